"""Four-hundred-and-seventy-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („der Landammann“, „der Gemeindepräsident
von Guttannen“, „der Staatsanwalt“, "the treasurer", "the governor", "the defending
champion") or under made-up names that stand for no real holder (a cantonal chancellery's
spokesman, a statistics office's demographer, a central bank's and a mint's spokeswomen, a
farmers' association's district president, a forestry association's chairman, a weather
service's meteorologist, a lottery's spokeswoman, a beekeepers' chairman, a road master, a
pensioners' lobby's spokeswoman, a sheriff's spokeswoman).

Names: Fridolin Zweifel-Landolt, Korbinian Stadlhuber-Weiß, Noemi Cavelti-Brunner, Ulrike
Hammerschmidt-Ekwueme, Gerold Wannemacher-Tiede, Hauke Brodersen-Iwu, Lenny
Oberdörster-Kamara, Theresia Pöltl-Mairhofer, Walburga Eichinger-Raab, Engelbert
Tschernitz-Moser, Franziska Obermaier-Kühn, Hubert S., Annegret Vollbrecht-Sanyal, Ferdinand
Kahr-Pammer, Tilman Brettschneider-Olk and Ueli Stucki-Nydegger; Dylan Rees-Ashworth, Marlon
Dufresne-Okoro, Harriet Glanville-Oduya, Jamal Whitcombe-Arden, Imogen Saltash-Dewhurst,
Hunter Garrity-Pruitt, Patrice Delahunty-Moore, Donal Breathnach-Keogh, Carla
Benavides-Royce, Bronwyn Kettering-Doyle, Rowena Achterberg-Lisle, Callum Yeates-Furlong,
Deanna Colquitt-Haynes, Mateo Villaruel-Banks and Reggie Castellanos-Pyle are invented, and
so are the firms and the horse (the fittings maker Welzheimer, Pendlebrook Grain Advisory,
Ostermoor Partners, Tarraway Securities, Harbour Lantern), with every unnamed coin dealer,
coach, captain, defendant, singer, publican's customer, resident, grazier's agent, trader,
analyst and official. Real states, bodies, firms, clubs, events, venues and places (Glarus,
the Landsgemeinde, Staatskanzlei, Kantonsschule, Holzkirchen, Landkreis Miesbach,
Oberbayern, Swissmint, Bern, Statistisches Bundesamt, Destatis, Wiesbaden, Hamburg,
Hafengeburtstag, Senat, Borussia Mönchengladbach, VfL Wolfsburg, Oesterreichische
Nationalbank OeNB, Münze Österreich, Wiener Philharmoniker coin, Landshut, Niederbayern,
Landesamt für Statistik, Gäuboden, Straubing, BBV, Bund Naturschutz, Klagenfurt, Kärnten,
Offenbach, Deutscher Wetterdienst DWD, Oberstdorf, Frankfurt, Innsbruck, Landesgericht
Innsbruck, Münster, Münsterland, Eurojackpot, Westlotto, Graz, Dax, MDax, EuroStoxx 50,
Infineon, Europäische Zentralbank EZB, Guttannen, Grimselpass, Haslital, Furkapass,
Sustenpass, Tiefbauamt des Kantons Bern; Sheffield, the Crucible, the World Snooker
Championship, the World Professional Billiards and Snooker Association, Llanelli, the BBC,
the Chicago Board of Trade, Iowa, Illinois, the Fed, the NHS, England, the Bank of England,
LSEG, the Labor Department, CME FedWatch, Newmarket, Tattersalls, the 2,000 Guineas,
Clinton, Truman Lake, Missouri, Canberra, the Council on the Ageing, Dublin, the Central
Statistics Office, the Licensed Vintners Association, Ringsend, Dallas, Heritage Auctions,
Brisbane, the Eastern Young Cattle Indicator, Meat & Livestock Australia, Queensland, Roma,
the Eurovision Song Contest, the European Broadcasting Union, the Chelsea Flower Show, the
Royal Horticultural Society, the Embankment, Suffolk, the Australian Bureau of Statistics,
the Reserve Bank of Australia, Amarillo, the Texas Panhandle, Canyon, the National Weather
Service, PowerOutage.us, Indianapolis, the Indianapolis 500, IndyCar, and the datelines'
cities) stand for the way wire copy names them; every count, rate, sum, share, weight,
length, age, time, date and quote here is invented, and where a real figure came to mind (a
real stadium capacity, a real height of a pass, a real record catfish, a real minimum wage,
a real excise rate, a real count of Crucible maximums, a real visitor cap at Chelsea) it was
changed; the fixed rate of 13.7603 schillings to the euro, the 838th harbour birthday of
Hamburg in 2027, the 111th Indianapolis 500 in 2027 with its 2.5-mile oval and 33-car field,
the guinea of £1.05, the Eurojackpot odds of about one in 140 million and the Ice Saints'
days of May 11 to 15 are kept as the facts they are.

Its weight: HARD NUMBER FORMS, twenty-first round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
three-hundred-and-eighty-second, three-hundred-and-ninety-fifth, four-hundred-and-fifth,
four-hundred-and-twenty-sixth, four-hundred-and-forty-fifth, four-hundred-and-fifty-second
and four-hundred-and-sixtieth batches were the first twenty rounds, and the seventeenth
weighed the same forms long before them; their decisions are kept, those of the
three-hundred-and-seventy-sixth, four-hundred-and-forty-fifth, four-hundred-and-fifty-second
and four-hundred-and-sixtieth first of all) - three ordinary wire weeks, Monday, May 3, to
Friday, May 21, 2027, as 32 short stories in date order with the German and English desks
interleaved, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, quotes, the other side), this time weighing number forms spread across everyday copy
rather than the business pages: the Landsgemeinde in Glarus, the world snooker final, a
record maypole, grains and gold, Swiss coin production, weight-loss jabs, marriages in
Germany, a Bank of England cut, a fittings maker's quarter, U.S. jobs, Hamburg's harbour
birthday, a breeze-up sale at Newmarket, a Bundesliga match, a record catfish, unexchanged
schillings, Australia's budget, farmland in Lower Bavaria, Irish pint prices, firewood in
Carinthia, rare coins at auction, the Ice Saints' frost, Australian cattle prices, the
Eurovision final, a gold fraud verdict in Innsbruck, the Chelsea Flower Show, a Eurojackpot
win, Australian wages, Austrian honey, hail in the Texas Panhandle, the Frankfurt stock
market, Fast Friday at Indianapolis and the Grimsel Pass opening. Half German (dpa with its
regional slugs "dpa/lby", "dpa/lno" and "dpa/lnw", dpa-AFX, APA, Keystone-SDA; Austrian
„heuer“, „Jänner“, „ausständig“, „unbedingt“, „Obmann“, „Laden“, Swiss „hiess“, „grösste“,
„gemäss“, „dreissig“, „Equipen“, „über Meer“, „Guttannen BE“, „41’600’000“, „2’400“ and
„480’000“ with the typographic apostrophe, „2160“ without a separator, „einen Viertel“, «»
quotes, Bavarian „Tagwerk“, „Maß“, „Burschen“, „Brotzeit“, German „“ quotes), half English
(Reuters with dated datelines, AP, PA, AAP; British "£", "stone", "lb", "ft", "in old
money", "a tenner", Irish "cent" and "euros", Australian "A$", "$US", "per cent", "bucks",
"a fortnight", "carcase", U.S. "mph", "inches", "pounds, ounces", "nickel", "double eagle"
and the Chicago fractions). Its weight is the number forms the topic names, in shapes the
twenty earlier rounds used only thinly or not at all: compound German number words and long
English ones („fünftausendfünfhundert“, „siebentausendzweihundert“, „hundertvierzigtausend“,
„zweihundertdreißig“, „achtunddreißigeinhalb“, „fünfzehneinhalb“,
„neunzehnhundertneunundachtzig“, "a hundred and forty-seven", "Thirty-six cars"),
„anderthalb“ and „dreiviertel“ in their many places („anderthalb Millionen“, „anderthalb
Prozent“, „dem Anderthalbfachen“, „eineinhalb, maximal zwei Millionen Euro“,
„Dreiviertelmehrheit“, „knapp eine Dreiviertelstunde“, „dreiviertel volle Waben“, „um
dreiviertel zwölf“, "three-quarters of an hour", "three-quarters of a percent"), old and
foreign units named by word („Zentner“, „Tagwerk“, „Raummeter“, „Festmeter“, „Klafter“,
„Maß“, „Unzen“, "stone", "17st 3lb", "104 pounds, 6 ounces", "furlongs", "hands", "a length
and three-quarters", "33ft by 66ft", "a 97-pounder") and currencies and coins named by word
(guineas, "bucks", "a tenner", „Schilling“, „50-Groschen-Münzen“, „Ein Hunderter“,
„Zwanzigräppler“, „Einfränkler“, „Fünfräppler“, „Fünfliber“, "nickel", "cent", "double
eagle", Irish "cent", Australian "cents a kilogram"), fractions and mixed numbers ("6-3/4
cents at $11.42-3/4", "$4.61-1/2", "52 1/2 inches", "2 3/4 inches", "a quarter of a cent",
"half a cent", "a sixth of one percent", "three-eighths", "one in a thousand", "one in a
hundred", „ein Drittel Hektar“, „jeder zwölfte“, „in jedem sechsten Jahr“), numbers split by
line-like marks (the typographic apostrophe, the hyphen and slash of the Chicago and U.S.
fractions, the dash of "2029-30" and "2012-13", the mint marks of "1927-D" and "1909-S", the
colon of „3:1“ and „62:38“, the dash of "18-14", "7-2" and "40-1"), figures in parentheses
(„1,24 (Vorjahr: 1,31) Mrd. Euro“, „86,4 (102,9) Mio. Euro“, „0,87 (0,91) Euro“, „1,1478
(Dienstag: 1,1451) Dollar“, „Hubert S. (58)“, "A$27.6 billion ($17.9 billion)", "3.3% (from
3.2%)"), approximations in words („um die“, „an die“, „gut und gern“, „ein knappes Dutzend“,
„einer geschätzten“, "the best part of", "the better part of", "in the region of", "getting
on for", "a little over", "a tad over", "a tad under", "just under", "maybe a dozen"),
ranges in words („zwischen 35 und 38 Millionen“, „zwischen sechs und achteinhalb Meter“,
„irgendwo zwischen 5,1 und 5,4 Milliarden Euro“, „acht bis zehn“, „in ein, zwei Jahren“,
„vom 11. bis zum 15. Mai“, "anywhere from $300 million to $450 million"), scores, votes,
odds and ratios („mit 3:1“, „ein Übergewicht von 62:38“, „eins zu rund 140 Millionen“,
"18-14", "voted 7-2", "40-1 outsider", "11 of the last 15 frames", "19th of 26", "nul
points"), and weights and lengths as the earlier batches count them. Speakers as such copy
has them: statistics offices, central banks, associations and bodies with "said" and
„mitteilte“, named spokespeople, experts and vox-pop figures with their titles dropped, and
beside them the forms left unchecked (roles, plural sources, data, estimates, compounds,
genitives, „gemäss“, "according to"). Negatives stand beside them - 55 rows, none with a
figure: rhetoric and feelings in quotes from a snooker champion, an analyst, a mint's
spokeswoman, a researcher, a demographer, a finance chief, a harbour festival's organiser, a
trainer, an angler, a central bank's spokeswoman, a farmers' leader, a forestry chairman, a
numismatist, a meteorologist, a grazier, a garden designer, a lottery spokeswoman, an
economist, a beekeeper, a racing driver and a market analyst, and from roles (a Landammann,
a governor, a treasurer, a coach, a captain, a defendant, a singer, a coin dealer, a
resident, a publican, a municipal president), labels („sprach von“, „sprachen von“,
"called"), verdicts with „hielten ... für“, advice naming no measure, views and forecasts
told as reports, and idioms that hold number words or units and count nothing („auf Franken
und Rappen genau“, „ein Stück Freiheit“, „einen schönen Batzen“, „keinen Blumentopf“,
"sitting on their hands", "one vote", "a single second", "count your chickens", "Every euro
on a pint", "the next round").

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 6 carry no figure (5 German, 1 English), 401 expected quantities (137 counts,
100 amounts of money - 34 EUR, 30 USD, 12 GBP, 10 AUD, 9 CHF, 5 ATS -, 46 percentages - 42
in "%", 3 in percentage points "pp", 1 in basis points "bp" -, 41 durations - 24 in years, 5
in weeks, 4 in hours, 3 in months, 2 in days, 2 in minutes, 1 in seconds -, 26 fractions, 24
years, 18 ordinals, 9 dates - 0 with a year, 9 without -; none of them in a negative), 35
checked speakers (16 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names, firms and the
horse were checked against the earlier batches; names and firm names already in use were
replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons and brackets
  included. A quoted or reported evaluation, label, feeling, view, hope, verdict, piece of
  advice or piece of rhetoric is a negative with speaker None, also with a named speaker
  (seventh, ninety-eighth, four-hundred-and-fifth, four-hundred-and-forty-fifth,
  four-hundred-and-fifty-second, four-hundred-and-sixtieth); a reported fact, figure, step,
  plan or forecast with a figure is check-worthy with its speaker, also in Konjunktiv I and
  in a quote (Zweifel-Landolt's 1989, Rees-Ashworth's practice maximums, Cavelti-Brunner's
  thirty years, Brodersen-Iwu's two thousand kilos, Pöltl-Mairhofer's 300 cases a week,
  Eichinger-Raab's three and a half million, Delahunty-Moore's 40 bucks, Yeates-Furlong's 25
  bucks, Kahr-Pammer's 1978 and his combs, Stucki-Nydegger's snow). Pairs from one speaker:
  Rees-Ashworth's 147 beside "My hands were shaking", Stadlhuber-Weiß's clock times beside
  „Ehrensache“, Dufresne-Okoro's eight days beside "trading the forecast", Cavelti-Brunner's
  coins beside „ein Stück Freiheit“, Glanville-Oduya's 3lb beside "a tool, not a miracle",
  Hammerschmidt-Ekwueme's 2.6 percent beside „aus Liebe“, Wannemacher-Tiede's range beside
  „holt nur Luft“, Brodersen-Iwu's fireworks beside „das Herz dieser Stadt“,
  Saltash-Dewhurst's 16 hands beside "how much he cost", Garrity-Pruitt's 40 minutes beside
  "hooked a log", Pöltl-Mairhofer's cases beside „ein Stück Erinnerung“, Eichinger-Raab's
  farm beside „so teuer wie Gold“, Tschernitz-Moser's Klafter beside his advice,
  Benavides-Royce's lots beside "dream about this coin", Obermaier-Kühn's finding beside
  „Bauchgefühl“, Kettering-Doyle's good third beside "count your chickens",
  Achterberg-Lisle's perennials beside "the stage it deserves", Vollbrecht-Sanyal's three
  years beside her advice („riet“), Yeates-Furlong's 25 bucks beside "throwing a party",
  Kahr-Pammer's honey year beside „Gradmesser“, and the driver's lap, told without him,
  beside "a little kid in a go-kart". Negatives otherwise: labels („Hochzeitsplaner sprachen
  von ...“, „Analysten sprachen von ...“, „Der Bund Naturschutz sprach von ...“,
  „Umweltschützer sprachen von ...“, „Der Staatsanwalt sprach von ...“, „Händler sprachen
  von ...“, "Fans on social media called ..."), verdicts with „hielten ... für“ (Glarus
  voters, gambling researchers; hundred-ninety-ninth), advice naming no measure („Gärtner
  raten ...“; three-hundred-and-sixtieth), an evaluation ("Judges praised ..."), views and
  forecasts told as reports ("The runner-up said ...", "Some dealers said ...", "Charities
  said ...", "Some economists said ...", "Bloodstock agents said ...", "Anglers at the
  marina said ...", "Opposition lawmakers said ...", "Publicans said ...", "Agents said
  ...", "Forecasters warned ..."; three-hundred-and-ninety-fifth) and the rhetoric of roles
  and named speakers („sagte der Landammann“, „sagte ein Münzhändler in Bern“, „sagte der
  Gladbacher Trainer“, „sagte der Wolfsburger Kapitän“, „sagte der Angeklagte“, „sagte der
  Gemeindepräsident von Guttannen“, „sagte Marktanalyst Tilman Brettschneider-Olk“, "the
  governor told a news conference", "the treasurer told parliament", "the singer said",
  "said a resident of Canyon", "said Jamal Whitcombe-Arden, an economist at ...", "said
  Donal Breathnach-Keogh, a publican in Ringsend"). Check-worthy without a figure
  (two-hundred-and-eighty-first, four-hundred-and-sixtieth): Stadlhuber-Weiß's clock times
  (below), Obermaier-Kühn's finding, the schillings' exchange terms, „Ausgezahlt wird der
  Gewinn auf einen Schlag und steuerfrei.“ („auf einen Schlag“ none), „Das Urteil ist nicht
  rechtskräftig.“ and "Temperatures are forecast to reach the low 90s on Sunday." ("the low
  90s" names no figure, as "in their early 40s", three-hundred-and-fourth).
- Compound German number words and long English ones (every round; two-hundred-and-tenth,
  two-hundred-and-ninety-seventh, four-hundred-and-sixtieth). „Rund fünftausendfünfhundert
  Stimmberechtigte“ 5,500 "about", „gut tausend mehr“ 1,000 "over", „Rund hundertzwanzig
  Burschen“ 120 "about", „mehr als zweihundertdreißig Schiffe“ 230 "over", „rund
  siebentausendzweihundert Trauungen“ 7,200 "about", „knapp hundertvierzigtausend Ehen“
  140,000 "nearly", „zweitausend Kilo“ 2,000, „gut neunzig Millionen Euro“ 90,000,000 EUR
  "over", „Rund anderthalb Millionen“ 1,500,000 "about" (two-hundred-and-eighty-first:
  „anderthalb Tausend“), "a hundred and forty-seven" 147 (four-hundred-and-sixtieth: "a
  hundred and one"), "Thirty-six cars" 36 (a number word opening a row,
  two-hundred-and-ninety-seventh). Years spelled out as spoken: „seit
  neunzehnhundertneunundachtzig“ 1989 and „seit neunzehnhundertachtundsiebzig“ 1978
  (three-hundred-and-sixtieth: „zuletzt neunzehnhundertzweiundachtzig“). New: „Mit
  achtunddreißigeinhalb Metern“ is 38.5 - „-einhalb“ fused onto a compound number word adds
  the half to the whole compound, not to its last part, as „zweieinhalbtausend“ 2,500
  (four-hundred-and-twenty-sixth) and „viereinhalbjähriges“ 4.5 (four-hundred-and-sixtieth);
  „achtzehneinhalb Meter“ 18.5, „fünfzehneinhalb Jahren“ 15.5 years, „achteinhalb Meter“
  8.5, „dreieinhalb Tonnen“ 3.5 "nearly" likewise.
- „Anderthalb“ and „dreiviertel“ (fourteenth, seventeenth and every round since). „einer
  geschätzten Dreiviertelmehrheit“ 0.75 "about" (seventeenth: „Dreiviertelmehrheit“ 0.75;
  forty-sixth: "an estimated" "about"), „knapp eine Dreiviertelstunde“ 0.75 hours "nearly"
  (fourteenth), "about three-quarters of an hour later" 0.75 hours "about"
  (three-hundred-and-eighth), „dreiviertel volle Waben“ 0.75 (four-hundred-and-forty-fifth:
  „dreiviertelvoll“ - written apart it is the same share), „knapp drei Viertel“ 0.75
  "nearly", „anderthalb Prozent“ 1.5 %, „dem Anderthalbfachen“ count 1.5
  (two-hundred-and-eighty-ninth), „eineinhalb, maximal zwei Millionen Euro“ 1,500,000 and
  2,000,000 EUR "at_most" (four-hundred-and-fifty-second: „sechs, höchstens sieben“; the
  scale and currency written once, forty-eighth). New: „Um dreiviertel zwölf stand er, und
  pünktlich um zwölf ...“ carries none and stays check-worthy - the southern German
  „dreiviertel zwölf“ (a quarter to twelve) is a time of day, as „gegen Viertel nach zehn“
  and „um 9.30 Uhr“ (tenth and every batch since), and „um zwölf“ likewise.
- Old units of weight, length, land and wood are counts with the unit unchecked, as every
  measure (fourth, fifty-eighth; four-hundred-and-seventy-third: pounds of a substance are
  weight, not money). New: "lost an average of two stone" is count 2, and "17st 3lb" and
  "15st 2lb" are 17 and 3 and 15 and 2 - the British stone and its pounds are read part by
  part as "5ft 10in" gave 5 and 10 (three-hundred-and-fifty-second). New: "weighing 104
  pounds, 6 ounces" is 104 and 6 - pounds and ounces of a weight likewise, the comma joining
  the parts. New: „gut zwei Zentner Schmuck“ is 2 "over" - the old hundredweight is counted
  as written, as „Doppelzentner“ names a unit (hundred-forty-first: „je Doppelzentner“
  carries no count). New: „einen Hof mit 80 Tagwerk“ is 80 - the Bavarian land measure
  counted as „67 Hektar“; „Ein Tagwerk Ackerland kostet ... gut 42.000 Euro“ and „Ein
  Tagwerk sind ... gut 3.400 Quadratmeter“ carry no count for „Ein Tagwerk“, the unit priced
  or defined, as „Ein Quadratmeter Neubau kostet ... 11 500 Euro“
  (two-hundred-and-eighty-first), and „für das Tagwerk“ and „je Tagwerk und Jahr“ none
  (per-unit, hundred-fifth). New: „also rund ein Drittel Hektar“ is count 0.3333 "about" - a
  fraction of a written measure is the value in that measure and no fraction, as "a tenth of
  a percent" 0.1 % (four-hundred-and-sixtieth). New: „rund 1,4 Raummeter“ 1.4 "about", „gut
  drei Raummeter je Klafter“ 3 "over" and „acht bis zehn Raummeter“ 8 and 10 - stacked cubic
  metres of firewood counted as „Festmeter“ (two-hundred-and-forty-fourth), „Aus einem
  Festmeter“ and „je Klafter“ none (the unit converted). New: "covered two furlongs" 2,
  "just under 16 hands" 16 "under" ("just under" "under", hundred-first) and "by a length
  and three-quarters" 1.75 - the racing units counted as written, the margin read as "a foot
  and a half" 1.5 (three-hundred-and-ninety-fifth). "52 1/2 inches" 52.5, "38 3/4 inches"
  38.75, "up to 4 1/4 inches" 4.25 "up_to" and "2 3/4 inches" 2.75
  (three-hundred-and-seventy-sixth: "5 3/8%" 5.375), "a 97-pounder" 97
  (four-hundred-and-fifty-second: "a 46-yarder"), "30-pound line" 30, "a little over 1
  pound" 1 "over", "10 metres by 20 metres" 10 and 20, "roughly 33ft by 66ft in old money"
  33 "about" and 66 ("in old money" none), "about three and a half tonnes" 3.5 "about",
  „achtunddreißigeinhalb Metern“, „um die 200 Maß Bier“ 200 "about" (thirty-seventh: „um
  die“), „knapp 42 Kilogramm“ "nearly", „21,3 Kilogramm ... knapp drei Kilo mehr“ 21.3 and 3
  "nearly", „rund 1,1 Kilo“ "about", „knapp 310.000 Unzen“ "nearly", „zweitausend Kilo“,
  „bis zu 2’400 Tonnen Schnee pro Stunde“ 2,400 "up_to" („pro Stunde“ none), „rund 480’000
  Kubikmeter“ "about", „294 Meter“, „auf rund 2160 Metern über Meer“ 2,160 "about", „in zwei
  Metern Höhe“ 2, "118,400 tonnes", "A 400-kilogram steer" 400, "her 12,000-hectare
  property" 12,000, "234.117 mph", "233.6 mph", "about 0.9 mph" "about", "78 mph", "The
  2.5-mile oval" 2.5, "about 500 miles" "about"; temperatures „bis zu minus viereinhalb
  Grad“ -4.5 "up_to" and „minus 3,8 Grad“ -3.8 (four-hundred-and-sixtieth: „bis zu minus
  fünf Grad“), „zwischen 18 und 23 Grad“, „gut und gern 25“ 25 "over"
  (three-hundred-and-twenty-eighth: „gut und gern“). None: „Ein Kilo Blütenhonig kostet“,
  „eine Unze Gold kostete“, "an ounce", "a bushel", "a tonne", "a pint", "cents a kilogram"
  after the price, and „ein Achtelkilo-Glas“ (a jar's name, as the eighth-litre glass,
  four-hundred-and-forty-fifth).
- Old and foreign currencies and coins named by word (four-hundred-and-fifty-second and
  every round). New: "sold for 1.4 million guineas" is 1,470,000 GBP and "an average of
  88,400 guineas" 92,820 GBP - the guinea of auction rooms is a pound and a shilling, £1.05,
  and is read in pounds as the pre-decimal shilling was ("A ten-shilling note" 0.5 GBP,
  four-hundred-and-fifty-second); "At £1.05 to the guinea" 1.05 GBP with "to the guinea"
  none (as "to the euro", four-hundred-and-fifty-second). New: "Saturday's 2,000 Guineas"
  carries none - the race's name keeps the prize of 1809 as "CAC 40" keeps an index's size
  (hundred-forty-eighth) and "EuroStoxx 50" here. New: "A 1913 Liberty Head nickel" is 0.05
  USD, "A 1909-S VDB cent" 0.01 USD and "A 1927-D double eagle" 20 USD - a coin named by its
  common name is its denomination, as "a dime" 0.1 USD (four-hundred-and-sixtieth) and
  "white fiver" 5 GBP (four-hundred-and-fifty-second); the mint marks "-D" and "-S" none,
  "16.8 million times its face value" count 16,800,000. New: „Zwanzigräppler“ 0.2 CHF,
  „Einfränklern“ 1 CHF and „Fünfräppler“ 0.05 CHF - the Swiss names of coins are their
  denominations as „Fünfliber“ 5 CHF (four-hundred-and-fifty-second), here again 5 CHF; „9,2
  Millionen Einfränklern“ count 9,200,000 and 1 CHF as „45,3 Millionen Tausendernoten“
  (four-hundred-and-fifty-second); „mehr als 5 Rappen“ 0.05 CHF "over" (Rappen as hundredths
  of the franc, hundred-thirteenth). New: „Allein an 50-Groschen-Münzen“ is 0.5 ATS - the
  Groschen was the hundredth of the Schilling, read as Rappen and Cent are, and the
  denomination heading the compound is a sum (three-hundred-and-seventy-sixth:
  „1.000-Schilling-Scheinen“), as „ein 100-Schilling-Schein“ 100 ATS. New: „Ein Hunderter,
  also ein 100-Schilling-Schein“ gives 100 ATS twice - the colloquial name of the note is a
  sum in the currency the row names, as „Fünfziger“ 50 EUR (four-hundred-and-fifth). New:
  "40 bucks a fortnight", "about 200 bucks more" and "about 25 bucks a week" in Australian
  copy are AUD - "bucks" is the spoken dollar of the story's country, as "A$" is its written
  one ("a fortnight" and "a week" none, thirtieth). „rund 6,1 Milliarden Schilling“
  6,100,000,000 ATS "about" and „zum unveränderlichen Kurs von 13,7603 Schilling je Euro“
  13.7603 ATS with „je Euro“ none (three-hundred-and-seventy-sixth), "$US60 a tonne" USD
  (thirty-eighth: "$US110"), "748 cents a kilogram" 7.48 AUD and Irish "76 cent" 0.76 EUR
  and "about 52 cent" 0.52 EUR "about" (three-hundred-and-eighty-ninth: Australian cents and
  Irish "cent" as hundredths), "a tad under a tenner" 10 GBP "under"
  (four-hundred-and-forty-fifth: "a tenner").
- Fractions and mixed numbers (every round). The Chicago fractions: "up 6-3/4 cents at
  $11.42-3/4 a bushel" 0.0675 and 11.4275 USD, "Corn added 2-1/4 cents to $4.61-1/2" 0.0225
  and 4.615 USD (three-hundred-and-eighty-ninth: "6-1/2 cents at $4.18-1/4 a bushel"). New:
  "shed a quarter of a cent" is 0.0025 USD and "Sterling fell half a cent" 0.005 USD - a
  fraction of a written currency unit is the value in that unit, as "a tenth of a percent"
  0.1 % (four-hundred-and-sixtieth) and "a quarter of a percentage point" 0.25 "pp"
  (hundred-thirtieth). "up a quarter of a percent" 0.25 % and "three-quarters of a percent"
  0.75 % likewise; "about a sixth of one percent of GDP" 0.1667 % "about" ("one" for "a").
  Shares: "about three-eighths" 0.375 "about", "up a tenth" 0.1, "roughly one in seven"
  0.1429 "about", "Around one in a thousand" 0.001 "about" and "Roughly one in a hundred"
  0.01 "about" (four-hundred-and-sixtieth: "one in a hundred"), "roughly a one-in-four
  chance" 0.25 "about" (two-hundred-and-forty-ninth), "Roughly one in five" 0.2 "about",
  "Roughly three in five" 0.6 "about" (four-hundred-and-twentieth: "nine in 10"), "about
  three-quarters of the 612 lots" 0.75 "about" and 612, "almost a quarter" 0.25 "nearly",
  "roughly a quarter" 0.25 "about", "up nearly a fifth" 0.2 "nearly", "by a good third"
  0.3333 "over" (three-hundred-and-ninety-fifth: „Ein gutes Drittel“), „Jede achte Ehe“
  0.125, „jeder zwölfte“ 0.0833, „Jeder fünfte Imker“ 0.2, „nur in jedem sechsten Jahr“
  0.1667 (four-hundred-and-sixtieth: „in etwa jeder dritten Nächtigung“), „gut ein Fünftel
  weniger“ 0.2 "over", „um rund ein Fünftel weniger“ 0.2 "about", „gut ein Viertel mehr“
  0.25 "over", „einen Viertel mehr“ 0.25 (Swiss, four-hundred-and-sixtieth), „zur Hälfte
  wett“ 0.5, „gut die Hälfte davon“ 0.5 "over".
- Numbers split or joined by line-like marks (tenth and every Swiss row since;
  three-hundred-and-forty-second: „287’412“). „41’600’000 Umlaufmünzen“, „2’400 Tonnen“ and
  „480’000 Kubikmeter“ with the typographic apostrophe, „2160“ ungrouped
  (four-hundred-and-seventy-third: „2500“), "in 2029-30" and "since 2012-13" both years
  (thirty-fifth, fortieth), "1927-D" and "1909-S" the year only. Scores carry none („mit
  3:1“, „das 3:1“, "beating ... 18-14", "had trailed 10-7"; hundred-thirty-third), betting
  odds none ("40-1 outsider"; three-hundred-and-seventy-sixth: "The 9-2 joint-favourite"),
  votes count ("voted 7-2" 7 and 2; four-hundred-and-fifth), and a probability counts („eins
  zu rund 140 Millionen“ 1 and 140,000,000 "about"; forty-sixth: „1 zu 8.145.060“). New:
  „ein Übergewicht von 62:38“ at „Ballbesitz“ is counts 62 and 38 - a possession split
  written with the colon of a score is the pair of shares "fifty-fifty" names
  (three-hundred-and-eighty-second: the spoken „50:50“), not a score, and the word
  „Ballbesitz“ before it says so (hundred-ninety-fifth: „38 Prozent Ballbesitz“).
- Figures in parentheses (every round): bracketed earlier values are figures of their own,
  the scale and unit after the bracket serving both („1,24 (Vorjahr: 1,31) Mrd. Euro“, „86,4
  (102,9) Mio. Euro“, „7,0 (7,9) Prozent“, „0,87 (0,91) Euro“, „1,1478 (Dienstag: 1,1451)
  Dollar“; three-hundred-and-seventy-sixth, four-hundred-and-fifty-second), "A$27.6 billion
  ($17.9 billion)" AUD and USD (hundred-twenty-fifth), „Hubert S. (58)“ 58 years
  (four-hundred-and-fifty-second: „Sabine K. (46)“), „(Ebit)“, „(OeNB)“ and „(DWD)“ none.
  New: "lifting annual growth to 3.3% (from 3.2%)" gives 3.2 in "%" - a bracketed earlier
  level with "from" and its "%" written is a rate, unlike the bare signed change "2.1%
  (+0.2)" read in points (three-hundred-and-eighty-second, four-hundred-and-sixtieth).
- Approximations and hedges written in words, mapped to the names in use. "the best part of
  £250" 250 GBP "nearly" and "the better part of 40 minutes" 40 minutes "nearly"
  (four-hundred-and-twenty-sixth: "the better part of three years"), "in the region of £6.5
  billion" "about" (three-hundred-and-seventy-sixth), "getting on for eight days" "nearly"
  (three-hundred-and-seventy-sixth), "a little over 4%" and "a little over 1 pound" "over"
  (sixteenth: "a little over three years"), „um die 200“, „um die 1.900 Euro“, „um die 4
  Euro“ and „an die 300“, „an die dreieinhalb Millionen Euro“ "about" (tenth,
  thirty-seventh), „gut und gern dreissig Jahre“ 30 years "over", „ein knappes Dutzend“ 12
  "nearly" (four-hundred-and-fifty-second), „gut eine Woche“ 1 week "over". New: "a tad over
  3%" is 3 % "over" and "a tad under a tenner" 10 GBP "under" - "a tad" before a figure as
  "a shade over" (three-hundred-and-seventy-sixth) and "a little over"; "a touch below the
  Reserve Bank of Australia's forecast of 3.4%" and "a shade above the 135,000" carry no
  hedge (the words stand before an article; four-hundred-and-sixtieth). New: "maybe a dozen
  times" is 12 "about" - "maybe" before a lone figure marks it a guess, as "some" and
  "roughly", unlike "two, maybe three" where it joined a spoken range
  (four-hundred-and-fifty-second). New: "anywhere from $300 million to $450 million" and
  „irgendwo zwischen 5,1 und 5,4 Milliarden Euro“ give both ends with no hedge - "anywhere"
  and „irgendwo“ say the figure lies somewhere in the range and bound nothing beyond its
  ends. Otherwise: „rund“, „Rund“, "about", "About", "Around", "roughly", "Roughly", "Some",
  „einer geschätzten“ "about"; „knapp“, „Knapp“, "almost", "nearly" "nearly"; „gut“, „Gut“,
  „mehr als“, "more than" "over"; „bis zu“, "up to" "up_to"; "at least" "at_least"; "or
  more" "at_least"; „maximal“ "at_most" (four-hundred-and-forty-fifth); „jünger als 40“ 40
  years "under" (four-hundred-and-sixtieth: „älter als 60“); "in under 50 minutes" "under".
  No hedge: „im Schnitt“, „durchschnittlich“, „jährlich“, „insgesamt“, „gerade einmal“,
  „nur“, „jeweils“, „umgerechnet“, „pünktlich“, "only", "a combined", "a further", "on
  average", "a record", "passed" (four-hundred-and-seventy-third: "topped"), "up from",
  "from ... to" and „von ... auf“.
- Ranges in words, each end its own figure and no hedge beyond the one it stands before
  (seventeenth and every round): „zwischen 35 und 38 Millionen Münzen“ and „zwischen 60.000
  und 75.000 Euro“ (the scale and the unit written once, forty-eighth), „zwischen 4.000 und
  210.000 Euro“, „zwischen 14 und 22 Euro“, „zwischen 18 und 23 Grad“, „zwischen 2021 und
  2025“, „zwischen sechs und achteinhalb Meter“, „acht bis zehn Raummeter“, „um fünf bis
  zehn Prozent“, „in zwei bis drei Wochen“ 2 and 3 weeks, „in ein, zwei Jahren“ 1 and 2
  years (four-hundred-and-fifty-second: „Ein, zwei Wochen“), „vom 11. bis zum 15. Mai“ two
  dates (forty-first: „vom 3. bis 14. September“), „von 54 auf 52 Prozent“ both in %,
  "anywhere from ... to" above.
- Names, idioms and look-alikes that count nothing in check-worthy rows. New: "the 111th
  Indianapolis 500" gives ordinal 111 and none for "500" - the race's name keeps its
  distance as "2,000 Guineas" keeps its prize (above), while "a two-time Indianapolis 500
  winner" counted only the wins (two-hundred-and-fifty-sixth). New: "craned in ... in one
  piece" carries none - "in one piece" is the idiom for "intact", no piece counted, unlike
  "one victim" (nineteenth). New: "in old money" carries none - the idiom for an older unit
  names no sum. None besides: "the £500,000 top prize" ("top" none, hundred-fifty-third:
  "top seed"), "Fast Friday", "the final session", „noch einmal“
  (four-hundred-and-fifty-second: „erst einmal“), „rund um die Uhr“ (twenty-seventh), „auf
  einen Schlag“, „eine mittlere zweistellige Millionensumme“ (a vague magnitude,
  hundred-sixth: „einen zweistelligen Millionenbetrag“), „Philharmoniker-Münzen“, "a single
  engine change" (hundred-fifteenth: "a single"), "the low 90s"; "the top 10" 10
  (hundred-sixtieth: "entered the top 10") and "a maximum 147 break" 147 are counts. New:
  "gave the song nul points" is count 0 - Eurovision's French "nul points" is the zero „Mit
  null Punkten“ gave (four-hundred-and-sixty-fourth).
- Counts otherwise (every round): tallies ("11 of the last 15 frames" 11 and 15 -
  four-hundred-and-fifty-second: "27 of 38 passes" -, "finished 19th of 26" ordinal 19 and
  count 26 - four-hundred-and-seventy-third: „auf Rang vier von 27“ -, "with 47 points",
  "All 47", "412 points, 63 ahead", "more than 9.8 million votes" "over", "across 37
  countries", "The 142 lots", "one of only five known" 5, "one of about a dozen known" 12
  "about" - two-hundred-and-tenth: "a dozen" -, "a study of more than 12,000 people" "over",
  "at least 7,000 steps daily" "at_least", "143,000 jobs" and "the 135,000", "a combined
  21,000", "shed 4,000 positions", "Some 4.6 million" "about" and "4.4 million", "about two
  quarter-point cuts" 2 "about", "The two dissenters" 2, "a peak ... audience of 3.9
  million", "About 162 million people" "about", "About 38,000 customers" "about", "answered
  214 calls", "His four-lap average" 4, "33-car field" 33, "the fastest 12" 12, "Thirty-six
  cars ..., so three" 36 and 3, „vor 53.817 Zuschauern“, „zu zwei Torschüssen“, „drei
  Punkte“, „aus den vergangenen sieben Auswärtsspielen nur vier Punkte“ 7 and 4
  (four-hundred-and-sixtieth: „seit acht Auswärtsspielen“), „zwölf Festnahmen“, „gut 361.000
  Paare“ "over", „rund 140 Anlegern“ "about", „knapp 270 Millionen Stück“ "nearly", „knapp
  14 Millionen Stück“ "nearly", „rund 456.000“ "about", „gut 34.600“ "over", „an die 300
  Umtauschfälle“ "about", „vierzehnmal hintereinander“ 14 (three-hundred-and-eighth:
  „vierzehnmal in Folge“), „24.318 Punkte“ and „31.206 Zähler“ (index points,
  four-hundred-and-sixtieth: „31.408 Punkte“)).
- Ordinals (the issue's „das sechste Treffen“; every round): „zum 838. Hafengeburtstag“ 838,
  "the 111th Indianapolis 500" 111, "in the 29th frame" 29, "the 19th maximum" 19, "finished
  19th" 19, "the UK's fourth finish" 4, „auf Tabellenplatz sieben“ 7 and „hinter Platz
  sechs“ 6 (eighty-sixth: „auf Platz zwei“), „in der 8. und in der 71. Minute“ 8 and 71, „im
  ersten Quartal“ and "in the first quarter" 1, „bei der ersten Hochzeit“ 1, „den
  zweithöchsten Gewinn“ 2 (four-hundred-and-sixtieth: "the second-fastest"), "in their first
  year" 1 (four-hundred-and-sixtieth: "in her first week"), "for the first time" 1
  (hundred-fifth), "the first half of 2028" 1. None: "the final session", "the last red",
  "top", "the quickest", "the longest-priced", "the widest", „den höchsten Maibaum“, „Am
  häufigsten“, „Der gefragteste“, „Das älteste Schiff“, „Am kältesten“, „die grösste
  Schneefräse“.
- Durations and ages (the issue's „fünfstündigen“ and "a two-week visit"; every round). Ages
  are durations in years: "The 24-year-old", "Hunter Garrity-Pruitt, 61,", „Ein 58-jähriger
  Goldhändler“, „Hubert S. (58)“, „Der 19 Jahre alte Stürmer“, "a 200-year-old mulberry
  tree" 200 years (a tree's age as any other), „im Schnitt 32 Jahre und neun Monate alt“
  each part (three-hundred-and-tenth), „Männer knapp zwei Jahre älter“ 2 years "nearly",
  „jünger als 40“ 40 years "under". Spans: „drei Wochen lang“, „in gut viereinhalb Stunden“
  4.5 hours "over", „gut und gern dreissig Jahre“, „nach durchschnittlich fünfzehneinhalb
  Jahren“, „des dreitägigen Fests“ 3 days, „zehnjähriger Bundesanleihen“ 10 years (a tenor,
  eleventh), „In den vergangenen dreißig Jahren“, „um rund ein Fünftel weniger als vor zwei
  Jahren“ 2 years, „zu dreieinhalb Jahren Haft ..., davon vierzehn Monate unbedingt“ 3.5
  years and 14 months (four-hundred-and-sixtieth), „drei Jahre Zeit“, „Nach knapp sieben
  Wochen“ "nearly", „gut eine Woche früher“ 1 week "over", „in zwei bis drei Wochen“, „in
  ein, zwei Jahren“, „knapp eine Dreiviertelstunde“, "a five-year average", "a three-year
  high" 3 years (eighty-seventh: "a three-year low"), "the prior two months" 2 months
  (four-hundred-and-sixtieth: "the three months to February"), "over four years", "in 18
  years", "in five years", "over two and a half years" 2.5 years ("over" before a span no
  hedge), "in 21.4 seconds", "in six hours", "in under 50 minutes" 50 minutes "under". None:
  „im Vorjahr“, „im Jahr davor“, „ein Jahr zuvor“, „im selben Zeitraum“, „jährlich“, „im
  Jahr“, „jede Woche“, „seit Jänner“, „Mitte April“, „Ende März“, „über den Winter“, „bis
  zum Herbst“, „in der Nacht zum Freitag“, „am Wochenende“, "last year", "a year earlier",
  "a year ago", "this year", "next spring", "a year", "a fortnight", "a week", "an hour",
  "daily", "A month's supply", "by December", "since March", "Thursday morning", weekdays,
  months and clock times ("by 1:40 p.m. EDT", „um zwölf“).
- Percent against points (the issue's „4,7 Prozent“; twenty-seventh): „Prozent“, "%",
  "percent" and Australian "per cent" in "%"; "a quarter of a percentage point" 0.25 "pp"
  (hundred-thirtieth), "a tenth of a point" 0.1 "pp" (four-hundred-and-fifth), "two
  quarter-point cuts" 0.25 "pp" (four-hundred-and-fifty-second: "a quarter-point cut"), „um
  sechs Basispunkte“ 6 "bp"; „des Steuerfusses von 54 auf 52 Prozent“ in "%" (the cantonal
  tax multiplier is written in percent).
- Money in the currency written (every round): EUR („gut 42.000 Euro“ "over", „118 Euro“,
  „310 Euro“, „3,26 Millionen Euro“, „gut 440 Millionen Euro“ "over", „7,27 Euro“, „1,24
  (Vorjahr: 1,31) Mrd. Euro“ and the other bracketed sums, „5,1 und 5,4 Milliarden Euro“,
  „412 Mio. Euro“, "6 euros", "6.14 euros", "5.38 euros", "6.47 euros", "8 euros or more"
  "at_least"), USD ("$11.42-3/4", "$5.88", "$3,412.50", "$38.17", "$1,104.25", "$1.3412",
  "11 cents", "$36.74", "$4.6 million", "$2.1 million", "$168,000", "$3.2 million", "$38.4
  million", "$300 million", "$450 million", "$4.3 million", "more than $20 million" "over",
  „1,1512 US-Dollar“), GBP ("£500,000", "£40,000", "£2.6 million", "£120" "about", "£6.5
  billion", "£27.50"), CHF („rund 4,8 Mio. Franken“, „62 Millionen Franken“, „1,38 Mio.
  Franken“), AUD ("A$27.6 billion", "A$4.1 billion", "A$3.2 billion", "roughly A$40"
  "about", "around A$1,800" "about", "A$25.80"), ATS above. Per-unit words carry none: "a
  bushel", "an ounce", "a pint", "a tonne", "an hour", "a kilogram", "a fortnight", "a
  week", „je Aktie“, „pro Stück“, „je Euro“, „je Bienenvolk“.
- Dates and years: Reuters datelines with a day ("CHICAGO, May 4", "LONDON, May 6",
  "WASHINGTON, May 7", "CANBERRA, May 11", "DUBLIN, May 12", "SYDNEY, May 19") are dates
  without a year (three-hundred-and-ninety-fifth, four-hundred-and-fifth); dpa, dpa/lby,
  dpa/lno, dpa/lnw, dpa-AFX, APA, Keystone-SDA („Guttannen BE“ - the canton letters none),
  AP, PA and AAP datelines without a day none (seventy-ninth). Dates: „der 26. Juni“
  --06-26, „vom 11. bis zum 15. Mai“ --05-11 and --05-15. Years as written („2026 insgesamt
  ... als 2025“, „Gut 361.000 Paare haben sich 2026“, „Für 2027“, „mehr als 2026“, „ein Ewer
  von 1893“, „zwischen 2021 und 2025“, "the first half of 2028", "in 2028", "the year to
  June 2028", "by mid-2028" 2028 - three-hundred-and-sixtieth: "to mid-2028" -, "in
  2029-30", "since 2012-13", "A 1913 ... nickel", "A 1927-D", "A 1909-S", "in 2018", "caught
  in 2019", "since 2015").
- Speakers, checked only in forms the earlier batches settled. German: „wie die
  Staatskanzlei mitteilte“, „wie das Statistische Bundesamt am Donnerstag mitteilte“ and
  „wie die Oesterreichische Nationalbank (OeNB) in Wien mitteilte“ the source with its
  article, the abbreviation, the weekday and the place dropped
  (four-hundred-and-fifty-first, four-hundred-and-fifty-second); „Destatis-Demografin Ulrike
  Hammerschmidt-Ekwueme sagte, ...“, „Finanzvorstand Gerold Wannemacher-Tiede sagte, ...“
  and „Westlotto-Sprecherin Annegret Vollbrecht-Sanyal sagte, ...“ the name with the office
  dropped (hundred-eightieth, four-hundred-and-fifth); a quote or a figure followed by
  „sagte Staatskanzlei-Sprecher Fridolin Zweifel-Landolt“, „sagte Burschenvereins-Vorstand
  Korbinian Stadlhuber-Weiß“, „sagte Swissmint-Sprecherin Noemi Cavelti-Brunner“, „sagte
  Veranstaltungsleiter Hauke Brodersen-Iwu“, „sagte OeNB-Sprecherin Theresia
  Pöltl-Mairhofer“, „sagte BBV-Bezirkspräsidentin Walburga Eichinger-Raab“, „sagte
  Waldverbands-Obmann Engelbert Tschernitz-Moser“, „sagte DWD-Meteorologin Franziska
  Obermaier-Kühn“, „sagte Landesverbands-Obmann Ferdinand Kahr-Pammer“ and „sagte
  Strassenmeister Ueli Stucki-Nydegger“ the name with the title dropped
  (hundred-ninety-ninth, four-hundred-and-sixtieth). English: "the World Professional
  Billiards and Snooker Association said", "the Labor Department said", "the Central
  Statistics Office said on Wednesday", "the European Broadcasting Union said", "the Royal
  Horticultural Society said" and "the Australian Bureau of Statistics said" with their
  article (three-hundred-and-seventy-sixth, four-hundred-and-fifty-second); "Meat &
  Livestock Australia said" as written (four-hundred-and-twentieth: "NSW Police said");
  "..., Rees-Ashworth said." after a quote the surname (eighteenth,
  four-hundred-and-fifty-second); the name with the role dropped ("Pendlebrook Grain
  Advisory analyst Marlon Dufresne-Okoro said", "Lead author Harriet Glanville-Oduya said",
  "Trainer Imogen Saltash-Dewhurst said", "said Council on the Ageing spokeswoman Patrice
  Delahunty-Moore", "Numismatics director Carla Benavides-Royce said", "Queensland grazier
  Bronwyn Kettering-Doyle said", "Designer Rowena Achterberg-Lisle said", "Sheriff's
  spokeswoman Deanna Colquitt-Haynes said", "Team owner Reggie Castellanos-Pyle said";
  hundred-thirty-ninth, hundred-forty-fifth, four-hundred-and-sixtieth); "Hunter
  Garrity-Pruitt, 61, said" the name with the age apart; a figure followed by "said Callum
  Yeates-Furlong, chief economist at ..." the name (three-hundred-and-fifty-sixth). Each
  row's diacritics and hyphens are its speaker's („Stadlhuber-Weiß“, „Pöltl-Mairhofer“,
  „Obermaier-Kühn“, „Stucki-Nydegger“). Left unchecked (None): all negatives, also those
  with a named speaker; roles ("the treasurer said in the budget speech", "the Bank said in
  its Monetary Policy Report" - four-hundred-and-fifty-second: "the bank said" -, „sagte der
  Landammann“); plural sources ("the researchers said", "Traders said", "organisers said",
  "state wildlife officials said", "Insurers put"; forty-first); a body's "said" of weather
  ("the National Weather Service said"; three-hundred-and-eighty-second); a masculine
  genitive („nach Angaben des Deutschen Wetterdienstes (DWD)“; hundredth,
  four-hundred-and-fifty-second); verbs that are no saying („Der Senat beziffert“;
  four-hundred-and-fifth: „beziffert die Kammer“); estimates, data and documents („nach
  eigenen Angaben“, „nach Schätzung der Veranstalter“, „nach OeNB-Schätzung“ - a compound -,
  „wie aus Zahlen des Landesamts für Statistik hervorgeht“, „laut Anklage“, „nach der
  Bauernregel“, „gemäss dem Tiefbauamt des Kantons Bern“ - four-hundred-and-fifty-first:
  „gemäss MeteoSchweiz“ -, "LSEG data showed", "CME FedWatch showed", "a study ... has
  found", "a survey by the Licensed Vintners Association found"); and every "according to"
  (government estimates, the new projections, Heritage Auctions, PowerOutage.us, IndyCar).
  To keep the checked speakers near 35, several figures are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_474 = [
    # --- The Landsgemeinde in Glarus (Keystone-SDA), May 3 ---
    (
        "de",
        "Glarus (Keystone-SDA) - Rund fünftausendfünfhundert Stimmberechtigte haben sich am Sonntag im Ring der Glarner Landsgemeinde versammelt, gut tausend mehr als im Vorjahr.",
        True,
        [("count", 5500, None, "about"), ("count", 1000, None, "over")],
        None,
    ),
    (
        "de",
        "Mit einer geschätzten Dreiviertelmehrheit hiess die Versammlung die Senkung des Steuerfusses von 54 auf 52 Prozent gut.",
        True,
        [("fraction", 0.75, None, "about"), ("percent", 54, "%", None), ("percent", 52, "%", None)],
        None,
    ),
    (
        "de",
        "Der Kanton verzichtet damit auf Steuereinnahmen von jährlich rund 4,8 Mio. Franken, wie die Staatskanzlei mitteilte.",
        True,
        [("money", 4800000, "CHF", "about")],
        "die Staatskanzlei",
    ),
    (
        "de",
        "Das Abschätzen des Handmehrs dauerte bei der umstrittensten Vorlage knapp eine Dreiviertelstunde.",
        True,
        [("duration", 0.75, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "«Die Landsgemeinde ist gelebte Demokratie, da rechnet niemand auf Franken und Rappen genau», sagte der Landammann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Den Neubau der Kantonsschule für 62 Millionen Franken wies die Landsgemeinde zurück; die Vorlage soll in ein, zwei Jahren neu kommen.",
        True,
        [("money", 62000000, "CHF", None), ("duration", 1, "year", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "«Der Ring war heuer so voll wie seit neunzehnhundertneunundachtzig nicht mehr», sagte Staatskanzlei-Sprecher Fridolin Zweifel-Landolt.",
        True,
        [("year", 1989, None, None)],
        "Fridolin Zweifel-Landolt",
    ),
    ("de", "Viele Glarnerinnen und Glarner hielten die Steuersenkung für überfällig.", False, [], None),
    # --- The world snooker final (PA), May 3 ---
    (
        "en",
        "SHEFFIELD (PA) - Welsh qualifier Dylan Rees-Ashworth won the World Snooker Championship at the Crucible on Monday night, beating the defending champion 18-14 to collect the £500,000 top prize.",
        True,
        [("money", 500000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The 24-year-old from Llanelli had trailed 10-7 going into the final session but won 11 of the last 15 frames.",
        True,
        [("duration", 24, "year", None), ("count", 11, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "He made a maximum 147 break in the 29th frame, the 19th maximum in the championship's history at the Crucible, worth a separate £40,000 bonus.",
        True,
        [
            ("count", 147, None, None),
            ("ordinal", 29, None, None),
            ("ordinal", 19, None, None),
            ("money", 40000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        '"I\'d made a hundred and forty-seven in practice maybe a dozen times, never on a stage like this," Rees-Ashworth said.',
        True,
        [("count", 147, None, None), ("count", 12, None, "about")],
        "Rees-Ashworth",
    ),
    (
        "en",
        '"My hands were shaking on the last red, and I still don\'t know how that black went in," Rees-Ashworth told the BBC.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Total prize money at the event was £2.6 million, up a tenth on last year, the World Professional Billiards and Snooker Association said.",
        True,
        [("money", 2600000, "GBP", None), ("fraction", 0.1, None, None)],
        "the World Professional Billiards and Snooker Association",
    ),
    (
        "en",
        "At its peak the final was watched by 3.9 million viewers on television, roughly one in seven of everyone tuned in at that moment.",
        True,
        [("count", 3900000, None, None), ("fraction", 0.1429, None, "about")],
        None,
    ),
    ("en", "The runner-up said the better player had won on the day.", False, [], None),
    # --- The maypole in Holzkirchen (dpa/lby), May 4 ---
    (
        "de",
        "Holzkirchen (dpa/lby) - Mit achtunddreißigeinhalb Metern hat die Marktgemeinde im Landkreis Miesbach nach eigenen Angaben den höchsten Maibaum Oberbayerns aufgestellt.",
        True,
        [("count", 38.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Stamm der Fichte wiegt knapp dreieinhalb Tonnen, hinzu kommen gut zwei Zentner Schmuck an Kränzen und Zunftzeichen.",
        True,
        [("count", 3.5, None, "nearly"), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Rund hundertzwanzig Burschen stellten den Baum in gut viereinhalb Stunden mit Scherstangen auf, ganz ohne Kran.",
        True,
        [("count", 120, None, "about"), ("duration", 4.5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Bewacht worden war der Baum zuvor drei Wochen lang rund um die Uhr, damit ihn kein Nachbardorf stiehlt.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Wer einen gestohlenen Maibaum zurückhaben will, muss nach altem Brauch um die 200 Maß Bier und eine zünftige Brotzeit spendieren.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    (
        "de",
        "„Um dreiviertel zwölf stand er, und pünktlich um zwölf hat die Blasmusik angefangen“, sagte Burschenvereins-Vorstand Korbinian Stadlhuber-Weiß.",
        True,
        [],
        "Korbinian Stadlhuber-Weiß",
    ),
    ("de", "„Ein Maibaum ist kein Baum, das ist eine Ehrensache“, sagte Stadlhuber-Weiß.", False, [], None),
    # --- Grains and gold (Reuters), May 4 ---
    (
        "en",
        "CHICAGO, May 4 (Reuters) - U.S. soybean futures rose on Tuesday, with the most-active July contract on the Chicago Board of Trade settling up 6-3/4 cents at $11.42-3/4 a bushel.",
        True,
        [("date", "--05-04", None, None), ("money", 0.0675, "USD", None), ("money", 11.4275, "USD", None)],
        None,
    ),
    (
        "en",
        "Corn added 2-1/4 cents to $4.61-1/2, while wheat shed a quarter of a cent to end at $5.88.",
        True,
        [
            ("money", 0.0225, "USD", None),
            ("money", 4.615, "USD", None),
            ("money", 0.0025, "USD", None),
            ("money", 5.88, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Spot gold was up a quarter of a percent at $3,412.50 an ounce by 1:40 p.m. EDT.",
        True,
        [("percent", 0.25, "%", None), ("money", 3412.5, "USD", None)],
        None,
    ),
    (
        "en",
        "Traders said heavy rain had left only about three-eighths of the U.S. corn crop planted, against a five-year average of 52%.",
        True,
        [("fraction", 0.375, None, "about"), ("duration", 5, "year", None), ("percent", 52, "%", None)],
        None,
    ),
    (
        "en",
        "Farmers in Iowa and Illinois were getting on for eight days behind schedule, Pendlebrook Grain Advisory analyst Marlon Dufresne-Okoro said.",
        True,
        [("duration", 8, "day", "nearly")],
        "Marlon Dufresne-Okoro",
    ),
    ("en", '"The market is trading the forecast, not the fields," Dufresne-Okoro said.', False, [], None),
    (
        "en",
        "Silver fell 0.4% to $38.17, and platinum gained 1% to $1,104.25.",
        True,
        [
            ("percent", 0.4, "%", None),
            ("money", 38.17, "USD", None),
            ("percent", 1, "%", None),
            ("money", 1104.25, "USD", None),
        ],
        None,
    ),
    ("en", "Some dealers said buyers were sitting on their hands until the Fed meeting.", False, [], None),
    # --- Swiss coin production (Keystone-SDA), May 5 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die eidgenössische Münzstätte Swissmint hat 2026 insgesamt 41’600’000 Umlaufmünzen geprägt und damit gut ein Fünftel weniger als 2025.",
        True,
        [
            ("year", 2026, None, None),
            ("count", 41600000, None, None),
            ("fraction", 0.2, None, "over"),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "de",
        "Am häufigsten wurden Zwanzigräppler geprägt, nämlich knapp 14 Millionen Stück, gefolgt von 9,2 Millionen Einfränklern.",
        True,
        [
            ("money", 0.2, "CHF", None),
            ("count", 14000000, None, "nearly"),
            ("count", 9200000, None, None),
            ("money", 1, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Fünfräppler werden nur noch in kleiner Zahl nachgeprägt, weil ihre Herstellung mehr als 5 Rappen pro Stück kostet.",
        True,
        [("money", 0.05, "CHF", None), ("money", 0.05, "CHF", "over")],
        None,
    ),
    (
        "de",
        "«Ein Zwanzigräppler hält im Umlauf gut und gern dreissig Jahre, ein Fünfliber noch länger», sagte Swissmint-Sprecherin Noemi Cavelti-Brunner.",
        True,
        [("money", 0.2, "CHF", None), ("duration", 30, "year", "over"), ("money", 5, "CHF", None)],
        "Noemi Cavelti-Brunner",
    ),
    (
        "de",
        "«Bargeld ist für viele Leute hierzulande ein Stück Freiheit im Portemonnaie», sagte Cavelti-Brunner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Eine Fehlprägung ist für Sammler schnell einen schönen Batzen wert», sagte ein Münzhändler in Bern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für 2027 plant die Münzstätte eine Auflage von zwischen 35 und 38 Millionen Münzen.",
        True,
        [("year", 2027, None, None), ("count", 35000000, None, None), ("count", 38000000, None, None)],
        None,
    ),
    # --- Weight-loss jabs (PA), May 5 ---
    (
        "en",
        "LONDON (PA) - Patients on weight-loss injections prescribed through the NHS lost an average of two stone in their first year, a study of more than 12,000 people in England has found.",
        True,
        [("count", 2, None, None), ("ordinal", 1, None, None), ("count", 12000, None, "over")],
        None,
    ),
    (
        "en",
        "The typical patient started at 17st 3lb and finished the year at 15st 2lb, the researchers said.",
        True,
        [("count", 17, None, None), ("count", 3, None, None), ("count", 15, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Around one in a thousand had to stop treatment because of severe side effects.",
        True,
        [("fraction", 0.001, None, "about")],
        None,
    ),
    (
        "en",
        "A month's supply costs the NHS about £120, against the best part of £250 for those paying privately.",
        True,
        [("money", 120, "GBP", "about"), ("money", 250, "GBP", "nearly")],
        None,
    ),
    (
        "en",
        "Lead author Harriet Glanville-Oduya said those who also managed at least 7,000 steps daily kept off a further 3lb on average.",
        True,
        [("count", 7000, None, "at_least"), ("count", 3, None, None)],
        "Harriet Glanville-Oduya",
    ),
    (
        "en",
        '"These drugs are a tool, not a miracle, and the tool works best with a plan," Glanville-Oduya said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Obesity costs the health service in the region of £6.5 billion a year, according to government estimates.",
        True,
        [("money", 6500000000, "GBP", "about")],
        None,
    ),
    ("en", "Charities said access to the jabs was still a postcode lottery.", False, [], None),
    # --- Marriages in Germany (dpa), May 6 ---
    (
        "de",
        "Wiesbaden (dpa) - Gut 361.000 Paare haben sich 2026 in Deutschland das Jawort gegeben, ein Rückgang um rund 2,4 Prozent, wie das Statistische Bundesamt am Donnerstag mitteilte.",
        True,
        [("count", 361000, None, "over"), ("year", 2026, None, None), ("percent", 2.4, "%", "about")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Frauen waren bei der ersten Hochzeit im Schnitt 32 Jahre und neun Monate alt, Männer knapp zwei Jahre älter.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 32, "year", None),
            ("duration", 9, "month", None),
            ("duration", 2, "year", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Jede achte Ehe wurde zwischen einer deutschen und einer ausländischen Person geschlossen.",
        True,
        [("fraction", 0.125, None, None)],
        None,
    ),
    (
        "de",
        "Der gefragteste Hochzeitstermin war der 26. Juni mit rund siebentausendzweihundert Trauungen.",
        True,
        [("date", "--06-26", None, None), ("count", 7200, None, "about")],
        None,
    ),
    (
        "de",
        "Geschieden wurden im selben Zeitraum knapp hundertvierzigtausend Ehen, nach durchschnittlich fünfzehneinhalb Jahren.",
        True,
        [("count", 140000, None, "nearly"), ("duration", 15.5, "year", None)],
        None,
    ),
    (
        "de",
        "Destatis-Demografin Ulrike Hammerschmidt-Ekwueme sagte, der Anteil gleichgeschlechtlicher Ehen liege stabil bei rund 2,6 Prozent.",
        True,
        [("percent", 2.6, "%", "about")],
        "Ulrike Hammerschmidt-Ekwueme",
    ),
    (
        "de",
        "„Geheiratet wird heute später, aber keineswegs seltener aus Liebe“, sagte Hammerschmidt-Ekwueme.",
        False,
        [],
        None,
    ),
    ("de", "Hochzeitsplaner sprachen von einem „Comeback der großen Feier“.", False, [], None),
    # --- The Bank of England cuts (Reuters), May 6 ---
    (
        "en",
        "LONDON, May 6 (Reuters) - Policymakers at the Bank of England voted 7-2 on Thursday to shave a quarter of a percentage point from Bank Rate, taking it to 3.25%.",
        True,
        [
            ("date", "--05-06", None, None),
            ("count", 7, None, None),
            ("count", 2, None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 3.25, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The two dissenters wanted to keep Bank Rate at 3.5%, where it had stood since February.",
        True,
        [("count", 2, None, None), ("percent", 3.5, "%", None)],
        None,
    ),
    (
        "en",
        "Inflation should ease to 2.1% by December and settle at the 2% target during the first half of 2028, according to the new projections.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("percent", 2, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "Traders saw roughly a one-in-four chance of a follow-up move at the June meeting, LSEG data showed.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Growth was forecast at three-quarters of a percent this year and 1.25% in 2028, the Bank said in its Monetary Policy Report.",
        True,
        [("percent", 0.75, "%", None), ("percent", 1.25, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        '"Nothing is decided in advance, and I would not read too much into one vote," the governor told a news conference.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sterling fell half a cent to $1.3412 after the decision.",
        True,
        [("money", 0.005, "USD", None), ("money", 1.3412, "USD", None)],
        None,
    ),
    ("en", "Some economists said the Bank had been too slow to act.", False, [], None),
    # --- A fittings maker's quarter (dpa-AFX), May 7 ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Armaturenhersteller Welzheimer hat im ersten Quartal 1,24 (Vorjahr: 1,31) Mrd. Euro umgesetzt.",
        True,
        [("ordinal", 1, None, None), ("money", 1240000000, "EUR", None), ("money", 1310000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das operative Ergebnis (Ebit) fiel auf 86,4 (102,9) Mio. Euro, die Marge auf 7,0 (7,9) Prozent.",
        True,
        [
            ("money", 86400000, "EUR", None),
            ("money", 102900000, "EUR", None),
            ("percent", 7, "%", None),
            ("percent", 7.9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Je Aktie blieben 0,87 (0,91) Euro hängen.",
        True,
        [("money", 0.87, "EUR", None), ("money", 0.91, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Gerold Wannemacher-Tiede sagte, man rechne fürs Gesamtjahr mit einem Umsatz „irgendwo zwischen 5,1 und 5,4 Milliarden Euro“.",
        True,
        [("money", 5100000000, "EUR", None), ("money", 5400000000, "EUR", None)],
        "Gerold Wannemacher-Tiede",
    ),
    (
        "de",
        "Die Nettoverschuldung lag Ende März bei 412 Mio. Euro, dem Anderthalbfachen des operativen Ergebnisses vor Abschreibungen.",
        True,
        [("money", 412000000, "EUR", None), ("count", 1.5, None, None)],
        None,
    ),
    ("de", "„Der Bau ist nicht tot, er holt nur Luft“, sagte Wannemacher-Tiede.", False, [], None),
    (
        "de",
        "Die Aktie legte am Vormittag um dreieinhalb Prozent zu und machte den Kursrutsch der Vorwoche damit zur Hälfte wett.",
        True,
        [("percent", 3.5, "%", None), ("fraction", 0.5, None, None)],
        None,
    ),
    ("de", "Analysten sprachen von einem „Quartal zum Abhaken“.", False, [], None),
    # --- U.S. jobs (Reuters), May 7 ---
    (
        "en",
        "WASHINGTON, May 7 (Reuters) - Nonfarm payrolls grew by 143,000 in April, a shade above the 135,000 that economists polled by Reuters had expected, the Labor Department said.",
        True,
        [("date", "--05-07", None, None), ("count", 143000, None, None), ("count", 135000, None, None)],
        "the Labor Department",
    ),
    (
        "en",
        "Payroll figures for the prior two months were revised down by a combined 21,000.",
        True,
        [("duration", 2, "month", None), ("count", 21000, None, None)],
        None,
    ),
    (
        "en",
        "Joblessness stayed at 4.3%, and hourly pay climbed 0.3%, or 11 cents, to an average of $36.74.",
        True,
        [
            ("percent", 4.3, "%", None),
            ("percent", 0.3, "%", None),
            ("money", 0.11, "USD", None),
            ("money", 36.74, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Roughly one in five of the new jobs was in health care, and construction shed 4,000 positions.",
        True,
        [("fraction", 0.2, None, "about"), ("count", 4000, None, None)],
        None,
    ),
    (
        "en",
        "The labor force participation rate edged down a tenth of a point to 62.4%.",
        True,
        [("percent", 0.1, "pp", None), ("percent", 62.4, "%", None)],
        None,
    ),
    (
        "en",
        "Some 4.6 million people worked part time for economic reasons, up from 4.4 million in March.",
        True,
        [("count", 4600000, None, "about"), ("count", 4400000, None, None)],
        None,
    ),
    (
        "en",
        '"It\'s a Goldilocks number, not too hot and not too cold," said Jamal Whitcombe-Arden, an economist at Ostermoor Partners.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Futures still price about two quarter-point cuts by December, CME FedWatch showed.",
        True,
        [("count", 2, None, "about"), ("percent", 0.25, "pp", None)],
        None,
    ),
    # --- Hamburg's harbour birthday (dpa/lno), May 10 ---
    (
        "de",
        "Hamburg (dpa/lno) - Rund anderthalb Millionen Besucherinnen und Besucher sind nach Schätzung der Veranstalter zum 838. Hafengeburtstag gekommen.",
        True,
        [("count", 1500000, None, "about"), ("ordinal", 838, None, None)],
        None,
    ),
    (
        "de",
        "An der Einlaufparade beteiligten sich mehr als zweihundertdreißig Schiffe, vom Museumsschlepper bis zum 294 Meter langen Kreuzfahrtschiff.",
        True,
        [("count", 230, None, "over"), ("count", 294, None, None)],
        None,
    ),
    (
        "de",
        "Das älteste Schiff, ein Ewer von 1893, misst gerade einmal achtzehneinhalb Meter.",
        True,
        [("year", 1893, None, None), ("count", 18.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Senat beziffert die Wertschöpfung des dreitägigen Fests auf eine mittlere zweistellige Millionensumme.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Die Polizei zählte zwölf Festnahmen und ein knappes Dutzend Taschendiebstähle.",
        True,
        [("count", 12, None, None), ("count", 12, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Beim Feuerwerk haben wir zweitausend Kilo Effektmasse in die Luft geschickt, so viel wie nie“, sagte Veranstaltungsleiter Hauke Brodersen-Iwu.",
        True,
        [("count", 2000, None, None)],
        "Hauke Brodersen-Iwu",
    ),
    (
        "de",
        "„Der Hafen ist das Herz dieser Stadt, und heute hat es laut geschlagen“, sagte Brodersen-Iwu.",
        False,
        [],
        None,
    ),
    # --- A breeze-up sale at Newmarket (PA), May 10 ---
    (
        "en",
        "NEWMARKET (PA) - A colt by a Derby winner sold for 1.4 million guineas at Tattersalls on Monday, the top price at a European breeze-up sale this year.",
        True,
        [("money", 1470000, "GBP", None)],
        None,
    ),
    (
        "en",
        "At £1.05 to the guinea, that comes to £1.47 million, before the auctioneers' 5% commission.",
        True,
        [("money", 1.05, "GBP", None), ("money", 1470000, "GBP", None), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "The 142 lots sold fetched an average of 88,400 guineas, up nearly a fifth on a year earlier.",
        True,
        [("count", 142, None, None), ("money", 92820, "GBP", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "The colt had covered two furlongs in 21.4 seconds at his breeze on Thursday.",
        True,
        [("count", 2, None, None), ("duration", 21.4, "second", None)],
        None,
    ),
    (
        "en",
        "Trainer Imogen Saltash-Dewhurst said the colt stood just under 16 hands and would not race before next spring.",
        True,
        [("count", 16, None, "under")],
        "Imogen Saltash-Dewhurst",
    ),
    ("en", '"He moves like a horse that has no idea how much he cost," Saltash-Dewhurst said.', False, [], None),
    (
        "en",
        "Saturday's 2,000 Guineas went to 40-1 outsider Harbour Lantern by a length and three-quarters, the longest-priced winner of the race in 18 years.",
        True,
        [("count", 1.75, None, None), ("duration", 18, "year", None)],
        None,
    ),
    ("en", "Bloodstock agents said the top end of the market had rarely looked stronger.", False, [], None),
    # --- Gladbach beat Wolfsburg (dpa/lnw), May 10 ---
    (
        "de",
        "Mönchengladbach (dpa/lnw) - Borussia Mönchengladbach hat den VfL Wolfsburg vor 53.817 Zuschauern mit 3:1 geschlagen und ist auf Tabellenplatz sieben vorgerückt.",
        True,
        [("count", 53817, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Gäste hatten beim Ballbesitz ein Übergewicht von 62:38, kamen aber nur zu zwei Torschüssen.",
        True,
        [("count", 62, None, None), ("count", 38, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der 19 Jahre alte Stürmer Lenny Oberdörster-Kamara traf in der 8. und in der 71. Minute, das 3:1 erzielte ein Abwehrspieler in der Nachspielzeit.",
        True,
        [("duration", 19, "year", None), ("ordinal", 8, None, None), ("ordinal", 71, None, None)],
        None,
    ),
    (
        "de",
        "Die Borussia liegt damit drei Punkte hinter Platz sechs.",
        True,
        [("count", 3, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die Wolfsburger holten aus den vergangenen sieben Auswärtsspielen nur vier Punkte.",
        True,
        [("count", 7, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Heute hat die Mannschaft endlich auf den Platz gebracht, was sie sich unter der Woche erarbeitet hat“, sagte der Gladbacher Trainer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Mit so einer Leistung gewinnst du in dieser Liga keinen Blumentopf“, sagte der Wolfsburger Kapitän.",
        False,
        [],
        None,
    ),
    # --- A record catfish (AP), May 11 ---
    (
        "en",
        "CLINTON, Mo. (AP) — A Missouri angler has landed a blue catfish weighing 104 pounds, 6 ounces on Truman Lake, the heaviest on record for the lake, state wildlife officials said.",
        True,
        [("count", 104, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The fish measured 52 1/2 inches from nose to tail and 38 3/4 inches around the middle.",
        True,
        [("count", 52.5, None, None), ("count", 38.75, None, None)],
        None,
    ),
    (
        "en",
        "Hunter Garrity-Pruitt, 61, said it took him the better part of 40 minutes to land it on 30-pound line.",
        True,
        [("duration", 61, "year", None), ("duration", 40, "minute", "nearly"), ("count", 30, None, None)],
        "Hunter Garrity-Pruitt",
    ),
    (
        "en",
        "The lake's previous best was a 97-pounder caught in 2019.",
        True,
        [("count", 97, None, None), ("year", 2019, None, None)],
        None,
    ),
    ("en", '"I thought I\'d hooked a log, honest to God," Garrity-Pruitt said.', False, [], None),
    (
        "en",
        "Biologists weighed the fish on a certified scale and released it alive about three-quarters of an hour later.",
        True,
        [("duration", 0.75, "hour", "about")],
        None,
    ),
    ("en", "Anglers at the marina said the spot would not stay a secret for long.", False, [], None),
    # --- Unexchanged schillings (APA), May 11 ---
    (
        "de",
        "Wien (APA) - Schilling-Banknoten und -Münzen im Wert von rund 6,1 Milliarden Schilling liegen noch immer in Laden, Kellern und Sparbüchsen, wie die Oesterreichische Nationalbank (OeNB) in Wien mitteilte.",
        True,
        [("money", 6100000000, "ATS", "about")],
        "die Oesterreichische Nationalbank",
    ),
    (
        "de",
        "Umgerechnet zum unveränderlichen Kurs von 13,7603 Schilling je Euro sind das gut 440 Millionen Euro.",
        True,
        [("money", 440000000, "EUR", "over"), ("money", 13.7603, "ATS", None)],
        None,
    ),
    (
        "de",
        "Allein an 50-Groschen-Münzen sind nach OeNB-Schätzung noch knapp 270 Millionen Stück ausständig.",
        True,
        [("money", 0.5, "ATS", None), ("count", 270000000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ein Hunderter, also ein 100-Schilling-Schein, ist heute 7,27 Euro wert.",
        True,
        [("money", 100, "ATS", None), ("money", 100, "ATS", None), ("money", 7.27, "EUR", None)],
        None,
    ),
    (
        "de",
        "Umgetauscht werden kann zeitlich unbegrenzt und gebührenfrei, an den Kassen in Wien und in den Zweiganstalten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Münze Österreich verkaufte im ersten Quartal knapp 310.000 Unzen Gold in Form von Philharmoniker-Münzen, gut ein Viertel mehr als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 310000, None, "nearly"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "„Seit Jänner bringen uns die Leute jede Woche an die 300 Umtauschfälle, oft nach einem Todesfall“, sagte OeNB-Sprecherin Theresia Pöltl-Mairhofer.",
        True,
        [("count", 300, None, "about")],
        "Theresia Pöltl-Mairhofer",
    ),
    (
        "de",
        "„Der Schilling ist für viele ein Stück Erinnerung, kein Zahlungsmittel mehr“, sagte Pöltl-Mairhofer.",
        False,
        [],
        None,
    ),
    # --- Australia's budget (Reuters), May 11 ---
    (
        "en",
        "CANBERRA, May 11 (Reuters) - Australia expects to run a deficit of A$27.6 billion ($17.9 billion) in the year to June 2028, the treasurer said in the budget speech on Tuesday.",
        True,
        [
            ("date", "--05-11", None, None),
            ("money", 27600000000, "AUD", None),
            ("money", 17900000000, "USD", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "That is A$4.1 billion wider than flagged in December, or about a sixth of one percent of GDP.",
        True,
        [("money", 4100000000, "AUD", None), ("percent", 0.1667, "%", "about")],
        None,
    ),
    (
        "en",
        "Net debt is projected to peak at 21.3% of GDP in 2029-30.",
        True,
        [("percent", 21.3, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The budget sets aside A$3.2 billion over four years for cost-of-living relief, or roughly A$40 a fortnight for a pensioner couple.",
        True,
        [("money", 3200000000, "AUD", None), ("duration", 4, "year", None), ("money", 40, "AUD", "about")],
        None,
    ),
    (
        "en",
        '"It\'s 40 bucks a fortnight, and most of those bucks will go straight on power bills," said Council on the Ageing spokeswoman Patrice Delahunty-Moore.',
        True,
        [("money", 40, "AUD", None)],
        "Patrice Delahunty-Moore",
    ),
    (
        "en",
        "Iron ore, the country's biggest export earner, is assumed to fall to $US60 a tonne by mid-2028.",
        True,
        [("money", 60, "USD", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        '"We wrote this budget for households paying the bills, not for the headlines," the treasurer told parliament.',
        False,
        [],
        None,
    ),
    ("en", "Opposition lawmakers said the numbers did not add up.", False, [], None),
    # --- Farmland in Lower Bavaria (dpa/lby), May 12 ---
    (
        "de",
        "Landshut (dpa/lby) - Ein Tagwerk Ackerland kostet in Niederbayern inzwischen im Schnitt gut 42.000 Euro, wie aus Zahlen des Landesamts für Statistik hervorgeht.",
        True,
        [("money", 42000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Ein Tagwerk sind nach alter bayerischer Rechnung gut 3.400 Quadratmeter, also rund ein Drittel Hektar.",
        True,
        [("count", 3400, None, "over"), ("count", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "In Spitzenlagen im Gäuboden bei Straubing wurden für das Tagwerk zwischen 60.000 und 75.000 Euro gezahlt.",
        True,
        [("money", 60000, "EUR", None), ("money", 75000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wer heute einen Hof mit 80 Tagwerk übernehmen will, zahlt allein für den Grund an die dreieinhalb Millionen Euro“, sagte BBV-Bezirkspräsidentin Walburga Eichinger-Raab.",
        True,
        [("count", 80, None, None), ("money", 3500000, "EUR", "about")],
        "Walburga Eichinger-Raab",
    ),
    (
        "de",
        "Die Pachtpreise stiegen im selben Zeitraum um knapp drei Viertel auf durchschnittlich 310 Euro je Tagwerk und Jahr.",
        True,
        [("fraction", 0.75, None, "nearly"), ("money", 310, "EUR", None)],
        None,
    ),
    ("de", "„Für junge Landwirte ist Boden inzwischen so teuer wie Gold“, sagte Eichinger-Raab.", False, [], None),
    ("de", "Der Bund Naturschutz sprach von einem „Ausverkauf der Heimat“.", False, [], None),
    # --- Pint prices in Ireland (Reuters), May 12 ---
    (
        "en",
        "DUBLIN, May 12 (Reuters) - The average price of a pint of stout in Dublin passed 6 euros for the first time in April, reaching 6.14 euros, the Central Statistics Office said on Wednesday.",
        True,
        [
            ("date", "--05-12", None, None),
            ("money", 6, "EUR", None),
            ("ordinal", 1, None, None),
            ("money", 6.14, "EUR", None),
        ],
        "the Central Statistics Office",
    ),
    (
        "en",
        "Outside the capital a pint cost 5.38 euros, or 76 cent less.",
        True,
        [("money", 5.38, "EUR", None), ("money", 0.76, "EUR", None)],
        None,
    ),
    (
        "en",
        "Lager averaged 6.47 euros in Dublin, up a little over 4% on a year earlier.",
        True,
        [("money", 6.47, "EUR", None), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "en",
        "Roughly one in a hundred Dublin pubs now charges 8 euros or more for a pint, a survey by the Licensed Vintners Association found.",
        True,
        [("fraction", 0.01, None, "about"), ("money", 8, "EUR", "at_least")],
        None,
    ),
    (
        "en",
        "Excise duty accounts for about 52 cent of the price of a pint, and VAT is charged at 23%.",
        True,
        [("money", 0.52, "EUR", "about"), ("percent", 23, "%", None)],
        None,
    ),
    (
        "en",
        '"Every euro on a pint is a euro people aren\'t spending on the next round," said Donal Breathnach-Keogh, a publican in Ringsend.',
        False,
        [],
        None,
    ),
    ("en", "Publicans said higher energy and wage bills, not greed, were behind the rises.", False, [], None),
    # --- Firewood in Carinthia (APA), May 13 ---
    (
        "de",
        "Klagenfurt (APA) - Ein Raummeter Buchenholz, ofenfertig geschnitten, kostet in Kärnten heuer im Schnitt 118 Euro, um rund ein Fünftel weniger als vor zwei Jahren.",
        True,
        [("money", 118, "EUR", None), ("fraction", 0.2, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Aus einem Festmeter Rundholz werden geschichtet rund 1,4 Raummeter Scheiter.",
        True,
        [("count", 1.4, None, "about")],
        None,
    ),
    (
        "de",
        "Wer nach alter Art in Klaftern rechnet, kommt auf gut drei Raummeter je Klafter, sagte Waldverbands-Obmann Engelbert Tschernitz-Moser.",
        True,
        [("count", 3, None, "over")],
        "Engelbert Tschernitz-Moser",
    ),
    (
        "de",
        "Für einen durchschnittlichen Haushalt mit Kachelofen reichen acht bis zehn Raummeter über den Winter.",
        True,
        [("count", 8, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Rund 28 Prozent der Kärntner Haushalte heizen zumindest teilweise mit Holz, jeder zwölfte ausschließlich.",
        True,
        [("percent", 28, "%", "about"), ("fraction", 0.0833, None, None)],
        None,
    ),
    (
        "de",
        "Bis zum Herbst dürften die Preise um fünf bis zehn Prozent anziehen.",
        True,
        [("percent", 5, "%", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer jetzt kauft und das Holz einen Sommer lang trocknen lässt, macht nichts falsch“, sagte Tschernitz-Moser.",
        False,
        [],
        None,
    ),
    ("de", "Umweltschützer sprachen von einer „Feinstaubfalle in der Stube“.", False, [], None),
    # --- Rare coins at auction (AP), May 13 ---
    (
        "en",
        "DALLAS (AP) — A 1913 Liberty Head nickel sold for $4.6 million at auction in Dallas on Thursday, one of only five known to exist.",
        True,
        [
            ("year", 1913, None, None),
            ("money", 0.05, "USD", None),
            ("money", 4600000, "USD", None),
            ("count", 5, None, None),
        ],
        None,
    ),
    (
        "en",
        "A 1927-D double eagle, one of about a dozen known, fetched $2.1 million.",
        True,
        [
            ("year", 1927, None, None),
            ("money", 20, "USD", None),
            ("count", 12, None, "about"),
            ("money", 2100000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "A 1909-S VDB cent in mint condition brought $168,000, or 16.8 million times its face value.",
        True,
        [
            ("year", 1909, None, None),
            ("money", 0.01, "USD", None),
            ("money", 168000, "USD", None),
            ("count", 16800000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The coin had last changed hands in 2018 for $3.2 million, according to Heritage Auctions.",
        True,
        [("year", 2018, None, None), ("money", 3200000, "USD", None)],
        None,
    ),
    (
        "en",
        "Numismatics director Carla Benavides-Royce said about three-quarters of the 612 lots found buyers, for a total of $38.4 million.",
        True,
        [("fraction", 0.75, None, "about"), ("count", 612, None, None), ("money", 38400000, "USD", None)],
        "Carla Benavides-Royce",
    ),
    (
        "en",
        '"Collectors dream about this coin their whole lives, and most never even get to hold one," Benavides-Royce said.',
        False,
        [],
        None,
    ),
    # --- Ice Saints frost (dpa), May 14 ---
    (
        "de",
        "Offenbach (dpa) - Pünktlich zu den Eisheiligen hat es in der Nacht zum Freitag in Teilen Deutschlands noch einmal Frost gegeben, mit bis zu minus viereinhalb Grad in Bodennähe.",
        True,
        [("count", -4.5, None, "up_to")],
        None,
    ),
    (
        "de",
        "Am kältesten war es nach Angaben des Deutschen Wetterdienstes (DWD) in Oberstdorf mit minus 3,8 Grad in zwei Metern Höhe.",
        True,
        [("count", -3.8, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Eisheiligen dauern nach der Bauernregel vom 11. bis zum 15. Mai, von Mamertus bis zur Kalten Sophie.",
        True,
        [("date", "--05-11", None, None), ("date", "--05-15", None, None)],
        None,
    ),
    (
        "de",
        "Statistisch gebe es in diesen Tagen aber nicht häufiger Frost als in der Woche davor, sagte DWD-Meteorologin Franziska Obermaier-Kühn.",
        True,
        [],
        "Franziska Obermaier-Kühn",
    ),
    (
        "de",
        "In den vergangenen dreißig Jahren gab es an der Station Frankfurt nur in jedem sechsten Jahr während der Eisheiligen Frost.",
        True,
        [("duration", 30, "year", None), ("fraction", 0.1667, None, None)],
        None,
    ),
    (
        "de",
        "Am Wochenende werden tagsüber wieder zwischen 18 und 23 Grad erwartet, im Südwesten örtlich gut und gern 25.",
        True,
        [("count", 18, None, None), ("count", 23, None, None), ("count", 25, None, "over")],
        None,
    ),
    ("de", "Gärtner raten, Tomaten und Gurken erst nach der Kalten Sophie ins Freie zu setzen.", False, [], None),
    ("de", "„Die Kalte Sophie ist eher ein Bauchgefühl als eine Wetterregel“, sagte Obermaier-Kühn.", False, [], None),
    # --- Cattle prices (AAP), May 14 ---
    (
        "en",
        "BRISBANE (AAP) - Australian cattle prices have climbed to a three-year high, with the Eastern Young Cattle Indicator reaching 748 cents a kilogram carcase weight on Friday.",
        True,
        [("duration", 3, "year", None), ("money", 7.48, "AUD", None)],
        None,
    ),
    (
        "en",
        "The indicator is up almost a quarter since January, Meat & Livestock Australia said.",
        True,
        [("fraction", 0.25, None, "nearly")],
        "Meat & Livestock Australia",
    ),
    (
        "en",
        "A 400-kilogram steer now fetches around A$1,800 at the saleyards, or about 200 bucks more than at Christmas.",
        True,
        [("count", 400, None, None), ("money", 1800, "AUD", "about"), ("money", 200, "AUD", "about")],
        None,
    ),
    (
        "en",
        "Beef exports rose 11 per cent to 118,400 tonnes in April, the most for the month since 2015.",
        True,
        [("percent", 11, "%", None), ("count", 118400, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "Queensland grazier Bronwyn Kettering-Doyle said rain had lifted pasture growth by a good third on her 12,000-hectare property west of Roma.",
        True,
        [("fraction", 0.3333, None, "over"), ("count", 12000, None, None)],
        "Bronwyn Kettering-Doyle",
    ),
    ("en", '"Out here you never count your chickens until the cheque clears," Kettering-Doyle said.', False, [], None),
    ("en", "Agents said restockers were driving the market.", False, [], None),
    # --- Eurovision (PA), May 17 ---
    (
        "en",
        "LONDON (PA) - The UK's entry finished 19th of 26 in the Eurovision Song Contest final on Saturday night, with 47 points.",
        True,
        [("ordinal", 19, None, None), ("count", 26, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "All 47 came from the national juries, while the public vote gave the song nul points.",
        True,
        [("count", 47, None, None), ("count", 0, None, None)],
        None,
    ),
    (
        "en",
        "The winning song scored 412 points, 63 ahead of the runner-up, after a televote in which more than 9.8 million votes were cast, organisers said.",
        True,
        [("count", 412, None, None), ("count", 63, None, None), ("count", 9800000, None, "over")],
        None,
    ),
    (
        "en",
        "About 162 million people watched across 37 countries, the European Broadcasting Union said.",
        True,
        [("count", 162000000, None, "about"), ("count", 37, None, None)],
        "the European Broadcasting Union",
    ),
    (
        "en",
        "It was the UK's fourth finish outside the top 10 in five years.",
        True,
        [("ordinal", 4, None, None), ("count", 10, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"We gave it everything on that stage and I wouldn\'t change a single second," the singer said.',
        False,
        [],
        None,
    ),
    ("en", "Fans on social media called the public vote brutal.", False, [], None),
    # --- A gold fraud verdict in Innsbruck (APA), May 17 ---
    (
        "de",
        "Innsbruck (APA) - Ein 58-jähriger Goldhändler ist am Landesgericht Innsbruck wegen schweren Betrugs zu dreieinhalb Jahren Haft verurteilt worden, davon vierzehn Monate unbedingt.",
        True,
        [("duration", 58, "year", None), ("duration", 3.5, "year", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte laut Anklage zwischen 2021 und 2025 rund 140 Anlegern Goldbarren verkauft, die nie geliefert wurden, insgesamt knapp 42 Kilogramm.",
        True,
        [
            ("year", 2021, None, None),
            ("year", 2025, None, None),
            ("count", 140, None, "about"),
            ("count", 42, None, "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Der Schaden beläuft sich auf 3,26 Millionen Euro; eine Unze Gold kostete damals um die 1.900 Euro.",
        True,
        [("money", 3260000, "EUR", None), ("money", 1900, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Hubert S. (58) gab vor Gericht an, er habe „eineinhalb, maximal zwei Millionen Euro“ mit Termingeschäften verloren.",
        True,
        [("duration", 58, "year", None), ("money", 1500000, "EUR", None), ("money", 2000000, "EUR", "at_most")],
        None,
    ),
    (
        "de",
        "Den Geschädigten sprach das Gericht jeweils Beträge zwischen 4.000 und 210.000 Euro zu.",
        True,
        [("money", 4000, "EUR", None), ("money", 210000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich wollte niemanden betrügen, ich wollte es nur wieder hereinholen“, sagte der Angeklagte.",
        False,
        [],
        None,
    ),
    ("de", "Der Staatsanwalt sprach von einem „Schneeballsystem mit goldener Fassade“.", False, [], None),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    # --- The Chelsea Flower Show (PA), May 18 ---
    (
        "en",
        "LONDON (PA) - A show garden planted around a 200-year-old mulberry tree took the top award at Chelsea on Tuesday, the Royal Horticultural Society said.",
        True,
        [("duration", 200, "year", None)],
        "the Royal Horticultural Society",
    ),
    (
        "en",
        "The tree, which weighs about three and a half tonnes with its root ball, was craned in over the Embankment wall in one piece.",
        True,
        [("count", 3.5, None, "about")],
        None,
    ),
    (
        "en",
        "The plot measures 10 metres by 20 metres, or roughly 33ft by 66ft in old money.",
        True,
        [("count", 10, None, None), ("count", 20, None, None), ("count", 33, None, "about"), ("count", 66, None, None)],
        None,
    ),
    (
        "en",
        "Designer Rowena Achterberg-Lisle said she had planted more than 4,000 perennials, grown over two and a half years at a nursery in Suffolk.",
        True,
        [("count", 4000, None, "over"), ("duration", 2.5, "year", None)],
        "Rowena Achterberg-Lisle",
    ),
    (
        "en",
        "Tickets for Saturday's plant sell-off cost £27.50, or a tad under a tenner for children.",
        True,
        [("money", 27.5, "GBP", None), ("money", 10, "GBP", "under")],
        None,
    ),
    (
        "en",
        '"The tree was here long before any of us, and I just wanted to give it the stage it deserves," Achterberg-Lisle said.',
        False,
        [],
        None,
    ),
    ("en", "Judges praised the garden's restraint.", False, [], None),
    # --- A Eurojackpot win (dpa), May 18 ---
    (
        "de",
        "Münster (dpa) - Im Eurojackpot hat ein Tipper aus dem Münsterland gut neunzig Millionen Euro gewonnen, den zweithöchsten Gewinn, der je in Deutschland ausgezahlt wurde.",
        True,
        [("money", 90000000, "EUR", "over"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Chance auf den Höchstgewinn liegt bei eins zu rund 140 Millionen.",
        True,
        [("count", 1, None, None), ("count", 140000000, None, "about")],
        None,
    ),
    (
        "de",
        "Vor der Ziehung am Dienstag war der Topf vierzehnmal hintereinander nicht geleert worden.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Westlotto-Sprecherin Annegret Vollbrecht-Sanyal sagte, der Gewinner habe sich noch nicht gemeldet und habe dafür drei Jahre Zeit.",
        True,
        [("duration", 3, "year", None)],
        "Annegret Vollbrecht-Sanyal",
    ),
    ("de", "Ausgezahlt wird der Gewinn auf einen Schlag und steuerfrei.", True, [], None),
    (
        "de",
        "„Wer so viel gewinnt, sollte erst einmal eine Nacht darüber schlafen und niemandem etwas erzählen“, riet Vollbrecht-Sanyal.",
        False,
        [],
        None,
    ),
    ("de", "Glücksspielforscher hielten den Rummel um die Riesen-Jackpots für problematisch.", False, [], None),
    # --- Australian wages (Reuters), May 19 ---
    (
        "en",
        "SYDNEY, May 19 (Reuters) - Australian wages rose 0.8% in the first quarter, lifting annual growth to 3.3% (from 3.2%), the Australian Bureau of Statistics said.",
        True,
        [
            ("date", "--05-19", None, None),
            ("percent", 0.8, "%", None),
            ("ordinal", 1, None, None),
            ("percent", 3.3, "%", None),
            ("percent", 3.2, "%", None),
        ],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Private-sector pay grew 3.1% and public-sector pay 3.8%, the widest gap since 2012-13.",
        True,
        [
            ("percent", 3.1, "%", None),
            ("percent", 3.8, "%", None),
            ("year", 2012, None, None),
            ("year", 2013, None, None),
        ],
        None,
    ),
    (
        "en",
        "Roughly three in five jobs got a raise in the quarter, with the average rise a tad over 3%.",
        True,
        [("fraction", 0.6, None, "about"), ("percent", 3, "%", "over")],
        None,
    ),
    (
        "en",
        "That is a touch below the Reserve Bank of Australia's forecast of 3.4% for June.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        '"In real terms a typical full-time worker is about 25 bucks a week better off than a year ago," said Callum Yeates-Furlong, chief economist at Tarraway Securities.',
        True,
        [("money", 25, "AUD", "about")],
        "Callum Yeates-Furlong",
    ),
    ("en", '"Nobody is throwing a party over it," Yeates-Furlong said.', False, [], None),
    (
        "en",
        "Unions are seeking a 4.5% rise in the minimum wage, which now stands at A$25.80 an hour.",
        True,
        [("percent", 4.5, "%", None), ("money", 25.8, "AUD", None)],
        None,
    ),
    # --- Honey in Styria (APA), May 19 ---
    (
        "de",
        "Graz (APA) - Österreichs Imkerinnen und Imker haben im Vorjahr im Schnitt 21,3 Kilogramm Honig je Bienenvolk geerntet, knapp drei Kilo mehr als im Jahr davor.",
        True,
        [("count", 21.3, None, None), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der Bienenvölker stieg auf rund 456.000, betreut von gut 34.600 Imkerinnen und Imkern.",
        True,
        [("count", 456000, None, "about"), ("count", 34600, None, "over")],
        None,
    ),
    (
        "de",
        "Jeder fünfte Imker ist mittlerweile jünger als 40.",
        True,
        [("fraction", 0.2, None, None), ("duration", 40, "year", "under")],
        None,
    ),
    (
        "de",
        "Ein Kilo Blütenhonig kostet ab Hof zwischen 14 und 22 Euro, ein Achtelkilo-Glas Waldhonig um die 4 Euro.",
        True,
        [("money", 14, "EUR", None), ("money", 22, "EUR", None), ("money", 4, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Ich imkere seit neunzehnhundertachtundsiebzig, aber dreiviertel volle Waben schon im April hatte ich noch nie“, sagte Landesverbands-Obmann Ferdinand Kahr-Pammer.",
        True,
        [("year", 1978, None, None), ("fraction", 0.75, None, None)],
        "Ferdinand Kahr-Pammer",
    ),
    (
        "de",
        "„Die Biene ist kein Haustier, sie ist ein Gradmesser für die ganze Landschaft“, sagte Kahr-Pammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pro Kopf essen die Österreicher im Jahr rund 1,1 Kilo Honig, gut die Hälfte davon stammt aus dem Ausland.",
        True,
        [("count", 1.1, None, "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    # --- Hail in the Panhandle (AP), May 20 ---
    (
        "en",
        "AMARILLO, Texas (AP) — Hailstones up to 4 1/4 inches across smashed windshields and skylights in the Texas Panhandle late Wednesday, the National Weather Service said.",
        True,
        [("count", 4.25, None, "up_to")],
        None,
    ),
    (
        "en",
        "The largest stone, measured by a storm chaser near Canyon, weighed a little over 1 pound.",
        True,
        [("count", 1, None, "over")],
        None,
    ),
    (
        "en",
        "Winds gusted to 78 mph, and some places got 2 3/4 inches of rain in under 50 minutes.",
        True,
        [("count", 78, None, None), ("count", 2.75, None, None), ("duration", 50, "minute", "under")],
        None,
    ),
    (
        "en",
        "Insurers put early claims at anywhere from $300 million to $450 million.",
        True,
        [("money", 300000000, "USD", None), ("money", 450000000, "USD", None)],
        None,
    ),
    (
        "en",
        "About 38,000 customers lost power at the peak, and roughly a quarter were still without it Thursday morning, according to PowerOutage.us.",
        True,
        [("count", 38000, None, "about"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Sheriff's spokeswoman Deanna Colquitt-Haynes said deputies answered 214 calls in six hours.",
        True,
        [("count", 214, None, None), ("duration", 6, "hour", None)],
        "Deanna Colquitt-Haynes",
    ),
    (
        "en",
        '"It sounded like somebody was emptying a dump truck of rocks on the roof," said a resident of Canyon.',
        False,
        [],
        None,
    ),
    ("en", "Forecasters warned that more storms could roll through over the weekend.", False, [], None),
    # --- The Frankfurt stock market (dpa-AFX), May 20 ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Mit einem Plus von anderthalb Prozent auf 24.318 Punkte hat der Dax am Donnerstag geschlossen.",
        True,
        [("percent", 1.5, "%", None), ("count", 24318, None, None)],
        None,
    ),
    (
        "de",
        "Für den Nebenwerteindex MDax ging es um 1,1 Prozent auf 31.206 Zähler nach oben, der EuroStoxx 50 rückte rund ein Prozent vor.",
        True,
        [("percent", 1.1, "%", None), ("count", 31206, None, None), ("percent", 1, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Rendite zehnjähriger Bundesanleihen sank um sechs Basispunkte auf 2,41 Prozent.",
        True,
        [("duration", 10, "year", None), ("percent", 6, "bp", None), ("percent", 2.41, "%", None)],
        None,
    ),
    (
        "de",
        "An der Dax-Spitze gewannen die Papiere des Chipherstellers Infineon knapp 4,8 Prozent.",
        True,
        [("percent", 4.8, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Euro kostete zuletzt 1,1512 US-Dollar; den Referenzkurs der EZB hatte es am Mittwoch mit 1,1478 (Dienstag: 1,1451) Dollar gegeben.",
        True,
        [("money", 1.1512, "USD", None), ("money", 1.1478, "USD", None), ("money", 1.1451, "USD", None)],
        None,
    ),
    (
        "de",
        "Händler sprachen von einem „Befreiungsschlag nach einer Woche mit angezogener Handbremse“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Der Markt wartet nur auf einen Vorwand, um weiter zu steigen“, sagte Marktanalyst Tilman Brettschneider-Olk.",
        False,
        [],
        None,
    ),
    # --- Fast Friday at Indianapolis (AP), May 21 ---
    (
        "en",
        "INDIANAPOLIS (AP) — Rookie Mateo Villaruel-Banks turned a lap of 234.117 mph on Fast Friday, the quickest of the month so far, ahead of qualifying for the 111th Indianapolis 500.",
        True,
        [("count", 234.117, None, None), ("ordinal", 111, None, None)],
        None,
    ),
    (
        "en",
        "His four-lap average in a qualifying simulation was 233.6 mph, about 0.9 mph quicker than anyone else managed.",
        True,
        [("count", 4, None, None), ("count", 233.6, None, None), ("count", 0.9, None, "about")],
        None,
    ),
    (
        "en",
        "The 2.5-mile oval's 33-car field will be set over the weekend, with the fastest 12 advancing to a shootout on Sunday.",
        True,
        [("count", 2.5, None, None), ("count", 33, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Thirty-six cars are entered, so three will miss the race.",
        True,
        [("count", 36, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Last year's winner took home $4.3 million from a record purse of more than $20 million, according to IndyCar.",
        True,
        [("money", 4300000, "USD", None), ("money", 20000000, "USD", "over")],
        None,
    ),
    (
        "en",
        '"I\'ve been dreaming about this place since I was a little kid in a go-kart," Villaruel-Banks said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Team owner Reggie Castellanos-Pyle said the car had run about 500 miles of testing since March without a single engine change.",
        True,
        [("count", 500, None, "about")],
        "Reggie Castellanos-Pyle",
    ),
    ("en", "Temperatures are forecast to reach the low 90s on Sunday.", True, [], None),
    # --- The Grimsel Pass opens (Keystone-SDA), May 21 ---
    (
        "de",
        "Guttannen BE (Keystone-SDA) - Nach knapp sieben Wochen Räumungsarbeiten ist der Grimselpass am Freitag für den Verkehr freigegeben worden, gut eine Woche früher als im Vorjahr.",
        True,
        [("duration", 7, "week", "nearly"), ("duration", 1, "week", "over")],
        None,
    ),
    (
        "de",
        "Die Schneemauern auf der Passhöhe auf rund 2160 Metern über Meer waren zwischen sechs und achteinhalb Meter hoch.",
        True,
        [("count", 2160, None, "about"), ("count", 6, None, None), ("count", 8.5, None, None)],
        None,
    ),
    (
        "de",
        "Die grösste Schneefräse des Kantons schafft bis zu 2’400 Tonnen Schnee pro Stunde.",
        True,
        [("count", 2400, None, "up_to")],
        None,
    ),
    (
        "de",
        "Insgesamt räumten die Equipen rund 480’000 Kubikmeter Schnee, einen Viertel mehr als 2026.",
        True,
        [("count", 480000, None, "about"), ("fraction", 0.25, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Die Räumung kostete gemäss dem Tiefbauamt des Kantons Bern 1,38 Mio. Franken.",
        True,
        [("money", 1380000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Mitte April lagen auf der Passhöhe noch dreieinhalb Meter Schnee, und das ist selbst für die Grimsel viel», sagte Strassenmeister Ueli Stucki-Nydegger.",
        True,
        [("count", 3.5, None, None)],
        "Ueli Stucki-Nydegger",
    ),
    (
        "de",
        "«Wenn die Grimsel aufgeht, beginnt für uns im Haslital der Sommer», sagte der Gemeindepräsident von Guttannen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Furkapass und der Sustenpass sollen in zwei bis drei Wochen folgen.",
        True,
        [("duration", 2, "week", None), ("duration", 3, "week", None)],
        None,
    ),
]
