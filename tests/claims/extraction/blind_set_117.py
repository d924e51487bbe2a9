"""Hundred-and-seventeenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, brands and figures are
made up (Katrin Wehrle, Brenntal Antriebstechnik, Ulrike Marbach, Gernot Pfandl, Jonas
Lindqvist, Reto Ammann, Elbkaffee, Florian Egger, Hanna Kerkhoff, Murtaler Edelstahl,
Bernhard Url, Erwin Stocker, Lars Brenninkmeyer, Lew Sagorski, Darja Kolesowa, Miriam
Kestel; Dana Whitcombe, Ravi Subramaniam, Arturo Villaseñor, Claire Beaudoin, Rick
Vanderlee, Renato Queiroz, Helen Marlow, Humber Steel, Paul Hendry, Coralind Resources, Lev
Sagorsky, Darya Kolesova, Marit Aasland, Kazuki Motor, Hiroshi Tanabe, Hartfield
Machinery, Dale Pruitt, Anna Kessler, Mark Doyle, Tom Ashcroft, Sophie Lind); real
governments, agencies, associations, courts and places ("Verband der Automobilindustrie",
"VDA", "IG Metall", "Statistik Austria", "Wirtschaftskammer", "Industriellenvereinigung",
"EU-Kommission", "Verband der Schweizerischen Uhrenindustrie", "Bundesrat", "Swissmem",
"Deutscher Kaffeeverband", "Bauernverband", "Wirtschaftsvereinigung Stahl", "Zentralverband
Elektrotechnik", "Statistisches Bundesamt", "Ifo-Institut", "Welthandelsorganisation WTO",
"Seco", "Euroclear", "Dax"; "U.S. Trade Representative", "Federation of Indian Export
Organisations", "Statistics Canada", "B.C. Lumber Trade Council", "Commerce Department",
"Canadian Grain Commission", "Cecafe", "Labor Department", "Central Statistics Office",
"PhRMA", "Dataforce", "Department for Business and Trade", "UK Steel", "International
Energy Agency", "Treasury Department", "Appellate Body", "U.S. Customs and Border
Protection", "Supreme Court", "Agriculture Department") stand for the way wire copy names
them; every rate, volume, list, package, sum, ruling, deadline, job figure and quote here is
invented.

Its weight: TRADE DISPUTES, TARIFFS AND SANCTIONS over about eleven weeks (early September
to mid-November) in story order, each story told as wire copy runs it (a dateline lead with
the tariff or the measure, the exports and the jobs at stake, the attributed claims, the
other side's reply, a quote, the follow-up). Half German (dpa, APA, APA/AFP, APA/dpa,
Keystone-SDA, Reuters German; Austrian "Jänner", "mit 1. Jänner", "Mrd.", "Mio.",
"Ministerrat", Swiss "8'500", "innert", "hiess", "begrüsste", "Rekurs", «» quotes, German
„“ quotes): Washington's threat to raise its tariff on EU cars "von 15 auf 25 Prozent"
with "zehn Prozentpunkten" and "einer Frist von 90 Tagen", a supplier's job warning and its
partial withdrawal, Austria's exports to the U.S. and a state guarantee, the Commission's
counter-list of 1,638 products in two stages, Swiss watch exports under a 39 percent tariff
and Bern's offer, coffee prices after the U.S. tariff on Brazil, Chinese anti-dumping duties
on EU pork, the German minister in Washington ("gut dreistündigen", "das vierte Treffen",
"binnen der 90-Tage-Frist", "22-köpfigen"), the EU steel quotas, job cuts at a Styrian
steelmaker, China's rare-earth export controls, German exports to the U.S. ("den fünften
Monat in Folge", "auf Rang drei"), an Ifo study ("um 0,3 Prozentpunkte"), a WTO panel for
Switzerland ("148-seitigen", "innert 60 Tagen"), "das zwanzigste Sanktionspaket" and "20
Sanktionspakete", frozen Russian assets in Brussels ("Dreimonatsfrist") and in Switzerland,
Russia's counter-measures and the EU-U.S. deal two weeks before the deadline. Half English
(Reuters, AP, AFP, PA): the U.S. threat in English ("The 10-percentage-point increase"),
Indian exporters' layoffs under a 50% tariff, Mexico's tariffs on Asian imports, the EU's
counter-list, Canadian lumber duties and canola caught in the crossfire, Brazilian coffee,
the 100% tariff on branded drugs, EU-China talks on electric vehicles, the UK steel
safeguard, rare earths and a threatened 100% tariff, a WTO panel against Thai dairy duties
("It is the 31st dispute"), U.S. sanctions on two Russian oil majors, "its 20th package of
sanctions", the frozen assets and Euroclear, the U.S.-China truce extended "by another 90
days" and "by 10 percentage points to 10%", a Japanese carmaker's profit warning in yen,
farm-equipment layoffs, the tariff case in the Supreme Court and the Swiss-U.S. deal.
Figures as such copy has them: tariff rates in percent and moves in percentage points,
rates before and after ("to 25% from 15%", "to 45.2% from 35.2%"), ranges of duties
("zwischen 15,6 und 62,4 Prozent", "of 15.6% to 62.4%"), exports and trade in euros,
dollars, francs, yen, Canadian dollars and reais, counter-lists and product lines, vessels
and entities listed, frozen assets, deadlines and appeal periods, job cuts hedged and
capped, shares of exports and markets in fractions, ordinals of packages, meetings,
reviews, disputes and months in a row, datelines. Negatives as such copy has them:
ministers', spokespeople's and economists' rhetoric in quotes and in Konjunktiv I, labels
of the other side's acts ("Erpressungsmanöver", "Diebstahl am helllichten Tag", "a global
economic coercion campaign", "boomerang"), formal protests with an appeal, relief and
disappointment, an industry lobby's appeal, verdicts with "halten ... für", forecasts
without a figure, open questions, vox pops of a watchmaker, a knitwear owner and farmers, a
placard and protest signs, scene colour at a factory gate and two Reuters credits.

239 rows (120 German, 119 English), 55 negatives (27 German, 28 English), 184 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 302 expected quantities (75
percentages - 4 of them in percentage points -, 66 counts, 43 amounts of money - 17 USD, 16
EUR, 4 CHF, 3 JPY, 2 CAD, 1 BRL -, 33 durations, 25 years, 21 ordinals, 20 fractions, 19
dates; 6 of them in six negatives, as the seventeenth batch labels a figure in a negative),
46 checked speakers (21 German, 25 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact, a demand or an offer are check-worthy with the speaker their own
  attribution gives ("Bereits im ersten Halbjahr seien 310 Stellen ... abgebaut worden,
  sagte Vorstandschefin Ulrike Marbach." -> "Ulrike Marbach", "Die Schweiz habe angeboten,
  ..., so Ammann." -> "Ammann", "Europa habe im Gegenzug angeboten, ..., sagte Wehrle." ->
  "Wehrle", "Die Branche habe ... verloren, sagte Verbandspräsidentin Hanna Kerkhoff."; "Die
  US-Seite verlange, ..., hieß es aus Delegationskreisen." and "Betroffen seien rund 8'500
  Beschäftigte, hiess es beim Verband." with the speaker unchecked; hundred-first,
  hundred-eighth, hundred-thirteenth), while a Konjunktiv I verdict is a negative even with
  a figure ("Eine Einigung binnen der 90-Tage-Frist sei „möglich, aber keineswegs sicher“,
  fügte sie hinzu.", its 90 days labelled; hundred-first and hundred-eighth). A quoted fact
  in the perfect with a complaint appended stays check-worthy („Wir haben in den vergangenen
  zwei Jahren 40 Millionen Euro in die neue Walzstraße investiert, und jetzt steht sie
  still“, sagte Url. -> "Url"; hundred-eighth), a quoted conditional verdict with a figure
  is a negative („Bei 25 Prozent Zoll rechnet sich für uns ... kaum noch ein Auftrag ...“,
  its 25 percent labelled). Check-worthy without a figure: an announced trip ("Wehrle
  kündigte an, ..."; ninety-eighth: announced steps), a government's plan and an offer, a
  denial ("A European Commission spokesman said the bloc had honoured its commitments in
  full."; ninety-eighth), a ministry's stated reason and its denial of a target ("... were
  not aimed at any particular country."; hundred-thirteenth: a stated cause), a summoned
  ambassador, a WTO panel's ruling and the other side's legal position ("Die amerikanische
  Vertretung in Genf erklärte, ..."), a decision postponed, goods named by a ministry,
  talks under way, a challenge announced, purchases that "had all but stopped", the steps a
  proposal and a deal still need, and "mehr als halbiert" (below).
- Tariffs are percentages, moves in points percentage points (sixty-sixth, forty-first):
  "von 15 auf 25 Prozent", "von 25 auf 50 Prozent" and "to 25% from 15%", "to 45.2% from
  35.2%", "to 50% from 25%", "to 15% from 39%" both figures (the unit written once serves
  the first, sixty-sixth); "zwischen 15,6 und 62,4 Prozent" and "duties of 15.6% to 62.4%"
  both with no hedge (forty-first: "zwischen"); "zunächst mit 10 und nach weiteren sechs
  Wochen mit 25 Prozent" 10 and 25 percent with the 6 weeks between ("zunächst", "weiteren"
  no hedge; the unit written once, seventy-sixth); "Der Aufschlag von zehn Prozentpunkten"
  10 pp, "um 0,3 Prozentpunkte" 0.3 pp, "by 10 percentage points to 10%" 10 pp and 10
  percent; "a 25% tariff"-style attributives ("a 50% U.S. tariff", "the 39% rate", "the 15%
  levy", "an additional 100% tariff") plain percentages; "to as much as 50%" and "duties of
  up to 40%" "up_to" (hundred-tenth: "as much as"). New: "The 10-percentage-point increase"
  is 10 pp - the compound is read as written, as "a 25 basis point cut" is 25 bp
  (twenty-seventh) and "28-Punkte-Entwurf" 28 (issue). New: "von bis zu 36,1 Prozent" is
  "up_to" - the "von" belongs to the noun ("Ausgleichszölle ... von"), as in "einen
  Zusatzzoll von 31 Prozent" (sixty-sixth), and "bis zu" stands straight before the figure.
  "0,1 Prozent oder mehr" and "0.1% or more" carry no hedge (sixtieth: a bound after the
  figure). "doubled to 50%" is 50 percent only and "mehr als halbiert" carries nothing -
  "halved ... to 10%" (nineteenth) and "nahezu halbiert" (thirty-third) give no fraction;
  the "mehr als" before a verb is no hedge of a figure. "USMCA", "LNG", "EU", "WTO" carry
  none.
- Exports, lists and products (sixty-sixth): "Ausfuhren im Wert von rund 34 Milliarden Euro
  pro Jahr" ("pro Jahr" none), "Waren im Wert von 26,4 Milliarden Euro", "worth 26.4
  billion euros ($30.6 billion) a year" EUR and USD (the converted figure in brackets with
  no hedge, eightieth), "about $44 billion worth", "$86.5 billion in annual merchandise
  exports", "about C$8.9 billion" and "about C$4.9 billion worth" CAD (hundred-first:
  "C$2 billion"), "30 billion reais ($5.6 billion)" BRL and USD; counter-lists and product
  lines are counts ("eine Liste mit 1.638 US-Produkten", "a list of 1,638 U.S. products",
  "about 1,400 product lines", "nearly 700 Brazilian products", "86 Warengruppen");
  "Gegenüber dem Entwurf vom Juli stehen 214 Produkte weniger auf der Liste" 214 with no
  hedge (the "weniger" after the figure compares, hundred-first: a bound after a figure),
  as "rund 450.000 Fahrzeuge weniger ... als im Rekordjahr 2017" 450,000 "about" and the
  year. Goods in physical units are counts ("18,3 Millionen Tonnen", "rund 11.000 Tonnen
  im Jahr", "about 1.7 million barrels per day", "roughly 3.1 million barrels of crude a
  day", "at least 12 million metric tons" "at_least", "8.1 million 60-kg bags" 8,100,000
  "about" and 60 - the figure in the compound, sixty-sixth: "a 40-foot container"). "in
  zwei Stufen" count 2 (sixty-sixth). New: "zuletzt um 80 Cent je Pfund" is 0.8 EUR - the
  German wire Cent is the euro cent (twelfth) and "je Pfund" names the weight priced, as
  "je Kilogramm" (forty-second), not the pound sterling that "Pfund" is after a sum
  ("1,7 Milliarden Pfund").
- Sanctions packages and lists (fourteenth, nineteenth, sixty-sixth, hundred-first): "its
  20th package of sanctions" ordinal 20; "20 Sanktionspakete" count 20 (the number of
  packages, sixty-sixth). New: "das zwanzigste Sanktionspaket" written as a word is ordinal
  20, as "das 20. Sanktionspaket" (the issue reads ordinals written as words: "das sechste
  Treffen"). Vessels and entities listed are counts ("126 weitere Tanker ..., womit
  insgesamt 683 Schiffe" - "weitere", "insgesamt" no hedge -, "adds 126 vessels ...,
  bringing the total to 683", "45 companies", "above 2,500" "over" as "above 300,000",
  hundred-fourteenth); "two of Russia's largest oil companies and 31 of their subsidiaries"
  2 and 31 (a definite group, forty-first), "Together the two companies" and "the two
  companies" 2 (eighth: "The two leaders"), "three industry sources said" 3 (hundred-first:
  "two Egyptian security sources"), "darunter zwei in Indien" 2. Frozen assets are money in
  the currency written ("bis zu 140 Milliarden Euro" and "up to 140 billion euros"
  "up_to", "rund 185 Milliarden Euro" and "about 185 billion euros" "about", "3.9 billion
  euros", "roughly $50 billion more" "about", "about $230 billion" "about", "7,6 Milliarden
  Franken, rund 0,6 Milliarden mehr" both CHF, the second "about" - the currency written
  once serves the later figure as it serves an earlier one, sixty-sixth). New: "von
  umgerechnet 230 Milliarden US-Dollar" has no hedge - "umgerechnet" only says the sum was
  converted; where earlier rows carried a hedge ("umgerechnet rund 19.500 Euro",
  "umgerechnet derzeit gut 6 Millionen Euro") it came from "rund" and "gut".
- Deadlines and periods are durations (issue: "fünfstündigen"; hundred-first): "einer Frist
  von 90 Tagen", "within 90 days", "by another 90 days" ("another" no hedge), "binnen der
  90-Tage-Frist" 90 days (as "100-Tage-Bilanz" and "Vier-Tage-Woche", seventeenth), "in
  einer vierwöchigen Konsultation" 4 weeks, "innert fünf Jahren", "zunächst
  für sechs Monate", "binnen 18 Monaten", "sechs bis acht Wochen" two durations (the unit
  written once, forty-eighth), "innert 60 Tagen" (Swiss, ninety-ninth), "60 days to
  appeal", "in 60 days", "fast drei Jahre" 3 years "nearly", "eine Übergangsfrist von zwölf
  Monaten" and "a 12-month transition period" 12 months, "knapp zwei Wochen vor Ablauf der
  Frist" 2 weeks "nearly", "nach drei Jahren" and "mit einer Frist von sechs Monaten", "in
  den vergangenen zwei Jahren", "within three months", "after two days of talks", "for one
  year" 1 year (hundred-first: "a one-week humanitarian truce"), "after eight years", "in
  nine months", "nearly three hours of arguments" "nearly", "gut dreistündigen" 3 hours
  "over" (hundred-first: "gut vierstündigen"), "their biggest one-day drop in seven months"
  1 day and 7 months (hundred-seventh: "its biggest one-day drop"). New: "eine
  Dreimonatsfrist" is 3 months - a number word fused with a unit inside a compound is read
  as in "dreitägige" (issue) and "Vier-Tage-Woche" (seventeenth). None: "bis Ende Oktober",
  "frühestens Mitte nächsten Jahres", "im kommenden Jahr", "seit Jahresbeginn", "im
  vergangenen Jahr", "vor einem Jahr", "after almost a year of talks", "a year earlier",
  "last year", "last month", "this year", "this season", "through late September", "in the
  year to August", weekdays and months alone.
- Jobs and company warnings (hundred-fourth, hundred-eighth): "von bis zu 2.400
  Arbeitsplätzen" "up_to" ("von" before "bis zu", above), "rund 900 Stellen", "350 seiner
  rund 2.900 Stellen" (a definite group, forty-first; the hedge on the second only), "auf
  600 Stellen", "rund 9.000 Arbeitsplätze", "rund 8'500 Beschäftigte" (Swiss apostrophe,
  tenth), "as many as 30,000 workers" "up_to" (hundredth), "some 325,000 jobs" "about",
  "more than 4,000 jobs" "over", "fewer than 37,000 people ... more than 60,000" "under"
  and "over", "about 2,700 people", "about 1,100 workers at three Midwestern plants", "a
  knitwear factory with 420 workers" (in a negative, labelled). Profits and costs in the
  currency written ("by 28% to 1.1 trillion yen ($7.2 billion)" JPY and USD, "a 1.4
  trillion yen hit", "about 4 billion yen a day" - "a day" none -, "roughly $300 million",
  "$9.4 billion", "knapp ein Viertel seines Umsatzes von 6,8 Milliarden Euro" 0.25 "nearly"
  and the amount, "einen Haftungsrahmen von 500 Mio. Euro", "40 Millionen Euro"). New, on
  a mixed row: "Humber Steel, which employs about 2,700 people ..., said the quota cut came
  "not a moment too soon."" is check-worthy with 2,700 "about" - the checkable staff figure
  carries the row, as a checkable offer carries a row with the other side's label
  (hundred-fourteenth) - and keeps its speaker unchecked (a description around the name,
  fortieth).
- Shares and fractions (forty-first, sixty-sixth, hundred-eighth): "Gut ein Drittel" 0.3333
  "over", "knapp ein Viertel" 0.25 "nearly", "Jedes fünfte exportierende
  Industrieunternehmen" 0.2, "jedes dritte Mitgliedunternehmen" 0.3333 (issue: "jeder
  vierte"), "rund ein Drittel" 0.3333 "about" and "ein Viertel" 0.25, "knapp die Hälfte"
  0.5 "nearly", "um bis zu ein Fünftel" 0.2 "up_to", "etwa zwei Drittel" 0.6667 "about",
  "auf weniger als ein Drittel" 0.3333 "under", "nearly half" 0.5 "nearly", "Half of the
  50% rate" 0.5 and 50 percent, "a two-thirds majority" 0.6667 (forty-fifth), "roughly
  two-thirds" 0.6667 "about", "roughly a sixth" 0.1667 "about" (hundred-eighth: "Jede
  sechste" 0.1667), "by more than a third" 0.3333 "over", "by about two-fifths" 0.4
  "about", "by about a quarter" 0.25 "about", "roughly half" 0.5 "about", "by almost a
  quarter" 0.25 "nearly".
- Ordinals (sixty-sixth, hundred-first, hundred-eighth): "im ersten Halbjahr" and "in the
  first half" 1, "der zweitwichtigste Absatzmarkt" 2 (issue: "die drittgrößte Stadt";
  seventy-sixth: "der zweitwichtigste Exportmarkt"), "das vierte Treffen der beiden" 4
  ("der beiden" none, hundred-first), "den fünften Monat in Folge" 5, "auf Rang drei" 3
  (sixty-sixth: "Rang zwei"), "In den ersten acht Monaten" and "in the first nine months"
  ordinal 1 with the span, "das erste Paket", "the first full month", "the first major
  U.S. sanctions", "the first checks" 1, "its sixth administrative review" 6, "It is the
  31st dispute" 31, "the fifth round of talks" 5, "the fiscal fourth quarter" 4; "its 20th
  package" stays an ordinal where the same story counts packages (above).
- Counts otherwise: a figure in a compound is a count ("einer 22-köpfigen
  Wirtschaftsdelegation" 22, forty-first: "Im 40-köpfigen Gemeinderat"), "in ihrem
  148-seitigen Bericht" 148 (eighty-fourth: "dem 19-seitigen Bericht"), "Die drei
  Panelmitglieder" and "The three-member panel" 3 (fiftieth: "A three-star general"),
  "fünf weitere Elemente ... zwölf der 17 Metalle" three counts, "adding five elements" 5,
  "zweimal" 2 (issue: "viermal"), "15 Liegenschaften in fünf Kantonen", "aus 48 Ländern",
  "der übrigen 26 Mitgliedstaaten" and "the other 26 member states" 26, "Two lower courts"
  2, "two SUV models" 2, "1,800 hectares" and "2,400 acres" (areas, in negatives,
  labelled), "auf 24.310 Punkte" (index points, fourteenth); "thousands of skilled jobs",
  "a handful of protesters", "Zehntausende"-style words none (seventeenth).
- Years and dates (every batch): "vom Sommer 2025", "im Frühjahr 2025", "2020", "seit 2019",
  "seit 2021", "Seit Februar 2022", "seit Dezember 2019", "bis 2028", "im Rekordjahr 2017",
  "von 2015 bis 2024", "in the summer of 2025", "in October 2024", "since 1997", "in 2005",
  "in 2022", "in 1995", "since December 2019", "in 2021", "since 2010", "since 2022", "in
  January 2027", "by 2027", "by the end of 2028" the years; "a 1977 emergency powers law"
  1977 (sixty-sixth: "the Trade Expansion Act of 1962"). "Seit dem 7. August" --08-07,
  "mit 1. Jänner 2027" 2027-01-01 (tenth: "mit 1. Jänner"), "from Oct. 1", "from Nov. 1",
  "on July 1" dates without a year; Reuters datelines with a day ("WASHINGTON, Sept 2",
  "NEW DELHI, Sept 4", "MEXICO CITY, Sept 10", "OTTAWA, Sept 12", "WINNIPEG, Manitoba, Sept
  15" with the province between city and day as "WILMINGTON, Del., Jan 14" (hundred-eighth),
  "SAO PAULO, Sept 18", "NEW YORK, Sept 26", "BRUSSELS, Oct 2", "BEIJING, Oct 9", "GENEVA,
  Oct 16", "BRUSSELS, Oct 23", "BRUSSELS, Oct 24", "TOKYO, Nov 5", "ZURICH, Nov 14") dates
  without a year; dpa, APA, APA/AFP, APA/dpa, Keystone-SDA, Reuters German, AFP, PA and AP
  datelines ("KUALA LUMPUR, Malaysia (AP) —", "MOLINE, Ill. (AP) —") none (seventy-ninth).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly", "some"
  "about"; "knapp", "fast", "nearly", "almost" "nearly"; "gut", "mehr als", "more than",
  "above" "over"; "weniger als", "fewer than" "under"; "at least" "at_least"; "bis zu",
  "up to", "as much as", "as many as" "up_to". No hedge: "zunächst", "weitere",
  "insgesamt", "Allein", "bereits", "zuletzt", "nur noch", "jährlich", "umgerechnet",
  "zwischen", "another", "Together", "or more", "oder mehr".
- Speakers, checked only in forms the earlier batches settled: titles dropped
  ("Vorstandschefin", "Wirtschaftsminister", "Branchensprecher", "Verbandspräsidentin",
  "Vorstand", "U.S. Trade Representative", "Economy Minister", "EU Trade Commissioner",
  "International Trade Minister", "Brazil's Finance Minister" - as "Mexikos
  Wirtschaftsminister Héctor Salvatierra" -, "Treasury Secretary", "Chief Financial
  Officer"), the audience dropped ("vor den Medien", "der APA", "told reporters";
  hundred-first: "vor Journalisten"), surnames as written ("sagte Pfandl", "so Ammann",
  "sagte Wehrle", "sagte Url", "Whitcombe said", "Villaseñor said", "Hendry said");
  "nach Angaben des Betriebsrats" -> "der Betriebsrat" (hundred-eighth: "nach Angaben des
  Sachwalters"), "nach Angaben des Zentralverbands Elektrotechnik" and "nach Angaben des
  Wirtschaftsministeriums" the source in the nominative, "wie die Statistik Austria am
  Montag mitteilte", "wie der Verband der Schweizerischen Uhrenindustrie am Dienstag
  mitteilte", "wie das Statistische Bundesamt am Donnerstag mitteilte" (the weekday
  dropped), "teilte die Kommission mit" (twice), "teilte das Unternehmen mit" (twice),
  "teilte das Seco am Donnerstag mit", "teilte das Handelsministerium in Peking mit" ->
  "das Handelsministerium" (the place dropped, hundred-first). English: "India's commerce
  ministry said" and "Russia's central bank has said" the possessive as written
  (hundred-first), "the B.C. Lumber Trade Council said", "the Central Statistics Office
  said", "the Department for Business and Trade said" (hundred-eighth), "the European
  Commission said" with the article in lower case; "The Commerce Department said ...",
  "The commerce ministry said ..." and "The company said ..." (twice) opening the sentence
  -> "the Commerce Department", "the commerce ministry", "the company"; "according to the
  International Energy Agency" with its article; "UK Steel said" and "Euroclear said" as
  written. New: "according to Statistics Canada" -> "Statistics Canada", a name without an
  article given as written, as "laut Statistik Austria" gives "Statistik Austria"
  (hundredth). Left unchecked (None): "nach Berechnungen des Verbands der
  Automobilindustrie" (hundred-thirteenth: "nach Berechnung der Verbraucherschützer"),
  "laut einer Umfrage der Wirtschaftskammer", "wie eine Umfrage des Verbands zeigt",
  "nach Verbandsangaben" (hundredth: "nach Unternehmensangaben"), "heißt es in einer Studie
  des Ifo-Instituts", "hieß es aus Delegationskreisen", "hiess es beim Verband", "Ein
  Sprecher des US-Handelsbeauftragten erklärte" (a role without a name), "Die amerikanische
  Vertretung in Genf erklärte" (an adjective heading the source), "kündigte an",
  "begründete", "sprach von"; "A European Commission spokesman said", "a White House
  official said", "the president said on social media" (roles without a name),
  "the Swiss government said on Friday" (an adjective heading the source, hundred-first),
  "exporters' group Cecafe said" and "Industry group PhRMA said" (a description before a
  name, hundred-first: "Grid operator Ukrenergo said"), "Humber Steel, which ..., said" (a
  description around the name), "the Federation of Indian Export Organisations estimated"
  (not a verb of saying, hundred-first), "a local exporters' association said", "industry
  groups said", "diplomats said", "three industry sources said", "officials from both
  sides said Sunday" (plural and anonymous sources), "The EU estimates", "Canadian Grain
  Commission data showed", "Labor Department data showed", "Agriculture Department data
  show", "U.S. Customs and Border Protection figures show", "according to data from
  research firm Dataforce", "according to notices filed with state labor agencies" (data
  and documents), rows without attribution and all negatives, also those with a named
  speaker.
- Negatives (ninety-eighth, hundred-first, hundred-eighth, hundred-fourteenth): quoted
  rhetoric of ministers, commissioners, spokespeople and an economist („Wer seine Partner
  mit Strafzöllen überzieht, ...“, „Jedes Paket engt den Spielraum des Kreml ... ein“,
  „Europa bestraft sich mit jedem Paket selbst“, „Ein Handelskrieg kennt nur Verlierer“,
  „Wer Rohstoffe als Waffe einsetzt, ...“, ""Our patience is not unlimited,"", ""We do not
  want a trade war, ..."", ""These duties are unjustified ..."", ""Every package cuts
  deeper ..."", ""If we go down this road, ...""; also with a named speaker); rhetoric in
  Konjunktiv I ("Handelskommissar Jonas Lindqvist betonte, die Liste sei „kein
  Automatismus, ...“"); labels and verdicts of the other side's acts ("nannte die Warnung
  ein „Erpressungsmanöver ...“", "sprach von einem „Kollateralschaden ...“", "sprach von
  einem „überfälligen Befreiungsschlag“", "nannte die Pläne „Diebstahl am helllichten
  Tag“", "begrüsste den Entscheid als «Bestätigung ...»", "sprach von einer „ernsten, aber
  beherrschbaren Lage“", "warf der Kommission vor, sich „erpressen zu lassen“" (an
  accusation, hundred-eighth), "called the list "a gut punch ..."", "called the move "a
  global economic coercion campaign."", "said the measures were illegal and would
  "boomerang" ...", "had developed "a certain immunity"", "had "bought" the deal at too
  high a price"); formal protests and appeals ("said it "resolutely opposes" the plan and
  urged Mexico ...", "said the consensus was "hard-won" and urged Washington ...", "Die
  Industriellenvereinigung forderte die Regierung auf, ..."; ninety-eighth: appeals); relief
  and disappointment ("Der VDA zeigte sich erleichtert, mahnte aber, auch 15 Prozent seien
  „deutlich zu viel“." with its 15 percent labelled, "said it was "disappointed" with the
  report"); a pledge ("We will not pass the full cost on to American customers,"; as
  commitments, hundred-thirteenth); a verdict with "halten ... für" ("Ökonomen halten eine
  Trendwende ... für unwahrscheinlich.", hundred-first) and an impression ("Several
  justices appeared skeptical ..."); forecasts and conditionals without a figure ("Der
  Deutsche Kaffeeverband rechnet nicht mit einer raschen Entspannung.", "Ein Rekurs würde
  den Fall damit faktisch auf Eis legen.", "Patient advocates warned that ...", "If the
  court rules against the administration, ..."; forty-seventh); "Business Secretary Helen
  Marlow said the measures would protect "thousands of skilled jobs" ..." (a forecast with
  a vague magnitude, seventeenth); open questions ("Ob die Drohung ernst gemeint ist ...",
  "Ob sich die Schweiz ... beteiligt, ist im Parlament heftig umstritten.", "Ob der
  Frieden hält, ...", "Diplomats in Brussels were divided over whether ...", "It was not
  clear whether ..."); vox pops of a watchmaker, a knitwear owner ("with 420 workers"), a
  canola grower ("on 1,800 hectares"), a cooperative manager and a soybean grower ("who
  farms 2,400 acres"), their figures labelled (seventeenth); "a spokesperson for the
  Chinese mission to the EU" on the open door; a placard („Der Espresso wird zum
  Luxusgut“) and protest signs ("Tariffs are taxes."; hundredth); scene colour at a factory
  gate; two Reuters credits (seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_117 = [
    # --- Autozölle: Washington droht der EU (dpa) ---
    ("de", "Washington/Berlin (dpa) - Die US-Regierung will die Zölle auf Autos aus der Europäischen Union von 15 auf 25 Prozent anheben.", True, [("percent", 15, "%", None), ("percent", 25, "%", None)], None),
    ("de", "Der Aufschlag von zehn Prozentpunkten soll nach Ablauf einer Frist von 90 Tagen greifen, sofern Brüssel bis dahin beim Marktzugang nicht nachgibt.", True, [("percent", 10, "pp", None), ("duration", 90, "day", None)], None),
    ("de", "Betroffen wären nach Berechnungen des Verbands der Automobilindustrie Ausfuhren im Wert von rund 34 Milliarden Euro pro Jahr.", True, [("money", 34000000000, "EUR", "about")], None),
    ("de", "Gut ein Drittel davon entfällt auf Fahrzeuge, die in deutschen Werken eigens für den US-Markt gebaut werden.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "„Wer seine Partner mit Strafzöllen überzieht, trifft am Ende vor allem die eigenen Verbraucher“, sagte Bundeswirtschaftsministerin Katrin Wehrle.", False, [], None),
    ("de", "Wehrle kündigte an, noch im September zu Gesprächen nach Washington zu reisen.", True, [], None),
    ("de", "Ein Sprecher des US-Handelsbeauftragten erklärte, die EU habe seit der Grundsatzeinigung vom Sommer 2025 keine ihrer Kaufzusagen eingelöst.", True, [("year", 2025, None, None)], None),
    ("de", "Ob die Drohung ernst gemeint ist oder nur als Hebel dient, darüber rätseln Diplomaten in Brüssel.", False, [], None),
    # --- Zulieferer warnt vor Stellenabbau (dpa) ---
    ("de", "Esslingen (dpa) - Der Autozulieferer Brenntal Antriebstechnik hat für den Fall höherer US-Zölle vor dem Verlust von bis zu 2.400 Arbeitsplätzen in Deutschland gewarnt.", True, [("count", 2400, None, "up_to")], None),
    ("de", "Das Unternehmen erzielt knapp ein Viertel seines Umsatzes von 6,8 Milliarden Euro in Nordamerika.", True, [("fraction", 0.25, None, "nearly"), ("money", 6800000000, "EUR", None)], None),
    ("de", "Allein am Stammsitz hängen nach Angaben des Betriebsrats rund 900 Stellen direkt am Geschäft mit den USA.", True, [("count", 900, None, "about")], "der Betriebsrat"),
    ("de", "Bereits im ersten Halbjahr seien 310 Stellen sozialverträglich abgebaut worden, sagte Vorstandschefin Ulrike Marbach.", True, [("ordinal", 1, None, None), ("count", 310, None, None)], "Ulrike Marbach"),
    ("de", "„Bei 25 Prozent Zoll rechnet sich für uns in Europa kaum noch ein Auftrag aus Übersee“, sagte Marbach.", False, [("percent", 25, "%", None)], None),
    ("de", "Die IG Metall nannte die Warnung ein „Erpressungsmanöver auf dem Rücken der Belegschaft“.", False, [], None),
    # --- Österreichs Exporte in die USA (APA) ---
    ("de", "Wien (APA) - Österreichs Warenexporte in die USA sind im ersten Halbjahr um 9,4 Prozent auf 7,9 Mrd. Euro gesunken, wie die Statistik Austria am Montag mitteilte.", True, [("ordinal", 1, None, None), ("percent", 9.4, "%", None), ("money", 7900000000, "EUR", None)], "die Statistik Austria"),
    ("de", "Die Vereinigten Staaten bleiben trotzdem hinter Deutschland der zweitwichtigste Absatzmarkt heimischer Exporteure.", True, [("ordinal", 2, None, None)], None),
    ("de", "Am stärksten brachen die Ausfuhren von Maschinen und Fahrzeugen ein, sie gingen um knapp 17 Prozent zurück.", True, [("percent", 17, "%", "nearly")], None),
    ("de", "Jedes fünfte exportierende Industrieunternehmen hat laut einer Umfrage der Wirtschaftskammer bereits Aufträge aus den USA verloren.", True, [("fraction", 0.2, None, None)], None),
    ("de", "Wirtschaftsminister Gernot Pfandl sprach von einer „ernsten, aber beherrschbaren Lage“.", False, [], None),
    ("de", "Betroffenen Betrieben stelle der Bund einen Haftungsrahmen von 500 Mio. Euro zur Verfügung, sagte Pfandl nach dem Ministerrat.", True, [("money", 500000000, "EUR", None)], "Pfandl"),
    ("de", "Die Industriellenvereinigung forderte die Regierung auf, die Gespräche mit Washington zur „Chefsache“ zu machen.", False, [], None),
    # --- Brüssel legt Gegenliste vor (dpa) ---
    ("de", "Brüssel (dpa) - Die EU-Kommission hat eine Liste mit 1.638 US-Produkten vorgelegt, auf die im Fall höherer Autozölle Gegenzölle fällig würden.", True, [("count", 1638, None, None)], None),
    ("de", "Sie umfasst Waren im Wert von 26,4 Milliarden Euro, von Bourbon-Whiskey und Motorrädern bis zu Sojabohnen und Flugzeugteilen.", True, [("money", 26400000000, "EUR", None)], None),
    ("de", "Die Gegenzölle sollen in zwei Stufen kommen, zunächst mit 10 und nach weiteren sechs Wochen mit 25 Prozent.", True, [("count", 2, None, None), ("percent", 10, "%", None), ("duration", 6, "week", None), ("percent", 25, "%", None)], None),
    ("de", "Unternehmen und Mitgliedstaaten können sich in einer vierwöchigen Konsultation dazu äußern, teilte die Kommission mit.", True, [("duration", 4, "week", None)], "die Kommission"),
    ("de", "Gegenüber dem Entwurf vom Juli stehen 214 Produkte weniger auf der Liste, vor allem Spirituosen, auf deren Schutz Irland und Italien gedrängt hatten.", True, [("count", 214, None, None)], None),
    ("de", "Handelskommissar Jonas Lindqvist betonte, die Liste sei „kein Automatismus, sondern eine ausgestreckte Hand“.", False, [], None),
    ("de", "Gegenzölle gegen die USA hatte die EU zuletzt im Frühjahr 2025 beschlossen, aber nie in Kraft gesetzt.", True, [("year", 2025, None, None)], None),
    # --- Schweizer Uhrenexporte brechen ein (Keystone-SDA) ---
    ("de", "Biel (Keystone-SDA) - Die Uhrenexporte in die USA sind im August um 23,8 Prozent auf 412 Millionen Franken eingebrochen, wie der Verband der Schweizerischen Uhrenindustrie am Dienstag mitteilte.", True, [("percent", 23.8, "%", None), ("money", 412000000, "CHF", None)], "der Verband der Schweizerischen Uhrenindustrie"),
    ("de", "Seit dem 7. August belegen die USA Einfuhren aus der Schweiz mit einem Zusatzzoll von 39 Prozent, dem höchsten aller europäischen Länder.", True, [("date", "--08-07", None, None), ("percent", 39, "%", None)], None),
    ("de", "Der Bundesrat will bis Ende Oktober ein nachgebessertes Angebot nach Washington schicken, sagte Wirtschaftsminister Reto Ammann vor den Medien.", True, [], "Reto Ammann"),
    ("de", "Die Schweiz habe angeboten, innert fünf Jahren Investitionen von 150 Milliarden Franken in den USA anzustossen, so Ammann.", True, [("duration", 5, "year", None), ("money", 150000000000, "CHF", None)], "Ammann"),
    ("de", "Bei Swissmem plant jedes dritte Mitgliedunternehmen wegen der Zölle Kurzarbeit oder einen Stellenabbau, wie eine Umfrage des Verbands zeigt.", True, [("fraction", 0.3333, None, None)], None),
    ("de", "Betroffen seien rund 8'500 Beschäftigte, hiess es beim Verband.", True, [("count", 8500, None, "about")], None),
    ("de", "«Wir werden für etwas bestraft, wofür wir nichts können», sagte ein Uhrenunternehmer aus dem Jura.", False, [], None),
    # --- Kaffee wird teurer (dpa) ---
    ("de", "Hamburg (dpa) - Die US-Zölle von 50 Prozent auf Waren aus Brasilien treiben die Kaffeepreise auch in Europa nach oben.", True, [("percent", 50, "%", None)], None),
    ("de", "Rohkaffee der Sorte Arabica hat sich an der New Yorker Börse seit Juli um fast 40 Prozent verteuert.", True, [("percent", 40, "%", "nearly")], None),
    ("de", "Brasilien liefert rund ein Drittel des weltweit gehandelten Kaffees, ein Viertel seiner Ausfuhren ging bislang in die USA.", True, [("fraction", 0.3333, None, "about"), ("fraction", 0.25, None, None)], None),
    ("de", "Die Rösterei Elbkaffee hat ihre Preise seit Jahresbeginn zweimal erhöht, zuletzt um 80 Cent je Pfund.", True, [("count", 2, None, None), ("money", 0.8, "EUR", None)], None),
    ("de", "„Der Espresso wird zum Luxusgut“, steht auf einem Plakat vor einer Filiale in Eppendorf.", False, [], None),
    ("de", "Der Deutsche Kaffeeverband rechnet nicht mit einer raschen Entspannung.", False, [], None),
    # --- China: Zölle auf Schweinefleisch aus der EU (dpa) ---
    ("de", "Peking (dpa) - China erhebt vorläufige Antidumpingzölle zwischen 15,6 und 62,4 Prozent auf Schweinefleisch aus der EU.", True, [("percent", 15.6, "%", None), ("percent", 62.4, "%", None)], None),
    ("de", "Die Aufschläge gelten ab Mittwoch und zunächst für sechs Monate, teilte das Handelsministerium in Peking mit.", True, [("duration", 6, "month", None)], "das Handelsministerium"),
    ("de", "Sie gelten als Antwort auf die Ausgleichszölle der EU auf chinesische Elektroautos von bis zu 36,1 Prozent.", True, [("percent", 36.1, "%", "up_to")], None),
    ("de", "Die EU lieferte im vergangenen Jahr Schweinefleisch und Nebenprodukte im Wert von rund 2,4 Milliarden Euro nach China, knapp die Hälfte davon aus Spanien.", True, [("money", 2400000000, "EUR", "about"), ("fraction", 0.5, None, "nearly")], None),
    ("de", "Deutsche Erzeuger trifft der Schritt kaum, weil China seit dem Ausbruch der Afrikanischen Schweinepest 2020 kein deutsches Schweinefleisch mehr abnimmt.", True, [("year", 2020, None, None)], None),
    ("de", "Österreichs Schweinebauern exportierten zuletzt rund 11.000 Tonnen im Jahr nach China, sagte Branchensprecher Florian Egger der APA.", True, [("count", 11000, None, "about")], "Florian Egger"),
    ("de", "Der Bauernverband sprach von einem „Kollateralschaden in einem Streit, den die Landwirte nicht angezettelt haben“.", False, [], None),
    # --- Wehrle in Washington (dpa) ---
    ("de", "Washington (dpa) - Nach einem gut dreistündigen Treffen mit dem US-Handelsbeauftragten hat Wirtschaftsministerin Katrin Wehrle von „ersten Bewegungen“ im Zollstreit gesprochen.", True, [("duration", 3, "hour", "over")], None),
    ("de", "Es war bereits das vierte Treffen der beiden seit Juni.", True, [("ordinal", 4, None, None)], None),
    ("de", "Die US-Seite verlange, dass die EU ihren Einfuhrzoll von zehn Prozent auf Pick-ups abschafft und mehr Flüssiggas abnimmt, hieß es aus Delegationskreisen.", True, [("percent", 10, "%", None)], None),
    ("de", "Europa habe im Gegenzug angeboten, Maschinenbauteile aus den USA zollfrei einzuführen, sagte Wehrle.", True, [], "Wehrle"),
    ("de", "Eine Einigung binnen der 90-Tage-Frist sei „möglich, aber keineswegs sicher“, fügte sie hinzu.", False, [("duration", 90, "day", None)], None),
    ("de", "Begleitet wurde die Ministerin von einer 22-köpfigen Wirtschaftsdelegation.", True, [("count", 22, None, None)], None),
    # --- Stahl: Brüssel will Quoten kappen (dpa) ---
    ("de", "Brüssel (dpa) - Die EU-Kommission will die zollfreien Einfuhrmengen für Stahl um 46 Prozent auf 18,3 Millionen Tonnen im Jahr senken.", True, [("percent", 46, "%", None), ("count", 18300000, None, None)], None),
    ("de", "Für Mengen oberhalb der Quoten soll der Zollsatz von 25 auf 50 Prozent steigen.", True, [("percent", 25, "%", None), ("percent", 50, "%", None)], None),
    ("de", "Die Wirtschaftsvereinigung Stahl sprach von einem „überfälligen Befreiungsschlag“.", False, [], None),
    ("de", "Die Branche habe in Deutschland seit 2019 rund 9.000 Arbeitsplätze verloren, sagte Verbandspräsidentin Hanna Kerkhoff.", True, [("year", 2019, None, None), ("count", 9000, None, "about")], "Hanna Kerkhoff"),
    ("de", "Die Hochöfen sind nach Verbandsangaben nur noch zu 64 Prozent ausgelastet.", True, [("percent", 64, "%", None)], None),
    ("de", "Der Vorschlag braucht noch die Zustimmung des Europaparlaments und der Mitgliedstaaten und könnte frühestens Mitte nächsten Jahres gelten.", True, [], None),
    # --- Murtaler Edelstahl baut Stellen ab (APA) ---
    ("de", "Kapfenberg (APA) - Der steirische Stahlverarbeiter Murtaler Edelstahl streicht wegen der Handelskonflikte 350 seiner rund 2.900 Stellen.", True, [("count", 350, None, None), ("count", 2900, None, "about")], None),
    ("de", "Der Abbau soll binnen 18 Monaten ohne Kündigungen über Pensionierungen und eine Arbeitsstiftung erfolgen, teilte das Unternehmen mit.", True, [("duration", 18, "month", None)], "das Unternehmen"),
    ("de", "Die Lieferungen des Werks in die USA hätten sich seit Jahresbeginn mehr als halbiert, sagte Vorstand Bernhard Url.", True, [], "Bernhard Url"),
    ("de", "„Wir haben in den vergangenen zwei Jahren 40 Millionen Euro in die neue Walzstraße investiert, und jetzt steht sie still“, sagte Url.", True, [("duration", 2, "year", None), ("money", 40000000, "EUR", None)], "Url"),
    ("de", "Betriebsratschef Erwin Stocker sicherte den Beschäftigten Unterstützung zu und kündigte „Widerstand um jeden Arbeitsplatz“ an.", False, [], None),
    ("de", "Vor dem Werkstor standen am Morgen Beschäftigte mit Transparenten in der Kälte.", False, [], None),
    # --- Seltene Erden: Peking verschärft Exportkontrollen (Reuters) ---
    ("de", "Peking (Reuters) - China hat die Exportkontrollen für Seltene Erden auf fünf weitere Elemente ausgeweitet und kontrolliert damit zwölf der 17 Metalle.", True, [("count", 5, None, None), ("count", 12, None, None), ("count", 17, None, None)], None),
    ("de", "Ausländische Hersteller brauchen künftig eine Genehmigung, wenn ein Produkt 0,1 Prozent oder mehr chinesischer Seltener Erden enthält.", True, [("percent", 0.1, "%", None)], None),
    ("de", "Nach Angaben des Zentralverbands Elektrotechnik reichen die Lager vieler Hersteller nur noch für sechs bis acht Wochen.", True, [("duration", 6, "week", None), ("duration", 8, "week", None)], "der Zentralverband Elektrotechnik"),
    ("de", "Das Handelsministerium in Peking begründete den Schritt mit Erfordernissen der nationalen Sicherheit.", True, [], None),
    ("de", "Die EU-Kommission bestellte am Freitag den chinesischen Botschafter ein.", True, [], None),
    ("de", "„Wer Rohstoffe als Waffe einsetzt, verspielt auf Dauer das Vertrauen seiner Kunden“, sagte ein EU-Diplomat.", False, [], None),
    # --- Exporte in die USA sinken weiter (dpa) ---
    ("de", "Wiesbaden (dpa) - Die deutschen Exporte in die USA sind im August den fünften Monat in Folge gesunken.", True, [("ordinal", 5, None, None)], None),
    ("de", "Sie lagen mit 11,2 Milliarden Euro um 14,6 Prozent unter dem Wert des Vorjahresmonats, wie das Statistische Bundesamt am Donnerstag mitteilte.", True, [("money", 11200000000, "EUR", None), ("percent", 14.6, "%", None)], "das Statistische Bundesamt"),
    ("de", "Damit fielen die Vereinigten Staaten hinter China und Frankreich auf Rang drei der wichtigsten Abnehmerländer zurück.", True, [("ordinal", 3, None, None)], None),
    ("de", "In den ersten acht Monaten summierte sich das Minus auf 7,8 Prozent.", True, [("ordinal", 1, None, None), ("duration", 8, "month", None), ("percent", 7.8, "%", None)], None),
    ("de", "Ökonomen halten eine Trendwende vor dem Frühjahr für unwahrscheinlich.", False, [], None),
    # --- Ifo-Studie zu den Kosten der Zölle (Reuters) ---
    ("de", "München (Reuters) - Höhere US-Autozölle würden das deutsche Wirtschaftswachstum im kommenden Jahr um 0,3 Prozentpunkte dämpfen, heißt es in einer Studie des Ifo-Instituts.", True, [("percent", 0.3, "pp", None)], None),
    ("de", "Die Autoexporte in die USA könnten demnach um bis zu ein Fünftel zurückgehen.", True, [("fraction", 0.2, None, "up_to")], None),
    ("de", "Schon heute liefern deutsche Hersteller jährlich rund 450.000 Fahrzeuge weniger über den Atlantik als im Rekordjahr 2017.", True, [("count", 450000, None, "about"), ("year", 2017, None, None)], None),
    ("de", "Für die Studie werteten die Forscher Zolldaten aus 48 Ländern für den Zeitraum von 2015 bis 2024 aus.", True, [("count", 48, None, None), ("year", 2015, None, None), ("year", 2024, None, None)], None),
    ("de", "„Ein Handelskrieg kennt nur Verlierer“, sagte Ifo-Ökonom Lars Brenninkmeyer.", False, [], None),
    # --- WTO-Panel gibt der Schweiz recht (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - Ein Panel der Welthandelsorganisation WTO hat die US-Zusatzzölle auf Stahl und Aluminium aus der Schweiz für regelwidrig erklärt.", True, [], None),
    ("de", "Die drei Panelmitglieder kamen in ihrem 148-seitigen Bericht zum Schluss, dass sich Washington nicht auf die Ausnahme für die nationale Sicherheit berufen könne.", True, [("count", 3, None, None), ("count", 148, None, None)], None),
    ("de", "Das Verfahren hatte fast drei Jahre gedauert.", True, [("duration", 3, "year", "nearly")], None),
    ("de", "Die USA können innert 60 Tagen Berufung einlegen, die Berufungsinstanz der WTO ist allerdings seit Dezember 2019 lahmgelegt.", True, [("duration", 60, "day", None), ("year", 2019, None, None)], None),
    ("de", "Ein Rekurs würde den Fall damit faktisch auf Eis legen.", False, [], None),
    ("de", "Das Seco begrüsste den Entscheid als «Bestätigung der regelbasierten Handelsordnung».", False, [], None),
    ("de", "Die amerikanische Vertretung in Genf erklärte, Fragen der nationalen Sicherheit könnten von keinem WTO-Gremium überprüft werden.", True, [], None),
    # --- Das zwanzigste Sanktionspaket (APA/AFP) ---
    ("de", "Brüssel (APA/AFP) - Die EU-Staaten haben sich nach wochenlangem Ringen auf das zwanzigste Sanktionspaket gegen Russland geeinigt.", True, [("ordinal", 20, None, None)], None),
    ("de", "Kernstück ist ein vollständiger Importstopp für russisches LNG, der mit 1. Jänner 2027 greift.", True, [("date", "2027-01-01", None, None)], None),
    ("de", "Zudem kommen 126 weitere Tanker der Schattenflotte auf die Liste, womit insgesamt 683 Schiffe mit einem Hafenverbot belegt sind.", True, [("count", 126, None, None), ("count", 683, None, None)], None),
    ("de", "Die Slowakei gab ihr Veto erst auf, als ihr eine Übergangsfrist von zwölf Monaten für Öllieferungen über die Druschba-Pipeline zugesichert wurde.", True, [("duration", 12, "month", None)], None),
    ("de", "Es ist das erste Paket, das auch Raffinerien in Drittstaaten trifft, darunter zwei in Indien.", True, [("ordinal", 1, None, None), ("count", 2, None, None)], None),
    ("de", "Seit Februar 2022 hat die EU damit 20 Sanktionspakete gegen Moskau beschlossen.", True, [("year", 2022, None, None), ("count", 20, None, None)], None),
    ("de", "„Jedes Paket engt den Spielraum des Kreml für die Finanzierung dieses Krieges weiter ein“, sagte die EU-Außenbeauftragte.", False, [], None),
    # --- Eingefrorene russische Vermögen (Reuters, Keystone-SDA) ---
    ("de", "Brüssel (Reuters) - Die EU-Kommission will der Ukraine einen Kredit von bis zu 140 Milliarden Euro gewähren, abgesichert durch eingefrorene Guthaben der russischen Zentralbank.", True, [("money", 140000000000, "EUR", "up_to")], None),
    ("de", "Beim Finanzdienstleister Euroclear in Brüssel liegen davon rund 185 Milliarden Euro, etwa zwei Drittel aller in der EU blockierten russischen Staatsgelder.", True, [("money", 185000000000, "EUR", "about"), ("fraction", 0.6667, None, "about")], None),
    ("de", "Belgien verlangt Garantien der übrigen 26 Mitgliedstaaten für den Fall, dass Moskau vor Gericht recht bekommt.", True, [("count", 26, None, None)], None),
    ("de", "Die russische Zentralbank hat Euroclear vor einem Moskauer Schiedsgericht auf Schadenersatz von umgerechnet 230 Milliarden US-Dollar verklagt.", True, [("money", 230000000000, "USD", None)], None),
    ("de", "Kremlsprecher Lew Sagorski nannte die Pläne „Diebstahl am helllichten Tag“.", False, [], None),
    ("de", "Die Staats- und Regierungschefs vertagten die Entscheidung über das Darlehen auf den Gipfel im Dezember.", True, [], None),
    ("de", "Die Juristen der Kommission haben nun eine Dreimonatsfrist, um die offenen Haftungsfragen zu klären.", True, [("duration", 3, "month", None)], None),
    ("de", "Bern (Keystone-SDA) - In der Schweiz sind russische Vermögenswerte von 7,6 Milliarden Franken gesperrt, rund 0,6 Milliarden mehr als vor einem Jahr.", True, [("money", 7600000000, "CHF", None), ("money", 600000000, "CHF", "about")], None),
    ("de", "Hinzu kommen 15 Liegenschaften in fünf Kantonen, teilte das Seco am Donnerstag mit.", True, [("count", 15, None, None), ("count", 5, None, None)], "das Seco"),
    ("de", "Ob sich die Schweiz an einer Nutzung der Gelder für die Ukraine beteiligt, ist im Parlament heftig umstritten.", False, [], None),
    # --- Russland antwortet mit Einfuhrbeschränkungen (APA/dpa) ---
    ("de", "Moskau (APA/dpa) - Russland hat als Antwort auf das zwanzigste Sanktionspaket Einfuhrbeschränkungen für 86 Warengruppen aus der EU verhängt.", True, [("ordinal", 20, None, None), ("count", 86, None, None)], None),
    ("de", "Betroffen sind nach Angaben des Wirtschaftsministeriums vor allem Wein, Kosmetik und Baumaschinen.", True, [], "das Wirtschaftsministerium"),
    ("de", "Der Handel zwischen Russland und der EU ist seit 2021 auf weniger als ein Drittel seines früheren Umfangs geschrumpft.", True, [("year", 2021, None, None), ("fraction", 0.3333, None, "under")], None),
    ("de", "„Europa bestraft sich mit jedem Paket selbst“, sagte Außenamtssprecherin Darja Kolesowa.", False, [], None),
    # --- Einigung im Zollstreit (dpa) ---
    ("de", "Brüssel/Washington (dpa) - Im Zollstreit zwischen der EU und den USA ist knapp zwei Wochen vor Ablauf der Frist eine Einigung erzielt worden.", True, [("duration", 2, "week", "nearly")], None),
    ("de", "Die Zölle auf europäische Autos bleiben demnach bei 15 Prozent, im Gegenzug schafft die EU ihren Zoll auf amerikanische Pick-ups ab.", True, [("percent", 15, "%", None)], None),
    ("de", "Außerdem sagt Brüssel zu, bis 2028 zusätzlich Flüssiggas im Wert von 45 Milliarden Dollar aus den USA zu kaufen.", True, [("year", 2028, None, None), ("money", 45000000000, "USD", None)], None),
    ("de", "Die Gegenliste mit den 1.638 Produkten wird damit vorerst nicht angewendet, teilte die Kommission mit.", True, [("count", 1638, None, None)], "die Kommission"),
    ("de", "Die Vereinbarung soll nach drei Jahren überprüft werden und kann mit einer Frist von sechs Monaten gekündigt werden.", True, [("duration", 3, "year", None), ("duration", 6, "month", None)], None),
    ("de", "Der VDA zeigte sich erleichtert, mahnte aber, auch 15 Prozent seien „deutlich zu viel“.", False, [("percent", 15, "%", None)], None),
    ("de", "Die Grünen-Handelsexpertin Miriam Kestel warf der Kommission vor, sich „erpressen zu lassen“.", False, [], None),
    ("de", "Der Dax stieg nach der Nachricht um 1,4 Prozent auf 24.310 Punkte, Autowerte legten bis zu 5 Prozent zu.", True, [("percent", 1.4, "%", None), ("count", 24310, None, None), ("percent", 5, "%", "up_to")], None),
    ("de", "Brenntal Antriebstechnik nahm seine Warnung am Abend teilweise zurück: Der Abbau werde auf 600 Stellen begrenzt, teilte das Unternehmen mit.", True, [("count", 600, None, None)], "das Unternehmen"),
    ("de", "Ob der Frieden hält, wird sich spätestens bei der Überprüfung im Frühjahr zeigen.", False, [], None),
    # --- U.S. threatens higher tariffs on EU cars (Reuters) ---
    ("en", "WASHINGTON, Sept 2 (Reuters) - The United States will raise tariffs on cars from the European Union to 25% from 15% unless the bloc opens its market to more U.S. goods within 90 days, U.S. Trade Representative Dana Whitcombe said on Tuesday.", True, [("date", "--09-02", None, None), ("percent", 25, "%", None), ("percent", 15, "%", None), ("duration", 90, "day", None)], "Dana Whitcombe"),
    ("en", "The 10-percentage-point increase would hit about $44 billion worth of European vehicles shipped to the United States last year.", True, [("percent", 10, "pp", None), ("money", 44000000000, "USD", "about")], None),
    ("en", "Germany accounts for nearly half of those shipments, followed by Italy and Sweden.", True, [("fraction", 0.5, None, "nearly")], None),
    ("en", "Whitcombe said the EU had not delivered the purchases of U.S. energy and weapons it promised in the summer of 2025.", True, [("year", 2025, None, None)], "Whitcombe"),
    ("en", "\"Our patience is not unlimited,\" Whitcombe told reporters at the White House.", False, [], None),
    ("en", "A European Commission spokesman said the bloc had honoured its commitments in full.", True, [], None),
    ("en", "Shares in German carmakers fell between 2.1% and 3.8% in Frankfurt.", True, [("percent", 2.1, "%", None), ("percent", 3.8, "%", None)], None),
    ("en", "Diplomats in Brussels were divided over whether the threat was a bargaining chip or a settled plan.", False, [], None),
    # --- Indian exporters lay off workers (Reuters) ---
    ("en", "NEW DELHI, Sept 4 (Reuters) - Indian exporters of textiles, shrimp and jewellery have begun laying off workers after U.S. tariffs on Indian goods doubled to 50% last week, industry groups said.", True, [("date", "--09-04", None, None), ("percent", 50, "%", None)], None),
    ("en", "About 55% of India's $86.5 billion in annual merchandise exports to the United States face the higher rate, the Federation of Indian Export Organisations estimated.", True, [("percent", 55, "%", "about"), ("money", 86500000000, "USD", None)], None),
    ("en", "In the knitwear hub of Tiruppur, as many as 30,000 workers could lose their jobs within three months, a local exporters' association said.", True, [("count", 30000, None, "up_to"), ("duration", 3, "month", None)], None),
    ("en", "Half of the 50% rate is a penalty for India's purchases of Russian oil, which averaged about 1.7 million barrels per day this year.", True, [("fraction", 0.5, None, None), ("percent", 50, "%", None), ("count", 1700000, None, "about")], None),
    ("en", "India's commerce ministry said it remained in talks with Washington on a trade agreement.", True, [], "India's commerce ministry"),
    ("en", "\"We have Christmas orders that no buyer will pick up now,\" said Ravi Subramaniam, who runs a knitwear factory with 420 workers.", False, [("count", 420, None, None)], None),
    # --- Mexico targets Asian imports (Reuters) ---
    ("en", "MEXICO CITY, Sept 10 (Reuters) - Mexico proposed raising tariffs to as much as 50% on about 1,400 product lines from China and other Asian countries without trade deals, including cars, textiles and steel.", True, [("date", "--09-10", None, None), ("percent", 50, "%", "up_to"), ("count", 1400, None, "about")], None),
    ("en", "The affected imports were worth about $52 billion last year, Economy Minister Arturo Villaseñor told reporters.", True, [("money", 52000000000, "USD", "about")], "Arturo Villaseñor"),
    ("en", "Villaseñor said the measure would protect some 325,000 jobs in the textile, steel and auto parts industries.", True, [("count", 325000, None, "about")], "Villaseñor"),
    ("en", "The proposal needs approval from Mexico's Congress, where the ruling party and its allies hold a two-thirds majority in both chambers.", True, [("fraction", 0.6667, None, None)], None),
    ("en", "China's commerce ministry said it \"resolutely opposes\" the plan and urged Mexico to \"correct its wrong practices.\"", False, [], None),
    # --- EU publishes counter-tariff list (AFP) ---
    ("en", "BRUSSELS (AFP) - The European Union on Thursday published a list of 1,638 U.S. products that could face counter-tariffs if Washington goes ahead with higher duties on European cars.", True, [("count", 1638, None, None)], None),
    ("en", "The goods, worth 26.4 billion euros ($30.6 billion) a year, range from bourbon and motorcycles to soybeans and aircraft parts.", True, [("money", 26400000000, "EUR", None), ("money", 30600000000, "USD", None)], None),
    ("en", "EU Trade Commissioner Jonas Lindqvist said 214 items had been dropped from a July draft after member states lobbied to shield their drinks industries.", True, [("count", 214, None, None)], "Jonas Lindqvist"),
    ("en", "\"We do not want a trade war, but we will not be bullied into a bad deal,\" Lindqvist said.", False, [], None),
    ("en", "Kentucky distillers called the list \"a gut punch to an industry that did nothing wrong.\"", False, [], None),
    ("en", "It was not clear whether any of the dropped items could be put back on the list before it takes effect.", False, [], None),
    # --- Canadian lumber duties (Reuters) ---
    ("en", "OTTAWA, Sept 12 (Reuters) - The U.S. Commerce Department raised combined anti-dumping and countervailing duties on Canadian softwood lumber to 45.2% from 35.2%, on top of a 10% tariff imposed last month.", True, [("date", "--09-12", None, None), ("percent", 45.2, "%", None), ("percent", 35.2, "%", None), ("percent", 10, "%", None)], None),
    ("en", "Canadian mills sold about C$8.9 billion of lumber south of the border last year, according to Statistics Canada.", True, [("money", 8900000000, "CAD", "about")], "Statistics Canada"),
    ("en", "Mills in British Columbia have cut more than 4,000 jobs since January, the B.C. Lumber Trade Council said.", True, [("count", 4000, None, "over")], "the B.C. Lumber Trade Council"),
    ("en", "International Trade Minister Claire Beaudoin said Canada would challenge the duties under the USMCA's dispute settlement chapter and at the World Trade Organization.", True, [], "Claire Beaudoin"),
    ("en", "\"These duties are unjustified and punish workers on both sides of the border,\" Beaudoin said.", False, [], None),
    ("en", "The Commerce Department said the new rates reflected the findings of its sixth administrative review of the lumber orders.", True, [("ordinal", 6, None, None)], "the Commerce Department"),
    # --- Canola caught in the crossfire (Reuters) ---
    ("en", "WINNIPEG, Manitoba, Sept 15 (Reuters) - Canadian canola exports to China fell 93% in August after Beijing imposed a 75.8% anti-dumping deposit on the oilseed, Canadian Grain Commission data showed.", True, [("date", "--09-15", None, None), ("percent", 93, "%", None), ("percent", 75.8, "%", None)], None),
    ("en", "China bought about C$4.9 billion worth of Canadian canola seed last year, roughly two-thirds of the country's exports of the crop.", True, [("money", 4900000000, "CAD", "about"), ("fraction", 0.6667, None, "about")], None),
    ("en", "Beijing has tied the duties to Canada's 100% tariff on Chinese-made electric vehicles, imposed in October 2024.", True, [("percent", 100, "%", None), ("year", 2024, None, None)], None),
    ("en", "\"Farmers are paying for a fight over cars,\" said Rick Vanderlee, who grows canola on 1,800 hectares near Brandon.", False, [("count", 1800, None, None)], None),
    # --- Brazilian coffee (Reuters) ---
    ("en", "SAO PAULO, Sept 18 (Reuters) - Brazil's coffee exports to the United States fell 46% in August, the first full month of a 50% U.S. tariff on Brazilian goods, exporters' group Cecafe said.", True, [("date", "--09-18", None, None), ("percent", 46, "%", None), ("ordinal", 1, None, None), ("percent", 50, "%", None)], None),
    ("en", "Brazil shipped about 8.1 million 60-kg bags to the U.S. last year, roughly a sixth of its total coffee exports.", True, [("count", 8100000, None, "about"), ("count", 60, None, None), ("fraction", 0.1667, None, "about")], None),
    ("en", "Washington exempted nearly 700 Brazilian products from the tariff, including orange juice and civil aircraft, but not coffee or beef.", True, [("count", 700, None, "nearly")], None),
    ("en", "Brazil's Finance Minister Renato Queiroz said the government had opened a 30 billion reais ($5.6 billion) credit line for exporters hit by the tariffs.", True, [("money", 30000000000, "BRL", None), ("money", 5600000000, "USD", None)], "Renato Queiroz"),
    ("en", "U.S. retail coffee prices rose 21% in the year to August, the biggest annual increase since 1997, Labor Department data showed.", True, [("percent", 21, "%", None), ("year", 1997, None, None)], None),
    ("en", "\"Nobody in Minas Gerais voted for this fight,\" said a cooperative manager in the town of Guaxupe.", False, [], None),
    # --- Tariffs on branded drugs (Reuters) ---
    ("en", "NEW YORK, Sept 26 (Reuters) - The United States will impose a 100% tariff on imports of branded and patented drugs from Oct. 1 unless the manufacturer is building a plant in the country, the president said on social media.", True, [("date", "--09-26", None, None), ("percent", 100, "%", None), ("date", "--10-01", None, None)], None),
    ("en", "Drugs from the European Union and Japan will be capped at 15% under earlier trade deals, a White House official said.", True, [("percent", 15, "%", None)], None),
    ("en", "Ireland's pharmaceutical exports to the U.S. jumped to 58 billion euros in the first half as companies stockpiled ahead of the tariffs, the Central Statistics Office said.", True, [("money", 58000000000, "EUR", None), ("ordinal", 1, None, None)], "the Central Statistics Office"),
    ("en", "Generic drugs, which account for about 90% of prescriptions filled in the United States, are exempt.", True, [("percent", 90, "%", "about")], None),
    ("en", "Industry group PhRMA said its members had already announced U.S. investments of more than $350 billion this year.", True, [("money", 350000000000, "USD", "over")], None),
    ("en", "Patient advocates warned that the tariffs could lead to shortages of some medicines.", False, [], None),
    # --- EU and China fail to agree on EV prices (Reuters) ---
    ("en", "BRUSSELS, Oct 2 (Reuters) - The European Union and China have failed to agree on minimum prices for Chinese-made electric vehicles after almost a year of talks, leaving EU duties of up to 36.1% in place.", True, [("date", "--10-02", None, None), ("percent", 36.1, "%", "up_to")], None),
    ("en", "Chinese brands have nonetheless raised their share of the EU's electric car market to 6.8% from 4.1% a year earlier, according to data from research firm Dataforce.", True, [("percent", 6.8, "%", None), ("percent", 4.1, "%", None)], None),
    ("en", "Beijing has responded with provisional duties of 15.6% to 62.4% on European pork and an anti-dumping probe into dairy products.", True, [("percent", 15.6, "%", None), ("percent", 62.4, "%", None)], None),
    ("en", "\"The door to dialogue remains open,\" a spokesperson for the Chinese mission to the EU said.", False, [], None),
    # --- UK steel safeguard (PA) ---
    ("en", "LONDON (PA) - Britain will cut the amount of steel that can be imported tariff-free by more than a third and raise the levy on volumes above the quota to 50% from 25%, the Department for Business and Trade said.", True, [("fraction", 0.3333, None, "over"), ("percent", 50, "%", None), ("percent", 25, "%", None)], "the Department for Business and Trade"),
    ("en", "Steel imports rose 12% in the first half of the year as producers diverted shipments away from the U.S. market, UK Steel said.", True, [("percent", 12, "%", None), ("ordinal", 1, None, None)], "UK Steel"),
    ("en", "The industry employs fewer than 37,000 people directly, down from more than 60,000 in 2005.", True, [("count", 37000, None, "under"), ("count", 60000, None, "over"), ("year", 2005, None, None)], None),
    ("en", "Humber Steel, which employs about 2,700 people at its Scunthorpe plant, said the quota cut came \"not a moment too soon.\"", True, [("count", 2700, None, "about")], None),
    ("en", "Business Secretary Helen Marlow said the measures would protect \"thousands of skilled jobs\" in steel towns.", False, [], None),
    ("en", "The changes take effect on July 1, when the current safeguard expires under WTO rules after eight years.", True, [("date", "--07-01", None, None), ("duration", 8, "year", None)], None),
    # --- China widens rare earth controls (Reuters) ---
    ("en", "BEIJING, Oct 9 (Reuters) - China expanded export controls on rare earths on Thursday, adding five elements and requiring licences for foreign-made products containing 0.1% or more of Chinese-origin material.", True, [("date", "--10-09", None, None), ("count", 5, None, None), ("percent", 0.1, "%", None)], None),
    ("en", "China accounts for about 70% of the world's mined rare earths and roughly 90% of processed output, according to the International Energy Agency.", True, [("percent", 70, "%", "about"), ("percent", 90, "%", "about")], "the International Energy Agency"),
    ("en", "The commerce ministry said the measures were needed to safeguard national security and were not aimed at any particular country.", True, [], "the commerce ministry"),
    ("en", "U.S. Treasury Secretary Paul Hendry called the move \"a global economic coercion campaign.\"", False, [], None),
    ("en", "Hendry said Washington could impose an additional 100% tariff on Chinese goods from Nov. 1 if Beijing did not reverse course.", True, [("percent", 100, "%", None), ("date", "--11-01", None, None)], "Hendry"),
    ("en", "Shares of Western rare earth miners jumped, with Australian producer Coralind Resources closing up 18%.", True, [("percent", 18, "%", None)], None),
    # --- WTO rules against Thai dairy duties (Reuters) ---
    ("en", "GENEVA, Oct 16 (Reuters) - A World Trade Organization panel ruled on Thursday that Thailand's import duties on European dairy products breach global trade rules, handing the European Union a win in a dispute it brought in 2022.", True, [("date", "--10-16", None, None), ("year", 2022, None, None)], None),
    ("en", "The three-member panel found that duties of up to 40% exceeded the rates Thailand had committed to when the WTO was founded in 1995.", True, [("count", 3, None, None), ("percent", 40, "%", "up_to"), ("year", 1995, None, None)], None),
    ("en", "Thailand has 60 days to appeal, but with the WTO's Appellate Body out of action since December 2019, an appeal would leave the case in legal limbo.", True, [("duration", 60, "day", None), ("year", 2019, None, None)], None),
    ("en", "EU dairy exports to Thailand fell by about two-fifths after the duties were raised in 2021, the European Commission said.", True, [("fraction", 0.4, None, "about"), ("year", 2021, None, None)], "the European Commission"),
    ("en", "Thailand's mission in Geneva said it was \"disappointed\" with the report.", False, [], None),
    ("en", "It is the 31st dispute the EU has taken to the WTO since 2010.", True, [("ordinal", 31, None, None), ("year", 2010, None, None)], None),
    # --- U.S. sanctions Russian oil majors (AP) ---
    ("en", "WASHINGTON (AP) — The Treasury Department on Wednesday imposed sanctions on two of Russia's largest oil companies and 31 of their subsidiaries, the first major U.S. sanctions on Moscow in nine months.", True, [("count", 2, None, None), ("count", 31, None, None), ("ordinal", 1, None, None), ("duration", 9, "month", None)], None),
    ("en", "Together the two companies ship roughly 3.1 million barrels of crude a day abroad, about half of Russia's total.", True, [("count", 2, None, None), ("count", 3100000, None, "about"), ("fraction", 0.5, None, "about")], None),
    ("en", "Brent crude jumped more than 5% to $66.20 a barrel after the announcement.", True, [("percent", 5, "%", "over"), ("money", 66.2, "USD", None)], None),
    ("en", "Foreign banks that keep doing business with the two companies risk losing access to the U.S. financial system, Treasury Secretary Paul Hendry said.", True, [("count", 2, None, None)], "Paul Hendry"),
    ("en", "Indian state refiners have paused new purchases of Russian crude while they review the sanctions, three industry sources said.", True, [("count", 3, None, None)], None),
    ("en", "Kremlin spokesman Lev Sagorsky said Russia had developed \"a certain immunity\" to Western sanctions.", False, [], None),
    # --- The EU's 20th package (Reuters) ---
    ("en", "BRUSSELS, Oct 23 (Reuters) - The European Union formally adopted its 20th package of sanctions against Russia on Thursday, including a ban on Russian liquefied natural gas imports that takes full effect in January 2027.", True, [("date", "--10-23", None, None), ("ordinal", 20, None, None), ("year", 2027, None, None)], None),
    ("en", "The package adds 126 vessels to the bloc's shadow fleet blacklist, bringing the total to 683, and targets banks in Central Asia and refineries in India and Turkey.", True, [("count", 126, None, None), ("count", 683, None, None)], None),
    ("en", "It also lists 45 companies in China, India and Thailand accused of supplying Russia's military, taking the number of listed entities above 2,500.", True, [("count", 45, None, None), ("count", 2500, None, "over")], None),
    ("en", "Slovakia lifted its veto after securing a 12-month transition period for oil deliveries through the Druzhba pipeline, diplomats said.", True, [("duration", 12, "month", None)], None),
    ("en", "\"Every package cuts deeper into the Kremlin's war chest,\" EU foreign policy chief Marit Aasland said.", False, [], None),
    ("en", "Russian Foreign Ministry spokeswoman Darya Kolesova said the measures were illegal and would \"boomerang\" on Europe's own economies.", False, [], None),
    ("en", "The EU estimates that its sanctions have reduced Russia's oil and gas revenues by about a quarter since 2022.", True, [("fraction", 0.25, None, "about"), ("year", 2022, None, None)], None),
    # --- Frozen Russian assets (Reuters) ---
    ("en", "BRUSSELS, Oct 24 (Reuters) - European Union leaders failed on Thursday to agree on using frozen Russian central bank assets to fund a loan of up to 140 billion euros for Ukraine, pushing the decision to December.", True, [("date", "--10-24", None, None), ("money", 140000000000, "EUR", "up_to")], None),
    ("en", "Belgium, where Euroclear holds about 185 billion euros of the immobilised assets, wants the other 26 member states to share the legal risk.", True, [("money", 185000000000, "EUR", "about"), ("count", 26, None, None)], None),
    ("en", "\"If we go down this road, we go down it together,\" the Belgian prime minister told reporters after the summit.", False, [], None),
    ("en", "Euroclear said the Russian assets had generated 3.9 billion euros in interest in the first nine months, most of which is passed on to Ukraine.", True, [("money", 3900000000, "EUR", None), ("ordinal", 1, None, None), ("duration", 9, "month", None)], "Euroclear"),
    ("en", "Outside the EU, roughly $50 billion more is held in Japan, Britain and Canada.", True, [("money", 50000000000, "USD", "about")], None),
    ("en", "Russia's central bank has said it will seek damages of about $230 billion from Euroclear in a Moscow court.", True, [("money", 230000000000, "USD", "about")], "Russia's central bank"),
    ("en", "(Reporting by Tom Ashcroft in Brussels; Editing by Sophie Lind)", False, [], None),
    # --- U.S.-China truce extended (AP) ---
    ("en", "KUALA LUMPUR, Malaysia (AP) — The United States and China agreed to extend their tariff truce by another 90 days after two days of talks in the Malaysian capital, officials from both sides said Sunday.", True, [("duration", 90, "day", None), ("duration", 2, "day", None)], None),
    ("en", "Washington will cut the so-called fentanyl tariff on Chinese goods by 10 percentage points to 10%, bringing the average U.S. tariff on Chinese imports to about 47%.", True, [("percent", 10, "pp", None), ("percent", 10, "%", None), ("percent", 47, "%", "about")], None),
    ("en", "Beijing agreed to suspend its new rare earth controls for one year and to buy at least 12 million metric tons of U.S. soybeans this season.", True, [("duration", 1, "year", None), ("count", 12000000, None, "at_least")], None),
    ("en", "Chinese purchases of U.S. soybeans had all but stopped since May, Agriculture Department data show.", True, [], None),
    ("en", "China's commerce ministry said the consensus was \"hard-won\" and urged Washington to \"meet China halfway.\"", False, [], None),
    ("en", "It was the fifth round of talks between Washington and Beijing since May.", True, [("ordinal", 5, None, None)], None),
    # --- Japanese carmaker cuts forecast (Reuters) ---
    ("en", "TOKYO, Nov 5 (Reuters) - Japanese carmaker Kazuki Motor cut its full-year operating profit forecast by 28% to 1.1 trillion yen ($7.2 billion), citing a 1.4 trillion yen hit from U.S. tariffs.", True, [("date", "--11-05", None, None), ("percent", 28, "%", None), ("money", 1100000000000, "JPY", None), ("money", 7200000000, "USD", None), ("money", 1400000000000, "JPY", None)], None),
    ("en", "The company said it would move production of two SUV models to its Kentucky plant by 2027 to avoid the 15% levy on Japanese cars.", True, [("count", 2, None, None), ("year", 2027, None, None), ("percent", 15, "%", None)], "the company"),
    ("en", "Chief Financial Officer Hiroshi Tanabe said the tariffs were costing Kazuki about 4 billion yen a day.", True, [("money", 4000000000, "JPY", "about")], "Hiroshi Tanabe"),
    ("en", "Kazuki shares fell 4.6% in Tokyo, their biggest one-day drop in seven months.", True, [("percent", 4.6, "%", None), ("duration", 1, "day", None), ("duration", 7, "month", None)], None),
    ("en", "\"We will not pass the full cost on to American customers,\" Tanabe said.", False, [], None),
    # --- Farm equipment layoffs (AP) ---
    ("en", "MOLINE, Ill. (AP) — Farm equipment maker Hartfield Machinery will lay off about 1,100 workers at three Midwestern plants as farmers cut spending during the trade war with China.", True, [("count", 1100, None, "about"), ("count", 3, None, None)], None),
    ("en", "The company said steel and aluminum tariffs had added roughly $300 million to its costs this year.", True, [("money", 300000000, "USD", "about")], "the company"),
    ("en", "Net sales fell 17% to $9.4 billion in the fiscal fourth quarter.", True, [("percent", 17, "%", None), ("money", 9400000000, "USD", None), ("ordinal", 4, None, None)], None),
    ("en", "The layoffs take effect in 60 days, according to notices filed with state labor agencies.", True, [("duration", 60, "day", None)], None),
    ("en", "\"Our farmers don't want aid, they want trade,\" said Dale Pruitt, an Iowa soybean grower who farms 2,400 acres.", False, [("count", 2400, None, None)], None),
    ("en", "The Agriculture Department has promised farmers $12 billion in bridge payments, with the first checks expected in February.", True, [("money", 12000000000, "USD", None), ("ordinal", 1, None, None)], None),
    # --- Tariffs before the Supreme Court (AP) ---
    ("en", "WASHINGTON (AP) — The Supreme Court on Wednesday heard nearly three hours of arguments over whether the president overstepped his authority by imposing sweeping tariffs under a 1977 emergency powers law.", True, [("duration", 3, "hour", "nearly"), ("year", 1977, None, None)], None),
    ("en", "Importers had paid more than $89 billion in duties under the challenged tariffs through late September, U.S. Customs and Border Protection figures show.", True, [("money", 89000000000, "USD", "over")], None),
    ("en", "Several justices appeared skeptical of the government's argument that the tariffs regulate trade rather than tax it.", False, [], None),
    ("en", "Two lower courts had ruled against the tariffs, finding that the law does not mention tariffs at all.", True, [("count", 2, None, None)], None),
    ("en", "If the court rules against the administration, companies could seek refunds, though the process might take years.", False, [], None),
    ("en", "Outside the court, a handful of protesters held signs reading \"Tariffs are taxes.\"", False, [], None),
    # --- Swiss-U.S. tariff deal (Reuters) ---
    ("en", "ZURICH, Nov 14 (Reuters) - Switzerland and the United States reached a deal to cut U.S. tariffs on Swiss goods to 15% from 39%, the Swiss government said on Friday.", True, [("date", "--11-14", None, None), ("percent", 15, "%", None), ("percent", 39, "%", None)], None),
    ("en", "Swiss firms have committed to investing $200 billion in U.S. plants and research by the end of 2028, Economy Minister Reto Ammann said.", True, [("money", 200000000000, "USD", None), ("year", 2028, None, None)], "Reto Ammann"),
    ("en", "Watch exports to the U.S. had slumped by almost a quarter since the 39% rate took effect in August.", True, [("fraction", 0.25, None, "nearly"), ("percent", 39, "%", None)], None),
    ("en", "The franc gained 0.4% against the dollar on the news.", True, [("percent", 0.4, "%", None)], None),
    ("en", "The agreement still has to be approved by parliament and could be put to a referendum.", True, [], None),
    ("en", "Critics in parliament said the government had \"bought\" the deal at too high a price.", False, [], None),
    ("en", "(Reporting by Anna Kessler in Zurich; Editing by Mark Doyle)", False, [], None),
]
