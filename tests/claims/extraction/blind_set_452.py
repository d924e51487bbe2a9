"""Four-hundred-and-fifty-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, the
holders of real offices appear only by their role ("The Fed chair told reporters", "The
governor told a news conference", „sagte der Flughafenchef“, „sagte der Augsburger Trainer“,
"the agency's inspector general", „Der Vorsitzende Richter“) or under made-up names that
stand for no real holder (a party's budget spokeswoman in the Nationalrat, a central bank's
spokespeople, a union's negotiator and organiser, the coaches and managers of real clubs, a
lottery's spokeswoman, a zoo's curator, a museum's curator).

Names: Hannelore Brückner-Zeil, Veronika Pfandlbauer-Rieß, Flurin Casutt-Derungs, Beat
Zürcher-Amstad, Swantje Heiligenstadt-Ruh, Marlene Oberhauser-Witt, Florian
Hechenblaikner-Moser, Gian-Luca Tscholl-Bärtsch, Eirik Haugsvold-Aam, Katrin
Osterkamp-Lüdde, Annina Caflisch-Hug, Petra Wengenmayr-Stöckl, Sabine K., Clemens
Wagerer-Fux, Lothar Quernheim-Sauer, Birgit Haselsteiner-Gmeiner, Ricarda Oltmanns-Behr,
Jonas Bräutigam-Velte and Jonas Wiesinger-Kolb; Ines Carwardine-Hale, Rhydian
Lascelles-Bowen, Bethan Grisdale-Mear, Marian Tovey-Pratt, Aoife Brannigan-Kell, Lorenz
Gächter-Bloom, Dana Dalgarno-Price, Teodoro Villaseñor-Pratt, Jalen Okonkwo-Ries, Ellery
Tamsett-Voss, Desmond Harlan-Fitch, Gao Ruolan, Hilary Mountjoy-Barr, Kaito
Nishiwaki-Laurent, Ruairi Coghlan-Esh, Kieran Ashdown-Pyle, Tomasz Balogun-Reeve, Gareth
Mabbott-Skye, Priscilla Abernethy-Kwan, Odell Pinkney-Vance, Harriet Pengelly-Ross, Linnea
Strandqvist-Ortega and Oksana Veremchuk-Hale are invented, and so are the firms and the
portal (Kestenholz Bancorp, Brightmere Securities, Calderwick Securities, Fenwood Capital,
the machine maker Hegerstrand, the property portal Wohnfalke), with every unnamed pensioner,
car dealer's customer, care-home resident, gas station clerk, spokesman, spokesperson,
defence lawyer, commuter, collector and fan. Real states, bodies, firms, clubs, events,
venues and places (Statistisches Bundesamt, Bundesinstitut für Bevölkerungsforschung BiB,
Nationalrat, Bundesrat, ÖVP, Grüne, Schweizerische Nationalbank SNB, Winterthur, Bundesbank,
Geldmuseum der Bundesbank, Reichsbank, Ifo, Lauberhorn, Wengen, ORF, Verdi, Flughafenverband
ADV, Potsdam, Weltwirtschaftsforum WEF, Davos, Armee, Mieterverein, Haus- und
Grundbesitzerverein, München, Landgericht Hannover, Wirtschaftskammer, Opernball, Deutsche
Bahn, Pro Bahn, Österreichische Lotterien, Braunau, Innviertel, Flughafen Zürich AG, Kloten,
Zürcher Unterland, Tierpark Hellabrunn, Ötztal, Tirol, Bergrettung, Lawinenwarndienst, FC
Augsburg, 1. FC Köln; the British Retail Consortium, BRC, the Office for National
Statistics, Cardiff Crown Court, Penarth, the Central Bank of Ireland, Kerry, the Bank of
Spain, Swiss Re, Howden, Miami, LSEG, the Kansas City Chiefs, the Buffalo Bills, Houston,
the Super Bowl, the National Bureau of Statistics, NHS England, Alcohol Change UK, Dry
January, Sheffield, Duluth, Two Harbors, Hinckley, Interstate 35, the National Weather
Service, PowerOutage.us, the St. Louis County sheriff's office, the Bank of Japan, Leeds,
Burnley, the Premier League, Aslef, Acas, Peterborough, the Rail Delivery Group, De
Nederlandsche Bank, DNB, Utrecht, the Federal Reserve, CME FedWatch, NASA, Artemis III, the
Bank of England, Spink, the Australian Open, Melbourne Park, and the datelines' cities)
stand for the way wire copy names them; every count, rate, sum, share, age, time, date and
quote here is invented, and where a real figure came to mind (a real tally of notes in
circulation or of unreturned old currency, a real airport, zoo or ball-season total, a real
cap on troops in Davos, a real second-home tax rate) it was changed; the fixed conversion
rates of the lira, guilder, peseta, drachma and punt to the euro, the recall of the Swiss
sixth banknote series in 2000, the Dutch exchange deadline of January 1, 2032, the end of
the peseta and markka exchanges, the odds of six numbers out of 45, the XXVIII legislative
period of the Austrian Nationalrat, the last crewed moon landing in 1972 and the pre-decimal
shilling are kept as the facts they are.

Its weight: HARD NUMBER FORMS, nineteenth round (the hundred-ninety-ninth,
two-hundred-and-tenth, two-hundred-and-forty-ninth, two-hundred-and-sixty-fifth,
two-hundred-and-eighty-first, two-hundred-and-eighty-ninth, two-hundred-and-ninety-seventh,
three-hundred-and-eighth, three-hundred-and-twenty-first, three-hundred-and-twenty-eighth,
three-hundred-and-forty-second, three-hundred-and-sixtieth, three-hundred-and-seventy-sixth,
three-hundred-and-eighty-second, three-hundred-and-ninety-fifth, four-hundred-and-fifth,
four-hundred-and-twenty-sixth and four-hundred-and-forty-fifth batches were the first
eighteen rounds, and the seventeenth weighed the same forms long before them; their
decisions are kept, those of the three-hundred-and-seventy-sixth, four-hundred-and-fifth,
four-hundred-and-twenty-sixth and four-hundred-and-forty-fifth first of all) - three
ordinary wire weeks, Monday, January 11, to Saturday, January 30, 2027, as 36 short stories
in date order with the German and English desks interleaved, each told as wire copy runs it
(a dateline lead, the figures, attributed claims, quotes, the other side): births in
Germany, British Christmas trading, an austerity package in the Austrian Nationalrat, a
ticket fraud sentencing in Cardiff, Swiss banknotes in circulation, unexchanged Irish
pounds, 25 years of euro cash at the Bundesbank's money museum, insured catastrophe losses,
German growth in 2026, a U.S. bank's fourth quarter, the Lauberhorn downhill, the oldest man
in the U.S., an NFL wild-card game, an airport strike, China's growth, the World Economic
Forum in Davos, drinking in England, asking rents in Munich, Arctic cold in Minnesota, a
test-centre fraud verdict in Hanover, a Bank of Japan rate rise, Vienna's ball season, Leeds
before a relegation match, Deutsche Bahn punctuality, a triple jackpot in Austria's Lotto, a
train drivers' strike, Zurich airport's year, unexchanged guilders, a machine maker's first
quarter, a Fed hold, a zoo's annual animal count, Artemis III slipping, an avalanche in the
Ötztal, old banknotes at auction, a Bundesliga match and the Australian Open women's final.
Half German (dpa with its regional slugs "dpa/lby" and "dpa/lni", dpa-AFX, APA,
Keystone-SDA; Austrian „heuer“, „Jänner“, „Feber“, „Seehöhe“, „Pensionistinnen und
Pensionisten“, „Hausverstand“, Swiss „innert“, „stossen“, „Mia. Fr.“, „Mio. Fr.“, „1'340“,
„268'450“, „2600“ without a separator, „Fünfliber“, „Tausendernote“, „Mille“, «» quotes,
German „“ quotes), half English (Reuters with dated datelines, AP, PA). Its weight is the
number forms the topic names, in shapes none of the eighteen earlier rounds used or used
only thinly: old currencies and their signs (Irish pounds and "IR£", lire, guilders and
„Gulden“, pesetas and „Peseten“, „Drachmen“, markkas, "Deutschmarks", schillings, a
pre-decimal "ten-shilling note", "white fivers", with the fixed conversion rates „1936,27
Lire“, „2,20371 Gulden“, „166,386 Peseten“, „340,750 Drachmen“ and "0.787564 to the euro"),
Swiss names of notes and sums („Tausendernote“, „Tausendernoten“, „Fünfliber“, „18 Mille“),
Roman numerals where wire copy writes them („der XXVIII. Gesetzgebungsperiode“, „im I.
Quartal“, "Super Bowl LXI", "World War I", "Basel III", "Artemis III", beside „vor dem
Zweiten Weltkrieg“), scaled figures and figures in brackets („79,6 Mia. Fr.“, „1.082,4 Mrd.
Euro“, „0,2 (Vorquartal: 0,1) Prozent“, „1,84 (Vorjahr: 1,72) Mrd. Euro“, „212 (188) Mio.
Euro“, „11,5 (10,9) Prozent“, „Sabine K. (46)“, "318 million Irish pounds (404 million
euros)", "143.7 trillion yuan ($20.1tn)", "$3.4bn", "$6.6tn", "£2.3m", "£31bn"), multiples
in „-fach“ and "-fold" („gut das Anderthalbfache“, „gut das Zwanzigfache“, „fast doppelt so
viele“, „den Dreifachjackpot“, "roughly threefold", "almost fourfold", "1.5 times", "more
than seven times", beside „verdreifachte sich ... fast“ and „fast verdoppelt“, which are
verbs), fractions in words („gut ein Zwanzigstel“, „rund ein Sechstel“, „ein gutes Zehntel“,
„zu je einem Drittel“, „knapp unter der Hälfte“, "roughly two-fifths", "about a tenth",
"Almost one in four", "about two-thirds"), number words in compounds and hyphenations
(„Zwölfstundenschichten“, „50-Stunden-Wochen“, „24-stündiger“, „Dreizimmerwohnung“,
„Vierteljahrhundert“, „eine Viertelstunde“, "third-and-8", "a 46-yarder", "the two-minute
warning", "a two-and-a-half-year period", "a 2-hour, 41-minute final", "Forty-one seconds",
"a foot and a half", "a decade and a half", "a quarter of a century", beside
„Sechs-Punkte-Spiel“, "six-pointer", „Zwillings- und ... Drillingsgeburten“,
„Siebenschläfer“, „Tausendfüßer“, „Dreivierteltakt“, „Zweitwohnsitze“, „Sechser“ and
„Fünfer“, which count nothing), ordinals in words and digits („ein Dritter“, „die Saisontore
sieben und acht“, „Drittletzter“, „in der 12. und 78. Minute“, „an jedem ersten Sonntag im
Monat“, "Third-seeded", "No. 2", "a ninth straight season", "10th fourth-quarter comeback"),
hedges before and after the figure („knapp“, „gut und gern“, „mindestens aber“, „ab 40“,
„sechs Minuten oder mehr“, „einem knappen Dutzend“, "a ballpark £31bn", "north of $62bn",
"upwards of $250bn", "six weeks, give or take", "aged 110 or older", "a shade under the
government's target of around 5%", "more than the recommended 14 units", beside "north of
Peterborough", which names a direction), ranges and pairs („105 bis 110 Jahre“, „7,4 bis 7,8
Mrd. Euro“, „14 statt bisher 11 Prozent“, „für den 2. und 3. Februar“, „2026/27“,
"3.00%-3.25%", "2025-26", "30 to 40", "10 to 20", "16 to 24-year-olds", "between 4.2% and
4.5%", "two, maybe three", "7-2"), ages („ab 40“, „Der 27-Jährige“, „(46)“, „im Alter von
34, 41 und 57 Jahren“, "29,", "turned 111", "until he was 98", "at 116", "the over-55s",
„unter 35“) and durations in compounds and colon forms („2:27,35 Minuten“, „drei
Hundertsteln“, "with 1:47 left", "the 30-day mission", "a 48-hour walkout", "its heaviest
two-day total"). Negatives stand beside them - about a quarter of the rows: rhetoric and
feelings in quotes from a demographer, a retail analyst, two central bank spokespeople, a
museum curator, a catastrophe analyst, a bank's finance chief, a skier, a quarterback, a
union negotiator, an economist, a WEF spokeswoman, an alcohol researcher, a tenants'
association head, a ball organiser, a football manager, a lottery spokeswoman (advice), a
machine maker's finance chief, a zoo curator, a NASA manager, a banknote specialist, a
tennis player, a judge and a coach, and from roles (a central bank governor, an airport
chief, a club's coach, a defence lawyer, an avalanche service spokesman, a Rail Delivery
Group spokesperson, a gas station clerk), labels („sprach von“, „sprachen von“, "called"),
verdicts with „hält ... für“, an appeal and an admonition that name no measure, views told
as reports, a guess about visitors, a complaint, a credo, vox pops and scene colour; none of
them carries a figure, and several hold number words in idioms ("a hundred times",
"six-pointer", "until the last minute", „erst einmal“).

242 rows (122 German, 120 English), 55 negatives (28 German, 27 English), 187 check-worthy
rows of which 7 carry no figure (4 German, 3 English), 471 expected quantities (132 counts,
81 amounts of money - 26 EUR, 15 USD, 11 GBP, 9 CHF, 5 IEP, 5 NLG, 3 ITL, 1 ATS, 1 AUD, 1
CNY, 1 DEM, 1 ESP, 1 FIM, 1 GRD -, 73 durations - 47 in years, 7 in hours, 6 in days, 5 in
seconds, 4 in minutes, 2 in months, 2 in weeks -, 53 percentages - 50 in "%", 2 in
percentage points "pp", 1 in basis points "bp" -, 46 years, 44 ordinals, 23 fractions, 19
dates; none of them in a negative), 37 checked speakers (18 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. Made-up names and firm names that
turned out to be in use in earlier batches were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch), its semicolons and brackets
  included. A quoted or reported evaluation, label, feeling, view, complaint, guess, appeal
  or piece of rhetoric is a negative with speaker None, also with a named speaker (seventh,
  ninety-eighth, three-hundred-and-sixtieth, four-hundred-and-fifth,
  four-hundred-and-twenty-sixth, four-hundred-and-forty-fifth); a reported fact, figure,
  step, plan or forecast with a figure is check-worthy with its speaker, also in Konjunktiv
  I and in a quote („„Wir holen uns heuer gut und gern 1,1 Milliarden Euro ... zurück““,
  «Bei uns zahlt jeder dritte Kunde bar, im Schnitt 18 Mille pro Auto», "The Fed will cut
  "two, maybe three" times"). Pairs from one speaker: Brückner-Zeil's women from 40 beside
  „Weckruf“, Carwardine-Hale's ballpark £31bn beside "stopped waiting", Pfandlbauer-Rieß's
  1.1 billion beside her label „Budget mit Hausverstand“, Casutt-Derungs's Fünfliber beside
  „Identität“, Brannigan-Kell's IR£61 million beside the biscuit tin, Heiligenstadt-Ruh's
  May 30 beside „Heimweh“, Gächter-Bloom's one-in-100-year hurricane beside "a loss
  multiplier", Oberhauser-Witt's finding beside her verdict with „hält ... für“,
  Dalgarno-Price's "north of $62bn" beside "predicting recessions", Osterkamp-Lüdde's
  twelve-hour shifts beside „warme Worte“, Gao's 4.2% to 4.5% beside "good enough to avoid
  panic", Caflisch-Hug's 510 beside „lange Gespräche“, Mountjoy-Barr's 65p beside "the whole
  year", Wengenmayr-Stöckl's one household in three beside „Erben und Gutverdiener“,
  Wagerer-Fux's half under 35 beside „Jännerblues“, Coghlan-Esh's six weeks beside
  "six-pointer" and his label "a group that refuses to feel sorry for itself",
  Haselsteiner-Gmeiner's winner who came forward beside her advice („riet“), Oltmanns-Behr's
  fifth beside „nicht übermütig“, Bräutigam-Velte's 37 young animals beside „ein kleiner
  Sieg“, Pengelly-Ross's fewer than 200 beside "social history", and the skier's, the
  quarterback's and the tennis player's results, told without them, beside „heut' geht gar
  nix“, "a hundred times" and the garage door. Negatives otherwise: labels („Die Grünen
  sprachen von ...“, „Der Flughafenverband ADV sprach von ...“, „Der Vorsitzende Richter
  sprach von ...“, „Der Fahrgastverband sprach von ...“, „Tierschützer sprechen dagegen von
  ...“), a verdict with „hält ... für“ (the Haus- und Grundbesitzerverein;
  hundred-ninety-ninth), an appeal and an admonition that name no measure ("Campaigners
  urged ministers ...", „Die Bergrettung mahnte ...“; three-hundred-and-sixtieth), views
  told as reports ("Retailers said ...", "Some insurers said ...", "Some economists said
  ...", "Commuter groups said ...", "Collectors said ..." twice, "Economists said ...",
  „Viele Pendler sagen ...“; three-hundred-and-ninety-fifth), a guess („..., vermutet das
  Museum.“), a complaint („Anwohnerverbände ... kritisieren ...“), a credo ("Tortillas, and
  minding my own business"; four-hundred-and-twenty-sixth), scene colour (the care-home
  residents, the Innviertel guessing) and the rhetoric of roles and named speakers in roles
  („sagte sein Verteidiger“, „sagte der Flughafenchef“, „sagte ein Sprecher des
  Lawinenwarndienstes“, „sagte der Augsburger Trainer“, "The governor told a news
  conference", "a Rail Delivery Group spokesperson said", "said a gas station clerk in Two
  Harbors", "Judge Marian Tovey-Pratt said", "Buffalo coach Desmond Harlan-Fitch said",
  "said Odell Pinkney-Vance, a deputy program manager"). Check-worthy without a figure
  (two-hundred-and-eighty-first, four-hundred-and-forty-fifth): a stated cause („„Das Plus
  kommt fast vollständig aus dem Staatskonsum““ - „fast“ before no figure bounds nothing),
  reported facts and steps („Die Gemeinde Davos hat ... bewilligt.“, „Das Urteil ist noch
  nicht rechtskräftig.“, the lottery's winner who came forward, "A proceeds of crime hearing
  will be held later this year.", "Interstate 35 was closed ..." - a road number none, fifth
  -, "Talks at the conciliation service Acas are set to resume next week.").
- Old currencies, in the currency written (every round). New: "318 million Irish pounds",
  "1.9 million Irish pounds", "IR£61 million" and "IR£50 notes" are IEP, and "The punt was
  locked at 0.787564 to the euro" 0.787564 IEP; „100.000 Lire“, „zehn Millionen Lire“ and
  „1936,27 Lire“ ITL; „2,20371 Gulden“, "390 million guilders", "1,000-guilder notes", "2.4
  billion guilders' worth" and "73 notes of 1,000 guilders" NLG; „166,386 Peseten“ ESP;
  „340,750 Drachmen“ GRD; "14.2 million markkas" FIM; "11.6 billion Deutschmarks" DEM - the
  withdrawn currencies keep their ISO 4217 codes under their names, plurals and signs, as
  „Schilling“, „D-Mark“, „öS“ and „DM“ did (three-hundred-and-seventy-sixth,
  four-hundred-and-forty-fifth); the fixed conversion rates are money in the priced
  currency, their „für einen Euro“, „je Euro“ and "to the euro" none
  (three-hundred-and-seventy-sixth: „13,7603 Schilling für einen Euro“), and „1936,27“ with
  its decimal comma is a sum, not a year. The denomination heading a compound or following
  „zu“ is a sum (three-hundred-and-seventy-sixth: „1.000-Schilling-Scheinen“): „ein Bündel
  von 100 Scheinen zu 100.000 Lire“ count 100 and 100,000 ITL. "about 5.9 billion
  schillings" ATS "about". Naming a currency without a figure makes no amount ("Italy's lira
  and Spain's peseta", "the punt", "unreturned marks", „D-Mark-Scheinen“;
  hundred-forty-first). New: "A ten-shilling note" is 0.5 GBP - the pre-decimal shilling was
  a twentieth of the pound, a subunit read in pounds as pence are ("92p" 0.92 GBP,
  four-hundred-and-forty-fifth; "worth 50p" 0.5 GBP in the same row); "pre-decimal" none.
  New: "A Bank of England "white fiver"" and "fewer than 200 white fivers" are 5 GBP -
  "fiver" names the five-pound note as "a tenner" names the ten
  (four-hundred-and-forty-fifth).
- Swiss names of notes and sums (tenth and every Swiss row since: „Fr.“, „Mia.“, the
  apostrophe). New: „auf die Tausendernote“ is 1,000 CHF, „45,3 Millionen Tausendernoten“
  count 45,300,000 and 1,000 CHF, and „rund 170'000 Tausendernoten“ 170,000 "about" and
  1,000 CHF - the Swiss name of the thousand-franc note is its denomination, a sum, as
  „Fünfziger“ and „Mit 38 gefälschten Fünfzigern“ gave 50 EUR (four-hundred-and-fifth). New:
  „der Fünfliber“ is 5 CHF - the Swiss name of the five-franc coin, likewise. New: „im
  Schnitt 18 Mille pro Auto“ is 18,000 CHF - „Mille“ in Swiss speech is a thousand francs, a
  sum in the story's currency as "a grand" would be in English copy; „pro Auto“ none, „im
  Schnitt“ no hedge. „79,6 Mia. Fr.“ 79,600,000,000 CHF, „knapp 0,9 Mia. Franken“ "nearly",
  „rund 8,6 Mio. Franken“ "about", „10,4 Mio. Fr.“ (three-hundred-and-ninety-fifth: „Mia.“;
  three-hundred-and-twenty-ninth: „Fr.“ after the figure).
- Roman numerals where wire copy writes them. New: „das erste Budgetgesetz der XXVIII.
  Gesetzgebungsperiode“ gives ordinals 1 and 28 - a Roman numeral with its point before a
  noun of order reads as an ordinal (four-hundred-and-forty-fifth: „im III. Quartal“ 3), and
  the Austrian parliament numbers its legislative periods so, while an unnumbered
  „Gesetzgebungsperiode“ carries none (hundred-eighty-eighth, three-hundred-and-third); „im
  I. Quartal“ 1 as in the four-hundred-and-forty-fifth. New: "two wins from Super Bowl LXI"
  gives count 2 and none for "LXI" - the Roman numeral is part of the game's name, as in
  "Artemis II" (twelfth), "Papst Leo XIV." (forty-fifth) and "Region IX"
  (hundred-seventy-first), and "Artemis III" here. New: "Born in the middle of World War I"
  carries none - the war's name written with a Roman numeral, as the names above, while „vor
  dem Zweiten Weltkrieg“ keeps ordinal 2 for its written ordinal (fiftieth; eighty-sixth:
  "the Second World War"). "under the Basel III rules" carries none - a regime's name with a
  Roman numeral (sixty-seventh: "Solvency II" and „Solvency-II-Quote“).
- Number words in compounds and hyphenations (the issue's "28-Punkte-Entwurf", „fünfstündig“
  and "a two-week visit"; every round). New: "Facing third-and-8" is ordinal 3 and count 8 -
  American football's down and distance read as written, the down an ordinal as "the third
  quarter" and the yards to go a count as "a 41-yard gain". New: "kicked a 46-yarder" is
  count 46 - the figure with "-yarder" is the distance of the kick, as "a 9-yard score"
  (four-hundred-and-forty-fifth) and "a 23-yard touchdown pass" (four-hundred-and-fifth).
  New: "Forty-one seconds before the two-minute warning" gives 41 seconds and none for "the
  two-minute warning" - the name of a stoppage in the rules, as „Elfmeter“ and „Zehnkampf“
  name a kick and an event (three-hundred-and-twenty-first), and the sentence-opening number
  word is read as AP writes it. New: „im Sechs-Punkte-Spiel“ carries none - a match between
  close rivals named by the swing of points it decides, no six points counted, unlike „einen
  Sechs-Punkte-Plan“ 6 (two-hundred-and-fiftieth); "a six-pointer" stands in a negative.
  „Zwölfstundenschichten“ 12 hours (sixth: „Zwölfstundenstreik“), „50-Stunden-Wochen“ 50
  hours (twelfth: „35-Stunden-Woche“), „Ein 24-stündiger Warnstreik“ 24 hours, „eine
  Dreizimmerwohnung“ 3 (three-hundred-and-twenty-first: „Zweieinhalbzimmerwohnung“), „Ein
  Vierteljahrhundert“ 25 years (two-hundred-and-forty-ninth), "a two-and-a-half-year period"
  2.5 years, "a 2-hour, 41-minute final" each part, "The 30-day mission" 30 days, "a 48-hour
  walkout", "its heaviest two-day total" 2 days, "a foot and a half of snow" 1.5
  (three-hundred-and-ninety-fifth), "in a decade and a half" 15 years
  (three-hundred-and-twenty-first: „seit anderthalb Jahrzehnten“), "a quarter of a century"
  25 years (three-hundred-and-twenty-eighth: "a quarter-century"), "a one-in-100-year
  hurricane" 100 years and no count or fraction (four-hundred-and-fourth,
  four-hundred-and-fifty-first). None: „Zwillings- und ... Drillingsgeburten“
  (three-hundred-and-fourth: „Zwillings- und Mehrlingsgeburten“), „zwei Siebenschläfer und
  eine Kolonie Tausendfüßer“ 2 only (four-hundred-and-forty-fifth: „Vierbeiner“), „im
  Dreivierteltakt“ and „Zweitwohnsitze“ (three-hundred-and-twenty-first), „dem einzigen
  Sechser“, „einen Sechser“ and „einem Fünfer mit Zusatzzahl“ (forty-sixth,
  hundred-forty-fourth: the names of prize tiers), „Schlussquartal“ (hundred-ninety-sixth),
  „1. FC Köln“ (twenty-second), "Interstate 35" (fifth), "the 10-year bond yield" 10 years
  (a tenor, eleventh).
- Multiples (seventeenth, thirty-first, thirty-third and every round): „gut das
  Anderthalbfache“ 1.5 "over" (hundred-twenty-second), „gut das Zwanzigfache“ 20 "over",
  „fast doppelt so viele“ 2 "nearly", „doppelt so viel wie 2020“ 2, „den Dreifachjackpot“ 3
  (hundred-forty-fourth: „den Fünffachjackpot“ 5), "roughly threefold" 3 "about", "almost
  fourfold" 4 "nearly", "1.5 times the amount" 1.5, "more than seven times its estimate" 7
  "over". Verbs carry none: „verdreifachte sich ... fast“, „fast verdoppelt“ (nineteenth,
  thirty-third).
- Fractions in words (the issue; every round): „gut ein Zwanzigstel“ 0.05 "over"
  (seventeenth: „ein Zwanzigstel“), „rund ein Drittel mehr“ 0.3333 "about", „Jede fünfte
  Frau“ 0.2, „jeder dritte Kunde“ and „jeder dritte Münchner Haushalt“ 0.3333, „jeder vierte
  Fernzug“ 0.25, „zu je einem Drittel“ 0.3333 (hundred-fifth: „je zur Hälfte“; „je“ no
  hedge), „rund ein Sechstel weniger“ 0.1667 "about", „ein gutes Zehntel mehr“ 0.1 "over"
  (three-hundred-and-forty-second: „ein gutes Drittel“), „ein Viertel mehr“ 0.25, „die
  Hälfte der Gäste“ 0.5, „rund ein Fünftel“ 0.2 "about", „fast ein Drittel mehr“ 0.3333
  "nearly", „Eine Zweidrittelmehrheit“ 0.6667 (third), „knapp unter der Hälfte“ 0.5 "under"
  (four-hundred-and-fifth: „mit höchstens der Hälfte davon“ - the hedge before „der Hälfte“;
  three-hundred-and-eighty-second), "half of his sentence" 0.5, "roughly two-fifths" 0.4
  "about", "about a tenth" 0.1 "about", "Almost one in four" 0.25 "nearly", "roughly half of
  what it was" 0.5 "about", "about two-thirds" and "Around two-thirds" 0.6667 "about",
  "about a quarter of the 612 lots" 0.25 "about".
- Ordinals in words and digits (the issue's „das sechste Treffen“; every round). New: „die
  Saisontore sieben und acht“ are ordinals 7 and 8 - number words after the noun name the
  goals' places in the season's count, as „auf Rang sechs“ and „Platz zwei“ name places
  (eighty-sixth, four-hundred-and-forty-fifth). „ein Dritter überlebte“ 3
  (four-hundred-and-fifth: "a third runner"), „Zweiter wurde ..., Dritter ...“ 2 and 3
  (tenth), „Drittletzter“ 3 (four-hundred-and-twenty-sixth), „auf Rang drei“, „auf Rang 15“,
  „in der 12. und 78. Minute“ 12 and 78 (four-hundred-and-twenty-sixth: „in der 12., 58. und
  83. Minute“), „die fünfte Niederlage in Serie“ 5, „der vierte Weltcupsieg“ 4, „der
  sechsten Serie“ 6, „an jedem ersten Sonntag im Monat“ 1 („jedem“ and „im Monat“ none),
  „nach einer ersten Schätzung“ 1 (hundred-sixth: „nach einer ersten Prüfung“), „beim ersten
  Kind“ 1, „Die dritte Verhandlungsrunde“ 3, „aus dem vierten Quartal“ 4, "for a third
  straight month", "fourth-quarter" (twice), "the sixth year in a row", "for a ninth
  straight season", "10th fourth-quarter comeback" 10 and 4, "a sixth consecutive year",
  "for a second day", "17th", "the union's third strike ... and the first to last two days"
  3 and 1, "the second straight meeting", "the first attempt", "the third since 2024",
  "Third-seeded" 3 (hundred-fifty-third), "her first Australian Open title", "in the third
  set", "her third Grand Slam final and the first she has won" 3 and 1 (the elliptic
  ordinal, three-hundred-and-forty-ninth), "No. 2" 2 (fifty-first: "the UK's No. 2"). None:
  „nach ersten Berechnungen“ (sixteenth: "ersten" before a plural without an article;
  four-hundred-and-twenty-sixth: „nach ersten Erkenntnissen“), "must first be refueled"
  ("first" an adverb, seventy-sixth, hundred-sixth), "top seed" (hundred-fifty-third), "the
  most in the league", "the oldest living man", "the strongest".
- Hedges before and after the figure, mapped to the names in use. New: "came to a ballpark
  £31bn" is "about" - "ballpark" before a figure marks it a rough estimate, as "in the
  region of" and "in the order of" (three-hundred-and-seventy-sixth) and "in the
  neighborhood of" (four-hundred-and-forty-fifth). New: „In einem knappen Dutzend
  Stadtteile“ is 12 "nearly" - the inflected „knapp“ before a noun of number, as „eine
  knappe Viertelmilliarde Euro“ (four-hundred-and-twenty-sixth) and the inflected „gut“ of
  „gute zwei Stunden“ (same batch). New: "with no trains at all north of Peterborough"
  carries nothing - "north of" before a place names a direction, while "north of $62bn"
  before a figure is "over" (thirty-seventh). „Frauen ab 40“ 40 years "at_least"
  (fifty-third, eighty-fifth: „ab“ before an age bounding a group), „sechs Minuten oder
  mehr“ "at_least" (three-hundred-and-sixtieth: "or more"), "aged 110 or older" "at_least"
  (three-hundred-and-eighty-second), „für Pensionen bis 2.400 Euro brutto“ "up_to"
  (fortieth), „mindestens aber 350 Euro“ "at_least", „gut und gern“ "over"
  (three-hundred-and-twenty-eighth), "six weeks, give or take" "about" (thirty-seventh),
  "upwards of $250bn" "over" (sixth), "above $100bn" before a figure "over" (twelfth), "just
  over three days" "over" (four-hundred-and-fifth), "fewer than 200" "under", "the over-55s"
  55 years "over" (hundred-eleventh: "Among over-65s"), „unter 35“ 35 years "under", "an
  estimated" "about" (forty-sixth). No hedge where the word stands before an article or
  after a noun of amount: "more than the recommended 14 units" 14 and "a shade under the
  government's target of around 5%" 5 "about" from "around" alone
  (four-hundred-and-twenty-sixth: "just short of the official target of around 5%";
  four-hundred-and-fifth: „über der Zwei-Drittel-Schwelle“), „ein Sparpaket über 6,4 Mrd.
  Euro“ and „einen Tarifvertrag über zwölf Monate“ („über“ after a noun names the amount or
  the term; hundred-sixty-second, two-hundred-and-eighteenth,
  two-hundred-and-twenty-seventh), "below inflation of 3.4%". Otherwise: „rund“, „Rund“,
  „etwa“, "about", "roughly", "Around", "around", "some", "Some" "about"; „knapp“, „Knapp“,
  „fast“, "almost", "Almost" "nearly"; „gut“, „mehr als“, „über“ straight before a figure,
  "more than", "More than" "over"; „bis zu“ "up_to"; "at least" "at_least". No hedge: „im
  Schnitt“, „Nur“, „zusammen“, „umgerechnet“, „zudem“, „inzwischen“, „je“, „innert“,
  „Binnen“, "alone", "just", "a more modest", "up from", "over" before a span, "to" and
  „bis“ in a range, „statt bisher“, and „mehr als“, „weniger als“, "more than" after a
  figure, which compare.
- Ranges and pairs, each end its own figure, a hedge only on the figure it stands before
  (seventeenth, hundred-seventy-first, two-hundred-and-thirty-fifth): "an estimated 30 to
  40" 30 "about" and 40, „auf 105 bis 110 Jahre“ both ages, „von 7,4 bis 7,8 Mrd. Euro“ (the
  scale and currency written once, forty-eighth), "10 to 20 tanker launches", "between 4.2%
  and 4.5%", "3.00%-3.25%" (three-hundred-and-twenty-fourth), "Among 16 to 24-year-olds"
  both ages (eighty-ninth), „im Alter von 34, 41 und 57 Jahren“ all three, „für den 2. und
  3. Februar“ two dates (forty-first: „vom 3. bis 14. September“), „2026/27“ and "2025-26"
  both years (thirty-fifth, fortieth), „zwischen Juni 2021 und März 2023“ both years, „eine
  Steuer von 14 statt bisher 11 Prozent“ 14 and 11 (the unit written once), "in a 7-2 vote"
  7 and 2 (four-hundred-and-fifth), „Mit 112 zu 71 Stimmen“ 112 and 71, "27 of 38 passes",
  "five of his last six", "two of the 12", "two of its four". New: "The Fed will cut "two,
  maybe three" times" is 2 and 3 with no hedge - "maybe" between neighbouring number words
  joins a spoken range as the comma of „zwei, drei Tage“ (four-hundred-and-fifth) and the
  "or" of "two or three weeks" (four-hundred-and-twenty-sixth), and bounds neither, unlike
  „sechs, höchstens sieben“ (same batch). Scores carry none („Mit einem 2:1“, "23-20",
  "20-13", "6-4, 3-6, 7-5"; hundred-thirty-third).
- Scaled figures and figures in brackets (every round): "$3.4bn", "$2.9bn", "$18.7bn",
  "$1.1bn", "$141bn", "$100bn", "$250bn", "£31bn" ("bn" glued to a sum), "$2.3tn", "$6.6tn",
  "$20.1tn" ("tn", two-hundred-and-eighty-ninth), "£2.3m" (PA's "m"), "143.7 trillion yuan
  ($20.1tn)" CNY and USD, "4.15 million Australian dollars ($2.7 million)" AUD and USD, "318
  million Irish pounds (404 million euros)" and "390 million guilders (177 million euros)"
  (hundred-twenty-fifth, thirty-fourth: the converted sum in brackets, its own hedge or
  none), „1.082,4 Mrd. Euro“ 1,082,400,000,000 EUR (German grouping inside a scaled figure),
  „6,4 Mrd. Euro“, „1,1 Milliarden Euro“, „17,3 Mio. Euro“, „172 Mio. Euro“, „rund 5,4 Mio.
  Euro“, „knapp 0,3 Mrd. Euro“ "nearly", „gut 33,4 Mio. Passagiere“ 33,400,000 "over", „gut
  eine halbe Million“ 500,000 "over" (thirty-fourth), "1.386 billion" and "1.7 million"
  counts. Bracketed earlier values are figures of their own, the scale and unit after the
  bracket serving both (three-hundred-and-seventy-sixth, three-hundred-and-twenty-ninth):
  „um 0,2 (Vorquartal: 0,1) Prozent“, „mit 89,1 (Vorjahr: 90,3) Prozent“, „auf 1,84
  (Vorjahr: 1,72) Mrd. Euro“, „auf 212 (188) Mio. Euro“, „auf 11,5 (10,9) Prozent“. „Sabine
  K. (46)“ is an age (sixth, sixty-third).
- Percent against points (the issue's „4,7 Prozent“; twenty-seventh): „Prozent“ and "%" in
  "%"; "a quarter of a percentage point" and "a quarter-point cut" 0.25 "pp"
  (four-hundred-and-fifth), "4 basis points" "bp".
- Durations and ages (the issue's „fünfstündigen“ and "a two-week visit"; every round): ages
  „Der 27-Jährige“ (twice), „einen 51 Jahre alten Apotheker“, „(46)“, „Frauen ab 40“, „30,8
  Jahre alt“ and „knapp drei Jahre älter“ 3 years "nearly", „unter 35“, „im Alter von 34, 41
  und 57 Jahren“, "A 34-year-old man", "a 72-year-old pensioner", "Okonkwo-Ries, 29,", "a
  68-year-old man", "The 24-year-old Swede", "turned 111", "aged 110 or older", "until he
  was 98" and "died ... at 116" (sixty-third: "at 41"), "the over-55s", "16 to
  24-year-olds"; spans „nach zwei Jahren Stagnation“, „vor 20 Jahren“, „vor zehn Jahren“,
  „Binnen zehn Jahren“, „zwei Jahre später“, „seit mehr als zwei Jahrzehnten“ 20 years
  "over", „zu fünfeinhalb Jahren Haft“, „zwei Jahre auf Bewährung“, „sechs Jahre und drei
  Monate“ each part, „innert fünf Tagen“, „über zwölf Monate“, „mehr als eine Viertelstunde“
  0.25 hours "over" (seventeenth), "in the five weeks to Jan. 2", "in four years", "for six
  and a half years", "a widower for 31 years", "for 43 years", "in 36 hours", "over two
  years", "five years before", "55 years ago", "for about six and a half days", "six weeks,
  give or take"; race and game times „Mit drei Hundertsteln Vorsprung“ 0.03 seconds
  (thirtieth, three-hundred-and-twenty-eighth), „2:27,35 Minuten“ 2 minutes and 27.35
  seconds (forty-sixth: „1:24,31 Minuten“), „mit 0,37 Sekunden Rückstand“, "with 1:47 left"
  1 minute and 47 seconds (four-hundred-and-fifth: "With 1:12 left"). None: „im Vorjahr“,
  „vor einem Jahr“, „seit Jahresbeginn“, „in diesem Jahr“, „heuer“, „im Monat“, „monatlich“,
  „seit Jahren“, „zu Jahresbeginn“, „bis Aschermittwoch“, „ab Feber“, "a year earlier", "a
  year ago", "this year", "next week", "later this year", "this season", "a week", "a year",
  "for months", "for years", "for much of Wednesday", "until the last minute", weekdays and
  months.
- Dates and years: Reuters datelines with a day ("LONDON, Jan 11", "DUBLIN, Jan 13",
  "ZURICH, Jan 14", "NEW YORK, Jan 15", "BEIJING, Jan 18", "TOKYO, Jan 21", "AMSTERDAM, Jan
  26", "WASHINGTON, Jan 27") are dates without a year (three-hundred-and-ninety-fifth,
  four-hundred-and-fifth); dpa, dpa/lby, dpa/lni, dpa-AFX, APA, Keystone-SDA ("Davos GR",
  "Kloten ZH" - the canton letters none), AP and PA datelines none (seventy-ninth). Dates:
  „am 28. Jänner“ --01-28 (tenth), „am 4. Feber“ --02-04 (fortieth), „am 31. Dezember 1998“
  1998-12-31, „bis zum 30. Mai“, "to Jan. 2", "on Jan. 22", "at the Jan. 1 renewals", "from
  Feb. 9", "on Jan. 1, 2032" 2032-01-01 (hundred-forty-eighth: a full date its ISO value).
  Years: „Jahrgangs 1976“ (thirty-ninth: "Jahrgang 1925"), „im Jahr 2000“, "fiscal 2028"
  (fifty-third: "FY27"), "to mid-2028" 2028 (three-hundred-and-sixtieth), the rest as
  written.
- Counts otherwise (every round): measures and temperatures ("31 below zero" -31 and "minus
  50" -50 - three-hundred-and-eighty-second: "fell to 29 below" -, „auf rund 2.700 Metern
  Seehöhe“ "about", „etwa 150 Meter breit und 400 Meter lang“ 150 "about" and 400,
  „Lawinenwarnstufe 3 der fünfteiligen Skala“ 3 and 5 - fifteenth), odds („1 zu 8.145.060“ 1
  and 8,145,060; forty-sixth), tallies („1,31 Kinder“ 1.31, „mit 612 Punkten“, „148 Zähler“,
  „mit 17 Punkten aus 20 Spielen“, „elf Menschen ..., ... zehn Winter“, "nine grandchildren,
  22 great-grandchildren and four great-great-grandchildren", "one victim" 1 - nineteenth:
  "one" before a noun a numeral -, "one more goal" and "one more hike" 1 -
  hundred-thirty-ninth -, "23 counts of fraud", "311 yards and two touchdowns", "38 winners
  to 29 unforced errors", "19 straight matches", "the last two finals", "three cuts", "73
  notes", "about 41,000", "Bidders from 14 countries", "about 1,100 lives a year" - "a year"
  none -). Identifiers and names none: "Interstate 35", „1. FC Köln“, "PowerOutage.us", "Dry
  January".
- Speakers, checked only in forms the earlier batches settled. German: „wie das Statistische
  Bundesamt am Freitag nach ersten Berechnungen mitteilte“ -> "das Statistische Bundesamt"
  (the occasion dropped; hundred-tenth, four-hundred-and-forty-fifth), „wie die
  Schweizerische Nationalbank am Mittwoch mitteilte“, „wie die Flughafen Zürich AG am
  Dienstag mitteilte“ and „wie der Tierpark nach seiner Inventur am Donnerstag mitteilte“
  the source with its article (two-hundred-and-fifty-first, four-hundred-and-fifty-first);
  „BiB-Demografin Hannelore Brückner-Zeil sagte, ...“, „SNB-Sprecher Flurin Casutt-Derungs
  sagte, ...“, „Kuratorin Swantje Heiligenstadt-Ruh sagte, ...“, „Verdi-Verhandlungsführerin
  Katrin Osterkamp-Lüdde sagte, ...“, „WEF-Sprecherin Annina Caflisch-Hug sagte, ...“,
  „Mietervereins-Geschäftsführerin Petra Wengenmayr-Stöckl sagte, ...“, „Ballorganisator
  Clemens Wagerer-Fux sagte, ...“, „Pro-Bahn-Sprecher Lothar Quernheim-Sauer sagte, ...“,
  „Lotterien-Sprecherin Birgit Haselsteiner-Gmeiner sagte, ...“, „Finanzchefin Ricarda
  Oltmanns-Behr sagte, ...“ and „Kurator Jonas Bräutigam-Velte sagte, ...“ the name with the
  office dropped (hundred-eightieth, four-hundred-and-fifth); „sagte ÖVP-Budgetsprecherin
  Veronika Pfandlbauer-Rieß“, „sagte Ifo-Konjunkturexpertin Marlene Oberhauser-Witt“ and
  „sagte Autohändler Beat Zürcher-Amstad in Winterthur“ the name with the title and the
  place dropped (hundred-ninety-ninth, four-hundred-and-forty-fifth). English: "the British
  Retail Consortium said on Monday", "the Central Bank of Ireland said on Wednesday", "the
  National Bureau of Statistics said" with their article, and "The Rail Delivery Group said
  ..." opening the row with the article lowered (three-hundred-and-seventy-sixth,
  four-hundred-and-fifty-first); "the company said on Friday" -> "the company" (tenth,
  three-hundredth); "De Nederlandsche Bank said on Tuesday" and "NASA said Thursday that" as
  written (forty-fourth, ninety-seventh); a figure followed by "said Ines Carwardine-Hale,
  head of ...", "said Gao Ruolan, chief China economist at ...", "said Kaito
  Nishiwaki-Laurent, a rates strategist at ..." and "said Priscilla Abernethy-Kwan, chief
  U.S. economist at ..." the name (three-hundred-and-fifty-sixth); "Prosecutor Bethan
  Grisdale-Mear told the court" (three-hundred-and-ninety-fifth), "bank spokeswoman Aoife
  Brannigan-Kell said", "Swiss Re catastrophe analyst Lorenz Gächter-Bloom said", "Chief
  Financial Officer Dana Dalgarno-Price said", "Sheffield alcohol researcher Hilary
  Mountjoy-Barr said", "Aslef organiser Gareth Mabbott-Skye said" and "Banknote specialist
  Harriet Pengelly-Ross said" the name with the role dropped (hundred-forty-fifth,
  four-hundred-and-forty-fifth); "Coghlan-Esh said midfielder ..." the surname opening the
  row (forty-second). Each row's diacritics and hyphens are its speaker's („Brückner-Zeil“,
  „Pfandlbauer-Rieß“, „Zürcher-Amstad“, „Wengenmayr-Stöckl“, „Bräutigam-Velte“,
  "Gächter-Bloom"). Left unchecked (None): all negatives, also those with a named speaker;
  „wie das Statistische Bundesamt am Montag berichtete“ (a verb of reporting,
  four-hundred-and-fifty-first: „meldete“); roles ("The Fed chair told reporters", "the
  central bank said", "A DNB spokesman said", "the agency's inspector general said in a
  report", „sagte der Flughafenchef“, „hielt der Vorstand aufrecht“); descriptions before a
  name ("reinsurer Swiss Re said", "broker Howden said", "the charity Alcohol Change UK
  said", "the drivers' union Aslef said", "auctioneers Spink said"; fortieth); plural and
  collective sources ("NASA officials told reporters", „zählten die Statistiker“, „schätzen
  die Pfleger“, „schätzen die Kuratoren“, "the group says"; forty-first); a body's "said" of
  weather ("the National Weather Service said"; three-hundred-and-eighty-second); a
  masculine genitive („Nach Angaben des Flughafenverbands ADV“; hundredth) and a compound
  („nach Polizeiangaben“; three-hundred-and-seventy-first); verbs that are no saying ("the
  Bundesbank puts", „beziffert die Kammer“; ninety-ninth, four-hundred-and-fifth: "put");
  data, documents and courts („heißt es im Budgetbericht“, „Das geht aus einem Bericht ...
  hervor“, „laut Urteil“, „Laut einer Studie der Wirtschaftskammer“, "BRC data showed", "NHS
  England figures show", "official data showed", "Cardiff Crown Court heard"); and every
  "according to" (LSEG data, a group that tracks supercentenarians, PowerOutage.us, the St.
  Louis County sheriff's office, CME FedWatch). To keep the checked speakers near 35, as the
  four-hundred-and-fifty-first did, several figures are given no attribution at all.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_452 = [
    # --- Births in Germany 2026 (dpa), January 11 ---
    (
        "de",
        "Wiesbaden (dpa) - Knapp 640.000 Babys sind 2026 nach einer ersten Schätzung in Deutschland geboren worden, gut ein Zwanzigstel weniger als 2025, wie das Statistische Bundesamt am Montag berichtete.",
        True,
        [
            ("count", 640000, None, "nearly"),
            ("year", 2026, None, None),
            ("ordinal", 1, None, None),
            ("fraction", 0.05, None, "over"),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "de",
        "Rechnerisch bekam jede Frau demnach 1,31 Kinder, so wenige wie zuletzt 1994.",
        True,
        [("count", 1.31, None, None), ("year", 1994, None, None)],
        None,
    ),
    (
        "de",
        "Rund 11.900 Zwillings- und knapp 170 Drillingsgeburten zählten die Statistiker.",
        True,
        [("count", 11900, None, "about"), ("count", 170, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Schnitt waren Mütter beim ersten Kind 30,8 Jahre alt, Väter knapp drei Jahre älter.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 30.8, "year", None),
            ("duration", 3, "year", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Jede fünfte Frau des Jahrgangs 1976 ist kinderlos geblieben.",
        True,
        [("fraction", 0.2, None, None), ("year", 1976, None, None)],
        None,
    ),
    (
        "de",
        "BiB-Demografin Hannelore Brückner-Zeil sagte, Frauen ab 40 bekämen inzwischen fast doppelt so viele Kinder wie vor 20 Jahren.",
        True,
        [
            ("duration", 40, "year", "at_least"),
            ("count", 2, None, "nearly"),
            ("duration", 20, "year", None),
        ],
        "Hannelore Brückner-Zeil",
    ),
    (
        "de",
        "„Die Zahlen sind ein Weckruf für die Familienpolitik, und zwar ein lauter“, sagte Brückner-Zeil.",
        False,
        [],
        None,
    ),
    # --- British retail sales over Christmas (Reuters), January 11 ---
    (
        "en",
        "LONDON, Jan 11 (Reuters) - British retail sales rose 2.9% year-on-year in the five weeks to Jan. 2, the British Retail Consortium said on Monday, the strongest festive period in four years.",
        True,
        [
            ("date", "--01-11", None, None),
            ("percent", 2.9, "%", None),
            ("duration", 5, "week", None),
            ("date", "--01-02", None, None),
            ("duration", 4, "year", None),
        ],
        "the British Retail Consortium",
    ),
    (
        "en",
        "Food sales were up 4.1%, while non-food sales rose a more modest 1.2%.",
        True,
        [("percent", 4.1, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Online non-food sales grew for a third straight month, by 0.8%, BRC data showed.",
        True,
        [("ordinal", 3, None, None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "en",
        "Total spending over the period came to a ballpark £31bn, said Ines Carwardine-Hale, head of retail insight at the consortium.",
        True,
        [("money", 31000000000, "GBP", "about")],
        "Ines Carwardine-Hale",
    ),
    (
        "en",
        '"Consumers have not stopped worrying, they have just stopped waiting," Carwardine-Hale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Office for National Statistics will publish its official December figures on Jan. 22.",
        True,
        [("date", "--01-22", None, None)],
        None,
    ),
    (
        "en",
        "Retailers said bargain hunters had held out for discounts until the last minute.",
        False,
        [],
        None,
    ),
    # --- Austrian austerity package in the Nationalrat (APA), January 12 ---
    (
        "de",
        "Wien (APA) - Mit 112 zu 71 Stimmen hat der Nationalrat am Dienstag ein Sparpaket über 6,4 Mrd. Euro für heuer beschlossen, das erste Budgetgesetz der XXVIII. Gesetzgebungsperiode.",
        True,
        [
            ("count", 112, None, None),
            ("count", 71, None, None),
            ("money", 6400000000, "EUR", None),
            ("ordinal", 1, None, None),
            ("ordinal", 28, None, None),
        ],
        None,
    ),
    (
        "de",
        "Den rund 2,5 Millionen Pensionistinnen und Pensionisten bringt es ab Feber eine Erhöhung um 2,25 Prozent, für Pensionen bis 2.400 Euro brutto um 2,7 Prozent.",
        True,
        [
            ("count", 2500000, None, "about"),
            ("percent", 2.25, "%", None),
            ("money", 2400, "EUR", "up_to"),
            ("percent", 2.7, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Schuldenquote soll bis 2029 von 84,9 auf 82 Prozent der Wirtschaftsleistung sinken, heißt es im Budgetbericht.",
        True,
        [
            ("year", 2029, None, None),
            ("percent", 84.9, "%", None),
            ("percent", 82, "%", None),
        ],
        None,
    ),
    (
        "de",
        "„Wir holen uns heuer gut und gern 1,1 Milliarden Euro bei den Förderungen zurück“, sagte ÖVP-Budgetsprecherin Veronika Pfandlbauer-Rieß.",
        True,
        [("money", 1100000000, "EUR", "over")],
        "Veronika Pfandlbauer-Rieß",
    ),
    (
        "de",
        "Pfandlbauer-Rieß sprach von einem „Budget mit Hausverstand“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Zweidrittelmehrheit war nicht nötig; der Bundesrat befasst sich am 28. Jänner mit dem Paket.",
        True,
        [("fraction", 0.6667, None, None), ("date", "--01-28", None, None)],
        None,
    ),
    (
        "de",
        "Die Grünen sprachen von „sozialer Kälte mit Ansage“.",
        False,
        [],
        None,
    ),
    # --- Ticket fraud sentencing in Cardiff (PA), January 12 ---
    (
        "en",
        "CARDIFF (PA) - A 34-year-old man who ran a fake concert ticket website was jailed on Tuesday for six and a half years.",
        True,
        [("duration", 34, "year", None), ("duration", 6.5, "year", None)],
        None,
    ),
    (
        "en",
        "Rhydian Lascelles-Bowen, of Penarth, took more than £2.3m from some 11,400 buyers over a two-and-a-half-year period, Cardiff Crown Court heard.",
        True,
        [
            ("money", 2300000, "GBP", "over"),
            ("count", 11400, None, "about"),
            ("duration", 2.5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Prosecutor Bethan Grisdale-Mear told the court that one victim, a 72-year-old pensioner, had lost £4,850 on tickets for a concert that never existed.",
        True,
        [("count", 1, None, None), ("duration", 72, "year", None), ("money", 4850, "GBP", None)],
        "Bethan Grisdale-Mear",
    ),
    (
        "en",
        'Sentencing him, Judge Marian Tovey-Pratt said the fraudster had "preyed on the excitement of fans" who saved for months.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lascelles-Bowen, who admitted 23 counts of fraud, will serve half of his sentence before release on licence.",
        True,
        [("count", 23, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "A proceeds of crime hearing will be held later this year.",
        True,
        [],
        None,
    ),
    # --- Banknotes in circulation in Switzerland (Keystone-SDA), January 13 ---
    (
        "de",
        "Zürich (sda) - Der Notenumlauf in der Schweiz ist 2026 auf 79,6 Mia. Fr. gestiegen, wovon gut 57 Prozent auf die Tausendernote entfielen, wie die Schweizerische Nationalbank am Mittwoch mitteilte.",
        True,
        [
            ("year", 2026, None, None),
            ("money", 79600000000, "CHF", None),
            ("percent", 57, "%", "over"),
            ("money", 1000, "CHF", None),
        ],
        "die Schweizerische Nationalbank",
    ),
    (
        "de",
        "Im Umlauf waren zudem 45,3 Millionen Tausendernoten, rund ein Drittel mehr als vor zehn Jahren.",
        True,
        [
            ("count", 45300000, None, None),
            ("money", 1000, "CHF", None),
            ("fraction", 0.3333, None, "about"),
            ("duration", 10, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Die Banknoten der sechsten Serie, die im Jahr 2000 zurückgerufen worden war, bleiben unbefristet umtauschbar.",
        True,
        [("ordinal", 6, None, None), ("year", 2000, None, None)],
        None,
    ),
    (
        "de",
        "Noch nicht zurückgegeben sind Noten dieser Serie im Wert von knapp 0,9 Mia. Franken, darunter rund 170'000 Tausendernoten.",
        True,
        [
            ("money", 900000000, "CHF", "nearly"),
            ("count", 170000, None, "about"),
            ("money", 1000, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "SNB-Sprecher Flurin Casutt-Derungs sagte, der Fünfliber bleibe mit 61 Millionen geprägten Stück die beliebteste Münze des Landes.",
        True,
        [("money", 5, "CHF", None), ("count", 61000000, None, None)],
        "Flurin Casutt-Derungs",
    ),
    (
        "de",
        "«Bargeld gehört in der Schweiz nach wie vor zur Identität», sagte Casutt-Derungs.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Bei uns zahlt jeder dritte Kunde bar, im Schnitt 18 Mille pro Auto», sagte Autohändler Beat Zürcher-Amstad in Winterthur.",
        True,
        [("fraction", 0.3333, None, None), ("money", 18000, "CHF", None)],
        "Beat Zürcher-Amstad",
    ),
    # --- Unexchanged Irish pounds (Reuters), January 13 ---
    (
        "en",
        "DUBLIN, Jan 13 (Reuters) - Irish households are still holding an estimated 318 million Irish pounds (404 million euros) in notes and coins a quarter of a century after the euro replaced the punt, the Central Bank of Ireland said on Wednesday.",
        True,
        [
            ("date", "--01-13", None, None),
            ("money", 318000000, "IEP", "about"),
            ("money", 404000000, "EUR", None),
            ("duration", 25, "year", None),
        ],
        "the Central Bank of Ireland",
    ),
    (
        "en",
        "The punt was locked at 0.787564 to the euro in 1999, and the bank has set no deadline for swapping it.",
        True,
        [("money", 0.787564, "IEP", None), ("year", 1999, None, None)],
        None,
    ),
    (
        "en",
        "Coins worth some IR£61 million are unlikely ever to come back, bank spokeswoman Aoife Brannigan-Kell said, many of them lost or kept as souvenirs.",
        True,
        [("money", 61000000, "IEP", "about")],
        "Aoife Brannigan-Kell",
    ),
    (
        "en",
        "In 2026 alone, people handed in old notes worth 1.9 million Irish pounds, among them a bundle of IR£50 notes found in a Kerry farmhouse.",
        True,
        [
            ("year", 2026, None, None),
            ("money", 1900000, "IEP", None),
            ("money", 50, "IEP", None),
        ],
        None,
    ),
    (
        "en",
        '"Every so often someone walks in with a biscuit tin full of punts and a story to go with it," Brannigan-Kell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Germans are sitting on even more: the Bundesbank puts unreturned marks at 11.6 billion Deutschmarks, and Austrians still hold about 5.9 billion schillings.",
        True,
        [("money", 11600000000, "DEM", None), ("money", 5900000000, "ATS", "about")],
        None,
    ),
    (
        "en",
        "Italy's lira and Spain's peseta can no longer be exchanged; the Bank of Spain stopped swapping pesetas in 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    # --- 25 years of euro cash at the Bundesbank's money museum (dpa), January 14 ---
    (
        "de",
        "Frankfurt/Main (dpa) - Ein Vierteljahrhundert nach der Einführung des Euro-Bargelds zeigt das Geldmuseum der Bundesbank von Freitag an mehr als 300 Münzen und Scheine aus den zwölf Gründungsländern.",
        True,
        [
            ("duration", 25, "year", None),
            ("count", 300, None, "over"),
            ("count", 12, None, None),
        ],
        None,
    ),
    (
        "de",
        "Zu sehen ist unter anderem ein Bündel von 100 Scheinen zu 100.000 Lire, zusammen zehn Millionen Lire oder umgerechnet gut 5.100 Euro.",
        True,
        [
            ("count", 100, None, None),
            ("money", 100000, "ITL", None),
            ("money", 10000000, "ITL", None),
            ("money", 5100, "EUR", "over"),
        ],
        None,
    ),
    (
        "de",
        "Der Umrechnungskurs war am 31. Dezember 1998 unwiderruflich auf 1936,27 Lire, 2,20371 Gulden und 166,386 Peseten für einen Euro festgelegt worden.",
        True,
        [
            ("date", "1998-12-31", None, None),
            ("money", 1936.27, "ITL", None),
            ("money", 2.20371, "NLG", None),
            ("money", 166.386, "ESP", None),
        ],
        None,
    ),
    (
        "de",
        "Griechenland kam zwei Jahre später dazu, mit 340,750 Drachmen je Euro.",
        True,
        [("duration", 2, "year", None), ("money", 340.75, "GRD", None)],
        None,
    ),
    (
        "de",
        "Gezeigt werden auch Reichsbanknoten aus der Zeit vor dem Zweiten Weltkrieg.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Kuratorin Swantje Heiligenstadt-Ruh sagte, die Ausstellung laufe bis zum 30. Mai, Führungen gebe es an jedem ersten Sonntag im Monat.",
        True,
        [("date", "--05-30", None, None), ("ordinal", 1, None, None)],
        "Swantje Heiligenstadt-Ruh",
    ),
    (
        "de",
        "„Hinter jeder Münze steckt ein Stück Heimweh“, sagte Heiligenstadt-Ruh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Besucher dürften vor allem nach den alten D-Mark-Scheinen ihrer Kindheit suchen, vermutet das Museum.",
        False,
        [],
        None,
    ),
    # --- Insured catastrophe losses (Reuters), January 14 ---
    (
        "en",
        "ZURICH, Jan 14 (Reuters) - Natural disasters cost insurers an estimated $141bn in 2026, the sixth year in a row above $100bn, reinsurer Swiss Re said on Thursday.",
        True,
        [
            ("date", "--01-14", None, None),
            ("money", 141000000000, "USD", "about"),
            ("year", 2026, None, None),
            ("ordinal", 6, None, None),
            ("money", 100000000000, "USD", "over"),
        ],
        None,
    ),
    (
        "en",
        "Wildfires in California and hurricanes in the Atlantic accounted for roughly two-fifths of the total.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Losses from severe thunderstorms have risen almost fourfold since 2010.",
        True,
        [("count", 4, None, "nearly"), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Swiss Re catastrophe analyst Lorenz Gächter-Bloom said a one-in-100-year hurricane striking Miami today could cost insurers upwards of $250bn.",
        True,
        [("duration", 100, "year", None), ("money", 250000000000, "USD", "over")],
        "Lorenz Gächter-Bloom",
    ),
    (
        "en",
        '"Climate change is a loss multiplier, not some distant scenario," Gächter-Bloom said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prices for property catastrophe cover fell by about a tenth at the Jan. 1 renewals, broker Howden said.",
        True,
        [("fraction", 0.1, None, "about"), ("date", "--01-01", None, None)],
        None,
    ),
    (
        "en",
        "Some insurers said they would stop writing cover in the most exposed coastal areas.",
        False,
        [],
        None,
    ),
    # --- German economy in 2026 (dpa), January 15 ---
    (
        "de",
        "Wiesbaden (dpa) - Die deutsche Wirtschaft ist 2026 nach zwei Jahren Stagnation um 0,7 Prozent gewachsen, wie das Statistische Bundesamt am Freitag nach ersten Berechnungen mitteilte.",
        True,
        [
            ("year", 2026, None, None),
            ("duration", 2, "year", None),
            ("percent", 0.7, "%", None),
        ],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Im Schlussquartal legte das Bruttoinlandsprodukt demnach um 0,2 (Vorquartal: 0,1) Prozent zu.",
        True,
        [("percent", 0.2, "%", None), ("percent", 0.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Staatsquote lag mit 49,8 Prozent knapp unter der Hälfte der Wirtschaftsleistung.",
        True,
        [("percent", 49.8, "%", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "Der Staat nahm 1.082,4 Mrd. Euro an Steuern ein, gut das Anderthalbfache von 2010.",
        True,
        [
            ("money", 1082400000000, "EUR", None),
            ("count", 1.5, None, "over"),
            ("year", 2010, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Das Plus kommt fast vollständig aus dem Staatskonsum“, sagte Ifo-Konjunkturexpertin Marlene Oberhauser-Witt.",
        True,
        [],
        "Marlene Oberhauser-Witt",
    ),
    (
        "de",
        "Oberhauser-Witt hält eine Trendwende dennoch für verfrüht.",
        False,
        [],
        None,
    ),
    # --- A U.S. bank's fourth quarter (Reuters), January 15 ---
    (
        "en",
        "NEW YORK, Jan 15 (Reuters) - Kestenholz Bancorp posted fourth-quarter net income of $3.4bn, or $2.71 a share, up from $2.9bn a year earlier, the company said on Friday.",
        True,
        [
            ("date", "--01-15", None, None),
            ("ordinal", 4, None, None),
            ("money", 3400000000, "USD", None),
            ("money", 2.71, "USD", None),
            ("money", 2900000000, "USD", None),
        ],
        "the company",
    ),
    (
        "en",
        "Revenue rose 6% to $18.7bn, beating the $18.2bn analysts had expected, according to LSEG data.",
        True,
        [
            ("percent", 6, "%", None),
            ("money", 18700000000, "USD", None),
            ("money", 18200000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Its core capital ratio, the yardstick regulators apply under the Basel III rules, stood at 13.2%.",
        True,
        [("percent", 13.2, "%", None)],
        None,
    ),
    (
        "en",
        'Chief Financial Officer Dana Dalgarno-Price said the bank expected net interest income "north of $62bn" in 2027, roughly threefold what it earned in 2015.',
        True,
        [
            ("money", 62000000000, "USD", "over"),
            ("year", 2027, None, None),
            ("count", 3, None, "about"),
            ("year", 2015, None, None),
        ],
        "Dana Dalgarno-Price",
    ),
    (
        "en",
        '"We are not in the business of predicting recessions," Dalgarno-Price told analysts.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bank set aside $1.1bn for credit losses, 1.5 times the amount a year ago.",
        True,
        [("money", 1100000000, "USD", None), ("count", 1.5, None, None)],
        None,
    ),
    # --- Lauberhorn downhill in Wengen (APA), January 16 ---
    (
        "de",
        "Wengen (APA) - Mit drei Hundertsteln Vorsprung hat der Tiroler Florian Hechenblaikner-Moser am Samstag die Lauberhorn-Abfahrt gewonnen, es war der vierte Weltcupsieg seiner Karriere.",
        True,
        [("duration", 0.03, "second", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der 27-Jährige benötigte für die Strecke 2:27,35 Minuten.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 27.35, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Zweiter wurde der Schweizer Gian-Luca Tscholl-Bärtsch, Dritter der Norweger Eirik Haugsvold-Aam mit 0,37 Sekunden Rückstand.",
        True,
        [
            ("ordinal", 2, None, None),
            ("ordinal", 3, None, None),
            ("duration", 0.37, "second", None),
        ],
        None,
    ),
    (
        "de",
        "„Ich hab' mir oben gedacht, heut' geht gar nix“, sagte Hechenblaikner-Moser im ORF-Interview.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Gesamtweltcup liegt er mit 612 Punkten nun auf Rang drei, 148 Zähler hinter dem Führenden.",
        True,
        [
            ("count", 612, None, None),
            ("ordinal", 3, None, None),
            ("count", 148, None, None),
        ],
        None,
    ),
    # --- The oldest man in the U.S. turns 111 (AP), January 16 ---
    (
        "en",
        "SAN ANTONIO (AP) — Born in the middle of World War I, Teodoro Villaseñor-Pratt turned 111 on Saturday, making him the oldest living man in the United States, according to a group that tracks supercentenarians.",
        True,
        [("duration", 111, "year", None)],
        None,
    ),
    (
        "en",
        "He is among an estimated 30 to 40 living supercentenarians, people aged 110 or older, in the country, the group says.",
        True,
        [
            ("count", 30, None, "about"),
            ("count", 40, None, None),
            ("duration", 110, "year", "at_least"),
        ],
        None,
    ),
    (
        "en",
        "Villaseñor-Pratt, a widower for 31 years, has nine grandchildren, 22 great-grandchildren and four great-great-grandchildren.",
        True,
        [
            ("duration", 31, "year", None),
            ("count", 9, None, None),
            ("count", 22, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        'Asked for his secret, he told reporters: "Tortillas, and minding my own business."',
        False,
        [],
        None,
    ),
    (
        "en",
        "He worked as a railroad machinist for 43 years and drove his own pickup until he was 98.",
        True,
        [("duration", 43, "year", None), ("duration", 98, "year", None)],
        None,
    ),
    (
        "en",
        "Residents of his care home, several of them nonagenarians themselves, sang for him over lunch.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The oldest man on record died in 2013 at 116.",
        True,
        [("year", 2013, None, None), ("duration", 116, "year", None)],
        None,
    ),
    # --- NFL wild-card game in Kansas City (AP), January 17 ---
    (
        "en",
        "KANSAS CITY, Mo. (AP) — Facing third-and-8 with 1:47 left, Jalen Okonkwo-Ries found a wide-open tight end for a 41-yard gain that set up the winning field goal.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 8, None, None),
            ("duration", 1, "minute", None),
            ("duration", 47, "second", None),
            ("count", 41, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ellery Tamsett-Voss kicked a 46-yarder as time expired, and Kansas City beat Buffalo 23-20 to reach the divisional round for a ninth straight season.",
        True,
        [("count", 46, None, None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "Okonkwo-Ries, 29, completed 27 of 38 passes for 311 yards and two touchdowns.",
        True,
        [
            ("duration", 29, "year", None),
            ("count", 27, None, None),
            ("count", 38, None, None),
            ("count", 311, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Forty-one seconds before the two-minute warning, Buffalo had still led 20-13.",
        True,
        [("duration", 41, "second", None)],
        None,
    ),
    (
        "en",
        "It was Kansas City's 10th fourth-quarter comeback this season, the most in the league.",
        True,
        [("ordinal", 10, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"We have been in that spot a hundred times. Nobody blinked," Okonkwo-Ries said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Chiefs, now two wins from Super Bowl LXI, host Houston next Saturday.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        'Buffalo coach Desmond Harlan-Fitch said his team had "nothing left in the tank."',
        False,
        [],
        None,
    ),
    # --- Airport strike (dpa), January 18 ---
    (
        "de",
        "Frankfurt/Main (dpa) - Ein 24-stündiger Warnstreik des Bodenpersonals hat am Montag sechs deutsche Flughäfen über weite Strecken stillstehen lassen.",
        True,
        [("duration", 24, "hour", None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Flughafenverbands ADV fielen rund 1.850 der knapp 2.400 geplanten Starts und Landungen aus, betroffen waren etwa 260.000 Passagiere.",
        True,
        [
            ("count", 1850, None, "about"),
            ("count", 2400, None, "nearly"),
            ("count", 260000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Für die rund 22.000 Beschäftigten der Bodenverkehrsdienste verlangt Verdi ein Plus von 8 Prozent, mindestens aber 350 Euro monatlich, und einen Tarifvertrag über zwölf Monate.",
        True,
        [
            ("count", 22000, None, "about"),
            ("percent", 8, "%", None),
            ("money", 350, "EUR", "at_least"),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Verdi-Verhandlungsführerin Katrin Osterkamp-Lüdde sagte, viele Beschäftigte arbeiteten in Zwölfstundenschichten und kämen so auf 50-Stunden-Wochen.",
        True,
        [("duration", 12, "hour", None), ("duration", 50, "hour", None)],
        "Katrin Osterkamp-Lüdde",
    ),
    (
        "de",
        "„Wer den Laden am Laufen hält, hat mehr verdient als warme Worte“, sagte Osterkamp-Lüdde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 2. und 3. Februar in Potsdam angesetzt.",
        True,
        [
            ("ordinal", 3, None, None),
            ("date", "--02-02", None, None),
            ("date", "--02-03", None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Flughafenverband ADV sprach von einem „unverhältnismäßigen Rundumschlag“.",
        False,
        [],
        None,
    ),
    # --- China's economy in 2026 (Reuters), January 18 ---
    (
        "en",
        "BEIJING, Jan 18 (Reuters) - Chinese output expanded 4.8% in 2026, official data showed on Monday, a shade under the government's target of around 5%.",
        True,
        [
            ("date", "--01-18", None, None),
            ("percent", 4.8, "%", None),
            ("year", 2026, None, None),
            ("percent", 5, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "Fourth-quarter growth slowed to 4.3% year-on-year from 4.6% in the July-September period.",
        True,
        [
            ("ordinal", 4, None, None),
            ("percent", 4.3, "%", None),
            ("percent", 4.6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Gross domestic product reached 143.7 trillion yuan ($20.1tn), the National Bureau of Statistics said.",
        True,
        [
            ("money", 143700000000000, "CNY", None),
            ("money", 20100000000000, "USD", None),
        ],
        "the National Bureau of Statistics",
    ),
    (
        "en",
        "The population fell for a sixth consecutive year, by 1.7 million to 1.386 billion.",
        True,
        [
            ("ordinal", 6, None, None),
            ("count", 1700000, None, None),
            ("count", 1386000000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Births fell to 7.6 million, about two-thirds of the 11.4 million deaths recorded.",
        True,
        [
            ("count", 7600000, None, None),
            ("fraction", 0.6667, None, "about"),
            ("count", 11400000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Growth is likely to slow to between 4.2% and 4.5% this year, said Gao Ruolan, chief China economist at Brightmere Securities.",
        True,
        [("percent", 4.2, "%", None), ("percent", 4.5, "%", None)],
        "Gao Ruolan",
    ),
    (
        "en",
        '"The numbers are good enough to avoid panic and weak enough to keep everyone worried," Gao said.',
        False,
        [],
        None,
    ),
    # --- World Economic Forum in Davos (Keystone-SDA), January 19 ---
    (
        "de",
        "Davos GR (sda) - Zum Jahrestreffen des Weltwirtschaftsforums (WEF) sind seit Montag rund 2600 Teilnehmende aus knapp 110 Ländern angereist, darunter gut 50 Staats- und Regierungschefs.",
        True,
        [
            ("count", 2600, None, "about"),
            ("count", 110, None, "nearly"),
            ("count", 50, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Die Armee stellt bis zu 4200 Armeeangehörige, ihr Einsatz kostet den Bund innert fünf Tagen rund 8,6 Mio. Franken.",
        True,
        [
            ("count", 4200, None, "up_to"),
            ("duration", 5, "day", None),
            ("money", 8600000, "CHF", "about"),
        ],
        None,
    ),
    (
        "de",
        "Die übrigen Sicherheitskosten von 10,4 Mio. Fr. teilen sich Bund, Kanton und Gemeinde zu je einem Drittel.",
        True,
        [("money", 10400000, "CHF", None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "WEF-Sprecherin Annina Caflisch-Hug sagte, mit 510 akkreditierten Medienschaffenden seien rund ein Sechstel weniger gekommen als im Vorjahr.",
        True,
        [("count", 510, None, None), ("fraction", 0.1667, None, "about")],
        "Annina Caflisch-Hug",
    ),
    (
        "de",
        "«Davos ist kein Ort für schnelle Lösungen, sondern für lange Gespräche», sagte Caflisch-Hug.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gemeinde Davos hat für Samstag eine Kundgebung von WEF-Kritikern bewilligt.",
        True,
        [],
        None,
    ),
    # --- Drinking in England (PA), January 19 ---
    (
        "en",
        "LONDON (PA) - Almost one in four adults in England drinks more than the recommended 14 units a week, with the over-55s the heaviest drinkers, NHS England figures show.",
        True,
        [
            ("fraction", 0.25, None, "nearly"),
            ("count", 14, None, None),
            ("duration", 55, "year", "over"),
        ],
        None,
    ),
    (
        "en",
        "Among 16 to 24-year-olds the share fell to 11%, roughly half of what it was in 2015.",
        True,
        [
            ("duration", 16, "year", None),
            ("duration", 24, "year", None),
            ("percent", 11, "%", None),
            ("fraction", 0.5, None, "about"),
            ("year", 2015, None, None),
        ],
        None,
    ),
    (
        "en",
        "Some 3.1 million people signed up for Dry January this year, the charity Alcohol Change UK said, up from 2.6 million a year ago.",
        True,
        [("count", 3100000, None, "about"), ("count", 2600000, None, None)],
        None,
    ),
    (
        "en",
        "Hospital admissions linked to alcohol reached 342,000 in 2025-26, a 9% rise on the previous year.",
        True,
        [
            ("count", 342000, None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("percent", 9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Sheffield alcohol researcher Hilary Mountjoy-Barr said a minimum unit price of 65p would save about 1,100 lives a year in England.",
        True,
        [("money", 0.65, "GBP", None), ("count", 1100, None, "about")],
        "Hilary Mountjoy-Barr",
    ),
    (
        "en",
        '"Dry January is a good start, but it cannot carry the whole year," Mountjoy-Barr said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Campaigners urged ministers to act before the spring budget.",
        False,
        [],
        None,
    ),
    # --- Asking rents in Munich (dpa), January 20 ---
    (
        "de",
        "München (dpa/lby) - Wer in München eine Dreizimmerwohnung neu mietet, zahlt im Schnitt 23,40 Euro kalt je Quadratmeter und damit gut das Anderthalbfache des bayerischen Durchschnitts.",
        True,
        [
            ("count", 3, None, None),
            ("money", 23.4, "EUR", None),
            ("count", 1.5, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Das geht aus einem Bericht des Immobilienportals Wohnfalke hervor, der rund 41.000 Inserate aus dem vierten Quartal ausgewertet hat.",
        True,
        [("count", 41000, None, "about"), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Binnen zehn Jahren haben sich die Angebotsmieten in der Landeshauptstadt damit fast verdoppelt.",
        True,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "In einem knappen Dutzend Stadtteile liegen sie inzwischen über 25 Euro.",
        True,
        [("count", 12, None, "nearly"), ("money", 25, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für Zweitwohnsitze verlangt die Stadt seit Jahresbeginn eine Steuer von 14 statt bisher 11 Prozent der Jahreskaltmiete.",
        True,
        [("percent", 14, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Mietervereins-Geschäftsführerin Petra Wengenmayr-Stöckl sagte, jeder dritte Münchner Haushalt müsse schon mehr als 40 Prozent des Nettoeinkommens fürs Wohnen aufbringen.",
        True,
        [("fraction", 0.3333, None, None), ("percent", 40, "%", "over")],
        "Petra Wengenmayr-Stöckl",
    ),
    (
        "de",
        "„München wird zur Stadt für Erben und Gutverdiener“, sagte Wengenmayr-Stöckl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haus- und Grundbesitzerverein hält die Zahlen für überzeichnet.",
        False,
        [],
        None,
    ),
    # --- Arctic cold in the Upper Midwest (AP), January 20 ---
    (
        "en",
        "DULUTH, Minn. (AP) — Temperatures plunged to 31 below zero in northern Minnesota early Wednesday, and wind chills of minus 50 were forecast for parts of the Dakotas through Thursday.",
        True,
        [("count", -31, None, None), ("count", -50, None, None)],
        None,
    ),
    (
        "en",
        "Duluth picked up a foot and a half of snow in 36 hours, its heaviest two-day total in a decade and a half, the National Weather Service said.",
        True,
        [
            ("count", 1.5, None, None),
            ("duration", 36, "hour", None),
            ("duration", 2, "day", None),
            ("duration", 15, "year", None),
        ],
        None,
    ),
    (
        "en",
        "More than 140,000 homes and businesses were without power at the peak, according to PowerOutage.us.",
        True,
        [("count", 140000, None, "over")],
        None,
    ),
    (
        "en",
        "Schools in at least 40 districts closed for a second day.",
        True,
        [("count", 40, None, "at_least"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Interstate 35 was closed between Duluth and Hinckley for much of Wednesday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The cold has killed at least three people, including a 68-year-old man found near his snowmobile, according to the St. Louis County sheriff's office.",
        True,
        [("count", 3, None, "at_least"), ("duration", 68, "year", None)],
        None,
    ),
    (
        "en",
        '"You don\'t stand around and chat in this," said a gas station clerk in Two Harbors.',
        False,
        [],
        None,
    ),
    # --- Test-centre fraud verdict in Hanover (dpa), January 21 ---
    (
        "de",
        "Hannover (dpa/lni) - Wegen Betrugs mit erfundenen Corona-Tests hat das Landgericht Hannover einen 51 Jahre alten Apotheker zu fünfeinhalb Jahren Haft verurteilt.",
        True,
        [("duration", 51, "year", None), ("duration", 5.5, "year", None)],
        None,
    ),
    (
        "de",
        "Seine Mitangeklagte Sabine K. (46) erhielt zwei Jahre auf Bewährung.",
        True,
        [("duration", 46, "year", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Die beiden sollen zwischen Juni 2021 und März 2023 rund 1,9 Millionen Tests abgerechnet haben, die nie stattfanden.",
        True,
        [
            ("year", 2021, None, None),
            ("year", 2023, None, None),
            ("count", 1900000, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Der Schaden beläuft sich laut Urteil auf 17,3 Mio. Euro, gut das Zwanzigfache dessen, was die Teststelle tatsächlich umgesetzt hatte.",
        True,
        [("money", 17300000, "EUR", None), ("count", 20, None, "over")],
        None,
    ),
    (
        "de",
        "Gefordert hatte die Anklage sechs Jahre und drei Monate, die Verteidiger plädierten auf Bewährung.",
        True,
        [("duration", 6, "year", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Der Vorsitzende Richter sprach von „Betrug im industriellen Maßstab“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Urteil ist noch nicht rechtskräftig.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Mein Mandant bereut zutiefst, was er getan hat“, sagte sein Verteidiger.",
        False,
        [],
        None,
    ),
    # --- Bank of Japan rate rise (Reuters), January 21 ---
    (
        "en",
        "TOKYO, Jan 21 (Reuters) - The Bank of Japan on Thursday added a quarter of a percentage point to its key rate, taking it to 1.25%, the highest since 1995, in a 7-2 vote.",
        True,
        [
            ("date", "--01-21", None, None),
            ("percent", 0.25, "pp", None),
            ("percent", 1.25, "%", None),
            ("year", 1995, None, None),
            ("count", 7, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Japan's 10-year bond yield climbed 4 basis points to 2.31%, a level last seen in 1999.",
        True,
        [
            ("duration", 10, "year", None),
            ("percent", 4, "bp", None),
            ("percent", 2.31, "%", None),
            ("year", 1999, None, None),
        ],
        None,
    ),
    (
        "en",
        "The board now sees core inflation at 2.1% in the fiscal year starting in April and at 1.9% in fiscal 2028.",
        True,
        [
            ("percent", 2.1, "%", None),
            ("percent", 1.9, "%", None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        'The governor told a news conference that borrowing costs adjusted for inflation were still "far below neutral."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markets are pricing in one more hike by September, said Kaito Nishiwaki-Laurent, a rates strategist at Calderwick Securities.",
        True,
        [("count", 1, None, None)],
        "Kaito Nishiwaki-Laurent",
    ),
    (
        "en",
        "Some economists said the bank risked moving too fast for households still adjusting to higher prices.",
        False,
        [],
        None,
    ),
    # --- Vienna's ball season (APA), January 22 ---
    (
        "de",
        "Wien (APA) - Knapp 420 Bälle stehen in der Wiener Ballsaison heuer auf dem Programm, sie soll bis Aschermittwoch gut 480.000 Gäste anlocken.",
        True,
        [("count", 420, None, "nearly"), ("count", 480000, None, "over")],
        None,
    ),
    (
        "de",
        "Laut einer Studie der Wirtschaftskammer gibt jeder Ballgast im Schnitt 293 Euro aus, für Eintritt, Garderobe, Friseur und Taxi.",
        True,
        [("money", 293, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Wertschöpfung beziffert die Kammer mit 172 Mio. Euro, ein gutes Zehntel mehr als vor der Pandemie.",
        True,
        [("money", 172000000, "EUR", None), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Beim Opernball am 4. Feber kostet eine Loge heuer 24.500 Euro, die Eintrittskarte 395 Euro.",
        True,
        [
            ("date", "--02-04", None, None),
            ("money", 24500, "EUR", None),
            ("money", 395, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Tanzschulen verzeichneten vor der Saison ein Viertel mehr Anmeldungen für Crashkurse im Dreivierteltakt.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Ballorganisator Clemens Wagerer-Fux sagte, die Hälfte der Gäste sei inzwischen unter 35.",
        True,
        [("fraction", 0.5, None, None), ("duration", 35, "year", "under")],
        "Clemens Wagerer-Fux",
    ),
    (
        "de",
        "„Der Walzer ist das beste Mittel gegen den Jännerblues“, sagte Wagerer-Fux.",
        False,
        [],
        None,
    ),
    # --- Leeds before a relegation match (PA), January 22 ---
    (
        "en",
        "LEEDS (PA) - Leeds sit 17th on 21 points from 22 games, two points clear of the relegation zone, before Saturday's visit of Burnley.",
        True,
        [
            ("ordinal", 17, None, None),
            ("count", 21, None, None),
            ("count", 22, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Call it a six-pointer if you like, I call it a football match," Leeds manager Ruairi Coghlan-Esh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Coghlan-Esh said midfielder Kieran Ashdown-Pyle would be out for "six weeks, give or take" with a hamstring tear.',
        True,
        [("duration", 6, "week", "about")],
        "Coghlan-Esh",
    ),
    (
        "en",
        "Striker Tomasz Balogun-Reeve needs one more goal to reach 100 in the Premier League and has scored in five of his last six home matches.",
        True,
        [
            ("count", 1, None, None),
            ("count", 100, None, None),
            ("count", 5, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        "Burnley have won just two of their 11 away league games this season.",
        True,
        [("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        'Coghlan-Esh called his squad "a group that refuses to feel sorry for itself."',
        False,
        [],
        None,
    ),
    # --- Deutsche Bahn punctuality in 2026 (dpa), January 25 ---
    (
        "de",
        "Berlin (dpa) - Nur knapp 61 Prozent der Fernzüge der Deutschen Bahn sind 2026 pünktlich gewesen, der schlechteste Wert seit mehr als zwei Jahrzehnten.",
        True,
        [
            ("percent", 61, "%", "nearly"),
            ("year", 2026, None, None),
            ("duration", 20, "year", "over"),
        ],
        None,
    ),
    (
        "de",
        "Als verspätet zählt ein Halt, wenn der Zug sechs Minuten oder mehr zu spät ist.",
        True,
        [("duration", 6, "minute", "at_least")],
        None,
    ),
    (
        "de",
        "Im Regionalverkehr lag die Quote mit 89,1 (Vorjahr: 90,3) Prozent deutlich höher.",
        True,
        [("percent", 89.1, "%", None), ("percent", 90.3, "%", None)],
        None,
    ),
    (
        "de",
        "Bis 2030 will die Bahn 41 stark belastete Strecken generalsanieren, acht davon in diesem Jahr.",
        True,
        [("year", 2030, None, None), ("count", 41, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Pro-Bahn-Sprecher Lothar Quernheim-Sauer sagte, jeder vierte Fernzug sei mehr als eine Viertelstunde zu spät gekommen.",
        True,
        [("fraction", 0.25, None, None), ("duration", 0.25, "hour", "over")],
        "Lothar Quernheim-Sauer",
    ),
    (
        "de",
        "Der Fahrgastverband sprach von einem „Armutszeugnis auf Schienen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Pendler sagen, sie planten inzwischen grundsätzlich einen Zug früher ein.",
        False,
        [],
        None,
    ),
    # --- Triple jackpot in Austria's Lotto (APA), January 25 ---
    (
        "de",
        "Wien (APA) - Ein Spielteilnehmer aus dem Bezirk Braunau hat am Sonntag mit dem einzigen Sechser den Dreifachjackpot geknackt und rund 5,4 Mio. Euro gewonnen.",
        True,
        [("count", 3, None, None), ("money", 5400000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Chance auf einen Sechser liegt bei 1 zu 8.145.060.",
        True,
        [("count", 1, None, None), ("count", 8145060, None, None)],
        None,
    ),
    (
        "de",
        "Mit einem Fünfer mit Zusatzzahl gewannen zwei Tipps je 148.300 Euro.",
        True,
        [("count", 2, None, None), ("money", 148300, "EUR", None)],
        None,
    ),
    (
        "de",
        "Lotterien-Sprecherin Birgit Haselsteiner-Gmeiner sagte, der Gewinner habe sich bereits gemeldet und wolle anonym bleiben.",
        True,
        [],
        "Birgit Haselsteiner-Gmeiner",
    ),
    (
        "de",
        "„Mit so einem Betrag sollte man erst einmal gar nichts tun“, riet Haselsteiner-Gmeiner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Innviertel rätseln viele, wer der Glückspilz sein könnte.",
        False,
        [],
        None,
    ),
    # --- Train drivers' strike (PA), January 25 ---
    (
        "en",
        "LONDON (PA) - Train drivers at four operators will stage a 48-hour walkout from Feb. 9 after rejecting a pay offer worth 4.5% over two years, the drivers' union Aslef said.",
        True,
        [
            ("count", 4, None, None),
            ("duration", 48, "hour", None),
            ("date", "--02-09", None, None),
            ("percent", 4.5, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Around two-thirds of services on affected routes are expected to be cancelled, with no trains at all north of Peterborough.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Aslef organiser Gareth Mabbott-Skye said drivers had been offered 2% this year and 2.5% next, below inflation of 3.4%.",
        True,
        [
            ("percent", 2, "%", None),
            ("percent", 2.5, "%", None),
            ("percent", 3.4, "%", None),
        ],
        "Gareth Mabbott-Skye",
    ),
    (
        "en",
        "It is the union's third strike at the four companies since October and the first to last two days.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 4, None, None),
            ("ordinal", 1, None, None),
            ("duration", 2, "day", None),
        ],
        None,
    ),
    (
        "en",
        "The Rail Delivery Group said the offer would take average driver pay to about £71,500 a year.",
        True,
        [("money", 71500, "GBP", "about")],
        "the Rail Delivery Group",
    ),
    (
        "en",
        '"Passengers deserve better than this endless cycle of disruption," a Rail Delivery Group spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Talks at the conciliation service Acas are set to resume next week.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Commuter groups said many passengers would simply work from home.",
        False,
        [],
        None,
    ),
    # --- Zurich airport traffic in 2026 (Keystone-SDA), January 26 ---
    (
        "de",
        "Kloten ZH (sda) - Über den Flughafen Zürich sind 2026 gut 33,4 Mio. Passagiere gereist, so viele wie nie zuvor, wie die Flughafen Zürich AG am Dienstag mitteilte.",
        True,
        [("year", 2026, None, None), ("count", 33400000, None, "over")],
        "die Flughafen Zürich AG",
    ),
    (
        "de",
        "Das sind 3,1 Prozent mehr als im Vorjahr und knapp 2 Prozent mehr als im bisherigen Rekordjahr 2019.",
        True,
        [
            ("percent", 3.1, "%", None),
            ("percent", 2, "%", "nearly"),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der Flugbewegungen stieg um 1,8 Prozent auf 268'450.",
        True,
        [("percent", 1.8, "%", None), ("count", 268450, None, None)],
        None,
    ),
    (
        "de",
        "Die verlängerten Pisten sollen 2031 in Betrieb gehen, sagte der Flughafenchef.",
        True,
        [("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "«Wir stossen an die Grenzen unserer Infrastruktur», sagte der Flughafenchef.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anwohnerverbände im Zürcher Unterland kritisieren die Ausbaupläne seit Jahren.",
        False,
        [],
        None,
    ),
    # --- Unexchanged guilders (Reuters), January 26 ---
    (
        "en",
        "AMSTERDAM, Jan 26 (Reuters) - Dutch households still hold guilder banknotes worth some 390 million guilders (177 million euros), De Nederlandsche Bank said on Tuesday, five years before its exchange window closes on Jan. 1, 2032.",
        True,
        [
            ("date", "--01-26", None, None),
            ("money", 390000000, "NLG", "about"),
            ("money", 177000000, "EUR", None),
            ("duration", 5, "year", None),
            ("date", "2032-01-01", None, None),
        ],
        "De Nederlandsche Bank",
    ),
    (
        "en",
        "Most of the outstanding value is in 1,000-guilder notes, of which about 41,000 have never come back, the central bank said.",
        True,
        [("money", 1000, "NLG", None), ("count", 41000, None, "about")],
        None,
    ),
    (
        "en",
        "Coins stopped being exchangeable in 2007, and the bank has swapped more than 2.4 billion guilders' worth of notes since euro cash arrived in 2002.",
        True,
        [
            ("year", 2007, None, None),
            ("money", 2400000000, "NLG", "over"),
            ("year", 2002, None, None),
        ],
        None,
    ),
    (
        "en",
        "A DNB spokesman said a woman in Utrecht had recently brought in 73 notes of 1,000 guilders found inside an old piano.",
        True,
        [("count", 73, None, None), ("money", 1000, "NLG", None)],
        None,
    ),
    (
        "en",
        "Finland's markka can no longer be changed; its deadline expired in 2012, when 14.2 million markkas were still outstanding.",
        True,
        [("year", 2012, None, None), ("money", 14200000, "FIM", None)],
        None,
    ),
    (
        "en",
        "Collectors said the old notes were worth far more to them than their face value.",
        False,
        [],
        None,
    ),
    # --- A machine maker's first quarter (dpa-AFX), January 27 ---
    (
        "de",
        "Frankfurt/Main (dpa-AFX) - Der Maschinenbauer Hegerstrand hat im I. Quartal seines Geschäftsjahres 2026/27 den Umsatz um 7,2 Prozent auf 1,84 (Vorjahr: 1,72) Mrd. Euro gesteigert.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
            ("year", 2027, None, None),
            ("percent", 7.2, "%", None),
            ("money", 1840000000, "EUR", None),
            ("money", 1720000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebit stieg auf 212 (188) Mio. Euro, die Marge auf 11,5 (10,9) Prozent.",
        True,
        [
            ("money", 212000000, "EUR", None),
            ("money", 188000000, "EUR", None),
            ("percent", 11.5, "%", None),
            ("percent", 10.9, "%", None),
        ],
        None,
    ),
    (
        "de",
        "In der Wasserstoffsparte verdreifachte sich der Auftragseingang fast, auf knapp 0,3 Mrd. Euro.",
        True,
        [("money", 300000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Unter dem Strich blieben 1,31 Euro je Aktie nach 1,09 Euro.",
        True,
        [("money", 1.31, "EUR", None), ("money", 1.09, "EUR", None)],
        None,
    ),
    (
        "de",
        "Seine Umsatzprognose von 7,4 bis 7,8 Mrd. Euro für das Gesamtjahr hielt der Vorstand aufrecht.",
        True,
        [("money", 7400000000, "EUR", None), ("money", 7800000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Finanzchefin Ricarda Oltmanns-Behr sagte, rund ein Fünftel des Umsatzes stamme inzwischen aus dem Servicegeschäft, doppelt so viel wie 2020.",
        True,
        [
            ("fraction", 0.2, None, "about"),
            ("count", 2, None, None),
            ("year", 2020, None, None),
        ],
        "Ricarda Oltmanns-Behr",
    ),
    (
        "de",
        "„Wir sind gut ins Jahr gestartet, aber nicht übermütig“, sagte Oltmanns-Behr.",
        False,
        [],
        None,
    ),
    # --- Fed holds rates (Reuters), January 27 ---
    (
        "en",
        "WASHINGTON, Jan 27 (Reuters) - Federal Reserve policymakers kept borrowing costs unchanged at 3.00%-3.25% on Wednesday, with two of the 12 voting policymakers dissenting in favour of a quarter-point cut.",
        True,
        [
            ("date", "--01-27", None, None),
            ("percent", 3.0, "%", None),
            ("percent", 3.25, "%", None),
            ("count", 2, None, None),
            ("count", 12, None, None),
            ("percent", 0.25, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "It was the second straight meeting without a move, after three cuts in the closing months of 2026.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        'The Fed chair told reporters that inflation, at 2.6% on the central bank\'s preferred measure, was "still some way" from the 2% target.',
        True,
        [("percent", 2.6, "%", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Futures priced a roughly 60% chance of a cut by June, according to CME FedWatch.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Fed asset holdings are down about $2.3tn from their peak, at some $6.6tn.",
        True,
        [
            ("money", 2300000000000, "USD", "about"),
            ("money", 6600000000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        'The Fed will cut "two, maybe three" times this year, said Priscilla Abernethy-Kwan, chief U.S. economist at Fenwood Capital.',
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        "Priscilla Abernethy-Kwan",
    ),
    (
        "en",
        "Economists said the statement gave little away about the timing of the next move.",
        False,
        [],
        None,
    ),
    # --- Annual animal count at Hellabrunn zoo (dpa), January 28 ---
    (
        "de",
        "München (dpa/lby) - Im Tierpark Hellabrunn leben zu Jahresbeginn 10.211 Tiere aus 498 Arten, knapp 400 mehr als vor einem Jahr, wie der Tierpark nach seiner Inventur am Donnerstag mitteilte.",
        True,
        [
            ("count", 10211, None, None),
            ("count", 498, None, None),
            ("count", 400, None, "nearly"),
        ],
        "der Tierpark",
    ),
    (
        "de",
        "Allein die Blattschneiderameisen schätzen die Pfleger auf gut eine halbe Million.",
        True,
        [("count", 500000, None, "over")],
        None,
    ),
    (
        "de",
        "Neu eingezogen sind zwei Siebenschläfer und eine Kolonie Tausendfüßer.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Alter des ältesten Bewohners, eines Riesenschildkrötenmännchens, schätzen die Kuratoren auf 105 bis 110 Jahre.",
        True,
        [("duration", 105, "year", None), ("duration", 110, "year", None)],
        None,
    ),
    (
        "de",
        "Kurator Jonas Bräutigam-Velte sagte, 2026 seien 37 Jungtiere bedrohter Arten zur Welt gekommen, fast ein Drittel mehr als 2025.",
        True,
        [
            ("year", 2026, None, None),
            ("count", 37, None, None),
            ("fraction", 0.3333, None, "nearly"),
            ("year", 2025, None, None),
        ],
        "Jonas Bräutigam-Velte",
    ),
    (
        "de",
        "„Jedes Jungtier einer bedrohten Art ist ein kleiner Sieg“, sagte Bräutigam-Velte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tierschützer sprechen dagegen von „Zählen um des Zählens willen“.",
        False,
        [],
        None,
    ),
    # --- Artemis III slips (AP), January 28 ---
    (
        "en",
        "CAPE CANAVERAL, Fla. (AP) — NASA said Thursday that Artemis III, the first attempt to land astronauts on the moon since 1972, has slipped to mid-2028.",
        True,
        [("ordinal", 1, None, None), ("year", 1972, None, None), ("year", 2028, None, None)],
        "NASA",
    ),
    (
        "en",
        "The 30-day mission would put two of its four astronauts on the lunar surface for about six and a half days.",
        True,
        [
            ("duration", 30, "day", None),
            ("count", 2, None, None),
            ("count", 4, None, None),
            ("duration", 6.5, "day", "about"),
        ],
        None,
    ),
    (
        "en",
        "The last moonwalkers spent just over three days on the surface 55 years ago.",
        True,
        [("duration", 3, "day", "over"), ("duration", 55, "year", None)],
        None,
    ),
    (
        "en",
        "The lander must first be refueled in Earth orbit, which could take 10 to 20 tanker launches, NASA officials told reporters.",
        True,
        [("count", 10, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "The delay is the third since 2024 and adds an estimated $1.4 billion to the program's cost, the agency's inspector general said in a report.",
        True,
        [
            ("ordinal", 3, None, None),
            ("year", 2024, None, None),
            ("money", 1400000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        '"The moon isn\'t going anywhere. We would rather be late than sorry," said Odell Pinkney-Vance, a deputy program manager.',
        False,
        [],
        None,
    ),
    # --- Avalanche in the Ötztal (APA), January 29 ---
    (
        "de",
        "Innsbruck (APA) - Eine Lawine hat am Freitag im hinteren Ötztal zwei Skitourengeher aus Bayern getötet, ein Dritter überlebte schwer verletzt.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Männer im Alter von 34, 41 und 57 Jahren waren auf rund 2.700 Metern Seehöhe unterwegs.",
        True,
        [
            ("duration", 34, "year", None),
            ("duration", 41, "year", None),
            ("duration", 57, "year", None),
            ("count", 2700, None, "about"),
        ],
        None,
    ),
    (
        "de",
        "Es herrschte Lawinenwarnstufe 3 der fünfteiligen Skala.",
        True,
        [("count", 3, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Das Schneebrett war nach Polizeiangaben etwa 150 Meter breit und 400 Meter lang.",
        True,
        [("count", 150, None, "about"), ("count", 400, None, None)],
        None,
    ),
    (
        "de",
        "Seit Beginn der Wintersaison sind in Tirol damit elf Menschen in Lawinen gestorben, fast doppelt so viele wie im Schnitt der vergangenen zehn Winter.",
        True,
        [("count", 11, None, None), ("count", 2, None, "nearly"), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Bergrettung mahnte Tourengeher zu äußerster Vorsicht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Der Schnee ist derzeit extrem heimtückisch“, sagte ein Sprecher des Lawinenwarndienstes.",
        False,
        [],
        None,
    ),
    # --- Old banknotes at auction (PA), January 29 ---
    (
        "en",
        "LONDON (PA) - A Bank of England \"white fiver\" from 1947 has sold at auction for £14,200, more than seven times its estimate, auctioneers Spink said.",
        True,
        [
            ("money", 5, "GBP", None),
            ("year", 1947, None, None),
            ("money", 14200, "GBP", None),
            ("count", 7, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "A ten-shilling note from 1928, worth 50p after decimalisation in 1971, fetched £3,900.",
        True,
        [
            ("money", 0.5, "GBP", None),
            ("year", 1928, None, None),
            ("money", 0.5, "GBP", None),
            ("year", 1971, None, None),
            ("money", 3900, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Bidders from 14 countries took part, and about a quarter of the 612 lots went to online buyers.",
        True,
        [
            ("count", 14, None, None),
            ("fraction", 0.25, None, "about"),
            ("count", 612, None, None),
        ],
        None,
    ),
    (
        "en",
        "Banknote specialist Harriet Pengelly-Ross said fewer than 200 white fivers from that print run were thought to survive in such condition.",
        True,
        [("count", 200, None, "under"), ("money", 5, "GBP", None)],
        "Harriet Pengelly-Ross",
    ),
    (
        "en",
        '"It is a piece of social history you can hold in your hand," Pengelly-Ross said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Collectors said prices for pre-decimal notes had been climbing for years.",
        False,
        [],
        None,
    ),
    # --- Bundesliga: Augsburg against Cologne (dpa), January 30 ---
    (
        "de",
        "Augsburg (dpa) - Mit einem 2:1 im Sechs-Punkte-Spiel gegen den 1. FC Köln ist der FC Augsburg auf Rang 15 geklettert.",
        True,
        [("ordinal", 15, None, None)],
        None,
    ),
    (
        "de",
        "Vor 28.900 Zuschauern traf Jonas Wiesinger-Kolb in der 12. und 78. Minute.",
        True,
        [("count", 28900, None, None), ("ordinal", 12, None, None), ("ordinal", 78, None, None)],
        None,
    ),
    (
        "de",
        "Für den 27-Jährigen waren es die Saisontore sieben und acht.",
        True,
        [("duration", 27, "year", None), ("ordinal", 7, None, None), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "Köln kassierte die fünfte Niederlage in Serie und bleibt mit 17 Punkten aus 20 Spielen Drittletzter.",
        True,
        [
            ("ordinal", 5, None, None),
            ("count", 17, None, None),
            ("count", 20, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Augsburg hat nun 19 Punkte, zwei mehr als der Relegationsplatz.",
        True,
        [("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben heute mit dem Herzen gespielt und nicht mit dem Taschenrechner“, sagte der Augsburger Trainer.",
        False,
        [],
        None,
    ),
    # --- Australian Open women's final (AP), January 30 ---
    (
        "en",
        "MELBOURNE, Australia (AP) — Third-seeded Linnea Strandqvist-Ortega won her first Australian Open title on Saturday, beating top seed Oksana Veremchuk-Hale 6-4, 3-6, 7-5 in a 2-hour, 41-minute final.",
        True,
        [
            ("ordinal", 3, None, None),
            ("ordinal", 1, None, None),
            ("duration", 2, "hour", None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "The 24-year-old Swede, who saved two match points in the third set, collects 4.15 million Australian dollars ($2.7 million).",
        True,
        [
            ("duration", 24, "year", None),
            ("count", 2, None, None),
            ("ordinal", 3, None, None),
            ("money", 4150000, "AUD", None),
            ("money", 2700000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "It was her third Grand Slam final and the first she has won, and she will rise to No. 2 in the rankings on Monday.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Strandqvist-Ortega hit 38 winners to 29 unforced errors and won 71% of her service points.",
        True,
        [("count", 38, None, None), ("count", 29, None, None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "Veremchuk-Hale had won 19 straight matches at Melbourne Park, including the last two finals.",
        True,
        [("count", 19, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"For years I hit balls against our garage door and pictured exactly this," Strandqvist-Ortega said.',
        False,
        [],
        None,
    ),
]
