"""Two-hundred-and-thirty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, places, bills and figures are
made up (Stuart Renshaw, Joanna Pettifer, Yvonne Hartigan, Sadie Marwood, Rupert Coggan,
Graham Fairlie, Bethany Crowe, Gwen Aldous, Gareth Linley, Oliver Penhaligon, Simon Bulmer,
Marcus Hebden, Colin Maybury, Philippa Gorringe, Baroness Okonedo, Harriet Lingard, Anna
Corrigan, Lucy Arkwright, Terence Gadsby, Ruth Tennant, Owain Pritchard, Imogen Catterall,
Neil Ashbury, Morag Dalziel, Craig Lumsden, Declan Rooney, Tomas Wyeth, Eleanor Stiles,
Lorraine Quigley, Bethan Cuthbert, Adam Rushworth, Damian Forsyth, Keith Oldroyd, Hannah
Lockyer, Dean Mottram, Robert Sayce, Priya Kothari; Castlemere County Council, Holbrook and
Holbrook Borough Council, the Marrowby and Kestle Vale constituency, Kestle Community
Hospital, Midland Valley Trains, the Local Buses Bill, the Welfare Reform Bill of this
batch); ministers, shadow ministers and office holders of real governments and parliaments
appear under made-up names that stand for no real holder, or by their role only ("the Prime
Minister", "the Leader of the Opposition", "the Conservative leader", "the Justice
Secretary", "the Speaker", "the Liberal Democrat leader", "der Premierminister", "der
Premier", "die Oppositionsführerin", "der Kanzler"). Real bodies, parties, places and
procedures (House of Commons, Commons, House of Lords, Lords, Prime Minister's Questions,
Ten Minute Rule, Standards Committee, Health and Social Care Committee, Recall of MPs Act,
Downing Street, No 10, Cabinet, Home Office, Treasury, Department for Education, Department
for Transport, Department for Work and Pensions, Department of Health and Social Care,
Northern Ireland's Department of Health and Assembly, Senedd, Welsh Government, Holyrood,
Scottish Parliament, Scottish Government, NHS, NHS England, Public Health Scotland, A&E,
Office for Budget Responsibility, National Audit Office, Independent Parliamentary
Standards Authority, Electoral Commission, Ofsted, Local Government Association, LGA,
Association of Directors of Adult Social Services, National Education Union, NEU, British
Medical Association, BMA, Unite, Police Federation, Howard League for Penal Reform, Home
Builders Federation, King's Fund, Child Poverty Action Group, Resolution Foundation,
Community Pharmacy England, Universities UK, YouGov, The Times, BBC Radio 4's Today
programme, Labour, Conservatives, Tories, Liberal Democrats, Reform UK, Greens, Scottish
National Party, Scottish Conservatives, Plaid Cymru, section 114 notices, Band D, universal
credit; Unterhaus, Oberhaus, Justizministerium, Statistisches Bundesamt, and the
datelines' cities) stand for the way wire copy names them; every vote, tally, majority,
share, swing, waiting time, sum, fee, pay rise, count, quote and label here is invented, no
such vote, poll or report took place with these results, and where a real figure came to
mind (a real waiting list, a real fare cap, a real prescription charge, a real police
pledge, a real housing target, a real salary) it was changed. Rules are kept as they stand
(the council tax referendum limits of 4.99 and 2.99 per cent or £5, the £500 deposit and
its 5 per cent threshold, the recall rules, the state pension age rising from 66 to 67 in
2026 to 2028, Holyrood's 129 seats, the 18-week, four-hour, 62-day and 18-minute standards).

Its weight: BRITISH POLITICS AND PUBLIC SERVICES in PA-style copy (the hundred-third and
two-hundred-fifth batches weighed elections with British by-elections, the
hundred-eighty-eighth a parliamentary day with the Commons, the two-hundred-thirty-second
budget debates with the Commons, the hundred-twenty-third the NHS, the two-hundred-
eighteenth local news, the hundred-twentieth a British election debate; their decisions
are kept) - one wire week, Monday to Friday, February 2 to 6, of one year, as 46 short
stories in story order, about three quarters English and a quarter German. English (PA
with "LONDON (PA)", "EDINBURGH (PA)", "CARDIFF (PA)", "BELFAST (PA)", and Reuters):
council tax rises and a council in trouble, prison places, No 10's lobby briefing, a
minister's resignation over the state pension age, a rail operator taken into public
ownership, a poll, a bus bill's second reading with a rebellion and a three-line whip,
falling pupil numbers, a Lords defeat on dentistry, a bin strike, care home fees, free
school meals, Prime Minister's Questions on teacher numbers, a Ten Minute Rule bill,
housebuilding, special needs deficits, a recall petition, the Welsh budget, MPs' pay, the
monthly NHS waiting list figures, Scottish and Northern Irish waits, an independence poll,
a resident doctors' strike, a Commons committee on GP access, the prescription charge, a
welfare bill's third reading, small boat crossings, party donations, a by-election with
council by-elections, a public sector pay award, police numbers and tuition fees - in
"per cent" and "%", pounds and pence ("31p", "71p", "£9.65"), "Mr"/"Ms" with surnames,
"told MPs", "told MSPs", "told the Commons", "a spokesman for No 10", "Downing Street
said". German (dpa on Britain, one dpa story from Berlin): the council tax, prisons, the
resignation, the poll, votes at 16, Prime Minister's Questions, the waiting lists,
Scotland, the doctors' strike, the welfare vote, a youth exchange, the by-election and
the crossings, with "Unterhaus", "Oberhaus", "Nachwahl", "Wahlleiter", "Pfund", „“ quotes
and German number words and compounds ("den fünften Monat in Folge", "rund ein Fünftel",
"Knapp zwei Fünftel", "fünftägigen", "seit anderthalb Jahren", "auf Platz vier", "16- und
17-Jährige", "18- bis 30-Jährige"). Facts and rhetoric side by side: about a quarter of
the rows are negatives - ministers' and MPs' rhetoric and resolve, labels, accusations
naming no fact, a reported question, chamber colour, evasions, open questions, fears,
beliefs, forecasts without a figure, a vow, advice and a no-comment line - each beside a
check-worthy look-alike from the same story or speaker.

236 rows (60 German, 176 English), 59 negatives (15 German, 44 English), 177 check-worthy
rows of which 13 carry no figure (6 German, 7 English), 330 expected quantities (113
counts, 56 percentages - 51 in "%", 5 in percentage points "pp" -, 46 durations - 19 in
years, 7 in months, 7 in days, 6 in weeks, 4 in minutes, 2 in hours, 1 in seconds -, 35
amounts of money - 34 GBP, 1 EUR -, 35 years, 22 ordinals, 13 dates, 10 fractions; 4 of
them in four negatives, as the seventeenth batch labels a figure in a negative), 39
checked speakers (8 German, 31 English). These counts were computed by a script over the
list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, belief, fear or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-eighty-eighth, two-hundred-fourth, two-hundred-thirty-second); a quoted or
  reported fact, figure, step, plan or position is check-worthy with its speaker. Pairs from
  one speaker: Renshaw's £4.1 billion beside his "teaspoon"; Pettifer's 6.2 per cent and 14%
  beside "fixing the foundations"; Marwood's first 1,200 places beside "building our way
  out"; Downing Street's 1,140 prisoners and Crowe's appointment beside its "full
  confidence"; Linley's 1,100 and 214 routes beside his bus stop; Penhaligon's 27 per cent
  beside "a reorganisation dressed up as a revolution"; Hebden's 3,000 nurseries and 30 per
  cent beside "once-in-a-generation"; Arkwright's two years beside "The system is broken";
  Catterall's 3.6 million and 28.9 per cent beside "the direction of travel", „Trendwende“
  and „unnötig und unverantwortlich“; Ashbury's 300,000 beside his accusation; Dalziel's
  64,000 beside "working miracles"; Lumsden's 870,000 beside "a decade of missed targets";
  Lockyer's 73 days beside her victory line and her promise; the Prime Minister's 6,500
  beside his evasion on child poverty. A label paired with a checkable figure stays
  check-worthy (hundred-fifty-first, hundred-eighty-eighth): Catterall's "turning the
  corner" with 3.6 million and her "simply not affordable" with 28.9 per cent, Community
  Pharmacy England's warning with its 412 closures.
- Parliamentary acts of record are check-worthy with or without a figure
  (hundred-eighty-eighth, two-hundred-thirty-second): second and third readings with their
  tallies, a rebellion and a defeated amendment, a Lords defeat, a bill returning to the
  Commons or going to the Lords, a motion rejected at Holyrood, the Welsh budget passed, a
  Ten Minute Rule bill introduced and its second reading scheduled, a suspension and the
  recall petition it triggers, the lead on Prime Minister's Questions
  (hundred-seventy-fifth: "clashed over NHS dentistry"; here "Teacher numbers dominated
  ..."), "It was the largest rebellion against the government since the general election."
  (a claim of a measurable record, twenty-ninth, two-hundred-fifth). The chair calling for
  quiet is chamber colour and a negative with its count ("forced the Speaker to intervene
  three times" 3; hundred-eighty-eighth: "intervened four times" 4), and so is the mood on
  the back benches; a reported question is a negative with the figure of its premise
  labelled (Lingard's "two-child benefit limit" 2; hundred-seventy-fifth,
  hundred-eighty-eighth); the Prime Minister's "in due course" is an evasion and a negative.
- No 10 (eighty-fourth, hundred-fortieth, hundred-seventy-sixth): the lobby's statements of
  fact and plan are check-worthy ("..., the Prime Minister's official spokesman said.",
  "Downing Street said 1,140 prisoners ...", "Downing Street said Bethany Crowe ... had been
  appointed ...", "A spokesman for No 10 later said the Prime Minister's figure referred to
  secondary school teachers only." - "No 10" carries no count, hundred-seventy-sixth). New:
  a statement of confidence in a minister ("Downing Street said the Prime Minister retained
  "full confidence" in the Justice Secretary.") is a negative - confidence names no
  checkable fact, as a speaker's confidence (two-hundred-fourth: Pembury's confidence) and
  resolve are negatives, while the appointment beside it is a step and check-worthy; the
  spokesman's "would not "get ahead of"" and the Home Office's "would not "provide a running
  commentary"" are evasions (two-hundred-fourth).
- Other negatives (ninety-eighth, hundred-eighty-eighth, two-hundred-fourth,
  two-hundred-fifth, two-hundred-twenty-fifth): labels ("called", "dismissed ... as",
  "described ... as", "sprach von", "nannte"; Opposition councillors, the Howard League,
  Penhaligon, Plaid Cymru, Forsyth, Lumsden, the Conservative spokesperson, the council's
  cabinet member), accusations naming no fact ("accused ministers of ...", „wirft der
  Regierung vor, die Zahlen schönzurechnen“, „warf ihm vor, mit Zahlen zu jonglieren“,
  „warfen der Regierung vor, auf dem Rücken der Schwächsten zu sparen“;
  hundred-sixty-third), a warning that names no measure („warnte vor einem „Kollaps ...““;
  two-hundred-fourth), forecasts without a figure ("all but out of reach", "would do little
  to stop ..."), a fear ("Parents' groups fear ..."), an expert's belief with its figure
  labelled (Aldous's "probably peaked" at around 30 per cent, 30 % "about";
  hundred-ninety-sixth: "said she thought") and critics' view with theirs („Kritiker halten
  6.400 neue Plätze für viel zu wenig.“ count 6400; two-hundred-fourth: „hält ... für“),
  open questions ("Whether ... remains unclear", „Ob ..., ist offen.“, „blieb zunächst
  offen“), a brush-off ("Ministers played down the defeat."; hundred-eighty-eighth:
  "Government whips played down ..."), a vow ("Lockyer promised to fight ..."), a resigning
  minister's line of support, advice to patients ("Patients were urged ...";
  two-hundred-twenty-fifth) and a no-comment line („In der Downing Street wollte man die
  Zahlen nicht kommentieren.“; two-hundred-fifth). Check-worthy without a figure besides: a
  stated position ("Gadsby has said he will not resign his seat voluntarily.";
  two-hundred-fifth: a candidacy forgone), a statement of record ("The watchdog said the
  rise was in line with ..."), the German attribution row „Das teilte ein Regierungssprecher
  ... mit.“ (two-hundred-twentieth), a clarification by No 10's spokesman in German,
  „Tausende Häftlinge vorzeitig entlassen“ ("Tausende" none, seventeenth) and „Das Oberhaus
  muss dem Gesetz noch zustimmen.“.
- By-elections and polls (hundred-third, hundred-thirty-fourth, two-hundred-fifth):
  majorities are counts ("a Conservative majority of 9,417", "a majority of 3,265"; and PA's
  "majority 71" after a tally, hundred-eighty-eighth New), "came third" 3 and "auf Platz
  vier" 4, "the 12th by-election" 12 and "the fourth seat" 4, "lost its deposit" and „verlor
  ihre Kaution“ none; turnout and shares in "%", the swing "16.9 percentage points" in "pp"
  (hundred-third: "17.2 percentage points"), moves and leads in points in "pp" ("to five
  points", "by 19 points", „fünf Prozentpunkte“; two-hundred-fifth), the net rating "minus
  41 points" -41 "pp" (hundred-thirty-fourth, two-hundred-fifth: "minus 27 points"), the
  unit written once serving the earlier figure („Labour auf 22 und die Konservativen auf 18
  Prozent“; two-hundred-fifth), "on Feb. 1-2" two dates (two-hundred-fifth: "on Sept.
  24-25"), "58 of the parliament's 129 seats, short of the 65 needed" three counts, "three
  of the seven seats ..., taking two" three counts. "below the 5 per cent needed" keeps no
  hedge - "below" stands before the article, as "unter der Fünf-Prozent-Hürde"
  (two-hundred-fifth) and "well above the 92 per cent level" (hundred-eleventh); so does
  „länger als die angestrebten 18 Wochen“ (18 weeks), while "longer than 18 weeks" right
  before the figure is "over" (hundred-twenty-third).
- Identifiers and procedure names: "a section 114 notice" carries none (sixty-fifth,
  two-hundred-thirty-second New: "Einzelplan 14"), "Band D" none (fifty-third,
  hundred-fifth), "A&E" none, "Category 2 calls" count 2 (forty-ninth, hundred-twenty-third:
  "Category 2 patients"), "a Ten Minute Rule bill" 10 minutes (hundred-eighty-eighth New).
  New: "a three-line whip" is count 3 - a figure written in the name of a procedure is read
  as written (hundred-eighty-eighth: "a Ten Minute Rule bill"; ninety-fifth:
  "Dreierkoalition" 3), and the number heads the compound as "a 1,500-place prison"
  (hundred-eighty-eighth).
- New: "judged at least good" keeps no hedge and adds no quantity - "at least" bounds the
  grade word, not the row's 91 per cent, as "unter" before an article bounds nothing
  (two-hundred-fifth); "at least 10 sitting days" right before the figure is "at_least".
- New: "71p of every pound the council raised" is money 0.71 GBP, not a fraction - pence are
  GBP hundredths whatever they price (hundred-fifteenth, hundred-twenty-sixth), and "every
  pound" writes no figure; likewise "about 31p a day" 0.31 GBP "about" ("a day" none) and
  "£9.65 per item" ("per item" none, as "per child", hundred-eighty-eighth).
- Counts otherwise (every batch): tallies one count per figure ("voting 341 to 187", "by 298
  votes to 221", "by 243 to 198", "by 312 votes to 241, majority 71", "by 31 votes to 28",
  "by 66 votes to 53", „mit 364 zu 172 Stimmen“, „mit 312 zu 241 Stimmen“, „mit 66 zu 53
  Stimmen“), groups of members ("Seventeen Labour MPs", "38 Labour MPs", „38
  Labour-Abgeordnete“), "41 of its 70 seats", sitting days ("for 14 sitting days" 14;
  hundred-eighty-eighth), "11 times" (hundred-eighty-eighth: "27 times"), the issue's
  compounds ("a 14-point plan" 14, "The 84-clause bill" 84), "the two-child limit" and "the
  two-child benefit limit" 2 (hundred-eightieth), scaled figures ("7.21 million", "7.26
  million", „7,21 Millionen“, "4.2 million", "4.4 million in all" - "in all" no hedge as "in
  total", hundred-twenty-third -, "about 1.7 million", „rund 1,6 Millionen“), "6,500 more
  teachers" and „6.500 Lehrerinnen und Lehrer mehr“, "612 fewer", "1,260 down on the
  previous year" (the comparison after the figure, hundred-first), "About 470,000 more
  pupils" "about", "about 305,000 a year" ("a year" none). None: "Tausende", "the Liberal
  Democrats' only member", "einen Sitz", "ihre Kaution", "No 10", "section 114", "Band D",
  "every pound".
- Fractions (the issue: "jeder vierte", "ein Fünftel"): "Almost nine in 10" 0.9 "nearly"
  (hundred-thirtieth: "almost nine in 10"), „Fast neun von zehn“ 0.9 "nearly"
  (hundred-twenty-fourth: „rund neun von zehn Zügen“), "one in eight" 0.125
  (two-hundred-twentieth: "1 in 8"), "One in four" 0.25, "about one in three" 0.3333
  "about", "More than half" 0.5 "over" (two-hundred-twentieth), "about a fifth" and „rund
  ein Fünftel“ 0.2 "about", "Knapp zwei Fünftel" 0.4 "nearly" (two-hundred-twentieth:
  "roughly two-fifths"), „Nur knapp jeder Fünfte“ 0.2 "nearly" ("Nur" no hedge).
- Percentages as written (every batch): "per cent" is "%" (forty-first, hundred-eleventh),
  "more than 99% full" and „zu mehr als 99 Prozent“ "over", "Around 89 per cent" "about",
  "fast 30 Prozent weniger" "nearly" (the comparison after the figure), "rises totalling
  28.9 per cent" ("totalling" no hedge), "9 per cent fewer", "by up to 4.99 per cent a year"
  "up_to", "limited to 2.99 per cent" no hedge (hundred-fifteenth: "capped at"). Percentage
  points are "pp" as the great majority of the batches write them from the first
  (blind_set.py; two-hundred-thirty-sixth), where the brief names only "%" - the majority is
  followed.
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): "walk out ... for
  five days", "für fünf Tage", "the last five-day walkout" and „Beim letzten fünftägigen
  Streik“ 5 days ("last" no ordinal), "for 10 days", "the five-week campaign" 5 weeks,
  "within six weeks", "within six months", "within five minutes of schedule", "inside four
  hours" (hundred-twenty-third) and "within 62 days" ("within", "inside" no hedge), "more
  than 12 hours" and "longer than 18 weeks" "over", "the 18-week standard" 18 weeks, "35
  minutes and 12 seconds" two durations (forty-ninth, hundred-twenty-third), "a target of 18
  minutes", "over four years", "over three years" and "over the next two years" ("over"
  before a span or the article no hedge, hundred-fiftieth), "for a further two years" ("a
  further" no hedge, hundred-fifty-sixth), "over the past two years", "for the first time in
  18 months" ordinal 1 and 18 months (hundred-sixty-third: "the second time in 12 months"),
  "the second increase in two years" ordinal 2 and 2 years, "19 months ago" and „vor 19
  Monaten“ (ninety-fifth: "two years ago"; two-hundred-fifth: „vor sechs Jahren“), "three
  months earlier" (two-hundred-twenty-fifth: "five years earlier"), "in the last six months
  of the year" 6 months, "the final three months" 3 months with no ordinal
  (hundred-sixty-third: "final" none), "seit anderthalb Jahren" 1.5 years (fiftieth,
  hundred-twenty-second: "anderthalb Jahre"; "erstmals" none, forty-first), "on 73 days" 73
  days (hundred-twenty-third: „an insgesamt neun Tagen“ 9 days), „bis zu zwei Jahre“
  "up_to". Ages are durations in years (every batch): the state pension age "to 68" 68
  (hundred-eightieth: "should rise to 68") and "from 66 to 67" both, „auf 68 Jahre“, „ab 16
  Jahren“ 16 "at_least" (two-hundred-twenty-fifth: „ab 75 Jahren“), „16- und 17-Jährige“ and
  „18- bis 30-Jährige“ both ages (two-hundred-twenty-fifth: "Fünf- bis 14-Jährigen"),
  „16-Jährige“. None: "for more than a year", "over a year", "more than a year", „mehr als
  ein Jahr“ (an article, seventy-sixth), "a year ago", "a year earlier", "last year", "the
  past year", "this year", "this parliament", "this session", "this academic year", "in the
  year to March", "in the year to December", "a day", "a week", "a month", "a year", "pro
  Jahr", "im Jahr", "jährlich", "seit Jahren", "years of neglect", "a decade", „Jahrzehnt“,
  "in the middle of a parliament", "7am", weekdays and months.
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): "for the fifth month
  running" 5 (hundred-seventy-fifth: "for the sixth month in a row") and „den fünften Monat
  in Folge“ 5, "the first 1,200 of the new places" and „die ersten 1.200 Plätze“ ordinal 1
  with count 1,200 (hundred-eighty-eighth: „Die ersten sechs Maschinen“), "its second
  reading", „in zweiter Lesung“, "its second reading in the Lords", "its third reading",
  "its 23rd Lords defeat", "the sixth ministerial resignation" and „der sechste Rücktritt“,
  "the fifth train operator", "for a second year" 2 (two-hundred-thirty-second), "a first
  consultant appointment" 1, „die vierte Nachwahl“ 4 ("bereits" no hedge). None: "erstmals",
  "the highest rise", "the lowest level", "the best performance", "the largest", "their
  lowest quarterly total", "the last five-day walkout".
- Money in the currency written (every batch): GBP with "£" and "pounds" ("£112", "£2,341 a
  year", "£4.1 billion", "an extra £4.4 billion" - "an extra" no hedge,
  hundred-eighty-eighth -, "£5", "an extra 1.7 billion pounds", "£2.75", "a £2,400-a-year
  allowance" 2,400 (a number heading a compound), "an average of £1,214 a week" ("an average
  of" no hedge), "£1.1 billion", "£50 per child", "£6.3 billion", "£3,000 a month", "£27.4
  billion", "£36 million", "£12 million", "£95,310", "£2.9 billion a year", "£45 million",
  "£23.6 million", "£7.4 million", "£6.9 million", "£4.1 million", "£500", "about 2.4
  billion pounds" "about", "1.1 billion pounds", "£9,870 a year", "up to £150 million a
  year" "up_to"), German „112 Pfund mehr“ ("mehr" after the figure no hedge) and „2,9
  Milliarden Pfund“ GBP, and „1,7 Milliarden Pfund (rund 2 Milliarden Euro)“ both GBP and
  EUR "about" (a converted figure in brackets gives both, eightieth, ninety-fifth).
- Years and dates: Reuters datelines with a day ("LONDON, Feb 2 (Reuters)", "LONDON, Feb 3
  (Reuters)", "LONDON, Feb 4 (Reuters)", "EDINBURGH, Feb 5 (Reuters)", "LONDON, Feb 6
  (Reuters)") are dates without a year; PA and dpa datelines none (seventy-ninth). Dates
  without a year: "from February 16", "on February 23" and „ab dem 23. Februar“ ("ab" no
  hedge), "on March 1", "on March 3", "on March 20". Years: "since 2005" and „seit 2005“,
  "since April 2023", "since July 2024" and „Seit Juli 2024“, "since October 2024", "since
  the autumn of 2024", "by March 2028", "by March 2029", "by 2029", "by 2030", „Bis 2030“,
  „bis 2030“, "in 2023", "since 2010", "since 2013", "since 2017", "since 2019" (twice),
  "than in 2019", "since 2021" (twice), "since 2022", "than in 2008" and „von 2008“, "until
  2028", "born between 1970 and 1978" and "from 2026 to 2028" both ("between", "from ... to"
  no hedge), fiscal years "in 2029-30" and "by 2030-31" both years
  (two-hundred-thirty-second).
- Hedges, only the names in use: "about", "About", "around", "Around", "Some" "about"
  (hundred-twenty-third: "Some 68%"), "an estimated" "about", „rund“ "about"; "Almost",
  „Fast“, „fast“, „knapp“, „Knapp“ "nearly"; "more than", "More than", „mehr als“ "over",
  "longer than" right before the figure "over"; "at least" "at_least", „ab“ before an age
  "at_least"; "up to", „bis zu“ "up_to". No hedge: "Only", „Nur“, „lediglich“, „sogar“,
  „bereits“, „zusätzlich“, "extra", "an extra", "a further", "an average of", "in all",
  "totalling", "alone", "within", "inside", "over" before a span or an article, "below the",
  „länger als die“, "down from", "up from", "more", "fewer", "down on", „mehr“ and „weniger
  als“ after a figure, „ab“ before a date, "limited to".
- Speakers, checked only in forms the earlier batches settled: English "Title Name said" and
  "Title Name told MPs" the name with the office dropped ("Housing and local government
  minister Joanna Pettifer said" (the row on councils), "Shadow justice secretary Rupert
  Coggan said", "Shadow transport secretary Oliver Penhaligon said", "Education Secretary
  Marcus Hebden said", "Shadow education secretary Philippa Gorringe said", "Finance
  Secretary Owain Pritchard said", "Health Secretary Imogen Catterall said", "Shadow health
  secretary Neil Ashbury said", "Scottish Conservative health spokesman Craig Lumsden said",
  "Home Office minister Adam Rushworth said", "Chief Secretary to the Treasury Keith Oldroyd
  said"; "Prisons minister Sadie Marwood told MPs", "Transport minister Gareth Linley told
  MPs", "Children's minister Lucy Arkwright told MPs", "Work and Pensions Secretary Lorraine
  Quigley told MPs"; hundred-sixty-third, hundred-eighty-eighth, two-hundred-thirty-second),
  "Health Secretary Morag Dalziel told MSPs" (hundred-eightieth, two-hundred-thirty-second),
  "Linley told the Commons" -> "Linley" and "Health Minister Declan Rooney told the
  Assembly" -> "Declan Rooney" (fortieth: "told the Dáil" gives the name as "told
  parliament" does - the chamber named as the audience is dropped; the
  two-hundred-thirty-second left "told the Senate" open without citing the fortieth, and no
  batch decided against it), "Mr Hebden told BBC Radio 4's Today programme" -> "Hebden" and
  "Ms Lockyer said" -> "Lockyer" (two-hundred-twentieth New: "Ms Hallam said" -> "Hallam";
  eighty-fourth: "told BBC Radio 4's Today programme"), "Catterall said" and "Mottram said"
  as written, "Downing Street said" twice -> "Downing Street" (thirteenth,
  hundred-sixteenth, hundred-eighty-eighth), "..., the Prime Minister's official spokesman
  said." -> "the Prime Minister's official spokesman" (eighty-fourth, hundred-fortieth),
  "NHS England said" as written (two-hundred-twenty-fifth), "Ofsted said" as written
  (hundred-twentieth: "TikTok said"; two-hundred-thirty-sixth: "FEMA said"), "The National
  Education Union said ..." opening the row -> "the National Education Union"
  (hundred-fourteenth, two-hundred-twentieth), "the British Medical Association said" and
  "the Electoral Commission said" at the end with their article (two-hundred-thirty-sixth:
  "the Australian Energy Market Commission said"), "the National Audit Office has said"
  (fiftieth, hundred-twenty-second). German: "sagte Catterall im Unterhaus" -> "Catterall"
  (twenty-ninth: "sagte Merz im Bundestag"), "X sagte, ..." opening the row with the title
  dropped ("Gefängnisministerin Sadie Marwood sagte", "Demokratieminister Simon Bulmer
  sagte", "Arbeitsministerin Lorraine Quigley sagte"; two-hundred-twenty-fifth,
  two-hundred-thirty-second), "teilte das Justizministerium in London mit" -> "das
  Justizministerium" (the place dropped as "in Bonn", two-hundred-thirty-second), "teilte
  NHS England mit" -> "NHS England" (the name as written, two-hundred-thirty-sixth: "Meta
  teilte mit" -> "Meta"), "nach Angaben des Statistischen Bundesamts" -> "das Statistische
  Bundesamt" and "nach Angaben des Wahlleiters" -> "der Wahlleiter" (the source in the
  nominative, hundred-eleventh, two-hundred-fifth, two-hundred-thirty-sixth). Left unchecked
  (None): roles without a name ("The Prime Minister told the Commons", "the Leader of the
  Opposition replied", "A spokesman for No 10 later said", "the spokesman replied", "a Home
  Office spokesman said", "a Unite regional officer said", "a Labour source said", "Der
  Premier sagte", "Ein Sprecher der Downing Street stellte ... klar", "ein
  Regierungssprecher"; hundred-fifteenth, hundred-eighty-eighth), names parted from their
  verb ("Stuart Renshaw, the Conservative who chairs the LGA, said", "Tomas Wyeth, the BMA's
  lead negotiator ..., said"; hundred-sixteenth, hundred-eighty-eighth: "Brockhurst, 58,
  said"), "Its leader, Yvonne Hartigan, said" (a possessive heading the source,
  eighty-third, two-hundred-twentieth), "In his resignation letter, Mr Fairlie said" (a
  letter, a document as the channel, hundred-twentieth), "Gadsby has said" (hundred-twelfth:
  "Musk has said" left unchecked), "Crossbench peer Baroness Okonedo said" (a peer's title,
  left open by the hundred-eighty-eighth), "the justice ministry said", "the health
  department said" twice (two-hundred-fourth, two-hundred-thirty-sixth), bodies named by a
  common noun ("the association said", "The watchdog said"; hundred-eighty-fourth,
  hundred-eighty-eighth), "the Department for Transport announced" (a verb no batch settled
  as a verb of saying), every "according to" (two-hundred-fourth, two-hundred-ninth,
  two-hundred-twentieth), data, reports, findings and estimates ("figures show", "according
  to NHS England figures", "data published last June showed", "official data showed",
  "projections suggest", "the Local Government Association found in a survey", "The
  Standards Committee found", "The committee found", "It recommended", "NHS England
  estimates", "impact assessment estimates", "has forecast", "wie der Kommunalverband LGA
  mitteilte", "wie aus Zahlen ... hervorgeht", "nach Schätzungen von NHS England", "Nach
  Rechnung der Ärztegewerkschaft BMA"; hundred-tenth, hundred-twentieth,
  two-hundred-fourth), "nach Angaben der Gesundheitsbehörde Public Health Scotland" (a
  description before the name, fortieth, hundred-seventieth), plural sources ("Ministers
  say", "Opposition parties said", "Unions said"; forty-first), and all negatives, also
  those with a named speaker. Left unchecked by this batch's choice, to keep the checked
  speakers near the brief's number (two-hundred-twenty-fifth did the same): "The BMA said",
  "Unite said", "Holbrook Borough Council said", "Community Pharmacy England said", "the
  Independent Parliamentary Standards Authority said", "The Department for Education said"
  (the row on free school meals) and "the Department for Education said" (the row on fees),
  "Housing and local government minister Joanna Pettifer said" (the row on housebuilding),
  "Child Poverty Action Group said", "Universities UK said". Linley's "told the Commons"
  after his own quote is a negative and unchecked like every negative (hundred-forty-fifth,
  hundred-seventy-fifth, two-hundred-thirty-second: "told the Commons" in negatives).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_239 = [
    # --- Council tax rises across England (PA) ---
    (
        "en",
        "LONDON (PA) - Almost nine in 10 county and unitary councils in England plan to put up council tax by 4.99 per cent from April, the highest rise allowed without a local referendum, the Local Government Association found in a survey.",
        True,
        [("fraction", 0.9, None, "nearly"), ("percent", 4.99, "%", None)],
        None,
    ),
    (
        "en",
        "That would put £112 on a typical Band D bill, or about 31p a day, and take it to £2,341 a year.",
        True,
        [("money", 112, "GBP", None), ("money", 0.31, "GBP", "about"), ("money", 2341, "GBP", None)],
        None,
    ),
    (
        "en",
        "Stuart Renshaw, the Conservative who chairs the LGA, said councils still faced a funding gap of £4.1 billion over the next two years.",
        True,
        [("money", 4100000000, "GBP", None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", '"Councils are being asked to hold up a falling ceiling with a teaspoon," Renshaw said.', False, [], None),
    (
        "en",
        "Housing and local government minister Joanna Pettifer said core spending power for councils had risen by 6.2 per cent this year, an extra £4.4 billion.",
        True,
        [("percent", 6.2, "%", None), ("money", 4400000000, "GBP", None)],
        "Joanna Pettifer",
    ),
    (
        "en",
        'Pettifer said the government was "fixing the foundations" of local government after years of neglect.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castlemere County Council, which issued a section 114 notice in October, has asked ministers for permission to raise council tax by 9.5 per cent.",
        True,
        [("percent", 9.5, "%", None)],
        None,
    ),
    (
        "en",
        "Its leader, Yvonne Hartigan, said 71p of every pound the council raised went on adult social care and children's services.",
        True,
        [("money", 0.71, "GBP", None)],
        None,
    ),
    (
        "en",
        "Reform UK, which took control of the council in May, holds 41 of its 70 seats.",
        True,
        [("count", 41, None, None), ("count", 70, None, None)],
        None,
    ),
    ("en", 'Opposition councillors called the proposed rise "a tax on living in the wrong postcode".', False, [], None),
    (
        "en",
        "Councils with social care duties may raise bills by up to 4.99 per cent a year without a referendum, while district councils are limited to 2.99 per cent or £5, whichever is higher.",
        True,
        [("percent", 4.99, "%", "up_to"), ("percent", 2.99, "%", None), ("money", 5, "GBP", None)],
        None,
    ),
    # --- Kommunalsteuer in England (dpa) ---
    (
        "de",
        "London (dpa) - Fast neun von zehn größeren Kommunen in England wollen die Gemeindesteuer Council Tax ab April um 4,99 Prozent anheben.",
        True,
        [("fraction", 0.9, None, "nearly"), ("percent", 4.99, "%", None)],
        None,
    ),
    (
        "de",
        "Ein durchschnittlicher Haushalt müsste damit im Jahr 112 Pfund mehr zahlen, wie der Kommunalverband LGA mitteilte.",
        True,
        [("money", 112, "GBP", None)],
        None,
    ),
    (
        "de",
        "Die Grafschaft Castlemere, die im Herbst faktisch ihre Zahlungsunfähigkeit erklärt hatte, beantragte sogar eine Erhöhung um 9,5 Prozent.",
        True,
        [("percent", 9.5, "%", None)],
        None,
    ),
    ("de", "Der Verband warnte vor einem „Kollaps der kommunalen Daseinsvorsorge“.", False, [], None),
    # --- Britain to fund prison places (Reuters) ---
    (
        "en",
        "LONDON, Feb 2 (Reuters) - Britain will spend an extra 1.7 billion pounds over four years to build 6,400 prison places, the justice ministry said on Monday, with jails in England and Wales more than 99% full.",
        True,
        [
            ("date", "--02-02", None, None),
            ("money", 1700000000, "GBP", None),
            ("duration", 4, "year", None),
            ("count", 6400, None, None),
            ("percent", 99, "%", "over"),
        ],
        None,
    ),
    (
        "en",
        "There were 88,912 people in prisons in England and Wales last Friday, when the usable operational capacity was 89,650.",
        True,
        [("count", 88912, None, None), ("count", 89650, None, None)],
        None,
    ),
    (
        "en",
        "Prisons minister Sadie Marwood told MPs the first 1,200 of the new places would be in modular units due to open by December.",
        True,
        [("ordinal", 1, None, None), ("count", 1200, None, None)],
        "Sadie Marwood",
    ),
    (
        "en",
        '"We inherited prisons on the brink, and we will not apologise for building our way out," Marwood said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shadow justice secretary Rupert Coggan said the plan would deliver fewer places by 2030 than the previous government had committed to in 2023.",
        True,
        [("year", 2030, None, None), ("year", 2023, None, None)],
        "Rupert Coggan",
    ),
    (
        "en",
        'The Howard League for Penal Reform called the programme "a building site where a sentencing policy should be".',
        False,
        [],
        None,
    ),
    # --- Milliarden für britische Gefängnisse (dpa) ---
    (
        "de",
        "London (dpa) - Wegen überfüllter Gefängnisse will die britische Regierung 1,7 Milliarden Pfund (rund 2 Milliarden Euro) in neue Haftplätze investieren.",
        True,
        [("money", 1700000000, "GBP", None), ("money", 2000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bis 2030 sollen so 6.400 zusätzliche Plätze entstehen, teilte das Justizministerium in London mit.",
        True,
        [("year", 2030, None, None), ("count", 6400, None, None)],
        "das Justizministerium",
    ),
    (
        "de",
        "Die Haftanstalten in England und Wales sind derzeit zu mehr als 99 Prozent belegt.",
        True,
        [("percent", 99, "%", "over")],
        None,
    ),
    (
        "de",
        "Gefängnisministerin Sadie Marwood sagte, die ersten 1.200 Plätze sollten bis Dezember in Modulbauweise entstehen.",
        True,
        [("ordinal", 1, None, None), ("count", 1200, None, None)],
        "Sadie Marwood",
    ),
    ("de", "Bereits im vergangenen Jahr hatte die Regierung Tausende Häftlinge vorzeitig entlassen.", True, [], None),
    ("de", "Kritiker halten 6.400 neue Plätze für viel zu wenig.", False, [("count", 6400, None, None)], None),
    # --- No 10 on prisons plan (PA) ---
    (
        "en",
        "LONDON (PA) - Ministers will sign off a 14-point plan to ease pressure on prisons at Tuesday's Cabinet meeting, the Prime Minister's official spokesman said.",
        True,
        [("count", 14, None, None)],
        "the Prime Minister's official spokesman",
    ),
    (
        "en",
        "Downing Street said 1,140 prisoners had been moved into new places opened since September.",
        True,
        [("count", 1140, None, None)],
        "Downing Street",
    ),
    (
        "en",
        'Downing Street said the Prime Minister retained "full confidence" in the Justice Secretary.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Asked whether more prisoners could be released early, the spokesman replied that he would not "get ahead of" decisions still to be taken by the Cabinet.',
        False,
        [],
        None,
    ),
    # --- Pensions minister quits (PA) ---
    (
        "en",
        "LONDON (PA) - Pensions minister Graham Fairlie has resigned over plans to bring forward the rise in the state pension age to 68.",
        True,
        [("duration", 68, "year", None)],
        None,
    ),
    (
        "en",
        "In his resignation letter, Mr Fairlie said the change would affect around 7.3 million people born between 1970 and 1978.",
        True,
        [("count", 7300000, None, "about"), ("year", 1970, None, None), ("year", 1978, None, None)],
        None,
    ),
    ("en", '"I will continue to support this government from the back benches," he wrote.', False, [], None),
    (
        "en",
        "Downing Street said Bethany Crowe, a former government whip, had been appointed to replace him.",
        True,
        [],
        "Downing Street",
    ),
    (
        "en",
        "It is the sixth ministerial resignation since the general election 19 months ago.",
        True,
        [("ordinal", 6, None, None), ("duration", 19, "month", None)],
        None,
    ),
    ("en", 'Opposition parties said the departure showed a government "at war with itself".', False, [], None),
    (
        "en",
        "Under existing law, the state pension age is already set to climb from 66 to 67 in stages from 2026 to 2028.",
        True,
        [
            ("duration", 66, "year", None),
            ("duration", 67, "year", None),
            ("year", 2026, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    # --- Rücktritt im Rentenstreit (dpa) ---
    (
        "de",
        "London (dpa) - Im Streit um eine schnellere Anhebung des Rentenalters auf 68 Jahre ist ein britischer Staatssekretär zurückgetreten.",
        True,
        [("duration", 68, "year", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der sechste Rücktritt eines Regierungsmitglieds seit der Parlamentswahl vor 19 Monaten.",
        True,
        [("ordinal", 6, None, None), ("duration", 19, "month", None)],
        None,
    ),
    ("de", "Die Opposition sprach von einer „Regierung im Krieg mit sich selbst“.", False, [], None),
    # --- Rail operator to be nationalised (PA) ---
    (
        "en",
        "LONDON (PA) - Midland Valley Trains will become the fifth train operator brought into public ownership when its contract ends on March 1, the Department for Transport announced.",
        True,
        [("ordinal", 5, None, None), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        "The operator ran 91.2 per cent of its trains within five minutes of schedule in the year to December and cancelled 4.3 per cent.",
        True,
        [("percent", 91.2, "%", None), ("duration", 5, "minute", None), ("percent", 4.3, "%", None)],
        None,
    ),
    (
        "en",
        "Ministers say public ownership will save up to £150 million a year in fees currently paid to private companies.",
        True,
        [("money", 150000000, "GBP", "up_to")],
        None,
    ),
    # --- Reform lead narrows in poll (Reuters) ---
    (
        "en",
        "LONDON, Feb 3 (Reuters) - Labour has cut Reform UK's lead to five points in a YouGov survey for The Times released on Tuesday.",
        True,
        [("date", "--02-03", None, None), ("percent", 5, "pp", None)],
        None,
    ),
    (
        "en",
        "Reform stood at 27%, Labour at 22%, the Conservatives at 18%, the Liberal Democrats at 14% and the Greens at 11%.",
        True,
        [
            ("percent", 27, "%", None),
            ("percent", 22, "%", None),
            ("percent", 18, "%", None),
            ("percent", 14, "%", None),
            ("percent", 11, "%", None),
        ],
        None,
    ),
    (
        "en",
        "YouGov surveyed 2,108 adults in Britain on Feb. 1-2.",
        True,
        [("count", 2108, None, None), ("date", "--02-01", None, None), ("date", "--02-02", None, None)],
        None,
    ),
    (
        "en",
        "Only 19% rated the government's handling of the NHS as good, down from 31% when the same question was asked a year ago.",
        True,
        [("percent", 19, "%", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "The Prime Minister's net approval rating stood at minus 41 points, the lowest YouGov has recorded for a sitting prime minister since 2022.",
        True,
        [("percent", -41, "pp", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Polls are a snapshot, and the only one that counts is on polling day," a Labour source said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Polling expert Gwen Aldous said she thought Reform\'s support had "probably peaked" at around 30 per cent.',
        False,
        [("percent", 30, "%", "about")],
        None,
    ),
    # --- Umfrage: Reform UK vorn (dpa) ---
    (
        "de",
        "London (dpa) - Die rechtspopulistische Partei Reform UK liegt in einer neuen Umfrage fünf Prozentpunkte vor der regierenden Labour-Partei.",
        True,
        [("percent", 5, "pp", None)],
        None,
    ),
    (
        "de",
        "In der Erhebung des Instituts YouGov für die „Times“ kommt Reform auf 27 Prozent, Labour auf 22 und die Konservativen auf 18 Prozent.",
        True,
        [("percent", 27, "%", None), ("percent", 22, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Nur knapp jeder Fünfte bescheinigt der Regierung demnach, den Gesundheitsdienst gut zu führen.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    ("de", "In der Downing Street wollte man die Zahlen nicht kommentieren.", False, [], None),
    # --- MPs back bus bill (PA) ---
    (
        "en",
        "LONDON (PA) - MPs have backed plans to let every mayoral authority in England take control of local bus routes, voting 341 to 187 to give the Local Buses Bill its second reading.",
        True,
        [("count", 341, None, None), ("count", 187, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Seventeen Labour MPs rebelled to support a cross-party amendment protecting rural routes, which was defeated by 298 votes to 221.",
        True,
        [("count", 17, None, None), ("count", 298, None, None), ("count", 221, None, None)],
        None,
    ),
    (
        "en",
        "The government had imposed a three-line whip, its strictest instruction to backbenchers, for the vote on the amendment.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Transport minister Gareth Linley told MPs the bill would make it easier to restore around 1,100 routes lost since 2010.",
        True,
        [("count", 1100, None, "about"), ("year", 2010, None, None)],
        "Gareth Linley",
    ),
    (
        "en",
        '"For too long, people in our towns and villages have been left waiting at the stop for a bus that never comes," Linley told the Commons.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Linley told the Commons that operators had withdrawn 214 routes in the past year alone.",
        True,
        [("count", 214, None, None)],
        "Linley",
    ),
    (
        "en",
        "Shadow transport secretary Oliver Penhaligon said fares outside London had risen by 27 per cent since 2019 and the bill contained no new money.",
        True,
        [("percent", 27, "%", None), ("year", 2019, None, None)],
        "Oliver Penhaligon",
    ),
    ("en", 'Penhaligon dismissed the legislation as "a reorganisation dressed up as a revolution".', False, [], None),
    ("en", "The 84-clause bill now moves to its committee stage.", True, [("count", 84, None, None)], None),
    (
        "en",
        "The £2.75 cap on single bus fares in England is due to expire at the end of December.",
        True,
        [("money", 2.75, "GBP", None)],
        None,
    ),
    # --- Wahlrecht ab 16 (dpa) ---
    (
        "de",
        "London (dpa) - Das britische Unterhaus hat den Weg für das Wahlrecht ab 16 Jahren bei Parlamentswahlen frei gemacht.",
        True,
        [("duration", 16, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Abgeordneten billigten den Gesetzentwurf der Regierung in zweiter Lesung mit 364 zu 172 Stimmen.",
        True,
        [("ordinal", 2, None, None), ("count", 364, None, None), ("count", 172, None, None)],
        None,
    ),
    (
        "de",
        "Damit könnten bei der nächsten Wahl rund 1,6 Millionen 16- und 17-Jährige zusätzlich abstimmen.",
        True,
        [("count", 1600000, None, "about"), ("duration", 16, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "de",
        "Demokratieminister Simon Bulmer sagte, in Schottland und Wales dürften 16-Jährige bereits seit Jahren bei Regionalwahlen abstimmen.",
        True,
        [("duration", 16, "year", None)],
        "Simon Bulmer",
    ),
    ("de", "Die Konservativen sprachen von einem „durchsichtigen Manöver“ der Regierung.", False, [], None),
    ("de", "Das Oberhaus muss dem Gesetz noch zustimmen.", True, [], None),
    ("de", "Ob die Reform rechtzeitig vor der nächsten Wahl greift, ist offen.", False, [], None),
    # --- Falling pupil numbers (PA) ---
    (
        "en",
        "LONDON (PA) - The number of primary school pupils in England will fall by about 400,000 by 2029, leaving one in eight places empty, Department for Education projections suggest.",
        True,
        [("count", 400000, None, "about"), ("year", 2029, None, None), ("fraction", 0.125, None, None)],
        None,
    ),
    (
        "en",
        "Education Secretary Marcus Hebden said some of the spare space would be used for 3,000 new school-based nurseries.",
        True,
        [("count", 3000, None, None)],
        "Marcus Hebden",
    ),
    (
        "en",
        '"Falling rolls are a challenge, but they are also a once-in-a-generation chance to do things differently," Mr Hebden said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mr Hebden told BBC Radio 4's Today programme that teacher vacancies had fallen by 30 per cent since the autumn of 2024.",
        True,
        [("percent", 30, "%", None), ("year", 2024, None, None)],
        "Hebden",
    ),
    (
        "en",
        "The National Education Union said 64 per cent of the 9,310 members who answered its survey reported cuts to support staff at their school this year.",
        True,
        [("percent", 64, "%", None), ("count", 9310, None, None)],
        "the National Education Union",
    ),
    (
        "en",
        'NEU general secretary Colin Maybury said schools were "being asked to do more with less, year after year".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shadow education secretary Philippa Gorringe said 212 primary schools in England had closed since 2019 because of falling rolls.",
        True,
        [("count", 212, None, None), ("year", 2019, None, None)],
        "Philippa Gorringe",
    ),
    (
        "en",
        "Ofsted said 91 per cent of the schools it inspected in the autumn term were judged at least good.",
        True,
        [("percent", 91, "%", None)],
        "Ofsted",
    ),
    # --- Peers defeat government on dentistry (PA) ---
    (
        "en",
        "LONDON (PA) - The government suffered its 23rd Lords defeat of the session as peers voted by 243 to 198 to require ministers to publish an annual report on access to NHS dentistry.",
        True,
        [("ordinal", 23, None, None), ("count", 243, None, None), ("count", 198, None, None)],
        None,
    ),
    (
        "en",
        "Crossbench peer Baroness Okonedo said 4.2 million adults in England who had tried to book with an NHS dentist over the past two years had failed to get an appointment.",
        True,
        [("count", 4200000, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "The health bill goes back to the Commons next week for MPs to consider the amendment.", True, [], None),
    ("en", "Ministers played down the defeat.", False, [], None),
    # --- Bin strike in Holbrook (PA) ---
    (
        "en",
        "LONDON (PA) - Refuse collectors in Holbrook will strike for 10 days from February 16 in a row over the loss of a £2,400-a-year allowance, Unite said.",
        True,
        [("duration", 10, "day", None), ("date", "--02-16", None, None), ("money", 2400, "GBP", None)],
        None,
    ),
    (
        "en",
        "Holbrook Borough Council said about 48,000 households would be affected and that contingency crews would prioritise food waste.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "en",
        '"Our members have been pushed to the point where they have no other choice," a Unite regional officer said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The council\'s cabinet member for the environment called the walkout "deeply regrettable".',
        False,
        [],
        None,
    ),
    # --- Care home fees and waits (PA) ---
    (
        "en",
        "LONDON (PA) - Councils in England paid an average of £1,214 a week for a residential care home place last year, up 7 per cent, according to the Association of Directors of Adult Social Services.",
        True,
        [("money", 1214, "GBP", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "More than 410,000 people were waiting for a care assessment, a review or the start of a service at the end of September, the association said.",
        True,
        [("count", 410000, None, "over")],
        None,
    ),
    (
        "en",
        "The independent commission on adult social care is not due to publish its final report until 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    # --- Free school meals extended (PA) ---
    (
        "en",
        "LONDON (PA) - About 470,000 more pupils in England will qualify for free school meals from September, when eligibility is extended to every household on universal credit.",
        True,
        [("count", 470000, None, "about")],
        None,
    ),
    (
        "en",
        "The Department for Education said the change would cost £1.1 billion over three years.",
        True,
        [("money", 1100000000, "GBP", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Child Poverty Action Group said about one in three children in England lived in poverty, 4.4 million in all.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 4400000, None, None)],
        None,
    ),
    (
        "en",
        "The two-child limit on benefits, which ministers are reviewing, affects about 1.7 million children, according to the Resolution Foundation.",
        True,
        [("count", 2, None, None), ("count", 1700000, None, "about")],
        None,
    ),
    # --- Teacher numbers row at PMQs (PA) ---
    (
        "en",
        "LONDON (PA) - Teacher numbers dominated the weekly Prime Minister's Questions session, with the Prime Minister and the Conservative leader trading figures.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Prime Minister told the Commons there were 6,500 more teachers in classrooms in England than when Labour took office.",
        True,
        [("count", 6500, None, None)],
        None,
    ),
    (
        "en",
        "Department for Education data published last June showed the full-time equivalent teaching workforce in state schools had grown by 2,140 over the year, to 470,800.",
        True,
        [("count", 2140, None, None), ("count", 470800, None, None)],
        None,
    ),
    (
        "en",
        '"He can spin the figures all he likes, but parents can see the size of their children\'s classes," the Leader of the Opposition replied.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Cheers and jeers from both sides forced the Speaker to intervene three times.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Conservative MP Harriet Lingard asked whether the government would scrap the two-child benefit limit before the next general election.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'The Prime Minister said the child poverty strategy would set out "the full range of measures" in due course.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A spokesman for No 10 later said the Prime Minister's figure referred to secondary school teachers only.",
        True,
        [],
        None,
    ),
    # --- Premier in der Fragestunde (dpa) ---
    (
        "de",
        "London (dpa) - Der britische Premierminister ist in der wöchentlichen Fragestunde im Unterhaus wegen der Zahl der Lehrkräfte unter Druck geraten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Premier sagte, in Englands Klassenzimmern stünden heute 6.500 Lehrerinnen und Lehrer mehr als beim Regierungswechsel.",
        True,
        [("count", 6500, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher der Downing Street stellte später klar, die Zahl beziehe sich nur auf weiterführende Schulen.",
        True,
        [],
        None,
    ),
    ("de", "Die Oppositionsführerin warf ihm vor, mit Zahlen zu jonglieren.", False, [], None),
    # --- School uniform bill (PA) ---
    (
        "en",
        "LONDON (PA) - Liberal Democrat MP Anna Corrigan has introduced a Ten Minute Rule bill that would limit the price of compulsory uniform items to £50 per child.",
        True,
        [("duration", 10, "minute", None), ("money", 50, "GBP", None)],
        None,
    ),
    (
        "en",
        "MPs are scheduled to debate its second reading on March 20.",
        True,
        [("ordinal", 2, None, None), ("date", "--03-20", None, None)],
        None,
    ),
    # --- Housebuilding falls (Reuters) ---
    (
        "en",
        "LONDON, Feb 4 (Reuters) - Net additions to England's housing stock fell 6% to 208,600 in the year to March, well short of the pace needed to meet the government's goal of 1.6 million homes this parliament, official data showed on Wednesday.",
        True,
        [
            ("date", "--02-04", None, None),
            ("percent", 6, "%", None),
            ("count", 208600, None, None),
            ("count", 1600000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Housing and local government minister Joanna Pettifer said planning approvals had risen by 14% in the last six months of the year.",
        True,
        [("percent", 14, "%", None), ("duration", 6, "month", None)],
        None,
    ),
    ("en", 'The Home Builders Federation said the target was now "all but out of reach".', False, [], None),
    (
        "en",
        "The Office for Budget Responsibility has forecast that net additions will peak at about 305,000 a year in 2029-30.",
        True,
        [("count", 305000, None, "about"), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Council deficits on special needs (PA) ---
    (
        "en",
        "LONDON (PA) - Councils in England face combined deficits of £6.3 billion on special educational needs by March 2028, the National Audit Office has said.",
        True,
        [("money", 6300000000, "GBP", None), ("year", 2028, None, None)],
        "the National Audit Office",
    ),
    (
        "en",
        "The number of children and young people with an education, health and care plan has risen by 83 per cent since 2017, to 468,400.",
        True,
        [("percent", 83, "%", None), ("year", 2017, None, None), ("count", 468400, None, None)],
        None,
    ),
    (
        "en",
        "Children's minister Lucy Arkwright told MPs the statutory override keeping the deficits off councils' books would be extended for a further two years.",
        True,
        [("duration", 2, "year", None)],
        "Lucy Arkwright",
    ),
    ("en", '"The system is broken, and everybody who works in it knows it," Arkwright said.', False, [], None),
    (
        "en",
        "Parents' groups fear the planned overhaul will mean fewer children receive legally binding support.",
        False,
        [],
        None,
    ),
    # --- MP faces recall petition (PA) ---
    (
        "en",
        "LONDON (PA) - Conservative MP Terence Gadsby faces a recall petition after MPs approved his suspension from the Commons for 14 sitting days over paid lobbying.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The Standards Committee found he had lobbied ministers and officials 11 times on behalf of a medical supplies firm that paid him £3,000 a month.",
        True,
        [("count", 11, None, None), ("money", 3000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Under the Recall of MPs Act, a suspension of at least 10 sitting days triggers a petition, which succeeds if 10 per cent of registered voters in the seat sign it within six weeks.",
        True,
        [("count", 10, None, "at_least"), ("percent", 10, "%", None), ("duration", 6, "week", None)],
        None,
    ),
    ("en", "Gadsby has said he will not resign his seat voluntarily.", True, [], None),
    (
        "en",
        'Committee chairwoman Ruth Tennant said the conduct was "a serious breach that damaged the reputation of the House".',
        False,
        [],
        None,
    ),
    # --- Welsh budget passes (PA) ---
    (
        "en",
        "CARDIFF (PA) - The Welsh Government's £27.4 billion budget has passed in the Senedd by 31 votes to 28 after a deal with the Liberal Democrats' only member.",
        True,
        [("money", 27400000000, "GBP", None), ("count", 31, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        "Finance Secretary Owain Pritchard said the agreement included an extra £36 million for bus services and £12 million for rural childcare.",
        True,
        [("money", 36000000, "GBP", None), ("money", 12000000, "GBP", None)],
        "Owain Pritchard",
    ),
    ("en", 'Plaid Cymru called the deal "a sticking plaster on a broken budget".', False, [], None),
    # --- MPs' pay rise (PA) ---
    (
        "en",
        "LONDON (PA) - MPs' basic salary will rise by 2.8 per cent to £95,310 from April, the Independent Parliamentary Standards Authority said.",
        True,
        [("percent", 2.8, "%", None), ("money", 95310, "GBP", None)],
        None,
    ),
    (
        "en",
        "The watchdog said the rise was in line with the award recommended for senior civil servants.",
        True,
        [],
        None,
    ),
    # --- NHS waiting list falls again (PA) ---
    (
        "en",
        "LONDON (PA) - The backlog of planned hospital treatment in England fell for the fifth month running in December, to an estimated 7.21 million cases, according to NHS England figures.",
        True,
        [("ordinal", 5, None, None), ("count", 7210000, None, "about")],
        None,
    ),
    (
        "en",
        "That is down from 7.26 million in November and the lowest level since April 2023.",
        True,
        [("count", 7260000, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Some 2.84 million patients had been waiting longer than 18 weeks, and 142,300 for more than a year.",
        True,
        [("count", 2840000, None, "about"), ("duration", 18, "week", "over"), ("count", 142300, None, None)],
        None,
    ),
    (
        "en",
        "Only 59.8 per cent were seen within the 18-week standard, against the 92 per cent the government has pledged to restore by March 2029.",
        True,
        [
            ("percent", 59.8, "%", None),
            ("duration", 18, "week", None),
            ("percent", 92, "%", None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "In A&E, 74.6 per cent of patients were dealt with inside four hours in January, up from 73.1 per cent in December.",
        True,
        [("percent", 74.6, "%", None), ("duration", 4, "hour", None), ("percent", 73.1, "%", None)],
        None,
    ),
    (
        "en",
        "A total of 51,870 people waited more than 12 hours in emergency departments from a decision to admit to being given a bed.",
        True,
        [("count", 51870, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "The average ambulance response to Category 2 calls, such as suspected strokes, was 35 minutes and 12 seconds, against a target of 18 minutes.",
        True,
        [
            ("count", 2, None, None),
            ("duration", 35, "minute", None),
            ("duration", 12, "second", None),
            ("duration", 18, "minute", None),
        ],
        None,
    ),
    (
        "en",
        'Health Secretary Imogen Catterall said the NHS was "turning the corner" and that the health service had carried out 3.6 million more appointments since July 2024.',
        True,
        [("count", 3600000, None, None), ("year", 2024, None, None)],
        "Imogen Catterall",
    ),
    ("en", '"We are not there yet, but the direction of travel is unmistakable," Ms Catterall said.', False, [], None),
    (
        "en",
        "Shadow health secretary Neil Ashbury said more than 300,000 patients had waited over a year for treatment at some point since the general election.",
        True,
        [("count", 300000, None, "over")],
        "Neil Ashbury",
    ),
    ("en", 'Ashbury accused ministers of "dressing up a crisis as a recovery".', False, [], None),
    (
        "en",
        "NHS England said 71.2 per cent of cancer patients were treated within 62 days of being urgently referred, the best performance since 2021.",
        True,
        [("percent", 71.2, "%", None), ("duration", 62, "day", None), ("year", 2021, None, None)],
        "NHS England",
    ),
    (
        "en",
        "Whether the improvement survives the rest of the winter remains unclear, the King's Fund think tank said.",
        False,
        [],
        None,
    ),
    # --- Wartelisten im NHS (dpa) ---
    (
        "de",
        "London (dpa) - Die Wartelisten im britischen Gesundheitsdienst NHS sind den fünften Monat in Folge kürzer geworden.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Auf eine planbare Behandlung im Krankenhaus warteten in England Ende Dezember rund 7,21 Millionen Fälle, teilte NHS England mit.",
        True,
        [("count", 7210000, None, "about")],
        "NHS England",
    ),
    (
        "de",
        "Knapp zwei Fünftel der Patienten warten länger als die angestrebten 18 Wochen.",
        True,
        [("fraction", 0.4, None, "nearly"), ("duration", 18, "week", None)],
        None,
    ),
    ("de", "Gesundheitsministerin Imogen Catterall sprach von einer „Trendwende“.", False, [], None),
    ("de", "Die konservative Opposition wirft der Regierung vor, die Zahlen schönzurechnen.", False, [], None),
    (
        "de",
        "Seit Juli 2024 seien 3,6 Millionen zusätzliche Termine angeboten worden, sagte Catterall im Unterhaus.",
        True,
        [("year", 2024, None, None), ("count", 3600000, None, None)],
        "Catterall",
    ),
    # --- Scottish outpatient waits (PA) ---
    (
        "en",
        "EDINBURGH (PA) - The number of people in Scotland waiting more than a year for an outpatient appointment has fallen for the first time in 18 months, Public Health Scotland figures show.",
        True,
        [("ordinal", 1, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "At the end of December, 38,940 people had been waiting over a year, 9 per cent fewer than three months earlier.",
        True,
        [("count", 38940, None, None), ("percent", 9, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Health Secretary Morag Dalziel told MSPs the Scottish Government had funded 64,000 additional procedures since April.",
        True,
        [("count", 64000, None, None)],
        "Morag Dalziel",
    ),
    ("en", '"Our NHS staff are working miracles every single day," Ms Dalziel said.', False, [], None),
    (
        "en",
        "Scottish Conservative health spokesman Craig Lumsden said more than 870,000 people in Scotland were waiting for a test, an appointment or an operation.",
        True,
        [("count", 870000, None, "over")],
        "Craig Lumsden",
    ),
    (
        "en",
        "MSPs later rejected a Conservative motion calling for a dedicated waiting times minister by 66 votes to 53.",
        True,
        [("count", 66, None, None), ("count", 53, None, None)],
        None,
    ),
    ("en", 'Lumsden called the Government\'s record "a decade of missed targets".', False, [], None),
    # --- Wartezeiten in Schottland (dpa) ---
    (
        "de",
        "Edinburgh (dpa) - In Schottland warten erstmals seit anderthalb Jahren weniger Menschen mehr als ein Jahr auf einen Facharzttermin.",
        True,
        [("duration", 1.5, "year", None)],
        None,
    ),
    (
        "de",
        "Ende Dezember waren es nach Angaben der Gesundheitsbehörde Public Health Scotland 38.940 Menschen.",
        True,
        [("count", 38940, None, None)],
        None,
    ),
    (
        "de",
        "Das schottische Parlament lehnte einen Antrag der Konservativen mit 66 zu 53 Stimmen ab.",
        True,
        [("count", 66, None, None), ("count", 53, None, None)],
        None,
    ),
    ("de", "Die Opposition sprach von einem „Jahrzehnt verpasster Ziele“.", False, [], None),
    # --- Northern Ireland waiting lists (PA) ---
    (
        "en",
        "BELFAST (PA) - More than half of the patients on hospital waiting lists in Northern Ireland have waited over a year for a first consultant appointment, Department of Health figures show.",
        True,
        [("fraction", 0.5, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Health Minister Declan Rooney told the Assembly that a £45 million fund would pay for 23,000 extra assessments before the end of June.",
        True,
        [("money", 45000000, "GBP", None), ("count", 23000, None, None)],
        "Declan Rooney",
    ),
    # --- Independence poll in Scotland (Reuters) ---
    (
        "en",
        "EDINBURGH, Feb 5 (Reuters) - Support for Scottish independence stood at 52%, excluding undecided voters, in a poll published on Thursday ahead of May's Holyrood election.",
        True,
        [("date", "--02-05", None, None), ("percent", 52, "%", None)],
        None,
    ),
    (
        "en",
        "The poll projected the Scottish National Party to win 58 of the parliament's 129 seats, short of the 65 needed for a majority.",
        True,
        [("count", 58, None, None), ("count", 129, None, None), ("count", 65, None, None)],
        None,
    ),
    # --- Resident doctors to strike (PA) ---
    (
        "en",
        "LONDON (PA) - Resident doctors will walk out in England for five days from 7am on February 23 after talks with the Government broke down, the British Medical Association said.",
        True,
        [("duration", 5, "day", None), ("date", "--02-23", None, None)],
        "the British Medical Association",
    ),
    (
        "en",
        "The BMA said 91 per cent of members who voted had backed strikes, on a turnout of 55 per cent, giving it a mandate until August.",
        True,
        [("percent", 91, "%", None), ("percent", 55, "%", None)],
        None,
    ),
    (
        "en",
        "Tomas Wyeth, the BMA's lead negotiator for resident doctors, said pay was still about a fifth lower in real terms than in 2008.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2008, None, None)],
        None,
    ),
    ("en", '"Nobody goes into medicine wanting to stand on a picket line," Dr Wyeth said.', False, [], None),
    (
        "en",
        'Catterall said resident doctors had received rises totalling 28.9 per cent over three years and that a further increase was "simply not affordable".',
        True,
        [("percent", 28.9, "%", None), ("duration", 3, "year", None)],
        "Catterall",
    ),
    (
        "en",
        "NHS England estimates that the last five-day walkout, in July, led to about 61,000 appointments and operations being rescheduled.",
        True,
        [("duration", 5, "day", None), ("count", 61000, None, "about")],
        None,
    ),
    ("en", "Patients were urged to keep their appointments unless contacted by their hospital.", False, [], None),
    # --- Ärztestreik in England (dpa) ---
    (
        "de",
        "London (dpa) - In England wollen die Assistenzärzte ab dem 23. Februar erneut für fünf Tage die Arbeit niederlegen.",
        True,
        [("date", "--02-23", None, None), ("duration", 5, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Rechnung der Ärztegewerkschaft BMA liegt ihre Bezahlung inflationsbereinigt noch immer rund ein Fünftel unter dem Niveau von 2008.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2008, None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Catterall nannte den geplanten Ausstand „unnötig und unverantwortlich“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim letzten fünftägigen Streik im Juli mussten nach Schätzungen von NHS England etwa 61.000 Termine und Operationen verschoben werden.",
        True,
        [("duration", 5, "day", None), ("count", 61000, None, "about")],
        None,
    ),
    # --- MPs' report on GP access (PA) ---
    (
        "en",
        "LONDON (PA) - One in four patients in England waited more than two weeks for a GP appointment last year, according to a report by the Commons Health and Social Care Committee.",
        True,
        [("fraction", 0.25, None, None), ("duration", 2, "week", "over")],
        None,
    ),
    (
        "en",
        "The committee found 612 fewer fully qualified GPs, measured as full-time equivalents, than in 2019, while the population had grown by about 2.1 million.",
        True,
        [("count", 612, None, None), ("year", 2019, None, None), ("count", 2100000, None, "about")],
        None,
    ),
    (
        "en",
        "It recommended that ministers publish a workforce plan for general practice within six months.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        '"Patients are being let down by a system that treats the front door of the NHS as an afterthought," committee chair Eleanor Stiles said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The health department said it had paid for 2,000 additional GP posts since October 2024.",
        True,
        [("count", 2000, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Prescription charge frozen (PA) ---
    (
        "en",
        "LONDON (PA) - The prescription charge in England will be frozen at £9.65 per item for a second year, the health department said.",
        True,
        [("money", 9.65, "GBP", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Around 89 per cent of items are dispensed free of charge, mainly to children, pensioners and people on low incomes.",
        True,
        [("percent", 89, "%", "about")],
        None,
    ),
    (
        "en",
        "Community Pharmacy England said 412 pharmacies had closed in the past year and warned that more would follow.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    # --- Welfare bill clears Commons (PA) ---
    (
        "en",
        "LONDON (PA) - The Welfare Reform Bill cleared its third reading by 312 votes to 241, majority 71, despite a rebellion by 38 Labour MPs.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 312, None, None),
            ("count", 241, None, None),
            ("count", 71, None, None),
            ("count", 38, None, None),
        ],
        None,
    ),
    (
        "en",
        "Work and Pensions Secretary Lorraine Quigley told MPs the changes would save £2.9 billion a year by 2030-31 and help 150,000 people into work.",
        True,
        [
            ("money", 2900000000, "GBP", None),
            ("year", 2030, None, None),
            ("year", 2031, None, None),
            ("count", 150000, None, None),
        ],
        "Lorraine Quigley",
    ),
    (
        "en",
        "The Department for Work and Pensions' own impact assessment estimates that 240,000 people, including 60,000 children, will be pushed into relative poverty.",
        True,
        [("count", 240000, None, None), ("count", 60000, None, None)],
        None,
    ),
    (
        "en",
        '"This is not reform, it is an accountancy exercise with human consequences," Labour MP Bethan Cuthbert said.',
        False,
        [],
        None,
    ),
    ("en", 'One Labour MP described the mood on the back benches as "funereal".', False, [], None),
    ("en", "It was the largest rebellion against the government since the general election.", True, [], None),
    (
        "en",
        "Peers will take up the bill next, with its second reading in the Lords due on March 3.",
        True,
        [("ordinal", 2, None, None), ("date", "--03-03", None, None)],
        None,
    ),
    # --- Sozialreform im Unterhaus (dpa) ---
    (
        "de",
        "London (dpa) - Trotz einer Revolte in den eigenen Reihen hat die britische Regierung ihre umstrittene Sozialreform durch das Unterhaus gebracht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "38 Labour-Abgeordnete stimmten gegen die Kürzungen bei Leistungen für Menschen mit Behinderung, die Regierung gewann die Abstimmung dennoch mit 312 zu 241 Stimmen.",
        True,
        [("count", 38, None, None), ("count", 312, None, None), ("count", 241, None, None)],
        None,
    ),
    (
        "de",
        "Arbeitsministerin Lorraine Quigley sagte, die Reform spare bis 2030 jährlich 2,9 Milliarden Pfund ein.",
        True,
        [("year", 2030, None, None), ("money", 2900000000, "GBP", None)],
        "Lorraine Quigley",
    ),
    ("de", "Mehrere Abgeordnete warfen der Regierung vor, auf dem Rücken der Schwächsten zu sparen.", False, [], None),
    # --- Small boat crossings in January (PA) ---
    (
        "en",
        "LONDON (PA) - A total of 1,312 migrants reached the UK by small boat in January, down from 1,856 a year earlier, Home Office figures show.",
        True,
        [("count", 1312, None, None), ("count", 1856, None, None)],
        None,
    ),
    (
        "en",
        "That takes the number of arrivals since the general election to more than 61,000.",
        True,
        [("count", 61000, None, "over")],
        None,
    ),
    (
        "en",
        "Home Office minister Adam Rushworth said the pilot scheme had sent 2,340 people back to France since it started in August.",
        True,
        [("count", 2340, None, None)],
        "Adam Rushworth",
    ),
    (
        "en",
        'Shadow home secretary Damian Forsyth called the scheme "a gimmick that has failed on its own terms".',
        False,
        [],
        None,
    ),
    (
        "en",
        'Asked how many of those returned had tried to cross again, a Home Office spokesman said the department would not "provide a running commentary".',
        False,
        [],
        None,
    ),
    # --- Jugendaustausch mit Großbritannien (dpa) ---
    (
        "de",
        "Berlin (dpa) - Deutschland und Großbritannien wollen ein Austauschprogramm für bis zu 30.000 junge Menschen pro Jahr schaffen.",
        True,
        [("count", 30000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Teilnehmen sollen 18- bis 30-Jährige, die bis zu zwei Jahre im jeweils anderen Land arbeiten oder studieren dürfen.",
        True,
        [("duration", 18, "year", None), ("duration", 30, "year", None), ("duration", 2, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Das teilte ein Regierungssprecher nach einem Treffen des Kanzlers mit dem britischen Premierminister mit.",
        True,
        [],
        None,
    ),
    ("de", "„Unsere Länder gehören zusammen, mit oder ohne EU“, sagte der Premier.", False, [], None),
    (
        "de",
        "Zuletzt lebten nach Angaben des Statistischen Bundesamts rund 112.000 britische Staatsangehörige in Deutschland.",
        True,
        [("count", 112000, None, "about")],
        "das Statistische Bundesamt",
    ),
    ("de", "Ob auch Auszubildende teilnehmen können, blieb zunächst offen.", False, [], None),
    # --- Party donations (PA) ---
    (
        "en",
        "LONDON (PA) - Political parties accepted £23.6 million in donations in the final three months of last year, the Electoral Commission said.",
        True,
        [("money", 23600000, "GBP", None), ("duration", 3, "month", None)],
        "the Electoral Commission",
    ),
    (
        "en",
        "Reform UK received the most, at £7.4 million, ahead of Labour on £6.9 million.",
        True,
        [("money", 7400000, "GBP", None), ("money", 6900000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Conservatives reported £4.1 million, their lowest quarterly total since 2013.",
        True,
        [("money", 4100000, "GBP", None), ("year", 2013, None, None)],
        None,
    ),
    # --- Lib Dems win by-election (PA) ---
    (
        "en",
        "LONDON (PA) - The Liberal Democrats have won the Marrowby and Kestle Vale by-election, overturning a Conservative majority of 9,417 in a seat the Tories had held since 2005.",
        True,
        [("count", 9417, None, None), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        "Hannah Lockyer took 14,082 votes, giving her a majority of 3,265 over Reform UK's Dean Mottram on 10,817.",
        True,
        [("count", 14082, None, None), ("count", 3265, None, None), ("count", 10817, None, None)],
        None,
    ),
    (
        "en",
        "The Conservative candidate, Robert Sayce, came third with 7,904 votes.",
        True,
        [("ordinal", 3, None, None), ("count", 7904, None, None)],
        None,
    ),
    (
        "en",
        "Labour's Priya Kothari polled 1,912 votes, or 4.1 per cent, below the 5 per cent needed to keep her £500 deposit.",
        True,
        [
            ("count", 1912, None, None),
            ("percent", 4.1, "%", None),
            ("percent", 5, "%", None),
            ("money", 500, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Turnout was 38.2 per cent, down from 67.5 per cent at the general election.",
        True,
        [("percent", 38.2, "%", None), ("percent", 67.5, "%", None)],
        None,
    ),
    (
        "en",
        "The swing from the Conservatives to the Liberal Democrats was 16.9 percentage points, the party's largest at a by-election since 2021.",
        True,
        [("percent", 16.9, "pp", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        '"Tonight the people of Marrowby and Kestle Vale have sent a message that will be heard loud and clear in Downing Street," Ms Lockyer said in her victory speech.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ms Lockyer said the minor injuries unit at Kestle Community Hospital had been shut overnight on 73 days last year.",
        True,
        [("duration", 73, "day", None)],
        "Lockyer",
    ),
    ("en", "Lockyer promised to fight the planned closure of the unit.", False, [], None),
    (
        "en",
        "Mottram said Reform had increased its share of the vote by 19 points since the general election.",
        True,
        [("percent", 19, "pp", None)],
        "Mottram",
    ),
    (
        "en",
        'A Conservative spokesperson called the result "disappointing but not unexpected" in the middle of a parliament.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the 12th by-election of this parliament and the fourth seat the Conservatives have lost at one.",
        True,
        [("ordinal", 12, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The Liberal Democrat leader visited the constituency 11 times during the five-week campaign.",
        True,
        [("count", 11, None, None), ("duration", 5, "week", None)],
        None,
    ),
    (
        "en",
        "In council by-elections on Thursday, Reform UK won three of the seven seats contested, taking two from the Conservatives.",
        True,
        [("count", 3, None, None), ("count", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Nachwahl in England (dpa) ---
    (
        "de",
        "London (dpa) - Bei einer Nachwahl zum britischen Unterhaus haben die Liberaldemokraten den Konservativen einen Sitz abgenommen, den diese seit 2005 gehalten hatten.",
        True,
        [("year", 2005, None, None)],
        None,
    ),
    (
        "de",
        "Die Kandidatin Hannah Lockyer erhielt nach Angaben des Wahlleiters 14.082 Stimmen, der Bewerber von Reform UK kam auf 10.817.",
        True,
        [("count", 14082, None, None), ("count", 10817, None, None)],
        "der Wahlleiter",
    ),
    (
        "de",
        "Die regierende Labour-Partei landete abgeschlagen auf Platz vier und verlor ihre Kaution.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Die Wahlbeteiligung lag bei lediglich 38,2 Prozent.", True, [("percent", 38.2, "%", None)], None),
    ("de", "Beobachter werteten das Ergebnis als weiteren Dämpfer für den Premierminister.", False, [], None),
    (
        "de",
        "Es war bereits die vierte Nachwahl in dieser Legislaturperiode, bei der die Konservativen einen Sitz verloren.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    # --- Public sector pay award (Reuters) ---
    (
        "en",
        "LONDON, Feb 6 (Reuters) - Britain's government said on Friday it would give teachers and NHS staff in England a 3.6% pay rise from April, at a cost of about 2.4 billion pounds more than it had budgeted for.",
        True,
        [("date", "--02-06", None, None), ("percent", 3.6, "%", None), ("money", 2400000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Chief Secretary to the Treasury Keith Oldroyd said departments would have to find 1.1 billion pounds of that from existing budgets.",
        True,
        [("money", 1100000000, "GBP", None)],
        "Keith Oldroyd",
    ),
    ("en", "Unions said the award would do little to stop experienced staff leaving.", False, [], None),
    # --- Police officer numbers (PA) ---
    (
        "en",
        "LONDON (PA) - Police forces in England and Wales employed 147,090 full-time equivalent officers at the end of September, 1,260 down on the previous year, according to Home Office figures.",
        True,
        [("count", 147090, None, None), ("count", 1260, None, None)],
        None,
    ),
    (
        "en",
        "The government has promised 12,500 extra neighbourhood officers by 2029.",
        True,
        [("count", 12500, None, None), ("year", 2029, None, None)],
        None,
    ),
    ("en", 'The Police Federation said officers were "exhausted and demoralised".', False, [], None),
    # --- Tuition fees to rise (PA) ---
    (
        "en",
        "LONDON (PA) - Undergraduate fees in England will go up to £9,870 a year from September, the second increase in two years, the Department for Education said.",
        True,
        [("money", 9870, "GBP", None), ("ordinal", 2, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Universities UK said 44 per cent of its members were forecasting a deficit for this academic year.",
        True,
        [("percent", 44, "%", None)],
        None,
    ),
    # --- Bootsmigranten im Januar (dpa) ---
    (
        "de",
        "London (dpa) - Im Januar sind 1.312 Migranten in kleinen Booten über den Ärmelkanal nach England gekommen.",
        True,
        [("count", 1312, None, None)],
        None,
    ),
    (
        "de",
        "Das waren fast 30 Prozent weniger als im Januar des Vorjahres, wie aus Zahlen des britischen Innenministeriums hervorgeht.",
        True,
        [("percent", 30, "%", "nearly")],
        None,
    ),
]
