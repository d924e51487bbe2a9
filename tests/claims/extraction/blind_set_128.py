"""Hundred-and-twenty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Hsinlan Semiconductor, Jens Holtmann, Martin Wessely, Kommunit Nord, Malte
Brinkhoff, Katja Rehbein, Henriette Pölzl, Reto Camenzind, Lumetra, Carola Weidenbach,
Murtec, Günther Pail, Ewald Trummer, Sibylle Hürlimann, Anke Schlüter, Franziska Hallberg,
Jutta Kessler-Rohde, Wiebke Tannhäuser, Rheinnetz, Lars Oetken, Jörg Haberkamp; Korvex, Lin
Tao-wei, Marisa Okonkwo, Quillstack, Priya Raman, Layoffs Ledger, Meridian Labs, Elena
Varga, Ilona Marchetti, Lumora, Marianne Cole, Stratosfera Cloud, Dev Malhotra, Greyrock
Research, Brightwell Health, NightLantern, Alan Prewitt, Altura Semiconductor, Dana
Whitfield, Nordvik Networks, Sanna Lehtovaara, Chatterbox, Joanna Pryor); real bodies, laws,
markets and places ("Bundeswirtschaftsministerium", "Kieler Institut für Weltwirtschaft",
"EU-Kommission", "RTR", "Breitbandatlas", "Bundesamt für Energie", "heise online",
"Niedersächsischer Städtetag", "Xetra", "Pro-Ge", "Land Steiermark", "Europäischer
Rechnungshof", "Bund der Steuerzahler", "Bundesamt für Cybersicherheit", "Bundesrat",
"Bitkom", "KI-Verordnung", "Bundesnetzagentur", "Bundeskabinett", "Bundestag",
"Energieeffizienzgesetz", "eco", "Bundesverband Breitbandkommunikation", "Gigabitstrategie",
"ComCom", "Bakom", "Stiftung für Konsumentenschutz", "Zürcher Unterland", "Fechenheim";
"LSEG", "Central Statistics Office", "EirGrid", "European Commission", "AI Act", "BEUC",
"European Parliament", "Ofcom", "Department of Health and Human Services", "Commerce
Department", "Competition and Markets Authority", "CMA", "Coalition for App Fairness",
"Dell'Oro Group", "Pro union", "eSafety Commissioner", "General Court", "Court of Justice",
"Digital Markets Act", "Davos") stand for the way wire copy names them; every subsidy, sale,
result, auction, breach, cut, share, ruling and quote here is invented, and where a real
figure came to mind it was changed - except the AI Act's fine ceilings and application
dates, the Digital Markets Act's and the UK regime's 10% ceilings, the German heat-reuse
quotas and gigabit targets and the Swiss 24-hour reporting duty, which the rows state as the
laws and plans set them, as the sixty-fifth and hundred-sixth batches stated the AI Act's,
the GDPR's and the DMA's.

Its weight: TECHNOLOGY - ARTIFICIAL INTELLIGENCE, CHIPS, DATA CENTRES AND TELECOMS over
about ten weeks in story order (mid-January to late March of one year), each story told as
wire copy runs it (a dateline lead, the figures, attributed claims and the other side's
reply, quotes, follow-ups), the German and English stories interleaved by date. Half German
(dpa, dpa-AFX, APA, Keystone-SDA, Reuters German, with heise-style detail; Austrian "heuer",
"war ... gelegen", Swiss "12'000", "1'340", "innert", "grössere", "Mitarbeitende",
"Anwohnende", "Einsprachen", «» quotes, German „“ quotes): a Taiwanese foundry's second fab
in Dresden with "knapp fünf Milliarden Euro" in subsidies, the "22- und
28-Nanometer-Verfahren" and the Commission's approval weeks later, the Austrian 26-gigahertz
auction with its build-out duties and household coverage, a 180-megawatt data centre campus
near Zurich with the Swiss data centres' share of national consumption, a ransomware attack
on a municipal IT provider in Lower Saxony with records, terabytes, a ransom in Bitcoin and
"einen zweistelligen Millionenbetrag", a chip-equipment maker's quarter with margin in
points, a Styrian circuit-board maker's job cuts, a data theft at a software supplier of the
Swiss federal administration, Bitkom's survey of AI use ("Gut jedes dritte", "erst jedes
fünfte", "Zwei von drei", "Fast jedes zweite"), the cabinet bill making the
Bundesnetzagentur the AI Act's market watchdog with its fines and the "Zwölf-Punkte-Plan",
Frankfurt's data centres asking for "mehr als 4.000 Megawatt", fibre coverage and take-up
("anderthalb Jahre"), the Swiss mobile licences renewed without an auction, a telecom
group's annual results with a "gut fünfstündige Störung", and Germany's bid for an AI
gigafactory ("zwischen dreieinhalb und sechs Milliarden Euro"). Half English (Reuters, AP,
Bloomberg, PA, AAP): a chipmaker's fourth quarter with data centre sales, margin and
guidance, software layoffs with severance, Ireland's data centres at nearly a quarter of
metered electricity, an AI start-up's funding round in Bloomberg style, the Commission's
proposal to delay the AI Act's high-risk rules with the fine ceilings, Ofcom's gigabit,
full-fibre and 5G coverage, a U.S. app store ruling on anti-steering and commissions,
India's spectrum auction in rupees and dollars, cloud providers' capital spending with a
1.4-gigawatt campus and a nuclear power deal, a health insurer's breach of 8.7 million
records, a renegotiated U.S. chip grant with an equity stake, the CMA's app store orders, a
telecom equipment maker's job cuts, Australia's social media ban for under-16s with accounts
and a poll of parents, and the General Court upholding a DMA fine. Figures as such copy has
them: subsidies, grants, capex, funding and valuations in euros, dollars, francs and rupees;
power in megawatts and gigawatts, energy in gigawatt hours, terawatt hours and kilowatt
hours, shares of national and urban consumption in percent and fractions; node sizes,
wafers, accelerators and chips; revenue, margins in percent and points, guidance ranges,
consensus figures and share prices; accounts, users, subscribers, households and premises
with coverage in percent; spectrum in gigahertz and megahertz; records, documents, terabytes
and Bitcoin; jobs cut and kept; fine ceilings as amounts and shares of turnover; deadlines,
licence terms, appeal periods and outage lengths; ordinals of quarters, fabs, approvals,
attacks and rulings; datelines and the AI Act's dates. Negatives as such copy has them:
chief executives' and officials' visions and hype ("The age of AI factories has begun",
„Dresden wird zum Herzen der europäischen Chipindustrie“, "the most capable and most
trustworthy models on the planet"), slogans and rhetoric of lobbies and politicians,
warnings without a figure, critics' and campaigners' labels ("a gift to Big Tech ...", "a
shakedown", „Subventionen mit der Gießkanne ...“, „eine industriepolitische
Bankrotterklärung“), verdicts with "halten ... für" and in Konjunktiv I (one with a year),
rhetorical and open questions (two with a year), a doubt, investors' and traders' moods,
users' and residents' reactions, a vox pop, an apology, a no-comment line and a ruling to be
studied first.

243 rows (122 German, 121 English), 55 negatives (27 German, 28 English), 188 check-worthy
rows of which 19 carry no figure (11 German, 8 English), 336 expected quantities (93 counts,
65 percentages - 1 of them in percentage points -, 63 amounts of money - 33 EUR, 22 USD, 4
INR, 3 CHF, 1 GBP -, 36 years, 29 durations, 17 ordinals, 17 fractions, 16 dates; 4 of them
in four negatives, as the seventeenth batch labels a figure in a negative), 40 checked
speakers (19 German, 21 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact or a plan are check-worthy with the speaker their own attribution gives
  ("Der Erlös liege damit weit unter jenem der Auktion ..., sagte RTR-Geschäftsführerin
  Henriette Pölzl." -> "Henriette Pölzl", "Die Angreifer hätten Teile der Server
  verschlüsselt ..., teilte das Unternehmen mit." -> "das Unternehmen", "Die
  Wiederherstellung ... werde voraussichtlich drei bis vier Wochen dauern, sagte Brinkhoff."
  -> "Brinkhoff", "Die Beihilfe von 4,85 Milliarden Euro sei notwendig und angemessen, ...,
  teilte die Kommission mit." - a decision's reasons, hundred-eighteenth -, "Bei Unternehmen
  mit mehr als 500 Beschäftigten nutze bereits eine klare Mehrheit KI, so Bitkom-Präsidentin
  Anke Schlüter.", "Die Zahl der Mobilfunkverträge sei ... gestiegen, ..., sagte
  Vorstandschef Lars Oetken."; hundred-fourteenth to hundred-twenty-first), and with the
  speaker unchecked where the attribution is a role, an estimate or no verb of saying
  ("rechnete das Kieler Institut für Weltwirtschaft vor", "sagte eine Sprecherin des
  Netzbetreibers", "sagte ein Sprecher des Digitalministeriums"; "Betroffen seien nach einer
  ersten Auswertung ..." with its attribution in the row before). A Konjunktiv I verdict is
  a negative with its figure labelled ("Das Ziel, bis 2030 alle Haushalte mit Glasfaser zu
  versorgen, sei kaum noch zu erreichen, ..." with 2030; hundred-seventeenth). New: a short
  quoted refusal to pay a ransom is check-worthy - „Wir werden nicht zahlen“, sagte
  Geschäftsführer Malte Brinkhoff. -> "Malte Brinkhoff" - a pledge with a checkable content,
  as «Kündigungen wird es keine geben» (hundred-nineteenth), while the same story's minister
  („Das ist ein Angriff auf die Handlungsfähigkeit unseres Staates“) gives a label.
- Check-worthy without a figure (hundred-fourteenth, hundred-sixteenth, hundred-nineteenth):
  an approval still needed ("Die Förderung muss noch von der EU-Kommission beihilferechtlich
  genehmigt werden."; hundred-seventeenth: the steps a deal still needs), a memo's scope of
  cuts, a production shift and a plant's future product range, a court ruling and the appeal
  announced ("Lumora said it strongly disagreed with the decision and would appeal.";
  ninety-eighth), a start of construction announced, when stolen data were taken and
  published, an inquiry ordered, a body made a watchdog and the cabinet's bill, the source
  of a market analysis ("Das geht aus der Marktanalyse ... hervor", as "Das geht aus dem
  Grünen Bericht hervor", hundred-fifteenth), a record ("It is the largest health data
  breach reported to ... this year."; twenty-ninth), where the money goes ("Most of the
  money is going into data centres ..."), a court's finding ("The General Court said ..."),
  a fine paid in full, a damage estimate "auf einen zweistelligen Millionenbetrag" (a vague
  magnitude, no quantity, hundred-sixth), and "Both companies said they would comply, though
  one warned ..." (an act paired with a warning stays check-worthy, hundred-sixteenth; "one"
  a pronoun, none).
- Power, energy and computing are counts (fifty-first, fifty-seventh, ninety-seventh,
  hundred-sixth): "180 Megawatt", "mehr als 4.000 Megawatt" "over", "etwa 1,4 Gigawatt"
  "about", "mehr als einem Gigawatt" 1 "over" (the dative number word), "a 1.4-gigawatt
  campus" 1.4, "rund 2,6 Terawattstunden" "about", "rund 22 Milliarden Kilowattstunden"
  22,000,000,000 "about" (ninety-seventh: "rund 19 Milliarden Kilowattstunden"), "7,420
  gigawatt hours ..., 2,110 gigawatt hours", "as much electricity as about one million
  homes" 1,000,000 "about", "rund 1,8 Terabyte" "about" (hundred-sixth: "42 Terabyte"),
  "11.4 gigabytes" 11.4, "ein Lösegeld von 85 Bitcoin" 85 (fifty-first: a cryptocurrency is
  a count) beside "umgerechnet gut 7 Millionen Euro" "over" ("umgerechnet" no hedge,
  hundred-seventeenth), "mindestens 80.000 KI-Hochleistungschips" "at_least", "about 1.4
  million of its flagship accelerators" "about". Node sizes are counts (fifty-first,
  ninety-seventh): "im 22- und 28-Nanometer-Verfahren" 22 and 28 - the suspended hyphen
  lends the unit to the first figure (hundred-twenty-first: "20th- and 21st-century art").
  Spectrum bands and blocks are counts (fifty-first: "the 3.45 GHz band", "25 Frequenzblöcke
  zu je 10 Megahertz"): "im 26-Gigahertz-Band" 26, "im 3,4-Gigahertz-Band" 3.4, "2.400
  Megahertz an Spektrum", "the 700 MHz and 3.5 GHz bands" 700 and 3.5; speeds likewise ("the
  10Mbit/s speed" 10, fifty-first). "5G", "5G-Netz", "5G-Tarif" and "standalone 5G" carry
  none (a technology's name, fifty-first: "für 4G und 5G"), nor do "DSL", "AI Act", "Digital
  Markets Act" and "KI-Gigafabriken".
- Shares of national and urban consumption and coverage (fifty-first, ninety-seventh):
  percentages ("24.6% of all metered electricity ..., against 22.1%", "gut 4,5 Prozent des
  Landesverbrauchs" "over", "auf 8 bis 10 Prozent" both - "mehr als verdoppeln" a verb,
  none, hundred-seventeenth -, "about 5.1% ... at between 9% and 13%" - "between" no hedge
  -, "81 Prozent der österreichischen Haushalte ..., erst 29 Prozent" - "erst" no hedge -,
  "to 86% of UK homes, up from 79%", "74% of premises", "94% of premises ... only about
  38%", "99% of the country by 2032", "Gut 48 Prozent der Haushalte" "over", "mindestens 99
  Prozent der Bevölkerung" "at_least", "rund 97 Prozent der Bevölkerung" "about", "about 90%
  of app downloads"), or fractions ("fast einem Zehntel der Spitzenlast" 0.1 "nearly",
  "knapp ein Drittel des Strombedarfs der Stadt" 0.3333 "nearly", "knapp einem Viertel von
  ihnen" 0.25 "nearly", the dative as "rund einem Drittel", hundred-fourteenth). A forecast
  or a target with a figure is check-worthy (seventh, hundred-nineteenth,
  hundred-twenty-second: "Bis 2035 könnte sich ihr Anteil ... auf 8 bis 10 Prozent mehr als
  verdoppeln.", "The government wants gigabit coverage to reach 99% ... by 2032.", "Die
  Wiederherstellung ... werde voraussichtlich drei bis vier Wochen dauern"). New: "from at
  least one operator" is count 1 "at_least" - a number word with its hedge, as "more than
  one procedure" is count 1 "over" (hundred-twentieth); so is "at least one banned
  platform".
- Surveys and polls (forty-first, hundred-sixteenth, hundred-twentieth,
  hundred-twenty-fourth): a share of respondents holding a view or an expectation is a
  measured fact and check-worthy with the speaker unchecked ("nur 18 Prozent halten KI für
  kein Thema", "Fast jedes zweite Unternehmen erwartet, ..." 0.5 "nearly", "In a poll of
  1,050 parents, 61% said they believed ..."); "Gut jedes dritte Unternehmen" 0.3333 "over"
  and "erst jedes fünfte" 0.2 (the issue's "jeder vierte"; "erst" no hedge,
  hundred-sixteenth); "Zwei von drei Unternehmen" 0.6667 and "one in five of them" 0.2 - the
  ratio without an article is a share (hundred-twenty-fourth: "rund neun von zehn Zügen"),
  while "Only two of the four bidders" with the article stays two counts (forty-first: a
  definite group); "about two in five households" 0.4 "about" (hundred-fourteenth: "gut zwei
  Fünftel"); "unter 604 Unternehmen mit mindestens 20 Beschäftigten" 604 and 20 "at_least"
  ("unter" names the survey's base, hundred-fifteenth).
- Results (seventy-third, hundred-sixth): quarters are ordinals ("fourth-quarter",
  "first-quarter", "mostly in the first quarter", "im ersten Quartal seines Geschäftsjahres
  2025/26" with both years, hundred-sixth: "das Geschäftsjahr 2024/25"); "um 1,8
  Prozentpunkte auf 22,4 Prozent" 1.8 pp and 22.4; "narrowed to 72.4% from 75.1%" both;
  "plus or minus 2%" 2 with no hedge (hundred-fourteenth: "plus or minus 1.9 percentage
  points"); guidance and charge ranges give both ends ("zwischen 12 und 15 Prozent",
  "zwischen 5,4 und 5,6 Milliarden Euro", "$180 million to $220 million", "$120 billion to
  $125 billion"); a consensus figure is check-worthy with no checked speaker ("Analysts had
  on average expected revenue of $37.2 billion, according to LSEG data." - "on average" no
  hedge); share prices and dividends are money ("auf 148,20 Euro", "to $228.90", "to
  $61.14", "um 5 Cent auf 0,82 Euro je Aktie" 0.05 and 0.82 EUR, Cent the euro cent,
  hundred-fifteenth); "more than double the number a year ago" count 2 "over"
  (hundred-sixth: "more than double the previous record"), while "That would more than
  double the $35 billion valuation" carries no count - "double" is a verb there, as "more
  than doubled" (hundred-tenth) and "mehr als verdoppeln". New: "narrowed to 72.4% from
  75.1% a quarter earlier" carries no fraction - "a quarter" names a fiscal period as "a
  year" does in "a year earlier" (none, every batch), while "about a quarter of total
  revenue" in the next story is 0.25 "about" and "by about a quarter since its 2022 peak"
  0.25 "about" (hundred-seventeenth: "by about a quarter"); "the company's most recent
  quarter" carries none.
- Fines and their ceilings are money and percentages (fifty-first, hundred-sixth): "up to 7%
  of their worldwide annual revenue or 35 million euros, if that is more" 7 "up_to" and
  35,000,000 EUR with no hedge, "up to 15 million euros or 3% of turnover" the first "up_to"
  and the second none, "Bußgelder von bis zu 35 Millionen Euro oder sieben Prozent des
  weltweiten Jahresumsatzes" likewise - the hedge before the first figure only
  (seventy-eighth, hundred-sixth: "gut 9,4 Millionen Mobilfunk- und 1,1 Millionen
  Festnetzkunden"; sixty-fifth: "can reach 35 million euros or 7% ..." both none) -; "fines
  of up to 10% of global turnover" and "penalties of up to 10% of a company's global
  turnover" "up_to"; "a 480 million euro fine" 480,000,000 EUR; "a ransom of $12 million".
- Subsidies, grants, capex and funding in the currency written (every batch): "für rund 11
  Milliarden Euro" "about", "mit zusammen knapp fünf Milliarden Euro" 5,000,000,000 "nearly"
  ("zusammen" no hedge), "gut 2,5 Millionen Euro" "over", "Die Beihilfe von 4,85 Milliarden
  Euro", "zwischen dreieinhalb und sechs Milliarden Euro" 3,500,000,000 and 6,000,000,000
  (the unit written once serves both, seventy-sixth; the issue reads "dreieinhalb" as
  "dreitägige"), "by $1.6 billion to $4.5 billion", "a 7.5% equity stake", "a combined $470
  billion" ("combined" no hedge), "about $6 billion ... roughly $80 billion" "about", "$30
  billion over five years" (5 years; "over" before a span no hedge, hundred-sixteenth), "1,3
  Milliarden Franken", "rund 560 Millionen Franken" and "rund 410 Millionen Franken" CHF
  "about", "more than 15 billion euros" "over", "600 million euros a year" ("a year" none),
  "about £4 billion a year" GBP "about". Rupees are INR (hundredth, hundred-seventh,
  hundred-twelfth): "1.12 trillion rupees ($13.4 billion)" INR and USD (the converted figure
  in brackets with no hedge, eightieth), "well short of the 3.9 trillion rupees" with no
  hedge ("short of" before the article, hundred-twenty-first: "short of its $300 million
  presale estimate"), "more than 100 billion rupees each" "over" ("each" none), "96 billion
  rupees". "einen zweistelligen Millionenbetrag" and «verschenkt der Bund Millionen» carry
  none (vague magnitudes, hundred-sixth and hundred-eighteenth).
- Users, accounts, subscribers, households and jobs are counts (fifty-first, hundred-sixth):
  "about 8.7 million people", "roughly 2.1 million members", "more than 90 million weekly
  users" "over", "more than 1.19 billion mobile subscribers, of whom about 290 million"
  (hundred-fourteenth: "248 members, 131 of whom"), "about 3.9 million accounts", "by about
  1.2 million", "um 1,2 Millionen auf 42,6 Millionen", "rund 22,3 Millionen Haushalte ...,
  4,6 Millionen mehr als ein Jahr zuvor" (the "mehr als" after the figure compares,
  hundred-first), "rund 12'000 Haushalte" and "1'340 Unterschriften" and "mehr als 3'000
  Einsprachen" (Swiss apostrophe, tenth), "rund 65'000 Dokumente ..., rund 2'300 Dokumente",
  "bis zu 640.000 Datensätze" "up_to", "420 seiner rund 3.100 Stellen" (the hedge on the
  second only, hundred-seventeenth), "bis zu 300 Betroffene" "up_to", "rund 1.800
  Vollzeitstellen", "about 1,400 employees, or roughly 9%", "up to 3,200 jobs ..., about
  4%", "About 850 of the cuts", "about 2,000 people ..., down from the 3,500", "More than
  150,000 tech workers" "over". "Für gut 150 Beschäftigte über 55 Jahre" is 150 "over" and
  55 years "over" ("über" right before the figure, hundred-twentieth: "Frauen über 65
  Jahre"); "children under 16" 16 years "under" (eighty-ninth and ninety-seventh: the same
  ban). Counts otherwise: "43 Städten und Gemeinden", "14 Bundesämter und rund 40 kantonale
  Stellen", "Drei Betreiber", "mindestens 1.000 Sendeanlagen, ein Drittel davon" 1,000
  "at_least" and 0.3333 ("davon" no hedge), "an die drei bisherigen Anbieter", "mit fünf
  Standorten um eine der ..." 5 ("eine der" a pronoun, forty-first), "zusammen drei
  Bewerbungen", "in sieben ausgewiesenen Zonen", "the 27 member states", "About 40 European
  companies", "three former university researchers", "The four largest US cloud providers",
  "the two companies ... The two stores" 2 (eighth: "The two leaders"), "in 20 equal annual
  instalments", "Ten platforms ..., among them the three video apps", "one fab instead of
  two" 1 and 2 (hundred-eighteenth: "One farmer was charged" count 1), "At least three
  class-action lawsuits" "at_least", "rund 70 Rechenzentren", "fast das Dreifache" 3
  "nearly" (hundred-sixteenth: "das Dreifache"), "einen Zwölf-Punkte-Plan" 12
  (hundred-sixteenth: "einen Zehn-Punkte-Plan").
- Ordinals (forty-first, hundred-sixth, hundred-sixteenth): "ein zweites Werk", "das zweite
  Werk", "Im ersten Werk", "nach einer ersten Auswertung" (ninety-ninth: "nach einer ersten
  Schätzung"), "Die erste Lesung", "die neunte Genehmigung ... seit 2023", "der dritte
  grössere Angriff ... innert zwei Jahren" 3 and 2 years (hundred-sixth: "mit dem dritten
  grösseren Netzausfall"), "ended on its fourth day", "its second round of cuts within 11
  months" 2 and 11 months, "the third chip subsidy", "the first ruling by an EU court",
  "after their first year" 1. New: "has issued formal warnings to two platforms and is
  investigating a third" gives count 2 and ordinal 3 - the elliptic "a third" after "two
  platforms" counts the platforms in turn and is no share, as the elliptic "den ersten"
  (eighty-ninth) and "das dritte gegen Kommvia" (hundred-sixth), while "about a third of
  those affected" is 0.3333 "about". "first" as an adverb ("Brightwell first detected")
  carries none (seventy-sixth, hundred-sixth); "the largest", "am besten ausgebaute" and
  "Rekordumsatz" carry none (forty-first).
- Durations (the issue: "fünfstündigen"; every batch): "Eine gut fünfstündige Störung" 5
  hours "over" (hundred-twentieth: "einen mehr als zweistündigen Schlagabtausch";
  hundred-sixteenth: "Die knapp fünfstündige Befragung"), "anderthalb Jahre" 1.5 years
  (fiftieth and hundred-twenty-second: "anderthalb Jahre"; "im Schnitt" no hedge), "drei bis
  vier Wochen" both (the unit written once, forty-eighth), "für 20 Jahre", "15 Jahre
  gelten", "innert 24 Stunden", "in den kommenden drei Jahren", "in den kommenden fünf
  Jahren", "by 12 months", "a two-year pause", "a two-year moratorium", "in three days",
  "just eight months ago" ("just" no hedge), "at least 12 weeks' severance" "at_least", "six
  months of paid health coverage", "seven weeks later", "for 24 months", "within 14 days",
  "after 18 months", "a 20-year agreement", "within two months and 10 days" both
  (hundred-second and hundred-sixth: the same appeal period), ages only as bounds (above);
  "in zehn Jahren" in a negative, labelled. None: "im Vorjahr", "ein Jahr zuvor", "seit
  Monaten", "heuer", "bis zum Mittag", "eines Jahrzehnts", "last year", "this year", "a year
  earlier", "a year ago", "less than a year", "more than a month", "within a day", "within
  minutes", "in minutes".
- Years and dates: "Ab 2029", "bis 2030", "Bis 2035", "Bis Ende 2028", "von 2019", "im Jahr
  2019", "Seit April 2025", "seit 2023", "ab 2032", "ab Juli 2026 ... ab 2028", "Für 2025",
  "bis 2030" (in a negative), "nach 2027" (in a negative), "bis 2027", "in 2017", "until
  2028", "since 2010", "its 2030 climate targets" (in a negative), "in 2021", "to August
  2027", "a 2021 injunction", "in 2024", "by 2032", "in 2030 rather than 2028", "due to
  restart in 2028", "by the end of 2027", "since 2023", "its 2022 peak", "the 2022 law" the
  years; "since Feb. 2, 2025, and ... since Aug. 2, 2025" and "ab dem 2. August 2026" full
  dates (forty-fifth, hundred-sixth: "on Aug. 8, 2023"); "on Dec. 9", "on Jan. 29", "für den
  19. März", "bis zum 30. April", "am 15. Juni" dates without a year; Reuters and AAP
  datelines with a day ("SANTA CLARA, California, Jan 14" with the state between city and
  day as "COLOGNE, Germany, June 26", hundred-fourteenth, "DUBLIN, Jan 20", "BRUSSELS, Jan
  29", "NEW DELHI, Feb 11", "WASHINGTON, Feb 25", "HELSINKI, March 9", "SYDNEY, March 12
  (AAP)", "LUXEMBOURG, March 18") dates without a year; dpa, dpa-AFX, APA, Keystone-SDA,
  Reuters German ("Brüssel (Reuters) -"), AP, PA and Bloomberg ("(Bloomberg) --",
  hundred-sixth) datelines none (seventy-ninth). Months, weekdays and seasons alone ("im
  Herbst", "im März", "Ende Dezember", "bis Ende Juni", "im Oktober", "last March", "since
  January", "since December") none.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly", "Some"
  "about"; "knapp", "fast", "Fast", "nearly" "nearly"; "mehr als", "gut", "Gut", "über"
  (right before the figure), "more than", "More than" "over"; "under" "under"; "bis zu", "up
  to" "up_to"; "mindestens", "at least", "At least" "at_least". No hedge: "zusammen",
  "combined", "bereits", "erst", "nur", "only", "Only", "just", "umgerechnet", "im Schnitt",
  "on average", "davon", "among them", "each", "zwischen", "between", "weit unter jenem",
  "well short of the", "below the", "plus or minus", "over" before a span, "within", and
  "mehr als" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte das
  Bundeswirtschaftsministerium am Dienstag mit", "teilte die RTR am Montag mit"
  (fifty-first: "die RTR"), "teilte das Unternehmen mit" (three times, once "am Mittwoch"),
  "teilte die Kommission mit", "teilte das Bundesamt für Cybersicherheit mit", "wie die
  ComCom am Dienstag mitteilte" the source with its article in the nominative, the weekday
  dropped (hundred-fourteenth, hundred-sixteenth); "teilte die Betreiberin mit" -> "die
  Betreiberin" (a common noun with the article, hundred-fifteenth: "das Land"); "teilte
  Bitkom mit" and "teilte Lumetra mit" as written (hundred-sixth: "teilte Datenwacht mit");
  "nach Angaben des Bakom" -> "das Bakom" (fifty-first); "sagte X" with the title dropped
  ("RTR-Geschäftsführerin", "Geschäftsführer", "Betriebsratschef", "Vorstandschef"), "sagte
  Brinkhoff" as written, "Hsinlan-Europachef Martin Wessely sagte, ..." -> "Martin Wessely"
  (hundred-twentieth), "so Bitkom-Präsidentin Anke Schlüter" -> "Anke Schlüter"
  (hundred-fourteenth: "so Synodalratspräsidentin Verena Amstutz"). English: "the company
  said Thursday", "the company said in a regulatory filing Friday", "..., the company said."
  and "The company said ..." -> "the company" (hundred-sixth); "Quillstack said", "Lumora
  said", "Stratosfera said" as written; "Chief Financial Officer Marisa Okonkwo said" and
  "In a memo to staff, CEO Priya Raman said" the name with the title and occasion dropped
  (hundred-sixth); "the Central Statistics Office said on Tuesday", "the telecoms ministry
  said on Wednesday" and "the ministry said" (hundred-fourteenth: "the finance ministry
  said"), "the department said on Wednesday" -> "the department" (seventy-ninth), "the CMA
  said" (fifty-first: "the FCC said"), "the regulator said" and "The regulator said ..." ->
  "the regulator" (hundred-twenty-fifth), "The General Court said ..." -> "the General
  Court", "according to Ofcom" and "Ofcom said" as written (hundred-twentieth: "according to
  Barb"), "the eSafety Commissioner says" -> "the eSafety Commissioner" (eighty-ninth and
  ninety-seventh: "the eSafety Commissioner said"; hundred-twentieth: "the ONS says"). New:
  "The statistics office said ..." -> "the statistics office" - the body named in full in
  the story's lead taken up by its common noun, as "the college" and "the society"
  (hundred-twenty-third). Left unchecked (None): "wie das kantonale Energieamt mitteilte" (a
  lower-case adjective heading the source, as "Nach Angaben der vietnamesischen
  Bischofskonferenz", hundred-fourteenth), "rechnete ... vor" (hundredth), "beziffert",
  "schätzt", "nach Unternehmensangaben", "nach Branchenangaben" and "nach eigenen Angaben"
  (hundred-seventeenth: "nach Verbandsangaben"), "nach Angaben des Verbands" (a masculine
  genitive, hundred-eighteenth), "nach Informationen von heise online" (hundred-sixth),
  "Laut Breitbandatlas" (a document, hundred-second), "Einer Studie im Auftrag des
  Bundesamts für Energie zufolge" (a study), "kündigte Rheinnetz an", roles without a name
  ("sagte eine Sprecherin des Netzbetreibers", "sagte ein Sprecher des Digitalministeriums",
  "a company spokesperson said"), "according to LSEG data", "according to the ministry's
  data", "according to a term sheet seen by Reuters", "regulatory filings show", "a company
  filing shows", "according to company guidance compiled by Bloomberg" (data and documents),
  "said the people" and "according to people familiar with the matter" (hundred-sixth), "An
  industry group representing the operators said", "Developers told the regulator", "Both
  companies said", "The CMA estimates", "Messaging app Chatterbox, which ..., said" (a
  description before and around the name, fortieth and hundred-sixth), "according to the
  tracking site Layoffs Ledger" and "according to research firm Dell'Oro Group"
  (hundred-sixth: "according to the tracking site TechCuts"), "found" of a judge, "it said
  on Monday" (a pronoun), "which Brightwell said" (a relative clause), rows without
  attribution and all negatives, also those with a named speaker.
- Negatives (ninety-eighth, hundred-sixth, hundred-nineteenth, hundred-twenty-fourth): chief
  executives', officials' and founders' visions and hype in quotes, also with a named
  speaker ("The age of AI factories has begun, ...", "We have to become an AI-first company,
  ...", "We are building the most capable and most trustworthy models on the planet," - a
  superlative without a benchmark, hundred-sixth -, „Dresden wird zum Herzen ...“, «Wir
  bauen hier die Infrastruktur, ...», „Wir stehen erst am Anfang eines Jahrzehnts des
  Wachstums“, "The 5G investment cycle has peaked, ...", „Wer bei der KI nicht vorne
  mitspielt, ...“ with its 10 years labelled); slogans and rhetoric („Ohne Strom keine KI,
  ...“, „Deutschland verschläft die KI-Revolution nicht mehr, ...“, „Innovation ermöglichen
  und nicht verwalten“, „Das ist ein Angriff auf ...“, «Es kann nicht sein, ...», „Wir haben
  unser Versprechen ... gehalten“ - a boast without a checkable content -, ""Every one of
  these campuses is leased out before the concrete is poured,"" - an analyst's generic claim
  in quotes, hundredth); labels of critics, campaigners, unions, lobbies and officials
  ("kritisierten die Ausbauauflagen als „praxisfern ...“", "nannte den Abbau „eine
  industriepolitische Bankrotterklärung“", "sprach von „Subventionen mit der Gießkanne
  ...“", «Ohne Auktion verschenkt der Bund Millionen ...» - "Millionen" no amount -, "called
  the figures "a warning light ..."", "called the proposal "a gift to Big Tech ..."",
  "masked "a digital divide ..."", "hailed the ruling as ...", "in no mood to overpay",
  "treating its engineers like a cost line", "a shakedown", "a step forward, but a small
  one", "confirms that the DMA has teeth", "working as intended", ""disappointed but not
  surprised"", "legal certainty" as a commissioner's promise without a measure); verdicts
  with "halten ... für" ("Kritiker halten die Milliardenhilfen für ein teures Wettrennen
  ...", hundred-first) and in Konjunktiv I (above); a doubt reported ("Der Europäische
  Rechnungshof hatte ... bezweifelt, dass ..." - an indirect question left open, as "It
  remains unclear whether ...", hundred-fourteenth); warnings without a figure ("Security
  researchers warned ...", "Umweltverbände warnten vor ..."; forty-seventh); investors',
  traders' and analysts' moods ("Some investors wonder how long ...", "Investors have
  started asking when, if ever, ...", "Händler lobten ...", "Analysten sprachen von einem
  „soliden, aber unspektakulären Zahlenwerk“"; seventy-third); open and rhetorical questions
  ("Ob die Betreiber ...", "Wie viele der abgeflossenen Daten ...", "Ob die Unternehmen
  damit tatsächlich produktiver werden, ...", "Wie die Behörde ...", "Ob das Werk in Leoben
  auch nach 2027 ..." with its year labelled, "Whether Ireland can meet its 2030 climate
  targets ..." with its year labelled, "Will Brussels blink again ...?", "Is a ban that
  children can dodge in minutes worth having at all?"); users' and residents' reactions and
  attitudes ("employees were posting screenshots ...", "Anwohner in Fechenheim klagen ...",
  "Viele Kundinnen und Kunden sehen schlicht keinen Grund, ...", a Melbourne mother's vox
  pop); an apology ("... and we are deeply sorry," hundred-sixth); a no-comment line ("A
  representative for Meridian declined to comment ...") and a ruling to be studied first
  ("Lumora said it would examine the written ruling carefully before taking any decision.";
  hundred-second and hundred-sixth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_128 = [
    # --- Chipwerk in Dresden (dpa) ---
    (
        "de",
        "Dresden (dpa) - Der taiwanische Chipauftragsfertiger Hsinlan Semiconductor will in Dresden für rund 11 Milliarden Euro ein zweites Werk bauen.",
        True,
        [("money", 11000000000, "EUR", "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bund und Freistaat wollen das Vorhaben mit zusammen knapp fünf Milliarden Euro fördern, teilte das Bundeswirtschaftsministerium am Dienstag mit.",
        True,
        [("money", 5000000000, "EUR", "nearly")],
        "das Bundeswirtschaftsministerium",
    ),
    (
        "de",
        "Pro geschaffenem Arbeitsplatz entspräche das einer Subvention von gut 2,5 Millionen Euro, rechnete das Kieler Institut für Weltwirtschaft vor.",
        True,
        [("money", 2500000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Ab 2029 sollen dort bis zu 1.900 Beschäftigte vor allem Chips für die Autoindustrie im 22- und 28-Nanometer-Verfahren fertigen.",
        True,
        [
            ("year", 2029, None, None),
            ("count", 1900, None, "up_to"),
            ("count", 22, None, None),
            ("count", 28, None, None),
        ],
        None,
    ),
    (
        "de",
        "Im ersten Werk des Konzerns in Dresden, das im Herbst die Produktion aufnehmen soll, arbeiten nach Unternehmensangaben bereits 1.150 Menschen.",
        True,
        [("ordinal", 1, None, None), ("count", 1150, None, None)],
        None,
    ),
    (
        "de",
        "„Dresden wird zum Herzen der europäischen Chipindustrie“, sagte der Dresdner Wirtschaftsbürgermeister Jens Holtmann bei der Vorstellung der Pläne.",
        False,
        [],
        None,
    ),
    ("de", "Die Förderung muss noch von der EU-Kommission beihilferechtlich genehmigt werden.", True, [], None),
    (
        "de",
        "Kritiker halten die Milliardenhilfen für ein teures Wettrennen mit den USA und Asien, das Europa kaum gewinnen könne.",
        False,
        [],
        None,
    ),
    # --- Korvex results (Reuters) ---
    (
        "en",
        "SANTA CLARA, California, Jan 14 (Reuters) - Chipmaker Korvex on Wednesday reported fourth-quarter revenue of $38.6 billion, up 61% from a year earlier, as demand for its data centre processors kept outstripping supply.",
        True,
        [
            ("date", "--01-14", None, None),
            ("ordinal", 4, None, None),
            ("money", 38600000000, "USD", None),
            ("percent", 61, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Data centre sales made up $33.1 billion of the total, while revenue from gaming chips fell 4% to $2.9 billion.",
        True,
        [("money", 33100000000, "USD", None), ("percent", 4, "%", None), ("money", 2900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Analysts had on average expected revenue of $37.2 billion, according to LSEG data.",
        True,
        [("money", 37200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Gross margin narrowed to 72.4% from 75.1% a quarter earlier, which the company put down to the cost of ramping up production of its newest chips.",
        True,
        [("percent", 72.4, "%", None), ("percent", 75.1, "%", None)],
        None,
    ),
    (
        "en",
        "Korvex forecast first-quarter revenue of $41 billion, plus or minus 2%.",
        True,
        [("ordinal", 1, None, None), ("money", 41000000000, "USD", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Marisa Okonkwo said the company had shipped about 1.4 million of its flagship accelerators in the quarter, more than double the number a year ago.",
        True,
        [("count", 1400000, None, "about"), ("count", 2, None, "over")],
        "Marisa Okonkwo",
    ),
    (
        "en",
        '"The age of AI factories has begun, and every company on earth is going to need one," Chief Executive Lin Tao-wei told analysts on a conference call.',
        False,
        [],
        None,
    ),
    ("en", "Some investors wonder how long the cloud giants can keep spending at this pace.", False, [], None),
    # --- Quillstack layoffs (AP) ---
    (
        "en",
        "SAN FRANCISCO (AP) — Software maker Quillstack is laying off about 1,400 employees, or roughly 9% of its workforce, as it redirects money to artificial intelligence, the company said Thursday.",
        True,
        [("count", 1400, None, "about"), ("percent", 9, "%", "about")],
        "the company",
    ),
    (
        "en",
        "In a memo to staff, CEO Priya Raman said the cuts would fall mostly on sales and recruiting teams.",
        True,
        [],
        "Priya Raman",
    ),
    (
        "en",
        "Affected workers in the U.S. will get at least 12 weeks' severance and six months of paid health coverage.",
        True,
        [("duration", 12, "week", "at_least"), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Quillstack already eliminated 600 positions last March, making this its second round of cuts within 11 months.",
        True,
        [("count", 600, None, None), ("ordinal", 2, None, None), ("duration", 11, "month", None)],
        None,
    ),
    (
        "en",
        "Quillstack said it expects to book restructuring charges of $180 million to $220 million, mostly in the first quarter.",
        True,
        [("money", 180000000, "USD", None), ("money", 220000000, "USD", None), ("ordinal", 1, None, None)],
        "Quillstack",
    ),
    (
        "en",
        '"We have to become an AI-first company, and that means making hard choices," Raman wrote.',
        False,
        [],
        None,
    ),
    (
        "en",
        "More than 150,000 tech workers lost their jobs last year, according to the tracking site Layoffs Ledger.",
        True,
        [("count", 150000, None, "over")],
        None,
    ),
    (
        "en",
        "Within minutes of the announcement, employees were posting screenshots of their disabled logins on social media.",
        False,
        [],
        None,
    ),
    # --- Frequenzauktion (APA) ---
    (
        "de",
        "Wien (APA) - Die Versteigerung von Mobilfunkfrequenzen im 26-Gigahertz-Band hat 48,6 Millionen Euro eingebracht, teilte die RTR am Montag mit.",
        True,
        [("count", 26, None, None), ("money", 48600000, "EUR", None)],
        "die RTR",
    ),
    (
        "de",
        "Drei Betreiber ersteigerten zusammen 2.400 Megahertz an Spektrum, das Mindestgebot war bei 21 Millionen Euro gelegen.",
        True,
        [("count", 3, None, None), ("count", 2400, None, None), ("money", 21000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Nutzungsrechte gelten für 20 Jahre und sollen vor allem in Ballungsräumen und an Industriestandorten sehr hohe Datenraten ermöglichen.",
        True,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Bis Ende 2028 müssen die Netzbetreiber mindestens 1.000 Sendeanlagen errichten, ein Drittel davon außerhalb der Landeshauptstädte.",
        True,
        [("year", 2028, None, None), ("count", 1000, None, "at_least"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Der Erlös liege damit weit unter jenem der Auktion im 3,4-Gigahertz-Band von 2019, die 203 Millionen Euro gebracht habe, sagte RTR-Geschäftsführerin Henriette Pölzl.",
        True,
        [("count", 3.4, None, None), ("year", 2019, None, None), ("money", 203000000, "EUR", None)],
        "Henriette Pölzl",
    ),
    (
        "de",
        "Laut Breitbandatlas können heuer 81 Prozent der österreichischen Haushalte ein 5G-Netz nutzen, einen Glasfaseranschluss bis in die Wohnung haben erst 29 Prozent.",
        True,
        [("percent", 81, "%", None), ("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Die Mobilfunker kritisierten die Ausbauauflagen als „praxisfern und investitionsfeindlich“.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Betreiber die Versorgungsauflagen fristgerecht erfüllen können, ist offen.", False, [], None),
    # --- Ireland's data centres (Reuters) ---
    (
        "en",
        "DUBLIN, Jan 20 (Reuters) - Data centres accounted for 24.6% of all metered electricity used in Ireland last year, against 22.1% a year earlier and more than every urban household put together, the Central Statistics Office said on Tuesday.",
        True,
        [("date", "--01-20", None, None), ("percent", 24.6, "%", None), ("percent", 22.1, "%", None)],
        "the Central Statistics Office",
    ),
    (
        "en",
        "Their consumption rose 9% to 7,420 gigawatt hours, compared with 2,110 gigawatt hours in 2017.",
        True,
        [
            ("percent", 9, "%", None),
            ("count", 7420, None, None),
            ("count", 2110, None, None),
            ("year", 2017, None, None),
        ],
        None,
    ),
    (
        "en",
        "Grid operator EirGrid has in effect halted new data centre connections in the Dublin region until 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Under a new government policy, operators must match at least 80% of their annual demand with new renewable generation built in Ireland.",
        True,
        [("percent", 80, "%", "at_least")],
        None,
    ),
    (
        "en",
        "An industry group representing the operators said the sector had invested more than 15 billion euros in Ireland since 2010 and supported about 16,000 jobs.",
        True,
        [("money", 15000000000, "EUR", "over"), ("year", 2010, None, None), ("count", 16000, None, "about")],
        None,
    ),
    (
        "en",
        "The statistics office said large energy users other than data centres accounted for just 9% of metered demand.",
        True,
        [("percent", 9, "%", None)],
        "the statistics office",
    ),
    (
        "en",
        'Environmental campaigners called the figures "a warning light flashing on the national grid."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether Ireland can meet its 2030 climate targets while data centre demand keeps climbing is far from clear.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Rechenzentrum im Kanton Zürich (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Im Zürcher Unterland soll bis 2030 ein Rechenzentrumscampus mit einer Anschlussleistung von 180 Megawatt entstehen.",
        True,
        [("year", 2030, None, None), ("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht fast einem Zehntel der Spitzenlast des ganzen Kantons, wie das kantonale Energieamt mitteilte.",
        True,
        [("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Investitionen beziffert die Betreiberin auf 1,3 Milliarden Franken.",
        True,
        [("money", 1300000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Einer Studie im Auftrag des Bundesamts für Energie zufolge verbrauchten Schweizer Rechenzentren zuletzt rund 2,6 Terawattstunden Strom, gut 4,5 Prozent des Landesverbrauchs.",
        True,
        [("count", 2.6, None, "about"), ("percent", 4.5, "%", "over")],
        None,
    ),
    (
        "de",
        "Bis 2035 könnte sich ihr Anteil nach dem mittleren Szenario der Studie auf 8 bis 10 Prozent mehr als verdoppeln.",
        True,
        [("year", 2035, None, None), ("percent", 8, "%", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "de",
        "Mit der Abwärme sollen über ein Fernwärmenetz rund 12'000 Haushalte in der Region beheizt werden, teilte die Betreiberin mit.",
        True,
        [("count", 12000, None, "about")],
        "die Betreiberin",
    ),
    (
        "de",
        "«Wir bauen hier die Infrastruktur, ohne die es keine digitale Schweiz gibt», sagte Verwaltungsratspräsident Reto Camenzind.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Anwohnende haben eine Petition gegen das Projekt mit 1'340 Unterschriften eingereicht.",
        True,
        [("count", 1340, None, None)],
        None,
    ),
    # --- Cyberangriff auf Kommunit Nord (dpa) ---
    (
        "de",
        "Hannover (dpa) - Nach einer Cyberattacke auf den IT-Dienstleister Kommunit Nord, der für zahlreiche Kommunen arbeitet, sind die Bürgerämter von 43 Städten und Gemeinden in Niedersachsen seit Sonntag nur eingeschränkt erreichbar.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "de",
        "Die Angreifer hätten Teile der Server verschlüsselt und rund 1,8 Terabyte Daten abgezogen, teilte das Unternehmen mit.",
        True,
        [("count", 1.8, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Betroffen seien nach einer ersten Auswertung bis zu 640.000 Datensätze von Bürgerinnen und Bürgern, darunter Meldedaten und Kfz-Zulassungen.",
        True,
        [("ordinal", 1, None, None), ("count", 640000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Täter fordern nach Informationen von heise online ein Lösegeld von 85 Bitcoin, umgerechnet gut 7 Millionen Euro.",
        True,
        [("count", 85, None, None), ("money", 7000000, "EUR", "over")],
        None,
    ),
    ("de", "„Wir werden nicht zahlen“, sagte Geschäftsführer Malte Brinkhoff.", True, [], "Malte Brinkhoff"),
    (
        "de",
        "„Das ist ein Angriff auf die Handlungsfähigkeit unseres Staates“, sagte Landesinnenministerin Katja Rehbein.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wiederherstellung aller Fachverfahren werde voraussichtlich drei bis vier Wochen dauern, sagte Brinkhoff.",
        True,
        [("duration", 3, "week", None), ("duration", 4, "week", None)],
        "Brinkhoff",
    ),
    (
        "de",
        "Den Schaden schätzt der Niedersächsische Städtetag auf einen zweistelligen Millionenbetrag.",
        True,
        [],
        None,
    ),
    ("de", "Wie viele der abgeflossenen Daten bereits im Darknet kursieren, ist unklar.", False, [], None),
    # --- Meridian Labs funding (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- Artificial intelligence start-up Meridian Labs is in talks to raise about $6 billion in new funding at a valuation of roughly $80 billion, according to people familiar with the matter.",
        True,
        [("money", 6000000000, "USD", "about"), ("money", 80000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "That would more than double the $35 billion valuation it fetched in a round led by sovereign wealth funds just eight months ago.",
        True,
        [("money", 35000000000, "USD", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Meridian's annualized revenue has climbed to about $4.2 billion, said the people, who requested anonymity because the discussions are confidential.",
        True,
        [("money", 4200000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The San Francisco-based company, founded in 2021 by three former university researchers, employs about 2,300 people.",
        True,
        [("year", 2021, None, None), ("count", 3, None, None), ("count", 2300, None, "about")],
        None,
    ),
    (
        "en",
        "Its chatbot has more than 90 million weekly users, a company spokesperson said.",
        True,
        [("count", 90000000, None, "over")],
        None,
    ),
    (
        "en",
        "Meridian has committed to spend $30 billion over five years on computing capacity from cloud providers, regulatory filings show.",
        True,
        [("money", 30000000000, "USD", None), ("duration", 5, "year", None)],
        None,
    ),
    ("en", "A representative for Meridian declined to comment on the funding talks.", False, [], None),
    (
        "en",
        '"We are building the most capable and most trustworthy models on the planet," co-founder Elena Varga said at a conference in Davos last week.',
        False,
        [],
        None,
    ),
    # --- AI Act delay (Reuters) ---
    (
        "en",
        "BRUSSELS, Jan 29 (Reuters) - The European Commission on Thursday proposed pushing back the AI Act's rules for high-risk systems by 12 months, to August 2027, after companies complained that the technical standards they need are not ready.",
        True,
        [("date", "--01-29", None, None), ("duration", 12, "month", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Companies that deploy banned AI practices can be fined up to 7% of their worldwide annual revenue or 35 million euros, if that is more.",
        True,
        [("percent", 7, "%", "up_to"), ("money", 35000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Breaches of the obligations for high-risk systems can cost up to 15 million euros or 3% of turnover.",
        True,
        [("money", 15000000, "EUR", "up_to"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "The ban on practices such as social scoring has applied since Feb. 2, 2025, and the rules for general-purpose models since Aug. 2, 2025.",
        True,
        [("date", "2025-02-02", None, None), ("date", "2025-08-02", None, None)],
        None,
    ),
    (
        "en",
        'Tech Commissioner Ilona Marchetti said the delay would give firms "legal certainty" without weakening the law\'s protections.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Consumer group BEUC called the proposal "a gift to Big Tech wrapped in the language of simplification."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The proposal needs the backing of the European Parliament and of a qualified majority of the 27 member states.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "About 40 European companies, among them several of the bloc's biggest industrial groups, had called in an open letter for a two-year pause.",
        True,
        [("count", 40, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Will Brussels blink again when the next deadline comes round?", False, [], None),
    # --- Quartalszahlen Lumetra (dpa-AFX) ---
    (
        "de",
        "Jena (dpa-AFX) - Der Halbleiterausrüster Lumetra hat im ersten Quartal seines Geschäftsjahres 2025/26 dank der Nachfrage aus der KI-Branche einen Rekordumsatz von 1,42 Milliarden Euro erzielt.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("money", 1420000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Das waren 23 Prozent mehr als ein Jahr zuvor, das bereinigte Ebit stieg um gut ein Drittel auf 318 Millionen Euro.",
        True,
        [("percent", 23, "%", None), ("fraction", 0.3333, None, "over"), ("money", 318000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Ebit-Marge verbesserte sich um 1,8 Prozentpunkte auf 22,4 Prozent.",
        True,
        [("percent", 1.8, "pp", None), ("percent", 22.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Auftragseingang lag mit 1,67 Milliarden Euro erneut über dem Umsatz, jeder vierte Euro kam von Kunden aus Taiwan, teilte Lumetra mit.",
        True,
        [("money", 1670000000, "EUR", None), ("fraction", 0.25, None, None)],
        "Lumetra",
    ),
    (
        "de",
        "Für das Gesamtjahr bestätigte der Vorstand seine Prognose eines Umsatzwachstums zwischen 12 und 15 Prozent.",
        True,
        [("percent", 12, "%", None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "de",
        "Die Aktie legte im Xetra-Handel bis zum Mittag um 7,3 Prozent auf 148,20 Euro zu.",
        True,
        [("percent", 7.3, "%", None), ("money", 148.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir stehen erst am Anfang eines Jahrzehnts des Wachstums“, sagte Vorstandschefin Carola Weidenbach.",
        False,
        [],
        None,
    ),
    ("de", "Händler lobten vor allem die überraschend starke Marge.", False, [], None),
    # --- Ofcom broadband report (PA) ---
    (
        "en",
        "LONDON (PA) - Gigabit-capable broadband is now available to 86% of UK homes, up from 79% a year ago, according to Ofcom.",
        True,
        [("percent", 86, "%", None), ("percent", 79, "%", None)],
        "Ofcom",
    ),
    (
        "en",
        "Full-fibre connections reach 74% of premises, the regulator said, although only about two in five households that could get the service have signed up.",
        True,
        [("percent", 74, "%", None), ("fraction", 0.4, None, "about")],
        "the regulator",
    ),
    (
        "en",
        "Some 48,000 premises, mostly in the Highlands and in rural Wales, are still stuck below the 10Mbit/s speed set by the universal service obligation.",
        True,
        [("count", 48000, None, "about"), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Outdoor 5G coverage from at least one operator stands at 94% of premises, but standalone 5G reaches only about 38%.",
        True,
        [("count", 1, None, "at_least"), ("percent", 94, "%", None), ("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        "Average monthly mobile data use per connection rose to 11.4 gigabytes.",
        True,
        [("count", 11.4, None, None)],
        None,
    ),
    (
        "en",
        "Ofcom said 3% of households still had no internet access at home.",
        True,
        [("percent", 3, "%", None)],
        "Ofcom",
    ),
    (
        "en",
        "The government wants gigabit coverage to reach 99% of the country by 2032.",
        True,
        [("percent", 99, "%", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        'Rural campaigners said the figures masked "a digital divide that is getting wider, not narrower."',
        False,
        [],
        None,
    ),
    # --- Stellenabbau bei Murtec (APA) ---
    (
        "de",
        "Graz (APA) - Der steirische Leiterplattenhersteller Murtec baut heuer 420 seiner rund 3.100 Stellen in Österreich ab.",
        True,
        [("count", 420, None, None), ("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Die Fertigung von Standardplatinen werde in das Werk in Malaysia verlagert, teilte das Unternehmen am Mittwoch mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "Der Umsatz war im abgelaufenen Geschäftsjahr um 14 Prozent auf 1,08 Milliarden Euro gesunken, der Nettoverlust betrug 47 Millionen Euro.",
        True,
        [("percent", 14, "%", None), ("money", 1080000000, "EUR", None), ("money", 47000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Am Standort Leoben sollen künftig nur noch Hochleistungsplatinen für Rechenzentren und die Autoindustrie gefertigt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für gut 150 Beschäftigte über 55 Jahre soll es ein Frühpensionsmodell geben, sagte Betriebsratschef Günther Pail.",
        True,
        [("count", 150, None, "over"), ("duration", 55, "year", "over")],
        "Günther Pail",
    ),
    ("de", "Die Gewerkschaft Pro-Ge nannte den Abbau „eine industriepolitische Bankrotterklärung“.", False, [], None),
    (
        "de",
        "Das Land Steiermark richtet eine Arbeitsstiftung für bis zu 300 Betroffene ein.",
        True,
        [("count", 300, None, "up_to")],
        None,
    ),
    (
        "de",
        "Ob das Werk in Leoben auch nach 2027 noch bestehen wird, wollte Konzernchef Ewald Trummer nicht sagen.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Lumora app store ruling (AP) ---
    (
        "en",
        "OAKLAND, Calif. (AP) — A federal judge ruled Thursday that Lumora must let app developers steer customers to cheaper payment options outside its app store and may not charge a commission on those sales.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Lumora currently takes up to 30% of in-app purchases, or 15% from smaller developers and on subscriptions after their first year.",
        True,
        [("percent", 30, "%", "up_to"), ("percent", 15, "%", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        'U.S. District Judge Marianne Cole found that the company had "willfully" defied a 2021 injunction, and she referred the matter to federal prosecutors.',
        True,
        [("year", 2021, None, None)],
        None,
    ),
    ("en", "Lumora said it strongly disagreed with the decision and would appeal.", True, [], "Lumora"),
    ("en", 'Developers\' groups hailed the ruling as "a great day for anyone who builds apps."', False, [], None),
    (
        "en",
        "Shares of Lumora fell 3.2% to $228.90 in afternoon trading.",
        True,
        [("percent", 3.2, "%", None), ("money", 228.9, "USD", None)],
        None,
    ),
    (
        "en",
        "Services, which include the app store, brought in $26.3 billion in the company's most recent quarter, about a quarter of total revenue.",
        True,
        [("money", 26300000000, "USD", None), ("fraction", 0.25, None, "about")],
        None,
    ),
    # --- EU genehmigt Chip-Beihilfe (Reuters) ---
    (
        "de",
        "Brüssel (Reuters) - Die EU-Kommission hat die staatliche Förderung für das zweite Werk von Hsinlan Semiconductor in Dresden genehmigt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Beihilfe von 4,85 Milliarden Euro sei notwendig und angemessen, da die Fabrik ohne sie nicht in Europa gebaut würde, teilte die Kommission mit.",
        True,
        [("money", 4850000000, "EUR", None)],
        "die Kommission",
    ),
    (
        "de",
        "Es ist die neunte Genehmigung auf Grundlage des europäischen Chip-Gesetzes seit 2023.",
        True,
        [("ordinal", 9, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Der europäische Anteil an der weltweiten Fertigungskapazität liegt nach Branchenangaben derzeit bei knapp 9 Prozent.",
        True,
        [("percent", 9, "%", "nearly")],
        None,
    ),
    ("de", "Hsinlan-Europachef Martin Wessely sagte, der Bau solle noch im März beginnen.", True, [], "Martin Wessely"),
    (
        "de",
        "Der Europäische Rechnungshof hatte im vergangenen Jahr bezweifelt, dass die EU ihre Ziele beim Weltmarktanteil erreicht.",
        False,
        [],
        None,
    ),
    ("de", "Der Bund der Steuerzahler sprach von „Subventionen mit der Gießkanne für Weltkonzerne“.", False, [], None),
    # --- India spectrum auction (Reuters) ---
    (
        "en",
        "NEW DELHI, Feb 11 (Reuters) - India's spectrum auction ended on its fourth day with bids worth 1.12 trillion rupees ($13.4 billion), the telecoms ministry said on Wednesday.",
        True,
        [
            ("date", "--02-11", None, None),
            ("ordinal", 4, None, None),
            ("money", 1120000000000, "INR", None),
            ("money", 13400000000, "USD", None),
        ],
        "the telecoms ministry",
    ),
    (
        "en",
        "That was well short of the 3.9 trillion rupees of airwaves the government had put up for sale.",
        True,
        [("money", 3900000000000, "INR", None)],
        None,
    ),
    (
        "en",
        "About 58% of the bids were for frequencies in the 700 MHz and 3.5 GHz bands, which carry 5G services.",
        True,
        [("percent", 58, "%", "about"), ("count", 700, None, None), ("count", 3.5, None, None)],
        None,
    ),
    (
        "en",
        "Only two of the four bidders spent more than 100 billion rupees each, according to the ministry's data.",
        True,
        [("count", 2, None, None), ("count", 4, None, None), ("money", 100000000000, "INR", "over")],
        None,
    ),
    (
        "en",
        "Operators can pay in 20 equal annual instalments after a two-year moratorium, the ministry said.",
        True,
        [("count", 20, None, None), ("duration", 2, "year", None)],
        "the ministry",
    ),
    (
        "en",
        "The previous auction, in 2024, had raised 96 billion rupees in three days.",
        True,
        [("year", 2024, None, None), ("money", 96000000000, "INR", None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "India has more than 1.19 billion mobile subscribers, of whom about 290 million use 5G.",
        True,
        [("count", 1190000000, None, "over"), ("count", 290000000, None, "about")],
        None,
    ),
    (
        "en",
        'Analysts at a Mumbai brokerage said the lukewarm bidding showed operators were "in no mood to overpay."',
        False,
        [],
        None,
    ),
    # --- Datendiebstahl bei Bundeslieferant (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Bei einem Cyberangriff auf einen Softwarelieferanten der Bundesverwaltung sind rund 65'000 Dokumente gestohlen worden, einige davon als vertraulich eingestuft.",
        True,
        [("count", 65000, None, "about")],
        None,
    ),
    (
        "de",
        "Darunter befänden sich auch rund 2'300 Dokumente mit Personendaten von Mitarbeitenden, teilte das Bundesamt für Cybersicherheit mit.",
        True,
        [("count", 2300, None, "about")],
        "das Bundesamt für Cybersicherheit",
    ),
    (
        "de",
        "Die Angreifer hatten die Daten bereits Ende Dezember abgezogen und sie nun im Darknet veröffentlicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Firma mit Sitz in Bern betreut nach eigenen Angaben 14 Bundesämter und rund 40 kantonale Stellen.",
        True,
        [("count", 14, None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte grössere Angriff auf einen Lieferanten des Bundes innert zwei Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Der Bundesrat hat eine Administrativuntersuchung angeordnet, die bis Ende Juni abgeschlossen sein soll.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Es kann nicht sein, dass der Bund seine Daten Firmen anvertraut, die nicht einmal die Grundregeln beherrschen», sagte Nationalrätin Sibylle Hürlimann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit April 2025 müssen Betreiber kritischer Infrastrukturen Cyberangriffe innert 24 Stunden melden.",
        True,
        [("year", 2025, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    # --- Cloud spending (Bloomberg) ---
    (
        "en",
        "(Bloomberg) -- The four largest US cloud providers plan to spend a combined $470 billion on capital expenditure this year, up about 40% from last year, according to company guidance compiled by Bloomberg.",
        True,
        [("count", 4, None, None), ("money", 470000000000, "USD", None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "Most of the money is going into data centres and the chips and power equipment that fill them.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Stratosfera Cloud alone has earmarked $120 billion to $125 billion, including a 1.4-gigawatt campus in Texas that would draw as much electricity as about one million homes.",
        True,
        [
            ("money", 120000000000, "USD", None),
            ("money", 125000000000, "USD", None),
            ("count", 1.4, None, None),
            ("count", 1000000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Stratosfera said it had signed a 20-year agreement to buy power from a nuclear plant in Pennsylvania that is due to restart in 2028.",
        True,
        [("duration", 20, "year", None), ("year", 2028, None, None)],
        "Stratosfera",
    ),
    (
        "en",
        "US data centres used about 5.1% of the nation's electricity last year, and a study by a government-funded laboratory put their share in 2030 at between 9% and 13%.",
        True,
        [
            ("percent", 5.1, "%", "about"),
            ("year", 2030, None, None),
            ("percent", 9, "%", None),
            ("percent", 13, "%", None),
        ],
        None,
    ),
    (
        "en",
        '"Every one of these campuses is leased out before the concrete is poured," said Dev Malhotra, an analyst at Greyrock Research.',
        False,
        [],
        None,
    ),
    ("en", "Investors have started asking when, if ever, the spending will turn into profit.", False, [], None),
    (
        "en",
        "Stratosfera's shares have fallen 11% since it raised its spending forecast on Jan. 29.",
        True,
        [("percent", 11, "%", None), ("date", "--01-29", None, None)],
        None,
    ),
    # --- KI in Unternehmen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Gut jedes dritte Unternehmen in Deutschland setzt inzwischen Künstliche Intelligenz ein, im Vorjahr war es erst jedes fünfte.",
        True,
        [("fraction", 0.3333, None, "over"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Umfrage des Digitalverbands Bitkom unter 604 Unternehmen mit mindestens 20 Beschäftigten hervor.",
        True,
        [("count", 604, None, None), ("count", 20, None, "at_least")],
        None,
    ),
    (
        "de",
        "Weitere 43 Prozent planen oder diskutieren den Einsatz, nur 18 Prozent halten KI für kein Thema.",
        True,
        [("percent", 43, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Zwei von drei Unternehmen nennen rechtliche Unsicherheit durch die KI-Verordnung der EU als größtes Hemmnis, teilte Bitkom mit.",
        True,
        [("fraction", 0.6667, None, None)],
        "Bitkom",
    ),
    (
        "de",
        "Bei Unternehmen mit mehr als 500 Beschäftigten nutze bereits eine klare Mehrheit KI, so Bitkom-Präsidentin Anke Schlüter.",
        True,
        [("count", 500, None, "over")],
        "Anke Schlüter",
    ),
    (
        "de",
        "„Deutschland verschläft die KI-Revolution nicht mehr, aber wir sind noch viel zu langsam“, sagte Schlüter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fast jedes zweite Unternehmen erwartet, dass KI in den kommenden fünf Jahren Stellen in der eigenen Verwaltung überflüssig macht.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 5, "year", None)],
        None,
    ),
    ("de", "Ob die Unternehmen damit tatsächlich produktiver werden, lässt die Studie offen.", False, [], None),
    # --- Brightwell Health breach (AP) ---
    (
        "en",
        "NASHVILLE, Tenn. (AP) — Hackers stole personal and medical information of about 8.7 million people in a ransomware attack on health insurer Brightwell Health, the company said in a regulatory filing Friday.",
        True,
        [("count", 8700000, None, "about")],
        "the company",
    ),
    (
        "en",
        "The stolen records include Social Security numbers of roughly 2.1 million members and diagnosis codes for about a third of those affected.",
        True,
        [("count", 2100000, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Brightwell first detected the intrusion on Dec. 9 but did not notify customers until seven weeks later.",
        True,
        [("date", "--12-09", None, None), ("duration", 7, "week", None)],
        None,
    ),
    (
        "en",
        "It is the largest health data breach reported to the Department of Health and Human Services this year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "A cybercrime group that calls itself NightLantern claimed the attack and demanded a ransom of $12 million, which Brightwell said it had not paid.",
        True,
        [("money", 12000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Patients trusted us with their most private information, and we are deeply sorry," Chief Executive Alan Prewitt said in a video statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Brightwell is offering affected members free credit monitoring and identity protection for 24 months.",
        True,
        [("duration", 24, "month", None)],
        None,
    ),
    (
        "en",
        "At least three class-action lawsuits have already been filed in federal court in Tennessee.",
        True,
        [("count", 3, None, "at_least")],
        None,
    ),
    ("en", "Security researchers warned that many smaller insurers remain dangerously exposed.", False, [], None),
    # --- Aufsicht über KI (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundesnetzagentur soll in Deutschland die Einhaltung der europäischen KI-Verordnung überwachen.",
        True,
        [],
        None,
    ),
    ("de", "Einen entsprechenden Gesetzentwurf hat das Bundeskabinett am Mittwoch beschlossen.", True, [], None),
    (
        "de",
        "Bei der Behörde sollen dafür in den kommenden drei Jahren rund 140 neue Stellen entstehen, die Kosten beziffert der Entwurf auf knapp 28 Millionen Euro jährlich.",
        True,
        [("duration", 3, "year", None), ("count", 140, None, "about"), ("money", 28000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Unternehmen drohen bei Verstößen gegen die Verbote Bußgelder von bis zu 35 Millionen Euro oder sieben Prozent des weltweiten Jahresumsatzes.",
        True,
        [("money", 35000000, "EUR", "up_to"), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Pflichten für Hochrisiko-Systeme greifen nach derzeitigem Stand ab dem 2. August 2026.",
        True,
        [("date", "2026-08-02", None, None)],
        None,
    ),
    (
        "de",
        "Zudem legte das Kabinett einen Zwölf-Punkte-Plan zur Förderung von KI-Start-ups vor.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Digitalministerin Franziska Hallberg sagte, man wolle „Innovation ermöglichen und nicht verwalten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die erste Lesung im Bundestag ist für den 19. März geplant.",
        True,
        [("ordinal", 1, None, None), ("date", "--03-19", None, None)],
        None,
    ),
    ("de", "Wie die Behörde die nötigen KI-Fachleute gewinnen will, blieb offen.", False, [], None),
    # --- Altura chip grant (Reuters) ---
    (
        "en",
        "WASHINGTON, Feb 25 (Reuters) - The U.S. Commerce Department has cut its grant to memory chipmaker Altura Semiconductor by $1.6 billion to $4.5 billion after the company scaled back a planned factory in Ohio, the department said on Wednesday.",
        True,
        [("date", "--02-25", None, None), ("money", 1600000000, "USD", None), ("money", 4500000000, "USD", None)],
        "the department",
    ),
    (
        "en",
        "In return for the remaining money, the government will take a 7.5% equity stake in the project, according to a term sheet seen by Reuters.",
        True,
        [("percent", 7.5, "%", None)],
        None,
    ),
    (
        "en",
        "Altura now plans to build one fab instead of two, with production starting in 2030 rather than 2028.",
        True,
        [("count", 1, None, None), ("count", 2, None, None), ("year", 2030, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The company said the Ohio site would employ about 2,000 people when fully running, down from the 3,500 it had promised.",
        True,
        [("count", 2000, None, "about"), ("count", 3500, None, None)],
        "the company",
    ),
    (
        "en",
        "It is the third chip subsidy the department has renegotiated since January.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Altura's shares rose 2.8% to $61.14 on Wednesday.",
        True,
        [("percent", 2.8, "%", None), ("money", 61.14, "USD", None)],
        None,
    ),
    (
        "en",
        'State Senator Dana Whitfield, whose district includes the site, said she was "disappointed but not surprised" by the smaller project.',
        False,
        [],
        None,
    ),
    ("en", 'Democrats accused the administration of turning the subsidy program into "a shakedown."', False, [], None),
    # --- Rechenzentren in Frankfurt (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Rechenzentren im Raum Frankfurt haben beim Netzbetreiber Anschlüsse für zusammen mehr als 4.000 Megawatt beantragt, fast das Dreifache ihrer heutigen Leistung.",
        True,
        [("count", 4000, None, "over"), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Derzeit beziehen die rund 70 Rechenzentren der Region etwa 1,4 Gigawatt, das ist knapp ein Drittel des Strombedarfs der Stadt.",
        True,
        [("count", 70, None, "about"), ("count", 1.4, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Neue Großanschlüsse könne man frühestens ab 2032 zusagen, sagte eine Sprecherin des Netzbetreibers.",
        True,
        [("year", 2032, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Energieeffizienzgesetz müssen neue Rechenzentren ab Juli 2026 mindestens zehn Prozent und ab 2028 mindestens 20 Prozent ihrer Abwärme weiternutzen.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 10, "%", "at_least"),
            ("year", 2028, None, None),
            ("percent", 20, "%", "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Bundesweit verbrauchten Rechenzentren zuletzt rund 22 Milliarden Kilowattstunden, gut 4 Prozent des deutschen Stroms, schätzt der Branchenverband eco.",
        True,
        [("count", 22000000000, None, "about"), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "„Ohne Strom keine KI, und ohne Netz keinen Strom“, sagte Verbandschefin Jutta Kessler-Rohde.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt will Rechenzentren künftig nur noch in sieben ausgewiesenen Zonen zulassen.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    ("de", "Anwohner in Fechenheim klagen seit Monaten über das Brummen der Kühlanlagen.", False, [], None),
    # --- App stores (PA) ---
    (
        "en",
        "LONDON (PA) - Britain's Competition and Markets Authority (CMA) has ordered the two companies behind the country's main mobile app stores to decide on new apps within 14 days and to publish their ranking criteria.",
        True,
        [("count", 2, None, None), ("duration", 14, "day", None)],
        None,
    ),
    (
        "en",
        "The two stores handle about 90% of app downloads on UK smartphones, the CMA said.",
        True,
        [("count", 2, None, None), ("percent", 90, "%", "about")],
        "the CMA",
    ),
    (
        "en",
        "Developers told the regulator that one in five of them had waited more than a month for an update to be approved.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "Breaches of the new conduct requirements can be punished with fines of up to 10% of global turnover.",
        True,
        [("percent", 10, "%", "up_to")],
        None,
    ),
    (
        "en",
        'Both companies said they would comply, though one warned that the rules risked "exposing British users to scams."',
        True,
        [],
        None,
    ),
    (
        "en",
        "The CMA estimates that UK consumers spend about £4 billion a year inside apps.",
        True,
        [("money", 4000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The regulator said it would review the measures after 18 months.",
        True,
        [("duration", 18, "month", None)],
        "the regulator",
    ),
    ("en", 'The Coalition for App Fairness called the order "a step forward, but a small one."', False, [], None),
    # --- Glasfaserausbau (dpa) ---
    (
        "de",
        "Berlin (dpa) - Gut 48 Prozent der Haushalte in Deutschland können inzwischen einen Glasfaseranschluss bis ins Haus buchen, tatsächlich genutzt wird er aber nur von knapp einem Viertel von ihnen.",
        True,
        [("percent", 48, "%", "over"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus der Marktanalyse des Bundesverbands Breitbandkommunikation hervor, die am Donnerstag in Berlin vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Demnach waren Ende vergangenen Jahres rund 22,3 Millionen Haushalte mit Glasfaser versorgt, 4,6 Millionen mehr als ein Jahr zuvor.",
        True,
        [("count", 22300000, None, "about"), ("count", 4600000, None, None)],
        None,
    ),
    (
        "de",
        "Für 2025 hatte die Gigabitstrategie des Bundes ein Zwischenziel von 50 Prozent ausgegeben.",
        True,
        [("year", 2025, None, None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "Das Ziel, bis 2030 alle Haushalte mit Glasfaser zu versorgen, sei kaum noch zu erreichen, sagte Verbandsgeschäftsführerin Wiebke Tannhäuser.",
        False,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausbaukosten je Anschluss lagen im ländlichen Raum im Schnitt bei 4.300 Euro, in Städten bei etwa 1.100 Euro.",
        True,
        [("money", 4300, "EUR", None), ("money", 1100, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Zwischen Vertragsabschluss und Freischaltung vergehen nach Angaben des Verbands im Schnitt anderthalb Jahre.",
        True,
        [("duration", 1.5, "year", None)],
        None,
    ),
    (
        "de",
        "Viele Kundinnen und Kunden sehen schlicht keinen Grund, ihren funktionierenden DSL-Vertrag zu kündigen.",
        False,
        [],
        None,
    ),
    # --- Nordvik job cuts (Reuters) ---
    (
        "en",
        "HELSINKI, March 9 (Reuters) - Telecom equipment maker Nordvik Networks will cut up to 3,200 jobs worldwide, about 4% of its staff, as operators hold back on spending for 5G networks, it said on Monday.",
        True,
        [("date", "--03-09", None, None), ("count", 3200, None, "up_to"), ("percent", 4, "%", "about")],
        None,
    ),
    (
        "en",
        "About 850 of the cuts will fall in Finland, where the company has already shed 1,100 jobs since 2023.",
        True,
        [("count", 850, None, "about"), ("count", 1100, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Nordvik's sales of mobile network equipment fell 17% last year to 9.8 billion euros, the company said.",
        True,
        [("percent", 17, "%", None), ("money", 9800000000, "EUR", None)],
        "the company",
    ),
    (
        "en",
        "The company expects the savings to reach 600 million euros a year by the end of 2027.",
        True,
        [("money", 600000000, "EUR", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        '"The 5G investment cycle has peaked, and we have to be honest about that," Chief Executive Sanna Lehtovaara told reporters.',
        False,
        [],
        None,
    ),
    ("en", 'Finland\'s Pro union said the company was "treating its engineers like a cost line."', False, [], None),
    (
        "en",
        "Global spending on radio access network equipment has shrunk by about a quarter since its 2022 peak, according to research firm Dell'Oro Group.",
        True,
        [("fraction", 0.25, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    ("en", "Nordvik's shares closed 1.9% higher in Helsinki.", True, [("percent", 1.9, "%", None)], None),
    # --- Mobilfunkkonzessionen (Keystone-SDA) ---
    (
        "de",
        "Biel (Keystone-SDA) - Die Eidgenössische Kommunikationskommission (ComCom) will die Mobilfunkfrequenzen, deren Konzessionen 2028 auslaufen, ohne Auktion an die drei bisherigen Anbieter vergeben.",
        True,
        [("year", 2028, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die neuen Konzessionen sollen 15 Jahre gelten und zusammen rund 560 Millionen Franken kosten, wie die ComCom am Dienstag mitteilte.",
        True,
        [("duration", 15, "year", None), ("money", 560000000, "CHF", "about")],
        "die ComCom",
    ),
    (
        "de",
        "Im Gegenzug müssen die Anbieter bis 2030 mindestens 99 Prozent der Bevölkerung mit 5G versorgen.",
        True,
        [("year", 2030, None, None), ("percent", 99, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Heute erreicht das am besten ausgebaute 5G-Netz des Landes nach Angaben des Bakom rund 97 Prozent der Bevölkerung.",
        True,
        [("percent", 97, "%", "about")],
        "das Bakom",
    ),
    (
        "de",
        "Gegen neue Antennen sind derzeit schweizweit mehr als 3'000 Einsprachen hängig.",
        True,
        [("count", 3000, None, "over")],
        None,
    ),
    (
        "de",
        "Bei der letzten Auktion im Jahr 2019 hatte der Bund rund 410 Millionen Franken eingenommen.",
        True,
        [("year", 2019, None, None), ("money", 410000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Ohne Auktion verschenkt der Bund Millionen an die Telekomkonzerne», kritisierte die Stiftung für Konsumentenschutz.",
        False,
        [],
        None,
    ),
    ("de", "Die Anhörung zu den Plänen dauert bis zum 30. April.", True, [("date", "--04-30", None, None)], None),
    # --- Australia's social media ban (AAP) ---
    (
        "en",
        "SYDNEY, March 12 (AAP) - Social media platforms have shut down or restricted about 3.9 million accounts held by Australian children under 16 since the country's ban took effect, the eSafety Commissioner says.",
        True,
        [("date", "--03-12", None, None), ("count", 3900000, None, "about"), ("duration", 16, "year", "under")],
        "the eSafety Commissioner",
    ),
    (
        "en",
        "Ten platforms are covered by the ban, among them the three video apps most popular with teenagers.",
        True,
        [("count", 10, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The commissioner's office has issued formal warnings to two platforms and is investigating a third.",
        True,
        [("count", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "In a poll of 1,050 parents, 61% said they believed their children were still on at least one banned platform.",
        True,
        [("count", 1050, None, None), ("percent", 61, "%", None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        '"My daughter was back on within a day using her older cousin\'s login," said one Melbourne mother.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Messaging app Chatterbox, which is not covered by the ban, said its Australian user numbers had risen by about 1.2 million since December.",
        True,
        [("count", 1200000, None, "about")],
        None,
    ),
    ("en", 'Communications Minister Joanna Pryor said the ban was "working as intended."', False, [], None),
    ("en", "Is a ban that children can dodge in minutes worth having at all?", False, [], None),
    # --- Jahreszahlen Rheinnetz (dpa-AFX) ---
    (
        "de",
        "Düsseldorf (dpa-AFX) - Der Telekommunikationsanbieter Rheinnetz hat im vergangenen Jahr dank wachsender Glasfaser- und Mobilfunkkundenzahlen seinen Umsatz um 2,6 Prozent auf 13,9 Milliarden Euro gesteigert.",
        True,
        [("percent", 2.6, "%", None), ("money", 13900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Konzern investierte 3,1 Milliarden Euro, knapp ein Viertel des Umsatzes, vor allem in den Netzausbau.",
        True,
        [("money", 3100000000, "EUR", None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der Mobilfunkverträge sei um 1,2 Millionen auf 42,6 Millionen gestiegen, jeder dritte davon sei ein 5G-Tarif, sagte Vorstandschef Lars Oetken.",
        True,
        [("count", 1200000, None, None), ("count", 42600000, None, None), ("fraction", 0.3333, None, None)],
        "Lars Oetken",
    ),
    (
        "de",
        "Die Dividende soll um 5 Cent auf 0,82 Euro je Aktie steigen, teilte das Unternehmen mit.",
        True,
        [("money", 0.05, "EUR", None), ("money", 0.82, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Zugleich kündigte Rheinnetz an, in der Verwaltung bis 2027 rund 1.800 Vollzeitstellen abzubauen.",
        True,
        [("year", 2027, None, None), ("count", 1800, None, "about")],
        None,
    ),
    (
        "de",
        "Eine gut fünfstündige Störung des Mobilfunknetzes im Oktober kostete den Konzern nach eigenen Angaben rund 12 Millionen Euro an Gutschriften.",
        True,
        [("duration", 5, "hour", "over"), ("money", 12000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr peilt das Management einen operativen Gewinn zwischen 5,4 und 5,6 Milliarden Euro an.",
        True,
        [("money", 5400000000, "EUR", None), ("money", 5600000000, "EUR", None)],
        None,
    ),
    ("de", "Analysten sprachen von einem „soliden, aber unspektakulären Zahlenwerk“.", False, [], None),
    (
        "de",
        "„Wir haben unser Versprechen gegenüber den Aktionärinnen und Aktionären gehalten“, sagte Finanzvorstand Jörg Haberkamp.",
        False,
        [],
        None,
    ),
    # --- Lumora loses DMA appeal (Reuters) ---
    (
        "en",
        "LUXEMBOURG, March 18 (Reuters) - Lumora on Wednesday lost its challenge to a 480 million euro fine imposed by the European Commission for stopping app developers from telling users about cheaper offers elsewhere.",
        True,
        [("date", "--03-18", None, None), ("money", 480000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The General Court said the Commission had been right to find that Lumora's anti-steering rules breached the Digital Markets Act.",
        True,
        [],
        "the General Court",
    ),
    (
        "en",
        "It is the first ruling by an EU court on a fine under the 2022 law, which allows penalties of up to 10% of a company's global turnover.",
        True,
        [("ordinal", 1, None, None), ("year", 2022, None, None), ("percent", 10, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Lumora can still appeal to the Court of Justice on points of law within two months and 10 days.",
        True,
        [("duration", 2, "month", None), ("duration", 10, "day", None)],
        None,
    ),
    ("en", "Lumora has already paid the fine in full, a company filing shows.", True, [], None),
    (
        "en",
        "Since the fine, Lumora has cut its commission for EU developers who link to outside offers to between 10% and 17%.",
        True,
        [("percent", 10, "%", None), ("percent", 17, "%", None)],
        None,
    ),
    ("en", "Lumora said it would examine the written ruling carefully before taking any decision.", False, [], None),
    ("en", 'A Commission spokesperson said the ruling "confirms that the DMA has teeth."', False, [], None),
    # --- KI-Gigafabriken (dpa) ---
    (
        "de",
        "Berlin (dpa) - Deutschland bewirbt sich mit fünf Standorten um eine der geplanten europäischen KI-Gigafabriken.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Jede der Anlagen soll mit mindestens 80.000 KI-Hochleistungschips ausgestattet werden und zwischen dreieinhalb und sechs Milliarden Euro kosten.",
        True,
        [("count", 80000, None, "at_least"), ("money", 3500000000, "EUR", None), ("money", 6000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die EU will bis zu 35 Prozent der Kosten übernehmen, den Rest sollen Mitgliedstaaten und private Investoren tragen.",
        True,
        [("percent", 35, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Der Strombedarf einer solchen Fabrik läge bei mehr als einem Gigawatt, so viel wie ein großes Kernkraftwerk liefert, sagte ein Sprecher des Digitalministeriums.",
        True,
        [("count", 1, None, "over")],
        None,
    ),
    (
        "de",
        "Bis zum Bewerbungsschluss am 15. Juni müssen die Konsortien verbindliche Finanzierungszusagen vorlegen.",
        True,
        [("date", "--06-15", None, None)],
        None,
    ),
    (
        "de",
        "Frankreich und die Niederlande haben bereits zusammen drei Bewerbungen eingereicht.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Wer bei der KI nicht vorne mitspielt, wird in zehn Jahren nur noch Kunde sein“, sagte Digitalministerin Hallberg bei der Vorstellung der Bewerbung.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    ("de", "Umweltverbände warnten vor einem ungebremsten Anstieg des Stromverbrauchs.", False, [], None),
]
