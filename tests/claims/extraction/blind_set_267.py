"""Two-hundred-and-sixty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Taineng, Lin Cheng-hao, Karawan Sensorik, Claudia Pirchegger, Komdata Neckar-Alb,
Hanno Teichert, Velmaris, "Velmaris Core 3", Benedikt Ruhland, Hasetal-Klinikum, Kathrin
Lübbersmeyer, Aldavia, Irmgard Leutenegger, Lumeo, Wolfram Eisele, Matthias Zollinger,
Elbsil, Nadine Sprenger, Tafelbote, Ruth Pfeiffenberger, Danubia Compute, Eckhard Wilmsen;
Corvane Semiconductor, Mei-ling Chou, Tessaline, "Tessa 4", Dara Whitcombe, St. Brendan
Health, Graham Tolliver, Marlow & Finch, Siobhan Carrick, Quintara, Aoife Brannigan, Wattle
Telecom, Bradley Okafor, Hanul Telecom, Halvard Cloud, Rafael Quintanilla, Calverley
Services, Kaminari Semiconductor, Hiroshi Tanabe, Norridge Systems; every unnamed minister,
spokesperson, analyst, trader, researcher, campaigner and resident); ministers and heads of
real agencies and associations appear under made-up names that stand for no real holder,
or by their role only ("der Kärntner Wirtschaftslandesrat", "die Landesinnenministerin",
"die Landesgesundheitsministerin", "die Berliner Datenschutzbeauftragte", "die
Umweltdezernentin", "BSI-Präsidentin Irmgard Leutenegger", "Bitkom-Präsident Wolfram
Eisele", "BACS-Direktor Matthias Zollinger", "the agency's executive director", "the IT
minister", "the Information Commissioner", "the SEC's enforcement chief"). Real states,
bodies, laws, places and things (Industriepark Schwarze Pumpe, Bundeswirtschaftsministerium,
Bund der Steuerzahler, IPCEI, Land Kärnten, PRO-GE, Landeskriminalamt, Schweizerische
Energie-Stiftung, Bundesamt für Energie, Kanton Zürich, Bundesrat, Löningen,
Datenschutzbehörde, Bundesverwaltungsgericht, Arbeiterkammer, Datenschutz-Grundverordnung,
DSGVO, BSI, Bitkom, Xetra, Verbraucherzentrale, Energieeffizienzgesetz, Römer, Seckbach,
Bundesamt für Cybersicherheit, BACS, MDax, Elsterwerda, Hamburgischer Beauftragter für
Datenschutz und Informationsfreiheit, Amtsgericht Hamburg, NGG, Innviertel; the Commerce
Department, Britain's AI Security Institute, the International Energy Agency, the National
Crime Agency, Ireland's Data Protection Commission, the DPC, the Office of the Australian
Information Commissioner, the Personal Information Protection Commission, Ercot, the
Information Commissioner's Office, the ICO, Gujarat, Europol, Hokkaido, the U.S. Securities
and Exchange Commission, the SEC, the State Corporation Commission, and the datelines'
cities) stand for the way wire copy names them; every subsidy, grant, investment, job
count, benchmark score, price, power figure, record count, ransom, fine, share, survey
result, share price and quote here is invented, and where a real figure came to mind (a
real chip grant or equity stake, a real breach's size, a real privacy fine, a real
agency's malware or survey count, a real energy-agency projection, a real utility's tariff
terms) it was changed - only the rules the stories turn on are stated as the laws set them
(the GDPR's 20 million euros or four per cent and its 72 hours, the Energieeffizienzgesetz's
20 per cent for data centres opened from July 1, 2028, the Swiss 24-hour reporting duty in
force since April 2025, Australia's A$50 million ceiling of 2022, the SEC's disclosure rules
of Dec. 18, 2023), as the hundred-sixth, hundred-twenty-eighth and two-hundred-and-eleventh
batches stated theirs.

Its weight: AI, CHIPS AND CYBERSECURITY (the fifty-first, hundred-sixth,
hundred-twenty-eighth, hundred-seventieth and two-hundred-and-eleventh batches weighed
technology, cybersecurity, data breaches and regulators before, and their decisions are
kept) over eleven weeks of one autumn in story order (early September to mid-November), 30
short stories with the German and English ones interleaved by date, each told as wire copy
runs it (a dateline lead, the figures, attributed claims, the other side, quotes,
reactions). Half German (dpa with its slugs "dpa/lsw", "dpa/lni", "dpa/lhe", "dpa/lno",
dpa-AFX, APA, Keystone-SDA; Austrian "Heuer", "um 8 Prozent mehr", "eingebracht", Swiss
"Gemäss", "innert", "Spitälern", "29'480", «» quotes, German „“ quotes): a Taiwanese chip
plant in Lusatia with its subsidy, nodes and wafers, a Carinthian chip supplier's expansion
with EU money, a ransomware attack on a municipal IT provider in Baden-Württemberg with
Bitcoin and terabytes, the power use of Swiss data centres, a Heidelberg AI model with its
parameters and price, a hacked hospital in Lower Saxony off emergency care for
„anderthalb Tage“, an Austrian privacy fine on an insurer, the BSI's annual report, a data
theft at an online fashion retailer, Frankfurt's data centres and their waste heat,
Bitkom's damage survey, the Swiss cyber office's half-year figures, a wafer maker's third
quarter, a Hamburg fine over riders' location data and an AI data centre in the Innviertel.
Half English (Reuters, AP, AFP, PA, AAP, Bloomberg): a cut U.S. chip grant with an equity
stake, an AI model launch with tokens, benchmark scores and prices, ransomware at a U.S.
hospital chain, the energy agency's data centre outlook, a British retailer's cyber attack,
an Irish privacy fine over teenagers' location data, an Australian telecom breach, a Korean
SIM-card hack and its fine in won, a West Texas AI campus with its gas plants, an ICO fine,
India's chip projects in rupees, a Europol takedown of a ransomware gang, Japanese
subsidies for 2-nanometre chips in yen, an SEC settlement over a cyber disclosure and
Virginia's data centre tariff. Figures as such copy has them: subsidies, grants,
investments and valuations; power in megawatts and gigawatts and energy in terawatt hours,
shares of a city's, a region's or the world's demand; node sizes, wafers, accelerators,
graphics processors, parameters and tokens; records, customers, patients, computers,
servers, terabytes and Bitcoin; ransoms, fines and their ceilings, share prices, margins in
points, guidance and consensus; reporting deadlines, outage and storage times, ages of
suspects; number words and compounds („rund einem Dutzend“, „anderthalb Tage“, „binnen elf
Wochen“, „alle 15 Sekunden“, „9 Stunden und 20 Minuten“, „Sieben von zehn“, „Knapp zwei
Fünftel“, „etwa jedem sechsten“, "two weeks", "nine weeks", "roughly two-thirds", "about
three-fifths", "about one in eight", "Eleven Japanese companies"), ordinals, ranges, years
and dates. About 55 negatives as such copy has them: chief executives' and founders' visions
and hype in quotes, officials' and politicians' slogans, apologies, gratitude and a
reassurance, labels of lobbies, unions, campaigners, traders and companies („sprach von“,
„nannte“, "called", "dismissed ... as"), appeals and advice that name no measure, doubts,
warnings and a forecast without a figure, fears, a hope, investors' mood with a year
labelled, open questions and residents' complaints, each near a check-worthy look-alike:
the same speaker's figure, the company's account of what was stolen or spared, an announced
appeal, an acceptance, a refusal to pay, a record.

239 rows (120 German, 119 English), 56 negatives (28 German, 28 English), 183 check-worthy
rows of which 17 carry no figure (10 German, 7 English), 279 expected quantities (82 counts,
56 amounts of money - 23 EUR, 21 USD, 4 JPY, 2 each AUD, GBP, KRW, 1 each CHF, INR -, 38
durations - 14 in years, 8 in weeks, 6 in days, 4 in months, 4 in hours, 1 in minutes, 1 in
seconds -, 28 percentages - 27 in %, 1 in percentage points -, 24 years, 22 fractions, 16
ordinals, 13 dates; 1 of them in one negative, as the seventeenth batch labels a figure in a
negative), 38 checked speakers (19 German, 19 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vision, slogan, apology, feeling, hope, fear, doubt or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-sixth, two-hundred-and-fourth, two-hundred-and-eleventh);
  a quoted or reported statement of fact, figure, step, plan or position is check-worthy
  with its speaker, also in Konjunktiv I (fifty-first, hundred-sixth,
  hundred-twenty-eighth). Pairs from one speaker: Lin's 2,000 jobs beside „Aus dem
  Braunkohlerevier wird ein Revier der Mikrochips“, Chou's quarter and $38 billion beside
  "the beating heart of American chipmaking", Whitcombe's 100,000 chips beside "a true
  digital colleague", Tolliver's $110 million to $140 million beside his apology, Ruhland's
  140 billion parameters beside „Europa braucht eigene KI ...“, Carrick's two-thirds beside
  "I am truly sorry", Lübbersmeyer's account of what was not stolen beside her gratitude,
  Okafor's 19 days beside "Nothing matters more to us ...", Leutenegger's 130 attacks beside
  „Wir dürfen uns an diese Bedrohungslage nicht gewöhnen“, Quintanilla's 400,000 chips
  beside "the factories of intelligence", Eisele's 16 billion euros beside his verdict and
  his appeal, Zollinger's 40 hours and 1.8 million francs beside «Die Zahlen zeigen, dass die
  Meldepflicht wirkt», Tanabe's 30 customers beside "we intend to win it", and Wilmsen's 250
  jobs beside „Wer KI-Souveränität will, ...“.
- Marketing, visions and reassurances (hundred-sixth, hundred-twenty-eighth,
  two-hundred-and-eleventh): a superlative or vision without a benchmark that could be
  checked is a negative ("the closest anyone has come to a true digital colleague", "the
  factories of intelligence", "Electricity is becoming the currency of the AI age", "Japan
  is back in the race ..."), as are apologies („Wir bedauern zutiefst ...“, "We are deeply
  sorry ...", "We have let our customers down and I am truly sorry"), gratitude („Wir sind
  allen Mitarbeitenden unendlich dankbar ...“) and a reassurance that states nothing
  checkable ("Nothing matters more to us than the trust ..."); a benchmark score with its
  predecessor's stays check-worthy ("scored 71.4% on a widely used software engineering
  benchmark, up from 58.9%"), as does a ranking in a named test („auf Platz drei hinter zwei
  US-Modellen“ ordinal 3 and count 2; two-hundred-and-eleventh: a test result), and a record
  that can be checked ("No bigger breach of health data has been reported ... so far this
  year", "It is the largest penalty the Personal Information Protection Commission has ever
  imposed", „Eine höhere Geldbuße hat die Behörde noch nie ...“, „das bislang höchste
  Bußgeld einer deutschen Datenschutzbehörde in diesem Jahr“, "The settlement is the
  largest the SEC has reached over cyber disclosures since ..."; twenty-ninth, fifty-first,
  hundred-sixth).
- Ransoms and breaches (fifty-first, hundred-sixth, hundred-twenty-eighth,
  two-hundred-and-eleventh): a refusal to pay is check-worthy without a figure („Wir werden
  kein Lösegeld zahlen“ -> "Hanno Teichert"; "Wattle confirmed ... but would not pay" with
  its US$5 million); so is what a breach reached or spared ("customer names, addresses and
  order histories had been stolen, but no payment card details", „Hinweise darauf, dass
  Patientendaten abgeflossen sind, gebe es bislang nicht“, „Zahlungsdaten seien nicht
  betroffen, hieß es.“). A cryptocurrency is a count („ein Lösegeld von 70 Bitcoin“ 70)
  beside its converted value in money („umgerechnet knapp 6 Millionen Euro“ "nearly",
  "umgerechnet" no hedge); „2,5 Millionen Dollar in Bitcoin“ and "$18 million in
  cryptocurrency" are USD (twelfth, fifty-first); "cryptocurrency worth about 9 million
  euros" EUR "about". Data volumes are counts („rund 1,2 Terabyte“ 1.2 "about"; fifty-first).
- Regulators and their targets (hundred-sixth, hundred-twenty-eighth,
  two-hundred-and-eleventh): fines, findings, orders, investigations opened, an appeal or a
  court challenge announced („Aldavia kündigte an, binnen vier Wochen Beschwerde ...
  einzulegen“, „Tafelbote kündigte an, ... vor das Amtsgericht Hamburg zu ziehen“,
  "Quintara said it rejected the findings and would challenge the decision ..."), an
  acceptance ("Calverley has accepted the findings ...") and a settlement's terms
  ("Norridge neither admitted nor denied the findings."; two-hundred-and-fortieth) are
  check-worthy; a legal remedy open to those affected („Betroffene können zusätzlich vor den
  Zivilgerichten Schadenersatz einklagen.“, as "a regulator's rule in force", fifty-first)
  and an approval still needed („Die Beihilfe steht noch unter dem Vorbehalt einer
  Genehmigung aus Brüssel.“, hundred-twenty-eighth) likewise. Fine ceilings are money and
  percentages with the hedge before the first figure only („bis zu 20 Millionen Euro oder
  vier Prozent“ the first "up_to", the second none; hundred-twenty-eighth), "penalties can
  reach 4%" with no hedge (sixty-fifth, two-hundred-and-eleventh), "up to A$50 million"
  AUD "up_to".
- Konjunktiv II (hundred-eleventh, two-hundred-and-sixth: „Es wäre der erste ...“): „Es
  wäre nach dem Werk in Dresden das zweite große Chipprojekt ...“ is check-worthy with
  ordinal 2 - the plan told in the lead is the condition, the ranking it would take can be
  checked; „es würden 350 neue Stellen geschaffen“ and „es würden rund 250
  Dauerarbeitsplätze entstehen“ report a plan with its figure (hundred-fourth: the
  Konjunktiv II standing in for the I).
- New: a price per unit gives the money only - "$2.50 per million input tokens and $12 per
  million output tokens" 2.5 and 12 USD and „1,80 Euro pro Million verarbeiteter Wörter“
  1.8 EUR, "per million" and „pro Million“ naming the unit priced and counting nothing, as
  "a dozen" after a price (forty-second, hundred-fifteenth) and „pro Kilogramm“
  (hundred-thirteenth) carry none; while "up to 2 million tokens of text in a single request" is count 2,000,000
  "up_to" - tokens are counted as the ninety-seventh batch counts an AI model's parameters
  ("180 Milliarden Parameter"; here „140 Milliarden Parameter“ 140,000,000,000). Model
  names carry none ("Tessa 4", „Velmaris Core 3“; fifty-first: "Pomona X17").
- Power, energy and chips are counts (fifty-first, hundred-twenty-eighth,
  two-hundred-and-eleventh): „rund 2,9 Terawattstunden“ "about", „auf 6 bis 8
  Terawattstunden“ both, „zusammen 640 Megawatt“ and „zusammen 2,1 Terawattstunden“
  ("zusammen" no hedge), „weiterer 3.400 Megawatt“ („weitere“ no hedge), „150 Megawatt“,
  „etwa 450 Megawatt“, "about 390 terawatt hours", "about 860 terawatt hours" ("more than
  double" a verb, no hedge; hundred-tenth), "more than 1 gigawatt each" 1 "over", "2.4
  gigawatts", "600 megawatts", "more than 170 gigawatts", "more than 50 megawatts"; "as much
  electricity as about 800,000 homes" 800,000 "about"; node sizes („im 12- und
  16-Nanometer-Verfahren“ 12 and 16 - the suspended hyphen lends the unit,
  hundred-twenty-eighth -, "3-nanometre chips" 3, "2-nanometre chips" 2), „bis zu 40.000
  Wafer im Monat“ and "up to 25,000 wafers a month" "up_to" („im Monat“, "a month" none),
  „rund 4.100 Grafikprozessoren“, "about 100,000 accelerator chips", "more than 400,000 AI
  chips", "about 15 million chips a day" ("a day" none).
- Other counts as written (fifty-first, hundred-sixth, hundred-twenty-eighth): records,
  customers and patients with their hedges ("about 4.3 million patients", "About 7.2
  million customers", "about 2.9 million current and former customers", "roughly 640,000
  of them", "nearly 19 million subscribers", "about 12 million", "about 11 million
  teenagers", „rund 240.000 Kundinnen und Kunden“, „rund 3,8 Millionen Kundinnen und
  Kunden“, „rund 12.500 Fahrerinnen und Fahrern“, "more than 78,000 public sector workers",
  "more than 1,600 corporate clients"), „61 Städten und Gemeinden“, „In rund einem Dutzend
  Kommunen“ 12 "about" (the dative of "a dozen", third batch; issue: "two dozen"), „rund
  1.400 Rechner und 90 Server“ the hedge on the first only (forty-seventh), "17 of its
  hospitals", "At least four class-action lawsuits" "at_least", „Mindestens 130
  Ransomware-Angriffe“ "at_least", „im Schnitt täglich 287.000 neue Varianten“ and „im
  Schnitt pro Tag 91 neue Schwachstellen“ („im Schnitt“, „täglich“, „pro Tag“ none), „212
  Fälle“, „29'480 Meldungen“ and „187 solche Pflichtmeldungen“ (Swiss apostrophe, tenth),
  "nine countries ... 14 suspected members ... more than 1,100 companies", "86 servers",
  "three further suspects" ("further" no hedge, as "a further", seventy-third), „zwei
  weitere Verfahren“, „nur drei Rechenzentren“ („nur“ no hedge), „gut 60 Anlagen“ "over",
  „rund 1.900 Einwendungen“, „in 31 Sprachen“, "more than 40 million
  weekly users", "more than 30 potential customers", "Eleven Japanese companies", "three new
  semiconductor projects", "Together the three projects ... around 3,900 direct jobs", "14
  semiconductor projects", "two new gas-fired plants", "more than 330 data centres", "about
  3,000 people", „rund 2.000 Arbeitsplätze“, „350 neue Stellen“, „rund 250
  Dauerarbeitsplätze“, „unter 1.003 Unternehmen“ („unter“ names the survey's base,
  hundred-twenty-eighth), „von drei Kantonen“. None: „der Großteil davon“, "both production
  lines", "most of them", "nuclear most of the rest", „eines der größten“, "the largest
  concentration".
- Fractions and shares (the issue: "ein Fünftel", "jeder vierte", "two-fifths"): „ein
  Fünftel der Gesamtsumme“ 0.2, „erst jedes vierte Rechenzentrum“ 0.25 („erst“ no hedge),
  „weniger als ein Zehntel“ 0.1 "under", „bei etwa jedem sechsten Konto“ 0.1667 "about" (the
  dative, hundred-fourteenth), „gut ein Drittel des Stroms der Stadt“ 0.3333 "over", „Sieben
  von zehn Unternehmen“ 0.7 (a ratio without an article, hundred-twenty-eighth: „Zwei von
  drei Unternehmen“), „Knapp zwei Fünftel der Firmen“ 0.4 "nearly" (a survey share holding a
  view is a measured fact, hundred-twenty-eighth), „fast jedes zweite“ 0.5 "nearly", „ein
  Fünftel davon kritisch“ and „ein Fünftel davon von Spitälern“ 0.2 („davon“ no hedge),
  „Gut die Hälfte der Meldungen“ 0.5 "over", „knapp ein Zehntel des heutigen
  Spitzenverbrauchs“ 0.1 "nearly"; "by about a quarter" 0.25 "about"
  (hundred-twenty-eighth), "roughly two-thirds" 0.6667 "about", "more than a third" 0.3333
  "over", "about three-fifths" 0.6 "about", "less than a fifth" 0.2 "under" (two-hundred-
  and-forty-fourth: "Less than a fifth"), "about two-thirds of the cost" 0.6667 "about",
  "about one in eight of those affected" 0.125 "about" (hundred-eleventh: "nearly one in
  eight"), "about a fifth" 0.2 "about", "half of each project's capital cost" 0.5, "more than
  a fifth of the electricity" 0.2 "over".
- Percentages (every batch): results, shares and coverage as written („gut 5 Prozent des
  Landesverbrauchs“ "over", „um rund 70 Prozent“, „um 8 Prozent mehr“ (Austrian, the
  comparison after the figure no hedge), „rund 7 Prozent weniger“ "about", „Rund 45
  Prozent“, „knapp 9 Prozent weniger“ "nearly", „rund 11 Prozent mehr“, „zeitweise 6,3
  Prozent“ („zeitweise“ no hedge), „um 12 Prozent“, „um 4,6 Prozentpunkte auf 19,8 Prozent“
  4.6 pp and 19.8, „um 7,4 Prozent“, „mindestens 20 Prozent der Abwärme“ "at_least", "a 6.8%
  equity stake", "2.7%", "71.4% ..., up from 58.9%", "about 40% less" "about", "roughly
  1.4% of global demand" "about", "14%", "about 18%", "reduced by 30%", "up to a further 25%"
  "up_to" ("a further" no hedge), "3.1%", "at least 75%" "at_least", "by roughly 40%"
  "about").
- Durations (the issue: "fünfstündigen", "a two-week visit", "zehn Minuten"): „zwei bis drei
  Wochen“ both (hundred-sixth: "sechs bis acht Wochen"), „binnen zwei Jahren“, „innert zehn
  Jahren“, „binnen elf Wochen“, „für anderthalb Tage“ 1.5 days (hundred-twenty-eighth:
  "anderthalb Jahre"), „binnen vier Wochen“, „binnen 72 Stunden“, „erst zehn Tage später“
  ("erst" no hedge), „24 Stunden Zeit“, „während rund 40 Stunden“ "about", „im Schnitt 9
  Stunden und 20 Minuten“ 9 hours and 20 minutes (hundred-twelfth: „13 Stunden und 25
  Minuten“; "im Schnitt" no hedge), „in den ersten sechs Monaten des Jahres“ ordinal 1 and
  6 months (fifty-first: "in den ersten neun Monaten"), „für sechs Wochen“, „bis zu drei
  Jahre lang“ "up_to", „höchstens 30 Tage“ "at_most" ("nur noch" no hedge); "over roughly
  four months" 4 months "about" ("over" before a span no hedge, hundred-sixteenth), "two
  weeks before launch", "for nearly two weeks" "nearly", "16 days after the attack began",
  "for nine weeks", "within three months" and "has three months" (two-hundred-and-eleventh),
  "for 19 days", "for more than four years" "over", "over the next five years", "for 14
  months", "within 28 days", "for five years", "at least 12 years" "at_least", "over the next
  15 years"; ages are durations in years ("users under 18" 18 "under", as "children under
  16", hundred-twenty-eighth; "aged 16, 18 and 22" and "aged 31 and 36", two-hundred-and-
  eleventh: "aged 13 to 17"). New: „alle 15 Sekunden“ is 15 seconds with no hedge - „alle“
  before a span reads as "every" in "every 15 minutes" (fifteenth, forty-eighth) and bounds
  nothing. None: „seit Tagen“, „im vergangenen Jahr“, „im Vorjahr“, „ein Jahr zuvor“, „in
  diesem Jahr“, „Heuer“, „in dieser Zeit“, „in diesen Stunden“, „bis auf Weiteres“,
  „Künftig“, „im Monat“, „täglich“, „pro Tag“, "last year", "this year", "so far this
  year", "a month", "a day", "for a generation", "for decades", "within months", "any time
  soon".
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): "Corvane's first outside
  Asia" 1 (the noun left out, two-hundred-and-eleventh: "the Irish regulator's fourth"),
  "in the second half of 2028" 2 (fifty-first: "in the second half of next year"), „der
  dritte größere Angriff ... binnen zwei Jahren“ 3 and 2 years (hundred-twenty-eighth),
  „auf Platz drei“ 3, „der fünfte Cyberangriff“ 5, "the fourth fine the DPC has imposed" 4,
  "the second fine the ICO has issued" 2, "the third major ransomware takedown" 3, quarters
  („im dritten Quartal“, "third-quarter earnings", „für das erste Quartal 2026“ 1 and the
  year; hundred-sixth), „in einer ersten Ausbaustufe“ 1 (two-hundred-and-eleventh), "The
  first phase" 1, "its first contracts" 1 (two-hundred-and-forty-fourth: „Die ersten
  Bartgeier“). None: "the largest", "the most advanced", „eines der größten“,
  „Schlusslicht“.
- Money in the currency written (every batch): „für rund 9,4 Milliarden Euro“ "about", „mit
  zusammen knapp 3,2 Milliarden Euro“ "nearly" ("zusammen" no hedge), „rund 480 Millionen
  Euro“, „96 Millionen Euro“, „1,1 Milliarden Euro“, „weitere 12 Millionen Euro“ („weitere“
  no hedge), „9,2 Millionen Euro“, „4,7 Millionen Euro“, „rund 231 Milliarden Euro“, „knapp
  16 Milliarden Euro“ („allein“ no hedge), „318 Millionen Euro“, „im Schnitt mit 331
  Millionen Euro“ (a consensus figure, "im Schnitt" no hedge), „zwischen 1,25 und 1,3
  Milliarden Euro“ both (the unit written once, seventy-sixth), „auf 11,42 Euro“ and „auf
  38,16 Euro“ (share prices, hundred-sixth), „rund 3,5 Milliarden Euro“, „rund 1,8
  Millionen Franken“ CHF "about"; "$4.1 billion ..., down from $6.3 billion", "to $38
  billion", "to $142.80", "$61 billion", "$110 million to $140 million" both, "about £240
  million" GBP, "£6.2 million", "265 million euros" and "1.3 billion euros" EUR, "US$5
  million" USD (hundred-sixty-third: "US$60"), "A$4.86" AUD, "88.6 billion won ($63
  million)" KRW and the bracketed USD with no hedge (eightieth), "700 billion won", "as much
  as $40 billion" "up_to", "318 billion rupees ($3.8 billion)" INR and USD ("a combined" no
  hedge), "at least $230 million" "at_least", "a further 520 billion yen ($3.4 billion)" JPY
  and USD, "about 2.3 trillion yen", "roughly 4.6 trillion yen", "a combined 13.5 billion
  yen", "$42 million", "a $250,000 civil penalty", "$87.15", "about $9.50" "about".
- Years and dates: „ab 2029“, „bis 2027“, „Bis 2035“, „bis 2030“, „für das erste Quartal
  2026“, „seit April 2025“, „zwischen Juli 2024 und Juni 2025“ both (a month with its year
  is a year, two-hundred-and-forty-fourth: „im September 2020“), "of 2028", "by 2030"
  (twice), "through 2030", "from 2021 to 2023", "since 2020", "in 2022", "in 2027" (twice),
  "since 2021" (twice), "since 2022", "in mid-2027" (a season of a year is the year, as
  „bis Mitte 2026“, two-hundred-and-eleventh), "a 2023 cyberattack" (two-hundred-and-fourth:
  "a 2022 strategy"), "into 2027" in a negative, labelled (two-hundred-and-eleventh); „ab dem
  1. Juli 2028“ 2028-07-01 and "on Dec. 18, 2023" 2023-12-18 full dates; „am 14. August“
  --08-14 and "on July 28" --07-28 dates without a year; Reuters and AAP datelines with a day
  ("PHOENIX, Sept 2", "SAN FRANCISCO, Sept 9", "PARIS, Sept 17", "DUBLIN, Sept 30", "SYDNEY,
  Oct 2 (AAP)", "SEOUL, Oct 7", "NEW DELHI, Oct 22", "TOKYO, Nov 4", "WASHINGTON, Nov 11")
  dates without a year; dpa, dpa-AFX, APA, Keystone-SDA, AP ("NASHVILLE, Tenn. (AP) —",
  "RICHMOND, Va. (AP) —"), AFP ("THE HAGUE (AFP) -"), PA ("LONDON (PA) -") and Bloomberg
  ("(Bloomberg) --") datelines none (seventy-ninth, hundred-sixth). Months, weekdays and
  seasons alone („Mitte Juni“, „ab Januar“, "in March", "in April",
  "by March", "from January") none.
- Negatives besides the quotes above (ninety-eighth, hundred-sixth, two-hundred-and-fourth,
  two-hundred-and-eleventh, two-hundred-and-forty-fourth): labels („sprach von einem
  „Subventionsroulette ...““, „nannte den Angriff ...“, „nannte den Bescheid ...“, „sprach
  von einem „längst nötigen Warnschuss ...““, „sprach von einer „digitalen
  Dauerüberwachung““, „Händler sprachen von ...“, „nannte die Vorwürfe ...“, "called the
  fine "far too lenient"", "called the fine "a slap on the wrist."", "called the approvals
  ..."); appeals and advice naming no measure („mahnte aber „faire Schichtmodelle“ ... ein“
  - hundred-sixth: a demand wrapped in a verdict -, „forderte die Kliniken auf, ihre
  IT-Sicherheit „nicht länger als Kostenfaktor“ zu betrachten“, „Die Präsidentin mahnte
  Unternehmen, ...“ (fifty-first), „Eisele forderte die Bundesregierung auf, die
  Cyberabwehr „endlich zur Chefsache“ zu machen“, „Die Verbraucherzentrale riet ...“);
  doubts („Branchenbeobachter bezweifeln ...“, "Some analysts doubt ...", "Some industry
  executives privately doubt ..."); warnings and a forecast without a figure ("Environmental
  groups warned ...", "Security researchers cautioned ...", "Defense lawyers said the case
  could make executives more cautious ..."); a verdict ("Cyber security experts said the
  case showed how vulnerable ..."); a fear ("Local residents worry ..."), a hope („Die
  Landesregierung hofft ...“), investors' mood with its year labelled ("Investors wonder
  whether ... into 2027" 2027); open questions („Ob bei dem Angriff ... ist noch unklar.“,
  „Ob der Bundesrat ... ist offen.“, "Safety researchers questioned whether ...", "Analysts
  said it was unclear whether ...", "Whether the new rules ... remains unclear."); residents'
  complaints („Anwohner im Stadtteil Seckbach klagen ...“). New: "dismissed the fine as
  "pocket change"" is a label - "dismissed ... as" names the thing as "called" and
  "condemned ... as" do (two-hundred-and-fourth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "roughly"
  "about"; „knapp“, „Knapp“, „fast“, "nearly", "almost" "nearly"; „mehr als“, „gut“, „Gut“,
  "more than" "over"; „weniger als“, "less than" "under"; „bis zu“, "up to", "as much as"
  "up_to"; „mindestens“, „Mindestens“, "at least", "At least" "at_least"; „höchstens“
  "at_most". No hedge: „zusammen“, „allein“, „Allein“, „derzeit“,
  „erst“, „nur“, „nur noch“, „bereits“, „zeitweise“, „weitere“, „weiterer“, „umgerechnet“,
  „im Schnitt“, „zwischen“, „binnen“, „innert“, "a combined",
  "a further", "further", "within", "over" before a span, "to" in a range, and „mehr als“, „weniger als“ and "less than" after a figure ("about 40% less").
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Bundeswirtschaftsministerium am Montag mit“, „teilte das Landeskriminalamt mit“, „teilte
  die Polizei mit“, „teilte die Datenschutzbehörde mit“, „teilte das Unternehmen am Mittwoch
  mit“ and „teilte die Behörde mit“ the source with its article in the nominative and the
  weekday dropped (forty-second, hundred-twenty-eighth, two-hundred-and-eleventh; "die
  Behörde" a common noun with its article, hundred-fifteenth: "das Land"); „teilte Elbsil
  am Donnerstag in München mit“ -> "Elbsil" as written with the day and the place dropped
  (hundred-sixth, hundred-seventeenth, hundred-twenty-eighth: „teilte Lumetra mit“); „Nach
  Angaben des BSI“ -> "das BSI" (fifty-first, hundred-sixth); „sagte Geschäftsführer Hanno
  Teichert“, „sagte Mitgründer Benedikt Ruhland“, „sagte Klinik-Geschäftsführerin Kathrin
  Lübbersmeyer“, „sagte BSI-Präsidentin Irmgard Leutenegger“, „sagte Bitkom-Präsident
  Wolfram Eisele“ and „sagte Tafelbote-Datenschutzchefin Ruth Pfeiffenberger“ the name with
  the title dropped (hundred-twenty-eighth: „RTR-Geschäftsführerin“); „sagte Zollinger“ as
  written; „Taineng-Europachef Lin Cheng-hao sagte, ...“, „Geschäftsführerin Claudia
  Pirchegger sagte, ...“, „Geschäftsführer Eckhard Wilmsen sagte, ...“ and „Sprenger sagte,
  ...“ opening the row (hundred-twenty-eighth, two-hundred-and-eleventh). English: "The
  company said ..." opening the row (twice) and "the company said Friday" -> "the company"
  (hundred-sixth, hundred-twenty-eighth), "the company says" -> "the company" (the present
  tense, two-hundred-and-eleventh); "Chief Executive Mei-ling Chou said", "Chief Financial
  Officer Graham Tolliver said" and "Chief Executive Siobhan Carrick said" the name with the
  title dropped; "Whitcombe told reporters" and "Chief Executive Hiroshi Tanabe told
  reporters" (two-hundred-and-fourth); "Chief Executive Bradley Okafor told a Senate
  committee" -> "Bradley Okafor" (fifty-first: "told a Senate inquiry"); "Quintanilla said"
  and "Tanabe said" opening the row; "Quintara said" as written (two-hundred-and-eleventh:
  a company at the head of reported speech, the majority); "The regulator said ..." and "the
  regulator said on Tuesday" -> "the regulator" (hundred-twenty-fifth,
  hundred-twenty-eighth); "The ICO said ..." -> "the ICO" (hundred-sixth); "The commission
  said ..." -> "the commission", the body named in the row before taken up by its common
  noun (hundred-twenty-eighth: "the statistics office"); "the ministry said" -> "the
  ministry" (hundred-twenty-eighth) and "the industry ministry said on Tuesday" -> "the
  industry ministry" (two-hundred-and-eleventh). Left unchecked (None): all negatives, also
  those with a named speaker; „hieß es“, „hieß es aus dem Unternehmen“, „hieß es bei
  Komdata“, „hieß es beim Bundesamt“, „nach dpa-Informationen“, „nach eigenen Angaben“,
  „nach Firmenangaben“, „Nach Klinikangaben“ (hundred-seventeenth: „nach Verbandsangaben“),
  „Gemäss Studie“, „geht aus einer ... Studie hervor“, „den Autoren zufolge“, „dem Bericht
  zufolge“, „Laut Energiebericht“ (documents, hundred-second), „wies darauf hin“,
  „kritisierte die Berliner Datenschutzbeauftragte“, „kündigte an“, „rechnet“, „erwartet
  Finanzchefin Nadine Sprenger“, „zählte das Amt“, „wie eine Umfrage ... ergab“ (no verbs
  of saying, hundred-sixth, hundred-twenty-eighth); bodies' "said" ("the Commerce
  Department said on Tuesday", "the International Energy Agency said on Wednesday", "the
  National Crime Agency said", "The Office of the Australian Information Commissioner said
  ...", "Europol said Thursday", "the agency said", "German prosecutors said" (a lower-case
  adjective before the source, hundred-twenty-eighth); two-hundred-and-fourth,
  two-hundred-and-forty-fourth), "the report said", "the companies said" and "Analysts said"
  (plural groups), "a person briefed on the deal said" and "according to people familiar
  with the plans" (hundred-sixth), "according to a company blog post", "according to a
  company statement" and "according to the breach notice the company filed ..." (documents),
  "according to the State Corporation Commission" (two-hundred-and-forty-fourth: "according
  to ..." of bodies left unchecked), "Retailer Marlow & Finch said" (a description before
  the name, fifty-first), "saying" of a lead, "says" joined to another verb, "Wattle
  confirmed" (no verb of saying, two-hundred-and-eleventh: „bestätigte“), "The SEC found"
  (fifty-first: "the regulator found") and rows without attribution. New: a row with two sources, one of them for its figure ("St. Brendan said it
  paid no ransom, though people familiar with the matter said the attackers had demanded $18
  million in cryptocurrency."), leaves its speaker unchecked - neither source speaks for the
  whole row, and the figure's source is unnamed (hundred-sixth: "the people said").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_267 = [
    # --- Chipwerk in der Lausitz (dpa), September ---
    (
        "de",
        "Cottbus (dpa) - Der taiwanische Chipfertiger Taineng will im Industriepark Schwarze Pumpe für rund 9,4 Milliarden Euro ein Halbleiterwerk bauen.",
        True,
        [("money", 9400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Bund und Land Brandenburg wollen das Vorhaben mit zusammen knapp 3,2 Milliarden Euro fördern, teilte das Bundeswirtschaftsministerium am Montag mit.",
        True,
        [("money", 3200000000, "EUR", "nearly")],
        "das Bundeswirtschaftsministerium",
    ),
    (
        "de",
        "In dem Werk sollen ab 2029 Chips im 12- und 16-Nanometer-Verfahren für die Autoindustrie entstehen, bis zu 40.000 Wafer im Monat.",
        True,
        [
            ("year", 2029, None, None),
            ("count", 12, None, None),
            ("count", 16, None, None),
            ("count", 40000, None, "up_to"),
        ],
        None,
    ),
    (
        "de",
        "Taineng-Europachef Lin Cheng-hao sagte, am Standort würden rund 2.000 Arbeitsplätze entstehen.",
        True,
        [("count", 2000, None, "about")],
        "Lin Cheng-hao",
    ),
    ("de", "„Aus dem Braunkohlerevier wird ein Revier der Mikrochips“, sagte Lin.", False, [], None),
    (
        "de",
        "Die Beihilfe steht noch unter dem Vorbehalt einer Genehmigung aus Brüssel.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bund der Steuerzahler sprach von einem „Subventionsroulette mit ungewissem Ausgang“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es wäre nach dem Werk in Dresden das zweite große Chipprojekt eines taiwanischen Konzerns in Ostdeutschland.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Corvane's Arizona grant (Reuters), September ---
    (
        "en",
        "PHOENIX, Sept 2 (Reuters) - Corvane Semiconductor will receive $4.1 billion in federal grants for its planned chip plant north of Phoenix, down from $6.3 billion agreed last year, the Commerce Department said on Tuesday.",
        True,
        [("date", "--09-02", None, None), ("money", 4100000000, "USD", None), ("money", 6300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "In return, the government will take a 6.8% equity stake in the company under the revised terms, a person briefed on the deal said.",
        True,
        [("percent", 6.8, "%", None)],
        None,
    ),
    (
        "en",
        "The plant, Corvane's first outside Asia, is due to start producing 3-nanometre chips in the second half of 2028.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("ordinal", 2, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Mei-ling Chou said the company had trimmed its investment plan for the site by about a quarter, to $38 billion.",
        True,
        [("fraction", 0.25, None, "about"), ("money", 38000000000, "USD", None)],
        "Mei-ling Chou",
    ),
    (
        "en",
        '"This fab will be the beating heart of American chipmaking for a generation," Chou said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The site is expected to employ about 3,000 people once both production lines are running.",
        True,
        [("count", 3000, None, "about")],
        None,
    ),
    (
        "en",
        "Some analysts doubt that the company can find enough skilled technicians in Arizona to staff the plant.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Corvane shares rose 2.7% to $142.80 in New York trading.",
        True,
        [("percent", 2.7, "%", None), ("money", 142.8, "USD", None)],
        None,
    ),
    # --- Chipzulieferer in Villach (APA), September ---
    (
        "de",
        "Villach (APA) - Der Kärntner Chipzulieferer Karawan Sensorik investiert bis 2027 rund 480 Millionen Euro in eine neue Fertigungshalle.",
        True,
        [("year", 2027, None, None), ("money", 480000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Davon kommen 96 Millionen Euro aus dem europäischen Förderprogramm IPCEI, ein Fünftel der Gesamtsumme, hieß es aus dem Unternehmen.",
        True,
        [("money", 96000000, "EUR", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Claudia Pirchegger sagte, es würden 350 neue Stellen geschaffen, der Großteil davon in der Produktion.",
        True,
        [("count", 350, None, None)],
        "Claudia Pirchegger",
    ),
    (
        "de",
        "Heuer rechnet Karawan mit einem Umsatz von 1,1 Milliarden Euro, um 8 Prozent mehr als im Vorjahr.",
        True,
        [("money", 1100000000, "EUR", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "„Villach zeigt, dass Hochtechnologie in Österreich eine Zukunft hat“, sagte der Kärntner Wirtschaftslandesrat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land Kärnten steuert weitere 12 Millionen Euro für die Ausbildung von Fachkräften bei.",
        True,
        [("money", 12000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft PRO-GE begrüßte die Investition, mahnte aber „faire Schichtmodelle“ für die Belegschaft ein.",
        False,
        [],
        None,
    ),
    # --- Tessaline's new model (Reuters), September ---
    (
        "en",
        "SAN FRANCISCO, Sept 9 (Reuters) - Artificial intelligence start-up Tessaline released its newest model, Tessa 4, on Tuesday, saying it can handle up to 2 million tokens of text in a single request.",
        True,
        [("date", "--09-09", None, None), ("count", 2000000, None, "up_to")],
        None,
    ),
    (
        "en",
        "The company said the model scored 71.4% on a widely used software engineering benchmark, up from 58.9% for its predecessor.",
        True,
        [("percent", 71.4, "%", None), ("percent", 58.9, "%", None)],
        "the company",
    ),
    (
        "en",
        "Developers will pay $2.50 per million input tokens and $12 per million output tokens, about 40% less than for the previous version.",
        True,
        [("money", 2.5, "USD", None), ("money", 12, "USD", None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Tessaline was valued at $61 billion in a funding round in March and says it has more than 40 million weekly users.",
        True,
        [("money", 61000000000, "USD", None), ("count", 40000000, None, "over")],
        None,
    ),
    (
        "en",
        '"Tessa 4 is the closest anyone has come to a true digital colleague," Chief Executive Dara Whitcombe said in a launch video.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitcombe told reporters the model had been trained on a cluster of about 100,000 accelerator chips over roughly four months.",
        True,
        [("count", 100000, None, "about"), ("duration", 4, "month", "about")],
        "Whitcombe",
    ),
    (
        "en",
        "Safety researchers questioned whether the company had tested the model thoroughly enough before its release.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Tessaline gave Britain's AI Security Institute access to the model two weeks before launch, according to a company blog post.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    # --- Cyberangriff auf kommunalen IT-Dienstleister (dpa/lsw), September ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Nach dem Hackerangriff auf Komdata Neckar-Alb, den IT-Dienstleister vieler Kommunen, sind die Verwaltungen von 61 Städten und Gemeinden seit Tagen weitgehend lahmgelegt.",
        True,
        [("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Die Täter hätten große Teile der Systeme verschlüsselt und rund 1,2 Terabyte an Daten kopiert, teilte das Landeskriminalamt mit.",
        True,
        [("count", 1.2, None, "about")],
        "das Landeskriminalamt",
    ),
    (
        "de",
        "Nach dpa-Informationen verlangen die Erpresser ein Lösegeld von 70 Bitcoin, umgerechnet knapp 6 Millionen Euro.",
        True,
        [("count", 70, None, None), ("money", 6000000, "EUR", "nearly")],
        None,
    ),
    ("de", "„Wir werden kein Lösegeld zahlen“, sagte Geschäftsführer Hanno Teichert.", True, [], "Hanno Teichert"),
    (
        "de",
        "Die Rückkehr zum Normalbetrieb werde wohl zwei bis drei Wochen dauern, hieß es bei Komdata.",
        True,
        [("duration", 2, "week", None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Die Landesinnenministerin nannte den Angriff „einen Anschlag auf die kommunale Selbstverwaltung“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In rund einem Dutzend Kommunen bleiben die Kfz-Zulassungsstellen bis auf Weiteres geschlossen.",
        True,
        [("count", 12, None, "about")],
        None,
    ),
    (
        "de",
        "Ob bei dem Angriff auch Meldedaten von Einwohnerinnen und Einwohnern abgeflossen sind, ist noch unklar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte größere Angriff auf eine kommunale IT in Baden-Württemberg binnen zwei Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Hospital chain ransomware (AP), September ---
    (
        "en",
        "NASHVILLE, Tenn. (AP) — A ransomware attack on St. Brendan Health forced 17 of its hospitals to divert ambulances and return to paper records for nearly two weeks, the company said Friday.",
        True,
        [("count", 17, None, None), ("duration", 2, "week", "nearly")],
        "the company",
    ),
    (
        "en",
        "Personal and medical details of about 4.3 million patients were stolen, according to the breach notice the company filed with federal health regulators.",
        True,
        [("count", 4300000, None, "about")],
        None,
    ),
    (
        "en",
        "St. Brendan said it paid no ransom, though people familiar with the matter said the attackers had demanded $18 million in cryptocurrency.",
        True,
        [("money", 18000000, "USD", None)],
        None,
    ),
    (
        "en",
        "No bigger breach of health data has been reported to federal regulators so far this year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Graham Tolliver said the attack would reduce third-quarter earnings by $110 million to $140 million.",
        True,
        [("ordinal", 3, None, None), ("money", 110000000, "USD", None), ("money", 140000000, "USD", None)],
        "Graham Tolliver",
    ),
    (
        "en",
        '"We are deeply sorry for the disruption this has caused to our patients and their families," Tolliver said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "At least four class-action lawsuits have already been lodged against St. Brendan in Tennessee federal court.",
        True,
        [("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "Full access to electronic health records was restored 16 days after the attack began.",
        True,
        [("duration", 16, "day", None)],
        None,
    ),
    # --- Rechenzentren in der Schweiz (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Rechenzentren in der Schweiz haben im vergangenen Jahr rund 2,9 Terawattstunden Strom verbraucht.",
        True,
        [("count", 2.9, None, "about")],
        None,
    ),
    (
        "de",
        "Das entspricht gut 5 Prozent des Landesverbrauchs, geht aus einer vom Bundesamt für Energie bestellten Studie hervor.",
        True,
        [("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "Bis 2035 dürfte der Bedarf den Autoren zufolge auf 6 bis 8 Terawattstunden steigen.",
        True,
        [("year", 2035, None, None), ("count", 6, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Allein im Kanton Zürich sind derzeit Rechenzentren mit einer Anschlussleistung von zusammen 640 Megawatt in Planung.",
        True,
        [("count", 640, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss Studie nutzt erst jedes vierte Rechenzentrum seine Abwärme, etwa für Fernwärmenetze.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "«Ohne klare Effizienzvorgaben fressen die Serverhallen den Strom der Energiewende weg», sagte eine Sprecherin der Schweizerischen Energie-Stiftung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Branchenverband wies darauf hin, dass der Stromverbrauch pro Recheneinheit innert zehn Jahren um rund 70 Prozent gesunken sei.",
        True,
        [("duration", 10, "year", None), ("percent", 70, "%", "about")],
        None,
    ),
    ("de", "Ob der Bundesrat verbindliche Effizienzvorgaben erlässt, ist offen.", False, [], None),
    # --- IEA on data centres (Reuters), September ---
    (
        "en",
        "PARIS, Sept 17 (Reuters) - Data centres worldwide used about 390 terawatt hours of electricity last year, roughly 1.4% of global demand, the International Energy Agency said on Wednesday.",
        True,
        [("date", "--09-17", None, None), ("count", 390, None, "about"), ("percent", 1.4, "%", "about")],
        None,
    ),
    (
        "en",
        "The agency expects that figure to more than double to about 860 terawatt hours by 2030, driven mainly by AI.",
        True,
        [("count", 860, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The United States and China together account for roughly two-thirds of the projected growth.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "In the United States, data centres will be responsible for more than a third of the increase in power demand through 2030, the report said.",
        True,
        [("fraction", 0.3333, None, "over"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The largest AI campuses now under construction draw more than 1 gigawatt each, as much electricity as about 800,000 homes.",
        True,
        [("count", 1, None, "over"), ("count", 800000, None, "about")],
        None,
    ),
    (
        "en",
        '"Electricity is becoming the currency of the AI age," the agency\'s executive director said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Renewables are expected to meet about three-fifths of the additional demand, with gas supplying less than a fifth and nuclear most of the rest.",
        True,
        [("fraction", 0.6, None, "about"), ("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "Environmental groups warned that the boom could lock in new gas plants for decades.",
        False,
        [],
        None,
    ),
    # --- KI-Modell aus Heidelberg (dpa), September ---
    (
        "de",
        "Heidelberg (dpa) - Das Heidelberger KI-Unternehmen Velmaris hat ein neues Sprachmodell vorgestellt, das nach eigenen Angaben in 31 Sprachen arbeitet.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Das Modell mit dem Namen Velmaris Core 3 habe 140 Milliarden Parameter und sei binnen elf Wochen trainiert worden, sagte Mitgründer Benedikt Ruhland.",
        True,
        [("count", 140000000000, None, None), ("duration", 11, "week", None)],
        "Benedikt Ruhland",
    ),
    (
        "de",
        "Trainiert wurde auf rund 4.100 Grafikprozessoren eines Rechenzentrums im Norden Norwegens, das vollständig mit Wasserkraft betrieben wird.",
        True,
        [("count", 4100, None, "about")],
        None,
    ),
    (
        "de",
        "Das Training kostete nach Firmenangaben weniger als ein Zehntel dessen, was US-Anbieter für vergleichbare Modelle ausgeben.",
        True,
        [("fraction", 0.1, None, "under")],
        None,
    ),
    (
        "de",
        "In einem gängigen Vergleichstest für Mathematikaufgaben landete das Modell auf Platz drei hinter zwei US-Modellen.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Europa braucht eigene KI, sonst entscheiden andere, was wir lesen und denken“, sagte Ruhland.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Geschäftskunden zahlen für die Nutzung 1,80 Euro pro Million verarbeiteter Wörter.",
        True,
        [("money", 1.8, "EUR", None)],
        None,
    ),
    (
        "de",
        "Branchenbeobachter bezweifeln, dass das Start-up mit den Budgets der US-Konkurrenz mithalten kann.",
        False,
        [],
        None,
    ),
    # --- Retailer cyber attack (PA), September ---
    (
        "en",
        "LONDON (PA) - Retailer Marlow & Finch said a cyber attack that halted its online orders for nine weeks would cut its annual profit by about £240 million.",
        True,
        [("duration", 9, "week", None), ("money", 240000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The company said customer names, addresses and order histories had been stolen, but no payment card details.",
        True,
        [],
        "the company",
    ),
    (
        "en",
        "About 7.2 million customers have been told their data may have been accessed, according to a company statement.",
        True,
        [("count", 7200000, None, "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Siobhan Carrick said the retailer expected to recover about two-thirds of the cost through its cyber insurance.",
        True,
        [("fraction", 0.6667, None, "about")],
        "Siobhan Carrick",
    ),
    ("en", '"We have let our customers down and I am truly sorry," Carrick said.', False, [], None),
    (
        "en",
        "Marlow & Finch shares have fallen 14% since the attack was disclosed on July 28.",
        True,
        [("percent", 14, "%", None), ("date", "--07-28", None, None)],
        None,
    ),
    (
        "en",
        "Police arrested three people aged 16, 18 and 22 in connection with the attack, the National Crime Agency said.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 16, "year", None),
            ("duration", 18, "year", None),
            ("duration", 22, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Cyber security experts said the case showed how vulnerable big retailers had become to social engineering.",
        False,
        [],
        None,
    ),
    # --- Hackerangriff auf Klinikum (dpa/lni), September ---
    (
        "de",
        "Oldenburg (dpa/lni) - Nach einem Hackerangriff hat sich das Hasetal-Klinikum in Löningen für anderthalb Tage von der Notfallversorgung abgemeldet.",
        True,
        [("duration", 1.5, "day", None)],
        None,
    ),
    (
        "de",
        "Rettungswagen seien in dieser Zeit in umliegende Krankenhäuser umgeleitet worden, teilte die Polizei mit.",
        True,
        [],
        "die Polizei",
    ),
    (
        "de",
        "Nach Klinikangaben waren rund 1.400 Rechner und 90 Server betroffen.",
        True,
        [("count", 1400, None, "about"), ("count", 90, None, None)],
        None,
    ),
    (
        "de",
        "Die Täter verlangen ein Lösegeld in Höhe von 2,5 Millionen Dollar in Bitcoin.",
        True,
        [("money", 2500000, "USD", None)],
        None,
    ),
    (
        "de",
        "Hinweise darauf, dass Patientendaten abgeflossen sind, gebe es bislang nicht, sagte Klinik-Geschäftsführerin Kathrin Lübbersmeyer.",
        True,
        [],
        "Kathrin Lübbersmeyer",
    ),
    (
        "de",
        "„Wir sind allen Mitarbeitenden unendlich dankbar, die in diesen Stunden Übermenschliches geleistet haben“, sagte Lübbersmeyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist der fünfte Cyberangriff auf ein Krankenhaus in Niedersachsen in diesem Jahr.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Die Landesgesundheitsministerin forderte die Kliniken auf, ihre IT-Sicherheit „nicht länger als Kostenfaktor“ zu betrachten.",
        False,
        [],
        None,
    ),
    # --- Irish privacy fine (Reuters), September ---
    (
        "en",
        "DUBLIN, Sept 30 (Reuters) - Ireland's Data Protection Commission fined social media platform Quintara 265 million euros on Tuesday for sharing the location data of users under 18 with advertisers.",
        True,
        [("date", "--09-30", None, None), ("money", 265000000, "EUR", None), ("duration", 18, "year", "under")],
        None,
    ),
    (
        "en",
        "The regulator said Quintara had passed precise location data of about 11 million teenagers to advertising partners from 2021 to 2023.",
        True,
        [("count", 11000000, None, "about"), ("year", 2021, None, None), ("year", 2023, None, None)],
        "the regulator",
    ),
    (
        "en",
        "It is the fourth fine the DPC has imposed on the company since 2020, bringing the total to 1.3 billion euros.",
        True,
        [("ordinal", 4, None, None), ("year", 2020, None, None), ("money", 1300000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Quintara also has three months to stop the transfers and delete the data already shared.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Quintara said it rejected the findings and would challenge the decision in the Irish courts.",
        True,
        [],
        "Quintara",
    ),
    (
        "en",
        '"Children\'s privacy is not a setting that platforms get to switch off," Deputy Commissioner Aoife Brannigan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Child safety campaigners dismissed the fine as "pocket change" for a platform of Quintara\'s size.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the EU's privacy law, penalties can reach 4% of a company's worldwide yearly revenue.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    # --- Geldbuße gegen Versicherer (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Die Datenschutzbehörde hat gegen den Versicherer Aldavia eine Geldbuße von 9,2 Millionen Euro verhängt.",
        True,
        [("money", 9200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen habe Gesundheitsdaten von rund 240.000 Kundinnen und Kunden ohne ausreichende Einwilligung an einen Dienstleister in Indien weitergegeben, teilte die Datenschutzbehörde mit.",
        True,
        [("count", 240000, None, "about")],
        "die Datenschutzbehörde",
    ),
    (
        "de",
        "Eine höhere Geldbuße hat die Behörde noch nie gegen eine heimische Firma ausgesprochen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Aldavia kündigte an, binnen vier Wochen Beschwerde beim Bundesverwaltungsgericht einzulegen.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    ("de", "Ein Konzernsprecher nannte den Bescheid „rechtlich nicht haltbar“.", False, [], None),
    (
        "de",
        "Die Datenschutz-Grundverordnung sieht Strafen von bis zu 20 Millionen Euro oder vier Prozent des weltweiten Jahresumsatzes vor.",
        True,
        [("money", 20000000, "EUR", "up_to"), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer sprach von einem „längst nötigen Warnschuss für die Versicherungsbranche“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Betroffene können zusätzlich vor den Zivilgerichten Schadenersatz einklagen.",
        True,
        [],
        None,
    ),
    # --- Wattle Telecom breach (AAP), October ---
    (
        "en",
        "SYDNEY, Oct 2 (AAP) - Hackers have stolen the personal details of about 2.9 million current and former customers of Wattle Telecom, the company says.",
        True,
        [("date", "--10-02", None, None), ("count", 2900000, None, "about")],
        "the company",
    ),
    (
        "en",
        "Driver's licence or passport numbers of roughly 640,000 of them were also taken.",
        True,
        [("count", 640000, None, "about")],
        None,
    ),
    (
        "en",
        "Wattle confirmed it had received a ransom demand of US$5 million but would not pay.",
        True,
        [("money", 5000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Bradley Okafor told a Senate committee the breach was caused by a misconfigured test database that had been left exposed for 19 days.",
        True,
        [("duration", 19, "day", None)],
        "Bradley Okafor",
    ),
    (
        "en",
        '"Nothing matters more to us than the trust our customers place in us," Okafor said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Office of the Australian Information Commissioner said it had opened an investigation.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Under laws passed in 2022, companies face penalties of up to A$50 million for serious or repeated privacy breaches.",
        True,
        [("year", 2022, None, None), ("money", 50000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "Wattle shares fell 3.1% to A$4.86 in Sydney.",
        True,
        [("percent", 3.1, "%", None), ("money", 4.86, "AUD", None)],
        None,
    ),
    # --- BSI-Lagebericht (dpa), Oktober ---
    (
        "de",
        "Bonn (dpa) - Das für Cybersicherheit zuständige Bundesamt BSI hat zwischen Juli 2024 und Juni 2025 im Schnitt täglich 287.000 neue Varianten von Schadsoftware registriert.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("count", 287000, None, None)],
        None,
    ),
    ("de", "Das sind rund 7 Prozent weniger als im Vorjahr.", True, [("percent", 7, "%", "about")], None),
    (
        "de",
        "Nach Angaben des BSI wurden im Schnitt pro Tag 91 neue Schwachstellen in Softwareprodukten bekannt, ein Fünftel davon kritisch.",
        True,
        [("count", 91, None, None), ("fraction", 0.2, None, None)],
        "das BSI",
    ),
    (
        "de",
        "Mindestens 130 Ransomware-Angriffe auf Unternehmen und Behörden seien dem Amt gemeldet worden, sagte BSI-Präsidentin Irmgard Leutenegger.",
        True,
        [("count", 130, None, "at_least")],
        "Irmgard Leutenegger",
    ),
    (
        "de",
        "„Wir dürfen uns an diese Bedrohungslage nicht gewöhnen“, sagte Leutenegger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 45 Prozent der gemeldeten Angriffe trafen kleine und mittlere Unternehmen.",
        True,
        [("percent", 45, "%", "about")],
        None,
    ),
    (
        "de",
        "Zudem zählte das Amt 212 Fälle, in denen Daten nach einem Angriff im Darknet veröffentlicht wurden.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "Die Präsidentin mahnte Unternehmen, Sicherheitsupdates schneller einzuspielen.",
        False,
        [],
        None,
    ),
    # --- Korean telecom fine (Reuters), October ---
    (
        "en",
        "SEOUL, Oct 7 (Reuters) - South Korea's privacy regulator fined Hanul Telecom 88.6 billion won ($63 million) on Tuesday over a hack that exposed the SIM card data of nearly 19 million subscribers.",
        True,
        [
            ("date", "--10-07", None, None),
            ("money", 88600000000, "KRW", None),
            ("money", 63000000, "USD", None),
            ("count", 19000000, None, "nearly"),
        ],
        None,
    ),
    (
        "en",
        "It is the largest penalty the Personal Information Protection Commission has ever imposed.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The commission said the company had left key servers without encryption for more than four years.",
        True,
        [("duration", 4, "year", "over")],
        "the commission",
    ),
    (
        "en",
        "Hanul has promised to replace the SIM cards of all affected customers free of charge and has already swapped about 12 million.",
        True,
        [("count", 12000000, None, "about")],
        None,
    ),
    (
        "en",
        'Civic groups called the fine "far too lenient" given the scale of the leak.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hanul's shares have lost about 18% since the hack was disclosed in April.",
        True,
        [("percent", 18, "%", "about")],
        None,
    ),
    (
        "en",
        "The company has also pledged to invest 700 billion won in information security over the next five years.",
        True,
        [("money", 700000000000, "KRW", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Investors wonder whether the costs will weigh on dividends into 2027.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Datenleck bei Online-Händler (dpa-AFX), Oktober ---
    (
        "de",
        "Berlin (dpa-AFX) - Beim Online-Modehändler Lumeo haben Unbekannte Daten von rund 3,8 Millionen Kundinnen und Kunden erbeutet.",
        True,
        [("count", 3800000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien Namen, E-Mail-Adressen und bei etwa jedem sechsten Konto auch Geburtsdaten, teilte das Unternehmen am Mittwoch mit.",
        True,
        [("fraction", 0.1667, None, "about")],
        "das Unternehmen",
    ),
    ("de", "Zahlungsdaten seien nicht betroffen, hieß es.", True, [], None),
    (
        "de",
        "Der Angriff sei bereits am 14. August entdeckt, die Behörde aber erst zehn Tage später informiert worden, kritisierte die Berliner Datenschutzbeauftragte.",
        True,
        [("date", "--08-14", None, None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "de",
        "Die DSGVO schreibt vor, dass Datenpannen binnen 72 Stunden der Aufsicht gemeldet werden.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Lumeo-Aktie verlor im Xetra-Handel zeitweise 6,3 Prozent auf 11,42 Euro.",
        True,
        [("percent", 6.3, "%", None), ("money", 11.42, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir bedauern zutiefst, dass das Vertrauen unserer Kundschaft enttäuscht wurde“, sagte eine Unternehmenssprecherin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Verbraucherzentrale riet Betroffenen, verdächtige E-Mails im Namen von Lumeo nicht zu öffnen.",
        False,
        [],
        None,
    ),
    # --- West Texas AI campus (Bloomberg), October ---
    (
        "en",
        "(Bloomberg) -- AI developer Tessaline and cloud provider Halvard Cloud will build a data centre campus in West Texas that could eventually draw 2.4 gigawatts of power, the companies said on Tuesday.",
        True,
        [("count", 2.4, None, None)],
        None,
    ),
    (
        "en",
        "The first phase, with 600 megawatts, is due to go online in mid-2027.",
        True,
        [("ordinal", 1, None, None), ("count", 600, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The project will cost as much as $40 billion, according to people familiar with the plans.",
        True,
        [("money", 40000000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Most of the power will come from two new gas-fired plants on the site, with solar panels and batteries covering about a fifth.",
        True,
        [("count", 2, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        '"We are building the factories of intelligence, and they need power on a scale this country has not seen in decades," Halvard Chief Executive Rafael Quintanilla said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Quintanilla said the campus would house more than 400,000 AI chips when fully built.",
        True,
        [("count", 400000, None, "over")],
        "Quintanilla",
    ),
    (
        "en",
        "Texas grid operator Ercot has received requests to connect more than 170 gigawatts of large loads by 2030, most of them data centres.",
        True,
        [("count", 170, None, "over"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Local residents worry that the gas plants will drain scarce groundwater.",
        False,
        [],
        None,
    ),
    # --- Rechenzentren in Frankfurt (dpa/lhe), Oktober ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Die Rechenzentren in Frankfurt verbrauchen inzwischen gut ein Drittel des Stroms der Stadt.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Das geht aus dem neuen Energiebericht der Stadt hervor, den die Umweltdezernentin am Mittwoch vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Demnach benötigten die gut 60 Anlagen im vergangenen Jahr zusammen 2,1 Terawattstunden.",
        True,
        [("count", 60, None, "over"), ("count", 2.1, None, None)],
        None,
    ),
    (
        "de",
        "Den Netzbetreibern liegen dem Bericht zufolge Anfragen für den Anschluss weiterer 3.400 Megawatt vor.",
        True,
        [("count", 3400, None, None)],
        None,
    ),
    (
        "de",
        "Wer ab dem 1. Juli 2028 ein neues Rechenzentrum in Betrieb nimmt, muss nach dem Energieeffizienzgesetz mindestens 20 Prozent der Abwärme weiternutzen.",
        True,
        [("date", "2028-07-01", None, None), ("percent", 20, "%", "at_least")],
        None,
    ),
    (
        "de",
        "„Frankfurt darf nicht zur Steckdose des Internets verkommen“, sagte ein Sprecher der Grünen im Römer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut Energiebericht speisen bisher nur drei Rechenzentren Wärme in das städtische Fernwärmenetz ein.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Anwohner im Stadtteil Seckbach klagen über das ständige Brummen der Kühlanlagen.",
        False,
        [],
        None,
    ),
    # --- ICO fine (PA), October ---
    (
        "en",
        "LONDON (PA) - The Information Commissioner's Office has fined outsourcing firm Calverley Services £6.2 million after hackers stole the records of more than 78,000 public sector workers.",
        True,
        [("money", 6200000, "GBP", None), ("count", 78000, None, "over")],
        None,
    ),
    (
        "en",
        "The ICO said the firm had failed to install a critical security patch for 14 months before the attack.",
        True,
        [("duration", 14, "month", None)],
        "the ICO",
    ),
    (
        "en",
        "Stolen files included bank details and, for about one in eight of those affected, information on health conditions.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "en",
        "The penalty was reduced by 30% because Calverley cooperated with the investigation and agreed to pay within 28 days.",
        True,
        [("percent", 30, "%", None), ("duration", 28, "day", None)],
        None,
    ),
    (
        "en",
        '"Organisations that hold sensitive public sector data must treat security as a core duty, not an optional extra," the Information Commissioner said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Calverley has accepted the findings and has since replaced its entire IT infrastructure.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Unions representing the affected staff called the fine "a slap on the wrist."',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the second fine the ICO has issued this year over a ransomware attack.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Bitkom-Studie zu Cyberangriffen (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Datendiebstahl, Spionage und Sabotage haben der deutschen Wirtschaft im vergangenen Jahr einen Schaden von rund 231 Milliarden Euro zugefügt.",
        True,
        [("money", 231000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das sind knapp 9 Prozent weniger als ein Jahr zuvor, wie eine Umfrage des Digitalverbands Bitkom unter 1.003 Unternehmen ergab.",
        True,
        [("percent", 9, "%", "nearly"), ("count", 1003, None, None)],
        None,
    ),
    (
        "de",
        "Sieben von zehn Unternehmen waren demnach von Angriffen betroffen.",
        True,
        [("fraction", 0.7, None, None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Fünftel der Firmen sehen ihre Existenz durch Cyberangriffe bedroht.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "de",
        "Als Urheber der Angriffe vermutet fast jedes zweite betroffene Unternehmen die organisierte Kriminalität.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Schaden durch Ransomware allein belaufe sich auf knapp 16 Milliarden Euro, sagte Bitkom-Präsident Wolfram Eisele.",
        True,
        [("money", 16000000000, "EUR", "nearly")],
        "Wolfram Eisele",
    ),
    (
        "de",
        "„Die Angreifer sind professioneller, schneller und besser ausgestattet als viele ihrer Opfer“, sagte Eisele.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eisele forderte die Bundesregierung auf, die Cyberabwehr „endlich zur Chefsache“ zu machen.",
        False,
        [],
        None,
    ),
    # --- India's chip projects (Reuters), October ---
    (
        "en",
        "NEW DELHI, Oct 22 (Reuters) - India's cabinet on Wednesday approved three new semiconductor projects worth a combined 318 billion rupees ($3.8 billion).",
        True,
        [
            ("date", "--10-22", None, None),
            ("count", 3, None, None),
            ("money", 318000000000, "INR", None),
            ("money", 3800000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The federal government will cover half of each project's capital cost, with state governments adding up to a further 25%.",
        True,
        [("fraction", 0.5, None, None), ("percent", 25, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The largest of the plants, a chip packaging unit in Gujarat, is expected to turn out about 15 million chips a day once completed in 2027.",
        True,
        [("count", 15000000, None, "about"), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Together the three projects will create around 3,900 direct jobs, the ministry said.",
        True,
        [("count", 3, None, None), ("count", 3900, None, "about")],
        "the ministry",
    ),
    (
        "en",
        'The IT minister called the approvals "a giant leap towards a self-reliant India."',
        False,
        [],
        None,
    ),
    (
        "en",
        "India has now approved 14 semiconductor projects since launching its chip incentive programme in 2021.",
        True,
        [("count", 14, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Analysts said it was unclear whether India could attract a leading-edge foundry any time soon.",
        False,
        [],
        None,
    ),
    # --- Cybersicherheit in der Schweiz (Keystone-SDA), Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Bundesamt für Cybersicherheit (BACS) zählte in den ersten sechs Monaten des Jahres 29'480 Meldungen zu Cybervorfällen.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "month", None), ("count", 29480, None, None)],
        None,
    ),
    (
        "de",
        "Das sind rund 11 Prozent mehr als in der Vorjahresperiode, hieß es beim Bundesamt.",
        True,
        [("percent", 11, "%", "about")],
        None,
    ),
    (
        "de",
        "Gut die Hälfte der Meldungen betraf Betrugsversuche, etwa falsche Anrufe im Namen der Polizei.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Die Meldepflicht für Betreiber kritischer Infrastrukturen gilt seit April 2025; sie haben dafür 24 Stunden Zeit.",
        True,
        [("year", 2025, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Im Berichtszeitraum gingen 187 solche Pflichtmeldungen ein, ein Fünftel davon von Spitälern.",
        True,
        [("count", 187, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "«Die Zahlen zeigen, dass die Meldepflicht wirkt», sagte BACS-Direktor Matthias Zollinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Angriff auf einen Informatikdienstleister habe Mitte Juni während rund 40 Stunden die Steuerportale von drei Kantonen lahmgelegt und einen Schaden von rund 1,8 Millionen Franken verursacht, sagte Zollinger.",
        True,
        [
            ("duration", 40, "hour", "about"),
            ("count", 3, None, None),
            ("money", 1800000, "CHF", "about"),
        ],
        "Zollinger",
    ),
    (
        "de",
        "Zwischen der Entdeckung eines Angriffs und der Meldung vergingen im Schnitt 9 Stunden und 20 Minuten.",
        True,
        [("duration", 9, "hour", None), ("duration", 20, "minute", None)],
        None,
    ),
    # --- Europol ransomware takedown (AFP), October ---
    (
        "en",
        "THE HAGUE (AFP) - Police in nine countries have arrested 14 suspected members of a ransomware gang blamed for attacks on more than 1,100 companies and public bodies, Europol said Thursday.",
        True,
        [("count", 9, None, None), ("count", 14, None, None), ("count", 1100, None, "over")],
        None,
    ),
    (
        "en",
        "Investigators seized 86 servers and cryptocurrency worth about 9 million euros, the agency said.",
        True,
        [("count", 86, None, None), ("money", 9000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "The group is believed to have extorted at least $230 million in ransom payments since 2021.",
        True,
        [("money", 230000000, "USD", "at_least"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Two of the suspects, aged 31 and 36, were arrested in western Ukraine.",
        True,
        [("count", 2, None, None), ("duration", 31, "year", None), ("duration", 36, "year", None)],
        None,
    ),
    (
        "en",
        "It was the third major ransomware takedown coordinated by Europol this year.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"No gang is too big and no server too well hidden," a Europol spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Security researchers cautioned that ransomware groups often re-form under new names within months.",
        False,
        [],
        None,
    ),
    (
        "en",
        "German prosecutors said they had issued arrest warrants for three further suspects believed to be in Russia.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Quartalszahlen eines Waferherstellers (dpa-AFX), Oktober ---
    (
        "de",
        "München (dpa-AFX) - Die schwache Nachfrage der Autoindustrie hat dem Waferhersteller Elbsil im dritten Quartal ein deutliches Umsatzminus eingebrockt.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz sank im Jahresvergleich um 12 Prozent auf 318 Millionen Euro, teilte Elbsil am Donnerstag in München mit.",
        True,
        [("percent", 12, "%", None), ("money", 318000000, "EUR", None)],
        "Elbsil",
    ),
    (
        "de",
        "Die operative Marge ging um 4,6 Prozentpunkte auf 19,8 Prozent zurück.",
        True,
        [("percent", 4.6, "pp", None), ("percent", 19.8, "%", None)],
        None,
    ),
    (
        "de",
        "Analysten hatten im Schnitt mit 331 Millionen Euro Umsatz gerechnet.",
        True,
        [("money", 331000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Gesamtjahr erwartet Finanzchefin Nadine Sprenger nun einen Umsatz zwischen 1,25 und 1,3 Milliarden Euro.",
        True,
        [("money", 1250000000, "EUR", None), ("money", 1300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Sprenger sagte, das Werk in Elsterwerda werde ab Januar für sechs Wochen in Kurzarbeit gehen.",
        True,
        [("duration", 6, "week", None)],
        "Sprenger",
    ),
    (
        "de",
        "Die Aktie rutschte im frühen Handel um 7,4 Prozent auf 38,16 Euro ab und bildete das Schlusslicht im MDax.",
        True,
        [("percent", 7.4, "%", None), ("money", 38.16, "EUR", None)],
        None,
    ),
    ("de", "Händler sprachen von einem „Quartal zum Abhaken“.", False, [], None),
    # --- Japan's 2nm subsidy (Reuters), November ---
    (
        "en",
        "TOKYO, Nov 4 (Reuters) - Japan will give chip venture Kaminari Semiconductor a further 520 billion yen ($3.4 billion) in subsidies as it prepares to begin volume output of 2-nanometre chips in 2027, the industry ministry said on Tuesday.",
        True,
        [
            ("date", "--11-04", None, None),
            ("money", 520000000000, "JPY", None),
            ("money", 3400000000, "USD", None),
            ("count", 2, None, None),
            ("year", 2027, None, None),
        ],
        "the industry ministry",
    ),
    (
        "en",
        "Since 2022 the state has committed about 2.3 trillion yen to the venture.",
        True,
        [("year", 2022, None, None), ("money", 2300000000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        "Kaminari will need roughly 4.6 trillion yen altogether before its plant runs at full capacity, Chief Executive Hiroshi Tanabe told reporters.",
        True,
        [("money", 4600000000000, "JPY", "about")],
        "Hiroshi Tanabe",
    ),
    (
        "en",
        "Tanabe said the company was in talks with more than 30 potential customers and expected to sign its first contracts by March.",
        True,
        [("count", 30, None, "over"), ("ordinal", 1, None, None)],
        "Tanabe",
    ),
    (
        "en",
        '"Japan is back in the race for the most advanced chips, and we intend to win it," Tanabe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The factory in Hokkaido is designed to process up to 25,000 wafers a month at full capacity.",
        True,
        [("count", 25000, None, "up_to")],
        None,
    ),
    (
        "en",
        "Some industry executives privately doubt that Kaminari can match the yields of its Taiwanese rivals.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Eleven Japanese companies have invested a combined 13.5 billion yen in the venture.",
        True,
        [("count", 11, None, None), ("money", 13500000000, "JPY", None)],
        None,
    ),
    # --- Bußgeld gegen Lieferdienst (dpa/lno), November ---
    (
        "de",
        "Hamburg (dpa/lno) - Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit hat gegen den Lieferdienst Tafelbote ein Bußgeld von 4,7 Millionen Euro verhängt.",
        True,
        [("money", 4700000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen habe die Standorte von rund 12.500 Fahrerinnen und Fahrern alle 15 Sekunden erfasst und bis zu drei Jahre lang gespeichert, teilte die Behörde mit.",
        True,
        [("count", 12500, None, "about"), ("duration", 15, "second", None), ("duration", 3, "year", "up_to")],
        "die Behörde",
    ),
    (
        "de",
        "Es ist das bislang höchste Bußgeld einer deutschen Datenschutzbehörde in diesem Jahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tafelbote kündigte an, gegen den Bescheid vor das Amtsgericht Hamburg zu ziehen.",
        True,
        [],
        None,
    ),
    ("de", "Ein Firmensprecher nannte die Vorwürfe „weit überzogen“.", False, [], None),
    (
        "de",
        "Künftig würden Standortdaten nur noch während einer Auslieferung erfasst und höchstens 30 Tage aufbewahrt, sagte Tafelbote-Datenschutzchefin Ruth Pfeiffenberger.",
        True,
        [("duration", 30, "day", "at_most")],
        "Ruth Pfeiffenberger",
    ),
    (
        "de",
        "Die Gewerkschaft NGG sprach von einer „digitalen Dauerüberwachung“ der Beschäftigten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen Tafelbote laufen zudem zwei weitere Verfahren wegen Beschwerden von Kundinnen und Kunden.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- SEC cyber disclosure settlement (Reuters), November ---
    (
        "en",
        "WASHINGTON, Nov 11 (Reuters) - Software company Norridge Systems will pay $42 million to resolve allegations by the U.S. Securities and Exchange Commission that it misled investors about a 2023 cyberattack, the regulator said on Tuesday.",
        True,
        [("date", "--11-11", None, None), ("money", 42000000, "USD", None), ("year", 2023, None, None)],
        "the regulator",
    ),
    (
        "en",
        'The SEC found that Norridge had told investors the hackers reached only a "limited number" of customer files when it knew that data from more than 1,600 corporate clients had been taken.',
        True,
        [("count", 1600, None, "over")],
        None,
    ),
    ("en", "Norridge neither admitted nor denied the findings.", True, [], None),
    (
        "en",
        "Its former chief information security officer will pay a $250,000 civil penalty and is barred from serving as an officer of a listed company for five years.",
        True,
        [("money", 250000, "USD", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        '"Companies that hide the truth about cyber incidents cheat the very investors they owe it to," the SEC\'s enforcement chief said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Norridge shares were little changed at $87.15 in afternoon trading.",
        True,
        [("money", 87.15, "USD", None)],
        None,
    ),
    (
        "en",
        "Defense lawyers said the case could make executives more cautious about what they disclose after an attack.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The settlement is the largest the SEC has reached over cyber disclosures since its new rules took effect on Dec. 18, 2023.",
        True,
        [("date", "2023-12-18", None, None)],
        None,
    ),
    # --- KI-Rechenzentrum im Innviertel (APA), November ---
    (
        "de",
        "Linz (APA) - Im oberösterreichischen Innviertel soll bis 2030 eines der größten KI-Rechenzentren Mitteleuropas entstehen.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Der Betreiber Danubia Compute will dafür rund 3,5 Milliarden Euro investieren und in einer ersten Ausbaustufe 150 Megawatt ans Netz bringen.",
        True,
        [("money", 3500000000, "EUR", "about"), ("ordinal", 1, None, None), ("count", 150, None, None)],
        None,
    ),
    (
        "de",
        "Im Endausbau könnte die Anlage etwa 450 Megawatt benötigen, knapp ein Zehntel des heutigen Spitzenverbrauchs des Bundeslandes.",
        True,
        [("count", 450, None, "about"), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Geschäftsführer Eckhard Wilmsen sagte, es würden rund 250 Dauerarbeitsplätze entstehen.",
        True,
        [("count", 250, None, "about")],
        "Eckhard Wilmsen",
    ),
    (
        "de",
        "„Wer KI-Souveränität will, muss auch die Rechenzentren dafür bauen“, sagte Wilmsen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltorganisationen haben im Umweltverträglichkeitsverfahren bereits rund 1.900 Einwendungen eingebracht.",
        True,
        [("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "Die Landesregierung hofft, dass sich rund um das Projekt weitere Technologiefirmen ansiedeln.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Entscheidung der Behörde wird für das erste Quartal 2026 erwartet.",
        True,
        [("ordinal", 1, None, None), ("year", 2026, None, None)],
        None,
    ),
    # --- Virginia data centre rates (AP), November ---
    (
        "en",
        "RICHMOND, Va. (AP) — Virginia regulators on Monday approved a new rate class for the largest data centres, requiring them to pay for at least 75% of the power they reserve even if they use less.",
        True,
        [("percent", 75, "%", "at_least")],
        None,
    ),
    (
        "en",
        "The rule applies to customers that need more than 50 megawatts and ties them to contracts of at least 12 years.",
        True,
        [("count", 50, None, "over"), ("duration", 12, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Data centres already use more than a fifth of the electricity sold by the state's largest utility, according to the State Corporation Commission.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "en",
        "Residential customers will see their monthly bills rise by about $9.50 from January to help pay for new transmission lines.",
        True,
        [("money", 9.5, "USD", "about")],
        None,
    ),
    (
        "en",
        '"Families should not be subsidising the power needs of the world\'s richest companies," a spokesperson for a consumer group said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Northern Virginia hosts more than 330 data centres, the largest concentration anywhere in the world.",
        True,
        [("count", 330, None, "over")],
        None,
    ),
    (
        "en",
        "The utility expects peak demand in its territory to rise by roughly 40% over the next 15 years.",
        True,
        [("percent", 40, "%", "about"), ("duration", 15, "year", None)],
        None,
    ),
    ("en", "Whether the new rules will slow the building boom remains unclear.", False, [], None),
]
