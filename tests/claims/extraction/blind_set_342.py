"""Three-hundred-and-forty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Vitus Ambergschmid, Bethan Cawley, the crane maker Steigerwald Hebetechnik with Almuth
Ballhausen, Lukas Vestergaard, Teodor Marinescu, Cornelia Aeberli, the tracker Lattice
Ventures, the payments firm Quillbrook with Odile Maze, the recruiter Hartwell Quay,
Engelbert Dorninger, Halvard Sønstebø, Marguerite Sowande, Dagmar Solmsdorf, Renata
Escobedo, Hannelore Hiesmayr, Declan Hourigan, Sabine Grotefend, Rowena Dunnington,
Jean-Daniel Vuillemier, Kenta Shiraoka, Wiebke Meyn, Quarrymoor Commodities with Ottoline
Pryer, the panda Xiu Ling, Maribel Ferro, Sylvie Trouvé, Jonah Petriello, Nikolas
Wüstefeld, Jannis Klappenbach, Harlan Steenbock, Jule Happach; every unnamed mayor, landlord,
trader, commuter, farmer, keeper, clerk, coach, spokesperson, analyst, economist, official
and forecaster); ministers, governors, chairs and heads of real governments, central banks
and bodies appear under made-up names that stand for no real holder, or by their role only
(„Münchens Oberbürgermeister“, „der bayerische Ministerpräsident“, „der Stuttgarter
Trainer“, „eine Sprecherin des Amtes“). Real bodies, firms, clubs, events and places
(Oktoberfest, Theresienwiese, Schottenhamel, Hofbräu-Festzelt, Westend, Office of Rail and
Road, Southern, Network Rail, Brighton, London Victoria, Haywards Heath, Gatwick, Dax, SDax,
Xetra, Europäische Zentralbank, Grand Slam, Aarhus, Bundesrat, Schuldenbremse, Finanzausgleich,
the cantons of Bern, Wallis and Jura, Landwirtschaftskammer, Thermenregion, Weinviertel,
Grüner Veltliner, Met Office, Heathrow, the Serpentine, UK Health Security Agency, Thames
Water, Statistisches Bundesamt, Norges Bank Investment Management, A1, Kreuz Köln-Nord,
Autobahn GmbH, ADAC, Federal Reserve, CME Group's FedWatch tool, Deutsche Bahn, ICE, Cal
Fire, San Bernardino County, Ministerrat, Nationalrat, Australian Bureau of Statistics,
Deutschlandticket, Verband Deutscher Verkehrsunternehmen, Bank of England, Verband der
Schweizerischen Uhrenindustrie (FH), Altes Land, Jork, Elstar, OPEC+, Brent, WTI, Deutscher
Wetterdienst, Versicherungskammer Bayern, Gersthofen, Smithsonian's National Zoo, ACEA,
Tesla, Fulham, Everton, Craven Cottage, Bayer Leverkusen, VfB Stuttgart,
Powerball, Iowa Lottery, Multi-State Lottery Association, Fridays for Future, Invalidenpark,
Brandenburger Tor, Straße des 17. Juni, and the datelines' cities) stand for the way wire
copy names them; every price, rate, tally, count, share, time, sum, age, date and quote here
is invented, and where a real figure came to mind (a real beer price, a real ticket price
and its launch price, a real fund value, a real panda loan's length and fee, a real
lottery's annuity terms, a real anniversary count of a festival, real policy rates) it was
changed or left out.

Its weight: HARD NUMBER FORMS, eleventh round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first and three-hundred-and-twenty-eighth
batches were the first ten rounds, and the seventeenth weighed the same forms long before
them; their decisions are kept, those of the three-hundred-and-twenty-first and
three-hundred-and-twenty-eighth first of all) - one ordinary wire week, Monday, September
14, to Saturday, September 19, as 30 short stories in date order with the German and English
desks interleaved, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, quotes, the other side): Oktoberfest prices, British rail punctuality, the Dax and a
crane maker's half year, a U.S. Open final, the Swiss federal budget, British start-up
funding, the Austrian wine harvest, late-summer heat in England, German real wages, Norway's
wealth fund, a motorway closure in Cologne, a Fed decision, Deutsche Bahn's punctuality, a
California wildfire, Austrian pensions, Melbourne overtaking Sydney, the Deutschlandticket
price, a Bank of England decision, Swiss watch exports, Japanese rice prices, the apple
harvest in the Altes Land, oil prices, a hailstorm in Swabia, a panda cub in Washington, EU
car registrations, the Oktoberfest's opening day, Fulham against Everton, a Bundesliga
match in Leverkusen, a Powerball jackpot and a climate strike in Berlin. Half German (dpa
with its regional slugs "dpa/lby", "dpa/lnw" and "dpa/lno", dpa-AFX, APA, Keystone-SDA;
Austrian „heuer“, „Jänner“, „prozentuell“, „ausbezahlt“, Swiss „hiess“, „Mia.“, „Fr. 500.–“,
«» quotes, German „“ quotes), half English (Reuters with dated datelines, AP, PA, AAP). Its
weight is the forms numbers take, this time in shapes the earlier rounds did not use:
abbreviated hedges („mind. 600“, „max. 1,60 Euro“, „max. 0,9 Mia. Fr.“, „max. Fr. 500.–“,
„ca. 118.000“) and hedges after the figure ("£238 or thereabouts", "two hours, tops", „ab
6.060 Euro brutto aufwärts“, "48 hours or so", "another 60-odd"); scale words and signs in
new spellings („18.420 TEUR“, „1,2 Mio. €“, "$85K", "$185K", "$3 to $4 billion", "£750k",
"£6.5m", "$1.1bn", "$600m", „5’816 Mio. Franken“); suspended digit ranges („50- bis 60.000
Fahrzeugen“, „zwischen 50- und 60.000 Teilnehmende“, „Acht- bis Zehnstundenschichten“);
hundreds counted in English words ("twelve hundred new carriages", "fifteen hundred new
homes"); clock times beside decimals, in digits and in words („Gegen 10.15 Uhr ... 0,62
Prozent“, „um 17.30 Uhr ... 0,31 Prozent“, „gegen halb fünf“, „gegen halb sechs“, "at a
quarter to midnight", "at a quarter past eleven", "shortly before half past four", "At 2:15
p.m. EDT, a quarter of an hour after the statement", "Southern's 07.42", "at 3.40pm ...
28.9C", „der ICE 597 ..., der planmäßig um 6.29 Uhr abfährt“); dates in abbreviated,
paired, numeric and suffixed forms („am Sonntag, 4. Okt.“, „Am 26./27. September“, „zum
1.1.2027“, „mit 1. Jänner 2027“, "Thursday September 17th", "the Sept. 15-16 meeting", "the
Oct. 27-28 meeting") beside a street named by a date („Straße des 17. Juni“); German digit
grouping with points, a narrow no-break space and a thin space („24.318,45“, „9 600 Euro“,
„1 050 Baustellen“), Swiss apostrophes straight and typographic („38'740“, „1'084'600“,
„Fr. 15'380“, „5’816“) and decimal commas; durations glued to adjectives and nouns
(„16-tägige“, „56-stündige“, „Zehnjahresschnitt“, „Dreiviertelstunde“, „Viertelstunde“, "a
12-year loan agreement", „6 Min.“); and fractions and ordinals in words („ein gutes
Zehntel“, „Gut jeder sechste“, „jeder achte“, „einem Achtel“, „je zur Hälfte“, "just under
three-quarters full", "roughly a thousandth", "three-tenths of a percentage point", "a tenth
of a point", "fourth-largest", "fifth-largest", „Tabellenzweiter“, „am 4. Spieltag“).
Negatives stand beside them - about a quarter of the rows: rhetoric in quotes from
ministers, officials, a Fed chair, a governor, executives, association presidents, an
analyst, a keeper, players, a coach and a spokeswoman, labels („sprechen ... von“, „sprachen von“), verdicts with „halten ... für“, fears,
doubts, hopes, beliefs, thoughts and confidence, a warning, appeals and advice that name no
measure, feelings, vox pops and scene colour; none of them carries a figure.

239 rows (120 German, 119 English), 58 negatives (29 German, 29 English), 181 check-worthy
rows of which 4 carry no figure (4 German, 0 English), 435 expected quantities (130 counts,
83 amounts of money - 29 EUR, 27 USD, 9 GBP, 9 CHF, 5 NOK, 2 AUD, 2 JPY -, 61 percentages -
55 in %, 4 in percentage points, 2 in basis points -, 43 durations - 13 in hours, 12 in
years, 6 in months, 5 in weeks, 4 in minutes, 3 in days -, 35 ordinals, 32 fractions, 27
dates, 24 years; none of them in a negative), 35 checked speakers (18 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains. Made-up names that turned out to be in use in
earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, belief, thought, confidence or piece of
  rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, hundred-ninety-ninth, three-hundred-and-twenty-first,
  three-hundred-and-twenty-eighth); a reported fact, figure, step, plan or forecast is
  check-worthy with its speaker, also in Konjunktiv I. Pairs from one speaker:
  Ambergschmid's tents and seats, Cawley's twelve hundred carriages, Ballhausen's orders,
  Vestergaard's tenth, Aeberli's 7,12 Mia. Franken, Maze's customers, Dorninger's start of
  the harvest, Sønstebø's quarter, Sowande's 1.8%, Solmsdorf's building sites, Escobedo's
  10 to 14 days, Hiesmayr's 2,35 Mrd. Euro, Hourigan's fifteen hundred homes, Grotefend's
  2029, Dunnington's 2½%, Vuillemier's 3 bis 5 Prozent, Shiraoka's harvest, Meyn's frosts,
  Pryer's $65 and $72, Ferro's weeks, Petriello's contract and Happach's 2030 beside their
  quotes. Negatives otherwise: labels („sprechen dennoch von einem „verlorenen Jahrzehnt““,
  „sprachen von einem „Kompromiss mit Bauchweh““), a verdict with „halten ... für“
  (hundred-ninety-ninth), fears („Viele Anwohner ... fürchten“, "Many evacuees said they
  feared", "Some farmers fear", "Industry executives privately fear"), doubts
  („Bürgerliche Parlamentarier bezweifeln“, „Fahrgastverbände bezweifeln“, "privately
  doubt", "Traders said they doubted"), hopes („Viele Winzer hoffen“, „Die Obstbauern
  hoffen“, "Investors hope"), beliefs and thoughts ("still believe", "Analysts said they
  believed", "Some economists said they thought"; two-hundred-and-fourth), confidence
  ("Carmakers said they were confident"; two-hundred-and-eighty-ninth), a warning that names
  no measure („Arbeitgeberverbände warnen davor, die Zahlen überzubewerten“;
  two-hundred-and-fourth), appeals and advice that name no measure ("Doctors urged",
  "Lottery officials urged", „Der ADAC rät“, „Der Wetterdienst riet“;
  three-hundred-and-eighth, three-hundred-and-twenty-eighth), feelings („fühlen sich ...
  abgehängt“, „blicken mit Sorge“, „zeigten sich enttäuscht“), vox pops („sagte ein
  Frankfurter Händler“, „sagte ein Landwirt“, „sagte eine Besucherin aus Rosenheim“,
  "Commuters waiting at Haywards Heath ... said", "said a store clerk") and scene colour
  ("Sunbathers crowded", "Visitors lined up", "made their feelings ... very clear", „Die
  Stuttgarter Fans feierten“). Check-worthy without a figure: „Die Sperrung beginnt am
  Freitag um 21 Uhr und endet am Montag gegen halb fünf am Morgen.“ and „Die Polizei sperrte
  für die Kundgebung die Straße des 17. Juni zwischen 11 und 18 Uhr.“ (scheduled and taken
  steps whose only figures are clock times and a name), „Die Opposition kündigte an, ...“
  (an announced step, two-hundred-and-forty-ninth) and the insurer's estimate „auf einen
  mittleren zweistelligen Millionenbetrag“ (a vague magnitude carries none and the estimate
  stays a claim; two-hundred-and-forty-ninth, three-hundred-and-twenty-first). The
  opening-day call („rief er den traditionellen Satz „O’zapft is!““) is reported as an
  event with its crowd, not as the speaker's view, and stays check-worthy with the crowd.
- New: abbreviated hedges are read as the words they shorten - „mind. 600 Polizisten“ is 600
  "at_least" as „mindestens“ (first batch), and „max. 1,60 Euro“, „max. 0,9 Mia. Fr.“ and
  „max. Fr. 500.–“ are "at_most" as „höchstens“ (first batch), while „ca. 118.000
  Fahrzeuge“ is "about" as it has been since the seventeenth („im Schnitt“ before it no
  hedge).
- New: hedges written after the figure. "£238 or thereabouts" is 238 GBP "about" - "or
  thereabouts" marks the figure approximate as "or so" does (three-hundred-and-twenty-eighth;
  here "within 48 hours or so" 48 hours "about", "within" no hedge). "would take two hours,
  tops" is 2 hours "at_most" - "tops" after a figure caps it as „höchstens“ before it;
  unlike the verb "tops $110,000" (thirty-second), which bounds nothing, and the verb "top"
  here ("will top 6 million", "expected to top $300 million") with no hedge
  (two-hundred-and-forty-ninth: "topped"). „ab 6.060 Euro brutto aufwärts“ is 6,060 EUR
  "at_least" - „aufwärts“ repeats the lower bound that „ab“ before a figure sets
  (hundred-ninety-ninth: „ab 65 Jahren“ "at_least"). "another 60-odd" is 60 "about"
  ("another" no hedge; three-hundred-and-twenty-eighth: "40-odd").
- New: „18.420 TEUR“ and „11.960 TEUR“ are 18,420,000 and 11,960,000 EUR - „T“ before the
  currency code stands for „Tausend“ as „Tsd.“ does (seventeenth: „450 Tsd. Euro“). New:
  "$85K" and "$185K" are 85,000 and 185,000 USD - the capital "K" scales as the small "k"
  (three-hundred-and-eighth: "less than €50k"; here "£750k", "£610k", "£78k"). New: „rund
  1,2 Mio. €“ is 1,200,000 EUR "about" - the euro sign after the scale abbreviation as after
  a plain figure („10,90 €“, two-hundred-and-ninety-seventh) and the code before it („EUR 3
  Mio.“, same batch). New: "could value it at $3 to $4 billion" is 3e9 and 4e9 USD - the
  scale word written after the second figure serves the first also when the dollar sign is
  written twice, as "£20-25bn" (three-hundred-and-eighth) and „30 bis 40 Millionen Euro“
  (hundredth). Scales otherwise as before: "£4.2bn", "$1.1bn", "£6.5m", "roughly $600m"
  "about", „212,7 Mio. Euro“, „1,4 Mia. Franken“, „312,4 Mio. Fr.“, „2,35 Mrd. Euro“, „3
  Mrd. Euro“, „2,2 bis 2,4 Mio. Hektolitern“ (the scale written once serving both,
  forty-eighth), „rund 14,2 Mio. Nutzerinnen und Nutzer, darunter gut 2,8 Mio.“ counts,
  "21.3 trillion crowns ($2.1 trillion)" NOK and USD (the currency in brackets a second
  amount, fifteenth; "crowns" in the Oslo story NOK, as "The crown" in the Stockholm story
  was SEK in the three-hundred-and-twenty-fourth), "1.24 trillion crowns", "roughly 640
  billion crowns" "about", "about 140 billion crowns", "The crown weakened to 10.12 per
  dollar" 10.12 NOK (an exchange rate is money in the priced currency, fourteenth).
- New: suspended digit ranges. „mit 50- bis 60.000 Fahrzeugen“ and „zwischen 50- und 60.000
  Teilnehmende“ are counts 50,000 and 60,000 - the first figure, cut off by the hyphen,
  takes the thousands of the second, as „zehn- bis zwölftausend“ takes them in words
  (three-hundred-and-twenty-eighth) and the first figure of „250 bis 300 Mio. Euro“ the
  millions (three-hundred-and-eighth); „zwischen“ no hedge. „in Acht- bis
  Zehnstundenschichten“ is 8 and 10 hours (two-hundred-and-tenth: „drei- bis vierstündige
  Sperrungen“).
- New: "twelve hundred new carriages" is count 1,200 and "fifteen hundred new homes a week"
  1,500 - "hundred" after a number word from eleven to nineteen multiplies it, as "two
  hundred" does ("a week" none). Number words otherwise: „sechs bis sieben Millionen
  Besuchern“ 6,000,000 and 7,000,000 (forty-eighth), "nearly three times" 3 "nearly"
  (three-hundred-and-twenty-eighth), „elf von 14 Quartalen“ 11 and 14, „nur eines von 28
  Heimspielen“ 1 and 28 („nur“ no hedge), "one fewer" 1, „Mit zwei Schlägen“ 2, „zwei
  Festnahmen“ 2, "two policymakers" 2, "The three dissenters" 3, "four sources" 4.
- Ranges, each end its own figure and no hedge (seventeenth and every round): „zwischen
  15,40 und 16,30 Euro“, „0,85 bis 1,10 Euro“, „2,80 bis 3,50 Euro“, „1.300 bis 1.400“, „62
  bis 65 Prozent“, „3 bis 5 Prozent“, „38 bis 42 Tonnen“, „drei bis fünf Zentimetern“, "27C
  to 28C", "15-25mm" (a hyphen between two figures is a range, no sign; seventeenth,
  forty-seventh), "gusts of 50 to 60 mph", "10 to 14 days", "two to three weeks", "between
  $65 and $72", "a 3.25%-3.50% range" both ends (three-hundred-and-twenty-fourth), "the
  2021-22 season" and "by 2031-32" both years (thirty-fifth, fortieth).
- Clock times carry none (tenth and every batch since): „Gegen 10.15 Uhr“, „nach 17.30
  Uhr“, „um 17.30 Uhr“, „um 12 Uhr“, „um 12.01 Uhr“, „um 6.29 Uhr“, „um 21 Uhr“, „zwischen
  11 und 18 Uhr“ (fifty-eighth: a clock range writing „Uhr“ once), "at 3.40pm", "until 9am",
  "At 2:15 p.m. EDT", "at 2:48 a.m.", "by 1130 GMT", "at noon"; a hedge before a clock time bounds nothing (fifty-eighth: "at about 11.40pm"), so
  „Gegen 10.15 Uhr“ leaves the percentage and the index level beside it unhedged. New: clock
  times in words carry none - „gegen halb fünf am Morgen“, „gegen halb sechs“, "at a
  quarter to midnight", "at a quarter past eleven" and "shortly before half past four" name
  a time of day, not a share of an hour (hundred-twenty-fourth: "seit halb sechs"-style
  clock times), unlike „eine Viertelstunde“, „Binnen einer Dreiviertelstunde“ and "a
  quarter of an hour after the statement", which are 0.25, 0.75 and 0.25 hours (fourteenth,
  three-hundred-and-eighth, three-hundred-and-twenty-eighth). New: "Southern's 07.42 from
  Brighton" carries none - a service named by its departure time is a clock time, not a
  decimal 7.42; as „der ICE 597“ carries none (a train's number names a thing,
  three-hundred-and-twenty-first: "the U5"), and the diversion routes „U 14 und U 17“ none
  (two-hundred-and-forty-ninth: "A8"; "A1" here).
- Dates (forty-third, fifty-eighth, hundred-sixtieth, three-hundred-and-twenty-first,
  three-hundred-and-twenty-eighth): Reuters datelines with a day ("LONDON, Sept 14", "LONDON,
  Sept 15", "OSLO, Sept 15", "WASHINGTON, Sept 16", "LONDON, Sept 17", "TOKYO, Sept 17",
  "LONDON, Sept 18", "BRUSSELS, Sept 18") are dates without a year; dpa, dpa/lby, dpa/lnw,
  dpa/lno, dpa-AFX, APA, Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth); „am
  Samstag, 19. September“ --09-19 (the weekday before the date none, forty-eighth), „am 27.
  August“ --08-27, "to Sept. 12", "from Sept. 28", "to Sept. 13", "on Oct. 4", "the Nov. 5
  meeting", "since June 8", "to March 31" dates without a year; "the Sept. 15-16 meeting" and
  "the Oct. 27-28 meeting" two dates each (three-hundred-and-twenty-fourth: "the Jan. 27-28
  meeting"); „mit 1. Jänner 2027“ and „zum 1.1.2027“ the full date 2027-01-01 (forty-third:
  "03.12.2025"; fifty-ninth: "Am 1.7.2008"). New: „am Sonntag, 4. Okt.“ is --10-04 - the
  abbreviated month reads as the full one, as "Sept. 12" and "Oct. 4" do in English copy.
  New: „Am 26./27. September“ is two dates, --09-26 and --09-27 - the slash joins two days
  of one month as "the Sept. 15-16 meeting" does with a hyphen and as „vom 19. bis 21.
  Juni“ (forty-first) does in words, each day with its closing point as in the agate
  „(52./71.)“ (hundred-fifty-third). New: "on Thursday September 17th" is the date
  --09-17 and no ordinal - the ordinal suffix on a day of a month writes the date, as the
  closing point of „17. September“ does. New: „die Straße des 17. Juni“ carries none - a
  street named by a date is a name, as house numbers and place labels are identifiers
  (fifty-eighth).
- New: „weniger als 6 Min. Verspätung“ is 6 minutes "under" - „Min.“ abbreviates „Minuten“
  as „Std.“ abbreviates „Stunden“ (three-hundred-and-fourteenth: „2:06:31 Std.“).
  Durations otherwise (the issue's „fünfstündigen“ and „dreitägige“; every round): „Die
  16-tägige Wiesn“ 16 days, „für eine 56-stündige Vollsperrung“ 56 hours, „für die gut zwei
  Wochen“ 2 weeks "over", „rund eineinhalb Wochen“ 1.5 weeks "about"
  (three-hundred-and-eighth: „zehneinhalb Wochen“), „im Zehnjahresschnitt“ 10 years
  (three-hundred-and-twenty-first: „Im Zehnjahresvergleich“), „seit drei Jahren“, „vor gut
  drei Jahren“ 3 years "over", „mehr als eine Viertelstunde“ 0.25 hours "over", „in den
  ersten zwölf Stunden“ 1 and 12 hours, „knapp zweieinhalb Stunden“ 2.5 hours "nearly",
  "three hours and 41 minutes" each part (three-hundred-and-twenty-eighth: "two hours and
  eight minutes"), "in the four weeks to Sept. 12" 4 weeks and the date, "in the same two
  months of last year" and "over the two months" 2 months ("over" before a span no hedge,
  fifty-second), "in the 12 months to March 31" and "over the 12 months from October" 12
  months, "in nine years", "the lowest in 14 months", "the first nine months" 1 and 9 months
  (three-hundred-and-twenty-first: "the first four months"), "a 12-year loan agreement" 12
  years, "the 10-year Treasury yield" 10 years (eleventh), "in the 24 hours after the birth"
  and "in the final 24 hours" 24 hours, "for just eight minutes" ("just" no hedge), "15
  minutes earlier", "in 21 years". Ages: "The 22-year-old Dane", "11-year-old Xiu Ling",
  "The 19-year-old", „Ein 57-Jähriger“, „Der 20 Jahre alte“ (two-hundred-and-tenth: „eine
  61 Jahre alte“). None: „heuer“, „im Vorjahr“, „ein Jahr zuvor“, „vor einem Jahr“ (twelfth), „binnen Jahresfrist“, „im kommenden Jahr“, „seit Jahresbeginn“, „in
  diesem Jahr“, „im Monat“, „monatlich“, „pro Stunde“, „Anfang Mai“, "a year earlier", "this
  year", "next year", "last year", "over the year", "the year to May", "a year", "annually",
  "a week", "since January", "in August", "since June", "so far this year", "by the middle of
  next year", weekdays and months.
- Fractions (the issue; every round): "Fewer than two in three" 0.6667 "under", "about
  two-fifths" 0.4 "about", "a third more" 0.3333 (two-hundred-and-eighty-ninth: "a fifth
  more"), "a fifth fewer" 0.2, "a tenth of his prize money" 0.1, "just under three-quarters
  full" 0.75 "under" (three-hundred-and-twenty-eighth: "just under two-fifths"), "roughly a
  tenth below" 0.1 "about", "nearly a quarter" 0.25 "nearly", "Roughly three-quarters" 0.75
  "about", "a fifth below" 0.2, "put the odds ... at roughly two in three" 0.6667 "about"
  (two-hundred-and-forty-ninth: "a roughly two-in-three chance"), "down nearly a fifth"
  0.2 "nearly", "roughly a third of the increase" 0.3333 "about", "nearly one in every five"
  0.2 "nearly" (two-hundred-and-ninety-seventh: "one in every twelve"), "accounting for
  two-fifths" 0.4, "roughly a thousandth of its mother's weight" 0.001 "about" (two-hundred-
  and-eighty-first: „um weniger als ein Tausendstel“); „um gut ein Fünftel“ 0.2 "over", „gut ein
  Drittel davon“ 0.3333 "over", „um ein gutes Zehntel mehr“ 0.1 "over"
  (two-hundred-and-sixty-fifth: „ein gutes Zehntel“), „Rund jeder fünfte Betrieb“ 0.2
  "about", „das bestbezahlte Zehntel“ 0.1 (fifty-third: "the poorest tenth"), „Knapp jede
  vierte“ 0.25 "nearly", „Gut jeder sechste Fernzug“ 0.1667 "over", „gut ein Zehntel davon“
  0.1 "over", „etwa drei Viertel davon“ 0.75 "about", „je zur Hälfte“ 0.5
  (three-hundred-and-twenty-first), „jeder achte Abonnent“ 0.125, „knapp ein Sechstel
  weniger“ 0.1667 "nearly", „einem Achtel weniger“ 0.125, „rund zwei Drittel von ihnen“
  0.6667 "about", „knapp ein Zehntel mehr“ 0.1 "nearly", „ein gutes Drittel davon“ 0.3333
  "over" (three-hundred-and-eighth: „ein gutes Viertel“). New: "just under three-quarters
  full" is the fraction 0.75 - "full" names the share of a reservoir's capacity, as "94%
  full" names it in percent (three-hundred-and-twenty-eighth).
- Percentages: „Prozent“ and "%" in %, points in pp, basis points in bp (twenty-seventh,
  three-hundred-and-eighth): "by a quarter of a percentage point" 0.25 pp (eleventh: "a
  quarter-point"), "two more quarter-point cuts" 2 and 0.25 pp
  (three-hundred-and-twenty-fourth: "two quarter-point cuts"), "three-tenths of a
  percentage point" 0.3 pp (three-hundred-and-twenty-eighth), "a tenth of a point higher"
  0.1 pp (fifty-sixth: "a tenth of a percentage point"; three-hundred-and-eighth: a
  rate's points), "a cut of 25 basis points" 25 bp, "down 4 basis points" 4 bp, "at around
  1.8%" and "around 2½%" "about" (three-hundred-and-twenty-first: "2¼"), "by better than 4%"
  "over" (three-hundred-and-twenty-eighth), "no more than 3%" "at_most" (twenty-second), "a
  roughly 60% chance" "about", „knapp 3,5 Prozent“ and „knapp 3 Prozent“ "nearly", „gut 60
  Prozent“ and „gut 62 Prozent Ballbesitz“ "over", „Nur 58,4 Prozent“ („Nur“ no hedge),
  „3,0 Prozent“ and "3.50%" kept as written (seventy-first), „einen Zuschlag von 50
  Prozent“, "a 19.4% share", "On average it holds 1.5%" ("On average" no hedge).
- Money in the currency written (every round): EUR („um die 22 Euro“ and „an die 30 Euro“
  "about" - thirty-seventh and tenth -, „31,85 Euro“, „11,48 Euro brutto pro Stunde“ - „pro
  Stunde“ none -, „4.812 Euro brutto monatlich“, „mehr als 9 600 Euro“ "over", „weniger
  als 3.100 Euro“ "under", „163,62 Euro im Monat“, „1.345,20 Euro“, „um 4 Euro ... 67
  Euro“, „bei 67 Euro“, „16,20 Euro, 50 Cent mehr“ 0.5 EUR - three-hundred-and-twenty-eighth:
  „um 30 Cent mehr“ -), USD („1,1715 US-Dollar“ and „1,1689 Dollar“ as exchange rates in the
  priced currency, fourteenth; "$5.2 million", "about $520,000", "86 cents" and "79 cents"
  0.86 and 0.79 - hundred-nineteenth -, "$68.42 a barrel", "$64.95", "about $69", "$80.50",
  "$1.2 million a year", "an estimated $1.14 billion" "about" - sixth -, "$519.6 million",
  "$488 million", "$1 million each" - "each" no hedge -, "$4.8 million", "$300 million",
  "$1.3412" after "Sterling" - fourteenth -), GBP ("£238", "£5,174", "£70bn", "£100bn"),
  CHF („Fr. 15'380“ and „max. Fr. 500.–“ - fortieth: the Swiss dash for no Rappen -), AUD
  ("A$580", "A$725"), JPY ("3,912 yen", "a record ¥4,860" - "a record" no hedge), NOK.
- German digit grouping and decimal commas (the issue; every round): „120.000“, „2.300“,
  „24.318,45“ and „24.246,10“ index points as counts (three-hundred-and-eighth: „22.815
  Punkten“), „118.000“, „15.000“, „265.000“, „4.500“, „40.000“, „450.000“, „30.210“,
  „1.100“, „1.300“; a narrow no-break space („9 600 Euro“) and a thin space („1 050
  Baustellen“) group as the point does (two-hundred-and-eighty-first), both written as
  escapes in the source so the file shows them; Swiss apostrophes, straight („38'740“,
  „1'084'600“, „Fr. 15'380“, „1'150“; tenth) and typographic („5’816 Mio. Franken“, written
  as an escape; three-hundred-and-eighth). English commas ("5,412,300", "23,771", "742,600").
- Ordinals in words and digits (the issue's „die drittgrößte Stadt“; every round): "his
  first Grand Slam title" 1, "second-seeded" 2 (three-hundred-and-twenty-eighth:
  "Second-seeded"), "the world No. 3" 3 (two-hundred-and-forty-ninth: "the world No. 6"),
  "his fourth major final" 4, „für das erste Halbjahr“ 1, „ab der 41. Wochenstunde“ 41 („ab“
  before an ordinal no hedge), „im zweiten Quartal“ 2, "a first-half return" 1
  (hundred-fiftieth: "first-half"), "for the second time this year" 2, "for a third
  straight meeting" 3, "the state's fourth-largest" 4 and "the fifth-largest jackpot" 5 (the
  issue's „drittgrößte“), "for the first time" 1, „die dritte Preiserhöhung“ 3, "a second
  weekly gain" 2, "the zoo's fourth surviving cub" 4, „das erste Fass“, „Am ersten Tag“ and
  „Die erste Maß“ 1, "in the 94th minute" 94, "third win" 3, "to sixth" 6, "fourth-placed" 4,
  „am 4. Spieltag“ 4, „den dritten Sieg“ 3, „Tabellenzweiter“ 2 (three-hundred-and-eighth:
  „Tabellenzwölfter“), „in der 23. sowie in der 71. Minute“ 23 and 71, „das dritte Tor“ 3,
  „in der 55. Minute“ 55, „die zweite Niederlage in Folge“ 2, „auf Rang 13“ 13, "the 38th
  straight drawing" 38. None: "the world's largest", "the largest in San Bernardino
  County", "the highest share", "the biggest draw", "the bloc's biggest market", "a record".
- Counts otherwise (every round): measures („auf 1,2 Kilometern Länge“, „rund 4,5
  Kilometer lang“ "about", „42,6 Liter Regen pro Quadratmeter“ - „pro Quadratmeter“ none -,
  „drei bis fünf Zentimetern“, „bis zu 112 km/h“ "up_to", „ein Tempolimit von 120 km/h“,
  "more than 41,000 acres" "over", "a 5-kg bag" 5 - three-hundred-and-twenty-first: "a
  14-tonne container" -, "about 140 grams" "about", "about 300,000 tonnes", "7.3 million
  tonnes", "up to 210,000 tonnes" "up_to", "a 30-yard free kick" 30), temperatures ("29.4C",
  "28.9C", "27C to 28C", „bis zu minus 4,5 Grad“ -4.5 "up_to" -
  three-hundred-and-twenty-eighth: „bis zu minus 14 Grad“), oil in barrels ("6.1 million
  barrels", "137,000 barrels per day" - "another" and "per day" none), definite groups ("41
  of 52 points", "nine of the 20 weekdays", "four of England's nine regions", „bei 19 von 31
  Fahrten“, „alle 14 großen Zelte“; forty-first), votes ("passed 10-2", "voting 6-3";
  sixth, tenth), crowds ("A crowd of 23,771", "A crowd of 27,104", „vor 30.210 Zuschauern“),
  tallies („14 große und 21 kleine Festzelte“, „mind. 600 Polizisten und bis zu 2.300
  Ordner“, „38'740 Vollzeitstellen ..., 212 mehr“, „14 Zulieferbetriebe“, „zwei
  Brückenlager“, „drei Sperrwochenenden“, „412 Patienten“, „19 Torschüsse“, „mit vier
  Punkten“, „mehr als 210 deutschen Städten“ "over", „über 100.000“ "over", "19 aces", "1.3
  million business customers", "1,412 deals", "some 8,700 firms in 69 countries", "212
  homes", "More than 1,900 firefighters and 14 helicopters", "About 14,500 residents" and
  "roughly 22,000", "5.41 million", "about 2,300 fewer", "142,000", "roughly 900", "6
  million", "7.21 million" - "totalled" no hedge -, "212,400 cars", "7,980 cars", "more than
  1.1 million viewers" "over", "all six numbers", "matched five numbers",
  "Two tickets", "11 away games", "five league games", "two points behind"). "6-7 (3), 6-3,
  6-4, 6-2", „3:1 (1:1)“ and "2-1" are scores and carry none (hundred-thirty-third);
  "Series A", "OPEC+", "A1", "ICE 597", "U 14" and "U 17" carry none.
- Years: „im Voranschlag 2027“, „aus dem Finanzausgleich 2027“, „Seit 2022“, „2025 waren
  es“, „bis einschließlich 2029“, „seit dem Frühjahr 2024“, „bis spätestens 2030“ the year
  with no qualifier (three-hundred-and-twenty-fourth: „frühestens 2029“); "by 2028", "set in
  2017", "in 1998", "in 2027", "by the end of 2027", "since 2020", "since 2016", "by the end
  of March 2027", "of 2025", "in spring 2025", "the 2035 phase-out", "until June 2030".
- Hedges, only the names in use: „rund“, „etwa“, „um die“, „an die“, „ca.“, "about",
  "roughly", "around", "some", "an estimated", "or thereabouts", "or so", "-odd" "about";
  „knapp“, „Knapp“, "nearly" "nearly"; „gut“, „Gut“, „ein gutes“, „mehr als“, „über“ before
  a figure, "more than", "More than", "better than" "over"; „weniger als“, "Fewer than",
  "just under" "under"; „bis zu“, "up to" "up_to"; „mind.“, „ab ... aufwärts“ "at_least";
  „max.“, "no more than", "tops" "at_most". No hedge: „im Schnitt“, „zusammen“, „insgesamt“,
  „allein“, „nur“, „Nur“, „sogar“, „zwischen ... und“, „bis“, „ab“ before an ordinal,
  „binnen“, „Gegen“ before a clock time, "between ... and", "to", "within", "just", "only",
  "another", "each", "an average of", "On average", "averaged", "totalled", "top", "a
  record", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: „Wirtschaftsreferent Vitus
  Ambergschmid sagte, ...“, „Finanzvorständin Almuth Ballhausen sagte, ...“,
  „Finanzministerin Cornelia Aeberli sagte vor den Medien in Bern, ...“ (the audience and
  place dropped, three-hundred-and-twenty-fourth: "... sagte vor Journalisten"),
  „Infrastrukturvorständin Dagmar Solmsdorf sagte, ...“, „Sozialministerin Hannelore
  Hiesmayr sagte, ...“, „Konferenzvorsitzende Sabine Grotefend sagte, ...“, „FH-Präsident
  Jean-Daniel Vuillemier sagte, ...“ and „Fridays-for-Future-Sprecherin Jule Happach sagte,
  ...“ the name with the office dropped (hundred-eightieth, three-hundred-and-twenty-first,
  three-hundred-and-twenty-eighth); „sagte Weinbaupräsident Engelbert Dorninger“ and „sagte
  Obstbauberaterin Wiebke Meyn“ the name with the title dropped (hundred-ninety-ninth);
  „teilte die Polizei mit“, „teilte das Statistische Bundesamt am Dienstag mit“, „teilte die
  Autobahn GmbH am Mittwoch mit“, „teilte die Deutsche Bahn am Mittwoch mit“ and „teilte der
  Deutsche Wetterdienst mit“ the source with its article, the weekday dropped
  (two-hundred-and-tenth); „teilte der Verband der Schweizerischen Uhrenindustrie (FH) am
  Donnerstag mit“ with the abbreviation dropped (two-hundred-and-forty-ninth,
  three-hundred-and-twenty-first); „nach Angaben der Polizei“ -> "die Polizei" twice
  (three-hundred-and-twenty-eighth). English: the name with the role dropped ("Rail Minister
  Bethan Cawley said", "Chief executive Halvard Sønstebø said", "Cal Fire Battalion Chief
  Renata Escobedo said", "Victorian Planning Minister Declan Hourigan said", "Governor Rowena
  Dunnington said", "Quarrymoor Commodities analyst Ottoline Pryer said", "Head keeper
  Maribel Ferro said", "ACEA Director General Sylvie Trouvé said", "Iowa Lottery chief
  executive Harlan Steenbock said"; hundred-forty-fifth, three-hundred-and-twenty-first);
  "Quillbrook chief executive Odile Maze told reporters", "Fed Chair Marguerite Sowande told
  reporters" and "Farm Minister Kenta Shiraoka told reporters" ("told reporters" names the
  speaker, two-hundred-and-fourth); "Vestergaard said ..." and "Petriello said ..." the
  surname opening the row (forty-second); "Network Rail said" and "Thames Water said" as
  written (a firm's "said", three-hundred-and-eighth, three-hundred-and-twenty-first); "The
  BoE said" -> "the BoE" (three-hundred-and-twenty-fourth). Left unchecked (None): all
  negatives, also those with a named speaker; „sagte ein Festwirt“ and „sagte eine
  Sprecherin des Amtes“ (roles), „hiess es in der Mitteilung“, „wie aus den Unterlagen
  hervorgeht“ (a document), „den Veranstaltern zufolge“ and „nach Angaben der Organisatoren“
  (plural groups, forty-first), „zählte die Polizei“ and „Der Verband Deutscher
  Verkehrsunternehmen zählt“ (no verb of saying), „laut einer Umfrage der
  Landwirtschaftskammer“ and „Nach einer Umfrage im Auftrag der Fahrgastverbände“ (surveys),
  estimating verbs („die Stadt rechnet“, „Die Autobahn GmbH rechnet“, „Der Bundesrat
  rechnet“, „Österreichs Winzer erwarten“, „rechnen die Bauern“, „beziffert die
  Versicherungskammer“; hundred-tenth); bodies' "said" and "says" in English copy ("the Met
  Office said", "Norges Bank Investment Management said", "fire officials said", "the
  Australian Bureau of Statistics says", "the zoo said", "the Multi-State Lottery Association
  said", "lottery officials said"; two-hundred-and-eighty-first,
  three-hundred-and-twenty-eighth), descriptions ("industry body ACEA said"), documents and
  polls ("according to figures the Office of Rail and Road published", "data from tracker
  Lattice Ventures showed", "a survey by recruiter Hartwell Quay found", "according to
  tournament statistics", "CME Group's FedWatch tool showed", "farm ministry data showed",
  "according to the state's rental report", "The bureau projects", "New projections
  showed"), "bankers say" and "four sources told Reuters" (plural groups).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""
# ruff: noqa: E501
BLIND_SET_342 = [
    # --- Wiesn-Preise (dpa/lby), Montag, 14. September ---
    (
        'de',
        'München (dpa/lby) - Die Maß Bier kostet auf dem Oktoberfest heuer zwischen 15,40 und 16,30 Euro, im Schnitt knapp 3,5 Prozent mehr als im Vorjahr.',
        True,
        [('money', 15.4, 'EUR', None), ('money', 16.3, 'EUR', None), ('percent', 3.5, '%', 'nearly')],
        None,
    ),
    (
        'de',
        'Die 16-tägige Wiesn beginnt am Samstag, 19. September, um 12 Uhr mit dem Anstich und endet am Sonntag, 4. Okt.; die Stadt rechnet mit sechs bis sieben Millionen Besuchern.',
        True,
        [('duration', 16, 'day', None), ('date', '--09-19', None, None), ('date', '--10-04', None, None), ('count', 6000000, None, None), ('count', 7000000, None, None)],
        None,
    ),
    (
        'de',
        'Wirtschaftsreferent Vitus Ambergschmid sagte, auf der Theresienwiese stünden 14 große und 21 kleine Festzelte mit zusammen gut 120.000 Sitzplätzen.',
        True,
        [('count', 14, None, None), ('count', 21, None, None), ('count', 120000, None, 'over')],
        'Vitus Ambergschmid',
    ),
    ('de', '„Die Wiesn ist und bleibt das schönste Volksfest der Welt, da können die anderen sagen, was sie wollen“, sagte Ambergschmid.', False, [], None),
    (
        'de',
        'Ein Hendl kostet in den großen Zelten um die 22 Euro, für eine Portion Ochsenbraten verlangen die Wirte an die 30 Euro.',
        True,
        [('money', 22, 'EUR', 'about'), ('money', 30, 'EUR', 'about')],
        None,
    ),
    (
        'de',
        'Für die Sicherheit sorgen täglich mind. 600 Polizisten und bis zu 2.300 Ordner, teilte die Polizei mit.',
        True,
        [('count', 600, None, 'at_least'), ('count', 2300, None, 'up_to')],
        'die Polizei',
    ),
    ('de', 'Viele Anwohner im Westend fürchten wie jedes Jahr zugeparkte Straßen und überfüllte U-Bahnen.', False, [], None),
    (
        'de',
        'Ein Festwirt sagte, er habe für die gut zwei Wochen rund 1,2 Mio. € allein für das Personal eingeplant.',
        True,
        [('duration', 2, 'week', 'over'), ('money', 1200000, 'EUR', 'about')],
        None,
    ),
    # --- UK rail punctuality (Reuters), Monday, Sept. 14 ---
    (
        'en',
        "LONDON, Sept 14 (Reuters) - Fewer than two in three trains on Britain's busiest commuter routes ran on time in the four weeks to Sept. 12, according to figures the Office of Rail and Road published on Monday.",
        True,
        [('date', '--09-14', None, None), ('fraction', 0.6667, None, 'under'), ('duration', 4, 'week', None), ('date', '--09-12', None, None)],
        None,
    ),
    (
        'en',
        "Cancellations ran at 4.8%, up from 3.9% a year earlier, and Southern's 07.42 from Brighton to London Victoria was axed on nine of the 20 weekdays.",
        True,
        [('percent', 4.8, '%', None), ('percent', 3.9, '%', None), ('count', 9, None, None), ('count', 20, None, None)],
        None,
    ),
    (
        'en',
        'Rail Minister Bethan Cawley said twelve hundred new carriages would enter service by 2028, about two-fifths of them on routes into London.',
        True,
        [('count', 1200, None, None), ('year', 2028, None, None), ('fraction', 0.4, None, 'about')],
        'Bethan Cawley',
    ),
    ('en', '"Passengers have put up with this for far too long, and they are right to be angry," Cawley said.', False, [], None),
    (
        'en',
        'Regulated fares will rise by 4.6% in March, adding £238 or thereabouts to an annual season ticket from Brighton that now costs £5,174.',
        True,
        [('percent', 4.6, '%', None), ('money', 238, 'GBP', 'about'), ('money', 5174, 'GBP', None)],
        None,
    ),
    ('en', 'Commuters waiting at Haywards Heath on Monday morning said they had long since stopped trusting the timetable.', False, [], None),
    (
        'en',
        'Network Rail said repairs to a signalling fault near Gatwick would take two hours, tops, and would be carried out overnight on Tuesday.',
        True,
        [('duration', 2, 'hour', 'at_most')],
        'Network Rail',
    ),
    (
        'en',
        'The last weekday train back to Brighton will leave Victoria at a quarter to midnight from Sept. 28, 15 minutes earlier than now.',
        True,
        [('date', '--09-28', None, None), ('duration', 15, 'minute', None)],
        None,
    ),
    # --- Dax und Steigerwald Hebetechnik (dpa-AFX), Montag, 14. September ---
    (
        'de',
        'Frankfurt (dpa-AFX) - Der Dax ist mit Gewinnen in die Woche gestartet: Gegen 10.15 Uhr notierte der Leitindex 0,62 Prozent höher bei 24.318,45 Punkten.',
        True,
        [('percent', 0.62, '%', None), ('count', 24318.45, None, None)],
        None,
    ),
    (
        'de',
        'Der Euro kostete am Vormittag 1,1715 US-Dollar; den Referenzkurs hatte die Europäische Zentralbank am Freitag auf 1,1689 Dollar festgelegt.',
        True,
        [('money', 1.1715, 'USD', None), ('money', 1.1689, 'USD', None)],
        None,
    ),
    (
        'de',
        'Gefragt waren die Aktien des Kranherstellers Steigerwald Hebetechnik, die bis zum Mittag um 7,4 Prozent auf 31,85 Euro zulegten.',
        True,
        [('percent', 7.4, '%', None), ('money', 31.85, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Das SDax-Unternehmen hatte am Freitag nach 17.30 Uhr ein Ebit von 18.420 TEUR für das erste Halbjahr gemeldet, nach 11.960 TEUR ein Jahr zuvor.',
        True,
        [('money', 18420000, 'EUR', None), ('ordinal', 1, None, None), ('money', 11960000, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Finanzvorständin Almuth Ballhausen sagte, der Auftragseingang liege mit 212,7 Mio. Euro um gut ein Fünftel über dem Plan.',
        True,
        [('money', 212700000, 'EUR', None), ('fraction', 0.2, None, 'over')],
        'Almuth Ballhausen',
    ),
    ('de', '„Wer jetzt noch an der Seitenlinie steht, hat den Zug verpasst“, sagte ein Frankfurter Händler.', False, [], None),
    (
        'de',
        'Im Verlauf gab der Dax einen Teil seiner Gewinne wieder ab und ging um 17.30 Uhr mit einem Plus von 0,31 Prozent bei 24.246,10 Punkten aus dem Xetra-Handel.',
        True,
        [('percent', 0.31, '%', None), ('count', 24246.1, None, None)],
        None,
    ),
    ('de', 'Viele Marktbeobachter halten eine Rekordjagd bis zum Jahresende dennoch für wenig wahrscheinlich.', False, [], None),
    # --- U.S. Open men's final (AP), Monday, Sept. 14 ---
    (
        'en',
        'NEW YORK (AP) — Lukas Vestergaard took his first Grand Slam title on Sunday night, beating second-seeded Teodor Marinescu 6-7 (3), 6-3, 6-4, 6-2 in a final that went on for three hours and 41 minutes.',
        True,
        [('ordinal', 1, None, None), ('ordinal', 2, None, None), ('duration', 3, 'hour', None), ('duration', 41, 'minute', None)],
        None,
    ),
    (
        'en',
        'The 22-year-old Dane collected $5.2 million, nearly three times what he had earned in his entire career before the tournament.',
        True,
        [('duration', 22, 'year', None), ('money', 5200000, 'USD', None), ('count', 3, None, 'nearly')],
        None,
    ),
    (
        'en',
        'He hit 19 aces and won 41 of 52 points at the net, according to tournament statistics.',
        True,
        [('count', 19, None, None), ('count', 41, None, None), ('count', 52, None, None)],
        None,
    ),
    ('en', '"I dreamed about this as a kid, and now it feels like someone else\'s life," Vestergaard said.', False, [], None),
    (
        'en',
        'Vestergaard said he would give a tenth of his prize money, about $520,000, to a tennis academy in his hometown of Aarhus.',
        True,
        [('fraction', 0.1, None, None), ('money', 520000, 'USD', 'about')],
        'Vestergaard',
    ),
    (
        'en',
        'Marinescu, the world No. 3, was playing in his fourth major final and has now lost all four.',
        True,
        [('ordinal', 3, None, None), ('ordinal', 4, None, None), ('count', 4, None, None)],
        None,
    ),
    (
        'en',
        'A crowd of 23,771 stayed until match point, which came at a quarter past eleven.',
        True,
        [('count', 23771, None, None)],
        None,
    ),
    ('en', "Marinescu's supporters in the upper deck still believe his moment will come.", False, [], None),
    # --- Bundesbudget (Keystone-SDA), Montag, 14. September ---
    (
        'de',
        'Bern (Keystone-SDA) - Der Bundesrat rechnet im Voranschlag 2027 mit einem Defizit von 1,4 Mia. Franken, bei Einnahmen von rund 91,2 Mia. Franken.',
        True,
        [('year', 2027, None, None), ('money', 1400000000, 'CHF', None), ('money', 91200000000, 'CHF', 'about')],
        None,
    ),
    (
        'de',
        'Finanzministerin Cornelia Aeberli sagte vor den Medien in Bern, die Armeeausgaben stiegen um 8,5 Prozent auf 7,12 Mia. Franken.',
        True,
        [('percent', 8.5, '%', None), ('money', 7120000000, 'CHF', None)],
        'Cornelia Aeberli',
    ),
    (
        'de',
        "Für die Bundesverwaltung sind 38'740 Vollzeitstellen budgetiert, 212 mehr als im laufenden Jahr.",
        True,
        [('count', 38740, None, None), ('count', 212, None, None)],
        None,
    ),
    (
        'de',
        'Die Schuldenbremse lasse ein strukturelles Defizit von max. 0,9 Mia. Fr. zu, der Rest gelte als konjunkturbedingt, hiess es in der Mitteilung.',
        True,
        [('money', 900000000, 'CHF', 'at_most')],
        None,
    ),
    ('de', '«Seit Jahren geben wir mehr aus, als wir einnehmen, und damit muss jetzt Schluss sein», sagte Aeberli.', False, [], None),
    (
        'de',
        "Pro Kopf der Bevölkerung entspricht die Bundesschuld rund Fr. 15'380, wie aus den Unterlagen hervorgeht.",
        True,
        [('money', 15380, 'CHF', 'about')],
        None,
    ),
    (
        'de',
        'Die finanzschwachen Kantone erhalten aus dem Finanzausgleich 2027 zusammen 5\u2019816 Mio. Franken, gut ein Drittel davon die Kantone Bern und Wallis.',
        True,
        [('year', 2027, None, None), ('money', 5816000000, 'CHF', None), ('fraction', 0.3333, None, 'over')],
        None,
    ),
    ('de', 'Bürgerliche Parlamentarier bezweifeln, dass die Sparvorgaben in beiden Kammern eine Mehrheit finden.', False, [], None),
    # --- UK start-up funding (Reuters), Tuesday, Sept. 15 ---
    (
        'en',
        'LONDON, Sept 15 (Reuters) - British tech start-ups raised £4.2bn in July and August, a third more than in the same two months of last year, data from tracker Lattice Ventures showed on Tuesday.',
        True,
        [('date', '--09-15', None, None), ('money', 4200000000, 'GBP', None), ('fraction', 0.3333, None, None), ('duration', 2, 'month', None)],
        None,
    ),
    (
        'en',
        'The median seed round was £750k, up from £610k, while the typical Series A round reached £6.5m.',
        True,
        [('money', 750000, 'GBP', None), ('money', 610000, 'GBP', None), ('money', 6500000, 'GBP', None)],
        None,
    ),
    (
        'en',
        'Payments firm Quillbrook, valued at $1.1bn in its last funding round, is preparing a listing that bankers say could value it at $3 to $4 billion.',
        True,
        [('money', 1100000000, 'USD', None), ('money', 3000000000, 'USD', None), ('money', 4000000000, 'USD', None)],
        None,
    ),
    (
        'en',
        'Quillbrook chief executive Odile Maze told reporters the company had 1.3 million business customers and handled payments of about $85K every second at peak times.',
        True,
        [('count', 1300000, None, None), ('money', 85000, 'USD', 'about')],
        'Odile Maze',
    ),
    ('en', '"London has to decide whether it actually wants companies like ours," Maze said.', False, [], None),
    (
        'en',
        'Lattice Ventures counted 1,412 deals over the two months, a fifth fewer than a year earlier, as investors concentrated on bigger bets.',
        True,
        [('count', 1412, None, None), ('duration', 2, 'month', None), ('fraction', 0.2, None, None)],
        None,
    ),
    (
        'en',
        'Software engineers at London start-ups earned an average of £78k, against $185K at comparable firms in San Francisco, a survey by recruiter Hartwell Quay found.',
        True,
        [('money', 78000, 'GBP', None), ('money', 185000, 'USD', None)],
        None,
    ),
    ('en', "Investors hope a pick-up in listings will revive the city's flagging stock market.", False, [], None),
    # --- Weinlese (APA), Dienstag, 15. September ---
    (
        'de',
        'Wien (APA) - Österreichs Winzer erwarten heuer eine Weinernte von 2,2 bis 2,4 Mio. Hektolitern, um ein gutes Zehntel mehr als im Vorjahr.',
        True,
        [('count', 2200000, None, None), ('count', 2400000, None, None), ('fraction', 0.1, None, 'over')],
        None,
    ),
    (
        'de',
        'Die Lese habe in der Thermenregion bereits am 27. August begonnen, rund eineinhalb Wochen früher als im Zehnjahresschnitt, sagte Weinbaupräsident Engelbert Dorninger.',
        True,
        [('date', '--08-27', None, None), ('duration', 1.5, 'week', 'about'), ('duration', 10, 'year', None)],
        'Engelbert Dorninger',
    ),
    (
        'de',
        'Pro Kilo Grüner Veltliner zahlen die Kellereien heuer 0,85 bis 1,10 Euro, für Trauben aus Riedenlagen max. 1,60 Euro.',
        True,
        [('money', 0.85, 'EUR', None), ('money', 1.1, 'EUR', None), ('money', 1.6, 'EUR', 'at_most')],
        None,
    ),
    ('de', '„Das wird ein ganz großer Jahrgang, davon bin ich felsenfest überzeugt“, sagte Dorninger.', False, [], None),
    (
        'de',
        'Rund jeder fünfte Betrieb im Weinviertel klagt laut einer Umfrage der Landwirtschaftskammer über fehlende Erntehelfer.',
        True,
        [('fraction', 0.2, None, 'about')],
        None,
    ),
    (
        'de',
        'Erntehelfer erhalten nach dem Kollektivvertrag 11,48 Euro brutto pro Stunde, ab der 41. Wochenstunde gibt es einen Zuschlag von 50 Prozent.',
        True,
        [('money', 11.48, 'EUR', None), ('ordinal', 41, None, None), ('percent', 50, '%', None)],
        None,
    ),
    ('de', 'Viele Winzer hoffen nun auf einen trockenen und sonnigen Oktober.', False, [], None),
    # --- Late-summer heat (PA), Tuesday, Sept. 15 ---
    (
        'en',
        'LONDON (PA) - Temperatures reached 29.4C at Heathrow on Tuesday, the warmest mid-September day in nine years, the Met Office said.',
        True,
        [('count', 29.4, None, None), ('duration', 9, 'year', None)],
        None,
    ),
    (
        'en',
        'The reading was taken at 3.40pm and beat the previous high for the date, 28.9C, set in 2017.',
        True,
        [('count', 28.9, None, None), ('year', 2017, None, None)],
        None,
    ),
    (
        'en',
        'Highs of 27C to 28C are expected on Wednesday before a band of rain brings 15-25mm to western Scotland on Thursday September 17th.',
        True,
        [('count', 27, None, None), ('count', 28, None, None), ('count', 15, None, None), ('count', 25, None, None), ('date', '--09-17', None, None)],
        None,
    ),
    ('en', 'Sunbathers crowded the banks of the Serpentine by early afternoon, and ice-cream vans did brisk trade.', False, [], None),
    (
        'en',
        "The UK Health Security Agency's yellow heat-health alert covers four of England's nine regions and runs until 9am on Thursday.",
        True,
        [('count', 4, None, None), ('count', 9, None, None)],
        None,
    ),
    ('en', 'Doctors urged older people to stay indoors during the hottest part of the day.', False, [], None),
    (
        'en',
        'Thames Water said its reservoirs were just under three-quarters full, roughly a tenth below the norm for the time of year.',
        True,
        [('fraction', 0.75, None, 'under'), ('fraction', 0.1, None, 'about')],
        'Thames Water',
    ),
    # --- Reallöhne (dpa), Dienstag, 15. September ---
    (
        'de',
        'Wiesbaden (dpa) - Die Reallöhne sind im zweiten Quartal binnen Jahresfrist um 1,9 Prozent gestiegen, teilte das Statistische Bundesamt am Dienstag mit.',
        True,
        [('ordinal', 2, None, None), ('percent', 1.9, '%', None)],
        'das Statistische Bundesamt',
    ),
    (
        'de',
        'Nominal legten die Löhne um 4,1 Prozent zu, während die Verbraucherpreise um 2,2 Prozent stiegen.',
        True,
        [('percent', 4.1, '%', None), ('percent', 2.2, '%', None)],
        None,
    ),
    (
        'de',
        'Im öffentlichen Dienst stiegen die Verdienste um 5,4 Prozent, im Gastgewerbe um 3,0 Prozent.',
        True,
        [('percent', 5.4, '%', None), ('percent', 3.0, '%', None)],
        None,
    ),
    (
        'de',
        'Wer Vollzeit arbeitete, kam im Schnitt auf 4.812 Euro brutto monatlich, das bestbezahlte Zehntel mehr als 9\u202f600 Euro.',
        True,
        [('money', 4812, 'EUR', None), ('fraction', 0.1, None, None), ('money', 9600, 'EUR', 'over')],
        None,
    ),
    (
        'de',
        'Knapp jede vierte Vollzeitstelle war mit weniger als 3.100 Euro brutto dotiert.',
        True,
        [('fraction', 0.25, None, 'nearly'), ('money', 3100, 'EUR', 'under')],
        None,
    ),
    (
        'de',
        'Seit 2022 seien die Reallöhne damit in elf von 14 Quartalen gestiegen, sagte eine Sprecherin des Amtes.',
        True,
        [('year', 2022, None, None), ('count', 11, None, None), ('count', 14, None, None)],
        None,
    ),
    ('de', 'Gewerkschafter sprechen dennoch von einem „verlorenen Jahrzehnt“ für Geringverdiener.', False, [], None),
    ('de', 'Arbeitgeberverbände warnen davor, die Zahlen überzubewerten.', False, [], None),
    # --- Norway's wealth fund (Reuters), Tuesday, Sept. 15 ---
    (
        'en',
        "OSLO, Sept 15 (Reuters) - Norway's sovereign wealth fund, the world's largest, grew to 21.3 trillion crowns ($2.1 trillion) at the end of August, Norges Bank Investment Management said on Tuesday.",
        True,
        [('date', '--09-15', None, None), ('money', 21300000000000, 'NOK', None), ('money', 2100000000000, 'USD', None)],
        None,
    ),
    (
        'en',
        'The fund posted a first-half return of 6.4%, or 1.24 trillion crowns, with equities up 7.9% and bonds up 2.1%.',
        True,
        [('ordinal', 1, None, None), ('percent', 6.4, '%', None), ('money', 1240000000000, 'NOK', None), ('percent', 7.9, '%', None), ('percent', 2.1, '%', None)],
        None,
    ),
    (
        'en',
        'On average it holds 1.5% of each listed company worldwide, spread across some 8,700 firms in 69 countries.',
        True,
        [('percent', 1.5, '%', None), ('count', 8700, None, 'about'), ('count', 69, None, None)],
        None,
    ),
    (
        'en',
        'Chief executive Halvard Sønstebø said technology stocks now made up nearly a quarter of the equity portfolio, the highest share since the fund began buying shares in 1998.',
        True,
        [('fraction', 0.25, None, 'nearly'), ('year', 1998, None, None)],
        'Halvard Sønstebø',
    ),
    ('en', '"We are long-term owners, and we do not chase the fashions of a single quarter," Sønstebø said.', False, [], None),
    (
        'en',
        "Under the fiscal rule the government may withdraw no more than 3% of the fund's value annually, roughly 640 billion crowns in 2027.",
        True,
        [('percent', 3, '%', 'at_most'), ('money', 640000000000, 'NOK', 'about'), ('year', 2027, None, None)],
        None,
    ),
    (
        'en',
        "The crown weakened to 10.12 per dollar, and the fund's value rose by about 140 billion crowns on currency moves alone.",
        True,
        [('money', 10.12, 'NOK', None), ('money', 140000000000, 'NOK', 'about')],
        None,
    ),
    ('en', 'Some lawmakers in Oslo privately doubt the spending rule will survive the next election.', False, [], None),
    # --- A1-Vollsperrung (dpa/lnw), Mittwoch, 16. September ---
    (
        'de',
        'Köln (dpa/lnw) - Die A1 wird zwischen dem Kreuz Köln-Nord und Leverkusen für eine 56-stündige Vollsperrung dichtgemacht, teilte die Autobahn GmbH am Mittwoch mit.',
        True,
        [('duration', 56, 'hour', None)],
        'die Autobahn GmbH',
    ),
    (
        'de',
        'Die Sperrung beginnt am Freitag um 21 Uhr und endet am Montag gegen halb fünf am Morgen.',
        True,
        [],
        None,
    ),
    (
        'de',
        'In der Zeit werden auf 1,2 Kilometern Länge die Fahrbahnplatten erneuert und zwei Brückenlager getauscht.',
        True,
        [('count', 1.2, None, None), ('count', 2, None, None)],
        None,
    ),
    (
        'de',
        'Werktags fahren über den Abschnitt im Schnitt ca. 118.000 Fahrzeuge, darunter knapp 15.000 Lkw.',
        True,
        [('count', 118000, None, 'about'), ('count', 15000, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Die Autobahn GmbH rechnet an dem Wochenende mit 50- bis 60.000 Fahrzeugen, die über die Umleitungsstrecken U 14 und U 17 geführt werden.',
        True,
        [('count', 50000, None, None), ('count', 60000, None, None)],
        None,
    ),
    ('de', '„Das wird ein hartes Wochenende für alle, die in Köln unterwegs sind“, sagte ein Sprecher der Autobahn GmbH.', False, [], None),
    (
        'de',
        'Ursprünglich waren für die Arbeiten drei Sperrwochenenden vorgesehen, die Kosten von knapp 4,6 Mio. Euro trägt der Bund.',
        True,
        [('count', 3, None, None), ('money', 4600000, 'EUR', 'nearly')],
        None,
    ),
    ('de', 'Der ADAC rät Autofahrern, das Kölner Stadtgebiet am Wochenende weiträumig zu umfahren.', False, [], None),
    # --- Fed decision (Reuters), Wednesday, Sept. 16 ---
    (
        'en',
        'WASHINGTON, Sept 16 (Reuters) - The Federal Reserve cut its policy rate on Wednesday for the second time this year, this time by a quarter of a percentage point, which leaves it in a 3.25%-3.50% range.',
        True,
        [('date', '--09-16', None, None), ('ordinal', 2, None, None), ('percent', 0.25, 'pp', None), ('percent', 3.25, '%', None), ('percent', 3.5, '%', None)],
        None,
    ),
    (
        'en',
        'The decision at the Sept. 15-16 meeting passed 10-2, with two policymakers preferring to hold rates steady.',
        True,
        [('date', '--09-15', None, None), ('date', '--09-16', None, None), ('count', 10, None, None), ('count', 2, None, None), ('count', 2, None, None)],
        None,
    ),
    (
        'en',
        'Fed Chair Marguerite Sowande told reporters the economy was growing at around 1.8% and that unemployment, at 4.4%, had risen by three-tenths of a percentage point since January.',
        True,
        [('percent', 1.8, '%', 'about'), ('percent', 4.4, '%', None), ('percent', 0.3, 'pp', None)],
        'Marguerite Sowande',
    ),
    ('en', '"We are not on a preset course, and we will not hesitate to change direction," Sowande said.', False, [], None),
    (
        'en',
        'New projections showed the median policymaker expects two more quarter-point cuts by the end of 2027, one fewer than in June.',
        True,
        [('count', 2, None, None), ('percent', 0.25, 'pp', None), ('year', 2027, None, None), ('count', 1, None, None)],
        None,
    ),
    (
        'en',
        "Inflation by the Fed's preferred measure is seen ending the year at 2.7%, a tenth of a point higher than previously forecast.",
        True,
        [('percent', 2.7, '%', None), ('percent', 0.1, 'pp', None)],
        None,
    ),
    (
        'en',
        'At 2:15 p.m. EDT, a quarter of an hour after the statement, the 10-year Treasury yield was down 4 basis points at 3.91%.',
        True,
        [('duration', 0.25, 'hour', None), ('duration', 10, 'year', None), ('percent', 4, 'bp', None), ('percent', 3.91, '%', None)],
        None,
    ),
    ('en', 'Traders said they doubted the Fed would deliver both cuts before the end of next year.', False, [], None),
    (
        'en',
        "Futures markets priced in a roughly 60% chance of another cut at the Oct. 27-28 meeting, CME Group's FedWatch tool showed.",
        True,
        [('percent', 60, '%', 'about'), ('date', '--10-27', None, None), ('date', '--10-28', None, None)],
        None,
    ),
    # --- Bahn-Pünktlichkeit (dpa), Mittwoch, 16. September ---
    (
        'de',
        'Berlin (dpa) - Die Deutsche Bahn ist im August so unpünktlich gewesen wie seit drei Jahren nicht mehr: Nur 58,4 Prozent der Fernzüge erreichten ihr Ziel planmäßig.',
        True,
        [('duration', 3, 'year', None), ('percent', 58.4, '%', None)],
        None,
    ),
    (
        'de',
        'Als pünktlich gilt ein Zug mit weniger als 6 Min. Verspätung, teilte die Deutsche Bahn am Mittwoch mit.',
        True,
        [('duration', 6, 'minute', 'under')],
        'die Deutsche Bahn',
    ),
    (
        'de',
        'Gut jeder sechste Fernzug kam sogar mehr als eine Viertelstunde zu spät, im Regionalverkehr waren es knapp 3 Prozent.',
        True,
        [('fraction', 0.1667, None, 'over'), ('duration', 0.25, 'hour', 'over'), ('percent', 3, '%', 'nearly')],
        None,
    ),
    (
        'de',
        'Infrastrukturvorständin Dagmar Solmsdorf sagte, derzeit gebe es bundesweit rund 1\u2009050 Baustellen, bis Jahresende würden es 1.300 bis 1.400.',
        True,
        [('count', 1050, None, 'about'), ('count', 1300, None, None), ('count', 1400, None, None)],
        'Dagmar Solmsdorf',
    ),
    ('de', '„Wir wissen, dass wir unseren Fahrgästen gerade sehr viel Geduld abverlangen“, sagte Solmsdorf.', False, [], None),
    (
        'de',
        'Der ICE 597 von Berlin nach München, der planmäßig um 6.29 Uhr abfährt, kam im August bei 19 von 31 Fahrten verspätet an.',
        True,
        [('count', 19, None, None), ('count', 31, None, None)],
        None,
    ),
    ('de', 'Fahrgastverbände bezweifeln, dass sich die Lage vor dem Fahrplanwechsel im Dezember bessert.', False, [], None),
    (
        'de',
        'Für das Gesamtjahr peilt der Konzern eine Pünktlichkeit von 62 bis 65 Prozent an, 2025 waren es 62,5 Prozent.',
        True,
        [('percent', 62, '%', None), ('percent', 65, '%', None), ('year', 2025, None, None), ('percent', 62.5, '%', None)],
        None,
    ),
    # --- California wildfire (AP), Wednesday, Sept. 16 ---
    (
        'en',
        'SAN BERNARDINO, Calif. (AP) — A wildfire east of Los Angeles had burned through more than 41,000 acres of mountain forest by Wednesday and was 35% contained, fire officials said.',
        True,
        [('count', 41000, None, 'over'), ('percent', 35, '%', None)],
        None,
    ),
    (
        'en',
        'The blaze, which started shortly before half past four on Sunday afternoon, has destroyed 212 homes and damaged another 60-odd.',
        True,
        [('count', 212, None, None), ('count', 60, None, 'about')],
        None,
    ),
    (
        'en',
        'More than 1,900 firefighters and 14 helicopters are battling the flames, which have been driven by gusts of 50 to 60 mph.',
        True,
        [('count', 1900, None, 'over'), ('count', 14, None, None), ('count', 50, None, None), ('count', 60, None, None)],
        None,
    ),
    (
        'en',
        'Cal Fire Battalion Chief Renata Escobedo said crews expected to have the fire fully contained in 10 to 14 days.',
        True,
        [('duration', 10, 'day', None), ('duration', 14, 'day', None)],
        'Renata Escobedo',
    ),
    ('en', '"This is the kind of fire we used to see once in a career," Escobedo said.', False, [], None),
    (
        'en',
        'About 14,500 residents remained under evacuation orders, down from roughly 22,000 on Monday.',
        True,
        [('count', 14500, None, 'about'), ('count', 22000, None, 'about')],
        None,
    ),
    ('en', 'Many evacuees said they feared they would have nothing to come back to.', False, [], None),
    (
        'en',
        "The fire is the state's fourth-largest this year and the largest in San Bernardino County since 2020.",
        True,
        [('ordinal', 4, None, None), ('year', 2020, None, None)],
        None,
    ),
    # --- Pensionserhöhung (APA), Mittwoch, 16. September ---
    (
        'de',
        'Wien (APA) - Die Pensionen in Österreich steigen mit 1. Jänner 2027 um 2,7 Prozent, das hat die Regierung am Mittwoch im Ministerrat beschlossen.',
        True,
        [('date', '2027-01-01', None, None), ('percent', 2.7, '%', None)],
        None,
    ),
    (
        'de',
        'Für Pensionen ab 6.060 Euro brutto aufwärts wird statt einer prozentuellen Anhebung ein Fixbetrag von 163,62 Euro im Monat ausbezahlt.',
        True,
        [('money', 6060, 'EUR', 'at_least'), ('money', 163.62, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Sozialministerin Hannelore Hiesmayr sagte, die Anpassung koste im kommenden Jahr rund 2,35 Mrd. Euro, gut ein Zehntel davon entfalle auf die Beamtenpensionen.',
        True,
        [('money', 2350000000, 'EUR', 'about'), ('fraction', 0.1, None, 'over')],
        'Hannelore Hiesmayr',
    ),
    ('de', '„Wer jahrzehntelang eingezahlt hat, muss sich auf seine Pension verlassen können“, sagte Hiesmayr.', False, [], None),
    (
        'de',
        'Der Ausgleichszulagenrichtsatz für Alleinstehende steigt auf 1.345,20 Euro.',
        True,
        [('money', 1345.2, 'EUR', None)],
        None,
    ),
    (
        'de',
        'In Österreich beziehen rund 2,5 Millionen Menschen eine Pension, etwa drei Viertel davon eine Alterspension.',
        True,
        [('count', 2500000, None, 'about'), ('fraction', 0.75, None, 'about')],
        None,
    ),
    ('de', 'Die Seniorenvertreter sprachen von einem „Kompromiss mit Bauchweh“.', False, [], None),
    (
        'de',
        'Die Opposition kündigte an, im Nationalrat eine namentliche Abstimmung zu verlangen.',
        True,
        [],
        None,
    ),
    # --- Melbourne overtakes Sydney (AAP), Thursday, Sept. 17 ---
    (
        'en',
        "MELBOURNE (AAP) - Greater Melbourne's population reached 5,412,300 in the 12 months to March 31, overtaking Greater Sydney for the first time, the Australian Bureau of Statistics says.",
        True,
        [('count', 5412300, None, None), ('duration', 12, 'month', None), ('date', '--03-31', None, None), ('ordinal', 1, None, None)],
        None,
    ),
    (
        'en',
        "Sydney's population stood at 5.41 million, about 2,300 fewer than Melbourne's.",
        True,
        [('count', 5410000, None, None), ('count', 2300, None, 'about')],
        None,
    ),
    (
        'en',
        'Greater Sydney grew by 1.6% over the year, against 2.7% for Greater Melbourne.',
        True,
        [('percent', 1.6, '%', None), ('percent', 2.7, '%', None)],
        None,
    ),
    (
        'en',
        "Roughly three-quarters of Melbourne's growth of 142,000 came from overseas migration.",
        True,
        [('fraction', 0.75, None, 'about'), ('count', 142000, None, None)],
        None,
    ),
    (
        'en',
        'Victorian Planning Minister Declan Hourigan said the state would need fifteen hundred new homes a week to keep pace, against roughly 900 now.',
        True,
        [('count', 1500, None, None), ('count', 900, None, 'about')],
        'Declan Hourigan',
    ),
    ('en', '"Melbourne has always been the better city, and now it\'s official," Hourigan said.', False, [], None),
    (
        'en',
        "The bureau projects Melbourne's population will top 6 million by 2031-32.",
        True,
        [('count', 6000000, None, None), ('year', 2031, None, None), ('year', 2032, None, None)],
        None,
    ),
    (
        'en',
        "Median weekly rent in Melbourne was A$580, a fifth below Sydney's A$725, according to the state's rental report.",
        True,
        [('money', 580, 'AUD', None), ('fraction', 0.2, None, None), ('money', 725, 'AUD', None)],
        None,
    ),
    # --- Deutschlandticket (dpa), Donnerstag, 17. September ---
    (
        'de',
        'Berlin (dpa) - Das Deutschlandticket wird zum 1.1.2027 um 4 Euro teurer und kostet dann 67 Euro im Monat, das haben die Verkehrsminister von Bund und Ländern am Donnerstag beschlossen.',
        True,
        [('date', '2027-01-01', None, None), ('money', 4, 'EUR', None), ('money', 67, 'EUR', None)],
        None,
    ),
    (
        'de',
        'Bund und Länder tragen die Zuschüsse von zusammen 3 Mrd. Euro je zur Hälfte.',
        True,
        [('money', 3000000000, 'EUR', None), ('fraction', 0.5, None, None)],
        None,
    ),
    (
        'de',
        'Der Verband Deutscher Verkehrsunternehmen zählt derzeit rund 14,2 Mio. Nutzerinnen und Nutzer, darunter gut 2,8 Mio. mit einem Jobticket.',
        True,
        [('count', 14200000, None, 'about'), ('count', 2800000, None, 'over')],
        None,
    ),
    (
        'de',
        'Konferenzvorsitzende Sabine Grotefend sagte, der Preis solle danach bis einschließlich 2029 stabil bleiben.',
        True,
        [('year', 2029, None, None)],
        'Sabine Grotefend',
    ),
    ('de', '„Das Deutschlandticket ist eine Erfolgsgeschichte, und die schreiben wir weiter“, sagte Grotefend.', False, [], None),
    (
        'de',
        'Nach einer Umfrage im Auftrag der Fahrgastverbände würde bei 67 Euro jeder achte Abonnent kündigen.',
        True,
        [('money', 67, 'EUR', None), ('fraction', 0.125, None, None)],
        None,
    ),
    ('de', 'Viele Pendler auf dem Land fühlen sich von dem Angebot ohnehin abgehängt.', False, [], None),
    (
        'de',
        'Seit dem Start vor gut drei Jahren ist es die dritte Preiserhöhung.',
        True,
        [('duration', 3, 'year', 'over'), ('ordinal', 3, None, None)],
        None,
    ),
    # --- Bank of England (Reuters), Thursday, Sept. 17 ---
    (
        'en',
        'LONDON, Sept 17 (Reuters) - The Bank of England held Bank Rate at 3.75% on Thursday, with policymakers voting 6-3 to keep borrowing costs on hold for a third straight meeting.',
        True,
        [('date', '--09-17', None, None), ('percent', 3.75, '%', None), ('count', 6, None, None), ('count', 3, None, None), ('ordinal', 3, None, None)],
        None,
    ),
    (
        'en',
        'The three dissenters wanted a cut of 25 basis points.',
        True,
        [('count', 3, None, None), ('percent', 25, 'bp', None)],
        None,
    ),
    (
        'en',
        'Governor Rowena Dunnington said inflation, at 3.4% in August, was likely to fall to around 2½% by the middle of next year.',
        True,
        [('percent', 3.4, '%', None), ('percent', 2.5, '%', 'about')],
        'Rowena Dunnington',
    ),
    ('en', '"The job is not yet done, and we will not declare victory early," Dunnington said.', False, [], None),
    (
        'en',
        'The BoE said it would also slow the pace of its bond sales to £70bn over the 12 months from October, from £100bn in the previous year.',
        True,
        [('money', 70000000000, 'GBP', None), ('duration', 12, 'month', None), ('money', 100000000000, 'GBP', None)],
        'the BoE',
    ),
    (
        'en',
        'Sterling slipped 0.3% to $1.3412 after the decision, which was announced at noon.',
        True,
        [('percent', 0.3, '%', None), ('money', 1.3412, 'USD', None)],
        None,
    ),
    ('en', 'Some economists said they thought the Bank was being too cautious.', False, [], None),
    (
        'en',
        'Money markets now put the odds of a cut at the Nov. 5 meeting at roughly two in three.',
        True,
        [('date', '--11-05', None, None), ('fraction', 0.6667, None, 'about')],
        None,
    ),
    # --- Uhrenexporte (Keystone-SDA), Donnerstag, 17. September ---
    (
        'de',
        'Biel (Keystone-SDA) - Die Uhrenindustrie der Schweiz hat im August 4,2 Prozent weniger exportiert, der Wert sank auf 1,87 Mia. Franken, teilte der Verband der Schweizerischen Uhrenindustrie (FH) am Donnerstag mit.',
        True,
        [('percent', 4.2, '%', None), ('money', 1870000000, 'CHF', None)],
        'der Verband der Schweizerischen Uhrenindustrie',
    ),
    (
        'de',
        'In die USA gingen Uhren für 312,4 Mio. Fr., knapp ein Sechstel weniger als ein Jahr zuvor.',
        True,
        [('money', 312400000, 'CHF', None), ('fraction', 0.1667, None, 'nearly')],
        None,
    ),
    (
        'de',
        "Exportiert wurden insgesamt 1'084'600 Uhren, davon gut 60 Prozent mit einem Exportpreis von max. Fr. 500.–.",
        True,
        [('count', 1084600, None, None), ('percent', 60, '%', 'over'), ('money', 500, 'CHF', 'at_most')],
        None,
    ),
    (
        'de',
        'FH-Präsident Jean-Daniel Vuillemier sagte, die Branche rechne für das Gesamtjahr mit einem Minus von 3 bis 5 Prozent.',
        True,
        [('percent', 3, '%', None), ('percent', 5, '%', None)],
        'Jean-Daniel Vuillemier',
    ),
    ('de', '«Diese Zölle treffen unsere Branche ins Mark», sagte Vuillemier.', False, [], None),
    (
        'de',
        'Nach China sanken die Ausfuhren um 17,8 Prozent, nach Japan stiegen sie um 6,1 Prozent.',
        True,
        [('percent', 17.8, '%', None), ('percent', 6.1, '%', None)],
        None,
    ),
    (
        'de',
        "Im Kanton Jura haben seit Jahresbeginn 14 Zulieferbetriebe Kurzarbeit angemeldet, betroffen sind rund 1'150 Angestellte.",
        True,
        [('count', 14, None, None), ('count', 1150, None, 'about')],
        None,
    ),
    ('de', 'Viele Zulieferer im Jurabogen blicken mit Sorge auf den Winter.', False, [], None),
    # --- Japan rice prices (Reuters), Thursday, Sept. 17 ---
    (
        'en',
        'TOKYO, Sept 17 (Reuters) - A 5-kg bag of rice cost 3,912 yen on average in Japanese supermarkets in the week to Sept. 13, the lowest in 14 months, farm ministry data showed on Thursday.',
        True,
        [('date', '--09-17', None, None), ('count', 5, None, None), ('money', 3912, 'JPY', None), ('date', '--09-13', None, None), ('duration', 14, 'month', None)],
        None,
    ),
    (
        'en',
        'That is down nearly a fifth from a record ¥4,860 in May, as new-crop rice and about 300,000 tonnes of released stockpiles reached the shelves.',
        True,
        [('fraction', 0.2, None, 'nearly'), ('money', 4860, 'JPY', None), ('count', 300000, None, 'about')],
        None,
    ),
    (
        'en',
        'Farm Minister Kenta Shiraoka told reporters the harvest was expected to reach 7.3 million tonnes, up 4% and the biggest since 2016.',
        True,
        [('count', 7300000, None, None), ('percent', 4, '%', None), ('year', 2016, None, None)],
        'Kenta Shiraoka',
    ),
    ('en', '"Consumers can finally breathe a little easier," Shiraoka said.', False, [], None),
    (
        'en',
        'Rice had more than doubled in price over the year to May and was responsible for roughly a third of the increase in food inflation.',
        True,
        [('fraction', 0.3333, None, 'about')],
        None,
    ),
    ('en', 'Some farmers fear prices will now fall too far to cover rising fertiliser costs.', False, [], None),
    (
        'en',
        'The government plans to purchase up to 210,000 tonnes for its reserves by the end of March 2027.',
        True,
        [('count', 210000, None, 'up_to'), ('year', 2027, None, None)],
        None,
    ),
    # --- Apfelernte im Alten Land (dpa/lno), Freitag, 18. September ---
    (
        'de',
        'Jork (dpa/lno) - Im Alten Land, dem größten zusammenhängenden Obstanbaugebiet Nordeuropas, rechnen die Bauern mit einer Apfelernte von rund 265.000 Tonnen, einem Achtel weniger als im Vorjahr.',
        True,
        [('count', 265000, None, 'about'), ('fraction', 0.125, None, None)],
        None,
    ),
    (
        'de',
        'Schuld seien Spätfröste Anfang Mai mit Temperaturen von bis zu minus 4,5 Grad, sagte Obstbauberaterin Wiebke Meyn.',
        True,
        [('count', -4.5, None, 'up_to')],
        'Wiebke Meyn',
    ),
    (
        'de',
        'Pro Hektar ernten die Betriebe im Schnitt 38 bis 42 Tonnen, in diesem Jahr dürften es nur gut 33 sein.',
        True,
        [('count', 38, None, None), ('count', 42, None, None), ('count', 33, None, 'over')],
        None,
    ),
    (
        'de',
        'Gepflückt wird in Acht- bis Zehnstundenschichten, an den Ständen am Straßenrand kostet das Kilo Elstar derzeit 2,80 bis 3,50 Euro.',
        True,
        [('duration', 8, 'hour', None), ('duration', 10, 'hour', None), ('money', 2.8, 'EUR', None), ('money', 3.5, 'EUR', None)],
        None,
    ),
    ('de', '„So ein Frühjahr wünscht man keinem Betrieb“, sagte Meyn.', False, [], None),
    (
        'de',
        'Auf den Höfen arbeiten in der Saison gut 4.500 Erntehelfer, rund zwei Drittel von ihnen aus Rumänien und Polen.',
        True,
        [('count', 4500, None, 'over'), ('fraction', 0.6667, None, 'about')],
        None,
    ),
    (
        'de',
        'Am 26./27. September feiert die Region ihr Erntefest, zu dem etwa 40.000 Gäste erwartet werden.',
        True,
        [('date', '--09-26', None, None), ('date', '--09-27', None, None), ('count', 40000, None, 'about')],
        None,
    ),
    ('de', 'Die Obstbauern hoffen auf bessere Preise im Lagergeschäft nach Weihnachten.', False, [], None),
    # --- Oil prices (Reuters), Friday, Sept. 18 ---
    (
        'en',
        'LONDON, Sept 18 (Reuters) - Oil prices climbed on Friday, heading for a second weekly gain, with Brent crude futures up 86 cents, or 1.3%, at $68.42 a barrel by 1130 GMT.',
        True,
        [('date', '--09-18', None, None), ('ordinal', 2, None, None), ('money', 0.86, 'USD', None), ('percent', 1.3, '%', None), ('money', 68.42, 'USD', None)],
        None,
    ),
    (
        'en',
        'WTI, the U.S. benchmark, added 79 cents to $64.95.',
        True,
        [('money', 0.79, 'USD', None), ('money', 64.95, 'USD', None)],
        None,
    ),
    (
        'en',
        'Both benchmarks have risen by better than 4% this week after U.S. crude inventories fell by 6.1 million barrels, the biggest draw since June.',
        True,
        [('percent', 4, '%', 'over'), ('count', 6100000, None, None)],
        None,
    ),
    (
        'en',
        'OPEC+ meets on Oct. 4 and is expected to lift production by another 137,000 barrels per day, four sources told Reuters.',
        True,
        [('date', '--10-04', None, None), ('count', 137000, None, None), ('count', 4, None, None)],
        None,
    ),
    ('en', 'Analysts said they believed the market was underestimating the risk of oversupply next year.', False, [], None),
    (
        'en',
        'Quarrymoor Commodities analyst Ottoline Pryer said Brent was likely to trade between $65 and $72 through October.',
        True,
        [('money', 65, 'USD', None), ('money', 72, 'USD', None)],
        'Ottoline Pryer',
    ),
    ('en', '"The market is looking for a reason to sell, and it hasn\'t found one yet," Pryer said.', False, [], None),
    (
        'en',
        'Brent has averaged about $69 so far this year, compared with $80.50 over the first nine months of 2025.',
        True,
        [('money', 69, 'USD', 'about'), ('money', 80.5, 'USD', None), ('ordinal', 1, None, None), ('duration', 9, 'month', None), ('year', 2025, None, None)],
        None,
    ),
    # --- Unwetter in Schwaben (dpa/lby), Freitag, 18. September ---
    (
        'de',
        'Augsburg (dpa/lby) - Ein schweres Unwetter mit Hagelkörnern von drei bis fünf Zentimetern Durchmesser hat am Donnerstagabend in Schwaben Hunderte Autos und Dächer beschädigt.',
        True,
        [('count', 3, None, None), ('count', 5, None, None)],
        None,
    ),
    (
        'de',
        'Das Gewitter zog gegen halb sechs über Augsburg hinweg, Böen erreichten dabei bis zu 112 km/h, teilte der Deutsche Wetterdienst mit.',
        True,
        [('count', 112, None, 'up_to')],
        'der Deutsche Wetterdienst',
    ),
    (
        'de',
        'Binnen einer Dreiviertelstunde fielen an der Station Augsburg-Mühlhausen 42,6 Liter Regen pro Quadratmeter, fast so viel wie sonst im ganzen September.',
        True,
        [('duration', 0.75, 'hour', None), ('count', 42.6, None, None)],
        None,
    ),
    (
        'de',
        'Die Feuerwehren im Regierungsbezirk rückten nach Angaben der Polizei bis zum Freitagmorgen zu rund 1.300 Einsätzen aus.',
        True,
        [('count', 1300, None, 'about')],
        'die Polizei',
    ),
    (
        'de',
        'Ein 57-Jähriger wurde in Gersthofen von einem umstürzenden Baum leicht verletzt.',
        True,
        [('duration', 57, 'year', None)],
        None,
    ),
    ('de', '„So etwas habe ich noch nie erlebt“, sagte ein Landwirt aus dem Landkreis Augsburg.', False, [], None),
    (
        'de',
        'Die Versicherungskammer Bayern beziffert die versicherten Schäden vorläufig auf einen mittleren zweistelligen Millionenbetrag.',
        True,
        [],
        None,
    ),
    ('de', 'Der Wetterdienst riet, Gärten und Balkone vor dem Wochenende sturmfest zu machen.', False, [], None),
    # --- Panda cub at the National Zoo (AP), Friday, Sept. 18 ---
    (
        'en',
        "WASHINGTON (AP) — A giant panda at the Smithsonian's National Zoo gave birth to a cub at 2:48 a.m. on Wednesday, the zoo's fourth surviving cub in 21 years.",
        True,
        [('ordinal', 4, None, None), ('duration', 21, 'year', None)],
        None,
    ),
    (
        'en',
        "The cub weighed about 140 grams at birth, roughly a thousandth of its mother's weight, the zoo said.",
        True,
        [('count', 140, None, 'about'), ('fraction', 0.001, None, 'about')],
        None,
    ),
    (
        'en',
        'The mother, 11-year-old Xiu Ling, arrived from China in spring 2025 under a 12-year loan agreement costing $1.2 million a year.',
        True,
        [('duration', 11, 'year', None), ('year', 2025, None, None), ('duration', 12, 'year', None), ('money', 1200000, 'USD', None)],
        None,
    ),
    (
        'en',
        "Head keeper Maribel Ferro said the cub's sex would not be known for two to three weeks, when keepers can examine it up close.",
        True,
        [('duration', 2, 'week', None), ('duration', 3, 'week', None)],
        'Maribel Ferro',
    ),
    ('en', '"We are cautiously optimistic, but these early days are always nerve-racking," Ferro said.', False, [], None),
    (
        'en',
        "The zoo's panda cam drew more than 1.1 million viewers in the 24 hours after the birth, and keepers will start offering the mother bamboo again within 48 hours or so.",
        True,
        [('count', 1100000, None, 'over'), ('duration', 24, 'hour', None), ('duration', 48, 'hour', 'about')],
        None,
    ),
    ('en', 'Visitors lined up outside the panda house well before the gates opened on Thursday.', False, [], None),
    # --- EU car registrations (Reuters), Friday, Sept. 18 ---
    (
        'en',
        'BRUSSELS, Sept 18 (Reuters) - EU new car registrations rose 5.3% in August to 742,600 vehicles, industry body ACEA said on Friday.',
        True,
        [('date', '--09-18', None, None), ('percent', 5.3, '%', None), ('count', 742600, None, None)],
        None,
    ),
    (
        'en',
        'Battery-electric cars took a 19.4% share of the market, up from 15.8% a year earlier, meaning nearly one in every five new cars sold was fully electric.',
        True,
        [('percent', 19.4, '%', None), ('percent', 15.8, '%', None), ('fraction', 0.2, None, 'nearly')],
        None,
    ),
    (
        'en',
        'Over January to August, registrations totalled 7.21 million, about 1.9% above the same period of 2025.',
        True,
        [('count', 7210000, None, None), ('percent', 1.9, '%', 'about'), ('year', 2025, None, None)],
        None,
    ),
    (
        'en',
        "Germany, the bloc's biggest market, registered 212,400 cars, with hybrids accounting for two-fifths.",
        True,
        [('count', 212400, None, None), ('fraction', 0.4, None, None)],
        None,
    ),
    ('en', 'Carmakers said they were confident the momentum would carry into the autumn.', False, [], None),
    (
        'en',
        "Tesla's EU sales fell 28% to 7,980 cars, while Chinese brands roughly doubled their share to 6.1%.",
        True,
        [('percent', 28, '%', None), ('count', 7980, None, None), ('percent', 6.1, '%', None)],
        None,
    ),
    ('en', 'Industry executives privately fear a price war as Chinese rivals expand their dealer networks.', False, [], None),
    (
        'en',
        'ACEA Director General Sylvie Trouvé said carmakers needed clarity on the 2035 phase-out of combustion engines "within months, not years".',
        True,
        [('year', 2035, None, None)],
        'Sylvie Trouvé',
    ),
    # --- Wiesn-Auftakt (dpa/lby), Samstag, 19. September ---
    (
        'de',
        'München (dpa/lby) - Mit zwei Schlägen hat Münchens Oberbürgermeister am Samstag um 12.01 Uhr das erste Fass angezapft und das Oktoberfest eröffnet.',
        True,
        [('count', 2, None, None), ('ordinal', 1, None, None)],
        None,
    ),
    (
        'de',
        'Unter dem Jubel von rund 6.000 Gästen im Schottenhamel-Festzelt rief er den traditionellen Satz „O\u2019zapft is!“.',
        True,
        [('count', 6000, None, 'about')],
        None,
    ),
    (
        'de',
        'Bis zum frühen Nachmittag waren nach Angaben der Polizei alle 14 großen Zelte wegen Überfüllung geschlossen.',
        True,
        [('count', 14, None, None)],
        'die Polizei',
    ),
    (
        'de',
        'Am ersten Tag kamen den Veranstaltern zufolge an die 450.000 Besucher, knapp ein Zehntel mehr als zum Auftakt im Vorjahr.',
        True,
        [('ordinal', 1, None, None), ('count', 450000, None, 'about'), ('fraction', 0.1, None, 'nearly')],
        None,
    ),
    (
        'de',
        'Die erste Maß reichte der Oberbürgermeister wie üblich an den bayerischen Ministerpräsidenten weiter.',
        True,
        [('ordinal', 1, None, None)],
        None,
    ),
    ('de', '„Schöner kann ein Wiesn-Auftakt gar nicht sein“, sagte eine Besucherin aus Rosenheim.', False, [], None),
    (
        'de',
        'Die Sanitäter versorgten in den ersten zwölf Stunden 412 Patienten, ein gutes Drittel davon wegen zu viel Alkohol.',
        True,
        [('ordinal', 1, None, None), ('duration', 12, 'hour', None), ('count', 412, None, None), ('fraction', 0.3333, None, 'over')],
        None,
    ),
    (
        'de',
        'Im Hofbräu-Festzelt kostet die Maß heuer 16,20 Euro, 50 Cent mehr als vor einem Jahr.',
        True,
        [('money', 16.2, 'EUR', None), ('money', 0.5, 'EUR', None)],
        None,
    ),
    # --- Fulham v Everton (PA), Saturday, Sept. 19 ---
    (
        'en',
        'LONDON (PA) - Fulham beat Everton 2-1 at Craven Cottage on Saturday, substitute Jonah Petriello scoring the winner in the 94th minute.',
        True,
        [('ordinal', 94, None, None)],
        None,
    ),
    (
        'en',
        'The 19-year-old had been on the pitch for just eight minutes when he turned in a low cross from the right.',
        True,
        [('duration', 19, 'year', None), ('duration', 8, 'minute', None)],
        None,
    ),
    (
        'en',
        "It was Fulham's third win from five league games and moved them up to sixth, two points behind fourth-placed Brighton.",
        True,
        [('ordinal', 3, None, None), ('count', 5, None, None), ('ordinal', 6, None, None), ('count', 2, None, None), ('ordinal', 4, None, None)],
        None,
    ),
    ('en', '"You dream about moments like that when you\'re a kid in the academy," Petriello said.', False, [], None),
    (
        'en',
        'Petriello said he had signed a new contract on Friday that runs until June 2030.',
        True,
        [('year', 2030, None, None)],
        'Petriello',
    ),
    (
        'en',
        'A crowd of 27,104 saw Everton go ahead through a 30-yard free kick shortly before half-time.',
        True,
        [('count', 27104, None, None), ('count', 30, None, None)],
        None,
    ),
    (
        'en',
        'Everton have now gone 11 away games without a win, their longest run since the 2021-22 season.',
        True,
        [('count', 11, None, None), ('year', 2021, None, None), ('year', 2022, None, None)],
        None,
    ),
    ('en', "Everton's travelling supporters made their feelings about the late substitution very clear.", False, [], None),
    # --- Bundesliga, 4. Spieltag (dpa), Samstag, 19. September ---
    (
        'de',
        'Leverkusen (dpa) - Bayer Leverkusen hat am 4. Spieltag der Fußball-Bundesliga den dritten Sieg eingefahren und ist vorerst Tabellenzweiter.',
        True,
        [('ordinal', 4, None, None), ('ordinal', 3, None, None), ('ordinal', 2, None, None)],
        None,
    ),
    (
        'de',
        'Gegen den VfB Stuttgart gewann die Werkself vor 30.210 Zuschauern mit 3:1 (1:1).',
        True,
        [('count', 30210, None, None)],
        None,
    ),
    (
        'de',
        'Der 20 Jahre alte Nikolas Wüstefeld war in der 23. sowie in der 71. Minute erfolgreich, das dritte Tor fiel durch ein Eigentor in der Nachspielzeit.',
        True,
        [('duration', 20, 'year', None), ('ordinal', 23, None, None), ('ordinal', 71, None, None), ('ordinal', 3, None, None)],
        None,
    ),
    (
        'de',
        'Stuttgarts Torhüter Jannis Klappenbach hatte in der 55. Minute noch einen Foulelfmeter gehalten.',
        True,
        [('ordinal', 55, None, None)],
        None,
    ),
    (
        'de',
        'Für Stuttgart war es die zweite Niederlage in Folge, nach vier Spielen stehen die Schwaben mit vier Punkten auf Rang 13.',
        True,
        [('ordinal', 2, None, None), ('count', 4, None, None), ('count', 4, None, None), ('ordinal', 13, None, None)],
        None,
    ),
    ('de', '„Wir haben uns selbst geschlagen, das ist die bittere Wahrheit“, sagte der Stuttgarter Trainer.', False, [], None),
    (
        'de',
        'Leverkusen hat seit dem Frühjahr 2024 nur eines von 28 Heimspielen verloren.',
        True,
        [('year', 2024, None, None), ('count', 1, None, None), ('count', 28, None, None)],
        None,
    ),
    (
        'de',
        'Zur Halbzeit hatte Leverkusen gut 62 Prozent Ballbesitz, am Ende gab die Mannschaft 19 Torschüsse ab.',
        True,
        [('percent', 62, '%', 'over'), ('count', 19, None, None)],
        None,
    ),
    ('de', 'Die Stuttgarter Fans feierten ihr Team trotz der Niederlage noch lange nach dem Abpfiff.', False, [], None),
    # --- Powerball jackpot (AP), Saturday, Sept. 19 ---
    (
        'en',
        'DES MOINES, Iowa (AP) — The Powerball jackpot climbed to an estimated $1.14 billion after no ticket matched all six numbers drawn on Saturday night.',
        True,
        [('money', 1140000000, 'USD', 'about'), ('count', 6, None, None)],
        None,
    ),
    (
        'en',
        'The cash option for a winner who takes a lump sum is $519.6 million, up from $488 million before the drawing.',
        True,
        [('money', 519600000, 'USD', None), ('money', 488000000, 'USD', None)],
        None,
    ),
    (
        'en',
        'The jackpot has swelled by roughly $600m since the start of August, lottery officials said.',
        True,
        [('money', 600000000, 'USD', 'about')],
        None,
    ),
    (
        'en',
        'It is the fifth-largest jackpot in U.S. history and the 38th straight drawing without a grand prize winner since June 8.',
        True,
        [('ordinal', 5, None, None), ('ordinal', 38, None, None), ('date', '--06-08', None, None)],
        None,
    ),
    (
        'en',
        'Two tickets sold in Ohio and Texas matched five numbers to win $1 million each.',
        True,
        [('count', 2, None, None), ('count', 5, None, None), ('money', 1000000, 'USD', None)],
        None,
    ),
    ('en', 'Lottery officials urged players to sign the back of their tickets as soon as they buy them.', False, [], None),
    (
        'en',
        'Iowa Lottery chief executive Harlan Steenbock said sales in the state had topped $4.8 million in the final 24 hours before the drawing.',
        True,
        [('money', 4800000, 'USD', None), ('duration', 24, 'hour', None)],
        'Harlan Steenbock',
    ),
    ('en', '"Everybody thinks this is the one," said a store clerk in Des Moines who had been selling tickets all day.', False, [], None),
    (
        'en',
        "Sales for Monday's drawing were expected to top $300 million, the Multi-State Lottery Association said.",
        True,
        [('money', 300000000, 'USD', None)],
        None,
    ),
    # --- Klimastreik (dpa), Samstag, 19. September ---
    (
        'de',
        'Berlin (dpa) - Zum globalen Klimastreik sind am Samstag nach Angaben der Organisatoren in mehr als 210 deutschen Städten Menschen auf die Straße gegangen.',
        True,
        [('count', 210, None, 'over')],
        None,
    ),
    (
        'de',
        'Allein in Berlin zählte die Polizei am Mittag zwischen 50- und 60.000 Teilnehmende, die Veranstalter sprachen von über 100.000.',
        True,
        [('count', 50000, None, None), ('count', 60000, None, None), ('count', 100000, None, 'over')],
        None,
    ),
    (
        'de',
        'Der Demonstrationszug war rund 4,5 Kilometer lang und brauchte vom Invalidenpark bis zum Brandenburger Tor knapp zweieinhalb Stunden.',
        True,
        [('count', 4.5, None, 'about'), ('duration', 2.5, 'hour', 'nearly')],
        None,
    ),
    (
        'de',
        'Die Polizei sperrte für die Kundgebung die Straße des 17. Juni zwischen 11 und 18 Uhr.',
        True,
        [],
        None,
    ),
    (
        'de',
        'Fridays-for-Future-Sprecherin Jule Happach sagte, die Bewegung fordere einen Kohleausstieg bis spätestens 2030 und ein Tempolimit von 120 km/h.',
        True,
        [('year', 2030, None, None), ('count', 120, None, None)],
        'Jule Happach',
    ),
    ('de', '„Die Politik verschläft die Klimakrise, und wir werden das nicht länger hinnehmen“, sagte Happach.', False, [], None),
    (
        'de',
        'Die Polizei war mit rund 1.100 Beamten im Einsatz und meldete bis zum Abend zwei Festnahmen.',
        True,
        [('count', 1100, None, 'about'), ('count', 2, None, None)],
        None,
    ),
    ('de', 'Viele Teilnehmende zeigten sich enttäuscht, dass deutlich weniger Menschen kamen als in früheren Jahren.', False, [], None),
]
