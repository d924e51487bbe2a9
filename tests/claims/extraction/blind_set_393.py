"""Three-hundred-and-ninety-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real offices appear only by office („Der
Bundeskanzler“, „Der CDU-Generalsekretär“, „Die SPD-Spitze im Bund“, „die
Landeswahlleiterin“, „der Kreiswahlleiter“, "the prime minister", "the chancellor's
coalition", "the returning officer", "the state returning officer"), and the state premier,
the candidates and the party officials of the made-up election are invented names that stand
for no real holder, as the two-hundred-and-seventy-fourth and three-hundred-and-fifty-third
batches did.

Names: the state premier Friederike Ahlborn, Carsten Kordsmeyer, Ralf Jürgensmeier, Imke
Osterhues, Tobias Reimerdes, Malte Grewing, Jörn Hasselbring, Hauke Thiesing, Marlies
Dörgeloh, Gisela Wehking, Heinz-Dieter Wübbeler, Ulrich Brandes; Martin Corless, Gavin
Trusslove, Anisha Mehra-Cole, Carl Ruddick, Edwin Harrowell, Morven Balgarnie, Rachel
Dimmock, Kieran Moffatt, Saoirse Scadding, and every unnamed spokesperson, strategist,
analyst, commentator, board member, party spokesman, young man and official are invented;
so are the constituency of Kelsworth and Dunmere with its leisure centre and the wards and
divisions Brackenhurst, Abbotsmead, Carronvale and Redfield Vale (set in real councils).
Real parties, bodies, broadcasters, pollsters, places and buildings (SPD, CDU, AfD, Grüne,
FDP, Linke, BSW, Union, Freie Demokraten, Young Socialists; Reform UK, Labour, the
Conservatives, the Liberal Democrats, the Greens, the Green Party, the SNP; Landtag,
Landeswahlausschuss, Staatskanzlei, Leineschloss, ARD, ZDF, Forschungsgruppe Wahlen,
Infratest dimap, dpa, Universität Göttingen, Leibniz University Hannover; the House of
Commons, Westminster, the House of Commons Library, Survation, YouGov, PA, Nottinghamshire
County Council, Shropshire Council, Falkirk Council, Bristol City Council, Cumberland
Council, the University of Leeds; Niedersachsen and Lower Saxony, Hannover and Hanover,
Hannover-Linden, Braunschweig, Wolfsburg, Fallersleben, Cuxhaven, Göttingen, Cloppenburg,
Berlin, London, Edinburgh, Lincolnshire, Cockermouth, the Midlands, and the datelines'
cities) stand for the way wire copy names them; every share, seat, swing, majority, vote,
turnout, projection, poll, recount, tally, delegate count, sum, age, date and quote here is
invented, no such vote or count took place with these results, and where a real figure came
to mind it was changed (a real previous result, turnout or seat count of the state, a real
by-election majority); kept are the frames of the systems and the years that date them:
the Landtag's 135 regular seats, its 87 constituencies, the two votes and the
five-percent threshold with overhang and balancing seats, the previous Landtag election of
2022, Lower Saxony's rank by area and by population and its about 8 million people, the
650-seat Commons, the £500 deposit, the 2024 general election and Bristol's 2024 local
elections.

Its weight: ELECTION NIGHTS AND RESULTS, fifth round (the forty-first, hundred-third,
two-hundred-and-fifth and two-hundred-and-eighty-seventh batches weighed election nights,
results and elections abroad, the hundred-seventy-second referendums and local elections,
the two-hundred-and-thirty-fifth elections abroad, the two-hundred-and-seventy-fourth local
and regional elections, the three-hundred-and-fourteenth an election night in headlines and
tickers and the three-hundred-and-fifty-third a regional and a national election as the
fourth round, with the hundred-twentieth and hundred-thirty-fourth on debates and polls and
the two-hundred-and-thirty-ninth on British by-elections beside them; their decisions are
kept, those of the three-hundred-and-fifty-third, two-hundred-and-seventy-fourth and
two-hundred-and-fifth first of all, on percentage points and on seats in particular) - a
made-up Landtag election in Lower Saxony on Sunday, October 11, and a made-up Westminster
by-election with a night of council by-elections on Thursday, October 8, told over Thursday,
October 8, to Saturday, October 24, of one year as 36 short stories in story order, the
German and English stories interleaved by date. English (PA with "per cent" and "%",
Reuters with dated datelines and a FACTBOX- heading, AFP English with dated datelines and
"percent", AP): polling day in Kelsworth and Dunmere, Reform's gain with its majority, the
votes, the turnout, the swing, the deposits and the declaration, Reuters on Labour's loss,
Thursday's council by-elections with a recount, an STV count in Falkirk with its quota and
stages, the Lower Saxony preview, projection, reactions, voices, final provisional result
and factbox, Reform's new MP, Labour MPs' letter and an expert's tally, the talks, a second
night of council by-elections with a tie settled from a hat, and the party conferences.
German (dpa, dpa/lni, AFP; „“ quotes): a dpa report on the British by-election, the eve of
the vote and a background piece on the voting system, the ARD forecast at 18.00 Uhr, the
ZDF projection with seats, the reactions of SPD, CDU, AfD, Greens and FDP and from Berlin,
voices from Wolfsburg, the count's mishaps, the provisional final result with overhang
seats, Infratest dimap's voter flows, the FDP after its exit, a recount in Cuxhaven and its
outcome, the exploratory talks, the official final result and an analysis. Figures as such
copy has them: shares and turnout in „Prozent“, "%", "per cent" and "percent"; moves,
leads and swings in „Prozentpunkte“, „Punkte“, "percentage points" and "points" (all
"pp"); the projection's spread and margins of error; seats, mandates, constituencies and
majorities as counts and definite groups („49 der 87 Wahlkreise“, „65 der 141 Sitze“, „von
regulär 135 auf 141 Sitze“, „vier weniger als die für eine Mehrheit nötigen 71“, "67 of
the 141 seats ..., four short of a majority", "a majority of 6,630", "by 3,118 votes", "the
650-seat Commons", "one of eight council by-elections"); votes in German and English
grouping („4.087.312“, "11,208"); ranks and rounds as ordinals („das zweitbeste
Ergebnis“, „ihr zweitschlechtestes Ergebnis“, „zum zweiten Mal in Folge“, „die ersten
Sondierungsgespräche“, „die dritte Landtagswahl“, „die vierte Niederlage“, "came third",
"the party's second-best showing", "Germany's fourth most populous state", "the fifth stage
of the count", "the fourth seat to fall", "the party's ninth MP"); shares of voters as
fractions („gut zwei Fünftel“, „Gut jeder dritte Wähler“, „Fast jeder dritte Arbeiter“,
„gut jeder zehnte“, „Zwei von drei SPD-Wählern“, „gut ein Drittel“, „die
Zweidrittelmehrheit“, "almost one in five", "almost a quarter", "more than a quarter",
"just over two-thirds"); number words and compounds („Einundfünfzig der 141 Abgeordneten“,
„dreieinhalb Jahren“, „anderthalb Stunden“, „gut fünfstündigen“, „Zwölf-Punkte-Papier“,
„Fünf-Prozent-Hürde“, "Eleven candidates", "three and a half years", "the five-percent
hurdle", "a 44-year-old"); spans, ages, deposits, a campaign's cost, years and dates; hedges
in both languages. Negatives as such copy has them - 55 rows, none with a figure: victory
and defeat lines in quotes, labels („sprach von“, „nannte“, "called", "hailed", "dismissed
... as"), a congratulation, an accusation naming no fact, a vow, a slogan, headings of
service pieces, atmosphere of the election night, vox pops, a politologist's verdict with
„hält ... für“, analysts' views and forecasts without a figure, a no-comment line, appeals
and open questions, each near a check-worthy look-alike from the same story, mostly the same
speaker's figure or position beside his or her reaction.

242 rows (127 German, 115 English), 55 negatives (31 German, 24 English), 187 check-worthy
rows of which 27 carry no figure (18 German, 9 English), 317 expected quantities (131
counts, 95 percentages - 75 in "%", 20 in percentage points "pp" -, 27 ordinals, 25
durations - 15 in years, 6 in hours, 2 in weeks, 1 in minutes, 1 in days -, 15 dates, 12
fractions, 10 years, 2 amounts of money - 1 GBP, 1 EUR -; none of them in a negative), 35
checked speakers (17 German, 18 English). These counts were computed by a script over the
list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Results, projections,
  forecasts, polls, voter-flow analyses and counts are check-worthy with their figures, the
  speaker unchecked where results, a projection, a poll, an analysis, a tally or a document
  are the source (forty-first, hundred-third, two-hundred-and-fifth,
  two-hundred-and-seventy-fourth, three-hundred-and-fifty-third). A quoted or reported
  victory or defeat line, label, congratulation, vow, slogan, view, verdict, accusation
  naming no fact, appeal, forecast without a figure, no-comment line or open question is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-seventy-fourth,
  three-hundred-and-fifty-third). Pairs from one speaker: Ahlborn's order of talks, her six
  weeks and her dates in December beside „für Verlässlichkeit entschieden“, "a good evening
  for Lower Saxony", „offenen und vertrauensvollen Gespräch“ and "open and trusting";
  Kordsmeyer's concession, his readiness for talks, his condition and his five of ten
  ministries (German and English) beside „nichts schönzureden“ and „mit ausgestreckter
  Hand“; Grewing's 49 of 87 constituencies beside „klaren Auftrag zum Weiterregieren“;
  Jürgensmeier's three direct seats (German and English) beside „historischen Abend“ and "a
  historic evening"; Osterhues's third of lost voters (German and English) beside
  „schmerzhaft, aber kein Absturz“; Reimerdes's resignation beside „bitterer Abend“ and "a
  bitter evening"; Hasselbring's 22 and 13 percent beside his „hält ... für“; Dörgeloh's
  decision not to challenge the recount beside „durchaus Chancen“ and her remark on
  democracy; Trusslove's first surgery beside his victory speech; Mehra-Cole's candidacy
  beside "a painful night"; Dimmock's 40,000 doors beside "learn the lessons"; Moffatt's 71
  seats beside "are in play"; Balgarnie's first preferences and quota beside "back on its
  feet"; the Reform campaign's poll beside Labour's "push poll"; Harrowell's refused recount
  beside a Conservative spokesman's "a lot of listening to do" (two-hundred-and-seventy-
  fourth: a brush-off).
- Check-worthy without a figure (hundred-third, two-hundred-and-fifth,
  two-hundred-and-seventy-fourth, two-hundred-and-eighty-seventh,
  three-hundred-and-fifty-third): leads that report a vote held or a result („Die SPD hat
  die Landtagswahl ... knapp vor der CDU gewonnen“ - „knapp vor“ hedges no figure,
  two-hundred-and-eighty-seventh -, the dpa lead on the by-election, the AP lead, „hat ...
  vor allem frühere Nichtwähler mobilisiert“, the recount
  confirmed), the count's timetable ("the count ... is expected to run into the early hours
  of Friday", „Mit einem Ergebnis wird am Mittwoch gerechnet.“), a by-election called, a
  concession („räumte ... ein, sein Wahlziel verfehlt zu haben“), a coalition ruled out, a
  stated readiness and order of talks, a resignation announced, a board meeting scheduled,
  a recount ordered and the
  decision not to challenge it, the official result declared, an MP to be sworn in, the
  MPs' letter, a condition for a coalition (German and English), a tie settled from a hat
  (two-hundred-and-seventy-fourth: a seat decided by lot), "roughly doubled" (below), and
  claims of a measurable record („mehr Abgeordnete als in jedem anderen westdeutschen
  Landtag“; twenty-ninth). New: "Mehra-Cole, 31, said she would stand again at the next
  general election" is check-worthy - an announced candidacy names a step as an announced
  resignation does (two-hundred-and-eighty-seventh: „werde ... im Amt bleiben“), unlike
  the undecided "would decide ... whether to put up its own candidates"
  (three-hundred-and-fifty-third), and "next" carries no ordinal.
- Seats, majorities, constituencies and votes are counts as written (forty-first,
  hundred-third, two-hundred-and-fifth, two-hundred-and-seventy-fourth,
  three-hundred-and-fifty-third): "a majority of 6,630" (twice), "by 3,118 votes", "11,208
  votes against 8,090", "1,436 votes, a majority of 508", "by just 19 votes" ("just" no
  hedge), "by 2,006 votes to 611, a majority of 1,395", "on 784 votes after three recounts",
  "The quota was 2,117 votes", "with 1,804, ... had 1,377", "Rejected ballot papers numbered
  212", "the 650-seat Commons" (hundred-thirty-fourth: "the 650-seat House"), "three council
  seats and the Liberal Democrats two in Thursday's 11 local by-elections", "four of the
  five seats ..., three of them", "nine MPs ..., two of them", "all six other candidates"
  6 ("all" none), "one of eight council by-elections" 8 only ("one of" a pronoun,
  three-hundred-and-fifty-third: "one of Zurich's two seats"), "38 MPs, at least 18 of
  whom", "71 council seats", "212 of the 287 delegates", "four votes against and two
  abstentions", "The two parties" and "the two parties" 2 (forty-first: a definite group),
  „49 der 87 Wahlkreise ..., sieben mehr“, „Von den 87 Wahlkreisen gewann die SPD 49, die
  CDU 35 und die AfD drei“ and "49 of the state's 87 constituencies, the CDU 35 and the AfD
  three", „auf 50 Sitze, die CDU auf 46, die AfD auf 30 und die Grünen auf 15“, „65 der 141
  Sitze und läge sechs Mandate unter der Mehrheit“ ("unter der" after the figure no hedge,
  two-hundred-and-fifth: "unter dem Wert"), „mit zusammen 96 Sitzen“ ("zusammen" no hedge),
  „51 Abgeordnete, die CDU 45, die AfD 29 und die Grünen 16“, „auf 67 Sitze, vier weniger
  als die für eine Mehrheit nötigen 71“, "67 of the 141 seats ..., four short of a majority"
  (two-hundred-and-seventy-fourth: "one short of a majority"), "71 of the 141 members", „von
  regulär 135 auf 141 Sitze“ and "to 141 seats from the regular 135" ("regulär", "regular"
  no hedge), „mindestens 135 Sitze“ "at_least", „vier Stimmen zur Mehrheit“, „fünf der zehn
  Ministerien“ and "five of the 10 ministries", „in drei Wahlkreisen“ and "three
  constituencies outright" ("outright" no hedge, two-hundred-and-seventy-fourth), „nur 41
  Stimmen“ („nur“ no hedge), „um neun auf 32 Stimmen“ (two-hundred-and-fifth: „um vier auf
  27 Stimmen“), „14 Stimmzettel“, „in zwei Briefwahlbezirken“, „in drei der 16
  Landesparlamente“, „4.087.312 gültige Zweitstimmen“ („Insgesamt“ no hedge), „14
  Parteien ..., in den 87 Wahlkreisen ... insgesamt 612“, „Jede Wählerin und jeder Wähler
  hat zwei Stimmen“ 2 ("jeder" none, two-hundred-and-seventy-fourth), „in jedem der 87
  Wahlkreise“ 87, „Einundfünfzig der 141 Abgeordneten ..., fünf weniger als bisher“ 51, 141
  and 5 (the number word opening the row read as digits, seventeenth: „Hundertzwölf der 183
  Abgeordneten“; three-hundredth). New: „Rot-Grün“, „einer rot-grünen Koalition“, „große
  Koalition“ and "a grand coalition" carry no count - they name a coalition by its colours
  or its size class, not by a number of partners, unlike „ein Dreierbündnis“ 3
  (forty-first, two-hundred-and-seventy-fourth). None: „stärkste Kraft“ and the like,
  „Direktmandate“, „Direktmandat“, „Direktkandidatinnen“, „Erststimme(n)“, „Zweitstimme(n)“,
  „Überhang- und Ausgleichsmandate“ (two-hundred-and-fifth), „die Mehrheit“, "a large
  majority", "first preferences", "first-preference" (forty-first), "a seat", „Beide
  Seiten“, "Both candidates", "both parties".
- Shares, turnout, moves and margins (every election batch): percentages as written, the
  unit written once serving the earlier figures („bei 29,9 und die CDU bei 27,4 Prozent“,
  „die AfD 18,9 und die Grünen 10,2 Prozent“, „die Linke mit 4,4 und das BSW mit 2,9
  Prozent“, „auf 18,8 statt zuvor 18,9 Prozent“ - „statt zuvor“ no hedge; forty-sixth,
  two-hundred-and-seventy-fourth) and the unit written before serving a later number word
  („auf 18 Prozent, die Grünen auf elf“ 11; thirtieth, three-hundred-and-fourteenth: „CSU
  38,1 Prozent, AfD 16,4, ...“); "per cent" and AFP's "percent" in "%" (forty-first); the
  thresholds „Fünf-Prozent-Hürde“ (three times; „an der“, „unter der“ none) and "the 5%
  threshold" 5 ("just below the" before the article no hedge, two-hundred-and-eighty-
  seventh: "just short of the 4% threshold"), „mindestens fünf Prozent der Zweitstimmen“
  and "at least 5% of the vote" 5 "at_least"; „gut zwei Fünftel“ beside „knapp 30 Prozent“
  "nearly" (three-hundred-and-fifty-third: each figure its own hedge). Moves, leads, swings
  and spreads in points are percentage points "pp" (forty-first, hundred-third,
  two-hundred-and-fifth, three-hundred-and-fourteenth, three-hundred-and-fifty-third: a verb
  gives no sign): „ein Minus von 4,5 Prozentpunkten“, „ein Minus von 3,1 Prozentpunkten“,
  „ein Plus von 4,6 Prozentpunkten“, „gut acht Punkte mehr als vor fünf Jahren“ and „um gut
  acht Prozentpunkte zugelegt“ 8 "over" (the five years after „mehr als vor“ no hedge,
  two-hundred-and-seventy-fourth), „um höchstens 0,4 Prozentpunkte“ "at_most", „unter 0,1
  Prozentpunkten“ "under" („unter“ right before the figure, two-hundred-and-fifth), "12.9
  percentage points" as a swing (hundred-third), "up 11.1 points", "fell 14.7 points", "down
  4.5 points", "up 7.7 points", "four points clear of Labour" (hundred-fifty-first: "a
  9-point lead"), "one point ahead" 1 (nineteenth), "nearly seven points above" and "by
  nearly 19 points" "nearly", "about 14 points higher" and "roughly four percentage points
  higher" "about", "of up to 2.9 percentage points" "up_to". Turnout: "Only 36.4 per cent"
  ("Only" no hedge), "estimated at 65.5%" no hedge (two-hundred-and-eighty-seventh), „am
  Nachmittag bei 41,2 Prozent“ (an interim turnout, two-hundred-and-thirty-fifth: „um 17.00
  Uhr bei 59,3 Prozent“), "averaged 27%, down from an average of 39%" ("averaged", "an
  average of" no hedge; forty-first, two-hundred-and-seventy-fourth), „im Schnitt 22
  Prozent“ no hedge. New: „mit 4,6, 4,2 und 3,1 Prozent“ gives three percentages - a comma
  followed by a space parts two figures while a comma between digits is the decimal comma,
  and the unit written once serves all three as in „mit 4,6 und 4,2 Prozent“
  (two-hundred-and-seventy-fourth). New: "the five-percent hurdle" is 5 "%" - the English
  compound with the number word read as „Fünf-Prozent-Hürde“ (forty-first) and "the 5%
  threshold" (two-hundred-and-fifth). New: "with sampling error of no more than 4 percentage
  points either way" is 4 "pp" "at_most" - "either way" adds nothing, as "plus or minus"
  (two-hundred-and-fifth), and "no more than" is the hedge (two-hundred-and-fifth: "no more
  than 1 percentage point").
- Fractions (the issue; two-hundred-and-fifth, two-hundred-and-seventy-fourth,
  two-hundred-and-eighty-seventh): „gut zwei Fünftel der Stimmen“ 0.4 "over", „gut ein
  Drittel“ and "more than a third" 0.3333 "over", „Gut jeder dritte Wähler“ 0.3333 "over",
  „Fast jeder dritte Arbeiter“ 0.3333 "nearly", „nur gut jeder zehnte“ 0.1 "over" („nur“ no
  hedge), „Zwei von drei SPD-Wählern“ 0.6667 (hundred-twenty-eighth: „Zwei von drei
  Befragten“), "almost one in five votes" 0.2 "nearly", "almost a quarter of first
  preferences" 0.25 "nearly", "more than a quarter of the vote" 0.25 "over", "just over
  two-thirds of the chamber" 0.6667 "over", „die Zweidrittelmehrheit von 94 Stimmen“ 0.6667
  and 94 with „knapp über die“ before the noun no hedge (forty-first: „nur knapp über der
  Fünf-Prozent-Hürde“; seventeenth: „Zweidrittelmehrheit“).
- Ordinals (the issue's „die drittgrößte Stadt“; forty-first, hundred-third,
  two-hundred-and-seventy-fourth, three-hundred-and-fifty-third): „das zweitbeste Ergebnis“
  twice and "the party's second-best showing" 2 (hundred-fifty-third: „Zweitbeste
  Schweizerin“; two-hundred-and-eighth: „die zweitbeste von fünf Kategorien“;
  two-hundred-and-seventy-second: "its second-best total"), „ihr zweitschlechtestes
  Ergebnis ... seit 1955“ 2 and the year (two-hundred-and-forty-fourth: "the second-worst
  season"), "Germany's second-largest state by area" 2 and "Germany's fourth most populous
  state" 4 (hundred-thirty-second: "the third most populous county"), „zum zweiten Mal in
  Folge“ and "for a second straight election" 2 ("straight" none; hundred-third: "a third
  consecutive term"), „die vierte Niederlage“ and "the fourth seat to fall" 4
  (two-hundred-and-thirty-ninth: "the fourth seat the Conservatives have lost"), „die dritte
  Landtagswahl in diesem Jahr“ 3, „die ersten Sondierungsgespräche“ and „ein erstes
  Gespräch“ 1 (two-hundred-and-seventy-fourth: „erste Sondierungsgespräche“), „der erste
  Sieg“ 1, "a second round planned" 2, "the first projection" 1 (three-hundred-and-
  fourteenth: "Erste Hochrechnung"), "its first session" 1, "his first constituency
  surgery" 1 (two-hundred-and-seventy-fourth: "his first act"), "a second recount" 2,
  "at the fifth stage of the count" 5 (hundred-seventy-second: "at the sixth stage"), "for
  the first time" and "came second" (two-hundred-and-fifth), "came third", "third on 17%"
  and "was third on 19.4%" 3, "the party's ninth MP and the second to take a seat" 9 and 2.
  None: "final", "last", "next", „letzten“, „erstmals“, „zuerst“, "first preferences",
  „das wichtigste Thema“, „die wahrscheinlichste Lösung“, „der höchste Wert“, "the highest",
  "the biggest", "the largest field", „konstituierenden“.
- Durations and ages (the issue; every batch): „vor fünf Jahren“ (twice), "five years ago"
  (three times) and „weitere fünf Jahre“ 5 years („weitere“ no hedge;
  two-hundred-and-eighty-seventh: „für weitere drei Jahre“), „seit dreieinhalb Jahren“ and
  "for three and a half years" 3.5 years (three-hundred-and-twenty-sixth: "for five and a
  half hours"), „sechs Jahre lang“ 6 years (two-hundred-and-seventy-fourth: „fünf Jahre
  lang“), „seit fast zwei Jahren“ 2 years "nearly", „Zwei Tage nach der Landtagswahl“ 2 days
  (two-hundred-and-seventy-fourth: „Drei Tage nach“), „binnen sechs Wochen“ and "within six
  weeks" 6 weeks („binnen“, "within" no hedge), „knapp vier Stunden“ and "nearly four
  hours" 4 hours "nearly", „nach einer gut fünfstündigen Sondierungsrunde“ and "after more
  than five hours of talks" 5 hours "over" (two-hundred-and-seventy-fourth: „gut
  vierstündigen“), "nearly two hours" 2 hours "nearly", „für knapp 90 Minuten“ 90 minutes
  "nearly", „anderthalb Stunden länger“ 1.5 hours (three-hundred-and-fifty-third:
  „anderthalb Jahren“); ages in years: "a 44-year-old", „Ahlborn, 56,“, „Reimerdes, 49,“,
  "Mehra-Cole, 31, said" (the age dropped from the speaker, hundred-sixteenth: "Evans, 58,
  said"), „Bei den unter 25-Jährigen“ 25 "under" (two-hundred-and-fifth). None: "less than
  an hour after" (the article, hedged or not, gives no hour; two-hundred-and-eighty-seventh:
  "about an hour"), "for months", „am Wahlabend“, „noch am Abend“, „am frühen Abend“, „in der
  Nacht“, „am Nachmittag“, „nach Mitternacht“, "the early hours of Friday", "weeks before
  the budget", "since May", „in diesem Jahr“, weekdays and clock times ("at 10pm", "at
  3.42am", "6 p.m. (1600 GMT)", „von 18.00 Uhr“, „von 21.45 Uhr“; sixteenth).
- Money in the currency written (every batch): "their £500 deposits" GBP (hundred-third,
  three-hundred-and-fifty-third), „rund 1,2 Millionen Euro“ EUR "about" (its source,
  „ein Parteisprecher“, a role and unchecked).
- Years and dates: „von 2022“, "their 2022 voters", „seit dem Regierungswechsel 2024“, "the
  2024 general election", "the 2024 local elections", "since it was created in 1983",
  „seit 2003“, "the highest since 2003", „seit 1955“, „bis 2030“ years; „am 23. Oktober“,
  „am 24.
  Oktober“, „am 10. November“, "on Oct. 24", "on Nov. 10", "by Dec. 4", "on Dec. 9" dates
  without a year; Reuters and AFP English datelines with a day ("LONDON, Oct 9 (Reuters)",
  "HANOVER, Germany, Oct 10 (Reuters)", "HANOVER, Germany, Oct 11 (Reuters)", "HANOVER,
  Germany, Oct 11 (AFP)", "HANOVER, Germany, Oct 12 (AFP)", "BERLIN, Oct 13 (Reuters)",
  "HANOVER, Germany, Oct 15 (AFP)", "HANOVER, Germany, Oct 24 (Reuters)"; two-hundred-and-
  seventy-fourth: the country between city and day) dates without a year; dpa, dpa/lni,
  AFP German, PA ("LONDON (PA) -", "EDINBURGH (PA) -") and AP ("HANOVER, Germany (AP) —")
  datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "About", "about", "around",
  "roughly", "Some", "some" "about"; „knapp“, „Fast“, „fast“, "nearly", "almost" "nearly";
  „gut“, „Gut“, „mehr als“, „Mehr als“, "more than", "just over" "over"; „unter“ right
  before a figure or an age, "fewer than" "under"; „mindestens“, "at least" "at_least"; "up
  to" "up_to"; „höchstens“, "no more than" "at_most". No hedge: "Only", "only", "just"
  before a count, "all", „nur“, „nur noch“, „insgesamt“, „Insgesamt“, „zusammen“, „statt
  zuvor“, „regulär“, "regular", „weitere“, „binnen“, "within", „im Schnitt“, "averaged", "an
  average of", "estimated at", "outright", "combined", "either way", „mehr als vor“ and
  „weniger als bisher“ after a figure, "higher than" after a figure, „unter der Mehrheit“
  after a figure, „unter der“, „an der“ and "just below the" before an article, „knapp
  über die“ before a noun, „knapp vor der CDU“ (no figure), "less than" before "an hour",
  and "roughly" before a verb ("its vote roughly doubled": the verb carries no multiplier
  and the hedge no figure, nineteenth; two-hundred-and-eighty-seventh: „verdoppelte ihr
  Ergebnis fast“).
- Speakers, checked only in forms the earlier batches settled: „nach Angaben der
  Landeswahlleiterin“ (four times) -> "die Landeswahlleiterin" (hundred-third,
  two-hundred-and-fifth), „teilte die Landeswahlleiterin mit“ -> "die Landeswahlleiterin",
  „teilte der Kreiswahlleiter mit“ (twice) -> "der Kreiswahlleiter", „teilte die
  Staatskanzlei mit“ -> "die Staatskanzlei", „teilte die Stadt mit“ (twice) -> "die Stadt"
  (two-hundred-and-fifth, two-hundred-and-seventy-fourth); „SPD-Generalsekretär Malte
  Grewing sagte“ -> "Malte Grewing" (the title dropped, hundred-seventy-second); „Ahlborn
  sagte in der ARD“ -> "Ahlborn" (two-hundred-and-fifth: „Aschauer sagte im ORF“);
  „Kordsmeyer sagte“ (twice), „Jürgensmeier sagte“ and „Osterhues sagte“ opening the row
  the name as written; „..., sagte Hasselbring.“ after a Konjunktiv I paraphrase
  (hundred-thirty-fourth). English: "the returning officer said" (three times;
  sixty-fifth, two-hundred-and-seventy-fourth), "Shropshire Council said" and "Falkirk
  Council said" as written (hundred-seventy-second, two-hundred-and-seventy-fourth), "...,
  the council said" after "a Cumberland Council by-election" -> "the council" (forty-first:
  "the church said" after its name earlier), "Reform said" as written (hundred-third),
  "Trusslove said", "Jürgensmeier said", "Ahlborn said" and "Ahlborn told reporters" as
  written (two-hundred-and-fourth), "Conservative candidate Edwin Harrowell said" and
  "Labour campaign chief Rachel Dimmock said" the name with the role dropped
  (three-hundred-and-fifty-third), "..., lead candidate Imke Osterhues told AFP." and
  "Kordsmeyer told AFP" the name with the role and the addressee dropped
  (three-hundred-and-eighty-eighth: "told The Associated Press"), "said Kieran Moffatt, an
  elections expert at ..." and "said Ulrich Brandes, a political scientist at ..." the name
  (forty-first, three-hundred-and-fifty-sixth), "Mehra-Cole, 31, said" -> "Mehra-Cole"
  (hundred-sixteenth). Left unchecked (None): results, projections, polls, analyses and
  tallies as sources („nach der ARD-Prognose“, „Nach der ZDF-Hochrechnung“, „den
  Hochrechnungen zufolge“, „Nach dem vorläufigen amtlichen Endergebnis“, „wie aus der
  Wählerwanderungsanalyse von Infratest dimap hervorgeht“, „Infratest dimap befragte“, „sah
  die Forschungsgruppe Wahlen“, "projections for public broadcaster ARD showed", "according
  to projections", "final provisional results showed", "according to preliminary figures",
  "a PA tally of the results showed"; forty-first,
  hundred-third, two-hundred-and-seventy-fourth), documents ("according to the returning
  officer's declaration"; hundred-third: "according to the division list"), roles and
  plural or common-noun sources („sagte ein Parteisprecher“, „Der CDU-Generalsekretär sagte
  im ZDF“, „teilte die Partei mit“, "the party said" twice, "a Labour spokesperson said",
  "election officials said", "Party strategists say", "the state returning officer said";
  forty-first, two-hundred-and-fifth, two-hundred-and-seventy-fourth), "Ahlborn has said"
  (two-hundred-and-seventy-fourth: "The government has said"), „kündigte an“ (twice),
  „räumte ... ein“, „schloss ... aus“, „nannte er“ and "has made ... a condition" (no verbs
  of saying), rows without attribution and all negatives, also those with a named speaker.
  New: "a House of Commons Library briefing showed" leaves the speaker unchecked - a
  briefing is a document as the source, as "according to the division list" was
  (hundred-third), although the Library itself is a body.
- Negatives (seventh, ninety-eighth, two-hundred-and-fourth, two-hundred-and-fifth,
  two-hundred-and-seventy-fourth, three-hundred-and-fifty-third,
  three-hundred-and-eighty-eighth), none with a figure: victory and defeat lines in quotes
  (Ahlborn, Kordsmeyer, Reimerdes, Trusslove, Balgarnie, Dörgeloh, a Labour spokesperson,
  Dimmock, Moffatt), labels („sprach von“ four times, „nannte“ twice, "called" three
  times, "hailed", "dismissed ... as"), the Chancellor's congratulation
  (two-hundred-and-seventy-fourth: a congratulation is a courtesy), the Greens' accusation
  naming no fact (German and English; hundred-twentieth), the Young Socialists' vow, the
  CDU slogan on posters (fifty-seventh), the headings „Hintergrund: ...“, „Analyse: ...“ and
  "FACTBOX-..." (three-hundred-and-eighty-eighth), election-night atmosphere („brach lauter
  Jubel aus“, „betretenes Schweigen“, „lange Schlangen“; forty-first), vox pops in both
  languages (three-hundred-and-eighty-eighth), Hasselbring's „hält ... für“ (ninety-eighth),
  commentators', analysts' and strategists' views and forecasts without a figure
  ("privately describe the race as too close to call", "could shape the mood in Berlin for
  months", "Few analysts expect ...", „Wahlforscher erwarten ...“, „werteten ... als“), the
  FDP leadership's no-comment (twenty-first), a board member's appeal naming no measure
  (two-hundred-and-eighty-seventh), speculation in the party, the Union's worry, and open
  questions („Ob die FDP ...“, „Ob die SPD-Basis ...“, "Whether the Greens ...").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_393 = [
    # --- By-election day in Kelsworth and Dunmere (PA), Thursday, October 8 ---
    (
        "en",
        "LONDON (PA) - Voters in Kelsworth and Dunmere go to the polls on Thursday in a by-election triggered by the resignation of Labour MP Martin Corless over a lobbying row.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Corless held the seat at the general election with a majority of 6,630 over Reform UK.",
        True,
        [("count", 6630, None, None)],
        None,
    ),
    (
        "en",
        "Eleven candidates are standing, the largest field in the constituency since it was created in 1983.",
        True,
        [("count", 11, None, None), ("year", 1983, None, None)],
        None,
    ),
    (
        "en",
        "About 74,900 people are registered to vote, more than 11,000 of them by post, the returning officer said.",
        True,
        [("count", 74900, None, "about"), ("count", 11000, None, "over")],
        "the returning officer",
    ),
    (
        "en",
        "Polls close at 10pm, and the count at Dunmere Leisure Centre is expected to run into the early hours of Friday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A Survation poll commissioned by Reform gave its candidate 38% and Labour 31%, with sampling error of no more than 4 percentage points either way.",
        True,
        [("percent", 38, "%", None), ("percent", 31, "%", None), ("percent", 4, "pp", "at_most")],
        None,
    ),
    ("en", 'Labour dismissed the survey as "a push poll dressed up as news."', False, [], None),
    ("en", "Party strategists on all sides privately describe the race as too close to call.", False, [], None),
    # --- Reform takes Kelsworth and Dunmere (PA), Friday, October 9 ---
    (
        "en",
        "LONDON (PA) - Reform UK has won the Kelsworth and Dunmere by-election, overturning a Labour majority of 6,630 to take the seat by 3,118 votes.",
        True,
        [("count", 6630, None, None), ("count", 3118, None, None)],
        None,
    ),
    (
        "en",
        "Gavin Trusslove, a 44-year-old former haulage manager, polled 11,208 votes against 8,090 for Labour's Anisha Mehra-Cole.",
        True,
        [("duration", 44, "year", None), ("count", 11208, None, None), ("count", 8090, None, None)],
        None,
    ),
    (
        "en",
        "Only 36.4 per cent of the electorate voted, against 61.9 per cent at the general election, the returning officer said.",
        True,
        [("percent", 36.4, "%", None), ("percent", 61.9, "%", None)],
        "the returning officer",
    ),
    (
        "en",
        "The swing from Labour to Reform was 12.9 percentage points, the biggest against the governing party at a by-election in this parliament.",
        True,
        [("percent", 12.9, "pp", None)],
        None,
    ),
    (
        "en",
        "The Conservatives came third with 2,488 votes, or 9.2 per cent, down from 13.1 per cent at the general election.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 2488, None, None),
            ("percent", 9.2, "%", None),
            ("percent", 13.1, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The Liberal Democrats, the Greens and all six other candidates lost their £500 deposits.",
        True,
        [("count", 6, None, None), ("money", 500, "GBP", None)],
        None,
    ),
    (
        "en",
        "The result was declared at 3.42am, after the count was held up for nearly two hours while postal ballots were checked.",
        True,
        [("duration", 2, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Rejected ballot papers numbered 212, most of them left blank, according to the returning officer's declaration.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "en",
        '"Tonight Kelsworth and Dunmere told Westminster it is done being taken for granted," Trusslove said in his victory speech.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Trusslove said he would hold his first constituency surgery in Dunmere on Saturday.",
        True,
        [("ordinal", 1, None, None)],
        "Trusslove",
    ),
    ("en", 'Mehra-Cole called the result "a painful night for Labour, but not the end of the story."', False, [], None),
    (
        "en",
        "Kelsworth and Dunmere is the fourth seat to fall from Labour at a by-election since the 2024 general election.",
        True,
        [("ordinal", 4, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Labour loses a safe seat (Reuters), October 9 ---
    (
        "en",
        "LONDON, Oct 9 (Reuters) - Britain's governing Labour Party lost a once-safe parliamentary seat to Reform UK in a by-election on Thursday, a fresh blow to the prime minister weeks before the budget.",
        True,
        [("date", "--10-09", None, None)],
        None,
    ),
    (
        "en",
        "Reform won 41.4% of the vote in Kelsworth and Dunmere, up 11.1 points on the general election, while Labour's share fell 14.7 points to 29.9%.",
        True,
        [
            ("percent", 41.4, "%", None),
            ("percent", 11.1, "pp", None),
            ("percent", 14.7, "pp", None),
            ("percent", 29.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The government still commands a large majority in the 650-seat Commons, and the loss poses no threat to it.",
        True,
        [("count", 650, None, None)],
        None,
    ),
    (
        "en",
        "With Trusslove, nine MPs now sit for the party, two of them elected at by-elections, Reform said.",
        True,
        [("count", 9, None, None), ("count", 2, None, None)],
        "Reform",
    ),
    (
        "en",
        "Party strategists say up to 40 Labour seats in the Midlands could fall on a similar swing at a general election.",
        True,
        [("count", 40, None, "up_to")],
        None,
    ),
    ("en", '"People lent us their votes, and we have to earn them back," a Labour spokesperson said.', False, [], None),
    (
        "en",
        "In a YouGov survey released on Wednesday, Reform stood at 29%, four points clear of Labour, with the Conservatives third on 17%.",
        True,
        [
            ("percent", 29, "%", None),
            ("percent", 4, "pp", None),
            ("ordinal", 3, None, None),
            ("percent", 17, "%", None),
        ],
        None,
    ),
    # --- Nachwahl in England (dpa), Freitag, 9. Oktober ---
    (
        "de",
        "London (dpa) - Die Rechtspopulisten von Reform UK haben bei einer Nachwahl zum britischen Unterhaus einen bislang als sicher geltenden Labour-Sitz erobert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ihr Kandidat Gavin Trusslove setzte sich im Wahlkreis Kelsworth and Dunmere mit gut 3.100 Stimmen Vorsprung durch.",
        True,
        [("count", 3100, None, "over")],
        None,
    ),
    (
        "de",
        "Reform UK kam auf gut zwei Fünftel der Stimmen, Labour auf knapp 30 Prozent.",
        True,
        [("fraction", 0.4, None, "over"), ("percent", 30, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei nur 36,4 Prozent, bei der Unterhauswahl waren es knapp 62 Prozent gewesen.",
        True,
        [("percent", 36.4, "%", None), ("percent", 62, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Für Labour ist es bereits die vierte Niederlage bei einer Nachwahl seit dem Regierungswechsel 2024.",
        True,
        [("ordinal", 4, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Britische Kommentatoren werteten das Ergebnis als schweren Denkzettel für die Regierung in London.",
        False,
        [],
        None,
    ),
    ("de", "Der Sieger sprach in der Nacht von einem „Weckruf für Westminster“.", False, [], None),
    # --- Council by-elections (PA), Friday, October 9 ---
    (
        "en",
        "LONDON (PA) - Reform UK gained three council seats and the Liberal Democrats two in Thursday's 11 local by-elections, a PA tally of the results showed.",
        True,
        [("count", 3, None, None), ("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Labour lost four of the five seats it was defending, three of them to Reform.",
        True,
        [("count", 4, None, None), ("count", 5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "In the Brackenhurst division of Nottinghamshire County Council, Reform's Carl Ruddick took 1,436 votes, a majority of 508 over Labour, on a turnout of 24.8 per cent.",
        True,
        [("count", 1436, None, None), ("count", 508, None, None), ("percent", 24.8, "%", None)],
        None,
    ),
    (
        "en",
        "The Liberal Democrats took the Abbotsmead ward in Shropshire from the Conservatives by just 19 votes after a recount.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Some 3,400 voters took part in the Abbotsmead contest, a turnout of 31.7 per cent, Shropshire Council said.",
        True,
        [("count", 3400, None, "about"), ("percent", 31.7, "%", None)],
        "Shropshire Council",
    ),
    (
        "en",
        "Conservative candidate Edwin Harrowell said his request for a second recount had been turned down.",
        True,
        [("ordinal", 2, None, None)],
        "Edwin Harrowell",
    ),
    (
        "en",
        "Across the 11 contests, Reform's average share was just over 31%, about 14 points higher than when the seats were last fought.",
        True,
        [("count", 11, None, None), ("percent", 31, "%", "over"), ("percent", 14, "pp", "about")],
        None,
    ),
    ("en", 'A Conservative spokesman said the party had "a lot of listening to do."', False, [], None),
    # --- Falkirk council by-election (PA), Friday, October 9 ---
    (
        "en",
        "EDINBURGH (PA) - The SNP kept its seat in Falkirk's Carronvale ward in a council by-election that was settled only at the fifth stage of the count.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "en",
        "Morven Balgarnie led on first preferences with 1,804, or 36.2%, while Labour's candidate had 1,377.",
        True,
        [("count", 1804, None, None), ("percent", 36.2, "%", None), ("count", 1377, None, None)],
        None,
    ),
    (
        "en",
        "The quota was 2,117 votes, a mark Balgarnie passed after transfers from the Green and Conservative candidates.",
        True,
        [("count", 2117, None, None)],
        None,
    ),
    ("en", "Turnout was 27.3%, Falkirk Council said.", True, [("percent", 27.3, "%", None)], "Falkirk Council"),
    (
        "en",
        "Reform UK, contesting the ward for the first time, came second with almost a quarter of first preferences.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 2, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("en", '"The SNP is back on its feet in Falkirk," Balgarnie told supporters at the count.', False, [], None),
    # --- Vor der Landtagswahl (dpa/lni), Samstag, 10. Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Rund 6,2 Millionen Niedersachsen sind an diesem Sonntag aufgerufen, einen neuen Landtag zu wählen.",
        True,
        [("count", 6200000, None, "about")],
        None,
    ),
    (
        "de",
        "Um die Stimmen bewerben sich 14 Parteien, in den 87 Wahlkreisen treten insgesamt 612 Direktkandidatinnen und -kandidaten an.",
        True,
        [("count", 14, None, None), ("count", 87, None, None), ("count", 612, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als 1,9 Millionen Wahlberechtigte haben nach Angaben der Landeswahlleiterin Briefwahlunterlagen beantragt, so viele wie noch nie.",
        True,
        [("count", 1900000, None, "over")],
        "die Landeswahlleiterin",
    ),
    (
        "de",
        "In der letzten Umfrage von Infratest dimap lag die SPD von Ministerpräsidentin Friederike Ahlborn mit 29 Prozent knapp vor der CDU mit 28 Prozent.",
        True,
        [("percent", 29, "%", None), ("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "Die AfD kam in der Umfrage auf 18 Prozent, die Grünen auf elf.",
        True,
        [("percent", 18, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Ahlborn, 56, regiert seit dreieinhalb Jahren an der Spitze einer rot-grünen Koalition.",
        True,
        [("duration", 56, "year", None), ("duration", 3.5, "year", None)],
        None,
    ),
    (
        "de",
        "Ihr Herausforderer Carsten Kordsmeyer plakatierte im ganzen Land den Slogan „Niedersachsen kann mehr“.",
        False,
        [],
        None,
    ),
    ("de", "Wahlforscher erwarten einen langen Abend mit knappen Mehrheitsverhältnissen.", False, [], None),
    # --- Hintergrund: So wählt Niedersachsen (dpa/lni), 10. Oktober ---
    ("de", "Hintergrund: So funktioniert die Landtagswahl in Niedersachsen", False, [], None),
    ("de", "Jede Wählerin und jeder Wähler hat zwei Stimmen.", True, [("count", 2, None, None)], None),
    (
        "de",
        "Mit der Erststimme wird in jedem der 87 Wahlkreise ein Abgeordneter direkt gewählt, die Zweitstimme entscheidet über die Stärke der Parteien.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Der Landtag hat mindestens 135 Sitze, durch Überhang- und Ausgleichsmandate können es mehr werden.",
        True,
        [("count", 135, None, "at_least")],
        None,
    ),
    (
        "de",
        "In den Landtag kommt nur, wer landesweit mindestens fünf Prozent der Zweitstimmen erhält.",
        True,
        [("percent", 5, "%", "at_least")],
        None,
    ),
    # --- Lower Saxony votes (Reuters), October 10 ---
    (
        "en",
        "HANOVER, Germany, Oct 10 (Reuters) - Voters in Lower Saxony, Germany's second-largest state by area, elect a new regional parliament on Sunday in a test for the chancellor's coalition in Berlin.",
        True,
        [("date", "--10-10", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Social Democrats of state premier Friederike Ahlborn have governed with the Greens for three and a half years.",
        True,
        [("duration", 3.5, "year", None)],
        None,
    ),
    (
        "en",
        "The last poll before the vote put the SPD one point ahead of the Christian Democrats, with a margin of error of up to 2.9 percentage points.",
        True,
        [("percent", 1, "pp", None), ("percent", 2.9, "pp", "up_to")],
        None,
    ),
    (
        "en",
        "The far-right Alternative for Germany (AfD) was polling at around 18%, nearly seven points above its result five years ago.",
        True,
        [("percent", 18, "%", "about"), ("percent", 7, "pp", "nearly"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "About 6.2 million people are eligible to vote, and polling stations close at 6 p.m. (1600 GMT).",
        True,
        [("count", 6200000, None, "about")],
        None,
    ),
    ("en", "Analysts say the outcome could shape the mood in Berlin for months.", False, [], None),
    # --- Prognose um 18 Uhr (dpa), Sonntag, 11. Oktober ---
    (
        "de",
        "Hannover (dpa) - Die SPD hat die Landtagswahl in Niedersachsen nach der ARD-Prognose von 18.00 Uhr knapp vor der CDU gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Sozialdemokraten kommen demnach auf 29,5 Prozent, die CDU auf 27,8 Prozent.",
        True,
        [("percent", 29.5, "%", None), ("percent", 27.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die AfD erreicht 19,4 Prozent und damit gut acht Punkte mehr als vor fünf Jahren.",
        True,
        [("percent", 19.4, "%", None), ("percent", 8, "pp", "over"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Die Grünen stürzen auf 9,6 Prozent ab, ein Minus von 4,5 Prozentpunkten.",
        True,
        [("percent", 9.6, "%", None), ("percent", 4.5, "pp", None)],
        None,
    ),
    (
        "de",
        "FDP, Linke und BSW liegen mit 4,6, 4,2 und 3,1 Prozent unter der Fünf-Prozent-Hürde.",
        True,
        [
            ("percent", 4.6, "%", None),
            ("percent", 4.2, "%", None),
            ("percent", 3.1, "%", None),
            ("percent", 5, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Im ZDF sah die Forschungsgruppe Wahlen die SPD bei 29,9 und die CDU bei 27,4 Prozent.",
        True,
        [("percent", 29.9, "%", None), ("percent", 27.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bei der SPD-Wahlparty im Leineschloss brach lauter Jubel aus, als die Balken auf den Bildschirmen erschienen.",
        False,
        [],
        None,
    ),
    ("de", "Im Lager der CDU herrschte dagegen betretenes Schweigen.", False, [], None),
    # --- SPD narrowly wins (Reuters), October 11 ---
    (
        "en",
        "HANOVER, Germany, Oct 11 (Reuters) - Germany's Social Democrats narrowly won a regional election in Lower Saxony on Sunday, projections for public broadcaster ARD showed, while the far right made big gains.",
        True,
        [("date", "--10-11", None, None)],
        None,
    ),
    (
        "en",
        "The SPD was projected to win 29.5% of the vote against 27.8% for the conservative Christian Democrats (CDU).",
        True,
        [("percent", 29.5, "%", None), ("percent", 27.8, "%", None)],
        None,
    ),
    (
        "en",
        "The AfD was third on 19.4%, the party's second-best showing in any western German state.",
        True,
        [("ordinal", 3, None, None), ("percent", 19.4, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Greens slumped to 9.6%, down 4.5 points, while the pro-business Free Democrats (FDP) hovered just below the 5% threshold needed to enter parliament.",
        True,
        [("percent", 9.6, "%", None), ("percent", 4.5, "pp", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout was estimated at 65.5%, up from 61.2% five years ago.",
        True,
        [("percent", 65.5, "%", None), ("percent", 61.2, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"This is a good evening for Lower Saxony and a good evening for social democracy," Ahlborn told cheering supporters in Hanover.',
        False,
        [],
        None,
    ),
    ("en", "The result will come as some relief to the chancellor's coalition in Berlin.", False, [], None),
    # --- Hochrechnungen und Sitze (dpa), 11. Oktober ---
    (
        "de",
        "Hannover (dpa) - Nach der ZDF-Hochrechnung von 21.45 Uhr käme die SPD im neuen Landtag auf 50 Sitze, die CDU auf 46, die AfD auf 30 und die Grünen auf 15.",
        True,
        [("count", 50, None, None), ("count", 46, None, None), ("count", 30, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Rot-Grün käme damit nur noch auf 65 der 141 Sitze und läge sechs Mandate unter der Mehrheit.",
        True,
        [("count", 65, None, None), ("count", 141, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Rechnerisch möglich wäre eine große Koalition aus SPD und CDU mit zusammen 96 Sitzen.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Die CDU fährt nach den Hochrechnungen ihr zweitschlechtestes Ergebnis in Niedersachsen seit 1955 ein.",
        True,
        [("ordinal", 2, None, None), ("year", 1955, None, None)],
        None,
    ),
    (
        "de",
        "Für die AfD ist es das zweitbeste Ergebnis bei einer Landtagswahl in einem westdeutschen Flächenland.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Hochrechnungen von ARD und ZDF wichen bei allen Parteien um höchstens 0,4 Prozentpunkte voneinander ab.",
        True,
        [("percent", 0.4, "pp", "at_most")],
        None,
    ),
    (
        "de",
        "Ob die FDP doch noch in den Landtag einzieht, dürfte sich erst nach Mitternacht entscheiden.",
        False,
        [],
        None,
    ),
    # --- Reaktionen von SPD und CDU (dpa), 11. Oktober ---
    (
        "de",
        "„Niedersachsen hat sich heute für Verlässlichkeit entschieden“, sagte Ahlborn vor jubelnden Anhängern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ahlborn sagte in der ARD, sie werde zuerst mit den Grünen und danach mit der CDU sprechen.",
        True,
        [],
        "Ahlborn",
    ),
    ("de", "Eine Koalition mit der AfD schloss sie erneut aus.", True, [], None),
    (
        "de",
        "CDU-Spitzenkandidat Carsten Kordsmeyer räumte am frühen Abend ein, sein Wahlziel verfehlt zu haben.",
        True,
        [],
        None,
    ),
    ("de", "„Da gibt es nichts schönzureden, das ist kein guter Abend für uns“, sagte Kordsmeyer.", False, [], None),
    (
        "de",
        "Kordsmeyer sagte, die CDU stehe für Gespräche mit der SPD bereit, werde aber „nicht um jeden Preis“ in eine Regierung eintreten.",
        True,
        [],
        "Kordsmeyer",
    ),
    (
        "de",
        "SPD-Generalsekretär Malte Grewing sagte, seine Partei habe 49 der 87 Wahlkreise direkt gewonnen, sieben mehr als vor fünf Jahren.",
        True,
        [("count", 49, None, None), ("count", 87, None, None), ("count", 7, None, None), ("duration", 5, "year", None)],
        "Malte Grewing",
    ),
    ("de", "Grewing nannte das Ergebnis einen „klaren Auftrag zum Weiterregieren“.", False, [], None),
    # --- AfD, Grüne und FDP (AFP), 11. Oktober ---
    (
        "de",
        "Hannover (AFP) - Die AfD hat bei der Landtagswahl in Niedersachsen den Hochrechnungen zufolge um gut acht Prozentpunkte zugelegt.",
        True,
        [("percent", 8, "pp", "over")],
        None,
    ),
    (
        "de",
        "Spitzenkandidat Ralf Jürgensmeier sprach von einem „historischen Abend für die Patrioten in Niedersachsen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jürgensmeier sagte, seine Partei habe in drei Wahlkreisen im Nordwesten das Direktmandat geholt, erstmals in einem westdeutschen Flächenland.",
        True,
        [("count", 3, None, None)],
        "Jürgensmeier",
    ),
    (
        "de",
        "Grünen-Spitzenkandidatin Imke Osterhues nannte das Ergebnis „schmerzhaft, aber kein Absturz“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Osterhues sagte, die Grünen hätten gut ein Drittel ihrer Wählerinnen und Wähler von 2022 verloren, die meisten an die SPD.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2022, None, None)],
        "Osterhues",
    ),
    ("de", "FDP-Landeschef Tobias Reimerdes kündigte noch am Abend seinen Rücktritt an.", True, [], None),
    (
        "de",
        "„Das ist ein bitterer Abend für die Freien Demokraten in Niedersachsen“, sagte Reimerdes.",
        False,
        [],
        None,
    ),
    # --- Far right surges (AFP), October 11 ---
    (
        "en",
        "HANOVER, Germany, Oct 11 (AFP) - The far-right AfD surged in Lower Saxony's state election on Sunday, winning almost one in five votes, according to projections.",
        True,
        [("date", "--10-11", None, None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        'AfD lead candidate Ralf Jürgensmeier hailed "a historic evening for the patriots of Lower Saxony."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Jürgensmeier said the party had won three constituencies outright in the state's north-west.",
        True,
        [("count", 3, None, None)],
        "Jürgensmeier",
    ),
    (
        "en",
        "The Greens lost more than a third of their 2022 voters, lead candidate Imke Osterhues told AFP.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2022, None, None)],
        "Imke Osterhues",
    ),
    (
        "en",
        "FDP state leader Tobias Reimerdes announced his resignation less than an hour after the first projection.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"It is a bitter evening for the Free Democrats," Reimerdes said.', False, [], None),
    (
        "en",
        "Few analysts expect the SPD and the Greens to keep their majority when all the votes are counted.",
        False,
        [],
        None,
    ),
    # --- Reaktionen aus Berlin (dpa), 11. Oktober ---
    (
        "de",
        "Berlin (dpa) - Der Bundeskanzler hat Ministerpräsidentin Ahlborn noch am Wahlabend zu ihrem Sieg gratuliert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die SPD-Spitze im Bund sprach von einem „Signal der Stabilität weit über Niedersachsen hinaus“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der CDU-Generalsekretär sagte im ZDF, die Union habe in Niedersachsen gut 60.000 Stimmen an die AfD verloren.",
        True,
        [("count", 60000, None, "over")],
        None,
    ),
    (
        "de",
        "Es ist die dritte Landtagswahl in diesem Jahr, bei der die AfD mehr als 15 Prozent erreicht.",
        True,
        [("ordinal", 3, None, None), ("percent", 15, "%", "over")],
        None,
    ),
    ("de", "Die FDP-Bundesspitze wollte das Ergebnis am Abend nicht kommentieren.", False, [], None),
    # --- Stimmen aus Wolfsburg (dpa), 11. Oktober ---
    (
        "de",
        "Wolfsburg (dpa) - Vor den Wahllokalen in der Innenstadt bildeten sich am Nachmittag lange Schlangen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ich habe mein Leben lang SPD gewählt, diesmal nicht“, sagte die Rentnerin Gisela Wehking.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Wolfsburg lag die Wahlbeteiligung am Nachmittag bei 41,2 Prozent, teilte die Stadt mit.",
        True,
        [("percent", 41.2, "%", None)],
        "die Stadt",
    ),
    ("de", "Ein junger Mann aus Fallersleben sagte, ihm gehe es vor allem um bezahlbare Mieten.", False, [], None),
    # --- Lower Saxony's voters (AP), October 11 ---
    (
        "en",
        "HANOVER, Germany (AP) — Germany's center-left Social Democrats held on to power in the northern state of Lower Saxony on Sunday, but the far right made strong gains, according to projections.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Lower Saxony, home to about 8 million people, is Germany's fourth most populous state.",
        True,
        [("count", 8000000, None, "about"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"They promised us the plant would stay open, and it did," said Heinz-Dieter Wübbeler, a retired machinist, after voting in Wolfsburg.',
        False,
        [],
        None,
    ),
    ("en", "Others said they had backed the AfD out of anger over migration and energy prices.", False, [], None),
    (
        "en",
        "The AfD won more than a quarter of the vote in about 20 rural districts, said Ulrich Brandes, a political scientist at Leibniz University Hannover.",
        True,
        [("fraction", 0.25, None, "over"), ("count", 20, None, "about")],
        "Ulrich Brandes",
    ),
    (
        "en",
        "In several districts around Cloppenburg its vote roughly doubled, according to preliminary figures.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Turnout was about 65%, roughly four percentage points higher than at the last state election, election officials said.",
        True,
        [("percent", 65, "%", "about"), ("percent", 4, "pp", "about")],
        None,
    ),
    # --- Auszählung mit Hindernissen (dpa/lni), Montag, 12. Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - In zwei Wahlbezirken in Hannover-Linden musste die Auszählung in der Nacht wegen eines Stromausfalls für knapp 90 Minuten unterbrochen werden.",
        True,
        [("count", 2, None, None), ("duration", 90, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "Die Auszählung der Briefwahlstimmen dauerte in Braunschweig anderthalb Stunden länger als geplant, teilte die Stadt mit.",
        True,
        [("duration", 1.5, "hour", None)],
        "die Stadt",
    ),
    (
        "de",
        "Landesweit waren mehr als 38.000 Wahlhelferinnen und Wahlhelfer im Einsatz.",
        True,
        [("count", 38000, None, "over")],
        None,
    ),
    (
        "de",
        "Gut jeder dritte Wähler stimmte nach Angaben der Landeswahlleiterin per Brief ab.",
        True,
        [("fraction", 0.3333, None, "over")],
        "die Landeswahlleiterin",
    ),
    # --- Vorläufiges Endergebnis (dpa/lni), 12. Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Nach dem vorläufigen amtlichen Endergebnis kommt die SPD bei der Landtagswahl in Niedersachsen auf 30,1 Prozent, ein Minus von 3,1 Prozentpunkten.",
        True,
        [("percent", 30.1, "%", None), ("percent", 3.1, "pp", None)],
        None,
    ),
    (
        "de",
        "Die CDU erreicht 27,3 Prozent, die AfD 18,9 und die Grünen 10,2 Prozent.",
        True,
        [("percent", 27.3, "%", None), ("percent", 18.9, "%", None), ("percent", 10.2, "%", None)],
        None,
    ),
    (
        "de",
        "Für die Grünen ist es trotz der Verluste das zweitbeste Ergebnis in Niedersachsen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "An der Fünf-Prozent-Hürde scheitert die FDP mit 4,8 Prozent, ebenso die Linke mit 4,4 und das BSW mit 2,9 Prozent.",
        True,
        [
            ("percent", 5, "%", None),
            ("percent", 4.8, "%", None),
            ("percent", 4.4, "%", None),
            ("percent", 2.9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung stieg nach Angaben der Landeswahlleiterin auf 65,8 Prozent, ein Plus von 4,6 Prozentpunkten und der höchste Wert seit 2003.",
        True,
        [("percent", 65.8, "%", None), ("percent", 4.6, "pp", None), ("year", 2003, None, None)],
        "die Landeswahlleiterin",
    ),
    (
        "de",
        "Weil die SPD mehr Direktmandate gewann, als ihr nach Zweitstimmen zustehen, wächst der Landtag von regulär 135 auf 141 Sitze.",
        True,
        [("count", 135, None, None), ("count", 141, None, None)],
        None,
    ),
    (
        "de",
        "Die SPD stellt künftig 51 Abgeordnete, die CDU 45, die AfD 29 und die Grünen 16.",
        True,
        [("count", 51, None, None), ("count", 45, None, None), ("count", 29, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Rot-Grün kommt damit auf 67 Sitze, vier weniger als die für eine Mehrheit nötigen 71.",
        True,
        [("count", 67, None, None), ("count", 4, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Von den 87 Wahlkreisen gewann die SPD 49, die CDU 35 und die AfD drei.",
        True,
        [("count", 87, None, None), ("count", 49, None, None), ("count", 35, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das amtliche Endergebnis will der Landeswahlausschuss am 23. Oktober feststellen.",
        True,
        [("date", "--10-23", None, None)],
        None,
    ),
    # --- Final results (AFP), October 12 ---
    (
        "en",
        "HANOVER, Germany, Oct 12 (AFP) - Lower Saxony's ruling Social Democrats and Greens lost their majority in Sunday's state election, final provisional results showed Monday.",
        True,
        [("date", "--10-12", None, None)],
        None,
    ),
    (
        "en",
        "The SPD won 30.1 percent and the Greens 10.2 percent, giving the two parties 67 of the 141 seats in the enlarged state parliament, four short of a majority.",
        True,
        [
            ("percent", 30.1, "%", None),
            ("percent", 10.2, "%", None),
            ("count", 2, None, None),
            ("count", 67, None, None),
            ("count", 141, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "The conservative CDU took 27.3 percent and the AfD 18.9 percent, up 7.7 points on five years ago.",
        True,
        [
            ("percent", 27.3, "%", None),
            ("percent", 18.9, "%", None),
            ("percent", 7.7, "pp", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The FDP missed the five-percent hurdle with 4.8 percent, falling short by some 19,000 votes.",
        True,
        [("percent", 5, "%", None), ("percent", 4.8, "%", None), ("count", 19000, None, "about")],
        None,
    ),
    (
        "en",
        "Turnout rose to 65.8 percent, the highest since 2003, the state returning officer said.",
        True,
        [("percent", 65.8, "%", None), ("year", 2003, None, None)],
        None,
    ),
    ("en", "A grand coalition of SPD and CDU would command 96 seats.", True, [("count", 96, None, None)], None),
    (
        "en",
        "Ahlborn has said she will hold exploratory talks with the Greens first and then with the CDU.",
        True,
        [],
        None,
    ),
    # --- Wählerwanderung (dpa), 12. Oktober ---
    (
        "de",
        "Berlin (dpa) - Die AfD hat bei der Niedersachsen-Wahl vor allem frühere Nichtwähler mobilisiert, wie aus der Wählerwanderungsanalyse von Infratest dimap hervorgeht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Aus diesem Lager gewann sie rund 95.000 Stimmen, von der CDU etwa 60.000 und von der SPD knapp 40.000.",
        True,
        [("count", 95000, None, "about"), ("count", 60000, None, "about"), ("count", 40000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Bei den unter 25-Jährigen kam die AfD auf 23 Prozent und lag damit gleichauf mit der SPD.",
        True,
        [("duration", 25, "year", "under"), ("percent", 23, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Arbeiter stimmte für die AfD, unter Rentnerinnen und Rentnern nur gut jeder zehnte.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Für 38 Prozent der Befragten war die wirtschaftliche Lage das wichtigste Thema, für 24 Prozent die Migration.",
        True,
        [("percent", 38, "%", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "de",
        "Zwei von drei SPD-Wählern gaben an, vor allem wegen der Ministerpräsidentin für die Partei gestimmt zu haben.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Infratest dimap befragte am Wahltag 21.417 Wählerinnen und Wähler in 240 Wahllokalen.",
        True,
        [("count", 21417, None, None), ("count", 240, None, None)],
        None,
    ),
    (
        "de",
        "Politikwissenschaftler Jörn Hasselbring von der Universität Göttingen hält eine große Koalition für die wahrscheinlichste Lösung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf dem Land habe die AfD im Schnitt 22 Prozent erreicht, in den Großstädten 13 Prozent, sagte Hasselbring.",
        True,
        [("percent", 22, "%", None), ("percent", 13, "%", None)],
        "Hasselbring",
    ),
    # --- FACTBOX (Reuters), October 12 ---
    ("en", "FACTBOX-How Lower Saxony voted and what comes next", False, [], None),
    (
        "en",
        "The SPD won 49 of the state's 87 constituencies, the CDU 35 and the AfD three, all of them in the north-west.",
        True,
        [("count", 49, None, None), ("count", 87, None, None), ("count", 35, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Because the SPD won more constituencies than its share of the vote entitled it to, the parliament grows to 141 seats from the regular 135.",
        True,
        [("count", 141, None, None), ("count", 135, None, None)],
        None,
    ),
    (
        "en",
        "A party needs at least 5% of the vote to win seats, and the FDP missed that mark for a second straight election.",
        True,
        [("percent", 5, "%", "at_least"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "A state premier needs the votes of 71 of the 141 members to be elected.",
        True,
        [("count", 71, None, None), ("count", 141, None, None)],
        None,
    ),
    (
        "en",
        "The new parliament is due to hold its first session on Nov. 10.",
        True,
        [("ordinal", 1, None, None), ("date", "--11-10", None, None)],
        None,
    ),
    # --- FDP nach dem Aus (dpa/lni), 12. Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Die FDP ist zum zweiten Mal in Folge an der Fünf-Prozent-Hürde gescheitert und bleibt damit weitere fünf Jahre außerhalb des Landtags.",
        True,
        [("ordinal", 2, None, None), ("percent", 5, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Den Liberalen fehlten nach dem vorläufigen Endergebnis rund 19.000 Zweitstimmen.",
        True,
        [("count", 19000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Landesvorstand will am Samstag in Hannover über die Nachfolge von Reimerdes beraten, teilte die Partei mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Reimerdes, 49, hatte den Landesverband sechs Jahre lang geführt.",
        True,
        [("duration", 49, "year", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Der Wahlkampf habe den Landesverband rund 1,2 Millionen Euro gekostet, sagte ein Parteisprecher.",
        True,
        [("money", 1200000, "EUR", "about")],
        None,
    ),
    ("de", "In der Partei wird bereits über einen personellen Neuanfang spekuliert.", False, [], None),
    # --- Reform's new MP (PA), Monday, October 12 ---
    (
        "en",
        "LONDON (PA) - Reform UK's newest MP, Gavin Trusslove, will be sworn in at the Commons on Tuesday, the party said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Trusslove is the party's ninth MP and the second to take a seat from Labour at a by-election.",
        True,
        [("ordinal", 9, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Labour campaign chief Rachel Dimmock said party volunteers had knocked on more than 40,000 doors in the constituency.",
        True,
        [("count", 40000, None, "over")],
        "Rachel Dimmock",
    ),
    ("en", '"We will learn the lessons of Kelsworth and Dunmere," Dimmock said.', False, [], None),
    (
        "en",
        "Mehra-Cole, 31, said she would stand again at the next general election.",
        True,
        [("duration", 31, "year", None)],
        "Mehra-Cole",
    ),
    # --- Nachzählung in Cuxhaven (dpa/lni), Dienstag, 13. Oktober ---
    (
        "de",
        "Cuxhaven (dpa/lni) - Im Wahlkreis Cuxhaven werden die Erststimmen der Landtagswahl neu ausgezählt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der SPD-Bewerber Hauke Thiesing lag nach dem vorläufigen Ergebnis nur 41 Stimmen vor CDU-Kandidatin Marlies Dörgeloh.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die Nachzählung sei wegen Unstimmigkeiten in zwei Briefwahlbezirken angeordnet worden, teilte der Kreiswahlleiter mit.",
        True,
        [("count", 2, None, None)],
        "der Kreiswahlleiter",
    ),
    (
        "de",
        "Sollte Dörgeloh den Wahlkreis gewinnen, bliebe die Sitzverteilung im Landtag nach Angaben der Landeswahlleiterin unverändert.",
        True,
        [],
        "die Landeswahlleiterin",
    ),
    ("de", "Dörgeloh sagte, sie rechne sich „durchaus Chancen“ aus.", False, [], None),
    ("de", "Mit einem Ergebnis wird am Mittwoch gerechnet.", True, [], None),
    # --- Sondierungen beginnen (dpa/lni), 13. Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Zwei Tage nach der Landtagswahl hat die SPD in Niedersachsen die ersten Sondierungsgespräche mit den Grünen geführt.",
        True,
        [("duration", 2, "day", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das Treffen in der Staatskanzlei dauerte knapp vier Stunden.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    ("de", "Ahlborn sprach anschließend von einem „offenen und vertrauensvollen Gespräch“.", False, [], None),
    (
        "de",
        "Weil Rot-Grün vier Stimmen zur Mehrheit fehlen, wirbt die SPD parallel um die CDU.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Mit den Christdemokraten ist für Donnerstag ein erstes Gespräch angesetzt, teilte die Staatskanzlei mit.",
        True,
        [("ordinal", 1, None, None)],
        "die Staatskanzlei",
    ),
    (
        "de",
        "Kordsmeyer sagte, die CDU gehe „mit ausgestreckter Hand, aber klarem Kompass“ in die Gespräche.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Als Bedingung nannte er ein eigenes Wirtschaftsministerium und den Verzicht auf eine Verschärfung des Landesklimagesetzes.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine neue Regierung soll nach dem Willen der SPD binnen sechs Wochen stehen.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    # --- Talks begin (Reuters), October 13 ---
    (
        "en",
        "BERLIN, Oct 13 (Reuters) - Lower Saxony's Social Democrats began exploratory talks with the Greens on Tuesday after losing their majority, with a second round planned with the conservatives on Thursday.",
        True,
        [("date", "--10-13", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The two parties met for nearly four hours at the state chancellery in Hanover.",
        True,
        [("count", 2, None, None), ("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Ahlborn told reporters the SPD wanted a new government in place within six weeks.",
        True,
        [("duration", 6, "week", None)],
        "Ahlborn",
    ),
    ("en", 'She called the talks "open and trusting."', False, [], None),
    (
        "en",
        "CDU leader Carsten Kordsmeyer has made his own economy ministry a condition for joining any coalition.",
        True,
        [],
        None,
    ),
    ("en", "Whether the Greens could stomach governing alongside the conservatives remained unclear.", False, [], None),
    # --- Labour MPs' letter (PA), Tuesday, October 13 ---
    (
        "en",
        "LONDON (PA) - Labour MPs in marginal seats have written to party headquarters demanding a change of strategy after the defeat in Kelsworth and Dunmere.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The letter, seen by PA, was signed by 38 MPs, at least 18 of whom hold majorities of fewer than 3,000.",
        True,
        [("count", 38, None, None), ("count", 18, None, "at_least"), ("count", 3000, None, "under")],
        None,
    ),
    (
        "en",
        'A Labour spokesperson said the government remained "focused on delivering for working people."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Reform has won 71 council seats in by-elections since May, more than Labour and the Conservatives combined, said Kieran Moffatt, an elections expert at the University of Leeds.",
        True,
        [("count", 71, None, None)],
        "Kieran Moffatt",
    ),
    (
        "en",
        '"On these numbers, a great many Labour seats in the Midlands and the north are in play," Moffatt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Labour's share in the 14 parliamentary by-elections since the general election has averaged 27%, down from an average of 39% when the same seats were last fought, a House of Commons Library briefing showed.",
        True,
        [("count", 14, None, None), ("percent", 27, "%", None), ("percent", 39, "%", None)],
        None,
    ),
    # --- Nachzählung bestätigt Ergebnis (dpa/lni), Mittwoch, 14. Oktober ---
    (
        "de",
        "Cuxhaven (dpa/lni) - Die Nachzählung im Wahlkreis Cuxhaven hat den knappen Sieg des SPD-Bewerbers Hauke Thiesing bestätigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Sein Vorsprung schrumpfte um neun auf 32 Stimmen, teilte der Kreiswahlleiter mit.",
        True,
        [("count", 9, None, None), ("count", 32, None, None)],
        "der Kreiswahlleiter",
    ),
    (
        "de",
        "In einem Briefwahlbezirk waren 14 Stimmzettel irrtümlich als ungültig gewertet worden.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Dörgeloh kündigte an, das Ergebnis nicht anzufechten.", True, [], None),
    ("de", "„Zur Demokratie gehört auch, eine knappe Niederlage anzunehmen“, sagte sie.", False, [], None),
    # --- SPD und CDU sondieren (dpa), Donnerstag, 15. Oktober ---
    (
        "de",
        "Hannover (dpa) - SPD und CDU in Niedersachsen haben nach einer gut fünfstündigen Sondierungsrunde die Aufnahme von Koalitionsverhandlungen empfohlen.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Beide Seiten einigten sich auf ein Zwölf-Punkte-Papier, das unter anderem 2.000 zusätzliche Lehrerstellen bis 2030 vorsieht.",
        True,
        [("count", 12, None, None), ("count", 2000, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Mit 96 Sitzen verfügte ein solches Bündnis knapp über die Zweidrittelmehrheit von 94 Stimmen, die für Änderungen der Landesverfassung nötig ist.",
        True,
        [("count", 96, None, None), ("fraction", 0.6667, None, None), ("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "Die Landesparteitage von SPD und CDU sollen am 24. Oktober über Koalitionsverhandlungen entscheiden.",
        True,
        [("date", "--10-24", None, None)],
        None,
    ),
    (
        "de",
        "Kordsmeyer sagte, die CDU beanspruche in einer großen Koalition fünf der zehn Ministerien.",
        True,
        [("count", 5, None, None), ("count", 10, None, None)],
        "Kordsmeyer",
    ),
    ("de", "Die Grünen warfen der SPD vor, „ohne Not nach rechts zu rücken“.", False, [], None),
    ("de", "Ob die SPD-Basis einem Bündnis mit der CDU zustimmt, gilt in Hannover als offen.", False, [], None),
    # --- Grand coalition talks (AFP), October 15 ---
    (
        "en",
        "HANOVER, Germany, Oct 15 (AFP) - Lower Saxony's Social Democrats and conservatives agreed on Thursday to open formal coalition negotiations after more than five hours of talks.",
        True,
        [("date", "--10-15", None, None), ("duration", 5, "hour", "over")],
        None,
    ),
    (
        "en",
        "A grand coalition would hold 96 of the 141 seats, just over two-thirds of the chamber.",
        True,
        [("count", 96, None, None), ("count", 141, None, None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "en",
        "The CDU is seeking five of the 10 ministries, Kordsmeyer told AFP.",
        True,
        [("count", 5, None, None), ("count", 10, None, None)],
        "Kordsmeyer",
    ),
    ("en", 'The Greens accused the SPD of "drifting to the right for no reason."', False, [], None),
    (
        "en",
        "Conferences of both parties are due to vote on the talks on Oct. 24.",
        True,
        [("date", "--10-24", None, None)],
        None,
    ),
    # --- Council by-elections (PA), Friday, October 16 ---
    (
        "en",
        "LONDON (PA) - The Green Party took a seat on Bristol City Council from Labour in one of eight council by-elections held on Thursday.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Green candidate Saoirse Scadding won the Redfield Vale ward with 1,912 votes, 47.3 per cent of the total, on a turnout of 29.6 per cent.",
        True,
        [("count", 1912, None, None), ("percent", 47.3, "%", None), ("percent", 29.6, "%", None)],
        None,
    ),
    (
        "en",
        "Labour's share in the ward fell by nearly 19 points compared with the 2024 local elections.",
        True,
        [("percent", 19, "pp", "nearly"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "In Lincolnshire, Reform held a county council seat by 2,006 votes to 611, a majority of 1,395, the returning officer said.",
        True,
        [("count", 2006, None, None), ("count", 611, None, None), ("count", 1395, None, None)],
        "the returning officer",
    ),
    (
        "en",
        "A tie in a Cumberland Council by-election in Cockermouth was settled by drawing a name from a hat, the council said.",
        True,
        [],
        "the council",
    ),
    (
        "en",
        "Both candidates had finished on 784 votes after three recounts.",
        True,
        [("count", 784, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", 'The losing Conservative called the outcome "a lottery, not an election."', False, [], None),
    # --- Amtliches Endergebnis (dpa/lni), Freitag, 23. Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - Der Landeswahlausschuss hat am Freitag das amtliche Endergebnis der Landtagswahl festgestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Abweichungen zum vorläufigen Ergebnis lagen bei allen Parteien unter 0,1 Prozentpunkten.",
        True,
        [("percent", 0.1, "pp", "under")],
        None,
    ),
    (
        "de",
        "Die SPD kommt amtlich auf 30,1 Prozent, die AfD auf 18,8 statt zuvor 18,9 Prozent.",
        True,
        [("percent", 30.1, "%", None), ("percent", 18.8, "%", None), ("percent", 18.9, "%", None)],
        None,
    ),
    (
        "de",
        "An der Sitzverteilung ändert sich nichts, teilte die Landeswahlleiterin mit.",
        True,
        [],
        "die Landeswahlleiterin",
    ),
    ("de", "Insgesamt wurden 4.087.312 gültige Zweitstimmen abgegeben.", True, [("count", 4087312, None, None)], None),
    (
        "de",
        "Der neue Landtag kommt am 10. November zu seiner konstituierenden Sitzung zusammen.",
        True,
        [("date", "--11-10", None, None)],
        None,
    ),
    # --- Parties back talks (Reuters), October 24 ---
    (
        "en",
        "HANOVER, Germany, Oct 24 (Reuters) - Lower Saxony's Social Democrats and Christian Democrats backed coalition talks at separate party conferences on Saturday, clearing the way for a grand coalition in the state.",
        True,
        [("date", "--10-24", None, None)],
        None,
    ),
    (
        "en",
        "At the SPD conference, 212 of the 287 delegates voted in favour, or about 74%, the party said.",
        True,
        [("count", 212, None, None), ("count", 287, None, None), ("percent", 74, "%", "about")],
        None,
    ),
    (
        "en",
        "The CDU's delegates approved the talks with only four votes against and two abstentions.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Ahlborn said the two parties aimed to sign a coalition agreement by Dec. 4 and hold the vote for state premier on Dec. 9.",
        True,
        [("count", 2, None, None), ("date", "--12-04", None, None), ("date", "--12-09", None, None)],
        "Ahlborn",
    ),
    ("en", 'Young Socialists in the state vowed to "fight this coalition every step of the way."', False, [], None),
    # --- Analyse (dpa), Samstag, 24. Oktober ---
    ("de", "Analyse: Was die Niedersachsen-Wahl für die Parteien im Bund bedeutet", False, [], None),
    (
        "de",
        "Für die SPD war es der erste Sieg bei einer Landtagswahl seit fast zwei Jahren.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Einundfünfzig der 141 Abgeordneten im neuen Landtag gehören der SPD an, fünf weniger als bisher.",
        True,
        [("count", 51, None, None), ("count", 141, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die AfD stellt in Hannover künftig mehr Abgeordnete als in jedem anderen westdeutschen Landtag.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die FDP ist damit nur noch in drei der 16 Landesparlamente vertreten.",
        True,
        [("count", 3, None, None), ("count", 16, None, None)],
        None,
    ),
    ("de", "In der Union wächst die Sorge, zwischen SPD und AfD zerrieben zu werden.", False, [], None),
    (
        "de",
        "Ein Vorstandsmitglied sagte der dpa, die Partei müsse „endlich wieder über Arbeitsplätze reden“.",
        False,
        [],
        None,
    ),
]
