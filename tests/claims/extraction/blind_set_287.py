"""Two-hundred-and-eighty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and all figures are made up
(Duarte Vilarinho, Rui Fragateiro, Amélia Couceiro; Malin Sjöberg-Tallqvist, Henrik
Almgren; Park Seong-woo, Han Mi-rae; Marek Halaša, Zuzana Kollárová, Pavol Mrázik; Dorin
Albescu, Sorin Muntenaşu, Ilinca Voroneanu; Núria Castellví, Montserrat Vilaseca, Carles
Bofarull; Evan Kittridge, Claire Beaulac, Sunita Brar; Matteo Zanardelli, Gennaro
Esposito-Ruffo, Federica Orlandini, Chiara Benvenuti; Declan Moriarty, Aoife Carrabine;
Hiroki Nagamatsu; Ryan Torvaldsen, Graham Penhallow; Reto Gisler-Amstutz, Lea
Balmer-Frick; Viktor Halouzka, Lukáš Verner; Joaquim Albuquerque-Lins, Renato Ferraz
Dantas; Sindre Halvorsrud, Ingrid Solhaug-Berntsen; Mariana Ocampo Reyes, Andrés Felipe
Garzón; Élise Marchandeau, Antoine Delabarre; Clay Whitcombe, Renata Olguín; Dimitar
Kostadinov-Rusev; Anirudh Prasad Sinha; Tomás Irarrázaval, Javiera Quilodrán; every
unnamed spokeswoman, spokesman, senator, analyst, observer, official, economist and voter);
heads of state and government, ministers, party leaders and candidates of real states and
parties appear under made-up names that stand for no real holder, or by their role only
("die Ministerpräsidentin", "der Staatschef", "a court spokesman", "the returning officer",
"The alliance's state leader", "a senior Liberal senator"). Real states, regions, parties,
bodies, courts, broadcasters, indices and places (Democratic Alliance, Socialists, Chega,
Reichstag, Schwedendemokraten, Christdemokraten, SVT, Democratic Party, National Election
Commission, National Assembly, OSZE, Statistikamt, Constitutional Court, Central Electoral
Bureau, Junts, ERC, Vox, Conservatives, Liberals, Bloc Quebecois, New Democrats, Greens,
CBC, Elections Canada, Markham-Unionville, Lega, Innenministerium, Azione, Fianna Fail,
Fine Gael, Sinn Fein, Social Democrats, the Dail, the Electoral Commission, Dublin Bay
South, Cork South-West, Liberaldemokratische Partei, Komeito, Sanseito, Nikkei, Labor,
Liberal-National coalition, Australian Broadcasting Corp, Sky News, Australian Electoral
Commission, SVP, SP, FDP, Grüne, Mitte, Bundesamt für Statistik, Tessin, Ständerat,
Bundesrat, Czech Statistical Office, Pirate Party, EU, NATO, Oberstes Wahlgericht,
Abgeordnetenhaus, Labour Party, Progress Party, Conservatives, Norwegian Directorate of
Elections, Green Party, Socialist Left, Centre Party, the national registrar's office,
Medellín, Rassemblement National, RN, Marseille, Clark County, Washoe County, Las Vegas,
the Associated Press, GERB, Zentrale Wahlkommission, Bihar, the Election Commission,
Servel, the Chamber of Deputies, and the datelines' cities) stand for the way wire copy
names them; every share, seat, projection, margin, turnout, tally, vote, sum, finding,
label and quote here is invented, no such vote or count took place with these results,
and where a real figure came to mind it was changed (the sizes of parliaments and
chambers and the majorities they need, Portugal's four overseas seats, Sweden's and
Bulgaria's four and the Czech Republic's five percent thresholds, Norway's four percent
levelling threshold, Canada's 12 seats for party status, Romania's nine constitutional
judges, Switzerland's 46 Ständerat seats, Nevada's 17 counties, Chile's 16 regions and
March 11 inauguration, the Liberal Party's 1944 and Colombia's more-than-half rule kept).

Its weight: ELECTIONS ABROAD - national, regional and presidential elections outside
Germany and Austria (the two-hundred-and-thirty-fifth batch weighed elections abroad before,
the two-hundred-and-seventy-fourth local and regional elections, and the forty-first,
hundred-third, hundred-twentieth, hundred-thirty-fourth, hundred-seventy-second and
two-hundred-and-fifth elections and polls; their decisions are kept) - over one year in
story order (March to December), 21 short stories with the English and German ones
interleaved, each told as wire copy runs it (a dateline lead on the night or the day
after, shares and seats, turnout, the arithmetic of majorities and coalitions, the
winner's and loser's statements, reactions, markets). About 60% English (Reuters with
dated datelines, AP, AFP): a Portuguese snap election, a South Korean presidential vote
with its exit poll, a Romanian first-round recount ordered by the Constitutional Court and
the run-off, a Canadian federal election, an Irish general election count under the single
transferable vote with recounts, an Australian federal election, a Czech parliamentary
election and its coalition arithmetic, a Norwegian parliamentary election, a Colombian
first round, a Nevada governor's race recount, a Bihar assembly election and a Chilean
presidential run-off. About 40% German (dpa, APA, Reuters German, Keystone-SDA with Swiss
"grösste" and «» quotes, AFP German; „“ quotes): a Swedish Reichstag election, a Slovak
presidential run-off, a Catalan regional election, Italian regional elections, a Japanese
upper house election, Swiss Nationalrat elections, a Brazilian first round, a Paris
municipal run-off and a Bulgarian parliamentary election. Negatives are about a fifth of
the rows: victory and defeat lines, labels („nannte“, „bezeichnete ... als“, "called",
"described ... as", "hailed ... as"), reported evaluations with a named speaker, accusations
naming no fact, a vow without a measure, an expectation, a warning without a measure, hopes,
a vox pop, observers' speculation and open questions - each beside a check-worthy
look-alike from the same story or speaker.

244 rows (98 German, 146 English), 55 negatives (22 German, 33 English), 189 check-worthy
rows of which 15 carry no figure (6 German, 9 English), 362 expected quantities (147
counts, 102 percentages - 91 in %, 11 in percentage points -, 33 durations - 13 in years,
8 in days, 6 in weeks, 3 in months, 3 in hours -, 32 ordinals, 19 dates, 17 years, 6
amounts of money - 2 KRW, 1 each BRL, CZK, EUR, USD -, 6 fractions; none in a negative), 36
checked speakers (16 German, 20 English). These counts were computed by a script over the
list.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Results, projections, exit
  polls and counts are check-worthy with their figures, the speaker unchecked where the
  results, a projection, an exit poll or data are the source (forty-first, hundred-third,
  two-hundred-and-fifth, two-hundred-and-thirty-fifth). A quoted or reported evaluation,
  label, victory or defeat line, vow, expectation, hope, warning without a measure,
  accusation naming no fact or open question is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, two-hundred-and-fourth,
  two-hundred-and-thirty-fifth). Pairs from one speaker: Vilarinho's second minority
  cabinet beside his "stability" and "determination"; Fragateiro's 1.42 million votes
  beside "the end of the two-party system"; Sjöberg-Tallqvist's two weeks and three parties
  beside „Zusammenhalt“; Park's 10 days beside "Tonight belongs to every citizen"; Kittridge's
  minority government beside "change is what they will get"; Castellví's talks beside „die
  Seite der Konfrontation“; Benvenuti's 180,000 votes beside „nicht unbesiegbar“; Moriarty's
  coalition talks beside "a mandate"; Carrabine's refusal beside "private property";
  Nagamatsu's staying on beside „mit großem Ernst“; Torvaldsen's legislation beside "hope
  over fear"; Gisler-Amstutz's third Bundesrat seat beside «Das Volk hat klar gesagt»;
  Halouzka's talks beside "this victory"; Verner's timing beside "firm anchoring";
  Halvorsrud's four partners beside "security in uncertain times"; Garzón's meeting beside
  "chaos"; Marchandeau's 100 days beside „offene, solidarische und grüne Stadt“;
  Whitcombe's filing beside "every legal vote"; Kostadinov-Rusev's offer of talks beside
  „endlich Stabilität“ (a creed in Konjunktiv I, not a demand naming a step);
  Irarrázaval's tax cut beside "Chile has chosen order". Mrázik's „loyal und respektvoll“
  is a vow naming no measure and a negative (two-hundred-and-thirty-fifth).
- Check-worthy without a figure (hundred-third, two-hundred-and-fifth,
  two-hundred-and-thirty-fifth): a lead that reports a result or a step, a concession
  ("Han conceded defeat", "Quilodrán conceded about an hour after polls closed"; "about an
  hour" carries none, the article as "a year"), an announced resignation („kündigte an“), a
  stated position ("would form a minority government", "would not enter government with",
  „werde ... im Amt bleiben“, „Gespräche anbieten“), a Socialist spokeswoman's abstention,
  a president's expected consultations, a constitutional rule („binnen eines Monats“, the
  article carrying none), and "The Associated Press has not called the race ..."
  (thirty-second: a race call). New: a losing candidate's filed recount request ("he had
  filed the request and paid the fee") is check-worthy as an announced challenge is
  (two-hundred-and-thirty-fifth).
- Seats, majorities and votes are counts as written (forty-first, hundred-third,
  two-hundred-and-thirty-fifth): "89 of the 230 seats", "the 116 needed", "the 343-seat House
  of Commons" and "the 200-seat lower house" and "the five-seat Dublin Bay South
  constituency" (hundred-thirty-fourth: "the 650-seat House"), "nine short of the 172",
  "two short of a majority", "sechs weniger als für eine Mehrheit nötig", "drei mehr als
  nötig", "one more than the 101 needed" 1 and 101, "the Greens on one and an independent on
  one" 1 and 1 (hundred-seventy-second: "one" in a list), "the remaining 10" and „die
  übrigen 15“ with no hedge (two-hundred-and-seventy-fourth: "übrigen"), "13 and 9 seats
  respectively" ("respectively" no hedge), "by just 41 votes" and "by just six votes"
  ("just" no hedge as "only"), "in allen drei Regionen" and "in keiner der drei Regionen" 3
  ("allen", "keiner" none), „Die beiden separatistischen Parteien“ none
  (two-hundred-and-seventy-fourth: "beiden Bestplatzierten"), "the two larger parties" 2 (a
  definite group, forty-first), "the country's three main broadcasters" 3. New: "the
  two-phase vote" is count 2 - a number of phases in a hyphenated modifier is read as the
  issue's "28-Punkte-Entwurf" and "the five-seat constituency". None: "the most seats",
  "stärkste Kraft", "absolute Mehrheit", "eine knappe Mehrheit", "first-preference votes",
  "the final seat", „Der letzte Sitz“, "with nearly all votes counted" (a hedge on no
  figure, two-hundred-and-thirty-fifth).
- Shares, turnout and moves (every election batch): percentages as written, the unit
  written once serving the earlier figure („mit 54,2 zu 41,9 Prozent“; two-hundred-and-
  fifth: „mit 53 zu 47 Prozent“), "49.86% of the vote to Whitcombe's 49.78%", "99.9% of
  precincts" and „Nach Auszählung von 99,8 Prozent der Stimmen“, thresholds („die
  Vier-Prozent-Hürde“ 4 %, "the 5% threshold", "the 4% threshold for levelling seats"; two-
  hundred-and-seventy-fourth: „an der Fünf-Prozent-Hürde“), "more than 50% of valid votes"
  "over", „gut 71 Prozent“ and „gut 21 Prozent“ "over", „auf mehr als 4 Prozent“ "over",
  „rund 58 Prozent“ "about", market moves in % ("The Canadian dollar firmed 0.3%", "The peso
  strengthened about 1.8%" "about", „um 1,2 Prozent“). Moves and gaps in
  points are percentage points "pp" („ein Plus von 3,4 Prozentpunkten“, „verloren 2,1
  Punkte“ and "down 5.8 points" (two-hundred-and-fifth: „verliert einen Punkt“), „um fast
  acht Prozentpunkte“ "nearly", „gut elf Prozentpunkte höher“ "over", "about 2.4
  percentage points higher", "down about three percentage points", "Only 1.3 percentage
  points" ("Only" no hedge), "narrowing to 1.1 percentage points"). "Turnout was estimated
  at 66.2%" no hedge (two-hundred-and-thirty-fifth: "estimated at"); "to exceed 90%" no
  hedge (two-hundred-and-seventy-sixth: the verb carries none, "regularly exceed 500");
  „knapp unter dem Rekordwert von 2018“, "well short of the 116" and "just short of the 4%
  threshold" no hedge - before an article they compare with a bound (two-hundred-and-
  seventy-fourth: „deutlich unter der“, "well below the"), and so "just under the legal
  cap of 58.8 billion won".
- Fractions (the issue; two-hundred-and-thirty-fifth, two-hundred-and-seventy-fourth):
  "more than half of the vote" and "more than half of enrolled voters" 0.5 "over" (two-hundred-and-seventy-fourth: „mehr
  als die Hälfte der gültigen Stimmen“),
  "a two-thirds majority" 0.6667 (seventeenth: "Zweidrittelmehrheit"), "more than
  two-thirds of the state's voters" 0.6667 "over", „Knapp ein Drittel der Erstwähler“
  0.3333 "nearly", "nearly a third of all parties' combined spending" 0.3333 "nearly".
- Ordinals (the issue; two-hundred-and-thirty-fifth, two-hundred-and-seventy-fourth):
  "the first round", „im ersten Wahlgang“, „zum ersten Wahlgang“, „nach dem ersten
  Wahlgang“ 1, „Im ersten Durchgang“ 1 (two-hundred-and-seventy-fourth), "the first-round
  order" 1 (two-hundred-and-thirty-fifth: "first-round total"), „im zweiten Wahlgang“ and
  „in zweiten Wahlgängen“ 2, "for a second time", "for the second time since 2012" 2,
  "third general election" and "entered a third day" 3 (two-hundred-and-seventy-sixth: "a
  sixth consecutive day"), "the third-placed candidate" and "came third" 3, „der zweiten
  Parlamentskammer“ 2, „einen dritten Bundesratssitz“ and „eine dritte ... Amtszeit“ 3,
  „Bei der achten Parlamentswahl“ 8, "for the first time" and "first female president" 1,
  "within his first year in office", "in his first year" and "the first sitting week" 1
  with no duration (two-hundred-and-seventy-sixth: "in der ersten Stunde" and „im ersten
  Jahr“), „in ihren ersten 100 Tagen“ 1 and 100 days (two-hundred-and-thirty-fifth: "in den
  ersten 100 Tagen"). None: "final", "last", „letzte“, "its worst result", "the highest",
  „erstmals“, "a record".
- Durations and ages (the issue; every batch): "in just over three years" 3 years "over",
  "about 10 days" "about", "two days of early voting" 2 days, "the usual two-month
  transition" 2 months, "within 10 days", "within five days", „binnen zwei Wochen“ (no
  hedge), "postponed by two weeks", „vor zwei Wochen“, „vor vier Jahren“, „vor drei
  Jahren“, „Vor fünf Jahren“, "three years ago", "four weeks ago", "about six months"
  "about", "over four days" (two-hundred-and-seventy-sixth: "over" before a span no hedge),
  "up to two days" and "up to two weeks" "up_to", "about three weeks" "about", "41 hours",
  "within about 14 hours" 14 hours "about", „binnen gut drei Stunden“ 3 hours "over", „für
  weitere drei Jahre“ 3 years, „fast drei Monate“ "nearly", "a four-year term" 4 years,
  „binnen fünf Jahren“ 5 years, "within three business days" 3 days (a business day is a
  day, as "within eight business days" in an earlier batch); ages "Park, 61," "Ocampo, 52,"
  "Irarrázaval, 59," „Der 58-Jährige“, „Der 71-Jährige“ in years. None: "last week",
  "earlier this month", "since April", "this year", "in the spring", "over the coming
  weeks", „binnen Wochen“, „im kommenden Jahr“, „binnen eines Monats“, "about an hour", weekdays, „am Mittwoch“, „bis Freitag“, "8 p.m."
  (sixteenth), "shortly before midnight".
- Money in the currency written (every batch): "about $640,000" USD "about", "48.6 billion
  won" and "58.8 billion won" KRW (two-hundred-and-seventy-sixth: "2.8 billion won"),
  "about 23 million euros" EUR "about", "about 94 million crowns" CZK "about" (the Czech
  crown as CZK, as the koruna), „rund 410 Millionen Real“ BRL "about" (the Brazilian real
  as BRL).
- Years and dates: "in 2024", "from 2020", "since 1997", "since 1993", "since 2009", "since
  2017", "since 1951", "since 2012", "founded in 1944", "the highest since 1998", "a 2016
  recount" (two-hundred-and-seventy-sixth: a year before a noun dates it), „seit 1991“, „von
  2018“, „von 2024“, „2022“, „2020“, „1989“ years; "on May 4", "for May 18", "on June 1",
  "on June 21", "on Oct 1", "on Nov 20", "on March 11", „am 15. Juni“, „am 19. November“,
  „am 25. Oktober“ dates without a year; Reuters English datelines with a day ("LISBON,
  March 9", "SEOUL, June 3", "OTTAWA, Oct 20", "DUBLIN, Nov 30", "SYDNEY, May 17", "PRAGUE,
  Oct 5", "OSLO, Sept 8", "NEW DELHI, Nov 14", "SANTIAGO, Dec 14") dates without a year
  (two-hundred-and-thirty-fifth); dpa, APA, Keystone-SDA, Reuters German, AFP, AFP German
  and AP datelines ("BUCHAREST, Romania (AP) —", "CARSON CITY, Nev. (AP) —", "BOGOTA
  (AFP) -") none (seventy-ninth).
- Counts otherwise: "about 1.42 million votes", "Some 9.4 million ... roughly 18 million"
  (each figure its own hedge, "Some" and "roughly" "about"), "about 9.4 million ballots",
  "Nearly 15.4 million people" "nearly", "A record 7.9 million" ("A record" none), "8.2
  million people", "40.9 million eligible voters", "15.7 million registered voters", „Rund
  156 Millionen Brasilianer“, „rund 260.000“, „Rund 12.000 Stimmen“, „rund 8.500
  Parteimitglieder“, „rund 180.000 Stimmen mehr“ "about", "more than 1.1 million ballots"
  and "more than 50 million votes" "over", "about 11,000 postal votes" and "About 8,300
  mail ballots" "about", "1,116 polling stations in 14 counties", "2,871 ballots", "1,342
  complaints ... 97 of them", "62 of their 112 monitors", „212 Beobachter“, „nach
  Auszählung von 2.041 der 2.097 Wahllokale“, „mit 87 Stimmen Vorsprung“, „von nur 2.314
  Stimmen“ („nur“ no hedge), „in 38 Städten mit mehr als 9.000 Einwohnern“ 38 and 9,000
  "over", „mindestens zwei Partner“ "at_least", "The court's nine judges", "all 17 counties"
  ("all" none), "14 of Chile's 16 regions", „in fünf der acht Regionen“, „Neun Parteien“,
  "three successive recounts", "four smaller parties", "two smaller parties".
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "Some", "roughly"
  "about"; „knapp“, „Knapp“, „fast“, "nearly", "Nearly" "nearly"; „gut“, „mehr als“,
  "more than", "just over" "over"; „mindestens“, "at least" "at_least"; "up to" "up_to".
  No hedge: „nur“, "Only", "just" before a count, „zusammen“, „im Schnitt“, „übrigen“, „binnen“, "within", "over" before a span, "estimated at", "respectively",
  "remaining", "a record", and „knapp unter dem“, "well short of the", "just short of the",
  "just under the" before an article; „knapp vor Halaša“, „knapp vorn“ and "with nearly all
  votes counted" hedge no figure; „verdoppelte ihr Ergebnis fast“ and "doubled their
  representation" carry no multiplier (a verb, nineteenth).
- Speakers, checked only in forms the earlier batches settled: „teilte die Wahlbehörde
  mit“ -> "die Wahlbehörde", „teilte das Innenministerium am Dienstag mit“ -> "das
  Innenministerium" (the weekday dropped), „teilte das Oberste Wahlgericht mit“ -> "das
  Oberste Wahlgericht" (the capitalised adjective in the nominative,
  two-hundred-and-thirty-fifth: "die Staatliche Wahlkommission"); „nach Angaben des
  Statistikamts“ -> "das Statistikamt", „nach Angaben des Innenministeriums“ (twice) ->
  "das Innenministerium", „nach Angaben des Wahlgerichts“ -> "das Wahlgericht", „nach
  Angaben der Zentralen Wahlkommission“ -> "die Zentrale Wahlkommission" (the genitive
  turned into the nominative; two-hundred-and-thirty-fifth, two-hundred-and-seventy-fourth);
  „Sozialdemokraten-Chefin Malin Sjöberg-Tallqvist sagte“, „Sozialisten-Spitzenkandidatin
  Núria Castellví sagte“, „ERC-Generalsekretärin Montserrat Vilaseca sagte“,
  „Ministerpräsident Hiroki Nagamatsu sagte“, „SVP-Präsident Reto Gisler-Amstutz sagte“ and
  „GERB-Chef Dimitar Kostadinov-Rusev sagte“ the name with the title dropped; „Benvenuti
  sagte“ and „Marchandeau sagte“ opening the row the name. English: "Prime Minister Duarte
  Vilarinho said", "Chega leader Rui Fragateiro said", "Conservative leader Evan Kittridge
  said", "Outgoing Prime Minister Claire Beaulac said", "Taoiseach Declan Moriarty said",
  "Sinn Fein leader Aoife Carrabine said", "Prime Minister Ryan Torvaldsen said", "President
  Lukáš Verner said", "Prime Minister Sindre Halvorsrud said", "Republican Clay Whitcombe
  said" the name with the role dropped; "Garzón said" and "Irarrázaval said" opening the
  row as written; "Park told reporters" and "Halouzka told reporters" the name
  (two-hundred-and-fourth); "..., the court said." -> "the court" (two-hundred-and-
  seventy-sixth); "the returning officer said" (two-hundred-and-seventy-fourth);
  "according to the Central Electoral Bureau", "according to the Electoral Commission",
  "according to the Norwegian Directorate of Elections" and "according to the Election
  Commission" -> the body with its article (two-hundred-and-seventy-fourth: "according to
  the Electoral Commission"). Left unchecked (None): results, projections, exit polls and
  data as sources ("the exit poll showed", "projections by public broadcaster CBC showed",
  "Elections Canada data showed", "near-final results showed", "results from 99.9% of
  precincts showed", "official results ... showed", "according to certified results",
  "according to the interior ministry's election portal", "the Australian Broadcasting
  Corp projected", „nach dem vorläufigen Ergebnis“, „laut einer Nachwahlbefragung des
  Senders SVT“, „nach eigenen Angaben“), "according to the party finance watchdog" (a
  common noun for the body), bodies' "said" ("the National Election Commission said", "the
  Central Electoral Bureau said", "Elections Canada said", "the Czech Statistical Office
  said", "The Australian Electoral Commission said", "the Election Commission said", "the
  national registrar's office said", "the electoral service Servel said", "The commission
  said"; two-hundred-and-fourth, two-hundred-and-thirty-fifth), "The secretary of state's
  office put that cost at" and "the electoral administration estimated" (no verbs of
  saying), "a court spokesman said", "A Socialist spokeswoman said", plural groups
  ("Officials said", "election officials said", "county officials said", "European Union
  observers said", "Election officials said"; forty-first), "Voroneanu alleged" (a verb not
  settled), "their leader, Ingrid Solhaug-Berntsen, said" (an apposition between subject and
  verb, hundred-ninety-seventh), "Quilodrán conceded ... and said" (a second verb,
  two-hundred-and-thirty-fifth), „wie das Bundesamt für Statistik mitteilte“
  (two-hundred-and-fourth: „wie ... mitteilte“), „teilte die Partei mit“ (a common noun,
  two-hundred-and-seventy-fourth), „kündigte an“, rows without attribution and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_287 = [
    # --- Portugal: snap election, minority again (Reuters), March ---
    (
        "en",
        "LISBON, March 9 (Reuters) - The centre-right Democratic Alliance of Portugal captured 89 of the 230 seats in Sunday's snap election, well short of the 116 needed for a majority, with nearly all votes counted.",
        True,
        [("date", "--03-09", None, None), ("count", 89, None, None), ("count", 230, None, None), ("count", 116, None, None)],
        None,
    ),
    (
        "en",
        "The Socialists took 71 seats and the far-right Chega party 52, up from 47 in the outgoing parliament, according to the interior ministry's election portal.",
        True,
        [("count", 71, None, None), ("count", 52, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Turnout was 61.8%, about 2.4 percentage points higher than at the last election in 2024.",
        True,
        [("percent", 61.8, "%", None), ("percent", 2.4, "pp", "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Sunday's vote was the third general election Portugal has held in just over three years.",
        True,
        [("ordinal", 3, None, None), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "en",
        "Prime Minister Duarte Vilarinho said his alliance would try to run a minority cabinet for a second time instead of negotiating formally with Chega.",
        True,
        [("ordinal", 2, None, None)],
        "Duarte Vilarinho",
    ),
    (
        "en",
        "\"The Portuguese people have spoken clearly, and they want stability,\" Vilarinho told cheering supporters in Lisbon.",
        False,
        [],
        None,
    ),
    (
        "en",
        "\"Nobody should underestimate our determination,\" Vilarinho added.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Chega leader Rui Fragateiro said his party had won about 1.42 million votes, more than ever before in its history.",
        True,
        [("count", 1420000, None, "about")],
        "Rui Fragateiro",
    ),
    (
        "en",
        "Fragateiro called the result \"the end of the two-party system\" and the outgoing government \"exhausted\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "The four seats reserved for Portuguese living overseas are only allocated once their postal ballots are tallied, usually about 10 days later.",
        True,
        [("count", 4, None, None), ("duration", 10, "day", "about")],
        None,
    ),
    (
        "en",
        "The snap vote cost the state about 23 million euros, the electoral administration estimated.",
        True,
        [("money", 23000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "A Socialist spokeswoman said the party would abstain in a confidence vote to allow a new government to take office.",
        True,
        [],
        None,
    ),
    (
        "en",
        "President Amélia Couceiro is expected to begin consultations with party leaders on Tuesday before naming a prime minister.",
        True,
        [],
        None,
    ),
    # --- Schweden: Reichstagswahl (dpa) ---
    (
        "de",
        "Stockholm (dpa) - Bei der Reichstagswahl in Schweden hat das rot-grüne Lager nach dem vorläufigen Ergebnis 176 der 349 Sitze errungen und damit eine knappe Mehrheit erreicht.",
        True,
        [("count", 176, None, None), ("count", 349, None, None)],
        None,
    ),
    (
        "de",
        "Für eine Mehrheit im schwedischen Parlament sind 175 Mandate nötig.",
        True,
        [("count", 175, None, None)],
        None,
    ),
    (
        "de",
        "Die Sozialdemokraten kamen auf 33,7 Prozent, ein Plus von 3,4 Prozentpunkten gegenüber der Wahl vor vier Jahren.",
        True,
        [("percent", 33.7, "%", None), ("percent", 3.4, "pp", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Die Schwedendemokraten verloren 2,1 Punkte und erreichten 18,4 Prozent.",
        True,
        [("percent", 2.1, "pp", None), ("percent", 18.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag mit 83,1 Prozent knapp unter dem Rekordwert von 2018.",
        True,
        [("percent", 83.1, "%", None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "Mit 1,9 Prozent verfehlten die Christdemokraten die Vier-Prozent-Hürde und sind erstmals seit 1991 nicht mehr im Reichstag vertreten.",
        True,
        [("percent", 1.9, "%", None), ("percent", 4, "%", None), ("year", 1991, None, None)],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der Erstwähler stimmte laut einer Nachwahlbefragung des Senders SVT für die Sozialdemokraten.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Liberalen scheiterten mit 3,8 Prozent ebenfalls an der Sperrklausel.",
        True,
        [("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Sozialdemokraten-Chefin Malin Sjöberg-Tallqvist sagte, sie wolle binnen zwei Wochen eine Regierung aus drei Parteien bilden.",
        True,
        [("duration", 2, "week", None), ("count", 3, None, None)],
        "Malin Sjöberg-Tallqvist",
    ),
    (
        "de",
        "„Schweden hat sich für Zusammenhalt und gegen Spaltung entschieden“, sagte Sjöberg-Tallqvist vor Anhängern in Stockholm.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der bisherige Ministerpräsident Henrik Almgren räumte seine Niederlage ein und kündigte an, den Parteivorsitz abzugeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Almgren nannte das Ergebnis „bitter, aber eindeutig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 12.000 Stimmen aus dem Ausland und vorzeitig abgegebene Stimmen werden erst am Mittwoch ausgezählt, teilte die Wahlbehörde mit.",
        True,
        [("count", 12000, None, "about")],
        "die Wahlbehörde",
    ),
    # --- South Korea: presidential election (Reuters), June ---
    (
        "en",
        "SEOUL, June 3 (Reuters) - Opposition candidate Park Seong-woo was projected to win South Korea's presidential election on Tuesday with 51.2% of the vote, according to a joint exit poll by the country's three main broadcasters.",
        True,
        [("date", "--06-03", None, None), ("percent", 51.2, "%", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The ruling party's candidate, Han Mi-rae, was forecast to take 44.9%, the exit poll showed.",
        True,
        [("percent", 44.9, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout reached 78.6% by the time polls closed at 8 p.m., the highest in a presidential vote since 1997, the National Election Commission said.",
        True,
        [("percent", 78.6, "%", None), ("year", 1997, None, None)],
        None,
    ),
    (
        "en",
        "Nearly 15.4 million people, or 34.7% of eligible voters, cast their ballots during two days of early voting last week.",
        True,
        [("count", 15400000, None, "nearly"), ("percent", 34.7, "%", None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Han conceded defeat shortly before midnight and congratulated Park in a brief televised statement.",
        True,
        [],
        None,
    ),
    (
        "en",
        "\"I accept the will of the people with a heavy heart,\" Han said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Park, 61, a former labour lawyer, will be sworn in on Wednesday without the usual two-month transition because the post has been vacant since April.",
        True,
        [("duration", 61, "year", None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "Park told reporters he would announce his cabinet within 10 days.",
        True,
        [("duration", 10, "day", None)],
        "Park",
    ),
    (
        "en",
        "He has promised to hold a referendum on constitutional reform within his first year in office.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "\"Tonight belongs to every citizen who refused to give up on our democracy,\" Park told supporters outside the National Assembly.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Democratic Party already controls 171 of the 300 seats in the National Assembly.",
        True,
        [("count", 171, None, None), ("count", 300, None, None)],
        None,
    ),
    (
        "en",
        "Park's campaign reported spending 48.6 billion won, just under the legal cap of 58.8 billion won.",
        True,
        [("money", 48600000000, "KRW", None), ("money", 58800000000, "KRW", None)],
        None,
    ),
    (
        "en",
        "Analysts said the result was a clear rebuke to the outgoing government.",
        False,
        [],
        None,
    ),
    # --- Slowakei: Präsidenten-Stichwahl (APA) ---
    (
        "de",
        "Bratislava (APA) - Die Stichwahl um das Präsidentenamt in der Slowakei hat der parteilose Diplomat Marek Halaša mit 53,4 Prozent der Stimmen gewonnen.",
        True,
        [("percent", 53.4, "%", None)],
        None,
    ),
    (
        "de",
        "Seine Gegenkandidatin Zuzana Kollárová kam nach Angaben des Statistikamts auf 46,6 Prozent.",
        True,
        [("percent", 46.6, "%", None)],
        "das Statistikamt",
    ),
    (
        "de",
        "Die Wahlbeteiligung stieg im Vergleich zum ersten Wahlgang vor zwei Wochen um fast acht Prozentpunkte auf 59,3 Prozent.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "week", None), ("percent", 8, "pp", "nearly"), ("percent", 59.3, "%", None)],
        None,
    ),
    (
        "de",
        "Im ersten Durchgang hatte Kollárová mit 42,1 Prozent noch knapp vor Halaša gelegen, der 37,5 Prozent erhielt.",
        True,
        [("ordinal", 1, None, None), ("percent", 42.1, "%", None), ("percent", 37.5, "%", None)],
        None,
    ),
    (
        "de",
        "In der Hauptstadt Bratislava stimmten gut 71 Prozent für Halaša, Kollárová gewann dagegen in fünf der acht Regionen.",
        True,
        [("percent", 71, "%", "over"), ("count", 5, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Der 58-Jährige tritt sein Amt am 15. Juni an.",
        True,
        [("duration", 58, "year", None), ("date", "--06-15", None, None)],
        None,
    ),
    (
        "de",
        "Halaša sprach von einem „Sieg der Vernunft über die Angst“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kollárová warf ihrem Gegner vor, mit ausländischer Hilfe eine Schmutzkampagne geführt zu haben, nannte aber keine Belege.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Regierungschef Pavol Mrázik sagte, er werde mit dem neuen Staatsoberhaupt „loyal und respektvoll“ zusammenarbeiten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Beobachtermission der OSZE hatte nach eigenen Angaben 212 Beobachter im Land.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    # --- Romania: recount and run-off (AP), May-June ---
    (
        "en",
        "BUCHAREST, Romania (AP) — Romania's Constitutional Court on Thursday ordered a full recount of ballots from the first round of the presidential election after a complaint by a losing candidate.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The court's nine judges voted unanimously, a court spokesman said.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "In the first round on May 4, centrist mayor Dorin Albescu led with 28.3%, followed by nationalist Sorin Muntenaşu with 24.9%, according to the Central Electoral Bureau.",
        True,
        [("ordinal", 1, None, None), ("date", "--05-04", None, None), ("percent", 28.3, "%", None), ("percent", 24.9, "%", None)],
        "the Central Electoral Bureau",
    ),
    (
        "en",
        "Only 1.3 percentage points separated Muntenaşu from the third-placed candidate, former foreign minister Ilinca Voroneanu, who filed the complaint.",
        True,
        [("percent", 1.3, "pp", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Voroneanu alleged irregularities at 1,116 polling stations in 14 counties.",
        True,
        [("count", 1116, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "\"Romanians deserve to know that their vote was counted honestly,\" Voroneanu told reporters outside the court.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The recount of about 9.4 million ballots must be completed within five days, the court said.",
        True,
        [("count", 9400000, None, "about"), ("duration", 5, "day", None)],
        "the court",
    ),
    (
        "en",
        "The runoff, originally scheduled for May 18, has been postponed by two weeks, the Central Electoral Bureau said.",
        True,
        [("date", "--05-18", None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Some 9.4 million of Romania's roughly 18 million registered voters cast ballots in the first round, a turnout of 52.1%.",
        True,
        [("count", 9400000, None, "about"), ("count", 18000000, None, "about"), ("ordinal", 1, None, None), ("percent", 52.1, "%", None)],
        None,
    ),
    (
        "en",
        "Muntenaşu called the ruling \"a coup by judges in robes\".",
        False,
        [],
        None,
    ),
    (
        "en",
        "BUCHAREST, Romania (AP) — The recount confirmed the first-round order, with Muntenaşu's lead over Voroneanu narrowing to 1.1 percentage points, election officials said Wednesday.",
        True,
        [("ordinal", 1, None, None), ("percent", 1.1, "pp", None)],
        None,
    ),
    (
        "en",
        "Officials said 2,871 ballots initially declared invalid were added to the candidates' totals.",
        True,
        [("count", 2871, None, None)],
        None,
    ),
    (
        "en",
        "In the runoff on June 1, Albescu won 55.8% to Muntenaşu's 44.2%, with turnout climbing to 60.4%.",
        True,
        [("date", "--06-01", None, None), ("percent", 55.8, "%", None), ("percent", 44.2, "%", None), ("percent", 60.4, "%", None)],
        None,
    ),
    (
        "en",
        "Albescu, speaking at a packed rally, promised to be \"a president for all Romanians, including those who did not vote for me.\"",
        False,
        [],
        None,
    ),
    # --- Katalonien: Regionalwahl (dpa) ---
    (
        "de",
        "Barcelona (dpa) - Bei der Regionalwahl in Katalonien sind die Sozialisten mit 44 der 135 Sitze stärkste Kraft geworden.",
        True,
        [("count", 44, None, None), ("count", 135, None, None)],
        None,
    ),
    (
        "de",
        "Für eine absolute Mehrheit im Regionalparlament sind 68 Abgeordnete nötig.",
        True,
        [("count", 68, None, None)],
        None,
    ),
    (
        "de",
        "Die beiden separatistischen Parteien Junts und ERC kamen zusammen nur auf 55 Mandate, 13 weniger als bei der Wahl vor drei Jahren.",
        True,
        [("count", 55, None, None), ("count", 13, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei 57,9 Prozent und damit 2,3 Prozentpunkte unter dem Wert von 2024.",
        True,
        [("percent", 57.9, "%", None), ("percent", 2.3, "pp", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Eine Koalition aus Sozialisten, ERC und Linksgrünen käme rechnerisch auf 71 Sitze, drei mehr als nötig.",
        True,
        [("count", 71, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Sozialisten-Spitzenkandidatin Núria Castellví sagte, sie wolle mit den Linksgrünen und notfalls mit der ERC über eine Minderheitsregierung verhandeln.",
        True,
        [],
        "Núria Castellví",
    ),
    (
        "de",
        "„Katalonien hat die Seite der Konfrontation endgültig umgeblättert“, sagte Castellví.",
        False,
        [],
        None,
    ),
    (
        "de",
        "ERC-Generalsekretärin Montserrat Vilaseca sagte, über jede Zusammenarbeit mit den Sozialisten würden die rund 8.500 Parteimitglieder abstimmen.",
        True,
        [("count", 8500, None, "about")],
        "Montserrat Vilaseca",
    ),
    (
        "de",
        "Junts-Chef Carles Bofarull kündigte an, die Führung der Partei abzugeben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bofarull nannte das Ergebnis eine „schmerzhafte Lektion“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die rechtsextreme Vox verdoppelte ihr Ergebnis fast und stellt künftig 11 Abgeordnete.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Briefwahlstimmen von rund 260.000 im Ausland lebenden Katalanen werden bis Freitag ausgezählt.",
        True,
        [("count", 260000, None, "about")],
        None,
    ),
    # --- Canada: federal election (Reuters), October ---
    (
        "en",
        "OTTAWA, Oct 20 (Reuters) - Canada's Conservatives won the most seats in Monday's federal election but fell short of a majority in the 343-seat House of Commons, projections by public broadcaster CBC showed.",
        True,
        [("date", "--10-20", None, None), ("count", 343, None, None)],
        None,
    ),
    (
        "en",
        "With results in from 338 of 343 ridings, the Conservatives had won or were leading in 163 seats, nine short of the 172 needed to govern alone.",
        True,
        [("count", 338, None, None), ("count", 343, None, None), ("count", 163, None, None), ("count", 9, None, None), ("count", 172, None, None)],
        None,
    ),
    (
        "en",
        "The Liberals were on 134 seats, the Bloc Quebecois on 28, the New Democrats on 11, the Greens on one and an independent on one.",
        True,
        [("count", 134, None, None), ("count", 28, None, None), ("count", 11, None, None), ("count", 1, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Conservative leader Evan Kittridge said he would form a minority government and seek support \"bill by bill\" rather than strike a formal deal.",
        True,
        [],
        "Evan Kittridge",
    ),
    (
        "en",
        "\"Canadians have voted for change, and change is what they will get,\" Kittridge said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Outgoing Prime Minister Claire Beaulac said she would remain Liberal leader until the party chose a successor, a process she expected to take about six months.",
        True,
        [("duration", 6, "month", "about")],
        "Claire Beaulac",
    ),
    (
        "en",
        "The Conservatives' share of the popular vote was 39.8%, against 36.1% for the Liberals, Elections Canada data showed.",
        True,
        [("percent", 39.8, "%", None), ("percent", 36.1, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout was estimated at 66.2%, down from 68.7% at the previous election.",
        True,
        [("percent", 66.2, "%", None), ("percent", 68.7, "%", None)],
        None,
    ),
    (
        "en",
        "A record 7.9 million Canadians voted at advance polls over four days earlier this month, Elections Canada said.",
        True,
        [("count", 7900000, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "In the Toronto-area riding of Markham-Unionville, the Liberal incumbent led by just 41 votes, a margin that would trigger an automatic judicial recount.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "With 11 seats, Sunita Brar's New Democrats dropped under the 12 that official party status requires, for the first time since 1993.",
        True,
        [("count", 11, None, None), ("count", 12, None, None), ("ordinal", 1, None, None), ("year", 1993, None, None)],
        None,
    ),
    (
        "en",
        "Brar described the night as \"disappointing but not the end of our story.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Canadian dollar firmed 0.3% against its U.S. counterpart in early trading on Tuesday.",
        True,
        [("percent", 0.3, "%", None)],
        None,
    ),
    # --- Italien: Regionalwahlen (dpa) ---
    (
        "de",
        "Rom (dpa) - Bei den Regionalwahlen in Italien hat das rechte Regierungslager in zwei von drei Regionen gewonnen.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "In Venetien kam der Kandidat der Lega, Matteo Zanardelli, auf 61,7 Prozent der Stimmen.",
        True,
        [("percent", 61.7, "%", None)],
        None,
    ),
    (
        "de",
        "In Kampanien setzte sich der Mitte-links-Kandidat Gennaro Esposito-Ruffo mit 54,2 zu 41,9 Prozent durch.",
        True,
        [("percent", 54.2, "%", None), ("percent", 41.9, "%", None)],
        None,
    ),
    (
        "de",
        "In den Marken lag die Regierungskandidatin Federica Orlandini nach Auszählung von 2.041 der 2.097 Wahllokale mit 50,8 Prozent knapp vorn.",
        True,
        [("count", 2041, None, None), ("count", 2097, None, None), ("percent", 50.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung sank in allen drei Regionen und lag im Schnitt bei 46,3 Prozent, teilte das Innenministerium am Dienstag mit.",
        True,
        [("count", 3, None, None), ("percent", 46.3, "%", None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Vor fünf Jahren hatten in diesen Regionen noch 53,6 Prozent der Wahlberechtigten abgestimmt.",
        True,
        [("duration", 5, "year", None), ("percent", 53.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Ministerpräsidentin sprach von einem „klaren Vertrauensbeweis für die Regierung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oppositionsführerin Chiara Benvenuti sagte, Kampanien zeige, dass die Rechte „nicht unbesiegbar“ sei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Benvenuti sagte, ihre Partei habe in Kampanien rund 180.000 Stimmen mehr geholt als bei der Parlamentswahl 2022.",
        True,
        [("count", 180000, None, "about"), ("year", 2022, None, None)],
        "Benvenuti",
    ),
    (
        "de",
        "Die Liberalen von Azione kamen in keiner der drei Regionen auf mehr als 4 Prozent.",
        True,
        [("count", 3, None, None), ("percent", 4, "%", "over")],
        None,
    ),
    # --- Ireland: general election count (Reuters), November ---
    (
        "en",
        "DUBLIN, Nov 30 (Reuters) - Ireland's Fianna Fail and Fine Gael were on course to win 86 of the 174 seats in the Dail between them, two short of a majority, as counting under the single transferable vote system entered a third day.",
        True,
        [("date", "--11-30", None, None), ("count", 86, None, None), ("count", 174, None, None), ("count", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Sinn Fein won 21.6% of first-preference votes, more than any other party, but was expected to take only 38 seats because it ran too few candidates.",
        True,
        [("percent", 21.6, "%", None), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "In the five-seat Dublin Bay South constituency, officials ordered a full recount after the last seat was decided by 14 votes.",
        True,
        [("count", 5, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The recount could take up to two days, the returning officer said.",
        True,
        [("duration", 2, "day", "up_to")],
        "the returning officer",
    ),
    (
        "en",
        "Independent candidates won 19 seats, and the Social Democrats doubled their representation to 12.",
        True,
        [("count", 19, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Taoiseach Declan Moriarty said he would talk to independents and smaller parties about a coalition over the coming weeks.",
        True,
        [],
        "Declan Moriarty",
    ),
    (
        "en",
        "\"The people have given us a mandate to finish the job,\" Moriarty said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Turnout was 59.7%, according to the Electoral Commission, down about three percentage points from 2020.",
        True,
        [("percent", 59.7, "%", None), ("percent", 3, "pp", "about"), ("year", 2020, None, None)],
        "the Electoral Commission",
    ),
    (
        "en",
        "Sinn Fein leader Aoife Carrabine said her party would not enter government with either of the two larger parties.",
        True,
        [("count", 2, None, None)],
        "Aoife Carrabine",
    ),
    (
        "en",
        "Carrabine accused the outgoing coalition of \"treating the country as its private property.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "It took 41 hours to fill the final seat in Cork South-West after three successive recounts.",
        True,
        [("duration", 41, "hour", None), ("count", 3, None, None)],
        None,
    ),
    # --- Japan: Oberhauswahl (Reuters) ---
    (
        "de",
        "Tokio (Reuters) - Die Regierungskoalition in Japan hat bei der Oberhauswahl ihre Mehrheit in der zweiten Parlamentskammer verloren.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Liberaldemokratische Partei und ihr Partner Komeito kamen zusammen auf 119 der 248 Sitze, sechs weniger als für eine Mehrheit nötig.",
        True,
        [("count", 119, None, None), ("count", 248, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Zur Wahl standen 125 Sitze, die übrigen Mandate sind für weitere drei Jahre besetzt.",
        True,
        [("count", 125, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Innenministeriums gaben 54,9 Prozent der Wahlberechtigten ihre Stimme ab.",
        True,
        [("percent", 54.9, "%", None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Ministerpräsident Hiroki Nagamatsu sagte, er werde trotz der Niederlage im Amt bleiben.",
        True,
        [],
        "Hiroki Nagamatsu",
    ),
    (
        "de",
        "„Ich nehme dieses Ergebnis mit großem Ernst entgegen“, sagte Nagamatsu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die rechtspopulistische Sanseito steigerte sich von 1 auf 14 Sitze.",
        True,
        [("count", 1, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der Nikkei-Index fiel am Montag um 1,2 Prozent, der Yen gab zum Dollar leicht nach.",
        True,
        [("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Opposition sprach von einem „historischen Tag für die japanische Demokratie“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beobachter in Tokio halten einen Rücktritt des Regierungschefs binnen Wochen für möglich.",
        False,
        [],
        None,
    ),
    # --- Australia: federal election (Reuters), May ---
    (
        "en",
        "SYDNEY, May 17 (Reuters) - Australia's Labor government was re-elected on Saturday with an increased majority, securing at least 88 lower house seats out of 150, the Australian Broadcasting Corp projected.",
        True,
        [("date", "--05-17", None, None), ("count", 88, None, "at_least"), ("count", 150, None, None)],
        None,
    ),
    (
        "en",
        "A party needs 76 seats to govern in its own right.",
        True,
        [("count", 76, None, None)],
        None,
    ),
    (
        "en",
        "The opposition Liberal-National coalition was on track for 44 seats, its poorest showing since the Liberals' founding in 1944.",
        True,
        [("count", 44, None, None), ("year", 1944, None, None)],
        None,
    ),
    (
        "en",
        "Prime Minister Ryan Torvaldsen said his government would introduce legislation on housing supply in the first sitting week of the new parliament.",
        True,
        [("ordinal", 1, None, None)],
        "Ryan Torvaldsen",
    ),
    (
        "en",
        "\"Tonight Australians chose hope over fear,\" Torvaldsen told the party faithful in Sydney.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition leader Graham Penhallow was trailing in his own seat by 1,406 votes after preferences, with about 11,000 postal votes still to be counted.",
        True,
        [("count", 1406, None, None), ("count", 11000, None, "about")],
        None,
    ),
    (
        "en",
        "Penhallow said the Coalition had \"lost touch with the suburbs\" and would need to rebuild.",
        False,
        [],
        None,
    ),
    (
        "en",
        "\"We hear the message, and we will listen,\" a senior Liberal senator told Sky News.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Australians are obliged by law to vote, and turnout was expected to exceed 90%.",
        True,
        [("percent", 90, "%", None)],
        None,
    ),
    (
        "en",
        "The Greens' primary vote was 12.4%, little changed from three years ago, but the party risked losing two of its four lower house seats.",
        True,
        [("percent", 12.4, "%", None), ("duration", 3, "year", None), ("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Australian Electoral Commission said 8.2 million people had voted early, either in person or by post, more than half of enrolled voters.",
        True,
        [("count", 8200000, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Full results may take up to two weeks as preferences are distributed in close seats.",
        True,
        [("duration", 2, "week", "up_to")],
        None,
    ),
    # --- Schweiz: Nationalratswahlen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SVP ist bei den Nationalratswahlen mit 29,1 Prozent Wähleranteil erneut die grösste Partei geworden.",
        True,
        [("percent", 29.1, "%", None)],
        None,
    ),
    (
        "de",
        "Sie gewinnt 3 Sitze hinzu und stellt neu 65 der 200 Nationalratsmitglieder.",
        True,
        [("count", 3, None, None), ("count", 65, None, None), ("count", 200, None, None)],
        None,
    ),
    (
        "de",
        "Die SP kommt auf 18,6 Prozent und 41 Sitze, die FDP auf 13,9 Prozent und 27 Sitze.",
        True,
        [("percent", 18.6, "%", None), ("count", 41, None, None), ("percent", 13.9, "%", None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen verlieren 1,8 Prozentpunkte und fünf Sitze.",
        True,
        [("percent", 1.8, "pp", None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Wie das Bundesamt für Statistik mitteilte, beteiligten sich 46,8 Prozent der Stimmberechtigten.",
        True,
        [("percent", 46.8, "%", None)],
        None,
    ),
    (
        "de",
        "SVP-Präsident Reto Gisler-Amstutz sagte, seine Partei werde ihren Anspruch auf einen dritten Bundesratssitz prüfen.",
        True,
        [("ordinal", 3, None, None)],
        "Reto Gisler-Amstutz",
    ),
    (
        "de",
        "«Das Volk hat klar gesagt, was es will», sagte Gisler-Amstutz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Grünen-Präsidentin Lea Balmer-Frick bezeichnete das Ergebnis als «Rückschlag für den Klimaschutz».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Politologen werteten das Resultat als Zeichen wachsender Unzufriedenheit mit der Migrationspolitik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Kanton Tessin musste das Resultat nach einer Nachzählung korrigiert werden: Der letzte Sitz ging mit 87 Stimmen Vorsprung an die Mitte.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Im Ständerat sind nach dem ersten Wahlgang erst 31 der 46 Sitze vergeben, die übrigen 15 werden in zweiten Wahlgängen am 19. November bestimmt.",
        True,
        [("ordinal", 1, None, None), ("count", 31, None, None), ("count", 46, None, None), ("count", 15, None, None), ("ordinal", 2, None, None), ("date", "--11-19", None, None)],
        None,
    ),
    (
        "de",
        "Die Frauen stellen neu 84 der 200 Nationalratsmitglieder, das sind 42 Prozent.",
        True,
        [("count", 84, None, None), ("count", 200, None, None), ("percent", 42, "%", None)],
        None,
    ),
    # --- Czech Republic: parliamentary election (Reuters), October ---
    (
        "en",
        "PRAGUE, Oct 5 (Reuters) - A populist party led by former finance minister Viktor Halouzka won the Czech parliamentary election with 34.6% of the vote, results from 99.9% of precincts showed.",
        True,
        [("date", "--10-05", None, None), ("percent", 34.6, "%", None), ("percent", 99.9, "%", None)],
        None,
    ),
    (
        "en",
        "That gives the party 79 seats in the 200-seat lower house, short of the 101 needed for a majority.",
        True,
        [("count", 79, None, None), ("count", 200, None, None), ("count", 101, None, None)],
        None,
    ),
    (
        "en",
        "The outgoing centre-right coalition, which ran on a joint list, took 22.8% and 52 seats.",
        True,
        [("percent", 22.8, "%", None), ("count", 52, None, None)],
        None,
    ),
    (
        "en",
        "Halouzka told reporters he would open talks on Monday with two smaller parties, which together won 23 seats.",
        True,
        [("count", 2, None, None), ("count", 23, None, None)],
        "Halouzka",
    ),
    (
        "en",
        "Together the three parties would command 102 seats, one more than the 101 needed.",
        True,
        [("count", 3, None, None), ("count", 102, None, None), ("count", 1, None, None), ("count", 101, None, None)],
        None,
    ),
    (
        "en",
        "\"We will not let anyone take this victory from the Czech people,\" Halouzka said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Turnout was 68.9%, the highest since 1998, the Czech Statistical Office said.",
        True,
        [("percent", 68.9, "%", None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "The Pirate Party failed to clear the 5% threshold for the first time since 2017, winning 3.9%.",
        True,
        [("percent", 5, "%", None), ("ordinal", 1, None, None), ("year", 2017, None, None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "President Lukáš Verner said he would ask the winner to try to form a government, but not before official results are published on Wednesday.",
        True,
        [],
        "Lukáš Verner",
    ),
    (
        "en",
        "Verner said he expected any new government to respect the country's \"firm anchoring\" in the EU and NATO.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition politicians warned that the new coalition could undermine the independence of public broadcasters.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Halouzka's party spent about 94 million crowns on its campaign, nearly a third of all parties' combined spending, according to the party finance watchdog.",
        True,
        [("money", 94000000, "CZK", "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    # --- Brasilien: erster Wahlgang (dpa) ---
    (
        "de",
        "São Paulo (dpa) - In Brasilien müssen Präsident Joaquim Albuquerque-Lins und sein Herausforderer Renato Ferraz Dantas in eine Stichwahl, nachdem keiner im ersten Wahlgang die absolute Mehrheit erreicht hat.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Nach Auszählung von 99,8 Prozent der Stimmen kam Albuquerque-Lins auf 47,3 Prozent, Ferraz Dantas auf 43,6 Prozent, teilte das Oberste Wahlgericht mit.",
        True,
        [("percent", 99.8, "%", None), ("percent", 47.3, "%", None), ("percent", 43.6, "%", None)],
        "das Oberste Wahlgericht",
    ),
    (
        "de",
        "Die Stichwahl findet am 25. Oktober statt.",
        True,
        [("date", "--10-25", None, None)],
        None,
    ),
    (
        "de",
        "Rund 156 Millionen Brasilianer waren zur Wahl aufgerufen, es herrscht Wahlpflicht.",
        True,
        [("count", 156000000, None, "about")],
        None,
    ),
    (
        "de",
        "Dennoch blieben gut 21 Prozent der Wahlberechtigten den Urnen fern.",
        True,
        [("percent", 21, "%", "over")],
        None,
    ),
    (
        "de",
        "Der 71-Jährige strebt eine dritte, nicht aufeinanderfolgende Amtszeit an.",
        True,
        [("duration", 71, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ferraz Dantas sprach von einem „Erdbeben“ und einer „Wende, die niemand mehr aufhalten kann“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir werden diese Wahl gewinnen, weil wir auf der Seite der Armen stehen“, sagte Albuquerque-Lins in Brasília.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die elektronischen Wahlurnen lieferten die Ergebnisse binnen gut drei Stunden nach Schließung der Wahllokale.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "de",
        "Bei der gleichzeitigen Wahl zum Abgeordnetenhaus gewann das Lager des Präsidenten 141 der 513 Sitze.",
        True,
        [("count", 141, None, None), ("count", 513, None, None)],
        None,
    ),
    (
        "de",
        "Der Wahlkampf kostete die beiden Spitzenkandidaten nach Angaben des Wahlgerichts zusammen rund 410 Millionen Real.",
        True,
        [("money", 410000000, "BRL", "about")],
        "das Wahlgericht",
    ),
    # --- Norway: parliamentary election (Reuters), September ---
    (
        "en",
        "OSLO, Sept 8 (Reuters) - Norway's Labour Party will stay in power after a left-leaning bloc won 88 of the 169 seats in parliament in Monday's election, near-final results showed.",
        True,
        [("date", "--09-08", None, None), ("count", 88, None, None), ("count", 169, None, None)],
        None,
    ),
    (
        "en",
        "A majority requires 85 seats.",
        True,
        [("count", 85, None, None)],
        None,
    ),
    (
        "en",
        "Labour won 27.9% of the vote, its best result since 2009, while the right-wing Progress Party rose to 23.1% from 11.6%.",
        True,
        [("percent", 27.9, "%", None), ("year", 2009, None, None), ("percent", 23.1, "%", None), ("percent", 11.6, "%", None)],
        None,
    ),
    (
        "en",
        "Prime Minister Sindre Halvorsrud said Labour would seek to govern alone, relying on support from four smaller parties in parliament.",
        True,
        [("count", 4, None, None)],
        "Sindre Halvorsrud",
    ),
    (
        "en",
        "\"Norway chose security in uncertain times,\" Halvorsrud said at an election party in Oslo.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Conservatives slumped to 14.6%, down 5.8 points, and their leader, Ingrid Solhaug-Berntsen, said she would step down at a party congress in the spring.",
        True,
        [("percent", 14.6, "%", None), ("percent", 5.8, "pp", None)],
        None,
    ),
    (
        "en",
        "Solhaug-Berntsen called the outcome \"a defeat we must learn from.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Turnout was 79.3%, according to the Norwegian Directorate of Elections.",
        True,
        [("percent", 79.3, "%", None)],
        "the Norwegian Directorate of Elections",
    ),
    (
        "en",
        "The Green Party fell just short of the 4% threshold for levelling seats, with 3.96%.",
        True,
        [("percent", 4, "%", None), ("percent", 3.96, "%", None)],
        None,
    ),
    (
        "en",
        "Labour's bloc partners, the Socialist Left and the Centre Party, won 13 and 9 seats respectively.",
        True,
        [("count", 13, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Business leaders in Oslo said they hoped for more predictability on taxes.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The new parliament will meet for the first time on Oct 1.",
        True,
        [("ordinal", 1, None, None), ("date", "--10-01", None, None)],
        None,
    ),
    # --- Colombia: first round (AFP), May ---
    (
        "en",
        "BOGOTA (AFP) - Left-wing senator Mariana Ocampo Reyes and right-wing lawyer Andrés Felipe Garzón will face each other in a presidential run-off on June 21 after neither won more than half of the vote in Sunday's first round.",
        True,
        [("date", "--06-21", None, None), ("fraction", 0.5, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "With 99.6% of polling stations counted, Ocampo had 38.4% and Garzón 31.2%, the national registrar's office said.",
        True,
        [("percent", 99.6, "%", None), ("percent", 38.4, "%", None), ("percent", 31.2, "%", None)],
        None,
    ),
    (
        "en",
        "A centrist former mayor of Medellín came third with 14.7%.",
        True,
        [("ordinal", 3, None, None), ("percent", 14.7, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout was 54.8% of 40.9 million eligible voters.",
        True,
        [("percent", 54.8, "%", None), ("count", 40900000, None, None)],
        None,
    ),
    (
        "en",
        "\"Colombia has woken up, and it will not go back to sleep,\" Ocampo told supporters in Bogotá.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Garzón said his rival stood for \"chaos\" and promised voters \"order with a heart.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Garzón said he would meet the third-placed candidate on Tuesday to seek his endorsement.",
        True,
        [("ordinal", 3, None, None)],
        "Garzón",
    ),
    (
        "en",
        "Under Colombia's constitution, a candidate needs more than 50% of valid votes to win outright in the first round.",
        True,
        [("percent", 50, "%", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "European Union observers said 62 of their 112 monitors had reported no serious irregularities.",
        True,
        [("count", 62, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "en",
        "Many voters in the capital said they were tired of both traditional parties and unsure whom to back in the run-off.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The peso gained 1.4% against the dollar on Monday.",
        True,
        [("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Ocampo, 52, would be Colombia's first female president if she wins.",
        True,
        [("duration", 52, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Frankreich: Kommunalwahlen, Stichwahl in Paris (AFP) ---
    (
        "de",
        "Paris (AFP) - Bei der Stichwahl um das Pariser Rathaus hat die Sozialistin Élise Marchandeau mit 48,7 Prozent der Stimmen gewonnen.",
        True,
        [("percent", 48.7, "%", None)],
        None,
    ),
    (
        "de",
        "Ihr konservativer Rivale Antoine Delabarre kam im zweiten Wahlgang auf 39,2 Prozent, der Kandidat des RN auf 12,1 Prozent.",
        True,
        [("ordinal", 2, None, None), ("percent", 39.2, "%", None), ("percent", 12.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Linksliste stellt damit 97 der 163 Mitglieder des Stadtrats.",
        True,
        [("count", 97, None, None), ("count", 163, None, None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag landesweit bei rund 58 Prozent und damit gut elf Prozentpunkte höher als bei den Pandemie-Wahlen 2020.",
        True,
        [("percent", 58, "%", "about"), ("percent", 11, "pp", "over"), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Marchandeau sagte, sie werde in ihren ersten 100 Tagen einen Plan für bezahlbaren Wohnraum vorlegen.",
        True,
        [("ordinal", 1, None, None), ("duration", 100, "day", None)],
        "Marchandeau",
    ),
    (
        "de",
        "„Paris bleibt eine offene, solidarische und grüne Stadt“, sagte Marchandeau vor dem Rathaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Delabarre warf der Siegerin vor, die Stadt „in den Ruin“ zu führen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Marseille gewann nach Angaben des Innenministeriums ein Bündnis aus Linken und Grünen mit einem Vorsprung von nur 2.314 Stimmen.",
        True,
        [("count", 2314, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Das Rassemblement National gewann landesweit die Rathäuser in 38 Städten mit mehr als 9.000 Einwohnern, teilte die Partei mit.",
        True,
        [("count", 38, None, None), ("count", 9000, None, "over")],
        None,
    ),
    (
        "de",
        "Ob die Ergebnisse ein Vorzeichen für die Präsidentschaftswahl im kommenden Jahr sind, ist unter Politologen umstritten.",
        False,
        [],
        None,
    ),
    # --- Nevada: governor's race recount (AP), November ---
    (
        "en",
        "CARSON CITY, Nev. (AP) — Nevada will hold a recount in the governor's race after the Republican challenger finished 912 votes behind the Democratic incumbent out of more than 1.1 million ballots cast.",
        True,
        [("count", 912, None, None), ("count", 1100000, None, "over")],
        None,
    ),
    (
        "en",
        "State law allows a losing candidate to request a recount within three business days of the canvass, but the candidate must pay its estimated cost up front.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The secretary of state's office put that cost at about $640,000.",
        True,
        [("money", 640000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Republican Clay Whitcombe said Tuesday he had filed the request and paid the fee.",
        True,
        [],
        "Clay Whitcombe",
    ),
    (
        "en",
        "\"Every legal vote deserves to be counted, and every illegal vote deserves to be thrown out,\" Whitcombe said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Gov. Renata Olguín won 49.86% of the vote to Whitcombe's 49.78%, with minor candidates splitting the rest, according to certified results.",
        True,
        [("percent", 49.86, "%", None), ("percent", 49.78, "%", None)],
        None,
    ),
    (
        "en",
        "The recount in all 17 counties is expected to take about three weeks.",
        True,
        [("count", 17, None, None), ("duration", 3, "week", "about")],
        None,
    ),
    (
        "en",
        "Clark County, home to Las Vegas, accounts for more than two-thirds of the state's voters.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "en",
        "Olguín called the recount request \"a costly delay\" but said she respected the process.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Election officials said a 2016 recount of a state Senate race in Washoe County had moved the margin by just six votes.",
        True,
        [("year", 2016, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "About 8,300 mail ballots that arrived after Election Day but were postmarked in time were included in the count, county officials said.",
        True,
        [("count", 8300, None, "about")],
        None,
    ),
    (
        "en",
        "The Associated Press has not called the race and will not do so until the recount is complete.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It is unclear whether the legislature will change the recount rules before the next election.",
        False,
        [],
        None,
    ),
    # --- Bulgarien: Parlamentswahl (APA) ---
    (
        "de",
        "Sofia (APA) - Bei der achten Parlamentswahl binnen fünf Jahren hat die konservative GERB in Bulgarien 26,4 Prozent der Stimmen erhalten.",
        True,
        [("ordinal", 8, None, None), ("duration", 5, "year", None), ("percent", 26.4, "%", None)],
        None,
    ),
    (
        "de",
        "Das reicht nach Angaben der Zentralen Wahlkommission für 68 der 240 Sitze.",
        True,
        [("count", 68, None, None), ("count", 240, None, None)],
        "die Zentrale Wahlkommission",
    ),
    (
        "de",
        "Nur 33,8 Prozent gingen wählen, der tiefste Wert seit der Wende von 1989.",
        True,
        [("percent", 33.8, "%", None), ("year", 1989, None, None)],
        None,
    ),
    (
        "de",
        "Neun Parteien überwanden die Vier-Prozent-Hürde, so viele wie nie zuvor.",
        True,
        [("count", 9, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Für eine Regierungsmehrheit sind 121 Stimmen nötig, GERB bräuchte also mindestens zwei Partner.",
        True,
        [("count", 121, None, None), ("count", 2, None, "at_least")],
        None,
    ),
    (
        "de",
        "GERB-Chef Dimitar Kostadinov-Rusev sagte, er werde allen proeuropäischen Parteien Gespräche anbieten.",
        True,
        [],
        "Dimitar Kostadinov-Rusev",
    ),
    (
        "de",
        "Kostadinov-Rusev sagte, Bulgarien brauche „endlich Stabilität statt ewiger Neuwahlen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Staatschef muss das neue Parlament binnen eines Monats nach der Wahl einberufen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Viele Bulgaren zeigten sich auf den Straßen Sofias wahlmüde und enttäuscht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach der vorigen Wahl hatte es fast drei Monate gedauert, bis eine Regierung stand.",
        True,
        [("duration", 3, "month", "nearly")],
        None,
    ),
    # --- India: Bihar assembly election (Reuters), November ---
    (
        "en",
        "NEW DELHI, Nov 14 (Reuters) - The alliance that governs India at national level secured a two-thirds majority in the eastern state of Bihar, taking 162 of the 243 seats in the state assembly, the Election Commission said.",
        True,
        [("date", "--11-14", None, None), ("fraction", 0.6667, None, None), ("count", 162, None, None), ("count", 243, None, None)],
        None,
    ),
    (
        "en",
        "The opposition alliance won 71 seats, and smaller parties and independents the remaining 10.",
        True,
        [("count", 71, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Turnout of 66.9% was a record for Bihar since 1951, according to the Election Commission.",
        True,
        [("percent", 66.9, "%", None), ("year", 1951, None, None)],
        "the Election Commission",
    ),
    (
        "en",
        "Women voted at a higher rate than men, 71.3% against 62.9%.",
        True,
        [("percent", 71.3, "%", None), ("percent", 62.9, "%", None)],
        None,
    ),
    (
        "en",
        "Counting of more than 50 million votes cast on electronic voting machines was completed within about 14 hours.",
        True,
        [("count", 50000000, None, "over"), ("duration", 14, "hour", "about")],
        None,
    ),
    (
        "en",
        "The alliance's state leader hailed the result as \"a vote for development and good governance.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition leader Anirudh Prasad Sinha alleged that voting machines had been tampered with but offered no evidence.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The commission said it had received 1,342 complaints during the two-phase vote and upheld 97 of them.",
        True,
        [("count", 1342, None, None), ("count", 2, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "en",
        "The state's new chief minister will be sworn in on Nov 20.",
        True,
        [("date", "--11-20", None, None)],
        None,
    ),
    # --- Chile: presidential run-off (Reuters), December ---
    (
        "en",
        "SANTIAGO, Dec 14 (Reuters) - Conservative Tomás Irarrázaval won Chile's presidential run-off on Sunday with 56.1% of the vote, defeating leftist former minister Javiera Quilodrán, official results with 98.7% of ballots counted showed.",
        True,
        [("date", "--12-14", None, None), ("percent", 56.1, "%", None), ("percent", 98.7, "%", None)],
        None,
    ),
    (
        "en",
        "Quilodrán, who won the first round four weeks ago, took 43.9%.",
        True,
        [("ordinal", 1, None, None), ("duration", 4, "week", None), ("percent", 43.9, "%", None)],
        None,
    ),
    (
        "en",
        "Voting was compulsory for the second time since 2012, and turnout reached 85.2% of 15.7 million registered voters, the electoral service Servel said.",
        True,
        [("ordinal", 2, None, None), ("year", 2012, None, None), ("percent", 85.2, "%", None), ("count", 15700000, None, None)],
        None,
    ),
    (
        "en",
        "Irarrázaval, 59, is due to be inaugurated on March 11 and will serve a four-year term; he is barred from seeking immediate re-election.",
        True,
        [("duration", 59, "year", None), ("date", "--03-11", None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "\"Chile has chosen order, and I will govern for every Chilean,\" Irarrázaval told supporters in Santiago.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Irarrázaval said he would cut the corporate tax rate to 23% from 27% in his first year.",
        True,
        [("percent", 23, "%", None), ("percent", 27, "%", None), ("ordinal", 1, None, None)],
        "Irarrázaval",
    ),
    (
        "en",
        "Quilodrán conceded about an hour after polls closed and said she had called Irarrázaval to congratulate him.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Quilodrán said the left would be \"a firm but responsible opposition.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "Irarrázaval's coalition holds 76 of the 155 seats in the Chamber of Deputies, two short of a majority.",
        True,
        [("count", 76, None, None), ("count", 155, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The peso strengthened about 1.8% on Monday, and Santiago's main stock index rose 3.2%.",
        True,
        [("percent", 1.8, "%", "about"), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Investors welcomed the result, an economist at a Santiago brokerage said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Irarrázaval won in 14 of Chile's 16 regions.",
        True,
        [("count", 14, None, None), ("count", 16, None, None)],
        None,
    ),
]
