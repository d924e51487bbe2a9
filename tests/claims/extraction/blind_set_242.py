"""Two-hundred-and-forty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, brands and figures are made
up (Henrike Almstedt, Torsten Hellweger, Jannik Sörensen, Reto Gisiger, Claudia Wernicke,
Bernd Holtkötter, Helga Aufreiter, Clemens Aufhauser, Gerold Wimmersberg, Ewald
Brunnthaler, Annelie Brockhoff, Helmut Rothfuß, Marion Lehnhardt, Svenja Ruthenbeck,
Preisfuchs, Marktkorb, Nordkauf, Wiesenglück, Alpenkorb, Brenninger; Duncan Ferrier, Travis
Oberholtzer, Marguerite Colley, Darren Pettigrew, Verity Haslam, Graham Tulley, Lorraine
Bassett, Cheryl Vance, Anwen Prydderch, Shinji Arakawa, Leonie Castellanos, Hartmut
Ellerbrock, Tillmore, Trolleyscan, Lindqvist, Carrowby's, Cartwell, Ambledale Dairies,
Brookmere; every unnamed economist, spokesperson, trader, critic, analyst and official);
office holders of real bodies appear under made-up names that stand for no real holder, or
by their role only ("die Vorständin des Verbraucherzentrale Bundesverbands",
"Preisüberwacher Reto Gisiger", "Verbraucherschutzministerin Marion Lehnhardt", "BRC Chief
Executive Verity Haslam", "Farm Minister Shinji Arakawa", "ECB board member Hartmut
Ellerbrock", "ein Ökonom des Wifo", "ein Ministeriumssprecher", "an OCU spokeswoman", "the
opposition's agriculture critic"). Real bodies, indices, markets and places (Statistisches
Bundesamt, Verbraucherzentrale Bundesverband, Statistik Austria, Wifo, Arbeiterkammer,
Handelsverband, Verbraucherzentrale Hamburg, Preisüberwacher, Schweizerische Gesellschaft
für Ernährung, Stiftung Warentest, Bundesanstalt für Landwirtschaft und Ernährung, AMA,
AMA-Marketing, Bundeskartellamt, Zentralverband des Deutschen Bäckerhandwerks,
EU-Kommission, Tafel Deutschland, Deutscher Raiffeisenverband, DRV, Euronext,
Bundesverbraucherschutzministerium, Lebensmittelverband Deutschland, Foodwatch,
Weltgesundheitsorganisation, NielsenIQ, HDE, Kreis Gifhorn; Kantar, Labor Department,
Agriculture Department, Which?, British Retail Consortium, BRC, Australian Bureau of
Statistics, FAO, FAO Food Price Index, OCU, Agriculture and Horticulture Development Board,
National Farmers' Union, Statistics Canada, Consumer Reports, FDA, Eurostat, ECB, Food
Standards Agency, FSA, UK Health Security Agency, Ivory Coast, Queensland, Tully,
Carmarthen, Dayton, and the datelines' cities) stand for the way wire copy names them;
every price, share, tonnage, test result, survey, quote and reaction here is invented, and
where a real figure came to mind (a real cocoa peak, a real olive oil estimate, a real rice
crop, a real cartel fine, a real concentration share, a real count of food bank users) it
was changed or left out.

Its weight: FOOD PRICES, RETAIL AND CONSUMERS (the fifty-fourth, hundred-thirteenth,
hundred-fifteenth, hundred-seventy-third and hundred-ninetieth batches weighed retail and
food prices, consumer protection, harvests, shopping and farming before, and their
decisions are kept) - over about eleven wire weeks of one spring, late February to early
May, as 30 short stories in story order, the German and English stories alternating, each
told as wire copy runs it (a dateline lead, the figures, attributed claims, the other side,
quotes): prices per kilo and per litre, inflation of food groups, harvest sizes in tonnes,
supermarket price cuts, shrinkflation (grams less for the same price), consumer groups'
tests and warnings with the public advice around them, and retailers' statements and
rhetoric. Half German (dpa, APA, Keystone-SDA, Reuters German; Austrian "Jänner", "heuer",
"idente", "Rindsschnitzel", "Mikrowarenkorb", Swiss "Detailhändler", "Mitarbeitende",
"Rindsentrecôte", "per 1. April", "14'500", «» quotes, German „“ quotes): food inflation in
February, the Austrian daily shopping basket, a discounter's price cuts, complaints about
shrinking packs, Swiss meat prices and a retailer's cut, a Stiftung Warentest test of oat
drinks, the asparagus season, Easter eggs in Austria, a supplier dispute on the
confectionery shelf, bread prices and bakeries, the "Österreich-Aufschlag", food banks, the
grain harvest forecast, a planned labelling duty for shrunken packs and own-label brands.
Half English (Reuters, AP, PA): UK grocery inflation, U.S. food prices, a Which? survey of
shrinkflation, Easter chocolate, Australian fruit and vegetables, the FAO index, UK shop
prices, a U.S. supermarket's price cut, Spanish olive oil, a dairy's milk price cut, rice in
Japan, Canadian grocery prices, a lead test of baby foods, euro zone food inflation and a
pâté recall. Figures as such copy has them: prices in euros, Cent, francs, pounds, pence,
dollars, cents, Australian and Canadian dollars and yen, per kilo, per litre, per tonne and
per pound ("3,99 Euro/kg", "A$6.90 a kilo", "$6.48 a pound"), pack sizes and weights ("Eine
500-Gramm-Packung", "175 statt 200 Gramm", "Eine Zehnerpackung", "Ein Sechserpack", "A 200g
bag ... cut to 175g", "from 900ml to 750ml", "30 grams less", "a 5-kilogram bag", "a
one-litre bottle", "je 100 Gramm", "per 100g"), harvests in tonnes and hectares, test
results and a grade ("mit der Note 1,9"), contaminant levels, number words and compounds
("dreiwöchigen", "four-week", "Jeder dritte", "etwa jedem siebten", "ein knappes Viertel",
"mehr als doppelt so viel", "nearly three times"), ordinals ("zum vierten Mal in Folge", "for
a sixth straight week", "the second-largest"), shares, percentages and percentage points,
durations, ages, years, seasons, dates and hedges. Negatives as such copy has them:
retailers', consumer advocates', ministers' and farmers' rhetoric and slogans in quotes,
labels, a rejection of criticism, an accusation without a checkable claim, a warning that
names no measure, public advice and appeals, views, fears, hopes, doubts, forecasts without a
figure, an evasion, open questions, generic lines in quotes and vox pops - eight of them
carrying figures, labelled.

234 rows (119 German, 115 English), 57 negatives (29 German, 28 English), 177 check-worthy
rows of which 12 carry no figure (7 German, 5 English), 305 expected quantities (88 counts,
86 percentages - 83 in "%", 3 in percentage points "pp" -, 57 amounts of money - 31 EUR, 10
USD, 8 GBP, 2 CHF, 2 AUD, 2 JPY, 2 CAD -, 19 durations - 7 in years, 6 in months, 5 in
weeks, 1 in minutes -, 18 dates, all without a year, 15 fractions, 11 years, 11 ordinals; 9
of them in eight negatives, as the seventeenth batch labels a figure in a negative), 37
checked speakers (20 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, slogan, feeling, hope, fear, view or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-first, hundred-seventy-third, two-hundred-and-fourth); a quoted or reported
  statement of fact, figure, step, plan or position is check-worthy with its speaker. Pairs
  from one speaker: Almstedt's 37 percent beside „eine Zumutung“; Ferrier's £268 beside
  "trading down"; Hellweger's 150 million euros beside „an der Seite unserer Kundinnen und
  Kunden“; Colley's 11.4% beside "a sneaky way"; Sörensen's seventh beside
  „Verbrauchertäuschung mit Methode“ and his advice; Gisiger's 40 percent beside «nicht
  nachvollziehbar»; Wernicke's seven drinks beside her „nicht automatisch das gesündere
  Produkt“; Holtkötter's 46 helpers beside „bleibt der Spargel im Boden“; Haslam's £7
  billion beside "only so much they can absorb"; Aufreiter's 20 million hens beside „ein
  Stück Sicherheit“; Bassett's $1 billion beside "without breaking the bank"; Wimmersberg's
  third beside „stirbt leise“; Brunnthaler's 281 million euros beside „eine Steuer, die
  niemand beschlossen hat“; Arakawa's 3,500 yen beside "part of who we are"; Brockhoff's 12
  percent beside „beschämend“; Rothfuß's seven weeks beside „Für Panik gibt es keinen Grund“
  (its "die nächsten drei Wochen" 3 weeks labelled); Lehnhardt's fine beside her slogan;
  Ellerbrock's 0.3 percentage points beside "watching food prices very closely";
  Ruthenbeck's 31 percent beside „Das Logo allein ...“. Konjunktiv I paraphrases of a fact,
  a figure or a cause are check-worthy with the speaker their own attribution gives
  (hundred-thirteenth, hundred-seventy-third): "Betroffen seien ..., teilte das Unternehmen
  mit.", "Grund sei die Vogelgrippe, ... sagte ... Helga Aufreiter.", "Grund sei die
  Trockenheit im April, ... sagte ... Helmut Rothfuß.", "Jeder dritte Bäckermeister plane,
  ...", and with the speaker unchecked after a role or a description ("Brenninger habe
  Preiserhöhungen von bis zu 15 Prozent verlangt, ..., sagte ein Nordkauf-Sprecher." - the
  figure makes the row check-worthy beside its judgement; "Das seien etwa 8 Prozent mehr
  ..., teilte der Dachverband Tafel Deutschland mit.").
- Public advice, as the earlier batches settle it (forty-seventh, hundred-thirteenth,
  hundred-seventy-third, two-hundred-and-twenty-fifth): advice and appeals that tell the
  reader what to do are negatives, also from a consumer group, a foundation, an agency or a
  named advocate, and also with a figure, which is labelled: "Die Arbeiterkammer rät, ...",
  Sörensen's „Wer unsicher ist, sollte ...“ with "riet", "Die Stiftung rät, ...",
  "Konsumentenschützer raten, ...", "Shoppers are advised to compare the price per 100g ..."
  (100 labelled), "Parents are advised to vary the foods ...", "Consumer advocates urged
  shoppers ...", "Die Tafeln appellierten an ...", "Pregnant women and people over 65 should
  take particular care, the FSA said." (65 years "over" labelled), and "Anyone who has
  bought the pâté is advised not to eat it but to take it back to a store for a full
  refund." (hundred-thirteenth: returning goods for a refund is advice). A standing body's
  formal recommendation for a group of people is check-worthy with its speaker unchecked
  (two-hundred-and-twenty-fifth: the Stiko's and the WHO's recommendations): "Die
  Schweizerische Gesellschaft für Ernährung empfiehlt Erwachsenen höchstens 240 Gramm
  Fleisch pro Woche." 240 "at_most" ("pro Woche" none). A count of reports, zero included,
  is checkable (hundred-thirteenth): "No illnesses have been linked to the pâté so far,
  Brookmere said."; so is the absence of a rule ("The FDA has not set a binding limit for
  lead in baby food.", as "Eine Auffrischung ist ... nicht vorgesehen.",
  two-hundred-and-twenty-fifth).
- Consumer groups' tests and warnings (hundred-thirteenth): products tested and failed are
  counts ("19 Haferdrinks ... nur fünf davon" 19 and 5, "Drei Produkte", "sieben der
  Drinks", "in 21 of the 31 packaged baby foods" 21 and 31 - definite groups,
  forty-first -, "Six products", "all 11 manufacturers" - "all" no hedge, hundred-fifteenth:
  "Alle 1.240 Tiere" -, "Two of the companies", "62 supermarket products"); a numeric grade
  is a count ("mit der Note 1,9" 1.9; hundred-thirteenth: "mit der Note 2,1"), verbal grades
  („gut“, „mangelhaft“, „befriedigend“) and "Testsieger" none; contaminant levels are counts
  ("14.2 parts per billion", "the 5 ppb limit" 5; hundred-thirteenth: "2.03 to 7.68 parts
  per million"), a multiple of a limit too ("nearly three times" 3 "nearly"; forty-fifth,
  hundred-seventy-third). A warning that names no measure is a negative
  (two-hundred-and-fourth): "Die Verbraucherzentrale warnte vor „Mogelpackungen im neuen
  Design“, nannte aber keine weiteren Produkte."; a warning that carries a finding with its
  figures stays check-worthy (hundred-eighty-ninth, two-hundred-and-fourth: "bis zu 2.000
  Arbeitsplätze"): "Foodwatch warnte, in 23 von 40 untersuchten Kinderlebensmitteln stecke
  mehr Zucker, ..." 23 and 40. A consumer body's count of complaints with a record is
  check-worthy ("... 214 Beschwerden ..., so viele wie in keinem Quartal zuvor";
  hundred-fifty-eighth, hundred-seventy-third).
- Retailers' statements and rhetoric: announced price cuts and caps are check-worthy
  (fifty-fourth: a supermarket's price freeze; hundred-seventy-third: a competitor's
  announced step): Preisfuchs's 400 articles, Alpenkorb's 120 meat products, Cartwell's
  2,500 items, Carrowby's A$4.50 cap, and without a figure "Die Konkurrenten Marktkorb und
  Nordkauf kündigten noch am selben Tag an, bei den meisten Artikeln nachzuziehen."; a
  supplier dispute's figures on both sides are check-worthy (Nordkauf's "bis zu 15
  Prozent", Brenninger's "lediglich um durchschnittlich 6,5 Prozent" - "lediglich" and
  "durchschnittlich" no hedge); a maker's or seller's stated cause is check-worthy without a
  figure (fifty-fourth, hundred-thirteenth: a company's stated reason): "Wiesenglück
  erklärte, gestiegene Kosten für Milch und Verpackung hätten die Änderung nötig gemacht.",
  "Ambledale said global dairy prices had fallen sharply ...", "Die Supermärkte begründen
  das mit genauerer Planung ...", and a vague stated rise too ("... would go up by a
  mid-single-digit percentage in April." - New: "a mid-single-digit percentage" carries no
  figure, a vague magnitude as "tens of millions" is, seventeenth and hundred-seventy-third).
  A body's rejection of criticism that only points to costs is a negative (hundred-seventy-
  third, New there): "Der Handelsverband wies die Kritik zurück und verwies auf höhere
  Personal- und Energiekosten."; so are retailers' and makers' slogans and rhetoric in quotes
  (Hellweger's, the Alpenkorb spokeswoman's «Wir haben nichts zu verbergen ...», Aufhauser's
  „Geiselhaft“, Nordkauf's „Wir lassen uns nicht erpressen ...“ with "hieß es bei", Bassett's),
  labels ("Branchenbeobachter sprachen von einem „Preiskampf mit Ansage“.", "Der
  Lebensmittelverband Deutschland nannte das Vorhaben „bürokratisch und überflüssig“.";
  ninety-eighth, hundred-eighty-ninth), an accusation without a checkable claim ("Consumer
  groups accused supermarkets of using cost pressures as cover ..."; hundred-seventy-third),
  views, fears, hopes and doubts ("Die Arbeiterkammer sieht die Verantwortung ...",
  "Markenhersteller fürchten, ...", "Growers fear ...", "Retailers hope ...", "Retailers
  expect prices to keep easing ..., though some analysts doubt ...", "Analysts questioned
  whether ..."; hundred-ninety-sixth), a warning without a figure ("FAO economists warned
  ..."), a verdict ("Consumer advocates said the code had so far done little ..."), an
  evasion with its figure labelled ("None of the big four supermarkets would say whether ..."
  4; two-hundred-and-fourteenth), an open question („Wann die Produkte ... zurückkehren, ist
  offen.“), generic lines in quotes (the cocoa trader's "Retail prices follow the bean ...",
  the FAO economist's "... half their income on food" with 0.5 labelled; hundred-thirteenth:
  generic claims in quotes) and vox pops with their figures labelled (Pettigrew's 60 hectares,
  Prydderch's 240 cows, "Cheryl Vance, 58," with her 20 minutes; sixty-third,
  hundred-seventy-third). Forecasts, plans and targets with a figure are check-worthy
  (hundred-seventy-third, two-hundred-and-fourteenth: a conditional figure): Ferrier's £268
  "if prices kept rising", Tulley's "about 4.5%", Ellerbrock's 0.3 percentage points, the
  HDE's 2,5 Prozent, the asparagus and grain harvests, Ivory Coast's main crop, Arakawa's
  3,500 yen, the ministry's "drei Monate lang" and Lehnhardt's fine.
- Shrinkflation and pack sizes (fifty-fourth, hundred-thirteenth, hundred-seventy-third):
  weights and volumes are counts ("Eine 500-Gramm-Packung" 500, "nur noch 175 statt 200
  Gramm" both - "nur noch" and "statt" no hedge -, "von 20 auf 17" wash loads, "A 200g bag
  ... cut to 175g", "from 900ml to 750ml" with the unit glued to the figure as "142mm"
  (ninety-ninth), "30 grams less", "A 150g milk chocolate Easter egg", "170g packs", "a
  5-kilogram bag" 5 - hundred-ninetieth -, "A 2-litre carton" 2); hidden rises are
  percentages ("einer versteckten Preiserhöhung von 14,3 Prozent", "a hidden price rise of
  20%"); "unverändert" and "still" no hedge. Multipacks count their items ("Eine
  Zehnerpackung Eier" 10, fifty-fourth, and by the same rule "Ein Sechserpack Mineralwasser"
  6; "A multipack of six chocolate bars" 6). Goods measured by an article and a unit carry
  none ("Ein Kilo Rindsschnitzel", "Ein Kilo Mischbrot", "Für ein Kilo Spargel", "Der Liter
  fettarme H-Milch", "A gallon of whole milk", "a litre of milk", "A dozen" excepted:
  "A dozen Grade A large eggs" 12, hundred-seventy-third). New: "a one-litre bottle" is
  count 1 - a figure inside a size compound is a count (fifty-fourth: "a four-pint bottle"
  4), also where it is "one", while the article in "a litre" is none. New: "je 100 Gramm"
  and "per 100g" are count 100 - the base of a unit price written with a figure is a count,
  as "pro 100.000 Einwohner" is (fourth, two-hundred-and-twenty-fifth), while "je Liter",
  "je Kilo", "pro Kilo", "per kilo", "a kilo", "a tonne", "a pound" after a dollar price and
  "/kg" carry none (hundred-thirteenth, hundred-seventy-third).
- Prices per kilo and per litre are money in the currency written, the unit priced carrying
  none (every batch): EUR ("24,90 Euro, um 2,30 Euro mehr", "0,79 Euro statt 0,99 Euro",
  "1,89 Euro", "1,79 Euro je Liter", "3,49 Euro je Liter", "zwischen 14 und 18 Euro" both -
  a range, ninety-seventh -, "3,99 Euro/kg" - the slash form, fifty-seventh and
  two-hundred-and-fourteenth -, "im Schnitt 7,80 Euro", "4,29 Euro", "5,20 Euro ... 2,60
  Euro", "198,50 Euro je Tonne, rund 12 Euro mehr" "about" on the second, "1,74 Euro ...
  4,14 Euro", and in English copy "3.85 euros a kilo", "9.20 euros", "7.10 euros";
  hundred-eleventh: "3.5 million euros"); Cent as hundredths of the euro ("um 6 Cent auf
  1,05 Euro" 0.06 and 1.05, "um 10 Cent" 0.1, "um 31 Cent" 0.31, "rund 40 Cent" 0.4
  "about", "bis zu 65 Cent" 0.65 "up_to"; hundred-fifteenth); CHF with the Swiss decimal
  point ("78.40 Franken", "34.90 Franken"; hundred-thirteenth: "12.90 Franken"); GBP and
  pence as hundredths ("£12.9 billion", "£268", "£2.50", "£4.85", "about £7 billion", "by 2p
  a litre to 38.5p" 0.02 and 0.385 - "by" before a difference no hedge -, "about 40p" 0.4
  "about"); USD and cents ("$3.07" and "a record $6.31" - "a record" no hedge -, "$6.48 a
  pound" USD with "a pound" a weight - hundred-seventy-third -, "71 cents" 0.71, "$5,420 a
  tonne", "close to $9,000" "nearly" - fifty-fourth: "close to" -, "about $1 billion", "$3.19
  ..., down from $3.59", "$61.20"); AUD ("A$6.90 a kilo", "A$4.50"); CAD ("C$4.79 on average"
  - "on average" no hedge, two-hundred-and-fourteenth -, "more than C$250 million" "over";
  hundred-eighty-sixth: "C$" is CAD); JPY ("3,820 yen", "3,500 yen"); the fines and sums
  ("gut 150 Millionen Euro" "over", "rund 1,9 Milliarden Euro im Jahr" "about" - "im Jahr"
  none -, "281 Millionen Euro", "höchstens 50.000 Euro" "at_most" -
  two-hundred-and-fourteenth: "höchstens 18.000 Euro"). None: "every dollar" in a vox pop
  (hundred-seventy-third: "every pound").
- Harvests, herds and volumes are counts (fourth, forty-second, hundred-fifteenth): "rund
  105.000 Tonnen" "about", "knapp 98.000 Tonnen" "nearly", "41,8 Millionen Tonnen", "21,3
  Millionen Tonnen", "9,1 Millionen Tonnen", "etwa 3,7 Millionen Tonnen" "about", "43,1
  Millionen Tonnen", "about 1.7 million tonnes" "about", "806 million tonnes", "about 1.41
  million tonnes, up from 1.29 million tonnes" ("up from" no hedge), "about 610,000 tonnes",
  "7.36 million tonnes", "12.9 billion litres", "86.2 million head", "19.800 Hektar" and "60
  hectares" (in a negative); index points are counts ("124.3 points"; sixteenth). Seasons
  give both years ("Spain's 2025/26 harvest" 2025 and 2026; eighty-eighth).
- Percentages as written (every batch), with percentage points in "pp"
  (hundred-thirtieth, hundred-seventy-third): "0.6 percentage points", "by no more than 0.4
  percentage points" "at_most" (two-hundred-and-fourteenth: "no more than 10p a day"), "by
  about 0.3 percentage points" "about". "gut 37 Prozent über dem Niveau von Anfang 2021"
  "over" and the year, "fast 19 Prozent" and "fast 47 Prozent" "nearly", "knapp 3 Prozent",
  "knapp 12 Prozent" and "knapp 38 Prozent" "nearly", "bei über 40 Prozent" "over" (the
  issue's "über 3.000 Soldaten"), "rund 30 Prozent", "rund 83 Prozent", "etwa 8 Prozent"
  "about", "gut 34 Prozent" and "gut 90 Prozent" "over", "bis zu 15 Prozent" "up_to", "um
  durchschnittlich 9 Prozent" and "um durchschnittlich 8 Prozent" ("durchschnittlich" no
  hedge), "im Schnitt um 16 Prozent" and "im Schnitt um 14 Prozent mehr" ("im Schnitt" no
  hedge, "mehr" after the figure compares), "Nur 18 Prozent" ("Nur" no hedge), "by an
  average of 11.4%" and "by an average of 10%" (no hedge), "about 60% higher", "about 1%
  above", "about 15%", "3.0%" and "4.0%" (trailing zeros no other value, seventy-first).
- Fractions (the issue: "ein Fünftel", "jeder vierte"): "um knapp ein Viertel billiger" 0.25
  "nearly" (a share written as a fall stays a fraction, hundred-fifty-second and
  hundred-eighty-third), "etwa jedem siebten" 0.1429 "about" (hundred-thirteenth: "etwa
  jedes zwölfte" 0.0833), "more than half" 0.5 "over" and "by more than half" 0.5 "over"
  (hundred-seventy-third: "um gut die Hälfte"), "roughly a fifth" and "etwa ein Fünftel mehr"
  0.2 "about", "almost a fifth" 0.2 "nearly", "Rund drei Viertel" 0.75 "about", "Jeder
  dritte Bäckermeister" and "Jede dritte Tafel" 0.3333, "Fast ein Drittel" 0.3333 "nearly",
  "um rund ein Zehntel" 0.1 "about", "close to half" 0.5 "nearly", and "half their income"
  0.5 in a negative. New: "ein knappes Viertel" is 0.25 "nearly" - the adjective "knapp"
  hedges the share as the adverb does in "knapp ein Fünftel" (fifty-fourth).
- Multiples are counts (forty-fifth, hundred-seventy-third): "mehr als doppelt so viel" 2
  "over", "nearly three times" 3 "nearly"; "more than doubled" carries none (a verb,
  hundred-thirty-second and hundred-seventy-third), and its "more than" hedges nothing.
- Counts otherwise, with their hedges: "rund 400 Artikel" "about", "120 Fleischprodukte",
  "rund 14'500 Mitarbeitende in 380 Filialen" (the Swiss apostrophe, tenth), "more than
  2,500 items" "over", "about 2,700 stores in 35 states and ... some 410,000 people" ("some"
  "about", hundred-seventy-third), "rund 180 Produkte", "die vier größten Handelsgruppen",
  "Die vier größten Lebensmittelhändler" and "the four biggest UK supermarkets" 4 (definite
  groups, forty-first), "more than 3,000 lines" "over", "40 idente Produkte", "46
  Saisonkräfte, sechs weniger" 46 and 6, "8.750 Innungsbetriebe, rund 300 weniger", "rund 60
  Millionen Eier" "about", "mehr als 20 Millionen Legehennen" "over", "4,2 Millionen Eier",
  "rund 1,75 Millionen Menschen", "an estimated 3.5 million cartons" "about"
  (hundred-seventy-third: "an estimated"), "Three of the country's five largest grocers" 3
  and 5, "two batches" 2, "310 stores", "about 170 hospital admissions a year" ("a year"
  none). None: "Ein Anbieter", "eine große Handelskette", "ein einzelnes Brötchen" (articles).
- Ordinals (the issue: "zum zweiten Mal", "die drittgrößte Stadt"): "for a second month" and
  "for a second year running" 2, "its second cut in three months" 2 and 3 months
  (hundred-thirteenth: "second recall ... in three years"), "the second-largest U.S.
  supermarket operator" 2 (fifty-fourth: "the second-largest source market"), "for a third
  consecutive month" 3, "der dritte Lieferstreit ... binnen zwölf Monaten" 3 and 12 months
  ("binnen" no hedge), "zum vierten Mal in Folge" 4, "for a fifth consecutive month" 5, "for
  a sixth straight week" 6, "im ersten Quartal" and "in the first quarter" 1 (fifty-fourth:
  "in the fourth quarter"). None: superlatives without a number word ("the world's biggest
  cocoa grower", "the bloc's largest economy", "the steepest annual increase", "the smallest
  since 1951", "den niedrigsten Stand seit 2009", "Der teuerste Drink", "die bekannteste
  Marke"; hundred-fifty-second). New: "der Handelsklasse I" carries none - a Roman numeral
  naming a quality class, as "Grade A" (forty-second) and "Solvency II"
  (hundred-eighty-sixth) name grades and regimes.
- Durations and ages (the issue: "fünfstündigen", "a two-week visit"): "in the four-week
  period to Feb. 22" 4 weeks and the date (fifty-fourth: "in the four weeks to Dec. 28"),
  "twelve months before" 12 months, "its highest in 14 months" 14 months (fifty-fourth: "in
  four years"), "for the previous 11 months" 11 months, "in more than three years" 3 years
  "over", "over two years" 2 years ("over" before a span no hedge, hundred-seventy-third),
  "two years ago" and "Vor fünf Jahren" 2 and 5 years (hundred-ninetieth: "vor
  drei Jahren"), "in den kommenden fünf Jahren" 5 years, "seit sieben Wochen" 7 weeks,
  "Während der dreiwöchigen Osteraktion" 3 weeks, "drei Monate lang" 3 months, "about two
  weeks earlier" 2 weeks "about"; in negatives "die nächsten drei Wochen" 3 weeks, "20
  minutes" and the ages "Cheryl Vance, 58," 58 years and "people over 65" 65 years "over"
  (hundred-thirteenth: "people 65 and older"). None: "a month earlier", "a year earlier",
  "a year ago", "ein Jahr zuvor", "ein Jahr davor", "vor einem Jahr", "im Vorjahr", "im Jahr
  davor", "im Vorjahresmonat", "im Jänner des Vorjahres", "last month", "last week", "this
  year", "last year's record", "in diesem Jahr", "heuer", "im vergangenen Jahr", "Ende
  vergangenen Jahres", "since March of last year", "its highest since February of last
  year", "in the year to March", "in a decade" (an article, fifty-fourth), "a season
  earlier", "on an annual basis", "the previous year", "pro Woche", "im Jahr", "a year",
  "seit Herbst", "since October", "im Laufe", months, weekdays and holidays ("Ostern",
  "Easter", "Christmas"; hundred-seventy-third).
- Years and dates: "Anfang 2021", "since 2021", "since 2022", "since 1951", "since October
  2020", "in early 2024", "Seit Anfang 2022", "seit 2009", "Japan's 2025 rice crop" the
  years; Reuters English datelines with a day ("LONDON, Feb 24", "WASHINGTON, March 11",
  "ZURICH, March 18", "SYDNEY, March 25", "ROME, April 3", "LONDON, April 7", "MADRID, April
  14", "TOKYO, April 21", "OTTAWA, April 28", "FRANKFURT, May 5") and "Feb. 22", "Jan. 1"
  (twice), "from May 1", "on April 5", "use-by dates of 14 May and 16 May" dates without a
  year (hundred-thirteenth, hundred-seventy-third); "per 1. April" --04-01 (the Swiss "per"
  no hedge, hundred-seventy-third: "per 1. Dezember"); dpa, APA, Keystone-SDA, Reuters
  German, AP and PA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "roughly", "some", "an
  estimated" "about"; "knapp", "fast", "Fast", "nearly", "almost", "close to" "nearly";
  "gut", "mehr als", "über", "more than" "over"; "bis zu", "up to" "up_to"; "höchstens", "no
  more than" "at_most". No hedge: "im Schnitt", "durchschnittlich", "an average of", "on
  average", "averaged", "averaging", "lediglich", "nur", "Nur", "nur noch", "zusammen",
  "erneut", "bereits", "unverändert", "still", "a record", "allein", "all", "zuletzt",
  "derzeit", "inzwischen", "statt", "against", "up from", "down from", "zwischen", "by" and
  "um" before a difference, "mehr", "weniger", "billiger", "teurer" and "günstiger" after a
  figure. "Rund um Ostern" gives no hedge - "rund um" is a preposition before a holiday and
  no figure; the "rund" of "rund 60 Millionen" hedges. New: "at most stores" gives no hedge
  - "at most" there quantifies the stores, not the price beside it, as "most" is no figure.
- Speakers, checked only in forms the earlier batches settled: "teilte das Statistische
  Bundesamt am Donnerstag mit" and "teilte das Statistische Bundesamt mit" -> "das
  Statistische Bundesamt", "teilte die Stiftung Warentest mit" -> "die Stiftung Warentest"
  (hundred-thirteenth), "teilte die Bundesanstalt für Landwirtschaft und Ernährung mit" (the
  body with its article, the weekday dropped; eighty-first, hundred-fifty-second); "laut
  Statistik Austria" -> "Statistik Austria" (thirtieth, hundred-seventy-third); "Nach
  Angaben des Bundeskartellamts" -> "das Bundeskartellamt" (the source in the nominative,
  seventieth, hundred-seventy-third); "X sagte, ..." opening the row with the name as
  written ("Almstedt", "Hellweger", "Sörensen", "Gisiger", "Wernicke", "Holtkötter",
  "Brunnthaler", "Brockhoff", "Lehnhardt", "Ruthenbeck"; two-hundred-and-fourth) and "sagte
  X" with the title dropped ("Helga Aufreiter", "Gerold Wimmersberg", "Helmut Rothfuß",
  "Svenja Ruthenbeck"; hundred-seventy-third). English: "the Labor Department said on
  Wednesday", "the Australian Bureau of Statistics said on Wednesday", "the British Retail
  Consortium said on Tuesday", "the FAO said on Friday" and "the Food Standards Agency said"
  with the article and without the weekday (hundred-seventy-third, hundred-ninetieth); "The
  British Retail Consortium said ..." opening the row -> "the British Retail Consortium" and
  "The company said it had hedged ..." -> "the company" (fifty-fourth,
  hundred-seventy-third), "..., the company said." -> "the company"; "Which? said" ->
  "Which?" (hundred-seventy-third); "Ferrier said", "Colley said", "Haslam said", "Arakawa
  said", "Castellanos said" opening the row; "NielsenIQ analyst Graham Tulley said" and "ECB
  board member Hartmut Ellerbrock said" -> the name (hundred-seventy-third); "Chief Executive
  Lorraine Bassett told analysts" -> "Lorraine Bassett" (hundred-thirty-third). Left
  unchecked although earlier batches settled the form, to keep the checked speakers near
  the brief's number: "Kantar said" (fifty-fourth), "so der Handelsverband" (fifty-fourth),
  "teilte das Unternehmen mit" (hundred-thirteenth), the second "laut Statistik Austria",
  "the Agriculture Department said" and "the farm ministry said on Tuesday"
  (hundred-ninetieth), "Statistics Canada said on Tuesday" (as "Stats NZ said on Friday",
  hundred-seventy-third), "the bureau said" (hundred-seventy-third: "The federation said")
  and the second "The company said ...". Left unchecked as unsettled or excluded: roles
  ("sagte ein Nordkauf-Sprecher", "sagte ein Ministeriumssprecher", "the industry's peak
  body said"; thirty-seventh), descriptions before a name ("market researcher Kantar said",
  "Swiss chocolate maker Lindqvist said", "Supermarket chain Carrowby's said", "according to
  price comparison site Trolleyscan", "according to consumer group OCU", "teilte der
  Dachverband Tafel Deutschland mit"; fortieth, hundred-seventy-third), a firm's bare name
  at the head or end of its statement ("Ambledale said", "Brookmere said", "Wiesenglück
  erklärte" - the fifty-fourth left "Fairmead said" unchecked, the hundred-seventy-third
  checked "Adobe said", and this batch follows neither), "according to" a body (the
  two-hundred-and-fourth left it unchecked, the hundred-seventy-third checked it; unchecked
  here), "The National Farmers' Union said" (hundred-ninetieth left the union's
  "says" unchecked), documents and data ("Labor Department data showed", "agriculture
  ministry data showed", "Eurostat data showed", "wie aus einer Erhebung des
  Preisüberwachers hervorgeht", "wie aus Daten des Marktforschers NielsenIQ hervorgeht",
  "according to industry figures"; hundred-second), estimating verbs ("rechneten die
  Verbraucherschützer vor", "nach Schätzung der AMA", "erwartet", "rechnet", "beziffert",
  "expects"; hundred-tenth), verbs not of saying ("warnte", "zählte", "verglich", "found",
  "kündigte an"; hundred-twenty-seventh), pronouns and groups ("nach Angaben ihres
  Verbands", "nach Angaben des Verbands", "nach eigenen Angaben", "it said", "industry
  sources said", "Economists polled by Reuters", "Two of the companies said", "the office
  that administers it said"; forty-first, hundred-thirtieth), and all negatives, also those
  with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_242 = [
    # --- Lebensmittelpreise im Februar (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Lebensmittel haben sich in Deutschland im Februar um 3,1 Prozent gegenüber dem Vorjahresmonat verteuert, teilte das Statistische Bundesamt am Donnerstag mit.",
        True,
        [("percent", 3.1, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Inflationsrate insgesamt lag bei 2,2 Prozent, nach 2,1 Prozent im Januar.",
        True,
        [("percent", 2.2, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Besonders kräftig zogen die Preise für Schokolade mit einem Plus von 21,4 Prozent und für Rindfleisch mit 14,8 Prozent an.",
        True,
        [("percent", 21.4, "%", None), ("percent", 14.8, "%", None)],
        None,
    ),
    (
        "de",
        "Butter war dagegen um knapp ein Viertel billiger als ein Jahr zuvor, Speiseöle kosteten 6,2 Prozent weniger.",
        True,
        [("fraction", 0.25, None, "nearly"), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "Frisches Gemüse verteuerte sich den Angaben zufolge um 2,7 Prozent, Obst um 0,9 Prozent.",
        True,
        [("percent", 2.7, "%", None), ("percent", 0.9, "%", None)],
        None,
    ),
    (
        "de",
        "„Der Wocheneinkauf bleibt für viele Haushalte eine Zumutung“, sagte die Vorständin des Verbraucherzentrale Bundesverbands, Henrike Almstedt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Almstedt sagte, die Lebensmittelpreise lägen inzwischen gut 37 Prozent über dem Niveau von Anfang 2021.",
        True,
        [("percent", 37, "%", "over"), ("year", 2021, None, None)],
        "Almstedt",
    ),
    # --- UK grocery inflation (Reuters) ---
    (
        "en",
        "LONDON, Feb 24 (Reuters) - Grocery inflation in Britain slowed for a second month, coming in at 4.3% in the four-week period to Feb. 22 after 4.6% a month earlier, market researcher Kantar said on Tuesday.",
        True,
        [
            ("date", "--02-24", None, None),
            ("ordinal", 2, None, None),
            ("percent", 4.3, "%", None),
            ("duration", 4, "week", None),
            ("date", "--02-22", None, None),
            ("percent", 4.6, "%", None),
        ],
        None,
    ),
    ("en", "Prices were rising fastest in chocolate, butter and fresh beef, Kantar said.", True, [], None),
    (
        "en",
        "Take-home grocery sales rose 3.8% to £12.9 billion over the period.",
        True,
        [("percent", 3.8, "%", None), ("money", 12900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Promotions accounted for 28.6% of spending, the highest share outside a Christmas period since 2021.",
        True,
        [("percent", 28.6, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Discount chain Tillmore grew sales by 11.2%, and its share of the market climbed 0.6 percentage points to 9.4%.",
        True,
        [("percent", 11.2, "%", None), ("percent", 0.6, "pp", None), ("percent", 9.4, "%", None)],
        None,
    ),
    (
        "en",
        "Sales of own-label products grew 5.1%, outpacing branded lines, which rose 1.9%.",
        True,
        [("percent", 5.1, "%", None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "en",
        '"Households are still trading down, and they are in no hurry to trade back up," said Duncan Ferrier, head of retail insight at Kantar.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ferrier said the average household would spend an extra £268 on groceries this year if prices kept rising at the current pace.",
        True,
        [("money", 268, "GBP", None)],
        "Ferrier",
    ),
    (
        "en",
        "Retailers hope the government will hold back on further packaging levies in its spring statement.",
        False,
        [],
        None,
    ),
    # --- Mikrowarenkorb im Jänner (APA) ---
    (
        "de",
        "Wien (APA) - Der Mikrowarenkorb, der vor allem Nahrungsmittel enthält und den täglichen Einkauf abbildet, hat sich im Jänner um 4,6 Prozent verteuert.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Inflationsrate lag laut Statistik Austria bei 3,2 Prozent.",
        True,
        [("percent", 3.2, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Nahrungsmittel und alkoholfreie Getränke kosteten um 5,1 Prozent mehr als ein Jahr davor, Kaffee allein um fast 19 Prozent.",
        True,
        [("percent", 5.1, "%", None), ("percent", 19, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Ein Kilo Rindsschnitzel kostete im Schnitt 24,90 Euro, um 2,30 Euro mehr als im Jänner des Vorjahres.",
        True,
        [("money", 24.9, "EUR", None), ("money", 2.3, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Bei den Lebensmitteln ist von einer Entspannung noch nichts zu spüren“, sagte ein Ökonom des Wifo.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer verglich 40 idente Produkte in Wiener und Münchner Supermärkten, in Wien waren sie im Schnitt um 16 Prozent teurer.",
        True,
        [("count", 40, None, None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer rät, im Geschäft immer die Preise pro Kilo zu vergleichen und Aktionen kritisch zu prüfen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Handelsverband wies die Kritik zurück und verwies auf höhere Personal- und Energiekosten.",
        False,
        [],
        None,
    ),
    # --- U.S. food prices (Reuters) ---
    (
        "en",
        "WASHINGTON, March 11 (Reuters) - U.S. prices for food eaten at home were up 2.4% last month on an annual basis, the Labor Department said on Wednesday.",
        True,
        [("date", "--03-11", None, None), ("percent", 2.4, "%", None)],
        "the Labor Department",
    ),
    (
        "en",
        "Beef and veal prices jumped 13.9%, the steepest annual increase since 2022, while egg prices fell 27.5%.",
        True,
        [("percent", 13.9, "%", None), ("year", 2022, None, None), ("percent", 27.5, "%", None)],
        None,
    ),
    (
        "en",
        "A dozen Grade A large eggs went for $3.07 on average, against a record $6.31 twelve months before, Labor Department data showed.",
        True,
        [
            ("count", 12, None, None),
            ("money", 3.07, "USD", None),
            ("money", 6.31, "USD", None),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Ground beef averaged $6.48 a pound, up 71 cents from a year earlier.",
        True,
        [("money", 6.48, "USD", None), ("money", 0.71, "USD", None)],
        None,
    ),
    (
        "en",
        '"Beef is going to stay expensive for a while, because the cattle simply are not there," said Travis Oberholtzer, an agricultural economist at a Kansas bank.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The U.S. cattle herd numbered 86.2 million head on Jan. 1, the smallest since 1951, the Agriculture Department said.",
        True,
        [("count", 86200000, None, None), ("date", "--01-01", None, None), ("year", 1951, None, None)],
        None,
    ),
    (
        "en",
        "Prices at restaurants and other food-away-from-home outlets rose 3.7% over the same period.",
        True,
        [("percent", 3.7, "%", None)],
        None,
    ),
    # --- Discounter senkt Preise (dpa) ---
    (
        "de",
        "Essen (dpa) - Der Discounter Preisfuchs senkt von Montag an die Preise für rund 400 Artikel dauerhaft um durchschnittlich 9 Prozent.",
        True,
        [("count", 400, None, "about"), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "Betroffen seien vor allem Molkereiprodukte, Nudeln, Konserven und Tiefkühlgemüse, teilte das Unternehmen mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine 500-Gramm-Packung Spaghetti der Eigenmarke kostet dann 0,79 Euro statt 0,99 Euro.",
        True,
        [("count", 500, None, None), ("money", 0.79, "EUR", None), ("money", 0.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Liter fettarme H-Milch wird um 6 Cent auf 1,05 Euro billiger.",
        True,
        [("money", 0.06, "EUR", None), ("money", 1.05, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir stehen an der Seite unserer Kundinnen und Kunden, gerade dann, wenn das Geld knapp ist“, sagte Preisfuchs-Einkaufschef Torsten Hellweger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hellweger sagte, der Händler verzichte damit in diesem Jahr auf Einnahmen von gut 150 Millionen Euro.",
        True,
        [("money", 150000000, "EUR", "over")],
        "Hellweger",
    ),
    (
        "de",
        "Die Konkurrenten Marktkorb und Nordkauf kündigten noch am selben Tag an, bei den meisten Artikeln nachzuziehen.",
        True,
        [],
        None,
    ),
    ("de", "Branchenbeobachter sprachen von einem „Preiskampf mit Ansage“.", False, [], None),
    # --- Which? shrinkflation survey (PA) ---
    (
        "en",
        "LONDON (PA) - Consumer group Which? has identified 62 supermarket products that shrank over the past year without a matching cut in price.",
        True,
        [("count", 62, None, None)],
        None,
    ),
    (
        "en",
        "A 200g bag of own-brand salted crisps was cut to 175g, while a tub of vanilla ice cream went from 900ml to 750ml.",
        True,
        [
            ("count", 200, None, None),
            ("count", 175, None, None),
            ("count", 900, None, None),
            ("count", 750, None, None),
        ],
        None,
    ),
    (
        "en",
        "By Which?'s calculations, the smaller ice cream tub amounts to a hidden price rise of 20%.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    (
        "en",
        "A multipack of six chocolate bars now weighs 30 grams less but still costs £2.50.",
        True,
        [("count", 6, None, None), ("count", 30, None, None), ("money", 2.5, "GBP", None)],
        None,
    ),
    (
        "en",
        "Which? said more than half of the products it identified were supermarkets' own-label lines.",
        True,
        [("fraction", 0.5, None, "over")],
        "Which?",
    ),
    (
        "en",
        '"Shrinkflation is a sneaky way of charging shoppers more while hoping nobody notices," said the group\'s retail editor, Marguerite Colley.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Colley said unit prices on the affected lines had risen by an average of 11.4%.",
        True,
        [("percent", 11.4, "%", None)],
        "Colley",
    ),
    (
        "en",
        "Shoppers are advised to compare the price per 100g on shelf labels rather than the headline price.",
        False,
        [("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "The British Retail Consortium said its members had lowered the shelf price of more than 3,000 lines since January.",
        True,
        [("count", 3000, None, "over")],
        "the British Retail Consortium",
    ),
    # --- Beschwerden über Mogelpackungen (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Bei der Verbraucherzentrale Hamburg sind im ersten Quartal 214 Beschwerden über geschrumpfte Packungen eingegangen, so viele wie in keinem Quartal zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Ein Frischkäse der Marke Wiesenglück enthält nur noch 175 statt 200 Gramm, kostet aber unverändert 1,89 Euro.",
        True,
        [("count", 175, None, None), ("count", 200, None, None), ("money", 1.89, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das entspricht einer versteckten Preiserhöhung von 14,3 Prozent, rechneten die Verbraucherschützer vor.",
        True,
        [("percent", 14.3, "%", None)],
        None,
    ),
    (
        "de",
        "Bei einem Flüssigwaschmittel sank die Zahl der Waschladungen von 20 auf 17, der Preis stieg zugleich um 10 Cent.",
        True,
        [("count", 20, None, None), ("count", 17, None, None), ("money", 0.1, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wiesenglück erklärte, gestiegene Kosten für Milch und Verpackung hätten die Änderung nötig gemacht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Kleiner, aber nicht billiger – das ist Verbrauchertäuschung mit Methode“, sagte Verbraucherschützer Jannik Sörensen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Sörensen sagte, bei etwa jedem siebten beanstandeten Produkt handele es sich um eine Eigenmarke des Handels.",
        True,
        [("fraction", 0.1429, None, "about")],
        "Sörensen",
    ),
    (
        "de",
        "Die Verbraucherzentrale warnte vor „Mogelpackungen im neuen Design“, nannte aber keine weiteren Produkte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wer unsicher ist, sollte die Füllmenge auf der Packung mit dem alten Kassenbon vergleichen“, riet Sörensen.",
        False,
        [],
        None,
    ),
    # --- Easter chocolate (Reuters) ---
    (
        "en",
        "ZURICH, March 18 (Reuters) - Cocoa futures have fallen by more than half from their record high, but shoppers are paying more for Easter chocolate for a second year running.",
        True,
        [("date", "--03-18", None, None), ("fraction", 0.5, None, "over"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "A 150g milk chocolate Easter egg cost an average of £4.85 at the four biggest UK supermarkets in mid-March, up 12% from a year ago, according to price comparison site Trolleyscan.",
        True,
        [
            ("count", 150, None, None),
            ("money", 4.85, "GBP", None),
            ("count", 4, None, None),
            ("percent", 12, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Cocoa for May delivery settled at $5,420 a tonne in New York on Tuesday.",
        True,
        [("money", 5420, "USD", None)],
        None,
    ),
    (
        "en",
        "Swiss chocolate maker Lindqvist said its European list prices would go up by a mid-single-digit percentage in April.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The company said it had hedged most of its cocoa needs for this year at prices close to $9,000 a tonne.",
        True,
        [("money", 9000, "USD", "nearly")],
        "the company",
    ),
    (
        "en",
        '"Retail prices follow the bean with a delay of many months, and the delay works in both directions," a London-based cocoa trader said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ivory Coast, the world's biggest cocoa grower, expects a main crop of about 1.7 million tonnes this season, industry sources said.",
        True,
        [("count", 1700000, None, "about")],
        None,
    ),
    (
        "en",
        "Easter falls on April 5 this year, about two weeks earlier than last year.",
        True,
        [("date", "--04-05", None, None), ("duration", 2, "week", "about")],
        None,
    ),
    # --- Fleischpreise in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Fleisch kostet in der Schweiz im Schnitt mehr als doppelt so viel wie in den Nachbarländern.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Kilo Rindsentrecôte kostete im März im Detailhandel durchschnittlich 78.40 Franken, in Deutschland umgerechnet 34.90 Franken, wie aus einer Erhebung des Preisüberwachers hervorgeht.",
        True,
        [("money", 78.4, "CHF", None), ("money", 34.9, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die Margen der Detailhändler beim Fleisch sind für uns nicht nachvollziehbar», sagte Preisüberwacher Reto Gisiger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gisiger sagte, die Bruttomarge auf Frischfleisch liege bei einzelnen Händlern bei über 40 Prozent.",
        True,
        [("percent", 40, "%", "over")],
        "Gisiger",
    ),
    (
        "de",
        "Der Detailhändler Alpenkorb kündigte an, die Preise für 120 Fleischprodukte per 1. April um durchschnittlich 8 Prozent zu senken.",
        True,
        [("count", 120, None, None), ("date", "--04-01", None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Alpenkorb beschäftigt rund 14'500 Mitarbeitende in 380 Filialen.",
        True,
        [("count", 14500, None, "about"), ("count", 380, None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben nichts zu verbergen und legen unsere Kalkulation gerne offen», sagte eine Alpenkorb-Sprecherin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Schweizer Bauern erhalten nach Angaben ihres Verbands nur rund 30 Prozent des Ladenpreises für Fleisch.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Schweizerische Gesellschaft für Ernährung empfiehlt Erwachsenen höchstens 240 Gramm Fleisch pro Woche.",
        True,
        [("count", 240, None, "at_most")],
        None,
    ),
    # --- Australian fruit and vegetables (Reuters) ---
    (
        "en",
        "SYDNEY, March 25 (Reuters) - Australian fruit and vegetable prices rose 7.8% in February from a year earlier after floods in Queensland wiped out banana and tomato crops, the Australian Bureau of Statistics said on Wednesday.",
        True,
        [("date", "--03-25", None, None), ("percent", 7.8, "%", None)],
        "the Australian Bureau of Statistics",
    ),
    (
        "en",
        "Bananas more than doubled in price to an average of A$6.90 a kilo, the bureau said.",
        True,
        [("money", 6.9, "AUD", None)],
        None,
    ),
    ("en", "Headline inflation held at 2.9%.", True, [("percent", 2.9, "%", None)], None),
    (
        "en",
        "Growers in north Queensland lost an estimated 3.5 million cartons of bananas, roughly a fifth of annual supply, the industry's peak body said.",
        True,
        [("count", 3500000, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        '"You can\'t grow your way out of a flood," said Darren Pettigrew, who farms 60 hectares of bananas near Tully.',
        False,
        [("count", 60, None, None)],
        None,
    ),
    (
        "en",
        "Supermarket chain Carrowby's said it would cap banana prices at A$4.50 a kilo in its stores until the end of May.",
        True,
        [("money", 4.5, "AUD", None)],
        None,
    ),
    (
        "en",
        "Consumer advocates urged shoppers to switch to frozen or tinned fruit until supply recovers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast headline inflation of 3.0%.",
        True,
        [("percent", 3.0, "%", None)],
        None,
    ),
    # --- Stiftung Warentest: Haferdrinks (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Stiftung Warentest hat 19 Haferdrinks untersucht und nur fünf davon mit „gut“ bewertet.",
        True,
        [("count", 19, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Drei Produkte fielen mit „mangelhaft“ durch, weil die Prüfer darin Schimmelpilzgifte oder Chlorat oberhalb der Orientierungswerte fanden.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Testsieger ist ein Bio-Drink für 1,79 Euro je Liter mit der Note 1,9.",
        True,
        [("money", 1.79, "EUR", None), ("count", 1.9, None, None)],
        None,
    ),
    (
        "de",
        "Der teuerste Drink im Test kostete 3,49 Euro je Liter und kam nur auf „befriedigend“, teilte die Stiftung Warentest mit.",
        True,
        [("money", 3.49, "EUR", None)],
        "die Stiftung Warentest",
    ),
    (
        "de",
        "„Wer zum Haferdrink greift, bekommt nicht automatisch das gesündere Produkt“, sagte Projektleiterin Claudia Wernicke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wernicke sagte, sieben der Drinks enthielten zugesetzten Zucker oder Süßungsmittel.",
        True,
        [("count", 7, None, None)],
        "Wernicke",
    ),
    ("de", "Die Stiftung rät, zu ungesüßten Varianten mit zugesetztem Calcium zu greifen.", False, [], None),
    (
        "de",
        "Der Anbieter eines durchgefallenen Drinks kündigte an, die betroffene Charge aus dem Handel zu nehmen.",
        True,
        [],
        None,
    ),
    # --- World food prices (Reuters) ---
    (
        "en",
        "ROME, April 3 (Reuters) - World food prices fell for a third consecutive month in March as cheaper dairy and sugar outweighed gains in cereals, the FAO said on Friday.",
        True,
        [("date", "--04-03", None, None), ("ordinal", 3, None, None)],
        "the FAO",
    ),
    (
        "en",
        "The FAO Food Price Index averaged 124.3 points in March, down 1.1% from February and 2.6% below its level a year earlier.",
        True,
        [("count", 124.3, None, None), ("percent", 1.1, "%", None), ("percent", 2.6, "%", None)],
        None,
    ),
    (
        "en",
        "The dairy index dropped 4.2%, led by butter and whole milk powder, while the sugar index hit its lowest level since October 2020.",
        True,
        [("percent", 4.2, "%", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Cereal prices rose 1.4% on concerns about dry weather in parts of the U.S. Plains.",
        True,
        [("percent", 1.4, "%", None)],
        None,
    ),
    (
        "en",
        "Vegetable oil prices gained 2.1%, with palm oil firming on lower output in Malaysia.",
        True,
        [("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "The agency raised its forecast for this year's world wheat harvest to 806 million tonnes, about 1% above last year's record.",
        True,
        [("count", 806000000, None, None), ("percent", 1, "%", "about")],
        None,
    ),
    (
        "en",
        "FAO economists warned that conflict and extreme weather could quickly undo the recent declines.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Falling prices on world markets are welcome, but they are cold comfort for families who still spend half their income on food," an FAO senior economist said.',
        False,
        [("fraction", 0.5, None, None)],
        None,
    ),
    # --- Spargelsaison (dpa) ---
    (
        "de",
        "Bonn (dpa) - Die deutschen Spargelbauern rechnen nach einem ungewöhnlich warmen März mit einer frühen Saison und einer Ernte von rund 105.000 Tonnen.",
        True,
        [("count", 105000, None, "about")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr hatten sie knapp 98.000 Tonnen gestochen, teilte die Bundesanstalt für Landwirtschaft und Ernährung mit.",
        True,
        [("count", 98000, None, "nearly")],
        "die Bundesanstalt für Landwirtschaft und Ernährung",
    ),
    (
        "de",
        "Die Anbaufläche schrumpfte erneut auf 19.800 Hektar, den niedrigsten Stand seit 2009.",
        True,
        [("count", 19800, None, None), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Zum Saisonstart kostete ein Kilo weißer Spargel der Handelsklasse I auf Wochenmärkten zwischen 14 und 18 Euro.",
        True,
        [("money", 14, "EUR", None), ("money", 18, "EUR", None)],
        None,
    ),
    (
        "de",
        "Erdbeeren aus Spanien gab es bei Discountern bereits für 3,99 Euro/kg.",
        True,
        [("money", 3.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ohne Erntehelfer aus Rumänien bleibt der Spargel im Boden“, sagte Landwirt Bernd Holtkötter aus dem Kreis Gifhorn.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Holtkötter sagte, er beschäftige in diesem Jahr 46 Saisonkräfte, sechs weniger als im Vorjahr.",
        True,
        [("count", 46, None, None), ("count", 6, None, None)],
        "Holtkötter",
    ),
    (
        "de",
        "Für ein Kilo Spargel zahlt der Großhandel derzeit im Schnitt 7,80 Euro, rund 40 Cent mehr als vor einem Jahr.",
        True,
        [("money", 7.8, "EUR", None), ("money", 0.4, "EUR", "about")],
        None,
    ),
    # --- UK shop prices (Reuters) ---
    (
        "en",
        "LONDON, April 7 (Reuters) - British shop price inflation rose to 1.9% in March from 1.6% in February, driven by a 3.4% jump in food prices, the British Retail Consortium said on Tuesday.",
        True,
        [
            ("date", "--04-07", None, None),
            ("percent", 1.9, "%", None),
            ("percent", 1.6, "%", None),
            ("percent", 3.4, "%", None),
        ],
        "the British Retail Consortium",
    ),
    (
        "en",
        "Fresh food inflation quickened to 3.9%, its highest in 14 months.",
        True,
        [("percent", 3.9, "%", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "Non-food prices were flat after falling for the previous 11 months.",
        True,
        [("duration", 11, "month", None)],
        None,
    ),
    (
        "en",
        '"Retailers are doing everything they can to shield their customers, but there is only so much they can absorb," BRC Chief Executive Verity Haslam said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Haslam said new packaging levies and higher employer national insurance contributions would add about £7 billion to the industry's costs this year.",
        True,
        [("money", 7000000000, "GBP", "about")],
        "Haslam",
    ),
    (
        "en",
        "NielsenIQ analyst Graham Tulley said food inflation would probably peak at about 4.5% in the summer.",
        True,
        [("percent", 4.5, "%", "about")],
        "Graham Tulley",
    ),
    (
        "en",
        "Consumer groups accused supermarkets of using cost pressures as cover to rebuild their margins.",
        False,
        [],
        None,
    ),
    # --- Ostereier (APA) ---
    (
        "de",
        "Wien (APA) - Rund um Ostern werden in Österreich nach Schätzung der AMA rund 60 Millionen Eier gekauft, etwa ein Fünftel mehr als in einer durchschnittlichen Woche.",
        True,
        [("count", 60000000, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Zehnerpackung Eier aus Freilandhaltung kostete im März im Schnitt 4,29 Euro, um 31 Cent mehr als ein Jahr zuvor.",
        True,
        [("count", 10, None, None), ("money", 4.29, "EUR", None), ("money", 0.31, "EUR", None)],
        None,
    ),
    (
        "de",
        "Grund sei die Vogelgrippe, wegen der in Europa seit Herbst mehr als 20 Millionen Legehennen gekeult werden mussten, sagte AMA-Marketing-Geschäftsführerin Helga Aufreiter.",
        True,
        [("count", 20000000, None, "over")],
        "Helga Aufreiter",
    ),
    (
        "de",
        "Der Selbstversorgungsgrad bei Eiern liegt laut Statistik Austria bei 94 Prozent.",
        True,
        [("percent", 94, "%", None)],
        None,
    ),
    ("de", "„Ein Ei aus Österreich ist ein Stück Sicherheit“, sagte Aufreiter.", False, [], None),
    (
        "de",
        "Während der dreiwöchigen Osteraktion verkaufte eine große Handelskette nach eigenen Angaben 4,2 Millionen Eier.",
        True,
        [("duration", 3, "week", None), ("count", 4200000, None, None)],
        None,
    ),
    (
        "de",
        "Rund drei Viertel der verkauften Frischeier stammen aus Boden- oder Freilandhaltung, ein knappes Viertel aus Biobetrieben.",
        True,
        [("fraction", 0.75, None, "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Konsumentenschützer raten, beim Eierkauf auf den Stempel mit dem Herkunftscode zu achten.",
        False,
        [],
        None,
    ),
    # --- Supermarket price cuts (AP) ---
    (
        "en",
        "CINCINNATI (AP) — Cartwell, the second-largest U.S. supermarket operator, is lowering prices on more than 2,500 items by an average of 10% in what it called its biggest price cut in a decade.",
        True,
        [("ordinal", 2, None, None), ("count", 2500, None, "over"), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "The cuts cover milk, eggs, bread, ground beef and fresh produce and will cost the company about $1 billion over two years, Chief Executive Lorraine Bassett told analysts.",
        True,
        [("money", 1000000000, "USD", "about"), ("duration", 2, "year", None)],
        "Lorraine Bassett",
    ),
    (
        "en",
        "Cartwell runs about 2,700 stores in 35 states and employs some 410,000 people.",
        True,
        [("count", 2700, None, "about"), ("count", 35, None, None), ("count", 410000, None, "about")],
        None,
    ),
    (
        "en",
        '"We want every family to know they can fill a cart at Cartwell without breaking the bank," Bassett said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A gallon of whole milk will cost $3.19 at most stores, down from $3.59, the company said.",
        True,
        [("money", 3.19, "USD", None), ("money", 3.59, "USD", None)],
        "the company",
    ),
    (
        "en",
        "The company said the cuts would reduce its operating margin by no more than 0.4 percentage points.",
        True,
        [("percent", 0.4, "pp", "at_most")],
        None,
    ),
    (
        "en",
        "Shares of Cartwell fell 4.6% to $61.20 in morning trading.",
        True,
        [("percent", 4.6, "%", None), ("money", 61.2, "USD", None)],
        None,
    ),
    (
        "en",
        '"I drive 20 minutes to the discount store now because every dollar counts," said Cheryl Vance, 58, a retired teacher in Dayton.',
        False,
        [("duration", 20, "minute", None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "Analysts questioned whether the cuts would be enough to win back shoppers who have defected to discount chains.",
        False,
        [],
        None,
    ),
    # --- Lieferstreit im Süßwarenregal (dpa) ---
    (
        "de",
        "Düsseldorf (dpa) - Im Streit um Einkaufspreise hat die Handelskette Nordkauf rund 180 Produkte des Süßwarenherstellers Brenninger aus den Regalen genommen.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Brenninger habe Preiserhöhungen von bis zu 15 Prozent verlangt, die sich sachlich nicht begründen ließen, sagte ein Nordkauf-Sprecher.",
        True,
        [("percent", 15, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Der Hersteller erklärte, er habe seine Preise lediglich um durchschnittlich 6,5 Prozent angehoben, um höhere Kakao- und Zuckerkosten auszugleichen.",
        True,
        [("percent", 6.5, "%", None)],
        None,
    ),
    (
        "de",
        "„Nordkauf nimmt die Verbraucher in Geiselhaft, um seine Marge zu retten“, sagte Brenninger-Geschäftsführer Clemens Aufhauser.",
        False,
        [],
        None,
    ),
    ("de", "„Wir lassen uns nicht erpressen, auch nicht von großen Marken“, hieß es bei Nordkauf.", False, [], None),
    (
        "de",
        "Nach Angaben des Bundeskartellamts vereinen die vier größten Handelsgruppen in Deutschland rund 83 Prozent des Lebensmittelabsatzes auf sich.",
        True,
        [("count", 4, None, None), ("percent", 83, "%", "about")],
        "das Bundeskartellamt",
    ),
    (
        "de",
        "Es ist bereits der dritte Lieferstreit dieser Art bei Nordkauf binnen zwölf Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 12, "month", None)],
        None,
    ),
    ("de", "Wann die Produkte in die Regale zurückkehren, ist offen.", False, [], None),
    # --- Spanish olive oil (Reuters) ---
    (
        "en",
        "MADRID, April 14 (Reuters) - Olive oil prices at origin in Spain have dropped to their lowest in more than three years after a bumper harvest, agriculture ministry data showed on Tuesday.",
        True,
        [("date", "--04-14", None, None), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "en",
        "Extra virgin olive oil sold at 3.85 euros a kilo last week, against a peak of 9.20 euros in early 2024.",
        True,
        [("money", 3.85, "EUR", None), ("money", 9.2, "EUR", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Spain's 2025/26 harvest is estimated at about 1.41 million tonnes, up from 1.29 million tonnes a season earlier.",
        True,
        [
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("count", 1410000, None, "about"),
            ("count", 1290000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Shelf prices have fallen more slowly, with a one-litre bottle of extra virgin oil averaging 7.10 euros in March, according to consumer group OCU.",
        True,
        [("count", 1, None, None), ("money", 7.1, "EUR", None)],
        None,
    ),
    (
        "en",
        '"Supermarkets were quick to pass on every increase and are in no hurry to pass on the cuts," an OCU spokeswoman said.',
        False,
        [],
        None,
    ),
    ("en", "Spain produces close to half of the world's olive oil.", True, [("fraction", 0.5, None, "nearly")], None),
    (
        "en",
        "Olive oil consumption in Spain rose 9% in the first quarter as prices fell, according to industry figures.",
        True,
        [("percent", 9, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Growers fear prices at origin could slip below their production costs if next season's harvest is as large.",
        False,
        [],
        None,
    ),
    # --- Brotpreise (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Für Brot und Brötchen mussten Verbraucher in Deutschland im März 3,6 Prozent mehr bezahlen als im Vorjahresmonat, teilte das Statistische Bundesamt mit.",
        True,
        [("percent", 3.6, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Brotpreise stiegen damit zum vierten Mal in Folge stärker als die Verbraucherpreise insgesamt.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Seit Anfang 2022 summiert sich der Anstieg auf gut 34 Prozent.",
        True,
        [("year", 2022, None, None), ("percent", 34, "%", "over")],
        None,
    ),
    (
        "de",
        "Ein Kilo Mischbrot kostet beim Handwerksbäcker im Schnitt 5,20 Euro, im Supermarkt dagegen 2,60 Euro.",
        True,
        [("money", 5.2, "EUR", None), ("money", 2.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Zentralverband des Deutschen Bäckerhandwerks zählte Ende vergangenen Jahres noch 8.750 Innungsbetriebe, rund 300 weniger als ein Jahr zuvor.",
        True,
        [("count", 8750, None, None), ("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Jeder dritte Bäckermeister plane, in den kommenden fünf Jahren aufzuhören, sagte Verbandspräsident Gerold Wimmersberg.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 5, "year", None)],
        "Gerold Wimmersberg",
    ),
    ("de", "„Das Bäckerhandwerk stirbt leise, Brötchen für Brötchen“, sagte Wimmersberg.", False, [], None),
    (
        "de",
        "Für ein einzelnes Brötchen verlangen Bäckereien in München inzwischen bis zu 65 Cent.",
        True,
        [("money", 0.65, "EUR", "up_to")],
        None,
    ),
    # --- Milk price cut (PA) ---
    (
        "en",
        "LONDON (PA) - Ambledale Dairies is lowering its milk price for farmers by 2p a litre to 38.5p from May 1, its second cut in three months.",
        True,
        [
            ("money", 0.02, "GBP", None),
            ("money", 0.385, "GBP", None),
            ("date", "--05-01", None, None),
            ("ordinal", 2, None, None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Farmers have seen the standard litre price fall by almost a fifth since October.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        '"We are being asked to produce milk at a loss, again," said Anwen Prydderch, who milks 240 cows near Carmarthen.',
        False,
        [("count", 240, None, None)],
        None,
    ),
    (
        "en",
        "Ambledale said global dairy prices had fallen sharply and it was holding too much cream and butter in stock.",
        True,
        [],
        None,
    ),
    (
        "en",
        "UK farmers produced 12.9 billion litres of milk in the year to March, the most in a decade, according to the Agriculture and Horticulture Development Board.",
        True,
        [("count", 12900000000, None, None)],
        None,
    ),
    (
        "en",
        "The National Farmers' Union said the average cost of producing a litre of milk was about 40p.",
        True,
        [("money", 0.4, "GBP", "about")],
        None,
    ),
    (
        "en",
        "None of the big four supermarkets would say whether shelf prices for milk would come down.",
        False,
        [("count", 4, None, None)],
        None,
    ),
    # --- Österreich-Aufschlag (APA) ---
    (
        "de",
        "Wien (APA) - Konsumenten in Österreich zahlen für idente Markenprodukte im Schnitt um 14 Prozent mehr als jene in Deutschland, so der Handelsverband.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Der Verband beziffert den Schaden für die heimischen Haushalte auf rund 1,9 Milliarden Euro im Jahr.",
        True,
        [("money", 1900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Der Österreich-Aufschlag ist eine Steuer, die niemand beschlossen hat“, sagte Handelsverband-Geschäftsführer Ewald Brunnthaler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brunnthaler sagte, die EU-Kommission habe im Vorjahr einen Süßwarenkonzern mit 281 Millionen Euro bestraft, weil er grenzüberschreitende Einkäufe behindert habe.",
        True,
        [("money", 281000000, "EUR", None)],
        "Brunnthaler",
    ),
    (
        "de",
        "Die Lebensmittelpreise im Handel stiegen heuer bisher um 3,9 Prozent, die Umsätze real um 0,8 Prozent.",
        True,
        [("percent", 3.9, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die vier größten Lebensmittelhändler kommen in Österreich zusammen auf einen Marktanteil von gut 90 Prozent.",
        True,
        [("count", 4, None, None), ("percent", 90, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer sieht die Verantwortung vor allem bei den heimischen Handelsketten selbst.",
        False,
        [],
        None,
    ),
    # --- Japanese rice prices (Reuters) ---
    (
        "en",
        "TOKYO, April 21 (Reuters) - The average price of a 5-kilogram bag of rice at Japanese supermarkets fell for a sixth straight week to 3,820 yen, the farm ministry said on Tuesday.",
        True,
        [
            ("date", "--04-21", None, None),
            ("count", 5, None, None),
            ("ordinal", 6, None, None),
            ("money", 3820, "JPY", None),
        ],
        None,
    ),
    (
        "en",
        "Prices are still about 60% higher than two years ago, when a poor harvest and hoarding sent them soaring.",
        True,
        [("percent", 60, "%", "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The government has released about 610,000 tonnes of rice from state reserves since March of last year.",
        True,
        [("count", 610000, None, "about")],
        None,
    ),
    (
        "en",
        "Japan's 2025 rice crop came in at 7.36 million tonnes, up 8% from the previous year.",
        True,
        [("year", 2025, None, None), ("count", 7360000, None, None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        '"Rice is not just food in Japan, it is part of who we are," Farm Minister Shinji Arakawa told parliament.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Arakawa said the ministry aimed to bring the average price down to 3,500 yen by the summer.",
        True,
        [("money", 3500, "JPY", None)],
        "Arakawa",
    ),
    (
        "en",
        "Retailers expect prices to keep easing as new-crop rice arrives, though some analysts doubt they will fall much further.",
        False,
        [],
        None,
    ),
    # --- Andrang bei den Tafeln (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Tafeln in Deutschland versorgen nach eigenen Angaben derzeit rund 1,75 Millionen Menschen mit gespendeten Lebensmitteln.",
        True,
        [("count", 1750000, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien etwa 8 Prozent mehr als vor einem Jahr, teilte der Dachverband Tafel Deutschland mit.",
        True,
        [("percent", 8, "%", "about")],
        None,
    ),
    (
        "de",
        "Jede dritte Tafel hat einen Aufnahmestopp verhängt, weil die Spenden nicht für alle reichen.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Fast ein Drittel der Kundinnen und Kunden sind Kinder und Jugendliche.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Dass in einem reichen Land so viele Menschen auf Spenden angewiesen sind, ist beschämend“, sagte die Tafel-Vorsitzende Annelie Brockhoff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brockhoff sagte, der Handel habe im vergangenen Jahr knapp 12 Prozent weniger Lebensmittel abgegeben als im Jahr davor.",
        True,
        [("percent", 12, "%", "nearly")],
        "Brockhoff",
    ),
    (
        "de",
        "Die Supermärkte begründen das mit genauerer Planung und mehr Rabatten auf Ware kurz vor dem Ablaufdatum.",
        True,
        [],
        None,
    ),
    ("de", "Die Tafeln appellierten an Bäckereien und Landwirte, überschüssige Ware zu spenden.", False, [], None),
    # --- Canadian grocery prices (Reuters) ---
    (
        "en",
        "OTTAWA, April 28 (Reuters) - Canadian grocery prices rose 3.8% in March from a year earlier, outpacing overall inflation of 2.3% for a fifth consecutive month, Statistics Canada said on Tuesday.",
        True,
        [
            ("date", "--04-28", None, None),
            ("percent", 3.8, "%", None),
            ("percent", 2.3, "%", None),
            ("ordinal", 5, None, None),
        ],
        None,
    ),
    (
        "en",
        "Coffee prices jumped 27.4% and fresh vegetables 6.1%, while chicken was 1.2% cheaper.",
        True,
        [("percent", 27.4, "%", None), ("percent", 6.1, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "A 2-litre carton of orange juice cost C$4.79 on average.",
        True,
        [("count", 2, None, None), ("money", 4.79, "CAD", None)],
        None,
    ),
    (
        "en",
        '"Canadians are absolutely right to be angry at the checkout," the opposition\'s agriculture critic said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The federal grocery code of conduct, which covers retailers with annual sales of more than C$250 million, took full effect on Jan. 1.",
        True,
        [("money", 250000000, "CAD", "over"), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        "Three of the country's five largest grocers have signed the code, the office that administers it said.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    ("en", "Consumer advocates said the code had so far done little to bring prices down.", False, [], None),
    # --- Getreideernte (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Der Deutsche Raiffeisenverband erwartet in diesem Jahr eine Getreideernte von 41,8 Millionen Tonnen, knapp 3 Prozent weniger als im Vorjahr.",
        True,
        [("count", 41800000, None, None), ("percent", 3, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Für Winterweizen rechnet der Verband mit 21,3 Millionen Tonnen, für Wintergerste mit 9,1 Millionen Tonnen.",
        True,
        [("count", 21300000, None, None), ("count", 9100000, None, None)],
        None,
    ),
    (
        "de",
        "Grund sei die Trockenheit im April, in manchen Regionen sei seit sieben Wochen kaum Regen gefallen, sagte DRV-Marktexperte Helmut Rothfuß.",
        True,
        [("duration", 7, "week", None)],
        "Helmut Rothfuß",
    ),
    (
        "de",
        "Die Rapsernte dürfte mit etwa 3,7 Millionen Tonnen um rund ein Zehntel kleiner ausfallen.",
        True,
        [("count", 3700000, None, "about"), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "„Für Panik gibt es keinen Grund, aber die nächsten drei Wochen entscheiden viel“, sagte Rothfuß.",
        False,
        [("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Weizen kostete an der Pariser Euronext zuletzt 198,50 Euro je Tonne, rund 12 Euro mehr als Anfang April.",
        True,
        [("money", 198.5, "EUR", None), ("money", 12, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatten die Bauern nach Angaben des Verbands 43,1 Millionen Tonnen Getreide eingefahren.",
        True,
        [("count", 43100000, None, None)],
        None,
    ),
    # --- Lead in baby food (AP) ---
    (
        "en",
        "YONKERS, N.Y. (AP) — Consumer Reports found measurable levels of lead in 21 of the 31 packaged baby foods it tested, among them pouches, puffs and teething biscuits.",
        True,
        [("count", 21, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Six products had levels the group considers a concern for daily consumption, it said in a report released Wednesday.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The worst sample, a sweet potato pouch, contained 14.2 parts per billion of lead, nearly three times the 5 ppb limit the group recommends.",
        True,
        [("count", 14.2, None, None), ("count", 3, None, "nearly"), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"No parent should have to wonder whether the food they give their baby is safe," said Leonie Castellanos, the group\'s director of food safety research.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Castellanos said the group had shared its results with all 11 manufacturers before publication.",
        True,
        [("count", 11, None, None)],
        "Castellanos",
    ),
    (
        "en",
        "Two of the companies said they had already changed the recipes of the products in question.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("en", "Parents are advised to vary the foods they give infants and to limit rice-based snacks.", False, [], None),
    ("en", "The FDA has not set a binding limit for lead in baby food.", True, [], None),
    # --- Kennzeichnungspflicht für kleinere Packungen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Bundesverbraucherschutzministerium will Hersteller verpflichten, eine verringerte Füllmenge künftig drei Monate lang auf der Vorderseite der Packung anzugeben.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Ein Gesetzentwurf soll noch vor der Sommerpause vorliegen, sagte ein Ministeriumssprecher.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wer weniger verkauft, soll das auch draufschreiben“, sagte Verbraucherschutzministerin Marion Lehnhardt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lehnhardt sagte, Verstöße sollten mit einem Bußgeld von höchstens 50.000 Euro geahndet werden.",
        True,
        [("money", 50000, "EUR", "at_most")],
        "Lehnhardt",
    ),
    ("de", "Der Lebensmittelverband Deutschland nannte das Vorhaben „bürokratisch und überflüssig“.", False, [], None),
    (
        "de",
        "Nach einer Umfrage im Auftrag des Ministeriums haben 71 Prozent der Verbraucherinnen und Verbraucher bereits eine geschrumpfte Packung bemerkt.",
        True,
        [("percent", 71, "%", None)],
        None,
    ),
    (
        "de",
        "Nur 18 Prozent gaben an, beim Einkauf regelmäßig den Grundpreis je 100 Gramm oder je Kilo zu vergleichen.",
        True,
        [("percent", 18, "%", None), ("count", 100, None, None)],
        None,
    ),
    (
        "de",
        "Foodwatch warnte, in 23 von 40 untersuchten Kinderlebensmitteln stecke mehr Zucker, als die Weltgesundheitsorganisation empfiehlt.",
        True,
        [("count", 23, None, None), ("count", 40, None, None)],
        None,
    ),
    # --- Euro zone food inflation (Reuters) ---
    (
        "en",
        "FRANKFURT, May 5 (Reuters) - Euro zone food inflation picked up to 3.3% in April, its highest since February of last year, even as overall inflation held at 2.1%, Eurostat data showed on Tuesday.",
        True,
        [("date", "--05-05", None, None), ("percent", 3.3, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    ("en", "Unprocessed food prices rose 4.8%, driven by meat and fruit.", True, [("percent", 4.8, "%", None)], None),
    (
        "en",
        "In Germany, the bloc's largest economy, food prices rose 3.1%, while in Italy they climbed 4.0%.",
        True,
        [("percent", 3.1, "%", None), ("percent", 4.0, "%", None)],
        None,
    ),
    (
        "en",
        "ECB board member Hartmut Ellerbrock said food was likely to lift headline inflation by about 0.3 percentage points this year.",
        True,
        [("percent", 0.3, "pp", "about")],
        "Hartmut Ellerbrock",
    ),
    (
        "en",
        '"We are watching food prices very closely, because households feel them every single day," Ellerbrock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Households in the euro zone spend about 15% of their budgets on food and non-alcoholic drinks, according to Eurostat.",
        True,
        [("percent", 15, "%", "about")],
        None,
    ),
    # --- Eigenmarken auf dem Vormarsch (dpa) ---
    (
        "de",
        "Köln (dpa) - Eigenmarken machen in deutschen Supermärkten und Discountern inzwischen fast 47 Prozent des Umsatzes mit Lebensmitteln aus.",
        True,
        [("percent", 47, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Vor fünf Jahren lag ihr Anteil noch bei knapp 38 Prozent, wie aus Daten des Marktforschers NielsenIQ hervorgeht.",
        True,
        [("duration", 5, "year", None), ("percent", 38, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Besonders gefragt seien Eigenmarken bei Milchprodukten, Tiefkühlkost und Süßwaren, sagte NielsenIQ-Handelsexpertin Svenja Ruthenbeck.",
        True,
        [],
        "Svenja Ruthenbeck",
    ),
    (
        "de",
        "Ruthenbeck sagte, eine Eigenmarke sei im Schnitt um 31 Prozent günstiger als das vergleichbare Markenprodukt.",
        True,
        [("percent", 31, "%", None)],
        "Ruthenbeck",
    ),
    (
        "de",
        "Ein Sechserpack Mineralwasser der Eigenmarke kostet bei Preisfuchs 1,74 Euro, die bekannteste Marke im selben Regal 4,14 Euro.",
        True,
        [("count", 6, None, None), ("money", 1.74, "EUR", None), ("money", 4.14, "EUR", None)],
        None,
    ),
    ("de", "„Das Logo allein rechtfertigt für viele Kunden keinen Aufpreis mehr“, sagte Ruthenbeck.", False, [], None),
    (
        "de",
        "Der Handelsverband HDE erwartet für den Lebensmittelhandel in diesem Jahr ein nominales Umsatzplus von 2,5 Prozent.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "de",
        "Markenhersteller fürchten, dass der Handel seine eigenen Produkte in den Regalen bevorzugt.",
        False,
        [],
        None,
    ),
    # --- Pâté recall (PA) ---
    (
        "en",
        "LONDON (PA) - Supermarket chain Brookmere is recalling two batches of its own-brand chicken liver pâté because it may contain listeria, the Food Standards Agency said.",
        True,
        [("count", 2, None, None)],
        "the Food Standards Agency",
    ),
    (
        "en",
        "The recall covers 170g packs with use-by dates of 14 May and 16 May.",
        True,
        [("count", 170, None, None), ("date", "--05-14", None, None), ("date", "--05-16", None, None)],
        None,
    ),
    (
        "en",
        "Anyone who has bought the pâté is advised not to eat it but to take it back to a store for a full refund.",
        False,
        [],
        None,
    ),
    ("en", "No illnesses have been linked to the pâté so far, Brookmere said.", True, [], None),
    (
        "en",
        "Pregnant women and people over 65 should take particular care, the FSA said.",
        False,
        [("duration", 65, "year", "over")],
        None,
    ),
    ("en", "Brookmere runs 310 stores across England and Wales.", True, [("count", 310, None, None)], None),
    (
        "en",
        "Listeria infections lead to about 170 hospital admissions a year in England, according to the UK Health Security Agency.",
        True,
        [("count", 170, None, "about")],
        None,
    ),
]
