"""Two-hundred-and-fifty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Gordon
Tillery, Terrence Oduya, Alma Reyes-Whitfield, Lawrence Pembrook, Kira Lansdale, Colby
Fairweather, Wendell Straub, Tess Rowntree, Lionel Ashgrove, Miriam Achterhof, Kent Lowery,
Evelyn Marchbanks, Harold Wetherby, Royce Haverford, Nadine Castellan, Angela Tobin, Anton
Greeley, Desmond Faircloth, Denise Okafor-Lind, Marisa Delgado-Pratt, Rudy Vasquez-Bell,
Hank Overbey, Lucia Arredondo-Finch, Marcus Yeboah, Julian Farrow, Rhea Dunmore, Nolan
Prideaux, Margo Kettleworth, Teresa Valdivia, Warren Koepke; the super PAC Keystone
Majority Fund and the watchdog group Capitol Ledger; every unnamed spokesman, economist,
strategist, union president, aide and voter); the president, the speaker, the leaders of
both chambers, cabinet members, governors, judges and the nominee appear under made-up
names that stand for no real holder, or by their role only ("the president", "der
US-Präsident", "a White House spokesman", "ein Sprecher des Weißen Hauses", "the union's
president"). Real bodies, courts and places (House of Representatives,
US-Repräsentantenhaus, Senate, House Appropriations Committee, Senate Judiciary
Committee, Justizausschuss, Haushaltsbüro des Kongresses, Congressional Budget Office,
Congressional Research Service, Bipartisan Policy Center, Interior Department, Office of
Personnel Management, Amt für Personalverwaltung, Federal Election Commission, Edison
Research, AP-NORC Center, Quinnipiac University, Quinnipiac-Universität, Transportation
Security Administration, Federal Aviation Administration, Verkehrsministerium, WIC,
National WIC Association, Federal Register, American Federation of Government Employees,
Federal Trade Commission, Securities and Exchange Commission, Treasury Department,
Finanzministerium, Labor Department, Justice Department, 7th and 9th Circuits, Just
Security, American Bar Association, Republican National Committee, Democratic National
Committee, OpenSecrets, Steuerbehörde IRS, Handelsministerium, Heimatschutzministerium,
Oberster Gerichtshof, and the states, cities and datelines) stand for the way wire copy
names them; every vote, tally, poll figure, budget, sum, count, date, age and quote here is
invented, and where a real figure came to mind (the longest shutdown, the cost of an
earlier shutdown, a federal minimum wage, WIC enrolment, a union's membership) it was
changed or left out (the year of the 1946 rulemaking law kept).

Its weight: US POLITICS in AP/Reuters-style copy, about 70 % English as the brief for this
batch asks, with the German rows written as dpa, APA and the German service of Reuters
retell Washington (the hundred-ninety-seventh batch weighed US politics half and half and
the seventy-sixth US politics, polls and courts before it, and their decisions are kept) -
one winter budget fight and what ran beside it, seven weeks of one year from Monday, January
26, to Friday, March 13, as 36 short stories in story order, the German stories following
the English ones they take up. English (Reuters with dated datelines, AP): a stopgap passed
by the House, its failure in the Senate, a partial shutdown from its first day through
absences of airport screeners, flight cuts and its end after 14 days, the Congressional
Budget Office's bill for it, year-end Senate fundraising and a super PAC's donor, a
Pennsylvania and a Michigan budget, a Supreme Court nomination with hearings, committee
vote and confirmation, an AP-NORC and a Quinnipiac poll, a deregulation executive order
and the injunction against it, the State of the Union with the president's tariff and
jobs figures set against Treasury and Labor Department data, the president's budget
request in trillions, a Texas Senate primary, the party committees' cash, a House ban on
stock trading, the full-year funding package and an Arizona governor's vetoes. German
(dpa, APA/AFP, APA/dpa, APA/Reuters, Reuters): the House vote and the Senate arithmetic,
the shutdown's start, its sixth failed vote and its end, the nomination, the State of the
Union, the hearings, the budget request with a conversion into euros, the Texas primary,
the poll, the confirmation and the funding package. Forms as such copy has them: roll calls
("voted 217-211", "mit 217 zu 211 Stimmen", "55 Ja- und 44 Nein-Stimmen", "six votes shy of
the 60 required"), seats, shutdown days as durations and ordinals, money in millions,
billions and trillions („Billionen Dollar“), approval and ballot figures in percent and
in percentage points with samples, fieldwork dates and margins, shares ("About 4 in 10",
"Nearly two-thirds", "about three-quarters", "a third more", "roughly a tenth", "nearly a
quarter", „gut ein Fünftel“, „Fast jeder dritte“), multiples ("twice", "more than twice",
"nearly three times"), ages, spans and numbered courts. About 55 negatives as such copy
has them, each beside a check-worthy look-alike: partisan rhetoric and praise in quotes,
labels ("called", „nannte“, „sprach von“, „bezeichneten ... als“), accusations that name
no act, a vow and a threat without a measure, a warning in a quote, hopes, fears and
doubts, open questions, a refusal to say, economists', strategists' and a pollster's
views, a brush-off of polls, an appeal that names no measure, a reputation label and a vox
pop.

241 rows (71 German, 170 English; 71 % English), 57 negatives (14 German, 43 English), 184
check-worthy rows of which 16 carry no figure (7 German, 9 English), 341 expected
quantities (116 counts, 52 amounts of money - 51 USD, 1 EUR -, 42 durations - 14 in days,
14 in years, 5 in hours, 4 in months, 3 in weeks, 2 in minutes -, 40 dates, 38 percentages
- 31 in "%", 7 in percentage points "pp" -, 27 ordinals, 17 years, 9 fractions; 3 of them
in 2 negatives, as the seventeenth batch labels a figure in a negative), 40 checked
speakers (9 German, 31 English). These counts were computed by a script over the list
below.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, accusation, vow, warning, feeling, hope, fear or piece of rhetoric is
  a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, seventy-sixth, hundred-ninety-seventh, two-hundred-and-fourth); a quoted
  or reported fact, figure, step, plan, schedule, condition or position is check-worthy
  with its speaker, also in Konjunktiv I. Pairs from one speaker: Tillery's 12 spending
  bills beside his "cliff and countdown"; Pembrook's second vote, the week of March 23 and
  61 nominees beside "Democrats own this shutdown", "for a generation" and „ein guter Tag
  für die Verfassung“; Reyes-Whitfield's four-week offer and her condition of at least two
  years beside her accusation, „mit dem Feuer“, "dead on arrival" and her threat to
  "remember this vote"; Lansdale's two-day trip beside her two labels; Lowery's $3.2
  billion beside "a wish list"; Haverford's dates and schedule beside his praise;
  Castellan's four years and 41 of 47 cases beside „Richterin für die Konzernetagen“,
  "deeply troubled" and "a blind spot"; Greeley's "twice the normal rate" and
  „verdoppelt“ beside his warning in quotes and „Die Geduld der Reisenden“; Oduya's 139
  members beside his label and his quote; Faircloth's 4,200 positions and 3% beside his
  two quotes; Okafor-Lind's $1,400 beside her two quotes and „schönzureden“; Marchbanks'
  denial and 58 senators beside "not a politician in a robe" in both languages;
  Vasquez-Bell's $9.6 million beside his victory line and „gilt als Wunschkandidat“;
  Farrow's $11.2 million beside his quote; Prideaux's 100 members beside his quote;
  Kettleworth's earmarks beside her quote and „Sieg der Vernunft“; Valdivia's June 30
  beside her statement on "culture wars" (a reported evaluation with a named speaker stays
  a negative, two-hundred-and-fourth).
- Negatives besides the rhetoric (seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-fourth, two-hundred-and-fortieth, two-hundred-and-forty-fourth): labels
  ("called the bill", "called the shutdown", "called the order", "called the ruling",
  "called the request", "called the spending plan", „nannte“, „sprach von“, „bezeichneten
  ... als“); accusations that name no act ("accused Republicans of "holding the paychecks
  ... hostage ..."", „warf dem Präsidenten vor, ... „schönzureden““); a vow ("vowed to
  fight the nomination") and a threat without a measure ("would "remember this vote in
  November""); fears, a doubt and hopes ("Many federal workers fear", "Some Democrats
  privately doubt", „Viele Demokraten fürchten“, "Supporters hope", „Die Demokraten hoffen“,
  and "Democrats hope ... for the first time since 1988" with ordinal 1 and 1988
  labelled); a reported feeling ("said she was "deeply troubled""; two-hundred-and-forty-
  fourth: "said they were worried"); open questions ("It was unclear whether", „Ob der
  Senat ... ist ungewiss“); a refusal to say ("declined to say", two-hundred-and-fortieth);
  economists', strategists' and a pollster's views ("Economists said the true cost was
  probably higher", "Republican strategists said the generic ballot tends to overstate",
  Dunmore's "tired, not converted"); a brush-off of polls (a White House spokesman twice;
  hundred-ninety-seventh); an appeal that names no measure ("urged Democrats to use every
  procedural tool", two-hundred-and-fourth); a reputation label („gilt als“); "Progressive
  lawmakers said the package abandoned ..." (an evaluation; "millions of families" none, a
  vague magnitude as "dozens", seventy-sixth); the president's "The state of our union is
  stronger tonight ..." (rhetoric without a benchmark); a vox pop with its age labelled
  ("Angela Tobin, a 44-year-old nurse" 44 years; two-hundred-and-forty-fourth).
- Check-worthy without a figure (seventy-sixth, hundred-ninety-seventh,
  two-hundred-and-forty-fourth): Pembrook's announced second vote, the budget office's
  instruction to agencies ("at 12:01 a.m." a clock time, none), the Interior Department's
  closures, the agencies named in the shutdown plans („wie aus den Notfallplänen ...
  hervorgeht“), „Fluglotsen und Sicherheitskräfte ... müssen ohne Bezahlung
  weiterarbeiten“, Greeley's „verdoppelt“ (a verb carries none, hundred-sixtieth), the
  regulators covered by the order, the nomination („hat ... nominiert“), the Democratic
  response („Die Gegenrede ... hielt“), Marchbanks' account to senators, the Texas
  nomination, the ABA's rating (hundred-ninety-seventh), Haverford's floor schedule, the
  swearing-in („soll am Freitag vereidigt werden“), the vetoed citizenship bill and
  Koepke's announced ballot measure.
- Roll calls and seats are counts, one per figure (seventy-sixth, hundred-ninety-seventh):
  "voted 217-211", "falling 54-46", "approved it 279-147", "passed the measure 67-32",
  "voted 12-10", "by a vote of 51-47", "passed 396-22", "71-28 ... 286-140", "control the
  state Senate 28-22", „mit 217 zu 211 Stimmen“, „mit 279 zu 147 ... mit 67 zu 32
  Stimmen“, „mit 51 zu 47 Stimmen“, „mit 71 zu 28 Stimmen“, „55 Ja- und 44 Nein-Stimmen,
  nötig gewesen wären 60“, "six votes shy of the 60 required", "would need 60 votes", „60
  der 100 Stimmen“, „51 der 100 Stimmen“, „sechs der neun Sitze“, „von sechs zu drei
  Stimmen am neunköpfigen Gericht“ 6, 3 and 9 and "the nine-member court, ... its 6-3
  conservative majority" (seventy-sixth: "des neunköpfigen Gerichts", "A three-judge
  federal panel"), „verfügen dort über 53 Sitze“ 53 with no hedge (seventy-sixth: the
  preposition „über“ that „verfügen“ governs), "220 House seats to the Democrats' 215, ...
  three seats", "14 Democrats" and „14 Demokraten“, "139 of his members", "in 41 of the 47
  labor cases" and „in 41 von 47 ... Fällen“ two counts (seventy-sixth: „in zwölf von 15
  Bundesstaaten“), "Two Republicans ... and one Democrat" and "One Democrat ..., three
  Republicans ... and two Democrats" (hundred-eighteenth and hundred-forty-seventh: "One
  child" 1), "61 of the president's judicial nominees ..., including two" 61 and 2,
  „bereits 61 Richterinnen und Richter“ ("bereits" no hedge). "along party lines" none.
- Shutdown days, attempts and rounds (seventy-sixth, hundred-ninety-seventh): "a 14-day
  government shutdown" 14 days and „Nach 14 Tagen“, „dauert damit bereits elf Tage“ 11
  days, "The two-week government shutdown" 2 weeks, "lasted 16 days", „hatte 39 Tage
  gedauert“; "the ninth day" ordinal 9 (seventy-sixth: "its 23rd day"), „zum sechsten Mal
  gescheitert“ 6, "the fourth such lapse since 2018 and the first of the president's
  current term" and „der vierte Shutdown seit 2018“ ordinals and the year, "a second
  shutdown" and „einen zweiten Shutdown“ 2, „mit zwei Anläufen“ count 2, "The first
  paychecks" ordinal 1 (seventy-sixth: "their first full paycheck"). None: "Friday
  midnight", "12:01 a.m.", „in der Nacht zum Samstag“, „binnen weniger Wochen“, "a day
  before the deadline".
- New: "The speech lasted one hour and 48 minutes" and „Die Rede dauerte eine Stunde und 48
  Minuten“ are two durations, 1 hour and 48 minutes, as "three hours and 40 minutes"
  (hundred-second, hundred-eighteenth) - the number word joined by "and"/„und“ to a figure
  of the smaller unit is the count of hours, so „eine“ is read as the number here, while
  an article before a lone noun stays none („je einen Elternteil“, hundred-forty-eighth;
  "a month", "a decade", "a year").
- New: "It is at least the 112th time ..." is ordinal 112 "at_least" - the hedge bounds the
  rank as "until at least 2028" bounds a year (hundred-ninety-seventh) and "at least 13 of
  the state's 24" a count (seventy-sixth).
- New: "had served a third more families than usual" is fraction 0.3333 with no hedge - a
  rise stated as a share of the usual number, read as written; „gut ein Fünftel mehr als
  vor vier Jahren“ is 0.2 "over" („gut“ hedges, seventy-first; „mehr als“ after the share
  compares, two-hundred-and-fortieth: „1,37 Dollar mehr als am Vortag“) with 4 years.
- Polls (seventy-sixth, hundred-ninety-seventh): "About 4 in 10 Americans" 0.4 "about",
  "Nearly two-thirds" 0.6667 "nearly", „Fast jeder dritte“ 0.3333 "nearly"
  (hundred-ninety-seventh: „Fast jeder zweite“), "stands at 41%, down 3 percentage points"
  3 pp, "a 5-point lead, up from 1 point" 5 pp and 1 pp (hundred-ninety-seventh: "a 4-point
  lead"), „vier Prozentpunkte weniger“ 4 pp, "35% ... and 33%", "47% to 42%" and „mit 47 zu
  42 Prozent“ two percentages, "38%, with 56% disapproving", „auf 38 Prozent“, margins "plus or minus 4.1 percentage
  points" and "plus or minus 3.3 percentage points" pp with no hedge, samples "1,147
  adults", "1,452 registered voters" and „1.452 registrierte Wählerinnen und Wähler“,
  fieldwork "March 5-8" and „vom 5. bis 8. März“ two dates (seventy-sixth: "Nov. 6-10", „vom
  10. bis 12. September“). New: "from Jan. 29-Feb. 2" gives two dates, --01-29 and --02-02
  - a range across a month's end names the second month after the dash and both ends are
  dates, as "Oct. 2-6" with the month written once (hundred-ninety-seventh). New: in „vom
  5. bis 8. März 1.452 registrierte Wählerinnen und Wähler“ the figure after the month is
  the count 1,452, not a year - German grouping with a point marks a count („1.029
  Erwachsene“, hundred-ninety-seventh), a year is written without one.
- Money in the currency written (every batch): trillions ("$7.2 trillion", "$1.1
  trillion", "$1.6 trillion", "$1.64 trillion") and „Billionen Dollar“ (seventy-sixth: the
  German trillion); „Umgerechnet entspräche der geplante Militäretat rund 1,02 Billionen
  Euro“ EUR "about" ("Umgerechnet" no hedge, two-hundred-and-fortieth); „rund 8 Milliarden
  Dollar ..., 2 Milliarden davon“ USD twice, the hedge on the first only (the currency
  written once serves the list, forty-sixth; "davon" no hedge); "a combined $94 million"
  and "a combined $193 million" no hedge (hundred-ninety-seventh), "donors giving under
  $200" "under" (hundred-ninety-seventh: "amounts under $200"), "more than $600 billion"
  inside the president's quote "over" (a claim to be checked with its figure as said,
  hundred-ninety-seventh), "another $15 million" and "$1.2 billion more" no hedge, "in
  November alone" no hedge, "$15 an hour", "about $1,400 more a year", "about $35 billion
  a year" ("an hour", "a year" none), "$10,380", "$53.4 billion", "$84.1 billion". None:
  "cash on hand", "in the bank", "this cycle", "the current cycle", "Keystone Majority
  Fund", "super PAC".
- Multiples are counts with their hedges (two-hundred-and-forty-fourth): "more than twice
  the $6.1 million" 2 "over", "nearly three times the $22.4 million" 3 "nearly"
  (hundred-twenty-first: "almost three times the low estimate"), "at twice the normal rate"
  2; „verdoppelt“ and "doubling the ratio" none (verbs).
- Other counts (every batch): "the five most competitive races" 5 (hundred-ninety-seventh:
  "the 10 most competitive races"), "all 12 annual spending bills" ("all" no hedge), "about
  22 million people", "About 740,000 ... roughly 1.4 million", „rund 740.000“ (twice),
  „Weitere 1,4 Millionen“ ("Weitere" no hedge), "about 760,000 workers", "about 1 million
  workers", "214,000 individual donors", "1.9 million jobs ... about 1.3 million", "About
  6.4 million women and young children", „rund 1.800 Flüge“, „Bereits ... rund 1.100
  Verbindungen“ ("Bereits" no hedge), "20 of the busiest U.S. airports", "10 existing
  regulations for each new rule" 10 only, "4,200 vacant positions", "14 agencies", "38
  programs", "more than 310 opinions" "over", "declined 37 times" and „37 Mal“ (the issue's
  "100 Mal"), "applause 71 times", "58 senators", "four rivals, including two-term Rep.
  Hank Overbey" 4 and 2 (hundred-twenty-ninth: "two-term council member" is count 2), "a
  46-page ruling" 46 (hundred-ninety-seventh: "a 43-page ruling"), "about 2.3 million, up
  from 1.9 million" and „Rund 2,3 Millionen Menschen“, "more than 4,600 earmarks", "46
  lawmakers", "about 100 House members, nearly a quarter of the chamber" 100 "about" and
  0.25 "nearly", "23 bills ... to 71", "the 64 vetoes". None: "U.S.", "AP-NORC", "WIC",
  "D-Ill.", "R-Wis.", "a handful", "both parties".
- Ordinals (the issue: "das sechste Treffen"): "the Chicago-based 7th U.S. Circuit" 7 and
  "the San Francisco-based 9th Circuit" 9 (hundred-ninety-seventh: a numbered circuit),
  "the sixth woman" and „die sechste Frau“ 6, "the 117th justice", "the 87th executive
  order", "his first term" 1, "her second term" 2, "the second day" and „am zweiten Tag“ 2,
  "finished second" and „auf dem zweiten Platz“ 2 (hundred-third), "the fourth quarter" 4,
  "the first quarter" 1, "the first full year" 1, "the first version of the policy" 1,
  "for the first time in a decade" 1 ("in a decade" none). None: „erstmals“, "the
  narrowest margin", "its highest rating", "the longest such address", „der bislang
  längste“, "the busiest", "his lowest rating", „am höchsten Gericht“.
- Durations and ages (the issue: "a two-week visit", "dreitägige Reise"): "four days
  before", "for seven weeks", "a four-week extension", "a planned two-day trip", "for
  another 90 days" ("another" no hedge), "180 days from the law's effective date", "nearly
  11 hours" and „fast elf Stunden lang“ "nearly", „nach der viertägigen Anhörung“ 4 days,
  „vier Tage angesetzt“, „binnen sieben Tagen“, „um mindestens zwei Jahre“ "at_least",
  "127 days late", "exceeded two hours" with no hedge (a verb, seventy-sixth: "topped"),
  "after 24 years on the bench" and „nach 24 Jahren am Gericht“, "four years as a lawyer",
  "an average of 68 days" no hedge and "an average of about 26 years" "about" (the hedge
  stands on the figure; two-hundred-and-fortieth: "an average of" no hedge), "in the 12
  months through January" and „in den zwölf Monaten bis Ende Januar“, "during the last
  three months of the year" 3 months, "four years ago" and „vor vier Jahren“ 4 years
  (hundred-ninety-seventh), "in each of the past two years" 2 years (seventy-sixth: "in the
  past five years"), "with more than two months still to go" 2 months "over", "in at least
  60 years" and „seit mindestens 60 Jahren“ 60 years "at_least"; ages "Marchbanks, 52,"
  and „Die 52-Jährige“, „die 52-Jährige“ 52 years (sixteenth, sixty-third). None: "last
  year", "next year", "this term", „in dieser Amtszeit“, "a year earlier", "the next
  decade", "for a generation", „seit Jahrzehnten“, "a day before", "a month" and weekdays.
- Years and dates: "fiscal 2028" and „im Haushaltsjahr 2028“ year 2028 (twenty-fifth,
  two-hundred-and-fortieth), "by 2027-28" both years (two-hundred-and-forty-fourth: "The
  2019-20 bushfires"), "a 2022 dissent" and "a 1946 law" (hundred-ninety-seventh: "a 1977
  emergency law"), "since 2018" (twice), „seit 2018“, "since 2019", "since 2017", "Since
  1990", "since 1970", "by 2036", „für 2028“, "by 2028", and in a
  negative "since 1988". Reuters datelines with a day are dates without a year
  ("WASHINGTON, Jan 26 (Reuters)" --01-26 and the rest, "AUSTIN, Texas, March 4 (Reuters)"
  --03-04 with the state between city and day; two-hundred-and-forty-fourth); AP ("WASHINGTON
  (AP) —", "HARRISBURG, Pa. (AP) —", "LANSING, Mich. (AP) —", "HAMDEN, Conn. (AP) —",
  "PHOENIX (AP) —"), dpa, APA/AFP, APA/dpa, APA/Reuters and Reuters German datelines none
  (seventy-ninth). Dates: "through March 13" and „bis zum 13. März“ ("through" and „bis
  zum“ no hedge), "on Dec. 31", "on Feb. 13", "July 1" (twice), "on Feb. 24", „ab dem 24.
  Februar“ ("ab" no hedge, hundred-ninety-seventh), "by March 5" and „am 5. März“ (twice),
  "by March 31", "in the week of March 23", "through May 19", "on Oct. 31", "a May 26
  runoff" and „am 26. Mai“, "since Feb. 1", "through Sept. 30" and „am 30. September“, "on
  June 30". None: "in January last year", "in September", "before March", "in November",
  „im November“, „im Januar“, "the August recess", "at the end of December".
- Hedges, only the names in use: "about", "About", "roughly", "rund", "Rund" "about";
  "nearly", "Nearly", „fast“, „Fast“ "nearly"; "more than", „mehr als“ (inside a quote),
  „gut“ "over"; "under" "under"; "at least", „mindestens“ "at_least". No hedge: "a
  combined", "another", "more" and „mehr als“ after a figure, "alone", "all", "an average
  of", "plus or minus", "exceeded", "topped", "through", „bis zum“, „ab dem“, „bereits“,
  „Bereits“, „Weitere“, „insgesamt“, „davon“, „nur“, „Umgerechnet“, „über“ after
  „verfügen“, "over" after a figure ("an increase of 4.6% over current spending").
- Speakers, checked only in forms the earlier batches settled. English: the name with the
  office dropped ("House Speaker Gordon Tillery said", "Senate Majority Leader Lawrence
  Pembrook said", "Senate Democratic leader Alma Reyes-Whitfield said", "Senate Judiciary
  Committee Chairman Royce Haverford said", "Transportation Secretary Anton Greeley said",
  "House Democratic leader Terrence Oduya said", "White House budget director Desmond
  Faircloth said", "DNC spokesman Julian Farrow said", "House Appropriations Committee
  Chairwoman Margo Kettleworth said", "Senate President Warren Koepke said";
  hundred-ninety-seventh, two-hundred-and-fortieth), the office and the occasion dropped
  ("In the Democratic response, Michigan Gov. Denise Okafor-Lind said", "U.S. District
  Judge Marisa Delgado-Pratt said in a 46-page ruling"; two-hundred-and-fortieth), "Sen.
  Nadine Castellan, D-Ill., said" and "Rep. Nolan Prideaux, R-Wis., said" with the party
  and state label dropped (seventy-sixth), "Supreme Court nominee Evelyn Marchbanks told
  senators" and "Faircloth told reporters" ("told reporters" names the speaker,
  two-hundred-and-fourth; "told analysts", two-hundred-and-fortieth), the surname opening
  the row as written ("Lansdale said", "Lowery said", "Pembrook said" twice, "Castellan
  said", "Marchbanks said", "Vasquez-Bell said", "Haverford said", "Valdivia said";
  seventy-sixth, two-hundred-and-fortieth), "Straub's campaign said" and "Fairweather's
  campaign said" -> the campaign with the possessive (hundred-thirty-eighth: "Escalante's
  campaign said"), and a body at the end of the row with its article in lower case ("the
  Transportation Security Administration said", "the Interior Department said", "The White
  House said" -> "the White House", "the Justice Department said";
  hundred-ninety-seventh). German: „Reyes-Whitfield
  sagte, ...“ opening the row, „Verkehrsminister Anton Greeley sagte, ...“,
  „Senatorin Nadine Castellan sagte, ...“, „Haushaltsdirektor Desmond Faircloth sagte, ...“
  and „Mehrheitsführer Lawrence Pembrook sagte, ...“ the name (hundred-eightieth: the
  office heading "X sagte"); „nach Angaben des Haushaltsbüros des Kongresses“ -> "das
  Haushaltsbüro des Kongresses" (the source in the nominative, the genitive that names the
  body kept, hundred-ninety-seventh) and „Nach Angaben des Verkehrsministeriums“ -> "das
  Verkehrsministerium"; „teilte das Amt für Personalverwaltung mit“; „wie die
  Quinnipiac-Universität mitteilte“ (the "wie"-clause checked as the
  hundred-ninety-seventh and two-hundred-and-fortieth do). Left unchecked (None): all
  negatives, also those with a named speaker; roles ("the president said", "the agency
  said", "the office said"), appositions between the name and the verb
  ("Okafor-Lind, a Democrat in her second term, said", "The American Federation of
  Government Employees, which says ..., said"; hundred-ninety-seventh), a relative clause
  ("which Achterhof said"), plural groups ("Food banks in Maryland and Virginia said",
  "which Democrats say", "which they say"), "told agencies", "told supporters" (an
  occasion speech, hundred-ninety-seventh), "the Congressional Budget Office estimated" (an estimating verb,
  hundred-ninety-seventh), "The Congressional Budget Office has put", "the budget office
  says", polls, filings, data, counts and documents ("a survey by The AP-NORC Center",
  "according to a Quinnipiac University poll", "Federal Election Commission filings
  reviewed by Reuters show", "according to estimates compiled by the Bipartisan Policy
  Center", "according to the National WIC Association", "according to the Office of
  Personnel Management", "according to a count of Federal Register notices", "according to
  a tally by ... Just Security", "according to the Congressional Research Service",
  "according to OpenSecrets", "Treasury Department data show", "according to a Reuters
  count", "according to a White House fact sheet", "according to results tallied by Edison
  Research", „einer Umfrage zufolge“, „laut der Umfrage“, „Nach Daten des
  Finanzministeriums“, „nach Schätzungen des Haushaltsbüros des Kongresses“, „Nach Zählung der demokratischen
  Ausschussmitarbeiter“, „wie aus den Notfallplänen der Ministerien hervorgeht“), "An analysis by ... found", "the ... Association had
  rated", „rechnet“ and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_258 = [
    # --- Stopgap passes the House (Reuters), Monday, Jan 26 ---
    (
        "en",
        "WASHINGTON, Jan 26 (Reuters) - The Republican-controlled House of Representatives voted 217-211 on Monday for a stopgap measure funding federal agencies through March 13, four days before a Friday midnight deadline.",
        True,
        [
            ("date", "--01-26", None, None),
            ("count", 217, None, None),
            ("count", 211, None, None),
            ("date", "--03-13", None, None),
            ("duration", 4, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Two Republicans voted against the measure and one Democrat voted for it.",
        True,
        [("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The bill extends current spending levels for seven weeks and adds $1.2 billion for security at federal courthouses, according to a summary released by the House Appropriations Committee.",
        True,
        [("duration", 7, "week", None), ("money", 1200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "House Speaker Gordon Tillery said the extension would give negotiators time to finish all 12 annual spending bills.",
        True,
        [("count", 12, None, None)],
        "Gordon Tillery",
    ),
    (
        "en",
        '"The American people are sick of governing by cliff and countdown, and frankly so am I," Tillery told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Democrats had demanded that any stopgap also extend enhanced health insurance subsidies that expired on Dec. 31, which they say help about 22 million people pay their premiums.",
        True,
        [("date", "--12-31", None, None), ("count", 22000000, None, "about")],
        None,
    ),
    (
        "en",
        'House Democratic leader Terrence Oduya called the bill "a ransom note stapled to a spreadsheet."',
        False,
        [],
        None,
    ),
    # --- Übergangshaushalt vor dem Senat (dpa), Dienstag, 27. Januar ---
    (
        "de",
        "Washington (dpa) - Im Streit um den US-Haushalt hat die größere Kongresskammer mit 217 zu 211 Stimmen einen Übergangshaushalt bis zum 13. März beschlossen, im Senat zeichnet sich aber keine Mehrheit dafür ab.",
        True,
        [("count", 217, None, None), ("count", 211, None, None), ("date", "--03-13", None, None)],
        None,
    ),
    (
        "de",
        "Die Republikaner verfügen dort über 53 Sitze, für die meisten Gesetze sind aber 60 der 100 Stimmen nötig.",
        True,
        [("count", 53, None, None), ("count", 60, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Ohne Einigung müssten nach Schätzungen des Haushaltsbüros des Kongresses rund 740.000 Bundesbedienstete unbezahlt zu Hause bleiben.",
        True,
        [("count", 740000, None, "about")],
        None,
    ),
    (
        "de",
        "Weitere 1,4 Millionen, darunter Soldaten und Fluglotsen, müssten ohne Lohn weiterarbeiten.",
        True,
        [("count", 1400000, None, None)],
        None,
    ),
    (
        "de",
        "„Die Republikaner spielen mit dem Feuer, und die Rechnung zahlen am Ende die Familien“, sagte die demokratische Minderheitsführerin im Senat, Alma Reyes-Whitfield.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Reyes-Whitfield sagte, ihre Fraktion werde nur zustimmen, wenn die Zuschüsse zur Krankenversicherung um mindestens zwei Jahre verlängert würden.",
        True,
        [("duration", 2, "year", "at_least")],
        "Reyes-Whitfield",
    ),
    (
        "de",
        "Der bislang längste Stillstand der Bundesverwaltung hatte 39 Tage gedauert.",
        True,
        [("duration", 39, "day", None)],
        None,
    ),
    # --- Senate vote fails (AP), Thursday, Jan 29 ---
    (
        "en",
        "WASHINGTON (AP) — The House-passed funding bill stalled in the Senate on Thursday, falling 54-46, six votes shy of the 60 required to break a Democratic filibuster.",
        True,
        [("count", 54, None, None), ("count", 46, None, None), ("count", 6, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Three Democrats crossed party lines to support the measure, and two Republicans opposed it.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Senate Majority Leader Lawrence Pembrook said he would hold another vote on Friday and keep the chamber in session through the weekend if necessary.",
        True,
        [],
        "Lawrence Pembrook",
    ),
    (
        "en",
        '"Democrats own this shutdown, every last hour of it," Pembrook said on the Senate floor.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Senate Democratic leader Alma Reyes-Whitfield said her caucus had offered to pass a four-week extension if Republicans agreed to a vote on the health subsidies.",
        True,
        [("duration", 4, "week", None)],
        "Alma Reyes-Whitfield",
    ),
    (
        "en",
        'Reyes-Whitfield accused Republicans of "holding the paychecks of federal workers hostage to a tax-cut agenda."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The White House budget office told agencies on Thursday to be ready to carry out their shutdown plans at 12:01 a.m. on Saturday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The last time the Senate failed to pass a stopgap on the eve of a deadline, the shutdown that followed lasted 16 days.",
        True,
        [("duration", 16, "day", None)],
        None,
    ),
    # --- Shutdown begins (Reuters), Saturday, Jan 31 ---
    (
        "en",
        "WASHINGTON, Jan 31 (Reuters) - The U.S. government began a partial shutdown on Saturday after Congress failed to agree on funding, the fourth such lapse since 2018 and the first of the president's current term.",
        True,
        [
            ("date", "--01-31", None, None),
            ("ordinal", 4, None, None),
            ("year", 2018, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "About 740,000 federal employees will be furloughed, and roughly 1.4 million others, including air traffic controllers and airport screeners, must work without pay, according to estimates compiled by the Bipartisan Policy Center.",
        True,
        [("count", 740000, None, "about"), ("count", 1400000, None, "about")],
        None,
    ),
    (
        "en",
        "National parks will remain open with reduced staff, but visitor centers and campgrounds will close, the Interior Department said.",
        True,
        [],
        "the Interior Department",
    ),
    (
        "en",
        'White House press secretary Kira Lansdale called the shutdown "a Democratic temper tantrum with a body count of paychecks."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lansdale said the president had canceled a planned two-day trip to Florida to stay in Washington.",
        True,
        [("duration", 2, "day", None)],
        "Lansdale",
    ),
    (
        "en",
        "The first paychecks affected by the lapse are due on Feb. 13, according to the Office of Personnel Management.",
        True,
        [("ordinal", 1, None, None), ("date", "--02-13", None, None)],
        None,
    ),
    (
        "en",
        "Many federal workers fear they will not be able to cover their rent if the standoff drags into March.",
        False,
        [],
        None,
    ),
    # --- Shutdown beginnt (dpa), Samstag, 31. Januar ---
    (
        "de",
        "Washington (dpa) - In den USA hat in der Nacht zum Samstag der vierte Shutdown seit 2018 begonnen.",
        True,
        [("ordinal", 4, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "Rund 740.000 Bundesbedienstete werden in den Zwangsurlaub geschickt.",
        True,
        [("count", 740000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen sind unter anderem die Steuerbehörde IRS, das Handelsministerium und Teile des Heimatschutzministeriums, wie aus den Notfallplänen der Ministerien hervorgeht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Senat war am Donnerstag und am Freitag mit zwei Anläufen gescheitert, den Übergangshaushalt zu verabschieden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident machte die Demokraten verantwortlich und sprach von einem „Shutdown der radikalen Linken“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Beim bislang letzten Shutdown hatten nach Angaben des Haushaltsbüros des Kongresses rund 8 Milliarden Dollar an Wirtschaftsleistung gefehlt, 2 Milliarden davon dauerhaft.",
        True,
        [("money", 8000000000, "USD", "about"), ("money", 2000000000, "USD", None)],
        "das Haushaltsbüro des Kongresses",
    ),
    (
        "de",
        "Fluglotsen und Sicherheitskräfte an den Flughäfen müssen ohne Bezahlung weiterarbeiten.",
        True,
        [],
        None,
    ),
    # --- Year-end fundraising (Reuters), Sunday, Feb 1 ---
    (
        "en",
        "WASHINGTON, Feb 1 (Reuters) - Democratic Senate candidates in the five most competitive races took in a combined $94 million during the last three months of the year, Federal Election Commission filings reviewed by Reuters show.",
        True,
        [
            ("date", "--02-01", None, None),
            ("count", 5, None, None),
            ("money", 94000000, "USD", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "In Ohio, Rep. Colby Fairweather raised $14.2 million in the fourth quarter, more than twice the $6.1 million raised by Republican Sen. Wendell Straub.",
        True,
        [
            ("money", 14200000, "USD", None),
            ("ordinal", 4, None, None),
            ("count", 2, None, "over"),
            ("money", 6100000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Straub ended the year with $21.7 million in cash on hand, against Fairweather's $11.9 million.",
        True,
        [("money", 21700000, "USD", None), ("money", 11900000, "USD", None)],
        None,
    ),
    (
        "en",
        "Straub's campaign said more than 60% of its donations in the quarter came from donors giving under $200.",
        True,
        [("percent", 60, "%", "over"), ("money", 200, "USD", "under")],
        "Straub's campaign",
    ),
    (
        "en",
        '"Ohio is not for sale, and Wendell Straub is not going anywhere," campaign manager Tess Rowntree said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Keystone Majority Fund, a super PAC aligned with Senate Republican leaders, reported $118 million in the bank at the end of December.",
        True,
        [("money", 118000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Its largest donor, investor Lionel Ashgrove, gave $25 million in November alone.",
        True,
        [("money", 25000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Fairweather's campaign said it had 214,000 individual donors, about three-quarters of them from Ohio.",
        True,
        [("count", 214000, None, None), ("fraction", 0.75, None, "about")],
        "Fairweather's campaign",
    ),
    # --- Pennsylvania budget (AP), Tuesday, Feb 3 ---
    (
        "en",
        "HARRISBURG, Pa. (AP) — Pennsylvania Gov. Miriam Achterhof on Tuesday proposed a $53.4 billion budget for the fiscal year that begins July 1, an increase of 4.6% over current spending.",
        True,
        [("money", 53400000000, "USD", None), ("date", "--07-01", None, None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "The plan would raise the state's minimum wage to $15 an hour by 2028, which Achterhof said would lift pay for about 1 million workers.",
        True,
        [("money", 15, "USD", None), ("year", 2028, None, None), ("count", 1000000, None, "about")],
        None,
    ),
    (
        "en",
        "Achterhof also proposed legalizing recreational marijuana and taxing it at 20%, which her budget office estimates would bring in $536 million in the first full year.",
        True,
        [("percent", 20, "%", None), ("money", 536000000, "USD", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        '"This budget is about dignity, and Pennsylvanians have waited long enough for it," Achterhof said in her address to lawmakers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Republicans, who control the state Senate 28-22, have rejected legalization in each of the past three budgets.",
        True,
        [("count", 28, None, None), ("count", 22, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        'State Senate Majority Leader Kent Lowery called the spending plan "a wish list that ignores the bills coming due."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lowery said the proposal would leave a $3.2 billion hole in the state's finances by 2027-28.",
        True,
        [("money", 3200000000, "USD", None), ("year", 2027, None, None), ("year", 2028, None, None)],
        "Lowery",
    ),
    (
        "en",
        "Last year's budget was signed 127 days late after a standoff over transit funding.",
        True,
        [("duration", 127, "day", None)],
        None,
    ),
    # --- Supreme Court nomination (Reuters), Wednesday, Feb 4 ---
    (
        "en",
        "WASHINGTON, Feb 4 (Reuters) - The president on Wednesday nominated federal appeals court Judge Evelyn Marchbanks to the U.S. Supreme Court to replace Justice Harold Wetherby, who announced his retirement last month after 24 years on the bench.",
        True,
        [("date", "--02-04", None, None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "en",
        "Marchbanks, 52, has served on the Chicago-based 7th U.S. Circuit Court of Appeals since 2019.",
        True,
        [("duration", 52, "year", None), ("ordinal", 7, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "She would be the sixth woman to serve on the nine-member court, and her confirmation would preserve its 6-3 conservative majority.",
        True,
        [("ordinal", 6, None, None), ("count", 9, None, None), ("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Senate Judiciary Committee Chairman Royce Haverford said hearings would begin on Feb. 24 and that he expected a committee vote by March 5.",
        True,
        [("date", "--02-24", None, None), ("date", "--03-05", None, None)],
        "Royce Haverford",
    ),
    (
        "en",
        '"Judge Marchbanks is a brilliant jurist with a deep reverence for the Constitution," Haverford said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marchbanks has written more than 310 opinions, including a 2022 dissent arguing that a state ban on carrying guns in city parks was unconstitutional.",
        True,
        [("count", 310, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Sen. Nadine Castellan, D-Ill., said she would request all records from Marchbanks' four years as a lawyer in the White House counsel's office.",
        True,
        [("duration", 4, "year", None)],
        "Nadine Castellan",
    ),
    (
        "en",
        "Liberal advocacy groups vowed to fight the nomination in every state with a Democratic senator.",
        False,
        [],
        None,
    ),
    # --- Nominierung für den Supreme Court (APA/AFP), Donnerstag, 5. Februar ---
    (
        "de",
        "Washington (APA/AFP) - Der US-Präsident hat die Bundesrichterin Evelyn Marchbanks für einen Sitz am Obersten Gerichtshof nominiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 52-Jährige soll auf den konservativen Richter Harold Wetherby folgen, der nach 24 Jahren am Gericht in den Ruhestand geht.",
        True,
        [("duration", 52, "year", None), ("duration", 24, "year", None)],
        None,
    ),
    (
        "de",
        "Mit ihr bliebe die konservative Mehrheit von sechs zu drei Stimmen am neunköpfigen Gericht erhalten.",
        True,
        [("count", 6, None, None), ("count", 3, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Für die Bestätigung genügt im Senat eine einfache Mehrheit von 51 der 100 Stimmen.",
        True,
        [("count", 51, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Die demokratische Senatorin Nadine Castellan nannte die Kandidatin eine „Richterin für die Konzernetagen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Anhörungen im Justizausschuss sind ab dem 24. Februar vier Tage angesetzt.",
        True,
        [("date", "--02-24", None, None), ("duration", 4, "day", None)],
        None,
    ),
    # --- AP-NORC poll (AP), Thursday, Feb 5 ---
    (
        "en",
        "WASHINGTON (AP) — About 4 in 10 Americans hold congressional Democrats responsible for the shutdown, and a similar share point at the president and his party, according to a survey by The AP-NORC Center released Thursday.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "The president's approval rating stands at 41%, down 3 percentage points from December.",
        True,
        [("percent", 41, "%", None), ("percent", 3, "pp", None)],
        None,
    ),
    (
        "en",
        "Nearly two-thirds of Democrats want their party's senators to hold out for an extension of the health subsidies, even if that prolongs the shutdown.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "Among independents, 35% blame Democrats and 33% blame Republicans.",
        True,
        [("percent", 35, "%", None), ("percent", 33, "%", None)],
        None,
    ),
    (
        "en",
        "AP-NORC interviewed 1,147 adults from Jan. 29-Feb. 2, and results for the full sample carry a sampling error margin of plus or minus 4.1 percentage points.",
        True,
        [
            ("count", 1147, None, None),
            ("date", "--01-29", None, None),
            ("date", "--02-02", None, None),
            ("percent", 4.1, "pp", None),
        ],
        None,
    ),
    (
        "en",
        '"I just want both sides to grow up and do the jobs we pay them for," said Angela Tobin, a 44-year-old nurse from Dayton, Ohio.',
        False,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        'A White House spokesman said polls "don\'t capture how fed up Americans are with Democrats."',
        False,
        [],
        None,
    ),
    # --- Shutdown, day nine (Reuters), Monday, Feb 9 ---
    (
        "en",
        "WASHINGTON, Feb 9 (Reuters) - Unscheduled absences among airport security screeners rose to 8.7% on Sunday, the ninth day of the government shutdown, compared with 2.4% on the same day a year earlier, the Transportation Security Administration said.",
        True,
        [
            ("date", "--02-09", None, None),
            ("percent", 8.7, "%", None),
            ("ordinal", 9, None, None),
            ("percent", 2.4, "%", None),
        ],
        "the Transportation Security Administration",
    ),
    (
        "en",
        "Waits at some checkpoints in Atlanta and Houston exceeded two hours over the weekend, the agency said.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "en",
        "Transportation Secretary Anton Greeley said air traffic controllers, who have not been paid since the shutdown began, were calling in sick at twice the normal rate.",
        True,
        [("count", 2, None, None)],
        "Anton Greeley",
    ),
    (
        "en",
        '"Every day this goes on, the margin for error in our skies gets thinner," Greeley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "From Wednesday, carriers must trim 6% of their flights at 20 of the busiest U.S. airports under an order from the Federal Aviation Administration.",
        True,
        [("percent", 6, "%", None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "About 6.4 million women and young children enrolled in the WIC nutrition program could lose benefits before March, according to the National WIC Association.",
        True,
        [("count", 6400000, None, "about")],
        None,
    ),
    (
        "en",
        "Food banks in Maryland and Virginia said they had served a third more families than usual since Feb. 1.",
        True,
        [("fraction", 0.3333, None, None), ("date", "--02-01", None, None)],
        None,
    ),
    # --- Senat scheitert erneut (dpa), Dienstag, 10. Februar ---
    (
        "de",
        "Washington (dpa) - Im US-Senat ist ein Übergangshaushalt zur Beendigung des Shutdowns zum sechsten Mal gescheitert.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Vorlage erhielt am Dienstag 55 Ja- und 44 Nein-Stimmen, nötig gewesen wären 60.",
        True,
        [("count", 55, None, None), ("count", 44, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Der Stillstand dauert damit bereits elf Tage.",
        True,
        [("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Verkehrsministeriums mussten Fluggesellschaften am Montag landesweit rund 1.800 Flüge streichen.",
        True,
        [("count", 1800, None, "about")],
        "das Verkehrsministerium",
    ),
    (
        "de",
        "Verkehrsminister Anton Greeley sagte, die Zahl der krankgemeldeten Fluglotsen habe sich seit Beginn des Shutdowns verdoppelt.",
        True,
        [],
        "Anton Greeley",
    ),
    (
        "de",
        "„Die Geduld der Reisenden ist nicht grenzenlos“, sagte Greeley.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bereits am Sonntag hatten die Fluggesellschaften rund 1.100 Verbindungen gestrichen.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    # --- Shutdown ends (AP), Friday, Feb 13 ---
    (
        "en",
        "WASHINGTON (AP) — The president signed a bill late Friday ending a 14-day government shutdown, hours after the House approved it 279-147.",
        True,
        [("duration", 14, "day", None), ("count", 279, None, None), ("count", 147, None, None)],
        None,
    ),
    (
        "en",
        "The Senate had passed the measure 67-32 on Thursday after 14 Democrats dropped their opposition in exchange for a promised vote on the health subsidies by March 31.",
        True,
        [
            ("count", 67, None, None),
            ("count", 32, None, None),
            ("count", 14, None, None),
            ("date", "--03-31", None, None),
        ],
        None,
    ),
    (
        "en",
        "The bill funds the government through March 13 and guarantees back pay for about 740,000 furloughed workers.",
        True,
        [("date", "--03-13", None, None), ("count", 740000, None, "about")],
        None,
    ),
    (
        "en",
        'House Democratic leader Terrence Oduya said 139 of his members voted no because the deal offered "nothing but a promise" on health care.',
        True,
        [("count", 139, None, None)],
        "Terrence Oduya",
    ),
    (
        "en",
        '"A promise from this majority is worth exactly the paper it isn\'t written on," Oduya said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pembrook said the subsidy vote would be held in the week of March 23 and would need 60 votes to pass.",
        True,
        [("date", "--03-23", None, None), ("count", 60, None, None)],
        "Pembrook",
    ),
    (
        "en",
        "Some Democrats privately doubt that the vote will ever take place.",
        False,
        [],
        None,
    ),
    # --- Shutdown beendet (Reuters), Samstag, 14. Februar ---
    (
        "de",
        "Washington (Reuters) - Nach 14 Tagen ist der Shutdown der US-Bundesverwaltung beendet.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Das Repräsentantenhaus stimmte am Freitag mit 279 zu 147 Stimmen für einen Übergangshaushalt, der Senat hatte bereits am Donnerstag mit 67 zu 32 Stimmen zugestimmt.",
        True,
        [("count", 279, None, None), ("count", 147, None, None), ("count", 67, None, None), ("count", 32, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesbediensteten sollen ihren ausgefallenen Lohn binnen sieben Tagen nachgezahlt bekommen, teilte das Amt für Personalverwaltung mit.",
        True,
        [("duration", 7, "day", None)],
        "das Amt für Personalverwaltung",
    ),
    (
        "de",
        "14 Demokraten hatten im Senat für den Kompromiss gestimmt.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Ob der Senat wie zugesagt über die Zuschüsse abstimmt, ist ungewiss.",
        False,
        [],
        None,
    ),
    # --- Cost of the shutdown (Reuters), Tuesday, Feb 17 ---
    (
        "en",
        "WASHINGTON, Feb 17 (Reuters) - The two-week government shutdown reduced U.S. economic output by about $9 billion, of which roughly $2.5 billion will never be recovered, the Congressional Budget Office estimated on Tuesday.",
        True,
        [
            ("date", "--02-17", None, None),
            ("duration", 2, "week", None),
            ("money", 9000000000, "USD", "about"),
            ("money", 2500000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Real gross domestic product growth in the first quarter will be 0.4 percentage point lower than it otherwise would have been, the office said.",
        True,
        [("ordinal", 1, None, None), ("percent", 0.4, "pp", None)],
        None,
    ),
    (
        "en",
        "Back pay for the furloughed employees will cost about $4.1 billion.",
        True,
        [("money", 4100000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Economists said the true cost was probably higher because the estimate leaves out delayed contracts and canceled travel.",
        False,
        [],
        None,
    ),
    (
        "en",
        "White House budget director Desmond Faircloth said the administration had used the shutdown to identify 4,200 vacant positions it would not refill.",
        True,
        [("count", 4200, None, None)],
        "Desmond Faircloth",
    ),
    (
        "en",
        '"We learned a great deal about what this government can live without," Faircloth said.',
        False,
        [],
        None,
    ),
    # --- Deregulation order (Reuters), Wednesday, Feb 18 ---
    (
        "en",
        "WASHINGTON, Feb 18 (Reuters) - The president signed an executive order on Wednesday requiring federal agencies to eliminate 10 existing regulations for each new rule they issue, doubling the ratio set in his first term.",
        True,
        [("date", "--02-18", None, None), ("count", 10, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The order also extends a freeze on federal civilian hiring for another 90 days, through May 19.",
        True,
        [("duration", 90, "day", None), ("date", "--05-19", None, None)],
        None,
    ),
    (
        "en",
        "It was the 87th executive order the president has signed since taking office in January last year, according to a count of Federal Register notices.",
        True,
        [("ordinal", 87, None, None)],
        None,
    ),
    (
        "en",
        "The American Federation of Government Employees, which says it represents about 760,000 workers, said it would challenge the order in court.",
        True,
        [("count", 760000, None, "about")],
        None,
    ),
    (
        "en",
        'The union\'s president called the order "a wrecking ball swung at the civil service."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The White House said rules scrapped under the first version of the policy had saved businesses $11 billion.",
        True,
        [("ordinal", 1, None, None), ("money", 11000000000, "USD", None)],
        "the White House",
    ),
    (
        "en",
        "Independent regulators such as the Federal Trade Commission and the Securities and Exchange Commission are covered by the order, according to a White House fact sheet.",
        True,
        [],
        None,
    ),
    # --- Michigan budget (AP), Thursday, Feb 19 ---
    (
        "en",
        "LANSING, Mich. (AP) — Michigan Gov. Denise Okafor-Lind on Thursday proposed an $84.1 billion budget, including $1.2 billion more for road and bridge repairs.",
        True,
        [("money", 84100000000, "USD", None), ("money", 1200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Base per-student funding for public schools would rise 3.5% to $10,380.",
        True,
        [("percent", 3.5, "%", None), ("money", 10380, "USD", None)],
        None,
    ),
    (
        "en",
        "Okafor-Lind, a Democrat in her second term, said the plan would not raise income or sales taxes.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Michigan drivers deserve roads that don\'t swallow their tires," Okafor-Lind said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Michigan's budget for the current year was signed on Oct. 31, after lawmakers missed a July 1 deadline for the first time in a decade.",
        True,
        [("date", "--10-31", None, None), ("date", "--07-01", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The state's rainy-day fund holds about $2.2 billion, roughly a tenth of general fund spending.",
        True,
        [("money", 2200000000, "USD", "about"), ("fraction", 0.1, None, "about")],
        None,
    ),
    # --- State of the Union (Reuters), Tuesday, Feb 24 ---
    (
        "en",
        'WASHINGTON, Feb 24 (Reuters) - The president said in his State of the Union address on Tuesday that his tariffs had brought in "more than $600 billion" over the past year.',
        True,
        [("date", "--02-24", None, None), ("money", 600000000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Treasury Department data show customs duties of $241 billion in the 12 months through January.",
        True,
        [("money", 241000000000, "USD", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "He also said 1.9 million jobs had been created since he took office, while Labor Department figures put the gain at about 1.3 million.",
        True,
        [("count", 1900000, None, None), ("count", 1300000, None, "about")],
        None,
    ),
    (
        "en",
        "The speech lasted one hour and 48 minutes, the longest such address in at least 60 years.",
        True,
        [("duration", 1, "hour", None), ("duration", 48, "minute", None), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "en",
        '"The state of our union is stronger tonight than it has been in my lifetime," the president declared.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He was interrupted by applause 71 times, according to a Reuters count.",
        True,
        [("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "In the Democratic response, Michigan Gov. Denise Okafor-Lind said families were paying about $1,400 more a year for groceries and household goods because of tariffs.",
        True,
        [("money", 1400, "USD", "about")],
        "Denise Okafor-Lind",
    ),
    (
        "en",
        '"Washington has forgotten who it works for," Okafor-Lind said.',
        False,
        [],
        None,
    ),
    # --- Rede zur Lage der Nation (dpa), Mittwoch, 25. Februar ---
    (
        "de",
        "Washington (dpa) - Der US-Präsident hat in seiner Rede zur Lage der Nation Zolleinnahmen von „mehr als 600 Milliarden Dollar“ für sich reklamiert.",
        True,
        [("money", 600000000000, "USD", "over")],
        None,
    ),
    (
        "de",
        "Nach Daten des Finanzministeriums beliefen sich die Zolleinnahmen in den zwölf Monaten bis Ende Januar auf 241 Milliarden Dollar.",
        True,
        [("duration", 12, "month", None), ("money", 241000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Rede dauerte eine Stunde und 48 Minuten und war damit die längste seit mindestens 60 Jahren.",
        True,
        [("duration", 1, "hour", None), ("duration", 48, "minute", None), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Gegenrede der Demokraten hielt die Gouverneurin von Michigan, Denise Okafor-Lind.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Okafor-Lind warf dem Präsidenten vor, die Lage der Familien „schönzureden“.",
        False,
        [],
        None,
    ),
    # --- Confirmation hearings (AP), Wednesday, Feb 25 ---
    (
        "en",
        "WASHINGTON (AP) — Supreme Court nominee Evelyn Marchbanks told senators on Wednesday that the president had never asked her how she would rule in any case.",
        True,
        [],
        "Evelyn Marchbanks",
    ),
    (
        "en",
        "Marchbanks faced nearly 11 hours of questioning on the second day of her confirmation hearings.",
        True,
        [("duration", 11, "hour", "nearly"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "She declined 37 times to say how she viewed specific past rulings, according to a count kept by Democratic committee staff.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "en",
        '"A judge is not a politician in a robe, and I will never be one," Marchbanks said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellan said Marchbanks had sided with employers in 41 of the 47 labor cases she heard on the appeals court.",
        True,
        [("count", 41, None, None), ("count", 47, None, None)],
        "Castellan",
    ),
    (
        "en",
        'Castellan said she was "deeply troubled" by the nominee\'s answers on voting rights.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marchbanks said she had met privately with 58 senators since her nomination.",
        True,
        [("count", 58, None, None)],
        "Marchbanks",
    ),
    # --- Anhörung im Senat (Reuters), Donnerstag, 26. Februar ---
    (
        "de",
        "Washington (Reuters) - Die Kandidatin für das Oberste US-Gericht, Evelyn Marchbanks, hat am zweiten Tag ihrer Anhörung im Senat fast elf Stunden lang Fragen beantwortet.",
        True,
        [("ordinal", 2, None, None), ("duration", 11, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Nach Zählung der demokratischen Ausschussmitarbeiter lehnte die 52-Jährige 37 Mal eine Antwort ab.",
        True,
        [("duration", 52, "year", None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Senatorin Nadine Castellan sagte, Marchbanks habe in 41 von 47 arbeitsrechtlichen Fällen zugunsten der Arbeitgeber entschieden.",
        True,
        [("count", 41, None, None), ("count", 47, None, None)],
        "Nadine Castellan",
    ),
    (
        "de",
        "„Eine Richterin ist keine Politikerin in Robe“, sagte Marchbanks.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Justizausschuss will nach der viertägigen Anhörung am 5. März abstimmen.",
        True,
        [("duration", 4, "day", None), ("date", "--03-05", None, None)],
        None,
    ),
    # --- Judge blocks the order (Reuters), Friday, Feb 27 ---
    (
        "en",
        "SEATTLE, Feb 27 (Reuters) - A federal judge on Friday temporarily blocked the president's deregulation order, ruling that it likely violates a 1946 law governing how agencies write rules.",
        True,
        [("date", "--02-27", None, None), ("year", 1946, None, None)],
        None,
    ),
    (
        "en",
        "U.S. District Judge Marisa Delgado-Pratt said in a 46-page ruling that the unions that sued were likely to win on their main claim.",
        True,
        [("count", 46, None, None)],
        "Marisa Delgado-Pratt",
    ),
    (
        "en",
        "The injunction applies to 14 agencies whose employees are represented by the plaintiffs.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Government lawyers will ask the San Francisco-based 9th Circuit to lift the injunction, the Justice Department said.",
        True,
        [("ordinal", 9, None, None)],
        "the Justice Department",
    ),
    (
        "en",
        'Lansdale called the ruling "judicial activism dressed up as law."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is at least the 112th time a federal judge has paused an administration policy since January last year, according to a tally by the legal news site Just Security.",
        True,
        [("ordinal", 112, None, "at_least")],
        None,
    ),
    # --- Budget request (AP), Monday, March 2 ---
    (
        "en",
        "WASHINGTON (AP) — The White House on Monday sent Congress a $7.2 trillion budget request for fiscal 2028 that would raise military spending to $1.1 trillion and cut nondefense programs by 19%.",
        True,
        [
            ("money", 7200000000000, "USD", None),
            ("year", 2028, None, None),
            ("money", 1100000000000, "USD", None),
            ("percent", 19, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The plan projects a deficit of $1.6 trillion next year, falling to $790 billion by 2036.",
        True,
        [("money", 1600000000000, "USD", None), ("money", 790000000000, "USD", None), ("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        "It would eliminate 38 programs, including grants for public broadcasting and home heating aid, which the budget office says would save $26 billion.",
        True,
        [("count", 38, None, None), ("money", 26000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Faircloth told reporters the request assumes economic growth of 3% a year over the next decade.",
        True,
        [("percent", 3, "%", None)],
        "Faircloth",
    ),
    (
        "en",
        '"This is a budget for a strong, self-reliant America that pays its own way," Faircloth said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Congressional Budget Office has put long-run growth at about 1.8% a year.",
        True,
        [("percent", 1.8, "%", "about")],
        None,
    ),
    (
        "en",
        'Reyes-Whitfield called the request "dead on arrival in a Congress that has to face voters in November."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Congress rejected most of the cuts the White House proposed in each of the past two years.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Haushaltsentwurf (dpa), Dienstag, 3. März ---
    (
        "de",
        "Washington (dpa) - Der US-Präsident will die Militärausgaben im Haushaltsjahr 2028 auf 1,1 Billionen Dollar anheben.",
        True,
        [("year", 2028, None, None), ("money", 1100000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Umgerechnet entspräche der geplante Militäretat rund 1,02 Billionen Euro.",
        True,
        [("money", 1020000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Entwurf des Weißen Hauses sieht Ausgaben von insgesamt 7,2 Billionen Dollar vor, nicht-militärische Programme sollen um 19 Prozent gekürzt werden.",
        True,
        [("money", 7200000000000, "USD", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Haushaltsdirektor Desmond Faircloth sagte, der Plan gehe von einem Wirtschaftswachstum von jährlich drei Prozent aus.",
        True,
        [("percent", 3, "%", None)],
        "Desmond Faircloth",
    ),
    (
        "de",
        "Die Demokraten bezeichneten den Entwurf als „Kahlschlag mit Ansage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Haushaltsbüro des Kongresses rechnet langfristig nur mit einem Wachstum von rund 1,8 Prozent pro Jahr.",
        True,
        [("percent", 1.8, "%", "about")],
        None,
    ),
    # --- Texas primary (Reuters), Wednesday, March 4 ---
    (
        "en",
        "AUSTIN, Texas, March 4 (Reuters) - Texas Attorney General Rudy Vasquez-Bell won the Republican nomination for U.S. Senate outright on Tuesday with 52.8% of the vote, avoiding a May 26 runoff, according to results tallied by Edison Research.",
        True,
        [("date", "--03-04", None, None), ("percent", 52.8, "%", None), ("date", "--05-26", None, None)],
        None,
    ),
    (
        "en",
        "He defeated four rivals, including two-term Rep. Hank Overbey, who finished second with 31.4%.",
        True,
        [("count", 4, None, None), ("count", 2, None, None), ("ordinal", 2, None, None), ("percent", 31.4, "%", None)],
        None,
    ),
    (
        "en",
        "On the Democratic side, state Sen. Lucia Arredondo-Finch and former Houston council member Marcus Yeboah head to a runoff after neither topped 50%.",
        True,
        [("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        "Turnout in the Republican primary reached about 2.3 million, up from 1.9 million four years ago.",
        True,
        [("count", 2300000, None, "about"), ("count", 1900000, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        '"Texas just sent Washington a message: we want a fighter," Vasquez-Bell told supporters in San Antonio.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vasquez-Bell said his campaign had raised $9.6 million since he entered the race in September.",
        True,
        [("money", 9600000, "USD", None)],
        "Vasquez-Bell",
    ),
    (
        "en",
        "Democrats hope a bruising Republican runoff season and a soft economy will put the seat in play for the first time since 1988.",
        False,
        [("ordinal", 1, None, None), ("year", 1988, None, None)],
        None,
    ),
    # --- Vorwahl in Texas (APA/dpa), Mittwoch, 4. März ---
    (
        "de",
        "Austin (APA/dpa) - Bei der Vorwahl im US-Bundesstaat Texas hat sich Generalstaatsanwalt Rudy Vasquez-Bell die republikanische Kandidatur für den Senat gesichert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Er kam nach Auszählung fast aller Stimmen auf 52,8 Prozent und vermied damit eine Stichwahl am 26. Mai.",
        True,
        [("percent", 52.8, "%", None), ("date", "--05-26", None, None)],
        None,
    ),
    (
        "de",
        "Der Kongressabgeordnete Hank Overbey landete mit 31,4 Prozent auf dem zweiten Platz.",
        True,
        [("percent", 31.4, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Rund 2,3 Millionen Menschen stimmten bei der republikanischen Vorwahl ab, gut ein Fünftel mehr als vor vier Jahren.",
        True,
        [("count", 2300000, None, "about"), ("fraction", 0.2, None, "over"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Vasquez-Bell gilt als Wunschkandidat des Präsidenten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Demokraten hoffen, dass der Sitz im November erstmals seit Jahrzehnten wieder in Reichweite rückt.",
        False,
        [],
        None,
    ),
    # --- Committee vote (AP), Thursday, March 5 ---
    (
        "en",
        "WASHINGTON (AP) — The Senate Judiciary Committee voted 12-10 along party lines on Thursday to send Evelyn Marchbanks' Supreme Court nomination to the full Senate.",
        True,
        [("count", 12, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        'The American Bar Association had rated her "well qualified," its highest rating.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Haverford said floor debate would begin on Monday, with a final vote expected by Wednesday.",
        True,
        [],
        "Haverford",
    ),
    (
        "en",
        'Castellan said Marchbanks had "a blind spot the size of Lake Michigan" when it came to working people.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Since 1990, Supreme Court nominees have waited an average of 68 days between their nomination and a final vote, according to the Congressional Research Service.",
        True,
        [("year", 1990, None, None), ("duration", 68, "day", None)],
        None,
    ),
    (
        "en",
        "Progressive groups urged Democrats to use every procedural tool at their disposal.",
        False,
        [],
        None,
    ),
    # --- Party committees' cash (Reuters), Friday, March 6 ---
    (
        "en",
        "WASHINGTON, March 6 (Reuters) - The Republican National Committee ended January with $61.3 million in cash, nearly three times the $22.4 million held by the Democratic National Committee, according to Federal Election Commission filings.",
        True,
        [
            ("date", "--03-06", None, None),
            ("money", 61300000, "USD", None),
            ("count", 3, None, "nearly"),
            ("money", 22400000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The DNC also reported $14 million in debt, most of it from loans taken out during the last presidential campaign.",
        True,
        [("money", 14000000, "USD", None)],
        None,
    ),
    (
        "en",
        "DNC spokesman Julian Farrow said the committee had raised $11.2 million in January, its best January since 2017.",
        True,
        [("money", 11200000, "USD", None), ("year", 2017, None, None)],
        "Julian Farrow",
    ),
    (
        "en",
        '"We are building the machine to win in November, and the money is following," Farrow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Investor Lionel Ashgrove gave another $15 million to Keystone Majority Fund in January, bringing his contributions this cycle to $40 million, about a quarter of everything the super PAC has raised.",
        True,
        [("money", 15000000, "USD", None), ("money", 40000000, "USD", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Ashgrove, reached by phone, declined to say how much more he planned to give.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Outside groups have already reported spending more than $212 million on House and Senate races in the current cycle, according to OpenSecrets.",
        True,
        [("money", 212000000, "USD", "over")],
        None,
    ),
    # --- Quinnipiac poll (AP), Monday, March 9 ---
    (
        "en",
        "HAMDEN, Conn. (AP) — Democrats lead Republicans 47% to 42% on the generic congressional ballot, according to a Quinnipiac University poll released on Monday.",
        True,
        [("percent", 47, "%", None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "en",
        "That is a 5-point lead, up from 1 point in January.",
        True,
        [("percent", 5, "pp", None), ("percent", 1, "pp", None)],
        None,
    ),
    (
        "en",
        "The president's job approval stood at 38%, with 56% disapproving, his lowest rating in the poll this term.",
        True,
        [("percent", 38, "%", None), ("percent", 56, "%", None)],
        None,
    ),
    (
        "en",
        "Quinnipiac reached 1,452 registered voters March 5-8; its error margin is plus or minus 3.3 percentage points.",
        True,
        [
            ("count", 1452, None, None),
            ("date", "--03-05", None, None),
            ("date", "--03-08", None, None),
            ("percent", 3.3, "pp", None),
        ],
        None,
    ),
    (
        "en",
        'Quinnipiac polling analyst Rhea Dunmore said the numbers showed "an electorate that is tired, not converted."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Republican strategists said the generic ballot tends to overstate Democratic strength this far from an election.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Republicans hold 220 House seats to the Democrats' 215, so Democrats would need a net gain of three seats to win the majority.",
        True,
        [("count", 220, None, None), ("count", 215, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Umfrage (dpa), Dienstag, 10. März ---
    (
        "de",
        "Washington (dpa) - Die Zustimmung zur Amtsführung des US-Präsidenten ist einer Umfrage zufolge auf 38 Prozent gefallen.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Das sind vier Prozentpunkte weniger als im Januar, wie die Quinnipiac-Universität mitteilte.",
        True,
        [("percent", 4, "pp", None)],
        "die Quinnipiac-Universität",
    ),
    (
        "de",
        "Bei der Frage nach der Kongresswahl im November liegen die Demokraten mit 47 zu 42 Prozent vorn.",
        True,
        [("percent", 47, "%", None), ("percent", 42, "%", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 5. bis 8. März 1.452 registrierte Wählerinnen und Wähler.",
        True,
        [("date", "--03-05", None, None), ("date", "--03-08", None, None), ("count", 1452, None, None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Republikaner wünscht sich laut der Umfrage einen anderen Kandidaten der Partei für 2028.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Weißen Hauses sagte, Umfragen hätten den Präsidenten schon immer unterschätzt.",
        False,
        [],
        None,
    ),
    # --- Senate confirms Marchbanks (Reuters), Tuesday, March 10 ---
    (
        "en",
        "WASHINGTON, March 10 (Reuters) - The U.S. Senate on Tuesday confirmed Evelyn Marchbanks to the Supreme Court by a vote of 51-47, the narrowest margin for a justice since 2018.",
        True,
        [
            ("date", "--03-10", None, None),
            ("count", 51, None, None),
            ("count", 47, None, None),
            ("year", 2018, None, None),
        ],
        None,
    ),
    (
        "en",
        "One Democrat voted for her, three Republicans voted against her and two Democrats were absent.",
        True,
        [("count", 1, None, None), ("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Marchbanks, who will be sworn in on Friday, becomes the 117th justice in the court's history.",
        True,
        [("ordinal", 117, None, None)],
        None,
    ),
    (
        "en",
        '"Today the Senate put a principled, fair-minded judge on the court for a generation," Pembrook said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pembrook said the Senate had now confirmed 61 of the president's judicial nominees this term, including two to the Supreme Court.",
        True,
        [("count", 61, None, None), ("count", 2, None, None)],
        "Pembrook",
    ),
    (
        "en",
        'Reyes-Whitfield said Democrats would "remember this vote in November."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Justices appointed since 1970 have served an average of about 26 years on the court.",
        True,
        [("year", 1970, None, None), ("duration", 26, "year", "about")],
        None,
    ),
    # --- Richterin bestätigt (dpa), Mittwoch, 11. März ---
    (
        "de",
        "Washington (dpa) - Der US-Senat hat Evelyn Marchbanks mit 51 zu 47 Stimmen als Richterin am Obersten Gerichtshof bestätigt.",
        True,
        [("count", 51, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Sie ist die sechste Frau am höchsten Gericht der USA, die Konservativen behalten dort ihre Mehrheit von sechs der neun Sitze.",
        True,
        [("ordinal", 6, None, None), ("count", 6, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Mehrheitsführer Lawrence Pembrook sagte, der Senat habe in dieser Amtszeit bereits 61 Richterinnen und Richter des Präsidenten bestätigt.",
        True,
        [("count", 61, None, None)],
        "Lawrence Pembrook",
    ),
    (
        "de",
        "„Das ist ein guter Tag für die Verfassung“, sagte Pembrook.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Marchbanks soll am Freitag vereidigt werden.",
        True,
        [],
        None,
    ),
    # --- Stock-trading ban (AP), Wednesday, March 11 ---
    (
        "en",
        "WASHINGTON (AP) — Members of Congress and their spouses would be barred from buying and selling individual stocks under a bill the House passed 396-22 on Wednesday.",
        True,
        [("count", 396, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "Lawmakers would get 180 days from the law's effective date to divest or move their shares into a blind trust.",
        True,
        [("duration", 180, "day", None)],
        None,
    ),
    (
        "en",
        "Members who break the rule would be fined 10% of what the trade was worth.",
        True,
        [("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "Rep. Nolan Prideaux, R-Wis., said about 100 House members, nearly a quarter of the chamber, currently own individual stocks.",
        True,
        [("count", 100, None, "about"), ("fraction", 0.25, None, "nearly")],
        "Nolan Prideaux",
    ),
    (
        "en",
        '"Nobody came to Congress to get rich, and nobody should leave it rich," Prideaux said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "An analysis by the watchdog group Capitol Ledger found that 46 lawmakers made trades worth a combined $193 million last year.",
        True,
        [("count", 46, None, None), ("money", 193000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Supporters hope the Senate will take up the bill before the August recess.",
        False,
        [],
        None,
    ),
    # --- Full-year funding passes (Reuters), Thursday, March 12 ---
    (
        "en",
        "WASHINGTON, March 12 (Reuters) - The U.S. Congress on Thursday passed a $1.64 trillion package funding the government through Sept. 30, averting a second shutdown a day before the deadline.",
        True,
        [
            ("date", "--03-12", None, None),
            ("money", 1640000000000, "USD", None),
            ("date", "--09-30", None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Senate approved the measure 71-28 after the House passed it 286-140 on Wednesday.",
        True,
        [("count", 71, None, None), ("count", 28, None, None), ("count", 286, None, None), ("count", 140, None, None)],
        None,
    ),
    (
        "en",
        "The package includes $893 billion for defense, a 3.1% increase, and $747 billion for nondefense programs.",
        True,
        [("money", 893000000000, "USD", None), ("percent", 3.1, "%", None), ("money", 747000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "House Appropriations Committee Chairwoman Margo Kettleworth said the bill contained more than 4,600 earmarks worth about $14.8 billion.",
        True,
        [("count", 4600, None, "over"), ("money", 14800000000, "USD", "about")],
        "Margo Kettleworth",
    ),
    (
        "en",
        '"This is what it looks like when Congress actually does its job," Kettleworth said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bill does not extend the expired health insurance subsidies, which Democrats say would cost about $35 billion a year to restore.",
        True,
        [("money", 35000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Progressive lawmakers said the package abandoned the millions of families who had lost their coverage.",
        False,
        [],
        None,
    ),
    # --- Haushalt beschlossen (APA/Reuters), Freitag, 13. März ---
    (
        "de",
        "Washington (APA/Reuters) - Der US-Kongress hat einen zweiten Shutdown binnen weniger Wochen abgewendet.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Repräsentantenhaus stimmte am Donnerstag auch der Senat mit 71 zu 28 Stimmen für ein Haushaltspaket über 1,64 Billionen Dollar.",
        True,
        [("count", 71, None, None), ("count", 28, None, None), ("money", 1640000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Damit ist die Finanzierung der Bundesbehörden bis zum Ende des Haushaltsjahres am 30. September gesichert.",
        True,
        [("date", "--09-30", None, None)],
        None,
    ),
    (
        "de",
        "Für das Militär sind 893 Milliarden Dollar vorgesehen, ein Plus von 3,1 Prozent.",
        True,
        [("money", 893000000000, "USD", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Vorsitzende des Haushaltsausschusses, Margo Kettleworth, sprach von einem „Sieg der Vernunft“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Demokraten fürchten, dass die Zuschüsse zur Krankenversicherung nun endgültig auslaufen.",
        False,
        [],
        None,
    ),
    # --- Arizona vetoes (AP), Friday, March 13 ---
    (
        "en",
        "PHOENIX (AP) — Arizona Gov. Teresa Valdivia vetoed 23 bills on Friday, bringing her total for the legislative session to 71 with more than two months still to go.",
        True,
        [("count", 23, None, None), ("count", 71, None, None), ("duration", 2, "month", "over")],
        None,
    ),
    (
        "en",
        "That already exceeds the 64 vetoes she issued during all of last year's session.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "Among the bills she rejected on Friday was a measure that would have required proof of citizenship to vote in state elections.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Valdivia said in a statement that the Legislature was "more interested in culture wars than in fixing our water crisis."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Valdivia said the Republican-led Legislature had yet to send her a budget, with the state's fiscal year ending on June 30.",
        True,
        [("date", "--06-30", None, None)],
        "Valdivia",
    ),
    (
        "en",
        "Senate President Warren Koepke said Republicans would ask voters to decide the citizenship requirement as a ballot measure in November.",
        True,
        [],
        "Warren Koepke",
    ),
    (
        "en",
        "It was unclear whether such a measure would survive a challenge in federal court.",
        False,
        [],
        None,
    ),
]
