"""Three-hundred-and-fifty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, products and figures are
made up (Glantal Energie, Anja Dreesbach, Quellbank, Netzhafen and its "Hafenbox" routers,
Veltrion, Henrik Sandmeyer, Taunuscloud, Telvana, Synaptor, Lea Hofstätter, Hochschule
Teutoburg, Friederike Lammers, Tarifwelt, Kartenwerk, Bernhard Ofner, Brandmauer, Wortwerk,
Jonas Ebeling, Murtal Photonics, Sabine Url, Paylinq; Ardent Silicon, Celia Ranganathan,
Bellweather Mutual, Dolores Whitlam, Corvid Labs and its "Kestrel" models, Amara Eze,
Stratavault, Tobias Reinholt, Saguaro Digital, Carla Benitez, Lumenweave, DealerGrid, Nadia
Okoro, AutoPulse, ClassLedger, Hanbit Memory, Park Ji-hoon, Daeyang Electronics, Peachtree
Air, Warren Hollis, Pinecrest Compute, Marcus Delaney, the Black Mantis group, Rachel
Imbert, Skyloom, Northmart, Julie Tremblay, Visageo; every unnamed spokesperson, minister,
mayor, politician, analyst, consultant, researcher, lobbyist, campaigner, resident,
traveller and customer); ministers, mayors, regulators and officials of real governments and
bodies appear under made-up names that stand for no real holder, or by their role only ("die
Landrätin des Kreises", "der Ministerpräsident", "der Bürgermeister", "die Ministerin", "der
Landeshauptmann", "Mayor Carla Benitez", "New York's attorney general", "Deputy Attorney
General Rachel Imbert", "Canada's privacy commissioner", "the regulator's chairman", "a
member of the Garante's board"). Real states, bodies, laws, outlets, places and things
(Landeskriminalamt, Verbraucherzentrale, Datenschutzbehörde, DSGVO,
Bundesverwaltungsgericht, Arbeiterkammer, Bundesamt für Sicherheit in der
Informationstechnik, BSI, heise online, Bundeswirtschaftsministerium, Bund der Steuerzahler,
Kreis Offenbach, Bundesnetzagentur, Notruf 112, Wissenschaftsministerium, TU Wien,
Landesdatenschutzbeauftragter Baden-Württemberg, Amtsgericht Stuttgart, „Standard“,
Wirtschaftsministerium, the European Chips Act, PRO-GE, Handelsverband HDE, Premstätten, Bad
Kreuznach, Langen, Bielefeld; the CHIPS Act, the Maine attorney general's office, the FBI,
Downdetector, the Garante, FlightAware, the Federal Aviation Administration,
Hartsfield-Jackson, the Justice Department, Europol, Ofcom, Cheongju, the Dutch data
protection authority, and the datelines' cities) stand for the way wire copy names them;
every investment, grant, job count, wafer count, power figure, chip count, benchmark score,
price, record count, ransom, fine, outage length, vote, share, share price and quote here is
invented, and where a real figure came to mind (a real chip plant's cost or subsidy, a real
breach's size, a real privacy fine, a real cloud, airline, telecom, satellite or payment
outage, a real data centre's load, a real takedown's tally) it was changed - only the rules
the stories turn on are stated as the law sets them (the GDPR's 20 million euros or 4 per
cent and its 72 hours), as the hundred-twenty-eighth and two-hundred-and-sixty-seventh
batches stated them.

Its weight: TECHNOLOGY, AI AND CYBERSECURITY, fourth round (the fifty-first,
hundred-twenty-eighth and two-hundred-and-sixty-seventh batches weighed technology,
cybersecurity, AI, chips and data centres, and the hundred-sixth, hundred-seventieth,
two-hundred-and-eleventh, two-hundred-and-eighty-eighth and three-hundred-and-eleventh
technology companies, data breaches, regulators and telecoms; their decisions are kept) over
eight wire weeks of one year, February 1 to March 22, as 30 short stories in story order,
the German and English ones interleaved by date, each told as wire copy runs it (a dateline
lead, the figures, attributed claims, the other side, quotes, reactions). Half German (dpa
with its slugs "dpa/lrs", "dpa/sn", "dpa/lhe", "dpa/lnw", "dpa/lsw", dpa-AFX, APA, and
heise-style security copy carried by dpa; Austrian "heuer", "im Vorjahr", "zur Gänze", "um 8
Prozent mehr", German „“ quotes): a ransomware attack on a Rhineland-Palatinate utility with
Bitcoin and terabytes, an Austrian privacy fine on an online bank, a critical hole in home
routers with its severity score, a chip plant expansion in Dresden with its subsidy, wafers
and cleanroom, a data centre campus in Langen with megawatts, waste heat and its efficiency
ratio, a nationwide mobile outage, Austria's AI factory with graphics processors and
exaflops, a Munich AI-chip start-up's funding round, a hacked university in Bielefeld, a
Baden-Württemberg fine on a comparison portal, a ticket seller's data leak in Vienna, a
patch day with an exploited hole, an open language model from Berlin with its parameters and
token price, a Styrian sensor plant and a card-payment outage. Half English (Reuters, AP):
an Ohio chip plant with grants and loans, a health insurer's breach, an AI model launch with
its tokens, benchmark and prices, a cloud outage with service credits, an Arizona data
center vote in gigawatts and gallons, an Italian fine on a chatbot maker, a ransomware
attack on car-dealership software with its ransom demand, a New York edtech settlement, a
Korean memory plant in won, an airline's IT outage, a gas power deal for an AI campus, a
ransomware takedown, a satellite internet outage, a retailer's loyalty account breach in
Canadian dollars and a Dutch fine on a facial recognition firm. Figures as such copy has
them: accounts, customers, members, students and records with their hedges; ransoms, fines
and their ceilings, settlements, investments, grants, loans, funding and valuations;
megawatts, gigawatts, terabytes, Bitcoin, wafers, graphics processors, parameters, tokens,
node sizes, severity scores; outage lengths in minutes, hours and days, detection and
reporting times, deadlines and terms; votes, shares and share prices; number words and
compounds ("the first of two cleanrooms", „das erste von vier Gebäuden“, "five times as
many", "two and a half hours", „fünfeinhalb Stunden“, „etwa jedes siebte“, „je zur Hälfte“,
„die zweithöchste Strafe“, „der drittgrößte Anbieter“), ordinals, ranges, years and dates.
Negatives as such copy has them - about a quarter of the rows, none with a figure: chief
executives', founders' and politicians' visions, boasts and slogans in quotes, apologies,
gratitude and boilerplate, rhetoric of officials and prosecutors, labels of spokespeople,
lobbies and consumer groups („nannte“, „sprach von“), advice naming no measure („riet“,
„heißt es beim BSI“), verdicts and doubts („halten ... für“, „bezweifelt“, "doubt",
"questioned whether"), warnings and forecasts without a figure, fears, open questions,
users' and residents' reactions and a no-comment line, each near a check-worthy look-alike:
the same speaker's figure, the firm's account of what was stolen or spared, a refusal to
pay, an outage's cause, a regulator's order or investigation.

238 rows (120 German, 118 English), 57 negatives (28 German, 29 English), 181 check-worthy
rows of which 25 carry no figure (17 German, 8 English), 266 expected quantities (90
counts - 1 of them a multiple in "times" -, 52 amounts of money - 24 EUR, 22 USD, 4 KRW, 2
CAD -, 39 durations - 8 in weeks, 8 in hours, 8 in years, 7 in days, 7 in months, 1 in
minutes -, 24 ordinals, 24 years, 16 percentages, all in "%", 12 dates, 9 fractions; none
of them in a negative), 36 checked speakers (20 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported vision,
  boast, slogan, apology, expression of gratitude, label, verdict, doubt, fear, advice or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-twenty-eighth, two-hundred-and-sixty-seventh); a quoted
  or reported figure, step, plan, refusal or account of a fact is check-worthy with its
  speaker, also in Konjunktiv I and II (hundred-twenty-eighth,
  two-hundred-and-sixty-seventh: „es würden rund 250 Dauerarbeitsplätze entstehen“). Pairs
  from one speaker: Ranganathan's two cleanrooms and 40,000 wafers beside "Ohio is where
  America's most advanced chips are going to be born"; Eze's users beside "the first model
  that genuinely thinks ..." (a superlative without a benchmark, hundred-sixth - its "first"
  labelled nothing, a negative carrying no quantity); Okoro's $60 million to $80 million
  beside her gratitude; Park's 50% beside "the bottleneck of the AI era"; Hollis's voucher
  beside his apology; Hofstätter's chips beside „nicht wieder nur zuschauen“; Lammers's
  refusal to pay beside „Wir sind erschüttert ...“; Ebeling's free model beside „Wir zeigen,
  dass Europa ...“; and, within one story, Sandmeyer's 900 jobs beside the premier's „Herz
  der europäischen Mikroelektronik“ and Url's 380 jobs beside the governor's
  „Hightech-Land“.
- Ransoms and breaches (fifty-first, hundred-twenty-eighth, two-hundred-and-sixty-seventh):
  a refusal to pay is check-worthy without a figure („Wir zahlen den Erpressern keinen Cent“
  -> "Anja Dreesbach", hundred-twenty-eighth: „Wir werden nicht zahlen“; „keinen Cent“ names
  no sum, two-hundred-and-forty-fifth; „Eine Lösegeldforderung sei eingegangen, gezahlt
  werde aber nicht“ -> "Friederike Lammers"; "had notified the FBI and had not paid a
  ransom"), as is what a breach reached or spared („Die Strom- und Wasserversorgung ... sei
  zu keinem Zeitpunkt gefährdet gewesen, hieß es.“, „Kreditkartendaten seien ... nicht
  betroffen“), how attackers got in ("credential stuffing") and a firm's remedy ("restore
  all stolen points and reset the passwords of every affected member" - "all" and "every" no
  figure). A cryptocurrency is a count („45 Bitcoin“ 45) beside its value in money
  („umgerechnet knapp 3,4 Millionen Euro“ "nearly", „umgerechnet“ no hedge; "cryptocurrency
  worth about $7.5 million" USD "about"); data volumes are counts („rund 1,6 Terabyte“ 1.6
  "about"); a leak offered for sale is money („um 25.000 Dollar“ USD). "first got in" and
  "first demanded" carry no ordinal ("first" an adverb, seventy-sixth); "for a ninth day" is
  ordinal 9.
- Regulators (fifty-first, hundred-sixth, hundred-twenty-eighth,
  two-hundred-and-sixty-seventh): fines, orders, investigations opened, a challenge
  announced („Die Quellbank will den Bescheid ... anfechten, die Frist dafür beträgt vier
  Wochen.“ 4 weeks, „... vor das Amtsgericht Stuttgart zu ziehen“, "would appeal") and what
  a regulator records ("None of the earlier fines has been paid" - "None" a pronoun, no
  count) are check-worthy; an approval still needed („Die Zusage gilt nur unter dem
  Vorbehalt, dass Brüssel die Beihilfe billigt.“, hundred-twenty-eighth) likewise. Fine
  ceilings carry the hedge before the first figure only („bis zu 20 Millionen Euro oder 4
  Prozent“ the first "up_to", the second none; hundred-twenty-eighth), "penalties of up to 5
  million euros" "up_to". Rankings of fines and cases are ordinals („die zweithöchste
  Strafe“ 2, as the issue's „drittgrößte“; "the second fine the Garante has imposed ... in
  14 months" 2 and 14 months; "the fourth European fine" 4; "the third settlement" 3; "the
  first into a Canadian retailer this year" 1). „hat sich ... fast verdreifacht“ carries no
  quantity (a verb, twenty-third: "verdreifacht"; "more than tripled" likewise) and the row
  stays check-worthy; „31 Bußgelder über zusammen 4,3 Millionen Euro“ and „eine Finanzierung
  über 95 Millionen Euro“ give no hedge - „über“ is governed by the noun
  (hundred-seventieth: „14 Bußgelder über insgesamt 38,7 Millionen Euro“;
  two-hundred-and-seventh and two-hundred-and-twenty-sixth: „Kredit über“). A no-comment
  line is a negative ("did not reply to emailed questions from Reuters";
  hundred-twenty-eighth: "declined to comment"), while "DealerGrid said ... it expected to
  restore its core systems within five days but declined to comment on any payment" keeps
  its step and its figure (hundred-sixteenth: an act paired with a warning stays
  check-worthy).
- Negatives besides the quotes above (ninety-eighth, hundred-twenty-eighth,
  two-hundred-and-sixty-seventh): labels („nannte die Vorwürfe „in weiten Teilen
  unbegründet““, „nannte den Bescheid „rechtlich nicht haltbar““, „sprachen von einem
  „überfälligen Signal ...““, „sprach von „Subventionen ohne Boden““, „sprachen von einem
  „Geschäft mit der Ahnungslosigkeit““); advice and appeals naming no measure („Die
  Verbraucherzentrale riet ...“, „Das BSI riet ...“, „Administratoren sollten ..., heißt es
  beim BSI.“, „..., riet das Unternehmen.“, „Die Gewerkschaft PRO-GE mahnte „faire
  Arbeitsbedingungen“ ... ein.“); verdicts and doubts („Branchenbeobachter halten den
  Zeitplan für sehr ehrgeizig.“ - ninety-eighth: „halten ... für“ -, „Die Opposition
  bezweifelt ...“, „Fachleute bezweifeln ...“, "Some analysts doubt ...", "Some analysts
  questioned whether ...", "Privacy advocates said the breach showed ...", "Security
  consultants said the episode exposed ...", "Environmental groups said the project would
  lock in ..."); warnings and forecasts without a figure ("Industry lobbyists warned ...",
  "Analysts said the disruption would revive worries ...", "Threat analysts expect ...
  before long"); fears („Anwohner befürchten ...“, "Many of them said they feared ...");
  open questions („Ob auch Forschungsdaten abgeflossen sind, ist noch unklar.“, "Outside
  safety researchers said it was unclear ..."); users', travellers', customers' and
  administrators' reactions („Viele Nutzerinnen und Nutzer machten ihrem Ärger ... Luft.“,
  "some travelers said they had waited for hours ...", "Some customers complained ...",
  "Some school administrators said they were reconsidering ..."); boilerplate ("Protecting
  our members is and will remain our top priority"); a generic claim in quotes („Kein
  Hersteller der Welt kann fehlerfreien Code garantieren“, hundred-twenty-eighth); slogans
  with an ordinal word („in der ersten Liga“) carrying nothing.
- Outages (fifty-first, hundred-twenty-eighth, two-hundred-and-sixty-seventh): lengths are
  durations ("for about seven hours" "about", „für knapp fünf Stunden“ and "for nearly three
  hours" "nearly", "about two and a half hours" 2.5 "about" - tenth: "three and a half
  hours" -, „rund fünfeinhalb Stunden“ 5.5 "about" - fourteenth: „zweieinhalb“ -, "151
  minutes after", „seit neun Tagen“ and „seit zwölf Tagen“ - fifty-first: „seit mindestens
  zwei Wochen“, while „seit Tagen“ carries none -, "went unnoticed for 51 days", "over 11
  days" - "over" before a span no hedge, hundred-sixteenth); clock times carry none („gegen
  7.20 Uhr“, „kurz nach 10 Uhr“, "6:52 a.m. ET", "2:15 p.m.", "from 6:05 a.m. until 8:58
  a.m.", "17:40 GMT"; fifty-first), and an outage's cause, start and end without a figure
  are check-worthy (fifty-first). Service terms: "up to 25% of the monthly bill" "up_to" and
  "misses the 99.9% the company guarantees" 99.9 with no hedge (a guaranteed level, as "its
  2% target", three-hundred-and-twenty-fourth). Repeats are ordinals with their span ("third
  major outage in 18 months" 3 and 18 months - hundred-twenty-eighth: "its second round of
  cuts within 11 months" -, „der zweite größere Ausfall ... binnen zwölf Monaten“ 2 and 12
  months, "second system-wide outage since July" 2). „Tausenden“, "thousands of websites",
  „Millionen Kundinnen und Kunden“ and "a handful of providers" carry none; „einen
  dreistelligen Millionenbetrag“ names a vague magnitude and carries none, the row
  check-worthy (fifty-first: „einen zweistelligen Millionenbetrag“).
- Identifiers carry no quantity (fifty-first): a cloud region ("US-East-3"), the emergency
  number („Notruf 112“), product and model names („Hafenbox 5“, „Hafenbox 6“, "Kestrel 3",
  "Kestrel 2"), firmware and software versions („vor Version 8.12“, „bis einschließlich
  11.4.2“ - „bis einschließlich“ no hedge to an identifier), "HBM", "CHIPS Act",
  „KI-Fabrik“, „CVSS“ and „PUE“ as names of scales.
- Chips, power and compute are counts (fifty-first, hundred-twenty-eighth,
  two-hundred-and-sixty-seventh): node sizes ("3-nanometre processors" 3, „im
  4-Nanometer-Verfahren“ 4), wafers ("up to 40,000 wafers a month" and „jährlich bis zu
  600.000 Wafer“ "up_to" - "a month" and „jährlich“ none -, „mit 300 Millimetern
  Durchmesser“ 300), areas and volumes („12.000 Quadratmetern“, "1,100 acres", "520 acres",
  "about 30 million gallons of water a year" "about", "about 40 miles" "about"), power („180
  Megawatt“, "as much as 1.2 gigawatts" "up_to", "1.5 gigawatts", „bis zu 8 Megawatt“
  "up_to", "about 1.1 million homes" "about"), accelerators and scale („rund 2.000
  Grafikprozessoren“, "roughly 80,000 graphics processors", „rund 4.000 Grafikprozessoren“,
  "about 500,000 AI chips", „70 Milliarden Parametern“ 70,000,000,000 - ninety-seventh -,
  "up to 1 million tokens" 1,000,000 "up_to" - two-hundred-and-sixty-seventh -, "five times
  as many" 5 "times" - twenty-third: "more than three times as many" 3 "times"), severity
  scores („mit 9,6 von 10 möglichen Punkten“ 9.6 and 10, „einen CVSS-Wert von 8,8“ 8.8;
  fifty-first). "its first 300 megawatts" is ordinal 1 and count 300, as „in den ersten neun
  Monaten“ is ordinal 1 and 9 months (fifty-first), and "the first of two cleanrooms" and
  „das erste von vier Gebäuden“ are ordinal 1 and a count (hundred-twentieth: „dem ersten
  von drei TV-Duellen“). A price per unit of tokens gives the money only ("$4 per million
  input tokens and $16 per million output tokens" 4 and 16 USD, „Pro Million verarbeiteter
  Token ... 0,90 Euro“ 0.9 EUR; two-hundred-and-sixty-seventh). "more than tripled" and
  „mehr als verdoppeln“ carry none (verbs, hundred-seventeenth). New: „eine Leistung von 1,1
  Exaflops“ is count 1.1 - a computing performance in its unit is a count, as power, energy
  and data volumes are (hundred-twenty-eighth: "Power, energy and computing are counts").
  New: „einen PUE-Wert von 1,2“ is count 1.2 - a data centre's efficiency ratio is a figure
  on its scale, as a severity score is (fifty-first: "a severity score of 10.0" count 10),
  and „nur 20 Prozent“ beside it is 20 % („nur“ no hedge). New: "a gigawatt-scale campus"
  carries no quantity - "gigawatt-scale" names an order of magnitude without a figure, as
  „einen zweistelligen Millionenbetrag“ (fifty-first) and "thousands of websites" do.
- Other counts as written (fifty-first, hundred-twenty-eighth,
  two-hundred-and-sixty-seventh): accounts, customers and records with their hedges („etwa
  210.000“, "about 11.8 million", "roughly 900,000", „rund 380.000“, „rund 1,3 Millionen
  Heimroutern“, "more than 2.1 million user reports" "over", „rund 19 Millionen
  Mobilfunkkunden“, "about 1.9 million students", "roughly 42,000", „mehr als 520.000“
  "over", „rund 1,4 Millionen Menschen“, "about 3.2 million subscribers", "about 8.6 million
  customers", "roughly 31,000 accounts", "more than 35 billion photos" "over"); "At least
  six class-action lawsuits" and „mindestens 60 deutsche Kommunen“ "at_least"; „Rund 14.000
  Studierende und 900 Beschäftigte“ the hedge on the first only (forty-seventh); votes one
  count per figure ("voted 5-2" 5 and 2, „mit 29 zu 11 Stimmen“ 29 and 11;
  hundred-thirty-ninth: „mit 5:4 Stimmen“); "another 1,200" no hedge ("another" as "a
  further", seventy-third); "two of its alleged leaders" and "Each of the two men" 2
  (eighth: "The two leaders"); „73 Sicherheitslücken ..., sechs davon“ („davon“ no hedge).
  None: „Eine der Lücken“ („eine der“ a pronoun, forty-first), „alle Geräte“, „Alle
  Klausuren“, "every flight".
- Fractions (the issue: "ein Fünftel", "jeder vierte"): „fast ein Viertel des
  Stromverbrauchs“ 0.25 "nearly", "roughly a third of its new demand" 0.3333 "about", „je
  zur Hälfte“ 0.5 (hundred-fifth), „Rund ein Drittel der Rechenzeit“ 0.3333 "about", „mit
  einem Zehntel des Stromverbrauchs“ 0.1 (the dative, hundred-fourteenth), „rund ein Fünftel
  davon“ 0.2 "about", „Mehr als die Hälfte des Umsatzes“ 0.5 "over", „etwa jedes siebte“
  0.1429 "about" (fifty-first: "etwa jede siebte"), "about a third less than before" 0.3333
  "about".
- Percentages as written: "4.2%", "74.8%, up from 63.1%" (two-hundred-and-sixty-seventh),
  „Rund 40 Prozent“ "about", "roughly 18% fewer" "about", "about 41%", "about 50% a year"
  ("a year" none), "6.7%", "2.3%", „81,3 Prozent“ and „86,9 Prozent“, „um 8 Prozent mehr“
  (Austrian, the comparison after the figure no hedge, two-hundred-and-sixty-seventh).
- Money in the currency written (every batch): "$16 billion", "$1.9 billion ... and up to
  $2.5 billion" the second "up_to", "$131.60", „6,4 Millionen Euro“, "$58 billion", „rund
  3,2 Milliarden Euro“, „zusammen knapp 960 Millionen Euro“ "nearly" („zusammen“ no hedge),
  "a $9 billion data center campus", "about $160 million", „rund 1,7 Milliarden Euro“, "12.5
  million euros ($13.6 million)" EUR and the bracketed USD with no hedge (eightieth), "only
  about 2.1 million euros" "about" ("only" no hedge), „eine Gutschrift von 10 Euro“, "$40
  million ... to about $25 million", "by $60 million to $80 million" both, "more than $300
  million", „rund 140 Millionen Euro“, "$4.75 million", „310 Millionen Euro“, „rund 1,4
  Milliarden Euro“, "21 trillion won ($14.5 billion)" KRW and USD, "9.8 trillion won",
  "188,400 won" (a share price, hundred-sixth), "a similar 18 trillion won plan", "a $150
  travel voucher", „2,8 Millionen Euro“, „zwischen 4 und 11 Euro“ both (the currency written
  once serves both, seventy-sixth; „Pro Datensatz“ none), "more than $11 billion", "at least
  $190 million" "at_least", "more than 2 million Canadian dollars" and "41.85 Canadian
  dollars" CAD, "22 million euros", "about 96 million euros", „rund 420 Millionen Euro“,
  „Rund 110 Millionen Euro“, „610 Millionen Euro“.
- Durations besides outages (the issue: "a two-week visit", "zehn Minuten"): "over about
  four months" 4 months "about", „über knapp 14 Monate“ 14 months "nearly" (the hedge from
  „knapp“), "24 months of free credit monitoring", „zwei bis drei Wochen“ both
  (hundred-twenty-eighth: „drei bis vier Wochen“), "a six-month publicity campaign",
  "children under 13" 13 years "under" (hundred-twenty-eighth: "children under 16"), "within
  five days", "a 20-year tax break", "a 20-year deal", "more than six hours" and "for more
  than three years" "over", "within 90 days", „binnen zwei Jahren“, „binnen zwei Wochen“,
  „um mindestens drei Wochen“ "at_least", „binnen drei Jahren“, „rund drei Wochen“ "about",
  „der gesetzlichen Frist von 72 Stunden“, „binnen 48 Stunden“, "within 30 days", „in knapp
  zehn Wochen“ "nearly"; ages and terms ("A 34-year-old" 34 years, "up to 20 years in
  prison" 20 years "up_to"; forty-third: "seven years in prison"). None: "last year", "last
  week", "this year", "next year", "a year earlier", "a month", "a year", "for a
  generation", "for decades", "before long", "heuer", „im Vorjahr“, „im Jahr davor“, „im
  vergangenen Jahr“, „in diesem Jahr“, „im Herbst“, „vorerst“, „jährlich“, „monatlichen“,
  „während der Bauzeit“.
- Ordinals (the issue: "das sechste Treffen", "die drittgrößte Stadt"): "in the second half
  of 2030" 2 and the year, "the first half of 2029" 1, „im zweiten Halbjahr 2028“ 2,
  "first-quarter" 1, „nach ersten Erkenntnissen“ 1 (eleventh: "nach ersten Schätzungen";
  hundred-twenty-eighth: "nach einer ersten Auswertung"), "the first phase" 1 and „im ersten
  Ausbau“ 1 (two-hundred-and-sixty-seventh: „in einer ersten Ausbaustufe“), „die ersten
  Serienchips“ 1 (two-hundred-and-forty-fourth: „Die ersten Bartgeier“), „der drittgrößte
  Anbieter“ 3, „der vierte Angriff dieser Art ... binnen drei Jahren“ 4 and 3 years, „das
  dritte größere Datenleck“ 3 („heuer“ none), „die vierte aktiv ausgenutzte Lücke“ 4. None:
  "its largest investment so far", "its most powerful model yet", „sein bisher größtes
  Sprachmodell“, „das beste US-Modell“, "the longest interruption" (a record that can be
  checked stays check-worthy, with its year; twenty-ninth).
- Years and dates: „seit 2024“, „seit dem Inkrafttreten der DSGVO 2018“, „ab 2029“, „bis
  2029“, „Anfang 2029“, "in late 2028", „Ende 2028“, "from late 2028", „Mitte 2028“ (a
  season of a year is the year, two-hundred-and-sixty-seventh), "through 2032", "through
  2030", "by 2030", „ab 2030“, "in 2025", "since 2023" (three times), "since 2021", "in
  2031", "since its launch in 2022", "since 2022"; "on Nov. 14" --11-14 and "through March
  12" --03-12 dates without a year; Reuters datelines with a day ("COLUMBUS, Ohio, Feb 1"
  with the state between city and day - hundred-twenty-eighth: "SANTA CLARA, California, Jan
  14" -, "SAN FRANCISCO, Feb 4", "SEATTLE, Feb 9", "ROME, Feb 16", "DETROIT, Feb 18",
  "SEOUL, Feb 25", "HOUSTON, March 4", "WASHINGTON, March 9", "LONDON, March 11",
  "AMSTERDAM, March 17") dates without a year; dpa, dpa-AFX, APA and AP ("HARTFORD, Conn.
  (AP) —", "MESA, Ariz. (AP) —", "NEW YORK (AP) —", "ATLANTA (AP) —", "TORONTO (AP) —")
  datelines none (seventy-ninth). Months, weekdays and seasons alone („im Dezember“, „seit
  Freitag“, „am Samstag“, „für Juni“, "in May", "in October", "in April", "in January",
  "since July", "in late February", "Tuesday morning") none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly"
  "about"; „knapp“, „fast“, "nearly" "nearly"; „mehr als“, „Mehr als“, "more than" "over";
  "under" "under"; „bis zu“, "up to", "as much as" "up_to"; „mindestens“, "at least", "At
  least" "at_least". No hedge: „zusammen“, „insgesamt“, „bereits“, „derzeit“, „nur“, "only",
  „umgerechnet“, „davon“, „je“, „zwischen“, „binnen“, "within", "another", "over" before a
  span, „über“ governed by a noun, "to" and „bis“ of a range.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Unternehmen mit“ (three times) -> "das Unternehmen", „teilte die Behörde am Donnerstag
  mit“ and „teilte die Behörde mit“ -> "die Behörde" (hundred-fifteenth: a common noun with
  its article), „nach Angaben der Behörde“ -> "die Behörde" and „Nach Angaben des BSI“ ->
  "das BSI" (fifth, forty-first, fifty-first), „teilte das Bundeswirtschaftsministerium
  mit“, „teilte das Wissenschaftsministerium am Montag mit“ and „teilte das
  Wirtschaftsministerium mit“ the source with its article in the nominative, the weekday
  dropped, „teilte die Hochschule mit“ -> "die Hochschule", „teilte Telvana mit“, „teilte
  Kartenwerk mit“ and „teilte Paylinq mit“ as written (hundred-twenty-eighth: „teilte
  Lumetra mit“); „sagte Geschäftsführerin Anja Dreesbach“ and „sagte Präsidentin Friederike
  Lammers“ the name with the title dropped; „Veltrion-Vorstandschef Henrik Sandmeyer sagte,
  ...“, „Mitgründerin Lea Hofstätter sagte, ...“, „Wortwerk-Chef Jonas Ebeling sagte, ...“
  and „Geschäftsführerin Sabine Url sagte, ...“ opening the row
  (two-hundred-and-sixty-seventh). English: "the company said" closing the row (four times),
  "The company said ..." opening it (twice), "the company said on its status page" and "the
  company said on Thursday" -> "the company" (hundred-twenty-eighth: "in a regulatory
  filing"); "Chief Executive Celia Ranganathan said" and "Chief Financial Officer Nadia
  Okoro said" the name with the title dropped; "Chief Executive Park Ji-hoon told analysts"
  -> "Park Ji-hoon" (the audience dropped, three-hundred-and-twenty-fourth: "told the Senate
  Banking Committee"); "Eze said" and "Hollis said" opening the row; "the regulator said" ->
  "the regulator"; "prosecutors said" -> "prosecutors" (fifty-first); "The authority said
  ..." -> "the authority", the body named in the lead taken up by its common noun
  (hundred-twenty-eighth: "the statistics office"). Left unchecked (None): all negatives,
  also those with a named speaker; „hieß es“, „nach dpa-Informationen“, „nach
  dpa-AFX-Informationen“, „nach Unternehmensangaben“, „nach eigenen Angaben“, „nach
  Firmenangaben“, „den Angaben zufolge“, „nach Erkenntnissen des Landeskriminalamts“, „nach
  Angaben des Netzbetreibers“ (a masculine genitive, hundred-eighteenth), „wie das IT-Portal
  heise online berichtete“ and „Nach Zählung des IT-Portals heise online“ (a description
  before the name, hundred-twenty-eighth: „nach Informationen von heise online“),
  „berichtete der „Standard““, „sagte ein Firmensprecher“, „sagte ein Sprecher“ (roles),
  „bewertete“, „forderte ... auf“, „schätzt“ (no verbs of saying); "U.S. chipmaker Ardent
  Silicon said", "Health insurer Bellweather Mutual said", "Canadian retailer Northmart
  said", "Britain's communications regulator Ofcom said", "according to industry tracker
  AutoPulse", "according to tracking service FlightAware" and "Outage tracker Downdetector
  logged" (a description before the name, fifty-first), "which it said" (a relative clause),
  "a term sheet reviewed by Reuters showed", "according to a notice filed with ...",
  "according to a company blog post", "the settlement says" and "On its website, Visageo
  says" (documents), "people familiar with the matter said", "people familiar with the
  negotiations told Reuters" and "people familiar with the deal put" (hundred-sixth), "the
  FBI says" in a relative clause, "New York's attorney general announced" (no verb of
  saying), "Canada's privacy commissioner said" (a national possessive before the title,
  three-hundred-and-twenty-fourth: a national adjective), "the Justice Department said on
  Tuesday", "The Federal Aviation Administration said" and "The regional utility has said"
  (bodies' "said", left unchecked as the two-hundred-and-sixty-seventh did), "the companies
  said" (plural), "according to the regulator" (two-hundred-and-forty-fourth), and - to keep
  the checked speakers near 35, as the three-hundred-and-twenty-fourth did - firms at the
  head of reported speech ("Stratavault said", "DealerGrid said", "Lumenweave said in a
  statement", "Bellweather said", "Peachtree said", "Pinecrest said", "Northmart said").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_354 = [
    # --- Ohio chip plant (Reuters), February 1 ---
    (
        "en",
        "COLUMBUS, Ohio, Feb 1 (Reuters) - U.S. chipmaker Ardent Silicon said on Monday it would spend $16 billion on a factory near Columbus to make 3-nanometre processors, its largest investment so far.",
        True,
        [("date", "--02-01", None, None), ("money", 16000000000, "USD", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The plant is expected to employ about 2,400 people once it reaches full output in the second half of 2030, the company said.",
        True,
        [("count", 2400, None, "about"), ("ordinal", 2, None, None), ("year", 2030, None, None)],
        "the company",
    ),
    (
        "en",
        "Ardent will receive $1.9 billion in federal grants and up to $2.5 billion in loans under the CHIPS Act, a term sheet reviewed by Reuters showed.",
        True,
        [("money", 1900000000, "USD", None), ("money", 2500000000, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "Chief Executive Celia Ranganathan said the first of two cleanrooms would process up to 40,000 wafers a month.",
        True,
        [("ordinal", 1, None, None), ("count", 2, None, None), ("count", 40000, None, "up_to")],
        "Celia Ranganathan",
    ),
    ("en", '"Ohio is where America\'s most advanced chips are going to be born," Ranganathan said.', False, [], None),
    (
        "en",
        "Ardent shares rose 4.2% to $131.60 in afternoon trading in New York.",
        True,
        [("percent", 4.2, "%", None), ("money", 131.6, "USD", None)],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether Ardent could find enough skilled technicians in a region with little chipmaking history.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The company plans to break ground in May and has already bought 1,100 acres of farmland for the site.",
        True,
        [("count", 1100, None, None)],
        None,
    ),
    # --- Ransomware bei einem Versorger (dpa/lrs), Februar ---
    (
        "de",
        "Bad Kreuznach (dpa/lrs) - Nach einem Cyberangriff auf den Versorger Glantal Energie sind dessen Kundenportal und Servicehotline seit neun Tagen nicht erreichbar.",
        True,
        [("duration", 9, "day", None)],
        None,
    ),
    (
        "de",
        "Die Angreifer hätten rund 1,6 Terabyte Daten kopiert, darunter Namen, Anschriften und Bankverbindungen von etwa 210.000 Kundinnen und Kunden, teilte das Unternehmen mit.",
        True,
        [("count", 1.6, None, "about"), ("count", 210000, None, "about")],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Strom- und Wasserversorgung in der Region sei zu keinem Zeitpunkt gefährdet gewesen, hieß es.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Erpresser fordern nach dpa-Informationen 45 Bitcoin als Lösegeld, umgerechnet knapp 3,4 Millionen Euro.",
        True,
        [("count", 45, None, None), ("money", 3400000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Wir zahlen den Erpressern keinen Cent“, sagte Geschäftsführerin Anja Dreesbach.",
        True,
        [],
        "Anja Dreesbach",
    ),
    (
        "de",
        "„Wer Stadtwerke angreift, nimmt eine ganze Region in Geiselhaft“, sagte die Landrätin des Kreises.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Landeskriminalamt ermittelt; die Spur führt nach ersten Erkenntnissen zu einer Gruppe, die seit 2024 mindestens 60 deutsche Kommunen und Versorger angegriffen haben soll.",
        True,
        [("ordinal", 1, None, None), ("year", 2024, None, None), ("count", 60, None, "at_least")],
        None,
    ),
    (
        "de",
        "Bis Portal und Hotline wieder laufen, dürften nach Unternehmensangaben noch zwei bis drei Wochen vergehen.",
        True,
        [("duration", 2, "week", None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Die Verbraucherzentrale riet Betroffenen, ihre Kontoauszüge vorerst besonders aufmerksam zu lesen.",
        False,
        [],
        None,
    ),
    # --- Health insurer breach (AP), February ---
    (
        "en",
        "HARTFORD, Conn. (AP) — Health insurer Bellweather Mutual said Wednesday that hackers stole personal information belonging to about 11.8 million current and former members.",
        True,
        [("count", 11800000, None, "about")],
        None,
    ),
    (
        "en",
        "The stolen files include names, birth dates, Social Security numbers and, for roughly 900,000 people, diagnosis codes, according to a notice filed with the Maine attorney general's office.",
        True,
        [("count", 900000, None, "about")],
        None,
    ),
    (
        "en",
        "The company said the intruders first got in on Nov. 14 with the stolen password of a contractor and went unnoticed for 51 days.",
        True,
        [("date", "--11-14", None, None), ("duration", 51, "day", None)],
        "the company",
    ),
    (
        "en",
        "Bellweather will offer affected members 24 months of free credit monitoring and identity theft insurance.",
        True,
        [("duration", 24, "month", None)],
        None,
    ),
    (
        "en",
        '"We sincerely apologize for the worry this causes our members and their families," Chief Executive Dolores Whitlam said in a video statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "At least six class-action lawsuits have been filed against the insurer in federal court in Connecticut since Monday.",
        True,
        [("count", 6, None, "at_least")],
        None,
    ),
    (
        "en",
        "Privacy advocates said the breach showed that insurers still hoard far more data than they need.",
        False,
        [],
        None,
    ),
    ("en", "Bellweather said it had notified the FBI and had not paid a ransom.", True, [], None),
    # --- Bußgeld gegen eine Onlinebank (APA), Februar ---
    (
        "de",
        "Wien (APA) - Die Datenschutzbehörde hat gegen die Onlinebank Quellbank eine Geldbuße von 6,4 Millionen Euro verhängt.",
        True,
        [("money", 6400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Bank habe Transaktionsdaten von rund 380.000 Kundinnen und Kunden ohne deren Einwilligung an einen Werbepartner weitergegeben, teilte die Behörde am Donnerstag mit.",
        True,
        [("count", 380000, None, "about")],
        "die Behörde",
    ),
    (
        "de",
        "Die Weitergabe lief den Angaben zufolge über knapp 14 Monate.",
        True,
        [("duration", 14, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Es ist die zweithöchste Strafe, die die Behörde seit dem Inkrafttreten der DSGVO 2018 ausgesprochen hat.",
        True,
        [("ordinal", 2, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "Die Quellbank will den Bescheid vor dem Bundesverwaltungsgericht anfechten, die Frist dafür beträgt vier Wochen.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    ("de", "Ein Sprecher der Bank nannte die Vorwürfe „in weiten Teilen unbegründet“.", False, [], None),
    (
        "de",
        "Die DSGVO sieht Geldbußen von bis zu 20 Millionen Euro oder 4 Prozent des gesamten Konzernumsatzes vor, je nachdem, welcher Betrag höher ist.",
        True,
        [("money", 20000000, "EUR", "up_to"), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Konsumentenschützer der Arbeiterkammer sprachen von einem „überfälligen Signal an die ganze Branche“.",
        False,
        [],
        None,
    ),
    # --- AI model launch (Reuters), February 4 ---
    (
        "en",
        "SAN FRANCISCO, Feb 4 (Reuters) - Artificial intelligence startup Corvid Labs on Thursday released Kestrel 3, its most powerful model yet, which it said had been trained on roughly 80,000 graphics processors over about four months.",
        True,
        [("date", "--02-04", None, None), ("count", 80000, None, "about"), ("duration", 4, "month", "about")],
        None,
    ),
    (
        "en",
        "The model can handle up to 1 million tokens in a single request, five times as many as its predecessor, the company said.",
        True,
        [("count", 1000000, None, "up_to"), ("count", 5, "times", None)],
        "the company",
    ),
    (
        "en",
        "On a widely cited coding benchmark it scored 74.8%, up from 63.1% for Kestrel 2, according to a company blog post.",
        True,
        [("percent", 74.8, "%", None), ("percent", 63.1, "%", None)],
        None,
    ),
    (
        "en",
        "Developers will pay $4 per million input tokens and $16 per million output tokens, about a third less than before.",
        True,
        [("money", 4, "USD", None), ("money", 16, "USD", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        '"This is the first model that genuinely thinks through a problem the way a senior engineer does," co-founder Amara Eze told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Eze said Corvid now had more than 30 million weekly users and about 4,000 paying business customers.",
        True,
        [("count", 30000000, None, "over"), ("count", 4000, None, "about")],
        "Eze",
    ),
    (
        "en",
        "The company was valued at $58 billion in a funding round in October, people familiar with the matter said.",
        True,
        [("money", 58000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Outside safety researchers said it was unclear how thoroughly the model had been tested before its release.",
        False,
        [],
        None,
    ),
    # --- Kritische Lücke in Heimroutern (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Der Routerhersteller Netzhafen hat eine kritische Sicherheitslücke in der Firmware von rund 1,3 Millionen Heimroutern geschlossen.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "de",
        "Über die Lücke konnten Angreifer aus dem Internet ohne Passwort die volle Kontrolle über die Geräte übernehmen, wie das IT-Portal heise online berichtete.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) bewertete die Schwachstelle mit 9,6 von 10 möglichen Punkten.",
        True,
        [("count", 9.6, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind alle Geräte der Baureihen Hafenbox 5 und Hafenbox 6 mit einer Firmware vor Version 8.12, teilte das Unternehmen mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "Nach Angaben des BSI wurde die Lücke seit mindestens zwei Wochen aktiv für Angriffe ausgenutzt.",
        True,
        [("duration", 2, "week", "at_least")],
        "das BSI",
    ),
    (
        "de",
        "Rund 40 Prozent der betroffenen Router hätten das Update bislang automatisch erhalten, sagte ein Firmensprecher.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Das BSI riet allen Nutzerinnen und Nutzern, die automatische Aktualisierung ihrer Geräte eingeschaltet zu lassen.",
        False,
        [],
        None,
    ),
    # --- Cloud outage (Reuters), February 9 ---
    (
        "en",
        "SEATTLE, Feb 9 (Reuters) - A failure at cloud provider Stratavault took down thousands of websites and apps for about seven hours on Tuesday, disrupting airlines, banks and streaming services across the eastern United States.",
        True,
        [("date", "--02-09", None, None), ("duration", 7, "hour", "about")],
        None,
    ),
    (
        "en",
        "Problems started at 6:52 a.m. ET in the US-East-3 region and were fully fixed by 2:15 p.m., the company said on its status page.",
        True,
        [],
        "the company",
    ),
    (
        "en",
        "Stratavault said a faulty configuration change to its internal network had cascaded through 14 data centres.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Outage tracker Downdetector logged more than 2.1 million user reports at the peak.",
        True,
        [("count", 2100000, None, "over")],
        None,
    ),
    (
        "en",
        "Enterprise contracts promise a refund in credits worth up to 25% of the monthly bill whenever availability misses the 99.9% the company guarantees.",
        True,
        [("percent", 25, "%", "up_to"), ("percent", 99.9, "%", None)],
        None,
    ),
    (
        "en",
        '"Our customers count on us every single day, and today we fell short," Chief Executive Tobias Reinholt wrote on social media.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It was Stratavault's third major outage in 18 months.",
        True,
        [("ordinal", 3, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        "Analysts said the disruption would revive worries that too much of the web depends on a handful of providers.",
        False,
        [],
        None,
    ),
    # --- Chipwerk in Dresden (dpa/sn), Februar ---
    (
        "de",
        "Dresden (dpa/sn) - Der Chipkonzern Veltrion will seinen Standort in Dresden für rund 3,2 Milliarden Euro ausbauen und dort ab 2029 Leistungshalbleiter für Elektroautos fertigen.",
        True,
        [("money", 3200000000, "EUR", "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Bund und Freistaat stellen dafür Fördermittel von zusammen knapp 960 Millionen Euro in Aussicht, teilte das Bundeswirtschaftsministerium mit.",
        True,
        [("money", 960000000, "EUR", "nearly")],
        "das Bundeswirtschaftsministerium",
    ),
    ("de", "Die Zusage gilt nur unter dem Vorbehalt, dass Brüssel die Beihilfe billigt.", True, [], None),
    (
        "de",
        "Veltrion-Vorstandschef Henrik Sandmeyer sagte, es würden etwa 900 neue Arbeitsplätze entstehen, der Großteil davon in der Fertigung.",
        True,
        [("count", 900, None, "about")],
        "Henrik Sandmeyer",
    ),
    (
        "de",
        "„Sachsen bleibt das Herz der europäischen Mikroelektronik“, sagte der Ministerpräsident bei der Vorstellung der Pläne.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf einer neuen Reinraumfläche von 12.000 Quadratmetern sollen jährlich bis zu 600.000 Wafer mit 300 Millimetern Durchmesser bearbeitet werden.",
        True,
        [("count", 12000, None, None), ("count", 600000, None, "up_to"), ("count", 300, None, None)],
        None,
    ),
    ("de", "Der Bund der Steuerzahler sprach von „Subventionen ohne Boden“.", False, [], None),
    (
        "de",
        "Veltrion beschäftigt in Dresden bereits rund 2.700 Menschen.",
        True,
        [("count", 2700, None, "about")],
        None,
    ),
    # --- Arizona data center vote (AP), February ---
    (
        "en",
        "MESA, Ariz. (AP) — City leaders in Mesa voted 5-2 on Thursday to approve a $9 billion data center campus that would draw as much as 1.2 gigawatts of power once completed.",
        True,
        [
            ("count", 5, None, None),
            ("count", 2, None, None),
            ("money", 9000000000, "USD", None),
            ("count", 1.2, None, "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Developer Saguaro Digital plans eight buildings on 520 acres, with the first phase due to open in late 2028.",
        True,
        [("count", 8, None, None), ("count", 520, None, None), ("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The company said the campus would use a closed-loop cooling system needing about 30 million gallons of water a year, far less than older designs.",
        True,
        [("count", 30000000, None, "about")],
        "the company",
    ),
    (
        "en",
        "In exchange for a 20-year tax break, Saguaro agreed to pay for a new substation and about $160 million in road and grid upgrades.",
        True,
        [("duration", 20, "year", None), ("money", 160000000, "USD", "about")],
        None,
    ),
    (
        "en",
        '"This is the kind of growth that will define Mesa for a generation," Mayor Carla Benitez said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 200 residents signed up to speak at the meeting, which lasted more than six hours.",
        True,
        [("count", 200, None, "about"), ("duration", 6, "hour", "over")],
        None,
    ),
    (
        "en",
        "Many of them said they feared higher electricity bills and more strain on the region's scarce groundwater.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The regional utility has said it expects data centers to account for roughly a third of its new demand through 2032.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2032, None, None)],
        None,
    ),
    # --- Rechenzentrum in Langen (dpa/lhe), Februar ---
    (
        "de",
        "Langen (dpa/lhe) - Der Rechenzentrumsbetreiber Taunuscloud baut am Rand von Langen einen Campus mit einer Anschlussleistung von 180 Megawatt.",
        True,
        [("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen investiert nach eigenen Angaben rund 1,7 Milliarden Euro; das erste von vier Gebäuden soll Ende 2028 in Betrieb gehen.",
        True,
        [
            ("money", 1700000000, "EUR", "about"),
            ("ordinal", 1, None, None),
            ("count", 4, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "de",
        "Taunuscloud verspricht einen PUE-Wert von 1,2 - für Kühlung und Technik würden also nur 20 Prozent zusätzlicher Strom gebraucht.",
        True,
        [("count", 1.2, None, None), ("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Mit der Abwärme sollen ab 2030 rund 6.000 Haushalte im benachbarten Stadtteil beheizt werden.",
        True,
        [("year", 2030, None, None), ("count", 6000, None, "about")],
        None,
    ),
    ("de", "„Langen wird zum digitalen Drehkreuz des Rhein-Main-Gebiets“, sagte der Bürgermeister.", False, [], None),
    (
        "de",
        "Schon heute entfällt nach Angaben des Netzbetreibers fast ein Viertel des Stromverbrauchs im Kreis Offenbach auf Rechenzentren.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Anwohner befürchten Lärm durch die Notstromaggregate und mehr Lastwagenverkehr während der Bauzeit.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stadtverordneten hatten den Bebauungsplan im Dezember mit 29 zu 11 Stimmen gebilligt.",
        True,
        [("count", 29, None, None), ("count", 11, None, None)],
        None,
    ),
    # --- Italian fine on a chatbot maker (Reuters), February 16 ---
    (
        "en",
        "ROME, Feb 16 (Reuters) - Italy's privacy watchdog has fined U.S. chatbot maker Lumenweave 12.5 million euros ($13.6 million) for using people's chats to train its AI models without a proper legal basis.",
        True,
        [("date", "--02-16", None, None), ("money", 12500000, "EUR", None), ("money", 13600000, "USD", None)],
        None,
    ),
    (
        "en",
        "The authority, known as the Garante, also told the company to pay for a six-month publicity campaign in Italian newspapers and on radio and television.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Lumenweave also failed to check users' ages, exposing children under 13 to unsuitable content, the regulator said.",
        True,
        [("duration", 13, "year", "under")],
        "the regulator",
    ),
    (
        "en",
        "Lumenweave said in a statement it would appeal, noting that its Italian revenue last year had been only about 2.1 million euros.",
        True,
        [("money", 2100000, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"Innovation cannot come at the expense of fundamental rights," a member of the Garante\'s board told Reuters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the second fine the Garante has imposed on an AI company in 14 months.",
        True,
        [("ordinal", 2, None, None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "en",
        "Industry lobbyists warned that Europe risked falling even further behind in artificial intelligence.",
        False,
        [],
        None,
    ),
    # --- Mobilfunkstörung (dpa), Februar ---
    (
        "de",
        "Düsseldorf (dpa) - Eine bundesweite Störung im Mobilfunknetz von Telvana hat am Mittwoch Millionen Kundinnen und Kunden für knapp fünf Stunden vom Netz abgeschnitten.",
        True,
        [("duration", 5, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Betroffen waren nach Unternehmensangaben Telefonie, SMS und mobiles Internet; in mehreren Bundesländern ließ sich zeitweise auch der Notruf 112 nicht wählen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ausgelöst habe den Ausfall eine fehlerhafte Softwareaktualisierung in einem Frankfurter Netzknoten, teilte Telvana mit.",
        True,
        [],
        "Telvana",
    ),
    ("de", "Die Störung begann gegen 7.20 Uhr und war erst am frühen Nachmittag vollständig behoben.", True, [], None),
    (
        "de",
        "Telvana zählt rund 19 Millionen Mobilfunkkunden und ist damit der drittgrößte Anbieter in Deutschland.",
        True,
        [("count", 19000000, None, "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesnetzagentur forderte das Unternehmen auf, binnen zwei Wochen einen Bericht über den Ausfall vorzulegen.",
        True,
        [("duration", 2, "week", None)],
        None,
    ),
    (
        "de",
        "„Für einen Netzbetreiber dieser Größe ist ein solcher Ausfall schlicht inakzeptabel“, sagte ein Digitalpolitiker der Grünen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Als Entschädigung will Telvana allen Privatkundinnen und Privatkunden eine Gutschrift von 10 Euro gewähren.",
        True,
        [("money", 10, "EUR", None)],
        None,
    ),
    ("de", "Viele Nutzerinnen und Nutzer machten ihrem Ärger in den sozialen Netzwerken Luft.", False, [], None),
    # --- Dealership software ransomware (Reuters), February 18 ---
    (
        "en",
        "DETROIT, Feb 18 (Reuters) - A ransomware attack on DealerGrid, whose software runs sales and service at about 11,000 car dealerships in North America, has left many of them doing paperwork by hand for a ninth day.",
        True,
        [("date", "--02-18", None, None), ("count", 11000, None, "about"), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "The hackers first demanded $40 million and later lowered the figure to about $25 million, people familiar with the negotiations told Reuters.",
        True,
        [("money", 40000000, "USD", None), ("money", 25000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "DealerGrid said on Thursday it expected to restore its core systems within five days but declined to comment on any payment.",
        True,
        [("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "Chief Financial Officer Nadia Okoro said the attack would cut first-quarter revenue by $60 million to $80 million.",
        True,
        [("ordinal", 1, None, None), ("money", 60000000, "USD", None), ("money", 80000000, "USD", None)],
        "Nadia Okoro",
    ),
    ("en", '"Our dealers have been incredibly patient with us, and we are grateful," Okoro said.', False, [], None),
    (
        "en",
        "Dealers sold roughly 18% fewer new cars last week than a year earlier, according to industry tracker AutoPulse.",
        True,
        [("percent", 18, "%", "about")],
        None,
    ),
    (
        "en",
        "Security consultants said the episode exposed how one software supplier could become a choke point for an entire industry.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The attack was claimed by a group that the FBI says has extorted more than $300 million since 2023.",
        True,
        [("money", 300000000, "USD", "over"), ("year", 2023, None, None)],
        None,
    ),
    # --- KI-Fabrik in Österreich (APA), Februar ---
    (
        "de",
        "Wien (APA) - In Österreich soll eine sogenannte KI-Fabrik mit rund 2.000 Grafikprozessoren entstehen.",
        True,
        [("count", 2000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Kosten von rund 140 Millionen Euro tragen die EU und der Bund je zur Hälfte, teilte das Wissenschaftsministerium am Montag mit.",
        True,
        [("money", 140000000, "EUR", "about"), ("fraction", 0.5, None, None)],
        "das Wissenschaftsministerium",
    ),
    (
        "de",
        "Der Rechner soll im ersten Ausbau eine Leistung von 1,1 Exaflops erreichen und Mitte 2028 in Betrieb gehen.",
        True,
        [("ordinal", 1, None, None), ("count", 1.1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Betrieben wird die Anlage von einem Konsortium aus fünf Universitäten unter Führung der TU Wien.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der Rechenzeit ist für Start-ups und kleine Unternehmen reserviert.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "„Damit spielt Österreich in der ersten Liga der europäischen KI mit“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Strombedarf wird mit bis zu 8 Megawatt angegeben, gedeckt werden soll er zur Gänze aus Wasserkraft.",
        True,
        [("count", 8, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Opposition bezweifelt, dass die Anlage mit den Rechenzentren der US-Konzerne mithalten kann.",
        False,
        [],
        None,
    ),
    # --- Edtech settlement (AP), February ---
    (
        "en",
        "NEW YORK (AP) — An education technology company will pay $4.75 million and overhaul its security to settle claims that it failed to protect the data of about 1.9 million students, New York's attorney general announced Tuesday.",
        True,
        [("money", 4750000, "USD", None), ("count", 1900000, None, "about")],
        None,
    ),
    (
        "en",
        "Hackers broke into ClassLedger's systems in 2025 with login credentials that had not been changed for more than three years, the settlement says.",
        True,
        [("year", 2025, None, None), ("duration", 3, "year", "over")],
        None,
    ),
    (
        "en",
        "The stolen data included grades, disciplinary records and, for roughly 42,000 students, medical notes.",
        True,
        [("count", 42000, None, "about")],
        None,
    ),
    (
        "en",
        "Under the agreement, ClassLedger must delete student records within 90 days after a school district ends its contract.",
        True,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        '"Parents trusted this company with their children\'s most private information, and it let them down," the attorney general said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "ClassLedger, which serves about 6,300 schools in 38 states, said it had already made the required changes.",
        True,
        [("count", 6300, None, "about"), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Some school administrators said they were reconsidering whether to keep using the platform at all.",
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the third settlement the office has reached with an education technology firm since 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    # --- Finanzierungsrunde eines KI-Chip-Start-ups (dpa-AFX), Februar ---
    (
        "de",
        "München (dpa-AFX) - Das Münchner KI-Chip-Start-up Synaptor hat in einer Finanzierungsrunde 310 Millionen Euro eingesammelt.",
        True,
        [("money", 310000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Angeführt wurde die Runde von einem US-Wagniskapitalgeber; die Bewertung liegt nach dpa-AFX-Informationen bei rund 1,4 Milliarden Euro.",
        True,
        [("money", 1400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Synaptor entwickelt Chips, die KI-Modelle mit einem Zehntel des Stromverbrauchs herkömmlicher Grafikprozessoren ausführen sollen.",
        True,
        [("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Mitgründerin Lea Hofstätter sagte, die ersten Serienchips sollten im zweiten Halbjahr 2028 an Kunden gehen.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 2, None, None), ("year", 2028, None, None)],
        "Lea Hofstätter",
    ),
    (
        "de",
        "Gefertigt werden sollen sie im 4-Nanometer-Verfahren bei einem Auftragsfertiger in Taiwan.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Europa darf bei den Chips für die künstliche Intelligenz nicht wieder nur zuschauen“, sagte Hofstätter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Unternehmen beschäftigt derzeit 180 Menschen und will die Belegschaft binnen zwei Jahren mehr als verdoppeln.",
        True,
        [("count", 180, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Branchenbeobachter halten den Zeitplan für sehr ehrgeizig.", False, [], None),
    # --- Korean memory plant (Reuters), February 25 ---
    (
        "en",
        "SEOUL, Feb 25 (Reuters) - South Korean memory maker Hanbit Memory will invest 21 trillion won ($14.5 billion) in a new plant for the high-bandwidth memory that goes into AI servers, the company said on Thursday.",
        True,
        [("date", "--02-25", None, None), ("money", 21000000000000, "KRW", None), ("money", 14500000000, "USD", None)],
        "the company",
    ),
    (
        "en",
        "Construction at the site in Cheongju will start in April, with mass production planned for the first half of 2029.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Hanbit's HBM sales more than tripled last year to 9.8 trillion won, accounting for about 41% of its total revenue.",
        True,
        [("money", 9800000000000, "KRW", None), ("percent", 41, "%", "about")],
        None,
    ),
    (
        "en",
        "The company expects demand for such chips to grow by about 50% a year through 2030, Chief Executive Park Ji-hoon told analysts.",
        True,
        [("percent", 50, "%", "about"), ("year", 2030, None, None)],
        "Park Ji-hoon",
    ),
    ("en", '"Memory is no longer a commodity, it is the bottleneck of the AI era," Park said.', False, [], None),
    (
        "en",
        "Hanbit shares jumped 6.7% to 188,400 won, their highest close since 2021.",
        True,
        [("percent", 6.7, "%", None), ("money", 188400, "KRW", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Some analysts doubt that demand can keep pace with the wave of new capacity planned across the industry.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rival Daeyang Electronics announced a similar 18 trillion won plan in January.",
        True,
        [("money", 18000000000000, "KRW", None)],
        None,
    ),
    # --- Hackerangriff auf eine Hochschule (dpa/lnw), März ---
    (
        "de",
        "Bielefeld (dpa/lnw) - Nach einem Hackerangriff ist die Hochschule Teutoburg seit zwölf Tagen weitgehend offline.",
        True,
        [("duration", 12, "day", None)],
        None,
    ),
    (
        "de",
        "Rund 14.000 Studierende und 900 Beschäftigte haben keinen Zugriff auf E-Mail, Lernplattform und Prüfungsverwaltung, teilte die Hochschule mit.",
        True,
        [("count", 14000, None, "about"), ("count", 900, None, None)],
        "die Hochschule",
    ),
    (
        "de",
        "Die Angreifer haben nach Erkenntnissen des Landeskriminalamts rund 300 Server und Arbeitsplatzrechner verschlüsselt.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Lösegeldforderung sei eingegangen, gezahlt werde aber nicht, sagte Präsidentin Friederike Lammers.",
        True,
        [],
        "Friederike Lammers",
    ),
    (
        "de",
        "Alle Klausuren des Wintersemesters werden um mindestens drei Wochen verschoben.",
        True,
        [("duration", 3, "week", "at_least")],
        None,
    ),
    ("de", "„Wir sind erschüttert, wie verwundbar eine ganze Hochschule sein kann“, sagte Lammers.", False, [], None),
    (
        "de",
        "Es ist bereits der vierte Angriff dieser Art auf eine Hochschule in Nordrhein-Westfalen binnen drei Jahren.",
        True,
        [("ordinal", 4, None, None), ("duration", 3, "year", None)],
        None,
    ),
    ("de", "Ob auch Forschungsdaten abgeflossen sind, ist noch unklar.", False, [], None),
    # --- Airline IT outage (AP), March ---
    (
        "en",
        "ATLANTA (AP) — A software failure grounded every flight of Peachtree Air for nearly three hours on Tuesday morning, stranding passengers across the Southeast at the start of spring break.",
        True,
        [("duration", 3, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "The airline canceled 412 flights and delayed about 1,300 more, according to tracking service FlightAware.",
        True,
        [("count", 412, None, None), ("count", 1300, None, "about")],
        None,
    ),
    (
        "en",
        "Peachtree said the problem stemmed from a routine update to its crew scheduling system, not a cyberattack.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Federal Aviation Administration said it had halted the airline's departures at its request from 6:05 a.m. until 8:58 a.m. Eastern time.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We let our customers down this morning, and I am deeply sorry," Chief Executive Warren Hollis said in a video message.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hollis said affected travelers would receive a $150 travel voucher and could rebook without a fee through March 12.",
        True,
        [("money", 150, "USD", None), ("date", "--03-12", None, None)],
        "Hollis",
    ),
    (
        "en",
        "At Hartsfield-Jackson, some travelers said they had waited for hours without any word from the airline.",
        False,
        [],
        None,
    ),
    ("en", "It was the airline's second system-wide outage since July.", True, [("ordinal", 2, None, None)], None),
    # --- Bußgeld gegen ein Vergleichsportal (dpa/lsw), März ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Der Landesdatenschutzbeauftragte von Baden-Württemberg hat gegen das Vergleichsportal Tarifwelt ein Bußgeld von 2,8 Millionen Euro verhängt.",
        True,
        [("money", 2800000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Portal habe Kontaktdaten von mehr als 520.000 Nutzerinnen und Nutzern ohne wirksame Einwilligung an Versicherungsmakler verkauft, teilte die Behörde mit.",
        True,
        [("count", 520000, None, "over")],
        "die Behörde",
    ),
    (
        "de",
        "Pro Datensatz habe Tarifwelt zwischen 4 und 11 Euro kassiert.",
        True,
        [("money", 4, "EUR", None), ("money", 11, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Beschwerden über Werbeanrufe für Versicherungen hat sich im vergangenen Jahr nach Angaben der Behörde fast verdreifacht.",
        True,
        [],
        "die Behörde",
    ),
    ("de", "Ein Tarifwelt-Sprecher nannte den Bescheid „rechtlich nicht haltbar“.", False, [], None),
    (
        "de",
        "Das Unternehmen hat bereits angekündigt, gegen den Bescheid vor das Amtsgericht Stuttgart zu ziehen.",
        True,
        [],
        None,
    ),
    ("de", "Verbraucherschützer sprachen von einem „Geschäft mit der Ahnungslosigkeit“.", False, [], None),
    (
        "de",
        "Im Vorjahr hatte die Behörde insgesamt 31 Bußgelder über zusammen 4,3 Millionen Euro verhängt.",
        True,
        [("count", 31, None, None), ("money", 4300000, "EUR", None)],
        None,
    ),
    # --- Power deal for an AI campus (Reuters), March 4 ---
    (
        "en",
        "HOUSTON, March 4 (Reuters) - AI cloud provider Pinecrest Compute has signed a 20-year deal to buy 1.5 gigawatts of power from a planned gas-fired plant in western Pennsylvania, the companies said on Thursday.",
        True,
        [("date", "--03-04", None, None), ("duration", 20, "year", None), ("count", 1.5, None, None)],
        None,
    ),
    (
        "en",
        "The power will feed a gigawatt-scale campus near Pittsburgh where Pinecrest plans to install about 500,000 AI chips by 2030.",
        True,
        [("count", 500000, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Financial terms were not disclosed, but people familiar with the deal put its value at more than $11 billion.",
        True,
        [("money", 11000000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Pinecrest said the campus would draw its first 300 megawatts from the grid from late 2028 until the plant comes online in 2031.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 300, None, None),
            ("year", 2028, None, None),
            ("year", 2031, None, None),
        ],
        None,
    ),
    (
        "en",
        "The plant's output would be enough to supply about 1.1 million homes.",
        True,
        [("count", 1100000, None, "about")],
        None,
    ),
    (
        "en",
        '"Compute is only ever as good as the power behind it," Pinecrest Chief Executive Marcus Delaney said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Pennsylvania regulators still have to approve a new transmission line of about 40 miles.",
        True,
        [("count", 40, None, "about")],
        None,
    ),
    ("en", "Environmental groups said the project would lock in fossil fuel use for decades.", False, [], None),
    # --- Datenleck bei einem Ticketanbieter (APA), März ---
    (
        "de",
        "Wien (APA) - Kriminelle haben beim Ticketanbieter Kartenwerk Namen, E-Mail-Adressen und Telefonnummern von rund 1,4 Millionen Menschen erbeutet.",
        True,
        [("count", 1400000, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Datensatz mit Namen, E-Mail-Adressen und teils Geburtsdaten werde seit Freitag in einem Hackerforum um 25.000 Dollar angeboten, berichtete der „Standard“.",
        True,
        [("money", 25000, "USD", None)],
        None,
    ),
    (
        "de",
        "Kreditkartendaten seien nach derzeitigem Stand nicht betroffen, teilte Kartenwerk mit.",
        True,
        [],
        "Kartenwerk",
    ),
    (
        "de",
        "Die Angreifer hatten sich nach Unternehmensangaben über das Konto eines externen Dienstleisters Zugang verschafft und waren rund drei Wochen unentdeckt geblieben.",
        True,
        [("duration", 3, "week", "about")],
        None,
    ),
    (
        "de",
        "Die Datenschutzbehörde hat ein Verfahren eingeleitet; Kartenwerk hatte den Vorfall innerhalb der gesetzlichen Frist von 72 Stunden gemeldet.",
        True,
        [("duration", 72, "hour", None)],
        None,
    ),
    ("de", "„Wir bedauern diesen Vorfall außerordentlich“, sagte Geschäftsführer Bernhard Ofner.", False, [], None),
    (
        "de",
        "Kunden sollten ihre Passwörter ändern und bei Mails mit Zahlungsaufforderungen besonders vorsichtig sein, riet das Unternehmen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist heuer bereits das dritte größere Datenleck bei einem österreichischen Onlinehändler.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Ransomware takedown (Reuters), March 9 ---
    (
        "en",
        "WASHINGTON, March 9 (Reuters) - U.S. and European authorities have seized the servers of the Black Mantis ransomware group and charged two of its alleged leaders, the Justice Department said on Tuesday.",
        True,
        [("date", "--03-09", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The group has hit more than 900 victims in 47 countries since 2023 and collected at least $190 million in ransom payments, prosecutors said.",
        True,
        [
            ("count", 900, None, "over"),
            ("count", 47, None, None),
            ("year", 2023, None, None),
            ("money", 190000000, "USD", "at_least"),
        ],
        "prosecutors",
    ),
    (
        "en",
        "A 34-year-old Russian national among them was arrested in Spain, while the other remains at large.",
        True,
        [("duration", 34, "year", None)],
        None,
    ),
    (
        "en",
        "Investigators also seized cryptocurrency worth about $7.5 million and obtained more than 2,300 decryption keys that victims can use free of charge.",
        True,
        [("money", 7500000, "USD", "about"), ("count", 2300, None, "over")],
        None,
    ),
    (
        "en",
        '"There is no safe haven for those who hold hospitals and schools hostage," Deputy Attorney General Rachel Imbert said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Each of the two men faces up to 20 years in prison if convicted.",
        True,
        [("count", 2, None, None), ("duration", 20, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Threat analysts expect the group's affiliates to resurface under a different brand before long.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The operation involved police from nine countries and was coordinated by Europol in The Hague.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    # --- Patchday (dpa), März ---
    (
        "de",
        "Hannover (dpa) - Der Softwarekonzern Brandmauer hat an seinem monatlichen Patchday 73 Sicherheitslücken in seinen Produkten geschlossen, sechs davon gelten als kritisch.",
        True,
        [("count", 73, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Eine der Lücken in der Dateiverwaltung werde bereits aktiv für Angriffe ausgenutzt, teilte das Unternehmen mit.",
        True,
        [],
        "das Unternehmen",
    ),
    (
        "de",
        "Die Schwachstelle erhielt einen CVSS-Wert von 8,8; betroffen sind alle Versionen bis einschließlich 11.4.2.",
        True,
        [("count", 8.8, None, None)],
        None,
    ),
    (
        "de",
        "Das BSI forderte die Bundesbehörden auf, das Update binnen 48 Stunden einzuspielen.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Nach Zählung des IT-Portals heise online ist es bereits die vierte aktiv ausgenutzte Lücke in Brandmauer-Produkten in diesem Jahr.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Administratoren sollten die Aktualisierung nicht auf die lange Bank schieben, heißt es beim BSI.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brandmauer-Software läuft nach Firmenangaben auf rund 2,2 Millionen Servern weltweit.",
        True,
        [("count", 2200000, None, "about")],
        None,
    ),
    ("de", "„Kein Hersteller der Welt kann fehlerfreien Code garantieren“, sagte ein Sprecher.", False, [], None),
    # --- Satellite internet outage (Reuters), March 11 ---
    (
        "en",
        "LONDON, March 11 (Reuters) - Satellite internet provider Skyloom suffered a global outage of about two and a half hours on Thursday that cut off users in more than 40 countries, including ships at sea and remote clinics.",
        True,
        [("date", "--03-11", None, None), ("duration", 2.5, "hour", "about"), ("count", 40, None, "over")],
        None,
    ),
    (
        "en",
        "The company, which has about 3.2 million subscribers, blamed an expired security certificate in its ground network.",
        True,
        [("count", 3200000, None, "about")],
        None,
    ),
    (
        "en",
        "Service was restored at 17:40 GMT, 151 minutes after users began reporting problems, the company said.",
        True,
        [("duration", 151, "minute", None)],
        "the company",
    ),
    (
        "en",
        '"An outage like this should never happen to a network people depend on in emergencies," a British lawmaker said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Skyloom operates about 4,800 satellites and plans to launch another 1,200 by the end of next year.",
        True,
        [("count", 4800, None, "about"), ("count", 1200, None, None)],
        None,
    ),
    (
        "en",
        "Britain's communications regulator Ofcom said it had asked the company for a full report within 30 days.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "It was the longest interruption to the service since its launch in 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- Loyalty program breach (AP), March ---
    (
        "en",
        "TORONTO (AP) — Canadian retailer Northmart said Monday that hackers broke into the loyalty accounts of about 8.6 million customers and used some of them to redeem points worth more than 2 million Canadian dollars.",
        True,
        [("count", 8600000, None, "about"), ("money", 2000000, "CAD", "over")],
        None,
    ),
    (
        "en",
        "Points were drained from roughly 31,000 accounts over 11 days in late February, the company said.",
        True,
        [("count", 31000, None, "about"), ("duration", 11, "day", None)],
        "the company",
    ),
    (
        "en",
        "Northmart said it would restore all stolen points and reset the passwords of every affected member.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The attackers logged in with email and password combinations leaked in earlier breaches at other companies, a tactic known as credential stuffing.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Protecting our members is and will remain our top priority," spokeswoman Julie Tremblay said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Canada's privacy commissioner said his office had opened an investigation, the first into a Canadian retailer this year.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Some customers complained on social media that they had waited days for a reply from the company.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Northmart shares closed down 2.3% at 41.85 Canadian dollars in Toronto.",
        True,
        [("percent", 2.3, "%", None), ("money", 41.85, "CAD", None)],
        None,
    ),
    # --- Offenes Sprachmodell aus Berlin (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Das Berliner KI-Unternehmen Wortwerk hat sein bisher größtes Sprachmodell präsentiert, das nach eigenen Angaben mit 70 Milliarden Parametern auskommt und 24 europäische Sprachen beherrscht.",
        True,
        [("count", 70000000000, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Trainiert wurde es in knapp zehn Wochen auf rund 4.000 Grafikprozessoren in einem Rechenzentrum in Finnland.",
        True,
        [("duration", 10, "week", "nearly"), ("count", 4000, None, "about")],
        None,
    ),
    (
        "de",
        "In einem gängigen Test zum Leseverständnis erreichte das Modell 81,3 Prozent, das beste US-Modell kam auf 86,9 Prozent.",
        True,
        [("percent", 81.3, "%", None), ("percent", 86.9, "%", None)],
        None,
    ),
    (
        "de",
        "Wortwerk-Chef Jonas Ebeling sagte, das Modell stehe Unternehmen und Behörden kostenlos zur Verfügung, solange sie es auf eigenen Servern betreiben.",
        True,
        [],
        "Jonas Ebeling",
    ),
    (
        "de",
        "„Wir zeigen, dass Europa auch mit kleineren Budgets Spitzen-KI bauen kann“, sagte Ebeling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Unternehmen hatte im Herbst eine Finanzierung über 95 Millionen Euro erhalten; rund ein Fünftel davon kommt vom Bund.",
        True,
        [("money", 95000000, "EUR", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Fachleute bezweifeln, dass das Modell im Alltag mit den großen amerikanischen Systemen mithalten kann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pro Million verarbeiteter Token verlangt Wortwerk in seiner eigenen Cloud 0,90 Euro.",
        True,
        [("money", 0.9, "EUR", None)],
        None,
    ),
    # --- Dutch fine on a facial recognition firm (Reuters), March 17 ---
    (
        "en",
        "AMSTERDAM, March 17 (Reuters) - The Dutch data protection authority fined facial recognition company Visageo 22 million euros for building a database of more than 35 billion photos scraped from the internet.",
        True,
        [("date", "--03-17", None, None), ("money", 22000000, "EUR", None), ("count", 35000000000, None, "over")],
        None,
    ),
    (
        "en",
        "The regulator also ordered Visageo to stop processing images of people in the Netherlands or pay penalties of up to 5 million euros.",
        True,
        [("money", 5000000, "EUR", "up_to")],
        None,
    ),
    ("en", "Visageo, which has no European office, did not reply to emailed questions from Reuters.", False, [], None),
    (
        "en",
        "The authority said it had opened a separate investigation into whether the company's directors could be held personally liable.",
        True,
        [],
        "the authority",
    ),
    (
        "en",
        "It is the fourth European fine against Visageo, whose penalties in the bloc have reached about 96 million euros since 2022.",
        True,
        [("ordinal", 4, None, None), ("money", 96000000, "EUR", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "\"Scraping people's faces off the internet to sell to police is something we will not tolerate here,\" the regulator's chairman said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "On its website, Visageo says it serves more than 3,000 police and government customers in 31 countries.",
        True,
        [("count", 3000, None, "over"), ("count", 31, None, None)],
        None,
    ),
    ("en", "None of the earlier fines has been paid, according to the regulator.", True, [], None),
    # --- Chipwerk in der Steiermark (APA), März ---
    (
        "de",
        "Graz (APA) - Der steirische Sensorhersteller Murtal Photonics investiert rund 420 Millionen Euro in ein neues Werk in Premstätten.",
        True,
        [("money", 420000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Sabine Url sagte, es würden bis 2029 rund 380 neue Arbeitsplätze geschaffen.",
        True,
        [("year", 2029, None, None), ("count", 380, None, "about")],
        "Sabine Url",
    ),
    (
        "de",
        "Rund 110 Millionen Euro steuert der Bund aus Mitteln des europäischen Chip-Gesetzes bei, teilte das Wirtschaftsministerium mit.",
        True,
        [("money", 110000000, "EUR", "about")],
        "das Wirtschaftsministerium",
    ),
    (
        "de",
        "Das Unternehmen fertigt Lichtsensoren für Smartphones und Autos und setzte im Vorjahr 610 Millionen Euro um, um 8 Prozent mehr als im Jahr davor.",
        True,
        [("money", 610000000, "EUR", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte des Umsatzes erzielt Murtal Photonics in Asien.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "„Die Steiermark ist und bleibt ein Hightech-Land“, sagte der Landeshauptmann bei der Präsentation in Graz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Baubeginn ist für Juni geplant, die Produktion soll Anfang 2029 anlaufen.",
        True,
        [("year", 2029, None, None)],
        None,
    ),
    ("de", "Die Gewerkschaft PRO-GE mahnte „faire Arbeitsbedingungen“ im neuen Werk ein.", False, [], None),
    # --- Störung bei Kartenzahlungen (dpa), März ---
    (
        "de",
        "Frankfurt/Main (dpa) - Eine Störung beim Zahlungsdienstleister Paylinq hat am Samstag in Tausenden Geschäften in Deutschland und Österreich die Kartenzahlung lahmgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Störung dauerte nach Unternehmensangaben rund fünfeinhalb Stunden, von kurz nach 10 Uhr bis in den Nachmittag.",
        True,
        [("duration", 5.5, "hour", "about")],
        None,
    ),
    (
        "de",
        "Betroffen waren rund 85.000 Kartenterminals, etwa jedes siebte in Deutschland.",
        True,
        [("count", 85000, None, "about"), ("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "de",
        "Ursache sei ein Fehler bei der Umstellung eines Rechenzentrums gewesen, ein Hackerangriff sei ausgeschlossen, teilte Paylinq mit.",
        True,
        [],
        "Paylinq",
    ),
    (
        "de",
        "Der Handelsverband HDE schätzt die Umsatzeinbußen auf einen dreistelligen Millionenbetrag.",
        True,
        [],
        None,
    ),
    ("de", "„Für viele Händler war das ein schwarzer Samstag“, sagte ein HDE-Sprecher.", False, [], None),
    (
        "de",
        "Es war bereits der zweite größere Ausfall bei Paylinq binnen zwölf Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 12, "month", None)],
        None,
    ),
]
