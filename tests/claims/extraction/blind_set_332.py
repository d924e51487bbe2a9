"""Three-hundred-and-thirty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, a super PAC and figures are made
up (Harlan Quist, Bradford Keel, Simone Ballantyne, Lorraine Acheson-Pike, Dwight Mulvane,
Kelsey Arbogast, Preston Vail, Anjali Desrosiers, Gwen Trowbridge, Joelle Ambrose-Kent,
Mercer Haldane, the super PAC Buckeye Forward, Lyle Ventner, Miriam Szabo-Lentz, Fenton
Rusk, Margaret Ostrow, Paloma Ridgeway, Dorian Feltz, Harold Eberling, Celia Navarro-Whit,
Nadia Colquitt, Russell Pengelly, Clifton Marr, Caitlin Morrow-Shea, Ansel Prewitt, Renata
Olszewski, Tobias Kettering, Lucas Ferreira-Haynes, Tobin Ashworth-Reyes; every unnamed
spokesman, spokeswoman, strategist, analyst, scholar, union leader, attorney general, party
official and pollster); the president, the vice president, the speaker, the leaders of both
chambers and both parties, cabinet members, senators, representatives, justices, judges and
party chairs appear under made-up names that stand for no real holder, or by their role only
("the president", "der US-Präsident", "A White House spokeswoman", "ein Sprecher des
Präsidenten", "An RNC spokesman"). Real bodies, courts, pollsters and places (House of
Representatives, US-Repräsentantenhaus, Senate, US-Senat, Treasury, Finanzministerium,
Congressional Budget Office, Haushaltsbüro des Kongresses, Senate Finance Committee, House
Rules Committee, House Freedom Caucus, Federal Register, Education and Labor departments,
Justice Department, Justizministerium, Supreme Court, Oberster Gerichtshof, Federal Election
Commission, Wahlkommission FEC, 1st U.S. Circuit, Berufungsgericht des 1. Bezirks, AP-NORC
Center, NORC's AmeriSpeak Panel, Quinnipiac University, Quinnipiac-Universität,
Reuters/Ipsos, Ipsos, Marist, The Associated Press, Bipartisan Policy Center, American
Federation of Government Employees, Democratic National Committee, Republican National
Committee, Macomb County, Michigan's 10th Congressional District, and the states, cities and
datelines) stand for the way wire copy names them; every vote, tally, seat count, poll
figure, margin, sample, fieldwork date, budget, cap, sum, count, date, age and quote here is
invented, and where a real figure came to mind (a real debt limit, a real X-date, a real
approval rating, a real count of executive orders or vetoes, a real House majority) it was
changed (the years of the 1972 and 1974 laws kept).

Its weight: US POLITICS, POLLS AND CONGRESS, third round (the seventy-sixth,
hundred-ninety-seventh and two-hundred-and-fifty-eighth batches weighed US politics, polls,
courts and a budget fight, and their decisions are kept) - one spring's debt limit standoff
and shutdown deadline and what ran beside them, seven wire weeks of one year from Monday,
April 13, to Friday, May 29, as 35 short stories in story order, about 65 % English as the
brief for this batch asks, the German stories following the English ones they take up.
English (Reuters with dated datelines, AP): the Treasury's default date and cash, an AP-NORC
approval poll, an executive order on advisory committees, first-quarter Senate fundraising
from FEC filings, the House debt limit bill ("The vote was 217-215"), a judge's injunction,
a labor secretary confirmed 51-50 with the vice president's tie-breaking vote, a Quinnipiac
poll with the generic ballot, a 6-3 Supreme Court ruling on the FEC, a Michigan special
election, the Senate's failed debt votes ("falling 52-46, eight votes short of the 60
needed"), a veto of a bargaining bill, a stopgap bill and the shutdown deadline, a censure
vote ("voted 214-206", "voted present"), a Reuters/Ipsos poll with a credibility interval,
the debt deal, the House and Senate votes on the package, the party committees' April money,
an appeals court's 2-1 ruling and a Marist poll on the deal. German (dpa, APA/AFP, APA/dpa,
AFP, Reuters): the default date, the decree, the House vote „mit 217 zu 215 Stimmen“, the
confirmation, the Quinnipiac poll with „plus/minus 3,2 Prozentpunkten“, the court ruling
„mit sechs zu drei Stimmen“, the special election, the Senate's failed vote, the veto, the
censure, the deal with the Reuters/Ipsos figures, the parties' money, the averted shutdown
and the appeals court. Forms as such copy has them: roll calls and seats, margins in points,
samples, fieldwork dates and margins of error, approval and ballot shares in percent and in
words ("About 6 in 10", "roughly 8 in 10", "about a third", "Fifty-four percent",
"Seventy-six Republicans"), money in millions, billions and trillions („Billionen Dollar“),
spans to deadlines ("Nine days before", "with about 28 hours to spare", „Rund 28 Stunden vor
Fristablauf“, „gut drei Wochen vor“), multiples, ages, numbered courts and districts,
executive orders and vetoes counted as ordinals. About 55 negatives as such copy has them,
none with a figure, each near a check-worthy look-alike from the same story (often the same
speaker's figure): partisan rhetoric and victory lines in quotes, labels ("called",
„nannte“, „sprach von“), a veto message's evaluation, a vow, a warning naming no measure,
brush-offs of polls, strategists', analysts', scholars', party officials' and pollsters'
views and expectations, a verdict with „halten ... für“, open questions, a fear, a hope,
reactions, a mood and a vox pop.

236 rows (82 German, 154 English; 65 % English), 55 negatives (18 German, 37 English), 181
check-worthy rows of which 20 carry no figure (8 German, 12 English), 325 expected
quantities (107 counts, 58 percentages - 42 in "%", 16 in percentage points "pp" -, 46
amounts of money, all in USD, 36 dates, 32 durations - 14 in years, 6 in days, 5 in months,
4 in hours, 3 in weeks -, 23 ordinals, 16 years, 7 fractions; none of them in a negative),
36 checked speakers (9 German, 27 English). These counts were computed by a script over the
list below.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, warning, view, expectation, hope, fear or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, seventy-sixth, hundred-ninety-seventh, two-hundred-and-fourth,
  two-hundred-and-fifty-eighth); a quoted or reported fact, figure, step, plan, schedule,
  demand or position is check-worthy with its speaker, also in Konjunktiv I. Pairs from one
  speaker: Quist's June 11, $290 billion, June 9-16 window and 2 points beside his "Every
  week Congress waits", „Glaubwürdigkeit Amerikas“ and „unabsehbaren Folgen“; Keel's $1.5
  trillion, $1.59 trillion, override refusal and Wednesday vote beside "We did our job" and
  "Nobody got everything"; Vail's $3.4 billion beside "panels that nobody reads";
  Acheson-Pike's 1.2 million beside "cruelty dressed up as thrift" and "the least bad
  option"; the Haldane campaign's $9.8 million beside Haldane's "not for sale"; Mulvane's
  White House meeting and Senate schedule beside „vernünftigen Ausgangspunkt“, "Working
  people", "The clock is running" and "Default was never an option"; Ballantyne's $9.4
  billion beside her "ransom letter" and "blank check"; Navarro-Whit's 29 pages and 91 years
  beside the "referee's whistle"; Marr's office's $400,000 beside "I will not apologize" and
  „politische Inszenierung“; Olszewski's 212,000 donors beside "Our donors are energized"
  and „Welle der Begeisterung“; Arbogast's two lines beside the polls and rulings they brush
  off.
- Negatives besides the rhetoric (seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-fourth, two-hundred-and-fifty-eighth): labels ("called the demand",
  "called the order", "called the ruling", "called the bill", "called the veto", "called the
  decision", „nannte“, „sprach von“ and „sprachen von“ five times, „hatte von ...
  gesprochen“); the veto message's evaluation in quotes; a vow ("would "not hand a blank
  check""); a warning naming no measure („Quist warnte vor „unabsehbaren Folgen““,
  two-hundred-and-fourth); brush-offs of polls ("pays attention to results, not to polls",
  „die einzige Umfrage, die zähle, sei die am Wahltag“; hundred-ninety-seventh);
  strategists', analysts', scholars', party officials', observers' and pollsters' views and
  expectations without a figure ("said the money gap may matter less", "said the Senate map
  still favors", "said they still expected a last-minute deal", "said the decision could
  embolden", "said special elections were a poor guide", "said they expected fundraising to
  accelerate", „stellen sich auf einen wochenlangen Machtkampf ein“, Feltz's, Morrow-Shea's
  and Ashworth-Reyes's quotes); a verdict with „halten ... für“ (ninety-eighth); critics'
  view („Kritiker sehen in dem Erlass einen Angriff“); open questions ("It was unclear
  whether", „Ob ... gelingt, ist offen“); a fear ("privately fear",
  two-hundred-and-fifty-eighth) and a hope ("said they hoped"); reactions and moods
  („reagierten empört“, „kam scharfe Kritik“, „war die Erleichterung groß“, „wächst die
  Nervosität“; hundred-ninety-seventh: "mit Erleichterung aufgenommen"); "Democrats said the
  vote sent a message ..." (a reported evaluation); a vox pop without an age
  (two-hundred-and-fifty-eighth). The brief for this batch gives no negative a figure, so
  none carries one.
- Check-worthy without a figure (seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-fifty-eighth): the budget office's X-date window ("between mid-June and
  early August"), the nationwide injunction, Rusk's account to senators, the race call ("at
  10:42 p.m." a clock time, none), the concession ("shortly after midnight"), the seat won
  („einen Sitz ... abgenommen“), Mulvane's meeting and vote schedules, the failed Senate
  bill („ist ... gescheitert“), the negotiators' meeting („Am Montag wollen Unterhändler
  ...“), the vice president's tie-break („Den Ausschlag gab ...“), Keel's refusal to
  schedule an override vote and his Wednesday vote, the censure („offiziell gerügt“) and
  what it carries ("Censure carries no fine or suspension ..."), an RNC spokesman's paid-off
  debt, the signing „noch in der Nacht“, the appeals court's refusal and its German
  retelling, and the Marist lead ("A majority of Americans approve ..."; seventy-sixth: a
  poll's lead stated without its numbers).
- Roll calls and seats are counts, one per figure (seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-fifty-eighth): "The vote was 217-215, with two Republicans" 217, 215 and
  2, „mit 217 zu 215 Stimmen“, "a 53-47 majority", "would need 60 votes", „60 der 100
  Stimmen“, "by a vote of 51-50", "Three Republicans joined all 47 Democrats" ("all" no
  hedge), „mit 51 zu 50 Stimmen“, "ruled 6-3" and „mit sechs zu drei Stimmen“, "the
  six-member commission" and „Die sechsköpfige Kommission“ 6 (seventy-sixth: „des
  neunköpfigen Gerichts“), "the four members it needs ..., when two commissioners resigned",
  "219-214, with two vacancies" and „auf 219 zu 214 Sitze“ (hundred-third: "with three
  vacancies"), "falling 52-46, eight votes short of the 60 needed", "then failed 45-53",
  „stimmten 52 Senatoren, 46 dagegen – nötig gewesen wären 60 Stimmen“, "262-161 ..., with
  49 Republicans ..., 57-42", „262 Abgeordnete ..., darunter 49 Republikaner“ ("darunter" no
  hedge), „mit 57 zu 42 Stimmen“, "voted 214-206", "Five Republicans ..., and 11 members
  voted present" (hundred-third: "one member voted present"), „214 Abgeordnete, 206 dagegen,
  elf enthielten sich“, "268-160, with 139 Republicans and 129 Democrats", "Seventy-six
  Republicans and 84 Democrats" (a number written in words opening the row, three-hundredth:
  "Sixty-four percent"), "three of the nine Republican seats", "about 35 members", "68-31,
  with 23 Democrats joining 45 Republicans", „mit 68 zu 31 Stimmen“, „23 Demokraten“, "four
  amendments", "In a 2-1 decision, a three-judge panel" 2, 1 and 3 and „Das dreiköpfige
  Richtergremium entschied mit zwei zu eins Stimmen“ 3, 2 and 1 (hundred-ninety-seventh:
  „mit zwei zu eins Stimmen“). "along party lines", "both parties", „beider Parteien“, "all
  Democrats", "every Democrat" none.
- Polls (seventy-sixth, hundred-ninety-seventh, two-hundred-and-fifty-eighth): shares in
  percent ("38%", "61%, ... up from 56%", "27% ..., down from 33%", "48% to 42%" and „auf 48
  Prozent, die Republikaner auf 42 Prozent“ two percentages, "37%, with 57% disapproving",
  "fell to 29% from 34%", "40%", "42%", "Some 58%" "about", "41% ..., 32% ... and 19%",
  "34%", "Fifty-four percent ..., while 35%", "29% ..., 24% ... and 18%", "41%"; „nur noch
  37 Prozent“ and „nur noch 40 Prozent“ with no hedge); shares in words ("About 6 in 10" 0.6
  "about", "roughly 8 in 10" 0.8 "about", "Only about a third" 0.3333 "about" - "Only" no
  hedge); leads and changes in percentage points ("a 3-point Democratic edge" 3 pp, „sechs
  Prozentpunkte vor“ 6 pp, "down 4 percentage points", "up 2 points", „zwei Prozentpunkte
  weniger“, "a 5-point advantage ..., down from 7 points" 5 pp and 7 pp;
  hundred-ninety-seventh: "a 4-point lead"); the winner's lead in a district "by 12 points
  two years ago" and „mit einem Vorsprung von zwölf Prozentpunkten“ 12 pp; vote shares with
  the count ("With about 98% of the expected vote counted" 98 "about", "51.4% to 47.9%",
  „51,4 Prozent ... 47,9 Prozent“), turnout "about 31%"; samples as counts ("1,164 adults",
  "1,518 registered voters" and „1.518 registrierte Wählerinnen und Wähler“ after „vom 23.
  bis 27. April“ - a count, not a year, two-hundred-and-fifty-eighth -, "4,412 U.S. adults"
  and „4.412 Erwachsene“, "1,206 adults"); fieldwork dates ("April 9-13", "from April
  23-27", "April 24-26", "May 26-28" two dates each); margins in "pp" with no hedge ("plus
  or minus 3.7 percentage points", "3.2 percentage points in either direction" -
  hundred-twelfth -, „plus/minus 3,2 Prozentpunkten“, "plus or minus 3.6 percentage
  points"). New: "has a credibility interval, a measure of precision, of about 2 percentage
  points" is 2 pp "about" - the Reuters/Ipsos measure is read as a poll's margin
  (three-hundredth: "a margin of error of 4 percentage points" 4 pp), its hedge kept as in
  „die Fehlerquote liegt bei etwa zwei Prozentpunkten“ (seventy-sixth).
- Money in the currency written, all USD (every batch): trillions ("$41.3 trillion", "at
  least $1.5 trillion" "at_least", "$4.2 trillion", "$4 trillion", "$1.7 trillion", "$1.59
  trillion", "$1.62 trillion", "about $5.1 trillion" "about") and „Billionen Dollar“ („von
  derzeit 41,3 Billionen Dollar“ - „derzeit“ no hedge -, „um mindestens 1,5 Billionen
  Dollar“, „um 4,2 Billionen Dollar“, „um vier Billionen Dollar“ with the number word, „um
  1,7 Billionen Dollar“, „auf 1,62 Billionen Dollar“, „von rund 5,1 Billionen Dollar“);
  billions and millions ("about $290 billion" and „rund 290 Milliarden Dollar“, "about $3.4
  billion a year" and „jährlich rund 3,4 Milliarden Dollar“ - "a year" and „jährlich“ none
  -, "a combined $71 million" no hedge, "$38.6 million", "$14.2 million", "$6.3 million",
  "another $5 million" no hedge, "amounts under $200" "under", "$9.8 million", "a $10
  million contribution", "$2.8 billion", "$600 million", "$9.4 billion" twice, "$12
  million", "more than $400,000" "over", "about $28 billion", "$18.7 million", "$15.2
  million", "$61 million", "$27.5 million", "$9 million" and „neun Millionen Dollar“, "only
  $310 billion" - "only" no hedge -, "about $850 billion"). Multiples are counts with their
  hedges: "more than twice the DNC's $27.5 million" 2 "over" (two-hundred-and-fifty-eighth:
  "more than twice the $6.1 million"). New: „verfügt aber über mehr als doppelt so viel Geld
  in der Kasse“ is count 2 "over" - the „über“ that „verfügen“ governs is no hedge
  (seventy-sixth), while the „mehr als“ straight before the multiple is one (twenty-third:
  „mehr als doppelt so viele“). "in the bank", "in cash", "super PAC", "small-dollar" none.
- Other counts (every batch): "roughly 1,000 advisory committees" and „der rund 1.000
  Beratungsgremien“ "about", "14 grant programs", "in 19 states" and „aus 19 Bundesstaaten“,
  "19 states that had sued", "the five most competitive Senate races" 5
  (two-hundred-and-fifty-eighth: "the five most competitive races"), "about 1.2 million
  people", "a 41-page ruling" and „in einem 41 Seiten langen Beschluss“ 41, "In a 29-page
  dissent" 29, "The 46-page bill" 46 (hundred-ninety-seventh: "a 43-page ruling"), "43 wage
  violations", "about 750,000 federal employees" and „rund 750.000 Bundesbediensteten“,
  "about 800,000 federal workers" and „rund 800.000 Bundesbedienstete“, "212,000 new
  small-dollar donors" and „212.000 neue Kleinspender“, "187 committee meetings" and „187
  abgesagte Sitzungen“. None: "hundreds of federal advisory committees" (a vague magnitude,
  seventy-sixth), "U.S.", "AP-NORC", "Reuters/Ipsos", "R-Fla.", "D-Nev.", "R-Kan.",
  "R-Texas", "X-date", "12:01 a.m.", "10:42 p.m.".
- Fractions: "at least half of their roughly 1,000 advisory committees" 0.5 "at_least" and
  „mindestens die Hälfte der rund 1.000 Beratungsgremien“ 0.5 "at_least" (the hedge stands
  straight before the share, as "more than half" 0.5 "over", hundred-ninety-seventh); "a
  two-thirds majority" 0.6667 (hundred-ninety-seventh: "the two-thirds majorities") and
  „Zweidrittelmehrheiten“ 0.6667 (hundred-ninth: „die nötige Zweidrittelmehrheit“).
- Ordinals (the issue: "das sechste Treffen"): "his second term" and „seiner zweiten
  Amtszeit“ 2, "the 96th executive order" and „das 96. Dekret“ 96 („bereits“ no hedge), "the
  1st U.S. Circuit Court of Appeals", "the Boston-based 1st U.S. Circuit" and „des 1.
  Bezirks“ 1 (hundred-ninety-seventh: a numbered circuit), "at least the 38th time" 38
  "at_least" (two-hundred-and-fifty-eighth: "at least the 112th time"), "only the third
  time" and „das dritte Mal“ 3 ("only" no hedge), "Michigan's 10th Congressional District"
  10 (two-hundred-and-eighty-second: "Ohio's 9th Congressional District"), "the fourth veto
  of his second term" 4 and 2, „sein viertes Veto“ 4, "the third since 2018 and the second
  in less than six months" and „der dritte Shutdown seit 2018“, "the sixth lawmaker to be
  censured since 2021 and the first Republican this year" 6, the year and 1, „der sechste
  Parlamentarier“, "in the year's first three months" ordinal 1 and 3 months
  (hundred-ninety-seventh: "in the first eight months"), "for a third straight month" and
  „zum dritten Mal in Folge“ 3. None: "the lowest point", "its lowest level", "the largest
  quarterly haul", "the narrowest margin", "the most credit", "the slimmest of margins",
  "the least bad option".
- Durations and ages (the issue: "a two-week visit"): "over 10 years" (twice) and „in den
  kommenden zehn Jahren“ 10 years ("over" before a span no hedge), "22 months ago" and „vor
  22 Monaten“ 22 months (hundred-ninety-seventh: "four years ago"), "a standoff that lasted
  11 weeks", "within 90 days" and „90 Tage Zeit“ 90 days (hundred-ninety-seventh: „zehn Tage
  Zeit“), "for 22 years" and „22 Jahre lang“, "had stood for 91 years", "by 12 points two
  years ago" and „vor zwei Jahren“ 2 years, "Nine days before federal funding runs out" 9
  days (hundred-ninety-seventh: „Drei Wochen vor“), "in less than six months" 6 months
  "under", "in the 48 hours after", "less than four weeks before" 4 weeks "under", "in each
  of the following two years" 2 years (two-hundred-and-fifty-eighth: "in each of the past
  two years"), "two days to act" 2 days, "about three hours later" 3 hours "about", "14 days
  to ask" and „14 Tage Zeit“, „binnen zehn Jahren“, „Gut sechs Monate vor den
  Kongresswahlen“ 6 months "over" and „gut drei Wochen vor dem drohenden Zahlungsausfall“ 3
  weeks "over" („gut“ hedges, seventy-first), „Rund 28 Stunden vor Fristablauf“ 28 hours
  "about". New: "averting a shutdown with about 28 hours to spare" is 28 hours "about" - a
  margin of time written with its unit is a duration, as "Nine days before", while the
  fifteenth batch's "with 11 balls to spare" counts things. Ages: "Rusk, 61," and „Der
  61-Jährige“, "Marr, 47," and „Der 47-Jährige“ 47 years (sixteenth,
  two-hundred-and-fifty-eighth). None: "a year", "a year after that", "this term", „in
  dieser Amtszeit“, "the next decade", "this week", „der Vorwoche“, "last month", "last
  August", „seit vergangenem August“, "in March", "in April", "in February", "in January",
  „Ende April“, "by the end of June", "shortly after midnight", „noch in der Nacht“,
  „wochenlangen“, "mid-June", "early August" and weekdays.
- Years and dates: "fiscal 2027" and „für das Haushaltsjahr 2027“ 2027
  (two-hundred-and-fifty-eighth: "fiscal 2028"), "through the end of 2027" 2027, "since
  2011", "a 1972 law", „ein Gesetz von 1972“, "the 1972 law", "a 1974 law" and „aus einem
  Gesetz von 1974“, "since 2016", "until March 2029" the year
  (two-hundred-and-seventy-sixth: "in March 2023"), "since 2018" and „seit 2018“, "since
  2021" and „seit 2021“. Dates: "from June 11" and „vom 11. Juni an“ --06-11, "as of April
  10", "on Jan. 21", "on Jan. 13", "between June 9 and June 16" and „zwischen dem 9. und dem
  16. Juni“ two dates (hundred-fortieth: „zwischen dem 14. und 20. November“ with the month
  written once), "by 12:01 a.m. on May 23" --05-23 (the clock time none,
  two-hundred-and-fifty-eighth), "through Sept. 30" (twice) and „bis zum 30. September“
  --09-30, "until Jan. 1, 2028," and „bis zum 1. Januar 2028“ 2028-01-01
  (two-hundred-and-seventy-sixth: "until April 29, 2031,"). Reuters English datelines with a
  day are dates without a year ("WASHINGTON, April 13 (Reuters)" --04-13 and the rest); AP
  ("WASHINGTON (AP) —", "BOSTON (AP) —", "HAMDEN, Conn. (AP) —", "WARREN, Mich. (AP) —",
  "NEW YORK (AP) —"), dpa, APA/AFP, APA/dpa, AFP and Reuters German datelines none
  (seventy-ninth).
- Hedges, only the names in use: "about", "About", "roughly", "Some", „rund“, „Rund“
  "about"; "more than", „mehr als“, „gut“, „Gut“ "over"; "under", "less than" "under"; "at
  least", „mindestens“ "at_least". No hedge: "a combined", "another", "all", "every",
  "only", "Only", „nur noch“, „bereits“, „derzeit“, „zuletzt“, „darunter“, "plus or minus",
  „plus/minus“, "in either direction", "within", "over" before a span, "through", „bis zum“,
  „vom ... an“ and „zwischen“.
- Speakers, checked only in forms the earlier batches settled. English: the name with the
  office and the occasion dropped ("Treasury Secretary Harlan Quist said on Monday", "House
  Speaker Bradford Keel said" twice, "White House budget director Preston Vail told
  reporters", "House Democratic leader Lorraine Acheson-Pike said", "Senate Majority Leader
  Dwight Mulvane said", "Treasury Secretary Harlan Quist told the Senate Finance Committee
  on Thursday" - three-hundred-and-twenty-fourth: "told the Senate Banking Committee" -,
  "DNC chair Renata Olszewski said", "Writing for the majority, Justice Harold Eberling
  said" and "In a 29-page dissent, Justice Celia Navarro-Whit said" as "In the Democratic
  response, ... said" and "said in a 46-page ruling" in the two-hundred-and-fifty-eighth,
  "In a letter to congressional leaders, Quist said" -> "Quist"); "Sen. Paloma Ridgeway,
  D-Nev., said" and "Sen. Tobias Kettering, R-Kan., said" with the party and state label
  dropped (seventy-sixth); "Rusk told senators" (two-hundred-and-fifty-eighth: "told
  senators"); the surname opening the row as written ("Keel said" twice, "Quist said",
  "Ballantyne said"); "Ambrose-Kent's campaign said" and "Haldane's campaign said" with the
  possessive (two-hundred-and-fifty-eighth); "The Justice Department said ..." and "..., the
  Justice Department said in a court filing." -> "the Justice Department", "..., the White
  House said." -> "the White House", "The Treasury said ..." -> "the Treasury", "..., the
  union said." -> "the union" (three-hundredth). New: "Marr's office said" -> "Marr's
  office" and "..., the Macomb County clerk's office said." -> "the Macomb County clerk's
  office" - an office named by its holder or its county with the possessive is a source as
  "the secretary of state's office" (seventy-sixth; sixty-fifth: "the Ceann Comhairle's
  office said") and "Straub's campaign" (two-hundred-and-fifty-eighth), unlike the bare role
  "the city clerk said" (hundred-twenty-ninth). German: „Repräsentantenhaus-Chef Bradford
  Keel sagte, ...“, „Finanzminister Harlan Quist sagte, ...“, „Mehrheitsführer Dwight
  Mulvane sagte, ...“ and „Parteichefin Renata Olszewski sagte, ...“ the name
  (hundred-eightieth: the office heading "X sagte"); „Nach Angaben des Weißen Hauses“ ->
  "das Weiße Haus" and „Nach Angaben der Wahlkommission FEC“ -> "die Wahlkommission FEC"
  (the source in the nominative, seventy-sixth: „Nach Angaben der Flugaufsicht FAA“);
  „teilte das Justizministerium mit“ twice and „teilte das Gericht mit“; „wie das Weiße Haus
  mitteilte“ (the "wie"-clause checked as the hundred-ninety-seventh and
  two-hundred-and-fifty-eighth do). Left unchecked (None): all negatives, also those with a
  named speaker; „warnte Finanzminister Harlan Quist“ (a warning verb no batch settled as a
  speaker), „schrieb Quist“, "U.S. District Judge Miriam Szabo-Lentz wrote" and "Judge Lucas
  Ferreira-Haynes, who dissented, wrote" ("wrote", hundred-ninety-seventh), „kündigten ...
  an“, roles and plural groups ("Democratic attorneys general in 19 states said", "An RNC
  spokesman said", "a three-judge panel ... said", "The Associated Press declared"),
  estimating verbs and estimates ("The Congressional Budget Office estimated", "the
  Bipartisan Policy Center estimates", "citing internal Treasury estimates", „Nach
  Schätzungen des Haushaltsbüros des Kongresses“), "The Congressional Budget Office has
  said" (left unchecked to keep the checked speakers near 35, as the
  three-hundred-and-twenty-fourth left "The Riksbank said"), polls, filings, records, counts
  and documents ("a new poll by the AP-NORC Center finds", "a Quinnipiac University survey
  published Wednesday found", "a Reuters/Ipsos poll completed on Thursday found", "a Marist
  poll released on Friday found", "by an AP tally of notices in the Federal Register",
  "filings with the Federal Election Commission show", "according to House records",
  "according to an AP count", "according to a summary circulated by House Republican
  leaders", "according to reports filed with the Federal Election Commission", „Laut der
  Quinnipiac-Universität“, „einer Reuters/Ipsos-Umfrage der Vorwoche zufolge“) and rows
  without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_332 = [
    # --- Treasury sets a default date (Reuters), Monday, April 13 ---
    (
        "en",
        "WASHINGTON, April 13 (Reuters) - The U.S. Treasury may be unable to pay all of the government's bills from June 11 unless Congress raises or suspends the $41.3 trillion debt limit, Treasury Secretary Harlan Quist said on Monday.",
        True,
        [("date", "--04-13", None, None), ("date", "--06-11", None, None), ("money", 41300000000000, "USD", None)],
        "Harlan Quist",
    ),
    (
        "en",
        "In a letter to congressional leaders, Quist said the department had about $290 billion in cash and extraordinary measures left as of April 10.",
        True,
        [("money", 290000000000, "USD", "about"), ("date", "--04-10", None, None)],
        "Quist",
    ),
    (
        "en",
        "The government reached the borrowing cap on Jan. 21 and has since relied on accounting maneuvers to keep paying its obligations.",
        True,
        [("date", "--01-21", None, None)],
        None,
    ),
    (
        "en",
        "The Congressional Budget Office estimated in March that the so-called X-date would most likely arrive between mid-June and early August.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Every week Congress waits makes the eventual fix more expensive for taxpayers," Quist wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "House Speaker Bradford Keel said Republicans would tie any increase to at least $1.5 trillion in spending cuts over 10 years.",
        True,
        [("money", 1500000000000, "USD", "at_least"), ("duration", 10, "year", None)],
        "Bradford Keel",
    ),
    (
        "en",
        'Senate Democratic leader Simone Ballantyne called the demand "a ransom letter with a price tag."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lawmakers last raised the ceiling 22 months ago, by $4.2 trillion, after a standoff that lasted 11 weeks.",
        True,
        [("duration", 22, "month", None), ("money", 4200000000000, "USD", None), ("duration", 11, "week", None)],
        None,
    ),
    # --- Schuldenobergrenze (dpa), Dienstag, 14. April ---
    (
        "de",
        "Washington (dpa) - Den USA droht vom 11. Juni an die Zahlungsunfähigkeit, sollte der Kongress die Schuldenobergrenze von derzeit 41,3 Billionen Dollar nicht anheben oder aussetzen, warnte Finanzminister Harlan Quist.",
        True,
        [("date", "--06-11", None, None), ("money", 41300000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Seinem Ministerium blieben noch rund 290 Milliarden Dollar, schrieb Quist in einem Brief an die Spitzen beider Kammern.",
        True,
        [("money", 290000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Quist sprach von einer Frage der „Glaubwürdigkeit Amerikas“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Repräsentantenhaus-Chef Bradford Keel sagte, die Republikaner würden einer Anhebung nur zustimmen, wenn die Ausgaben in den kommenden zehn Jahren um mindestens 1,5 Billionen Dollar gekürzt würden.",
        True,
        [("duration", 10, "year", None), ("money", 1500000000000, "USD", "at_least")],
        "Bradford Keel",
    ),
    (
        "de",
        "Beobachter in Washington stellen sich auf einen wochenlangen Machtkampf ein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Obergrenze war zuletzt vor 22 Monaten um 4,2 Billionen Dollar angehoben worden.",
        True,
        [("duration", 22, "month", None), ("money", 4200000000000, "USD", None)],
        None,
    ),
    # --- AP-NORC poll (AP), Wednesday, April 15 ---
    (
        "en",
        "WASHINGTON (AP) — The president's approval rating has slipped to 38%, the lowest point of his second term, a new poll by the AP-NORC Center finds.",
        True,
        [("percent", 38, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "About 6 in 10 U.S. adults, 61%, disapprove of how he is handling the presidency, up from 56% in March.",
        True,
        [("fraction", 0.6, None, "about"), ("percent", 61, "%", None), ("percent", 56, "%", None)],
        None,
    ),
    (
        "en",
        "Only about a third of independents approve of his handling of the economy, compared with roughly 8 in 10 Republicans.",
        True,
        [("fraction", 0.3333, None, "about"), ("fraction", 0.8, None, "about")],
        None,
    ),
    (
        "en",
        "\"I thought grocery prices would be coming down by now, and they just aren't,\" said Gwen Trowbridge, a retired bookkeeper from Dayton, Ohio.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Only 27% of Americans believe the nation is on the right track, down from 33% in January.",
        True,
        [("percent", 27, "%", None), ("percent", 33, "%", None)],
        None,
    ),
    (
        "en",
        "The poll of 1,164 adults was conducted April 9-13 with respondents recruited through NORC's AmeriSpeak Panel.",
        True,
        [("count", 1164, None, None), ("date", "--04-09", None, None), ("date", "--04-13", None, None)],
        None,
    ),
    (
        "en",
        "The survey's margin of sampling error is plus or minus 3.7 percentage points for all adults.",
        True,
        [("percent", 3.7, "pp", None)],
        None,
    ),
    (
        "en",
        'White House press secretary Kelsey Arbogast said the president "pays attention to results, not to polls."',
        False,
        [],
        None,
    ),
    # --- Advisory committees order (AP), Thursday, April 16 ---
    (
        "en",
        "WASHINGTON (AP) — In an executive order signed Thursday, the president directed federal agencies to shut down at least half of their roughly 1,000 advisory committees within 90 days.",
        True,
        [("fraction", 0.5, None, "at_least"), ("count", 1000, None, "about"), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "It was the 96th executive order of his second term, by an AP tally of notices in the Federal Register.",
        True,
        [("ordinal", 96, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The order also freezes new awards under 14 grant programs at the Education and Labor departments.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "White House budget director Preston Vail told reporters the changes would save about $3.4 billion a year.",
        True,
        [("money", 3400000000, "USD", "about")],
        "Preston Vail",
    ),
    (
        "en",
        '"Washington has been paying for panels that nobody reads and nobody remembers," Vail said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democratic attorneys general in 19 states said they would sue to block the order.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        'New Jersey Attorney General Anjali Desrosiers called the order "a wrecking ball aimed at science."',
        False,
        [],
        None,
    ),
    # --- Dekret gegen Beratungsgremien (APA/AFP), Freitag, 17. April ---
    (
        "de",
        "Washington (APA/AFP) - Der US-Präsident hat per Dekret angeordnet, mindestens die Hälfte der rund 1.000 Beratungsgremien der Bundesbehörden aufzulösen.",
        True,
        [("fraction", 0.5, None, "at_least"), ("count", 1000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Ministerien haben dafür 90 Tage Zeit.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Weißen Hauses sollen so jährlich rund 3,4 Milliarden Dollar eingespart werden.",
        True,
        [("money", 3400000000, "USD", "about")],
        "das Weiße Haus",
    ),
    (
        "de",
        "Es ist bereits das 96. Dekret seiner zweiten Amtszeit.",
        True,
        [("ordinal", 96, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Generalstaatsanwälte aus 19 Bundesstaaten kündigten eine Klage an.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Kritiker sehen in dem Erlass einen Angriff auf die unabhängige Wissenschaft.",
        False,
        [],
        None,
    ),
    # --- First-quarter Senate fundraising (Reuters), Monday, April 20 ---
    (
        "en",
        "WASHINGTON, April 20 (Reuters) - In the five most competitive Senate races, Democratic candidates pulled in a combined $71 million in the year's first three months, filings with the Federal Election Commission show.",
        True,
        [
            ("date", "--04-20", None, None),
            ("count", 5, None, None),
            ("money", 71000000, "USD", None),
            ("ordinal", 1, None, None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Their Republican opponents raised $38.6 million in the same contests.",
        True,
        [("money", 38600000, "USD", None)],
        None,
    ),
    (
        "en",
        "In Ohio, Democratic Rep. Joelle Ambrose-Kent took in $14.2 million, the largest quarterly haul by a Senate candidate in the state's history.",
        True,
        [("money", 14200000, "USD", None)],
        None,
    ),
    (
        "en",
        "Her Republican opponent, former state Treasurer Mercer Haldane, raised $6.3 million and lent his campaign another $5 million.",
        True,
        [("money", 6300000, "USD", None), ("money", 5000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Ambrose-Kent's campaign said 91% of her contributions came in amounts under $200.",
        True,
        [("percent", 91, "%", None), ("money", 200, "USD", "under")],
        "Ambrose-Kent's campaign",
    ),
    (
        "en",
        '"Ohio is not for sale, and no pile of coastal money will change that," Haldane said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haldane's campaign said it ended March with $9.8 million in the bank.",
        True,
        [("money", 9800000, "USD", None)],
        "Haldane's campaign",
    ),
    (
        "en",
        "Buckeye Forward, a super PAC backing Haldane, reported a $10 million contribution from Texas oil executive Lyle Ventner.",
        True,
        [("money", 10000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Strategists in both parties said the money gap may matter less than the national mood in November.",
        False,
        [],
        None,
    ),
    # --- House passes debt limit bill (Reuters), Wednesday, April 22 ---
    (
        "en",
        "WASHINGTON, April 22 (Reuters) - A bill pairing a $4 trillion increase in the federal debt limit with $1.7 trillion in spending cuts over the next decade cleared the Republican-controlled U.S. House of Representatives on Wednesday by the slimmest of margins.",
        True,
        [("date", "--04-22", None, None), ("money", 4000000000000, "USD", None), ("money", 1700000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The vote was 217-215, with two Republicans joining every Democrat in opposition.",
        True,
        [("count", 217, None, None), ("count", 215, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "It was the narrowest margin for a debt limit bill in the chamber since 2011, according to House records.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Keel said the bill would cap discretionary spending at $1.59 trillion in fiscal 2027 and hold its growth to 1% a year after that.",
        True,
        [("money", 1590000000000, "USD", None), ("year", 2027, None, None), ("percent", 1, "%", None)],
        "Keel",
    ),
    (
        "en",
        '"We did our job, and now the Senate has to do theirs," Keel told reporters after the vote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "House Democratic leader Lorraine Acheson-Pike said the cuts would push about 1.2 million people off food assistance.",
        True,
        [("count", 1200000, None, "about")],
        "Lorraine Acheson-Pike",
    ),
    (
        "en",
        'Acheson-Pike called the bill "cruelty dressed up as thrift."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The measure would need 60 votes to advance in the Senate, where Republicans hold a 53-47 majority.",
        True,
        [("count", 60, None, None), ("count", 53, None, None), ("count", 47, None, None)],
        None,
    ),
    # --- Schuldenobergrenze im Repräsentantenhaus (Reuters), Donnerstag, 23. April ---
    (
        "de",
        "Washington (Reuters) - Das US-Repräsentantenhaus hat mit 217 zu 215 Stimmen für eine Anhebung der Schuldenobergrenze um vier Billionen Dollar gestimmt.",
        True,
        [("count", 217, None, None), ("count", 215, None, None), ("money", 4000000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Im Gegenzug sollen die Ausgaben binnen zehn Jahren um 1,7 Billionen Dollar sinken.",
        True,
        [("duration", 10, "year", None), ("money", 1700000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Zwei Republikaner votierten mit den Demokraten gegen die Vorlage.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Im Senat hat der Entwurf kaum Chancen, dort wären 60 der 100 Stimmen nötig.",
        True,
        [("count", 60, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Mehrheitsführer Dwight Mulvane nannte den Entwurf einen „vernünftigen Ausgangspunkt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob vor Ablauf der Frist ein Kompromiss gelingt, ist offen.",
        False,
        [],
        None,
    ),
    # --- Judge blocks the order (AP), Monday, April 27 ---
    (
        "en",
        "BOSTON (AP) — A federal judge on Monday temporarily blocked the president's order to dismantle hundreds of federal advisory committees, siding with 19 states that had sued.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Miriam Szabo-Lentz wrote in a 41-page ruling that the order likely violated a 1972 law governing such panels.",
        True,
        [("count", 41, None, None), ("year", 1972, None, None)],
        None,
    ),
    (
        "en",
        "The injunction applies nationwide while the case proceeds.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Justice Department said it would appeal to the 1st U.S. Circuit Court of Appeals.",
        True,
        [("ordinal", 1, None, None)],
        "the Justice Department",
    ),
    (
        "en",
        'A White House spokeswoman called the ruling "one more act of judicial activism by an unelected judge."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was at least the 38th time a federal judge has paused one of the president's executive actions this term, according to an AP count.",
        True,
        [("ordinal", 38, None, "at_least")],
        None,
    ),
    # --- Labor secretary confirmed (Reuters), Tuesday, April 28 ---
    (
        "en",
        "WASHINGTON, April 28 (Reuters) - The U.S. Senate confirmed Fenton Rusk as labor secretary on Tuesday by a vote of 51-50, with Vice President Margaret Ostrow casting the tie-breaking vote.",
        True,
        [("date", "--04-28", None, None), ("count", 51, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "Three Republicans joined all 47 Democrats in opposing the nomination.",
        True,
        [("count", 3, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "It was only the third time in U.S. history that a vice president had to break a tie on a Cabinet nominee.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Rusk, 61, ran a trucking company in Missouri for 22 years before winning a seat in the state Senate.",
        True,
        [("duration", 61, "year", None), ("duration", 22, "year", None)],
        None,
    ),
    (
        "en",
        "Sen. Paloma Ridgeway, D-Nev., said Rusk's company had been cited for 43 wage violations since 2016.",
        True,
        [("count", 43, None, None), ("year", 2016, None, None)],
        "Paloma Ridgeway",
    ),
    (
        "en",
        "Rusk told senators at his confirmation hearing that all of those cases had been settled without a finding of wrongdoing.",
        True,
        [],
        "Rusk",
    ),
    (
        "en",
        '"Working people will have no better friend in this building," Senate Majority Leader Dwight Mulvane said before the vote.',
        False,
        [],
        None,
    ),
    # --- Rusk bestätigt (dpa), Mittwoch, 29. April ---
    (
        "de",
        "Washington (dpa) - Der US-Senat hat den umstrittenen Unternehmer Fenton Rusk mit 51 zu 50 Stimmen als Arbeitsminister bestätigt.",
        True,
        [("count", 51, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "de",
        "Den Ausschlag gab Vizepräsidentin Margaret Ostrow, die bei einem Patt im Senat mitstimmen darf.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es war das dritte Mal in der Geschichte der USA, dass ein Vizepräsident über ein Kabinettsmitglied entscheiden musste.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der 61-Jährige hatte 22 Jahre lang eine Spedition in Missouri geführt.",
        True,
        [("duration", 61, "year", None), ("duration", 22, "year", None)],
        None,
    ),
    (
        "de",
        "Gewerkschaften sprachen von einem „schwarzen Tag für die Beschäftigten“.",
        False,
        [],
        None,
    ),
    # --- Quinnipiac poll (AP), Wednesday, April 29 ---
    (
        "en",
        "HAMDEN, Conn. (AP) — Democrats are ahead of Republicans 48% to 42% when voters are asked which party they would back in their House district, a Quinnipiac University survey published Wednesday found.",
        True,
        [("percent", 48, "%", None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "en",
        "That is up from a 3-point Democratic edge in the university's February survey.",
        True,
        [("percent", 3, "pp", None)],
        None,
    ),
    (
        "en",
        "The president's approval rating stood at 37%, with 57% disapproving.",
        True,
        [("percent", 37, "%", None), ("percent", 57, "%", None)],
        None,
    ),
    (
        "en",
        "Among independents, his approval fell to 29% from 34% in February.",
        True,
        [("percent", 29, "%", None), ("percent", 34, "%", None)],
        None,
    ),
    (
        "en",
        "The poll surveyed 1,518 registered voters nationwide from April 23-27; its margin of sampling error is 3.2 percentage points in either direction.",
        True,
        [
            ("count", 1518, None, None),
            ("date", "--04-23", None, None),
            ("date", "--04-27", None, None),
            ("percent", 3.2, "pp", None),
        ],
        None,
    ),
    (
        "en",
        '"Voters are not so much warming to Democrats as cooling on everyone else," said Quinnipiac University polling analyst Dorian Feltz.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Republican strategists said the Senate map still favors their party.",
        False,
        [],
        None,
    ),
    # --- Umfrage vor den Kongresswahlen (dpa), Donnerstag, 30. April ---
    (
        "de",
        "Washington (dpa) - Gut sechs Monate vor den Kongresswahlen liegen die Demokraten in einer landesweiten Umfrage sechs Prozentpunkte vor den Republikanern.",
        True,
        [("duration", 6, "month", "over"), ("percent", 6, "pp", None)],
        None,
    ),
    (
        "de",
        "Laut der Quinnipiac-Universität kommen sie auf 48 Prozent, die Republikaner auf 42 Prozent.",
        True,
        [("percent", 48, "%", None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "de",
        "Mit der Arbeit des Präsidenten sind nur noch 37 Prozent der Befragten zufrieden.",
        True,
        [("percent", 37, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 23. bis 27. April 1.518 registrierte Wählerinnen und Wähler, die Fehlerquote liegt bei plus/minus 3,2 Prozentpunkten.",
        True,
        [
            ("date", "--04-23", None, None),
            ("date", "--04-27", None, None),
            ("count", 1518, None, None),
            ("percent", 3.2, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Präsidenten meinte, die einzige Umfrage, die zähle, sei die am Wahltag.",
        False,
        [],
        None,
    ),
    # --- Supreme Court on the FEC (Reuters), Thursday, April 30 ---
    (
        "en",
        "WASHINGTON, April 30 (Reuters) - The U.S. Supreme Court ruled 6-3 on Thursday that the president may remove members of the Federal Election Commission at will, striking down job protections Congress wrote into a 1974 law.",
        True,
        [
            ("date", "--04-30", None, None),
            ("count", 6, None, None),
            ("count", 3, None, None),
            ("year", 1974, None, None),
        ],
        None,
    ),
    (
        "en",
        "Writing for the majority, Justice Harold Eberling said the six-member commission wields executive power and must answer to the president.",
        True,
        [("count", 6, None, None)],
        "Harold Eberling",
    ),
    (
        "en",
        "In a 29-page dissent, Justice Celia Navarro-Whit said the ruling overturned a precedent that had stood for 91 years.",
        True,
        [("count", 29, None, None), ("duration", 91, "year", None)],
        "Celia Navarro-Whit",
    ),
    (
        "en",
        "Navarro-Whit wrote that the majority had \"handed the referee's whistle to one of the teams.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        "The commission has lacked the four members it needs to hold formal votes since last August, when two commissioners resigned.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Oral arguments in the case took place on Jan. 13.",
        True,
        [("date", "--01-13", None, None)],
        None,
    ),
    (
        "en",
        "Election law scholars said the decision could embolden challenges to other independent agencies.",
        False,
        [],
        None,
    ),
    # --- Oberstes Gericht und Wahlkommission (APA/dpa), Freitag, 1. Mai ---
    (
        "de",
        "Washington (APA/dpa) - Der Oberste Gerichtshof der USA hat dem Präsidenten mit sechs zu drei Stimmen das Recht zugesprochen, Mitglieder der Wahlkommission FEC nach Belieben zu entlassen.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Richter kippten damit einen Kündigungsschutz aus einem Gesetz von 1974.",
        True,
        [("year", 1974, None, None)],
        None,
    ),
    (
        "de",
        "Die sechsköpfige Kommission ist seit vergangenem August nicht mehr beschlussfähig.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Demokraten sprachen von einem „Freibrief“ für das Weiße Haus.",
        False,
        [],
        None,
    ),
    # --- Michigan special election (AP), Tuesday, May 5 ---
    (
        "en",
        "WARREN, Mich. (AP) — Democrat Nadia Colquitt won a special election for Michigan's 10th Congressional District on Tuesday, flipping a seat the president carried by 12 points two years ago.",
        True,
        [("ordinal", 10, None, None), ("percent", 12, "pp", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "With about 98% of the expected vote counted, Colquitt had 51.4% to 47.9% for Republican Russell Pengelly, a former county sheriff.",
        True,
        [("percent", 98, "%", "about"), ("percent", 51.4, "%", None), ("percent", 47.9, "%", None)],
        None,
    ),
    (
        "en",
        "The Associated Press declared Colquitt the winner at 10:42 p.m.",
        True,
        [],
        None,
    ),
    (
        "en",
        "With her win, Republicans control the House 219-214, with two vacancies.",
        True,
        [("count", 219, None, None), ("count", 214, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Tonight Macomb County told Washington it is tired of waiting," Colquitt told supporters in Warren.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pengelly conceded shortly after midnight.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Turnout was about 31% of registered voters, the Macomb County clerk's office said.",
        True,
        [("percent", 31, "%", "about")],
        "the Macomb County clerk's office",
    ),
    (
        "en",
        "Republican officials said special elections were a poor guide to the November midterms.",
        False,
        [],
        None,
    ),
    # --- Nachwahl in Michigan (dpa), Mittwoch, 6. Mai ---
    (
        "de",
        "Washington (dpa) - Bei einer Nachwahl in Michigan haben die Demokraten den Republikanern einen Sitz im US-Repräsentantenhaus abgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Kandidatin Nadia Colquitt kam nach Auszählung fast aller Stimmen auf 51,4 Prozent, ihr republikanischer Gegner Russell Pengelly auf 47,9 Prozent.",
        True,
        [("percent", 51.4, "%", None), ("percent", 47.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Präsident hatte den Wahlkreis vor zwei Jahren noch mit einem Vorsprung von zwölf Prozentpunkten gewonnen.",
        True,
        [("duration", 2, "year", None), ("percent", 12, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Mehrheit der Republikaner in der Kammer schrumpft damit auf 219 zu 214 Sitze.",
        True,
        [("count", 219, None, None), ("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "In der Partei des Präsidenten wächst die Nervosität vor den Kongresswahlen im November.",
        False,
        [],
        None,
    ),
    # --- Senate blocks debt limit bills (Reuters), Thursday, May 7 ---
    (
        "en",
        "WASHINGTON, May 7 (Reuters) - The U.S. Senate on Thursday blocked the House-passed debt limit bill, with a procedural vote falling 52-46, eight votes short of the 60 needed.",
        True,
        [
            ("date", "--05-07", None, None),
            ("count", 52, None, None),
            ("count", 46, None, None),
            ("count", 8, None, None),
            ("count", 60, None, None),
        ],
        None,
    ),
    (
        "en",
        "A Democratic alternative that would suspend the limit until March 2029 without conditions then failed 45-53.",
        True,
        [("year", 2029, None, None), ("count", 45, None, None), ("count", 53, None, None)],
        None,
    ),
    (
        "en",
        "Senate Majority Leader Dwight Mulvane said negotiators from both parties would meet at the White House on Monday.",
        True,
        [],
        "Dwight Mulvane",
    ),
    (
        "en",
        '"The clock is running, and Democrats are hiding from it," Mulvane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Treasury Secretary Harlan Quist told the Senate Finance Committee on Thursday that the department now expected to exhaust its extraordinary measures between June 9 and June 16.",
        True,
        [("date", "--06-09", None, None), ("date", "--06-16", None, None)],
        "Harlan Quist",
    ),
    (
        "en",
        "Quist said a prolonged default could push the unemployment rate up by 2 percentage points, citing internal Treasury estimates.",
        True,
        [("percent", 2, "pp", None)],
        "Quist",
    ),
    (
        "en",
        "Analysts at several banks said they still expected a last-minute deal.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Yields on Treasury bills maturing in mid-June rose to 4.6%, about 0.4 percentage point above those on bills due in May.",
        True,
        [("percent", 4.6, "%", None), ("percent", 0.4, "pp", "about")],
        None,
    ),
    # --- Senat lässt Entwurf scheitern (AFP), Freitag, 8. Mai ---
    (
        "de",
        "Washington (AFP) - Im Streit um die Schuldenobergrenze ist ein Entwurf der Republikaner im US-Senat gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die Vorlage stimmten 52 Senatoren, 46 dagegen – nötig gewesen wären 60 Stimmen.",
        True,
        [("count", 52, None, None), ("count", 46, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Finanzminister Harlan Quist sagte, dem Staat werde das Geld zwischen dem 9. und dem 16. Juni ausgehen.",
        True,
        [("date", "--06-09", None, None), ("date", "--06-16", None, None)],
        "Harlan Quist",
    ),
    (
        "de",
        "Quist warnte vor „unabsehbaren Folgen“ für die Weltwirtschaft.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am Montag wollen Unterhändler beider Parteien im Weißen Haus beraten.",
        True,
        [],
        None,
    ),
    # --- Veto of the bargaining bill (AP), Monday, May 11 ---
    (
        "en",
        "WASHINGTON (AP) — The president on Monday vetoed a bipartisan bill that would have restored union bargaining rights to about 750,000 federal employees, the fourth veto of his second term.",
        True,
        [("count", 750000, None, "about"), ("ordinal", 4, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The House had passed the measure 262-161 in March, with 49 Republicans voting yes, and the Senate cleared it 57-42 last month.",
        True,
        [
            ("count", 262, None, None),
            ("count", 161, None, None),
            ("count", 49, None, None),
            ("count", 57, None, None),
            ("count", 42, None, None),
        ],
        None,
    ),
    (
        "en",
        'In his veto message, the president said the bill would "tie the hands of every manager in the federal government."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Overriding the veto would take a two-thirds majority in both chambers.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "House Speaker Bradford Keel said he would not schedule an override vote.",
        True,
        [],
        "Bradford Keel",
    ),
    (
        "en",
        'Union leaders called the veto "an insult to every worker who keeps this government running."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The American Federation of Government Employees will spend $12 million on ads targeting Republicans who voted against the bill, the union said.",
        True,
        [("money", 12000000, "USD", None)],
        "the union",
    ),
    # --- Veto gegen Tarifrechte (dpa), Dienstag, 12. Mai ---
    (
        "de",
        "Washington (dpa) - Der US-Präsident hat sein viertes Veto in dieser Amtszeit eingelegt.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz sollte rund 750.000 Bundesbediensteten das Recht auf Tarifverhandlungen zurückgeben.",
        True,
        [("count", 750000, None, "about")],
        None,
    ),
    (
        "de",
        "Im Repräsentantenhaus hatten 262 Abgeordnete dafür gestimmt, darunter 49 Republikaner.",
        True,
        [("count", 262, None, None), ("count", 49, None, None)],
        None,
    ),
    (
        "de",
        "Der Senat hatte das Gesetz im April mit 57 zu 42 Stimmen gebilligt.",
        True,
        [("count", 57, None, None), ("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Um das Veto zu überstimmen, wären in beiden Kammern Zweidrittelmehrheiten nötig.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaften reagierten empört.",
        False,
        [],
        None,
    ),
    # --- Stopgap unveiled (Reuters), Wednesday, May 13 ---
    (
        "en",
        "WASHINGTON, May 13 (Reuters) - Nine days before federal funding runs out, House Republican leaders on Wednesday unveiled a stopgap bill that would keep the government open through Sept. 30.",
        True,
        [("date", "--05-13", None, None), ("duration", 9, "day", None), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "en",
        "The 46-page bill keeps most agencies at current spending levels but adds $2.8 billion for border enforcement and $600 million for wildfire response.",
        True,
        [("count", 46, None, None), ("money", 2800000000, "USD", None), ("money", 600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Without a deal by 12:01 a.m. on May 23, about 800,000 federal workers would be furloughed, the Bipartisan Policy Center estimates.",
        True,
        [("date", "--05-23", None, None), ("count", 800000, None, "about")],
        None,
    ),
    (
        "en",
        "A shutdown would be the third since 2018 and the second in less than six months.",
        True,
        [
            ("ordinal", 3, None, None),
            ("year", 2018, None, None),
            ("ordinal", 2, None, None),
            ("duration", 6, "month", "under"),
        ],
        None,
    ),
    (
        "en",
        'Ballantyne said Democrats would "not hand a blank check to a White House that ignores the laws Congress passes."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democrats want the bill to bar the administration from withholding any of the $9.4 billion Congress approved for public health grants.",
        True,
        [("money", 9400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It was unclear whether House conservatives would back a measure that keeps spending flat.",
        False,
        [],
        None,
    ),
    # --- House censures a Florida Republican (AP), Thursday, May 14 ---
    (
        "en",
        "WASHINGTON (AP) — The House voted 214-206 on Thursday to censure Rep. Clifton Marr, R-Fla., over social media posts that Democrats said threatened a federal judge.",
        True,
        [("count", 214, None, None), ("count", 206, None, None)],
        None,
    ),
    (
        "en",
        "Five Republicans voted with Democrats, and 11 members voted present.",
        True,
        [("count", 5, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Marr, 47, is the sixth lawmaker to be censured since 2021 and the first Republican this year.",
        True,
        [
            ("duration", 47, "year", None),
            ("ordinal", 6, None, None),
            ("year", 2021, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        '"I will not apologize for telling the truth about a rogue judge," Marr said on the House floor.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Censure carries no fine or suspension, but Marr must stand in the well of the chamber while the resolution is read aloud.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Marr's office said he had raised more than $400,000 from small donors in the 48 hours after the resolution was introduced.",
        True,
        [("money", 400000, "USD", "over"), ("duration", 48, "hour", None)],
        "Marr's office",
    ),
    (
        "en",
        "Democrats said the vote sent a message that threats against judges would not be tolerated.",
        False,
        [],
        None,
    ),
    # --- Rüge für Abgeordneten (dpa), Freitag, 15. Mai ---
    (
        "de",
        "Washington (dpa) - Das US-Repräsentantenhaus hat den republikanischen Abgeordneten Clifton Marr wegen Drohungen gegen einen Bundesrichter offiziell gerügt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die Rüge stimmten 214 Abgeordnete, 206 dagegen, elf enthielten sich.",
        True,
        [("count", 214, None, None), ("count", 206, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Der 47-Jährige ist seit 2021 der sechste Parlamentarier, gegen den die Kammer eine solche Rüge ausspricht.",
        True,
        [("duration", 47, "year", None), ("year", 2021, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Marr nannte das Verfahren eine „politische Inszenierung“.",
        False,
        [],
        None,
    ),
    # --- Reuters/Ipsos poll (Reuters), Friday, May 15 ---
    (
        "en",
        "WASHINGTON, May 15 (Reuters) - The president's approval rating edged down to 40% this week, its lowest level since he returned to office, a Reuters/Ipsos poll completed on Thursday found.",
        True,
        [("date", "--05-15", None, None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "That compares with 42% in the previous Reuters/Ipsos poll, conducted April 24-26.",
        True,
        [("percent", 42, "%", None), ("date", "--04-24", None, None), ("date", "--04-26", None, None)],
        None,
    ),
    (
        "en",
        "Some 58% of respondents said they disapproved of his performance, including 63% of independents.",
        True,
        [("percent", 58, "%", "about"), ("percent", 63, "%", None)],
        None,
    ),
    (
        "en",
        "Asked about the debt limit fight, 41% said they would blame congressional Republicans if the government missed a payment, 32% would blame the president and 19% would blame Democrats.",
        True,
        [("percent", 41, "%", None), ("percent", 32, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        "His approval on the economy stood at 34%, down 4 percentage points since March.",
        True,
        [("percent", 34, "%", None), ("percent", 4, "pp", None)],
        None,
    ),
    (
        "en",
        "The poll gathered responses online from 4,412 U.S. adults nationwide and has a credibility interval, a measure of precision, of about 2 percentage points.",
        True,
        [("count", 4412, None, None), ("percent", 2, "pp", "about")],
        None,
    ),
    (
        "en",
        '"Americans are exhausted by brinkmanship, and they tend to punish whoever holds the most power," said Ipsos pollster Caitlin Morrow-Shea.',
        False,
        [],
        None,
    ),
    # --- Debt limit deal (Reuters), Monday, May 18 ---
    (
        "en",
        "WASHINGTON, May 18 (Reuters) - White House and congressional negotiators reached a deal on Monday to suspend the U.S. debt limit until Jan. 1, 2028, less than four weeks before the Treasury expected to run out of cash.",
        True,
        [("date", "--05-18", None, None), ("date", "2028-01-01", None, None), ("duration", 4, "week", "under")],
        None,
    ),
    (
        "en",
        "The agreement caps discretionary spending at $1.62 trillion for fiscal 2027 and limits increases to 1% in each of the following two years.",
        True,
        [
            ("money", 1620000000000, "USD", None),
            ("year", 2027, None, None),
            ("percent", 1, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "It also claws back about $28 billion in unspent pandemic-era funds, according to a summary circulated by House Republican leaders.",
        True,
        [("money", 28000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Keel said the House would vote on the package on Wednesday.",
        True,
        [],
        "Keel",
    ),
    (
        "en",
        "\"Nobody got everything they wanted, which is usually how you know it's a real deal,\" Keel said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ballantyne said Democrats had secured the release of the $9.4 billion in public health grants the administration had frozen.",
        True,
        [("money", 9400000000, "USD", None)],
        "Ballantyne",
    ),
    (
        "en",
        'Rep. Ansel Prewitt, R-Texas, said the deal "betrays every promise we made to voters."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Congressional Budget Office has said a suspension through the end of 2027 would allow about $5.1 trillion in additional borrowing.",
        True,
        [("year", 2027, None, None), ("money", 5100000000000, "USD", "about")],
        None,
    ),
    # --- Einigung im Schuldenstreit (dpa), Dienstag, 19. Mai ---
    (
        "de",
        "Washington (dpa) - Im Streit um die Schuldenobergrenze haben sich das Weiße Haus und die Spitzen des Kongresses gut drei Wochen vor dem drohenden Zahlungsausfall auf einen Kompromiss geeinigt.",
        True,
        [("duration", 3, "week", "over")],
        None,
    ),
    (
        "de",
        "Die Obergrenze soll bis zum 1. Januar 2028 ausgesetzt werden.",
        True,
        [("date", "2028-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Die nicht zweckgebundenen Ausgaben werden für das Haushaltsjahr 2027 auf 1,62 Billionen Dollar begrenzt.",
        True,
        [("year", 2027, None, None), ("money", 1620000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Mehrheitsführer Dwight Mulvane sagte, der Senat werde noch vor Ende der Woche abstimmen.",
        True,
        [],
        "Dwight Mulvane",
    ),
    (
        "de",
        "Vom rechten Flügel der Republikaner kam scharfe Kritik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Schätzungen des Haushaltsbüros des Kongresses erlaubt die Aussetzung zusätzliche Schulden von rund 5,1 Billionen Dollar.",
        True,
        [("money", 5100000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Mit dem Präsidenten waren einer Reuters/Ipsos-Umfrage der Vorwoche zufolge nur noch 40 Prozent der Amerikaner zufrieden, zwei Prozentpunkte weniger als Ende April.",
        True,
        [("percent", 40, "%", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Bei einem Zahlungsausfall würden 41 Prozent der Befragten den Republikanern im Kongress die Schuld geben, 32 Prozent dem Präsidenten.",
        True,
        [("percent", 41, "%", None), ("percent", 32, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden online 4.412 Erwachsene.",
        True,
        [("count", 4412, None, None)],
        None,
    ),
    (
        "de",
        "Meinungsforscher halten die Werte für ein Warnsignal an das Weiße Haus.",
        False,
        [],
        None,
    ),
    # --- House passes the package (AP), Wednesday, May 20 ---
    (
        "en",
        "WASHINGTON (AP) — The House on Wednesday passed a package that suspends the debt limit and funds the government through Sept. 30, leaving the Senate two days to act before a shutdown deadline.",
        True,
        [("date", "--09-30", None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "The vote was 268-160, with 139 Republicans and 129 Democrats in favor.",
        True,
        [
            ("count", 268, None, None),
            ("count", 160, None, None),
            ("count", 139, None, None),
            ("count", 129, None, None),
        ],
        None,
    ),
    (
        "en",
        "Seventy-six Republicans and 84 Democrats voted against it.",
        True,
        [("count", 76, None, None), ("count", 84, None, None)],
        None,
    ),
    (
        "en",
        '"This is the least bad option on the table," Acheson-Pike told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Keel needed Democratic votes after the House Rules Committee, where conservatives hold three of the nine Republican seats, refused to advance the bill.",
        True,
        [("count", 3, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The House Freedom Caucus, which has about 35 members, had urged Republicans to oppose the deal.",
        True,
        [("count", 35, None, "about")],
        None,
    ),
    (
        "en",
        "Some Republicans privately fear a primary challenge over their vote.",
        False,
        [],
        None,
    ),
    # --- Party committees' April money (Reuters), Wednesday, May 20 ---
    (
        "en",
        "WASHINGTON, May 20 (Reuters) - The Democratic National Committee raised $18.7 million in April, outraising the Republican National Committee for a third straight month, according to reports filed with the Federal Election Commission on Wednesday.",
        True,
        [("date", "--05-20", None, None), ("money", 18700000, "USD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The RNC brought in $15.2 million but ended the month with $61 million in cash, more than twice the DNC's $27.5 million.",
        True,
        [
            ("money", 15200000, "USD", None),
            ("money", 61000000, "USD", None),
            ("count", 2, None, "over"),
            ("money", 27500000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The DNC also reported $9 million in debt.",
        True,
        [("money", 9000000, "USD", None)],
        None,
    ),
    (
        "en",
        "DNC chair Renata Olszewski said the committee had added 212,000 new small-dollar donors since January.",
        True,
        [("count", 212000, None, None)],
        "Renata Olszewski",
    ),
    (
        "en",
        '"Our donors are energized, and they are not going anywhere," Olszewski said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "An RNC spokesman said the committee had paid off all of its debt from the last election cycle in February.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Party officials said they expected fundraising to accelerate after the summer primaries.",
        False,
        [],
        None,
    ),
    # --- Spenden der Parteien (AFP), Donnerstag, 21. Mai ---
    (
        "de",
        "Washington (AFP) - Die Demokratische Partei hat im April mit 18,7 Millionen Dollar zum dritten Mal in Folge mehr Spenden eingesammelt als die Republikaner.",
        True,
        [("money", 18700000, "USD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Republikanische Partei nahm 15,2 Millionen Dollar ein, verfügt aber über mehr als doppelt so viel Geld in der Kasse.",
        True,
        [("money", 15200000, "USD", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Wahlkommission FEC hatten die Republikaner Ende April 61 Millionen Dollar auf dem Konto, die Demokraten 27,5 Millionen Dollar.",
        True,
        [("money", 61000000, "USD", None), ("money", 27500000, "USD", None)],
        "die Wahlkommission FEC",
    ),
    (
        "de",
        "Die Demokraten meldeten zudem Schulden von neun Millionen Dollar.",
        True,
        [("money", 9000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Parteichefin Renata Olszewski sagte, seit Januar seien 212.000 neue Kleinspender hinzugekommen.",
        True,
        [("count", 212000, None, None)],
        "Renata Olszewski",
    ),
    (
        "de",
        "Olszewski sprach von einer „Welle der Begeisterung“ an der Basis.",
        False,
        [],
        None,
    ),
    # --- Senate passes the package (Reuters), Thursday, May 21 ---
    (
        "en",
        "WASHINGTON, May 21 (Reuters) - Senators on Thursday approved a package suspending the debt limit and funding the government through September, averting a shutdown with about 28 hours to spare.",
        True,
        [("date", "--05-21", None, None), ("duration", 28, "hour", "about")],
        None,
    ),
    (
        "en",
        "The vote was 68-31, with 23 Democrats joining 45 Republicans in support.",
        True,
        [("count", 68, None, None), ("count", 31, None, None), ("count", 23, None, None), ("count", 45, None, None)],
        None,
    ),
    (
        "en",
        "The president signed the measure into law about three hours later, the White House said.",
        True,
        [("duration", 3, "hour", "about")],
        "the White House",
    ),
    (
        "en",
        "Senators rejected four amendments from conservative Republicans, including a proposal to cut foreign aid by 25%.",
        True,
        [("count", 4, None, None), ("percent", 25, "%", None)],
        None,
    ),
    (
        "en",
        '"Default was never an option, and today the Senate proved it," Mulvane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sen. Tobias Kettering, R-Kan., said the spending caps would save only $310 billion over 10 years, citing Congressional Budget Office figures.",
        True,
        [("money", 310000000000, "USD", None), ("duration", 10, "year", None)],
        "Tobias Kettering",
    ),
    (
        "en",
        "Several senators from both parties said they hoped the episode would lead to a permanent fix for the debt limit.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Treasury said it would resume normal borrowing on Friday and rebuild its cash balance to about $850 billion by the end of June.",
        True,
        [("money", 850000000000, "USD", "about")],
        "the Treasury",
    ),
    # --- Shutdown abgewendet (dpa), Freitag, 22. Mai ---
    (
        "de",
        "Washington (dpa) - Rund 28 Stunden vor Fristablauf hat der US-Senat einen Shutdown abgewendet und die Schuldenobergrenze ausgesetzt.",
        True,
        [("duration", 28, "hour", "about")],
        None,
    ),
    (
        "de",
        "Die Kammer stimmte mit 68 zu 31 Stimmen für das Paket, das die Regierung bis zum 30. September finanziert.",
        True,
        [("count", 68, None, None), ("count", 31, None, None), ("date", "--09-30", None, None)],
        None,
    ),
    (
        "de",
        "23 Demokraten stimmten gemeinsam mit den meisten Republikanern dafür.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident unterzeichnete das Gesetz noch in der Nacht, wie das Weiße Haus mitteilte.",
        True,
        [],
        "das Weiße Haus",
    ),
    (
        "de",
        "Ohne Einigung hätten rund 800.000 Bundesbedienstete in den Zwangsurlaub geschickt werden müssen.",
        True,
        [("count", 800000, None, "about")],
        None,
    ),
    (
        "de",
        "Es wäre der dritte Shutdown seit 2018 gewesen.",
        True,
        [("ordinal", 3, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "Auch an den Finanzmärkten war die Erleichterung groß.",
        False,
        [],
        None,
    ),
    # --- Appeals court keeps the order blocked (AP), Tuesday, May 26 ---
    (
        "en",
        "BOSTON (AP) — A federal appeals court on Tuesday refused to lift a judge's order blocking the president's plan to eliminate federal advisory committees.",
        True,
        [],
        None,
    ),
    (
        "en",
        "In a 2-1 decision, a three-judge panel of the Boston-based 1st U.S. Circuit said the administration was unlikely to win on the merits.",
        True,
        [("count", 2, None, None), ("count", 1, None, None), ("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Judge Lucas Ferreira-Haynes, who dissented, wrote that the 1972 law did not apply to panels created by presidential order.",
        True,
        [("year", 1972, None, None)],
        None,
    ),
    (
        "en",
        "The administration has 14 days to ask the full court to rehear the case, or it can go directly to the Supreme Court.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    (
        "en",
        'White House press secretary Kelsey Arbogast called the decision "a detour, not a dead end."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Since the injunction took effect, agencies have restarted 187 committee meetings that had been canceled, the Justice Department said in a court filing.",
        True,
        [("count", 187, None, None)],
        "the Justice Department",
    ),
    # --- Berufungsgericht bestätigt Blockade (APA/dpa), Mittwoch, 27. Mai ---
    (
        "de",
        "Boston (APA/dpa) - Ein US-Berufungsgericht hat die Blockade des Dekrets zur Auflösung staatlicher Beratungsgremien bestätigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das dreiköpfige Richtergremium entschied mit zwei zu eins Stimmen.",
        True,
        [("count", 3, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Eine Bundesrichterin hatte den Erlass Ende April in einem 41 Seiten langen Beschluss vorläufig gestoppt und sich dabei auf ein Gesetz von 1972 berufen.",
        True,
        [("count", 41, None, None), ("year", 1972, None, None)],
        None,
    ),
    (
        "de",
        "Das Weiße Haus hatte von „richterlichem Aktivismus“ gesprochen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung habe nun 14 Tage Zeit, eine erneute Verhandlung vor dem gesamten Gericht zu beantragen, teilte das Gericht mit.",
        True,
        [("duration", 14, "day", None)],
        "das Gericht",
    ),
    (
        "de",
        "Seit der Entscheidung hätten die Behörden 187 abgesagte Sitzungen nachgeholt, teilte das Justizministerium mit.",
        True,
        [("count", 187, None, None)],
        "das Justizministerium",
    ),
    (
        "de",
        "Eine Sprecherin des Weißen Hauses sprach von einem „Umweg, keiner Sackgasse“.",
        False,
        [],
        None,
    ),
    # --- Marist poll on the deal (AP), Friday, May 29 ---
    (
        "en",
        "NEW YORK (AP) — A majority of Americans approve of the deal that ended the debt limit standoff, but the president has gained little from it, a Marist poll released on Friday found.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Fifty-four percent of adults approve of the agreement, while 35% disapprove.",
        True,
        [("percent", 54, "%", None), ("percent", 35, "%", None)],
        None,
    ),
    (
        "en",
        "Asked who deserved the most credit, 29% named congressional Democrats, 24% named the president and 18% named congressional Republicans.",
        True,
        [("percent", 29, "%", None), ("percent", 24, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "In the same poll, 41% approve of the president's job performance, up 2 points from April.",
        True,
        [("percent", 41, "%", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "en",
        "Democrats hold a 5-point advantage over Republicans among registered voters on which party should control Congress, down from 7 points in April.",
        True,
        [("percent", 5, "pp", None), ("percent", 7, "pp", None)],
        None,
    ),
    (
        "en",
        "Marist interviewed 1,206 adults May 26-28; the poll's error margin is plus or minus 3.6 percentage points.",
        True,
        [
            ("count", 1206, None, None),
            ("date", "--05-26", None, None),
            ("date", "--05-28", None, None),
            ("percent", 3.6, "pp", None),
        ],
        None,
    ),
    (
        "en",
        'Tobin Ashworth-Reyes, who directs the poll, said voters were "relieved more than impressed."',
        False,
        [],
        None,
    ),
]
