"""Eighty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article, nor any list of the engine's misses).
People, studies and figures are made up (Beate Gillessen, Gottfried Reisinger, Urs Kälin,
Harald Brenneisen, Franz-Josef Ellinger, Anne Lübbers, Sabine Kortum, Ruth Meiners, Claudia
Vogt, Johannes Aichberger, Anton Walchshofer, Theresa Gmeiner, the "Glaubensbarometer";
Terrence Mahoney, Alicia Dorsey, Karen Whitley, Daniel Keane, Martin Rowe, Marjorie
Lindgren, Giulia Ferrante, Alex Richardson); real churches, dioceses, bodies, pollsters,
statistics offices and places ("Deutsche Bischofskonferenz", "EKD", "Zentralkomitee der
deutschen Katholiken", "Österreichische Bischofskonferenz", "Erzdiözese Wien", "Erzdiözese
Salzburg", "Diözese Eisenstadt", "Diözese Feldkirch", "Stephansdom", "Schweizerisches
Pastoralsoziologisches Institut", "Bistum Fulda", "Staatsanwaltschaft Fulda", "Hilfetelefon
Sexueller Missbrauch", "Synodaler Ausschuss", "Deutscher Evangelischer Kirchentag", "Forsa",
"RTL", "ntv", "Bundesfamilienministerium", "Diakonie", "Deutscher Freiwilligensurvey",
"Statistisches Bundesamt", "Statistik Austria", "Market", "Papst Leo XIV."; "Church of
England", "General Synod", "Bishop of Truro", "Archdiocese of Dubuque", "Diocese of
Ogdensburg", "Holy See press office", "College of Cardinals", "Pew Research Center",
"Gallup", "Georgetown University's Center for Applied Research in the Apostolate", "Office
for National Statistics", "Community Life Survey", "Centers for Disease Control and
Prevention", "Southern Baptist Convention", "Scottish Catholic Safeguarding Standards
Agency", "Secretariat for the Economy", "Catholic Bishops' Conference of England and Wales",
"Clifton Cathedral", "AP-NORC", "AmeriSpeak") stand for the way wire copy names them; every
figure, vote, finding, appointment, date and quote here is invented.

Its weight: RELIGION, CHURCHES AND SOCIETY SURVEYS as KNA, epd, Kathpress (KAP), APA, dpa,
sda, Reuters, AP and PA file them. Half German: the Catholic church statistics for Germany
(leavers "genau 318.457", baptisms, church weddings, Sunday attendance, ordinations,
re-entries; KNA), the EKD's membership and church tax (epd), Catholic leavers in Austria with
the dioceses and the Kirchenbeitrag (Kathpress), Swiss Catholic leavers ("36'412", «»
quotes; sda), an abuse study in a diocese (victims, accused by group, ages, pages, cost,
recognition payments; KNA), an EKD synod's budget vote and a Synodaler Ausschuss vote with its
two-thirds majority of bishops, a Kirchentag with its programme and budget (dpa), a Forsa
trust ranking with fieldwork dates, sample and "Fehlertoleranz" (dpa), the loneliness
barometer (epd), the volunteering survey (KNA), marriages, divorces and births (Destatis,
dpa), households in Austria (APA), the pope's trip to South America and Austrian pilgrims
(KNA, KAP), a new bishop of Feldkirch (KAP) and an Austrian survey on belief (APA). Half
English: Church of England attendance (PA), a General Synod vote on a redress fund by houses
(Reuters), a state report on clergy abuse in Iowa and a diocese's bankruptcy settlement (AP,
Reuters), the pope's Africa trip and a consistory (Reuters, AP), Pew's religious landscape
and Gallup's church membership and trust figures, U.S. priests and parishes, loneliness and
volunteering (ONS, Community Life Survey; PA), marriages, divorces and fertility in England
and Wales (PA), U.S. births (AP), Southern Baptist membership and a vote short of two-thirds
(AP), German church tax (Reuters), a Scottish safeguarding audit (PA), Vatican finances
(Reuters), a new Bishop of Clifton (PA) and an AP-NORC poll on volunteering. Forms: numbers
as words ("sieben der 27 Bistümer", "drei enthielten sich", "zwölf Jahre lang", "gut neun
Monate", "drei von zehn", "jede achte", "seven decades", "twice a year", "Eleven cases",
"three-quarters"), compounds ("fünftägigen", "18- bis 29-Jährigen", "Einpersonenhaushalte",
"Zweidrittelmehrheit", "Flugkilometer", "387-page", "70-year-old", "second-youngest",
"10-day"), shares of respondents in percent, fractions and "X in 10", samples, margins in
percentage points, fieldwork ranges ("vom 2. bis 5. Januar", "Jan. 6-28", "between 8 October
and 2 November"), age bands and bounds ("ab 14 Jahren", "über 75 Jahren", "80 Jahre oder
älter", "aged 70 and over", "Adults 60 and older", "under 30"), tallies of synods by house
("bishops voting 29-4"), hedges ("rund", "etwa", "knapp", "fast", "gut", "mehr als",
"mindestens", "weniger als", "jünger als", "about", "around", "roughly", "some", "nearly",
"more than", "at least", "up to", "just under") and attribution ("wie ... mitteilte",
"teilte ... mit", "so die Erzdiözese", "laut Finanzkammer", "sagte X", Konjunktiv I, "the
church said", "according to ...", "the pope told pilgrims"). Negatives as such copy has
them: quoted rhetoric of bishops, a council president, a synod's lead bishop, a Kirchentag
secretary-general, ministers and a pastor, sermon lines (a cardinal's "Brücken statt Mauern",
a Gospel quotation to ordinands), a pope's greeting, prayers and a blessing ("Herr, segne
dieses Land ...", "Gott, schenke uns ... Amen.", "May God bless you all ..."), appeals ("mahnte
das Zentralkomitee", "Die Diakonie rief ... auf", "is urged to call the attorney general's
hotline"), quoted and reported evaluations ("nannte die Studie einen „... Schritt“", "sprach
von einem „dramatischen Vertrauensverlust“", "criticised the scheme as too little, too
late", "Vatican watchers said the picks reflected ...", "Demografen sehen darin ...",
"meint die Religionssoziologin ..."), open questions, warnings without a figure, a vox pop,
and boilerplate (a help-line line, a service line to the study, a Reuters credit, AP's
funding line, a statement of commitment).

232 rows (116 German, 116 English), 49 negatives (23 German, 26 English), 183 check-worthy
rows of which 5 carry no figure (4 German, 1 English), 373 expected quantities (135 counts,
62 percentages - 4 of them in percentage points -, 49 durations, 48 years, 24 fractions, 21
dates, 20 amounts of money - 13 EUR, 4 USD, 3 GBP -, 14 ordinals; 1 of them in a negative),
27 checked speakers (13 German, 14 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
once with case and punctuation normalised and once with case only) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches); the KNA headline "Katholische Kirche verliert erneut mehr als 300.000 Mitglieder"
  is check-worthy (300,000 "over"). A Konjunktiv I paraphrase reporting a fact or a figure is
  check-worthy with its own attribution ("Die Zahl der Austritte liege damit zum zweiten Mal
  in Folge unter dem Rekordwert von 2022, sagte Bischofskonferenz-Sekretärin Beate
  Gillessen." -> "Beate Gillessen"; "Die Taten seien in 61 Pfarreien ... verübt worden, sagte
  Studienleiter Harald Brenneisen." -> "Harald Brenneisen"; "Besonders stark sei das
  Engagement ..., sagte Studienautorin Claudia Vogt." -> "Claudia Vogt"), as in the
  forty-first, seventieth and seventy-eighth batches; a Konjunktiv I verdict or appeal is a
  negative ("Die Kirche müsse ... reformieren, mahnte das Zentralkomitee ...", "Religiosität
  verschwinde nicht, ..., meint die Religionssoziologin ..."). Check-worthy without a
  figure: the reasons for leaving named in an earlier study, the authors' estimate of the
  unreported cases ("auf ein Vielfaches" a vague magnitude, none, as "Hunderttausende",
  seventy-eighth), a statute still needing the Vatican's approval (a procedure's next step,
  seventieth), a bishop's appointment ("Papst Leo XIV." none, a Roman numeral in a name,
  forty-fifth), the pope's meeting with refugees announced by the Vatican.
- Church statistics are counts (forty-first and forty-fifth): leavers, members, baptisms,
  couples, ordinations, re-entries, conversions, births, marriages, divorces, households,
  attendance, buildings, clergy, parishes, cardinals, electors, allegations. "genau
  318.457" carries no hedge ("genau" no hedge, thirty-seventh); "in sieben der 27 Bistümer",
  "Roughly 3,300 of the country's 16,400 parishes", "38 ... allegations ..., 21 of which",
  "18 new cardinals, 14 of whom" two counts each (a definite group, forty-first; "whom",
  "which" pronouns); "keine einzige Weihe" none; "die 20 Landeskirchen" count 20
  (seventy-eighth); "the two churches", "all three houses", "the three houses" counts 2 and 3
  ("all" no hedge, forty-first: "all seven battleground states"); "Das 128 Mitglieder
  zählende Kirchenparlament" count 128.
- Abuse studies: victims and accused are counts ("mindestens 328" "at_least", "151
  Beschuldigte, darunter 119 Priester, 14 Ordensleute und 18 Laien" four counts, "At least
  148 ... more than 610 children" "at_least" and "over", "Of the accused, 97 ... and only 11"
  counts, "only" no hedge); "zwischen 1946 und 2021" and "from 1950 to 2022" both years
  ("zwischen" no hedge, eighty-first); "jünger als 14 Jahre" 14 years "under" (eighteenth and
  thirty-ninth: "jünger als 18 Jahre"); "between the ages of 10 and 14" 10 and 14 years;
  "Der Abschlussbericht umfasst 1.146 Seiten" and "The 387-page report" counts (seventy-sixth:
  "a 38-page dissent"); recognition payments and settlements are money ("von insgesamt 4,9
  Millionen Euro" no hedge, "im Schnitt gut 34.500 Euro" "over" - "gut" is the hedge, "im
  Schnitt" none, seventy-eighth; "$148.5 million", "about $61 million", "about $96
  million"). "over seven decades" is 70 years with no hedge - "seven decades" read as "sechs
  Jahrzehnten" 60 years (sixty-third), "over" before it the preposition of the span, as
  "over four days" (twenty-fifth and forty-first). New: "would be paid over 10 years" is 10
  years with no hedge - "over" before a payment term names the span it runs over, as "38%
  ... over four years" (forty-eighth) and "2,5 Prozent ... über 24 Monate" (seventy-eighth),
  not a bound on the figure. "Chapter 11" carries none (fifty-ninth).
- Votes and tallies are counts (forty-first and seventy-sixth): "104 Synodale, sieben
  stimmten dagegen, drei enthielten sich", "mit 43 Ja-Stimmen bei 8 Gegenstimmen und 2
  Enthaltungen" (the hyphen of "Ja-" no sign, seventy-sixth), "mit 19 von 26 Stimmen",
  "bishops voting 29-4, clergy 151-37 and laity 148-52" two counts per house (as "fell
  54-45", seventy-sixth), "11 abstentions"; "Zweidrittelmehrheit" and "the two-thirds
  majority needed" 0.6667 (forty-fifth); "voted 61% to 39%" two percentages.
- Surveys (twenty-third, forty-first, seventy-sixth): shares, samples, fieldwork dates and
  margins are check-worthy. "plus/minus 2,5 Prozentpunkten", "plus or minus 0.8 / 4 / 3.8
  percentage points" pp with no hedge; "vom 2. bis 5. Januar", "Jan. 6-28", "Feb. 6-10" two
  dates each, "between 8 October and 2 November" --10-08 and --11-02 (British day-month,
  fifty-fifth); "between July 2023 and March 2024" the years. Proportions without an article
  are fractions (twenty-seventh, relabelled: "drei von vier Befragten" 0.75): "drei von
  zehn" 0.3, "roughly 4 in 10" 0.4 "about", "Roughly 3 in 10" 0.3 "about" (seventy-sixth:
  "About 4 in 10"); "gut jeder Dritte" 0.3333 "over", "nur jeder Zehnte" 0.1 ("nur" no
  hedge), "Gut jeder vierte Mensch" 0.25 "over", "etwa jede achte Person" 0.125 "about"
  (thirty-sixth: "fast jede achte Stelle"), "Jede fünfte allein lebende Person" 0.2,
  "etwa die Hälfte", "About half", "rund der Hälfte" 0.5 "about", "Mehr als die Hälfte" 0.5
  "over", "weniger als die Hälfte" 0.5 "under" (forty-first), "About a third", "about a
  third below" 0.3333 "about" (a share before a comparative, twenty-fourth), "About a
  quarter" 0.25 "about", "Just under a quarter" 0.25 "under" (seventieth: "just under a
  fifth"), "roughly three-quarters" 0.75 "about", "fast ein Fünftel weniger" 0.2 "nearly".
- Ages of respondents and age bounds: "18- bis 29-Jährigen" 18 and 29 years (twenty-third:
  "15- bis 24-Jährigen"), "aged 16 to 29", "aged 15 to 44" both, "zwischen 14 und 19 Jahren"
  both ("zwischen" no hedge), "bei Menschen über 75 Jahren" 75 years "over" (forty-first:
  "der über 65-Jährigen"), "Bei den unter 30-Jährigen" and "Among adults under 30" 30 years
  "under" (forty-ninth: "young people under 18", a bare figure after an age word is an age),
  "aged 70 and over" and "Adults 60 and older" "at_least" (forty-ninth: "aged 65 and over").
  New: "Personen ab 14 Jahren", "der Menschen ab 14 Jahren" and "Menschen ab 16 Jahren" are
  14 and 16 years "at_least" - "ab" straight before a figure that bounds a surveyed group
  from below, as "für Einkommen ab 277.826 Euro" (fifty-third), not a starting price ("ab
  69,90 Euro", forty-eighth); new: "80 Jahre oder älter" is 80 years "at_least", as "aged 25
  or over" (forty-ninth). New: "14 of whom are under 80" (cardinals eligible to vote) is 80
  years "under" - the bare figure after the people it describes is their age, as "Children
  under 5" (forty-ninth).
- Other ages are durations in years (every earlier batch): "Der 56-Jährige", "Der
  70-jährige Papst", "The 70-year-old pontiff", "a 51-year-old archbishop", "Monsignor Daniel
  Keane, 59,", "Marjorie Lindgren, 72," (in a negative vox pop, labelled, seventy-sixth);
  "das Rücktrittsalter von 75 Jahren" and "the retirement age of 75" 75 years (an age, as
  "the rise to 68", sixty-seventh); "whose average age is 34" 34 years (as "Actor Wendell
  Price is 88.", sixty-third); life-course averages "30,5 Jahre alt, Väter 33,3 Jahre", "35.2
  years for men and 33.1 years for women", "30.9 years" (forty-first: mothers' ages);
  "ihres ersten Kindes" and "at their first birth" ordinal 1 (forty-first).
- Demographic rates: "1,34 Kinder je Frau" and "1.39 children per woman" counts (forty-first:
  "1,31 Kinder pro Frau"; "je Frau", "per woman" none); "53.8 births per 1,000 women" counts
  53.8 and 1000 (sixty-ninth: "36 deaths per 1,000 live births"); "von 2,70 auf 2,18 Personen"
  counts 2.7 and 2.18 (forty-first); "Einpersonenhaushalte" count 1 (forty-first).
- Durations: "15 Jahre und vier Monate" two durations (sixty-seventh: "mit 62 Jahren und
  sechs Monaten"), "vor fünf Jahren", "zwölf Jahre lang", "vier Tage lang", "gut neun Monate
  lang" 9 months "over", "mit sieben Tagen", "4,1 Stunden pro Woche" 4.1 hours ("pro Woche"
  none), "alle fünf Jahre" 5 years (thirtieth), "fünftägigen" 5 days and "a 10-day trip" 10
  days (the issue: "dreitägige Reise"), "to run for five years"; none: "im vergangenen
  Jahr", "im Vorjahr", "im Jahr davor", "ein Jahr zuvor", "seit Jahren", "a year earlier",
  "a decade earlier", "a decade ago" (an article, sixty-third: "more than a decade"), "in the
  past year", "for several years", "every month", "every day", "the year before".
- Counts of frequency: "twice a year" count 2 (seventieth: "zweimal wöchentlich"; "a year"
  none). "more than twice as likely" count 2 "times" "over" (fifty-sixth: "more than twice
  as fast").
- Ordinals: "zum zweiten Mal in Folge" 2 (the issue), "der zweithöchsten Zahl" 2 (the issue:
  "die drittgrößte Stadt"), "the second-youngest member" 2 (seventy-sixth: "der
  zweitwichtigste"), "Zum 40. Deutschen Evangelischen Kirchentag" 40, "die fünfte
  Auslandsreise" 5, "der erste Besuch" and "the first papal visit" 1, "der sechste Bischof"
  6, "the ninth Bishop of Clifton" 9 (sixty-third: "the 98th Bishop"), "for a third
  consecutive year" 3, "for the 18th straight year" 18, "a second consecutive annual
  increase" 2 ("consecutive", "straight" no hedge, seventy-sixth). "erstmals" none
  (forty-first).
- Percentages: "mit minus 2,9 Prozent ... mit minus 1,1 Prozent" -2.9 and -1.1 ("minus" a
  sign on the figure, third and seventy-third); "ein Minus von 1,9 Prozent" 1.9 (the noun
  "Minus" no sign, thirty-eighth and seventy-third); "unter 20 Prozent" "under"; "8% or 9%"
  two percentages (eighty-first: figures joined by "or" are two, no hedge).
- Money: "6,02 Milliarden Euro", "rund 512 Millionen Euro", "262,4 Millionen Euro", "21,8
  Millionen Euro, davon ... 8,5 Millionen" both EUR (the unit written once serves the list,
  seventy-sixth; "zusammen" no hedge); "a 93 million pound fund" and "from 10,000 pounds to
  250,000 pounds" GBP; "about 12.2 billion euros ($13.2 billion)" EUR "about" and USD with no
  hedge (the hedge stands before the first figure only, seventy-eighth); "52.1 million euros
  ..., up from 48.4 million euros", "384 million euros", "70 million euros" EUR.
- Distances and crowds are counts (forty-fifth: "rund 32.000 Kilometer"): "rund 23.500
  Flugkilometer" 23500 "about" (a figure before a glued unit noun), "some 15,800 km (9,800
  miles)" 15800 "about" and 9800 with no hedge (seventy-eighth: "about 100 kilometers (60
  miles)"), "up to 1.5 million people" "up_to", "rund 100.000 Dauerteilnehmende" "about".
  New: "vor erwarteten 800.000 Gläubigen" is 800,000 with no hedge - "erwartet" names an
  expectation, not a bound on the figure, as "projected" and "estimated by" are no hedges
  where only "an estimated" is ("an estimated" "about", forty-first).
- Years and dates: "seit 2019", "seit 2018", "seit 2009", "seit 1999", "seit 1988", "bis
  2035", "Bis 2050", "Ende 2024", "im Jahr ... 2017", "die 1968 errichtete Diözese", "since
  1990", "by 2002", "in July 2023", "in 1975", "in 2005", "founded in 1850", "since records
  began in 1837" years; "in 2013-14" 2013 and 2014 (forty-fifth: "2024-25"); "vom 30. April
  bis 4. Mai", "vom 18. bis 24. Juni", "am 12. Oktober", "für den 8. Dezember", "on Dec. 7",
  "on 19 March" dates without a year; Reuters datelines with a day ("LONDON, Feb 11",
  "VATICAN CITY, Sept 2", "VATICAN CITY, June 28", "BERLIN, March 27" and the city-less
  "Oct 3 (Reuters)", seventy-third) dates without a year; KNA, epd, KAP, APA, dpa, sda, AP
  and PA datelines none ("DES MOINES, Iowa (AP) —", "NASHVILLE, Tenn. (AP) —"); months and
  seasons alone ("im Februar", "im Juni", "im Sommer", "in late November", "in March", "in
  early 2026" the year) and weekdays none. "Papst Leo XIV." and "Pope Paul VI" none
  (forty-fifth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "Around", "roughly", "Roughly", "some", "Some" "about"; "knapp", "Knapp", "fast", "Nearly"
  "nearly"; "mehr als", "Mehr als", "gut", "Gut", "more than", "More than" "over"; "weniger
  als", "jünger als", "unter", "under", "Just under" "under"; "mindestens", "At least", "at
  least" "at_least"; "up to" "up_to"; "genau", "insgesamt", "Insgesamt", "im Schnitt", "im
  Durchschnitt", "nur", "nur noch", "Nur noch", "Selbst", "zusammen", "Only", "only", "Just",
  "just", "A further", "an average of", "still" no hedge.
- Speakers, checked only in forms the earlier batches settled, and one decided here: "wie
  die Deutsche Bischofskonferenz am Donnerstag in Bonn mitteilte" -> "die Deutsche
  Bischofskonferenz" and "teilte die EKD am Mittwoch in Hannover mit" -> "die EKD" (the place
  dropped, seventy-eighth), "teilte die Österreichische Bischofskonferenz am Dienstag mit",
  "teilte die Diözese mit", "teilte die Erzdiözese Wien mit", "teilte die Statistik Austria
  am Montag mit", "wie das Statistische Bundesamt am Freitag mitteilte", "so die Erzdiözese"
  the source with its article in the nominative (forty-first and forty-fifth); "laut
  Finanzkammer" -> "Finanzkammer" as written (twenty-fourth: "laut Finanzministerium"); a
  title before a name dropped ("Bischofskonferenz-Sekretärin", "Studienleiter",
  "Forsa-Projektleiterin", "Studienautorin", forty-first). English: "the church said" ->
  "the church" (forty-first), "the Vatican said on Tuesday" and "..., the Vatican said." ->
  "the Vatican" (forty-fifth), "the ONS said", "according to the Office for National
  Statistics", "according to the Pew Research Center" with the article in lower case
  (forty-first), "according to Gallup" as written (as "according to OpenSecrets", forty-first),
  "the denomination said", "the Secretariat for the Economy said", "the Scottish Catholic
  Safeguarding Standards Agency said", "the Catholic Bishops' Conference of England and Wales
  said" with the article in lower case, "The Archdiocese of Dubuque said ..." opening the
  sentence as written (forty-fifth: "The British Museum said ..."). New: "the pope told
  pilgrims in St. Peter's Square" -> "the pope", a common noun with its article as "the
  premier said" (sixty-third) and "X told reporters". Left unchecked (None): "nach
  EKD-Angaben" (seventy-eighth), "teilte das vatikanische Presseamt mit" (an adjective heading
  the source, seventieth), "spricht von" (no verb of telling a fact), "heißt es in dem
  Bericht", "the report said", "according to the report", "according to a court filing",
  "the filing showed", "according to a schedule released by the Holy See press office"
  (documents, seventy-sixth), "wie aus dem Deutschen Freiwilligensurvey hervorgeht", "laut
  Prognose" (a document, sixty-third: "laut Geschäftsbericht"), "according to provisional
  figures from the Centers for Disease Control and Prevention" (forty-first: "according to
  provisional figures"), "a new AP-NORC poll finds", "a government survey shows", "its annual
  audit shows", "new figures show", "Gallup polled" (polls and data, forty-first), "according
  to their own figures" (as "nach eigenen Angaben", forty-first); new: "according to
  Georgetown University's Center for Applied Research in the Apostolate" is left unchecked -
  the possessive heading the source is as unsettled as an adjective heading it (seventieth).
  Rows without attribution and all negatives are unchecked.
- Negatives (sixty-third, seventy-sixth, seventy-eighth, eighty-first): quoted rhetoric and
  feeling of clergy, officials, a researcher, a demographer and a pastor; sermon lines (a
  cardinal's call reported with its catchword, a Gospel quotation to new priests) and a pope's
  greeting; prayers and a blessing; appeals ("mahnte", "rief ... auf", "is urged to call");
  reported verdicts and catchwords; observers' and critics' assessments without a figure
  ("Vatican watchers said ...", "Critics have long questioned ...", "Charities have warned
  ...", "Demografen sehen darin ...", "The figures are likely to fuel debate ..."); open
  questions ("Ob der Rückgang ...", "Whether the plateau will last ..."); a diocese's
  statement of commitment in quotes; a help-line line and a service line pointing to the
  study (seventy-second and eighty-first); a Reuters credit (seventieth); AP's funding line
  (seventy-sixth). None carries a figure except the vox pop ("Marjorie Lindgren, 72,"
  labelled 72 years, seventy-sixth: a voter's quoted feeling with an age).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_83 = [
    # --- Katholische Kirchenstatistik 2024 (KNA) ---
    ("de", "Katholische Kirche verliert erneut mehr als 300.000 Mitglieder", True, [("count", 300000, None, "over")], None),
    ("de", "Bonn (KNA) - Aus der katholischen Kirche in Deutschland sind im vergangenen Jahr genau 318.457 Menschen ausgetreten, wie die Deutsche Bischofskonferenz am Donnerstag in Bonn mitteilte.", True, [("count", 318457, None, None)], "die Deutsche Bischofskonferenz"),
    ("de", "Das sind rund 4,6 Prozent weniger als 2023, als 333.812 Katholikinnen und Katholiken der Kirche den Rücken gekehrt hatten.", True, [("percent", 4.6, "%", "about"), ("year", 2023, None, None), ("count", 333812, None, None)], None),
    ("de", "Die Zahl der Austritte liege damit zum zweiten Mal in Folge unter dem Rekordwert von 2022, sagte Bischofskonferenz-Sekretärin Beate Gillessen.", True, [("ordinal", 2, None, None), ("year", 2022, None, None)], "Beate Gillessen"),
    ("de", "Der katholischen Kirche gehören nun noch knapp 19,3 Millionen Menschen an, was einem Bevölkerungsanteil von 22,9 Prozent entspricht.", True, [("count", 19300000, None, "nearly"), ("percent", 22.9, "%", None)], None),
    ("de", "Die Zahl der Taufen sank um 6.110 auf 109.822.", True, [("count", 6110, None, None), ("count", 109822, None, None)], None),
    ("de", "Kirchlich getraut wurden 31.540 Paare, fast ein Fünftel weniger als vor fünf Jahren.", True, [("count", 31540, None, None), ("fraction", 0.2, None, "nearly"), ("duration", 5, "year", None)], None),
    ("de", "Den sonntäglichen Gottesdienst besuchten im Schnitt nur noch 6,1 Prozent der Katholiken, nach 6,4 Prozent im Jahr davor.", True, [("percent", 6.1, "%", None), ("percent", 6.4, "%", None)], None),
    ("de", "Zu Priestern geweiht wurden bundesweit 29 Männer, in sieben der 27 Bistümer gab es keine einzige Weihe.", True, [("count", 29, None, None), ("count", 7, None, None), ("count", 27, None, None)], None),
    ("de", "Wieder in die Kirche eingetreten sind 4.127 Menschen, hinzu kamen 1.630 Übertritte aus anderen Konfessionen.", True, [("count", 4127, None, None), ("count", 1630, None, None)], None),
    ("de", "„Hinter jeder dieser Zahlen steht ein Mensch, den wir nicht mehr erreicht haben“, sagte der Vorsitzende der Bischofskonferenz.", False, [], None),
    ("de", "Die Kirche müsse ihre Strukturen ehrlicher und schneller reformieren, mahnte das Zentralkomitee der deutschen Katholiken.", False, [], None),

    # --- EKD-Statistik (epd) ---
    ("de", "Hannover (epd) - Die evangelische Kirche hat Ende 2024 noch rund 17,6 Millionen Mitglieder gezählt.", True, [("year", 2024, None, None), ("count", 17600000, None, "about")], None),
    ("de", "Das waren etwa 580.000 weniger als ein Jahr zuvor, teilte die EKD am Mittwoch in Hannover mit.", True, [("count", 580000, None, "about")], "die EKD"),
    ("de", "Rund 338.000 Menschen traten aus, rund 389.000 Mitglieder starben.", True, [("count", 338000, None, "about"), ("count", 389000, None, "about")], None),
    ("de", "Dem standen nach EKD-Angaben 126.400 Taufen und knapp 21.000 Eintritte gegenüber.", True, [("count", 126400, None, None), ("count", 21000, None, "nearly")], None),
    ("de", "Das Kirchensteueraufkommen der 20 Landeskirchen lag bei 6,02 Milliarden Euro, ein Minus von 1,9 Prozent.", True, [("count", 20, None, None), ("money", 6020000000, "EUR", None), ("percent", 1.9, "%", None)], None),
    ("de", "Inflationsbereinigt entspricht das einem Rückgang von mehr als zehn Prozent seit 2019.", True, [("percent", 10, "%", "over"), ("year", 2019, None, None)], None),
    ("de", "„Wir werden kleiner, aber wir bleiben da, wo Menschen uns brauchen“, sagte die Ratsvorsitzende.", False, [], None),

    # --- Kirchenaustritte Österreich (Kathpress) ---
    ("de", "Wien (KAP) - Aus der katholischen Kirche in Österreich sind im Vorjahr 78.416 Menschen ausgetreten, um 7,3 Prozent weniger als 2023.", True, [("count", 78416, None, None), ("percent", 7.3, "%", None), ("year", 2023, None, None)], None),
    ("de", "Gleichzeitig traten 5.871 Personen wieder ein oder erstmals bei, teilte die Österreichische Bischofskonferenz am Dienstag mit.", True, [("count", 5871, None, None)], "die Österreichische Bischofskonferenz"),
    ("de", "Die Zahl der Katholikinnen und Katholiken sank damit auf 4,55 Millionen, erstmals weniger als die Hälfte der Bevölkerung.", True, [("count", 4550000, None, None), ("fraction", 0.5, None, "under")], None),
    ("de", "Den stärksten Rückgang verzeichnete die Erzdiözese Wien mit minus 2,9 Prozent, den geringsten die Diözese Eisenstadt mit minus 1,1 Prozent.", True, [("percent", -2.9, "%", None), ("percent", -1.1, "%", None)], None),
    ("de", "In der Erzdiözese Salzburg wurden im Vorjahr 3.412 Kinder getauft, so die Erzdiözese.", True, [("count", 3412, None, None)], "die Erzdiözese"),
    ("de", "Die Einnahmen aus dem Kirchenbeitrag beliefen sich laut Finanzkammer auf rund 512 Millionen Euro.", True, [("money", 512000000, "EUR", "about")], "Finanzkammer"),
    ("de", "Als häufigste Austrittsgründe nannten Befragte in einer früheren Studie den Kirchenbeitrag und den Umgang mit Missbrauchsfällen.", True, [], None),
    ("de", "Ob der Rückgang eine Trendwende einleitet, lässt sich nach Ansicht von Religionssoziologen noch nicht sagen.", False, [], None),
    ("de", "„Jeder einzelne Austritt ist für uns ein Auftrag, besser zuzuhören“, sagte Erzbischof Gottfried Reisinger.", False, [], None),
    ("de", "In seiner Predigt im Stephansdom rief der Kardinal die Gläubigen auf, „Brücken statt Mauern zu bauen“.", False, [], None),

    # --- Kirchenaustritte Schweiz (sda) ---
    ("de", "St. Gallen (sda) - Aus der römisch-katholischen Kirche der Schweiz sind im vergangenen Jahr 36'412 Personen ausgetreten.", True, [("count", 36412, None, None)], None),
    ("de", "Das Schweizerische Pastoralsoziologische Institut spricht von der zweithöchsten Zahl seit Beginn der Erhebung.", True, [("ordinal", 2, None, None)], None),
    ("de", "Der Anteil der Katholikinnen und Katholiken an der Wohnbevölkerung sank auf 30,8 Prozent, jener der Reformierten auf 19,1 Prozent.", True, [("percent", 30.8, "%", None), ("percent", 19.1, "%", None)], None),
    ("de", "«Wir müssen lernen, eine Minderheitskirche zu sein», sagte Bischof Urs Kälin vor den Medien.", False, [], None),

    # --- Missbrauchsstudie im Bistum Fulda (KNA) ---
    ("de", "Fulda (KNA) - Im Bistum Fulda sind nach einer unabhängigen Untersuchung zwischen 1946 und 2021 mindestens 328 Kinder und Jugendliche Opfer sexualisierter Gewalt geworden.", True, [("year", 1946, None, None), ("year", 2021, None, None), ("count", 328, None, "at_least")], None),
    ("de", "Die Forschenden identifizierten 151 Beschuldigte, darunter 119 Priester, 14 Ordensleute und 18 Laien.", True, [("count", 151, None, None), ("count", 119, None, None), ("count", 14, None, None), ("count", 18, None, None)], None),
    ("de", "Mehr als zwei Drittel der Betroffenen waren zur Tatzeit jünger als 14 Jahre, etwa 60 Prozent waren Jungen.", True, [("fraction", 0.6667, None, "over"), ("duration", 14, "year", "under"), ("percent", 60, "%", "about")], None),
    ("de", "Die Taten seien in 61 Pfarreien des Bistums verübt worden, sagte Studienleiter Harald Brenneisen.", True, [("count", 61, None, None)], "Harald Brenneisen"),
    ("de", "In 47 Fällen hätten Verantwortliche des Bistums von Vorwürfen gewusst, ohne Anzeige zu erstatten, heißt es in dem Bericht.", True, [("count", 47, None, None)], None),
    ("de", "Der Abschlussbericht umfasst 1.146 Seiten und wurde am Dienstag in Fulda vorgestellt.", True, [("count", 1146, None, None)], None),
    ("de", "Die Studie kostete das Bistum rund 1,4 Millionen Euro.", True, [("money", 1400000, "EUR", "about")], None),
    ("de", "Bislang hat das Bistum an 142 Betroffene Anerkennungsleistungen von insgesamt 4,9 Millionen Euro gezahlt, im Schnitt gut 34.500 Euro.", True, [("count", 142, None, None), ("money", 4900000, "EUR", None), ("money", 34500, "EUR", "over")], None),
    ("de", "Gegen drei noch lebende Beschuldigte ermittelt die Staatsanwaltschaft Fulda.", True, [("count", 3, None, None)], None),
    ("de", "Die Dunkelziffer schätzen die Autorinnen und Autoren auf ein Vielfaches der erfassten Fälle.", True, [], None),
    ("de", "„Ich schäme mich für das, was Kindern und Jugendlichen in unserer Kirche angetan wurde“, sagte Bischof Franz-Josef Ellinger.", False, [], None),
    ("de", "Der Betroffenenbeirat nannte die Studie einen „wichtigen, aber längst überfälligen Schritt“.", False, [], None),
    ("de", "Betroffene sexualisierter Gewalt können sich kostenfrei und anonym an das Hilfetelefon Sexueller Missbrauch wenden.", False, [], None),
    ("de", "Die Studie ist im Wortlaut auf der Internetseite des Bistums abrufbar.", False, [], None),

    # --- Synoden (epd, KNA) ---
    ("de", "Dresden (epd) - Die Synode der EKD hat am Mittwoch einen Haushalt von 262,4 Millionen Euro für das kommende Jahr beschlossen.", True, [("money", 262400000, "EUR", None)], None),
    ("de", "Für den Etat stimmten 104 Synodale, sieben stimmten dagegen, drei enthielten sich.", True, [("count", 104, None, None), ("count", 7, None, None), ("count", 3, None, None)], None),
    ("de", "Das 128 Mitglieder zählende Kirchenparlament hatte vier Tage lang in Dresden getagt.", True, [("count", 128, None, None), ("duration", 4, "day", None)], None),
    ("de", "Zudem beschloss die Synode, bis 2035 rund ein Drittel der Pfarrstellen einzusparen.", True, [("year", 2035, None, None), ("fraction", 0.3333, None, "about")], None),
    ("de", "Bonn (KNA) - Der Synodale Ausschuss hat die Satzung eines gemeinsamen Beratungsgremiums mit 43 Ja-Stimmen bei 8 Gegenstimmen und 2 Enthaltungen verabschiedet.", True, [("count", 43, None, None), ("count", 8, None, None), ("count", 2, None, None)], None),
    ("de", "Die erforderliche Zweidrittelmehrheit der anwesenden Bischöfe kam mit 19 von 26 Stimmen zustande.", True, [("fraction", 0.6667, None, None), ("count", 19, None, None), ("count", 26, None, None)], None),
    ("de", "Die Satzung muss noch vom Vatikan genehmigt werden.", True, [], None),
    ("de", "„Heute ist ein guter Tag für eine Kirche, die zuhört“, sagte die Präsidentin des Zentralkomitees.", False, [], None),

    # --- Kirchentag (dpa) ---
    ("de", "Düsseldorf (dpa) - Zum 40. Deutschen Evangelischen Kirchentag werden vom 30. April bis 4. Mai rund 100.000 Dauerteilnehmende erwartet.", True, [("ordinal", 40, None, None), ("date", "--04-30", None, None), ("date", "--05-04", None, None), ("count", 100000, None, "about")], None),
    ("de", "Auf dem Programm stehen mehr als 1.500 Veranstaltungen an 120 Orten der Stadt.", True, [("count", 1500, None, "over"), ("count", 120, None, None)], None),
    ("de", "Das Budget des fünftägigen Treffens beträgt 21,8 Millionen Euro, davon tragen Land und Stadt zusammen 8,5 Millionen.", True, [("duration", 5, "day", None), ("money", 21800000, "EUR", None), ("money", 8500000, "EUR", None)], None),
    ("de", "„Der Kirchentag ist ein Ort, an dem gestritten, gesungen und gebetet wird“, sagte Generalsekretärin Anne Lübbers.", False, [], None),
    ("de", "Gott, schenke uns den Mut zu einem neuen Anfang. Amen.", False, [], None),

    # --- Vertrauen in Institutionen (dpa) ---
    ("de", "Berlin (dpa) - Nur noch 14 Prozent der Menschen in Deutschland haben großes oder sehr großes Vertrauen in die katholische Kirche.", True, [("percent", 14, "%", None)], None),
    ("de", "Die evangelische Kirche kommt im jährlichen Vertrauensranking des Instituts Forsa auf 29 Prozent, nach 33 Prozent im Vorjahr.", True, [("percent", 29, "%", None), ("percent", 33, "%", None)], None),
    ("de", "Dem Bundestag vertraut gut jeder Dritte, den Parteien nur jeder Zehnte.", True, [("fraction", 0.3333, None, "over"), ("fraction", 0.1, None, None)], None),
    ("de", "Für die Erhebung im Auftrag von RTL und ntv wurden vom 2. bis 5. Januar 4.018 Personen ab 14 Jahren befragt.", True, [("date", "--01-02", None, None), ("date", "--01-05", None, None), ("count", 4018, None, None), ("duration", 14, "year", "at_least")], None),
    ("de", "Die statistische Fehlertoleranz liegt bei plus/minus 2,5 Prozentpunkten.", True, [("percent", 2.5, "pp", None)], None),
    ("de", "Selbst unter Katholiken äußerten nur 31 Prozent großes Vertrauen in die eigene Kirche, sagte Forsa-Projektleiterin Sabine Kortum.", True, [("percent", 31, "%", None)], "Sabine Kortum"),
    ("de", "Der Vertrauenswert der katholischen Kirche liegt seit 2018 unter 20 Prozent.", True, [("year", 2018, None, None), ("percent", 20, "%", "under")], None),
    ("de", "Kortum sprach von einem „dramatischen Vertrauensverlust“, der sich seit Jahren abzeichne.", False, [], None),

    # --- Einsamkeitsbarometer (epd) ---
    ("de", "Berlin (epd) - Gut jeder vierte Mensch in Deutschland fühlt sich zumindest manchmal einsam.", True, [("fraction", 0.25, None, "over")], None),
    ("de", "Im neuen Einsamkeitsbarometer des Bundesfamilienministeriums gaben 26,4 Prozent der Befragten an, sich oft, manchmal oder immer einsam zu fühlen.", True, [("percent", 26.4, "%", None)], None),
    ("de", "Unter den 18- bis 29-Jährigen lag der Anteil mit 34 Prozent am höchsten, bei Menschen über 75 Jahren waren es 22 Prozent.", True, [("duration", 18, "year", None), ("duration", 29, "year", None), ("percent", 34, "%", None), ("duration", 75, "year", "over"), ("percent", 22, "%", None)], None),
    ("de", "Die Daten stammen aus einer Längsschnittbefragung mit rund 16.000 Teilnehmenden.", True, [("count", 16000, None, "about")], None),
    ("de", "Der Anteil derer, die sich oft oder immer einsam fühlen, hatte 2017 noch bei 7,6 Prozent gelegen.", True, [("year", 2017, None, None), ("percent", 7.6, "%", None)], None),
    ("de", "„Einsamkeit ist kein privates Problem, sie betrifft unsere ganze Gesellschaft“, sagte die Ministerin.", False, [], None),
    ("de", "Die Diakonie rief Kirchengemeinden dazu auf, mehr offene Treffpunkte für ältere Menschen zu schaffen.", False, [], None),

    # --- Freiwilligensurvey (KNA) ---
    ("de", "Berlin (KNA) - Knapp 40 Prozent der Menschen ab 14 Jahren engagieren sich in Deutschland ehrenamtlich.", True, [("percent", 40, "%", "nearly"), ("duration", 14, "year", "at_least")], None),
    ("de", "Das entspricht rund 28,8 Millionen Menschen, wie aus dem Deutschen Freiwilligensurvey hervorgeht.", True, [("count", 28800000, None, "about")], None),
    ("de", "Im Schnitt wenden Engagierte 4,1 Stunden pro Woche für ihr Ehrenamt auf.", True, [("duration", 4.1, "hour", None)], None),
    ("de", "Mehr als die Hälfte engagiert sich im Sport, etwa jede achte Person in Kirche oder Religion.", True, [("fraction", 0.5, None, "over"), ("fraction", 0.125, None, "about")], None),
    ("de", "Besonders stark sei das Engagement bei Jugendlichen zwischen 14 und 19 Jahren, sagte Studienautorin Claudia Vogt.", True, [("duration", 14, "year", None), ("duration", 19, "year", None)], "Claudia Vogt"),
    ("de", "Den Survey gibt das Bundesfamilienministerium seit 1999 alle fünf Jahre in Auftrag.", True, [("year", 1999, None, None), ("duration", 5, "year", None)], None),
    ("de", "„Das Ehrenamt ist der Kitt, der unsere Gesellschaft zusammenhält“, betonte Staatssekretärin Ruth Meiners.", False, [], None),

    # --- Eheschließungen, Scheidungen, Geburten (dpa) ---
    ("de", "Wiesbaden (dpa) - In Deutschland haben im vergangenen Jahr rund 349.000 Paare geheiratet, 3,8 Prozent weniger als im Vorjahr.", True, [("count", 349000, None, "about"), ("percent", 3.8, "%", None)], None),
    ("de", "Darunter waren 9.870 Ehen zwischen Personen gleichen Geschlechts, wie das Statistische Bundesamt am Freitag mitteilte.", True, [("count", 9870, None, None)], "das Statistische Bundesamt"),
    ("de", "Die Zahl der Scheidungen sank um 4,9 Prozent auf 122.400.", True, [("percent", 4.9, "%", None), ("count", 122400, None, None)], None),
    ("de", "Geschiedene Ehen hatten im Durchschnitt 15 Jahre und vier Monate bestanden.", True, [("duration", 15, "year", None), ("duration", 4, "month", None)], None),
    ("de", "Bei rund der Hälfte der Scheidungen waren minderjährige Kinder betroffen, insgesamt etwa 112.000.", True, [("fraction", 0.5, None, "about"), ("count", 112000, None, "about")], None),
    ("de", "Die Geburtenziffer sank auf 1,34 Kinder je Frau und damit auf den niedrigsten Wert seit 2009.", True, [("count", 1.34, None, None), ("year", 2009, None, None)], None),
    ("de", "Mütter waren bei der Geburt ihres ersten Kindes im Schnitt 30,5 Jahre alt, Väter 33,3 Jahre.", True, [("ordinal", 1, None, None), ("duration", 30.5, "year", None), ("duration", 33.3, "year", None)], None),
    ("de", "Insgesamt kamen 677.117 Kinder zur Welt, 2,1 Prozent weniger als 2023.", True, [("count", 677117, None, None), ("percent", 2.1, "%", None), ("year", 2023, None, None)], None),
    ("de", "Demografen sehen darin ein ernstes Warnsignal für die Sozialsysteme.", False, [], None),

    # --- Haushalte in Österreich (APA) ---
    ("de", "Wien (APA) - In Österreich gab es im Vorjahr rund 4,16 Millionen Privathaushalte, teilte die Statistik Austria am Montag mit.", True, [("count", 4160000, None, "about")], "die Statistik Austria"),
    ("de", "Mehr als ein Drittel davon, 1,59 Millionen, waren Einpersonenhaushalte.", True, [("fraction", 0.3333, None, "over"), ("count", 1590000, None, None), ("count", 1, None, None)], None),
    ("de", "Die durchschnittliche Haushaltsgröße ging seit 1984 von 2,70 auf 2,18 Personen zurück.", True, [("year", 1984, None, None), ("count", 2.7, None, None), ("count", 2.18, None, None)], None),
    ("de", "Jede fünfte allein lebende Person ist 80 Jahre oder älter.", True, [("fraction", 0.2, None, None), ("duration", 80, "year", "at_least")], None),
    ("de", "Bis 2050 soll die Zahl der Haushalte laut Prognose auf 4,6 Millionen steigen.", True, [("year", 2050, None, None), ("count", 4600000, None, None)], None),

    # --- Papstreise nach Südamerika (KNA) ---
    ("de", "Vatikanstadt (KNA) - Papst Leo XIV. reist vom 18. bis 24. Juni nach Argentinien und Uruguay.", True, [("date", "--06-18", None, None), ("date", "--06-24", None, None)], None),
    ("de", "Es ist die fünfte Auslandsreise seines Pontifikats und mit sieben Tagen die bisher längste, teilte das vatikanische Presseamt mit.", True, [("ordinal", 5, None, None), ("duration", 7, "day", None)], None),
    ("de", "Geplant sind 14 Termine in sechs Städten, darunter eine Messe vor erwarteten 800.000 Gläubigen in Buenos Aires.", True, [("count", 14, None, None), ("count", 6, None, None), ("count", 800000, None, None)], None),
    ("de", "Der 70-jährige Papst legt dabei rund 23.500 Flugkilometer zurück.", True, [("duration", 70, "year", None), ("count", 23500, None, "about")], None),
    ("de", "Es ist der erste Besuch eines Papstes in Uruguay seit 1988.", True, [("ordinal", 1, None, None), ("year", 1988, None, None)], None),
    ("de", "„Ich komme als Pilger der Hoffnung zu euch“, sagte Leo in einer Videobotschaft an die Gläubigen beider Länder.", False, [], None),
    ("de", "Herr, segne dieses Land und alle, die in ihm wohnen.", False, [], None),
    ("de", "Wien (KAP) - Rund 2.400 Pilgerinnen und Pilger aus Österreich werden zur Heiligsprechung am 12. Oktober in Rom erwartet, teilte die Erzdiözese Wien mit.", True, [("count", 2400, None, "about"), ("date", "--10-12", None, None)], "die Erzdiözese Wien"),

    # --- Neuer Bischof von Feldkirch (Kathpress) ---
    ("de", "Feldkirch (KAP) - Papst Leo XIV. hat den Linzer Generalvikar Johannes Aichberger zum neuen Bischof von Feldkirch ernannt.", True, [], None),
    ("de", "Der 56-Jährige folgt auf Bischof Anton Walchshofer, der im Februar das Rücktrittsalter von 75 Jahren erreicht hatte.", True, [("duration", 56, "year", None), ("duration", 75, "year", None)], None),
    ("de", "Die Bischofsweihe ist für den 8. Dezember im Dom St. Nikolaus geplant, teilte die Diözese mit.", True, [("date", "--12-08", None, None)], "die Diözese"),
    ("de", "Aichberger wird damit der sechste Bischof der 1968 errichteten Diözese.", True, [("ordinal", 6, None, None), ("year", 1968, None, None)], None),
    ("de", "Der Bischofsstuhl war gut neun Monate lang vakant.", True, [("duration", 9, "month", "over")], None),
    ("de", "Der neue Bischof war zuvor zwölf Jahre lang Pfarrer in Steyr und seit 2019 Generalvikar.", True, [("duration", 12, "year", None), ("year", 2019, None, None)], None),
    ("de", "„Ich gehe mit Freude und großem Respekt an diese Aufgabe“, sagte Aichberger.", False, [], None),

    # --- Glaubensbarometer Österreich (APA) ---
    ("de", "Wien (APA) - Nur noch 44 Prozent der Menschen in Österreich bezeichnen sich als religiös.", True, [("percent", 44, "%", None)], None),
    ("de", "Für das „Glaubensbarometer“ befragte das Institut Market im Sommer 2.160 Menschen ab 16 Jahren.", True, [("count", 2160, None, None), ("duration", 16, "year", "at_least")], None),
    ("de", "An ein Leben nach dem Tod glauben 38 Prozent, an Gott etwa die Hälfte.", True, [("percent", 38, "%", None), ("fraction", 0.5, None, "about")], None),
    ("de", "Bei den unter 30-Jährigen bezeichnen sich drei von zehn als religiös.", True, [("duration", 30, "year", "under"), ("fraction", 0.3, None, None)], None),
    ("de", "Religiosität verschwinde nicht, sie werde nur individueller und leiser, meint die Religionssoziologin Theresa Gmeiner.", False, [], None),

    # --- Church of England attendance (PA) ---
    ("en", "Weekly attendance across the Church of England climbed for a third consecutive year in 2024, to an average of 1.04 million, new figures show.", True, [("ordinal", 3, None, None), ("year", 2024, None, None), ("count", 1040000, None, None)], None),
    ("en", "Sunday attendance alone rose by 2.1% to 612,000, the church said.", True, [("percent", 2.1, "%", None), ("count", 612000, None, None)], "the church"),
    ("en", "Some 1.9 million people attended a Christmas Eve or Christmas Day service, up from 1.7 million a year earlier.", True, [("count", 1900000, None, "about"), ("count", 1700000, None, None)], None),
    ("en", "The number of children at weekly worship was 104,000, still about a third below the level recorded in 2019.", True, [("count", 104000, None, None), ("fraction", 0.3333, None, "about"), ("year", 2019, None, None)], None),
    ("en", "There were 74,300 baptisms and 28,900 weddings in Church of England churches during the year.", True, [("count", 74300, None, None), ("count", 28900, None, None)], None),
    ("en", "The number of stipendiary clergy fell to 7,540, down from about 8,900 a decade ago.", True, [("count", 7540, None, None), ("count", 8900, None, "about")], None),
    ("en", "The church looks after about 15,600 buildings, roughly three-quarters of which are listed.", True, [("count", 15600, None, "about"), ("fraction", 0.75, None, "about")], None),
    ("en", "\"These figures are green shoots, and we give thanks for every person who walks through our doors,\" a church spokesperson said.", False, [], None),
    ("en", "The Bishop of Truro said parishes must learn to \"meet people where they are, not where we wish they were.\"", False, [], None),

    # --- General Synod redress fund (Reuters) ---
    ("en", "LONDON, Feb 11 (Reuters) - The Church of England's General Synod voted on Tuesday to set up a 93 million pound fund for survivors of church-related abuse.", True, [("date", "--02-11", None, None), ("money", 93000000, "GBP", None)], None),
    ("en", "The motion passed in all three houses, with bishops voting 29-4, clergy 151-37 and laity 148-52.", True, [("count", 3, None, None), ("count", 29, None, None), ("count", 4, None, None), ("count", 151, None, None), ("count", 37, None, None), ("count", 148, None, None), ("count", 52, None, None)], None),
    ("en", "There were 11 abstentions across the three houses.", True, [("count", 11, None, None), ("count", 3, None, None)], None),
    ("en", "The scheme is due to open in early 2026 and is expected to run for five years.", True, [("year", 2026, None, None), ("duration", 5, "year", None)], None),
    ("en", "Individual awards will range from 10,000 pounds to 250,000 pounds, the church said.", True, [("money", 10000, "GBP", None), ("money", 250000, "GBP", None)], "the church"),
    ("en", "An independent review published last year found that at least 430 people had reported abuse by clergy or church officers since 1990.", True, [("count", 430, None, "at_least"), ("year", 1990, None, None)], None),
    ("en", "The Synod, which meets twice a year, has 483 members.", True, [("count", 2, None, None), ("count", 483, None, None)], None),
    ("en", "\"Words of apology are not enough; this is about putting things right,\" the lead bishop for safeguarding told the Synod.", False, [], None),
    ("en", "Survivors' groups criticised the scheme as too little, too late.", False, [], None),

    # --- Iowa clergy abuse report (AP) ---
    ("en", "DES MOINES, Iowa (AP) — At least 148 Catholic priests and church workers sexually abused more than 610 children in Iowa's four dioceses over seven decades, a state investigation has found.", True, [("count", 148, None, "at_least"), ("count", 610, None, "over"), ("count", 4, None, None), ("duration", 70, "year", None)], None),
    ("en", "The 387-page report covers the period from 1950 to 2022.", True, [("count", 387, None, None), ("year", 1950, None, None), ("year", 2022, None, None)], None),
    ("en", "Of the accused, 97 have died and only 11 were ever criminally charged, the report said.", True, [("count", 97, None, None), ("count", 11, None, None)], None),
    ("en", "Nearly 80% of the victims were boys, and most were between the ages of 10 and 14 when the abuse began.", True, [("percent", 80, "%", "nearly"), ("duration", 10, "year", None), ("duration", 14, "year", None)], None),
    ("en", "The dioceses have paid about $96 million in settlements since 2004, according to the report.", True, [("money", 96000000, "USD", "about"), ("year", 2004, None, None)], None),
    ("en", "The Archdiocese of Dubuque said it had removed every living accused priest from ministry by 2002.", True, [("year", 2002, None, None)], "The Archdiocese of Dubuque"),
    ("en", "\"No report can give back what was taken from these children,\" the attorney general said at a news conference.", False, [], None),
    ("en", "Anyone with information about abuse by clergy is urged to call the attorney general's hotline.", False, [], None),

    # --- Diocese bankruptcy settlement (Reuters) ---
    ("en", "Oct 3 (Reuters) - The Roman Catholic Diocese of Ogdensburg in New York has agreed to pay $148.5 million to settle claims by 212 people who say they were abused as children, according to a court filing.", True, [("date", "--10-03", None, None), ("money", 148500000, "USD", None), ("count", 212, None, None)], None),
    ("en", "The settlement, which still needs the approval of a U.S. bankruptcy judge, would be paid over 10 years.", True, [("duration", 10, "year", None)], None),
    ("en", "Insurers will contribute about $61 million of the total, the filing showed.", True, [("money", 61000000, "USD", "about")], None),
    ("en", "The diocese filed for Chapter 11 protection in July 2023, one of more than 40 U.S. dioceses and religious orders to do so.", True, [("year", 2023, None, None), ("count", 40, None, "over")], None),
    ("en", "\"This settlement cannot undo the harm, but it allows survivors to be heard,\" Bishop Terrence Mahoney said in a statement.", False, [], None),

    # --- Pope's Africa trip (Reuters) ---
    ("en", "VATICAN CITY, Sept 2 (Reuters) - Pope Leo will visit Kenya, Uganda and South Sudan on a 10-day trip in late November, the Vatican said on Tuesday.", True, [("date", "--09-02", None, None), ("duration", 10, "day", None)], "the Vatican"),
    ("en", "It will be the longest foreign trip of his pontificate and the first papal visit to South Sudan since 2023.", True, [("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    ("en", "The 70-year-old pontiff will celebrate four open-air Masses and give 16 speeches, according to a schedule released by the Holy See press office.", True, [("duration", 70, "year", None), ("count", 4, None, None), ("count", 16, None, None)], None),
    ("en", "The pope will also meet privately with refugees at a camp near Juba, the Vatican said.", True, [], "the Vatican"),
    ("en", "He will fly some 15,800 km (9,800 miles) over the course of the journey.", True, [("count", 15800, None, "about"), ("count", 9800, None, None)], None),
    ("en", "Organisers in Nairobi expect up to 1.5 million people at the closing Mass.", True, [("count", 1500000, None, "up_to")], None),
    ("en", "\"I come to you as a brother and a pilgrim of peace,\" Leo said in a video message to the three nations.", False, [], None),
    ("en", "May God bless you all and keep you in his peace.", False, [], None),

    # --- New cardinals (AP) ---
    ("en", "VATICAN CITY (AP) — Pope Leo on Sunday named 18 new cardinals, 14 of whom are under 80 and therefore eligible to vote in a conclave.", True, [("count", 18, None, None), ("count", 14, None, None), ("duration", 80, "year", "under")], None),
    ("en", "They will receive their red hats at a consistory on Dec. 7, the pope told pilgrims in St. Peter's Square.", True, [("date", "--12-07", None, None)], "the pope"),
    ("en", "With the new appointments, the College of Cardinals will have 135 electors, above the limit of 120 set by Pope Paul VI in 1975.", True, [("count", 135, None, None), ("count", 120, None, None), ("year", 1975, None, None)], None),
    ("en", "The new cardinals come from 12 countries, among them three from Africa and two from Asia.", True, [("count", 12, None, None), ("count", 3, None, None), ("count", 2, None, None)], None),
    ("en", "The youngest, a 51-year-old archbishop from Indonesia, will be the second-youngest member of the college.", True, [("duration", 51, "year", None), ("ordinal", 2, None, None)], None),
    ("en", "Vatican watchers said the picks reflected Leo's desire for a more global church.", False, [], None),

    # --- Pew religious landscape (AP) ---
    ("en", "WASHINGTON (AP) — The share of U.S. adults who describe themselves as Christian has held steady at around 62% for several years, according to the Pew Research Center.", True, [("percent", 62, "%", "about")], "the Pew Research Center"),
    ("en", "About 29% of Americans are religiously unaffiliated, identifying as atheist, agnostic or \"nothing in particular.\"", True, [("percent", 29, "%", "about")], None),
    ("en", "In 2007, 78% of adults identified as Christian.", True, [("year", 2007, None, None), ("percent", 78, "%", None)], None),
    ("en", "The survey interviewed 35,214 adults between July 2023 and March 2024; its error margin is plus or minus 0.8 percentage points.", True, [("count", 35214, None, None), ("year", 2023, None, None), ("year", 2024, None, None), ("percent", 0.8, "pp", None)], None),
    ("en", "Among adults under 30, roughly 4 in 10 say they have no religion.", True, [("duration", 30, "year", "under"), ("fraction", 0.4, None, "about")], None),
    ("en", "About a third of U.S. adults say they pray every day.", True, [("fraction", 0.3333, None, "about")], None),
    ("en", "\"It is too early to call this a revival,\" said Alicia Dorsey, a senior researcher at the center.", False, [], None),
    ("en", "Whether the plateau will last remains an open question.", False, [], None),

    # --- Gallup church membership (Reuters) ---
    ("en", "Only 44% of U.S. adults say they belong to a church, synagogue or mosque, down from 69% in 1999, according to Gallup.", True, [("percent", 44, "%", None), ("percent", 69, "%", None), ("year", 1999, None, None)], "Gallup"),
    ("en", "Gallup polled 1,012 adults by telephone Jan. 6-28, with a sampling error of plus or minus 4 percentage points.", True, [("count", 1012, None, None), ("date", "--01-06", None, None), ("date", "--01-28", None, None), ("percent", 4, "pp", None)], None),
    ("en", "Confidence in the church or organized religion fell to 31%, a record low, from 42% a decade earlier.", True, [("percent", 31, "%", None), ("percent", 42, "%", None)], None),
    ("en", "Just 27% of Americans rate the honesty and ethical standards of clergy as high or very high.", True, [("percent", 27, "%", None)], None),
    ("en", "\"Every congregation in America ought to be alarmed by this,\" one pastor in Ohio told Reuters.", False, [], None),

    # --- US priests (AP) ---
    ("en", "The number of Catholic priests in the United States has fallen to about 33,600, from more than 58,000 in 1970, according to Georgetown University's Center for Applied Research in the Apostolate.", True, [("count", 33600, None, "about"), ("count", 58000, None, "over"), ("year", 1970, None, None)], None),
    ("en", "This year's ordination class numbers 412 men, whose average age is 34.", True, [("count", 412, None, None), ("duration", 34, "year", None)], None),
    ("en", "About a quarter of the new priests were born outside the United States, most often in the Philippines, Vietnam or Colombia.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "Roughly 3,300 of the country's 16,400 parishes have no resident priest.", True, [("count", 3300, None, "about"), ("count", 16400, None, None)], None),
    ("en", "\"The harvest is plentiful, but the laborers are few,\" the bishop told the ordinands, quoting the Gospel of Matthew.", False, [], None),

    # --- Loneliness (PA) ---
    ("en", "About 7% of adults in Great Britain say they feel lonely often or always, according to the Office for National Statistics.", True, [("percent", 7, "%", "about")], "the Office for National Statistics"),
    ("en", "A further 21% said they felt lonely some of the time.", True, [("percent", 21, "%", None)], None),
    ("en", "Women were more likely than men to report feeling lonely at least some of the time, at 30% compared with 25%.", True, [("percent", 30, "%", None), ("percent", 25, "%", None)], None),
    ("en", "Young people aged 16 to 29 were more than twice as likely as those aged 70 and over to report chronic loneliness.", True, [("duration", 16, "year", None), ("duration", 29, "year", None), ("count", 2, "times", "over"), ("duration", 70, "year", "at_least")], None),
    ("en", "The ONS survey of around 4,200 adults was carried out between 8 October and 2 November.", True, [("count", 4200, None, "about"), ("date", "--10-08", None, None), ("date", "--11-02", None, None)], None),
    ("en", "Charities have warned that cuts to community services are leaving older people ever more isolated.", False, [], None),

    # --- Volunteering (PA) ---
    ("en", "Formal volunteering in England has fallen to its lowest level on record, with just 16% of adults giving unpaid help to a group or club every month, a government survey shows.", True, [("percent", 16, "%", None)], None),
    ("en", "That compares with 27% in 2013-14, when the current series began.", True, [("percent", 27, "%", None), ("year", 2013, None, None), ("year", 2014, None, None)], None),
    ("en", "Around 8,500 people took part in the latest wave of the Community Life Survey.", True, [("count", 8500, None, "about")], None),
    ("en", "\"Volunteers are the lifeblood of our communities,\" the culture secretary said.", False, [], None),

    # --- Marriages, divorces and births in England and Wales (PA) ---
    ("en", "There were 238,410 marriages in England and Wales in 2023, the ONS said.", True, [("count", 238410, None, None), ("year", 2023, None, None)], "the ONS"),
    ("en", "Just under a quarter of them were religious ceremonies, the lowest proportion since records began in 1837.", True, [("fraction", 0.25, None, "under"), ("year", 1837, None, None)], None),
    ("en", "The average age at marriage for opposite-sex couples was 35.2 years for men and 33.1 years for women.", True, [("duration", 35.2, "year", None), ("duration", 33.1, "year", None)], None),
    ("en", "Divorces fell 8.4% to 74,800, the lowest number since 1971.", True, [("percent", 8.4, "%", None), ("count", 74800, None, None), ("year", 1971, None, None)], None),
    ("en", "The total fertility rate in England and Wales dropped to 1.39 children per woman, a record low.", True, [("count", 1.39, None, None)], None),
    ("en", "There were 591,100 live births, down 1.7% on the year before.", True, [("count", 591100, None, None), ("percent", 1.7, "%", None)], None),
    ("en", "Women's average age at their first birth rose to 30.9 years.", True, [("ordinal", 1, None, None), ("duration", 30.9, "year", None)], None),
    ("en", "The figures are likely to fuel debate over whether the government should do more to support families.", False, [], None),

    # --- US births (AP) ---
    ("en", "NEW YORK (AP) — U.S. births fell 1% last year to about 3.59 million, according to provisional figures from the Centers for Disease Control and Prevention.", True, [("percent", 1, "%", None), ("count", 3590000, None, "about")], None),
    ("en", "The general fertility rate dropped to 53.8 births per 1,000 women aged 15 to 44.", True, [("count", 53.8, None, None), ("count", 1000, None, None), ("duration", 15, "year", None), ("duration", 44, "year", None)], None),
    ("en", "Teen births fell 4% to a record low, continuing a decline that began in 1991.", True, [("percent", 4, "%", None), ("year", 1991, None, None)], None),
    ("en", "\"People are worried about affordability, child care and the future,\" said Karen Whitley, a demographer at the University of New Hampshire.", False, [], None),

    # --- Southern Baptist Convention (AP) ---
    ("en", "NASHVILLE, Tenn. (AP) — Membership in the Southern Baptist Convention fell for the 18th straight year in 2024, to about 12.7 million, the denomination said.", True, [("ordinal", 18, None, None), ("year", 2024, None, None), ("count", 12700000, None, "about")], "the denomination"),
    ("en", "That is more than 3.5 million below its peak in 2006.", True, [("count", 3500000, None, "over"), ("year", 2006, None, None)], None),
    ("en", "Baptisms rose 10% to about 250,000, a second consecutive annual increase.", True, [("percent", 10, "%", None), ("count", 250000, None, "about"), ("ordinal", 2, None, None)], None),
    ("en", "Messengers at the annual meeting in Dallas voted 61% to 39% for a constitutional amendment barring women pastors, short of the two-thirds majority needed.", True, [("percent", 61, "%", None), ("percent", 39, "%", None), ("fraction", 0.6667, None, None)], None),
    ("en", "\"God is not finished with Southern Baptists,\" the convention's president told messengers.", False, [], None),

    # --- German church tax (Reuters) ---
    ("en", "BERLIN, March 27 (Reuters) - Germany's Catholic and Protestant churches collected about 12.2 billion euros ($13.2 billion) in church tax last year, 3.5% less than in 2023.", True, [("date", "--03-27", None, None), ("money", 12200000000, "EUR", "about"), ("money", 13200000000, "USD", None), ("percent", 3.5, "%", None), ("year", 2023, None, None)], None),
    ("en", "The tax, set at 8% or 9% of a member's income tax bill depending on the state, is collected by the tax authorities on the churches' behalf.", True, [("percent", 8, "%", None), ("percent", 9, "%", None)], None),
    ("en", "More than 650,000 people left the two churches in 2024, according to their own figures.", True, [("count", 650000, None, "over"), ("count", 2, None, None), ("year", 2024, None, None)], None),
    ("en", "Only about 44% of Germans now belong to either church, compared with more than 60% in 2005.", True, [("percent", 44, "%", "about"), ("percent", 60, "%", "over"), ("year", 2005, None, None)], None),
    ("en", "\"The era of the people's church is over,\" one theologian told Reuters.", False, [], None),

    # --- Safeguarding audit in Scotland (PA) ---
    ("en", "The Catholic Church in Scotland received 38 safeguarding allegations in 2024, 21 of which related to events before 2000, its annual audit shows.", True, [("count", 38, None, None), ("year", 2024, None, None), ("count", 21, None, None), ("year", 2000, None, None)], None),
    ("en", "Eleven cases were referred to police, the Scottish Catholic Safeguarding Standards Agency said.", True, [("count", 11, None, None)], "the Scottish Catholic Safeguarding Standards Agency"),
    ("en", "The agency said it remained \"committed to listening to and learning from survivors.\"", False, [], None),

    # --- Vatican finances (Reuters) ---
    ("en", "VATICAN CITY, June 28 (Reuters) - The Vatican's annual Peter's Pence collection raised 52.1 million euros last year, up from 48.4 million euros the year before.", True, [("date", "--06-28", None, None), ("money", 52100000, "EUR", None), ("money", 48400000, "EUR", None)], None),
    ("en", "Spending on the Holy See's mission totalled 384 million euros, of which the collection covered about 13%.", True, [("money", 384000000, "EUR", None), ("percent", 13, "%", "about")], None),
    ("en", "Donations from the United States accounted for roughly 30% of the total, ahead of Italy and Brazil.", True, [("percent", 30, "%", "about")], None),
    ("en", "The Holy See's budget deficit narrowed to 70 million euros, the Secretariat for the Economy said.", True, [("money", 70000000, "EUR", None)], "the Secretariat for the Economy"),
    ("en", "Critics have long questioned how transparently the money is spent.", False, [], None),

    # --- New Bishop of Clifton (PA) ---
    ("en", "The Pope has appointed Monsignor Daniel Keane, 59, as the new Bishop of Clifton, the Catholic Bishops' Conference of England and Wales said.", True, [("duration", 59, "year", None)], "the Catholic Bishops' Conference of England and Wales"),
    ("en", "He succeeds Bishop Martin Rowe, who reached the retirement age of 75 in March.", True, [("duration", 75, "year", None)], None),
    ("en", "Bishop-elect Keane will be ordained at Clifton Cathedral on 19 March.", True, [("date", "--03-19", None, None)], None),
    ("en", "He becomes the ninth Bishop of Clifton since the diocese was founded in 1850.", True, [("ordinal", 9, None, None), ("year", 1850, None, None)], None),
    ("en", "\"I ask for your prayers as I begin this new chapter,\" Bishop-elect Keane said.", False, [], None),

    # --- AP-NORC poll on volunteering (AP) ---
    ("en", "WASHINGTON (AP) — About half of U.S. adults say they did unpaid volunteer work in the past year, a new AP-NORC poll finds.", True, [("fraction", 0.5, None, "about")], None),
    ("en", "Roughly 3 in 10 say they volunteered through a church or another religious organization.", True, [("fraction", 0.3, None, "about")], None),
    ("en", "Adults 60 and older were the most likely to say they volunteer regularly, at 34%.", True, [("duration", 60, "year", "at_least"), ("percent", 34, "%", None)], None),
    ("en", "The poll of 1,157 adults, drawn from NORC's probability-based AmeriSpeak Panel, was conducted Feb. 6-10.", True, [("count", 1157, None, None), ("date", "--02-06", None, None), ("date", "--02-10", None, None)], None),
    ("en", "For the full sample, the error margin is plus or minus 3.8 percentage points.", True, [("percent", 3.8, "pp", None)], None),
    ("en", "\"When you help someone, you stop feeling so alone yourself,\" said Marjorie Lindgren, 72, a retired teacher in Toledo, Ohio.", False, [("duration", 72, "year", None)], None),

    # --- Boilerplate ---
    ("en", "(Reporting by Giulia Ferrante; Editing by Alex Richardson)", False, [], None),
    ("en", "AP's religion coverage is funded in part by outside foundations, which have no say over what it publishes.", False, [], None),
]
