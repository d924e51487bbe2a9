"""Four-hundred-and-thirty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real offices appear only by office ("the
governor of the Reserve Bank of Australia", „die Ministerin“) or under made-up names that
stand for no real holder („Bundesgesundheitsministerin Karin Wedekind-Rau“, whom a fake
quote is pinned on).

Names: the politicians whose claims are checked (Harald Wimmesberger, FPÖ; Sandra
Pfister-Lüthi, Greens; Gareth Pennington-Lowe, Reform UK; State Senator Wanda Krieger-Pike;
Senator Craig Dunleavy-Ross), the health minister a fake quote is pinned on (Karin
Wedekind-Rau), the statistics office's spokeswoman (Nadine Rüegsegger-Blatter), the study's
lead author (Alina Marchetti-Boyd) and every unnamed user, author, commenter, storm chaser,
clerk and spokesperson are invented. Real bodies, platforms, programmes, media and places
("dpa", "APA", "AFP", "Keystone-SDA", "Facebook", "X", "Telegram", "Tiktok", "Instagram",
"Threads", "Whatsapp", "Youtube", "Umweltbundesamt", "Berufsfeuerwehr Wien", "Favoriten",
"Hallein", "ORF", "Bundesamt für Statistik", "BFS", „ARD-Deutschlandtrend“, "WDR", "Grüne",
"Polizeiinspektion Magdeburg", "Valparaíso", "FPÖ", "Statistik Austria", "Institut zur
Qualitätsentwicklung im Bildungswesen", „IQB-Bildungstrend“, "Gotthard-Strassentunnel",
"Bundesamt für Strassen", "Göschenen", "Bundesgesundheitsministerium",
"Gesundheitsausschuss", "Wiener Linien", "Verkehrsverbund Ost-Region", "Deutscher
Wetterdienst", "DWD", "Bundesnetzagentur", "«Arena»", "Bundesamt für Energie",
"Elektrizitätskommission", "Landeskriminalamt", "Klimaschutzministerium", "Klimaticket",
"Tirol"; Reuters, Reuters Fact Check, AP, AFP, AAP FactCheck, PA, Full Fact, NHS England,
the Royal College of Nursing, the Australian Bureau of Statistics, the ABS, the National
Weather Service, YouTube, TikTok, the Houston Police Department, Reform UK, the Home Office,
Medicaid, the Ohio Department of Medicaid, the Guardian, Transport for London, the Lehigh
County Board of Elections, the Reserve Bank of Australia, the RBA, CoreLogic, Stanford
University, the Port Authority, John F. Kennedy International Airport, the Federal Aviation
Administration, Ofgem, Met Éireann, Statistics Canada, Meta, the Department of Home Affairs,
and the datelines' cities) stand for the way wire copy names them; every post, reach, claim,
check, rating, figure and quote here is invented, and where a real figure came to mind (a
real CO2 price step, a real nurses' leaver rate, a real police headcount, a real energy
rebate, a real Medicaid roll, a real reading-standard share, a real annual-pass price, a
real price cap, a real Klimaticket count, a real migration total, a real permanent-visa
quota) it was changed - only background facts a check turns on are kept as wire copy would
state them (the 14.6 percent general contribution rate of German statutory health insurance,
the 1961 to 1990 climate reference period).

Its weight: VIRAL CLAIMS AND FACT-CHECK COPY, fourth round under this heading (the
hundred-thirty-sixth, hundred-ninety-first and two-hundred-and-thirty-sixth batches were the
first three; the twenty-ninth, thirty-third and eighty-sixth weighed what arrives at a
fact-check desk, and the three-hundred-and-seventy-second and four-hundred-and-twelfth the
desks' own fact-check copy with its summary box; their decisions are kept) - this time
weighing what a post's reach and a misquoted statistic look like in the desks' copy: views,
plays, shares, comments, followers, subscribers and members in every spelling the desks use
(„rund 1,2 Millionen Mal geteilt“, „mehr als 1,2 Mio. Mal aufgerufen“, „mehr als 5.000-fach
geteilt“, „über 420'000 Mal abgespielt“, "2.4M views", "has drawn more than 14,000 shares",
"had passed 3 million views"), the claimed figure set against the checked one, statistics
misread (an intention to leave read as leaving, terminated contracts read as dropouts, a
minimum standard read as illiteracy, improper payments read as ineligible people, gross
imports read as net, visa grants read as migrants, a subgroup's share read as an effect,
percentage points read as percent), doctored figures (a poll share, a monthly temperature
anomaly, a lost decimal comma), and the dates of the original videos and photos passed off
as new. 30 stories from Tuesday, September 1, to Tuesday, November 17, in story order, the
German and English ones interleaved by date, each told as the desks publish it: the claim as
it circulates with its reach, the summary box line by line („Behauptung:“, "Claim:",
"CLAIM:", the rating line, „Fakten:“, "THE FACTS:", „Kontext:“), the facts with their
sources, the arithmetic, where the claimed figure comes from, where and when the material
was first published and what it shows, the claimant's account, denials, and the acts of
platforms. Half German (dpa-Faktencheck, APA-Faktencheck, AFP's German service,
Keystone-SDA; Austrian "Jänner", "heuer", "Asylwerber", "Pensionen", Swiss "innert",
"Strassen", "heisst", "ausser", "420'000", «» quotes, German „“ quotes): heating oil and the
CO2 price, a flooded underpass in Vienna filmed in Hallein, apprenticeships in Switzerland,
a doctored „Deutschlandtrend“ graphic, a looting video from Chile passed off as Magdeburg,
pensions in the Nationalrat, children's reading, a Gotthard jam photo from an Easter Monday,
a fake quote on smokers' contributions, Vienna's annual pass, a doctored DWD graphic, a
chain message on recorded calls, electricity imports in the «Arena», Bavarian crime figures
with a lost comma and a Klimaticket for asylum seekers. Half English (Reuters Fact Check
with dated datelines, AP Fact Check with "CLAIM:", "AP'S ASSESSMENT:" and "THE FACTS:", AFP
Fact Check, AAP FactCheck with dated datelines and "per cent", PA with Full Fact's verdict):
NHS nurses, Australian power prices, a storm-surge clip from 2017, an altered alligator
image, Ohio Medicaid, police numbers, a fake Guardian screenshot, a ballot video, a fake
quote on house prices, phones and reading scores, a crash clip passed off as JFK, the energy
price cap, a tornado clip passed off as Dublin, Canada's population and a senator on
migration. Figures as such copy has them: reach counts with their hedges, the claimed and
the official figure, shares in words („jeder dritte Lehrling“, „Jede dritte Lehre“, „jedes
dritte Kind“, „Ein Drittel“, „Das Drittel“, „Rund drei Viertel“, "one in five", "A fifth",
"one in three", "A third", "roughly a quarter"), percentages and percentage points, clip and
programme lengths, money in euros and cents, pounds, francs and U.S. and Australian dollars,
measures, ordinals, ages, years and dates. Negatives as such copy has them - 57 rows, none
with a figure: the rating line of every story, a teaser question, the posts', captions',
videos' and chain message's own rhetoric, politicians' rhetoric in quotes beside their
checked claims, a spokeswoman's label for the video, users' and commenters' lines, a
commenter's question, an appeal and two process lines, each near a check-worthy look-alike
from the same story.

238 rows (122 German, 116 English), 57 negatives (29 German, 28 English), 181 check-worthy
rows of which 19 carry no figure (10 German, 9 English), 269 expected quantities (100
counts, 45 percentages - 43 in "%", 2 in percentage points "pp" -, 27 dates - 7 with a year,
20 without -, 27 years, 25 amounts of money - 16 EUR, 6 GBP, 1 each AUD, CHF, USD -, 24
durations - 6 in years, 5 in seconds, 4 in months, 3 in days, 3 in hours, 2 in minutes, 1 in
weeks -, 13 fractions, 8 ordinals; none of them in a negative), 38 checked speakers (18
German, 20 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-thirty-sixth,
  three-hundred-and-seventy-second, four-hundred-and-twelfth); a quoted or reported
  statement of fact, figure, step or position is check-worthy with its speaker, also in
  Konjunktiv I (hundred-sixtieth). Pairs from one speaker: Wimmesberger's 15 percent and his
  account beside „Wer ein Leben lang gearbeitet hat, ...“, Pfister-Lüthi's 40 percent and
  her account beside «Wir hängen am Tropf des Auslands, ...», Pennington-Lowe's 10,000 and
  his 4,100 beside "People in my constituency ...", Krieger-Pike's one in three beside
  "Taxpayers are being robbed blind ...", Dunleavy-Ross's 1.2 million and his 12 months
  beside "Australians are being locked out ...".
- The three parts of a check, as the three-hundred-and-seventy-second and
  four-hundred-and-twelfth batches settled them. (a) THE QUOTED CLAIM is check-worthy with
  its figures and the speaker unchecked, whatever the desk found: as it circulates („In
  einem Sharepic, ..., heißt es, Heizöl werde zum 1. Januar ... um 70 Cent je Liter
  teurer.“, „Ein ... Video behauptet, ... breche inzwischen jeder dritte Lehrling ...“, „Ein
  Sharepic legt Bundesgesundheitsministerin Karin Wedekind-Rau den Satz in den Mund: „Ab
  2027 zahlen Raucher 30 Prozent mehr ...““ - the person named is not the row's speaker,
  hundred-thirty-sixth -, „Eine Kettennachricht auf Whatsapp behauptet, ...“, "Posts shared
  more than 40,000 times ... claim that one in five nurses ...", "Social media users claim
  ...", "A quote pinned on the Reserve Bank of Australia's governor, saying ...", "Posts on
  X and Instagram claim ..."), as what an image, a clip or a graphic is said to show („Ein
  Video, das ... zeigen soll, ...“, „Ein Foto, das ... einen Stau von 28 Kilometern ...
  zeigen soll, ...“, „Eine Grafik ..., die die Grünen bei 4 Prozent zeigt, ...“, "An image
  ... purports to show ...", "A 52-second video that claims to show ...", "A 19-second clip
  that social media users say shows ...", "A video said to show a tornado ..."; hundred-
  thirty-sixth), and as the summary-box line after its label, which carries nothing
  („Behauptung: Der Liter Heizöl kostet ab Januar 70 Cent mehr, ...“ 0.7 EUR, „Behauptung:
  Jede dritte Lehre ...“ 0.3333, „Behauptung: Die Kaufkraft der Pensionen ist seit 2020 um
  15 Prozent gesunken.“, „Behauptung: Die Wiener Jahreskarte kostet künftig 900 Euro.“,
  „Behauptung: Die Schweiz bezieht im Winter 40 Prozent ...“, "Claim: A fifth of NHS nurses
  ... in the past 12 months." 0.2 and 12 months, "Claim: There are 10,000 fewer police
  officers ... than in 2019.", "Claim: The Guardian reported that London is banning ... in
  2027.", "Claim: Household energy bills will go up by £600 a year from January.", and
  without a figure „Behauptung: Ab Mitte November werden alle Telefonate ...
  aufgezeichnet.“, „Behauptung: Gewalttaten in Bayern haben sich binnen eines Jahres
  vervierfacht.“ - „vervierfacht“ a verb and „binnen eines Jahres“ an article, none
  (nineteenth, three-hundred-and-seventy-second) -, "CLAIM: Video shows waves crashing over
  a Fort Myers seawall ...", "CLAIM: A Pennsylvania election worker was filmed ...", "CLAIM:
  Video shows a plane crash at JFK airport over the weekend."). A politician's claim gives
  the politician, the title, the party and the occasion dropped („Der
  FPÖ-Nationalratsabgeordnete Harald Wimmesberger hat in einer Plenarsitzung behauptet, ...“
  -> "Harald Wimmesberger", „Grünen-Nationalrätin Sandra Pfister-Lüthi hat in der «Arena»
  behauptet, ...“ -> "Sandra Pfister-Lüthi", "Reform UK MP Gareth Pennington-Lowe claimed in
  a clip he put on X ..." -> "Gareth Pennington-Lowe", "State Senator Wanda Krieger-Pike
  claimed in a radio interview on Monday ..." -> "Wanda Krieger-Pike", "Senator Craig
  Dunleavy-Ross claimed at a Senate committee hearing on Tuesday ..." -> "Craig
  Dunleavy-Ross"; eighty-sixth: "claimed in a video posted on X";
  three-hundred-and-seventy-second: "Federal MP Darren Kettle claimed in a radio interview";
  four-hundred-and-twelfth: „SVP-Nationalrätin Regula Ammann hat in der «Arena» behauptet“,
  "Senator Bronwyn Keogh claimed"). (b) THE VERDICT LABEL is a negative whatever its rating
  word: „Bewertung: Falsch.“ (four stories), „Bewertung: Stark übertrieben.“, „Bewertung:
  Falscher Kontext.“, „AFP-Bewertung: Falscher Kontext.“, „Bewertung: Irreführend.“ (twice),
  „Bewertung: Manipuliert.“ (twice), „Bewertung: Aus dem Zusammenhang gerissen.“,
  „Bewertung: Erfundenes Zitat.“, „Bewertung: Übertrieben.“, "Verdict: Misleading." (twice),
  "Verdict: False.", "Verdict: Incorrect.", "AAP FactCheck verdict: False." (twice), "AAP
  FactCheck verdict: Misleading.", "AP'S ASSESSMENT: False." (twice), "AP'S ASSESSMENT:
  Miscaptioned." (hundred-ninety-first: "AP's assessment: Miscaptioned."), "AFP rating:
  Altered image.", "AFP rating: False.", "Full Fact's verdict: False.", "Reuters Fact Check
  rating: Miscaptioned.". New: the rating words not met before are verdicts as these are -
  "Reuters Fact Check rating: Fabricated." (as "AP'S ASSESSMENT: Fabricated.",
  three-hundred-and-seventy-second) and „Bewertung: Frei erfunden.“ (as „Bewertung:
  Erfundenes Zitat.“, three-hundred-and-seventy-second). (c) THE CORRECTING FACT is
  check-worthy with its own figures and its own attribution, „Fakten:“, "THE FACTS:" and
  „Kontext:“ carrying nothing (three-hundred-and-seventy-second, four-hundred-and-twelfth):
  „Fakten: Nach Angaben des Umweltbundesamts ...“ -> "das Umweltbundesamt", „Fakten: Laut
  Bundesamt für Statistik ...“ -> "Bundesamt für Statistik", „Fakten: Laut Statistik Austria
  ...“ -> "Statistik Austria", „Fakten: Nach Angaben des Instituts zur Qualitätsentwicklung
  im Bildungswesen ...“ -> "das Institut zur Qualitätsentwicklung im Bildungswesen",
  „Fakten: Die Wiener Linien teilten auf APA-Anfrage mit, ...“ -> "die Wiener Linien"
  (below), „Fakten: Laut Bundesamt für Energie ...“ -> "Bundesamt für Energie", „Fakten:
  Nach Angaben des Landeskriminalamts ...“ -> "das Landeskriminalamt", "THE FACTS: ..., the
  Lehigh County Board of Elections said." -> "the Lehigh County Board of Elections", "THE
  FACTS: The footage shows ..." unchecked; „Kontext: Der allgemeine Beitragssatz ... bei
  14,6 Prozent.“ 14.6 with no speaker (a statement of how a rule works,
  four-hundred-and-twelfth).
- Reach, the weight of this batch, as every batch reads it: views, plays, shares, comments,
  followers, subscribers and members are counts with their hedges („mehr als 1,2 Millionen
  Mal angezeigt und rund 31.000 Mal geteilt“, „rund 860.000 Mal aufgerufen“, „gut 12.000 Mal
  geteilt und mehr als 2.500 Mal kommentiert“, „über 420'000 Mal abgespielt“ - the Swiss
  apostrophe, tenth; „innert einer Woche“ none -, „gut 380.000 Mal angezeigt“, „rund 27.000
  Mal geteilt“, „gut 210.000 Mal angesehen“, „rund 19.000 Mal geteilt“, „über 74'000 Mal
  ..., ein zweiter gut 18'000 Mal“, „mehr als 26.000 Mal“, „rund 640.000 Mal“, „mehr als
  150.000 Mal angezeigt und knapp 9.000 Mal geteilt“, „gut 95'000 Mal angesehen“, „rund 1,2
  Millionen Mal geteilt“ 1,200,000 "about" („zusammen“ no hedge), „mehr als 36.000 Mal ...,
  ... gut 8.000 Mal“, "more than 40,000 times", "more than 9,000 times", "more than 65,000
  times", "has drawn more than 14,000 shares" (hundred-ninety-first: "has drawn about 8,800
  shares"), "about 1.1 million views", "more than 11,000 times", "more than 8,000 times",
  "more than 2.1 million views", "more than 23,000 times", "more than 900,000 times ...
  about 16,000 times", "more than 7,500 times", "about 480,000 times"; „rund 2.300
  Abonnenten“, „rund 96.000 Follower“, „zusammen rund 140.000 Abonnenten“, „rund 41.000
  Follower“, „gut 12.000 Mitgliedern“, "about 275,000 followers", "about 83,000 members",
  "about 58,000 followers"). New: "2.4M views" is count 2,400,000 - the capital "M" of a
  platform's counter scales as the small "m" of "viewed 1.4m times" (eighty-sixth), as
  "$85K" scales as "k" (three-hundred-and-forty-second). New: „mehr als 1,2 Mio. Mal
  aufgerufen“ is count 1,200,000 "over" - „Mio.“ before „Mal“ scales as before a currency
  („1,2 Mio. €“, three-hundred-and-forty-second; „450 Tsd. Euro“, seventeenth). New: „mehr
  als 5.000-fach geteilt“ is count 5,000 "over" - digits before „-fach“ count the shares as
  „Mal“ and „-mal“ do (fifty-fifth: „17-mal“), while „tausendfach“ and "thousands of times"
  stay vague and carry none (twenty-ninth, four-hundred-and-twelfth). New: "had passed 3
  million views" is 3,000,000 with no hedge - a verb bounds nothing, as "topped 1,900"
  (thirty-third) and "could exceed" (thirty-first). None: "the most shared version", "the
  most widely shared versions" (their count 2 only), „meistgeteilte“, "One of", "A post",
  „Ein Beitrag“, „eine Version“ (articles, four-hundred-and-twelfth: „eine Ziffer“);
  „Allein“ no hedge. Acts of platforms and the accounts' own record are check-worthy
  (hundred-thirty-sixth, two-hundred-and-thirty-sixth): „Zwei Tage nach dem Hochladen
  kennzeichnete Tiktok den Clip als irreführend ...“ 2 days, "TikTok removed two of ..." 2,
  "Meta added warning labels to at least six of the posts ..." 6 "at_least", „Angelegt wurde
  das Konto erst im Juli, seither hat es knapp 1.900 Beiträge veröffentlicht.“, „Der Mann
  hat auf Tiktok rund 41.000 Follower; ...“, „... mindestens vier weitere Videos mit
  falschen Ortsangaben“ 4 "at_least" („weitere“ no hedge), „Nach dpa-Recherchen ist es
  bereits die dritte gefälschte DWD-Grafik, ...“ ordinal 3 („bereits“ no hedge), and a
  desk's count of readers' queries („Allein bei AFP gingen ... mehr als 120 Anfragen von
  Lesern ... ein.“ 120 "over") is a figure of record, not a process line.
- Misquoted statistics and doctored figures: the claimed and the checked figure each keep
  their own label wherever they stand (hundred-thirty-sixth, three-hundred-and-seventy-
  second): „Aus 3,0 Prozent wurden 300 Prozent.“ 3 and 300 (the lost comma), „In der
  Originalsendung vom 10. September lagen die Grünen bei 11 Prozent; ...“ beside the fake's
  4, "not the roughly 35% that a £600 rise would mean" both, „rund 80 Euro im Jahr, nicht
  1.400 Euro“ both, „rund 6 Prozent des Jahrgangs, nicht ein Drittel“ 6 "about" and 0.3333.
  New: „Die Aufklärungsquote stieg um 0,4 Prozentpunkte auf 66,1 Prozent, nicht um 40
  Prozent, ...“ keeps each figure in its own unit - 0.4 "pp", 66.1 "%" and 40 "%" - a
  statistic misread from points to percent is set down as each side writes it, the unit
  belonging to the figure, not to the error. The arithmetic is check-worthy, also in
  Konjunktiv II („Ein Anstieg um 300 Prozent hätte mehr als 84.000 Fälle bedeutet.“ 300 and
  84,000 "over"; "That is roughly a quarter of the figure the posts give." 0.25 "about";
  "That is a difference of less than 1%, ..." 1 "under"), and so is where the claimed figure
  comes from („Die 70 Cent stammen nach dpa-Recherchen aus dem Szenario einer Studie von
  2022, ...“, „Das Drittel stammt offenbar aus einer anderen Kennziffer: ...“ 0.3333 and 34
  - the claimed share named by its noun keeps its value, as „Die elf Millionen stammen ...“
  (four-hundred-and-twelfth) -, „Die 900 Euro entsprechen nach APA-Recherchen ungefähr dem
  Preis ...“ with „ungefähr“ before the article no hedge, 'The "one in five" figure appears
  to come from ...' 0.2, "The 80 per cent number seems to be drawn from ...", "The £600
  figure appears to come from ...", "The 40% figure appears to come from ...", "The 3
  million figure appears to count ...", "The 1.2 million figure matches ..."). What a study
  or a standard measures is check-worthy without a figure („Den Mindeststandard zu verfehlen
  heißt nach der Definition des Instituts, ...“; four-hundred-and-twelfth: "Context:
  Emigration estimates are less certain ...").
- Dates of the original material, provenance and observation (hundred-thirty-sixth,
  hundred-ninety-first, two-hundred-and-thirty-sixth): full dates are ISO („am 6. Juni 2020“
  2020-06-06, „am 3. März 2020“ 2020-03-03, „vom Ostermontag, dem 22. April 2019,“
  2019-04-22 - the holiday's name carries none -, "on Aug. 29, 2017" 2017-08-29, "on May 4,
  2016" 2016-05-04, "on Aug. 23, 2018" 2018-08-23, "on May 3, 2018" 2018-05-03), dates
  without a year "--MM-DD" („vom 10. September“, „am 9. Oktober“, „am 31. Oktober“, „am 3.
  November“, "on Sept. 26", "on Oct. 2"), and a year alone where the copy gives no day ("in
  2017", "a 2015 photo" - a year before a noun dates it, two-hundred-and-fourth -, "in
  November 2022", „im Mai 2021“, „aus dem Jahr 2018“); "more than five years ago" 5 years
  "over" (four-hundred-and-twentieth: "two years ago"). "first posted", "first appeared",
  „erstmals“ and "The earliest copy" carry none (hundred-thirty-sixth). What a picture
  visibly shows is check-worthy ("A shop sign visible in the first six seconds ..." ordinal
  1 and 6 seconds, "A grain silo and a red barn visible in the first 10 seconds ..." ordinal
  1 and 10 seconds, „Auf dem Foto liegen zudem Schneereste ..., obwohl ... 19 Grad gemessen
  wurden.“), and so are detection findings ("Two AI-detection tools found ..." 2 - "both"
  none), what a record does not contain („In den Protokollen der 18 Sitzungen des
  Gesundheitsausschusses ... kommt der Satz ebenfalls nicht vor.“ 18, "None of the
  governor's 14 speeches and three parliamentary appearances this year contains the phrase."
  14 and 3, "... its online archive for the past 12 months contains no headline ..." 12
  months), what a chain message asks of its readers („Zum Schluss bittet die Nachricht, sie
  an mindestens zehn Kontakte weiterzuleiten.“ 10 "at_least"; two-hundred-and-thirty-sixth)
  and the other side's accounts (below).
- Counts besides: physical measures are counts (fourth; three-hundred-and-seventy-second:
  temperatures) - „28 Kilometern“, „in der Spitze 9 Kilometer“ („in der Spitze“ no hedge),
  „19 Grad“, „um 6,8 Grad“, „um 1,8 Grad“, „4,1 Terawattstunden“, "3.1 feet", "about 40
  miles", "74 kilometres per hour" ("per hour" none); "one distribution zone" 1
  (four-hundred-and-twelfth: "one terminal"; "a single retailer" none), „zwei Außenzonen“ 2,
  „143 Einsätzen“, „1.318 Wahlberechtigte“, „2.000 Litern“, „21.640 Fälle“, „rund 335.000
  Klimatickets“, „rund 2.100 Stück“, "a sample of 2,400 cases", "of the 2,400 people in the
  sample, 37", "3,800 pupils", "4 points lower" 4 ("lower" after the figure compares), "a
  500-point reading test" 500 (the figure heading a compound, three-hundred-and-fifty-sixth:
  "a 52-yard field goal"), "10,000 police officers", "143,870 ..., about 19,600 more",
  "about 4,100", "a further 3,000" ("a further" no hedge), "about 14,500 ... to 351,400", "a
  survey of 2,100 nurses", "about 45,000 sample ballots", "about 1,300 flights", "about 2.7
  million", "3 million" and "about 740,000", "1.2 million", "341,000 ..., with about 690,000
  arrivals and 349,000 departures", "about 172,000". None: "CO2", „IQB“, "AI", „ARD“, "John
  F. Kennedy", the platform "X", "A$" (a currency mark), „Ein Beitrag“, "both", "no
  barcode".
- Percentages and fractions (the issue: "4,7 Prozent", "jeder vierte", "ein Drittel"):
  percentages in "%" („4 Prozent“, „11 Prozent“, „24,1 Prozent“, „rund 6 Prozent“ "about",
  „real 15 Prozent“ and „um 15 Prozent“, „um 26,1 Prozent“, „um zusammen 27,8 Prozent“ -
  „zusammen“ no hedge -, „um bis zu 9 Prozent“ "up_to", „17,3 Prozent“, „34 Prozent“, „30
  Prozent“, „14,6 Prozent“, „40 Prozent“ three times, „rund 9 Prozent“ "about", „knapp 38
  Prozent“ "nearly", „300 Prozent“ three times, „um 3,0 Prozent“ and „3,0 Prozent“ 3, „66,1
  Prozent“, „gut 40 Prozent“ "over", "8.3%", "21%", "by 80 per cent" and "The 80 per cent
  number", "23.7 per cent ... higher" ("higher" after the figure compares), "by about 41 per
  cent", "4.1%", "about 1.5%", "30 per cent" twice, "0.6 per cent", "by 40%" twice and "The
  40% figure", "less than 1%" "under", "about 2.4%" and "the roughly 35%" "about", "about
  95%"), percentage points „bis zu 3 Prozentpunkten“ 3 "pp" "up_to" and „um 0,4
  Prozentpunkte“ 0.4 "pp". Fractions: „jeder dritte Lehrling“, „Jede dritte Lehre“ and
  „jedes dritte Kind“ 0.3333 („jede N-te“ is 1/N, three-hundred-and-seventy-second), „Ein
  Drittel“, „nicht ein Drittel“ and „Das Drittel“ 0.3333, „Rund drei Viertel“ 0.75 "about",
  "one in five", "A fifth" and 'The "one in five" figure' 0.2, "one in three" and "A third"
  0.3333, "roughly a quarter" 0.25 "about".
- Durations and ages (the issue: "fünfstündigen Treffen", "a two-week visit"): „Das 34
  Sekunden lange Video“ 34 seconds, „knapp einminütige“ 1 minute "nearly" and „knapp
  80-minütigen“ 80 minutes "nearly" (the number inside the compound, hundred-ninety-first:
  „knapp einminütige“), „binnen 48 Stunden“ 48 hours („binnen“ no hedge), „innert fünf
  Jahren“ 5 years, „innert zwei Jahren“ 2 years, „innerhalb von drei Tagen“ 3 days, „drei
  Jahre lang“ 3 years, „in den vergangenen zwei Wochen“ 2 weeks, „Zwei Tage nach dem
  Hochladen“ 2 days, "A 52-second video", "A 19-second clip", "the first six seconds" and
  "the first 10 seconds" (ordinal 1 with the span, four-hundred-and-twelfth: "the first
  eight seconds"), "during the two days of storms" 2 days, "in the past 12 months" 12
  months, "in the 12 months to July 1" 12 months and --07-01 (three-hundred-and-seventy-
  second: "in the 12 months to June 30"), "over 12 months" 12 months ("over" before a span
  no hedge, four-hundred-and-twentieth), "more than four hours of daily screen time" and
  "more than four hours of screen time a day" 4 hours "over" ("daily" and "a day" none);
  ages are durations in years: "pupils aged 9 to 11" 9 and 11 (four-hundred-and-twelfth:
  "aged 16 to 24"). None: „innert einer Woche“ and „binnen eines Jahres“ (an article,
  three-hundred-and-seventy-second), „seit Ende August“, „seit dem Wochenende“, „seit
  Jahresbeginn“, „seit Anfang November“, „Mitte November“, „im vergangenen Jahr“, „Ende des
  Vorjahres“, „im selben Zeitraum“, „im vergangenen Winter“, „im Winter“, „im Jahr“, „im
  Monat“, „heuer“, „zum Jahreswechsel“, „Ende Oktober“, „bis Ende September“, „am selben
  Abend“, "last year", "next year", "this year", "within a year", "in the past year", "a
  year", "in the year to June", "in the same year", "over the same period", "over that
  period", "that day", "years earlier", "in years", "so far", weekdays and months alone.
- Ordinals (the issue: "das sechste Treffen", "the 12th round"): „am Ende der vierten
  Klasse“ and „in der vierten Jahrgangsstufe“ 4, „ein zweiter“ and „eine zweite Version“ 2
  (four-hundred-and-twentieth: "a second base"), „die dritte gefälschte DWD-Grafik“ 3, "the
  second increase in a row" 2, "the first six seconds", "the first 10 seconds" 1. None:
  "highest", "a record high", "most shared", „meistgeteilte“, „höheren“, "first posted",
  "first appeared", „erstmals“, „Ostermontag“.
- Money in the currency written (every batch): EUR („um 70 Cent je Liter“, „70 Cent mehr“
  and „Die 70 Cent“ 0.7 - Cent as hundredths of a euro, hundred-thirty-eighth; „je Liter“,
  „je Tonne“ none -, „um gut 4 Cent“ 0.04 "over", „von 58 auf 71 Euro je Tonne“ both, the
  currency written once (three-hundred-and-seventy-second: „von 8,90 auf 11,34 Euro“), „280
  Euro je Tonne“, „rund 80 Euro im Jahr“ "about", „1.400 Euro“, „über 6.000 Euro brutto im
  Monat“ "over", „900 Euro“ three times, „495 Euro“, „51 Euro im Monat“, „1.300 Euro“), GBP
  ("£600" four times, "£41 to £1,779 a year"), USD ("about $310 million a year" "about"),
  AUD ("A$220 per household"), CHF („rund 640 Millionen Franken“ "about").
- Years and dates: Reuters and AAP datelines with a day are dates without a year ("LONDON,
  Sept 3" --09-03, "SYDNEY, Sept 8 (AAP)" --09-08, "COLUMBUS, Ohio, Sept 24" --09-24,
  "LONDON, Oct 1" --10-01, "SYDNEY, Oct 14 (AAP)" --10-14, "SAN FRANCISCO, Oct 20" --10-20,
  "DUBLIN, Nov 10" --11-10, "CANBERRA, Nov 17 (AAP)" --11-17); dpa, APA, AFP (German and
  English), Keystone-SDA and AP datelines none (seventy-ninth). Without a year besides: „zum
  1. Januar“, „ab 1. Jänner“ and "from Jan. 1" --01-01 („ab“, "from" no hedge), „ab dem 15.
  November“, „mit dem Stichtag 1. Juni“. Years: "since mid-2022"
  (four-hundred-and-twentieth: „Mitte 2027“), "of 2022", „von 2022“, „die 2019 begannen“,
  „seit 2020“ twice and „von 2020“, „Ab 2027“ inside the fake quote, "from January 2027",
  "in 2027", "since 2019" twice, "than in 2019", "in March 2019", "by March 2027" ("by" no
  hedge), "a 2019 report", "a 2022 forecast", "in 2021", "closed in 2019", „seit 2019“, „der
  Referenzperiode 1961 bis 1990“ both (four-hundred-and-twentieth: „der Jahre 2015 bis
  2024“).
- Hedges, only the names in use: „rund“, "about", "About", "roughly" "about"; „knapp“
  "nearly"; „mehr als“, „über“ and „gut“ before a figure, "more than" "over"; "less than"
  "under"; „bis zu“ "up_to"; „mindestens“, "at least" "at_least". No hedge: „zusammen“,
  „Allein“, „bereits“, „erst“, „nur“, „in der Spitze“, „binnen“, „innert“, „innerhalb von“,
  „ab“, „ungefähr“ before an article, „weitere“, "a further", "on average", "by" before a
  year, "from", "passed", "over" before a span, "lower" and "higher" after a figure, and the
  „bis“ and "to" of a range.
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben des
  Umweltbundesamts“, „Nach Angaben des Instituts zur Qualitätsentwicklung im Bildungswesen“
  and „Nach Angaben des Landeskriminalamts“ the source in the nominative
  (four-hundred-and-twelfth: „Nach Angaben des Bayerischen Landesamts für Umwelt“); „Laut
  Bundesamt für Statistik“, „Laut Statistik Austria“ and „Laut Bundesamt für Energie“ as
  written (three-hundred-and-seventy-second); „Die Berufsfeuerwehr Wien teilte mit“, „Die
  Polizeiinspektion Magdeburg teilte mit“, „Das Bundesamt für Strassen teilte mit“, „Das
  Bundesgesundheitsministerium teilte mit“, „Der Deutsche Wetterdienst teilte mit“, „Die
  Bundesnetzagentur teilte mit“ and „Das Klimaschutzministerium teilte mit“ opening the row
  with the article lowered, the place part of the name (hundred-ninety-first: „Die Feuerwehr
  Hamburg teilte mit“; four-hundred-and-twelfth); the politicians' claims above;
  „Wimmesberger sagte der APA“ and „Pfister-Lüthi sagte auf Anfrage“ the surname (the
  audience dropped, four-hundred-and-twelfth: „Ammann sagte auf Anfrage“). English: "NHS
  England said", "Ofgem said", "Met Éireann said" (its diacritic kept), "Statistics Canada
  said" and "Transport for London said" as written (three-hundred-and-seventy-second: "Ofgem
  said", "Statistics Canada said"); "The Australian Bureau of Statistics said" (two
  stories), "The National Weather Service said", "The Houston Police Department said", "The
  Home Office said" and "The Reserve Bank said" opening the row with the article lowered,
  "..., the Lehigh County Board of Elections said." with its article
  (four-hundred-and-twelfth); "Pennington-Lowe later said", "Marchetti-Boyd said" and
  "Dunleavy-Ross later said" the surname, "..., lead author Dr. Alina Marchetti-Boyd told
  Reuters." the name with the title, "Dr." and the addressee dropped
  (four-hundred-and-twelfth: "lead author Ingrid Solvang told Reuters"; twenty-first:
  „Dr.“). New: „Fakten: Die Wiener Linien teilten auf APA-Anfrage mit, ...“ -> "die Wiener
  Linien" - a body with a plural verb opening the row, as „Die SBB teilten mit“
  (hundred-ninety-first), the inquiry dropped as in „wie das Bundesverkehrsministerium auf
  Anfrage mitteilte“ (hundred-seventy-eighth). New: "The newspaper said it had ..." -> "the
  newspaper", the generic noun with its article lowered as "The company said" -> "the
  company" (tenth) and "the agency said" -> "the agency" (hundred-eleventh). Left unchecked
  (None): all negatives, also those with a named speaker; the claim lines and the posts,
  videos, sharepics, screenshots and chain messages and their authors („behauptet ein Mann“,
  „Die Urheberin des Videos sagte auf Anfrage“, "The man who filmed the video told the AP");
  roles and possessives ("A Port Authority spokesperson said", "A spokesperson for
  Krieger-Pike said"; four-hundred-and-twelfth); a relative clause between a body and its
  verb - New in German: „Der WDR, der den „Deutschlandtrend“ verantwortet, teilte mit, ...“
  stays unchecked as "Blakiston, who has led the inquiry since it began, said" did
  (hundred-sixteenth, three-hundred-and-eighty-sixth); verbs not of saying ("the bureau
  noted", "the ABS estimates", "a reverse image search shows"; three-hundred-and-seventy-
  second: "The Office for National Statistics estimated"); data, documents and the desks'
  findings („nach dpa-Recherchen“, „nach APA-Recherchen“, „nach AFP-Recherchen“, „nach
  WDR-Angaben“ - a compound, four-hundred-and-twentieth: „nach BA-Angaben“ -, „Nach Zahlen
  des Ministeriums“, „nach Zahlen der Elektrizitätskommission“, "NHS England data shows",
  "Home Office figures show", "CoreLogic data shows", "Federal Aviation Administration data
  shows", "Department of Home Affairs data shows"); and every "according to" ("according to
  county business records", "according to the Ohio Department of Medicaid", "according to
  its chief clerk"; three-hundred-and-seventy-second, four-hundred-and-twentieth).
- Negatives (twenty-ninth, eighty-sixth, ninety-eighth, hundred-thirty-sixth,
  hundred-ninety-first, two-hundred-and-thirty-sixth, three-hundred-and-seventy-second,
  four-hundred-and-twelfth), besides the rating lines: the teaser question „Faktencheck:
  Macht der CO2-Preis das Heizöl im Winter unbezahlbar?“ (three-hundred-and-seventy-second;
  no figure written into it, four-hundred-and-twelfth); the posts', captions', videos' and
  the chain message's own rhetoric („..., heißt es unter dem Bild.“, „..., schreibt die
  Urheberin zu dem Clip.“, „..., schreibt der Account, ...“, „..., steht unter dem Video.“,
  „..., heißt es am Ende des Beitrags.“, «..., heisst es in dem meistgeteilten Beitrag.»,
  „..., sagt der Mann am Ende des Videos.“, „..., heißt es in der Nachricht.“, „..., steht
  über der Zahl.“, "..., the post says.", "..., the caption says.", "..., reads the caption
  on the most shared post.", "..., one of the most shared posts says."); the politicians'
  rhetoric in quotes (Wimmesberger, Krieger-Pike, Pennington-Lowe, Pfister-Lüthi,
  Dunleavy-Ross); the statistics office spokeswoman's label for the video («Eine
  Vertragsauflösung ist noch lange kein Abbruch, das wirft das Video durcheinander», ... -
  hundred-thirty-sixth: a label for the claim stays a negative, also from an expert); users'
  and commenters' lines („..., kommentierte ein Nutzer.“, "..., one commenter wrote beneath
  the image.", "..., one user replied under the post.") and a commenter's question ("Why is
  nobody talking about this?", four-hundred-and-twelfth); an appeal (""Sell now before the
  crash," the post urges its readers."; hundred-thirty-sixth: advice); and two process lines
  ("Reuters contacted the people who posted the claim ... and had received no answer at
  publication."; "Full Fact said it had asked the page that posted the claim for its
  source." - the desk as the subject of "said" reports its own work, hundred-ninety-first).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_431 = [
    # --- dpa-Faktencheck: Heizöl und CO2-Preis (dpa), Dienstag, 1. September ---
    ("de", "Faktencheck: Macht der CO2-Preis das Heizöl im Winter unbezahlbar?", False, [], None),
    (
        "de",
        "Berlin (dpa) - In einem Sharepic, das auf Facebook seit Ende August mehr als 1,2 Millionen Mal angezeigt und rund 31.000 Mal geteilt wurde, heißt es, Heizöl werde zum 1. Januar wegen des CO2-Preises um 70 Cent je Liter teurer.",
        True,
        [("count", 1200000, None, "over"), ("count", 31000, None, "about"), ("date", "--01-01", None, None), ("money", 0.7, "EUR", None)],
        None,
    ),
    (
        "de",
        "Behauptung: Der Liter Heizöl kostet ab Januar 70 Cent mehr, weil der CO2-Preis steigt.",
        True,
        [("money", 0.7, "EUR", None)],
        None,
    ),
    ("de", "Bewertung: Stark übertrieben.", False, [], None),
    (
        "de",
        "Fakten: Nach Angaben des Umweltbundesamts steigt der CO2-Preis zum Jahreswechsel von 58 auf 71 Euro je Tonne.",
        True,
        [("money", 58, "EUR", None), ("money", 71, "EUR", None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Das verteuert einen Liter Heizöl einschließlich Mehrwertsteuer um gut 4 Cent.",
        True,
        [("money", 0.04, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für einen Haushalt mit 2.000 Litern Jahresverbrauch sind das rund 80 Euro im Jahr, nicht 1.400 Euro.",
        True,
        [("count", 2000, None, None), ("money", 80, "EUR", "about"), ("money", 1400, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die 70 Cent stammen nach dpa-Recherchen aus dem Szenario einer Studie von 2022, die einen CO2-Preis von 280 Euro je Tonne unterstellte.",
        True,
        [("money", 0.7, "EUR", None), ("year", 2022, None, None), ("money", 280, "EUR", None)],
        None,
    ),
    ("de", "„Die da oben frieren nicht, die zahlen ja nicht selbst“, heißt es unter dem Bild.", False, [], None),
    # --- NHS nurses (Reuters Fact Check), Thursday Sept 3 ---
    (
        "en",
        "LONDON, Sept 3 (Reuters) - Posts shared more than 40,000 times on Facebook and X claim that one in five nurses in England quit the NHS last year.",
        True,
        [("date", "--09-03", None, None), ("count", 40000, None, "over"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "Claim: A fifth of NHS nurses in England left the health service in the past 12 months.",
        True,
        [("fraction", 0.2, None, None), ("duration", 12, "month", None)],
        None,
    ),
    ("en", "Verdict: Misleading.", False, [], None),
    (
        "en",
        "NHS England said 8.3% of nurses and health visitors working in hospital and community services left the NHS in the year to June.",
        True,
        [("percent", 8.3, "%", None)],
        "NHS England",
    ),
    (
        "en",
        'The "one in five" figure appears to come from a survey of 2,100 nurses by the Royal College of Nursing, in which 21% said they planned to leave within a year.',
        True,
        [("fraction", 0.2, None, None), ("count", 2100, None, None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "en",
        "NHS England data shows the number of full-time equivalent nurses in its hospitals rose by about 14,500 over the same period to 351,400.",
        True,
        [("count", 14500, None, "about"), ("count", 351400, None, None)],
        None,
    ),
    (
        "en",
        "Reuters contacted the people who posted the claim to ask where it came from and had received no answer at publication.",
        False,
        [],
        None,
    ),
    # --- APA-Faktencheck: Überflutete Unterführung (APA), Montag, 7. September ---
    (
        "de",
        "Wien (APA) - Ein Video, das eine völlig überflutete Unterführung in Wien-Favoriten nach dem Unwetter vom Sonntag zeigen soll, ist auf Tiktok rund 860.000 Mal aufgerufen worden.",
        True,
        [("count", 860000, None, "about")],
        None,
    ),
    (
        "de",
        "Das 34 Sekunden lange Video wurde zudem gut 12.000 Mal geteilt und mehr als 2.500 Mal kommentiert.",
        True,
        [("duration", 34, "second", None), ("count", 12000, None, "over"), ("count", 2500, None, "over")],
        None,
    ),
    ("de", "Bewertung: Falscher Kontext.", False, [], None),
    (
        "de",
        "Das Video entstand tatsächlich am 6. Juni 2020 in Hallein, als ein Gewitter Teile der Altstadt unter Wasser setzte.",
        True,
        [("date", "2020-06-06", None, None)],
        None,
    ),
    (
        "de",
        "Eine Bilder-Rückwärtssuche führt zu einem Youtube-Kanal mit rund 2.300 Abonnenten, der den Clip noch am selben Abend hochgeladen hatte.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    (
        "de",
        "Die Berufsfeuerwehr Wien teilte mit, sie sei am Sonntag zu 143 Einsätzen ausgerückt, überflutet gewesen sei in Favoriten aber keine Unterführung.",
        True,
        [("count", 143, None, None)],
        "die Berufsfeuerwehr Wien",
    ),
    ("de", "„Und im ORF sieht man davon natürlich nichts“, schreibt die Urheberin zu dem Clip.", False, [], None),
    (
        "de",
        "Zwei Tage nach dem Hochladen kennzeichnete Tiktok den Clip als irreführend und schränkte seine Verbreitung ein.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    # --- Electricity prices (AAP FactCheck), Tuesday Sept 8 ---
    (
        "en",
        "SYDNEY, Sept 8 (AAP) - Social media users claim household electricity prices in Australia have jumped by 80 per cent since mid-2022.",
        True,
        [("date", "--09-08", None, None), ("percent", 80, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "One Facebook post making the claim has been shared more than 9,000 times.",
        True,
        [("count", 9000, None, "over")],
        None,
    ),
    ("en", "AAP FactCheck verdict: False.", False, [], None),
    (
        "en",
        "The Australian Bureau of Statistics said the electricity component of the consumer price index was 23.7 per cent higher in this year's June quarter than in the same quarter of 2022.",
        True,
        [("percent", 23.7, "%", None), ("year", 2022, None, None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "That figure already includes the federal government's energy bill rebates of A$220 per household, the bureau noted.",
        True,
        [("money", 220, "AUD", None)],
        None,
    ),
    (
        "en",
        "Without the rebates, prices would have risen by about 41 per cent, the ABS estimates.",
        True,
        [("percent", 41, "%", "about")],
        None,
    ),
    (
        "en",
        "The 80 per cent number seems to be drawn from a single retailer's offer for one distribution zone in south-east Queensland.",
        True,
        [("percent", 80, "%", None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        '"Every quarter the bill gets worse and they keep telling us it\'s cheaper," the post says.',
        False,
        [],
        None,
    ),
    # --- Storm-surge video (AP Fact Check), Thursday Sept 10 ---
    (
        "en",
        "FORT MYERS, Fla. (AP) — A video shared on TikTok and X as footage of this week's storm surge in Fort Myers was filmed during a tropical storm in 2017, and the most shared version had drawn 2.4M views by Thursday.",
        True,
        [("year", 2017, None, None), ("count", 2400000, None, None)],
        None,
    ),
    ("en", "CLAIM: Video shows waves crashing over a Fort Myers seawall as the storm came ashore on Tuesday.", True, [], None),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: The clip was first posted to YouTube on Aug. 29, 2017, by a storm chaser who filmed it in Naples, Florida, about 40 miles to the south.",
        True,
        [("date", "2017-08-29", None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "A shop sign visible in the first six seconds of the clip belongs to a restaurant that closed in 2019, according to county business records.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "second", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The account that posted the most shared version has about 275,000 followers and was created in March.",
        True,
        [("count", 275000, None, "about")],
        None,
    ),
    ("en", '"Nobody is telling you how bad this really is," the caption says.', False, [], None),
    (
        "en",
        "The National Weather Service said the highest storm surge measured in Fort Myers on Tuesday was 3.1 feet.",
        True,
        [("count", 3.1, None, None)],
        "the National Weather Service",
    ),
    # --- Lehrabbrüche (Keystone-SDA), Montag, 14. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Ein auf Instagram verbreitetes Video behauptet, in der Schweiz breche inzwischen jeder dritte Lehrling seine Ausbildung ab.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Der Clip wurde innert einer Woche über 420'000 Mal abgespielt.", True, [("count", 420000, None, "over")], None),
    (
        "de",
        "Behauptung: Jede dritte Lehre in der Schweiz endet ohne Abschluss.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Bewertung: Irreführend.", False, [], None),
    (
        "de",
        "Fakten: Laut Bundesamt für Statistik wurden von den Lehrverträgen, die 2019 begannen, innert fünf Jahren 24,1 Prozent vorzeitig aufgelöst.",
        True,
        [("year", 2019, None, None), ("duration", 5, "year", None), ("percent", 24.1, "%", None)],
        "Bundesamt für Statistik",
    ),
    (
        "de",
        "Rund drei Viertel der Jugendlichen mit aufgelöstem Vertrag begannen jedoch innert zwei Jahren eine neue Lehre, meist in einem anderen Betrieb.",
        True,
        [("fraction", 0.75, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Ganz ohne Berufsabschluss blieben damit rund 6 Prozent des Jahrgangs, nicht ein Drittel.",
        True,
        [("percent", 6, "%", "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "«Eine Vertragsauflösung ist noch lange kein Abbruch, das wirft das Video durcheinander», sagte BFS-Sprecherin Nadine Rüegsegger-Blatter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Urheberin des Videos sagte auf Anfrage, sie habe sich auf einen Zeitungsartikel aus dem Jahr 2018 gestützt.",
        True,
        [("year", 2018, None, None)],
        None,
    ),
    # --- Alligator on a highway (AFP Fact Check), Wednesday Sept 16 ---
    (
        "en",
        "HOUSTON (AFP) - An image shared on Facebook and Instagram purports to show an alligator swimming across a flooded highway in Houston after last weekend's storms.",
        True,
        [],
        None,
    ),
    ("en", "The picture has been shared more than 65,000 times since Saturday.", True, [("count", 65000, None, "over")], None),
    ("en", "AFP rating: Altered image.", False, [], None),
    (
        "en",
        "The highway in the picture was photographed on May 4, 2016, and the original, published by a local television station, shows no animal in the water.",
        True,
        [("date", "2016-05-04", None, None)],
        None,
    ),
    (
        "en",
        "The alligator was cut from a 2015 photo taken at a wildlife park in Louisiana, a reverse image search shows.",
        True,
        [("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Two AI-detection tools found no sign that the image was generated, but both flagged the alligator's outline as edited.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The Houston Police Department said it had received no reports of alligators on flooded roads during the two days of storms.",
        True,
        [("duration", 2, "day", None)],
        "the Houston Police Department",
    ),
    ("en", '"Stay off the roads, this is Texas," one commenter wrote beneath the image.', False, [], None),
    # --- dpa-Faktencheck: Gefälschte Umfragegrafik (dpa), Donnerstag, 17. September ---
    (
        "de",
        "Berlin (dpa) - Eine Grafik im Design des „ARD-Deutschlandtrends“, die die Grünen bei 4 Prozent zeigt, wird seit Dienstag auf X und Telegram verbreitet.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Allein der meistgeteilte Beitrag wurde mehr als 5.000-fach geteilt und gut 380.000 Mal angezeigt.",
        True,
        [("count", 5000, None, "over"), ("count", 380000, None, "over")],
        None,
    ),
    ("de", "Bewertung: Manipuliert.", False, [], None),
    (
        "de",
        "In der Originalsendung vom 10. September lagen die Grünen bei 11 Prozent; die Zahl in der Grafik wurde also verändert.",
        True,
        [("date", "--09-10", None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Im Original ist zudem eine Fehlertoleranz von bis zu 3 Prozentpunkten angegeben, in der Fälschung fehlt der Hinweis.",
        True,
        [("percent", 3, "pp", "up_to")],
        None,
    ),
    (
        "de",
        "Der WDR, der den „Deutschlandtrend“ verantwortet, teilte mit, er habe die Fälschung bei den Plattformen gemeldet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für die Umfrage wurden nach WDR-Angaben 1.318 Wahlberechtigte befragt.",
        True,
        [("count", 1318, None, None)],
        None,
    ),
    (
        "de",
        "„Die Wahrheit steht nicht im Fernsehen, sondern hier“, schreibt der Account, der die Grafik zuerst teilte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Angelegt wurde das Konto erst im Juli, seither hat es knapp 1.900 Beiträge veröffentlicht.",
        True,
        [("count", 1900, None, "nearly")],
        None,
    ),
    # --- AFP-Faktencheck: Plünderungsvideo (AFP), Montag, 21. September ---
    (
        "de",
        "Paris (AFP) - Ein Video, das eine Plünderung in einem Magdeburger Supermarkt zeigen soll, ist auf Facebook und Telegram mehr als 1,2 Mio. Mal aufgerufen worden.",
        True,
        [("count", 1200000, None, "over")],
        None,
    ),
    ("de", "Auf X wurde eine Version des Clips zudem rund 27.000 Mal geteilt.", True, [("count", 27000, None, "about")], None),
    ("de", "AFP-Bewertung: Falscher Kontext.", False, [], None),
    (
        "de",
        "Das Video wurde tatsächlich am 3. März 2020 in der chilenischen Hafenstadt Valparaíso gedreht.",
        True,
        [("date", "2020-03-03", None, None)],
        None,
    ),
    (
        "de",
        "Die Polizeiinspektion Magdeburg teilte mit, in der vergangenen Woche sei in der Stadt kein Supermarkt geplündert worden.",
        True,
        [],
        "die Polizeiinspektion Magdeburg",
    ),
    (
        "de",
        "Der Account, der den Clip zuerst verbreitete, hat rund 96.000 Follower und teilte in den vergangenen zwei Wochen mindestens vier weitere Videos mit falschen Ortsangaben.",
        True,
        [("count", 96000, None, "about"), ("duration", 2, "week", None), ("count", 4, None, "at_least")],
        None,
    ),
    ("de", "„So sieht es bald überall aus, wacht endlich auf“, steht unter dem Video.", False, [], None),
    # --- Ohio Medicaid claim (Reuters Fact Check), Thursday Sept 24 ---
    (
        "en",
        "COLUMBUS, Ohio, Sept 24 (Reuters) - State Senator Wanda Krieger-Pike claimed in a radio interview on Monday that one in three people enrolled in Medicaid in Ohio should not be on the program.",
        True,
        [("date", "--09-24", None, None), ("fraction", 0.3333, None, None)],
        "Wanda Krieger-Pike",
    ),
    (
        "en",
        "On Facebook, a clip of the interview has drawn more than 14,000 shares.",
        True,
        [("count", 14000, None, "over")],
        None,
    ),
    ("en", "Claim: A third of Ohio's Medicaid enrollees are ineligible.", True, [("fraction", 0.3333, None, None)], None),
    ("en", "Verdict: False.", False, [], None),
    (
        "en",
        "A state audit published in July found that 4.1% of Medicaid payments in a sample of 2,400 cases were improper, most of them because of missing paperwork.",
        True,
        [("percent", 4.1, "%", None), ("count", 2400, None, None)],
        None,
    ),
    (
        "en",
        "Improper payments are not the same as ineligible enrollees: of the 2,400 people in the sample, 37 did not qualify, or about 1.5%.",
        True,
        [("count", 2400, None, None), ("count", 37, None, None), ("percent", 1.5, "%", "about")],
        None,
    ),
    (
        "en",
        "The audit put the improper payments statewide at about $310 million a year.",
        True,
        [("money", 310000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "About 2.7 million people were enrolled in the program in August, according to the Ohio Department of Medicaid.",
        True,
        [("count", 2700000, None, "about")],
        None,
    ),
    (
        "en",
        "A spokesperson for Krieger-Pike said she had been citing a 2019 report from a conservative think tank.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        '"Taxpayers are being robbed blind, and Columbus knows it," Krieger-Pike said in the interview.',
        False,
        [],
        None,
    ),
    # --- Police numbers (PA, Full Fact), Monday Sept 28 ---
    (
        "en",
        "Reform UK MP Gareth Pennington-Lowe claimed in a clip he put on X that England and Wales have lost 10,000 police officers since 2019.",
        True,
        [("count", 10000, None, None), ("year", 2019, None, None)],
        "Gareth Pennington-Lowe",
    ),
    ("en", "His clip has about 1.1 million views so far.", True, [("count", 1100000, None, "about")], None),
    (
        "en",
        "Claim: There are 10,000 fewer police officers in England and Wales than in 2019.",
        True,
        [("count", 10000, None, None), ("year", 2019, None, None)],
        None,
    ),
    ("en", "Full Fact's verdict: False.", False, [], None),
    (
        "en",
        "Home Office figures show there were 143,870 full-time equivalent officers in March, about 19,600 more than in March 2019.",
        True,
        [("count", 143870, None, None), ("count", 19600, None, "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Pennington-Lowe later said he had meant neighbourhood officers, whose number has fallen by about 4,100 since 2019.",
        True,
        [("count", 4100, None, "about"), ("year", 2019, None, None)],
        "Pennington-Lowe",
    ),
    (
        "en",
        '"People in my constituency haven\'t seen a bobby on the beat in years," Pennington-Lowe said in the video.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Home Office said a further 3,000 neighbourhood officers would be recruited by March 2027.",
        True,
        [("count", 3000, None, None), ("year", 2027, None, None)],
        "the Home Office",
    ),
    # --- APA-Faktencheck: Pensionen (APA), Dienstag, 29. September ---
    (
        "de",
        "Wien (APA) - Der FPÖ-Nationalratsabgeordnete Harald Wimmesberger hat in einer Plenarsitzung behauptet, die Pensionen hätten seit 2020 real 15 Prozent an Wert verloren.",
        True,
        [("year", 2020, None, None), ("percent", 15, "%", None)],
        "Harald Wimmesberger",
    ),
    ("de", "Ein Ausschnitt der Rede wurde auf Facebook gut 210.000 Mal angesehen.", True, [("count", 210000, None, "over")], None),
    (
        "de",
        "Behauptung: Die Kaufkraft der Pensionen ist seit 2020 um 15 Prozent gesunken.",
        True,
        [("year", 2020, None, None), ("percent", 15, "%", None)],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Laut Statistik Austria stieg der Verbraucherpreisindex von 2020 bis Ende des Vorjahres um 26,1 Prozent.",
        True,
        [("year", 2020, None, None), ("percent", 26.1, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Pensionen bis zur Höhe der Medianpension wurden im selben Zeitraum um zusammen 27,8 Prozent angehoben.",
        True,
        [("percent", 27.8, "%", None)],
        None,
    ),
    (
        "de",
        "Real verloren haben nur Pensionen über 6.000 Euro brutto im Monat, und zwar um bis zu 9 Prozent.",
        True,
        [("money", 6000, "EUR", "over"), ("percent", 9, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Wimmesberger sagte der APA, er habe die Teuerung mit der Nettopension eines Bekannten verglichen.",
        True,
        [],
        "Wimmesberger",
    ),
    (
        "de",
        "„Wer ein Leben lang gearbeitet hat, verdient Respekt statt Almosen“, sagte Wimmesberger im Plenum.",
        False,
        [],
        None,
    ),
    # --- Fake Guardian screenshot (Reuters Fact Check), Thursday Oct 1 ---
    (
        "en",
        "LONDON, Oct 1 (Reuters) - A screenshot circulating on WhatsApp and Facebook appears to show a Guardian headline saying London will ban petrol and diesel cars from its streets from January 2027.",
        True,
        [("date", "--10-01", None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Claim: The Guardian reported that London is banning petrol and diesel cars in 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Fabricated.", False, [], None),
    (
        "en",
        "The newspaper said no such article had ever run, and its online archive for the past 12 months contains no headline with that wording.",
        True,
        [("duration", 12, "month", None)],
        "the newspaper",
    ),
    (
        "en",
        "The typeface in the screenshot is not the one the Guardian uses, and the byline names a reporter who left the paper in 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Transport for London said there were no plans to ban any type of car from the capital's roads.",
        True,
        [],
        "Transport for London",
    ),
    (
        "en",
        "The screenshot first appeared on Sept. 26 in a Facebook group with about 83,000 members and has since been shared more than 11,000 times.",
        True,
        [("date", "--09-26", None, None), ("count", 83000, None, "about"), ("count", 11000, None, "over")],
        None,
    ),
    ("en", '"They always deny it until it happens," one user replied under the post.', False, [], None),
    # --- dpa-Faktencheck: Lesekompetenz (dpa), Montag, 5. Oktober ---
    (
        "de",
        "Berlin (dpa) - In einem vielfach geteilten Beitrag auf Threads wird behauptet, jedes dritte Kind in Deutschland könne am Ende der vierten Klasse nicht lesen.",
        True,
        [("fraction", 0.3333, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Beitrag beruft sich auf den „IQB-Bildungstrend“ und wurde innerhalb von drei Tagen rund 19.000 Mal geteilt.",
        True,
        [("duration", 3, "day", None), ("count", 19000, None, "about")],
        None,
    ),
    (
        "de",
        "Behauptung: Ein Drittel der Kinder in Deutschland kann nach der Grundschule nicht lesen.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Bewertung: Irreführend.", False, [], None),
    (
        "de",
        "Fakten: Nach Angaben des Instituts zur Qualitätsentwicklung im Bildungswesen verfehlten im jüngsten Bildungstrend 17,3 Prozent der Kinder in der vierten Jahrgangsstufe den Mindeststandard im Lesen.",
        True,
        [("percent", 17.3, "%", None), ("ordinal", 4, None, None)],
        "das Institut zur Qualitätsentwicklung im Bildungswesen",
    ),
    (
        "de",
        "Den Mindeststandard zu verfehlen heißt nach der Definition des Instituts, dass Kinder einfache Texte nur eingeschränkt verstehen, nicht, dass sie gar nicht lesen können.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Drittel stammt offenbar aus einer anderen Kennziffer: Den höheren Regelstandard verfehlten 34 Prozent.",
        True,
        [("fraction", 0.3333, None, None), ("percent", 34, "%", None)],
        None,
    ),
    ("de", "„Unsere Kinder werden systematisch verdummt“, heißt es am Ende des Beitrags.", False, [], None),
    # --- Stau am Gotthard (Keystone-SDA), Dienstag, 6. Oktober ---
    (
        "de",
        "Luzern (Keystone-SDA) - Ein Foto, das am Samstag einen Stau von 28 Kilometern vor dem Gotthard-Strassentunnel zeigen soll, kursiert seit dem Wochenende auf Facebook.",
        True,
        [("count", 28, None, None)],
        None,
    ),
    (
        "de",
        "Ein Beitrag mit dem Bild wurde über 74'000 Mal geteilt, ein zweiter gut 18'000 Mal.",
        True,
        [("count", 74000, None, "over"), ("ordinal", 2, None, None), ("count", 18000, None, "over")],
        None,
    ),
    ("de", "Bewertung: Aus dem Zusammenhang gerissen.", False, [], None),
    (
        "de",
        "Das Bild stammt vom Ostermontag, dem 22. April 2019, und wurde damals von einem Regionalsender veröffentlicht.",
        True,
        [("date", "2019-04-22", None, None)],
        None,
    ),
    (
        "de",
        "Das Bundesamt für Strassen teilte mit, am vergangenen Samstag habe der Stau vor dem Nordportal in der Spitze 9 Kilometer betragen.",
        True,
        [("count", 9, None, None)],
        "das Bundesamt für Strassen",
    ),
    (
        "de",
        "Auf dem Foto liegen zudem Schneereste am Strassenrand, obwohl am Samstag in Göschenen 19 Grad gemessen wurden.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "«Die Schweiz ist voll, das sieht jeder ausser Bern», heisst es in dem meistgeteilten Beitrag.",
        False,
        [],
        None,
    ),
    # --- Ballot video (AP Fact Check), Thursday Oct 8 ---
    (
        "en",
        "ALLENTOWN, Pa. (AP) — A 52-second video that claims to show a poll worker dumping ballots into a trash bin in Lehigh County had passed 3 million views on X by Wednesday.",
        True,
        [("duration", 52, "second", None), ("count", 3000000, None, None)],
        None,
    ),
    ("en", "CLAIM: A Pennsylvania election worker was filmed throwing away completed mail ballots.", True, [], None),
    ("en", "AP'S ASSESSMENT: False.", False, [], None),
    (
        "en",
        "THE FACTS: The papers in the video are sample ballots, which carry no barcode and cannot be cast, the Lehigh County Board of Elections said.",
        True,
        [],
        "the Lehigh County Board of Elections",
    ),
    (
        "en",
        "The county printed about 45,000 sample ballots this year and shreds the leftovers after every election, according to its chief clerk.",
        True,
        [("count", 45000, None, "about")],
        None,
    ),
    (
        "en",
        "The man who filmed the video told the AP he recorded it in November 2022 and posted it then with a caption joking about the leftover paper.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    ("en", '"They are not even hiding it anymore," reads the caption on the most shared post.', False, [], None),
    # --- dpa-Faktencheck: Erfundenes Zitat (dpa), Montag, 12. Oktober ---
    (
        "de",
        "Berlin (dpa) - Ein Sharepic legt Bundesgesundheitsministerin Karin Wedekind-Rau den Satz in den Mund: „Ab 2027 zahlen Raucher 30 Prozent mehr Krankenkassenbeitrag.“",
        True,
        [("year", 2027, None, None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Das Bild wurde auf Facebook mehr als 26.000 Mal geteilt und in Telegram-Kanälen mit zusammen rund 140.000 Abonnenten verbreitet.",
        True,
        [("count", 26000, None, "over"), ("count", 140000, None, "about")],
        None,
    ),
    ("de", "Bewertung: Erfundenes Zitat.", False, [], None),
    (
        "de",
        "Das Bundesgesundheitsministerium teilte mit, die Ministerin habe einen solchen Satz nie gesagt, ein nach dem Rauchverhalten gestaffelter Beitrag sei nicht geplant.",
        True,
        [],
        "das Bundesgesundheitsministerium",
    ),
    (
        "de",
        "Kontext: Der allgemeine Beitragssatz der gesetzlichen Krankenversicherung liegt für alle Versicherten gleichermaßen bei 14,6 Prozent.",
        True,
        [("percent", 14.6, "%", None)],
        None,
    ),
    (
        "de",
        "In den Protokollen der 18 Sitzungen des Gesundheitsausschusses seit Jahresbeginn kommt der Satz ebenfalls nicht vor.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "de",
        "Das Zitat tauchte nach dpa-Recherchen erstmals am 9. Oktober auf einer Satireseite auf, die es als erfundene Meldung kennzeichnet.",
        True,
        [("date", "--10-09", None, None)],
        None,
    ),
    ("de", "„Erst das Auto, jetzt die Zigarette – die nehmen uns alles“, kommentierte ein Nutzer.", False, [], None),
    # --- Fake quote on house prices (AAP FactCheck), Wednesday Oct 14 ---
    (
        "en",
        'SYDNEY, Oct 14 (AAP) - A quote pinned on the Reserve Bank of Australia\'s governor, saying house prices "will fall by 30 per cent next year", has been shared more than 8,000 times on Facebook.',
        True,
        [("date", "--10-14", None, None), ("percent", 30, "%", None), ("count", 8000, None, "over")],
        None,
    ),
    (
        "en",
        "Claim: The RBA governor said Australian house prices will drop 30 per cent in the coming year.",
        True,
        [("percent", 30, "%", None)],
        None,
    ),
    ("en", "AAP FactCheck verdict: False.", False, [], None),
    (
        "en",
        "The Reserve Bank said the governor had said no such thing and that the bank does not publish forecasts for house prices.",
        True,
        [],
        "the Reserve Bank",
    ),
    (
        "en",
        "None of the governor's 14 speeches and three parliamentary appearances this year contains the phrase.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The earliest copy of the quote sits on a website registered on Oct. 2 that lists no owner or contact details.",
        True,
        [("date", "--10-02", None, None)],
        None,
    ),
    (
        "en",
        "CoreLogic data shows Australian dwelling values climbed 0.6 per cent in September.",
        True,
        [("percent", 0.6, "%", None)],
        None,
    ),
    ("en", '"Sell now before the crash," the post urges its readers.', False, [], None),
    # --- Phones and reading scores (Reuters Fact Check), Tuesday Oct 20 ---
    (
        "en",
        "SAN FRANCISCO, Oct 20 (Reuters) - Posts on X and Instagram claim a Stanford University study found that smartphones cut children's reading scores by 40%.",
        True,
        [("date", "--10-20", None, None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "Claim: Stanford researchers found phone use lowers children's reading scores by 40%.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    ("en", "Verdict: Misleading.", False, [], None),
    (
        "en",
        "The study, published in September, compared 3,800 pupils aged 9 to 11 and found that those with more than four hours of daily screen time scored on average 4 points lower on a 500-point reading test.",
        True,
        [
            ("count", 3800, None, None),
            ("duration", 9, "year", None),
            ("duration", 11, "year", None),
            ("duration", 4, "hour", "over"),
            ("count", 4, None, None),
            ("count", 500, None, None),
        ],
        None,
    ),
    (
        "en",
        "That is a difference of less than 1%, lead author Dr. Alina Marchetti-Boyd told Reuters.",
        True,
        [("percent", 1, "%", "under")],
        "Alina Marchetti-Boyd",
    ),
    (
        "en",
        "The 40% figure appears to come from the share of pupils in the study who reported more than four hours of screen time a day.",
        True,
        [("percent", 40, "%", None), ("duration", 4, "hour", "over")],
        None,
    ),
    (
        "en",
        "Marchetti-Boyd said the study did not show that phones caused the lower scores.",
        True,
        [],
        "Marchetti-Boyd",
    ),
    (
        "en",
        '"Big Tech is rotting our kids\' brains and the science proves it," one of the most shared posts says.',
        False,
        [],
        None,
    ),
    # --- APA-Faktencheck: Jahreskarte der Wiener Linien (APA), Donnerstag, 22. Oktober ---
    (
        "de",
        "Wien (APA) - Ein Mann behauptet in einem Tiktok-Video, die Jahreskarte der Wiener Linien koste ab Jänner 900 Euro.",
        True,
        [("money", 900, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das knapp einminütige Video wurde binnen 48 Stunden rund 640.000 Mal aufgerufen.",
        True,
        [("duration", 1, "minute", "nearly"), ("duration", 48, "hour", None), ("count", 640000, None, "about")],
        None,
    ),
    ("de", "Behauptung: Die Wiener Jahreskarte kostet künftig 900 Euro.", True, [("money", 900, "EUR", None)], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Die Wiener Linien teilten auf APA-Anfrage mit, die Jahreskarte koste ab 1. Jänner 495 Euro, bei Zahlung in Monatsraten 51 Euro im Monat.",
        True,
        [("date", "--01-01", None, None), ("money", 495, "EUR", None), ("money", 51, "EUR", None)],
        "die Wiener Linien",
    ),
    (
        "de",
        "Die 900 Euro entsprechen nach APA-Recherchen ungefähr dem Preis einer Jahreskarte für die Kernzone plus zwei Außenzonen im Verkehrsverbund Ost-Region.",
        True,
        [("money", 900, "EUR", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Mann hat auf Tiktok rund 41.000 Follower; sein Account wurde erst im August angelegt.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    ("de", "„Öffis nur noch für Reiche, danke Rathaus“, sagt der Mann am Ende des Videos.", False, [], None),
    # --- JFK crash video (AP Fact Check), Monday Oct 26 ---
    (
        "en",
        "NEW YORK (AP) — A 19-second clip that social media users say shows a passenger jet crashing at John F. Kennedy International Airport on Sunday had more than 2.1 million views on X by Monday evening.",
        True,
        [("duration", 19, "second", None), ("count", 2100000, None, "over")],
        None,
    ),
    ("en", "CLAIM: Video shows a plane crash at JFK airport over the weekend.", True, [], None),
    ("en", "AP'S ASSESSMENT: Miscaptioned.", False, [], None),
    (
        "en",
        "THE FACTS: The footage shows a vintage fighter plane crashing at an air show in Poland on Aug. 23, 2018, in which the pilot was injured.",
        True,
        [("date", "2018-08-23", None, None)],
        None,
    ),
    (
        "en",
        "A Port Authority spokesperson said no aircraft had crashed at any of the agency's airports on Sunday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Federal Aviation Administration data shows JFK handled about 1,300 flights that day without incident.",
        True,
        [("count", 1300, None, "about")],
        None,
    ),
    ("en", '"Why is nobody talking about this?" one account wrote above the clip.', False, [], None),
    # --- dpa-Faktencheck: Manipulierte DWD-Grafik (dpa), Montag, 2. November ---
    (
        "de",
        "Offenbach (dpa) - Eine angebliche Grafik des Deutschen Wetterdienstes, wonach der Oktober um 6,8 Grad zu warm gewesen sei, wird seit dem Wochenende auf X und Facebook geteilt.",
        True,
        [("count", 6.8, None, None)],
        None,
    ),
    (
        "de",
        "Die Grafik wurde insgesamt mehr als 150.000 Mal angezeigt und knapp 9.000 Mal geteilt.",
        True,
        [("count", 150000, None, "over"), ("count", 9000, None, "nearly")],
        None,
    ),
    ("de", "Bewertung: Manipuliert.", False, [], None),
    (
        "de",
        "Der Deutsche Wetterdienst teilte mit, der Oktober sei nach vorläufiger Auswertung um 1,8 Grad wärmer gewesen als das Mittel der Referenzperiode 1961 bis 1990.",
        True,
        [("count", 1.8, None, None), ("year", 1961, None, None), ("year", 1990, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Das Original hatte der DWD am 31. Oktober in seinem Monatsrückblick veröffentlicht.",
        True,
        [("date", "--10-31", None, None)],
        None,
    ),
    (
        "de",
        "Nach dpa-Recherchen ist es bereits die dritte gefälschte DWD-Grafik, die der Account seit August verbreitet.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- AFP-Faktencheck: Kettennachricht (AFP), Mittwoch, 4. November ---
    (
        "de",
        "Paris (AFP) - Eine Kettennachricht auf Whatsapp behauptet, ab dem 15. November würden alle Telefongespräche in Deutschland aufgezeichnet und drei Jahre lang gespeichert.",
        True,
        [("date", "--11-15", None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Allein bei AFP gingen seit Anfang November mehr als 120 Anfragen von Lesern zu der Nachricht ein.",
        True,
        [("count", 120, None, "over")],
        None,
    ),
    ("de", "Behauptung: Ab Mitte November werden alle Telefonate in Deutschland aufgezeichnet.", True, [], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Die Bundesnetzagentur teilte mit, eine solche Regelung gebe es nicht; Gesprächsinhalte dürften nur auf richterliche Anordnung überwacht werden.",
        True,
        [],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Die Nachricht kursiert nach AFP-Recherchen bereits seit 2019 in wechselnden Versionen, zuletzt im Mai mit dem Stichtag 1. Juni.",
        True,
        [("year", 2019, None, None), ("date", "--06-01", None, None)],
        None,
    ),
    (
        "de",
        "Zum Schluss bittet die Nachricht, sie an mindestens zehn Kontakte weiterzuleiten.",
        True,
        [("count", 10, None, "at_least")],
        None,
    ),
    ("de", "„Ab jetzt hört der Staat mit, also passt auf, was ihr sagt“, heißt es in der Nachricht.", False, [], None),
    # --- Energy price cap (PA, Full Fact), Thursday Nov 5 ---
    (
        "en",
        "A post on Facebook claiming that the energy price cap will rise by £600 in January has been shared more than 23,000 times.",
        True,
        [("money", 600, "GBP", None), ("count", 23000, None, "over")],
        None,
    ),
    (
        "en",
        "Claim: Household energy bills will go up by £600 a year from January.",
        True,
        [("money", 600, "GBP", None)],
        None,
    ),
    ("en", "Verdict: Incorrect.", False, [], None),
    (
        "en",
        "Ofgem said the cap for a typical dual-fuel household paying by direct debit would rise by £41 to £1,779 a year from Jan. 1, the second increase in a row.",
        True,
        [("money", 41, "GBP", None), ("money", 1779, "GBP", None), ("date", "--01-01", None, None), ("ordinal", 2, None, None)],
        "Ofgem",
    ),
    (
        "en",
        "That is an increase of about 2.4%, not the roughly 35% that a £600 rise would mean.",
        True,
        [("percent", 2.4, "%", "about"), ("percent", 35, "%", "about"), ("money", 600, "GBP", None)],
        None,
    ),
    (
        "en",
        "The £600 figure appears to come from a 2022 forecast by a consultancy, made when wholesale gas prices were at a record high.",
        True,
        [("money", 600, "GBP", None), ("year", 2022, None, None)],
        None,
    ),
    ("en", "Full Fact said it had asked the page that posted the claim for its source.", False, [], None),
    # --- Stromimporte in der «Arena» (Keystone-SDA), Montag, 9. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Grünen-Nationalrätin Sandra Pfister-Lüthi hat in der «Arena» behauptet, die Schweiz importiere im Winter 40 Prozent ihres Stroms aus dem Ausland.",
        True,
        [("percent", 40, "%", None)],
        "Sandra Pfister-Lüthi",
    ),
    (
        "de",
        "Ein Ausschnitt der knapp 80-minütigen Sendung wurde auf Instagram gut 95'000 Mal angesehen.",
        True,
        [("duration", 80, "minute", "nearly"), ("count", 95000, None, "over")],
        None,
    ),
    (
        "de",
        "Behauptung: Die Schweiz bezieht im Winter 40 Prozent ihres Stroms aus dem Ausland.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    ("de", "Bewertung: Übertrieben.", False, [], None),
    (
        "de",
        "Fakten: Laut Bundesamt für Energie lag der Importüberschuss im vergangenen Winterhalbjahr bei 4,1 Terawattstunden, rund 9 Prozent des Landesverbrauchs.",
        True,
        [("count", 4.1, None, None), ("percent", 9, "%", "about")],
        "Bundesamt für Energie",
    ),
    (
        "de",
        "Brutto, also ohne Abzug der gleichzeitigen Exporte, stammten im Winter knapp 38 Prozent des verbrauchten Stroms aus Importen.",
        True,
        [("percent", 38, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Nettoimporte kosteten die Schweiz nach Zahlen der Elektrizitätskommission im vergangenen Winter rund 640 Millionen Franken.",
        True,
        [("money", 640000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Pfister-Lüthi sagte auf Anfrage, sie habe die Bruttoimporte gemeint und das in der Sendung nicht präzisiert.",
        True,
        [],
        "Pfister-Lüthi",
    ),
    (
        "de",
        "«Wir hängen am Tropf des Auslands, und das muss aufhören», sagte Pfister-Lüthi in der Sendung.",
        False,
        [],
        None,
    ),
    # --- Dublin tornado video (Reuters Fact Check), Tuesday Nov 10 ---
    (
        "en",
        "DUBLIN, Nov 10 (Reuters) - A video said to show a tornado tearing through a Dublin suburb on Sunday was filmed in Oklahoma more than five years ago.",
        True,
        [("date", "--11-10", None, None), ("duration", 5, "year", "over")],
        None,
    ),
    (
        "en",
        "Versions of the clip have been viewed more than 900,000 times on TikTok and shared about 16,000 times on Facebook.",
        True,
        [("count", 900000, None, "over"), ("count", 16000, None, "about")],
        None,
    ),
    ("en", "Reuters Fact Check rating: Miscaptioned.", False, [], None),
    (
        "en",
        "The footage was first posted on YouTube on May 3, 2018, by a storm chaser who filmed it near Elk City, Oklahoma.",
        True,
        [("date", "2018-05-03", None, None)],
        None,
    ),
    (
        "en",
        "Met Éireann said wind gusts in Dublin on Sunday peaked at 74 kilometres per hour and no tornado had been reported.",
        True,
        [("count", 74, None, None)],
        "Met Éireann",
    ),
    (
        "en",
        "A grain silo and a red barn visible in the first 10 seconds of the clip match satellite images of a farm outside the town.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "second", None)],
        None,
    ),
    (
        "en",
        "TikTok removed two of the most widely shared versions on Monday for breaking its rules on misleading content.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- dpa-Faktencheck: Kriminalstatistik Bayern (dpa), Mittwoch, 11. November ---
    (
        "de",
        "München (dpa) - Ein Sharepic behauptet, die Zahl der Gewaltdelikte in Bayern sei im vergangenen Jahr um 300 Prozent gestiegen.",
        True,
        [("percent", 300, "%", None)],
        None,
    ),
    (
        "de",
        "Das Bild wurde auf Facebook und Telegram zusammen rund 1,2 Millionen Mal geteilt.",
        True,
        [("count", 1200000, None, "about")],
        None,
    ),
    ("de", "Behauptung: Gewalttaten in Bayern haben sich binnen eines Jahres vervierfacht.", True, [], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    (
        "de",
        "Fakten: Nach Angaben des Landeskriminalamts stieg die Zahl der Gewaltdelikte im vergangenen Jahr um 3,0 Prozent auf 21.640 Fälle.",
        True,
        [("percent", 3.0, "%", None), ("count", 21640, None, None)],
        "das Landeskriminalamt",
    ),
    (
        "de",
        "Im Sharepic fehlt offenbar das Komma: Aus 3,0 Prozent wurden 300 Prozent.",
        True,
        [("percent", 3.0, "%", None), ("percent", 300, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Anstieg um 300 Prozent hätte mehr als 84.000 Fälle bedeutet.",
        True,
        [("percent", 300, "%", None), ("count", 84000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote stieg um 0,4 Prozentpunkte auf 66,1 Prozent, nicht um 40 Prozent, wie eine zweite Version des Bildes behauptet.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 66.1, "%", None), ("percent", 40, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    ("de", "„Bayern ist nicht mehr sicher, und die Regierung schaut zu“, steht über der Zahl.", False, [], None),
    (
        "de",
        "Nach dpa-Recherchen tauchte das Sharepic erstmals am 3. November in einer Telegram-Gruppe mit gut 12.000 Mitgliedern auf.",
        True,
        [("date", "--11-03", None, None), ("count", 12000, None, "over")],
        None,
    ),
    # --- Canada's population (AFP Fact Check), Friday Nov 13 ---
    (
        "en",
        "OTTAWA (AFP) - Posts shared on Facebook and Threads claim that Canada's population grew by 3 million people last year because of immigration.",
        True,
        [("count", 3000000, None, None)],
        None,
    ),
    ("en", "AFP rating: False.", False, [], None),
    (
        "en",
        "Statistics Canada said the population grew by about 740,000 in the 12 months to July 1, of whom about 95% were temporary or permanent immigrants.",
        True,
        [("count", 740000, None, "about"), ("duration", 12, "month", None), ("date", "--07-01", None, None), ("percent", 95, "%", "about")],
        "Statistics Canada",
    ),
    ("en", "That is roughly a quarter of the figure the posts give.", True, [("fraction", 0.25, None, "about")], None),
    (
        "en",
        "The 3 million figure appears to count every temporary resident in the country, including students and workers who arrived years earlier.",
        True,
        [("count", 3000000, None, None)],
        None,
    ),
    (
        "en",
        "A post by an account that has about 58,000 followers had been shared more than 7,500 times.",
        True,
        [("count", 58000, None, "about"), ("count", 7500, None, "over")],
        None,
    ),
    (
        "en",
        "Meta added warning labels to at least six of the posts on Wednesday after AFP flagged them.",
        True,
        [("count", 6, None, "at_least")],
        None,
    ),
    # --- APA-Faktencheck: Klimaticket (APA), Montag, 16. November ---
    (
        "de",
        "Wien (APA) - Ein Sharepic behauptet, Asylwerber in Österreich erhielten seit Oktober ein kostenloses Klimaticket im Wert von 1.300 Euro.",
        True,
        [("money", 1300, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Bild wurde auf Facebook mehr als 36.000 Mal geteilt, eine Version auf Instagram gut 8.000 Mal.",
        True,
        [("count", 36000, None, "over"), ("count", 8000, None, "over")],
        None,
    ),
    ("de", "Bewertung: Frei erfunden.", False, [], None),
    (
        "de",
        "Das Klimaschutzministerium teilte mit, es gebe keine Regelung, die Asylwerbern ein Klimaticket zur Verfügung stelle.",
        True,
        [],
        "das Klimaschutzministerium",
    ),
    (
        "de",
        "Nach Zahlen des Ministeriums waren Ende Oktober rund 335.000 Klimatickets im Umlauf, gut 40 Prozent davon ermäßigte Tickets für Jugendliche, Senioren und Menschen mit Behinderung.",
        True,
        [("count", 335000, None, "about"), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Für Arzt- und Behördenwege erhalten Asylwerber in einzelnen Bundesländern Einzelfahrscheine, in Tirol heuer bis Ende September rund 2.100 Stück.",
        True,
        [("count", 2100, None, "about")],
        None,
    ),
    (
        "de",
        "Das Bild nutzt ein Foto, das das Ministerium im Mai 2021 zur Vorstellung des Tickets veröffentlicht hatte.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    # --- A senator on migration (AAP FactCheck), Tuesday Nov 17 ---
    (
        "en",
        "CANBERRA, Nov 17 (AAP) - Senator Craig Dunleavy-Ross claimed at a Senate committee hearing on Tuesday that 1.2 million people had migrated to Australia in the past year.",
        True,
        [("date", "--11-17", None, None), ("count", 1200000, None, None)],
        "Craig Dunleavy-Ross",
    ),
    ("en", "A clip of the exchange has been viewed about 480,000 times on X.", True, [("count", 480000, None, "about")], None),
    ("en", "AAP FactCheck verdict: Misleading.", False, [], None),
    (
        "en",
        "The Australian Bureau of Statistics said net overseas migration was 341,000 in the year to June, with about 690,000 arrivals and 349,000 departures.",
        True,
        [("count", 341000, None, None), ("count", 690000, None, "about"), ("count", 349000, None, None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "The 1.2 million figure matches the number of temporary visas granted over that period, most of them to tourists and students.",
        True,
        [("count", 1200000, None, None)],
        None,
    ),
    (
        "en",
        "Dunleavy-Ross later said he had been referring to visa grants over 12 months, not to permanent arrivals.",
        True,
        [("duration", 12, "month", None)],
        "Dunleavy-Ross",
    ),
    (
        "en",
        '"Australians are being locked out of their own country," Dunleavy-Ross told the hearing.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Department of Home Affairs data shows about 172,000 permanent visas were granted in the same year.",
        True,
        [("count", 172000, None, "about")],
        None,
    ),
]
