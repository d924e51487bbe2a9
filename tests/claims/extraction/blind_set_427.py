"""Four-hundred-and-twenty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office
("the president"), and ministers, trade representatives, commissioners, secretaries of
state, spokespeople and agency heads of real governments and bodies appear under made-up
names that stand for no real holder, or by their role only („die Ministerin“, „der
litauische Außenminister“, "Budapest's top diplomat", "a Foreign Office minister", "a
Justice Department spokesperson").

Names: Rüdiger Stellmacher, Reinhold Pernsteiner-Hauk, Hanna Weyrauch-Lenz, Nathalie
Bärtschi-Roduit, Svenja Marquardt-Ilgen, Wolfgang Hasenöhrl-Pichler, Carsten Weidenhöfer,
Gudrun Steinhilber-Maas, Beat Zürcher-Gisler, Inken Hollmann-Tebbe, Markus
Thalhammer-Reiter, Anders Fjellström, Jasper Ohlendorf-Bruns, Annegret Pauly-Kessel,
Katharina Dörrenbächer, Dorothea Kappenberg-Lutz and Matthias Breitenbücher; Garrison
Whitley-Crane, Olof Lindgren-Marr, Thandiwe Mokoena-Dlamini, Marla Heidtbrink, Dale
Hufnagel, Kyle Brandvold, Alistair Penhallow, Rajan Malhotra-Iyer, Nolan Ashgrove-Pike,
Geneviève Tremblay-Okoro, Hideo Kanamori, Carla Benedetti-Shaw, Jim Halvorsen, Rodrigo
Salcedo-Ibarra, Earl Vandergriff, Fiona Redgrave-Nash and Ahn Do-kyeom; the firms Ennsberg
Stahl, Albwerk and Sakuraba Motor, the WTO case number DS687; every unnamed minister,
diplomat, spokesperson, official, economist, analyst, investigator and farmer. Real states,
bodies, parties, exchanges, indices, media and places (Statistisches Bundesamt, BGA,
Statistik Austria, ÖVP, Kontrollbank, Wifo, Industriellenvereinigung, EU-Kommission,
Slowakei, Ungarn, Grüne, Bundesamt für Zoll und Grenzsicherheit, Swissmem, DIHK, das
chinesische Handelsministerium, Bundesregierung, der europäische Stahlverband, Xetra, Kreml,
das Finanzministerium in Moskau, G7, Generalzolldirektion, Handelsverband HDE, Seco, SVP,
Bundesanwaltschaft, Deutscher Kaffeeverband, New Yorker Börse, Landwirtschaftsministerium,
Schweinebörse, Europaparlament, Kiel Institut für Weltwirtschaft, Deutsches Weininstitut,
CDU, „Bild am Sonntag“, Bundestag, Staatsanwaltschaft, VDMA, dpa, dpa-AFX, APA,
Keystone-SDA, Reuters; the White House, the Commerce Department, the U.S. Trade
Representative, the European Commission, the World Trade Organization, the Agriculture
Department, the American Soybean Association, UK Steel, the Federation of Indian Export
Organisations, the Foreign Office, Brent, Urals, the Treasury Department, Fox Business,
Statistics Canada, USMCA, the Court of International Trade, the Justice Department, Mexico's
Senate, China's commerce ministry, China's foreign ministry, China's mission to the EU,
Dataforce, the Distilled Spirits Council, the Kentucky Distillers' Association, Meat &
Livestock Australia, the Nikkei, AP, AFP, PA, and the datelines' cities) stand for the way
wire copy names them; every rate, cap, package, listing, volume, quota, trade figure,
balance, job number, ruling, deadline, vote, forecast, quote and label here is invented, and
where a real figure came to mind (a real tariff on trucks, steel, Swiss, Indian, Brazilian,
Japanese, Korean or Chinese goods, a real steel-quota cut, a real lumber duty, a real oil
price cap or its distance below the market price, a real number of rare earths under
licence, a real member-state vote on electric-car duties, a real de minimis threshold, a
real month of customs receipts, a real peak of U.S.-China trade) it was changed - only
background facts the checks turn on are kept as wire copy would give them (the full-scale
invasion of February 2022, the qualified-majority rule of 15 of 27 states and 65 percent,
the Appellate Body unable to rule since 2019, the lumber agreement of 2006 that lapsed in
2015).

Its weight: TRADE DISPUTES, TARIFFS AND SANCTIONS, third round (the sixty-sixth batch
weighed shipping, ports, logistics, customs and foreign trade, the hundred-seventeenth trade
disputes, tariffs and sanctions, and the two-hundred-and-thirtieth trade and tariffs; the
sanctions packages and price caps of the seventy-fifth and three-hundred-and-thirty-sixth EU
batches came beside them; their decisions are kept) over one wire week, Monday, October 5,
to Sunday, October 11, as 36 short stories in story order, the German and English stories
interleaved by day, about half in each language. German (dpa, dpa-AFX, Reuters German, APA,
Keystone-SDA; Austrian „Jänner“, „Mrd.“, „Mio.“, „heuer“, Swiss „Mia. Franken“, „7'400“,
„hiess“, „Verstössen“, «» quotes, German „“ quotes): Germany's August foreign trade,
Austria's exports to the U.S. and an export-guarantee top-up, the EU ambassadors on the 23rd
sanctions package with its tanker listings and lower oil price cap, Swiss third-quarter
exports and Bern's aim, a DIHK survey on Chinese rare-earth licences, the EU's steel quota
cut and a Linz steelmaker, a Stuttgart carmaker's tariff bill and margin, Russia's seaborne
oil exports and revenue, small parcels at German customs and the handling fee, Russian
assets frozen in Switzerland, coffee prices after U.S. tariffs on Brazil, China's
provisional anti-dumping duties on EU pork, the Commission's counter-tariff list, a Kiel
institute study, German wine exports, the economy minister's Sunday-paper interview, customs
investigators against sanctions busting and U.S. orders at German machine makers. English
(Reuters with dated datelines, AP, AFP with dated datelines, PA): a higher U.S. tariff on
heavy trucks, the Commission's proposal of the 23rd package, a WTO panel on South African
poultry duties, soybean farmers without Chinese buyers, China's September trade, Britain's
steel quotas, India-U.S. talks, British shadow-fleet listings and the oil price, U.S.
customs receipts and the trade deficit, Canadian lumber duties, a Japanese carmaker's profit
warning, importers suing for refunds, Mexico's tariffs on Asian imports, EU-China talks on
electric cars, bourbon distillers, the U.S.-China truce, Australian beef and South Korea's
early October exports. Speakers as such copy has them: German „teilte X mit“ for offices and
bodies with the weekday and the place, „Laut X“, „sagte X“ and „X sagte, ...“ with titles,
parties, audiences, occasions and affiliations, „X sagte der APA“ and „X sagte der „Bild am
Sonntag““; English "X said", "told reporters", "Sen. X, R-Iowa, said", a body's "said" with
its article and the possessive "China's commerce ministry", "according to Statistics
Canada"; beside them the forms left unchecked - roles and pronouns, plural and anonymous
sources, genitives, studies, surveys, data and records, verbs not of saying and every other
"according to". Figures as such copy has them: tariff rates before and after, ranges of
duties, caps with „höchstens“, "up to" and "as much as", moves in percentage points („0,4
Prozentpunkte“, "The 10-percentage-point increase"), a fused rate („ein zehnprozentiger
Aufschlag“) and a zero rate („auf 0 Prozent“); the 23rd package as an ordinal in both
languages and „22 Sanktionspakete“ as a count; vessels, companies, product lines, licences,
lawsuits and criminal cases counted; price caps and crude prices per barrel („von 42,70 auf
39,90 Dollar je Barrel“, "$39.90 a barrel from $42.70", "$66.40 a barrel"); exports,
imports, surpluses, deficits, customs receipts, frozen assets and tariff bills in EUR, USD,
CHF, JPY, CAD, AUD, INR and RUB, with a converted sum in brackets; quotas and volumes in
tonnes, litres, barrels a day and barrels held; shares in words („knapp ein Viertel“, „rund
ein Drittel“, „Knapp jedes dritte“, „fast jede fünfte“, „jeden achten Euro“, „knapp die
Hälfte“, „um fast die Hälfte“, „knapp zwei Drittel“, "by a third", "about two-fifths",
"about two-thirds", "by about three-quarters", "about a fifth", "about a quarter"); ordinals
of months in a row, rounds, quarters, disputes, places and ranks; spans and deadlines
(„knapp vierstündigen“, „30-Tage-Frist“, „dreitägigen“, „seit 18 Monaten“, "within 60 days",
"within three weeks", "the first 10 days"); WTO panel sizes and report pages; votes in a
senate and among member states; ages of suspects; years and dates. Negatives as such copy
has them - 57 rows, none with a figure: ministers', commissioners', trade representatives',
lobbyists' and executives' rhetoric and slogans in quotes, labels („sprach von“,
„bezeichnete ... als“, „begrüßte ... als“), a formal protest with an appeal, appeals naming
no measure, a warning naming no measure, a vow, a criticism, a fear, analysts' and
economists' views without a figure, evasions, a dodge after a question, no-comment lines,
open questions and vox pops of a poultry farmer, a soybean grower, a Moselle winemaker and a
customs broker, each near a check-worthy look-alike from the same story (often the same
speaker's figure).

237 rows (119 German, 118 English), 57 negatives (27 German, 30 English), 180 check-worthy
rows of which 18 carry no figure (10 German, 8 English), 290 expected quantities (75
percentages - 73 in "%", 2 in percentage points "pp" -, 66 counts, 54 amounts of money - 29
USD, 14 EUR, 4 CHF, 3 JPY, 1 each AUD, CAD, INR, RUB -, 23 ordinals, 22 dates, 21 durations
- 8 in months, 5 in years, 4 in days, 3 in weeks, 1 in hours -, 18 fractions, 11 years; none
of them in a negative), 37 checked speakers (20 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, plan, offer, forecast, position or demand with a measure is check-worthy with the
  speaker its own attribution gives, also in Konjunktiv I; quoted or reported slogans,
  rhetoric, labels, vows, appeals and warnings naming no measure, fears, evasions and dodges
  are negatives with speaker None, also with a named speaker (seventh, ninety-eighth,
  hundred-seventeenth, two-hundred-and-fourth, two-hundred-and-thirtieth,
  four-hundred-and-twentieth). Pairs from one speaker: Stellmacher's 11 percent beside „Wer
  jetzt noch von einer Delle spricht ...“; Whitley-Crane's six months beside "We are done
  paying ..."; Pernsteiner-Hauk's 500 Mio. Euro beside „Rückenwind und keine Belehrungen“;
  Lindgren-Marr's 34 firms beside "Every package tightens the screws ..."; Bärtschi-Roduit's
  15 percent beside «mit dem Rücken zur Wand»; Heidtbrink's $6 billion beside "Nobody out
  here asked for a trade war"; Marquardt-Ilgen's 310 of 1,420 beside „die Achillesferse
  unserer Industrie“; Penhallow's 37,000 jobs beside "British steel has a future ...";
  Weidenhöfer's 520 million euros beside „eine Steuer auf Mobilität“ and his silence on
  Mexico; Malhotra-Iyer's 14 of 19 chapters beside "as an equal or not at all";
  Steinhilber-Maas's 1,200 posts beside „Wir ertrinken in Paketen“; Tremblay-Okoro's
  challenge beside "a tax on American home buyers"; Hollmann-Tebbe's 40 percent beside
  „Spielball der Weltpolitik“; Kanamori's 2.4% beside "We cannot keep absorbing this
  forever" and his silence on Tennessee; Benedetti-Shaw's $4.6 million beside "by the book";
  Fjellström's 30 days beside „nicht wegducken“; Ohlendorf-Bruns's finding beside „ein
  Spiel, bei dem beide Seiten draufzahlen“; Vandergriff's 60 of 240 beside "America's native
  spirit"; Kappenberg-Lutz's 0 and 10 percent beside „Wir lassen uns nicht erpressen ...“
  and her dodge on suppliers; Redgrave-Nash's push beside "Our beef sells itself";
  Breitenbücher's share beside „Sand im Getriebe“; Ahn's memorandum beside "Our chips are
  our best trade negotiator".
- Check-worthy without a figure (ninety-eighth, hundred-seventeenth, two-hundred-and-
  thirtieth): a WTO panel's ruling (hundred-seventeenth), sales that "have all but stopped"
  (two-hundred-and-thirtieth: purchases that "had all but stopped"), a ministry's denial of
  a target (hundred-seventeenth: "were not aimed at any particular country"), a matter
  raised by the government, importers' complaint of not being consulted, a legal challenge
  announced, a set date for sales figures, a stated plan to contest every claim, two states'
  push for a harder line, a minister's denial, a study's finding, a trade body's search for
  new buyers, a minister's push and a minister's target, an opposition motion, a delegation
  lead named and an investigation's raid and findings. A forecast with a figure is
  check-worthy (the BGA's 11 percent, Wifo's 0.4 points, the VDMA's 3 percent, the Kiel
  study's 0.5 percent, Meat & Livestock Australia's 8%; two-hundred-and-thirtieth), a
  forecast or an analysts' view without one a negative ("Analysts said the figures showed
  ...", "Economists said much of the tariff cost ..."; two-hundred-and-thirtieth,
  four-hundred-and-seventeenth).
- Tariffs are percentages, moves in points percentage points (sixty-sixth,
  hundred-seventeenth, two-hundred-and-thirtieth): "to 40% from 30%", "to 41.8% from 33.6%",
  "a 17.5% tariff, down from 26%" both figures; „zwischen 5 und 6 Prozent“, „zwischen 19,8
  und 46,3 Prozent“ and "between 2% and 4%" both with no hedge (forty-first: „zwischen“);
  "of up to 62%", "of up to 33.9%", "of up to 45%" and „um bis zu 8 Prozent“ "up_to", "to as
  much as 140%" "up_to" (hundred-tenth: "as much as"); „höchstens 15 Prozent“ "at_most";
  "The 10-percentage-point increase" 10 pp (hundred-seventeenth) and „rund 0,4
  Prozentpunkte“ 0.4 pp "about"; „ein zehnprozentiger Aufschlag“ 10 percent
  (two-hundred-and-thirtieth), the later 25 percent and the eight weeks between;
  attributives ("the 45% U.S. tariff", "a 10% U.S. tariff", "a 16% tariff") plain
  percentages; "an anti-dumping duty of 27.6% and a countervailing duty of 14.2%" both
  ("combined" no hedge). New: a zero rate written in digits is a percentage like any other -
  „ihre Zölle auf Industriegüter auf 0 Prozent zu senken“ is percent 0 beside the 10 percent
  asked in return, as "to 10% from ..." would be read. New: "keeps it 12% below the average
  market price" is 12 with no hedge - "below" after the figure compares, as „weniger“ and
  "more" after a figure do (hundred-seventeenth: "214 Produkte weniger";
  four-hundred-and-twentieth: „gut 4.000 mehr“), while „unter“ right before a figure stays
  "under" („mit einem Warenwert unter 150 Euro“; four-hundred-and-twentieth).
- Sanctions packages and lists (fourteenth, sixty-sixth, seventy-fifth, hundred-seventeenth,
  three-hundred-and-thirty-sixth): „das 23. Sanktionspaket“ and "the European Union's 23rd
  package of sanctions" ordinal 23; „22 Sanktionspakete“ count 22 (the number of packages,
  sixty-sixth). New: „des 23. EU-Sanktionspakets“ is ordinal 23 - a prefix fused into the
  noun changes nothing, as „ihr 31. Langstreckenziel“ (three-hundred-and-fifth) kept its
  ordinal. Vessels, companies and listings are counts ("118 more tankers" - "more" after the
  figure no hedge -, „Mit den 118 neuen Einträgen stünden insgesamt 675 Schiffe“ -
  „insgesamt“ no hedge -, "675 ships", "45 more tankers ... to more than 540" "over", "34
  firms"). Price caps and crude prices are money per barrel with "a barrel" and „je Barrel“
  carrying nothing (seventy-fifth, three-hundred-and-thirty-sixth: "to $39.80 a barrel from
  $43.50"; sixty-sixth: „von 47,60 auf 44,10 Dollar je Barrel“): "$39.90 a barrel from
  $42.70" and „von 42,70 auf 39,90 Dollar je Barrel“ both USD, „von 46,80 auf 42,70 Dollar“
  both, „für rund 38,50 Dollar je Barrel“ "about", "$66.40 a barrel", "$55 a barrel"; "G7"
  none (eighth: an identifier). Frozen assets are money in the currency written, the
  currency written once serving the later figure („7,9 Milliarden Franken, das sind rund 300
  Millionen mehr“ both CHF, the second "about"; hundred-seventeenth). Counts of cases: "46
  Strafverfahren", „In zwei Fällen“.
- WTO cases (hundred-seventeenth, two-hundred-and-thirtieth): "It is the 11th dispute ...,
  and the first over poultry" 11 and 1; "In its 212-page report, the three-member panel" 212
  and 3 (hundred-seventeenth: „148-seitigen“, "The three-member panel"); "within 60 days" 60
  days; "since 2019" the year. New: a WTO case number ("challenged in case DS687") is an
  identifier and carries none, as "Section 232" (sixty-sixth) and IMO numbers (sixty-sixth);
  the row stays check-worthy without a figure.
- Trade values are money in the currency written (sixty-sixth, hundred-seventeenth,
  two-hundred-and-thirtieth): „10,4 Milliarden Euro“, „127,8 Milliarden Euro“, „8,6 Mrd.
  Euro“, „500 Mio. Euro“, „12,6 Milliarden Franken“, „1,07 Mia. Franken“ CHF, „618
  Milliarden Rubel“ RUB (sixty-eighth: RUB), "840 billion yen ($5.6 billion)" JPY and USD
  (the converted figure in brackets with no hedge, eightieth), "about C$7.4 billion" CAD,
  "A$8.95 a kilogram" AUD ("a kilogram" and „je Kilogramm“ none, forty-second), "88.94 per
  dollar" INR (an exchange rate is money in the priced currency, seventy-first: "155.80 per
  dollar"), "14 cents to $9.72 a bushel" 0.14 and 9.72 USD (two-hundred-and-thirtieth); a
  surplus and a deficit are positive amounts („Der Außenhandelsüberschuss schrumpfte auf
  13,9 Milliarden Euro, nach 16,2 Milliarden im Juli“ both EUR, "The trade surplus narrowed
  to $96.4 billion from $102.3 billion", "deficit narrowed 6.3% to $81.7 billion";
  sixty-sixth); "a record $33.8 billion" no hedge; "more than three times the level of a
  year earlier" count 3 "over" (two-hundred-and-thirtieth: "more than three times as much");
  "an estimated $94 billion" "about"; "worth about $52 billion a year" ("a year" none). New:
  "for parcels worth $600 or less" is 600 USD with no hedge - "or less" after the figure is
  a bound after it, as "or more" and „oder mehr“ (two-hundred-and-thirtieth, sixtieth).
- Quotas and volumes in physical units are counts (sixty-sixth, hundred-seventeenth,
  two-hundred-and-thirtieth): „17,6 Millionen Tonnen im Jahr“, "6.1 million tonnes", "a
  record 41,300 tonnes", „rund 41.000 Tonnen“, „41 Millionen Liter“ („nur noch“ no hedge),
  „durchschnittlich 3,1 Millionen Barrel pro Tag“ („durchschnittlich“ no hedge, „pro Tag“
  none), "more than 16 million barrels of whiskey" "over", "just 120,000 metric tons ...
  about 9 million tons", „214 Millionen Kleinsendungen“, "about 4 million small shipments a
  day"; „Ein 500-Gramm-Paket“ count 500 (hundred-seventeenth: "60-kg bags" 60); product
  lines and goods lists ("some 1,300 product lines" "about", „rund 1.250 Produkte“ "about").
- Fractions (forty-first, hundred-seventeenth, two-hundred-and-thirtieth): „knapp ein
  Viertel“ 0.25 "nearly", „rund ein Drittel“ 0.3333 "about" (twice), „Knapp jedes dritte“
  0.3333 "nearly", „knapp die Hälfte“, „um fast die Hälfte“ and „knapp jedes zweite“ 0.5
  "nearly" (two-hundred-and-thirtieth: „Fast jedes zweite“), „fast jede fünfte“ 0.2
  "nearly", „jeden achten Euro“ 0.125 (two-hundred-and-thirtieth: „Jeder vierte Euro“),
  „knapp zwei Drittel“ 0.6667 "nearly" (twice), „um etwa ein Fünftel“ 0.2 "about", "by a
  third" 0.3333, "about two-fifths" 0.4 "about", "about two-thirds" 0.6667 "about", "by
  about three-quarters" 0.75 "about", "about a fifth higher" 0.2 "about", "about a quarter"
  0.25 "about"; „halbiert ... nahezu“ and "doubled" carry none (hundred-seventeenth).
- Ordinals (sixty-sixth, hundred-seventeenth, two-hundred-and-thirtieth): „den sechsten
  Monat in Folge“ and "for a sixth straight month" 6, „auf Platz drei“ 3
  (two-hundred-and-seventy-fourth: „auf Platz zwei“), „im dritten Quartal“ 3 (twice), „zum
  zweiten Mal in diesem Jahr“ 2, „der zweitgrößte Abnehmer“ 2 (issue: „die drittgrößte
  Stadt“), "a sixth round" 6, "a 12th round" 12, "a second round of farm aid" 2, "for a
  third year running" 3, "the sixth decline in seven months" 6 and 7 months; „im ersten
  Halbjahr“ and "in the first half" 1 alone (first batch), „in den ersten neun Monaten“, „in
  den ersten acht Monaten“, "in the first nine months" and "in the first 10 days of October"
  ordinal 1 with the span (two-hundred-and-thirtieth). „der wichtigste Auslandsmarkt“, "the
  biggest market", "the steepest drop" and "a record" none.
- Durations (issue: "fünfstündigen"; hundred-seventeenth): „in einer knapp vierstündigen
  Sitzung“ 4 hours "nearly" (hundred-first: „gut vierstündigen“), „innerhalb einer
  30-Tage-Frist“ 30 days (hundred-seventeenth: „binnen der 90-Tage-Frist“), „nach ihrer
  dreitägigen USA-Reise“ 3 days (issue: "dreitägige Reise"), „in etwa zwei Wochen“ 2 weeks
  "about", „acht Wochen später“, „zunächst für drei Jahre“ („zunächst“ no hedge), „seit 18
  Monaten“, "after six months", "within three weeks", "within 60 days", "their lowest level
  in five years" 5 years (two-hundred-and-thirtieth), "for most of the past two months" 2
  months, "every 12 months rather than every three years" both; ages „im Alter von 41 bis 63
  Jahren“ both (four-hundred-and-twentieth: „im Alter von 23 bis 58 Jahren“). None: „von
  Jänner bis Juli“, „von Mitte August bis Ende September“, „seit Jahresbeginn“, „im
  Vorjahr“, „bis zum Vorjahr“, „ein Jahr zuvor“, „gegenüber dem Vorjahresmonat“, „heuer“,
  „im Jahr“, „pro Tag“, „bis Jahresende“, „ab Dezember“, „Ab Juli“, "last year", "this
  year", "next year", "next week", "a year", "a day", "from a year earlier", "in the year to
  March", "since August", "since January", "since February", "this summer", "since the
  summer", "the end of the month", "before Thanksgiving", weekdays, months alone and clock
  times ("by 1200 GMT"; hundredth). New: "year on year" carries nothing - it names the
  comparison, as "from a year earlier" does; and "in the April-August period" carries
  nothing - two months joined by a hyphen are a period without a day, as „von Jänner bis
  Juli“ is.
- Counts otherwise: "the two sides" 2 (two-hundred-and-thirtieth; twice), "The world's two
  largest economies" 2 (two-hundred-and-thirtieth, New there), "two people familiar with the
  matter" 2 (hundred-seventeenth: "three industry sources said" 3), "all 27 member states"
  and „15 der 27 Mitgliedstaaten“ both, "14 of 19 chapters", „neun der 17 Seltenerdmetalle“
  both (a definite group, forty-first), „2.480 Betriebe“, „von 1.420 Lizenzanträgen ... nur
  310“ („nur“ no hedge), „bis zu 400 der 3.100 Arbeitsplätze“ "up_to" on the first only, "60
  of its 240 workers", „14 Liegenschaften in vier Kantonen“, „in elf Objekten ... drei
  Männer“, „einem Modell mit 141 Ländern und 65 Branchen“, „eines 14-Punkte-Papiers“ 14
  (issue: "28-Punkte-Plan"), "11 curtailments and closures", "More than 1,800 U.S.
  importers" "over", "around 37,000 jobs", "about 290,000 jobs", "an estimated 180,000 jobs"
  "about" (forty-sixth: "an estimated"), „rund 7'400 Stellen“ "about" (Swiss apostrophe,
  tenth), „Rund 800.000 Arbeitsplätze“ "about", „rund 1.200 zusätzliche Stellen“ "about"
  („zusätzliche“ no hedge); votes ("voted 76 to 5 with 16 abstentions", "voted 11 in favour
  and 6 against ..., with 10 abstaining"; three-hundred-and-thirty-sixth). None: "USMCA",
  "G7", "Xetra", "Nikkei", "DS687".
- Years and dates (every batch): „im Februar 2022“, „Seit Februar 2022“, „seit 2023“, "since
  March 2023", "since 2019", "since 2009", "in 2024", "since 2018", "in 2006 ... in 2015",
  "in 2022" the years; „zum 1. November“, „ab dem 1. Jänner“ --01-01 (tenth), „Seit dem 1.
  Juli“, „ab dem 10. Oktober“, "effective Nov. 1", "on Oct. 22", "on Jan. 1", "on Nov. 10",
  "ended on Sept. 30" dates without a year; Reuters and AFP English datelines with a day
  ("WASHINGTON, Oct 5 (Reuters)", "BRUSSELS, Oct 5", "BEIJING, Oct 7", "NEW DELHI, Oct 7",
  "LONDON, Oct 8", "WASHINGTON, Oct 8", "OTTAWA, Oct 9 (AFP)", "TOKYO, Oct 9", "MEXICO CITY,
  Oct 9", "BRUSSELS, Oct 10", "WASHINGTON, Oct 11", "SYDNEY, Oct 11", "SEOUL, Oct 11 (AFP)")
  dates without a year; dpa, dpa-AFX, Reuters German, APA, Keystone-SDA and AP datelines
  ("GENEVA (AP) —", "DES MOINES, Iowa (AP) —", "NEW YORK (AP) —", "LOUISVILLE, Ky. (AP) —")
  none (seventy-ninth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "around", "roughly", "some", "an
  estimated" "about"; „knapp“, „fast“ "nearly"; „gut“, "more than" "over"; „unter“ right
  before the figure "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“
  "at_least"; „höchstens“ "at_most". No hedge: „insgesamt“, „zusammen“, „allein“, „nur“,
  „nur noch“, „zunächst“, „zeitweise“, „derzeit“, „durchschnittlich“, „im Schnitt“, „real“,
  „zusätzliche“, „zuletzt“, "an average of", "combined", "just", "a record", "more" after a
  figure, "below" after a figure, "or less", the „zwischen“ and "between" of a range.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Statistische Bundesamt am Montag in Wiesbaden mit“ -> "das Statistische Bundesamt" with
  the weekday and the place dropped (hundred-seventeenth, four-hundred-and-twentieth),
  „teilte die Statistik Austria am Montag mit“ -> "die Statistik Austria"
  (two-hundred-and-thirtieth), „teilte die Generalzolldirektion am Donnerstag in Bonn mit“
  -> "die Generalzolldirektion" and „teilte das Seco am Donnerstag mit“ -> "das Seco"
  (hundred-seventeenth), „teilte die Kommission mit“ -> "die Kommission"
  (hundred-seventeenth), „Laut Wifo“ -> "Wifo" and „Laut Swissmem“ -> "Swissmem"
  (two-hundred-and-thirtieth); „sagte BGA-Präsident Rüdiger Stellmacher der
  Nachrichtenagentur dpa“, „Wirtschaftsminister Reinhold Pernsteiner-Hauk (ÖVP) sagte, ...“,
  „Staatssekretärin Nathalie Bärtschi-Roduit sagte an einer Medienkonferenz in Bern“,
  „DIHK-Außenwirtschaftschefin Svenja Marquardt-Ilgen sagte“, „Ennsberg-Chef Wolfgang
  Hasenöhrl-Pichler sagte der APA“, „Finanzvorstand Carsten Weidenhöfer sagte“,
  „Zollpräsidentin Gudrun Steinhilber-Maas sagte“, „Handelskommissar Anders Fjellström sagte
  im Europaparlament“, „Studienautor Jasper Ohlendorf-Bruns sagte“, „Weininstitut-Chefin
  Katharina Dörrenbächer sagte“ and „VDMA-Chefvolkswirt Matthias Breitenbücher sagte“ the
  name with the title, the party, the audience, the occasion and the place dropped
  (hundred-seventeenth, two-hundred-and-thirtieth, four-hundred-and-twentieth), „sagte
  Geschäftsführerin Inken Hollmann-Tebbe vom Deutschen Kaffeeverband“ -> "Inken
  Hollmann-Tebbe" with the affiliation dropped (four-hundred-and-twentieth), and
  „Kappenberg-Lutz sagte der „Bild am Sonntag“, ...“ -> "Kappenberg-Lutz", the surname as
  written and the paper dropped as an addressee (four-hundred-and-twentieth: „sagte ... der
  Nachrichtenagentur dpa“). English: "U.S. Trade Representative Garrison Whitley-Crane told
  reporters", "EU trade spokesperson Olof Lindgren-Marr said", "American Soybean Association
  President Marla Heidtbrink said", "Business and Trade Secretary Alistair Penhallow said",
  "Commerce Secretary Rajan Malhotra-Iyer told reporters", "Canada's International Trade
  Minister Geneviève Tremblay-Okoro said" (hundred-seventeenth: "Brazil's Finance
  Minister"), "Chief Financial Officer Hideo Kanamori said", "Economy Minister Rodrigo
  Salcedo-Ibarra said", "Master distiller Earl Vandergriff said", "Trade Minister Fiona
  Redgrave-Nash said" and "Trade Minister Ahn Do-kyeom told reporters" the name with the
  title and the audience dropped, the family name first as written
  (two-hundred-and-thirtieth: "Han said"); "Sen. Dale Hufnagel, R-Iowa, said" -> "Dale
  Hufnagel" (four-hundred-and-twentieth: "Rep. Lyle Brannaman, R-Wash., said"); "the
  European Commission said" with its article (hundred-seventeenth), "the Commerce Department
  said in a separate report" -> "the Commerce Department" (hundred-seventeenth), "UK Steel
  said" as written (hundred-seventeenth), "China's commerce ministry said on its website"
  with the possessive as written (hundred-seventeenth: "India's commerce ministry said"),
  "according to Statistics Canada" -> "Statistics Canada" (hundred-seventeenth, New there).
  Left unchecked (None): all negatives, also those with a named speaker; roles and pronouns
  („so die Ministerin“, „sagte die Ministerin“, „sagte sie“, „sagte ein Sprecher der
  Staatsanwaltschaft“, "a Foreign Office minister told reporters", "A European Commission
  spokesperson said", "A Justice Department spokesperson said", "A U.S. embassy
  spokesperson", "A White House official said"), plural and anonymous sources („Nach Angaben
  von Diplomaten“, „hieß es in Brüssel“, „hiess es beim Verband“, „teilten die Ermittler
  mit“, „nach Angaben der Ermittler“, „nach Angaben aus Regierungskreisen“, „hieß es aus dem
  Landwirtschaftsministerium“, "Diplomats said", "shipping and trade sources said", "two
  people familiar with the matter said", "Importers' groups complained", "Economists polled
  by Reuters"), masculine and neuter genitives and studies („Nach Angaben des europäischen
  Stahlverbands“, „nach Angaben des Finanzministeriums in Moskau“, „nach Zahlen des
  Deutschen Weininstituts“, „nach einer Studie des Kiel Instituts“, „wie eine Umfrage der
  ... (DIHK) zeigt“, „wie aus Daten des Bundesamts ... hervorgeht“;
  four-hundred-and-twentieth), „laut Schweinebörse“ (a market, not a speaker), „nach eigenen
  Angaben“, verbs that are not of saying („betonte“ after a body, „schätzt“, „rechnet“,
  „erwartet“, "forecast", "denied", "would not be drawn"; two-hundred-and-fourth), bodies'
  "said" other than the settled ones ("the White House said", "the government said", "The
  Foreign Office said", "the Treasury said"; two-hundred-and-thirtieth), a description
  between a name and its verb ("Carla Benedetti-Shaw, chief executive of ..., said"), and
  data, records and every other "according to" ("Commerce Department data show", "customs
  data showed", "government data showed", "Treasury Department data showed", "court records
  show", "according to Agriculture Department data", "according to UK Steel", "according to
  the Federation of Indian Export Organisations", "according to data from research firm
  Dataforce", "according to the Distilled Spirits Council", "according to the Kentucky
  Distillers' Association"; four-hundred-and-twentieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_427 = [
    # --- Außenhandel im August (dpa), Montag, 5. Oktober ---
    (
        "de",
        "Wiesbaden (dpa) - Die deutschen Ausfuhren in die Vereinigten Staaten sind im August den sechsten Monat in Folge gesunken, teilte das Statistische Bundesamt am Montag in Wiesbaden mit.",
        True,
        [("ordinal", 6, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Exporte in die USA fielen gegenüber dem Vorjahresmonat um 9,6 Prozent auf 10,4 Milliarden Euro.",
        True,
        [("percent", 9.6, "%", None), ("money", 10400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit rutschten die Vereinigten Staaten unter den wichtigsten Abnehmern deutscher Waren auf Platz drei, hinter China und Frankreich.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt verkauften deutsche Unternehmen Waren im Wert von 127,8 Milliarden Euro ins Ausland, 1,2 Prozent weniger als im Juli.",
        True,
        [("money", 127800000000, "EUR", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der Außenhandelsüberschuss schrumpfte auf 13,9 Milliarden Euro, nach 16,2 Milliarden im Juli.",
        True,
        [("money", 13900000000, "EUR", None), ("money", 16200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Einfuhren aus den USA stiegen dagegen um 3,4 Prozent, vor allem wegen höherer Käufe von Flüssiggas.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr erwartet der Außenhandelsverband einen Rückgang der USA-Exporte um gut 11 Prozent, sagte BGA-Präsident Rüdiger Stellmacher der Nachrichtenagentur dpa.",
        True,
        [("percent", 11, "%", "over")],
        "Rüdiger Stellmacher",
    ),
    ("de", "„Wer jetzt noch von einer Delle spricht, hat die Zahlen nicht gelesen“, sagte Stellmacher.", False, [], None),
    # --- Truck tariffs (Reuters), Monday Oct 5 ---
    (
        "en",
        "WASHINGTON, Oct 5 (Reuters) - The United States will raise its tariff on imported heavy trucks to 40% from 30%, effective Nov. 1, the White House said on Monday.",
        True,
        [("date", "--10-05", None, None), ("percent", 40, "%", None), ("percent", 30, "%", None), ("date", "--11-01", None, None)],
        None,
    ),
    (
        "en",
        "The 10-percentage-point increase covers heavy trucks and tractor units from every trading partner except Mexico and Canada.",
        True,
        [("percent", 10, "pp", None)],
        None,
    ),
    (
        "en",
        "Imports of heavy trucks were worth about $38 billion last year, Commerce Department data show.",
        True,
        [("money", 38000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "U.S. Trade Representative Garrison Whitley-Crane told reporters the administration would review the new rate after six months.",
        True,
        [("duration", 6, "month", None)],
        "Garrison Whitley-Crane",
    ),
    ("en", "\"We are done paying for other people's factories,\" Whitley-Crane said.", False, [], None),
    (
        "en",
        "Shares of European truckmakers fell between 2% and 4% in Frankfurt and Stockholm trading.",
        True,
        [("percent", 2, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    ("en", 'A European Commission spokesperson said Brussels was studying the decision and would respond "calmly and firmly."', False, [], None),
    # --- Österreichs Exporte in die USA (APA), Montag, 5. Oktober ---
    (
        "de",
        "Wien (APA) - Die Ausfuhren österreichischer Firmen in die USA sind von Jänner bis Juli um 11,7 Prozent auf 8,6 Mrd. Euro zurückgegangen, teilte die Statistik Austria am Montag mit.",
        True,
        [("percent", 11.7, "%", None), ("money", 8600000000, "EUR", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Besonders hart traf es die Maschinenbauer, deren Lieferungen über den Atlantik um knapp ein Viertel schrumpften.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Wirtschaftsminister Reinhold Pernsteiner-Hauk (ÖVP) sagte, die Regierung werde den Rahmen für Exportgarantien der Kontrollbank um 500 Mio. Euro aufstocken.",
        True,
        [("money", 500000000, "EUR", None)],
        "Reinhold Pernsteiner-Hauk",
    ),
    ("de", "„Unsere Betriebe brauchen jetzt Rückenwind und keine Belehrungen“, sagte Pernsteiner-Hauk.", False, [], None),
    (
        "de",
        "Laut Wifo kosten die US-Zölle die heimische Wirtschaft heuer rund 0,4 Prozentpunkte Wachstum.",
        True,
        [("percent", 0.4, "pp", "about")],
        "Wifo",
    ),
    ("de", "Die Industriellenvereinigung forderte die Regierung auf, in Brüssel „mit einer Stimme“ aufzutreten.", False, [], None),
    # --- Sanctions package proposed (Reuters), Monday Oct 5 ---
    (
        "en",
        "BRUSSELS, Oct 5 (Reuters) - The European Commission on Monday proposed the European Union's 23rd package of sanctions against Russia, targeting 118 more tankers of the so-called shadow fleet.",
        True,
        [("date", "--10-05", None, None), ("ordinal", 23, None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "With them, 675 ships would be shut out of EU ports and maritime services, the European Commission said.",
        True,
        [("count", 675, None, None)],
        "the European Commission",
    ),
    (
        "en",
        "Brussels also wants the ceiling for Russian crude cut to $39.90 a barrel from $42.70, under a dynamic mechanism that keeps it 12% below the average market price.",
        True,
        [("money", 39.9, "USD", None), ("money", 42.7, "USD", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Diplomats said the proposal needs the backing of all 27 member states and could be adopted before leaders meet on Oct. 22.",
        True,
        [("count", 27, None, None), ("date", "--10-22", None, None)],
        None,
    ),
    (
        "en",
        "EU trade spokesperson Olof Lindgren-Marr said the draft also put 34 firms from China, India and the Gulf on the export-control list.",
        True,
        [("count", 34, None, None)],
        "Olof Lindgren-Marr",
    ),
    ("en", '"Every package tightens the screws, and Moscow feels it," Lindgren-Marr said.', False, [], None),
    ("en", "Budapest's top diplomat vowed not to \"rubber-stamp\" steps that hurt Hungary's energy security.", False, [], None),
    # --- Sanktionspaket im Rat (Reuters), Dienstag, 6. Oktober ---
    (
        "de",
        "Brüssel (Reuters) - Die Botschafter der EU-Staaten haben am Dienstag in einer knapp vierstündigen Sitzung über das 23. Sanktionspaket gegen Russland beraten.",
        True,
        [("duration", 4, "hour", "nearly"), ("ordinal", 23, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben von Diplomaten meldeten die Slowakei und Ungarn Vorbehalte an, mit einer Einigung sei in etwa zwei Wochen zu rechnen.",
        True,
        [("duration", 2, "week", "about")],
        None,
    ),
    (
        "de",
        "Mit den 118 neuen Einträgen stünden insgesamt 675 Schiffe der Schattenflotte auf der Liste, hieß es in Brüssel.",
        True,
        [("count", 118, None, None), ("count", 675, None, None)],
        None,
    ),
    (
        "de",
        "Die Preisobergrenze für russisches Rohöl soll von 42,70 auf 39,90 Dollar je Barrel sinken.",
        True,
        [("money", 42.7, "USD", None), ("money", 39.9, "USD", None)],
        None,
    ),
    (
        "de",
        "Seit Beginn des Angriffskriegs im Februar 2022 hat die EU damit 22 Sanktionspakete beschlossen.",
        True,
        [("year", 2022, None, None), ("count", 22, None, None)],
        None,
    ),
    ("de", "Der litauische Außenminister sprach von einem „Paket mit Zähnen“.", False, [], None),
    ("de", "„Jede Tankerladung, die nicht ausläuft, ist ein Erfolg“, sagte die Grünen-Europaabgeordnete Hanna Weyrauch-Lenz.", False, [], None),
    # --- WTO panel on poultry duties (AP), Tuesday Oct 6 ---
    (
        "en",
        "GENEVA (AP) — A World Trade Organization panel ruled on Tuesday that South Africa's safeguard duties on frozen chicken from the European Union, challenged in case DS687, breached global trade rules.",
        True,
        [],
        None,
    ),
    (
        "en",
        "In its 212-page report, the three-member panel found that Pretoria had not shown that imports caused serious injury to local producers.",
        True,
        [("count", 212, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The duties, of up to 62% on bone-in portions, have been in place since March 2023.",
        True,
        [("percent", 62, "%", "up_to"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "It is the 11th dispute the EU has brought at the WTO against South Africa, and the first over poultry.",
        True,
        [("ordinal", 11, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Either side can appeal within 60 days, though the body that hears appeals has been unable to rule since 2019 because Washington has blocked new appointments.",
        True,
        [("duration", 60, "day", None), ("year", 2019, None, None)],
        None,
    ),
    ("en", "South Africa's trade ministry said it was \"studying the findings\" and would decide on next steps in due course.", False, [], None),
    ("en", 'Poultry farmer Thandiwe Mokoena-Dlamini said outside Johannesburg: "If the duties go, our small farms go with them."', False, [], None),
    # --- Schweizer Exporte im dritten Quartal (Keystone-SDA), Dienstag, 6. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Ausfuhren der Schweiz in die Vereinigten Staaten sind im dritten Quartal um 14,2 Prozent auf 12,6 Milliarden Franken gesunken, wie aus Daten des Bundesamts für Zoll und Grenzsicherheit hervorgeht.",
        True,
        [("ordinal", 3, None, None), ("percent", 14.2, "%", None), ("money", 12600000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Uhrenindustrie verschickte noch Zeitmesser im Wert von 1,07 Mia. Franken über den Atlantik, rund ein Drittel weniger als ein Jahr zuvor.",
        True,
        [("money", 1070000000, "CHF", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Seit dem 1. Juli gilt für die meisten Schweizer Produkte beim Import in die USA ein Zusatzzoll von 27 Prozent.",
        True,
        [("date", "--07-01", None, None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Staatssekretärin Nathalie Bärtschi-Roduit sagte an einer Medienkonferenz in Bern, die Schweiz strebe einen Satz von höchstens 15 Prozent an.",
        True,
        [("percent", 15, "%", "at_most")],
        "Nathalie Bärtschi-Roduit",
    ),
    ("de", "«Wir verhandeln nicht mit dem Rücken zur Wand», sagte Bärtschi-Roduit.", False, [], None),
    (
        "de",
        "Laut Swissmem sind seit Jahresbeginn in der Maschinen-, Elektro- und Metallindustrie rund 7'400 Stellen verloren gegangen.",
        True,
        [("count", 7400, None, "about")],
        "Swissmem",
    ),
    ("de", "Wie lange die Betriebe die Zölle noch durchhalten, sei schwer abzuschätzen, hiess es beim Verband.", False, [], None),
    # --- Soybean farmers (AP), Tuesday Oct 6 ---
    (
        "en",
        "DES MOINES, Iowa (AP) — U.S. soybean sales to China have all but stopped this season, leaving Midwestern farmers with full bins and falling prices.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Chinese buyers have booked just 120,000 metric tons of the new crop, compared with about 9 million tons at the same point a year ago, according to Agriculture Department data.",
        True,
        [("count", 120000, None, None), ("count", 9000000, None, "about")],
        None,
    ),
    (
        "en",
        "Soybean futures in Chicago fell 14 cents to $9.72 a bushel on Tuesday, their lowest level in five years.",
        True,
        [("money", 0.14, "USD", None), ("money", 9.72, "USD", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "American Soybean Association President Marla Heidtbrink said growers stood to lose roughly $6 billion in sales this year.",
        True,
        [("money", 6000000000, "USD", "about")],
        "Marla Heidtbrink",
    ),
    ("en", '"Nobody out here asked for a trade war," Heidtbrink said.', False, [], None),
    (
        "en",
        "Sen. Dale Hufnagel, R-Iowa, said he would push for a second round of farm aid worth $12 billion before Thanksgiving.",
        True,
        [("ordinal", 2, None, None), ("money", 12000000000, "USD", None)],
        "Dale Hufnagel",
    ),
    ("en", "Kyle Brandvold, who grows corn and soybeans near Ames, said he had stopped guessing when the market would come back.", False, [], None),
    # --- Seltene Erden aus China (dpa), Dienstag, 6. Oktober ---
    (
        "de",
        "Berlin (dpa) - Knapp jedes dritte deutsche Industrieunternehmen spürt bereits Engpässe bei seltenen Erden aus China, wie eine Umfrage der Deutschen Industrie- und Handelskammer (DIHK) zeigt.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Befragt wurden von Mitte August bis Ende September 2.480 Betriebe.",
        True,
        [("count", 2480, None, None)],
        None,
    ),
    (
        "de",
        "Peking verlangt seit dem Frühjahr für neun der 17 Seltenerdmetalle eine Ausfuhrlizenz.",
        True,
        [("count", 9, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "de",
        "DIHK-Außenwirtschaftschefin Svenja Marquardt-Ilgen sagte, von 1.420 Lizenzanträgen deutscher Firmen seien bisher nur 310 genehmigt worden.",
        True,
        [("count", 1420, None, None), ("count", 310, None, None)],
        "Svenja Marquardt-Ilgen",
    ),
    ("de", "„Die Abhängigkeit von China ist die Achillesferse unserer Industrie“, sagte Marquardt-Ilgen.", False, [], None),
    (
        "de",
        "Das chinesische Handelsministerium betonte, die Kontrollen richteten sich gegen kein bestimmtes Land.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung hat die Lizenzfrage nach Angaben aus Regierungskreisen beim jüngsten Treffen mit der chinesischen Seite angesprochen.",
        True,
        [],
        None,
    ),
    # --- China's September trade (Reuters), Wednesday Oct 7 ---
    (
        "en",
        "BEIJING, Oct 7 (Reuters) - China's exports grew 5.2% year on year in September, ahead of forecasts, while sales to American buyers declined for a sixth straight month.",
        True,
        [("date", "--10-07", None, None), ("percent", 5.2, "%", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Exports to the U.S. slid 18.4%, customs data showed, while sales to Southeast Asia jumped 16%.",
        True,
        [("percent", 18.4, "%", None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "en",
        "The trade surplus narrowed to $96.4 billion from $102.3 billion in August.",
        True,
        [("money", 96400000000, "USD", None), ("money", 102300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had expected export growth of 3.1%.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "China's commerce ministry said on its website that rare-earth exports dropped by about two-fifths in the first nine months.",
        True,
        [("fraction", 0.4, None, "about"), ("ordinal", 1, None, None), ("duration", 9, "month", None)],
        "China's commerce ministry",
    ),
    ("en", "Analysts said the figures showed Chinese exporters were finding new markets faster than many had expected.", False, [], None),
    # --- EU-Stahlkontingente (APA), Mittwoch, 7. Oktober ---
    (
        "de",
        "Wien (APA) - Die EU halbiert ab dem 1. Jänner die zollfreien Einfuhrmengen für Stahl nahezu und erhebt auf alles darüber einen Zoll von 45 Prozent.",
        True,
        [("date", "--01-01", None, None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zollkontingente sinken damit um 43 Prozent auf 17,6 Millionen Tonnen im Jahr.",
        True,
        [("percent", 43, "%", None), ("count", 17600000, None, None)],
        None,
    ),
    ("de", "Der Linzer Stahlkocher Ennsberg Stahl begrüßte den Schritt als „überfällig“.", False, [], None),
    (
        "de",
        "Ennsberg-Chef Wolfgang Hasenöhrl-Pichler sagte der APA, bis zu 400 der 3.100 Arbeitsplätze in Linz und Leoben seien durch Billigimporte gefährdet gewesen.",
        True,
        [("count", 400, None, "up_to"), ("count", 3100, None, None)],
        "Wolfgang Hasenöhrl-Pichler",
    ),
    (
        "de",
        "Nach Angaben des europäischen Stahlverbands stammt knapp die Hälfte der Stahleinfuhren in die EU aus Asien.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    ("de", "Autozulieferer warnten, höhere Stahlpreise würden am Ende die Kunden zahlen.", False, [], None),
    (
        "de",
        "Die neuen Regeln gelten zunächst für drei Jahre und werden danach überprüft.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- UK steel quotas (PA), Wednesday Oct 7 ---
    (
        "en",
        "Britain is to shrink its tariff-free steel import allowance by a third from January and charge 40% on anything above the quotas, the government said on Wednesday.",
        True,
        [("fraction", 0.3333, None, None), ("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "Business and Trade Secretary Alistair Penhallow said the new regime would protect around 37,000 jobs at steelworks and their suppliers.",
        True,
        [("count", 37000, None, "about")],
        "Alistair Penhallow",
    ),
    ("en", '"British steel has a future, and we intend to prove it," Mr Penhallow said.', False, [], None),
    (
        "en",
        "Imports of finished steel reached 6.1 million tonnes last year, about two-thirds of domestic demand, according to UK Steel.",
        True,
        [("count", 6100000, None, None), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "UK Steel said the quotas should be reviewed every 12 months rather than every three years.",
        True,
        [("duration", 12, "month", None), ("duration", 3, "year", None)],
        "UK Steel",
    ),
    (
        "en",
        "Importers' groups complained that nobody had asked them before the changes were drawn up.",
        True,
        [],
        None,
    ),
    ("en", "Whether the EU will grant British mills a country-specific share of its own quota remains unclear.", False, [], None),
    # --- Autobauer Albwerk und die Zölle (dpa-AFX), Mittwoch, 7. Oktober ---
    (
        "de",
        "Stuttgart (dpa-AFX) - Die US-Zölle haben den Autobauer Albwerk in den ersten neun Monaten rund 1,3 Milliarden Euro gekostet.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 1300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Finanzvorstand Carsten Weidenhöfer sagte, allein im dritten Quartal seien 520 Millionen Euro an Zöllen angefallen.",
        True,
        [("ordinal", 3, None, None), ("money", 520000000, "EUR", None)],
        "Carsten Weidenhöfer",
    ),
    (
        "de",
        "Die operative Marge sank auf 4,8 Prozent, nach 7,1 Prozent ein Jahr zuvor.",
        True,
        [("percent", 4.8, "%", None), ("percent", 7.1, "%", None)],
        None,
    ),
    (
        "de",
        "Albwerk senkte zum zweiten Mal in diesem Jahr seine Prognose und erwartet nun eine Marge zwischen 5 und 6 Prozent.",
        True,
        [("ordinal", 2, None, None), ("percent", 5, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    ("de", "„Zölle sind eine Steuer auf Mobilität, und die zahlt am Ende der Kunde“, sagte Weidenhöfer.", False, [], None),
    ("de", "Ob der Konzern Fertigung aus Mexiko in die USA verlagert, ließ Weidenhöfer offen.", False, [], None),
    (
        "de",
        "Im Xetra-Handel gab das Papier zeitweise 6,3 Prozent nach.",
        True,
        [("percent", 6.3, "%", None)],
        None,
    ),
    # --- India-U.S. talks (Reuters), Wednesday Oct 7 ---
    (
        "en",
        "NEW DELHI, Oct 7 (Reuters) - India and the United States ended a sixth round of trade talks on Wednesday without agreement on lowering the 45% U.S. tariff on most Indian goods.",
        True,
        [("date", "--10-07", None, None), ("ordinal", 6, None, None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "en",
        "Commerce Secretary Rajan Malhotra-Iyer told reporters the two sides had closed 14 of 19 chapters and would meet again within three weeks.",
        True,
        [("count", 2, None, None), ("count", 14, None, None), ("count", 19, None, None), ("duration", 3, "week", None)],
        "Rajan Malhotra-Iyer",
    ),
    (
        "en",
        "Indian shipments to America dropped 21% in the April-August period to $31.2 billion, government data showed.",
        True,
        [("percent", 21, "%", None), ("money", 31200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Textile and shrimp exporters have cut an estimated 180,000 jobs since August, according to the Federation of Indian Export Organisations.",
        True,
        [("count", 180000, None, "about")],
        None,
    ),
    ("en", '"India negotiates as an equal or not at all," Malhotra-Iyer said.', False, [], None),
    ("en", "A U.S. embassy spokesperson declined to comment on the talks.", False, [], None),
    (
        "en",
        "The rupee weakened to 88.94 per dollar after the talks ended.",
        True,
        [("money", 88.94, "INR", None)],
        None,
    ),
    # --- Russlands Ölexporte (Reuters), Donnerstag, 8. Oktober ---
    (
        "de",
        "Frankfurt (Reuters) - Russlands Ölexporte über den Seeweg sind im September auf durchschnittlich 3,1 Millionen Barrel pro Tag gefallen, den niedrigsten Stand seit 18 Monaten.",
        True,
        [("count", 3100000, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "de",
        "Die Sorte Urals wurde zuletzt für rund 38,50 Dollar je Barrel gehandelt und lag damit unter der Preisobergrenze der G7.",
        True,
        [("money", 38.5, "USD", "about")],
        None,
    ),
    (
        "de",
        "Indien und die Türkei nahmen zusammen knapp zwei Drittel der Lieferungen ab.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    ("de", "Der Kreml bezeichnete die westlichen Sanktionen erneut als „illegal“.", False, [], None),
    (
        "de",
        "Die Einnahmen des russischen Staates aus Öl und Gas sanken nach Angaben des Finanzministeriums in Moskau im September um 27 Prozent auf 618 Milliarden Rubel.",
        True,
        [("percent", 27, "%", None), ("money", 618000000000, "RUB", None)],
        None,
    ),
    (
        "de",
        "Die EU hatte die Obergrenze bereits im Sommer von 46,80 auf 42,70 Dollar gesenkt.",
        True,
        [("money", 46.8, "USD", None), ("money", 42.7, "USD", None)],
        None,
    ),
    # --- Shadow fleet listings (Reuters), Thursday Oct 8 ---
    (
        "en",
        "LONDON, Oct 8 (Reuters) - Britain on Thursday sanctioned 45 more tankers it said belonged to Russia's shadow fleet, bringing the total it has listed to more than 540.",
        True,
        [("date", "--10-08", None, None), ("count", 45, None, None), ("count", 540, None, "over")],
        None,
    ),
    (
        "en",
        "The Foreign Office said the vessels had carried crude worth about $9 billion since January.",
        True,
        [("money", 9000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Brent crude futures rose 0.8% to $66.40 a barrel by 1200 GMT.",
        True,
        [("percent", 0.8, "%", None), ("money", 66.4, "USD", None)],
        None,
    ),
    (
        "en",
        "Russian Urals crude has traded below the Western price cap for most of the past two months, shipping and trade sources said.",
        True,
        [("duration", 2, "month", None)],
        None,
    ),
    ("en", '"These ships are rust buckets sailing under borrowed flags," a Foreign Office minister told reporters.', False, [], None),
    (
        "en",
        "The United States has not joined the lower cap and keeps its own at $55 a barrel.",
        True,
        [("money", 55, "USD", None)],
        None,
    ),
    # --- Pakete beim Zoll (dpa), Donnerstag, 8. Oktober ---
    (
        "de",
        "Bonn (dpa) - Der deutsche Zoll hat im ersten Halbjahr 214 Millionen Kleinsendungen aus Nicht-EU-Staaten abgefertigt, 38 Prozent mehr als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 214000000, None, None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 91 Prozent davon kamen aus China, teilte die Generalzolldirektion am Donnerstag in Bonn mit.",
        True,
        [("percent", 91, "%", "about")],
        "die Generalzolldirektion",
    ),
    (
        "de",
        "Die Zollbeamten beanstandeten bei Stichproben fast jede fünfte Sendung, meist wegen falscher Wertangaben.",
        True,
        [("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Ab Juli soll für jedes Päckchen mit einem Warenwert unter 150 Euro eine Bearbeitungsgebühr von 2 Euro fällig werden.",
        True,
        [("money", 150, "EUR", "under"), ("money", 2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zollpräsidentin Gudrun Steinhilber-Maas sagte, ihre Behörde brauche dafür rund 1.200 zusätzliche Stellen.",
        True,
        [("count", 1200, None, "about")],
        "Gudrun Steinhilber-Maas",
    ),
    ("de", "„Wir ertrinken in Paketen“, sagte Steinhilber-Maas.", False, [], None),
    (
        "de",
        "Der Handelsverband HDE schätzt, dass Plattformen aus Fernost bereits jeden achten Euro im deutschen Modehandel umsetzen.",
        True,
        [("fraction", 0.125, None, None)],
        None,
    ),
    # --- U.S. customs receipts (Reuters), Thursday Oct 8 ---
    (
        "en",
        "WASHINGTON, Oct 8 (Reuters) - U.S. customs duties brought in a record $33.8 billion in September, more than three times the level of a year earlier, Treasury Department data showed on Thursday.",
        True,
        [("date", "--10-08", None, None), ("money", 33800000000, "USD", None), ("count", 3, None, "over")],
        None,
    ),
    (
        "en",
        "For the fiscal year that ended on Sept. 30, tariff revenue totaled $226 billion.",
        True,
        [("date", "--09-30", None, None), ("money", 226000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Since the exemption for parcels worth $600 or less ended in August, customs officers have also cleared about 4 million small shipments a day.",
        True,
        [("money", 600, "USD", None), ("count", 4000000, None, "about")],
        None,
    ),
    ("en", 'Treasury Secretary Nolan Ashgrove-Pike said on Fox Business that the money could pay down the deficit "faster than anyone thinks."', False, [], None),
    (
        "en",
        "The U.S. goods trade deficit narrowed 6.3% to $81.7 billion in August, the Commerce Department said in a separate report.",
        True,
        [("percent", 6.3, "%", None), ("money", 81700000000, "USD", None)],
        "the Commerce Department",
    ),
    (
        "en",
        "Imports from China fell to their lowest monthly level since 2009.",
        True,
        [("year", 2009, None, None)],
        None,
    ),
    ("en", "Economists said much of the tariff cost was still being absorbed by importers rather than consumers.", False, [], None),
    # --- Russische Gelder in der Schweiz (Keystone-SDA), Donnerstag, 8. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz übernimmt die Listungen des 23. EU-Sanktionspakets, sobald Brüssel sie beschlossen hat, teilte das Seco am Donnerstag mit.",
        True,
        [("ordinal", 23, None, None)],
        "das Seco",
    ),
    (
        "de",
        "Eingefroren sind hierzulande derzeit russische Vermögen von 7,9 Milliarden Franken, das sind rund 300 Millionen mehr als im Frühling.",
        True,
        [("money", 7900000000, "CHF", None), ("money", 300000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Hinzu kommen 14 Liegenschaften in vier Kantonen.",
        True,
        [("count", 14, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "SVP-Nationalrat Beat Zürcher-Gisler kritisierte, die Schweiz gebe ihre Neutralität «scheibchenweise» auf.", False, [], None),
    (
        "de",
        "Seit Februar 2022 hat das Seco nach eigenen Angaben 46 Strafverfahren wegen Verstössen gegen die Sanktionen eröffnet.",
        True,
        [("year", 2022, None, None), ("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "In zwei Fällen hat die Bundesanwaltschaft inzwischen Anklage erhoben.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Lumber duties (AFP), Friday Oct 9 ---
    (
        "en",
        "OTTAWA, Oct 9 (AFP) - The United States raised its combined duties on Canadian softwood lumber to 41.8% from 33.6% on Friday after an annual review.",
        True,
        [("date", "--10-09", None, None), ("percent", 41.8, "%", None), ("percent", 33.6, "%", None)],
        None,
    ),
    (
        "en",
        "The rate combines an anti-dumping duty of 27.6% and a countervailing duty of 14.2%.",
        True,
        [("percent", 27.6, "%", None), ("percent", 14.2, "%", None)],
        None,
    ),
    (
        "en",
        "Canada's International Trade Minister Geneviève Tremblay-Okoro said Ottawa would contest the decision before a USMCA panel.",
        True,
        [],
        "Geneviève Tremblay-Okoro",
    ),
    ("en", '"This is a tax on American home buyers, plain and simple," Tremblay-Okoro said.', False, [], None),
    (
        "en",
        "Canadian softwood shipments to the United States were worth about C$7.4 billion last year, according to Statistics Canada.",
        True,
        [("money", 7400000000, "CAD", "about")],
        "Statistics Canada",
    ),
    (
        "en",
        "Mills in British Columbia have announced 11 curtailments and closures since the summer.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Washington and Ottawa last had a lumber agreement in 2006, and it lapsed in 2015.",
        True,
        [("year", 2006, None, None), ("year", 2015, None, None)],
        None,
    ),
    # --- Kaffee wird teurer (dpa), Freitag, 9. Oktober ---
    (
        "de",
        "Hamburg (dpa) - Kaffee wird in Deutschland erneut teurer: Mehrere große Röster heben die Preise zum 1. November um bis zu 8 Prozent an.",
        True,
        [("date", "--11-01", None, None), ("percent", 8, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Grund seien die US-Zölle von 40 Prozent auf brasilianische Waren, die Käufer aus den USA nach Europa und Asien umlenkten, sagte Geschäftsführerin Inken Hollmann-Tebbe vom Deutschen Kaffeeverband.",
        True,
        [("percent", 40, "%", None)],
        "Inken Hollmann-Tebbe",
    ),
    (
        "de",
        "Der Preis für Rohkaffee der Sorte Arabica stieg an der New Yorker Börse seit Jahresbeginn um knapp 40 Prozent.",
        True,
        [("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Ein 500-Gramm-Paket Röstkaffee kostet im Supermarkt inzwischen im Schnitt 8,99 Euro.",
        True,
        [("count", 500, None, None), ("money", 8.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "Brasilien liefert rund ein Drittel des in Deutschland gerösteten Kaffees.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    ("de", "„Der Kaffee wird zum Spielball der Weltpolitik“, sagte Hollmann-Tebbe.", False, [], None),
    (
        "de",
        "Der Verband will am Dienstag neue Absatzzahlen vorlegen.",
        True,
        [],
        None,
    ),
    # --- Sakuraba Motor's forecast (Reuters), Friday Oct 9 ---
    (
        "en",
        "TOKYO, Oct 9 (Reuters) - Japan's Sakuraba Motor lowered its annual operating profit outlook by 22% to 840 billion yen ($5.6 billion) on Friday, citing U.S. tariffs.",
        True,
        [("date", "--10-09", None, None), ("percent", 22, "%", None), ("money", 840000000000, "JPY", None), ("money", 5600000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The carmaker now expects tariffs to cost it about 410 billion yen in the year to March, up from an earlier estimate of 290 billion yen.",
        True,
        [("money", 410000000000, "JPY", "about"), ("money", 290000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Under a deal struck in July, Japanese cars entering the U.S. face a 17.5% tariff, down from 26%.",
        True,
        [("percent", 17.5, "%", None), ("percent", 26, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Hideo Kanamori said the company would raise U.S. prices by an average of 2.4% from November.",
        True,
        [("percent", 2.4, "%", None)],
        "Hideo Kanamori",
    ),
    ("en", '"We cannot keep absorbing this forever," Kanamori told an earnings briefing.', False, [], None),
    (
        "en",
        "Sakuraba shares closed down 3.7% in Tokyo, while the benchmark Nikkei average rose 0.4%.",
        True,
        [("percent", 3.7, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    ("en", "Kanamori would not be drawn on moving more output to the group's Tennessee plant.", False, [], None),
    # --- Chinas Zölle auf Schweinefleisch (APA), Freitag, 9. Oktober ---
    (
        "de",
        "Wien (APA) - China belegt Schweinefleisch aus der EU ab dem 10. Oktober mit vorläufigen Antidumpingzöllen zwischen 19,8 und 46,3 Prozent.",
        True,
        [("date", "--10-10", None, None), ("percent", 19.8, "%", None), ("percent", 46.3, "%", None)],
        None,
    ),
    (
        "de",
        "Für die heimischen Schlachtbetriebe gilt ein Satz von 31,4 Prozent, hieß es aus dem Landwirtschaftsministerium.",
        True,
        [("percent", 31.4, "%", None)],
        None,
    ),
    (
        "de",
        "Österreich exportierte im Vorjahr rund 41.000 Tonnen Schweinefleisch und Nebenprodukte nach China.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    ("de", "Landwirtschaftsminister Markus Thalhammer-Reiter (ÖVP) sprach von einer „Retourkutsche“ für die EU-Zölle auf chinesische E-Autos.", False, [], None),
    ("de", "Die Schweinebauern fürchten einen weiteren Preisverfall im Inland.", False, [], None),
    (
        "de",
        "Der Erzeugerpreis liegt laut Schweinebörse derzeit bei 1,78 Euro je Kilogramm Schlachtgewicht.",
        True,
        [("money", 1.78, "EUR", None)],
        None,
    ),
    # --- Importers sue for refunds (AP), Friday Oct 9 ---
    (
        "en",
        "NEW YORK (AP) — More than 1,800 U.S. importers have sued the federal government at the Court of International Trade seeking refunds of tariffs, court records show.",
        True,
        [("count", 1800, None, "over")],
        None,
    ),
    (
        "en",
        "The lawsuits seek the return of an estimated $94 billion in duties collected since February.",
        True,
        [("money", 94000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Carla Benedetti-Shaw, chief executive of a New Jersey toy importer, said her company had paid $4.6 million in tariffs this year.",
        True,
        [("money", 4600000, "USD", None)],
        None,
    ),
    ("en", '"We did everything by the book and we still got hit," Benedetti-Shaw said.', False, [], None),
    (
        "en",
        "A Justice Department spokesperson said the government would contest every claim.",
        True,
        [],
        None,
    ),
    ("en", 'Customs broker Jim Halvorsen said his phone had "not stopped ringing" since the filings began.', False, [], None),
    # --- Gegenzölle der EU (dpa), Freitag, 9. Oktober ---
    (
        "de",
        "Brüssel (dpa) - Die Brüsseler Behörde hat Gegenzölle auf amerikanische Waren im Wert von 72 Milliarden Euro vorgeschlagen.",
        True,
        [("money", 72000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Betroffen wären rund 1.250 Produkte, von Sojabohnen über Motorräder bis zu Flugzeugteilen, teilte die Kommission mit.",
        True,
        [("count", 1250, None, "about")],
        "die Kommission",
    ),
    (
        "de",
        "Geplant ist ein zehnprozentiger Aufschlag ab Dezember, der sich acht Wochen später auf 25 Prozent erhöhen soll.",
        True,
        [("percent", 10, "%", None), ("duration", 8, "week", None), ("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Handelskommissar Anders Fjellström sagte im Europaparlament, die Liste komme nur zur Anwendung, wenn Washington die Autozölle nicht innerhalb einer 30-Tage-Frist senke.",
        True,
        [("duration", 30, "day", None)],
        "Anders Fjellström",
    ),
    ("de", "„Wir wollen keinen Handelskrieg, aber wir werden uns auch nicht wegducken“, sagte Fjellström.", False, [], None),
    (
        "de",
        "Beschlossen ist die Liste erst, wenn 15 der 27 Mitgliedstaaten zustimmen, die gemeinsam auf mindestens 65 Prozent der Einwohner der Union kommen.",
        True,
        [("count", 15, None, None), ("count", 27, None, None), ("percent", 65, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Frankreich und Spanien drängen nach Angaben von Diplomaten auf eine härtere Linie.",
        True,
        [],
        None,
    ),
    # --- Mexico's tariffs on Asian imports (Reuters), Friday Oct 9 ---
    (
        "en",
        "MEXICO CITY, Oct 9 (Reuters) - Mexico's Senate on Friday approved tariffs of up to 45% on some 1,300 product lines from countries without a trade agreement, chiefly China.",
        True,
        [("date", "--10-09", None, None), ("percent", 45, "%", "up_to"), ("count", 1300, None, "about")],
        None,
    ),
    (
        "en",
        "The measure covers imports worth about $52 billion a year and takes effect on Jan. 1.",
        True,
        [("money", 52000000000, "USD", "about"), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        "Senators voted 76 to 5 with 16 abstentions.",
        True,
        [("count", 76, None, None), ("count", 5, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "Economy Minister Rodrigo Salcedo-Ibarra said the tariffs would protect about 290,000 jobs in textiles, steel and auto parts.",
        True,
        [("count", 290000, None, "about")],
        "Rodrigo Salcedo-Ibarra",
    ),
    ("en", "Beijing's commerce ministry voiced \"firm opposition\" and urged Mexico City to think again.", False, [], None),
    (
        "en",
        "Salcedo-Ibarra denied that the move had been made at Washington's request.",
        True,
        [],
        None,
    ),
    # --- Studie des Kiel Instituts (dpa), Samstag, 10. Oktober ---
    (
        "de",
        "Kiel (dpa) - Ein dauerhafter US-Zoll von 25 Prozent auf europäische Autos würde die deutsche Wirtschaftsleistung nach einer Studie des Kiel Instituts für Weltwirtschaft um 0,5 Prozent schmälern.",
        True,
        [("percent", 25, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die Autoexporte in die USA gingen in diesem Szenario langfristig um fast die Hälfte zurück.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Studienautor Jasper Ohlendorf-Bruns sagte, am stärksten betroffen wären Baden-Württemberg und Niedersachsen.",
        True,
        [],
        "Jasper Ohlendorf-Bruns",
    ),
    (
        "de",
        "Gegenzölle der EU würden den Schaden nach den Berechnungen um etwa ein Fünftel vergrößern.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    ("de", "„Ein Handelskrieg ist ein Spiel, bei dem beide Seiten draufzahlen“, sagte Ohlendorf-Bruns.", False, [], None),
    (
        "de",
        "Die Studie beruht auf einem Modell mit 141 Ländern und 65 Branchen.",
        True,
        [("count", 141, None, None), ("count", 65, None, None)],
        None,
    ),
    # --- EU-China electric car talks (Reuters), Saturday Oct 10 ---
    (
        "en",
        "BRUSSELS, Oct 10 (Reuters) - The European Union and China agreed on Saturday to hold a 12th round of talks on replacing EU tariffs on Chinese electric cars with minimum prices.",
        True,
        [("date", "--10-10", None, None), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "The EU imposed countervailing duties of up to 33.9% on Chinese-built electric vehicles in 2024, on top of its standard car tariff.",
        True,
        [("percent", 33.9, "%", "up_to"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Chinese brands have nonetheless doubled their share of the EU electric car market to 11% this year, according to data from research firm Dataforce.",
        True,
        [("percent", 11, "%", None)],
        None,
    ),
    ("en", 'A Commission spokesperson said any price undertaking would have to remove the harm done by subsidies "in full."', False, [], None),
    ("en", "China's mission to the EU said the duties had already cost Chinese carmakers \"billions of euros.\"", False, [], None),
    (
        "en",
        "Member states voted 11 in favour and 6 against the original duties, with 10 abstaining.",
        True,
        [("count", 11, None, None), ("count", 6, None, None), ("count", 10, None, None)],
        None,
    ),
    # --- Weinexporte in die USA (dpa), Samstag, 10. Oktober ---
    (
        "de",
        "Mainz (dpa) - Deutsche Winzer haben in den ersten acht Monaten 28 Prozent weniger Wein in die Vereinigten Staaten verkauft.",
        True,
        [("ordinal", 1, None, None), ("duration", 8, "month", None), ("percent", 28, "%", None)],
        None,
    ),
    (
        "de",
        "Die Winzer verkauften nach Zahlen des Deutschen Weininstituts nur noch 41 Millionen Liter über den Atlantik.",
        True,
        [("count", 41000000, None, None)],
        None,
    ),
    (
        "de",
        "Die USA waren bis zum Vorjahr nach den Niederlanden der zweitgrößte Abnehmer deutscher Weine.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("de", "„Unsere Kunden in New York lieben den Riesling, aber nicht zu jedem Preis“, sagte die Moselwinzerin Annegret Pauly-Kessel.", False, [], None),
    (
        "de",
        "Weininstitut-Chefin Katharina Dörrenbächer sagte, die Branche suche nun verstärkt Käufer in Kanada, Japan und Südkorea.",
        True,
        [],
        "Katharina Dörrenbächer",
    ),
    (
        "de",
        "Auf Rheinland-Pfalz entfallen knapp zwei Drittel der deutschen Rebfläche.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    # --- Bourbon makers (AP), Saturday Oct 10 ---
    (
        "en",
        "LOUISVILLE, Ky. (AP) — American whiskey exports fell 19% in the first half, the steepest drop since 2018, according to the Distilled Spirits Council.",
        True,
        [("percent", 19, "%", None), ("ordinal", 1, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "Shipments to Canada, where many provincial liquor boards pulled U.S. brands from shelves, dropped by about three-quarters.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "Kentucky distillers hold more than 16 million barrels of whiskey in aging warehouses, a record, according to the Kentucky Distillers' Association.",
        True,
        [("count", 16000000, None, "over")],
        None,
    ),
    (
        "en",
        "Master distiller Earl Vandergriff said his company had laid off 60 of its 240 workers this summer.",
        True,
        [("count", 60, None, None), ("count", 240, None, None)],
        "Earl Vandergriff",
    ),
    ("en", "\"Bourbon is America's native spirit, and we're the ones paying for this fight,\" Vandergriff said.", False, [], None),
    ("en", "Trade groups urged Washington and Ottawa to take spirits off the table in any new round of talks.", False, [], None),
    # --- Interview der Wirtschaftsministerin (dpa), Sonntag, 11. Oktober ---
    (
        "de",
        "Berlin (dpa) - Bundeswirtschaftsministerin Dorothea Kappenberg-Lutz (CDU) will bis Jahresende mit Washington eine Einigung über niedrigere Autozölle erreichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kappenberg-Lutz sagte der „Bild am Sonntag“, die EU habe den USA angeboten, ihre Zölle auf Industriegüter auf 0 Prozent zu senken, wenn Washington im Gegenzug auf 10 Prozent gehe.",
        True,
        [("percent", 0, "%", None), ("percent", 10, "%", None)],
        "Kappenberg-Lutz",
    ),
    (
        "de",
        "Rund 800.000 Arbeitsplätze in Deutschland hingen direkt oder indirekt am US-Geschäft, so die Ministerin.",
        True,
        [("count", 800000, None, "about")],
        None,
    ),
    ("de", "„Wir lassen uns nicht erpressen, aber wir lassen auch keine Tür zufallen“, sagte die Ministerin.", False, [], None),
    ("de", "Auf die Frage nach möglichen Hilfen für Zulieferer sagte sie, dafür sei es „noch zu früh“.", False, [], None),
    (
        "de",
        "Die Opposition hat für Mittwoch eine Aktuelle Stunde im Bundestag beantragt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Vorschlag ist Teil eines 14-Punkte-Papiers, das die Ministerin nach ihrer dreitägigen USA-Reise am Montag im Kabinett vorstellen will.",
        True,
        [("count", 14, None, None), ("duration", 3, "day", None)],
        None,
    ),
    # --- U.S.-China truce (Reuters), Sunday Oct 11 ---
    (
        "en",
        "WASHINGTON, Oct 11 (Reuters) - U.S. and Chinese negotiators will meet in Stockholm next week to discuss extending their tariff truce, which expires on Nov. 10, two people familiar with the matter said.",
        True,
        [("date", "--10-11", None, None), ("date", "--11-10", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Under the truce, U.S. tariffs on Chinese goods stand at 32% and China's on American goods at 12%.",
        True,
        [("percent", 32, "%", None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Without an extension, U.S. rates would jump back to as much as 140%.",
        True,
        [("percent", 140, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The world's two largest economies traded goods worth $612 billion last year, well below the $705 billion peak reached in 2022.",
        True,
        [("count", 2, None, None), ("money", 612000000000, "USD", None), ("money", 705000000000, "USD", None), ("year", 2022, None, None)],
        None,
    ),
    ("en", 'A White House official said the president was "in no hurry" to make a deal.', False, [], None),
    ("en", "China's foreign ministry said Beijing's position on tariffs was \"consistent and clear.\"", False, [], None),
    (
        "en",
        "Treasury Secretary Nolan Ashgrove-Pike will lead the U.S. delegation, the Treasury said.",
        True,
        [],
        None,
    ),
    # --- Zollfahnder gegen Sanktionsbruch (dpa), Sonntag, 11. Oktober ---
    (
        "de",
        "Köln (dpa) - Zollfahnder haben in Nordrhein-Westfalen ein Netzwerk ausgehoben, das sanktionierte Elektronikbauteile über Kasachstan nach Russland geliefert haben soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bei Durchsuchungen in elf Objekten wurden drei Männer im Alter von 41 bis 63 Jahren festgenommen, teilten die Ermittler mit.",
        True,
        [("count", 11, None, None), ("count", 3, None, None), ("duration", 41, "year", None), ("duration", 63, "year", None)],
        None,
    ),
    (
        "de",
        "Die Firmen sollen seit 2023 Waren im Wert von mindestens 14 Millionen Euro exportiert haben.",
        True,
        [("year", 2023, None, None), ("money", 14000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Darunter waren nach Angaben der Ermittler Mikrochips, die in russischen Drohnen verbaut werden.",
        True,
        [],
        None,
    ),
    ("de", "„Das ist kein Kavaliersdelikt, das ist Beihilfe zum Krieg“, sagte ein Sprecher der Staatsanwaltschaft.", False, [], None),
    ("de", "Die Verdächtigen äußerten sich zunächst nicht zu den Vorwürfen.", False, [], None),
    # --- Australian beef (Reuters), Sunday Oct 11 ---
    (
        "en",
        "SYDNEY, Oct 11 (Reuters) - Australia shipped a record 41,300 tonnes of beef to the United States in September despite a 10% U.S. tariff, government data showed.",
        True,
        [("date", "--10-11", None, None), ("count", 41300, None, None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        "The U.S. overtook China as the biggest market for Australian beef for a third year running.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Trade Minister Fiona Redgrave-Nash said Canberra would keep pressing Washington to scrap the tariff.",
        True,
        [],
        "Fiona Redgrave-Nash",
    ),
    ("en", '"Our beef sells itself," Redgrave-Nash said.', False, [], None),
    (
        "en",
        "Prices for the lean beef used in American hamburgers rose to A$8.95 a kilogram, about a fifth higher than a year earlier.",
        True,
        [("money", 8.95, "AUD", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Meat & Livestock Australia forecast shipments to the U.S. would ease by about 8% next year as herds rebuild.",
        True,
        [("percent", 8, "%", "about")],
        None,
    ),
    # --- Maschinenbau und US-Aufträge (dpa-AFX), Sonntag, 11. Oktober ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Die Bestellungen aus den USA bei deutschen Maschinenbauern sind im August real um 16 Prozent gesunken.",
        True,
        [("percent", 16, "%", None)],
        None,
    ),
    (
        "de",
        "Im Gesamtjahr rechnet der Branchenverband VDMA mit einem Produktionsminus von 3 Prozent.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "VDMA-Chefvolkswirt Matthias Breitenbücher sagte, knapp jedes zweite Mitgliedsunternehmen verlagere Teile der Fertigung in die USA oder prüfe dies.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Matthias Breitenbücher",
    ),
    ("de", "„Zölle sind Sand im Getriebe der Weltwirtschaft“, sagte Breitenbücher.", False, [], None),
    (
        "de",
        "Die USA sind mit einem Anteil von 13,1 Prozent der wichtigste Auslandsmarkt der Branche.",
        True,
        [("percent", 13.1, "%", None)],
        None,
    ),
    ("de", "Zu Stellenplänen einzelner Firmen wollte sich der Verband nicht äußern.", False, [], None),
    # --- South Korea's early October exports (AFP), Sunday Oct 11 ---
    (
        "en",
        "SEOUL, Oct 11 (AFP) - South Korea's exports rose 8.1% in the first 10 days of October from a year earlier, driven by a 34% jump in semiconductor shipments, customs data showed on Sunday.",
        True,
        [("date", "--10-11", None, None), ("percent", 8.1, "%", None), ("ordinal", 1, None, None), ("duration", 10, "day", None), ("percent", 34, "%", None)],
        None,
    ),
    (
        "en",
        "Shipments to the United States fell 4.6%, the sixth decline in seven months.",
        True,
        [("percent", 4.6, "%", None), ("ordinal", 6, None, None), ("duration", 7, "month", None)],
        None,
    ),
    (
        "en",
        "Seoul agreed in July to invest $310 billion in the U.S. in exchange for a 16% tariff on its cars.",
        True,
        [("money", 310000000000, "USD", None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "en",
        "Trade Minister Ahn Do-kyeom told reporters the two sides would sign the investment memorandum before the end of the month.",
        True,
        [("count", 2, None, None)],
        "Ahn Do-kyeom",
    ),
    ("en", '"Our chips are our best trade negotiator," Ahn said.', False, [], None),
    (
        "en",
        "Semiconductors made up about a quarter of the country's total exports.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
]
