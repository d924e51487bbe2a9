"""Hundred-and-fourteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, studies, sees, groups and figures
are made up (Leopold Haidinger, Clemens Pirchner, Tobias Hallermann, Gregor Hanselmann,
Monika Zürcher, Sabine Oberndörfer, the initiative „Gebrochenes Schweigen“, Verena Amstutz,
St. Gallus, Helmut Dierkes, Dominik Rautenberg, the Gesprächskreis „Christus im Zentrum“,
Matthias Kordes, Beat Hofstetter, Ferdinand Trattnig, Erich Kollmann, Alfons Retzlaff,
Johannes Ebner; Ebba Sundström, Tomasz Wrona, Joanna Mercer, Aoife Brennan, Survivors of
Day Schools, Marta Zielinska, Gareth Powell, Philip Hartmann, Claire Dunmore, Survivors
Voice UK, the Bishop of Haddleton, Miles Carrow, the Bishop of Brackley, Sarah Okafor, the
Diocese of Marlow Falls, Thomas Garrity, Martin Kolasky, Ramon Tolentino, Nguyen Thi Lan,
Stefano Rinaldi); real churches, dioceses, courts, bodies and places ("Österreichische
Bischofskonferenz", "Erzdiözese Wien", "Diözese Feldkirch", "Bistum Eichstätt",
"Universität Regensburg", "Schweizer Bischofskonferenz", "Unabhängige Kommission für
Anerkennungsleistungen", "Römisch-katholische Körperschaft im Kanton Zürich", "Bistum
Aachen", "württembergische Landessynode", "Amtsgericht Köln", "Deutsche
Bischofskonferenz", "Zentralkomitee der deutschen Katholiken", "Verband der Diözesen
Deutschlands", "EKD", "Reformierte Kirchen Bern-Jura-Solothurn", "Diözese Gurk",
"Nuntiatur", "Bistum Mainz", "Vatikan"; "Church of Scotland", "General Assembly", "Church
of Sweden", "Church Fund", "Pew Research Center", "Institute for the Works of Religion",
"Episcopal Church", "Church in Wales", "Archbishops' Council", "Lambeth Palace", "General
Synod", "Department of Social Services", "Church Commissioners", "Archdiocese of Cebu",
"College of Cardinals", "My Dinh National Stadium") stand for the way wire copy names them;
every count, share, sum, vote, finding, appointment, date and quote here is invented.

Its weight: CHURCHES AND RELIGION over several months of one year in story order (each
story told as wire copy runs it: a dateline lead, the figures, attributed claims and the
other side's reply, a quote, follow-ups), from spring statistics and abuse studies through
closures, synods, the summer statistics, a bishop's resignation and successor, a death and a
funeral to a papal trip to Asia in late September. Half German (APA, KNA, Keystone-SDA,
kath.ch, dpa, epd, Kathpress; Swiss "1'240", "5000 Franken", "Ende Jahr", «» quotes,
German „“ quotes): Catholic leavers in Austria with the Kirchenbeitrag, an abuse study in
the diocese of Eichstätt with its interim figures revised upwards, revised Swiss abuse
figures and Genugtuung payments, the German recognition commission's payments and a
victims' initiative's demand, sales of churches in the canton of Zurich with a synod vote,
the building plan of the diocese of Aachen, a Württemberg synod vote on blessings with its
two-thirds majority, leavers at a Cologne court, the German Catholic statistics with the
headline "Rund 380.000 Kirchenaustritte" and church tax, the EKD's members and church tax,
the Reformed church of Bern, the resignation of the bishop of Gurk and his successor, the
death of an auxiliary bishop of Mainz and the pope's trip to Vietnam, Cambodia and Thailand.
Half English (Reuters, AP, PA): the Church of Scotland's building cuts, the Church of
Sweden falling below half the population, cuts to Poland's Church Fund in zlotys, Pew's
Mass attendance ("Fewer than one in five U.S. Catholics"), an Irish redress scheme funded
by religious orders, the Vatican bank's results, the German statistics in English, the
Episcopal Church's 21st consecutive decline, the Church in Wales, the Church of England's
redress scheme, a bishop's resignation over safeguarding and an acting successor, a General
Synod vote on blessings by house, Australian redress payments in Australian dollars, a U.S.
diocese's bankruptcy settlement with its claimants revised, a church sold at auction, a
cardinal's death and funeral, and the papal trip from the Vatican's announcement through
Hanoi and Bangkok to the press conference on the plane. Figures as such copy has them:
leavers, members, baptisms, ordinations and congregations; shares of the population
("Knapp die Hälfte", "Weniger als jeder vierte", "gut jeder fünfte", "gut zwei Fünftel",
"mehr als drei Viertel", "less than half", "Fewer than one in five", "about one in ten",
"fewer than 45%"); consecutive declines ("zum dritten Mal in Folge", "zum vierten Mal in
Folge", "das 14. Jahr in Folge", "the 12th consecutive year", "the fourth year in a row",
"the 21st consecutive year", "its sixth consecutive annual decline"); church tax and
church fees in euros, francs, Swedish crowns and dollars; abuse studies with victims and
accused hedged and revised ("mindestens 227", "von 510 auf 586", "In einem Zwischenbericht
vor zwei Jahren war noch von 164 ... die Rede gewesen", "rose from 312 ... to 437");
compensation and settlements in euros, francs, pounds, dollars and Australian dollars;
votes with tallies ("mit 71 zu 23 Stimmen bei 5 Enthaltungen", "66 der 90 Synodalen",
"voted by 412 to 139", "by 24 votes to 10, clergy by 102 to 94"); the papal trip's days,
distances, speeches, crowds and minutes; ages, terms in office and the retirement age;
closures, sales and building counts. Negatives as such copy has them: prayers and an
invitation to pray, a blessing, sermons' and homilies' moral appeals, condolences,
apologies as gestures (quoted and reported), thanks for prayers, scene colour at services
and funerals, quoted rhetoric of bishops, synod members, parishioners and victims, labels
and verdicts of victims' groups, evangelicals and bishops' conferences, a placard and a
banner, open questions, a forecast without a figure, a hope and two Reuters credits.

239 rows (119 German, 120 English), 56 negatives (27 German, 29 English), 183 check-worthy
rows of which 15 carry no figure (10 German, 5 English), 336 expected quantities (119
counts, 51 amounts of money - 24 EUR, 9 USD, 6 CHF, 6 GBP, 3 AUD, 2 PLN, 1 SEK -, 42
durations, 42 years, 28 percentages - 2 of them in percentage points -, 21 fractions, 17
ordinals, 16 dates; 4 of them in three negatives, as the seventeenth batch labels a figure
in a negative), 41 checked speakers (20 German, 21 English). Sentences sharing a run of
eight or more words with any file under tests/ (checked by a script that printed only this
batch's sentences, case and punctuation normalised) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches); the KNA headline "Rund 380.000 Kirchenaustritte: Katholische Kirche schrumpft
  weiter" is check-worthy with 380,000 "about" (eighty-third: "Katholische Kirche verliert
  erneut mehr als 300.000 Mitglieder"). Konjunktiv I paraphrases of a figure, a fact or a
  cause are check-worthy with the speaker their own attribution gives ("Pro zahlendem
  Mitglied seien das im Schnitt 178 Euro im Jahr, sagte Finanzkammerdirektor Leopold
  Haidinger." -> "Leopold Haidinger"; "Die Zahl der Taufen sei auf 104.300 gesunken, ...,
  sagte Bischofskonferenz-Sprecher Matthias Kordes." -> "Matthias Kordes"; "Er habe sich
  nach einer schweren Erkrankung zu diesem Schritt entschlossen, teilte die Diözese Gurk
  mit." -> "die Diözese Gurk"; forty-first, eighty-third, ninety-eighth, hundred-twelfth).
  Check-worthy without a figure: further victims come forward after an interim report (in
  Konjunktiv I, "Tobias Hallermann"), the dark figure "um ein Vielfaches höher" ("Monika
  Zürcher"; eighty-third: "auf ein Vielfaches" a vague magnitude, none), a former vicar
  general's denial (ninety-eighth: denials are check-worthy), a synod's decision and the
  rule that no pastor is obliged to bless, a resignation accepted, an administrator
  appointed until a successor is named, a new bishop named (eighty-third), "Noch nie hat ein
  Papst Vietnam besucht." (a checkable record, forty-first: "so viele wie nie zuvor"), "The
  diocese has published the review in full on its website." (an act, thirteenth: "The
  newspaper has published an apology"), an acting bishop named by Lambeth Palace, the
  General Synod's vote reported without its tally, a buyer named by the auction house and
  an invitation accepted by the pope.
- Abuse studies and their revisions (eighty-third, ninety-ninth): every figure a row gives is
  labelled, whichever report gives it and whether it replaces an earlier one - "zwischen 1945
  und 2022 mindestens 227" (both years, 227 "at_least"), "Die Zahl der Beschuldigten stieg
  von 510 auf 586", "In einem Zwischenbericht vor zwei Jahren war noch von 164 Betroffenen
  und 73 Beschuldigten die Rede gewesen" (2 years, 164, 73), "In der Pilotstudie von 2023
  waren ... noch von 1'018 Fällen ausgegangen", "The number of claimants rose from 312 ...
  to 437"; "98 Beschuldigte, unter ihnen 81 Priester und sechs Ordensfrauen" three counts
  ("unter ihnen" among, no hedge); "Knapp zwei Drittel ... jünger als 14 Jahre" 0.6667
  "nearly" and 14 years "under"; "rund drei Viertel der Betroffenen" 0.75 "about"; "einer
  890 Seiten umfassenden Studie" and "The 94-page review" counts (eighty-third: "1.146
  Seiten", "The 387-page report"); "rund 2.300 Personalakten und 112 Interviews" counts.
  "Mindestens 19 Beschuldigte seien ... versetzt worden, heißt es in der Studie." keeps its
  speaker unchecked (eighty-third: "heißt es in dem Bericht").
- Compensation (eighty-third, hundredth): "im Schnitt knapp 32.700 Euro" "nearly" ("im
  Schnitt" none, "knapp" the hedge), "lag die Summe über 100.000 Euro" "over" (the issue's
  "über 3.000"), "von insgesamt 2,6 Millionen Franken" none, "zwischen 5000 und 20'000
  Franken" both CHF with no hedge (forty-first: "zwischen" no hedge; the unit written once
  serves both, seventy-sixth), "between 15,000 and 300,000 euros" both EUR, "range from
  $50,000 to $1.2 million" both USD, "just under £31,000" "under", "The maximum payment is
  A$150,000 and the average about A$88,000" AUD, the second "about", "estimated at up to 1.2
  billion euros" "up_to"; a victims' initiative's demand with a figure is check-worthy ("fordert
  pauschal mindestens 300.000 Euro pro Fall" "at_least"; thirty-third and hundredth). New: a
  row that states a checkable offer stays check-worthy when it also carries the other side's
  label ("The orders had offered 60 million euros in March, an amount survivors' groups
  described as an insult."), while the label alone is a negative ("Survivors Voice UK called
  the pace of payments "shameful."", ninety-eighth).
- Church statistics are counts, shares and money (forty-first, eighty-third): leavers,
  members, baptisms, weddings, ordinations, congregations, ministers, claimants and
  applications; "elf ihrer 96 Kirchen" two counts (a definite group, forty-first); "den neun
  Diözesen", "den 27 Bistümern", "den 20 evangelischen Landeskirchen" counts (eighty-third:
  "der 20 Landeskirchen"); "one of the two main Christian denominations" count 2 ("one of" a
  pronoun, forty-first). Shares (forty-first, eighty-third): "Knapp die Hälfte" 0.5
  "nearly", "Weniger als jeder vierte Einwohner" 0.25 "under", "gut jeder fünfte Mensch" 0.2
  "over", "Jede dritte Kirche" 0.3333, "rund einem Drittel" 0.3333 "about" (the dative as
  "rund der Hälfte"), "mehr als drei Viertel" 0.75 "over", "less than half the level of
  2005" and "less than half the figure for 2002" 0.5 "under", "Fewer than one in five" 0.2
  "under" (fifty-fifth: "fewer than" is "under"), "about one in ten" 0.1 "about", "by a
  third" 0.3333 (hundred-fourth), "by about a third" 0.3333 "about", "Nearly a third" 0.3333
  "nearly", "Roughly two-thirds" 0.6667 "about", "by a fifth" 0.2. New: "gut zwei Fünftel"
  is 0.4 "over", the German form of the issue's "two-fifths".
- Consecutive declines are ordinals (fifty-fourth, eighty-third, hundred-eighth): "zum
  dritten Mal in Folge", "zum vierten Mal in Folge", "das 14. Jahr in Folge", "the 12th
  consecutive year", "the fourth year in a row", "the 21st consecutive year", "its sixth
  consecutive annual decline"; the figure they are measured against keeps its own hedge:
  "über 300.000", "mit mehr als 200.000 Austritten", "above 300,000" (no article, as "above
  $100 billion"), "more than 40,000 departures" all "over". Other ordinals: "die zwölfte
  Auslandsreise", "the 12th foreign trip", "der 67. Bischof" (sixty-third: "the 98th Bishop
  of Norwich"), "im ersten Halbjahr", "Bei einer ersten Abstimmung" (thirty-second: "nach
  einer ersten Schätzung"), "for the first time", "the first pope", "the first papal visit",
  "the first payments" 1. New: "was among the first women consecrated as bishops" is ordinal
  1, "among" no hedge, as "one of the first" would be. "erstmals", "Noch nie", "longest",
  "weiteste" none (forty-first).
- Votes and tallies are counts (forty-first, seventy-sixth, eighty-third): "mit 71 zu 23
  Stimmen bei 5 Enthaltungen", "66 der 90 Synodalen, 21 stimmten dagegen, zwei enthielten
  sich" four counts, "an drei Stimmen gescheitert" 3, "voted by 412 to 139", "by 24 votes to
  10, clergy by 102 to 94 and lay members by 103 to 97" six counts; "Die nötige
  Zweidrittelmehrheit lag bei 60 Stimmen." 0.6667 and 60, "a two-thirds majority" 0.6667
  (forty-fifth and eighty-third).
- The papal trip (forty-fifth, eighty-third): "für elf Tage" and "an 11-day trip" 11 days,
  "seiner elftägigen Asienreise" 11 days (the issue's "dreitägige Reise"); "rund 24.600
  Flugkilometern" 24600 "about" and "about 24,600 km (15,300 miles)" 24600 "about" and 15300
  with no hedge (the hedge before the first figure only, seventy-eighth); "19 Termine in
  sieben Städten", "16 Ansprachen und Predigten", "16 speeches and homilies" counts; "rechnen
  die Veranstalter mit 400.000 Menschen" 400,000 with no hedge (an expectation, eighty-third:
  "vor erwarteten 800.000 Gläubigen"); each side's crowd is a claim ("Die Polizei sprach von
  180.000 Teilnehmenden, die Veranstalter von mehr als 300.000." 180,000 and 300,000 "over";
  ninety-ninth and hundredth), "State media put the crowd ... at 42,000" (speaker unchecked,
  "put ... at", ninety-ninth); "Hunderttausenden Gläubigen" and "Hundreds of thousands of
  people" none (seventeenth: "Zehntausende"); "about 7% of Vietnam's population of roughly
  100 million" 7 "about" and 100,000,000 "about"; "fewer than 25,000 Catholics, less than
  0.2%" both "under"; "for 45 minutes", "for 52 minutes on the 12-hour flight" durations.
- Other durations and ages (every earlier batch): "vor zwei Jahren" (forty-first: "vor fünf
  Jahren"), "binnen drei Monaten", "binnen zwei Wochen", "binnen fünf Jahren", "auf elf
  Monate", "nach nur sechs Jahren" ("nur" no hedge), "vier Jahre vor Erreichen der
  Altersgrenze von 75 Jahren" 4 and 75 years, "24 Jahre lang", "neun Jahre", "over the next
  five years" 5 years with no hedge ("over" before "the", forty-first), "for at least five
  years" "at_least", "for almost three years" "nearly", "for up to 18 months" "up_to", "run
  for three years", "extended the scheme by two years", "was 14 months", "for 19 years",
  "began five years ago" (thirtieth: "five years ago"); none: "im Jahr davor", "ein Jahr
  zuvor", "seit Jahren", "in den kommenden Jahren", "im Jahr" after an amount, "a year",
  "last year", "during the year", "a decade earlier", "for a decade", "decades overdue",
  "within weeks", "in the 1970s" (thirty-ninth: decades none). Ages are durations in years
  ("Der 71-Jährige", "Der 54-Jährige", "im Alter von 89 Jahren", "The 58-year-old", "Okafor,
  52,", "at the age of 87"); the vox pops "Martin Kolasky, 63," and "Nguyen Thi Lan, 68," in
  negatives keep their ages (seventy-sixth and eighty-third). Age bounds: "jünger als 14
  Jahre" "under" (eighty-third), "älter als 60 Jahre" and "aged over 60" "over" (tenth and
  fifty-fifth), "under the age of 50" and "under 30" "under", "those 65 and older"
  "at_least" (forty-ninth), "131 of whom are under 80" 80 years "under" (eighty-third).
- Money in the currency written (every earlier batch): EUR ("rund 528 Millionen Euro", "5,91
  Milliarden Euro", "41.2 million euros", "6.3 billion euros from 6.0 billion euros", "a fee of
  about 30 euros" "about"), CHF ("112,4 Millionen Franken", "4,2 Millionen Franken", Swiss
  "20'000" and "5000", tenth and forty-eighth), GBP ("about £38 million" "about", "£200,000",
  "£150 million", "£410,000", "about £4.2 million a year" "about" - "a year" none), USD
  ("$172 million", "about $88 million" "about"), SEK ("around 7.4 billion Swedish crowns
  ($690 million)" SEK "about", USD with no hedge: the converted figure in brackets,
  eightieth and ninety-ninth), PLN ("241 million zlotys ($62 million)", "about 90 million
  zlotys a year"; hundred-fifth: "2.9 billion zlotys"), AUD ("more than A$420 million ($275
  million)" AUD "over", USD with no hedge; ninety-ninth: "A$1,000").
- Percentages (forty-first, eighty-third): "fell below 50%" "under" (fourteenth: "below
  10.5%"), "fewer than 45%" "under", "up to 40%" "up_to", "about 1% of taxable income"
  "about", "About 60 per cent" (Irish "per cent", forty-first) "about"; "plus or minus 1.9
  percentage points" 1.9 pp with no hedge (eighty-third); "dropped by about 10 points" 10 pp
  "about" (a survey's "points" are percentage points, forty-first).
- Counts otherwise: "Rund zwei Dutzend Gemeindemitglieder" 24 "about" (the issue's "two
  dozen"); "knapp 1.000 Gebäude", "etwa 100", "fewer than 20" "under", "more than 40"
  "over", "14 flats", "24 Mietwohnungen", "248 members, 131 of whom" two counts
  (eighty-third: "18 new cardinals, 14 of whom"), "opened nine" 9.
- Years and dates: "zwischen 1945 und 2022", "seit 2005", "bis 2032", "bis 2035", "im Jahr
  2019", "aus dem Jahr 1898", "1970", "Ende 2025" (eighty-third: "Ende 2024"), "im Jahr 1072
  gegründeten", "since 2010", "since 2019", "in 2023", "in March 2021", "in September 2026",
  "in February 2027", "in early 2027", "built in 1868", "in 2015" years; "am 12. Juli", "für
  den 14. September", "March 3-16" two dates (eighty-third: "Jan. 6-28"), "for Jan. 14", "on
  Aug. 8" dates without a year, "on June 30, 2027" 2027-06-30 (ninety-ninth: "on Jan. 1,
  2024"); Reuters datelines with a day ("STOCKHOLM, May 6", "WARSAW, May 14", "DUBLIN, June
  3", "VATICAN CITY, June 12", "COLOGNE, Germany, June 26" with the country between city
  and day, "SYDNEY, July 8", "VATICAN CITY, Sept 20", "HANOI, Sept 25", "BANGKOK, Oct 4")
  dates without a year; APA, KNA, Keystone-SDA, kath.ch, dpa, epd, KAP, PA and AP datelines
  and "ABOARD THE PAPAL PLANE (AP) —" none (seventy-ninth). Months, weekdays and seasons
  ("Ende September", "in March", "by the end of June", "am Sonntag") and "Ende Jahr" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly", "Roughly", "Some" "about"; "knapp", "Knapp", "fast", "Nearly", "almost"
  "nearly"; "mehr als", "gut", "über", "more than", "above", "aged over", "älter als"
  "over"; "weniger als", "Weniger als", "jünger als", "fewer than", "Fewer than", "less
  than", "below", "under", "just under" "under"; "mindestens", "Mindestens", "at least"
  "at_least"; "up to" "up_to"; "insgesamt", "Insgesamt", "zusammen", "im Schnitt", "nur",
  "nur noch", "Nur noch", "bereits", "zuletzt", "erstmals", "Only", "between", "zwischen",
  "usually", "initially", "among" no hedge.
- Speakers, checked only in forms the earlier batches settled, and two decided here: "teilte
  die Bischofskonferenz mit", "teilte die Kommission mit", "teilte das Gericht mit", "teilte
  die EKD mit", "teilte die Diözese Gurk mit", "teilte das Bistum Mainz mit", "teilte der
  Vatikan mit" (twice), "teilte die Deutsche Bischofskonferenz am Freitag mit" (the weekday
  dropped), "wie die Landeskirche am Donnerstag mitteilte" the source with its article in
  the nominative (forty-first, eighty-third); "teilte die Nuntiatur in Wien mit" -> "die
  Nuntiatur" (the place dropped, twenty-sixth and seventy-eighth); "nach Angaben der
  Staatsanwaltschaft" -> "die Staatsanwaltschaft" (as "nach Angaben der Polizei",
  seventieth); "so Synodalratspräsidentin Verena Amstutz" -> "Verena Amstutz"
  (forty-eighth); titles before a name dropped ("Finanzkammerdirektor", "Studienleiter",
  "Studienleiterin", "Kommissionsvorsitzende", "Generalvikar", "Bischofskonferenz-Sprecher").
  New: the clerical title is dropped as any other - "sagte Bischof Helmut Dierkes." ->
  "Helmut Dierkes". English: "the Kirk said" -> "the Kirk" (new: a church's short name
  with its article, as "the church said", forty-first), "the church said" (twice, once with
  "on Wednesday" dropped), "the finance ministry said" (hundred-fifth: "the infrastructure
  ministry said"), "the government said on Wednesday", "the bishops' conference said on
  Friday", "the Archbishops' Council said", "the diocese said" (twice), "the auction house
  said" (ninety-eighth), "The Church Commissioners said ..." opening the sentence -> "the
  Church Commissioners", "the Department of Social Services said", "the Vatican said"
  (twice, forty-fifth) with the article in lower case; "according to the Pew Research
  Center" (forty-first); "Lambeth Palace said" as written (sixty-third: "Downing Street
  announced"); "Deputy Finance Minister Tomasz Wrona said", "Education Minister Aoife
  Brennan said", "Vatican spokesman Stefano Rinaldi said" (ninety-third: "Vatican spokesman
  Matteo Broglia said") the name; "said Joanna Mercer, a senior researcher at Pew" the name
  (forty-first: "said Helen Marsh, a professor ..."); "Carrow said" as written. Left
  unchecked (None): "heißt es in der Studie", "nach eigenen Angaben", "Nach Zählungen des
  Bistums", "rechnete der Verband der Diözesen Deutschlands vor" (hundredth: "rechnete
  dagegen vor"), "sagte eine Gerichtssprecherin" (a role without a name), "Nach Angaben der
  vietnamesischen Bischofskonferenz" (an adjective heading the source, seventieth),
  "kündigte an", "sprach von" (ninety-ninth), "according to the church's statistics
  institute" (a possessive heading the source, eighty-third), "a church survey found",
  "according to figures released by the denomination", "figures released on Wednesday
  showed", "court records show", "it said in its annual report", "church officials said
  Saturday", "Survivors' advocates said" (a plural group, forty-first), "State media put",
  "He said", rows without attribution and all negatives, also those with a named speaker.
- Negatives (ninety-eighth, ninety-ninth, hundredth, hundred-sixth): quoted rhetoric and
  feeling of bishops, a council president, a synod member, parishioners, a companion, a
  sociologist, a pastor, a presiding bishop, an archbishop, victims and a pilgrim (also with
  a named speaker); labels and verdicts ("nannte das Vorgehen ... ein „System des
  Wegschauens“", "nannte die Summen eine „Demütigung ...“", "sprach von einem „Weckruf
  ...“", "sprach von einem „schmerzhaften Tag ...“", "called the plan "managed decline
  ..."", "called the cut "an attack on religious freedom."", "called the result "a
  departure ..."", "called the pace of payments "shameful."", "said the findings made
  "deeply uncomfortable reading."", "Heritage campaigners said the sale showed the need
  ..."); apologies as gestures, quoted and reported („Ich bitte alle Betroffenen um Vergebung
  ...“, ""I apologise unreservedly ...,"", "said in a statement that he was "profoundly
  sorry"" - new: a reported apology is a gesture as a quoted one, hundred-sixth);
  prayers, an invitation to pray and thanks for prayers („Bitten wir Gott, dass ...“, „Ich
  danke allen, die ... für mich gebetet haben“, ""May he rest in the peace of the Lord,"";
  eighty-third and ninety-ninth); condolences ("sprach den Angehörigen ... sein Beileid aus",
  "The pope sent a telegram of condolence praising ...", ninety-ninth); sermons' and
  homilies' appeals ("In seiner Predigt mahnte der Papst, ...", "In his homily, the pope
  urged ...", eighty-third) and a bishop's appeal ("Der Bischof rief die Gemeinden auf,
  ..."); new: a service or session that closes with a prayer or a blessing is scene colour
  ("Anschließend segnete der Papst vom offenen Wagen aus die Menge.", "The debate closed with
  a prayer for congregations ..."), as are candles and bells ("Vor dem Dom stellten Gläubige
  ... Kerzen auf, ...", "Church bells tolled across Cebu ..."), pilgrims in the open, nuns
  waving flags and supporters weeping in a gallery; a banner and a placard («Die Kirche
  gehört ins Dorf», „Zwölf Jahre Warten sind zwölf Jahre zu viel“ with its 12 and 12 years
  labelled, seventeenth and hundredth); open questions ("Ob der Rückgang ...", "Wie viele
  der Gebäude ...", "It remains unclear whether ..."); a forecast without a figure
  ("Kirchenfachleute rechnen damit, dass sich der Abwärtstrend ... beschleunigt.",
  forty-seventh); a hope ("Church leaders hope ...", thirtieth); an evasive answer ("the
  pope replied only that "the door is open.""); two Reuters credits (seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_114 = [
    # --- Kirchenaustritte in Österreich (APA) ---
    ("de", "Wien (APA) - Die katholische Kirche in Österreich hat 2025 durch Austritte 74.918 Mitglieder verloren, um 4,4 Prozent weniger als im Jahr davor.", True, [("year", 2025, None, None), ("count", 74918, None, None), ("percent", 4.4, "%", None)], None),
    ("de", "Knapp die Hälfte der Bevölkerung, nämlich 4,47 Millionen Menschen, ist damit noch katholisch, teilte die Bischofskonferenz mit.", True, [("fraction", 0.5, None, "nearly"), ("count", 4470000, None, None)], "die Bischofskonferenz"),
    ("de", "Die Zahl der Austritte ging zum dritten Mal in Folge zurück, im Rekordjahr 2022 waren es mehr als 90.000 gewesen.", True, [("ordinal", 3, None, None), ("year", 2022, None, None), ("count", 90000, None, "over")], None),
    ("de", "Am stärksten betroffen war erneut die Erzdiözese Wien mit 19.870 Austritten, in der Diözese Feldkirch waren es gut 2.100.", True, [("count", 19870, None, None), ("count", 2100, None, "over")], None),
    ("de", "Im Gegenzug traten 5.402 Menschen in die Kirche ein oder kehrten in sie zurück.", True, [("count", 5402, None, None)], None),
    ("de", "Der Kirchenbeitrag brachte den neun Diözesen zusammen rund 528 Millionen Euro ein.", True, [("count", 9, None, None), ("money", 528000000, "EUR", "about")], None),
    ("de", "Pro zahlendem Mitglied seien das im Schnitt 178 Euro im Jahr, sagte Finanzkammerdirektor Leopold Haidinger.", True, [("money", 178, "EUR", None)], "Leopold Haidinger"),
    ("de", "„Wer austritt, kündigt keinen Handyvertrag, sondern verlässt eine Gemeinschaft“, sagte der Wiener Erzbischof Clemens Pirchner.", False, [], None),
    ("de", "Ob der Rückgang der Austritte eine Trendwende markiert, wagt in der Bischofskonferenz niemand vorherzusagen.", False, [], None),
    # --- Missbrauchsstudie im Bistum Eichstätt (KNA) ---
    ("de", "Eichstätt (KNA) - Im Bistum Eichstätt haben zwischen 1945 und 2022 mindestens 227 Kinder und Jugendliche sexualisierte Gewalt durch Kleriker und kirchliche Mitarbeiter erlitten.", True, [("year", 1945, None, None), ("year", 2022, None, None), ("count", 227, None, "at_least")], None),
    ("de", "Das geht aus einer 890 Seiten umfassenden Studie hervor, die Forschende der Universität Regensburg am Mittwoch vorstellten.", True, [("count", 890, None, None)], None),
    ("de", "Grundlage der Untersuchung waren rund 2.300 Personalakten und 112 Interviews mit Betroffenen und Zeitzeugen.", True, [("count", 2300, None, "about"), ("count", 112, None, None)], None),
    ("de", "Die Studie benennt 98 Beschuldigte, unter ihnen 81 Priester und sechs Ordensfrauen.", True, [("count", 98, None, None), ("count", 81, None, None), ("count", 6, None, None)], None),
    ("de", "Knapp zwei Drittel der Betroffenen waren jünger als 14 Jahre, als der Missbrauch begann.", True, [("fraction", 0.6667, None, "nearly"), ("duration", 14, "year", "under")], None),
    ("de", "In einem Zwischenbericht vor zwei Jahren war noch von 164 Betroffenen und 73 Beschuldigten die Rede gewesen.", True, [("duration", 2, "year", None), ("count", 164, None, None), ("count", 73, None, None)], None),
    ("de", "Nach dem Zwischenbericht hätten sich zahlreiche weitere Betroffene gemeldet, sagte Studienleiter Tobias Hallermann.", True, [], "Tobias Hallermann"),
    ("de", "Mindestens 19 Beschuldigte seien nach Bekanntwerden von Vorwürfen lediglich in andere Pfarreien versetzt worden, heißt es in der Studie.", True, [("count", 19, None, "at_least")], None),
    ("de", "„Ich bitte alle Betroffenen um Vergebung für das Leid, das ihnen in unserer Kirche zugefügt worden ist“, sagte Bischof Gregor Hanselmann.", False, [], None),
    ("de", "Hanselmann kündigte an, die Ergebnisse binnen drei Monaten gemeinsam mit dem Betroffenenbeirat auszuwerten.", True, [("duration", 3, "month", None)], None),
    ("de", "Der Betroffenenbeirat nannte das Vorgehen der früheren Bistumsleitung ein „System des Wegschauens“.", False, [], None),
    ("de", "Ein früherer Generalvikar wies den Vorwurf zurück, belastende Akten vernichtet zu haben.", True, [], None),
    ("de", "Gegen fünf noch lebende Beschuldigte ermittelt nach Angaben der Staatsanwaltschaft die Kriminalpolizei.", True, [("count", 5, None, None)], "die Staatsanwaltschaft"),
    ("de", "Die Studie kostete das Bistum nach eigenen Angaben knapp 1,2 Millionen Euro.", True, [("money", 1200000, "EUR", "nearly")], None),
    # --- Genugtuung in der Schweiz (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Zahl der dokumentierten Missbrauchsfälle im Umfeld der katholischen Kirche in der Schweiz ist auf mindestens 1'240 gestiegen.", True, [("count", 1240, None, "at_least")], None),
    ("de", "In der Pilotstudie von 2023 waren die Historikerinnen und Historiker noch von 1'018 Fällen ausgegangen.", True, [("year", 2023, None, None), ("count", 1018, None, None)], None),
    ("de", "Die Zahl der Beschuldigten stieg von 510 auf 586, rund drei Viertel der Betroffenen waren minderjährig.", True, [("count", 510, None, None), ("count", 586, None, None), ("fraction", 0.75, None, "about")], None),
    ("de", "Die Dunkelziffer liege um ein Vielfaches höher, sagte Studienleiterin Monika Zürcher.", True, [], "Monika Zürcher"),
    ("de", "Die Bischofskonferenz hat bisher Genugtuungsbeiträge von insgesamt 2,6 Millionen Franken an 214 Betroffene ausbezahlt.", True, [("money", 2600000, "CHF", None), ("count", 214, None, None)], None),
    ("de", "Die Beiträge liegen zwischen 5000 und 20'000 Franken pro Person.", True, [("money", 5000, "CHF", None), ("money", 20000, "CHF", None)], None),
    ("de", "«Geld heilt keine Wunden, aber es ist ein Zeichen, dass man uns endlich glaubt», sagte eine Vertreterin der Betroffenen.", False, [], None),
    ("de", "Die Bischöfe wollen bis Ende Jahr in allen sechs Bistümern unabhängige Meldestellen einrichten.", True, [("count", 6, None, None)], None),
    # --- Anerkennungsleistungen (KNA) ---
    ("de", "Bonn (KNA) - Die Unabhängige Kommission für Anerkennungsleistungen hat im vergangenen Jahr 1.183 Anträge von Missbrauchsbetroffenen bearbeitet.", True, [("count", 1183, None, None)], None),
    ("de", "Insgesamt sprach sie Zahlungen von 38,7 Millionen Euro zu, im Schnitt knapp 32.700 Euro pro Antrag.", True, [("money", 38700000, "EUR", None), ("money", 32700, "EUR", "nearly")], None),
    ("de", "In 41 Fällen lag die Summe über 100.000 Euro, die höchste Einzelleistung betrug 320.000 Euro.", True, [("count", 41, None, None), ("money", 100000, "EUR", "over"), ("money", 320000, "EUR", None)], None),
    ("de", "Seit dem Start des Verfahrens 2021 summieren sich die Leistungen auf mehr als 110 Millionen Euro, teilte die Kommission mit.", True, [("year", 2021, None, None), ("money", 110000000, "EUR", "over")], "die Kommission"),
    ("de", "Knapp 60 Prozent der Antragsteller sind Männer, die meisten von ihnen älter als 60 Jahre.", True, [("percent", 60, "%", "nearly"), ("duration", 60, "year", "over")], None),
    ("de", "Die durchschnittliche Bearbeitungsdauer sei auf elf Monate gesunken, sagte Kommissionsvorsitzende Sabine Oberndörfer.", True, [("duration", 11, "month", None)], "Sabine Oberndörfer"),
    ("de", "Die Betroffeneninitiative „Gebrochenes Schweigen“ nannte die Summen eine „Demütigung für alle, denen die Kindheit gestohlen wurde“.", False, [], None),
    ("de", "Die Initiative fordert pauschal mindestens 300.000 Euro pro Fall, wie sie Zivilgerichte zuletzt in Einzelfällen zugesprochen hatten.", True, [("money", 300000, "EUR", "at_least")], None),
    ("de", "„Zwölf Jahre Warten sind zwölf Jahre zu viel“, stand auf einem Plakat vor dem Sitz der Kommission in Bonn.", False, [("duration", 12, "year", None), ("duration", 12, "year", None)], None),
    # --- Kirchen im Kanton Zürich (kath.ch) ---
    ("de", "Zürich (kath.ch) - Die römisch-katholische Körperschaft im Kanton Zürich will bis 2032 elf ihrer 96 Kirchen und Kapellen verkaufen oder umnutzen.", True, [("year", 2032, None, None), ("count", 11, None, None), ("count", 96, None, None)], None),
    ("de", "Grund sind sinkende Einnahmen: Die Kirchensteuern natürlicher Personen gingen 2025 um 3,1 Prozent auf 112,4 Millionen Franken zurück.", True, [("year", 2025, None, None), ("percent", 3.1, "%", None), ("money", 112400000, "CHF", None)], None),
    ("de", "Jede dritte Kirche im Kanton werde sonntags von weniger als 40 Gläubigen besucht, so Synodalratspräsidentin Verena Amstutz.", True, [("fraction", 0.3333, None, None), ("count", 40, None, "under")], "Verena Amstutz"),
    ("de", "Die Synode stimmte dem Plan am Donnerstag mit 71 zu 23 Stimmen bei 5 Enthaltungen zu.", True, [("count", 71, None, None), ("count", 23, None, None), ("count", 5, None, None)], None),
    ("de", "Die neugotische Kirche St. Gallus aus dem Jahr 1898 geht für 4,2 Millionen Franken an eine Musikschule.", True, [("year", 1898, None, None), ("money", 4200000, "CHF", None)], None),
    ("de", "Rund zwei Dutzend Gemeindemitglieder protestierten vor dem Sitzungssaal gegen die Verkäufe.", True, [("count", 24, None, "about")], None),
    ("de", "«Die Kirche gehört ins Dorf» stand auf einem ihrer Transparente.", False, [], None),
    ("de", "«Ein Gotteshaus ist mehr als eine Immobilie», sagte ein älterer Mann aus Affoltern.", False, [], None),
    # --- Gebäude im Bistum Aachen (dpa) ---
    ("de", "Aachen (dpa) - Das Bistum Aachen will sich bis 2035 von rund einem Drittel seiner knapp 1.000 Gebäude trennen.", True, [("year", 2035, None, None), ("fraction", 0.3333, None, "about"), ("count", 1000, None, "nearly")], None),
    ("de", "Betroffen sind auch 112 Kirchen, in denen künftig keine regelmäßigen Gottesdienste mehr stattfinden sollen.", True, [("count", 112, None, None)], None),
    ("de", "Von den derzeit 326 Kirchen würden langfristig nur etwa 100 als Pfarrkirchen erhalten, sagte Bischof Helmut Dierkes.", True, [("count", 326, None, None), ("count", 100, None, "about")], "Helmut Dierkes"),
    ("de", "Der Unterhalt der Gebäude koste das Bistum derzeit rund 48 Millionen Euro im Jahr, sagte Generalvikar Dominik Rautenberg.", True, [("money", 48000000, "EUR", "about")], "Dominik Rautenberg"),
    ("de", "Seit 2005 hat das Bistum bereits 43 Kirchen profaniert, abgerissen oder verkauft.", True, [("year", 2005, None, None), ("count", 43, None, None)], None),
    ("de", "Eine frühere Pfarrkirche in Mönchengladbach wurde zur Kletterhalle umgebaut, in eine andere zogen 24 Mietwohnungen ein.", True, [("count", 24, None, None)], None),
    ("de", "Nach Zählungen des Bistums besuchen nur noch 4,9 Prozent der Katholikinnen und Katholiken regelmäßig die Sonntagsmesse.", True, [("percent", 4.9, "%", None)], None),
    ("de", "„Wenn die Kirche aus dem Ort verschwindet, geht ein Stück Heimat verloren“, sagte ein Pfarrgemeinderat aus der Eifel.", False, [], None),
    ("de", "Der Bischof rief die Gemeinden auf, den Umbruch als Chance für einen Neuanfang zu begreifen.", False, [], None),
    ("de", "Wie viele der Gebäude tatsächlich Käufer finden, ist offen.", False, [], None),
    # --- Segnungen in Württemberg (epd) ---
    ("de", "Stuttgart (epd) - Die württembergische Landessynode hat Segnungsgottesdienste für gleichgeschlechtliche Paare in allen Kirchengemeinden ermöglicht.", True, [], None),
    ("de", "Für das Kirchengesetz stimmten am Samstag 66 der 90 Synodalen, 21 stimmten dagegen, zwei enthielten sich.", True, [("count", 66, None, None), ("count", 90, None, None), ("count", 21, None, None), ("count", 2, None, None)], None),
    ("de", "Die nötige Zweidrittelmehrheit lag bei 60 Stimmen.", True, [("fraction", 0.6667, None, None), ("count", 60, None, None)], None),
    ("de", "Bei einer ersten Abstimmung im Jahr 2019 war ein ähnlicher Entwurf noch an drei Stimmen gescheitert.", True, [("ordinal", 1, None, None), ("year", 2019, None, None), ("count", 3, None, None)], None),
    ("de", "Pfarrerinnen und Pfarrer, die aus Gewissensgründen keine Segnungen vornehmen wollen, werden dazu nicht verpflichtet.", True, [], None),
    ("de", "„Heute hat die Liebe gesiegt“, rief eine Synodale nach der Abstimmung unter Applaus.", False, [], None),
    ("de", "Der Gesprächskreis „Christus im Zentrum“ sprach von einem „schmerzhaften Tag für die Einheit unserer Kirche“.", False, [], None),
    # --- Austritte beim Amtsgericht Köln (dpa) ---
    ("de", "Köln (dpa) - Beim Amtsgericht Köln haben im ersten Halbjahr 9.412 Menschen ihren Austritt aus der Kirche erklärt.", True, [("ordinal", 1, None, None), ("count", 9412, None, None)], None),
    ("de", "Das sind rund 14 Prozent weniger als im gleichen Zeitraum des Vorjahres, teilte das Gericht mit.", True, [("percent", 14, "%", "about")], "das Gericht"),
    ("de", "Freie Termine seien online derzeit meist binnen zwei Wochen zu bekommen, sagte eine Gerichtssprecherin.", True, [("duration", 2, "week", None)], None),
    ("de", "Die Gebühr für den Austritt beträgt in Nordrhein-Westfalen 30 Euro.", True, [("money", 30, "EUR", None)], None),
    # --- Kirchenstatistik 2025 (KNA) ---
    ("de", "Rund 380.000 Kirchenaustritte: Katholische Kirche schrumpft weiter", True, [("count", 380000, None, "about")], None),
    ("de", "Bonn (KNA) - Rund 380.000 Katholikinnen und Katholiken haben im Jahr 2025 ihrer Kirche den Rücken gekehrt, teilte die Deutsche Bischofskonferenz am Freitag mit.", True, [("count", 380000, None, "about"), ("year", 2025, None, None)], "die Deutsche Bischofskonferenz"),
    ("de", "Die Zahl der Austritte lag damit zum vierten Mal in Folge über 300.000.", True, [("ordinal", 4, None, None), ("count", 300000, None, "over")], None),
    ("de", "Die Mitgliederzahl sank auf rund 19,1 Millionen, ihr Anteil an der Bevölkerung auf 22,6 Prozent.", True, [("count", 19100000, None, "about"), ("percent", 22.6, "%", None)], None),
    ("de", "Weniger als jeder vierte Einwohner Deutschlands ist damit noch katholisch.", True, [("fraction", 0.25, None, "under")], None),
    ("de", "Die Zahl der Taufen sei auf 104.300 gesunken, die der kirchlichen Trauungen auf knapp 29.000, sagte Bischofskonferenz-Sprecher Matthias Kordes.", True, [("count", 104300, None, None), ("count", 29000, None, "nearly")], "Matthias Kordes"),
    ("de", "Den Sonntagsgottesdienst besuchten im Schnitt nur 5,8 Prozent der Kirchenmitglieder.", True, [("percent", 5.8, "%", None)], None),
    ("de", "Zu Priestern geweiht wurden im ganzen Land nur 27 Männer, so wenige wie nie zuvor.", True, [("count", 27, None, None)], None),
    ("de", "Die Kirchensteuer brachte den 27 Bistümern rund 6,4 Milliarden Euro ein, ein Rückgang um 1,7 Prozent.", True, [("count", 27, None, None), ("money", 6400000000, "EUR", "about"), ("percent", 1.7, "%", None)], None),
    ("de", "Inflationsbereinigt bedeute das ein Minus von fast neun Prozent binnen fünf Jahren, rechnete der Verband der Diözesen Deutschlands vor.", True, [("percent", 9, "%", "nearly"), ("duration", 5, "year", None)], None),
    ("de", "„Diese Zahlen sind bitter, und wir werden sie nicht schönreden“, sagte der Vorsitzende der Bischofskonferenz.", False, [], None),
    ("de", "Das Zentralkomitee der deutschen Katholiken sprach von einem „Weckruf, der seit Jahren überhört wird“.", False, [], None),
    # --- EKD-Statistik (epd) ---
    ("de", "Hannover (epd) - Aus den 20 evangelischen Landeskirchen sind 2025 rund 331.000 Menschen ausgetreten, teilte die EKD mit.", True, [("count", 20, None, None), ("year", 2025, None, None), ("count", 331000, None, "about")], "die EKD"),
    ("de", "Es war das 14. Jahr in Folge mit mehr als 200.000 Austritten.", True, [("ordinal", 14, None, None), ("count", 200000, None, "over")], None),
    ("de", "Zählt man die Verstorbenen hinzu, verlor die evangelische Kirche rund 590.000 Mitglieder.", True, [("count", 590000, None, "about")], None),
    ("de", "Die Mitgliederzahl sank auf knapp 17,2 Millionen, gut jeder fünfte Mensch in Deutschland ist damit noch evangelisch.", True, [("count", 17200000, None, "nearly"), ("fraction", 0.2, None, "over")], None),
    ("de", "Die Kirchensteuereinnahmen gingen um 2,3 Prozent auf 5,91 Milliarden Euro zurück.", True, [("percent", 2.3, "%", None), ("money", 5910000000, "EUR", None)], None),
    ("de", "„Wir werden ärmer und kleiner, aber nicht stummer“, sagte die Ratsvorsitzende vor Journalisten in Hannover.", False, [], None),
    ("de", "Kirchenfachleute rechnen damit, dass sich der Abwärtstrend in den kommenden Jahren noch beschleunigt.", False, [], None),
    # --- Reformierte in Bern (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Reformierten Kirchen Bern-Jura-Solothurn haben Ende 2025 erstmals weniger als 450'000 Mitglieder gezählt.", True, [("year", 2025, None, None), ("count", 450000, None, "under")], None),
    ("de", "Das sind 2,4 Prozent weniger als ein Jahr zuvor, wie die Landeskirche am Donnerstag mitteilte.", True, [("percent", 2.4, "%", None)], "die Landeskirche"),
    ("de", "Nur noch gut zwei Fünftel der Bevölkerung im Kanton Bern sind reformiert, 1970 waren es mehr als drei Viertel.", True, [("fraction", 0.4, None, "over"), ("year", 1970, None, None), ("fraction", 0.75, None, "over")], None),
    ("de", "Die Kirchensteuern der Unternehmen brachten der Landeskirche zuletzt 31 Millionen Franken ein.", True, [("money", 31000000, "CHF", None)], None),
    ("de", "«Wir müssen lernen, mit weniger Geld mehr Nähe zu schaffen», sagte Synodalratspräsident Beat Hofstetter.", False, [], None),
    # --- Rücktritt des Bischofs von Gurk (Kathpress) ---
    ("de", "Klagenfurt (KAP) - Der Papst hat den Rücktritt von Bischof Ferdinand Trattnig angenommen.", True, [], None),
    ("de", "Der 71-Jährige hatte sein Amt nach nur sechs Jahren zur Verfügung gestellt, vier Jahre vor Erreichen der Altersgrenze von 75 Jahren.", True, [("duration", 71, "year", None), ("duration", 6, "year", None), ("duration", 4, "year", None), ("duration", 75, "year", None)], None),
    ("de", "Er habe sich nach einer schweren Erkrankung zu diesem Schritt entschlossen, teilte die Diözese Gurk mit.", True, [], "die Diözese Gurk"),
    ("de", "Bis zur Ernennung eines Nachfolgers leitet Dompropst Erich Kollmann die Diözese als Administrator.", True, [], None),
    ("de", "„Ich danke allen, die mich auf diesem Weg begleitet und für mich gebetet haben“, sagte Trattnig in einer Videobotschaft.", False, [], None),
    # --- Tod eines Weihbischofs (KNA) ---
    ("de", "Mainz (KNA) - Der frühere Mainzer Weihbischof Alfons Retzlaff ist im Alter von 89 Jahren gestorben, teilte das Bistum Mainz mit.", True, [("duration", 89, "year", None)], "das Bistum Mainz"),
    ("de", "Retzlaff war 24 Jahre lang Weihbischof und hatte zuvor neun Jahre das Priesterseminar geleitet.", True, [("duration", 24, "year", None), ("duration", 9, "year", None)], None),
    ("de", "Der Bischof sprach den Angehörigen im Namen des ganzen Bistums sein Beileid aus.", False, [], None),
    ("de", "„Er war ein Seelsorger, der zuhören konnte, lange bevor das in der Kirche Mode wurde“, sagte ein langjähriger Weggefährte.", False, [], None),
    ("de", "Das Requiem wird am 12. Juli im Mainzer Dom gefeiert.", True, [("date", "--07-12", None, None)], None),
    ("de", "Vor dem Dom stellten Gläubige am Abend Kerzen auf, die Glocken läuteten zum Gedenken.", False, [], None),
    # --- Neuer Bischof von Gurk (Kathpress) ---
    ("de", "Klagenfurt (KAP) - Neuer Bischof der Diözese Gurk wird der Salzburger Weihbischof Johannes Ebner, teilte die Nuntiatur in Wien mit.", True, [], "die Nuntiatur"),
    ("de", "Der 54-Jährige wird der 67. Bischof der im Jahr 1072 gegründeten Diözese.", True, [("duration", 54, "year", None), ("ordinal", 67, None, None), ("year", 1072, None, None)], None),
    ("de", "Die Bischofsweihe ist für den 14. September im Klagenfurter Dom angesetzt.", True, [("date", "--09-14", None, None)], None),
    ("de", "„Bitten wir Gott, dass er unserem neuen Bischof Kraft und Weisheit schenke“, sagte Kollmann beim Sonntagsgottesdienst.", False, [], None),
    # --- Papstreise nach Asien (KNA) ---
    ("de", "Vatikanstadt (KNA) - Der Papst reist Ende September für elf Tage nach Vietnam, Kambodscha und Thailand.", True, [("duration", 11, "day", None)], None),
    ("de", "Es ist die zwölfte Auslandsreise seines Pontifikats und mit rund 24.600 Flugkilometern die bislang weiteste, teilte der Vatikan mit.", True, [("ordinal", 12, None, None), ("count", 24600, None, "about")], "der Vatikan"),
    ("de", "Auf dem Programm stehen 19 Termine in sieben Städten; zur Abschlussmesse in Bangkok rechnen die Veranstalter mit 400.000 Menschen.", True, [("count", 19, None, None), ("count", 7, None, None), ("count", 400000, None, None)], None),
    ("de", "Noch nie hat ein Papst Vietnam besucht.", True, [], None),
    ("de", "Nach Angaben der vietnamesischen Bischofskonferenz leben in dem Land rund sieben Millionen Katholiken.", True, [("count", 7000000, None, "about")], None),
    ("de", "Bangkok (KNA) - Zum Abschluss seiner elftägigen Asienreise hat der Papst am Sonntag in Bangkok eine Messe mit Hunderttausenden Gläubigen gefeiert.", True, [("duration", 11, "day", None)], None),
    ("de", "Die Polizei sprach von 180.000 Teilnehmenden, die Veranstalter von mehr als 300.000.", True, [("count", 180000, None, None), ("count", 300000, None, "over")], None),
    ("de", "In seiner Predigt mahnte der Papst, über dem wirtschaftlichen Aufschwung die Armen nicht zu vergessen.", False, [], None),
    ("de", "Viele Gläubige hatten die Nacht im Freien verbracht, manche in weißen Gewändern und mit Fähnchen in den Händen.", False, [], None),
    ("de", "Anschließend segnete der Papst vom offenen Wagen aus die Menge.", False, [], None),
    ("de", "Während der Reise hielt der Papst 16 Ansprachen und Predigten, teilte der Vatikan mit.", True, [("count", 16, None, None)], "der Vatikan"),
    # --- Church of Scotland (PA) ---
    ("en", "EDINBURGH (PA) - The Church of Scotland's General Assembly has backed plans to shed up to 40% of its buildings over the next five years.", True, [("percent", 40, "%", "up_to"), ("duration", 5, "year", None)], None),
    ("en", "Commissioners voted by 412 to 139 to approve the plans, the Kirk said.", True, [("count", 412, None, None), ("count", 139, None, None)], "the Kirk"),
    ("en", "The number of ministers in parish posts has fallen by about a third since 2010, to 590.", True, [("fraction", 0.3333, None, "about"), ("year", 2010, None, None), ("count", 590, None, None)], None),
    ("en", "Membership fell to about 245,000 at the end of last year, less than half the level of 2005.", True, [("count", 245000, None, "about"), ("fraction", 0.5, None, "under"), ("year", 2005, None, None)], None),
    ("en", "Fewer than one in five congregations now has a minister under the age of 50.", True, [("fraction", 0.2, None, "under"), ("duration", 50, "year", "under")], None),
    ("en", "Some 270 church buildings have been sold since 2020, raising about £38 million.", True, [("count", 270, None, "about"), ("year", 2020, None, None), ("money", 38000000, "GBP", "about")], None),
    ("en", "\"We are not closing the church, we are reshaping it for a new generation,\" the Moderator told commissioners.", False, [], None),
    ("en", "A group of elders from Aberdeenshire called the plan \"managed decline dressed up as mission.\"", False, [], None),
    ("en", "The debate closed with a prayer for congregations facing the loss of their buildings.", False, [], None),
    # --- Church of Sweden (Reuters) ---
    ("en", "STOCKHOLM, May 6 (Reuters) - Membership of the Church of Sweden fell below 50% of the population for the first time last year, the church said on Wednesday.", True, [("date", "--05-06", None, None), ("percent", 50, "%", "under"), ("ordinal", 1, None, None)], "the church"),
    ("en", "The Lutheran church had 5.12 million members at the end of 2025, or 48.6% of Swedes.", True, [("count", 5120000, None, None), ("year", 2025, None, None), ("percent", 48.6, "%", None)], None),
    ("en", "Some 52,700 people left the church during the year, the 12th consecutive year with more than 40,000 departures.", True, [("count", 52700, None, "about"), ("ordinal", 12, None, None), ("count", 40000, None, "over")], None),
    ("en", "Members pay a church fee averaging about 1% of taxable income, which raised around 7.4 billion Swedish crowns ($690 million) last year.", True, [("percent", 1, "%", "about"), ("money", 7400000000, "SEK", "about"), ("money", 690000000, "USD", None)], None),
    ("en", "Only about one in ten members attends a service every month, a church survey found.", True, [("fraction", 0.1, None, "about")], None),
    ("en", "\"People are not leaving faith, they are leaving an institution they no longer feel part of,\" said Ebba Sundström, a sociologist of religion at Uppsala University.", False, [], None),
    # --- Church Fund in Poland (Reuters) ---
    ("en", "WARSAW, May 14 (Reuters) - Poland's government will cut state contributions to Catholic clergy's pension and health insurance by a third next year, the finance ministry said.", True, [("date", "--05-14", None, None), ("fraction", 0.3333, None, None)], "the finance ministry"),
    ("en", "The Church Fund is due to receive 241 million zlotys ($62 million) in 2026.", True, [("money", 241000000, "PLN", None), ("money", 62000000, "USD", None), ("year", 2026, None, None)], None),
    ("en", "Deputy Finance Minister Tomasz Wrona said the cut would save the budget about 90 million zlotys a year.", True, [("money", 90000000, "PLN", "about")], "Tomasz Wrona"),
    ("en", "The fund was set up in 1950 to compensate the church for land seized by the communist authorities.", True, [("year", 1950, None, None)], None),
    ("en", "Only 28.3% of Catholics attended Sunday Mass on the annual count day, according to the church's statistics institute.", True, [("percent", 28.3, "%", None)], None),
    ("en", "The bishops' conference called the cut \"an attack on religious freedom.\"", False, [], None),
    ("en", "It remains unclear whether the president will sign the budget bill.", False, [], None),
    ("en", "(Reporting by Marta Zielinska; Editing by Gareth Powell)", False, [], None),
    # --- Mass attendance in the U.S. (AP) ---
    ("en", "NEW YORK (AP) — Fewer than one in five U.S. Catholics say they attend Mass every week, according to the Pew Research Center.", True, [("fraction", 0.2, None, "under")], "the Pew Research Center"),
    ("en", "The survey of 5,123 adults was conducted March 3-16; its sampling error is plus or minus 1.9 percentage points.", True, [("count", 5123, None, None), ("date", "--03-03", None, None), ("date", "--03-16", None, None), ("percent", 1.9, "pp", None)], None),
    ("en", "Among Catholics under 30, the share is 13%, compared with 31% of those 65 and older.", True, [("duration", 30, "year", "under"), ("percent", 13, "%", None), ("percent", 31, "%", None), ("duration", 65, "year", "at_least")], None),
    ("en", "\"Weekly attendance among Catholics has dropped by about 10 points since 2008,\" said Joanna Mercer, a senior researcher at Pew.", True, [("percent", 10, "pp", "about"), ("year", 2008, None, None)], "Joanna Mercer"),
    ("en", "Nearly a third of Americans raised Catholic no longer identify with the church.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "About 20% of U.S. adults identify as Catholic, a share that has held roughly steady for a decade.", True, [("percent", 20, "%", "about")], None),
    ("en", "Roughly two-thirds of those who left said they had simply drifted away from religion.", True, [("fraction", 0.6667, None, "about")], None),
    ("en", "\"The pews are emptying from the back,\" said a pastor in suburban Chicago.", False, [], None),
    ("en", "Church leaders hope a new focus on parish life will bring younger families back.", False, [], None),
    # --- Irish redress scheme (Reuters) ---
    ("en", "DUBLIN, June 3 (Reuters) - Irish religious orders will contribute 110 million euros to a redress scheme for people sexually abused at schools they ran, the government said on Wednesday.", True, [("date", "--06-03", None, None), ("money", 110000000, "EUR", None)], "the government"),
    ("en", "The orders had offered 60 million euros in March, an amount survivors' groups described as an insult.", True, [("money", 60000000, "EUR", None)], None),
    ("en", "A state inquiry last year recorded 1,870 allegations against 712 alleged abusers at 263 schools.", True, [("count", 1870, None, None), ("count", 712, None, None), ("count", 263, None, None)], None),
    ("en", "Survivors will be able to claim between 15,000 and 300,000 euros each under the scheme.", True, [("money", 15000, "EUR", None), ("money", 300000, "EUR", None)], None),
    ("en", "The total cost is estimated at up to 1.2 billion euros, with the state covering the balance.", True, [("money", 1200000000, "EUR", "up_to")], None),
    ("en", "The scheme will open to applications in September 2026 and run for three years.", True, [("year", 2026, None, None), ("duration", 3, "year", None)], None),
    ("en", "About 60 per cent of claims are expected to come from men now aged over 60.", True, [("percent", 60, "%", "about"), ("duration", 60, "year", "over")], None),
    ("en", "Education Minister Aoife Brennan said the first payments would be made in early 2027.", True, [("ordinal", 1, None, None), ("year", 2027, None, None)], "Aoife Brennan"),
    ("en", "\"This is not charity, it is a debt that is decades overdue,\" a spokesman for the campaign group Survivors of Day Schools said.", False, [], None),
    # --- Vatican bank (Reuters) ---
    ("en", "VATICAN CITY, June 12 (Reuters) - The Vatican bank posted a net profit of 41.2 million euros for 2025, up 9% from a year earlier, it said in its annual report on Friday.", True, [("date", "--06-12", None, None), ("money", 41200000, "EUR", None), ("year", 2025, None, None), ("percent", 9, "%", None)], None),
    ("en", "The bank, formally the Institute for the Works of Religion, will pay a dividend of 17 million euros to the pope for charitable and religious works.", True, [("money", 17000000, "EUR", None)], None),
    ("en", "It had 11,870 clients at the end of the year, most of them religious orders, Vatican employees and diplomats.", True, [("count", 11870, None, None)], None),
    ("en", "Client assets rose to 6.3 billion euros from 6.0 billion euros.", True, [("money", 6300000000, "EUR", None), ("money", 6000000000, "EUR", None)], None),
    ("en", "(Reporting by Philip Hartmann; Editing by Claire Dunmore)", False, [], None),
    # --- German church statistics in English (Reuters) ---
    ("en", "COLOGNE, Germany, June 26 (Reuters) - Germany's Catholic Church lost about 380,000 members to departures in 2025, the fourth year in a row above 300,000, the bishops' conference said on Friday.", True, [("date", "--06-26", None, None), ("count", 380000, None, "about"), ("year", 2025, None, None), ("ordinal", 4, None, None), ("count", 300000, None, "over")], "the bishops' conference"),
    ("en", "Together with the Protestant churches, fewer than 45% of Germans now belong to one of the two main Christian denominations.", True, [("percent", 45, "%", "under"), ("count", 2, None, None)], None),
    ("en", "The dioceses collected about 6.4 billion euros ($7.4 billion) in church tax, which is levied as a surcharge on income tax.", True, [("money", 6400000000, "EUR", "about"), ("money", 7400000000, "USD", None)], None),
    ("en", "Members can stop paying only by formally leaving the church at a registry office or local court, usually for a fee of about 30 euros.", True, [("money", 30, "EUR", "about")], None),
    ("en", "\"We have to accept that we are becoming a minority church,\" a spokesman for the bishops' conference said.", False, [], None),
    # --- Episcopal Church (AP) ---
    ("en", "NEW YORK (AP) — Membership in the Episcopal Church fell for the 21st consecutive year in 2025, dropping 3.1% to about 1.46 million, according to figures released by the denomination.", True, [("ordinal", 21, None, None), ("year", 2025, None, None), ("percent", 3.1, "%", None), ("count", 1460000, None, "about")], None),
    ("en", "Average Sunday attendance was 372,000, less than half the figure for 2002.", True, [("count", 372000, None, None), ("fraction", 0.5, None, "under"), ("year", 2002, None, None)], None),
    ("en", "The denomination closed 61 congregations during the year and opened nine.", True, [("count", 61, None, None), ("count", 9, None, None)], None),
    ("en", "\"Numbers are not the measure of faithfulness,\" the presiding bishop said in a video message.", False, [], None),
    # --- Church in Wales (PA) ---
    ("en", "CARDIFF (PA) - Average Sunday attendance in the Church in Wales fell to 19,800 last year, its sixth consecutive annual decline, the church said.", True, [("count", 19800, None, None), ("ordinal", 6, None, None)], "the church"),
    ("en", "The church plans to cut the number of stipendiary clergy by a fifth by 2030, saving about £4.2 million a year.", True, [("fraction", 0.2, None, None), ("year", 2030, None, None), ("money", 4200000, "GBP", "about")], None),
    ("en", "The Archbishop of Wales told the Governing Body that the church would have to \"travel lighter and trust more.\"", False, [], None),
    # --- Church of England redress (PA) ---
    ("en", "LONDON (PA) - The Church of England has raised the cap on payments under its national redress scheme to £200,000, the Archbishops' Council said.", True, [("money", 200000, "GBP", None)], "the Archbishops' Council"),
    ("en", "The scheme had received 1,212 applications by the end of June, up from 690 at the end of April.", True, [("count", 1212, None, None), ("count", 690, None, None)], None),
    ("en", "Only 57 payments had been made so far, averaging just under £31,000.", True, [("count", 57, None, None), ("money", 31000, "GBP", "under")], None),
    ("en", "The Church has set aside £150 million for the scheme, which will run for at least five years.", True, [("money", 150000000, "GBP", None), ("duration", 5, "year", "at_least")], None),
    ("en", "Survivors Voice UK called the pace of payments \"shameful.\"", False, [], None),
    # --- Bishop of Haddleton resigns (PA) ---
    ("en", "LONDON (PA) - The Bishop of Haddleton has resigned after an independent review found he failed to act on a safeguarding complaint against a vicar for almost three years.", True, [("duration", 3, "year", "nearly")], None),
    ("en", "The 58-year-old had led the diocese since 2019.", True, [("duration", 58, "year", None), ("year", 2019, None, None)], None),
    ("en", "The 94-page review found that the complaint had passed between four senior officials without any of them informing police.", True, [("count", 94, None, None), ("count", 4, None, None)], None),
    ("en", "\"I apologise unreservedly to the survivor and to the wider church,\" Bishop Miles Carrow said in a statement.", False, [], None),
    ("en", "Carrow said he had learned of the complaint in March 2021.", True, [("year", 2021, None, None)], "Carrow"),
    ("en", "The Archbishop of York said the findings made \"deeply uncomfortable reading.\"", False, [], None),
    ("en", "The diocese has published the review in full on its website.", True, [], None),
    ("en", "The Bishop of Brackley, Sarah Okafor, will serve as acting Bishop of Haddleton, Lambeth Palace said.", True, [], "Lambeth Palace"),
    ("en", "Okafor, 52, was among the first women consecrated as bishops in the Church of England in 2015.", True, [("duration", 52, "year", None), ("ordinal", 1, None, None), ("year", 2015, None, None)], None),
    ("en", "She will serve for up to 18 months while a permanent successor is chosen, the diocese said.", True, [("duration", 18, "month", "up_to")], "the diocese"),
    # --- General Synod (PA) ---
    ("en", "YORK (PA) - The Church of England's General Synod has narrowly backed proposals for standalone services of blessing for same-sex couples.", True, [], None),
    ("en", "Bishops backed the motion by 24 votes to 10, clergy by 102 to 94 and lay members by 103 to 97.", True, [("count", 24, None, None), ("count", 10, None, None), ("count", 102, None, None), ("count", 94, None, None), ("count", 103, None, None), ("count", 97, None, None)], None),
    ("en", "Final approval will require a two-thirds majority in each house, with a vote expected in February 2027.", True, [("fraction", 0.6667, None, None), ("year", 2027, None, None)], None),
    ("en", "Conservative evangelicals called the result \"a departure from the plain teaching of Scripture.\"", False, [], None),
    ("en", "Some supporters in the public gallery wept as the result was announced.", False, [], None),
    # --- Redress in Australia (Reuters) ---
    ("en", "SYDNEY, July 8 (Reuters) - Australian Catholic institutions have paid more than A$420 million ($275 million) to survivors of child sexual abuse under the national redress scheme since it began in 2018, figures released on Wednesday showed.", True, [("date", "--07-08", None, None), ("money", 420000000, "AUD", "over"), ("money", 275000000, "USD", None), ("year", 2018, None, None)], None),
    ("en", "Catholic bodies were named in about 58% of the 17,400 applications involving a religious institution.", True, [("percent", 58, "%", "about"), ("count", 17400, None, None)], None),
    ("en", "The maximum payment is A$150,000 and the average about A$88,000, the Department of Social Services said.", True, [("money", 150000, "AUD", None), ("money", 88000, "AUD", "about")], "the Department of Social Services"),
    ("en", "Applications close on June 30, 2027, after the government extended the scheme by two years.", True, [("date", "2027-06-30", None, None), ("duration", 2, "year", None)], None),
    ("en", "Survivors' advocates said the average wait for a decision was 14 months.", True, [("duration", 14, "month", None)], None),
    # --- Diocese of Marlow Falls settlement (AP) ---
    ("en", "MARLOW FALLS, N.Y. (AP) — The Roman Catholic Diocese of Marlow Falls has agreed to pay $172 million to settle more than 430 claims of child sexual abuse, ending a bankruptcy case that began five years ago.", True, [("money", 172000000, "USD", None), ("count", 430, None, "over"), ("duration", 5, "year", None)], None),
    ("en", "Insurers will contribute about $88 million, with the diocese and its parishes paying the rest, the diocese said.", True, [("money", 88000000, "USD", "about")], "the diocese"),
    ("en", "The diocese had initially offered $58 million in 2023, a sum survivors rejected as inadequate.", True, [("money", 58000000, "USD", None), ("year", 2023, None, None)], None),
    ("en", "The number of claimants rose from 312 when the case was filed to 437 by the claims deadline, court records show.", True, [("count", 312, None, None), ("count", 437, None, None)], None),
    ("en", "Individual awards are expected to range from $50,000 to $1.2 million, depending on the severity of the abuse.", True, [("money", 50000, "USD", None), ("money", 1200000, "USD", None)], None),
    ("en", "The settlement still needs approval from a federal bankruptcy judge, who scheduled a hearing for Jan. 14.", True, [("date", "--01-14", None, None)], None),
    ("en", "The diocese is one of more than 40 in the United States to have sought bankruptcy protection over abuse claims.", True, [("count", 40, None, "over")], None),
    ("en", "Bishop Thomas Garrity said in a statement that he was \"profoundly sorry\" for the harm done by clergy of the diocese.", False, [], None),
    ("en", "\"No amount of money gives back what was taken from us,\" said Martin Kolasky, 63, who says he was abused by a parish priest in the 1970s.", False, [("duration", 63, "year", None)], None),
    # --- Church sold in Bolton (PA) ---
    ("en", "BOLTON (PA) - A listed Victorian church in Bolton has been sold at auction for £410,000 to a developer who plans to turn it into 14 flats.", True, [("money", 410000, "GBP", None), ("count", 14, None, None)], None),
    ("en", "The church, built in 1868, closed for worship in 2019 after its congregation dwindled to fewer than 20.", True, [("year", 1868, None, None), ("year", 2019, None, None), ("count", 20, None, "under")], None),
    ("en", "The buyer is a property developer based in Manchester, the auction house said.", True, [], "the auction house"),
    ("en", "The Church Commissioners said 22 churches had been closed for regular worship in 2025, compared with 35 a decade earlier.", True, [("count", 22, None, None), ("year", 2025, None, None), ("count", 35, None, None)], "the Church Commissioners"),
    ("en", "Heritage campaigners said the sale showed the need for a national fund to rescue redundant churches.", False, [], None),
    # --- Death of a cardinal (AP) ---
    ("en", "CEBU, Philippines (AP) — Cardinal Ramon Tolentino, who led the Archdiocese of Cebu for 19 years, has died at the age of 87, church officials said Saturday.", True, [("duration", 19, "year", None), ("duration", 87, "year", None)], None),
    ("en", "His death leaves the College of Cardinals with 248 members, 131 of whom are under 80 and eligible to vote in a conclave.", True, [("count", 248, None, None), ("count", 131, None, None), ("duration", 80, "year", "under")], None),
    ("en", "Tolentino was made a cardinal in 2012 and retired as archbishop in 2019.", True, [("year", 2012, None, None), ("year", 2019, None, None)], None),
    ("en", "The pope sent a telegram of condolence praising Tolentino's \"tireless love for the poor.\"", False, [], None),
    ("en", "Church bells tolled across Cebu as mourners gathered outside the cathedral.", False, [], None),
    ("en", "A funeral Mass will be held on Aug. 8 at the Cebu Metropolitan Cathedral.", True, [("date", "--08-08", None, None)], None),
    ("en", "\"May he rest in the peace of the Lord,\" the archdiocese said in a statement.", False, [], None),
    # --- The pope in Asia (Reuters, AP) ---
    ("en", "VATICAN CITY, Sept 20 (Reuters) - The pope leaves on Thursday for an 11-day trip to Vietnam, Cambodia and Thailand, the longest of his papacy.", True, [("date", "--09-20", None, None), ("duration", 11, "day", None)], None),
    ("en", "He will travel about 24,600 km (15,300 miles) and deliver 16 speeches and homilies, the Vatican said.", True, [("count", 24600, None, "about"), ("count", 15300, None, None), ("count", 16, None, None)], "the Vatican"),
    ("en", "It is the 12th foreign trip of his pontificate and will make him the first pope to visit communist-ruled Vietnam.", True, [("ordinal", 12, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Catholics make up about 7% of Vietnam's population of roughly 100 million.", True, [("percent", 7, "%", "about"), ("count", 100000000, None, "about")], None),
    ("en", "In Cambodia, there are fewer than 25,000 Catholics, less than 0.2% of the population.", True, [("count", 25000, None, "under"), ("percent", 0.2, "%", "under")], None),
    ("en", "HANOI, Sept 25 (Reuters) - Hundreds of thousands of people lined the streets of Hanoi on Friday as the pope arrived for the first papal visit to Vietnam.", True, [("date", "--09-25", None, None), ("ordinal", 1, None, None)], None),
    ("en", "State media put the crowd at the Mass in My Dinh National Stadium at 42,000, the venue's full capacity.", True, [("count", 42000, None, None)], None),
    ("en", "The pope met Vietnam's president for 45 minutes at the presidential palace, the Vatican said.", True, [("duration", 45, "minute", None)], "the Vatican"),
    ("en", "Nuns in white ao dai waved yellow-and-white Vatican flags as the popemobile passed.", False, [], None),
    ("en", "\"I have waited my whole life for this day,\" said Nguyen Thi Lan, 68, a retired teacher from Nam Dinh.", False, [("duration", 68, "year", None)], None),
    ("en", "In his homily, the pope urged Vietnamese Catholics to be \"good citizens and good Christians.\"", False, [], None),
    ("en", "BANGKOK, Oct 4 (Reuters) - The pope on Sunday visited a camp near the Thai-Myanmar border that houses about 9,000 refugees, before celebrating a final Mass in Bangkok.", True, [("date", "--10-04", None, None), ("count", 9000, None, "about")], None),
    ("en", "ABOARD THE PAPAL PLANE (AP) — The pope took questions from reporters for 52 minutes on the 12-hour flight back to Rome from Bangkok on Sunday.", True, [("duration", 52, "minute", None), ("duration", 12, "hour", None)], None),
    ("en", "Vatican spokesman Stefano Rinaldi said about 1.1 million people had attended the pope's public events during the trip.", True, [("count", 1100000, None, "about")], "Stefano Rinaldi"),
    ("en", "He said he had accepted an invitation from the bishops of South Korea to visit their country.", True, [], None),
    ("en", "Asked whether he would visit China, the pope replied only that \"the door is open.\"", False, [], None),
]
