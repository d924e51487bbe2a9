"""Two-hundred-and-eightieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Friederike Hallstein and the Nordbank, Gernot Lechleitner, Tobias Thurnher, Sparbär,
Markthalle, Lothar Brinkhege, Urs Gantenbein, Ralf Hochkirch, Konrad Ellerbusch, Beate
Raunig, Heizpreis24, Hallberg, Matthias Krönlein, Inken Dörrbecker, Marion Kolbeck; Rowena
Cadwallader, Ruth Okonkwo-Barrett, Marlon Gethin, Tiina Salokangas, Solène Marchadier,
Cornwell's, Hollings, Miriam Castellane, Harriet Penhaligon, Naomi Ashbury-Clarke, Kenji
Morikawa, Aiko Shinohara, Dalton Fenwick, Bellamy Stores, Douglas Kettering, Norland's,
Fergal Brannigan, Tomás Iriarte, Marta Villaverde, StoreCount, Vivek Pandharkar, Hollis &
Barr, Imogen Trelawney, Shoppercount, Althea Brandstetter; every unnamed spokesperson,
insolvency administrator, analyst and economist); ministers, agency heads, price watchdogs,
central bankers, survey directors and association chiefs of real governments and bodies
appear under made-up names that stand for no real holder, or by their role only ("ein
Sprecher des Bundeskartellamts", "ein HDE-Sprecher", "a Cornwell's spokeswoman"). Real
states, bodies, places and things (Statistisches Bundesamt, Bundesregierung, Sozialverband
VdK, Statistik Austria, Strompreisbremse, Arbeiterkammer, Oesterreichische Nationalbank,
Handelsverband HDE, Bundesamt für Statistik, Landesindex der Konsumentenpreise,
Preisüberwacher, Schweizerische Nationalbank, Nürnberger Institut für Marktentscheidungen,
Bundesverband E-Commerce und Versandhandel, Amazon, Temu, Shein, ADAC, Bundeskartellamt,
Verdi, Verbraucherzentrale Hamburg, Verbraucherzentrale Nordrhein-Westfalen, Bundesbank,
Black Friday, Cyber Monday; the Office for National Statistics, the Bank of England, LSEG,
the Labor Department, the Agriculture Department, the Federal Reserve, the White House,
Which?, the Competition and Markets Authority, the Food and Drink Federation, Eurostat, the
ECB, UFC-Que Choisir, ANIA, INSEE, the Australian Competition and Consumer Commission, the
Federal Court, the Australian Bureau of Statistics, the University of Michigan, the British
Retail Consortium, BRC-KPMG, the Bank of Japan, AAA, GasBuddy, Kantar, INDEC, Adobe
Analytics, the National Retail Federation, and the datelines' cities) stand for the way wire
copy names them; every rate, index level, price, sum, count, share, age, date and quote
here is invented, and where a real figure came to mind (a real inflation print, a real
index reading, a real egg, rice or fuel price, a real online sales total) it was changed.

Its weight: CONSUMER PRICES AND RETAIL (the fifty-fourth, hundred-thirteenth,
hundred-seventy-third and two-hundred-and-forty-second batches weighed retail, food prices,
shopping seasons and consumer protection, the eighty-seventh, hundred-thirty-ninth and
two-hundred-and-seventeenth central banks and inflation, the hundred-twenty-sixth and
two-hundred-and-fourteenth energy prices, and the hundred-thirty-fourth polls and sentiment
indices; their decisions are kept) over one year in story order (January to December), 28
short stories as the desks file them, about three in five English (Reuters, AP, AFP, PA)
and two in five German (dpa, APA, Keystone-SDA, Reuters German; Austrian "Jänner", "idente",
Swiss "innert", «» quotes, German „“ quotes): inflation prints in Britain, Germany, the
United States, Austria, the euro zone, Switzerland, Japan and Argentina with their core,
food, energy and services rates; egg, rice, coffee, beef and fuel prices; shrinkflation in
Britain, France and Germany (grams less for the same price, hidden rises, labels,
„Mogelpackung des Jahres“); a discounter's price cuts and a rival's answer; an Australian
regulator's case over fake discounts; a price comparison between Vienna and Munich; a U.S.
discount chain's results; a fashion chain's store closures; UK grocery inflation and retail
sales; online retail in Germany; Black Friday in the United States and Germany; Christmas
trading; the University of Michigan's sentiment index and the German Konsumklima. Figures as
such copy has them: rates in percent and percentage points, index levels in points and
„Zähler“ with a minus sign, prices in euros and cents, dollars and cents, pounds, Australian
dollars, yen and pesos, pack sizes in grams, sums in millions and billions, shares as
fractions ("nearly one in five", "about two-thirds", „Gut jeder dritte Euro“, „fast jeder
zweite Händler“), ordinals („zum zweiten Mal in Folge“, „im ersten Halbjahr“, "for a third
consecutive month", "in the second quarter"), durations ("its lowest in nine months", "the
three months to May", „innert zwölf Monaten“, "the five-day weekend"), a multiple ("more
than twelvefold"), hedges, ranges, years and dates. Negatives as such copy has them - about
a fifth of the rows: ministers', economists', retailers' and advocates' rhetoric in quotes,
labels („nannte“, "called", "dismissed ... as", "hailed ... as"), an evasion, accusations
naming no act, public advice, warnings and cautions naming no figure, hopes, doubts, an
open question and vox pops, each near a check-worthy look-alike: the same speaker's figure,
a stated cause, a plan, a demand, a forecast with its figure.

242 rows (100 German, 142 English), 55 negatives (22 German, 33 English), 187 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 296 expected quantities (139
percentages - 135 in %, 4 in percentage points -, 55 counts, 39 amounts of money - 18 EUR,
14 USD, 4 GBP, 1 each AUD, JPY, ARS -, 19 durations - 9 in months, 8 in years, 1 in weeks,
1 in days -, 18 dates, 12 years, 9 fractions, 5 ordinals; 4 of them in three negatives, as
the seventeenth batch labels a figure in a negative), 34 checked speakers (16 German, 18
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, doubt or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-seventy-third, two-hundred-and-fourth, two-hundred-and-forty-second); a quoted or
  reported statement of fact, figure, step, plan, demand or position is check-worthy with
  its speaker, also in Konjunktiv I (hundred-sixtieth, two-hundred-and-forty-second). Pairs
  from one speaker: Cadwallader's three of four months beside "not complacent", Hallstein's
  3,7 Prozent beside „gezähmt“, Thurnher's 28 Prozent, Salokangas's 2% target beside "not
  declaring victory", Brinkhege's stated cause beside „jeden Vorteil“, Marchadier's 412
  products beside "treated like fools", Gantenbein's 3,2 Prozent beside «kommt ... nicht
  an», Castellane's two-thirds, Ellerbusch's 14 Prozent beside „ungleichen Karten“,
  Morikawa's 200,000 tonnes beside "the heart of the Japanese table", Raunig's 27 of 40
  beside „wegerklären“, Fenwick's $3 beside "enjoy it while it lasts", Kettering's
  three-quarters beside "winning with every income group", Krönlein's quarter beside „mit
  dem Rücken zur Wand“, Brannigan's £290 beside "a squeeze", Dörrbecker's 2022 beside
  „Grammangaben“, Trelawney's £11 beside "no magic wand", Brandstetter's 0.5 points beside
  "with great care". Hochkirch's reported „spürbar verunsichert“ and „keine Rede sein“ are
  negatives (a reported feeling, two-hundred-and-fourth); Lechleitner's „sehr genau
  beobachten“ and the Bundeskartellamt spokesman's „genau im Blick“ are vows naming no step
  and negatives (two-hundred-and-forty-second: "watching food prices very closely").
- Forecasts, expectations and polls with a figure are check-worthy (hundred-tenth,
  two-hundred-and-forty-second): the Bundesregierung's 2,0 Prozent, the Nationalbank's 2,7,
  the SNB's 0,4, the economists' 0,4, the Bundesbank's 2,3, the HDE's 2 Prozent and 6,1
  Milliarden Euro, "A Reuters poll had pointed to a reading of 53.2", "Analysts in a Reuters
  poll had predicted 2.1%", "Markets are pricing in two more rate cuts" 2 ("more" after a
  figure no hedge), the BoJ's 0.5%, the NRF's 186.9 million, Adobe's $253.4 billion, the
  central bank's survey of 2.1%; without a figure they are negatives ("Analysts expect the
  pressure on food bills to ease only slowly", "Some economists cautioned ...", "Retailers
  hope ...", "Retailers are bracing ...", "Several analysts questioned whether ...";
  two-hundred-and-forty-second). Announced steps, demands and plans are check-worthy with or
  without a figure (fifty-fourth, two-hundred-and-forty-second): Markthalle's answer, the
  CMA's guidance, the Austrian government's draft law, the Arbeiterkammer's three-year rent
  freeze, the bevh's demand to scrap the 150-euro limit, Cornwell's "would defend the case"
  (hundred-second: "would appeal"), the stores that stay open, „Die Verbraucherzentrale
  fordert seit Jahren ...“ („seit Jahren“ none); a stated cause is check-worthy (Brinkhege,
  „Der Hersteller erklärte, gestiegene Kosten ...“, "Supermarkets have blamed ..."; fifty-
  fourth, two-hundred-and-forty-second), a bare market fact too ("The euro was little
  changed ..."; „Die Kauflaune ... hat sich im Juni überraschend leicht verbessert.“).
  Accusations: a regulator's case naming the acts and figures is check-worthy ("accused ...
  of misleading shoppers with fake discounts on 266 products", "alleges the chains raised
  prices by at least 15%"), while political blame naming no act is a negative ("The White
  House blamed ...", „Oppositionspolitiker hielten der Regierung vor ...“, "Opposition
  parties said the government had woken up far too late"; hundred-seventy-third).
- Public advice is a negative (forty-seventh, two-hundred-and-forty-second): „Der ADAC rät
  ...“, „Die Verbraucherzentrale riet ...“, "Consumer advocates urged shoppers ...". So are
  rejections pointing to costs („Der Handelsverband wies den Vergleich als „unseriös“ zurück
  ...“; hundred-seventy-third), labels („Branchenkenner sprachen von ...“, „Die Gewerkschaft
  Verdi nannte ...“, "called the decree", "dismissed the survey as", "hailed the figure
  as"), an open question („Ob die Mieten ... weiter steigen, ist offen.“), a vague complaint
  („Viele Händler ... klagten über leere Fußgängerzonen.“) and vox pops with their figures
  labelled ("Ruth Okonkwo-Barrett, 71," 71 years, "Aiko Shinohara, 34," 34 years, "Marta
  Villaverde, 68, ... three years ago" 68 and 3 years; sixty-third,
  two-hundred-and-forty-second).
- Inflation and retail rates are percentages as written (every batch), a change in points
  "pp" (hundred-thirtieth, two-hundred-and-forty-second): „0,9 Prozentpunkte“, "up 1.4
  percentage points", "rose 0.6 percentage points to 28.1%", "about 0.5 percentage points"
  "about"; ranges give both ends with no hedge ("in a range of 4.5% to 4.75%", "3.5% to 4%,
  up from ... 3% to 3.5%"; ninety-seventh); "3.0%" and "2,0 Prozent" keep their value
  (seventy-first); "a peak of almost 290%" "nearly", "fewer than 5%" and "below 25%" "under"
  (fourteenth: "below"), "at least 15%" "at_least", "roughly 60%", „rund 14 Prozent“, „rund 8
  Prozent“, „rund 0,8 Prozent“ and "about 53%" "about". No hedge: „im Schnitt“,
  „durchschnittlich“, "on average", "an average of", "averaged", „allein“, "alone", "a
  record", „nominal“, „Preisbereinigt“, "up from", "down from", „statt“, „mehr“ and
  „weniger“ after a figure, "on the year", "year on year", „im Jahresdurchschnitt“. New:
  „im Monatsschnitt“ gives no hedge, as „im Schnitt“ (two-hundred-and-forty-second).
- Index levels are counts with their sign (hundred-thirty-fourth): "51.8 from 53.6",
  "53.2", „auf 107,5 Punkte“, „um 1,6 Punkte auf minus 20,3 Zähler“ 1.6 and -20.3, „auf
  12,1 Punkte“, „um 5,4 Zähler auf 3,8 Punkte“. A fieldwork span gives both dates („vom 5.
  bis 16. Juni“ --06-05 and --06-16; hundred-thirty-fourth: „vom 13. bis 15. Januar“).
- Prices and sums are money in the currency written, the unit priced carrying none
  (two-hundred-and-forty-second): „0,89 Euro statt 0,99 Euro“, „61,40 Euro ... 52,35
  Euro“, „von 3,29 auf 3,49 Euro“ both EUR (a range, ninety-seventh), „94,80 Euro je 100
  Liter“ 94.8 EUR and count 100 (two-hundred-and-forty-second: „je 100 Gramm“ 100), „289
  Euro“, „150 Euro“, "up to 15,000 euros" "up_to", „rund 246 Milliarden Euro“ "about",
  „38,9 Milliarden Euro“, „121,4 Milliarden Euro“; Cent as hundredths („2,4 Cent weniger“
  0.024, „um 1,1 Cent“ 0.011; hundred-fifteenth); "$4.95", "$3.12 ..., down 27 cents" 3.12
  and 0.27, "$4.61", "$2.68", "$3.68", "$3.71 a gallon", "a record $6.52 a pound" ("a
  pound" a weight, hundred-seventy-third), "below $3" 3 "under", "about $62 a barrel"
  "about", "more than $100,000 a year" "over", "$12.4 billion", "$253.4 billion", "to
  $1.2140" 1.214 USD (an exchange rate in dollars, as earlier batches' "$1.3418"), "£1.85",
  "£290 a year", "£11 a year", "£1.3 billion more" ("more" after the sum no hedge), "up to
  A$50 million per breach" "up_to" ("per breach" none), "3,920 yen", "1.08 million pesos"
  ARS. New: fuel prices to the tenth of a cent keep their three decimals („1,689 Euro“
  1.689, „1,598 Euro je Liter“ 1.598) - the figure as written, as "3.0%" keeps its zero.
- Pack sizes and volumes are counts (fifty-fourth, two-hundred-and-forty-second): "from
  150g to 130g", "A 400g tin ... now holds 360g", „Ein 500-Gramm-Paket“ 500, „von 350 auf
  300 Gramm“, "a 5-kilogram bag" 5, "nearly 600,000 tonnes" "nearly", "another 200,000
  tonnes", „bei einer Abnahme von 3.000 Litern“ 3000; "A dozen Grade A large eggs" 12
  (hundred-seventy-third); "a gallon", „Ein Liter“, „je Liter“, "a barrel" none. Hidden
  rises are percentages ("a hidden increase of 15.4%", „einer versteckten Preiserhöhung von
  23,8 Prozent“).
- Counts otherwise, with their hedges (forty-first, two-hundred-and-forty-second): "142
  products", „rund 350 Artikel“, „etwa 300 Produkten“, „rund 4.100 Filialen mit etwa
  86.000 Beschäftigten“, "83 shrunk products in a survey of 11 retailers", "412 products",
  "the country's two biggest supermarket chains" and "the larger of the two chains" 2
  (definite groups), "266 products", „40 günstigen Lebensmitteln“, „in je vier
  Supermärkten“ 4 („je“ no hedge), „in 27 der 40 Fälle“, "about 4,600 stores", "Some 38
  million Americans" "about", "More than 30 million ... hens" "over", „31 ihrer 88
  Filialen“, „Rund 1.400 der etwa 5.200 Beschäftigten“, „mehr als 45.000 Geschäfte“ "over",
  „knapp 31.000 Menschen“ "nearly", „rund 2.000 Menschen“, „unter 1.500 Verbrauchern“ („unter“
  a preposition, no hedge, as an earlier batch's „Umfrage unter 620 Mitgliedsbetrieben“), "38 of its 41 stores", "a record
  186.9 million people" ("a record" no hedge), "in three of the past four months" 3 and 4
  months (two-hundred-and-seventy-sixth: "in three of the past five years"). Multiples are
  counts: "more than twelvefold" 12 "over" (as earlier batches' "more than tenfold"); "mehr
  als verdoppelt" carries none (a verb, hundred-seventy-third). New: "a family of four" is
  count 4 - the size of a household written as a figure, as a definite group.
- Fractions (the issue: "ein Fünftel", "jeder vierte"): "nearly one in five" 0.2 "nearly",
  "almost a third" 0.3333 "nearly", "about two-thirds" 0.6667 "about" (twice), "about
  three-quarters" 0.75 "about", „fast ein Viertel“ 0.25 "nearly", „Rund zwei Drittel“
  0.6667 "about", „fast jeder zweite Händler“ 0.5 "nearly". New: „Gut jeder dritte Euro“ is
  0.3333 "over" - „gut“ hedges a share as it hedges a figure („gut 37 Prozent“,
  two-hundred-and-forty-second), and „jeder dritte“ is the issue's „jeder vierte“.
- Ordinals: „zum zweiten Mal in Folge“ and „zum zweiten Mal binnen drei Jahren“ 2 (the
  issue; "binnen" no hedge, 3 years), "for a third consecutive month" 3, "in the second
  quarter" 2 (fifty-fourth: "in the fourth quarter"). New: „im ersten Halbjahr“ is ordinal 1
  and no duration - a half-year named without a figure, as „im ersten Quartal“
  (two-hundred-and-forty-second). None: superlatives ("its lowest", "the highest since
  1981", „den höchsten Wert“, „die umsatzstärkste Warengruppe“, "the biggest annual
  increase", "the steepest price rises", "The deepest discounts", "the final week").
- Durations (the issue: "a two-week visit"): "its lowest in nine months" 9 months, "its
  lowest in nearly three years" 3 years "nearly", "its highest in 20 months" 20 months
  (two-hundred-and-forty-second: "its highest in 14 months"), "over 15 months", "for two
  months", "for three years" („für drei Jahre“), "the next five years" 5 years, "In the 12
  months through November" 12 months, "the four weeks to Oct. 12" 4 weeks and the date
  (fifty-fourth), "in the three months to May than in the previous three months" 3 months
  twice. New: "over the five-day weekend" is 5 days, as "fünfstündigen Treffen" (the
  issue); „innert zwölf Monaten“ is 12 months and „innert“ no hedge - the Swiss form of
  „binnen“. None: "a year earlier", "a year ago", "a month earlier", "last year", "this
  year", "next year", "next week", "next month", "in the year to February", "in the year to
  March", "over the past year", "in the past year", „im Vorjahr“, „im Jahr davor“, „vor
  einem Jahr“, „ein Jahr zuvor“, „im laufenden Jahr“, „im kommenden Jahr“, „seit Jahren“,
  "around the clock", "in the week to July 6" (a week named without a figure), "a year"
  after a sum, holidays ("Labor Day", "Thanksgiving", "Christmas", "Black Friday", "Cyber
  Monday") and months.
- Years and dates: "2022 sogar", "since January 2022", "since 1981", „seit Oktober 2021“,
  "since December 2023", "since 2021", "since May 2020", „seit 2019“, „seit 2015“, „seit
  2022“, "since 1997" the years (two-hundred-and-forty-second: "since October 2020"); Reuters
  English datelines with a day are dates without a year ("LONDON, Jan 15" --01-15,
  "FRANKFURT, March 3", "SYDNEY, April 8", "NEW YORK, May 16", "TOKYO, July 18", "CHICAGO,
  Aug 20", "LONDON, Oct 21", "SAN FRANCISCO, Nov 30", "WASHINGTON, Dec 10";
  hundred-sixtieth), as are "from July 1", "on March 1", "on May 30", "to July 6", "to Oct.
  12", „am 2. September“, „am 27. September“ (two-hundred-and-forty-second: "from May 1");
  dpa, APA, Keystone-SDA, Reuters German, AP, AFP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "Some" "about";
  „knapp“, „fast“, "nearly", "almost" "nearly"; „Gut“, „mehr als“, "more than", "More than"
  "over"; "fewer than", "below" "under"; "up to" "up_to"; "at least" "at_least".
- Speakers, checked only in forms the earlier batches settled: "teilte das Statistische
  Bundesamt am Donnerstag mit" and "... am Dienstag mit" -> "das Statistische Bundesamt",
  „teilte das Nürnberger Institut für Marktentscheidungen am Donnerstag mit“ (hundred-
  thirty-fourth), „teilte der Bundesverband E-Commerce und Versandhandel am Dienstag mit“
  and „teilte der ADAC am Mittwoch mit“ -> "der ADAC" (the body with its article, the
  weekday dropped; hundred-forty-fifth); „laut Statistik Austria“ and „Laut Statistik
  Austria“ -> "Statistik Austria" (thirtieth, two-hundred-and-forty-second); „X sagte, ...“
  with the office heading the name („Nordbank-Chefvolkswirtin Friederike Hallstein“,
  „Preisüberwacher Urs Gantenbein“, „bevh-Präsident Konrad Ellerbusch“,
  „AK-Konsumentenschützerin Beate Raunig“, „Verbraucherschützerin Inken Dörrbecker“,
  „HDE-Hauptgeschäftsführerin Marion Kolbeck“, „Sparbär-Einkaufschef Lothar Brinkhege“;
  hundred-eightieth) and „sagte Generaldirektor Tobias Thurnher“ and „sagte
  Insolvenzverwalter Matthias Krönlein“ with the title dropped (hundred-seventy-third).
  English: the name with the role dropped ("Finance Minister Rowena Cadwallader said", "ECB
  policymaker Tiina Salokangas said", "Consumer affairs minister Solène Marchadier said",
  "Survey director Miriam Castellane said", "ONS senior statistician Harriet Penhaligon
  said", "Farm minister Kenji Morikawa said", "GasBuddy analyst Dalton Fenwick said",
  "Kantar analyst Fergal Brannigan said", "Economy Minister Tomás Iriarte said", "Consumer
  minister Imogen Trelawney said", "Federal Reserve Governor Althea Brandstetter said on
  Tuesday"; hundred-seventy-third), "Chief Executive Douglas Kettering told analysts"
  (hundred-thirty-third), "the Office for National Statistics said", "the British Retail
  Consortium said on Tuesday that" and "the Labor Department said on Wednesday" with the
  article and without the weekday, "Which? said" -> "Which?", and "The company said ..." ->
  "the company" (two-hundred-and-forty-second). New: AP's "the Labor Department said
  Wednesday" without "on" names the same speaker -> "the Labor Department". Left unchecked
  (None): all negatives, also those with a named speaker; roles ("sagte ein HDE-Sprecher",
  „teilte der Insolvenzverwalter am Montag mit“, "a Cornwell's spokeswoman said");
  descriptions before a name ("consumer group Which? said", "Consumer association
  UFC-Que Choisir said", "market researcher Kantar said", "the INDEC statistics institute
  said", "according to national statistics office INSEE", "according to retail analytics
  firm StoreCount", "according to retail technology firm Shoppercount"); a firm's bare name
  ("Kantar said", "Adobe said", "Cornwell's ... said", "Department store group Hollis & Barr
  said"; two-hundred-and-forty-second); bodies' "said" left open by earlier batches ("The
  Competition and Markets Authority said", "The Food and Drink Federation said", "the
  motoring group said", "the farm ministry said", "the institute said"); „wie das
  Bundesamt für Statistik am Freitag mitteilte“ (two-hundred-and-fourth), „teilte der
  Handelsverband Deutschland (HDE) am Montag mit“ (the abbreviation inside the name left
  open), „teilte das Unternehmen mit“ (two-hundred-and-forty-second); "according to" a
  body or data ("according to AAA", "according to LSEG data", "according to data from Adobe
  Analytics", "according to forecasts from the British Retail Consortium", "according to
  most economists polled by Reuters"), „nach Angaben des Handelsverbands HDE“, „nach Angaben
  des Vergleichsportals Heizpreis24“, „Nach Zahlen des Handelsverbands HDE“, „Laut einer
  HDE-Umfrage“; data and documents ("official data showed", "Eurostat's flash estimate
  showed", "preliminary results from the University of Michigan showed", "government data
  showed", "the government's figures showed", "the BRC-KPMG retail sales monitor showed",
  "the decree says", "the researchers found", "the statistics bureau reported"); estimating
  and expecting verbs ("the Agriculture Department estimates", "AAA estimates", "erwartet",
  "rechnet", "expects", "forecast"); verbs not of saying („kündigte an“, „forderte“,
  "alleges", "accused", "blamed") and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_280 = [
    # --- UK inflation in December (Reuters), January ---
    ("en", "LONDON, Jan 15 (Reuters) - British consumer price inflation eased to 2.9% in December from 3.1% in November, official data showed on Wednesday.", True, [("date", "--01-15", None, None), ("percent", 2.9, "%", None), ("percent", 3.1, "%", None)], None),
    ("en", "Most economists in a Reuters survey had pencilled in an unchanged rate of 3.0%.", True, [("percent", 3.0, "%", None)], None),
    ("en", "Core inflation, which leaves out the swings in energy and food, slowed to 3.4%, its lowest in nine months.", True, [("percent", 3.4, "%", None), ("duration", 9, "month", None)], None),
    ("en", "Prices of food and soft drinks rose 4.2% on the year, driven by chocolate, coffee and beef.", True, [("percent", 4.2, "%", None)], None),
    ("en", "Services inflation, a key gauge for Bank of England policymakers, dipped to 4.6% from 4.9%.", True, [("percent", 4.6, "%", None), ("percent", 4.9, "%", None)], None),
    ("en", "Sterling fell 0.3% against the dollar to $1.2140 after the data.", True, [("percent", 0.3, "%", None), ("money", 1.214, "USD", None)], None),
    ("en", "Finance Minister Rowena Cadwallader said inflation had now fallen in three of the past four months.", True, [("count", 3, None, None), ("duration", 4, "month", None)], "Rowena Cadwallader"),
    ("en", "“We are not complacent, and the job is not done,” Cadwallader said.", False, [], None),
    ("en", "Traders now see roughly a 60% probability that the central bank lowers borrowing costs next month, according to LSEG data.", True, [("percent", 60, "%", "about")], None),
    ("en", "Some economists said the relief might prove short-lived once higher water and council tax bills land in the spring.", False, [], None),
    # --- Inflation im Jahresschnitt (dpa), Januar ---
    ("de", "Wiesbaden (dpa) - Das Leben in Deutschland ist im vergangenen Jahr im Schnitt um 2,3 Prozent teurer geworden, teilte das Statistische Bundesamt am Donnerstag mit.", True, [("percent", 2.3, "%", None)], "das Statistische Bundesamt"),
    ("de", "Im Jahr davor hatte die Teuerung noch bei 2,6 Prozent gelegen, 2022 sogar bei 7,2 Prozent.", True, [("percent", 2.6, "%", None), ("year", 2022, None, None), ("percent", 7.2, "%", None)], None),
    ("de", "Nahrungsmittel verteuerten sich um 2,8 Prozent, Energie war dagegen 3,1 Prozent billiger als im Vorjahr.", True, [("percent", 2.8, "%", None), ("percent", 3.1, "%", None)], None),
    ("de", "Die Kerninflation ohne Energie und Nahrungsmittel lag bei 2,9 Prozent.", True, [("percent", 2.9, "%", None)], None),
    ("de", "Im Dezember allein betrug die Inflationsrate 2,5 Prozent, nach 2,2 Prozent im November.", True, [("percent", 2.5, "%", None), ("percent", 2.2, "%", None)], None),
    ("de", "Nordbank-Chefvolkswirtin Friederike Hallstein sagte, die Dienstleistungspreise seien mit 3,7 Prozent der hartnäckigste Preistreiber geblieben.", True, [("percent", 3.7, "%", None)], "Friederike Hallstein"),
    ("de", "„Die Inflation ist gezähmt, aber sie ist noch lange nicht besiegt“, sagte Hallstein.", False, [], None),
    ("de", "Für das laufende Jahr erwartet die Bundesregierung eine Teuerung von 2,0 Prozent.", True, [("percent", 2.0, "%", None)], None),
    ("de", "Der Sozialverband VdK nannte die Preisentwicklung für Rentnerinnen und Rentner „weiterhin bedrückend“.", False, [], None),
    # --- U.S. inflation and eggs (AP), February ---
    ("en", "WASHINGTON (AP) — U.S. consumer prices rose 0.4% from December to January, pushed higher by a jump in egg and gasoline costs, the Labor Department said Wednesday.", True, [("percent", 0.4, "%", None)], "the Labor Department"),
    ("en", "Compared with a year earlier, prices were up 3.1%, up from 2.9% in December.", True, [("percent", 3.1, "%", None), ("percent", 2.9, "%", None)], None),
    ("en", "Egg prices soared 15.2% in January alone and have climbed about 53% over the past year as bird flu ravaged flocks.", True, [("percent", 15.2, "%", None), ("percent", 53, "%", "about")], None),
    ("en", "A dozen Grade A large eggs cost a record $4.95 on average, the government's figures showed.", True, [("count", 12, None, None), ("money", 4.95, "USD", None)], None),
    ("en", "The Agriculture Department estimates that more than 30 million laying hens have been culled since October.", True, [("count", 30000000, None, "over")], None),
    ("en", "Excluding volatile food and energy, core prices increased 0.3% for the month and 3.2% from a year ago.", True, [("percent", 0.3, "%", None), ("percent", 3.2, "%", None)], None),
    ("en", "The Federal Reserve has held its benchmark rate in a range of 4.5% to 4.75% since December.", True, [("percent", 4.5, "%", None), ("percent", 4.75, "%", None)], None),
    ("en", "Ruth Okonkwo-Barrett, 71, a retired school secretary in Columbus, Ohio, said she had stopped buying eggs altogether.", False, [("duration", 71, "year", None)], None),
    ("en", "“Going shopping feels like buying a lottery ticket now,” she said.", False, [], None),
    ("en", "The White House blamed the previous administration for the surge in egg prices.", False, [], None),
    # --- Shrinkflation in Britain (PA), February ---
    ("en", "LONDON (PA) - Shoppers are paying more for less as manufacturers quietly shrink packs, with 142 products found to have been downsized in the past year, consumer group Which? said.", True, [("count", 142, None, None)], None),
    ("en", "The biggest hidden price rise was on a bag of crisps cut from 150g to 130g while its price stayed at £1.85, a hidden increase of 15.4%.", True, [("count", 150, None, None), ("count", 130, None, None), ("money", 1.85, "GBP", None), ("percent", 15.4, "%", None)], None),
    ("en", "A 400g tin of chocolate biscuits now holds 360g, the researchers found.", True, [("count", 400, None, None), ("count", 360, None, None)], None),
    ("en", "Which? said nearly one in five of the downsized products were supermarket own-label lines.", True, [("fraction", 0.2, None, "nearly")], "Which?"),
    ("en", "The Competition and Markets Authority said it would publish updated guidance on unit pricing by June.", True, [], None),
    ("en", "“Shoppers deserve to know when they are getting less, not to find out with a kitchen scale,” said Which? policy director Marlon Gethin.", False, [], None),
    ("en", "The Food and Drink Federation said its members' ingredient costs were up by almost a third since 2021.", True, [("fraction", 0.3333, None, "nearly"), ("year", 2021, None, None)], None),
    ("en", "Manufacturers argue that shrinking a pack is often the only alternative to raising the shelf price.", False, [], None),
    # --- Inflation in Österreich (APA), Februar ---
    ("de", "Wien (APA) - Österreichs Inflationsrate ist im Jänner laut Statistik Austria auf 3,4 Prozent gestiegen, nach 2,0 Prozent im Dezember.", True, [("percent", 3.4, "%", None), ("percent", 2.0, "%", None)], "Statistik Austria"),
    ("de", "Hauptgrund sei das Auslaufen der Strompreisbremse, die Haushaltsenergie habe sich dadurch um 28 Prozent verteuert, sagte Generaldirektor Tobias Thurnher.", True, [("percent", 28, "%", None)], "Tobias Thurnher"),
    ("de", "Die Preise für Restaurantbesuche und Hotels stiegen um 5,1 Prozent, Lebensmittel um 2,9 Prozent.", True, [("percent", 5.1, "%", None), ("percent", 2.9, "%", None)], None),
    ("de", "Der tägliche Einkauf, den der Mikrowarenkorb abbildet, kostete 4,6 Prozent mehr als vor einem Jahr.", True, [("percent", 4.6, "%", None)], None),
    ("de", "Die Teuerung lag damit 0,9 Prozentpunkte über dem Schnitt der Eurozone.", True, [("percent", 0.9, "pp", None)], None),
    ("de", "Die Arbeiterkammer forderte die Regierung auf, die Richtwertmieten für drei Jahre einzufrieren.", True, [("duration", 3, "year", None)], None),
    ("de", "Wirtschaftsminister Gernot Lechleitner sagte, die Regierung werde die Entwicklung „sehr genau beobachten“.", False, [], None),
    ("de", "Oppositionspolitiker hielten der Regierung vor, die Teuerung viel zu lange unterschätzt zu haben.", False, [], None),
    ("de", "Die Oesterreichische Nationalbank rechnet für das Gesamtjahr mit einer Inflationsrate von 2,7 Prozent.", True, [("percent", 2.7, "%", None)], None),
    # --- Euro zone flash inflation (Reuters), March ---
    ("en", "FRANKFURT, March 3 (Reuters) - Euro zone inflation slowed to 2.2% in February from 2.4% a month earlier, Eurostat's flash estimate showed on Monday.", True, [("date", "--03-03", None, None), ("percent", 2.2, "%", None), ("percent", 2.4, "%", None)], None),
    ("en", "Analysts in a Reuters poll had predicted 2.1%.", True, [("percent", 2.1, "%", None)], None),
    ("en", "Underlying inflation, excluding food, energy, alcohol and tobacco, eased to 2.6%, the lowest since January 2022.", True, [("percent", 2.6, "%", None), ("year", 2022, None, None)], None),
    ("en", "Energy prices rose 0.2% year on year, while unprocessed food climbed 3.3%.", True, [("percent", 0.2, "%", None), ("percent", 3.3, "%", None)], None),
    ("en", "Among the bloc's largest economies, inflation stood at 2.8% in Germany, 0.9% in France, 1.7% in Italy and 2.9% in Spain.", True, [("percent", 2.8, "%", None), ("percent", 0.9, "%", None), ("percent", 1.7, "%", None), ("percent", 2.9, "%", None)], None),
    ("en", "ECB policymaker Tiina Salokangas said the bank expected inflation to settle at its 2% target by the end of the year.", True, [("percent", 2, "%", None)], "Tiina Salokangas"),
    ("en", "“We are not declaring victory yet,” Salokangas told reporters.", False, [], None),
    ("en", "Markets are pricing in two more rate cuts this year, according to LSEG data.", True, [("count", 2, None, None)], None),
    ("en", "The euro was little changed against the dollar after the release.", True, [], None),
    # --- Discounter senkt Preise (dpa), März ---
    ("de", "Essen (dpa) - Der Discounter Sparbär senkt ab Montag die Preise für rund 350 Artikel dauerhaft um durchschnittlich 8 Prozent.", True, [("count", 350, None, "about"), ("percent", 8, "%", None)], None),
    ("de", "Betroffen seien vor allem Milchprodukte, Nudeln und Tiefkühlgemüse, teilte das Unternehmen mit.", True, [], None),
    ("de", "Ein 500-Gramm-Paket Spaghetti kostet künftig 0,89 Euro statt 0,99 Euro.", True, [("count", 500, None, None), ("money", 0.89, "EUR", None), ("money", 0.99, "EUR", None)], None),
    ("de", "Der Rivale Markthalle zog wenige Stunden später nach und kündigte Senkungen bei etwa 300 Produkten an.", True, [("count", 300, None, "about")], None),
    ("de", "Sparbär betreibt in Deutschland rund 4.100 Filialen mit etwa 86.000 Beschäftigten.", True, [("count", 4100, None, "about"), ("count", 86000, None, "about")], None),
    ("de", "Branchenkenner sprachen von einer „Preisschlacht, die am Ende die Lieferanten bezahlen“.", False, [], None),
    ("de", "Der Lebensmittelhandel hat nach Angaben des Handelsverbands HDE im vergangenen Jahr rund 246 Milliarden Euro umgesetzt.", True, [("money", 246000000000, "EUR", "about")], None),
    ("de", "Sparbär-Einkaufschef Lothar Brinkhege sagte, die Senkungen würden durch günstigere Einkaufspreise bei Weizen und Milch finanziert.", True, [], "Lothar Brinkhege"),
    ("de", "„Wir geben jeden Vorteil an unsere Kundschaft weiter“, sagte Brinkhege.", False, [], None),
    # --- Shrinkflation labels in France (AFP), March ---
    ("en", "PARIS (AFP) - French supermarkets must from July 1 display a warning on products whose quantity has shrunk while the price stayed the same or rose, under a decree published on Friday.", True, [("date", "--07-01", None, None)], None),
    ("en", "The labels must stay on the shelves for two months after the change, the decree says.", True, [("duration", 2, "month", None)], None),
    ("en", "Retailers face fines of up to 15,000 euros for each breach.", True, [("money", 15000, "EUR", "up_to")], None),
    ("en", "Consumer association UFC-Que Choisir said it had identified 83 shrunk products in a survey of 11 retailers.", True, [("count", 83, None, None), ("count", 11, None, None)], None),
    ("en", "Consumer affairs minister Solène Marchadier said shoppers had reported 412 products to her ministry since January.", True, [("count", 412, None, None)], "Solène Marchadier"),
    ("en", "Marchadier said shoppers had been “treated like fools for far too long”.", False, [], None),
    ("en", "The ANIA food industry federation called the decree “pointless and stigmatising”.", False, [], None),
    ("en", "Food prices in France rose 1.3% in the year to February, according to national statistics office INSEE.", True, [("percent", 1.3, "%", None)], None),
    ("en", "Annual negotiations between retailers and suppliers ended on March 1 with an average price rise of 0.8% for branded goods.", True, [("date", "--03-01", None, None), ("percent", 0.8, "%", None)], None),
    # --- Australian supermarket case (Reuters), April ---
    ("en", "SYDNEY, April 8 (Reuters) - Australia's competition regulator accused the country's two biggest supermarket chains of misleading shoppers with fake discounts on 266 products over 15 months.", True, [("date", "--04-08", None, None), ("count", 2, None, None), ("count", 266, None, None), ("duration", 15, "month", None)], None),
    ("en", "The Australian Competition and Consumer Commission alleges the chains raised prices by at least 15% shortly before advertising them as discounted.", True, [("percent", 15, "%", "at_least")], None),
    ("en", "The regulator is seeking penalties of up to A$50 million per breach in the Federal Court.", True, [("money", 50000000, "AUD", "up_to")], None),
    ("en", "Cornwell's, the larger of the two chains, said it would defend the case.", True, [("count", 2, None, None)], None),
    ("en", "“Our customers know we work hard every single day to bring them value,” a Cornwell's spokeswoman said.", False, [], None),
    ("en", "Australian food prices were 3.2% higher than a year earlier in March, the statistics bureau reported.", True, [("percent", 3.2, "%", None)], None),
    ("en", "Cornwell's and its rival Hollings together control about two-thirds of the grocery market.", True, [("fraction", 0.6667, None, "about")], None),
    ("en", "Consumer advocates urged shoppers to check unit prices rather than trust yellow sale tickets.", False, [], None),
    # --- Teuerung in der Schweiz (Keystone-SDA), April ---
    ("de", "Neuenburg (Keystone-SDA) - Die Jahresteuerung in der Schweiz ist im April auf 0,3 Prozent zurückgegangen, wie das Bundesamt für Statistik am Freitag mitteilte.", True, [("percent", 0.3, "%", None)], None),
    ("de", "Im März hatte der Landesindex der Konsumentenpreise noch um 0,6 Prozent über dem Vorjahresniveau gelegen.", True, [("percent", 0.6, "%", None)], None),
    ("de", "Gegenüber dem Vormonat stieg der Index um 0,1 Prozent auf 107,5 Punkte.", True, [("percent", 0.1, "%", None), ("count", 107.5, None, None)], None),
    ("de", "Billiger wurden vor allem Heizöl, das 9,4 Prozent weniger kostete, und Pauschalreisen.", True, [("percent", 9.4, "%", None)], None),
    ("de", "Preisüberwacher Urs Gantenbein sagte, die Mieten seien innert zwölf Monaten um 3,2 Prozent gestiegen.", True, [("duration", 12, "month", None), ("percent", 3.2, "%", None)], "Urs Gantenbein"),
    ("de", "«Die tiefe Teuerung kommt bei den Mieterinnen und Mietern nicht an», sagte Gantenbein.", False, [], None),
    ("de", "Die Schweizerische Nationalbank geht für das laufende Jahr von einer Teuerung von 0,4 Prozent aus.", True, [("percent", 0.4, "%", None)], None),
    ("de", "Ökonomen hatten im Schnitt mit 0,4 Prozent gerechnet.", True, [("percent", 0.4, "%", None)], None),
    ("de", "Ob die Mieten im kommenden Jahr weiter steigen, ist offen.", False, [], None),
    # --- U.S. consumer sentiment (Reuters), May ---
    ("en", "NEW YORK, May 16 (Reuters) - Sentiment among U.S. consumers sank to its lowest in nearly three years in May as tariff worries pushed up inflation expectations, preliminary results from the University of Michigan showed on Friday.", True, [("date", "--05-16", None, None), ("duration", 3, "year", "nearly")], None),
    ("en", "The index of consumer sentiment dropped to 51.8 from 53.6 in April.", True, [("count", 51.8, None, None), ("count", 53.6, None, None)], None),
    ("en", "A Reuters poll had pointed to a reading of 53.2.", True, [("count", 53.2, None, None)], None),
    ("en", "Year-ahead inflation expectations jumped to 6.9% from 6.3%, the highest since 1981.", True, [("percent", 6.9, "%", None), ("percent", 6.3, "%", None), ("year", 1981, None, None)], None),
    ("en", "Expectations for inflation over the next five years rose to 4.4%.", True, [("duration", 5, "year", None), ("percent", 4.4, "%", None)], None),
    ("en", "Survey director Miriam Castellane said about two-thirds of consumers mentioned tariffs without being prompted.", True, [("fraction", 0.6667, None, "about")], "Miriam Castellane"),
    ("en", "“Consumers are bracing for higher prices, and they are not shy about saying so,” Castellane said.", False, [], None),
    ("en", "The White House dismissed the survey as “a poll of feelings, not facts”.", False, [], None),
    ("en", "A final reading for May is due on May 30.", True, [("date", "--05-30", None, None)], None),
    # --- Konsumklima (dpa), Juni ---
    ("de", "Nürnberg (dpa) - Die Kauflaune der Verbraucher in Deutschland hat sich im Juni überraschend leicht verbessert.", True, [], None),
    ("de", "Das Konsumklima steigt für Juli zum zweiten Mal in Folge um 1,6 Punkte auf minus 20,3 Zähler, teilte das Nürnberger Institut für Marktentscheidungen am Donnerstag mit.", True, [("ordinal", 2, None, None), ("count", 1.6, None, None), ("count", -20.3, None, None)], "das Nürnberger Institut für Marktentscheidungen"),
    ("de", "Die Sparneigung sank zugleich auf 12,1 Punkte.", True, [("count", 12.1, None, None)], None),
    ("de", "Die Einkommenserwartung legte um 5,4 Zähler auf 3,8 Punkte zu, den höchsten Wert seit Oktober 2021.", True, [("count", 5.4, None, None), ("count", 3.8, None, None), ("year", 2021, None, None)], None),
    ("de", "NIM-Konsumexperte Ralf Hochkirch sagte, die Verbraucher seien nach wie vor spürbar verunsichert.", False, [], None),
    ("de", "Von einer nachhaltigen Erholung könne noch keine Rede sein, sagte Hochkirch.", False, [], None),
    ("de", "Für die Umfrage wurden vom 5. bis 16. Juni rund 2.000 Menschen befragt.", True, [("date", "--06-05", None, None), ("date", "--06-16", None, None), ("count", 2000, None, "about")], None),
    ("de", "Der Handelsverband HDE erwartet für das Gesamtjahr ein nominales Umsatzplus von 2 Prozent im Einzelhandel.", True, [("percent", 2, "%", None)], None),
    # --- UK retail sales (PA), June ---
    ("en", "LONDON (PA) - British retail sales volumes dropped by 2.7% in May, the sharpest monthly drop since December 2023, the Office for National Statistics said.", True, [("percent", 2.7, "%", None), ("year", 2023, None, None)], "the Office for National Statistics"),
    ("en", "Food store sales volumes slumped by 5%, with shoppers buying less food and drink after a sunny April.", True, [("percent", 5, "%", None)], None),
    ("en", "Economists had expected a fall of 0.5%.", True, [("percent", 0.5, "%", None)], None),
    ("en", "ONS senior statistician Harriet Penhaligon said sales were still 1.2% higher in the three months to May than in the previous three months.", True, [("percent", 1.2, "%", None), ("duration", 3, "month", None), ("duration", 3, "month", None)], "Harriet Penhaligon"),
    ("en", "Online retailers saw sales values rise 2.1%, and internet sales now account for 27.4% of all retail spending.", True, [("percent", 2.1, "%", None), ("percent", 27.4, "%", None)], None),
    ("en", "The British Retail Consortium said on Tuesday that shop price inflation had risen for a third consecutive month to 1.6% in June, its highest since February of last year.", True, [("ordinal", 3, None, None), ("percent", 1.6, "%", None)], "the British Retail Consortium"),
    ("en", "BRC chief executive Naomi Ashbury-Clarke said retailers were “doing everything they can” to hold prices down.", False, [], None),
    ("en", "Retailers hope a warm summer will tempt shoppers back onto the high street.", False, [], None),
    # --- Onlinehandel im Halbjahr (dpa), Juli ---
    ("de", "Berlin (dpa) - Der Umsatz im deutschen Onlinehandel mit Waren ist im ersten Halbjahr um 3,8 Prozent auf 38,9 Milliarden Euro gestiegen, teilte der Bundesverband E-Commerce und Versandhandel am Dienstag mit.", True, [("ordinal", 1, None, None), ("percent", 3.8, "%", None), ("money", 38900000000, "EUR", None)], "der Bundesverband E-Commerce und Versandhandel"),
    ("de", "Am stärksten wuchsen Lebensmittel mit einem Plus von 11,2 Prozent und Drogeriewaren mit 7,5 Prozent.", True, [("percent", 11.2, "%", None), ("percent", 7.5, "%", None)], None),
    ("de", "Bekleidung, die umsatzstärkste Warengruppe, verlor dagegen 1,9 Prozent.", True, [("percent", 1.9, "%", None)], None),
    ("de", "Gut jeder dritte Euro im Onlinehandel floss demnach an Marktplätze wie Amazon, Temu oder Shein.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "bevh-Präsident Konrad Ellerbusch sagte, rund 14 Prozent der Bestellungen kämen inzwischen von Plattformen aus China.", True, [("percent", 14, "%", "about")], "Konrad Ellerbusch"),
    ("de", "„Hier wird mit ungleichen Karten gespielt“, sagte Ellerbusch.", False, [], None),
    ("de", "Der Verband forderte, die Zollfreigrenze von 150 Euro für Pakete aus Drittstaaten abzuschaffen.", True, [("money", 150, "EUR", None)], None),
    # --- Japan's rice prices (Reuters), July ---
    ("en", "TOKYO, July 18 (Reuters) - Japan's core consumer prices rose 3.4% in June from a year earlier, slowing from 3.8% in May, government data showed on Friday.", True, [("date", "--07-18", None, None), ("percent", 3.4, "%", None), ("percent", 3.8, "%", None)], None),
    ("en", "Rice prices were up 98.6% on the year, though the increase eased from May's 101.7%.", True, [("percent", 98.6, "%", None), ("percent", 101.7, "%", None)], None),
    ("en", "A 5-kilogram bag of rice cost an average of 3,920 yen at supermarkets in the week to July 6, the farm ministry said.", True, [("count", 5, None, None), ("money", 3920, "JPY", None), ("date", "--07-06", None, None)], None),
    ("en", "The government has released nearly 600,000 tonnes from its emergency stockpile since March.", True, [("count", 600000, None, "nearly")], None),
    ("en", "Farm minister Kenji Morikawa said the state would sell another 200,000 tonnes in August.", True, [("count", 200000, None, None)], "Kenji Morikawa"),
    ("en", "“Rice is the heart of the Japanese table, and it has to stay affordable,” Morikawa said.", False, [], None),
    ("en", "The Bank of Japan is expected to keep its policy rate at 0.5% at its meeting this month, according to most economists polled by Reuters.", True, [("percent", 0.5, "%", None)], None),
    ("en", "Tokyo office worker Aiko Shinohara, 34, said her family now eats bread at breakfast to save money.", False, [("duration", 34, "year", None)], None),
    ("en", "Opposition parties said the government had woken up far too late to the shortage.", False, [], None),
    # --- Preisvergleich Wien-München (APA), August ---
    ("de", "Wien (APA) - Ein Warenkorb mit 40 günstigen Lebensmitteln und Drogeriewaren ist in Wien um 17 Prozent teurer als in München.", True, [("count", 40, None, None), ("percent", 17, "%", None)], None),
    ("de", "Das ergab ein Preisvergleich der Arbeiterkammer in je vier Supermärkten beider Städte.", True, [("count", 4, None, None)], None),
    ("de", "Für identische Markenprodukte zahlten Kunden in Wien durchschnittlich 14,6 Prozent mehr.", True, [("percent", 14.6, "%", None)], None),
    ("de", "Der günstigste Warenkorb kostete in Wien 61,40 Euro, in München 52,35 Euro.", True, [("money", 61.4, "EUR", None), ("money", 52.35, "EUR", None)], None),
    ("de", "AK-Konsumentenschützerin Beate Raunig sagte, in 27 der 40 Fälle sei das idente Produkt in Wien teurer gewesen.", True, [("count", 27, None, None), ("count", 40, None, None)], "Beate Raunig"),
    ("de", "„Ein Österreich-Aufschlag lässt sich nicht mit höheren Kosten wegerklären“, sagte Raunig.", False, [], None),
    ("de", "Der Handelsverband wies den Vergleich als „unseriös“ zurück und verwies auf höhere Löhne und Mieten in Österreich.", False, [], None),
    ("de", "Laut Statistik Austria lagen die Lebensmittelpreise im Juli um 4,1 Prozent über dem Vorjahr.", True, [("percent", 4.1, "%", None)], "Statistik Austria"),
    ("de", "Die Regierung kündigte an, bis Herbst einen Gesetzesentwurf gegen den sogenannten Österreich-Aufschlag vorzulegen.", True, [], None),
    # --- U.S. gasoline before Labor Day (AP), August ---
    ("en", "NEW YORK (AP) — The national average price for a gallon of regular gasoline stood at $3.12 on Monday, down 27 cents from a year ago, according to AAA.", True, [("money", 3.12, "USD", None), ("money", 0.27, "USD", None)], None),
    ("en", "Pump prices are at their lowest ahead of Labor Day since 2021.", True, [("year", 2021, None, None)], None),
    ("en", "California had the highest average at $4.61, while Mississippi had the lowest at $2.68.", True, [("money", 4.61, "USD", None), ("money", 2.68, "USD", None)], None),
    ("en", "Gas prices had peaked at a national average of $3.68 in mid-April.", True, [("money", 3.68, "USD", None)], None),
    ("en", "GasBuddy analyst Dalton Fenwick said the national average could slip below $3 by Thanksgiving if U.S. crude holds at about $62 a barrel.", True, [("money", 3, "USD", "under"), ("money", 62, "USD", "about")], "Dalton Fenwick"),
    ("en", "Diesel averaged $3.71 a gallon, the motoring group said.", True, [("money", 3.71, "USD", None)], None),
    ("en", "“Drivers should enjoy it while it lasts,” Fenwick said.", False, [], None),
    ("en", "Some 38 million Americans are expected to travel by car over the holiday weekend, AAA estimates.", True, [("count", 38000000, None, "about")], None),
    # --- Spritpreise im September (dpa) ---
    ("de", "München (dpa) - Tanken ist in Deutschland im September etwas billiger geworden: Ein Liter Super E10 kostete im Monatsschnitt 1,689 Euro, 2,4 Cent weniger als im August.", True, [("money", 1.689, "EUR", None), ("money", 0.024, "EUR", None)], None),
    ("de", "Diesel verbilligte sich um 1,1 Cent auf 1,598 Euro je Liter, teilte der ADAC am Mittwoch mit.", True, [("money", 0.011, "EUR", None), ("money", 1.598, "EUR", None)], "der ADAC"),
    ("de", "Am teuersten war Sprit am 2. September, am günstigsten am 27. September.", True, [("date", "--09-02", None, None), ("date", "--09-27", None, None)], None),
    ("de", "Der ADAC rät Autofahrern, vor allem abends zu tanken und die Preise per App zu vergleichen.", False, [], None),
    ("de", "Heizöl kostete nach Angaben des Vergleichsportals Heizpreis24 im Schnitt 94,80 Euro je 100 Liter bei einer Abnahme von 3.000 Litern.", True, [("money", 94.8, "EUR", None), ("count", 100, None, None), ("count", 3000, None, None)], None),
    ("de", "Das waren rund 8 Prozent weniger als vor einem Jahr.", True, [("percent", 8, "%", "about")], None),
    ("de", "Ein Sprecher des Bundeskartellamts sagte, die Behörde behalte die Preise an den Zapfsäulen weiterhin genau im Blick.", False, [], None),
    # --- Bellamy Stores results (Reuters), August ---
    ("en", "CHICAGO, Aug 20 (Reuters) - Bellamy Stores raised its annual sales forecast on Wednesday after bargain-hunting shoppers drove a 4.6% rise in comparable sales in the second quarter.", True, [("date", "--08-20", None, None), ("percent", 4.6, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "The discount chain now expects full-year sales growth of 3.5% to 4%, up from a previous forecast of 3% to 3.5%.", True, [("percent", 3.5, "%", None), ("percent", 4, "%", None), ("percent", 3, "%", None), ("percent", 3.5, "%", None)], None),
    ("en", "Online sales jumped 22%, helped by faster same-day delivery from about 4,600 stores.", True, [("percent", 22, "%", None), ("count", 4600, None, "about")], None),
    ("en", "Chief Executive Douglas Kettering told analysts that households earning more than $100,000 a year accounted for about three-quarters of its market share gains.", True, [("money", 100000, "USD", "over"), ("fraction", 0.75, None, "about")], "Douglas Kettering"),
    ("en", "The company said it would absorb part of the tariff costs and raise prices on fewer than 5% of its items.", True, [("percent", 5, "%", "under")], "the company"),
    ("en", "“We are winning with every income group,” Kettering said.", False, [], None),
    ("en", "Shares of Bellamy rose 5.2% in premarket trading.", True, [("percent", 5.2, "%", None)], None),
    ("en", "Rival Norland's, which reports next week, has warned that tariff costs could squeeze its margins.", False, [], None),
    # --- Modekette schließt Filialen (Reuters), September ---
    ("de", "Düsseldorf (Reuters) - Die Modehandelskette Hallberg schließt bis Ende Januar 31 ihrer 88 Filialen in Deutschland.", True, [("count", 31, None, None), ("count", 88, None, None)], None),
    ("de", "Rund 1.400 der etwa 5.200 Beschäftigten verlieren dadurch ihren Arbeitsplatz, teilte der Insolvenzverwalter am Montag mit.", True, [("count", 1400, None, "about"), ("count", 5200, None, "about")], None),
    ("de", "Hallberg hatte im Juni zum zweiten Mal binnen drei Jahren Insolvenz in Eigenverwaltung beantragt.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Die Umsätze seien seit 2019 um fast ein Viertel eingebrochen, sagte Insolvenzverwalter Matthias Krönlein.", True, [("year", 2019, None, None), ("fraction", 0.25, None, "nearly")], "Matthias Krönlein"),
    ("de", "„Der stationäre Modehandel steht mit dem Rücken zur Wand“, sagte Krönlein.", False, [], None),
    ("de", "Die Gewerkschaft Verdi nannte die Schließungen „einen Kahlschlag auf dem Rücken der Beschäftigten“.", False, [], None),
    ("de", "Nach Zahlen des Handelsverbands HDE haben seit 2015 bundesweit mehr als 45.000 Geschäfte geschlossen.", True, [("year", 2015, None, None), ("count", 45000, None, "over")], None),
    ("de", "Die Filialen in Hamburg, Köln und Frankfurt sollen erhalten bleiben.", True, [], None),
    # --- UK grocery inflation (Reuters), October ---
    ("en", "LONDON, Oct 21 (Reuters) - British grocery price inflation rose to 5.4% in the four weeks to Oct. 12, its highest in 20 months, market researcher Kantar said on Tuesday.", True, [("date", "--10-21", None, None), ("percent", 5.4, "%", None), ("duration", 4, "week", None), ("date", "--10-12", None, None), ("duration", 20, "month", None)], None),
    ("en", "Chocolate, butter and fresh beef showed the steepest price rises, Kantar said.", True, [], None),
    ("en", "Take-home grocery sales rose 4.1% in value over the period.", True, [("percent", 4.1, "%", None)], None),
    ("en", "Kantar analyst Fergal Brannigan said households faced an extra £290 a year on their grocery bills if prices kept rising at this pace.", True, [("money", 290, "GBP", None)], "Fergal Brannigan"),
    ("en", "Own-label products accounted for 52.7% of spending, a record share.", True, [("percent", 52.7, "%", None)], None),
    ("en", "Promotional spending made up 29.1% of sales, up 1.4 percentage points.", True, [("percent", 29.1, "%", None), ("percent", 1.4, "pp", None)], None),
    ("en", "The market leader's share rose 0.6 percentage points to 28.1%.", True, [("percent", 0.6, "pp", None), ("percent", 28.1, "%", None)], None),
    ("en", "“It is not a crisis, but it is a squeeze that shoppers can feel at every till,” Brannigan said.", False, [], None),
    ("en", "Analysts expect the pressure on food bills to ease only slowly next year.", False, [], None),
    ("en", "Supermarkets have blamed higher employer national insurance contributions and new packaging levies for the rises.", True, [], None),
    # --- Argentina's inflation (AFP), November ---
    ("en", "BUENOS AIRES (AFP) - Argentina's monthly inflation slowed to 1.9% in October, the lowest since May 2020, the INDEC statistics institute said Thursday.", True, [("percent", 1.9, "%", None), ("year", 2020, None, None)], None),
    ("en", "Annual inflation fell to 31.3%, down from a peak of almost 290% in April of last year.", True, [("percent", 31.3, "%", None), ("percent", 290, "%", "nearly")], None),
    ("en", "Food and non-alcoholic drinks rose 2.3% on the month, while clothing climbed 3.1%.", True, [("percent", 2.3, "%", None), ("percent", 3.1, "%", None)], None),
    ("en", "A basic basket of goods for a family of four cost 1.08 million pesos in October, the institute said.", True, [("count", 4, None, None), ("money", 1080000, "ARS", None)], None),
    ("en", "Economy Minister Tomás Iriarte said the government expected annual inflation to fall below 25% by March.", True, [("percent", 25, "%", "under")], "Tomás Iriarte"),
    ("en", "The presidency hailed the figure as “proof that the chainsaw works”.", False, [], None),
    ("en", "Economists surveyed by the central bank expect monthly inflation of 2.1% in November.", True, [("percent", 2.1, "%", None)], None),
    ("en", "Retired teacher Marta Villaverde, 68, said she had stopped buying beef three years ago.", False, [("duration", 68, "year", None), ("duration", 3, "year", None)], None),
    # --- Mogelpackung des Jahres (dpa), November ---
    ("de", "Hamburg (dpa) - Die Verbraucherzentrale Hamburg hat ein Glas Erdnussbutter zur „Mogelpackung des Jahres“ gekürt.", True, [], None),
    ("de", "Der Inhalt schrumpfte von 350 auf 300 Gramm, der Preis stieg zugleich von 3,29 auf 3,49 Euro.", True, [("count", 350, None, None), ("count", 300, None, None), ("money", 3.29, "EUR", None), ("money", 3.49, "EUR", None)], None),
    ("de", "Das entspricht einer versteckten Preiserhöhung von 23,8 Prozent.", True, [("percent", 23.8, "%", None)], None),
    ("de", "An der Online-Abstimmung beteiligten sich knapp 31.000 Menschen, 41 Prozent stimmten für das Glas.", True, [("count", 31000, None, "nearly"), ("percent", 41, "%", None)], None),
    ("de", "Verbraucherschützerin Inken Dörrbecker sagte, die Zahl der Beschwerden über Mogelpackungen habe sich seit 2022 mehr als verdoppelt.", True, [("year", 2022, None, None)], "Inken Dörrbecker"),
    ("de", "„Die Hersteller setzen darauf, dass niemand die Grammangaben liest“, sagte Dörrbecker.", False, [], None),
    ("de", "Der Hersteller erklärte, gestiegene Kosten für Erdnüsse und Glas hätten die Anpassung notwendig gemacht.", True, [], None),
    ("de", "Die Verbraucherzentrale fordert seit Jahren eine Kennzeichnungspflicht für geschrumpfte Packungen.", True, [], None),
    # --- Black Friday online (Reuters), November ---
    ("en", "SAN FRANCISCO, Nov 30 (Reuters) - U.S. shoppers spent $12.4 billion online on Black Friday, up 8.3% from a year earlier, according to data from Adobe Analytics.", True, [("date", "--11-30", None, None), ("money", 12400000000, "USD", None), ("percent", 8.3, "%", None)], None),
    ("en", "Purchases made on mobile phones accounted for 57% of online sales, Adobe said.", True, [("percent", 57, "%", None)], None),
    ("en", "Traffic to retail sites from AI chat assistants rose more than twelvefold from last year.", True, [("count", 12, None, "over")], None),
    ("en", "Adobe expects online spending over the whole holiday season to reach $253.4 billion, up 5.3%.", True, [("money", 253400000000, "USD", None), ("percent", 5.3, "%", None)], None),
    ("en", "Visits to physical stores on Black Friday fell 1.7% from last year, according to retail analytics firm StoreCount.", True, [("percent", 1.7, "%", None)], None),
    ("en", "The National Retail Federation forecast that a record 186.9 million people would shop over the five-day weekend.", True, [("count", 186900000, None, None), ("duration", 5, "day", None)], None),
    ("en", "The deepest discounts were 31% off list prices for toys and 26% for televisions, Adobe said.", True, [("percent", 31, "%", None), ("percent", 26, "%", None)], None),
    ("en", "“Shoppers are being very deliberate, they came for the deals and little else,” said Adobe Digital Insights lead analyst Vivek Pandharkar.", False, [], None),
    ("en", "Some economists cautioned that higher tariffs could still eat into spending in December.", False, [], None),
    ("en", "Retailers are bracing for a wave of returns in the weeks after the holiday.", False, [], None),
    # --- Black Friday in Deutschland (dpa), November ---
    ("de", "Berlin (dpa) - Der Handel in Deutschland rechnet rund um Black Friday und Cyber Monday mit Umsätzen von 6,1 Milliarden Euro.", True, [("money", 6100000000, "EUR", None)], None),
    ("de", "Das wären 3 Prozent mehr als im Vorjahr, teilte der Handelsverband Deutschland (HDE) am Montag mit.", True, [("percent", 3, "%", None)], None),
    ("de", "Rund zwei Drittel der Umsätze dürften online erzielt werden.", True, [("fraction", 0.6667, None, "about")], None),
    ("de", "Laut einer HDE-Umfrage unter 1.500 Verbrauchern wollen 54 Prozent der Befragten die Rabatte nutzen.", True, [("count", 1500, None, None), ("percent", 54, "%", None)], None),
    ("de", "Im Schnitt planen die Kaufwilligen Ausgaben von 289 Euro.", True, [("money", 289, "EUR", None)], None),
    ("de", "HDE-Hauptgeschäftsführerin Marion Kolbeck sagte, fast jeder zweite Händler beteilige sich in diesem Jahr an den Rabattaktionen.", True, [("fraction", 0.5, None, "nearly")], "Marion Kolbeck"),
    ("de", "Die Verbraucherzentrale riet, Streichpreise stets mit Vergleichsportalen zu prüfen.", False, [], None),
    ("de", "„Nicht jedes Schnäppchen ist auch eines“, sagte eine Sprecherin der Verbraucherzentrale Nordrhein-Westfalen.", False, [], None),
    # --- Christmas trading in Britain (PA), December ---
    ("en", "LONDON (PA) - Shoppers are expected to spend £1.3 billion more on Christmas food and gifts than last year, according to forecasts from the British Retail Consortium.", True, [("money", 1300000000, "GBP", None)], None),
    ("en", "Total retail sales rose by 1.8% year on year in November, against a rise of 2.6% in November last year, the BRC-KPMG retail sales monitor showed.", True, [("percent", 1.8, "%", None), ("percent", 2.6, "%", None)], None),
    ("en", "Food sales increased 3.9%, but non-food sales dipped 0.4% as Black Friday failed to lift spending on furniture and electronics.", True, [("percent", 3.9, "%", None), ("percent", 0.4, "%", None)], None),
    ("en", "Online non-food sales fell 1.1%, compared with growth of 3.4% a year earlier.", True, [("percent", 1.1, "%", None), ("percent", 3.4, "%", None)], None),
    ("en", "Department store group Hollis & Barr said it would keep 38 of its 41 stores open around the clock in the final week before Christmas.", True, [("count", 38, None, None), ("count", 41, None, None)], None),
    ("en", "Consumer minister Imogen Trelawney said average household energy bills would fall by £11 a year from January under the new price cap.", True, [("money", 11, "GBP", None)], "Imogen Trelawney"),
    ("en", "“There is no magic wand for the high street,” Trelawney said.", False, [], None),
    ("en", "Footfall across UK retail destinations fell 2.3% in November, with high streets hardest hit, according to retail technology firm Shoppercount.", True, [("percent", 2.3, "%", None)], None),
    ("en", "“It has been a Christmas of careful spending rather than splurging,” Ashbury-Clarke said.", False, [], None),
    # --- U.S. inflation in November (Reuters), December ---
    ("en", "WASHINGTON, Dec 10 (Reuters) - The U.S. consumer price index climbed 0.3% in November, lifted by higher costs for beef, coffee and household furniture, the Labor Department said on Wednesday.", True, [("date", "--12-10", None, None), ("percent", 0.3, "%", None)], "the Labor Department"),
    ("en", "The median forecast in a Reuters poll was a 0.2% gain.", True, [("percent", 0.2, "%", None)], None),
    ("en", "In the 12 months through November, the consumer price index rose 2.8% after advancing 2.7% in October.", True, [("duration", 12, "month", None), ("percent", 2.8, "%", None), ("percent", 2.7, "%", None)], None),
    ("en", "Coffee prices surged 19.4% on the year, the biggest annual increase since 1997.", True, [("percent", 19.4, "%", None), ("year", 1997, None, None)], None),
    ("en", "Ground beef averaged a record $6.52 a pound.", True, [("money", 6.52, "USD", None)], None),
    ("en", "Furniture and bedding prices rose 4.7%, reflecting import tariffs.", True, [("percent", 4.7, "%", None)], None),
    ("en", "Federal Reserve Governor Althea Brandstetter said on Tuesday that tariffs would add about 0.5 percentage points to core inflation next year.", True, [("percent", 0.5, "pp", "about")], "Althea Brandstetter"),
    ("en", "“We will be following the pass-through into shop prices with great care,” Brandstetter said.", False, [], None),
    ("en", "Several analysts questioned whether the holiday discounts had simply pulled spending forward.", False, [], None),
    # --- Inflation im Dezember und Weihnachtsgeschäft (dpa) ---
    ("de", "Wiesbaden (dpa) - Zum Jahresende hat sich die Teuerung in Deutschland auf 2,1 Prozent abgeschwächt, teilte das Statistische Bundesamt am Dienstag mit.", True, [("percent", 2.1, "%", None)], "das Statistische Bundesamt"),
    ("de", "Im November hatte sie bei 2,4 Prozent gelegen.", True, [("percent", 2.4, "%", None)], None),
    ("de", "Nahrungsmittel kosteten 1,8 Prozent mehr als ein Jahr zuvor, Energie 1,5 Prozent weniger.", True, [("percent", 1.8, "%", None), ("percent", 1.5, "%", None)], None),
    ("de", "Im Jahresdurchschnitt lag die Teuerung damit bei 2,2 Prozent.", True, [("percent", 2.2, "%", None)], None),
    ("de", "Der Handelsverband HDE zog eine gemischte Bilanz des Weihnachtsgeschäfts: Der Umsatz im November und Dezember stieg nominal um 1,2 Prozent auf 121,4 Milliarden Euro.", True, [("percent", 1.2, "%", None), ("money", 121400000000, "EUR", None)], None),
    ("de", "Preisbereinigt blieb damit ein Minus von rund 0,8 Prozent.", True, [("percent", 0.8, "%", "about")], None),
    ("de", "Viele Händler in den Innenstädten klagten über leere Fußgängerzonen.", False, [], None),
    ("de", "„Die Menschen kaufen gezielter und vergleichen mehr“, sagte ein HDE-Sprecher.", False, [], None),
    ("de", "Für das kommende Jahr rechnet die Bundesbank mit einer Inflationsrate von 2,3 Prozent.", True, [("percent", 2.3, "%", None)], None),
]
