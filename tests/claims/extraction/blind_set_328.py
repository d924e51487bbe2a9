"""Three-hundred-and-twenty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Almut Ridderbusch, Ortwin Klemmstein, Gerlinde Stubenvoll, the gearbox maker Rüttgerath
Antriebe, the car supplier Brennhofer with Reinhold Kapfenberger, Korbinian Hirschvogl,
Hemma Lichtenwörther, Marlies Vonderbank, Andrin Tgetgel-Brunner, Friederike
Sönnichsen-Paap, Brigitte Oberpaul-Reis, Cordula Weihrauch-Menz, Ulrike Schwarzlmüller,
Selina Betschart-Wyss, Katharina Haidegger-Strobl, Leonie Ertl-Hagen; the property portal
Hearthline with Maeve Tregunna, Thaddeus Wickerby, Lionel Beauchamp-Ayre, the budget carrier
Aerlochan with Dermot Gilhooly-Nash, the carmaker Tsukigase Motor with Ryota Imaizumi,
Arvind Raghavachari-Bose, Priya Ansell-Marsh, Pendlebury Energy, the lander maker
Selenecraft with Imani Ilesanmi-Pryce, Callum Dwyer-Finch, Matej Kovarik, Lorenzo Fabbrizi,
Casper Wennerholm, Ottilie Fenwick-Slade, Hurricane Oriel, Desmond Allardyce-Reid, Dario
Velazquez-Ortega, Craig Maddox-Yarrow, Tobias Ferrabee, Alistair Polkinghorne, Rory
Flintshaw, Joaquín Bustamante-Roca; every unnamed trader, analyst, economist, agent, dealer,
parent, doctor, official, forecaster, lift operator and spokesperson); ministers,
chancellors, governors, judges, executives and officials of real governments, courts and
bodies appear under made-up names that stand for no real holder, or by their role only
(„eine Sprecherin“, „ein Händler“, "the city's pollution control board"). Real bodies,
firms, clubs, events and places (GDL, Deutsche Bahn, Luegbrücke, Brennerautobahn, Asfinag,
Wipptal, Dax, Xetra, EZB, IG Metall, Esslingen, Heilbronn, Flughafen München, Lufthansa,
Statistik Austria, Arbeiterkammer, Heumarkt, Kwartier Latäng, Gürzenich, Statistisches
Bundesamt, SBB, Gümligen, Hamburger Hafen, Hafen Hamburg Marketing, Rotterdam,
Antwerpen-Brügge, Haushaltsausschuss, Bundestag, Bundeswehr, Landgericht Leipzig, Deutscher
Wetterdienst, Zugspitze, B23, Bayerische Zugspitzbahn, ADAC, Rathausplatz, Freyung, Levi,
SRF; Bank of England, Christie's, Boeing, LSEG, World Health Organization, Punjab, Haryana,
NHS England, OPEC, OPEC+, Brent, NASA, the Australian Bureau of Statistics, the Reserve
Bank, the Labor Department, CME Group's FedWatch tool, the ATP Finals, the ATP, the ONS, the
U.S. National Hurricane Center, the Blue Mountains, Port Royal, the Boston Red Sox, The
Associated Press, Twickenham, and the datelines' cities) stand for the way wire copy names
them; every price, rate, tally, count, share, time, sum, age, date and quote here is
invented, and where a real figure came to mind (a real prize purse, a real season ticket
price, a real port's throughput, a real pollution guideline ratio, a real strike demand) it
was changed.

Its weight: HARD NUMBER FORMS, tenth round (the hundred-ninety-ninth, two-hundred-and-tenth,
two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth, two-hundred-and-eighty-first,
two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh, three-hundred-and-eighth and
three-hundred-and-twenty-first batches were the first nine rounds, and the seventeenth
weighed the same forms long before them; their decisions are kept, those of the
three-hundred-and-eighth and three-hundred-and-twenty-first first of all) - one ordinary
wire week, Monday, November 9, to Saturday, November 14, as 30 short stories in date order
with the German and English desks interleaved, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, quotes, the other side): a rail warning strike,
British asking prices, a motorway bridge on the Brenner, a New York evening sale, an Irish
airline's half year, a Dax record, a Japanese carmaker's cut forecast, job cuts at a car
supplier, smog in New Delhi, Munich airport, flu in England's hospitals, Austrian inflation,
OPEC's monthly report, the carnival's start in Cologne, Germany's care statistics, a lunar
lander's launch, the Swiss timetable change, Australian jobs, the port of Hamburg, U.S.
consumer prices, the ATP Finals, the federal budget committee, British GDP, an investment
fraud verdict in Leipzig, a hurricane in Jamaica, early snow in the Alps, a baseball
contract, Vienna's Christmas markets, the slalom in Levi and a rugby Test at Twickenham.
Half German (dpa with its regional slugs "dpa/lsw", "dpa/lby", "dpa/lnw", "dpa/lno" and
"dpa/sn", dpa-AFX, APA, Keystone-SDA; Austrian „Anrainer“, „heuer“, „Häferl“, „Standler“,
„Steffl“, Swiss „Billettpreise“, „Stosszeiten“, „Fr. 1,27 Mia.“, „Fr. 4'185“, «» quotes,
German „“ quotes), half English (Reuters with dated datelines, AP, PA, AAP). Its weight is
the forms numbers take, in shapes the earlier rounds did not use: durations glued to
adjectives (the issue's „fünfstündigen“ in new shapes: „achtundvierzigstündigen“,
„dreiviertelstündigen“, „viertelstündige“, „anderthalbjährigen“, „zweieinhalbtägigem“,
„vierzehntägige“, „achtzehnmonatigen“, „knapp fünfzehnstündigen“, "a four-and-a-half-day
journey", "a 2½-hour descent", "a quarter-hour bidding war", "five-and-a-half weeks", "their
biggest one-day fall"); halves and quarters of units and scale words (compounds with
„dreiviertel“, „-einhalb“ and „anderthalb“ and their English twins: „ein dreiviertel Jahr“,
„eineinviertel Stunden“, „dreieinviertel Jahren“, „anderthalb Tage“, „anderthalb Jahren“,
„anderthalb Dutzend“, „ein gutes halbes Dutzend“, „eine dreiviertel Million“, „eine
Dreiviertelmillion“, „seit einem Vierteljahrhundert“, "a decade and a half", "a century and
a half", "a day and a half", "a year and a half", "a quarter-century", "a million and a
half", "one and a half million", "a quarter of a billion dollars", "three and a quarter
times", "one-and-a-half times"); suspended number words and ranges („zehn- bis
zwölftausend“, „zwei- bis dreihundert“, „drei- bis viermal“, "the next 48 to 72 hours");
number words and idioms ("a baker's dozen", "Forty-one of the 52", „Vier von fünf“,
„zwölfeinhalb Prozent“, „zum hundertsten Mal“, „dreiunddreißigste“); fractions in words
(„drei Achteln“, „ein gutes Siebtel“, „gut jeder dritte“, „knapp zwei Fünftel“, „nicht ganz
halb so hoch“, „Jeder Siebte“, "three-eighths", "a third or so", "three-tenths of a
percentage point", "one in every eight", "just under two-fifths", "a tenth or more"); hedges
in unusual shapes („gut und gerne“, „knapp über“, „nicht ganz“, "40-odd", "20,000-odd",
"$2bn-plus", "20-plus months", "better than", "or so", "or more") and look-alikes that bound
nothing ("pushing annual inflation up to", "top the $1 billion mark"); German digit
grouping, decimal commas and a price with a dash for its cents („5,– Euro“, „1:49,37
Minuten“, „0,62 Mio. TEU“); money with scales in six currencies ("1,250 crore rupees ($141
million)", "1.12 trillion yen ($7.3 billion)", „524,6 Mrd. Euro“); and names with figures
that count nothing ("737 MAX 8-200", "PM2.5", "B23", „Dreigestirn“, „Doppelspur“,
"hat-trick", scores, clock times beside a date: „am 11.11. um 11.11 Uhr“). Negatives stand
beside them - about a quarter of the rows: rhetoric in quotes from spokespeople, ministers,
executives, officials, a winner, a player, a coach and a general manager, labels („sprach
von“, „sprechen von“), verdicts with „halten ... für“, fears, doubts, hopes, beliefs,
thoughts, expectations and confidence, appeals, advice and a warning that name no measure,
feelings, vox pops and scene colour; none of them carries a figure.

238 rows (120 German, 118 English), 56 negatives (28 German, 28 English), 182 check-worthy
rows of which 3 carry no figure (2 German, 1 English), 375 expected quantities (114 counts,
67 durations - 25 in years, 14 in hours, 9 in days, 7 in minutes, 7 in months, 3 in seconds,
2 in weeks -, 47 amounts of money - 20 EUR, 17 USD, 5 JPY, 2 CHF, 2 GBP, 1 INR -, 45
percentages - 43 in %, 2 in percentage points -, 40 ordinals, 37 fractions, 15 dates, 10
years; none of them in a negative), 35 checked speakers (20 German, 15 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, belief, thought, expectation, confidence or
  piece of rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, hundred-ninety-ninth, two-hundred-and-ninety-seventh,
  three-hundred-and-eighth, three-hundred-and-twenty-first); a reported fact, figure, step,
  plan or forecast is check-worthy with its speaker, also in Konjunktiv I. Pairs from one
  speaker: Ridderbusch's ten to twelve thousand connections, Tregunna's 71 days,
  Stubenvoll's 250 lorries, Beauchamp-Ayre's 31 countries, Gilhooly-Nash's 207 million
  passengers, Kapfenberger's sales, Ansell-Marsh's one bed in eight, Hirschvogl's 1,2
  Millionen Fluggäste, Lichtenwörther's third, Dwyer-Finch's 1.1 million jobs,
  Tgetgel-Brunner's every second traveller, Sönnichsen-Paap's day and a half,
  Ilesanmi-Pryce's 14 days, Fenwick-Slade's 1.4%, Allardyce-Reid's 1,130 people,
  Schwarzlmüller's 212 stalls and Polkinghorne's injury news beside their quotes; Imaizumi's
  450 billion yen beside his confidence ("said he was confident";
  two-hundred-and-eighty-ninth). Negatives otherwise: labels („sprach von einem „Kahlschlag
  mit Ansage““, „sprach von einem „Haushalt auf Pump ...““, „sprechen von einer „tickenden
  Zeitbombe““), verdicts with „halten ... für“ (four times; hundred-ninety-ninth), fears
  („Viele Pendler fürchten“, „Anrainer ... fürchten“, „fürchten viele“, "Residents of
  low-lying Port Royal fear"), doubts ("privately doubt", "said they doubted",
  „Pendlerverbände bezweifeln“), hopes ("Investors hope", "Scientists hope", "Italian fans
  still hope", „Die Standler hoffen“), expectations, beliefs and thoughts without a figure
  ("said they expected", "said they thought" twice, "said they believed";
  two-hundred-and-fourth, two-hundred-and-forty-ninth), appeals and advice that name no
  measure ("Health officials urged", "Doctors urged", „Der Wetterdienst riet“;
  three-hundred-and-eighth), a warning that names no measure ("Employers' groups cautioned
  that ..."; two-hundred-and-fourth), feelings („zeigten sich ... enttäuscht“, „sehen sich
  ... allein gelassen“, „mit gemischten Gefühlen“), vox pops („sagte ein Händler“, "said one
  parent", „sagte ein Liftbetreiber“) and scene colour ("Red Sox fans have waited a long
  time", "Many in the stadium felt"). Check-worthy without a figure: „Die IG Metall kündigte
  an, am Donnerstag ... zu protestieren.“ and „Der Verteidiger kündigte an, Revision
  einzulegen.“ (announced steps, two-hundred-and-forty-ninth) and Polkinghorne's word that
  his fly-half will miss the next game (a reported fact).
- Durations glued to adjectives (the issue's „fünfstündigen“ and „dreitägige“; every round).
  New: „achtundvierzigstündigen Warnstreik“ is 48 hours and „nach einer achtzehnmonatigen
  Übergangsfrist“ 18 months - a two-part number word fused before „-stündig“ or „-monatig“
  is read whole, as „zweiunddreißigtausend“ (two-hundred-and-ninety-seventh) and „das
  Sechsundzwanzigfache“ (three-hundred-and-twenty-first). New: „mit einer
  dreiviertelstündigen Verspätung“ is 0.75 hours and „für eine viertelstündige Pause“ 0.25
  hours - the fraction word fused before „-stündig“ gives its share of the hour, as „eine
  Dreiviertelstunde“ (fourteenth), „nach einem halbstündigen Gespräch“ (fourteenth) and
  „zweieinhalbstündigen“ (hundred-twentieth, two-hundred-and-eighty-first). New: „wegen
  einer anderthalbjährigen Generalsanierung“ is 1.5 years and „Nach zweieinhalbtägigem
  Dauerschneefall“ 2.5 days - „anderthalb“ and „-einhalb“ before „-jährig“ and „-tägig“ as
  before „-stündig“ (three-hundred-and-eighth: „anderthalbstündigen Sperre“;
  two-hundred-and-thirty-fourth: „dreieinhalbjährigen Reise“). New: „eine vierzehntägige
  Frist“ is 14 days - „vierzehn-“ before „-tägig“ counts days as „dreitägige“ does; only the
  adverb „vierzehntäglich“ (every other week, not used here) would name a frequency and
  carry none, as „jährlich“. „Nach einer knapp fünfzehnstündigen Bereinigungssitzung“ 15
  hours "nearly" (hundred-ninety-ninth: „knapp neunstündigen“). New: "set off a quarter-hour
  bidding war" is 0.25 hours - the English of „eine Viertelstunde“ (seventeenth), hyphenated
  before its noun as "a two-week visit" (the issue). "a four-and-a-half-day journey" 4.5
  days (two-hundred-and-tenth: "a two-and-a-half-hour failure"), "a 2½-hour descent" 2.5
  hours (three-hundred-and-twenty-first: "3½ hours"), "for five-and-a-half weeks" 5.5 weeks,
  "the 15-minute target" 15 minutes ("longer than the" before the article no hedge,
  three-hundred-and-twenty-first), "the five-year average" 5 years, "their biggest one-day
  fall" 1 day (three-hundred-and-twenty-fourth: "their biggest one-day drop"), "an 11-year,
  $412.5 million contract" 11 years (two-hundred-and-tenth: "a 12-year, $465 million
  contract").
- Halves and quarters of units (twelfth, fourteenth, two-hundred-and-forty-ninth,
  three-hundred-and-eighth, three-hundred-and-twenty-first). New: „um ein dreiviertel Jahr
  verzögert“ is 0.75 years - the share written apart from „Jahr“ as in „eine dreiviertel
  Million“ (two-hundred-and-ninety-seventh) and fused in „seit einem Dreivierteljahr“
  (two-hundred-and-forty-ninth). „Staus von bis zu eineinviertel Stunden“ 1.25 hours "up_to"
  and „zu dreieinviertel Jahren Haft“ 3.25 years (two-hundred-and-sixty-fifth:
  „dreieinviertel Stunden“), „um anderthalb Tage“ 1.5 days, „seit anderthalb Jahren“ 1.5
  years (two-hundred-and-eighty-first: „anderthalb Jahre“), „seit einem Vierteljahrhundert“
  and "in a quarter-century" 25 years (fifty-ninth), "eight and a half minutes" 8.5 minutes
  (twentieth: "seven and a half years"). New: "in a decade and a half" is 15 years - the
  English of „seit anderthalb Jahrzehnten“ (three-hundred-and-twenty-first), "and a half"
  after a unit adding half of it as in "just over an hour and a half"
  (hundred-seventy-sixth); "over a day and a half" 1.5 days and "a run stretching back a
  year and a half" 1.5 years read the same way ("over" before a span no hedge,
  fifty-second). New: "in more than a century and a half of records" is 150 years "over" - a
  span of centuries is read in years as "half a century after" 50 years (fifty-ninth) and
  „mehr als ein halbes Jahrhundert“ (three-hundred-and-twenty-first), while "a
  once-in-a-century downpour" (three-hundred-and-twenty-first) names a frequency and carries
  none.
- Number words, dozens and scale words (seventeenth, two-hundred-and-tenth,
  two-hundred-and-ninety-seventh, three-hundred-and-eighth). New: „zehn- bis zwölftausend
  Zugverbindungen“ are counts 10,000 and 12,000 and „zwei- bis dreihundert Stellen“ 200 and
  300 - the first part of a suspended number word takes the scale of the second, as the
  first part of „drei- bis vierstündige Sperrungen“ takes the hours (two-hundred-and-tenth)
  and the first figure of „250 bis 300 Mio. Euro“ the millions (three-hundred-and-eighth);
  „drei- bis viermal so viele“ 3 and 4 (two-hundred-and-tenth: „ein- bis zweimal“). New:
  „mithilfe von anderthalb Dutzend Scheinfirmen“ is 18 and „ein gutes halbes Dutzend neue
  Ziele“ 6 "over" - the number word multiplies the dozen as in „knapp vier Dutzend“
  (three-hundred-and-eighth) and „ein halbes Dutzend Vorschläge“ (hundred-fortieth), the
  inflected „gut“ the hedge (two-hundred-and-sixty-fifth: „ein gutes Zehntel“). New: "a
  baker's dozen of NASA instruments" is count 13 - the idiom names a fixed number as "a
  score of" names 20 (three-hundred-and-eighth). New: "roughly a million and a half homes"
  is 1,500,000 "about" - "and a half" after the scale word adds half of it, as "12 and a
  half years" (two-hundred-and-tenth) - and "one and a half million fewer than planned"
  1,500,000, the English of „eineinhalb Millionen“ (two-hundred-and-eighty-first). „knapp
  eine dreiviertel Million“ 750,000 "nearly" (two-hundred-and-ninety-seventh), „rund eine
  Dreiviertelmillion Besucher“ 750,000 "about" (three-hundred-and-twenty-first:
  „Dreiviertelmilliarde“), „um knapp eine Million“ 1,000,000 "nearly" (the article before a
  magnitude its figure one, seventeenth), "roughly a quarter of a billion dollars" 2.5e8 USD
  "about" (two-hundred-and-forty-ninth: "a quarter of a million homes";
  three-hundred-and-eighth: "half a trillion dollars"). „Zum hundertsten Mal in diesem Jahr“
  ordinal 100 (hundred-forty-second: „zum tausendsten Mal“), „seine dreiunddreißigste
  Saison“ 33 (two-hundred-and-ninety-seventh: „einundzwanzigsten“), "Forty-one of the 52
  lots" 41 and 52, „Vier von fünf“ 0.8 (tenth: „Drei von vier“), „zwölfeinhalb Prozent“ 12.5
  and „zweieinhalb Prozent“ 2.5 (three-hundred-and-eighth: „dreieinhalb Prozent“), „gut
  einem Prozent“ 1 "over" (hundred-thirty-ninth: „von gut einem Prozentpunkt“), „zweimal“,
  "crossed twice" and "sin-binned twice" 2. Vague magnitudes carry none: „Millionen Pendler“
  (two-hundred-and-tenth), "a fraction below" (a small unnamed amount).
- Hedges in new shapes, mapped to the names in use. New: "40-odd of the 120 local authority
  areas" is 40 "about" and "a gain of 20,000-odd positions" 20,000 "about" - "-odd" after a
  round figure marks it as approximate, as "some" before it does. New: "total $2bn-plus" is
  2e9 USD "over" and "for 20-plus months" 20 months "over" - "-plus" after a figure bounds
  it from below as "more than" before it does. New: "by better than 2%" and "a better than
  70% probability" are "over" - "better than" before a figure as "upwards of" and "in excess
  of" (fifty-third). New: "a third or so of the pollution" is 0.3333 "about" - "or so" after
  a figure marks it approximate, as "give or take" after a figure (thirty-seventh) and
  „rund“ before it. New: „gut und gerne 60.000 Jecken“ is 60,000 "over" - the idiom
  strengthens „gut“, which is "over" in every round. New: „knapp über 24.500 Punkten“ and
  „knapp über 4 Prozent“ are "over" - the preposition names the side and „knapp“ only
  narrows the distance, as "just over" (hundred-forty-first) and „knapp unter 7.000 Fällen“
  "under" (hundred-ninety-sixth); before an article („knapp über der Fünf-Prozent-Hürde“) it
  bounds no figure (hundred-third, hundred-sixteenth). New: „nicht ganz halb so hoch“ is
  fraction 0.5 "nearly" - "not quite" reaches the figure from below as „fast“ does, and
  „halb so“ is the share as in „weniger als halb so viele“ (hundred-ninety-ninth). "a tenth
  or more" 0.1 "at_least" (hundred-eighteenth: "or more"). No hedge: "pushing annual
  inflation up to 3.1%" ("up to" after "pushing ... up", hundred-thirty-ninth,
  three-hundred-and-twenty-fourth), "to top the $1 billion mark"
  (two-hundred-and-forty-ninth: "topped 61,000", „die Marke von“), "short of the 75% goal"
  (before the article), „im Schnitt“, „durchschnittlich“, "an average of", "on average",
  „zusammen“, „zeitweise“, „zuletzt“, „bereits“, „weiterhin“, „nur“, „sogar“, „zunächst“, "a
  net", "only", "just", „bis“ and "to" in a range.
- Fractions (the issue; every round): „gut jeder dritte Zug“ 0.3333 "over", „knapp zwei
  Fünftel“ 0.4 "nearly", „gut ein Viertel mehr“ 0.25 "over" (the „mehr“ compares,
  hundred-fifty-second), „um ein gutes Siebtel“ 0.1429 "over" (two-hundred-and-sixty-fifth:
  „ein gutes Zehntel“), „knapp ein Drittel über dem Schnitt“ 0.3333 "nearly", „drei Achteln
  der ... Belegschaft“ 0.375, „um gut ein Zehntel“ 0.1 "over", „knapp ein Zehntel mehr“ 0.1
  "nearly", „rund ein Drittel der Teuerung“ 0.3333 "about", „um ein Viertel“ 0.25, „etwa
  halb so viele“ 0.5 "about" (hundred-ninety-ninth: "halb so viele"), „knapp drei Fünftel“
  0.6 "nearly", „Jeder Siebte“ 0.1429, „sogar jeder Vierte“ 0.25, „rund ein Sechstel mehr“
  0.1667 "about", „jeder zweite Reisende“ 0.5, „Rund jeder vierte Container“ 0.25 "about",
  „gut ein Fünftel“ 0.2 "over", „Gut zwei Drittel“ 0.6667 "over", „weniger als ein Siebtel“
  0.1429 "under", „fast ein Drittel mehr“ 0.3333 "nearly", „bei knapp jedem zehnten“ 0.1
  "nearly"; "by nearly a fifth" 0.2 "nearly", "three-eighths of it" 0.375, "half of all
  government staff" 0.5 (two-hundred-and-eighty-ninth: "half of the sentence"), "one in
  every eight" 0.125 (two-hundred-and-ninety-seventh: "one in every twelve"), "just under
  two-fifths" 0.4 "under", "up by a quarter" 0.25, "a roughly two-in-five chance" 0.4
  "about" (two-hundred-and-forty-ninth), "roughly a third of the CPI basket" 0.3333 "about",
  "roughly a fifth of it" 0.2 "about", "roughly two-fifths" 0.4 "about", "half the pace" 0.5
  (two-hundred-and-eighty-ninth).
- Percentages: „Prozent“ and "%" in %, points in pp (twenty-seventh,
  three-hundred-and-eighth): "three-tenths of a percentage point" 0.3 pp
  (three-hundred-and-eighth: "two-tenths of a percentage point"), "a quarter-point rate cut"
  0.25 pp (eleventh), "as much as" and „bis zu“ "up_to", "above 3%" "over", "down about 40%"
  "about", "94% full on average" 94 (two-hundred-and-sixty-fifth: "on average" no hedge),
  "3.0%" kept as written (seventy-first).
- Money in the currency written (every round): EUR („1.500 Euro“, „312,5 Mio. Euro“, „312,40
  Euro“, „7,9 Mrd. Euro“, „1,46 Mrd. Euro“, „3.108 Euro im Monat“, „524,6 Mrd. Euro“, „gut
  3,5 Mrd. Euro“ "over", „zusammen 143,7 Mrd. Euro“, „108 Mrd. Euro“, „14,7 Mio. Euro“,
  „Knapp 1,9 Mio. Euro“ "nearly", „5,80 Euro“, „um 30 Cent mehr“ 0.3 EUR -
  hundred-thirty-eighth: „6,83 Cent“ -, "2.07 billion euros", "0.225 euros a share, up from
  0.175 euros", "750 million euros"), USD („1,0862 US-Dollar“ and „1,0849 Dollar“ as
  exchange rates in the priced currency, fourteenth; "$1.3124"; "$1.38 billion", "$94.7
  million", "$29 million", "$7.3 billion" in brackets a second amount - fifteenth -, "$141
  million", "61 cents" 0.61 - hundred-nineteenth -, "$63.18 a barrel", "$118.6 million", "as
  much as $5.3 million" "up_to", "$412.5 million", "a $40 million signing bonus"), JPY
  ("1.12 trillion yen", "241.6 billion yen", "the 268 billion yen", "about 450 billion yen"
  "about", "as much as 300 billion yen" "up_to"), GBP ("£5,312", "£362,940"), CHF („Fr. 1,27
  Mia.“ - hundred-ninety-ninth: „Fr.“; two-hundred-and-tenth: „Mia.“ -, „Fr. 4'185“ with the
  Swiss apostrophe), INR ("1,250 crore rupees" 1.25e10 - hundred-ninety-ninth: crore). New:
  „verlangen die meisten Standler 5,– Euro“ is 5 EUR - the dash after the decimal comma
  stands for zero cents in the German price form, as „5,00 Euro“ would be written. "a
  barrel", "a share", „im Monat“, „pro Jahr“, „pro Stunde“, „jährlich“ carry none.
- German digit grouping and decimal commas (the issue; every round): „24.500“, „40.000“,
  „11.000“, „1.100“, „1.250“, „60.000“, „812.000“, „2.300“, „1.150“, „20.000“, „3.108 Euro“;
  „1,8“, „1,25“, „1,0862“, „84,6 Jahre alt“ 84.6 years (hundred-ninety-ninth: "38.7 years"),
  „1,35 Meter“ count 1.35 (a measure is a count, fourth), „0,62 Mio. TEU“ 620,000 and „5,91
  Mio. Standardcontainer (TEU)“ 5,910,000 (the abbreviation in brackets none), „9,8 Mio.
  TEU, Antwerpen-Brügge auf 9,4 Mio.“ both (the unit written once serving the elliptic
  figure, hundred-twenty-second), „in 1:49,37 Minuten“ 1 minute and 49.37 seconds
  (three-hundred-and-eighth: „1:32,18 Minuten“), „mit 41 Hundertsteln Vorsprung“ 0.41
  seconds and „mit neun Zehnteln Rückstand“ 0.9 seconds (hundred-sixty-sixth: „um 14
  Hundertstel“; sixty-first and three-hundred-and-twenty-second: „um drei Zehntel“).
- Ordinals in words and digits (the issue's „die drittgrößte Stadt“; every round): „der
  ersten Schätzung 2022“ 1 and the year (hundred-ninety-ninth: „nach einer ersten
  Schätzung“), „in den ersten drei Quartalen“ 1 and count 3 (fifteenth: „drei Quartale“),
  „in den ersten neun Monaten“ 1 and 9 months (three-hundred-and-twenty-first: "the first
  four months"), „eine zweite tägliche Verbindung“ 2, „im ersten Jahr“ 1
  (two-hundred-and-fourth), „auf Rang zwei“ 2, „Generalabonnement 2. Klasse“ 2
  (hundred-twenty-fifth), „in der zweiten Dezemberwoche in zweiter und dritter Lesung“ 2, 2
  and 3 (two-hundred-and-fourth: „in erster Lesung“), „ihren dritten Weltcupsieg“ 3, „Dritte
  wurde“ 3, „nach dem ersten Durchgang nur Siebte ... im zweiten“ 1, 7 and 2, „zum ersten
  Mal seit anderthalb Jahren“ 1 and 1.5 years, „der zweite Slalom ..., der erste Lauf“ 2 and
  1; "only the third single-owner sale" 3, "first-half" 1 (hundred-fiftieth),
  "third-largest" 3, "the second half" 2, "for a sixth straight day" 6, "its third cut in as
  many months" 3 ("in as many months" none, hundred-ninety-ninth), "for a second straight
  month" 2, "the first decline in 17 months" 1 and 17 months, "Second-seeded" 2
  (two-hundred-and-eighty-first), "Italy's No. 1" 1 (three-hundred-and-twenty-first: „die
  Nr. 1 der Weltrangliste“), "third-quarter" 3 (fifteenth), "the 14th named storm" 14,
  "finished second" 2, "after the fourth and seventh seasons" 4 and 7
  (two-hundred-and-tenth: each ordinal of a coordination its own), "its 31st flight" 31,
  "ninth straight Test win" 9, "his fifth cap" 5, "in the first 13 minutes" 1 and 13
  minutes. None: „erstmals“, „einen Rekord“, "the top lot", "a record".
- Counts otherwise (every round): multiples („gut das Doppelte“ 2 "over", "more than 27
  times" 27 "over", "almost three times" 3 "nearly", "risen one-and-a-half times" 1.5 -
  two-hundred-and-eighty-first: "roughly one-and-a-half times" -, "more than three and a
  quarter times its low estimate" 3.25 "over" - three-hundred-and-eighth: "three and a
  quarter hours"; three-hundred-and-twenty-first: "about 1.4 times"); definite groups ("21
  of the 29", "38 of his 43", "23 of his last 25", "11 of their 12", "two of their previous
  three", "Only two of the last five", "40-odd of the 120"; forty-first); measures („1,35
  Meter“, „41 Zentimeter“, „auf zusammen 212 Kilometern“, "412 micrograms per cubic metre",
  "top winds of 120 mph", "at 14 mph", "up to 18 inches" "up_to", "The 1,340-pound
  spacecraft" 1,340 - two-hundred-and-sixty-fifth: "the 480-metre-wide rock"), temperatures
  („bis zu minus 14 Grad“ -14 "up_to"; two-hundred-and-eighty-ninth), levels on a scale ("a
  Category 1 storm" 1; hundred-thirty-fifth), index points („knapp über 24.500 Punkten“),
  trading days („der vergangenen 30 Handelstage“ 30; fifteenth: „28 Verhandlungstage“),
  tallies („höchstens 250 Lkw pro Stunde“ "at_most", „mehr als 1.100 Maschinen“ "over",
  „rund 150 Lkw“ "about", „148 Stände“, „212 Stände“, "A crowd of 81,604", "24 unanswered
  points", "14 aces", "a net 14,300 jobs" - "a net" no hedge -, "At least seven people"
  "at_least", "about 240,000 customers", "1,130 people ... in 96 shelters", "38 homers with
  104 RBIs", "two winters ago" 2 - three-hundred-and-twenty-first: "two seasons ago"). New:
  "an 11,400-strong crowd" is count 11,400 - "-strong" after a figure names a head count as
  "A crowd of 42,318" (three-hundred-and-twenty-first) does. None: "a hat-trick of tries"
  (fifteenth: "The striker's hat-trick"), the scores "38-17" and "7-6 (5), 6-4"
  (hundred-thirty-third), "737 MAX 8-200" (a type name, two-hundred-and-eighty-first:
  "Boeing 737 MAX 10 jets"), "PM2.5" (hundred-sixtieth), "B23" (two-hundred-and-forty-ninth:
  "A8"), „Dreigestirn“ and „Doppelspur“ (number words inside names of things,
  three-hundred-and-twenty-first), "OPEC+", "the top lot".
- Durations otherwise and ages: „binnen zwei Jahren“, „binnen 24 Stunden“, „in den kommenden
  sechs Wochen“, „vor fünf Jahren“, „zweieinhalb Stunden“ („zeitweise“ no hedge), „bei zwölf
  Monaten Laufzeit“ 12 months, „um sechs auf 54 Minuten“ both (hundred-fifth: „um zwölf
  Minuten auf 63 Minuten“), „im Halbstundentakt“ 0.5 hours (hundred-fifth), „höchstens zwei
  Jahren“ "at_most", „viereinhalb Jahre“ 4.5 years; "an average of 71 days ..., up from 58
  days" both, "12,600 hours", "over two years", "the next 48 to 72 hours" both
  (two-hundred-and-eighty-first: "48 to 72 hours"), "in the six months to Sept. 30" 6 months
  and the date, "about 14 Earth days" "about" (two-hundred-and-tenth), "two hours and eight
  minutes" each part, "the previous three months" 3 months. Ages: „einen 57-Jährigen“, „Die
  24-Jährige“, "The 22-year-old", "The 25-year-old", "The 26-year-old Czech", „älter als 65
  Jahre“ "over" (two-hundred-and-tenth), „jünger als 70 Jahre“ "under" (twenty-third:
  „jünger als 15 Jahre“), "among over-65s" 65 years "over" (hundred-eleventh), „im Schnitt
  waren sie 84,6 Jahre alt“ 84.6 years („im Schnitt“ no hedge). None: „eine Woche früher“ (a
  unit with its article, fifth), „im Vorjahr“, „im Vorjahresmonat“, „im kommenden Jahr“,
  „heuer“, „in diesem Jahr“, „seit Jahresbeginn“, „in der Nacht zum Freitag“, "in a week",
  "each day", "last year", "last season", "next year", "next week", "so far this year", "a
  year ago", "a year earlier", "in the year to March", "the business year ending in March",
  "this business year", "a long time", weekdays, months („Ende März“, "in December", "since
  January"), and clock times („Bis 15 Uhr“, „um 10.15 Uhr“, "by 1230 GMT"; tenth).
- Years and dates (hundred-sixtieth, two-hundred-and-sixty-fifth,
  three-hundred-and-twenty-first): Reuters datelines with a day ("LONDON, Nov 9", "DUBLIN,
  Nov 9", "TOKYO, Nov 10", "NEW DELHI, Nov 10", "VIENNA, Nov 11", "WASHINGTON, Nov 12",
  "LONDON, Nov 13") as dates without a year; dpa, dpa-AFX, dpa/lsw, dpa/lby, dpa/lnw,
  dpa/lno, dpa/sn, APA, Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth); „zum 1.
  Juli“ --07-01, „am 9. Januar“ --01-09, „am 13. Dezember“ --12-13, „am 20. November“
  --11-20, "on Nov. 17", "on Nov. 30", "to Sept. 30" (two-hundred-and-sixty-fifth: "the year
  to June 30"). New: „am 11.11. um 11.11 Uhr“ carries the date --11-11 alone - the day and
  month with their closing points are a date as „am 26.5.“ is
  (three-hundred-and-twenty-first), while the same digits before „Uhr“ are a clock time that
  carries none (tenth; hundred-ninety-ninth: „gegen 2.40 Uhr“). Years: „2022“, „seit 1999“,
  „zwischen 2019 und 2023“ both, „Bis 2055“, „von 2019“, "in 2027", "an 1889 harbour scene",
  "since March 2023" its year (sixteenth), "late 2019".
- Speakers, checked only in forms the earlier batches settled: „Nach Angaben der Deutschen
  Bahn“ -> "die Deutsche Bahn", „nach Angaben des Deutschen Wetterdienstes“ -> "der Deutsche
  Wetterdienst", „nach Angaben der Polizei“ -> "die Polizei" and „nach Angaben der Stadt“ ->
  "die Stadt" (the source in the nominative, the adjective's ending with it, as „Nach
  Angaben des Statistischen Bundesamts“ -> "das Statistische Bundesamt",
  two-hundred-and-forty-ninth); „sagte Bahnsprecherin Almut Ridderbusch“ the name with the
  title dropped (hundred-ninety-ninth: „sagte Finanzstaatssekretärin ...“); „GDL-Chef Ortwin
  Klemmstein sagte, ...“, „Landeshauptmann-Stellvertreterin Gerlinde Stubenvoll sagte, ...“,
  „Vorstandschef Reinhold Kapfenberger sagte, ...“, „Flughafenchef Korbinian Hirschvogl
  sagte, ...“, „Statistik-Austria-Generaldirektorin Hemma Lichtenwörther sagte, ...“,
  „SBB-Chef Andrin Tgetgel-Brunner sagte, ...“, „Wirtschaftssenatorin Friederike
  Sönnichsen-Paap sagte, ...“, „Ausschussvorsitzende Brigitte Oberpaul-Reis sagte, ...“,
  „Richterin Cordula Weihrauch-Menz sagte, ...“ and „Marktamtsleiterin Ulrike Schwarzlmüller
  sagte, ...“ the name with the office dropped (hundred-eightieth, three-hundred-and-eighth,
  three-hundred-and-twenty-first); „teilte das Unternehmen am Dienstag mit“, „teilte die
  Statistik Austria am Mittwoch mit“, „teilte das Statistische Bundesamt am Mittwoch mit“,
  „teilte Hafen Hamburg Marketing am Donnerstag mit“ (hundred-ninety-ninth) and „teilte der
  ADAC mit“ the source with its article, the weekday dropped (two-hundred-and-tenth).
  English: the name with the role dropped ("Hearthline director Maeve Tregunna said",
  "Christie's Americas president Lionel Beauchamp-Ayre said", "National medical director
  Priya Ansell-Marsh said", "Chief executive Imani Ilesanmi-Pryce said", "Treasurer Callum
  Dwyer-Finch said", "Chancellor Ottilie Fenwick-Slade said", "Prime Minister Desmond
  Allardyce-Reid said", "Head coach Alistair Polkinghorne said"; hundred-forty-fifth,
  three-hundred-and-twenty-first); "Chief executive Dermot Gilhooly-Nash told reporters",
  "Chief financial officer Ryota Imaizumi told reporters" and "Environment Minister Arvind
  Raghavachari-Bose told reporters" ("told reporters" names the speaker,
  two-hundred-and-fourth); "Hearthline said" and "NASA said" as written
  (two-hundred-and-tenth: "NATO said"; three-hundred-and-eighth: "LNER said"); "the ONS
  said" -> "the ONS" (three-hundred-and-eighth); "according to the ATP" -> "the ATP" with
  its article (hundred-ninety-ninth: "according to the Senate Historical Office"). Left
  unchecked (None): all negatives, also those with a named speaker; „teilten die SBB am
  Donnerstag mit“ (a plural verb, two-hundred-and-eighty-first), „wie eine Sprecherin sagte“
  (a role), estimating verbs („Der Autobahnbetreiber Asfinag rechnet“, „beziffert die
  Asfinag“, „rechnet das Amt“, „erwarten die Meteorologen“, „Die Veranstalter erwarten“;
  hundred-tenth), "property portal Hearthline said" (a description before the name,
  two-hundred-and-ninety-seventh), bodies' "said" in English copy ("the Labor Department
  said", "the group said", "the city's pollution control board said", "the island's
  meteorological service said", "The U.S. National Hurricane Center said", "Delhi's
  government said", "the Australian Bureau of Statistics says";
  two-hundred-and-eighty-first, three-hundred-and-eighth, three-hundred-and-twenty-first),
  documents ("NHS England figures show", "Bank of England data showed", "satellite data
  showed", "the report showed", "CME Group's FedWatch tool showed", "according to secondary
  sources", "according to Friday's official estimate"), "Economists polled by Reuters" and
  "a Reuters survey" (two-hundred-and-tenth), and "a person familiar with the agreement told
  The Associated Press" (two-hundred-and-tenth: "a person familiar with the agreement
  said").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_328 = [
    # --- GDL-Warnstreik (dpa), Montag, 9. November ---
    (
        'de',
        'Berlin (dpa) - Mit einem achtundvierzigstündigen Warnstreik hat die Lokführergewerkschaft GDL am Montagmorgen große Teile des Bahnverkehrs in Deutschland lahmgelegt.',
        True,
        [('duration', 48, 'hour', None)],
        None,
    ),
    (
        'de',
        'Nach Angaben der Deutschen Bahn fiel im Fernverkehr zunächst gut jeder dritte Zug aus, im Regionalverkehr waren es knapp zwei Fünftel der Verbindungen.',
        True,
        [('fraction', 0.3333, None, 'over'), ('fraction', 0.4, None, 'nearly')],
        'die Deutsche Bahn',
    ),
    (
        'de',
        'Wer dennoch fahren konnte, musste im Schnitt mit einer dreiviertelstündigen Verspätung rechnen, zwischen Hamburg und Berlin waren es zeitweise zweieinhalb Stunden.',
        True,
        [('duration', 0.75, 'hour', None), ('duration', 2.5, 'hour', None)],
        None,
    ),
    (
        'de',
        'Betroffen seien an beiden Streiktagen zehn- bis zwölftausend Zugverbindungen, sagte Bahnsprecherin Almut Ridderbusch.',
        True,
        [('count', 10000, None, None), ('count', 12000, None, None)],
        'Almut Ridderbusch',
    ),
    ('de', '„Die GDL nimmt Millionen Pendler in Geiselhaft, und das mitten im Herbst“, sagte Ridderbusch.', False, [], None),
    (
        'de',
        'GDL-Chef Ortwin Klemmstein sagte, die Gewerkschaft verlange bei zwölf Monaten Laufzeit 8,5 Prozent mehr Geld und eine Inflationsprämie von 1.500 Euro.',
        True,
        [('duration', 12, 'month', None), ('percent', 8.5, '%', None), ('money', 1500, 'EUR', None)],
        'Ortwin Klemmstein',
    ),
    (
        'de',
        'Die Bahn setzte der Gewerkschaft eine vierzehntägige Frist, um auf ihr jüngstes Angebot zu antworten.',
        True,
        [('duration', 14, 'day', None)],
        None,
    ),
    ('de', 'Viele Pendler fürchten, dass sich der Arbeitskampf bis in die Adventszeit hinzieht.', False, [], None),
    # --- UK asking prices (Reuters), Monday, Nov. 9 ---
    (
        'en',
        'LONDON, Nov 9 (Reuters) - Asking prices for homes in Britain fell 1.4% in November, the steepest drop for the month in a decade and a half, property portal Hearthline said on Monday.',
        True,
        [('date', '--11-09', None, None), ('percent', 1.4, '%', None), ('duration', 15, 'year', None)],
        None,
    ),
    (
        'en',
        'The average price of a property coming to market slipped by £5,312 to £362,940, and in London prices fell by better than 2%.',
        True,
        [('money', 5312, 'GBP', None), ('money', 362940, 'GBP', None), ('percent', 2, '%', 'over')],
        None,
    ),
    (
        'en',
        'Sellers in 40-odd of the 120 local authority areas tracked cut their prices by a tenth or more.',
        True,
        [('count', 40, None, 'about'), ('count', 120, None, None), ('fraction', 0.1, None, 'at_least')],
        None,
    ),
    (
        'en',
        'Hearthline director Maeve Tregunna said it now took an average of 71 days to agree a sale, up from 58 days a year ago.',
        True,
        [('duration', 71, 'day', None), ('duration', 58, 'day', None)],
        'Maeve Tregunna',
    ),
    ('en', '"Buyers are holding nearly all the cards right now," Tregunna said.', False, [], None),
    (
        'en',
        'Across Britain, roughly a million and a half homes have been put up for sale so far this year, Hearthline said.',
        True,
        [('count', 1500000, None, 'about')],
        'Hearthline',
    ),
    (
        'en',
        'Mortgage approvals dropped to 61,400 in September, the fewest since January, Bank of England data showed last week.',
        True,
        [('count', 61400, None, None)],
        None,
    ),
    ('en', 'Some agents said they expected a livelier spring market if borrowing costs ease.', False, [], None),
    # --- Luegbrücke (APA), Montag, 9. November ---
    (
        'de',
        'Innsbruck (APA) - Die Luegbrücke auf der Brennerautobahn ist seit Montag wegen einer anderthalbjährigen Generalsanierung nur noch eingeschränkt befahrbar.',
        True,
        [('duration', 1.5, 'year', None)],
        None,
    ),
    (
        'de',
        'Täglich überqueren rund 40.000 Fahrzeuge die Brücke, darunter knapp 11.000 Lkw.',
        True,
        [('count', 40000, None, 'about'), ('count', 11000, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Der Autobahnbetreiber Asfinag rechnet zu Stoßzeiten mit Staus von bis zu eineinviertel Stunden.',
        True,
        [('duration', 1.25, 'hour', 'up_to')],
        None,
    ),
    (
        'de',
        'Die Kosten beziffert die Asfinag auf 312,5 Mio. Euro, gut ein Viertel mehr als bei der ersten Schätzung 2022.',
        True,
        [('money', 312500000, 'EUR', None), ('fraction', 0.25, None, 'over'), ('ordinal', 1, None, None), ('year', 2022, None, None)],
        None,
    ),
    (
        'de',
        'Die Planung hatte sich wegen Einsprüchen von Anrainern um ein dreiviertel Jahr verzögert.',
        True,
        [('duration', 0.75, 'year', None)],
        None,
    ),
    (
        'de',
        'Landeshauptmann-Stellvertreterin Gerlinde Stubenvoll sagte, das Land werde die Blockabfertigung auf höchstens 250 Lkw pro Stunde verschärfen.',
        True,
        [('count', 250, None, 'at_most')],
        'Gerlinde Stubenvoll',
    ),
    ('de', '„Das Wipptal darf nicht zum Parkplatz Europas werden“, sagte Stubenvoll.', False, [], None),
    ('de', 'Anrainer im Wipptal fürchten zusätzlichen Ausweichverkehr durch ihre Dörfer.', False, [], None),
    # --- Wickerby collection at Christie's (AP), Monday, Nov. 9 ---
    (
        'en',
        "NEW YORK (AP) — The collection of the late shipping magnate Thaddeus Wickerby fetched $1.38 billion at Christie's on Monday night, only the third single-owner sale to top the $1 billion mark.",
        True,
        [('money', 1380000000, 'USD', None), ('ordinal', 3, None, None), ('money', 1000000000, 'USD', None)],
        None,
    ),
    (
        'en',
        'The top lot, an 1889 harbour scene, set off a quarter-hour bidding war before selling for $94.7 million with fees.',
        True,
        [('year', 1889, None, None), ('duration', 0.25, 'hour', None), ('money', 94700000, 'USD', None)],
        None,
    ),
    (
        'en',
        'That was more than three and a quarter times its low estimate of $29 million.',
        True,
        [('count', 3.25, None, 'over'), ('money', 29000000, 'USD', None)],
        None,
    ),
    (
        'en',
        'Forty-one of the 52 lots sold above their high estimates, and just two went unsold.',
        True,
        [('count', 41, None, None), ('count', 52, None, None), ('count', 2, None, None)],
        None,
    ),
    (
        'en',
        "Christie's Americas president Lionel Beauchamp-Ayre said bidders from 31 countries had registered, a record for a single-owner sale.",
        True,
        [('count', 31, None, None)],
        'Lionel Beauchamp-Ayre',
    ),
    ('en', '"Tonight belonged in the history books," Beauchamp-Ayre said.', False, [], None),
    (
        'en',
        "Presale estimates for the week's four marquee evening auctions total $2bn-plus.",
        True,
        [('count', 4, None, None), ('money', 2000000000, 'USD', 'over')],
        None,
    ),
    ('en', 'Some dealers privately doubt the market can sustain such prices into the new year.', False, [], None),
    # --- Aerlochan half-year (Reuters), Monday, Nov. 9 ---
    (
        'en',
        'DUBLIN, Nov 9 (Reuters) - Budget carrier Aerlochan on Monday posted a 17% rise in first-half net profit to 2.07 billion euros.',
        True,
        [('date', '--11-09', None, None), ('percent', 17, '%', None), ('ordinal', 1, None, None), ('money', 2070000000, 'EUR', None)],
        None,
    ),
    (
        'en',
        'Passenger numbers rose 3% to 119.4 million in the six months to Sept. 30, with planes 94% full on average.',
        True,
        [('percent', 3, '%', None), ('count', 119400000, None, None), ('duration', 6, 'month', None), ('date', '--09-30', None, None), ('percent', 94, '%', None)],
        None,
    ),
    (
        'en',
        'Chief executive Dermot Gilhooly-Nash told reporters the airline now expected to carry 207 million passengers in the year to March, one and a half million fewer than planned, because of late aircraft deliveries.',
        True,
        [('count', 207000000, None, None), ('count', 1500000, None, None)],
        'Dermot Gilhooly-Nash',
    ),
    (
        'en',
        'Boeing has so far delivered only 21 of the 29 737 MAX 8-200 jets that were due by the end of October.',
        True,
        [('count', 21, None, None), ('count', 29, None, None)],
        None,
    ),
    ('en', '"We are sick and tired of Boeing\'s excuses," Gilhooly-Nash said.', False, [], None),
    (
        'en',
        'The airline will pay an interim dividend of 0.225 euros a share, up from 0.175 euros, and extend its share buyback by 750 million euros.',
        True,
        [('money', 0.225, 'EUR', None), ('money', 0.175, 'EUR', None), ('money', 750000000, 'EUR', None)],
        None,
    ),
    (
        'en',
        'Its shares rose 2.8% in early Dublin trading.',
        True,
        [('percent', 2.8, '%', None)],
        None,
    ),
    ('en', 'Analysts said they thought Christmas fares could surprise on the upside.', False, [], None),
    # --- Dax-Rekord (dpa-AFX), Dienstag, 10. November ---
    (
        'de',
        'Frankfurt (dpa-AFX) - Mit einem Schlussstand knapp über 24.500 Punkten hat der Dax am Dienstag einen Rekord aufgestellt.',
        True,
        [('count', 24500, None, 'over')],
        None,
    ),
    (
        'de',
        'Im Tagesverlauf hatte der Leitindex um bis zu 1,8 Prozent zugelegt, zum Handelsschluss blieb ein Plus von 1,25 Prozent.',
        True,
        [('percent', 1.8, '%', 'up_to'), ('percent', 1.25, '%', None)],
        None,
    ),
    (
        'de',
        'Seit Jahresbeginn summiert sich der Gewinn damit auf zwölfeinhalb Prozent, gut das Doppelte des Vorjahres.',
        True,
        [('percent', 12.5, '%', None), ('count', 2, None, 'over')],
        None,
    ),
    (
        'de',
        'Gefragt waren vor allem Rüstungswerte: Die Aktie des Getriebeherstellers Rüttgerath Antriebe sprang um ein gutes Siebtel auf 312,40 Euro.',
        True,
        [('fraction', 0.1429, None, 'over'), ('money', 312.4, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Der Xetra-Umsatz lag mit 7,9 Mrd. Euro knapp ein Drittel über dem Schnitt der vergangenen 30 Handelstage.',
        True,
        [('money', 7900000000, 'EUR', None), ('fraction', 0.3333, None, 'nearly'), ('count', 30, None, None)],
        None,
    ),
    ('de', '„Der Markt läuft der Wirtschaft gerade meilenweit davon“, sagte ein Händler.', False, [], None),
    (
        'de',
        'Der Euro kostete am Abend 1,0862 US-Dollar, die EZB hatte den Referenzkurs zuvor auf 1,0849 Dollar festgesetzt.',
        True,
        [('money', 1.0862, 'USD', None), ('money', 1.0849, 'USD', None)],
        None,
    ),
    ('de', 'Viele Analysten halten eine Korrektur vor dem Jahresende für wahrscheinlich.', False, [], None),
    # --- Tsukigase Motor cuts forecast (Reuters), Tuesday, Nov. 10 ---
    (
        'en',
        'TOKYO, Nov 10 (Reuters) - Tsukigase Motor slashed nearly a fifth from its annual operating profit guidance on Tuesday, now seeing 1.12 trillion yen ($7.3 billion), and blamed U.S. tariffs and a firmer yen.',
        True,
        [('date', '--11-10', None, None), ('fraction', 0.2, None, 'nearly'), ('money', 1120000000000, 'JPY', None), ('money', 7300000000, 'USD', None)],
        None,
    ),
    (
        'en',
        "Japan's third-largest automaker now expects to sell 4.85 million vehicles in the business year ending in March, against 5.02 million previously.",
        True,
        [('ordinal', 3, None, None), ('count', 4850000, None, None), ('count', 5020000, None, None)],
        None,
    ),
    (
        'en',
        'Operating profit for the July-September quarter fell 38% to 241.6 billion yen, short of the 268 billion yen that 14 analysts surveyed by LSEG had expected on average.',
        True,
        [('percent', 38, '%', None), ('money', 241600000000, 'JPY', None), ('money', 268000000000, 'JPY', None), ('count', 14, None, None)],
        None,
    ),
    (
        'en',
        'Chief financial officer Ryota Imaizumi told reporters tariffs would cost the company about 450 billion yen this business year, three-eighths of it in the second half.',
        True,
        [('money', 450000000000, 'JPY', 'about'), ('fraction', 0.375, None, None), ('ordinal', 2, None, None)],
        'Ryota Imaizumi',
    ),
    ('en', 'Imaizumi said he was confident the worst of the currency swings was over.', False, [], None),
    (
        'en',
        'Tsukigase shares closed down 4.2% ahead of the results, their biggest one-day fall in a quarter-century.',
        True,
        [('percent', 4.2, '%', None), ('duration', 1, 'day', None), ('duration', 25, 'year', None)],
        None,
    ),
    (
        'en',
        'The company will buy back up to 120 million shares, or 7.5% of its stock, for as much as 300 billion yen.',
        True,
        [('count', 120000000, None, 'up_to'), ('percent', 7.5, '%', None), ('money', 300000000000, 'JPY', 'up_to')],
        None,
    ),
    ('en', 'Investors hope the buyback will put a floor under the stock.', False, [], None),
    # --- Stellenabbau bei Brennhofer (dpa/lsw), Dienstag, 10. November ---
    (
        'de',
        'Stuttgart (dpa/lsw) - Der Autozulieferer Brennhofer will an seinem Stammsitz in Esslingen zwei- bis dreihundert Stellen streichen.',
        True,
        [('count', 200, None, None), ('count', 300, None, None)],
        None,
    ),
    (
        'de',
        'Das entspreche drei Achteln der dortigen Belegschaft von rund 640 Beschäftigten, teilte das Unternehmen am Dienstag mit.',
        True,
        [('fraction', 0.375, None, None), ('count', 640, None, 'about')],
        'das Unternehmen',
    ),
    (
        'de',
        'Betriebsbedingte Kündigungen sind erst nach einer achtzehnmonatigen Übergangsfrist möglich.',
        True,
        [('duration', 18, 'month', None)],
        None,
    ),
    (
        'de',
        'Vorstandschef Reinhold Kapfenberger sagte, der Umsatz sei in den ersten drei Quartalen um gut ein Zehntel auf 1,46 Mrd. Euro gesunken.',
        True,
        [('ordinal', 1, None, None), ('count', 3, None, None), ('fraction', 0.1, None, 'over'), ('money', 1460000000, 'EUR', None)],
        'Reinhold Kapfenberger',
    ),
    ('de', '„Keiner von uns hat sich diesen Schritt leicht gemacht“, sagte Kapfenberger.', False, [], None),
    (
        'de',
        'Die IG Metall kündigte an, am Donnerstag vor der Firmenzentrale zu protestieren.',
        True,
        [],
        None,
    ),
    ('de', 'Die Gewerkschaft sprach von einem „Kahlschlag mit Ansage“.', False, [], None),
    (
        'de',
        'Bereits im Frühjahr hatte Brennhofer am Standort Heilbronn 85 Arbeitsplätze abgebaut und die Fertigung zum 1. Juli nach Tschechien verlagert.',
        True,
        [('count', 85, None, None), ('date', '--07-01', None, None)],
        None,
    ),
    # --- Smog in New Delhi (Reuters), Tuesday, Nov. 10 ---
    (
        'en',
        'NEW DELHI, Nov 10 (Reuters) - Levels of fine PM2.5 particles in New Delhi hit 412 micrograms per cubic metre on Tuesday, more than 27 times the daily limit recommended by the World Health Organization, as smog smothered the Indian capital for a sixth straight day.',
        True,
        [('date', '--11-10', None, None), ('count', 412, None, None), ('count', 27, None, 'over'), ('ordinal', 6, None, None)],
        None,
    ),
    (
        'en',
        'Authorities shut primary schools and ordered half of all government staff to work from home.',
        True,
        [('fraction', 0.5, None, None)],
        None,
    ),
    (
        'en',
        "Delhi's government said it would spend 1,250 crore rupees ($141 million) over two years on mechanical road sweepers and anti-smog guns.",
        True,
        [('money', 12500000000, 'INR', None), ('money', 141000000, 'USD', None), ('duration', 2, 'year', None)],
        None,
    ),
    (
        'en',
        'Farm fires in neighbouring Punjab and Haryana, blamed for a third or so of the pollution on the worst days, numbered 1,904 on Monday, satellite data showed.',
        True,
        [('fraction', 0.3333, None, 'about'), ('count', 1904, None, None)],
        None,
    ),
    (
        'en',
        'Environment Minister Arvind Raghavachari-Bose told reporters the number of fires was down about 40% from a year earlier.',
        True,
        [('percent', 40, '%', 'about')],
        'Arvind Raghavachari-Bose',
    ),
    ('en', '"Our children are breathing poison every single morning," said one parent outside a school in south Delhi.', False, [], None),
    (
        'en',
        'Air quality is forecast to remain in the "severe" category for the next 48 to 72 hours, the city\'s pollution control board said.',
        True,
        [('duration', 48, 'hour', None), ('duration', 72, 'hour', None)],
        None,
    ),
    ('en', 'Doctors urged residents to stay indoors and skip their morning walks.', False, [], None),
    # --- Flughafen München (dpa/lby), Dienstag, 10. November ---
    (
        'de',
        'München (dpa/lby) - Der Münchner Flughafen hat im Oktober 3,84 Millionen Passagiere abgefertigt, knapp ein Zehntel mehr als im Vorjahresmonat.',
        True,
        [('count', 3840000, None, None), ('fraction', 0.1, None, 'nearly')],
        None,
    ),
    (
        'de',
        'An den Wochenenden der Herbstferien starteten und landeten an manchen Tagen mehr als 1.100 Maschinen.',
        True,
        [('count', 1100, None, 'over')],
        None,
    ),
    (
        'de',
        'Mit dem Winterflugplan kommen ein gutes halbes Dutzend neue Ziele hinzu, darunter Tromsø und Rovaniemi.',
        True,
        [('count', 6, None, 'over')],
        None,
    ),
    (
        'de',
        'Das Niveau von 2019 erreicht der Flughafen damit erst zu gut 88 Prozent, wie eine Sprecherin sagte.',
        True,
        [('year', 2019, None, None), ('percent', 88, '%', 'over')],
        None,
    ),
    (
        'de',
        'Flughafenchef Korbinian Hirschvogl sagte, die Luftverkehrsteuer koste den Standort jährlich rund 1,2 Millionen Fluggäste.',
        True,
        [('count', 1200000, None, 'about')],
        'Korbinian Hirschvogl',
    ),
    ('de', '„Die Abgabenlast in Deutschland ist ein Standortnachteil sondergleichen“, sagte Hirschvogl.', False, [], None),
    (
        'de',
        'Wegen dichten Nebels mussten die Bahnen am Dienstagmorgen zweimal für eine viertelstündige Pause gesperrt werden.',
        True,
        [('count', 2, None, None), ('duration', 0.25, 'hour', None)],
        None,
    ),
    (
        'de',
        'Die Lufthansa kündigte an, ab Ende März eine zweite tägliche Verbindung nach Bangkok anzubieten.',
        True,
        [('ordinal', 2, None, None)],
        None,
    ),
    # --- Flu in England's hospitals (PA), Tuesday, Nov. 10 ---
    (
        'en',
        'LONDON (PA) - Flu admissions to hospitals in England have risen one-and-a-half times in a week, with an average of 1,840 patients in beds each day, NHS England figures show.',
        True,
        [('count', 1.5, None, None), ('count', 1840, None, None)],
        None,
    ),
    (
        'en',
        'That is almost three times the number at the same point last year.',
        True,
        [('count', 3, None, 'nearly')],
        None,
    ),
    (
        'en',
        'Ambulance handovers took longer than the 15-minute target in 58% of cases, and crews lost the equivalent of 12,600 hours queuing outside emergency departments.',
        True,
        [('duration', 15, 'minute', None), ('percent', 58, '%', None), ('duration', 12600, 'hour', None)],
        None,
    ),
    (
        'en',
        'National medical director Priya Ansell-Marsh said one in every eight adult beds was occupied by a patient well enough to go home.',
        True,
        [('fraction', 0.125, None, None)],
        'Priya Ansell-Marsh',
    ),
    ('en', '"This is shaping up to be one of the hardest winters the service has faced," Ansell-Marsh said.', False, [], None),
    (
        'en',
        'Flu jab uptake among over-65s stands at 68.9%, short of the 75% goal, while just under two-fifths of pregnant women have had the vaccine.',
        True,
        [('duration', 65, 'year', 'over'), ('percent', 68.9, '%', None), ('percent', 75, '%', None), ('fraction', 0.4, None, 'under')],
        None,
    ),
    (
        'en',
        'Norovirus outbreaks reported by hospitals were up by a quarter on the five-year average.',
        True,
        [('fraction', 0.25, None, None), ('duration', 5, 'year', None)],
        None,
    ),
    ('en', 'Health officials urged everyone eligible to get vaccinated before Christmas.', False, [], None),
    # --- Inflation in Österreich (APA), Mittwoch, 11. November ---
    (
        'de',
        'Wien (APA) - Österreichs Inflationsrate hat sich im Oktober auf 3,6 Prozent verringert, teilte die Statistik Austria am Mittwoch mit.',
        True,
        [('percent', 3.6, '%', None)],
        'die Statistik Austria',
    ),
    (
        'de',
        'Im September hatte die Teuerung noch knapp über 4 Prozent gelegen.',
        True,
        [('percent', 4, '%', 'over')],
        None,
    ),
    (
        'de',
        'Haushaltsenergie verteuerte sich um 7,9 Prozent, Nahrungsmittel um zweieinhalb Prozent.',
        True,
        [('percent', 7.9, '%', None), ('percent', 2.5, '%', None)],
        None,
    ),
    (
        'de',
        'Die Kerninflation ohne Energie und unverarbeitete Lebensmittel lag bei 3,1 Prozent.',
        True,
        [('percent', 3.1, '%', None)],
        None,
    ),
    (
        'de',
        'Statistik-Austria-Generaldirektorin Hemma Lichtenwörther sagte, rund ein Drittel der Teuerung gehe weiter auf Dienstleistungen zurück, vor allem auf Gastronomie und Mieten.',
        True,
        [('fraction', 0.3333, None, 'about')],
        'Hemma Lichtenwörther',
    ),
    ('de', '„Von einer Entwarnung kann noch keine Rede sein“, sagte Lichtenwörther.', False, [], None),
    (
        'de',
        'In der Eurozone lag die Rate zuletzt bei 1,7 Prozent und damit nicht ganz halb so hoch.',
        True,
        [('percent', 1.7, '%', None), ('fraction', 0.5, None, 'nearly')],
        None,
    ),
    ('de', 'Die Arbeiterkammer hält die Entlastungen der Regierung für völlig unzureichend.', False, [], None),
    # --- OPEC monthly report (Reuters), Wednesday, Nov. 11 ---
    (
        'en',
        'VIENNA, Nov 11 (Reuters) - OPEC on Wednesday trimmed its forecast for growth in world oil demand next year by 90,000 barrels per day to 1.2 million bpd, its third cut in as many months.',
        True,
        [('date', '--11-11', None, None), ('count', 90000, None, None), ('count', 1200000, None, None), ('ordinal', 3, None, None)],
        None,
    ),
    (
        'en',
        'Total demand would average 106.3 million bpd in 2027, the group said in its monthly report.',
        True,
        [('count', 106300000, None, None), ('year', 2027, None, None)],
        None,
    ),
    (
        'en',
        'OPEC+ crude output rose by 212,000 bpd in October to an average of 43.1 million bpd, according to secondary sources.',
        True,
        [('count', 212000, None, None), ('count', 43100000, None, None)],
        None,
    ),
    (
        'en',
        'Kazakhstan again pumped well above its quota, exceeding it by some 330,000 bpd, the report showed.',
        True,
        [('count', 330000, None, 'about')],
        None,
    ),
    (
        'en',
        'Brent crude futures fell 61 cents, or 0.9%, to $63.18 a barrel by 1230 GMT.',
        True,
        [('money', 0.61, 'USD', None), ('percent', 0.9, '%', None), ('money', 63.18, 'USD', None)],
        None,
    ),
    ('en', 'Analysts at Pendlebury Energy said they thought the group was still too optimistic about Asian demand.', False, [], None),
    (
        'en',
        "Saudi Arabia's output held steady at 9.98 million bpd.",
        True,
        [('count', 9980000, None, None)],
        None,
    ),
    # --- Sessionsauftakt in Köln (dpa/lnw), Mittwoch, 11. November ---
    (
        'de',
        'Köln (dpa/lnw) - Mit dem traditionellen Countdown am 11.11. um 11.11 Uhr hat in Köln die neue Karnevalssession begonnen.',
        True,
        [('date', '--11-11', None, None)],
        None,
    ),
    (
        'de',
        'Auf dem Heumarkt und in der Altstadt feierten nach Angaben der Polizei bis zum Mittag gut und gerne 60.000 Jecken.',
        True,
        [('count', 60000, None, 'over')],
        'die Polizei',
    ),
    (
        'de',
        'Die Stadt hatte die Zahl der Ordnungskräfte um ein Viertel auf rund 1.250 aufgestockt.',
        True,
        [('fraction', 0.25, None, None), ('count', 1250, None, 'about')],
        None,
    ),
    (
        'de',
        'Bis 15 Uhr nahm die Polizei 37 Menschen in Gewahrsam, etwa halb so viele wie im Vorjahr.',
        True,
        [('count', 37, None, None), ('fraction', 0.5, None, 'about')],
        None,
    ),
    (
        'de',
        'Für den Rettungsdienst war es nach Angaben der Stadt der ruhigste Sessionsauftakt seit einem Vierteljahrhundert.',
        True,
        [('duration', 25, 'year', None)],
        'die Stadt',
    ),
    ('de', '„Köln hat heute gezeigt, wie man friedlich feiert“, sagte Stadtdirektorin Marlies Vonderbank.', False, [], None),
    (
        'de',
        'Das Dreigestirn der Session wird am 9. Januar im Gürzenich proklamiert.',
        True,
        [('date', '--01-09', None, None)],
        None,
    ),
    ('de', 'Viele Anwohner im Kwartier Latäng sehen dem Straßenkarneval mit gemischten Gefühlen entgegen.', False, [], None),
    # --- Pflegestatistik (dpa), Mittwoch, 11. November ---
    (
        'de',
        'Wiesbaden (dpa) - Die Zahl der Pflegebedürftigen in Deutschland ist binnen zwei Jahren um knapp eine dreiviertel Million auf gut 6,1 Millionen angewachsen, teilte das Statistische Bundesamt am Mittwoch mit.',
        True,
        [('duration', 2, 'year', None), ('count', 750000, None, 'nearly'), ('count', 6100000, None, 'over')],
        'das Statistische Bundesamt',
    ),
    (
        'de',
        'Vier von fünf Pflegebedürftigen wurden zu Hause versorgt, knapp drei Fünftel davon allein durch Angehörige.',
        True,
        [('fraction', 0.8, None, None), ('fraction', 0.6, None, 'nearly')],
        None,
    ),
    (
        'de',
        'In Heimen lebten rund 812.000 Menschen, im Schnitt waren sie 84,6 Jahre alt.',
        True,
        [('count', 812000, None, 'about'), ('duration', 84.6, 'year', None)],
        None,
    ),
    (
        'de',
        'Jeder Siebte im Heim war jünger als 70 Jahre, in der ambulanten Pflege sogar jeder Vierte.',
        True,
        [('fraction', 0.1429, None, None), ('duration', 70, 'year', 'under'), ('fraction', 0.25, None, None)],
        None,
    ),
    (
        'de',
        'Der Eigenanteil im ersten Jahr im Heim lag zuletzt bei durchschnittlich 3.108 Euro im Monat.',
        True,
        [('ordinal', 1, None, None), ('money', 3108, 'EUR', None)],
        None,
    ),
    ('de', 'Sozialverbände sprechen von einer „tickenden Zeitbombe“ für die Pflegeversicherung.', False, [], None),
    (
        'de',
        'Bis 2055 rechnet das Amt mit 7,6 Millionen Pflegebedürftigen.',
        True,
        [('year', 2055, None, None), ('count', 7600000, None, None)],
        None,
    ),
    ('de', 'Viele pflegende Angehörige sehen sich von der Politik allein gelassen.', False, [], None),
    # --- Selenecraft lander launch (AP), Thursday, Nov. 12 ---
    (
        'en',
        'CAPE CANAVERAL, Fla. (AP) — A private lunar lander built by Houston-based Selenecraft lifted off early Thursday on a four-and-a-half-day journey to the moon.',
        True,
        [('duration', 4.5, 'day', None)],
        None,
    ),
    (
        'en',
        "The 1,340-pound spacecraft, carrying a baker's dozen of NASA instruments, is scheduled to land close to the moon's south pole on Nov. 17 after a 2½-hour descent.",
        True,
        [('count', 1340, None, None), ('count', 13, None, None), ('date', '--11-17', None, None), ('duration', 2.5, 'hour', None)],
        None,
    ),
    (
        'en',
        'Only two of the last five commercial landing attempts have ended with a spacecraft upright on the surface.',
        True,
        [('count', 2, None, None), ('count', 5, None, None)],
        None,
    ),
    (
        'en',
        'NASA said it was paying the company $118.6 million for the delivery, roughly a fifth of it contingent on a successful landing.',
        True,
        [('money', 118600000, 'USD', None), ('fraction', 0.2, None, 'about')],
        'NASA',
    ),
    (
        'en',
        "Chief executive Imani Ilesanmi-Pryce said the lander's batteries would last for about 14 Earth days, a single lunar daytime.",
        True,
        [('duration', 14, 'day', 'about')],
        'Imani Ilesanmi-Pryce',
    ),
    ('en', '"Landing on the moon is still brutally hard, and we know it," Ilesanmi-Pryce said.', False, [], None),
    (
        'en',
        "The rocket's reusable booster touched down back at the Cape eight and a half minutes after liftoff, on its 31st flight.",
        True,
        [('duration', 8.5, 'minute', None), ('ordinal', 31, None, None)],
        None,
    ),
    ('en', "Scientists hope the lander's drill will settle how much ice lies in the permanently shadowed craters.", False, [], None),
    # --- SBB-Fahrplanwechsel (Keystone-SDA), Donnerstag, 12. November ---
    (
        'de',
        'Bern (Keystone-SDA) - Mit dem Fahrplanwechsel am 13. Dezember verkehren die Intercity-Züge zwischen Bern und Luzern erstmals im Halbstundentakt.',
        True,
        [('date', '--12-13', None, None), ('duration', 0.5, 'hour', None)],
        None,
    ),
    (
        'de',
        'Die Fahrzeit verkürzt sich dank einer neuen Doppelspur bei Gümligen um sechs auf 54 Minuten, teilten die SBB am Donnerstag mit.',
        True,
        [('duration', 6, 'minute', None), ('duration', 54, 'minute', None)],
        None,
    ),
    (
        'de',
        'Insgesamt baut die Bahn ihr Angebot um knapp 2,1 Millionen Zugkilometer pro Jahr aus, was gut einem Prozent entspricht.',
        True,
        [('count', 2100000, None, 'nearly'), ('percent', 1, '%', 'over')],
        None,
    ),
    (
        'de',
        'Die Investitionen in den Ausbau beliefen sich auf Fr. 1,27 Mia., rund ein Sechstel mehr als budgetiert.',
        True,
        [('money', 1270000000, 'CHF', None), ('fraction', 0.1667, None, 'about')],
        None,
    ),
    (
        'de',
        'SBB-Chef Andrin Tgetgel-Brunner sagte, jeder zweite Reisende im Fernverkehr werde vom neuen Fahrplan profitieren.',
        True,
        [('fraction', 0.5, None, None)],
        'Andrin Tgetgel-Brunner',
    ),
    ('de', '«Wir rücken die Schweiz noch ein Stück näher zusammen», sagte Tgetgel-Brunner.', False, [], None),
    (
        'de',
        "Die Billettpreise bleiben im kommenden Jahr unverändert, ein Generalabonnement 2. Klasse kostet weiterhin Fr. 4'185.",
        True,
        [('ordinal', 2, None, None), ('money', 4185, 'CHF', None)],
        None,
    ),
    ('de', 'Pendlerverbände bezweifeln, dass die Kapazität auf der Strecke zu den Stosszeiten ausreicht.', False, [], None),
    # --- Australian jobs (AAP), Thursday, Nov. 12 ---
    (
        'en',
        "SYDNEY (AAP) - Australia's unemployment rate edged up to 4.4% in October as the economy shed a net 14,300 jobs, the Australian Bureau of Statistics says.",
        True,
        [('percent', 4.4, '%', None), ('count', 14300, None, None)],
        None,
    ),
    (
        'en',
        'Economists had tipped a gain of 20,000-odd positions and a steady jobless rate.',
        True,
        [('count', 20000, None, 'about')],
        None,
    ),
    (
        'en',
        'Full-time employment fell by 31,900, only partly offset by a rise of 17,600 in part-time roles.',
        True,
        [('count', 31900, None, None), ('count', 17600, None, None)],
        None,
    ),
    (
        'en',
        'The participation rate slipped three-tenths of a percentage point to 66.8%.',
        True,
        [('percent', 0.3, 'pp', None), ('percent', 66.8, '%', None)],
        None,
    ),
    (
        'en',
        'Treasurer Callum Dwyer-Finch said about 1.1 million jobs had been created since the government took office.',
        True,
        [('count', 1100000, None, 'about')],
        'Callum Dwyer-Finch',
    ),
    ('en', '"Nobody in this government is pretending the job is done," Dwyer-Finch said.', False, [], None),
    (
        'en',
        "Markets now price a roughly two-in-five chance of a rate cut at the Reserve Bank's December meeting.",
        True,
        [('fraction', 0.4, None, 'about')],
        None,
    ),
    ('en', 'Some economists said they doubted the weakness would last into the new year.', False, [], None),
    # --- Hamburger Hafen (dpa/lno), Donnerstag, 12. November ---
    (
        'de',
        'Hamburg (dpa/lno) - Der Hamburger Hafen hat in den ersten neun Monaten 5,91 Mio. Standardcontainer (TEU) umgeschlagen, ein Plus von 3,7 Prozent.',
        True,
        [('ordinal', 1, None, None), ('duration', 9, 'month', None), ('count', 5910000, None, None), ('percent', 3.7, '%', None)],
        None,
    ),
    (
        'de',
        'Der Seegüterumschlag stieg um knapp eine Million auf 86,4 Mio. Tonnen, teilte Hafen Hamburg Marketing am Donnerstag mit.',
        True,
        [('count', 1000000, None, 'nearly'), ('count', 86400000, None, None)],
        'Hafen Hamburg Marketing',
    ),
    (
        'de',
        'Rund jeder vierte Container kam aus China oder ging dorthin, die USA folgen mit 0,62 Mio. TEU auf Rang zwei.',
        True,
        [('fraction', 0.25, None, 'about'), ('count', 620000, None, None), ('ordinal', 2, None, None)],
        None,
    ),
    (
        'de',
        'Zum hundertsten Mal in diesem Jahr machte am Donnerstag ein Frachter mit mehr als 20.000 Stellplätzen an der Elbe fest.',
        True,
        [('ordinal', 100, None, None), ('count', 20000, None, 'over')],
        None,
    ),
    (
        'de',
        'Wirtschaftssenatorin Friederike Sönnichsen-Paap sagte, die Elbvertiefung habe die Wartezeiten der größten Schiffe um anderthalb Tage verkürzt.',
        True,
        [('duration', 1.5, 'day', None)],
        'Friederike Sönnichsen-Paap',
    ),
    ('de', '„Hamburg ist und bleibt Deutschlands Tor zur Welt“, sagte Sönnichsen-Paap.', False, [], None),
    (
        'de',
        'Rotterdam kam im selben Zeitraum auf 9,8 Mio. TEU, Antwerpen-Brügge auf 9,4 Mio.',
        True,
        [('count', 9800000, None, None), ('count', 9400000, None, None)],
        None,
    ),
    ('de', 'In der Hafenwirtschaft fürchten viele, dass neue Zölle den Aufschwung bremsen.', False, [], None),
    # --- U.S. consumer prices (Reuters), Thursday, Nov. 12 ---
    (
        'en',
        'WASHINGTON, Nov 12 (Reuters) - American consumers paid 0.3% more in October than in September, pushing annual inflation up to 3.1%, the Labor Department said on Thursday.',
        True,
        [('date', '--11-12', None, None), ('percent', 0.3, '%', None), ('percent', 3.1, '%', None)],
        None,
    ),
    (
        'en',
        'The median forecast in a Reuters survey was for a 0.2% monthly gain and a 3.0% annual rise.',
        True,
        [('percent', 0.2, '%', None), ('percent', 3.0, '%', None)],
        None,
    ),
    (
        'en',
        'Housing costs, roughly a third of the CPI basket, rose 0.4% for a second straight month.',
        True,
        [('fraction', 0.3333, None, 'about'), ('percent', 0.4, '%', None), ('ordinal', 2, None, None)],
        None,
    ),
    (
        'en',
        'Core CPI, which strips out food and energy, has now run above 3% for 20-plus months.',
        True,
        [('percent', 3, '%', 'over'), ('duration', 20, 'month', 'over')],
        None,
    ),
    (
        'en',
        'Egg prices tumbled 11.6%, their largest monthly decline since March 2023.',
        True,
        [('percent', 11.6, '%', None), ('year', 2023, None, None)],
        None,
    ),
    (
        'en',
        "Traders in fed funds futures priced a better than 70% probability of a quarter-point rate cut in December, CME Group's FedWatch tool showed.",
        True,
        [('percent', 70, '%', 'over'), ('percent', 0.25, 'pp', None)],
        None,
    ),
    ('en', 'Some economists said they believed tariffs would keep goods prices elevated well into next year.', False, [], None),
    (
        'en',
        'Real average hourly earnings fell 0.1%, the first decline in 17 months.',
        True,
        [('percent', 0.1, '%', None), ('ordinal', 1, None, None), ('duration', 17, 'month', None)],
        None,
    ),
    # --- ATP Finals (AP), Thursday, Nov. 12 ---
    (
        'en',
        'TURIN, Italy (AP) — Second-seeded Matej Kovarik beat Lorenzo Fabbrizi 7-6 (5), 6-4 at the ATP Finals on Thursday to finish round-robin play unbeaten.',
        True,
        [('ordinal', 2, None, None)],
        None,
    ),
    (
        'en',
        'The 26-year-old Czech served 14 aces and won 38 of his 43 service points in a match lasting two hours and eight minutes.',
        True,
        [('duration', 26, 'year', None), ('count', 14, None, None), ('count', 38, None, None), ('count', 43, None, None), ('duration', 2, 'hour', None), ('duration', 8, 'minute', None)],
        None,
    ),
    (
        'en',
        'Kovarik has won 23 of his last 25 indoor matches, a run stretching back a year and a half, according to the ATP.',
        True,
        [('count', 23, None, None), ('count', 25, None, None), ('duration', 1.5, 'year', None)],
        'the ATP',
    ),
    (
        'en',
        'An unbeaten champion at the season-ending event can collect as much as $5.3 million.',
        True,
        [('money', 5300000, 'USD', 'up_to')],
        None,
    ),
    ('en', '"Indoors I feel like the court belongs to me a little bit," Kovarik said.', False, [], None),
    (
        'en',
        'Fabbrizi, the home favourite, was cheered on by an 11,400-strong crowd.',
        True,
        [('count', 11400, None, None)],
        None,
    ),
    (
        'en',
        "Italy's No. 1 now needs to beat Casper Wennerholm in straight sets on Saturday to have any chance of advancing.",
        True,
        [('ordinal', 1, None, None)],
        None,
    ),
    ('en', 'Italian fans still hope their man can somehow sneak through.', False, [], None),
    # --- Bereinigungssitzung (dpa), Freitag, 13. November ---
    (
        'de',
        'Berlin (dpa) - Nach einer knapp fünfzehnstündigen Bereinigungssitzung hat der Haushaltsausschuss des Bundestags in der Nacht zum Freitag den Etat für das kommende Jahr festgezurrt.',
        True,
        [('duration', 15, 'hour', 'nearly')],
        None,
    ),
    (
        'de',
        'Der Bund will demnach 524,6 Mrd. Euro ausgeben, gut 3,5 Mrd. Euro mehr als im Regierungsentwurf vorgesehen.',
        True,
        [('money', 524600000000, 'EUR', None), ('money', 3500000000, 'EUR', 'over')],
        None,
    ),
    (
        'de',
        'Die Nettokreditaufnahme im Kernhaushalt steigt auf 98,2 Mrd. Euro, hinzu kommen Kredite aus den Sondervermögen von zusammen 143,7 Mrd. Euro.',
        True,
        [('money', 98200000000, 'EUR', None), ('money', 143700000000, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Für die Bundeswehr sind einschließlich Sondervermögen 108 Mrd. Euro eingeplant, gut ein Fünftel aller Ausgaben.',
        True,
        [('money', 108000000000, 'EUR', None), ('fraction', 0.2, None, 'over')],
        None,
    ),
    (
        'de',
        'Ausschussvorsitzende Brigitte Oberpaul-Reis sagte, die Abgeordneten hätten rund 2.300 Änderungsanträge beraten, drei- bis viermal so viele wie in gewöhnlichen Jahren.',
        True,
        [('count', 2300, None, 'about'), ('count', 3, None, None), ('count', 4, None, None)],
        'Brigitte Oberpaul-Reis',
    ),
    ('de', 'Die Opposition sprach von einem „Haushalt auf Pump und auf Kosten der Enkel“.', False, [], None),
    (
        'de',
        'Der Bundestag soll den Etat in der zweiten Dezemberwoche in zweiter und dritter Lesung beschließen.',
        True,
        [('ordinal', 2, None, None), ('ordinal', 2, None, None), ('ordinal', 3, None, None)],
        None,
    ),
    ('de', 'Ökonomen halten die Schuldenpläne für kaum vereinbar mit den europäischen Fiskalregeln.', False, [], None),
    # --- British GDP (Reuters), Friday, Nov. 13 ---
    (
        'en',
        "LONDON, Nov 13 (Reuters) - Britain's third-quarter growth came in at just 0.1%, half the pace seen over the previous three months, according to Friday's official estimate.",
        True,
        [('date', '--11-13', None, None), ('ordinal', 3, None, None), ('percent', 0.1, '%', None), ('fraction', 0.5, None, None), ('duration', 3, 'month', None)],
        None,
    ),
    (
        'en',
        "Output shrank by 0.2% in September alone after a cyber attack shut a carmaker's production lines for five-and-a-half weeks.",
        True,
        [('percent', 0.2, '%', None), ('duration', 5.5, 'week', None)],
        None,
    ),
    (
        'en',
        'Economists polled by Reuters had expected quarterly growth of 0.2%.',
        True,
        [('percent', 0.2, '%', None)],
        None,
    ),
    (
        'en',
        'Chancellor Ottilie Fenwick-Slade said the economy was 1.4% larger than a year earlier.',
        True,
        [('percent', 1.4, '%', None)],
        'Ottilie Fenwick-Slade',
    ),
    ('en', '"I am not satisfied with these numbers, and nor should anyone be," Fenwick-Slade said.', False, [], None),
    (
        'en',
        'GDP per head is still a fraction below its level of late 2019, the ONS said.',
        True,
        [('year', 2019, None, None)],
        'the ONS',
    ),
    (
        'en',
        'Sterling slipped 0.3% to $1.3124 after the release.',
        True,
        [('percent', 0.3, '%', None), ('money', 1.3124, 'USD', None)],
        None,
    ),
    ('en', "Employers' groups cautioned that another round of tax increases could tip the economy into recession.", False, [], None),
    # --- Anlagebetrug vor dem Landgericht (dpa/sn), Freitag, 13. November ---
    (
        'de',
        'Leipzig (dpa/sn) - Wegen gewerbsmäßigen Betrugs hat das Landgericht Leipzig einen 57-Jährigen zu dreieinviertel Jahren Haft verurteilt.',
        True,
        [('duration', 57, 'year', None), ('duration', 3.25, 'year', None)],
        None,
    ),
    (
        'de',
        'Zwischen 2019 und 2023 brachte der Mann nach Feststellung des Gerichts rund 1.150 Anleger um zusammen 14,7 Mio. Euro.',
        True,
        [('year', 2019, None, None), ('year', 2023, None, None), ('count', 1150, None, 'about'), ('money', 14700000, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Gut zwei Drittel der Geschädigten waren älter als 65 Jahre.',
        True,
        [('fraction', 0.6667, None, 'over'), ('duration', 65, 'year', 'over')],
        None,
    ),
    (
        'de',
        'Die Staatsanwaltschaft hatte viereinhalb Jahre gefordert, die Verteidigung eine Bewährungsstrafe von höchstens zwei Jahren.',
        True,
        [('duration', 4.5, 'year', None), ('duration', 2, 'year', 'at_most')],
        None,
    ),
    (
        'de',
        'Richterin Cordula Weihrauch-Menz sagte, der Angeklagte habe das Geld mithilfe von anderthalb Dutzend Scheinfirmen in Zypern und Malta verschoben.',
        True,
        [('count', 18, None, None)],
        'Cordula Weihrauch-Menz',
    ),
    (
        'de',
        'Knapp 1,9 Mio. Euro hatten die Ermittler bei Durchsuchungen sichergestellt, weniger als ein Siebtel des Schadens.',
        True,
        [('money', 1900000, 'EUR', 'nearly'), ('fraction', 0.1429, None, 'under')],
        None,
    ),
    (
        'de',
        'Der Verteidiger kündigte an, Revision einzulegen.',
        True,
        [],
        None,
    ),
    ('de', 'Viele Geschädigte zeigten sich nach dem Urteil enttäuscht über das Strafmaß.', False, [], None),
    # --- Hurricane Oriel hits Jamaica (AP), Friday, Nov. 13 ---
    (
        'en',
        'KINGSTON, Jamaica (AP) — Hurricane Oriel slammed into eastern Jamaica on Friday with top winds of 120 mph, the latest in the year a major hurricane has made landfall there in more than a century and a half of records.',
        True,
        [('count', 120, None, None), ('duration', 150, 'year', 'over')],
        None,
    ),
    (
        'en',
        "Up to 18 inches of rain fell on the Blue Mountains over a day and a half, the island's meteorological service said.",
        True,
        [('count', 18, None, 'up_to'), ('duration', 1.5, 'day', None)],
        None,
    ),
    (
        'en',
        "At least seven people were killed and about 240,000 customers, roughly two-fifths of the island's total, lost power.",
        True,
        [('count', 7, None, 'at_least'), ('count', 240000, None, 'about'), ('fraction', 0.4, None, 'about')],
        None,
    ),
    (
        'en',
        'Prime Minister Desmond Allardyce-Reid said 1,130 people had taken refuge in 96 shelters.',
        True,
        [('count', 1130, None, None), ('count', 96, None, None)],
        'Desmond Allardyce-Reid',
    ),
    ('en', '"We bend, but we do not break," Allardyce-Reid said in a national address.', False, [], None),
    (
        'en',
        'The U.S. National Hurricane Center said Oriel had weakened to a Category 1 storm by late Friday and was moving northeast at 14 mph.',
        True,
        [('count', 1, None, None), ('count', 14, None, None)],
        None,
    ),
    (
        'en',
        'It was the 14th named storm of a season that officially ends on Nov. 30.',
        True,
        [('ordinal', 14, None, None), ('date', '--11-30', None, None)],
        None,
    ),
    ('en', 'Residents of low-lying Port Royal fear the storm surge far more than the wind.', False, [], None),
    # --- Neuschnee in den Alpen (dpa/lby), Freitag, 13. November ---
    (
        'de',
        'Garmisch-Partenkirchen (dpa/lby) - Nach zweieinhalbtägigem Dauerschneefall liegen auf der Zugspitze inzwischen 1,35 Meter Schnee.',
        True,
        [('duration', 2.5, 'day', None), ('count', 1.35, None, None)],
        None,
    ),
    (
        'de',
        'In Garmisch-Partenkirchen fielen nach Angaben des Deutschen Wetterdienstes binnen 24 Stunden 41 Zentimeter, so viel wie an keinem Novembertag seit 1999.',
        True,
        [('duration', 24, 'hour', None), ('count', 41, None, None), ('year', 1999, None, None)],
        'der Deutsche Wetterdienst',
    ),
    (
        'de',
        'Auf der B23 zwischen Garmisch und Oberau blieben rund 150 Lkw stecken.',
        True,
        [('count', 150, None, 'about')],
        None,
    ),
    (
        'de',
        'Die Bayerische Zugspitzbahn öffnet das Skigebiet am Gletscher eine Woche früher als geplant, am 20. November.',
        True,
        [('date', '--11-20', None, None)],
        None,
    ),
    (
        'de',
        'In der Nacht auf Samstag erwarten die Meteorologen in den Alpentälern bis zu minus 14 Grad.',
        True,
        [('count', -14, None, 'up_to')],
        None,
    ),
    (
        'de',
        'Auf bayerischen Autobahnen staute sich der Verkehr am Freitagmorgen auf zusammen 212 Kilometern, teilte der ADAC mit.',
        True,
        [('count', 212, None, None)],
        'der ADAC',
    ),
    ('de', 'Der Wetterdienst riet Autofahrern, nur mit Winterausrüstung in die Berge zu fahren.', False, [], None),
    ('de', '„So einen Start in den Winter hatten wir schon lange nicht mehr“, sagte ein Liftbetreiber.', False, [], None),
    # --- Velazquez-Ortega signs with Boston (AP), Friday, Nov. 13 ---
    (
        'en',
        'NEW YORK (AP) — Shortstop Dario Velazquez-Ortega agreed Friday to an 11-year, $412.5 million contract with the Boston Red Sox, a person familiar with the agreement told The Associated Press.',
        True,
        [('duration', 11, 'year', None), ('money', 412500000, 'USD', None)],
        None,
    ),
    (
        'en',
        'The 25-year-old hit 38 homers with 104 RBIs last season and finished second in AL MVP voting.',
        True,
        [('duration', 25, 'year', None), ('count', 38, None, None), ('count', 104, None, None), ('ordinal', 2, None, None)],
        None,
    ),
    (
        'en',
        'The deal includes a $40 million signing bonus and lets him opt out after the fourth and seventh seasons.',
        True,
        [('money', 40000000, 'USD', None), ('ordinal', 4, None, None), ('ordinal', 7, None, None)],
        None,
    ),
    (
        'en',
        'Boston had offered him roughly a quarter of a billion dollars two winters ago.',
        True,
        [('money', 250000000, 'USD', 'about'), ('count', 2, None, None)],
        None,
    ),
    (
        'en',
        'Only two players in baseball history have signed for more money.',
        True,
        [('count', 2, None, None)],
        None,
    ),
    ('en', '"He is exactly the kind of player you build a franchise around," general manager Craig Maddox-Yarrow said.', False, [], None),
    ('en', 'Red Sox fans have waited a long time for a splash like this one.', False, [], None),
    # --- Adventmärkte in Wien (APA), Samstag, 14. November ---
    (
        'de',
        'Wien (APA) - Mit dem Einschalten der Beleuchtung haben am Samstag die Wiener Adventmärkte ihre Saison eröffnet, allein auf dem Rathausplatz öffneten 148 Stände.',
        True,
        [('count', 148, None, None)],
        None,
    ),
    (
        'de',
        'Die Veranstalter erwarten dort in den kommenden sechs Wochen rund eine Dreiviertelmillion Besucher.',
        True,
        [('duration', 6, 'week', None), ('count', 750000, None, 'about')],
        None,
    ),
    (
        'de',
        'Ein Häferl Punsch kostet heuer im Schnitt 5,80 Euro, um 30 Cent mehr als im Vorjahr und fast ein Drittel mehr als vor fünf Jahren.',
        True,
        [('money', 5.8, 'EUR', None), ('money', 0.3, 'EUR', None), ('fraction', 0.3333, None, 'nearly'), ('duration', 5, 'year', None)],
        None,
    ),
    (
        'de',
        'Als Pfand für die Tasse verlangen die meisten Standler 5,– Euro.',
        True,
        [('money', 5, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Marktamtsleiterin Ulrike Schwarzlmüller sagte, die Kontrolleure hätten im Vorjahr 212 Stände geprüft und bei knapp jedem zehnten Mängel festgestellt.',
        True,
        [('count', 212, None, None), ('fraction', 0.1, None, 'nearly')],
        'Ulrike Schwarzlmüller',
    ),
    ('de', '„Der Punsch gehört zu Wien wie der Steffl“, sagte Schwarzlmüller.', False, [], None),
    (
        'de',
        'Der Altwiener Christkindlmarkt auf der Freyung feiert heuer seine dreiunddreißigste Saison.',
        True,
        [('ordinal', 33, None, None)],
        None,
    ),
    ('de', 'Die Standler hoffen auf trockenes Wetter an den Adventwochenenden.', False, [], None),
    # --- Slalom in Levi (dpa), Samstag, 14. November ---
    (
        'de',
        'Levi (dpa) - Die Schweizerin Selina Betschart-Wyss hat zum Auftakt der Slalom-Saison im finnischen Levi ihren dritten Weltcupsieg gefeiert.',
        True,
        [('ordinal', 3, None, None)],
        None,
    ),
    (
        'de',
        'Die 24-Jährige siegte mit 41 Hundertsteln Vorsprung auf die Österreicherin Katharina Haidegger-Strobl, Dritte wurde die Deutsche Leonie Ertl-Hagen mit neun Zehnteln Rückstand.',
        True,
        [('duration', 24, 'year', None), ('duration', 0.41, 'second', None), ('ordinal', 3, None, None), ('duration', 0.9, 'second', None)],
        None,
    ),
    (
        'de',
        'Betschart-Wyss war nach dem ersten Durchgang nur Siebte gewesen und machte im zweiten sechs Plätze gut.',
        True,
        [('ordinal', 1, None, None), ('ordinal', 7, None, None), ('ordinal', 2, None, None), ('count', 6, None, None)],
        None,
    ),
    (
        'de',
        'Ihre Gesamtzeit betrug 1:49,37 Minuten.',
        True,
        [('duration', 1, 'minute', None), ('duration', 49.37, 'second', None)],
        None,
    ),
    ('de', '„Ich habe unten einfach alles riskiert“, sagte Betschart-Wyss im SRF-Interview.', False, [], None),
    (
        'de',
        'Ertl-Hagen stand zum ersten Mal seit anderthalb Jahren wieder auf dem Podest.',
        True,
        [('ordinal', 1, None, None), ('duration', 1.5, 'year', None)],
        None,
    ),
    (
        'de',
        'Am Sonntag steht am selben Ort der zweite Slalom an, der erste Lauf beginnt um 10.15 Uhr.',
        True,
        [('ordinal', 2, None, None), ('ordinal', 1, None, None)],
        None,
    ),
    ('de', 'Trainer halten Betschart-Wyss nach diesem Auftritt für die Favoritin auf die kleine Kristallkugel.', False, [], None),
    # --- England beat Argentina (PA), Saturday, Nov. 14 ---
    (
        'en',
        'LONDON (PA) - Wing Tobias Ferrabee scored a hat-trick of tries as England beat Argentina 38-17 at Twickenham on Saturday for their ninth straight Test win.',
        True,
        [('ordinal', 9, None, None)],
        None,
    ),
    (
        'en',
        'The 22-year-old, winning only his fifth cap, crossed twice in the first 13 minutes.',
        True,
        [('duration', 22, 'year', None), ('ordinal', 5, None, None), ('count', 2, None, None), ('ordinal', 1, None, None), ('duration', 13, 'minute', None)],
        None,
    ),
    (
        'en',
        'A crowd of 81,604 watched England run in 24 unanswered points after the break.',
        True,
        [('count', 81604, None, None), ('count', 24, None, None)],
        None,
    ),
    (
        'en',
        "Head coach Alistair Polkinghorne said fly-half Rory Flintshaw would miss next week's game against Fiji with a hamstring strain.",
        True,
        [],
        'Alistair Polkinghorne',
    ),
    ('en', '"That was as complete a performance as this group has put together," Polkinghorne said.', False, [], None),
    (
        'en',
        'Argentina, who had won two of their previous three meetings at Twickenham, had prop Joaquín Bustamante-Roca sin-binned twice in the second half.',
        True,
        [('count', 2, None, None), ('count', 3, None, None), ('count', 2, None, None), ('ordinal', 2, None, None)],
        None,
    ),
    (
        'en',
        "England's kickers landed 11 of their 12 shots at goal.",
        True,
        [('count', 11, None, None), ('count', 12, None, None)],
        None,
    ),
    ('en', 'Many in the stadium felt the final margin flattered the visitors.', False, [], None),
]
