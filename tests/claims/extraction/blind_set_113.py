"""Hundred-and-thirteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, brands and figures are
made up (Kornblume Kinderkost, Annegret Wolfrum, Fleischwerke Oberhaslach, Carola Fendt,
Heike Brandstätter, Miriam Sendlinger, Bellaterra Feinkost, Solvana, Birgit Stadlober,
Velotronic, Seraina Gasser, Wendrich, Rüdiger Halbritter, Hannes Lechthaler, Haferhof, Armin
Kettler, Gabriele Zehetner, Fitwerk, Nordlicht Energie, Ramona Pietsch, Jana Wöhrle,
Merkurio; Prairie Fold Foods, Megan Halvorsen, Daniel Crewe, Corvant Motors, the Ridgeback
pickup, Harwell Nutrition, Little Acre, Ruth Ambrose, Bazaro, Lisa Barnard, Tom Harland,
Voltstride, Cuddlenest, Brightleaf Baby, NutriForge, Hanul Tech, Sunvale Brands, Coastway,
Gina Kowalczyk, Golden Mesa, Spicewell, Amira Sheikh, Modavia); real agencies, magazines,
courts and places ("Stiftung Warentest", "Öko-Test", "Konsument", "Verein für
Konsumenteninformation", "VKI", "Robert Koch-Institut", "RKI", "Bundesamt für
Verbraucherschutz und Lebensmittelsicherheit", "Landratsamt", "Staatsanwaltschaft
Darmstadt", "Statistisches Bundesamt", "Eidgenössisches Starkstrominspektorat",
"Beratungsstelle für Unfallverhütung", "Kraftfahrt-Bundesamt", "AGES",
"Bezirkshauptmannschaft", "Verbraucherzentrale Hamburg", "Arbeiterkammer Wien", "AK",
"Handelsverband", "Safety Gate", "EU-Kommission", "Verbraucherzentrale Bundesverband",
"vzbv", "Oberlandesgericht Hamm", "Bundesgerichtshof", "Bundesamt für Lebensmittelsicherheit
und Veterinärwesen", "BLV"; "Centers for Disease Control and Prevention", "CDC", "U.S.
Department of Agriculture", "USDA", "NHTSA", "Food Standards Agency", "FSA", "Which?",
"London Fire Brigade", "Office for Product Safety and Standards", "U.S. Consumer Product
Safety Commission", "Consumer Reports", "FDA", "Council for Responsible Nutrition", "Federal
Court", "Australian Competition and Consumer Commission", "ACCC", "UK Health Security
Agency", "UKHSA", Italy's competition authority) stand for the way wire copy names them;
every recall, test result, case count, price, fine, settlement and statement here is
invented.

Its weight: CONSUMER PROTECTION, PRODUCT RECALLS AND FOOD SAFETY over about seven weeks
(September to early November) in story order, each story told over several sentences as
wire copy runs (a dateline lead with what is recalled, found or fined, the batches and dates
affected, the tally of cases, fires or injuries with its hedges and revisions, the agency's
and the company's statements, a quote, the advice to consumers, the rebuttal, the
follow-up). Half German (dpa, APA, Keystone-SDA; Austrian "Jänner", "heuer", "Spital",
"Bezirkshauptmannschaft", "um 18,4 Prozent mehr", Swiss "8'400", "innert", "Velo",
"12.90 Franken", «» quotes, German „“ quotes): a baby-food recall over glass splinters with
best-before dates, a hotline and an address, and its follow-up three weeks later; a listeria
outbreak from a Hessian meat plant with the RKI's count revised two weeks on; Stiftung
Warentest on olive oil ("jedes dritte fiel mit „mangelhaft“ durch", "mit der Note 2,1");
Konsument on children's sun cream; e-bike batteries recalled in Switzerland; an airbag
recall ("rund 120.000 Fahrzeuge", "der vierte Rückruf des Herstellers in diesem Jahr");
salmonella at two kebab shops in Styria; the "Mogelpackung des Jahres" ("von 750 auf 600
Gramm", "14 Prozent weniger Inhalt"); the AK's Vienna-Munich price monitor; Safety Gate's
annual report; a VKI class action against a gym chain; a vzbv model case won against an
electricity supplier; Öko-Test on children's slippers; aflatoxins in pistachio chocolate.
Half English (AP, Reuters, PA): a listeria outbreak in deli meats from lead to a third death,
an inspection record and lawsuits; a pickup recall with model years and "the automaker's
11th U.S. recall this year"; an infant-formula recall with batch codes and best-before
dates; Which? on air fryers and on shrinkflation ("A 180g tub ... now holds 160g"); a fatal
e-bike fire in London and a regulator's first forced recall of a conversion kit; infant
rockers recalled after three deaths, with a toll-free number; Consumer Reports on protein
powders; a power-bank recall in Seoul; a $45 million bottled-water settlement; an
Australian penalty for fake discounts; lead in ground cinnamon; an E. coli outbreak; an
Italian greenwashing fine; an allergy alert. Negatives as such copy has them: advice to
consumers, parents and owners, hotline, address and return lines, apologies, reassurances
and commitments, a slogan on a website, moral verdicts and labels, generic claims in quotes,
commentary, an open question, no-comment lines, scene colour and a reporting credit.

243 rows (122 German, 121 English), 54 negatives (26 German, 28 English), 189 check-worthy
rows of which 21 carry no figure (5 German, 16 English), 300 expected quantities (140
counts, 36 amounts of money - 15 EUR, 8 GBP, 8 USD, 2 CHF, 2 AUD, 1 KRW -, 29 durations,
25 percentages, 20 dates, 18 years, 16 ordinals, 16 fractions; 3 of them in three
negatives, as the seventeenth batch labels a figure in a negative), 48 checked speakers (25
German, 23 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a cause are check-worthy with the speaker their own attribution gives
  ("Insgesamt seien rund 46.000 Gläser betroffen, sagte Geschäftsführerin Annegret
  Wolfrum." -> "Annegret Wolfrum", "Bisher seien sieben Brände bekannt, ..., teilte das
  Eidgenössische Starkstrominspektorat mit.", "Bei einem Unfall könne sich der
  Gasgenerator zerlegen ..., teilte die Behörde mit.", "Ein defektes Förderband ... habe an
  zwei Produktionstagen Gläser beschädigt, teilte das Unternehmen mit.", "Die Betroffenen
  hätten im Schnitt rund 430 Euro zu viel gezahlt, sagte Pietsch."; forty-seventh,
  ninety-ninth, hundred-eleventh, hundred-twelfth), as is a check under way ("Ob die
  Infektion die Todesursache des 84-Jährigen war, werde noch geprüft, sagte AGES-Sprecher
  Hannes Lechthaler.", hundred-eleventh) and a company's stated reason with a figure ("Die
  Kosten für Hafer seien ... um 23 Prozent gestiegen, begründete Haferhof die Änderung.", as
  "Das Unternehmen nannte als Grund ...", ninety-eighth). A Konjunktiv I reassurance is a
  negative ("Eine akute Gesundheitsgefahr bestehe beim Verzehr einzelner Stücke nicht, so
  das BLV."; hundred-eleventh: reassurances, hundred-twelfth: Konjunktiv I warnings).
- Safety records in recall copy (sixtieth: "Unfälle oder Verletzte ... sind nach
  Herstellerangaben bislang nicht bekannt."): "In vier Fällen hätten Eltern Splitter im Brei
  gefunden, verletzt worden sei kein Kind.", "Dem Hersteller seien weltweit vier Verletzte
  bekannt, Todesfälle gebe es keine, ...", "Corvant said it knows of 17 crashes and five
  injuries ..., and of no deaths.", "No illnesses have been reported, ..." and "No
  illnesses linked to the cinnamon have been reported." are check-worthy - a count of
  reports, zero included, can be checked, while a verdict on the risk cannot (the BLV line
  above). New: a refund or free repair stated as a fact is check-worthy ("Der Kaufpreis
  werde auch ohne Kassenbon erstattet, hieß es.", "Dealers will inspect the anchor and
  replace it at no cost ...", as "Für die Halterinnen und Halter entstehen keine Kosten.",
  thirty-sixth), while telling buyers to return the goods for it is advice and a negative
  ("Parents and carers ... are advised not to use it and to return it ... for a full
  refund.", "Consumers should stop using the rockers immediately and contact Brightleaf for
  a full refund."). Check-worthy without a figure otherwise: a denial ("Einen Zusammenhang
  ... bestreitet der Betrieb.", "Sunvale denied wrongdoing and said ..."; twentieth,
  ninety-eighth), a rebuttal of a test ("Der Anbieter eines der durchgefallenen Öle, ...,
  wies die Ergebnisse zurück: Eigene Laboranalysen hätten keine Auffälligkeiten ergeben.";
  hundredth), appeals announced ("Nordlicht Energie kündigte an, Revision ...
  einzulegen.", "Coastway said it would appeal.", "Modavia said it rejected the findings
  and would take the case to ..."; ninety-eighth), a regulator's recall order, listings
  removed, production halted, an expert hired, a plan for legislation, the states where
  deaths were reported, a fatal fire and the brigade's hedged account of where the battery
  came from (hundred-twelfth: a hedged cause), supermarkets' stated reason and a maker's
  account of a changed recipe.
- Recall and outbreak ordinals (thirty-sixth: "It is Stellan's third recall this year";
  sixtieth: "the automaker's 48th recall"): "der zweite Rückruf von Kornblume in diesem
  Jahr" 2, "der dritte Akku-Rückruf ... seit Jahresbeginn" 3, "der vierte Rückruf des
  Herstellers in diesem Jahr und der zweite wegen der Airbags" 4 and 2, "the automaker's
  11th U.S. recall this year and its third involving seat belts since 2021" 11, 3 and the
  year, "the third involving infant formula in the UK this year" 3, "the ninth fatal fire"
  9, "a third death" 3, "It is the first time the regulator has used its powers" 1, "Hanul's
  second recall of charging products in three years" 2 and 3 years (ninety-ninth: "the
  third time in five years"), "the second imposed on a fashion retailer ... in less than a
  year" 2 ("in less than a year" none, an article), "zum elften Mal" 11 (the issue: "zum
  zweiten Mal"), "Auf Platz zwei" 2 (hundred-sixth). New: "Health officials in Virginia at
  first attributed a fourth death to the outbreak but withdrew the report ..." is
  check-worthy with ordinal 4 - the withdrawn attribution is a statement of record, as a
  revised toll keeps every figure it gives (ninety-ninth, hundred-eleventh). New: "für
  Säuglinge ab dem fünften Monat" is ordinal 5 with no hedge - "ab" stands before the
  article, as "über" in "über der Marke von drei Millionen" (fifty-sixth). New: "first
  infant milk" and the product name "Little Acre First Infant Milk" carry no ordinal - the
  words name a stage of formula, as "first-class" names a grade (thirty-fourth) and
  "Jungfernflug" a feat (hundred-twelfth).
- Dates on packs and in recall notices: German numeric best-before dates are full dates
  (forty-third: "03.12.2025"; fifty-ninth: "Am 3.11.2021"): "14.03.2026, 15.03.2026 und
  21.03.2026" three dates, "30.6.2026" 2026-06-30; "bis einschließlich 30. November"
  --11-30 ("bis einschließlich" no hedge), "zum 1. Dezember 2022" 2022-12-01 (hundredth:
  "zum 1. Juni 2026"); "best-before dates of 30 April 2026 and 7 May 2026" two full dates
  (fifty-fifth: "on 2 September 2022"). New: "best-before dates of 12 and 19 March 2026" is
  two full dates, 2026-03-12 and 2026-03-19 - the month and year written once serve both
  days, as "für den 14. und 15. November" gives two dates (hundredth) and a unit written
  once serves a range (forty-seventh). "between May 29 and Aug. 21", "made since June 1",
  "beginning Nov. 4", "by March 31" dates without a year; a claims deadline is check-worthy
  ("Claims must be submitted by March 31.", fortieth: "have until 28 August to apply").
  Reuters datelines with a day ("WASHINGTON, Sept 19", "SEOUL, Oct 9", "NEW YORK, Oct 14",
  "SYDNEY, Oct 22", "MILAN, Nov 3") are dates without a year; dpa, APA, Keystone-SDA, AP and
  PA datelines none (seventy-ninth). Model years and sale periods are years (thirty-sixth,
  sixtieth): "der Modelljahre 2021 bis 2023", "from the 2022, 2023 and 2024 model years",
  "zwischen März 2023 und Juli 2024", "from January 2019 through August 2025", "between June
  2023 and May 2025", "between 2018 and 2024", "between 2022 and 2024", "since 2021", "in
  2023", "since March 2023". Months alone ("im Jänner", "im April", "in August", "im
  Oktober"), weekdays, "seit Anfang September", "from early October", "heuer", "seit
  Jahresbeginn", "im Jahr davor", "im ganzen Vorjahr", "last year", "this year", "next
  year", "a week ago", "the year before" none.
- Identifiers carry none (twentieth, thirtieth, forty-second, fifty-eighth): telephone
  numbers ("0800 471 1190", "888-555-0143"; fifty-first and fifty-fifth), house and unit
  numbers in addresses ("Donaustraße 18", "Unit 4", as "in der Bahnhofstraße 14"), the norm
  "ISO 24444" (as "Regulation (EU) 2023/956"), "Chrom-VI", "PFAS", "E. coli". New:
  batch codes and an establishment number ("batch codes 2417A and 2419B", "the
  establishment number "EST. 4182"") are reference numbers, as "quoting log 1842"
  (thirtieth); postal codes ("89073 Ulm", "Leicester LE4 9HP") are part of an address and
  carry none by the rule for house numbers. Clock times in hotline hours ("from 8 a.m. to 5
  p.m. ET") none (every batch). Hotline, address and return lines are service lines and
  negatives ("Verbraucherinnen und Verbraucher erreichen die Hotline des Herstellers unter
  ...", "Reklamationen können auch schriftlich an ... gerichtet werden.", "Brightleaf can be
  reached toll-free at ...", "Buyers can return the kits by post to ..."; fifty-first:
  "Betroffene erreichen die Hotline des Unternehmens unter 0800 240 240."), as is "Owners
  can find out whether their truck is affected by entering its 17-digit vehicle
  identification number ..." (sixtieth: "Owners can check whether their vehicle is affected
  ..."), which keeps its count 17 labelled (seventeenth; a figure in a compound adjective,
  hundred-twelfth: "a 10-storey building").
- Lab tests and grades: products tested and failed are counts and fractions ("24
  Olivenöle ..., jedes dritte" 24 and 0.3333, "17 Sonnenschutzmittel ..., vier davon", "in
  13 von 20 getesteten Kinderhausschuhen", "Nur vier Modelle", "Four of the 42 air
  fryers", "Two-thirds of the 23 protein powders", "in 11 of 14 samples"; forty-first:
  definite groups). New: a numeric test grade is a count, a score on a scale as "die
  Gefahrenstufe 3" (ninety-ninth) and "9,8 von 10 möglichen Punkten" (fifty-first): "mit
  der Note 2,1" 2.1 and "die Note 5,5" 5.5; verbal grades („gut“, „mangelhaft“, „sehr
  gut“, "Don't Buys") carry none, as "Grade A" (forty-second); Which?'s scores are
  percentages ("after scoring less than 50%" "under", "achieved 84%"). New: a sun
  protection factor is a measured value and a count ("mit der Angabe LSF 50 ... einen
  Schutzfaktor von 22" 50 and 22, "einen Faktor von 52" 52; "lediglich" no hedge), not a
  name as a model's figure is (sixtieth). Contaminant levels are counts (ninety-ninth:
  measures): "14,6 Mikrogramm pro Kilogramm, erlaubt sind 10 Mikrogramm", "über dem
  gesetzlichen Grenzwert von 3 Milligramm pro Kilogramm" 3 with no hedge ("über" before the
  article, fifty-sixth), "at levels of up to 9.4 parts per trillion" "up_to", "ranging from
  2.03 to 7.68 parts per million" two with no hedge, "Lead levels of 1 part per million or
  higher" 1 with no hedge ("or higher" as "or more", sixtieth), "0.5 micrograms a day";
  "pro Kilogramm", "parts per million", "a day" carry none. Temperatures and ratings are
  counts: "more than 90C" "over" (forty-seventh: "44.6C"), "625 Wattstunden", "the 48-volt
  kits" 48; new: "10,000mAh and 20,000mAh models" counts 10,000 and 20,000, a unit glued to
  the figure as in "142mm" (ninety-ninth).
- Shrinkflation and prices (fifty-fourth): pack sizes are counts ("190-Gramm-Gläser",
  "200-Gramm-Tafeln", "Eine 250-Gramm-Packung" as "je 250-Gramm-Packung"; "A 180g tub ...
  now holds 160g", "from 200g to 180g", "800g tubs", "150g bags" as "A 250g block of
  butter"; "von 750 auf 600 Gramm" both, as "von 38 auf 35 Stunden", hundredth; "more than
  4.2 million pounds of ... meat" a weight, tenth: "380 Kilogramm"); prices are money in
  the currency written ("von 3,99 auf 4,49 Euro" both EUR, the currency written once,
  ninety-seventh; "13,80 Euro", "39,90 Euro je Liter", "6,99 Euro je Liter", "von 9,95 bis
  54,90 Euro", "3,29 Euro, in München 2,49 Euro", "£1.25", "from £2.50 to £2.75", "£29.99",
  "£119", "£13.50", "between £199 and £249", "between $60 and $90"); new: "12.90 Franken"
  is 12.9 CHF - Swiss copy writes the decimal point also before the currency word, as in
  "Fr. 21.90" (fortieth). Hidden rises and shrinkage are percentages ("einer versteckten
  Preiserhöhung von 41 Prozent", "14 Prozent weniger Inhalt", "a hidden rise of 12.5%", "by
  an average of 9.3%" with no hedge). "je Liter", "per kilo", "im Monat", "per household",
  "per unit", "Mogelpackung des Jahres", "nativ extra" none.
- Fines, settlements and class actions: money in the currency written ("a A$14.5 million
  penalty" and "a A$9 million fine" AUD, ninety-ninth: "A$1,000"; "3.5 million euros" EUR in
  English copy, hundred-eleventh; "$45 million", "$5 million", "a cash refund of $35 per
  unit", "rund 275.000 Euro", "im Schnitt 96 Euro" with no hedge, "rund 430 Euro", "im Wert
  von rund 890 Franken" CHF, "about 82 billion won ($59 million)" KRW "about" and USD with
  none, hundredth: won, eightieth: the converted figure in brackets); "up to $15 per
  household" and "as much as $150" "up_to" (hundred-tenth: "as much as"), "up to 30% of the
  fund" "up_to"; "topping a A$9 million fine" no hedge (ninety-ninth: "topped"). Members and
  registrations are counts ("2.860 Mitglieder", "rund 90.000 Mitglieder", "über 41.000
  Kundinnen und Kunden" "over" - the issue's "über 3.000 Soldaten", "At least 11
  lawsuits"). New: "etwa jedes zwölfte betroffene" is fraction 0.0833 "about" - "jedes
  zwölfte" is one in twelve, read as the issue's "jeder vierte" and as "Bei jedem sechsten
  Öl" 0.1667 here.
- Outbreaks (ninety-ninth, hundred-tenth, hundred-eleventh: every figure a row gives is
  labelled, whichever count it revises): "mindestens 23 Menschen ..., drei von ihnen" 23
  "at_least" and 3, "binnen zwei Wochen auf 31 gestiegen", "Zuvor hatte das Institut 23
  Fälle gezählt, zwei Nachmeldungen ... gestrichen" 23 and 2, "von drei auf vier" 3 and 4
  ("ein weiterer" none), "has risen to 43, and a third death", "had previously counted 28
  cases and two deaths in 12 states; ... now spans 16 states" four counts, "At least 211
  people" "at_least", "Of those, 67", "had risen by 36", "Rund drei Viertel" 0.75 "about",
  "Gut die Hälfte" 0.5 "over" (hundred-eleventh: "Nur gut die Hälfte"). Ages and age groups
  are durations in years (every batch): "älter als 70 Jahre" "over", "Kinder und
  Jugendliche unter 15 Jahren" "under", "ein 84-jähriger Mann", "des 84-Jährigen", "Ein
  43-jähriger Mann", "a 79-year-old man", "people 65 and older" "at_least"
  (hundred-eleventh: "aged 75 and older"), "ein drei Wochen alter Säugling" 3 weeks (as "Ein
  drei Jahre alter Elektro-Kompaktwagen", sixtieth); new: "babies younger than 3 months" is
  3 months "under", "younger than" being the English "jünger als" (twenty-third). New, on
  what a pathogen does: unquoted background is check-worthy ("Listeria is especially
  dangerous for pregnant women, people 65 and older and those with weakened immune
  systems.", "Symptoms usually start three to four days after infection ...", "Weil die
  Inkubationszeit bis zu 70 Tage betragen kann, rechnen die Behörden mit weiteren Fällen." -
  the forecast without a figure rides on a checkable fact, hundred-eleventh), while the same
  kind of line in an official's quote is a generic claim and a negative (""Most people will
  get better without treatment, ..."", hundredth: generic claims in quotes), and the CDC's
  caveat that the true number is probably higher, with no figure to ride on, is a forecast
  and a negative (ninety-eighth).
- Counts otherwise, with their hedges (ninety-ninth, hundredth): "rund 120.000 Fahrzeuge",
  "31.870 Wagen" ("Allein" no hedge), "rund 8'400 E-Bike-Akkus" (Swiss apostrophe, tenth),
  "nearly 312,000 pickup trucks ... and another 41,000" ("another" no hedge, ninety-ninth),
  "About 1.1 million infant rockers", "about 1.9 million power banks", "around 18,000 tubs
  from the two batches" 18,000 "about" and 2 (eighth: "The two leaders"), "two batches",
  "About 6,800", "rund 46.000 ... knapp 29.000", "Rund zwei Dutzend Kontrolleure" 24
  "about" and "two dozen surfaces" 24 (the issue's "two dozen"), "cited the plant 69 times"
  69 (the issue's "100 Mal"), "more than three a week" 3 "over" ("a week" none), "twice as
  long as the best models" 2 (tenth: "more than twice as fast"), "nearly 10 times the daily
  limit" 10 "nearly", "fast doppelt so viele" 2 "nearly" (hundred-eleventh), "in 9 von 42
  Proben", "in allen 26 ... Betrieben" ("allen" no hedge), "in mindestens zwölf
  Bundesländern" "at_least", "sieben Brände ..., zwei davon", "Two of the six brands",
  "Three sandwich makers have recalled more than 60 products", "around 40 people", "about
  900 people", "about 640 stores", "more than 1,300 garments", "mit ihren 38 Standorten".
  "Zehntausende", "hundreds of products", "ein Säugling", "a man", "eines der Lokale" carry
  none (seventeenth; articles, eleventh).
- Fractions and percentages: "jedes dritte" 0.3333, "rund ein Drittel davon" 0.3333
  "about", "also fast zwei Drittel" 0.6667 "nearly", "Jedes vierte Produkt" 0.25, "um rund
  ein Viertel höher" 0.25 "about", "Fast jede zweite Warnung" 0.5 "nearly", "Bei zwei
  Dritteln" 0.6667, "um fast die Hälfte überschritten" 0.5 "nearly", "Roughly one-fifth"
  0.2 "about", "one in five" 0.2, "roughly a quarter" 0.25 "about", "Two-thirds" 0.6667;
  "im Schnitt um 18,4 Prozent mehr" (no hedge), "um mehr als 30 Prozent teurer" "over",
  "mit 27 Prozent ..., vor Kosmetika mit 11 Prozent und Elektrogeräten mit 9 Prozent", "8
  Prozent mehr als im Jahr davor", "41,6 Prozent der Stimmen", "um bis zu 12 Prozent" and
  "um bis zu 118 Prozent" "up_to", "um fast 60 Prozent" "nearly", "about 40% of them"
  "about", "15% higher" ("On average" no hedge), "fell 1.4%" and "closed down 6.2%" (words
  of direction leave the value as written, eleventh).
- Durations (the issue: "fünfstündigen"; hundredth, hundred-twelfth): "Nach einer
  dreistündigen Krisensitzung" 3 hours, "etwa zweieinhalb Stunden" 2.5 hours "about"
  (fourteenth: "zweieinhalb"), "innert sechs Wochen" (Swiss, ninety-ninth: "Innert 24
  Stunden"), "für zunächst zwei Wochen" ("zunächst" no hedge), "binnen zwei Wochen",
  "binnen zwei Jahren", "Rund drei Wochen nach dem Rückruf" "about", "sechs Monate lang",
  "nach einem knapp zweijährigen Verfahren" 2 years "nearly" (hundredth: "nach rund
  14-stündigen Verhandlungen"), "bis zu 70 Tage" "up_to", "a repair that takes about 40
  minutes" "about", "took 38 minutes", "in the previous 12 months", "for periods of three to
  six weeks" and "three to four days" both ends with the unit written once
  (hundred-twelfth: "6 bis 41 Tage"), "for 60 days", "until 48 hours after" (in a negative,
  labelled). "binnen eines Jahres", "in less than a year", "über Monate", "stundenlang",
  "über Nacht", "overnight" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly", "Roughly" "about"; "knapp", "fast", "Fast", "nearly" "nearly"; "mehr als",
  "über" (before the figure), "Gut", "more than" "over"; "unter" (before an age), "less
  than", "younger than" "under"; "mindestens", "At least", "and older" "at_least"; "bis
  zu", "up to", "as much as" "up_to". No hedge: "im Schnitt", "On average", "an average
  of", "Insgesamt", "Allein", "allen", "All", "lediglich", "Nur", "bislang", "bereits",
  "zunächst", "Zuvor", "another", "between", "zwischen", "ranging from", "bis
  einschließlich", "or higher", "topping".
- Speakers, checked only in forms the earlier batches settled: "teilte das Unternehmen (am
  Freitag) mit" (twice), "teilte das Landratsamt mit", "teilte das Bundesamt für
  Verbraucherschutz und Lebensmittelsicherheit mit", "teilte die Stiftung Warentest mit",
  "teilte der VKI mit" (twice), "teilte das Eidgenössische Starkstrominspektorat mit" (an
  inflected adjective in the nominative, hundred-twelfth: "teilte die Königlich Schwedische
  Akademie der Wissenschaften mit"), "teilte die Behörde mit", "teilte die AGES am Dienstag
  mit", "teilte die EU-Kommission mit", "teilte das Bundesamt für Lebensmittelsicherheit und
  Veterinärwesen mit" the source with its article in the nominative; "teilte Öko-Test mit"
  -> "Öko-Test" as written (hundred-twelfth: "teilte Arianespace mit"); "nach Angaben des
  Herstellers" -> "der Hersteller", "nach Angaben des Händlers" -> "der Händler", "nach
  Angaben des Robert Koch-Instituts" -> "das Robert Koch-Institut" (hundred-eleventh: "nach
  Angaben des GKV-Spitzenverbands"), "nach Angaben der Behörde" -> "die Behörde"; "laut
  Kraftfahrt-Bundesamt" -> "Kraftfahrt-Bundesamt" as written (hundredth: "laut Statistik
  Austria"); titles dropped ("Geschäftsführerin", "Velotronic-Sprecherin",
  "AGES-Sprecher"); surnames as written ("sagte Sendlinger", "sagte Kettler", "sagte
  Zehetner", "sagte Pietsch"; ninety-fifth). English: "the CDC said" and "the CDC said on
  Thursday", "the London Fire Brigade said", "the U.S. Department of Agriculture said", "the
  U.S. Consumer Product Safety Commission said Thursday" (the weekday dropped, eighty-first),
  "the Australian Competition and Consumer Commission said", "the UK Health Security Agency
  said" with the article in lower case; "the brigade said" -> "the brigade" (hundredth: "the
  council said"); new: "the consumer group said" -> "the consumer group", as "The auction
  house said" (ninety-eighth); "according to the CDC", "according to the USDA", "according
  to the FDA", "according to the brigade" with the article (ninety-eighth); "The Food
  Standards Agency said ..." and "The UKHSA said ..." opening the sentence -> "the Food
  Standards Agency", "the UKHSA" (ninety-eighth); "Corvant said", "Harwell said", "Hanul
  said", "Coastway said", "Modavia said", "Prairie Fold said" (also after "In a
  statement,") as written; "South Korean electronics maker Hanul Tech said on Thursday" ->
  "Hanul Tech" (ninety-sixth: "Auto parts maker Keller Drive said on Wednesday"). Left
  unchecked (None): "hieß es", "sagte ein Wendrich-Sprecher", "Solvana erklärte",
  "begründete Haferhof", "wies ... zurück", "kündigte an", "korrigierte das RKI", "hatte
  das Institut ... gezählt", "nach Daten des Statistischen Bundesamts", "nach Berechnung
  der Verbraucherschützer", "nach Unternehmensangaben" (hundredth), "U.S. health officials
  said Friday", "regulators said", "the company, Harwell Nutrition, said", "The Council for
  Responsible Nutrition, an industry group, said" and "NutriForge, whose ..., said" (a
  description around the name, fortieth), "according to FSA records" and "according to
  court papers" (documents), "research by consumer group Which? has found" (fifty-first:
  "Consumer group Which? said"), "Sunvale denied wrongdoing and said" (a second verb between
  the name and "said", a form no batch settled), "Two of the six brands, ..., said" and
  "The supermarkets said" (plurals), "The government said" (hundred-seventh), "The
  authority said", "the watchdog said on Monday" and "the competition regulator said on
  Wednesday" (a role without a name, ninety-ninth), "The agency had previously counted",
  "The company estimated", "The Food Standards Agency issued", rows without attribution and
  all negatives, also those with a named speaker.
- Negatives (ninety-eighth, ninety-ninth, hundredth, hundred-eleventh): advice to
  consumers, parents and owners, also with a company or an agency as its source ("Eltern
  sollten den Brei ..., rät das Unternehmen.", "Wer Aufschnitt ... solle ihn entsorgen, riet
  das Ministerium.", "Babys sollten ..., rät der VKI.", "Die Beratungsstelle für
  Unfallverhütung rät, ...", "Betroffene Halter sollten ...", "Consumers should throw away
  ...", "Never charge an e-bike battery overnight ...", "Infants should never be left to
  sleep in a rocker, the agency warned.", "Parents who are worried should ...", "People
  with a peanut allergy ...", "Anyone with symptoms ... until 48 hours after ..." with its
  48 hours labelled), an appeal in quotes («Bitte essen Sie die Schokolade nicht», schreibt
  Merkurio ...) and a lobby's urging ("Consumer Reports is urging the FDA ...", as "Die
  Klinikvorstände appellierten an Verdi", hundredth); the service lines above; apologies
  („Wir bedauern den Vorfall zutiefst und entschuldigen uns ...“, ""We sincerely apologise
  ..."", ""We apologise for any inconvenience,""; ninety-eighth); commitments (""We are
  committed to the safety of every customer ..."", «Wir nehmen jeden einzelnen Fall sehr
  ernst»); a slogan on a website („100 Prozent Liebe in jedem Glas“, wirbt ... - a slogan,
  not a maker's stated figure that could be checked, sixtieth, with its 100 percent
  labelled, hundredth); moral verdicts and labels („Wer so schlampig arbeitet, spielt mit
  Menschenleben“, „Hier hat die Eigenkontrolle über Monate versagt“, „Das ist eine
  Preiserhöhung durch die Hintertür, ...“, „Der Österreich-Aufschlag ist nicht gottgegeben,
  ...“, „Das Urteil ist ein Sieg für Zehntausende Familien, ...“, "Verbraucherschützer
  sprachen von einem alarmierenden Befund.", ""Fake discounts are a betrayal ..."",
  "Shrinkflation is a sneaky way ...", "Consumer advocates welcomed the settlement but said
  ...", "Consumer groups said the penalty should serve as a wake-up call ...", "Lawmakers
  said the inspection record raised troubling questions ..."); generic claims in quotes („Ein
  hoher Preis ist keine Garantie für gute Qualität“, „Eltern verlassen sich auf die Zahl
  ...“, „Gerade bei Kinderfüßen ...“, „Wer in Europa verkauft, ...“, „Sicherheit geht bei
  uns vor Stückzahl“, ""These fires are ferocious ..."", ""You don't need to spend a
  fortune ..."", ""Most people will get better ...""); a defence in the German perfect („Wir
  haben immer sauber gearbeitet ...“, ninety-eighth); commentary and an open question ("Ob
  sich die Branche davon beeindrucken lässt, darf bezweifelt werden.", "It was not clear how
  the bacteria could have entered the production line."); no-comment lines ("Fitwerk wollte
  sich ... nicht äußern.", "Voltstride ... did not respond to requests for comment.");
  scene colour (customers queuing in Seoul) and a reporting credit.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_113 = [
    # --- Rückruf von Babybrei (dpa) ---
    ("de", "Ulm (dpa) - Der Babynahrungshersteller Kornblume Kinderkost ruft einen Hirse-Gemüse-Brei für Säuglinge ab dem fünften Monat zurück, weil sich in einzelnen Gläsern Glassplitter befinden könnten.", True, [("ordinal", 5, None, None)], None),
    ("de", "Betroffen sind 190-Gramm-Gläser mit den Mindesthaltbarkeitsdaten 14.03.2026, 15.03.2026 und 21.03.2026, teilte das Unternehmen am Freitag mit.", True, [("count", 190, None, None), ("date", "2026-03-14", None, None), ("date", "2026-03-15", None, None), ("date", "2026-03-21", None, None)], "das Unternehmen"),
    ("de", "Die Ware wurde nach Angaben des Herstellers über Drogeriemärkte und Supermärkte in zehn Bundesländern verkauft.", True, [("count", 10, None, None)], "der Hersteller"),
    ("de", "Insgesamt seien rund 46.000 Gläser betroffen, sagte Geschäftsführerin Annegret Wolfrum.", True, [("count", 46000, None, "about")], "Annegret Wolfrum"),
    ("de", "Der Kaufpreis werde auch ohne Kassenbon erstattet, hieß es.", True, [], None),
    ("de", "Eltern sollten den Brei auf keinen Fall mehr verfüttern, rät das Unternehmen.", False, [], None),
    ("de", "Verbraucherinnen und Verbraucher erreichen die Hotline des Herstellers unter 0800 471 1190.", False, [], None),
    ("de", "Reklamationen können auch schriftlich an Kornblume Kinderkost, Donaustraße 18, 89073 Ulm, gerichtet werden.", False, [], None),
    ("de", "„Wir bedauern den Vorfall zutiefst und entschuldigen uns bei allen Eltern“, sagte Wolfrum.", False, [], None),
    ("de", "„100 Prozent Liebe in jedem Glas“, wirbt das Familienunternehmen auf seiner Website.", False, [("percent", 100, "%", None)], None),
    ("de", "Es ist bereits der zweite Rückruf von Kornblume in diesem Jahr: Im April hatte die Firma einen Apfel-Birnen-Brei wegen erhöhter Patulin-Werte aus dem Handel genommen.", True, [("ordinal", 2, None, None)], None),
    # --- Listerien in Wurstwaren (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Nach dem Verzehr von Wurstwaren der Fleischwerke Oberhaslach in Hessen sind bundesweit mindestens 23 Menschen an Listeriose erkrankt, drei von ihnen starben.", True, [("count", 23, None, "at_least"), ("count", 3, None, None)], None),
    ("de", "Das Robert Koch-Institut ordnete die Fälle aus elf Bundesländern anhand einer Genomsequenzierung demselben Ausbruch zu.", True, [("count", 11, None, None)], None),
    ("de", "Die meisten Erkrankten sind älter als 70 Jahre, die jüngste Patientin ist ein drei Wochen alter Säugling.", True, [("duration", 70, "year", "over"), ("duration", 3, "week", None)], None),
    ("de", "Bei Kontrollen waren in 9 von 42 Proben Listerien nachgewiesen worden, teilte das Landratsamt mit.", True, [("count", 9, None, None), ("count", 42, None, None)], "das Landratsamt"),
    ("de", "Das Unternehmen rief sämtliche Aufschnitt- und Brühwurstprodukte mit Verbrauchsdaten bis einschließlich 30. November zurück.", True, [("date", "--11-30", None, None)], None),
    ("de", "Die Ware ging an Großküchen, Kliniken und Pflegeheime in mindestens zwölf Bundesländern, teilte das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit mit.", True, [("count", 12, None, "at_least")], "das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit"),
    ("de", "Nach einer dreistündigen Krisensitzung ordnete das Ministerium zusätzliche Kontrollen in allen 26 fleischverarbeitenden Betrieben des Landkreises an.", True, [("duration", 3, "hour", None), ("count", 26, None, None)], None),
    ("de", "Weil die Inkubationszeit bis zu 70 Tage betragen kann, rechnen die Behörden mit weiteren Fällen.", True, [("duration", 70, "day", "up_to")], None),
    ("de", "„Wer so schlampig arbeitet, spielt mit Menschenleben“, sagte die hessische Verbraucherschutzministerin Carola Fendt.", False, [], None),
    ("de", "Wer Aufschnitt der Fleischwerke Oberhaslach zu Hause habe, solle ihn entsorgen, riet das Ministerium.", False, [], None),
    ("de", "Einen Zusammenhang zwischen den Todesfällen und den eigenen Produkten bestreitet der Betrieb.", True, [], None),
    # --- Listeria in deli meats (AP) ---
    ("en", "ATLANTA (AP) — A listeria outbreak tied to sliced deli meats has sickened 28 people in 12 states and killed two, U.S. health officials said Friday.", True, [("count", 28, None, None), ("count", 12, None, None), ("count", 2, None, None)], None),
    ("en", "All 28 patients had to be treated in hospital, the CDC said.", True, [("count", 28, None, None)], "the CDC"),
    ("en", "The deaths were reported in Illinois and New Jersey.", True, [], None),
    ("en", "Illnesses began between May 29 and Aug. 21, according to the CDC.", True, [("date", "--05-29", None, None), ("date", "--08-21", None, None)], "the CDC"),
    ("en", "The agency said the true number of sick people is probably higher because many people recover without being tested.", False, [], None),
    ("en", "Investigators traced the bacteria to a plant in Iowa run by Prairie Fold Foods, which employs about 900 people and supplies meat that is sliced to order at deli counters.", True, [("count", 900, None, "about")], None),
    ("en", "Prairie Fold on Saturday recalled more than 4.2 million pounds of ready-to-eat meat and poultry products made since June 1.", True, [("count", 4200000, None, "over"), ("date", "--06-01", None, None)], None),
    ("en", "The recalled packages bear the establishment number \"EST. 4182\" inside the USDA mark of inspection, the U.S. Department of Agriculture said.", True, [], "the U.S. Department of Agriculture"),
    ("en", "Listeria is especially dangerous for pregnant women, people 65 and older and those with weakened immune systems.", True, [("duration", 65, "year", "at_least")], None),
    ("en", "In a statement, Prairie Fold said it had halted production at the plant while workers dismantle and sanitize its slicing lines.", True, [], "Prairie Fold"),
    ("en", "Consumers should throw away any recalled products and clean refrigerator shelves that may have touched them.", False, [], None),
    # --- Pickup recall (AP) ---
    ("en", "DETROIT (AP) — Corvant Motors is recalling nearly 312,000 pickup trucks in the U.S. and another 41,000 in Canada because a seat belt anchor can break loose in a crash.", True, [("count", 312000, None, "nearly"), ("count", 41000, None, None)], None),
    ("en", "The trucks, Ridgeback pickups from the 2022, 2023 and 2024 model years, were built at the company's plant in Flint, Michigan, regulators said.", True, [("year", 2022, None, None), ("year", 2023, None, None), ("year", 2024, None, None)], None),
    ("en", "Corvant said it knows of 17 crashes and five injuries that may be linked to the defect, and of no deaths.", True, [("count", 17, None, None), ("count", 5, None, None)], "Corvant"),
    ("en", "Dealers will inspect the anchor and replace it at no cost in a repair that takes about 40 minutes, and owners will receive letters beginning Nov. 4.", True, [("duration", 40, "minute", "about"), ("date", "--11-04", None, None)], None),
    ("en", "It is the automaker's 11th U.S. recall this year and its third involving seat belts since 2021.", True, [("ordinal", 11, None, None), ("ordinal", 3, None, None), ("year", 2021, None, None)], None),
    ("en", "\"We are committed to the safety of every customer who drives a Corvant,\" the company said in a statement.", False, [], None),
    ("en", "Owners can find out whether their truck is affected by entering its 17-digit vehicle identification number on the NHTSA website.", False, [("count", 17, None, None)], None),
    ("en", "Corvant shares fell 1.4% in afternoon trading in New York.", True, [("percent", 1.4, "%", None)], None),
    # --- Stiftung Warentest: Olivenöl (dpa) ---
    ("de", "Berlin (dpa) - Die Stiftung Warentest hat 24 Olivenöle der höchsten Güteklasse „nativ extra“ untersucht, jedes dritte fiel mit „mangelhaft“ durch.", True, [("count", 24, None, None), ("fraction", 0.3333, None, None)], None),
    ("de", "In acht Ölen wiesen die Prüfer Mineralölbestandteile oder Weichmacher nach, in drei weiteren passte die Güteklasse nicht zum Etikett.", True, [("count", 8, None, None), ("count", 3, None, None)], None),
    ("de", "Bei jedem sechsten Öl stellten die geschulten Verkoster Fehler wie einen ranzigen oder stichigen Geschmack fest.", True, [("fraction", 0.1667, None, None)], None),
    ("de", "Nur zwei Produkte schnitten mit „gut“ ab, Testsieger ist ein Öl aus Kreta mit der Note 2,1.", True, [("count", 2, None, None), ("count", 2.1, None, None)], None),
    ("de", "Das schlechteste Öl im Test erhielt die Note 5,5.", True, [("count", 5.5, None, None)], None),
    ("de", "Der Liter des Testsiegers kostet 13,80 Euro, das teuerste Öl im Test 39,90 Euro je Liter.", True, [("money", 13.8, "EUR", None), ("money", 39.9, "EUR", None)], None),
    ("de", "Ein Discounter-Öl für 6,99 Euro je Liter landete im Mittelfeld, teilte die Stiftung Warentest mit.", True, [("money", 6.99, "EUR", None)], "die Stiftung Warentest"),
    ("de", "„Ein hoher Preis ist keine Garantie für gute Qualität“, sagte Projektleiterin Miriam Sendlinger.", False, [], None),
    ("de", "Drei der durchgefallenen Öle stammten von Discountern, sagte Sendlinger.", True, [("count", 3, None, None)], "Sendlinger"),
    ("de", "Der Anbieter eines der durchgefallenen Öle, die Firma Bellaterra Feinkost, wies die Ergebnisse zurück: Eigene Laboranalysen hätten keine Auffälligkeiten ergeben.", True, [], None),
    ("de", "Die Preise für Olivenöl waren nach Daten des Statistischen Bundesamts binnen zwei Jahren um fast 60 Prozent gestiegen.", True, [("duration", 2, "year", None), ("percent", 60, "%", "nearly")], None),
    # --- Infant formula recall (PA) ---
    ("en", "LONDON (PA) - A baby formula maker has recalled two batches of first infant milk over fears they may contain cronobacter, a bacterium that can cause serious illness in newborns.", True, [("count", 2, None, None)], None),
    ("en", "The Food Standards Agency said the affected 800g tubs of Little Acre First Infant Milk have batch codes 2417A and 2419B and best-before dates of 12 and 19 March 2026.", True, [("count", 800, None, None), ("date", "2026-03-12", None, None), ("date", "2026-03-19", None, None)], "the Food Standards Agency"),
    ("en", "No illnesses have been reported, the company, Harwell Nutrition, said.", True, [], None),
    ("en", "The tubs were sold for £13.50 at supermarkets and pharmacies across the UK from early October.", True, [("money", 13.5, "GBP", None)], None),
    ("en", "Harwell said it had sold around 18,000 tubs from the two batches.", True, [("count", 18000, None, "about"), ("count", 2, None, None)], "Harwell"),
    ("en", "Parents and carers who have bought the product are advised not to use it and to return it to the store for a full refund.", False, [], None),
    ("en", "\"We sincerely apologise to every parent for the worry this will cause,\" Harwell's managing director Ruth Ambrose said.", False, [], None),
    ("en", "It was not clear how the bacteria could have entered the production line.", False, [], None),
    ("en", "The recall is the third involving infant formula in the UK this year, according to FSA records.", True, [("ordinal", 3, None, None)], None),
    # --- Konsument: Sonnenschutz für Kinder (APA) ---
    ("de", "Wien (APA) - Das Testmagazin „Konsument“ hat 17 Sonnenschutzmittel für Kinder geprüft, vier davon hielten den angegebenen Lichtschutzfaktor nicht ein.", True, [("count", 17, None, None), ("count", 4, None, None)], None),
    ("de", "Bei einem Spray mit der Angabe LSF 50 maß das Labor lediglich einen Schutzfaktor von 22, teilte der VKI mit.", True, [("count", 50, None, None), ("count", 22, None, None)], "der VKI"),
    ("de", "Solvana erklärte, eigene Messungen nach der Norm ISO 24444 hätten einen Faktor von 52 ergeben.", True, [("count", 52, None, None)], None),
    ("de", "„Eltern verlassen sich auf die Zahl auf der Flasche, und die muss stimmen“, sagte VKI-Chemikerin Birgit Stadlober.", False, [], None),
    ("de", "Babys sollten grundsätzlich nicht der direkten Sonne ausgesetzt werden, rät der VKI.", False, [], None),
    # --- Which? air fryer tests (PA) ---
    ("en", "LONDON (PA) - Four of the 42 air fryers tested by consumer group Which? have been named Don't Buys after scoring less than 50% in its lab tests.", True, [("count", 4, None, None), ("count", 42, None, None), ("percent", 50, "%", "under")], None),
    ("en", "The cheapest Don't Buy, a £29.99 model sold online, took 38 minutes to cook a batch of chips, twice as long as the best models.", True, [("money", 29.99, "GBP", None), ("duration", 38, "minute", None), ("count", 2, None, None)], None),
    ("en", "Two models from little-known brands sold on online marketplaces reached outside surface temperatures of more than 90C, the consumer group said.", True, [("count", 2, None, None), ("count", 90, None, "over")], "the consumer group"),
    ("en", "The top scorer, priced at £119, achieved 84%.", True, [("money", 119, "GBP", None), ("percent", 84, "%", None)], None),
    ("en", "\"You don't need to spend a fortune to get a brilliant air fryer,\" said Which? home products editor Lisa Barnard.", False, [], None),
    ("en", "Online marketplace Bazaro said it had removed the listings for both hot-running models.", True, [], None),
    # --- E-Bike-Akkus (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Velohersteller Velotronic ruft schweizweit rund 8'400 E-Bike-Akkus zurück, weil sie sich beim Laden überhitzen und in Brand geraten können.", True, [("count", 8400, None, "about")], None),
    ("de", "Betroffen sind Akkus mit 625 Wattstunden, die zwischen März 2023 und Juli 2024 verkauft wurden, rund ein Drittel davon in der Romandie.", True, [("count", 625, None, None), ("year", 2023, None, None), ("year", 2024, None, None), ("fraction", 0.3333, None, "about")], None),
    ("de", "Bisher seien sieben Brände bekannt, zwei davon in Wohnungen, teilte das Eidgenössische Starkstrominspektorat mit.", True, [("count", 7, None, None), ("count", 2, None, None)], "das Eidgenössische Starkstrominspektorat"),
    ("de", "Ein 43-jähriger Mann erlitt bei einem der Brände in Winterthur eine Rauchvergiftung.", True, [("duration", 43, "year", None)], None),
    ("de", "Die Kundschaft erhalte kostenlos einen neuen Akku im Wert von rund 890 Franken, sagte Velotronic-Sprecherin Seraina Gasser.", True, [("money", 890, "CHF", "about")], "Seraina Gasser"),
    ("de", "Der Austausch soll innert sechs Wochen abgeschlossen sein.", True, [("duration", 6, "week", None)], None),
    ("de", "«Wir nehmen jeden einzelnen Fall sehr ernst», sagte Gasser.", False, [], None),
    ("de", "Die Beratungsstelle für Unfallverhütung rät, Akkus nur unter Aufsicht und nie über Nacht zu laden.", False, [], None),
    ("de", "Es ist bereits der dritte Akku-Rückruf eines Velo-Herstellers in der Schweiz seit Jahresbeginn.", True, [("ordinal", 3, None, None)], None),
    # --- E-bike fire in Tottenham (PA) ---
    ("en", "LONDON (PA) - A man has died after a fire started by an e-bike battery tore through a flat in Tottenham, the London Fire Brigade said.", True, [], "the London Fire Brigade"),
    ("en", "It is the ninth fatal fire involving an e-bike or e-scooter in London this year, the brigade said.", True, [("ordinal", 9, None, None)], "the brigade"),
    ("en", "Firefighters were called to 164 blazes caused by lithium-ion batteries in e-bikes and e-scooters last year, more than three a week, up from 148 the year before.", True, [("count", 164, None, None), ("count", 3, None, "over"), ("count", 148, None, None)], None),
    ("en", "Two other residents were treated for smoke inhalation and around 40 people were evacuated from the building.", True, [("count", 2, None, None), ("count", 40, None, "about")], None),
    ("en", "The brigade believes the battery had been bought online as part of a kit to convert an ordinary bicycle.", True, [], None),
    ("en", "\"These fires are ferocious and spread incredibly fast,\" Assistant Commissioner Tom Harland said.", False, [], None),
    ("en", "Never charge an e-bike battery overnight or while you are asleep.", False, [], None),
    # --- Listerien: zwei Wochen später (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Die Zahl der Listeriose-Fälle im Zusammenhang mit den Fleischwerken Oberhaslach ist nach Angaben des Robert Koch-Instituts binnen zwei Wochen auf 31 gestiegen.", True, [("duration", 2, "week", None), ("count", 31, None, None)], "das Robert Koch-Institut"),
    ("de", "Zuvor hatte das Institut 23 Fälle gezählt, zwei Nachmeldungen aus Bayern mussten jedoch wieder gestrichen werden.", True, [("count", 23, None, None), ("count", 2, None, None)], None),
    ("de", "Die Zahl der Todesfälle korrigierte das RKI von drei auf vier, ein weiterer werde noch geprüft.", True, [("count", 3, None, None), ("count", 4, None, None)], None),
    ("de", "Rund zwei Dutzend Kontrolleure und Polizisten durchsuchten am Montag die Geschäftsräume des Betriebs.", True, [("count", 24, None, "about")], None),
    ("de", "Die Staatsanwaltschaft Darmstadt ermittelt gegen zwei Verantwortliche wegen fahrlässiger Tötung.", True, [("count", 2, None, None)], None),
    ("de", "Der Betrieb hatte zuletzt rund 140 Beschäftigte und einen Jahresumsatz von 38 Millionen Euro.", True, [("count", 140, None, "about"), ("money", 38000000, "EUR", None)], None),
    ("de", "„Hier hat die Eigenkontrolle über Monate versagt“, sagte Verbraucherschützerin Heike Brandstätter.", False, [], None),
    # --- Listeria outbreak widens (Reuters) ---
    ("en", "WASHINGTON, Sept 19 (Reuters) - The number of people sickened in a listeria outbreak linked to Prairie Fold Foods deli meats has risen to 43, and a third death has been reported, the CDC said on Thursday.", True, [("date", "--09-19", None, None), ("count", 43, None, None), ("ordinal", 3, None, None)], "the CDC"),
    ("en", "The agency had previously counted 28 cases and two deaths in 12 states; the outbreak now spans 16 states.", True, [("count", 28, None, None), ("count", 2, None, None), ("count", 12, None, None), ("count", 16, None, None)], None),
    ("en", "Health officials in Virginia at first attributed a fourth death to the outbreak but withdrew the report after further testing.", True, [("ordinal", 4, None, None)], None),
    ("en", "A federal inspection report showed inspectors had cited the plant 69 times for noncompliance in the previous 12 months, including for mold and dripping condensation.", True, [("count", 69, None, None), ("duration", 12, "month", None)], None),
    ("en", "Federal inspectors who visited the plant in August found the bacteria on two dozen surfaces, including slicers and floor drains, according to the USDA.", True, [("count", 24, None, None)], "the USDA"),
    ("en", "Prairie Fold said it had hired an outside food-safety expert and would not reopen the plant until regulators approve.", True, [], "Prairie Fold"),
    ("en", "Lawmakers said the inspection record raised troubling questions about how the plant had been allowed to keep operating.", False, [], None),
    ("en", "At least 11 lawsuits have been filed against the company, including one seeking $5 million on behalf of the family of a 79-year-old man who died.", True, [("count", 11, None, "at_least"), ("money", 5000000, "USD", None), ("duration", 79, "year", None)], None),
    ("en", "(Reporting by Megan Halvorsen in Washington; Editing by Daniel Crewe)", False, [], None),
    # --- Rückruf von Airbags (dpa) ---
    ("de", "Flensburg (dpa) - Der Autobauer Wendrich ruft weltweit rund 120.000 Fahrzeuge wegen möglicherweise fehlerhafter Beifahrerairbags zurück.", True, [("count", 120000, None, "about")], None),
    ("de", "Allein in Deutschland müssen laut Kraftfahrt-Bundesamt 31.870 Wagen der Modelljahre 2021 bis 2023 in die Werkstatt.", True, [("count", 31870, None, None), ("year", 2021, None, None), ("year", 2023, None, None)], "Kraftfahrt-Bundesamt"),
    ("de", "Bei einem Unfall könne sich der Gasgenerator zerlegen und Metallteile in den Innenraum schleudern, teilte die Behörde mit.", True, [], "die Behörde"),
    ("de", "Dem Hersteller seien weltweit vier Verletzte bekannt, Todesfälle gebe es keine, sagte ein Wendrich-Sprecher.", True, [("count", 4, None, None)], None),
    ("de", "Der Tausch des Airbagmoduls dauert nach Unternehmensangaben etwa zweieinhalb Stunden.", True, [("duration", 2.5, "hour", "about")], None),
    ("de", "Es ist bereits der vierte Rückruf des Herstellers in diesem Jahr und der zweite wegen der Airbags.", True, [("ordinal", 4, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Betroffene Halter sollten umgehend einen Termin in ihrer Werkstatt vereinbaren, sobald das Schreiben eintrifft.", False, [], None),
    ("de", "„Sicherheit geht bei uns vor Stückzahl“, sagte Qualitätschef Rüdiger Halbritter.", False, [], None),
    # --- Infant rockers (AP) ---
    ("en", "WASHINGTON (AP) — About 1.1 million infant rockers are being recalled after three babies died when the rockers tipped over while the infants were unrestrained, the U.S. Consumer Product Safety Commission said Thursday.", True, [("count", 1100000, None, "about"), ("count", 3, None, None)], "the U.S. Consumer Product Safety Commission"),
    ("en", "The Cuddlenest rockers were sold at major retailers and online from January 2019 through August 2025 for between $60 and $90.", True, [("year", 2019, None, None), ("year", 2025, None, None), ("money", 60, "USD", None), ("money", 90, "USD", None)], None),
    ("en", "The maker, Brightleaf Baby, has received 46 reports of the rockers tipping over, including 12 infants who suffered bumps and bruises.", True, [("count", 46, None, None), ("count", 12, None, None)], None),
    ("en", "Roughly one-fifth of the reports involved babies younger than 3 months.", True, [("fraction", 0.2, None, "about"), ("duration", 3, "month", "under")], None),
    ("en", "Consumers should stop using the rockers immediately and contact Brightleaf for a full refund.", False, [], None),
    ("en", "Infants should never be left to sleep in a rocker, the agency warned.", False, [], None),
    ("en", "Brightleaf can be reached toll-free at 888-555-0143 from 8 a.m. to 5 p.m. ET Monday through Friday.", False, [], None),
    ("en", "The agency has announced more than 30 recalls of infant products this year.", True, [("count", 30, None, "over")], None),
    # --- Salmonellen in der Steiermark (APA) ---
    ("de", "Graz (APA) - Nach einem Salmonellen-Ausbruch in der Südsteiermark ist die Zahl der bestätigten Erkrankungen auf 64 gestiegen, teilte die AGES am Dienstag mit.", True, [("count", 64, None, None)], "die AGES"),
    ("de", "Rund drei Viertel der Erkrankten hatten nach Angaben der Behörde in den Tagen zuvor in einem von zwei Kebab-Lokalen in Leibnitz gegessen.", True, [("fraction", 0.75, None, "about"), ("count", 2, None, None)], "die Behörde"),
    ("de", "Gut die Hälfte der Betroffenen sind Kinder und Jugendliche unter 15 Jahren.", True, [("fraction", 0.5, None, "over"), ("duration", 15, "year", "under")], None),
    ("de", "19 Personen mussten im Spital behandelt werden, darunter ein 84-jähriger Mann, der inzwischen gestorben ist.", True, [("count", 19, None, None), ("duration", 84, "year", None)], None),
    ("de", "Ob die Infektion die Todesursache des 84-Jährigen war, werde noch geprüft, sagte AGES-Sprecher Hannes Lechthaler.", True, [("duration", 84, "year", None)], "Hannes Lechthaler"),
    ("de", "Die Bezirkshauptmannschaft ließ beide Lokale für zunächst zwei Wochen schließen.", True, [("duration", 2, "week", None)], None),
    ("de", "„Wir haben immer sauber gearbeitet und verstehen die Welt nicht mehr“, sagte der Betreiber eines der Lokale.", False, [], None),
    # --- Kornblume: Ursache gefunden (dpa) ---
    ("de", "Ulm (dpa) - Rund drei Wochen nach dem Rückruf von Babybrei hat Kornblume Kinderkost die Ursache für die Glassplitter gefunden.", True, [("duration", 3, "week", "about")], None),
    ("de", "Ein defektes Förderband in der Abfüllanlage habe an zwei Produktionstagen Gläser beschädigt, teilte das Unternehmen mit.", True, [("count", 2, None, None)], "das Unternehmen"),
    ("de", "Von den rund 46.000 zurückgerufenen Gläsern seien bislang knapp 29.000 zurückgegeben worden, also fast zwei Drittel.", True, [("count", 46000, None, "about"), ("count", 29000, None, "nearly"), ("fraction", 0.6667, None, "nearly")], None),
    ("de", "In vier Fällen hätten Eltern Splitter im Brei gefunden, verletzt worden sei kein Kind.", True, [("count", 4, None, None)], None),
    # --- Shrinkflation (PA) ---
    ("en", "LONDON (PA) - Shoppers are paying the same for less in more than 200 supermarket products that have shrunk over the past year, research by consumer group Which? has found.", True, [("count", 200, None, "over")], None),
    ("en", "A 180g tub of one own-brand hummus now holds 160g, while its price has stayed at £1.25, a hidden rise of 12.5%.", True, [("count", 180, None, None), ("count", 160, None, None), ("money", 1.25, "GBP", None), ("percent", 12.5, "%", None)], None),
    ("en", "A family-size chocolate bar was cut from 200g to 180g while its price rose from £2.50 to £2.75.", True, [("count", 200, None, None), ("count", 180, None, None), ("money", 2.5, "GBP", None), ("money", 2.75, "GBP", None)], None),
    ("en", "The analysis found that one in five of the shrunken products was a supermarket own-label line and that their price per kilo had risen by an average of 9.3%.", True, [("fraction", 0.2, None, None), ("percent", 9.3, "%", None)], None),
    ("en", "The supermarkets said pack size changes reflected the rising cost of ingredients and packaging.", True, [], None),
    ("en", "Shrinkflation is a sneaky way of raising prices without shoppers ever noticing.", False, [], None),
    ("en", "The consumer group wants shops to flag any cut in pack size on shelf labels for 60 days.", True, [("duration", 60, "day", None)], None),
    # --- Mogelpackung des Jahres (dpa) ---
    ("de", "Hamburg (dpa) - Ein Frühstücksmüsli der Marke Haferhof ist von Verbraucherinnen und Verbrauchern zur „Mogelpackung des Jahres“ gewählt worden, die Verbraucherzentrale Hamburg vergab den Negativpreis zum elften Mal.", True, [("ordinal", 11, None, None)], None),
    ("de", "An der Online-Abstimmung der Verbraucherzentrale Hamburg beteiligten sich rund 34.000 Menschen, das Müsli erhielt 41,6 Prozent der Stimmen.", True, [("count", 34000, None, "about"), ("percent", 41.6, "%", None)], None),
    ("de", "Der Hersteller hatte den Inhalt der Packung von 750 auf 600 Gramm verringert und den Preis zugleich von 3,99 auf 4,49 Euro angehoben.", True, [("count", 750, None, None), ("count", 600, None, None), ("money", 3.99, "EUR", None), ("money", 4.49, "EUR", None)], None),
    ("de", "Das entspricht nach Berechnung der Verbraucherschützer einer versteckten Preiserhöhung von 41 Prozent.", True, [("percent", 41, "%", None)], None),
    ("de", "Auf Platz zwei landete eine Zartbitterschokolade, die bei unverändertem Preis 14 Prozent weniger Inhalt hat.", True, [("ordinal", 2, None, None), ("percent", 14, "%", None)], None),
    ("de", "Die Kosten für Hafer seien binnen eines Jahres um 23 Prozent gestiegen, begründete Haferhof die Änderung.", True, [("percent", 23, "%", None)], None),
    ("de", "„Das ist eine Preiserhöhung durch die Hintertür, und die Kundschaft merkt es erst an der Kasse“, sagte Armin Kettler von der Verbraucherzentrale Hamburg.", False, [], None),
    ("de", "Seit Jahresbeginn seien bei der Verbraucherzentrale mehr als 1.100 Beschwerden über Mogelpackungen eingegangen, fast doppelt so viele wie im ganzen Vorjahr, sagte Kettler.", True, [("count", 1100, None, "over"), ("count", 2, None, "nearly")], "Kettler"),
    ("de", "Die Verbraucherzentrale fordert, dass eine kleinere Füllmenge künftig sechs Monate lang deutlich auf der Packung gekennzeichnet werden muss.", True, [("duration", 6, "month", None)], None),
    ("de", "Ob sich die Branche davon beeindrucken lässt, darf bezweifelt werden.", False, [], None),
    # --- AK-Preismonitor (APA) ---
    ("de", "Wien (APA) - Lebensmittel und Drogeriewaren sind in Wien deutlich teurer als in München: Ein Warenkorb aus 42 identischen Markenprodukten kostete im Oktober in der Bundeshauptstadt im Schnitt um 18,4 Prozent mehr.", True, [("count", 42, None, None), ("percent", 18.4, "%", None)], None),
    ("de", "Das geht aus dem Preismonitor der Arbeiterkammer Wien hervor, für den Preise in fünf Supermarktketten erhoben wurden.", True, [("count", 5, None, None)], None),
    ("de", "Am größten war der Abstand bei Drogerieartikeln mit 27 Prozent, bei Milchprodukten lag er bei rund 11 Prozent.", True, [("percent", 27, "%", None), ("percent", 11, "%", "about")], None),
    ("de", "Jedes vierte Produkt war in Wien um mehr als 30 Prozent teurer.", True, [("fraction", 0.25, None, None), ("percent", 30, "%", "over")], None),
    ("de", "Eine 250-Gramm-Packung Butter einer bekannten Marke kostete in Wien 3,29 Euro, in München 2,49 Euro.", True, [("count", 250, None, None), ("money", 3.29, "EUR", None), ("money", 2.49, "EUR", None)], None),
    ("de", "„Der Österreich-Aufschlag ist nicht gottgegeben, sondern die Folge von zu wenig Wettbewerb“, sagte AK-Konsumentenschützerin Gabriele Zehetner.", False, [], None),
    ("de", "Im Schnitt zahle eine Wiener Familie damit rund 90 Euro im Monat mehr, sagte Zehetner.", True, [("money", 90, "EUR", "about")], "Zehetner"),
    ("de", "Bei der AK-Konsumentenberatung gingen heuer bereits rund 2.300 Beschwerden über Preiserhöhungen ein.", True, [("count", 2300, None, "about")], None),
    ("de", "Der Handelsverband wies den Vergleich zurück: Mieten und Personalkosten lägen in Wien um rund ein Viertel höher als in München.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Die AK fordert eine Preisdatenbank, in die alle Händler mit mehr als 20 Filialen ihre Preise täglich melden müssen.", True, [("count", 20, None, "over")], None),
    # --- Voltstride conversion kits (PA) ---
    ("en", "LONDON (PA) - The Office for Product Safety and Standards has ordered the recall of an e-bike conversion kit sold by online seller Voltstride after tests found its battery could overheat.", True, [], None),
    ("en", "About 6,800 of the 48-volt kits were sold in the UK between 2022 and 2024 for prices of between £199 and £249.", True, [("count", 6800, None, "about"), ("count", 48, None, None), ("year", 2022, None, None), ("year", 2024, None, None), ("money", 199, "GBP", None), ("money", 249, "GBP", None)], None),
    ("en", "It is the first time the regulator has used its powers to force a recall of an e-bike product.", True, [("ordinal", 1, None, None)], None),
    ("en", "Lithium-ion batteries were behind roughly a quarter of fatal fires in London homes last year, according to the brigade.", True, [("fraction", 0.25, None, "about")], "the brigade"),
    ("en", "Voltstride, which is based in Shenzhen, did not respond to requests for comment.", False, [], None),
    ("en", "Buyers can return the kits by post to Voltstride's UK returns centre at Unit 4, Brookfield Estate, Leicester LE4 9HP.", False, [], None),
    ("en", "The government said it would bring in legislation next year to tighten the rules on batteries sold through online marketplaces.", True, [], None),
    # --- Safety Gate (dpa) ---
    ("de", "Brüssel (dpa) - Über das EU-Schnellwarnsystem Safety Gate sind im vergangenen Jahr 3.412 Warnungen vor gefährlichen Produkten verschickt worden, 8 Prozent mehr als im Jahr davor.", True, [("count", 3412, None, None), ("percent", 8, "%", None)], None),
    ("de", "Spielzeug war mit 27 Prozent erneut die am häufigsten gemeldete Produktgruppe, vor Kosmetika mit 11 Prozent und Elektrogeräten mit 9 Prozent.", True, [("percent", 27, "%", None), ("percent", 11, "%", None), ("percent", 9, "%", None)], None),
    ("de", "Fast jede zweite Warnung betraf Waren, die über Online-Marktplätze verkauft wurden, teilte die EU-Kommission mit.", True, [("fraction", 0.5, None, "nearly")], "die EU-Kommission"),
    ("de", "Bei zwei Dritteln der beanstandeten Produkte war China als Herkunftsland angegeben.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "Verbraucherschützer sprachen von einem alarmierenden Befund.", False, [], None),
    ("de", "„Wer in Europa verkauft, muss sich an europäische Regeln halten, egal von wo aus er liefert“, sagte ein Kommissionssprecher.", False, [], None),
    # --- Protein powders (AP) ---
    ("en", "NEW YORK (AP) — Two-thirds of the 23 protein powders tested by Consumer Reports contained more lead in a single serving than the group's experts consider safe to consume in a day.", True, [("fraction", 0.6667, None, None), ("count", 23, None, None)], None),
    ("en", "Plant-based powders fared worst, with some containing nearly 10 times the daily limit.", True, [("count", 10, None, "nearly")], None),
    ("en", "Consumer Reports is urging the FDA to set limits on heavy metals in protein supplements.", False, [], None),
    ("en", "The Council for Responsible Nutrition, an industry group, said the magazine's lead threshold of 0.5 micrograms a day was far stricter than federal guidance.", True, [("count", 0.5, None, None)], None),
    ("en", "NutriForge, whose vegan chocolate powder was among the worst performers, said it had already changed the recipe and that current batches meet all U.S. standards.", True, [], None),
    # --- Power bank recall (Reuters) ---
    ("en", "SEOUL, Oct 9 (Reuters) - South Korean electronics maker Hanul Tech said on Thursday it would recall about 1.9 million power banks worldwide after receiving reports of 83 fires, some of which caused burns.", True, [("date", "--10-09", None, None), ("count", 1900000, None, "about"), ("count", 83, None, None)], "Hanul Tech"),
    ("en", "The recall covers 10,000mAh and 20,000mAh models sold between June 2023 and May 2025, about 40% of them in the United States.", True, [("count", 10000, None, None), ("count", 20000, None, None), ("year", 2023, None, None), ("year", 2025, None, None), ("percent", 40, "%", "about")], None),
    ("en", "Hanul said it would offer customers a replacement or a cash refund of $35 per unit.", True, [("money", 35, "USD", None)], "Hanul"),
    ("en", "The company estimated the recall would cost it about 82 billion won ($59 million).", True, [("money", 82000000000, "KRW", "about"), ("money", 59000000, "USD", None)], None),
    ("en", "It is Hanul's second recall of charging products in three years.", True, [("ordinal", 2, None, None), ("duration", 3, "year", None)], None),
    ("en", "Hanul shares closed down 6.2% in Seoul, their biggest daily drop since March 2023.", True, [("percent", 6.2, "%", None), ("year", 2023, None, None)], None),
    ("en", "Customers queued outside a Hanul service centre in central Seoul on Friday to hand in their chargers.", False, [], None),
    # --- VKI-Sammelklage gegen Fitnesskette (APA) ---
    ("de", "Wien (APA) - Der Verein für Konsumenteninformation (VKI) bringt eine Sammelklage gegen die Fitnessstudiokette Fitwerk mit ihren 38 Standorten ein.", True, [("count", 38, None, None)], None),
    ("de", "Die Kette hatte die Monatsbeiträge für rund 90.000 Mitglieder im Jänner unter Berufung auf eine Indexklausel um bis zu 12 Prozent erhöht.", True, [("count", 90000, None, "about"), ("percent", 12, "%", "up_to")], None),
    ("de", "Der Sammelaktion haben sich bislang 2.860 Mitglieder angeschlossen, etwa jedes zwölfte betroffene, sie fordern im Schnitt 96 Euro zurück.", True, [("count", 2860, None, None), ("fraction", 0.0833, None, "about"), ("money", 96, "EUR", None)], None),
    ("de", "Insgesamt geht es um rund 275.000 Euro, teilte der VKI mit.", True, [("money", 275000, "EUR", "about")], "der VKI"),
    ("de", "Fitwerk wollte sich zu der Klage auf Anfrage nicht äußern.", False, [], None),
    # --- Sunvale settlement (Reuters) ---
    ("en", "NEW YORK, Oct 14 (Reuters) - Beverage maker Sunvale Brands will pay $45 million to resolve a class action lawsuit claiming it misled buyers by marketing its bottled water as free of \"forever chemicals\".", True, [("date", "--10-14", None, None), ("money", 45000000, "USD", None)], None),
    ("en", "The proposed settlement, filed in federal court in Manhattan on Monday, covers anyone in the United States who bought Sunvale water between 2018 and 2024.", True, [("year", 2018, None, None), ("year", 2024, None, None)], None),
    ("en", "Customers without receipts can claim up to $15 per household, while those with proof of purchase may receive as much as $150.", True, [("money", 15, "USD", "up_to"), ("money", 150, "USD", "up_to")], None),
    ("en", "Independent tests commissioned by the plaintiffs had found PFAS in 11 of 14 samples at levels of up to 9.4 parts per trillion.", True, [("count", 11, None, None), ("count", 14, None, None), ("count", 9.4, None, "up_to")], None),
    ("en", "Sunvale denied wrongdoing and said it agreed to settle to avoid the cost of litigation.", True, [], None),
    ("en", "Lawyers for the plaintiffs could seek up to 30% of the fund in fees, according to court papers.", True, [("percent", 30, "%", "up_to")], None),
    ("en", "Claims must be submitted by March 31.", True, [("date", "--03-31", None, None)], None),
    ("en", "Consumer advocates welcomed the settlement but said the payouts were too small to change how the industry behaves.", False, [], None),
    # --- Musterfeststellungsklage gegen Energieversorger (dpa) ---
    ("de", "Hamm (dpa) - Im Streit um drastische Preiserhöhungen hat der Verbraucherzentrale Bundesverband nach einem knapp zweijährigen Verfahren eine Musterfeststellungsklage gegen den Energieversorger Nordlicht Energie gewonnen.", True, [("duration", 2, "year", "nearly")], None),
    ("de", "Das Oberlandesgericht Hamm erklärte die zum 1. Dezember 2022 wirksamen Preiserhöhungen für unwirksam.", True, [("date", "2022-12-01", None, None)], None),
    ("de", "Der Versorger hatte die Strompreise für Bestandskunden damals um bis zu 118 Prozent angehoben.", True, [("percent", 118, "%", "up_to")], None),
    ("de", "In das Klageregister hatten sich über 41.000 Kundinnen und Kunden eingetragen.", True, [("count", 41000, None, "over")], None),
    ("de", "„Das Urteil ist ein Sieg für Zehntausende Familien, die im Winter der Energiekrise über den Tisch gezogen wurden“, sagte vzbv-Vorständin Ramona Pietsch.", False, [], None),
    ("de", "Die Betroffenen hätten im Schnitt rund 430 Euro zu viel gezahlt, sagte Pietsch.", True, [("money", 430, "EUR", "about")], "Pietsch"),
    ("de", "Nordlicht Energie kündigte an, Revision beim Bundesgerichtshof einzulegen.", True, [], None),
    # --- Fake discounts (Reuters) ---
    ("en", "SYDNEY, Oct 22 (Reuters) - An Australian court ordered supermarket chain Coastway to pay a A$14.5 million penalty for advertising fake discounts on hundreds of products, the competition regulator said on Wednesday.", True, [("date", "--10-22", None, None), ("money", 14500000, "AUD", None)], None),
    ("en", "The Federal Court found Coastway had raised the prices of 266 products for periods of three to six weeks before promoting them as price drops.", True, [("count", 266, None, None), ("duration", 3, "week", None), ("duration", 6, "week", None)], None),
    ("en", "On average, the \"discounted\" price was 15% higher than the price before the increase, the Australian Competition and Consumer Commission said.", True, [("percent", 15, "%", None)], "the Australian Competition and Consumer Commission"),
    ("en", "Coastway said it would appeal.", True, [], "Coastway"),
    ("en", "\"Fake discounts are a betrayal of shoppers' trust at a time when families are doing it tough,\" ACCC chair Gina Kowalczyk said.", False, [], None),
    ("en", "It is the largest penalty ever imposed on an Australian supermarket for misleading pricing, topping a A$9 million fine handed to a rival chain in 2023.", True, [("money", 9000000, "AUD", None), ("year", 2023, None, None)], None),
    ("en", "Consumer groups said the penalty should serve as a wake-up call for the entire retail sector.", False, [], None),
    # --- Öko-Test: Kinderhausschuhe (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Das Verbrauchermagazin Öko-Test hat in 13 von 20 getesteten Kinderhausschuhen bedenkliche Schadstoffe gefunden.", True, [("count", 13, None, None), ("count", 20, None, None)], None),
    ("de", "In sechs Paaren steckten chlorierte Paraffine, in zwei weiteren lag der Gehalt an Chrom-VI über dem gesetzlichen Grenzwert von 3 Milligramm pro Kilogramm.", True, [("count", 6, None, None), ("count", 2, None, None), ("count", 3, None, None)], None),
    ("de", "Nur vier Modelle erhielten das Gesamturteil „sehr gut“, teilte Öko-Test mit.", True, [("count", 4, None, None)], "Öko-Test"),
    ("de", "Die Preise der getesteten Hausschuhe reichen von 9,95 bis 54,90 Euro.", True, [("money", 9.95, "EUR", None), ("money", 54.9, "EUR", None)], None),
    ("de", "„Gerade bei Kinderfüßen, die stundenlang in den Schuhen schwitzen, hat so etwas nichts verloren“, sagte Öko-Test-Redakteurin Jana Wöhrle.", False, [], None),
    # --- Lead in cinnamon (AP) ---
    ("en", "NEW YORK (AP) — The Food and Drug Administration is warning consumers not to buy ground cinnamon from six brands after tests found elevated levels of lead.", True, [("count", 6, None, None)], None),
    ("en", "The agency found lead at levels ranging from 2.03 to 7.68 parts per million in the products, which were sold mainly at discount stores.", True, [("count", 2.03, None, None), ("count", 7.68, None, None)], None),
    ("en", "Lead levels of 1 part per million or higher could make a food unsafe, according to the FDA.", True, [("count", 1, None, None)], "the FDA"),
    ("en", "No illnesses linked to the cinnamon have been reported.", True, [], None),
    ("en", "Two of the six brands, Golden Mesa and Spicewell, said they had pulled the product from shelves.", True, [("count", 2, None, None), ("count", 6, None, None)], None),
    ("en", "The warning follows a recall last year of cinnamon-flavored oatmeal cups that state officials linked to raised blood lead levels in 37 children.", True, [("count", 37, None, None)], None),
    ("en", "Parents who are worried should ask their child's doctor about a blood test.", False, [], None),
    # --- Aflatoxine in Pistazienschokolade (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Der Detailhändler Merkurio ruft eine Pistazien-Schokolade zurück, weil der zulässige Gehalt an Aflatoxinen um fast die Hälfte überschritten wurde.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "Die Laboranalyse ergab einen Wert von 14,6 Mikrogramm pro Kilogramm, erlaubt sind 10 Mikrogramm, teilte das Bundesamt für Lebensmittelsicherheit und Veterinärwesen mit.", True, [("count", 14.6, None, None), ("count", 10, None, None)], "das Bundesamt für Lebensmittelsicherheit und Veterinärwesen"),
    ("de", "Betroffen sind 200-Gramm-Tafeln mit dem Mindesthaltbarkeitsdatum 30.6.2026, die seit Anfang September in 112 Filialen verkauft wurden.", True, [("count", 200, None, None), ("date", "2026-06-30", None, None), ("count", 112, None, None)], None),
    ("de", "Die Tafeln kosteten 12.90 Franken und waren nach Angaben des Händlers in vielen Filialen innert Tagen ausverkauft.", True, [("money", 12.9, "CHF", None)], "der Händler"),
    ("de", "«Bitte essen Sie die Schokolade nicht», schreibt Merkurio in der Rückrufmeldung.", False, [], None),
    ("de", "Eine akute Gesundheitsgefahr bestehe beim Verzehr einzelner Stücke nicht, so das BLV.", False, [], None),
    # --- E. coli outbreak (PA) ---
    ("en", "LONDON (PA) - At least 211 people have fallen ill in an E. coli outbreak linked to pre-packed sandwiches, the UK Health Security Agency said.", True, [("count", 211, None, "at_least")], "the UK Health Security Agency"),
    ("en", "Of those, 67 have been admitted to hospital, and a death in Wales is being investigated for a possible link.", True, [("count", 67, None, None)], None),
    ("en", "The UKHSA said the number of cases had risen by 36 since its last update a week ago.", True, [("count", 36, None, None)], "the UKHSA"),
    ("en", "Three sandwich makers have recalled more than 60 products containing a salad leaf now suspected as the source.", True, [("count", 3, None, None), ("count", 60, None, "over")], None),
    ("en", "Symptoms usually start three to four days after infection and include bloody diarrhoea and stomach cramps.", True, [("duration", 3, "day", None), ("duration", 4, "day", None)], None),
    ("en", "\"Most people will get better without treatment, but some can become seriously ill,\" said UKHSA incident director Dr Amira Sheikh.", False, [], None),
    ("en", "Anyone with symptoms should not prepare food for others and should stay off work until 48 hours after symptoms have stopped.", False, [("duration", 48, "hour", None)], None),
    # --- Greenwashing fine (Reuters) ---
    ("en", "MILAN, Nov 3 (Reuters) - Italy's competition authority has fined online fashion retailer Modavia 3.5 million euros for misleading environmental claims about its clothing, the watchdog said on Monday.", True, [("date", "--11-03", None, None), ("money", 3500000, "EUR", None)], None),
    ("en", "The authority said Modavia had labelled more than 1,300 garments as \"sustainable\" or \"green\" without evidence, in breach of consumer protection rules.", True, [("count", 1300, None, "over")], None),
    ("en", "Modavia said it rejected the findings and would take the case to a regional administrative court.", True, [], "Modavia"),
    ("en", "The fine is the second imposed on a fashion retailer by the authority in less than a year.", True, [("ordinal", 2, None, None)], None),
    # --- Allergy alert (PA) ---
    ("en", "LONDON (PA) - A supermarket chain has recalled its own-brand chocolate-coated raisins, sold in about 640 stores, because they may contain peanuts not mentioned on the label.", True, [("count", 640, None, "about")], None),
    ("en", "The Food Standards Agency issued an allergy alert for 150g bags with best-before dates of 30 April 2026 and 7 May 2026.", True, [("count", 150, None, None), ("date", "2026-04-30", None, None), ("date", "2026-05-07", None, None)], None),
    ("en", "People with a peanut allergy should not eat the product.", False, [], None),
    ("en", "\"We apologise for any inconvenience,\" the retailer said in a notice displayed in its stores.", False, [], None),
]
