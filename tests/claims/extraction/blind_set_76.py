"""Seventy-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, the president
included (Walter Hargrove, Dana Whitlock, Harold Beckwith, Everett Lang, Grant Ellery,
Colin Ashby, Naomi Prentiss, Howard Kessler, Raymond Osei, Jana Lüthke, Tom Brandes, Anton
Greiderer, Lyle Brannock, Paul Devereaux, Ruth Calloway, Dale Whitaker, Celia Marchetti,
Mitchell Dorn, Alison Marrow, Lydia Okafor-Baines, Trent Halvorsen, Gil Ramírez, Vivian
Ashcombe, Emmett Sallow, Chester Wyle, Tomás Villanueva, Helena Thornbury, Wade Corliss;
Carl Ibsen, Dolores Finch, Miriam Castellano, Duane Whitcombe, Teresa Vaillancourt, Rafael
Quintero, Megan Trask, Rosalind Meyer, Marisol Tejeda, Bradley Voss, Glen Ostrander, Elliot
Banham, Priya Sandoval, Colette Dray, Patrice Quill, Samuel Achterberg, Joanna Stiles,
Dwight Kellerman, Gareth Pimm, Lorna Featherstone, Douglas Ferrante, Hollis Brandt,
Cornelia Ashworth, Karen Delacourt, Owen Bratton, Elise Brandvold, Curtis Mayhew); real
institutions, pollsters, services and places ("Oberster Gerichtshof", "the Supreme Court",
"the Federal Trade Commission", "the Federal Election Commission", "the Congressional
Budget Office", "the FAA", "Reuters/Ipsos", "AP-NORC", "Quinnipiac University", "Marist",
"Edison Research", "AdImpact", "the Bipartisan Policy Center", "Yale University's Budget
Lab", "Just Security", "Truth Social", "the VDA", "Statistik Austria", "the U.S. Attorney's
Office", states, cities and the Capitol) stand for the way wire copy names them; every
result, ruling, tally, sum, date and quote here is invented.

Its weight: US POLITICS, POLLS AND COURTS as AP, Reuters and AFP file it and as the German
services (dpa, APA, AFP, Reuters German) retell it. Half German: a Reuters/Ipsos approval
poll with its fieldwork dates and "Fehlerquote", the Supreme Court striking down tariffs
"mit sechs zu drei Stimmen", Super Tuesday with delegates ("1.148 Delegierte", "1.976
Delegiertenstimmen", "zwölf von 15 Bundesstaaten"), day 23 of a shutdown ("zum elften Mal",
"54 Ja- und 45 Nein-Stimmen", "60 der 100 Stimmen"), car tariffs of 25 percent with German
and Austrian export figures, a former governor "in 17 Punkten angeklagt", third-quarter
fundraising in a Michigan Senate race, the House passing a tax bill "mit 216 zu 214
Stimmen" and the Senate "mit 51 zu 50", 143 executive orders in 100 days and a judge's stay,
Congress certifying 312 to 226 electors, a Quinnipiac poll in Georgia ("plus/minus 3,2
Prozentpunkten"), a justice confirmed 52 to 48, a Texas redistricting vote and the Virginia
governor's election (APA, "17. Jänner"). Half English: an AP-NORC approval poll ("About 4 in
10", "plus or minus 3.9 percentage points"), a 6-3 Supreme Court ruling on removal power, the
New Hampshire primary with pledged delegates, Arizona Senate fundraising from FEC filings,
a shutdown's 23rd day ("fell 54-45, short of the 60 votes needed"), a tariff order ("ranging
from 10% to 41%"), a state senator indicted on 12 counts, a defense bill passed 281-140,
the Ohio governor's race, 211 executive orders and the courts, a 2-1 redistricting ruling,
an attorney general confirmed 53-46, and a Marist Senate poll in Pennsylvania with its 19
electoral votes. Negatives as such copy has them: campaign rhetoric and victory and defeat
lines, insults and labels ("„gefälscht“ und „erbärmlich“", "eine „Marionette der
Küstenelite“", "\"a Wall Street puppet ...\"", "„Hexenjagd“"), quoted evaluations of
rulings, bills and polls by a press secretary, a justice in dissent, a speaker, a trade
minister, a chamber president, an attorney general and a U.S. attorney, critics'
catchwords, a slogan chanted ("„Noch vier Jahre!“"), a voter's feeling in a vox pop, a
pollster's caveat, a defence lawyer's stock line, "Es gilt die Unschuldsvermutung.", a
no-comment line, reporting credits and AP's funding boilerplate.

230 rows (115 German, 115 English), 48 negatives (23 German, 25 English), 182 check-worthy
rows of which 17 carry no figure (9 German, 8 English), 293 expected quantities (100
counts, 55 percentages - 45 in percent and 10 in percentage points -, 37 durations, 30
dates, 29 amounts of money, 22 ordinals, 15 years, 5 fractions; 3 of them in 2 negatives),
23 checked speakers (10 German, 13 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences)
were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: a poll's lead stated without its numbers ("liegt ... knapp vor ihrem
  Herausforderer"), the states a candidate won, an announcement that the rate covers car
  parts, a not-guilty plea, a record fundraising quarter ("die höchste Summe, die je ...",
  twenty-ninth: a claim of a measurable record), a scheduled new vote, an appeal announced,
  a governor's signature, a concession, a race called by the AP (forty-first), the day a
  ruling came, exemptions in an order, a Senate adjournment ("at 3 p.m." a clock time,
  none), a Senate schedule ("next week" none).
- Polls (nineteenth, twenty-third, forty-first): the figures, the sample, the fieldwork
  dates and the margin of error are check-worthy. "plus or minus 3.9 percentage points",
  "plus or minus 3.4 percentage points", "innerhalb der Fehlerquote von plus/minus 3,2
  Prozentpunkten" pp with no hedge ("plus/minus 3,5 Prozentpunkte", twenty-third); "die
  Fehlerquote liegt bei etwa zwei Prozentpunkten" 2 pp "about". Poll and race points are
  percentage points: "vier Punkte weniger als im Juli", "had led by 2 points", "by about 9
  percentage points" "about", "by fewer than 2 percentage points" "under" (forty-first).
  "About 4 in 10" 0.4 "about" and "about 6 in 10" 0.6 "about" (eleventh batch: "About 4 in
  10 voters"); "Only about one-third" 0.3333 "about" ("Only" no hedge); "vom 10. bis 12.
  September", "vom 2. bis 6. Oktober", "Nov. 6-10" and "Oct. 13-16" two dates each
  (twenty-third: "March 9-10"); "mit 46 zu 31 Prozent", "49% to 44%", "led 53.2% to 45.1%"
  two percentages (the unit written once serves the list, forty-sixth).
- Tallies of courts and chambers are counts, one per figure: "mit sechs zu drei Stimmen"
  and "ruled 6-3" (eleventh: "mit sechs zu drei Stimmen", "In a 6-3 decision"; twentieth:
  "By a 6-3 vote"), "a 7-2 ruling", "ruled 2-1" (2 and 1), "mit 216 zu 214 Stimmen", "mit
  51 zu 50 Stimmen", "mit 52 zu 48 Stimmen", "54 Ja- und 45 Nein-Stimmen" (the hyphen of
  "Ja-" is no sign), "fell 54-45", "by a vote of 281-140", "53-46", "77-20" (sixty-fifth).
  Seats and votes needed: "60 der 100 Stimmen", "short of the 60 votes needed", "mindestens
  270 der 538 Stimmen" 270 "at_least" and 538, "at least 13 of the state's 24 pledged
  delegates", "drei der sechs konservativen Richter", "sechs der neun Mitglieder", "two of
  its conservatives", "38 Abgeordnete ..., derzeit sind 25 davon" ("davon" a pronoun,
  sixty-fifth), "bis zu fünf zusätzliche Sitze" 5 "up_to", "four of its 14 congressional
  districts". "des neunköpfigen Gerichts" count 9 (forty-first: "Im 40-köpfigen
  Gemeinderat") and "A three-judge federal panel" count 3 (forty-first: "The seven-phase
  poll").
- Delegates and electors are counts (forty-first: "312 electoral votes to 226"): "1.148
  Delegierte, seine Rivalin ... auf 602", "1.976 Delegiertenstimmen", "mit 424
  Delegierten", "1,976 delegates", "312 Wahlleute, sein Herausforderer auf 226", "its 19
  electoral votes". "in zwölf von 15 Bundesstaaten" is two counts, a named set of states as
  "19 von 26 Kantonen" (twenty-ninth), not the proportion "Neun von zehn" (a fraction,
  tenth).
- Charges and sentences: "in 17 Punkten angeklagt" and "on 12 counts of bribery" counts
  (fifteenth: "on 11 counts of fraud"); "jeweils bis zu 20 Jahre Haft" 20 years "up_to"
  ("jeweils" no hedge, as "faces up to 20 years", twenty-fifth). New: "a maximum sentence
  of 20 years" and "a minimum rate of 15%" carry no hedge - "maximum" and "minimum" name
  the figure stated, as "the majority mark of 145" (forty-first) and "capped at earnings
  of €80,000" (sixty-seventh) carry none.
- Terms and offices: "four terms", "served two terms in Congress" counts (sixty-third:
  "during his three terms" count 3); "two four-year terms" count 2 and 4 years; "Die
  Amtszeit beträgt vier Jahre" 4 years; "seiner zweiten Amtszeit", "a second term", "his
  first term", "his first four-year term" ordinals (the last also 4 years); "als erste
  Frau" ordinal 1, "the state's 71st governor" 71, "the 88th attorney general" 88, "the
  third New Jersey lawmaker" 3 (sixty-third); "der zweitwichtigste Exportmarkt" ordinal 2
  (the issue: "die drittgrößte Stadt"); "third at 14.9%" ordinal 3.
- Shutdowns and counted attempts: "dauert nun bereits 23 Tage" 23 days ("bereits" no
  hedge), "hatte 35 Tage gedauert", "lasted 35 days" durations (sixteenth: "lasted 35
  days"); "entered its 23rd day" ordinal 23; "zum elften Mal" ordinal 11 (the issue: "zum
  zweiten Mal"), "for a 12th time" ordinal 12; "their first full paycheck" ordinal 1.
  "in den ersten 100 Tagen" ordinal 1 and 100 days (twenty-fifth: "in our first 100 days";
  fifty-fifth: "die ersten 28 Tage"); "An order signed on his first day" ordinal 1. New:
  "since the rates were first announced" carries no ordinal - "first" is an adverb of the
  verb, as "was first published 212 years ago" carried none (forty-fifth) and "erstmals"
  none (forty-first).
- Durations and ages: "for 90 years", "14 months before", "eight days ago" (forty-first:
  "six years earlier"), "in the past five years", "within 30 days" (no hedge, forty-first:
  "within two points"), "a six-week shutdown", "lasted two days and included nearly 11
  hours", "eine Frist von zehn Tagen", "für zwei Wochen", "vier Tage gedauert", "nach 31
  Jahren am Gericht", "verteilt auf zehn Jahre", "zog sich über mehr als 14 Stunden hin" 14
  hours "over" (the preposition "über" is parted from the figure by "mehr als", the hedge),
  "knapp 40 Minuten" "nearly", "Verspätungen von bis zu vier Stunden" "up_to", "the
  three months ending Sept. 30" 3 months and the date; "eine Woche zuvor", "a month ago",
  "this year", "pro Woche", "pro Jahr" none (an article or no figure). New: "for 64
  consecutive years" is 64 years, time with its unit, as "52 Jahre lang" (sixty-third);
  "consecutive" is no hedge. Ages: "dem 61-Jährigen", "Die 49-Jährige", "Patrice Quill,
  58,", "Pimm, 47,", "Delacourt, 52,", "Dolores Finch, 67," durations in years (sixteenth
  and sixty-third).
- Money (USD and EUR only): "mehr als 130 Milliarden Dollar" "over", "rund 4,5 Billionen
  Dollar" 4.5e12 ("Billionen" is the German trillion), "3,3 Billionen Dollar", "$895
  billion", "$912 billion", "$27.4 million", "less than $200" "under", "more than $640,000"
  "over", "a $500,000 bond", "eine Kaution von 250.000 Dollar", "36,8 Milliarden Euro",
  "16,2 Milliarden Euro"; "Whitaker über 7,1 Millionen" after "18,9 Millionen Dollar" is
  USD (the unit written once serves the list, forty-sixth). New: in "Calloway verfügte ...
  über 18,9 Millionen Dollar ..., Whitaker über 7,1 Millionen" neither "über" is a hedge -
  it is the preposition the verb "verfügen" governs, not a bound on the figure. "more than
  double the amount a year earlier" count 2 "times" "over" (twenty-ninth: "more than double
  the previous year's figure"); "dozens of trading partners" none (a vague magnitude, as
  "Hunderttausende", twenty-ninth).
- Tariffs are percentages: "Zölle von 25 Prozent", "bei 2,5 Prozent", "ranging from 10% to
  41%", "rises to 35% from 25%", "a 39% rate" (fifteenth: "Zöllen von 39 Prozent").
- Years and dates: "ein Notstandsgesetz von 1977", "a 1935 precedent", "a 1798 wartime
  law", "aus dem Jahr 1933", "Bei der Wahl 2020", "von 2017 bis 2023", "between 2019 and
  2024", "im Januar 2019", "im November 2026" years; "am 5. November", "ab dem 2. April",
  "am 4. Juli", "am 6. Januar", "für den 20. Januar", "am 12. Januar", "am 17. Jänner"
  (tenth: "Jänner"), "zum 30. September", "am 10. März", "on Dec. 8", "on Feb. 28", "on Dec.
  31", "effective Aug. 7", "on March 3", "for March 16", "on Jan. 12", "on Jan. 20" dates
  without a year; Reuters datelines with a day ("CONCORD, New Hampshire, Jan 27 (Reuters)",
  "WASHINGTON, Oct 23 (Reuters)", "WASHINGTON, July 31 (Reuters)", "ATLANTA, Nov 14
  (Reuters)") dates; AP, AFP, dpa, APA and Reuters German datelines without a day none.
- Pages and named things: "ein 41 Seiten langes Minderheitsvotum" and "a 38-page dissent"
  counts (sixty-fifth: "214 Seiten"); "24 F-35 fighter jets" count 24 ("F-35" a type,
  fiftieth); "The S&P 500 fell 1.6%" only the percentage ("S&P 500" a name); "Reuters/Ipsos",
  "AP-NORC", "Truth Social" none.
- Hedges, only the names in use: "rund", "etwa", "about", "Roughly", "an estimated"
  "about"; "knapp" "nearly"; "nearly" "nearly"; "mehr als", "Mehr als", "more than" "over";
  "weniger als", "fewer than", "less than" "under"; "mindestens", "at least" "at_least";
  "bis zu" "up_to"; "bereits", "insgesamt", "jeweils", "lediglich", "Only", "already",
  "topped" (a verb, sixty-fifth: "passed 250,000 signatures") no hedge. "at least through
  the South Carolina primary on Feb. 28" gives the date no hedge (the hedge bounds the
  clause, not the figure).
- Speakers, checked only in forms earlier batches settled, and one decided here: "teilte
  das Weiße Haus mit", "teilte das US-Justizministerium mit", "wie die Wahlbehörde des
  Bundesstaats mitteilte" the source with its article (sixty-fifth); "teilte ihr
  Wahlkampfteam mit" -> "ihr Wahlkampfteam" and "teilte sein Büro mit" -> "sein Büro" (as
  "ihr Verlag", "seine Familie", sixty-third); "Nach Angaben der Flugaufsicht FAA" -> "die
  Flugaufsicht FAA" and "nach Angaben des Verbands der Automobilindustrie" -> "der Verband
  der Automobilindustrie" in the nominative (forty-first); "laut Statistik Austria" as
  written; "sagte Handelsminister Grant Ellery", "Mehrheitsführer Howard Kessler sagte, ..."
  the name (twenty-ninth). English: "her campaign said" -> "her campaign" (as "her
  publisher said", sixty-third), "according to the secretary of state's office" and "the
  secretary of state's office said" (as "the Ceann Comhairle's office said", sixty-fifth),
  "the U.S. Attorney's Office said", "the Federal Aviation Administration said", "according
  to the Bipartisan Policy Center", "according to AdImpact" as written (twenty-ninth),
  "Senate Democratic leader Raymond Osei said ...", "U.S. Trade Representative Glen
  Ostrander told reporters that ...", "Georgia Attorney General Hollis Brandt said ..." the
  name, "Quintero said he would ..." the surname as written (twenty-ninth: "sagte Söder").
  New: "Sen. Owen Bratton, D-Pa., said ..." -> "Owen Bratton": the title is dropped and the
  party-and-state label between commas is an apposition, dropped as an age is ("Okoro,
  51,", sixty-third). Left unchecked (None): polls and projections ("einer neuen Umfrage
  zufolge", "a Marist poll released on Wednesday showed", "Edison Research projected",
  "The Associated Press declared", "Nach Zählung der Nachrichtenagentur AP", "wie eine
  Auswertung der Nachrichtenagentur AP ergab", "according to a tally by ... Just Security",
  forty-first), documents ("according to a filing with the Federal Election Commission",
  "the order said", "heißt es in der Begründung"), data and estimates ("Treasury Department
  data showed", "economists ... estimate", "The Congressional Budget Office has estimated",
  "Das Haushaltsbüro des Kongresses bezifferte", "Nach Berechnungen des Haushaltsbüros des
  Kongresses"), "prosecutors allege", "Das Weiße Haus kündigte an" (no verb of saying),
  rows without attribution and all negatives.
- Negatives: quoted rhetoric, insults and labels of candidates, presidents and their
  spokespeople (also with a named speaker), quoted or paraphrased evaluations of rulings,
  bills, maps and polls, critics' catchwords, a pollster's caveat ("Umfragen seien nur
  Momentaufnahmen", forty-first), a defence lawyer's stock line, "Es gilt die
  Unschuldsvermutung." (fifty-fifth), a no-comment line (twenty-ninth), reporting credits,
  AP's funding line. A chanted slogan keeps its figure labelled ("„Noch vier Jahre!“" 4
  years, as ""three more years of chaos"", twenty-ninth). New: a voter's quoted feeling in
  a vox pop is a negative even when it carries an age and a count ("\"I voted for him twice
  ...,\" said Dolores Finch, 67," count 2 and 67 years labelled).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_76 = [
    # --- Umfrage: Zustimmung für Hargrove (dpa) ---
    ("de", "Washington (dpa) - Die Zustimmung für US-Präsident Walter Hargrove ist einer neuen Umfrage zufolge auf den tiefsten Stand seiner zweiten Amtszeit gefallen.", True, [("ordinal", 2, None, None)], None),
    ("de", "In der am Dienstag veröffentlichten Erhebung von Reuters/Ipsos zeigten sich nur noch 38 Prozent der Befragten mit seiner Amtsführung zufrieden, vier Punkte weniger als im Juli.", True, [("percent", 38, "%", None), ("percent", 4, "pp", None)], None),
    ("de", "58 Prozent lehnten seine Arbeit ab.", True, [("percent", 58, "%", None)], None),
    ("de", "Befragt wurden vom 10. bis 12. September landesweit 4.385 Erwachsene, die Fehlerquote liegt bei etwa zwei Prozentpunkten.", True, [("date", "--09-10", None, None), ("date", "--09-12", None, None), ("count", 4385, None, None), ("percent", 2, "pp", "about")], None),
    ("de", "Bei der Wirtschaftspolitik kam Hargrove auf 34 Prozent Zustimmung, bei der Einwanderung auf 43 Prozent.", True, [("percent", 34, "%", None), ("percent", 43, "%", None)], None),
    ("de", "Unter den Anhängern der Republikaner lag der Wert mit 81 Prozent weiterhin hoch, unter Demokraten bei 4 Prozent.", True, [("percent", 81, "%", None), ("percent", 4, "%", None)], None),
    ("de", "Im Januar, kurz nach seiner Vereidigung, hatte seine Zustimmungsrate noch bei 51 Prozent gelegen.", True, [("percent", 51, "%", None)], None),
    ("de", "„Die einzige Umfrage, die zählt, hat am Wahltag stattgefunden“, sagte Sprecherin Dana Whitlock.", False, [], None),
    ("de", "Hargrove selbst nannte die Erhebung auf seiner Plattform Truth Social „gefälscht“ und „erbärmlich“.", False, [], None),

    # --- Oberstes Gericht kippt Zölle (AFP) ---
    ("de", "Washington (AFP) - Der Oberste Gerichtshof der USA hat mit sechs zu drei Stimmen einen Großteil der von Präsident Hargrove verhängten Zölle für unrechtmäßig erklärt.", True, [("count", 6, None, None), ("count", 3, None, None)], None),
    ("de", "Der Präsident habe mit der Berufung auf ein Notstandsgesetz von 1977 seine Befugnisse überschritten, heißt es in der Begründung, die der Vorsitzende Richter Harold Beckwith verfasste.", True, [("year", 1977, None, None)], None),
    ("de", "Die drei liberalen Richterinnen und Richter schlossen sich der Mehrheit an, ebenso drei der sechs konservativen Richter.", True, [("count", 3, None, None), ("count", 3, None, None), ("count", 6, None, None)], None),
    ("de", "Richter Everett Lang verfasste ein 41 Seiten langes Minderheitsvotum.", True, [("count", 41, None, None)], None),
    ("de", "„Die Mehrheit bindet dem Präsidenten die Hände auf den Rücken, während die Welt zusieht“, schrieb Lang.", False, [], None),
    ("de", "Betroffen sind Zolleinnahmen von mehr als 130 Milliarden Dollar, die nun womöglich an Importeure erstattet werden müssen.", True, [("money", 130000000000, "USD", "over")], None),
    ("de", "Die mündliche Verhandlung in dem Fall hatte am 5. November stattgefunden.", True, [("date", "--11-05", None, None)], None),
    ("de", "Die Zölle von 25 Prozent auf Stahl und Aluminium, die sich auf ein anderes Gesetz stützen, bleiben von dem Urteil unberührt.", True, [("percent", 25, "%", None)], None),
    ("de", "Handelsminister Grant Ellery sprach von einem „schwarzen Tag für amerikanische Arbeiter“.", False, [], None),

    # --- Super Tuesday (dpa) ---
    ("de", "Washington (dpa) - Der demokratische Präsidentschaftsbewerber Colin Ashby hat am „Super Tuesday“ die Vorwahlen in zwölf von 15 Bundesstaaten gewonnen.", True, [("count", 12, None, None), ("count", 15, None, None)], None),
    ("de", "Nach Zählung der Nachrichtenagentur AP kommt er damit auf 1.148 Delegierte, seine Rivalin Naomi Prentiss auf 602.", True, [("count", 1148, None, None), ("count", 602, None, None)], None),
    ("de", "Für die Nominierung auf dem Parteitag im August in Chicago sind 1.976 Delegiertenstimmen nötig.", True, [("count", 1976, None, None)], None),
    ("de", "In Kalifornien, wo mit 424 Delegierten am meisten zu vergeben ist, lag Ashby nach Auszählung von 71 Prozent der Stimmen mit 46 zu 31 Prozent vorn.", True, [("count", 424, None, None), ("percent", 71, "%", None), ("percent", 46, "%", None), ("percent", 31, "%", None)], None),
    ("de", "Prentiss gewann lediglich in Vermont, Massachusetts und Utah.", True, [], None),
    ("de", "„Wir geben nicht auf, dieses Rennen ist noch lange nicht entschieden“, rief Prentiss ihren Anhängern in Boston zu.", False, [], None),
    ("de", "Ashby sprach von einer „Nacht für die arbeitenden Familien dieses Landes“.", False, [], None),
    ("de", "In Texas wurden 2,3 Millionen Stimmen abgegeben, so viele wie nie zuvor bei einer demokratischen Vorwahl in dem Bundesstaat.", True, [("count", 2300000, None, None)], None),
    ("de", "Die nächsten Vorwahlen finden am 10. März in Michigan und fünf weiteren Staaten statt.", True, [("date", "--03-10", None, None), ("count", 5, None, None)], None),

    # --- Shutdown, Tag 23 (Reuters) ---
    ("de", "Washington (Reuters) - Der teilweise Stillstand der US-Regierung dauert nun bereits 23 Tage.", True, [("duration", 23, "day", None)], None),
    ("de", "Im Senat scheiterte am Donnerstag zum elften Mal ein Übergangshaushalt der Republikaner, er erhielt 54 Ja- und 45 Nein-Stimmen.", True, [("ordinal", 11, None, None), ("count", 54, None, None), ("count", 45, None, None)], None),
    ("de", "Nötig gewesen wären 60 der 100 Stimmen.", True, [("count", 60, None, None), ("count", 100, None, None)], None),
    ("de", "Rund 670.000 Bundesbedienstete sind im Zwangsurlaub, weitere 730.000 arbeiten ohne Bezahlung weiter, darunter Fluglotsen und Grenzschützer.", True, [("count", 670000, None, "about"), ("count", 730000, None, None)], None),
    ("de", "Nach Angaben der Flugaufsicht FAA fehlen derzeit rund 3.000 Fluglotsen.", True, [("count", 3000, None, "about")], "die Flugaufsicht FAA"),
    ("de", "An den Flughäfen in New York und Atlanta kam es am Wochenende zu Verspätungen von bis zu vier Stunden.", True, [("duration", 4, "hour", "up_to")], None),
    ("de", "Das Haushaltsbüro des Kongresses bezifferte die Kosten für die Wirtschaft auf etwa 7 Milliarden Dollar pro Woche.", True, [("money", 7000000000, "USD", "about")], None),
    ("de", "Der bisher längste Shutdown hatte 35 Tage gedauert und war im Januar 2019 zu Ende gegangen.", True, [("duration", 35, "day", None), ("year", 2019, None, None)], None),
    ("de", "Mehrheitsführer Howard Kessler sagte, er werde am Montag einen neuen Anlauf unternehmen.", True, [], "Howard Kessler"),
    ("de", "„Die Demokraten halten das Land als Geisel“, sagte Kessler.", False, [], None),
    ("de", "Der demokratische Minderheitsführer Raymond Osei konterte, die Republikaner wollten „auf dem Rücken kranker Menschen“ sparen.", False, [], None),
    ("de", "(Bericht von Jana Lüthke, redigiert von Tom Brandes; bei Rückfragen wenden Sie sich bitte an unsere Redaktion in Berlin)", False, [], None),

    # --- Autozölle (dpa) ---
    ("de", "Washington/Berlin (dpa) - US-Präsident Hargrove hat Zölle von 25 Prozent auf alle Autoimporte angekündigt, die ab dem 2. April gelten sollen.", True, [("percent", 25, "%", None), ("date", "--04-02", None, None)], None),
    ("de", "Auch für wichtige Autoteile soll der Satz greifen, teilte das Weiße Haus mit.", True, [], "das Weiße Haus"),
    ("de", "Bisher lag der Zoll für Pkw aus der EU bei 2,5 Prozent.", True, [("percent", 2.5, "%", None)], None),
    ("de", "Die Regierung rechne mit zusätzlichen Einnahmen von 100 Milliarden Dollar pro Jahr, sagte Handelsminister Grant Ellery.", True, [("money", 100000000000, "USD", None)], "Grant Ellery"),
    ("de", "Deutsche Hersteller exportierten im vergangenen Jahr nach Angaben des Verbands der Automobilindustrie rund 450.000 Autos in die USA.", True, [("count", 450000, None, "about")], "der Verband der Automobilindustrie"),
    ("de", "Der Wert dieser Ausfuhren belief sich auf 36,8 Milliarden Euro.", True, [("money", 36800000000, "EUR", None)], None),
    ("de", "Ein Sprecher der EU-Kommission sagte, man werde „entschlossen und verhältnismäßig“ antworten.", False, [], None),

    # --- Österreich und die Zölle (APA) ---
    ("de", "Wien (APA) - Für Österreich sind die USA nach Deutschland der zweitwichtigste Exportmarkt.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die heimischen Ausfuhren in die Vereinigten Staaten erreichten 2024 laut Statistik Austria einen Wert von 16,2 Milliarden Euro.", True, [("year", 2024, None, None), ("money", 16200000000, "EUR", None)], "Statistik Austria"),
    ("de", "Rund ein Drittel davon entfiel auf Fahrzeuge und Fahrzeugteile.", True, [("fraction", 0.3333, None, "about")], None),
    ("de", "„Zölle sind am Ende Steuern für die eigenen Bürger“, sagte Wirtschaftskammer-Präsident Anton Greiderer.", False, [], None),

    # --- Anklage gegen Ex-Gouverneur (AFP) ---
    ("de", "New Orleans (AFP) - Der frühere Gouverneur des US-Bundesstaats Louisiana, Lyle Brannock, ist in 17 Punkten angeklagt worden.", True, [("count", 17, None, None)], None),
    ("de", "Die Anklage wirft dem 61-Jährigen Bestechlichkeit, Betrug und Geldwäsche vor.", True, [("duration", 61, "year", None)], None),
    ("de", "Er soll von 2017 bis 2023 Schmiergelder in Höhe von insgesamt 3,4 Millionen Dollar von Bauunternehmen angenommen haben.", True, [("year", 2017, None, None), ("year", 2023, None, None), ("money", 3400000, "USD", None)], None),
    ("de", "Bei einer Verurteilung drohen ihm in den schwersten Punkten jeweils bis zu 20 Jahre Haft, teilte das US-Justizministerium mit.", True, [("duration", 20, "year", "up_to")], "das US-Justizministerium"),
    ("de", "Brannock plädierte vor einem Bundesgericht in New Orleans auf nicht schuldig.", True, [], None),
    ("de", "Er kam gegen eine Kaution von 250.000 Dollar frei und musste seinen Reisepass abgeben.", True, [("money", 250000, "USD", None)], None),
    ("de", "„Das ist eine politisch motivierte Hexenjagd“, sagte sein Anwalt Paul Devereaux vor dem Gerichtsgebäude.", False, [], None),
    ("de", "Der Prozess soll am 12. Januar beginnen.", True, [("date", "--01-12", None, None)], None),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),

    # --- Spenden im Senatsrennen (Reuters) ---
    ("de", "Washington (Reuters) - Die demokratische Senatskandidatin Ruth Calloway hat im dritten Quartal 31,7 Millionen Dollar an Spenden eingesammelt.", True, [("ordinal", 3, None, None), ("money", 31700000, "USD", None)], None),
    ("de", "Es ist die höchste Summe, die je ein Senatsbewerber in Michigan in einem Quartal gesammelt hat.", True, [], None),
    ("de", "Ihr republikanischer Gegner Dale Whitaker kam im selben Zeitraum auf 12,4 Millionen Dollar.", True, [("money", 12400000, "USD", None)], None),
    ("de", "Calloway verfügte zum 30. September über 18,9 Millionen Dollar an Barmitteln, Whitaker über 7,1 Millionen.", True, [("date", "--09-30", None, None), ("money", 18900000, "USD", None), ("money", 7100000, "USD", None)], None),
    ("de", "Mehr als 410.000 Einzelspender hätten sich beteiligt, die durchschnittliche Spende habe bei 38 Dollar gelegen, teilte ihr Wahlkampfteam mit.", True, [("count", 410000, None, "over"), ("money", 38, "USD", None)], "ihr Wahlkampfteam"),
    ("de", "„Die Menschen in Michigan haben genug von Milliardären, die sich Wahlen kaufen“, sagte Calloway.", False, [], None),

    # --- Repräsentantenhaus billigt Haushaltsgesetz (dpa) ---
    ("de", "Washington (dpa) - Das US-Repräsentantenhaus hat das umstrittene Steuer- und Ausgabengesetz von Präsident Hargrove mit 216 zu 214 Stimmen gebilligt.", True, [("count", 216, None, None), ("count", 214, None, None)], None),
    ("de", "Zwei Republikaner stimmten gemeinsam mit allen 212 Demokraten dagegen.", True, [("count", 2, None, None), ("count", 212, None, None)], None),
    ("de", "Das Gesetz verlängert Steuersenkungen im Umfang von rund 4,5 Billionen Dollar, verteilt auf zehn Jahre.", True, [("money", 4500000000000, "USD", "about"), ("duration", 10, "year", None)], None),
    ("de", "Nach Berechnungen des Haushaltsbüros des Kongresses würde die Staatsverschuldung dadurch im selben Zeitraum um 3,3 Billionen Dollar steigen.", True, [("money", 3300000000000, "USD", None)], None),
    ("de", "Der Senat hatte die Vorlage eine Woche zuvor mit 51 zu 50 Stimmen verabschiedet, den Ausschlag gab Vizepräsidentin Celia Marchetti.", True, [("count", 51, None, None), ("count", 50, None, None)], None),
    ("de", "Die Abstimmung im Repräsentantenhaus zog sich über mehr als 14 Stunden hin, weil mehrere Abgeordnete ihre Zustimmung zunächst verweigerten.", True, [("duration", 14, "hour", "over")], None),
    ("de", "Speaker Mitchell Dorn sprach von einem „historischen Sieg für das amerikanische Volk“.", False, [], None),
    ("de", "Hargrove will das Gesetz am 4. Juli unterzeichnen.", True, [("date", "--07-04", None, None)], None),

    # --- Dekrete in 100 Tagen (APA/AFP) ---
    ("de", "Washington (APA/AFP) - US-Präsident Hargrove hat in den ersten 100 Tagen seiner zweiten Amtszeit 143 Dekrete unterzeichnet, mehr als jeder seiner Vorgänger.", True, [("ordinal", 1, None, None), ("duration", 100, "day", None), ("ordinal", 2, None, None), ("count", 143, None, None)], None),
    ("de", "Der bisherige Rekord aus dem Jahr 1933 lag bei 99 Verfügungen.", True, [("year", 1933, None, None), ("count", 99, None, None)], None),
    ("de", "Gegen mehr als 200 Maßnahmen der Regierung sind Klagen anhängig, wie eine Auswertung der Nachrichtenagentur AP ergab.", True, [("count", 200, None, "over")], None),
    ("de", "Eine Bundesrichterin in Boston stoppte am Freitag vorläufig ein Dekret, das die Streichung von Bundesmitteln für 14 Universitäten vorsah.", True, [("count", 14, None, None)], None),
    ("de", "Richterin Alison Marrow setzte der Regierung eine Frist von zehn Tagen für eine Stellungnahme.", True, [("duration", 10, "day", None)], None),
    ("de", "Das Weiße Haus kündigte an, gegen die Entscheidung in Berufung zu gehen.", True, [], None),
    ("de", "„Eine einzelne Richterin in Massachusetts regiert nicht dieses Land“, sagte Whitlock.", False, [], None),

    # --- Kongress bestätigt Wahlergebnis (dpa) ---
    ("de", "Washington (dpa) - Der US-Kongress hat am 6. Januar das Ergebnis der Präsidentschaftswahl offiziell bestätigt.", True, [("date", "--01-06", None, None)], None),
    ("de", "Hargrove kam auf 312 Wahlleute, sein Herausforderer auf 226.", True, [("count", 312, None, None), ("count", 226, None, None)], None),
    ("de", "Für einen Sieg sind mindestens 270 der 538 Stimmen im Wahlleutegremium nötig.", True, [("count", 270, None, "at_least"), ("count", 538, None, None)], None),
    ("de", "Die gemeinsame Sitzung beider Kammern dauerte knapp 40 Minuten.", True, [("duration", 40, "minute", "nearly")], None),
    ("de", "Die Amtseinführung ist für den 20. Januar geplant.", True, [("date", "--01-20", None, None)], None),
    ("de", "Hargrove ist der erste Präsident seit mehr als 130 Jahren, der nach einer Wahlniederlage ins Weiße Haus zurückkehrt.", True, [("ordinal", 1, None, None), ("duration", 130, "year", "over")], None),
    ("de", "Anhänger des Präsidenten skandierten vor dem Kapitol immer wieder „Noch vier Jahre!“.", False, [("duration", 4, "year", None)], None),
    ("de", "„Die Demokratie hat heute funktioniert, wie sie funktionieren soll“, sagte die unterlegene Kandidatin.", False, [], None),

    # --- Senatsrennen in Georgia (AFP) ---
    ("de", "Atlanta (AFP) - Im Rennen um einen Senatssitz im US-Bundesstaat Georgia liegt die demokratische Amtsinhaberin Lydia Okafor-Baines knapp vor ihrem Herausforderer.", True, [], None),
    ("de", "In einer Umfrage der Quinnipiac University kommt sie auf 48 Prozent, der Republikaner Trent Halvorsen auf 45 Prozent.", True, [("percent", 48, "%", None), ("percent", 45, "%", None)], None),
    ("de", "Der Abstand liegt damit innerhalb der Fehlerquote von plus/minus 3,2 Prozentpunkten.", True, [("percent", 3.2, "pp", None)], None),
    ("de", "Befragt wurden vom 2. bis 6. Oktober 1.211 wahrscheinliche Wählerinnen und Wähler.", True, [("date", "--10-02", None, None), ("date", "--10-06", None, None), ("count", 1211, None, None)], None),
    ("de", "Sieben Prozent sind noch unentschieden.", True, [("percent", 7, "%", None)], None),
    ("de", "Bei der Wahl 2020 hatte Okafor-Baines den Sitz mit einem Vorsprung von weniger als 55.000 Stimmen gewonnen.", True, [("year", 2020, None, None), ("count", 55000, None, "under")], None),
    ("de", "Halvorsen nannte seine Gegnerin in einem Werbespot eine „Marionette der Küstenelite“.", False, [], None),
    ("de", "Umfragen seien nur Momentaufnahmen, warnte Meinungsforscher Gil Ramírez.", False, [], None),

    # --- Neue Richterin am Supreme Court (Reuters) ---
    ("de", "Washington (Reuters) - Der US-Senat hat die Juristin Vivian Ashcombe mit 52 zu 48 Stimmen als Richterin am Obersten Gerichtshof bestätigt.", True, [("count", 52, None, None), ("count", 48, None, None)], None),
    ("de", "Die 49-Jährige ist das jüngste Mitglied des neunköpfigen Gerichts.", True, [("duration", 49, "year", None), ("count", 9, None, None)], None),
    ("de", "Sie folgt auf Richter Emmett Sallow, der nach 31 Jahren am Gericht in den Ruhestand gegangen war.", True, [("duration", 31, "year", None)], None),
    ("de", "Die Anhörungen im Justizausschuss hatten vier Tage gedauert.", True, [("duration", 4, "day", None)], None),
    ("de", "Von Republikanern ernannte Richter stellen damit weiterhin sechs der neun Mitglieder des Gerichts.", True, [("count", 6, None, None), ("count", 9, None, None)], None),
    ("de", "Demokraten sprachen von einem „dunklen Tag für die Unabhängigkeit der Justiz“.", False, [], None),

    # --- Wahlkreiskarte in Texas (dpa) ---
    ("de", "Austin (dpa) - Das Parlament des US-Bundesstaats Texas hat eine neue Wahlkreiskarte beschlossen, die den Republikanern bis zu fünf zusätzliche Sitze im Repräsentantenhaus bringen könnte.", True, [("count", 5, None, "up_to")], None),
    ("de", "Texas entsendet 38 Abgeordnete nach Washington, derzeit sind 25 davon Republikaner.", True, [("count", 38, None, None), ("count", 25, None, None)], None),
    ("de", "Mehr als 50 demokratische Abgeordnete des Staatsparlaments hatten Texas zuvor für zwei Wochen verlassen, um die Abstimmung zu verhindern.", True, [("count", 50, None, "over"), ("duration", 2, "week", None)], None),
    ("de", "Gouverneur Chester Wyle habe das Gesetz noch am selben Abend unterzeichnet, teilte sein Büro mit.", True, [], "sein Büro"),
    ("de", "Die neue Karte soll bereits bei den Zwischenwahlen im November 2026 gelten.", True, [("year", 2026, None, None)], None),
    ("de", "„Das ist Wahlbetrug mit dem Lineal“, sagte der demokratische Fraktionschef Tomás Villanueva.", False, [], None),

    # --- Gouverneurswahl in Virginia (APA) ---
    ("de", "Richmond (APA) - Die Demokratin Helena Thornbury ist als erste Frau zur Gouverneurin des US-Bundesstaats Virginia gewählt worden.", True, [("ordinal", 1, None, None)], None),
    ("de", "Nach Auszählung von 97 Prozent der Stimmen kam sie auf 55,8 Prozent, ihr republikanischer Kontrahent Wade Corliss auf 43,9 Prozent.", True, [("percent", 97, "%", None), ("percent", 55.8, "%", None), ("percent", 43.9, "%", None)], None),
    ("de", "Die Wahlbeteiligung lag bei rund 53 Prozent, wie die Wahlbehörde des Bundesstaats mitteilte.", True, [("percent", 53, "%", "about")], "die Wahlbehörde des Bundesstaats"),
    ("de", "Thornbury tritt ihr Amt am 17. Jänner an.", True, [("date", "--01-17", None, None)], None),
    ("de", "Die Amtszeit beträgt vier Jahre, eine direkte Wiederwahl ist in Virginia nicht erlaubt.", True, [("duration", 4, "year", None)], None),
    ("de", "Corliss gestand seine Niederlage noch am Wahlabend in einem Telefonat mit Thornbury ein.", True, [], None),
    ("de", "„Virginia hat heute Abend Geschichte geschrieben“, rief Thornbury ihren Anhängern zu.", False, [], None),

    # ================================ English ================================
    # --- AP-NORC poll (AP) ---
    ("en", "WASHINGTON (AP) — About 4 in 10 U.S. adults approve of how President Walter Hargrove is handling his job, according to a new poll from The Associated Press-NORC Center for Public Affairs Research.", True, [("fraction", 0.4, None, "about")], None),
    ("en", "That is down from 47% in March, shortly after he returned to the White House for a second term.", True, [("percent", 47, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "Only about one-third approve of his handling of trade, and about 6 in 10 say the new tariffs have raised prices where they live.", True, [("fraction", 0.3333, None, "about"), ("fraction", 0.6, None, "about")], None),
    ("en", "The poll of 1,183 adults was conducted Nov. 6-10 using a sample drawn from NORC's probability-based AmeriSpeak Panel.", True, [("count", 1183, None, None), ("date", "--11-06", None, None), ("date", "--11-10", None, None)], None),
    ("en", "The margin of sampling error for all respondents is plus or minus 3.9 percentage points.", True, [("percent", 3.9, "pp", None)], None),
    ("en", "Among Republicans, 78% approve of Hargrove's overall performance, compared with 83% in the spring.", True, [("percent", 78, "%", None), ("percent", 83, "%", None)], None),
    ("en", "\"Nobody believes these phony polls,\" Hargrove wrote on social media.", False, [], None),
    ("en", "White House spokesman Carl Ibsen dismissed the survey as \"another hit job from the fake-news crowd.\"", False, [], None),
    ("en", "\"I voted for him twice and I'd do it again, but my grocery bill is killing me,\" said Dolores Finch, 67, a retiree from Tucson, Arizona, who took part in the survey.", False, [("count", 2, None, None), ("duration", 67, "year", None)], None),

    # --- Supreme Court 6-3 (AP) ---
    ("en", "WASHINGTON (AP) — The Supreme Court on Friday ruled 6-3 that President Walter Hargrove overstepped his authority when he fired a member of the Federal Trade Commission without cause.", True, [("count", 6, None, None), ("count", 3, None, None)], None),
    ("en", "Chief Justice Harold Beckwith wrote for the majority, joined by the court's three liberal justices and two of its conservatives.", True, [("count", 3, None, None), ("count", 2, None, None)], None),
    ("en", "Justice Everett Lang wrote a 38-page dissent, joined by Justices Miriam Castellano and Duane Whitcombe.", True, [("count", 38, None, None)], None),
    ("en", "\"Today's decision hands the unelected bureaucracy a veto over the people's choice,\" Lang wrote.", False, [], None),
    ("en", "The ruling reaffirms a 1935 precedent that has shielded members of independent agencies from removal for 90 years.", True, [("year", 1935, None, None), ("duration", 90, "year", None)], None),
    ("en", "The justices heard arguments in the case on Dec. 8, after agreeing in October to take it up on an expedited basis.", True, [("date", "--12-08", None, None)], None),
    ("en", "It was the administration's second major loss at the court this term, after a 7-2 ruling in June on deportations under a 1798 wartime law.", True, [("ordinal", 2, None, None), ("count", 7, None, None), ("count", 2, None, None), ("year", 1798, None, None)], None),
    ("en", "The commissioner, Teresa Vaillancourt, was removed in March, 14 months before her term was set to expire.", True, [("duration", 14, "month", None)], None),
    ("en", "White House press secretary Dana Whitlock said the president \"respectfully but strongly disagrees\" with the ruling.", False, [], None),
    ("en", "The decision came on the final day of the court's term.", True, [], None),

    # --- New Hampshire primary (Reuters) ---
    ("en", "CONCORD, New Hampshire, Jan 27 (Reuters) - Former Ohio Governor Naomi Prentiss won New Hampshire's Democratic presidential primary on Tuesday, beating Senator Colin Ashby by about 9 percentage points, Edison Research projected.", True, [("date", "--01-27", None, None), ("percent", 9, "pp", "about")], None),
    ("en", "With 88% of the expected vote counted, Prentiss had 41.3% to Ashby's 32.6%, with businessman Rafael Quintero third at 14.9%.", True, [("percent", 88, "%", None), ("percent", 41.3, "%", None), ("percent", 32.6, "%", None), ("ordinal", 3, None, None), ("percent", 14.9, "%", None)], None),
    ("en", "The result gives Prentiss at least 13 of the state's 24 pledged delegates.", True, [("count", 13, None, "at_least"), ("count", 24, None, None)], None),
    ("en", "A candidate needs 1,976 delegates to win the nomination at the party's convention in Chicago in August.", True, [("count", 1976, None, None)], None),
    ("en", "Ashby won the Iowa caucuses eight days ago by fewer than 2,000 votes.", True, [("duration", 8, "day", None), ("count", 2000, None, "under")], None),
    ("en", "Turnout topped 310,000, a record for a Democratic primary in the state, according to the secretary of state's office.", True, [("count", 310000, None, None)], "the secretary of state's office"),
    ("en", "\"New Hampshire has spoken, and it said: not so fast,\" Prentiss told cheering supporters in Manchester.", False, [], None),
    ("en", "Quintero said he would stay in the race at least through the South Carolina primary on Feb. 28.", True, [("date", "--02-28", None, None)], "Quintero"),
    ("en", "The next contests are in Nevada and South Carolina later this month.", True, [], None),
    ("en", "(Reporting by Megan Trask in Concord; Editing by Rosalind Meyer)", False, [], None),

    # --- Arizona Senate fundraising (AP) ---
    ("en", "PHOENIX (AP) — Democratic Senate candidate Marisol Tejeda raised $27.4 million in the three months ending Sept. 30, her campaign said Wednesday.", True, [("money", 27400000, "USD", None), ("duration", 3, "month", None), ("date", "--09-30", None, None)], "her campaign"),
    ("en", "Tejeda ended the period with $19.2 million in cash on hand, according to a filing with the Federal Election Commission.", True, [("money", 19200000, "USD", None)], None),
    ("en", "Her Republican opponent, Bradley Voss, reported raising $9.8 million and had $11.5 million in the bank.", True, [("money", 9800000, "USD", None), ("money", 11500000, "USD", None)], None),
    ("en", "Voss also lent his campaign $5 million of his own money in July.", True, [("money", 5000000, "USD", None)], None),
    ("en", "More than 70% of Tejeda's contributions came from donors giving less than $200, her campaign said.", True, [("percent", 70, "%", "over"), ("money", 200, "USD", "under")], "her campaign"),
    ("en", "Outside groups have already reserved more than $140 million in television advertising for the race, according to AdImpact.", True, [("money", 140000000, "USD", "over")], "AdImpact"),
    ("en", "Federal law limits individual contributions to $3,500 per candidate per election.", True, [("money", 3500, "USD", None)], None),
    ("en", "\"Arizona is not for sale,\" Voss said in a fundraising email.", False, [], None),

    # --- Shutdown day 23 (Reuters) ---
    ("en", "WASHINGTON, Oct 23 (Reuters) - The U.S. government shutdown entered its 23rd day on Thursday after the Senate failed for a 12th time to advance a Republican stopgap funding bill.", True, [("date", "--10-23", None, None), ("ordinal", 23, None, None), ("ordinal", 12, None, None)], None),
    ("en", "The measure fell 54-45, short of the 60 votes needed to overcome a Democratic filibuster.", True, [("count", 54, None, None), ("count", 45, None, None), ("count", 60, None, None)], None),
    ("en", "Three members of the Democratic caucus voted with Republicans, the same number as in previous votes.", True, [("count", 3, None, None)], None),
    ("en", "Roughly 670,000 federal workers are on unpaid leave and another 730,000 must stay on the job unpaid, according to the Bipartisan Policy Center.", True, [("count", 670000, None, "about"), ("count", 730000, None, None)], "the Bipartisan Policy Center"),
    ("en", "Many of them will miss their first full paycheck on Friday.", True, [("ordinal", 1, None, None)], None),
    ("en", "The Congressional Budget Office has estimated that a six-week shutdown would reduce fourth-quarter economic growth by 1 to 2 percentage points.", True, [("duration", 6, "week", None), ("ordinal", 4, None, None), ("percent", 1, "pp", None), ("percent", 2, "pp", None)], None),
    ("en", "The longest shutdown on record, during Hargrove's first term, lasted 35 days.", True, [("ordinal", 1, None, None), ("duration", 35, "day", None)], None),
    ("en", "\"Democrats own this shutdown, every single day of it,\" House Speaker Mitchell Dorn told reporters.", False, [], None),
    ("en", "Senate Democratic leader Raymond Osei said his caucus would not back any bill that failed to extend health insurance subsidies due to expire on Dec. 31.", True, [("date", "--12-31", None, None)], "Raymond Osei"),
    ("en", "Flights were delayed at 11 major airports on Wednesday because of air traffic controller shortages, the Federal Aviation Administration said.", True, [("count", 11, None, None)], "the Federal Aviation Administration"),
    ("en", "The Senate adjourned until Monday at 3 p.m. without scheduling another vote.", True, [], None),

    # --- Tariff order (Reuters) ---
    ("en", "WASHINGTON, July 31 (Reuters) - President Walter Hargrove on Thursday signed an executive order imposing tariffs ranging from 10% to 41% on imports from dozens of trading partners, effective Aug. 7.", True, [("date", "--07-31", None, None), ("percent", 10, "%", None), ("percent", 41, "%", None), ("date", "--08-07", None, None)], None),
    ("en", "Goods from countries that run a trade surplus with the United States will face a minimum rate of 15%, the order said.", True, [("percent", 15, "%", None)], None),
    ("en", "The rate on Canadian goods not covered by the North American trade pact rises to 35% from 25%.", True, [("percent", 35, "%", None), ("percent", 25, "%", None)], None),
    ("en", "Swiss goods will face a 39% rate, one of the highest in the order.", True, [("percent", 39, "%", None)], None),
    ("en", "U.S. Trade Representative Glen Ostrander told reporters that more than 40 countries had asked for talks since the rates were first announced in April.", True, [("count", 40, None, "over")], "Glen Ostrander"),
    ("en", "Customs duties brought in $29.6 billion in July, more than double the amount a year earlier, Treasury Department data showed.", True, [("money", 29600000000, "USD", None), ("count", 2, "times", "over")], None),
    ("en", "The new duties will cost the average U.S. household about $2,400 this year, economists at Yale University's Budget Lab estimate.", True, [("money", 2400, "USD", "about")], None),
    ("en", "The S&P 500 fell 1.6% after the announcement.", True, [("percent", 1.6, "%", None)], None),
    ("en", "The order exempts energy products, pharmaceuticals and some critical minerals.", True, [], None),
    ("en", "\"These tariffs are making America rich again,\" Hargrove said at a White House event.", False, [], None),
    ("en", "(Reporting by Elliot Banham and Priya Sandoval; Editing by Colette Dray)", False, [], None),

    # --- State senator indicted (AP) ---
    ("en", "NEWARK, N.J. (AP) — A former New Jersey state senator was indicted Thursday on 12 counts of bribery, wire fraud and extortion, the U.S. Attorney's Office said.", True, [("count", 12, None, None)], "the U.S. Attorney's Office"),
    ("en", "Patrice Quill, 58, is accused of accepting more than $640,000 in cash, gold bars and home renovations from three real estate developers between 2019 and 2024.", True, [("duration", 58, "year", None), ("money", 640000, "USD", "over"), ("count", 3, None, None), ("year", 2019, None, None), ("year", 2024, None, None)], None),
    ("en", "In exchange, prosecutors allege, Quill steered $18 million in state grants to the developers' projects.", True, [("money", 18000000, "USD", None)], None),
    ("en", "The most serious charges carry a maximum sentence of 20 years in prison.", True, [("duration", 20, "year", None)], None),
    ("en", "Quill pleaded not guilty at her arraignment and was released on a $500,000 bond.", True, [("money", 500000, "USD", None)], None),
    ("en", "Her lawyer, Samuel Achterberg, said she \"looks forward to clearing her name.\"", False, [], None),
    ("en", "\"Public office is not a personal piggy bank,\" U.S. Attorney Joanna Stiles said at a news conference.", False, [], None),
    ("en", "Quill served four terms in the state Senate before resigning in 2023.", True, [("count", 4, None, None), ("year", 2023, None, None)], None),
    ("en", "A trial date was set for March 16.", True, [("date", "--03-16", None, None)], None),
    ("en", "She is the third New Jersey lawmaker charged with corruption in the past five years.", True, [("ordinal", 3, None, None), ("duration", 5, "year", None)], None),

    # --- Defense bill (AP) ---
    ("en", "WASHINGTON (AP) — The House on Wednesday passed an $895 billion defense policy bill by a vote of 281-140, sending it to the Senate.", True, [("money", 895000000000, "USD", None), ("count", 281, None, None), ("count", 140, None, None)], None),
    ("en", "Eighty-one Democrats joined 200 Republicans in supporting the measure, while 17 Republicans voted against it.", True, [("count", 81, None, None), ("count", 200, None, None), ("count", 17, None, None)], None),
    ("en", "The bill gives junior enlisted troops a 14.5% pay raise and authorizes the purchase of 24 F-35 fighter jets.", True, [("percent", 14.5, "%", None), ("count", 24, None, None)], None),
    ("en", "It also requires the Pentagon to keep at least 76,000 troops stationed in Europe.", True, [("count", 76000, None, "at_least")], None),
    ("en", "The House Armed Services Committee approved its version of the bill in May after a markup that lasted more than 15 hours.", True, [("duration", 15, "hour", "over")], None),
    ("en", "\"This bill is about peace through strength,\" said Rep. Dwight Kellerman, R-Texas, the committee's chairman.", False, [], None),
    ("en", "Congress has passed the annual defense authorization for 64 consecutive years.", True, [("duration", 64, "year", None)], None),
    ("en", "The Senate passed its own $912 billion version of the bill in October by a vote of 77-20.", True, [("money", 912000000000, "USD", None), ("count", 77, None, None), ("count", 20, None, None)], None),
    ("en", "The Senate is expected to take up the measure next week.", True, [], None),

    # --- Ohio governor (AP) ---
    ("en", "COLUMBUS, Ohio (AP) — Republican Gareth Pimm won the Ohio governor's race on Tuesday, defeating Democrat Lorna Featherstone, The Associated Press declared.", True, [], None),
    ("en", "With an estimated 95% of votes counted, Pimm led 53.2% to 45.1%.", True, [("percent", 95, "%", "about"), ("percent", 53.2, "%", None), ("percent", 45.1, "%", None)], None),
    ("en", "Turnout was about 54% of the state's 8 million registered voters, the secretary of state's office said.", True, [("percent", 54, "%", "about"), ("count", 8000000, None, None)], "the secretary of state's office"),
    ("en", "Pimm, 47, served two terms in Congress before being elected lieutenant governor in 2022.", True, [("duration", 47, "year", None), ("count", 2, None, None), ("year", 2022, None, None)], None),
    ("en", "He will succeed term-limited Republican Gov. Douglas Ferrante, who served two four-year terms.", True, [("count", 2, None, None), ("duration", 4, "year", None)], None),
    ("en", "He becomes the state's 71st governor when he takes office on Jan. 12.", True, [("ordinal", 71, None, None), ("date", "--01-12", None, None)], None),
    ("en", "Featherstone conceded shortly before midnight in a speech to supporters in Cleveland.", True, [], None),
    ("en", "\"We ran a campaign we can be proud of,\" she said.", False, [], None),

    # --- Executive orders (AFP) ---
    ("en", "WASHINGTON (AFP) - Hargrove has signed 211 executive orders since his inauguration on Jan. 20, more than in the whole of his first four-year term.", True, [("count", 211, None, None), ("date", "--01-20", None, None), ("ordinal", 1, None, None), ("duration", 4, "year", None)], None),
    ("en", "Federal judges have blocked at least 38 of them, at least temporarily, according to a tally by the legal website Just Security.", True, [("count", 38, None, "at_least")], None),
    ("en", "An order signed on his first day sought to end birthright citizenship for children born to parents in the country illegally.", True, [("ordinal", 1, None, None)], None),
    ("en", "The Supreme Court is due to hear arguments on that order on March 3.", True, [("date", "--03-03", None, None)], None),
    ("en", "\"The president is using every tool he has to deliver on his promises,\" Whitlock said.", False, [], None),
    ("en", "Critics say the blizzard of orders amounts to governing by decree.", False, [], None),

    # --- Georgia map struck down (Reuters) ---
    ("en", "ATLANTA, Nov 14 (Reuters) - A three-judge federal panel on Friday ruled 2-1 that Georgia's new congressional map illegally diluted the voting power of Black residents.", True, [("date", "--11-14", None, None), ("count", 3, None, None), ("count", 2, None, None), ("count", 1, None, None)], None),
    ("en", "The panel ordered the Republican-led legislature to draw a new map with a second majority-Black district within 30 days.", True, [("ordinal", 2, None, None), ("duration", 30, "day", None)], None),
    ("en", "Black residents make up about a third of Georgia's population but a majority in only four of its 14 congressional districts.", True, [("fraction", 0.3333, None, "about"), ("count", 4, None, None), ("count", 14, None, None)], None),
    ("en", "Georgia Attorney General Hollis Brandt said the state would appeal to the U.S. Supreme Court.", True, [], "Hollis Brandt"),
    ("en", "\"The court has ignored the will of Georgia voters,\" Brandt said.", False, [], None),
    ("en", "Judge Cornelia Ashworth, who dissented, wrote that the majority had \"substituted its own judgment for that of the legislature.\"", False, [], None),

    # --- Attorney general confirmed (AP) ---
    ("en", "WASHINGTON (AP) — The Senate on Tuesday confirmed Karen Delacourt as attorney general by a vote of 53-46, largely along party lines.", True, [("count", 53, None, None), ("count", 46, None, None)], None),
    ("en", "Sen. Owen Bratton, D-Pa., said he backed her because she had pledged to keep the department's 93 U.S. attorneys free of political pressure.", True, [("count", 93, None, None)], "Owen Bratton"),
    ("en", "Delacourt, 52, served eight years as Florida's attorney general before joining a Miami law firm.", True, [("duration", 52, "year", None), ("duration", 8, "year", None)], None),
    ("en", "She becomes the 88th attorney general of the United States.", True, [("ordinal", 88, None, None)], None),
    ("en", "Her confirmation hearing before the Senate Judiciary Committee lasted two days and included nearly 11 hours of questioning.", True, [("duration", 2, "day", None), ("duration", 11, "hour", "nearly")], None),
    ("en", "\"She will restore integrity to the Justice Department,\" Senate Majority Leader Howard Kessler said.", False, [], None),
    ("en", "Democrats accused her of putting loyalty to the president above the law.", False, [], None),

    # --- Pennsylvania Senate poll (Reuters) ---
    ("en", "Democrat Elise Brandvold led Republican Curtis Mayhew 49% to 44% among likely voters in Pennsylvania's Senate race, a Marist poll released on Wednesday showed.", True, [("percent", 49, "%", None), ("percent", 44, "%", None)], None),
    ("en", "The survey of 1,407 likely voters, taken Oct. 13-16, carries an error margin of plus or minus 3.4 percentage points.", True, [("count", 1407, None, None), ("date", "--10-13", None, None), ("date", "--10-16", None, None), ("percent", 3.4, "pp", None)], None),
    ("en", "Mayhew had led by 2 points in the same poll a month ago.", True, [("percent", 2, "pp", None)], None),
    ("en", "About 5% of likely voters remain undecided.", True, [("percent", 5, "%", "about")], None),
    ("en", "Hargrove's approval rating in Pennsylvania stood at 42%, with 55% disapproving.", True, [("percent", 42, "%", None), ("percent", 55, "%", None)], None),
    ("en", "Hargrove carried Pennsylvania and its 19 electoral votes by fewer than 2 percentage points in 2024.", True, [("count", 19, None, None), ("percent", 2, "pp", "under"), ("year", 2024, None, None)], None),
    ("en", "\"Polls don't vote, people do,\" Mayhew told a rally in Scranton.", False, [], None),
    ("en", "Brandvold's campaign called Mayhew \"a Wall Street puppet who has never held a real job.\"", False, [], None),

    # --- Boilerplate ---
    ("en", "The White House did not immediately reply to a request for comment on Sunday.", False, [], None),
    ("en", "AP receives support from several private foundations for its coverage of elections and democracy, and is solely responsible for all content.", False, [], None),
]
