"""Three-hundred-and-seventy-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, bills, a steelworks and figures
are made up (Garrett Hollins, Stefan Aigner, Sabine Thormählen, Malte Rieckenberg, Janine
Hollmann, Merle Dabrowski, Andreas Pichlbauer, Reinhold Gstrein, Claudia Fürnkranz, Jörg
Wendhausen, Andrea Lindholm, Mirko Tessendorf, Regula Imhasly, Fabian Wyss-Gerber, Beat
Rohrbach, Friederike Ansbach, Udo Kessling, Colby Maitland, Knut Eschweiler, Katja Ruhland,
Helga Marquardt, Ilse Gronewald, Rachel Tennant, Theresa Kogelnig, Harald Zechmeister, Markus
Edlinger, Thomas Aeschbacher, Anna Meienberg, Corinne Dällenbach, Mirjam Tanner, Peter
Gisler, Lena Zurbriggen, Verena Amsler, Klaus Doppler; Imogen Thackeray, Dawn Pilling,
Rupert Ainsley, Harriet Coyle, Sir Anthony Pellingham, Lucinda Varga, Wendell Harrow, Marcus
Trelawny, Nadia Ferrante, Baroness Thornbury, Lord Ellerby, Howard Jeffcoat, Alma Kettridge,
Dean Purcell, Owen Castellan, Gareth Ollerenshaw, Helen Rushbrooke, the Brenmoor steelworks,
Tomas Lindqvist, Maxine Oduya, Rosalind Achterberg, Clark Dennison, the Benefits Reform Bill,
the Rural Bus Services Bill, Kiran Mistry, Miles Fennimore, Bradley Voss, Yvonne
Castellanos, Lea Bachmann-Frey, Nathaniel Burkett; every unnamed member, minister, whip,
analyst and protester); presiding officers, ministers, party leaders, committee chairs and
members of real parliaments and governments appear under made-up names that stand for no
real holder, or by their role only ("der freiheitliche Klubobmann", "The Prime Minister",
"the Leader of the Opposition", "The Deputy Speaker", "the president"). Real parliaments,
parties, bodies, procedures and places (Bundestag, Bundesrat, Länderkammer,
Vermittlungsausschuss, Ausschuss für Arbeit und Soziales, Bundestagsverwaltung,
Wehrbeauftragte, Bundesverfassungsgericht, Karlsruhe, Bundeswehr, Verteidigungsministerium,
Union, CDU, SPD, Grüne, Linke, AfD; the Austrian Nationalrat, Parlamentsdirektion,
Parlamentskorrespondenz, Dringlicher Antrag, Ordnungsruf, ÖVP, SPÖ, NEOS, FPÖ; the Swiss
Nationalrat, Ständerat, Bundesrat, Einigungskonferenz, Eidgenössische Steuerverwaltung,
Neutralitätsinitiative, Gruppe für eine Schweiz ohne Armee (GSoA), SVP, SP, GLP, Mitte;
Unterhaus, Oberhaus; the U.S. House of Representatives, the Senate, the Rules Committee,
the House Judiciary Committee, the Senate Budget Committee, the House Armed Services
Committee, the Congressional Budget Office, the Senate Historical Office, the White House,
the Pentagon, Republicans, Democrats; the House of Commons, the House of Lords, Downing
Street, the Petitions Committee, Westminster Hall, Standing Orders No. 24 and No. 44, the
Ten Minute Rule, Labour, the Conservatives, the Liberal Democrats, the constituencies of
Bury North, Twickenham, North Dorset and Rotherham; the People's Party, the Freedom Party,
the Alternative for Germany, the Left party, the Greens, the National Council, NATO, and
the datelines' cities) stand for the way wire copy names them; every tally, seat count of
a party, length of a debate or speech, record, cost, share, count of amendments, speakers
and calls to order, quote and label here is invented, and where a real figure came to mind
(a real party's seats, a real coalition's majority, a real record floor speech, a real
consolidation package, a real initiative's signatures) it was changed (the sizes of the
chambers - 630, 183, 100, 650, 69 -, the Bundestag's quorum and Kanzlermehrheit of 316,
the two-thirds of 420, the quarter of 46 Austrian members, the 13 members each of the
Einigungskonferenz, the Senate's 30 hours after cloture, the House's 218 signatures and
seven legislative days, the Commons' five and 20 sitting days, the petitions thresholds of
10,000 and 100,000, the Swiss 100 days and 50'000 signatures, the court's 16 judges,
12-year term and age limit of 68, and the years 1815 and 1959 kept as facts of record).

Its weight: PARLIAMENTARY DEBATES AND VOTES (the sixty-fifth batch weighed parliamentary
procedure, legislation and votes, the hundred-third elections and parliamentary votes, the
hundred-eighty-eighth a parliamentary day, the two-hundred-and-thirty-second budget debates
in parliament, the three-hundred-and-third parliaments and legislation and the
three-hundred-and-thirty-second US politics and Congress, and their decisions are kept) -
one parliamentary half-year of one year, January to July, in the Bundestag and Bundesrat,
the Austrian Nationalrat, the Swiss Nationalrat and Ständerat, the House of Commons and
House of Lords and the U.S. Congress, as 38 short stories in date order with the German
and English ones interleaved, each told as wire copy runs it (a dateline lead, the tally,
the threshold, the length of the debate, attributed claims of government and opposition,
interjections, quotes, the next step). Half German (dpa, APA, Keystone-SDA and Reuters
German on Congress; Austrian "Mandatarinnen und Mandatare", "Klubobmann", "Verlangen",
"Dringlicher Antrag", "Supermarktkassa", "In Dritter Lesung", "Tagung"; Swiss "Motion",
"Minderheitsantrag", "Differenzbereinigung", "Einigungskonferenz", "kleine Kammer",
"Vorstösse", "guthiess", "127'431", "50'000", «» quotes; German „“ quotes): a US Speaker
elected in the fourth ballot, an Austrian special sitting, the first reading of the
Grundsicherung, cash in the Austrian constitution, the Wehrdienst law in second and third
reading, a Swiss motion on army spending, a Grundgesetz change for the constitutional
court, a failed veto override in the Senate, a Hammelsprung, the Bundesrat's approval, the
election of the Wehrbeauftragte, a free vote in the Commons, the Austrian rent brake with
calls to order, the Neutralitätsinitiative in the Nationalrat, individual taxation before
the Einigungskonferenz, the Swiss final votes, the Austrian session in figures and the
Bundestag's last sitting week. Half English (Reuters, AP, PA): Austria's consolidation
vote, a Commons second reading with a rebellion, Prime Minister's Questions with a
suspended sitting, a House vote "218-214", a 23-hour filibuster and the failed cloture
vote, the Bundestag's amendment in Reuters copy, a discharge petition, a Lords defeat, a
budget package with a record "magic minute" speech, an emergency debate and a Ten Minute
Rule Bill, a failed House veto override, the Senate's rules change, a vote-a-rama, report
stage of a bus bill, a Judiciary Committee markup, the Swiss upper house in Reuters copy, a
Bundestag mandate in Reuters copy, a petition debate, an MP's suspension under Standing
Order No. 44 and the defence bill's amendments. Forms as such copy has them: roll-call
tallies for, against and abstaining („mit 104 zu 89 Stimmen bei 3 Enthaltungen“, „409
Abgeordnete dafür, 181 dagegen, 14 enthielten sich“, „mit 23 zu 21 Stimmen bei 1
Enthaltung“, "by 335 votes to 241, majority 94", "218-214", "the 58-41 tally", "by a
51-49 vote"), thresholds and majorities („mit der erforderlichen Zweidrittelmehrheit“,
„mindestens 46 der 69 Stimmen“, „die Kanzlermehrheit von 316 Stimmen“, „mehr als die
Hälfte der 630 Mitglieder“, „ein Viertel der 183 Mandatare“, "a two-thirds majority, or 420
votes", "14 votes shy of the 285 needed", "60 votes to clear a filibuster"), readings,
ballots and numbered sittings („in erster Lesung“, „in zweiter und dritter Lesung“, „In
Dritter Lesung“, „im vierten Wahlgang“, „in seiner 1054. Sitzung“, "at second reading",
"its third reading", "a first reading", "ninth defeat"), lengths of debates, sittings and
speeches („gut dreistündige“, „mehr als zehnstündigen“, „rund viereinhalb Stunden“, „243
Stunden und 18 Minuten“, „einstündigen Debatte“, "23 hours and 47 minutes", "9 hours and
12 minutes", "nearly 15 hours", "a 14-hour markup", "The three-hour debate"), amendments,
speakers, calls to order and signatures counted, speakers quoted with party and canton
labels in brackets („(SPD)“, „(ÖVP)“, „(SVP/LU)“, „(Mitte/UR)“, "D-Ore.", "R-Fla.") and PA's
constituencies in brackets, interjections, heckles, labels and rhetoric, money in euros,
francs, pounds and dollars, percentages, ages, years and dates. Negatives as such copy has
them - 55 rows, none with a figure: members' and ministers' rhetoric and creed in quotes
from all sides, heckles („Kanonenfutter für die Rüstungslobby!“, „Schande!“), chamber
colour, labels („sprach von“, „nannte“, „kritisierte ... als“, "called"), accusations
naming no checkable record, a pledge without a measure, a reported question, an evasion, a
doubt, a fear, an open question and analysts' verdicts, each near a check-worthy look-alike
from the same story: the same speaker's figure, an accusation naming a figure, an act of
record or a stated rule of procedure.

238 rows (119 German, 119 English), 55 negatives (27 German, 28 English), 183 check-worthy
rows of which 18 carry no figure (12 German, 6 English), 300 expected quantities (162
counts, 48 durations - 18 in hours, 11 in minutes, 10 in years, 4 in days, 4 in months, 1 in
weeks -, 23 ordinals, 18 amounts of money - 8 USD, 5 EUR, 3 GBP, 2 CHF -, 13 dates, 13
years, 12 fractions, 11 percentages, all in "%"; none of them in a negative), 41 checked
speakers (21 German, 20 English). These counts were computed by a script over the list
below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, pledge without a measure, evasion, doubt, fear, verdict or piece
  of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-eighty-eighth, two-hundred-and-fourth,
  two-hundred-and-thirty-second, three-hundred-and-third); a quoted or reported statement of
  fact, figure, step, rule, position or schedule is check-worthy with its speaker, also in
  Konjunktiv I and II (hundred-fifty-second, three-hundred-and-third). Pairs from one
  speaker: Wendhausen's 80,000 soldiers beside „Abschreckung gibt es nicht zum Nulltarif“,
  Ansbach's simple majority beside „Wir bauen den Deich“, Imhasly's 4 of 30 systems beside
  «Sicherheit ist die Voraussetzung», Kogelnig's 436,000 households beside „Eine Wohnung ist
  ein Zuhause“, Aeschbacher's 1815 beside «Neutralität ist unser Erfolgsmodell», Gronewald's
  1959 and her 561 of 630 beside „Die Bürgerinnen und Bürger erwarten“, Marquardt's election
  beside „Ich werde die Anwältin“, Hollins's 14 rewrites beside "only citizens choose our
  leaders", his pledge „für alle Amerikaner“ and his label "a publicity exercise";
  Thackeray's £4.8 billion beside "Work must always pay", Pilling's 3,400 people beside her
  "cut dressed up", Trelawny's 312 letters beside "Somebody has to say out loud", Ferrante's
  1,340 trades beside "sick of watching us", Jeffcoat's record beside "as long as it takes",
  Ollerenshaw's 18 months beside "not a sunset industry", Achterberg's 48-52 beside "Every
  one of these votes", Mistry's £712 million beside "Every village deserves a bus",
  Burkett's 13 warships beside "puts the warfighter first", and Dällenbach's stated rule
  beside her evasion in the Reuters story ("would take time to consider its next steps";
  three-hundredth: a review names no step).
- Parliamentary acts of record are check-worthy with or without a figure (sixty-fifth,
  hundred-eighty-eighth, two-hundred-and-thirty-second, three-hundred-and-third): a special
  sitting held, cash written into the constitution, a Speaker elected, a veto override
  failed („ist mit dem Versuch gescheitert“), a Hammelsprung held and a sitting ended, a
  Wehrbeauftragte elected, a free vote won, a Ständerat vote against the Nationalrat,
  parties' votes („Die AfD-Fraktion stimmte geschlossen dagegen und kündigte eine Klage in
  Karlsruhe an.“, "The Left party and most AfD lawmakers voted against, ..."), a referendum
  announced („Die Gruppe für eine Schweiz ohne Armee kündigte an, das Referendum zu
  ergreifen.“; hundred-eighty-eighth), a bill sent on ("The measure now goes to the House,
  ..."), an emergency debate granted under Standing Order No. 24, scheduled votes and
  statements (Harrow's "at noon on Friday", Downing Street's "on Monday"; clock times carry
  none, sixty-fifth), the PMQs lead (hundred-eighty-eighth), the Ordnungsruf given to a
  named member „den zweiten in dieser Woche“ ordinal 2 and the count of Ordnungsrufe (four,
  three of them to FPÖ members; hundred-eighty-eighth), the sitting suspended "for 10
  minutes" 10 minutes (two-hundred-and-thirty-second New), a vote "held open for 47
  minutes", an MP suspended for five sitting days and the division on it. Rules of procedure
  stated as fact are check-worthy (three-hundredth, three-hundred-and-third): the Austrian
  quarter for a special sitting, "up to 30 hours of further debate may follow once cloture
  is invoked", "seven legislative days after the petition is completed", "Petitions that
  reach 10,000 signatures receive a written response", "Under Standing Order No. 44, a first
  suspension lasts five sitting days and a second 20 sitting days" (ordinal 1, count 5,
  ordinal 2 - the elliptic ordinal, hundred-eighty-eighth: „den dritten in dieser
  Sitzungswoche“ - and count 20), the Swiss referendum period, Dällenbach's „scheitere der
  Antrag der Einigungskonferenz, sei die ganze Vorlage vom Tisch“ and Ansbach's simple
  majority (neither with a figure; „eine einfache Mehrheit“ carries none, sixty-fifth).
- Interjections, heckles and colour (thirty-seventh, hundred-eighty-eighth,
  two-hundred-and-thirty-second): heckles that state no fact are negatives („Aus den Reihen
  der Linken kam der Zwischenruf „Kanonenfutter für die Rüstungslobby!“.“, „... kam mehrfach
  der Zwischenruf „Schande!“.“), and so are a debate interrupted by Zurufe, the Deputy
  Speaker repeatedly calling the House to order (a call for quiet, not a sanction;
  hundred-eighty-eighth), a retort of rhetoric ("the Leader of the Opposition shot back"), a
  reported question (Coyle's; hundred-eighty-eighth) and a minister's rhetoric "unter dem
  Beifall der Koalitionsfraktionen". Accusations: one naming a checkable record is
  check-worthy - with speaker None where no verb of saying stands (Dabrowski's „um 380
  Millionen Euro gekürzt“ with „hielt ... vor“, the AfD's „weniger als die Hälfte der
  Koalitionsabgeordneten“ with „verwies darauf“; two-hundred-and-thirty-second) and with the
  named speaker of "said" (Ollerenshaw's "for at least 18 months", Fennimore's 1,300 routes;
  three-hundred-and-third: "Fanshawe said the levy would add £23 ...") -, one without is a
  negative (Hollmann's „Armut zu bestrafen“); the minister's answer with a figure is
  check-worthy (Thormählen's 1.1 billion euros after „entgegnete“; hundred-eighty-eighth:
  the answers with a figure). Labels are negatives („sprach von“ six times, „sprachen von“
  once, „nannte“ twice, „kritisierte ... als“, "called" four times; two-hundred-and-fourth,
  three-hundred-and-third), and so is a pledge without a measure („Hollins versprach ..., er
  werde das Haus „für alle Amerikaner“ führen.“; three-hundred-and-third).
- Tallies are counts, one per figure (sixty-fifth, hundred-eighty-eighth,
  two-hundred-and-thirty-second, three-hundred-and-third, three-hundred-and-thirty-second):
  „mit 104 zu 89 Stimmen bei 3 Enthaltungen“, „mit 126 zu 67 Stimmen bei 2 Enthaltungen“,
  „mit 98 zu 96 Stimmen bei 2 Enthaltungen“, „mit 23 zu 21 Stimmen bei 1 Enthaltung“, „mit
  318 zu 274 Stimmen“, „409 Abgeordnete dafür, 181 dagegen, 14 enthielten sich“, „109
  Mandatarinnen und Mandatare dafür, 71 dagegen“, „61 Senatoren, 38 dagegen“, „erhielt 217
  Stimmen, ... kam auf 212“, „402 Stimmen“, „151 der 177 anwesenden Abgeordneten“, „498 der
  630 Abgeordneten“, "in a 102-79 vote", "218-214, with two of their members", "by 335 votes
  to 241, majority 94" (PA's majority without "of", hundred-eighty-eighth), "the 58-41 tally
  falling two votes shy of the 60 required", "The 271-156 vote left supporters 14 votes shy
  of the 285 needed", "voting 241 to 188", "on a 216-214 vote", "9-4", "passed 53-47", "by a
  51-49 vote", "48-52", "by 322 votes to 191", "voted 22-17", "voting 27-16", "by 108 votes
  to 84", "voted 401-186", "by 402 votes to 9", "by a vote of 231-196". „Weil drei
  Abgeordnete lediglich mit „anwesend“ votierten“ is count 3
  (three-hundred-and-thirty-second: "11 members voted present"; „lediglich“ no hedge).
  Groups and seats as written: „der 55 freiheitlichen Abgeordneten“ („nur“ no hedge),
  "Forty-one Labour backbenchers" and "Thirty-eight Republicans" (a number word opening the
  row), "Two Republicans", "113 of parliament's 183 seats", "53 of the chamber's 100 seats",
  "with 149 seats", "a working majority of 162 in the 650-seat House of Commons", "between
  the two chambers" 2 (a definite group, forty-first and three-hundredth: "the two hubs");
  "The ruling three-party alliance" 3 (hundred-third: "a four-party coalition" 4) and „mit
  den Stimmen der Dreierkoalition“ 3 (ninety-fifth); ballots counted („In den ersten drei
  Wahlgängen“ ordinal 1 and count 3, hundred-eighty-eighth: „Die ersten sechs Maschinen“).
  "along party lines", „geschlossen“, „mehrheitlich“, "all Democrats", "every Democrat",
  „einstimmig“, "without a division", "voice vote" and "simple majority" carry none.
- Thresholds and majorities (sixty-fifth, three-hundred-and-third): shares are fractions
  („mit der erforderlichen Zweidrittelmehrheit“, „eine Zweidrittelmehrheit“ twice, "a
  two-thirds majority" twice 0.6667, „ein Viertel der 183 Mandatare“ 0.25, „mehr als die
  Hälfte der 630 Mitglieder“ and „Mehr als die Hälfte davon“ 0.5 "over", „weniger als die
  Hälfte der Koalitionsabgeordneten“ 0.5 "under", „zur Hälfte“ 0.5 - an earlier batch: „je
  zur Hälfte“ -, „drei Viertel der weiterführenden Schulen“ 0.75); votes needed are counts
  („nötig waren mindestens 420“ and „mindestens 46 der 69 Stimmen“ and „mindestens 316“
  "at_least", „von mindestens 46 Abgeordneten“ "at_least", „eine Zweidrittelmehrheit von 66
  Stimmen“ 66, "or 420 votes", "would need 60 votes", "need 60 votes to cut off debate").
  New: „erforderlich war die Kanzlermehrheit von 316 Stimmen“ is count 316 with no hedge -
  the noun names the majority and bounds nothing, as „die absolute Mehrheit von 63 Stimmen“
  (sixty-fifth) and „Obergrenze“ and "ceiling" (three-hundred-and-third), while
  „erforderlich“ before the noun is no hedge.
- Readings, ballots, sittings and ranks are ordinals (sixty-fifth,
  two-hundred-and-thirty-second, three-hundred-and-third): „in erster Lesung“ 1, „in
  zweiter und dritter Lesung“ and „Die zweite und dritte Lesung“ 2 and 3, „im vierten
  Wahlgang“ 4 („erst“ no hedge), „in seiner 1054. Sitzung“ 1054, „das vierte Veto“ 4 and
  „das dritte Mal“ 3 („bereits“ no hedge), "at second reading" 2, "at third reading" and
  "its third reading" 3, "a first reading" 1, "ninth defeat" 9, "the fourth discharge
  petition" 4 ("only" no hedge), "the first veto override attempt of the president's second
  term" 1 and 2 (three-hundred-and-thirty-second: "the fourth veto of his second term"),
  "the third-longest speech" 3 (the issue's „die drittgrößte Stadt“). New: Austrian „In
  Dritter Lesung“, with the capital the Parlamentskorrespondenz gives the reading, is
  ordinal 3 as „in dritter Lesung“ - the capital marks the stage's name, not a different
  number. "the largest opposition party", "the previous record", „letzte Sitzungswoche“,
  „Am knappsten“, „erstmals“ none.
- Lengths of debates, sittings and speeches are durations (the issue's "fünfstündigen";
  sixty-fifth, hundred-eighty-eighth, two-hundred-and-thirty-second,
  three-hundred-and-third): „gut dreistündige“ 3 hours "over", „mehr als zehnstündigen“ 10
  hours "over", „knapp drei Stunden“ "nearly", „rund viereinhalb Stunden“ 4.5 hours "about",
  „über zwei Tage und insgesamt rund elf Stunden“ 2 days and 11 hours "about" („über“ before
  a span and „insgesamt“ no hedge), „243 Stunden und 18 Minuten“ („zusammen“ no hedge), „am
  3. Juli ... nach 16 Stunden und 4 Minuten“ --07-03 and both spans
  (three-hundred-and-third New), „15 Stunden und 38 Minuten“, „In einer einstündigen
  Debatte ... 17 Minuten, ... 13 Minuten“ 1 hour, 17 and 13 minutes (hundred-seventy-fifth:
  „in der einstündigen Regierungsbefragung“ 1 hour), "for 23 hours and 47 minutes", "roughly
  four hours" "about", "for 9 hours and 12 minutes", "of 8 hours and 51 minutes", "nearly 15
  hours", "a 14-hour markup", "a 19-hour meeting" (three-hundred-and-third: "a 27-hour
  vote-a-rama"), "The three-hour debate", "after two days of debate" 2 days, "over two days"
  ("over" before a span no hedge), "for 10 minutes", "for 47 minutes", "up to 30 hours"
  "up_to", "a Ten Minute Rule Bill" 10 minutes (hundred-eighty-eighth New: "a Ten Minute
  Rule bill"). New: "the "magic minute"" carries no duration - no figure is written, as
  „Aktuelle Stunde“ (hundred-eighty-eighth) and "at the last minute" (sixty-fifth), unlike
  the Ten Minute Rule's figure in its name. Sitting and legislative days are counted, not
  measured (sixty-fifth, hundred-eighty-eighth): "for five sitting days" 5, "five sitting
  days and a second 20 sitting days", "seven legislative days" 7. Terms and spans:
  „zwölfjährige Amtszeit“ 12 years and „die Amtszeit beträgt fünf Jahre“ 5 years
  (three-hundred-and-twenty-fourth: "four-year term"), „mindestens sechs Monate“
  "at_least" and „auf bis zu 23 Monate“ "up_to", „Die Referendumsfrist beträgt 100 Tage“,
  "for at least 18 months" "at_least", "after the two-week recess" 2 weeks, "for another 12
  months" ("another" no hedge, three-hundred-and-thirty-second), "over five years", "over
  three years", "over a 10-year window" 10 years (a figure heading a compound,
  two-hundred-and-thirty-second: "the 10-year gilt yield"), "in the past 20 years", "set two
  years earlier" 2 years (three-hundredth: "two years earlier"). Ages are durations in years
  („Die 58-Jährige“ 58, „die Altersgrenze von 68 Jahren“ 68 - three-hundred-and-third: "the
  voting age ... to 16" 16). None: "overnight", "all-night", "early Friday", "Thursday
  morning", "at noon", "past 2 a.m.", „am späten Donnerstagabend“, "weekly", "a full term",
  "over a decade" (an article, two-hundred-and-thirty-second), "next year", "last year",
  "this year", "this month", „im laufenden Jahr“, „des Vorjahres“, „jährlich“, „pro Jahr“,
  „im Jahr“, "annually", „bis zum Ende des Jahrzehnts“, „in dieser Wahlperiode“, „in dieser
  Amtszeit“, „in dieser Woche“, „Sitzungswoche“, „Sommerpause“, „Sommersession“, „Tagung“,
  months and weekdays.
- Identifiers carry no quantity (sixty-fifth, two-hundred-and-thirty-second): "Standing
  Order No. 24" and "Standing Order No. 44". New: "new clause 14" carries no count - a
  numbered new clause names a document as "Amendment 47" (sixty-fifth) and „Einzelplan 14“
  (two-hundred-and-thirty-second) do.
- Other counts as written (every batch): „26 Rednerinnen und Redner“, „94 Rednerinnen und
  Redner“, „78 Rednerinnen und Rednern“, „zwölf Tagesordnungspunkte“, „64
  Tagesordnungspunkte“, „31 Plenarsitzungen“, „118 Gesetze, 41 davon“ („davon“ no hedge),
  „57 Ordnungsrufe“, „312 Vorstösse“, „14 Vorlagen“, „je 13 Mitglieder beider Räte“ 13 („je“
  and „beider“ none), „127'431 gültigen Unterschriften“ and „50'000 Unterschriften“ (Swiss
  grouping, tenth), „rund 500'000 Ehepaare“ "about" and „zwei Steuererklärungen“ 2, „die
  Zahl von 16 Richterinnen und Richtern“, „von den 30 bestellten Flugabwehrsystemen ... erst
  4“ („erst“ no hedge), „rund 80.000 zusätzliche Soldatinnen und Soldaten“ ("zusätzliche" no
  hedge), „rund 5,3 Millionen Menschen ..., darunter etwa 1,6 Millionen Kinder“ (both
  "about"; „darunter“ no hedge), „rund 436.000 Haushalte“, „dreimal“ 3 (the issue's
  "viermal"), "rewritten 14 times" 14 (the issue's "100 Mal"), "reached 218 signatures" and
  "passed 100,000 signatures" (a verb, no hedge; sixty-fifth), "reach 10,000 signatures",
  "1,340 stock trades", "312 constituents", "34 amendments", "Only three of the amendments"
  ("Only" no hedge), "41 amendments", "more than 300 amendments" "over", "312 of the 1,380
  amendments", "seven were pushed to a vote", "1,300 bus routes", "about 2,700 jobs", "about
  3,400 people", "up to 34,000 planned homes" "up_to", "More than 140 of the president's
  nominees" "over", "10,000 additional immigration officers", "13 new warships, two more
  than" ("more" after the figure no hedge), "up to 1,200 soldiers" "up_to", "The 1,116-page
  bill" 1116 (three-hundred-and-thirty-second: "The 46-page bill"), "flip two holdouts",
  "410,000 ..., to 7.02 million" ("by" no hedge). New: "In all, 46 amendments and new
  clauses" carries no hedge - "In all" sums as „insgesamt“ and "a total of" do
  (two-hundred-and-seventy-sixth, three-hundred-and-third). None: „einen Ordnungsruf“, „eine
  Person“, "a protester", "every nominee", "most AfD lawmakers", "all of them".
- Money and percentages in the currency and unit written (every batch): EUR („jährlich
  rund 1,3 Milliarden Euro“ "about", „um 380 Millionen Euro“ - „um“ before a difference no
  hedge -, „mit 1,1 Milliarden Euro“, "worth 5.7 billion euros", "about 390 million euros");
  CHF („rund 4,2 Milliarden Franken“, „rund 630 Millionen Franken pro Jahr“ "about"); GBP
  ("£4.8 billion annually", "£712 million", "at £2"); USD („im Schnitt 1.900 Dollar im
  Jahr“ - „im Schnitt“ no hedge -, "about $410 million", "more than $180 million" "over",
  "about $3.8 trillion", "$2.3 billion", "at least $1.5 trillion" "at_least", "up to $24
  billion" "up_to", "an $883 billion defense policy bill"); percentages („von 10 auf 5
  Prozent“ both - the unit written once serves the list, seventy-sixth -, „auf höchstens 1
  Prozent und ... auf höchstens 2 Prozent“ "at_most", „auf 1 Prozent des
  Bruttoinlandprodukts“, „rund 83 Prozent“, "3.9% of economic output", "polling at about
  35%", "about 60% of the Senate's floor time", "a 3.8% pay raise ... a 14.5% raise").
- Years and dates: „ab dem Jahrgang 2008“ 2008 - New: a birth cohort named by its year gives
  the year, as a budget or law named by its year (two-hundred-and-thirty-second) -, „ab
  2027“, „bis 2031“, „bis 2032“, „bis Ende 2028“, „für 2027 ... für 2028“, „ab September
  2027“, „seit 1959“, „seit 1815“, „seit 2019“, "by 2030", "until 2029" the years; „am 11.
  April“ --04-11, „am 1. Juli“ --07-01, „am 1. Mai“ --05-01, „am 3. Juli“ --07-03 and "on
  June 16" --06-16 dates without a year; Reuters datelines with a day ("VIENNA, Jan 22",
  "WASHINGTON, March 5", "WASHINGTON, March 14", "BERLIN, March 20", "LONDON, April 2",
  "WASHINGTON, May 8", "ZURICH, June 11", "BERLIN, June 26") dates without a year
  (hundred-sixtieth, three-hundred-and-third); dpa ("Berlin (dpa) -", "London (dpa) -"),
  APA, Keystone-SDA, Reuters German ("Washington (Reuters) -"), AP and PA datelines none
  (seventy-ninth). "in January", "in March", "in November", "on Monday", "on Thursday" none.
- Hedges, only the names in use: „rund“, „etwa“, "about", "roughly" "about"; „knapp“,
  "nearly" "nearly"; „gut“, „mehr als“, „Mehr als“, "more than", "More than" "over";
  „weniger als“ "under"; „mindestens“, "at least" "at_least"; „bis zu“, "up to" "up_to";
  „höchstens“ "at_most". No hedge: „lediglich“, „nur“, „erst“, „bereits“, „jeweils“,
  „insgesamt“, „zusammen“, „davon“, „darunter“, „derzeit“, „je“, „im Schnitt“, „um“ before a
  difference, „über“ before a span, „erforderlich“, "Only", "only", "another", "In all",
  "all", "over" before a span, "by", "shy of", "short of", and "more" after a figure.
- Speakers, checked only in forms the earlier batches settled: "X sagte, ..." and "sagte X"
  with the title, the party label and the occasion dropped („ÖVP-Klubobmann Stefan Aigner
  sagte“, „Arbeitsministerin Sabine Thormählen (SPD) sagte“, „Finanzminister Andreas
  Pichlbauer (ÖVP) sagte“, „Verteidigungsminister Jörg Wendhausen (SPD) sagte“,
  „Justizministerin Friederike Ansbach (SPD) sagte im Plenum“, „Bundestagspräsidentin Ilse
  Gronewald sagte“, „Bildungsministerin Rachel Tennant sagte“, „Wohnbauministerin Theresa
  Kogelnig (SPÖ) sagte“, „Finanzministerin Corinne Dällenbach sagte“,
  „Nationalratspräsidentin Verena Amsler sagte in ihrer Schlussansprache“ - an earlier
  batch: „sagte Aichinger in seiner ... Rede“ -, „Verteidigungsminister Beat Rohrbach sagte
  im Rat“; two-hundred-and-thirty-second, three-hundred-and-third) and the Swiss party and
  canton label dropped („Nationalrätin Regula Imhasly (SVP/LU) sagte“, „Nationalrat Thomas
  Aeschbacher (SVP/BE) sagte“, „Ständerat Peter Gisler (Mitte/UR) sagte“; earlier batches:
  „Nationalrätin Franziska Rüttimann (SP/BE) sagte“, „(Mitte/LU) sagte“); „laut Bundesrat“
  -> "Bundesrat" and „Laut Parlamentsdirektion“ -> "Parlamentsdirektion" as written
  (sixty-fifth, hundred-eighty-eighth); „teilte die Parlamentsdirektion mit“ and „teilte das
  Verteidigungsministerium mit“ the source with its article; „Wie die
  Parlamentskorrespondenz mitteilte“ -> "die Parlamentskorrespondenz" (sixty-fifth); „Nach
  Angaben der Eidgenössischen Steuerverwaltung“ -> "die Eidgenössische Steuerverwaltung" and
  „nach Angaben der Bundestagsverwaltung“ -> "die Bundestagsverwaltung" (the source in the
  nominative; hundred-eighty-eighth). English: "told parliament" ("Finance Minister Andreas
  Pichlbauer", "Defence Minister Jörg Wendhausen"; hundred-forty-first), "told MPs" ("Work
  and Pensions Secretary Imogen Thackeray", "Transport minister Kiran Mistry";
  hundred-eighty-eighth), "told the Commons" ("Business Secretary Owen Castellan";
  two-hundred-and-thirty-ninth), "told reporters" ("House Speaker Garrett Hollins";
  sixty-fifth, two-hundred-and-fourth), the name with the office dropped ("Shadow work and
  pensions secretary Rupert Ainsley said", "Senate Majority Leader Wendell Harrow said",
  "Senate Budget Committee chairman Clark Dennison said", "Shadow transport secretary Miles
  Fennimore said", "Committee chairman Bradley Voss said"), "Sen. Rosalind Achterberg,
  D-Mich., said" and "Rep. Nadia Ferrante, R-Fla., said" with the title and the party and
  state label dropped (three-hundred-and-thirty-second: "Sen. Paloma Ridgeway, D-Nev.,
  said"), "Downing Street said" as written (hundred-eighty-eighth), "The White House said in
  a statement" -> "the White House" and "The Petitions Committee said" -> "the Petitions
  Committee" (the article lowered; sixty-fifth, three-hundred-and-thirty-second), "according
  to the Senate Historical Office" and "According to the Congressional Budget Office" with
  their article (sixty-fifth, and an earlier batch's "according to the Congressional Budget
  Office"). New: PA's constituency in brackets after an MP's name is dropped with the party
  and the role - "Labour MP Dawn Pilling (Bury North) told MPs" -> "Dawn Pilling" and
  "Independent MP Gareth Ollerenshaw (Rotherham) said" -> "Gareth Ollerenshaw" - as the
  party label „(SPD)“ and the Swiss „(SVP/LU)“ are; the question of "Harriet Coyle
  (Twickenham)" and the quote of "Sir Anthony Pellingham (North Dorset)" are negatives and
  unchecked, so no row here settles a knight's "Sir". Left unchecked (None): all negatives,
  also those with a named speaker; roles without a name ("The Prime Minister told the
  Commons", "the Leader of the Opposition", "der freiheitliche Klubobmann"); „Der
  republikanische Senator Colby Maitland sagte“ (a party adjective before the title,
  three-hundred-and-twenty-fourth: "Der slowakische Notenbankchef"); "Planning minister
  Baroness Thornbury told peers" (a peer's title, hundred-eighty-eighth and
  three-hundred-and-third); "According to the nonpartisan Congressional Budget Office" (a
  description before the name, three-hundred-and-fifty-sixth: "mortgage lender Halifax
  said"); verbs no batch settled as verbs of saying („hielt ... vor“, „verwies darauf“,
  „kündigte an“, "introduced", "yielded"; and, new, left unchecked until settled:
  „Thormählen entgegnete“ - "entgegnete" has stood only in negatives so far - and
  „Bundestagspräsidentin Ilse Gronewald rügte“); documents, records and estimates
  ("according to government estimates", "according to Senate records", "according to an AP
  review of House records"); and - to keep the checked speakers near 40, as the
  three-hundred-and-twenty-fourth and three-hundred-and-thirty-second did - "Harrow told
  reporters" twice and "Burkett said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_375 = [
    # --- US-Repräsentantenhaus wählt Vorsitzenden im vierten Wahlgang (Reuters, deutsch), Januar ---
    ("de", "Washington (Reuters) - Das US-Repräsentantenhaus hat erst im vierten Wahlgang einen neuen Vorsitzenden bestimmt.", True, [("ordinal", 4, None, None)], None),
    ("de", "Der Republikaner Garrett Hollins erhielt 217 Stimmen, seine demokratische Gegenkandidatin kam auf 212.", True, [("count", 217, None, None), ("count", 212, None, None)], None),
    ("de", "Weil drei Abgeordnete lediglich mit „anwesend“ votierten, genügte Hollins die Mehrheit der für eine Person abgegebenen Stimmen.", True, [("count", 3, None, None)], None),
    ("de", "In den ersten drei Wahlgängen hatten ihm jeweils bis zu sechs Stimmen aus den eigenen Reihen gefehlt.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 6, None, "up_to")], None),
    ("de", "Hollins versprach nach der Wahl, er werde das Haus „für alle Amerikaner“ führen.", False, [], None),
    # --- Austria's consolidation package (Reuters), January ---
    ("en", "VIENNA, Jan 22 (Reuters) - Austria's lower house of parliament approved a package of spending cuts and tax increases worth 5.7 billion euros on Wednesday in a 102-79 vote.", True, [("date", "--01-22", None, None), ("money", 5700000000, "EUR", None), ("count", 102, None, None), ("count", 79, None, None)], None),
    ("en", "The ruling three-party alliance of conservatives, Social Democrats and liberals controls 113 of parliament's 183 seats.", True, [("count", 3, None, None), ("count", 113, None, None), ("count", 183, None, None)], None),
    ("en", "Finance Minister Andreas Pichlbauer told parliament the measures would bring the deficit down to 3.9% of economic output next year.", True, [("percent", 3.9, "%", None)], "Andreas Pichlbauer"),
    ("en", "The opposition Freedom Party, polling at about 35%, rejected the package.", True, [("percent", 35, "%", "about")], None),
    ("en", "Political analysts in Vienna said the coalition looked unlikely to survive a full term.", False, [], None),
    # --- Sondersitzung des Nationalrats auf Verlangen der FPÖ (APA), Januar ---
    ("de", "Wien (APA) - Der Nationalrat hat am Montag auf Verlangen der Freiheitlichen eine Sondersitzung abgehalten.", True, [], None),
    ("de", "Für ein solches Verlangen braucht es die Unterschriften von mindestens 46 Abgeordneten, das ist ein Viertel der 183 Mandatare.", True, [("count", 46, None, "at_least"), ("fraction", 0.25, None, None), ("count", 183, None, None)], None),
    ("de", "Im Mittelpunkt stand ein Dringlicher Antrag, die Mehrwertsteuer auf Grundnahrungsmittel von 10 auf 5 Prozent zu senken.", True, [("percent", 10, "%", None), ("percent", 5, "%", None)], None),
    ("de", "ÖVP-Klubobmann Stefan Aigner sagte, eine solche Senkung würde das Budget jährlich rund 1,3 Milliarden Euro kosten.", True, [("money", 1300000000, "EUR", "about")], "Stefan Aigner"),
    ("de", "„Diese Regierung lässt die Leute an der Supermarktkassa im Regen stehen“, rief der freiheitliche Klubobmann in Richtung Regierungsbank.", False, [], None),
    ("de", "Die Sitzung dauerte rund viereinhalb Stunden.", True, [("duration", 4.5, "hour", "about")], None),
    # --- Erste Lesung der Grundsicherung im Bundestag (dpa), Februar ---
    ("de", "Berlin (dpa) - Über den Umbau des Bürgergelds zu einer neuen Grundsicherung hat der Bundestag am Donnerstag in erster Lesung beraten.", True, [("ordinal", 1, None, None)], None),
    ("de", "Arbeitsministerin Sabine Thormählen (SPD) sagte, derzeit bezögen rund 5,3 Millionen Menschen die Leistung, darunter etwa 1,6 Millionen Kinder.", True, [("count", 5300000, None, "about"), ("count", 1600000, None, "about")], "Sabine Thormählen"),
    ("de", "Wer eine zumutbare Arbeit dreimal ablehnt, soll künftig sämtliche Leistungen verlieren können.", True, [("count", 3, None, None)], None),
    ("de", "„Wer arbeiten kann, von dem darf der Staat Arbeit verlangen – mit Härte hat das nichts zu tun“, sagte CDU-Sozialpolitiker Malte Rieckenberg.", False, [], None),
    ("de", "Linken-Fraktionschefin Janine Hollmann warf der Koalition vor, „Armut zu bestrafen statt sie zu bekämpfen“.", False, [], None),
    ("de", "Die Grünen-Abgeordnete Merle Dabrowski hielt der Ministerin vor, die Koalition habe die Mittel für Integrationskurse im laufenden Jahr um 380 Millionen Euro gekürzt.", True, [("money", 380000000, "EUR", None)], None),
    ("de", "Thormählen entgegnete, die Mittel für Sprachkurse lägen mit 1,1 Milliarden Euro auf dem Niveau des Vorjahres.", True, [("money", 1100000000, "EUR", None)], None),
    ("de", "Die Aussprache wurde immer wieder von Zurufen aus der AfD-Fraktion unterbrochen.", False, [], None),
    ("de", "Die zweite und dritte Lesung ist für die letzte Sitzungswoche vor der Sommerpause vorgesehen.", True, [("ordinal", 2, None, None), ("ordinal", 3, None, None)], None),
    # --- Benefits Reform Bill at second reading (PA), February ---
    ("en", "LONDON (PA) - The Government's Benefits Reform Bill has cleared the Commons at second reading after MPs backed it by 335 votes to 241, majority 94.", True, [("ordinal", 2, None, None), ("count", 335, None, None), ("count", 241, None, None), ("count", 94, None, None)], None),
    ("en", "Forty-one Labour backbenchers defied the whips to oppose the Bill.", True, [("count", 41, None, None)], None),
    ("en", "Work and Pensions Secretary Imogen Thackeray told MPs the changes would cut welfare spending by £4.8 billion annually by 2030.", True, [("money", 4800000000, "GBP", None), ("year", 2030, None, None)], "Imogen Thackeray"),
    ("en", '"Work must always pay, and this Bill makes certain that it does," she said.', False, [], None),
    ("en", "Labour MP Dawn Pilling (Bury North) told MPs that about 3,400 people in her constituency stood to lose their mobility payments.", True, [("count", 3400, None, "about")], "Dawn Pilling"),
    ("en", 'Ms Pilling called the Bill "a cut dressed up in the language of reform".', False, [], None),
    ("en", "Shadow work and pensions secretary Rupert Ainsley said the Conservatives would oppose the Bill at third reading unless the Government published a full impact assessment.", True, [("ordinal", 3, None, None)], "Rupert Ainsley"),
    ("en", "The Deputy Speaker repeatedly had to call the House to order during the exchanges.", False, [], None),
    ("en", "The Bill will now be considered by a committee of the whole House over two days later this month.", True, [("duration", 2, "day", None)], None),
    # --- Bargeld in die Verfassung (APA), Februar ---
    ("de", "Wien (APA) - Der Nationalrat hat am Donnerstag das Recht auf Bezahlung mit Bargeld in der Verfassung verankert.", True, [], None),
    ("de", "Für die Verfassungsbestimmung war eine Zweidrittelmehrheit nötig, die ÖVP, SPÖ und FPÖ gemeinsam klar übertrafen.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "In Dritter Lesung stimmten 151 der 177 anwesenden Abgeordneten zu.", True, [("ordinal", 3, None, None), ("count", 151, None, None), ("count", 177, None, None)], None),
    ("de", "Finanzminister Andreas Pichlbauer (ÖVP) sagte, rund 83 Prozent der Österreicherinnen und Österreicher zahlten im Handel zumindest gelegentlich bar.", True, [("percent", 83, "%", "about")], "Andreas Pichlbauer"),
    ("de", "„Bargeld ist gedruckte Freiheit“, sagte FPÖ-Klubobmann Reinhold Gstrein.", False, [], None),
    ("de", "NEOS-Mandatarin Claudia Fürnkranz kritisierte den Beschluss als „Symbolpolitik im Verfassungsrang“.", False, [], None),
    ("de", "Die Debatte darüber dauerte knapp drei Stunden.", True, [("duration", 3, "hour", "nearly")], None),
    ("de", "Wie die Parlamentskorrespondenz mitteilte, meldeten sich im Lauf der gesamten Sitzung 94 Rednerinnen und Redner zu Wort.", True, [("count", 94, None, None)], "die Parlamentskorrespondenz"),
    # --- Prime Minister's Questions (PA), February ---
    ("en", "LONDON (PA) - Hospital waiting lists were the battleground as the Prime Minister faced the Tory leader across the despatch box at the weekly Commons question session on Wednesday.", True, [], None),
    ("en", "The Prime Minister told the Commons that the waiting list had fallen by 410,000 since the election, to 7.02 million.", True, [("count", 410000, None, None), ("count", 7020000, None, None)], None),
    ("en", '"The only thing that has shrunk on his watch is his credibility," the Leader of the Opposition shot back.', False, [], None),
    ("en", "Liberal Democrat MP Harriet Coyle (Twickenham) asked how many patients were still waiting for treatment in corridors.", False, [], None),
    ("en", '"This Government could not run a bath, let alone the NHS," said Conservative MP Sir Anthony Pellingham (North Dorset).', False, [], None),
    ("en", "The Speaker suspended the sitting for 10 minutes after a protester in the public gallery interrupted proceedings.", True, [("duration", 10, "minute", None)], None),
    ("en", "Downing Street said the Prime Minister would make a statement to MPs on the NHS plan on Monday.", True, [], "Downing Street"),
    # --- Wehrdienstgesetz im Bundestag (dpa), März ---
    ("de", "Berlin (dpa) - Nach langem Ringen zwischen Union und SPD hat der Bundestag den neuen Wehrdienst in zweiter und dritter Lesung beschlossen.", True, [("ordinal", 2, None, None), ("ordinal", 3, None, None)], None),
    ("de", "In namentlicher Abstimmung votierten 409 Abgeordnete dafür, 181 dagegen, 14 enthielten sich.", True, [("count", 409, None, None), ("count", 181, None, None), ("count", 14, None, None)], None),
    ("de", "Vorausgegangen war eine gut dreistündige Debatte, in der 26 Rednerinnen und Redner ans Pult traten.", True, [("duration", 3, "hour", "over"), ("count", 26, None, None)], None),
    ("de", "Verteidigungsminister Jörg Wendhausen (SPD) sagte, die Bundeswehr brauche bis 2031 rund 80.000 zusätzliche Soldatinnen und Soldaten.", True, [("year", 2031, None, None), ("count", 80000, None, "about")], "Jörg Wendhausen"),
    ("de", "„Abschreckung gibt es nicht zum Nulltarif, und Zeit haben wir keine mehr“, rief Wendhausen unter dem Beifall der Koalitionsfraktionen.", False, [], None),
    ("de", "Künftig müssen alle Männer ab dem Jahrgang 2008 einen Fragebogen ausfüllen, ab 2027 wird die Musterung wieder verpflichtend.", True, [("year", 2008, None, None), ("year", 2027, None, None)], None),
    ("de", "Die Dienstzeit beträgt mindestens sechs Monate, eine Verlängerung auf bis zu 23 Monate ist möglich.", True, [("duration", 6, "month", "at_least"), ("duration", 23, "month", "up_to")], None),
    ("de", "Die AfD sprach von einem „Zwangsdienst durch die Hintertür“.", False, [], None),
    ("de", "Aus den Reihen der Linken kam der Zwischenruf „Kanonenfutter für die Rüstungslobby!“.", False, [], None),
    ("de", "Bundestagsvizepräsidentin Andrea Lindholm erteilte dem Linken-Abgeordneten Mirko Tessendorf dafür einen Ordnungsruf, den zweiten in dieser Woche.", True, [("ordinal", 2, None, None)], None),
    ("de", "Der Bundesrat soll sich am 11. April abschließend mit dem Gesetz befassen.", True, [("date", "--04-11", None, None)], None),
    # --- House passes voter citizenship bill (Reuters), March ---
    ("en", "WASHINGTON, March 5 (Reuters) - Republicans in the U.S. House narrowly passed a bill on Wednesday requiring documentary proof of citizenship to register to vote, 218-214, with two of their members joining every Democrat in opposition.", True, [("date", "--03-05", None, None), ("count", 218, None, None), ("count", 214, None, None), ("count", 2, None, None)], None),
    ("en", "House Speaker Garrett Hollins told reporters the measure had been rewritten 14 times in committee before it reached the floor.", True, [("count", 14, None, None)], "Garrett Hollins"),
    ("en", '"This is about making sure that only citizens choose our leaders," Hollins said.', False, [], None),
    ("en", "According to the nonpartisan Congressional Budget Office, carrying out the rule would cost states about $410 million over five years.", True, [("money", 410000000, "USD", "about"), ("duration", 5, "year", None)], None),
    ("en", 'Rep. Lucinda Varga, D-Ariz., said the bill "slams the door on millions of eligible Americans."', False, [], None),
    ("en", "In the Senate, where Republicans hold 53 seats, the bill would need 60 votes to clear a filibuster.", True, [("count", 53, None, None), ("count", 60, None, None)], None),
    ("en", "The vote was held open for 47 minutes as party leaders worked to flip two holdouts.", True, [("duration", 47, "minute", None), ("count", 2, None, None)], None),
    # --- Nationalrat will mehr Geld für die Armee (Keystone-SDA), März ---
    ("de", "Bern (Keystone-SDA) - Der Nationalrat will die Armeeausgaben bis 2032 auf 1 Prozent des Bruttoinlandprodukts anheben.", True, [("year", 2032, None, None), ("percent", 1, "%", None)], None),
    ("de", "Er hat eine entsprechende Motion am Dienstag mit 104 zu 89 Stimmen bei 3 Enthaltungen angenommen.", True, [("count", 104, None, None), ("count", 89, None, None), ("count", 3, None, None)], None),
    ("de", "Die Mehrausgaben belaufen sich laut Bundesrat bis zum Ende des Jahrzehnts auf rund 4,2 Milliarden Franken.", True, [("money", 4200000000, "CHF", "about")], "Bundesrat"),
    ("de", "Nationalrätin Regula Imhasly (SVP/LU) sagte, von den 30 bestellten Flugabwehrsystemen seien bislang erst 4 geliefert worden.", True, [("count", 30, None, None), ("count", 4, None, None)], "Regula Imhasly"),
    ("de", "«Sicherheit ist die Voraussetzung für alles andere», sagte Imhasly.", False, [], None),
    ("de", "Nationalrat Fabian Wyss-Gerber (SP/BS) sprach von einem «Kahlschlag bei der Entwicklungszusammenarbeit».", False, [], None),
    ("de", "Die Ratslinke hatte mit einem Minderheitsantrag verlangt, die Mittel zur Hälfte über eine befristete Solidaritätsabgabe zu finanzieren.", True, [("fraction", 0.5, None, None)], None),
    ("de", "Verteidigungsminister Beat Rohrbach sagte im Rat, die Landesregierung lehne die Motion ab, weil sie die Schuldenbremse verletze.", True, [], "Beat Rohrbach"),
    # --- Filibuster and cloture on food aid (AP, Reuters), March ---
    ("en", "WASHINGTON (AP) — Sen. Marcus Trelawny, D-Ore., yielded the Senate floor Thursday morning after speaking for 23 hours and 47 minutes against a Republican bill to cut food aid.", True, [("duration", 23, "hour", None), ("duration", 47, "minute", None)], None),
    ("en", "It was the third-longest speech in Senate history, according to the Senate Historical Office.", True, [("ordinal", 3, None, None)], "the Senate Historical Office"),
    ("en", "Trelawny read letters from 312 constituents and spent roughly four hours reciting food bank waiting lists from his home state.", True, [("count", 312, None, None), ("duration", 4, "hour", "about")], None),
    ("en", '"Somebody has to say out loud what this bill does to hungry kids," Trelawny said before he sat down.', False, [], None),
    ("en", "Senate Majority Leader Wendell Harrow said a procedural vote to end debate would be held at noon on Friday.", True, [], "Wendell Harrow"),
    ("en", "Republicans need 60 votes to cut off debate but hold only 53 of the chamber's 100 seats.", True, [("count", 60, None, None), ("count", 53, None, None), ("count", 100, None, None)], None),
    ("en", "Under Senate rules, up to 30 hours of further debate may follow once cloture is invoked.", True, [("duration", 30, "hour", "up_to")], None),
    ("en", 'Republican Sen. Colby Maitland of Kansas called the speech "a stunt that changes nothing."', False, [], None),
    ("en", "It was unclear whether any Democrats would cross the aisle in Friday's vote.", False, [], None),
    ("en", "WASHINGTON, March 14 (Reuters) - A Republican bid to advance the food aid bill failed in the Senate on Friday, with the 58-41 tally falling two votes shy of the 60 required to end the Democratic filibuster.", True, [("date", "--03-14", None, None), ("count", 58, None, None), ("count", 41, None, None), ("count", 2, None, None), ("count", 60, None, None)], None),
    ("en", "Harrow told reporters he would bring the bill back after the two-week recess.", True, [("duration", 2, "week", None)], None),
    # --- Grundgesetzänderung zum Schutz des Verfassungsgerichts (dpa), März ---
    ("de", "Berlin (dpa) - Mit der erforderlichen Zweidrittelmehrheit hat der Bundestag eine Grundgesetzänderung zum Schutz des Bundesverfassungsgerichts beschlossen.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "Für die Änderung stimmten 498 der 630 Abgeordneten, nötig waren mindestens 420.", True, [("count", 498, None, None), ("count", 630, None, None), ("count", 420, None, "at_least")], None),
    ("de", "Damit werden u.a. die Zahl von 16 Richterinnen und Richtern, ihre zwölfjährige Amtszeit und die Altersgrenze von 68 Jahren im Grundgesetz festgeschrieben.", True, [("count", 16, None, None), ("duration", 12, "year", None), ("duration", 68, "year", None)], None),
    ("de", "Justizministerin Friederike Ansbach (SPD) sagte im Plenum, bisher hätte eine einfache Mehrheit genügt, um die Wahlregeln für das Gericht zu ändern.", True, [], "Friederike Ansbach"),
    ("de", "„Wir bauen den Deich, bevor die Flut kommt“, sagte Ansbach.", False, [], None),
    ("de", "Die AfD-Fraktion stimmte geschlossen dagegen und kündigte eine Klage in Karlsruhe an.", True, [], None),
    ("de", "AfD-Rechtspolitiker Udo Kessling sprach von einem „Selbstschutzprogramm des Establishments“.", False, [], None),
    ("de", "Der Bundesrat muss ebenfalls mit Zweidrittelmehrheit zustimmen, dort sind mindestens 46 der 69 Stimmen erforderlich.", True, [("fraction", 0.6667, None, None), ("count", 46, None, "at_least"), ("count", 69, None, None)], None),
    # --- Bundestag amends constitution (Reuters), March ---
    ("en", "BERLIN, March 20 (Reuters) - Germany's lower house of parliament on Thursday approved a constitutional amendment to shield the Federal Constitutional Court from political interference, with 498 of 630 lawmakers voting in favour.", True, [("date", "--03-20", None, None), ("count", 498, None, None), ("count", 630, None, None)], None),
    ("en", "The amendment needed a two-thirds majority, or 420 votes, in the Bundestag.", True, [("fraction", 0.6667, None, None), ("count", 420, None, None)], None),
    ("en", "The far-right Alternative for Germany, the largest opposition party with 149 seats, voted against.", True, [("count", 149, None, None)], None),
    # --- Veto-Abstimmung im US-Senat (Reuters, deutsch), März ---
    ("de", "Washington (Reuters) - Der US-Senat ist mit dem Versuch gescheitert, ein Veto des Präsidenten gegen ein Gesetz zur Begrenzung von Zöllen aufzuheben.", True, [], None),
    ("de", "Für die Aufhebung stimmten 61 Senatoren, 38 dagegen – nötig gewesen wäre eine Zweidrittelmehrheit von 66 Stimmen.", True, [("count", 61, None, None), ("count", 38, None, None), ("fraction", 0.6667, None, None), ("count", 66, None, None)], None),
    ("de", "Es war bereits das vierte Veto des Präsidenten in dieser Amtszeit.", True, [("ordinal", 4, None, None)], None),
    ("de", "Der republikanische Senator Colby Maitland sagte, die Zölle kosteten jeden Haushalt im Schnitt 1.900 Dollar im Jahr.", True, [("money", 1900, "USD", None)], None),
    ("de", "Das Weiße Haus sprach von einem „Sieg für die amerikanischen Arbeiter“.", False, [], None),
    # --- Hammelsprung im Bundestag (dpa), März ---
    ("de", "Berlin (dpa) - Per Hammelsprung hat der Bundestag am späten Donnerstagabend geprüft, ob er noch beschlussfähig ist – die AfD hatte dies angezweifelt.", True, [], None),
    ("de", "Gezählt wurden 287 Abgeordnete, nötig gewesen wären mindestens 316 – mehr als die Hälfte der 630 Mitglieder.", True, [("count", 287, None, None), ("count", 316, None, "at_least"), ("fraction", 0.5, None, "over"), ("count", 630, None, None)], None),
    ("de", "Vizepräsident Knut Eschweiler hob die Sitzung daraufhin auf, zwölf Tagesordnungspunkte mussten vertagt werden.", True, [("count", 12, None, None)], None),
    ("de", "Es war bereits das dritte Mal in dieser Wahlperiode, dass die Opposition eine Sitzung auf diese Weise beendete.", True, [("ordinal", 3, None, None)], None),
    ("de", "SPD-Fraktionsgeschäftsführerin Katja Ruhland nannte das Vorgehen „parlamentarische Sabotage“.", False, [], None),
    ("de", "Die AfD verwies darauf, dass zum Zeitpunkt der Abstimmung weniger als die Hälfte der Koalitionsabgeordneten im Saal gewesen sei.", True, [("fraction", 0.5, None, "under")], None),
    # --- Discharge petition on stock trading (AP), March ---
    ("en", "WASHINGTON (AP) — A bipartisan bill barring lawmakers from buying and selling individual stocks will get a House vote after a discharge petition reached 218 signatures on Tuesday.", True, [("count", 218, None, None)], None),
    ("en", "Under House rules, the measure can be called up seven legislative days after the petition is completed.", True, [("count", 7, None, None)], None),
    ("en", "Rep. Nadia Ferrante, R-Fla., said lawmakers had made 1,340 stock trades worth more than $180 million last year.", True, [("count", 1340, None, None), ("money", 180000000, "USD", "over")], "Nadia Ferrante"),
    ("en", '"The American people are sick of watching us play the market," Ferrante said.', False, [], None),
    ("en", 'Speaker Garrett Hollins, who opposes the bill, called the petition "a publicity exercise."', False, [], None),
    ("en", "It is only the fourth discharge petition to succeed in the past 20 years, according to an AP review of House records.", True, [("ordinal", 4, None, None), ("duration", 20, "year", None)], None),
    # --- Lords defeat on planning bill (Reuters), April ---
    ("en", "LONDON, April 2 (Reuters) - Britain's unelected upper chamber dealt the government another setback over its planning bill on Wednesday, voting 241 to 188 to protect ancient woodland from development.", True, [("date", "--04-02", None, None), ("count", 241, None, None), ("count", 188, None, None)], None),
    ("en", "It was the government's ninth defeat in the upper chamber on the bill.", True, [("ordinal", 9, None, None)], None),
    ("en", "The bill now returns to the House of Commons for a further round of so-called ping-pong between the two chambers.", True, [("count", 2, None, None)], None),
    ("en", "Planning minister Baroness Thornbury told peers the amendment would put up to 34,000 planned homes at risk.", True, [("count", 34000, None, "up_to")], None),
    ("en", '"Ancient woodland, once lost, cannot be replanted by a minister\'s pen," crossbench peer Lord Ellerby said.', False, [], None),
    ("en", "The government has a working majority of 162 in the 650-seat House of Commons.", True, [("count", 162, None, None), ("count", 650, None, None)], None),
    # --- Länderkammer billigt Wehrdienstgesetz (dpa), April ---
    ("de", "Berlin (dpa) - Der Bundesrat hat das neue Wehrdienstgesetz in seiner 1054. Sitzung gebilligt.", True, [("ordinal", 1054, None, None)], None),
    ("de", "Das Gesetz soll am 1. Juli in Kraft treten, teilte das Verteidigungsministerium mit.", True, [("date", "--07-01", None, None)], "das Verteidigungsministerium"),
    # --- Budget bill and the record speech (AP), April ---
    ("en", "WASHINGTON (AP) — House Republicans pushed their sweeping tax and spending package through the chamber early Friday on a 216-214 vote after an all-night session.", True, [("count", 216, None, None), ("count", 214, None, None)], None),
    ("en", "According to the Congressional Budget Office, the 1,116-page bill would reduce federal tax revenue by about $3.8 trillion over a 10-year window.", True, [("count", 1116, None, None), ("money", 3800000000000, "USD", "about"), ("duration", 10, "year", None)], "the Congressional Budget Office"),
    ("en", 'Democratic leader Howard Jeffcoat held the floor for 9 hours and 12 minutes overnight, using the "magic minute" that lets party leaders speak for as long as they wish.', True, [("duration", 9, "hour", None), ("duration", 12, "minute", None)], None),
    ("en", "That beat the chamber's previous record of 8 hours and 51 minutes, set two years earlier.", True, [("duration", 8, "hour", None), ("duration", 51, "minute", None), ("duration", 2, "year", None)], None),
    ("en", '"We will be here as long as it takes to tell the truth about this bill," Jeffcoat said as he began.', False, [], None),
    ("en", "Two Republicans, Reps. Alma Kettridge of Ohio and Dean Purcell of Pennsylvania, joined all Democrats in voting no.", True, [("count", 2, None, None)], None),
    ("en", "The Rules Committee had cleared the measure 9-4 on Wednesday after a 19-hour meeting.", True, [("count", 9, None, None), ("count", 4, None, None), ("duration", 19, "hour", None)], None),
    ("en", "Some moderate Republicans privately fear the Medicaid cuts will cost them their seats in November.", False, [], None),
    # --- Wahl der Wehrbeauftragten (dpa), April ---
    ("de", "Berlin (dpa) - Der Bundestag hat die SPD-Politikerin Helga Marquardt zur neuen Wehrbeauftragten gewählt.", True, [], None),
    ("de", "In geheimer Wahl erhielt sie 402 Stimmen, erforderlich war die Kanzlermehrheit von 316 Stimmen.", True, [("count", 402, None, None), ("count", 316, None, None)], None),
    ("de", "Die 58-Jährige tritt ihr Amt am 1. Mai an, die Amtszeit beträgt fünf Jahre.", True, [("duration", 58, "year", None), ("date", "--05-01", None, None), ("duration", 5, "year", None)], None),
    ("de", "Bundestagspräsidentin Ilse Gronewald sagte, das Amt bestehe seit 1959 als Hilfsorgan des Parlaments bei der Kontrolle der Streitkräfte.", True, [("year", 1959, None, None)], "Ilse Gronewald"),
    ("de", "„Ich werde die Anwältin der Soldatinnen und Soldaten sein, nicht ihre Aufpasserin“, sagte Marquardt nach der Wahl.", False, [], None),
    # --- Emergency debate on the steelworks (PA), April ---
    ("en", "LONDON (PA) - MPs have been granted an emergency debate on the closure of the Brenmoor steelworks in Rotherham under Standing Order No. 24.", True, [], None),
    ("en", "The three-hour debate will take place on Thursday.", True, [("duration", 3, "hour", None)], None),
    ("en", "Business Secretary Owen Castellan told the Commons that about 2,700 jobs at the plant and in its supply chain were at risk.", True, [("count", 2700, None, "about")], "Owen Castellan"),
    ("en", "Independent MP Gareth Ollerenshaw (Rotherham) said ministers had known of the firm's difficulties for at least 18 months.", True, [("duration", 18, "month", "at_least")], "Gareth Ollerenshaw"),
    ("en", '"Steel is not a sunset industry, it is a security industry," he told MPs.', False, [], None),
    ("en", "Earlier, Conservative MP Helen Rushbrooke used a Ten Minute Rule Bill to propose a Commons vote on any sale of a strategic steel asset.", True, [("duration", 10, "minute", None)], None),
    ("en", "The Bill was given a first reading without a division.", True, [("ordinal", 1, None, None)], None),
    # --- Unterhaus billigt Handyverbot an Schulen (dpa), April ---
    ("de", "London (dpa) - Das britische Unterhaus hat in einer freien Abstimmung ein gesetzliches Handyverbot an Schulen in England gebilligt.", True, [], None),
    ("de", "Mit 318 zu 274 Stimmen fiel das Ergebnis knapper aus als erwartet.", True, [("count", 318, None, None), ("count", 274, None, None)], None),
    ("de", "Bildungsministerin Rachel Tennant sagte, bereits drei Viertel der weiterführenden Schulen hätten Mobiltelefone im Unterricht untersagt.", True, [("fraction", 0.75, None, None)], "Rachel Tennant"),
    ("de", "Konservative Abgeordnete sprachen von einem „Nanny-Staat im Klassenzimmer“.", False, [], None),
    ("de", "Das Gesetz muss noch das Oberhaus passieren und soll ab September 2027 gelten.", True, [("year", 2027, None, None)], None),
    # --- House fails to override veto (AP), April ---
    ("en", "WASHINGTON (AP) — The House failed on Thursday to override the president's veto of a bill that would have blocked new tariffs on Canadian lumber, falling short of the two-thirds majority required.", True, [("fraction", 0.6667, None, None)], None),
    ("en", "The 271-156 vote left supporters 14 votes shy of the 285 needed with all members voting.", True, [("count", 271, None, None), ("count", 156, None, None), ("count", 14, None, None), ("count", 285, None, None)], None),
    ("en", "Thirty-eight Republicans broke with the White House to vote for the override.", True, [("count", 38, None, None)], None),
    ("en", "It was the first veto override attempt of the president's second term.", True, [("ordinal", 1, None, None), ("ordinal", 2, None, None)], None),
    ("en", "The White House said in a statement that the tariffs had raised $2.3 billion since taking effect in January.", True, [("money", 2300000000, "USD", None)], "the White House"),
    ("en", 'Rep. Tomas Lindqvist, D-Wash., said the veto "hands a tax bill to every family building a home."', False, [], None),
    # --- Mietpreisbremse verlängert (APA), Mai ---
    ("de", "Wien (APA) - Die Mietpreisbremse für Altbau- und Gemeindewohnungen bleibt bis Ende 2028 in Kraft, der Nationalrat beschloss die Verlängerung am Mittwoch mit den Stimmen der Dreierkoalition.", True, [("year", 2028, None, None), ("count", 3, None, None)], None),
    ("de", "In namentlicher Abstimmung stimmten 109 Mandatarinnen und Mandatare dafür, 71 dagegen.", True, [("count", 109, None, None), ("count", 71, None, None)], None),
    ("de", "Die Anhebung der Richtwert- und Kategoriemieten wird damit für 2027 auf höchstens 1 Prozent und für 2028 auf höchstens 2 Prozent begrenzt.", True, [("year", 2027, None, None), ("percent", 1, "%", "at_most"), ("year", 2028, None, None), ("percent", 2, "%", "at_most")], None),
    ("de", "Wohnbauministerin Theresa Kogelnig (SPÖ) sagte, von der Regelung profitierten rund 436.000 Haushalte.", True, [("count", 436000, None, "about")], "Theresa Kogelnig"),
    ("de", "„Eine Wohnung ist ein Zuhause und keine Spekulationsware“, sagte Kogelnig.", False, [], None),
    ("de", "FPÖ-Bautensprecher Harald Zechmeister sprach von „Placebo-Politik für die Galerie“.", False, [], None),
    ("de", "Ein Misstrauensantrag der FPÖ gegen die Ministerin fand nur die Unterstützung der 55 freiheitlichen Abgeordneten.", True, [("count", 55, None, None)], None),
    ("de", "Nationalratspräsident Markus Edlinger erteilte im Lauf der mehr als zehnstündigen Sitzung vier Ordnungsrufe, drei davon an FPÖ-Mandatare.", True, [("duration", 10, "hour", "over"), ("count", 4, None, None), ("count", 3, None, None)], None),
    ("de", "Aus den Reihen der FPÖ kam mehrfach der Zwischenruf „Schande!“.", False, [], None),
    # --- Senate changes its rules on nominees (Reuters), May ---
    ("en", "WASHINGTON, May 8 (Reuters) - Senate Republicans on Thursday changed the chamber's rules to allow lower-level nominees to be confirmed in batches, a step that required only a simple majority.", True, [("date", "--05-08", None, None)], None),
    ("en", "The change passed 53-47 along party lines.", True, [("count", 53, None, None), ("count", 47, None, None)], None),
    ("en", "More than 140 of the president's nominees were awaiting a floor vote, according to Senate records.", True, [("count", 140, None, "over")], None),
    ("en", "Harrow told reporters that Democrats had forced roll-call votes on every nominee, eating up about 60% of the Senate's floor time this year.", True, [("percent", 60, "%", "about")], None),
    ("en", 'Senate Democratic leader Maxine Oduya called the move "a power grab Republicans will regret the day they lose the majority."', False, [], None),
    # --- Neutralitätsinitiative im Nationalrat (Keystone-SDA), Mai ---
    ("de", "Bern (Keystone-SDA) - Nach einer Marathondebatte mit 78 Rednerinnen und Rednern hat der Nationalrat die Neutralitätsinitiative zur Ablehnung empfohlen.", True, [("count", 78, None, None)], None),
    ("de", "Er fällte den Entscheid mit 126 zu 67 Stimmen bei 2 Enthaltungen.", True, [("count", 126, None, None), ("count", 67, None, None), ("count", 2, None, None)], None),
    ("de", "Die Debatte hatte sich über zwei Tage und insgesamt rund elf Stunden hingezogen.", True, [("duration", 2, "day", None), ("duration", 11, "hour", "about")], None),
    ("de", "Nationalrat Thomas Aeschbacher (SVP/BE) sagte, seit 1815 habe sich die Schweiz an keinem Krieg mehr beteiligt.", True, [("year", 1815, None, None)], "Thomas Aeschbacher"),
    ("de", "«Neutralität ist unser Erfolgsmodell, und wer sie aufweicht, spielt mit dem Feuer», sagte Aeschbacher.", False, [], None),
    ("de", "Nationalrätin Anna Meienberg (GLP/ZH) nannte die Initiative einen «Maulkorb für die Aussenpolitik».", False, [], None),
    ("de", "Die Initiative war mit 127'431 gültigen Unterschriften zustande gekommen.", True, [("count", 127431, None, None)], None),
    # --- Vote-a-rama on the budget resolution (AP), May ---
    ("en", "WASHINGTON (AP) — The Senate adopted a budget resolution early Saturday by a 51-49 vote after an overnight session in which senators voted on 34 amendments.", True, [("count", 51, None, None), ("count", 49, None, None), ("count", 34, None, None)], None),
    ("en", "The so-called vote-a-rama lasted nearly 15 hours.", True, [("duration", 15, "hour", "nearly")], None),
    ("en", "Only three of the amendments were adopted, all of them by voice vote.", True, [("count", 3, None, None)], None),
    ("en", "Sen. Rosalind Achterberg, D-Mich., said Republicans had voted down her amendment to protect Medicaid 48-52.", True, [("count", 48, None, None), ("count", 52, None, None)], "Rosalind Achterberg"),
    ("en", '"Every one of these votes is a vote on whether families keep their health care," Achterberg said.', False, [], None),
    ("en", "Senate Budget Committee chairman Clark Dennison said the resolution would allow committees to cut spending by at least $1.5 trillion over a decade.", True, [("money", 1500000000000, "USD", "at_least")], "Clark Dennison"),
    ("en", "The measure now goes to the House, which must adopt an identical version.", True, [], None),
    # --- Rural bus bill at report stage (PA), May ---
    ("en", "LONDON (PA) - MPs have voted down a Conservative amendment to the Rural Bus Services Bill that would have frozen single fares at £2 until 2029.", True, [("money", 2, "GBP", None), ("year", 2029, None, None)], None),
    ("en", "The amendment, new clause 14, was defeated by 322 votes to 191.", True, [("count", 322, None, None), ("count", 191, None, None)], None),
    ("en", "In all, 46 amendments and new clauses were tabled at report stage, of which seven were pushed to a vote.", True, [("count", 46, None, None), ("count", 7, None, None)], None),
    ("en", "Transport minister Kiran Mistry told MPs the Government was providing £712 million over three years to protect rural routes.", True, [("money", 712000000, "GBP", None), ("duration", 3, "year", None)], "Kiran Mistry"),
    ("en", '"Every village deserves a bus that actually turns up," Ms Mistry said.', False, [], None),
    ("en", "Shadow transport secretary Miles Fennimore said 1,300 bus routes had been withdrawn since Labour took office.", True, [("count", 1300, None, None)], "Miles Fennimore"),
    ("en", "The Bill passed its third reading without a division and now goes to the House of Lords.", True, [("ordinal", 3, None, None)], None),
    # --- House Judiciary markup (AP), May ---
    ("en", "WASHINGTON (AP) — The House Judiciary Committee voted 22-17 at the end of a 14-hour markup that ran until after 2 a.m. to send an immigration enforcement bill to the full House.", True, [("count", 22, None, None), ("count", 17, None, None), ("duration", 14, "hour", None)], None),
    ("en", "Democrats offered 41 amendments during the markup, and all were rejected on party-line votes.", True, [("count", 41, None, None)], None),
    ("en", "Committee chairman Bradley Voss said the bill would pay for 10,000 additional immigration officers over five years.", True, [("count", 10000, None, None), ("duration", 5, "year", None)], "Bradley Voss"),
    ("en", '"I have never seen a bill this cruel come before this committee," said Rep. Yvonne Castellanos, D-Calif.', False, [], None),
    # --- Individualbesteuerung in der Einigungskonferenz (Keystone-SDA), Juni ---
    ("de", "Bern (Keystone-SDA) - Der Ständerat hat sich in der Differenzbereinigung zur Individualbesteuerung erneut gegen den Nationalrat gestellt.", True, [], None),
    ("de", "Die kleine Kammer hielt mit 23 zu 21 Stimmen bei 1 Enthaltung an ihrer Fassung fest.", True, [("count", 23, None, None), ("count", 21, None, None), ("count", 1, None, None)], None),
    ("de", "Das Geschäft geht nun in die Einigungskonferenz, in der je 13 Mitglieder beider Räte sitzen.", True, [("count", 13, None, None)], None),
    ("de", "Nach Angaben der Eidgenössischen Steuerverwaltung würde die Reform zu Mindereinnahmen von rund 630 Millionen Franken pro Jahr führen.", True, [("money", 630000000, "CHF", "about")], "die Eidgenössische Steuerverwaltung"),
    ("de", "Finanzministerin Corinne Dällenbach sagte, scheitere der Antrag der Einigungskonferenz, sei die ganze Vorlage vom Tisch.", True, [], "Corinne Dällenbach"),
    ("de", "«Wir reden hier nicht über Steuertechnik, sondern über Gleichstellung», sagte Ständerätin Mirjam Tanner (SP/GE).", False, [], None),
    ("de", "Ständerat Peter Gisler (Mitte/UR) sagte, rund 500'000 Ehepaare müssten künftig zwei Steuererklärungen ausfüllen.", True, [("count", 500000, None, "about"), ("count", 2, None, None)], "Peter Gisler"),
    # --- Swiss upper house rejects capital rules (Reuters), June ---
    ("en", "ZURICH, June 11 (Reuters) - Switzerland's upper house of parliament on Wednesday rejected a proposal to tighten capital rules for the country's largest bank, voting 27-16 against the government's plan.", True, [("date", "--06-11", None, None), ("count", 27, None, None), ("count", 16, None, None)], None),
    ("en", "The proposal would have required the bank to hold up to $24 billion in additional capital, according to government estimates.", True, [("money", 24000000000, "USD", "up_to")], None),
    ("en", "The lower house, the National Council, had backed the plan by 108 votes to 84 in March.", True, [("count", 108, None, None), ("count", 84, None, None)], None),
    ("en", "Finance Minister Corinne Dällenbach told reporters the government would take time to consider its next steps.", False, [], None),
    ("en", '"This decision leaves Swiss taxpayers exposed," Social Democrat lawmaker Lea Bachmann-Frey said.', False, [], None),
    # --- Schlussabstimmungen der Sommersession (Keystone-SDA), Juni ---
    ("de", "Bern (Keystone-SDA) - Die eidgenössischen Räte haben zum Abschluss der Sommersession 14 Vorlagen unter Dach und Fach gebracht.", True, [("count", 14, None, None)], None),
    ("de", "Am knappsten fiel die Schlussabstimmung über die Lockerung der Kriegsmaterialexporte aus, die der Nationalrat mit 98 zu 96 Stimmen bei 2 Enthaltungen guthiess.", True, [("count", 98, None, None), ("count", 96, None, None), ("count", 2, None, None)], None),
    ("de", "Die Referendumsfrist beträgt 100 Tage, nötig sind 50'000 Unterschriften.", True, [("duration", 100, "day", None), ("count", 50000, None, None)], None),
    ("de", "Die Gruppe für eine Schweiz ohne Armee kündigte an, das Referendum zu ergreifen.", True, [], None),
    ("de", "«Die Schweiz verkauft ihre humanitäre Tradition für ein paar Rüstungsaufträge», sagte GSoA-Sekretärin Lena Zurbriggen.", False, [], None),
    ("de", "Nationalratspräsidentin Verena Amsler sagte in ihrer Schlussansprache, in der Session seien 312 Vorstösse eingereicht worden.", True, [("count", 312, None, None)], "Verena Amsler"),
    # --- Bundestag extends Baltic mandate (Reuters), June ---
    ("en", "BERLIN, June 26 (Reuters) - German lawmakers voted 401-186 on Thursday to extend the deployment of up to 1,200 soldiers to a NATO mission in the Baltic for another 12 months.", True, [("date", "--06-26", None, None), ("count", 401, None, None), ("count", 186, None, None), ("count", 1200, None, "up_to"), ("duration", 12, "month", None)], None),
    ("en", "Defence Minister Jörg Wendhausen told parliament the mission would cost about 390 million euros over the period.", True, [("money", 390000000, "EUR", "about")], "Jörg Wendhausen"),
    ("en", "The Left party and most AfD lawmakers voted against, while the Greens backed the mandate.", True, [], None),
    ("en", "Opposition lawmakers questioned whether the mission was worth the money.", False, [], None),
    # --- Petition on disposable barbecues (PA), June ---
    ("en", "LONDON (PA) - MPs will debate a petition calling for a ban on disposable barbecues in national parks after it passed 100,000 signatures.", True, [("count", 100000, None, None)], None),
    ("en", "The Petitions Committee said the debate would take place in Westminster Hall on June 16.", True, [("date", "--06-16", None, None)], "the Petitions Committee"),
    ("en", "Petitions that reach 10,000 signatures receive a written response from the Government.", True, [("count", 10000, None, None)], None),
    # --- MP suspended (PA), June ---
    ("en", "LONDON (PA) - An independent MP has been barred from the Commons for five sitting days for declining to retract his claim that a minister had lied.", True, [("count", 5, None, None)], None),
    ("en", "The Deputy Speaker named the MP, and the House approved his suspension by 402 votes to 9.", True, [("count", 402, None, None), ("count", 9, None, None)], None),
    ("en", '"I will not withdraw something that is true," the MP said as he left the chamber.', False, [], None),
    ("en", "Under Standing Order No. 44, a first suspension lasts five sitting days and a second 20 sitting days.", True, [("ordinal", 1, None, None), ("count", 5, None, None), ("ordinal", 2, None, None), ("count", 20, None, None)], None),
    # --- Tagungsbilanz des Nationalrats (APA), Juli ---
    ("de", "Wien (APA) - Der Nationalrat ist in der zu Ende gehenden Tagung zu 31 Plenarsitzungen zusammengetreten, teilte die Parlamentsdirektion mit.", True, [("count", 31, None, None)], "die Parlamentsdirektion"),
    ("de", "Die Sitzungen dauerten zusammen 243 Stunden und 18 Minuten.", True, [("duration", 243, "hour", None), ("duration", 18, "minute", None)], None),
    ("de", "Die längste Sitzung am 3. Juli ging nach 16 Stunden und 4 Minuten zu Ende.", True, [("date", "--07-03", None, None), ("duration", 16, "hour", None), ("duration", 4, "minute", None)], None),
    ("de", "Beschlossen wurden 118 Gesetze, 41 davon einstimmig.", True, [("count", 118, None, None), ("count", 41, None, None)], None),
    ("de", "Laut Parlamentsdirektion wurden 57 Ordnungsrufe erteilt, so viele wie in keiner Tagung seit 2019.", True, [("count", 57, None, None), ("year", 2019, None, None)], "Parlamentsdirektion"),
    ("de", "Mehr als die Hälfte davon ging an Abgeordnete der FPÖ.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "FPÖ-Generalsekretär Klaus Doppler sprach von „Zensur im Hohen Haus“.", False, [], None),
    # --- Sitzungswoche vor der Sommerpause (dpa), Juli ---
    ("de", "Berlin (dpa) - Der Bundestag hat in seiner letzten Sitzungswoche vor der Sommerpause 64 Tagesordnungspunkte abgearbeitet.", True, [("count", 64, None, None)], None),
    ("de", "Die längste Sitzung am Donnerstag dauerte nach Angaben der Bundestagsverwaltung 15 Stunden und 38 Minuten.", True, [("duration", 15, "hour", None), ("duration", 38, "minute", None)], "die Bundestagsverwaltung"),
    ("de", "Die Redezeit richtet sich nach der Stärke der Fraktionen: In einer einstündigen Debatte entfallen auf die Union 17 Minuten, auf die AfD 13 Minuten.", True, [("duration", 1, "hour", None), ("duration", 17, "minute", None), ("duration", 13, "minute", None)], None),
    ("de", "Bundestagspräsidentin Ilse Gronewald rügte, dass bei namentlichen Abstimmungen im Schnitt nur 561 der 630 Abgeordneten ihre Stimme abgegeben hätten.", True, [("count", 561, None, None), ("count", 630, None, None)], None),
    ("de", "„Die Bürgerinnen und Bürger erwarten zu Recht, dass wir da sind, wenn abgestimmt wird“, sagte Gronewald.", False, [], None),
    # --- Defense bill and its amendments (AP), July ---
    ("en", "WASHINGTON (AP) — The House passed an $883 billion defense policy bill on Wednesday by a vote of 231-196 after two days of debate on more than 300 amendments.", True, [("money", 883000000000, "USD", None), ("count", 231, None, None), ("count", 196, None, None), ("duration", 2, "day", None), ("count", 300, None, "over")], None),
    ("en", "The Rules Committee had made in order 312 of the 1,380 amendments that lawmakers filed.", True, [("count", 312, None, None), ("count", 1380, None, None)], None),
    ("en", "The bill includes a 3.8% pay raise for service members and a 14.5% raise for junior enlisted troops.", True, [("percent", 3.8, "%", None), ("percent", 14.5, "%", None)], None),
    ("en", 'House Armed Services Committee chairman Nathaniel Burkett said the bill "puts the warfighter first."', False, [], None),
    ("en", "Burkett said the bill authorized 13 new warships, two more than the Pentagon had requested.", True, [("count", 13, None, None), ("count", 2, None, None)], None),
]
