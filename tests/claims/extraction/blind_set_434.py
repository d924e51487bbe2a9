"""Four-hundred-and-thirty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the president appears only by office ("the president",
„der US-Präsident“), and the speaker, the leaders of both chambers and both parties,
senators, representatives, committee chairs, a budget director, justices, candidates, a
press secretary, a pollster, a poll director and a super PAC's president appear under
made-up names that stand for no real holder, or by their role only ("a spokesman for the
Republican National Committee", „Eine Sprecherin des Weißen Hauses“, „Ein Sprecher der
Republikaner“).

Names: Conrad Wexley, Imogen Bartell-Shaw, Sabine Kittredge, Ansel Varga, Alden
Marchetti-Cole, Winifred Osgood, Evander Lisle, Harriet Oyelaran-Voss, Oren Lachapelle,
Marla Whitcombe, Latrice Ambler-Dunn, Gil Strathmore, Corinna Faulk, Dale Ruckert, Harold
Mintz, Melisande Argyle-Booth, Boyd Hennessey-Park, Thaddeus Crain, Noemi Castellanos-Webb,
Everett Solano, Maribeth Quarles, Tanvir Ashdown, Lucius Farragher, Lowell Brigham, Wendell
Oakhurst and Bettina Holloway; the super PAC Heartland Ledger Action, Hurricane Ines and the
bills H.R. 5182, S. 1187 and H.R. 2290; every unnamed spokesman, spokeswoman, strategist,
official, analyst, pollster, justice, judge and political scientist. Real bodies, courts,
pollsters and places (House of Representatives, US-Repräsentantenhaus, Senate, US-Senat,
Congressional Budget Office, Haushaltsbüro des Kongresses, The Associated Press, The AP-NORC
Center, NORC an der Universität Chicago, Nachrichtenagentur AP, Reuters/Ipsos, Quinnipiac
University, Quinnipiac-Universität, Marist, Marist-Erhebung, Federal Election Commission,
Wahlkommission FEC, AdImpact, Supreme Court, Oberstes Gericht der USA, 4th U.S. Circuit
Court of Appeals, Bundesberufungsgericht des 4. Bezirks, American Bar Association, Senate
Judiciary Committee, Justizausschuss, Senate Armed Services Committee, House Ethics
Committee, Ethikausschuss, Justice Department, Justizministerium, Education Department,
Bildungsministerium, White House, Weißes Haus, Pentagon, National Republican Congressional
Committee, Democratic Congressional Campaign Committee, Republican National Committee,
Summit County Board of Elections, Wahlbehörde des Bezirks Summit, the University of
Florida's Election Lab, the Kansas attorney general's office, Georgia's secretary of state's
office, Wahlamt, F-35, Kansas, Ohio, Georgia, Virginia, Montana, Oregon, New Mexico, North
Carolina, Tennessee, the Pacific Northwest and the datelines' cities) stand for the way wire
copy names them; every vote, tally, seat count, poll figure, margin, sample, fieldwork date,
sum, count, date, age and quote here is invented, and where a real figure came to mind (a
real Senate majority, a real House majority, a real count of censures, a real state's seats,
a real senator's terms, a real approval rating, a real early-vote count) it was changed (the
House's 435 seats and its 218 for a majority and for a discharge petition, the Senate's 100
seats, its 60 votes and three-fifths to end a filibuster and its 30 hours after cloture, the
two-thirds to override a veto, the two-year and six-year terms, the third of the Senate
elected every two years and the court's three liberal justices kept as facts of record).

Its weight: US POLITICS, POLLS AND CONGRESS, fourth round under this heading (the
three-hundred-and-thirty-second batch, which called itself the third, weighed US politics,
polls and Congress, and the seventy-sixth US politics, polls and courts, the
hundred-ninety-seventh US politics as German and English wires file it and the
two-hundred-and-fifty-eighth US politics in AP/Reuters-style copy before it; the sixty-fifth
and three-hundred-and-seventy-fifth weighed the filibuster, cloture and numbered bills
beside other parliaments; their decisions are kept) - one wire week two weeks before the
midterm elections, Monday, October 19, to Sunday, October 25, as 37 short stories in story
order, the German and English ones interleaved by day, half in each language. English
(Reuters with dated datelines, AP): the House passing a farm extension "by a vote of
218-214", an AP-NORC approval poll with "plus or minus 3.1 percentage points", a veto of a
drone bill, an asylum bill failing "57-43, three votes below the 60 needed to end a
Democratic filibuster", a 6-3 Supreme Court ruling on a Kansas map with a 31-page dissent, a
stopgap through Dec. 18, third-quarter Senate fundraising from FEC filings, an Ohio special
election in the 13th Congressional District, early voting, a Reuters/Ipsos poll of the
generic ballot with a credibility interval, an appeals judge confirmed 51-49, a 5-4
emergency order on Education Department layoffs, a discharge petition on stock trading
reaching 218 signatures, a Quinnipiac poll in North Carolina's Senate race, the defense
bill, the party committees' cash, a censure "221-199" and a Marist poll on Congress with a
net approval rating. German (dpa, AFP „Washington (AFP) -“, Reuters German „Washington
(Reuters) -“; German „“ quotes): the farm extension „mit 218 zu 214 Stimmen“, the approval
poll with „plus/minus 3,1 Prozentpunkten“, the veto, the filibuster („nötig gewesen wären 60
Stimmen“, „Dreifünftelmehrheit“), the map ruling „mit sechs zu drei Stimmen“, the stopgap,
the fundraising, the special election, early voting, the Reuters/Ipsos poll, the
confirmation, the layoffs order „mit fünf zu vier Stimmen“, the petition, the North Carolina
poll, the defense bill, the committees' cash, the censure, the Marist poll and a preview of
the election. Speakers as such copy has them: the name with the office ("House Speaker",
"Senate Majority Leader", "Senate Democratic leader", "Senate Judiciary Committee Chairman",
"White House budget director", „Repräsentantenhaus-Chef“, „Mehrheitsführer“,
„Oppositionsführerin“, „Haushaltsdirektor“, „Justizausschuss-Chef“, „Ausschusschef“), "Sen."
and "Rep." with the party-and-state label between commas or in brackets, justices writing
for the majority and in dissent, campaigns and an office named by their holder, bodies with
their article, „teilte ... mit“, „wie ... mitteilte“, „nach Angaben der/des ...“ and „so X“;
beside them the forms left unchecked. Figures as such copy has them: roll calls and seats,
thresholds, margins in points, samples, fieldwork dates, margins of error and a credibility
interval, approval and ballot shares in percent, in words and as a net rating with its minus
sign, money in thousands, millions, billions and a trillion, multiples, ages, spans,
numbered districts and circuits, vetoes and judges counted as ordinals, years and dates;
bill numbers that carry none. Negatives as such copy has them - 55 rows, none with a figure:
partisan rhetoric and victory lines in quotes from the speakers who give the figures, labels
("called", „nannte“, „sprach von“), an accusation that names no act, brush-offs of polls, a
pollster's, a poll director's, strategists', analysts', observers' and political scientists'
views and verdicts, expectations, open questions, a doubt, an appeal, reactions and moods,
each near a check-worthy look-alike from the same story.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 17 carry no figure (10 German, 7 English), 321 expected quantities (116
counts, 51 percentages - 35 in "%", 16 in percentage points "pp" -, 45 amounts of money, all
in USD, 35 dates, 30 durations - 17 in years, 6 in weeks, 3 in months, 2 in hours, 2 in days
-, 22 ordinals, 12 fractions, 10 years; none of them in a negative), 37 checked speakers (18
German, 19 English). These counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, step, plan, schedule or position is check-worthy with the speaker its own
  attribution gives, also in Konjunktiv I; quoted or reported rhetoric, labels, accusations
  that name no act, views, verdicts, expectations, open questions, doubts, appeals,
  reactions and moods are negatives with speaker None, also with a named speaker and an
  office (seventh, ninety-eighth, seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-fourth, two-hundred-and-fifty-eighth, three-hundred-and-thirty-second).
  Pairs from one speaker: Wexley's March 31, 2028 beside „Beweis, dass diese Mehrheit
  liefert“ and his office's week of Nov. 16 beside his spokeswoman's "campaign stunt";
  Bartell-Shaw's $2.3 billion beside "a bait-and-switch"; the president's $900 million
  beside "well-meaning but badly written"; Varga's override vote beside "flying blind" and
  „einen Fehler zulasten der Einsatzkräfte“; Marchetti-Cole's second cloture vote beside
  "chaos at the border"; Osgood's 180,000 beside "cruelty with a bill number" and
  „Grausamkeit mit Aktenzeichen“; Oyelaran-Voss's 94,000 beside "closed the courthouse
  door"; Whitcombe's $420 million beside "We kicked the can"; Strathmore's $16.9 million and
  his campaign's 70% beside "Georgians can't be bought" and „nicht käuflich“; Faulk's win
  beside "sent Washington a message" and „Botschaft an Washington“; Crain's 112 beside "a
  judge's judge" and „Richterin, um die uns andere beneiden werden“; Castellanos-Webb's 120
  days beside "tired of watching members of Congress get rich" and „Sieg für die
  Steuerzahler“; Solano's 1.4 million doors beside Quarles's brush-off in both languages;
  Farragher's $27 billion beside "we mean business" and „klaren Signal an Peking und
  Moskau“; Oakhurst's $127,000 beside "lectured on ethics" and „politischen Hinrichtung“.
- Negatives besides the rhetoric (seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-fourth, two-hundred-and-fifty-eighth, three-hundred-and-thirty-second):
  labels ("called the measure", "called the legislation", "called the ruling", "called the
  order", "called the petition", "called the bill", „nannte“ twice, „sprach von“ and
  „sprachen von“ eight times); an accusation that names no act („warfen der Mehrheit vor,
  ausgerechnet bei den Ärmsten zu sparen“); brush-offs of polls ("Polls go up and polls go
  down", "We pay attention to ballots, not to surveys", „lasse sich von Umfragen nicht
  leiten“, „entscheidend sei allein das Ergebnis am Wahltag“, Quarles's "will decide this,
  not pollsters" and „entscheiden würden die Wähler“; hundred-ninety-seventh); a pollster's
  and a poll director's views (Ashdown, Holloway; two-hundred-and-fifty-eighth: Dunmore's
  "tired, not converted"); strategists', analysts', party officials', progressive Democrats'
  and political scientists' views and warnings without a figure ("the cash advantage may
  count for less", "warned against reading too much into", "said they expected the money
  race to tighten", "poured money into weapons", „sehen darin ein Zeichen“); a verdict with
  „halten ... für“ (ninety-eighth); expectations and a reputation label („gilt in Washington
  als wahrscheinlich“, „gilt als Stimmungstest“; two-hundred-and-fifty-eighth: „gilt als“);
  open questions („Ob das Geld ... ist offen“, „Wie viele Beschäftigte ... ist unklar“); a
  doubt („äußerten Zweifel“, two-hundred-and-fifty-eighth: "privately doubt"); an appeal
  that names no measure („riefen dazu auf“, "urged voters"; two-hundred-and-fourth);
  reactions and moods („reagierten ... erleichtert“, „reagierte man verärgert“, „wächst die
  Nervosität“, „blicken mit Sorge“; three-hundred-and-thirty-second); "Lawmakers in both
  parties have long shrugged off low ratings" (a habit, no fact to check). The brief for
  this batch gives no negative a figure, so none carries one.
- Check-worthy without a figure (seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-fifty-eighth, three-hundred-and-thirty-second): Varga's override vote in
  both languages (a stated step; "before the end of the year" and „vor Jahresende“ none),
  the asylum bill failed („gescheitert“), Lisle's reasoning for the majority, the race call
  ("at 9:47 p.m." a clock time, none), Faulk's succession to Mintz, the ABA's rating ("its
  top rating" none), the only Republican to vote no, the Boston judge's block, the White
  House's signing („noch am Abend“), the Ethics Committee's referral, Quarles's lead
  "through the summer", the bar on closing bases, „Beide Kammern müssen sich nun ...
  einigen“, the censure („offiziell gerügt“) and Solano's narrow lead stated without its
  numbers (seventy-sixth: „liegt ... knapp vor ihrem Herausforderer“). New: „Der Vorsprung
  liegt innerhalb der Fehlermarge.“ is check-worthy without a figure - a statement about a
  poll's numbers that can be checked against them, as the seventy-sixth checked a lead
  stated without its numbers; "Solano's 3-point edge is inside the poll's ... margin of
  error" gives its figures.
- Roll calls, seats and thresholds are counts, one per figure (seventy-sixth,
  hundred-ninety-seventh, two-hundred-and-fifty-eighth, three-hundred-and-thirty-second,
  three-hundred-and-seventy-fifth): "by a vote of 218-214, with two Republicans voting
  against it and one Democrat voting for it" 218, 214, 2 and 1, „mit 218 zu 214 Stimmen“,
  „Zwei Republikaner“, "388-31" and „mit 388 zu 31 Stimmen“, "failed 57-43, three votes
  below the 60 needed" and „stimmten 57 Senatoren, 43 dagegen – nötig gewesen wären 60
  Stimmen“, "a 52-48 majority ..., so at least eight Democrats" 8 "at_least", „über 52 der
  100 Sitze“ („über“ after „verfügen“ no hedge, seventy-sixth), "Five Democrats" (a number
  word opening the row, three-hundred-and-thirty-second: "Seventy-six Republicans"), "ruled
  6-3" and „mit sechs zu drei Stimmen“, "joined by two colleagues", "A three-judge district
  court panel" and „eines dreiköpfigen Gerichts“ 3 (seventy-sixth: "A three-judge federal
  panel"), "voting 74-25" and „mit 74 zu 25 Stimmen“, "309-118", "219-215, with one vacancy"
  and „auf 219 zu 215 Sitze“, "by a vote of 51-49" and „mit 51 zu 49 Stimmen“, "The order
  was 5-4, with one conservative justice joining the court's three liberals" 5, 4, 1 and 3
  and „mit fünf zu vier Stimmen“, "the 218 signatures it needs" and „die nötigen 218
  Unterschriften“, "five Republicans" and „fünf Republikaner“, "the chamber's 435 members",
  "Just three other discharge petitions" 3 ("Just", "other" no hedge), "79-20" and „mit 79
  zu 20 Stimmen“, "231-196" and „mit 231 zu 196 Stimmen“, "voted 221-199 ..., with 12
  Republicans voting in favor", "Eight members voted present" and „221 Abgeordnete, 199
  dagegen, acht votierten mit „anwesend““ (three-hundred-and-thirty-second: "11 members
  voted present"), "pick up three seats" and „fehlen drei Sitze“, „alle 435 Sitze“, „218
  Sitze nötig“, „der 100 Sitze“, „nach drei Amtszeiten“ 3 (seventy-sixth: "served two
  terms"). Rules of procedure stated as fact are check-worthy (three-hundredth,
  three-hundred-and-third, three-hundred-and-seventy-fifth): "Senate rules require
  three-fifths of the chamber's 100 members to cut off debate on most bills, and once
  cloture is invoked, up to 30 more hours of debate are allowed." 0.6, 100 and 30 hours
  "up_to"; „Für ein Ende der Debatte ist im Senat eine Dreifünftelmehrheit nötig.“ 0.6
  (three-hundred-and-sixtieth); "Overriding a veto requires a two-thirds majority" 0.6667
  and „Zweidrittelmehrheiten“ 0.6667 (three-hundred-and-thirty-second); "Under House rules,
  a petition signed by a majority of the chamber's 435 members ..." 435; the election
  preview's terms and seats. "no Republican", "every Democrat", „beider Parteien“, "both
  chambers", „beiden Kammern“, „Beide Kammern“, "by voice vote" none.
- Bill numbers are identifiers and carry no quantity (sixty-fifth: "H.R. 2882", as "House
  Bill 3991", fifty-eighth): "H.R. 5182", „den Entwurf H.R. 5182“, "H.R. 2290". New: the
  Senate's "S. 1187" carries none either - "S." with a number names a Senate bill as "H.R."
  names a House one, and is no count of anything.
- Polls (seventy-sixth, hundred-ninety-seventh, two-hundred-and-fifty-eighth,
  three-hundred-and-thirty-second): shares in percent ("39%", „Nur 39 Prozent“ - „Nur“ no
  hedge -, "down from 43%", „noch 43 Prozent“, "61%", "about 97%" and „rund 97 Prozent“
  "about", "53.8% to 45.1%" and „53,8 Prozent ... 45,1 Prozent“, "about 27%" and „etwa 27
  Prozent“, "42% ..., Republicans for 37%" and „42 Prozent ..., Republikaner 37 Prozent“,
  "Some 44% ..., against 40%" ("Some" "about", three-hundred-and-thirty-second) and „44
  Prozent ..., 40 Prozent“, "23%", "17%", "48% to 45%" and „auf 48 Prozent, ... auf 45
  Prozent“, "50% to 41%", "Just 21%" and „Nur noch 21 Prozent“ - "Just" and „Nur noch“ no
  hedge, four-hundred-and-twentieth -, "71%", "more than 70%" "over"); leads and moves in
  percentage points ("a 4-point drop", "a 4-point advantage" and „mit vier Prozentpunkten“,
  "up from 2 points" and „lediglich zwei Prozentpunkte“ - „lediglich“ no hedge,
  seventy-sixth -, "Solano's 3-point edge", "trails by 9 points" 9 pp;
  hundred-ninety-seventh: "a 4-point lead"); margins with no hedge ("plus or minus 3.1
  percentage points", „plus/minus 3,1 Prozentpunkten“, "the poll's plus or minus 3.4
  percentage point margin of error" - the singular "percentage point" before the noun as "a
  4-point lead" -, „plus/minus 3,4 Prozentpunkte“, "accurate to within plus or minus 3.3
  percentage points" - "within" no hedge, three-hundred-and-thirty-second -, „Die
  Fehlerquote gab das Institut mit 3,3 Prozentpunkten an“); the credibility interval "about
  2 percentage points" 2 pp "about" (three-hundred-and-thirty-second New); the net approval
  rating "at minus 11 points, compared with minus 6 in August" -11 pp and -6 pp
  (hundred-thirty-fourth New: "minus nine points, from minus two"); shares in words ("About
  6 in 10" 0.6 "about", "only about a third" 0.3333 "about" - "only" no hedge -, „Knapp zwei
  Drittel“ 0.6667 "nearly", "Nearly one in four voters" 0.25 "nearly", „Gut jeder fünfte
  Befragte“ 0.2 "over", "Roughly 7 in 10" 0.7 "about", „Sieben von zehn Befragten“ 0.7 -
  hundred-ninety-seventh -, „rund ein Drittel der 100 Sitze“ 0.3333 "about" and 100);
  samples ("1,138 adults" and „1.138 Erwachsene“, "4,207 U.S. adults ..., including 3,518
  registered voters" and „4.207 Erwachsene, darunter 3.518“ - "including", „darunter“ no
  hedge -, "1,287 likely voters" and „1.287 wahrscheinliche Wähler“ after „vom 16. bis 20.
  Oktober“ - a count, not a year, two-hundred-and-fifty-eighth New -, "1,402 adults" and
  „1.402 Erwachsene“); fieldwork dates ("Oct. 15-19", "from Oct. 16-20", "from Oct. 19-22",
  „vom 15. bis 19. Oktober“, „vom 16. bis 20. Oktober“, „vom 19. bis 22. Oktober“ two dates
  each). "AP-NORC", "Reuters/Ipsos", "the weakest showing", "the lowest reading", „der
  niedrigste Wert“, „einen Tiefstwert“ none.
- Money in the currency written, all USD ("Dollar" in German copy is USD; every batch):
  "about $14.6 billion" and „rund 14,6 Milliarden Dollar“ "about", "$2.3 billion" and „um
  2,3 Milliarden Dollar“, "about $900 million" and „rund 900 Millionen Dollar“, "roughly
  $1.66 trillion a year" "about" ("a year" none), "$6.8 billion" three times, "$11 billion"
  and „elf Milliarden Dollar“ (the number word), "$420 million" twice, "a combined $212
  million" and „zusammen 212 Millionen Dollar“ no hedge, "by nearly $60 million" "nearly",
  "$41.7 million", "$18.2 million", "$16.9 million" and „16,9 Millionen“ after „41,7
  Millionen Dollar“ (the currency written once serves the list, forty-sixth), "a $5 million
  loan" and „Fünf Millionen Dollar davon“ („davon“ no hedge), "under $200" "under"
  (three-hundred-and-thirty-second: "amounts under $200"), "about $310 million" and „rund
  310 Millionen Dollar“, "about $1.1 billion a year" and „jährlich rund 1,1 Milliarden
  Dollar“ ("a year", „jährlich“ none), "$938 billion" twice, "$27 billion above" and „27
  Milliarden Dollar mehr als“ (a comparison after the figure, no hedge), "$71.4 million",
  "$38.9 million" and „38,9 Millionen“, "$22.6 million" twice, "$45 million" twice, "about
  $486,000" and „rund 486.000 Dollar“, "$127,000" and „127.000 Dollar“. Multiples are counts
  with their hedges: "nearly twice the $38.9 million" 2 "nearly"
  (two-hundred-and-fifty-eighth: "nearly three times") and „über fast doppelt so viel Geld“
  2 "nearly" (the „über“ that „verfügen“ governs no hedge, „fast“ straight before the
  multiple one; three-hundred-and-thirty-second New). "in the bank", „in der Kasse“, "in
  cash on hand", "super PAC", „Super-PAC“ none.
- Other counts (every batch): "about 41 million people", "about 180,000 people a year",
  "about 94,000 Hispanic residents" and „rund 94.000 Latinos“, "a 31-page dissent" and „in
  ihrem 31 Seiten langen Minderheitsvotum“ 31 (three-hundred-and-thirty-second: "In a
  29-page dissent", „in einem 41 Seiten langen Beschluss“), "the five Senate races seen as
  most competitive" and „in den fünf engsten Rennen“ 5 (three-hundred-and-thirty-second:
  "the five most competitive Senate races"), "More than 19.6 million Americans" and „bereits
  mehr als 19,6 Millionen Menschen“ "over" („bereits“ no hedge), "about 2.3 million more"
  and „rund 2,3 Millionen mehr“ ("more" after the figure compares), "nearly 1.1 million
  votes" and „fast 1,1 Millionen Stimmen“ "nearly", "about 9,400 employees" and „rund 9.400
  Beschäftigten“, "fewer than 2,000 workers" "under", "more than 1.4 million doors" and
  „mehr als 1,4 Millionen Haushalte“ "over", "12 F-35 fighter jets" 12 ("F-35" a type,
  fiftieth), "in 24 districts" and „in 24 Wahlbezirken“. None: "U.S.", "D-Ore.", "D-N.M.",
  "R-Mont.", "R-Tenn.", "(R-Ohio)", "Reuters/Ipsos", "9:47 p.m.".
- Ordinals (the issue: "das sechste Treffen"): "of his second term", "in his second term"
  and „in der zweiten Amtszeit“ 2, "his fifth veto since beginning his second term" 5 and 2,
  „sein fünftes Veto“ 5 (three-hundred-and-thirty-second: "the fourth veto of his second
  term"), "a second cloture vote" 2, "the 3rd Congressional District" and „aus dem 3.
  Kongresswahlbezirk“ 3, "a second district" and „einen zweiten Wahlbezirk“ 2, "Ohio's 13th
  Congressional District" and „im 13. Kongresswahlbezirk“ 13
  (three-hundred-and-thirty-second: "Michigan's 10th Congressional District"), "the 4th U.S.
  Circuit Court of Appeals" and „des 4. Bezirks“ 4 (hundred-ninety-seventh: a numbered
  circuit), "the 38th appeals court judge" 38, "the first layoff notices" 1
  (two-hundred-and-fifty-eighth: "The first paychecks"), „erst die vierte erfolgreiche
  Petition“ 4 („erst“ no hedge), "the third member of Tennessee's delegation" 3, "in the
  first two weeks of October" and „in den ersten zwei Wochen des Monats“ ordinal 1 with 2
  weeks (three-hundred-and-thirty-second: "in the year's first three months"). New: „ein
  zweites Mal zur Abstimmung stellen“ is ordinal 2 - the indefinite article before the
  ordinal changes nothing, as „zum zweiten Mal“ (the issue) and "for a 12th time"
  (seventy-sixth). None: "the weakest showing", "its top rating", "the most competitive",
  „den umkämpftesten“, „den fünf engsten“, "the lowest reading", „der niedrigste Wert“, "the
  only Republican", „Als einziger Republikaner“, "the last stretch", "the final days", "the
  final two weeks" and „die letzten zwei Wochen“ (the span only,
  two-hundred-and-fifty-eighth: "during the last three months of the year").
- Durations and ages (the issue: "a two-week visit", "dreitägige Reise"): "for another 18
  months" ("another" no hedge) and „um 18 Monate“, "over two years" and „verteilt auf zwei
  Jahre“ 2 years ("over" before a span no hedge; seventy-sixth: „verteilt auf zehn Jahre“),
  "over five years" and „in fünf Jahren“ 5 years, "up to 30 more hours" "up_to", „gut zwei
  Stunden gedauert“ 2 hours "over" („gut“ hedges, seventy-first), "in the three months to
  Sept. 30" 3 months and the date (seventy-sixth: "the three months ending Sept. 30"), "the
  final two weeks" and „für die letzten zwei Wochen“ 2 weeks, „Knapp zwei Wochen vor den
  Kongresswahlen“ (twice) 2 weeks "nearly" (three-hundred-and-thirty-second: „Gut sechs
  Monate vor den Kongresswahlen“), „acht Jahre lang“, "four years ago" and „vor vier Jahren“
  4 years, "within 120 days" and „binnen 120 Tagen“ 120 days ("within", „binnen“ no hedge),
  "over four years" and „in den vergangenen vier Jahren“ 4 years, „für zwei Jahre ...,
  Senatoren für sechs Jahre“ 2 and 6 years; ages "a 54-year-old former state senator" and
  „Der 54-Jährige“, "Argyle-Booth, 46," and „Die 46-Jährige“, "Oakhurst, 62," and „Der
  62-Jährige“ in years (sixteenth, two-hundred-and-fifty-eighth). New: "its best half-month
  on record" carries neither a fraction nor a duration - a span named by a word without a
  figure, as "a month" and "a year" carry none (two-hundred-and-fifty-eighth). None: "a
  year", „jährlich“, "last month", "last week", "next week", „in der kommenden Woche“,
  "earlier this month", „Anfang Oktober“, „Anfang September“, "in July", "in March", "in
  September", "in August", „im April“, „im Juli“, „im September“, „im August“, "before the
  end of the year", „vor Jahresende“, "through the summer", "since Labor Day", "by Tuesday
  evening", „noch am Abend“, "Election Day", „bis zum Wahltag“, „von Juli bis Ende
  September“, „vorerst“, „kurz vor“ and weekdays.
- Years and dates: "through March 31, 2028," 2028-03-31 (three-hundred-and-thirty-second:
  "until Jan. 1, 2028,") and „bis Ende März 2028“ the year (three-hundred-and-thirty-second:
  "until March 2029"), "from the 2028 elections on" and „ab der Wahl 2028“, "since 2023" and
  „seit 2023“, "a 2024 lawsuit", "since 2015" and „seit 2015“, "since 2014" and „seit 2014“.
  Dates without a year: "the Nov. 3 midterm elections" (twice) and „am 3. November“ (twice)
  --11-03, "through Dec. 18" and „bis zum 18. Dezember“ ("through", „bis zum“ no hedge), "on
  Oct. 31" and „am 31. Oktober“, "to Sept. 30", "for the week of Nov. 16"
  (two-hundred-and-fifty-eighth: "in the week of March 23"), "starting Jan. 1" and „ab dem
  1. Januar“ ("starting", „ab dem“ no hedge), and the fieldwork dates above. Reuters English
  datelines with a day are dates without a year ("WASHINGTON, Oct 19 (Reuters)" --10-19 and
  the rest, "NEW YORK, Oct 25 (Reuters)" --10-25); AP ("WASHINGTON (AP) —", "AKRON, Ohio
  (AP) —", "RALEIGH, N.C. (AP) —"), dpa, AFP German and Reuters German datelines none
  (seventy-ninth; hundred-fifty-ninth: "Washington (Reuters) -").
- Hedges, only the names in use: "about", "About", "roughly", "Roughly", "Some", „rund“,
  „etwa“ "about"; "nearly", "Nearly", „knapp“, „Knapp“, „fast“ "nearly"; "more than", "More
  than", „mehr als“, „gut“, „Gut“ "over"; "under", "fewer than" "under"; "up to" "up_to";
  "at least" "at_least". No hedge: "a combined", „zusammen“, "another", "other", "only",
  "Just", „Nur“, „Nur noch“, „lediglich“, „erst“, „bereits“, „allein“, „davon“, „darunter“,
  "including", "within", „binnen“, "plus or minus", „plus/minus“, "over" before a span,
  "through", „bis zum“, "starting", „ab dem“, „über“ after „verfügen“, "above" and „mehr
  als“ after a figure, "more" after a figure.
- Speakers, checked only in forms the earlier batches settled (and the New forms below).
  English: the name with the office and the occasion dropped ("House Speaker Conrad Wexley
  said", "House Democratic leader Imogen Bartell-Shaw said", "Senate Majority Leader Alden
  Marchetti-Cole said", "White House budget director Oren Lachapelle said";
  three-hundred-and-thirty-second), "Senate Democratic leader Winifred Osgood told
  reporters" (two-hundred-and-fifty-eighth: "told reporters"), "Senate Judiciary Committee
  Chairman Thaddeus Crain said" and "Senate Armed Services Committee Chairman Lucius
  Farragher said" (two-hundred-and-fifty-eighth: "Senate Judiciary Committee Chairman Royce
  Haverford said"), "Writing for the majority, Justice Evander Lisle said" and "In a 31-page
  dissent joined by two colleagues, Justice Harriet Oyelaran-Voss said"
  (three-hundred-and-thirty-second), "Sen. Marla Whitcombe, D-Ore., said" and "Rep. Noemi
  Castellanos-Webb, D-N.M., said" with the title and the label dropped (seventy-sixth New,
  four-hundred-and-twentieth), "Strathmore's campaign said" and "Solano's campaign said"
  with the possessive (two-hundred-and-fifty-eighth), "Wexley's office said" -> "Wexley's
  office" and "the Kansas attorney general's office said" -> "the Kansas attorney general's
  office" (three-hundred-and-thirty-second New: "Marr's office", "the Macomb County clerk's
  office"), "the secretary of state's office said" (seventy-sixth), "the Summit County Board
  of Elections said" with its article (three-hundredth, two-hundred-and-fifty-eighth: a body
  at the end of the row), "In a court filing, the Justice Department said" -> "the Justice
  Department" (three-hundred-and-thirty-second: "the Justice Department said in a court
  filing", "In a letter to congressional leaders, Quist said"). German:
  „Repräsentantenhaus-Chef Conrad Wexley sagte, ...“, „Oppositionsführerin Imogen
  Bartell-Shaw sagte, ...“, „Mehrheitsführer Alden Marchetti-Cole sagte, ...“,
  „Haushaltsdirektor Oren Lachapelle sagte, ...“ and „Justizausschuss-Chef Thaddeus Crain
  sagte, ...“ the name (hundred-eightieth, three-hundred-and-thirty-second), „Varga sagte,
  ...“ and „Castellanos-Webb sagte, ...“ the surname as written
  (two-hundred-and-fifty-eighth: „Reyes-Whitfield sagte, ...“), „so Ausschusschef Lucius
  Farragher“ the name (four-hundred-and-twentieth: „so X“ with a title), „Nach Angaben der
  Wahlkommission FEC“ -> "die Wahlkommission FEC" (three-hundred-and-thirty-second), „nach
  Angaben der Wahlbehörde des Bezirks Summit“ -> "die Wahlbehörde des Bezirks Summit" (the
  source in the nominative with the genitive that names the body kept;
  two-hundred-and-fifty-eighth: "das Haushaltsbüro des Kongresses"), „nach Angaben des
  Wahlamts“ -> "das Wahlamt" (two-hundred-and-fifty-eighth: „Nach Angaben des
  Verkehrsministeriums“), „teilte das Gericht mit“ and „teilte das Justizministerium mit“
  (three-hundred-and-thirty-second), „teilte ihr Büro mit“ -> "ihr Büro" and „teilte sein
  Wahlkampfteam mit“ -> "sein Wahlkampfteam" (seventy-sixth: „teilte sein Büro mit“, „teilte
  ihr Wahlkampfteam mit“), „wie das Weiße Haus mitteilte“ (three-hundred-and-thirty-second),
  „wie das Meinungsforschungsinstitut mitteilte“ -> "das Meinungsforschungsinstitut" (a body
  named by its kind, as "The company said" -> "the company", tenth, three-hundredth;
  hundred-ninety-seventh: „wie die Universität mitteilte“).
- New: "Rep. Ansel Varga (R-Ohio) said ..." -> "Ansel Varga": the party-and-state label in
  brackets is dropped as the label between commas is (seventy-sixth: "Sen. Owen Bratton,
  D-Pa., said") and as the party in brackets is in German copy („Bauministerin Claudia
  Ebersberger-Lahm (SPD) sagte“; hundred-fifty-first, four-hundred-and-twentieth).
- New: „..., sagte die demokratische Senatorin Marla Whitcombe aus Oregon.“ -> "Marla
  Whitcombe": the party adjective goes with the title, and the state after the name is
  dropped as an affiliation after the name is (four-hundred-and-twentieth: „Virologe Prof.
  Dr. Malte Reinhardsen von der Charité sagte“ -> "Malte Reinhardsen").
- Left unchecked (None): all negatives, also those with a named speaker; roles ("In a
  message to Congress, the president said", „Der 62-Jährige teilte mit“;
  two-hundred-and-fifty-eighth, four-hundred-and-twentieth), "wrote" and „schrieb“
  (three-hundred-and-thirty-second), filing and reporting verbs ("reported raising",
  „meldete“, „meldeten“), "citing", „begründete“, „gab das Institut ... an“ (a verb no batch
  settled as a speaker), a description between a name and its verb ("Heartland Ledger
  Action, a super PAC aligned with House Republican leaders, said";
  two-hundred-and-thirty-third, four-hundred-and-twentieth), every "according to"
  ("according to the chamber's published floor calendar", "according to his campaign",
  "according to AdImpact", "according to a tracker run by the University of Florida's
  Election Lab", "according to House records", "according to the committee", "According to
  his office"; two-hundred-and-fifty-eighth, four-hundred-and-twentieth - the
  hundred-ninety-seventh and seventy-sixth checked some, the later batches none), estimates
  and findings ("The Congressional Budget Office estimated", „Nach Schätzungen des
  Haushaltsbüros des Kongresses“, "The House Ethics Committee found", „Nach Erkenntnissen
  des Ethikausschusses“; three-hundred-and-thirty-second), polls, filings and counts ("The
  AP-NORC Center's latest survey shows", "a Reuters/Ipsos poll completed on Wednesday
  found", "a Quinnipiac University poll released Friday found", "a Marist poll released on
  Sunday found", "Quinnipiac surveyed", "Marist interviewed", "filings with the Federal
  Election Commission show", "reports filed with the Federal Election Commission show", "The
  Associated Press declared", „einer Umfrage zufolge“ three times, „Laut der
  Quinnipiac-Universität“; three-hundred-and-thirty-second) and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_434 = [
    # --- House passes the farm extension (Reuters), Monday Oct 19 ---
    (
        "en",
        "WASHINGTON, Oct 19 (Reuters) - The House on Monday narrowly approved H.R. 5182, a bill extending federal farm programs for another 18 months, by a vote of 218-214, with two Republicans voting against it and one Democrat voting for it.",
        True,
        [("date", "--10-19", None, None), ("duration", 18, "month", None), ("count", 218, None, None), ("count", 214, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "House Speaker Conrad Wexley said the measure would keep crop insurance subsidies and dairy price supports in place through March 31, 2028.",
        True,
        [("date", "2028-03-31", None, None)],
        "Conrad Wexley",
    ),
    (
        "en",
        "The Congressional Budget Office estimated that the bill would cost about $14.6 billion over two years.",
        True,
        [("money", 14600000000, "USD", "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "House Democratic leader Imogen Bartell-Shaw said the bill cut $2.3 billion from nutrition programs that serve about 41 million people.",
        True,
        [("money", 2300000000, "USD", None), ("count", 41000000, None, "about")],
        "Imogen Bartell-Shaw",
    ),
    ("en", 'Bartell-Shaw called the measure "a bait-and-switch dressed up as farm policy."', False, [], None),
    (
        "en",
        "The Senate has not scheduled a vote on the House version before the Nov. 3 midterm elections, according to the chamber's published floor calendar.",
        True,
        [("date", "--11-03", None, None)],
        None,
    ),
    # --- Agrarprogramme verlängert (dpa), Montag, 19. Oktober ---
    (
        "de",
        "Washington (dpa) - Das US-Repräsentantenhaus hat mit 218 zu 214 Stimmen eine Verlängerung der staatlichen Agrarprogramme um 18 Monate gebilligt.",
        True,
        [("count", 218, None, None), ("count", 214, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Zwei Republikaner stimmten gegen den Entwurf H.R. 5182.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Repräsentantenhaus-Chef Conrad Wexley sagte, die Zuschüsse zur Ernteversicherung seien damit bis Ende März 2028 gesichert.",
        True,
        [("year", 2028, None, None)],
        "Conrad Wexley",
    ),
    ("de", "Wexley sprach von einem „Beweis, dass diese Mehrheit liefert“.", False, [], None),
    (
        "de",
        "Nach Schätzungen des Haushaltsbüros des Kongresses kostet das Gesetz verteilt auf zwei Jahre rund 14,6 Milliarden Dollar.",
        True,
        [("duration", 2, "year", None), ("money", 14600000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Oppositionsführerin Imogen Bartell-Shaw sagte, das Gesetz kürze die Lebensmittelhilfen um 2,3 Milliarden Dollar.",
        True,
        [("money", 2300000000, "USD", None)],
        "Imogen Bartell-Shaw",
    ),
    ("de", "Die Demokraten warfen der Mehrheit vor, ausgerechnet bei den Ärmsten zu sparen.", False, [], None),
    # --- AP-NORC approval poll (AP), Monday Oct 19 ---
    (
        "en",
        "WASHINGTON (AP) — Public approval of the president has sunk to 39%, the weakest showing of his second term, The AP-NORC Center's latest survey shows.",
        True,
        [("percent", 39, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "That is down from 43% in September, a 4-point drop that lies just outside the survey's margin of error.",
        True,
        [("percent", 43, "%", None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        "About 6 in 10 adults, 61%, say they dislike his handling of the economy, and only about a third back his approach to immigration.",
        True,
        [("fraction", 0.6, None, "about"), ("percent", 61, "%", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "The poll of 1,138 adults was conducted Oct. 15-19 using a sample drawn from a probability-based panel designed to be representative of the U.S. population.",
        True,
        [("count", 1138, None, None), ("date", "--10-15", None, None), ("date", "--10-19", None, None)],
        None,
    ),
    (
        "en",
        "Results for all adults have a sampling margin of plus or minus 3.1 percentage points.",
        True,
        [("percent", 3.1, "pp", None)],
        None,
    ),
    ("en", '"Polls go up and polls go down, and the president is focused on the job," White House press secretary Sabine Kittredge said.', False, [], None),
    # --- Umfrage zur Amtsführung (AFP), Montag, 19. Oktober ---
    (
        "de",
        "Washington (AFP) - Der US-Präsident hat in einer neuen Umfrage einen Tiefstwert erreicht: Nur 39 Prozent billigen seine Amtsführung.",
        True,
        [("percent", 39, "%", None)],
        None,
    ),
    (
        "de",
        "Im September hatten sich noch 43 Prozent der Befragten zufrieden geäußert.",
        True,
        [("percent", 43, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel sind mit seiner Wirtschaftspolitik unzufrieden.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für die Erhebung des Instituts NORC an der Universität Chicago und der Nachrichtenagentur AP wurden vom 15. bis 19. Oktober 1.138 Erwachsene befragt.",
        True,
        [("date", "--10-15", None, None), ("date", "--10-19", None, None), ("count", 1138, None, None)],
        None,
    ),
    (
        "de",
        "Die Fehlermarge liegt bei plus/minus 3,1 Prozentpunkten.",
        True,
        [("percent", 3.1, "pp", None)],
        None,
    ),
    ("de", "Eine Sprecherin des Weißen Hauses sagte, der Präsident lasse sich von Umfragen nicht leiten.", False, [], None),
    # --- Drone bill vetoed (AP), Monday Oct 19 ---
    (
        "en",
        "WASHINGTON (AP) — The president vetoed a bipartisan measure Monday that would have stopped federal agencies from purchasing Chinese-made drones, his fifth veto since beginning his second term.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The measure had passed the House 388-31 in July and cleared the Senate by voice vote last month.",
        True,
        [("count", 388, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Overriding a veto requires a two-thirds majority in both chambers.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "In a message to Congress, the president said the ban would raise costs for police and fire departments by about $900 million over five years.",
        True,
        [("money", 900000000, "USD", "about"), ("duration", 5, "year", None)],
        None,
    ),
    ("en", 'The president called the bill "well-meaning but badly written."', False, [], None),
    (
        "en",
        "Rep. Ansel Varga (R-Ohio) said he would seek an override vote before the end of the year.",
        True,
        [],
        "Ansel Varga",
    ),
    ("en", '"This veto leaves our police and firefighters flying blind," Varga said.', False, [], None),
    # --- Veto gegen Drohnengesetz (dpa), Montag, 19. Oktober ---
    (
        "de",
        "Washington (dpa) - Der US-Präsident hat sein fünftes Veto in der laufenden Amtszeit eingelegt.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz sollte Bundesbehörden den Kauf chinesischer Drohnen verbieten und war im Repräsentantenhaus mit 388 zu 31 Stimmen angenommen worden.",
        True,
        [("count", 388, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Um das Veto zu überstimmen, sind in beiden Kammern Zweidrittelmehrheiten nötig.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident begründete seinen Schritt mit Mehrkosten von rund 900 Millionen Dollar in fünf Jahren für Polizei und Feuerwehr.",
        True,
        [("money", 900000000, "USD", "about"), ("duration", 5, "year", None)],
        None,
    ),
    ("de", "Der Republikaner Ansel Varga nannte das Veto „einen Fehler zulasten der Einsatzkräfte“.", False, [], None),
    (
        "de",
        "Varga sagte, er werde noch vor Jahresende eine Abstimmung über die Aufhebung des Vetos beantragen.",
        True,
        [],
        "Varga",
    ),
    # --- Asylum bill stalls at the filibuster (Reuters), Tuesday Oct 20 ---
    (
        "en",
        "WASHINGTON, Oct 20 (Reuters) - A Republican bill to tighten asylum rules, S. 1187, stalled in the U.S. Senate on Tuesday when a procedural vote failed 57-43, three votes below the 60 needed to end a Democratic filibuster.",
        True,
        [("date", "--10-20", None, None), ("count", 57, None, None), ("count", 43, None, None), ("count", 3, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Republicans hold a 52-48 majority in the chamber, so at least eight Democrats would have had to join them to reach the threshold.",
        True,
        [("count", 52, None, None), ("count", 48, None, None), ("count", 8, None, "at_least")],
        None,
    ),
    (
        "en",
        "Five Democrats crossed the aisle to support the motion, while no Republican opposed it.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Senate Majority Leader Alden Marchetti-Cole said he would bring the bill back for a second cloture vote next week.",
        True,
        [("ordinal", 2, None, None)],
        "Alden Marchetti-Cole",
    ),
    ("en", '"Democrats just voted for chaos at the border," Marchetti-Cole said on the Senate floor.', False, [], None),
    (
        "en",
        "Senate rules require three-fifths of the chamber's 100 members to cut off debate on most bills, and once cloture is invoked, up to 30 more hours of debate are allowed.",
        True,
        [("fraction", 0.6, None, None), ("count", 100, None, None), ("duration", 30, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "Senate Democratic leader Winifred Osgood told reporters the bill would deny hearings to asylum seekers who crossed between ports of entry, affecting about 180,000 people a year.",
        True,
        [("count", 180000, None, "about")],
        "Winifred Osgood",
    ),
    ("en", 'Osgood called the legislation "cruelty with a bill number."', False, [], None),
    # --- Asylgesetz scheitert an Filibuster-Hürde (Reuters), Dienstag, 20. Oktober ---
    (
        "de",
        "Washington (Reuters) - Im US-Senat ist ein Gesetzentwurf der Republikaner für schärfere Asylregeln an der Filibuster-Hürde gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für einen Verfahrensantrag stimmten 57 Senatoren, 43 dagegen – nötig gewesen wären 60 Stimmen.",
        True,
        [("count", 57, None, None), ("count", 43, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Die Republikaner verfügen in der Kammer über 52 der 100 Sitze.",
        True,
        [("count", 52, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Mehrheitsführer Alden Marchetti-Cole sagte, er wolle den Entwurf in der kommenden Woche ein zweites Mal zur Abstimmung stellen.",
        True,
        [("ordinal", 2, None, None)],
        "Alden Marchetti-Cole",
    ),
    ("de", "Die Demokratin Winifred Osgood sprach von „Grausamkeit mit Aktenzeichen“.", False, [], None),
    (
        "de",
        "Für ein Ende der Debatte ist im Senat eine Dreifünftelmehrheit nötig.",
        True,
        [("fraction", 0.6, None, None)],
        None,
    ),
    ("de", "Beobachter in Washington halten eine Reform der Filibuster-Regel vor Jahresende für unwahrscheinlich.", False, [], None),
    # --- Supreme Court upholds a Kansas map (AP), Tuesday Oct 20 ---
    (
        "en",
        "WASHINGTON (AP) — The Supreme Court on Tuesday ruled 6-3 that Kansas may use a congressional map drawn by its Legislature, reversing a lower court that had found the lines diluted the votes of Hispanic residents.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Writing for the majority, Justice Evander Lisle said the challengers had failed to show that race, rather than partisanship, drove the lines.",
        True,
        [],
        "Evander Lisle",
    ),
    (
        "en",
        "In a 31-page dissent joined by two colleagues, Justice Harriet Oyelaran-Voss said the map moved about 94,000 Hispanic residents out of the 3rd Congressional District.",
        True,
        [("count", 31, None, None), ("count", 2, None, None), ("count", 94000, None, "about"), ("ordinal", 3, None, None)],
        "Harriet Oyelaran-Voss",
    ),
    ("en", 'Oyelaran-Voss wrote that the majority had "closed the courthouse door on the very voters the law was written to protect."', False, [], None),
    (
        "en",
        "A three-judge district court panel had ordered the state in March to draw a second district in which Hispanic voters could elect a candidate of their choice.",
        True,
        [("count", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The map will be used from the 2028 elections on, the Kansas attorney general's office said.",
        True,
        [("year", 2028, None, None)],
        "the Kansas attorney general's office",
    ),
    ("en", "Voting rights groups called the ruling a green light for partisan mapmakers.", False, [], None),
    # --- Wahlkreiskarte in Kansas (dpa), Dienstag, 20. Oktober ---
    (
        "de",
        "Washington (dpa) - Der Supreme Court hat eine umstrittene Wahlkreiskarte im Bundesstaat Kansas mit sechs zu drei Stimmen gebilligt.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die konservative Mehrheit hob damit die Entscheidung eines dreiköpfigen Gerichts auf, das einen zweiten Wahlbezirk mit hispanischer Mehrheit verlangt hatte.",
        True,
        [("count", 3, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Richterin Harriet Oyelaran-Voss schrieb in ihrem 31 Seiten langen Minderheitsvotum, rund 94.000 Latinos seien aus dem 3. Kongresswahlbezirk herausgeschnitten worden.",
        True,
        [("count", 31, None, None), ("count", 94000, None, "about"), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Bürgerrechtsgruppen sprachen von einem „Freibrief für parteiische Kartenzeichner“.", False, [], None),
    (
        "de",
        "Die Karte soll nach dem Willen der Landesregierung ab der Wahl 2028 gelten.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die mündliche Verhandlung hatte im April gut zwei Stunden gedauert, teilte das Gericht mit.",
        True,
        [("duration", 2, "hour", "over")],
        "das Gericht",
    ),
    # --- Stopgap clears the Senate (Reuters), Tuesday Oct 20 ---
    (
        "en",
        "WASHINGTON, Oct 20 (Reuters) - The U.S. Senate on Tuesday approved a stopgap bill to fund the federal government through Dec. 18, voting 74-25 to avert a shutdown that would have begun on Oct. 31.",
        True,
        [("date", "--10-20", None, None), ("date", "--12-18", None, None), ("count", 74, None, None), ("count", 25, None, None), ("date", "--10-31", None, None)],
        None,
    ),
    (
        "en",
        "The House passed the same measure 309-118 last week.",
        True,
        [("count", 309, None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "The bill keeps agency budgets at current levels of roughly $1.66 trillion a year.",
        True,
        [("money", 1660000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It also includes $6.8 billion in disaster aid for communities hit by Hurricane Ines in September.",
        True,
        [("money", 6800000000, "USD", None)],
        None,
    ),
    (
        "en",
        "White House budget director Oren Lachapelle said the administration had asked for $11 billion in disaster money, not $6.8 billion.",
        True,
        [("money", 11000000000, "USD", None), ("money", 6800000000, "USD", None)],
        "Oren Lachapelle",
    ),
    (
        "en",
        "Sen. Marla Whitcombe, D-Ore., said the bill included $420 million for wildfire recovery in the Pacific Northwest.",
        True,
        [("money", 420000000, "USD", None)],
        "Marla Whitcombe",
    ),
    ("en", '"We kicked the can, but at least we kept it on the road," Whitcombe said.', False, [], None),
    # --- Übergangshaushalt gebilligt (Reuters), Dienstag, 20. Oktober ---
    (
        "de",
        "Washington (Reuters) - Der US-Senat hat mit 74 zu 25 Stimmen einen Übergangshaushalt bis zum 18. Dezember gebilligt und damit einen Stillstand der Regierungsgeschäfte abgewendet.",
        True,
        [("count", 74, None, None), ("count", 25, None, None), ("date", "--12-18", None, None)],
        None,
    ),
    (
        "de",
        "Ohne Einigung wäre der Bundesregierung am 31. Oktober das Geld ausgegangen.",
        True,
        [("date", "--10-31", None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz enthält 6,8 Milliarden Dollar Katastrophenhilfe für die vom Hurrikan „Ines“ getroffenen Regionen.",
        True,
        [("money", 6800000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Haushaltsdirektor Oren Lachapelle sagte, das Weiße Haus habe elf Milliarden Dollar beantragt.",
        True,
        [("money", 11000000000, "USD", None)],
        "Oren Lachapelle",
    ),
    (
        "de",
        "Die Vorlage enthalte zudem 420 Millionen Dollar für den Wiederaufbau nach Waldbränden, sagte die demokratische Senatorin Marla Whitcombe aus Oregon.",
        True,
        [("money", 420000000, "USD", None)],
        "Marla Whitcombe",
    ),
    (
        "de",
        "Der Präsident unterzeichnete das Gesetz noch am Abend, wie das Weiße Haus mitteilte.",
        True,
        [],
        "das Weiße Haus",
    ),
    ("de", "Auf dem Kapitol reagierten Abgeordnete beider Parteien erleichtert.", False, [], None),
    ("de", "Ein neuer Haushaltsstreit im Dezember gilt in Washington als wahrscheinlich.", False, [], None),
    # --- Senate fundraising before the midterms (Reuters), Wednesday Oct 21 ---
    (
        "en",
        "WASHINGTON, Oct 21 (Reuters) - In the five Senate races seen as most competitive, Democratic candidates raised a combined $212 million in the three months to Sept. 30, outpacing their Republican rivals by nearly $60 million, filings with the Federal Election Commission show.",
        True,
        [("date", "--10-21", None, None), ("count", 5, None, None), ("money", 212000000, "USD", None), ("duration", 3, "month", None), ("date", "--09-30", None, None), ("money", 60000000, "USD", "nearly")],
        None,
    ),
    (
        "en",
        "In Georgia, Democratic Sen. Latrice Ambler-Dunn reported raising $41.7 million in the quarter and ended September with $18.2 million in cash on hand.",
        True,
        [("money", 41700000, "USD", None), ("money", 18200000, "USD", None)],
        None,
    ),
    (
        "en",
        "Her Republican challenger, Gil Strathmore, raised $16.9 million, including a $5 million loan from his own fortune, according to his campaign.",
        True,
        [("money", 16900000, "USD", None), ("money", 5000000, "USD", None)],
        None,
    ),
    ("en", "\"Georgians can't be bought, and they know it,\" Strathmore said in a statement.", False, [], None),
    (
        "en",
        "Strathmore's campaign said more than 70% of its individual donors gave under $200.",
        True,
        [("percent", 70, "%", "over"), ("money", 200, "USD", "under")],
        "Strathmore's campaign",
    ),
    (
        "en",
        "Outside groups have reserved about $310 million in television advertising for the final two weeks of the Senate campaign, according to AdImpact.",
        True,
        [("money", 310000000, "USD", "about"), ("duration", 2, "week", None)],
        None,
    ),
    ("en", "Democratic strategists said the cash advantage may count for less than the national mood.", False, [], None),
    # --- Spendenrekorde im Senatswahlkampf (AFP), Mittwoch, 21. Oktober ---
    (
        "de",
        "Washington (AFP) - Knapp zwei Wochen vor den Kongresswahlen haben die demokratischen Senatskandidaten in den umkämpftesten Rennen deutlich mehr Geld gesammelt als die Republikaner.",
        True,
        [("duration", 2, "week", "nearly")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Wahlkommission FEC nahmen die Demokraten in den fünf engsten Rennen von Juli bis Ende September zusammen 212 Millionen Dollar ein.",
        True,
        [("count", 5, None, None), ("money", 212000000, "USD", None)],
        "die Wahlkommission FEC",
    ),
    (
        "de",
        "Die georgische Senatorin Latrice Ambler-Dunn meldete Einnahmen von 41,7 Millionen Dollar, ihr Herausforderer Gil Strathmore kam auf 16,9 Millionen.",
        True,
        [("money", 41700000, "USD", None), ("money", 16900000, "USD", None)],
        None,
    ),
    (
        "de",
        "Fünf Millionen Dollar davon stammten aus einem Privatkredit des Unternehmers.",
        True,
        [("money", 5000000, "USD", None)],
        None,
    ),
    ("de", "Strathmore sagte, Georgia sei „nicht käuflich“.", False, [], None),
    (
        "de",
        "Interessengruppen haben für die letzten zwei Wochen des Wahlkampfs rund 310 Millionen Dollar an Fernsehwerbung gebucht.",
        True,
        [("duration", 2, "week", None), ("money", 310000000, "USD", "about")],
        None,
    ),
    ("de", "Ob das Geld die Stimmung im Land noch drehen kann, ist offen.", False, [], None),
    # --- Special election in Ohio (AP), Wednesday Oct 21 ---
    (
        "en",
        "AKRON, Ohio (AP) — Democrat Corinna Faulk won a special election Tuesday in Ohio's 13th Congressional District, keeping the seat in her party's hands after the death of Rep. Harold Mintz in July.",
        True,
        [("ordinal", 13, None, None)],
        None,
    ),
    (
        "en",
        "With about 97% of the expected vote counted, Faulk had 53.8% to 45.1% for Republican Dale Ruckert, a 54-year-old former state senator.",
        True,
        [("percent", 97, "%", "about"), ("percent", 53.8, "%", None), ("percent", 45.1, "%", None), ("duration", 54, "year", None)],
        None,
    ),
    (
        "en",
        "The Associated Press declared Faulk the winner at 9:47 p.m.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Turnout was about 27% of registered voters, the Summit County Board of Elections said.",
        True,
        [("percent", 27, "%", "about")],
        "the Summit County Board of Elections",
    ),
    ("en", '"Tonight, Ohio sent Washington a message," Faulk told supporters in Akron.', False, [], None),
    (
        "en",
        "Her victory narrows the Republican House majority to 219-215, with one vacancy.",
        True,
        [("count", 219, None, None), ("count", 215, None, None), ("count", 1, None, None)],
        None,
    ),
    # --- Nachwahl in Ohio (dpa), Mittwoch, 21. Oktober ---
    (
        "de",
        "Washington (dpa) - Die Demokratin Corinna Faulk hat eine Nachwahl im 13. Kongresswahlbezirk des US-Bundesstaats Ohio gewonnen.",
        True,
        [("ordinal", 13, None, None)],
        None,
    ),
    (
        "de",
        "Faulk tritt damit die Nachfolge des im Juli gestorbenen Abgeordneten Harold Mintz an.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Auszählung von rund 97 Prozent der Stimmen kam sie auf 53,8 Prozent, der Republikaner Dale Ruckert auf 45,1 Prozent.",
        True,
        [("percent", 97, "%", "about"), ("percent", 53.8, "%", None), ("percent", 45.1, "%", None)],
        None,
    ),
    (
        "de",
        "Der 54-Jährige saß zuvor acht Jahre lang im Senat von Ohio.",
        True,
        [("duration", 54, "year", None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Die Mehrheit der Republikaner im Repräsentantenhaus schrumpft damit auf 219 zu 215 Sitze.",
        True,
        [("count", 219, None, None), ("count", 215, None, None)],
        None,
    ),
    ("de", "Faulk sprach von einer „Botschaft an Washington“.", False, [], None),
    (
        "de",
        "Die Wahlbeteiligung lag nach Angaben der Wahlbehörde des Bezirks Summit bei etwa 27 Prozent.",
        True,
        [("percent", 27, "%", "about")],
        "die Wahlbehörde des Bezirks Summit",
    ),
    # --- Early voting (Reuters), Wednesday Oct 21 ---
    (
        "en",
        "WASHINGTON, Oct 21 (Reuters) - More than 19.6 million Americans have already cast ballots in the Nov. 3 midterm elections, in person or by mail, according to a tracker run by the University of Florida's Election Lab.",
        True,
        [("date", "--10-21", None, None), ("count", 19600000, None, "over"), ("date", "--11-03", None, None)],
        None,
    ),
    (
        "en",
        "That is about 2.3 million more than at the same point four years ago.",
        True,
        [("count", 2300000, None, "about"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "In Georgia, nearly 1.1 million votes had been cast by Tuesday evening, the secretary of state's office said.",
        True,
        [("count", 1100000, None, "nearly")],
        "the secretary of state's office",
    ),
    (
        "en",
        "Registered Democrats accounted for 42% of the early ballots returned in states that track party registration, Republicans for 37%.",
        True,
        [("percent", 42, "%", None), ("percent", 37, "%", None)],
        None,
    ),
    ("en", "Election officials urged voters to return mail ballots early to avoid delays at the count.", False, [], None),
    ("en", "Analysts warned against reading too much into early-vote party splits.", False, [], None),
    # --- Millionen Frühwähler (AFP), Mittwoch, 21. Oktober ---
    (
        "de",
        "Washington (AFP) - In den USA haben bereits mehr als 19,6 Millionen Menschen ihre Stimme für die Kongresswahlen am 3. November abgegeben.",
        True,
        [("count", 19600000, None, "over"), ("date", "--11-03", None, None)],
        None,
    ),
    (
        "de",
        "Das sind rund 2,3 Millionen mehr als vor vier Jahren zum gleichen Zeitpunkt.",
        True,
        [("count", 2300000, None, "about"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Im Bundesstaat Georgia wurden nach Angaben des Wahlamts fast 1,1 Millionen Stimmen abgegeben.",
        True,
        [("count", 1100000, None, "nearly")],
        "das Wahlamt",
    ),
    (
        "de",
        "Registrierte Demokraten stellten 42 Prozent der bislang eingegangenen Stimmzettel, Republikaner 37 Prozent.",
        True,
        [("percent", 42, "%", None), ("percent", 37, "%", None)],
        None,
    ),
    ("de", "Wahlbeamte riefen dazu auf, die Briefwahlunterlagen rechtzeitig zurückzuschicken.", False, [], None),
    # --- Reuters/Ipsos poll on Congress (Reuters), Thursday Oct 22 ---
    (
        "en",
        "WASHINGTON, Oct 22 (Reuters) - Democrats have opened a 4-point advantage over Republicans among registered voters asked which party they want running Congress, a Reuters/Ipsos poll completed on Wednesday found.",
        True,
        [("date", "--10-22", None, None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        "Some 44% of registered voters picked the Democrat in their own district's House race, against 40% who chose the Republican.",
        True,
        [("percent", 44, "%", "about"), ("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "The lead was up from 2 points in a Reuters/Ipsos poll earlier this month.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    (
        "en",
        "Nearly one in four voters, 23%, ranked living costs as the country's biggest problem, ahead of immigration at 17%.",
        True,
        [("fraction", 0.25, None, "nearly"), ("percent", 23, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    (
        "en",
        "The poll gathered responses online from 4,207 U.S. adults nationwide, including 3,518 registered voters.",
        True,
        [("count", 4207, None, None), ("count", 3518, None, None)],
        None,
    ),
    (
        "en",
        "For registered voters, the poll's credibility interval - a gauge of its precision - is about 2 percentage points.",
        True,
        [("percent", 2, "pp", "about")],
        None,
    ),
    ("en", '"We pay attention to ballots, not to surveys," a spokesman for the Republican National Committee said.', False, [], None),
    # --- Demokraten in Umfrage vorn (Reuters), Donnerstag, 22. Oktober ---
    (
        "de",
        "Washington (Reuters) - Knapp zwei Wochen vor den Kongresswahlen führen die Demokraten in einer Reuters/Ipsos-Umfrage mit vier Prozentpunkten vor den Republikanern.",
        True,
        [("duration", 2, "week", "nearly"), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "de",
        "In ihrem eigenen Wahlbezirk wollen 44 Prozent der registrierten Wähler für die Demokraten stimmen, 40 Prozent für die Republikaner.",
        True,
        [("percent", 44, "%", None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "de",
        "Anfang Oktober hatte der Vorsprung lediglich zwei Prozentpunkte betragen.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Gut jeder fünfte Befragte nannte die Lebenshaltungskosten als wichtigstes Problem des Landes.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    ("de", "Ein Sprecher der Republikaner sagte, entscheidend sei allein das Ergebnis am Wahltag.", False, [], None),
    (
        "de",
        "Befragt wurden online 4.207 Erwachsene, darunter 3.518 registrierte Wählerinnen und Wähler.",
        True,
        [("count", 4207, None, None), ("count", 3518, None, None)],
        None,
    ),
    # --- Appeals court judge confirmed (AP), Thursday Oct 22 ---
    (
        "en",
        "WASHINGTON (AP) — The Senate on Thursday confirmed Melisande Argyle-Booth to the 4th U.S. Circuit Court of Appeals by a vote of 51-49, the 38th appeals court judge confirmed since the president returned to office.",
        True,
        [("ordinal", 4, None, None), ("count", 51, None, None), ("count", 49, None, None), ("ordinal", 38, None, None)],
        None,
    ),
    (
        "en",
        "Argyle-Booth, 46, has served as Virginia's solicitor general since 2023.",
        True,
        [("duration", 46, "year", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Boyd Hennessey-Park, R-Mont., was the only Republican to vote against her, citing her role in a 2024 lawsuit over federal land rules.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Senate Judiciary Committee Chairman Thaddeus Crain said the chamber had confirmed 112 of the president's judicial nominees in his second term.",
        True,
        [("count", 112, None, None), ("ordinal", 2, None, None)],
        "Thaddeus Crain",
    ),
    ("en", "\"She is a judge's judge, and the country is lucky to have her,\" Crain said.", False, [], None),
    (
        "en",
        'The American Bar Association gave her its top rating of "well qualified."',
        True,
        [],
        None,
    ),
    # --- Richterin bestätigt (dpa), Donnerstag, 22. Oktober ---
    (
        "de",
        "Washington (dpa) - Der US-Senat hat die Juristin Melisande Argyle-Booth mit 51 zu 49 Stimmen als Richterin am Bundesberufungsgericht des 4. Bezirks bestätigt.",
        True,
        [("count", 51, None, None), ("count", 49, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die 46-Jährige vertritt seit 2023 den Bundesstaat Virginia vor Gericht.",
        True,
        [("duration", 46, "year", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Justizausschuss-Chef Thaddeus Crain sagte, der Senat habe in der zweiten Amtszeit des Präsidenten bereits 112 Bundesrichter bestätigt.",
        True,
        [("ordinal", 2, None, None), ("count", 112, None, None)],
        "Thaddeus Crain",
    ),
    ("de", "Crain nannte Argyle-Booth eine „Richterin, um die uns andere beneiden werden“.", False, [], None),
    (
        "de",
        "Als einziger Republikaner stimmte Senator Boyd Hennessey-Park aus Montana gegen sie.",
        True,
        [],
        None,
    ),
    ("de", "Die Demokraten äußerten Zweifel an ihrer Haltung zum Wahlrecht.", False, [], None),
    # --- Court lets Education Department layoffs proceed (AP), Thursday Oct 22 ---
    (
        "en",
        "WASHINGTON (AP) — A divided Supreme Court on Thursday allowed the administration to lay off about 9,400 employees at the Education Department while a legal challenge continues.",
        True,
        [("count", 9400, None, "about")],
        None,
    ),
    (
        "en",
        "The order was 5-4, with one conservative justice joining the court's three liberals in dissent.",
        True,
        [("count", 5, None, None), ("count", 4, None, None), ("count", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A federal judge in Boston had blocked the layoffs in August, finding that the department could not carry out its legal duties with fewer than 2,000 workers.",
        True,
        [("count", 2000, None, "under")],
        None,
    ),
    (
        "en",
        "In a court filing, the Justice Department said the cuts would save about $1.1 billion a year.",
        True,
        [("money", 1100000000, "USD", "about")],
        "the Justice Department",
    ),
    (
        "en",
        "The Education Department did not say when the first layoff notices would go out.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", "Teachers unions called the order a blow to the nation's schoolchildren.", False, [], None),
    # --- Entlassungen im Bildungsministerium (dpa), Donnerstag, 22. Oktober ---
    (
        "de",
        "Washington (dpa) - Das Oberste Gericht der USA hat den Weg für die Entlassung von rund 9.400 Beschäftigten des Bildungsministeriums vorerst freigemacht.",
        True,
        [("count", 9400, None, "about")],
        None,
    ),
    (
        "de",
        "Die Richter entschieden im Eilverfahren mit fünf zu vier Stimmen.",
        True,
        [("count", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ein Bundesrichter in Boston hatte die Kündigungen im August gestoppt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung spare damit jährlich rund 1,1 Milliarden Dollar, teilte das Justizministerium mit.",
        True,
        [("money", 1100000000, "USD", "about")],
        "das Justizministerium",
    ),
    ("de", "Lehrergewerkschaften sprachen von einem „schwarzen Tag für die Schulen“.", False, [], None),
    ("de", "Wie viele Beschäftigte stattdessen in den Vorruhestand gehen, ist unklar.", False, [], None),
    # --- Stock trading petition reaches 218 (Reuters), Friday Oct 23 ---
    (
        "en",
        "WASHINGTON, Oct 23 (Reuters) - A discharge petition to force a House vote on banning members of Congress from trading individual stocks reached the 218 signatures it needs on Friday, after five Republicans added their names.",
        True,
        [("date", "--10-23", None, None), ("count", 218, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Noemi Castellanos-Webb, D-N.M., said the bill, H.R. 2290, would require lawmakers and their spouses to place stock holdings in a blind trust within 120 days of taking office.",
        True,
        [("duration", 120, "day", None)],
        "Noemi Castellanos-Webb",
    ),
    (
        "en",
        "Under House rules, a petition signed by a majority of the chamber's 435 members can bring a bill to the floor over the objections of its leaders.",
        True,
        [("count", 435, None, None)],
        None,
    ),
    (
        "en",
        "Just three other discharge petitions have succeeded since 2015, according to House records.",
        True,
        [("count", 3, None, None), ("year", 2015, None, None)],
        None,
    ),
    ("en", '"The American people are tired of watching members of Congress get rich off inside information," Castellanos-Webb said.', False, [], None),
    (
        "en",
        "Wexley's office said the speaker would schedule the vote for the week of Nov. 16.",
        True,
        [("date", "--11-16", None, None)],
        "Wexley's office",
    ),
    ("en", 'A spokeswoman for Wexley called the petition "a campaign stunt dressed up as reform."', False, [], None),
    # --- Aktienverbot für Abgeordnete (AFP), Freitag, 23. Oktober ---
    (
        "de",
        "Washington (AFP) - Im US-Repräsentantenhaus hat eine Petition für ein Verbot des Aktienhandels durch Abgeordnete die nötigen 218 Unterschriften erreicht.",
        True,
        [("count", 218, None, None)],
        None,
    ),
    (
        "de",
        "Den Ausschlag gaben fünf Republikaner, die sich am Freitag der Initiative der Demokratin Noemi Castellanos-Webb anschlossen.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Castellanos-Webb sagte, Abgeordnete und ihre Ehepartner müssten ihre Aktien künftig binnen 120 Tagen nach Amtsantritt einem Treuhänder übergeben.",
        True,
        [("duration", 120, "day", None)],
        "Castellanos-Webb",
    ),
    ("de", "Die Demokratin sprach von einem „Sieg für die Steuerzahler“.", False, [], None),
    (
        "de",
        "Es sei erst die vierte erfolgreiche Petition dieser Art seit 2015, teilte ihr Büro mit.",
        True,
        [("ordinal", 4, None, None), ("year", 2015, None, None)],
        "ihr Büro",
    ),
    ("de", "Im Lager von Repräsentantenhaus-Chef Wexley reagierte man verärgert.", False, [], None),
    # --- Quinnipiac poll in North Carolina (AP), Friday Oct 23 ---
    (
        "en",
        "RALEIGH, N.C. (AP) — Democrat Everett Solano leads Republican Maribeth Quarles 48% to 45% in North Carolina's open Senate race, a Quinnipiac University poll released Friday found.",
        True,
        [("percent", 48, "%", None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "en",
        "Solano's 3-point edge is inside the poll's plus or minus 3.4 percentage point margin of error.",
        True,
        [("percent", 3.4, "pp", None), ("percent", 3, "pp", None)],
        None,
    ),
    (
        "en",
        "Quinnipiac surveyed 1,287 likely voters from Oct. 16-20.",
        True,
        [("count", 1287, None, None), ("date", "--10-16", None, None), ("date", "--10-20", None, None)],
        None,
    ),
    (
        "en",
        "Among independents, Quarles trails by 9 points, 50% to 41%.",
        True,
        [("percent", 9, "pp", None), ("percent", 50, "%", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        "Quarles, a former state treasurer, had led in most public polls of the race through the summer.",
        True,
        [],
        None,
    ),
    ("en", '"This race is going to come down to who shows up," said Quinnipiac polling analyst Tanvir Ashdown.', False, [], None),
    (
        "en",
        "Solano's campaign said it had knocked on more than 1.4 million doors since Labor Day.",
        True,
        [("count", 1400000, None, "over")],
        "Solano's campaign",
    ),
    ("en", 'Quarles brushed off the numbers, saying voters "will decide this, not pollsters."', False, [], None),
    # --- Senatsrennen in North Carolina (dpa), Freitag, 23. Oktober ---
    (
        "de",
        "Washington (dpa) - Der Demokrat Everett Solano liegt im Senatsrennen von North Carolina einer Umfrage zufolge knapp vor seiner Rivalin.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut der Quinnipiac-Universität kommt er auf 48 Prozent, seine republikanische Rivalin Maribeth Quarles auf 45 Prozent.",
        True,
        [("percent", 48, "%", None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "Der Vorsprung liegt innerhalb der Fehlermarge.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Fehlermarge beträgt plus/minus 3,4 Prozentpunkte.",
        True,
        [("percent", 3.4, "pp", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 16. bis 20. Oktober 1.287 wahrscheinliche Wähler.",
        True,
        [("date", "--10-16", None, None), ("date", "--10-20", None, None), ("count", 1287, None, None)],
        None,
    ),
    (
        "de",
        "Man habe seit Anfang September mehr als 1,4 Millionen Haushalte besucht, teilte sein Wahlkampfteam mit.",
        True,
        [("count", 1400000, None, "over")],
        "sein Wahlkampfteam",
    ),
    ("de", "Quarles sagte, entscheiden würden die Wähler und nicht die Meinungsforscher.", False, [], None),
    (
        "de",
        "Der Sitz ist frei, weil der bisherige Amtsinhaber nach drei Amtszeiten nicht mehr antritt.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Defense bill passes the Senate (Reuters), Friday Oct 23 ---
    (
        "en",
        "WASHINGTON, Oct 23 (Reuters) - The U.S. Senate on Friday passed an annual defense policy bill authorizing $938 billion in military spending by a vote of 79-20, sending it to negotiations with the House.",
        True,
        [("date", "--10-23", None, None), ("money", 938000000000, "USD", None), ("count", 79, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "The bill gives service members a 4.5% pay raise starting Jan. 1 and adds 12 F-35 fighter jets to the Pentagon's request.",
        True,
        [("percent", 4.5, "%", None), ("date", "--01-01", None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Senate Armed Services Committee Chairman Lucius Farragher said the measure was $27 billion above what the White House had requested.",
        True,
        [("money", 27000000000, "USD", None)],
        "Lucius Farragher",
    ),
    ("en", '"This bill tells our adversaries we mean business," Farragher said.', False, [], None),
    (
        "en",
        "The House passed its version 231-196 in September.",
        True,
        [("count", 231, None, None), ("count", 196, None, None)],
        None,
    ),
    (
        "en",
        "The Senate bill also bars the Pentagon from closing any of its bases in Europe without the approval of Congress.",
        True,
        [],
        None,
    ),
    ("en", "Progressive Democrats said the bill poured money into weapons while families struggled.", False, [], None),
    # --- Verteidigungsetat im Senat (dpa), Freitag, 23. Oktober ---
    (
        "de",
        "Washington (dpa) - Der US-Senat hat mit 79 zu 20 Stimmen einen Verteidigungshaushalt in Höhe von 938 Milliarden Dollar gebilligt.",
        True,
        [("count", 79, None, None), ("count", 20, None, None), ("money", 938000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Soldatinnen und Soldaten sollen ab dem 1. Januar 4,5 Prozent mehr Sold erhalten.",
        True,
        [("date", "--01-01", None, None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "de",
        "Das seien 27 Milliarden Dollar mehr als vom Weißen Haus beantragt, so Ausschusschef Lucius Farragher.",
        True,
        [("money", 27000000000, "USD", None)],
        "Lucius Farragher",
    ),
    ("de", "Farragher sprach von einem „klaren Signal an Peking und Moskau“.", False, [], None),
    (
        "de",
        "Das Repräsentantenhaus hatte seine Fassung im September mit 231 zu 196 Stimmen verabschiedet.",
        True,
        [("count", 231, None, None), ("count", 196, None, None)],
        None,
    ),
    (
        "de",
        "Beide Kammern müssen sich nun auf einen gemeinsamen Text einigen.",
        True,
        [],
        None,
    ),
    # --- Party committees' cash (Reuters), Saturday Oct 24 ---
    (
        "en",
        "WASHINGTON, Oct 24 (Reuters) - The National Republican Congressional Committee entered the last stretch of the midterm campaign with $71.4 million in the bank, nearly twice the $38.9 million held by its Democratic counterpart, reports filed with the Federal Election Commission show.",
        True,
        [("date", "--10-24", None, None), ("money", 71400000, "USD", None), ("count", 2, None, "nearly"), ("money", 38900000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Democratic Congressional Campaign Committee raised $22.6 million in the first two weeks of October, its best half-month on record, according to the committee.",
        True,
        [("money", 22600000, "USD", None), ("ordinal", 1, None, None), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "Heartland Ledger Action, a super PAC aligned with House Republican leaders, said it would spend $45 million on ads in 24 districts before Election Day.",
        True,
        [("money", 45000000, "USD", None), ("count", 24, None, None)],
        None,
    ),
    ("en", "\"Every dollar is going where it counts,\" the super PAC's president, Lowell Brigham, said.", False, [], None),
    (
        "en",
        "To take control of the House, Democrats must pick up three seats.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", "Party officials on both sides said they expected the money race to tighten in the final days.", False, [], None),
    # --- Kassenstand der Parteien (AFP), Samstag, 24. Oktober ---
    (
        "de",
        "Washington (AFP) - Das Wahlkampfkomitee der Republikaner für das Repräsentantenhaus verfügt kurz vor den Kongresswahlen über fast doppelt so viel Geld wie das der Demokraten.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Republikaner meldeten der Wahlkommission FEC 71,4 Millionen Dollar in der Kasse, die Demokraten 38,9 Millionen.",
        True,
        [("money", 71400000, "USD", None), ("money", 38900000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Demokraten sammelten allerdings allein in den ersten zwei Wochen des Monats 22,6 Millionen Dollar ein.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "week", None), ("money", 22600000, "USD", None)],
        None,
    ),
    (
        "de",
        "Ein den Republikanern nahestehendes Super-PAC will bis zum Wahltag 45 Millionen Dollar für Werbung in 24 Wahlbezirken ausgeben.",
        True,
        [("money", 45000000, "USD", None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Den Demokraten fehlen drei Sitze zur Mehrheit in der Kammer.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("de", "In beiden Parteien wächst die Nervosität.", False, [], None),
    # --- House censures a Tennessee Republican (AP), Saturday Oct 24 ---
    (
        "en",
        "WASHINGTON (AP) — The House voted 221-199 on Friday to censure Rep. Wendell Oakhurst, R-Tenn., over campaign payments to a consulting firm owned by his brother-in-law, with 12 Republicans voting in favor.",
        True,
        [("count", 221, None, None), ("count", 199, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Eight members voted present.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "The House Ethics Committee found that Oakhurst's campaign paid the firm about $486,000 over four years for work that was never documented.",
        True,
        [("money", 486000, "USD", "about"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Oakhurst, 62, is the third member of Tennessee's delegation ever censured by the House.",
        True,
        [("duration", 62, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The committee also referred the case to the Justice Department.",
        True,
        [],
        None,
    ),
    ("en", '"I will not be lectured on ethics by this crowd," Oakhurst said on the House floor.', False, [], None),
    (
        "en",
        "According to his office, he has repaid $127,000 to his campaign account.",
        True,
        [("money", 127000, "USD", None)],
        None,
    ),
    # --- Rüge für Abgeordneten (dpa), Samstag, 24. Oktober ---
    (
        "de",
        "Washington (dpa) - Der Republikaner Wendell Oakhurst aus Tennessee ist vom US-Repräsentantenhaus offiziell gerügt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die Rüge stimmten 221 Abgeordnete, 199 dagegen, acht votierten mit „anwesend“.",
        True,
        [("count", 221, None, None), ("count", 199, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Nach Erkenntnissen des Ethikausschusses zahlte Oakhursts Wahlkampfteam in den vergangenen vier Jahren rund 486.000 Dollar an eine Beraterfirma seines Schwagers.",
        True,
        [("duration", 4, "year", None), ("money", 486000, "USD", "about")],
        None,
    ),
    ("de", "Oakhurst sprach von einer „politischen Hinrichtung“.", False, [], None),
    (
        "de",
        "Der 62-Jährige teilte mit, er habe 127.000 Dollar an sein Wahlkampfkonto zurückgezahlt.",
        True,
        [("duration", 62, "year", None), ("money", 127000, "USD", None)],
        None,
    ),
    # --- Marist poll on Congress (Reuters), Sunday Oct 25 ---
    (
        "en",
        "NEW YORK, Oct 25 (Reuters) - Just 21% of Americans approve of the way Congress is handling its job, a Marist poll released on Sunday found, the lowest reading in the survey since 2014.",
        True,
        [("date", "--10-25", None, None), ("percent", 21, "%", None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "The president's net approval rating stood at minus 11 points, compared with minus 6 in August.",
        True,
        [("percent", -11, "pp", None), ("percent", -6, "pp", None)],
        None,
    ),
    (
        "en",
        "Roughly 7 in 10 respondents, 71%, said the country was headed in the wrong direction.",
        True,
        [("fraction", 0.7, None, "about"), ("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "Marist interviewed 1,402 adults by phone, text and online from Oct. 19-22; its results are accurate to within plus or minus 3.3 percentage points.",
        True,
        [("count", 1402, None, None), ("date", "--10-19", None, None), ("date", "--10-22", None, None), ("percent", 3.3, "pp", None)],
        None,
    ),
    ("en", '"Voters are tired of the noise, and it shows in every number we have," said Marist poll director Bettina Holloway.', False, [], None),
    ("en", "Lawmakers in both parties have long shrugged off low ratings for Congress as a whole.", False, [], None),
    # --- Kongress so unbeliebt wie lange nicht (AFP), Sonntag, 25. Oktober ---
    (
        "de",
        "Washington (AFP) - Nur noch 21 Prozent der US-Bürger sind einer Umfrage zufolge mit der Arbeit des Kongresses zufrieden.",
        True,
        [("percent", 21, "%", None)],
        None,
    ),
    (
        "de",
        "Das ist der niedrigste Wert in der Marist-Erhebung seit 2014.",
        True,
        [("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Sieben von zehn Befragten finden, dass sich das Land in die falsche Richtung bewegt.",
        True,
        [("fraction", 0.7, None, None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 19. bis 22. Oktober 1.402 Erwachsene, wie das Meinungsforschungsinstitut mitteilte.",
        True,
        [("date", "--10-19", None, None), ("date", "--10-22", None, None), ("count", 1402, None, None)],
        "das Meinungsforschungsinstitut",
    ),
    (
        "de",
        "Die Fehlerquote gab das Institut mit 3,3 Prozentpunkten an.",
        True,
        [("percent", 3.3, "pp", None)],
        None,
    ),
    ("de", "Politikwissenschaftler sehen darin ein Zeichen tiefer Frustration.", False, [], None),
    # --- Vor den Kongresswahlen (dpa), Sonntag, 25. Oktober ---
    (
        "de",
        "Washington (dpa) - Bei den Kongresswahlen am 3. November werden alle 435 Sitze im US-Repräsentantenhaus neu vergeben.",
        True,
        [("date", "--11-03", None, None), ("count", 435, None, None)],
        None,
    ),
    (
        "de",
        "Für eine Mehrheit in der Kammer sind 218 Sitze nötig.",
        True,
        [("count", 218, None, None)],
        None,
    ),
    (
        "de",
        "Im Senat steht rund ein Drittel der 100 Sitze zur Wahl.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Abgeordnete werden für zwei Jahre gewählt, Senatoren für sechs Jahre.",
        True,
        [("duration", 2, "year", None), ("duration", 6, "year", None)],
        None,
    ),
    ("de", "Die Wahl gilt als Stimmungstest für den Präsidenten.", False, [], None),
    ("de", "Viele Amerikaner blicken mit Sorge auf den Wahltag.", False, [], None),
]
