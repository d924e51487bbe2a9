"""Four-hundred-and-fifty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real offices appear only by office („Der
Bundeskanzler“, „Der Bundespräsident“, „Der Premierminister“, „die Landeswahlleiterin“,
"the chancellor's coalition", "the president", "Britain's prime minister", "the health
secretary", "the returning officer", "the county clerk's office"), and the state premier,
the lead candidates, the party officials and the candidates of the made-up elections are
invented names that stand for no real holder, as the two-hundred-and-seventy-fourth,
three-hundred-and-fifty-third and three-hundred-and-ninety-third batches did.

Names: the state premier Dörte Lindenhahn, Ronald Quedenbaum, Sebastian Wendtland-Kühn,
Ilka Rammelt, Merit Oschatz, Falk Uhlenbrock, Tilo Baumgärtel, Hendrik Adlung-Sievers;
Theresa Wallnöfer-Kranz, Roland Pichlmayr, Markus Hainzl-Berger, Lena Ortner-Pauli,
Johanna Zirngast, Clemens Huemer-Staudinger, Ulrike Pfandlbauer; Dean Pockley, Siobhan
Kettering, Rupert Astley-Cole, Morwenna Tregaskis, Hugh Penwarden, Kelly Ashdown; Reto
Hunziker-Frei, Lara Wüst, Urs Bolliger, Sandra Leimgruber-Stäger, Pius Rüetschi, Nadja
Wälchli, Simone Gautschi-Brem, Jonas Meierhofer, Seraina Dönni, Thomas Brunnschweiler;
Dana Whitlock, Curtis Vandergriff, Tyler Brinkerhoff, Ana Ruelas, Marcus Oyelowo-Hart,
Wade Hollenbeck, Marisol Quintero-Baird; and every unnamed spokesman, spokeswoman, minister,
analyst, commentator, observer, official and party figure are invented; so are the
constituencies of Redmarsh and Colby, Kingsford Central, Wrenbury and Holt and Dunholme East.
Real parties, bodies, broadcasters, pollsters, places and districts (SPD, AfD, CDU, BSW,
Grüne, Linke, BVB/Freie Wähler, FDP, Alternative for Germany, Social Democrats, Christian
Democrats; FPÖ, ÖVP, SPÖ, NEOS, KPÖ, Freedom Party, FPO, People's Party, OVP, SPO; Labour,
Reform UK, the Conservatives, the Liberal Democrats, the SNP, the Greens, Plaid Cymru; SVP,
SP, FDP, Mitte, GLP, EVP, EDU; Democrats and Republicans; Landtag, Landeswahlausschuss,
Staatskanzlei, Bundesrat, Nationalrat, National Council, Innenministerium, Bundeswahlbehörde,
the Commons, Westminster, Downing Street, the High Court, the Electoral Commission, the
Grosser Rat and Regierungsrat of Aargau, the Michigan Department of State, the state Senate
and House, The Associated Press, AP VoteCast, ARD, ZDF, RBB, ORF, the BBC, Infratest dimap,
Forschungsgruppe Wahlen, Foresight, PA, Reuters, the University of Potsdam, Wayne State
University; Brandenburg, Potsdam, Cottbus, Werder, the Lausitz, Berlin, Vienna and Wien, the
Waldviertel and its Regionalwahlkreis 3B, Niederösterreich, Great Britain, Scotland, Wales,
Cardiff, Dunholme, Aarau, Aargau, the districts of Zurzach and Muri, Michigan, Detroit,
Lansing, Grand Rapids, Ann Arbor and the counties of Wayne, Oakland, Kent, Macomb and
Washtenaw, Arizona, Phoenix, Arizona's 6th Congressional District and the counties of
Maricopa and Pima, and the datelines' cities) stand for the way wire copy names them; every
share, seat, swing, majority, vote, turnout, projection, exit poll, recount, tally, sum,
exchange rate, age, date and quote here is invented, no such vote or count took place with
these results, and where a real figure came to mind it was changed (a real previous share
of a party, a real turnout, a real seat count, an exit poll's real sample, a real
electorate's exact size); kept are the frames of the systems and the years that date them:
the Brandenburg Landtag's 88 regular seats, its 44 constituencies, the five-percent
threshold and the direct seat that lifts a party over it; the Nationalrat's 183 seats, the
92 for a majority and the 122 for two-thirds, the four-percent threshold and the postal
ballots counted on the Monday and the Thursday; the 650-seat Commons, the 326 for a
majority, Scotland's 57 and Wales's 32 seats, the £500 deposit with its 5% threshold and
the 2024 general election; the Aargau parliament's 140 seats, its five-member government,
the absolute majority in the first and the relative majority in the second round; Michigan's
83 counties, its 38-seat Senate and 110-seat House, the swearing-in on January 1 and the
four-year term; Arizona's automatic recount at a margin of 0.5% or less.

Its weight: ELECTION NIGHTS AND RESULTS, sixth round (the forty-first, hundred-third,
two-hundred-and-fifth and two-hundred-and-eighty-seventh batches weighed election nights,
results and elections abroad, the hundred-seventy-second referendums and local elections,
the two-hundred-and-thirty-fifth elections abroad, the two-hundred-and-seventy-fourth local
and regional elections, the three-hundred-and-fourteenth an election night in headlines and
tickers, the three-hundred-and-fifty-third a regional and a national election as the fourth
round and the three-hundred-and-ninety-third a Landtag election and a Westminster
by-election as the fifth, with the hundred-twentieth and hundred-thirty-fourth on debates
and polls, the two-hundred-and-thirty-ninth on British by-elections and the forty-sixth and
four-hundred-and-forty-fourth on results written in running text beside them; their
decisions are kept, those of the three-hundred-and-ninety-third, three-hundred-and-fifty-
third, two-hundred-and-seventy-fourth and two-hundred-and-fifth first of all) - five
made-up elections told over Saturday, September 19, to Sunday, November 22, of one year as
32 short stories in story order, the German and English stories interleaved by date: a
Landtag election in Brandenburg on Sunday, September 20, an Austrian Nationalrat election
on Sunday, September 27, a British general election on Thursday, October 8, the cantonal
elections in Aargau on Sunday, October 18, with the second round for the government on
Sunday, November 22, and the US midterm elections of Tuesday, November 3, in Michigan and
Arizona. German (dpa with "dpa/bb", APA with Austrian "Wahlkarten", "Mandate",
"Vorzugsstimmen", "Regionalwahlkreis", "Schwankungsbreite", Keystone-SDA with Swiss
"Grossratswahlen", "büssten", "gross", "das absolute Mehr", "das relative Mehr",
"Stimmbeteiligung", "61'874" and «» quotes; „“ quotes): the eve of the Brandenburg vote, the
ARD forecast at 18.00 Uhr, the ZDF projection with seats and the arithmetic of majorities,
the reactions, the provisional final result with a direct seat that carries the Linke into
the Landtag under the threshold, the exploratory talks and the official final result with
a recount; the Austrian night with Foresight's projection for ORF, seats, the coalition
arithmetic and the leaders' positions, the postal ballots that move a seat, the voter flows
and the provisional final result; dpa on the British and US results; Aargau's parliament
with its seat line, the government's first round and its second round. English (Reuters
with dated datelines, PA with "%", AP with "—" datelines): the Brandenburg result and its
coalition arithmetic, the Austrian result, the postal count and the first talks; the
British exit poll, the pound, constituency results with majorities, swings, a recount, a
results line and lost deposits, Wales and Scotland, the hung parliament and a seat held by
nine votes; Michigan's governor's race with its county results, AP VoteCast, the race call
and the concession, the state legislature, a recount petition in Washtenaw County, and the
ballots still uncounted in Maricopa and Pima for an Arizona House race. Speakers as such
copy has them: returning officers, electoral bodies and state agencies („teilte ... mit“,
"said"), candidates and party officials with their title before the name („sagte im RBB“,
„sagte im ORF“, "told reporters"), a pollster and political scientists, and beside them the
forms left unchecked (projections, polls, analyses, tallies and data as sources, roles,
plural groups, campaigns and verbs that are no verbs of saying). Figures as such copy has
them: shares and turnout in „Prozent“ and "%"; moves, swings, margins and leads in
„Prozentpunkte“, "percentage points", "percentage point" and "points" (all "pp"), with
swings written in "%"; a projection's spread; seats, mandates, constituencies, majorities
and margins as counts and definite groups („29 der 88 Sitze“, „62 der 183 Sitze“, "45 short
of the 326 needed", "a majority of 4,212", "61 of the state's 83 counties"); votes in German,
Swiss and English grouping („1.468.214“, „98'211“, „7500“, "17,086"); a seat line with its
changes in brackets; a results line; ranks and rounds as ordinals; shares of voters as
fractions; ages, spans, terms and deadlines; deposits and an exchange rate; years and dates;
hedges in both languages. Negatives as such copy has them - 55 rows, none with a figure:
victory speeches and concession lines in quotes, rhetoric, labels („sprach von“, „nannte“,
"called", "hailed", "described ... as"), a warning naming no measure, a congratulation,
election-night atmosphere, commentators' and analysts' views and forecasts without a
figure, verdicts with „hält ... für“, appeals naming no measure, a party's brush-off and
open questions, each near a check-worthy look-alike from the same story, mostly the same
speaker's figure, step or position beside his or her reaction.

243 rows (125 German, 118 English), 55 negatives (29 German, 26 English), 188 check-worthy
rows of which 26 carry no figure (14 German, 12 English), 360 expected quantities (189
counts, 104 percentages - 88 in "%", 16 in percentage points "pp" -, 21 ordinals, 20
durations - 16 in years, 2 in hours, 1 in minutes, 1 in weeks -, 12 dates, 7 years, 5
fractions, 2 amounts of money - 1 GBP, 1 USD -; none of them in a negative), 36 checked
speakers (17 German, 19 English). These counts were computed by a script over the list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Results, projections, exit
  polls, polls, voter-flow analyses, tallies and counts are check-worthy with their figures,
  the speaker unchecked where results, a projection, a poll, an analysis, a tally, data or a
  declaration are the source (forty-first, hundred-third, two-hundred-and-fifth,
  two-hundred-and-seventy-fourth, three-hundred-and-fifty-third,
  three-hundred-and-ninety-third). A quoted or reported victory or concession line, label,
  warning naming no measure, congratulation, view, verdict, appeal naming no measure,
  forecast without a figure, brush-off or open question is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, two-hundred-and-fourth,
  two-hundred-and-seventy-fourth, three-hundred-and-fifty-third,
  three-hundred-and-ninety-third). Pairs from one speaker: Lindenhahn's order of talks, her
  first talks within the week and her timetable before the budget debate beside her warning
  („kein Experimentierfeld für Extremisten“ - two-hundred-and-fourth: a warning naming no
  measure), „erneut ihr Vertrauen geschenkt“, "stability over anger" and "we will not
  rush"; Quedenbaum's 17 of 44 constituencies and his demand for talks beside „Erdrutsch in
  der Lausitz“ and "the beginning of the end of the old parties"; Rammelt's condition beside
  „ein solides Fundament“; Baumgärtel's three further rounds beside „Die Chemie stimmt“;
  Adlung-Sievers's voters under 30 beside "The east is not one bloc"; Wallnöfer-Kranz's
  talks with all parties, her meeting on Wednesday and her second round of talks beside „Wir
  haben verstanden ...“, "Nobody should build a coalition on election night" and
  "businesslike, nothing more"; Pichlmayr's nine Länder and his claim to the chancellery
  beside „Auftrag zur Regierungsbildung ...“ and "a new beginning"; Ortner-Pauli's condition
  with its 67 years beside „klaren Reformauftrag“; Huemer-Staudinger's 44 percent beside his
  „hält ... für“ (ninety-eighth); Pfandlbauer's one in four beside "The old two-party order
  is gone"; Pockley's majority beside his victory speech; Tregaskis's first act beside "This
  is what happens when you listen to people"; Penwarden's hold by nine votes beside "A win is a
  win"; Hunziker-Frei's claim to a committee chair beside «Vertrauensbeweis»;
  Gautschi-Brem's candidacy in the second round beside «Jetzt beginnt ein neues Rennen»;
  Dönni's more than four points beside her „hält ... für“; Vandergriff's concession beside
  "then we are going to win" and "I wish the governor-elect every success"; Whitlock's
  timetable beside "Michigan chose to look forward tonight"; Brinkerhoff's petition beside
  "Nobody should be afraid of a careful count"; Oyelowo-Hart's two weeks beside "Recounts are
  boring"; Quintero-Baird's 8 points beside "We are confident, and we are patient"; the
  prime minister's plan beside his line outside Downing Street. Other negatives:
  election-night atmosphere („brach ... lauter Jubel aus“, „blieb die Stimmung gedämpft“,
  „skandierten Anhänger minutenlang ...“; forty-first, three-hundred-and-ninety-third), the
  Chancellor's congratulation and Brunnschweiler's (two-hundred-and-seventy-fourth: a
  courtesy), labels („sprach von“ five times, „nannte“ twice, „war von einer „Nacht der
  Erleichterung“ die Rede“, "called", "hailed ... as proof", "described ... as"), the
  Linke's „vorsichtig optimistisch“ (a hope), views and forecasts without a figure
  („Politikwissenschaftler rechnen mit einem Kopf-an-Kopf-Rennen“, „Wahlforscher werteten
  ...“, „Britische Kommentatoren sprachen von ...“, „Beobachter werteten ...“, "Analysts
  expect ...", "Party figures at the counts urged caution ..."), a verdict with „hält man im
  Innenministerium für unwahrscheinlich“, appeals naming no measure ("Both campaigns urged
  supporters to be patient"), brush-offs ('"take time to understand"', '"watching every
  batch closely"'; two-hundred-and-seventy-fourth, three-hundred-and-ninety-third), a Labour
  minister's line, a quote of the winner in Potsdam I („Jede einzelne Stimme ...“ - „einzelne“
  none) and open questions („Ob sich die Parteibasis ...“, „Ob der Bundespräsident ...“,
  "Whether the Liberal Democrats ...").
- Check-worthy without a figure (26 rows; hundred-third, two-hundred-and-fifth,
  two-hundred-and-seventy-fourth, two-hundred-and-eighty-seventh,
  three-hundred-and-fifty-third, three-hundred-and-ninety-third): leads that report a result
  („Die SPD hat die Landtagswahl ... knapp vor der AfD gewonnen“ - „knapp vor“ hedges no
  figure -, „Die Labour-Partei hat ... ihre absolute Mehrheit verloren“, "Polls have closed
  ..., and an exit poll suggests ...", "Democrat Dana Whitlock was elected governor ...",
  „Die Demokraten haben ... den Gouverneursposten in Michigan verteidigt“), results
  unchanged by a later count („bringt keine Änderung bei der Sitzverteilung“, „An der
  Mandatsverteilung vom Montag ändert sich nichts“), stated positions, readiness and
  conditions (Quedenbaum's demand for talks, Wendtland-Kühn's readiness with its quoted „keine
  Koalition um jeden Preis“ - a quoted phrase beside a checkable step,
  hundred-thirty-fourth -, Rammelt's condition, Wallnöfer-Kranz's talks with all parties,
  Pichlmayr's claim to the chancellery, Hunziker-Frei's claim to a committee chair),
  coalitions and posts ruled out ("All other parties ... have ruled out governing with the
  AfD", „Die Grünen schlossen eine Koalition mit dem BSW aus.“, „schloss eine Zusammenarbeit
  mit der FPÖ erneut aus“, "Pichlmayr has ruled out serving as vice chancellor ..."), steps
  and plans announced (Lindenhahn's order of talks - „zuerst“ none -, her timetable "before
  the assembly debates next year's budget in December", Wallnöfer-Kranz's meeting "on
  Wednesday", „Der Premierminister kündigte an, ...“, the president's consultations -
  two-hundred-and-eighty-seventh), rules of the system ("Under Austria's constitution, ...",
  "whose signatures must be verified before they can be tabulated"; two-hundred-and-fifth),
  the race not yet called ("The Associated Press has not declared a winner in the race";
  two-hundred-and-eighty-seventh) and the concession ("Vandergriff conceded ... about an hour
  after the race was called" - "about an hour" none, two-hundred-and-eighty-seventh). New:
  "Kettering, 52, said she would not stand again" is check-worthy (its age a duration) - an
  announced withdrawal names a step as an announced resignation does
  (two-hundred-and-eighty-seventh, three-hundred-and-ninety-third) and as the
  three-hundred-and-ninety-third's "said she would stand again" did, the negation changing
  what is announced, not that something is.
- Seats, majorities, constituencies and votes are counts as written (forty-first,
  hundred-third, two-hundred-and-fifth, two-hundred-and-seventy-fourth,
  three-hundred-and-fifty-third, three-hundred-and-ninety-third): „regulär 88 Sitze, 44
  davon“ („regulär“ no hedge), „29 der 88 Sitze, die AfD auf 28“, „15 Mandate, das BSW zehn
  und die Grünen sechs“, „45 Sitze nötig ..., käme auf 44 und läge damit einen Sitz
  darunter“ 45, 44 and 1 (two-hundred-and-seventy-fourth: "one short of a majority"), „mit
  zusammen 45 Sitzen“ („zusammen“ no hedge), „17 der 44 Wahlkreise ..., fünf mehr als vor
  fünf Jahren“ („mehr als vor“ after the figure no hedge), „mit 412 Stimmen Vorsprung“,
  „sechs Fraktionen ...: Die SPD stellt 28 Abgeordnete, die AfD 27, die CDU 14, das BSW
  neun, Grüne und Linke je fünf“ with „je fünf“ one count (two-hundred-and-fifth: „bei je
  neun Prozent“), „Von den 44 Wahlkreisen gewann die SPD 25, die AfD 17, CDU und Linke je
  einen“ 44, 25, 17 and 1 (three-hundred-and-fifty-third: „einem für die Mitte“), „mit
  mindestens fünf Abgeordneten“ 5 "at_least", „mindestens ein Direktmandat“ 1 "at_least"
  (three-hundred-and-fifty-third: "at least one seat"), "two partners" 2, "28 of the state
  assembly's 88 seats", "42 seats, three short of the 45 needed", "51 seats ... would have
  47", "The AfD's 27 seats ... of the 88-seat assembly" (hundred-thirty-fourth: "the
  650-seat House"), „62 der 183 Sitze ..., die ÖVP 49, die SPÖ 39, die NEOS 18 und die
  Grünen 15“, „92 Mandate“, „gemeinsam auf 88 Sitze und damit auf vier zu wenig, mit den
  NEOS auf 106“ („gemeinsam“ no hedge, as „zusammen“), „mit 111 Mandaten“, „in allen neun
  Bundesländern ... in sechs davon“ 9 and 6 („allen“ none; two-hundred-and-eighty-seventh:
  „in allen drei Regionen“), „ein Mandat“ that changes hands 1 and „16 Abgeordnete“
  (two-hundred-and-fifth), "62 of the 183 seats ..., leaving the FPO 30 short of a
  majority", "one seat ..., leaving it with 61 of 183", "88 seats, four short of a
  majority", "the 183 seats ..., with the FPO on 61", "the two parties" 2 (forty-first: a
  definite group), „61.870“ and „44.512“ Vorzugsstimmen, „641 der 650 Wahlkreise ... 279
  Sitze, ... 189“, "281 seats, 45 short of the 326 ...", "186 seats, the Conservatives 80
  and the Liberal Democrats 56", "14 of Scotland's 57 seats, with the Greens on four", "141
  polling stations", "283 of the 650 seats ..., 43 short of a majority", "191 seats, the
  Conservatives 79 and the Liberal Democrats 57", "together would have 340 seats, a working
  majority of 30" ("together" no hedge), "a majority of 4,212", "17,086 votes against
  12,874", "by just 612 votes" ("just" no hedge), "a majority of 2,764", "21,340 votes",
  "fewer than 700 votes separated the top two" 700 "under" and 2 (forty-first: a definite
  group), "Seven candidates", "nine of Wales's 32 Westminster seats and Labour 14", "three
  seats, the Conservatives four and the Liberal Democrats two", "15 of the 57 seats and
  Labour 31", "by nine votes after three recounts", "14,228 votes to 14,219" (four-hundred-
  and-forty-fourth: "68,412 votes to ... 55,790"), "A total of 37 ballot papers" ("A total
  of" no hedge), "more than one cross" 1 "over" (three-hundred-and-fifty-third: "more than
  one candidate"), "a bundle of 50 votes", „drei Sitze zugelegt und hält neu 48 der 140
  Mandate“, „zusammen drei Sitze“, „nur vier der fünf Sitze“ („nur“ no hedge), the Swiss
  apostrophe („61'874“, „98'211“, „91'430“, „84'906“, „72'118“, „54'307“, „58'902“; tenth) and
  four digits without a separator („um gut 7500 Stimmen“ 7500 "over", „4615 mehr als“ -
  four-hundred-and-fifty-first: "1400"), „in der fünfköpfigen Regierung“ 5
  (two-hundred-and-seventy-fourth: „siebenköpfigen“), „bleibt bei einem Sitz“ 1
  (four-hundred-and-forty-fourth: „die FDP einen Sitz“), "a margin of roughly 112,000
  votes" "about", "61 of the state's 83 counties", "by 2,904 votes", "her lead to 128,400
  votes", "20 of its 38 seats", "four seats ..., giving them 58 of its 110 seats", "decided
  by 61 votes", "21,406 to 21,345", "each of the 38 precincts" ("each" no hedge), "by 2,318
  votes", "the top two candidates" 2. Other counts: „Knapp 2,1 Millionen“ 2,100,000
  "nearly", „Mehr als 450.000“ "over", „rund 1,51 Millionen Wahlkarten“ 1,510,000 "about",
  „Rund 28.000 Wahlkarten“ "about", „rund 190.000 Stimmen ... und etwa 95.000“ each "about",
  „1.468.214 gültige Zweitstimmen ..., 2.306 weniger als“ („Insgesamt“ no hedge, „weniger
  als“ after the figure none), „um 19 auf 393 Stimmen“ (two-hundred-and-fifth: „um vier auf 27
  Stimmen“), "about 38,000 votes ... and 21,000" (the hedge on the first only, each figure
  its own hedge), "Some 21,500 voters" "about", "more than 120 seats" and "more than 150
  MPs" "over", "about 1.9 million absentee ballots" 1,900,000 "about", "more than 3,600
  Michigan voters" "over", "about 310,000 early ballots" and "about 58,000 ballots" "about".
  None: „stärkste Kraft“, "the largest party", „Direktmandat(s)“, "a Commons majority", "an
  overall majority", „absolute Mehrheit“, „das absolute Mehr“, „das relative Mehr“,
  „Zweitstimmen“, „Vorzugsstimmen“, „Die meisten“, "many of them", "most of them", "Many of
  them", "most of the district", "Both campaigns", "All other parties", "one of the
  country's closest races" ("one of" a pronoun, three-hundred-and-ninety-third), „Jede
  einzelne Stimme“. New: a seat line's changes in brackets are counts with the sign as
  written - „Die Sitzverteilung: SVP 48 (+3), SP 24 (-1), FDP 19 (unverändert), Mitte 18
  (+1), Grüne 11 (-2), GLP 11 (-1), EVP 6 (+1), EDU 3 (-1).“ gives fifteen counts, 48, 3,
  24, -1, 19, 18, 1, 11, -2, 11, -1, 6, 1, 3 and -1: a hyphen right before a figure with no
  figure before it is a minus and a plus sign carries no value of its own, as on the
  forty-sixth's closing lists ("(-0,3 %)" -0.3, the golf score "(-20)" -20) and as
  „(minus 4,1 Prozentpunkte)“ -4.1 (hundred-eighty-second), while the seat figures stay
  counts as in any seat line (forty-sixth: „Mandatsverteilung: FPÖ 17, ..., KPÖ 0“;
  three-hundred-and-fourteenth); „(unverändert)“ carries none (two-hundred-and-seventeenth:
  „unverändert“ no hedge). New: „im Wahlkreis Potsdam I“ (twice) and „Im Regionalwahlkreis
  3B (Waldviertel)“ carry no quantity - a Roman numeral after a constituency's name and an
  official code of digit and letter number the constituency, as „im Wahlkreis 38“ did
  (two-hundred-and-seventy-fourth), and count nothing.
- Shares, turnout, moves and margins (every election batch): percentages as written, the
  unit written once serving the earlier figures („das BSW 9 und die Grünen 5,5 Prozent“,
  „das BSW 9,1 und die Grünen 5,3 Prozent“, „die SPÖ liegt bei 20,1, die NEOS bei 9,2 und
  die Grünen bei 7,6 Prozent“, „die NEOS 9,3 und die Grünen 8,3 Prozent“, „mit 50,7 zu 48,0
  Prozent“; forty-sixth, two-hundred-and-seventy-fourth, three-hundred-and-ninety-third),
  "%" after English figures, trailing zeros no other value („27,0 Prozent“, "48.0%";
  seventy-first), the thresholds „an der Fünf-Prozent-Hürde“ 5 and „an der
  Vier-Prozent-Hürde“ 4 (two-hundred-and-eighty-seventh: „die Vier-Prozent-Hürde“), „mit
  weniger als fünf Prozent“ and "less than 5% of the vote" 5 "under" (hundred-third,
  three-hundred-and-fifty-third), turnout („auf rund 71 Prozent“ and „bei rund 76 Prozent“
  "about", "estimated at 76%" no hedge - two-hundred-and-thirty-fifth -, „inklusive aller
  Wahlkarten ... 76,3 Prozent“, "54.2%, up from 49.8% in 2024", "Turnout was 63.1%",
  „31,8 Prozent, nach 33,4 Prozent vor vier Jahren“, „27,6 Prozent“), counts in progress
  ("with about 88% of the expected vote counted" "about", "With 99% of the expected vote
  counted", "with an estimated 81% of the vote counted" 81 "about" - two-hundred-and-
  forty-fourth: "an estimated" -; three-hundred-and-fourteenth), „knapp 29 Prozent“
  "nearly" and „gut 27 Prozent“ "over", "roughly 41% of all votes cast" "about", "0.5% or
  less" 0.5 "up_to" (hundred-seventy-second, as the two-hundred-and-fifth recalls), "a
  swing of 8.7%" in "%" (three-hundred-and-fifty-third New), and a market move "Sterling
  slipped 0.4%". Moves, leads, swings, margins and spreads in points are percentage points
  "pp" (a verb gives no sign; forty-first, hundred-third, two-hundred-and-fifth,
  three-hundred-and-ninety-third): „ein Minus von 2,9 Prozentpunkten“, „legen um 3,1
  Prozentpunkte zu“, „gut zwei Prozentpunkte mehr als“ 2 "over", „mit einem Plus von 0,6
  Prozentpunkten“, „stieg um 2,4 Prozentpunkte“, „verlor 0,9 Prozentpunkte“, „mit Gewinnen
  von jeweils mehr als vier Prozentpunkten“ 4 "over" („jeweils“ no hedge), "up 3.8
  percentage points", "lost 7.4 percentage points", "a swing of 11.3 percentage points"
  (hundred-third), "fell 4.8 percentage points", "led by 7.8 percentage points, down from a
  12-point Republican edge" 7.8 and 12 (hundred-fifty-first: "a 9-point lead"), "or 0.7
  percentage point" (hundred-third: the singular), "by at least 8 points" 8 "at_least", and
  the projection's spread „mit plus/minus 1,1 Prozentpunkten“ with no hedge
  (two-hundred-and-fifth, three-hundred-and-fifty-third).
- Fractions (the issue; three-hundred-and-fifty-third, three-hundred-and-ninety-third):
  „Fast jeder dritte Wähler“ 0.3333 "nearly", „Gut jeder vierte ÖVP-Wähler“ 0.25 "over",
  "roughly one in four of its previous voters" 0.25 "about" (hundred-eleventh: "nearly one
  in eight"), "the blocking minority of more than a third" 0.3333 "over", „die
  Zweidrittelmehrheit von 122 Stimmen“ 0.6667 and 122 (three-hundred-and-ninety-third: „die
  Zweidrittelmehrheit von 94 Stimmen“). Multiples are counts with their hedges
  (two-hundred-and-seventy-sixth: "almost double" 2 "nearly"): "nearly double its 2024
  result" 2 "nearly" and the year. New: "by nearly 3-to-1" gives count 3 "nearly" and count
  1 - a ratio written with "to" between hyphens is a split counted one figure each, as
  "voted 7-2" (sixth, hundred-thirty-ninth, three-hundred-and-twenty-fourth) and "14,228
  votes to 14,219", the hedge before it bounding its first figure only, as each figure
  keeps its own hedge ("about 38,000 votes ... and 21,000"; two-hundred-and-forty-fourth);
  it is no fraction, since a margin of three votes to one is no share of three.
- Ordinals (the issue's „die drittgrößte Stadt“; forty-first, hundred-third,
  two-hundred-and-seventy-fourth, three-hundred-and-fifty-third,
  three-hundred-and-ninety-third): „die ersten Gespräche“, „ihre ersten
  Sondierungsgespräche“, „zu einem ersten Gespräch“ and „zu seiner ersten Sitzung“ 1
  (three-hundred-and-ninety-third: „die ersten Sondierungsgespräche“, „ein erstes
  Gespräch“, "its first session"), „die erste ORF-Hochrechnung“ 1 (three-hundred-and-
  fourteenth: „Erste Hochrechnung“), „Platz eins“ 1 (two-hundred-and-fifth), „im ersten
  Wahlgang“ 1 and „im zweiten Wahlgang“ (four times) and „für den zweiten Wahlgang“ 2
  (two-hundred-and-seventy-fourth, three-hundred-and-fifty-third), "for a second straight
  election" 2 (three-hundred-and-ninety-third), "surged into second place" 2, "as a third
  partner" 3 (three-hundred-and-fifty-third: "a third seat"), "a second round of talks" 2,
  "the first of the night's big gains" 1, "her first act as MP" 1 (two-hundred-and-seventy-
  fourth: "his first act"), "a fourth count" 4 (three-hundred-and-ninety-third: "a second
  recount"), "the state's second most populous" 2 (three-hundred-and-ninety-third:
  "Germany's fourth most populous state"), "Arizona's 6th Congressional District" 6
  (four-hundred-and-forty-fourth: "Oregon's open 3rd Congressional District"). None:
  „letzten“ („In der letzten Umfrage“, „der letzten Wahlkarten“, „den letzten freien Sitz“),
  "the last postal ballots", "final provisional results", "next", "previous", „erstmals“,
  „zuerst“, „stärkste Kraft“, „ihr bestes Ergebnis“, „Am besten“, „das wichtigste Motiv“,
  „konstituierenden“, "its best result ever", "the biggest gain", "its biggest fall", "the
  largest party", "the most important issue", "the narrowest result", "the youngest member".
- Durations and ages (the issue; every batch): „vor fünf Jahren“ (four times), „von vor fünf
  Jahren“ and "five years ago" (twice) 5 years, „vor vier Jahren“ and "four years ago" 4
  years, „nach gut vier Stunden“ 4 hours "over" (three-hundred-and-ninety-third: „nach einer
  gut fünfstündigen Sondierungsrunde“), "for about 90 minutes" 90 minutes "about", "within
  48 hours" 48 hours ("within" no hedge), "about two weeks" 2 weeks "about", "for a
  four-year term" 4 years; ages in years: „auf 67 Jahre“ (hundred-twentieth: „auf 67 Jahre
  anzuheben“), "Kettering, 52, said" and "Whitlock, 47, told reporters" (the age dropped
  from the speaker, hundred-sixteenth), "a 39-year-old former Marine", „bei den unter
  30-Jährigen“ 30 "under" (two-hundred-and-fifth) and "Voters aged under 30" 30 "under"
  (fifty-fifth: "aged under 25"). None: "about an hour" (the article, hedged or not;
  two-hundred-and-eighty-seventh), „minutenlang“ (four-hundred-and-fifty-first:
  „wochenlang“), „in dieser Woche“, „in den kommenden Tagen“, „bis Mitte Oktober“, „in der
  Wahlnacht“, "next week", "until next week", "next year's budget", "in December", "well
  into the winter", "through the night", "early Wednesday", "on election night", weekdays
  and clock times („um 18.00 Uhr“, „von 21.30 Uhr“, "at 2:14 p.m. EST" with its time zone;
  sixteenth, three-hundred-and-ninety-third: "6 p.m. (1600 GMT)").
- Money in the currency written (every batch): "their £500 deposits" GBP (hundred-third,
  three-hundred-and-fifty-third, three-hundred-and-ninety-third), "to $1.2915" after
  "Sterling slipped 0.4% against the dollar" 1.2915 USD, an exchange rate in the priced
  currency (three-hundred-and-twenty-fourth: "to $1.3318").
- Years and dates: "since 1986", "since the 2024 general election", "since winning power in
  2024", "up from 49.8% in 2024", "Labour took Kingsford Central in 2024", "its 2024
  result", „bis 2035“ years; „am 22. Oktober“, „am 13. Oktober“, „am 22. November“, "by
  Nov. 20" and "on Jan. 1" dates without a year; Reuters datelines with a day ("POTSDAM,
  Germany, Sept 20 (Reuters)", "POTSDAM, Germany, Sept 21", "VIENNA, Sept 27", "VIENNA, Sept
  28", "VIENNA, Oct 1", "LONDON, Oct 8", "LONDON, Oct 9"; two-hundred-and-seventy-fourth:
  the country between city and day) dates without a year; dpa ("Potsdam (dpa/bb) -",
  "London (dpa) -", "Washington (dpa) -"), APA, Keystone-SDA, PA ("LONDON (PA) -", "CARDIFF
  (PA) -", "DUNHOLME (PA) -") and AP ("DETROIT (AP) —", "LANSING, Mich. (AP) —", "ANN ARBOR,
  Mich. (AP) —", "PHOENIX (AP) —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "Some", "an
  estimated" "about"; „Knapp“, „knapp“, „Fast“, "nearly" "nearly"; „Mehr als“, „mehr als“,
  „gut“, „Gut“, "more than" "over"; „weniger als“, "less than", "fewer than" right before a
  figure and „unter“ and "aged under" before an age "under"; „mindestens“, "at least"
  "at_least"; "or less" after a figure "up_to". No hedge: „regulär“, „zusammen“,
  „gemeinsam“, „je“, „jeweils“, „nur“, „Insgesamt“, „insgesamt“, „demnach“, "just",
  "together", "A total of", "each", "estimated at", „plus/minus“, "(unverändert)", „mehr
  als vor“, „mehr als der“ and „weniger als in der“ after a figure, "compared with", "up
  from", "down from", and „knapp vor“ (no figure). New: "a notional Conservative majority
  of 2,387" carries no hedge - "notional" names a majority recomputed on redrawn boundaries,
  a figure as exact as any other, not an approximation of it, as "estimated at"
  (two-hundred-and-thirty-fifth) and "regular" (three-hundred-and-ninety-third) carry none
  while "an estimated" before the figure is "about" (two-hundred-and-forty-fourth).
- Speakers, checked only in forms the earlier batches settled. German: „teilte die
  Landeswahlleiterin mit“ -> "die Landeswahlleiterin" (three-hundred-and-ninety-third),
  „teilte das Innenministerium mit“ -> "das Innenministerium" (two-hundred-and-fifth,
  two-hundred-and-seventy-fourth), „teilte die Bundeswahlbehörde mit“ -> "die
  Bundeswahlbehörde" and „teilte die Staatskanzlei mit“ -> "die Staatskanzlei"
  (two-hundred-and-seventy-fourth, three-hundred-and-fifty-third); „Lindenhahn sagte im RBB“
  -> "Lindenhahn" and „ÖVP-Spitzenkandidatin Theresa Wallnöfer-Kranz sagte im ORF“ -> the
  name (two-hundred-and-fifth: „Aschauer sagte im ORF“; three-hundred-and-fifty-third);
  „AfD-Spitzenkandidat Ronald Quedenbaum sagte“, „BSW-Landeschefin Ilka Rammelt sagte“,
  „Grünen-Spitzenkandidatin Merit Oschatz sagte“, „SPD-Generalsekretär Tilo Baumgärtel
  sagte“, „FPÖ-Spitzenkandidat Roland Pichlmayr sagte“, „Wahlforscher Clemens
  Huemer-Staudinger sagte“ and „Politologin Seraina Dönni sagte“ the name with the title
  dropped (two-hundred-and-fifth, two-hundred-and-seventy-fourth,
  three-hundred-and-ninety-third); „Wendtland-Kühn sagte“, „Ortner-Pauli sagte“,
  „Hunziker-Frei sagte“ and „Gautschi-Brem sagte“ opening the row the name as written.
  English: "AfD lead candidate Ronald Quedenbaum said", "Political analyst Ulrike
  Pfandlbauer said", "OVP lead candidate Theresa Wallnöfer-Kranz said" and "Conservative
  candidate Rupert Astley-Cole said" the name with the role dropped
  (three-hundred-and-fifty-third, three-hundred-and-ninety-third); "Lindenhahn said",
  "Wallnöfer-Kranz said after meeting ...", "Tregaskis said", "Ashdown said", "Brinkerhoff
  said" and "Quintero-Baird said" as written; "Pichlmayr told reporters" the name
  (two-hundred-and-fourth); "Kettering, 52, said" and "Whitlock, 47, told reporters" the name
  without the age (hundred-sixteenth, three-hundred-and-ninety-third); "said Hendrik
  Adlung-Sievers, a political scientist at ..." and "said Marcus Oyelowo-Hart, an election
  law professor at ..." the name (forty-first, three-hundred-and-ninety-third); "the
  returning officer said" (sixty-fifth, three-hundred-and-ninety-third), "the Electoral
  Commission said" (three-hundred-and-fifty-third), "the Michigan Department of State said"
  (two-hundred-and-fifth: "the Virginia Department of Elections said") and "The Liberal
  Democrats said" opening the row -> "the Liberal Democrats" with the article lowered, a
  party as a body as "Reform said" (three-hundred-and-ninety-third; four-hundred-and-fifty-
  first: "The Environment Agency said ..."). Left unchecked (None): results, projections,
  polls, analyses, tallies, data and declarations as sources („nach der ARD-Prognose“, „Laut
  der Prognose von Infratest dimap“, „Nach der ZDF-Hochrechnung der Forschungsgruppe
  Wahlen“, „Nach dem vorläufigen Endergebnis“, „wie die erste ORF-Hochrechnung von Foresight
  zeigt“, „Laut der Mandatshochrechnung von Foresight“, „Laut der Wählerstromanalyse von
  Foresight“, „nach Berechnungen der Nachrichtenagentur AP“, "projections for public
  broadcaster ZDF showed", "projections for broadcaster ORF showed", "according to the
  projection", "Infratest dimap's analysis of voter flows showed", "interior ministry
  figures showed", "an exit poll showed", "a Reuters tally of the results showed",
  "according to a PA tally of the results", "according to the returning officer's
  declaration", "AP VoteCast ... found"; forty-first, hundred-third,
  three-hundred-and-ninety-third), „laut Foresight“ before a turnout estimate
  (three-hundred-and-fifty-third: „laut gfs.bern“), estimating and stating verbs that are
  no verbs of saying („schätzte Infratest dimap“, „Foresight bezifferte“, „räumte ein“,
  „schlossen ... aus“, „schloss ... aus“, „kündigte an“, „warnte“, "has ruled out", "have
  ruled out", "conceded"; two-hundred-and-fifth, three-hundred-and-ninety-third), roles,
  plural groups, common nouns and campaigns ("Britain's prime minister said", "A Reform UK
  spokesman said", "Michigan officials said", "county officials said", "Maricopa County
  officials said", "the county clerk's office said", "his campaign said", „wie die Partei
  mitteilte“; forty-first, two-hundred-and-seventy-fourth, three-hundred-and-ninety-third),
  rows without attribution and all negatives, also those with a named speaker. To keep the
  checked speakers near 35, as the two-hundred-and-twelfth, three-hundred-and-thirtieth and
  four-hundred-and-fifty-first batches did, several results are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_458 = [
    # --- Brandenburg vor der Landtagswahl (dpa/bb), Samstag, 19. September ---
    (
        "de",
        "Potsdam (dpa/bb) - Knapp 2,1 Millionen Brandenburgerinnen und Brandenburger sind am Sonntag aufgerufen, einen neuen Landtag zu wählen, teilte die Landeswahlleiterin mit.",
        True,
        [("count", 2100000, None, "nearly")],
        "die Landeswahlleiterin",
    ),
    (
        "de",
        "Mehr als 450.000 von ihnen haben Briefwahlunterlagen beantragt, so viele wie bei keiner Landtagswahl zuvor.",
        True,
        [("count", 450000, None, "over")],
        None,
    ),
    (
        "de",
        "Zu vergeben sind regulär 88 Sitze, 44 davon gehen an die Gewinnerinnen und Gewinner der Wahlkreise.",
        True,
        [("count", 88, None, None), ("count", 44, None, None)],
        None,
    ),
    (
        "de",
        "Eine Partei zieht auch mit weniger als fünf Prozent in den Landtag ein, wenn sie mindestens ein Direktmandat gewinnt.",
        True,
        [("percent", 5, "%", "under"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "de",
        "In der letzten Umfrage von Infratest dimap vor der Wahl lag die SPD mit 27 Prozent knapp vor der AfD mit 26 Prozent, die CDU kam auf 15 Prozent.",
        True,
        [("percent", 27, "%", None), ("percent", 26, "%", None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "de",
        "Ministerpräsidentin Dörte Lindenhahn warnte beim Wahlkampfabschluss in Cottbus, Brandenburg dürfe „kein Experimentierfeld für Extremisten“ werden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Politikwissenschaftler rechnen mit einem Kopf-an-Kopf-Rennen zwischen SPD und AfD.",
        False,
        [],
        None,
    ),
    # --- ARD-Prognose (dpa/bb), Sonntag, 20. September ---
    (
        "de",
        "Potsdam (dpa/bb) - Die SPD hat die Landtagswahl in Brandenburg nach der ARD-Prognose knapp vor der AfD gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut der Prognose von Infratest dimap um 18.00 Uhr kommt die SPD auf 28,5 Prozent, ein Minus von 2,9 Prozentpunkten, die AfD auf 27,0 Prozent.",
        True,
        [("percent", 28.5, "%", None), ("percent", 2.9, "pp", None), ("percent", 27.0, "%", None)],
        None,
    ),
    (
        "de",
        "Die CDU erreicht demnach 14,5 Prozent, das BSW 9 und die Grünen 5,5 Prozent.",
        True,
        [("percent", 14.5, "%", None), ("percent", 9, "%", None), ("percent", 5.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung schätzte Infratest dimap auf rund 71 Prozent, nach 68,4 Prozent vor fünf Jahren.",
        True,
        [
            ("percent", 71, "%", "about"),
            ("percent", 68.4, "%", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Im Landtag brach bei den Sozialdemokraten lauter Jubel aus, als die Prognose auf den Bildschirmen erschien.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf der Wahlparty der AfD in einem Ausflugslokal in Werder blieb die Stimmung gedämpft.",
        False,
        [],
        None,
    ),
    # --- ZDF-Hochrechnung mit Sitzen (dpa/bb), Sonntag, 20. September ---
    (
        "de",
        "Potsdam (dpa/bb) - Nach der ZDF-Hochrechnung der Forschungsgruppe Wahlen von 21.30 Uhr kommt die SPD auf 29 der 88 Sitze, die AfD auf 28.",
        True,
        [("count", 29, None, None), ("count", 88, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Die CDU erhielte 15 Mandate, das BSW zehn und die Grünen sechs.",
        True,
        [("count", 15, None, None), ("count", 10, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Für eine Mehrheit sind 45 Sitze nötig, eine Koalition aus SPD und CDU käme auf 44 und läge damit einen Sitz darunter.",
        True,
        [("count", 45, None, None), ("count", 44, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Rechnerisch möglich wäre auch ein Bündnis von SPD, BSW und Grünen mit zusammen 45 Sitzen.",
        True,
        [("count", 45, None, None)],
        None,
    ),
    (
        "de",
        "Wahlforscher werteten das Ergebnis als Zeichen einer tiefen Spaltung zwischen dem Berliner Umland und der Lausitz.",
        False,
        [],
        None,
    ),
    # --- SPD holds off AfD in Brandenburg (Reuters), Sept 20 ---
    (
        "en",
        "POTSDAM, Germany, Sept 20 (Reuters) - The Social Democrats narrowly beat the far-right Alternative for Germany (AfD) in Sunday's election in the eastern state of Brandenburg, projections for public broadcaster ZDF showed.",
        True,
        [("date", "--09-20", None, None)],
        None,
    ),
    (
        "en",
        "The SPD was on 28.7%, with the AfD at 27.2% and the conservative Christian Democrats on 14.4%.",
        True,
        [("percent", 28.7, "%", None), ("percent", 27.2, "%", None), ("percent", 14.4, "%", None)],
        None,
    ),
    (
        "en",
        "The AfD's share was up 3.8 percentage points from the state election five years ago, the biggest gain of any party.",
        True,
        [("percent", 3.8, "pp", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The outcome spares the chancellor's coalition in Berlin a fresh blow, though the SPD lost ground in the state for a second straight election.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Brandenburg has chosen stability over anger," Lindenhahn told supporters in Potsdam.',
        False,
        [],
        None,
    ),
    (
        "en",
        "AfD lead candidate Ronald Quedenbaum said his party had won more constituencies than ever before in the state and would demand talks on forming a government.",
        True,
        [],
        "Ronald Quedenbaum",
    ),
    (
        "en",
        'Quedenbaum called the result "the beginning of the end of the old parties."',
        False,
        [],
        None,
    ),
    (
        "en",
        "All other parties in the state assembly have ruled out governing with the AfD.",
        True,
        [],
        None,
    ),
    # --- Reaktionen (dpa/bb), Sonntag, 20. September ---
    (
        "de",
        "Potsdam (dpa/bb) - Ministerpräsidentin Dörte Lindenhahn will zuerst mit der CDU und dem BSW über eine Regierungsbildung sprechen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Lindenhahn sagte im RBB, die ersten Gespräche sollten noch in dieser Woche beginnen.",
        True,
        [("ordinal", 1, None, None)],
        "Lindenhahn",
    ),
    (
        "de",
        "„Die Menschen in diesem Land haben uns erneut ihr Vertrauen geschenkt“, sagte Lindenhahn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "CDU-Spitzenkandidat Sebastian Wendtland-Kühn räumte ein, das Wahlziel von 20 Prozent klar verfehlt zu haben.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Wendtland-Kühn sagte, die CDU stehe für Gespräche bereit, werde aber „keine Koalition um jeden Preis“ eingehen.",
        True,
        [],
        "Wendtland-Kühn",
    ),
    (
        "de",
        "AfD-Spitzenkandidat Ronald Quedenbaum sagte, seine Partei habe 17 der 44 Wahlkreise direkt gewonnen, fünf mehr als vor fünf Jahren.",
        True,
        [
            ("count", 17, None, None),
            ("count", 44, None, None),
            ("count", 5, None, None),
            ("duration", 5, "year", None),
        ],
        "Ronald Quedenbaum",
    ),
    (
        "de",
        "Quedenbaum sprach von einem „Erdrutsch in der Lausitz“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "BSW-Landeschefin Ilka Rammelt sagte, ihre Partei werde nur in eine Regierung eintreten, die sich im Bundesrat für einen Stopp von Waffenlieferungen einsetze.",
        True,
        [],
        "Ilka Rammelt",
    ),
    (
        "de",
        "Rammelt nannte das Abschneiden ihrer Partei „ein solides Fundament“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grünen-Spitzenkandidatin Merit Oschatz sagte, ihre Partei werde nach der Auszählung aller Stimmen mit mindestens fünf Abgeordneten im Landtag sitzen.",
        True,
        [("count", 5, None, "at_least")],
        "Merit Oschatz",
    ),
    (
        "de",
        "Die Linke zeigte sich „vorsichtig optimistisch“, dass ihr Direktkandidat in Potsdam das Rennen macht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aus Berlin gratulierte der Bundeskanzler der Ministerpräsidentin zu einem „beeindruckenden Wahlsieg“.",
        False,
        [],
        None,
    ),
    # --- Vorläufiges Endergebnis (dpa/bb), Montag, 21. September ---
    (
        "de",
        "Potsdam (dpa/bb) - Nach dem vorläufigen Endergebnis ist die SPD mit 28,9 Prozent stärkste Kraft in Brandenburg geblieben, die AfD kam auf 27,3 Prozent.",
        True,
        [("percent", 28.9, "%", None), ("percent", 27.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die CDU erreichte 14,2 Prozent, das BSW 9,1 und die Grünen 5,3 Prozent.",
        True,
        [("percent", 14.2, "%", None), ("percent", 9.1, "%", None), ("percent", 5.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Linke scheiterte mit 4,7 Prozent zwar an der Fünf-Prozent-Hürde, zieht aber dank eines Direktmandats im Wahlkreis Potsdam I in den Landtag ein.",
        True,
        [("percent", 4.7, "%", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Ihr Kandidat Falk Uhlenbrock setzte sich dort mit 412 Stimmen Vorsprung gegen den SPD-Bewerber durch.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Damit sitzen künftig sechs Fraktionen im Landtag: Die SPD stellt 28 Abgeordnete, die AfD 27, die CDU 14, das BSW neun, Grüne und Linke je fünf.",
        True,
        [
            ("count", 6, None, None),
            ("count", 28, None, None),
            ("count", 27, None, None),
            ("count", 14, None, None),
            ("count", 9, None, None),
            ("count", 5, None, None),
        ],
        None,
    ),
    (
        "de",
        "Von den 44 Wahlkreisen gewann die SPD 25, die AfD 17, CDU und Linke je einen.",
        True,
        [
            ("count", 44, None, None),
            ("count", 25, None, None),
            ("count", 17, None, None),
            ("count", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei 70,8 Prozent, gut zwei Prozentpunkte mehr als vor fünf Jahren.",
        True,
        [("percent", 70.8, "%", None), ("percent", 2, "pp", "over"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Wähler hatte per Brief abgestimmt.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die BVB/Freie Wähler verpassten mit 2,9 Prozent den Wiedereinzug, die FDP kam auf 1,6 Prozent.",
        True,
        [("percent", 2.9, "%", None), ("percent", 1.6, "%", None)],
        None,
    ),
    (
        "de",
        "In der Staatskanzlei war von einer „Nacht der Erleichterung“ die Rede.",
        False,
        [],
        None,
    ),
    # --- Brandenburg coalition arithmetic (Reuters), Sept 21 ---
    (
        "en",
        "POTSDAM, Germany, Sept 21 (Reuters) - Brandenburg's Social Democrats will need two partners to govern after final provisional results on Monday gave them 28 of the state assembly's 88 seats.",
        True,
        [
            ("date", "--09-21", None, None),
            ("count", 2, None, None),
            ("count", 28, None, None),
            ("count", 88, None, None),
        ],
        None,
    ),
    (
        "en",
        "An alliance with the Christian Democrats would have 42 seats, three short of the 45 needed for a majority.",
        True,
        [("count", 42, None, None), ("count", 3, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "en",
        "Adding the left-wing populist BSW would lift that to 51 seats, while a pact with the CDU and the Greens would have 47.",
        True,
        [("count", 51, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "The AfD's 27 seats leave it short of the blocking minority of more than a third of the 88-seat assembly needed to stop changes to the state constitution.",
        True,
        [("count", 27, None, None), ("fraction", 0.3333, None, "over"), ("count", 88, None, None)],
        None,
    ),
    (
        "en",
        '"We will talk to everyone in the democratic centre, and we will not rush," Lindenhahn told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lindenhahn said she wanted a new government sworn in before the assembly debates next year's budget in December.",
        True,
        [],
        "Lindenhahn",
    ),
    (
        "en",
        "Infratest dimap's analysis of voter flows showed the AfD won about 38,000 votes from former non-voters and 21,000 from the CDU.",
        True,
        [("count", 38000, None, "about"), ("count", 21000, None, None)],
        None,
    ),
    (
        "en",
        "Voters aged under 30 backed the AfD more than any other party, with 31%, said Hendrik Adlung-Sievers, a political scientist at the University of Potsdam.",
        True,
        [("duration", 30, "year", "under"), ("percent", 31, "%", None)],
        "Hendrik Adlung-Sievers",
    ),
    (
        "en",
        '"The east is not one bloc, and Sunday showed that again," Adlung-Sievers said.',
        False,
        [],
        None,
    ),
    # --- Sondierungen (dpa/bb), Mittwoch, 23. September ---
    (
        "de",
        "Potsdam (dpa/bb) - SPD und CDU in Brandenburg haben ihre ersten Sondierungsgespräche nach gut vier Stunden unterbrochen und wollen am Freitag weiterreden.",
        True,
        [("ordinal", 1, None, None), ("duration", 4, "hour", "over")],
        None,
    ),
    (
        "de",
        "SPD-Generalsekretär Tilo Baumgärtel sagte, man habe sich auf einen Fahrplan mit drei weiteren Runden bis Mitte Oktober verständigt.",
        True,
        [("count", 3, None, None)],
        "Tilo Baumgärtel",
    ),
    (
        "de",
        "„Die Chemie stimmt“, sagte Baumgärtel nach dem Treffen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Donnerstag lädt die SPD das BSW zu einem ersten Gespräch in die Staatskanzlei ein.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen schlossen eine Koalition mit dem BSW aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob sich die Parteibasis der Sozialdemokraten auf ein Bündnis mit dem BSW einlässt, ist offen.",
        False,
        [],
        None,
    ),
    # --- Nationalratswahl: erste Hochrechnung (APA), Sonntag, 27. September ---
    (
        "de",
        "Wien (APA) - Die FPÖ hat die Nationalratswahl klar vor der ÖVP gewonnen, wie die erste ORF-Hochrechnung von Foresight zeigt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Freiheitlichen kommen demnach auf 31,4 Prozent und legen um 3,1 Prozentpunkte zu, die ÖVP erreicht 24,8 Prozent.",
        True,
        [("percent", 31.4, "%", None), ("percent", 3.1, "pp", None), ("percent", 24.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPÖ liegt bei 20,1, die NEOS bei 9,2 und die Grünen bei 7,6 Prozent.",
        True,
        [("percent", 20.1, "%", None), ("percent", 9.2, "%", None), ("percent", 7.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die KPÖ scheitert mit 2,9 Prozent an der Vier-Prozent-Hürde.",
        True,
        [("percent", 2.9, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Foresight bezifferte die Schwankungsbreite mit plus/minus 1,1 Prozentpunkten, die noch ausstehenden Wahlkarten sind bereits eingerechnet.",
        True,
        [("percent", 1.1, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung dürfte laut Foresight bei rund 76 Prozent liegen, nach 74,9 Prozent vor fünf Jahren.",
        True,
        [
            ("percent", 76, "%", "about"),
            ("percent", 74.9, "%", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "de",
        "In der FPÖ-Zentrale skandierten Anhänger minutenlang den Namen ihres Spitzenkandidaten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundespräsident will in den kommenden Tagen mit den Chefs aller im Nationalrat vertretenen Parteien sprechen.",
        True,
        [],
        None,
    ),
    # --- Mandate und Koalitionsrechnung (APA), Sonntag, 27. September ---
    (
        "de",
        "Wien (APA) - Laut der Mandatshochrechnung von Foresight erhält die FPÖ 62 der 183 Sitze im Nationalrat, die ÖVP 49, die SPÖ 39, die NEOS 18 und die Grünen 15.",
        True,
        [
            ("count", 62, None, None),
            ("count", 183, None, None),
            ("count", 49, None, None),
            ("count", 39, None, None),
            ("count", 18, None, None),
            ("count", 15, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für eine Mehrheit braucht es 92 Mandate.",
        True,
        [("count", 92, None, None)],
        None,
    ),
    (
        "de",
        "ÖVP und SPÖ kämen gemeinsam auf 88 Sitze und damit auf vier zu wenig, mit den NEOS auf 106.",
        True,
        [("count", 88, None, None), ("count", 4, None, None), ("count", 106, None, None)],
        None,
    ),
    (
        "de",
        "Eine Koalition aus FPÖ und ÖVP hätte mit 111 Mandaten eine klare Mehrheit, verfehlte aber die Zweidrittelmehrheit von 122 Stimmen.",
        True,
        [("count", 111, None, None), ("fraction", 0.6667, None, None), ("count", 122, None, None)],
        None,
    ),
    (
        "de",
        "ÖVP-Spitzenkandidatin Theresa Wallnöfer-Kranz sagte im ORF, ihre Partei werde mit allen Parteien Gespräche führen, auch mit der FPÖ.",
        True,
        [],
        "Theresa Wallnöfer-Kranz",
    ),
    (
        "de",
        "„Wir haben verstanden, dass die Menschen Veränderung wollen“, sagte Wallnöfer-Kranz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "FPÖ-Spitzenkandidat Roland Pichlmayr sagte, die FPÖ habe in allen neun Bundesländern zugelegt und in sechs davon Platz eins erreicht.",
        True,
        [("count", 9, None, None), ("count", 6, None, None), ("ordinal", 1, None, None)],
        "Roland Pichlmayr",
    ),
    (
        "de",
        "Pichlmayr sprach von einem „Auftrag zur Regierungsbildung, an dem niemand vorbeikommt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "SPÖ-Chef Markus Hainzl-Berger schloss eine Zusammenarbeit mit der FPÖ erneut aus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "NEOS-Spitzenkandidatin Lena Ortner-Pauli nannte das Ergebnis ihrer Partei einen „klaren Reformauftrag“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ortner-Pauli sagte, die NEOS stünden nur für eine Regierung zur Verfügung, die das Pensionsantrittsalter bis 2035 auf 67 Jahre anhebe.",
        True,
        [("year", 2035, None, None), ("duration", 67, "year", None)],
        "Ortner-Pauli",
    ),
    (
        "de",
        "Die Grünen-Spitzenkandidatin Johanna Zirngast zeigte sich „enttäuscht, aber kämpferisch“.",
        False,
        [],
        None,
    ),
    # --- Far right wins Austrian election (Reuters), Sept 27 ---
    (
        "en",
        "VIENNA, Sept 27 (Reuters) - The far-right Freedom Party (FPO) topped Austria's national election on Sunday with its best result ever, projections for broadcaster ORF showed, but it faces a struggle to find a coalition partner.",
        True,
        [("date", "--09-27", None, None)],
        None,
    ),
    (
        "en",
        "The FPO was projected to win 31.4% of the vote, ahead of the conservative People's Party (OVP) on 24.8% and the Social Democrats (SPO) on 20.1%.",
        True,
        [("percent", 31.4, "%", None), ("percent", 24.8, "%", None), ("percent", 20.1, "%", None)],
        None,
    ),
    (
        "en",
        "That would translate into 62 of the 183 seats in the National Council, Austria's lower house, leaving the FPO 30 short of a majority.",
        True,
        [("count", 62, None, None), ("count", 183, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "The People's Party lost 7.4 percentage points, its biggest fall since 1986, according to the projection.",
        True,
        [("percent", 7.4, "pp", None), ("year", 1986, None, None)],
        None,
    ),
    (
        "en",
        "Under Austria's constitution, the president appoints the chancellor and is not bound to choose the leader of the largest party.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Pichlmayr told reporters the FPO would insist on the chancellery in any coalition talks.",
        True,
        [],
        "Pichlmayr",
    ),
    (
        "en",
        '"Austria has voted for a new beginning," Pichlmayr told cheering supporters in Vienna.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Turnout was estimated at 76%, compared with 74.9% five years ago.",
        True,
        [("percent", 76, "%", None), ("percent", 74.9, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Political analyst Ulrike Pfandlbauer said the People's Party lost roughly one in four of its previous voters to the FPO.",
        True,
        [("fraction", 0.25, None, "about")],
        "Ulrike Pfandlbauer",
    ),
    (
        "en",
        '"The old two-party order is gone, and it is not coming back," Pfandlbauer said.',
        False,
        [],
        None,
    ),
    # --- Wahlkarten (APA), Montag, 28. September ---
    (
        "de",
        "Wien (APA) - Nach der Auszählung der Briefwahlkarten am Montag ist das vorläufige Ergebnis der FPÖ leicht auf 30,9 Prozent gesunken.",
        True,
        [("percent", 30.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die ÖVP kommt nun auf 25,3 Prozent, die Grünen profitierten mit einem Plus von 0,6 Prozentpunkten am stärksten von den Wahlkarten.",
        True,
        [("percent", 25.3, "%", None), ("percent", 0.6, "pp", None)],
        None,
    ),
    (
        "de",
        "Ausgestellt wurden insgesamt rund 1,51 Millionen Wahlkarten, ein Rekord, teilte das Innenministerium mit.",
        True,
        [("count", 1510000, None, "about")],
        "das Innenministerium",
    ),
    (
        "de",
        "Die Briefwahlstimmen kosten die FPÖ ein Mandat, das an die Grünen geht; diese stellen nun 16 Abgeordnete.",
        True,
        [("count", 1, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Rund 28.000 Wahlkarten werden erst am Donnerstag ausgezählt, weil sie in einem fremden Wahlkreis abgegeben wurden.",
        True,
        [("count", 28000, None, "about")],
        None,
    ),
    (
        "de",
        "Im Regionalwahlkreis 3B (Waldviertel) holte die FPÖ 38,6 Prozent, ihr bestes Ergebnis in Niederösterreich.",
        True,
        [("percent", 38.6, "%", None)],
        None,
    ),
    (
        "de",
        "Dass sich an der Mandatsverteilung am Donnerstag noch etwas ändert, hält man im Innenministerium für unwahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- Wählerströme (APA), Montag, 28. September ---
    (
        "de",
        "Wien (APA) - Laut der Wählerstromanalyse von Foresight gewann die FPÖ rund 190.000 Stimmen von der ÖVP und etwa 95.000 von früheren Nichtwählern.",
        True,
        [("count", 190000, None, "about"), ("count", 95000, None, "about")],
        None,
    ),
    (
        "de",
        "Gut jeder vierte ÖVP-Wähler von vor fünf Jahren wechselte demnach zu den Freiheitlichen.",
        True,
        [("fraction", 0.25, None, "over"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Die FPÖ lag bei den unter 30-Jährigen mit 35 Prozent deutlich vorn, die Grünen kamen in dieser Altersgruppe auf elf Prozent.",
        True,
        [("duration", 30, "year", "under"), ("percent", 35, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Wahlforscher Clemens Huemer-Staudinger sagte, für 44 Prozent der FPÖ-Wähler sei die Zuwanderung das wichtigste Motiv gewesen.",
        True,
        [("percent", 44, "%", None)],
        "Clemens Huemer-Staudinger",
    ),
    (
        "de",
        "Huemer-Staudinger hält eine Regierung ohne die FPÖ zwar für rechnerisch möglich, politisch aber für schwierig.",
        False,
        [],
        None,
    ),
    # --- Postal ballots cost FPO a seat (Reuters), Sept 28 ---
    (
        "en",
        "VIENNA, Sept 28 (Reuters) - Postal ballots counted on Monday cost Austria's Freedom Party one seat in parliament, leaving it with 61 of 183, interior ministry figures showed.",
        True,
        [
            ("date", "--09-28", None, None),
            ("count", 1, None, None),
            ("count", 61, None, None),
            ("count", 183, None, None),
        ],
        None,
    ),
    (
        "en",
        "The People's Party and the Social Democrats together would hold 88 seats, four short of a majority, so they would need the liberal NEOS or the Greens as a third partner.",
        True,
        [("count", 88, None, None), ("count", 4, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "OVP lead candidate Theresa Wallnöfer-Kranz said she would meet Pichlmayr on Wednesday.",
        True,
        [],
        "Theresa Wallnöfer-Kranz",
    ),
    (
        "en",
        '"Nobody should build a coalition on election night," Wallnöfer-Kranz told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pichlmayr has ruled out serving as vice chancellor in a government led by another party.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Analysts expect coalition talks to drag on well into the winter.",
        False,
        [],
        None,
    ),
    # --- Vorläufiges Endergebnis (APA), Donnerstag, 1. Oktober ---
    (
        "de",
        "Wien (APA) - Nach der Auszählung der letzten Wahlkarten steht das vorläufige Endergebnis der Nationalratswahl fest: Die FPÖ kommt auf 30,8 Prozent, die ÖVP auf 25,4 Prozent.",
        True,
        [("percent", 30.8, "%", None), ("percent", 25.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPÖ erreicht 19,9 Prozent, die NEOS 9,3 und die Grünen 8,3 Prozent.",
        True,
        [("percent", 19.9, "%", None), ("percent", 9.3, "%", None), ("percent", 8.3, "%", None)],
        None,
    ),
    (
        "de",
        "An der Mandatsverteilung vom Montag ändert sich nichts, teilte die Bundeswahlbehörde mit.",
        True,
        [],
        "die Bundeswahlbehörde",
    ),
    (
        "de",
        "Die Wahlbeteiligung inklusive aller Wahlkarten lag bei 76,3 Prozent.",
        True,
        [("percent", 76.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die meisten Vorzugsstimmen erhielt Pichlmayr mit 61.870, gefolgt von Wallnöfer-Kranz mit 44.512.",
        True,
        [("count", 61870, None, None), ("count", 44512, None, None)],
        None,
    ),
    (
        "de",
        "Der neue Nationalrat tritt am 22. Oktober zu seiner konstituierenden Sitzung zusammen.",
        True,
        [("date", "--10-22", None, None)],
        None,
    ),
    (
        "de",
        "Ob der Bundespräsident schon vor diesem Termin einen Auftrag zur Regierungsbildung erteilt, ist offen.",
        False,
        [],
        None,
    ),
    # --- FPO lead narrows (Reuters), Oct 1 ---
    (
        "en",
        "VIENNA, Oct 1 (Reuters) - The Freedom Party's lead in Austria's election narrowed slightly after the last postal ballots were counted on Thursday, leaving it with 30.8% of the vote against 25.4% for the People's Party.",
        True,
        [
            ("date", "--10-01", None, None),
            ("percent", 30.8, "%", None),
            ("percent", 25.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The final provisional result left the distribution of the 183 seats unchanged from Monday's count, with the FPO on 61.",
        True,
        [("count", 183, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "Wallnöfer-Kranz said after meeting Pichlmayr for about 90 minutes that the two parties would hold a second round of talks next week.",
        True,
        [("duration", 90, "minute", "about"), ("count", 2, None, None), ("ordinal", 2, None, None)],
        "Wallnöfer-Kranz",
    ),
    (
        "en",
        'She described the meeting as "businesslike, nothing more."',
        False,
        [],
        None,
    ),
    # --- Amtliches Endergebnis in Brandenburg (dpa/bb), Freitag, 2. Oktober ---
    (
        "de",
        "Potsdam (dpa/bb) - Das amtliche Endergebnis der Brandenburger Landtagswahl, das der Landeswahlausschuss am Freitag feststellte, bringt keine Änderung bei der Sitzverteilung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die SPD kommt demnach auf 28,94 Prozent der Zweitstimmen, die AfD auf 27,31 Prozent.",
        True,
        [("percent", 28.94, "%", None), ("percent", 27.31, "%", None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 1.468.214 gültige Zweitstimmen gezählt, 2.306 weniger als in der Wahlnacht gemeldet.",
        True,
        [("count", 1468214, None, None), ("count", 2306, None, None)],
        None,
    ),
    (
        "de",
        "Im Wahlkreis Potsdam I bestätigte eine Nachzählung den Sieg des Linken-Kandidaten Uhlenbrock, sein Vorsprung schrumpfte aber um 19 auf 393 Stimmen.",
        True,
        [("count", 19, None, None), ("count", 393, None, None)],
        None,
    ),
    (
        "de",
        "Der neue Landtag kommt am 13. Oktober zu seiner ersten Sitzung zusammen.",
        True,
        [("date", "--10-13", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Jede einzelne Stimme hat am Ende gezählt“, sagte Uhlenbrock.",
        False,
        [],
        None,
    ),
    # --- Exit poll (PA), Thursday, October 8 ---
    (
        "en",
        "LONDON (PA) - Polls have closed in the general election, and an exit poll suggests Labour will remain the largest party but fall short of a Commons majority.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The exit poll for the main broadcasters put Labour on 281 seats, 45 short of the 326 it needs for an overall majority.",
        True,
        [("count", 281, None, None), ("count", 45, None, None), ("count", 326, None, None)],
        None,
    ),
    (
        "en",
        "Reform UK was projected to win 186 seats, the Conservatives 80 and the Liberal Democrats 56.",
        True,
        [("count", 186, None, None), ("count", 80, None, None), ("count", 56, None, None)],
        None,
    ),
    (
        "en",
        "The SNP was forecast to take 14 of Scotland's 57 seats, with the Greens on four across Britain.",
        True,
        [("count", 14, None, None), ("count", 57, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Some 21,500 voters were interviewed as they left 141 polling stations across Great Britain.",
        True,
        [("count", 21500, None, "about"), ("count", 141, None, None)],
        None,
    ),
    (
        "en",
        "If the exit poll is right, Labour would have lost more than 120 seats since the 2024 general election.",
        True,
        [("count", 120, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Party figures at the counts urged caution, pointing out that exit polls have been wrong before.",
        False,
        [],
        None,
    ),
    # --- Labour set to lose majority (Reuters), Oct 8 ---
    (
        "en",
        "LONDON, Oct 8 (Reuters) - Britain's Labour Party was on course to lose its parliamentary majority in Thursday's election, an exit poll showed, as Reform UK surged into second place.",
        True,
        [("date", "--10-08", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Sterling slipped 0.4% against the dollar to $1.2915 in Asian trading after the exit poll was published.",
        True,
        [("percent", 0.4, "%", None), ("money", 1.2915, "USD", None)],
        None,
    ),
    (
        "en",
        "Labour has governed with a large majority since winning power in 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"The British people have spoken, and they have told us to do better," a Labour minister told the BBC.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Reform UK spokesman said the party expected to finish with more than 150 MPs.",
        True,
        [("count", 150, None, "over")],
        None,
    ),
    # --- Constituency results (PA), Friday, October 9 ---
    (
        "en",
        "LONDON (PA) - Reform UK took Redmarsh and Colby from Labour with a majority of 4,212, the first of the night's big gains to be declared.",
        True,
        [("count", 4212, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Its candidate, Dean Pockley, polled 17,086 votes against 12,874 for Labour's Siobhan Kettering, a swing of 11.3 percentage points from Labour to Reform.",
        True,
        [("count", 17086, None, None), ("count", 12874, None, None), ("percent", 11.3, "pp", None)],
        None,
    ),
    (
        "en",
        "Turnout in the seat was 54.2%, up from 49.8% in 2024, the returning officer said.",
        True,
        [("percent", 54.2, "%", None), ("percent", 49.8, "%", None), ("year", 2024, None, None)],
        "the returning officer",
    ),
    (
        "en",
        '"Redmarsh and Colby has been ignored for too long, and tonight it shouted," Pockley said in his victory speech.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Kettering, 52, said she would not stand again.",
        True,
        [("duration", 52, "year", None)],
        "Kettering",
    ),
    (
        "en",
        "In Kingsford Central, Labour held on by just 612 votes after a recount requested by the Conservative candidate.",
        True,
        [("count", 612, None, None)],
        None,
    ),
    (
        "en",
        "Labour took Kingsford Central in 2024, overturning a notional Conservative majority of 2,387 on the redrawn boundaries.",
        True,
        [("year", 2024, None, None), ("count", 2387, None, None)],
        None,
    ),
    (
        "en",
        "Conservative candidate Rupert Astley-Cole said he had asked for the recount because fewer than 700 votes separated the top two.",
        True,
        [("count", 700, None, "under"), ("count", 2, None, None)],
        "Rupert Astley-Cole",
    ),
    (
        "en",
        "Results in Kingsford Central: Labour 16,402 votes (38.9%), Conservatives 15,790 (37.4%), Reform UK 6,918 (16.4%).",
        True,
        [
            ("count", 16402, None, None),
            ("percent", 38.9, "%", None),
            ("count", 15790, None, None),
            ("percent", 37.4, "%", None),
            ("count", 6918, None, None),
            ("percent", 16.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Liberal Democrats gained Wrenbury and Holt from the Conservatives on a swing of 8.7%.",
        True,
        [("percent", 8.7, "%", None)],
        None,
    ),
    (
        "en",
        "Their candidate, Morwenna Tregaskis, won 21,340 votes, a majority of 2,764.",
        True,
        [("count", 21340, None, None), ("count", 2764, None, None)],
        None,
    ),
    (
        "en",
        "Tregaskis said her first act as MP would be to write to the health secretary about the closure of the town's maternity unit.",
        True,
        [("ordinal", 1, None, None)],
        "Tregaskis",
    ),
    (
        "en",
        '"This is what happens when you listen to people," Tregaskis said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Seven candidates in Redmarsh and Colby, among them the Conservative, lost their £500 deposits after polling less than 5% of the vote.",
        True,
        [("count", 7, None, None), ("money", 500, "GBP", None), ("percent", 5, "%", "under")],
        None,
    ),
    (
        "en",
        'A Conservative spokeswoman said the party would "take time to understand" what voters had told it.',
        False,
        [],
        None,
    ),
    # --- Wales and Scotland (PA), Friday, October 9 ---
    (
        "en",
        "CARDIFF (PA) - Reform UK won nine of Wales's 32 Westminster seats and Labour 14, according to a PA tally of the results.",
        True,
        [("count", 9, None, None), ("count", 32, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Plaid Cymru won three seats, the Conservatives four and the Liberal Democrats two.",
        True,
        [("count", 3, None, None), ("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "In Scotland, the SNP won 15 of the 57 seats and Labour 31.",
        True,
        [("count", 15, None, None), ("count", 57, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Nationalists hailed the result as proof that the case for independence was alive and well.",
        False,
        [],
        None,
    ),
    # --- Parlamentswahl in Großbritannien (dpa), Freitag, 9. Oktober ---
    (
        "de",
        "London (dpa) - Die Labour-Partei hat bei der Parlamentswahl in Großbritannien ihre absolute Mehrheit verloren, bleibt aber stärkste Kraft im Unterhaus.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Auszählung von 641 der 650 Wahlkreise kam Labour auf 279 Sitze, die Rechtspopulisten von Reform UK auf 189.",
        True,
        [
            ("count", 641, None, None),
            ("count", 650, None, None),
            ("count", 279, None, None),
            ("count", 189, None, None),
        ],
        None,
    ),
    (
        "de",
        "Labour erhielt landesweit knapp 29 Prozent der Stimmen, Reform UK gut 27 Prozent.",
        True,
        [("percent", 29, "%", "nearly"), ("percent", 27, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Premierminister kündigte an, mit den Liberaldemokraten über die Unterstützung einer Minderheitsregierung zu verhandeln.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Britische Kommentatoren sprachen von einem „politischen Erdbeben“.",
        False,
        [],
        None,
    ),
    # --- Hung parliament (Reuters), Oct 9 ---
    (
        "en",
        "LONDON, Oct 9 (Reuters) - Britain's prime minister said on Friday he would seek to govern with the backing of the Liberal Democrats after his Labour Party won 283 of the 650 seats in parliament, 43 short of a majority.",
        True,
        [
            ("date", "--10-09", None, None),
            ("count", 283, None, None),
            ("count", 650, None, None),
            ("count", 43, None, None),
        ],
        None,
    ),
    (
        "en",
        "Reform UK won 191 seats, the Conservatives 79 and the Liberal Democrats 57, a Reuters tally of the results showed.",
        True,
        [("count", 191, None, None), ("count", 79, None, None), ("count", 57, None, None)],
        None,
    ),
    (
        "en",
        "Labour and the Liberal Democrats together would have 340 seats, a working majority of 30.",
        True,
        [("count", 340, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "en",
        "Labour's share of the vote fell 4.8 percentage points to 28.6%, while Reform's rose to 27.3%, nearly double its 2024 result.",
        True,
        [
            ("percent", 4.8, "pp", None),
            ("percent", 28.6, "%", None),
            ("percent", 27.3, "%", None),
            ("count", 2, None, "nearly"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "Turnout was 63.1%, the Electoral Commission said.",
        True,
        [("percent", 63.1, "%", None)],
        "the Electoral Commission",
    ),
    (
        "en",
        '"The country has asked us to govern differently, and we will," the prime minister said outside Downing Street.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Liberal Democrats said they would set out their conditions for supporting a Labour government within 48 hours.",
        True,
        [("duration", 48, "hour", None)],
        "the Liberal Democrats",
    ),
    (
        "en",
        "Whether the Liberal Democrats would enter a formal coalition or back Labour vote by vote was unclear.",
        False,
        [],
        None,
    ),
    # --- Recount in Dunholme East (PA), Saturday, October 10 ---
    (
        "en",
        "DUNHOLME (PA) - The Conservatives held Dunholme East by nine votes after three recounts, the narrowest result of the general election.",
        True,
        [("count", 9, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Conservative Hugh Penwarden finished on 14,228 votes to 14,219 for Reform's Kelly Ashdown.",
        True,
        [("count", 14228, None, None), ("count", 14219, None, None)],
        None,
    ),
    (
        "en",
        "A total of 37 ballot papers were rejected, most of them for showing more than one cross, according to the returning officer's declaration.",
        True,
        [("count", 37, None, None), ("count", 1, None, "over")],
        None,
    ),
    (
        "en",
        "Ashdown said she would ask the High Court to order a fourth count, citing a bundle of 50 votes she said had been wrongly set aside.",
        True,
        [("ordinal", 4, None, None), ("count", 50, None, None)],
        "Ashdown",
    ),
    (
        "en",
        '"A win is a win, and the count was fair," Penwarden said.',
        False,
        [],
        None,
    ),
    # --- Grossratswahlen im Aargau (Keystone-SDA), Sonntag, 18. Oktober ---
    (
        "de",
        "Aarau (Keystone-SDA) - Die SVP hat bei den Aargauer Grossratswahlen drei Sitze zugelegt und hält neu 48 der 140 Mandate.",
        True,
        [("count", 3, None, None), ("count", 48, None, None), ("count", 140, None, None)],
        None,
    ),
    (
        "de",
        "Ihr Wähleranteil stieg um 2,4 Prozentpunkte auf 33,1 Prozent.",
        True,
        [("percent", 2.4, "pp", None), ("percent", 33.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Sitzverteilung: SVP 48 (+3), SP 24 (-1), FDP 19 (unverändert), Mitte 18 (+1), Grüne 11 (-2), GLP 11 (-1), EVP 6 (+1), EDU 3 (-1).",
        True,
        [
            ("count", 48, None, None),
            ("count", 3, None, None),
            ("count", 24, None, None),
            ("count", -1, None, None),
            ("count", 19, None, None),
            ("count", 18, None, None),
            ("count", 1, None, None),
            ("count", 11, None, None),
            ("count", -2, None, None),
            ("count", 11, None, None),
            ("count", -1, None, None),
            ("count", 6, None, None),
            ("count", 1, None, None),
            ("count", 3, None, None),
            ("count", -1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die SP verlor 0,9 Prozentpunkte und kommt auf 17,2 Prozent.",
        True,
        [("percent", 0.9, "pp", None), ("percent", 17.2, "%", None)],
        None,
    ),
    (
        "de",
        "Grüne und GLP büssten zusammen drei Sitze ein.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 31,8 Prozent, nach 33,4 Prozent vor vier Jahren.",
        True,
        [("percent", 31.8, "%", None), ("percent", 33.4, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "SVP-Kantonalpräsident Reto Hunziker-Frei sprach von einem «Vertrauensbeweis der Aargauerinnen und Aargauer».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hunziker-Frei sagte, die SVP werde im neuen Parlament das Präsidium der Kommission für öffentliche Sicherheit beanspruchen.",
        True,
        [],
        "Hunziker-Frei",
    ),
    (
        "de",
        "Bei den Grünen war die Enttäuschung gross, Fraktionschefin Lara Wüst sprach von einem «harten Abend».",
        False,
        [],
        None,
    ),
    # --- Regierungsratswahlen im Aargau (Keystone-SDA), Sonntag, 18. Oktober ---
    (
        "de",
        "Aarau (Keystone-SDA) - Bei den Aargauer Regierungsratswahlen sind im ersten Wahlgang nur vier der fünf Sitze besetzt worden.",
        True,
        [("ordinal", 1, None, None), ("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Für das absolute Mehr waren 61'874 Stimmen nötig.",
        True,
        [("count", 61874, None, None)],
        None,
    ),
    (
        "de",
        "Am besten schnitt FDP-Kandidat Urs Bolliger mit 98'211 Stimmen ab.",
        True,
        [("count", 98211, None, None)],
        None,
    ),
    (
        "de",
        "Gewählt wurden zudem Sandra Leimgruber-Stäger (SVP) mit 91'430, Pius Rüetschi (Mitte) mit 84'906 und Nadja Wälchli (SP) mit 72'118 Stimmen.",
        True,
        [("count", 91430, None, None), ("count", 84906, None, None), ("count", 72118, None, None)],
        None,
    ),
    (
        "de",
        "GLP-Kandidatin Simone Gautschi-Brem verpasste das absolute Mehr mit 54'307 Stimmen um gut 7500 Stimmen.",
        True,
        [("count", 54307, None, None), ("count", 7500, None, "over")],
        None,
    ),
    (
        "de",
        "Gewählt wird im zweiten Wahlgang am 22. November, teilte die Staatskanzlei mit.",
        True,
        [("ordinal", 2, None, None), ("date", "--11-22", None, None)],
        "die Staatskanzlei",
    ),
    (
        "de",
        "Gautschi-Brem sagte, sie stelle sich im zweiten Wahlgang erneut zur Wahl.",
        True,
        [("ordinal", 2, None, None)],
        "Gautschi-Brem",
    ),
    (
        "de",
        "«Jetzt beginnt ein neues Rennen», sagte Gautschi-Brem.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Kandidat der Grünen, Jonas Meierhofer, zieht seine Kandidatur für den zweiten Wahlgang zurück, wie die Partei mitteilte.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Politologin Seraina Dönni sagte, die SVP habe vor allem in den Bezirken Zurzach und Muri zugelegt, mit Gewinnen von jeweils mehr als vier Prozentpunkten.",
        True,
        [("percent", 4, "pp", "over")],
        "Seraina Dönni",
    ),
    (
        "de",
        "Dönni hält einen Sitzgewinn der GLP im November für möglich, aber nicht für wahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- Michigan governor's race (AP), Wednesday, November 4 ---
    (
        "en",
        "DETROIT (AP) — Democrat Dana Whitlock held a narrow lead over Republican Curtis Vandergriff early Wednesday in the race for Michigan's open governor's seat, with about 88% of the expected vote counted.",
        True,
        [("percent", 88, "%", "about")],
        None,
    ),
    (
        "en",
        "Whitlock had 50.6% to Vandergriff's 48.1%, a margin of roughly 112,000 votes.",
        True,
        [
            ("percent", 50.6, "%", None),
            ("percent", 48.1, "%", None),
            ("count", 112000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "She carried Wayne County, home to Detroit, by nearly 3-to-1, taking 74.2% of the vote there.",
        True,
        [("count", 3, None, "nearly"), ("count", 1, None, None), ("percent", 74.2, "%", None)],
        None,
    ),
    (
        "en",
        "Vandergriff won 61 of the state's 83 counties, many of them rural and thinly populated.",
        True,
        [("count", 61, None, None), ("count", 83, None, None)],
        None,
    ),
    (
        "en",
        "In Macomb County, a suburban swing county north of Detroit, Vandergriff led by 7.8 percentage points, down from a 12-point Republican edge in the previous governor's race.",
        True,
        [("percent", 7.8, "pp", None), ("percent", 12, "pp", None)],
        None,
    ),
    (
        "en",
        "Whitlock won Kent County, which includes Grand Rapids, by 2,904 votes, flipping a county her party lost four years ago.",
        True,
        [("count", 2904, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Michigan officials said about 1.9 million absentee ballots had been returned before Election Day, roughly 41% of all votes cast.",
        True,
        [("count", 1900000, None, "about"), ("percent", 41, "%", "about")],
        None,
    ),
    (
        "en",
        '"We are going to wait for every vote to be counted, and then we are going to win," Vandergriff told supporters in Grand Rapids.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Associated Press has not declared a winner in the race.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Both campaigns urged supporters to be patient as the count went on through the night.",
        False,
        [],
        None,
    ),
    (
        "en",
        "AP VoteCast, a survey of more than 3,600 Michigan voters, found that 38% named the economy as the most important issue facing the state.",
        True,
        [("count", 3600, None, "over"), ("percent", 38, "%", None)],
        None,
    ),
    # --- Whitlock wins (AP), Wednesday, November 4 ---
    (
        "en",
        "LANSING, Mich. (AP) — Democrat Dana Whitlock was elected governor of Michigan on Wednesday, defeating Republican Curtis Vandergriff in one of the country's closest races for governor.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The AP declared Whitlock the winner at 2:14 p.m. EST, after an updated count from Oakland County widened her lead to 128,400 votes.",
        True,
        [("count", 128400, None, None)],
        None,
    ),
    (
        "en",
        "Oakland County, the state's second most populous, gave Whitlock 56.9% of the vote.",
        True,
        [("ordinal", 2, None, None), ("percent", 56.9, "%", None)],
        None,
    ),
    (
        "en",
        "With 99% of the expected vote counted, Whitlock had 50.7% and Vandergriff 48.0%.",
        True,
        [("percent", 99, "%", None), ("percent", 50.7, "%", None), ("percent", 48.0, "%", None)],
        None,
    ),
    (
        "en",
        "Vandergriff conceded in a phone call to Whitlock about an hour after the race was called, his campaign said.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"The voters have made their choice, and I wish the governor-elect every success," Vandergriff said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitlock, 47, told reporters she would name her chief of staff by Nov. 20.",
        True,
        [("duration", 47, "year", None), ("date", "--11-20", None, None)],
        "Whitlock",
    ),
    (
        "en",
        '"Michigan chose to look forward tonight," Whitlock said at a rally in Detroit.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She will be sworn in on Jan. 1 for a four-year term.",
        True,
        [("date", "--01-01", None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Democrats also kept control of the state Senate, winning 20 of its 38 seats, the Michigan Department of State said.",
        True,
        [("count", 20, None, None), ("count", 38, None, None)],
        "the Michigan Department of State",
    ),
    (
        "en",
        "Republicans flipped four seats in the state House, giving them 58 of its 110 seats.",
        True,
        [("count", 4, None, None), ("count", 58, None, None), ("count", 110, None, None)],
        None,
    ),
    # --- US-Zwischenwahlen (dpa), Mittwoch, 4. November ---
    (
        "de",
        "Washington (dpa) - Die Demokraten haben bei den Zwischenwahlen in den USA nach Berechnungen der Nachrichtenagentur AP den Gouverneursposten in Michigan verteidigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Demokratin Dana Whitlock setzte sich mit 50,7 zu 48,0 Prozent gegen den Republikaner Curtis Vandergriff durch.",
        True,
        [("percent", 50.7, "%", None), ("percent", 48.0, "%", None)],
        None,
    ),
    (
        "de",
        "Beobachter werteten den Ausgang als Stimmungstest für die nächste Präsidentschaftswahl.",
        False,
        [],
        None,
    ),
    # --- Recount in Washtenaw County (AP), Thursday, November 5 ---
    (
        "en",
        "ANN ARBOR, Mich. (AP) — Election officials in Washtenaw County will recount ballots in a state House race decided by 61 votes, the county clerk's office said Thursday.",
        True,
        [("count", 61, None, None)],
        None,
    ),
    (
        "en",
        "Republican Tyler Brinkerhoff trailed Democrat Ana Ruelas 21,406 to 21,345 in the unofficial results.",
        True,
        [("count", 21406, None, None), ("count", 21345, None, None)],
        None,
    ),
    (
        "en",
        "Brinkerhoff said he had filed a recount petition and paid the required deposit for each of the 38 precincts involved.",
        True,
        [("count", 38, None, None)],
        "Brinkerhoff",
    ),
    (
        "en",
        '"Nobody should be afraid of a careful count," Brinkerhoff said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A hand recount of that size usually takes about two weeks, said Marcus Oyelowo-Hart, an election law professor at Wayne State University.",
        True,
        [("duration", 2, "week", "about")],
        "Marcus Oyelowo-Hart",
    ),
    (
        "en",
        '"Recounts are boring, and boring is good for democracy," Oyelowo-Hart said.',
        False,
        [],
        None,
    ),
    # --- Arizona count (AP), Thursday, November 5 ---
    (
        "en",
        "PHOENIX (AP) — Maricopa County officials said Wednesday they still had about 310,000 early ballots to count, and results in several close races may not be known until next week.",
        True,
        [("count", 310000, None, "about")],
        None,
    ),
    (
        "en",
        "Many of them are early ballots dropped off at polling places on Election Day, whose signatures must be verified before they can be tabulated.",
        True,
        [],
        None,
    ),
    (
        "en",
        "In Arizona's 6th Congressional District, Republican Wade Hollenbeck led Democrat Marisol Quintero-Baird by 2,318 votes, or 0.7 percentage point, with an estimated 81% of the vote counted.",
        True,
        [
            ("ordinal", 6, None, None),
            ("count", 2318, None, None),
            ("percent", 0.7, "pp", None),
            ("percent", 81, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Pima County, which makes up most of the district, had about 58,000 ballots left to count, county officials said.",
        True,
        [("count", 58000, None, "about")],
        None,
    ),
    (
        "en",
        "Quintero-Baird said her campaign's own analysis showed she would win the outstanding ballots by at least 8 points.",
        True,
        [("percent", 8, "pp", "at_least")],
        "Quintero-Baird",
    ),
    (
        "en",
        '"We are confident, and we are patient," Quintero-Baird said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under Arizona law, an automatic recount is triggered when the margin between the top two candidates is 0.5% or less of the votes cast for them.",
        True,
        [("count", 2, None, None), ("percent", 0.5, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Hollenbeck's campaign said it was \"watching every batch closely.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hollenbeck, a 39-year-old former Marine, would be the youngest member of Arizona's House delegation.",
        True,
        [("duration", 39, "year", None)],
        None,
    ),
    # --- Zweiter Wahlgang im Aargau (Keystone-SDA), Sonntag, 22. November ---
    (
        "de",
        "Aarau (Keystone-SDA) - Die GLP-Kandidatin Simone Gautschi-Brem hat im zweiten Wahlgang den letzten freien Sitz in der Aargauer Kantonsregierung gewonnen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Sie erhielt 58'902 Stimmen, 4615 mehr als der SVP-Kandidat Thomas Brunnschweiler.",
        True,
        [("count", 58902, None, None), ("count", 4615, None, None)],
        None,
    ),
    (
        "de",
        "Im zweiten Wahlgang genügt das relative Mehr.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 27,6 Prozent.",
        True,
        [("percent", 27.6, "%", None)],
        None,
    ),
    (
        "de",
        "Damit ist die GLP erstmals in der fünfköpfigen Regierung vertreten, die SVP bleibt bei einem Sitz.",
        True,
        [("count", 5, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Brunnschweiler gratulierte der Siegerin und sprach von einem «anständig geführten Wahlkampf».",
        False,
        [],
        None,
    ),
]
