"""Hundred-and-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, products and figures
are made up (Kommvia, Daniela Hornbach, Fernkom, Bettina Rautenberg, Flockly, Datenwacht,
Konrad Eibl, Orvana, Delvaro, "Delvaro Copilot", Jonas Feldhaus, Semtrion, Sandra Moik,
Herwig Kofler, Helvion, Raphael Zbinden, Lexora, Miriam Stöckl, Veldmaat, Ilse van Doorn,
Technalys, Yvonne Carstens, Daehan, Pomelo, Lumi, Quaero, Mittelweser-IT, Holger Brinkmeier,
Basaro; Harbourline, Alistair Penhaligon, Greaves Harlow, Nadia Quereshi, Orbisoft,
Tallwater Systems, Ember, Renee Castellanos, Marcus Oyelaran, Flickwave, Dana Whitlock,
TechCuts, Stratacore, Canalyte, Brightford Securities, Arcadia Micro, Daehan Electronics,
Lumi Mobile, Min-jun Seo, Tobias Wren, Open Rights Coalition, Veritext, Liam O'Dowd,
Pulsewell, Northgate Bank, Hanbit Platform, Qingyun Labs, Hannah Ellery, Mark Denholm); real
regulators, courts, agencies and names ("DPC", "EU-Kommission", "Gericht der EU",
"Europäischer Gerichtshof", "BSI", "Verbraucherzentrale NRW", "heise online", "Bakom",
"Kantonspolizei Bern", "Datenschutzbehörde", "PRO-GE", "Land Kärnten", "Entity List",
"Landeskriminalamt", "Bundeskartellamt", "Bundesgerichtshof", "Händlerbund", "Bloomberg";
"Information Commissioner's Office", "ICO", "Which?", "European Commission", "General
Court", "European Publishers Council", "LSEG", "Downdetector", "U.S. Commerce Department",
"Semiconductor Industry Association", "Data Protection Commission", "Federal Trade
Commission", "Financial Conduct Authority", "Korea Fair Trade Commission", "Competition and
Markets Authority", "Wall Street") stand for the way wire copy names them; every breach,
fine, result, cut, outage and share here is invented.

Its weight: TECHNOLOGY COMPANIES, DATA BREACHES AND REGULATORS over several days, each story
told in story order (a dateline lead, the figures, attributed claims of both sides and their
rebuttals, a quote, follow-ups days or months later). Half German (dpa, dpa-AFX, dpa/lni,
APA, Keystone-SDA, Reuters German, with heise-style detail; Austrian "Jänner",
"eingebracht", "Frühpensionsmodell", "APA-Anfrage", "um ein Fünftel mehr", Swiss "innert",
"grösseren", "Mitarbeitende", "Polizeiposten", "40'000", «» quotes, German „“ quotes): a
mobile operator's data breach over two days, revised from "rund 700.000 Datensätze" to "rund
2,7 Millionen Kundendatensätze, fast viermal so viele wie zunächst angegeben", with the data
commissioner's Konjunktiv I charge, a ransom in Bitcoin and the share price; the Irish DPC's
GDPR fine of "310 Millionen Euro", "die vierte Strafe der DPC ... in diesem Jahr" and the
NGO complaint behind it; a DMA fine with its deadline and periodic penalties; a software
group's third quarter with margin in points, guidance and AI spending; "jede zehnte Stelle"
cut at a Carinthian chip supplier; a nine-hour Swiss network outage; an NGO complaint
against an AI chatbot in Vienna; US chip export controls seen from Washington, Beijing and
Amsterdam; smartphone market shares and rankings; a General Court ruling on an antitrust
fine and the further appeal; a ransomware attack on a municipal IT provider; the
Bundeskartellamt's designation of a marketplace. Half English (Reuters, AP, PA, Bloomberg):
a UK breach "up from an initial estimate of 400,000" with the ICO's ceiling of "4% of
worldwide turnover", the legal action and the fine months later; an EU antitrust fine with
its 10%-of-revenue ceiling, the fourth fine since 2017; a cloud company's quarter with
capital spending and AI users; layoffs of "about 6% of its workforce"; "a nine-hour outage"
at a cloud provider with Downdetector counts and service credits; chip export curbs and a
chipmaker's warning; smartphone shipments and shares; an NGO's privacy complaints in 11
countries; an appeals court upholding an FTC penalty; a bank's IT failure; a Korean
app-store fine in won; an AI start-up's funding round in Bloomberg style; a CMA cloud-market
finding. Negatives as such copy has them: apologies as gestures, reassurances without facts,
marketing claims and hype, chief executives' visions, analysts' and traders' moods and
verdicts, labels and reactions of companies, governments, NGOs and lobbies, a Konjunktiv I
verdict, rhetoric and resolve, a slogan, a generic claim in quotes, advice, forecasts and a
hope without a figure, open questions, a ruling to be studied first, no-comment lines, scene
colour and a reporting credit.

245 rows (125 German, 120 English), 56 negatives (29 German, 27 English), 189 check-worthy
rows of which 24 carry no figure (14 German, 10 English), 300 expected quantities (67
counts, 61 amounts of money - 30 USD, 23 EUR, 6 GBP, 1 CHF, 1 KRW -, 56 percentages - 1 of
them in percentage points -, 36 durations, 29 ordinals, 23 years, 17 dates, 11 fractions;
none of them in negatives), 40 checked speakers (19 German, 21 English). Sentences sharing a
run of eight or more words with any file under tests/ (checked by a script that printed only
this batch's sentences, case and punctuation normalised) were reworded before the commit;
none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase of
  a fact or figure is check-worthy with the speaker its own attribution gives ("Das
  Unternehmen habe die Behörde erst vier Tage nach Entdeckung des Angriffs informiert, sagte
  Rautenberg." -> "Rautenberg"; "Kündigungen seien für etwa 120 Mitarbeitende nicht
  auszuschließen, so Moik." -> "Moik"; "Die Zahl der Firmenkunden ... sei ... gestiegen,
  sagte Feldhaus."; "Basaro habe ... rund 38 Millionen aktive Kundenkonten ..., teilte das
  Bundeskartellamt mit."; fifty-first, ninety-ninth and hundred-fourth), with the speaker
  unchecked when the verb is no verb of saying ("räumte der Konzern ein", "kritisierte
  Datenwacht-Gründer Konrad Eibl"); a Konjunktiv I verdict is a negative even with a speaker
  ("Die Strafe sei völlig unverhältnismäßig ..., sagte ein Flockly-Sprecher."; hundred-first
  and hundred-fourth).
- New, on what a breach did not reach: "Passwörter, Kontoverbindungen und Gesprächsinhalte
  seien nach bisherigem Stand nicht abgeflossen." is check-worthy without a figure - a
  checkable statement of the breach's extent, as a denial is (ninety-eighth) - while a
  reassurance that states nothing checkable is a negative: „Der Schutz der Daten unserer
  Kundschaft hat für uns höchste Priorität“ (fifty-first: "... our highest priority"), «So
  etwas darf nicht mehr vorkommen», ""Keeping our customers safe is at the heart of
  everything we do,"", ""We fully understand the frustration this has caused,"". Apologies
  are gestures and negatives („Wir bedauern diesen Vorfall zutiefst ...“, «Wir entschuldigen
  uns in aller Form ...», ""We are truly sorry. We have let our customers down,"" - a
  perfect that states no checkable act, ninety-eighth -, ""... and we apologise for the
  impact,""; fifty-first and ninety-eighth).
- New, on marketing and hype: a superlative without a benchmark that could be checked is a
  negative - ""Ember is simply the smartest assistant anyone has ever built," the company
  said in its launch announcement." and „Mit Delvaro Copilot definieren wir Produktivität
  für eine ganze Generation neu“, heißt es in der Werbekampagne des Konzerns. (as the
  slogans of the fifty-seventh batch) -, while a record that can be checked stays
  check-worthy: "the largest penalty it has imposed on a telecoms company", "The penalty is
  the largest the FTC has ever imposed in a privacy case, ...", "Gross margin came in at
  46.9%, the highest in the company's history." (twenty-ninth, thirty-sixth and
  seventy-third). Chief executives' visions are negatives („Künstliche Intelligenz wird jede
  Zeile Code verändern, die wir schreiben“, ""We are at the beginning of the most profound
  platform shift of our lifetimes,"", ""Our customers have never been more excited about
  what we make,""; seventy-third: "at the very beginning of a multi-year investment cycle"),
  as are analysts' and traders' moods and verdicts ("Analysten zeigten sich ... zunehmend
  skeptisch.", "Händler sprachen von einer „rundum überzeugenden Vorlage“.", "Some analysts
  questioned whether the AI spending spree would ever pay off.", ""This is a premium story,
  not a volume story,""; seventy-third) and an analyst's generic claim in quotes („Der Markt
  ist gesättigt, die Leute hängen einfach länger an ihren Handys“, hundredth), beside her
  figure "Im Schnitt nutzen ... 41 Monate ..., so Carstens." which is check-worthy.
- Regulators and their targets: a fine, a ruling, a designation and a charge are
  check-worthy, also as an allegation ("Die Plattform soll Daten ... verarbeitet haben.",
  ninety-eighth: "verübt haben soll"; "accusing it of training its AI models ..."); so are
  appeals and suits announced ("Flockly kündigte an, ... Berufung ... einzulegen.", "Orvana
  kündigte eine Klage ... an.", "Das Unternehmen kündigte an, Beschwerde beim
  Bundesgerichtshof einzulegen.", "Orbisoft said it would take the case to the EU's General
  Court.", "... said it would fight the ruling in the courts."; ninety-eighth and
  hundred-second), an acceptance ("Harbourline said it accepted the findings and would not
  appeal."), a refusal to pay ("Kommvia kündigte an, nicht zu zahlen.", fifty-first),
  investigations opened and enquiries made ("leitete ein Prüfverfahren ein", "hat eine
  Untersuchung eröffnet ...", "said it was making enquiries", "said it was examining the
  complaints", "said it was in contact with the bank"; hundred-second), a company's denial
  ("Veritext said it complied fully with European privacy law ...", ninety-eighth), a
  rebuttal without a figure ("Both companies said they disagreed with the provisional
  findings.", hundredth: "The union disputed that figure"), stated causes and reasons
  ("Ursache war ein fehlerhaftes Software-Update ...", "Stratacore blamed ...", "Als Gründe
  nannte Semtrion ..."; ninety-eighth), a source's account of a funding round ("State-backed
  funds are leading the round, the people said, ..."), a complaint filed and a damage
  estimate "auf einen zweistelligen Millionenbetrag" (a vague magnitude, no quantity,
  fifty-first). An NGO's demand with a figure is check-worthy ("Datenwacht fordert eine
  Strafe von mindestens 20 Millionen Euro.", thirty-third and ninety-eighth); a union's
  demand without one, wrapped in a verdict, is a negative ("Die Gewerkschaft PRO-GE
  verlangte einen Sozialplan, „der diesen Namen auch verdient“.", fifty-first). Labels and
  reactions are negatives ("Datenwacht sprach von einem „längst fälligen Weckruf ...“", "Der
  Konzern nannte die Entscheidung „politisch motiviert“.", "Das chinesische Außenministerium
  nannte die Maßnahmen „wirtschaftliche Schikane“.", "Der Verband europäischer Verleger
  begrüßte das Urteil als ...", "Der Händlerbund begrüßte die Entscheidung.", "The European
  Publishers Council called the fine "too little, too late."", "Pulsewell said it was
  disappointed by the ruling."; ninety-eighth and hundred-fourth), as are a ministry's
  rhetoric with a vague threat ("China's commerce ministry said it "firmly opposes" the
  measures and would take "necessary steps" ..."; hundredth: threats as rhetoric), resolve
  („Wir lassen uns von Kriminellen nicht in die Knie zwingen“), a regulator's and an
  official's principle in quotes („Unsere Regeln gelten für alle, ...“, ""Today's decision
  sends a clear message ..."", ""Firms that hold millions of people's details cannot treat
  security as an afterthought,"", ""Americans' health data is not a commodity,""), a verdict
  of a claimant's lawyer (""This breach was entirely avoidable,""), a ruling to be studied
  first ("Ein Konzernsprecher sagte, man werde das Urteil sorgfältig prüfen.",
  hundred-second), a warning and a forecast without a figure ("The Semiconductor Industry
  Association warned ...", "Branchenbeobachter rechnen damit, ...", "The incident is likely
  to reignite debate ..."; forty-seventh and ninety-eighth), a hope ("Smaller cloud
  providers hope ...", thirtieth), advice ("Kundinnen und Kunden sollten ...", "Die
  Kantonspolizei Bern riet ...", "Consumer group Which? urged ..."; fifty-first), open
  questions ("Wie viele der erbeuteten Daten ..., ist unklar.", "Wie es mit dem Standort
  langfristig weitergeht, ließ die Konzernführung offen."), no-comment lines ("Lexora wollte
  sich auf APA-Anfrage nicht äußern.", "A representative for Qingyun declined to comment."),
  scene colour and moods ("Für viele kleine Gewerbebetriebe war der Donnerstag ein
  verlorener Tag.", "Employees on internal message boards described morale ..."), quoted
  customers and staff, a slogan (""Silence is not consent,"", fifty-seventh) and a reporting
  credit. New: "Cyber insurers said it was too early to put a number on claims." is a
  negative - a line that gives no figure, as "Zu den eigenen Gefallenen macht Kiew keine
  Angaben." (hundred-first) and "gives no figures of its own" (hundred-fourth).
- Revisions and multiples: "rund 2,7 Millionen Kundendatensätze" 2,700,000 "about"; new:
  "fast viermal so viele wie zunächst angegeben" is count 4 "nearly" (issue: "viermal"; as
  "mehr als das Doppelte der Menge" count 2 "over", forty-seventh, and "bis zu zehnmal so
  schnell" "up_to", fifty-first), and by the same rule "more than double the previous record
  of $575 million" count 2 "over" and the amount; "as much as 4.2 times more" count 4.2
  "up_to" (hundredth: "1.8 times the average wage"); "up from an initial estimate of
  400,000" 400,000 with no hedge ("initial", "initially", "zunächst" and "previous" carry
  none, as "ursprünglich", earlier batches).
- Fines and their ceilings are money and percentages with their hedges (fifty-first): "eine
  Strafe von 310 Millionen Euro", "einer Geldbuße von 1,2 Milliarden Euro", "in Höhe von
  1,74 Milliarden Euro", "um 86 Millionen Euro auf 1,654 Milliarden Euro" both, "£14
  million", "a fine of £31 million", "1.85 billion euros ($2.2 billion)" EUR and USD and
  "42.1 billion won ($29 million)" KRW and USD (the converted figure in brackets, eightieth;
  won, hundredth), "a $1.3 billion penalty"; "von bis zu vier Prozent des globalen
  Jahresumsatzes", "bis zu 20 Prozent des Jahresumsatzes", "can reach as much as 10%" and
  "commissions of up to 30%" "up_to"; "up to £17.5 million or, if higher, up to 4% of
  worldwide turnover" both "up_to"; "Zwangsgelder ..., die bis zu fünf Prozent seines
  mittleren globalen Tagesumsatzes betragen können" 5 "up_to" ("pro Tag" none); "mehr als
  1,1 Milliarden Euro" and "more than 9 billion euros" "over"; "rund 2,2 Prozent des
  Konzernumsatzes" "about"; "seeking damages of up to £2,000 each" "up_to" ("each" none).
- Counted fines, complaints and failures are ordinals (fourteenth, forty-eighth, hundredth):
  "die vierte Strafe der DPC ... in diesem Jahr" 4 ("in diesem Jahr", "this year" none), "It
  is the fourth fine ... since 2017" 4 and the year, "erst die zweite Strafe nach dem DMA"
  2, "die zwölfte Beschwerde" 12, "the group's 40th complaint" 40, "das dritte gegen Kommvia
  seit 2022" 3 (the noun left out, ninety-eighth and hundredth), "mit dem dritten grösseren
  Netzausfall" 3, "the second major outage" 2, "the third IT failure" 3, "the company's
  third round of job cuts" 3 (seventy-third: "the second round of layoffs"), "ins siebte
  Jahr" 7 and "das siebte Unternehmen" 7, "nach einer ersten Prüfung" 1 (ninety-ninth: "nach
  einer ersten Schätzung"); "first" as an adverb carries none ("Harbourline first detected
  ...", "The agency first sued ...", seventy-sixth), as "erstmals" (forty-first).
- Results (seventy-third): quarters are ordinals ("im dritten Quartal", "third-quarter",
  "second-quarter", "in the fourth quarter", "in the first quarter", "in the second
  quarter", "the fifth straight quarter of growth" 5); "die Marge verbesserte sich um 2,3
  Prozentpunkte auf 29,4 Prozent" 2.3 pp and 29.4; "Operating margin widened to 44.1% from
  41.8%" both; guidance ranges give both ends ("zwischen 10 und 12 Prozent, bisher waren 9
  bis 11 Prozent" four, "$105 billion to $110 billion", "$280 million to $340 million", "$88
  billion to $91 billion"); consensus figures check-worthy with no checked speaker ("Von
  Bloomberg befragte Analysten hatten ... im Schnitt mit 1,38 Milliarden Euro gerechnet",
  "ahead of the $70.2 billion analysts had expected on average, according to LSEG data",
  "compared with estimates of $92.4 billion"); "(Vorjahr: 20,4 Prozent)" the percentage;
  "das Geschäftsjahr 2024/25" the years 2024 and 2025; share prices and dividends are money
  ("auf 18,62 Euro", "auf 212,40 Dollar" USD, "to $412.30", "to $118.40", "26 cents per
  share" 0.26 USD); "an additional $90 billion share buyback" no hedge; market colour with a
  figure is check-worthy ("An der Börse kam der Ausblick gut an: Die Aktie legte ... um 5,2
  Prozent zu."). Users, customers, devices and records are counts (fifty-first): "265
  Millionen monatlich aktive Nutzer, davon knapp 41 Millionen", "gut 9,4 Millionen
  Mobilfunk- und 1,1 Millionen Festnetzkunden" (the hedge before the first figure only,
  forty-seventh; each "Millionen" read), "rund 1,2 Millionen Privatkundinnen und -kunden
  sowie gut 40'000 Geschäftskunden" (Swiss apostrophe, tenth), "more than 150 million
  monthly active users", "412 million", "more than 2.35 billion active devices", "about 80
  million monthly users", "292,4 Millionen Geräte", "28,9 Millionen Stück", "331 million
  units", "1.22 billion units", "about 6.2 million devices"; "Hunderttausenden" and
  "thousands of websites" none (vague magnitudes, hundred-first and hundred-fourth).
- Job cuts and shares of a whole (seventy-third, hundred-fourth): "jede zehnte Stelle" 0.1
  (issue: "jeder vierte"), "rund 340 der insgesamt 3.400 Beschäftigten" two counts
  ("insgesamt" no hedge), "about 1,100 employees, or about 6% of its workforce" both
  "about", "18,400 employees ..., up from 15,900", "more than 120,000 jobs"; "bei etwa einem
  Drittel der Datensätze" 0.3333 "about", "gut jeder vierte Kunde" 0.25 "over" ("gut",
  twentieth), "knapp ein Drittel davon" "nearly", "ein Drittel mehr als 2024" 0.3333 with no
  hedge and "um ein Fünftel mehr als 2023" 0.2 (the comparison after the figure,
  hundred-first), "um fast ein Viertel" 0.25 "nearly", "Jedes fünfte verkaufte Gerät" 0.2,
  "more than a quarter of them" 0.25 "over", "about a third of the affected roles" "about",
  "by nearly a third" "nearly".
- Market shares and rankings (fifty-first): shares are percentages ("mit einem Anteil von
  19,8 Prozent", "a 21% share", "about 31% ..., ahead of rivals with 22% and 12%", "less
  than 2%" "under", "between 70% and 80%" both with no hedge, forty-first); "Auf Platz zwei"
  2 (fifty-first: "auf Platz drei"), "auf den dritten Rang" 3, "slipped to second" and "was
  third" 2 and 3 (ninety-eighth: "lifts City to second"), "the country's second-largest app
  store" 2 (issue: "drittgrößte"); new: "the third-most in China" is ordinal 3, the
  superlative with its ordinal as "third-largest"; new: "Marktführer" and "the top spot"
  carry no ordinal (no figure written, as "der größte Anbieter", fifty-first).
- Other counts: "zwei von insgesamt fünf Kundendatenbanken" 2 and 5 (forty-first: "Six of
  the nine"), "die letzten vier Ziffern der Kontonummer" 4, "ein Lösegeld von 50 Bitcoin" 50
  (a cryptocurrency is a count, fifty-first), "42 Terabyte Daten" 42 (fifty-first), "rund
  1.900 Server", "zwei Dutzend chinesische Unternehmen" 24 (issue: "two dozen"), "mehr als
  900 Einträge" "over", "at least three of the five largest U.S. banks" 3 "at_least" and 5,
  "more than a dozen ad companies" 12 "over" (third batch: "a dozen"), "The three-judge
  panel ruled 2-1" 3, 2 and 1 (seventy-sixth and hundred-second), "the UK's two biggest
  cloud providers" and "the two firms" 2 (eighth: "The two leaders"), "the largest of its 38
  regions" 38, "in 11 European countries", "all but 22 allied countries" 22, "some 120 other
  countries" "about"; new: "mit einer Rechenleistung von mehr als 4.800 Teraflops" is count
  4800 "over", a measure of computing power read as the data rates of the fifty-first batch.
  Names carry none ("Entity List", "DMA", "DSGVO", "Ember", "Delvaro Copilot", "High Court",
  "Which?").
- Durations (issue: "fünfstündigen"; fifty-first, hundred-second, hundred-fourth): "A
  nine-hour outage" 9 hours, "während knapp neun Stunden" "nearly", "während rund drei
  Stunden" "about", "for almost 13 hours" "nearly", "outages lasting four hours ... and six
  hours" both, "knapp drei Wochen lang" "nearly", "vor zwei Monaten" 2 months (forty-sixth:
  "vor zwei Jahren"), "binnen 72 Stunden", "binnen 48 Stunden", "innert 30 Tagen", "innert
  14 Monaten", "in 18 months", "nach drei Monaten", "mehr als vier Jahre" and "seit mehr als
  zwei Wochen" "over", "über zehn Jahre hinweg" 10 years with no hedge (hundred-second),
  "binnen zwei Monaten und zehn Tagen" both (hundred-second: "within two months and 10
  days"), "Seit 16 Tagen", "sechs bis acht Wochen" both (the unit written once serves the
  range), "zunächst für fünf Jahre" ("zunächst" no hedge), "für zwölf Monate", "Im Schnitt
  ... 41 Monate" ("Im Schnitt" no hedge), "two years of free credit monitoring", "at least
  16 weeks of severance pay plus two weeks for every year of service" 16 "at_least" and 2
  ("every year of service" none), "within two days", "60 days", "in 90 days", "within nine
  months", "only 30 days" ("only" no hedge), "that had taken three weeks", "available for 18
  months before the attack". None: "binnen eines Jahres", "a year earlier", "a year ago",
  "this year", "so far this year", "in den kommenden Wochen", "eine Monatsgebühr", "pro
  Tag", "pro Person".
- Money otherwise: "rund 14 Milliarden Euro", "rund 1,5 Milliarden Euro" and "rund 120 Euro
  pro Person" "about", "14 Millionen Euro", "9,3 Milliarden Euro", "um bis zu 900 Millionen
  Euro" and "by as much as $5.5 billion" "up_to", "mehr als 800 Euro" "over", "5 Millionen
  Euro", "rund 55 Franken" CHF "about", "at an estimated cost of £9 million" "about", "£50",
  "$31.4 billion", "$24.8 billion", "$29.7 billion", "at least $400 million" "at_least",
  "$96 billion", "$18.5 billion", "$3.1 billion", "about $600 million ... at $4 billion, up
  from $1.5 billion" the first "about".
- Years and dates: "seit März 2024", "seit Juni 2024", "aus dem Jahr 2021", "seit 2022",
  "Gründung 2018", "als 2023", "als 2024", "2019", "bis Ende Jänner 2027" (Austrian month),
  "since March 2020", "since January 2023", "since October 2022", "since 2016", "since
  2017", "since 2021", "between 2019 and 2023", "in 2026" the years; "bis zum 30. Juni 2026"
  2026-06-30 and "on Aug. 8, 2023" 2023-08-08; "ab dem 1. Dezember" --12-01, "on Sept. 19",
  "until Oct. 2" and "the quarter ended Sept. 30" dates without a year; Reuters datelines
  with a day ("LONDON, Oct 7", "LONDON, Oct 9", "LONDON, March 18", "BRUSSELS, Nov 18",
  "SEATTLE, June 12", "WASHINGTON, Feb 24", "SEOUL, Jan 16", "DUBLIN, May 21", "SEOUL, March
  4") and the city-less "Oct 29 (Reuters)" and "Jan 30 (Reuters)" (seventy-third) dates
  without a year; dpa, dpa-AFX, dpa/lni, APA, Keystone-SDA, "Washington/Peking (Reuters)",
  AP and PA datelines none (seventy-ninth), and new by the same rule the Bloomberg form
  "(Bloomberg) --". Clock times ("2:47 a.m. ET", "shortly after noon"), weekdays, months
  ("at the end of June", "in February", "in May", "the quarter ending in March") none.
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly", "some", "an
  estimated" "about"; "knapp", "fast", "almost", "nearly" "nearly"; "mehr als", "gut", "more
  than", "More than" "over"; "less than" "under"; "bis zu", "up to", "as much as" "up_to";
  "mindestens", "at least" "at_least". No hedge: "insgesamt", "zusammen", "zeitweise",
  "bereits", "erst", "lediglich", "sogar", "zunächst", "im Schnitt", "Im Schnitt", "only",
  "initial", "initially", "previous", "on average", "an additional", "between", "topped out
  at" (a verb; the "more than" after it is the hedge).
- Speakers, checked only in forms the earlier batches settled: "teilte das Unternehmen am
  Montag mit", "teilte das Unternehmen am Mittwoch mit", "wie das Unternehmen am
  Dienstagabend in Karlsruhe mitteilte" and "nach Angaben des Unternehmens" -> "das
  Unternehmen" (the day and place dropped, seventy-third); "Nach Angaben des BSI" -> "das
  BSI" and "teilte die DPC mit" -> "die DPC" (fifty-first: "die RTR"), "teilte die
  Kommission mit", "teilte das Handelsministerium mit", "teilte das Landeskriminalamt mit",
  "teilte das Bundeskartellamt mit" the source with its article in the nominative; "laut
  Helvion" -> "Helvion" (fifty-first: "Laut BSI"), "teilte Datenwacht mit" -> "Datenwacht"
  (seventy-third: "teilte Brackwell mit"); "sagte Geschäftsführerin Sandra Moik", "sagte
  Finanzchefin Ilse van Doorn", "sagte Verbandsgeschäftsführer Holger Brinkmeier" the name
  with the title dropped; "sagte Rautenberg", "sagte Feldhaus", "so Moik", "so Carstens" the
  surname as written (hundredth and hundred-fourth). English: "the company said" (three
  times) -> "the company", "The Information Commissioner's Office said ...", "The ICO said
  ...", "The Commission said ...", "The FTC said ...", "The bank said ...", "The Financial
  Conduct Authority said ...", "The Korea Fair Trade Commission said ..." with the article
  in lower case (ninety-eighth and hundred-fourth; fifty-first: "the FCC said",
  thirty-sixth: "the bank said"); "According to the group, ..." -> "the group"
  (ninety-eighth: "according to the union"); "according to Downdetector" as written
  (fifty-first); "Harbourline said", "Orbisoft said", "Pomelo said", "Veritext said",
  "Northgate said" as written (ninety-eighth and hundredth); "Chief executive Alistair
  Penhaligon said", "Chief Financial Officer Renee Castellanos said", "..., Chief Executive
  Marcus Oyelaran said on a call with analysts" and "In a memo to staff, CEO Dana Whitlock
  said" the name with the title and occasion dropped (seventy-third). Left unchecked (None):
  "räumte der Konzern ein", "kritisierte ...", "nach eigenen Angaben", "Nach Informationen
  von heise online", "nach Berechnungen des Marktforschers Technalys" (a description and
  sources no batch settled), "Von Bloomberg befragte Analysten", "British broadband and
  mobile provider Harbourline said on Tuesday", "Social media company Flickwave said
  Thursday", "Chipmaker Arcadia Micro said", "law firm Greaves Harlow said", "research firm
  Canalyte said" and "... estimates" (a description before a name, fifty-first), "the firm
  said", "Ireland's Data Protection Commission, Veritext's lead regulator in the EU, said"
  and "Hanbit, which runs ..., said" (a description around the name, fortieth), "according
  to the tracking site TechCuts", "according to data from research firm Canalyte",
  "according to LSEG data", "a regulatory filing showed", "according to people familiar with
  the matter", "the people said", "The CMA found", "Analysts at Brightford Securities
  estimated", "Both companies said", rows without attribution and all negatives, also those
  with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_106 = [
    # --- Datenleck bei Kommvia, erster Tag (dpa) ---
    ("de", "Düsseldorf (dpa) - Beim Mobilfunkanbieter Kommvia haben Unbekannte Daten von Hunderttausenden Kundinnen und Kunden erbeutet.", True, [], None),
    ("de", "Betroffen seien nach einer ersten Prüfung rund 700.000 Datensätze mit Namen, Anschriften und Geburtsdaten, teilte das Unternehmen am Montag mit.", True, [("ordinal", 1, None, None), ("count", 700000, None, "about")], "das Unternehmen"),
    ("de", "Passwörter, Kontoverbindungen und Gesprächsinhalte seien nach bisherigem Stand nicht abgeflossen.", True, [], None),
    ("de", "Die Angreifer hatten sich über das Konto eines externen Dienstleisters Zugang zu zwei von insgesamt fünf Kundendatenbanken verschafft.", True, [("count", 2, None, None), ("count", 5, None, None)], None),
    ("de", "Der Zugriff blieb nach Angaben des Unternehmens knapp drei Wochen lang unbemerkt.", True, [("duration", 3, "week", "nearly")], "das Unternehmen"),
    ("de", "„Wir bedauern diesen Vorfall zutiefst und entschuldigen uns bei allen Betroffenen“, sagte Kommvia-Chefin Daniela Hornbach.", False, [], None),
    ("de", "„Der Schutz der Daten unserer Kundschaft hat für uns höchste Priorität“, fügte Hornbach hinzu.", False, [], None),
    ("de", "Nach Angaben des BSI wurden Hinweise auf die Schwachstelle bereits vor zwei Monaten an Kommvia übermittelt.", True, [("duration", 2, "month", None)], "das BSI"),
    ("de", "Nach der Datenschutz-Grundverordnung müssen Unternehmen solche Vorfälle binnen 72 Stunden der zuständigen Aufsichtsbehörde melden.", True, [("duration", 72, "hour", None)], None),
    ("de", "Kundinnen und Kunden sollten in den kommenden Wochen besonders misstrauisch gegenüber E-Mails und Anrufen sein, die sich auf Kommvia berufen.", False, [], None),
    # --- Datenleck bei Kommvia, zweiter Tag (dpa) ---
    ("de", "Düsseldorf (dpa) - Das Datenleck bei Kommvia ist weit größer als bislang bekannt: Betroffen sind rund 2,7 Millionen Kundendatensätze, fast viermal so viele wie zunächst angegeben.", True, [("count", 2700000, None, "about"), ("count", 4, "times", "nearly")], None),
    ("de", "Bei etwa einem Drittel der Datensätze seien auch Mobilfunknummern und die letzten vier Ziffern der Kontonummer enthalten, räumte der Konzern ein.", True, [("fraction", 0.3333, None, "about"), ("count", 4, None, None)], None),
    ("de", "Insgesamt hat Kommvia nach eigenen Angaben gut 9,4 Millionen Mobilfunk- und 1,1 Millionen Festnetzkunden in Deutschland.", True, [("count", 9400000, None, "over"), ("count", 1100000, None, None)], None),
    ("de", "Damit wäre gut jeder vierte Kunde von dem Angriff betroffen.", True, [("fraction", 0.25, None, "over")], None),
    ("de", "Die nordrhein-westfälische Landesbeauftragte für Datenschutz, Bettina Rautenberg, leitete ein Prüfverfahren ein, das dritte gegen Kommvia seit 2022.", True, [("ordinal", 3, None, None), ("year", 2022, None, None)], None),
    ("de", "Das Unternehmen habe die Behörde erst vier Tage nach Entdeckung des Angriffs informiert, sagte Rautenberg.", True, [("duration", 4, "day", None)], "Rautenberg"),
    ("de", "„Das ist kein Kavaliersdelikt, sondern ein schwerer Verstoß gegen die Meldepflicht“, sagte Rautenberg.", False, [], None),
    ("de", "Kommvia bietet allen Betroffenen eine kostenlose Identitätsüberwachung für zwölf Monate im Wert von rund 120 Euro pro Person an.", True, [("duration", 12, "month", None), ("money", 120, "EUR", "about")], None),
    ("de", "Nach Informationen von heise online fordern die Täter ein Lösegeld von 50 Bitcoin.", True, [("count", 50, None, None)], None),
    ("de", "Kommvia kündigte an, nicht zu zahlen.", True, [], None),
    ("de", "Bei der Verbraucherzentrale NRW meldeten sich nach eigenen Angaben binnen 48 Stunden mehr als 3.500 Betroffene.", True, [("duration", 48, "hour", None), ("count", 3500, None, "over")], None),
    ("de", "Die Aktie der Kommvia-Mutter Fernkom fiel am Dienstag in Frankfurt zeitweise um 7,4 Prozent auf 18,62 Euro.", True, [("percent", 7.4, "%", None), ("money", 18.62, "EUR", None)], None),
    ("de", "Analysten zeigten sich angesichts der Pannenserie zunehmend skeptisch.", False, [], None),
    ("de", "Wie viele der erbeuteten Daten bereits im Darknet angeboten werden, ist unklar.", False, [], None),
    # --- DSGVO-Strafe gegen Flockly (dpa) ---
    ("de", "Dublin (dpa) - Die irische Datenschutzkommission DPC hat gegen das Netzwerk Flockly eine Strafe von 310 Millionen Euro verhängt, das entspricht rund 2,2 Prozent des Konzernumsatzes.", True, [("money", 310000000, "EUR", None), ("percent", 2.2, "%", "about")], None),
    ("de", "Die Plattform soll Daten ihrer Nutzerinnen und Nutzer ohne ausreichende Rechtsgrundlage für personalisierte Werbung verarbeitet haben.", True, [], None),
    ("de", "Es ist bereits die vierte Strafe der DPC gegen einen großen Technologiekonzern in diesem Jahr.", True, [("ordinal", 4, None, None)], None),
    ("de", "Zusammen summieren sich die Bußgelder der Behörde seit Jahresbeginn auf mehr als 1,1 Milliarden Euro.", True, [("money", 1100000000, "EUR", "over")], None),
    ("de", "Die Datenschutz-Grundverordnung sieht Bußgelder von bis zu vier Prozent des globalen Jahresumsatzes vor.", True, [("percent", 4, "%", "up_to")], None),
    ("de", "Flockly habe im vergangenen Jahr weltweit rund 14 Milliarden Euro umgesetzt, teilte die DPC mit.", True, [("money", 14000000000, "EUR", "about")], "die DPC"),
    ("de", "Die Plattform zählt in der EU nach eigenen Angaben 265 Millionen monatlich aktive Nutzer, davon knapp 41 Millionen in Deutschland.", True, [("count", 265000000, None, None), ("count", 41000000, None, "nearly")], None),
    ("de", "Die Strafe sei völlig unverhältnismäßig und gehe an der Realität der Werbebranche vorbei, sagte ein Flockly-Sprecher.", False, [], None),
    ("de", "Flockly kündigte an, vor dem irischen High Court Berufung gegen die Entscheidung einzulegen.", True, [], None),
    ("de", "Ausgelöst worden war das Verfahren durch eine Beschwerde der Wiener Datenschutzorganisation Datenwacht aus dem Jahr 2021.", True, [("year", 2021, None, None)], None),
    ("de", "Datenwacht sprach von einem „längst fälligen Weckruf für die Werbeindustrie“.", False, [], None),
    ("de", "Das Verfahren habe mehr als vier Jahre gedauert, kritisierte Datenwacht-Gründer Konrad Eibl.", True, [("duration", 4, "year", "over")], None),
    # --- DMA-Strafe gegen Orvana (dpa) ---
    ("de", "Brüssel (dpa) - Die EU-Kommission hat den US-Konzern Orvana wegen Verstößen gegen das Gesetz über digitale Märkte (DMA) mit einer Geldbuße von 1,2 Milliarden Euro belegt.", True, [("money", 1200000000, "EUR", None)], None),
    ("de", "Orvana habe auf seinem Online-Marktplatz seit Juni 2024 eigene Produkte systematisch bevorzugt, teilte die Kommission mit.", True, [("year", 2024, None, None)], "die Kommission"),
    ("de", "Es ist erst die zweite Strafe nach dem DMA, der seit März 2024 vollständig anwendbar ist.", True, [("ordinal", 2, None, None), ("year", 2024, None, None)], None),
    ("de", "Der Konzern muss seine Praxis bis zum 30. Juni 2026 ändern, sonst werden pro Tag Zwangsgelder fällig, die bis zu fünf Prozent seines mittleren globalen Tagesumsatzes betragen können.", True, [("date", "2026-06-30", None, None), ("percent", 5, "%", "up_to")], None),
    ("de", "Bei wiederholten Verstößen sind sogar Bußen von bis zu 20 Prozent des Jahresumsatzes möglich.", True, [("percent", 20, "%", "up_to")], None),
    ("de", "„Unsere Regeln gelten für alle, ganz gleich, wie groß ein Unternehmen ist“, sagte ein Kommissionssprecher.", False, [], None),
    ("de", "Der Konzern nannte die Entscheidung „politisch motiviert“.", False, [], None),
    ("de", "Orvana kündigte eine Klage vor dem Gericht der EU in Luxemburg an.", True, [], None),
    ("de", "Die Orvana-Aktie gab im nachbörslichen Handel in New York um 1,8 Prozent auf 212,40 Dollar nach.", True, [("percent", 1.8, "%", None), ("money", 212.4, "USD", None)], None),
    # --- Quartalszahlen von Delvaro (dpa-AFX) ---
    ("de", "Karlsruhe (dpa-AFX) - Der Softwarekonzern Delvaro hat im dritten Quartal dank der starken Nachfrage nach Cloud-Diensten deutlich mehr umgesetzt.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der Umsatz stieg im Jahresvergleich um 11 Prozent auf 4,86 Milliarden Euro, wie das Unternehmen am Dienstagabend in Karlsruhe mitteilte.", True, [("percent", 11, "%", None), ("money", 4860000000, "EUR", None)], "das Unternehmen"),
    ("de", "Im Cloud-Geschäft wuchsen die Erlöse um 27 Prozent auf 2,1 Milliarden Euro.", True, [("percent", 27, "%", None), ("money", 2100000000, "EUR", None)], None),
    ("de", "Das bereinigte operative Ergebnis kletterte auf 1,43 Milliarden Euro, die Marge verbesserte sich um 2,3 Prozentpunkte auf 29,4 Prozent.", True, [("money", 1430000000, "EUR", None), ("percent", 2.3, "pp", None), ("percent", 29.4, "%", None)], None),
    ("de", "Von Bloomberg befragte Analysten hatten beim Ergebnis im Schnitt mit 1,38 Milliarden Euro gerechnet.", True, [("money", 1380000000, "EUR", None)], None),
    ("de", "Für das Gesamtjahr erwartet Delvaro nun ein Umsatzplus zwischen 10 und 12 Prozent, bisher waren 9 bis 11 Prozent angepeilt.", True, [("percent", 10, "%", None), ("percent", 12, "%", None), ("percent", 9, "%", None), ("percent", 11, "%", None)], None),
    ("de", "In Rechenzentren und KI-Anwendungen will der Konzern in diesem Jahr rund 1,5 Milliarden Euro stecken, ein Drittel mehr als 2024.", True, [("money", 1500000000, "EUR", "about"), ("fraction", 0.3333, None, None), ("year", 2024, None, None)], None),
    ("de", "„Künstliche Intelligenz wird jede Zeile Code verändern, die wir schreiben“, sagte Vorstandschef Jonas Feldhaus.", False, [], None),
    ("de", "Die Zahl der Firmenkunden seines KI-Assistenten sei binnen eines Jahres von knapp 13.000 auf rund 28.000 gestiegen, sagte Feldhaus.", True, [("count", 13000, None, "nearly"), ("count", 28000, None, "about")], "Feldhaus"),
    ("de", "„Mit Delvaro Copilot definieren wir Produktivität für eine ganze Generation neu“, heißt es in der Werbekampagne des Konzerns.", False, [], None),
    ("de", "An der Börse kam der Ausblick gut an: Die Aktie legte im späten Handel um 5,2 Prozent zu.", True, [("percent", 5.2, "%", None)], None),
    ("de", "Händler sprachen von einer „rundum überzeugenden Vorlage“.", False, [], None),
    # --- Stellenabbau bei Semtrion (APA) ---
    ("de", "Villach (APA) - Der Halbleiterzulieferer Semtrion baut in Kärnten jede zehnte Stelle ab.", True, [("fraction", 0.1, None, None)], None),
    ("de", "Betroffen sind rund 340 der insgesamt 3.400 Beschäftigten am Standort Villach, teilte das Unternehmen am Mittwoch mit.", True, [("count", 340, None, "about"), ("count", 3400, None, None)], "das Unternehmen"),
    ("de", "Als Gründe nannte Semtrion die schwache Nachfrage aus der Autoindustrie und den Preisdruck asiatischer Konkurrenten.", True, [], None),
    ("de", "Der Umsatz war im abgelaufenen Geschäftsjahr 2024/25 um 18 Prozent auf 1,07 Milliarden Euro eingebrochen.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("percent", 18, "%", None), ("money", 1070000000, "EUR", None)], None),
    ("de", "Der Abbau solle bis Ende Jänner 2027 großteils über natürliche Abgänge und ein Frühpensionsmodell erfolgen, sagte Geschäftsführerin Sandra Moik.", True, [("year", 2027, None, None)], "Sandra Moik"),
    ("de", "Kündigungen seien für etwa 120 Mitarbeitende nicht auszuschließen, so Moik.", True, [("count", 120, None, "about")], "Moik"),
    ("de", "„Das ist ein rabenschwarzer Tag für die Belegschaft und für die ganze Region“, sagte Betriebsratschef Herwig Kofler.", False, [], None),
    ("de", "Die Gewerkschaft PRO-GE verlangte einen Sozialplan, „der diesen Namen auch verdient“.", False, [], None),
    ("de", "Erst im Frühjahr hatte das Land Kärnten dem Unternehmen eine Förderung von 14 Millionen Euro für eine neue Fertigungslinie zugesagt.", True, [("money", 14000000, "EUR", None)], None),
    ("de", "Semtrion beschäftigt weltweit rund 9.800 Menschen, knapp ein Drittel davon in Österreich.", True, [("count", 9800, None, "about"), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Wie es mit dem Standort langfristig weitergeht, ließ die Konzernführung offen.", False, [], None),
    # --- Netzstörung bei Helvion (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Eine schwere Störung im Netz der Telekomanbieterin Helvion hat am Donnerstag während knapp neun Stunden Festnetz und Internet lahmgelegt.", True, [("duration", 9, "hour", "nearly")], None),
    ("de", "Betroffen waren laut Helvion rund 1,2 Millionen Privatkundinnen und -kunden sowie gut 40'000 Geschäftskunden in der ganzen Schweiz.", True, [("count", 1200000, None, "about"), ("count", 40000, None, "over")], "Helvion"),
    ("de", "Auch die Notrufnummern waren in mehreren Kantonen während rund drei Stunden nicht erreichbar.", True, [("duration", 3, "hour", "about")], None),
    ("de", "Ursache war ein fehlerhaftes Software-Update an einem zentralen Netzknoten in Zürich.", True, [], None),
    ("de", "Helvion kämpft damit innert 14 Monaten bereits mit dem dritten grösseren Netzausfall.", True, [("duration", 14, "month", None), ("ordinal", 3, None, None)], None),
    ("de", "«Wir entschuldigen uns in aller Form bei unserer Kundschaft», sagte Helvion-Chef Raphael Zbinden vor den Medien.", False, [], None),
    ("de", "«So etwas darf nicht mehr vorkommen», fügte Zbinden an.", False, [], None),
    ("de", "Das Bundesamt für Kommunikation (Bakom) hat eine Untersuchung eröffnet und verlangt von Helvion innert 30 Tagen einen Bericht.", True, [("duration", 30, "day", None)], None),
    ("de", "Helvion schreibt betroffenen Privatkunden eine Monatsgebühr gut, im Schnitt rund 55 Franken.", True, [("money", 55, "CHF", "about")], None),
    ("de", "Für viele kleine Gewerbebetriebe war der Donnerstag ein verlorener Tag.", False, [], None),
    ("de", "Die Kantonspolizei Bern riet der Bevölkerung, sich bei Notfällen direkt an den nächsten Polizeiposten zu wenden.", False, [], None),
    # --- Beschwerde gegen Lexora (APA) ---
    ("de", "Wien (APA) - Die Datenschutzorganisation Datenwacht hat bei der österreichischen Datenschutzbehörde eine Beschwerde gegen den KI-Anbieter Lexora eingebracht.", True, [], None),
    ("de", "Dessen Chatbot habe über einen Salzburger Journalisten wiederholt falsche Angaben verbreitet, darunter ein erfundenes Strafurteil, teilte Datenwacht mit.", True, [], "Datenwacht"),
    ("de", "Auf ein Auskunftsersuchen des Mannes habe Lexora auch nach drei Monaten nicht reagiert.", True, [("duration", 3, "month", None)], None),
    ("de", "„Ein Chatbot, der Menschen Verbrechen andichtet, ist kein Spielzeug, sondern ein Rechtsproblem“, sagte Datenwacht-Juristin Miriam Stöckl.", False, [], None),
    ("de", "Datenwacht fordert eine Strafe von mindestens 20 Millionen Euro.", True, [("money", 20000000, "EUR", "at_least")], None),
    ("de", "Lexora wollte sich auf APA-Anfrage nicht äußern.", False, [], None),
    ("de", "Es ist die zwölfte Beschwerde, die der Verein seit seiner Gründung 2018 gegen KI-Anbieter eingebracht hat.", True, [("ordinal", 12, None, None), ("year", 2018, None, None)], None),
    ("de", "Die Datenschutzbehörde hat nach eigenen Angaben im Vorjahr 2.840 Beschwerden erhalten, um ein Fünftel mehr als 2023.", True, [("count", 2840, None, None), ("fraction", 0.2, None, None), ("year", 2023, None, None)], None),
    # --- Exportkontrollen für Chips (Reuters) ---
    ("de", "Washington/Peking (Reuters) - Die US-Regierung verschärft die Exportkontrollen für Hochleistungschips nach China erneut.", True, [], None),
    ("de", "Künftig brauchen Hersteller eine Lizenz für die Ausfuhr von KI-Beschleunigern mit einer Rechenleistung von mehr als 4.800 Teraflops, teilte das Handelsministerium mit.", True, [("count", 4800, None, "over")], "das Handelsministerium"),
    ("de", "Zudem wurden zwei Dutzend chinesische Unternehmen auf die sogenannte Entity List gesetzt, die damit mehr als 900 Einträge umfasst.", True, [("count", 24, None, None), ("count", 900, None, "over")], None),
    ("de", "Das chinesische Außenministerium nannte die Maßnahmen „wirtschaftliche Schikane“.", False, [], None),
    ("de", "Peking kündigte an, die Ausfuhr von Gallium und Germanium ab dem 1. Dezember weiter zu beschränken.", True, [("date", "--12-01", None, None)], None),
    ("de", "Der niederländische Anlagenbauer Veldmaat erzielte im vergangenen Jahr gut 26 Prozent seines Umsatzes von 9,3 Milliarden Euro in China.", True, [("percent", 26, "%", "over"), ("money", 9300000000, "EUR", None)], None),
    ("de", "Die neuen Regeln könnten den Umsatz im kommenden Jahr um bis zu 900 Millionen Euro schmälern, sagte Finanzchefin Ilse van Doorn.", True, [("money", 900000000, "EUR", "up_to")], "Ilse van Doorn"),
    ("de", "Die Veldmaat-Aktie verlor in Amsterdam knapp 4 Prozent.", True, [("percent", 4, "%", "nearly")], None),
    ("de", "Branchenbeobachter rechnen damit, dass sich der Technologiestreit zwischen den beiden Großmächten weiter zuspitzt.", False, [], None),
    # --- Smartphone-Markt (dpa) ---
    ("de", "Berlin (dpa) - Der weltweite Smartphone-Markt ist im dritten Quartal wieder geschrumpft.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Hersteller lieferten nach Berechnungen des Marktforschers Technalys 292,4 Millionen Geräte aus, zwei Prozent weniger als ein Jahr zuvor.", True, [("count", 292400000, None, None), ("percent", 2, "%", None)], None),
    ("de", "Marktführer blieb der südkoreanische Hersteller Daehan mit einem Anteil von 19,8 Prozent (Vorjahr: 20,4 Prozent).", True, [("percent", 19.8, "%", None), ("percent", 20.4, "%", None)], None),
    ("de", "Auf Platz zwei folgte der US-Konzern Pomelo mit 17,1 Prozent, der chinesische Anbieter Lumi rückte mit 14,6 Prozent auf den dritten Rang vor.", True, [("ordinal", 2, None, None), ("percent", 17.1, "%", None), ("percent", 14.6, "%", None), ("ordinal", 3, None, None)], None),
    ("de", "Lumi steigerte seinen Absatz um fast ein Viertel.", True, [("fraction", 0.25, None, "nearly")], None),
    ("de", "In Europa ging der Absatz sogar um 6,3 Prozent auf 28,9 Millionen Stück zurück.", True, [("percent", 6.3, "%", None), ("count", 28900000, None, None)], None),
    ("de", "Jedes fünfte verkaufte Gerät kostete mehr als 800 Euro.", True, [("fraction", 0.2, None, None), ("money", 800, "EUR", "over")], None),
    ("de", "„Der Markt ist gesättigt, die Leute hängen einfach länger an ihren Handys“, sagte Technalys-Analystin Yvonne Carstens.", False, [], None),
    ("de", "Im Schnitt nutzen Kundinnen und Kunden in Deutschland ihr Smartphone inzwischen 41 Monate, bevor sie ein neues kaufen, so Carstens.", True, [("duration", 41, "month", None)], "Carstens"),
    # --- Urteil zur Kartellstrafe gegen Quaero (dpa) ---
    ("de", "Luxemburg (dpa) - Das Gericht der EU hat eine Kartellstrafe gegen den Suchmaschinenbetreiber Quaero in Höhe von 1,74 Milliarden Euro weitgehend bestätigt.", True, [("money", 1740000000, "EUR", None)], None),
    ("de", "Die Richter senkten die Buße lediglich um 86 Millionen Euro auf 1,654 Milliarden Euro.", True, [("money", 86000000, "EUR", None), ("money", 1654000000, "EUR", None)], None),
    ("de", "Die Kommission hatte Quaero 2019 vorgeworfen, Konkurrenten bei der Vermittlung von Suchanzeigen über zehn Jahre hinweg behindert zu haben.", True, [("year", 2019, None, None), ("duration", 10, "year", None)], None),
    ("de", "Quaero kann binnen zwei Monaten und zehn Tagen Rechtsmittel beim Europäischen Gerichtshof einlegen.", True, [("duration", 2, "month", None), ("duration", 10, "day", None)], None),
    ("de", "Ein Konzernsprecher sagte, man werde das Urteil sorgfältig prüfen.", False, [], None),
    ("de", "Der Rechtsstreit geht damit bereits ins siebte Jahr.", True, [("ordinal", 7, None, None)], None),
    ("de", "Der Verband europäischer Verleger begrüßte das Urteil als „wichtigen Sieg für fairen Wettbewerb“.", False, [], None),
    # --- Cyberangriff auf Mittelweser-IT (dpa/lni) ---
    ("de", "Nienburg (dpa/lni) - Nach einem Cyberangriff auf den kommunalen IT-Dienstleister Mittelweser-IT sind die Verwaltungen von 46 Kommunen seit mehr als zwei Wochen weitgehend offline.", True, [("count", 46, None, None), ("duration", 2, "week", "over")], None),
    ("de", "Die Angreifer hatten rund 1.900 Server verschlüsselt und 42 Terabyte Daten kopiert, teilte das Landeskriminalamt mit.", True, [("count", 1900, None, "about"), ("count", 42, None, None)], "das Landeskriminalamt"),
    ("de", "Seit 16 Tagen können die rund 310.000 Einwohnerinnen und Einwohner der Region weder Pässe beantragen noch Autos zulassen.", True, [("duration", 16, "day", None), ("count", 310000, None, "about")], None),
    ("de", "Bis alle Fachverfahren wieder laufen, werde es voraussichtlich noch sechs bis acht Wochen dauern, sagte Verbandsgeschäftsführer Holger Brinkmeier.", True, [("duration", 6, "week", None), ("duration", 8, "week", None)], "Holger Brinkmeier"),
    ("de", "Die Kosten des Angriffs schätzt der Verband bislang auf einen zweistelligen Millionenbetrag.", True, [], None),
    ("de", "Das Innenministerium stellte den betroffenen Kommunen eine Soforthilfe von 5 Millionen Euro in Aussicht.", True, [("money", 5000000, "EUR", None)], None),
    ("de", "„Wir lassen uns von Kriminellen nicht in die Knie zwingen“, sagte Brinkmeier.", False, [], None),
    # --- Bundeskartellamt und Basaro (dpa) ---
    ("de", "Bonn (dpa) - Das Bundeskartellamt hat den Online-Marktplatz Basaro unter die verschärfte Missbrauchsaufsicht für große Digitalkonzerne gestellt.", True, [], None),
    ("de", "Basaro habe in Deutschland rund 38 Millionen aktive Kundenkonten und sei für den Wettbewerb von überragender Bedeutung, teilte das Bundeskartellamt mit.", True, [("count", 38000000, None, "about")], "das Bundeskartellamt"),
    ("de", "Die Einstufung gilt zunächst für fünf Jahre.", True, [("duration", 5, "year", None)], None),
    ("de", "Basaro ist damit das siebte Unternehmen, das die Bonner Behörde den Sonderregeln unterwirft.", True, [("ordinal", 7, None, None)], None),
    ("de", "Das Unternehmen kündigte an, Beschwerde beim Bundesgerichtshof einzulegen.", True, [], None),
    ("de", "Der Händlerbund begrüßte die Entscheidung.", False, [], None),
    # --- Harbourline breach, day one (Reuters) ---
    ("en", "LONDON, Oct 7 (Reuters) - British broadband and mobile provider Harbourline said on Tuesday that hackers had stolen personal data of about 1.6 million customers, up from an initial estimate of 400,000.", True, [("date", "--10-07", None, None), ("count", 1600000, None, "about"), ("count", 400000, None, None)], None),
    ("en", "The stolen records include names, dates of birth, home addresses and in some cases partial bank details, the company said.", True, [], "the company"),
    ("en", "Harbourline first detected suspicious activity on Sept. 19 but did not disclose the attack until Oct. 2.", True, [("date", "--09-19", None, None), ("date", "--10-02", None, None)], None),
    ("en", "Chief executive Alistair Penhaligon said the revised figure came from a forensic review by outside experts that had taken three weeks.", True, [("duration", 3, "week", None)], "Alistair Penhaligon"),
    ("en", "\"We are truly sorry. We have let our customers down,\" Penhaligon said.", False, [], None),
    ("en", "\"Keeping our customers safe is at the heart of everything we do,\" the company said in a statement.", False, [], None),
    ("en", "The Information Commissioner's Office said it was making enquiries.", True, [], "the Information Commissioner's Office"),
    ("en", "Under British data protection law, the watchdog can levy penalties of up to £17.5 million or, if higher, up to 4% of worldwide turnover.", True, [("money", 17500000, "GBP", "up_to"), ("percent", 4, "%", "up_to")], None),
    ("en", "Harbourline will offer affected customers two years of free credit monitoring at an estimated cost of £9 million.", True, [("duration", 2, "year", None), ("money", 9000000, "GBP", "about")], None),
    ("en", "Harbourline's stock slid as much as 9.3% in morning deals in London, its steepest drop since March 2020.", True, [("percent", 9.3, "%", "up_to"), ("year", 2020, None, None)], None),
    ("en", "Consumer group Which? urged customers to change their passwords and to be wary of unexpected calls.", False, [], None),
    # --- Harbourline, legal action (Reuters) ---
    ("en", "LONDON, Oct 9 (Reuters) - A group of Harbourline customers has begun legal action against the company, seeking damages of up to £2,000 each, law firm Greaves Harlow said.", True, [("date", "--10-09", None, None), ("money", 2000, "GBP", "up_to")], None),
    ("en", "More than 11,000 people signed up to the claim within two days of its launch, the firm said.", True, [("count", 11000, None, "over"), ("duration", 2, "day", None)], None),
    ("en", "\"This breach was entirely avoidable,\" said Greaves Harlow partner Nadia Quereshi.", False, [], None),
    ("en", "Harbourline has about 5.8 million customers across Britain, meaning more than a quarter of them were affected.", True, [("count", 5800000, None, "about"), ("fraction", 0.25, None, "over")], None),
    # --- Harbourline fined (Reuters) ---
    ("en", "LONDON, March 18 (Reuters) - Britain's data watchdog fined Harbourline £14 million on Tuesday over last year's cyberattack, the largest penalty it has imposed on a telecoms company.", True, [("date", "--03-18", None, None), ("money", 14000000, "GBP", None)], None),
    ("en", "The ICO said Harbourline had failed to install security patches that had been available for 18 months before the attack.", True, [("duration", 18, "month", None)], "the ICO"),
    ("en", "The regulator had initially proposed a fine of £31 million but cut it after taking the company's cooperation and finances into account.", True, [("money", 31000000, "GBP", None)], None),
    ("en", "Harbourline said it accepted the findings and would not appeal.", True, [], "Harbourline"),
    ("en", "\"Firms that hold millions of people's details cannot treat security as an afterthought,\" a deputy commissioner said.", False, [], None),
    # --- Orbisoft antitrust fine (Reuters) ---
    ("en", "BRUSSELS, Nov 18 (Reuters) - EU antitrust regulators fined U.S. tech company Orbisoft 1.85 billion euros ($2.2 billion) on Tuesday for abusing its dominance in online advertising technology.", True, [("date", "--11-18", None, None), ("money", 1850000000, "EUR", None), ("money", 2200000000, "USD", None)], None),
    ("en", "It is the fourth fine the European Commission has handed the company since 2017, bringing the total to more than 9 billion euros.", True, [("ordinal", 4, None, None), ("year", 2017, None, None), ("money", 9000000000, "EUR", "over")], None),
    ("en", "The Commission said Orbisoft had favoured its own ad exchange over rival platforms since 2016.", True, [("year", 2016, None, None)], "the Commission"),
    ("en", "The company has 60 days to tell regulators how it will end the conflict of interest.", True, [("duration", 60, "day", None)], None),
    ("en", "Fines under EU competition rules can reach as much as 10% of a company's global annual revenue.", True, [("percent", 10, "%", "up_to")], None),
    ("en", "Orbisoft's ad technology business generated revenue of $31.4 billion last year, about 11% of the group total.", True, [("money", 31400000000, "USD", None), ("percent", 11, "%", "about")], None),
    ("en", "Orbisoft said it would take the case to the EU's General Court.", True, [], "Orbisoft"),
    ("en", "\"Today's decision sends a clear message that nobody is above the rules,\" a Commission spokesperson said.", False, [], None),
    ("en", "The European Publishers Council called the fine \"too little, too late.\"", False, [], None),
    # --- Tallwater Systems results (Reuters) ---
    ("en", "Oct 29 (Reuters) - Tallwater Systems beat Wall Street forecasts for third-quarter revenue on Wednesday, as demand for its cloud services surged on the back of artificial intelligence.", True, [("date", "--10-29", None, None), ("ordinal", 3, None, None)], None),
    ("en", "Revenue rose 18% to $71.6 billion in the quarter ended Sept. 30, ahead of the $70.2 billion analysts had expected on average, according to LSEG data.", True, [("percent", 18, "%", None), ("money", 71600000000, "USD", None), ("date", "--09-30", None, None), ("money", 70200000000, "USD", None)], None),
    ("en", "Its cloud unit grew 34% to $24.8 billion, its fastest pace since 2022.", True, [("percent", 34, "%", None), ("money", 24800000000, "USD", None), ("year", 2022, None, None)], None),
    ("en", "Operating margin widened to 44.1% from 41.8% a year earlier.", True, [("percent", 44.1, "%", None), ("percent", 41.8, "%", None)], None),
    ("en", "Capital expenditure, mostly on data centers and AI chips, jumped 61% to $29.7 billion.", True, [("percent", 61, "%", None), ("money", 29700000000, "USD", None)], None),
    ("en", "The company now expects full-year capital spending of $105 billion to $110 billion, up from a previous forecast of about $95 billion.", True, [("money", 105000000000, "USD", None), ("money", 110000000000, "USD", None), ("money", 95000000000, "USD", "about")], None),
    ("en", "Chief Financial Officer Renee Castellanos said spending in 2026 would grow by at least 30%.", True, [("year", 2026, None, None), ("percent", 30, "%", "at_least")], "Renee Castellanos"),
    ("en", "Its Ember AI assistant now has more than 150 million monthly active users, Chief Executive Marcus Oyelaran said on a call with analysts.", True, [("count", 150000000, None, "over")], "Marcus Oyelaran"),
    ("en", "\"We are at the beginning of the most profound platform shift of our lifetimes,\" Oyelaran said.", False, [], None),
    ("en", "\"Ember is simply the smartest assistant anyone has ever built,\" the company said in its launch announcement.", False, [], None),
    ("en", "Shares fell about 4% to $412.30 in extended trading as investors weighed the higher spending plans.", True, [("percent", 4, "%", "about"), ("money", 412.3, "USD", None)], None),
    ("en", "Some analysts questioned whether the AI spending spree would ever pay off.", False, [], None),
    # --- Flickwave layoffs (AP) ---
    ("en", "SAN FRANCISCO (AP) — Social media company Flickwave said Thursday it will lay off about 1,100 employees, or about 6% of its workforce, as it shifts resources toward artificial intelligence.", True, [("count", 1100, None, "about"), ("percent", 6, "%", "about")], None),
    ("en", "It is the company's third round of job cuts since January 2023.", True, [("ordinal", 3, None, None), ("year", 2023, None, None)], None),
    ("en", "In a memo to staff, CEO Dana Whitlock said the cuts would mostly affect recruiting, sales and middle management, and that about a third of the affected roles were in Europe.", True, [("fraction", 0.3333, None, "about")], "Dana Whitlock"),
    ("en", "\"These are talented colleagues and friends, and this decision was not made lightly,\" Whitlock wrote.", False, [], None),
    ("en", "Laid-off U.S. employees will receive at least 16 weeks of severance pay plus two weeks for every year of service.", True, [("duration", 16, "week", "at_least"), ("duration", 2, "week", None)], None),
    ("en", "Flickwave expects to book restructuring charges of $280 million to $340 million, the bulk of them in the fourth quarter, a regulatory filing showed.", True, [("money", 280000000, "USD", None), ("money", 340000000, "USD", None), ("ordinal", 4, None, None)], None),
    ("en", "The company had 18,400 employees at the end of June, up from 15,900 a year earlier.", True, [("count", 18400, None, None), ("count", 15900, None, None)], None),
    ("en", "Flickwave's daily active users rose 9% to 412 million in the second quarter, while revenue grew 14% to $3.1 billion.", True, [("percent", 9, "%", None), ("count", 412000000, None, None), ("ordinal", 2, None, None), ("percent", 14, "%", None), ("money", 3100000000, "USD", None)], None),
    ("en", "Employees on internal message boards described morale as the worst they could remember.", False, [], None),
    ("en", "Tech companies have cut more than 120,000 jobs so far this year, according to the tracking site TechCuts.", True, [("count", 120000, None, "over")], None),
    # --- Stratacore outage (Reuters) ---
    ("en", "SEATTLE, June 12 (Reuters) - A nine-hour outage at Stratacore's cloud computing division knocked out thousands of websites and apps on Thursday, from banks to video games and smart doorbells.", True, [("date", "--06-12", None, None), ("duration", 9, "hour", None)], None),
    ("en", "User reports of problems worldwide topped out at more than 6.5 million, according to Downdetector.", True, [("count", 6500000, None, "over")], "Downdetector"),
    ("en", "The company said the disruption began at 2:47 a.m. ET and was fully resolved shortly after noon.", True, [], "the company"),
    ("en", "Stratacore blamed a faulty configuration change to its domain name system in its Virginia region, the largest of its 38 regions worldwide.", True, [("count", 38, None, None)], None),
    ("en", "About 1,300 companies reported disruption, including at least three of the five largest U.S. banks.", True, [("count", 1300, None, "about"), ("count", 3, None, "at_least"), ("count", 5, None, None)], None),
    ("en", "Stratacore controls about 31% of the global cloud infrastructure market, ahead of rivals with 22% and 12%, research firm Canalyte estimates.", True, [("percent", 31, "%", "about"), ("percent", 22, "%", None), ("percent", 12, "%", None)], None),
    ("en", "\"We know how much our customers rely on us, and we apologise for the impact,\" Stratacore said in a statement.", False, [], None),
    ("en", "Customers will receive service credits of up to 25% of their monthly bill, the company said.", True, [("percent", 25, "%", "up_to")], "the company"),
    ("en", "Analysts at Brightford Securities estimated the outage cost Stratacore's customers at least $400 million in lost business.", True, [("money", 400000000, "USD", "at_least")], None),
    ("en", "It was the second major outage at the company in 18 months.", True, [("ordinal", 2, None, None), ("duration", 18, "month", None)], None),
    ("en", "Cyber insurers said it was too early to put a number on claims.", False, [], None),
    ("en", "The incident is likely to reignite debate over how much of the internet depends on a handful of providers.", False, [], None),
    # --- Chip export curbs (Reuters) ---
    ("en", "WASHINGTON, Feb 24 (Reuters) - The U.S. Commerce Department on Monday tightened curbs on exports of advanced AI chips, requiring licenses for shipments to all but 22 allied countries.", True, [("date", "--02-24", None, None), ("count", 22, None, None)], None),
    ("en", "The rules cap the computing power that can be sent to some 120 other countries without a license.", True, [("count", 120, None, "about")], None),
    ("en", "The rules take effect in 90 days, giving companies time to adjust their supply chains.", True, [("duration", 90, "day", None)], None),
    ("en", "Chipmaker Arcadia Micro said the restrictions could cut its revenue by as much as $5.5 billion in the current fiscal year.", True, [("money", 5500000000, "USD", "up_to")], None),
    ("en", "China accounted for about 13% of Arcadia's $96 billion in revenue last year.", True, [("percent", 13, "%", "about"), ("money", 96000000000, "USD", None)], None),
    ("en", "Arcadia shares fell 6.8% to $118.40 in premarket trading.", True, [("percent", 6.8, "%", None), ("money", 118.4, "USD", None)], None),
    ("en", "Exports of the most advanced chips to China have been banned since October 2022.", True, [("year", 2022, None, None)], None),
    ("en", "China's commerce ministry said it \"firmly opposes\" the measures and would take \"necessary steps\" to protect its companies.", False, [], None),
    ("en", "The Semiconductor Industry Association warned the rules would hand market share to foreign competitors.", False, [], None),
    # --- Smartphone shipments (Reuters) ---
    ("en", "SEOUL, Jan 16 (Reuters) - Global smartphone shipments rose 4% in the fourth quarter to 331 million units, the fifth straight quarter of growth, research firm Canalyte said.", True, [("date", "--01-16", None, None), ("percent", 4, "%", None), ("ordinal", 4, None, None), ("count", 331000000, None, None), ("ordinal", 5, None, None)], None),
    ("en", "Daehan Electronics regained the top spot with a 21% share, shipping 69.5 million phones.", True, [("percent", 21, "%", None), ("count", 69500000, None, None)], None),
    ("en", "Pomelo slipped to second with 19%, while China's Lumi Mobile was third at 13%.", True, [("ordinal", 2, None, None), ("percent", 19, "%", None), ("ordinal", 3, None, None), ("percent", 13, "%", None)], None),
    ("en", "Lumi's shipments jumped by nearly a third as it expanded in Southeast Asia and Africa.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "For the full year, shipments grew 6.1% to 1.22 billion units, the first annual increase since 2021.", True, [("percent", 6.1, "%", None), ("count", 1220000000, None, None), ("ordinal", 1, None, None), ("year", 2021, None, None)], None),
    ("en", "Foldable phones still made up less than 2% of the market, or about 6.2 million devices.", True, [("percent", 2, "%", "under"), ("count", 6200000, None, "about")], None),
    ("en", "\"This is a premium story, not a volume story,\" Canalyte analyst Min-jun Seo said.", False, [], None),
    # --- Pomelo results (Reuters) ---
    ("en", "Jan 30 (Reuters) - Pomelo forecast second-quarter revenue below Wall Street expectations on Thursday, hurt by weak demand for its phones in China.", True, [("date", "--01-30", None, None), ("ordinal", 2, None, None)], None),
    ("en", "The company expects revenue of $88 billion to $91 billion for the quarter ending in March, compared with estimates of $92.4 billion.", True, [("money", 88000000000, "USD", None), ("money", 91000000000, "USD", None), ("money", 92400000000, "USD", None)], None),
    ("en", "Sales in Greater China fell 11.1% to $18.5 billion in the first quarter.", True, [("percent", 11.1, "%", None), ("money", 18500000000, "USD", None), ("ordinal", 1, None, None)], None),
    ("en", "Gross margin came in at 46.9%, the highest in the company's history.", True, [("percent", 46.9, "%", None)], None),
    ("en", "The board approved an additional $90 billion share buyback and raised the quarterly dividend by 4% to 26 cents per share.", True, [("money", 90000000000, "USD", None), ("percent", 4, "%", None), ("money", 0.26, "USD", None)], None),
    ("en", "Pomelo said it now has more than 2.35 billion active devices worldwide.", True, [("count", 2350000000, None, "over")], "Pomelo"),
    ("en", "\"Our customers have never been more excited about what we make,\" Chief Executive Tobias Wren said.", False, [], None),
    # --- Veritext complaints (Reuters) ---
    ("en", "DUBLIN, May 21 (Reuters) - Privacy campaign group Open Rights Coalition filed complaints in 11 European countries on Wednesday against chatbot maker Veritext, accusing it of training its AI models on users' personal data without consent.", True, [("date", "--05-21", None, None), ("count", 11, None, None)], None),
    ("en", "According to the group, Veritext gave its roughly 45 million European users only 30 days to object before the data use began.", True, [("count", 45000000, None, "about"), ("duration", 30, "day", None)], "the group"),
    ("en", "Ireland's Data Protection Commission, Veritext's lead regulator in the EU, said it was examining the complaints.", True, [], None),
    ("en", "Veritext said it complied fully with European privacy law and gave users clear ways to opt out.", True, [], "Veritext"),
    ("en", "\"Silence is not consent,\" said the group's founder, Liam O'Dowd.", False, [], None),
    ("en", "It is the group's 40th complaint since it was founded in 2017.", True, [("ordinal", 40, None, None), ("year", 2017, None, None)], None),
    # --- Pulsewell penalty upheld (AP) ---
    ("en", "WASHINGTON (AP) — A federal appeals court on Friday upheld a $1.3 billion penalty against fitness tracker maker Pulsewell for sharing users' health data with advertisers.", True, [("money", 1300000000, "USD", None)], None),
    ("en", "The three-judge panel ruled 2-1 that the Federal Trade Commission had acted within its authority.", True, [("count", 3, None, None), ("count", 2, None, None), ("count", 1, None, None)], None),
    ("en", "The FTC said Pulsewell had passed on data from about 24 million users to more than a dozen ad companies between 2019 and 2023.", True, [("count", 24000000, None, "about"), ("count", 12, None, "over"), ("year", 2019, None, None), ("year", 2023, None, None)], "the FTC"),
    ("en", "The agency first sued Pulsewell on Aug. 8, 2023.", True, [("date", "2023-08-08", None, None)], None),
    ("en", "The penalty is the largest the FTC has ever imposed in a privacy case, more than double the previous record of $575 million.", True, [("count", 2, "times", "over"), ("money", 575000000, "USD", None)], None),
    ("en", "Pulsewell said it was disappointed by the ruling.", False, [], None),
    ("en", "\"Americans' health data is not a commodity,\" an FTC official said after the ruling.", False, [], None),
    # --- Northgate Bank outage (PA) ---
    ("en", "LONDON (PA) - Customers of Northgate Bank were unable to use cards, the app or online banking for almost 13 hours on Friday after an IT failure.", True, [("duration", 13, "hour", "nearly")], None),
    ("en", "The bank said about 2.3 million transactions had failed or been delayed, affecting some 640,000 customers.", True, [("count", 2300000, None, "about"), ("count", 640000, None, "about")], "the bank"),
    ("en", "It is the third IT failure at the lender this year, after outages lasting four hours in February and six hours in May.", True, [("ordinal", 3, None, None), ("duration", 4, "hour", None), ("duration", 6, "hour", None)], None),
    ("en", "Northgate said it would compensate customers who had incurred extra costs and pay £50 to those left without access to money.", True, [("money", 50, "GBP", None)], "Northgate"),
    ("en", "The Financial Conduct Authority said it was in contact with the bank.", True, [], "the Financial Conduct Authority"),
    ("en", "\"I couldn't even pay for my shopping,\" one customer wrote on social media.", False, [], None),
    ("en", "\"We fully understand the frustration this has caused,\" a Northgate spokesperson said.", False, [], None),
    # --- Hanbit Platform fine (Reuters) ---
    ("en", "SEOUL, March 4 (Reuters) - South Korea's antitrust regulator fined Hanbit Platform 42.1 billion won ($29 million) for forcing app developers to use its in-app payment system.", True, [("date", "--03-04", None, None), ("money", 42100000000, "KRW", None), ("money", 29000000, "USD", None)], None),
    ("en", "The Korea Fair Trade Commission said Hanbit had charged developers commissions of up to 30% since 2021.", True, [("percent", 30, "%", "up_to"), ("year", 2021, None, None)], "the Korea Fair Trade Commission"),
    ("en", "Hanbit, which runs the country's second-largest app store, said it would fight the ruling in the courts.", True, [("ordinal", 2, None, None)], None),
    # --- Qingyun funding (Bloomberg) ---
    ("en", "(Bloomberg) -- Chinese AI startup Qingyun Labs is raising about $600 million in a funding round that would value it at $4 billion, up from $1.5 billion a year ago, according to people familiar with the matter.", True, [("money", 600000000, "USD", "about"), ("money", 4000000000, "USD", None), ("money", 1500000000, "USD", None)], None),
    ("en", "State-backed funds are leading the round, the people said, asking not to be identified because the talks are private.", True, [], None),
    ("en", "Qingyun's chatbot has about 80 million monthly users, the third-most in China, according to data from research firm Canalyte.", True, [("count", 80000000, None, "about"), ("ordinal", 3, None, None)], None),
    ("en", "A representative for Qingyun declined to comment.", False, [], None),
    # --- CMA cloud market (PA) ---
    ("en", "LONDON (PA) - The Competition and Markets Authority has proposed that the UK's two biggest cloud providers be given \"strategic market status\", which would allow it to impose conduct rules.", True, [("count", 2, None, None)], None),
    ("en", "Together the two firms account for between 70% and 80% of UK spending on cloud infrastructure.", True, [("count", 2, None, None), ("percent", 70, "%", None), ("percent", 80, "%", None)], None),
    ("en", "The CMA found that customers could pay as much as 4.2 times more to run some business software on a rival's cloud.", True, [("count", 4.2, "times", "up_to")], None),
    ("en", "A final decision is expected within nine months.", True, [("duration", 9, "month", None)], None),
    ("en", "Both companies said they disagreed with the provisional findings.", True, [], None),
    ("en", "Smaller cloud providers hope the move will finally open up the market.", False, [], None),
    ("en", "(Reporting by Hannah Ellery in London; Editing by Mark Denholm)", False, [], None),
]
