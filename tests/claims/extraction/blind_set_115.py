"""Hundred-and-fifteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Henrik Wendlandt, Katrin Zöllner, Kurt Weinzettl, Joachim Rehkopf, Franz Grubhofer,
Martina Zöchling, Georg Stelzhammer, Ernst Pfeiffer, Paul Gstrein, Anja Hollmann, Tobias
Feldhaus, Lukas Bernhöft, the Bundesverband der Weihnachtsbaumerzeuger; Richard Ashby, Mark
Ellery, Susan Fenwick, Jean-Marc Lestage, Kevin Lindqvist, Helen Marchbank, Northvale
Dairies, Gwen Pryce-Hughes, Anja Holmgren, Ocean Watch Nordic, Thomas Beckwith, Lydia Kwan,
Tom Pryor); real bodies, firms, markets and places ("Deutscher Wetterdienst",
"Branchenorganisation Milch", "Bundesamt für Landwirtschaft", "Vereinigungspreis",
"Landwirtschaftskammer Österreich", "Österreichische Hagelversicherung", "EU-Kommission",
"Gemeinsame Agrarpolitik", "Copa-Cogeca", "Schweizer Obstverband", "Deutscher
Bauernverband", "Österreichischer Weinbauverband", "Grüner Bericht", "Ministerrat",
"Friedrich-Loeffler-Institut", "Agrana", "Statistisches Bundesamt", "Bundesverband
Deutscher Milchviehhalter", "BDM", "Mercosur", "Brandenburger Tor", "Kanzleramt",
"Nationalrat", "Finanzkommission", "Bundesrat", "SVP"; "Met Office", "National Farmers'
Union", "NFU", "Environment Agency", "Colorado Department of Agriculture", "USDA",
"Agriculture Department", "European Commission", "SovEcon", "Fonterra", "Coldiretti", "Food
and Agriculture Organization", "FAO Food Price Index", "Defra", "AHDB", "Agriculture and
Horticulture Development Board", "British Carrot Growers Association", "Metropolitan
Police", "Treasury", "FNSEA", "Conab", "Coffee Europe", "ABARES", "Bureau of Labor
Statistics", "Weld County", "Porte Maillot", "Eyre Peninsula") stand for the way wire copy
names them; every harvest, yield, price, cull, zone, payment, vote, count and statement here
is invented.

Its weight: AGRICULTURE, HARVESTS, ANIMAL DISEASE AND FOOD PRICES over one season in story
order (early June to December of one year), each story told as wire copy runs it (a dateline
lead, the figures, attributed claims and the other side's reply, a quote, follow-ups and
revisions), the German and English stories interleaved by date. Half German (dpa, dpa-AFX,
APA, Keystone-SDA, Reuters German; Austrian "heuer", "Weinviertel", "Ministerrat", Swiss
"Rappen", "17'350", "98'000", "einen Viertel", "grosse Kammer", "fliessen", «» quotes,
German „“ quotes): a spring drought in Brandenburg and the drought aid agreed a month later,
the Swiss milk target price in Rappen, African swine fever in a Hessian herd with its
Zehn-Kilometer-Sperrzone and the pig price, Austria's grain estimate and hail losses, the
Commission's farm budget for 2028 to 2034, the Swiss apple and pear crop after frost, the
German harvest balance with its forecast revised, fertiliser prices and EU tariffs on
Russian nitrogen, Austria's wine vintage in hectolitres, Austrian farm incomes in the Grüner
Bericht, avian flu on a laying farm with its protection and surveillance zones, the
Austrian sugar beet campaign, bluetongue vaccination in Tyrol, German food prices, German
milk prices and cow numbers, a tractor protest in Berlin against the Mercosur deal and for
the farm diesel refund, Swiss direct payments voted in the Nationalrat and Christmas tree
prices. Half English (Reuters, AP, AFP, PA): England's dry spring, bird flu on Colorado egg
farms and egg prices, the EU's new quotas on Ukrainian sugar, wheat and honey, Russia's wheat
crop and export quota, screwworm and Mexican cattle, the French wine harvest and vine
grubbing-up aid, Fonterra's milk price in New Zealand dollars, African swine fever in
Lombardy with a 10-km radius, India's rice exports, U.S. emergency farm aid, the FAO Food
Price Index, bird flu on a Norfolk turkey farm with its 3km and 10km zones, a British milk
price cut in pence, Baltic fishing quotas, Britain's potato and carrot crops, tractors in
Westminster over inheritance tax, record arabica prices, French farmers on the Paris ring
road, UK farm incomes, Australia's winter crop and drought loans in Australian dollars and
U.S. egg prices and bird flu compensation. Figures as such copy has them: tonnes,
hectolitres, hectares, acres and bags; yields per hectare; rainfall in litres and
millimetres; culled birds, pigs and cattle; zones by radius ("Zehn-Kilometer-Sperrzone",
"eine Schutzzone von drei und eine Überwachungszone von zehn Kilometern", "a 10-km radius",
"A 3km protection zone and a 10km surveillance zone"); prices per kilogram, litre, tonne,
bushel, dozen, pound and metre in euros, Cent, francs, Rappen, pounds, pence, dollars,
cents and New Zealand dollars; farm incomes, subsidies, aid and loans in euros, francs,
pounds, dollars and Australian dollars; tractors and protesters counted by police and
organisers; EU quotas and tariffs; votes in a tally; shares as fractions ("um fast einen
Viertel", "knapp ein Fünftel", "um ein Zehntel", "drei Viertel der Betriebe", "Jeder dritte
Ackerbaubetrieb", "by up to a third", "nearly two-thirds", "less than half"); number words
and compounds ("knapp zehn Tonnen", "binnen zweier Tage", "eine Million Tonnen", "zweimal",
"dreistündigen", "Siebenjahreszeitraum", "Fünfjahresmittel", "250-Gramm-Stück", "two
dozen", "two-hour", "60-kg bags"); ordinals of outbreaks, cuts and records; hedges, ranges
and revisions. Negatives as such copy has them: farmers', growers', breeders' and lobbyists'
quoted feelings, complaints and rhetoric (some with a farm's size or a price in them),
slogans, a chant and two banners (one with a figure), labels and accusations, hopes and
fears, forecasts without a figure, open questions, appeals and advice, scene colour and two
Reuters credits.

245 rows (122 German, 123 English), 58 negatives (27 German, 31 English), 187 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 306 expected quantities (103
counts, 64 amounts of money - 31 EUR, 14 USD, 7 CHF, 6 GBP, 4 NZD, 2 AUD -, 44
percentages, 23 fractions, 21 years, 21 durations, 18 dates, 12 ordinals; 10 of them in
nine negatives, as the seventeenth batch labels a figure in a negative), 43 checked
speakers (24 German, 19 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact, a figure or a cause are check-worthy with the speaker their own attribution gives
  ("Auf leichten Sandböden seien die Ähren schon Anfang Juni notreif geworden, sagte
  Landesbauernpräsident Henrik Wendlandt." -> "Henrik Wendlandt", "Der Gesamtschaden ...
  liege damit bereits bei 110 Millionen Euro, sagte Vorstandschef Kurt Weinzettl.", "Trotz
  der größeren Mengen seien die Erlöse je Hektar gesunken, weil die Preise ... um rund 15
  Prozent nachgegeben hätten, sagte Bauernpräsident Joachim Rehkopf.", "Die Mostgewichte
  lägen heuer zwischen 19 und 21 Grad KMW, ...", "Auf knapp 2.000 Hektar habe der
  Rübenrüsselkäfer ...", "Bei den Hennen sei der Subtyp H5N1 festgestellt worden, teilte
  das Friedrich-Loeffler-Institut mit.", "... seien auf manchen Plantagen bis zu ein
  Fünftel der Jungpflanzen vertrocknet, sagte Verbandssprecher Lukas Bernhöft.", "Im
  Vorjahr hätten rund 2.600 Betriebe aufgegeben, ..., rechnete die Opposition vor." with
  the speaker unchecked; forty-second, hundred-tenth, hundred-thirteenth,
  hundred-fourteenth). Quoted facts are check-worthy (hundred-tenth, hundred-eleventh): „Wir
  haben noch 40 Prozent vom Vorjahr im Keller liegen“ -> "Martina Zöchling", «Wir haben
  zwei Nächte lang die Frostkerzen brennen lassen, geholfen hat es kaum» of an unnamed
  fruit grower (unchecked; "zwei Nächte lang" count 2, a night being no unit of the
  duration list, hundred-tenth). A row that states a checkable demand stays check-worthy
  when it also carries a label ("Der Bauernverband hatte ursprünglich 250 Millionen Euro
  gefordert und nannte die Hilfe einen „Tropfen auf den heißen Stein“.", as the
  hundred-fourteenth's offer "described as an insult"), while the label alone is a negative
  ("Der europäische Bauernverband Copa-Cogeca sprach von einem „Verrat an den
  Landwirten“.", "NFU president Thomas Beckwith called the figures "a flashing red light
  ..."").
- Check-worthy without a figure (forty-second, hundred-tenth, hundred-thirteenth,
  hundred-fourteenth): a virus detected for the first time in a domestic herd ("erstmals"
  none), a subtype detected, a board's decision on a price, the Commission's plan to bundle
  direct payments, a risk level raised, a dairy's stated reason
  for a cut ("Northvale said it had been forced to act by ..."), supermarkets relaxing
  size rules, a milk farmers' association's demand, a protest that took place ("Mit
  Hunderten Traktoren ...", "Hunderten" none), a minister's account of safeguard clauses in
  the deal, a parliament's vote reported without its tally, the Grüner Bericht as a
  figure's source ("Das geht aus dem Grünen Bericht hervor, ...", as "Das geht aus einer
  890 Seiten umfassenden Studie hervor", hundred-fourteenth), a record stated without a
  figure ("China has not bought a single cargo of U.S. soybeans from this year's harvest",
  "a single" none) and unquoted background on a disease ("Sterile males mate with wild
  females, ...", "The disease is harmless to humans but kills nearly all infected pigs.",
  "Das Virus wird von Gnitzen übertragen ..."; hundred-thirteenth: what a pathogen does;
  "nearly all" no fraction, as "Almost all", hundred-eleventh).
- Harvests and areas are counts (fourth, thirtieth, forty-second): "rund 2,7 Millionen
  Tonnen", "rund 41,3 Millionen Tonnen", "3,6 Millionen Tonnen", "rund 98'000 Tonnen" and
  "16'500 Tonnen" (Swiss apostrophe, tenth), "etwa 430.000 Tonnen", "83.8 million tonnes",
  "about 55 million tonnes", "about 4.1 million tonnes", "62.3 million tonnes", "35.6
  million tonnes", "a record 151 million tonnes" ("a record" no hedge, twenty-third),
  "knapp 2,3 Millionen Hektolitern" "nearly", "2,45 Millionen Hektoliter", "40.1 million
  hectolitres", "rund 48.000 Hektar", "rund 38.000 Hektar", "About 27,500 hectares", "400
  hectares" and "1,200 acres" (in negatives, below); yields "5,9 Tonnen je Hektar", "knapp
  zehn Tonnen" 10 "nearly", "7,4 Tonnen, ... 5,1 Tonnen" ("je Hektar" none, forty-second);
  rainfall "61 Liter Regen pro Quadratmeter" and "89mm" (hundred-tenth); "37.2 million 60-kg
  bags" 37,200,000 and 60 (forty-second: "A 45-kg bag"); index points "130.1 points"
  (sixteenth). A forecast revised keeps both figures (ninety-ninth, hundred-tenth): "Im Juli
  hatte der Verband seine Prognose noch auf 39,8 Millionen Tonnen beziffert und sie im
  August um eine Million Tonnen angehoben." 39,800,000 and 1,000,000 ("eine Million",
  hundred-twelfth), "raised its forecast ... by 1.2 million tonnes to 83.8 million tonnes",
  "zunächst war von 1.180 die Rede gewesen" beside the 1.240 animals killed; "State officials
  had initially put the flock at 1.1 million hens before revising the figure upward." is
  1,100,000 ("upward" gives a direction, no figure, hundred-tenth). New: "Die Mostgewichte
  lägen heuer zwischen 19 und 21 Grad KMW" are counts 19 and 21 - degrees on the
  Klosterneuburg must scale are a measured value as temperatures are (forty-seventh,
  hundred-tenth), "zwischen" no hedge.
- Animal disease (forty-second, ninety-ninth): culled and kept animals are counts ("rund
  85.000 Tiere", "mehr als 1,4 Millionen Hühner, Enten, Gänse und Puten" "over", "Alle 1.240
  Tiere" - "Alle" no hedge -, "37 schweinehaltende Betriebe mit zusammen rund 18.000
  Tieren", "mehr als 1.100 infizierte Wildschweine", "about 1.3 million hens", "1.8 million
  birds", "More than 4 million birds", "all 27,000 birds", "about 22,000 pigs", "more than
  120,000 pigs", "more than 180 million birds", "more than 1 million head of cattle", "14
  Rinderbetrieben", "knapp 62.000 Tiere"); zones are counts of their radius ("a 10-km
  radius" as "a 2-mile radius", ninety-ninth; "A 3km protection zone and a 10km
  surveillance zone" with the unit glued to the figure as "142mm", ninety-ninth); "eine
  Schutzzone von drei und eine Überwachungszone von zehn Kilometern" counts 3 and 10 (the
  unit written once serves both, seventy-sixth and hundred-thirteenth). New:
  "Zehn-Kilometer-Sperrzone" is count 10 - a number word heading a hyphenated compound is
  read as the digit in "28-Punkte-Entwurf" (the issue) and "1,5-Grad-Ziel" (forty-second).
  New: "binnen zweier Tage" is 2 days - the genitive "zweier" is the number word "zwei".
  Outbreak ordinals (hundred-eleventh, hundred-thirteenth): "a second large egg farm" 2,
  "der elfte Ausbruch" 11, "the 14th case" 14, "Seit dem ersten Nachweis" 1, "Before the
  first suspension" 1, "the first such order in the region since 2023" 1 and the year
  ("such" no effect, hundred-eleventh). "H5N1", "New World screwworm" none.
- Prices per unit are money in the currency written (twelfth, twenty-third, forty-second,
  hundred-thirteenth): Rappen are CHF hundredths ("82 Rappen pro Kilogramm" 0.82, "um 3
  Rappen" 0.03 and "um 2 Rappen" 0.02, "74,6 Rappen je Kilo" 0.746); Cent are EUR
  hundredths ("um 5 Cent" 0.05, "1,95 Euro je Kilogramm", "um bis zu 4 Cent auf 44 Cent je
  Kilogramm" 0.04 "up_to" and 0.44, "mehr als 52 Cent" 0.52 "over", "21,48 Cent je Liter"
  0.2148); pence are GBP hundredths ("by 1.5p a litre ..., to 41.12p" 0.015 and 0.4112;
  seventy-first: "3.9p"); cents USD hundredths ("rose 38 cents" 0.38); "$3.12 a dozen" and
  "for a dozen" ("a dozen" after a price names the unit priced, forty-second), "$5.31 a
  bushel", "$4.41 per lb", "NZ$10 per kgMS" and "the record NZ$10.16" NZD, "a range of NZ$9
  to NZ$11" both NZD (the range, ninety-seventh), "345 Euro" ("durchschnittlich" no hedge),
  "470 Euro je Tonne", "bei 40 Euro je Tonne und steigen bis 2028 auf 315 Euro", "etwa 175
  Euro je Tonne" "about", "1,10 Euro je Liter, ... noch 1,45 Euro", "1,39 Euro", "5,50 Euro
  je Rind und 3,20 Euro je Schaf", "23 bis 29 Euro pro Meter" both EUR (the unit written
  once, ninety-seventh; "etwa so viel wie im Vorjahr" earlier in the row hedges no figure),
  "about $30 a tonne" "about". New: "$3.64 a pound" is 3.64 USD and no GBP - after a dollar
  price "a pound" names the weight priced, as "a dozen" and "a bushel" do (forty-second),
  while "£" and "pounds" after a figure stay GBP (the issue: "300 million pounds").
- Incomes, subsidies, aid and budgets (forty-second, hundred-fourteenth): "mindestens 250
  Millionen Euro" "at_least", "zusammen 120 Millionen Euro" ("zusammen" no hedge), "nur
  noch knapp 294 Milliarden Euro" "nearly", "rund 387 Milliarden Euro" "about", "eine
  Obergrenze von 100.000 Euro pro Betrieb und Jahr" 100,000, "auf 41.320 Euro je Betrieb",
  "mit durchschnittlich 23.900 Euro", "um 42 Millionen Franken" and "rund 2,75 Milliarden
  Franken" CHF, "130 million euros ... 4,000 euros for each hectare", "60 million euros a
  month" ("a month" none), "$12 billion", "about $11 billion", "about $800 million a year",
  "a $750 million plant", "more than $1.4 billion" "over", "£6.1 billion", "£21,000", "more
  than £1 million" "over", "£5 billion in farming over two years" (2 years, "over" before a
  span no hedge, hundredth: "a 4.5% rise over two years"), "as much as A$1.5 million" "up_to"
  (hundred-tenth: "as much as") and "A$25,000" AUD. New: "with payments capped at $155,000
  per person" is 155,000 with no hedge - the figure is the cap itself, exact, and the verb
  carries the limit, as "topped" (ninety-ninth) carries its comparison; "no more than" and
  "höchstens" before a figure stay "at_most" (forty-second, hundred-seventh).
- Quotas, tariffs and trade (forty-second): "at 100,000 tonnes a year", "1.3 million tonnes",
  "35,000 tonnes", "a government quota of 10.6 million tonnes", "788 tonnes", "by 36% to
  about 160,000 tonnes" counts and percentages; "jährlich 99.000 Tonnen Rindfleisch ... zu
  einem ermäßigten Zoll von 7,5 Prozent" and "99,000 tonnes ... at a reduced tariff of
  7.5%"; multiples are counts with their hedge ("more than five times the new limit" and
  "more than four times the government's buffer target" "over", hundred-tenth and
  hundred-thirteenth); "about 40% of global rice trade", "about 80% of the country's milk"
  "about". New: "ending three years of almost unlimited access" is 3 years with no hedge -
  "almost" qualifies "unlimited", not the figure.
- Protests and votes (forty-second, ninety-first, hundred-fourteenth): each side's count is
  a claim ("Die Polizei zählte 620 Traktoren und rund 3.500 Demonstrierende, der
  Bauernverband sprach von mehr als 8.000 Teilnehmenden.", "Police counted about 480
  tractors, while the FNSEA union put the number at more than 1,000.", "The Treasury says
  fewer than 500 estates a year will be affected, while the NFU puts the figure at up to
  70,000 farms." - "fewer than" "under", "up to" "up_to"; speakers unchecked where two
  sources stand in one row), "312 tractors ..., and two dozen" 312 and 24 (the issue's "two
  dozen"); "Hunderten Traktoren", "hundreds of tractors", "Hundreds of farmers" none
  (seventeenth). "Mit 112 zu 79 Stimmen bei 3 Enthaltungen" three counts, "das Agrarbudget
  2026" the year, "zuvor zweimal vertagt" count 2 (the issue's "viermal").
- Fractions (the issue; forty-second, hundred-thirteenth, hundred-fourteenth): "Die Hälfte
  der Summe" 0.5, "knapp ein Fünftel" 0.2 "nearly", "um ein Zehntel" 0.1 (twice), "gar ein
  Drittel" 0.3333 ("gar" no hedge), "Jeder dritte Ackerbaubetrieb" 0.3333, "um mehr als ein
  Viertel" 0.25 "over", "um rund ein Drittel" and "rund ein Drittel" 0.3333 "about", "drei
  Viertel der Betriebe" 0.75, "mehr als die Hälfte" 0.5 "over", "fast ein Viertel" 0.25
  "nearly", "gut einem Drittel" 0.3333 "over" (the dative), "bis zu ein Fünftel" 0.2
  "up_to", "by up to a third" 0.3333 "up_to", "by nearly a fifth" 0.2 "nearly", "roughly
  half" 0.5 "about", "about a fifth" 0.2 "about" (twice), "nearly two-thirds" 0.6667
  "nearly", "half the usual rate" 0.5, "less than half their usual yields" 0.5 "under". New:
  the Swiss "um fast einen Viertel" is 0.25 "nearly" - Swiss usage makes the quarter
  masculine ("einen Viertel"), the same share as "ein Viertel".
- Percentages (forty-second, hundred-thirteenth): "bis zu 40 Prozent" and "bis zu 80
  Prozent" "up_to", "knapp 45 Prozent", "knapp 18 Prozent", "knapp 14 Prozent", "knapp 80
  Prozent", "knapp 5 Prozent" and "fast 15 Prozent", "um fast 30 Prozent" "nearly", "um
  mehr als 30 Prozent" "over", "etwa 6 Prozent" and "um rund 15 Prozent" "about", "um 3,8
  Prozent über dem Vorjahresmonat" ("über" after the figure, forty-second), "mit 21,8
  Prozent", "about 40%", "about 6% short of", "about 28%", "about 4% above" "about", "by as
  much as 30%" "up_to" (hundred-tenth), "fell 1.8%", "down 12%", "by 17%", "a cut of 26%",
  "rise 9%", "by an average of 18%" ("an average of" no hedge), "fallen 7%", "jumped 4.2%",
  "fell 1.1%", "up 0.9% ... and 3.4% higher". New: "ein Minus von 27 Prozent" is 27 - the
  noun names the direction as "fell 1.4%" does (eleventh) and as "ein Plus von 17 Prozent"
  (hundred-twelfth), whereas "minus" directly before a figure is its sign (forty-second).
- Ordinals otherwise: "im dritten Quartal" 3, "der ersten Ernteschätzung" 1 (thirty-second:
  "nach einer ersten Schätzung"), "for a second straight month" 2 and "zum zweiten Mal in
  Folge" 2 (the issue), "the cooperative's third cut since August" 3, "the third-largest on
  record" 3 (the issue: "die drittgrößte Stadt"). "erstmals", "a record", "Rekordhoch",
  "record high", "driest", "smallest", "biggest" carry none.
- Durations (the issue: "fünfstündigen"; hundred-tenth to hundred-fourteenth): "nach einer
  dreistündigen Krisensitzung" 3 hours, "after a two-hour meeting" 2 hours, "die rund 120
  Tage dauern soll" 120 days "about", "two weeks after" 2 weeks, "der vorangegangenen drei
  Jahre" 3 years (hundred-tenth: "der vergangenen 20 Jahre"), "in den vergangenen zehn
  Jahren" 10 years, "Im Mittel der vergangenen fünf Jahre" 5 years, "the average for the
  past five years" 5 years, "Fünfjahresmittel" 5 years and "Siebenjahreszeitraum" 7 years
  (forty-second: "Fünfjahresschnitt"), "vor zwei Jahren" 2 years (twice), "over the past two
  months" 2 months ("over" before "the" no hedge, forty-first), "in two years" 2 years
  beside "more than doubled" (a verb, none; hundred-tenth), "the smallest for at least 15
  years" "at_least". Ages none here; the spans in negatives are labelled ("Seit 31 Jahren",
  "In two days", "in 30 years of trading"). None: "binnen Jahresfrist" (as "binnen eines
  Jahres", hundred-thirteenth), "im Vorjahr", "ein Jahr zuvor", "in diesem Jahr", "jedes
  Jahr", "heuer", "a year", "a week", "a month", "last year", "this year", "next year",
  "this season", "this winter", "a year earlier", "since the spring".
- Years and dates: "seit Beginn der Aufzeichnungen im Jahr 1881", "since 1893", "im Juni
  2024", "November 2024", "Russia's 2025 wheat crop", "im Haushaltsrahmen 2028 bis 2034"
  (both, forty-second), "bis 2028", "in 2023", "im Frühjahr 2024", "since 2023", "from April
  2026", "the 2026 arabica harvest", "since 2013", "by 2027", "since early 2022" the years;
  "the 2024/25 season" and "the 2025/26 season" both years (fortieth, hundred-eleventh:
  "Saison 2020/21"); "bis zum 30. September" --09-30, "vorerst bis zum 20. Dezember"
  --12-20 ("vorerst" no hedge), "which ended on June 30" and "between mid-February and June
  30" --06-30, "on Sept. 25" --09-25, "on Sept. 1" --09-01, "from November 1" --11-01.
  Reuters and AFP datelines with a day ("BRUSSELS, June 30", "MOSCOW, July 9", "PARIS, Aug
  12 (AFP)", "WELLINGTON, Aug 28", "MILAN, Sept 3", "NEW DELHI, Sept 29", "ROME, Oct 3",
  "LUXEMBOURG, Oct 21", "NEW YORK, Nov 18", "PARIS, Nov 26", "SYDNEY, Dec 2") are dates
  without a year; dpa, dpa-AFX, APA, Keystone-SDA, Reuters German ("Brüssel (Reuters) -"),
  AP ("GREELEY, Colo. (AP) —") and PA datelines none (seventy-ninth). Months, weekdays and
  seasons alone ("Anfang Juni", "seit Mai", "Ende April", "im Frühjahr", "since the start
  of October", "mid-February", "by midday", "after dark"), "um fünf Uhr früh" (a clock time)
  and "A-Segment" carry none.
- Counts otherwise: "five of its 14 areas and ... three others", "at three farms", "2,600
  Betriebe ..., im Schnitt also sieben pro Tag" ("im Schnitt" and "pro Tag" none), "unter
  1.850 Mitgliedern" 1,850 with no hedge ("unter" names the survey's base, hundred-eleventh),
  "about 70 miles from the border" "about", "up to 300 million sterile flies a week"
  "up_to", "unter 3,6 Millionen" (cows) "under" ("erstmals" none), "17'350" (Swiss),
  "rund 23 Millionen Bäume" "about", "ein 250-Gramm-Stück" 250 (hundred-thirteenth: pack
  sizes).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly" "about";
  "knapp", "fast", "nearly" "nearly"; "mehr als", "gut", "more than", "More than" "over";
  "unter" (before a figure), "fewer than", "less than" "under"; "mindestens", "at least"
  "at_least"; "bis zu", "up to", "as much as" "up_to". No hedge: "im Schnitt",
  "durchschnittlich", "an average of", "insgesamt", "zusammen", "nur", "nur noch" (with
  "knapp" the hedge), "only", "bereits", "ursprünglich", "zunächst", "vorerst", "gar",
  "Alle", "all", "a record", "zwischen", "between", "capped at", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: "teilte der Deutsche
  Wetterdienst mit", "teilte die Österreichische Hagelversicherung mit" (hundred-tenth),
  "teilte der Deutsche Bauernverband mit", "teilte der Österreichische Weinbauverband am
  Montag mit" and "wie der Schweizer Obstverband am Donnerstag mitteilte" (weekday dropped,
  hundred-fourteenth) - the capitalised adjective in the nominative, as the hundred-tenth
  to hundred-thirteenth batches check it ("das Eidgenössische Starkstrominspektorat", "die
  Königlich Schwedische Akademie der Wissenschaften"); the forty-second batch had left
  "teilte der Schweizer Obstverband mit" unchecked, and this batch follows the later
  majority. "teilte das Landwirtschaftsministerium in Wiesbaden mit" -> "das
  Landwirtschaftsministerium" (the place dropped, forty-second), "teilte die Kommission mit"
  (hundred-fourteenth), "teilte das Friedrich-Loeffler-Institut mit", "teilte der
  Bundesverband der Weihnachtsbaumerzeuger mit", "wie das Bundesamt für Landwirtschaft
  mitteilte" and "wie das Statistische Bundesamt mitteilte" (twice; forty-second); "nach
  Angaben des Landkreises" -> "der Landkreis" and "nach Angaben des Instituts" -> "das
  Institut" (hundred-eleventh, hundred-thirteenth: "nach Angaben des Herstellers"). New:
  "teilte das Land am Freitag mit" -> "das Land", a federal state named by its common noun
  with the article, as "nach Angaben der Stadt" -> "die Stadt" (hundred-eleventh). Titles
  dropped ("Landesbauernpräsident", "Landwirtschaftsministerin", "Vorstandschef",
  "Bauernpräsident", "Weinbaupräsident", "Winzerin", "Rübenbauern-Präsident" as
  "Bischofskonferenz-Sprecher", hundred-fourteenth, "Verbandssprecher"), a place after the
  name dropped ("Winzerin Martina Zöchling aus Langenlois", forty-second: a phrase after the
  name), "Agrarminister Tobias Feldhaus sagte, ..." opening the sentence -> "Tobias
  Feldhaus" (forty-second). English: "the Met Office said" (hundred-tenth), "The National
  Farmers' Union said ..." and "The Metropolitan Police said ..." opening the sentence with
  the article lowered (hundred-tenth, ninety-eighth), "the Agriculture Department said
  Wednesday" and "... said Monday" (the weekday dropped, forty-second), "the farm ministry
  said on Tuesday", "the Food and Agriculture Organization said on Friday", "the Agriculture
  and Horticulture Development Board said", "the Bureau of Labor Statistics said", "the
  AHDB said" (hundred-thirteenth: "The UKHSA said"); "according to the Colorado Department
  of Agriculture", "according to the European Commission", "according to the farm
  ministry", "according to the British Carrot Growers Association" with the article
  (ninety-eighth); "Defra said" twice (forty-second), "Fonterra said" and "Northvale said"
  as written (hundred-thirteenth: "Corvant said"); "Chief veterinary officer Helen Marchbank
  said" -> "Helen Marchbank" (the title dropped). Left unchecked (None): "beziffert" (no
  verb of saying, forty-second), "kündigte ... an", "rechnete die Opposition vor"
  (hundredth), "Das Unternehmen erwartet" and "Producers estimate" (estimating verbs,
  hundred-tenth), "nach einer Umfrage des Verbands", "nach einer Branchenumfrage", "sagte
  ein Obstbauer aus Egnach" (no name), the two-sided rows above, "state officials said
  Friday" and "State officials had initially put", "USDA data showed", "according to USDA
  export data" and "according to AHDB data" (data), "according to the farmers' association
  Coldiretti", "according to industry group Coffee Europe", "the government's commodity
  forecaster ABARES said" and "Brazil's national supply agency Conab cut" (a description
  before the name, fortieth), "Ukraine's agriculture ministry said" (a possessive heading
  the source, eighty-third), "the government said in a notification" (hundred-seventh and
  hundred-thirteenth: "The government said"), "A Defra spokesperson said" and "the
  agriculture minister told reporters" (a role without a name, hundred-eleventh),
  "Exporters said" (a plural group, forty-first), "SovEcon ... raised its forecast", rows
  without attribution and all negatives, also those with a named speaker.
- Negatives (ninety-eighth to hundred-fourteenth): quoted feelings, complaints and rhetoric
  of farmers, growers, breeders, a trader, a broker, a grain marketer, lobbyists and a
  politician, also with a named speaker („Das ist ein Anfang, mehr nicht“, „Eine gute Ernte
  nützt uns wenig, ...“, „Ein großer Jahrgang, nur eben ein kleiner“, schwärmte Grubhofer,
  „Ohne wirksame Beizmittel verlieren wir den Kampf ...“, „Ein echter Baum gehört ...
  dazu“, ""We are tearing out vines my grandfather planted, ..."", ""It's a tale of two
  harvests,""). A farmer's reaction "so verbrannt habe ich die Felder noch nie gesehen" is
  no claim of a measurable record and keeps its 31 years labelled (hundred-tenth: „So etwas
  habe ich in 30 Jahren ... nicht erlebt“), as does ""I've never seen a market like this in
  30 years of trading,""; ""In two days we lost the work of three generations,"" keeps 2
  days and 3. Generic complaints about a price in quotes are rhetoric with the price
  labelled («Für 82 Rappen steht doch bald niemand mehr um fünf Uhr früh im Stall», „Bei 44
  Cent legt jeder Betrieb drauf, der seine Arbeit ehrlich rechnet“; hundred-thirteenth:
  generic claims in quotes). New: a farm's size in the description of a quoted farmer
  ("who farms 400 hectares", "who milks 180 cows", "who grows soybeans on 1,200 acres") is
  labelled as a vox pop's age is (seventy-sixth, eighty-third), and the row stays a
  negative. Slogans, a chant and banners („Ohne Bauern kein Essen, ...“ stand auf einem
  Transparent, ""No farmers, no food," the crowd chanted", ""99,000 tonnes of betrayal,"
  read a banner" with its 99,000 labelled; seventeenth and hundredth); labels and
  accusations without a checkable claim ("Polish farm unions said the quotas were still far
  too generous.", "Verbraucherschützer warfen dem Handel vor, ...", "Environmental groups
  accused ministers ...", "Speakers at the rally accused ministers ...", "Farm groups
  welcomed the money but said ..."; eighty-fourth, hundred-thirteenth); hopes and fears
  ("Die Landwirte hoffen ...", "Die Gastwirte fürchten ...", "Viele Milchbauern blicken mit
  Sorge ...", "Farmers in the area fear ..."; thirtieth); forecasts and outlooks without a
  figure ("Damit dürfte der Importbedarf ... deutlich steigen.", "Forecasters said ...",
  "Traders said prices were likely to ...", "Analysts said ...", "Thai exporters said ...
  could set off a price war", "Shoppers may notice smaller carrots ...", "Economists expect
  ..."; forty-second, hundred-tenth); open questions ("Ob sich der Bund ...", "Ob sich der
  Abwärtstrend ..., wollte Stelzhammer nicht prognostizieren.", "Whether shoppers will keep
  paying more ... remains to be seen."); appeals and advice, also from an official or an
  agency ("Wer ein totes Wildschwein findet, ...", "Geflügelhalter sind aufgerufen, ...",
  "Tierhalter sollten ..., appellierte Landesveterinärdirektor Paul Gstrein.", "Wer den Baum
  länger frisch halten will, ...", "Officials urged backyard poultry owners ...", "Keepers
  should report ..., the agency said."); scene colour (workers in protective suits, tea and
  pea soup outside the chancellery, drivers honking at Porte Maillot) and two Reuters
  credits (seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_115 = [
    # --- Dürre in Brandenburg (dpa) ---
    ("de", "Potsdam (dpa) - Nach dem trockensten Frühjahr seit Beginn der Aufzeichnungen im Jahr 1881 rechnen die Bauern in Brandenburg mit Einbußen von bis zu 40 Prozent beim Wintergetreide.", True, [("year", 1881, None, None), ("percent", 40, "%", "up_to")], None),
    ("de", "Von März bis Mai fielen im Land im Schnitt nur 61 Liter Regen pro Quadratmeter, knapp 45 Prozent des langjährigen Mittels, teilte der Deutsche Wetterdienst mit.", True, [("count", 61, None, None), ("percent", 45, "%", "nearly")], "der Deutsche Wetterdienst"),
    ("de", "Auf leichten Sandböden seien die Ähren schon Anfang Juni notreif geworden, sagte Landesbauernpräsident Henrik Wendlandt.", True, [], "Henrik Wendlandt"),
    ("de", "Der Landesbauernverband beziffert den drohenden Schaden auf mindestens 250 Millionen Euro.", True, [("money", 250000000, "EUR", "at_least")], None),
    ("de", "„Seit 31 Jahren bewirtschafte ich diesen Hof, aber so verbrannt habe ich die Felder noch nie gesehen“, sagte ein Landwirt aus der Uckermark.", False, [("duration", 31, "year", None)], None),
    ("de", "Das Agrarministerium kündigte nach einer dreistündigen Krisensitzung mit den Verbänden an, Brachflächen ausnahmsweise für die Futtergewinnung freizugeben.", True, [("duration", 3, "hour", None)], None),
    ("de", "Ob sich der Bund an einer Dürrehilfe beteiligt, ist noch offen.", False, [], None),
    # --- England's dry spring (PA) ---
    ("en", "LONDON (PA) - England has had its driest spring since 1893, with only 89mm of rain falling between March and May, the Met Office said.", True, [("year", 1893, None, None), ("count", 89, None, None)], "the Met Office"),
    ("en", "The National Farmers' Union said yields of spring barley could fall by up to a third in the worst-hit parts of eastern England.", True, [("fraction", 0.3333, None, "up_to")], "the National Farmers' Union"),
    ("en", "About 40% of members who responded to an NFU survey said they had already started feeding winter silage because their grass had stopped growing.", True, [("percent", 40, "%", "about")], None),
    ("en", "The Environment Agency has declared drought status in five of its 14 areas and moved three others into prolonged dry weather status.", True, [("count", 5, None, None), ("count", 14, None, None), ("count", 3, None, None)], None),
    ("en", "\"You can't grow a crop on hope, and hope is about all we've got,\" said Richard Ashby, who farms 400 hectares near Bury St Edmunds.", False, [("count", 400, None, None)], None),
    ("en", "Forecasters said there was little sign of a lasting change in the weather before July.", False, [], None),
    # --- Milchpreis Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Richtpreis für Molkereimilch im A-Segment bleibt im dritten Quartal unverändert bei 82 Rappen pro Kilogramm.", True, [("ordinal", 3, None, None), ("money", 0.82, "CHF", None)], None),
    ("de", "Das hat der Vorstand der Branchenorganisation Milch an seiner Sitzung vom Mittwoch entschieden.", True, [], None),
    ("de", "Die Produzenten hatten eine Erhöhung um 3 Rappen verlangt, die Verarbeiter eine Senkung um 2 Rappen.", True, [("money", 0.03, "CHF", None), ("money", 0.02, "CHF", None)], None),
    ("de", "Tatsächlich erhielten die Bauern im Mai im Schnitt nur 74,6 Rappen je Kilo, weil ein Teil der Milch zu tieferen Preisen abgerechnet wird, wie das Bundesamt für Landwirtschaft mitteilte.", True, [("money", 0.746, "CHF", None)], "das Bundesamt für Landwirtschaft"),
    ("de", "Die Zahl der Milchbetriebe sank in den vergangenen zehn Jahren um fast einen Viertel auf 17'350.", True, [("duration", 10, "year", None), ("fraction", 0.25, None, "nearly"), ("count", 17350, None, None)], None),
    ("de", "«Für 82 Rappen steht doch bald niemand mehr um fünf Uhr früh im Stall», sagte ein Milchbauer aus dem Emmental.", False, [("money", 0.82, "CHF", None)], None),
    # --- Bird flu in Colorado (AP) ---
    ("en", "GREELEY, Colo. (AP) — A second large egg farm in northern Colorado has tested positive for bird flu, and about 1.3 million hens there are being killed to contain the virus, state officials said Friday.", True, [("ordinal", 2, None, None), ("count", 1300000, None, "about")], None),
    ("en", "The case comes two weeks after the virus was found at a nearby operation housing 1.8 million birds.", True, [("duration", 2, "week", None), ("count", 1800000, None, None)], None),
    ("en", "State officials had initially put the flock at 1.1 million hens before revising the figure upward.", True, [("count", 1100000, None, None)], None),
    ("en", "More than 4 million birds have been culled in Weld County since the start of June, according to the Colorado Department of Agriculture.", True, [("count", 4000000, None, "over")], "the Colorado Department of Agriculture"),
    ("en", "Wholesale prices for large white eggs in the Midwest rose 38 cents this week to $3.12 a dozen, USDA data showed.", True, [("money", 0.38, "USD", None), ("money", 3.12, "USD", None)], None),
    ("en", "Workers in white protective suits loaded crates of dead hens onto trucks lined up outside the barns.", False, [], None),
    ("en", "Officials urged backyard poultry owners to keep their birds away from ponds and wild ducks.", False, [], None),
    # --- Ukraine's trade quotas (Reuters) ---
    ("en", "BRUSSELS, June 30 (Reuters) - The European Union agreed on Monday to cap duty-free imports of Ukrainian sugar at 100,000 tonnes a year under a revised trade deal, ending three years of almost unlimited access.", True, [("date", "--06-30", None, None), ("count", 100000, None, None), ("duration", 3, "year", None)], None),
    ("en", "The annual quota for Ukrainian wheat will rise to 1.3 million tonnes, while honey imports will be limited to 35,000 tonnes.", True, [("count", 1300000, None, None), ("count", 35000, None, None)], None),
    ("en", "Ukraine exported about 550,000 tonnes of sugar to the EU last year, more than five times the new limit, according to the European Commission.", True, [("count", 550000, None, "about"), ("count", 5, None, "over")], "the European Commission"),
    ("en", "Ukraine's agriculture ministry said the new terms would cost its exporters about $800 million a year.", True, [("money", 800000000, "USD", "about")], None),
    ("en", "Polish farm unions said the quotas were still far too generous.", False, [], None),
    # --- Afrikanische Schweinepest in Hessen (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Afrikanische Schweinepest ist im Kreis Bergstraße erstmals in einem Hausschweinebestand nachgewiesen worden.", True, [], None),
    ("de", "Alle 1.240 Tiere des Mastbetriebs bei Lampertheim wurden getötet, zunächst war von 1.180 die Rede gewesen, teilte das Landwirtschaftsministerium in Wiesbaden mit.", True, [("count", 1240, None, None), ("count", 1180, None, None)], "das Landwirtschaftsministerium"),
    ("de", "Rund um den Hof gilt nun eine Zehn-Kilometer-Sperrzone, in der Schweine nur mit Genehmigung des Veterinäramts transportiert werden dürfen.", True, [("count", 10, None, None)], None),
    ("de", "In der Zone liegen nach Angaben des Landkreises 37 schweinehaltende Betriebe mit zusammen rund 18.000 Tieren.", True, [("count", 37, None, None), ("count", 18000, None, "about")], "der Landkreis"),
    ("de", "Seit dem ersten Nachweis bei einem Wildschwein im Juni 2024 wurden in Hessen mehr als 1.100 infizierte Wildschweine gefunden.", True, [("ordinal", 1, None, None), ("year", 2024, None, None), ("count", 1100, None, "over")], None),
    ("de", "Der Vereinigungspreis für Schlachtschweine gab daraufhin um 5 Cent auf 1,95 Euro je Kilogramm nach.", True, [("money", 0.05, "EUR", None), ("money", 1.95, "EUR", None)], None),
    ("de", "„Für die Familie ist das ein Albtraum, den man keinem Berufskollegen wünscht“, sagte der Kreisbauernvorsitzende.", False, [], None),
    ("de", "Wer ein totes Wildschwein findet, soll den Fundort nicht betreten und umgehend das Veterinäramt verständigen.", False, [], None),
    # --- Russia's wheat crop (Reuters) ---
    ("en", "MOSCOW, July 9 (Reuters) - Agricultural consultancy SovEcon on Wednesday raised its forecast for Russia's 2025 wheat crop by 1.2 million tonnes to 83.8 million tonnes, citing strong yields in the south.", True, [("date", "--07-09", None, None), ("year", 2025, None, None), ("count", 1200000, None, None), ("count", 83800000, None, None)], None),
    ("en", "Russia, the world's biggest wheat exporter, shipped about 55 million tonnes in the 2024/25 season, which ended on June 30.", True, [("count", 55000000, None, "about"), ("year", 2024, None, None), ("year", 2025, None, None), ("date", "--06-30", None, None)], None),
    ("en", "Exports between mid-February and June 30 were capped by a government quota of 10.6 million tonnes.", True, [("date", "--06-30", None, None), ("count", 10600000, None, None)], None),
    ("en", "Benchmark wheat futures in Chicago fell 1.8% to $5.31 a bushel on Wednesday.", True, [("percent", 1.8, "%", None), ("money", 5.31, "USD", None)], None),
    ("en", "Traders said prices were likely to stay under pressure until the size of the U.S. spring wheat crop becomes clearer.", False, [], None),
    ("en", "(Reporting by Mark Ellery; Editing by Susan Fenwick)", False, [], None),
    # --- Dürrehilfe (dpa) ---
    ("de", "Potsdam (dpa) - Bund und Land stellen für die von der Dürre betroffenen Betriebe in Brandenburg zusammen 120 Millionen Euro bereit.", True, [("money", 120000000, "EUR", None)], None),
    ("de", "Anspruch haben Höfe, deren Ertrag um mehr als 30 Prozent unter dem Durchschnitt der vorangegangenen drei Jahre liegt, sagte Landwirtschaftsministerin Katrin Zöllner.", True, [("percent", 30, "%", "over"), ("duration", 3, "year", None)], "Katrin Zöllner"),
    ("de", "Die Hälfte der Summe trägt der Bund.", True, [("fraction", 0.5, None, None)], None),
    ("de", "Anträge können bis zum 30. September bei den Landwirtschaftsämtern gestellt werden.", True, [("date", "--09-30", None, None)], None),
    ("de", "Der Bauernverband hatte ursprünglich 250 Millionen Euro gefordert und nannte die Hilfe einen „Tropfen auf den heißen Stein“.", True, [("money", 250000000, "EUR", None)], None),
    ("de", "„Das ist ein Anfang, mehr nicht“, sagte Landesbauernpräsident Wendlandt.", False, [], None),
    # --- Getreideernte in Österreich (APA) ---
    ("de", "Wien (APA) - Österreichs Ackerbauern rechnen heuer mit einer Getreideernte von rund 2,7 Millionen Tonnen, das wären etwa 6 Prozent weniger als im Vorjahr.", True, [("count", 2700000, None, "about"), ("percent", 6, "%", "about")], None),
    ("de", "Das geht aus der ersten Ernteschätzung hervor, die die Landwirtschaftskammer Österreich am Dienstag präsentierte.", True, [("ordinal", 1, None, None)], None),
    ("de", "Beim Weizen wird ein Durchschnittsertrag von 5,9 Tonnen je Hektar erwartet, beim Körnermais von knapp zehn Tonnen.", True, [("count", 5.9, None, None), ("count", 10, None, "nearly")], None),
    ("de", "Hagel und Starkregen haben seit Mai auf rund 48.000 Hektar Ackerfläche Schäden angerichtet, teilte die Österreichische Hagelversicherung mit.", True, [("count", 48000, None, "about")], "die Österreichische Hagelversicherung"),
    ("de", "Der Gesamtschaden in der Landwirtschaft liege damit bereits bei 110 Millionen Euro, sagte Vorstandschef Kurt Weinzettl.", True, [("money", 110000000, "EUR", None)], "Kurt Weinzettl"),
    ("de", "Der Handel zahlt für Mahlweizen derzeit etwa 175 Euro je Tonne, knapp ein Fünftel weniger als vor zwei Jahren.", True, [("money", 175, "EUR", "about"), ("fraction", 0.2, None, "nearly"), ("duration", 2, "year", None)], None),
    ("de", "„Was der Hagel übrig gelassen hat, hat die Hitze geholt“, sagte ein Ackerbauer aus dem Weinviertel.", False, [], None),
    # --- Screwworm and Mexican cattle (AP) ---
    ("en", "WASHINGTON (AP) — The U.S. has again suspended imports of live cattle from Mexico after a case of New World screwworm was found about 70 miles from the border, the Agriculture Department said Wednesday.", True, [("count", 70, None, "about")], "the Agriculture Department"),
    ("en", "Before the first suspension in November 2024, Mexico shipped more than 1 million head of cattle a year to U.S. feedlots.", True, [("ordinal", 1, None, None), ("year", 2024, None, None), ("count", 1000000, None, "over")], None),
    ("en", "The department plans to build a $750 million plant in Texas that will produce up to 300 million sterile flies a week.", True, [("money", 750000000, "USD", None), ("count", 300000000, None, "up_to")], None),
    ("en", "Sterile males mate with wild females, which then lay eggs that do not hatch.", True, [], None),
    ("en", "Feeder cattle futures hit a record $3.64 a pound after the announcement.", True, [("money", 3.64, "USD", None)], None),
    ("en", "\"This pest doesn't respect borders, and neither can our response,\" a department spokesperson said.", False, [], None),
    # --- EU-Agrarhaushalt (Reuters) ---
    ("de", "Brüssel (Reuters) - Die EU-Kommission will für die Zahlungen an Landwirte im Haushaltsrahmen 2028 bis 2034 nur noch knapp 294 Milliarden Euro fest reservieren.", True, [("year", 2028, None, None), ("year", 2034, None, None), ("money", 294000000000, "EUR", "nearly")], None),
    ("de", "Im laufenden Siebenjahreszeitraum stehen für die Gemeinsame Agrarpolitik rund 387 Milliarden Euro zur Verfügung.", True, [("duration", 7, "year", None), ("money", 387000000000, "EUR", "about")], None),
    ("de", "Die Direktzahlungen sollen künftig gemeinsam mit den Regionalfördermitteln in nationalen Plänen gebündelt werden, teilte die Kommission mit.", True, [], "die Kommission"),
    ("de", "Zugleich schlägt die Behörde eine Obergrenze von 100.000 Euro pro Betrieb und Jahr vor.", True, [("money", 100000, "EUR", None)], None),
    ("de", "Der europäische Bauernverband Copa-Cogeca sprach von einem „Verrat an den Landwirten“.", False, [], None),
    # --- French wine harvest (AFP) ---
    ("en", "PARIS, Aug 12 (AFP) - French winemakers are set to produce 40.1 million hectolitres this year, up 10% on last year's frost-ravaged vintage, the farm ministry said on Tuesday.", True, [("date", "--08-12", None, None), ("count", 40100000, None, None), ("percent", 10, "%", None)], "the farm ministry"),
    ("en", "That would still leave output about 6% short of the average for the past five years.", True, [("percent", 6, "%", "about"), ("duration", 5, "year", None)], None),
    ("en", "In Bordeaux, where growers are being paid to rip out vines, the harvest is expected to shrink by nearly a fifth.", True, [("fraction", 0.2, None, "nearly")], None),
    ("en", "The government has set aside 130 million euros to pay growers 4,000 euros for each hectare of vines they pull up.", True, [("money", 130000000, "EUR", None), ("money", 4000, "EUR", None)], None),
    ("en", "About 27,500 hectares of vineyards are expected to be grubbed up under the scheme.", True, [("count", 27500, None, "about")], None),
    ("en", "\"We are tearing out vines my grandfather planted, and it breaks my heart,\" said Jean-Marc Lestage, a grower in Entre-Deux-Mers.", False, [], None),
    # --- Obsternte in der Schweiz (Keystone-SDA) ---
    ("de", "Zug (Keystone-SDA) - Die Schweizer Obstbauern rechnen nach dem Frost im April mit einer unterdurchschnittlichen Apfelernte von rund 98'000 Tonnen.", True, [("count", 98000, None, "about")], None),
    ("de", "Das sind fast 15 Prozent weniger als im Vorjahr, wie der Schweizer Obstverband am Donnerstag mitteilte.", True, [("percent", 15, "%", "nearly")], "der Schweizer Obstverband"),
    ("de", "Bei den Birnen wird mit 16'500 Tonnen gar ein Drittel weniger erwartet.", True, [("count", 16500, None, None), ("fraction", 0.3333, None, None)], None),
    ("de", "Betroffen sind vor allem die Kantone Thurgau und St. Gallen, wo in einzelnen Anlagen bis zu 80 Prozent der Blüten erfroren.", True, [("percent", 80, "%", "up_to")], None),
    ("de", "«Wir haben zwei Nächte lang die Frostkerzen brennen lassen, geholfen hat es kaum», sagte ein Obstbauer aus Egnach.", True, [("count", 2, None, None)], None),
    ("de", "Damit dürfte der Importbedarf bei Tafeläpfeln deutlich steigen.", False, [], None),
    # --- Deutsche Erntebilanz (dpa) ---
    ("de", "Berlin (dpa) - Deutschlands Bauern haben heuer rund 41,3 Millionen Tonnen Getreide eingefahren, knapp 5 Prozent mehr als im schwachen Vorjahr, teilte der Deutsche Bauernverband mit.", True, [("count", 41300000, None, "about"), ("percent", 5, "%", "nearly")], "der Deutsche Bauernverband"),
    ("de", "Beim Winterweizen lag der Hektarertrag im Bundesschnitt bei 7,4 Tonnen, in Brandenburg dagegen nur bei 5,1 Tonnen.", True, [("count", 7.4, None, None), ("count", 5.1, None, None)], None),
    ("de", "Die Rapsernte fiel mit 3,6 Millionen Tonnen um ein Zehntel kleiner aus als im Fünfjahresmittel.", True, [("count", 3600000, None, None), ("fraction", 0.1, None, None), ("duration", 5, "year", None)], None),
    ("de", "Trotz der größeren Mengen seien die Erlöse je Hektar gesunken, weil die Preise seit dem Frühjahr um rund 15 Prozent nachgegeben hätten, sagte Bauernpräsident Joachim Rehkopf.", True, [("percent", 15, "%", "about")], "Joachim Rehkopf"),
    ("de", "Im Juli hatte der Verband seine Prognose noch auf 39,8 Millionen Tonnen beziffert und sie im August um eine Million Tonnen angehoben.", True, [("count", 39800000, None, None), ("count", 1000000, None, None)], None),
    ("de", "„Eine gute Ernte nützt uns wenig, wenn am Ende die Rechnung nicht aufgeht“, sagte Rehkopf.", False, [], None),
    ("de", "Jeder dritte Ackerbaubetrieb schreibt nach einer Umfrage des Verbands unter 1.850 Mitgliedern derzeit rote Zahlen.", True, [("fraction", 0.3333, None, None), ("count", 1850, None, None)], None),
    ("de", "Die Landwirte hoffen nun auf anziehende Preise im Herbst.", False, [], None),
    # --- Fonterra's milk price (Reuters) ---
    ("en", "WELLINGTON, Aug 28 (Reuters) - New Zealand dairy giant Fonterra on Thursday held the midpoint of its milk price forecast for the 2025/26 season at NZ$10 per kgMS, close to the record NZ$10.16 paid last season.", True, [("date", "--08-28", None, None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 10, "NZD", None), ("money", 10.16, "NZD", None)], None),
    ("en", "The cooperative, which collects about 80% of the country's milk, forecast a range of NZ$9 to NZ$11.", True, [("percent", 80, "%", "about"), ("money", 9, "NZD", None), ("money", 11, "NZD", None)], None),
    ("en", "Global dairy trade prices have fallen 7% over the past two months as Chinese demand softened.", True, [("percent", 7, "%", None), ("duration", 2, "month", None)], None),
    ("en", "Fonterra said its full-year results would be announced on Sept. 25.", True, [("date", "--09-25", None, None)], "Fonterra"),
    ("en", "Analysts said the certainty would be welcomed by farmers heading into spring calving.", False, [], None),
    # --- African swine fever in Italy (Reuters) ---
    ("en", "MILAN, Sept 3 (Reuters) - Italian authorities have ordered the culling of about 22,000 pigs after African swine fever was found at three farms in Lombardy, the heart of the country's ham industry.", True, [("date", "--09-03", None, None), ("count", 22000, None, "about"), ("count", 3, None, None)], None),
    ("en", "Movement of pigs has been banned within a 10-km radius of the farms.", True, [("count", 10, None, None)], None),
    ("en", "Italy has culled more than 120,000 pigs since the virus reached the north in 2023, according to the farmers' association Coldiretti.", True, [("count", 120000, None, "over"), ("year", 2023, None, None)], None),
    ("en", "Producers estimate the losses from export restrictions imposed by China, Japan and others at 60 million euros a month.", True, [("money", 60000000, "EUR", None)], None),
    ("en", "The disease is harmless to humans but kills nearly all infected pigs.", True, [], None),
    ("en", "\"In two days we lost the work of three generations,\" said a breeder near Pavia.", False, [("duration", 2, "day", None), ("count", 3, None, None)], None),
    ("en", "Farmers in the area fear the restrictions could stay in place well into next year.", False, [], None),
    # --- Düngerpreise (dpa-AFX) ---
    ("de", "Frankfurt (dpa-AFX) - Stickstoffdünger ist vor der Herbstaussaat deutlich teurer geworden, drei Viertel der Betriebe haben nach einer Branchenumfrage ihren Bedarf noch nicht gedeckt.", True, [("fraction", 0.75, None, None)], None),
    ("de", "Eine Tonne Kalkammonsalpeter kostete im September im Großhandel durchschnittlich 345 Euro, knapp 18 Prozent mehr als ein Jahr zuvor.", True, [("money", 345, "EUR", None), ("percent", 18, "%", "nearly")], None),
    ("de", "Harnstoff verteuerte sich im selben Zeitraum um mehr als ein Viertel auf 470 Euro je Tonne.", True, [("fraction", 0.25, None, "over"), ("money", 470, "EUR", None)], None),
    ("de", "Als Grund nennen Händler die Strafzölle, die die EU seit Juli auf Stickstoffdünger aus Russland erhebt: Sie liegen derzeit bei 40 Euro je Tonne und steigen bis 2028 auf 315 Euro.", True, [("money", 40, "EUR", None), ("year", 2028, None, None), ("money", 315, "EUR", None)], None),
    ("de", "Zudem ist Erdgas, der wichtigste Rohstoff für die Ammoniakherstellung, seit Jahresbeginn um rund ein Drittel teurer geworden.", True, [("fraction", 0.3333, None, "about")], None),
    ("de", "„Wer jetzt beim Dünger spart, erntet im nächsten Sommer weniger – so einfach ist die Rechnung“, sagte ein Landhändler aus dem Münsterland.", False, [], None),
    # --- Weinernte in Österreich (APA) ---
    ("de", "Wien (APA) - Der heurige Weinjahrgang wird mit knapp 2,3 Millionen Hektolitern mengenmäßig unter dem Schnitt liegen, teilte der Österreichische Weinbauverband am Montag mit.", True, [("count", 2300000, None, "nearly")], "der Österreichische Weinbauverband"),
    ("de", "Im Mittel der vergangenen fünf Jahre wurden 2,45 Millionen Hektoliter gekeltert.", True, [("duration", 5, "year", None), ("count", 2450000, None, None)], None),
    ("de", "Spätfrost Ende April hatte vor allem in der Steiermark rund ein Drittel der Knospen vernichtet.", True, [("fraction", 0.3333, None, "about")], None),
    ("de", "Die Mostgewichte lägen heuer zwischen 19 und 21 Grad KMW, sagte Weinbaupräsident Franz Grubhofer.", True, [("count", 19, None, None), ("count", 21, None, None)], "Franz Grubhofer"),
    ("de", "Für Grünen Veltliner im Fass zahlt der Handel derzeit 1,10 Euro je Liter, vor zwei Jahren waren es noch 1,45 Euro.", True, [("money", 1.1, "EUR", None), ("duration", 2, "year", None), ("money", 1.45, "EUR", None)], None),
    ("de", "„Wir haben noch 40 Prozent vom Vorjahr im Keller liegen“, sagte Winzerin Martina Zöchling aus Langenlois.", True, [("percent", 40, "%", None)], "Martina Zöchling"),
    ("de", "„Ein großer Jahrgang, nur eben ein kleiner“, schwärmte Grubhofer.", False, [], None),
    # --- Grüner Bericht (APA) ---
    ("de", "Wien (APA) - Die Einkünfte der heimischen Land- und Forstwirte sind im Vorjahr im Schnitt um 8,2 Prozent auf 41.320 Euro je Betrieb gesunken.", True, [("percent", 8.2, "%", None), ("money", 41320, "EUR", None)], None),
    ("de", "Das geht aus dem Grünen Bericht hervor, den Landwirtschaftsminister Georg Stelzhammer am Mittwoch dem Ministerrat vorlegte.", True, [], None),
    ("de", "Ackerbaubetriebe verzeichneten ein Minus von 27 Prozent, Milchviehbetriebe dagegen ein Plus von 12 Prozent.", True, [("percent", 27, "%", None), ("percent", 12, "%", None)], None),
    ("de", "Öffentliche Gelder machten mit durchschnittlich 23.900 Euro mehr als die Hälfte der Einkünfte aus.", True, [("money", 23900, "EUR", None), ("fraction", 0.5, None, "over")], None),
    ("de", "Im Vorjahr hätten rund 2.600 Betriebe aufgegeben, im Schnitt also sieben pro Tag, rechnete die Opposition vor.", True, [("count", 2600, None, "about"), ("count", 7, None, None)], None),
    ("de", "„Das Höfesterben ist kein Naturgesetz, sondern das Ergebnis falscher Politik“, sagte der Agrarsprecher der Grünen.", False, [], None),
    ("de", "Ob sich der Abwärtstrend heuer fortsetzt, wollte Stelzhammer nicht prognostizieren.", False, [], None),
    # --- India's rice exports (Reuters) ---
    ("en", "NEW DELHI, Sept 29 (Reuters) - India has scrapped the minimum export price on non-basmati white rice, the government said in a notification on Monday, as record stocks fill state warehouses.", True, [("date", "--09-29", None, None)], None),
    ("en", "State-run granaries held about 48 million tonnes of rice on Sept. 1, more than four times the government's buffer target.", True, [("count", 48000000, None, "about"), ("date", "--09-01", None, None), ("count", 4, None, "over")], None),
    ("en", "India's rice output is forecast to reach a record 151 million tonnes this year, according to the farm ministry.", True, [("count", 151000000, None, None)], "the farm ministry"),
    ("en", "India accounts for about 40% of global rice trade.", True, [("percent", 40, "%", "about")], None),
    ("en", "Exporters said the move would make Indian rice about $30 a tonne cheaper than Thai and Vietnamese supplies.", True, [("money", 30, "USD", "about")], None),
    ("en", "Thai exporters said the Indian move could set off a price war in Asia.", False, [], None),
    # --- Emergency aid for U.S. farmers (AP) ---
    ("en", "WASHINGTON (AP) — The federal government will pay farmers $12 billion in emergency aid to offset low crop prices and lost soybean sales to China, the Agriculture Department said Monday.", True, [("money", 12000000000, "USD", None)], "the Agriculture Department"),
    ("en", "Row-crop producers such as corn, soybean and wheat growers will receive about $11 billion, with payments capped at $155,000 per person.", True, [("money", 11000000000, "USD", "about"), ("money", 155000, "USD", None)], None),
    ("en", "China has not bought a single cargo of U.S. soybeans from this year's harvest, according to USDA export data.", True, [], None),
    ("en", "Last year China bought about 27 million tonnes of American soybeans, roughly half of all U.S. exports of the crop.", True, [("count", 27000000, None, "about"), ("fraction", 0.5, None, "about")], None),
    ("en", "Farm groups welcomed the money but said it would not replace lost markets.", False, [], None),
    ("en", "\"Farmers want trade, not aid,\" said Kevin Lindqvist, who grows soybeans on 1,200 acres in southern Minnesota.", False, [("count", 1200, None, None)], None),
    # --- FAO food prices (Reuters) ---
    ("en", "ROME, Oct 3 (Reuters) - World food prices rose for a second straight month in September, driven by dairy and meat, the Food and Agriculture Organization said on Friday.", True, [("date", "--10-03", None, None), ("ordinal", 2, None, None)], "the Food and Agriculture Organization"),
    ("en", "The FAO Food Price Index averaged 130.1 points, up 0.9% from August and 3.4% higher than a year earlier.", True, [("count", 130.1, None, None), ("percent", 0.9, "%", None), ("percent", 3.4, "%", None)], None),
    ("en", "The dairy index jumped 4.2%, with butter prices reaching a record high.", True, [("percent", 4.2, "%", None)], None),
    ("en", "The cereal index fell 1.1% as big harvests in Russia and the European Union weighed on wheat.", True, [("percent", 1.1, "%", None)], None),
    ("en", "Vegetable oil prices were about a fifth higher than in September last year.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "Analysts said food inflation was likely to ease next year as harvests improve.", False, [], None),
    # --- Geflügelpest in Mecklenburg-Vorpommern (dpa) ---
    ("de", "Schwerin (dpa) - Nach einem Ausbruch der Geflügelpest müssen in einem Legehennenbetrieb im Landkreis Vorpommern-Greifswald rund 85.000 Tiere getötet werden.", True, [("count", 85000, None, "about")], None),
    ("de", "Bei den Hennen sei der Subtyp H5N1 festgestellt worden, teilte das Friedrich-Loeffler-Institut mit.", True, [], "das Friedrich-Loeffler-Institut"),
    ("de", "Es ist bereits der elfte Ausbruch in einem Nutzgeflügelbestand in Mecklenburg-Vorpommern seit Anfang September.", True, [("ordinal", 11, None, None)], None),
    ("de", "Bundesweit wurden in diesem Herbst nach Angaben des Instituts mehr als 1,4 Millionen Hühner, Enten, Gänse und Puten gekeult.", True, [("count", 1400000, None, "over")], "das Institut"),
    ("de", "Um den Betrieb wurden eine Schutzzone von drei und eine Überwachungszone von zehn Kilometern eingerichtet.", True, [("count", 3, None, None), ("count", 10, None, None)], None),
    ("de", "Die Tötung der Hennen soll binnen zweier Tage abgeschlossen sein.", True, [("duration", 2, "day", None)], None),
    ("de", "Der Landkreis ordnete für das gesamte Kreisgebiet eine Stallpflicht an, die vorerst bis zum 20. Dezember gilt.", True, [("date", "--12-20", None, None)], None),
    ("de", "Geflügelhalter sind aufgerufen, ihre Tiere strikt von Wildvögeln fernzuhalten.", False, [], None),
    ("de", "Die Gastwirte fürchten, dass Martinigänse in diesem Jahr knapp werden.", False, [], None),
    # --- Zuckerrübenkampagne (APA) ---
    ("de", "Tulln (APA) - In den Zuckerfabriken der Agrana in Tulln und Leopoldsdorf hat am Montag die Rübenkampagne begonnen, die rund 120 Tage dauern soll.", True, [("duration", 120, "day", "about")], None),
    ("de", "Heuer wurden auf rund 38.000 Hektar Zuckerrüben angebaut, um ein Zehntel mehr als im Vorjahr.", True, [("count", 38000, None, "about"), ("fraction", 0.1, None, None)], None),
    ("de", "Auf knapp 2.000 Hektar habe der Rübenrüsselkäfer die Bestände völlig vernichtet, sagte Rübenbauern-Präsident Ernst Pfeiffer.", True, [("count", 2000, None, "nearly")], "Ernst Pfeiffer"),
    ("de", "Das Unternehmen erwartet eine Zuckererzeugung von etwa 430.000 Tonnen.", True, [("count", 430000, None, "about")], None),
    ("de", "Der Zuckerpreis in der EU ist seit seinem Rekordhoch im Frühjahr 2024 um fast 30 Prozent gefallen.", True, [("year", 2024, None, None), ("percent", 30, "%", "nearly")], None),
    ("de", "„Ohne wirksame Beizmittel verlieren wir den Kampf gegen den Käfer“, sagte Pfeiffer.", False, [], None),
    # --- Bird flu in Norfolk (PA) ---
    ("en", "NORWICH (PA) - Avian influenza has been found on a commercial turkey farm near Diss in Norfolk, and all 27,000 birds on the premises will be humanely culled, Defra said.", True, [("count", 27000, None, None)], "Defra"),
    ("en", "A 3km protection zone and a 10km surveillance zone have been put in place around the farm.", True, [("count", 3, None, None), ("count", 10, None, None)], None),
    ("en", "It is the 14th case of highly pathogenic avian influenza in English poultry since the start of October.", True, [("ordinal", 14, None, None)], None),
    ("en", "Chief veterinary officer Helen Marchbank said the risk level for poultry had been raised from medium to high.", True, [], "Helen Marchbank"),
    ("en", "From Monday, all poultry keepers in Norfolk, Suffolk and Essex must house their birds, the first such order in the region since 2023.", True, [("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    ("en", "Keepers should report any signs of illness in their flocks without delay, the agency said.", False, [], None),
    # --- Milk price cut (PA) ---
    ("en", "LONDON (PA) - Northvale Dairies will cut the price it pays farmers for standard milk by 1.5p a litre from November 1, to 41.12p.", True, [("money", 0.015, "GBP", None), ("date", "--11-01", None, None), ("money", 0.4112, "GBP", None)], None),
    ("en", "It is the cooperative's third cut since August.", True, [("ordinal", 3, None, None)], None),
    ("en", "Wholesale butter prices in the UK have dropped by about 28% since the spring, according to AHDB data.", True, [("percent", 28, "%", "about")], None),
    ("en", "Milk deliveries ran about 4% above year-earlier levels in September, the Agriculture and Horticulture Development Board said.", True, [("percent", 4, "%", "about")], "the Agriculture and Horticulture Development Board"),
    ("en", "\"Every penny off the milk price comes straight out of our pockets,\" said Gwen Pryce-Hughes, who milks 180 cows in Carmarthenshire.", False, [("count", 180, None, None)], None),
    ("en", "Northvale said it had been forced to act by a sharp fall in returns from cream and butter.", True, [], "Northvale"),
    # --- Baltic fishing quotas (Reuters) ---
    ("en", "LUXEMBOURG, Oct 21 (Reuters) - European Union fisheries ministers agreed on Tuesday to cut next year's herring quota in the central Baltic Sea by 17%, while keeping a ban on targeted cod fishing.", True, [("date", "--10-21", None, None), ("percent", 17, "%", None)], None),
    ("en", "The European Commission had proposed a cut of 26%, citing scientific advice that stocks were at historically low levels.", True, [("percent", 26, "%", None)], None),
    ("en", "The sprat quota will fall by 36% to about 160,000 tonnes.", True, [("percent", 36, "%", None), ("count", 160000, None, "about")], None),
    ("en", "Catches of western Baltic herring will remain limited to 788 tonnes, for by-catch only.", True, [("count", 788, None, None)], None),
    ("en", "Environmental groups accused ministers of once again ignoring the science.", False, [], None),
    ("en", "\"This is a dark day for the Baltic,\" said Anja Holmgren of the campaign group Ocean Watch Nordic.", False, [], None),
    # --- Blauzungenkrankheit in Tirol (APA) ---
    ("de", "Innsbruck (APA) - In Tirol ist die Blauzungenkrankheit in 14 Rinderbetrieben nachgewiesen worden, teilte das Land am Freitag mit.", True, [("count", 14, None, None)], "das Land"),
    ("de", "Das Land übernimmt die Kosten für die Impfung, das sind 5,50 Euro je Rind und 3,20 Euro je Schaf.", True, [("money", 5.5, "EUR", None), ("money", 3.2, "EUR", None)], None),
    ("de", "Bisher wurden knapp 62.000 Tiere geimpft, das entspricht gut einem Drittel des Bestands.", True, [("count", 62000, None, "nearly"), ("fraction", 0.3333, None, "over")], None),
    ("de", "Das Virus wird von Gnitzen übertragen und befällt vor allem Schafe und Rinder.", True, [], None),
    ("de", "Tierhalter sollten ihre Bestände rasch impfen lassen, appellierte Landesveterinärdirektor Paul Gstrein.", False, [], None),
    # --- Potato and carrot harvest (PA) ---
    ("en", "LONDON (PA) - Britain's potato harvest is expected to be the smallest for at least 15 years after the summer drought, the AHDB said.", True, [("duration", 15, "year", "at_least")], "the AHDB"),
    ("en", "Growers are expected to lift about 4.1 million tonnes, down 12% on last year.", True, [("count", 4100000, None, "about"), ("percent", 12, "%", None)], None),
    ("en", "Carrot yields in Norfolk and Lincolnshire are down by as much as 30%, according to the British Carrot Growers Association.", True, [("percent", 30, "%", "up_to")], "the British Carrot Growers Association"),
    ("en", "Supermarkets have relaxed size rules so that smaller potatoes can be sold.", True, [], None),
    ("en", "Shoppers may notice smaller carrots on the shelves this winter.", False, [], None),
    # --- Lebensmittelpreise (dpa) ---
    ("de", "Wiesbaden (dpa) - Nahrungsmittel haben sich im Oktober binnen Jahresfrist um 2,3 Prozent verteuert, wie das Statistische Bundesamt mitteilte.", True, [("percent", 2.3, "%", None)], "das Statistische Bundesamt"),
    ("de", "Besonders kräftig stiegen die Preise für Schokolade mit 21,8 Prozent und für Rindfleisch mit knapp 14 Prozent.", True, [("percent", 21.8, "%", None), ("percent", 14, "%", "nearly")], None),
    ("de", "Butter kostete dagegen fast ein Viertel weniger, ein 250-Gramm-Stück gab es beim Discounter zuletzt für 1,39 Euro.", True, [("fraction", 0.25, None, "nearly"), ("count", 250, None, None), ("money", 1.39, "EUR", None)], None),
    ("de", "Die Inflationsrate insgesamt stieg zum zweiten Mal in Folge und lag bei 2,1 Prozent.", True, [("ordinal", 2, None, None), ("percent", 2.1, "%", None)], None),
    ("de", "Verbraucherschützer warfen dem Handel vor, gesunkene Einkaufspreise nur zögerlich weiterzugeben.", False, [], None),
    # --- Milchpreis in Deutschland (dpa) ---
    ("de", "Hannover (dpa) - Mehrere große Molkereien senken im Dezember den Auszahlungspreis für konventionelle Milch um bis zu 4 Cent auf 44 Cent je Kilogramm.", True, [("money", 0.04, "EUR", "up_to"), ("money", 0.44, "EUR", None)], None),
    ("de", "Im Frühjahr hatten die Erzeuger zeitweise noch mehr als 52 Cent erhalten.", True, [("money", 0.52, "EUR", "over")], None),
    ("de", "Grund ist vor allem ein Überangebot: Die Milchanlieferung lag im Oktober um 3,8 Prozent über dem Vorjahresmonat.", True, [("percent", 3.8, "%", None)], None),
    ("de", "Der Bundesverband Deutscher Milchviehhalter forderte eine EU-weite Mengenreduzierung gegen Bonuszahlungen.", True, [], None),
    ("de", "„Bei 44 Cent legt jeder Betrieb drauf, der seine Arbeit ehrlich rechnet“, sagte BDM-Sprecherin Anja Hollmann.", False, [("money", 0.44, "EUR", None)], None),
    ("de", "Die Zahl der Milchkühe in Deutschland ist im Mai erstmals unter 3,6 Millionen gefallen, wie das Statistische Bundesamt mitteilte.", True, [("count", 3600000, None, "under")], "das Statistische Bundesamt"),
    ("de", "Viele Milchbauern blicken mit Sorge auf das Frühjahr.", False, [], None),
    # --- Bauernprotest in Berlin (dpa) ---
    ("de", "Berlin (dpa) - Mit Hunderten Traktoren haben Landwirte am Mittwoch das Regierungsviertel in Berlin weitgehend lahmgelegt.", True, [], None),
    ("de", "Die Polizei zählte 620 Traktoren und rund 3.500 Demonstrierende, der Bauernverband sprach von mehr als 8.000 Teilnehmenden.", True, [("count", 620, None, None), ("count", 3500, None, "about"), ("count", 8000, None, "over")], None),
    ("de", "Die Bauern protestieren gegen das Mercosur-Abkommen, das jährlich 99.000 Tonnen Rindfleisch aus Südamerika zu einem ermäßigten Zoll von 7,5 Prozent in die EU lassen würde.", True, [("count", 99000, None, None), ("percent", 7.5, "%", None)], None),
    ("de", "Außerdem verlangen sie die volle Rückvergütung der Agrardieselsteuer von 21,48 Cent je Liter.", True, [("money", 0.2148, "EUR", None)], None),
    ("de", "„Ohne Bauern kein Essen, ohne Essen keine Zukunft“, stand auf einem Transparent am Brandenburger Tor.", False, [], None),
    ("de", "Agrarminister Tobias Feldhaus sagte, das Abkommen enthalte Schutzklauseln, mit denen Einfuhren bei Marktstörungen gestoppt werden könnten.", True, [], "Tobias Feldhaus"),
    ("de", "Vor dem Kanzleramt verteilten Landfrauen heißen Tee und Erbsensuppe.", False, [], None),
    # --- Tractors in Westminster (PA) ---
    ("en", "LONDON (PA) - Hundreds of farmers drove tractors through Westminster on Tuesday to protest against inheritance tax changes that will hit family farms from April 2026.", True, [("year", 2026, None, None)], None),
    ("en", "The Metropolitan Police said 312 tractors had entered central London by midday, and two dozen were still parked on Whitehall after dark.", True, [("count", 312, None, None), ("count", 24, None, None)], "the Metropolitan Police"),
    ("en", "Under the changes, agricultural assets worth more than £1 million will face inheritance tax at an effective rate of 20%, half the usual rate.", True, [("money", 1000000, "GBP", "over"), ("percent", 20, "%", None), ("fraction", 0.5, None, None)], None),
    ("en", "The Treasury says fewer than 500 estates a year will be affected, while the NFU puts the figure at up to 70,000 farms.", True, [("count", 500, None, "under"), ("count", 70000, None, "up_to")], None),
    ("en", "Speakers at the rally accused ministers of betraying the countryside.", False, [], None),
    ("en", "\"No farmers, no food,\" the crowd chanted outside Parliament.", False, [], None),
    # --- Arabica at a record (Reuters) ---
    ("en", "NEW YORK, Nov 18 (Reuters) - Arabica coffee futures rose to a record $4.41 per lb on Tuesday as drought in Brazil threatened next year's crop.", True, [("date", "--11-18", None, None), ("money", 4.41, "USD", None)], None),
    ("en", "Prices have more than doubled in two years.", True, [("duration", 2, "year", None)], None),
    ("en", "Brazil's national supply agency Conab cut its forecast for the 2026 arabica harvest to 37.2 million 60-kg bags.", True, [("year", 2026, None, None), ("count", 37200000, None, None), ("count", 60, None, None)], None),
    ("en", "Roasters in Europe have raised retail prices by an average of 18% since January, according to industry group Coffee Europe.", True, [("percent", 18, "%", None)], None),
    ("en", "\"I've never seen a market like this in 30 years of trading,\" said a broker in Sao Paulo.", False, [("duration", 30, "year", None)], None),
    ("en", "Whether shoppers will keep paying more for their morning cup remains to be seen.", False, [], None),
    # --- French farmers on the Paris ring road (Reuters) ---
    ("en", "PARIS, Nov 26 (Reuters) - French farmers drove hundreds of tractors onto the Paris ring road on Wednesday, protesting against the European Union's planned trade agreement with the Mercosur bloc.", True, [("date", "--11-26", None, None)], None),
    ("en", "Police counted about 480 tractors, while the FNSEA union put the number at more than 1,000.", True, [("count", 480, None, "about"), ("count", 1000, None, "over")], None),
    ("en", "The deal would let 99,000 tonnes of South American beef into the EU each year at a reduced tariff of 7.5%.", True, [("count", 99000, None, None), ("percent", 7.5, "%", None)], None),
    ("en", "France will vote against the agreement in its current form, the agriculture minister told reporters after a two-hour meeting with union leaders.", True, [("duration", 2, "hour", None)], None),
    ("en", "Drivers honked in support as the convoys crawled past Porte Maillot.", False, [], None),
    ("en", "\"99,000 tonnes of betrayal,\" read a banner hung from the front loader of a tractor.", False, [("count", 99000, None, None)], None),
    # --- UK farm incomes (PA) ---
    ("en", "LONDON (PA) - Total income from farming in the UK fell 13% in real terms last year to £6.1 billion, Defra said.", True, [("percent", 13, "%", None), ("money", 6100000000, "GBP", None)], "Defra"),
    ("en", "Average farm business income on cereal farms fell to £21,000, the lowest since 2013.", True, [("money", 21000, "GBP", None), ("year", 2013, None, None)], None),
    ("en", "Direct payments, which will be phased out in England by 2027, made up about a fifth of farm income.", True, [("year", 2027, None, None), ("fraction", 0.2, None, "about")], None),
    ("en", "Dairy farms fared better, with incomes up by nearly two-thirds as milk prices recovered.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("en", "NFU president Thomas Beckwith called the figures \"a flashing red light for British food security.\"", False, [], None),
    ("en", "A Defra spokesperson said the government was investing £5 billion in farming over two years.", True, [("money", 5000000000, "GBP", None), ("duration", 2, "year", None)], None),
    # --- Direktzahlungen im Nationalrat (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Nationalrat hat Kürzungen bei den Direktzahlungen für die Landwirtschaft abgelehnt.", True, [], None),
    ("de", "Mit 112 zu 79 Stimmen bei 3 Enthaltungen folgte die grosse Kammer dem Antrag ihrer Finanzkommission nicht, das Agrarbudget 2026 um 42 Millionen Franken zu kürzen.", True, [("count", 112, None, None), ("count", 79, None, None), ("count", 3, None, None), ("year", 2026, None, None), ("money", 42000000, "CHF", None)], None),
    ("de", "Damit fliessen im kommenden Jahr rund 2,75 Milliarden Franken an Direktzahlungen an gut 47'000 Betriebe.", True, [("money", 2750000000, "CHF", "about"), ("count", 47000, None, "over")], None),
    ("de", "Der Bundesrat hatte die Sparvorschläge mit der angespannten Lage der Bundesfinanzen begründet, die Finanzkommission hatte das Geschäft zuvor zweimal vertagt.", True, [("count", 2, None, None)], None),
    ("de", "«Wer bei den Bauern spart, spart am falschen Ort», sagte ein SVP-Nationalrat in der Debatte.", False, [], None),
    # --- Australia's winter crop (Reuters) ---
    ("en", "SYDNEY, Dec 2 (Reuters) - Australia's winter crop is forecast at 62.3 million tonnes this season, the third-largest on record, the government's commodity forecaster ABARES said on Tuesday.", True, [("date", "--12-02", None, None), ("count", 62300000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Wheat production is expected to rise 9% to 35.6 million tonnes despite drought in parts of South Australia and Victoria.", True, [("percent", 9, "%", None), ("count", 35600000, None, None)], None),
    ("en", "Some growers on South Australia's Eyre Peninsula harvested less than half their usual yields.", True, [("fraction", 0.5, None, "under")], None),
    ("en", "Drought-hit farm businesses can apply for low-interest loans of as much as A$1.5 million and grants of A$25,000 for water infrastructure.", True, [("money", 1500000, "AUD", "up_to"), ("money", 25000, "AUD", None)], None),
    ("en", "\"It's a tale of two harvests,\" said a grain marketer in Adelaide.", False, [], None),
    ("en", "(Reporting by Lydia Kwan in Sydney; Editing by Tom Pryor)", False, [], None),
    # --- Egg prices (AP) ---
    ("en", "NEW YORK (AP) — Shoppers paid an average of $2.86 for a dozen Grade A large eggs in November, down from a record $6.23 in March, the Bureau of Labor Statistics said.", True, [("money", 2.86, "USD", None), ("money", 6.23, "USD", None)], "the Bureau of Labor Statistics"),
    ("en", "Bird flu has killed or forced the culling of more than 180 million birds in the U.S. since early 2022.", True, [("count", 180000000, None, "over"), ("year", 2022, None, None)], None),
    ("en", "The USDA has paid out more than $1.4 billion to compensate farmers for culled flocks.", True, [("money", 1400000000, "USD", "over")], None),
    ("en", "Economists expect prices to climb again if outbreaks pick up during the spring migration.", False, [], None),
    # --- Weihnachtsbäume (dpa) ---
    ("de", "Bonn (dpa) - Weihnachtsbäume kosten in diesem Jahr etwa so viel wie im Vorjahr: Für eine Nordmanntanne verlangen die Händler 23 bis 29 Euro pro Meter.", True, [("money", 23, "EUR", None), ("money", 29, "EUR", None)], None),
    ("de", "In Deutschland werden jedes Jahr rund 23 Millionen Bäume verkauft, knapp 80 Prozent davon Nordmanntannen, teilte der Bundesverband der Weihnachtsbaumerzeuger mit.", True, [("count", 23000000, None, "about"), ("percent", 80, "%", "nearly")], "der Bundesverband der Weihnachtsbaumerzeuger"),
    ("de", "Wegen der Trockenheit im Frühjahr seien auf manchen Plantagen bis zu ein Fünftel der Jungpflanzen vertrocknet, sagte Verbandssprecher Lukas Bernhöft.", True, [("fraction", 0.2, None, "up_to")], "Lukas Bernhöft"),
    ("de", "„Ein echter Baum gehört für die meisten Familien einfach dazu“, sagte Bernhöft.", False, [], None),
    ("de", "Wer den Baum länger frisch halten will, sollte ihn vor dem Aufstellen unten neu anschneiden.", False, [], None),
]
