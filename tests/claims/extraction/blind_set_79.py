"""Seventy-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person, company, film, show and song
is made up (Dale Prentice, Gwen Talbot, Rowhill Capital, Dwayne Mercer, Carla Brightwater,
Leon Ashby, Andrea Whitfield, Ellen Marchbanks, Todd Harlan, Lena Ortiz, Ridgeway Airlines,
Norah Villiers, Corvane Components, Daniel Okonkwo, "The Long Field", "Paper Lanterns", Mara
Delgado, Marcus Delaney, Ross Keegan, Darnell Quarles, Tobias Wren, Anders Kjeldsen, Kieran
Maddox, Jonas Lindqvist, Sam Brody, Ruben Castell, Stefan Marek, Gary Nolan, Harry Colbeck,
Tom Ashdown, Liam Corrigan, Adebayo Fashola, Margaret Ellery, Hollings & Vale, Kestrel
Advisory, Joanna Pryce, Wade Ellington, Marla Quinn, "Gravel Road Home", June Halloway, Renee
Castillo, Lindsey Marr, Paul Sorensen, Tasha Greer, Howard Lenz, Nadine Corliss, Wes
Harrington, Robert Tan, Gloria Reyes, "Harbor Lights", Colm Brady, Thornfield Wealth, Jordan
Pyle; Florian Haidinger, Jonas Brückner, Tobias Renner); real places, teams, agencies and
institutions ("PowerOutage.us", "the National Weather Service", "the Mississippi Highway
Patrol", "Entergy Mississippi", "the Labor Department", "the Texas Department of State Health
Services", "the Centers for Disease Control and Prevention", "LSEG", "United Auto Workers",
"the Las Vegas Raiders", "the Boston Celtics", "Aston Villa", "Wolves", "the Old Bailey",
"the Metropolitan Police", "the Met Office", "National Highways", "the UK Health Security
Agency", "Companies House", "the Grand Ole Opry", "Portland Public Schools", "the Office for
National Statistics", "the U.S. Department of Agriculture", "Freddie Mac", "the British
Medical Association", "NHS England", "the American Red Cross", "the Local Government
Association", "the Broadway League", "the FBI") stand for the way wire copy names them;
every result, ruling, tally, sum, date and quote here is invented.

Its weight: AN ORDINARY US- AND UK-FOCUSED WIRE DAY as AP, Reuters and PA file it, about
75 % English and 25 % German, told as short stories in story order (a dateline lead, then
background, figures, attributed lines, a quote, sometimes a closing or boilerplate line).
29 English stories: an ice storm in Mississippi and Alabama, weekly jobless claims, a double
murder sentencing in Ohio, a party shooting in Memphis, a Kansas veto override, a West Texas
measles outbreak, an airline's quarter, a Michigan plant closing (with a correction tag), the
Oscar nominations, an NFL coaching hire, an NBA game, a Premier League match and a sacking,
a Test in Galle, an Old Bailey murder sentence, a Met Office snow warning, a homeware chain
in administration, a country singer's obituary, school closures in Portland, UK public
finances, a stadium vote in Cleveland, a beef recall, mortgage rates, a resident doctors'
strike, a Bronx fire, council tax, a Broadway closing, the Wall Street close and a bank
robbery arrest. The German quarter is APA, dpa, dpa-AFX and APA/dpa copy retelling the same
day: the ice storm, the jobless claims, an Austrian player at Villa, a German centre at the
Bucks, the London murder sentence, the Oscar nominations with a German cameraman, the
singer's death, the measles outbreak, Wall Street, the doctors' strike, the Bronx fire and
British borrowing. Forms as the desk receives them: AP style ("the 47-year-old", "Delgado,
24,", "Aug. 19, 2023", "Jan. 10", "March 27", "$412 million", "94 cents per share", "about
1,200", "police said Thursday", "according to court records", "He was 84.", "Gov.", "Tenn.",
"voted 86-38", "the 125-member chamber", "a 25,000-seat soccer stadium", "six-story",
"five-alarm", "about 26,000 pounds of ground beef"), Reuters style ("WASHINGTON, Jan 22
(Reuters) -", "Jan 22 (Reuters) -", "17.8 billion pounds", "Economists polled by Reuters",
"(Reporting by ...; Editing by ...)"), PA style ("the 34-year-old" as "A 34-year-old man",
"£18.4 million", "£1.2 million", "£2,391", "per cent", "15cm", "minus 9C", "8.15pm", "a
spokeswoman for the administrators said", "the Old Bailey heard"), German retellings
("ein 34-Jähriger", "Der 27-jährige Mittelfeldspieler", "der 25 Jahre alte Center", "in der
84. Minute", "Rang drei", "Die 98. Oscar-Verleihung", "17,8 Milliarden Pfund", "46.930,18
Punkten", "2145 Fälle", "rund vier Stunden lang", "bis zu 1,3 Zentimeter", "minus zehn
Grad", "über eine Million Mal"), sports agate in sentences (points, rebounds, "13 of 22
shots", "seven 3-pointers", "318 for five", "five for 63", "14 fours and two sixes", "the
84th minute", "remain 15th", records "4-13" and "21-23", scores "121-109", "2-1", "2:1",
"109:121") and hedges ("about", "around", "roughly", "some", "almost", "nearly", "more
than", "at least", "up to", "as low as", "less than", "rund", "mehr als", "über",
"mindestens", "bis zu"). Negatives as such a day has them: quoted evaluations and rhetoric
of a governor, a speaker, a chief executive, a mayor, a general manager, a manager, a
player, a cricketer, an actress, a judge, a strategist, an economist, a producer and a
taxpayers' group, quoted grief and a mother's statement, a tribute and an obituary line of
evaluation ("Mit ihm verliert die Countrymusik ..."), a club's thanks, reported labels
("called the vote \"a gift ...\"", "said the strike was \"unjustified ...\"", "nannte den
Streik „ungerechtfertigt ...“", "sprach von einem „Albtraum ohne Ende“"), appeals and advice
(Crime Stoppers, motorists advised), scene colour, a no-comment line, market commentary
("Händler sprachen von ..."), a forecaster's judgement ("einem der schwersten Eisstürme"),
an interpretation of data ("Die Daten gelten als Hinweis ..."), a Reuters credit line, AP's
foundation-funding line and a correction tag.

229 rows (171 English, 58 German), 43 negatives (34 English, 9 German), 186 check-worthy
rows of which 17 carry no figure (9 English, 8 German), 326 expected quantities (153
counts, 50 durations, 29 ordinals, 27 percentages, 24 amounts of money, 22 years, 16 dates,
5 fractions; 3 of them in 2 negatives), 38 checked speakers (31 English, 7 German).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: a veto with its stated reason, an appeal announced by a named lawyer, production
  moving to named sites, a death at home stated by a publicist, "No illnesses have been
  reported.", a warning in force ("A yellow warning ... from 3am until midday", clock times
  none), administrators appointed, a caretaker named by a club, a police account of a call,
  a German lead with only a score ("einen 2:1-Heimsieg", thirty-fifth and seventieth: a
  score carries none), "Haidinger spielte über die volle Distanz." ("über" without a figure
  is no hedge), "Der US-Countrysänger Wade Ellington ist tot." (sixty-third: a death is a
  fact of record), a Konjunktiv I paraphrase of a fact with its source ("Fast alle Erkrankten
  seien nicht geimpft gewesen, teilte ... mit", seventieth), the reason given for a fire,
  a market lead and a borrowing lead without figures.
- Ages are durations in years (every earlier batch): "A 47-year-old man", "The 47-year-old",
  "a 62-year-old man", "the 44-year-old", "The 52-year-old", "A 34-year-old man", "a
  79-year-old woman", "A 29-year-old man", "Delgado, 24,", "Adebayo Fashola, 29,", "He was
  84." (sixty-third), "The teens who died were 15 and 17" (fifty-ninth: "was 19"), "children
  under 5" 5 years "under" and "Kinder unter fünf Jahren" 5 years "under" (seventy-first:
  "Children under five"), "ein 34-Jähriger", "Der 27-jährige Mittelfeldspieler", "der 25 Jahre
  alte Center", "Das 29 Jahre alte Opfer", "eine 79 Jahre alte Frau", "Die 24-jährige
  Hauptdarstellerin", "im Alter von 84 Jahren". New: "The 61-year-old business" is 61 years -
  a company's age in the "-year-old" form is a span as a person's is, as "its 60-year
  history" (sixty-third).
- Durations (issue and earlier batches): "12 days earlier" (seventy-sixth: "eight days
  ago"), "the nine-day trial", "a two-week trial", "a five-year contract", "after just 11
  months in charge" ("just" no hedge, seventy-first), "four minutes after half-time", "the
  final 20 minutes", "spent five weeks at the top", "his wife of 52 years" (sixty-third),
  "in nine years", "seit neun Jahren", "in 15 months", "the previous 12 months", "more than
  three hours" "over", "for about four hours" and "rund vier Stunden lang" "about", "28
  Minuten", "fünf Tage lang", "for five days", "up to 20 years" "up_to", "30-year mortgage"
  and "15-year home loans" (seventy-first and earlier: "30-year mortgage rates"), "in the
  first nine months" ordinal 1 and 9 months (twenty-eighth). "over three years" and "over
  two weeks" carry no hedge: "over" is the preposition of a span, as "300 million pounds over
  three years" (twenty-fifth: 3 years, no hedge). "at least 26 years of a life sentence" and
  "mindestens 26 Jahre hinter Gittern" 26 years "at_least" (the hedge words as written; the
  PA "minimum term" form, which carries none, is not used here). "a year earlier", "a year
  ago", "last year", "last week", "this season", "the next day", "in der vergangenen Woche",
  "im vergangenen Jahr" carry none.
- Counts of people, things, votes and results: "voted 86-38", "voted 5-2", "voted 11-6" two
  counts each (seventy-first and seventy-sixth: tallies); "84 votes in the 125-member
  chamber, where Republicans hold 88 seats", "27 of the 40 votes", "51 of the cases ... all
  but three" 51 and 3 (twentieth: "all but one"), "two counts of aggravated murder and one
  count of tampering" 2 and 1 (thirty-ninth), "five counts of bank robbery" 5, "11 shots",
  "more than 40 shell casings" "over", "at least two shooters" "at_least", "a father of two"
  2 (sixty-third: "a mother of five"), "11 stab wounds", "three children and seven
  grandchildren", "two doses" 2, "a 25,000-seat soccer stadium" 25000 (seventy-first: "the
  577-seat chamber"), "six-story" and "sechsstöckigen" 6 (seventieth: "des sechsstöckigen
  Gebäudes"), "one of the county's three largest employers" 3, "with 13, one short of the
  record shared by three films" 13, 1 and 3 ("one" before "short" a numeral, as "every
  deceased hostage but one", seventy-first), "Ten films", "1,412 performances", "four Tony
  Awards", "about 26,000 pounds of ground beef" count 26000 "about" and "The 1-pound
  packages" count 1 - weight, not money (fourth batch: physical measures are counts;
  fifty-eighth: "4.2 pounds of methamphetamine"), "more than 4,000 miles of road", "the
  city's 1,800 miles of streets", "15cm" "up_to", temperatures "14 degrees", "about 20
  degrees below normal" "about", "minus zehn Grad" -10 (seventieth). "Dozens", "most of
  them", "much of" carry none. New: "Up to a half inch of ice" is count 0.5 "up_to", as "up
  to half a mile across" (forty-seventh). New: "as low as minus 9C" is -9 "up_to" - it
  bounds an extreme as "bis zu minus acht Grad" (seventy-first) does. New: "five-alarm
  blaze" is count 5 - the level of a response written as a number word in a compound, as "a
  Category 3 storm" count 3 (twentieth), unlike the glued name "An EF3 tornado"
  (forty-seventh).
- Sport: points, rebounds, shots and games are counts ("38 points", "13 of 22 shots", "21
  points and 11 rebounds", "eight of its last 10 games", "a two-game suspension" 2, "dropped
  four in a row" 4, "17.8 points per game", "three seasons" 3 - a season is no unit,
  thirty-fifth; "seven of their last nine", "five points behind", "10 men", "only three of
  his 23 league games", "nine points from safety", "zwölf Punkte und neun Rebounds", "mit 38
  Punkten", "fünf Punkte hinter"); cricket "an unbeaten 131", "318 for five", "five for 63",
  "lead by 42 runs with five wickets in hand", "224 balls", "14 fours and two sixes" 14 and
  2 (thirtieth: "16 fours and three sixes"), "the two-match series" 2 (seventy-first: "the
  five-match series"). Scores ("121-109", "2-1", "2:1-Heimsieg", "109:121") and win-loss
  records ("went 4-13", "are 21-23") carry none (thirty-fifth: "fell to 14-18"). New: "seven
  3-pointers" is count 7 only - "3-pointers" names a kind of shot, as "fours" and "sixes"
  name strokes (thirtieth).
- Ordinals: "a second straight day", "the city's fourth shooting", "first-quarter" and
  "Fourth-quarter" (fifty-first and sixty-fourth), "the 98th Academy Awards" and "Die 98.
  Oscar-Verleihung", "the Raiders' fifth head coach", "climbed to third", "the 84th minute"
  and "in der 84. Minute", "his 14th league goal", "Sam Brody's second booking", "remain
  15th", "the second day of the first Test", "his seventh Test hundred", "The second Test",
  "No. 1" and "Platz eins" (forty-fifth), "the 14th round of strikes" and "die 14.
  Streikrunde", "Auf Platz zwei", "Rang drei", "die sechste Torvorlage", "die vierte
  Niederlage in Folge", "zum zweiten Mal nach 2019" ordinal 2 and the year; "fourth-fewest
  in the NFL" ordinal 4 (the issue: "die drittgrößte Stadt"; seventy-sixth: "der
  zweitwichtigste Exportmarkt"). New: "a third-floor apartment" is ordinal 3 - a floor
  counted from the ground is a rank, as "in second place". "first-time", "last walkout",
  "youngest", "biggest one-day gain" carry none.
- Percent, fractions and points: "5.15% from 5.58%", "5% to 7%" two percentages (the unit
  written once serves the list, forty-sixth), "about 97% effective" "about", "almost 9 per
  cent" "nearly", "up to 9 per cent" "up_to", "the maximum 4.99 per cent" no hedge
  (seventy-sixth: "maximum" names the figure), "26 per cent", "6.09%", "0,5 Prozent";
  "About a third" and "Rund ein Drittel" 0.3333 "about", "roughly half" 0.5 "about",
  "two-thirds of them" 0.6667, "One in five" 0.2 (seventy-first: "two in five"). Index
  levels and moves are counts ("6,912.35 points", "23,871.04", "212.6 points", "46,930.18",
  "46.930,18 Punkten", "6912,35 Zähler", twenty-sixth and seventy-first); "S&P 500",
  "Nasdaq 100" names, none.
- Money: "$5,000 bond", "$412 million" "about", "94 cents per share" 0.94 USD and "87
  cents" 0.87 USD (twentieth: cents), "$6.31 billion", "$32 million", "$275 million", "about
  $840 million", "more than $310 million" "over", "less than $700,000" "under", "about
  $38,000" "about"; "17.8 billion pounds", "14.5 billion pounds", "140.4 billion pounds",
  "8.1 billion pounds", "£18.4 million", "£286 million", "£1.2 million", "about £111 a year"
  "about" ("a year" none), "£2,391", "£69 billion" GBP; "17,8 Milliarden Pfund" and "14,5
  Milliarden Pfund" GBP. New: in "11.2 billion pounds more than in the same stretch of last
  year" the words "more than" follow the figure and make a comparison, no hedge of it.
- Years and dates: Reuters datelines with a day ("WASHINGTON, Jan 22 (Reuters)", "GALLE,
  Sri Lanka, Jan 22 (Reuters)", "LONDON, Jan 22 (Reuters)", "NEW YORK, Jan 22 (Reuters)")
  and the cityless "Jan 22 (Reuters) -" are dates without a year; AP, PA, APA, dpa, dpa-AFX
  and APA/dpa datelines none. "Aug. 19, 2023" 2023-08-19; "Jan. 10", "Jan. 1", "March 27",
  "March 15", "Jan. 30", "June 14", "Jan. 6", "February 11", "March 8", "am 15. März" dates
  without a year; "in 2023", "since 1992", "since 2018", "the 2002 season", "the 2029
  season", "since 1967", "in 1964", "in 1941", "in 1972", "His 1978 single", "aus dem Jahr
  1978", "since 2019", "March 2023", "seit März 2023", "October 2021", "their 2008 level"
  years; "the 2025-26 financial year" both 2025 and 2026 (fortieth and fiftieth: "2022/23";
  sixty-third: the dash is no sign). In the correction tag "1967, not 1976" both years
  (labelled in a negative, sixteenth). "the 1970s and '80s", months and weekdays none.
- Identifiers carry none: "Interstate 55" (thirtieth: "Interstate 94"), "Band D", "Local
  482" and "EST. 4410" (new by the rule of "House Bill 3991", fifty-eighth: a number naming
  a union local and a plant), "E. coli", "MMR", clock times ("3am", "8.15pm", "7am", "by
  noon").
- Hedges, only the names in use: "about", "About", "around", "roughly", "Some", "rund",
  "Rund" "about"; "almost", "nearly" "nearly"; "more than", "More than", "mehr als", "Mehr
  als", "über" "over"; "less than", "under", "unter" "under"; "at least", "At least",
  "mindestens" "at_least"; "Up to", "up to", "bis zu", "as low as" "up_to"; "just", "only",
  "bereits", "im Schnitt", "the maximum", "insgesamt" no hedge.
- Speakers, checked only in forms the earlier batches settled: "according to PowerOutage.us"
  -> "PowerOutage.us" (as written, twentieth); "the National Weather Service said",
  "the Mississippi Highway Patrol said", "the Labor Department said", "the agency said",
  "The airline said", "The company said", "the academy said", "the club said", "the Met
  Office said", "the British Medical Association said", "the U.S. Department of Agriculture
  said", "the department said", "the FBI said", "the Texas Department of State Health
  Services said" with the article in lower case (seventy-first); "according to the Broadway
  League" -> "the Broadway League", "according to NHS England" -> "NHS England" (seventy-first);
  "Entergy Mississippi said", "Corvane Components ... said in a notice", "National Highways
  said" as written; "police said Thursday" -> "police" (seventeenth); "Memphis Police Chief
  Andrea Whitfield said", "Superintendent Renee Castillo said", "Fire Commissioner Robert Tan
  said" the name (seventy-first: titles dropped); "Mercer's public defender, Leon Ashby,
  said" -> "Leon Ashby" and "his publicist, Marla Quinn, said" -> "Marla Quinn" (sixty-third:
  "his manager, Celeste Ward, told ..."); "A spokeswoman for the administrators said" and "A
  spokesman for the Metropolitan Police said" and "A spokesman for the Ministry of Housing,
  Communities and Local Government said" the whole phrase in lower case (eleventh and later);
  "the statistics office said" -> "the statistics office" (as "the forecaster",
  seventy-first). New: "Council member Tasha Greer, who voted against the measure, said" ->
  "Tasha Greer" - the relative clause between the name and the verb is dropped, as the
  party label is (seventy-sixth). German: "wie das US-Arbeitsministerium am Donnerstag
  mitteilte" -> "das US-Arbeitsministerium", "nach Angaben der Polizei" -> "die Polizei",
  "wie seine Sprecherin mitteilte" -> "seine Sprecherin" (sixty-third: "seine Familie"),
  "teilte die Gesundheitsbehörde des Bundesstaats mit" (seventy-sixth: "die Wahlbehörde des
  Bundesstaats"), "wie die Ärztegewerkschaft BMA mitteilte" (seventy-sixth: "die
  Flugaufsicht FAA"), "wie das Statistikamt ONS am Donnerstag mitteilte", "wie die
  Filmakademie ... bekanntgab" -> "die Filmakademie" (sixty-third: "gab der Verein bekannt").
  Left unchecked (None): "Gov. Dale Prentice declared ... and said" and "..., and the
  American Red Cross said it was helping" (the saying verb in a coordinated clause,
  thirty-fourth), "Judge ... noted" (no settled verb), "Prosecutors said", "district
  officials said", "state health officials said", "officials said", "Administrators ...
  said" (plural groups), "Health officials say", "Investigators say", "Legislative
  researchers estimate", "The project's developers say", "An economic study ... estimated",
  "Economists polled by Reuters", "official figures showed", "a survey by the Local
  Government Association has found", "according to court records", "according to a criminal
  complaint", "according to LSEG data", "according to accounts filed at Companies House",
  "according to a BMA survey" (documents and data), "The Centers for Disease Control and
  Prevention counted" (no verb of saying), "a person familiar with the deal told The
  Associated Press" (unnamed), "mortgage buyer Freddie Mac said" (a description before the
  name, as "grid operator Ukrenergo", seventy-first), "its producers said" (forty-fifth),
  "she said" (a pronoun), "the Old Bailey heard" (as "Southwark Crown Court heard"),
  "wie die Behörden mitteilten" (earlier batches differ on "die Behörden"), "entschied das
  Gericht Old Bailey" (not a verb of saying, seventieth: "entschied der XI. Zivilsenat"),
  "wie die New Yorker Feuerwehr mitteilte" (a place adjective heading the source,
  seventieth), rows without attribution and all negatives.
- Negatives: quoted evaluations, rhetoric and feelings with named and unnamed speakers,
  reported labels, appeals, scene colour, commentary, a no-comment line (twenty-ninth), a
  credit line, AP's funding line and a correction tag (seventy-first). Two negatives keep
  their figures labelled (sixteenth and seventy-sixth): an actress's "I had to read the list
  three times" (count 3) and the correction tag's two years.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_79 = [
    # --- Ice storm in the South (AP) ---
    ("en", "JACKSON, Miss. (AP) — A winter storm coated much of Mississippi and Alabama in ice on Wednesday night, leaving about 214,000 homes and businesses without power Thursday morning, according to PowerOutage.us.", True, [("count", 214000, None, "about")], "PowerOutage.us"),
    ("en", "Up to a half inch of ice built up on trees and power lines in parts of central Mississippi, the National Weather Service said.", True, [("count", 0.5, None, "up_to")], "the National Weather Service"),
    ("en", "Gov. Dale Prentice declared a state of emergency for 41 counties and said National Guard troops had been sent to help clear roads.", True, [("count", 41, None, None)], None),
    ("en", "At least three people died in weather-related crashes, including a 62-year-old man whose pickup slid off Interstate 55 near Canton, the Mississippi Highway Patrol said.", True, [("count", 3, None, "at_least"), ("duration", 62, "year", None)], "the Mississippi Highway Patrol"),
    ("en", "Temperatures were expected to fall to 14 degrees in Jackson overnight, about 20 degrees below normal for late January.", True, [("count", 14, None, None), ("count", 20, None, "about")], None),
    ("en", "Entergy Mississippi said it had restored power to roughly 60,000 customers by noon but warned that some outages could last into the weekend.", True, [("count", 60000, None, "about")], "Entergy Mississippi"),
    ("en", "Schools in more than 30 districts, among them Jackson Public Schools, canceled classes for a second straight day.", True, [("count", 30, None, "over"), ("ordinal", 2, None, None)], None),
    ("en", "\"Please, if you don't have to be on the road, stay home,\" Prentice told reporters.", False, [], None),
    ("en", "Ice-laden branches cracked like gunshots through the night in the neighborhoods north of downtown.", False, [], None),
    # --- Jobless claims (Reuters) ---
    ("en", "WASHINGTON, Jan 22 (Reuters) - The number of Americans filing new applications for unemployment benefits fell by 9,000 to a seasonally adjusted 212,000 last week, the Labor Department said on Thursday.", True, [("date", "--01-22", None, None), ("count", 9000, None, None), ("count", 212000, None, None)], "the Labor Department"),
    ("en", "Economists polled by Reuters had forecast 220,000 claims for the latest week.", True, [("count", 220000, None, None)], None),
    ("en", "Continuing claims, a proxy for hiring, rose 17,000 to 1.89 million during the week ending Jan. 10.", True, [("count", 17000, None, None), ("count", 1890000, None, None), ("date", "--01-10", None, None)], None),
    ("en", "The unemployment rate stood at 4.3% in December, up from 4.1% a year earlier.", True, [("percent", 4.3, "%", None), ("percent", 4.1, "%", None)], None),
    ("en", "Employers added 143,000 jobs in December, below the monthly average of 186,000 over the previous 12 months.", True, [("count", 143000, None, None), ("count", 186000, None, None), ("duration", 12, "month", None)], None),
    ("en", "\"The labor market is bending, not breaking,\" said Gwen Talbot, chief economist at Rowhill Capital in New York.", False, [], None),
    # --- Double murder sentencing (AP) ---
    ("en", "COLUMBUS, Ohio (AP) — A 47-year-old man was sentenced Thursday to life in prison without parole for killing his estranged wife and her sister outside a Columbus grocery store in 2023.", True, [("duration", 47, "year", None), ("year", 2023, None, None)], None),
    ("en", "A Franklin County jury convicted Dwayne Mercer in December on two counts of aggravated murder and one count of tampering with evidence.", True, [("count", 2, None, None), ("count", 1, None, None)], None),
    ("en", "Prosecutors said Mercer fired 11 shots at the women as they loaded groceries into their car on the afternoon of Aug. 19, 2023.", True, [("count", 11, None, None), ("date", "2023-08-19", None, None)], None),
    ("en", "The 47-year-old had been released from jail 12 days earlier after posting a $5,000 bond in a domestic violence case, according to court records.", True, [("duration", 47, "year", None), ("duration", 12, "day", None), ("money", 5000, "USD", None)], None),
    ("en", "Judge Carla Brightwater noted that Mercer had not spoken a word during the nine-day trial.", True, [("duration", 9, "day", None)], None),
    ("en", "\"What you did that afternoon was cruel beyond words,\" Brightwater told him.", False, [], None),
    ("en", "Mercer's public defender, Leon Ashby, said his client would appeal.", True, [], "Leon Ashby"),
    # --- Party shooting (AP) ---
    ("en", "MEMPHIS, Tenn. (AP) — Two teenagers were killed and four other people wounded when gunfire broke out at a birthday party at a Memphis home late Wednesday, police said Thursday.", True, [("count", 2, None, None), ("count", 4, None, None)], "police"),
    ("en", "The teens who died were 15 and 17, Memphis Police Chief Andrea Whitfield said at a news conference.", True, [("duration", 15, "year", None), ("duration", 17, "year", None)], "Andrea Whitfield"),
    ("en", "Officers found more than 40 shell casings in the front yard and on the street, she said.", True, [("count", 40, None, "over")], None),
    ("en", "Investigators believe at least two shooters were involved, and no arrests had been made by Thursday afternoon.", True, [("count", 2, None, "at_least")], None),
    ("en", "It was the city's fourth shooting with multiple victims since Jan. 1.", True, [("ordinal", 4, None, None), ("date", "--01-01", None, None)], None),
    ("en", "\"These were kids celebrating a friend's birthday,\" Whitfield said, her voice breaking.", False, [], None),
    ("en", "Police asked anyone with information to call Crime Stoppers.", False, [], None),
    # --- Kansas veto override (AP) ---
    ("en", "TOPEKA, Kan. (AP) — The Kansas House voted 86-38 on Thursday to overturn a veto by the governor and push through a bill cutting the state's top income tax rate to 5.15% from 5.58%.", True, [("count", 86, None, None), ("count", 38, None, None), ("percent", 5.15, "%", None), ("percent", 5.58, "%", None)], None),
    ("en", "The override needed 84 votes in the 125-member chamber, where Republicans hold 88 seats.", True, [("count", 84, None, None), ("count", 125, None, None), ("count", 88, None, None)], None),
    ("en", "The Senate, where an override takes 27 of the 40 votes, is expected to vote on the override next week.", True, [("count", 27, None, None), ("count", 40, None, None)], None),
    ("en", "Legislative researchers estimate the cut would reduce state revenue by about $412 million over three years.", True, [("money", 412000000, "USD", "about"), ("duration", 3, "year", None)], None),
    ("en", "Gov. Ellen Marchbanks, a Democrat, vetoed the bill last week, saying it would drain money from schools and highways.", True, [], None),
    ("en", "\"Kansans have been overtaxed for years, and today the House listened,\" House Speaker Todd Harlan said.", False, [], None),
    ("en", "Marchbanks' office called the vote \"a gift to the wealthiest Kansans.\"", False, [], None),
    # --- Measles in West Texas (AP) ---
    ("en", "LUBBOCK, Texas (AP) — Measles cases in a West Texas outbreak have climbed to 58, state health officials said Thursday.", True, [("count", 58, None, None)], None),
    ("en", "The Texas Department of State Health Services said 51 of the cases were in children and teenagers and all but three of the patients were unvaccinated.", True, [("count", 51, None, None), ("count", 3, None, None)], "the Texas Department of State Health Services"),
    ("en", "Eight people have been hospitalized, the agency said.", True, [("count", 8, None, None)], "the agency"),
    ("en", "The outbreak, which began in late December, has now spread to five counties.", True, [("count", 5, None, None)], None),
    ("en", "About a third of the patients are children under 5.", True, [("fraction", 0.3333, None, "about"), ("duration", 5, "year", "under")], None),
    ("en", "The Centers for Disease Control and Prevention counted 2,145 measles cases nationwide last year, the highest total since 1992.", True, [("count", 2145, None, None), ("year", 1992, None, None)], None),
    ("en", "Health officials say two doses of the MMR vaccine are about 97% effective at preventing the disease.", True, [("count", 2, None, None), ("percent", 97, "%", "about")], None),
    ("en", "\"This is a completely preventable disease,\" said Dr. Lena Ortiz, the county's health authority.", False, [], None),
    # --- Airline results (Reuters) ---
    ("en", "Jan 22 (Reuters) - Ridgeway Airlines forecast first-quarter revenue above Wall Street estimates on Thursday, betting on strong demand for premium seats, and its shares rose 6.2% in premarket trading.", True, [("date", "--01-22", None, None), ("ordinal", 1, None, None), ("percent", 6.2, "%", None)], None),
    ("en", "The Dallas-based carrier expects revenue to grow 5% to 7% from a year earlier in the January-March quarter.", True, [("percent", 5, "%", None), ("percent", 7, "%", None)], None),
    ("en", "Fourth-quarter adjusted profit came in at 94 cents per share, beating analysts' average estimate of 87 cents, according to LSEG data.", True, [("ordinal", 4, None, None), ("money", 0.94, "USD", None), ("money", 0.87, "USD", None)], None),
    ("en", "Revenue rose 4.8% to $6.31 billion.", True, [("percent", 4.8, "%", None), ("money", 6310000000, "USD", None)], None),
    ("en", "The airline said it plans to add 28 aircraft to its fleet this year, taking the total to 742.", True, [("count", 28, None, None), ("count", 742, None, None)], "the airline"),
    ("en", "\"Our customers keep telling us they want more comfort, and they are willing to pay for it,\" Chief Executive Norah Villiers said on a call with analysts.", False, [], None),
    # --- Plant closing (AP) ---
    ("en", "LANSING, Mich. (AP) — An auto parts supplier said Thursday it will close its factory in Jackson, Michigan, by the end of June, eliminating about 1,200 jobs.", True, [("count", 1200, None, "about")], None),
    ("en", "Corvane Components, which makes seats and interior trim, said in a notice filed with the state that layoffs would begin March 27.", True, [("date", "--03-27", None, None)], "Corvane Components"),
    ("en", "The plant has operated in Jackson since 1967 and is one of the county's three largest employers.", True, [("year", 1967, None, None), ("count", 3, None, None)], None),
    ("en", "The company said production would move to existing sites in Tennessee and Mexico.", True, [], "the company"),
    ("en", "United Auto Workers Local 482 represents about 900 of the plant's hourly workers.", True, [("count", 900, None, "about")], None),
    ("en", "\"It's a gut punch for this whole town,\" said Jackson Mayor Daniel Okonkwo.", False, [], None),
    ("en", "This version corrects the year the plant opened to 1967, not 1976.", False, [("year", 1967, None, None), ("year", 1976, None, None)], None),
    # --- Oscar nominations (AP) ---
    ("en", "LOS ANGELES (AP) — The Civil War drama \"The Long Field\" led the Academy Awards nominations Thursday with 13, one short of the record shared by three films.", True, [("count", 13, None, None), ("count", 1, None, None), ("count", 3, None, None)], None),
    ("en", "The musical \"Paper Lanterns\" followed with 11 nominations, including best picture and best actress for Mara Delgado.", True, [("count", 11, None, None)], None),
    ("en", "Delgado, 24, is the youngest best actress nominee in nine years.", True, [("duration", 24, "year", None), ("duration", 9, "year", None)], None),
    ("en", "Ten films are competing for best picture, the academy said.", True, [("count", 10, None, None)], "the academy"),
    ("en", "The 98th Academy Awards will be held March 15 at the Dolby Theatre in Los Angeles and broadcast live on ABC.", True, [("ordinal", 98, None, None), ("date", "--03-15", None, None)], None),
    ("en", "\"I'm still shaking — I had to read the list three times,\" Delgado said in a statement.", False, [("count", 3, None, None)], None),
    # --- Raiders hire a coach (AP) ---
    ("en", "HENDERSON, Nev. (AP) — The Las Vegas Raiders hired Marcus Delaney as head coach on Thursday, giving the 44-year-old a five-year contract, a person familiar with the deal told The Associated Press.", True, [("duration", 44, "year", None), ("duration", 5, "year", None)], None),
    ("en", "Delaney spent the past three seasons as defensive coordinator in Houston, where his unit allowed 17.8 points per game this season, fourth-fewest in the NFL.", True, [("count", 3, None, None), ("count", 17.8, None, None), ("ordinal", 4, None, None)], None),
    ("en", "He becomes the Raiders' fifth head coach since 2018.", True, [("ordinal", 5, None, None), ("year", 2018, None, None)], None),
    ("en", "Las Vegas went 4-13 and has not won a playoff game since the 2002 season.", True, [("year", 2002, None, None)], None),
    ("en", "\"Marcus is a teacher, a leader and a winner, and he's exactly what this franchise needs,\" general manager Ross Keegan said.", False, [], None),
    # --- Celtics beat Bucks (AP) ---
    ("en", "BOSTON (AP) — Darnell Quarles scored 38 points, including seven 3-pointers, and the Boston Celtics beat the Milwaukee Bucks 121-109 on Wednesday night.", True, [("count", 38, None, None), ("count", 7, None, None)], None),
    ("en", "Quarles, who missed the previous five games with a sprained ankle, made 13 of 22 shots.", True, [("count", 5, None, None), ("count", 13, None, None), ("count", 22, None, None)], None),
    ("en", "Tobias Wren added 21 points and 11 rebounds for Boston, which has won eight of its last 10 games.", True, [("count", 21, None, None), ("count", 11, None, None), ("count", 8, None, None), ("count", 10, None, None)], None),
    ("en", "Milwaukee's Anders Kjeldsen had 27 points and 14 rebounds in his return from a two-game suspension.", True, [("count", 27, None, None), ("count", 14, None, None), ("count", 2, None, None)], None),
    ("en", "The Bucks have dropped four in a row and are 21-23.", True, [("count", 4, None, None)], None),
    # --- Villa beat Everton (PA) ---
    ("en", "BIRMINGHAM (PA) - Aston Villa climbed to third in the Premier League after a 2-1 win over Everton at Villa Park on Wednesday night.", True, [("ordinal", 3, None, None)], None),
    ("en", "Striker Kieran Maddox headed the winner in the 84th minute, his 14th league goal of the season.", True, [("ordinal", 84, None, None), ("ordinal", 14, None, None)], None),
    ("en", "Everton had levelled through a Jonas Lindqvist penalty four minutes after half-time.", True, [("duration", 4, "minute", None)], None),
    ("en", "Villa have now won seven of their last nine league matches and sit five points behind leaders Arsenal.", True, [("count", 7, None, None), ("count", 9, None, None), ("count", 5, None, None)], None),
    ("en", "Everton, who played the final 20 minutes with 10 men after Sam Brody's second booking, remain 15th.", True, [("duration", 20, "minute", None), ("count", 10, None, None), ("ordinal", 2, None, None), ("ordinal", 15, None, None)], None),
    ("en", "\"The lads never stopped believing, and that's what pleased me most,\" Villa boss Ruben Castell said.", False, [], None),
    # --- Wolves sack coach (PA) ---
    ("en", "LONDON (PA) - Wolves have sacked head coach Stefan Marek after just 11 months in charge, with the club bottom of the Premier League.", True, [("duration", 11, "month", None)], None),
    ("en", "The 52-year-old won only three of his 23 league games and leaves Wolves nine points from safety.", True, [("duration", 52, "year", None), ("count", 3, None, None), ("count", 23, None, None), ("count", 9, None, None)], None),
    ("en", "Assistant coach Gary Nolan will take charge for Saturday's home game against Fulham, the club said.", True, [], "the club"),
    ("en", "\"We thank Stefan for his hard work and wish him every success in the future,\" the statement added.", False, [], None),
    # --- Test cricket in Galle (Reuters) ---
    ("en", "GALLE, Sri Lanka, Jan 22 (Reuters) - Harry Colbeck struck an unbeaten 131 as England reached 318 for five at stumps on the second day of the first Test against Sri Lanka on Thursday.", True, [("date", "--01-22", None, None), ("count", 131, None, None), ("count", 318, None, None), ("count", 5, None, None), ("ordinal", 2, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Colbeck faced 224 balls and hit 14 fours and two sixes in his seventh Test hundred.", True, [("count", 224, None, None), ("count", 14, None, None), ("count", 2, None, None), ("ordinal", 7, None, None)], None),
    ("en", "Sri Lanka had been bowled out for 276 in the morning session, with off-spinner Tom Ashdown taking five for 63.", True, [("count", 276, None, None), ("count", 5, None, None), ("count", 63, None, None)], None),
    ("en", "England lead by 42 runs with five wickets in hand.", True, [("count", 42, None, None), ("count", 5, None, None)], None),
    ("en", "The second Test of the two-match series starts in Colombo on Jan. 30.", True, [("ordinal", 2, None, None), ("count", 2, None, None), ("date", "--01-30", None, None)], None),
    ("en", "\"That's as good as I've batted in these conditions,\" Colbeck told the BBC.", False, [], None),
    # --- Bus stop murder (PA) ---
    ("en", "LONDON (PA) - A 34-year-old man who stabbed a stranger to death at a bus stop in south London must serve at least 26 years of a life sentence, a judge ruled on Thursday.", True, [("duration", 34, "year", None), ("duration", 26, "year", "at_least")], None),
    ("en", "Liam Corrigan attacked delivery rider Adebayo Fashola, 29, in Peckham on the evening of June 14 last year, the Old Bailey heard.", True, [("duration", 29, "year", None), ("date", "--06-14", None, None)], None),
    ("en", "Mr Fashola, a father of two, suffered 11 stab wounds and died in hospital the next day.", True, [("count", 2, None, None), ("count", 11, None, None)], None),
    ("en", "Corrigan, of no fixed address, was found guilty of murder by a jury after a two-week trial.", True, [("duration", 2, "week", None)], None),
    ("en", "Sentencing him on Thursday, Judge Margaret Ellery KC said Corrigan had shown \"not a flicker of remorse\".", False, [], None),
    ("en", "A spokesman for the Metropolitan Police said officers were called at 8.15pm and found Mr Fashola with serious injuries.", True, [], "a spokesman for the Metropolitan Police"),
    ("en", "In a statement read to the court, his mother said: \"A piece of me died with him.\"", False, [], None),
    # --- Snow warning (PA) ---
    ("en", "LONDON (PA) - Up to 15cm of snow could fall on higher ground in northern England and Scotland on Friday, the Met Office said.", True, [("count", 15, None, "up_to")], "the Met Office"),
    ("en", "A yellow warning for snow and ice covers much of the Pennines, the North York Moors and the Scottish Highlands from 3am until midday.", True, [], None),
    ("en", "Temperatures could drop as low as minus 9C in rural parts of the Highlands overnight.", True, [("count", -9, None, "up_to")], None),
    ("en", "National Highways said gritters had treated more than 4,000 miles of road ahead of the cold snap.", True, [("count", 4000, None, "over")], "National Highways"),
    ("en", "An amber cold health alert from the UK Health Security Agency is in place for five English regions until Monday.", True, [("count", 5, None, None)], None),
    ("en", "Motorists are being advised to check their routes before setting off.", False, [], None),
    # --- Homeware chain administration (PA) ---
    ("en", "LONDON (PA) - Homeware chain Hollings & Vale has collapsed into administration, putting around 2,300 jobs at risk across its 112 stores.", True, [("count", 2300, None, "about"), ("count", 112, None, None)], None),
    ("en", "Administrators from Kestrel Advisory were appointed on Thursday and said all shops would keep trading while a buyer is sought.", True, [], None),
    ("en", "The 61-year-old business, founded in Leicester in 1964, reported a pre-tax loss of £18.4 million in the year to March.", True, [("duration", 61, "year", None), ("year", 1964, None, None), ("money", 18400000, "GBP", None)], None),
    ("en", "Sales fell by almost 9 per cent to £286 million over the same period, according to accounts filed at Companies House.", True, [("percent", 9, "%", "nearly"), ("money", 286000000, "GBP", None)], None),
    ("en", "A spokeswoman for the administrators said the firm's online operation had been sold to a rival for £1.2 million.", True, [("money", 1200000, "GBP", None)], "a spokeswoman for the administrators"),
    ("en", "\"This is a sad day for a much-loved name on the British high street,\" said Kestrel partner Joanna Pryce.", False, [], None),
    # --- Country singer dies (AP) ---
    ("en", "NASHVILLE, Tenn. (AP) — Country singer Wade Ellington, whose rumbling baritone carried 11 songs to No. 1 on the Billboard country chart in the 1970s and '80s, died Wednesday.", True, [("count", 11, None, None), ("ordinal", 1, None, None)], None),
    ("en", "He was 84.", True, [("duration", 84, "year", None)], None),
    ("en", "Ellington died at his home in Hendersonville after a long illness, his publicist, Marla Quinn, said in a statement.", True, [], "Marla Quinn"),
    ("en", "Born on a tobacco farm in Kentucky in 1941, he recorded more than 30 albums and joined the Grand Ole Opry in 1972.", True, [("year", 1941, None, None), ("count", 30, None, "over"), ("year", 1972, None, None)], None),
    ("en", "His 1978 single \"Gravel Road Home\" spent five weeks at the top of the chart and sold more than 1 million copies.", True, [("year", 1978, None, None), ("duration", 5, "week", None), ("count", 1000000, None, "over")], None),
    ("en", "He is survived by his wife of 52 years, Loretta, three children and seven grandchildren.", True, [("duration", 52, "year", None), ("count", 3, None, None), ("count", 7, None, None)], None),
    ("en", "\"Wade sang like he was telling you the truth about your own life,\" fellow singer June Halloway said.", False, [], None),
    # --- School closures (AP) ---
    ("en", "PORTLAND, Ore. (AP) — The Portland school board voted 5-2 on Wednesday night to close four elementary schools at the end of the school year to help fill a $32 million budget gap.", True, [("count", 5, None, None), ("count", 2, None, None), ("count", 4, None, None), ("money", 32000000, "USD", None)], None),
    ("en", "About 1,100 students will be moved to neighboring schools in the fall, district officials said.", True, [("count", 1100, None, "about")], None),
    ("en", "Enrollment in Portland Public Schools has fallen by nearly 4,000 students since 2019, to about 44,500.", True, [("count", 4000, None, "nearly"), ("year", 2019, None, None), ("count", 44500, None, "about")], None),
    ("en", "The district also plans to cut 120 positions, two-thirds of them in the central office, Superintendent Renee Castillo said.", True, [("count", 120, None, None), ("fraction", 0.6667, None, None)], "Renee Castillo"),
    ("en", "Dozens of parents and teachers spoke against the plan during a public comment period that lasted more than three hours.", True, [("duration", 3, "hour", "over")], None),
    ("en", "\"You are ripping the heart out of our neighborhoods,\" one mother told the board.", False, [], None),
    ("en", "AP's schools coverage is funded in part by private foundations; AP alone is responsible for what it publishes.", False, [], None),
    # --- UK public finances (Reuters) ---
    ("en", "LONDON, Jan 22 (Reuters) - British public sector borrowing rose to 17.8 billion pounds in December, higher than forecast, official figures showed on Thursday.", True, [("date", "--01-22", None, None), ("money", 17800000000, "GBP", None)], None),
    ("en", "Economists polled by Reuters had expected borrowing of 14.5 billion pounds.", True, [("money", 14500000000, "GBP", None)], None),
    ("en", "In the first nine months of the 2025-26 financial year, the state borrowed 140.4 billion pounds, 11.2 billion pounds more than in the same stretch of last year, the statistics office said.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 140400000000, "GBP", None), ("money", 11200000000, "GBP", None)], "the statistics office"),
    ("en", "Debt interest payments came to 8.1 billion pounds last month.", True, [("money", 8100000000, "GBP", None)], None),
    ("en", "\"It is vital that we keep a firm grip on the public finances,\" a Treasury spokesperson said.", False, [], None),
    ("en", "(Reporting by Lindsey Marr; Editing by Paul Sorensen)", False, [], None),
    # --- Stadium vote (AP) ---
    ("en", "CLEVELAND (AP) — The Cleveland City Council voted 11-6 on Wednesday night to put $275 million in public money toward a 25,000-seat soccer stadium on the east bank of the Cuyahoga River.", True, [("count", 11, None, None), ("count", 6, None, None), ("money", 275000000, "USD", None), ("count", 25000, None, None)], None),
    ("en", "The project's developers say the stadium would cost about $840 million and open in time for the 2029 season.", True, [("money", 840000000, "USD", "about"), ("year", 2029, None, None)], None),
    ("en", "An economic study commissioned by the city estimated the stadium would create 1,450 permanent jobs.", True, [("count", 1450, None, None)], None),
    ("en", "Council member Tasha Greer, who voted against the measure, said the money would be better spent fixing the city's 1,800 miles of streets.", True, [("count", 1800, None, None)], "Tasha Greer"),
    ("en", "\"This is a generational win for Cleveland,\" Mayor Howard Lenz said after the vote.", False, [], None),
    # --- Beef recall (AP) ---
    ("en", "WASHINGTON (AP) — A Nebraska meat processor is recalling about 26,000 pounds of ground beef that may be contaminated with E. coli, the U.S. Department of Agriculture said Thursday.", True, [("count", 26000, None, "about")], "the U.S. Department of Agriculture"),
    ("en", "The products were made on Jan. 6 and shipped to stores in nine states, the department said.", True, [("date", "--01-06", None, None), ("count", 9, None, None)], "the department"),
    ("en", "No illnesses have been reported.", True, [], None),
    ("en", "The 1-pound packages carry the establishment number EST. 4410 inside the USDA mark of inspection.", True, [("count", 1, None, None)], None),
    # --- Mortgage rates (AP) ---
    ("en", "WASHINGTON (AP) — The average rate on a 30-year mortgage fell to 6.09% this week, its lowest level in 15 months, mortgage buyer Freddie Mac said Thursday.", True, [("duration", 30, "year", None), ("percent", 6.09, "%", None), ("duration", 15, "month", None)], None),
    ("en", "A year ago, the rate averaged 6.96%.", True, [("percent", 6.96, "%", None)], None),
    ("en", "The average rate on 15-year home loans, often used by borrowers who refinance, eased to 5.31% from 5.38% last week.", True, [("duration", 15, "year", None), ("percent", 5.31, "%", None), ("percent", 5.38, "%", None)], None),
    ("en", "\"Buyers who were priced out last spring are starting to come back,\" said Nadine Corliss, an economist at a real estate brokerage.", False, [], None),
    # --- Doctors' strike (PA) ---
    ("en", "LONDON (PA) - England's resident doctors are to walk out for five days from 7am on February 11, the British Medical Association said.", True, [("duration", 5, "day", None), ("date", "--02-11", None, None)], "the British Medical Association"),
    ("en", "It will be the 14th round of strikes since the dispute began in March 2023.", True, [("ordinal", 14, None, None), ("year", 2023, None, None)], None),
    ("en", "Some 61,000 operations and appointments were moved when doctors last struck in December, according to NHS England.", True, [("count", 61000, None, "about")], "NHS England"),
    ("en", "One in five resident doctors is considering working abroad, according to a BMA survey published last month.", True, [("fraction", 0.2, None, None)], None),
    ("en", "The BMA is seeking a pay rise of 26 per cent, which it says would restore earnings to their 2008 level in real terms.", True, [("percent", 26, "%", None), ("year", 2008, None, None)], None),
    ("en", "Health Secretary Wes Harrington said the strike was \"unjustified and unnecessary\".", False, [], None),
    # --- Bronx fire (AP) ---
    ("en", "NEW YORK (AP) — A fire tore through a six-story apartment building in the Bronx early Thursday, killing a 79-year-old woman and injuring 14 other people, among them five firefighters, officials said.", True, [("count", 6, None, None), ("duration", 79, "year", None), ("count", 14, None, None), ("count", 5, None, None)], None),
    ("en", "More than 200 firefighters battled the five-alarm blaze for about four hours.", True, [("count", 200, None, "over"), ("count", 5, None, None), ("duration", 4, "hour", "about")], None),
    ("en", "Fire Commissioner Robert Tan said the fire began in a third-floor apartment and was probably caused by a space heater.", True, [("ordinal", 3, None, None)], "Robert Tan"),
    ("en", "About 60 residents were displaced, and the American Red Cross said it was helping 23 families find shelter.", True, [("count", 60, None, "about"), ("count", 23, None, None)], None),
    ("en", "\"I grabbed my kids and ran,\" said neighbor Gloria Reyes.", False, [], None),
    # --- Council tax (PA) ---
    ("en", "LONDON (PA) - Most councils in England are set to raise council tax by the maximum 4.99 per cent from April, a survey by the Local Government Association has found.", True, [("percent", 4.99, "%", None)], None),
    ("en", "The increase would add about £111 a year to the average Band D bill, taking it to £2,391.", True, [("money", 111, "GBP", "about"), ("money", 2391, "GBP", None)], None),
    ("en", "Six councils in financial trouble have been allowed increases of up to 9 per cent.", True, [("count", 6, None, None), ("percent", 9, "%", "up_to")], None),
    ("en", "A spokesman for the Ministry of Housing, Communities and Local Government said councils would receive £69 billion in the coming financial year.", True, [("money", 69000000000, "GBP", None)], "a spokesman for the Ministry of Housing, Communities and Local Government"),
    ("en", "Council tax makes up roughly half of councils' core spending power.", True, [("fraction", 0.5, None, "about")], None),
    ("en", "\"Residents are being asked to pay more for less, and they are rightly fed up,\" said the chairman of a taxpayers' group.", False, [], None),
    # --- Broadway closing (AP) ---
    ("en", "NEW YORK (AP) — The Broadway musical \"Harbor Lights\" will close March 8 after 1,412 performances, its producers said Thursday.", True, [("date", "--03-08", None, None), ("count", 1412, None, None)], None),
    ("en", "The show, which opened in October 2021, won four Tony Awards, including best musical, and grossed more than $310 million.", True, [("year", 2021, None, None), ("count", 4, None, None), ("money", 310000000, "USD", "over")], None),
    ("en", "Weekly grosses had slipped to less than $700,000 in recent months, according to the Broadway League.", True, [("money", 700000, "USD", "under")], "the Broadway League"),
    ("en", "\"Every show has its season, and ours has been a glorious one,\" the producers said.", False, [], None),
    # --- Wall Street (Reuters) ---
    ("en", "NEW YORK, Jan 22 (Reuters) - U.S. stocks rose on Thursday, with the S&P 500 gaining 0.6% to 6,912.35 points and the Nasdaq Composite adding 0.9% to 23,871.04.", True, [("date", "--01-22", None, None), ("percent", 0.6, "%", None), ("count", 6912.35, None, None), ("percent", 0.9, "%", None), ("count", 23871.04, None, None)], None),
    ("en", "The Dow Jones Industrial Average climbed 212.6 points, or 0.5%, to 46,930.18.", True, [("count", 212.6, None, None), ("percent", 0.5, "%", None), ("count", 46930.18, None, None)], None),
    ("en", "Ridgeway Airlines shares ended up 8.1%, their biggest one-day gain since April.", True, [("percent", 8.1, "%", None)], None),
    ("en", "\"Investors are looking for any excuse to buy,\" said Colm Brady, a strategist at Thornfield Wealth.", False, [], None),
    # --- Bank robberies (AP) ---
    ("en", "PHOENIX (AP) — A 29-year-old man accused of robbing five banks across the Phoenix area over two weeks was arrested Wednesday at a motel in Mesa, the FBI said.", True, [("duration", 29, "year", None), ("count", 5, None, None), ("duration", 2, "week", None)], "the FBI"),
    ("en", "Jordan Pyle is charged with five counts of bank robbery, according to a criminal complaint filed in federal court.", True, [("count", 5, None, None)], None),
    ("en", "Investigators say he took about $38,000 in all and threatened tellers with what appeared to be a handgun.", True, [("money", 38000, "USD", "about")], None),
    ("en", "Each count carries a sentence of up to 20 years behind bars.", True, [("duration", 20, "year", "up_to")], None),
    ("en", "Pyle's attorney could not be reached for comment Thursday.", False, [], None),
    # --- German: Eissturm in den USA (dpa) ---
    ("de", "Jackson (dpa) - Ein Wintersturm hat im Süden der USA mehr als 200.000 Haushalte und Betriebe von der Stromversorgung abgeschnitten.", True, [("count", 200000, None, "over")], None),
    ("de", "In Mississippi und Alabama kamen bei Glätteunfällen mindestens drei Menschen ums Leben, wie die Behörden mitteilten.", True, [("count", 3, None, "at_least")], None),
    ("de", "Gouverneur Dale Prentice rief für 41 Bezirke den Notstand aus.", True, [("count", 41, None, None)], None),
    ("de", "Örtlich bildete sich eine bis zu 1,3 Zentimeter dicke Eisschicht auf Bäumen und Leitungen.", True, [("count", 1.3, None, "up_to")], None),
    ("de", "In Jackson sollten die Temperaturen in der Nacht auf minus zehn Grad fallen.", True, [("count", -10, None, None)], None),
    ("de", "Meteorologen sprachen von einem der schwersten Eisstürme in der Region seit langem.", False, [], None),
    # --- German: US-Arbeitsmarkt (dpa) ---
    ("de", "Washington (dpa) - Die Zahl der Erstanträge auf Arbeitslosenhilfe in den USA ist in der vergangenen Woche um 9000 auf 212.000 gesunken, wie das US-Arbeitsministerium am Donnerstag mitteilte.", True, [("count", 9000, None, None), ("count", 212000, None, None)], "das US-Arbeitsministerium"),
    ("de", "Analysten hatten im Schnitt mit 220.000 Anträgen gerechnet.", True, [("count", 220000, None, None)], None),
    ("de", "Die Arbeitslosenquote lag im Dezember bei 4,3 Prozent.", True, [("percent", 4.3, "%", None)], None),
    ("de", "Die Daten gelten als Hinweis darauf, dass sich der Arbeitsmarkt zwar abkühlt, aber robust bleibt.", False, [], None),
    # --- German: Premier League (APA) ---
    ("de", "London (APA) - ÖFB-Teamspieler Florian Haidinger hat mit Aston Villa in der englischen Premier League einen 2:1-Heimsieg gegen Everton gefeiert.", True, [], None),
    ("de", "Der 27-jährige Mittelfeldspieler bereitete in der 84. Minute den Siegtreffer von Kieran Maddox vor.", True, [("duration", 27, "year", None), ("ordinal", 84, None, None)], None),
    ("de", "Villa liegt damit auf Rang drei, fünf Punkte hinter Tabellenführer Arsenal.", True, [("ordinal", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Für Haidinger war es bereits die sechste Torvorlage in dieser Saison.", True, [("ordinal", 6, None, None)], None),
    ("de", "Haidinger spielte über die volle Distanz.", True, [], None),
    ("de", "„Wir haben bis zum Schluss an uns geglaubt“, sagte Haidinger nach dem Spiel.", False, [], None),
    # --- German: NBA (dpa) ---
    ("de", "Milwaukee (dpa) - Basketball-Nationalspieler Jonas Brückner hat mit den Milwaukee Bucks in der NBA die vierte Niederlage in Folge kassiert.", True, [("ordinal", 4, None, None)], None),
    ("de", "Beim 109:121 bei den Boston Celtics kam der 25 Jahre alte Center auf zwölf Punkte und neun Rebounds.", True, [("duration", 25, "year", None), ("count", 12, None, None), ("count", 9, None, None)], None),
    ("de", "Brückner stand 28 Minuten auf dem Parkett.", True, [("duration", 28, "minute", None)], None),
    ("de", "Bester Werfer der Partie war Bostons Darnell Quarles mit 38 Punkten.", True, [("count", 38, None, None)], None),
    # --- German: Mordurteil in London (dpa) ---
    ("de", "London (dpa) - Wegen der tödlichen Messerattacke auf einen Essenslieferanten an einer Londoner Bushaltestelle ist ein 34-Jähriger zu lebenslanger Haft verurteilt worden.", True, [("duration", 34, "year", None)], None),
    ("de", "Er muss mindestens 26 Jahre hinter Gittern verbringen, entschied das Gericht Old Bailey am Donnerstag.", True, [("duration", 26, "year", "at_least")], None),
    ("de", "Das 29 Jahre alte Opfer hatte elf Stichwunden erlitten.", True, [("duration", 29, "year", None), ("count", 11, None, None)], None),
    ("de", "Täter und Opfer kannten sich nach Angaben der Polizei nicht.", True, [], "die Polizei"),
    ("de", "Die Mutter des Opfers sprach vor Gericht von einem „Albtraum ohne Ende“.", False, [], None),
    # --- German: Oscar-Nominierungen (dpa) ---
    ("de", "Los Angeles (dpa) - Das Bürgerkriegsdrama „The Long Field“ geht mit 13 Nominierungen als Favorit ins Rennen um die Oscars.", True, [("count", 13, None, None)], None),
    ("de", "Auf Platz zwei folgt das Musical „Paper Lanterns“ mit elf Nominierungen, wie die Filmakademie am Donnerstag in Beverly Hills bekanntgab.", True, [("ordinal", 2, None, None), ("count", 11, None, None)], "die Filmakademie"),
    ("de", "Die 24-jährige Hauptdarstellerin Mara Delgado ist die jüngste Anwärterin auf den Preis als beste Schauspielerin seit neun Jahren.", True, [("duration", 24, "year", None), ("duration", 9, "year", None)], None),
    ("de", "Auch der deutsche Kameramann Tobias Renner ist nominiert, zum zweiten Mal nach 2019.", True, [("ordinal", 2, None, None), ("year", 2019, None, None)], None),
    ("de", "Die 98. Oscar-Verleihung findet am 15. März in Los Angeles statt.", True, [("ordinal", 98, None, None), ("date", "--03-15", None, None)], None),
    ("de", "„Das ist einfach unglaublich“, sagte Renner der Deutschen Presse-Agentur.", False, [], None),
    # --- German: Countrysänger gestorben (dpa) ---
    ("de", "Nashville (dpa) - Der US-Countrysänger Wade Ellington ist tot.", True, [], None),
    ("de", "Er starb am Mittwoch im Alter von 84 Jahren in seinem Haus in Tennessee, wie seine Sprecherin mitteilte.", True, [("duration", 84, "year", None)], "seine Sprecherin"),
    ("de", "Ellington veröffentlichte mehr als 30 Alben, elf seiner Songs erreichten Platz eins der US-Countrycharts.", True, [("count", 30, None, "over"), ("count", 11, None, None), ("ordinal", 1, None, None)], None),
    ("de", "Sein größter Hit „Gravel Road Home“ aus dem Jahr 1978 verkaufte sich über eine Million Mal.", True, [("year", 1978, None, None), ("count", 1000000, None, "over")], None),
    ("de", "Mit ihm verliert die Countrymusik eine ihrer markantesten Stimmen.", False, [], None),
    # --- German: Masern in Texas (APA/dpa) ---
    ("de", "Austin (APA/dpa) - Im US-Bundesstaat Texas ist die Zahl der Masernfälle bei einem Ausbruch auf 58 gestiegen.", True, [("count", 58, None, None)], None),
    ("de", "Fast alle Erkrankten seien nicht geimpft gewesen, teilte die Gesundheitsbehörde des Bundesstaats mit.", True, [], "die Gesundheitsbehörde des Bundesstaats"),
    ("de", "Acht Patienten mussten im Krankenhaus behandelt werden.", True, [("count", 8, None, None)], None),
    ("de", "Rund ein Drittel der Erkrankten sind Kinder unter fünf Jahren.", True, [("fraction", 0.3333, None, "about"), ("duration", 5, "year", "under")], None),
    ("de", "„Diese Krankheit wäre vollständig vermeidbar“, sagte eine Sprecherin der Behörde.", False, [], None),
    ("de", "Im vergangenen Jahr waren in den USA 2145 Fälle registriert worden, so viele wie seit 1992 nicht mehr.", True, [("count", 2145, None, None), ("year", 1992, None, None)], None),
    # --- German: Wall Street (dpa-AFX) ---
    ("de", "New York (dpa-AFX) - Starke Zahlen der Fluggesellschaft Ridgeway haben am Donnerstag die Stimmung an der Wall Street gestützt.", True, [], None),
    ("de", "Der Leitindex Dow Jones Industrial ging 0,5 Prozent fester bei 46.930,18 Punkten aus dem Handel.", True, [("percent", 0.5, "%", None), ("count", 46930.18, None, None)], None),
    ("de", "Der marktbreite S&P 500 gewann 0,6 Prozent auf 6912,35 Zähler, der technologielastige Nasdaq 100 rückte um 0,9 Prozent vor.", True, [("percent", 0.6, "%", None), ("count", 6912.35, None, None), ("percent", 0.9, "%", None)], None),
    ("de", "Ridgeway-Aktien verteuerten sich um 8,1 Prozent.", True, [("percent", 8.1, "%", None)], None),
    ("de", "Händler sprachen von einer freundlichen, aber nervösen Stimmung.", False, [], None),
    # --- German: Ärztestreik in England (dpa) ---
    ("de", "London (dpa) - Assistenzärzte in England wollen im Februar erneut fünf Tage lang die Arbeit niederlegen.", True, [("duration", 5, "day", None)], None),
    ("de", "Es wäre bereits die 14. Streikrunde seit März 2023, wie die Ärztegewerkschaft BMA mitteilte.", True, [("ordinal", 14, None, None), ("year", 2023, None, None)], "die Ärztegewerkschaft BMA"),
    ("de", "Die Gewerkschaft fordert eine Gehaltserhöhung um 26 Prozent.", True, [("percent", 26, "%", None)], None),
    ("de", "Die Regierung nannte den Streik „ungerechtfertigt und unnötig“.", False, [], None),
    # --- German: Brand in der Bronx (dpa) ---
    ("de", "New York (dpa) - Bei einem Großbrand in einem sechsstöckigen Wohnhaus in der New Yorker Bronx ist eine 79 Jahre alte Frau ums Leben gekommen.", True, [("count", 6, None, None), ("duration", 79, "year", None)], None),
    ("de", "14 weitere Menschen wurden verletzt, darunter fünf Feuerwehrleute.", True, [("count", 14, None, None), ("count", 5, None, None)], None),
    ("de", "Mehr als 200 Einsatzkräfte kämpften rund vier Stunden lang gegen die Flammen, wie die New Yorker Feuerwehr mitteilte.", True, [("count", 200, None, "over"), ("duration", 4, "hour", "about")], None),
    ("de", "Als Ursache gilt ein Heizlüfter.", True, [], None),
    # --- German: Britische Staatsfinanzen (dpa-AFX) ---
    ("de", "London (dpa-AFX) - Die britische Regierung hat sich im Dezember deutlich stärker verschuldet als erwartet.", True, [], None),
    ("de", "Die Neuverschuldung stieg auf 17,8 Milliarden Pfund, wie das Statistikamt ONS am Donnerstag mitteilte.", True, [("money", 17800000000, "GBP", None)], "das Statistikamt ONS"),
    ("de", "Volkswirte hatten im Schnitt mit 14,5 Milliarden Pfund gerechnet.", True, [("money", 14500000000, "GBP", None)], None),
]
