"""Three-hundred-and-seventy-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, clubs, a horse, a storm, a
brewery and figures are made up (the club TSV Innwerk Rosenheim, Eintracht Norderbrake,
Jonas Brämswig, Bastian Kühlborn, Urs Bachmann-Zihlmann, Klara Ebersbach-Lenz, Mareike
Grünhagen, the measuring-instrument maker Verbeck with Henrike Dallmeyer, Florian
Weichselgartner, the village of Wernbach and its brewery with Theresa Pröbstlmeier, Markus
Zwettlbauer, Beat Imfeld-Gisler, the storm „Tjorven“, Vanessa Kranzberger, Silje
Aamodt-Brenna, Lea-Marie Hochreiner, Léa Carbonnaux, Helge Kastlunger, Karin Wallnerstorfer;
Nadia Berrada-Slaoui, Tadeusz Wilczyński-Ruda, Cole Ashmanton, Rick Solano, Dennis
Villacorta, Marco Haugsness, Gareth Trevithin, Anil Rathore-Joshi, Fenmoor Energy with
Tamsin Rowe-Hadley, Lorraine Whitfield-Ames, the meatpacker Serrana Alimentos with Tomás
Figueiredo-Lage, Merrimack Valley State, Saint Ansgar, Jalen Okoro-Whitfield, Marcus
Oakenfold, Eoin Mac Giolla Bhríde, the trading house Kurogane Corp with Haruki Kamisaka,
Ashcombe Ridge Capital, Ellen Vasquez-Ortiz, Megan Colquist, Jean-Luc Pellerin-Morvan,
Nathan Kourakis-Bell, the engineering group Carrowmore with Fiona Aldred-Kemp, Halcombe
Partners, the seat of Kelvinside East, Aileen Dunbar-Ross, Ewan McCrindle, Iona Rattray, the
horses Ballyvane Star and Greystone Abbey, Declan Furlong-Reilly, Ciara Molloy; every
unnamed fan, collector, spokesperson, judge, customer, trader, analyst, economist,
counselor, lead manager, cafe owner, minister and official); ministers, treasurers,
secretaries, first ministers, managers and coaches of real governments, parties, clubs and
teams appear under made-up names that stand for no real holder, or by their role only ("the
information minister", "Saudi Arabia's energy minister", „ein Sprecher der OeNB“, „die
Vorsitzende Richterin“). Real states, bodies, firms, clubs, events and places (Luzern and
its Kantonsrat, SVP, Die Mitte, FDP, SP, Grüne, Statistisches Bundesamt, Hauptverband der
Deutschen Bauindustrie, Oesterreichische Nationalbank, Verivox, Innenministerium, Landtag,
Xetra, Landgericht Düsseldorf, Staatsanwaltschaft, Deutscher Wetterdienst, Brocken, Deutsche
Bahn, Statistik Austria, ÖAMTC, GastroSuisse, Konsumentenschutz, Bundesbank and its Mainz
branch, Lotto „6 aus 49“, Holmenkollen, Ärztekammer, Patientenanwaltschaft; Morocco, S&P,
Moody's, the Los Angeles Angels, the Chicago Cubs, Tempe Diablo Stadium, the Office for
National Statistics, Victim Support, Reuters, the 988 Suicide and Crisis Lifeline, Brent,
West Texas Intermediate, the Nikkei average, AA Ireland, the Irish Road Haulage Association,
the Australian Bureau of Statistics, the Reserve Bank, the First Four, Duke, Labour, the
SNP, Reform UK, the Scottish Parliament, the Cheltenham Gold Cup, Punchestown, the Met
Office, the Environment Agency, Electricity North West, Network Rail, Honister Pass, Shap,
and the datelines' cities) stand for the way wire copy names them; every price, rate, tally,
count, share, vote, time, sum, age, date and quote here is invented, and where a real figure
came to mind (a real housing or crime tally, a real cash-exchange balance, a real car
density or doctors' rate, a real fuel or coffee price) it was changed; the fixed euro
conversion rates of the schilling and the mark and the odds of the German lottery are kept
as the facts they are, and the toll-free number is a fictional one.

Its weight: HARD NUMBER FORMS, thirteenth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second and three-hundred-and-sixtieth batches were the first twelve
rounds, and the seventeenth weighed the same forms long before them; their decisions are
kept, those of the three-hundred-and-forty-second and three-hundred-and-sixtieth first of
all) - one ordinary wire week, Monday, March 15, to Saturday, March 20, as 34 short stories
in date order with the German and English desks interleaved, each told as wire copy runs it
(a dateline lead, the figures, attributed claims, quotes, the other side): a third-division
match, a eurobond, a cantonal election in Lucerne, drink-driving checks in Poland, German
housing completions, spring training baseball, the schilling still at home in Austria, crime
in England and Wales, German power prices, rural roads in India, oil, a measuring-instrument
maker's year, a U.S. crisis line, an emergency-number outage in Bavaria, a Brazilian
meatpacker's quarter, a First Four game, a brewery's five hundredth year, Irish fuel prices,
Austria's car density, a Japanese buyback, U.S. births, Swiss coffee prices, French baguette
prices, a fraud verdict in Düsseldorf, Australian GDP per head, a storm in northern Germany,
a takeover approach in London, a Holyrood by-election, the Cheltenham Gold Cup, rain in
Cumbria, the German lottery jackpot, the mark still at home in Germany, the biathlon World
Cup final and Austria's doctor shortage. Half German (dpa with its regional slugs "dpa/lby"
and "dpa/lnw", dpa-AFX, APA, Keystone-SDA; Austrian „Kassenstellen“, „Wahlarzt“, paired
forms such as „Einwohnerinnen und Einwohner“, Bavarian „Bräustüberl“, Swiss
„Stimmbeteiligung“, „Gipfeli“, „Fr. 4.–“, «» quotes, German „“ quotes), half English
(Reuters with dated datelines, AP, AFP, PA, AAP). Its weight is the forms numbers take, in
shapes the earlier rounds did not use: ordinals in compounds and their look-alikes
(„Zweitplatzierten“, „Viertplatzierte“, „Zweitbeste“, „in vierter Generation“,
"third-from-bottom", "No. 16 seed", "first-round", "fourth-quarter", "fourth-largest",
beside „Drittliga-Spitzenreiter“, „Tabellenvorletzte“, „zum x-ten Mal“, "runner-up", "First
Four" and "First Minister", which rank nothing by a number); fractions mixed with whole
numbers in digits and words ("5 3/8%", "6-7/8%", "12 2/3 innings", "five and two-thirds
hitless innings", „gut 2/3 der Sitze“, "three-quarters of a length", "a length and a half",
"a year and a quarter", "a day and a quarter", "a month and a half", „dreieinhalbtausend“,
„eine gute halbe Million“, „zwischen einer halben und einer ganzen Milliarde Euro“, "half a
million to a million"); ranges across scale words ("anywhere from 900,000 to 1.4 million",
"€800m-€1.2bn"); approximations in new words ("comfortably north of", "just south of", "a
shade under", "a shade over", "a whisker shy of", "getting on for", "close on", "in the
region of", "in the order of", "approximately", "and change", "a good 40 seconds", „zirka“,
„reichlich“, „gegen 1.400“, beside „satte“, "fully" and "a mere", which bound nothing);
numbers in brackets without a label („mit 32 (29) Sitzen“, „38,6 (41,2) Prozent“, „4,21
(4,05) Milliarden Euro“, „(-3,50 €)“) and after slashes ("Ba1/BB+", „ct/kWh“, „€/Monat“,
„Az. 12 KLs 7/25“); per-capita and per-thousand rates („Je tausend Einwohner“, "per thousand
people", "0.2 per mille", „auf 1.000 Einwohnerinnen und Einwohner“, "one adult in every 14",
beside "per capita", "per person" and „pro Kopf“, which carry none); time spans in new words
(„ein halbes Jahrtausend“, „ein Dreivierteljahrhundert“, „zweieinhalb Jahrzehnte“, "two and
a half decades", „vierzehn Tage“, beside "a fortnight", "the past fortnight" and "a
fortnight's worth", which carry none); money in old and odd forms („Schilling“, „D-Mark“,
„Mark“, „Pfennig“, "francs in the country's old currency", „1.000-Schilling-Scheinen“,
„Fünf-Mark-Stücken“, „4 Euro 20“, „13 Franken 50“, „27,8 ct/kWh“, "4c", "R$1.84 billion",
"(USD5.2bn)", "2,500 zł", "Rs 1.8 lakh crore", „€ 120,–“, „Fr. 4.–“, "¥1.02tn"); and
telephone-like sequences and other numbers that count nothing („die Nummern eins-eins-zwei
und eins-eins-null“, "988", "1-800-555-0143", „089 2910 4477“, „0211 4471 90“, the drawn
lottery numbers, "9-2" odds, „Eine Halbe Helles“, "early 40s"). Negatives stand beside them -
about a quarter of the rows: rhetoric in quotes from a coach, a party president, a
minister, a manager, a brewer, a collector, an executive, a trainer, an athlete and roles,
labels („sprachen von“, „sprach von“, "called the result"), verdicts with „halten ... für“,
an accusation naming no act, doubts, a hope, an expectation, feelings, vox pops, scene
colour, appeals, advice and warnings that name no measure, and an open riddle; none of them
carries a figure.

239 rows (119 German, 120 English), 55 negatives (28 German, 27 English), 184 check-worthy
rows of which 5 carry no figure (3 German, 2 English), 374 expected quantities (131 counts,
88 amounts of money - 39 EUR, 11 USD, 6 DEM, 6 CHF, 5 BRL, 5 JPY, 4 ATS, 4 INR, 4 GBP, 2
PLN, 1 FRF, 1 AUD -, 53 durations - 29 in years, 6 in months, 6 in days, 4 in hours, 3 in
seconds, 3 in minutes, 2 in weeks -, 37 percentages - 35 in "%", 2 in basis points "bp" -,
26 fractions, 25 ordinals, 8 dates and 6 years; none of them in a negative), 39 checked
speakers (18 German, 21 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. Made-up names that turned out to
be in use in earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, belief, expectation or piece of rhetoric is
  a negative with speaker None, also with a named speaker (seventh, ninety-eighth,
  three-hundred-and-forty-second, three-hundred-and-sixtieth); a reported fact, figure,
  step, plan or forecast is check-worthy with its speaker, also in Konjunktiv I. Pairs from
  one speaker: Kühlborn's 17 of 21 points, Bachmann-Zihlmann's second seat, Solano's No. 2
  starter, Pröbstlmeier's sixth, Oakenfold's 14 of 16 games and Furlong-Reilly's six weeks
  beside their quotes, Aldred-Kemp's two rejected proposals beside her belief ("We believe
  ..."), Wilczyński-Ruda's breath tests beside the minister's rhetoric. Negatives otherwise:
  labels („Die Grünen sprachen von ...“, „Händler sprachen von ...“, „Die Opposition im
  Landtag sprach von ...“, „Der Konsumentenschutz sprach von ...“, "called the result",
  "said the programme was "an election gimmick ..."", "said Australians were "going
  backwards""), verdicts with „halten ... für“ (the builders, the analysts, the Ärztekammer;
  hundred-ninety-ninth) and „sehen in den Zahlen ein Alarmsignal“, an accusation naming no
  act ("accused ministers of presiding over ..."; two-hundred-and-forty-fourth), doubts
  ("privately doubt", "said they doubted"), a hope ("Investors hope"), an expectation
  without a figure ("said they expected the Reserve Bank to stay on hold"), feelings
  („fühlten sich ... im Stich gelassen“, „fühlen sich ... allein gelassen“), appeals and
  advice naming no measure („riefen die Bevölkerung auf, Ruhe zu bewahren“, „Der
  Wetterdienst riet“, „Verbraucherschützer raten“, „Suchtexperten mahnen“, "urged lawmakers
  to keep the line "a lifeline, not a luxury"", "Residents were advised";
  three-hundred-and-forty-second), warnings naming no measure („Der ÖAMTC warnt davor“,
  "Bakers' representatives warned"; two-hundred-and-fourth), vox pops and roles' rhetoric
  („sagte eine Sammlerin“, „sagte ein Lotto-Sprecher“, „sagte die Vorsitzende Richterin“,
  "said a counselor", "said a customer", "said a cafe owner", "said the head of the Irish
  Road Haulage Association", "the minister said"), scene colour (fans, a crowd in a beer
  tent, a defendant, "roared her up the hill") and an open riddle („Warum ..., bleibt ein
  Rätsel.“; three-hundred-and-fifty-sixth: „Warum das Feuer ausbrach, war zunächst
  unklar.“). Check-worthy without a figure: "The bonds are expected to be rated Ba1/BB+
  ...", "People in crisis can still dial the old toll-free number, 1-800-555-0143, ...",
  „Die Anrufe bei den Opfern kamen laut Urteil stets von der Nummer 0211 4471 90 ...“, „Das
  Urteil (Az. 12 KLs 7/25) ist noch nicht rechtskräftig.“ and „Die Gewinnzahlen lauteten
  ...“ - reported facts whose only figures name a rating, a line, a case or the balls drawn.
- Ordinals in compounds (the issue's „die drittgrößte Stadt“; every round): „gegen den
  Zweitplatzierten“ 2 and „Als Viertplatzierte“ 4 (two-hundred-and-tenth,
  two-hundred-and-ninety-seventh: „die Zweitplatzierte“, „Die Drittplatzierte“),
  „Zweitbeste“ 2 (hundred-fifty-third: „Zweitbeste Schweizerin“), „in vierter Generation“ 4
  (three-hundred-and-first: „in neunter Generation“), "fourth-quarter" 4 (fifteenth:
  "third-quarter"), "The company's fourth-largest shareholder" 4
  (three-hundred-and-forty-second), "the No. 2 starter" 2 and "No. 16 seed" 16
  (two-hundred-and-forty-ninth: "the world No. 6"), "a first-round game" 1
  (two-hundred-and-seventy-fifth: "a fifth-round draft pick"), "Reform UK third on 5,210" 3
  and "back in second" 2 (three-hundred-and-twenty-eighth: "finished second"), "two-time
  All-Star" count 2 (fifteenth: "the three-time champion"). „Drittliga-Spitzenreiter“
  carries none - the class of a league fused with its ordinal, as „Drittligist“
  (three-hundred-and-twenty-fifth) and „Zweitligist“ (eighty-second), unlike the English "a
  second-division team" and "Fourth-tier club" (two-hundred-and-seventy-fifth,
  hundred-eighth); "was runner-up on 9,476 votes" none (three-hundred-and-twenty-second).
  New: "after finishing third-from-bottom in its conference" is ordinal 3 - a place counted
  from the foot of a table is still a numbered place, as "Third-placed" counts from the top
  (two-hundred-and-tenth). New: „Der Tabellenvorletzte“ carries none - second-to-last names
  a place by no number word, as „Spitzenreiter“ (two-hundred-and-forty-ninth) and
  "runner-up" do; „zum x-ten Mal“ none - "x" leaves the number open, as „mehrere Dutzend“
  (three-hundred-and-sixtieth). New: "the First Four" (the name of the tournament's opening
  round) and "First Minister Ewan McCrindle" (a title) carry none - number words inside
  names and titles, as "Formel 1" (thirty-fifth) and „Dreigestirn“
  (three-hundred-and-twenty-first).
- Fractions mixed with whole numbers. New: "priced to yield 5 3/8%" is 5.375 and "a coupon
  of 6-7/8%" 6.875 - the bond market's whole number and eighths, the space or the hyphen
  joining them as the space joins "2 1/2 games" (two-hundred-and-sixty-fifth), not a range
  (a hyphen between two whole figures, seventeenth). "over 12 2/3 innings" 12.6667
  (two-hundred-and-sixty-fifth; three-hundred-and-twenty-first: "6⅔"), and New: "pitched
  five and two-thirds hitless innings" 5.6667 - the same figure in words, "and" adding the
  fraction to the whole number as "three and a quarter times"
  (three-hundred-and-twenty-eighth). „gut 2/3 der Sitze“ 0.6667 "over" - the digit fraction
  in German copy as "roughly 1/3 of them" (hundred-ninety-ninth) and "about 3/4 of the
  calls" (two-hundred-and-eighty-first) in English. New: "won ... by three-quarters of a
  length" is count 0.75 and "a length and a half back" count 1.5 - a share of a unit of
  measure is a count of that unit, as "three-quarters of a million barrels"
  (three-hundred-and-eighth) and „1,35 Meter“ (three-hundred-and-twenty-eighth) are counts.
  New: "the highest tally in a year and a quarter" is 1.25 years and "suspended for a day
  and a quarter" 1.25 days - "and a quarter" after a unit adds a quarter of it as "and a
  half" adds half ("a day and a half", three-hundred-and-twenty-eighth); "in a month and a
  half" 1.5 months. New: „zu mehr als dreieinhalbtausend Einsätzen“ is 3,500 "over" -
  „-einhalb“ before „tausend“ as „eineinhalb Millionen“ before a scale word
  (two-hundred-and-eighty-first). New: „eine gute halbe Million Haushalte“ is 500,000 "over"
  - the inflected „gut“ as in „ein gutes halbes Dutzend“ (three-hundred-and-twenty-eighth).
  New: „zwischen einer halben und einer ganzen Milliarde Euro“ is 5e8 and 1e9 EUR - „ganz“
  stresses the article's one, and the scale word written once serves both ends
  (forty-eighth). New: "by half a million to a million barrels a day" is 500,000 and
  1,000,000 (three-hundred-and-eighth: "half a trillion"; seventeenth: the article before a
  magnitude its figure one). „eine knappe halbe Sekunde“ 0.5 seconds "nearly"
  (three-hundred-and-sixtieth: „eine knappe Viertelstunde“). Each part of a compound span
  its own (three-hundred-and-forty-second): „zu zwei Jahren und neun Monaten Haft“, „drei
  Jahre und drei Monate“, „im Schnitt 10 Jahre und 8 Monate alt“.
- Ranges across scale words, each end its own figure and no hedge (seventeenth and every
  round): "anywhere from 900,000 to 1.4 million barrels" (two-hundred-and-eighty-first:
  "900,000 to 1.1 million barrels"; hundred-thirty-third: "anywhere from 39 to 99 francs"),
  „zwischen 280.000 und 300.000 Wohnungen“, „4,3 bis 4,5 Mrd. Euro“, „zwischen 9,90 und
  14,50 €/Monat“, "15 to 20 basis points", "40 to 60mm", "range from 2,500 zł to 30,000 zł".
  New: "€800m-€1.2bn" is 8e8 and 1.2e9 EUR - each end carries its own scale, and the hyphen
  between two sums is a range, as "£20-25bn" (three-hundred-and-eighth) and "$3 to $4
  billion" (three-hundred-and-forty-second).
- Approximations in new words, mapped to the names in use. New: "comfortably north of USD
  9bn" and "a session high north of $86" are "over" ("north of $30 billion", thirty-seventh;
  "comfortably" only widens the distance, as "well over"), and "just south of 52,000
  offences" and "settling just south of $84" "under" - the mirror word. New: "a shade under
  a tenth", "a shade under 5%" and "a shade under 1.30 euros" are "under" and "a shade over
  262,000" "over" (hundred-ninety-sixth: "a touch under 5%"). New: "a whisker shy of
  A$97,000" is "under" (two-hundred-and-seventh: "Just shy of 76 per cent"). New: "getting
  on for 25,000 villages", "getting on for four times covered" and "getting on for half the
  pump price", and "close on 2 million head", "close on two-thirds" and "close on a third
  more" are "nearly" - both approach a figure from below as "close to" does
  (two-hundred-and-forty-second, fifty-third). New: "in the region of £1.6bn", "in the order
  of Rs 3,400" and "approximately 2.8 billion barrels" are "about". New: "$412 million and
  change" is "over" - "and change" after a sum adds an unnamed small amount, as "-plus"
  after a figure (three-hundred-and-twenty-eighth). New: "in a good 40 seconds" and "for a
  good six hours" are "over" - the English of „gut“. New: „zirka“ (five times, „zirka 12
  Prozent“ first) is "about" as „ca.“ (three-hundred-and-forty-second), „reichlich 7
  Quadratmeter“, „reichlich ein Zehntel“, „reichlich die Hälfte“, „reichlich 23 Stunden“ and
  „reichlich doppelt so viele“ "over" as „gut“, and „gegen 1.400 Anrufe“ "about" - „gegen“
  before a bare figure reads "round about", unlike „gegen 14 Personen“ (first batch), where
  it governs its noun. New: „um satte 18,4 Prozent“, "a premium of fully 38%" and "a mere
  7.8% below" carry no hedge - they stress the figure and bound nothing, as „sogar“ and
  "only". Before an article or a noun a hedge bounds nothing (hundred-third,
  three-hundred-and-twenty-eighth: "short of the 75% goal"): "just south of the R$1.9
  billion analysts had expected", "a shade under initial guidance of around 5.75%" (the
  "around" the hedge of its own figure), "over the legal limit of 0.2 per mille", "under the
  replacement level of 2.1".
- Numbers in brackets. New: a bracketed figure without a label after a figure is the earlier
  value in dpa-AFX, Keystone-SDA and APA copy and gives both figures, the unit written once
  serving the bracketed one: „mit 32 (29) Sitzen“, „30 (34), ... 22 (25) ... 19 (17) Sitze“,
  „38,6 (41,2) Prozent“, „4,21 (4,05) Milliarden Euro“, „312 (348) Mio. Euro“, „7,4 (8,6)
  Prozent“, „0,85 (0,95) Euro“, „4,1 (3,2) Prozent“ - as the labelled „auf 1,46 (Vorjahr:
  1,71) Milliarden Euro“ (three-hundred-and-twenty-ninth) and "Brandenburg (58)"
  (two-hundred-and-forty-fourth) give theirs. „(-3,50 €)“ is money -3.5 EUR, the glued minus
  its sign (three-hundred-and-fifty-sixth); "($21.6 billion)" and "(USD5.2bn)" are second
  amounts (fifteenth); "(Ebit)", "(OeNB)" and „(Az. 12 KLs 7/25)“ carry none
  (three-hundred-and-tenth: „(Az. VI ZR 214/24)“).
- After slashes: "Ba1/BB+" carries none (hundred-sixty-third: ratings are grades, not
  figures); „ct/kWh“ and „€/Monat“ are units that carry none after their sums
  (fifty-seventh: „€/MWh“); „2/3“ above.
- Per-capita and per-thousand rates are counts with their base (hundred-eleventh,
  hundred-twenty-third, hundred-eighty-third, three-hundred-and-twelfth). New: „Je tausend
  Einwohner“, „Auf tausend Einwohnerinnen und Einwohner“, "per thousand people", "at 48.3
  per thousand" and "12.2 per thousand girls" give count 1,000 - the base in a number word
  as „je 1.000 Einwohner“ and "per 1,000 women" in digits (also here). New: "0.2 per mille",
  "more than 0.5 per mille" are counts 0.2 and 0.5 "over" - the English of „Promille“, a
  count wherever it stands (three-hundred-and-sixtieth). "one adult in every 14" 0.0714
  "about" (three-hundred-and-sixtieth: "one in every nine"), "about 1 in 7" 0.1429, "roughly
  1 in 3" 0.3333 and "About one in six" 0.1667 "about" (fifty-seventh: "About 1 in 5"). "Per
  capita", "per-capita", "GDP per capita", "output per person", "children per woman", „pro
  Kopf“, "a day", „am Tag“, "a year", „im Jahr“, "a share", „je Aktie“, "a tonne" and "a
  litre" carry none (two-hundred-and-forty-fourth, three-hundred-and-sixtieth).
- Time spans. New: „Seit einem halben Jahrtausend“ is 500 years and „seit einem
  Dreivierteljahrhundert“ 75 years - a share of a millennium or a century read in years, as
  "half a century" 50 years (fifty-ninth) and „seit einem Vierteljahrhundert“ 25 years
  (three-hundred-and-twenty-eighth); „ihr 500-jähriges Bestehen“ 500 years as an age. New:
  „Mehr als zweieinhalb Jahrzehnte“ and "more than two and a half decades" are 25 years
  "over" (three-hundred-and-twenty-first: „seit anderthalb Jahrzehnten“). „vierzehn Tage
  zuvor“ 14 days; "in a fortnight", "over the past fortnight" and "a fortnight's worth of
  rain" carry none - the unit with its article or possessive and no figure, as "a week"
  (fifth; thirtieth: "in a fortnight"; three-hundred-and-fifty-second). "a decade ago",
  "last year", "next year", "this year", "a year earlier", „im vergangenen Jahr“, „im Jahr
  davor“, „im Vorjahr“, „im Vorjahreszeitraum“, „seit Jahresbeginn“, „Ende Februar“, „im
  März“, "since January", "in May", "by Sunday" and the weekdays carry none.
- Money in old and odd forms, in the currency written (every round). New: the withdrawn
  currencies keep their ISO 4217 codes - „9,4 Mrd. Schilling“, „rund 4.300 Schilling“ and
  „1.000-Schilling-Scheinen“ ATS, „11,4 Milliarden D-Mark“, „63 Millionen Mark“, „42.000
  Mark“ and „Fünf-Mark-Stücken“ DEM, „rund 25 Pfennig“ 0.25 DEM (the hundredth of the mark
  as Cent and Rappen, hundred-thirty-eighth and fifty-seventh), "about seven francs in the
  country's old currency" FRF in the Paris story; the fixed rates „13,7603 Schilling für
  einen Euro“ and „1,95583 Mark für einen Euro“ are money in the priced currency, as "5.47
  per dollar" BRL (fourteenth). The denomination heading a compound is a sum (as „einen
  50-Millionen-Euro-Fonds“, earlier batches): „1.000-Schilling-Scheinen“ 1,000 ATS,
  „Fünf-Mark-Stücken“ 5 DEM. New: „kostet ... 4 Euro 20“ is 4.2 EUR and „zirka 13 Franken
  50“ 13.5 CHF "about" - the spoken price form, the bare second figure the cents or Rappen.
  New: „27,8 ct/kWh“ and „38,4 ct/kWh“ are 0.278 and 0.384 EUR - „ct“ abbreviates „Cent“ as
  „Mio.“ abbreviates „Millionen“; and "4c a litre" and "3c" in Irish copy 0.04 and 0.03 EUR,
  "better than 20 cent" 0.2 EUR "over" (two-hundred-and-fifty-ninth: "41.5 cent a litre").
  New: "R$1.84 billion", "R$28.6 billion" and "R$0.62 a share" are BRL ("R$" the Brazilian
  real, as "NT$" the New Taiwan dollar, three-hundred-and-sixtieth), "2,500 zł" PLN (the
  złoty's sign, hundred-fifth: "2.9 billion zlotys"), "(USD5.2bn)" 5.2e9 USD with the code
  glued to the figure as "USD 2.6bn" with a space (third: "CHF 12.5bn"). New: „zwischen €
  120,– und € 180,–“ are 120 and 180 EUR - the sign before and the dash for no cents after
  (two-hundred-and-ninety-seventh: „€ 12,50“; three-hundred-and-twenty-eighth: „5,– Euro“).
  "Rs 1.8 lakh crore ($21.6 billion)" 1.8e12 INR and 2.16e10 USD, "Rs 72 lakh" and "Rs 55
  lakh" 7.2e6 and 5.5e6 INR (hundred-forty-first), "¥1.02tn" 1.02e12 JPY
  (two-hundred-and-eighty-ninth: "£2.8tn"), "412p" and "380p" 4.12 and 3.8 GBP (tenth:
  "285p"), „Fr. 4.62“, „Fr. 5.20“, „Fr. 2.10“ and „knapp Fr. 4.–“ CHF (fortieth,
  three-hundred-and-forty-second), „zwölf Rappen“ 0.12 CHF, "89 cents" 0.89 EUR in the Paris
  story, "62 cents" 0.62 USD.
- Telephone-like sequences and other numbers that count nothing. New: „die Nummern
  eins-eins-zwei und eins-eins-null“ carry none - emergency numbers spelled digit by digit
  name lines, as "Rufnummer 116117" (two-hundred-and-seventh) and "dialled 999"
  (three-hundred-and-fifty-second); "988", "1-800-555-0143", „089 2910 4477“ and „0211 4471
  90“ none. New: „Die Gewinnzahlen lauteten 3, 11, 17, 26, 38 und 44, die Superzahl war die
  7.“ carries none and stays check-worthy - drawn numbers identify balls, as a start number
  identifies a racer (three-hundred-and-twenty-second), while „die sechs Richtigen“ counts 6
  (three-hundred-and-forty-second: "all six numbers"); Lotto „6 aus 49“ none (the game's
  name). New: "The 9-2 joint-favourite" carries none - betting odds are a price in the form
  of a score (hundred-thirty-third), while „eins zu knapp 140 Millionen“ states a chance as
  a ratio and gives 1 and 140,000,000 "nearly" (three-hundred-and-sixty-second: „im
  Verhältnis 2:1“). New: „Eine Halbe Helles“ carries none - the Bavarian name of the
  half-litre glass names a thing, as „Dreigestirn“ and „Doppelspur“
  (three-hundred-and-twenty-first) and „Die erste Maß“ gives only its ordinal
  (three-hundred-and-forty-second). New: "women in their early 40s" carries none - a decade
  of ages names a band, as „in den 1970er-Jahren“ (two-hundred-and-forty-fourth) and
  "triple-digit days" (three-hundred-and-sixtieth). Scores („mit 2:1“, "6-2", "71-68") none
  (hundred-thirty-third).
- Counts otherwise (every round): definite groups („17 von 21 möglichen Punkten“, "seven of
  nine free throws", "14 of its last 16 games"; forty-first), "in 16 of the past 18 years"
  16 and 18 years (three-hundred-and-fifty-first: "in 14 of the past 20 years"), multiples
  ("getting on for four times covered" 4 "nearly", "roughly double the rate" 2 "about" -
  hundred-thirty-second: "almost double" -, „reichlich doppelt so viele“ 2 "over"), heads in
  compounds („im 120-köpfigen Parlament“ 120, „in der fünfköpfigen Regierung“ 5 -
  three-hundred-and-sixtieth: „Eine vierköpfige Familie“ -, "the 18,000-seat arena" 18,000 -
  three-hundred-and-twenty-eighth: "an 11,400-strong crowd"), "130-odd less serious flood
  alerts" 130 "about" (three-hundred-and-twenty-eighth: "40-odd"), measures („47,4
  Quadratmeter“, „4.000 Kilowattstunden“, „knapp 48.000 Hektoliter“, „nach 7,5 Kilometern“,
  „bis zu 148 km/h, an der Küste von knapp 120“ - the unit written once serving the elliptic
  figure -, "112mm", "40 to 60mm", "1,000 litres", "11 litres", "approximately 2.8 billion
  barrels"), rates and indices ("his spring ERA to 1.42", "1.59 children per woman", "2.1"),
  votes and seats, crowds ("A crowd of 9,412", "A crowd of 68,412", „Vor 11.480
  Zuschauern“), „5.316.412 Pkw“ and the German digit grouping throughout.
- Durations otherwise and ages: tenors ("The 10-year notes", "The 30-year tranche";
  eleventh: "the 10-year Treasury yield"), „für eine gute Dreiviertelstunde“ 0.75 hours
  "over" (three-hundred-and-forty-second: „Dreiviertelstunde“), „seit anderthalb Monaten“
  1.5 months, „binnen anderthalb Jahren“ 1.5 years, „für gut anderthalb Tage“ 1.5 days
  "over", „seit gut vier Jahren“ 4 years "over", „vor dreißig Jahren“, „binnen zwölf
  Minuten“, "in the final two minutes" 2 minutes, "in under 24 hours" 24 hours "under", "for
  at least six weeks" 6 weeks "at_least", "over the four days" 4 days ("over" before a span
  no hedge, fifty-second), "28 days after", "14 months before", "a decade and a half ago" 15
  years, „im Schnitt sieben Wochen, beim Wahlarzt acht Tage“, "well over two minutes" 2
  minutes "over". Ages are durations in years: "Ashmanton, 27,", „einen 46-Jährigen“, „Seine
  39 Jahre alte Komplizin“, „ein 71-Jähriger“, "the nine-year-old" (a horse), "ages 15 to
  44" and "ages 15 to 19" both ends (three-hundred-and-sixtieth: „im Alter von 27 bis 45
  Jahren“), and the age of the cars „10 Jahre und 8 Monate“.
- Ordinals otherwise: „in der 87. Minute“, „nach dem 28. Spieltag“, „die erste Niederlage“,
  „einen zweiten Sitz“, „aus einer ersten Auswertung“ 1 (hundred-ninety-ninth: „nach einer
  ersten Schätzung“), "in the fourth inning", "for a 17th straight year", "for a seventh
  straight quarter", "the second half of the year", "the second woman to win the race", "his
  first win". None: "a spring record", "the highest tally", "the most common offence", "the
  lowest", "record-low", "top-seeded" (three-hundred-and-fifty-sixth: "Top seed").
- Years and dates: Reuters datelines with a day ("LONDON, March 15", "WARSAW, March 15",
  "NEW DELHI, March 16", "LONDON, March 16", "SAO PAULO, March 17", "TOKYO, March 18",
  "LONDON, March 19") are dates without a year; dpa, dpa/lby, dpa/lnw, dpa-AFX, APA,
  Keystone-SDA, AP, AFP, PA and AAP datelines none (seventy-ninth); "by April 16" --04-16.
  Years: "bonds due 2028", "by spring 2028", „bis Ende 2028“, „bis Ende 2027“, "in 2019",
  "in 2022".
- Hedges, only the names in use: „rund“, „zirka“, „gegen“ before a bare figure, "about",
  "About", "roughly", "some", "an estimated", "around", "approximately", "in the region of",
  "in the order of", "-odd" "about"; „knapp“, „Knapp“, „eine knappe“, „fast“, "getting on
  for", "close on", "close to" "nearly"; „gut“, „eine gute“, „reichlich“, „mehr als“, „über“
  before a figure, "more than", "well over", "comfortably north of", "north of", "better
  than", "a good", "a shade over", "and change" "over"; "just south of", "a shade under", "a
  whisker shy of", "under" before a figure "under"; „bis zu“, "up to", "as much as" "up_to";
  "at least" "at_least". No hedge: „im Schnitt“, "on average", „durchschnittlich“,
  „insgesamt“, „zusammen“, „bereits“, „nur“, „noch“, „inzwischen“, „derzeit“, „je“,
  „zwischen ... und“, „bis“ in a range, „binnen“, „satte“, "fully", "a mere", "only",
  "Only", "anywhere from", "a further", "to" in a range, "over" before a span, and a hedge
  word before an article or a noun.
- Speakers, checked only in forms the earlier batches settled: „Trainer Bastian Kühlborn
  sagte, ...“, „SVP-Kantonalpräsident Urs Bachmann-Zihlmann sagte, ...“, „Bauministerin
  Klara Ebersbach-Lenz sagte, ...“, „Energieexpertin Mareike Grünhagen sagte, ...“,
  „Finanzvorständin Henrike Dallmeyer sagte, ...“, „Innenminister Florian Weichselgartner
  sagte, ...“, „Brauereichefin Theresa Pröbstlmeier sagte, ...“, „Mobilitätsforscher Markus
  Zwettlbauer sagte, ...“, „GastroSuisse-Präsident Beat Imfeld-Gisler sagte, ...“,
  „Bundestrainer Helge Kastlunger sagte, ...“ and „Gesundheitsministerin Karin
  Wallnerstorfer sagte, ...“ the name with the office dropped (hundred-eightieth,
  three-hundred-and-sixtieth); „teilte das Statistische Bundesamt am Montag mit“, „teilte
  die Oesterreichische Nationalbank (OeNB) am Dienstag mit“ (the abbreviation and the
  weekday dropped), „teilte das Innenministerium mit“, „teilte die Statistik Austria mit“,
  „teilte die Deutsche Bahn mit“, „teilte die Bundesbank mit“ and „teilte die
  Lottogesellschaft mit“ (a body by its common noun, three-hundred-and-fifty-sixth: „teilte
  der Verein mit“) the source with its article. English: the name with the role dropped
  ("Finance Minister Nadia Berrada-Slaoui told reporters", "Deputy Interior Minister Tadeusz
  Wilczyński-Ruda said", "Manager Rick Solano said", "Policing Minister Gareth Trevithin
  said", "Rural Development Minister Anil Rathore-Joshi told reporters", "Fenmoor Energy
  analyst Tamsin Rowe-Hadley said", "Health and Human Services Secretary Lorraine
  Whitfield-Ames said", "Chief Executive Tomás Figueiredo-Lage said on an analyst call" -
  the occasion dropped, three-hundred-and-twenty-fourth -, "Coach Marcus Oakenfold said",
  "Finance Minister Eoin Mac Giolla Bhríde said", "Chief Financial Officer Haruki Kamisaka
  told reporters", "Demographer Ellen Vasquez-Ortiz said", "Baker Jean-Luc Pellerin-Morvan
  said", "Treasurer Nathan Kourakis-Bell said", "Chief Executive Fiona Aldred-Kemp said",
  "First Minister Ewan McCrindle said"; hundred-forty-fifth, three-hundred-and-sixtieth;
  "told reporters" names the speaker, two-hundred-and-fourth); "Furlong-Reilly said ..." the
  surname opening the row (forty-second); "the Office for National Statistics said" with its
  article (three-hundred-and-fourth); "Carrowmore said ..." opening the row, "Network Rail
  said" and "Electricity North West said" as written (a firm's "said",
  three-hundred-and-eighth, three-hundred-and-forty-second). Left unchecked (None): all
  negatives, also those with a named speaker; roles („Ein Sprecher der OeNB sagte“, "the
  information minister said", "Saudi Arabia's energy minister said"), „laut Urteil“, „Laut
  Ärztekammer“, „nach Angaben der Innenministerien“ (a plural source, forty-first), „wie aus
  Daten des Vergleichsportals Verivox hervorgeht“, „wie aus einer ersten Auswertung
  hervorgeht“, „wie eine Erhebung des Branchenverbands GastroSuisse zeigt“, „In einer
  Umfrage im Auftrag der Nationalbank“, „Der Deutsche Wetterdienst maß“ (no verb of saying),
  „Versicherer schätzen“ (an estimating verb, hundred-tenth); descriptions before a name
  ("motoring group AA Ireland said", "Japanese trading house Kurogane Corp said", "British
  engineering group Carrowmore said"; two-hundred-and-ninety-seventh), bodies' "said" ("the
  finance ministry said", "the interior ministry said", "the team said", "the agency said",
  "the group said", "the Australian Bureau of Statistics said", "the Met Office said", "it
  said in a securities filing"; three-hundred-and-forty-second, three-hundred-and-sixtieth),
  plural sources ("federal health officials said", "Bookmakers said", "analysts polled by
  Reuters estimated", "Forecasters expect"), documents ("according to a lead manager",
  "according to the rural development ministry", "according to health ministry data",
  "according to the report", "according to the bakers' federation", "a government report
  showed", "a survey showed", "The report showed") and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_376 = [
    # --- 3. Liga: Spitzenreiter baut Vorsprung aus (dpa), Montag, 15. März ---
    (
        'de',
        'Rosenheim (dpa) - Drittliga-Spitzenreiter TSV Innwerk Rosenheim hat sein Nachholspiel gegen den Zweitplatzierten Eintracht Norderbrake mit 2:1 gewonnen und den Vorsprung auf sieben Punkte ausgebaut.',
        True,
        [('ordinal', 2, None, None), ('count', 7, None, None)],
        None,
    ),
    (
        'de',
        'Vor 11.480 Zuschauern, gut zwei Drittel davon Heimfans, traf Jonas Brämswig in der 87. Minute zum Sieg.',
        True,
        [('count', 11480, None, None), ('fraction', 0.6667, None, 'over'), ('ordinal', 87, None, None)],
        None,
    ),
    (
        'de',
        'Trainer Bastian Kühlborn sagte, seine Mannschaft sei seit anderthalb Monaten ungeschlagen und habe in dieser Zeit 17 von 21 möglichen Punkten geholt.',
        True,
        [('duration', 1.5, 'month', None), ('count', 17, None, None), ('count', 21, None, None)],
        'Bastian Kühlborn',
    ),
    ('de', '„Wir haben uns diesen Vorsprung hart erarbeitet, aber abgerechnet wird ganz am Ende“, sagte Kühlborn.', False, [], None),
    (
        'de',
        'Der Viertplatzierte aus Meppenrath liegt nach dem 28. Spieltag bereits elf Zähler hinter dem Relegationsrang.',
        True,
        [('ordinal', 4, None, None), ('ordinal', 28, None, None), ('count', 11, None, None)],
        None,
    ),
    (
        'de',
        'Der Tabellenvorletzte aus Kirchwerder verspielte zum x-ten Mal in dieser Saison eine Führung und steht nun acht Punkte hinter dem rettenden Ufer.',
        True,
        [('count', 8, None, None)],
        None,
    ),
    (
        'de',
        'Für Norderbrake war es die erste Niederlage nach elf Pflichtspielen ohne Pleite.',
        True,
        [('ordinal', 1, None, None), ('count', 11, None, None)],
        None,
    ),
    # --- Morocco eurobond (Reuters), Monday, March 15 ---
    (
        'en',
        'LONDON, March 15 (Reuters) - Morocco raised USD 2.6bn from a dual-tranche eurobond on Monday, drawing orders comfortably north of USD 9bn, according to a lead manager.',
        True,
        [('date', '--03-15', None, None), ('money', 2600000000, 'USD', None), ('money', 9000000000, 'USD', 'over')],
        None,
    ),
    (
        'en',
        'The 10-year notes were priced to yield 5 3/8%, a shade under initial guidance of around 5.75%.',
        True,
        [('duration', 10, 'year', None), ('percent', 5.375, '%', None), ('percent', 5.75, '%', 'about')],
        None,
    ),
    (
        'en',
        'The 30-year tranche carries a coupon of 6-7/8%, and the finance ministry said it would use about USD 1bn of the proceeds to buy back bonds due 2028.',
        True,
        [('duration', 30, 'year', None), ('percent', 6.875, '%', None), ('money', 1000000000, 'USD', 'about'), ('year', 2028, None, None)],
        None,
    ),
    (
        'en',
        'Finance Minister Nadia Berrada-Slaoui told reporters the book had been getting on for four times covered at its peak.',
        True,
        [('count', 4, None, 'nearly')],
        'Nadia Berrada-Slaoui',
    ),
    (
        'en',
        "Spreads on the country's existing dollar bonds tightened by 15 to 20 basis points after the deal was priced.",
        True,
        [('percent', 15, 'bp', None), ('percent', 20, 'bp', None)],
        None,
    ),
    ('en', "The bonds are expected to be rated Ba1/BB+, in line with the sovereign's existing debt.", True, [], None),
    ('en', 'Some fund managers privately doubt that the pace of reform can be sustained after the elections.', False, [], None),
    # --- Kantonsratswahlen Luzern (Keystone-SDA), Montag, 15. März ---
    (
        'de',
        'Luzern (Keystone-SDA) - Bei den Luzerner Kantonsratswahlen ist die SVP mit 32 (29) Sitzen zur stärksten Kraft im 120-köpfigen Parlament geworden.',
        True,
        [('count', 32, None, None), ('count', 29, None, None), ('count', 120, None, None)],
        None,
    ),
    (
        'de',
        'Die Mitte kommt auf 30 (34), die FDP auf 22 (25) und die SP auf 19 (17) Sitze.',
        True,
        [('count', 30, None, None), ('count', 34, None, None), ('count', 22, None, None), ('count', 25, None, None), ('count', 19, None, None), ('count', 17, None, None)],
        None,
    ),
    (
        'de',
        'Die Grünen verloren gut ein Drittel ihrer Mandate und stellen noch 9 Kantonsrätinnen und Kantonsräte.',
        True,
        [('fraction', 0.3333, None, 'over'), ('count', 9, None, None)],
        None,
    ),
    (
        'de',
        'SVP, Mitte und FDP verfügen damit zusammen über gut 2/3 der Sitze.',
        True,
        [('fraction', 0.6667, None, 'over')],
        None,
    ),
    (
        'de',
        'Die Stimmbeteiligung lag bei 38,6 (41,2) Prozent.',
        True,
        [('percent', 38.6, '%', None), ('percent', 41.2, '%', None)],
        None,
    ),
    (
        'de',
        'SVP-Kantonalpräsident Urs Bachmann-Zihlmann sagte, die Partei werde Anspruch auf einen zweiten Sitz in der fünfköpfigen Regierung erheben.',
        True,
        [('ordinal', 2, None, None), ('count', 5, None, None)],
        'Urs Bachmann-Zihlmann',
    ),
    ('de', '«Das ist ein historischer Abend für unsere Partei und für das ganze Luzernerland», sagte Bachmann-Zihlmann.', False, [], None),
    ('de', 'Die Grünen sprachen von einer «bitteren, aber lehrreichen Niederlage».', False, [], None),
    # --- Poland drink-driving checks (Reuters), Monday, March 15 ---
    (
        'en',
        'WARSAW, March 15 (Reuters) - Polish police caught 1,873 drivers over the legal limit of 0.2 per mille during weekend checks, the highest tally in a year and a quarter.',
        True,
        [('date', '--03-15', None, None), ('count', 1873, None, None), ('count', 0.2, None, None), ('duration', 1.25, 'year', None)],
        None,
    ),
    (
        'en',
        'Of those, 412 had more than 0.5 per mille in their blood, which counts as a criminal offence.',
        True,
        [('count', 412, None, None), ('count', 0.5, None, 'over')],
        None,
    ),
    (
        'en',
        'Fines for drink-driving range from 2,500 zł to 30,000 zł for repeat offenders, the interior ministry said.',
        True,
        [('money', 2500, 'PLN', None), ('money', 30000, 'PLN', None)],
        None,
    ),
    (
        'en',
        'Deputy Interior Minister Tadeusz Wilczyński-Ruda said police had carried out some 2.1 million breath tests since January.',
        True,
        [('count', 2100000, None, 'about')],
        'Tadeusz Wilczyński-Ruda',
    ),
    ('en', '"Anyone who gets behind the wheel after drinking is a potential killer," the minister said.', False, [], None),
    (
        'en',
        'Per capita, Poles drink about 11 litres of pure alcohol a year, according to health ministry data.',
        True,
        [('count', 11, None, 'about')],
        None,
    ),
    # --- Wohnungsbau (dpa), Montag, 15. März ---
    (
        'de',
        'Wiesbaden (dpa) - Bundesweit wurden im vergangenen Jahr 214.800 Wohnungen fertiggestellt, zirka 12 Prozent weniger als im Jahr davor.',
        True,
        [('count', 214800, None, None), ('percent', 12, '%', 'about')],
        None,
    ),
    (
        'de',
        'Je tausend Einwohner entstanden damit rechnerisch 2,6 neue Wohnungen, teilte das Statistische Bundesamt am Montag mit.',
        True,
        [('count', 1000, None, None), ('count', 2.6, None, None)],
        'das Statistische Bundesamt',
    ),
    (
        'de',
        'Am höchsten war die Quote in Bayern mit 3,4 Wohnungen je 1.000 Einwohner, am niedrigsten im Saarland mit knapp 1,1.',
        True,
        [('count', 3.4, None, None), ('count', 1000, None, None), ('count', 1.1, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Die Zahl der genehmigten Wohnungen stieg im Januar dagegen um satte 18,4 Prozent auf gut 21.000.',
        True,
        [('percent', 18.4, '%', None), ('count', 21000, None, 'over')],
        None,
    ),
    (
        'de',
        'Bauministerin Klara Ebersbach-Lenz sagte, bis Ende 2028 sollten jährlich zwischen 280.000 und 300.000 Wohnungen entstehen.',
        True,
        [('year', 2028, None, None), ('count', 280000, None, None), ('count', 300000, None, None)],
        'Klara Ebersbach-Lenz',
    ),
    ('de', 'Die Bauwirtschaft hält das Ziel der Ministerin für unerreichbar.', False, [], None),
    ('de', '„Wer heute nicht baut, verschärft die Wohnungsnot von morgen“, sagte ein Sprecher des Hauptverbands der Deutschen Bauindustrie.', False, [], None),
    (
        'de',
        'Pro Kopf stehen den Menschen in Deutschland im Schnitt 47,4 Quadratmeter Wohnfläche zur Verfügung, reichlich 7 Quadratmeter mehr als vor dreißig Jahren.',
        True,
        [('count', 47.4, None, None), ('count', 7, None, 'over'), ('duration', 30, 'year', None)],
        None,
    ),
    # --- Spring training: Angels beat Cubs (AP), Monday, March 15 ---
    (
        'en',
        'TEMPE, Ariz. (AP) — Left-hander Cole Ashmanton pitched five and two-thirds hitless innings on Monday, and the Los Angeles Angels beat the Chicago Cubs 6-2 in a spring training game.',
        True,
        [('count', 5.6667, None, None)],
        None,
    ),
    (
        'en',
        'Ashmanton, 27, struck out seven without a walk and lowered his spring ERA to 1.42 over 12 2/3 innings.',
        True,
        [('duration', 27, 'year', None), ('count', 7, None, None), ('count', 1.42, None, None), ('count', 12.6667, None, None)],
        None,
    ),
    (
        'en',
        'Manager Rick Solano said Ashmanton would open the season as the No. 2 starter behind two-time All-Star Dennis Villacorta.',
        True,
        [('ordinal', 2, None, None), ('count', 2, None, None)],
        'Rick Solano',
    ),
    ('en', '"He\'s pitching with a lot of confidence right now, and that\'s fun to watch," Solano said.', False, [], None),
    (
        'en',
        'A crowd of 9,412 watched at Tempe Diablo Stadium, a spring record for the ballpark.',
        True,
        [('count', 9412, None, None)],
        None,
    ),
    (
        'en',
        'Cubs reliever Marco Haugsness left in the fourth inning with tightness in his left hamstring and will be reevaluated in a fortnight, the team said.',
        True,
        [('ordinal', 4, None, None)],
        None,
    ),
    ('en', 'Fans behind the home dugout gave Ashmanton a standing ovation as he walked off.', False, [], None),
    # --- Schilling-Umtausch (APA), Dienstag, 16. März ---
    (
        'de',
        'Wien (APA) - Mehr als zweieinhalb Jahrzehnte nach der Euro-Bargeldeinführung sind noch Schilling-Banknoten und -Münzen im Gegenwert von rund 680 Mio. Euro nicht umgetauscht.',
        True,
        [('duration', 25, 'year', 'over'), ('money', 680000000, 'EUR', 'about')],
        None,
    ),
    (
        'de',
        'Das entspricht zirka 9,4 Mrd. Schilling, teilte die Oesterreichische Nationalbank (OeNB) am Dienstag mit.',
        True,
        [('money', 9400000000, 'ATS', 'about')],
        'die Oesterreichische Nationalbank',
    ),
    (
        'de',
        'Umgerechnet wird weiterhin zum fixen Kurs von 13,7603 Schilling für einen Euro.',
        True,
        [('money', 13.7603, 'ATS', None)],
        None,
    ),
    (
        'de',
        'Von den 1.000-Schilling-Scheinen mit dem Porträt Karl Landsteiners sind noch über 2,1 Millionen Stück im Umlauf.',
        True,
        [('money', 1000, 'ATS', None), ('count', 2100000, None, 'over')],
        None,
    ),
    (
        'de',
        'Ein Sprecher der OeNB sagte, im Vorjahr seien an den Kassen gut 31.000 Umtauschvorgänge gezählt worden, im Schnitt mit rund 4.300 Schilling.',
        True,
        [('count', 31000, None, 'over'), ('money', 4300, 'ATS', 'about')],
        None,
    ),
    (
        'de',
        'In einer Umfrage im Auftrag der Nationalbank gaben zirka 14 Prozent der Befragten an, noch Schilling zu Hause aufzubewahren.',
        True,
        [('percent', 14, '%', 'about')],
        None,
    ),
    ('de', '„Die alten Scheine sind für mich ein Stück Heimat, die gebe ich nicht her“, sagte eine Sammlerin vor der Nationalbank.', False, [], None),
    (
        'de',
        'Knapp drei Fünftel der Umtauschvorgänge entfielen auf Wien und Niederösterreich.',
        True,
        [('fraction', 0.6, None, 'nearly')],
        None,
    ),
    # --- Crime in England and Wales (PA), Tuesday, March 16 ---
    (
        'en',
        'LONDON (PA) - Forces across England and Wales logged 6.2 million crimes in the year to September, a rate of 101 offences per thousand people, the Office for National Statistics said.',
        True,
        [('count', 6200000, None, None), ('count', 101, None, None), ('count', 1000, None, None)],
        'the Office for National Statistics',
    ),
    (
        'en',
        'Knife crime rose 4% to just south of 52,000 offences, while robbery fell by a shade under a tenth.',
        True,
        [('percent', 4, '%', None), ('count', 52000, None, 'under'), ('fraction', 0.1, None, 'under')],
        None,
    ),
    (
        'en',
        'Cleveland had the highest rate of violent crime, at 48.3 per thousand, against a national average of 34.1.',
        True,
        [('count', 48.3, None, None), ('count', 1000, None, None), ('count', 34.1, None, None)],
        None,
    ),
    (
        'en',
        'Fraud remained the most common offence at an estimated 3.9 million incidents, with roughly one adult in every 14 falling victim.',
        True,
        [('count', 3900000, None, 'about'), ('fraction', 0.0714, None, 'about')],
        None,
    ),
    (
        'en',
        'Policing Minister Gareth Trevithin said the government would fund 3,000 extra neighbourhood officers by spring 2028.',
        True,
        [('count', 3000, None, None), ('year', 2028, None, None)],
        'Gareth Trevithin',
    ),
    ('en', '"Behind these statistics are people whose lives have been turned upside down," said the chief executive of Victim Support.', False, [], None),
    ('en', 'Opposition MPs accused ministers of presiding over "a collapse in public confidence".', False, [], None),
    # --- Strompreise (dpa), Dienstag, 16. März ---
    (
        'de',
        'Berlin (dpa) - Der Strompreis für Neukunden ist im März auf durchschnittlich 27,8 ct/kWh gesunken, den niedrigsten Stand seit gut vier Jahren.',
        True,
        [('money', 0.278, 'EUR', None), ('duration', 4, 'year', 'over')],
        None,
    ),
    (
        'de',
        'Bestandskunden in der Grundversorgung zahlen dagegen im Schnitt 38,4 ct/kWh, gut ein Drittel mehr, wie aus Daten des Vergleichsportals Verivox hervorgeht.',
        True,
        [('money', 0.384, 'EUR', None), ('fraction', 0.3333, None, 'over')],
        None,
    ),
    (
        'de',
        'Bei einem Jahresverbrauch von 4.000 Kilowattstunden macht der Unterschied zirka 420 Euro im Jahr aus.',
        True,
        [('count', 4000, None, None), ('money', 420, 'EUR', 'about')],
        None,
    ),
    (
        'de',
        'Der Grundpreis liegt bei den meisten Anbietern zwischen 9,90 und 14,50 €/Monat.',
        True,
        [('money', 9.9, 'EUR', None), ('money', 14.5, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Energieexpertin Mareike Grünhagen sagte, Netzentgelte, Steuern und Abgaben machten knapp die Hälfte des Preises aus.',
        True,
        [('fraction', 0.5, None, 'nearly')],
        'Mareike Grünhagen',
    ),
    (
        'de',
        'Vor einem Vierteljahrhundert hatte eine Kilowattstunde Haushaltsstrom umgerechnet 13 Cent gekostet, damals rund 25 Pfennig.',
        True,
        [('duration', 25, 'year', None), ('money', 0.13, 'EUR', None), ('money', 0.25, 'DEM', 'about')],
        None,
    ),
    ('de', 'Verbraucherschützer raten, den eigenen Tarif regelmäßig zu überprüfen.', False, [], None),
    # --- India rural roads (Reuters), Tuesday, March 16 ---
    (
        'en',
        "NEW DELHI, March 16 (Reuters) - India's cabinet approved Rs 1.8 lakh crore ($21.6 billion) for a rural road programme on Tuesday, the information minister said.",
        True,
        [('date', '--03-16', None, None), ('money', 1800000000000, 'INR', None), ('money', 21600000000, 'USD', None)],
        None,
    ),
    (
        'en',
        'The scheme aims to connect getting on for 25,000 villages that still lack all-weather roads, according to the rural development ministry.',
        True,
        [('count', 25000, None, 'nearly')],
        None,
    ),
    (
        'en',
        'Each kilometre of road is budgeted at Rs 72 lakh, up from Rs 55 lakh when the previous phase began in 2019.',
        True,
        [('money', 7200000, 'INR', None), ('money', 5500000, 'INR', None), ('year', 2019, None, None)],
        None,
    ),
    (
        'en',
        'Rural Development Minister Anil Rathore-Joshi told reporters that about 1 in 7 of the new roads would be built in the north-eastern states.',
        True,
        [('fraction', 0.1429, None, 'about')],
        'Anil Rathore-Joshi',
    ),
    (
        'en',
        'Per-capita spending on rural infrastructure in the poorest states is still in the order of Rs 3,400 a year, a government report showed.',
        True,
        [('money', 3400, 'INR', 'about')],
        None,
    ),
    ('en', 'Opposition leaders said the programme was "an election gimmick dressed up as policy".', False, [], None),
    ('en', 'Economists said they doubted the states had the capacity to spend the money quickly.', False, [], None),
    # --- Oil prices (Reuters), Tuesday, March 16 ---
    (
        'en',
        'LONDON, March 16 (Reuters) - Oil prices slipped on Tuesday, with Brent crude futures settling just south of $84 a barrel after touching a session high north of $86.',
        True,
        [('date', '--03-16', None, None), ('money', 84, 'USD', 'under'), ('money', 86, 'USD', 'over')],
        None,
    ),
    (
        'en',
        'U.S. West Texas Intermediate crude fell 62 cents, or 0.8%, to $79.85.',
        True,
        [('money', 0.62, 'USD', None), ('percent', 0.8, '%', None), ('money', 79.85, 'USD', None)],
        None,
    ),
    (
        'en',
        'U.S. crude inventories probably rose by anywhere from 900,000 to 1.4 million barrels last week, analysts polled by Reuters estimated.',
        True,
        [('count', 900000, None, None), ('count', 1400000, None, None)],
        None,
    ),
    (
        'en',
        "Saudi Arabia's energy minister said the kingdom could lift output by half a million to a million barrels a day at short notice.",
        True,
        [('count', 500000, None, None), ('count', 1000000, None, None)],
        None,
    ),
    (
        'en',
        'Fenmoor Energy analyst Tamsin Rowe-Hadley said global inventories of approximately 2.8 billion barrels left the market comfortably supplied.',
        True,
        [('count', 2800000000, None, 'about')],
        'Tamsin Rowe-Hadley',
    ),
    ('en', "Traders said the market remained jittery ahead of the producers' meeting.", False, [], None),
    # --- Bilanz Verbeck (dpa-AFX), Mittwoch, 17. März ---
    (
        'de',
        'München (dpa-AFX) - Der Messtechnikkonzern Verbeck hat im vergangenen Geschäftsjahr 4,21 (4,05) Milliarden Euro umgesetzt.',
        True,
        [('money', 4210000000, 'EUR', None), ('money', 4050000000, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Das operative Ergebnis (Ebit) sank auf 312 (348) Mio. Euro, die Marge auf 7,4 (8,6) Prozent.',
        True,
        [('money', 312000000, 'EUR', None), ('money', 348000000, 'EUR', None), ('percent', 7.4, '%', None), ('percent', 8.6, '%', None)],
        None,
    ),
    (
        'de',
        'Die Dividende soll auf 0,85 (0,95) Euro je Aktie sinken.',
        True,
        [('money', 0.85, 'EUR', None), ('money', 0.95, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Im laufenden Jahr peilt der Vorstand einen Umsatz von 4,3 bis 4,5 Mrd. Euro an.',
        True,
        [('money', 4300000000, 'EUR', None), ('money', 4500000000, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Finanzvorständin Henrike Dallmeyer sagte, der Auftragseingang sei im Schlussquartal um reichlich ein Zehntel gestiegen.',
        True,
        [('fraction', 0.1, None, 'over')],
        'Henrike Dallmeyer',
    ),
    (
        'de',
        'Die Aktie verlor im Xetra-Handel bis zum Mittag 6,8 Prozent auf 48,16 € (-3,50 €).',
        True,
        [('percent', 6.8, '%', None), ('money', 48.16, 'EUR', None), ('money', -3.5, 'EUR', None)],
        None,
    ),
    ('de', 'Händler sprachen von einem „Zahlenwerk mit Schönheitsfehlern“.', False, [], None),
    ('de', 'Analysten halten die Prognose des Vorstands für ambitioniert.', False, [], None),
    # --- 988 crisis line (AP), Wednesday, March 17 ---
    (
        'en',
        'WASHINGTON (AP) — Calls, texts and chats to the 988 Suicide and Crisis Lifeline rose to about 640,000 in February, up 11% from a year earlier, federal health officials said Wednesday.',
        True,
        [('count', 640000, None, 'about'), ('percent', 11, '%', None)],
        None,
    ),
    (
        'en',
        'Callers now reach a counselor in a good 40 seconds on average, down from well over two minutes when the line launched in 2022.',
        True,
        [('duration', 40, 'second', 'over'), ('duration', 2, 'minute', 'over'), ('year', 2022, None, None)],
        None,
    ),
    ('en', 'People in crisis can still dial the old toll-free number, 1-800-555-0143, which now forwards to 988, the agency said.', True, [], None),
    (
        'en',
        'Health and Human Services Secretary Lorraine Whitfield-Ames said the administration would spend $412 million and change on local call centers this year.',
        True,
        [('money', 412000000, 'USD', 'over')],
        'Lorraine Whitfield-Ames',
    ),
    (
        'en',
        'About one in six calls still rolls over to a national backup center because local centers are short-staffed, according to the report.',
        True,
        [('fraction', 0.1667, None, 'about')],
        None,
    ),
    ('en', 'Mental health advocates urged lawmakers to keep the line "a lifeline, not a luxury".', False, [], None),
    ('en', '"When someone reaches out at their darkest moment, a busy signal is simply not an option," said a counselor at a center in Ohio.', False, [], None),
    # --- Notruf-Störung in Bayern (dpa/lby), Mittwoch, 17. März ---
    (
        'de',
        'München (dpa/lby) - Wegen einer technischen Störung ist der Notruf in Teilen Bayerns am Mittwochmorgen für eine gute Dreiviertelstunde ausgefallen.',
        True,
        [('duration', 0.75, 'hour', 'over')],
        None,
    ),
    (
        'de',
        'Betroffen waren die Nummern eins-eins-zwei und eins-eins-null in fünf Landkreisen, teilte das Innenministerium mit.',
        True,
        [('count', 5, None, None)],
        'das Innenministerium',
    ),
    (
        'de',
        'In dieser Zeit liefen gegen 1.400 Anrufe ins Leere, wie aus einer ersten Auswertung hervorgeht.',
        True,
        [('count', 1400, None, 'about'), ('ordinal', 1, None, None)],
        None,
    ),
    (
        'de',
        'Als Ausweichnummer schaltete die Polizei binnen zwölf Minuten den Anschluss 089 2910 4477 frei.',
        True,
        [('duration', 12, 'minute', None)],
        None,
    ),
    (
        'de',
        'Innenminister Florian Weichselgartner sagte, Ursache sei ein fehlerhaftes Update bei einem Dienstleister gewesen, das vierzehn Tage zuvor eingespielt worden sei.',
        True,
        [('duration', 14, 'day', None)],
        'Florian Weichselgartner',
    ),
    ('de', 'Die Opposition im Landtag sprach von einem „Totalversagen mit Ansage“.', False, [], None),
    ('de', 'Die Rettungsdienste riefen die Bevölkerung auf, Ruhe zu bewahren.', False, [], None),
    # --- Serrana Alimentos results (Reuters), Wednesday, March 17 ---
    (
        'en',
        'SAO PAULO, March 17 (Reuters) - Brazilian meatpacker Serrana Alimentos posted a fourth-quarter net profit of R$1.84 billion on Wednesday, just south of the R$1.9 billion analysts had expected.',
        True,
        [('date', '--03-17', None, None), ('ordinal', 4, None, None), ('money', 1840000000, 'BRL', None), ('money', 1900000000, 'BRL', None)],
        None,
    ),
    (
        'en',
        'Net revenue rose 9% to R$28.6 billion (USD5.2bn), helped by record chicken exports to Asia.',
        True,
        [('percent', 9, '%', None), ('money', 28600000000, 'BRL', None), ('money', 5200000000, 'USD', None)],
        None,
    ),
    (
        'en',
        'The company will pay a dividend of R$0.62 a share, or roughly a third of annual earnings, it said in a securities filing.',
        True,
        [('money', 0.62, 'BRL', None), ('fraction', 0.3333, None, 'about')],
        None,
    ),
    (
        'en',
        'Chief Executive Tomás Figueiredo-Lage said on an analyst call the company expected to slaughter close on 2 million head of cattle this year.',
        True,
        [('count', 2000000, None, 'nearly')],
        'Tomás Figueiredo-Lage',
    ),
    (
        'en',
        'Shares rose as much as 4.7% in early trading, their biggest intraday gain in a month and a half.',
        True,
        [('percent', 4.7, '%', 'up_to'), ('duration', 1.5, 'month', None)],
        None,
    ),
    (
        'en',
        "Brazil's real weakened 0.3% to 5.47 per dollar.",
        True,
        [('percent', 0.3, '%', None), ('money', 5.47, 'BRL', None)],
        None,
    ),
    ('en', 'Analysts said the results showed the company was "firing on all cylinders".', False, [], None),
    # --- NCAA First Four (AP), Wednesday, March 17 ---
    (
        'en',
        'DAYTON, Ohio (AP) — No. 16 seed Merrimack Valley State beat Saint Ansgar 71-68 in the First Four on Tuesday night to earn a first-round game against top-seeded Duke.',
        True,
        [('ordinal', 16, None, None), ('ordinal', 1, None, None)],
        None,
    ),
    (
        'en',
        'Guard Jalen Okoro-Whitfield scored 27 points and made seven of nine free throws in the final two minutes.',
        True,
        [('count', 27, None, None), ('count', 7, None, None), ('count', 9, None, None), ('duration', 2, 'minute', None)],
        None,
    ),
    (
        'en',
        'Coach Marcus Oakenfold said the team had won 14 of its last 16 games after finishing third-from-bottom in its conference a year ago.',
        True,
        [('count', 14, None, None), ('count', 16, None, None), ('ordinal', 3, None, None)],
        'Marcus Oakenfold',
    ),
    ('en', '"Nobody gave us a chance, and that\'s fine with us," Oakenfold said.', False, [], None),
    (
        'en',
        "Tickets for Thursday's game at the 18,000-seat arena were selling for $42 on resale sites.",
        True,
        [('count', 18000, None, None), ('money', 42, 'USD', None)],
        None,
    ),
    # --- 500 Jahre Klosterbrauerei (dpa/lby), Donnerstag, 18. März ---
    (
        'de',
        'Wernbach (dpa/lby) - Seit einem halben Jahrtausend wird im oberpfälzischen Wernbach Bier gebraut – am Donnerstag feierte die Klosterbrauerei ihr 500-jähriges Bestehen.',
        True,
        [('duration', 500, 'year', None), ('duration', 500, 'year', None)],
        None,
    ),
    (
        'de',
        'Die Familie Pröbstlmeier besitzt die Brauerei seit einem Dreivierteljahrhundert und führt sie heute in vierter Generation.',
        True,
        [('duration', 75, 'year', None), ('ordinal', 4, None, None)],
        None,
    ),
    (
        'de',
        'Im vergangenen Jahr verließen knapp 48.000 Hektoliter die Sudhäuser, reichlich die Hälfte davon in den Export.',
        True,
        [('count', 48000, None, 'nearly'), ('fraction', 0.5, None, 'over')],
        None,
    ),
    (
        'de',
        'Brauereichefin Theresa Pröbstlmeier sagte, der Bierkonsum pro Kopf sei in Bayern binnen eines Vierteljahrhunderts um gut ein Sechstel gesunken.',
        True,
        [('duration', 25, 'year', None), ('fraction', 0.1667, None, 'over')],
        'Theresa Pröbstlmeier',
    ),
    (
        'de',
        'Eine Halbe Helles kostet im Bräustüberl 4 Euro 20.',
        True,
        [('money', 4.2, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Zum Jubiläum wird ein Festbier mit 5,9 Prozent Alkohol ausgeschenkt, das es nur in 12.000 Flaschen geben soll.',
        True,
        [('percent', 5.9, '%', None), ('count', 12000, None, None)],
        None,
    ),
    ('de', '„Bier ist bei uns kein Getränk, sondern ein Stück Lebensgefühl“, sagte Pröbstlmeier.', False, [], None),
    ('de', 'Die Gäste im Festzelt stimmten zum Anstich die Bayernhymne an.', False, [], None),
    # --- Irish fuel prices (PA), Thursday, March 18 ---
    (
        'en',
        'DUBLIN (PA) - Petrol prices in Ireland rose by 4c a litre over the past fortnight to an average of €1.83, the highest since the autumn, motoring group AA Ireland said.',
        True,
        [('money', 0.04, 'EUR', None), ('money', 1.83, 'EUR', None)],
        None,
    ),
    (
        'en',
        'Diesel rose 3c to €1.76, while the gap with Northern Ireland widened to better than 20 cent a litre.',
        True,
        [('money', 0.03, 'EUR', None), ('money', 1.76, 'EUR', None), ('money', 0.2, 'EUR', 'over')],
        None,
    ),
    (
        'en',
        'Excise duty and VAT make up getting on for half the pump price, the group said.',
        True,
        [('fraction', 0.5, None, 'nearly')],
        None,
    ),
    (
        'en',
        'Finance Minister Eoin Mac Giolla Bhríde said the carbon tax on home heating fuels would rise by €7.50 a tonne in May as planned.',
        True,
        [('money', 7.5, 'EUR', None)],
        'Eoin Mac Giolla Bhríde',
    ),
    (
        'en',
        'Home heating oil, used by roughly 1 in 3 Irish households, fell by €11 to €1,006 for 1,000 litres.',
        True,
        [('fraction', 0.3333, None, 'about'), ('money', 11, 'EUR', None), ('money', 1006, 'EUR', None), ('count', 1000, None, None)],
        None,
    ),
    ('en', '"Hauliers are being squeezed from every direction," said the head of the Irish Road Haulage Association.', False, [], None),
    ('en', 'Motorists queuing at a forecourt in Drumcondra said they had given up trying to find cheaper fuel.', False, [], None),
    # --- Pkw-Dichte (APA), Donnerstag, 18. März ---
    (
        'de',
        'Wien (APA) - Auf tausend Einwohnerinnen und Einwohner kommen in Österreich inzwischen 571 Pkw, so viele wie nie.',
        True,
        [('count', 1000, None, None), ('count', 571, None, None)],
        None,
    ),
    (
        'de',
        'Den höchsten Motorisierungsgrad weist das Burgenland mit 693 Pkw je 1.000 Einwohner auf, Wien liegt mit 371 weit dahinter, teilte die Statistik Austria mit.',
        True,
        [('count', 693, None, None), ('count', 1000, None, None), ('count', 371, None, None)],
        'die Statistik Austria',
    ),
    (
        'de',
        'Der Anteil der Elektroautos am Pkw-Bestand stieg auf 4,1 (3,2) Prozent.',
        True,
        [('percent', 4.1, '%', None), ('percent', 3.2, '%', None)],
        None,
    ),
    (
        'de',
        'Bei den Neuzulassungen war bereits jedes fünfte Auto rein elektrisch.',
        True,
        [('fraction', 0.2, None, None)],
        None,
    ),
    (
        'de',
        'Insgesamt waren Ende Februar 5.316.412 Pkw angemeldet, im Schnitt 10 Jahre und 8 Monate alt.',
        True,
        [('count', 5316412, None, None), ('duration', 10, 'year', None), ('duration', 8, 'month', None)],
        None,
    ),
    (
        'de',
        'Mobilitätsforscher Markus Zwettlbauer sagte, ein Pkw stehe im Schnitt reichlich 23 Stunden am Tag still.',
        True,
        [('duration', 23, 'hour', 'over')],
        'Markus Zwettlbauer',
    ),
    ('de', 'Der ÖAMTC warnt davor, die Autofahrerinnen und Autofahrer weiter zu belasten.', False, [], None),
    ('de', 'Umweltschützer sehen in den Zahlen ein Alarmsignal für die Verkehrswende.', False, [], None),
    # --- Kurogane buyback (Reuters), Thursday, March 18 ---
    (
        'en',
        'TOKYO, March 18 (Reuters) - Japanese trading house Kurogane Corp said on Thursday it would buy back up to ¥150 billion of its shares, or about 2.4% of its outstanding stock.',
        True,
        [('date', '--03-18', None, None), ('money', 150000000000, 'JPY', 'up_to'), ('percent', 2.4, '%', 'about')],
        None,
    ),
    (
        'en',
        'It raised its annual dividend forecast to ¥112 a share from ¥96 and kept its full-year net profit target at ¥1.02tn.',
        True,
        [('money', 112, 'JPY', None), ('money', 96, 'JPY', None), ('money', 1020000000000, 'JPY', None)],
        None,
    ),
    (
        'en',
        "The company's fourth-largest shareholder, U.S. fund Ashcombe Ridge Capital, holds a stake of a shade under 5%.",
        True,
        [('ordinal', 4, None, None), ('percent', 5, '%', 'under')],
        None,
    ),
    (
        'en',
        'Chief Financial Officer Haruki Kamisaka told reporters that roughly five-eighths of net profit now came from metals and energy.',
        True,
        [('fraction', 0.625, None, 'about')],
        'Haruki Kamisaka',
    ),
    (
        'en',
        'Kurogane shares jumped 5.2% to ¥4,318 in afternoon trade, outpacing a 0.4% gain in the benchmark Nikkei average.',
        True,
        [('percent', 5.2, '%', None), ('money', 4318, 'JPY', None), ('percent', 0.4, '%', None)],
        None,
    ),
    ('en', 'Investors hope the move signals a more shareholder-friendly approach across the sector.', False, [], None),
    # --- U.S. births (AP), Thursday, March 18 ---
    (
        'en',
        'ATLANTA (AP) — U.S. births fell to about 3.56 million last year, and the general fertility rate dropped to 53.1 births per 1,000 women ages 15 to 44, federal health officials reported Thursday.',
        True,
        [('count', 3560000, None, 'about'), ('count', 53.1, None, None), ('count', 1000, None, None), ('duration', 15, 'year', None), ('duration', 44, 'year', None)],
        None,
    ),
    (
        'en',
        'The teen birth rate fell for a 17th straight year, to 12.2 per thousand girls ages 15 to 19.',
        True,
        [('ordinal', 17, None, None), ('count', 12.2, None, None), ('count', 1000, None, None), ('duration', 15, 'year', None), ('duration', 19, 'year', None)],
        None,
    ),
    (
        'en',
        'Only among women in their early 40s did births rise, by about 2%.',
        True,
        [('percent', 2, '%', 'about')],
        None,
    ),
    (
        'en',
        'The total fertility rate hit a record-low 1.59 children per woman, under the replacement level of 2.1.',
        True,
        [('count', 1.59, None, None), ('count', 2.1, None, None)],
        None,
    ),
    (
        'en',
        'Demographer Ellen Vasquez-Ortiz said births had now fallen in 16 of the past 18 years.',
        True,
        [('count', 16, None, None), ('duration', 18, 'year', None)],
        'Ellen Vasquez-Ortiz',
    ),
    ('en', '"People want kids, they just can\'t figure out how to afford them," said Megan Colquist, a mother in Columbus, Ohio.', False, [], None),
    (
        'en',
        'The report showed births declining in 38 states and rising in only 12.',
        True,
        [('count', 38, None, None), ('count', 12, None, None)],
        None,
    ),
    # --- Kaffeepreise (Keystone-SDA), Donnerstag, 18. März ---
    (
        'de',
        'Zürich (Keystone-SDA) - Ein Kaffee Crème kostet in Deutschschweizer Restaurants inzwischen durchschnittlich Fr. 4.62, zwölf Rappen mehr als vor einem Jahr.',
        True,
        [('money', 4.62, 'CHF', None), ('money', 0.12, 'CHF', None)],
        None,
    ),
    (
        'de',
        'Am teuersten ist er in Zürich mit Fr. 5.20, am günstigsten im Kanton Uri mit knapp Fr. 4.–, wie eine Erhebung des Branchenverbands GastroSuisse zeigt.',
        True,
        [('money', 5.2, 'CHF', None), ('money', 4, 'CHF', 'nearly')],
        None,
    ),
    (
        'de',
        'Ein Gipfeli dazu kostet Fr. 2.10, für das klassische Frühstück mit Kaffee, Gipfeli und Orangensaft sind zirka 13 Franken 50 fällig.',
        True,
        [('money', 2.1, 'CHF', None), ('money', 13.5, 'CHF', 'about')],
        None,
    ),
    (
        'de',
        'Rund jeder sechste Betrieb hat die Preise seit Jahresbeginn bereits zweimal erhöht.',
        True,
        [('fraction', 0.1667, None, 'about'), ('count', 2, None, None)],
        None,
    ),
    (
        'de',
        'GastroSuisse-Präsident Beat Imfeld-Gisler sagte, die Personalkosten verschlängen inzwischen gut 40 Prozent des Umsatzes.',
        True,
        [('percent', 40, '%', 'over')],
        'Beat Imfeld-Gisler',
    ),
    ('de', '«Ein Kaffee darf kein Luxus werden», sagte eine Kundin in einem Berner Café.', False, [], None),
    ('de', 'Der Konsumentenschutz sprach von «Preistreiberei auf Raten».', False, [], None),
    # --- Baguette prices (AFP), Thursday, March 18 ---
    (
        'en',
        "PARIS (AFP) - The average price of a traditional baguette in France has risen to 1.07 euros, or about seven francs in the country's old currency, a survey showed Thursday.",
        True,
        [('money', 1.07, 'EUR', None), ('money', 7, 'FRF', 'about')],
        None,
    ),
    (
        'en',
        'In Paris a baguette now costs a shade under 1.30 euros, against 89 cents in the rural Creuse department.',
        True,
        [('money', 1.3, 'EUR', 'under'), ('money', 0.89, 'EUR', None)],
        None,
    ),
    (
        'en',
        "Flour accounts for only about a tenth of the cost, while labour and energy take close on two-thirds, according to the bakers' federation.",
        True,
        [('fraction', 0.1, None, 'about'), ('fraction', 0.6667, None, 'nearly')],
        None,
    ),
    (
        'en',
        'France has about 31,000 artisan bakeries, down from some 36,000 a decade and a half ago.',
        True,
        [('count', 31000, None, 'about'), ('count', 36000, None, 'about'), ('duration', 15, 'year', None)],
        None,
    ),
    (
        'en',
        'Baker Jean-Luc Pellerin-Morvan said he sold about 1,200 baguettes a day at his shop in Rennes.',
        True,
        [('count', 1200, None, 'about')],
        'Jean-Luc Pellerin-Morvan',
    ),
    ('en', '"The baguette is not a luxury, it is the heart of the French table," said a customer queuing outside a bakery in Lyon.', False, [], None),
    ('en', "Bakers' representatives warned that rising costs were pushing small shops to the brink.", False, [], None),
    # --- Betrugsprozess (dpa/lnw), Freitag, 19. März ---
    (
        'de',
        'Düsseldorf (dpa/lnw) - Wegen Betrugs mit gefälschten Handwerkerrechnungen hat das Landgericht Düsseldorf einen 46-Jährigen zu zwei Jahren und neun Monaten Haft verurteilt.',
        True,
        [('duration', 46, 'year', None), ('duration', 2, 'year', None), ('duration', 9, 'month', None)],
        None,
    ),
    (
        'de',
        'Der Mann hatte nach Überzeugung der Kammer binnen anderthalb Jahren 212 meist ältere Kundinnen und Kunden um insgesamt gut 380.000 Euro gebracht.',
        True,
        [('duration', 1.5, 'year', None), ('count', 212, None, None), ('money', 380000, 'EUR', 'over')],
        None,
    ),
    (
        'de',
        'Seine 39 Jahre alte Komplizin erhielt eine Geldstrafe von 150 Tagessätzen zu je 40 Euro.',
        True,
        [('duration', 39, 'year', None), ('count', 150, None, None), ('money', 40, 'EUR', None)],
        None,
    ),
    ('de', 'Die Anrufe bei den Opfern kamen laut Urteil stets von der Nummer 0211 4471 90, die auf eine Briefkastenfirma angemeldet war.', True, [], None),
    (
        'de',
        'Die Staatsanwaltschaft hatte drei Jahre und drei Monate gefordert, die Verteidigung eine Bewährungsstrafe.',
        True,
        [('duration', 3, 'year', None), ('duration', 3, 'month', None)],
        None,
    ),
    ('de', 'Das Urteil (Az. 12 KLs 7/25) ist noch nicht rechtskräftig.', True, [], None),
    ('de', '„Sie haben das Vertrauen alter Menschen schamlos ausgenutzt“, sagte die Vorsitzende Richterin.', False, [], None),
    ('de', 'Der Angeklagte nahm das Urteil regungslos auf.', False, [], None),
    # --- Australian GDP (AAP), Friday, March 19 ---
    (
        'en',
        "SYDNEY (AAP) - Australia's economy grew 0.5% in the December quarter, but output per person fell for a seventh straight quarter as population growth outpaced activity.",
        True,
        [('percent', 0.5, '%', None), ('ordinal', 7, None, None)],
        None,
    ),
    (
        'en',
        'GDP per capita slipped 0.1% and now sits a whisker shy of A$97,000 a year, the Australian Bureau of Statistics said.',
        True,
        [('percent', 0.1, '%', None), ('money', 97000, 'AUD', 'under')],
        None,
    ),
    (
        'en',
        'The population grew 1.6%, or 441,000 people, over the year, with net overseas migration making up close to two-thirds of the increase.',
        True,
        [('percent', 1.6, '%', None), ('count', 441000, None, None), ('fraction', 0.6667, None, 'nearly')],
        None,
    ),
    (
        'en',
        'Treasurer Nathan Kourakis-Bell said the economy had grown for 17 straight quarters and that per-capita growth would return in the second half of the year.',
        True,
        [('count', 17, None, None), ('ordinal', 2, None, None)],
        'Nathan Kourakis-Bell',
    ),
    (
        'en',
        'Household saving rose to 4.8% of disposable income, roughly double the rate of a year earlier.',
        True,
        [('percent', 4.8, '%', None), ('count', 2, None, 'about')],
        None,
    ),
    ('en', 'The opposition said Australians were "going backwards" under the government.', False, [], None),
    ('en', 'Some economists said they expected the Reserve Bank to stay on hold for now.', False, [], None),
    # --- Sturmtief im Norden (dpa), Freitag, 19. März ---
    (
        'de',
        'Hamburg (dpa) - Sturmtief „Tjorven“ hat in Norddeutschland eine gute halbe Million Haushalte zeitweise vom Strom abgeschnitten.',
        True,
        [('count', 500000, None, 'over')],
        None,
    ),
    (
        'de',
        'Der Deutsche Wetterdienst maß auf dem Brocken Orkanböen von bis zu 148 km/h, an der Küste von knapp 120.',
        True,
        [('count', 148, None, 'up_to'), ('count', 120, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Auf der Bahnstrecke zwischen Hamburg und Berlin ging für gut anderthalb Tage nichts mehr, teilte die Deutsche Bahn mit.',
        True,
        [('duration', 1.5, 'day', 'over')],
        'die Deutsche Bahn',
    ),
    (
        'de',
        'Versicherer schätzen die versicherten Schäden auf zwischen einer halben und einer ganzen Milliarde Euro.',
        True,
        [('money', 500000000, 'EUR', None), ('money', 1000000000, 'EUR', None)],
        None,
    ),
    (
        'de',
        'In Schleswig-Holstein starben zwei Menschen, darunter ein 71-Jähriger, der in Kiel von einem umstürzenden Baum getroffen wurde.',
        True,
        [('count', 2, None, None), ('duration', 71, 'year', None)],
        None,
    ),
    (
        'de',
        'Die Feuerwehren rückten nach Angaben der Innenministerien zu mehr als dreieinhalbtausend Einsätzen aus.',
        True,
        [('count', 3500, None, 'over')],
        None,
    ),
    ('de', 'Viele Pendlerinnen und Pendler fühlten sich von der Bahn im Stich gelassen.', False, [], None),
    ('de', 'Der Wetterdienst riet, Wälder und Parks vorerst zu meiden.', False, [], None),
    # --- Carrowmore takeover approach (Reuters), Friday, March 19 ---
    (
        'en',
        'LONDON, March 19 (Reuters) - British engineering group Carrowmore said on Friday it had received a takeover approach valuing it in the region of £1.6bn.',
        True,
        [('date', '--03-19', None, None), ('money', 1600000000, 'GBP', 'about')],
        None,
    ),
    (
        'en',
        "The proposal from U.S. buyout firm Halcombe Partners works out at 412p a share, a premium of fully 38% to Thursday's close.",
        True,
        [('money', 4.12, 'GBP', None), ('percent', 38, '%', None)],
        None,
    ),
    (
        'en',
        'Carrowmore said it would expect to raise €800m-€1.2bn from a separate sale of its Dutch valves unit.',
        True,
        [('money', 800000000, 'EUR', None), ('money', 1200000000, 'EUR', None)],
        'Carrowmore',
    ),
    (
        'en',
        'Under UK takeover rules, Halcombe must table a firm offer or walk away by April 16, 28 days after the approach was made public.',
        True,
        [('date', '--04-16', None, None), ('duration', 28, 'day', None)],
        None,
    ),
    (
        'en',
        'Chief Executive Fiona Aldred-Kemp said the board had rejected two earlier proposals as undervaluing the company.',
        True,
        [('count', 2, None, None)],
        'Fiona Aldred-Kemp',
    ),
    ('en', '"We believe this business has a great future as an independent company," Aldred-Kemp said.', False, [], None),
    (
        'en',
        'Carrowmore shares closed up 27.3% at 380p, a mere 7.8% below the indicated offer price.',
        True,
        [('percent', 27.3, '%', None), ('money', 3.8, 'GBP', None), ('percent', 7.8, '%', None)],
        None,
    ),
    # --- Holyrood by-election (PA), Friday, March 19 ---
    (
        'en',
        'GLASGOW (PA) - Labour won the Holyrood by-election in Kelvinside East on Thursday with 11,412 votes, a majority of 1,936 over the SNP.',
        True,
        [('count', 11412, None, None), ('count', 1936, None, None)],
        None,
    ),
    (
        'en',
        "The SNP's Aileen Dunbar-Ross was runner-up on 9,476 votes, with Reform UK third on 5,210.",
        True,
        [('count', 9476, None, None), ('ordinal', 3, None, None), ('count', 5210, None, None)],
        None,
    ),
    (
        'en',
        'Turnout was 31.7%, the lowest at a Scottish Parliament by-election in more than two and a half decades.',
        True,
        [('percent', 31.7, '%', None), ('duration', 25, 'year', 'over')],
        None,
    ),
    (
        'en',
        "First Minister Ewan McCrindle said the SNP would field candidates in all 73 constituencies at next year's Holyrood election.",
        True,
        [('count', 73, None, None)],
        'Ewan McCrindle',
    ),
    ('en', 'SNP campaign chief Iona Rattray called the result "a bump in the road, nothing more".', False, [], None),
    (
        'en',
        'The seat fell vacant when the sitting MSP resigned in January, 14 months before the end of the parliamentary term.',
        True,
        [('duration', 14, 'month', None)],
        None,
    ),
    # --- Cheltenham Gold Cup (PA), Friday, March 19 ---
    (
        'en',
        'CHELTENHAM (PA) - Ballyvane Star won the Cheltenham Gold Cup by three-quarters of a length on Friday, giving Irish trainer Declan Furlong-Reilly his first win in the race.',
        True,
        [('count', 0.75, None, None), ('ordinal', 1, None, None)],
        None,
    ),
    (
        'en',
        'The 9-2 joint-favourite was ridden by Ciara Molloy, the second woman to win the race, with Greystone Abbey a length and a half back in second.',
        True,
        [('ordinal', 2, None, None), ('count', 1.5, None, None), ('ordinal', 2, None, None)],
        None,
    ),
    (
        'en',
        'A crowd of 68,412 watched the race, taking attendance over the four days to a shade over 262,000.',
        True,
        [('count', 68412, None, None), ('duration', 4, 'day', None), ('count', 262000, None, 'over')],
        None,
    ),
    (
        'en',
        'Bookmakers said about £150 million had been staked on the race, close on a third more than a decade ago.',
        True,
        [('money', 150000000, 'GBP', 'about'), ('fraction', 0.3333, None, 'nearly')],
        None,
    ),
    (
        'en',
        'Furlong-Reilly said the nine-year-old would be rested for at least six weeks before a run at Punchestown.',
        True,
        [('duration', 9, 'year', None), ('duration', 6, 'week', 'at_least')],
        'Furlong-Reilly',
    ),
    ('en', '"She\'s the bravest horse I\'ve ever trained, and today she showed it," Furlong-Reilly said.', False, [], None),
    ('en', 'The Irish contingent in the stands roared her up the hill.', False, [], None),
    # --- Cumbria rain (PA), Friday, March 19 ---
    (
        'en',
        "LONDON (PA) - Parts of Cumbria saw a fortnight's worth of rain in under 24 hours on Friday, with 112mm recorded at Honister Pass, the Met Office said.",
        True,
        [('duration', 24, 'hour', 'under'), ('count', 112, None, None)],
        None,
    ),
    (
        'en',
        'The Environment Agency issued 41 flood warnings and 130-odd less serious flood alerts across northern England.',
        True,
        [('count', 41, None, None), ('count', 130, None, 'about')],
        None,
    ),
    (
        'en',
        'About 2,300 homes in the Lake District were without power for a good six hours, Electricity North West said.',
        True,
        [('count', 2300, None, 'about'), ('duration', 6, 'hour', 'over')],
        'Electricity North West',
    ),
    (
        'en',
        'Trains between Carlisle and Lancaster were suspended for a day and a quarter after a landslip near Shap, Network Rail said.',
        True,
        [('duration', 1.25, 'day', None)],
        'Network Rail',
    ),
    (
        'en',
        'Forecasters expect a further 40 to 60mm on high ground by Sunday.',
        True,
        [('count', 40, None, None), ('count', 60, None, None)],
        None,
    ),
    ('en', '"We\'ve been here before, but you never get used to it," said a cafe owner in Keswick.', False, [], None),
    ('en', 'Residents were advised to keep away from swollen rivers and flooded roads.', False, [], None),
    # --- Lotto-Jackpot (dpa), Samstag, 20. März ---
    (
        'de',
        'Saarbrücken (dpa) - Im Lotto „6 aus 49“ ist der Jackpot vor der Ziehung am Samstag auf rund 31 Millionen Euro angewachsen.',
        True,
        [('money', 31000000, 'EUR', 'about')],
        None,
    ),
    (
        'de',
        'Bei der Ziehung am Mittwoch hatte niemand die sechs Richtigen samt Superzahl getippt, teilte die Lottogesellschaft mit.',
        True,
        [('count', 6, None, None)],
        'die Lottogesellschaft',
    ),
    ('de', 'Die Gewinnzahlen lauteten 3, 11, 17, 26, 38 und 44, die Superzahl war die 7.', True, [], None),
    (
        'de',
        'Die Chance auf den Jackpot liegt bei eins zu knapp 140 Millionen.',
        True,
        [('count', 1, None, None), ('count', 140000000, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Seit Jahresbeginn gab es bereits zwölf Lotto-Millionäre, reichlich doppelt so viele wie im Vorjahreszeitraum.',
        True,
        [('count', 12, None, None), ('count', 2, None, 'over')],
        None,
    ),
    ('de', '„Der Traum vom großen Geld treibt viele an die Annahmestellen“, sagte ein Lotto-Sprecher.', False, [], None),
    ('de', 'Suchtexperten mahnen, das Spiel nicht als Geldanlage zu betrachten.', False, [], None),
    # --- D-Mark-Umtausch (dpa), Samstag, 20. März ---
    (
        'de',
        'Frankfurt/Main (dpa) - Mehr als ein Vierteljahrhundert nach dem Abschied von der D-Mark liegen noch Scheine und Münzen im Wert von knapp 11,4 Milliarden D-Mark in Schubladen und Sparstrümpfen.',
        True,
        [('duration', 25, 'year', 'over'), ('money', 11400000000, 'DEM', 'nearly')],
        None,
    ),
    (
        'de',
        'Das entspricht gut 5,8 Milliarden Euro, teilte die Bundesbank mit.',
        True,
        [('money', 5800000000, 'EUR', 'over')],
        'die Bundesbank',
    ),
    (
        'de',
        'Im vergangenen Jahr wurden 63 Millionen Mark umgetauscht, fast die Hälfte davon in der Filiale in Mainz.',
        True,
        [('money', 63000000, 'DEM', None), ('fraction', 0.5, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Der Umtausch ist gebührenfrei und unbefristet möglich, der Kurs liegt fest bei 1,95583 Mark für einen Euro.',
        True,
        [('money', 1.95583, 'DEM', None)],
        None,
    ),
    (
        'de',
        'Zuletzt tauschte ein Rentner aus Thüringen 42.000 Mark in Fünf-Mark-Stücken um, die er jahrzehntelang in Einmachgläsern gesammelt hatte.',
        True,
        [('money', 42000, 'DEM', None), ('money', 5, 'DEM', None)],
        None,
    ),
    ('de', 'Warum so viel Geld nie zurückgebracht wurde, bleibt ein Rätsel.', False, [], None),
    # --- Biathlon-Weltcup am Holmenkollen (dpa), Samstag, 20. März ---
    (
        'de',
        'Oslo (dpa) - Biathletin Vanessa Kranzberger hat beim Weltcup-Finale am Holmenkollen als Zweitplatzierte im Sprint ihr bestes Saisonergebnis erzielt.',
        True,
        [('ordinal', 2, None, None)],
        None,
    ),
    (
        'de',
        'Auf die Siegerin Silje Aamodt-Brenna aus Norwegen fehlten ihr nach 7,5 Kilometern und zwei fehlerfreien Schießeinlagen nur 3,4 Sekunden.',
        True,
        [('count', 7.5, None, None), ('count', 2, None, None), ('duration', 3.4, 'second', None)],
        None,
    ),
    (
        'de',
        'Als Viertplatzierte verpasste Lea-Marie Hochreiner das Podest um eine knappe halbe Sekunde.',
        True,
        [('ordinal', 4, None, None), ('duration', 0.5, 'second', 'nearly')],
        None,
    ),
    (
        'de',
        'Im Gesamtweltcup ist Kranzberger vor dem abschließenden Massenstart Zweitbeste hinter der Französin Léa Carbonnaux, ihr Rückstand beträgt 41 Punkte.',
        True,
        [('ordinal', 2, None, None), ('count', 41, None, None)],
        None,
    ),
    (
        'de',
        'Bundestrainer Helge Kastlunger sagte, es sei die beste deutsche Saison seit anderthalb Jahrzehnten.',
        True,
        [('duration', 15, 'year', None)],
        'Helge Kastlunger',
    ),
    ('de', '„Ich bin einfach nur glücklich und ein bisschen müde“, sagte Kranzberger.', False, [], None),
    ('de', 'Die deutschen Fans im Zielstadion feierten ihre Athletinnen mit Fahnen und Kuhglocken.', False, [], None),
    # --- Ärztemangel (APA), Samstag, 20. März ---
    (
        'de',
        'Wien (APA) - In Österreich kommen auf 1.000 Einwohnerinnen und Einwohner 5,6 Ärztinnen und Ärzte, doch nur knapp die Hälfte davon hat einen Kassenvertrag.',
        True,
        [('count', 1000, None, None), ('count', 5.6, None, None), ('fraction', 0.5, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Laut Ärztekammer sind derzeit 287 Kassenstellen unbesetzt, gut ein Drittel davon in der Allgemeinmedizin.',
        True,
        [('count', 287, None, None), ('fraction', 0.3333, None, 'over')],
        None,
    ),
    (
        'de',
        'Auf einen Termin beim Kassen-Augenarzt warten Patientinnen und Patienten im Schnitt sieben Wochen, beim Wahlarzt acht Tage.',
        True,
        [('duration', 7, 'week', None), ('duration', 8, 'day', None)],
        None,
    ),
    (
        'de',
        'Ein Besuch beim Wahlarzt kostet meist zwischen € 120,– und € 180,–, rückerstattet werden nur 80 Prozent des Kassentarifs.',
        True,
        [('money', 120, 'EUR', None), ('money', 180, 'EUR', None), ('percent', 80, '%', None)],
        None,
    ),
    (
        'de',
        'Gesundheitsministerin Karin Wallnerstorfer sagte, bis Ende 2027 sollten 150 zusätzliche Kassenstellen entstehen.',
        True,
        [('year', 2027, None, None), ('count', 150, None, None)],
        'Karin Wallnerstorfer',
    ),
    ('de', 'Die Ärztekammer hält das für einen Tropfen auf den heißen Stein.', False, [], None),
    ('de', 'Viele Patientinnen und Patienten fühlen sich im System allein gelassen, heißt es bei der Patientenanwaltschaft.', False, [], None),
]
