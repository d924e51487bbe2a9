"""Four-hundred-and-fortieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of regulators, testers and consumer bodies
appear under made-up names that stand for no real holder, or by their role only („der
Vorsitzende Richter“, „die Projektleiterin“, „die Konsumentenschützerin“, "a spokeswoman for
the chain", "a state health official").

Names: Kerem Aydoğdu-Behrens, Svenja Hollerbach-Tan, Jannik Oltmanns-Bauer, Leopold
Stranzinger-Haas, Seraphina Gygax-Moser, Malte Sievering-Okoye, Annelie Brakhage-Sommer,
Ingeborg Kallweit-Nunes, Cornelia Schwarzlmüller, Hartmut Ellerbrock-Dąbrowski, Gabriele
Hinterberger-Tošić and Wiebke Thordsen-Alkan; Dana Whitcombe-Reyes, Harriet Calloway-Pym,
Marla Quintrell-Oyelaran, Regina Ostrowski-Vale, Lionel Baptiste-Warren, Kenji Ogasawara,
Lachlan Furneaux-Ng, Imogen Trelawney-Shah, Gordon McAllister-Roy, Delphine Okafor-Birch,
Rhian Pengelly and Annika Sølvberg-Reid; the firms and brands Levante Feinkost with its
„Sultanmühle“ sesame paste, Tervaro, Brunnmatt with its RX 8 raclette oven, Brackwede
Fleischwaren, Nordhaven, Ardenvale Home, Platte River Beef, Lanford Motor with its
Castlerock and Westbrook SUVs, Plateful Box, Hoshizora Denki, Bargain Burrow, Gigstack and
Thriftwell; every unnamed supermarket chain, smokehouse, honey bottler, spokesperson, judge,
analyst and official. Real bodies, rules, places and media (Stiftung Warentest,
lebensmittelwarnung.de, Kraftfahrt-Bundesamt, KBA, EN 1078, AGES, Bezirkshauptmannschaft
Freistadt, Eidgenössisches Starkstrominspektorat, Beratungsstelle für Unfallverhütung,
Stiftung für Konsumentenschutz, Verband Deutscher Mineralbrunnen, Schlichtungsstelle für den
öffentlichen Personenverkehr, söp, Verbraucherzentrale Bundesverband, Bundesanstalt für
Arbeitsschutz und Arbeitsmedizin, BAuA, Zoll, Produktsicherheitsverordnung, Handelsverband
HDE, Verein für Konsumenteninformation, VKI, Amtsgericht Lüneburg, Staatsanwaltschaft
Lüneburg, EU-Kommission, Deutscher Imkerbund, Bundesamt für Verbraucherschutz und
Lebensmittelsicherheit, Arbeiterkammer Wien, AK, Handelsverband; the U.S. Consumer Product
Safety Commission, CPSC, the Food Standards Agency, Which?, the Home Office, the U.S.
Department of Agriculture, USDA, the CDC, NHTSA, the Federal Trade Commission, FTC, Japan's
Consumer Affairs Agency, the Federal Court, the Australian Competition and Consumer
Commission, ACCC, the Competition and Markets Authority, CMA, Citizens Advice, Health
Canada, the Office for Product Safety and Standards, Electrical Safety First, the European
Commission, BEUC, and the datelines' cities) stand for the way wire copy names them; every
recall, batch, date on a pack, grade, test result, reading, fine, refund, penalty,
complaint count, injury report, case count, price, quote and statement here is invented, and
where a real figure came to mind (a real recall size, a real fine, a real drowning toll, a
real complaint count, a real grade) it was changed (the date a real EU regulation took
effect kept).

Its weight: PRODUCT RECALLS, SAFETY AND CONSUMER PROTECTION, third round (the
hundred-thirteenth batch weighed consumer protection, product recalls and food safety and
the three-hundred-and-nineteenth product recalls, safety and consumer protection, with the
hundred-sixth's data breaches and regulators behind both; their decisions are kept) - this
time weighing what on a recall notice is an identifier and what a quantity, and the consumer
testers' grades written as „gut (2,3)“. Six weeks of wire copy, Monday, September 21, to
Monday, November 2, as 26 short stories in story order, the German and English ones
interleaved, each told as wire copy runs it (a dateline lead with what is recalled, tested,
found or fined, the batches and dates affected, the tally of reports, injuries or
complaints, the authority's and the company's statements, a quote, the remedy, the critics,
the follow-up). German (dpa, APA, Keystone-SDA; Austrian "heuer", "Spital", "im Vorjahr",
"um 119 Euro", Swiss "schweizweit", "innert", "ausserordentlich", "Haushaltgeräten",
"12'300", «» quotes, German „“ quotes): a sesame-paste recall over salmonella with its batch
number and best-before date, Stiftung Warentest on bicycle helmets, an electric-van recall,
listeria in smoked salmon in Austria, a Swiss raclette-oven recall, Stiftung Warentest on
mineral water, the travel arbitration board's half-year, dangerous products reported to the
BAuA, the VKI on children's ski helmets, a court fine for adulterated honey, a sausage
recall over metal with lot numbers and an EAN, the Vienna Arbeiterkammer's complaints about
online shops and a high-chair recall. English (Reuters with dated datelines, AP, PA, AAP,
CP): a pressure-cooker recall with burn reports, an allergy alert with batch codes and
best-before dates, Which? on electric blankets, an E. coli beef recall with an
establishment number and use-by dates, a steering recall, FTC refunds for a meal-kit trap,
a rice-cooker recall in Japan, an Australian penalty over button batteries, a British fine
for drip pricing, a Canadian sleepwear recall, the CPSC's pool-drowning report, unsafe
Christmas goods seized at British ports and an EU sweep of toy websites. Speakers as such
copy has them: „teilte ... mit“ with a body and with a firm, „sagte X“ and „X sagte, ...“
with the title dropped, „laut X“, „nach Angaben des Bundesamts ...“, a quote stating an act
followed by „sagte X“; "X said", "the CPSC said", "NHTSA said", "said in a statement", a
body's "said" with and without its article and with its abbreviation in brackets; beside
them the forms left unchecked (roles, pronouns, plurals, compounds, masculine genitives,
relative clauses and descriptions between a name and its verb, "added", verbs not of
saying, every "according to"). Figures as such copy has them: units recalled, pack sizes
in compounds („300-Gramm-Gläser“, „100-Gramm- und 200-Gramm-Packungen“, „400-Gramm-Ringen“,
"350g jars", "1-pound and 2-pound packages", "six- and eight-quart models"), full
best-before and use-by dates („14.03.2027“, „bis einschließlich 28.10.2026“, „02.11.2026 bis
09.11.2026“, "14/11/2027", "best before 21 November 2027") and dates without a year ("Oct. 8
and Oct. 12"), model years and sale periods, batch, lot and establishment numbers and an
EAN that carry none, numeric grades in brackets, readings and limits, fines, refunds,
penalties and prices in euros, francs, dollars, pounds, yen, Australian and Canadian
dollars, complaint counts, injury reports and ages, shares in words („rund ein Drittel“,
„Jeder sechste“, „Knapp drei Viertel“, „fast jeder dritte“, „fast jedes vierte“, „Mehr als
die Hälfte“, "About three-quarters", "Nearly two in five", "Nearly three in four", "about
two-thirds"), ordinals („der dritte Rückruf“, „der fünfte Rückruf ..., der zweite davon“,
„zum sechsten Mal“, „im ersten Halbjahr“, "A second batch", "its seventh U.S. recall", "the
first penalty", "third product recall in five years"), spans („innert 30 Tagen“, „bis zu
zehn Wochen“, „binnen zwei Jahren“, "within 48 hours", "in less than seven seconds"), a
percentage-point change, hedges, ranges, years and dates. Negatives as such copy has them -
58 rows, none with a figure: apologies, reassurances and slogans from the same firms that
give the figures, advice to consumers, parents and owners, warnings naming no measure,
critics' labels and verdicts, demands without a measure, a defence, an analysts' view,
no-comment lines and generic claims in quotes, each near a check-worthy look-alike from the
same story.

235 rows (120 German, 115 English), 58 negatives (28 German, 30 English), 177 check-worthy
rows of which 19 carry no figure (12 German, 7 English), 271 expected quantities (115
counts, 40 amounts of money - 17 EUR, 10 USD, 5 GBP, 3 JPY, 2 AUD, 2 CAD, 1 CHF -, 25 years,
24 durations - 11 in years, 3 in hours, 3 in days, 3 in months, 2 in weeks, 1 in minutes, 1
in seconds -, 22 dates, 21 percentages - 20 in "%", 1 in percentage points "pp" -, 12
fractions, 12 ordinals; none of them in a negative), 38 checked speakers (19 German, 19
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, step, remedy, record or finding is check-worthy with the speaker its own
  attribution gives, also in Konjunktiv I and also without a figure; quoted or reported
  apologies, reassurances, slogans, labels, verdicts, advice, warnings naming no measure and
  demands without a measure are negatives with speaker None, also with a named speaker
  (ninety-eighth, hundred-thirteenth, three-hundred-and-nineteenth,
  four-hundred-and-twentieth). Pairs from one speaker or firm: Aydoğdu-Behrens's 19,000 jars
  beside his regret; Ardenvale's 140,000 lids beside "that trust comes first";
  Hollerbach-Tan's label beside the project leader's two makers; Oltmanns-Bauer's cells
  beside „absoluten Vorrang“; Calloway-Pym's 48 hours beside "Nobody should have to wonder";
  Stranzinger-Haas's stopped production („„Wir haben die Produktion am Mittwoch gestoppt und
  alle Chargen zurückgerufen“, sagte Firmenchef ...“ - an act stated in a quote, checked with
  its speaker, three-hundred-and-nineteenth) beside his „bitterer Tag“; Lanford's 214
  complaints beside its "highest priority"; Sievering-Okoye's two bottlers beside his praise
  of tap water; Baptiste-Warren's 3,600 complaints beside "easy to leave"; Brakhage-Sommer's
  eleven weeks beside „Viele Airlines zahlen erst ...“; Kallweit-Nunes's one in four beside
  „Ein Klick ...“; Furneaux-Ng's three children a week beside "no excuse"; Schwarzlmüller's
  2,600 children beside „Beim Kopf darf man ...“; Trelawney-Shah's six investigations beside
  "The price you see ..."; Gigstack's appeal beside "in good faith" (a defence, as „Wir haben
  immer sauber gearbeitet“, ninety-eighth); Hinterberger-Tošić's 1.3 million euros beside „Ein
  Schnäppchen ...“; Thordsen-Alkan's timber beside „das Allerwichtigste“.
- Safety records and remedies (hundred-thirteenth, three-hundred-and-nineteenth): a count of
  reports, zero included, is check-worthy („Erkrankungen ... sind bislang nicht bekannt.“,
  "No deaths have been reported.", „Verletzt wurde nach bisherigen Erkenntnissen niemand.“,
  "Nobody had been hurt in any of the fires, the company added.", "No injuries have been
  reported in Canada, Health Canada said.", "... but of no deaths"), as are a check under way
  („Die Bezirkshauptmannschaft Freistadt prüft nun, ob ...“), a rebuttal with its reason
  („Einer der Anbieter wies das Ergebnis zurück: Sein Modell habe die Prüfung ... bestanden.“),
  a step announced („kündigte an, das Modell aus dem Sortiment zu nehmen“), an appeal
  announced ("Gigstack said it would appeal against the fine."), a rule of the proceedings
  („Das Urteil ist noch nicht rechtskräftig.“) and refunds stated as facts („erhalten den
  Kaufpreis von 129 Franken innert 30 Tagen zurückerstattet“, „bekommen den Kaufpreis von
  2,49 Euro auch ohne Kassenbon erstattet“, „erhalten den vollen Kaufpreis zurück und
  zusätzlich einen 20-Euro-Gutschein“); telling buyers to return the goods for a refund is
  advice and a negative ("... can take it back to any branch for a full refund.", "... return
  it to any store for a full refund."), as are „Wer ein betroffenes Glas gekauft hat, sollte
  ...“, „rät die Stiftung Warentest“, „rät die AGES“, „rät der VKI“, „rät das Unternehmen“,
  "Which? advised owners ...", "The agency urged parents ...", a warning naming no measure
  („Das Gerät dürfe ab sofort nicht mehr verwendet werden, warnte das Inspektorat.“, „Die
  Wurst sollte keinesfalls gegessen werden, warnte das Unternehmen.“) and a service line
  ("Owners can find out whether their cooker is affected by looking up its serial number
  ..."; hundred-thirteenth).
- Identifiers on recall notices carry none (hundred-thirteenth: "batch codes 2417A and
  2419B", the establishment number "EST. 4182"): „der Chargennummer L26187“, "the batch code
  L26241", "coded L26245", the establishment number "EST. 2291", the model „des Typs RX 8“
  (sixtieth: a model's figure is a name), the norm „EN 1078“ (hundred-thirteenth: "ISO
  24444"), „lebensmittelwarnung.de“ (three-hundred-and-nineteenth) and the serial number of
  a service line. New: a range of lot numbers stays a pair of identifiers - „die Losnummern
  2611 bis 2614“ gives nothing, the „bis“ joining two labels as "batch codes 2417A and 2419B"
  are joined, not a span of a quantity -, while the use-by dates in the same row are two
  full dates („mit den Verbrauchsdaten 02.11.2026 bis 09.11.2026“, 2026-11-02 and 2026-11-09).
  New: a barcode number („die EAN 4006381224517“) is a reference number and carries none,
  as a batch code and a telephone number do (hundred-thirteenth, fifty-first). Quantities on
  the same notices are read as before: pack sizes are counts („300-Gramm-Gläser“ 300,
  „400-Gramm-Ringen“ 400, "350g jars" 350; hundred-thirteenth, three-hundred-and-nineteenth),
  „100-Gramm- und 200-Gramm-Packungen“ 100 and 200 and "The six- and eight-quart models" 6
  and 8 (three-hundred-and-nineteenth: the suspended hyphen), "1-pound and 2-pound packages"
  1 and 2 (a figure in a compound adjective, hundred-twelfth); "about 167,000 pounds of
  ground beef" a weight and a count "about" (hundred-thirteenth: "more than 4.2 million
  pounds").
- Dates on packs (hundred-thirteenth, three-hundred-and-nineteenth): German numeric dates
  are full dates („dem Mindesthaltbarkeitsdatum 14.03.2027“, „bis einschließlich 28.10.2026“
  with no hedge); "a best-before date of 14/11/2027" is 2027-11-14, the day before the month
  as in "use-by dates from 7/3/2026" (three-hundred-and-eighty-second), and "best before 21
  November 2027" 2027-11-21 (fifty-fifth: "on 2 September 2022"); "packed between Sept. 14
  and Sept. 18", "use-by dates of Oct. 8 and Oct. 12", "between Sept. 20 and Sept. 29",
  "starting Nov. 23" and „seit dem 12. Oktober“ dates without a year; „zwischen dem 1. März
  2025 und dem 15. August 2026“ and „Seit dem 13. Dezember 2024“ full dates. Sale periods
  and model years are years („zwischen September 2024 und Februar 2026“, „der Baujahre 2023
  bis 2025“, "from August 2023 through July 2026", "from the 2021 through 2024 model years",
  "between April 2019 and March 2023", "between June 2023 and August 2024", "from March 2025
  to September 2026", "from 2021 through 2023", "in June 2022", „zwischen 2022 und 2024“,
  „seit 2015“, "since 2021", "since 2022", "in 2025"). Reuters datelines with a day are dates
  without a year ("WASHINGTON, Sept 22" --09-22, "DETROIT, Oct 8" --10-08, "TOKYO, Oct 14"
  --10-14, "LONDON, Oct 20" --10-20, "BRUSSELS, Nov 2" --11-02); dpa, APA, Keystone-SDA, AP,
  PA, AAP and CP datelines none (seventy-ninth). None: „seit Jahresbeginn“, „seit Januar“,
  „seit Juni“, „am Mittwoch“, „heuer bis Ende September“, „im Vorjahr“, „im vergangenen
  Jahr“, „Im Jahr davor“, „im Vorjahreszeitraum“, „ein Jahr zuvor“, „innert eines Jahres“,
  „jedes Jahr“, "this year", "last year", "last winter", "so far this year", "a week", "at a
  time", "each year", "next summer's".
- Grades and tests (hundred-thirteenth, three-hundred-and-nineteenth): products tested and
  failed are counts („18 Fahrradhelme ..., drei davon“, „elf Helme ..., vier“, „Von 32
  stillen Mineralwässern ... nur neun“, „Sechs Wässer ..., vier davon ..., zwei“, „15
  Skihelme ..., zwei davon“, „Sieben Helme“, "Four of the 22 electric blankets ..., and two
  of them", "Of 140 products ..., 97", "212 websites in 24 countries, and 153 of them");
  verbal grades („mangelhaft“, „gut“, „befriedigend“, „nicht zufriedenstellend“, "Don't
  Buys") and „Testsieger“ carry none; Which?'s scores are percentages ("scored 81%", "just
  34%", "just" no hedge). New: a verbal grade with its numeric grade in brackets gives the
  bracketed figure as a count - „mit dem Qualitätsurteil „gut (1,8)““ 1.8, „mit „gut (2,3)““
  2.3, „die Note „gut (1,7)““ 1.7, „von „gut (1,7)“ bis „mangelhaft (5,5)““ 1.7 and 5.5 -
  read as „mit der Note 2,1“ (hundred-thirteenth) and „mit der Note 1,9“
  (two-hundred-and-forty-second), the brackets hiding no figure as the bare bracket „1,9
  (2,0) Prozent“ hid none (four-hundred-and-twenty-third), while the word before them stays
  a verbal grade. Readings are counts with their unit unchecked (forty-second,
  hundred-thirteenth): „mit 19,5 Kilometern pro Stunde“, „mit einer Geschwindigkeit von 5,4
  Metern pro Sekunde“, „0,12 Mikrogramm ... pro Liter, ... bei 0,1 Mikrogramm“, „ein etwa
  zwei Zentimeter langes Metallstück“ 2 "about", "more than 60C" 60 "over"
  (hundred-thirteenth: "more than 90C"); „um bis zu 40 Prozent schlechter“ "up_to"; „pro
  Stunde“, „pro Sekunde“, „pro Liter“, „je Liter“ none. „Jeder sechste Helm“ 0.1667
  (hundred-thirteenth: „Bei jedem sechsten Öl“), „zum sechsten Mal seit 2015“ 6 and the year
  (the issue's "zum zweiten Mal").
- Fines, refunds, penalties and prices: money in the currency written (every batch): „eine
  Geldbuße von 180.000 Euro“, „rund 410.000 Euro“ "about", „für 89,95 Euro“, „für 19,99
  Euro“, „zwischen 19,99 und 149 Euro“ both (three-hundred-and-nineteenth: „zwischen 6,90 und
  39,95 Euro“), „für 0,39 Euro je Liter“, „für bis zu 1,20 Euro je Liter“ "up_to", „412
  Euro“ after „Im Schnitt“ (no hedge), „knapp 6,1 Millionen Euro“ "nearly", „39,90 Euro“,
  „2,49 Euro“, „rund 1,3 Millionen Euro“ with „insgesamt“ (no hedge), „bei 226 Euro“, „für
  59,99 Euro“, „einen 20-Euro-Gutschein“ 20 EUR (three-hundred-and-sixty-fifth:
  „25-Millionen-Euro-Vorlagen“), „129 Franken“ CHF; "between $89 and $149", "a $25 gift
  card", "more than $11.4 million" "over", "checks averaging about $53" and "of about $129"
  "about", "$14 million", "about $190 million" "about", "$3.5 million"; "£18 and £35",
  "£4.6 million", "about £2.1m" 2,100,000 GBP "about" (three-hundred-and-nineteenth: "£5.2m"),
  "about £420,000"; "about 4.1 billion yen ($27 million)" JPY "about" and USD with none
  (three-hundred-and-nineteenth), "between 15,000 yen and 38,000 yen each" both; "a A$7.2
  million penalty" and "A$150,000" AUD (ninety-ninth); "between C$14.99 and C$22.99" CAD
  (fifteenth: "C$30 million"). New: „Testsieger ist ein Helm ... um 119 Euro.“ is 119 EUR
  with no hedge - Austrian copy writes „um“ for the price a thing is sold at, as German copy
  writes „für“, and an approximate price would need „um die“ or „rund“; the hedge list has
  no bare „um“ (hundred-thirteenth, four-hundred-and-twentieth). Shares of turnover and
  rises: "as much as 10% of a firm's worldwide turnover" "up_to" (hundred-tenth: "as much
  as"; three-hundred-and-nineteenth: "up to 4% of global turnover"), "by 18%", "rose 23%",
  „14 Prozent mehr“, „um 23 Prozent mehr“, „ein Plus von 11 Prozent“, „auf 80 Prozent“,
  „Rund 40 Prozent“ "about", „In gut 80 Prozent“ "over" (three-hundred-and-nineteenth:
  „gut 80 Prozent“); "19% ..., up 6 percentage points" 19 % and 6 pp (tenth: "a quarter
  point").
- Complaints, reports, injuries and ages (hundred-thirteenth, three-hundred-and-nineteenth):
  „rund 28.400 Schlichtungsanträge“, „rund 6.900 Anträge“, „knapp 5.800 Beschwerden“, „14
  Verfahren“ („derzeit“ no hedge), „2.870 gefährliche Produkte“ and „2.585 Meldungen“, „rund
  416.000 unsichere Artikel, darunter knapp 90.000 Ladegeräte“, „14 Meldungen ..., drei
  Kinder“, „mindestens sieben Menschen ..., zwei von ihnen“ 7 "at_least" and 2, „Fünf der
  Erkrankten ..., drei“, „vier Fälle“, „neun Brände ..., bei zwei davon“, „rund 2.600
  Kinder“, „rund 1'900 Menschen“ (Swiss apostrophe, tenth), "61 reports ..., including 19
  burn injuries, three of them" 61, 19 and 3 (three-hundred-and-nineteenth: „drei von
  ihnen“), "214 complaints ..., six crashes and two injuries", "more than 3,600 complaints",
  "At least 23 people in six states ..., and nine of them", "38 fires, including one" 38
  ("including one" a pronoun, sixtieth: "one of them"), "17 reports of scalds", "about three
  children a week" 3 "about" ("a week" none), "Three customers", "14 of the 61 allergy
  alerts", "about 540 house fires", "17 house fires", "61 deaths", "An average of 389
  children" (no hedge), "an estimated 6,300 children" "about" (three-hundred-and-nineteenth:
  "an estimated 163,400"), "about 2,300 customers", "roughly 96,000 customers", "About
  214,000 people", "more than 48,000 non-compliant products", "nearly 31,000 unsafe
  Christmas lights", "About 1,100 of the sets", "its 214 stores", "312 stores", "in 38
  Filialen", "three website names", "one of its two grinding lines" 2 ("one of" a pronoun),
  „in acht Bundesländern“, „in fünf Bundesländern“. Units recalled: „knapp 19.000 Gläser“
  "nearly", „rund 42.600 Elektro-Transporter“ and „11.240 Fahrzeuge“, „rund 12'300
  Raclette-Öfen“, „rund 23.500 Kinderhochstühle“, "about 870,000 electric pressure cookers",
  "about 140,000 replacement lids", "nearly 418,000 SUVs", "about 326,000 rice cookers",
  "about 64,000 children's sleepwear sets". Ages are durations in years (every batch):
  „eine 81-jährige Frau ... und einen 77-jährigen Mann“, „Der 58-jährige Geschäftsführer“,
  "a 4-year-old and a 7-year-old" with "Two children" 2, "children younger than 15" and
  "younger than 5" "under" (three-hundred-and-nineteenth: "Children younger than 15"),
  "children aged 1 to 4" 1 and 4 years (the unit of an age range left unwritten, as
  "Children younger than 15"); „Ein 18 Monate altes Kind“ 18 months (hundred-thirteenth: „ein
  drei Wochen alter Säugling“).
- Shares, ordinals and spans as the earlier batches read them: „rund ein Drittel davon“
  0.3333 "about", „Knapp drei Viertel“ 0.75 "nearly", „fast jeder dritte“ 0.3333 "nearly",
  „Mehr als die Hälfte“ 0.5 "over", „fast jedes vierte“ 0.25 "nearly", „fast jeder zweite“
  and „Fast jede zweite“ 0.5 "nearly", "About three-quarters" 0.75 "about", "Nearly two in
  five" 0.4 "nearly", "Nearly three in four" 0.75 "nearly" (four-hundred-and-twentieth:
  "about four in five"), "about two-thirds" 0.6667 "about". Ordinals: „der dritte Rückruf“,
  „der fünfte Rückruf seit Januar, der zweite davon“ 5 and 2, „der zweite Rückruf ... innert
  eines Jahres“ 2, „der zweite bei Nordhaven binnen zwei Jahren“ 2 and 2 years, „im ersten
  Halbjahr“ 1 alone (three-hundred-and-nineteenth), "the company's second recall ... since
  2022" 2 and the year, "A second batch" 2 (four-hundred-and-twentieth: "a second base"),
  "the automaker's seventh U.S. recall this year" 7, "Hoshizora's third product recall in
  five years" 3 and 5 years (ninety-ninth: "the third time in five years"), "the first
  penalty under its new ... powers" 1; "the last step", "the best blanket", "the largest",
  "the leading cause" none. Spans: „bis zu sechs Stunden“ and „bis zu zehn Wochen“ "up_to",
  „innert 30 Tagen“, „im Schnitt elf Wochen“ (no hedge), „eine Bewährungsstrafe von 14
  Monaten“, "for up to eight hours at a time" "up_to", "within 48 hours", "about 45 minutes"
  "about" (hundred-thirteenth: "about 40 minutes"), "within 60 days", "30 days", "in the
  past three months" 3 months, "in less than seven seconds" 7 seconds "under"
  (hundred-thirteenth: "less than" "under").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly", "an
  estimated" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly", "Nearly" "nearly"; „gut“,
  „mehr als“, „Mehr als“, "more than" "over"; "younger than", "less than" "under"; „bis zu“,
  "up to", "as much as" "up_to"; „mindestens“, "At least" "at_least". No hedge: „insgesamt“,
  „Im Schnitt“, „im Schnitt“, „derzeit“, „zusätzlich“, „bis einschließlich“, „nur“,
  „zwischen“, "between", "within", "just", "An average of", "each", "um" before a price
  (New, above), and the „bis“ and "to" of a range.
- Speakers, checked only in forms the earlier batches settled (and the New form below).
  German: „teilte das Unternehmen am Montag mit“ -> "das Unternehmen", „teilte die Stiftung
  Warentest am Donnerstag mit“ -> "die Stiftung Warentest", „teilte die AGES am Freitag mit“
  -> "die AGES" and „teilte die söp am Dienstag mit“ -> "die söp" with the weekday dropped
  and the lower-case abbreviation as written (hundred-thirteenth; three-hundred-and-
  nineteenth: „teilte der vzbv mit“), „teilte das Kraftfahrt-Bundesamt mit“, „teilte das
  Eidgenössische Starkstrominspektorat mit“ with the inflected adjective in the nominative,
  „teilte der VKI mit“, „teilte die Staatsanwaltschaft Lüneburg mit“ with the town as part
  of the name (four-hundred-and-twentieth: „wie die Staatsanwaltschaft Köln ... mitteilte“),
  „Laut Beratungsstelle für Unfallverhütung“ as written (hundred-thirteenth: „laut
  Kraftfahrt-Bundesamt“), „Nach Angaben des Bundesamts für Verbraucherschutz und
  Lebensmittelsicherheit“ -> "das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit"
  (sixtieth: „nach Angaben des Kraftfahrt-Bundesamts“; hundred-thirteenth: „nach Angaben des
  Robert Koch-Instituts“ - neuter bodies, where the four-hundred-and-twentieth left
  masculine genitives unchecked), „sagte Geschäftsführer Kerem Aydoğdu-Behrens“, „sagte
  Firmenchef Leopold Stranzinger-Haas“ after a quote and „sagte AK-Konsumentenschützerin
  Gabriele Hinterberger-Tošić“ the name with the title dropped (hundred-thirteenth,
  four-hundred-and-twentieth), „BAuA-Präsidentin Ingeborg Kallweit-Nunes sagte, ...“,
  „Geschäftsführerin Annelie Brakhage-Sommer sagte, ...“, „VKI-Projektleiterin Cornelia
  Schwarzlmüller sagte, ...“ and „Nordhaven-Sprecherin Wiebke Thordsen-Alkan sagte, ...“
  opening the row with the title dropped (four-hundred-and-twentieth), „Oltmanns-Bauer
  sagte, ...“ and „Sievering-Okoye sagte, ...“ the surname (three-hundred-and-nineteenth).
  English: "the CPSC said on Tuesday" and "the CPSC said Monday" -> "the CPSC" with the
  weekday dropped (hundred-sixth and three-hundred-and-nineteenth: "the ICO"), "NHTSA said
  on Thursday" as written (thirty-sixth), "the Food Standards Agency said", "the U.S.
  Department of Agriculture said Monday", "the Federal Trade Commission said Monday", "the
  Australian Competition and Consumer Commission said", "the Office for Product Safety and
  Standards said" with their article (hundred-thirteenth), "The European Commission said
  ..." opening the row -> "the European Commission" (hundred-thirteenth: "The UKHSA said
  ..."), "..., the consumer group said." -> "the consumer group" (hundred-thirteenth), "the
  company said in a statement" -> "the company" (four-hundred-and-twentieth), "Health Canada
  said", "Electrical Safety First said" and "Gigstack said" as written (thirty-sixth: "NHTSA
  said"; three-hundred-and-nineteenth: "Brightwater said"), "Whitcombe-Reyes said" and
  "Calloway-Pym said" opening the row, "ACCC deputy chair Lachlan Furneaux-Ng said" and "CMA
  enforcement director Imogen Trelawney-Shah said" the name with the title dropped
  (four-hundred-and-twentieth). New: "The Competition and Markets Authority (CMA) said ..."
  -> "the Competition and Markets Authority" - the abbreviation in brackets is dropped as in
  „teilte das Statistische Bundesamt (Destatis) in Wiesbaden mit“
  (four-hundred-and-twentieth), and the article takes the lower case it has inside a row
  (hundred-thirteenth).
- Left unchecked (None): all negatives, also those with a named speaker; roles and pronouns
  („Der Geschäftsführer sagte“, „Die Projektleiterin sagte“, „so die Konsumentenschützerin“,
  „sagte eine Brunnmatt-Sprecherin“, „Nach Angaben des Firmenchefs“ - a masculine genitive
  -, "it said", "the agency said", "the department said", "a spokeswoman said", "the office
  found", "the charity said"; four-hundred-and-twentieth), plurals („teilten die Tester
  mit“, "federal health officials said"), a compound („nach KBA-Angaben“), „nach
  Herstellerangaben“ and „nach eigenen Angaben“ (three-hundred-and-nineteenth), „hieß es“,
  „hieß es in dem Bericht“ and „hieß es bei Nordhaven“ (four-hundred-and-twentieth: „hieß es
  bei Verdi“), estimates („Nach Schätzungen der EU-Kommission“; hundred-tenth), verbs that
  are not of saying („kündigte an“, „wies ... zurück“, „schließt die AGES ... nicht aus“,
  „prüft“, "Which? has labelled", "Which? has passed", "Health Canada has recalled", "The
  Federal Court found"), "the company added" (three-hundred-and-nineteenth: "the operator
  added"), a description or a relative clause between a name and its verb ("The chain, which
  has 312 stores ..., said", "Lanford, which builds both models in Kentucky, said", "Lionel
  Baptiste-Warren, who heads ..., said", "The company, Platte River Beef, said", "Bargain
  Burrow, which trades under three website names, said", "The chain, Thriftwell, said";
  fortieth, four-hundred-and-twentieth), a description before the name ("Japan's Consumer
  Affairs Agency said", three-hundred-and-nineteenth: "Japan's Kanemura Motor Corp said"),
  and every "according to" (Home Office figures, CDC case data, a company filing, the
  report, a sweep; four-hundred-and-twentieth).
- Negatives (ninety-eighth, hundred-thirteenth, three-hundred-and-nineteenth): apologies
  („Wir bedauern zutiefst ...“, «Wir bedauern diesen Vorfall ausserordentlich», "We are
  truly sorry ...", "We apologise from the bottom of our hearts ...", "Our customers deserve
  better, and we are sorry"), reassurances and slogans („Sicherheit hat bei uns absoluten
  Vorrang“, „ist uns das Allerwichtigste“, "its highest priority", "that trust comes
  first"), feelings („ein bitterer Tag“, „zeigten sich verärgert“), critics' labels and
  verdicts („sprachen von einem „Versagen mit Ansage““, „sprach von einem «Ärgernis ...»“,
  „sprach von „Panikmache ...““, „sprach von einem „unfairen Wettbewerb ...““, „sprach von
  einem „Schlag ins Gesicht ...““, "came far too late", "had sat on the problem for far too
  long", "should shake food makers out of their complacency", "long overdue", "needed far
  tougher policing"), demands without a measure („forderte schärfere Sanktionen ...“,
  „forderte, ausländische Plattformen ... stärker in die Verantwortung zu nehmen“, "called on
  online marketplaces to take responsibility"), generic claims and rhetoric in quotes
  („Leitungswasser ist hierzulande meist ...“, „Viele Airlines zahlen erst ...“, „Beim Kopf
  darf man ...“, „Ein Klick auf den Bestellknopf ...“, „Wer Verbraucher so dreist täuscht
  ...“, "Drowning is silent ...", "Cheap lights can turn ...", "Parents should not have to be
  detectives ...", "Please, check your freezer tonight"), an analysts' view without a figure
  ("unlikely to hurt the brand for long"; three-hundred-and-nineteenth), a defence ("had
  always acted in good faith") and a no-comment line ("did not answer emails and phone
  calls seeking comment").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_440 = [
    # --- Rückruf von Sesampaste (dpa), Montag, 21. September ---
    ("de", "Bremen (dpa) - Der Feinkosthersteller Levante Feinkost ruft Sesampaste der Marke „Sultanmühle“ zurück, weil in einer Routineprobe Salmonellen nachgewiesen wurden.", True, [], None),
    ("de", "Betroffen sind 300-Gramm-Gläser mit der Chargennummer L26187 und dem Mindesthaltbarkeitsdatum 14.03.2027, teilte das Unternehmen am Montag mit.", True, [("count", 300, None, None), ("date", "2027-03-14", None, None)], "das Unternehmen"),
    ("de", "Die Paste wurde nach Herstellerangaben über Supermärkte in acht Bundesländern und über einen Onlineshop verkauft.", True, [("count", 8, None, None)], None),
    ("de", "Insgesamt seien knapp 19.000 Gläser ausgeliefert worden, rund ein Drittel davon sei bereits zurück im Lager, sagte Geschäftsführer Kerem Aydoğdu-Behrens.", True, [("count", 19000, None, "nearly"), ("fraction", 0.3333, None, "about")], "Kerem Aydoğdu-Behrens"),
    ("de", "Erkrankungen, die mit der Sesampaste in Verbindung stehen könnten, sind bislang nicht bekannt.", True, [], None),
    ("de", "Wer ein betroffenes Glas gekauft hat, sollte die Paste nicht mehr essen und kann sie auch ohne Kassenbon im Markt zurückgeben.", False, [], None),
    ("de", "„Wir bedauern zutiefst, dass ein solches Produkt in den Handel gelangt ist“, sagte Aydoğdu-Behrens.", False, [], None),
    ("de", "Der Geschäftsführer sagte, der Sesam stamme von einem Lieferanten aus Äthiopien, mit dem die Zusammenarbeit vorerst ausgesetzt sei.", True, [], None),
    ("de", "Es ist bereits der dritte Rückruf von Sesamprodukten, den das Portal lebensmittelwarnung.de seit Jahresbeginn veröffentlicht hat.", True, [("ordinal", 3, None, None)], None),
    ("de", "Verbraucherschützer sprachen von einem „Versagen mit Ansage“.", False, [], None),
    # --- Pressure cooker recall (Reuters), Tuesday, Sept 22 ---
    ("en", "WASHINGTON, Sept 22 (Reuters) - Kitchen appliance maker Ardenvale Home is recalling about 870,000 electric pressure cookers in the United States and Canada because the lid can open while the contents are still under pressure, the CPSC said on Tuesday.", True, [("date", "--09-22", None, None), ("count", 870000, None, "about")], "the CPSC"),
    ("en", "The company has received 61 reports of lids coming loose, including 19 burn injuries, three of them requiring skin grafts.", True, [("count", 61, None, None), ("count", 19, None, None), ("count", 3, None, None)], None),
    ("en", "The six- and eight-quart models were sold at department stores and online from August 2023 through July 2026 for between $89 and $149.", True, [("count", 6, None, None), ("count", 8, None, None), ("year", 2023, None, None), ("year", 2026, None, None), ("money", 89, "USD", None), ("money", 149, "USD", None)], None),
    ("en", "Consumers should stop using the recalled cookers immediately and contact Ardenvale for a free replacement lid.", False, [], None),
    ("en", "The company has already shipped about 140,000 replacement lids and will add a $25 gift card for owners who register, it said.", True, [("count", 140000, None, "about"), ("money", 25, "USD", None)], None),
    ("en", "It is the company's second recall of pressure cookers since 2022.", True, [("ordinal", 2, None, None), ("year", 2022, None, None)], None),
    ("en", "\"Families let us into their kitchens every day, and that trust comes first,\" Chief Executive Dana Whitcombe-Reyes said.", False, [], None),
    ("en", "Whitcombe-Reyes said the defect had been traced to a locking pin made at a single supplier's factory in Guangdong.", True, [], "Whitcombe-Reyes"),
    ("en", "Owners can find out whether their cooker is affected by looking up its serial number on Ardenvale's website.", False, [], None),
    ("en", "Consumer advocates said the recall came far too late for the families who had already been burned.", False, [], None),
    # --- Stiftung Warentest: Fahrradhelme (dpa), Donnerstag, 24. September ---
    ("de", "Berlin (dpa) - Die Stiftung Warentest hat 18 Fahrradhelme für Erwachsene geprüft und drei davon mit „mangelhaft“ bewertet.", True, [("count", 18, None, None), ("count", 3, None, None)], None),
    ("de", "Testsieger ist ein Modell für 89,95 Euro mit dem Qualitätsurteil „gut (1,8)“, teilte die Stiftung Warentest am Donnerstag mit.", True, [("money", 89.95, "EUR", None), ("count", 1.8, None, None)], "die Stiftung Warentest"),
    ("de", "Ein Helm aus dem Discounter für 19,99 Euro schnitt mit „gut (2,3)“ nur wenig schlechter ab.", True, [("money", 19.99, "EUR", None), ("count", 2.3, None, None)], None),
    ("de", "Die Preise der geprüften Helme lagen zwischen 19,99 und 149 Euro.", True, [("money", 19.99, "EUR", None), ("money", 149, "EUR", None)], None),
    ("de", "Insgesamt erhielten elf Helme das Urteil „gut“, vier kamen auf „befriedigend“.", True, [("count", 11, None, None), ("count", 4, None, None)], None),
    ("de", "Bei den drei durchgefallenen Modellen rissen im Falltest die Kinnriemen, oder die Schale brach bei einem Aufprall mit 19,5 Kilometern pro Stunde.", True, [("count", 3, None, None), ("count", 19.5, None, None)], None),
    ("de", "Jeder sechste Helm im Test fiel damit durch.", True, [("fraction", 0.1667, None, None)], None),
    ("de", "„Ein Helm, der beim Sturz versagt, ist schlimmer als jeder Fehlkauf“, sagte Projektleiterin Svenja Hollerbach-Tan.", False, [], None),
    ("de", "Die Projektleiterin sagte, zwei Hersteller hätten den Verkauf der mangelhaften Modelle nach dem Test gestoppt.", True, [("count", 2, None, None)], None),
    ("de", "Einer der Anbieter wies das Ergebnis zurück: Sein Modell habe die Prüfung nach der europäischen Norm EN 1078 bestanden.", True, [], None),
    ("de", "Wer Rad fährt, sollte nie ohne Helm aufsteigen, rät die Stiftung Warentest.", False, [], None),
    # --- Allergy alert (PA), Friday, September 25 ---
    ("en", "A British supermarket chain is recalling an own-brand korma sauce because it contains peanuts that are not mentioned on the label, the Food Standards Agency said.", True, [], "the Food Standards Agency"),
    ("en", "The recall covers 350g jars with the batch code L26241 and a best-before date of 14/11/2027.", True, [("count", 350, None, None), ("date", "2027-11-14", None, None)], None),
    ("en", "A second batch, coded L26245 and best before 21 November 2027, is also affected.", True, [("ordinal", 2, None, None), ("date", "2027-11-21", None, None)], None),
    ("en", "Anyone with an allergy to peanuts should not eat the sauce and can take it back to any branch for a full refund.", False, [], None),
    ("en", "The chain, which has 312 stores in England and Wales, said it had taken the sauce off its shelves and put up notices at the tills.", True, [("count", 312, None, None)], None),
    ("en", "Three customers have reported mild allergic reactions after eating the sauce, the agency said.", True, [("count", 3, None, None)], None),
    ("en", "The agency said undeclared peanuts had been behind 14 of the 61 allergy alerts it has issued so far this year.", True, [("count", 14, None, None), ("count", 61, None, None)], None),
    ("en", "\"We are truly sorry for the worry this has caused,\" a spokeswoman for the chain said.", False, [], None),
    ("en", "Allergy campaigners said the figures should shake food makers out of their complacency.", False, [], None),
    # --- Rückruf von Elektro-Transportern (dpa), Montag, 28. September ---
    ("de", "Flensburg (dpa) - Der Nutzfahrzeughersteller Tervaro ruft weltweit rund 42.600 Elektro-Transporter zurück, weil sich die Hochvoltbatterie überhitzen und in Brand geraten kann.", True, [("count", 42600, None, "about")], None),
    ("de", "In Deutschland sind nach KBA-Angaben 11.240 Fahrzeuge der Baujahre 2023 bis 2025 betroffen.", True, [("count", 11240, None, None), ("year", 2023, None, None), ("year", 2025, None, None)], None),
    ("de", "Dem Hersteller seien weltweit neun Brände bekannt, bei zwei davon seien Menschen leicht verletzt worden, teilte das Kraftfahrt-Bundesamt mit.", True, [("count", 9, None, None), ("count", 2, None, None)], "das Kraftfahrt-Bundesamt"),
    ("de", "Bis zur Reparatur begrenzt ein Software-Update die Ladung der Batterie auf 80 Prozent, hieß es.", True, [("percent", 80, "%", None)], None),
    ("de", "In der Werkstatt werden die Batteriemodule geprüft und bei Bedarf getauscht, der Eingriff dauert bis zu sechs Stunden.", True, [("duration", 6, "hour", "up_to")], None),
    ("de", "Für Tervaro ist es der fünfte Rückruf seit Januar, der zweite davon betrifft die Batterien.", True, [("ordinal", 5, None, None), ("ordinal", 2, None, None)], None),
    ("de", "„Sicherheit hat bei uns absoluten Vorrang“, sagte Tervaro-Sprecher Jannik Oltmanns-Bauer.", False, [], None),
    ("de", "Oltmanns-Bauer sagte, die fehlerhaften Zellen stammten aus einer einzigen Fertigungslinie eines Zulieferers in Polen.", True, [], "Oltmanns-Bauer"),
    ("de", "Paketdienste, die mit den Transportern ausliefern, zeigten sich verärgert über den erneuten Ausfall.", False, [], None),
    # --- Which? on electric blankets (PA), Wednesday, September 30 ---
    ("en", "Four of the 22 electric blankets tested by Which? failed basic safety checks, and two of them reached more than 60C when folded, the consumer group said.", True, [("count", 4, None, None), ("count", 22, None, None), ("count", 2, None, None), ("count", 60, None, "over")], "the consumer group"),
    ("en", "The blankets were left switched on at their highest setting for up to eight hours at a time.", True, [("duration", 8, "hour", "up_to")], None),
    ("en", "Which? has labelled the four blankets, all sold on online marketplaces for between £18 and £35, as \"Don't Buys\".", True, [("count", 4, None, None), ("money", 18, "GBP", None), ("money", 35, "GBP", None)], None),
    ("en", "The best blanket in the test scored 81%, while the worst managed just 34%.", True, [("percent", 81, "%", None), ("percent", 34, "%", None)], None),
    ("en", "Which? has passed its findings on the four models to the national product safety regulator.", True, [("count", 4, None, None)], None),
    ("en", "\"Nobody should have to wonder whether the blanket on their bed could catch fire,\" said Which? editor Harriet Calloway-Pym.", False, [], None),
    ("en", "Calloway-Pym said two of the marketplaces had removed the listings within 48 hours.", True, [("count", 2, None, None), ("duration", 48, "hour", None)], "Calloway-Pym"),
    ("en", "Which? advised owners to check older blankets for scorch marks and frayed wires before switching them on.", False, [], None),
    ("en", "Electric blankets were involved in about 540 house fires in England last year, according to Home Office figures.", True, [("count", 540, None, "about")], None),
    # --- Listerien in Räucherlachs (APA), Freitag, 2. Oktober ---
    ("de", "Wien (APA) - Nach dem Verzehr von geräuchertem Lachs sind in Österreich mindestens sieben Menschen an Listeriose erkrankt, zwei von ihnen sind gestorben.", True, [("count", 7, None, "at_least"), ("count", 2, None, None)], None),
    ("de", "Bei den Verstorbenen handle es sich um eine 81-jährige Frau aus Linz und einen 77-jährigen Mann aus Wels, beide mit Vorerkrankungen, teilte die AGES am Freitag mit.", True, [("duration", 81, "year", None), ("duration", 77, "year", None)], "die AGES"),
    ("de", "Der Erreger wurde in Lachs eines Räucherbetriebs im Mühlviertel nachgewiesen, der seit Juni Supermärkte in fünf Bundesländern beliefert hatte.", True, [("count", 5, None, None)], None),
    ("de", "Betroffen sind 100-Gramm- und 200-Gramm-Packungen mit Verbrauchsdaten bis einschließlich 28.10.2026.", True, [("count", 100, None, None), ("count", 200, None, None), ("date", "2026-10-28", None, None)], None),
    ("de", "Fünf der Erkrankten wurden im Spital behandelt, drei liegen noch auf der Intensivstation.", True, [("count", 5, None, None), ("count", 3, None, None)], None),
    ("de", "Da zwischen Ansteckung und Ausbruch der Krankheit bis zu zehn Wochen vergehen können, schließt die AGES weitere Fälle nicht aus.", True, [("duration", 10, "week", "up_to")], None),
    ("de", "Schwangere und ältere Menschen sollten Räucherfisch nur durcherhitzt essen, rät die AGES.", False, [], None),
    ("de", "„Wir haben die Produktion am Mittwoch gestoppt und alle Chargen zurückgerufen“, sagte Firmenchef Leopold Stranzinger-Haas.", True, [], "Leopold Stranzinger-Haas"),
    ("de", "„Für unseren Familienbetrieb ist das ein bitterer Tag“, sagte Stranzinger-Haas.", False, [], None),
    ("de", "Die Bezirkshauptmannschaft Freistadt prüft nun, ob die Eigenkontrollen des Betriebs ausgereicht haben.", True, [], None),
    # --- E. coli in ground beef (AP), Monday, October 5 ---
    ("en", "OMAHA, Neb. (AP) — A Nebraska meatpacker is recalling about 167,000 pounds of ground beef products because they may carry E. coli bacteria, the U.S. Department of Agriculture said Monday.", True, [("count", 167000, None, "about")], "the U.S. Department of Agriculture"),
    ("en", "The beef was packed between Sept. 14 and Sept. 18 and carries the establishment number \"EST. 2291\" on the label.", True, [("date", "--09-14", None, None), ("date", "--09-18", None, None)], None),
    ("en", "It was sold in 1-pound and 2-pound packages with use-by dates of Oct. 8 and Oct. 12.", True, [("count", 1, None, None), ("count", 2, None, None), ("date", "--10-08", None, None), ("date", "--10-12", None, None)], None),
    ("en", "At least 23 people in six states have fallen ill and nine of them were hospitalized, federal health officials said.", True, [("count", 23, None, "at_least"), ("count", 6, None, None), ("count", 9, None, None)], None),
    ("en", "Two children, a 4-year-old and a 7-year-old, developed a type of kidney failure.", True, [("count", 2, None, None), ("duration", 4, "year", None), ("duration", 7, "year", None)], None),
    ("en", "No deaths have been reported.", True, [], None),
    ("en", "Illnesses began between Sept. 20 and Sept. 29, according to CDC case data.", True, [("date", "--09-20", None, None), ("date", "--09-29", None, None)], None),
    ("en", "People who have the beef in their freezers should throw it away or return it to the store where they bought it.", False, [], None),
    ("en", "\"Please, check your freezer tonight,\" said Dr. Marla Quintrell-Oyelaran, a state health official in Lincoln.", False, [], None),
    ("en", "The company, Platte River Beef, said it had halted one of its two grinding lines while inspectors review its cleaning records.", True, [("count", 2, None, None)], None),
    # --- Rückruf von Raclette-Öfen (Keystone-SDA), Dienstag, 6. Oktober ---
    ("de", "Bern (Keystone-SDA) - Der Haushaltshändler Brunnmatt ruft schweizweit rund 12'300 Raclette-Öfen zurück, weil Benutzer einen Stromschlag erleiden können.", True, [("count", 12300, None, "about")], None),
    ("de", "Betroffen sind Geräte des Typs RX 8, die zwischen September 2024 und Februar 2026 verkauft wurden, teilte das Eidgenössische Starkstrominspektorat mit.", True, [("year", 2024, None, None), ("year", 2026, None, None)], "das Eidgenössische Starkstrominspektorat"),
    ("de", "Bisher seien vier Fälle bekannt, in denen Kunden einen leichten Stromschlag erlitten hätten, sagte eine Brunnmatt-Sprecherin.", True, [("count", 4, None, None)], None),
    ("de", "Kundinnen und Kunden erhalten den Kaufpreis von 129 Franken innert 30 Tagen zurückerstattet.", True, [("money", 129, "CHF", None), ("duration", 30, "day", None)], None),
    ("de", "«Wir bedauern diesen Vorfall ausserordentlich», sagte Brunnmatt-Sprecherin Seraphina Gygax-Moser.", False, [], None),
    ("de", "Das Gerät dürfe ab sofort nicht mehr verwendet werden, warnte das Inspektorat.", False, [], None),
    ("de", "Es ist der zweite Rückruf eines Raclette-Geräts innert eines Jahres.", True, [("ordinal", 2, None, None)], None),
    ("de", "Laut Beratungsstelle für Unfallverhütung verletzen sich in der Schweiz jedes Jahr rund 1'900 Menschen bei Unfällen mit elektrischen Haushaltgeräten.", True, [("count", 1900, None, "about")], "Beratungsstelle für Unfallverhütung"),
    ("de", "Die Stiftung für Konsumentenschutz sprach von einem «Ärgernis mitten in der Raclette-Saison».", False, [], None),
    # --- Steering recall (Reuters), Thursday, Oct 8 ---
    ("en", "DETROIT, Oct 8 (Reuters) - Lanford Motor is recalling nearly 418,000 SUVs in the United States because a bolt in the steering column can work loose and cause a loss of steering control, NHTSA said on Thursday.", True, [("date", "--10-08", None, None), ("count", 418000, None, "nearly")], "NHTSA"),
    ("en", "The recall covers certain Castlerock and Westbrook models from the 2021 through 2024 model years.", True, [("year", 2021, None, None), ("year", 2024, None, None)], None),
    ("en", "Lanford, which builds both models in Kentucky, said it knew of 214 complaints of loose or shaky steering, six crashes and two injuries, but of no deaths.", True, [("count", 214, None, None), ("count", 6, None, None), ("count", 2, None, None)], None),
    ("en", "Dealers will inspect and tighten the bolt free of charge, a job that takes about 45 minutes.", True, [("duration", 45, "minute", "about")], None),
    ("en", "Owners will be notified by mail starting Nov. 23.", True, [("date", "--11-23", None, None)], None),
    ("en", "It is the automaker's seventh U.S. recall this year.", True, [("ordinal", 7, None, None)], None),
    ("en", "Lanford said the safety of its customers was its highest priority.", False, [], None),
    ("en", "Safety advocate Regina Ostrowski-Vale said the automaker had sat on the problem for far too long.", False, [], None),
    ("en", "Lanford has set aside about $190 million for the recall, according to a company filing.", True, [("money", 190000000, "USD", "about")], None),
    ("en", "Lanford shares fell 1.8% in afternoon trading.", True, [("percent", 1.8, "%", None)], None),
    # --- Stiftung Warentest: Mineralwasser (dpa), Freitag, 9. Oktober ---
    ("de", "Berlin (dpa) - Von 32 stillen Mineralwässern hat die Stiftung Warentest nur neun mit „gut“ bewertet.", True, [("count", 32, None, None), ("count", 9, None, None)], None),
    ("de", "Am besten schnitt ein Quellwasser aus dem Schwarzwald für 0,39 Euro je Liter ab, es erhielt die Note „gut (1,7)“.", True, [("money", 0.39, "EUR", None), ("count", 1.7, None, None)], None),
    ("de", "Sechs Wässer fielen mit „mangelhaft“ durch, vier davon wegen zu vieler Keime, zwei wegen Rückständen eines Pestizidabbauprodukts.", True, [("count", 6, None, None), ("count", 4, None, None), ("count", 2, None, None)], None),
    ("de", "In einem Wasser fanden die Prüfer 0,12 Mikrogramm des Abbauprodukts pro Liter, der Orientierungswert liegt bei 0,1 Mikrogramm.", True, [("count", 0.12, None, None), ("count", 0.1, None, None)], None),
    ("de", "Die Spanne der Noten reichte von „gut (1,7)“ bis „mangelhaft (5,5)“.", True, [("count", 1.7, None, None), ("count", 5.5, None, None)], None),
    ("de", "Teure Wässer in Glasflaschen für bis zu 1,20 Euro je Liter schnitten im Schnitt nicht besser ab als Discounterware, teilten die Tester mit.", True, [("money", 1.2, "EUR", "up_to")], None),
    ("de", "Die Stiftung Warentest prüfte Mineralwasser damit zum sechsten Mal seit 2015.", True, [("ordinal", 6, None, None), ("year", 2015, None, None)], None),
    ("de", "„Leitungswasser ist hierzulande meist die günstigere und ebenso gute Wahl“, sagte Projektleiter Malte Sievering-Okoye.", False, [], None),
    ("de", "Sievering-Okoye sagte, zwei Abfüller hätten die beanstandeten Chargen inzwischen aus dem Handel genommen.", True, [("count", 2, None, None)], "Sievering-Okoye"),
    ("de", "Der Verband Deutscher Mineralbrunnen wies die Kritik zurück und sprach von „Panikmache auf Kosten einer ganzen Branche“.", False, [], None),
    # --- Meal-kit refunds (AP), Monday, October 12 ---
    ("en", "WASHINGTON (AP) — Federal regulators are mailing more than $11.4 million in refunds to consumers who were billed after signing up for a \"free\" meal-kit trial.", True, [("money", 11400000, "USD", "over")], None),
    ("en", "About 214,000 people will receive checks averaging about $53, the Federal Trade Commission said Monday.", True, [("count", 214000, None, "about"), ("money", 53, "USD", "about")], "the Federal Trade Commission"),
    ("en", "Customers who were billed for a full annual plan will get larger checks of about $129.", True, [("money", 129, "USD", "about")], None),
    ("en", "The checks must be cashed within 60 days.", True, [("duration", 60, "day", None)], None),
    ("en", "The company, Plateful Box, agreed in 2025 to pay $14 million to settle charges that it made cancelling a subscription deliberately difficult.", True, [("year", 2025, None, None), ("money", 14000000, "USD", None)], None),
    ("en", "Lionel Baptiste-Warren, who heads the FTC's consumer protection bureau, said the agency had received more than 3,600 complaints about the company before it acted.", True, [("count", 3600, None, "over")], None),
    ("en", "\"If you make it easy to sign up, you have to make it easy to leave,\" Baptiste-Warren said.", False, [], None),
    ("en", "Plateful Box did not answer emails and phone calls seeking comment.", False, [], None),
    ("en", "Complaints to the FTC about subscriptions rose 23% in 2025.", True, [("percent", 23, "%", None), ("year", 2025, None, None)], None),
    # --- Schlichtungsstelle söp (dpa), Dienstag, 13. Oktober ---
    ("de", "Berlin (dpa) - Rund 28.400 Schlichtungsanträge sind im ersten Halbjahr bei der söp, der Schlichtungsstelle für Reisende in Bahn, Bus und Flugzeug, eingegangen, 14 Prozent mehr als ein Jahr zuvor.", True, [("count", 28400, None, "about"), ("ordinal", 1, None, None), ("percent", 14, "%", None)], None),
    ("de", "Knapp drei Viertel davon betrafen Flugreisen, vor allem Verspätungen und Annullierungen.", True, [("fraction", 0.75, None, "nearly")], None),
    ("de", "In gut 80 Prozent der abgeschlossenen Fälle hätten die Unternehmen den Schlichtungsvorschlag angenommen, teilte die söp am Dienstag mit.", True, [("percent", 80, "%", "over")], "die söp"),
    ("de", "Im Schnitt erhielten Reisende 412 Euro, insgesamt flossen knapp 6,1 Millionen Euro an Entschädigungen.", True, [("money", 412, "EUR", None), ("money", 6100000, "EUR", "nearly")], None),
    ("de", "Geschäftsführerin Annelie Brakhage-Sommer sagte, ein Verfahren dauere derzeit im Schnitt elf Wochen.", True, [("duration", 11, "week", None)], "Annelie Brakhage-Sommer"),
    ("de", "„Viele Airlines zahlen erst, wenn der Druck groß genug ist“, sagte Brakhage-Sommer.", False, [], None),
    ("de", "Für Bahnreisen gingen rund 6.900 Anträge ein, fast jeder dritte wegen verpasster Anschlüsse.", True, [("count", 6900, None, "about"), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Der Verbraucherzentrale Bundesverband forderte schärfere Sanktionen gegen Fluggesellschaften, die berechtigte Ansprüche verschleppen.", False, [], None),
    # --- Rice cooker recall (Reuters), Wednesday, Oct 14 ---
    ("en", "TOKYO, Oct 14 (Reuters) - Japanese appliance maker Hoshizora Denki will recall about 326,000 rice cookers after receiving reports of 38 fires, including one that destroyed a house in Saitama prefecture.", True, [("date", "--10-14", None, None), ("count", 326000, None, "about"), ("count", 38, None, None)], None),
    ("en", "The recall will cost about 4.1 billion yen ($27 million), the company said in a statement.", True, [("money", 4100000000, "JPY", "about"), ("money", 27000000, "USD", None)], "the company"),
    ("en", "The affected models were sold between April 2019 and March 2023 for between 15,000 yen and 38,000 yen each.", True, [("year", 2019, None, None), ("year", 2023, None, None), ("money", 15000, "JPY", None), ("money", 38000, "JPY", None)], None),
    ("en", "Nobody had been hurt in any of the fires, the company added.", True, [], None),
    ("en", "Japan's Consumer Affairs Agency said it had also received 17 reports of scalds from steam vents on the same cookers since 2021.", True, [("count", 17, None, None), ("year", 2021, None, None)], None),
    ("en", "It is Hoshizora's third product recall in five years.", True, [("ordinal", 3, None, None), ("duration", 5, "year", None)], None),
    ("en", "\"We apologise from the bottom of our hearts for the worry we have caused,\" company president Kenji Ogasawara told a news conference.", False, [], None),
    ("en", "Hoshizora shares closed down 4.6% in Tokyo.", True, [("percent", 4.6, "%", None)], None),
    ("en", "Analysts said the recall was unlikely to hurt the brand for long.", False, [], None),
    # --- Gefährliche Produkte aus dem Netz (dpa), Donnerstag, 15. Oktober ---
    ("de", "Dortmund (dpa) - Die Marktüberwachungsbehörden haben im vergangenen Jahr 2.870 gefährliche Produkte an die Bundesanstalt für Arbeitsschutz und Arbeitsmedizin (BAuA) gemeldet, ein Plus von 11 Prozent.", True, [("count", 2870, None, None), ("percent", 11, "%", None)], None),
    ("de", "Im Jahr davor hatten die Behörden 2.585 Meldungen gezählt.", True, [("count", 2585, None, None)], None),
    ("de", "Mehr als die Hälfte der Meldungen betraf Waren, die über Online-Marktplätze aus Ländern außerhalb der EU bestellt worden waren, hieß es in dem Bericht.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "Am häufigsten beanstandet wurden Spielzeug mit 31 Prozent, Elektrogeräte mit 24 Prozent und Kosmetika mit 9 Prozent.", True, [("percent", 31, "%", None), ("percent", 24, "%", None), ("percent", 9, "%", None)], None),
    ("de", "Der Zoll stoppte nach eigenen Angaben rund 416.000 unsichere Artikel an den Grenzen, darunter knapp 90.000 Ladegeräte ohne ausreichende Isolierung.", True, [("count", 416000, None, "about"), ("count", 90000, None, "nearly")], None),
    ("de", "BAuA-Präsidentin Ingeborg Kallweit-Nunes sagte, bei Stichproben in Paketzentren sei fast jedes vierte geprüfte Produkt durchgefallen.", True, [("fraction", 0.25, None, "nearly")], "Ingeborg Kallweit-Nunes"),
    ("de", "„Ein Klick auf den Bestellknopf darf nicht zum Sicherheitsrisiko werden“, sagte Kallweit-Nunes.", False, [], None),
    ("de", "Seit dem 13. Dezember 2024 gilt in der EU die Produktsicherheitsverordnung, die auch Online-Marktplätze in die Pflicht nimmt.", True, [("date", "2024-12-13", None, None)], None),
    ("de", "Der Handelsverband HDE sprach von einem „unfairen Wettbewerb zulasten der heimischen Händler“.", False, [], None),
    # --- Button battery penalty (AAP), Friday, October 16 ---
    ("en", "SYDNEY (AAP) - An online retailer has been ordered to pay a A$7.2 million penalty for selling toys and novelty products with button batteries that did not meet mandatory safety standards.", True, [("money", 7200000, "AUD", None)], None),
    ("en", "The Federal Court found Bargain Burrow sold more than 48,000 non-compliant products between June 2023 and August 2024.", True, [("count", 48000, None, "over"), ("year", 2023, None, None), ("year", 2024, None, None)], None),
    ("en", "The products had no child-resistant battery compartments and lacked the required warnings, the Australian Competition and Consumer Commission said.", True, [], "the Australian Competition and Consumer Commission"),
    ("en", "ACCC deputy chair Lachlan Furneaux-Ng said about three children a week were taken to emergency departments in Australia after swallowing or inserting a button battery.", True, [("count", 3, None, "about")], "Lachlan Furneaux-Ng"),
    ("en", "\"There is simply no excuse for putting these products in front of Australian families,\" Furneaux-Ng said.", False, [], None),
    ("en", "Bargain Burrow was also ordered to pay A$150,000 towards the ACCC's legal costs.", True, [("money", 150000, "AUD", None)], None),
    ("en", "The penalty is the largest imposed over button batteries since the mandatory standards took effect in June 2022.", True, [("year", 2022, None, None)], None),
    ("en", "Bargain Burrow, which trades under three website names, said it had withdrawn every affected product and refunded about 2,300 customers.", True, [("count", 3, None, None), ("count", 2300, None, "about")], None),
    ("en", "Consumer groups welcomed the ruling but said it was long overdue.", False, [], None),
    # --- VKI: Kinder-Skihelme (APA), Montag, 19. Oktober ---
    ("de", "Wien (APA) - 15 Skihelme für Kinder hat der Verein für Konsumenteninformation (VKI) getestet, zwei davon schnitten mit „nicht zufriedenstellend“ ab.", True, [("count", 15, None, None), ("count", 2, None, None)], None),
    ("de", "Bei beiden Modellen sei die Stoßdämpfung an der Schläfe um bis zu 40 Prozent schlechter gewesen als von der Norm verlangt, teilte der VKI mit.", True, [("percent", 40, "%", "up_to")], "der VKI"),
    ("de", "Im Test fielen die Helme mit einer Geschwindigkeit von 5,4 Metern pro Sekunde auf einen Amboss.", True, [("count", 5.4, None, None)], None),
    ("de", "Sieben Helme erhielten ein „gut“, der günstigste davon kostet 39,90 Euro.", True, [("count", 7, None, None), ("money", 39.9, "EUR", None)], None),
    ("de", "Testsieger ist ein Helm mit integriertem Visier um 119 Euro.", True, [("money", 119, "EUR", None)], None),
    ("de", "VKI-Projektleiterin Cornelia Schwarzlmüller sagte, im Vorjahr seien in Österreich rund 2.600 Kinder nach Skiunfällen mit Kopfverletzungen im Spital behandelt worden.", True, [("count", 2600, None, "about")], "Cornelia Schwarzlmüller"),
    ("de", "„Beim Kopf darf man einfach nicht sparen“, sagte Schwarzlmüller.", False, [], None),
    ("de", "Eltern sollten einen Helm nach jedem Sturz austauschen, auch wenn keine Schäden zu sehen sind, rät der VKI.", False, [], None),
    ("de", "Der Hersteller eines der durchgefallenen Helme kündigte an, das Modell aus dem Sortiment zu nehmen.", True, [], None),
    # --- Drip pricing fine (Reuters), Tuesday, Oct 20 ---
    ("en", "LONDON, Oct 20 (Reuters) - Britain's competition regulator fined ticketing platform Gigstack £4.6 million on Tuesday for hiding mandatory booking fees until the last step of checkout, the first penalty under its new consumer enforcement powers.", True, [("date", "--10-20", None, None), ("money", 4600000, "GBP", None), ("ordinal", 1, None, None)], None),
    ("en", "The Competition and Markets Authority (CMA) said fees added at checkout had raised the price of a typical ticket by 18%.", True, [("percent", 18, "%", None)], "the Competition and Markets Authority"),
    ("en", "The CMA can now impose fines of as much as 10% of a firm's worldwide turnover for breaches of consumer law without first going to court.", True, [("percent", 10, "%", "up_to")], None),
    ("en", "Gigstack must also refund about £2.1m to roughly 96,000 customers.", True, [("money", 2100000, "GBP", "about"), ("count", 96000, None, "about")], None),
    ("en", "CMA enforcement director Imogen Trelawney-Shah said the regulator had six further investigations into hidden fees under way.", True, [("count", 6, None, None)], "Imogen Trelawney-Shah"),
    ("en", "Drip pricing accounted for 19% of ticketing complaints to Citizens Advice last year, up 6 percentage points, the charity said.", True, [("percent", 19, "%", None), ("percent", 6, "pp", None)], None),
    ("en", "\"The price you see should be the price you pay,\" Trelawney-Shah said.", False, [], None),
    ("en", "Gigstack said it would appeal against the fine.", True, [], "Gigstack"),
    ("en", "Gigstack said it had always acted in good faith and in line with industry practice.", False, [], None),
    # --- Gestreckter Honig (dpa), Mittwoch, 21. Oktober ---
    ("de", "Lüneburg (dpa) - Wegen gestreckten Honigs hat das Amtsgericht Lüneburg gegen einen Abfüller eine Geldbuße von 180.000 Euro verhängt.", True, [("money", 180000, "EUR", None)], None),
    ("de", "Der Betrieb habe zwischen 2022 und 2024 mindestens 340 Tonnen Honig mit Zuckersirup vermischt und als „reinen Blütenhonig“ verkauft, teilte die Staatsanwaltschaft Lüneburg mit.", True, [("year", 2022, None, None), ("year", 2024, None, None), ("count", 340, None, "at_least")], "die Staatsanwaltschaft Lüneburg"),
    ("de", "In 27 von 30 Proben hatten Labore Fremdzucker nachgewiesen.", True, [("count", 27, None, None), ("count", 30, None, None)], None),
    ("de", "Der Abfüller muss zudem rund 410.000 Euro aus den Verkäufen an die Staatskasse abführen.", True, [("money", 410000, "EUR", "about")], None),
    ("de", "Der 58-jährige Geschäftsführer erhielt eine Bewährungsstrafe von 14 Monaten.", True, [("duration", 58, "year", None), ("duration", 14, "month", None)], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    ("de", "„Wer Verbraucher so dreist täuscht, schadet einer ganzen Branche“, sagte der Vorsitzende Richter.", False, [], None),
    ("de", "Nach Schätzungen der EU-Kommission steht fast jeder zweite in die EU eingeführte Honig im Verdacht, mit Sirup gestreckt zu sein.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "Der Deutsche Imkerbund sprach von einem „Schlag ins Gesicht aller ehrlichen Imker“.", False, [], None),
    # --- Children's sleepwear recall (CP), Thursday, October 22 ---
    ("en", "OTTAWA (CP) — Health Canada has recalled about 64,000 children's sleepwear sets sold by a discount chain because the fabric does not meet federal flammability rules.", True, [("count", 64000, None, "about")], None),
    ("en", "The pyjamas were sold across Canada from March 2025 to September 2026 for between C$14.99 and C$22.99.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("money", 14.99, "CAD", None), ("money", 22.99, "CAD", None)], None),
    ("en", "About 1,100 of the sets were sold through the chain's website.", True, [("count", 1100, None, "about")], None),
    ("en", "No injuries have been reported in Canada, Health Canada said.", True, [], "Health Canada"),
    ("en", "In testing, the fabric caught fire and burned its full length in less than seven seconds, the department said.", True, [("duration", 7, "second", "under")], None),
    ("en", "Parents should take the sleepwear away from children at once and return it to any store for a full refund.", False, [], None),
    ("en", "The chain, Thriftwell, said it had pulled the pyjamas from its 214 stores and its website.", True, [("count", 214, None, None)], None),
    ("en", "\"Our customers deserve better, and we are sorry,\" Thriftwell president Gordon McAllister-Roy said.", False, [], None),
    # --- Rückruf von Fleischwurst (dpa), Freitag, 23. Oktober ---
    ("de", "Gütersloh (dpa) - Wegen möglicher Metallteile ruft der Wursthersteller Brackwede Fleischwaren Fleischwurst in 400-Gramm-Ringen zurück.", True, [("count", 400, None, None)], None),
    ("de", "Betroffen sind die Losnummern 2611 bis 2614 mit den Verbrauchsdaten 02.11.2026 bis 09.11.2026.", True, [("date", "2026-11-02", None, None), ("date", "2026-11-09", None, None)], None),
    ("de", "Die Ware trägt die EAN 4006381224517 und wurde seit dem 12. Oktober bei Discountern in Nordrhein-Westfalen, Niedersachsen und Hessen verkauft.", True, [("date", "--10-12", None, None)], None),
    ("de", "Nach Angaben des Bundesamts für Verbraucherschutz und Lebensmittelsicherheit hatte ein Kunde ein etwa zwei Zentimeter langes Metallstück in der Wurst gefunden.", True, [("count", 2, None, "about")], "das Bundesamt für Verbraucherschutz und Lebensmittelsicherheit"),
    ("de", "Verletzt wurde nach bisherigen Erkenntnissen niemand.", True, [], None),
    ("de", "Kundinnen und Kunden bekommen den Kaufpreis von 2,49 Euro auch ohne Kassenbon erstattet.", True, [("money", 2.49, "EUR", None)], None),
    ("de", "Die Wurst sollte keinesfalls gegessen werden, warnte das Unternehmen.", False, [], None),
    ("de", "„Ein solcher Fehler darf uns einfach nicht passieren“, sagte Firmenchef Hartmut Ellerbrock-Dąbrowski.", False, [], None),
    ("de", "Nach Angaben des Firmenchefs wurde als Ursache ein beschädigtes Sieb an einer Füllmaschine ermittelt und inzwischen ausgetauscht.", True, [], None),
    # --- Pool drownings (AP), Monday, October 26 ---
    ("en", "WASHINGTON (AP) — An average of 389 children younger than 15 drowned in pools and spas each year from 2021 through 2023, the CPSC said Monday.", True, [("count", 389, None, None), ("duration", 15, "year", "under"), ("year", 2021, None, None), ("year", 2023, None, None)], "the CPSC"),
    ("en", "About three-quarters of them were younger than 5, according to the report.", True, [("fraction", 0.75, None, "about"), ("duration", 5, "year", "under")], None),
    ("en", "Emergency departments treated an estimated 6,300 children for nonfatal pool drowning injuries in 2025.", True, [("count", 6300, None, "about"), ("year", 2025, None, None)], None),
    ("en", "The report counted 61 deaths of children in residential pools in Florida alone.", True, [("count", 61, None, None)], None),
    ("en", "The agency will spend $3.5 million on next summer's water-safety campaign, a spokeswoman said.", True, [("money", 3500000, "USD", None)], None),
    ("en", "\"Drowning is silent, and it is fast,\" CPSC spokeswoman Delphine Okafor-Birch said.", False, [], None),
    ("en", "The agency urged parents to keep young children within arm's reach whenever they are near water.", False, [], None),
    ("en", "Drowning is the leading cause of death for children aged 1 to 4 in the United States.", True, [("duration", 1, "year", None), ("duration", 4, "year", None)], None),
    # --- Beschwerden über Online-Händler (APA), Dienstag, 27. Oktober ---
    ("de", "Wien (APA) - Bei der Arbeiterkammer Wien sind heuer bis Ende September knapp 5.800 Beschwerden über Online-Händler eingegangen, um 23 Prozent mehr als im Vorjahreszeitraum.", True, [("count", 5800, None, "nearly"), ("percent", 23, "%", None)], None),
    ("de", "Fast jede zweite Beschwerde betraf nicht gelieferte Ware oder verweigerte Rückerstattungen.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "Die AK habe für Konsumentinnen und Konsumenten insgesamt rund 1,3 Millionen Euro zurückgeholt, sagte AK-Konsumentenschützerin Gabriele Hinterberger-Tošić.", True, [("money", 1300000, "EUR", "about")], "Gabriele Hinterberger-Tošić"),
    ("de", "Der durchschnittliche Schaden pro Fall lag bei 226 Euro.", True, [("money", 226, "EUR", None)], None),
    ("de", "Rund 40 Prozent der beanstandeten Shops hätten ihren Sitz außerhalb der EU, so die Konsumentenschützerin.", True, [("percent", 40, "%", "about")], None),
    ("de", "„Ein Schnäppchen ist nur dann eines, wenn die Ware auch ankommt“, sagte Hinterberger-Tošić.", False, [], None),
    ("de", "Der Handelsverband forderte, ausländische Plattformen endlich stärker in die Verantwortung zu nehmen.", False, [], None),
    ("de", "Die AK führt derzeit 14 Verfahren gegen Online-Händler vor Gericht.", True, [("count", 14, None, None)], None),
    # --- Unsafe Christmas lights seized (PA), Thursday, October 29 ---
    ("en", "Trading standards officers seized nearly 31,000 unsafe Christmas lights, chargers and heaters at British ports in the past three months, the Office for Product Safety and Standards said.", True, [("count", 31000, None, "nearly"), ("duration", 3, "month", None)], "the Office for Product Safety and Standards"),
    ("en", "Of 140 products bought online and tested in a laboratory, 97 failed basic safety checks.", True, [("count", 140, None, None), ("count", 97, None, None)], None),
    ("en", "Nearly two in five of the chargers could have given users an electric shock, the office found.", True, [("fraction", 0.4, None, "nearly")], None),
    ("en", "The seized goods had a retail value of about £420,000.", True, [("money", 420000, "GBP", "about")], None),
    ("en", "Electrical Safety First said fake chargers had caused 17 house fires in the UK last winter.", True, [("count", 17, None, None)], "Electrical Safety First"),
    ("en", "Electrical Safety First called on online marketplaces to take responsibility for what they sell.", False, [], None),
    ("en", "Shoppers should buy Christmas lights only from retailers they know and trust, the office said.", False, [], None),
    ("en", "\"Cheap lights can turn a festive evening into a tragedy,\" said Rhian Pengelly, who runs the charity's campaigns.", False, [], None),
    # --- Rückruf von Kinderhochstühlen (dpa), Freitag, 30. Oktober ---
    ("de", "Hamburg (dpa) - Der Möbelhändler Nordhaven ruft rund 23.500 Kinderhochstühle aus Buchenholz zurück, weil die hinteren Beine brechen können.", True, [("count", 23500, None, "about")], None),
    ("de", "Dem Unternehmen liegen nach eigenen Angaben 14 Meldungen über gebrochene Stuhlbeine vor, drei Kinder wurden dabei leicht verletzt.", True, [("count", 14, None, None), ("count", 3, None, None)], None),
    ("de", "Ein 18 Monate altes Kind erlitt eine Platzwunde am Kopf und wurde ambulant behandelt, hieß es bei Nordhaven.", True, [("duration", 18, "month", None)], None),
    ("de", "Die Stühle wurden zwischen dem 1. März 2025 und dem 15. August 2026 in 38 Filialen und online für 59,99 Euro verkauft.", True, [("date", "2025-03-01", None, None), ("date", "2026-08-15", None, None), ("count", 38, None, None), ("money", 59.99, "EUR", None)], None),
    ("de", "Käuferinnen und Käufer erhalten den vollen Kaufpreis zurück und zusätzlich einen 20-Euro-Gutschein.", True, [("money", 20, "EUR", None)], None),
    ("de", "Nordhaven-Sprecherin Wiebke Thordsen-Alkan sagte, eine Lieferung Buchenholz mit zu hoher Restfeuchte habe die Stuhlbeine geschwächt.", True, [], "Wiebke Thordsen-Alkan"),
    ("de", "„Die Sicherheit der Kleinsten ist uns das Allerwichtigste“, sagte Thordsen-Alkan.", False, [], None),
    ("de", "Eltern sollten die Stühle sofort aus dem Gebrauch nehmen, rät das Unternehmen.", False, [], None),
    ("de", "Der Rückruf ist bereits der zweite bei Nordhaven binnen zwei Jahren.", True, [("ordinal", 2, None, None), ("duration", 2, "year", None)], None),
    # --- Toy websites sweep (Reuters), Monday, Nov 2 ---
    ("en", "BRUSSELS, Nov 2 (Reuters) - Nearly three in four websites selling toys in the European Union broke consumer or safety rules, according to a sweep by the European Commission and national authorities published on Monday.", True, [("date", "--11-02", None, None), ("fraction", 0.75, None, "nearly")], None),
    ("en", "Inspectors checked 212 websites in 24 countries, and 153 of them were flagged for further action.", True, [("count", 212, None, None), ("count", 24, None, None), ("count", 153, None, None)], None),
    ("en", "The most common failures were missing safety warnings, found on 41% of the sites, and products without a traceable EU importer, on 29%.", True, [("percent", 41, "%", None), ("percent", 29, "%", None)], None),
    ("en", "Sellers based outside the EU accounted for about two-thirds of the violations.", True, [("fraction", 0.6667, None, "about")], None),
    ("en", "The European Commission said national authorities would give the traders 30 days to fix the problems or take the products off sale.", True, [("duration", 30, "day", None)], "the European Commission"),
    ("en", "BEUC, the European consumer organisation, said the findings showed that online toy sales needed far tougher policing.", False, [], None),
    ("en", "\"Parents should not have to be detectives when they buy a toy online,\" said Annika Sølvberg-Reid of BEUC.", False, [], None),
]
