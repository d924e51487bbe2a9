"""Four-hundred-and-forty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office
(„der Ministerpräsident“), and ministers, mayors, agency heads, prosecutors and officials of
real governments and bodies appear under made-up names that stand for no real holder
(Bavaria's interior minister, Germany's digital minister, the director of the Swiss federal
cyber office, a U.S. deputy attorney general, the mayor of Duluth, Britain's Technology
Secretary), or by their role only („ein Firmensprecher“, „die Landesregierung“, "the
industry ministry").

Names: the IT provider Weserdata with Kerstin Hollenbach, the chipmaker Tainova with Chen
Wei-lun, the software maker Kalvion and its office suite Kalvion Office, the security
researcher Oberholz, the data-centre operator Glarnet with Corinna Etter-Baumann, the mobile
operator Rheinfunk with Ole Brinkhaus, the router maker Lunetec and its Lunabox routers, the
AI start-up Lindenblatt AI with Hannah Vosskuhl and its models Lindra 2 and Lindra 2.5, the
online retailer Voltmarkt with Clemens Aigner-Strohmayer, the data-centre developer Nordwatt
Compute with Sönke Hansen-Thorwarth, Joachim Hallbauer, the Klinikverbund Argental with
Ulrike Marquardt-Seitz, Reto Amstutz-Bühler, Fabian Roloff-Kessler, the Tauernbank with
Markus Pölzl-Reiter, the logistics group Hansefracht with Dirk Everding; Veltmark Labs with
Noor Castellano and its models Halden 4 and Halden 5, Susquelane Health with Dana
Whitcliffe, the ransomware groups Nightreed and Coldpanel, Cirrane Cloud with Raj
Menon-Whitaker, the foundry Formosa Lithic with Lin Mei-hua and its S2 and A14 processes,
the retailer Harrowgate & Lyle with Fiona Markwick, the developer Prairie Forge, Dale
Ruckert, the utility Sagebrush Electric, Marcia Oyelaran, Elena Sorvik, the social media
company Brightloop, the insurer Coralbay Health with Grant Mulvaney, the payment processor
Tillwise with Priyanka Dhillon-Rhodes, the consultancy Ledgerline, the software maker
Pinholt, the security firm Brackwater, Kira Lindgren-Pope of Ashcombe Research, Halvorsen
Digital, Imogen Pryce-Hartley, the Hoshizora Group with Kenji Arakawa; every unnamed
spokesperson, analyst, researcher, campaigner, resident, shopper, commissioner and official.
Real states, bodies, laws, outlets and places (Landeskriminalamt, Ostwestfalen-Lippe,
Detmold, Bund, Bundeswirtschaftsministerium, EU-Kommission, Sachsen, Freiberg, BSI,
CVSS-Skala, Verbraucherzentrale, Bundesnetzagentur, the emergency numbers 110 and 112,
Datenschutzbehörde, Arbeiterkammer, Bundesamt für Energie, Grüne, Winterthur, Kreis
Dithmarschen, Heide, Landesregierung, Zentralstelle Cybercrime, Landtag, LKA, Polizei,
Krankenhausgesellschaft, Baden-Württemberg, Ravensburg, Bundesamt für Cybersicherheit
(BACS), Kabinett, EU-Programm für KI-Gigafabriken, Bitkom, Finanzmarktaufsicht,
„Handelsblatt“, Bremen; Downdetector, Hsinchu, Kaohsiung, Taipei, Laramie County, the
Justice Department, the State Department, police in Europe, Duluth, Minnesota, Ireland's
Data Protection Commission, the GDPR, the EU, Australia's privacy watchdog, a Senate
committee, the Cybersecurity and Infrastructure Security Agency, LinkedIn, Hokkaido, the
grid operator, and the datelines' cities) stand for the way wire copy names them; every
ransom, breach, account tally, node, wafer count, subsidy, funding round, valuation, power
figure, parameter and token count, outage length, patch count, severity score, fine, share
price, job count and quote here is invented, and where a real figure came to mind (a real
foundry's node roadmap or plant cost, a real insurer's breach, a real retailer's attack, a
real cloud or payment outage, a real Patch Tuesday tally, a real privacy fine on a social
network) it was changed - only the rules the stories turn on are stated as the law sets them
(the GDPR's 4 per cent, the Swiss 24-hour reporting duty in force since April 2025), as the
two-hundred-and-sixty-seventh and three-hundred-and-fifty-fourth batches stated them.

Its weight: TECHNOLOGY, AI AND CYBERSECURITY, fifth round (the fifty-first,
hundred-twenty-eighth, two-hundred-and-sixty-seventh and three-hundred-and-fifty-fourth
batches weighed technology, cybersecurity, AI, chips and data centres, and the
hundred-sixth, hundred-seventieth, two-hundred-and-eleventh, two-hundred-and-eighty-eighth,
three-hundred-and-eleventh, three-hundred-and-eighty-seventh and
four-hundred-and-twenty-ninth technology companies, data breaches, regulators, telecoms and
data centres; their decisions are kept) over six wire weeks of one spring, Monday, April 13,
to Friday, May 22, as 30 short stories in story order, the German and English ones
interleaved by date, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). Half German (dpa with its slugs
"dpa/lnw", "dpa/sn", "dpa/lno", "dpa/lby", "dpa/lsw", dpa-AFX, APA, Keystone-SDA and
heise-style copy with a dash dateline; Austrian "heuer", "um 30.000 Dollar", Swiss "hiess
es", "Gemäss", "innert", "unverhältnismässig", "6'500", "31'240", «» quotes, German „“
quotes): ransomware at a municipal IT provider in Ostwestfalen-Lippe with Bitcoin, euros and
terabytes, a Taiwanese 3-nanometre plant in Freiberg with its subsidy, wafers and
cleanrooms, a monthly patch day with its hole count, severity score and version numbers, a
120-megawatt data-centre campus in Winterthur in francs, a nearly seven-hour mobile outage,
a router hole with its firmware versions, a Munich AI start-up's funding round with its
model versions, parameters and tokens, a data leak at a Viennese online retailer, an AI data
centre in Dithmarschen in megawatts and gigawatts, Bavaria's cybercrime figures, a hacked
hospital group off emergency care for 36 hours, the Swiss cyber office's half-year figures,
the federal AI computing centres, an Austrian online-banking outage and a ransom in dollars
in Bitcoin at a logistics group. Half English (Reuters with dated datelines, AP, PA, AAP,
Bloomberg): an AI start-up's funding round and valuation, a hospital operator's breach of
8.4 million patients, a cloud outage of about nine hours, a Taiwanese foundry's 2-nanometre
production with its process names, a retailer's cyber attack and its ransom in bitcoin and
pounds, an AI campus in Wyoming in gigawatts and megawatts, a ransomware operator's
indictment with bitcoin and dollars, a city paralysed by ransomware, an AI model launch with
tokens, benchmark and prices, an Irish privacy fine over AI training, an Australian
insurer's breach, a card-payment outage, a monthly patch release with zero-day flaws, an
English AI campus in megawatts and pounds and a Japanese AI data-centre plan in yen.
Speakers as such copy has them: German „sagte X“ with title, weekday and place, „X sagte,
...“, „so X“, „nach Angaben von X“ with office and party, „teilte X mit“ for a body and a
firm, „Nach Angaben des BSI“; English "X said", "told a news conference", "told analysts",
"told reporters", "told a Senate committee", "said in a post on LinkedIn", "the company
said", "the regulator said", "the industry ministry said"; beside them the forms left
unchecked. Figures as such copy has them: accounts, patients, customers and records with
their hedges; ransoms in Bitcoin and in dollars, euros and pounds; node sizes in compounds
and with decimals, wafers, cleanroom areas, graphics processors and AI chips; power in
megawatts and gigawatts, energy in gigawatt hours; parameters and tokens; funding,
valuations, subsidies, investments and fines; outage lengths in minutes, hours and days,
deadlines, detection times and terms; patch counts, critical holes and severity scores;
votes, share prices and shares; number words and compounds („knapp siebenstündige“,
„Zehn-Punkte-Plan“, „3-Nanometer-Verfahren“, „im 5- und 7-Nanometer-Verfahren“, "a 72-hour
deadline", "a 15-year tax abatement", "a 600-megawatt gas plant", "two dozen"), fractions
(„Rund ein Drittel“, „jeder zehnte Fall“, „Fast die Hälfte“, „knapp zwei Drittel“, „ein
Viertel davon“, "a third less", "About two-fifths", "up to a third"), ordinals, ranges,
years and dates. Negatives as such copy has them - 55 rows, none with a figure: executives',
founders' and officials' visions, boasts, apologies and rhetoric in quotes, labels from
lobbies, parties, a chamber of labour, a state government and campaigners („sprach von“,
„nannte“, "called"), advice naming no measure, verdicts, doubts, fears, investors' worries,
residents' and users' complaints, an evasion and open questions, each near a check-worthy
look-alike from the same story.

237 rows (121 German, 116 English), 55 negatives (28 German, 27 English), 182 check-worthy
rows of which 19 carry no figure (12 German, 7 English), 289 expected quantities (117
counts, 48 amounts of money - 20 USD, 16 EUR, 5 GBP, 2 each CHF, TWD and AUD, 1 JPY -, 34
durations - 9 in years, 8 in days, 8 in hours, 5 in months, 3 in weeks, 1 in minutes -, 26
years, 23 ordinals, 20 percentages - 19 in "%", 1 in percentage points "pp" -, 13 dates, 8
fractions; none of them in a negative), 37 checked speakers (18 German, 19 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported vision,
  boast, apology, label, verdict, doubt, fear, advice or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  two-hundred-and-sixty-seventh, three-hundred-and-fifty-fourth,
  three-hundred-and-eighty-seventh); a quoted or reported figure, step, plan, refusal or
  account of a fact is check-worthy with its speaker, also in Konjunktiv I. Pairs from one
  speaker: Hollenbach's refusal to pay beside „feigen Angriff ...“; Castellano's 200,000
  graphics processors and her fifth release beside "the engine of the next economy" and "a
  colleague who never sleeps"; Whitcliffe's Feb. 27 and 19 days beside her apology;
  Menon-Whitaker's 30% beside "today we failed them"; Etter-Baumann's 70 percent beside «Wir
  bauen nur dort ...»; Lin's T$780 billion beside "Every important AI chip ..."; Brinkhaus's
  14 computers and 5 euros beside his regret („bedauere den Ausfall „zutiefst““); Markwick's
  £160 million to £190 million beside "day and night"; Vosskuhl's 400 billion parameters
  beside „Europa darf ...“; Oyelaran's $38 million beside "cannot hide forever"; Sorvik's 11
  days and April 24 beside "cowards"; Hallbauer's 31.4 percent beside „kein rechtsfreier
  Raum“; Marquardt-Seitz's 2,300 computers beside „Übermenschliches geleistet“; Mulvaney's
  refusal to pay beside "paint a target"; Amstutz-Bühler's 11 days beside his verdict on the
  reporting duty; Dhillon-Rhodes's £500 beside "we own that"; Roloff-Kessler's 100,000 chips
  beside „Wer bei KI nur zuschaut, verliert“; Pölzl-Reiter's fee waiver beside his apology;
  Pryce-Hartley's 900 jobs beside "backs the builders"; Everding's 6,800 staff beside „ein
  Angriff auf unsere ganze Branche“; Arakawa's 40% beside "rent its intelligence".
- Ransoms and breaches (fifty-first, hundred-twenty-eighth, two-hundred-and-sixty-seventh,
  three-hundred-and-fifty-fourth): a cryptocurrency is a count („ein Lösegeld von 60
  Bitcoin“ 60, "150 bitcoin" 150, "400 bitcoin" 400) beside its value in money („umgerechnet
  knapp 4,1 Millionen Euro“ EUR "nearly", „umgerechnet“ no hedge; "worth about £11 million"
  GBP "about"; "then worth about $17 million" USD "about" - "then" no hedge); a ransom named
  in a currency and paid in Bitcoin is money in that currency („5 Millionen Dollar in
  Bitcoin“, "$12 million in bitcoin", "$2.5 million in bitcoin" USD; twelfth, fifty-first),
  and "US$10 million" is USD (two-hundred-and-sixty-seventh); a leak offered for sale is
  money („um 30.000 Dollar“ USD, three-hundred-and-fifty-fourth). A refusal to pay is
  check-worthy without a figure („„Wir zahlen nicht, weder heute noch später““ -> "Kerstin
  Hollenbach", "The company said it would not pay a ransom." -> "the company", "told a
  Senate committee the company would not pay" -> "Grant Mulvaney"; hundred-twenty-eighth,
  three-hundred-and- fifty-fourth), while the council's "voted 7-2 ... not to pay" carries
  its tally 7 and 2. So is what a breach reached or spared („Betroffen seien Namen, Adressen
  und Telefonnummern, Kreditkartendaten hingegen nicht“, "names, Social Security numbers and
  insurance details but no bank account data", "though no card data was accessed", „Einen
  Abfluss von Patientendaten habe man bislang nicht festgestellt“), a record that can be
  checked ("the largest breach of health records reported in the United States so far this
  year"; twenty-ninth, two-hundred-and-sixty-seventh), a confirmation with a no-comment on
  the ransom („Hansefracht bestätigte den Angriff, äußerte sich aber nicht zu einer
  Lösegeldforderung.“ - an act paired with a silence stays check-worthy, hundred-sixteenth,
  three-hundred-and-fifty-fourth) and the detour of ambulances. Data volumes are counts
  („rund 1,8 Terabyte“ 1.8 "about"; fifty-first). Accounts, patients, customers and records
  carry their hedges („etwa 430.000 Einwohnerinnen und Einwohnern“, „rund 1,2 Millionen
  Kundenkonten“, „aller rund 1,9 Millionen registrierten Nutzerinnen und Nutzer“ - „aller“
  no hedge -, "about 8.4 million patients", "about 5.6 million current and former
  customers", "about 210 million European accounts", „rund 4,6 Millionen Kunden“, „rund
  780.000 Kundinnen und Kunden“). "first got into the network" and "first gave the city"
  carry no ordinal ("first" an adverb, seventy-sixth, three-hundred-and-fifty-fourth); "Its
  largest single demand" carries none ("single" no figure, three-hundred-and-eighty-seventh:
  "a single request").
- Chip nodes (fifty-first, hundred-twenty-eighth, two-hundred-and-sixty-seventh,
  three-hundred-and-fifty-fourth): node sizes are counts as written, in a compound and with
  the suspended hyphen lending the unit („im 3-Nanometer-Verfahren“ 3, „Neben
  3-Nanometer-Chips“ 3, „im 5- und 7-Nanometer-Verfahren“ 5 and 7, "2-nanometre technology"
  2, "3-nanometre technology" 3, "5-nanometre chips" 5), and a decimal node reads as written
  ("a 1.4-nanometre technology" 1.4, as "6,3-Zoll-Display", fifty-first). Wafers and areas
  are counts („bis zu 25.000 Wafer im Monat“ "up_to", „im Monat“ none; „zusammen 36.000
  Quadratmetern“, „zusammen“ no hedge). New: a foundry's process name ("its S2 process",
  "its A14 process") is an identifier and carries no quantity, as model and chip names do
  ("H200", "A19 chip", fifty-first; „Lumerix-Ostra 70B“, three-hundred-and-eighty-seventh) -
  the node counted is the one written out beside it ("which uses 2-nanometre technology", "a
  1.4-nanometre technology"), so "S2" gives no 2 and "A14" no 14.
- Model versions (fifty-first, ninety-seventh, two-hundred-and-sixty-seventh,
  three-hundred-and-fifty-fourth, three-hundred-and-eighty-seventh): model and product names
  with their version numbers are identifiers ("Halden 4", "Halden 5", „Lindra 2“, „Lindra
  2.5“, „Lunabox 3“, „Lunabox 4“, „Lunabox 5“, „Kalvion Office“), and so are software and
  firmware versions („bis einschließlich 16.4.2, erst Version 16.4.3“, „vor Version 8.2.1“ -
  „bis einschließlich“ and „vor“ no hedge to an identifier; fifty-first), a cloud region
  ("US-West-2", three-hundred-and-fifty-fourth: "US-East-3") and the emergency numbers („die
  Notrufnummern 110 und 112“); the rows stay check-worthy without a figure where nothing
  else is counted. Parameters and tokens are counts („120 Milliarden Parameter“
  120,000,000,000 - „verfügt über“ no hedge, three-hundred-and-eighty-seventh -, „rund 400
  Milliarden Parameter“ "about", „rund 15 Billionen Token“ 15,000,000,000,000 "about", "up
  to 3 million tokens at once" "up_to"), as are languages („40 statt bisher 24 Sprachen“
  both, „bisher“ no hedge) and graphics processors ("roughly 200,000 graphics processors",
  "roughly 100,000 graphics processors", „rund 50.000 Grafikprozessoren“, „mindestens
  100.000 KI-Chips“ "at_least"); a benchmark score with its predecessor's is check-worthy
  ("78.4% ..., up from 69.1%"); token prices give the money only ("$5 per million input
  tokens and $20 per million output tokens"), and "a third less than for the previous
  version" is 0.3333 (three-hundred- and-fifty-fourth: "about a third less than before");
  "its most capable model so far" carries none. New: a release's rank in words is an ordinal
  while the name's number stays an identifier - „Lindra 2.5, die dritte Version des Modells“
  gives ordinal 3 and no 2.5, and "the company's fifth major release in 18 months" ordinal 5
  with 18 months (as „die dritte Strafe ... seit 2021“, three-hundred-and-eighty-seventh,
  and "third major outage in 18 months", three-hundred-and-fifty-fourth).
- Patch counts (fifty-first, three-hundred-and-fifty-fourth): holes and flaws are counts
  („Updates für 97 Sicherheitslücken ..., acht davon“ 97 and 8 - „davon“ no hedge -, „112
  Lücken ..., im Vorjahresmonat 74“ 112 and 74 - the hole count is no emergency number -,
  "fixes for 129 security flaws", "Eleven of the flaws" 11, "fixed 113 flaws, and in May a
  year ago it fixed 87" 113 and 87), as are the exploited ones („Zwei der Lücken“ 2, as "two
  of its alleged leaders", three-hundred-and-fifty-fourth; "five zero-day vulnerabilities"
  5) and the victims counted ("about two dozen organizations" 24 "about", the issue's "two
  dozen"); "one of the flaws" carries none („eine der“ a pronoun, forty-first). Severity
  scores are counts on their scale („9,8 von 10 möglichen Punkten“ 9.8 and 10, „bei 9,3 von
  10 Punkten“ 9.3 and 10, "a severity score of 9.9 out of 10" 9.9 and 10; fifty-first); an
  order to patch has its deadline ("within 21 days" 21 days, "within" no hedge).
  „monatlichen“, "Last month", „Im Vormonat“, „im Vorjahresmonat“ and "a year ago" carry
  none. New: „Zero-Day-Lücken“ and "zero-day vulnerabilities" carry no quantity - "zero-day"
  names a kind of flaw (one exploited before its maker could fix it), not a count of days,
  as "5G" and "Wi-Fi 7" name a technology and not a figure (fifty-first); the count before
  it stays ("five zero-day vulnerabilities" 5).
- Data-centre power and AI investment (fifty-first, hundred-twenty-eighth,
  two-hundred-and-sixty-seventh, three-hundred-and-fifty-fourth,
  three-hundred-and-eighty-seventh): power is a count („einer Anschlussleistung von 120
  Megawatt“, „mit 40 Megawatt“, „von zunächst 250 Megawatt, die bis 2032 auf 1 Gigawatt“
  250, the year and 1 - „zunächst“ no hedge -, „mit 200 Megawatt“, „rund 500 Megawatt
  Leistung“ "about", "up to 1.8 gigawatts" "up_to", "with 300 megawatts", "about 2
  gigawatts" with "a combined" no hedge), and the number heading a unit compound is the
  figure ("a 600-megawatt gas plant" 600, "a 500-megawatt AI data centre campus" 500;
  three-hundred-and-eighty- seventh: "a one-gigawatt cloud campus"); energy too („rund 2'900
  Gigawattstunden pro Jahr“ "about", „pro Jahr“ none); "The first 150 megawatts" is ordinal
  1 and 150 (three-hundred- and-fifty-fourth: "its first 300 megawatts"), "as much
  electricity as roughly 400,000 homes" 400,000 "about" (two-hundred-and-sixty-seventh),
  „bis zu 20.000 Haushalte“ and „rund 6'500 Haushalte“ with their hedges, "about 1.2 million
  gallons of water a day" ("a day" none). Funding, valuations, subsidies and investments are
  money in the currency written ("$6.5 billion ... about $48 billion", "$3.2 billion ...
  about $1 billion", „450 Millionen Euro ... rund 3,2 Milliarden Euro“, „85 Millionen Euro
  bei einer Bewertung von 600 Millionen Euro“, „für rund 9,8 Milliarden Euro“, „bis zu 2,4
  Milliarden Euro“, „für 1,1 Milliarden Franken“, „für rund 3,5 Milliarden Euro“, „mit
  zusammen 5 Milliarden Euro“, „Weitere 3 Milliarden Euro“ - „Weitere“ no hedge -, "a $25
  billion data center campus", "a 6 billion pound investment" GBP, "4.5 trillion yen ($29
  billion)" JPY and the bracketed USD with no hedge, eightieth, "T$780 billion ($24.5
  billion)" TWD and USD - fifty-first: "T$" - and "T$1,215" a share price in TWD). "more
  than doubles" and "expects to triple" carry none (verbs, hundred-seventeenth); „eines der
  größten“ none.
- Outages (fifty-first, hundred-twenty-eighth, three-hundred-and-fifty-fourth,
  four-hundred-and-twenty-ninth): lengths are durations („Eine knapp siebenstündige Störung“
  7 hours "nearly" - four-hundred-and-twenty-ninth: „Eine rund sechsstündige Störung“ -,
  „gut 14 Stunden lang“ 14 hours "over", "for about nine hours" "about", "for almost five
  hours" "nearly", „für 36 Stunden“, "within 40 minutes", „seit sechs Tagen“ 6 days, "for 11
  days", "19 days after a cyber attack"); clock times carry none („gegen 6.50 Uhr ... kurz
  vor 14 Uhr“, "at 4:12 a.m. ET"), and an outage's start and end, cause and remedy without a
  figure are check-worthy (fifty-first); repeats are ordinals with their span ("third major
  outage in 14 months" 3 and 14 months, „der zweite größere Ausfall ... binnen elf Monaten“
  2 and 11 months, "second nationwide outage since November" 2, „die dritte größere Panne“
  3, „seit vergangenem Herbst“ none); compensation is money („eine Gutschrift von 5 Euro“,
  "up to £500 each" "up_to") or a percentage ("service credits worth up to 30% of a monthly
  bill" "up_to"). „Millionen Kundinnen und Kunden“ and "thousands of websites" carry none.
- Other durations (the issue: "fünfstündigen", "a two-week visit", "zehn Minuten"):
  „mindestens drei Wochen“ "at_least", „binnen zwei Jahren“, „binnen zwei Wochen“, „binnen
  72 Stunden“, „innert 24 Stunden“, „vor 14 Monaten“ 14 months
  (four-hundred-and-twenty-ninth: "five years ago"), „erst nach neun Tagen“ („erst“ no
  hedge), „im Schnitt ... 11 Tage“ („im Schnitt“ no hedge), "over the next two years" 2
  years ("over" before a span no hedge), "detected 19 days later", "two years of free
  identity protection" (fifty-first: "24 months of free credit monitoring"), "a 72-hour
  deadline, later extended to seven days" 72 hours and 7 days (three-hundredth: "a 72-hour
  walkout"), "a 15-year tax abatement" (three-hundred- and-fifty-fourth: "a 20-year tax
  break"), "up to 20 years behind bars" "up_to" (forty-third: "seven years in prison"),
  "within three months", "trained over about 14 weeks" "about", "their biggest intraday rise
  in three years" 3 years (four-hundred-and-twenty-ninth: "their highest in five years");
  ages are durations in years ("a 31-year-old Russian national" 31, "users under 18" 18
  "under"; two-hundred-and-sixty-seventh). None: „im vergangenen Jahr“, „ein Jahr zuvor“,
  „im vergangenen Halbjahr“, „in der Vorjahresperiode“, „seit Jahresbeginn“, „in dieser
  Zeit“, „in diesen Stunden“ (in a negative), „heuer“, „pro Tag“, „im Monat“, "a year
  earlier", "each week", "at the start of last year", "so far this year", "this year", "this
  financial year", "last month", "a year ago", "a day", "since February", "since November",
  "on Monday night".
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt"): „der dritte Angriff
  ... binnen zwei Jahren“ 3 and 2 years (two-hundred-and-sixty-seventh), „das vierte große
  Chipwerk“ 4, „die vierte schwere Lücke ... seit 2023“ 4 and the year, „das vierte größere
  Datenleck“ 4 („heuer“ none), „das fünfte Krankenhaus“ 5, "the fifth fine the Irish
  regulator has imposed" 5 (three-hundred-and-fifty-fourth: "the fourth European fine"),
  "the second ransomware attack" 2, "the third major breach ... in four years" 3 and 4
  years, "in the first quarter" 1, "in the second half of 2028" 2 and the year, "the first
  two production lines" 1 and 2 (four-hundred-and-twentieth: "the first 12 launchers"), „Die
  erste Etappe“, "The first phase", „In der ersten Ausbaustufe“ and „den ersten
  Bauabschnitt“ 1 (two-hundred-and-sixty-seventh: „in einer ersten Ausbaustufe“), "the first
  of which" 1 (three-hundred-and-fifty-fourth: "the first of two cleanrooms"). None: „Nach
  bisherigen Erkenntnissen“, "the longest outage in the company's history", "the largest
  breach", „die gefährlichste Schwachstelle“, "The most severe", "its most capable model so
  far".
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"): „Rund ein Drittel der
  Fälle“ 0.3333 "about", „jeder zehnte Fall“ 0.1 (the issue's "jeder vierte"), „Fast die
  Hälfte“ 0.5 "nearly" (fifty-first: „knapp die Hälfte“), „knapp zwei Drittel der Meldungen“
  0.6667 "nearly", „ein Viertel davon“ 0.25 („davon“ no hedge), "About two-fifths of those
  affected" 0.4 "about", "a third less" 0.3333, "up to a third of the cost" 0.3333 "up_to".
- Percentages as written (every batch): „knapp 5 Prozent des Landesverbrauchs“ "nearly",
  „rund 70 Prozent davon“ "about", „ein Anstieg um knapp 9 Prozent“ "nearly", „um 2,6
  Prozentpunkte auf 31,4 Prozent“ 2.6 pp and 31.4, „rund 18 Prozent mehr“ "about" ("more"
  after the figure compares), "up to 30%" "up_to", "fell 2.7%", "have passed 70%" ("passed"
  a verb, no hedge, fifty-first: "crossed 970 million"), "28% ... another 31%" ("another" no
  hedge), "rose 3.4%", "fallen about 14%", "the highest possible penalty is 4%" (a rule's
  ceiling stated as a fact, no hedge word before it), "fell 6.1%", "jumped as much as 9.2%"
  "up_to", "about 40% of the capacity", "about 2.5% of the country's electricity"
  ("currently" no hedge).
- Other counts as written: „in 58 Städten und Gemeinden“, „zwei Reinräume“, „rund 1.700
  Arbeitsplätze“, „an 14 zentralen Vermittlungsrechnern“, „rund 640.000 Geräte“, „rund
  41.000 Server“, „260 Mitarbeiterinnen und Mitarbeiter ... mehr als 500“ "over", „61.480
  Fälle“, „um 120 auf 480“, „rund 2.300 Rechner und 140 Server“ the hedge on the first only
  (forty-seventh), „31'240 Cybervorfälle“ and „rund 6'500 Haushalte“ (Swiss apostrophe,
  tenth), „214 solche Pflichtmeldungen“, „63 ..., nach 48“, „zwei KI-Großrechenzentren“,
  „einen Zehn-Punkte-Plan“ 10 (the issue's "28-Punkte-Entwurf"), „elf Logistikunternehmen“,
  „in 14 Städten“, „Rund 6.800 Beschäftigte“, „rund 400 Dauerarbeitsplätze, während der
  Bauzeit bis zu 2.500 weitere“ („weitere“ no hedge); "more than 30 million people each
  week" "over" ("each week" none), "about 1,400 people, up from 600", "At least five
  class-action lawsuits" "at_least", "two other regions" 2, "more than 3.4 million user
  reports" "over", "voted 4-1" 4 and 1 and "voted 7-2" 7 and 2
  (three-hundred-and-fifty-fourth: "voted 5-2"), "about 2,000 construction jobs and 350
  permanent positions", "two new wind farms" 2, "more than 1,100 organizations in 38
  countries ..., among them 14 hospitals", "each of the five counts" 5 (three-hundred-and-
  fifty-fourth: "Each of the two men"), "27 of its servers", "About 300 city computers",
  "more than 4,000 companies" "over", "About 1.3 million transactions", "about 900 permanent
  jobs", "23 data centres in six countries", "six sites", "two U.S. cloud companies". None:
  "thousands of shops", "very few providers" (in a negative), „Jedes der Zentren“, „alle
  betroffenen Vertragskunden“, "every patient" (in a negative).
- Money besides the above (every batch): „eine Gutschrift von 5 Euro“, „jährlich bis zu 14
  Millionen Franken“ CHF "up_to" („jährlich“ none), „mindestens 138 Millionen Euro“
  "at_least", „zusätzlich 40 Millionen Euro“ („zusätzlich“ no hedge), „bis zu 3 Millionen
  Euro pro Tag“ "up_to", "£160 million to £190 million" both with no hedge (a range), "more
  than $240 million" "over", "up to $10 million" and "up to $5 million" "up_to", "at least
  $38 million" "at_least", "390 million euros ($421 million)" EUR and the bracketed USD,
  "more than 2.1 billion euros" "over", "a fine of up to A$50 million" AUD "up_to", "A$3.42"
  AUD (a share price, hundred-sixth).
- Years and dates: „Anfang 2030“, „seit 2019“, „bereits 2024“, „seit 2023“, „bis Ende 2027“,
  „bis 2032“, „ab 2030“, „bis Mitte 2028“ (a season of a year is the year,
  two-hundred-and-sixty-seventh), „Ende 2028“, „bis 2028“, „bis 2027“, „seit April 2025“ (a
  month with its year is the year, two-hundred-and-forty-fourth), „bis Ende 2026“, „2029“,
  „2025“; "founded in 2022", "in late 2027", "in the second half of 2028", "since 2021",
  "since 2022", "in 2028 ... by 2031", "by 2035", "founded in 2019", "through 2030", "in
  2027"; „ab 1. Juli“ --07-01 (tenth: „zum 1. Januar“), "on Feb. 27" --02-27 and "on April
  24" --04-24 dates without a year; Reuters and AAP datelines with a day ("SAN FRANCISCO,
  April 14", "SEATTLE, April 20", "HSINCHU, Taiwan, April 22" with the region between city
  and day - three-hundred-and-fifty-fourth: "COLUMBUS, Ohio, Feb 1" -, "WASHINGTON, April
  30", "SAN FRANCISCO, May 7", "DUBLIN, May 11", "SYDNEY, May 13 (AAP)", "SEATTLE, May 19",
  "LONDON, May 20", "TOKYO, May 22") dates without a year; dpa, dpa-AFX, APA, Keystone-SDA,
  the heise-style dash dateline ("Hannover –"), AP ("HARRISBURG, Pa. (AP) —", "CHEYENNE,
  Wyo. (AP) —", "DULUTH, Minn. (AP) —"), PA ("LONDON (PA) -") and Bloomberg ("(Bloomberg)
  --") datelines none (seventy-ninth). Months and weekdays alone („im Juni“, „im Herbst“,
  „für Mai“, „seit Freitag“, „seit Montag“, "in March", "in February") none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly"
  "about"; „knapp“, „Fast“, "almost" "nearly"; „mehr als“, „gut“, "more than" "over";
  "under" "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“, "at least", "At
  least" "at_least". No hedge: „zusammen“, „zunächst“, „zusätzlich“, „Weitere“, „weitere“,
  „bereits“, „bisher“, „erst“, „aller“, „davon“, „umgerechnet“, „im Schnitt“, „zuletzt“,
  „binnen“, „innert“, „verfügt über“, "within", "another", "then", "currently", "a
  combined", "over" before a span, "passed", and the "to" of a range.
- Speakers, checked only in forms the earlier batches settled (and the New form below).
  German: „teilte das Landeskriminalamt am Montag mit“ -> "das Landeskriminalamt" (the
  weekday dropped, two-hundred-and-sixty-seventh), „teilte die Bundesnetzagentur mit“ ->
  "die Bundesnetzagentur" (three-hundred-and-eighty-seventh: „teilte das Bundeskartellamt
  ... mit“), „teilte Lunetec mit“ -> "Lunetec" as written (three-hundred-and-fifty-fourth:
  „teilte Telvana mit“), „Nach Angaben des BSI“ -> "das BSI" (fifty-first, hundred-sixth);
  „sagte Weserdata-Geschäftsführerin Kerstin Hollenbach am Montag in Detmold“, „sagte
  Technikvorstand Ole Brinkhaus“, „sagte Nordwatt-Geschäftsführer Sönke Hansen-Thorwarth“,
  „sagte Klinik-Geschäftsführerin Dr. Ulrike Marquardt-Seitz“ („Dr.“ dropped, twenty-first),
  „sagte Digitalminister Fabian Roloff-Kessler am Montag in Berlin“ and „sagte Vorstandschef
  Dirk Everding“ the name with title, weekday and place dropped (two-hundred-and-sixty-
  seventh, four-hundred-and-twentieth); „Tainova-Europachef Chen Wei-lun sagte, ...“,
  „Glarnet-Chefin Corinna Etter-Baumann sagte, ...“, „Mitgründerin Hannah Vosskuhl sagte,
  ...“, „Voltmarkt-Geschäftsführer Clemens Aigner-Strohmayer sagte, ...“,
  „Tauernbank-Vorstand Markus Pölzl-Reiter sagte, ...“ the name, and „Amstutz-Bühler sagte,
  ...“ as written (two-hundred-and-sixty-seventh: „Sprenger sagte, ...“); „so
  Marquardt-Seitz“ (tenth); „nach Angaben von Innenminister Joachim Hallbauer (CSU)“ ->
  "Joachim Hallbauer" with office and party dropped (four-hundred-and-twentieth: „nach
  Angaben von Staatssekretärin Katrin Pichlmayr-Strobl“). English: "the company said on
  Tuesday" and "the company said on Friday" -> "the company"
  (three-hundred-and-fifty-fourth), "The company said ..." opening the row -> "the company";
  "Chief Executive Noor Castellano said" (twice), "Chief Executive Dana Whitcliffe said",
  "Chief Technology Officer Raj Menon-Whitaker said", "Chief Operating Officer Priyanka
  Dhillon-Rhodes said", "Technology Secretary Imogen Pryce-Hartley said" and "Chief
  Executive Kenji Arakawa said" the name with the title dropped (three-hundred-and-
  eighty-seventh); "Chief Executive Lin Mei-hua told a news conference", "Chief Executive
  Fiona Markwick told analysts", "Deputy Attorney General Marcia Oyelaran told reporters"
  and "Chief Executive Grant Mulvaney told a Senate committee" the name with title and
  audience dropped (two-hundred-and-sixty-seventh, three-hundred-and-fifty-fourth,
  four-hundred-and- twentieth); "Mayor Elena Sorvik said Tuesday" -> "Elena Sorvik"
  (four-hundred-and-twentieth: "Mayor Teresa Quiñones-Hart said"); "Sorvik said ..." opening
  the row -> "Sorvik" (three-hundred-and-fifty-fourth: "Eze said"); "The regulator said ..."
  -> "the regulator" (hundred-twenty-fifth, hundred-twenty-eighth); "the industry ministry
  said" -> "the industry ministry" (two-hundred-and-eleventh). New: "Castellano said in a
  post on LinkedIn that ..." -> "Castellano" - the platform is dropped as an outlet and an
  occasion are ("told CNBC", four-hundred-and-twentieth; "said in a statement", tenth; "on
  its status page", three-hundred-and-fifty-fourth), the post being the speaker's own words.
  Left unchecked (None): all negatives, also those with a named speaker; pronouns ("she
  said", "he said", "she told reporters"); „hiess es“, „hieß es aus dem Unternehmen“, „hieß
  es bei der Polizei“, „hieß es aus dem Rathaus“, „hieß es bei der Bank“
  (four-hundred-and-twentieth: „hieß es bei Verdi“), „Den Angaben zufolge“, „nach Angaben
  aus dem Bundeswirtschaftsministerium“ (four-hundred-and-twentieth: „nach Angaben aus dem
  Bauministerium“), „nach Angaben des Herstellers“, „nach Angaben des Netzbetreibers“, „nach
  Einschätzung des Dienstleisters“, „Nach Angaben des Branchenverbands“ (masculine
  genitives, hundred-eighteenth), „nach Schätzungen des LKA“, „nach Schätzungen des
  Branchenverbands Bitkom“ (estimates), „Gemäss Bundesamt für Energie“ (four-hundred-and-
  twentieth: „Gemäss Eidgenössischer Finanzverwaltung“), „warnte das BSI am Montag“
  („warnte“ a verb no batch settled for a source), „kündigte Brinkhaus an“, „bezifferte das
  Landeskriminalamt“, „rechnet“ (verbs not of saying, four-hundred-and-twentieth),
  „berichtete das „Handelsblatt“ unter Berufung auf Unternehmenskreise“ (a report on an
  unnamed source, three-hundred-and-fifty-fourth: „berichtete der „Standard““), „Hansefracht
  bestätigte“ (two-hundred-and-eleventh: „bestätigte“); "the hospital operator said
  Thursday" (a description of the firm named in the same row), "the Justice Department said
  on Thursday", and "the government said on Wednesday" (bodies' "said", left unchecked as
  the two-hundred-and-sixty-seventh did), "Australia's privacy watchdog said" (a national
  possessive before the source, three-hundred-and-fifty-fourth), "prosecutors said"
  (four-hundred-and-twentieth: plural sources), "people familiar with the matter said" and
  "according to people familiar with the matter" (hundred-sixth), "Contract chipmaker
  Formosa Lithic said", "developer Prairie Forge said", "Health insurer Coralbay Health
  says", "Security firm Brackwater said" (a description before the name, fifty-first),
  "which it says" (a relative clause), every "according to" (a regulatory filing, the
  company, the company's status page, Pinholt, a filing with the state, the indictment, a
  council memo, the decision, estimates from Ledgerline, figures from the grid operator),
  "Outage tracker Downdetector logged" (no verb of saying), and - to keep the checked
  speakers near 35, as the three-hundred-and-fifty-fourth and
  three-hundred-and-eighty-seventh did - firms at the head of reported speech ("Prairie
  Forge said", "Brightloop said").
- Negatives (ninety-eighth, two-hundred-and-sixty-seventh, three-hundred-and-fifty-fourth,
  three-hundred-and-eighty-seventh), none carrying a figure: quotes of vision, boast,
  apology, regret and rhetoric (Castellano twice, Whitcliffe, Oberholz, Menon-Whitaker,
  Etter-Baumann, Lin, Markwick, Vosskuhl, Oyelaran, Sorvik, Hallbauer, Marquardt-Seitz,
  Mulvaney, Amstutz-Bühler, Dhillon-Rhodes, Roloff-Kessler, Pryce-Hartley, Everding,
  Arakawa, a Lunetec spokesman's boilerplate, Lindgren-Pope's truism); reported regret and
  apology („Brinkhaus sagte, das Unternehmen bedauere den Ausfall „zutiefst““, „Pölzl-Reiter
  entschuldigte sich ...“); labels („sprach von einem „feigen Angriff ...““, „sprach von
  einem „Tag, auf den Sachsen ...““, „sprach von einem „Weckruf ...““, „nannte das Vorhaben
  einen „Leuchtturm für den Norden““, „nannte das Geld „viel zu wenig ...““, „sprachen von
  „Symbolpolitik mit Steuergeld““, „kritisierten den Aufwand ... als «unverhältnismässig»“,
  "called the fine "far too small to change anything.""); advice naming no measure („Das BSI
  riet ...“, „Die Verbraucherzentrale riet ...“); verdicts and doubts („Beobachter halten
  den Zeitplan ... für ehrgeizig“, „Die Opposition im Landtag hält die Aufstockung für
  unzureichend“, „Fachleute bezweifeln ...“, "Some analysts doubt ...", "Some analysts
  questioned whether ...", "Patient advocates said the breach showed ...", "Security
  consultants said the attack showed ...", "Consumer groups said the company had kept far
  more data ...", "Commissioner Dale Ruckert said the county was giving away "far too much"
  ...", "Campaigners said the plan would strain ..."); a forecast without a figure
  ("Analysts said the episode would renew questions ..."); fears and worries („Naturschützer
  befürchten ...“, "Some investors worry ..."); residents', users' and shoppers' complaints
  („In sozialen Netzwerken beschwerten sich ...“, "Some residents complained ...", "Shoppers
  described long queues ..."); an evasion („Die Finanzmarktaufsicht ließ offen, ob ...“,
  four-hundred-and-twentieth: „ließ die Ministerin offen“); and open questions („Ob auch
  Daten aus den Sozialämtern ... ist noch offen.“, „Ob auch Zugangsdaten ... ist unklar.“,
  "Independent researchers said it was not clear ...", "Whether other regulators in the EU
  will follow ... remains unclear.").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_441 = [
    # --- Ransomware bei kommunalem IT-Dienstleister in Ostwestfalen-Lippe (dpa/lnw), Montag, 13. April ---
    (
        "de",
        "Detmold (dpa/lnw) - Nach dem Cyberangriff auf den kommunalen IT-Dienstleister Weserdata sind in 58 Städten und Gemeinden in Ostwestfalen-Lippe die Bürgerbüros seit sechs Tagen geschlossen.",
        True,
        [("count", 58, None, None), ("duration", 6, "day", None)],
        None,
    ),
    (
        "de",
        "Die Angreifer verlangen ein Lösegeld von 60 Bitcoin, umgerechnet knapp 4,1 Millionen Euro, teilte das Landeskriminalamt am Montag mit.",
        True,
        [("count", 60, None, None), ("money", 4100000, "EUR", "nearly")],
        "das Landeskriminalamt",
    ),
    (
        "de",
        "„Wir zahlen nicht, weder heute noch später“, sagte Weserdata-Geschäftsführerin Kerstin Hollenbach am Montag in Detmold.",
        True,
        [],
        "Kerstin Hollenbach",
    ),
    ("de", "Hollenbach sprach von einem „feigen Angriff auf das Herz der kommunalen Verwaltung“.", False, [], None),
    (
        "de",
        "Nach bisherigen Erkenntnissen haben die Täter rund 1,8 Terabyte Daten abgezogen, darunter Meldedaten von etwa 430.000 Einwohnerinnen und Einwohnern.",
        True,
        [("count", 1.8, None, "about"), ("count", 430000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Wiederherstellung der Fachverfahren werde nach Einschätzung des Dienstleisters mindestens drei Wochen dauern.",
        True,
        [("duration", 3, "week", "at_least")],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Angriff auf einen kommunalen IT-Dienstleister in Nordrhein-Westfalen binnen zwei Jahren.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Ob auch Daten aus den Sozialämtern abgeflossen sind, ist noch offen.", False, [], None),
    # --- AI startup funding round (Reuters), Tuesday April 14 ---
    (
        "en",
        "SAN FRANCISCO, April 14 (Reuters) - Artificial intelligence startup Veltmark Labs has raised $6.5 billion from investors in a deal valuing it at about $48 billion, the company said on Tuesday.",
        True,
        [("date", "--04-14", None, None), ("money", 6500000000, "USD", None), ("money", 48000000000, "USD", "about")],
        "the company",
    ),
    (
        "en",
        "Chief Executive Noor Castellano said the money would pay for roughly 200,000 graphics processors over the next two years.",
        True,
        [("count", 200000, None, "about"), ("duration", 2, "year", None)],
        "Noor Castellano",
    ),
    ("en", "\"We are building the engine of the next economy,\" Castellano said.", False, [], None),
    (
        "en",
        "Veltmark's annualised revenue reached $3.2 billion in March, up from about $1 billion a year earlier, according to people familiar with the matter.",
        True,
        [("money", 3200000000, "USD", None), ("money", 1000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Its current model, Halden 4, came out in February and is used by more than 30 million people each week, she said.",
        True,
        [("count", 30000000, None, "over")],
        None,
    ),
    ("en", "Some investors worry that spending on computing power is running far ahead of what customers pay.", False, [], None),
    (
        "en",
        "The company, founded in 2022, employs about 1,400 people, up from 600 at the start of last year.",
        True,
        [("year", 2022, None, None), ("count", 1400, None, "about"), ("count", 600, None, None)],
        None,
    ),
    # --- Chipwerk in Freiberg (dpa/sn), Mittwoch, 15. April ---
    (
        "de",
        "Freiberg (dpa/sn) - Der taiwanische Chipauftragsfertiger Tainova will in Freiberg für rund 9,8 Milliarden Euro ein Werk für Halbleiter im 3-Nanometer-Verfahren bauen.",
        True,
        [("money", 9800000000, "EUR", "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund sagte nach Angaben aus dem Bundeswirtschaftsministerium eine Förderung von bis zu 2,4 Milliarden Euro zu.",
        True,
        [("money", 2400000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Zusage steht unter dem Vorbehalt, dass die EU-Kommission der Beihilfe zustimmt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Tainova-Europachef Chen Wei-lun sagte, die Produktion solle Anfang 2030 starten und bis zu 25.000 Wafer im Monat erreichen.",
        True,
        [("year", 2030, None, None), ("count", 25000, None, "up_to")],
        "Chen Wei-lun",
    ),
    (
        "de",
        "Geplant sind zunächst zwei Reinräume mit zusammen 36.000 Quadratmetern, entstehen sollen rund 1.700 Arbeitsplätze.",
        True,
        [("count", 2, None, None), ("count", 36000, None, None), ("count", 1700, None, "about")],
        None,
    ),
    (
        "de",
        "Neben 3-Nanometer-Chips will Tainova in Freiberg auch Bauteile im 5- und 7-Nanometer-Verfahren für die Autoindustrie fertigen.",
        True,
        [("count", 3, None, None), ("count", 5, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "Der Ministerpräsident sprach von einem „Tag, auf den Sachsen lange hingearbeitet hat“.", False, [], None),
    ("de", "Beobachter halten den Zeitplan angesichts des Fachkräftemangels in der Region für ehrgeizig.", False, [], None),
    (
        "de",
        "Es wäre das vierte große Chipwerk, das seit 2019 in Sachsen angekündigt wurde.",
        True,
        [("ordinal", 4, None, None), ("year", 2019, None, None)],
        None,
    ),
    # --- Hospital operator breach (AP), Thursday April 16 ---
    (
        "en",
        "HARRISBURG, Pa. (AP) — Hackers stole personal and medical information belonging to about 8.4 million patients of Susquelane Health, the hospital operator said Thursday.",
        True,
        [("count", 8400000, None, "about")],
        None,
    ),
    (
        "en",
        "It is the largest breach of health records reported in the United States so far this year.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The stolen files include names, Social Security numbers and insurance details but no bank account data, according to a regulatory filing.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Chief Executive Dana Whitcliffe said the intruders first got into the network through a contractor's account on Feb. 27 and were detected 19 days later.",
        True,
        [("date", "--02-27", None, None), ("duration", 19, "day", None)],
        "Dana Whitcliffe",
    ),
    ("en", "\"I apologise to every patient who trusted us with their information,\" Whitcliffe said.", False, [], None),
    (
        "en",
        "Susquelane is offering those affected two years of free identity protection.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "At least five class-action lawsuits have been filed in federal court in Pennsylvania.",
        True,
        [("count", 5, None, "at_least")],
        None,
    ),
    ("en", "Patient advocates said the breach showed how poorly hospitals guard the data they collect.", False, [], None),
    (
        "en",
        "A ransomware group calling itself Nightreed has claimed the attack and demanded $12 million in bitcoin.",
        True,
        [("money", 12000000, "USD", None)],
        None,
    ),
    # --- Patchday (heise-Stil, dpa), Freitag, 17. April ---
    (
        "de",
        "Hannover – Der Softwarehersteller Kalvion hat zu seinem monatlichen Patchday Updates für 97 Sicherheitslücken veröffentlicht, acht davon stuft er als kritisch ein.",
        True,
        [("count", 97, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der Lücken werden nach Angaben des Herstellers bereits aktiv ausgenutzt, es handelt sich also um Zero-Day-Lücken.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die gefährlichste Schwachstelle erreicht auf der CVSS-Skala 9,8 von 10 möglichen Punkten.",
        True,
        [("count", 9.8, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind alle Versionen des Büropakets Kalvion Office bis einschließlich 16.4.2, erst Version 16.4.3 schließt die Lücke.",
        True,
        [],
        None,
    ),
    ("de", "Das BSI riet Administratoren, die Updates ohne Verzögerung einzuspielen.", False, [], None),
    (
        "de",
        "Nach Angaben des BSI stehen hierzulande noch rund 41.000 Server mit der verwundbaren Version offen im Internet.",
        True,
        [("count", 41000, None, "about")],
        "das BSI",
    ),
    (
        "de",
        "Im Vormonat hatte Kalvion 112 Lücken geschlossen, im Vorjahresmonat 74.",
        True,
        [("count", 112, None, None), ("count", 74, None, None)],
        None,
    ),
    ("de", "„Kein Patch kommt schnell genug, wenn die Angreifer schon im Netz sitzen“, sagte Oberholz.", False, [], None),
    # --- Cloud outage (Reuters), Monday April 20 ---
    (
        "en",
        "SEATTLE, April 20 (Reuters) - A failure at Cirrane Cloud took thousands of websites and apps down for about nine hours on Monday, the longest outage in the company's history.",
        True,
        [("date", "--04-20", None, None), ("duration", 9, "hour", "about")],
        None,
    ),
    (
        "en",
        "The disruption began at 4:12 a.m. ET in the US-West-2 region and spread to two other regions within 40 minutes, according to the company's status page.",
        True,
        [("count", 2, None, None), ("duration", 40, "minute", None)],
        None,
    ),
    (
        "en",
        "Outage tracker Downdetector logged more than 3.4 million user reports at the peak.",
        True,
        [("count", 3400000, None, "over")],
        None,
    ),
    (
        "en",
        "According to the company, a botched configuration update on its internal network triggered the outage.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Affected customers are to get service credits worth up to 30% of a monthly bill, Chief Technology Officer Raj Menon-Whitaker said.",
        True,
        [("percent", 30, "%", "up_to")],
        "Raj Menon-Whitaker",
    ),
    ("en", "\"Our customers count on us, and today we failed them,\" Menon-Whitaker said.", False, [], None),
    (
        "en",
        "It was Cirrane's third major outage in 14 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 14, "month", None)],
        None,
    ),
    ("en", "Analysts said the episode would renew questions about how much of the web rests on very few providers.", False, [], None),
    (
        "en",
        "Shares of Cirrane's parent fell 2.7% in extended trading.",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    # --- Rechenzentrum in Winterthur (Keystone-SDA), Dienstag, 21. April ---
    (
        "de",
        "Winterthur (Keystone-SDA) - Der Rechenzentrumsbetreiber Glarnet will in Winterthur für 1,1 Milliarden Franken einen Campus mit einer Anschlussleistung von 120 Megawatt bauen.",
        True,
        [("money", 1100000000, "CHF", None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Die erste Etappe mit 40 Megawatt soll Ende 2028 in Betrieb gehen, hiess es.",
        True,
        [("ordinal", 1, None, None), ("count", 40, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Mit der Abwärme sollen rund 6'500 Haushalte über das städtische Fernwärmenetz beheizt werden.",
        True,
        [("count", 6500, None, "about")],
        None,
    ),
    (
        "de",
        "Glarnet-Chefin Corinna Etter-Baumann sagte, der Campus werde vollständig mit Strom aus erneuerbaren Quellen betrieben, rund 70 Prozent davon aus Wasserkraft.",
        True,
        [("percent", 70, "%", "about")],
        "Corinna Etter-Baumann",
    ),
    ("de", "«Wir bauen nur dort, wo der Strom sauber und die Wärme gefragt ist», sagte Etter-Baumann.", False, [], None),
    (
        "de",
        "Gemäss Bundesamt für Energie verbrauchten die Schweizer Rechenzentren zuletzt rund 2'900 Gigawattstunden pro Jahr, knapp 5 Prozent des Landesverbrauchs.",
        True,
        [("count", 2900, None, "about"), ("percent", 5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Stadt rechnet mit Steuereinnahmen von jährlich bis zu 14 Millionen Franken.",
        True,
        [("money", 14000000, "CHF", "up_to")],
        None,
    ),
    # --- Foundry starts 2-nanometre production (Reuters), Wednesday April 22 ---
    (
        "en",
        "HSINCHU, Taiwan, April 22 (Reuters) - Contract chipmaker Formosa Lithic said on Wednesday it had begun mass production on its S2 process, which uses 2-nanometre technology.",
        True,
        [("date", "--04-22", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The company has spent T$780 billion ($24.5 billion) on the first two production lines in Hsinchu and Kaohsiung, Chief Executive Lin Mei-hua told a news conference.",
        True,
        [("money", 780000000000, "TWD", None), ("money", 24500000000, "USD", None), ("ordinal", 1, None, None), ("count", 2, None, None)],
        "Lin Mei-hua",
    ),
    (
        "en",
        "Yields on the new process have passed 70%, she said.",
        True,
        [("percent", 70, "%", None)],
        None,
    ),
    ("en", "\"Every important AI chip of the coming decade will pass through our fabs,\" Lin said.", False, [], None),
    (
        "en",
        "Chips made on 3-nanometre technology accounted for 28% of the company's wafer revenue in the first quarter, and 5-nanometre chips for another 31%.",
        True,
        [("count", 3, None, None), ("percent", 28, "%", None), ("ordinal", 1, None, None), ("count", 5, None, None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Formosa Lithic plans to start its A14 process, a 1.4-nanometre technology, in the second half of 2028.",
        True,
        [("count", 1.4, None, None), ("ordinal", 2, None, None), ("year", 2028, None, None)],
        None,
    ),
    ("en", "Some analysts doubt that customers will pay the steep prices charged for the newest chips.", False, [], None),
    (
        "en",
        "Its shares rose 3.4% to T$1,215 in Taipei.",
        True,
        [("percent", 3.4, "%", None), ("money", 1215, "TWD", None)],
        None,
    ),
    # --- Mobilfunkstörung (dpa), Donnerstag, 23. April ---
    (
        "de",
        "Düsseldorf (dpa) - Eine knapp siebenstündige Störung im Mobilfunknetz von Rheinfunk hat am Donnerstag Millionen Kundinnen und Kunden vom Telefonieren abgeschnitten.",
        True,
        [("duration", 7, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Betroffen waren nach Angaben des Netzbetreibers rund 4,6 Millionen Kunden in ganz Deutschland.",
        True,
        [("count", 4600000, None, "about")],
        None,
    ),
    (
        "de",
        "Auch die Notrufnummern 110 und 112 waren in Teilen des Netzes zeitweise nicht erreichbar, teilte die Bundesnetzagentur mit.",
        True,
        [],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Die Störung begann gegen 6.50 Uhr und war erst kurz vor 14 Uhr vollständig behoben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ursache war ein fehlerhaftes Software-Update an 14 zentralen Vermittlungsrechnern, sagte Technikvorstand Ole Brinkhaus.",
        True,
        [("count", 14, None, None)],
        "Ole Brinkhaus",
    ),
    (
        "de",
        "Als Entschädigung erhalten alle betroffenen Vertragskunden eine Gutschrift von 5 Euro, kündigte Brinkhaus an.",
        True,
        [("money", 5, "EUR", None)],
        None,
    ),
    ("de", "Brinkhaus sagte, das Unternehmen bedauere den Ausfall „zutiefst“.", False, [], None),
    (
        "de",
        "Es war der zweite größere Ausfall im Rheinfunk-Netz binnen elf Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 11, "month", None)],
        None,
    ),
    ("de", "In sozialen Netzwerken beschwerten sich zahlreiche Nutzer über fehlende Informationen.", False, [], None),
    # --- Retailer cyber attack (PA), Friday April 24 ---
    (
        "en",
        "LONDON (PA) - Online orders at fashion retailer Harrowgate & Lyle remained suspended on Friday, 19 days after a cyber attack forced the chain to take its website down.",
        True,
        [("duration", 19, "day", None)],
        None,
    ),
    (
        "en",
        "The attackers demanded 150 bitcoin, worth about £11 million at current prices, people familiar with the matter said.",
        True,
        [("count", 150, None, None), ("money", 11000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "The company said it would not pay a ransom.",
        True,
        [],
        "the company",
    ),
    (
        "en",
        "Chief Executive Fiona Markwick told analysts the attack would cut operating profit by £160 million to £190 million this financial year.",
        True,
        [("money", 160000000, "GBP", None), ("money", 190000000, "GBP", None)],
        "Fiona Markwick",
    ),
    ("en", "\"Our colleagues have worked day and night to get us back on our feet,\" Markwick said.", False, [], None),
    (
        "en",
        "Names, email addresses and purchase histories of customers were taken, though no card data was accessed, according to the company.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Shares in Harrowgate & Lyle have fallen about 14% since the attack was disclosed.",
        True,
        [("percent", 14, "%", "about")],
        None,
    ),
    ("en", "Security consultants said the attack showed that retailers remain an easy target.", False, [], None),
    # --- Router-Lücke (dpa), Montag, 27. April ---
    (
        "de",
        "Berlin (dpa) - Eine kritische Sicherheitslücke in WLAN-Routern des Herstellers Lunetec gefährdet rund 640.000 Geräte in Deutschland, warnte das BSI am Montag.",
        True,
        [("count", 640000, None, "about")],
        None,
    ),
    (
        "de",
        "Über die Lücke lassen sich die Geräte ohne Kennwort komplett fernsteuern, der Schweregrad liegt bei 9,3 von 10 Punkten.",
        True,
        [("count", 9.3, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind die Modelle Lunabox 4 und Lunabox 5 mit einer Firmware vor Version 8.2.1.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Update stehe seit Freitag bereit und werde binnen zwei Wochen automatisch auf alle Geräte verteilt, teilte Lunetec mit.",
        True,
        [("duration", 2, "week", None)],
        "Lunetec",
    ),
    (
        "de",
        "Ältere Geräte der Reihe Lunabox 3 erhalten dagegen kein Update mehr, weil ihr Support bereits 2024 endete.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("de", "Die Verbraucherzentrale riet Besitzern älterer Geräte, über einen Austausch nachzudenken.", False, [], None),
    (
        "de",
        "Es ist die vierte schwere Lücke in Lunetec-Routern seit 2023.",
        True,
        [("ordinal", 4, None, None), ("year", 2023, None, None)],
        None,
    ),
    ("de", "„Sicherheit hat bei uns oberste Priorität“, sagte ein Firmensprecher.", False, [], None),
    # --- AI campus in Wyoming (AP), Tuesday April 28 ---
    (
        "en",
        "CHEYENNE, Wyo. (AP) — A developer backed by Veltmark Labs plans to build a $25 billion data center campus outside Cheyenne that would eventually draw up to 1.8 gigawatts of power.",
        True,
        [("money", 25000000000, "USD", None), ("count", 1.8, None, "up_to")],
        None,
    ),
    (
        "en",
        "The first phase, with 300 megawatts, is scheduled to open in late 2027, developer Prairie Forge said Tuesday.",
        True,
        [("ordinal", 1, None, None), ("count", 300, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The campus would use about 1.2 million gallons of water a day in the hottest months, according to a filing with the state.",
        True,
        [("count", 1200000, None, "about")],
        None,
    ),
    (
        "en",
        "Laramie County commissioners voted 4-1 on Tuesday to approve a 15-year tax abatement for the project.",
        True,
        [("count", 4, None, None), ("count", 1, None, None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "Commissioner Dale Ruckert said the county was giving away \"far too much\" to a company that would hire few locals.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Prairie Forge said the campus would create about 2,000 construction jobs and 350 permanent positions.",
        True,
        [("count", 2000, None, "about"), ("count", 350, None, None)],
        None,
    ),
    (
        "en",
        "Sagebrush Electric has agreed to build a 600-megawatt gas plant and buy power from two new wind farms to serve the site.",
        True,
        [("count", 600, None, None), ("count", 2, None, None)],
        None,
    ),
    # --- Finanzierungsrunde eines Münchner KI-Start-ups (dpa-AFX), Mittwoch, 29. April ---
    (
        "de",
        "München (dpa-AFX) - Das Münchner KI-Start-up Lindenblatt AI hat in einer Finanzierungsrunde 450 Millionen Euro eingesammelt und wird nun mit rund 3,2 Milliarden Euro bewertet.",
        True,
        [("money", 450000000, "EUR", None), ("money", 3200000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mitgründerin Hannah Vosskuhl sagte, mit dem Geld solle vor allem die nächste Modellgeneration trainiert werden, die im Herbst erscheinen und rund 400 Milliarden Parameter haben soll.",
        True,
        [("count", 400000000000, None, "about")],
        "Hannah Vosskuhl",
    ),
    (
        "de",
        "Das aktuelle Modell Lindra 2 verfügt über 120 Milliarden Parameter und wurde mit rund 15 Billionen Token trainiert.",
        True,
        [("count", 120000000000, None, None), ("count", 15000000000000, None, "about")],
        None,
    ),
    (
        "de",
        "Lindra 2.5, die dritte Version des Modells, soll im Juni erscheinen und 40 statt bisher 24 Sprachen beherrschen.",
        True,
        [("ordinal", 3, None, None), ("count", 40, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen beschäftigt 260 Mitarbeiterinnen und Mitarbeiter, bis Ende 2027 sollen es mehr als 500 sein.",
        True,
        [("count", 260, None, None), ("year", 2027, None, None), ("count", 500, None, "over")],
        None,
    ),
    ("de", "„Europa darf bei der wichtigsten Technologie dieses Jahrhunderts nicht nur Kunde sein“, sagte Vosskuhl.", False, [], None),
    ("de", "Fachleute bezweifeln, dass europäische Anbieter mit den Budgets der US-Konkurrenz mithalten können.", False, [], None),
    (
        "de",
        "Bei der vorigen Runde vor 14 Monaten hatte Lindenblatt 85 Millionen Euro bei einer Bewertung von 600 Millionen Euro erhalten.",
        True,
        [("duration", 14, "month", None), ("money", 85000000, "EUR", None), ("money", 600000000, "EUR", None)],
        None,
    ),
    # --- Ransomware operator charged (Reuters), Thursday April 30 ---
    (
        "en",
        "WASHINGTON, April 30 (Reuters) - U.S. prosecutors charged a 31-year-old Russian national with running a ransomware group that extorted more than $240 million from victims worldwide, the Justice Department said on Thursday.",
        True,
        [("date", "--04-30", None, None), ("duration", 31, "year", None), ("money", 240000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "The group, known as Coldpanel, has attacked more than 1,100 organizations in 38 countries since 2021, among them 14 hospitals, according to the indictment.",
        True,
        [("count", 1100, None, "over"), ("count", 38, None, None), ("year", 2021, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Its largest single demand was 400 bitcoin, then worth about $17 million, prosecutors said.",
        True,
        [("count", 400, None, None), ("money", 17000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "On each of the five counts, the man could be sentenced to up to 20 years behind bars.",
        True,
        [("duration", 20, "year", "up_to"), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "The State Department is offering a reward of up to $10 million for information leading to his arrest.",
        True,
        [("money", 10000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Deputy Attorney General Marcia Oyelaran told reporters the suspect had personally received at least $38 million in ransom payments.",
        True,
        [("money", 38000000, "USD", "at_least")],
        "Marcia Oyelaran",
    ),
    ("en", "\"Those who hold American hospitals hostage cannot hide forever,\" Oyelaran said.", False, [], None),
    (
        "en",
        "Coldpanel's leak site has been offline since February, when police in Europe seized 27 of its servers.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    # --- Datenleck bei Wiener Onlinehändler (APA), Montag, 4. Mai ---
    (
        "de",
        "Wien (APA) - Beim Wiener Online-Elektronikhändler Voltmarkt sind bei einem Hackerangriff die Daten von rund 1,2 Millionen Kundenkonten abgeflossen.",
        True,
        [("count", 1200000, None, "about")],
        None,
    ),
    (
        "de",
        "Betroffen seien Namen, Adressen und Telefonnummern, Kreditkartendaten hingegen nicht, hieß es aus dem Unternehmen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Angreifer boten den Datensatz in einem Darknet-Forum um 30.000 Dollar zum Kauf an.",
        True,
        [("money", 30000, "USD", None)],
        None,
    ),
    (
        "de",
        "Voltmarkt-Geschäftsführer Clemens Aigner-Strohmayer sagte, der Angriff sei über das gestohlene Passwort eines externen Dienstleisters erfolgt und erst nach neun Tagen bemerkt worden.",
        True,
        [("duration", 9, "day", None)],
        "Clemens Aigner-Strohmayer",
    ),
    (
        "de",
        "Die Datenschutzbehörde wurde binnen 72 Stunden informiert und hat ein Verfahren eingeleitet.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Es ist heuer bereits das vierte größere Datenleck bei einem österreichischen Händler.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Die Arbeiterkammer sprach von einem „Weckruf für den gesamten Onlinehandel“.", False, [], None),
    (
        "de",
        "Voltmarkt setzt unterdessen die Passwörter aller rund 1,9 Millionen registrierten Nutzerinnen und Nutzer zurück.",
        True,
        [("count", 1900000, None, "about")],
        None,
    ),
    ("de", "Ob auch Zugangsdaten zu anderen Diensten betroffen sind, ist unklar.", False, [], None),
    # --- City ransomware attack (AP), Tuesday May 5 ---
    (
        "en",
        "DULUTH, Minn. (AP) — City services in Duluth have been crippled for 11 days by a ransomware attack whose perpetrators are demanding $2.5 million in bitcoin, Mayor Elena Sorvik said Tuesday.",
        True,
        [("duration", 11, "day", None), ("money", 2500000, "USD", None)],
        "Elena Sorvik",
    ),
    (
        "en",
        "The city council voted 7-2 on Monday night not to pay.",
        True,
        [("count", 7, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Sorvik said police dispatchers had been working with paper logs and radios since the attack began on April 24.",
        True,
        [("date", "--04-24", None, None)],
        "Sorvik",
    ),
    ("en", "\"The people who did this are cowards hiding behind keyboards,\" Sorvik said.", False, [], None),
    (
        "en",
        "The attackers first gave the city a 72-hour deadline, later extended to seven days, according to a council memo.",
        True,
        [("duration", 72, "hour", None), ("duration", 7, "day", None)],
        None,
    ),
    (
        "en",
        "About 300 city computers are being rebuilt from scratch, and the city's insurance covers up to $5 million in recovery costs.",
        True,
        [("count", 300, None, "about"), ("money", 5000000, "USD", "up_to")],
        None,
    ),
    ("en", "Some residents complained that the city had been slow to explain what happened.", False, [], None),
    (
        "en",
        "It is the second ransomware attack on a Minnesota city this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- KI-Rechenzentrum in Dithmarschen (dpa/lno), Mittwoch, 6. Mai ---
    (
        "de",
        "Heide (dpa/lno) - Im Kreis Dithmarschen soll für rund 3,5 Milliarden Euro eines der größten KI-Rechenzentren Deutschlands entstehen.",
        True,
        [("money", 3500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Betreiber Nordwatt Compute plant eine Anschlussleistung von zunächst 250 Megawatt, die bis 2032 auf 1 Gigawatt wachsen soll.",
        True,
        [("count", 250, None, None), ("year", 2032, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Betrieben werden soll der Campus mit Windstrom von der Westküste, ab 2030 gestützt von einem Batteriespeicher mit 200 Megawatt, sagte Nordwatt-Geschäftsführer Sönke Hansen-Thorwarth.",
        True,
        [("year", 2030, None, None), ("count", 200, None, None)],
        "Sönke Hansen-Thorwarth",
    ),
    (
        "de",
        "In der ersten Ausbaustufe sollen dort rund 50.000 Grafikprozessoren installiert werden.",
        True,
        [("ordinal", 1, None, None), ("count", 50000, None, "about")],
        None,
    ),
    (
        "de",
        "Mit der Abwärme könnten bis zu 20.000 Haushalte in Heide beheizt werden, hieß es aus dem Rathaus.",
        True,
        [("count", 20000, None, "up_to")],
        None,
    ),
    ("de", "Die Landesregierung nannte das Vorhaben einen „Leuchtturm für den Norden“.", False, [], None),
    (
        "de",
        "Entstehen sollen rund 400 Dauerarbeitsplätze, während der Bauzeit bis zu 2.500 weitere.",
        True,
        [("count", 400, None, "about"), ("count", 2500, None, "up_to")],
        None,
    ),
    ("de", "Naturschützer befürchten einen hohen Wasserverbrauch für die Kühlung.", False, [], None),
    (
        "de",
        "Nordwatt will den ersten Bauabschnitt bis Mitte 2028 fertigstellen.",
        True,
        [("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    # --- AI model launch (Reuters), Thursday May 7 ---
    (
        "en",
        "SAN FRANCISCO, May 7 (Reuters) - Veltmark Labs on Thursday released Halden 5, its most capable model so far, which it says can process up to 3 million tokens at once.",
        True,
        [("date", "--05-07", None, None), ("count", 3000000, None, "up_to")],
        None,
    ),
    (
        "en",
        "Halden 5 scored 78.4% on a popular coding benchmark, up from 69.1% for Halden 4, according to the company.",
        True,
        [("percent", 78.4, "%", None), ("percent", 69.1, "%", None)],
        None,
    ),
    (
        "en",
        "Developers will pay $5 per million input tokens and $20 per million output tokens, a third less than for the previous version.",
        True,
        [("money", 5, "USD", None), ("money", 20, "USD", None), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Noor Castellano said the model was the company's fifth major release in 18 months.",
        True,
        [("ordinal", 5, None, None), ("duration", 18, "month", None)],
        "Noor Castellano",
    ),
    ("en", "\"Halden 5 is the closest thing yet to a colleague who never sleeps,\" Castellano said.", False, [], None),
    (
        "en",
        "The model was trained over about 14 weeks on roughly 100,000 graphics processors, she told reporters.",
        True,
        [("duration", 14, "week", "about"), ("count", 100000, None, "about")],
        None,
    ),
    ("en", "Independent researchers said it was not clear how well the benchmark results would translate into real work.", False, [], None),
    (
        "en",
        "Castellano said in a post on LinkedIn that more than 4,000 companies had tested the model before its release.",
        True,
        [("count", 4000, None, "over")],
        "Castellano",
    ),
    # --- Lagebild Cybercrime Bayern (dpa/lby), Freitag, 8. Mai ---
    (
        "de",
        "München (dpa/lby) - Die Polizei in Bayern hat im vergangenen Jahr 61.480 Fälle von Cyberkriminalität registriert, ein Anstieg um knapp 9 Prozent.",
        True,
        [("count", 61480, None, None), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote sank nach Angaben von Innenminister Joachim Hallbauer (CSU) um 2,6 Prozentpunkte auf 31,4 Prozent.",
        True,
        [("percent", 2.6, "pp", None), ("percent", 31.4, "%", None)],
        "Joachim Hallbauer",
    ),
    (
        "de",
        "Rund ein Drittel der Fälle betraf Betrug beim Onlinekauf, jeder zehnte Fall war ein Angriff mit Erpressungssoftware.",
        True,
        [("fraction", 0.3333, None, "about"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Den Schaden bezifferte das Landeskriminalamt auf mindestens 138 Millionen Euro.",
        True,
        [("money", 138000000, "EUR", "at_least")],
        None,
    ),
    ("de", "„Das Internet ist kein rechtsfreier Raum und wird es auch nie werden“, sagte Hallbauer.", False, [], None),
    (
        "de",
        "Die Zahl der Ermittler in der Zentralstelle Cybercrime soll bis 2028 um 120 auf 480 steigen.",
        True,
        [("year", 2028, None, None), ("count", 120, None, None), ("count", 480, None, None)],
        None,
    ),
    ("de", "Die Opposition im Landtag hält die Aufstockung für unzureichend.", False, [], None),
    (
        "de",
        "Fast die Hälfte der angegriffenen Unternehmen erstattete nach Schätzungen des LKA keine Anzeige.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    # --- Irish privacy fine over AI training (Reuters), Monday May 11 ---
    (
        "en",
        "DUBLIN, May 11 (Reuters) - Ireland's Data Protection Commission on Monday ordered social media company Brightloop to pay 390 million euros ($421 million) for feeding people's posts into its AI training without a valid legal basis.",
        True,
        [("date", "--05-11", None, None), ("money", 390000000, "EUR", None), ("money", 421000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It is the fifth fine the Irish regulator has imposed on Brightloop since 2022, bringing the total to more than 2.1 billion euros.",
        True,
        [("ordinal", 5, None, None), ("year", 2022, None, None), ("money", 2100000000, "EUR", "over")],
        None,
    ),
    (
        "en",
        "The regulator said Brightloop had used posts from about 210 million European accounts, including those of users under 18.",
        True,
        [("count", 210000000, None, "about"), ("duration", 18, "year", "under")],
        "the regulator",
    ),
    (
        "en",
        "Brightloop must bring its handling of the data in line with EU law within three months, according to the decision.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "Brightloop said it would challenge the ruling in court, describing it as \"a blow to European innovation.\"",
        True,
        [],
        None,
    ),
    ("en", "Privacy campaigners called the fine \"far too small to change anything.\"", False, [], None),
    (
        "en",
        "Under the GDPR, the highest possible penalty is 4% of worldwide yearly revenue.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    ("en", "Whether other regulators in the EU will follow the Irish decision remains unclear.", False, [], None),
    # --- Cyberangriff auf Klinikverbund (dpa/lsw), Dienstag, 12. Mai ---
    (
        "de",
        "Ravensburg (dpa/lsw) - Nach einem Cyberangriff hat sich der Klinikverbund Argental für 36 Stunden von der Notfallversorgung abgemeldet.",
        True,
        [("duration", 36, "hour", None)],
        None,
    ),
    (
        "de",
        "Rettungswagen wurden in dieser Zeit in umliegende Krankenhäuser umgeleitet, hieß es bei der Polizei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen waren rund 2.300 Rechner und 140 Server, sagte Klinik-Geschäftsführerin Dr. Ulrike Marquardt-Seitz.",
        True,
        [("count", 2300, None, "about"), ("count", 140, None, None)],
        "Ulrike Marquardt-Seitz",
    ),
    (
        "de",
        "Einen Abfluss von Patientendaten habe man bislang nicht festgestellt, so Marquardt-Seitz.",
        True,
        [],
        "Marquardt-Seitz",
    ),
    ("de", "„Unser Team hat in diesen Stunden Übermenschliches geleistet“, sagte Marquardt-Seitz.", False, [], None),
    (
        "de",
        "Der Klinikverbund ist seit Jahresbeginn bereits das fünfte Krankenhaus im Südwesten, das Ziel eines Hackerangriffs wurde.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Das Land stellt den Kliniken bis 2027 zusätzlich 40 Millionen Euro für IT-Sicherheit bereit.",
        True,
        [("year", 2027, None, None), ("money", 40000000, "EUR", None)],
        None,
    ),
    ("de", "Die Krankenhausgesellschaft nannte das Geld „viel zu wenig für den tatsächlichen Bedarf“.", False, [], None),
    # --- Health insurer breach (AAP), Wednesday May 13 ---
    (
        "en",
        "SYDNEY, May 13 (AAP) - Health insurer Coralbay Health says hackers have stolen data on about 5.6 million current and former customers and are demanding a ransom of US$10 million.",
        True,
        [("date", "--05-13", None, None), ("count", 5600000, None, "about"), ("money", 10000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Grant Mulvaney told a Senate committee the company would not pay.",
        True,
        [],
        "Grant Mulvaney",
    ),
    (
        "en",
        "About two-fifths of those affected had details of mental health claims taken, he said.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    ("en", "\"Paying would only paint a target on every Australian's back,\" Mulvaney said.", False, [], None),
    (
        "en",
        "Australia's privacy watchdog said it had opened an investigation that could lead to a fine of up to A$50 million.",
        True,
        [("money", 50000000, "AUD", "up_to")],
        None,
    ),
    (
        "en",
        "Coralbay's shares fell 6.1% to A$3.42.",
        True,
        [("percent", 6.1, "%", None), ("money", 3.42, "AUD", None)],
        None,
    ),
    ("en", "Consumer groups said the company had kept far more data than it ever needed.", False, [], None),
    (
        "en",
        "It is the third major breach at an Australian health insurer in four years.",
        True,
        [("ordinal", 3, None, None), ("duration", 4, "year", None)],
        None,
    ),
    # --- Halbjahresbericht des Bundesamts für Cybersicherheit (Keystone-SDA), Donnerstag, 14. Mai ---
    (
        "de",
        "Bern (Keystone-SDA) - Dem Bundesamt für Cybersicherheit sind im vergangenen Halbjahr 31'240 Cybervorfälle gemeldet worden, rund 18 Prozent mehr als in der Vorjahresperiode.",
        True,
        [("count", 31240, None, None), ("percent", 18, "%", "about")],
        None,
    ),
    (
        "de",
        "Den Angaben zufolge betrafen knapp zwei Drittel der Meldungen Betrugsversuche.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Betreiber kritischer Infrastrukturen sind seit April 2025 verpflichtet, Angriffe innert 24 Stunden zu melden.",
        True,
        [("year", 2025, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Seither gingen 214 solche Pflichtmeldungen ein, ein Viertel davon von Energieversorgern.",
        True,
        [("count", 214, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "«Die Meldepflicht zeigt endlich, wie verwundbar unser Land ist», sagte BACS-Direktor Reto Amstutz-Bühler.", False, [], None),
    (
        "de",
        "Amstutz-Bühler sagte, im Schnitt vergingen zwischen einem Angriff und seiner Entdeckung 11 Tage.",
        True,
        [("duration", 11, "day", None)],
        "Amstutz-Bühler",
    ),
    ("de", "Wirtschaftsverbände kritisierten den Aufwand für kleinere Firmen als «unverhältnismässig».", False, [], None),
    (
        "de",
        "Ransomware-Angriffe wurden 63 gemeldet, nach 48 in der Vorjahresperiode.",
        True,
        [("count", 63, None, None), ("count", 48, None, None)],
        None,
    ),
    # --- Card payment outage (Bloomberg), Friday May 15 ---
    (
        "en",
        "(Bloomberg) -- Card payments at thousands of shops across Britain and Ireland failed for almost five hours on Friday after an outage at payment processor Tillwise.",
        True,
        [("duration", 5, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "About 1.3 million transactions were declined during the outage, according to estimates from payments consultancy Ledgerline.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    ("en", "Shoppers described long queues at supermarket tills and at cash machines.", False, [], None),
    (
        "en",
        "Chief Operating Officer Priyanka Dhillon-Rhodes said the company would compensate merchants for lost fees, with payouts of up to £500 each.",
        True,
        [("money", 500, "GBP", "up_to")],
        "Priyanka Dhillon-Rhodes",
    ),
    ("en", "\"This should never have happened, and we own that,\" Dhillon-Rhodes said.", False, [], None),
    (
        "en",
        "It was the processor's second nationwide outage since November.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- KI-Großrechenzentren (dpa), Montag, 18. Mai ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung will den Bau von zwei KI-Großrechenzentren mit zusammen 5 Milliarden Euro fördern.",
        True,
        [("count", 2, None, None), ("money", 5000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Jedes der Zentren soll mindestens 100.000 KI-Chips umfassen, sagte Digitalminister Fabian Roloff-Kessler am Montag in Berlin.",
        True,
        [("count", 100000, None, "at_least")],
        "Fabian Roloff-Kessler",
    ),
    (
        "de",
        "Weitere 3 Milliarden Euro sollen aus dem EU-Programm für KI-Gigafabriken kommen.",
        True,
        [("money", 3000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Kabinett soll am Mittwoch einen Zehn-Punkte-Plan beschließen, der ab 1. Juli gilt.",
        True,
        [("count", 10, None, None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Die Standorte sollen bis Ende 2026 ausgewählt werden, der Betrieb soll 2029 beginnen.",
        True,
        [("year", 2026, None, None), ("year", 2029, None, None)],
        None,
    ),
    ("de", "„Wer bei KI nur zuschaut, verliert“, sagte Roloff-Kessler.", False, [], None),
    (
        "de",
        "Ein Rechenzentrum dieser Größe benötigt nach Schätzungen des Branchenverbands Bitkom rund 500 Megawatt Leistung.",
        True,
        [("count", 500, None, "about")],
        None,
    ),
    ("de", "Die Grünen sprachen von „Symbolpolitik mit Steuergeld“.", False, [], None),
    # --- Monthly security fixes (Reuters), Tuesday May 19 ---
    (
        "en",
        "SEATTLE, May 19 (Reuters) - Software maker Pinholt released fixes for 129 security flaws on Tuesday, including five zero-day vulnerabilities that hackers were already exploiting.",
        True,
        [("date", "--05-19", None, None), ("count", 129, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Eleven of the flaws were rated critical, according to Pinholt.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The most severe, in Pinholt's email server software, carries a severity score of 9.9 out of 10.",
        True,
        [("count", 9.9, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The U.S. Cybersecurity and Infrastructure Security Agency ordered federal agencies to install the patches within 21 days.",
        True,
        [("duration", 21, "day", None)],
        None,
    ),
    (
        "en",
        "Security firm Brackwater said it had counted about two dozen organizations breached through one of the flaws.",
        True,
        [("count", 24, None, "about")],
        None,
    ),
    (
        "en",
        "Last month Pinholt fixed 113 flaws, and in May a year ago it fixed 87.",
        True,
        [("count", 113, None, None), ("count", 87, None, None)],
        None,
    ),
    (
        "en",
        "\"Patching remains the single most important thing any organization can do,\" said Kira Lindgren-Pope, an analyst at Ashcombe Research.",
        False,
        [],
        None,
    ),
    # --- Störung beim Onlinebanking (APA), Mittwoch, 20. Mai ---
    (
        "de",
        "Wien (APA) - Kundinnen und Kunden der Tauernbank haben am Mittwoch gut 14 Stunden lang weder Onlinebanking noch App nutzen können.",
        True,
        [("duration", 14, "hour", "over")],
        None,
    ),
    (
        "de",
        "Ursache sei ein Hardwaredefekt in einem Rechenzentrum in Wien gewesen, ein Cyberangriff sei auszuschließen, hieß es bei der Bank.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen waren rund 780.000 Kundinnen und Kunden.",
        True,
        [("count", 780000, None, "about")],
        None,
    ),
    (
        "de",
        "Tauernbank-Vorstand Markus Pölzl-Reiter sagte, man werde allen Betroffenen die Kontoführungsgebühr für Mai erlassen.",
        True,
        [],
        "Markus Pölzl-Reiter",
    ),
    ("de", "Pölzl-Reiter entschuldigte sich bei den Kundinnen und Kunden für die Unannehmlichkeiten.", False, [], None),
    (
        "de",
        "Für die Bank war es seit vergangenem Herbst bereits die dritte größere Panne.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Die Finanzmarktaufsicht ließ offen, ob sie den Vorfall prüfen wird.", False, [], None),
    # --- AI data centre approved in England (Reuters), Wednesday May 20 ---
    (
        "en",
        "LONDON, May 20 (Reuters) - Britain has approved a 500-megawatt AI data centre campus in northeast England, part of a 6 billion pound investment by U.S. developer Halvorsen Digital, the government said on Wednesday.",
        True,
        [("date", "--05-20", None, None), ("count", 500, None, None), ("money", 6000000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The first 150 megawatts are due to come online in 2028, with the rest following by 2031.",
        True,
        [("ordinal", 1, None, None), ("count", 150, None, None), ("year", 2028, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Technology Secretary Imogen Pryce-Hartley said the project would create about 900 permanent jobs.",
        True,
        [("count", 900, None, "about")],
        "Imogen Pryce-Hartley",
    ),
    ("en", "\"This is what it looks like when Britain backs the builders,\" Pryce-Hartley said.", False, [], None),
    (
        "en",
        "The campus will need as much electricity as roughly 400,000 homes, according to figures from the grid operator.",
        True,
        [("count", 400000, None, "about")],
        None,
    ),
    (
        "en",
        "Britain's data centres currently use about 2.5% of the country's electricity, a share the grid operator expects to triple by 2035.",
        True,
        [("percent", 2.5, "%", "about"), ("year", 2035, None, None)],
        None,
    ),
    ("en", "Campaigners said the plan would strain a grid that is already struggling to connect new homes.", False, [], None),
    (
        "en",
        "Halvorsen, founded in 2019, runs 23 data centres in six countries.",
        True,
        [("year", 2019, None, None), ("count", 23, None, None), ("count", 6, None, None)],
        None,
    ),
    # --- Cyberangriff auf Logistikkonzern (dpa), Donnerstag, 21. Mai ---
    (
        "de",
        "Bremen (dpa) - Nach einem Cyberangriff auf den Logistikkonzern Hansefracht stehen seit Montag die Lager in 14 Städten still.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Erpresser fordern 5 Millionen Dollar in Bitcoin, berichtete das „Handelsblatt“ unter Berufung auf Unternehmenskreise.",
        True,
        [("money", 5000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Hansefracht bestätigte den Angriff, äußerte sich aber nicht zu einer Lösegeldforderung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 6.800 Beschäftigte in Deutschland können seit dem Angriff nicht normal arbeiten, sagte Vorstandschef Dirk Everding.",
        True,
        [("count", 6800, None, "about")],
        "Dirk Everding",
    ),
    ("de", "„Das ist ein Angriff auf unsere ganze Branche“, sagte Everding.", False, [], None),
    (
        "de",
        "Der Konzern rechnet mit einem Umsatzausfall von bis zu 3 Millionen Euro pro Tag.",
        True,
        [("money", 3000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Branchenverbands waren 2025 bereits elf Logistikunternehmen in Deutschland Ziel von Erpressungssoftware.",
        True,
        [("year", 2025, None, None), ("count", 11, None, None)],
        None,
    ),
    # --- Japanese AI data centre plan (Reuters), Friday May 22 ---
    (
        "en",
        "TOKYO, May 22 (Reuters) - Hoshizora Group will invest 4.5 trillion yen ($29 billion) in AI data centres in Japan through 2030, the company said on Friday.",
        True,
        [("date", "--05-22", None, None), ("money", 4500000000000, "JPY", None), ("money", 29000000000, "USD", None), ("year", 2030, None, None)],
        "the company",
    ),
    (
        "en",
        "The plan covers six sites with a combined capacity of about 2 gigawatts, the first of which will open in Hokkaido in 2027.",
        True,
        [("count", 6, None, None), ("count", 2, None, "about"), ("ordinal", 1, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Kenji Arakawa said about 40% of the capacity had already been reserved by two U.S. cloud companies.",
        True,
        [("percent", 40, "%", "about"), ("count", 2, None, None)],
        "Kenji Arakawa",
    ),
    ("en", "\"Japan cannot afford to rent its intelligence from abroad,\" Arakawa said.", False, [], None),
    (
        "en",
        "Shares of Hoshizora jumped as much as 9.2% after the announcement, their biggest intraday rise in three years.",
        True,
        [("percent", 9.2, "%", "up_to"), ("duration", 3, "year", None)],
        None,
    ),
    ("en", "Some analysts questioned whether the group could secure enough power at the sites.", False, [], None),
    (
        "en",
        "The government will cover up to a third of the cost of grid connections, the industry ministry said.",
        True,
        [("fraction", 0.3333, None, "up_to")],
        "the industry ministry",
    ),
]
