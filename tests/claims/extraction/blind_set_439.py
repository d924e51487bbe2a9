"""Four-hundred-and-thirty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government, popes, presiding
bishops and primates appear only by office ("the pope", „der steirische Landeshauptmann“,
"the Primus", „die Ratsvorsitzende der EKD“, „der Vorsitzende der Bischofskonferenz“), and
bishops, vicars general, synod presidents, church officials and researchers of real
churches, dioceses and institutes appear under made-up names that stand for no real holder,
or by their role only („der Bischof“, „die Präses der Landessynode“, „ein Pilgerbegleiter“,
"the bishop", "the convention's president", "the study's lead author").

Names: Dorothee Hasenkamp-Riedl, Regula Imhasly-Frei, Miriam Achenbach-Thiel, Henrike
Adomeit-Falk, Bernhard Pölzleitner, Clemens Hochstätter, Torsten Gellermann-Rott, Annegret
Vilsmaier-Kohl, Christoph Bruckmayr, Marianne Ruppaner-Weiss and Jens-Peter Quistorf; Anne
Thurlow-Reed, Dale Hutchens-Ward, Alison Brightwater-Cole, Harriet Quennell-Shaw, Thomas
Rendell-Haig and Helga Marquardt-Olsen; every unnamed bishop, spokesperson, synod member,
critic, attorney and official. Real churches, dioceses, bodies, pollsters, media and places
(Bistum Würzburg, Universität Würzburg, Staatsanwaltschaft Würzburg, Betroffenenbeirat,
Schweizerisches Pastoralsoziologisches Institut, SPI, Bistum Basel, Bistum Chur, Bistum St.
Gallen, Genf, Neuenburg, Forsa, RTL/ntv-Trendbarometer, Mariazell, Via Sacra, Land
Steiermark, Statistisches Landesamt, Erzbistum Köln, Diözesanrat, Landtag, Amtsgericht,
Deutsche Bischofskonferenz, Bistum Görlitz, Zentralkomitee der deutschen Katholiken, EKD,
Evangelische Kirche in Mitteldeutschland, Evangelisch-lutherische Landeskirche Hannovers,
Erzbistum München und Freising, Freistaat, reformierte Landeskirche des Kantons Zürich,
Kirchensynode, Kirchenrat, Nordkirche, Dithmarschen, Nordfriesland, Bistum Eichstätt,
Nuntius; the Church of England, the Archbishops' Council, the Church Commissioners,
Statistics for Mission, British Social Attitudes, NatCen, Humanists UK, the House of Lords,
the Southern Baptist Convention, the Cooperative Program, the International Mission Board,
the Pew Research Center, The Pew Charitable Trusts, the John Templeton Foundation, the
Catholic diocese based in Syracuse, the German Bishops' Conference, the Pilgrim's Office,
the Camino de Santiago, Sarria, the Scottish Episcopal Church and its General Synod, the
Vatican, Peter's Pence, the Secretariat for the Economy, the Holy See press office, Gallup,
Vermont's Catholic diocese, Essex Junction, and the datelines' cities) stand for the way
wire copy names them; every count, share, sum, vote, finding, date and quote here is
invented, and where a real figure came to mind (a real fee for leaving the church, a real
number of church districts or parishes, a real peak of a denomination's membership, a real
survey share from 1983) it was changed or left out.

Its weight: RELIGION, CHURCHES AND SOCIETY SURVEYS, fourth round (the forty-fifth batch
weighed culture, religion and media copy, the eighty-third religion, churches and society
surveys and the hundred-fourteenth churches and religion; their decisions are kept). One
wire week, Monday, June 21, to Sunday, June 27, as 21 stories in story order, the German and
English ones interleaved by day, about half in each language. German (KNA, Keystone-SDA with
Swiss "31'577" and «» quotes, dpa, dpa/lnw, dpa/lby, Kathpress, epd; German „“ quotes): an
abuse study in the diocese of Würzburg with victims, accused, files, payments and a demand,
Swiss Catholic leavers and church tax, a Forsa survey on belief and trust („Knapp die
Hälfte“, „Zwei von fünf Befragten“, „nur jeder Fünfte“, „Gut ein Viertel“) with fieldwork,
sample and margin, the foot pilgrimage to Mariazell and the basilica's visitor count, church
leavers in North Rhine-Westphalia, the Catholic church statistics (a KNA headline, leavers,
members, the share of the population, baptisms, weddings, Sunday attendance, ordinations,
re-entries, church tax), the EKD's statistics and projection, church tax in Bavaria, the
Zurich Reformed synod's vote on cutting posts and the Nordkirche synod's vote with its
Zwei-Drittel-Mehrheit, and the opening of a diocese's 1275-Jahr-Feier in Eichstätt. English
(PA, AP, Reuters): Church of England attendance, British Social Attitudes on religion ("More
than half", "Just under two in five", "Only one in 20"), the Southern Baptist Convention's
membership decline and an amendment short of two-thirds, Pew on religious switching ("About
two in five", "Roughly three in 10"), a diocese's bankruptcy settlement with survivors,
German church statistics in English, record pilgrims on the Camino, the Scottish Episcopal
Church's General Synod voting by houses on redress, Peter's Pence with the Vatican's deficit
and pilgrims, and a Vermont diocese's 175th anniversary. Speakers as such copy has them, in
forms the earlier batches settled: „sagte X“ with a title, „so X“ with a title, „Laut
Generalvikar X“, „wie die Deutsche Bischofskonferenz ... mitteilte“, „teilte die EKD ... in
Hannover mit“, „teilte das ... Institut (SPI) ... mit“, „wie der Kirchenrat mitteilte“,
„nach Angaben der Wallfahrtsleitung“ and „der Polizei“, Konjunktiv I with „sagte X“; "X
said", "said X" with a title, "The lead author, Dr. X, said", "the denomination said", "the
diocese said", "the church said", "The Church Commissioners said", "Pew said", "the Vatican
said", "the Secretariat for the Economy said"; beside them the forms left unchecked
(documents, surveys and every "according to", roles, plural sources, verbs that are not of
saying). Figures as such copy has them: leavers, members, baptisms, ordinations, pilgrims
and crowds, shares of the population and of respondents in percent, fractions and "X in N",
church tax and settlements in euros, francs, pounds and dollars, tallies of synods by house,
votes with their majorities, consecutive declines and rises as ordinals, anniversaries,
ages, spans, years and dates. Negatives as such copy has them - 56 rows, none with a figure:
bishops', researchers' and officials' rhetoric and feeling in quotes from the same speakers
who give the figures, an apology as a gesture, labels from victims' councils, critics, a
humanist lobby and synod members, appeals and an invitation to pray, a prayer, a closing
prayer and a sermon line, open questions, a forecast without a figure, evasions and a
refusal to judge, scene colour at a pilgrimage, a Mass and a jubilee, a vox pop and a
funding line, each near a check-worthy look-alike from the same story.

245 rows (123 German, 122 English), 56 negatives (28 German, 28 English), 189 check-worthy
rows of which 15 carry no figure (8 German, 7 English), 352 expected quantities (137 counts,
49 percentages - 46 in "%", 3 in percentage points "pp" -, 42 years, 39 amounts of money -
23 EUR, 11 USD, 4 GBP, 1 CHF -, 35 durations - 26 in years, 7 in days, 1 in months, 1 in
weeks -, 29 fractions, 11 ordinals, 10 dates; none of them in a negative), 38 checked
speakers (19 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence (or one headline) and is judged alone (sixteenth and thirty-second
  batches); the KNA headline „Kirchenstatistik: Knapp 290.000 Katholiken treten aus“ is
  check-worthy with 290,000 "nearly" (eighty-third, hundred-fourteenth). A quoted or
  reported fact, figure, plan or demand with a figure is check-worthy with the speaker its
  own attribution gives, also in Konjunktiv I („Mehr als zwei Drittel der Betroffenen seien
  ..., sagte Studienleiterin Dorothee Hasenkamp-Riedl.“, „Für das Gesamtjahr rechne man mit
  mehr als 900.000 Gästen, sagte Superior Bernhard Pölzleitner.“, „Der Anteil ... sei
  erstmals unter 45 Prozent gefallen, sagte Adomeit-Falk.“; forty-first, eighty-third,
  hundred-fourteenth); quoted or reported rhetoric, feeling, labels, appeals and evasions
  are negatives with speaker None, also with a named speaker (ninety-eighth,
  four-hundred-and- twentieth). Pairs from one speaker: Hasenkamp-Riedl's two thirds beside
  „Jede einzelne Tat ist eine zu viel“; Imhasly-Frei's 30.4 percent beside «Hinter jedem
  Austritt steht eine Enttäuschung ...»; Pölzleitner's 900,000 beside „Wer hier ankommt
  ...“; Hochstätter's church tax beside his refusal to judge the trend; Vilsmaier-Kohl's 45
  million euros beside „mit weniger Geld mehr Kirche zu sein“; Ruppaner-Weiss's five years
  beside «Wir bauen nicht ab, wir bauen um»; Thurlow-Reed's 1,430 communities beside
  "Something is stirring in our parishes ..."; Hutchens-Ward's 1,900 churches beside
  "Scripture is clear ..."; Brightwater- Cole's "about twice as likely" beside "shopping
  around for it"; Rendell-Haig's $18 million beside "No amount of money can undo ...". A
  victims' council's demand with a figure is check-worthy (hundred-fourteenth: "fordert
  pauschal mindestens 300.000 Euro pro Fall"), its label of the study a negative.
  Check-worthy without a figure: the authors' estimate „um ein Vielfaches höher“
  (hundred-fourteenth: a vague magnitude, none), a former vicar general's denial
  (ninety-eighth), two cantons without a compulsory church tax, a head of a regional
  government joining the last stage of a pilgrimage, „Wie im Vorjahr verzeichneten alle
  Bistümer mehr Austritte als Taufen.“ ("alle" none), the Landeskirche with the most
  leavers, a hiring freeze, the nuncio's announced visit, a diocese's plan to publish
  figures, a resolution approved without a tally (hundred-fourteenth: a vote reported
  without its tally), Pew's plan to publish further reports, a settlement awaiting a judge's
  approval (seventieth: a procedure's next step), the formal step of leaving a church in
  Germany, a redress panel and its chair, and Vermont's ranking in Gallup polls.
- Church statistics are counts (forty-first, eighty-third, hundred-fourteenth): leavers,
  members, baptisms, weddings, confirmations, ordinations, re-entries, conversions,
  worshippers, churches, parishes, posts, missionaries, messengers, claimants, reports and
  applications. „genau 31'577“ carries no hedge ("genau" no hedge, thirty-seventh; the Swiss
  apostrophe groups thousands, tenth and hundred-fourteenth), and Swiss four-digit figures
  without a separator („9870“, „5214“, „3066“, „knapp 8000“) are read as written
  (hundred-fourteenth: „5000 Franken“). „In vier der 27 Bistümer“ two counts (a definite
  group, forty-first; eighty-third: „in sieben der 27 Bistümer“), „Die sieben bayerischen
  Bistümer“ 7, „den 20 Landeskirchen“ 20 (eighty-third), "Germany's two main churches" and
  "the two churches" 2 (eighty-third), "all three houses" 3 ("all" no hedge, eighty-third);
  „einer der beiden großen Kirchen“ none (hundred-seventeenth: „der beiden“), „keine einzige
  Priesterweihe“ none (eighty-third). „die Zahl der Pfarrstellen von 246 auf 222“, „auf 16
  Stellen“, "have been merged into 58" counts. Distances and crowds are counts (forty-fifth,
  eighty-third): „rund 120 Kilometer“, "about 115 km", "at least 100 km or cycle at least
  200 km" (each with its own "at least"), „rund 4.800 Pilgerinnen und Pilger“, „knapp
  410.000 Besucherinnen und Besucher“, „rund 6.500 Gläubige“, "A record 263,000 pilgrims"
  ("A record" none, four-hundred-and-twentieth), "about 1.2 million pilgrims", "about 4,500
  people".
- Shares (the issue; eighty-third, hundred-fourteenth): „Knapp die Hälfte“ 0.5 "nearly",
  „Zwei von fünf Befragten“ 0.4 (thirty-fifth: „drei von vier Befragten“ 0.75;
  three-hundred-and-fourth: „zwei von fünf Ehen“), „nur jeder Fünfte“ 0.2 („nur“ no hedge),
  „weniger als jeder vierte Einwohner“ 0.25 "under" (hundred-fourteenth), „Knapp jede dritte
  Person“ 0.3333 "nearly", „gut ein Fünftel“ 0.2 and „Gut ein Viertel“ 0.25 "over", „Mehr
  als zwei Drittel“ 0.6667 "over"; "About two in five" 0.4 "about" (hundred-fourth: "two in
  five"), "Just under two in five" 0.4 "under" (seventieth: "just under a fifth"), "Roughly
  three in 10" 0.3 "about" (eighty-third), "Nearly three in five" 0.6 "nearly", "about one
  in eight" 0.125 "about" beside "one in 10" 0.1 with no hedge, "Only one in 20" 0.05
  ("Only" no hedge; hundred-seventy-eighth: "about one in 20 services"), "about one in five"
  0.2 "about", "More than half" 0.5 "over", "Fewer than half" 0.5 "under" (fifty-fifth),
  "Nearly half" 0.5 "nearly", "Just under a quarter" 0.25 "under" (eighty-third), "about a
  quarter" 0.25 "about", "About a third" 0.3333 "about", "roughly three-quarters" 0.75
  "about", "about a fifth below" 0.2 "about" (eighty-third: a share before a comparative),
  "down by nearly a third" 0.3333 "nearly" (hundred-fourteenth: "by about a third"); „die
  nötige Zwei-Drittel-Mehrheit“ and "the two-thirds majority" 0.6667 (twenty-second,
  eighty-third, three-hundred-and-twenty-sixth), "at least two-thirds of those who cast
  ballots" 0.6667 "at_least" (two-hundred-and-tenth: "at least two-thirds"). „einer
  Halbierung der Mitgliederzahl“ none (hundred-seventy-fifth: "Halbierung").
- Surveys (twenty-third, forty-first, eighty-third): shares, samples, fieldwork dates and
  margins are check-worthy. „vom 8. bis 11. Juni“ --06-08 and --06-11, "between 7 September
  and 30 October" --09-07 and --10-30 (British day-month, fifty-fifth), "from July 2026 to
  March 2027" the years (eighty-third); „1.006 Personen“, "36,908 adults", "3,512 adults"
  counts; „plus/minus drei Prozentpunkte“ and "a margin of sampling error of 0.9 percentage
  points" pp with no hedge (eighty-third), "by about 15 percentage points" 15 pp "about".
  „Personen ab 18 Jahren“ 18 years "at_least" (eighty-third: „ab 14 Jahren“); the age bands
  „18- bis 29-Jährigen“, „25- bis 39-Jährigen“ and "18 to 24-year-olds" give both ends in
  years (twenty-third, eighty-third); "under 16" and "under 30" "under", "those 65 and
  older" "at_least" (forty-ninth), "was over 60" 60 years "over" (hundred-fourteenth: "aged
  over 60"). „mindestens einmal im Jahr“, „mindestens einmal pro Woche“ and "at least once a
  month" count 1 "at_least" („im Jahr“, „pro Woche“, "a month" none; ninety-fifth,
  hundred-ninety-ninth); "about twice as likely" count 2 "about" (eighty-third: "more than
  twice as likely"); "at least occasionally" none.
- Abuse studies and settlements (eighty-third, hundred-fourteenth): „zwischen 1946 und 2021
  mindestens 296“ two years and 296 "at_least"; „einer 1.240 Seiten starken Untersuchung“
  1,240 (eighty-third: „1.146 Seiten“); „142 Beschuldigte, darunter 109 Priester, neun
  Diakone und 24 Laien“ four counts; „jünger als 14 Jahre“ 14 years "under"; „In 58 Fällen
  ... nach ersten Hinweisen“ 58 with no ordinal („ersten“ before a plural without an
  article, sixteenth); „von insgesamt 3,8 Millionen Euro, im Schnitt knapp 29.000 Euro pro
  Person“ ("insgesamt", "im Schnitt" no hedge, „knapp“ "nearly"; hundred-fourteenth); "range
  from $25,000 to $1.4 million" both USD, "Roughly $96 million" "about", "a combined $47
  million" with no hedge (hundred-eighth), "90 days" 90 days, "The oldest claimant is 91" 91
  years (eighty-third: "whose average age is 34"), "between 1955 and 1990" both years, "At
  least 39 other U.S. dioceses" "at_least", "Chapter 11" none (fifty-ninth); "up to £80,000"
  "up_to", "between 60 and 90 applications" two counts with no hedge, "£3.5 million for the
  first five years" ordinal 1 with 5 years (four-hundred-and-twentieth: "the first four
  months").
- Votes and tallies are counts (forty-first, seventy-sixth, eighty-third,
  hundred-fourteenth): „mit 81 zu 29 Stimmen bei 6 Enthaltungen“, „102 der 147 Synodalen“
  with the majority „bei 98 Stimmen“, „Dagegen stimmten 38 Synodale, sieben enthielten
  sich.“, „mit 41 Ja- zu 96 Nein-Stimmen“ (the hyphen of "Ja-" no sign, seventy-sixth),
  "bishops voting 5-1, clergy 41-9 and laity 44-12" six counts (eighty-third: "bishops
  voting 29-4"), "58.6% of the vote". New: „Ein Antrag, den Abbau auf 16 Stellen zu
  begrenzen, scheiterte knapp.“ keeps 16 with no hedge - „knapp“ after the verb qualifies
  the vote, not a figure, as "narrowly approved" carries none; only „knapp“ straight before
  a figure is "nearly".
- Consecutive counts and other ordinals (fifty-fourth, eighty-third, hundred-fourteenth):
  „zum fünften Mal in Folge“ 5, "the 20th straight year" 20, "a fourth consecutive year" 4,
  "the third consecutive annual rise" 3, "the second year in a row" 2, "his sixth foreign
  trip" 6 (eighty-third: „die fünfte Auslandsreise“), „Im ersten Halbjahr“ 1, "in the year's
  first six months" 1 with 6 months (four-hundred-and-twentieth: "in the year's first nine
  months"), „der erste Bischof“ 1, "its 175th anniversary" 175 (forty-fifth: "52nd
  anniversary"). None: „erstmals“, „so wenige wie nie zuvor“, „die letzte der laufenden
  Amtsperiode“, „Auf der letzten Etappe“, "the final vote", "the lowest number on record",
  "the largest", "the most since 2008" (the year is labelled).
- Anniversaries and ages. New: „seine 1275-Jahr-Feier“ is 1275 years - a figure glued to
  "-Jahr-Feier" reads as the span it celebrates, as „1100-jähriges Bestehen“ (forty-fifth)
  and „das 777-jährige Jubiläum“ (twelfth). New: „bis zum Bistumsfest am 7. Juli kommenden
  Jahres“ is the date --07-07 with no year - „kommenden Jahres“ names no year, as „im
  November kommenden Jahres“ carries none (hundred-forty-fifth). New: "the youngest of them
  34 and the oldest 79" are ages of 34 and 79 years - a bare figure after "the youngest" or
  "the oldest" of people is their age, as „die ältesten 17“ and "the youngest aged two"
  (hundred-seventy-ninth). „vor 30 Jahren“ 30 years, „gut 40 Jahre lang“ 40 years "over"
  (eighty-third: „gut neun Monate lang“), "founded in 1852" a year.
- Durations (every earlier batch): „vier Tage lang“, „binnen drei Tagen“, „bis zu zwei
  Wochen“ "up_to", „innerhalb von fünf Jahren“, „Die dreitägige Tagung“ 3 days (the issue),
  "the two-day meeting", "a three-day visit", "met for three days", "over the next three
  years" with no hedge (hundred-fourteenth: "over the next five years"), "five years
  earlier" 5 years (thirtieth: "five years ago"), "two decades ago" 20 years
  (hundred-seventh: "in two decades"), "for four decades" 40 years, "in the past five years"
  5 years (four-hundred-and- twentieth: „in den vergangenen fünf Jahren“), "close after two
  years". None: „im vergangenen Jahr“, „im Jahr davor“, „im Vorjahr“, „ein Jahr zuvor“, „im
  Rekordjahr davor“, „das laufende Jahr“, „das kommende Jahr“, „in den kommenden Jahren“,
  „heuer“, „jährlich“, „im Jahr“, „im Herbst“, „im Oktober“, "last year", "a year earlier",
  "a year ago", "a decade ago", "a decade earlier", "next year", "this year's", "later this
  year", "every week", "in the autumn", "in September", "between January and June", "in the
  mid-2000s" (hundred-thirty-third: "in the early 2000s"), weekdays.
- Percentages and money (every earlier batch): „ein Minus von 3,4 Prozent“ 3.4 (the noun
  "Minus" no sign, thirty-eighth), „unter 45 Prozent“ "under", „gut 12 Prozent“ "over",
  „etwa 7 Prozent“ and „rund 15 Prozent“ "about", „acht Prozent ..., ... neun Prozent“ and
  "8% or 9%" two percentages (eighty-first), "Fewer than half of Germans, about 43.4%" 0.5
  "under" and 43.4 "about" (each figure its own hedge). EUR („6,32 Milliarden Euro, nach
  6,24 Milliarden“ both EUR - the unit written once serves the list, seventy-sixth -, „rund
  359 Euro im Jahr“ "about", „knapp 1,62 Milliarden Euro“ "nearly", „die Gebühr von 35
  Euro“, "44.7 million euros from 83.5 million" both EUR), CHF („728 Millionen Franken“),
  GBP ("a further £190 million" no hedge, eighty-third: "A further"), USD ("$212.5 million",
  "$4.3 million toward a goal of $6 million"), and "about 13 billion euros ($14.1 billion)"
  EUR "about" with the converted USD in brackets and no hedge (seventy-eighth).
- Years and dates: „zwischen 1946 und 2021“, „2022“, „2026“, „seit 1957“, „seit 2019“, „vor
  2019“, „weniger als 2025“, „bis 2030“, „bis 2032“, „bis 2035“, „Bis 2060“, „gegenüber
  2017“, „ab 2031“ (no hedge, hundredth: „ab 2027“), „im Jahr 2012“, "in 2026", "of 2021",
  "its 2019 level", "in 1983", "in 2007", "between 2007 and 2019", "since 2022", "in 2020",
  "since 2004", "by 2040", "since 2018", "since 2010", "in 2025", "in 1852", "in 1980",
  "since 2008", "between 2006 and 2021" years. Reuters datelines with a day ("WASHINGTON,
  June 23", "BERLIN, June 24", "SANTIAGO DE COMPOSTELA, Spain, June 25" with the country
  between city and day, "VATICAN CITY, June 26") dates without a year (seventy-third,
  hundred-fourteenth); KNA, Keystone-SDA, dpa, dpa/lnw, dpa/lby, KAP, epd, PA and AP
  datelines none (seventy-ninth). "on 1 October" --10-01 (British day-month).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "Roughly",
  "Some" "about"; „knapp“, „Knapp“ straight before a figure, "nearly", "Nearly", "Almost"
  "nearly"; „gut“, „Gut“, „mehr als“, „Mehr als“, "more than", "More than", "over" before an
  age "over"; „weniger als“, „jünger als“, „unter“, "under", "Fewer than", "Just under"
  "under"; „mindestens“, "at least", "At least" "at_least"; „bis zu“, "up to" "up_to". No
  hedge: „genau“, „insgesamt“, „zusammen“, „im Schnitt“, „nur“, „nur noch“, „Allein“,
  „erneut“, „innerhalb von“, „binnen“, "Only", "only", "a further", "a combined", "A
  record", "still", the "between ... and" and "from ... to" of a range, "over" before a
  span.
- Speakers, checked only in forms the earlier batches settled, and one decided here: „sagte
  Studienleiterin Dorothee Hasenkamp-Riedl“, „sagte Forsa-Projektleiterin Miriam
  Achenbach-Thiel“, „sagte Superior Bernhard Pölzleitner“, „sagte Bischofskonferenz-Sprecher
  Clemens Hochstätter“, „sagte EKD-Finanzchef Torsten Gellermann-Rott“, „sagte
  Finanzdirektorin Annegret Vilsmaier-Kohl“, „sagte Oberkirchenrat Jens-Peter Quistorf“ the
  name with the title dropped (forty-first, eighty-third; hundred-fourteenth: the clerical
  title dropped as any other), „so SPI-Leiterin Regula Imhasly-Frei“ (hundred-fourteenth:
  „so Synodalratspräsidentin Verena Amstutz“), „Laut Generalvikar Christoph Bruckmayr“
  (four-hundred-and-twentieth), „sagte Adomeit-Falk“ and „sagte Ruppaner-Weiss“ as written;
  „wie die Deutsche Bischofskonferenz am Donnerstag mitteilte“, „teilte die EKD am
  Donnerstag in Hannover mit“ (the place dropped, eighty-third), „teilte die
  Staatsanwaltschaft Würzburg am Montag mit“ (the town part of the name,
  hundred-twenty-first), „teilte das Schweizerische Pastoralsoziologische Institut (SPI) am
  Montag mit“ (the abbreviation dropped, four-hundred-and-twentieth), „teilte das
  Statistische Landesamt am Mittwoch mit“, „wie der Kirchenrat mitteilte“, „nach Angaben der
  Wallfahrtsleitung“ and „nach Angaben der Polizei“ (three-hundred-and-fifty-sixth: „nach
  Angaben der Feuerwehr“) the source with its article in the nominative. English:
  "Thurlow-Reed said", "Hutchens-Ward said", "Brightwater-Cole said", "Rendell-Haig said" as
  written, "The lead author, Dr. Harriet Quennell-Shaw, said" the name in apposition with
  "Dr." dropped (three-hundred-and-fortieth), "the Archbishops' Council said", "the
  denomination said" (eighty-third), "the diocese said" (twice, hundred-fourteenth), "The
  church said" (twice) and "the church said" -> "the church" (forty-first,
  four-hundred-and-twentieth), "The Church Commissioners said" -> "the Church Commissioners"
  (hundred-fourteenth), "the German Bishops' Conference said", "the Pilgrim's Office said on
  Friday" (the weekday dropped), "the Vatican said on Saturday" (forty-fifth), "the
  Secretariat for the Economy said" (eighty-third), "Pew said it would publish ..." as
  written (four-hundred-and-twentieth: "Veridane said it expected ..."). New: "the Holy See
  press office said" -> "the Holy See press office", a body with its article as "the
  bishops' conference said" (hundred-fourteenth); the eighty-third left "according to a
  schedule released by the Holy See press office" unchecked because a document was the
  source. Left unchecked (None): „heißt es in der Studie“ (hundred-fourteenth), „nach ihren
  Worten“, „wie aus einer Forsa-Umfrage ... hervorgeht“ and „der Umfrage zufolge“ (surveys
  and documents, eighty-third), „Nach eigenen Angaben“ (forty-first), „Der Bischof kündigte
  an“, „rechnet ... mit“, „rechnete der Finanzchef vor“ (hundred-fourteenth: „rechnete ...
  vor“), „beziffert das Bistum“, „Der Betroffenenbeirat ... fordert“
  (four-hundred-and-twentieth: verbs that are not of saying), "the church's annual
  Statistics for Mission show", "The survey found that", "the survey found", "court papers
  show", "synod papers show", "figures released on Thursday showed", "the report showed",
  "Pew surveyed", "NatCen interviewed", "Gallup polls regularly rank" (documents, polls and
  data, eighty-third), every "according to" (a British Social Attitudes survey, a Pew
  Research Center survey, figures released ahead of the meeting, a tally by an advocacy
  group, estimates by church planners; four-hundred-and-twentieth), "The bishop said" (a
  role), "organizers said" (a plural source, four-hundred-and-twentieth - the forty-fifth
  batch had checked "organisers said"; the later batches' rule is kept), rows without
  attribution and all negatives, also those with a named speaker.
- Negatives (eighty-third, ninety-eighth, hundred-fourteenth, four-hundred-and-twentieth):
  quoted rhetoric and feeling of bishops (in Würzburg, in a sermon in Eichstätt, in Syracuse
  and in Vermont), a study leader, a church sociologist, the head of the SPI, a basilica's
  superior, a diocesan council's spokeswoman, the chair of the bishops' conference, the EKD
  council chair, a finance director, a church council president, the president of a synod, a
  lead bishop for evangelism, a pastor sponsoring an amendment, a Pew researcher, a study's
  lead author and a church official (also with a named speaker); an apology as a gesture
  („Wir haben zu lange weggeschaut, und dafür schäme ich mich zutiefst“, "Today we say to
  survivors: we believe you, and we are sorry," - hundred-fourteenth); labels and verdicts
  („nannte die Studie einen „späten, aber notwendigen Blick in den Abgrund““, „ein „Relikt
  aus dem Obrigkeitsstaat““, „sprachen von einem „Kahlschlag auf dem Land““, "called the
  figures "a modest bounce ..."", "called the proposal "a solution in search of a
  problem."", "called the deal "long overdue ..."", "called the payment cap "an insult
  ..."", Humanists UK's call on Parliament, "Vatican watchers said ..."); appeals („mahnte
  das Zentralkomitee“, „mahnte die Religionssoziologin“, „Die EKD warb erneut ...“, „rief
  ein Pilgerbegleiter den Ankommenden zu“, "The bishop asked parishes to pray ...";
  eighty-third); a closing prayer and a prayer („Herr, begleite unser Bistum ...“, betete
  der Bischof; "The pope prayed for peace ..."), the pope's line from his window and thanks
  for gifts ("The Vatican thanked the faithful ..."); open questions („Ob die Bistumsleitung
  ...“, „Wie es mit kleinen Kirchgemeinden ...“, "Whether the decline in belief ...", "What
  the shift means ...", "Whether a planned reform ...", "It was not immediately clear ...");
  a forecast without a figure („Kirchenfachleute erwarten ...“, hundred-fourteenth); an
  evasion and a refusal to judge („ging ein Sprecher des Erzbistums nicht ein“, „wollte
  Hochstätter nicht bewerten“, "God doesn't count the way we do," after a question); scene
  colour (bells and kneeling pilgrims at Mariazell, banner parties in Eichstätt, bells at
  the pilgrims' Mass, a hymn before the result, papal flags at the Vermont Mass;
  hundred-fourteenth); a pilgrim's vox pop without an age; and a funding line
  (seventy-sixth: AP's funding line).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_439 = [
    # --- Missbrauchsstudie im Bistum Würzburg (KNA), Montag, 21. Juni ---
    (
        "de",
        "Würzburg (KNA) - Im Bistum Würzburg haben zwischen 1946 und 2021 mindestens 296 Kinder und Jugendliche sexualisierte Gewalt durch Priester, Ordensleute und kirchliche Mitarbeitende erfahren.",
        True,
        [("year", 1946, None, None), ("year", 2021, None, None), ("count", 296, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das geht aus einer 1.240 Seiten starken Untersuchung hervor, die ein Team der Universität Würzburg am Montag vorgestellt hat.",
        True,
        [("count", 1240, None, None)],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten knapp 3.900 Personalakten aus und führten 87 Gespräche mit Betroffenen.",
        True,
        [("count", 3900, None, "nearly"), ("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Sie benennen 142 Beschuldigte, darunter 109 Priester, neun Diakone und 24 Laien.",
        True,
        [("count", 142, None, None), ("count", 109, None, None), ("count", 9, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als zwei Drittel der Betroffenen seien zur Tatzeit jünger als 14 Jahre gewesen, sagte Studienleiterin Dorothee Hasenkamp-Riedl.",
        True,
        [("fraction", 0.6667, None, "over"), ("duration", 14, "year", "under")],
        "Dorothee Hasenkamp-Riedl",
    ),
    (
        "de",
        "Die tatsächliche Zahl der Betroffenen dürfte nach Einschätzung des Forschungsteams um ein Vielfaches höher liegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In 58 Fällen seien Beschuldigte nach ersten Hinweisen lediglich in eine andere Pfarrei versetzt worden, heißt es in der Studie.",
        True,
        [("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Gegen drei noch lebende Beschuldigte liefen Vorermittlungen, teilte die Staatsanwaltschaft Würzburg am Montag mit.",
        True,
        [("count", 3, None, None)],
        "die Staatsanwaltschaft Würzburg",
    ),
    ("de", "„Wir haben zu lange weggeschaut, und dafür schäme ich mich zutiefst“, sagte der Bischof.", False, [], None),
    (
        "de",
        "Der Bischof kündigte an, die Zahl der Stellen in der diözesanen Interventionsstelle von zwei auf fünf aufzustocken.",
        True,
        [("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Betroffenen erhielten bislang Anerkennungsleistungen von insgesamt 3,8 Millionen Euro, im Schnitt knapp 29.000 Euro pro Person.",
        True,
        [("money", 3800000, "EUR", None), ("money", 29000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Betroffenenbeirats nannte die Studie einen „späten, aber notwendigen Blick in den Abgrund“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Betroffenenbeirat des Bistums fordert, die Zahlungen auf mindestens 100.000 Euro pro Fall anzuheben.",
        True,
        [("money", 100000, "EUR", "at_least")],
        None,
    ),
    ("de", "Ob die Bistumsleitung personelle Konsequenzen zieht, blieb am Montag offen.", False, [], None),
    ("de", "„Jede einzelne Tat ist eine zu viel“, sagte Hasenkamp-Riedl.", False, [], None),
    (
        "de",
        "Die Untersuchung hatte das Bistum 2022 in Auftrag gegeben; sie kostete rund 1,1 Millionen Euro.",
        True,
        [("year", 2022, None, None), ("money", 1100000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der frühere Generalvikar wies die ihn betreffenden Vorwürfe der Studie über einen Anwalt zurück.",
        True,
        [],
        None,
    ),
    # --- Kirchenaustritte in der Schweiz (Keystone-SDA), Montag, 21. Juni ---
    (
        "de",
        "St. Gallen (Keystone-SDA) - Aus der römisch-katholischen Kirche in der Schweiz sind 2026 genau 31'577 Personen ausgetreten.",
        True,
        [("year", 2026, None, None), ("count", 31577, None, None)],
        None,
    ),
    (
        "de",
        "Das sind gut 12 Prozent weniger als im Rekordjahr davor, teilte das Schweizerische Pastoralsoziologische Institut (SPI) am Montag mit.",
        True,
        [("percent", 12, "%", "over")],
        "das Schweizerische Pastoralsoziologische Institut",
    ),
    (
        "de",
        "Katholisch sind damit noch 30,4 Prozent der ständigen Wohnbevölkerung, so SPI-Leiterin Regula Imhasly-Frei.",
        True,
        [("percent", 30.4, "%", None)],
        "Regula Imhasly-Frei",
    ),
    (
        "de",
        "Knapp jede dritte Person im Land gehört heute keiner Religionsgemeinschaft an.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Bistum Basel traten 9870 Personen aus, im Bistum Chur 5214 und im Bistum St. Gallen 3066.",
        True,
        [("count", 9870, None, None), ("count", 5214, None, None), ("count", 3066, None, None)],
        None,
    ),
    (
        "de",
        "«Hinter jedem Austritt steht eine Enttäuschung, und die nehmen wir ernst», sagte Imhasly-Frei.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die meisten Austritte gab es nach ihren Worten bei den 25- bis 39-Jährigen.",
        True,
        [("duration", 25, "year", None), ("duration", 39, "year", None)],
        None,
    ),
    (
        "de",
        "Die Kirchensteuererträge natürlicher Personen sanken in den Kantonen zusammen um 2,6 Prozent auf 728 Millionen Franken.",
        True,
        [("percent", 2.6, "%", None), ("money", 728000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "In den Kantonen Genf und Neuenburg erheben die Kirchen keine obligatorische Kirchensteuer.",
        True,
        [],
        None,
    ),
    ("de", "Wie es mit kleinen Kirchgemeinden auf dem Land weitergeht, ist offen.", False, [], None),
    (
        "de",
        "Imhasly-Frei rechnet für das laufende Jahr erneut mit mehr als 30'000 Austritten.",
        True,
        [("count", 30000, None, "over")],
        None,
    ),
    # --- Church of England attendance (PA), Monday, June 21 ---
    (
        "en",
        "LONDON (PA) — The number of people worshipping with the Church of England in an average week rose by 2.1% last year to 1.04 million, the church's annual Statistics for Mission show.",
        True,
        [("percent", 2.1, "%", None), ("count", 1040000, None, None)],
        None,
    ),
    (
        "en",
        "It was the third consecutive annual rise since the pandemic low of 2021.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Christmas services drew 2.6 million people, while about 1.3 million attended at Easter, the Archbishops' Council said.",
        True,
        [("count", 2600000, None, None), ("count", 1300000, None, "about")],
        "the Archbishops' Council",
    ),
    (
        "en",
        "Young people under 16 made up about one in eight worshippers, up from one in 10 five years earlier.",
        True,
        [
            ("duration", 16, "year", "under"),
            ("fraction", 0.125, None, "about"),
            ("fraction", 0.1, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "There were 72,900 baptisms and thanksgivings, along with 28,400 weddings and 101,300 funerals.",
        True,
        [("count", 72900, None, None), ("count", 28400, None, None), ("count", 101300, None, None)],
        None,
    ),
    (
        "en",
        '"Something is stirring in our parishes, and we are grateful for every sign of it," said Bishop Anne Thurlow-Reed, the church\'s lead bishop for evangelism.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The figures were collected from about 15,200 churches and cathedrals.",
        True,
        [("count", 15200, None, "about")],
        None,
    ),
    (
        "en",
        "Sunday attendance alone stood at 685,000, still about a fifth below its 2019 level.",
        True,
        [("count", 685000, None, None), ("fraction", 0.2, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    ("en", 'Critics called the figures "a modest bounce from a very low base."', False, [], None),
    (
        "en",
        "Thurlow-Reed said the number of new worshipping communities had grown to 1,430, many of them meeting in homes and cafes.",
        True,
        [("count", 1430, None, None)],
        "Thurlow-Reed",
    ),
    (
        "en",
        "The Church Commissioners said they would put a further £190 million into growth programmes over the next three years.",
        True,
        [("money", 190000000, "GBP", None), ("duration", 3, "year", None)],
        "the Church Commissioners",
    ),
    ("en", "The church said it would publish figures for each diocese in the autumn.", True, [], "the church"),
    ("en", "The bishop asked parishes to pray for those who have drifted away from church life.", False, [], None),
    # --- Umfrage zu Glaube und Vertrauen in die Kirchen (dpa), Dienstag, 22. Juni ---
    (
        "de",
        "Berlin (dpa) - Knapp die Hälfte der Menschen in Deutschland glaubt an Gott, wie aus einer Forsa-Umfrage für das RTL/ntv-Trendbarometer hervorgeht.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Westen bejahten 52 Prozent die Frage, im Osten nur 21 Prozent, sagte Forsa-Projektleiterin Miriam Achenbach-Thiel.",
        True,
        [("percent", 52, "%", None), ("percent", 21, "%", None)],
        "Miriam Achenbach-Thiel",
    ),
    (
        "de",
        "Der katholischen Kirche vertrauen demnach nur noch 8 Prozent der Befragten, der evangelischen 19 Prozent.",
        True,
        [("percent", 8, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Zwei von fünf Befragten gaben an, mindestens einmal im Jahr einen Gottesdienst zu besuchen.",
        True,
        [("fraction", 0.4, None, None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "de",
        "Bei den 18- bis 29-Jährigen ist es nur jeder Fünfte.",
        True,
        [("duration", 18, "year", None), ("duration", 29, "year", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Forsa befragte vom 8. bis 11. Juni 1.006 Personen ab 18 Jahren, die statistische Fehlertoleranz beträgt plus/minus drei Prozentpunkte.",
        True,
        [
            ("date", "--06-08", None, None),
            ("date", "--06-11", None, None),
            ("count", 1006, None, None),
            ("duration", 18, "year", "at_least"),
            ("percent", 3, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "„Das ist ein Vertrauensverlust mit Ansage“, sagte die Münsteraner Religionssoziologin Henrike Adomeit-Falk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Anteil der Kirchenmitglieder an der Bevölkerung sei erstmals unter 45 Prozent gefallen, sagte Adomeit-Falk.",
        True,
        [("percent", 45, "%", "under")],
        "Adomeit-Falk",
    ),
    (
        "de",
        "Gut ein Viertel der Konfessionslosen bezeichnet sich der Umfrage zufolge dennoch als spirituell.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Nach eigenen Angaben beten 27 Prozent der Befragten mindestens einmal pro Woche.",
        True,
        [("percent", 27, "%", None), ("count", 1, None, "at_least")],
        None,
    ),
    ("de", "Die Kirchen müssten die Zahlen als Weckruf begreifen, mahnte die Religionssoziologin.", False, [], None),
    # --- British Social Attitudes on religion (PA), Tuesday, June 22 ---
    (
        "en",
        "LONDON (PA) — More than half of adults in Britain now say they have no religion, according to the latest British Social Attitudes survey.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "The survey found that 53% described themselves as having no religion, up from 33% in 1983.",
        True,
        [("percent", 53, "%", None), ("percent", 33, "%", None), ("year", 1983, None, None)],
        None,
    ),
    (
        "en",
        "Just under two in five, 38%, identify as Christian, including 11% who call themselves Anglican.",
        True,
        [("fraction", 0.4, None, "under"), ("percent", 38, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Among 18 to 24-year-olds, roughly three-quarters say they belong to no religion.",
        True,
        [("duration", 18, "year", None), ("duration", 24, "year", None), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "Only one in 20 adults attends a religious service every week.",
        True,
        [("fraction", 0.05, None, None)],
        None,
    ),
    ("en", '"Britain has quietly become a post-Christian country," the study\'s lead author said.', False, [], None),
    (
        "en",
        "The lead author, Dr. Harriet Quennell-Shaw, said the share of Muslims in the sample had risen to 6%.",
        True,
        [("percent", 6, "%", None)],
        "Harriet Quennell-Shaw",
    ),
    (
        "en",
        "NatCen interviewed 3,512 adults between 7 September and 30 October last year.",
        True,
        [("count", 3512, None, None), ("date", "--09-07", None, None), ("date", "--10-30", None, None)],
        None,
    ),
    ("en", "Whether the decline in belief has bottomed out is a matter of debate among sociologists.", False, [], None),
    (
        "en",
        "About a third of those with no religion still pray at least occasionally, the survey found.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Humanists UK said the results should prompt Parliament to rethink the bishops' seats in the House of Lords.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The proportion identifying as Catholic has held at about 7% for four decades.",
        True,
        [("percent", 7, "%", "about"), ("duration", 40, "year", None)],
        None,
    ),
    # --- Southern Baptist Convention annual meeting (AP), Tuesday, June 22 ---
    (
        "en",
        "ORLANDO, Fla. (AP) — The Southern Baptist Convention lost members for the 20th straight year in 2026, dropping by about 2% to 12.4 million, according to figures released ahead of its annual meeting.",
        True,
        [
            ("ordinal", 20, None, None),
            ("year", 2026, None, None),
            ("percent", 2, "%", "about"),
            ("count", 12400000, None, None),
        ],
        None,
    ),
    (
        "en",
        "That is down from a peak of more than 16 million in the mid-2000s.",
        True,
        [("count", 16000000, None, "over")],
        None,
    ),
    (
        "en",
        "Baptisms rose for a fourth consecutive year, to about 261,000, the denomination said.",
        True,
        [("ordinal", 4, None, None), ("count", 261000, None, "about")],
        "the denomination",
    ),
    (
        "en",
        "Nearly 11,200 messengers registered for the two-day meeting in Orlando.",
        True,
        [("count", 11200, None, "nearly"), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "A constitutional amendment to bar churches with women pastors won 58.6% of the vote on Tuesday, short of the two-thirds majority it needed.",
        True,
        [("percent", 58.6, "%", None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "It was the second year in a row that the amendment fell short at the final vote.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Scripture is clear, and we will keep bringing this back until it passes," said the Rev. Dale Hutchens-Ward, a Virginia pastor who sponsored the amendment.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hutchens-Ward said about 1,900 churches had signed a letter backing the amendment.",
        True,
        [("count", 1900, None, "about")],
        "Hutchens-Ward",
    ),
    ("en", 'Opponents called the proposal "a solution in search of a problem."', False, [], None),
    (
        "en",
        "Giving through the Cooperative Program, which funds missions and seminaries, totaled $352 million, about 3% less than a year earlier.",
        True,
        [("money", 352000000, "USD", None), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "The convention's International Mission Board has 3,430 full-time missionaries, down from more than 5,000 a decade ago.",
        True,
        [("count", 3430, None, None), ("count", 5000, None, "over")],
        None,
    ),
    ("en", "Messengers also approved a resolution calling for a database of credibly accused pastors.", True, [], None),
    (
        "en",
        "The convention's abuse hotline has received more than 2,400 calls since it opened in 2022.",
        True,
        [("count", 2400, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "\"God doesn't count the way we do,\" the convention's president told reporters when asked whether the decline would continue.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The average Southern Baptist congregation now has about 260 members, compared with about 340 two decades ago.",
        True,
        [("count", 260, None, "about"), ("count", 340, None, "about"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "The SBC counted 46,150 cooperating churches, about 400 fewer than a year earlier.",
        True,
        [("count", 46150, None, None), ("count", 400, None, "about")],
        None,
    ),
    # --- Fußwallfahrt nach Mariazell (Kathpress), Mittwoch, 23. Juni ---
    (
        "de",
        "Mariazell (KAP) - Zur größten Fußwallfahrt des Jahres sind am Mittwoch rund 4.800 Pilgerinnen und Pilger in Mariazell eingetroffen.",
        True,
        [("count", 4800, None, "about")],
        None,
    ),
    (
        "de",
        "Die meisten von ihnen waren vier Tage lang auf der Via Sacra von Wien aus unterwegs, rund 120 Kilometer.",
        True,
        [("duration", 4, "day", None), ("count", 120, None, "about")],
        None,
    ),
    (
        "de",
        "Im ersten Halbjahr zählte die Basilika nach Angaben der Wallfahrtsleitung knapp 410.000 Besucherinnen und Besucher, so viele wie seit 2019 nicht mehr.",
        True,
        [("ordinal", 1, None, None), ("count", 410000, None, "nearly"), ("year", 2019, None, None)],
        "die Wallfahrtsleitung",
    ),
    (
        "de",
        "Für das Gesamtjahr rechne man mit mehr als 900.000 Gästen, sagte Superior Bernhard Pölzleitner.",
        True,
        [("count", 900000, None, "over")],
        "Bernhard Pölzleitner",
    ),
    (
        "de",
        "„Wer hier ankommt, lässt etwas hinter sich, das spürt man in jeder Kirchenbank“, sagte Pölzleitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor der Basilika läuteten die Glocken, viele Pilger knieten erschöpft auf den Stufen nieder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wallfahrt gibt es in dieser Form seit 1957, damals machten sich 260 Gläubige auf den Weg.",
        True,
        [("year", 1957, None, None), ("count", 260, None, None)],
        None,
    ),
    ("de", "„Gehen ist Beten mit den Füßen“, rief ein Pilgerbegleiter den Ankommenden zu.", False, [], None),
    (
        "de",
        "Die Kosten für den Shuttledienst von 38.000 Euro trägt heuer erstmals das Land Steiermark.",
        True,
        [("money", 38000, "EUR", None)],
        None,
    ),
    ("de", "Auf der letzten Etappe schloss sich auch der steirische Landeshauptmann den Pilgern an.", True, [], None),
    # --- Kirchenaustritte in Nordrhein-Westfalen (dpa/lnw), Mittwoch, 23. Juni ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In Nordrhein-Westfalen haben im vergangenen Jahr rund 196.000 Menschen die katholische oder die evangelische Kirche verlassen.",
        True,
        [("count", 196000, None, "about")],
        None,
    ),
    (
        "de",
        "Das waren etwa 7 Prozent weniger als 2025, teilte das Statistische Landesamt am Mittwoch mit.",
        True,
        [("percent", 7, "%", "about"), ("year", 2025, None, None)],
        "das Statistische Landesamt",
    ),
    (
        "de",
        "Allein im Erzbistum Köln zählten die Amtsgerichte 41.380 katholische Austritte, gut ein Fünftel des Landeswerts.",
        True,
        [("count", 41380, None, None), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Damit verzeichnete das Erzbistum zum fünften Mal in Folge die meisten Austritte aller deutschen Bistümer.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "„Die Menschen stimmen mit den Füßen ab, und das müssen wir endlich hören“, sagte eine Sprecherin des Diözesanrats.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine fraktionsübergreifende Initiative im Landtag will die Gebühr von 35 Euro für den Kirchenaustritt abschaffen.",
        True,
        [("money", 35, "EUR", None)],
        None,
    ),
    (
        "de",
        "Auf die Frage nach den Gründen für die hohen Kölner Zahlen ging ein Sprecher des Erzbistums nicht ein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einen Termin beim Amtsgericht bekommt man in Köln derzeit binnen drei Tagen, in Düsseldorf dauert es bis zu zwei Wochen.",
        True,
        [("duration", 3, "day", None), ("duration", 2, "week", "up_to")],
        None,
    ),
    # --- Pew survey on religious switching (Reuters), Wednesday, June 23 ---
    (
        "en",
        "WASHINGTON, June 23 (Reuters) - About two in five American adults now belong to a different religious group than the religion they were raised in, according to a Pew Research Center survey released on Wednesday.",
        True,
        [("date", "--06-23", None, None), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "The share of adults who identify as Christian held steady at 62%, after falling by about 15 percentage points between 2007 and 2019.",
        True,
        [
            ("percent", 62, "%", None),
            ("percent", 15, "pp", "about"),
            ("year", 2007, None, None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "Roughly three in 10 adults are religiously unaffiliated, including about 6% who describe themselves as atheists.",
        True,
        [("fraction", 0.3, None, "about"), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Just under a quarter of adults raised Catholic no longer identify with any religion, the survey found.",
        True,
        [("fraction", 0.25, None, "under")],
        None,
    ),
    (
        "en",
        "Pew surveyed 36,908 adults from July 2026 to March 2027, with a margin of sampling error of 0.9 percentage points for the full sample.",
        True,
        [
            ("count", 36908, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("percent", 0.9, "pp", None),
        ],
        None,
    ),
    (
        "en",
        '"Americans are not so much abandoning faith as shopping around for it," said Pew senior researcher Alison Brightwater-Cole.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brightwater-Cole said adults under 30 were about twice as likely as those 65 and older to have switched religions.",
        True,
        [("duration", 30, "year", "under"), ("count", 2, None, "about"), ("duration", 65, "year", "at_least")],
        "Brightwater-Cole",
    ),
    (
        "en",
        "Among Hispanic adults, the Catholic share has dropped to 41%, from 57% a decade earlier.",
        True,
        [("percent", 41, "%", None), ("percent", 57, "%", None)],
        None,
    ),
    ("en", "What the shift means for congregations in small towns is harder to measure.", False, [], None),
    (
        "en",
        "Nearly half of religiously unaffiliated adults say they believe in God or a higher power, the survey found.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    ("en", "The survey was funded by The Pew Charitable Trusts and the John Templeton Foundation.", False, [], None),
    (
        "en",
        "About 28% of adults say they attend religious services at least once a month, down from 36% in 2007.",
        True,
        [
            ("percent", 28, "%", "about"),
            ("count", 1, None, "at_least"),
            ("percent", 36, "%", None),
            ("year", 2007, None, None),
        ],
        None,
    ),
    (
        "en",
        "Pew said it would publish separate reports on Jewish and Muslim Americans later this year.",
        True,
        [],
        "Pew",
    ),
    # --- Diocese of Syracuse settlement (AP), Wednesday, June 23 ---
    (
        "en",
        "SYRACUSE, N.Y. (AP) — The Catholic diocese based in Syracuse has agreed to pay $212.5 million to settle claims by 487 people who say they were sexually abused as children by priests and church workers.",
        True,
        [("money", 212500000, "USD", None), ("count", 487, None, None)],
        None,
    ),
    (
        "en",
        "The agreement, filed in federal bankruptcy court on Wednesday, would end a legal fight that began when the diocese sought Chapter 11 protection in 2020.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Individual payments would range from $25,000 to $1.4 million, depending on the severity and duration of the abuse.",
        True,
        [("money", 25000, "USD", None), ("money", 1400000, "USD", None)],
        None,
    ),
    (
        "en",
        "Roughly $96 million of the total is to come from the diocese's insurers, court papers show.",
        True,
        [("money", 96000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"No amount of money can undo what was done to these survivors," Bishop Thomas Rendell-Haig said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rendell-Haig said the diocese would sell its chancery building and a retreat center to raise about $18 million.",
        True,
        [("money", 18000000, "USD", "about")],
        "Rendell-Haig",
    ),
    (
        "en",
        "The diocese covers seven counties and about 240,000 Catholics in 118 parishes, the diocese said.",
        True,
        [("count", 7, None, None), ("count", 240000, None, "about"), ("count", 118, None, None)],
        "the diocese",
    ),
    (
        "en",
        "Under the plan, the 118 parishes will contribute a combined $47 million.",
        True,
        [("count", 118, None, None), ("money", 47000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Survivors have 90 days to vote on the plan, which needs the support of at least two-thirds of those who cast ballots.",
        True,
        [("duration", 90, "day", None), ("fraction", 0.6667, None, "at_least")],
        None,
    ),
    (
        "en",
        'An attorney for the survivors called the deal "long overdue, but a measure of accountability."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The oldest claimant is 91, and most of the abuse took place between 1955 and 1990.",
        True,
        [("duration", 91, "year", None), ("year", 1955, None, None), ("year", 1990, None, None)],
        None,
    ),
    ("en", "It was not immediately clear how many claimants would accept the offer.", False, [], None),
    (
        "en",
        "At least 39 other U.S. dioceses and religious orders have filed for bankruptcy since 2004, according to a tally by an advocacy group.",
        True,
        [("count", 39, None, "at_least"), ("year", 2004, None, None)],
        None,
    ),
    ("en", "The settlement still needs the approval of a federal bankruptcy judge.", True, [], None),
    # --- Katholische Kirchenstatistik 2026 (KNA), Donnerstag, 24. Juni ---
    ("de", "Kirchenstatistik: Knapp 290.000 Katholiken treten aus", True, [("count", 290000, None, "nearly")], None),
    (
        "de",
        "Bonn (KNA) - Durch Austritte hat die katholische Kirche in Deutschland im vergangenen Jahr 287.614 Mitglieder verloren, wie die Deutsche Bischofskonferenz am Donnerstag mitteilte.",
        True,
        [("count", 287614, None, None)],
        "die Deutsche Bischofskonferenz",
    ),
    (
        "de",
        "Das sind rund 34.000 weniger als im Jahr davor, aber noch immer deutlich mehr als vor 2019.",
        True,
        [("count", 34000, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Katholikinnen und Katholiken sank auf 18,9 Millionen, das entspricht 22,4 Prozent der Bevölkerung.",
        True,
        [("count", 18900000, None, None), ("percent", 22.4, "%", None)],
        None,
    ),
    (
        "de",
        "Damit ist erstmals weniger als jeder vierte Einwohner katholisch.",
        True,
        [("fraction", 0.25, None, "under")],
        None,
    ),
    (
        "de",
        "Getauft wurden 118.950 Kinder und Erwachsene, kirchlich geheiratet haben 23.412 Paare.",
        True,
        [("count", 118950, None, None), ("count", 23412, None, None)],
        None,
    ),
    (
        "de",
        "Den Sonntagsgottesdienst besuchten im Schnitt 5,9 Prozent der Mitglieder, nach 6,2 Prozent im Vorjahr.",
        True,
        [("percent", 5.9, "%", None), ("percent", 6.2, "%", None)],
        None,
    ),
    ("de", "Zu Priestern geweiht wurden 29 Männer, so wenige wie nie zuvor.", True, [("count", 29, None, None)], None),
    (
        "de",
        "In vier der 27 Bistümer gab es keine einzige Priesterweihe.",
        True,
        [("count", 4, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Die Kirchensteuer brachte trotz der Austritte 6,71 Milliarden Euro ein, 1,8 Prozent weniger als 2025, sagte Bischofskonferenz-Sprecher Clemens Hochstätter.",
        True,
        [("money", 6710000000, "EUR", None), ("percent", 1.8, "%", None), ("year", 2025, None, None)],
        "Clemens Hochstätter",
    ),
    (
        "de",
        "„Hinter jeder Zahl steht ein Mensch, der sich von uns abgewandt hat“, sagte der Vorsitzende der Bischofskonferenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Kirche müsse ihre Strukturen jetzt schneller erneuern, mahnte das Zentralkomitee der deutschen Katholiken.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wieder eingetreten sind 4.105 Menschen, aus anderen Konfessionen übergetreten sind 1.962.",
        True,
        [("count", 4105, None, None), ("count", 1962, None, None)],
        None,
    ),
    (
        "de",
        "Kirchenfachleute erwarten, dass sich der Mitgliederschwund in den kommenden Jahren fortsetzt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die meisten Austritte meldete erneut das Erzbistum Köln mit 41.380, die wenigsten das Bistum Görlitz mit 412.",
        True,
        [("count", 41380, None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "de",
        "Ob die leicht gesunkenen Zahlen schon eine Wende bedeuten, wollte Hochstätter nicht bewerten.",
        False,
        [],
        None,
    ),
    ("de", "Wie im Vorjahr verzeichneten alle Bistümer mehr Austritte als Taufen.", True, [], None),
    # --- EKD-Statistik (epd), Donnerstag, 24. Juni ---
    (
        "de",
        "Hannover (epd) - Die evangelische Kirche hat 2026 rund 312.000 Mitglieder durch Austritt verloren, teilte die EKD am Donnerstag in Hannover mit.",
        True,
        [("year", 2026, None, None), ("count", 312000, None, "about")],
        "die EKD",
    ),
    (
        "de",
        "Einschließlich der Sterbefälle sank die Mitgliederzahl um 2,9 Prozent auf 17,6 Millionen.",
        True,
        [("percent", 2.9, "%", None), ("count", 17600000, None, None)],
        None,
    ),
    (
        "de",
        "Damit gehören den 20 Landeskirchen nun weniger Menschen an als der katholischen Kirche.",
        True,
        [("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Zusammen sind nur noch 43,4 Prozent der Bevölkerung Mitglied einer der beiden großen Kirchen.",
        True,
        [("percent", 43.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Kirchensteuereinnahmen stiegen leicht auf 6,32 Milliarden Euro, nach 6,24 Milliarden im Vorjahr, sagte EKD-Finanzchef Torsten Gellermann-Rott.",
        True,
        [("money", 6320000000, "EUR", None), ("money", 6240000000, "EUR", None)],
        "Torsten Gellermann-Rott",
    ),
    (
        "de",
        "Taufen gab es 131.400, Trauungen 27.800 und Konfirmationen knapp 141.000.",
        True,
        [("count", 131400, None, None), ("count", 27800, None, None), ("count", 141000, None, "nearly")],
        None,
    ),
    ("de", "„Wir werden kleiner, aber wir werden nicht leiser“, sagte die Ratsvorsitzende der EKD.", False, [], None),
    (
        "de",
        "Pro Mitglied entspricht das einem Kirchensteueraufkommen von rund 359 Euro im Jahr, rechnete der Finanzchef vor.",
        True,
        [("money", 359, "EUR", "about")],
        None,
    ),
    ("de", "Die EKD warb erneut für mehr Mut zu neuen Formen von Gemeinde.", False, [], None),
    (
        "de",
        "Bis 2060 rechnet die EKD nach ihrer jüngsten Projektion mit einer Halbierung der Mitgliederzahl gegenüber 2017.",
        True,
        [("year", 2060, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "de",
        "In der Evangelischen Kirche in Mitteldeutschland sind nur noch 12,1 Prozent der Bevölkerung evangelisch.",
        True,
        [("percent", 12.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die meisten Austritte verzeichnete erneut die Evangelisch-lutherische Landeskirche Hannovers.",
        True,
        [],
        None,
    ),
    # --- German church statistics (Reuters), Thursday, June 24 ---
    (
        "en",
        "BERLIN, June 24 (Reuters) - Almost 600,000 people left Germany's two main churches last year, figures released on Thursday showed, with abuse scandals and the church tax still driving members away.",
        True,
        [("date", "--06-24", None, None), ("count", 600000, None, "nearly"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Catholic Church lost 287,614 members through departures and the Protestant EKD about 312,000.",
        True,
        [("count", 287614, None, None), ("count", 312000, None, "about")],
        None,
    ),
    (
        "en",
        "Fewer than half of Germans, about 43.4%, now belong to either church.",
        True,
        [("fraction", 0.5, None, "under"), ("percent", 43.4, "%", "about")],
        None,
    ),
    (
        "en",
        "Church tax revenue for the two churches totaled about 13 billion euros ($14.1 billion).",
        True,
        [("count", 2, None, None), ("money", 13000000000, "EUR", "about"), ("money", 14100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The tax, collected by the state, amounts to 8% or 9% of income tax depending on the region.",
        True,
        [("percent", 8, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    ("en", '"The trend is pointing in only one direction," a church official said.', False, [], None),
    (
        "en",
        "Only 29 men were ordained as Catholic priests in 2026, the lowest number on record, the German Bishops' Conference said.",
        True,
        [("count", 29, None, None), ("year", 2026, None, None)],
        "the German Bishops' Conference",
    ),
    (
        "en",
        "Catholics now make up 22.4% of Germany's population of about 84 million.",
        True,
        [("percent", 22.4, "%", None), ("count", 84000000, None, "about")],
        None,
    ),
    ("en", "Whether a planned reform of church finances will slow the exodus is uncertain.", False, [], None),
    (
        "en",
        "Some 2,400 of the Catholic Church's roughly 24,000 church buildings in Germany could be given up by 2040, according to estimates by church planners.",
        True,
        [("count", 2400, None, "about"), ("count", 24000, None, "about"), ("year", 2040, None, None)],
        None,
    ),
    (
        "en",
        "Leaving a church in Germany requires a formal declaration at a registry office or a local court.",
        True,
        [],
        None,
    ),
    # --- Kirchensteuer in Bayern (dpa/lby), Freitag, 25. Juni ---
    (
        "de",
        "München (dpa/lby) - Die sieben bayerischen Bistümer haben 2026 zusammen knapp 1,62 Milliarden Euro Kirchensteuer eingenommen.",
        True,
        [("count", 7, None, None), ("year", 2026, None, None), ("money", 1620000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Auf das Erzbistum München und Freising entfielen davon 698 Millionen Euro, ein Minus von 3,4 Prozent.",
        True,
        [("money", 698000000, "EUR", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Haushalt für das kommende Jahr sieht Kürzungen von 45 Millionen Euro vor, sagte Finanzdirektorin Annegret Vilsmaier-Kohl.",
        True,
        [("money", 45000000, "EUR", None)],
        "Annegret Vilsmaier-Kohl",
    ),
    (
        "de",
        "Laut Generalvikar Christoph Bruckmayr sollen bis 2035 rund 15 Prozent der Gebäude verkauft oder umgenutzt werden.",
        True,
        [("year", 2035, None, None), ("percent", 15, "%", "about")],
        "Christoph Bruckmayr",
    ),
    ("de", "„Wir müssen lernen, mit weniger Geld mehr Kirche zu sein“, sagte Vilsmaier-Kohl.", False, [], None),
    (
        "de",
        "Die Kirchensteuer beträgt in Bayern acht Prozent der Lohn- und Einkommensteuer, in den meisten anderen Ländern neun Prozent.",
        True,
        [("percent", 8, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Kirchenkritiker nannten den Einzug der Kirchensteuer durch die Finanzämter ein „Relikt aus dem Obrigkeitsstaat“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für den Einzug erhält der Freistaat von den Bistümern eine Gebühr von drei Prozent des Aufkommens.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    ("de", "Das Erzbistum hat für seine Verwaltung bereits einen Einstellungsstopp verhängt.", True, [], None),
    # --- Kirchensynode in Zürich (Keystone-SDA), Freitag, 25. Juni ---
    (
        "de",
        "Zürich (Keystone-SDA) - Das Kirchenparlament der reformierten Landeskirche des Kantons Zürich hat den Abbau von 24 Pfarrstellen bis 2032 beschlossen.",
        True,
        [("count", 24, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Die Kirchensynode stimmte am Freitag mit 81 zu 29 Stimmen bei 6 Enthaltungen für die Vorlage.",
        True,
        [("count", 81, None, None), ("count", 29, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Landeskirche zählt noch 352'600 Mitglieder, knapp 8000 weniger als ein Jahr zuvor, wie der Kirchenrat mitteilte.",
        True,
        [("count", 352600, None, None), ("count", 8000, None, "nearly")],
        "der Kirchenrat",
    ),
    (
        "de",
        "«Wir bauen nicht ab, wir bauen um», sagte Kirchenratspräsidentin Marianne Ruppaner-Weiss.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stellen sollen innerhalb von fünf Jahren durch Pensionierungen wegfallen, sagte Ruppaner-Weiss.",
        True,
        [("duration", 5, "year", None)],
        "Ruppaner-Weiss",
    ),
    (
        "de",
        "Ein Antrag, den Abbau auf 16 Stellen zu begrenzen, scheiterte knapp.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    ("de", "Mehrere Synodale warnten vor einer «Kirche, die sich aus den Dörfern zurückzieht».", False, [], None),
    (
        "de",
        "Damit sinkt die Zahl der Pfarrstellen von 246 auf 222.",
        True,
        [("count", 246, None, None), ("count", 222, None, None)],
        None,
    ),
    (
        "de",
        "Über die Zusammenlegung von 107 Kirchgemeinden will die Synode im Herbst entscheiden.",
        True,
        [("count", 107, None, None)],
        None,
    ),
    # --- Pilgrims on the Camino (Reuters), Friday, June 25 ---
    (
        "en",
        "SANTIAGO DE COMPOSTELA, Spain, June 25 (Reuters) - A record 263,000 pilgrims collected certificates for walking the Camino de Santiago between January and June, the Pilgrim's Office said on Friday.",
        True,
        [("date", "--06-25", None, None), ("count", 263000, None, None)],
        "the Pilgrim's Office",
    ),
    (
        "en",
        "That is about 9% above the figure for January to June a year ago.",
        True,
        [("percent", 9, "%", "about")],
        None,
    ),
    (
        "en",
        "To earn the certificate, pilgrims must walk at least 100 km or cycle at least 200 km.",
        True,
        [("count", 100, None, "at_least"), ("count", 200, None, "at_least")],
        None,
    ),
    (
        "en",
        "Nearly three in five walkers set out from Sarria, about 115 km from the city.",
        True,
        [("fraction", 0.6, None, "nearly"), ("count", 115, None, "about")],
        None,
    ),
    (
        "en",
        "Pilgrims from the United States were the largest foreign group, at 21,300, ahead of Italians and Germans.",
        True,
        [("count", 21300, None, None)],
        None,
    ),
    (
        "en",
        '"You arrive with blisters and leave with something you can\'t put into words," said Helga Marquardt-Olsen, a retired teacher from Hamburg.',
        False,
        [],
        None,
    ),
    ("en", "Last year's total was about 499,000.", True, [("count", 499000, None, "about")], None),
    ("en", "Church bells rang out as the pilgrims' Mass began in the packed cathedral.", False, [], None),
    (
        "en",
        "Women made up 54% of pilgrims, and about one in five was over 60.",
        True,
        [("percent", 54, "%", None), ("fraction", 0.2, None, "about"), ("duration", 60, "year", "over")],
        None,
    ),
    # --- Scottish Episcopal Church General Synod (PA), Friday, June 25 ---
    (
        "en",
        "EDINBURGH (PA) — The Scottish Episcopal Church's General Synod has approved a redress scheme for survivors of church-related abuse, with payments of up to £80,000.",
        True,
        [("money", 80000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "The scheme passed with bishops voting 5-1, clergy 41-9 and laity 44-12.",
        True,
        [
            ("count", 5, None, None),
            ("count", 1, None, None),
            ("count", 41, None, None),
            ("count", 9, None, None),
            ("count", 44, None, None),
            ("count", 12, None, None),
        ],
        None,
    ),
    (
        "en",
        "To pass, it required a two-thirds majority in all three houses.",
        True,
        [("fraction", 0.6667, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Today we say to survivors: we believe you, and we are sorry," the Primus told the synod.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The church expects between 60 and 90 applications and has set aside £3.5 million for the first five years.",
        True,
        [
            ("count", 60, None, None),
            ("count", 90, None, None),
            ("money", 3500000, "GBP", None),
            ("ordinal", 1, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The church said it had received 23 reports of historical abuse since 2018.",
        True,
        [("count", 23, None, None), ("year", 2018, None, None)],
        "the church",
    ),
    ("en", 'Some members of the synod called the payment cap "an insult dressed up as generosity."', False, [], None),
    (
        "en",
        "The synod, which met for three days in Edinburgh, also approved a budget of £6.2 million for next year, about 4% less than this year's.",
        True,
        [("duration", 3, "day", None), ("money", 6200000, "GBP", None), ("percent", 4, "%", "about")],
        None,
    ),
    (
        "en",
        "Church membership stands at about 22,800, down by nearly a third since 2010, synod papers show.",
        True,
        [("count", 22800, None, "about"), ("fraction", 0.3333, None, "nearly"), ("year", 2010, None, None)],
        None,
    ),
    ("en", "Members sang a hymn before the result was announced.", False, [], None),
    (
        "en",
        "The scheme will be run by an independent panel chaired by a retired sheriff, the church said.",
        True,
        [],
        "the church",
    ),
    (
        "en",
        "Applications will open on 1 October and close after two years.",
        True,
        [("date", "--10-01", None, None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Landessynode der Nordkirche (epd), Samstag, 26. Juni ---
    (
        "de",
        "Lübeck (epd) - Die Landessynode der Nordkirche hat beschlossen, die Zahl ihrer Kirchenkreise bis 2030 auf sieben zu verringern.",
        True,
        [("year", 2030, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Für das Kirchengesetz stimmten am Samstag 102 der 147 Synodalen, die nötige Zwei-Drittel-Mehrheit lag bei 98 Stimmen.",
        True,
        [
            ("count", 102, None, None),
            ("count", 147, None, None),
            ("fraction", 0.6667, None, None),
            ("count", 98, None, None),
        ],
        None,
    ),
    (
        "de",
        "Dagegen stimmten 38 Synodale, sieben enthielten sich.",
        True,
        [("count", 38, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "„Heute haben wir Mut bewiesen“, sagte die Präses der Landessynode nach der Abstimmung.", False, [], None),
    (
        "de",
        "Die Reform soll ab 2031 jährlich rund 11 Millionen Euro einsparen, sagte Oberkirchenrat Jens-Peter Quistorf.",
        True,
        [("year", 2031, None, None), ("money", 11000000, "EUR", "about")],
        "Jens-Peter Quistorf",
    ),
    (
        "de",
        "Es ist die größte Strukturreform seit der Gründung der Nordkirche im Jahr 2012.",
        True,
        [("year", 2012, None, None)],
        None,
    ),
    ("de", "Kritiker aus Dithmarschen sprachen von einem „Kahlschlag auf dem Land“.", False, [], None),
    (
        "de",
        "Ein Änderungsantrag aus Nordfriesland war zuvor mit 41 Ja- zu 96 Nein-Stimmen abgelehnt worden.",
        True,
        [("count", 41, None, None), ("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Die dreitägige Tagung war die letzte der laufenden Amtsperiode.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    # --- Peter's Pence and pilgrims at the Vatican (Reuters), Saturday, June 26 ---
    (
        "en",
        "VATICAN CITY, June 26 (Reuters) - Donations to the pope's annual Peter's Pence collection fell to 48.6 million euros last year, the Vatican said on Saturday.",
        True,
        [("date", "--06-26", None, None), ("money", 48600000, "EUR", None)],
        "the Vatican",
    ),
    (
        "en",
        "That was about 6% less than in 2025, when the collection raised 51.8 million euros.",
        True,
        [("percent", 6, "%", "about"), ("year", 2025, None, None), ("money", 51800000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The United States remained the largest donor country, giving about a quarter of the total, followed by Italy and South Korea.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Of the money spent, about 10.3 million euros went to charitable projects in 67 countries, the report showed.",
        True,
        [("money", 10300000, "EUR", "about"), ("count", 67, None, None)],
        None,
    ),
    (
        "en",
        "The report listed total spending of 58.2 million euros, more than the amount collected.",
        True,
        [("money", 58200000, "EUR", None)],
        None,
    ),
    ("en", 'The Vatican thanked the faithful for "every gesture of generosity, however small."', False, [], None),
    (
        "en",
        "The Holy See's consolidated deficit narrowed to 44.7 million euros from 83.5 million, the Secretariat for the Economy said.",
        True,
        [("money", 44700000, "EUR", None), ("money", 83500000, "EUR", None)],
        "the Secretariat for the Economy",
    ),
    (
        "en",
        "Vatican watchers said the lower donations reflected lingering distrust after a string of financial scandals.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 1.2 million pilgrims attended papal audiences, Masses and the Angelus in the year's first six months.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None), ("count", 1200000, None, "about")],
        None,
    ),
    (
        "en",
        'Speaking from his window above the square, the pope said the church "must never measure its strength by its numbers."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The pope will make a three-day visit to Lebanon in September, his sixth foreign trip, the Holy See press office said.",
        True,
        [("duration", 3, "day", None), ("ordinal", 6, None, None)],
        "the Holy See press office",
    ),
    ("en", 'The pope prayed for peace in the Middle East and for "all who flee war and hunger."', False, [], None),
    # --- Bistumsjubiläum in Eichstätt (KNA), Sonntag, 27. Juni ---
    (
        "de",
        "Eichstätt (KNA) - Mit einem Pontifikalamt im Dom hat das Bistum Eichstätt am Sonntag seine 1275-Jahr-Feier eröffnet.",
        True,
        [("duration", 1275, "year", None)],
        None,
    ),
    (
        "de",
        "Zum Auftakt kamen nach Angaben der Polizei rund 6.500 Gläubige in die Altstadt.",
        True,
        [("count", 6500, None, "about")],
        "die Polizei",
    ),
    (
        "de",
        "Das Festjahr dauert bis zum Bistumsfest am 7. Juli kommenden Jahres und umfasst mehr als 120 Veranstaltungen.",
        True,
        [("date", "--07-07", None, None), ("count", 120, None, "over")],
        None,
    ),
    (
        "de",
        "Der Überlieferung nach leitete der erste Bischof das Bistum gut 40 Jahre lang.",
        True,
        [("ordinal", 1, None, None), ("duration", 40, "year", "over")],
        None,
    ),
    (
        "de",
        "„Wir feiern nicht die Vergangenheit, wir feiern einen Glauben, der trägt“, sagte der Bischof in seiner Predigt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anschließend zogen Fahnenabordnungen aus allen Pfarreien durch die festlich geschmückten Gassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Bistum zählt heute rund 355.000 Katholikinnen und Katholiken in 254 Pfarreien, vor 30 Jahren waren es noch knapp 480.000.",
        True,
        [
            ("count", 355000, None, "about"),
            ("count", 254, None, None),
            ("duration", 30, "year", None),
            ("count", 480000, None, "nearly"),
        ],
        None,
    ),
    ("de", "Zur Festwoche im Oktober hat sich der päpstliche Nuntius angekündigt.", True, [], None),
    (
        "de",
        "Die Kosten des Festjahres beziffert das Bistum auf 1,9 Millionen Euro, davon trägt der Freistaat 400.000 Euro.",
        True,
        [("money", 1900000, "EUR", None), ("money", 400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Herr, begleite unser Bistum in die kommenden Jahrhunderte“, betete der Bischof zum Abschluss.",
        False,
        [],
        None,
    ),
    # --- A diocese turns 175 (AP), Sunday, June 27 ---
    (
        "en",
        "BURLINGTON, Vt. (AP) — Vermont's Roman Catholic diocese marked its 175th anniversary on Sunday with an outdoor Mass that drew about 4,500 people to the fairgrounds in Essex Junction.",
        True,
        [("ordinal", 175, None, None), ("count", 4500, None, "about")],
        None,
    ),
    (
        "en",
        "The diocese, founded in 1852, once counted more than 150,000 Catholics in Vermont; today it has about 90,000.",
        True,
        [("year", 1852, None, None), ("count", 150000, None, "over"), ("count", 90000, None, "about")],
        None,
    ),
    (
        "en",
        "The 77 parishes it had in 1980 have been merged into 58, and eight churches were sold in the past five years.",
        True,
        [
            ("count", 77, None, None),
            ("year", 1980, None, None),
            ("count", 58, None, None),
            ("count", 8, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    ("en", '"We are smaller, but we are not finished," the bishop told the congregation.', False, [], None),
    (
        "en",
        "Only 14 active diocesan priests serve the state, the youngest of them 34 and the oldest 79, the diocese said.",
        True,
        [("count", 14, None, None), ("duration", 34, "year", None), ("duration", 79, "year", None)],
        "the diocese",
    ),
    (
        "en",
        "The bishop said four men were studying for the priesthood, the most since 2008.",
        True,
        [("count", 4, None, None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Families in folding chairs waved small papal flags as the procession of clergy reached the altar.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A jubilee fund set up for the anniversary has raised $4.3 million toward a goal of $6 million, organizers said.",
        True,
        [("money", 4300000, "USD", None), ("money", 6000000, "USD", None)],
        None,
    ),
    ("en", "Gallup polls regularly rank Vermont among the least religious states in the country.", True, [], None),
    (
        "en",
        "The diocese paid $12.9 million in abuse settlements between 2006 and 2021.",
        True,
        [("money", 12900000, "USD", None), ("year", 2006, None, None), ("year", 2021, None, None)],
        None,
    ),
]
