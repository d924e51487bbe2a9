"""Hundred-and-forty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Keepers, curators, owners, finders,
growers, winners, auctioneers, collectors, celebrities, pensioners, firefighters,
historians and their animals, firms and figures are made up (Dale and Marnie Hoskins and
their cat Biscuit, the elephant Farida, Seraina Pfister, Horst Zimmermann and the tortoise
Frieda, Giles Pemberton-Howe, Rodolphe Delorme-Vasseur and the panda Mei Xiao, Darnell
Pruitt, Reto Casutt and the cow Bella, Anke Vollrath, Theresia Aigner, Nigel Ashcombe,
Margaret and Ted Ollerenshaw, Haruka Ishii, Liam O'Callaghan, Ferdinand Steindl, Edna Mae
Whitfield, Emrys Pryce-Jones, Falk Gerstenberger, Dwayne Kettleson, Tamsin Gallaway, Anton
Kirchner, Martin Hölzl and the mare Lady, Amos and Willard Frye, Ruth Abernathy, the
Schlager singer Vanessa Kolbinger, the actor Brent Calloway and his film "Night Runner",
Käthi Zaugg, Pauline Marsden, Joost van der Meer; the village of Oberwaldbach, the town of
Pelham Falls, St Bede's primary school); royals and office-holders who would be real
people (the British King and Queen, "the monarch", an Upper Austrian Landeshauptmann, the
King's Swan Marker, whose invented name stands for no real holder) appear only by office,
and every celebrity is invented. Real bodies, events, customs and places ("Zoo Zürich",
"Österreichische Lotterien", "Trafik", "Wels", "Buckingham-Palast", "Holyrood-Palast",
"Prättigau", "Kantonspolizei Graubünden", "Guinness World Records", "Bund der
Steuerzahler", "Bad Hersfeld", "Statistik Austria", "Mühlviertel", "Freistadt", "Ersten
Weltkriegs", "Lüneburger Heide", "Uelzen", "Allgemeine Zeitung", "Dorotheum",
"Naschmarkt", "Deutsche Meisterschaft im Kürbiswiegen", "Ludwigsburg", "Erzgebirge",
"Schlosssee", "Bezirksfeuerwehrkommando Mödling", "Landesfeuerwehrverband", "Zibelemärit",
"Spitalgasse", "El Gordo", "Doña Manolita", "San Ildefonso", "Twin Falls", "Blue
Mountains", "Beauval Zoo", "Powerball", "Iowa Lottery", "Swan Upping", "River Thames",
"Marlow", "Bradford Council", "Bunol", "Extremadura", "Cork", "Guinness", "Harrogate Autumn
Flower Show", "Half Moon Bay", "Byron Bay", "New South Wales", "Julien's Auctions",
"Skegness", "Den Helder", "the PA news agency") stand for the way wire copy names them;
every weight, length, age, price, prize, jackpot, record, crowd, tally, date and quote here
is invented, and where a real figure came to mind (a palace's cups of tea, a festival's
tonnes of tomatoes, a lottery's prize per share, a weigh-off's record and prize per pound,
a market's tonnes of onions, the oldest message in a bottle) it was changed or left out.

Its weight: PANORAMA AND LIGHTER NEWS - zoo births and animal rescues, oddities and records,
lottery jackpots, royals and celebrities, auctions of odd items, local curiosities and
anniversaries of odd events - over one year (early April to late December) in story order,
each story told as wire copy runs it (a dateline lead, the figures, attributed claims and
the other side where there is one, quotes, follow-ups and a closing line of colour), the
German and English stories interleaved by date. Half German (Keystone-SDA, APA, dpa, AFP
German; Swiss "14'000", "gut 2'000 Franken", "Fuss", "weiss", «» quotes; Austrian "Trafik",
"Stamperl", "Landeshauptmann", "Käsekrainer", "im Vorjahr", "heuer"; German „“ quotes): an
elephant bull born in the Zoo Zürich, a "Fünffachjackpot" cracked in Austria, a runaway
tortoise found after three weeks, the first garden party at Buckingham Palace in cups,
sandwiches and cake, a cow flown off an alp, a world-record breakfast table in Bad
Hersfeld with the taxpayers' association's complaint and the town's reply, Austria's
oldest woman at 112, a wedding ring found on a potato after 42 years, a Viennese sausage
stand sold at the Dorotheum, the German pumpkin-weighing championship, fifty years since
frogs fell on a Lower Franconian village, a mare lifted out of a swimming pool, a Schlager
singer's 1,000th concert, Bern's onion market and Spain's Christmas lottery with its queue.
Half English (AP, PA, AFP, Reuters): a cat found 1,100 miles from home, a slice of royal
wedding cake at auction, panda twins at Beauval, an Iowa Powerball jackpot, the census of
the King's swans, Britain's oldest lollipop lady, a Tokyo queue for a plush otter, La
Tomatina, a 104-year-old tandem skydiver, a record onion at Harrogate, the Half Moon Bay
weigh-off, a humpback cut free off New South Wales, a Vermont town's centenary of a
balloon on its steeple, a film jacket sold in Los Angeles and a message in a bottle after
38 years. Figures as such copy has them: weights, lengths, heights and temperatures as
counts ("112 Kilogramm", "Der 2,8 Tonnen schwere Stand", "1.096,5 Kilogramm", "eine 1.412
Meter lange Frühstückstafel", "weighing 2,388 pounds", "148 grams", "13,500 feet", "a
40-foot ladder", "about 1.4 kilometres", "within half a pound"), ages of people and
animals ("Die 27-jährige Mutter", "das 56 Jahre alte Tier", "The 9-year-old cat", "at the
age of 88", "103 years and 97 days old", "114 Jahre und zwei Monate"), birthdays,
editions and firsts as ordinals ("ihren 112. Geburtstag", "ihr 1.000. Konzert", "her 90th
birthday", "the second set of twins", "der Zweitplatzierte"), jackpots, prizes, hammer
prices, estimates and their multiples in euros, dollars, pounds, francs and yen ("fast das
Fünffache des unteren Schätzwerts", "more than nine times its low estimate", "$8 a
pound"), lottery tiers and matched numbers, crowds and queues ("bis zu sieben Stunden",
"for up to 31 hours", "rund 600 Meter lang"), number words and compounds ("zweimal",
"zwölfminütigen", "zweieinhalb Stunden", "fast doppelt so viele", "Fünffachjackpot",
"looped twice"), shares in words ("Knapp die Hälfte", "jeder vierte davon", "jeder dritte
davon", "knapp ein Fünftel davon", "about seven in ten", "two-thirds of them"), hedges,
spans, years, full dates ("12.5.1979", "am 3. Juli 1914", "June 14, 1988") and Reuters
datelines. Negatives as such copy has them: quotes of delight and relief from keepers,
owners, finders, growers and winners, jokes and anecdotes (seven with a figure labelled),
a recipe for a long life, a slogan on a sign, a label of conservationists, dealers' talk of
a surge of interest, advice and appeals of lottery firms and welfare groups, a hope, local
lore, open questions and a mystery (one with its figure, one with its year), experts at
odds, vox pops with their ages labelled and scene colour (families with prams, a brass
band in drizzle, confetti at dawn, fans in glitter jackets, applause in a saleroom).

240 rows (120 German, 120 English), 58 negatives (29 German, 29 English), 182 check-worthy
rows of which 17 carry no figure (10 German, 7 English), 312 expected quantities (130
counts, 78 durations - 40 in years, 14 in hours, 9 in days, 6 in months, 5 in minutes, 3 in
weeks, 1 in seconds -, 45 amounts of money - 20 EUR, 12 USD, 7 GBP, 4 CHF, 2 JPY -, 19
years, 18 ordinals, 9 fractions, 8 dates, 5 percentages, all in %; 19 of them in sixteen
negatives, as the seventeenth batch labels a figure in a negative), 37 checked speakers (17
German, 20 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives ("Eine
  Spaziergängerin habe das 56 Jahre alte Tier ... entdeckt, teilte die Polizei mit." -> "die
  Polizei", hundred-twenty-first: "Die Täter hätten ..., teilte die Polizei mit."; "Für ihre
  Tournee mit 46 Terminen seien bislang mehr als 410.000 Karten verkauft worden, sagte
  Kolbinger." -> "Kolbinger"; "Gerstenberger sagte, er habe den Kürbis ... mit bis zu 600
  Litern Wasser gegossen." -> "Gerstenberger", hundred-fortieth: "Vandamme sagte, ..."), and
  with the speaker unchecked where the verb is no verb of saying ("Der Bund der Steuerzahler
  kritisierte, die Stadt habe ... zusätzlich 85.000 Euro ... ausgegeben." and the town's
  reply "Eine Sprecherin der Stadt wies die Zahl zurück: Die Kosten hätten bei 61.000 Euro
  gelegen, ..." - the other side's figure, hundred-eighteenth and hundred-twenty-first;
  "wies ... zurück" no verb of saying, hundred-fortieth). An explanation in "soll ...
  haben" is a claim ("Meteorologen erklären das Phänomen mit einer Windhose, die die Frösche
  ... rund zwölf Kilometer weit getragen haben soll."; hundred-sixteenth and
  hundred-forty-first: "soll ... angenommen haben").
- Check-worthy without a figure (forty-first, sixty-fifth, hundred-fourteenth,
  hundred-twenty-first, hundred-twenty-fourth: "She said visitors would be able to see the
  calf from early December."): a birth, a rescue and a find as events ("Im Zoo Zürich ist
  ... ein Elefantenbulle zur Welt gekommen", "Ein Helikopter hat ... eine verletzte Kuh ...
  ins Tal geflogen.", "Wanderer hatten die Kuh am Samstag entdeckt ...", "Die Feuerwehr hat
  ... ein Pferd aus einem privaten Swimmingpool befreit, ...", "A shelter worker scanned the
  cat's microchip on Monday and found it was registered to ..."), a vote on a calf's name
  scheduled ("im Mai online abstimmen"; sixty-fifth: a scheduled step), plans of record
  ("Der Käufer ... plant, den Stand restaurieren zu lassen ...", "Nach dem Wiegen wird der
  Siegerkürbis ausgehöhlt und ... als Boot eingesetzt.", "The department store said it
  would hold a lottery for the next batch ...", "The actor said part of the proceeds would
  go to a film preservation charity.", "The state government said it was reviewing the use
  of shark nets and would report by March."; ninety-eighth and hundred-thirty-first: a step
  announced), a vet's finding ("Ein Tierarzt stellte lediglich leichte Schürfwunden fest."),
  a governor's congratulation in person, the winning numbers sung by the pupils of San
  Ildefonso, firefighters hosing down Bunol's streets ("within an hour" none), Guinness'
  listing of the oldest message in a bottle ("more than a century" none - an article is no
  figure, fifty-ninth: "more than a decade") and a custom of record ("By tradition, the
  monarch owns all unmarked mute swans on open water in England and Wales." - a right of the
  Crown a desk can look up). New: local lore told as lore is a negative - "Local lore has it
  that the festival grew out of a scuffle between young men at a parade." flags itself as
  hearsay and names nothing a desk could confirm, unlike the custom of record above and the
  dated account "according to a newspaper account from the time" (a document, check-worthy
  with its 40-foot ladder).
- Records and superlatives (twenty-third, twenty-ninth, forty-first, hundred-thirty-eighth):
  a measurable record with its point of reference is check-worthy ("Es ist der höchste
  Lottogewinn in Österreich seit 2019 und der drittgrößte in der Geschichte des Spiels." the
  year and ordinal 3 - the issue: "die drittgrößte Stadt" -, "It was the sixth-largest
  jackpot in the game's history" ordinal 6, "the most in a decade" none, "Der deutsche
  Rekord liegt bei 1.112 Kilogramm ...", "the weigh-off's record of 2,510 pounds", "the
  previous best of 8.84 kilograms", "Der bisherige Rekord hatte bei 1.209 Metern gelegen
  ..."); "Weltrekord", "a new record", "die älteste Frau Österreichs", "Der älteste Mensch
  Österreichs", "Britain's oldest", "the oldest person", "The heaviest cygnet", "the
  heaviest onion" carry none (forty-first: "the oldest performer", hundred-twenty-first).
  The verdict "die längste und wahrscheinlich auch die fröhlichste Tafel der Welt" in the
  mayor's quote is a negative (an evaluation, ninety-eighth).
- Weights, lengths, heights, distances and temperatures are counts, their unit unchecked
  (fourth batch; hundred-fifth, hundred-tenth, hundred-twelfth, hundred-twenty-fourth:
  "weighing 286 pounds" 286): "112 Kilogramm", "Die rund 650 Kilogramm schwere Kuh" 650
  "about" (the hedge before the weight bounds it, hundred-fortieth: "An der rund 350
  Kilometer langen Grenze"), "Der 2,8 Tonnen schwere Stand" 2.8, "1.096,5 Kilogramm"
  1096.5 (German grouping and decimal comma, the issue), "84 Kilogramm mehr" 84 ("mehr"
  after the figure compares, hundred-first), "mit mehr als 500 Kilogramm" "over", "640
  Kilogramm Käse und 210 Kilogramm Marmelade", "rund 41 Tonnen Zwiebeln", "mit bis zu 600
  Litern Wasser" "up_to" ("täglich" none), "eine 1.412 Meter lange Frühstückstafel",
  "rund 800 Meter", "bis zu 500 Meter am Tag" "up_to" ("am Tag" none), "rund zwölf
  Kilometer weit" "about", "1,8 Meter lang", "rund 600 Meter lang" "about", "nur acht Grad"
  8 ("nur" no hedge), "weighed just 6 pounds" 6 ("just" no hedge), "148 grams and 121
  grams", "4.2 kilograms", "9.2 kilograms", "5.9 metres", "1.07 metres", "weighing 2,388
  pounds", "122 pounds short of the weigh-off's record of 2,510 pounds" two counts, "about
  21 feet around" "about", "13,500 feet", "a 40-foot ladder" 40 (the figure in a hyphenated
  compound, sixty-sixth and hundred-seventeenth: "a 40-foot container"), "about 1.4
  kilometres", "about 200 metres of rope", "estimated at about 9 metres long" "about", "an
  estimated 250 miles" "about" (forty-sixth: "an estimated"), "more than 1,100 miles"
  "over", "72 miles", "about 135 tonnes" "about". "$8 a pound" is 8 USD and no GBP - after
  a dollar price "a pound" names the weight priced (eightieth and hundred-fifteenth: "$4.30
  a pound", "$3.64 a pound"). "within half a pound" is count 0.5 - half of a unit read in
  that unit, as "ein halbes Jahr" is 0.5 years (eleventh) and "half a billion" 500,000,000
  (seventeenth); "within" no hedge (forty-first). "thousands of miles", "Hunderte kleine
  Frösche" and "Thousands of people" carry none (seventeenth: vague magnitudes), and so do
  "a small canoe", "a Kleinwagen" and other likenesses.
- Ages of people, animals and things are durations in years (every batch; sixtieth and
  sixty-sixth: "Ein drei Jahre alter Elektro-Kompaktwagen"): "Für die 27-jährige Mutter
  Farida", "das 56 Jahre alte Tier", "Die 19 Jahre alte Stute", "The 9-year-old cat",
  "nine-year-old Mei Xiao", "at about two months old" 2 months "about" (hundred-thirteenth:
  "ein drei Wochen alter Säugling" 3 weeks), "by the age of four" 4 years, "Die heute
  78-jährige Besitzerin" 78 ("heute" no hedge, hundred-second), "Noch mit 104 Jahren",
  "turned 104", "A 104-year-old great-grandmother", "at the age of 88", "after her death at
  91" (sixty-third: "at 41"), "als 23-Jährige", "Die 44-Jährige", "a 10-year-old boy", "a
  48-year-old engineer", "Marnie Hoskins, 58,", "Emrys Pryce-Jones, 67,", "Calloway, 71,",
  "Pauline Marsden, 66,"; "114 Jahre und zwei Monate alt" and "103 years and 97 days old"
  each two durations in their units (hundred-thirty-second: "mit 31 Jahren und vier
  Monaten"); in negatives the vox pops' and quoted speakers' ages are labelled ("Marnie
  Hoskins, 58,", "Darnell Pruitt, 63.", "Haruka Ishii, 29,", "Ted, 90,", "Liam O'Callaghan,
  24,", "eine 74-jährige Krankenschwester", "der 81-jährige Anton Kirchner";
  hundred-fourteenth and hundred-twenty-fourth). "great-grandmother", "Urenkel",
  "Ururenkel" and "Jubilarin" carry none.
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): birthdays and
  performances ("ihren 112. Geburtstag" 112 and "her 90th birthday" 90 - sixty-third: "ihren
  90. Geburtstag" -, "ihr 1.000. Konzert" 1000 - hundred-twenty-first: "its 5,000th
  Broadway performance" -), "zum ersten Mal", "Am ersten Wochenende", "zur ersten
  Gartenparty des Jahres", "ihren ersten Plattenvertrag", "her first jump" 1, "das dritte
  Kalb" 3, "the second set of twins born at the park" 2 ("twins" none - a word for a
  multiple birth is no number word, hundred-thirty-second: "Zwillinge"), "Der zweite Preis"
  2, "der Zweitplatzierte" 2 (the issue: "die drittgrößte Stadt"; forty-sixth:
  "zweithöchste"), "im ersten Rang" 1 (a prize tier, forty-sixth: "In der ersten
  Gewinnklasse"), "des Ersten Weltkriegs" 1 (an ordinal word in a name stays an ordinal,
  sixty-fifth and hundred-forty-first: "der Ersten Kammer"), and "die ersten Konfetti" 1 in
  a negative, labelled (hundred-twenty-fourth: "die ersten Züge").
- Lotteries (forty-sixth): drawn numbers carry none ("fiel auf die Nummer 48.215");
  matched numbers are counts ("alle sechs Richtigen" and "matched all six numbers" 6,
  forty-sixth: "all six main numbers"; "als Einziger" none); "14 Fünfer mit Zusatzzahl" is
  count 14 and "Fünfer", the name of a prize tier, none (forty-sixth: "Den Sechser"); "an
  estimated $842 million jackpot" "about" (forty-sixth: "an estimated $1.2 billion"); "an
  annuity paid over 30 years" 30 years with no hedge ("over" before a span,
  hundred-sixteenth); "has 180 days to claim the prize". New: "den Fünffachjackpot" is
  count 5 - the number word heading the compound is read as "der dreifache Familienvater"
  3 (sixty-third) and "einen Zehn-Punkte-Plan" 10 (hundred-sixteenth), the jackpot having
  rolled over five times. New: "The jackpot had rolled over 37 times" is count 37 with no
  hedge - "over" is the particle of the verb "roll over", not a bound on the figure, as
  "over" before a span or an article is no hedge (hundred-sixteenth, sixty-third: "Over a
  37-year career"); the count is the number of times, as "100 Mal" (the issue).
- Auctions (fifteenth, forty-fifth, hundred-twenty-first): hammer prices and totals are
  money with no hedge ("für 38.000 Euro versteigert", "for £2,300", "$1.27 million", "a
  total of $4.6 million across 287 lots" - "a total of" no hedge as "insgesamt"); estimate
  ranges give two amounts in the currency written ("auf 8.000 bis 10.000 Euro geschätzt",
  "at £250 to £300", "between $150,000 and $200,000" - "between" no hedge, forty-first);
  multiples of an estimate are counts with their hedge ("fast das Fünffache des unteren
  Schätzwerts" 5 "nearly", "more than nine times its low estimate" 9 "over";
  hundred-twenty-first: "fast das Vierfache des unteren Schätzwerts"); the premium is a
  percentage and the total with it money ("The buyer's premium of 28% brings the total paid
  to about £2,940."); bidding is a duration and bidders counts ("Nach einem zwölfminütigen
  Bietgefecht zwischen vier Interessenten" 12 minutes and 4, "after about nine minutes of
  bidding" "about", "saw off six rivals" 6, "Bidding lasted 14 minutes, with five bidders on
  the phone and two online" 14 minutes, 5 and 2 - the noun left out after the second,
  seventy-first); "aus den 1950er-Jahren" and "in 1920s costume" carry none (decades,
  thirty-ninth and sixty-third); "a pair of sunglasses" none.
- Multiples, tallies and counts otherwise: "fast doppelt so viele" 2 "nearly"
  (hundred-eleventh), "bereits zweimal" 2 (the issue's "viermal"; "bereits" no hedge),
  "looped twice around the block" 2, "slapped her tail twice" 2 (in an anecdote, labelled,
  as "hung up twice", hundred-twenty-first), "over two weekends" count 2 - a weekend is no
  unit of the issue's list (seventy-eighth: "An den letzten drei Wochenenden" 3;
  hundred-twenty-first: "an elf Abenden" 11) -, "The two plan to meet" 2 (hundred-fortieth:
  "the two men"), "carrying two stunt pilots", "neun Asiatische Elefanten ..., zwei davon
  Bullen" 9 and 2 ("davon" no hedge), "84 Kühe und 31 Rinder aus fünf Betrieben", "vier
  Kinder, elf Enkel, 19 Urenkel und zwei Ururenkel" four counts (sixty-third: "zwei Töchter,
  fünf Enkel und drei Urenkel"), "31 Lieder, darunter zwei Zugaben" ("darunter" no hedge),
  "mit 40 selbst gemalten Plakaten" 40 (a count after "mit", not an age - no "Jahren"
  follows), "Die 22 Einsatzkräfte", "A team of 11 in two inflatable boats", "all 312
  children" ("all" no hedge, hundred-twenty-first: "All 210,000"), "in 43 scenes", "Some 300
  police officers and 40 medics ..., and 29 people" the hedge on the first only
  (seventy-eighth), "About 60 relatives and friends, including her 11 great-grandchildren",
  "more than 3 million followers", "more than 400,000 crossings", "rund 4.300
  Tierrettungen", "An den 2.350 aneinandergereihten Biertischen ... knapp 9.400 Menschen",
  "18.000 Brötchen", "an drei Kinderhospize", "von 296 Bierdeckeln", "sold 600
  commemorative mugs", "14 complaints", "23 entanglements", "41 Kürbisse aus neun Ländern",
  "An den 612 Ständen ... bis zu 60'000 Menschen" (Swiss apostrophe, tenth), "1'800
  Zwiebelzöpfe", "three generations" 3 (in a joke, labelled; hundred-fifteenth: "three
  generations"), "three kids" 3 (in a joke, labelled). New: "has worked under 14 head
  teachers" is count 14 with no hedge - "under" is governed by the verb ("worked under" a
  superior), not a bound on the figure, as "über" governed by a noun or a verb before an
  article is no hedge (hundred-sixteenth, hundred-forty-first).
- Money in the currency written (every batch): EUR ("rund 9,4 Millionen Euro" "about",
  "um 12,40 Euro" - "um" the price, no hedge -, "jeweils knapp 31.000 Euro" "nearly" -
  "jeweils" no hedge, hundred-twelfth: "um jeweils 24 Stunden" -, "insgesamt 2,59 Milliarden Euro",
  "380.000 Euro für jeden Anteilschein", "118.000 Euro je Anteilschein" - "je Anteilschein"
  none -, "61 Euro", "1.500 Euro Preisgeld, der Zweitplatzierte 800 Euro", "der Eintritt
  kostet 3 Euro", "rund 47.000 Euro", "Tickets cost 17 euros"), CHF ("gut 2'000 Franken"
  "over", "zwischen 12 und 25 Franken" both with no hedge, "rund 90'000 Franken" "about"),
  USD ("a $50,000 bonus", "about $391 million", "$19,104", "$84,000", "$48,000",
  "$31,250"), GBP ("£11 a week", "£11.80 an hour" - "a week", "an hour" none, as "a year",
  hundred-thirty-eighth -, "£150") and JPY ("priced at 4,800 yen each" - "each" no hedge -,
  "for as much as 60,000 yen" "up_to", the hedge of "as much as" as in "by as much as $5.5
  billion", hundred-sixth).
- Fractions (the issue; hundred-fourteenth to hundred-forty-first): "Knapp die Hälfte der
  Eingeladenen" 0.5 "nearly", "about half its normal weight" 0.5 "about", "jeder vierte
  davon" 0.25, "jeder dritte davon" 0.3333 ("davon" no hedge), "gut ein Drittel mehr als im
  Vorjahr" 0.3333 "over" ("mehr als" after the share compares), "knapp ein Fünftel davon"
  0.2 "nearly", "roughly a quarter of the town" 0.25 "about", "two-thirds of them" 0.6667
  (hundred-fourteenth: "two-fifths"), "about seven in ten went to foreign visitors" 0.7
  "about" (hundred-fourteenth: "about one in ten" 0.1). "half-buried" carries none - New:
  "half" inside an adjective compound says how deep the bottle lay, no share of a whole,
  as "minutenlangem" carries no duration (hundred-twenty-first).
- Durations (the issue: "fünfstündigen", "zehn Minuten"): "nach knapp 40 Minuten"
  "nearly", "gut 21 Monate" "over" (hundred-twenty-fourth: "a pregnancy of nearly 22
  months"), "Nach mehr als drei Wochen" "over", "gut drei Wochen vor Beginn" "over", "knapp
  zwei Stunden lang" "nearly", "knapp sieben Minuten" "nearly", "rund 100 Tage" "about",
  "gut zwei Stunden lang" "over", "drei Tage lang", "43 Jahre lang", "mehr als 60 Jahre
  lang" "over", "vor 42 Jahren" and "Vor 50 Jahren" (hundred-first: "vor 37 Tagen"), "seit
  38 Jahren", "knapp zweieinhalb Stunden" 2.5 hours "nearly" (thirty-ninth:
  "zweieinhalbstündiger"), "knapp drei Stunden", "bis zu sieben Stunden" "up_to", "almost
  14 months" "nearly", "drove 16 hours", "after a three-day breeding window" 3 days (the
  issue: "a two-week visit"), "bottle-fed every two hours" 2 hours (hundred-twenty-ninth:
  "every three weeks"), "in about three months" "about", "for up to 31 hours" "up_to", "in
  under three hours" 3 hours "under" (hundred-twenty-first: "for under £25"), "over six
  days" 6 days ("over" before a span no hedge), "for 11 months", "nearly four hours",
  "about 2,000 hours" "about", "for at least three days" "at_least", "for nearly five
  hours", "for nearly six hours", "for about 50 seconds", "two weeks earlier" and "38 years
  later" ("earlier" and "later" after the figure compare, hundred-thirty-second), "more
  than four decades ago" 40 years "over" (sixty-third: "more than four decades"), "for 45
  years", "after 52 years", "marked 100 years" 100 years. New: "lasted exactly one hour" is
  1 hour with no qualifier - "exactly" stresses the value and bounds nothing, so it is none
  of the issue's hedges ("one" before a unit is 1, hundred-twenty-ninth and
  hundred-thirty-second: "one month"). None: "within an hour", "in under an hour", "a
  century ago", "for a year", "for decades", "Stunden vor dem Einlass", "keine Sekunde",
  "in der Nacht auf Dienstag", "am Wochenende", "im Vorjahr", "im Jahr davor", "heuer",
  "jedes Jahr", "each year", "last year", "this year", "last season", "next summer", "in
  the final week".
- Years and dates: "im Herbst 2022", "seit 2019", "im Sommer 2009", "2018", "2021", "1984",
  "bis 2019", "2005", "1976" (in a negative, labelled), "until 2031", "in 2023", "in 2019",
  "in 1974", "in 2016", "in 2021", "in 1998", "the 1986 action film", "1987" and "1986" in
  jokes, labelled; German numeric dates are full dates read day, month, year ("Für immer,
  12.5.1979" 1979-05-12; fifty-ninth: "Am 18.5.2024"), "am 3. Juli 1914" 1914-07-03 and
  "des 4. August 1976" 1976-08-04 (sixty-third: "am 14. Februar 1931"), "dated June 14,
  1988" 1988-06-14 (forty-fifth: "on Jan. 28, 1813"), "Bis zum 30. November" --11-30
  (hundred-twenty-first: "Bis 31. August"; "Bis zum" before a date no hedge); Reuters
  datelines with a day ("TOKYO, July 19", "SYDNEY, Oct 22", "LOS ANGELES, Nov 20") dates
  without a year; Keystone-SDA ("Zürich (Keystone-SDA) -", "Chur (Keystone-SDA) -", "Bern
  (Keystone-SDA) -"), APA ("Wien (APA) -", "Linz (APA) -", "St. Pölten (APA) -"), dpa
  ("Gießen (dpa) -", "London (dpa) -", "Bad Hersfeld (dpa) -", "Uelzen (dpa) -",
  "Ludwigsburg (dpa) -", "Würzburg (dpa) -", "Hamburg (dpa) -"), AFP ("Madrid (AFP) -",
  "SAINT-AIGNAN, France (AFP) -", "BUNOL, Spain (AFP) -"), AP ("PORTLAND, Ore. (AP) —",
  "DES MOINES, Iowa (AP) —", "ASHEBORO, N.C. (AP) —", "HALF MOON BAY, Calif. (AP) —",
  "PELHAM FALLS, Vt. (AP) —") and PA ("SALISBURY (PA) -", "HENLEY-ON-THAMES (PA) -",
  "BRADFORD (PA) -", "HARROGATE (PA) -", "SKEGNESS (PA) -") datelines none
  (seventy-ninth). Weekdays, months and seasons ("am Sonntag", "im Mai", "im Juni", "in
  March", "since April", "in June", "by March"), clock times ("gegen 16 Uhr", "kurz nach 5
  Uhr"; forty-sixth) and "a century ago" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly",
  "Some", "an estimated", "estimated at about" "about"; "knapp", "Knapp", "fast", "almost",
  "nearly" "nearly"; "mehr als", "gut", "more than", "More than" "over"; "under" (before a
  span) "under"; "bis zu", "up to", "as much as" "up_to"; "at least" "at_least". No hedge:
  "jeweils", "each", "je", "nur", "just", "lediglich", "bereits", "insgesamt", "a total
  of", "Im Schnitt", "zusätzlich", "heute", "davon", "darunter", "including", "all", "alle",
  "zwischen", "between", "within", "exactly", "um" before a price, "over" before a span and
  as a verb's particle, "under" governed by a verb, "Bis zum" before a date, "mehr",
  "more", "mehr als", "earlier" and "later" after a figure.
- Speakers, checked only in forms the earlier batches settled: "wie der Zoo mitteilte" ->
  "der Zoo" and "wie das Dorotheum mitteilte" -> "das Dorotheum" (forty-fifth and
  hundred-twenty-first: "wie das Auktionshaus mitteilte"), "wie die Österreichischen
  Lotterien mitteilten" -> "die Österreichischen Lotterien" (forty-sixth: "teilten die
  Österreichischen Lotterien mit"; the capitalised adjective in the nominative,
  hundred-fifteenth), "teilte die Polizei mit" and "wie die Polizei mitteilte" -> "die
  Polizei" (hundred-twenty-first), "wie die Kantonspolizei Graubünden mitteilte" and
  "teilte das Bezirksfeuerwehrkommando Mödling mit" with the place that is part of the name
  (hundred-eighteenth and hundred-twenty-first: "die Polizeidirektion Leipzig", "wie die
  Staatsanwaltschaft Magdeburg mitteilte"), "nach Angaben des Palasts" (twice) -> "der
  Palast", "nach Angaben des Landesfeuerwehrverbands" -> "der Landesfeuerwehrverband" and
  "nach Angaben des Lotterieveranstalters" -> "der Lotterieveranstalter" (the source in the
  nominative, hundred-twenty-first: "nach Angaben des Auktionshauses";
  hundred-forty-first: "nach Angaben des Wetterdienstes"), "nach Angaben der Stadt" -> "die
  Stadt" (hundred-sixteenth), "nach Angaben der Konditorei", "nach Angaben der
  Stadtpolizei" and "nach Angaben der Statistik Austria" -> the source with its article
  (seventieth; hundred-thirty-second and hundred-fortieth: "die Statistik Austria"),
  "Gerstenberger sagte, ..." and "..., sagte Kolbinger." the surname as written
  (hundred-fortieth). English: "the zoo said on Monday" -> "the zoo" and "the shelter said"
  -> "the shelter" (the weekday dropped, hundred-twenty-fourth: "the zoo said Wednesday"),
  "the auction house said" (twice; forty-fifth and hundred-twenty-first), "The department
  store said ..." -> "the department store" (the article lowered, hundred-fourteenth), "the
  council said" and "according to the council" -> "the council" (hundred-twenty-first;
  hundred-twenty-fourth: "according to the World Wildlife Fund"), "the Iowa Lottery said"
  with the article (hundred-third: "the Election Commission said"), "police said" (twice)
  -> "police" (seventeenth and forty-second), "organisers said" -> "organisers"
  (forty-fifth and hundred-twenty-first), "Bradford Council said", "Guinness World Records
  said", "Guinness said" and "Julien's Auctions said on Thursday" as written (a name
  without an article, eighty-fifth; hundred-twenty-first: "Sotheby's said", "Tate said"),
  "Zoo director Rodolphe Delorme-Vasseur said" with the title dropped (hundred-fortieth),
  "the King's Swan Marker, Nigel Ashcombe, said" the name in apposition (hundred-first:
  "Ukraine's chief negotiator, Serhiy Ostroverkh, said"), "Ashcombe said ..." and "...,
  Marnie Hoskins said." as written, "Emrys Pryce-Jones, 67, said" with the age dropped as
  the party-and-state label (hundred-forty-first: "Sen. Garrett Voss, R-Okla., said").
  Left unchecked (None): "Nach Angaben ihres Managements" (sixty-third: "nach Angaben seines
  Managements" unsettled), "nach Schätzung der Polizei" (an estimate, ninety-third: "nach
  Kobsars Schätzung"), "den Angaben zufolge" (no source), "nach Angaben von Fachleuten" and
  "Meteorologen erklären" (plural groups, forty-first), "wie eine Sprecherin sagte" (a role
  without a name, hundred-fifteenth), "wie sie sagte" (a pronoun), "kritisierte", "wies ...
  zurück" and "erwarten die Lotterien" (no verbs of saying); "lottery officials said"
  (forty-sixth), "staff said", "authorities said" and "experts said" (plural groups), "The
  actor said", "The grower said" (roles without a name, hundred-fifteenth), "Margaret
  Ollerenshaw estimates" (an estimating verb, hundred-tenth), "according to state
  government estimates" (estimates), "The state government said" (a modifier heading the
  common noun, hundred-twenty-first: "the Swiss government said"), "according to a
  newspaper account from the time" (a document), "organisers said was accurate" (inside a
  relative clause, not the row's attribution), "Calloway, 71, who wore the jacket in 43
  scenes, said" (a subject parted from its verb by a relative clause, hundred-sixteenth and
  hundred-twenty-first), "Guinness World Records lists" and "The zoo expects" (no verbs of
  saying), rows without attribution and all negatives, also those with a named speaker.
- Negatives (ninety-eighth, hundred-fourteenth to hundred-forty-first): quotes of delight,
  relief and whimsy from keepers, owners, finders, growers, curators, a mayor and an
  auctioneer, also with a named speaker («Wir sind alle einfach nur überglücklich», „Sie
  ist offenbar abenteuerlustiger, als wir dachten“, «Sie hat das alles erstaunlich gelassen
  genommen, ...», „Da hängt halt ein Stück Wiener Seele dran“, „Der ist so schwer wie ein
  Kleinwagen, aber deutlich hübscher“, „Sie hat danach seelenruhig im Garten weitergegrast,
  ...“, ""They are tiny, fragile and absolutely perfect,"", ""It's been a bumper year,
  ..."", ""We had honestly given up, ..."" with its age labelled); jokes and anecdotes, the
  figures in them labelled (hundred-twenty-first: a quoted anecdote; hundred-twenty-seventh:
  jokes): ""It is entirely inedible, I must stress,"", ""I'm buying everybody coffee for a
  year,"", ""I've seen three generations ...,"", ""She's the heaviest thing I've ever
  grown, and I've grown three kids,"", ""When the last line came off, she slapped her tail
  twice ...,"", ""It's the most exciting thing ..., and that includes the maple syrup
  shortage of 1987,"", ""It smells a bit like 1986, ...,"", ""Age is just a number, ...,"",
  ""You can't eat it, mind, ...,"", ""I was mostly hoping a pirate would write back,"",
  „Ohne euch wäre ich heute Friseurin in Passau“, „Ich habe zuerst gedacht, der Automat ist
  kaputt“ and „Meine Mutter hat drei Tage lang Frösche aus der Regentonne gefischt“ (3 days
  and the teller's 81 years labelled); a recipe for a long life in quotes (a creed,
  hundred-twenty-fourth); a slogan on a sign («Ohne Zibele keine Berner Seele»; hundredth);
  a label of conservationists (""full of our rubbish.""; hundred-sixteenth); dealers' talk
  of "a surge of interest" (a trend without a measure, hundred-thirty-eighth: "never been
  stronger"); advice and appeals of lottery firms and welfare groups ("Die Lotterien raten
  Großgewinnern, ...", "Lottery officials urged whoever bought the ticket ...", "Animal
  welfare groups urge owners ..."; forty-sixth: advice and appeals); a hope with its age
  labelled ("Her husband, Ted, 90, said he hoped ..."; thirtieth) and a wish ("she had her
  eye on a hot-air balloon"); the local lore above; open questions and a mystery ("How the
  cat crossed the Blue Mountains and at least two rivers remains a mystery." with its count
  2 "at_least" labelled, "Whether the buyer plans to display the slice ...", "Ob Frieda den
  Sommer ...", "Ob Bella je wieder einen Fuss auf die Alp setzen mag, weiss niemand.", "Ob
  die Grazer der Wiener Burenwurst ebenso verfallen, wird sich erst zeigen.", "Ob es sich
  1976 tatsächlich um Frösche aus dem Dorfweiher handelte, ..." with its year labelled,
  "Whether the Frye brothers ever flew together again is not recorded."; hundred-fourteenth
  and hundred-twenty-first); experts at odds without a finding ("... darüber waren sich die
  Fachleute uneins."); vox pops with their figures labelled (a 74-year-old nurse, Haruka
  Ishii with her two days off, her age and her two otters, Liam O'Callaghan, a pensioner
  buying the same number "seit 40 Jahren"; hundred-fourteenth and hundred-twenty-fourth);
  and scene colour (families with prams, a brass band in drizzle "gegen 16 Uhr", a birthday
  girl with Sachertorte, schoolchildren in paper crowns, villagers at the Stammtisch,
  visitors with stuffed toys, selfies beside a marrow, confetti at dawn with "die ersten
  Konfetti" labelled, fans in glitter jackets, winners spraying sparkling wine, applause in
  a saleroom; hundred-twenty-first and hundred-thirty-ninth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string."""

