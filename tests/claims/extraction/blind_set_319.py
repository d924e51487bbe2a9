"""Three-hundred-and-nineteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, brands and figures are
made up (the carmaker Arlenau, Reinhold Asmussen, Annika Straube, Kindwerk, Sabine
Oberlechner, Lindquist Confiserie, Zellweger Haushalt and its brand «Crema Doro», Corinne
Aebischer, the online pharmacy Medivita, Jörn Vahlbruch, the travel portal Reiselust.at,
Theresa Pammer, Karin Dörfler, Bastian Wehrle, Elfriede Kranebitter, Fabienne Ammann, the
utility Rheinstrom, Ramona Heuckeroth, an energy marketer from North Rhine-Westphalia and a
large marketplace left unnamed; Harrowgate Motors with its Meridian sedans and Stockton
pickups, Rosalind Akers, Hollis & Crane, Dolores Ivey, Palmetto Fresh Farms, Tandem Mobile,
Gareth Pyne, Keswick Rowe, the car brands Calloway, Stratton and Vantor, Ellis Montrose,
Brightwater Energy, Kookaburra Outlet, Miriam Tolhurst, Carrington Hale, Lumora Media,
Raymond Okafor, Cosmoblox and Novastar Toys, Kanemura Motor Corp, Morikawa Securities,
Prairie Shield Health, Thaddeus Rourke; every unnamed spokesperson, analyst, lawyer,
surgeon, official and inspector); project leaders, editors, lawyers, commissioners and
ministers of real testers, consumer groups, regulators and governments appear under made-up
names that stand for no real holder, or by their role only ("ein Sprecher des
Unternehmens", "ein Sprecher eines großen Marktplatzes", "a paediatric surgeon at
Birmingham Children's Hospital"). Real bodies, laws, places and things
(Kraftfahrt-Bundesamt, Auto Club Europa, Stiftung Warentest, ADAC, UN R129, Naphthalin,
„Konsument“, Verein für Konsumenteninformation, VKI, Sozialministerium, Bundesamt für
Verbraucherschutz und Lebensmittelsicherheit, lebensmittelwarnung.de, Foodwatch,
Staatssekretariat für Wirtschaft, Seco, Beratungsstelle für Unfallverhütung, Hamburgischer
Datenschutzbeauftragter, DSGVO, Verbraucherzentrale Hamburg, Arbeiterkammer, AK,
Bundesnetzagentur, Statistisches Bundesamt, BUND, Nationaler Bericht
Pflanzenschutzmittelrückstände, AGES, «K-Tipp», Oberlandesgericht Hamm, Verbraucherzentrale
Bundesverband, vzbv, Abhilfeklage, Klageregister, Bundesgerichtshof, Deutscher Verband der
Spielwarenindustrie, Zoll; NHTSA, Which?, the Office for Product Safety and Standards, the
London Fire Brigade, the CPSC, the Centers for Disease Control and Prevention, the FDA, the
Information Commissioner's Office, Consumer Reports, Ofgem, the Energy Ombudsman, Citizens
Advice, the Federal Court, the ACCC, the Federal Trade Commission, PayPal, Birmingham
Children's Hospital, the European Commission, BEUC, the European Spice Association, and the
datelines' cities) stand for the way wire copy names them; every recall, vehicle count,
test result, grade, reading, limit, fine, refund, settlement, complaint count, breach, case
count, quote and label here is invented, and where a real figure came to mind (a real
recall size, a real fire-death toll, a real toy-injury estimate, a real contaminant limit,
a real fine) it was changed (the years of laws and the ceilings written into them kept).

Its weight: PRODUCT RECALLS, SAFETY AND CONSUMER PROTECTION (the hundred-thirteenth batch
weighed consumer protection, product recalls and food safety and the hundred-sixth data
breaches and regulators, and their decisions are kept) over one year in story order
(January to December), 28 short stories with the German and English ones interleaved by
month, each told as wire copy runs it (a dateline lead with what is recalled, tested, found
or fined, the figures, the authority's and the company's statements, a quote, the critics,
the remedy, the follow-up). Half German (dpa, APA, Keystone-SDA; Austrian "im Vorjahr",
"Planstellen", "eingebracht", Swiss "schweizweit", "innert", "heisser", "hiess", "12'400",
"4.95 und 29.90 Franken", «» quotes, German „“ quotes): a carmaker's brake-hose recall,
Stiftung Warentest on child car seats, „Konsument“ on toddlers' toys, cadmium in dark
chocolate, a Swiss recall of coffee machines, a data breach at an online pharmacy, a VKI
class action against a travel portal, a Bundesnetzagentur fine for cold calls, Stiftung
Warentest on smoke alarms, pesticide residues in food, Austria's food inspections, mineral
oil in Advent calendars, a vzbv redress action against a utility and unsafe toys from
online marketplaces. Half English (Reuters, AP, PA, AAP): a fuel-pump recall with model
years, Which? on heaters from online marketplaces, a dresser recall after tip-over deaths,
a salmonella outbreak linked to cucumbers, a mobile operator's data breach, Consumer
Reports' reliability scores, an Ofgem fine over complaints, an Australian penalty for
unsafe children's products with a class action, FTC refunds for a subscription trap, a
magnet toy recall, a hybrid recall in Japan, a data-breach settlement, EU lead limits for
spices and toy-related injuries. Figures as such copy has them: vehicles recalled with
model years and build dates, complaints and crash reports, repair times; products tested
and failed, numeric and verbal grades, scores out of 100, brand rankings, decibels and
temperatures; contaminant readings and limits in milligrams per kilogram and per litre,
multiples of a limit, shares of samples; fines, refunds, settlements, claims and penalties
in euros, francs, pounds, dollars, Australian dollars and yen with their ceilings;
customers affected by breaches, class members, complaints, case counts, hospitalisations
and ages; number words and compounds („eineinhalb Stunden“, „100-Gramm-Tafeln“, „zweier
durchgefallener Modelle“, „mehr als dreimal so hoch“, „das Vierzigfache“, „beim
180-Fachen“, "six- and eight-drawer", "three times", "voted 3-1", "2.4m homes", "a
2-year-old"), fractions („Zwei Drittel“, „etwa ein Viertel“, „knapp ein Fünftel“, „fast
jede achte“, „Fast jedes dritte“, "roughly one in eight", "nearly half", "about a fifth"),
ordinals („der dritte Rückruf“, „die dritte Warnung“, „der zweite Rückruf“, „Im ersten
Halbjahr“, „zum 17. Mal“, "its fourth this year", "finished first", "to 22nd", "a third did
not respond", "Kanemura's second recall", "the regulator's first compulsory toy recall"),
hedges, ranges, years and dates. Negatives as such copy has them - about a quarter of the
rows: companies' reassurances and commitments, apologies, a lesson learned and a company's
relief, critics' verdicts and labels („sprach von“, „nannte“, „zeigte sich“, „halten ...
für“, "called", "said the move was"), officials' and testers' rhetoric and generic claims
in quotes, warnings naming no measure, advice to owners, parents and consumers, an
officials' belief, an analysts' forecast without a figure and a no-comment line, each near
a check-worthy look-alike: the same speaker's figure, a statement of a breach's or a
defect's extent, a record, a remedy stated as a fact, a demand naming a measure, a
rebuttal, an appeal announced.

242 rows (122 German, 120 English), 58 negatives (29 German, 29 English), 184 check-worthy
rows of which 22 carry no figure (14 German, 8 English), 287 expected quantities (139
counts, 38 amounts of money - 12 EUR, 12 USD, 9 GBP, 3 CHF, 1 AUD, 1 JPY -, 28 years, 25
durations - 6 in months, 5 in days, 4 in years, 4 in weeks, 3 in hours, 3 in minutes -, 22
dates, 16 percentages, all in %, 11 ordinals, 8 fractions; none of them in a negative), 37
checked speakers (20 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, reassurance, commitment, apology, warning, piece of advice or
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirteenth, two-hundred-and-fourth,
  two-hundred-and-seventy-sixth); a quoted or reported statement of fact, figure, step,
  remedy, demand, finding or record is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth). Pairs from one speaker: Asmussen's changed supplier beside „Nichts
  ist uns wichtiger ...“, Straube's two makers beside „Ein teurer Sitz ...“, Akers's 11
  reported heaters beside "a disaster waiting to happen", Oberlechner's forwarded results
  beside „Eltern müssen sich ... verlassen können“, Ivey's 3-1 vote beside "No family
  should ever ...", Aebischer's 3,100 returns beside her apology, Pyne's 48 hours beside
  his apology, Vahlbruch's untouched payment data beside „außerordentlich ernst“,
  Montrose's half of complaints beside "think twice", Vantor's 14 updates beside its
  confidence, Pammer's four percent beside „Geschäftsmodell auf Kosten der Urlauber“,
  Brightwater's 450 staff beside its apology, Dörfler's 3.8 million euros beside „dreist
  und systematisch“, Tolhurst's record beside "a shocking case", Kookaburra Outlet's 9,800
  refunds beside "learned from its mistakes", Wehrle's two models beside „schlimmer als gar
  keiner“, Okafor's 70,000 complaints beside "will pay a price", Lumora's two clicks beside
  "pleased to put the matter behind it", Kranebitter's 60 posts beside „so sicher wie nie
  zuvor“, Ammann's stated source of the residues beside „nichts verloren“, Heuckeroth's 14
  suits beside „ein Meilenstein“, Prairie Shield's $18 million beside "remains a top
  priority", Rourke's 29 recalls beside "a tragedy", and Harrowgate's record of no deaths
  beside its regret.
- Reassurances, the weight's negatives (hundred-sixth, hundred-thirteenth): a reassurance
  that states nothing checkable is a negative („Nichts ist uns wichtiger als die Sicherheit
  ...“, „Wir nehmen den Schutz ... außerordentlich ernst“, „man stehe zu seiner
  Verantwortung“, „habe für sie oberste Priorität“, Sicherheit habe „höchste Priorität“,
  "insisted that the safety of their shoppers was their top priority", "remained confident
  in the quality of its vehicles"), as are Konjunktiv I verdicts on a risk („Bei
  gelegentlichem Genuss sei die Schokolade unbedenklich, versicherte das Unternehmen.“ and
  „Eine Gefahr für die Gesundheit habe bei keiner der beanstandeten Proben bestanden,
  erklärte die Behörde.“; hundred-thirteenth: the BLV's „Eine akute Gesundheitsgefahr
  bestehe ... nicht“). New: "Prairie Shield said in a statement that protecting its
  members' information "remains a top priority."" is a negative - a reassurance reported
  with "said ... that" and a quoted fragment stays one, as "said they were worried" stays a
  fear (two-hundred-and-forty-fourth). Their look-alikes are check-worthy: statements of a
  breach's or a defect's extent and records of reports, zero included ("Harrowgate said it
  was not aware of any deaths linked to the defect.", "Passwords and payment card numbers
  were not accessed, ...", „Zahlungsdaten seien nach bisherigem Stand nicht betroffen,
  ...“, "... but none of accidents or injuries, ...", „verletzt wurde dabei niemand“, "No
  deaths have been reported, ..."; hundred-sixth: „nicht abgeflossen“, hundred-thirteenth:
  "Corvant said it knows of 17 crashes ... and of no deaths.").
- Apologies are gestures and negatives (ninety-eighth, hundred-sixth, hundred-thirteenth):
  "We deeply regret the inconvenience ...", «Dass Kundinnen und Kunden zu Schaden kamen,
  bedauern wir sehr», "We are deeply sorry. Our customers trusted us with their data and we
  let them down," (a past tense that states no checkable act, as "We have let our customers
  down", hundred-sixth), "We know we did not give our customers the service they deserved,
  and we are sorry," and "We sincerely regret the worry ...". New: "The company said it had
  learned from its mistakes." and "Lumora said it was pleased to put the matter behind it."
  are negatives - a lesson and a feeling name no act -, while "Lumora said it had changed
  its cancellation process in 2023 ..." and "Kookaburra Outlet said it had already refunded
  about 9,800 customers ..." name one and are check-worthy.
- Critics' verdicts and labels are negatives (ninety-eighth, hundred-thirteenth,
  two-hundred-and-fourth): „sprach von einem „Armutszeugnis ...““, „sprachen von einem „GAU
  ...““, „sprachen von einem „Dauerproblem ...““, „nannte die Grenzwerte ... „viel zu
  lasch““, „nannte das Vorgehen der Firma „dreist und systematisch““, „zeigte sich
  „überrascht und enttäuscht““ (two-hundred-and-fourth: „zeigte sich „zutiefst besorgt““),
  the Arbeiterkammer's criticism in Konjunktiv I (a verdict, hundred-sixth), „man halte die
  Preisanpassung weiterhin für rechtmäßig“ (a verdict with „halten ... für“,
  two-hundred-and-forty-fourth and three-hundredth), "called the breach", "called the
  deal", "said the move was "long overdue"", "said the recall showed the automaker had
  moved far too slowly", "said the penalty sent a clear message", an analysts' forecast
  without a figure ("unlikely to dent demand", two-hundred-and-forty-fourth) and officials'
  belief that "the real toll is far larger" (hundred-thirteenth: the CDC's caveat). Their
  look-alikes are check-worthy: demands naming a measure with or without a figure
  (Foodwatch's 0,3 Milligramm, BEUC's 0.25 milligrams, the BUND's import ban, the AK's four
  weeks, the toy association's liability; two-hundred-and-fourth and
  two-hundred-and-forty-fourth), rebuttals („Kindwerk wies die Ergebnisse zurück: ...“,
  „Reiselust.at wies die Vorwürfe zurück: ...“ with its 14 days; hundred-thirteenth: a
  rebuttal of a test), a denial ("The insurer, Prairie Shield Health, denied wrongdoing."),
  appeals and objections announced („kündigte an, Revision ... einzulegen“, „hat ...
  bereits angekündigt, Einspruch einzulegen“; hundred-sixth), a rule of the proceedings
  („Die Revision wurde zugelassen, das Urteil ist daher nicht rechtskräftig.“,
  two-hundred-and-seventy-sixth) and records without a figure ("the highest ever imposed
  under Australia's product safety laws", "the largest recall in the company's history";
  hundred-sixth: a record that can be checked).
- Warnings, advice and remedies (hundred-thirteenth, two-hundred-and-fourth): a warning
  naming no measure is a negative („Der VKI warnte Eltern davor, ...“, „Die Polizei warnte
  vor gefälschten E-Mails ...“, „Die Branche warnte Eltern vor ...“, "Spice traders warned
  ...", "... will pay a price," as "would "pay a price"" in the two-hundred-and-fourth), as
  is advice to owners, parents and consumers, also with an agency as its source („..., rät
  die Beratungsstelle für Unfallverhütung.“, „Die Behörde riet Verbrauchern, ...“, "Parents
  should stop using ...", "Anyone who has the cucumbers at home should ...", "... are
  advised to ... take them back to the shop.", "The agency urged parents ...") and a
  no-comment line („... war für eine Stellungnahme nicht zu erreichen.“). A remedy or
  deadline stated as a fact is check-worthy (hundred-thirteenth: "Dealers will inspect the
  anchor and replace it at no cost"): „Für die Halterinnen und Halter ist die Reparatur
  kostenlos, ...“, "Dealers will replace the low-pressure fuel pump at no cost, ...",
  "Consumers can choose between a full refund and a free wall-anchoring kit, ...", "... all
  buyers would receive a full refund ...", „Kundinnen und Kunden erhalten den vollen
  Kaufpreis von 449 Franken zurück ...“, "Claims must be filed by April 30.", "Consumers
  have 90 days to cash the checks.", „Der Energievertrieb kann binnen zwei Wochen Einspruch
  ... einlegen.“
- Recalls (thirty-sixth, sixtieth, hundred-thirteenth): vehicles and units recalled are
  counts with their hedges („rund 186.000 Fahrzeuge“, „davon 43.700“, „rund 12'400
  Kaffeevollautomaten“ with the Swiss apostrophe (tenth), "about 1.14 million vehicles",
  "about 310,000", "About 2.3 million dressers", "about 683,000 hybrid vehicles", "about
  214,000 ... and 187,000" the hedge on the first only (two-hundred-and-forty-fourth),
  "110,000 minivans", "About 64,000 sets"); model years and sale periods are years („der
  Modelljahre 2020 bis 2023“, "from the 2018 through 2022 model years", "from the 2015
  through 2025 model years", "from January 2017 through November 2024", "between September
  2023 and August 2025"); build and sale dates with a year are full dates („zwischen dem 2.
  März 2020 und dem 17. August 2023“, „zwischen dem 1. September 2023 und dem 28. Februar
  2025“, "between Nov. 5, 2021, and Feb. 28, 2025,"; hundred-thirteenth,
  two-hundred-and-seventy-sixth). Recall ordinals (hundred-thirteenth): „der dritte Rückruf
  von Arlenau binnen zwölf Monaten“ 3 and 12 months, "its fourth this year" 4, „die dritte
  Warnung ... seit Jahresbeginn“ 3, „der zweite Rückruf ... innert eines Jahres“ 2 („innert
  eines Jahres“ none), "Kanemura's second recall involving the inverter since 2022" 2 and
  the year, "the regulator's first compulsory toy recall since gaining new powers in 2024"
  1 and the year. Repairs: „etwa eineinhalb Stunden“ 1.5 hours "about" (fourteenth and
  hundred-thirteenth: „zweieinhalb“), "about 30 minutes" "about"; "412 complaints ..., 23
  crashes and seven injuries", „elf Unfälle“, "96 reports". Names and codes carry none
  (hundred-sixth, hundred-thirteenth): "UN R129" (as "ISO 24444"),
  „lebensmittelwarnung.de“, „Reiselust.at“, «Crema Doro», "Cosmoblox".
- Tests, grades and scores (hundred-thirteenth): products tested and failed are counts („21
  Kindersitze ..., vier davon“, „Drei Sitze“, „18 Spielzeuge ..., bei sieben davon“, „Vier
  Produkte ..., nur drei“, „16 Rauchmelder ..., drei davon“, „Die drei Geräte“ - a definite
  group as "the two hubs", three-hundredth -, „Acht Melder“, „Bei zwei Geräten“, „in 14 von
  24“, „In drei Kalendern“, „bei 251 von 312 Produkten“, „In 41 Spielzeugen“, "Eleven of
  15", "Five of the heaters ..., and in two", "Three came", "all 11 heaters" ("all" no
  hedge); "one had no thermal cut-out" none, as "one treatment works",
  two-hundred-and-seventy-sixth); „Die Hersteller zweier durchgefallener Modelle“ 2
  (sixty-third: „Mutter zweier Söhne“; hundred-fifteenth: „binnen zweier Tage“); numeric
  grades are counts („der Note 1,6“, „die Note 5,5“, „die Note 1,7“), verbal grades carry
  none („mangelhaft“, „gut“, „sehr gut“, „nicht zufriedenstellend“); a score out of a
  maximum gives both ("a predicted reliability score of 79 out of 100";
  two-hundred-and-eighth: „81,4 von 100 möglichen Punkten“, hundred-twenty-first: "four
  stars out of five"); rankings: "Among 26 brands" 26 and "finished first" 1 (twenty-ninth:
  „auf Platz 24 von 69 Ländern“; hundred-sixth: "slipped to second"), "fell seven places to
  22nd" count 7 and ordinal 22 (seventy-second: "four places"), "ranked last" and "the
  biggest drop" none. Measures: „mit 78 Dezibel ..., mindestens 85 Dezibel“ 78 and 85
  "at_least" (three-hundred-and-twelfth: Dezibel), "more than 150C" 150 "over"
  (hundred-thirteenth: "more than 90C"), "within 40 minutes" no hedge, „mindestens zehn
  Jahre“ 10 years "at_least". New: "Two of the marketplaces said they had removed the
  listings; a third did not respond." gives count 2 and ordinal 3 - "a third" after a count
  of the same things names the next one, as "a third death" (hundred-thirteenth), and is no
  share, which needs a whole ("about a third of the affected roles", hundred-sixth). New:
  "The six- and eight-drawer dressers" gives counts 6 and 8 - the suspended hyphen carries
  the compound's noun back to the first figure, as a unit written once serves a range
  (forty-seventh, hundred-thirteenth), and a figure in a compound is a count (the issue's
  "28-Punkte-Entwurf").
- Contaminants and limits are counts of the figure as written (ninety-ninth,
  hundred-thirteenth, two-hundred-and-seventy-sixth): „1,1 Milligramm Cadmium pro
  Kilogramm“, „bei 0,8 Milligramm pro Kilogramm“, „auf 0,3 Milligramm pro Kilogramm“, „0,86
  Milligramm eines Insektizids pro Kilogramm“, „mit 2,4 Milligramm pro Liter“, „6,4
  Milligramm pro Kilogramm“, „über 2 Milligramm pro Kilogramm“ 2 "over"
  (two-hundred-and-seventy-sixth: „über 50 Milligramm pro Liter“), „von höchstens 0,5
  Milligramm pro Kilogramm“ "at_most", "to 0.6 milligrams per kilogram from 2 milligrams"
  both, "to 1 milligram per kilogram" 1, "a limit of 0.25 milligrams per kilogram"; "pro
  Kilogramm", "pro Liter", "per kilogram" none. Multiples of a limit are counts with their
  hedges: „fast doppelt so hoch wie erlaubt“ 2 "nearly" (hundred-thirteenth: „fast doppelt
  so viele“), „mehr als dreimal so hoch“ 3 "over" (three-hundredth: "more than five
  times"), „mehr als das Vierzigfache des zulässigen Werts“ 40 "over"
  (hundred-thirty-eighth: „mehr als das Zehnfache“), „beim 180-Fachen des Grenzwerts“ 180
  (hundred-seventieth: „das 230-Fache“), "up to four times stronger than the legal limit" 4
  "up_to". Pack sizes and shares: „der 100-Gramm-Tafeln“ 100 (hundred-thirteenth:
  „200-Gramm-Tafeln“), „einem Kakaoanteil von 85 Prozent“. Inspection tallies: „rund 19.800
  Proben auf mehr als 1.000 Wirkstoffe“, „In gut 1,6 Prozent“ "over" (seventy-first:
  „gut“), „mit 5,3 Prozent“, „von 26.380 Proben fast jede achte“ 26,380 and 0.125 "nearly"
  (hundred-thirteenth: „etwa jedes zwölfte“ 0.0833), „0,4 Prozent ..., das entspricht 106
  Fällen“, „In 38 Proben ..., in neun Fällen“, „rund 41.000 Betriebe, um etwa 3 Prozent
  mehr“, "in 3.4% of spice samples", "about 15% of imports", „gut 80 Prozent“ "over", „Fast
  jedes dritte Produkt“ 0.3333 "nearly"; „zum 17. Mal“ 17 (the issue's "zum zweiten Mal").
  Best-before dates are full dates („30.09.2026 und 31.10.2026“; hundred-thirteenth).
- Fines, refunds, settlements and class actions: money in the currency written (every
  batch): „ein Bußgeld von 1,4 Millionen Euro“, „von insgesamt 3,8 Millionen Euro“
  („insgesamt“ no hedge), „von insgesamt rund 2,1 Millionen Euro“ "about", „von 280 bis
  6.900 Euro“ both (the currency written once), „im Schnitt 312 Euro“ (no hedge), „knapp
  2,9 Millionen Euro“ "nearly", „rund 290 Euro“, „zwischen 6,90 und 39,95 Euro“, „für 4,99
  Euro“, „etwa 25 Euro“, „449 Franken“ CHF, „zwischen 4.95 und 29.90 Franken“ 4.95 and 29.9
  CHF (hundred-thirteenth: "12.90 Franken"); "£8.7 million", "£5.2m" 5,200,000 GBP (the PA
  "m" as "£6m" in earlier batches), "roughly £25 each" "about" ("each" none), "between
  £17.99 and £42", "£24.99 to £39.99", "up to £17.5 million or up to 4% of global turnover"
  both "up_to" (hundred-sixth), "up to £3,000 each" "up_to"; "a A$6.5 million penalty" AUD;
  "more than $31 million" "over", "$38 million", "about $76", "$52 million", "up to $5,000
  each" "up_to", "between $50 and $100" (no hedge), "$18 million", "between $180 and $460"
  and "refunds of up to $460" "up_to"; "about 18 billion yen ($120 million)" JPY "about"
  and USD with none (hundred-thirteenth: the converted figure in brackets). „bis zu vier
  Prozent seines weltweiten Jahresumsatzes“ "up_to", „vier Prozent Verzugszinsen pro Jahr“
  4 („pro Jahr“ none), „um bis zu 38 Prozent“ "up_to". Class members, claimants, complaints
  and customers are counts (hundred-thirteenth): „Rund 3.400 Kundinnen und Kunden“, „rund
  9.200“, „mehr als 1.200 Beschwerden“, „in mehr als 9.000 Fällen“, „rund 27.500
  schriftliche Beschwerden“, „mehr als 2.600 Anfragen“, „14 weitere Abhilfeklagen“
  („weitere“, „derzeit“ no hedge), "more than 38,000 complaints", "about 212,000
  customers", "41% ... to about 96,000", "more than 70,000 complaints", "about 412,000
  people", "about 9,800 customers", "about 4,000 parents", "more than 41,000 customers",
  "more than 27,000 toys"; "three times since 2019" 3 and the year (the issue's "viermal"),
  "voted 3-1" 3 and 1 (hundred-sixth: "ruled 2-1"), "with two clicks" 2. "Subscription
  complaints to the FTC have more than doubled since 2021." gives the year only ("more
  than" before a verb bounds no figure, two-hundred-and-forty-fourth). New: "about 2.4m
  homes" is count 2,400,000 "about" - the PA "m" after a figure multiplies a count as it
  multiplies a sum ("£5.2m").
- Data breaches (hundred-sixth): "about 6.4 million customers, up from the 1.2 million it
  disclosed last week" both, the second with no hedge (hundred-sixth: "up from an initial
  estimate of 400,000"), „Daten von rund 1,9 Millionen Kundinnen und Kunden“, „bei etwa
  240.000 Kunden“, "about 9.3 million people", "roughly one in eight customers" 0.125
  "about" (three-hundredth: "about one in eight"), "the last four digits" 4 (hundred-sixth:
  „die letzten vier Ziffern“), "within 48 hours" 48 hours and "on May 6" (no hedge), „am 2.
  Juni ..., ... erst zwei Tage später“ the date and 2 days („erst“ no hedge,
  hundred-sixth), "18 months of free credit monitoring" (hundred-sixth: "two years of free
  credit monitoring"), "for 41 days", "a 2023 data breach" the year
  (two-hundred-and-seventy-sixth: "a 2024 Supreme Court ruling").
- Outbreaks and injuries (hundred-thirteenth): "162 people in 27 states, and 54 of them",
  "14 states and two Canadian provinces", "86 reports ..., 14 injuries and the deaths of
  two toddlers", "about 38,000 cases", "19 children", "Eight of the children", "Thirteen
  children", "an estimated 163,400" "about", "about 71% ..., and 12 children died", "more
  than 2.6 million units of 310 different toys", "29 toy recalls ..., up from 21", "94
  fires", „rund 410 Menschen“; "six hours to six days" both (hundred-thirteenth: "three to
  four days"). Ages are durations in years (every batch): "a 2-year-old" and "a 3-year-old"
  2 and 3 years (two-hundred-and-forty-fourth: "a 71-year-old woman"), "11 months old", "14
  months old". New: "Children younger than 15" is 15 years "under" - an age bound written
  without a unit word is an age in years, as "people 65 and older" (hundred-thirteenth),
  and "younger than" is "under" (hundred-thirteenth: "babies younger than 3 months"). "Most
  of the deaths" and "a toddler" none.
- Durations otherwise (the issue: "fünfstündigen"): "for longer than eight weeks" 8 weeks
  "over" (hundred-twentieth: "longer than"), „binnen zwölf Monaten“, „innert vier Wochen“,
  „binnen zwei Wochen“, „binnen vier Wochen“, „im Schnitt seit 14 Monaten“ (no hedge), „der
  gesetzlichen Frist von 14 Tagen“, "90 days", "two months after" 2 months, "to four
  minutes". „Im ersten Halbjahr“ is ordinal 1 and no duration (two-hundred-and-fourth: „im
  ersten Jahr“; two-hundred-and-seventy-sixth: „in der ersten Stunde“). None: „im Vorjahr“,
  „im Jahr davor“, „im vergangenen Jahr“, „im Vorjahreszeitraum“, „seit Jahresbeginn“, „in
  diesem Jahr“, „jährlich“, „pro Jahr“, „innert eines Jahres“, „im Oktober“, "last year",
  "last week", "last winter", "this year", "in the past year", "the year before", "in the
  fiscal year", "since January", "within hours" (in a negative).
- Years and dates: Reuters datelines with a day are dates without a year ("DETROIT, Jan 21"
  --01-21, "LONDON, May 13" --05-13, "TOKYO, Oct 16" --10-16, "BRUSSELS, Nov 20" --11-20;
  hundred-sixtieth); dpa, APA, Keystone-SDA, AP, PA and AAP datelines none (seventy-ninth).
  "starting March 9", "between March 18 and April 26", "between April 2 and April 19", "on
  May 6", „am 2. Juni“ and "by April 30" are dates without a year; „zum 1. Januar 2023“
  2023-01-01 (hundred-thirteenth: "zum 1. Dezember 2022") and "from July 1, 2026,"
  2026-07-01 full dates. Years: „ab 2026“, „seit 2020“, "in 2023", "in 2024", "died in 2022
  and 2024", "between 2021 and 2023", "since 2019", "since 2021", "since 2022", "in 2024"
  after "powers".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly", "an
  estimated" "about"; „knapp“, „fast“, „Fast“, "nearly" "nearly"; „mehr als“, „gut“, „über“
  right before the figure, "more than", "longer than" "over"; "younger than" "under"; „bis
  zu“, "up to" "up_to"; „mindestens“ "at_least"; „höchstens“ "at_most". No hedge:
  „insgesamt“, „im Schnitt“, "on average", „weitere“, „derzeit“, „erst“, „zwischen“,
  "between", "within", "all", "additional", "up from".
- Speakers, checked only in forms the earlier batches settled: „teilte das
  Kraftfahrt-Bundesamt mit“ -> "das Kraftfahrt-Bundesamt" (thirty-sixth,
  hundred-ninety-ninth), „teilte die Stiftung Warentest mit“, „teilte der VKI mit“, „teilte
  die Behörde mit“, „teilte das Unternehmen am Montag mit“ -> "das Unternehmen", „teilte
  das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit am Dienstag mit“ and
  „teilte die AGES am Donnerstag mit“ with the weekday dropped (hundred-thirteenth),
  „teilte der vzbv mit“ -> "der vzbv" (hundred-sixth: „teilte die DPC mit“), „teilte der
  Deutsche Verband der Spielwarenindustrie mit“ with the inflected adjective in the
  nominative (hundred-thirteenth); „sagte Medivita-Geschäftsführer Jörn Vahlbruch“ the name
  with the title dropped (hundred-thirteenth); „Asmussen sagte, ...“, „Oberlechner sagte,
  ...“, „Pammer sagte, ...“, „Dörfler sagte, ...“, „Kranebitter sagte, ...“ and „Heuckeroth
  sagte, ...“ opening the row (forty-second, two-hundred-and-forty-fourth); „sagte
  Straube“, „sagte Aebischer“, „sagte Wehrle“ and „sagte Ammann“ the surname
  (hundred-thirteenth). English: "NHTSA said" as written (thirty-sixth); "..., Which?
  said." -> "Which?" (hundred-seventy-third); "The ICO said ..." -> "the ICO"
  (hundred-sixth); "Akers said", "Ivey said", "Pyne said", "Montrose said", "Tolhurst
  said", "Okafor said" and "Rourke said" opening the row (two-hundred-and-forty-fourth:
  "Sandoval said ..."); "Harrowgate said", "Hollis & Crane said", "Vantor said",
  "Brightwater said", "Kookaburra Outlet said", "Lumora said" and "Prairie Shield said" as
  written (hundred-thirteenth: "Corvant said"). Left unchecked (None): all negatives, also
  those with a named speaker; „nach Herstellerangaben“ and „nach Behördenangaben“
  (hundredth: „nach Unternehmensangaben“), „nach eigenen Angaben“, „nach Angaben der
  Prüfer“ (a plural group, forty-first), „nach Daten des Statistischen Bundesamts“
  (hundred-thirteenth), „wie der VKI mitteilte“, „wie das Staatssekretariat für Wirtschaft
  (Seco) mitteilte“ and „wie das Bundesamt ... mitteilte“ (two-hundred-and-fourth), „hiess
  es im Bericht“ (two-hundred-and-fourth: „heißt es in dem Bericht“), „Das Unternehmen
  teilte mit, ...“ (three-hundredth: a form no batch settled), „sagte der Sprecher“ (a
  role), „versicherte“, „erklärte“, „kritisierte“, „fordert“, „kündigte an“, „wies ...
  zurück“, „warnte“, „riet“; "U.S. safety regulators said", "federal safety regulators
  said" and "federal health officials said" (plurals), "The agency said", "the agency said"
  and "the commission said" (a role without a name, hundred-thirteenth), "consumer group
  Which? has found" (hundred-thirteenth), "British mobile operator Tandem Mobile said",
  "Law firm Keswick Rowe said" and "Japan's Kanemura Motor Corp said" (a description before
  the name, fifty-first and hundred-sixth), "The importer, Novastar Toys, said" (a
  description around the name, fortieth), "the operator added" (no verb of saying a batch
  settled), "according to CDC data", "according to an FDA notice", "according to a company
  filing", "according to a filing with the transport ministry", "according to court
  documents", "according to the complaint", "according to its annual report", "according to
  a Consumer Reports survey" and "according to the annual report of the U.S. Consumer
  Product Safety Commission" (documents, hundred-thirteenth: "according to court papers"),
  "the filing shows", "hospital figures show", "NHTSA documents show", "Commission data
  showed", "the survey found", "Ofgem found", "The Office for Product Safety and Standards
  found" and "The Federal Court found" (hundred-sixth: "The CMA found"), "Analysts at
  Morikawa Securities estimated" and "The European Spice Association estimates" (estimating
  verbs, hundred-tenth), and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_319 = [
    # --- Rückruf wegen Bremsschläuchen (dpa), Januar ---
    (
        "de",
        "Stuttgart (dpa) - Der Autobauer Arlenau ruft weltweit rund 186.000 Fahrzeuge wegen möglicherweise poröser Bremsschläuche in die Werkstätten.",
        True,
        [("count", 186000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen sind Kompakt-SUV der Modelljahre 2020 bis 2023, davon 43.700 in Deutschland, teilte das Kraftfahrt-Bundesamt mit.",
        True,
        [("year", 2020, None, None), ("year", 2023, None, None), ("count", 43700, None, None)],
        "das Kraftfahrt-Bundesamt",
    ),
    (
        "de",
        "Die Fahrzeuge wurden nach Herstellerangaben zwischen dem 2. März 2020 und dem 17. August 2023 gebaut.",
        True,
        [("date", "2020-03-02", None, None), ("date", "2023-08-17", None, None)],
        None,
    ),
    (
        "de",
        "In der Werkstatt werden beide vorderen Bremsschläuche getauscht, der Eingriff dauert etwa eineinhalb Stunden.",
        True,
        [("duration", 1.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Für die Halterinnen und Halter ist die Reparatur kostenlos, sie werden per Post benachrichtigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Dem Unternehmen sind nach eigenen Angaben weltweit elf Unfälle bekannt, bei denen ein Bremsschlauch geplatzt sein könnte; verletzt wurde dabei niemand.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "„Nichts ist uns wichtiger als die Sicherheit der Menschen, die unsere Autos fahren“, sagte Technikvorstand Reinhold Asmussen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Asmussen sagte, der Zulieferer der Schläuche sei bereits im Oktober ausgetauscht worden.",
        True,
        [],
        "Asmussen",
    ),
    (
        "de",
        "Es ist der dritte Rückruf von Arlenau binnen zwölf Monaten.",
        True,
        [("ordinal", 3, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Der Auto Club Europa sprach von einem „Armutszeugnis für die Qualitätssicherung“.",
        False,
        [],
        None,
    ),
    # --- Fuel pump recall (Reuters), January ---
    (
        "en",
        "DETROIT, Jan 21 (Reuters) - Harrowgate Motors is recalling about 1.14 million vehicles in the United States because a fuel pump can fail and stall the engine, raising the risk of a crash, U.S. safety regulators said on Tuesday.",
        True,
        [("date", "--01-21", None, None), ("count", 1140000, None, "about")],
        None,
    ),
    (
        "en",
        "The recall covers certain Meridian sedans and Stockton pickups from the 2018 through 2022 model years.",
        True,
        [("year", 2018, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "NHTSA said it had received 412 complaints about stalling and was aware of 23 crashes and seven injuries.",
        True,
        [("count", 412, None, None), ("count", 23, None, None), ("count", 7, None, None)],
        "NHTSA",
    ),
    (
        "en",
        "Harrowgate said it was not aware of any deaths linked to the defect.",
        True,
        [],
        "Harrowgate",
    ),
    (
        "en",
        "“We deeply regret the inconvenience this causes our customers,” Harrowgate said in a statement.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Dealers will replace the low-pressure fuel pump at no cost, and letters to owners will go out starting March 9.",
        True,
        [("date", "--03-09", None, None)],
        None,
    ),
    (
        "en",
        "It is the largest recall in the company's history and its fourth this year.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Safety advocates said the recall showed the automaker had moved far too slowly.",
        False,
        [],
        None,
    ),
    (
        "en",
        "An earlier recall in 2023 covered about 310,000 of the same vehicles, but the replacement pumps also proved faulty, NHTSA documents show.",
        True,
        [("year", 2023, None, None), ("count", 310000, None, "about")],
        None,
    ),
    # --- Stiftung Warentest: Kindersitze (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Die Stiftung Warentest hat gemeinsam mit dem ADAC 21 Kindersitze geprüft, vier davon fielen mit „mangelhaft“ durch.",
        True,
        [("count", 21, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Drei Sitze versagten im Crashtest beim Seitenaufprall, in einem weiteren fanden die Prüfer den Schadstoff Naphthalin im Bezug, teilte die Stiftung Warentest mit.",
        True,
        [("count", 3, None, None)],
        "die Stiftung Warentest",
    ),
    (
        "de",
        "Testsieger ist eine Babyschale mit der Note 1,6; sie kostet rund 290 Euro.",
        True,
        [("count", 1.6, None, None), ("money", 290, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die durchgefallenen Sitze bekamen durchweg die Note 5,5, zwei davon sind bei Discountern erhältlich.",
        True,
        [("count", 5.5, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Zwei Drittel der getesteten Modelle schnitten mit „gut“ ab.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "„Ein teurer Sitz ist nicht automatisch ein sicherer Sitz“, sagte Projektleiterin Annika Straube.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hersteller zweier durchgefallener Modelle hätten den Verkauf bereits gestoppt, sagte Straube.",
        True,
        [("count", 2, None, None)],
        "Straube",
    ),
    (
        "de",
        "Der Anbieter eines durchgefallenen Sitzes, die Firma Kindwerk, zeigte sich „überrascht und enttäuscht“ von dem Ergebnis.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kindwerk wies die Ergebnisse zurück: Der Sitz habe alle vorgeschriebenen Prüfungen nach der Norm UN R129 bestanden.",
        True,
        [],
        None,
    ),
    # --- Which? on heaters from online marketplaces (PA), February ---
    (
        "en",
        "LONDON (PA) - Eleven of 15 electric heaters bought from online marketplaces failed basic safety tests, with some posing a risk of fire or electric shock, consumer group Which? has found.",
        True,
        [("count", 11, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Five of the heaters overheated within 40 minutes, and in two the casing reached more than 150C, Which? said.",
        True,
        [
            ("count", 5, None, None),
            ("duration", 40, "minute", None),
            ("count", 2, None, None),
            ("count", 150, None, "over"),
        ],
        "Which?",
    ),
    (
        "en",
        "Three came with plugs that did not meet British standards, and one had no thermal cut-out at all.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The heaters cost between £17.99 and £42.",
        True,
        [("money", 17.99, "GBP", None), ("money", 42, "GBP", None)],
        None,
    ),
    (
        "en",
        "“These heaters are a disaster waiting to happen,” said Which? home products editor Rosalind Akers.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Akers said Which? had reported all 11 heaters to the Office for Product Safety and Standards.",
        True,
        [("count", 11, None, None)],
        "Akers",
    ),
    (
        "en",
        "Two of the marketplaces said they had removed the listings; a third did not respond.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The marketplaces insisted that the safety of their shoppers was their top priority.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Separate figures from the London Fire Brigade show heaters were involved in 94 fires in the capital last winter.",
        True,
        [("count", 94, None, None)],
        None,
    ),
    # --- Konsument: Spielzeug für Kleinkinder (APA), März ---
    (
        "de",
        "Wien (APA) - Das Testmagazin „Konsument“ hat 18 Spielzeuge für Kleinkinder geprüft, bei sieben davon lösten sich im Zugtest Kleinteile, die verschluckt werden können.",
        True,
        [("count", 18, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Bei einem Holzpuzzle lag der Formaldehydwert mit 2,4 Milligramm pro Liter fast doppelt so hoch wie erlaubt, teilte der VKI mit.",
        True,
        [("count", 2.4, None, None), ("count", 2, None, "nearly")],
        "der VKI",
    ),
    (
        "de",
        "Vier Produkte erhielten das Testurteil „nicht zufriedenstellend“, nur drei schnitten „sehr gut“ ab.",
        True,
        [("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Preise der geprüften Spielzeuge lagen zwischen 6,90 und 39,95 Euro.",
        True,
        [("money", 6.9, "EUR", None), ("money", 39.95, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Eltern müssen sich darauf verlassen können, dass Spielzeug sicher ist“, sagte VKI-Testleiterin Sabine Oberlechner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberlechner sagte, der VKI habe die Ergebnisse an das Sozialministerium als zuständige Marktüberwachungsbehörde weitergeleitet.",
        True,
        [],
        "Oberlechner",
    ),
    (
        "de",
        "Der VKI warnte Eltern davor, sich beim Spielzeugkauf allein vom Preis leiten zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Anbieter hat sein Produkt inzwischen vom Markt genommen, wie der VKI mitteilte.",
        True,
        [],
        None,
    ),
    # --- Dresser recall (AP), March ---
    (
        "en",
        "WASHINGTON (AP) — About 2.3 million dressers sold by furniture retailer Hollis & Crane are being recalled because they can tip over and trap children, federal safety regulators said Thursday.",
        True,
        [("count", 2300000, None, "about")],
        None,
    ),
    (
        "en",
        "The agency said it had received 86 reports of the dressers tipping over, resulting in 14 injuries and the deaths of two toddlers.",
        True,
        [("count", 86, None, None), ("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The children, a 2-year-old from Ohio and a 3-year-old from Texas, died in 2022 and 2024.",
        True,
        [
            ("duration", 2, "year", None),
            ("duration", 3, "year", None),
            ("year", 2022, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The six- and eight-drawer dressers were sold nationwide from January 2017 through November 2024 for between $180 and $460.",
        True,
        [
            ("count", 6, None, None),
            ("count", 8, None, None),
            ("year", 2017, None, None),
            ("year", 2024, None, None),
            ("money", 180, "USD", None),
            ("money", 460, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Consumers can choose between a full refund and a free wall-anchoring kit, the commission said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Parents should stop using the dressers unless they are securely anchored to a wall.",
        False,
        [],
        None,
    ),
    (
        "en",
        "“No family should ever have to bury a child because a piece of furniture fell on them,” said CPSC Commissioner Dolores Ivey.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ivey said the commission had voted 3-1 to seek a civil penalty against the retailer.",
        True,
        [("count", 3, None, None), ("count", 1, None, None)],
        "Ivey",
    ),
    (
        "en",
        "Hollis & Crane said it had sold about 1.9 million of the dressers directly to consumers and would offer refunds of up to $460.",
        True,
        [("count", 1900000, None, "about"), ("money", 460, "USD", "up_to")],
        "Hollis & Crane",
    ),
    # --- Cadmium in Zartbitterschokolade (dpa), April ---
    (
        "de",
        "Bonn (dpa) - Wegen überhöhter Cadmiumwerte ruft der Süßwarenhersteller Lindquist Confiserie zwei Sorten Zartbitterschokolade zurück.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "In Proben der 100-Gramm-Tafeln seien 1,1 Milligramm Cadmium pro Kilogramm gemessen worden, teilte das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit am Dienstag mit.",
        True,
        [("count", 100, None, None), ("count", 1.1, None, None)],
        "das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit",
    ),
    (
        "de",
        "Der zulässige Höchstgehalt für Schokolade mit diesem Kakaoanteil liegt bei 0,8 Milligramm pro Kilogramm.",
        True,
        [("count", 0.8, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind Tafeln mit einem Kakaoanteil von 85 Prozent und den Mindesthaltbarkeitsdaten 30.09.2026 und 31.10.2026.",
        True,
        [("percent", 85, "%", None), ("date", "2026-09-30", None, None), ("date", "2026-10-31", None, None)],
        None,
    ),
    (
        "de",
        "Bei gelegentlichem Genuss sei die Schokolade unbedenklich, versicherte das Unternehmen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Unternehmen teilte mit, es habe die betroffene Kakaocharge aus Ecuador bereits gesperrt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits die dritte Warnung wegen Cadmium in Schokolade auf dem Portal lebensmittelwarnung.de seit Jahresbeginn.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Verbraucherorganisation Foodwatch nannte die Grenzwerte für Schwermetalle „viel zu lasch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Foodwatch fordert, den Höchstgehalt für Cadmium in dunkler Schokolade auf 0,3 Milligramm pro Kilogramm zu senken.",
        True,
        [("count", 0.3, None, None)],
        None,
    ),
    # --- Salmonella in cucumbers (AP), April ---
    (
        "en",
        "ATLANTA (AP) — A salmonella outbreak linked to cucumbers grown in Florida has sickened 162 people in 27 states, and 54 of them have been hospitalized, federal health officials said Wednesday.",
        True,
        [("count", 162, None, None), ("count", 27, None, None), ("count", 54, None, None)],
        None,
    ),
    (
        "en",
        "No deaths have been reported, according to CDC data.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Illnesses began between March 18 and April 26, and the youngest patient is 11 months old.",
        True,
        [("date", "--03-18", None, None), ("date", "--04-26", None, None), ("duration", 11, "month", None)],
        None,
    ),
    (
        "en",
        "Health officials believe the real toll is far larger, since most people with salmonella never see a doctor.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Grower Palmetto Fresh Farms recalled about 38,000 cases of whole cucumbers shipped between April 2 and April 19.",
        True,
        [("count", 38000, None, "about"), ("date", "--04-02", None, None), ("date", "--04-19", None, None)],
        None,
    ),
    (
        "en",
        "The cucumbers went to retailers and distributors in 14 states and two Canadian provinces, according to an FDA notice.",
        True,
        [("count", 14, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Anyone who has the cucumbers at home should throw them away and wash any surfaces they touched.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Symptoms of salmonella infection usually start six hours to six days after swallowing the bacteria.",
        True,
        [("duration", 6, "hour", None), ("duration", 6, "day", None)],
        None,
    ),
    (
        "en",
        "Palmetto Fresh said it was “heartbroken” and was cooperating fully with investigators.",
        False,
        [],
        None,
    ),
    # --- Rückruf von Kaffeevollautomaten (Keystone-SDA), Mai ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Detailhändler Zellweger Haushalt ruft schweizweit rund 12'400 Kaffeevollautomaten der Eigenmarke «Crema Doro» zurück.",
        True,
        [("count", 12400, None, "about")],
        None,
    ),
    (
        "de",
        "Bei den Geräten könne sich der Deckel des Wassertanks lösen und heisser Dampf austreten, wie das Staatssekretariat für Wirtschaft (Seco) mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Händler hat nach eigenen Angaben Kenntnis von 19 Fällen, in denen sich Kundinnen und Kunden leichte Verbrühungen zuzogen.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind Geräte, die zwischen dem 1. September 2023 und dem 28. Februar 2025 verkauft wurden.",
        True,
        [("date", "2023-09-01", None, None), ("date", "2025-02-28", None, None)],
        None,
    ),
    (
        "de",
        "Kundinnen und Kunden erhalten den vollen Kaufpreis von 449 Franken zurück oder innert vier Wochen ein Ersatzgerät.",
        True,
        [("money", 449, "CHF", None), ("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Wer ein solches Gerät besitzt, sollte es nicht mehr benutzen, rät die Beratungsstelle für Unfallverhütung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Dass Kundinnen und Kunden zu Schaden kamen, bedauern wir sehr», sagte Zellweger-Sprecherin Corinne Aebischer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bisher seien rund 3'100 Geräte zurückgebracht worden, also etwa ein Viertel, sagte Aebischer.",
        True,
        [("count", 3100, None, "about"), ("fraction", 0.25, None, "about")],
        "Aebischer",
    ),
    (
        "de",
        "Es ist bereits der zweite Rückruf eines Kaffeevollautomaten in der Schweiz innert eines Jahres.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Mobile operator data breach (Reuters), May ---
    (
        "en",
        "LONDON, May 13 (Reuters) - British mobile operator Tandem Mobile said on Tuesday that hackers had stolen the personal data of about 6.4 million customers, up from the 1.2 million it disclosed last week.",
        True,
        [("date", "--05-13", None, None), ("count", 6400000, None, "about"), ("count", 1200000, None, None)],
        None,
    ),
    (
        "en",
        "The stolen data included names, dates of birth and addresses, and for roughly one in eight customers also bank sort codes and the last four digits of account numbers, according to a company filing.",
        True,
        [("fraction", 0.125, None, "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Passwords and payment card numbers were not accessed, the operator added.",
        True,
        [],
        None,
    ),
    (
        "en",
        "“We are deeply sorry. Our customers trusted us with their data and we let them down,” Chief Executive Gareth Pyne said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Pyne said the company had informed the Information Commissioner's Office within 48 hours of discovering the attack on May 6.",
        True,
        [("duration", 48, "hour", None), ("date", "--05-06", None, None)],
        "Pyne",
    ),
    (
        "en",
        "The ICO said it had opened an investigation and could impose a fine of up to £17.5 million or up to 4% of global turnover.",
        True,
        [("money", 17500000, "GBP", "up_to"), ("percent", 4, "%", "up_to")],
        "the ICO",
    ),
    (
        "en",
        "Tandem will offer affected customers 18 months of free credit monitoring.",
        True,
        [("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Privacy campaigners called the breach “entirely avoidable”.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Law firm Keswick Rowe said it had signed up more than 41,000 customers for a group claim seeking up to £3,000 each.",
        True,
        [("count", 41000, None, "over"), ("money", 3000, "GBP", "up_to")],
        None,
    ),
    # --- Datenleck bei Online-Apotheke (dpa), Juni ---
    (
        "de",
        "Hamburg (dpa) - Bei einem Hackerangriff auf die Online-Apotheke Medivita sind Daten von rund 1,9 Millionen Kundinnen und Kunden abgeflossen.",
        True,
        [("count", 1900000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien Namen, Anschriften und bei etwa 240.000 Kunden auch Angaben zu bestellten Medikamenten, teilte das Unternehmen am Montag mit.",
        True,
        [("count", 240000, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Zahlungsdaten seien nach bisherigem Stand nicht betroffen, sagte Medivita-Geschäftsführer Jörn Vahlbruch.",
        True,
        [],
        "Jörn Vahlbruch",
    ),
    (
        "de",
        "„Wir nehmen den Schutz sensibler Gesundheitsdaten außerordentlich ernst“, sagte Vahlbruch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Angriff wurde am 2. Juni entdeckt, die Behörden wurden erst zwei Tage später informiert.",
        True,
        [("date", "--06-02", None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Der Hamburgische Datenschutzbeauftragte leitete ein Bußgeldverfahren ein; nach der DSGVO drohen dem Unternehmen bis zu vier Prozent seines weltweiten Jahresumsatzes.",
        True,
        [("percent", 4, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Verbraucherschützer sprachen von einem „GAU für den Datenschutz im Gesundheitswesen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verbraucherzentrale Hamburg hat nach eigenen Angaben bereits mehr als 2.600 Anfragen von Betroffenen erhalten.",
        True,
        [("count", 2600, None, "over")],
        None,
    ),
    (
        "de",
        "Die Polizei warnte vor gefälschten E-Mails, die sich auf den Vorfall beziehen könnten.",
        False,
        [],
        None,
    ),
    # --- Consumer Reports reliability survey (AP), June ---
    (
        "en",
        "NEW YORK (AP) — Electric pickups and SUVs remain among the least reliable new vehicles, according to a Consumer Reports survey of owners of more than 310,000 cars.",
        True,
        [("count", 310000, None, "over")],
        None,
    ),
    (
        "en",
        "Among 26 brands, Calloway finished first with a predicted reliability score of 79 out of 100, while Stratton ranked last.",
        True,
        [("count", 26, None, None), ("ordinal", 1, None, None), ("count", 79, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "Vantor fell seven places to 22nd, the biggest drop of any brand.",
        True,
        [("count", 7, None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "en",
        "Electric vehicles had on average 68% more problems than gasoline cars, the survey found.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    (
        "en",
        "“Buyers who want a trouble-free car should think twice before going electric,” said Ellis Montrose, who directs auto testing at Consumer Reports.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Montrose said problems with charging equipment and in-car software accounted for nearly half of all complaints from electric vehicle owners.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Montrose",
    ),
    (
        "en",
        "Vantor said it remained confident in the quality of its vehicles.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Vantor said it had issued 14 over-the-air software updates since January to fix infotainment glitches.",
        True,
        [("count", 14, None, None)],
        "Vantor",
    ),
    (
        "en",
        "The survey covered vehicles from the 2015 through 2025 model years.",
        True,
        [("year", 2015, None, None), ("year", 2025, None, None)],
        None,
    ),
    # --- VKI-Sammelklage gegen Reiseportal (APA), Juli ---
    (
        "de",
        "Wien (APA) - Der Verein für Konsumenteninformation (VKI) hat eine Sammelklage gegen das Reiseportal Reiselust.at eingebracht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 3.400 Kundinnen und Kunden haben sich der Klage angeschlossen.",
        True,
        [("count", 3400, None, "about")],
        None,
    ),
    (
        "de",
        "Das Portal soll nach abgesagten Pauschalreisen Erstattungen von insgesamt rund 2,1 Millionen Euro zurückgehalten haben.",
        True,
        [("money", 2100000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Betroffenen warten im Schnitt seit 14 Monaten auf ihr Geld, die Forderungen reichen von 280 bis 6.900 Euro.",
        True,
        [("duration", 14, "month", None), ("money", 280, "EUR", None), ("money", 6900, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Das ist ein Geschäftsmodell auf Kosten der Urlauber“, sagte VKI-Juristin Theresa Pammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pammer sagte, der VKI verlange zusätzlich vier Prozent Verzugszinsen pro Jahr.",
        True,
        [("percent", 4, "%", None)],
        "Pammer",
    ),
    (
        "de",
        "Reiselust.at wies die Vorwürfe zurück: Sämtliche berechtigten Rückforderungen seien innerhalb der gesetzlichen Frist von 14 Tagen bezahlt worden.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen versicherte, man stehe zu seiner Verantwortung gegenüber allen Kundinnen und Kunden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer zählte seit Jahresbeginn mehr als 1.200 Beschwerden über das Portal.",
        True,
        [("count", 1200, None, "over")],
        None,
    ),
    # --- Ofgem fine over complaints (PA), July ---
    (
        "en",
        "LONDON (PA) - Energy supplier Brightwater Energy has been fined £8.7 million by regulator Ofgem for failing to handle customer complaints properly.",
        True,
        [("money", 8700000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Ofgem found the supplier had left more than 38,000 complaints unresolved for longer than eight weeks between April 2022 and March 2024.",
        True,
        [
            ("count", 38000, None, "over"),
            ("duration", 8, "week", "over"),
            ("year", 2022, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The penalty includes £5.2m in compensation for about 212,000 customers, or roughly £25 each.",
        True,
        [("money", 5200000, "GBP", None), ("count", 212000, None, "about"), ("money", 25, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Brightwater, which supplies gas and electricity to about 2.4m homes, has been fined by Ofgem three times since 2019.",
        True,
        [("count", 2400000, None, "about"), ("count", 3, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "“We know we did not give our customers the service they deserved, and we are sorry,” Brightwater said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Brightwater said it had hired 450 additional customer service staff and cut average call waiting times to four minutes.",
        True,
        [("count", 450, None, None), ("duration", 4, "minute", None)],
        "Brightwater",
    ),
    (
        "en",
        "Citizens Advice said the penalty sent a clear message to every supplier.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Complaints about energy suppliers to the Energy Ombudsman rose 41% last year to about 96,000, according to its annual report.",
        True,
        [("percent", 41, "%", None), ("count", 96000, None, "about")],
        None,
    ),
    # --- Bußgeld wegen Telefonwerbung (dpa), August ---
    (
        "de",
        "Bonn (dpa) - Die Bundesnetzagentur hat gegen einen Energievertrieb aus Nordrhein-Westfalen ein Bußgeld von 1,4 Millionen Euro wegen unerlaubter Telefonwerbung verhängt.",
        True,
        [("money", 1400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen soll Verbraucherinnen und Verbraucher in mehr als 9.000 Fällen ohne deren Einwilligung angerufen haben, teilte die Behörde mit.",
        True,
        [("count", 9000, None, "over")],
        "die Behörde",
    ),
    (
        "de",
        "Im ersten Halbjahr gingen bei der Bundesnetzagentur rund 27.500 schriftliche Beschwerden über unerwünschte Werbeanrufe ein, knapp ein Fünftel weniger als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 27500, None, "about"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Netzagentur-Vizepräsidentin Karin Dörfler nannte das Vorgehen der Firma „dreist und systematisch“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dörfler sagte, die Behörde habe in diesem Jahr bereits Bußgelder von insgesamt 3,8 Millionen Euro wegen Werbeanrufen verhängt.",
        True,
        [("money", 3800000, "EUR", None)],
        "Dörfler",
    ),
    (
        "de",
        "Die Behörde riet Verbrauchern, am Telefon niemals Zählernummern oder Kontodaten preiszugeben.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Energievertrieb kann binnen zwei Wochen Einspruch gegen den Bescheid einlegen.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen hat nach Behördenangaben bereits angekündigt, Einspruch einzulegen.",
        True,
        [],
        None,
    ),
    # --- Penalty for unsafe children's products (AAP), August ---
    (
        "en",
        "SYDNEY (AAP) - Online retailer Kookaburra Outlet has been ordered to pay a A$6.5 million penalty for selling children's products that did not meet mandatory safety standards.",
        True,
        [("money", 6500000, "AUD", None)],
        None,
    ),
    (
        "en",
        "The Federal Court found the company had sold more than 27,000 toys, cots and high chairs that breached the standards between 2021 and 2023.",
        True,
        [("count", 27000, None, "over"), ("year", 2021, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Thirteen children had been hurt, including a toddler who swallowed a button battery, according to court documents.",
        True,
        [("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "“This is a shocking case of a retailer putting profit ahead of children's safety,” ACCC deputy chair Miriam Tolhurst said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tolhurst said the penalty was the highest ever imposed under Australia's product safety laws.",
        True,
        [],
        "Tolhurst",
    ),
    (
        "en",
        "Kookaburra Outlet said it had already refunded about 9,800 customers and had stopped selling the products in 2023.",
        True,
        [("count", 9800, None, "about"), ("year", 2023, None, None)],
        "Kookaburra Outlet",
    ),
    (
        "en",
        "The company said it had learned from its mistakes.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Separately, law firm Carrington Hale has filed a class action on behalf of about 4,000 parents seeking refunds and damages.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    # --- Stiftung Warentest: Rauchmelder (dpa), September ---
    (
        "de",
        "Berlin (dpa) - Die Stiftung Warentest hat 16 Rauchmelder geprüft, drei davon schlugen im Brandtest zu spät oder gar nicht Alarm.",
        True,
        [("count", 16, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die drei Geräte erhielten das Qualitätsurteil „mangelhaft“, darunter ein Modell für 4,99 Euro aus einem Onlineshop.",
        True,
        [("count", 3, None, None), ("money", 4.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Acht Melder schnitten mit „gut“ ab, der Testsieger kommt auf die Note 1,7 und kostet etwa 25 Euro.",
        True,
        [("count", 8, None, None), ("count", 1.7, None, None), ("money", 25, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bei zwei Geräten reichte die Lautstärke des Alarms mit 78 Dezibel nicht aus, vorgeschrieben sind mindestens 85 Dezibel.",
        True,
        [("count", 2, None, None), ("count", 78, None, None), ("count", 85, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Batterien der besten Geräte halten nach Angaben der Prüfer mindestens zehn Jahre.",
        True,
        [("duration", 10, "year", "at_least")],
        None,
    ),
    (
        "de",
        "„Ein Rauchmelder, der nicht piept, ist schlimmer als gar keiner“, sagte Projektleiter Bastian Wehrle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zwei der mangelhaften Modelle trügen trotzdem ein Prüfsiegel, sagte Wehrle.",
        True,
        [("count", 2, None, None)],
        "Wehrle",
    ),
    (
        "de",
        "Der Anbieter des billigsten Melders war für eine Stellungnahme nicht zu erreichen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Deutschland sterben nach Daten des Statistischen Bundesamts jährlich rund 410 Menschen an den Folgen von Bränden.",
        True,
        [("count", 410, None, "about")],
        None,
    ),
    # --- FTC subscription refunds (AP), September ---
    (
        "en",
        "WASHINGTON (AP) — The Federal Trade Commission is sending more than $31 million in refunds to about 412,000 people who were charged for a streaming subscription they had tried to cancel.",
        True,
        [("money", 31000000, "USD", "over"), ("count", 412000, None, "about")],
        None,
    ),
    (
        "en",
        "The refunds come from a settlement with Lumora Media, which agreed in 2024 to pay $38 million without admitting wrongdoing.",
        True,
        [("year", 2024, None, None), ("money", 38000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Most recipients will get about $76 by check or PayPal, the agency said.",
        True,
        [("money", 76, "USD", "about")],
        None,
    ),
    (
        "en",
        "Consumers have 90 days to cash the checks.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "“Companies that make it easy to sign up but nearly impossible to cancel will pay a price,” FTC consumer protection director Raymond Okafor said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Okafor said the agency had received more than 70,000 complaints about subscription cancellations last year.",
        True,
        [("count", 70000, None, "over")],
        "Okafor",
    ),
    (
        "en",
        "Lumora said it was pleased to put the matter behind it.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Lumora said it had changed its cancellation process in 2023 so that subscribers could cancel with two clicks.",
        True,
        [("year", 2023, None, None), ("count", 2, None, None)],
        "Lumora",
    ),
    (
        "en",
        "Subscription complaints to the FTC have more than doubled since 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    # --- Pflanzenschutzmittel-Rückstände (dpa), Oktober ---
    (
        "de",
        "Braunschweig (dpa) - In gut 1,6 Prozent der in Deutschland untersuchten Lebensmittelproben haben Kontrolleure im vergangenen Jahr zu viele Rückstände von Pflanzenschutzmitteln gefunden.",
        True,
        [("percent", 1.6, "%", "over")],
        None,
    ),
    (
        "de",
        "Insgesamt wurden rund 19.800 Proben auf mehr als 1.000 Wirkstoffe untersucht, wie das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit mitteilte.",
        True,
        [("count", 19800, None, "about"), ("count", 1000, None, "over")],
        None,
    ),
    (
        "de",
        "Bei Erzeugnissen aus Nicht-EU-Staaten lag die Quote der Überschreitungen mit 5,3 Prozent mehr als dreimal so hoch wie bei Ware aus Deutschland.",
        True,
        [("percent", 5.3, "%", None), ("count", 3, None, "over")],
        None,
    ),
    (
        "de",
        "In einer Probe Granatäpfel aus der Türkei fanden die Labore 0,86 Milligramm eines Insektizids pro Kilogramm, mehr als das Vierzigfache des zulässigen Werts.",
        True,
        [("count", 0.86, None, None), ("count", 40, None, "over")],
        None,
    ),
    (
        "de",
        "Umweltverbände sprachen von einem „Dauerproblem, das die Politik seit Jahren ignoriert“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der BUND fordert ein Importverbot für Lebensmittel mit Rückständen von Wirkstoffen, die in der EU seit 2020 verboten sind.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Eine Gefahr für die Gesundheit habe bei keiner der beanstandeten Proben bestanden, erklärte die Behörde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus dem Nationalen Bericht Pflanzenschutzmittelrückstände, den das Amt zum 17. Mal vorlegte.",
        True,
        [("ordinal", 17, None, None)],
        None,
    ),
    # --- Magnet toy recall (PA), October ---
    (
        "en",
        "LONDON (PA) - A magnetic building set sold in toy shops and online has been recalled after 19 children needed hospital treatment for swallowing the magnets.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The Office for Product Safety and Standards found the magnets in the Cosmoblox sets were up to four times stronger than the legal limit.",
        True,
        [("count", 4, None, "up_to")],
        None,
    ),
    (
        "en",
        "Eight of the children required surgery, and the youngest was 14 months old, hospital figures show.",
        True,
        [("count", 8, None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "About 64,000 sets were sold in the UK between September 2023 and August 2025 for £24.99 to £39.99.",
        True,
        [
            ("count", 64000, None, "about"),
            ("year", 2023, None, None),
            ("year", 2025, None, None),
            ("money", 24.99, "GBP", None),
            ("money", 39.99, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Parents who own the sets are advised to keep them out of reach of children and take them back to the shop.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The importer, Novastar Toys, said all buyers would receive a full refund whether or not they had a receipt.",
        True,
        [],
        None,
    ),
    (
        "en",
        "“Once swallowed, these magnets can tear through a child's intestines within hours,” a paediatric surgeon at Birmingham Children's Hospital said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "This is the regulator's first compulsory toy recall since gaining new powers in 2024.",
        True,
        [("ordinal", 1, None, None), ("year", 2024, None, None)],
        None,
    ),
    # --- Lebensmittelkontrollen in Österreich (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Die Lebensmittelaufsicht hat im Vorjahr von 26.380 Proben fast jede achte beanstandet.",
        True,
        [("count", 26380, None, None), ("fraction", 0.125, None, "nearly")],
        None,
    ),
    (
        "de",
        "Als gesundheitsschädlich wurden 0,4 Prozent der Proben eingestuft, das entspricht 106 Fällen, teilte die AGES am Donnerstag mit.",
        True,
        [("percent", 0.4, "%", None), ("count", 106, None, None)],
        "die AGES",
    ),
    (
        "de",
        "In 38 Proben von Hühnerfleisch wiesen die Labore Salmonellen nach, bei Rohmilchkäse fanden sie in neun Fällen Listerien.",
        True,
        [("count", 38, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt kontrollierten die Aufsichtsorgane der Länder rund 41.000 Betriebe, um etwa 3 Prozent mehr als im Jahr davor.",
        True,
        [("count", 41000, None, "about"), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "de",
        "„Österreichs Lebensmittel sind so sicher wie nie zuvor“, sagte Gesundheitsministerin Elfriede Kranebitter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kranebitter sagte, für die Kontrollen würden ab 2026 zusätzlich 60 Planstellen geschaffen.",
        True,
        [("year", 2026, None, None), ("count", 60, None, None)],
        "Kranebitter",
    ),
    (
        "de",
        "Die Arbeiterkammer kritisierte, die Ergebnisse der Kontrollen würden zu spät und zu wenig verständlich veröffentlicht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die AK fordert, die Namen beanstandeter Betriebe binnen vier Wochen online zu veröffentlichen.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    # --- Hybrid recall in Japan (Reuters), October ---
    (
        "en",
        "TOKYO, Oct 16 (Reuters) - Japan's Kanemura Motor Corp said on Thursday it would recall about 683,000 hybrid vehicles worldwide because a faulty inverter could cause them to lose power while driving.",
        True,
        [("date", "--10-16", None, None), ("count", 683000, None, "about")],
        None,
    ),
    (
        "en",
        "The recall covers vehicles built between Nov. 5, 2021, and Feb. 28, 2025, including about 214,000 in Japan and 187,000 in the United States, according to a filing with the transport ministry.",
        True,
        [
            ("date", "2021-11-05", None, None),
            ("date", "2025-02-28", None, None),
            ("count", 214000, None, "about"),
            ("count", 187000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Kanemura has received 96 reports of vehicles losing power but none of accidents or injuries, the filing shows.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "en",
        "Dealers will update the inverter software, a fix that takes about 30 minutes, and replace the part where needed.",
        True,
        [("duration", 30, "minute", "about")],
        None,
    ),
    (
        "en",
        "“We sincerely regret the worry we have caused our customers,” the company said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It is Kanemura's second recall involving the inverter since 2022 and comes two months after a separate recall of 110,000 minivans.",
        True,
        [
            ("ordinal", 2, None, None),
            ("year", 2022, None, None),
            ("duration", 2, "month", None),
            ("count", 110000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Analysts said the recall was unlikely to dent demand for the company's hybrids.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at Morikawa Securities estimated the cost of the recall at about 18 billion yen ($120 million).",
        True,
        [("money", 18000000000, "JPY", "about"), ("money", 120000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Kanemura shares closed 1.9% lower in Tokyo.",
        True,
        [("percent", 1.9, "%", None)],
        None,
    ),
    # --- Mineralöl in Adventskalendern (Keystone-SDA), November ---
    (
        "de",
        "Zürich (Keystone-SDA) - Das Konsumentenmagazin «K-Tipp» hat in 14 von 24 getesteten Schokolade-Adventskalendern Rückstände von Mineralöl gefunden.",
        True,
        [("count", 14, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "In drei Kalendern lag der Gehalt an besonders bedenklichen aromatischen Mineralölen über 2 Milligramm pro Kilogramm.",
        True,
        [("count", 3, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Der höchste Wert betrug 6,4 Milligramm pro Kilogramm, hiess es im Bericht.",
        True,
        [("count", 6.4, None, None)],
        None,
    ),
    (
        "de",
        "Einen gesetzlichen Grenzwert für diese Stoffe gibt es in der Schweiz nicht, das Magazin legt einen Richtwert von höchstens 0,5 Milligramm pro Kilogramm an.",
        True,
        [("count", 0.5, None, "at_most")],
        None,
    ),
    (
        "de",
        "Die Kalender kosten zwischen 4.95 und 29.90 Franken.",
        True,
        [("money", 4.95, "CHF", None), ("money", 29.9, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Das hat in Kinderschokolade schlicht nichts verloren», sagte «K-Tipp»-Redaktorin Fabienne Ammann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rückstände stammten meist aus Schmierölen von Maschinen oder aus Verpackungen aus Altpapier, sagte Ammann.",
        True,
        [],
        "Ammann",
    ),
    (
        "de",
        "Die Hersteller versicherten, die Sicherheit ihrer Produkte habe für sie oberste Priorität.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zwei Hersteller nahmen ihre Kalender nach eigenen Angaben aus dem Verkauf.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Abhilfeklage gegen Energieversorger (dpa), November ---
    (
        "de",
        "Hamm (dpa) - Das Oberlandesgericht Hamm hat einen Energieversorger zur Rückzahlung unzulässiger Preiserhöhungen an rund 9.200 Kundinnen und Kunden verurteilt.",
        True,
        [("count", 9200, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffene bekommen im Schnitt 312 Euro zurück, insgesamt geht es um knapp 2,9 Millionen Euro, teilte der vzbv mit.",
        True,
        [("money", 312, "EUR", None), ("money", 2900000, "EUR", "nearly")],
        "der vzbv",
    ),
    (
        "de",
        "Der Versorger Rheinstrom hatte die Preise zum 1. Januar 2023 um bis zu 38 Prozent angehoben.",
        True,
        [("date", "2023-01-01", None, None), ("percent", 38, "%", "up_to")],
        None,
    ),
    (
        "de",
        "„Das Urteil ist ein Meilenstein für den kollektiven Rechtsschutz in Deutschland“, sagte vzbv-Vorständin Ramona Heuckeroth.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Heuckeroth sagte, im Klageregister seien derzeit 14 weitere Abhilfeklagen eingetragen.",
        True,
        [("count", 14, None, None)],
        "Heuckeroth",
    ),
    (
        "de",
        "Rheinstrom kündigte an, Revision beim Bundesgerichtshof einzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Unternehmens sagte, man halte die Preisanpassung weiterhin für rechtmäßig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Revision wurde zugelassen, das Urteil ist daher nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    # --- Data breach settlement (AP), November ---
    (
        "en",
        "CHICAGO (AP) — A health insurer has agreed to pay $52 million to settle a class action over a 2023 data breach that exposed the personal information of about 9.3 million people.",
        True,
        [("money", 52000000, "USD", None), ("year", 2023, None, None), ("count", 9300000, None, "about")],
        None,
    ),
    (
        "en",
        "Under the proposed settlement, filed Monday in federal court in Chicago, class members can claim up to $5,000 each for documented losses.",
        True,
        [("money", 5000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Those without documented losses can receive a flat payment of between $50 and $100, depending on how many people file claims.",
        True,
        [("money", 50, "USD", None), ("money", 100, "USD", None)],
        None,
    ),
    (
        "en",
        "Claims must be filed by April 30.",
        True,
        [("date", "--04-30", None, None)],
        None,
    ),
    (
        "en",
        "The insurer, Prairie Shield Health, denied wrongdoing.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Prairie Shield said in a statement that protecting its members' information “remains a top priority.”",
        False,
        [],
        None,
    ),
    (
        "en",
        "Prairie Shield said it had spent $18 million on security upgrades since the breach.",
        True,
        [("money", 18000000, "USD", None)],
        "Prairie Shield",
    ),
    (
        "en",
        "Lawyers for the plaintiffs called the deal “a fair result for millions of families.”",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hackers had access to the insurer's systems for 41 days before the intrusion was detected, according to the complaint.",
        True,
        [("duration", 41, "day", None)],
        None,
    ),
    # --- EU lead limits for spices (Reuters), November ---
    (
        "en",
        "BRUSSELS, Nov 20 (Reuters) - The European Commission on Thursday lowered the maximum permitted level of lead in spices and herbal teas, a move it said would cut consumers' exposure by about a fifth.",
        True,
        [("date", "--11-20", None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "For dried herbs, the limit falls to 0.6 milligrams per kilogram from 2 milligrams, while for cinnamon it drops to 1 milligram per kilogram.",
        True,
        [("count", 0.6, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The new limits apply from July 1, 2026, and products placed on the market before then may be sold until stocks run out.",
        True,
        [("date", "2026-07-01", None, None)],
        None,
    ),
    (
        "en",
        "Lead was found above the old limits in 3.4% of spice samples tested by member states in 2024, Commission data showed.",
        True,
        [("percent", 3.4, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Consumer group BEUC said the move was “long overdue” but did not go far enough.",
        False,
        [],
        None,
    ),
    (
        "en",
        "BEUC had called for a limit of 0.25 milligrams per kilogram for all spices.",
        True,
        [("count", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Spice traders warned the rules could push up prices.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The European Spice Association estimates that about 15% of imports from some producing countries would fail the new limits.",
        True,
        [("percent", 15, "%", "about")],
        None,
    ),
    # --- Spielzeug von Online-Marktplätzen (dpa), Dezember ---
    (
        "de",
        "Nürnberg (dpa) - Bei einer europaweiten Stichprobe von Spielzeug aus Online-Marktplätzen haben Prüfer bei 251 von 312 Produkten Mängel festgestellt.",
        True,
        [("count", 251, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht gut 80 Prozent, teilte der Deutsche Verband der Spielwarenindustrie mit.",
        True,
        [("percent", 80, "%", "over")],
        "der Deutsche Verband der Spielwarenindustrie",
    ),
    (
        "de",
        "Fast jedes dritte Produkt enthielt Kleinteile, an denen kleine Kinder ersticken können.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "In 41 Spielzeugen fanden die Labore verbotene Weichmacher, in einer Puppe lag der Wert beim 180-Fachen des Grenzwerts.",
        True,
        [("count", 41, None, None), ("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Die Branche warnte Eltern vor vermeintlichen Schnäppchen aus Fernost.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband fordert, Online-Marktplätze für unsichere Produkte von Drittanbietern haften zu lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher eines großen Marktplatzes sagte, Sicherheit habe für die Plattform „höchste Priorität“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Plattform habe nach dem Hinweis 96 Angebote entfernt, sagte der Sprecher.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    (
        "de",
        "Der Zoll stoppte nach eigenen Angaben im vergangenen Jahr rund 1,3 Millionen unsichere oder gefälschte Spielzeuge an den Grenzen.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    # --- Toy-related injuries (AP), December ---
    (
        "en",
        "WASHINGTON (AP) — Hospital emergency rooms treated an estimated 163,400 toy-related injuries in the United States last year, according to the annual report of the U.S. Consumer Product Safety Commission.",
        True,
        [("count", 163400, None, "about")],
        None,
    ),
    (
        "en",
        "Children younger than 15 accounted for about 71% of the injuries, and 12 children died.",
        True,
        [("duration", 15, "year", "under"), ("percent", 71, "%", "about"), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Most of the deaths involved choking on small parts or balloons, the agency said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Federal inspectors stopped more than 2.6 million units of 310 different toys at U.S. ports in the fiscal year, the commission said.",
        True,
        [("count", 2600000, None, "over"), ("count", 310, None, None)],
        None,
    ),
    (
        "en",
        "The agency urged parents to buy only age-appropriate toys and to keep button batteries away from young children.",
        False,
        [],
        None,
    ),
    (
        "en",
        "“Every one of these deaths is a tragedy, and many were preventable,” CPSC acting chairman Thaddeus Rourke said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rourke said the commission had issued 29 toy recalls in the past year, up from 21 the year before.",
        True,
        [("count", 29, None, None), ("count", 21, None, None)],
        "Rourke",
    ),
]
