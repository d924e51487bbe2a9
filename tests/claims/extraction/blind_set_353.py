"""Three-hundred-and-fifty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and all figures are made up
(Catriona Lennox-Baird, Alasdair Kinnear, Morag Dunbeath, Gregor Haldane, Iain Corstorphine,
Hamish Ogilvie, Kirsty Maxwell-Hope, Callum Niven, Gordon Laidlaw, Ailsa Mackendrick,
Douglas Rennie, Fiona Abernethy, Ewan Gilfeather; Marcel Hürzeler, Lea Tschudin, Lukas
Golay, Fabian Wyss-Ammann, Ruedi Wettach, Regula Egli-Bosshard, Sibylle Marti, Ursula Kämpf,
Beat Ruflin, Pascal Meierhans, Christian Haberleitner, Paul Werlen, Martina
Zurbriggen-Imhof, Urs Gisiger, Stefan Bühlhof, Claudia Rentsch, Elisabeth Gubelmann, Thomas
Aebli-Zaugg, Andreas Brügger; every unnamed activist, spokesman, spokeswoman, analyst,
strategist, campaigner, party member, ally, political scientist, observer and returning
officer); heads of government, party leaders, ministers and officers of real parliaments,
governments and parties appear under made-up names that stand for no real holder ("First
Minister", "Presiding Officer", "Scottish Labour leader", "SVP president", „SVP-Präsident“,
„Grünen-Präsidentin“, „Verteidigungsminister“, „Bundesrätin“, "Defence Minister",
„FPÖ-Generalsekretär“), or by their role only ("the prime minister", „Der Zürcher
SVP-Präsident“, "a Social Democrat spokeswoman", "the returning officer"). Real states,
regions, constituencies, parties, bodies, pollsters, broadcasters, courts, indices, venues
and places (the Scottish National Party, SNP, Scottish Labour, the Scottish Conservatives,
Reform UK, the Scottish Greens, the Liberal Democrats, Holyrood, the Scottish Parliament,
the Electoral Commission, the Electoral Management Board, Ipsos, STV News, the U.K. Supreme
Court, the Highlands and Islands, Barra, the North East region, Aberdeenshire West, Glasgow
Provan, Eastwood, Edinburgh Southern, Glasgow Southside, Dumfriesshire, the Emirates Arena,
Leith; SVP, SP, FDP, Mitte, Grüne, GLP, the Swiss People's Party, the Social Democrats, the
Liberals, the Centre party, the Green Party, the Green Liberals, gfs.bern, SRG, Schweizer
Fernsehen, Bundesamt für Statistik, Federal Statistical Office, Bundeskanzlei, Federal
Chancellery, Eidgenössische Finanzkontrolle, Swiss Federal Audit Office, Staatskanzlei,
Statistisches Amt, Nationalrat, National Council, Ständerat, Council of States, Bundesrat,
Federal Council, Vereinigte Bundesversammlung, United Federal Assembly, SMI, FPÖ, the
cantons of Zürich, Bern, Aargau and Wallis, and the datelines' cities) stand for the way
wire copy names them; every share, seat, swing, turnout, projection, poll, margin, tally,
vote, deposit count, sum, exchange rate, age, date, finding, label and quote here is
invented, no such vote or count took place with these results, and where a real figure came
to mind it was changed (the sizes of parliaments, chambers, councils and electorates'
divisions and the majorities they need, and the rules and years that frame them, kept:
Holyrood's 129 seats, 73 constituencies, 56 list seats, eight regions and 65 for a majority,
the £500 deposit and its 5% threshold, votes at 16 and for foreign nationals with leave to
remain, the 28 days to choose a first minister, the Presiding Officer's casting vote, the
years of the 2014 referendum, of the 2022 Supreme Court ruling, of devolution in 1999 and of
the 2021-2024 cooperation agreement; the National Council's 200 and the Council of States'
46 seats, Zurich's 36 National Council seats, the 26 cantons, the seven-member Federal
Council, the United Federal Assembly's 246 members, 1919 for proportional voting, 1959 for
the four-party cabinet, the absolute majority in a first and the relative majority in a
second round, the media's ten-day poll blackout and the December election of the Federal
Council).

Its weight: ELECTION NIGHTS AND RESULTS, fourth round (the forty-first, hundred-third,
two-hundred-and-fifth and two-hundred-and-eighty-seventh batches weighed election nights,
results and elections abroad, the hundred-twentieth, hundred-thirty-fourth and
hundred-seventy-second elections and polls, the two-hundred-and-thirty-fifth elections
abroad and the two-hundred-and-seventy-fourth local and regional elections; their decisions
are kept) - over one regional and one national election in story order, Thursday May 7 to
Wednesday December 9 of one year, as 31 short stories with the English and German ones
interleaved by date, each told as wire copy runs it (a dateline lead on the night, shares
and seats, turnout, swings, the arithmetic of majorities, the winners' and losers' lines,
counts and recounts, then talks, run-offs and the vote in parliament that follows). The
regional election: the Scottish Parliament election, in English from Reuters (dated
datelines), PA ("EDINBURGH (PA) -": MSPs, list seats, deposits, a recount in Dumfriesshire,
the new parliament's make-up and its Presiding Officer chosen over three rounds) and AP (the
independence angle), and in German from dpa (the eve of the vote, the result, the talks with
the Greens, the first minister's re-election). The national election: the Swiss federal
election, in German from Keystone-SDA (Swiss "büssen", "grosse Kammer", "Stimmbeteiligung",
"Kandidierende", "das absolute Mehr", "das relative Mehr", "Ausmarchung", "Zweierticket",
"Zauberformel", "191'254", «» quotes: the gfs.bern projection on the Sunday, the canton of
Zurich, the provisional final result, the first round of the Council of States, the
post-election survey, the run-offs in Zurich and ten other cantons, the Centre party's
ticket and the election of the Federal Council), dpa and APA („“ quotes), and in English
from Reuters (the last poll, the projection, the franc and the cabinet arithmetic, the Green
leader's exit, the run-offs, the cabinet vote) and AP (the final results). Figures as such
copy has them: shares and turnout in percent, moves and swings in percentage points and
"points", a swing in "%", a projection's margin, seats as definite groups and compounds
("the 129-member chamber", „des siebenköpfigen Bundesrats“), votes in English and Swiss
grouping, rounds, counts and ranks as ordinals, ages, spans and deadlines, deposits,
campaign budgets and an exchange rate, years and dates. Negatives are about a fifth of the
rows, as such copy has them, none with a figure: victory and defeat lines, labels („sprach
von“, „nannte“, "called", "described ... as"), a congratulation, a vow, reported views and
verdicts („werteten ... als“, „halten ... für“, "Analysts said ..."), an accusation naming
no fact, an evasion and a refusal to name a timetable, a forecast without a figure,
election-night colour, a vox pop and open questions - each beside a check-worthy look-alike
from the same story or speaker.

242 rows (119 German, 123 English), 54 negatives (27 German, 27 English), 188 check-worthy
rows of which 14 carry no figure (9 German, 5 English), 363 expected quantities (186 counts,
64 percentages - 49 in %, 15 in percentage points "pp" -, 40 ordinals, 32 durations - 24 in
years, 5 in days, 2 in hours, 1 in months -, 21 dates, 12 years, 5 amounts of money - 4 CHF,
1 GBP -, 3 fractions; none of them in a negative), 36 checked speakers (17 German, 19
English). These counts were computed by a script over the list.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Results, projections, polls,
  surveys and counts are check-worthy with their figures, the speaker unchecked where
  results, a projection, a poll, a survey or disclosures are the source (forty-first,
  hundred-third, two-hundred-and-fifth, two-hundred-and-eighty-seventh). A quoted or
  reported evaluation, label, victory or defeat line, vow, congratulation, view, verdict,
  accusation naming no fact, evasion, forecast without a figure or open question is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-seventy-fourth,
  two-hundred-and-eighty-seventh). Pairs from one speaker: Lennox-Baird's talks, minority
  government, 52.3% and 100 days beside "put its trust in the SNP", „selbst entscheiden“,
  "deliver for every part of Scotland", „neuen Kapitel“ and the timetable she would not
  name; Kinnear's Glasgow votes beside "The tide has turned" and "a coalition of
  convenience"; Dunbeath's resignation and 12 seats beside "painful but deserved"; Haldane's
  190,000 list votes beside "shake Holyrood"; the returning officer's first count beside
  "deserve certainty"; Mackendrick's two posts and 84 percent beside „ohne rote Linien“;
  Rennie's 71 votes beside "fair to every member"; Hürzeler's third seat (German and
  English) and his 19 of 26 cantons beside «einen anderen Kurs», "a very clear message",
  „historischen Tag“ and "not a protest vote"; Tschudin's resignation and her successor's
  congress beside «Wir haben verloren», "less urgent" and «bitteren Herbst»; Golay's 42
  percent beside „hält ... für wahrscheinlich“; Marti's second round, her priority and her
  8% beside «eine Stimme ..., die zuhört» and "chosen fairness"; Rentsch's December 1 beside
  «ausgezeichneten Auswahl»; Zurbriggen-Imhof's January 1 (German and English) beside «mit
  Demut»; Brügger's «Bruch der Konkordanz» and "ignored" beside his party's failed bid, and
  his "would decide early next year whether to put up its own candidates" an evasion and a
  negative (two-hundred-and-seventy-sixth: "before deciding whether to appeal").
- Check-worthy without a figure (hundred-third, two-hundred-and-fifth,
  two-hundred-and-seventy-fourth, two-hundred-and-eighty-seventh): leads that report a vote
  held or a result („haben ... am Donnerstag ein neues Regionalparlament gewählt“,
  „gewonnen, die absolute Mehrheit aber klar verfehlt“, "remained the largest party ... but
  lost ground", „laut der Hochrechnung ... deutlich zugelegt“, „erneut zur Ersten Ministerin
  gewählt“, "won its biggest share of seats under proportional voting" - a claim of a
  measurable record, twenty-ninth), the count's timetable („Ausgezählt wird erst ab
  Freitagmorgen ...“ - two-hundred-and-seventy-fourth), talks announced ("would open talks
  with the Greens on Monday"), stated positions (a minority government leaning on the
  Greens, the Liberal Democrats' refusal, the SVP's claim to a third seat, "no coalition
  agreement binds them"), a resignation announced („werde ... nicht mehr ... kandidieren“)
  and a successor's congress, a concession („räumte ihre Niederlage am frühen Abend ein“), a
  new senator's priority („sich ... zuerst für tiefere Krankenkassenprämien einsetzen“ -
  „zuerst“ none), and rules of the system ("gives up party allegiance and votes only to
  break a tie"; two-hundred-and-fifth: "Under the province's constitution").
- Seats, majorities and votes are counts as written (forty-first, hundred-third,
  two-hundred-and-fifth, two-hundred-and-eighty-seventh): "58 of the 129 seats ..., seven
  short of a majority", „58 der 129 Sitze, acht weniger als ...“, "three more than the 65
  needed", "eight short of a majority in the 200-seat chamber", „eine Mehrheit von sieben
  Stimmen“, "the 129-member chamber", "the 200-member lower house", "the 200-member National
  Council", "the 46-seat Council of States", "the seven-member government" and "the
  seven-member Federal Council", „des siebenköpfigen Bundesrats“ (two-hundred-and-fifth:
  "40-member"; two-hundred-and-seventy-fourth: „siebenköpfigen“), "All 11" ("All" none), "at
  least one seat in seven of Scotland's eight electoral regions" 1 "at_least", 7 and 8
  (two-hundred-and-seventy-fourth: "at least one partner"), "a further 10 seats" ("a
  further" no hedge), "lost four others", "by 312 votes", "by just 37 votes" ("just" no
  hedge), "an SNP majority of 1,846", "one of Zurich's two seats" 2 only ("one of" a
  pronoun, forty-first: „einer der zwei“), "and the Centre party one", „die GLP auf einen“
  and „einem für die Mitte“ 1 - a number word standing for a seat in a list of seat figures
  (hundred-seventy-second: "the Greens on one"; two-hundred-and-seventy-fourth: „sowie einem
  der GLP“), „je zwei“ and "each hold two" („je“ and "each" no hedge), „Die übrigen sechs
  Sitze“ (two-hundred-and-thirty-fifth), „keiner der sieben Kandidierenden“ 7
  (hundred-seventy-second), „das absolute Mehr von 191'254 Stimmen“ and „von 121 Stimmen“
  counts while „das absolute Mehr“ and „das relative Mehr“ alone carry none
  (two-hundred-and-fifth), the Swiss apostrophe („191'254“, „4'300“, „1'187“, „11'942“;
  tenth), "after three rounds of voting" 3 (two-hundred-and-thirty-fifth: "three rounds of
  ranked-choice tabulation"), "67 votes to 29 ... and 17 ..., with 15 abstentions", „mit 211
  von 238 gültigen Stimmen“, „mit 26 von 45 Stimmen“, „ein Zweierticket“ 2
  (two-hundred-and-thirty-eighth), „auf mehr als 76 Stimmen“ "over" and "no more than 76
  votes" "at_most" (two-hundred-and-fifth), "more than one candidate" 1 "over"
  (hundred-twentieth: "more than one procedure"), "The two parties" 2, "the three
  centre-right parties" 3 and "the four largest parties" 4 (definite groups, forty-first,
  hundred-third), "246 members from both chambers" ("both" none), "in 19 of the 26 cantons",
  "Forty-one MSPs ..., 11 of them", „Gewählt wurden 14 Frauen und 22 Männer“, "Thirty-one
  constituency candidates", "About 4.4 million people" and „Rund 4,4 Millionen Menschen“
  "about", "About 5.7 million ..., including about 230,000" (each figure its own hedge),
  "Some 212 ballot papers" "about", "more than 190,000 list votes" "over". None: "absolute
  majority", „absolute Mehrheit“, "the largest party", "the largest group", „stärkste
  Fraktion“, "the most votes", "majority", "constituency vote", "regional list", "d'Hondt",
  „Zauberformel“, "Presiding Officer", „Bundesrat“.
- Shares, turnout, swings and margins (every election batch): percentages as written („29,4
  Prozent Wähleranteil“, "58.9%, down from 61.7%", "ranged from 47.3% ... to 71.8%" and "at
  between 46% and 49%" both figures with no hedge, "Only 46.8%" - "Only" no hedge -, „bei
  rund 47 Prozent“ and „bei etwa 34 Prozent“ "about", „im Schnitt bei 41,3 Prozent“ no
  hedge), the unit written once serving the earlier figure („die Mitte kommt auf 14,1 und
  die FDP auf 13,6 Prozent“, „von 39,5 auf 36,5 Prozent“, „von 32,6 auf 37 Prozent“;
  forty-sixth, two-hundred-and-fifth), "less than 5% of the vote" 5 "under" (hundred-third),
  "or 47%"; moves, leads and swings in points are percentage points "pp" ("gained 4.9
  points", "losing 2.9 points", "up 1.8 percentage points", "fell 6.2 percentage points",
  „ein Plus von 1,8 Prozentpunkten“, „büssen ... 2,5 Prozentpunkte ein“, „ein Plus von
  sieben Prozentpunkten“, „gut elf Prozentpunkte vor“ and „gut sechs Prozentpunkte tiefer
  als“ 11 and 6 "over", "The swing from the SNP to Labour was 6.4 percentage points" -
  hundred-third: "The swing from Labour to Reform was 17.2 percentage points"), margins of
  error with no hedge („plus/minus 0,8 Prozentpunkte“, "a margin of error of 1.2 percentage
  points"; two-hundred-and-fifth, three-hundredth). New: "A 5.1% swing from the SNP to
  Labour" is 5.1 in "%" - the sign written after the figure gives its unit, as "4,7 Prozent"
  is a percentage (the issue), and the psephologists' habit of measuring a swing in points
  does not change what the copy wrote, while a swing written in points stays "pp".
- Fractions (the issue; forty-first, two-hundred-and-seventy-fourth): "About a quarter of
  all ballots" 0.25 "about", „Gut jeder vierte Grünen-Wähler“ 0.25 "over" („Gut jeder dritte
  Wähler“), „weniger als die Hälfte“ 0.5 "under".
- Ordinals (the issue; forty-first, hundred-third, two-hundred-and-seventy-fourth,
  two-hundred-and-eighty-seventh): "finished second" and "came second" 2, "was eliminated in
  the second" 2 with the noun left out (hundred-third: "came fourth with 9.6%"),
  „zweitstärkste Kraft“ and „auf Platz zwei“ 2, „auf dem dritten Platz“ 3, "for the first
  time" 1 (four times, once "since 2007" with the year), "The first count" 1 and "a second
  recount" 2 (two-hundred-and-seventy-fourth), "in the first round", „im ersten Wahlgang“
  and „nach dem ersten Wahlgang“ 1, "in the second round", „im zweiten Wahlgang“, „zu einem
  zweiten Wahlgang“ and „Nach den zweiten Wahlgängen“ 2 (two-hundred-and-eighty-seventh: „in
  zweiten Wahlgängen“), „Den zweiten Zürcher Sitz“, „den zweiten Sitz der FDP“ and „den
  zweiten FDP-Sitz“ 2, "a third seat", „einen dritten Sitz“ and „einen dritten
  Bundesratssitz“ 3 (two-hundred-and-eighty-seventh), "a second independence referendum" and
  „ein zweites Unabhängigkeitsreferendum“ 2, "within its first 100 days" 1 and 100 days
  (two-hundred-and-eighty-seventh: „in ihren ersten 100 Tagen“), „im dritten Durchgang“ 3
  and „im ersten Durchgang“ 1 (two-hundred-and-seventy-fourth), „die erste Walliserin“ 1
  (hundred-third: "the first woman"). None: "final", "last", "the largest", "the highest
  share", "the youngest", "the oldest", „erstmals“, „zuerst“, „das wichtigste Thema“, „Am
  besten“, „Das schlechteste“. New: "First Minister", "as first minister" and „zur Ersten
  Ministerin“ carry no ordinal - the title names an office, as "first-preference votes" and
  "Zweitstimmen" name a kind of vote (forty-first), and numbers nothing in a series, unlike
  the numbered names that keep their ordinal ("the Fifth Republic", „in der Zweiten Kammer“;
  two-hundred-and-thirty-fifth), where a Fourth Republic and a First Chamber exist beside
  them.
- Durations and ages (the issue; every batch): "five years ago" and „vor fünf Jahren“ 5
  years, "four years ago", „vor vier Jahren“, „als vor vier Jahren“ and "from the last
  election four years ago" 4 years, „vor gut zwei Jahren“ 2 years "over"
  (two-hundred-and-fifth: „Gut 13 Monate vor“), „Drei Tage nach der Wahl“ 3 days
  (two-hundred-and-seventy-fourth), „binnen 28 Tagen“ and „binnen 100 Tagen“ with no hedge,
  "after 18 months", "by about three hours" 3 hours "about", "almost four hours" 4 hours
  "nearly" (hundred-first: "almost five hours"), "in the final 10 days" 10 days ("final"
  none), „nach sechs Jahren im Amt“ 6 years; ages in years: "16- and 17-year-olds" 16 and 17
  (hundred-fifty-first), „bereits 16-Jährige“, „der 18- bis 24-Jährigen“ 18 and 24
  (two-hundred-and-seventy-fourth: „Bei den 25- bis 34-Jährigen“), "22-year-old", "is 77"
  (three-hundred-and-first: "is 102"), "Lennox-Baird, 49,", "Lea Tschudin, 39,", "Sibylle
  Marti, 44,", "Zurbriggen-Imhof, 52,", „Die 52-Jährige“. New: „nach anderthalb Jahren“ is
  1.5 years - „anderthalb“ is the other German word for one and a half, read as „eineinhalb
  Wochen“ 1.5 weeks (two-hundred-and-seventy-fourth) and „nach eineinhalb Stunden“ 1.5 hours
  (fifteenth). None: "within a week" (the article, two-hundred-and-seventy-fourth: "einen
  Tag länger"), "next spring", "next year", "annually", „im Frühling“, „Ende Oktober“, „Ende
  Jahr“, „seit Jahrzehnten“, „am Wahlabend“, „am frühen Abend“, „am Nachmittag“, "early on
  Saturday", "on Friday morning", "Friday afternoon", "10 p.m." (sixteenth), weekdays and
  months.
- Money in the currency written (every batch): "their £500 deposits" GBP (hundred-third:
  "their £500 deposit"), „rund 4,6 Millionen Franken“ CHF "about" and „2,9 Millionen
  Franken“ CHF, "about 4.6 million Swiss francs" CHF "about", "trading at 0.9312 per euro"
  after "The Swiss franc" CHF (three-hundred-and-twenty-fourth: "10.94 per euro" after "The
  crown" SEK).
- Years and dates: "since devolution in 1999", "since 2007", "since 2011", "in a 2014
  referendum", „Beim Referendum 2014“, "ruled in 2022", "since 2023", "from 2021 until ...
  in 2024", "since 2022", "since 1959", „seit Einführung des Proporzwahlrechts 1919“ years
  (two-hundred-and-forty-fourth: a year after a law's name); Reuters datelines with a day
  ("EDINBURGH, May 7 (Reuters)", "EDINBURGH, May 8", "EDINBURGH, May 14", "ZURICH, Oct 7",
  "ZURICH, Oct 18", "ZURICH, Oct 19", "ZURICH, Oct 21", "ZURICH, Nov 8", "BERN, Dec 9")
  dates without a year, and so are "the Oct 18 election" (twice), "on Oct 18", "from Sept 24
  to Oct 2" (two dates), "on Jan. 1", „am 8. November“, „am 9. Dezember“, „am 1. Dezember“,
  „am 1. Januar“ and „vom 16. bis 19. Oktober“ (two dates, the month written once serving
  the first day; hundred-fourteenth); dpa, APA, Keystone-SDA, PA ("EDINBURGH (PA) -",
  "GLASGOW (PA) -", "DUMFRIES (PA) -") and AP ("EDINBURGH, Scotland (AP) —", "GENEVA (AP)
  —") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "About", "about", "Some" "about";
  „knapp“, "almost" "nearly"; „gut“, „Gut“, "more than" "over"; "less than" and „weniger
  als“ right before a figure or a share "under"; "at least" "at_least"; "no more than"
  "at_most". No hedge: "just", "only", "Only", "All", "a further", "Together", "Combined",
  "each", „je“, „erst“, „bereits“, „insgesamt“, „übrigen“, „im Schnitt“, „binnen“, "within",
  "between", "ranged from ... to", „bis“ and "to" between two dates, „plus/minus“; "more
  than" before "the" in "more than the Liberal Democrats and the Greens combined" hedges no
  figure.
- Speakers, checked only in forms the earlier batches settled: „teilte die Wahlbehörde mit“
  -> "die Wahlbehörde" (two-hundred-and-eighty-seventh), „teilte das Statistische Amt mit“
  -> "das Statistische Amt" (the capitalised adjective in the nominative,
  two-hundred-and-seventy-fourth: „das Statistische Landesamt“), „teilte die Staatskanzlei
  mit“ -> "die Staatskanzlei" and „teilte die Bundeskanzlei mit“ -> "die Bundeskanzlei"
  (hundred-third, two-hundred-and-seventy-fourth); „nach Angaben des Bundesamts für
  Statistik“ -> "das Bundesamt für Statistik" and „nach Angaben der Eidgenössischen
  Finanzkontrolle“ -> "die Eidgenössische Finanzkontrolle" (the genitive turned into the
  nominative; two-hundred-and-eighty-seventh: "die Zentrale Wahlkommission");
  „Grünen-Co-Chefin Ailsa Mackendrick sagte“, „Grünen-Präsidentin Lea Tschudin sagte“,
  „Studienleiter Lukas Golay sagte“, „SP-Co-Präsident Fabian Wyss-Ammann sagte“ and
  „Fraktionschefin Claudia Rentsch sagte“ the name with the title dropped, „SVP-Präsident
  Marcel Hürzeler sagte im Schweizer Fernsehen“ the name (two-hundred-and-fifth: "Aschauer
  sagte im ORF"); „Lennox-Baird sagte“, „Mackendrick sagte“, „Marti sagte“ (twice) and
  „Zurbriggen-Imhof sagte“ opening the row as written. English: "the Electoral Commission
  said" and "the Federal Chancellery said" (hundred-third, two-hundred-and-thirty-eighth),
  "according to the Electoral Commission" and "according to the Federal Statistical Office"
  with the article (hundred-seventy-second, two-hundred-and-eighty-seventh), "according to
  figures from the Electoral Management Board" -> "the Electoral Management Board"
  (two-hundred-and-seventy-fourth: "according to initial figures from the Electoral
  Commission"), "the returning officer said" (two-hundred-and-eighty-seventh); "Scottish
  Labour leader Alasdair Kinnear said", "Scottish Conservative leader Morag Dunbeath said",
  "Reform UK Scotland leader Gregor Haldane said", "Liberal Democrat leader Iain
  Corstorphine said" the name with the role dropped, "SVP president Marcel Hürzeler told
  reporters" the name; "Lennox-Baird said" (twice), "Lennox-Baird told reporters",
  "Maxwell-Hope said", "Hürzeler told reporters in Bern", "Tschudin said", "Marti told
  reporters" and "Zurbriggen-Imhof said" as written (two-hundred-and-fourth: "told
  reporters" names the speaker). Left unchecked (None): results, projections, polls, surveys
  and disclosures as sources ("final results showed", "projections for public broadcaster
  SRG showed", "the last poll before the vote showed", "A final poll by Ipsos for STV News",
  „Nach dem amtlichen Endergebnis“, „laut der Hochrechnung von gfs.bern“, „Laut der
  Nachwahlbefragung von gfs.bern“, "according to disclosures published by the Swiss Federal
  Audit Office"), „laut gfs.bern“ before a turnout estimate (a projection's author as its
  source, left unchecked as the hundred-third left "laut der ersten Hochrechnung"),
  „kündigte an“ (no verb of saying, two-hundred-and-fifth), "Lennox-Baird, 49, has led ..."
  (no verb of saying), rows without attribution and all negatives, also those with a named
  speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_353 = [
    # --- Scotland goes to the polls (Reuters), May 7 ---
    (
        "en",
        "EDINBURGH, May 7 (Reuters) - Polls closed at 10 p.m. on Thursday in the election to Scotland's devolved parliament, with most results not expected until Friday afternoon.",
        True,
        [("date", "--05-07", None, None)],
        None,
    ),
    (
        "en",
        "About 4.4 million people were registered to vote, including 16- and 17-year-olds and foreign nationals with the right to remain in Britain.",
        True,
        [("count", 4400000, None, "about"), ("duration", 16, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "Each voter has two votes, a constituency vote and a regional list vote.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "About a quarter of all ballots at the last Holyrood election were cast by post, the Electoral Commission said.",
        True,
        [("fraction", 0.25, None, "about")],
        "the Electoral Commission",
    ),
    (
        "en",
        "A final poll by Ipsos for STV News put the SNP on 34% of the constituency vote and Labour on 27%.",
        True,
        [("percent", 34, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        '"It feels closer than any Holyrood election I can remember," said an SNP activist handing out leaflets in Leith.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Counting begins on Friday morning, and the 56 regional list seats can only be allocated once all 73 constituency results are known.",
        True,
        [("count", 56, None, None), ("count", 73, None, None)],
        None,
    ),
    # --- Schottland wählt (dpa), 7. Mai ---
    (
        "de",
        "Edinburgh (dpa) - In Schottland haben die Bürgerinnen und Bürger am Donnerstag ein neues Regionalparlament gewählt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 4,4 Millionen Menschen waren zur Stimmabgabe aufgerufen, wählen durften bereits 16-Jährige.",
        True,
        [("count", 4400000, None, "about"), ("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "Zu vergeben sind 129 Sitze, 73 davon in Wahlkreisen und 56 über regionale Parteilisten.",
        True,
        [("count", 129, None, None), ("count", 73, None, None), ("count", 56, None, None)],
        None,
    ),
    (
        "de",
        "In den letzten Umfragen vor der Wahl lag die SNP von Regierungschefin Catriona Lennox-Baird bei etwa 34 Prozent, Labour bei 27 Prozent.",
        True,
        [("percent", 34, "%", "about"), ("percent", 27, "%", None)],
        None,
    ),
    ("de", "Ein Sieg der Nationalisten gilt als sicher, offen ist nur, wie deutlich er ausfällt.", False, [], None),
    (
        "de",
        "Ausgezählt wird erst ab Freitagmorgen, die meisten Ergebnisse werden am Nachmittag erwartet, teilte die Wahlbehörde mit.",
        True,
        [],
        "die Wahlbehörde",
    ),
    # --- SNP short of a majority (Reuters), May 8 ---
    (
        "en",
        "EDINBURGH, May 8 (Reuters) - The Scottish National Party won 58 of the 129 seats in Scotland's devolved parliament, seven short of a majority, final results showed on Friday.",
        True,
        [
            ("date", "--05-08", None, None),
            ("count", 58, None, None),
            ("count", 129, None, None),
            ("count", 7, None, None),
        ],
        None,
    ),
    (
        "en",
        "The SNP's share of the constituency vote fell to 38.2% from 46.1% five years ago, while Scottish Labour gained 4.9 points to 26.7%.",
        True,
        [
            ("percent", 38.2, "%", None),
            ("percent", 46.1, "%", None),
            ("duration", 5, "year", None),
            ("percent", 4.9, "pp", None),
            ("percent", 26.7, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The swing from the SNP to Labour was 6.4 percentage points, the largest at a Holyrood election since devolution in 1999.",
        True,
        [("percent", 6.4, "pp", None), ("year", 1999, None, None)],
        None,
    ),
    (
        "en",
        "Labour finished second with 24 seats, ahead of the Conservatives on 17 and Reform UK, which entered the parliament for the first time with 11 members.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 24, None, None),
            ("count", 17, None, None),
            ("ordinal", 1, None, None),
            ("count", 11, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Scottish Greens won 10 seats and the Liberal Democrats nine.",
        True,
        [("count", 10, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Together the SNP and the Greens hold 68 seats, three more than the 65 needed for a majority in the 129-member chamber.",
        True,
        [("count", 68, None, None), ("count", 3, None, None), ("count", 65, None, None), ("count", 129, None, None)],
        None,
    ),
    (
        "en",
        "Turnout was 58.9%, down from 61.7% at the previous election, according to the Electoral Commission.",
        True,
        [("percent", 58.9, "%", None), ("percent", 61.7, "%", None)],
        "the Electoral Commission",
    ),
    (
        "en",
        '"Scotland has once again put its trust in the SNP, and we will not let it down," First Minister Catriona Lennox-Baird told supporters at the count in Glasgow.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lennox-Baird said she would open talks with the Greens on Monday about renewing a formal cooperation agreement.",
        True,
        [],
        "Lennox-Baird",
    ),
    # --- Constituencies and lists (PA), May 8 ---
    (
        "en",
        "EDINBURGH (PA) - All 11 of Reform UK's new MSPs were elected from the regional lists, the party winning at least one seat in seven of Scotland's eight electoral regions.",
        True,
        [("count", 11, None, None), ("count", 1, None, "at_least"), ("count", 7, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "The SNP won 52 of the 73 constituencies but only six of the 56 list seats, as the d'Hondt formula offset most of its constituency gains.",
        True,
        [("count", 52, None, None), ("count", 73, None, None), ("count", 6, None, None), ("count", 56, None, None)],
        None,
    ),
    (
        "en",
        "Labour took 14 constituencies, most of them in Glasgow and the central belt, and a further 10 seats from the lists.",
        True,
        [("count", 14, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The Conservatives held five constituencies in the Borders and the north-east but lost four others, including Aberdeenshire West, where Hamish Ogilvie was defeated by 312 votes.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("count", 312, None, None)],
        None,
    ),
    ("en", 'Ogilvie described his defeat as "a hard night for a lot of good people".', False, [], None),
    (
        "en",
        "Turnout ranged from 47.3% in Glasgow Provan to 71.8% in Eastwood, according to figures from the Electoral Management Board.",
        True,
        [("percent", 47.3, "%", None), ("percent", 71.8, "%", None)],
        "the Electoral Management Board",
    ),
    (
        "en",
        "In Edinburgh Southern, the Liberal Democrats overturned an SNP majority of 1,846 to win by 2,209 votes.",
        True,
        [("count", 1846, None, None), ("count", 2209, None, None)],
        None,
    ),
    (
        "en",
        "Thirty-one constituency candidates lost their £500 deposits after winning less than 5% of the vote.",
        True,
        [("count", 31, None, None), ("money", 500, "GBP", None), ("percent", 5, "%", "under")],
        None,
    ),
    (
        "en",
        "In the Highlands and Islands, the count was held up by about three hours after ballot boxes from Barra arrived late because of fog.",
        True,
        [("duration", 3, "hour", "about")],
        None,
    ),
    (
        "en",
        "A 5.1% swing from the SNP to Labour in Glasgow Southside ended the nationalists' hold on a seat they had won at every election since 2011.",
        True,
        [("percent", 5.1, "%", None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Bleary-eyed count staff at the Emirates Arena cheered as the last ballot box was tipped onto the tables.",
        False,
        [],
        None,
    ),
    # --- SNP stärkste Kraft (dpa), 8. Mai ---
    (
        "de",
        "Edinburgh (dpa) - Die Schottische Nationalpartei SNP hat die Wahl zum Regionalparlament in Edinburgh gewonnen, die absolute Mehrheit aber klar verfehlt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach dem amtlichen Endergebnis kommt die Partei von Regierungschefin Catriona Lennox-Baird auf 58 der 129 Sitze, acht weniger als bei der Wahl vor fünf Jahren.",
        True,
        [
            ("count", 58, None, None),
            ("count", 129, None, None),
            ("count", 8, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    ("de", "Für eine eigene Mehrheit wären 65 Sitze nötig gewesen.", True, [("count", 65, None, None)], None),
    (
        "de",
        "Die schottische Labour-Partei legte um 4,9 Prozentpunkte zu und wurde mit 24 Sitzen zweitstärkste Kraft.",
        True,
        [("percent", 4.9, "pp", None), ("count", 24, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Rechtspopulisten von Reform UK ziehen mit elf Abgeordneten erstmals in das Parlament in Edinburgh ein.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Lennox-Baird sagte, sie wolle erneut eine Minderheitsregierung bilden und sich im Parlament auf die Grünen stützen.",
        True,
        [],
        "Lennox-Baird",
    ),
    (
        "de",
        "„Die Menschen in Schottland wollen über ihre Zukunft selbst entscheiden“, sagte Lennox-Baird vor Anhängern in Glasgow.",
        False,
        [],
        None,
    ),
    ("de", "Britische Medien werteten das Ergebnis als Dämpfer für die Unabhängigkeitsbewegung.", False, [], None),
    # --- Leaders react (PA), May 8 ---
    (
        "en",
        "GLASGOW (PA) - Scottish Labour leader Alasdair Kinnear said his party had won more votes in Glasgow than the SNP for the first time since 2007.",
        True,
        [("ordinal", 1, None, None), ("year", 2007, None, None)],
        "Alasdair Kinnear",
    ),
    ("en", '"The tide has turned in Scotland, and it is not going back," Kinnear said.', False, [], None),
    (
        "en",
        "Scottish Conservative leader Morag Dunbeath said she would resign once a successor had been chosen, after her party lost 12 seats.",
        True,
        [("count", 12, None, None)],
        "Morag Dunbeath",
    ),
    (
        "en",
        "The Conservatives' share of the regional list vote fell 6.2 percentage points to 15.4%.",
        True,
        [("percent", 6.2, "pp", None), ("percent", 15.4, "%", None)],
        None,
    ),
    ("en", 'Dunbeath called the result "painful but deserved".', False, [], None),
    (
        "en",
        "Reform UK Scotland leader Gregor Haldane said his party had won more than 190,000 list votes, more than the Liberal Democrats and the Greens combined.",
        True,
        [("count", 190000, None, "over")],
        "Gregor Haldane",
    ),
    ("en", 'Haldane promised to "shake Holyrood out of its comfort zone".', False, [], None),
    (
        "en",
        "Liberal Democrat leader Iain Corstorphine said his party's nine MSPs would not support an SNP government in any confidence vote.",
        True,
        [("count", 9, None, None)],
        "Iain Corstorphine",
    ),
    # --- Independence push set back (AP), May 8 ---
    (
        "en",
        "EDINBURGH, Scotland (AP) — Scotland's governing nationalists remained the largest party in the regional parliament on Friday but lost ground, complicating their push for a new referendum on independence.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Scots rejected independence in a 2014 referendum, and the British government has refused to allow another vote.",
        True,
        [("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "The U.K. Supreme Court ruled in 2022 that the Scottish Parliament cannot hold a referendum on independence without London's consent.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Lennox-Baird told reporters that pro-independence parties had won 52.3% of the list vote and that she would write to the prime minister within a week.",
        True,
        [("percent", 52.3, "%", None)],
        "Lennox-Baird",
    ),
    (
        "en",
        'A spokesman for the prime minister said people wanted both governments "to focus on the things that really matter".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Opinion polls before the election put support for independence at between 46% and 49%.",
        True,
        [("percent", 46, "%", None), ("percent", 49, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts said the nationalists' losses would make it harder to argue that Scots were demanding a new vote.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Lennox-Baird, 49, has led the SNP and the Scottish government since 2023.",
        True,
        [("duration", 49, "year", None), ("year", 2023, None, None)],
        None,
    ),
    # --- Recount in Dumfriesshire (PA), May 9 ---
    (
        "en",
        "DUMFRIES (PA) - A full recount in Dumfriesshire ended early on Saturday with the Conservatives holding the seat by just 37 votes.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "The first count had put the SNP candidate, Kirsty Maxwell-Hope, 11 votes ahead, the returning officer said.",
        True,
        [("ordinal", 1, None, None), ("count", 11, None, None)],
        "the returning officer",
    ),
    (
        "en",
        "Maxwell-Hope said she had asked for a second recount but the request was refused.",
        True,
        [("ordinal", 2, None, None)],
        "Maxwell-Hope",
    ),
    (
        "en",
        '"I know this is hard for the candidates, but the voters of Dumfriesshire deserve certainty," the returning officer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some 212 ballot papers were rejected, most of them because voters had marked more than one candidate.",
        True,
        [("count", 212, None, "about"), ("count", 1, None, "over")],
        None,
    ),
    (
        "en",
        "The recount took almost four hours, with 41,306 ballots checked by hand.",
        True,
        [("duration", 4, "hour", "nearly"), ("count", 41306, None, None)],
        None,
    ),
    # --- A new parliament (PA), May 10 ---
    (
        "en",
        "EDINBURGH (PA) - Women make up 61 of the 129 members of the new Scottish Parliament, or 47%, the highest share since devolution.",
        True,
        [("count", 61, None, None), ("count", 129, None, None), ("percent", 47, "%", None)],
        None,
    ),
    (
        "en",
        "Forty-one MSPs were elected for the first time, 11 of them for Reform UK.",
        True,
        [("count", 41, None, None), ("ordinal", 1, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The youngest member is 22-year-old Reform list MSP Callum Niven, elected in the North East region.",
        True,
        [("duration", 22, "year", None)],
        None,
    ),
    ("en", "The oldest, Conservative Gordon Laidlaw, is 77.", True, [("duration", 77, "year", None)], None),
    (
        "en",
        "Equality campaigners welcomed the figures but said the parliament still had some way to go.",
        False,
        [],
        None,
    ),
    (
        "en",
        "MSPs will gather for the first time on Tuesday to take the oath or affirm.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Gespräche mit den Grünen (dpa), 10. Mai ---
    (
        "de",
        "Edinburgh (dpa) - Drei Tage nach der Wahl in Schottland haben die SNP und die schottischen Grünen Gespräche über eine erneute Zusammenarbeit aufgenommen.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Beide Parteien kommen zusammen auf 68 der 129 Sitze und damit auf eine Mehrheit von sieben Stimmen.",
        True,
        [("count", 68, None, None), ("count", 129, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Grünen-Co-Chefin Ailsa Mackendrick sagte, ihre Partei wolle diesmal zwei Posten in der Regionalregierung.",
        True,
        [("count", 2, None, None)],
        "Ailsa Mackendrick",
    ),
    (
        "de",
        "„Wir gehen ohne rote Linien, aber mit klaren Erwartungen in diese Gespräche“, sagte Mackendrick.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen hatten die vorige Vereinbarung mit der SNP vor gut zwei Jahren im Streit über Klimaziele aufgekündigt.",
        True,
        [("duration", 2, "year", "over")],
        None,
    ),
    ("de", "Einen Zeitplan für die Gespräche wollte Lennox-Baird nicht nennen.", False, [], None),
    (
        "de",
        "Das Parlament muss binnen 28 Tagen nach der Wahl einen Regierungschef bestimmen, sonst kommt es zu einer Neuwahl.",
        True,
        [("duration", 28, "day", None)],
        None,
    ),
    ("de", "Beobachter in Edinburgh erwarten zähe Verhandlungen über die Klimapolitik.", False, [], None),
    # --- Presiding Officer elected (PA), May 12 ---
    (
        "en",
        "EDINBURGH (PA) - MSPs have chosen SNP veteran Douglas Rennie as Holyrood's Presiding Officer after three rounds of voting.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Rennie won 71 votes in the final round, against 57 for Conservative Fiona Abernethy.",
        True,
        [("count", 71, None, None), ("count", 57, None, None)],
        None,
    ),
    (
        "en",
        "Four candidates stood in the first round, and Labour's Ewan Gilfeather was eliminated in the second after winning 26 votes.",
        True,
        [("count", 4, None, None), ("ordinal", 1, None, None), ("ordinal", 2, None, None), ("count", 26, None, None)],
        None,
    ),
    ("en", "The Presiding Officer gives up party allegiance and votes only to break a tie.", True, [], None),
    (
        "en",
        "Rennie's election leaves the SNP with 57 voting members, and with the Greens' 10 the bloc can still count on 67 votes.",
        True,
        [("count", 57, None, None), ("count", 10, None, None), ("count", 67, None, None)],
        None,
    ),
    ("en", 'Rennie promised to be "fair to every member, whatever their party".', False, [], None),
    # --- Lennox-Baird re-elected (Reuters), May 14 ---
    (
        "en",
        "EDINBURGH, May 14 (Reuters) - Scotland's parliament re-elected Catriona Lennox-Baird as first minister on Thursday after her Scottish National Party agreed a cooperation deal with the Greens.",
        True,
        [("date", "--05-14", None, None)],
        None,
    ),
    (
        "en",
        "She won 67 votes to 29 for Labour's Alasdair Kinnear and 17 for Conservative Morag Dunbeath, with 15 abstentions.",
        True,
        [("count", 67, None, None), ("count", 29, None, None), ("count", 17, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Under the deal, the Greens will get two junior ministerial posts and the parties will review the arrangement after 18 months.",
        True,
        [("count", 2, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Lennox-Baird said her government would publish a bill for a second independence referendum within its first 100 days.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 1, None, None), ("duration", 100, "day", None)],
        "Lennox-Baird",
    ),
    ("en", '"This is a government that will deliver for every part of Scotland," she said.', False, [], None),
    ("en", 'Kinnear called the agreement "a coalition of convenience".', False, [], None),
    (
        "en",
        "The two parties governed together under a similar agreement from 2021 until the Greens walked out in 2024.",
        True,
        [("count", 2, None, None), ("year", 2021, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Lennox-Baird wiedergewählt (dpa), 14. Mai ---
    (
        "de",
        "Edinburgh (dpa) - Das schottische Regionalparlament hat Catriona Lennox-Baird erneut zur Ersten Ministerin gewählt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die SNP-Chefin erhielt 67 Stimmen, ihr Labour-Herausforderer Alasdair Kinnear 29.",
        True,
        [("count", 67, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen stellen künftig zwei Staatssekretäre, nach anderthalb Jahren soll die Zusammenarbeit überprüft werden.",
        True,
        [("count", 2, None, None), ("duration", 1.5, "year", None)],
        None,
    ),
    (
        "de",
        "Mackendrick sagte, bei einer Mitgliederbefragung hätten 84 Prozent der Grünen der Vereinbarung zugestimmt.",
        True,
        [("percent", 84, "%", None)],
        "Mackendrick",
    ),
    (
        "de",
        "Lennox-Baird kündigte an, binnen 100 Tagen einen Gesetzentwurf für ein zweites Unabhängigkeitsreferendum vorzulegen.",
        True,
        [("duration", 100, "day", None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Lennox-Baird sprach von einem „neuen Kapitel“ für Schottland.", False, [], None),
    (
        "de",
        "Ein Sprecher der britischen Regierung nannte die Pläne „eine Ablenkung von den wirklichen Problemen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim Referendum 2014 hatte sich eine Mehrheit der Schotten gegen die Unabhängigkeit ausgesprochen.",
        True,
        [("year", 2014, None, None)],
        None,
    ),
    # --- Last Swiss poll (Reuters), Oct 7 ---
    (
        "en",
        "ZURICH, Oct 7 (Reuters) - Switzerland's right-wing SVP is on course to strengthen its position as the country's largest party in the Oct 18 election, the last poll before the vote showed on Wednesday.",
        True,
        [("date", "--10-07", None, None), ("date", "--10-18", None, None)],
        None,
    ),
    (
        "en",
        "The survey by gfs.bern for public broadcaster SRG put the SVP on 29.1%, up 1.5 percentage points from the last election four years ago.",
        True,
        [("percent", 29.1, "%", None), ("percent", 1.5, "pp", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The Greens were seen losing 2.9 points, to 7.2%.",
        True,
        [("percent", 2.9, "pp", None), ("percent", 7.2, "%", None)],
        None,
    ),
    (
        "en",
        "The poll of 25,316 voters, conducted online and by telephone from Sept 24 to Oct 2, has a margin of error of 1.2 percentage points.",
        True,
        [
            ("count", 25316, None, None),
            ("date", "--09-24", None, None),
            ("date", "--10-02", None, None),
            ("percent", 1.2, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "Under an industry code, Swiss media do not publish polls in the final 10 days of a campaign.",
        True,
        [("duration", 10, "day", None)],
        None,
    ),
    ("en", '"Polls are snapshots, not results," a Social Democrat spokeswoman said.', False, [], None),
    (
        "en",
        "Immigration topped voters' concerns, named by 38% of respondents, ahead of health insurance premiums at 34%.",
        True,
        [("percent", 38, "%", None), ("percent", 34, "%", None)],
        None,
    ),
    # --- Hochrechnung am Wahlsonntag (Keystone-SDA), 18. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SVP hat bei den eidgenössischen Wahlen laut der Hochrechnung von gfs.bern im Auftrag der SRG deutlich zugelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Partei kommt demnach auf 29,4 Prozent Wähleranteil, ein Plus von 1,8 Prozentpunkten gegenüber der Wahl vor vier Jahren.",
        True,
        [("percent", 29.4, "%", None), ("percent", 1.8, "pp", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Die SP folgt mit 17,9 Prozent auf Platz zwei, die Mitte kommt auf 14,1 und die FDP auf 13,6 Prozent.",
        True,
        [
            ("percent", 17.9, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 14.1, "%", None),
            ("percent", 13.6, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Grünen büssen laut der Hochrechnung 2,5 Prozentpunkte ein und landen bei 7,6 Prozent.",
        True,
        [("percent", 2.5, "pp", None), ("percent", 7.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Schwankungsbreite der Hochrechnung beträgt plus/minus 0,8 Prozentpunkte.",
        True,
        [("percent", 0.8, "pp", None)],
        None,
    ),
    (
        "de",
        "SVP-Präsident Marcel Hürzeler sagte im Schweizer Fernsehen, seine Partei werde einen dritten Sitz im Bundesrat beanspruchen.",
        True,
        [("ordinal", 3, None, None)],
        "Marcel Hürzeler",
    ),
    (
        "de",
        "«Die Schweizerinnen und Schweizer wollen einen anderen Kurs», sagte Hürzeler vor den Medien in Bern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung dürfte laut gfs.bern bei rund 47 Prozent liegen.",
        True,
        [("percent", 47, "%", "about")],
        None,
    ),
    ("de", "Politologen sprachen am Wahlabend von einem deutlichen Rechtsrutsch.", False, [], None),
    # --- SVP extends lead (Reuters), Oct 18 ---
    (
        "en",
        "ZURICH, Oct 18 (Reuters) - The nationalist Swiss People's Party (SVP) extended its lead as Switzerland's biggest party in Sunday's parliamentary election, projections for public broadcaster SRG showed.",
        True,
        [("date", "--10-18", None, None)],
        None,
    ),
    (
        "en",
        "The SVP was forecast to win 29.4% of the vote, up 1.8 percentage points, and 66 seats in the 200-member National Council, the lower house.",
        True,
        [
            ("percent", 29.4, "%", None),
            ("percent", 1.8, "pp", None),
            ("count", 66, None, None),
            ("count", 200, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Greens were set to lose six of their 25 seats, while the Social Democrats were seen gaining three.",
        True,
        [("count", 6, None, None), ("count", 25, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "SVP president Marcel Hürzeler told reporters the party would claim a third seat in the seven-member government, the Federal Council.",
        True,
        [("ordinal", 3, None, None), ("count", 7, None, None)],
        "Marcel Hürzeler",
    ),
    ("en", '"Swiss voters have sent a very clear message about immigration," Hürzeler said.', False, [], None),
    (
        "en",
        "Under Switzerland's consensus system, the four largest parties share the cabinet posts, and no coalition agreement binds them.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Analysts said the Greens had struggled to mobilise supporters as worries about rents and health costs pushed climate change down the agenda.",
        False,
        [],
        None,
    ),
    # --- Nationalratswahlen im Kanton Zürich (Keystone-SDA), 18. Oktober ---
    (
        "de",
        "Zürich (Keystone-SDA) - Im Kanton Zürich hat die SVP bei den Nationalratswahlen drei Sitze hinzugewonnen und stellt neu 13 der 36 Zürcher Abgeordneten.",
        True,
        [("count", 3, None, None), ("count", 13, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "Die SP kommt auf acht Sitze, die FDP auf fünf und die Grünliberalen auf vier.",
        True,
        [("count", 8, None, None), ("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen verlieren im bevölkerungsreichsten Kanton zwei ihrer bisher sechs Sitze.",
        True,
        [("count", 2, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag im Kanton Zürich bei 45,9 Prozent, teilte das Statistische Amt mit.",
        True,
        [("percent", 45.9, "%", None)],
        "das Statistische Amt",
    ),
    (
        "de",
        "Gewählt wurden 14 Frauen und 22 Männer.",
        True,
        [("count", 14, None, None), ("count", 22, None, None)],
        None,
    ),
    ("de", "Der Zürcher SVP-Präsident sprach von einem «Erdrutsch».", False, [], None),
    (
        "de",
        "Für die 36 Sitze kandidierten insgesamt 1'187 Personen auf 43 Listen.",
        True,
        [("count", 36, None, None), ("count", 1187, None, None), ("count", 43, None, None)],
        None,
    ),
    # --- Provisorisches Endergebnis Nationalrat (Keystone-SDA), 19. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SVP stellt im neuen Nationalrat 67 der 200 Abgeordneten, so viele wie keine Partei seit Einführung des Proporzwahlrechts 1919.",
        True,
        [("count", 67, None, None), ("count", 200, None, None), ("year", 1919, None, None)],
        None,
    ),
    (
        "de",
        "Die SP kommt auf 43 Sitze, drei mehr als bisher, die Mitte auf 30 und die FDP auf 26.",
        True,
        [("count", 43, None, None), ("count", 3, None, None), ("count", 30, None, None), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen verlieren sechs ihrer bisher 25 Sitze, die Grünliberalen fallen von elf auf neun Mandate.",
        True,
        [("count", 6, None, None), ("count", 25, None, None), ("count", 11, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die übrigen sechs Sitze verteilen sich auf vier kleinere Parteien.",
        True,
        [("count", 6, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag nach Angaben des Bundesamts für Statistik bei 46,8 Prozent, 1,8 Prozentpunkte höher als vor vier Jahren.",
        True,
        [("percent", 46.8, "%", None), ("percent", 1.8, "pp", None), ("duration", 4, "year", None)],
        "das Bundesamt für Statistik",
    ),
    (
        "de",
        "Der Frauenanteil im Nationalrat sinkt von 39,5 auf 36,5 Prozent.",
        True,
        [("percent", 39.5, "%", None), ("percent", 36.5, "%", None)],
        None,
    ),
    (
        "de",
        "Für den Wahlkampf hatte die SVP nach Angaben der Eidgenössischen Finanzkontrolle rund 4,6 Millionen Franken budgetiert, die SP 2,9 Millionen Franken.",
        True,
        [("money", 4600000, "CHF", "about"), ("money", 2900000, "CHF", None)],
        "die Eidgenössische Finanzkontrolle",
    ),
    ("de", "Die Grünen sprachen von einem «schmerzhaften Abend für den Klimaschutz».", False, [], None),
    (
        "de",
        "Grünen-Präsidentin Lea Tschudin sagte, sie werde im Frühling nicht mehr für das Parteipräsidium kandidieren.",
        True,
        [],
        "Lea Tschudin",
    ),
    ("de", "«Wir haben verloren, aber unsere Anliegen bleiben richtig», sagte Tschudin.", False, [], None),
    # --- Final results (AP), Oct 19 ---
    (
        "en",
        "GENEVA (AP) — Switzerland's populist right won its biggest share of seats under proportional voting, final results showed Monday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Swiss People's Party took 67 seats in the 200-member lower house, up six from four years ago, according to the Federal Statistical Office.",
        True,
        [
            ("count", 67, None, None),
            ("count", 200, None, None),
            ("count", 6, None, None),
            ("duration", 4, "year", None),
        ],
        "the Federal Statistical Office",
    ),
    (
        "en",
        "The party won 29.6% of the vote, while the Social Democrats came second with 18.1%.",
        True,
        [("percent", 29.6, "%", None), ("ordinal", 2, None, None), ("percent", 18.1, "%", None)],
        None,
    ),
    (
        "en",
        "Only 46.8% of eligible voters cast a ballot, most of them by mail.",
        True,
        [("percent", 46.8, "%", None)],
        None,
    ),
    (
        "en",
        "About 5.7 million Swiss citizens, including about 230,000 living abroad, were registered to vote, the Federal Chancellery said.",
        True,
        [("count", 5700000, None, "about"), ("count", 230000, None, "about")],
        "the Federal Chancellery",
    ),
    (
        "en",
        "The Federal Council is elected by parliament and has included members of the four largest parties since 1959.",
        True,
        [("count", 4, None, None), ("year", 1959, None, None)],
        None,
    ),
    (
        "en",
        "The SVP spent more on its campaign than any other party, about 4.6 million Swiss francs, according to disclosures published by the Swiss Federal Audit Office.",
        True,
        [("money", 4600000, "CHF", "about")],
        None,
    ),
    ("en", "Critics accused the SVP of stoking fear of foreigners during the campaign.", False, [], None),
    (
        "en",
        "Hürzeler told reporters in Bern that his party had won the most votes in 19 of the 26 cantons.",
        True,
        [("count", 19, None, None), ("count", 26, None, None)],
        "Hürzeler",
    ),
    ("en", '"This is not a protest vote, it is a vote for a different Switzerland," Hürzeler said.', False, [], None),
    # --- Ständeratswahlen, erster Wahlgang (Keystone-SDA), 19. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Nach dem ersten Wahlgang sind im Ständerat erst 31 der 46 Sitze besetzt.",
        True,
        [("ordinal", 1, None, None), ("count", 31, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "In elf Kantonen kommt es zu einem zweiten Wahlgang, der in den meisten Fällen am 8. November stattfindet.",
        True,
        [("count", 11, None, None), ("ordinal", 2, None, None), ("date", "--11-08", None, None)],
        None,
    ),
    (
        "de",
        "Im Kanton Zürich erreichte keiner der sieben Kandidierenden das absolute Mehr von 191'254 Stimmen.",
        True,
        [("count", 7, None, None), ("count", 191254, None, None)],
        None,
    ),
    (
        "de",
        "Am besten schnitt der bisherige SVP-Ständerat Ruedi Wettach mit 168'930 Stimmen ab, vor FDP-Nationalrätin Regula Egli-Bosshard mit 142'117 Stimmen.",
        True,
        [("count", 168930, None, None), ("count", 142117, None, None)],
        None,
    ),
    (
        "de",
        "SP-Kandidatin Sibylle Marti landete mit 131'402 Stimmen auf dem dritten Platz.",
        True,
        [("count", 131402, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Marti sagte, sie werde im zweiten Wahlgang erneut antreten.", True, [("ordinal", 2, None, None)], "Marti"),
    ("de", "Ob sich SVP und FDP auf ein gemeinsames Vorgehen einigen, ist offen.", False, [], None),
    (
        "de",
        "Im Kanton Bern wurde SP-Ständerätin Ursula Kämpf bereits im ersten Wahlgang mit 198'706 Stimmen wiedergewählt.",
        True,
        [("ordinal", 1, None, None), ("count", 198706, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag im Kanton Bern bei 49,2 Prozent, teilte die Staatskanzlei mit.",
        True,
        [("percent", 49.2, "%", None)],
        "die Staatskanzlei",
    ),
    # --- SVP will dritten Bundesratssitz (dpa), 19. Oktober ---
    (
        "de",
        "Bern (dpa) - Nach ihrem Wahlerfolg in der Schweiz will die rechtskonservative SVP einen dritten Sitz in der Landesregierung.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bislang stellen SVP, SP und FDP je zwei Mitglieder des siebenköpfigen Bundesrats.",
        True,
        [("count", 2, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "SVP-Präsident Marcel Hürzeler sprach von einem „historischen Tag für die Schweiz“.", False, [], None),
    (
        "de",
        "Die Grünen, die vor vier Jahren noch einen Sitz in der Regierung gefordert hatten, verloren sechs Mandate.",
        True,
        [("duration", 4, "year", None), ("count", 6, None, None)],
        None,
    ),
    ("de", "Beobachter halten die Abwahl eines amtierenden Bundesrats dennoch für unwahrscheinlich.", False, [], None),
    (
        "de",
        "Der Bundesrat wird am 9. Dezember von der Vereinigten Bundesversammlung neu gewählt.",
        True,
        [("date", "--12-09", None, None)],
        None,
    ),
    # --- Rechtsruck in der Schweiz (APA), 19. Oktober ---
    (
        "de",
        "Bern/Wien (APA) - Die rechtskonservative Schweizerische Volkspartei (SVP) hat bei der Parlamentswahl am Sonntag mit 67 von 200 Mandaten ihr bisher bestes Ergebnis erzielt.",
        True,
        [("count", 67, None, None), ("count", 200, None, None)],
        None,
    ),
    (
        "de",
        "Mit 29,6 Prozent liegt sie gut elf Prozentpunkte vor den Sozialdemokraten.",
        True,
        [("percent", 29.6, "%", None), ("percent", 11, "pp", "over")],
        None,
    ),
    (
        "de",
        "FPÖ-Generalsekretär Christian Haberleitner gratulierte der SVP zu einem „verdienten Sieg“.",
        False,
        [],
        None,
    ),
    ("de", "Die Wiener Grünen sprachen von einem „Warnsignal für ganz Europa“.", False, [], None),
    (
        "de",
        "In der Schweiz geht bei nationalen Wahlen seit Jahrzehnten weniger als die Hälfte der Wahlberechtigten an die Urne.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    # --- Franc steady, cabinet arithmetic (Reuters), Oct 19 ---
    (
        "en",
        "ZURICH, Oct 19 (Reuters) - The Swiss franc barely moved on Monday after the right-wing SVP's election gains, trading at 0.9312 per euro.",
        True,
        [("date", "--10-19", None, None), ("money", 0.9312, "CHF", None)],
        None,
    ),
    ("en", "The blue-chip SMI index rose 0.4% in early trading.", True, [("percent", 0.4, "%", None)], None),
    (
        "en",
        '"Nobody in the market expects Swiss policy to lurch anywhere," said a Zurich-based currency strategist.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The SVP, the Social Democrats and the Liberals each hold two of the seven Federal Council seats, and the Centre party one.",
        True,
        [("count", 2, None, None), ("count", 7, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Combined, the Social Democrats, Greens and Green Liberals now have 71 seats in the lower house, down from 76.",
        True,
        [("count", 71, None, None), ("count", 76, None, None)],
        None,
    ),
    (
        "en",
        "The SVP and the Liberals together hold 93 seats, eight short of a majority in the 200-seat chamber.",
        True,
        [("count", 93, None, None), ("count", 8, None, None), ("count", 200, None, None)],
        None,
    ),
    (
        "en",
        "With the Centre, the three centre-right parties would command 123 seats.",
        True,
        [("count", 3, None, None), ("count", 123, None, None)],
        None,
    ),
    (
        "en",
        "Whether the other parties will back the SVP's claim to another cabinet seat remains unclear.",
        False,
        [],
        None,
    ),
    # --- Nachwahlbefragung (Keystone-SDA), 20. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Junge Wählerinnen und Wähler haben bei den eidgenössischen Wahlen deutlich häufiger SVP gewählt als vor vier Jahren.",
        True,
        [("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Laut der Nachwahlbefragung von gfs.bern stimmten 31 Prozent der 18- bis 24-Jährigen für die Partei, ein Plus von sieben Prozentpunkten.",
        True,
        [
            ("percent", 31, "%", None),
            ("duration", 18, "year", None),
            ("duration", 24, "year", None),
            ("percent", 7, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Gut jeder vierte Grünen-Wähler der letzten Wahl wechselte diesmal zur SP.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Für die Nachbefragung wurden vom 16. bis 19. Oktober 11'942 Stimmberechtigte befragt.",
        True,
        [("date", "--10-16", None, None), ("date", "--10-19", None, None), ("count", 11942, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiter Lukas Golay sagte, die Migration sei für 42 Prozent der SVP-Wählenden das wichtigste Thema gewesen.",
        True,
        [("percent", 42, "%", None)],
        "Lukas Golay",
    ),
    (
        "de",
        "Golay hält eine Fortsetzung des Trends bei den kantonalen Wahlen im Frühling für wahrscheinlich.",
        False,
        [],
        None,
    ),
    ("de", "Die SP sprach in einer Mitteilung von einem «Weckruf für alle fortschrittlichen Kräfte».", False, [], None),
    (
        "de",
        "SP-Co-Präsident Fabian Wyss-Ammann sagte, die Partei werde den Anspruch der SVP auf einen dritten Bundesratssitz nicht unterstützen.",
        True,
        [("ordinal", 3, None, None)],
        "Fabian Wyss-Ammann",
    ),
    # --- Green leader to quit (Reuters), Oct 21 ---
    (
        "en",
        "ZURICH, Oct 21 (Reuters) - The leader of Switzerland's Green Party will step down next spring after the party lost six of its 25 seats in the lower house in the Oct 18 election.",
        True,
        [
            ("date", "--10-21", None, None),
            ("count", 6, None, None),
            ("count", 25, None, None),
            ("date", "--10-18", None, None),
        ],
        None,
    ),
    (
        "en",
        "Lea Tschudin, 39, has led the party since 2022.",
        True,
        [("duration", 39, "year", None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "Tschudin said the party would choose her successor at a congress in April.", True, [], "Tschudin"),
    (
        "en",
        '"Climate protection has not become less urgent just because we lost votes," Tschudin said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Greens' share of the vote fell to 7.7% from 10.1% four years ago.",
        True,
        [("percent", 7.7, "%", None), ("percent", 10.1, "%", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The Green Liberals, a separate centrist party, lost two of their 11 seats.",
        True,
        [("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Some party members said privately that the leadership had underestimated voters' worries about rising rents.",
        False,
        [],
        None,
    ),
    # --- Zweiter Wahlgang in Zürich (Keystone-SDA), 8. November ---
    (
        "de",
        "Zürich (Keystone-SDA) - SVP-Ständerat Ruedi Wettach hat seinen Sitz im zweiten Wahlgang der Zürcher Ständeratswahl verteidigt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Er erhielt 201'388 Stimmen.", True, [("count", 201388, None, None)], None),
    (
        "de",
        "Den zweiten Zürcher Sitz holte SP-Kandidatin Sibylle Marti mit 187'615 Stimmen, knapp 4'300 Stimmen vor FDP-Nationalrätin Regula Egli-Bosshard.",
        True,
        [("ordinal", 2, None, None), ("count", 187615, None, None), ("count", 4300, None, "nearly")],
        None,
    ),
    ("de", "Im zweiten Wahlgang genügt das relative Mehr.", True, [("ordinal", 2, None, None)], None),
    (
        "de",
        "Die Stimmbeteiligung lag bei 39,7 Prozent, gut sechs Prozentpunkte tiefer als im ersten Wahlgang.",
        True,
        [("percent", 39.7, "%", None), ("percent", 6, "pp", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Egli-Bosshard räumte ihre Niederlage am frühen Abend ein.", True, [], None),
    (
        "de",
        "«Zürich hat sich für eine Stimme entschieden, die zuhört», sagte Marti vor ihren Anhängerinnen und Anhängern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marti sagte, sie wolle sich im Ständerat zuerst für tiefere Krankenkassenprämien einsetzen.",
        True,
        [],
        "Marti",
    ),
    # --- Ständerat komplett (Keystone-SDA), 8. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Nach den zweiten Wahlgängen in elf Kantonen ist der Ständerat komplett.",
        True,
        [("ordinal", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Mitte bleibt mit 14 der 46 Sitze die stärkste Fraktion in der kleinen Kammer, gefolgt von der FDP mit 10 und der SVP mit 8 Sitzen.",
        True,
        [("count", 14, None, None), ("count", 46, None, None), ("count", 10, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Die SP kommt ebenfalls auf zehn Sitze, die Grünen auf drei und die GLP auf einen.",
        True,
        [("count", 10, None, None), ("count", 3, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Frauenanteil im Ständerat steigt von 32,6 auf 37 Prozent.",
        True,
        [("percent", 32.6, "%", None), ("percent", 37, "%", None)],
        None,
    ),
    (
        "de",
        "Im Aargau setzte sich FDP-Ständerat Beat Ruflin mit 88'412 zu 80'977 Stimmen gegen den SVP-Kandidaten Pascal Meierhans durch.",
        True,
        [("count", 88412, None, None), ("count", 80977, None, None)],
        None,
    ),
    ("de", "Die FDP zeigte sich in einer ersten Stellungnahme «sehr zufrieden».", False, [], None),
    ("de", "Grünen-Präsidentin Tschudin sprach von einem «bitteren Herbst» für ihre Partei.", False, [], None),
    (
        "de",
        "Die Stimmbeteiligung in den elf Kantonen lag im Schnitt bei 41,3 Prozent, teilte die Bundeskanzlei mit.",
        True,
        [("count", 11, None, None), ("percent", 41.3, "%", None)],
        "die Bundeskanzlei",
    ),
    # --- Run-offs (Reuters), Nov 8 ---
    (
        "en",
        "ZURICH, Nov 8 (Reuters) - A Social Democrat won one of Zurich's two seats in Switzerland's upper house in a run-off on Sunday, while the Swiss People's Party held the other.",
        True,
        [("date", "--11-08", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Sibylle Marti, 44, received 187,615 votes in the second round, about 4,300 more than Regula Egli-Bosshard of the centre-right Liberals.",
        True,
        [
            ("duration", 44, "year", None),
            ("count", 187615, None, None),
            ("ordinal", 2, None, None),
            ("count", 4300, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Run-offs were needed in 11 of the 26 cantons after candidates failed to win an absolute majority in the first round on Oct 18.",
        True,
        [
            ("count", 11, None, None),
            ("count", 26, None, None),
            ("ordinal", 1, None, None),
            ("date", "--10-18", None, None),
        ],
        None,
    ),
    (
        "en",
        "The Centre party remains the largest group in the 46-seat Council of States with 14 senators.",
        True,
        [("count", 46, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Marti told reporters she would push for capping health insurance premiums at 8% of household income.",
        True,
        [("percent", 8, "%", None)],
        "Marti",
    ),
    ("en", '"Zurich has chosen fairness," Marti told supporters.', False, [], None),
    ("en", "Egli-Bosshard's allies blamed a low turnout among centre-right voters.", False, [], None),
    # --- Zweierticket der Mitte (Keystone-SDA), 25. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Mitte-Fraktion der Bundesversammlung hat ein Zweierticket für die Nachfolge von Verteidigungsminister Paul Werlen nominiert.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ständerätin Martina Zurbriggen-Imhof setzte sich im dritten Durchgang der fraktionsinternen Ausmarchung mit 26 von 45 Stimmen gegen Ständerat Urs Gisiger durch.",
        True,
        [("ordinal", 3, None, None), ("count", 26, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "de",
        "Nationalrat Stefan Bühlhof war bereits im ersten Durchgang nominiert worden.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Werlen hatte Ende Oktober nach sechs Jahren im Amt seinen Rücktritt auf Ende Jahr angekündigt.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Fraktionschefin Claudia Rentsch sagte, die Fraktion werde beide Namen am 1. Dezember den anderen Fraktionen vorstellen.",
        True,
        [("date", "--12-01", None, None)],
        "Claudia Rentsch",
    ),
    ("de", "Rentsch sprach von «einer ausgezeichneten Auswahl für das Land».", False, [], None),
    (
        "de",
        "Die SVP-Fraktion beschloss, mit einer eigenen Kandidatur den zweiten Sitz der FDP anzugreifen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Ob die SP dabei mitzieht, liess die Parteispitze offen.", False, [], None),
    # --- Bundesratswahl (Keystone-SDA), 9. Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Parlament hat am Mittwoch alle sechs wieder antretenden Mitglieder des Bundesrats im Amt bestätigt.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Am besten schnitt Bundesrätin Elisabeth Gubelmann (FDP) mit 211 von 238 gültigen Stimmen ab.",
        True,
        [("count", 211, None, None), ("count", 238, None, None)],
        None,
    ),
    (
        "de",
        "Für den frei werdenden Sitz der Mitte wählte das Parlament Ständerätin Martina Zurbriggen-Imhof im zweiten Wahlgang.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Mit 129 Stimmen übertraf sie das absolute Mehr von 121 Stimmen.",
        True,
        [("count", 129, None, None), ("count", 121, None, None)],
        None,
    ),
    (
        "de",
        "Im ersten Wahlgang hatte Bühlhof noch 104 Stimmen erhalten, Zurbriggen-Imhof 92.",
        True,
        [("ordinal", 1, None, None), ("count", 104, None, None), ("count", 92, None, None)],
        None,
    ),
    (
        "de",
        "Der Angriff der SVP auf den zweiten FDP-Sitz scheiterte, ihr Kandidat Thomas Aebli-Zaugg kam in keinem Wahlgang auf mehr als 76 Stimmen.",
        True,
        [("ordinal", 2, None, None), ("count", 76, None, "over")],
        None,
    ),
    ("de", "SVP-Fraktionschef Andreas Brügger sprach von einem «Bruch der Konkordanz».", False, [], None),
    (
        "de",
        "Die Zauberformel mit je zwei Sitzen für SVP, SP und FDP und einem für die Mitte bleibt damit unverändert.",
        True,
        [("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Zurbriggen-Imhof sagte, sie werde ihr Amt am 1. Januar antreten und jedes Departement übernehmen, das ihr zugeteilt werde.",
        True,
        [("date", "--01-01", None, None)],
        "Zurbriggen-Imhof",
    ),
    ("de", "«Ich gehe diese Aufgabe mit Demut und mit grosser Freude an», sagte Zurbriggen-Imhof.", False, [], None),
    (
        "de",
        "Die 52-Jährige ist die erste Walliserin in der Landesregierung.",
        True,
        [("duration", 52, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Cabinet bid rejected (Reuters), Dec 9 ---
    (
        "en",
        "BERN, Dec 9 (Reuters) - Swiss lawmakers on Wednesday rejected a bid by the right-wing SVP for a third seat in the seven-member Federal Council, keeping the cabinet's party mix unchanged.",
        True,
        [("date", "--12-09", None, None), ("ordinal", 3, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Parliament re-elected the six sitting ministers and chose Martina Zurbriggen-Imhof of the Centre party to replace retiring Defence Minister Paul Werlen.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Zurbriggen-Imhof, 52, won in the second round with 129 votes.",
        True,
        [("duration", 52, "year", None), ("ordinal", 2, None, None), ("count", 129, None, None)],
        None,
    ),
    (
        "en",
        "The SVP's candidate, Thomas Aebli-Zaugg, won no more than 76 votes in any round.",
        True,
        [("count", 76, None, "at_most")],
        None,
    ),
    (
        "en",
        "The United Federal Assembly, which elects the cabinet, has 246 members from both chambers.",
        True,
        [("count", 246, None, None)],
        None,
    ),
    (
        "en",
        '"The will of the people has been ignored," SVP parliamentary leader Andreas Brügger told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brügger said the party would decide early next year whether to put up its own candidates again at the next vacancy.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Parliament also chose Elisabeth Gubelmann with 189 votes as Swiss president for next year, a largely ceremonial role that rotates annually among the seven ministers.",
        True,
        [("count", 189, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Zurbriggen-Imhof said she would take office on Jan. 1 and was ready to lead any department.",
        True,
        [("date", "--01-01", None, None)],
        "Zurbriggen-Imhof",
    ),
]
