"""Two-hundred-and-thirty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and all figures are made up
(Mathis Delacourt, Étienne Charvaz, Clémence Arnoux, Sandrine Malaval, Axel Rochefontaine;
Krystian Malec, Agnieszka Podolska-Wicher, Aleksander Drozdowicz, Bartłomiej Szczygielski,
Signe Haraldsen; Kazuhiro Tsunoda, Yuichi Hamasaki, Noriko Sakuraba, Takeshi Murozumi;
Hanneke Verbruggen, Jorrit van Lindeboom, Gerrit Hoogendijk; Colleen Ashworth, Travis
Mulroney, Raymond Oduya, Hollis Redfern, Dana Cullinane; every unnamed president, prime
minister, party leader, spokesman, strategist, analyst, official and observer); heads of
state and government, ministers, party leaders and officials of real states, parties and
bodies appear under made-up names that stand for no real holder, or by their role only
("der französische Präsident", "der Ministerpräsident", "der PVV-Vorsitzende", "Der
LDP-Generalsekretär", "the outgoing president", "the prime minister", "the PVV's leader",
"an RN spokesman", "a court spokesman"). Real states, parties, bodies, broadcasters,
pollsters, papers and places (Rassemblement National, Nouveau Front Populaire,
Republikaner, Ipsos, France Télévisions, Innenministerium, Élysée-Palast, Präsidialamt,
„Le Monde“, AFP, Universität Lille, Département Aisne, Korsika, PiS, TVP, Polsat, TVN,
Staatliche Wahlkommission, Oberstes Gericht, Sejm, Nationalversammlung, Krakau, Lublin,
LDP, Komeito, Demokratische Volkspartei, Konstitutionell-Demokratische Partei, NHK,
Keio-Universität, D66, CDA, VVD, JA21, PVV, Ipsos I&O, Zweite Kammer, Staatsrat,
Repräsentantenhaus, Weißes Haus, Reuters/Ipsos, Nachrichtenagentur AP, Wahlbehörde des
Bezirks Allegheny; the National Rally, the New Popular Front, the Republicans, Elabe, BFM
TV, the Fifth Republic, the Civic Coalition, the State Electoral Commission, the Supreme
Court, the Organization for Security and Co-operation in Europe, the Liberal Democratic
Party, the Constitutional Democratic Party, the Democratic Party for the People, Kyodo
News, the internal affairs ministry, the Council of State, the Federal Election
Commission, the Pennsylvania Department of State, the Associated Press, AdImpact, Maine's
secretary of state's office, Washington County, Monroeville, Portland, and the datelines'
cities) stand for the way wire copy names them; every share, seat, projection, margin,
turnout, tally, vote, poll, sample, sum, claim, finding, label and quote here is invented,
no such vote, count or poll took place with these results, and where a real figure came to
mind it was changed (the sizes of parliaments and chambers and the majorities they need,
Poland's 16 provinces and three-fifths veto rule, Japan's 47 prefectures, Komeito's 1999,
the 1989 of Poland's first semi-free vote, the days allowed for Polish election protests
and the Supreme Court's ruling, the five percent refund threshold in France and
Pennsylvania's half-point recount rule kept).

Its weight: ELECTIONS ABROAD, second round (the two-hundred-and-fifth batch weighed
elections and polls, and the forty-first, hundred-third, hundred-twentieth,
hundred-thirty-fourth and hundred-seventy-second before it; their decisions are kept) -
results and seat counts in France, Poland, the Netherlands, the United States and Japan as
German and English wire copy reports them, over four wire days, Sunday to Wednesday, June
14 to 17 of one year, as 35 short stories in story order, the German and English stories
interleaved by day. Half German (dpa, Reuters German; „“ quotes): the second round of a
French parliamentary election with projections in ranges, the final seat count and the
president's consultations, the new assembly in figures (first-timers, women, ages, refund
rules and spending caps); a Polish presidential runoff with an exit poll, the final
result, election protests, recounts and a fact check of the winner's vote claim; a
Japanese lower house election, coalition talks and a prime minister elected in a runoff
vote; the Dutch informateur's four-party coalition and the start of formal talks; a US
special House election and a US poll five months before the midterms. Half English
(Reuters with dated datelines, AP): the same elections seen from the other desk, an OSCE
observer mission's preliminary findings, a fact check of the French far-right leader's
vote claim, a Maine primary decided by ranked-choice tabulation, a special election's
money, turnout and race call, and officials' answer to the loser's fraud claims. About 55
rows are negatives: victory and defeat lines, candidates' certainty, labels and
accusations naming no fact, an observer mission's and a party's verdicts in adjectives,
fact-check verdicts, a warning and a vow naming no measure, no-comment lines, feelings,
evasions and open questions - each beside a check-worthy look-alike from the same story
or speaker.

244 rows (124 German, 120 English), 57 negatives (28 German, 29 English), 187 check-worthy
rows of which 22 carry no figure (12 German, 10 English), 315 expected quantities (161
counts, 55 percentages - 44 in %, 9 in percentage points, 2 in basis points -, 30
durations - 11 in years, 8 in days, 7 in months, 2 in weeks, 1 in hours, 1 in minutes -,
27 ordinals, 21 dates, 12 amounts of money - 6 JPY, 2 EUR, 2 PLN, 2 USD -, 5 years, 4
fractions; 2 of them in 2 negatives, as the seventeenth batch labels a figure in a
negative), 37 checked speakers (17 German, 20 English). These counts were computed by a
script over the list.

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Results, projections, exit
  polls and polls are check-worthy with their figures, the speaker unchecked where a poll,
  a projection, the results or figures are the source (forty-first, hundred-third,
  two-hundred-and-fifth). A quoted or reported evaluation, label, victory or defeat line,
  certainty, vow, feeling, warning without a measure or open question is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-fourth, two-hundred-and-fifth, two-hundred-and-nineteenth). Pairs from
  one speaker: Delacourt's 270 lawmakers (twice) and his "more than 11 million votes"
  beside „die Tür zur Macht weit aufgestoßen“ and "Numbers don't lie"; Malec's 48,000
  zlotys and his "fast zwei Millionen Stimmen mehr" beside „diesen Sieg lassen wir uns ...
  nicht nehmen“, "defend its sovereignty", „das Jammern schlechter Verlierer“ and „der
  Präsident aller Polen“; Podolska-Wicher's 1,400 polling stations and her 60 commissions
  (twice) beside her certainty, "We owe it to every voter" and „Vertrauen in die
  Demokratie“; Tsunoda's talks, his threshold deal and his 14 of 19 ministers beside "the
  utmost seriousness", "a lesson" and "with humility"; Hamasaki's 1.6 million yen, his
  vote for Tsunoda and his 95,000 yen beside „nicht kaufen“, „vernünftigen Kompromiss“ and
  „ließ ... offen“; Verbruggen's 14 rounds beside „Vernunftehe“; Van Lindeboom's July 3 and
  six of 15 ministries beside "solves problems" and „zügig, aber nicht überhastet“;
  Haraldsen's 14 complaints beside "a level playing field"; Arnoux's 90-minute meeting
  beside "the crutch of a minority" and „einen Auftrag“; Ashworth's swearing-in beside
  "someone who will fight for them" and "cautiously optimistic"; Redfern's 200,000 doors
  beside "a governor who shows up"; Malaval's 96 constituencies beside „ein Parlament ...
  aber keine Regierung“.
- Candidates' claims and the figures set against them (twenty-ninth, eighty-sixth,
  hundred-ninety-seventh, two-hundred-and-fifth): a claim with a figure is check-worthy
  with its speaker and its figures as said ("claimed on Monday that his party had won "more
  than 11 million votes"" 11,000,000 "over"; „hat am Dienstag behauptet, er habe ... „fast
  zwei Millionen Stimmen mehr“ erhalten“ 2,000,000 "nearly" with "vor fünf Jahren" 5
  years); the figures set against it are check-worthy ("Interior ministry figures show
  ...", "Laut den Daten der Staatlichen Wahlkommission ...", "Das ist ein Plus von rund
  1,17 Millionen Stimmen, nicht von fast zwei Millionen." - both figures), and so is the
  camp's account of what was meant ("an RN spokesman said Delacourt had been referring to
  the first round", „Ein Sprecher Malecs sagte auf Anfrage, ...“); the verdict alone is a
  negative ("Verdict: Misleading.", „Fazit: Die Zahl stimmt, der Vergleich nicht.“;
  eighty-sixth, two-hundred-and-fifth). A fraud claim or accusation naming no fact is a
  negative ("has repeatedly claimed, without offering evidence, that mail voting is
  "riddled with fraud"", "accused the government of "trying to steal the election ..."",
  „warf der Regierung vor, ...“, „warf der Volkspartei vor, ...“; two-hundred-and-fifth),
  also with "nannte aber keine Belege" (two-hundred-and-fourth: „nannte aber keine
  konkreten Schritte“), while an announced challenge with a figure is check-worthy
  (two-hundred-and-nineteenth: Kouyaté-Bamba's 23 constituencies): Podolska-Wicher's
  protests over "at least 60 precinct commissions", the Mulroney campaign's lawsuit over
  "about 1,100 mail ballots".
- New: an observer mission's statement splits by what it says. Its counts and measured
  findings are check-worthy (286 observers from 39 countries, "17 of the 612 polling
  stations", "about 60% of its campaign news airtime"), and so is "The mission said it had
  found no evidence of systematic fraud." - a monitoring body's finding of what it did not
  find, as "The CDC said it had found no evidence ..." (hundred-eleventh) and the election
  officials' "a hand check of 2,500 mail ballots had found no discrepancies" and „seien
  keine Fehler gefunden worden“ here; its verdict in adjectives ("called the vote
  "competitive and efficiently run"", "a genuine choice, but not always a level playing
  field") is a negative like the African Union observers' label (two-hundred-and-
  nineteenth), and so is a fact-checker's verdict ("There is no evidence to support this.",
  twenty-ninth).
- Check-worthy without a figure (hundred-third, hundred-ninety-seventh, two-hundred-and-
  fifth): leads that report a result or a step ("die meisten Sitze geholt, eine absolute
  Mehrheit aber deutlich verpasst", "hauchdünn vorn", "knapp gewonnen", "ihre Mehrheit
  verloren", "einen bislang republikanischen Sitz ... erobert", "haben sich auf eine
  Zusammenarbeit ... verständigt", "Gespräche über eine Zusammenarbeit angeboten", "will
  fill a vacant House seat on Tuesday"), an announced resignation (kündigte an) and one
  stated to the president, the Élysée's request, the consultations' days, the court
  spokesman's account, stated positions ("had no intention of resigning", "would meet ...
  on Tuesday", "expected to be sworn in next week"), a rule ("State law bars counties from
  starting to process mail ballots before 7 a.m. on Election Day." - a clock time none,
  sixteenth), a concession and a refusal to concede ("Cullinane conceded in a statement",
  "Mulroney did not concede"; thirty-second: "had not conceded by midnight"), and "The
  Associated Press called the race at 11:52 p.m. EDT." (thirty-second).
- Seats, majorities and votes are counts as written (forty-first, hundred-third,
  hundred-fifty-first, two-hundred-and-fifth): projection ranges "207 bis 227 der 577
  Sitze", "mit 160 bis 180 Sitzen ..., ... 140 bis 160", "between 198 and 214 of the 465
  seats", "140 to 152 seats", "mit 140 bis 152 Mandaten" - both ends, "between" no hedge
  (hundred-thirty-fourth, two-hundred-and-fifth: "zwischen 1,4 und 3,1"); "289 Abgeordnete
  nötig", "68 Sitze weniger als", "fehlen ... 49 Sitze", "27 short of a majority", "two
  more than the 76 required", "zwei Stimmen Reserve", "219 seats ... to Democrats' 212,
  with four vacancies", "to 219-213" (forty-first: "a 53-47 majority"), "238 votes to 151
  ..., with 74 ballots declared invalid", "by 131 votes to 102", "by 171 votes to 12", "11
  of Poland's 16 provinces", "38 of Japan's 47 prefectures", "241 der 460 Sitze, ... 276
  Stimmen", "35 der 100 Senatssitze", "alle 435 Sitze" ("alle" none), "Drei Sitze",
  "Eleven cabinet ministers ..., though seven of them", "14 of his 19 cabinet ministers",
  "three rounds of ranked-choice tabulation", "a field of five candidates", "the 460-seat
  Sejm" and "the 577-seat National Assembly" (hundred-thirty-fourth: "the 650-seat
  House"), "Ein Dreierbündnis" 3 and "eine Viererkoalition" 4 (forty-first:
  "Dreierbündnis", tenth: "Dreierkoalition"), "eine Koalition aus vier Parteien", "D66 and
  three other parties", "the four parties" (hundred-third: "the two parties"), "zwischen
  den zwei Bestplatzierten". "absolute Mehrheit", "die meisten Sitze", "the most seats",
  "stärkste Kraft", "the narrowest", "the highest" carry none. New: "Die übrigen zwei
  Mandate" is count 2 with no hedge - "übrigen" names the rest, as "weitere"
  (two-hundredth) names more, and bounds nothing.
- Votes and shares (every election batch): "rund 112.000 Stimmen bei mehr als 20,6
  Millionen gültigen Stimmzetteln" "about" and "over", "10,38 Millionen", "9,21
  Millionen", "8,42 Millionen", "9.84 million votes", "11.06 million", "about 9,300
  votes", "About 182,000 ballots ..., roughly 11,400" (the hedge on its own figure,
  hundred-ninety-seventh), "more than 148,000 voters", "3.870 Wahlproteste", "1.204
  Stimmen", "2.500 Briefwahlstimmen", "about 512,000 registered voters", "19 ballots ...
  out of more than 7 million", "4.212 Erwachsene". Percentages as written ("50,27
  Prozent", "50.27%", "mit 51,6 zu 48,4 Prozent" both in %, the unit written once serving
  the first figure - two-hundred-and-fifth: "mit 53 zu 47 Prozent"), moves and gaps in
  points percentage points ("rund vier Prozentpunkte über dem Wert" "about" - "über dem
  Wert" after the figure compares, two-hundred-and-fifth: "unter dem Wert" -, "zwei Punkte
  weniger", "by 9 percentage points", "by 9 points two years ago" 9 pp and 2 years,
  "weniger als zwei Prozentpunkte" "under", "margin of 3.2 percentage points"), margins of
  error with no hedge ("innerhalb der Fehlertoleranz von plus/minus zwei Prozentpunkten" -
  "innerhalb" as "within", two-hundred-and-fifth -, "plus/minus zwei Prozentpunkten"),
  "0.5 percentage point or less" 0.5 pp "up_to" (hundred-seventy-second: "or less"),
  "mindestens 5 Prozent" "at_least", "a record 73.4%" ("record" no hedge), yields "rose 9
  basis points to 3.71% ... to 86 basis points" in bp and %, with "10-year" 10 years
  (twentieth: "Treasury 10-year yields"). "Turnout was estimated at 68.1%" and "estimated at 54.1%" carry
  no hedge - "estimated at" before a figure (forty-first: "Immigration was estimated at
  948,000"; hundred-forty-fifth), unlike "an estimated" "about" (tenth).
- Counts otherwise: "more than three times as much as Mulroney" 3 "over" (hundred-third), "more than double its previous strength" 2 "over" (tenth: "more
  than twice as fast"; hundred-seventy-third: "mehr als das Doppelte"), "in zwei Schritten",
  "in two steps", "in 14 Gesprächsrunden", "drei Sondierungen", "sechs der geplanten 15
  Ministerien", "nine investigations", "14 complaints", "mindestens 60 Wahlkommissionen"
  and "at least 60 precinct commissions" "at_least", "more than 200,000 doors" "over",
  "27 Gesetze" and "27 bills", "aller elf Parlamentsfraktionen" ("aller" none), "in 13
  Wahlkreisen" and "in 13 districts", "in 96 der 577 Wahlkreise", "all 577 constituencies"
  ("all" none), "only 402 seats" ("only" no hedge).
- Fractions (the issue; hundred-ninety-seventh): "a three-fifths majority" 0.6 (the
  issue's "two-fifths"; two-hundred-and-nineteenth: "more than two-fifths" 0.4), "Rund ein
  Drittel" 0.3333 "about", "Fast zwei Drittel" 0.6667 "nearly", "Jeder vierte" 0.25.
- Ordinals (the issue; every batch): "auf Platz zwei", "zweitstärkste Fraktion", "im ersten
  Wahlgang" and "des ersten Wahlgangs" 1, "im zweiten Wahlgang" 2, "in the first round"
  and "in the second round", "for the second time in three years" 2 and 3 years, "zum
  zweiten Mal binnen acht Monaten" 2 and 8 months (two-hundred-and-nineteenth: "binnen drei
  Monaten"), "the second time in two years", "Bei einer ersten Nachzählung" 1, "in den
  ersten 100 Tagen" 1 and 100 days (eightieth: "in den ersten neun Monaten"), "zum ersten
  Mal gewählt" 1, "a first draft" 1 (two-hundred-and-nineteenth: "als erstes afrikanisches
  Land"), "vom ersten Tag an" 1 in a negative (labelled, two-hundred-and-nineteenth: "the
  first shots"), "under the Fifth Republic" 5 and "in der Zweiten Kammer" 2 - an ordinal
  word in a name stays an ordinal (tenth: "der Zweiten Republik"; hundred-forty-first:
  "der Ersten Kammer"; hundred-seventy-first: "the Fifth Dynasty"). New: "the party's
  first-round total" is ordinal 1 - the round's number in a hyphenated modifier is read as
  "third-quarter" is read (seventy-third). None: "the final round", "in the final two
  weeks" ("final" ranks nothing; two-hundred-and-nineteenth: "its final review"), "stärkste
  Kraft", "wichtigstes Thema", "Jüngster Abgeordneter".
- Durations and ages (the issue; every batch): "vor zwei Wochen", "vor acht Monaten", "vor
  fünf Jahren" (twice), "two years ago", "Gut drei Monate nach" "over" and "more than three
  months after" "over", "Knapp fünf Monate vor" "nearly" (two-hundred-and-fifth: "Gut 13
  Monate vor", "Knapp zwölf Monate vor"), "Zwei Tage nach der Stichwahl", "for 12 months",
  "after 14 months in office", "binnen drei Tagen" and "binnen 21 Tagen" (no hedge), "vor
  97 Tagen", "187 Tage gedauert", "set aside 20 days", "two days of talks" 2 days, "nach
  einem fast dreistündigen Treffen" 3 hours "nearly" (hundred-fifty-ninth: "knapp
  achtstündigen"), "a 90-minute meeting" 90 minutes, "in the final two weeks before the
  vote" 2 weeks; ages "Malec, 42,", "der 67-Jährige", "31-year-old", "ein 23 Jahre alter".
  New: "Das Durchschnittsalter der Abgeordneten liegt bei 49 Jahren." is duration 49 years
  with no hedge - an average age is an age, and "Durchschnitts-" names an average as
  "durchschnittlich" does (hundred-ninety-seventh), it bounds nothing. None: "a week ago"
  and "last week" (two-hundred-and-fifth), "a year" in "95,000 yen a year", "jährlich",
  "im Jahr", "vorerst", "next week", "since January", "im Mai", "im November", "before the
  next budget", "bis Ende Juli", weekdays, "am Montagmorgen", "am Montagnachmittag", "um
  17.00 Uhr", "8 p.m. EDT", "7 a.m.", "11:52 p.m. EDT" (sixteenth).
- Money in the currency written (every batch): "1,6 Millionen Yen", "rund 6 Billionen Yen"
  "about" (1 Billion = 10^12; hundred-ninety-seventh: "38 Billionen Dollar"), "11,2
  Billionen Yen", "25.000 Yen", "5 million yen", "about 95,000 yen" "about" (each figure
  its own hedge), "48.000 Zloty" and "rund 42 Milliarden Zloty" PLN (the zloty as PLN, as
  the earlier batches' "zlotys"), "$6.8 million", "more than $14 million" "over", "etwa
  60.000 bis 80.000 Euro" 60,000 EUR "about" and 80,000 EUR - the hedge on the first
  figure only and the currency written once serving both, as "etwa 25 bis 30 Jahre"
  (hundred-seventy-first) and "rund 40 bis 60 Kilometern" (hundred-eighty-fifth).
- Years and dates: "seit 1989", "since it joined the government in 1999", "bis 2028" and
  "by 2028", "the 2024 election" years; Reuters English datelines with a day ("PARIS, June
  14 (Reuters)", "WARSAW, June 14", "TOKYO, June 14", "WARSAW, June 15" (twice), "PARIS,
  June 15", "TOKYO, June 15", "THE HAGUE, June 16", "TOKYO, June 16", "WARSAW, June 16",
  "TOKYO, June 17", "PARIS, June 17", "THE HAGUE, June 17"; two-hundred-and-fifth) are
  dates without a year, and so are "am 6. August", "through May 27", "on July 3", "bis zum
  3. Juli", "due on June 29", "vom 10. bis 14. Juni" (two dates; the month written once
  serving the first day, hundred-fourteenth) and "für den 25. Juni"; dpa, Reuters German
  and AP datelines ("PITTSBURGH (AP) —", "HARRISBURG, Pa. (AP) —", "AUGUSTA, Maine (AP)
  —") none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly" "about"; "Knapp", "fast", "Fast" "nearly"; "mehr als", "Gut", "more than", "More than"
  "over"; "weniger als" right before a figure "under"; "mindestens", "at least"
  "at_least"; "or less" after a figure "up_to". No hedge: "nur", "only", "bislang",
  "derzeit", "currently", "jährlich", "übrigen", "record", "all", "alle",
  "aller", "between", "bis" between two figures, "binnen", "innerhalb", "plus/minus",
  "estimated at", "über dem Wert" after a figure; "knapp vor Malec" and "With nearly all
  votes counted" hedge no figure.
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des
  Innenministeriums" -> "das Innenministerium" (forty-first, two-hundred-and-fourth);
  "teilte die Staatliche Wahlkommission am Montag mit" -> "die Staatliche Wahlkommission"
  (the capitalised adjective in the nominative, the weekday dropped; two-hundred-and-
  nineteenth, two-hundred-and-fifth), "teilte das Präsidialamt mit", "wie der
  Élysée-Palast mitteilte" (hundred-ninety-seventh, two-hundred-and-fifth), "teilte die
  Wahlbehörde des Bezirks Allegheny mit" with the genitive that names the body
  (hundred-ninety-seventh); "laut Ipsos" and "according to Ipsos" -> "Ipsos" as written
  (two-hundred-and-fifth: "laut Ifop"; hundred-ninety-seventh: "according to
  OpenSecrets"); "X sagte, ..." opening the row ("Podolska-Wicher", "Malaval",
  "Verbruggen", "Hamasaki", "Malec"), "RN-Chef Delacourt sagte" and "D66-Chef Jorrit van
  Lindeboom sagte" the name with the title dropped, "sagte Gerichtssprecher Aleksander
  Drozdowicz" and "..., sagte Hamasaki." (hundred-seventy-second, two-hundred-and-fifth),
  "Nach einem fast dreistündigen Treffen sagte Tsunoda, ..." -> "Tsunoda" (two-hundred-
  and-twentieth: "Auf die Frage, ..., sagte Heindl, ..."); "Der gewählte polnische
  Präsident Krystian Malec hat am Dienstag behauptet" -> "Krystian Malec" (two-hundred-
  and-fifth: "Der AfD-Landesvorsitzende Detlef Krampitz hat ... behauptet"). English:
  "Delacourt said", "Tsunoda said" (three times), "Haraldsen said", "Podolska-Wicher said"
  (twice), "Redfern said", "Hamasaki said", "Ashworth said" as written; "Outgoing Prime
  Minister Étienne Charvaz said", "Opposition leader Noriko Sakuraba said", "Justice
  Minister Bartłomiej Szczygielski said", "County elections director Raymond Oduya said"
  the name with the role dropped (two-hundred-and-nineteenth); "Left-wing lawmaker
  Clémence Arnoux told reporters" (two-hundred-and-fourth: "told reporters" names the
  speaker); "National Rally leader Mathis Delacourt claimed on Monday" the name
  (two-hundred-and-fifth: "Clay Hollister claimed Wednesday"); "the Pennsylvania
  Department of State said" (hundred-ninety-seventh, two-hundred-and-fifth: "the Virginia
  Department of Elections said"); "the secretary of state's office said" (seventy-sixth).
  New: a Dutch name's particle is checked as the row writes it - "Van Lindeboom said"
  opening the row -> "Van Lindeboom", "D66-Chef Jorrit van Lindeboom sagte" -> "Jorrit van
  Lindeboom" (two-hundred-and-fifth: names "as written"). Left unchecked (None): polls,
  projections, results, data and tallies as sources ("laut ersten Hochrechnungen", "Nach
  einer Hochrechnung des Instituts Ipsos", "Laut Prognosen des Fernsehsenders NHK", "Nach
  dem vorläufigen Endergebnis des Innenministeriums", "Laut den Daten der Staatlichen
  Wahlkommission", "an exit poll showed", "projections showed", "according to projections
  by public broadcaster NHK", "Final results released on Monday gave", "Interior ministry
  figures show", "according to Federal Election Commission filings", "according to a
  Reuters tally", "according to unofficial county results compiled by the AP", "according
  to AdImpact" - a tally-keeping firm's data, hundred-ninety-seventh: "according to a
  tally by Edison Research" -, "nach Zählung der Nachrichtenagentur AP", "nach Berechnungen
  der Zeitung", "nach einer Auswertung der Nachrichtenagentur AFP", "Umfragen zufolge",
  "Laut einer Umfrage"), "Kyodo News reported" (a verb of reporting not settled), verbs that
  are no verbs of saying ("Das Finanzministerium beziffert", "bezifferte", "befragte",
  "kündigte an"; hundred-thirty-first, hundred-thirty-fourth), common nouns, pronouns and
  possessives ("its monitoring mission said", "The mission said", "It said", "the
  commission said", "the internal affairs ministry said" - two-hundred-and-fourth: bodies'
  "said" -, "a court spokesman said", "an RN spokesman said", „Ein Sprecher Malecs sagte“,
  "Mulroney's campaign said", "the four parties said", "Poland's State Electoral
  Commission confirmed"), appositions and second verbs between the name and the verb
  ("Malec, 42, has said", "Cullinane conceded ... and said"; hundred-ninety-seventh,
  two-hundred-and-nineteenth), plural groups ("Observers reported", "Opposition lawmakers
  predicted"; forty-first), rows without attribution and all negatives, also those with a
  named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_235 = [
    # --- Frankreich: RN bei Stichwahl vorn, aber ohne Mehrheit (dpa) ---
    (
        "de",
        "Paris (dpa) - In der Stichwahl um die französische Nationalversammlung hat das Rassemblement National (RN) ersten Hochrechnungen zufolge die meisten Sitze geholt, eine absolute Mehrheit aber deutlich verpasst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Hochrechnung des Instituts Ipsos für den Sender France Télévisions kommt das RN mit seinen Verbündeten auf 207 bis 227 der 577 Sitze.",
        True,
        [("count", 207, None, None), ("count", 227, None, None), ("count", 577, None, None)],
        None,
    ),
    (
        "de",
        "Für die absolute Mehrheit in der Nationalversammlung sind 289 Abgeordnete nötig.",
        True,
        [("count", 289, None, None)],
        None,
    ),
    (
        "de",
        "Das linke Bündnis Nouveau Front Populaire folgt mit 160 bis 180 Sitzen auf Platz zwei, das Lager des Präsidenten kommt auf 140 bis 160.",
        True,
        [
            ("count", 160, None, None),
            ("count", 180, None, None),
            ("ordinal", 2, None, None),
            ("count", 140, None, None),
            ("count", 160, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag nach Angaben des Innenministeriums um 17.00 Uhr bei 59,3 Prozent und damit rund vier Prozentpunkte über dem Wert des ersten Wahlgangs.",
        True,
        [("percent", 59.3, "%", None), ("percent", 4, "pp", "about"), ("ordinal", 1, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "„Die Franzosen haben heute Abend die Tür zur Macht weit aufgestoßen“, sagte RN-Chef Mathis Delacourt in Paris.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Premierminister Étienne Charvaz kündigte an, dem Präsidenten am Montagmorgen seinen Rücktritt anzubieten.",
        True,
        [],
        None,
    ),
    ("de", "Ob sich im neuen Parlament überhaupt eine tragfähige Mehrheit findet, ist völlig offen.", False, [], None),
    # --- France's far right tops runoff, falls short of majority (Reuters) ---
    (
        "en",
        "PARIS, June 14 (Reuters) - France's far-right National Rally won the most seats in Sunday's parliamentary runoff but fell well short of an absolute majority, projections showed, leaving the country with a hung parliament for the second time in three years.",
        True,
        [("date", "--06-14", None, None), ("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "An Elabe projection for BFM TV gave the National Rally and its allies 218 seats, against 171 for the leftist New Popular Front and 146 for the president's centrist camp.",
        True,
        [("count", 218, None, None), ("count", 171, None, None), ("count", 146, None, None)],
        None,
    ),
    ("en", "The conservative Republicans were projected to win 39 seats.", True, [("count", 39, None, None)], None),
    (
        "en",
        "Turnout was estimated at 68.1%, up from 66.9% in the first round, according to Ipsos.",
        True,
        [("percent", 68.1, "%", None), ("percent", 66.9, "%", None), ("ordinal", 1, None, None)],
        "Ipsos",
    ),
    (
        "en",
        '"The French people have chosen change, and nothing will stop it now," National Rally leader Mathis Delacourt told supporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delacourt said his party would not try to form a government unless it could count on at least 270 lawmakers.",
        True,
        [("count", 270, None, "at_least")],
        "Delacourt",
    ),
    (
        "en",
        "Outgoing Prime Minister Étienne Charvaz said he would tender his resignation to the president on Monday morning.",
        True,
        [],
        "Étienne Charvaz",
    ),
    (
        "en",
        "Whether any bloc can assemble a working majority in the 577-seat National Assembly is far from clear.",
        False,
        [("count", 577, None, None)],
        None,
    ),
    (
        "en",
        "Under the constitution, the president cannot dissolve the assembly again for 12 months.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    # --- Polen: Kopf-an-Kopf-Rennen bei Präsidenten-Stichwahl (dpa) ---
    (
        "de",
        "Warschau (dpa) - Bei der Stichwahl um das Amt des polnischen Präsidenten liegt der von der PiS unterstützte Historiker Krystian Malec laut einer Nachwahlbefragung hauchdünn vorn.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach der Prognose des Instituts Ipsos für die Sender TVP, Polsat und TVN kommt Malec auf 50,4 Prozent, die liberale Warschauer Vizebürgermeisterin Agnieszka Podolska-Wicher auf 49,6 Prozent.",
        True,
        [("percent", 50.4, "%", None), ("percent", 49.6, "%", None)],
        None,
    ),
    (
        "de",
        "Der Abstand liegt damit innerhalb der Fehlertoleranz von plus/minus zwei Prozentpunkten.",
        True,
        [("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung erreichte laut Ipsos mit 72,8 Prozent einen Rekord für eine Präsidentschaftswahl seit 1989.",
        True,
        [("percent", 72.8, "%", None), ("year", 1989, None, None)],
        "Ipsos",
    ),
    (
        "de",
        "„Wir haben gewonnen, und diesen Sieg lassen wir uns von niemandem nehmen“, sagte Malec vor Anhängern in Krakau.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auch Podolska-Wicher gab sich siegesgewiss: „Ich bin sicher, dass die Auszählung unseren Sieg bestätigen wird.“",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im ersten Wahlgang vor zwei Wochen hatte Podolska-Wicher mit 31,2 Prozent noch knapp vor Malec mit 29,8 Prozent gelegen.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 2, "week", None),
            ("percent", 31.2, "%", None),
            ("percent", 29.8, "%", None),
        ],
        None,
    ),
    # --- Poland's presidential runoff too close to call (Reuters) ---
    (
        "en",
        "WARSAW, June 14 (Reuters) - Nationalist historian Krystian Malec narrowly led liberal Warsaw deputy mayor Agnieszka Podolska-Wicher in Poland's presidential runoff on Sunday, an exit poll showed, setting up a tense wait for official results.",
        True,
        [("date", "--06-14", None, None)],
        None,
    ),
    (
        "en",
        "A late poll, which includes a sample of actual results from polling stations, put Malec on 50.2% and Podolska-Wicher on 49.8%.",
        True,
        [("percent", 50.2, "%", None), ("percent", 49.8, "%", None)],
        None,
    ),
    (
        "en",
        "Podolska-Wicher said her campaign's own count from 1,400 polling stations showed her ahead.",
        True,
        [("count", 1400, None, None)],
        "Podolska-Wicher",
    ),
    (
        "en",
        '"Poland has voted for a president who will defend its sovereignty," Malec told cheering supporters in Krakow.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The president holds a veto over legislation that can be overturned only by a three-fifths majority in the 460-seat Sejm, which the government does not have.",
        True,
        [("fraction", 0.6, None, None), ("count", 460, None, None)],
        None,
    ),
    (
        "en",
        "The outgoing president vetoed 27 bills passed by the current parliament, according to a Reuters tally.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    ("en", "Analysts said they expected markets to react nervously if Malec's lead is confirmed.", False, [], None),
    # --- Japan's ruling coalition loses lower house majority (Reuters) ---
    (
        "en",
        "TOKYO, June 14 (Reuters) - Japan's Liberal Democratic Party and junior partner Komeito lost control of the lower house in Sunday's snap election, according to projections by public broadcaster NHK.",
        True,
        [("date", "--06-14", None, None)],
        None,
    ),
    (
        "en",
        "NHK projected the coalition would win between 198 and 214 of the 465 seats, short of the 233 needed for a majority.",
        True,
        [
            ("count", 198, None, None),
            ("count", 214, None, None),
            ("count", 465, None, None),
            ("count", 233, None, None),
        ],
        None,
    ),
    (
        "en",
        "The LDP alone was on course for about 175 seats, down from 203 before the election.",
        True,
        [("count", 175, None, "about"), ("count", 203, None, None)],
        None,
    ),
    (
        "en",
        "The opposition Constitutional Democratic Party was projected to take 140 to 152 seats, while the Democratic Party for the People was on course for around 30, more than double its previous strength.",
        True,
        [
            ("count", 140, None, None),
            ("count", 152, None, None),
            ("count", 30, None, "about"),
            ("count", 2, None, "over"),
        ],
        None,
    ),
    (
        "en",
        '"We take this result with the utmost seriousness," Prime Minister Kazuhiro Tsunoda told NHK.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tsunoda said he had no intention of resigning and would seek talks with opposition parties on a case-by-case basis.",
        True,
        [],
        "Tsunoda",
    ),
    (
        "en",
        "Turnout was estimated at 54.1%, up from 52.7% at the last general election, Kyodo News reported.",
        True,
        [("percent", 54.1, "%", None), ("percent", 52.7, "%", None)],
        None,
    ),
    # --- Japan: Regierungslager verliert Mehrheit im Unterhaus (dpa) ---
    (
        "de",
        "Tokio (dpa) - Japans Regierungskoalition aus Liberaldemokratischer Partei (LDP) und Komeito hat bei der Unterhauswahl ihre Mehrheit verloren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ministerpräsident Kazuhiro Tsunoda war erst vor acht Monaten ins Amt gekommen und hatte die Neuwahl selbst angesetzt.",
        True,
        [("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "Laut Prognosen des Fernsehsenders NHK kommt das Regierungslager auf 198 bis 214 der 465 Sitze im Unterhaus.",
        True,
        [("count", 198, None, None), ("count", 214, None, None), ("count", 465, None, None)],
        None,
    ),
    (
        "de",
        "Der LDP-Generalsekretär sprach von einem „schmerzhaften, aber ehrlichen Urteil der Wähler“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei der vorigen Unterhauswahl war die Koalition noch auf 227 Sitze gekommen.",
        True,
        [("count", 227, None, None)],
        None,
    ),
    # --- Polen: Malec gewinnt Präsidentenwahl knapp (dpa) ---
    (
        "de",
        "Warschau (dpa) - Der nationalkonservative Historiker Krystian Malec hat die Stichwahl um das polnische Präsidentenamt nach dem amtlichen Endergebnis knapp gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Malec kam auf 50,27 Prozent der Stimmen, Podolska-Wicher auf 49,73 Prozent, teilte die Staatliche Wahlkommission am Montag mit.",
        True,
        [("percent", 50.27, "%", None), ("percent", 49.73, "%", None)],
        "die Staatliche Wahlkommission",
    ),
    (
        "de",
        "Der Vorsprung betrug damit nur rund 112.000 Stimmen bei mehr als 20,6 Millionen gültigen Stimmzetteln.",
        True,
        [("count", 112000, None, "about"), ("count", 20600000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei 73,4 Prozent und damit so hoch wie bei keiner Präsidentschaftswahl seit dem Ende des Kommunismus.",
        True,
        [("percent", 73.4, "%", None)],
        None,
    ),
    (
        "de",
        "Podolska-Wicher sagte, ihr Team habe Hinweise auf Unregelmäßigkeiten in mindestens 60 Wahlkommissionen gesammelt.",
        True,
        [("count", 60, None, "at_least")],
        "Podolska-Wicher",
    ),
    (
        "de",
        "Wahlproteste können binnen drei Tagen nach Bekanntgabe des Ergebnisses beim Obersten Gericht eingereicht werden.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    ("de", "Malec nannte die Vorwürfe „das Jammern schlechter Verlierer“.", False, [], None),
    (
        "de",
        "Der neue Präsident soll am 6. August vor der Nationalversammlung vereidigt werden.",
        True,
        [("date", "--08-06", None, None)],
        None,
    ),
    # --- Observers fault media bias in Poland's runoff (Reuters) ---
    (
        "en",
        "WARSAW, June 15 (Reuters) - The Organization for Security and Co-operation in Europe deployed 286 observers from 39 countries for Poland's presidential runoff, its monitoring mission said on Monday.",
        True,
        [("date", "--06-15", None, None), ("count", 286, None, None), ("count", 39, None, None)],
        None,
    ),
    (
        "en",
        'In a preliminary statement, the mission called the vote "competitive and efficiently run."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Observers reported that the secrecy of the vote was not ensured in 17 of the 612 polling stations they visited, mostly because of cramped booths.",
        True,
        [("count", 17, None, None), ("count", 612, None, None)],
        None,
    ),
    ("en", "The mission said it had found no evidence of systematic fraud.", True, [], None),
    (
        "en",
        "It said the public broadcaster had given Malec about 60% of its campaign news airtime in the final two weeks before the vote.",
        True,
        [("percent", 60, "%", "about"), ("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        '"Voters had a genuine choice, but not always a level playing field," said Signe Haraldsen, who headed the mission.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haraldsen said 14 complaints about campaign finance were still pending before the electoral commission.",
        True,
        [("count", 14, None, None)],
        "Haraldsen",
    ),
    (
        "en",
        'Malec\'s campaign dismissed the report as "the opinion of foreigners who do not understand Poland."',
        False,
        [],
        None,
    ),
    # --- Frankreich: Endergebnis bestätigt Patt im Parlament (dpa) ---
    (
        "de",
        "Paris (dpa) - Nach dem vorläufigen Endergebnis des Innenministeriums verfügt das Rassemblement National mit seinen Verbündeten über 221 der 577 Sitze in der Nationalversammlung.",
        True,
        [("count", 221, None, None), ("count", 577, None, None)],
        None,
    ),
    ("de", "Das sind 68 Sitze weniger als für eine absolute Mehrheit nötig.", True, [("count", 68, None, None)], None),
    (
        "de",
        "Das Linksbündnis kommt auf 169 Sitze, das Regierungslager auf 148, die konservativen Republikaner auf 37.",
        True,
        [("count", 169, None, None), ("count", 148, None, None), ("count", 37, None, None)],
        None,
    ),
    ("de", "Die übrigen zwei Mandate gingen an Regionalisten aus Korsika.", True, [("count", 2, None, None)], None),
    (
        "de",
        "Die Wahlbeteiligung lag bei 68,1 Prozent, nach 66,9 Prozent im ersten Wahlgang.",
        True,
        [("percent", 68.1, "%", None), ("percent", 66.9, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der bisherigen Abgeordneten des Regierungslagers verlor sein Mandat.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "„Das Land hat ein Parlament gewählt, aber keine Regierung“, sagte die Politologin Sandrine Malaval von der Universität Lille.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Malaval sagte, in 96 der 577 Wahlkreise habe der Abstand zwischen Sieger und Unterlegenem weniger als zwei Prozentpunkte betragen.",
        True,
        [("count", 96, None, None), ("count", 577, None, None), ("percent", 2, "pp", "under")],
        "Malaval",
    ),
    (
        "de",
        "Der Präsident bat ihn jedoch, die Regierungsgeschäfte vorerst weiterzuführen, wie der Élysée-Palast mitteilte.",
        True,
        [],
        "der Élysée-Palast",
    ),
    # --- Fact check: Far-right leader's vote claim (Reuters) ---
    (
        "en",
        'PARIS, June 15 (Reuters) - National Rally leader Mathis Delacourt claimed on Monday that his party had won "more than 11 million votes" in the runoff, more than any party in a parliamentary election under the Fifth Republic.',
        True,
        [("date", "--06-15", None, None), ("count", 11000000, None, "over"), ("ordinal", 5, None, None)],
        "Mathis Delacourt",
    ),
    (
        "en",
        "Interior ministry figures show the National Rally and its allies won 9.84 million votes in the second round, or 37.2% of ballots cast.",
        True,
        [("count", 9840000, None, None), ("ordinal", 2, None, None), ("percent", 37.2, "%", None)],
        None,
    ),
    (
        "en",
        "Delacourt's figure matches the party's first-round total of 11.06 million, when it fielded candidates in all 577 constituencies.",
        True,
        [("ordinal", 1, None, None), ("count", 11060000, None, None), ("count", 577, None, None)],
        None,
    ),
    (
        "en",
        "In the runoff, the party contested only 402 seats after rival candidates withdrew in many districts to block it.",
        True,
        [("count", 402, None, None)],
        None,
    ),
    (
        "en",
        "Asked about the discrepancy, an RN spokesman said Delacourt had been referring to the first round.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("en", '"Numbers don\'t lie, and ours are the biggest," Delacourt had told a rally in Marseille.', False, [], None),
    ("en", "Verdict: Misleading.", False, [], None),
    # --- Niederlande: Informateurin empfiehlt Viererbündnis (dpa) ---
    (
        "de",
        "Den Haag (dpa) - Gut drei Monate nach der Parlamentswahl in den Niederlanden hat die Informateurin Hanneke Verbruggen eine Koalition aus vier Parteien empfohlen.",
        True,
        [("duration", 3, "month", "over"), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das Bündnis aus D66, CDA, VVD und JA21 käme in der Zweiten Kammer auf 78 der 150 Sitze.",
        True,
        [("ordinal", 2, None, None), ("count", 78, None, None), ("count", 150, None, None)],
        None,
    ),
    (
        "de",
        "Für eine Mehrheit sind 76 Sitze nötig, das Bündnis hätte damit zwei Stimmen Reserve.",
        True,
        [("count", 76, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ein Dreierbündnis ohne JA21 käme dagegen nur auf 69 Sitze.",
        True,
        [("count", 3, None, None), ("count", 69, None, None)],
        None,
    ),
    (
        "de",
        "Verbruggen sagte, die vier Parteien hätten sich in 14 Gesprächsrunden auf Grundzüge in der Asyl- und Wohnungspolitik verständigt.",
        True,
        [("count", 4, None, None), ("count", 14, None, None)],
        "Verbruggen",
    ),
    (
        "de",
        "„Es ist kein Liebesbund, aber eine Vernunftehe mit Aussicht auf Stabilität“, sagte Verbruggen in Den Haag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die rechtspopulistische PVV, mit 29 Sitzen zweitstärkste Fraktion, bleibt außen vor.",
        True,
        [("count", 29, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "Der PVV-Vorsitzende sprach von einem „Hinterzimmer-Deal gegen den Wählerwillen“.", False, [], None),
    (
        "de",
        "Die Regierungsbildung nach der vorigen Wahl hatte 187 Tage gedauert.",
        True,
        [("duration", 187, "day", None)],
        None,
    ),
    # --- Japan's coalition 27 seats short after final count (Reuters) ---
    (
        "en",
        "TOKYO, June 15 (Reuters) - Final results released on Monday gave Japan's governing coalition 206 of the 465 lower house seats, 27 short of a majority.",
        True,
        [
            ("date", "--06-15", None, None),
            ("count", 206, None, None),
            ("count", 465, None, None),
            ("count", 27, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Liberal Democratic Party took 178 seats and Komeito 28, its lowest tally since it joined the government in 1999.",
        True,
        [("count", 178, None, None), ("count", 28, None, None), ("year", 1999, None, None)],
        None,
    ),
    (
        "en",
        "The Constitutional Democratic Party won 147 seats and the Democratic Party for the People 32, up from 14.",
        True,
        [("count", 147, None, None), ("count", 32, None, None), ("count", 14, None, None)],
        None,
    ),
    ("en", "Final turnout was 54.3%, the internal affairs ministry said.", True, [("percent", 54.3, "%", None)], None),
    (
        "en",
        "Eleven cabinet ministers lost their constituency races, though seven of them returned to parliament through proportional representation.",
        True,
        [("count", 11, None, None), ("count", 7, None, None)],
        None,
    ),
    ("en", 'Tsunoda called the outcome "a lesson we must take to heart."', False, [], None),
    (
        "en",
        "Tsunoda said he would meet Democratic Party for the People leader Yuichi Hamasaki on Tuesday to discuss a policy-by-policy partnership.",
        True,
        [],
        "Tsunoda",
    ),
    (
        "en",
        "Opposition leader Noriko Sakuraba said her party had gained seats in 38 of Japan's 47 prefectures.",
        True,
        [("count", 38, None, None), ("count", 47, None, None)],
        "Noriko Sakuraba",
    ),
    ("en", "Whether the smaller party will agree to join the cabinet outright remains to be seen.", False, [], None),
    # --- Japan: Tsunoda wirbt um Demokratische Volkspartei (dpa) ---
    (
        "de",
        "Tokio (dpa) - Nach dem Verlust der Mehrheit im Unterhaus hat Japans Ministerpräsident Kazuhiro Tsunoda der oppositionellen Demokratischen Volkspartei Gespräche über eine Zusammenarbeit angeboten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Partei von Yuichi Hamasaki stellt 32 Abgeordnete und könnte der Koalition zu einer knappen Mehrheit von 238 der 465 Sitze verhelfen.",
        True,
        [("count", 32, None, None), ("count", 238, None, None), ("count", 465, None, None)],
        None,
    ),
    (
        "de",
        "Hamasaki sagte, Bedingung für jede Zusammenarbeit sei eine Anhebung des steuerfreien Grundfreibetrags auf 1,6 Millionen Yen.",
        True,
        [("money", 1600000, "JPY", None)],
        "Hamasaki",
    ),
    (
        "de",
        "Das Finanzministerium beziffert die Kosten dafür auf jährlich rund 6 Billionen Yen.",
        True,
        [("money", 6000000000000, "JPY", "about")],
        None,
    ),
    ("de", "„Wir lassen uns nicht kaufen, wir wollen Ergebnisse für die Bürger“, sagte Hamasaki.", False, [], None),
    (
        "de",
        "Erhält im ersten Wahlgang kein Kandidat eine Mehrheit, kommt es zu einer Stichwahl zwischen den zwei Bestplatzierten.",
        True,
        [("ordinal", 1, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Ob Tsunoda die Wahl im Parlament übersteht, gilt in Tokio als keineswegs sicher.", False, [], None),
    # --- Special election could narrow GOP House majority (AP) ---
    (
        "en",
        "PITTSBURGH (AP) — Voters in a western Pennsylvania congressional district will fill a vacant House seat on Tuesday in a special election that could narrow Republicans' slim majority.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Republicans currently hold 219 seats in the House to Democrats' 212, with four vacancies.",
        True,
        [("count", 219, None, None), ("count", 212, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Democrat Colleen Ashworth, a former county prosecutor, faces Republican state Sen. Travis Mulroney in a district the president carried by 9 percentage points in the last election.",
        True,
        [("percent", 9, "pp", None)],
        None,
    ),
    (
        "en",
        "Ashworth reported raising $6.8 million through May 27, more than three times as much as Mulroney, according to Federal Election Commission filings.",
        True,
        [("money", 6800000, "USD", None), ("date", "--05-27", None, None), ("count", 3, None, "over")],
        None,
    ),
    (
        "en",
        '"This district is tired of being taken for granted," Mulroney said at a campaign stop in Washington County.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Both parties have framed the race as a test of voters' mood ahead of the midterm elections in November.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Polls close at 8 p.m. EDT, and the district has about 512,000 registered voters.",
        True,
        [("count", 512000, None, "about")],
        None,
    ),
    # --- Poland confirms nationalist's narrow win (Reuters) ---
    (
        "en",
        "WARSAW, June 15 (Reuters) - Poland's State Electoral Commission confirmed on Monday that nationalist Krystian Malec had won the presidency, with 50.27% of the vote against 49.73% for Agnieszka Podolska-Wicher.",
        True,
        [("date", "--06-15", None, None), ("percent", 50.27, "%", None), ("percent", 49.73, "%", None)],
        None,
    ),
    (
        "en",
        "The margin of about 112,000 votes is the narrowest in a Polish presidential runoff since the fall of communism.",
        True,
        [("count", 112000, None, "about")],
        None,
    ),
    (
        "en",
        "Malec won 11 of Poland's 16 provinces, sweeping the east and south, while Podolska-Wicher carried the big cities and the west.",
        True,
        [("count", 11, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "Podolska-Wicher said she would file protests with the Supreme Court over irregularities her team had documented in at least 60 precinct commissions.",
        True,
        [("count", 60, None, "at_least")],
        "Podolska-Wicher",
    ),
    (
        "en",
        '"We owe it to every voter to make sure each vote was counted as cast," she told reporters in Warsaw.',
        False,
        [],
        None,
    ),
    ("en", "Turnout was a record 73.4%, the commission said.", True, [("percent", 73.4, "%", None)], None),
    ("en", "The zloty weakened 0.8% against the euro in early trading.", True, [("percent", 0.8, "%", None)], None),
    (
        "en",
        "Malec, 42, has said he would veto any bill raising taxes and would push for a referendum on EU migration rules.",
        True,
        [("duration", 42, "year", None)],
        None,
    ),
    # --- Frankreich: Präsident lädt Fraktionschefs ein (dpa) ---
    (
        "de",
        "Paris (dpa) - Zwei Tage nach der Stichwahl hat der französische Präsident die Chefs aller elf Parlamentsfraktionen zu Gesprächen in den Élysée-Palast eingeladen.",
        True,
        [("duration", 2, "day", None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Konsultationen sollen am Mittwoch und Donnerstag stattfinden, teilte das Präsidialamt mit.",
        True,
        [],
        "das Präsidialamt",
    ),
    (
        "de",
        "RN-Chef Delacourt sagte, seine Partei werde nur dann Regierungsverantwortung übernehmen, wenn sie auf mindestens 270 Abgeordnete zählen könne.",
        True,
        [("count", 270, None, "at_least")],
        "Delacourt",
    ),
    ("de", "Derzeit fehlen dem RN und seinen Verbündeten dafür 49 Sitze.", True, [("count", 49, None, None)], None),
    (
        "de",
        "Die Abgeordnete Clémence Arnoux, die das Linksbündnis als Premierministerin vorschlägt, nannte das Ergebnis „einen Auftrag, die Rentenreform zurückzunehmen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Regierung kann in Frankreich durch ein Misstrauensvotum gestürzt werden, wenn mindestens 289 Abgeordnete dafür stimmen.",
        True,
        [("count", 289, None, "at_least")],
        None,
    ),
    (
        "de",
        "Wie lange eine Minderheitsregierung unter diesen Bedingungen überleben könnte, wagt in Paris niemand vorherzusagen.",
        False,
        [],
        None,
    ),
    # --- Dutch parties agree to open formal coalition talks (Reuters) ---
    (
        "en",
        "THE HAGUE, June 16 (Reuters) - Dutch centrist party D66 and three other parties agreed on Tuesday to open formal coalition talks, more than three months after an election that left parliament split among 14 parties.",
        True,
        [
            ("date", "--06-16", None, None),
            ("count", 3, None, None),
            ("duration", 3, "month", "over"),
            ("count", 14, None, None),
        ],
        None,
    ),
    (
        "en",
        "The four parties would control 78 of the 150 lower house seats between them, two more than the 76 required for a majority.",
        True,
        [
            ("count", 4, None, None),
            ("count", 78, None, None),
            ("count", 150, None, None),
            ("count", 2, None, None),
            ("count", 76, None, None),
        ],
        None,
    ),
    (
        "en",
        "D66 leader Jorrit van Lindeboom, whose party won 27 seats, is expected to become prime minister if the talks succeed.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Van Lindeboom said the parties aimed to present a coalition agreement before parliament's summer recess begins on July 3.",
        True,
        [("date", "--07-03", None, None)],
        "Van Lindeboom",
    ),
    (
        "en",
        '"The Netherlands needs a government that solves problems instead of creating them," he said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "An Ipsos I&O poll published on Tuesday showed the anti-immigration PVV would win 31 seats if an election were held now, up from 29.",
        True,
        [("count", 31, None, None), ("count", 29, None, None)],
        None,
    ),
    ("en", 'The PVV\'s leader called the planned coalition "a cabinet of losers."', False, [], None),
    (
        "en",
        "The previous government collapsed after 14 months in office when the PVV walked out in a row over asylum policy.",
        True,
        [("duration", 14, "month", None)],
        None,
    ),
    # --- Polen: Tausende Wahlproteste beim Obersten Gericht (dpa) ---
    (
        "de",
        "Warschau (dpa) - Beim Obersten Gericht in Polen sind nach der Präsidentenwahl bislang 3.870 Wahlproteste eingegangen.",
        True,
        [("count", 3870, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten beträfen angebliche Fehler beim Übertragen der Ergebnisse in die Protokolle der Wahlkommissionen, sagte Gerichtssprecher Aleksander Drozdowicz.",
        True,
        [],
        "Aleksander Drozdowicz",
    ),
    (
        "de",
        "In 13 Wahlkreisen ordnete das Gericht eine Neuauszählung der Stimmen an.",
        True,
        [("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "Bei einer ersten Nachzählung in einem Bezirk der Stadt Lublin stellte sich heraus, dass Malec 1.204 Stimmen zu viel zugeschrieben worden waren.",
        True,
        [("ordinal", 1, None, None), ("count", 1204, None, None)],
        None,
    ),
    (
        "de",
        "Das Oberste Gericht muss binnen 21 Tagen über die Gültigkeit der Wahl entscheiden.",
        True,
        [("duration", 21, "day", None)],
        None,
    ),
    ("de", "Die PiS warf der Regierung vor, „das Ergebnis mit juristischen Tricks kippen zu wollen“.", False, [], None),
    (
        "de",
        "„Es geht hier nicht um Sieg oder Niederlage, sondern um das Vertrauen in die Demokratie“, sagte Podolska-Wicher.",
        False,
        [],
        None,
    ),
    # --- Pennsylvania voters head to polls (AP) ---
    (
        "en",
        "HARRISBURG, Pa. (AP) — More than 148,000 voters in the district had returned mail ballots by Monday evening, about 39% of those requested, the Pennsylvania Department of State said.",
        True,
        [("count", 148000, None, "over"), ("percent", 39, "%", "about")],
        "the Pennsylvania Department of State",
    ),
    (
        "en",
        "State law bars counties from starting to process mail ballots before 7 a.m. on Election Day.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Mulroney has repeatedly claimed, without offering evidence, that mail voting is "riddled with fraud."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A state audit of the 2024 election found 19 ballots that may have been cast improperly out of more than 7 million.",
        True,
        [("year", 2024, None, None), ("count", 19, None, None), ("count", 7000000, None, "over")],
        None,
    ),
    (
        "en",
        'Ashworth told reporters outside a polling place in Monroeville that she felt "cautiously optimistic."',
        False,
        [],
        None,
    ),
    # --- Japan: LDP und Volkspartei einigen sich (dpa) ---
    (
        "de",
        "Tokio (dpa) - Japans Regierungspartei LDP und die Demokratische Volkspartei haben sich auf eine Zusammenarbeit im Parlament verständigt, ohne eine formelle Koalition zu bilden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach einem fast dreistündigen Treffen sagte Tsunoda, man habe sich auf eine Anhebung des Grundfreibetrags in zwei Schritten bis 2028 geeinigt.",
        True,
        [("duration", 3, "hour", "nearly"), ("count", 2, None, None), ("year", 2028, None, None)],
        "Tsunoda",
    ),
    (
        "de",
        "Im Gegenzug werde die Volkspartei bei der Wahl des Regierungschefs am Mittwoch für Tsunoda stimmen, sagte Hamasaki.",
        True,
        [],
        "Hamasaki",
    ),
    ("de", "Hamasaki sprach von einem „vernünftigen Kompromiss, nicht mehr und nicht weniger“.", False, [], None),
    (
        "de",
        "Umfragen zufolge lehnen 46 Prozent der Japaner eine Fortsetzung der Regierung Tsunoda ab, 38 Prozent befürworten sie.",
        True,
        [("percent", 46, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Oppositionsführerin Noriko Sakuraba warf der Volkspartei vor, „für ein paar Yen die eigenen Wähler zu verraten“.",
        False,
        [],
        None,
    ),
    # --- Japan's LDP wins DPP backing with tax deal (Reuters) ---
    (
        "en",
        "TOKYO, June 16 (Reuters) - Japan's ruling Liberal Democratic Party agreed on Tuesday to raise the income tax threshold in two steps by 2028 in return for the Democratic Party for the People's support in a parliamentary vote for prime minister.",
        True,
        [("date", "--06-16", None, None), ("count", 2, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Hamasaki said the deal would leave a typical worker earning 5 million yen about 95,000 yen a year better off.",
        True,
        [("money", 5000000, "JPY", None), ("money", 95000, "JPY", "about")],
        "Hamasaki",
    ),
    # --- Polish Supreme Court swamped with election protests (Reuters) ---
    (
        "en",
        "WARSAW, June 16 (Reuters) - Poland's Supreme Court has received 3,870 protests over the presidential election and ordered recounts in 13 districts, a court spokesman said on Tuesday.",
        True,
        [("date", "--06-16", None, None), ("count", 3870, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "In a district of Lublin, a recount found that 1,204 votes cast for Podolska-Wicher had been wrongly credited to Malec.",
        True,
        [("count", 1204, None, None)],
        None,
    ),
    (
        "en",
        "Justice Minister Bartłomiej Szczygielski said prosecutors had opened nine investigations into suspected falsification of precinct protocols.",
        True,
        [("count", 9, None, None)],
        "Bartłomiej Szczygielski",
    ),
    (
        "en",
        'The prime minister said the government would respect the court\'s ruling "whatever it is."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Malec\'s campaign accused the government of "trying to steal the election in the courtroom."',
        False,
        [],
        None,
    ),
    # --- USA: Demokraten vor Zwischenwahlen in Umfrage vorn (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Knapp fünf Monate vor den Zwischenwahlen in den USA liegen die Demokraten in einer Umfrage von Reuters/Ipsos vorn.",
        True,
        [("duration", 5, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Auf die Frage, welche Partei sie bei der Wahl zum Repräsentantenhaus wählen würden, nannten 44 Prozent der registrierten Wähler die Demokraten und 39 Prozent die Republikaner.",
        True,
        [("percent", 44, "%", None), ("percent", 39, "%", None)],
        None,
    ),
    (
        "de",
        "Mit der Amtsführung des Präsidenten sind 40 Prozent zufrieden, zwei Punkte weniger als im Mai.",
        True,
        [("percent", 40, "%", None), ("percent", 2, "pp", None)],
        None,
    ),
    (
        "de",
        "Fast zwei Drittel der Befragten nannten die Lebenshaltungskosten als wichtigstes Thema.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Reuters/Ipsos befragte vom 10. bis 14. Juni landesweit 4.212 Erwachsene, die Fehlertoleranz liegt bei plus/minus zwei Prozentpunkten.",
        True,
        [
            ("date", "--06-10", None, None),
            ("date", "--06-14", None, None),
            ("count", 4212, None, None),
            ("percent", 2, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Weißen Hauses sagte, die einzige Umfrage, die zähle, finde im November statt.",
        False,
        [],
        None,
    ),
    # --- Polen: Malecs Stimmenrechnung im Faktencheck (dpa) ---
    (
        "de",
        "Warschau (dpa) - Der gewählte polnische Präsident Krystian Malec hat am Dienstag behauptet, er habe in der Stichwahl „fast zwei Millionen Stimmen mehr“ erhalten als sein Vorgänger vor fünf Jahren.",
        True,
        [("count", 2000000, None, "nearly"), ("duration", 5, "year", None)],
        "Krystian Malec",
    ),
    (
        "de",
        "Laut den Daten der Staatlichen Wahlkommission erhielt Malec 10,38 Millionen Stimmen.",
        True,
        [("count", 10380000, None, None)],
        None,
    ),
    (
        "de",
        "Der scheidende Präsident hatte im zweiten Wahlgang vor fünf Jahren 9,21 Millionen Stimmen bekommen.",
        True,
        [("ordinal", 2, None, None), ("duration", 5, "year", None), ("count", 9210000, None, None)],
        None,
    ),
    (
        "de",
        "Das ist ein Plus von rund 1,17 Millionen Stimmen, nicht von fast zwei Millionen.",
        True,
        [("count", 1170000, None, "about"), ("count", 2000000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im ersten Wahlgang hatte Malec 8,42 Millionen Stimmen erhalten.",
        True,
        [("ordinal", 1, None, None), ("count", 8420000, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher Malecs sagte auf Anfrage, gemeint gewesen sei der Zuwachs gegenüber dem ersten Wahlgang.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Fazit: Die Zahl stimmt, der Vergleich nicht.", False, [], None),
    # --- Maine Democrats pick governor nominee after ranked-choice count (AP) ---
    (
        "en",
        "AUGUSTA, Maine (AP) — State Senate President Hollis Redfern won Maine's Democratic primary for governor on Tuesday after three rounds of ranked-choice tabulation, the secretary of state's office said.",
        True,
        [("count", 3, None, None)],
        "the secretary of state's office",
    ),
    (
        "en",
        "Redfern finished with 54.8% of the vote in the final round, against 45.2% for former Portland Mayor Dana Cullinane.",
        True,
        [("percent", 54.8, "%", None), ("percent", 45.2, "%", None)],
        None,
    ),
    (
        "en",
        "In the first round a week ago, Redfern had led a field of five candidates with 36.1%.",
        True,
        [("ordinal", 1, None, None), ("count", 5, None, None), ("percent", 36.1, "%", None)],
        None,
    ),
    (
        "en",
        "About 182,000 ballots were cast, roughly 11,400 of which were exhausted after voters' choices had been eliminated.",
        True,
        [("count", 182000, None, "about"), ("count", 11400, None, "about")],
        None,
    ),
    (
        "en",
        "Redfern said her campaign had knocked on more than 200,000 doors since January.",
        True,
        [("count", 200000, None, "over")],
        "Redfern",
    ),
    ("en", '"Maine voters want a governor who shows up, listens and gets things done," Redfern said.', False, [], None),
    (
        "en",
        "Cullinane conceded in a statement and said she would back Redfern in the general election.",
        True,
        [],
        None,
    ),
    # --- USA: Demokratin erobert Sitz in Pennsylvania (dpa) ---
    (
        "de",
        "Washington (dpa) - Die Demokraten haben bei einer Nachwahl im US-Bundesstaat Pennsylvania einen bislang republikanischen Sitz im Repräsentantenhaus erobert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die frühere Staatsanwältin Colleen Ashworth setzte sich nach Zählung der Nachrichtenagentur AP mit 51,6 zu 48,4 Prozent gegen den Republikaner Travis Mulroney durch.",
        True,
        [("percent", 51.6, "%", None), ("percent", 48.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Republikaner verfügen im Repräsentantenhaus mit seinen 435 Sitzen nun nur noch über 219 Abgeordnete, die Demokraten über 213.",
        True,
        [("count", 435, None, None), ("count", 219, None, None), ("count", 213, None, None)],
        None,
    ),
    ("de", "Drei Sitze sind derzeit unbesetzt.", True, [("count", 3, None, None)], None),
    ("de", "Mulroney sprach von „Unregelmäßigkeiten bei der Briefwahl“, nannte aber keine Belege.", False, [], None),
    (
        "de",
        "Bei einer Stichprobe von 2.500 Briefwahlstimmen seien keine Fehler gefunden worden, teilte die Wahlbehörde des Bezirks Allegheny mit.",
        True,
        [("count", 2500, None, None)],
        "die Wahlbehörde des Bezirks Allegheny",
    ),
    (
        "de",
        "Im November werden alle 435 Sitze des Repräsentantenhauses und 35 der 100 Senatssitze neu vergeben.",
        True,
        [("count", 435, None, None), ("count", 35, None, None), ("count", 100, None, None)],
        None,
    ),
    ("de", "Der Präsident nannte die Niederlage auf seiner Plattform „bedeutungslos“.", False, [], None),
    # --- Democrat flips Pennsylvania House seat (AP) ---
    (
        "en",
        "PITTSBURGH (AP) — Democrat Colleen Ashworth won a special election for a vacant U.S. House seat in western Pennsylvania on Tuesday, flipping a district the president carried by 9 points two years ago.",
        True,
        [("percent", 9, "pp", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "With nearly all votes counted, Ashworth had 51.6% to Mulroney's 48.4%, a margin of about 9,300 votes.",
        True,
        [("percent", 51.6, "%", None), ("percent", 48.4, "%", None), ("count", 9300, None, "about")],
        None,
    ),
    ("en", "The Associated Press called the race at 11:52 p.m. EDT.", True, [], None),
    (
        "en",
        "Her victory narrows the Republican majority in the House to 219-213.",
        True,
        [("count", 219, None, None), ("count", 213, None, None)],
        None,
    ),
    (
        "en",
        '"Tonight, the voters of this district said they want someone who will fight for them," Ashworth told supporters in Monroeville.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Mulroney did not concede, saying on social media that he would wait until "every legal ballot" had been counted.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Ashworth said she expected to be sworn in next week, once the county boards certify the result.",
        True,
        [],
        "Ashworth",
    ),
    (
        "en",
        "Turnout was 41.2% of registered voters, according to unofficial county results compiled by the AP.",
        True,
        [("percent", 41.2, "%", None)],
        None,
    ),
    (
        "en",
        "Outside groups spent more than $14 million on advertising in the race, according to AdImpact.",
        True,
        [("money", 14000000, "USD", "over")],
        None,
    ),
    ("en", 'Democrats hailed the result as "a warning to every Republican in a swing seat."', False, [], None),
    # --- Officials push back on Mulroney's fraud claims (AP) ---
    (
        "en",
        "PITTSBURGH (AP) — County elections director Raymond Oduya said a hand check of 2,500 mail ballots had found no discrepancies.",
        True,
        [("count", 2500, None, None)],
        "Raymond Oduya",
    ),
    (
        "en",
        "Mulroney's campaign said it was weighing a lawsuit over about 1,100 mail ballots that arrived without a handwritten date on the envelope.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        "Pennsylvania law allows an automatic recount only if the margin is 0.5 percentage point or less.",
        True,
        [("percent", 0.5, "pp", "up_to")],
        None,
    ),
    (
        "en",
        "Ashworth's margin of 3.2 percentage points is well outside that threshold.",
        True,
        [("percent", 3.2, "pp", None)],
        None,
    ),
    # --- Japan: Tsunoda erst in Stichwahl bestätigt (dpa) ---
    (
        "de",
        "Tokio (dpa) - Japans Parlament hat Kazuhiro Tsunoda erst im zweiten Wahlgang erneut zum Ministerpräsidenten gewählt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "In der Stichwahl im Unterhaus erhielt der 67-Jährige 238 Stimmen, auf Oppositionsführerin Noriko Sakuraba entfielen 151.",
        True,
        [("duration", 67, "year", None), ("count", 238, None, None), ("count", 151, None, None)],
        None,
    ),
    (
        "de",
        "Tsunoda ist damit zum zweiten Mal binnen acht Monaten zum Regierungschef gewählt worden.",
        True,
        [("ordinal", 2, None, None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "„Diese Regierung wird jeden Tag um ihre Mehrheit ringen müssen“, sagte der Politikwissenschaftler Takeshi Murozumi von der Keio-Universität.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tsunoda kündigte an, noch vor der Sommerpause einen Nachtragshaushalt von 11,2 Billionen Yen vorzulegen.",
        True,
        [("money", 11200000000000, "JPY", None)],
        None,
    ),
    (
        "de",
        "Darin sollen Zuschüsse von 25.000 Yen für jeden Haushalt mit niedrigem Einkommen enthalten sein.",
        True,
        [("money", 25000, "JPY", None)],
        None,
    ),
    ("de", "Ob die Volkspartei dem Haushalt zustimmt, ließ Hamasaki offen.", False, [], None),
    # --- Japan's Tsunoda re-elected PM in runoff vote (Reuters) ---
    (
        "en",
        "TOKYO, June 17 (Reuters) - Japan's parliament re-elected Kazuhiro Tsunoda as prime minister on Wednesday, but only in a runoff after he failed to win a majority in the first round of voting.",
        True,
        [("date", "--06-17", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "In the lower house runoff, Tsunoda received 238 votes to 151 for opposition leader Noriko Sakuraba, with 74 ballots declared invalid.",
        True,
        [("count", 238, None, None), ("count", 151, None, None), ("count", 74, None, None)],
        None,
    ),
    (
        "en",
        "The upper house, where the coalition retains a majority, also backed Tsunoda, by 131 votes to 102.",
        True,
        [("count", 131, None, None), ("count", 102, None, None)],
        None,
    ),
    (
        "en",
        "It was the second time in two years that the vote for prime minister went to a runoff.",
        True,
        [("ordinal", 2, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Tsunoda said he would keep 14 of his 19 cabinet ministers in their posts.",
        True,
        [("count", 14, None, None), ("count", 19, None, None)],
        "Tsunoda",
    ),
    (
        "en",
        '"I will govern with humility and listen to every party," Tsunoda told reporters after the vote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Opposition lawmakers predicted the minority government would not survive until the next budget.",
        False,
        [],
        None,
    ),
    # --- Polen: Malec kündigt Referendum an (dpa) ---
    (
        "de",
        "Warschau (dpa) - Polens gewählter Präsident Krystian Malec hat angekündigt, in den ersten 100 Tagen seiner Amtszeit ein Referendum über die EU-Migrationsregeln anzustoßen.",
        True,
        [("ordinal", 1, None, None), ("duration", 100, "day", None)],
        None,
    ),
    (
        "de",
        "Malec sagte, er werde zudem ein Gesetz zur Anhebung des steuerfreien Einkommens auf 48.000 Zloty vorlegen.",
        True,
        [("money", 48000, "PLN", None)],
        "Malec",
    ),
    (
        "de",
        "Das Finanzministerium bezifferte die Kosten auf rund 42 Milliarden Zloty im Jahr.",
        True,
        [("money", 42000000000, "PLN", "about")],
        None,
    ),
    (
        "de",
        "„Ich werde der Präsident aller Polen sein, auch derer, die mich nicht gewählt haben“, sagte Malec.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierungskoalition verfügt im Sejm über 241 der 460 Sitze, für das Überstimmen eines Vetos wären 276 Stimmen nötig.",
        True,
        [("count", 241, None, None), ("count", 460, None, None), ("count", 276, None, None)],
        None,
    ),
    ("de", "Der Ministerpräsident warnte vor einer „Blockade auf Jahre“.", False, [], None),
    (
        "de",
        "In seiner bisherigen Amtszeit hat der scheidende Präsident 27 Gesetze mit einem Veto belegt.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Ob Malec als Präsident stärker auf Konfrontation setzt als sein Vorgänger, wird sich erst nach der Vereidigung zeigen.",
        False,
        [],
        None,
    ),
    # --- French president opens talks on new prime minister (Reuters) ---
    (
        "en",
        "PARIS, June 17 (Reuters) - The French president began two days of talks with party leaders on Wednesday in search of a prime minister able to survive a no-confidence vote in the hung National Assembly.",
        True,
        [("date", "--06-17", None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Left-wing lawmaker Clémence Arnoux told reporters after a 90-minute meeting that the left was ready to govern without the National Rally's support.",
        True,
        [("duration", 90, "minute", None)],
        "Clémence Arnoux",
    ),
    ("en", '"We will not be the crutch of a minority that lost," Arnoux said.', False, [], None),
    (
        "en",
        "The left would need at least 120 votes from outside its ranks to reach a majority.",
        True,
        [("count", 120, None, "at_least")],
        None,
    ),
    (
        "en",
        "France's 10-year borrowing costs rose 9 basis points to 3.71%, widening the gap over German Bunds to 86 basis points.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 9, "bp", None),
            ("percent", 3.71, "%", None),
            ("percent", 86, "bp", None),
        ],
        None,
    ),
    (
        "en",
        "The National Rally's parliamentary group elected 31-year-old Axel Rochefontaine as its leader on Wednesday by 171 votes to 12.",
        True,
        [("duration", 31, "year", None), ("count", 171, None, None), ("count", 12, None, None)],
        None,
    ),
    ("en", "Whether any candidate can hold a majority together for long is doubtful, analysts said.", False, [], None),
    # --- Niederlande: Koalitionsverhandlungen beginnen (dpa) ---
    (
        "de",
        "Den Haag (dpa) - In den Niederlanden haben am Mittwoch die formellen Verhandlungen über eine Viererkoalition aus D66, CDA, VVD und JA21 begonnen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Geleitet werden die Gespräche von dem früheren Staatsrat Gerrit Hoogendijk, die Parteien wollen bis zum 3. Juli einen Koalitionsvertrag vorlegen.",
        True,
        [("date", "--07-03", None, None)],
        None,
    ),
    (
        "de",
        "Seit der Wahl vor 97 Tagen waren bereits drei Sondierungen mit anderen Parteien gescheitert.",
        True,
        [("duration", 97, "day", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "D66-Chef Jorrit van Lindeboom sagte, seine Partei beanspruche sechs der geplanten 15 Ministerien.",
        True,
        [("count", 6, None, None), ("count", 15, None, None)],
        "Jorrit van Lindeboom",
    ),
    ("de", "„Wir verhandeln zügig, aber nicht überhastet“, sagte van Lindeboom.", False, [], None),
    (
        "de",
        "Laut einer Umfrage von Ipsos I&O befürworten 41 Prozent der Niederländer die geplante Koalition, 44 Prozent lehnen sie ab.",
        True,
        [("percent", 41, "%", None), ("percent", 44, "%", None)],
        None,
    ),
    ("de", "Die PVV kündigte „harte Opposition vom ersten Tag an“ an.", False, [("ordinal", 1, None, None)], None),
    # --- Dutch coalition talks get under way (Reuters) ---
    (
        "en",
        "THE HAGUE, June 17 (Reuters) - Former Council of State member Gerrit Hoogendijk will lead formal Dutch coalition talks that began on Wednesday, the four parties said in a joint statement.",
        True,
        [("date", "--06-17", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The parties have set aside 20 days for the negotiations, with a first draft of the agreement due on June 29.",
        True,
        [("duration", 20, "day", None), ("ordinal", 1, None, None), ("date", "--06-29", None, None)],
        None,
    ),
    (
        "en",
        '"Nobody should expect miracles, but everyone can expect seriousness," Hoogendijk told reporters.',
        False,
        [],
        None,
    ),
    # --- Frankreich: Die neue Nationalversammlung in Zahlen (dpa) ---
    (
        "de",
        "Paris (dpa) - In der neuen französischen Nationalversammlung sitzen 214 Abgeordnete, die zum ersten Mal gewählt wurden.",
        True,
        [("count", 214, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Frauenanteil sinkt nach Berechnungen der Zeitung „Le Monde“ auf 35,7 Prozent, nach 37,3 Prozent in der vorigen Legislaturperiode.",
        True,
        [("percent", 35.7, "%", None), ("percent", 37.3, "%", None)],
        None,
    ),
    (
        "de",
        "Das Durchschnittsalter der Abgeordneten liegt bei 49 Jahren.",
        True,
        [("duration", 49, "year", None)],
        None,
    ),
    (
        "de",
        "Jüngster Abgeordneter ist ein 23 Jahre alter RN-Politiker aus dem Département Aisne.",
        True,
        [("duration", 23, "year", None)],
        None,
    ),
    (
        "de",
        "Ihre Wahlkampfkosten bekommen nur Kandidaten erstattet, die im ersten Wahlgang mindestens 5 Prozent der Stimmen erreicht haben.",
        True,
        [("ordinal", 1, None, None), ("percent", 5, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Die Obergrenze für die Ausgaben lag je nach Wahlkreis bei etwa 60.000 bis 80.000 Euro.",
        True,
        [("money", 60000, "EUR", "about"), ("money", 80000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Jeder vierte RN-Abgeordnete hat nach einer Auswertung der Nachrichtenagentur AFP zuvor kein politisches Amt ausgeübt.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Die konstituierende Sitzung der Nationalversammlung ist für den 25. Juni angesetzt.",
        True,
        [("date", "--06-25", None, None)],
        None,
    ),
]