# ruff: noqa: E501
BLIND_SET_144 = [
    # --- Cat turns up 1,100 miles away (AP) ---
    (
        "en",
        "PORTLAND, Ore. (AP) — A tabby cat that slipped out of a moving truck in Idaho has turned up more than 1,100 miles away in Oregon, almost 14 months after it disappeared.",
        True,
        [("count", 1100, None, "over"), ("duration", 14, "month", "nearly")],
        None,
    ),
    (
        "en",
        "A shelter worker scanned the cat's microchip on Monday and found it was registered to Dale and Marnie Hoskins of Twin Falls, the shelter said.",
        True,
        [],
        "the shelter",
    ),
    (
        "en",
        "The 9-year-old cat, named Biscuit, weighed just 6 pounds when it was brought in, about half its normal weight, staff said.",
        True,
        [("duration", 9, "year", None), ("count", 6, None, None), ("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        '"We had honestly given up, and then the phone rang," Marnie Hoskins, 58, said.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "How the cat crossed the Blue Mountains and at least two rivers remains a mystery.",
        False,
        [("count", 2, None, "at_least")],
        None,
    ),
    ("en", "The Hoskinses drove 16 hours on Tuesday to collect Biscuit.", True, [("duration", 16, "hour", None)], None),
    (
        "en",
        "Animal welfare groups urge owners to keep the contact details on their pets' microchips up to date.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Biscuit has settled back in with the family's two other cats, Marnie Hoskins said.",
        True,
        [("count", 2, None, None)],
        "Marnie Hoskins",
    ),
    # --- Elefantengeburt im Zoo Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Im Zoo Zürich ist in der Nacht auf Dienstag ein Elefantenbulle zur Welt gekommen, wie der Zoo mitteilte.",
        True,
        [],
        "der Zoo",
    ),
    (
        "de",
        "Das Jungtier wog bei der Geburt 112 Kilogramm und stand nach knapp 40 Minuten zum ersten Mal auf eigenen Beinen.",
        True,
        [("count", 112, None, None), ("duration", 40, "minute", "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Für die 27-jährige Mutter Farida ist es das dritte Kalb, die Tragzeit hatte gut 21 Monate gedauert.",
        True,
        [("duration", 27, "year", None), ("ordinal", 3, None, None), ("duration", 21, "month", "over")],
        None,
    ),
    (
        "de",
        "Zuletzt war im Zoo im Herbst 2022 ein Elefant zur Welt gekommen.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    ("de", "«Wir sind alle einfach nur überglücklich», sagte Kuratorin Seraina Pfister.", False, [], None),
    (
        "de",
        "Mit dem Neuzugang leben nun neun Asiatische Elefanten im Zoo, zwei davon Bullen.",
        True,
        [("count", 9, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Über den Namen des Kalbs sollen die Zürcherinnen und Zürcher im Mai online abstimmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am ersten Wochenende nach der Geburt kamen rund 14'000 Besucherinnen und Besucher, fast doppelt so viele wie an einem gewöhnlichen Aprilwochenende.",
        True,
        [("ordinal", 1, None, None), ("count", 14000, None, "about"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Vor dem Elefantenhaus drängten sich schon am frühen Morgen Familien mit Kinderwagen.",
        False,
        [],
        None,
    ),
    # --- Lotto-Fünffachjackpot geknackt (APA) ---
    (
        "de",
        "Wien (APA) - Ein Spielteilnehmer aus Oberösterreich hat bei der Lotto-Ziehung am Sonntag den Fünffachjackpot geknackt und gewinnt rund 9,4 Millionen Euro.",
        True,
        [("count", 5, None, None), ("money", 9400000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Er hatte als Einziger alle sechs Richtigen, wie die Österreichischen Lotterien mitteilten.",
        True,
        [("count", 6, None, None)],
        "die Österreichischen Lotterien",
    ),
    (
        "de",
        "Es ist der höchste Lottogewinn in Österreich seit 2019 und der drittgrößte in der Geschichte des Spiels.",
        True,
        [("year", 2019, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Den Wettschein hatte der Mann am Donnerstag in einer Trafik in Wels um 12,40 Euro abgegeben.",
        True,
        [("money", 12.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der Ziehung gab es zudem 14 Fünfer mit Zusatzzahl, die jeweils knapp 31.000 Euro erhalten.",
        True,
        [("count", 14, None, None), ("money", 31000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Ich habe zuerst gedacht, der Automat ist kaputt“, zitierten die Lotterien den Gewinner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lotterien raten Großgewinnern, vorerst niemandem von ihrem Glück zu erzählen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Ziehung am Mittwoch erwarten die Lotterien im ersten Rang rund 1,2 Millionen Euro.",
        True,
        [("ordinal", 1, None, None), ("money", 1200000, "EUR", "about")],
        None,
    ),
    # --- Royal wedding cake slice sold (PA) ---
    (
        "en",
        "SALISBURY (PA) - A slice of cake from a royal wedding more than four decades ago has sold at auction for £2,300, more than nine times its low estimate.",
        True,
        [("duration", 40, "year", "over"), ("money", 2300, "GBP", None), ("count", 9, None, "over")],
        None,
    ),
    (
        "en",
        "The slice, still in its original cling film inside a floral tin, had been estimated at £250 to £300, the auction house said.",
        True,
        [("money", 250, "GBP", None), ("money", 300, "GBP", None)],
        "the auction house",
    ),
    (
        "en",
        "It was kept for 45 years by a former palace kitchen worker, whose family put it up for sale after her death at 91.",
        True,
        [("duration", 45, "year", None), ("duration", 91, "year", None)],
        None,
    ),
    (
        "en",
        "A telephone bidder from Canada saw off six rivals in the room and online after about nine minutes of bidding.",
        True,
        [("count", 6, None, None), ("duration", 9, "minute", "about")],
        None,
    ),
    (
        "en",
        '"It is entirely inedible, I must stress," auctioneer Giles Pemberton-Howe said with a laugh.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The buyer's premium of 28% brings the total paid to about £2,940.",
        True,
        [("percent", 28, "%", None), ("money", 2940, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Auctioneers said royal memorabilia had enjoyed a surge of interest since the coronation.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the buyer plans to display the slice or lock it away was not disclosed.",
        False,
        [],
        None,
    ),
    # --- Schildkröte Frieda wieder da (dpa) ---
    (
        "de",
        "Gießen (dpa) - Nach mehr als drei Wochen auf Wanderschaft ist die entlaufene Landschildkröte „Frieda“ rund 800 Meter von ihrem Gehege entfernt wieder aufgetaucht.",
        True,
        [("duration", 3, "week", "over"), ("count", 800, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Spaziergängerin habe das 56 Jahre alte Tier am Montag in einem Gemüsebeet entdeckt, teilte die Polizei mit.",
        True,
        [("duration", 56, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Besitzer Horst Zimmermann hatte mit 40 selbst gemalten Plakaten nach der Schildkröte gesucht.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "„Sie ist offenbar abenteuerlustiger, als wir dachten“, sagte Zimmermann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Frieda ist den Angaben zufolge bereits zweimal ausgebüxt, zum ersten Mal im Sommer 2009.",
        True,
        [("count", 2, None, None), ("ordinal", 1, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Landschildkröten legen nach Angaben von Fachleuten bis zu 500 Meter am Tag zurück.",
        True,
        [("count", 500, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ob Frieda den Sommer nun hinter einem höheren Zaun verbringen muss, ließ die Familie offen.",
        False,
        [],
        None,
    ),
    # --- Panda twins at Beauval (AFP) ---
    (
        "en",
        "SAINT-AIGNAN, France (AFP) - A giant panda at the Beauval Zoo in central France has given birth to twins, the second set of twins born at the park, the zoo said on Monday.",
        True,
        [("ordinal", 2, None, None)],
        "the zoo",
    ),
    (
        "en",
        "The cubs weighed 148 grams and 121 grams at birth.",
        True,
        [("count", 148, None, None), ("count", 121, None, None)],
        None,
    ),
    (
        "en",
        "Their mother, nine-year-old Mei Xiao, had been artificially inseminated in March after a three-day breeding window.",
        True,
        [("duration", 9, "year", None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Zoo director Rodolphe Delorme-Vasseur said the smaller cub was being bottle-fed every two hours.",
        True,
        [("duration", 2, "hour", None)],
        "Rodolphe Delorme-Vasseur",
    ),
    ("en", '"They are tiny, fragile and absolutely perfect," the director said.', False, [], None),
    (
        "en",
        "The adult pandas are on loan from China under an agreement that runs until 2031, and any cubs must be sent to China by the age of four.",
        True,
        [("year", 2031, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The zoo expects to show the cubs to the public in about three months.",
        True,
        [("duration", 3, "month", "about")],
        None,
    ),
    (
        "en",
        "Visitors crowded around a video screen outside the closed panda house, some clutching stuffed toys.",
        False,
        [],
        None,
    ),
    # --- Gartenparty im Buckingham-Palast (dpa) ---
    (
        "de",
        "London (dpa) - Rund 8.000 Gäste sind am Dienstag zur ersten Gartenparty des Jahres in den Garten des Buckingham-Palasts gekommen.",
        True,
        [("count", 8000, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Serviert wurden nach Angaben des Palasts etwa 23.000 Tassen Tee, 18.500 Sandwiches und 16.000 Stück Kuchen.",
        True,
        [("count", 23000, None, "about"), ("count", 18500, None, None), ("count", 16000, None, None)],
        "der Palast",
    ),
    (
        "de",
        "Der König und die Königin mischten sich knapp zwei Stunden lang unter die Gäste.",
        True,
        [("duration", 2, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der Eingeladenen sind Ehrenamtliche, die übrigen kommen vor allem aus dem öffentlichen Dienst.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Ich habe meinen besten Hut aufgesetzt und es keine Sekunde bereut“, sagte eine 74-jährige Krankenschwester aus Yorkshire.",
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    (
        "de",
        "Die Militärkapelle spielte Melodien aus Musicals, während es gegen 16 Uhr kurz zu nieseln begann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Juni sind zwei weitere Gartenpartys im Buckingham-Palast geplant, im Juli folgt ein Empfang im Holyrood-Palast in Edinburgh.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Jedes Jahr werden nach Angaben des Palasts mehr als 27.000 Menschen zu den Gartenpartys eingeladen.",
        True,
        [("count", 27000, None, "over")],
        "der Palast",
    ),
    # --- Powerball jackpot won in Iowa (AP) ---
    (
        "en",
        "DES MOINES, Iowa (AP) — A single ticket sold at a gas station in rural Iowa matched all six numbers in Saturday's Powerball drawing to win an estimated $842 million jackpot, lottery officials said.",
        True,
        [("count", 6, None, None), ("money", 842000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The winner can choose an annuity paid over 30 years or a lump sum of about $391 million before taxes.",
        True,
        [("duration", 30, "year", None), ("money", 391000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The jackpot had rolled over 37 times since anyone last won it in February.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "The gas station will receive a $50,000 bonus for selling the winning ticket, the Iowa Lottery said.",
        True,
        [("money", 50000, "USD", None)],
        "the Iowa Lottery",
    ),
    (
        "en",
        '"I\'m buying everybody coffee for a year," said store owner Darnell Pruitt, 63.',
        False,
        [("duration", 63, "year", None)],
        None,
    ),
    (
        "en",
        "The winner, who has not yet come forward, has 180 days to claim the prize.",
        True,
        [("duration", 180, "day", None)],
        None,
    ),
    (
        "en",
        "Lottery officials urged whoever bought the ticket to sign the back of it and keep it somewhere safe.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It was the sixth-largest jackpot in the game's history, and ticket sales in Iowa rose 41% in the final week before the draw.",
        True,
        [("ordinal", 6, None, None), ("percent", 41, "%", None)],
        None,
    ),
    # --- Kuh per Helikopter gerettet (Keystone-SDA) ---
    (
        "de",
        "Chur (Keystone-SDA) - Ein Helikopter hat am Wochenende eine verletzte Kuh von einer Alp im Prättigau ins Tal geflogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die rund 650 Kilogramm schwere Kuh «Bella» war in einen steilen Hang abgerutscht und hatte sich ein Bein verletzt, wie die Kantonspolizei Graubünden mitteilte.",
        True,
        [("count", 650, None, "about")],
        "die Kantonspolizei Graubünden",
    ),
    (
        "de",
        "Der Flug im Transportnetz unter dem Helikopter dauerte knapp sieben Minuten.",
        True,
        [("duration", 7, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "Die Kosten von gut 2'000 Franken übernimmt zu 80 Prozent die Tierversicherung des Bauern.",
        True,
        [("money", 2000, "CHF", "over"), ("percent", 80, "%", None)],
        None,
    ),
    (
        "de",
        "«Sie hat das alles erstaunlich gelassen genommen, gelassener als ich», sagte Landwirt Reto Casutt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf der Alp verbringen in diesem Sommer 84 Kühe und 31 Rinder aus fünf Betrieben rund 100 Tage.",
        True,
        [
            ("count", 84, None, None),
            ("count", 31, None, None),
            ("count", 5, None, None),
            ("duration", 100, "day", "about"),
        ],
        None,
    ),
    ("de", "Wanderer hatten die Kuh am Samstag entdeckt und den Älpler alarmiert.", True, [], None),
    ("de", "Ob Bella je wieder einen Fuss auf die Alp setzen mag, weiss niemand.", False, [], None),
    # --- Weltrekord-Frühstückstafel in Bad Hersfeld (dpa) ---
    (
        "de",
        "Bad Hersfeld (dpa) - Mit einer 1.412 Meter langen Frühstückstafel hat die osthessische Stadt Bad Hersfeld am Samstag einen Weltrekord aufgestellt.",
        True,
        [("count", 1412, None, None)],
        None,
    ),
    (
        "de",
        "An den 2.350 aneinandergereihten Biertischen frühstückten nach Angaben der Stadt knapp 9.400 Menschen.",
        True,
        [("count", 2350, None, None), ("count", 9400, None, "nearly")],
        "die Stadt",
    ),
    (
        "de",
        "Der bisherige Rekord hatte bei 1.209 Metern gelegen und war 2018 in Belgien aufgestellt worden.",
        True,
        [("count", 1209, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "Ein Rekordrichter von Guinness World Records vermaß die Tafel gut zwei Stunden lang mit einem Messrad.",
        True,
        [("duration", 2, "hour", "over")],
        None,
    ),
    (
        "de",
        "Verzehrt wurden unter anderem 18.000 Brötchen, 640 Kilogramm Käse und 210 Kilogramm Marmelade.",
        True,
        [("count", 18000, None, None), ("count", 640, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "de",
        "„Das war die längste und wahrscheinlich auch die fröhlichste Tafel der Welt“, sagte Bürgermeisterin Anke Vollrath.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Erlös von rund 47.000 Euro aus den Platzkarten geht an drei Kinderhospize in der Region.",
        True,
        [("money", 47000, "EUR", "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund der Steuerzahler kritisierte, die Stadt habe für die Aktion zusätzlich 85.000 Euro aus dem eigenen Haushalt ausgegeben.",
        True,
        [("money", 85000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine Sprecherin der Stadt wies die Zahl zurück: Die Kosten hätten bei 61.000 Euro gelegen, den Rest hätten Sponsoren getragen.",
        True,
        [("money", 61000, "EUR", None)],
        None,
    ),
    # --- Älteste Österreicherin wird 112 (APA) ---
    (
        "de",
        "Linz (APA) - Die älteste Frau Österreichs, die Oberösterreicherin Theresia Aigner, hat ihren 112. Geburtstag gefeiert.",
        True,
        [("ordinal", 112, None, None)],
        None,
    ),
    (
        "de",
        "Aigner wurde am 3. Juli 1914 in einem Bauernhaus im Mühlviertel geboren, gut drei Wochen vor Beginn des Ersten Weltkriegs.",
        True,
        [("date", "1914-07-03", None, None), ("duration", 3, "week", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Sie hat vier Kinder, elf Enkel, 19 Urenkel und zwei Ururenkel.",
        True,
        [("count", 4, None, None), ("count", 11, None, None), ("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Noch mit 104 Jahren lebte sie allein in ihrem Haus in Freistadt.",
        True,
        [("duration", 104, "year", None)],
        None,
    ),
    (
        "de",
        "Ihr Rezept für ein langes Leben: „Jeden Tag ein Stamperl Nusslikör und sich nie über Dinge ärgern, die man nicht ändern kann.“",
        False,
        [],
        None,
    ),
    ("de", "Zur Feier gratulierte auch der Landeshauptmann persönlich.", True, [], None),
    (
        "de",
        "Der älteste Mensch Österreichs seit Beginn der Aufzeichnungen wurde nach Angaben der Statistik Austria 114 Jahre und zwei Monate alt.",
        True,
        [("duration", 114, "year", None), ("duration", 2, "month", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die Jubilarin selbst ließ den Trubel mit einem Lächeln und einem Stück Sachertorte über sich ergehen.",
        False,
        [],
        None,
    ),
    # --- Swan Upping on the Thames (PA) ---
    (
        "en",
        "HENLEY-ON-THAMES (PA) - The annual census of the King's swans on the River Thames has counted 94 cygnets, up from 71 last year, the King's Swan Marker, Nigel Ashcombe, said.",
        True,
        [("count", 94, None, None), ("count", 71, None, None)],
        "Nigel Ashcombe",
    ),
    (
        "en",
        "Swan Upping, a custom that dates back centuries, sees crews in seven wooden skiffs row 72 miles upstream over six days.",
        True,
        [("count", 7, None, None), ("count", 72, None, None), ("duration", 6, "day", None)],
        None,
    ),
    (
        "en",
        "The heaviest cygnet weighed 4.2 kilograms at about two months old.",
        True,
        [("count", 4.2, None, None), ("duration", 2, "month", "about")],
        None,
    ),
    (
        "en",
        "Ashcombe said dog attacks and discarded fishing line had injured at least 17 birds on the stretch this year.",
        True,
        [("count", 17, None, "at_least")],
        "Ashcombe",
    ),
    (
        "en",
        '"It\'s been a bumper year, and the birds look in splendid health," Ashcombe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Schoolchildren lined the riverbank at Marlow to cheer the boats, some wearing paper crowns.",
        False,
        [],
        None,
    ),
    (
        "en",
        "By tradition, the monarch owns all unmarked mute swans on open water in England and Wales.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The number of cygnets counted fell to 31 in 2023 after an outbreak of bird flu.",
        True,
        [("count", 31, None, None), ("year", 2023, None, None)],
        None,
    ),
    # --- Britain's oldest lollipop lady retires (PA) ---
    (
        "en",
        "BRADFORD (PA) - A school crossing patrol officer believed to be Britain's oldest has hung up her lollipop stick at the age of 88 after 52 years of seeing children across the road.",
        True,
        [("duration", 88, "year", None), ("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Margaret Ollerenshaw estimates she has helped with more than 400,000 crossings at the same junction outside St Bede's primary school.",
        True,
        [("count", 400000, None, "over")],
        None,
    ),
    (
        "en",
        "She started in 1974, when the job paid £11 a week, and has worked under 14 head teachers.",
        True,
        [("year", 1974, None, None), ("money", 11, "GBP", None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Pupils formed a guard of honour and gave her a card signed by all 312 children at the school.",
        True,
        [("count", 312, None, None)],
        None,
    ),
    (
        "en",
        '"I\'ve seen three generations of the same families across this road, and Monday mornings were always the grumpiest," she joked.',
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Bradford Council said it was recruiting a replacement and that the post paid £11.80 an hour.",
        True,
        [("money", 11.8, "GBP", None)],
        "Bradford Council",
    ),
    (
        "en",
        "Her husband, Ted, 90, said he hoped she would finally have time to help on his allotment.",
        False,
        [("duration", 90, "year", None)],
        None,
    ),
    # --- Tokyo queue for a plush otter (Reuters) ---
    (
        "en",
        "TOKYO, July 19 (Reuters) - Thousands of people queued for up to 31 hours outside a Tokyo department store on Saturday to buy a limited-edition plush toy of a cartoon sea otter.",
        True,
        [("date", "--07-19", None, None), ("duration", 31, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "At its peak the line stretched about 1.4 kilometres and looped twice around the block, police said.",
        True,
        [("count", 1.4, None, "about"), ("count", 2, None, None)],
        "police",
    ),
    (
        "en",
        "The store had 6,000 toys, priced at 4,800 yen each, and sold out in under three hours.",
        True,
        [("count", 6000, None, None), ("money", 4800, "JPY", None), ("duration", 3, "hour", "under")],
        None,
    ),
    (
        "en",
        "Within hours, some were listed on resale sites for as much as 60,000 yen.",
        True,
        [("money", 60000, "JPY", "up_to")],
        None,
    ),
    (
        "en",
        '"I took two days off work for this, and I would do it again," said Haruka Ishii, 29, hugging two otters.',
        False,
        [("duration", 2, "day", None), ("duration", 29, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Officers had received 14 complaints about blocked pavements but made no arrests, police said.",
        True,
        [("count", 14, None, None)],
        "police",
    ),
    (
        "en",
        "The otter character, created in 2019, has more than 3 million followers on social media, two-thirds of them outside Japan.",
        True,
        [("year", 2019, None, None), ("count", 3000000, None, "over"), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "The department store said it would hold a lottery for the next batch instead of selling on a first-come basis.",
        True,
        [],
        "the department store",
    ),
    # --- Ehering nach 42 Jahren im Kartoffelacker (dpa) ---
    (
        "de",
        "Uelzen (dpa) - Ein Landwirt aus der Lüneburger Heide hat beim Kartoffelroden einen Ehering gefunden, den eine Nachbarin vor 42 Jahren verloren hatte.",
        True,
        [("duration", 42, "year", None)],
        None,
    ),
    (
        "de",
        "Der schmale Goldring mit der Gravur „Für immer, 12.5.1979“ steckte an einer Kartoffel, wie die Polizei mitteilte.",
        True,
        [("date", "1979-05-12", None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Die heute 78-jährige Besitzerin hatte den Ring 1984 bei der Ernte verloren, als das Feld noch ihrem Vater gehörte.",
        True,
        [("duration", 78, "year", None), ("year", 1984, None, None)],
        None,
    ),
    (
        "de",
        "Sie hatte damals drei Tage lang mit Freunden den Acker abgesucht.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "„Ich habe mich gefühlt wie an meinem Hochzeitstag“, sagte die Frau der „Allgemeinen Zeitung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ihr Mann ist inzwischen gestorben, das Paar war 43 Jahre lang verheiratet.",
        True,
        [("duration", 43, "year", None)],
        None,
    ),
    ("de", "Im Dorf erzählt man sich die Geschichte seither gern am Stammtisch.", False, [], None),
    # --- La Tomatina (AFP) ---
    (
        "en",
        "BUNOL, Spain (AFP) - Some 17,500 revellers pelted each other with about 135 tonnes of overripe tomatoes on Wednesday in the eastern Spanish town of Bunol, turning its streets into a river of red pulp.",
        True,
        [("count", 17500, None, "about"), ("count", 135, None, "about")],
        None,
    ),
    (
        "en",
        "The battle lasted exactly one hour, the council said, and was started and stopped by a blast from a water cannon.",
        True,
        [("duration", 1, "hour", None)],
        "the council",
    ),
    (
        "en",
        "Tickets cost 17 euros, and about seven in ten went to foreign visitors, according to the council.",
        True,
        [("money", 17, "EUR", None), ("fraction", 0.7, None, "about")],
        "the council",
    ),
    (
        "en",
        "The tomatoes, grown for the festival and unfit for sale, arrived in six lorries from the Extremadura region.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "\"It's the most ridiculous and the most wonderful thing I have ever done,\" said Liam O'Callaghan, 24, from Cork, dripping with juice.",
        False,
        [("duration", 24, "year", None)],
        None,
    ),
    ("en", "Firefighters hosed down the streets within an hour of the battle ending.", True, [], None),
    (
        "en",
        "Local lore has it that the festival grew out of a scuffle between young men at a parade.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Some 300 police officers and 40 medics were on duty, and 29 people were treated for minor injuries, mostly to the eyes.",
        True,
        [("count", 300, None, "about"), ("count", 40, None, None), ("count", 29, None, None)],
        None,
    ),
    # --- Würstelstand im Dorotheum versteigert (APA) ---
    (
        "de",
        "Wien (APA) - Ein historischer Würstelstand aus den 1950er-Jahren ist im Dorotheum für 38.000 Euro versteigert worden, fast das Fünffache des unteren Schätzwerts.",
        True,
        [("money", 38000, "EUR", None), ("count", 5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der 2,8 Tonnen schwere Stand war auf 8.000 bis 10.000 Euro geschätzt worden, wie das Dorotheum mitteilte.",
        True,
        [("count", 2.8, None, None), ("money", 8000, "EUR", None), ("money", 10000, "EUR", None)],
        "das Dorotheum",
    ),
    (
        "de",
        "Nach einem zwölfminütigen Bietgefecht zwischen vier Interessenten erhielt ein Gastronom aus Graz den Zuschlag.",
        True,
        [("duration", 12, "minute", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Stand hatte bis 2019 mehr als 60 Jahre lang am Naschmarkt Burenwurst und Käsekrainer verkauft.",
        True,
        [("year", 2019, None, None), ("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "Der Käufer, der ungenannt bleiben will, plant, den Stand restaurieren zu lassen und in der Steiermark wieder in Betrieb zu nehmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Da hängt halt ein Stück Wiener Seele dran“, sagte Auktionator Ferdinand Steindl nach dem Zuschlag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Am selben Tag kamen auch ein ausgestopfter Braunbär für 4.200 Euro und eine Sammlung von 296 Bierdeckeln für 950 Euro unter den Hammer.",
        True,
        [("money", 4200, "EUR", None), ("count", 296, None, None), ("money", 950, "EUR", None)],
        None,
    ),
    ("de", "Ob die Grazer der Wiener Burenwurst ebenso verfallen, wird sich erst zeigen.", False, [], None),
    # --- Oldest tandem skydiver (AP) ---
    (
        "en",
        "ASHEBORO, N.C. (AP) — A 104-year-old great-grandmother has become the oldest person to complete a tandem skydive, jumping from 13,500 feet over North Carolina, Guinness World Records said.",
        True,
        [("duration", 104, "year", None), ("count", 13500, None, None)],
        "Guinness World Records",
    ),
    (
        "en",
        "Edna Mae Whitfield, who turned 104 in June, was in free fall for about 50 seconds before her instructor opened the parachute.",
        True,
        [("duration", 104, "year", None), ("duration", 50, "second", "about")],
        None,
    ),
    (
        "en",
        "The previous record holder was 103 years and 97 days old, Guinness said.",
        True,
        [("duration", 103, "year", None), ("duration", 97, "day", None)],
        "Guinness",
    ),
    (
        "en",
        '"Age is just a number, and today mine was a big one," Whitfield said after landing.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 60 relatives and friends, including her 11 great-grandchildren, watched from the landing zone.",
        True,
        [("count", 60, None, "about"), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Her doctor had cleared her for the jump after a checkup two weeks earlier.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "en",
        "She made her first jump on her 90th birthday and has now completed seven in total.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 90, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Asked what she would try next, she said she had her eye on a hot-air balloon.",
        False,
        [],
        None,
    ),
    # --- Giant onion at Harrogate (PA) ---
    (
        "en",
        "HARROGATE (PA) - A Welsh grower has set a new record at the Harrogate Autumn Flower Show with an onion weighing 9.2 kilograms.",
        True,
        [("count", 9.2, None, None)],
        None,
    ),
    (
        "en",
        "The onion beat the previous best of 8.84 kilograms, set at the show in 2016.",
        True,
        [("count", 8.84, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Emrys Pryce-Jones, 67, said he had fed the onion a secret mix of seaweed and chicken manure for 11 months.",
        True,
        [("duration", 67, "year", None), ("duration", 11, "month", None)],
        "Emrys Pryce-Jones",
    ),
    (
        "en",
        "Other winners included a parsnip with a root of 5.9 metres and a cucumber measuring 1.07 metres.",
        True,
        [("count", 5.9, None, None), ("count", 1.07, None, None)],
        None,
    ),
    (
        "en",
        "Judges spent nearly four hours weighing and measuring more than 140 entries.",
        True,
        [("duration", 4, "hour", "nearly"), ("count", 140, None, "over")],
        None,
    ),
    (
        "en",
        '"You can\'t eat it, mind, it tastes of nothing," Pryce-Jones said of his onion.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prize money for the heaviest onion was £150, organisers said.",
        True,
        [("money", 150, "GBP", None)],
        "organisers",
    ),
    (
        "en",
        "Visitors queued to take selfies beside a marrow the size of a small canoe.",
        False,
        [],
        None,
    ),
    # --- Riesenkürbis in Ludwigsburg (dpa) ---
    (
        "de",
        "Ludwigsburg (dpa) - Ein Kürbis aus dem Erzgebirge mit einem Gewicht von 1.096,5 Kilogramm hat die Deutsche Meisterschaft im Kürbiswiegen gewonnen.",
        True,
        [("count", 1096.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Riesenkürbis von Züchter Falk Gerstenberger brachte 84 Kilogramm mehr auf die Waage als der Vorjahressieger.",
        True,
        [("count", 84, None, None)],
        None,
    ),
    (
        "de",
        "Gerstenberger sagte, er habe den Kürbis im Sommer zeitweise täglich mit bis zu 600 Litern Wasser gegossen.",
        True,
        [("count", 600, None, "up_to")],
        "Gerstenberger",
    ),
    (
        "de",
        "Der deutsche Rekord liegt bei 1.112 Kilogramm und wurde 2021 aufgestellt.",
        True,
        [("count", 1112, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Der Sieger erhält 1.500 Euro Preisgeld, der Zweitplatzierte 800 Euro.",
        True,
        [("money", 1500, "EUR", None), ("ordinal", 2, None, None), ("money", 800, "EUR", None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 41 Kürbisse aus neun Ländern gewogen, jeder vierte davon mit mehr als 500 Kilogramm.",
        True,
        [
            ("count", 41, None, None),
            ("count", 9, None, None),
            ("fraction", 0.25, None, None),
            ("count", 500, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "„Der ist so schwer wie ein Kleinwagen, aber deutlich hübscher“, sagte Gerstenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Wiegen wird der Siegerkürbis ausgehöhlt und beim Kürbisrennen auf dem Schlosssee als Boot eingesetzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob der heiße Sommer den Züchtern eher geschadet oder genützt hat, darüber waren sich die Fachleute uneins.",
        False,
        [],
        None,
    ),
    # --- Half Moon Bay weigh-off (AP) ---
    (
        "en",
        "HALF MOON BAY, Calif. (AP) — A Wisconsin dairy farmer's pumpkin weighing 2,388 pounds won the annual weigh-off in Half Moon Bay on Monday, earning him $8 a pound.",
        True,
        [("count", 2388, None, None), ("money", 8, "USD", None)],
        None,
    ),
    (
        "en",
        "That works out to a prize of $19,104 for grower Dwayne Kettleson.",
        True,
        [("money", 19104, "USD", None)],
        None,
    ),
    (
        "en",
        'The pumpkin, which Kettleson nicknamed "Big Bertha," measured about 21 feet around.',
        True,
        [("count", 21, None, "about")],
        None,
    ),
    (
        "en",
        "It fell 122 pounds short of the weigh-off's record of 2,510 pounds, set in 2021.",
        True,
        [("count", 122, None, None), ("count", 2510, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "\"She's the heaviest thing I've ever grown, and I've grown three kids,\" Kettleson said.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "A forklift lifted the pumpkin onto a scale that organisers said was accurate to within half a pound.",
        True,
        [("count", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "The grower said he had spent about 2,000 hours tending the plant since April.",
        True,
        [("duration", 2000, "hour", "about")],
        None,
    ),
    (
        "en",
        "The festival that follows the weigh-off draws an estimated 240,000 visitors over two weekends.",
        True,
        [("count", 240000, None, "about"), ("count", 2, None, None)],
        None,
    ),
    # --- Humpback freed off New South Wales (Reuters) ---
    (
        "en",
        "SYDNEY, Oct 22 (Reuters) - Rescuers freed a humpback whale that had been tangled in fishing gear off Australia's east coast for at least three days, cutting away about 200 metres of rope, authorities said.",
        True,
        [("date", "--10-22", None, None), ("duration", 3, "day", "at_least"), ("count", 200, None, "about")],
        None,
    ),
    (
        "en",
        "The young whale, estimated at about 9 metres long, was spotted by a whale-watching boat on Sunday near Byron Bay.",
        True,
        [("count", 9, None, "about")],
        None,
    ),
    (
        "en",
        "A team of 11 in two inflatable boats worked for nearly five hours to cut it free using knives mounted on long poles.",
        True,
        [("count", 11, None, None), ("count", 2, None, None), ("duration", 5, "hour", "nearly")],
        None,
    ),
    (
        "en",
        '"When the last line came off, she slapped her tail twice and was gone," said rescue coordinator Tamsin Gallaway.',
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "More than 35,000 humpbacks migrate along the coast each year, according to state government estimates.",
        True,
        [("count", 35000, None, "over")],
        None,
    ),
    (
        "en",
        "Authorities recorded 23 entanglements along the New South Wales coast last season, up 35% on the season before and the most in a decade.",
        True,
        [("count", 23, None, None), ("percent", 35, "%", None)],
        None,
    ),
    (
        "en",
        'Conservation groups said the rescue showed the ocean was "full of our rubbish."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The state government said it was reviewing the use of shark nets and would report by March.",
        True,
        [],
        None,
    ),
    # --- 50 Jahre Froschregen (dpa) ---
    (
        "de",
        "Würzburg (dpa) - Vor 50 Jahren sind in einem unterfränkischen Dorf nach Berichten von Augenzeugen Hunderte kleine Frösche vom Himmel gefallen – nun widmet ihnen das örtliche Heimatmuseum eine Ausstellung.",
        True,
        [("duration", 50, "year", None)],
        None,
    ),
    (
        "de",
        "Am Nachmittag des 4. August 1976 prasselten die Tiere während eines Gewitters in Oberwaldbach auf Dächer, Gärten und die Dorfstraße.",
        True,
        [("date", "1976-08-04", None, None)],
        None,
    ),
    (
        "de",
        "Meteorologen erklären das Phänomen mit einer Windhose, die die Frösche aus einem Weiher gesaugt und rund zwölf Kilometer weit getragen haben soll.",
        True,
        [("count", 12, None, "about")],
        None,
    ),
    (
        "de",
        "Die Ausstellung zeigt 23 in Alkohol eingelegte Frösche, die ein Dorflehrer damals eingesammelt hatte.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "„Meine Mutter hat drei Tage lang Frösche aus der Regentonne gefischt“, erinnert sich der 81-jährige Anton Kirchner.",
        False,
        [("duration", 3, "day", None), ("duration", 81, "year", None)],
        None,
    ),
    (
        "de",
        "Bis zum 30. November ist die Schau mittwochs und sonntags geöffnet, der Eintritt kostet 3 Euro.",
        True,
        [("date", "--11-30", None, None), ("money", 3, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob es sich 1976 tatsächlich um Frösche aus dem Dorfweiher handelte, lässt sich heute nicht mehr klären.",
        False,
        [("year", 1976, None, None)],
        None,
    ),
    # --- Pferd aus Swimmingpool gerettet (APA) ---
    (
        "de",
        "St. Pölten (APA) - Die Feuerwehr hat in Niederösterreich ein Pferd aus einem privaten Swimmingpool befreit, in den es in der Nacht auf Mittwoch gestürzt war.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 22 Einsatzkräfte brauchten mit Hebegurten und einem Kran knapp zweieinhalb Stunden, um die rund 550 Kilogramm schwere Stute aus dem Becken zu heben, teilte das Bezirksfeuerwehrkommando Mödling mit.",
        True,
        [("count", 22, None, None), ("duration", 2.5, "hour", "nearly"), ("count", 550, None, "about")],
        "das Bezirksfeuerwehrkommando Mödling",
    ),
    (
        "de",
        "Das Wasser im Pool hatte eine Temperatur von nur acht Grad.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Die 19 Jahre alte Stute namens Lady war von einer benachbarten Koppel ausgebrochen und hatte einen Zaun übersprungen.",
        True,
        [("duration", 19, "year", None)],
        None,
    ),
    ("de", "Ein Tierarzt stellte lediglich leichte Schürfwunden fest.", True, [], None),
    (
        "de",
        "„Sie hat danach seelenruhig im Garten weitergegrast, als wäre nichts gewesen“, sagte Einsatzleiter Martin Hölzl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Feuerwehren in Niederösterreich rückten im Vorjahr nach Angaben des Landesfeuerwehrverbands zu rund 4.300 Tierrettungen aus, gut 12 Prozent mehr als im Jahr davor.",
        True,
        [("count", 4300, None, "about"), ("percent", 12, "%", "over")],
        "der Landesfeuerwehrverband",
    ),
    # --- A balloon on the steeple, 100 years on (AP) ---
    (
        "en",
        "PELHAM FALLS, Vt. (AP) — A small Vermont town marked 100 years on Saturday since a hot-air balloon carrying two stunt pilots snagged on its church steeple and dangled there for nearly six hours.",
        True,
        [("duration", 100, "year", None), ("count", 2, None, None), ("duration", 6, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "About 450 residents, roughly a quarter of the town, gathered on the green in 1920s costume for a re-enactment with a painted canvas balloon.",
        True,
        [("count", 450, None, "about"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "The pilots, brothers Amos and Willard Frye, were brought down by volunteer firefighters using a 40-foot ladder, according to a newspaper account from the time.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "en",
        '"It\'s the most exciting thing that has ever happened here, and that includes the maple syrup shortage of 1987," said town historian Ruth Abernathy.',
        False,
        [("year", 1987, None, None)],
        None,
    ),
    (
        "en",
        "The steeple, which still bears a dent from the balloon's basket, was restored in 1998 at a cost of $84,000.",
        True,
        [("year", 1998, None, None), ("money", 84000, "USD", None)],
        None,
    ),
    (
        "en",
        "The town has about 1,900 residents, roughly as many as a century ago.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    ("en", "Organizers sold 600 commemorative mugs in under an hour.", True, [("count", 600, None, None)], None),
    ("en", "Whether the Frye brothers ever flew together again is not recorded.", False, [], None),
    # --- 1.000. Konzert von Vanessa Kolbinger (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Die Schlagersängerin Vanessa Kolbinger hat am Freitagabend in Hamburg ihr 1.000. Konzert gegeben.",
        True,
        [("ordinal", 1000, None, None)],
        None,
    ),
    (
        "de",
        "Die 44-Jährige stand dabei knapp drei Stunden auf der Bühne und sang 31 Lieder, darunter zwei Zugaben.",
        True,
        [
            ("duration", 44, "year", None),
            ("duration", 3, "hour", "nearly"),
            ("count", 31, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben ihres Managements kamen rund 12.500 Fans in die ausverkaufte Arena, jeder dritte davon aus Österreich oder der Schweiz.",
        True,
        [("count", 12500, None, "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Für ihre Tournee mit 46 Terminen seien bislang mehr als 410.000 Karten verkauft worden, sagte Kolbinger.",
        True,
        [("count", 46, None, None), ("count", 410000, None, "over")],
        "Kolbinger",
    ),
    ("de", "„Ohne euch wäre ich heute Friseurin in Passau“, rief sie dem Publikum zu.", False, [], None),
    (
        "de",
        "Kolbinger hatte 2005 als 23-Jährige ihren ersten Plattenvertrag unterschrieben.",
        True,
        [("year", 2005, None, None), ("duration", 23, "year", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Zum Jubiläum gab es eine Torte in Form einer Gitarre, die nach Angaben der Konditorei 1,8 Meter lang war.",
        True,
        [("count", 1.8, None, None)],
        "die Konditorei",
    ),
    ("de", "Fans in Glitzerjacken schunkelten schon Stunden vor dem Einlass vor der Halle.", False, [], None),
    # --- Film jacket sold in Los Angeles (Reuters) ---
    (
        "en",
        'LOS ANGELES, Nov 20 (Reuters) - A battered leather jacket worn by actor Brent Calloway in the 1986 action film "Night Runner" has sold for $1.27 million, Julien\'s Auctions said on Thursday.',
        True,
        [("date", "--11-20", None, None), ("year", 1986, None, None), ("money", 1270000, "USD", None)],
        "Julien's Auctions",
    ),
    (
        "en",
        "The jacket had been expected to fetch between $150,000 and $200,000.",
        True,
        [("money", 150000, "USD", None), ("money", 200000, "USD", None)],
        None,
    ),
    (
        "en",
        "Bidding lasted 14 minutes, with five bidders on the phone and two online.",
        True,
        [("duration", 14, "minute", None), ("count", 5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Calloway, 71, who wore the jacket in 43 scenes, said he had kept it in a closet for decades.",
        True,
        [("duration", 71, "year", None), ("count", 43, None, None)],
        None,
    ),
    (
        "en",
        '"It smells a bit like 1986, which is to say not great," Calloway said.',
        False,
        [("year", 1986, None, None)],
        None,
    ),
    (
        "en",
        "Other lots included a pair of sunglasses that sold for $48,000 and a signed script that fetched $31,250.",
        True,
        [("money", 48000, "USD", None), ("money", 31250, "USD", None)],
        None,
    ),
    (
        "en",
        "The sale raised a total of $4.6 million across 287 lots, the auction house said.",
        True,
        [("money", 4600000, "USD", None), ("count", 287, None, None)],
        "the auction house",
    ),
    (
        "en",
        "The actor said part of the proceeds would go to a film preservation charity.",
        True,
        [],
        None,
    ),
    ("en", "Collectors in the saleroom broke into applause when the hammer came down.", False, [], None),
    # --- Zibelemärit in Bern (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Am traditionellen Zibelemärit in Bern sind am Montag rund 41 Tonnen Zwiebeln und Knoblauch angeboten worden, gut ein Drittel mehr als im Vorjahr.",
        True,
        [("count", 41, None, "about"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "An den 612 Ständen in der Altstadt drängten sich nach Schätzung der Polizei bis zu 60'000 Menschen.",
        True,
        [("count", 612, None, None), ("count", 60000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Schon kurz nach 5 Uhr flogen in den Gassen die ersten Konfetti, und Kinder schlugen mit Plastikhämmern auf Passanten ein.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Ein Zwiebelzopf kostete heuer zwischen 12 und 25 Franken.",
        True,
        [("money", 12, "CHF", None), ("money", 25, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Stadt rechnet mit Reinigungskosten von rund 90'000 Franken, wie eine Sprecherin sagte.",
        True,
        [("money", 90000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Ohne Zibele keine Berner Seele», stand auf einem Schild an einem Stand in der Spitalgasse.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gemüsebäuerin Käthi Zaugg verkauft seit 38 Jahren am Markt und hat diesmal 1'800 Zwiebelzöpfe geflochten, wie sie sagte.",
        True,
        [("duration", 38, "year", None), ("count", 1800, None, None)],
        None,
    ),
    (
        "de",
        "«Die Zöpfe sind heuer besonders schön, der Sommer war gut zu den Zwiebeln», sagte sie.",
        False,
        [],
        None,
    ),
    # --- Message in a bottle after 38 years (PA) ---
    (
        "en",
        "SKEGNESS (PA) - A message in a bottle thrown into the North Sea by a 10-year-old boy in the Netherlands has washed up on a Lincolnshire beach 38 years later.",
        True,
        [("duration", 10, "year", None), ("duration", 38, "year", None)],
        None,
    ),
    (
        "en",
        "The note, dated June 14, 1988, asked whoever found it to write to an address in Den Helder.",
        True,
        [("date", "1988-06-14", None, None)],
        None,
    ),
    (
        "en",
        "Dog walker Pauline Marsden, 66, spotted the green glass bottle half-buried in the sand on Sunday.",
        True,
        [("duration", 66, "year", None)],
        None,
    ),
    (
        "en",
        "Through a Dutch newspaper she traced the sender, now a 48-year-old engineer named Joost van der Meer, who still lives in the town.",
        True,
        [("duration", 48, "year", None)],
        None,
    ),
    (
        "en",
        '"I had completely forgotten about it - I was mostly hoping a pirate would write back," van der Meer told the PA news agency.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bottle travelled an estimated 250 miles, though experts said it may have drifted for thousands of miles before reaching shore.",
        True,
        [("count", 250, None, "about")],
        None,
    ),
    (
        "en",
        "Guinness World Records lists the oldest known message in a bottle as having spent more than a century at sea.",
        True,
        [],
        None,
    ),
    ("en", "The two plan to meet in Skegness next summer.", True, [("count", 2, None, None)], None),
    # --- Spanische Weihnachtslotterie (AFP) ---
    (
        "de",
        "Madrid (AFP) - Bei der traditionellen spanischen Weihnachtslotterie „El Gordo“ sind am Montag Gewinne von insgesamt 2,59 Milliarden Euro ausgeschüttet worden.",
        True,
        [("money", 2590000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Hauptgewinn, 380.000 Euro für jeden Anteilschein, fiel auf die Nummer 48.215.",
        True,
        [("money", 380000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gewinnzahlen wurden wie jedes Jahr von Schülerinnen und Schülern der Madrider Schule San Ildefonso gesungen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor der bekannten Losverkaufsstelle „Doña Manolita“ im Zentrum Madrids hatten Käufer in den Tagen vor der Ziehung bis zu sieben Stunden angestanden.",
        True,
        [("duration", 7, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Die Schlange war nach Angaben der Stadtpolizei zeitweise rund 600 Meter lang.",
        True,
        [("count", 600, None, "about")],
        "die Stadtpolizei",
    ),
    (
        "de",
        "Im Schnitt gab jeder Erwachsene in Spanien nach Angaben des Lotterieveranstalters 61 Euro für die Ziehung aus, knapp ein Fünftel davon online.",
        True,
        [("money", 61, "EUR", None), ("fraction", 0.2, None, "nearly")],
        "der Lotterieveranstalter",
    ),
    (
        "de",
        "„Ich kaufe seit 40 Jahren dieselbe Nummer, irgendwann muss sie ja kommen“, sagte eine Rentnerin in der Warteschlange.",
        False,
        [("duration", 40, "year", None)],
        None,
    ),
    (
        "de",
        "Gewinner jubelten vor laufenden Kameras und ließen Sekt auf die Straße spritzen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der zweite Preis von 118.000 Euro je Anteilschein ging nach Barcelona.",
        True,
        [("ordinal", 2, None, None), ("money", 118000, "EUR", None)],
        None,
    ),
]
