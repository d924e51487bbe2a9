"""Four-hundred-and-forty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: the holders of real offices appear only by office
("The prime minister told parliament", "The CDC director") or under made-up names that stand
for no real holder (a deputy central bank governor, a state transport minister, a finance
committee chair, an AMS board member, coaches and managers of real clubs, a chief economist
of a real lender).

Names: the experts, officials, spokespeople, executives, economists, analysts, coaches,
players, swimmers and the tennis veteran are invented - Wiebke Sandkötter-Rauch, Meike
Austermann-Jost, Hemma Oberkofler-Diem, Carola Wendelin-Frisch, Petra Kienast-Hofbauer,
Andrea Gurtner-Sieber, Sabine Fröhlich-Amsel, Beat Hänni-Vogt, Regine Kallmeyer-Ott, Ilka
Thomsen-Berglar, Tanja Reisinger-Blum, Moritz Hellmers-Brunn, Franziska Oelbermann-Stöhr,
Nils Hageböck-Rast, Jannik Sörensen-Paul; Priya Rathbone-Ellery, Marcus Oyebode-Finch, Jalen
Whitmarsh-Cole, Tomasz Wierzbinski-Hall, Devin Sallow, Hiroko Tamaru-Aoki, Callum
Fenwick-Nguyen, Fenella Trevennick-Price, Rhona Galbraith-Tuck, Dana Lockyer-Pratt, Han
Ji-woo, Renata Szabo-Kincaid, Femke Ravestein-Bos, Giulia Montanari-Pesce, Lotte
Vervaecke-Mol, Wendell Ashdale-Cole, Owen Penhallick-Lacey, Joaquín Arrieta-Solano, Tom
Kelsall-Vance, Kwame Asante-Barnes, Mathilde Castéran-Roy, Lachlan Pettingell-Shaw, Harrison
Tuiasosopo-Reid - and so are the firms, the portal and the exhibition (the payments firm
Tallbrook, the counting firm Countwell, Brightwick Analytics, Fairholt Capital, Holloway
Securities, Varrick Motors, Haesong Chemical, Rhenmark, the chocolate maker Rütliger, the
car supplier Rennacher, the comparison portal Zinsfalke, „Licht über Arles“), with every
unnamed defendant, defence lawyer, spokesperson, snowplow driver, Christkind, forum poster
and fan. Real states, bodies, firms, clubs, events, venues and places (Handelsverband HDE,
Hamburger Hafen, Hafen Hamburg Marketing HHM, Unternehmensverband Hafen Hamburg, Senat,
Zoll, Flughafen Köln/Bonn, Tirol, Arlberg, Arbeiterkammer, Deutschlandticket, Pro Bahn,
Grüne, Arbeitsmarktservice AMS, PRO-GE, Ständerat, Nationalrat, Schuldenbremse, SP,
Christkindlesmarkt, Nürnberg, Deutsche Bahn, EVG, Statistisches Bundesamt, Xetra, SIX,
Aargau, Deutscher Wetterdienst, DWD, Oberstdorf, A8, Irschenberg, Nebelhorn, Bergwacht
Bayern, Kempten, Garmisch-Partenkirchen, Mittenwald, Bundesbank, Oesterreichische
Nationalbank, Landgericht Landshut, EZB, Städel, ZDF, VfL Wolfsburg, Werder Bremen,
Fußball-Bundesliga; Black Friday, Cyber Monday, the Denver Broncos, the Las Vegas Raiders,
the AFC West, the Reserve Bank of Australia, LSEG, the Australian Bureau of Statistics,
Northern, Leeds, York, Nationwide, Northern Ireland, Eurostat, the Labor Department, the
Fed, CME FedWatch, the European Short Course Championships, Lublin, Fulham, Everton, the
National Weather Service, the State Patrol, Duluth, the CDC, the National Highway Traffic
Safety Administration, Royal Mail, the Communication Workers Union, the WTA, the Madrid
Open, Roland Garros, Cricket Australia, the Gabba, Japan's cabinet and parliament, Hungary,
and the datelines' cities) stand for the way wire copy names them; every price, rate, tally,
share, sum, age, time, date and quote here is invented, and where a real figure came to mind
(a real Christmas sales forecast, container throughput, ski pass price, ticket subsidy,
Swiss budget, unemployment or payroll print, stamp price, count of unreturned marks, RBA
rate or house price) it was changed; the fixed conversion rate of 1.95583 marks to the euro,
the introduction of euro cash nearly 25 years ago and the timetable change on the second
Sunday of December are kept as the facts they are.

Its weight: HARD NUMBER FORMS, eighteenth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
three-hundred-and-eighty-second, three-hundred-and-ninety-fifth, four-hundred-and-fifth and
four-hundred-and-twenty-sixth batches were the first seventeen rounds, and the seventeenth
weighed the same forms long before them; their decisions are kept, those of the
four-hundred-and-fifth and four-hundred-and-twenty-sixth first of all) - one ordinary wire
week, Monday, November 30, to Saturday, December 5, 2026, as 37 short stories in date order
with the German and English desks interleaved, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, quotes, the other side): the Christmas trade forecast,
Black Friday card spending, Hamburg's container throughput, an NFL game, fakes seized at
Cologne/Bonn airport, a Japanese extra budget, Tyrolean ski passes, an Australian rate
decision, the Deutschlandticket's money, free rail travel for children in the north of
England, Austria's jobless, British house prices, the Swiss budget in the Council of States,
euro zone unemployment, Nuremberg's Christmas market, Cyber Monday, the rail timetable
change, a battery joint venture, a Swiss chocolate plant, U.S. jobless claims, building
permits, European short-course swimming, a car supplier's half-year, a snowstorm in
Minnesota, a fraud trial in Landshut, a vaccine panel vote, U.S. payrolls, an early winter
in the Alps, a Premier League news conference, the unreturned Deutsche Mark,
overnight-deposit rates, Christmas post, a tennis veteran, a Van Gogh show, a Bundesliga
match, a pickup recall and a Test match at the Gabba. Half German (dpa with its regional
slugs "dpa/lno", "dpa/lnw" and "dpa/lby", dpa-AFX, APA, Keystone-SDA; Austrian „heuer“,
„Jänner“, „Achterl“, „öS“, Swiss „gutgeheissen“, „Augenmass“, «» quotes, German „“ quotes),
half English (Reuters with dated datelines, AFP English with dated datelines, AP, PA, AAP).
Its weight is the number forms the topic names, in shapes none of the seventeen earlier
rounds used: hedges after the figure and in unusual words ("aged 11 and under", „von zehn
Jahren und jünger“, "adults 65 and up", "six weeks at a minimum", "120,000 max", "14
straight games and counting", "six and counting", „40.000 Euro und ein paar Zerquetschte“,
"40-ish pounds", "forty-ish", "in the vicinity of 3%", "in the neighborhood of $258
billion", "1% at best", „bestenfalls 1,5 Prozent“, "approx. $1.2 billion", „zumindest 900
Stellen“, „um und bei 4,0 Millionen TEU“, „Über den Daumen gepeilt“, „400 Millionen Franken
oder so“, „in der Größenordnung von 2,4 Mrd. Euro“, „Ü60-Gäste“, „Ü50-Jährige“, beside
emphasis that bounds nothing: „stolzen 22 Prozent“, „schlappe 78 Euro“, „geschlagene fünf
Stunden“, "a whopping 4.1 billion pounds", "a cool $1.6 billion", "23 seconds flat"); number
words and compounds ("thrice", "a trio of defenders", "a brace", "a tenner", "fifty-fifty",
"a third again as much", „Dreitausender“, „Vierbeiner“, „Doppelpack“, "17 fours and two
sixes"); fractions in fused and unusual words („hälftig“, „halbe-halbe“, „halbvoll“,
„dreiviertelvoll“, „Drittelbeteiligung“, "a one-third-owned affiliate", „Zwischen einem
Viertel und einem Drittel“, „Mindestens vier von zehn“, „knapp ein Drittel davon“, „Gut ein
Viertel“, "roughly a third", beside „Ein Achterl Rotwein“, which names a glass); ordinals in
Roman numerals, abbreviations and digits with endings („im III. Quartal“, „Im II. Quartal“,
„Im 1. Hj.“, „ihren 400.000sten Besucher“, "in Week 13", „Tabellenzwölfter“, "day two",
"day-two", "second class", "Former world number three", beside "penultimate" and „im
Zweiten“, which count nothing); ranges and pairs („zwischen 7,9 bis 8,1 Millionen TEU“,
„zwischen 1,8 bis 2,4 Prozent“, „Ein, zwei Wochen“, „(6–17 J.)“, „300.000 bis 400.000“, "two
to four weeks", "aged 50 to 64", "between 6.1% and 6.3%", "Dec. 15-16", "voted 9-3", „mit 31
zu 12 Stimmen“); and unusual abbreviations („Hj.“, „Mon.“, „J.“, „Ew.“, „Stk.“, „US-$“,
„sFr.“, „öS“, „DM“, „p.a.“, "hrs", "sec", "trn", "approx."). Negatives stand beside them -
about a quarter of the rows: rhetoric and feelings in quotes from a retail expert, a retail
analyst, a quarterback, a customs spokeswoman, a cable-car spokeswoman, a deputy governor, a
transport minister, a managing director (told by pronoun), an AMS board member, a chief
economist, a finance committee chair, a market manager, a Cyber Monday analyst, an
economist, a building lobby spokeswoman, a swimmer, a finance chief, a meteorologist, a
manager, a battery executive, a chocolate maker's chief, a tennis veteran and a batsman,
labels („sprach von“, „sprechen von“, "called"), verdicts with „halten ... für“, demands and
advice that name no measure, views told as reports, complaints, vox pops and roles'
rhetoric; none of them carries a figure.

244 rows (121 German, 123 English), 56 negatives (29 German, 27 English), 188 check-worthy
rows of which 16 carry no figure (7 German, 9 English), 332 expected quantities (102 counts,
52 amounts of money - 19 EUR, 10 USD, 8 GBP, 6 CHF, 5 DEM, 2 ATS, 1 each JPY and KRW -, 47
percentages - 44 in "%", 3 in percentage points "pp" -, 45 durations - 23 in years, 6 in
weeks, 5 in months, 3 in days, 3 in minutes, 3 in hours, 2 in seconds -, 33 ordinals, 22
dates, 19 years, 12 fractions; none of them in a negative), 41 checked speakers (19 German,
22 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. Made-up names that turned out to
be in use in earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch), its semicolons and brackets
  included. A quoted or reported evaluation, label, feeling, view, complaint, demand or
  piece of rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, three-hundred-and-sixtieth, four-hundred-and-fifth,
  four-hundred-and-twenty-sixth); a reported fact, figure, step, plan, pledge or forecast
  with a figure is check-worthy with its speaker, also in Konjunktiv I and in a quote
  („„Über den Daumen gepeilt gibt jede Kundin ... 310 Euro für Geschenke aus“, sagte ...“,
  «Bei der Armee sparen wir 400 Millionen Franken oder so, ...», the economist's
  "100,000-a-month world now, 120,000 max", and, told by role or pronoun, the defendant's
  „40.000 Euro und ein paar Zerquetschte“ and the veteran's "stop at forty-ish"). Pairs from
  one speaker: Sandkötter-Rauch's 310 euros beside „Lust auf Weihnachten“, Rathbone-Ellery's
  1% at best beside "stock up, not to splurge", Oyebode-Finch's streak (told without him)
  beside "chipping away", Austermann-Jost's 11 million beside „organisierte Kriminalität“,
  Oberkofler-Diem's discount beside „Tiroler Identität“, Fenwick-Nguyen's 3% beside "in no
  hurry", Wendelin-Frisch's one or two weeks beside „Erfolgsgeschichte“, Trevennick-Price's
  212,000 beside "the habit of taking the train", Kienast-Hofbauer's 430,000 beside „kein
  Spaziergang“, Galbraith-Tuck's 2% or so beside "stretched", Gurtner-Sieber's 400 million
  beside «mit Augenmass», Fröhlich-Amsel's 150,000 beside „die gute Stube“, Lockyer-Pratt's
  $258 billion beside "not sitting this one out", Szabo-Kincaid's three months beside
  "screams recession", Kallmeyer-Ott's 300,000 to 400,000 beside „am Boden“, Ravestein-Bos's
  23 seconds (told without her) beside "never looked up at the scoreboard",
  Thomsen-Berglar's 900 jobs beside „auf Kurs“, Penhallick-Lacey's 120,000 max beside
  "cooling, not cracking", Reisinger-Blum's five centimetres beside „am besten daheim“
  (advice), Arrieta-Solano's trio and six weeks beside "not an excuse" and the label "a
  proper cauldron", Han's 40 gigawatt hours beside "part of that story", Hänni-Vogt's cocoa
  prices beside „Swissness“, Castéran-Roy's 2027 beside "my heart another" and
  Pettingell-Shaw's 141 beside "rewards patience". Negatives otherwise: labels („Der Verband
  sprach von ...“, „Der Fahrgastverband Pro Bahn sprach von ...“, „Die SP sprach von ...“,
  „Sammler sprechen von ...“, "Opposition lawmakers called the package ..."), verdicts with
  „halten ... für“ (the Arbeiterkammer, the EVG, analysts; hundred-ninety-ninth), a demand
  and advice that name no measure („Die Gewerkschaft PRO-GE forderte mehr Geld ...“,
  „Lawinenwarner rieten ... ab“, „Verbraucherschützer raten ...“;
  three-hundred-and-sixtieth), views told as reports ("Retailers said ...", "Economists said
  ...", "Estate agents said ...", "Some analysts said ...", "Organisers said ...",
  "Passenger groups ... said ...", "Local fans said ...", "Owners on online forums said
  ..."; three-hundred-and-ninety-fifth), complaints („Viele Besucher klagten ...“, „Kritiker
  bemängelten ...“) and rhetoric of roles and vox pops („sagte ein Sprecher des
  Unternehmensverbands Hafen Hamburg“, „sagte sein Verteidiger“, „sagte eine
  Bundesbank-Sprecherin“, „sagte VfL-Trainer Jannik Sörensen-Paul“, „sagte Kuratorin
  Franziska Oelbermann-Stöhr“, „sagte Zinsfalke-Analyst Moritz Hellmers-Brunn“, "said a
  snowplow driver in Duluth", "said a Royal Mail spokeswoman", "said panel member Dr.
  Wendell Ashdale-Cole"). Check-worthy without a figure (two-hundred-and-eighty-first,
  four-hundred-and-twenty-sixth): reported facts, steps and plans („Der Senat will die
  Hafengebühren ... anheben.“, „Die beschlagnahmte Ware wird vernichtet.“, „Der Nationalrat
  muss der Vorlage ... noch zustimmen.“, „Die Bahnstrecke zwischen Garmisch-Partenkirchen
  und Mittenwald blieb ... gesperrt.“, „Umgetauscht wird weiter unbefristet und kostenlos
  ...“, „Das Urteil soll Ende Januar fallen.“, „Bremens Kapitän sah in der Nachspielzeit
  Gelb-Rot.“, "The Broncos clinched a playoff berth with the win.", "Parliament is expected
  to pass the budget ...", "The decision was unanimous, the bank said.", "Shoppers bought
  more toys and electronics than a year earlier ...", "The plant still needs approval ...",
  "The CDC director must still sign off ...", "Everton have not lost at their new ground
  since August.", "The National Highway Traffic Safety Administration opened an
  investigation ... in June.", "Rain is forecast in Brisbane for Sunday afternoon.").
- Hedges after the figure and in unusual words, mapped to the names in use (this round's
  weight). New: "Children aged 11 and under", "young people aged 24 and under" and "Children
  12 and under" are 11, 24 and 12 years "up_to", and „Kinder von zehn Jahren und jünger“ 10
  years "up_to" - "and under" and „und jünger“ after an age bound it from above, inclusive,
  as "or fewer", "or less" and „oder weniger“ do (three-hundred-and-eighty-second,
  four-hundred-and-twenty-sixth), the twins of "and older" and „und älter“
  (three-hundred-and-eighty-second). New: "adults 65 and up" is 65 years "at_least" - "and
  up" as "and over" (fifty-sixth) and „und darüber“ (four-hundred-and-twenty-sixth). New:
  "six weeks at a minimum" and "three months at a minimum" are "at_least" - "at a minimum"
  after the figure as "at least" after it (four-hundred-and-fifth); unlike "a minimum of 19
  years" before a sentence, which names the figure (hundred-second: no hedge), it is not
  used here. New: "120,000 max" is "at_most" - the spoken "max" after the figure as "tops"
  (three-hundred-and-forty-second) and the abbreviated „max.“ before it (same batch). New:
  "in 14 straight games and counting" is 14 "at_least" and "stands at six and counting" 6
  "at_least" - "and counting" says the tally has reached the figure and is still rising, a
  floor as "or more" (three-hundred-and-sixtieth). New: „„Es waren 40.000 Euro und ein paar
  Zerquetschte““ is 40,000 EUR "over" - the German of "and change"
  (three-hundred-and-seventy-sixth), an unnamed small amount added. New: "40-ish pounds" is
  40 GBP "about" and "stop at forty-ish" 40 years "about" - "-ish" glued to a figure or a
  number word marks it approximate as "-odd" does (three-hundred-and-twenty-eighth). New:
  "in the vicinity of 3%" and "in the neighborhood of $258 billion" are "about" - as "in the
  region of" and "in the order of" (three-hundred-and-seventy-sixth), and „in der
  Größenordnung von 2,4 Mrd. Euro“ is their German twin, "about"; „im unteren fünfstelligen
  Bereich“ without a figure stays none (three-hundred-and-ninety-fifth). New: "1% at best"
  and „bestenfalls 1,5 Prozent mehr“ are "at_most" - on a rise that is hoped for, the best
  case is the ceiling, as "tops"; every earlier „bestenfalls“ stood in a negative without a
  figure (sixty-seventh, two-hundred-and-fifty-fifth). New: "approx. $1.2 billion" and
  "approx. 41,000 trucks" are "about" - the abbreviation of "approximately"
  (three-hundred-and-seventy-sixth), as „ca.“ (three-hundred-and-forty-second) and "c."
  (three-hundred-and-ninety-fifth). New: „zumindest 900 Stellen“ is "at_least" - as
  „wenigstens“ (three-hundred-and-ninety-fifth) and „mindestens“ (first batch). New: „um und
  bei 4,0 Millionen TEU“ and „um und bei 60.000 Tonnen“ are "about" - the northern
  colloquial „um und bei“ before a figure as „an die“ (tenth) and „um die“ (thirty-seventh).
  New: „Über den Daumen gepeilt ... 310 Euro“ is "about" - the rule-of-thumb idiom as „Pi
  mal Daumen“ (four-hundred-and-twenty-sixth). New: „400 Millionen Franken oder so“ and
  „fünf Zentimetern oder so“ are "about" - „oder so“ after the figure as "or so"
  (three-hundred-and-twenty-eighth); „so oder so“ names no figure (hundred-ninety-third).
  New: „Für Ü60-Gäste“ is 60 years "over" and „Ü50-Jährige“ 50 years "over" - „Ü“
  abbreviates „Über“ as in „der Über-90-Jährigen“ (three-hundred-and-eighty-second).
  Otherwise: „rund“, "about", "roughly", "Roughly", "some", „geschätzt“
  (three-hundred-and-ninety-fifth), „an die“, "or so" "about"; „knapp“, „Fast“ "nearly";
  „gut“, „Gut“, „mehr als“ "over"; „bis zu“, "Up to", "up to", "as much as" "up_to";
  „Mindestens“, „und mehr“ (hundred-thirty-second) "at_least"; „höchstens“, „maximal“, "not
  more than" (three-hundred-and-forty-second: "no more than") "at_most"; "or less" after
  "eight weeks" "up_to" (three-hundred-and-eighty-second).
- Emphasis that bounds nothing (three-hundred-and-seventy-sixth: „satte“, "fully", "a mere";
  four-hundred-and-twenty-sixth: „sage und schreibe“, "a full"). New: „mit stolzen 22
  Prozent“, „schlappe 78 Euro“ (ironic, as "a mere"), „geschlagene fünf Stunden“, "a
  whopping 4.1 billion pounds" and "a cool $1.6 billion" carry no hedge - they weigh the
  figure and bound nothing. New: "in 23 seconds flat" is 23 seconds with no hedge - "flat"
  after a time stresses that it is exact, as „genau“ (thirty-seventh). No hedge either: „im
  Schnitt“, „jeweils“, „zusammen“, „derzeit“, „nur“, „nur noch“, „bereits“, „weitere“,
  „umgerechnet“ (hundred-seventeenth), „rechnerisch“, „meist“, "only", "a record", "alone",
  "up from", "over" before a span, „zwischen ... und“, „zwischen ... bis“, the „bis“, "to"
  and "-" of a range, and „mehr als“, "more than" and "less than" after a figure, which
  compare („gut 4 Prozent mehr als im Vorwinter“ is "over" for its „gut“ alone).
- Number words, compounds and nouns of number (the issue's "two dozen", „viermal“ and
  „28-Punkte-Entwurf“; every round). New: "has now broken the European breaststroke record
  thrice" is count 3 - "thrice" is the old "three times", as "twice" is 2
  (four-hundred-and-twenty-sixth: "scored twice"). New: "without a trio of defenders" is
  count 3 - a noun that names a number counts as "a score of" (three-hundred-and-eighth) and
  "a baker's dozen" (three-hundred-and-twenty-eighth) do. New: "has scored a brace in each
  of his last two home matches" gives 2 for "last two" and none for "a brace" - a brace
  names the feat of two goals, as "hat-trick" and „Doppelpack“ carry no count
  (hundred-fifty-third, four-hundred-and-twenty-sixth), which „der zweite Doppelpack der
  Saison“ here keeps with its ordinal 2 only. New: "a tenner less than the peak fare" is 10
  GBP - the British name of the ten-pound note as „Fünfzigern“ names the 50-euro note
  (four-hundred-and-fifth); "less than" after it compares. New: "a joint venture owned
  fifty-fifty" is counts 50 and 50 - the spoken „50:50“ (three-hundred-and-eighty-second,
  sixty-fifth: "a 50-50 vote"), read as the figures it says; „tragen Bund und Bahn
  halbe-halbe“, which says halves, is the fraction 0.5 (below). New: "about a third again as
  much as a standard flu vaccine" is count 1.3333 "about" - "a third again" adds a third to
  the whole as "half again as many" is 1.5 (three-hundred-and-eighty-second), and "as much
  as" here compares and is no "up_to". New: „auf einen Dreitausender“ carries none - a peak
  named by the band of heights it tops, as „Mittzwanziger“ (three-hundred-and-eighth) and
  „Mittdreißiger“ (four-hundred-and-twenty-sixth) name a band of ages, and „einen“ is its
  article. New: „der Vierbeiner“ carries none - a number word inside a noun that names an
  animal counts nothing, as number words inside the names of things
  (three-hundred-and-twenty-first: „Dreigestirn“, „Doppelspur“). "17 fours and two sixes" 17
  and 2 and "318 for four" 318 and 4 (thirtieth: "fours" and "sixes" name boundary strokes),
  "roughly 2.3 times" 2.3 "about" (three-hundred-and-twenty-third: multiples as counts),
  „fast doppelt so hoch“ 2 "nearly" (four-hundred-and-fifth), „dreimal“ 3 (the issue's
  „viermal“), "twice" 2.
- Fractions in fused and unusual words (the issue; every round). New: „die Mehrkosten ...
  hälftig tragen“ is 0.5 - „hälftig“ is „je zur Hälfte“ (three-hundred-and-twenty-first) in
  one word; „Bund und Bahn halbe-halbe“ 0.5 likewise. New: „erst halbvoll“ 0.5 and
  „dreiviertelvoll“ 0.75 - the share fused to „voll“ names the share of the capacity as
  "just under three-quarters full" (three-hundred-and-forty-second) and "less than half
  full" (three-hundred-and-ninth) do. New: „die Drittelbeteiligung der Beschäftigten“ is
  0.3333 - the fraction heading the compound read as written, as „Zweidrittelmehrheit“
  (hundred-ninety-ninth) and „Dreifünftelmehrheit“ (three-hundred-and-sixtieth). New: "a
  one-third-owned affiliate" is 0.3333 - the share hyphenated before "-owned" is the stake,
  as "the two-thirds threshold" (hundred-ninety-ninth). New: „Ein Achterl Rotwein“ carries
  no fraction - the Austrian name of the eighth-litre glass names a thing, as „Eine Halbe
  Helles“ (three-hundred-and-seventy-sixth). „Mindestens vier von zehn Befragten“ 0.4
  "at_least" (four-hundred-and-twentieth: "nearly nine in 10"), „Zwischen einem Viertel und
  einem Drittel“ 0.25 and 0.3333 (two-hundred-and-eighty-ninth: "between a third and half"),
  „knapp ein Drittel davon“ 0.3333 "nearly", „Gut ein Viertel der Arbeitslosen“ 0.25 "over",
  "roughly a third of all battery investment" 0.3333 "about".
- Ordinals in Roman numerals, abbreviations, digits with endings and words (the issue's „das
  sechste Treffen“; every round). New: „im III. Quartal“ is 3 and „Im II. Quartal“ 2 - a
  Roman numeral with its point before a noun of order reads as „im dritten Quartal“, while
  Roman numerals in names count nothing ("Artemis II", "Region IX", „Landgericht München I“,
  „ORF III“; earlier batches). New: „Im 1. Hj.“ is 1 - „Hj.“ abbreviates „Halbjahr“ as „Jh.“
  abbreviates „Jahrhundert“ (four-hundred-and-thirtieth), and „im ersten Halbjahr“ is 1
  (first batch). New: „ihren 400.000sten Besucher“ is 400,000 - digits with the written
  ending „-sten“ read as „400.000.“ with its point, the German of "its millionth passenger"
  (three-hundred-and-eighth, four-hundred-and-twenty-sixth: „millionsten“). New: "in Week
  13" is 13 - the NFL's numbered week as "On Day 6 of the strike" (hundred-seventy-ninth,
  three-hundred-and-sixty-first) and „KW 11“ (three-hundred-and-eighty-second). New: "sit
  penultimate in the AFC West" carries none - the place next to last named by no number
  word, as „der Tabellenvorletzte“ (three-hundred-and-seventy-sixth). „im Zweiten“ (the ZDF
  channel) carries none as „Im Ersten“ (four-hundred-and-twenty-ninth). „Tabellenzwölfter“
  12 (two-hundred-and-ninety-seventh: „Tabellenzweiten“), "on day two of the first Test" 2
  and 1, "the second-biggest day-two crowd" 2 and 2, "second class" 2 and "first class" 1
  (four-hundred-and-fifth: „2. Klasse“), "Former world number three" 3
  (three-hundred-and-twenty-first: „die Nr. 1 der Weltrangliste“), "ranked 64th" 64, „am 13.
  Spieltag“ 13, „in der 23. und 71. Minute“ 23 and 71, „auf Rang sechs“ 6, „am ersten
  Verhandlungstag“ 1, „In den ersten neun Monaten“ 1 with 9 months, "for a third straight
  meeting" 3, "her third European title and her 11th medal" 3 and 11, "in the third quarter"
  3, "in the first year" 1, "the company's fifth recall ... and the second" 5 and 2.
- Ranges and pairs, each end its own figure and no hedge (seventeenth and every round). New:
  „mit zwischen 7,9 bis 8,1 Millionen TEU“ and „zwischen 1,8 bis 2,4 Prozent“ give both ends
  - the colloquial „zwischen ... bis“ is the range of „zwischen ... und“, the scale and the
  unit written once serving both (forty-eighth). „Ein, zwei Wochen“ 1 and 2 weeks
  (four-hundred-and-fifth: „zwei, drei Tage“), „(6–17 J.)“ 6 and 17 years
  (two-hundred-and-sixty-fifth: the en dash), „300.000 bis 400.000“, "two to four weeks",
  "aged 50 to 64", "between 6.1% and 6.3%", "Dec. 15-16" two dates
  (two-hundred-and-forty-ninth: "Nov. 3-4"), "voted 9-3" 9 and 3, „mit 31 zu 12 Stimmen“ 31
  and 12.
- Unusual abbreviations, read as the words they shorten (four-hundred-and-thirtieth: "yrs",
  "mins", „Std.“, „Min.“, „Jh.“; three-hundred-and-forty-second: „mind.“, „max.“, „ca.“).
  New: „seit mehr als 12 Mon.“ 12 months "over" and „befristet auf sechs Mon.“ 6 months
  („Mon.“ „Monate“), „(6–17 J.)“ years („J.“ „Jahre“), "in 24 hrs" 24 hours and "by 0.41
  sec" 0.41 seconds - as "yrs" and "mins". New: „Je 10.000 Ew.“ is count 10,000 - „Ew.“
  „Einwohner“, as „je 1.000 Einwohner“ (three-hundred-and-seventy-sixth). New: „rund 48.000
  Stk. Uhren“ is 48,000 "about" - „Stk.“ „Stück“, a count. New: „gut 11 Mio. US-$“ is
  11,000,000 USD "over" - the German spelling of "US$" (two-hundred-and-ninety-seventh:
  "US$4bn"). New: „180 Mio. sFr.“ and „1.412 sFr.“ are CHF - „sFr.“ is the German-German
  abbreviation of the franc as „Fr.“ is the Swiss one (hundred-ninety-ninth). New: „420 öS“
  and „6,2 Mrd. öS“ are ATS and „11,7 Mrd. DM“, „5,6 Mrd. DM“, „6,1 Mrd. DM“, „1,95583 DM“
  and „48 Mio. DM“ DEM - the withdrawn currencies keep their ISO codes under their
  abbreviations as under their names (three-hundred-and-seventy-sixth: „Schilling“,
  „D-Mark“). New: "a 17.6 trn yen ($118 billion) extra budget" is 1.76e13 JPY and 1.18e11
  USD - "trn" scales as "tn" (two-hundred-and-eighty-ninth) and "TRLN"
  (three-hundred-and-ninety-fifth). New: „0,9 Prozent p.a.“ and „2,6 % p.a.“ carry only the
  percentages - „p.a.“ („per annum“) is the "a year" and „pro Jahr“ that carry none
  (three-hundred-and-twenty-eighth). "approx." above.
- Percent against points (the issue's „4,7 Prozent“; twenty-seventh): „Prozent“ and "%" in
  "%"; "fell a tenth of a point to 10.3%" 0.1 "pp" (four-hundred-and-fifth), „um je einen
  Viertelpunkt“ 0.25 "pp" (tenth: "a quarter point"; „je“ no hedge), "by 1.2 percentage
  points over three years" 1.2 "pp" and 3 years.
- Durations and ages (the issue's „fünfstündigen“ and "a two-week visit"; every round): ages
  "Ravestein-Bos, 24,", "Pettingell-Shaw, 27,", „ein 52 Jahre alter Mann“, „Der 34-Jährige“,
  „eine 17-jährige Schülerin“, "the year she turns 37", the bounded ages above; spans „Vor
  30 Jahren“, „vor zwei Jahren“, „Fast 25 Jahre“ "nearly", „maximal zehn Jahre“ "at_most",
  „In den ersten neun Monaten“, „mit zwölf Monaten Laufzeit“, "two to four weeks", „Ein,
  zwei Wochen“, "for 16 days", "after four days of racing", "for two days", „geschlagene
  fünf Stunden“, „um 22 Minuten auf drei Stunden und 18 Minuten“ each part, „nach 25
  Minuten“. None: "last year", "this year", "next year", "a year earlier", "a year ago",
  "this season", "for months", „im Vorjahr“, „ein Jahr zuvor“, „vor einem Jahr“, „zum
  Vorjahresquartal“, „im Vorjahreszeitraum“, „im Jahr“, „jährlich“, „täglich“, „in dieser
  Saison“, „im Vorwinter“, „heuer“, „in diesem Jahr“, „Ende November“, „bis Ende Jänner“,
  „Ende Januar“, „seit Anfang November“, „seit Juni“, "since March", "since August", "a
  dose", "a month" inside "100,000-a-month", "a year" after "300,000 electric cars",
  weekdays and months.
- Dates and years: Reuters and AFP English datelines with a day ("LONDON, Nov 30", "TOKYO,
  Nov 30", "SYDNEY, Dec 1", "LONDON, Dec 1", "BRUSSELS, Dec 2", "SEOUL, Dec 2", "WASHINGTON,
  Dec 3", "LUBLIN, Poland, Dec 3 (AFP)", "WASHINGTON, Dec 4", "PARIS, Dec 4 (AFP)") are
  dates without a year (three-hundred-and-ninety-fifth, four-hundred-and-fifth); dpa,
  dpa/lno, dpa/lnw, dpa/lby, dpa-AFX, APA, Keystone-SDA, AP, PA and AAP datelines none
  (seventy-ninth). Dates: „am 13. Dezember“, „bis zum 17. Januar“, „am 20. Dezember um 23.15
  Uhr“ (the clock time none, tenth), "on Dec. 7", "the week ending Nov. 21", "from December
  19", "by Thursday December 17 and ... by Saturday December 19" (a weekday before the date
  none, three-hundred-and-eighty-second), "from December 12", "starting Jan. 18". Years:
  „als 2025“, „auch 2027“, „das Budget 2027“, „2027 ein konjunkturelles Defizit“, „bis
  2028“, „bis Ende 2028“, „2026/27“ both (fortieth), „seit 2019“, „Im Jahr 2025“, „zwischen
  2022 und 2025“, "until late 2027", "in 2027", "from 2029", "since 2022", "the 2019 Madrid
  Open", "the 2025 model year and 7,300 from 2026".
- Money in the currency written (every round): "4.1 billion pounds", "£14.60", "£273,900"
  and "some £5,600" "about", "£1.75" and "92p" 0.92 GBP (tenth: "285p"), "11 cents" 0.11 USD
  (ninth: "7 cents") and "$36.82", "$14.9 billion", "$190 a dose" ("a dose" none), "2.1
  trillion won ($1.5 billion)" KRW and USD (hundred-twenty-fifth: the converted sum in
  brackets), „3 Euro Pfand“, „17,99 Euro“, „5,20 Euro“, „umgerechnet rund 30,50 Euro“
  "about". „zum festen Kurs von 1,95583 DM für einen Euro“ gives only 1.95583 DEM - an
  exchange rate in the priced currency, its "per" unit none (fourteenth,
  four-hundred-and-fifth: "to 1,385.6 per dollar").
- Counts otherwise (every round): measures („bis zu 60 Zentimeter Neuschnee“ "up_to", "up to
  22 inches" "up_to", "17.4 inches", „minus 14 Grad“ -14, "fall to 30 below" -30 -
  three-hundred-and-eighty-second: "fell to 29 below" -, „60.000 Tonnen“, "up to 40 gigawatt
  hours" 40 "up_to", a unit of energy and no span of time - four-hundred-and-twenty-sixth:
  „Gigawattstunden“), containers („2,1 Millionen Standardcontainer (TEU)“), tallies ("312
  yards", "three scoring throws", "five passes", "a 9-yard score", "four of their last five
  games", "212,000 children", "Up to four children" "up_to", "9,000 to 217,000", "225,000",
  "1.91 million", "134,000 jobs", "23,000 fewer jobs", "312 crashes and 408 spinouts",
  "Roughly 38,000 homes and businesses" "about", "48,300 trucks", "three crashes", "40
  million doses", "180 million parcels" and "some 12 million more" "about", "16,000 seasonal
  workers", "14 delivery offices", "11 WTA titles", "nine tournaments", "141", "212 balls",
  "two wickets in three balls", "A crowd of 31,447", "three of their last 10 away league
  games", „in 41 Skigebieten“, „in 17 Gebieten“, „In neun Tiroler Gebieten“, „14,2 Millionen
  Menschen“, „392.400 Menschen“, „98.700“, „an die 430.000 Arbeitslosen“ "about", „an den 24
  Markttagen“ - hundred-fifty-eighth: „an den vier Messetagen“ -, „zwei Millionen Besuchern
  und mehr“ "at_least", „bis zu 150.000 Menschen“ "up_to", „den 160 Buden“, „vor geschätzt
  18.000 Zuschauern“ "about", „4.200 zusätzliche Sitzplätze“, „19.400“, „171.300 Wohnungen“,
  „20,6 Wohnungen“, „4.100 Mitarbeitende, davon 1.350“, „2.300 Paar Sneaker“, „Gegen 14
  Empfängerinnen und Empfänger“, „von 64 Seniorinnen und Senioren“, „sechs weitere
  Verhandlungstage“ („weitere“ no hedge), „Vor 26.412 Zuschauern“, „neun Saisontoren“, „mit
  21 Punkten“, „seit fünf Auswärtsspielen“), "not more than one cut" 1 "at_most" ("one"
  before a noun a numeral, nineteenth). Scores carry none („mit 3:1“, "27-17";
  hundred-thirty-third). Identifiers and names none: "A8" (fifth: roads), "COVID-19"
  (sixty-fourth), "Black Friday", "Cyber Monday" (hundred-seventy-third), "AFC West".
- Speakers, checked only in forms the earlier batches settled. German: „sagte
  HDE-Konjunkturexpertin Wiebke Sandkötter-Rauch am Montag in Berlin“, „sagte Zollsprecherin
  Meike Austermann-Jost“, „sagte Finanzkommissionspräsidentin Andrea Gurtner-Sieber“, „sagte
  Marktleiterin Sabine Fröhlich-Amsel“, „sagte Konzernchef Beat Hänni-Vogt“, „sagte
  Bauverbandssprecherin Regine Kallmeyer-Ott“ and „sagte DWD-Meteorologin Tanja
  Reisinger-Blum“ the name with the title, the weekday and the place dropped
  (hundred-ninety-ninth, four-hundred-and-twenty-sixth); „Finanzvorständin Ilka
  Thomsen-Berglar sagte, ...“ and „AMS-Vorständin Petra Kienast-Hofbauer sagte, ...“ the
  name with the office dropped (hundred-eightieth, four-hundred-and-fifth); „sagte
  Oberkofler-Diem der APA“ the surname with the addressee dropped
  (four-hundred-and-twentieth: „sagte ... der Nachrichtenagentur dpa“); „sagte
  Wendelin-Frisch.“ after a quote the surname (eighteenth); „Nach Angaben von
  Landesverkehrsministerin Carola Wendelin-Frisch (Grüne)“ the name with the title and the
  party dropped (hundred-forty-third, four-hundred-and-twentieth); „teilte der
  Hafenmarketingverein HHM am Montag mit“ -> "der Hafenmarketingverein HHM"
  (four-hundred-and-fifth: „der Branchenverband FH“), „teilte das Arbeitsmarktservice AMS am
  Dienstag mit“, „teilte das Statistische Bundesamt am Donnerstag mit“, „teilte die Bahn
  mit“, „teilte die Bergwacht Bayern mit“ and „teilte die Bundesbank mit“ the source with
  its article (three-hundred-and-eighty-second, four-hundred-and-fifth); „nach Angaben der
  Bundesbank“ -> "die Bundesbank" (three-hundred-and-ninety-fifth). English: a figure
  followed by "said Priya Rathbone-Ellery, head of ...", "said Renata Szabo-Kincaid, chief
  economist at ..." and "said Owen Penhallick-Lacey, senior economist at ..." the name
  (three-hundred-and-fifty-sixth); "said Nationwide chief economist Rhona Galbraith-Tuck"
  (hundred-thirty-ninth); the name with the role dropped ("Raiders coach Tomasz
  Wierzbinski-Hall said", "Finance ministry official Hiroko Tamaru-Aoki said", "Managing
  director Fenella Trevennick-Price said", "Brightwick lead analyst Dana Lockyer-Pratt
  said", "Fulham manager Joaquín Arrieta-Solano said", "Former world number three Mathilde
  Castéran-Roy said on Friday", "Deputy Governor Callum Fenwick-Nguyen told a parliamentary
  committee" - four-hundred-and-twentieth: "told senators" -, "Haesong Chief Executive Han
  Ji-woo told reporters"; hundred-forty-fifth, four-hundred-and-twenty-sixth); "...,
  Arrieta-Solano said." the surname; "the company said" and "The company said" -> "the
  company", also "said in a filing" as "said in a statement" (tenth, three-hundredth); "the
  Australian Bureau of Statistics said", "the Labor Department said" (twice) and "the
  Communication Workers Union said" with their article (three-hundred-and-seventy-sixth,
  four-hundred-and-twentieth); "Cricket Australia said" as written
  (four-hundred-and-twentieth: "NSW Police said"). Each row's diacritics and hyphens are its
  speaker's („Sandkötter-Rauch“, „Fröhlich-Amsel“, „Hänni-Vogt“, "Joaquín Arrieta-Solano",
  "Mathilde Castéran-Roy"). Left unchecked (None): all negatives, also those with a named
  speaker; pronouns ("she told AFP"); roles ("the operator said", "The prime minister told
  parliament", "the bank said", "The manufacturer said", „sagte der Angeklagte“); a
  description before a firm's name ("payments firm Tallbrook said", "mortgage lender
  Nationwide said"; fortieth) and "the EU's statistics agency reported"; plural sources
  ("the companies said", "forecasters said"; forty-first); bodies' verbs of forecasting and
  expecting („Der Handelsverband HDE rechnet“, „Die Hafenwirtschaft rechnet“, „Die Stadt
  rechnet“, „Der Deutsche Wetterdienst erwartet“, „erwartet Rennacher“, "The company
  expects"; hundred-tenth); bodies' "said" of weather and traffic ("the National Weather
  Service said", "The State Patrol said"; three-hundred-and-eighty-second,
  four-hundred-and-fifth); data, estimates and documents („laut Zollbericht“, „Laut
  Anklage“, „laut einer Branchenumfrage“, „einer HDE-Umfrage zufolge“, „nach eigenen
  Angaben“, „nach Schätzung der Nationalbank“, „wie das Vergleichsportal Zinsfalke
  ermittelte“, "LSEG data showed", "CME FedWatch showed", "a separate report showed",
  "regulators' documents posted Saturday show", "Economists in a Reuters survey had
  expected"); and every "according to".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_445 = [
    # --- Weihnachtsgeschäft im Handel (dpa), Montag, 30. November ---
    (
        "de",
        "Berlin (dpa) - Der Handelsverband HDE rechnet im Weihnachtsgeschäft mit einem Umsatz von knapp 121 Milliarden Euro, bestenfalls 1,5 Prozent mehr als vor einem Jahr.",
        True,
        [("money", 121000000000, "EUR", "nearly"), ("percent", 1.5, "%", "at_most")],
        None,
    ),
    (
        "de",
        "„Über den Daumen gepeilt gibt jede Kundin und jeder Kunde in diesem Jahr 310 Euro für Geschenke aus“, sagte HDE-Konjunkturexpertin Wiebke Sandkötter-Rauch am Montag in Berlin.",
        True,
        [("money", 310, "EUR", "about")],
        "Wiebke Sandkötter-Rauch",
    ),
    (
        "de",
        "„Die Leute haben Lust auf Weihnachten, aber sie schauen genauer aufs Preisschild“, sagte Sandkötter-Rauch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mindestens vier von zehn Befragten wollen einer HDE-Umfrage zufolge weniger für Geschenke ausgeben als 2025.",
        True,
        [("fraction", 0.4, None, "at_least"), ("year", 2025, None, None)],
        None,
    ),
    ("de", "Der Verband sprach von einem „Fest der Vernunft“.", False, [], None),
    (
        "de",
        "Der Online-Anteil am Weihnachtsumsatz soll mit stolzen 22 Prozent einen Höchststand erreichen.",
        True,
        [("percent", 22, "%", None)],
        None,
    ),
    # --- Black Friday card spending (Reuters), Monday, Nov 30 ---
    (
        "en",
        "LONDON, Nov 30 (Reuters) - British shoppers spent a whopping 4.1 billion pounds by card over the Black Friday weekend, 3.2% more than a year earlier, payments firm Tallbrook said on Monday.",
        True,
        [("date", "--11-30", None, None), ("money", 4100000000, "GBP", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Sales growth for the whole festive season would come in at 1% at best, said Priya Rathbone-Ellery, head of retail insight at Tallbrook.",
        True,
        [("percent", 1, "%", "at_most")],
        "Priya Rathbone-Ellery",
    ),
    (
        "en",
        '"People are treating Black Friday as a day to stock up, not to splurge," Rathbone-Ellery said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The typical online basket came to 40-ish pounds, and about 62% of card payments were made by phone, the company said.",
        True,
        [("money", 40, "GBP", "about"), ("percent", 62, "%", "about")],
        "the company",
    ),
    (
        "en",
        "High-street footfall in Britain was down 1.8% year on year on Friday, according to counting firm Countwell.",
        True,
        [("percent", 1.8, "%", None)],
        None,
    ),
    ("en", "Retailers said the weekend had gone better than many of them had feared.", False, [], None),
    # --- Umschlag im Hamburger Hafen (dpa/lno), Montag, 30. November ---
    (
        "de",
        "Hamburg (dpa/lno) - Im III. Quartal sind über die Kais des Hamburger Hafens 2,1 Millionen Standardcontainer (TEU) gegangen, ein Plus von 4,2 Prozent zum Vorjahresquartal.",
        True,
        [("ordinal", 3, None, None), ("count", 2100000, None, None), ("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Im II. Quartal hatte das Plus nur 0,8 Prozent betragen, teilte der Hafenmarketingverein HHM am Montag mit.",
        True,
        [("ordinal", 2, None, None), ("percent", 0.8, "%", None)],
        "der Hafenmarketingverein HHM",
    ),
    (
        "de",
        "Im 1. Hj. waren es um und bei 4,0 Millionen TEU gewesen.",
        True,
        [("ordinal", 1, None, None), ("count", 4000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Hafenwirtschaft rechnet für das Gesamtjahr mit zwischen 7,9 bis 8,1 Millionen TEU.",
        True,
        [("count", 7900000, None, None), ("count", 8100000, None, None)],
        None,
    ),
    (
        "de",
        "„Hamburg ist zurück im Spiel“, sagte ein Sprecher des Unternehmensverbands Hafen Hamburg.",
        False,
        [],
        None,
    ),
    ("de", "Der Senat will die Hafengebühren für Großcontainerschiffe anheben.", True, [], None),
    # --- Broncos beat Raiders (AP), Monday, Nov 30 ---
    (
        "en",
        "DENVER (AP) — Marcus Oyebode-Finch passed for 312 yards with three scoring throws as Denver downed Las Vegas 27-17 in Week 13 on Sunday.",
        True,
        [("count", 312, None, None), ("count", 3, None, None), ("ordinal", 13, None, None)],
        None,
    ),
    (
        "en",
        "Oyebode-Finch has thrown a touchdown pass in 14 straight games and counting.",
        True,
        [("count", 14, None, "at_least")],
        None,
    ),
    (
        "en",
        "Tight end Jalen Whitmarsh-Cole caught five passes on the opening drive, the last of them a 9-yard score.",
        True,
        [("count", 5, None, None), ("count", 9, None, None)],
        None,
    ),
    ("en", '"We just kept chipping away and trusted the plan," Oyebode-Finch said.', False, [], None),
    (
        "en",
        "The Raiders have lost four of their last five games and sit penultimate in the AFC West.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Raiders coach Tomasz Wierzbinski-Hall said starting quarterback Devin Sallow would miss two to four weeks with a high ankle sprain.",
        True,
        [("duration", 2, "week", None), ("duration", 4, "week", None)],
        "Tomasz Wierzbinski-Hall",
    ),
    ("en", "The Broncos clinched a playoff berth with the win.", True, [], None),
    # --- Plagiate am Flughafen Köln/Bonn (dpa/lnw), Montag, 30. November ---
    (
        "de",
        "Köln (dpa/lnw) - Der Zoll hat am Flughafen Köln/Bonn seit Anfang November gefälschte Markenware im Wert von 3,4 Mio. Euro sichergestellt.",
        True,
        [("money", 3400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Darunter waren laut Zollbericht rund 48.000 Stk. Uhren und 2.300 Paar Sneaker.",
        True,
        [("count", 48000, None, "about"), ("count", 2300, None, None)],
        None,
    ),
    (
        "de",
        "Der Wert der Originale hätte bei gut 11 Mio. US-$ gelegen, sagte Zollsprecherin Meike Austermann-Jost.",
        True,
        [("money", 11000000, "USD", "over")],
        "Meike Austermann-Jost",
    ),
    ("de", "„Wer Fälschungen kauft, finanziert organisierte Kriminalität“, sagte Austermann-Jost.", False, [], None),
    (
        "de",
        "Gegen 14 Empfängerinnen und Empfänger wurden Strafverfahren eingeleitet.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("de", "Die beschlagnahmte Ware wird vernichtet.", True, [], None),
    # --- Japan extra budget (Reuters), Monday, Nov 30 ---
    (
        "en",
        "TOKYO, Nov 30 (Reuters) - Japan's cabinet approved a 17.6 trn yen ($118 billion) extra budget on Monday to pay for a stimulus package meant to ease the cost of living.",
        True,
        [("date", "--11-30", None, None), ("money", 17600000000000, "JPY", None), ("money", 118000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The prime minister told parliament the measures would lift growth by 1.2 percentage points over three years.",
        True,
        [("percent", 1.2, "pp", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Finance ministry official Hiroko Tamaru-Aoki said the budget would be submitted to parliament on Dec. 7.",
        True,
        [("date", "--12-07", None, None)],
        "Hiroko Tamaru-Aoki",
    ),
    (
        "en",
        "Japan's public debt stands at roughly 2.3 times the size of its economy.",
        True,
        [("count", 2.3, None, "about")],
        None,
    ),
    ("en", 'Opposition lawmakers called the package "an election bribe on credit".', False, [], None),
    ("en", "Parliament is expected to pass the budget before the year-end recess.", True, [], None),
    # --- Skipasspreise in Tirol (APA), Dienstag, 1. Dezember ---
    (
        "de",
        "Innsbruck (APA) - Eine Tageskarte in den großen Tiroler Skigebieten kostet in dieser Saison im Schnitt schlappe 78 Euro, gut 4 Prozent mehr als im Vorwinter.",
        True,
        [("money", 78, "EUR", None), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Kinder von zehn Jahren und jünger fahren in 41 Skigebieten gratis, wenn sie mit zahlenden Eltern unterwegs sind.",
        True,
        [("duration", 10, "year", "up_to"), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Vor 30 Jahren kostete die Tageskarte am Arlberg 420 öS, umgerechnet rund 30,50 Euro.",
        True,
        [("duration", 30, "year", None), ("money", 420, "ATS", None), ("money", 30.5, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Skifahren ist kein Luxus, sondern ein Stück Tiroler Identität“, sagte Seilbahnen-Sprecherin Hemma Oberkofler-Diem.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Ü60-Gäste gibt es in 17 Gebieten einen Nachlass von zehn Prozent, sagte Oberkofler-Diem der APA.",
        True,
        [("duration", 60, "year", "over"), ("count", 17, None, None), ("percent", 10, "%", None)],
        "Oberkofler-Diem",
    ),
    ("de", "Die Arbeiterkammer hält die Preise für „sozial nicht mehr vertretbar“.", False, [], None),
    (
        "de",
        "In neun Tiroler Gebieten bringen Gondeln die Gäste heuer auf einen Dreitausender.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Speicherteiche für die Beschneiung sind in tieferen Lagen erst halbvoll, oberhalb der Waldgrenze dreiviertelvoll.",
        True,
        [("fraction", 0.5, None, None), ("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Ein Achterl Rotwein kostet auf den Hütten im Schnitt 5,20 Euro.",
        True,
        [("money", 5.2, "EUR", None)],
        None,
    ),
    # --- Australian rate decision (Reuters), Tuesday, Dec 1 ---
    (
        "en",
        "SYDNEY, Dec 1 (Reuters) - The Reserve Bank of Australia left its benchmark rate on hold at 3.35% on Tuesday for a third straight meeting, as markets had expected.",
        True,
        [("date", "--12-01", None, None), ("percent", 3.35, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Deputy Governor Callum Fenwick-Nguyen told a parliamentary committee that inflation would sit in the vicinity of 3% until late 2027.",
        True,
        [("percent", 3, "%", "about"), ("year", 2027, None, None)],
        "Callum Fenwick-Nguyen",
    ),
    ("en", '"The board is in no hurry, and nor should it be," Fenwick-Nguyen said.', False, [], None),
    (
        "en",
        "Markets are pricing in not more than one cut next year, LSEG data showed.",
        True,
        [("count", 1, None, "at_most")],
        None,
    ),
    (
        "en",
        "Household spending rose 0.4% in October, the Australian Bureau of Statistics said on Tuesday.",
        True,
        [("percent", 0.4, "%", None)],
        "the Australian Bureau of Statistics",
    ),
    ("en", "Economists said the bank's statement carried a slightly hawkish tone.", False, [], None),
    ("en", "The decision was unanimous, the bank said.", True, [], None),
    # --- Finanzierung des Deutschlandtickets (dpa), Dienstag, 1. Dezember ---
    (
        "de",
        "Berlin (dpa) - Bund und Länder wollen die Mehrkosten des Deutschlandtickets auch 2027 hälftig tragen.",
        True,
        [("fraction", 0.5, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Zuschuss liegt bei jeweils 1,5 Mrd. Euro, zusammen also bei drei Milliarden Euro im Jahr.",
        True,
        [("money", 1500000000, "EUR", None), ("money", 3000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben von Landesverkehrsministerin Carola Wendelin-Frisch (Grüne) nutzen derzeit 14,2 Millionen Menschen das Ticket.",
        True,
        [("count", 14200000, None, None)],
        "Carola Wendelin-Frisch",
    ),
    (
        "de",
        "„Ein, zwei Wochen nach dem Beschluss müssen die Abo-Systeme umgestellt sein“, sagte Wendelin-Frisch.",
        True,
        [("duration", 1, "week", None), ("duration", 2, "week", None)],
        "Wendelin-Frisch",
    ),
    (
        "de",
        "„Das Ticket ist eine Erfolgsgeschichte, die man nicht kaputtsparen darf“, sagte Wendelin-Frisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zwischen einem Viertel und einem Drittel der Abonnenten sind laut einer Branchenumfrage Neukunden im Nahverkehr.",
        True,
        [("fraction", 0.25, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "Der Fahrgastverband Pro Bahn sprach von einem „Trauerspiel auf Raten“.", False, [], None),
    # --- Free travel for children on Northern (PA), Tuesday, 1 December ---
    (
        "en",
        "LEEDS (PA) - Children aged 11 and under will travel free on Northern trains over the Christmas holidays when accompanied by a paying adult, the operator said.",
        True,
        [("duration", 11, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Up to four children can travel with each adult, and the offer runs for 16 days from December 19.",
        True,
        [("count", 4, None, "up_to"), ("duration", 16, "day", None), ("date", "--12-19", None, None)],
        None,
    ),
    (
        "en",
        "Managing director Fenella Trevennick-Price said the scheme had carried 212,000 children last year.",
        True,
        [("count", 212000, None, None)],
        "Fenella Trevennick-Price",
    ),
    (
        "en",
        '"It\'s about getting families out of their cars and into the habit of taking the train," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "An off-peak day return between Leeds and York now costs £14.60, a tenner less than the peak fare.",
        True,
        [("money", 14.6, "GBP", None), ("money", 10, "GBP", None)],
        None,
    ),
    ("en", "Passenger groups welcomed the offer but said fares remained far too high.", False, [], None),
    # --- Arbeitsmarkt in Österreich (APA), Dienstag, 1. Dezember ---
    (
        "de",
        "Wien (APA) - Ende November waren in Österreich 392.400 Menschen arbeitslos oder in Schulung, um 4,8 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 392400, None, None), ("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote nach nationaler Definition stieg auf 7,3 Prozent, teilte das Arbeitsmarktservice AMS am Dienstag mit.",
        True,
        [("percent", 7.3, "%", None)],
        "das Arbeitsmarktservice AMS",
    ),
    (
        "de",
        "Gut ein Viertel der Arbeitslosen sind Ü50-Jährige, ihre Zahl stieg um 6,1 Prozent.",
        True,
        [("fraction", 0.25, None, "over"), ("duration", 50, "year", "over"), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Langzeitarbeitslosen (ohne Job seit mehr als 12 Mon.) erhöhte sich auf 98.700.",
        True,
        [("duration", 12, "month", "over"), ("count", 98700, None, None)],
        None,
    ),
    (
        "de",
        "AMS-Vorständin Petra Kienast-Hofbauer sagte, sie rechne bis Ende Jänner mit an die 430.000 Arbeitslosen.",
        True,
        [("count", 430000, None, "about")],
        "Petra Kienast-Hofbauer",
    ),
    ("de", "„Der Winter wird am Arbeitsmarkt kein Spaziergang“, sagte Kienast-Hofbauer.", False, [], None),
    ("de", "Die Gewerkschaft PRO-GE forderte mehr Geld für Qualifizierung.", False, [], None),
    # --- UK house prices (Reuters), Tuesday, Dec 1 ---
    (
        "en",
        "LONDON, Dec 1 (Reuters) - British house prices rose 0.3% in November, mortgage lender Nationwide said on Tuesday, leaving annual growth at 2.1%.",
        True,
        [("date", "--12-01", None, None), ("percent", 0.3, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "The average home cost £273,900, some £5,600 more than a year earlier.",
        True,
        [("money", 273900, "GBP", None), ("money", 5600, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"Price growth of 2% or so next year looks about right," said Nationwide chief economist Rhona Galbraith-Tuck.',
        True,
        [("percent", 2, "%", "about")],
        "Rhona Galbraith-Tuck",
    ),
    ("en", '"Affordability remains stretched, but buyers are adjusting," Galbraith-Tuck said.', False, [], None),
    (
        "en",
        "Prices in Northern Ireland rose 7.9% over the year, the strongest regional gain, whereas London trailed with 0.6%.",
        True,
        [("percent", 7.9, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    ("en", "Estate agents said December was usually too quiet a month to read much into.", False, [], None),
    # --- Budget im Ständerat (Keystone-SDA), Mittwoch, 2. Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat hat das Budget 2027 am Mittwoch mit 31 zu 12 Stimmen gutgeheissen.",
        True,
        [("year", 2027, None, None), ("count", 31, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Es sieht Ausgaben von 89,6 Milliarden Franken und ein Defizit von 812 Millionen Franken vor.",
        True,
        [("money", 89600000000, "CHF", None), ("money", 812000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Bei der Armee sparen wir 400 Millionen Franken oder so, nicht Milliarden», sagte Finanzkommissionspräsidentin Andrea Gurtner-Sieber.",
        True,
        [("money", 400000000, "CHF", "about")],
        "Andrea Gurtner-Sieber",
    ),
    ("de", "«Das ist ein Budget mit Augenmass», sagte Gurtner-Sieber.", False, [], None),
    (
        "de",
        "Die Schuldenbremse erlaubt dem Bund 2027 ein konjunkturelles Defizit von höchstens 250 Millionen Franken.",
        True,
        [("year", 2027, None, None), ("money", 250000000, "CHF", "at_most")],
        None,
    ),
    ("de", "Der Nationalrat muss der Vorlage in der Wintersession noch zustimmen.", True, [], None),
    ("de", "Die SP sprach von einem «Kahlschlag bei der Entwicklungshilfe».", False, [], None),
    # --- Euro zone unemployment (Reuters), Wednesday, Dec 2 ---
    (
        "en",
        "BRUSSELS, Dec 2 (Reuters) - Euro zone unemployment held at 6.2% in October, the EU's statistics agency reported on Wednesday.",
        True,
        [("date", "--12-02", None, None), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "en",
        "Among young people aged 24 and under, the jobless rate rose to 14.6%.",
        True,
        [("duration", 24, "year", "up_to"), ("percent", 14.6, "%", None)],
        None,
    ),
    (
        "en",
        "Spain's rate, the bloc's highest, fell a tenth of a point to 10.3%, while Germany's held at 3.9%.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 10.3, "%", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "The rate has moved between 6.1% and 6.3% since March.",
        True,
        [("percent", 6.1, "%", None), ("percent", 6.3, "%", None)],
        None,
    ),
    ("en", "Economists said the labour market remained the euro zone's sturdiest pillar.", False, [], None),
    # --- Christkindlesmarkt (dpa/lby), Mittwoch, 2. Dezember ---
    (
        "de",
        "Nürnberg (dpa/lby) - Der Becher Glühwein kostet auf dem Christkindlesmarkt in diesem Jahr 4,50 Euro, dazu kommen 3 Euro Pfand.",
        True,
        [("money", 4.5, "EUR", None), ("money", 3, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Stadt rechnet an den 24 Markttagen mit zwei Millionen Besuchern und mehr, knapp ein Drittel davon aus dem Ausland.",
        True,
        [("count", 24, None, None), ("count", 2000000, None, "at_least"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "An Spitzentagen drängen sich bis zu 150.000 Menschen zwischen den 160 Buden, sagte Marktleiterin Sabine Fröhlich-Amsel.",
        True,
        [("count", 150000, None, "up_to"), ("count", 160, None, None)],
        "Sabine Fröhlich-Amsel",
    ),
    ("de", "„Der Markt ist die gute Stube der Stadt“, sagte Fröhlich-Amsel.", False, [], None),
    (
        "de",
        "Das Christkind, eine 17-jährige Schülerin, hatte den Markt am Freitagabend vor geschätzt 18.000 Zuschauern eröffnet.",
        True,
        [("duration", 17, "year", None), ("count", 18000, None, "about")],
        None,
    ),
    ("de", "Viele Besucher klagten über die Preise an den Ständen.", False, [], None),
    # --- Cyber Monday spending (AP), Wednesday, Dec 2 ---
    (
        "en",
        "NEW YORK (AP) — Americans spent a record $14.9 billion online on Cyber Monday, up 6.1% from last year, according to data from Brightwick Analytics.",
        True,
        [("money", 14900000000, "USD", None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "en",
        "Shoppers spent a cool $1.6 billion in the busiest hour alone, which came late in the evening on the East Coast.",
        True,
        [("money", 1600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Buy now, pay later plans accounted for approx. $1.2 billion of the spending, the company said.",
        True,
        [("money", 1200000000, "USD", "about")],
        "the company",
    ),
    (
        "en",
        "Brightwick lead analyst Dana Lockyer-Pratt said online spending for the full holiday season would land in the neighborhood of $258 billion.",
        True,
        [("money", 258000000000, "USD", "about")],
        "Dana Lockyer-Pratt",
    ),
    ("en", '"Consumers are stretched, but they\'re not sitting this one out," Lockyer-Pratt said.', False, [], None),
    (
        "en",
        "Mobile devices accounted for 57% of online sales, up from 54% a year ago.",
        True,
        [("percent", 57, "%", None), ("percent", 54, "%", None)],
        None,
    ),
    (
        "en",
        "Shoppers bought more toys and electronics than a year earlier, while spending on clothing was little changed.",
        True,
        [],
        None,
    ),
    # --- Fahrplanwechsel bei der Bahn (dpa), Mittwoch, 2. Dezember ---
    (
        "de",
        "Berlin (dpa) - Mit dem Fahrplanwechsel am 13. Dezember bietet die Deutsche Bahn nach eigenen Angaben täglich 4.200 zusätzliche Sitzplätze im Fernverkehr an.",
        True,
        [("date", "--12-13", None, None), ("count", 4200, None, None)],
        None,
    ),
    (
        "de",
        "Die Kosten für den Ausbau der Strecke Hamburg–Berlin tragen Bund und Bahn halbe-halbe.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Auf der Strecke München–Zürich verkürzt sich die Fahrzeit um 22 Minuten auf drei Stunden und 18 Minuten.",
        True,
        [("duration", 22, "minute", None), ("duration", 3, "hour", None), ("duration", 18, "minute", None)],
        None,
    ),
    (
        "de",
        "Die Preise im Fernverkehr steigen im Schnitt um 2,9 Prozent, Sparpreise gibt es weiter für 17,99 Euro.",
        True,
        [("percent", 2.9, "%", None), ("money", 17.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Pünktlich waren im Oktober nur 58,4 Prozent der Fernzüge, teilte die Bahn mit.",
        True,
        [("percent", 58.4, "%", None)],
        "die Bahn",
    ),
    ("de", "Die Gewerkschaft EVG hält den neuen Fahrplan für „auf Kante genäht“.", False, [], None),
    # --- Battery joint venture (Reuters), Wednesday, Dec 2 ---
    (
        "en",
        "SEOUL, Dec 2 (Reuters) - South Korea's Haesong Chemical and Germany's Rhenmark will build a battery cell plant in Hungary through a joint venture owned fifty-fifty, the companies said on Wednesday.",
        True,
        [("date", "--12-02", None, None), ("count", 50, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "The plant will cost 2.1 trillion won ($1.5 billion) and supply cells for 300,000 electric cars a year from 2029.",
        True,
        [
            ("money", 2100000000000, "KRW", None),
            ("money", 1500000000, "USD", None),
            ("count", 300000, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        "Capacity could later be raised to up to 40 gigawatt hours, Haesong Chief Executive Han Ji-woo told reporters.",
        True,
        [("count", 40, None, "up_to")],
        "Han Ji-woo",
    ),
    ("en", '"Europe needs its own batteries, and we intend to be part of that story," Han said.', False, [], None),
    (
        "en",
        "Rhenmark already makes cells in Poland through a one-third-owned affiliate, and its stock gained as much as 4.6% in Frankfurt trading.",
        True,
        [("fraction", 0.3333, None, None), ("percent", 4.6, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Hungary has drawn roughly a third of all battery investment announced in Europe since 2022, according to industry data.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    ("en", "The plant still needs approval from Hungarian authorities.", True, [], None),
    # --- Neues Schokoladenwerk (dpa-AFX), Mittwoch, 2. Dezember ---
    (
        "de",
        "Zürich (dpa-AFX) - Der Schweizer Schokoladenhersteller Rütliger will bis 2028 rund 180 Mio. sFr. in ein neues Werk im Aargau investieren.",
        True,
        [("year", 2028, None, None), ("money", 180000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Kakaopreise lägen trotz der jüngsten Entspannung noch fast doppelt so hoch wie vor zwei Jahren, sagte Konzernchef Beat Hänni-Vogt.",
        True,
        [("count", 2, None, "nearly"), ("duration", 2, "year", None)],
        "Beat Hänni-Vogt",
    ),
    (
        "de",
        "Das Werk soll jährlich um und bei 60.000 Tonnen Schokolade produzieren.",
        True,
        [("count", 60000, None, "about")],
        None,
    ),
    (
        "de",
        "Rütliger beschäftigt weltweit 4.100 Mitarbeitende, davon 1.350 in der Schweiz.",
        True,
        [("count", 4100, None, None), ("count", 1350, None, None)],
        None,
    ),
    ("de", "„Swissness ist für uns kein Etikett, sondern ein Versprechen“, sagte Hänni-Vogt.", False, [], None),
    (
        "de",
        "Die Aktie legte an der SIX um 3,8 Prozent auf 1.412 sFr. zu.",
        True,
        [("percent", 3.8, "%", None), ("money", 1412, "CHF", None)],
        None,
    ),
    # --- U.S. jobless claims (Reuters), Thursday, Dec 3 ---
    (
        "en",
        "WASHINGTON, Dec 3 (Reuters) - New filings for state unemployment aid slipped by 9,000 to 217,000 in the latest week, the Labor Department said on Thursday.",
        True,
        [("date", "--12-03", None, None), ("count", 9000, None, None), ("count", 217000, None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "Economists in a Reuters survey had expected a reading of 225,000.",
        True,
        [("count", 225000, None, None)],
        None,
    ),
    (
        "en",
        "Continuing claims eased to 1.91 million in the week ending Nov. 21.",
        True,
        [("count", 1910000, None, None), ("date", "--11-21", None, None)],
        None,
    ),
    (
        "en",
        "Hiring would have to slow for three months at a minimum before the Fed cuts rates again, said Renata Szabo-Kincaid, chief economist at Fairholt Capital.",
        True,
        [("duration", 3, "month", "at_least")],
        "Renata Szabo-Kincaid",
    ),
    ("en", '"Nothing in these numbers screams recession," Szabo-Kincaid said.', False, [], None),
    (
        "en",
        "Productivity grew at a 2.4% annualized rate in the third quarter, a separate report showed.",
        True,
        [("percent", 2.4, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    # --- Baugenehmigungen (dpa), Donnerstag, 3. Dezember ---
    (
        "de",
        "Wiesbaden (dpa) - Die Zahl der genehmigten Wohnungen ist im September um 6,8 Prozent auf 19.400 gestiegen, teilte das Statistische Bundesamt am Donnerstag mit.",
        True,
        [("percent", 6.8, "%", None), ("count", 19400, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "In den ersten neun Monaten wurden 171.300 Wohnungen genehmigt, gut 3 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("count", 171300, None, None),
            ("percent", 3, "%", "over"),
        ],
        None,
    ),
    (
        "de",
        "Je 10.000 Ew. waren das rechnerisch 20,6 Wohnungen.",
        True,
        [("count", 10000, None, None), ("count", 20.6, None, None)],
        None,
    ),
    (
        "de",
        "„Wir brauchen 300.000 bis 400.000 neue Wohnungen im Jahr“, sagte Bauverbandssprecherin Regine Kallmeyer-Ott.",
        True,
        [("count", 300000, None, None), ("count", 400000, None, None)],
        "Regine Kallmeyer-Ott",
    ),
    ("de", "„Der Wohnungsbau liegt weiter am Boden“, sagte Kallmeyer-Ott.", False, [], None),
    # --- European short-course swimming (AFP), Thursday, Dec 3 ---
    (
        "en",
        "LUBLIN, Poland, Dec 3 (AFP) - Dutch swimmer Femke Ravestein-Bos won the sprint freestyle title at the European Short Course Championships on Thursday in 23 seconds flat, a championship record.",
        True,
        [("date", "--12-03", None, None), ("duration", 23, "second", None)],
        None,
    ),
    (
        "en",
        "It was her third European title and her 11th medal at the championships overall.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Ravestein-Bos, 24, beat Italy's Giulia Montanari-Pesce by 0.41 sec.",
        True,
        [("duration", 24, "year", None), ("duration", 0.41, "second", None)],
        None,
    ),
    (
        "en",
        '"I never looked up at the scoreboard until my hand hit the pad," Ravestein-Bos told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Belgium's Lotte Vervaecke-Mol has now broken the European breaststroke record thrice this season.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The tally of championship records stands at six and counting after four days of racing.",
        True,
        [("count", 6, None, "at_least"), ("duration", 4, "day", None)],
        None,
    ),
    ("en", "Organisers said the Lublin pool was one of the fastest in Europe.", False, [], None),
    # --- Halbjahreszahlen Rennacher (dpa-AFX), Donnerstag, 3. Dezember ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Der Autozulieferer Rennacher hat im 1. Hj. seines Geschäftsjahres 2026/27 einen Umsatz von 1,18 Mrd. Euro erzielt, ein Rückgang um 3,4 Prozent.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("money", 1180000000, "EUR", None),
            ("percent", 3.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Im II. Quartal des Geschäftsjahres sank das Ebit auf 38 Mio. Euro nach 51 Mio. Euro.",
        True,
        [("ordinal", 2, None, None), ("money", 38000000, "EUR", None), ("money", 51000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzvorständin Ilka Thomsen-Berglar sagte, der Konzern werde in Deutschland bis Ende 2028 zumindest 900 Stellen streichen.",
        True,
        [("year", 2028, None, None), ("count", 900, None, "at_least")],
        "Ilka Thomsen-Berglar",
    ),
    (
        "de",
        "Im Aufsichtsrat gilt bei Rennacher bislang die Drittelbeteiligung der Beschäftigten.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    ("de", "„Wir steuern vorsichtig, aber wir bleiben auf Kurs“, sagte Thomsen-Berglar.", False, [], None),
    (
        "de",
        "Für das Gesamtjahr erwartet Rennacher unverändert einen Umsatz in der Größenordnung von 2,4 Mrd. Euro.",
        True,
        [("money", 2400000000, "EUR", "about")],
        None,
    ),
    ("de", "Analysten halten die Prognose für ehrgeizig.", False, [], None),
    # --- Minnesota snowstorm (AP), Thursday, Dec 3 ---
    (
        "en",
        "DULUTH, Minn. (AP) — A winter storm dumped up to 22 inches of snow on parts of northern Minnesota on Thursday, closing schools and snarling traffic.",
        True,
        [("count", 22, None, "up_to")],
        None,
    ),
    (
        "en",
        "Duluth recorded 17.4 inches, its snowiest December day on record, the National Weather Service said.",
        True,
        [("count", 17.4, None, None)],
        None,
    ),
    (
        "en",
        "The State Patrol said troopers had responded to 312 crashes and 408 spinouts in 24 hrs.",
        True,
        [("count", 312, None, None), ("count", 408, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Roughly 38,000 homes and businesses were without electricity at the storm's peak, according to utility trackers.",
        True,
        [("count", 38000, None, "about")],
        None,
    ),
    ("en", '"It\'s Minnesota, we know how to do this," said a snowplow driver in Duluth.', False, [], None),
    (
        "en",
        "Wind chills could fall to 30 below by Saturday, forecasters said.",
        True,
        [("count", -30, None, None)],
        None,
    ),
    # --- Betrugsprozess in Landshut (dpa/lby), Donnerstag, 3. Dezember ---
    (
        "de",
        "Landshut (dpa/lby) - Wegen Betrugs mit gefälschten Handwerkerrechnungen muss sich seit Donnerstag ein 52 Jahre alter Mann vor dem Landgericht Landshut verantworten.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Laut Anklage soll er zwischen 2022 und 2025 von 64 Seniorinnen und Senioren rund 310.000 Euro kassiert haben.",
        True,
        [
            ("year", 2022, None, None),
            ("year", 2025, None, None),
            ("count", 64, None, None),
            ("money", 310000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "„Es waren 40.000 Euro und ein paar Zerquetschte“, sagte der Angeklagte am ersten Verhandlungstag.",
        True,
        [("money", 40000, "EUR", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    ("de", "Die Kammer hat sechs weitere Verhandlungstage angesetzt.", True, [("count", 6, None, None)], None),
    (
        "de",
        "„Mein Mandant bereut zutiefst, was er den alten Menschen angetan hat“, sagte sein Verteidiger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Fall einer Verurteilung drohen ihm maximal zehn Jahre Gefängnis.",
        True,
        [("duration", 10, "year", "at_most")],
        None,
    ),
    ("de", "Das Urteil soll Ende Januar fallen.", True, [], None),
    # --- Combined flu and COVID shot (AP), Thursday, Dec 3 ---
    (
        "en",
        "ATLANTA (AP) — A federal vaccine advisory panel voted 9-3 on Thursday to recommend a new combined flu and COVID-19 shot for adults 65 and up.",
        True,
        [("count", 9, None, None), ("count", 3, None, None), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "en",
        "For adults aged 50 to 64, the panel recommended the shot only for those with chronic conditions.",
        True,
        [("duration", 50, "year", None), ("duration", 64, "year", None)],
        None,
    ),
    (
        "en",
        "Children 12 and under are not covered by the recommendation.",
        True,
        [("duration", 12, "year", "up_to")],
        None,
    ),
    (
        "en",
        "The shot would cost $190 a dose, about a third again as much as a standard flu vaccine, according to a presentation to the panel.",
        True,
        [("money", 190, "USD", None), ("count", 1.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"This is a convenience shot, not a miracle shot," said panel member Dr. Wendell Ashdale-Cole.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The manufacturer said it could ship 40 million doses in the first year.",
        True,
        [("count", 40000000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", "The CDC director must still sign off on the recommendation.", True, [], None),
    # --- U.S. payrolls (Reuters), Friday, Dec 4 ---
    (
        "en",
        "WASHINGTON, Dec 4 (Reuters) - U.S. employers added 134,000 jobs in November, the Labor Department said on Friday, with the jobless rate edging up to 4.4%.",
        True,
        [("date", "--12-04", None, None), ("count", 134000, None, None), ("percent", 4.4, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "Average hourly earnings rose 0.3%, or 11 cents, to $36.82.",
        True,
        [("percent", 0.3, "%", None), ("money", 0.11, "USD", None), ("money", 36.82, "USD", None)],
        None,
    ),
    (
        "en",
        "Revisions showed 23,000 fewer jobs had been created in September and October than previously reported.",
        True,
        [("count", 23000, None, None)],
        None,
    ),
    (
        "en",
        '"We\'re in a 100,000-a-month world now, 120,000 max," said Owen Penhallick-Lacey, senior economist at Holloway Securities.',
        True,
        [("count", 100000, None, None), ("count", 120000, None, "at_most")],
        "Owen Penhallick-Lacey",
    ),
    ("en", '"The labor market is cooling, not cracking," Penhallick-Lacey said.', False, [], None),
    (
        "en",
        "Traders now see roughly even odds of a cut at the Fed's Dec. 15-16 meeting, CME FedWatch showed.",
        True,
        [("date", "--12-15", None, None), ("date", "--12-16", None, None)],
        None,
    ),
    ("en", "Some analysts said the report was too muddy to move the Fed either way.", False, [], None),
    # --- Wintereinbruch in den Alpen (dpa), Freitag, 4. Dezember ---
    (
        "de",
        "Offenbach (dpa) - Der Deutsche Wetterdienst erwartet bis Sonntag in den Alpen bis zu 60 Zentimeter Neuschnee.",
        True,
        [("count", 60, None, "up_to")],
        None,
    ),
    (
        "de",
        "„Im Flachland reden wir von fünf Zentimetern oder so“, sagte DWD-Meteorologin Tanja Reisinger-Blum.",
        True,
        [("count", 5, None, "about")],
        "Tanja Reisinger-Blum",
    ),
    ("de", "„Wer nicht raus muss, bleibt am besten daheim“, sagte Reisinger-Blum.", False, [], None),
    (
        "de",
        "Das Thermometer in Oberstdorf zeigte am frühen Morgen minus 14 Grad.",
        True,
        [("count", -14, None, None)],
        None,
    ),
    (
        "de",
        "Auf der A8 bei Irschenberg standen Autofahrer geschlagene fünf Stunden im Stau.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "de",
        "Am Nebelhorn fand ein Suchhund einen verschütteten Tourengeher nach 25 Minuten, der Vierbeiner schlug an der richtigen Stelle an, teilte die Bergwacht Bayern mit.",
        True,
        [("duration", 25, "minute", None)],
        "die Bergwacht Bayern",
    ),
    (
        "de",
        "Der 34-Jährige kam mit Unterkühlung in eine Klinik nach Kempten.",
        True,
        [("duration", 34, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bahnstrecke zwischen Garmisch-Partenkirchen und Mittenwald blieb wegen Schneebruchs gesperrt.",
        True,
        [],
        None,
    ),
    ("de", "Lawinenwarner rieten dringend von Touren im freien Gelände ab.", False, [], None),
    # --- Fulham pre-match news conference (PA), Friday, 4 December ---
    (
        "en",
        "LONDON (PA) - Fulham manager Joaquín Arrieta-Solano said his side would be without a trio of defenders for Saturday's trip to Everton.",
        True,
        [("count", 3, None, None)],
        "Joaquín Arrieta-Solano",
    ),
    (
        "en",
        "Centre-back Tom Kelsall-Vance will be out for six weeks at a minimum after tearing a hamstring, Arrieta-Solano said.",
        True,
        [("duration", 6, "week", "at_least")],
        "Arrieta-Solano",
    ),
    ("en", '"We have a squad, not an excuse," Arrieta-Solano told his pre-match news conference.', False, [], None),
    (
        "en",
        "Fulham have won three of their last 10 away league games and sit 12th.",
        True,
        [("count", 3, None, None), ("count", 10, None, None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "Everton striker Kwame Asante-Barnes has scored a brace in each of his last two home matches.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", 'Arrieta-Solano called Everton\'s new stadium "a proper cauldron".', False, [], None),
    ("en", "Everton have not lost at their new ground since August.", True, [], None),
    # --- Nicht umgetauschte D-Mark (dpa), Freitag, 4. Dezember ---
    (
        "de",
        "Frankfurt/Main (dpa) - Fast 25 Jahre nach der Einführung des Euro-Bargelds sind noch gut 11,7 Mrd. DM nicht umgetauscht, teilte die Bundesbank mit.",
        True,
        [("duration", 25, "year", "nearly"), ("money", 11700000000, "DEM", "over")],
        "die Bundesbank",
    ),
    (
        "de",
        "Davon entfallen rund 5,6 Mrd. DM auf Banknoten und 6,1 Mrd. DM auf Münzen.",
        True,
        [("money", 5600000000, "DEM", "about"), ("money", 6100000000, "DEM", None)],
        None,
    ),
    (
        "de",
        "Getauscht wird zum festen Kurs von 1,95583 DM für einen Euro.",
        True,
        [("money", 1.95583, "DEM", None)],
        None,
    ),
    ("de", "Umgetauscht wird weiter unbefristet und kostenlos in allen Filialen der Bundesbank.", True, [], None),
    (
        "de",
        "Im Jahr 2025 tauschten Bürgerinnen und Bürger nach Angaben der Bundesbank 48 Mio. DM ein.",
        True,
        [("year", 2025, None, None), ("money", 48000000, "DEM", None)],
        "die Bundesbank",
    ),
    (
        "de",
        "In Österreich liegen nach Schätzung der Nationalbank noch rund 6,2 Mrd. öS in Schubladen und Sparstrümpfen.",
        True,
        [("money", 6200000000, "ATS", "about")],
        None,
    ),
    (
        "de",
        "„Die D-Mark ist für viele ein Stück Erinnerung, das man nicht hergeben will“, sagte eine Bundesbank-Sprecherin.",
        False,
        [],
        None,
    ),
    ("de", "Sammler sprechen von einer „eisernen Reserve“ der Deutschen.", False, [], None),
    # --- Zinsen für Tagesgeld (dpa-AFX), Freitag, 4. Dezember ---
    (
        "de",
        "Frankfurt/Main (dpa-AFX) - Sparer bekommen für Tagesgeld im Schnitt nur noch 0,9 Prozent p.a., wie das Vergleichsportal Zinsfalke ermittelte.",
        True,
        [("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die besten Angebote liegen bei 2,6 % p.a., meist befristet auf sechs Mon.",
        True,
        [("percent", 2.6, "%", None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Für Festgeld mit zwölf Monaten Laufzeit zahlen Banken zwischen 1,8 bis 2,4 Prozent.",
        True,
        [("duration", 12, "month", None), ("percent", 1.8, "%", None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer sein Geld auf dem Girokonto parkt, verschenkt bares Geld“, sagte Zinsfalke-Analyst Moritz Hellmers-Brunn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die EZB hat den Einlagensatz seit Juni dreimal um je einen Viertelpunkt gesenkt.",
        True,
        [("count", 3, None, None), ("percent", 0.25, "pp", None)],
        None,
    ),
    ("de", "Verbraucherschützer raten, Angebote regelmäßig zu vergleichen.", False, [], None),
    # --- Christmas post (PA), Friday, 4 December ---
    (
        "en",
        "LONDON (PA) - Royal Mail has told customers to post second class Christmas cards and parcels by Thursday December 17 and first class by Saturday December 19.",
        True,
        [
            ("ordinal", 2, None, None),
            ("date", "--12-17", None, None),
            ("ordinal", 1, None, None),
            ("date", "--12-19", None, None),
        ],
        None,
    ),
    (
        "en",
        "The company expects to handle 180 million parcels in December, some 12 million more than last year.",
        True,
        [("count", 180000000, None, None), ("count", 12000000, None, "about")],
        None,
    ),
    (
        "en",
        "It has taken on 16,000 seasonal workers, most of them on contracts of eight weeks or less.",
        True,
        [("count", 16000, None, None), ("duration", 8, "week", "up_to")],
        None,
    ),
    (
        "en",
        '"Christmas is our Olympics, and we have been training all year," said a Royal Mail spokeswoman.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A first class stamp now costs £1.75 and a second class stamp 92p.",
        True,
        [
            ("ordinal", 1, None, None),
            ("money", 1.75, "GBP", None),
            ("ordinal", 2, None, None),
            ("money", 0.92, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Postal workers at 14 delivery offices in the North West will strike for two days from December 12, the Communication Workers Union said.",
        True,
        [("count", 14, None, None), ("duration", 2, "day", None), ("date", "--12-12", None, None)],
        "the Communication Workers Union",
    ),
    # --- Veteran plays on (AFP), Friday, Dec 4 ---
    (
        "en",
        "PARIS, Dec 4 (AFP) - Former world number three Mathilde Castéran-Roy said on Friday she would play on in 2027, the year she turns 37.",
        True,
        [
            ("date", "--12-04", None, None),
            ("ordinal", 3, None, None),
            ("year", 2027, None, None),
            ("duration", 37, "year", None),
        ],
        "Mathilde Castéran-Roy",
    ),
    (
        "en",
        '"I always said I\'d stop at forty-ish, so there\'s a little time left," she told AFP.',
        True,
        [("duration", 40, "year", "about")],
        None,
    ),
    (
        "en",
        "Castéran-Roy has won 11 WTA titles, including the 2019 Madrid Open, and reached the Roland Garros semi-finals twice.",
        True,
        [("count", 11, None, None), ("year", 2019, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "She played only nine tournaments this year after knee surgery in February.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    ("en", '"My body tells me one thing, my heart another," she said.', False, [], None),
    ("en", "She is currently ranked 64th.", True, [("ordinal", 64, None, None)], None),
    # --- Van-Gogh-Schau im Städel (dpa), Freitag, 4. Dezember ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Ausstellung „Licht über Arles“ im Städel hat am Freitag ihren 400.000sten Besucher begrüßt.",
        True,
        [("ordinal", 400000, None, None)],
        None,
    ),
    (
        "de",
        "Die Schau läuft noch bis zum 17. Januar und ist schon jetzt die meistbesuchte des Hauses seit 2019.",
        True,
        [("date", "--01-17", None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Tickets kosten 18 Euro, Kinder und Jugendliche (6–17 J.) zahlen 6 Euro.",
        True,
        [
            ("money", 18, "EUR", None),
            ("duration", 6, "year", None),
            ("duration", 17, "year", None),
            ("money", 6, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Eine Dokumentation über die Ausstellung läuft am 20. Dezember um 23.15 Uhr im Zweiten.",
        True,
        [("date", "--12-20", None, None)],
        None,
    ),
    (
        "de",
        "„Van Gogh zieht immer, aber das hier übertrifft alles“, sagte Kuratorin Franziska Oelbermann-Stöhr.",
        False,
        [],
        None,
    ),
    ("de", "Kritiker bemängelten die Enge in den Ausstellungsräumen.", False, [], None),
    # --- Bundesliga: Wolfsburg - Bremen (dpa), Samstag, 5. Dezember ---
    (
        "de",
        "Wolfsburg (dpa) - Der VfL Wolfsburg hat am 13. Spieltag der Fußball-Bundesliga Werder Bremen mit 3:1 besiegt.",
        True,
        [("ordinal", 13, None, None)],
        None,
    ),
    (
        "de",
        "Vor 26.412 Zuschauern traf Stürmer Nils Hageböck-Rast in der 23. und 71. Minute.",
        True,
        [("count", 26412, None, None), ("ordinal", 23, None, None), ("ordinal", 71, None, None)],
        None,
    ),
    (
        "de",
        "Für Hageböck-Rast war es bereits der zweite Doppelpack der Saison, er steht nun bei neun Saisontoren.",
        True,
        [("ordinal", 2, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Wolfsburg springt mit 21 Punkten auf Rang sechs.",
        True,
        [("count", 21, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    ("de", "„Das war ein Arbeitssieg, mehr nicht“, sagte VfL-Trainer Jannik Sörensen-Paul.", False, [], None),
    (
        "de",
        "Bremen wartet seit fünf Auswärtsspielen auf einen Sieg und ist nun Tabellenzwölfter.",
        True,
        [("count", 5, None, None), ("ordinal", 12, None, None)],
        None,
    ),
    ("de", "Bremens Kapitän sah in der Nachspielzeit Gelb-Rot.", True, [], None),
    # --- Pickup camera recall (AP), Saturday, Dec 5 ---
    (
        "en",
        "DETROIT (AP) — Electric pickup maker Varrick Motors is calling back 48,300 trucks in the United States over backup-camera screens that may freeze, regulators' documents posted Saturday show.",
        True,
        [("count", 48300, None, None)],
        None,
    ),
    (
        "en",
        "The recall covers approx. 41,000 trucks from the 2025 model year and 7,300 from 2026, the company said in a filing.",
        True,
        [
            ("count", 41000, None, "about"),
            ("year", 2025, None, None),
            ("count", 7300, None, None),
            ("year", 2026, None, None),
        ],
        "the company",
    ),
    (
        "en",
        "The company said it was aware of three crashes tied to the defect and of no injuries.",
        True,
        [("count", 3, None, None)],
        "the company",
    ),
    ("en", "Owners will be notified by letter starting Jan. 18.", True, [("date", "--01-18", None, None)], None),
    (
        "en",
        "It is the company's fifth recall this year and the second involving camera software.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The National Highway Traffic Safety Administration opened an investigation into the cameras in June.",
        True,
        [],
        None,
    ),
    ("en", "Owners on online forums said they had complained about the glitch for months.", False, [], None),
    # --- First Test at the Gabba (AAP), Saturday, Dec 5 ---
    (
        "en",
        "BRISBANE (AAP) - Opener Lachlan Pettingell-Shaw was unbeaten on 141 as Australia closed day two of the first Test against the visiting New Zealanders on 318 for four.",
        True,
        [
            ("count", 141, None, None),
            ("count", 318, None, None),
            ("count", 4, None, None),
            ("ordinal", 2, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "en",
        "Pettingell-Shaw, 27, faced 212 balls and hit 17 fours and two sixes.",
        True,
        [
            ("duration", 27, "year", None),
            ("count", 212, None, None),
            ("count", 17, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "New Zealand quick Harrison Tuiasosopo-Reid took two wickets in three balls after tea.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", '"The Gabba rewards patience, and I had plenty of it today," Pettingell-Shaw said.', False, [], None),
    (
        "en",
        "A crowd of 31,447 attended, the second-biggest day-two crowd at the ground, Cricket Australia said.",
        True,
        [("count", 31447, None, None), ("ordinal", 2, None, None), ("ordinal", 2, None, None)],
        "Cricket Australia",
    ),
    ("en", "Rain is forecast in Brisbane for Sunday afternoon.", True, [], None),
    ("en", "Local fans said the atmosphere was the best they could remember.", False, [], None),
]
