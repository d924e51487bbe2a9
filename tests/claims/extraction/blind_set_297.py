"""Two-hundred-and-ninety-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Hildegard Wassermeyer-Kolb, Quirin Pfaffinger, Reinhold Zwickl, Polymerwerk Traun,
Severin Achleitner, Ulrike Salzmann-Dietl, Valentina Oberrauch, Jorinde Ahlgrimm, Dragan
Mikulić, Adelheid Brunnthaler, Torsten Ebbinghaus-Rieth, Ottilie Krausgrill, Fridolin
Schnyder-Ambühl, Gottfried Rauchenberger, Benedikt Hörmannsdorfer, Wiebke Ostendarp-Kiel,
Kilian Hofstätter-Rainer, Leopold Marquardsen, Marlene Oberhuber-Sattler, Cäcilia Lehnertz;
Crispin Thornbury, Rosalind Okonjo-Banks, Harlow Street Partners, Ironvale Minerals,
Marguerite Holloway-Pike, Tesfaye Birhanu Gelan, Joseph Kiprotich Ngeno, Evander McTaggart,
Imogen Castlereagh, Lavinia Stroud, Dashiell Okafor, Corvid Systems, Tobias Quillfeather,
Rufus Penhaligon, Skylark Air, Barnaby Quayle, Kiran Desjardins, Gregor Penwarden, Constance
Aldridge-Moor, Declan Threlkeld, Ornella Castagnetti, Ollie Brankstone, Austral Wings Group,
Lachlan Moorcroft, Ciara Mulrooney-Flynn; every unnamed mayor, doctor, cinema owner,
spokesperson, union leader, coach, judge, council member, trader, analyst, fund manager and
commuter); ministers, agency heads and office holders of real governments and bodies appear
under made-up names that stand for no real holder, or by their role only („der
Bürgermeister“, „ein Sprecher der Arbeiterkammer“, „der Trainer“, "the union's general
secretary", "a Treasury spokesperson", "the College Board's president"). Real states,
bodies, places and things (Verdi, Nordrhein-Westfalen, Krankenhausgesellschaft,
Gesundheitsministerium, München, Stadtwerke, Leibnitz, Graz, Fachverband der Kinobetriebe,
Wiener Börse, Linz, Rems, Schorndorf, THW, Rotes Kreuz, Landratsamt, Sölden,
Rettenbachferner, Bundesarbeitsministerium, VdK, Koalition, Brandenburg, Verband
Berlin-Brandenburgischer Wohnungsunternehmen, Institut zur Qualitätsentwicklung im
Bildungswesen, KMK, Bundesamt für Statistik, Zermatt, Wallis, A7, Soltau, Statistik Austria,
WIFO, Arbeiterkammer, Hamburger Feuerwehr, Innenbehörde, Bundesagentur für Arbeit,
Weinviertel, Landwirtschaftskammer, Borussia Dortmund, Bundesliga, Nato, Flughafen Wien,
Schwechat, Deutscher Wetterdienst; the Bank of
England, Eurostat, the ECB, the Pilbara, the Chicago Marathon, New South Wales, Denver, the
Food Foundation, Paris Orly, Marseille, Nationwide, Northern Ireland, British Columbia,
Lillooet, the BC Wildfire Service, the Labor Department, the Fed, Snaresbrook Crown Court,
Brent, OPEC+, NHS England, ISTAT, Twickenham, the Wallabies, Broadway, the College Board, and
the datelines' cities) stand for the way wire copy names them; every rate, sum, share,
tally, rank, age, span, date, score and quote here is invented, and where a real figure came
to mind (a real pension rise, a real inflation or jobless rate, a real budget, a real
marathon field, a real house price, a real waiting list or birth count) it was changed (the
year of Italy's unification kept).

Its weight: HARD NUMBER FORMS, seventh round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first and two-hundred-and-eighty-ninth batches were the first six
rounds, and the seventeenth weighed the same forms long before them; their decisions are
kept) over ordinary news topics, 43 short stories with the German ones first and the
English ones after, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, quotes, the other side): nursing shifts in North Rhine-Westphalia, a transit warning
strike in Bavaria, a mayoral election in Styria, Vienna cinema prices, a plastics firm's half
year, a flood on the Rems, a giant slalom, the pension rise, social housing in Brandenburg,
reading skills, Swiss hotel nights, a coach crash, Austrian inflation, Hamburg's fire
brigade, German unemployment, the Lower Austrian harvest, a Bundesliga game, the federal
budget, Vienna airport, Swiss burglaries and a hot July; a British rail strike, British and
euro zone inflation, an iron ore mine, the Chicago Marathon, nurses in New South Wales, a
Denver runoff, a cloud firm's quarter, skipped meals, a French air traffic strike, British
house prices, wildfires in British Columbia, U.S. jobs, a fraud sentence, oil, the NHS
waiting list, Italian births, a rugby test, an airline's half year, Irish water, a Broadway
protest and college costs. Half German (dpa with its regional slugs "dpa/lnw", "dpa/lby",
"dpa/lsw", "dpa/bb", "dpa/lni", "dpa/lno", APA, Keystone-SDA; Austrian „heuer“, „Kassa“,
„Anrainer“, Swiss «» quotes, „Logiernächte“, „Fr. 412“, „46'780“), half English (Reuters
with dated datelines and two headlines, AP, AAP, PA). Its weight is the forms numbers take:
German number words and compounds („dreitausend“, „zweihundertfünfzig“,
„eineinhalbtausend“, „zweiunddreißigtausend“, „hundertdreiundachtzigtausend“,
„hundertzehntausend“, „sechzigtausend“, „achtundvierzig“, „einundfünfzig“, „eine dreiviertel
Million“), English hyphenated numbers ("Twenty-five-year-old", "forty-one seconds",
"forty-six thousand", "twenty-four new ... jets", "twenty-seven points", "ninety-three",
"one hundred and twelve", "one hundred and forty thousand", "two hundred and thirty"),
number words opening a row („Vierhundertzwanzig Menschen“, "Forty-three wildfires",
"Thirty-eight people", "Eleven officers", "Twice as many"), ordinal compounds
(„Zweitplatzierten“, „Drittplatzierte“, „Tabellenzweiten“, „Viertklässler“, „drittwärmste“,
„fünfzehntes“, „einundzwanzigsten“, "third-largest", "third-quarter", "first-half",
"sixteenth consecutive", "finished second", "come second"), fractions as words and with
„jeder“/"every" („jede vierte Pflegekraft“, „jeder fünfte Rentner“, „jede zehnte
Übernachtung“, „Jeder zweite Einbruch“, „ein Sechstel“, „ein Achtel“, „gut ein Zwanzigstel“,
„knapp drei Viertel“, "Every fifth adult", "Every tenth respondent", "two in every five",
"one in every twelve", "one in every four", "two-fifths", "two-thirds"), percentages written
„vH“, „Prozent“, "per cent", "pct" and "%", durations as compounds („Zwölfstundenschichten“,
„Zwölfstundendienste“, „eine Elfstundenschicht“, „ein 48-stündiger Warnstreik“, „eine
Dreiviertelstunde“, „fünfundvierzig Beitragsjahren“, "a 48-hour strike", "12-hour shifts",
"a private four-year college"), money with the sign before and after („€ 12,50“, „10,90 €“,
„€ 7,90“, „9,49 €“, „EUR 3 Mio.“, „EUR 148,5 Mio.“, „EUR 218 je Tonne“, „Fr. 412“,
"US$4bn", "US$3.1bn", "A$1.36bn", "C$212 million", "€1.2bn", "£271,400", "$1.7tn", "88
cents") and hedges („gut“, „knapp“, „rund“, „etwa“, „mehr als“, „bis zu“, „mindestens“,
„höchstens“, "just over", "just under", "some", "about", "roughly", "nearly", "almost",
"fewer than", "below", "more than"). Negatives stand beside them: rhetoric in quotes from
ministers, managers, officials and winners, labels („nannte“, „sprach von“, „halten ... für“,
"called", "described ... as", "dismissed ... as"), a reported evaluation, fears, doubts,
hopes, speculation and vox pops - two of them carrying an ordinal, labelled.

233 rows (117 German, 116 English), 45 negatives (22 German, 23 English), 188 check-worthy
rows of which 2 carry no figure (1 German, 1 English), 348 expected quantities (92 counts,
61 percentages - 57 in %, 4 in percentage points -, 52 durations - 17 in years, 15 in hours,
6 in minutes, 5 in seconds, 4 in days, 3 in months, 2 in weeks -, 41 amounts of money - 22
EUR, 12 USD, 3 AUD, 2 GBP, 1 each CAD, CHF -, 40 fractions, 33 ordinals, 18 years, 11 dates;
2 of them in two negatives, as the seventeenth batch labels a figure in a negative), 38
checked speakers (20 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Two made-up names that turned out to be in use in
earlier batches (an agency board member's and a chief executive's) were replaced by fresh
ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, doubt or piece of rhetoric is a negative with
  speaker None, also with a named speaker (seventh, ninety-eighth, hundred-ninety-ninth,
  two-hundred-and-eighty-ninth); a reported fact, figure, step, plan, demand or forecast is
  check-worthy with its speaker, also in Konjunktiv I. Pairs from one speaker:
  Wassermeyer-Kolb's quarter, Pfaffinger's 180 million euros, Achleitner's 120 jobs,
  Salzmann-Dietl's third, Brunnthaler's fifth, Krausgrill's twenty minutes,
  Schnyder-Ambühl's tenth, Hörmannsdorfer's fifth, Ostendarp-Kiel's sixty thousand,
  Hofstätter-Rainer's half, Marquardsen's third, Thornbury's 4.5 per cent,
  Holloway-Pike's third, Castlereagh's 2,300 nurses, Stroud's ninety days, Quillfeather's
  fifth, Penhaligon's hundred and forty thousand, Quayle's 8.2%, Threlkeld's seven million
  and Mulrooney-Flynn's 2,400 kilometres beside their quotes or hopes; Oberrauch's quote
  follows a row about her race. Achleitner's „das zweite Halbjahr“ in rhetoric is ordinal 2
  labelled and the residents' fear of „die geplante dritte Piste“ is ordinal 3 labelled (the
  seventeenth batch labels a figure in a negative). „Ein Wiener Kinobetreiber sagte, ohne
  weitere Preiserhöhungen könne bald kaum ein kleines Haus mehr überleben“ and "Analysts at
  one Sydney broker said the price tag looked ambitious" are reported evaluations;
  "Castlereagh said she remained hopeful of a deal" a hope; "Some traders bet ..." speculation
  (two-hundred-and-eighty-ninth: "Forecasters had pencilled in" stays unchecked, while the
  figure pencilled in is check-worthy); "Residents who fled said they feared ..." and the
  Munich commuters a vox pop. Check-worthy without a figure: the district's estimate of
  „einen zweistelligen Millionenbetrag“ (hundred-eighteenth: „mehrere Hunderttausend
  Franken“ carries no amount, the estimate stays a claim) and "conceded defeat late in the
  evening" (an event).
- German number words, also fused (fourteenth: „zweihundert“ and „tausend“ as figures;
  thirty-seventh: „fünfundzwanzigtausend“ 25,000): „dreitausend“ 3,000 (twice),
  „zweihundertfünfzig“ 250 (twice), „zweiunddreißigtausend“ 32,000, „sechzigtausend“ 60,000,
  „hundertdreiundachtzigtausend“ 183,000, „hundertzehntausend“ 110,000, „hundertzwanzig“ 120,
  „vierzig Millionen“ 40,000,000, „achttausend“ 8,000, „achtundvierzig“ 48, „siebzehn“ 17,
  „elf“ 11, „sechs“ 6, „zweimal“ 2 (the issue's „viermal“). New: „eineinhalbtausend“ written
  as one word is count 1,500 - „eineinhalb“ fused to „tausend“ multiplies as „anderthalb
  Tausend Fälle“ does (two-hundred-and-eighty-first), twice („rund“ "about", „mehr als“
  "over"). New: „Rund eine dreiviertel Million Menschen“ is 750,000 "about" - „dreiviertel“
  before a scale word multiplies as „eine halbe Milliarde“ does (two-hundred-and-eighty-ninth:
  „fast eine halbe Milliarde Euro“ 5e8). New: „Vierhundertzwanzig Menschen“ opening a row is
  420 - a number word keeps its value at the head of a sentence, capitalised, as "Thirty-one
  of the fires" does (two-hundred-and-eighty-first).
- English number words (thirty-seventh: "a hundred and twelve" 112, "a hundred and
  forty-two thousand" 142,000, "and" inside a number part of it): "one hundred and twelve"
  112, "one hundred and forty thousand" 140,000, "two hundred and thirty" 230; hyphenated
  "forty-one seconds" 41 seconds, "twenty-two days" 22 days, "forty-six thousand" 46,000
  "about" from "some", "twenty-four new narrowbody jets" 24, "twenty-seven points" 27 (a
  winning margin is a count), "thirty-one accounts" 31; "ninety-three" 93 years and
  "ninety days" 90 days; "some five thousand" 5,000 "about", "fewer than two thousand" 2,000
  "under", "about forty thousand" 40,000 "about"; rows opening with a word ("Forty-three
  wildfires" 43, "Thirty-eight people" 38, "Eleven officers" 11; two-hundred-and-eighty-first:
  "Thirty-one of the fires" 31), "nine of them" 9, "three tries" 3, "Two sources" 2, "Twice as
  many" 2 (a multiple, two-hundred-and-eighty-ninth: "doppelt so viel" 2). New:
  "Twenty-five-year-old Ethiopian Tesfaye Birhanu Gelan" is 25 years - a hyphenated number
  word before "-year-old" is an age as „Ein 34-jähriger Autofahrer“ is
  (two-hundred-and-eighty-ninth). New: "His oldest victim was ninety-three." is 93 years - a
  bare number word after a person's "was" is an age, as „ihre letzte mit 92“
  (hundred-ninety-ninth).
- Ordinals and ordinal compounds (the issue's „die drittgrößte Stadt“; every batch):
  „vor der Zweitplatzierten“ 2 (twice; two-hundred-and-eighty-ninth: „vor ihrer
  zweitplatzierten Landsfrau“), „Die Drittplatzierte“ and „Drittplatzierte wurde“ 3,
  „drittwärmste“ 3, „im ersten Halbjahr“ 1 (twice), „im ersten Quartal“ 1, „den dritten
  Weltcupsieg“ 3, „der zweite schwere Busunfall“ 2, „das zweite Hochwasser“ 2, „im zweiten
  Durchgang vom fünften auf den elften Platz“ 2, 5 and 11, „auf den dritten Platz“ 3,
  „fünfzehntes Saisontor im einundzwanzigsten Spiel“ 15 and 21, "third-largest" 3
  (hundredth and later: "third-largest"), "third-quarter revenue"
  3, "first-half underlying profit" 1, "the sixteenth consecutive annual fall" 16, "the fifth
  walkout" 5, "finished second" 2 (hundred-third: "finished second on 31.7%"),
  "a first round in which she had come second" 1 and 2, "April's first round" 1, "her first
  act in office" 1, "for the first time" 1 (twice). New: „gegen den Tabellenzweiten“ is
  ordinal 2 - „-zweite“ fused to „Tabelle“ ranks a side as „zweitplatzierten“ ranks a
  runner. New: „Fast jeder fünfte Viertklässler“ carries ordinal 4 beside the fraction 0.2
  "nearly" - „Viert-“ fused to „-klässler“ names the fourth class as „in der vierten Klasse“
  (two-hundred-and-eighty-ninth) does. None: „so oft wie nie zuvor“, "the largest blaze",
  "the lowest since", "the only region", "their biggest winning margin", "the fastest of any
  UK region". („zum x-ten Mal“ is not used here; the hundred-fortieth batch settled it.)
- Fractions (the issue's „jeder vierte“, "one-fifth"; every batch): „jede vierte
  Pflegekraft“ 0.25, „jeder dritte Keller“ and „jeder dritte Euro“ 0.3333, „rund jeder fünfte
  Rentner“ 0.2 "about", „etwa jeder achte“ 0.125 "about", „jede zehnte Übernachtung“ 0.1,
  „Jeder zweite Einbruch“ and „jeder zweite Betrieb“ 0.5, „mehr als die Hälfte“ 0.5 "over",
  „Gut die Hälfte“ 0.5 "over" (two-hundred-and-eighty-ninth), „ein Drittel weniger“ and „ein
  Drittel der Einbrecher“ 0.3333, „knapp ein Zehntel“ 0.1 "nearly" (twice), „um ein Achtel
  weniger“ 0.125, „rund ein Sechstel“ 0.1667 "about", „rund ein Fünftel“ 0.2 "about", „um ein
  Viertel“ 0.25, „knapp drei Viertel“ 0.75 "nearly", „knapp zwei Drittel“ 0.6667 "nearly",
  „gut ein Zwanzigstel“ 0.05 "over" (two-hundred-and-eighty-first: „ein Zwanzigstel“);
  "about two-thirds" 0.6667 "about", "almost a fifth" 0.2 "nearly", "roughly a third" 0.3333
  "about", "a fifth of new bookings" 0.2, "nearly three in ten" 0.3 "nearly"
  (two-hundred-and-seventy-sixth: "about nine in ten"), "a quarter of departures" 0.25, "a
  third of those" 0.3333, "nearly two-fifths" 0.4 "nearly", "about a quarter of the total"
  0.25 "about", "roughly a fifth" 0.2 "about", "About one in eight" 0.125 "about", "About two
  in five litres" 0.4 "about", "Fewer than one in five" 0.2 "under". New: "Every fifth adult"
  0.2 and "Every tenth respondent" 0.1 are fractions - "every" before an ordinal picks one in
  so many as „jeder fünfte“ does. New: "Two in every five nurses" 0.4, "roughly one in every
  twelve roles" 0.0833 "about" and "Nearly one in every four Italians" 0.25 "nearly" - "every"
  between "in" and the base changes nothing of "X in Y" (two-hundred-and-seventy-sixth).
- Percentages: „Prozent“, "per cent" and "%" in %, points in pp (twenty-seventh,
  two-hundred-and-eighty-ninth): „um 4,6 Prozentpunkte“ 4.6 pp, „um 0,1 Prozentpunkte“ 0.1
  pp, "by nearly eleven points" 11 pp "nearly" (poll and vote points,
  two-hundred-and-eighty-ninth: „zwei Punkte mehr“ 2 pp), "by a quarter of a percentage
  point" 0.25 pp (twenty-second: "by half a percentage point" 0.5 pp); „das
  Zwei-Prozent-Ziel der Nato“ 2 % (as earlier batches read „Zwei-Prozent-Ziel“), „etwa
  zweieinhalb Prozent“ 2.5 "about" (a number word before „Prozent“), „gut 13 Prozent“ and „gut
  6 Prozent“ "over", „knapp 11 Prozent“ and „knapp 2 Prozent“ "nearly", „mindestens 20
  Prozent“ "at_least", "just over 81 per cent" "over" and "just under 39 per cent" and "just
  under 3 per cent" "under" (hundred-first: "just over" "over", "just under" "under"), "a roughly 70 pct chance" and "about 96%" "about". "pct" is percent (forty-third:
  "2.9 pct" 2.9), in headlines ("eases to 1.9 pct", "falls 2 pct") and in body copy ("2.8
  pct", "2.3 pct", "a 14 pct rise"). New: „vH“ after a figure is percent in % („2,8 vH“, „2,2
  vH“, „58,3 vH“, „3,74 vH“, „4,1 vH“, „1,8 vH“) - „vom Hundert“ abbreviated is the same unit
  as „Prozent“, as "pct" is the same as "%".
- Durations (the issue's „fünfstündigen Treffen“; every batch): strike lengths „ein
  48-stündiger Warnstreik“ 48 hours, "a 48-hour strike" 48 hours (twice; forty-eighth),
  "for 24 hours" 24 hours, "12-hour shifts" 12 hours; „achteinhalb Stunden“ 8.5 hours and „gut
  viereinhalb Stunden“ 4.5 hours "over" (two-hundred-and-eighty-ninth: „rund fünfeinhalb
  Stunden“), „innerhalb von achtzehn Stunden“ 18 hours, „nach acht Minuten und vierzig
  Sekunden“ each part, „zehn Minuten“, „mindestens zwanzig Minuten täglich“ 20 minutes
  "at_least", „binnen elf Minuten“, „um 0,27 Sekunden“ 0.27 seconds, „von einer halben
  Sekunde“ 0.5 seconds (twelfth: „eine halbe Stunde“ 0.5 hours), „in zwei Wochen“, „binnen
  sechs Wochen“, „zwölf Monate laufen“, „seit mehr als zwölf Monaten“ 12 months "over", „in
  den nächsten zwei Jahren“, „vor drei Jahren“, „binnen drei Jahren“, „einundfünfzig Tage
  lang“ 51 days, „An dreiundzwanzig Tagen“ 23 days (hundred-sixtieth: „an 19 Tagen“); "in two
  hours, four minutes and 52 seconds" each part, "forty-one seconds behind", "in twelve
  years", "for ninety days", "for twenty-two days", "over two years" 2 years ("over" before a
  span no hedge), "within four hours", "for about two hours" "about", "over five years", "for
  seven and a half years" 7.5 years (twentieth), "over almost four years" 4 years "nearly",
  "within three months", "another two years". Ages: „Die 24-Jährige“, „Der 61-jährige
  Busfahrer“, "Gregor Penwarden, 44,", "aged 65 or older" 65 with no hedge
  (two-hundred-and-eighty-ninth). New: „Zwölfstundenschichten“, „Zwölfstundendienste“ and
  „eine Elfstundenschicht“ are durations of 12 and 11 hours - a number word fused to
  „Stunden-“ inside a noun gives the span as „fünfstündigen“ does (the issue), while the
  shifts themselves are not counted („knapp dreitausend Zwölfstundenschichten“ count 3,000
  "nearly" and duration 12 hours). New: „bis zu eine Dreiviertelstunde“ is 0.75 hours
  "up_to" - „Dreiviertel-“ fused to „-stunde“ gives three quarters of an hour as „eine halbe
  Stunde“ gives half (twelfth). New: „nach fünfundvierzig Beitragsjahren“ is 45 years -
  „-jahre“ closing a compound carries the unit as „nach 45 Jahren Beitragszahlung“ does
  (two-hundred-and-eighty-ninth). New: "a private four-year college" is 4 years, as "a
  four-year contract" (hundred-twenty-ninth) and "a 30-year fixed mortgage"
  (two-hundred-and-eighty-ninth). None: „im vergangenen Jahr“, „im Jahr davor“, „ein Jahr
  zuvor“, „ein Jahr später“, „im Vorjahr“, „binnen Jahresfrist“, „bis Jahresende“, „pro
  Woche“, „pro Monat“, „im Monat“, „pro Tag“, „täglich“, „jährlich“, „heuer“, "last year",
  "a year", "a year earlier", "over the year", "on the year", "over a year", "this season",
  "last week", "the past month", "a decade earlier", "next week", "on both days", "a year"
  after a sum.
- Money in the currency written (every batch). New: „€ 12,50“, „bis zu € 7,90“ "up_to" and
  „€ 23,40“ are EUR with the sign before the figure and a space between, and „10,90 €“, „9,49
  €“ and „1,59 €“ EUR with the sign after it - the sign names the currency on either side,
  as „Fr. 12,50“ does before the figure (hundred-ninety-ninth; here „Fr. 412“ CHF). New: „EUR
  3 Mio.“, „EUR 4,2 Mio.“ and „EUR 148,5 Mio.“ are 3e6, 4.2e6 and 1.485e8 EUR and „EUR 218 je
  Tonne“ 218 EUR - the ISO code before the figure names the currency and „Mio.“ after it
  scales it as in „118 Mio. Euro“ (two-hundred-and-eighty-ninth). "US$4bn" 4e9 USD and "about
  US$3.1bn" 3.1e9 USD "about" (hundred-sixty-third: "US$60 a tonne" USD); "A$18.45",
  "A$1.36bn", "A$9.84" AUD, "C$212 million" CAD, "€1.2bn" 1.2e9 EUR, "€5" EUR, "a 1,000-euro
  bonus" 1,000 EUR, "£271,400" and "£1.3 million" GBP, "$4.2bn", "$612m", "$74.10", "$1.48",
  "$36.42", "$58,600", "$29,400", "roughly $1.7tn" 1.7e12 USD "about"
  (two-hundred-and-eighty-ninth: "tn"); "88 cents a share" 0.88 and "11 cents" 0.11 USD
  (U.S. cents as hundredths, hundred-nineteenth); „um 1,10 Euro mehr“, „350 Euro mehr“, „gut 66
  Euro“ "over", „knapp 5 Euro“ and „knapp 4.300 Euro“ "nearly", „knapp 180 Mio. Euro“, „640
  Mio. Euro“, „498,6 Milliarden Euro“, „knapp 79 Mrd. Euro“ "nearly". "per share", „je
  Tonne“, „pro Nacht“, „je Quadratmeter“, "a barrel", "a year" none.
- Counts otherwise: „um knapp zweieinhalb Meter“ 2.5 "nearly" (two-hundred-and-eighty-first:
  „zweieinhalb“), „20,4 Grad“, „mindestens 30 Grad“ "at_least", „52 Liter Regen pro
  Quadratmeter“ 52 (temperatures and amounts as counts, fourth batch), „doppelt so viel wie
  2015“ 2 (two-hundred-and-eighty-ninth), „46'780“ and „31'200“ (Swiss apostrophe, tenth
  batch), „21.412“, „12.483“, „81.365“, „629.000“, „knapp 1,4 Millionen Tonnen“, „23,9
  Millionen Logiernächte“, „14,2 Millionen Passagiere“, „gut 21 Millionen Altersbezüge“ "over",
  „rund 120 der 1.350 Stellen“, „in allen 16 Ländern“ 16, „höchstens zwei solchen Schichten“ 2
  "at_most"; "just over seven times average earnings" 7 "over" and "almost double last
  year's total" 2 "nearly" (multiples as counts, two-hundred-and-eighty-ninth), "1.18 children
  per woman" and "the 2.1" counts, "€5 for every 1,000 litres" 1,000 (a base written with a
  figure, two-hundred-and-seventy-sixth), "more than 213,000 litres" "over", "3.2 million
  barrels", "some 1.5 million barrels", "about 400,000 barrels per day", "9 degrees
  Celsius", "2,400 kilometres", "about 61,000 hectares", "the 20 countries", "Just over 7.4
  million" "over", "below seven million" 7,000,000 "under". Clock times carry none („zwischen
  17 und 21 Uhr“, "by 0630 GMT"; hundred-forty-third), nor scores („ein 3:1“;
  hundred-thirty-third), nor road names („A7“; two-hundred-and-forty-ninth).
- Years and dates: „2027/28“ both years (fortieth), „bis 2030“ (twice), „bis 2031“, „bis
  2028“, „wie 2015“, „von 2020“, „im Rekordjahr 2024“, „Im Jahr 2016“, „seit Beginn der
  Aufzeichnungen 1881“, „für 2027“, "since 2008", "from 2029", "since March 2023", "since
  early 2022", "in 1861", "by 2031"; „ab dem 1. Oktober“ --10-01, „zum 1. Juli“ --07-01, „dem
  29. Juni“ --06-29; Reuters datelines with a day as dates without a year ("LONDON, March 4",
  "LONDON, May 21", "FRANKFURT, June 3", "PERTH, Aug 12", "SAN FRANCISCO, Oct 29",
  "WASHINGTON, Nov 7", "SINGAPORE, Jan 15", "SYDNEY, Feb 19"; hundred-sixtieth); dpa, APA,
  Keystone-SDA, AP, AAP, PA and undated Reuters datelines none (seventy-ninth). Weekdays,
  months and seasons none („am Montag“, „im März“, „im Oktober“, „in der Hochsaison“, „im
  Sommerhalbjahr“, "on Tuesday", "in April", "in June", "by next spring", "since January",
  "from January", "from March", "by the end of March", "in December").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "some", "Some" "about"; „knapp“, „Fast“, "nearly", "Nearly", "almost" "nearly"; „gut“,
  „Gut“, „mehr als“, "more than", "just over", "Just over" "over"; "just under", "fewer than",
  "Fewer than", "below" before a figure "under"; „bis zu“ "up_to"; „mindestens“ "at_least";
  „höchstens“ "at_most". No hedge: „im Schnitt“, „im Mittel“, „insgesamt“, „zusammen“, „nur“,
  „bereits“, „derzeit“, „inzwischen“, „zuletzt“, „um“ before a figure, "an average of",
  "only", "a record", "or older", "over" before a span, "more than doubled" (a verb).
- Speakers, checked only in forms the earlier batches settled: „teilte das Landratsamt
  mit“, „teilte das Bundesarbeitsministerium am Mittwoch mit“, „teilte die Statistik Austria
  am Mittwoch mit“, „teilte die Bundesagentur für Arbeit mit“ and „teilte der Deutsche
  Wetterdienst mit“ the source with its article, the weekday dropped (two-hundred-and-tenth,
  two-hundred-and-eighty-ninth); „Verdi-Landesleiterin Hildegard Wassermeyer-Kolb sagte,
  ...“, „Verhandlungsführer Quirin Pfaffinger sagte, ...“, „Vorstandschef Severin Achleitner
  sagte, ...“, „Landrätin Ulrike Salzmann-Dietl sagte, ...“, „Arbeitsministerin Adelheid
  Brunnthaler sagte, ...“, „Bauminister Torsten Ebbinghaus-Rieth sagte, ...“,
  „KMK-Präsidentin Ottilie Krausgrill sagte, ...“, „Tourismusdirektor Fridolin
  Schnyder-Ambühl sagte, ...“, „WIFO-Ökonom Gottfried Rauchenberger sagte, ...“,
  „Oberbranddirektor Benedikt Hörmannsdorfer sagte, ...“, „BA-Vorständin Wiebke
  Ostendarp-Kiel sagte, ...“, „Agrarlandesrat Kilian Hofstätter-Rainer sagte, ...“,
  „Finanzminister Leopold Marquardsen sagte, ...“, „Vorständin Marlene Oberhuber-Sattler
  sagte, ...“ and „Polizeikommandantin Cäcilia Lehnertz sagte, ...“ the name with the office
  dropped (hundred-eightieth, two-hundred-and-eighty-ninth). English: the name with the role
  dropped ("Rail Minister Crispin Thornbury said", "Chief economist Rosalind Okonjo-Banks of
  Harlow Street Partners said", "Chief executive Marguerite Holloway-Pike said", "Race
  director Evander McTaggart said", "Health Minister Imogen Castlereagh said", "Chief
  executive Tobias Quillfeather said", "Director Rufus Penhaligon said", "Nationwide chief
  economist Barnaby Quayle said", "Emergency Management Minister Kiran Desjardins said",
  "Judge Constance Aldridge-Moor said", "Health Secretary Declan Threlkeld said", "Family
  Minister Ornella Castagnetti said", "Chief financial officer Lachlan Moorcroft said",
  "Housing Minister Ciara Mulrooney-Flynn said"; hundred-forty-fifth,
  two-hundred-and-eighty-ninth); "Stroud said ..." opening the row (forty-second); a firm's
  "said" as written ("Ironvale Minerals said", "Corvid said"; hundred-sixtieth: "Severn Vale
  Water said"); "The group said ..." -> "the group" opening the row with the article lowered
  (hundred-second: "The company said"). Left unchecked (None): all negatives, also those
  with a named speaker; „wie die Gemeinde mitteilte“, „wie der Fachverband der Kinobetriebe
  mitteilte“, „wie das Bundesamt für Statistik mitteilte“, „wie die Innenbehörde mitteilte“,
  „wie die Ermittler mitteilten“ (two-hundred-and-fourth leaves „wie ... mitteilte“
  unchecked), „laut Gesundheitsministerium“, „laut den Stadtwerken“, „laut Polizei“, „laut
  Landwirtschaftskammer“, „laut Flughafen“, „laut dem Bundesamt für Statistik“, „nach eigenen
  Angaben“, „schätzte der Veranstalter“, „Das teilte die Gewerkschaft Verdi ... mit“ (a
  description before the name, two-hundred-and-eighty-ninth), „wies die Zahlen zurück“,
  „heißt es in dem Bericht“, „einer neuen Studie zufolge“; bodies' "said" in English copy
  (their union, the BC Wildfire Service, the Labor Department, the College Board, the
  government, Nationwide, ISTAT, "Low-cost carrier Skylark Air said" with a description
  before the name), "election officials said", "police said", "Two sources said", "the court
  heard", documents ("official figures showed", "Eurostat data showed", "NHS England figures
  show", "according to the union", "according to state figures", "according to the state
  utility", "a survey by the Food Foundation found", "the report found") and "Forecasters
  surveyed by Reuters", "Economists polled by Reuters", "Operators expected".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds (written as the Python value None, never as a
string); a qualifier is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_297 = [
    # --- Pflege NRW (dpa/lnw) ---
    ("de", "Düsseldorf (dpa/lnw) - Pflegekräfte an den sechs Unikliniken in Nordrhein-Westfalen haben im vergangenen Jahr zusammen knapp dreitausend Zwölfstundenschichten mehr geleistet als im Jahr davor.", True, [("count", 6, None, None), ("count", 3000, None, "nearly"), ("duration", 12, "hour", None)], None),
    ("de", "Das teilte die Gewerkschaft Verdi am Montag mit und forderte eine Obergrenze von höchstens zwei solchen Schichten pro Woche.", True, [("count", 2, None, "at_most")], None),
    ("de", "Verdi-Landesleiterin Hildegard Wassermeyer-Kolb sagte, jede vierte Pflegekraft denke inzwischen über einen Berufswechsel nach.", True, [("fraction", 0.25, None, None)], "Hildegard Wassermeyer-Kolb"),
    ("de", "„Am Ende einer langen Schicht ist niemand mehr so konzentriert, wie er es sein müsste“, sagte Wassermeyer-Kolb.", False, [], None),
    ("de", "Die Krankenhausgesellschaft wies die Zahlen zurück: Im Schnitt dauere eine Schicht auf den Stationen achteinhalb Stunden, Zwölfstundendienste seien die Ausnahme.", True, [("duration", 8.5, "hour", None), ("duration", 12, "hour", None)], None),
    ("de", "Laut Gesundheitsministerium fehlen an Rhein und Ruhr derzeit gut zweihundertfünfzig Vollzeitstellen in der Intensivpflege.", True, [("count", 250, None, "over")], None),
    # --- Warnstreik Nahverkehr (dpa/lby) ---
    ("de", "München (dpa/lby) - Ein 48-stündiger Warnstreik im Nahverkehr hat am Donnerstag und Freitag in elf bayerischen Städten Busse und Trambahnen weitgehend lahmgelegt.", True, [("duration", 48, "hour", None), ("count", 11, None, None)], None),
    ("de", "Allein in München fielen laut den Stadtwerken rund eineinhalbtausend Fahrten pro Tag aus.", True, [("count", 1500, None, "about")], None),
    ("de", "Verdi fordert für die rund 9.000 Beschäftigten 350 Euro mehr pro Monat, der Tarifvertrag soll zwölf Monate laufen.", True, [("count", 9000, None, "about"), ("money", 350, "EUR", None), ("duration", 12, "month", None)], None),
    ("de", "Die Arbeitgeber bieten nach eigenen Angaben 2,8 vH mehr Lohn ab dem 1. Oktober und weitere 2,2 vH ein Jahr später.", True, [("percent", 2.8, "%", None), ("date", "--10-01", None, None), ("percent", 2.2, "%", None)], None),
    ("de", "Verhandlungsführer Quirin Pfaffinger sagte, das Angebot koste die Kommunen in den nächsten zwei Jahren zusammen knapp 180 Mio. Euro.", True, [("duration", 2, "year", None), ("money", 180000000, "EUR", "nearly")], "Quirin Pfaffinger"),
    ("de", "„Ein Streik auf dem Rücken der Fahrgäste ist der falsche Weg, um Forderungen durchzusetzen“, sagte Pfaffinger.", False, [], None),
    ("de", "Pendler am Münchner Hauptbahnhof zeigten sich genervt, viele fragten sich, wie lange das noch so weitergehen solle.", False, [], None),
    # --- Bürgermeisterwahl Leibnitz (APA) ---
    ("de", "Graz (APA) - Bei der Bürgermeisterwahl in Leibnitz ist der Amtsinhaber mit 41,7 Prozent vor der Zweitplatzierten gelandet, die auf 39,2 Prozent kam.", True, [("percent", 41.7, "%", None), ("ordinal", 2, None, None), ("percent", 39.2, "%", None)], None),
    ("de", "Die Drittplatzierte, eine parteiunabhängige Ärztin, erreichte gut 13 Prozent der Stimmen.", True, [("ordinal", 3, None, None), ("percent", 13, "%", "over")], None),
    ("de", "Da keiner der Kandidaten mehr als die Hälfte der Stimmen erreichte, kommt es in zwei Wochen zur Stichwahl.", True, [("fraction", 0.5, None, "over"), ("duration", 2, "week", None)], None),
    ("de", "Die Wahlbeteiligung lag bei 58,3 vH und damit um 4,6 Prozentpunkte unter jener von 2020.", True, [("percent", 58.3, "%", None), ("percent", 4.6, "pp", None), ("year", 2020, None, None)], None),
    ("de", "Von den insgesamt 21.412 Wahlberechtigten gaben 12.483 ihre Stimme ab, wie die Gemeinde mitteilte.", True, [("count", 21412, None, None), ("count", 12483, None, None)], None),
    ("de", "„Das ist ein klarer Auftrag, unsere Arbeit für diese Stadt fortzusetzen“, sagte der Bürgermeister am Wahlabend.", False, [], None),
    # --- Kinopreise (APA) ---
    ("de", "Wien (APA) - Eine Kinokarte kostet in Wien inzwischen im Schnitt € 12,50, um 1,10 Euro mehr als vor drei Jahren.", True, [("money", 12.5, "EUR", None), ("money", 1.1, "EUR", None), ("duration", 3, "year", None)], None),
    ("de", "In den übrigen Bundesländern liegt der Durchschnittspreis bei 10,90 €, wie der Fachverband der Kinobetriebe mitteilte.", True, [("money", 10.9, "EUR", None)], None),
    ("de", "Ein großer Becher Popcorn schlägt mit bis zu € 7,90 zu Buche, ein Getränk mit knapp 5 Euro.", True, [("money", 7.9, "EUR", "up_to"), ("money", 5, "EUR", "nearly")], None),
    ("de", "Die Zahl der Kinobesuche in Österreich sank im Vorjahr um knapp ein Zehntel auf 11,4 Millionen.", True, [("fraction", 0.1, None, "nearly"), ("count", 11400000, None, None)], None),
    ("de", "Ein Wiener Kinobetreiber sagte, ohne weitere Preiserhöhungen könne bald kaum ein kleines Haus mehr überleben.", False, [], None),
    ("de", "„Das Kino ist und bleibt das schönste Wohnzimmer dieser Stadt“, sagte Fachverbandsobmann Reinhold Zwickl.", False, [], None),
    # --- Polymerwerk Traun (APA) ---
    ("de", "Linz (APA) - Der Kunststoffverarbeiter Polymerwerk Traun hat im ersten Halbjahr ein Ergebnis vor Steuern von EUR 3 Mio. erzielt, nach EUR 4,2 Mio. im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("money", 3000000, "EUR", None), ("money", 4200000, "EUR", None)], None),
    ("de", "Der Umsatz ging um gut 6 Prozent auf EUR 148,5 Mio. zurück.", True, [("percent", 6, "%", "over"), ("money", 148500000, "EUR", None)], None),
    ("de", "Vorstandschef Severin Achleitner sagte, das Unternehmen werde bis Jahresende rund 120 der 1.350 Stellen abbauen.", True, [("count", 120, None, "about"), ("count", 1350, None, None)], "Severin Achleitner"),
    ("de", "„Wir blicken vorsichtig optimistisch auf das zweite Halbjahr“, sagte Achleitner.", False, [("ordinal", 2, None, None)], None),
    ("de", "Die Papiere des Unternehmens notierten am Mittag in Wien bei € 23,40, ein Minus von 4,8 Prozent.", True, [("money", 23.4, "EUR", None), ("percent", 4.8, "%", None)], None),
    # --- Hochwasser Rems (dpa/lsw) ---
    ("de", "Stuttgart (dpa/lsw) - Beim Hochwasser an der Rems waren am Wochenende mehr als eineinhalbtausend Einsatzkräfte von Feuerwehr, THW und Rotem Kreuz im Einsatz.", True, [("count", 1500, None, "over")], None),
    ("de", "Der Pegel in Schorndorf stieg innerhalb von achtzehn Stunden um knapp zweieinhalb Meter, teilte das Landratsamt mit.", True, [("duration", 18, "hour", None), ("count", 2.5, None, "nearly")], "das Landratsamt"),
    ("de", "Vierhundertzwanzig Menschen mussten ihre Häuser vorübergehend verlassen.", True, [("count", 420, None, None)], None),
    ("de", "Die Schäden an Straßen und Brücken schätzt der Kreis auf einen zweistelligen Millionenbetrag.", True, [], None),
    ("de", "Landrätin Ulrike Salzmann-Dietl sagte, jeder dritte Keller in der Schorndorfer Altstadt sei vollgelaufen.", True, [("fraction", 0.3333, None, None)], "Ulrike Salzmann-Dietl"),
    ("de", "„Was die Menschen hier in diesen Tagen geleistet haben, ist unglaublich“, sagte Salzmann-Dietl.", False, [], None),
    ("de", "Es war das zweite Hochwasser an der Rems binnen drei Jahren.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    # --- Riesentorlauf Sölden (APA) ---
    ("de", "Sölden (APA) - Die Südtirolerin Valentina Oberrauch hat am Samstag den Riesentorlauf am Rettenbachferner gewonnen, um 0,27 Sekunden vor der Zweitplatzierten aus Norwegen.", True, [("duration", 0.27, "second", None), ("ordinal", 2, None, None)], None),
    ("de", "Die 24-Jährige feierte damit ihren dritten Weltcupsieg.", True, [("duration", 24, "year", None), ("ordinal", 3, None, None)], None),
    ("de", "Drittplatzierte wurde die Schweizerin Jorinde Ahlgrimm mit einem Rückstand von einer halben Sekunde.", True, [("ordinal", 3, None, None), ("duration", 0.5, "second", None)], None),
    ("de", "Rund achttausend Zuschauer verfolgten das Rennen im Zielgelände, schätzte der Veranstalter.", True, [("count", 8000, None, "about")], None),
    ("de", "„Ich hätte nie geglaubt, dass ich auf diesem Hang so schnell sein kann“, sagte Oberrauch.", False, [], None),
    ("de", "Der Kärntner Dragan Mikulić fiel im zweiten Durchgang vom fünften auf den elften Platz zurück.", True, [("ordinal", 2, None, None), ("ordinal", 5, None, None), ("ordinal", 11, None, None)], None),
    # --- Rentenerhöhung (dpa) ---
    ("de", "Berlin (dpa) - Die gut 21 Millionen Altersbezüge hierzulande werden zum 1. Juli um 3,74 vH angehoben, teilte das Bundesarbeitsministerium am Mittwoch mit.", True, [("count", 21000000, None, "over"), ("date", "--07-01", None, None), ("percent", 3.74, "%", None)], "das Bundesarbeitsministerium"),
    ("de", "Eine Standardrente nach fünfundvierzig Beitragsjahren erhöht sich damit um gut 66 Euro im Monat.", True, [("duration", 45, "year", None), ("money", 66, "EUR", "over")], None),
    ("de", "Das Rentenniveau bleibt bei 48 Prozent, ein Wert, den die Koalition bis 2031 gesetzlich festschreiben will.", True, [("percent", 48, "%", None), ("year", 2031, None, None)], None),
    ("de", "Arbeitsministerin Adelheid Brunnthaler sagte, rund jeder fünfte Rentner beziehe zusätzlich eine Betriebsrente.", True, [("fraction", 0.2, None, "about")], "Adelheid Brunnthaler"),
    ("de", "„Die Rente ist kein Geschenk des Staates, sie ist erarbeitet“, sagte Brunnthaler.", False, [], None),
    ("de", "Der Sozialverband VdK nannte die Erhöhung „einen Tropfen auf den heißen Stein“.", False, [], None),
    # --- Sozialwohnungen Brandenburg (dpa/bb) ---
    ("de", "Potsdam (dpa/bb) - In Brandenburg sind im ersten Quartal nur zweihundertfünfzig Sozialwohnungen fertig geworden, ein Drittel weniger als ein Jahr zuvor.", True, [("ordinal", 1, None, None), ("count", 250, None, None), ("fraction", 0.3333, None, None)], None),
    ("de", "Bauminister Torsten Ebbinghaus-Rieth sagte, das Land wolle bis 2030 jährlich dreitausend geförderte Wohnungen bauen lassen.", True, [("year", 2030, None, None), ("count", 3000, None, None)], "Torsten Ebbinghaus-Rieth"),
    ("de", "Dafür stünden im Doppelhaushalt 2027/28 zusammen 640 Mio. Euro bereit.", True, [("year", 2027, None, None), ("year", 2028, None, None), ("money", 640000000, "EUR", None)], None),
    ("de", "Der Verband Berlin-Brandenburgischer Wohnungsunternehmen hält das Ziel für „völlig unrealistisch“.", False, [], None),
    ("de", "Die Baukosten je Quadratmeter Wohnfläche liegen inzwischen bei knapp 4.300 Euro, doppelt so viel wie 2015.", True, [("money", 4300, "EUR", "nearly"), ("count", 2, None, None), ("year", 2015, None, None)], None),
    # --- Lesestudie (dpa) ---
    ("de", "Berlin (dpa) - Fast jeder fünfte Viertklässler bundesweit kann einer neuen Studie zufolge nicht sinnentnehmend lesen.", True, [("fraction", 0.2, None, "nearly"), ("ordinal", 4, None, None)], None),
    ("de", "Im Jahr 2016 war es noch etwa jeder achte gewesen, heißt es in dem Bericht des Instituts zur Qualitätsentwicklung im Bildungswesen.", True, [("year", 2016, None, None), ("fraction", 0.125, None, "about")], None),
    ("de", "Getestet wurden rund zweiunddreißigtausend Kinder an 1.480 Schulen in allen 16 Ländern.", True, [("count", 32000, None, "about"), ("count", 1480, None, None), ("count", 16, None, None)], None),
    ("de", "Bei Kindern, die zu Hause überwiegend nicht Deutsch sprechen, lag der Anteil bei 38 Prozent.", True, [("percent", 38, "%", None)], None),
    ("de", "KMK-Präsidentin Ottilie Krausgrill sagte, die Länder wollten die Lesezeit in der Grundschule auf mindestens zwanzig Minuten täglich ausweiten.", True, [("duration", 20, "minute", "at_least")], "Ottilie Krausgrill"),
    ("de", "„Lesen ist der Schlüssel zu allem anderen, was Kinder lernen“, sagte Krausgrill.", False, [], None),
    # --- Hotellerie (Keystone-SDA) ---
    ("de", "Neuenburg (Keystone-SDA) - Hotels in der Schweiz haben im Sommerhalbjahr 23,9 Millionen Logiernächte verbucht, 2,3 Prozent mehr als im Rekordjahr 2024.", True, [("count", 23900000, None, None), ("percent", 2.3, "%", None), ("year", 2024, None, None)], None),
    ("de", "Gut die Hälfte der Gäste kam aus dem Ausland, wie das Bundesamt für Statistik mitteilte.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "Bei Gästen aus den USA stiegen die Übernachtungen um knapp 11 Prozent auf 1,9 Millionen.", True, [("percent", 11, "%", "nearly"), ("count", 1900000, None, None)], None),
    ("de", "Ein Doppelzimmer kostete in Zermatt in der Hochsaison im Mittel Fr. 412 pro Nacht.", True, [("money", 412, "CHF", None)], None),
    ("de", "Tourismusdirektor Fridolin Schnyder-Ambühl sagte, jede zehnte Übernachtung im Wallis entfalle inzwischen auf Gäste aus Asien.", True, [("fraction", 0.1, None, None)], "Fridolin Schnyder-Ambühl"),
    ("de", "«Die Berge verkaufen sich von selbst, aber nicht zu jedem Preis», sagte Schnyder-Ambühl.", False, [], None),
    # --- Busunfall A7 (dpa/lni) ---
    ("de", "Hannover (dpa/lni) - Auf der A7 bei Soltau sind am Dienstagmorgen bei einem Auffahrunfall siebzehn Menschen verletzt worden, drei von ihnen schwer.", True, [("count", 17, None, None), ("count", 3, None, None)], None),
    ("de", "Ein Reisebus mit achtundvierzig Fahrgästen war laut Polizei auf einen Lastwagen aufgefahren.", True, [("count", 48, None, None)], None),
    ("de", "Die Autobahn war in Richtung Hamburg gut viereinhalb Stunden gesperrt.", True, [("duration", 4.5, "hour", "over")], None),
    ("de", "Der 61-jährige Busfahrer hatte zuvor eine Elfstundenschicht hinter sich, wie die Ermittler mitteilten.", True, [("duration", 61, "year", None), ("duration", 11, "hour", None)], None),
    ("de", "Es war bereits der zweite schwere Busunfall in Niedersachsen binnen sechs Wochen.", True, [("ordinal", 2, None, None), ("duration", 6, "week", None)], None),
    # --- Inflation Österreich (APA) ---
    ("de", "Wien (APA) - Im März ist die Inflationsrate in Österreich von 3,3 Prozent im Februar auf 2,9 Prozent zurückgegangen, teilte die Statistik Austria am Mittwoch mit.", True, [("percent", 3.3, "%", None), ("percent", 2.9, "%", None)], "die Statistik Austria"),
    ("de", "Wohnen, Wasser und Energie verteuerten sich um 4,1 vH, Nahrungsmittel um 1,8 vH.", True, [("percent", 4.1, "%", None), ("percent", 1.8, "%", None)], None),
    ("de", "Der tägliche Einkauf, der sogenannte Miniwarenkorb, verteuerte sich binnen Jahresfrist um knapp 2 Prozent.", True, [("percent", 2, "%", "nearly")], None),
    ("de", "Ein Kilo Butter kostete im Schnitt 9,49 €, ein Liter Vollmilch 1,59 €.", True, [("money", 9.49, "EUR", None), ("money", 1.59, "EUR", None)], None),
    ("de", "WIFO-Ökonom Gottfried Rauchenberger sagte, die Teuerung werde bis zum Jahresende auf etwa zweieinhalb Prozent fallen.", True, [("percent", 2.5, "%", "about")], "Gottfried Rauchenberger"),
    ("de", "„Die Menschen spüren die Teuerung an der Kassa jeden einzelnen Tag“, sagte ein Sprecher der Arbeiterkammer.", False, [], None),
    # --- Feuerwehr Hamburg (dpa/lno) ---
    ("de", "Hamburg (dpa/lno) - Die Hamburger Feuerwehr ist im vergangenen Jahr zu hundertdreiundachtzigtausend Einsätzen ausgerückt, so oft wie nie zuvor.", True, [("count", 183000, None, None)], None),
    ("de", "Im Schnitt war ein Rettungswagen nach acht Minuten und vierzig Sekunden am Einsatzort, wie die Innenbehörde mitteilte.", True, [("duration", 8, "minute", None), ("duration", 40, "second", None)], None),
    ("de", "Das Ziel von zehn Minuten wurde damit in knapp drei Viertel der Fälle erreicht.", True, [("duration", 10, "minute", None), ("fraction", 0.75, None, "nearly")], None),
    ("de", "Oberbranddirektor Benedikt Hörmannsdorfer sagte, rund ein Fünftel der Notrufe habe sich als Bagatelle erwiesen.", True, [("fraction", 0.2, None, "about")], "Benedikt Hörmannsdorfer"),
    ("de", "„Der Notruf ist kein Ersatz für den Hausarzt am Wochenende“, sagte Hörmannsdorfer.", False, [], None),
    ("de", "Die Behörde will bis 2028 hundertzwanzig zusätzliche Notfallsanitäter einstellen.", True, [("year", 2028, None, None), ("count", 120, None, None)], None),
    # --- Arbeitsmarkt (dpa) ---
    ("de", "Nürnberg (dpa) - Im Oktober waren bundesweit knapp 2,86 Millionen Menschen arbeitslos gemeldet, 41.000 weniger als im September.", True, [("count", 2860000, None, "nearly"), ("count", 41000, None, None)], None),
    ("de", "Die Quote sank um 0,1 Prozentpunkte auf 6,1 Prozent, teilte die Bundesagentur für Arbeit mit.", True, [("percent", 0.1, "pp", None), ("percent", 6.1, "%", None)], "die Bundesagentur für Arbeit"),
    ("de", "Rund eine dreiviertel Million Menschen sind seit mehr als zwölf Monaten ohne Job.", True, [("count", 750000, None, "about"), ("duration", 12, "month", "over")], None),
    ("de", "BA-Vorständin Wiebke Ostendarp-Kiel sagte, in der Industrie seien binnen Jahresfrist gut sechzigtausend Stellen verloren gegangen.", True, [("count", 60000, None, "over")], "Wiebke Ostendarp-Kiel"),
    ("de", "„Der Arbeitsmarkt ist robust, aber er hat sichtbare Risse bekommen“, sagte Ostendarp-Kiel.", False, [], None),
    ("de", "Die Zahl der gemeldeten offenen Stellen lag bei 629.000, ein Minus von 8 Prozent.", True, [("count", 629000, None, None), ("percent", 8, "%", None)], None),
    # --- Ernte Niederösterreich (APA) ---
    ("de", "St. Pölten (APA) - Niederösterreichs Bauern haben heuer knapp 1,4 Millionen Tonnen Getreide geerntet, um ein Achtel weniger als im Vorjahr.", True, [("count", 1400000, None, "nearly"), ("fraction", 0.125, None, None)], None),
    ("de", "Der Weizenpreis lag zur Ernte laut Landwirtschaftskammer bei EUR 218 je Tonne.", True, [("money", 218, "EUR", None)], None),
    ("de", "Agrarlandesrat Kilian Hofstätter-Rainer sagte, jeder zweite Betrieb habe Ernteausfälle von mindestens 20 Prozent gemeldet.", True, [("fraction", 0.5, None, None), ("percent", 20, "%", "at_least")], "Kilian Hofstätter-Rainer"),
    ("de", "„Das Wetter bleibt der größte Unsicherheitsfaktor, den wir in der Landwirtschaft haben“, sagte Hofstätter-Rainer.", False, [], None),
    ("de", "Im Weinviertel fiel einundfünfzig Tage lang kein nennenswerter Niederschlag.", True, [("duration", 51, "day", None)], None),
    # --- Bundesliga (dpa) ---
    ("de", "Dortmund (dpa) - Borussia Dortmund ist durch ein 3:1 gegen den Tabellenzweiten auf den dritten Platz der Bundesliga vorgerückt.", True, [("ordinal", 2, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Vor 81.365 Zuschauern traf der Stürmer zweimal binnen elf Minuten.", True, [("count", 81365, None, None), ("count", 2, None, None), ("duration", 11, "minute", None)], None),
    ("de", "Es war sein fünfzehntes Saisontor im einundzwanzigsten Spiel.", True, [("ordinal", 15, None, None), ("ordinal", 21, None, None)], None),
    # --- Bundeshaushalt (dpa) ---
    ("de", "Berlin (dpa) - Das Parlament hat den Bundesetat für 2027 mit Ausgaben von 498,6 Milliarden Euro beschlossen.", True, [("year", 2027, None, None), ("money", 498600000000, "EUR", None)], None),
    ("de", "Die Neuverschuldung liegt bei knapp 79 Mrd. Euro, rund ein Sechstel der Ausgaben.", True, [("money", 79000000000, "EUR", "nearly"), ("fraction", 0.1667, None, "about")], None),
    ("de", "Für Verteidigung sind 2,1 Prozent der Wirtschaftsleistung eingeplant und damit mehr, als das Zwei-Prozent-Ziel der Nato verlangt.", True, [("percent", 2.1, "%", None), ("percent", 2, "%", None)], None),
    ("de", "Finanzminister Leopold Marquardsen sagte, jeder dritte Euro des Bundes fließe in die Sozialversicherungen.", True, [("fraction", 0.3333, None, None)], "Leopold Marquardsen"),
    ("de", "Die Opposition sprach von einem „Haushalt der verpassten Chancen“.", False, [], None),
    ("de", "„Wir sparen nicht gegen die Krise an, wir investieren aus ihr heraus“, sagte Marquardsen.", False, [], None),
    # --- Flughafen Wien (APA) ---
    ("de", "Schwechat (APA) - Der Flughafen Wien hat im ersten Halbjahr 14,2 Millionen Passagiere abgefertigt, um knapp ein Zehntel mehr als ein Jahr zuvor.", True, [("ordinal", 1, None, None), ("count", 14200000, None, None), ("fraction", 0.1, None, "nearly")], None),
    ("de", "Am verkehrsreichsten Tag, dem 29. Juni, wurden knapp hundertzehntausend Reisende gezählt.", True, [("date", "--06-29", None, None), ("count", 110000, None, "nearly")], None),
    ("de", "Zu Spitzenzeiten mussten Reisende an der Sicherheitskontrolle laut Flughafen bis zu eine Dreiviertelstunde warten.", True, [("duration", 0.75, "hour", "up_to")], None),
    ("de", "Vorständin Marlene Oberhuber-Sattler sagte, bis 2030 sollten jährlich vierzig Millionen Passagiere abgefertigt werden können.", True, [("year", 2030, None, None), ("count", 40000000, None, None)], "Marlene Oberhuber-Sattler"),
    ("de", "Anrainer in Schwechat und Umgebung fürchten durch die geplante dritte Piste noch mehr Fluglärm.", False, [("ordinal", 3, None, None)], None),
    # --- Kriminalstatistik (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Schweizweit sind im vergangenen Jahr 46'780 Einbruchdiebstähle angezeigt worden, gut ein Zwanzigstel weniger als im Vorjahr.", True, [("count", 46780, None, None), ("fraction", 0.05, None, "over")], None),
    ("de", "Jeder zweite Einbruch geschah laut dem Bundesamt für Statistik zwischen 17 und 21 Uhr.", True, [("fraction", 0.5, None, None)], None),
    ("de", "Die Aufklärungsquote lag bei 12,4 Prozent.", True, [("percent", 12.4, "%", None)], None),
    ("de", "Die Zahl der Fälle von Online-Betrug stieg um ein Viertel auf 31'200.", True, [("fraction", 0.25, None, None), ("count", 31200, None, None)], None),
    ("de", "Polizeikommandantin Cäcilia Lehnertz sagte, ein Drittel der Einbrecher reise gezielt für die Taten in die Schweiz ein.", True, [("fraction", 0.3333, None, None)], "Cäcilia Lehnertz"),
    ("de", "«Wer seine Tür nicht abschliesst, macht es den Tätern leicht», sagte Lehnertz.", False, [], None),
    # --- Juli-Bilanz (dpa) ---
    ("de", "Offenbach (dpa) - Der Juli war in Deutschland mit einer Durchschnittstemperatur von 20,4 Grad der drittwärmste seit Beginn der Aufzeichnungen 1881.", True, [("count", 20.4, None, None), ("ordinal", 3, None, None), ("year", 1881, None, None)], None),
    ("de", "An dreiundzwanzig Tagen wurden irgendwo im Land mindestens 30 Grad gemessen, teilte der Deutsche Wetterdienst mit.", True, [("duration", 23, "day", None), ("count", 30, None, "at_least")], "der Deutsche Wetterdienst"),
    ("de", "Im Schnitt fielen nur 52 Liter Regen pro Quadratmeter, knapp zwei Drittel der üblichen Menge.", True, [("count", 52, None, None), ("fraction", 0.6667, None, "nearly")], None),
    # --- Rail strike (Reuters) ---
    ("en", "LONDON, March 4 (Reuters) - Train drivers at three English rail operators will hold a 48-hour strike from Friday in a dispute over rosters, their union said on Tuesday.", True, [("date", "--03-04", None, None), ("count", 3, None, None), ("duration", 48, "hour", None)], None),
    ("en", "Some 4,200 drivers were balloted, and just over 81 per cent of those who voted backed the walkout.", True, [("count", 4200, None, "about"), ("percent", 81, "%", "over")], None),
    ("en", "Operators expected about two-thirds of services to be cancelled on both days.", True, [("fraction", 0.6667, None, "about")], None),
    ("en", "Rail Minister Crispin Thornbury said drivers had been offered a 4.5 per cent rise spread over two years.", True, [("percent", 4.5, "%", None), ("duration", 2, "year", None)], "Crispin Thornbury"),
    ("en", "\"Holding passengers to ransom is no way to settle a dispute about rosters,\" Thornbury said.", False, [], None),
    ("en", "The union's general secretary dismissed the offer as \"an insult wearing a pay rise costume\".", False, [], None),
    # --- UK inflation (Reuters) ---
    ("en", "LONDON, May 21 (Reuters) - British consumer price inflation fell to 2.6 per cent in April from 3.1 per cent in March, official figures showed on Wednesday.", True, [("date", "--05-21", None, None), ("percent", 2.6, "%", None), ("percent", 3.1, "%", None)], None),
    ("en", "Forecasters surveyed by Reuters had pencilled in a rate of 2.8 pct.", True, [("percent", 2.8, "%", None)], None),
    ("en", "Services prices, which the Bank of England tracks most closely, rose 4.4 per cent, its lowest since early 2022.", True, [("percent", 4.4, "%", None), ("year", 2022, None, None)], None),
    ("en", "Food prices rose by just under 3 per cent, with chocolate up almost a fifth on the year.", True, [("percent", 3, "%", "under"), ("fraction", 0.2, None, "nearly")], None),
    ("en", "Chief economist Rosalind Okonjo-Banks of Harlow Street Partners said the Bank would probably lower Bank Rate in June, by a quarter of a percentage point.", True, [("percent", 0.25, "pp", None)], "Rosalind Okonjo-Banks"),
    ("en", "\"The worst of the squeeze on family budgets is now firmly behind us,\" a Treasury spokesperson said.", False, [], None),
    # --- Euro zone inflation (Reuters) ---
    ("en", "Euro zone May inflation eases to 1.9 pct, below ECB target", True, [("percent", 1.9, "%", None)], None),
    ("en", "FRANKFURT, June 3 (Reuters) - Inflation in the 20 countries sharing the euro fell to 1.9% in May from 2.2% in April, Eurostat data showed on Tuesday.", True, [("date", "--06-03", None, None), ("count", 20, None, None), ("percent", 1.9, "%", None), ("percent", 2.2, "%", None)], None),
    ("en", "Core inflation, which excludes volatile food and energy prices, slowed to 2.3 pct.", True, [("percent", 2.3, "%", None)], None),
    ("en", "Markets now price in a roughly 70 pct chance of another rate cut in July.", True, [("percent", 70, "%", "about")], None),
    ("en", "Some policymakers worry that cutting too fast could rekindle price pressures.", False, [], None),
    # --- Ironvale Minerals (Reuters) ---
    ("en", "PERTH, Aug 12 (Reuters) - Ironvale Minerals said on Tuesday it would spend US$4bn on a new iron ore mine in the Pilbara, its largest investment since 2008.", True, [("date", "--08-12", None, None), ("money", 4000000000, "USD", None), ("year", 2008, None, None)], "Ironvale Minerals"),
    ("en", "The mine is expected to produce some 25 million tonnes a year from 2029 and employ about 1,100 people once running.", True, [("count", 25000000, None, "about"), ("year", 2029, None, None), ("count", 1100, None, "about")], None),
    ("en", "Chief executive Marguerite Holloway-Pike said the project would lift the company's output by roughly a third.", True, [("fraction", 0.3333, None, "about")], "Marguerite Holloway-Pike"),
    ("en", "Shares in the company rose 3.8% to A$18.45 by the close.", True, [("percent", 3.8, "%", None), ("money", 18.45, "AUD", None)], None),
    ("en", "\"This is a vote of confidence in Western Australia and in its people,\" Holloway-Pike told reporters.", False, [], None),
    ("en", "Analysts at one Sydney broker said the price tag looked ambitious given weaker Chinese steel demand.", False, [], None),
    # --- Chicago Marathon (AP) ---
    ("en", "CHICAGO (AP) - Twenty-five-year-old Ethiopian Tesfaye Birhanu Gelan won the Chicago Marathon on Sunday in two hours, four minutes and 52 seconds.", True, [("duration", 25, "year", None), ("duration", 2, "hour", None), ("duration", 4, "minute", None), ("duration", 52, "second", None)], None),
    ("en", "Some 47,000 runners started the race, the third-largest marathon in the world by number of finishers.", True, [("count", 47000, None, "about"), ("ordinal", 3, None, None)], None),
    ("en", "Kenya's Joseph Kiprotich Ngeno finished second, forty-one seconds behind.", True, [("ordinal", 2, None, None), ("duration", 41, "second", None)], None),
    ("en", "It was the first time in twelve years that an Ethiopian man had won in Chicago.", True, [("ordinal", 1, None, None), ("duration", 12, "year", None)], None),
    ("en", "Temperatures at the start were a cool 9 degrees Celsius.", True, [("count", 9, None, None)], None),
    ("en", "Race director Evander McTaggart said one hundred and twelve runners were treated for exhaustion, none of them seriously.", True, [("count", 112, None, None)], "Evander McTaggart"),
    # --- NSW nurses (AAP) ---
    ("en", "SYDNEY (AAP) - Nurses at public hospitals in New South Wales will stop work for 24 hours next week after rejecting a pay offer of 3 per cent a year.", True, [("duration", 24, "hour", None), ("percent", 3, "%", None)], None),
    ("en", "Two in every five nurses regularly work 12-hour shifts, according to the union.", True, [("fraction", 0.4, None, None), ("duration", 12, "hour", None)], None),
    ("en", "Health Minister Imogen Castlereagh said the state had hired some 2,300 extra nurses since March 2023.", True, [("count", 2300, None, "about"), ("year", 2023, None, None)], "Imogen Castlereagh"),
    ("en", "\"Our nurses deserve better than warm words,\" the union's state secretary told a rally outside parliament.", False, [], None),
    ("en", "About one in eight nursing posts in regional hospitals is vacant, according to state figures.", True, [("fraction", 0.125, None, "about")], None),
    ("en", "Castlereagh said she remained hopeful of a deal before the strike began.", False, [], None),
    # --- Denver runoff (AP) ---
    ("en", "DENVER (AP) - City councilwoman Lavinia Stroud won Denver's mayoral runoff on Tuesday with 53.8% of the vote, turning around a first round in which she had come second.", True, [("percent", 53.8, "%", None), ("ordinal", 1, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Stroud had trailed by nearly eleven points in April's first round.", True, [("percent", 11, "pp", "nearly"), ("ordinal", 1, None, None)], None),
    ("en", "Turnout was just under 39 per cent, election officials said.", True, [("percent", 39, "%", "under")], None),
    ("en", "Her rival, businessman Dashiell Okafor, conceded defeat late in the evening.", True, [], None),
    ("en", "Stroud said her first act in office would be to freeze bus fares for ninety days.", True, [("ordinal", 1, None, None), ("duration", 90, "day", None)], "Stroud"),
    ("en", "\"Denver chose hope over fear tonight,\" Stroud told cheering supporters.", False, [], None),
    # --- Corvid Systems (Reuters) ---
    ("en", "SAN FRANCISCO, Oct 29 (Reuters) - Corvid Systems, which sells cloud software, reported third-quarter revenue of $4.2bn on Wednesday, up 17% from a year earlier.", True, [("date", "--10-29", None, None), ("ordinal", 3, None, None), ("money", 4200000000, "USD", None), ("percent", 17, "%", None)], None),
    ("en", "Net income more than doubled to $612m, or 88 cents a share.", True, [("money", 612000000, "USD", None), ("money", 0.88, "USD", None)], None),
    ("en", "Corvid said it would cut about 1,400 jobs, or roughly one in every twelve roles, by the end of March.", True, [("count", 1400, None, "about"), ("fraction", 0.0833, None, "about")], "Corvid"),
    ("en", "Chief executive Tobias Quillfeather said artificial intelligence products now made up a fifth of new bookings.", True, [("fraction", 0.2, None, None)], "Tobias Quillfeather"),
    ("en", "\"We are at the very start of something enormous,\" Quillfeather said on a call with analysts.", False, [], None),
    ("en", "Shares jumped 9% in extended trading.", True, [("percent", 9, "%", None)], None),
    # --- Skipped meals (PA) ---
    ("en", "LONDON (PA) - Every fifth adult in England skipped a meal in the past month to save money, a survey by the Food Foundation found.", True, [("fraction", 0.2, None, None)], None),
    ("en", "Among households with children, the share rose to nearly three in ten.", True, [("fraction", 0.3, None, "nearly")], None),
    ("en", "Director Rufus Penhaligon said one hundred and forty thousand families had turned to a food bank for the first time this year.", True, [("count", 140000, None, None), ("ordinal", 1, None, None)], "Rufus Penhaligon"),
    ("en", "\"No one in a country this rich should have to go hungry,\" Penhaligon said.", False, [], None),
    ("en", "Every tenth respondent said they had also cut back on heating.", True, [("fraction", 0.1, None, None)], None),
    ("en", "A government spokesperson said ministers were \"listening carefully\" to the findings.", False, [], None),
    # --- French ATC strike (Reuters) ---
    ("en", "PARIS (Reuters) - Air traffic controllers in France walked out for a 48-hour strike on Thursday, forcing airlines to scrap some 1,700 flights.", True, [("duration", 48, "hour", None), ("count", 1700, None, "about")], None),
    ("en", "The civil aviation authority asked carriers to cut a quarter of departures at Paris Orly and a third of those at Marseille.", True, [("fraction", 0.25, None, None), ("fraction", 0.3333, None, None)], None),
    ("en", "It is the fifth walkout by the controllers since January.", True, [("ordinal", 5, None, None)], None),
    ("en", "Low-cost carrier Skylark Air said it had cancelled two hundred and thirty flights, affecting about forty thousand passengers.", True, [("count", 230, None, None), ("count", 40000, None, "about")], None),
    # --- UK house prices (Reuters) ---
    ("en", "LONDON (Reuters) - Average UK house prices rose 0.6% in September, taking the annual rate to 3.4%, mortgage lender Nationwide said on Tuesday.", True, [("percent", 0.6, "%", None), ("percent", 3.4, "%", None)], None),
    ("en", "A typical home now costs £271,400, just over seven times average earnings.", True, [("money", 271400, "GBP", None), ("count", 7, None, "over")], None),
    ("en", "Younger buyers now account for nearly two-fifths of all purchases made with a mortgage.", True, [("fraction", 0.4, None, "nearly")], None),
    ("en", "Nationwide chief economist Barnaby Quayle said prices in Northern Ireland had climbed 8.2% over the year, the fastest of any UK region.", True, [("percent", 8.2, "%", None)], "Barnaby Quayle"),
    ("en", "\"Buyers have shrugged off dearer mortgages far better than anyone expected,\" Quayle said.", False, [], None),
    ("en", "London prices fell 0.9%, making it the only region to post an annual decline.", True, [("percent", 0.9, "%", None)], None),
    # --- BC wildfires (Reuters) ---
    ("en", "VANCOUVER (Reuters) - Forty-three wildfires were burning across British Columbia on Monday, nine of them classed as out of control, the BC Wildfire Service said.", True, [("count", 43, None, None), ("count", 9, None, None)], None),
    ("en", "Some 3,600 residents of Lillooet and nearby communities have been ordered to leave their homes.", True, [("count", 3600, None, "about")], None),
    ("en", "Crews have battled the largest blaze for twenty-two days, and it now covers about 61,000 hectares.", True, [("duration", 22, "day", None), ("count", 61000, None, "about")], None),
    ("en", "Emergency Management Minister Kiran Desjardins said the province had spent C$212 million fighting fires this season, almost double last year's total.", True, [("money", 212000000, "CAD", None), ("count", 2, None, "nearly")], "Kiran Desjardins"),
    ("en", "Residents who fled said they feared there would be nothing left to come back to.", False, [], None),
    # --- U.S. jobs (Reuters) ---
    ("en", "WASHINGTON, Nov 7 (Reuters) - Payrolls in the United States grew by 163,000 in October, while the unemployment rate held at 4.2%, the Labor Department said on Friday.", True, [("date", "--11-07", None, None), ("count", 163000, None, None), ("percent", 4.2, "%", None)], None),
    ("en", "Economists polled by Reuters had forecast a gain of 120,000 jobs.", True, [("count", 120000, None, None)], None),
    ("en", "Average hourly earnings rose 11 cents, or 0.3%, to $36.42.", True, [("money", 0.11, "USD", None), ("percent", 0.3, "%", None), ("money", 36.42, "USD", None)], None),
    ("en", "Health care added some forty-six thousand jobs, about a quarter of the total.", True, [("count", 46000, None, "about"), ("fraction", 0.25, None, "about")], None),
    ("en", "Some traders bet the data would persuade the Fed to hold rates steady in December.", False, [], None),
    # --- Fraud sentence (PA) ---
    ("en", "LONDON (PA) - A former bank clerk who stole £1.3 million from elderly customers was sent to prison for seven and a half years at Snaresbrook Crown Court.", True, [("money", 1300000, "GBP", None), ("duration", 7.5, "year", None)], None),
    ("en", "Gregor Penwarden, 44, took money from thirty-one accounts over almost four years, the court heard.", True, [("duration", 44, "year", None), ("count", 31, None, None), ("duration", 4, "year", "nearly")], None),
    ("en", "His oldest victim was ninety-three.", True, [("duration", 93, "year", None)], None),
    ("en", "Judge Constance Aldridge-Moor said he must repay the money within three months or serve another two years.", True, [("duration", 3, "month", None), ("duration", 2, "year", None)], "Constance Aldridge-Moor"),
    ("en", "\"You preyed on the trust of people who had worked hard all their lives,\" the judge told him.", False, [], None),
    # --- Oil (Reuters) ---
    ("en", "Brent crude falls 2 pct as OPEC+ signals output rise", True, [("percent", 2, "%", None)], None),
    ("en", "SINGAPORE, Jan 15 (Reuters) - Brent crude futures fell $1.48, or 2%, to $74.10 a barrel by 0630 GMT.", True, [("date", "--01-15", None, None), ("money", 1.48, "USD", None), ("percent", 2, "%", None), ("money", 74.1, "USD", None)], None),
    ("en", "U.S. crude inventories climbed by 3.2 million barrels last week, while analysts had looked for a draw of some 1.5 million barrels.", True, [("count", 3200000, None, None), ("count", 1500000, None, "about")], None),
    ("en", "Two sources said the group was weighing an increase of about 400,000 barrels per day from March.", True, [("count", 2, None, None), ("count", 400000, None, "about")], None),
    # --- NHS waiting list (PA) ---
    ("en", "LONDON (PA) - Just over 7.4 million hospital treatments were still pending in England at the end of August, NHS England figures show.", True, [("count", 7400000, None, "over")], None),
    ("en", "Some 192,000 patients had spent over a year in the queue, a number down by roughly a fifth since January.", True, [("count", 192000, None, "about"), ("fraction", 0.2, None, "about")], None),
    ("en", "In A&E, 73.8 per cent of arrivals were dealt with inside four hours, short of the 78 per cent goal for March.", True, [("percent", 73.8, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)], None),
    ("en", "Health Secretary Declan Threlkeld said the waiting list would fall below seven million by next spring.", True, [("count", 7000000, None, "under")], "Declan Threlkeld"),
    ("en", "\"The tide is turning, though nobody should pretend the job is done,\" Threlkeld said.", False, [], None),
    ("en", "Patients' groups described the figures as \"deeply worrying\".", False, [], None),
    # --- Italy births (Reuters) ---
    ("en", "ROME (Reuters) - Italy recorded 371,000 births last year, the sixteenth consecutive annual fall and the lowest since the country was unified in 1861, statistics agency ISTAT said.", True, [("count", 371000, None, None), ("ordinal", 16, None, None), ("year", 1861, None, None)], None),
    ("en", "The fertility rate slipped to 1.18 children per woman, well short of the 2.1 that would hold the population steady.", True, [("count", 1.18, None, None), ("count", 2.1, None, None)], None),
    ("en", "Nearly one in every four Italians is now aged 65 or older.", True, [("fraction", 0.25, None, "nearly"), ("duration", 65, "year", None)], None),
    ("en", "Family Minister Ornella Castagnetti said the government would pay a 1,000-euro bonus for every child born from January.", True, [("money", 1000, "EUR", None)], "Ornella Castagnetti"),
    ("en", "Demographers doubt that one-off payments will reverse the trend.", False, [], None),
    # --- Rugby (Reuters) ---
    ("en", "LONDON (Reuters) - England beat Australia by twenty-seven points at Twickenham on Saturday, their biggest winning margin over the Wallabies.", True, [("count", 27, None, None)], None),
    ("en", "Winger Ollie Brankstone scored three tries in the space of eleven minutes either side of half-time.", True, [("count", 3, None, None), ("duration", 11, "minute", None)], None),
    ("en", "A sell-out crowd of 81,900 watched the match.", True, [("count", 81900, None, None)], None),
    ("en", "\"That was as complete a performance as I have seen from this group,\" England's coach said.", False, [], None),
    # --- Austral Wings (Reuters) ---
    ("en", "SYDNEY, Feb 19 (Reuters) - Austral Wings Group reported a 14 pct rise in first-half underlying profit to A$1.36bn on Thursday.", True, [("date", "--02-19", None, None), ("percent", 14, "%", None), ("ordinal", 1, None, None), ("money", 1360000000, "AUD", None)], None),
    ("en", "The group said it would buy twenty-four new narrowbody jets worth about US$3.1bn at list prices.", True, [("count", 24, None, None), ("money", 3100000000, "USD", "about")], "the group"),
    ("en", "Chief financial officer Lachlan Moorcroft said about 96% of seats had been filled on domestic routes in December.", True, [("percent", 96, "%", "about")], "Lachlan Moorcroft"),
    ("en", "Shares closed down 1.2% at A$9.84.", True, [("percent", 1.2, "%", None), ("money", 9.84, "AUD", None)], None),
    # --- Irish water (Reuters) ---
    ("en", "DUBLIN (Reuters) - Ireland will spend €1.2bn over five years on upgrading its water network, the government said on Tuesday.", True, [("money", 1200000000, "EUR", None), ("duration", 5, "year", None)], None),
    ("en", "About two in five litres of treated water are lost to leaks before reaching a tap, according to the state utility.", True, [("fraction", 0.4, None, "about")], None),
    ("en", "Housing Minister Ciara Mulrooney-Flynn said 2,400 kilometres of old mains would be replaced by 2031.", True, [("count", 2400, None, None), ("year", 2031, None, None)], "Ciara Mulrooney-Flynn"),
    ("en", "Households using more than 213,000 litres a year face a charge of €5 for every 1,000 litres above that.", True, [("count", 213000, None, "over"), ("money", 5, "EUR", None), ("count", 1000, None, None)], None),
    ("en", "\"Every drop we lose is money poured down the drain,\" Mulrooney-Flynn said.", False, [], None),
    # --- Broadway protest (AP) ---
    ("en", "NEW YORK (AP) - Thirty-eight people were arrested on Saturday after a protest over rent increases blocked traffic on Broadway for about two hours, police said.", True, [("count", 38, None, None), ("duration", 2, "hour", "about")], None),
    ("en", "Eleven officers suffered minor injuries.", True, [("count", 11, None, None)], None),
    ("en", "Organizers put the crowd at some five thousand, while police estimated fewer than two thousand.", True, [("count", 5000, None, "about"), ("count", 2000, None, "under")], None),
    ("en", "A city council member called the arrests \"a shameful overreaction\".", False, [], None),
    # --- College costs (AP) ---
    ("en", "WASHINGTON (AP) - The average sticker price at a private four-year college has reached $58,600 a year, up 4.1% on last year, the College Board said.", True, [("duration", 4, "year", None), ("money", 58600, "USD", None), ("percent", 4.1, "%", None)], None),
    ("en", "Fewer than one in five students pays the full price once grants are counted.", True, [("fraction", 0.2, None, "under")], None),
    ("en", "Students at public universities borrow an average of $29,400 by graduation.", True, [("money", 29400, "USD", None)], None),
    ("en", "Student debt in the United States now stands at roughly $1.7tn.", True, [("money", 1700000000000, "USD", "about")], None),
    ("en", "Twice as many students took out private loans as a decade earlier, the report found.", True, [("count", 2, None, None)], None),
    ("en", "\"A degree is still the best investment a young person can make,\" the College Board's president said.", False, [], None),
]
