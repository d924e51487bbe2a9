"""Hundred-and-forty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Ministers, governors, judges, lawmakers,
lawyers, defendants, spokespeople, residents, firms and figures are made up (Lin Xiaoyun,
Karthikeyan Selvaraj, Dolores Amaya, Garrett Voss, Rodrigo Tavares Lemos, Sipho Mahlangu,
Ibrahim Danjuma, Chiamaka Eze, Olumide Bakare, Thandiwe Nkosana, Miriam Castellano, Daniel
Okafor-Reyes, Joseph Kiprotich Mwangi, Arvind Raghunathan, Márcio Albuquerque Neto, Fernando
Siqueira, Guo Wenxiu, Devendra Rawat, Clayton Merriweather, Lucinda Farraday, Chukwuemeka
Adebayo-Ross, Patricia Delgado-Hughes, Zhou Minghao, Jonathan Reese, Marcus Feldman, Clara
Vasconcelos Moura, Raimundo Ferreira; the investment bank Hollbrook, the Clear Skies
Alliance, Kestrel Securities, Harbourline Housing Finance); office-holders who would be real
people (the presidents of the United States, Brazil, Nigeria, Kenya and South Africa,
India's finance minister, the leader of the Economic Freedom Fighters, a White House
spokeswoman, a foreign ministry and a commerce ministry spokesman in Beijing) appear only by
office, and the named ministers, central bank governors, judges and officials are invented
and stand for no real holder of an office. Real bodies, courts, parties, papers, markets,
laws and places ("Oberster Gerichtshof der USA", "EPA", "Weißes Haus", "Kongress",
"Luftreinhaltegesetz", "U.S. House of Representatives", "Senate", "Congressional Budget
Office", "CBO", "Medicaid", "Memorial Day", "Supreme Court", "Justice Department", "9th U.S.
Circuit Court of Appeals", "Truth Social", "Manhattan", "National Bureau of Statistics" in
Beijing and in Abuja, "General Administration of Customs", "Zollbehörde",
"Handelsministerium", "Nationales Statistikamt", "Volkszeitung", "Asean", "Shenzhen",
"Geneva", "Tamil Nadu", "Chennai", "Madurai", "Election Commission", "Wahlkommission",
"Association for Democratic Reforms", "BJP", "Reserve Bank of India", "RBI", "Nifty 50",
"Kerala", "Copom", "Selic", "CNI", "São Bernardo do Campo", "Planning Ministry", "IBGE",
"Conab", "Faria Lima", "Pará", "Erste Kammer", "National Institute for Space Research",
"MapBiomas", "Climate Observatory", "Belem", "Novo Progresso", "Stats SA", "Statistics South
Africa", "South African Reserve Bank", "Eskom", "Democratic Alliance", "Economic Freedom
Fighters", "Cosatu", "Durban", "Soweto", "NNPC", "Central Bank of Nigeria", "PDP", "NLC",
"Kano", "Ikeja", "Mile 12", "Nationale Menschenrechtskommission", "Amnesty International",
"Kenya Revenue Authority", "International Monetary Fund") stand for the way wire copy names
them; every rate, tally, seat, vote, sum, price, toll, sentence, date and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: WORLD NEWS IN GERMAN AND ENGLISH WIRE COPY FROM THE US, CHINA, INDIA, BRAZIL AND
AFRICA over about ten weeks of one year (mid-April to late June) in story order, each story
told as wire copy runs it (a dateline lead, the figures, attributed claims and the other
side's reply, quotes, follow-ups), the German and English stories interleaved by date. Half
German, translated-feeling foreign copy as the German-language services file it (dpa,
Reuters German, AFP German, APA/AFP and APA/dpa, Keystone-SDA; German „“ quotes and
"Peking", "Neu-Delhi", "Asean-Staaten", "Kenia-Schilling", transliterated names such as "Lin
Xiaoyun", "Guo Wenxiu", "Zhou Minghao", "Karthikeyan Selvaraj", "Joseph Kiprotich Mwangi";
Austrian "heuer", "im Vorjahr", "seit Jänner"; Swiss "Geldbusse", «» quotes and francs in
the Keystone-SDA story): the Supreme Court's six-to-three ruling against the EPA, the Selic
raised for the seventh time, China's April exports in dollars and in "Billionen Yuan", the
result of the Tamil Nadu election with seats, turnout and seized cash in euros and "Rupien",
South Africa's jobless rate, the rand and "Milliarden Rand", Nigeria's supplementary budget
in "Billionen Naira", protests against Kenya's finance bill in "Kenia-Schilling", a
Brazilian ex-governor convicted in "Reais" and francs, China's May output and retail sales,
India's rice support price "je Doppelzentner" and the monsoon, the US Senate passing the
budget package "mit 50 zu 49 Stimmen", and a Manhattan jury convicting a Chinese chip
smuggler. Half English (Reuters, AP, AFP): China's first-quarter growth and the yuan fixing,
the first phase of the Tamil Nadu vote in "crore" and "lakh" with seizures in "Rs ...
crore", the House passing a $1.9 trillion package "217-212", Nigeria's inflation, the naira
and petrol in "N" and "₦", the South African Reserve Bank's cut and the rand, a federal
judge blocking funding cuts to sanctuary cities with an appeal to the 9th Circuit, Brazil's
deficit forecast in "reais" and "R$", the Reserve Bank of India's cut with "Rs 1.3 lakh
crore" and "Rs 50 lakh", China's May trade with soybeans from Brazil and exports to Africa,
Kenya's budget in "Kenyan shillings", "KSh" and "Sh", a former congressman convicted of
taking a Nigerian businessman's bribes, and Amazon deforestation. Figures as such copy has
them: tallies of courts and chambers ("mit sechs zu drei Stimmen", "in a 6-3 ruling",
"voting 217-212", "79 der 109 Senatoren", "by 49 votes to 17", "split four to two"), seats
and majorities, turnout and phases, money in nine currencies with "Billionen", "trillion",
lakh and crore, converted figures in brackets, exchange rates per dollar, rates in percent,
percentage points and basis points, sentences and deliberations in years, months and hours
("zu zwölf Jahren und acht Monaten Haft", "Nach knapp sechsstündiger Beratung", "in einer
gut neunzehnstündigen Marathonsitzung"), ages, shares in words ("gut ein Fünftel", "knapp
jeder dritte Erwerbsfähige", "jeder sechste", "gut zwei Drittel", "roughly two-fifths"),
number words and compounds ("zweimal", "ein Zwölf-Punkte-Programm", "ein 37-seitiges
abweichendes Votum", "A 50-kg bag"), ordinals of courts, rounds and streaks, hedges, dates
and years. Negatives as such copy has them: leaders' rhetoric in quotes (presidents,
ministers, a party leader, spokespeople, a prosecutor, a senator, a defendant), slogans,
chants, banners and placards ("Delhi cannot rule us", „Unser Land, unsere Sprache“, „Wir
essen keine Versprechen“, "Tax the rich, not bread.", «Justiz ja, Verfolgung nein», "Free
Clay"), labels of parties, unions, lobbies, an embassy and analysts, a party paper's
rhetorical question and a politician's with their figures, a union's conditional threat with
its figure, a hope, forecasts and verdicts without a figure (one with an ordinal), open
questions and two vox pops with their ages.

240 rows (120 German, 120 English), 56 negatives (28 German, 28 English), 184 check-worthy
rows of which 11 carry no figure (5 German, 6 English), 345 expected quantities (81
percentages - 75 in %, 3 in percentage points, 3 in basis points -, 80 counts, 68 amounts of
money - 23 USD, 9 INR, 9 BRL, 9 NGN, 6 KES, 5 CNY, 4 ZAR, 2 EUR, 1 CHF -, 39 durations - 24
in years, 7 in months, 4 in hours, 4 in days -, 27 years, 23 ordinals, 17 dates, 10
fractions; 7 of them in seven negatives, as the seventeenth batch labels a figure in a
negative), 37 checked speakers (18 German, 19 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives
  ("Finanzminister Olumide Bakare sagte vor Journalisten in Abuja, die Ölförderung sei
  zuletzt auf 1,71 Millionen Barrel pro Tag gestiegen." -> "Olumide Bakare", the audience
  and its place dropped, eightieth; "Die Umsätze mit Haushaltsgeräten seien um 47 Prozent in
  die Höhe geschnellt, so Statistikamtssprecher Guo Wenxiu." -> "Guo Wenxiu",
  hundred-twenty-fifth: "so SBB-Sprecherin Corinne Wälti"; "Der 44-jährige Zhou Minghao habe
  ..., teilte die Staatsanwaltschaft mit." -> "die Staatsanwaltschaft"; "Senatorin Patricia
  Delgado-Hughes aus Oregon sagte, das Paket nehme rund elf Millionen Menschen die
  Krankenversicherung." -> "Patricia Delgado-Hughes", the title and the place after the name
  dropped as "Winzerin Martina Zöchling aus Langenlois", hundred-fifteenth; "Finanzminister
  Sipho Mahlangu sagte, die Regierung wolle ... 865 Milliarden Rand ... investieren." ->
  "Sipho Mahlangu", a plan with a figure), and so is a minister's projection with a figure
  under a condition ("Finanzminister Joseph Kiprotich Mwangi sagte im Parlament, ohne die
  Einnahmen müsse die Regierung neue Kredite über 2,1 Milliarden Dollar aufnehmen." ->
  "Joseph Kiprotich Mwangi", "im Parlament" dropped as "im Rat"; hundred-twenty-second,
  hundred-thirty-first); a Konjunktiv I verdict is a negative ("Das Urteil sei „ein
  schwarzer Tag für saubere Luft in Amerika“, erklärte die Umweltorganisation Clear Skies
  Alliance.", "Guo sagte zudem, die Wirtschaft habe „Widerstandskraft und Vitalität“
  bewiesen."; hundred-seventeenth, hundred-twenty-first), and the majority opinion's account
  in "heißt es" is check-worthy with the speaker unchecked ("In der Begründung der Mehrheit
  heißt es, der Kongress habe ... mit dem Luftreinhaltegesetz von 1970 keine derart
  weitreichenden Vollmachten übertragen."; a document, hundred-fourteenth: "heißt es in der
  Studie").
- Check-worthy without a figure (forty-first, sixty-fifth, ninety-eighth, hundred-fourteenth
  to hundred-thirty-first): the alliance's majority won in Tamil Nadu (hundred-twenty-ninth:
  an election won), the Copom's unanimous decision ("einstimmig" none, hundred-sixteenth), a
  senator's stated schedule ("Sen. Garrett Voss, R-Okla., said the Senate would take up the
  package after the Memorial Day recess." -> "Garrett Voss", seventy-sixth: the title and
  the party-and-state label dropped; "Memorial Day" none), a judge's stated reason for a
  ruling ("U.S. District Judge Miriam Castellano said the government could not "coerce local
  officials ..."" -> "Miriam Castellano", hundred-eighteenth: "Justice Kerrie Lindqvist said
  ...", hundred-thirty-first: the judicial title dropped), a minister's stated position
  ("Finance Minister Rodrigo Tavares Lemos told reporters the government would not propose
  new taxes this year." -> "Rodrigo Tavares Lemos"; hundred-twentieth and
  hundred-thirty-first: a step ruled out), a central bank's stance of record ("The RBI kept
  its policy stance at "neutral.""; eighty-seventh and hundred-twenty-fourth: a central
  bank's stated policy), appeals announced and lodged ("Sein Anwalt Fernando Siqueira sagte,
  man werde beim Plenum des Gerichts Einspruch einlegen." -> "Fernando Siqueira",
  hundred-sixteenth: "sein Anwalt Dirk Lammers"; "His attorney, Lucinda Farraday, said he
  would appeal." -> "Lucinda Farraday"; "Zhous Verteidiger Marcus Feldman meldete noch im
  Gerichtssaal Berufung an." unchecked, hundred-thirty-first: "meldete ... an"), a denial
  ("Der 67-Jährige bestreitet die Vorwürfe.", 67 years; hundred-sixteenth) and a vote
  scheduled ("..., die Abstimmung ist für Mittwoch angesetzt."; sixty-fifth). New: an
  institution's published classification is check-worthy - "The International Monetary Fund
  has said Kenya's public debt is at high risk of distress." -> "the International Monetary
  Fund" (fiftieth: "the National Audit Office has said"; the article lowered opening the
  row, hundred-fourteenth) - as a published star rating is a checkable fact
  (hundred-twenty-first), not a verdict of the writer's. A label paired with a checkable act
  stays check-worthy with the act's figure ("Die BJP sprach von einem „Sieg der Spaltung“
  und kündigte an, das Ergebnis in 14 Wahlkreisen vor Gericht anzufechten." count 14;
  hundred-sixteenth), an allegation in "soll ... haben" is a claim ("Albuquerque Neto soll
  zwischen 2015 und 2018 ... Schmiergelder in Höhe von 41 Millionen Reais angenommen
  haben."; hundred-sixteenth).
- Forecasts, estimates, targets and consensus figures with a figure are check-worthy
  (seventh, eightieth, hundred-nineteenth, hundred-twenty-second): "Analysts polled by
  Reuters had expected growth of 5.0%.", "Von Reuters befragte Analysten hatten im Schnitt
  lediglich mit einem Plus von 3,1 Prozent gerechnet." ("im Schnitt", "lediglich" no hedge),
  "Analysten erwarten, dass die Notenbank den Zinszyklus im Juni mit einem letzten Schritt
  um 0,25 Prozentpunkte beendet.", the CBO's estimate and the budget office's projection
  ("About 9.1 million people could lose health coverage ..."), "Für die gesamte Saison sagt
  der Wetterdienst 103 Prozent des langjährigen Mittels voraus.", the RBI's inflation
  forecast, Conab's crop forecast, "Beijing has set a growth target of around 4.5% ...",
  "ein Wachstumsziel von „rund 4,5 Prozent“" ("rund" inside the quotation marks still the
  hedge), "Brazil's government has promised to eliminate illegal clearing of the forest by
  2030." (a pledge with a year, hundred-third). Forecasts and outlooks without a figure are
  negatives (forty-seventh): "Economists at several brokerages said further stimulus would
  probably be needed ...", "Economists expect the bank to pause in July ...", "Ökonomen
  rechnen damit, dass Peking im Herbst weitere Konjunkturhilfen beschließt.", "Dass der
  Kongress der Behörde ihre Vollmachten per Gesetz zurückgibt, gilt ... als
  unwahrscheinlich.", "Analysts said investors would watch closely whether ...", and
  "Ökonomen der Investmentbank Hollbrook rechnen damit, dass der Exportschwung in der
  zweiten Jahreshälfte nachlässt." with its ordinal 2 labelled (hundred-twenty-fourth: "...
  in the second half of next year" ordinal 2 in a negative).
- Money in the currency written (every batch). Yuan are CNY ("1.6 trillion yuan ($219
  billion)", "14,1 Billionen Yuan" 1.41e13 - a German "Billion" is a million millions,
  twenty-second, thirty-first, fiftieth and eightieth -, "260 Milliarden Yuan", "2.28
  trillion yuan"; sixty-second, ninety-first); "In Yuan gerechnet" and "In yuan terms" carry
  none (no figure). Rupees are INR with lakh (100,000) and crore (10,000,000) as Indian copy
  prints them (twelfth, fifteenth, twentieth, eightieth): "Rs 1,064 crore" 10,640,000,000,
  "Rs 312 crore" 3,120,000,000, "about Rs 1.3 lakh crore" 1.3e12 "about" (twentieth: "Rs 1
  lakh crore"), "a Rs 50 lakh home loan" 5,000,000 and "about Rs 1,100" ("Monthly" none),
  "1,2 Milliarden Rupien", "rund 2,1 Billionen Rupien im Jahr" ("im Jahr" none); lakh and
  crore of people are counts ("About 2.1 crore voters" 21,000,000 "about", "more than 1.4
  lakh police" 140,000 "over"). New: "2.410 Rupien je Doppelzentner" is 2,410 INR and "je
  Doppelzentner" carries no count - the German word for the Indian quintal names the unit
  priced, as "Rs 2,585 per quintal" (eightieth). Reais are BRL ("40.4 billion reais ($7.2
  billion)", "2.8 billion reais", "R$27.8 billion ..., up from R$20.6 billion" - eightieth:
  "R$34.3 billion" -, German "5,64 Real je Dollar", eightieth). New: "Reais" in German copy
  ("20,6 Milliarden Reais", "41 Millionen Reais", "2,3 Millionen Reais") is BRL - the
  Portuguese plural the German services print, as the English "reais" (hundred-seventeenth)
  and the German "Real" (eightieth). New: the currency's name without a figure makes no
  amount ("Der Real hat ... rund 8 Prozent ... gewonnen", "The real has gained about 9%",
  "Der Rand gab ... nach", "The Kenyan shilling has held steady ...", "The naira weakened
  ..."), and neither does the adverb in "Der Selic-Satz liegt damit real, also abzüglich der
  Inflation, bei mehr als 9 Prozent" (in real terms, as "real 0,6 Prozent mehr umgesetzt",
  fifty-fourth) - only a figure with the currency word after it or its sign before it makes
  money. Naira are NGN ("6,2 Billionen Naira", "61,4 Billionen Naira" - eightieth: "54,5
  Billionen Naira" -, "75.000 Naira im Monat" in a threat, "by N35 to N905 a litre" -
  fortieth and eightieth: Nigerian copy's "N", "a litre" none -, "about ₦82,000 ..., up from
  ₦58,000" - fortieth: "₦1,050"). Shillings in rows that name Kenya are KES ("rund 310
  Milliarden Kenia-Schilling", "rund 11,4 Billionen Kenia-Schilling", eightieth; "4.38
  trillion Kenyan shillings ($33.9 billion)", "KSh1.2 trillion", "Sh2.57 trillion",
  fortieth). Rand are ZAR ("17.86 per dollar" after "The rand", fortieth and ninety-first).
  New: the German "Rand" after a figure is ZAR ("18,42 Rand je Dollar", "865 Milliarden
  Rand", "6,7 Milliarden Rand"), as "Real" after a figure is BRL (eightieth), while the
  German noun ("deutlich über dem oberen Rand des Zielbands von 4,5 Prozent", "am Rande
  eines Wirtschaftsforums") makes no amount - no figure stands before it. Euros and francs:
  "umgerechnet rund 117 Millionen Euro", "umgerechnet rund 36 Milliarden Euro" and the
  Keystone-SDA story's "Umgerechnet sind das rund 6,2 Millionen Franken" CHF, each "about"
  ("umgerechnet" no hedge, "rund" the hedge; hundred-seventeenth); dollars ("$1.9 trillion",
  "by $4 trillion", "about $3.8 trillion", "vier Billionen Dollar" 4e12 - the issue reads
  number words -, "rund 2,9 Billionen Dollar", "mehr als 160 Millionen Dollar" "over", "more
  than $480,000" "over", "$96,000", "$310 million", "about $2.3 billion"; converted figures
  in brackets with no hedge, eightieth). "über" governed by a noun names the amount and is
  no hedge ("einen Nachtragshaushalt über 6,2 Billionen Naira", "neue Kredite über 2,1
  Milliarden Dollar"; hundred-sixteenth, hundred-thirtieth).
- Exchange rates are money in the priced currency (fourteenth to ninety-first): "7.1896 per
  dollar" after "The yuan" CNY, "85.42 per dollar" after "The rupee" INR, "5.58 per dollar"
  after "The real" BRL, "1,612 per dollar ..., against about 1,590" after "The naira" two
  NGN amounts, the second "about" (the currency named earlier serves the later figure,
  fortieth and eightieth), "around 131 per dollar" after "The Kenyan shilling" KES "about",
  "17.86 per dollar" ZAR, "18,42 Rand je Dollar" ZAR.
- Courts, chambers and committees (eleventh, sixty-fifth, seventy-sixth, hundred-third):
  each figure of a tally is a count ("Mit sechs zu drei Stimmen", "in a 6-3 ruling", "voting
  217-212", "mit 50 zu 49 Stimmen", "by 49 votes to 17", "split four to two" 4 and 2 as "by
  six votes to one", hundred-twenty-ninth), "79 der 109 Senatoren", "Five of the six
  monetary policy committee members" and "148 der 234 Sitze" two counts each (a definite
  group, forty-first), "The six-member monetary policy committee" 6 (eightieth), "53 seats
  in the 100-member Senate" 53 and 100 (hundred-twentieth: "the 650-seat House of Commons"),
  "eine knappe Mehrheit von 220 zu 212 Sitzen, drei Sitze" three counts ("verfügen dort
  über" - "über" before the article no hedge, seventy-sixth), "Three Republicans ..., while
  one Democrat voted for it" 3 and 1 (sixty-fifth: "one member voted present"), "Drei
  republikanische Senatoren ... mit allen Demokraten" 3 ("allen" none), "19 republikanisch
  regierten Bundesstaaten", "Die drei liberalen Richterinnen", "ein 37-seitiges abweichendes
  Votum" 37 (hundred-seventeenth: "148-seitigen"), "nine of the 12 counts", "on three
  counts", "in allen vier Anklagepunkten", "Die fünf Richter der Ersten Kammer" 5 and
  ordinal 1 - an ordinal word in a body's name stays an ordinal, as "der Zweiten Republik"
  and "the 119th Congress" (sixty-fifth), and so "the 9th U.S. Circuit Court of Appeals" is
  ordinal 9 (as "the 14th Amendment", sixty-fifth). Sentences and penalties are durations
  ("zu zwölf Jahren und acht Monaten Haft" both units, hundred-thirty-first; "bis zu 20
  Jahre Haft" and "could spend up to 20 years behind bars" "up_to"; "acht Jahre lang kein
  öffentliches Amt" 8 years; money as written: "eine Geldbusse von 2,3 Millionen Reais");
  deliberations, hearings and sittings too ("Nach knapp sechsstündiger Beratung" 6 hours
  "nearly", eighty-eighth: "nach knapp dreistündiger Suche"; "in einer mehr als
  dreistündigen Anhörung" 3 hours "over", hundred-twentieth and hundred-twenty-second; "in
  einer gut neunzehnstündigen Marathonsitzung" 19 hours "over", hundred-twenty-eighth: "Eine
  gut fünfstündige Störung", the number word read as the issue reads "fünfstündigen"; "for
  about 13 hours over three days" and "over four days" - "over" before a span no hedge,
  hundred-sixteenth -, "three months after"). "Es ist bereits die vierte Entscheidung des
  Gerichts seit 2022", "the third time since January", "der dritte frühere Gouverneur ...
  seit 2020", "der dritte Prozess dieser Art ... seit 2023" are ordinals with their years
  ("bereits" no hedge).
- Elections (forty-first, eightieth, hundred-third): "the first of three phases" ordinal 1
  and count 3 (hundred-twentieth: "dem ersten von drei TV-Duellen"), "in drei Phasen" 3
  (hundred-third: "over eight phases"), "turnout at 68.4% by 5 p.m." (a clock time none),
  "in the 78 constituencies", "the remaining 156 constituencies", "on April 26 and May 3,
  with counting set for May 10" three dates, "rund 4,4 Millionen Menschen mehr als vor fünf
  Jahren" ("mehr als" after the figure compares, hundred-first; 5 years), "knapp die Hälfte
  davon Frauen" 0.5 "nearly" ("davon" no hedge), "in 14 Wahlkreisen", "Der 58-jährige
  Selvaraj" 58 years, "von 2011 bis 2016" both years; "more than double the amount seized
  five years ago" count 2 "over" (seventy-sixth: "more than double the amount a year
  earlier") and 5 years (thirtieth: "five years ago").
- Rates, shares of output and statistics: percentages as written ("5.0%" 5.0, "6,0 Prozent"
  6.0, "7.00%" 7.0; seventy-first: trailing zeros change no value), points of a rate in pp
  ("um 0,5 Prozentpunkte", "um 0,25 Prozentpunkte", "um einen Prozentpunkt" 1 pp as "plus
  einen Prozentpunkt", hundred-twentieth), basis points in bp ("by 25 basis points", "by 35
  basis points", "by 50 basis points"); "its 3%-6% target range" 3 and 6 (eightieth: "the
  central bank's 2%-6% tolerance band"); "von null auf 16 Prozent" 0 and 16 - "null" the
  number word zero as "bei null Prozent" (eleventh and fourteenth), the unit written once
  serving both (seventy-sixth); "up to 0.25% of gross domestic product" "up_to"; "bei mehr
  als 9 Prozent" "over"; "über dem oberen Rand des Zielbands von 4,5 Prozent" with no hedge
  ("über" before the article, hundred-sixteenth); "knapp 2 Prozent mehr als ein Jahr zuvor"
  "nearly" (the "mehr als" after the figure compares). Ages of groups are durations in years
  ("aged 16 to 24" and "aged 15 to 34" both, ninety-first; "Unter den 15- bis 24-Jährigen"
  both, the suspended hyphen lending the unit, hundred-twentieth). Streaks and periods are
  ordinals ("for a 22nd straight month", "zum siebten Mal in Folge", "its third monthly
  decline", "for a third consecutive meeting", "the third cut since November", "das achte
  Verlustjahr in Folge", "the second rise this month", "zum zweiten Mal binnen einer Woche"
  - "binnen einer Woche" none, an article -, "a third round of talks", "im ersten Quartal",
  "in the first quarter"; fifty-fourth, eightieth, ninety-first); "in den ersten vier
  Monaten" and "in den ersten fünf Monaten" ordinal 1 with the span (eightieth: "In den
  ersten elf Monaten"); "from the previous three months" 3 months and "in the 10 months to
  April" 10 months (ninety-first: "in the previous three months"); "in the 12 months to May
  ..., its lowest level in 11 years" 12 months and 11 years (ninety-first: "its lowest in 16
  months"); "seit mehr als 300 Tagen" 300 days "over"; "sechs Tage früher als üblich" 6 days
  ("früher" after the figure compares, hundred-thirty-second: "9.7 years earlier"). "Das ist
  der höchste Stand seit 2006." and "so stark wie seit Oktober 2023 nicht mehr" are records
  with their years (hundred-thirty-first: "so hoch wie seit 2014 nicht mehr"); "the fastest
  pace since", "the steepest fall since", "the lowest since", "a record for the month",
  "einen Rekordwert" carry only the year they name.
- Fractions (the issue; hundred-fourteenth to hundred-thirty-second): "gut ein Fünftel" 0.2
  "over", "knapp jeder dritte Erwerbsfähige" 0.3333 "nearly", "Fast ein Drittel" 0.3333
  "nearly", "gut zwei Drittel" 0.6667 "over", "jeder sechste" 0.1667 (hundred-eighth: "Jede
  sechste"), "Rund die Hälfte" 0.5 "about", "knapp die Hälfte" 0.5 "nearly", "Nearly a
  third" 0.3333 "nearly", "roughly half" 0.5 "about", "roughly two-fifths" 0.4 "about"
  (hundred-fourteenth: "two-fifths").
- Counts otherwise (every batch): "A 50-kg bag of rice" 50 (forty-second: "A 45-kg bag"),
  "41 degrees Celsius" 41 (forty-seventh), "at least two polling officials" 2 "at_least",
  "the 14 plaintiffs, which together are home to about 11 million people" ("together" no
  hedge), "bereits zweimal aufgestockt" 2 (the issue's "viermal"), "ein
  Zwölf-Punkte-Programm" 12 (hundred-sixteenth: "einen Zehn-Punkte-Plan"), "die zehn
  Asean-Staaten" 10, "1,71 Millionen Barrel pro Tag" ("pro Tag" none), "12.6 million
  tonnes", "4,870 tonnes", "5,9 Millionen Tonnen", "171.5 million tonnes", "About 4,100
  square kilometers (1,580 square miles)" the hedge on the first only (ninety-first), "2.9
  million hectares ..., nearly double the area" count 2 "nearly" (hundred-thirty-second:
  "almost double"), "mehr als 3.400 Kraftwerke", "143 Lizenzanträge", "rund 2.400 Chips",
  "rund 796 Millionen Menschen". Names with figures carry none: "Nifty 50" (twentieth: "S&P
  500"; ninety-first: "Nikkei 225"), the Lagos market "Mile 12" (hundred-twenty-ninth: "im
  Kreis 12"). "a handful of supporters" none (seventeenth).
- Years and dates: Reuters datelines with a day ("BEIJING, April 16", "CHENNAI, April 19",
  "WASHINGTON, April 30", "LAGOS, May 15", "JOHANNESBURG, May 21", "SAO PAULO, June 2",
  "MUMBAI, June 4", "BEIJING, June 9", "NAIROBI, June 11") are dates without a year; dpa,
  Reuters German, AFP German, APA/AFP, APA/dpa, Keystone-SDA, AP ("SAN FRANCISCO (AP) —",
  "WASHINGTON (AP) —") and AFP ("BELEM (AFP) -") datelines none (seventy-ninth). "seit dem
  9. April" --04-09, "am 14. Oktober" --10-14, "on Sept. 18" --09-18, "from July 1" and "for
  the fiscal year starting July 1" --07-01 dates without a year. Years: "since December
  2023", "in 2021", "von 1970", "seit 2022", "seit 2006", "seit 2020", "seit 2023", "seit
  Oktober 2023", "seit November 2021", "im Oktober 2022", "zwischen 2015 und 2018", "since
  2019", "since 2021", "since February 2020", "since January 2024", "since January 2019",
  "by 2030", "bis 2030", "due in 2028", "the fiscal year ending March 2027", "since late
  2024" (ninety-first: "in late November 2024"), "the 2025/26 soybean crop" both years
  (fortieth), and "before the 2026 election" in a negative, labelled. None: weekdays, months
  ("im April", "in March", "seit Jänner"), "heuer", "im Vorjahr", "seit Jahresbeginn", "im
  abgelaufenen Fiskaljahr", "a year earlier", "a year ago", "a week earlier", "last year",
  "this year", "last month", "this month", "next week", "in the current year", "over the
  coming decade" (hundred-twenty-third: "over the past decade"), "within hours", "year on
  year", "the January-March period" (ninety-first: "the October-December quarter"), "by 5
  p.m.".
- Hedges, only the names in use: "rund", "Rund", "about", "About", "around", "roughly"
  "about"; "knapp", "Fast", "fast", "nearly", "Nearly" "nearly"; "mehr als", "Mehr als",
  "gut", "more than" "over"; "mindestens", "at least" "at_least"; "bis zu", "up to" "up_to".
  No hedge: "im Schnitt", "lediglich", "bereits", "zuletzt", "derzeit", "insgesamt",
  "inzwischen", "umgerechnet", "unverändert", "diesmal", "Allein", "alone", "just", "only",
  "together", "davon", "allen", "über" after a noun or a verb that governs it and before an
  article, "over" before a span, "mehr als" and "früher" after a figure, "more than" before
  a clause ("more than economists had expected").
- Speakers, checked only in forms the earlier batches settled: "wie die Zollbehörde in
  Peking am Freitag mitteilte" -> "die Zollbehörde" and "wie das Nationale Statistikamt in
  Peking am Montag mitteilte" -> "das Nationale Statistikamt" (the place and the weekday
  dropped, eightieth and hundred-fourteenth; the capitalised adjective in the nominative,
  hundred-fifteenth), "teilte die Nationale Menschenrechtskommission am Mittwoch mit",
  "teilte die Staatsanwaltschaft mit", "wie Stats SA am Dienstag mitteilte" -> "Stats SA" (a
  name without an article as written, eighty-fifth: "wie Destatis mitteilte"), "Nach Angaben
  des Handelsministeriums" -> "das Handelsministerium", "nach Angaben des
  Finanzministeriums" -> "das Finanzministerium" (hundred-seventeenth: "nach Angaben des
  Wirtschaftsministeriums"), "nach Angaben des Wetterdienstes" -> "der Wetterdienst"
  (hundred-twenty-fifth: "nach Angaben des Flughafens"), "Nach Angaben der Wahlkommission",
  "nach Angaben der Notenbank", "nach Angaben der Polizei" -> the source with its article in
  the nominative (seventieth, hundred-sixteenth: "Nach Angaben der Stadt"); "X sagte, ..."
  with the title dropped ("Finanzminister" three times, "Senatorin"), "so
  Statistikamtssprecher Guo Wenxiu", "Sein Anwalt Fernando Siqueira sagte" (above). English:
  "the National Bureau of Statistics said" (twice, once with "on Thursday" dropped;
  eightieth and hundred-thirty-second), "the Election Commission said" (hundred-third), "The
  commission said ..." opening the row -> "the commission" (hundred-sixteenth), "the
  Planning Ministry said on Tuesday" -> "the Planning Ministry" (hundred-fourteenth: "the
  finance ministry said"), "the General Administration of Customs said" and "the National
  Institute for Space Research said" with the article (eightieth: "the International
  Organization for Migration said"), "Statistics South Africa said in March that ..." as
  written (eightieth; new: "in March" after "said" is dropped as a weekday is,
  hundred-fourteenth), "The International Monetary Fund has said ..." (above); the name with
  the title dropped ("Sen. Garrett Voss, R-Okla., said", "Central Bank of Nigeria Governor
  Ibrahim Danjuma told reporters in Abuja", "Governor Thandiwe Nkosana told a news
  conference", "Governor Arvind Raghunathan told a news conference", "U.S. District Judge
  Miriam Castellano said", "Finance Minister Rodrigo Tavares Lemos told reporters", "Finance
  Minister Joseph Kiprotich Mwangi told parliament", "Environment Minister Clara Vasconcelos
  Moura said"; eightieth, hundred-seventeenth, hundred-twenty-third: "told parliament"), the
  name in apposition ("San Francisco's city attorney, Daniel Okafor-Reyes, said", "His
  attorney, Lucinda Farraday, said"; hundred-sixteenth, hundred-twenty-third). Left
  unchecked (None): "In der Begründung der Mehrheit heißt es" and "Laut Anklage" (documents,
  hundred-fourteenth and hundred-twenty-fourth), "Nach Schätzungen von Fachleuten", "Von
  Reuters befragte Analysten", "Analysten erwarten", "nach Angaben von Menschenrechtlern" (a
  plural group, forty-first), "nach Angaben von Amnesty International" ("nach Angaben von"
  with an organisation's name is not yet settled - the hundred-twenty-fifth settled it with
  a named person only), "kündigte an", "meldete ... an", "meldete" of a company, "beziffert"
  (forty-second), "sagt ... voraus", "Nach Berechnungen des Haushaltsbüros des Kongresses"
  (seventy-sixth); "Analysts polled by Reuters", "according to Reuters calculations based on
  the bureau's data", "according to an analysis of affidavits by the Association for
  Democratic Reforms" and "the analysis found" (documents, hundred-twenty-third: "according
  to an analysis by KFF"), "officials said", "Prosecutors said" and "according to traders"
  (plural groups, forty-first), "according to Congressional Budget Office estimates", "The
  CBO estimates", "the budget office projected" and "The central bank estimated" (estimating
  verbs, hundred-tenth and hundred-twenty-third), "according to court filings" and
  "according to a notice to investors" (documents), "central bank data showed", "customs
  data showed", "official data showed", "Statistics South Africa data showed", "according to
  preliminary satellite data" (data), "statistics agency IBGE said", "The power utility
  Eskom said", "according to the monitoring network MapBiomas" and "according to estimates
  by mortgage lender Harbourline Housing Finance" (a description before the name, fortieth),
  "The national supply agency, Conab, forecast" (no verb of saying), "according to estimates
  by the Climate Observatory network", "he said" (a pronoun), "The Justice Department filed"
  (an act, no verb of saying), rows without attribution and all negatives, also those with a
  named speaker.
- Negatives (ninety-eighth, hundred-fourteenth to hundred-thirty-first): leaders' rhetoric
  in quotes, with or without a name ("An ocean does not fear a passing storm, ...", „Wer
  Mauern aus Zöllen errichtet, ...“ of a named spokeswoman, "This election is a battle for
  the soul of Tamil Nadu," of a named opposition leader, „Tamil Nadu hat heute der Arroganz
  aus Delhi eine Lektion erteilt“, "No Congress in history has delivered more ...", „Die
  Zinsen in diesem Land sind eine Schande, ...“, „Südafrika ist offen für Geschäfte, ...“ -
  its "am Rande" no amount -, "We are winning the war against inflation, ...", „Dieser
  Haushalt wird Nigeria von den Fesseln der Armut befreien“, „Wir lassen uns nicht von
  Kriminellen erpressen, ...“, "Once again an activist judge ...", "We will not let this
  city be bullied,", "Brazil will never again be governed for the bankers of Faria Lima,",
  "India is the bright spot of the world economy, ...", "China's door to the world will only
  open wider,", "We have listened to the young people of this country,", „Unsere Bauern sind
  die Seele Indiens, ...“, „Das ist der größte Diebstahl an der arbeitenden Bevölkerung
  ...“, „Wir werden jeden verfolgen, ...“ of a named prosecutor - resolve,
  hundred-nineteenth -, "The Amazon is not for sale, ...", «Dies ist ein politischer
  Prozess, ...» and "I am at peace, ..." of the convicted - feeling, hundred-sixteenth);
  slogans, chants, banners and placards ("Delhi cannot rule us", „Unser Land, unsere
  Sprache“, „Wir essen keine Versprechen“, „Wir sind die Generation, die nicht schweigt“,
  «Justiz ja, Verfolgung nein» - "ja" and "nein" no number words, hundred-twenty-ninth -,
  "Tax the rich, not bread.", "Free Clay" and "Witch hunt."; hundredth and
  hundred-eighteenth); labels of the White House, parties, a lobby, a union, farmers'
  groups, an embassy and analysts („Sieg für die amerikanischen Arbeiter ...“, "a Robin Hood
  heist in reverse ...", „Schlag gegen Investitionen und Arbeitsplätze“, „verlorenen
  Jahrzehnt für die Jugend“, „Haushalt der leeren Versprechen“, "a slap in the face of the
  working poor.", „ein Almosen, das nicht einmal die Dieselkosten deckt“ - "einmal" no
  count, hundred-third -, „politisch motivierten Hexenjagd ...“, „historischen Sieg für
  Amerika“, "rerouting, not retreating."); the Konjunktiv I verdicts above; rhetorical
  questions with their figures labelled (the party paper's „Wer kann ein Volk von 1,4
  Milliarden Menschen aufhalten?“ count 1,400,000,000 - an editorial quoted by the agency,
  hundred-twenty-second -, and "How can a country with 8 million people out of work call
  itself free?" count 8,000,000; fourteenth); a union's threat on a condition with its
  figure labelled ("Der Gewerkschaftsbund NLC drohte mit einem unbefristeten Generalstreik,
  sollte der Mindestlohn von 75.000 Naira im Monat nicht bis Juli angehoben werden." 75,000
  NGN; hundred-twenty-fourth, hundred-thirty-first); a hope ("Traders at the Mile 12 market
  in Lagos said they hoped ..."; thirtieth); a warning without a figure ("Environmental
  groups warned that a bill ... could undo the gains."); the forecasts and verdicts without
  a figure above; "Investors remain sceptical that the government can meet its fiscal
  targets before the 2026 election." (a mood, its year labelled); an open question ("Whether
  the central bank has room to cut again this year was not immediately clear.";
  hundred-fourteenth); and two vox pops with their ages labelled ("Every week the price
  changes, but my salary does not," of Chiamaka Eze, 34, and "We used to hear chainsaws
  every night; now it is quiet," of Raimundo Ferreira, 52; hundred-twenty-fourth: a vox pop
  is a negative with its figures labelled).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string."""

# ruff: noqa: E501
BLIND_SET_141 = [
    # --- China's first quarter (Reuters) ---
    (
        "en",
        "BEIJING, April 16 (Reuters) - China's economy grew 5.2% in the first quarter from a year earlier, the National Bureau of Statistics said on Thursday, beating forecasts.",
        True,
        [("date", "--04-16", None, None), ("percent", 5.2, "%", None), ("ordinal", 1, None, None)],
        "the National Bureau of Statistics",
    ),
    ("en", "Analysts polled by Reuters had expected growth of 5.0%.", True, [("percent", 5.0, "%", None)], None),
    (
        "en",
        "Industrial output rose 6.1% in March from a year earlier, while retail sales grew 4.3%, the fastest pace since December 2023.",
        True,
        [("percent", 6.1, "%", None), ("percent", 4.3, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Property investment fell 9.8% in the January-March period, extending a slump that began in 2021.",
        True,
        [("percent", 9.8, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "New home prices in 70 major cities fell for a 22nd straight month, according to Reuters calculations based on the bureau's data.",
        True,
        [("count", 70, None, None), ("ordinal", 22, None, None)],
        None,
    ),
    (
        "en",
        "Beijing has set a growth target of around 4.5% for the year and plans to issue 1.6 trillion yuan ($219 billion) in ultra-long special treasury bonds.",
        True,
        [("percent", 4.5, "%", "about"), ("money", 1600000000000, "CNY", None), ("money", 219000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The yuan was set at 7.1896 per dollar on Thursday, its weakest fixing since September.",
        True,
        [("money", 7.1896, "CNY", None)],
        None,
    ),
    (
        "en",
        '"An ocean does not fear a passing storm, and neither does the Chinese economy," a foreign ministry spokesman told a regular news briefing.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The surveyed urban unemployment rate for those aged 16 to 24, excluding students, stood at 16.5% in March, down from 16.9% in February.",
        True,
        [
            ("duration", 16, "year", None),
            ("duration", 24, "year", None),
            ("percent", 16.5, "%", None),
            ("percent", 16.9, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Economists at several brokerages said further stimulus would probably be needed later in the year.",
        False,
        [],
        None,
    ),
    # --- Tamil Nadu votes, first phase (Reuters) ---
    (
        "en",
        "CHENNAI, April 19 (Reuters) - Voters in the southern Indian state of Tamil Nadu cast ballots on Sunday in the first of three phases of a state election, with turnout at 68.4% by 5 p.m., the Election Commission said.",
        True,
        [
            ("date", "--04-19", None, None),
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("percent", 68.4, "%", None),
        ],
        "the Election Commission",
    ),
    (
        "en",
        "About 2.1 crore voters were eligible to vote in the 78 constituencies in the opening phase.",
        True,
        [("count", 21000000, None, "about"), ("count", 78, None, None)],
        None,
    ),
    (
        "en",
        "Authorities deployed more than 1.4 lakh police and paramilitary personnel across the state.",
        True,
        [("count", 140000, None, "over")],
        None,
    ),
    (
        "en",
        "The commission said it had seized cash, liquor and gifts worth Rs 1,064 crore since the vote was announced in March, more than double the amount seized five years ago.",
        True,
        [("money", 10640000000, "INR", None), ("count", 2, None, "over"), ("duration", 5, "year", None)],
        "the commission",
    ),
    (
        "en",
        "A candidate of the ruling alliance declared assets of Rs 312 crore in his affidavit, the highest among the 1,874 contestants, according to an analysis of affidavits by the Association for Democratic Reforms.",
        True,
        [("money", 3120000000, "INR", None), ("count", 1874, None, None)],
        None,
    ),
    (
        "en",
        "Nearly a third of the candidates face pending criminal cases, the analysis found.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        '"This election is a battle for the soul of Tamil Nadu," opposition leader Karthikeyan Selvaraj told a rally in Madurai.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Supporters lining the road waved red-and-black flags and chanted "Delhi cannot rule us" as his convoy passed.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Voting in the remaining 156 constituencies will take place on April 26 and May 3, with counting set for May 10.",
        True,
        [
            ("count", 156, None, None),
            ("date", "--04-26", None, None),
            ("date", "--05-03", None, None),
            ("date", "--05-10", None, None),
        ],
        None,
    ),
    (
        "en",
        "Temperatures touched 41 degrees Celsius in parts of the state, and at least two polling officials were treated for heatstroke, officials said.",
        True,
        [("count", 41, None, None), ("count", 2, None, "at_least")],
        None,
    ),
    # --- Oberstes US-Gericht und die EPA (dpa) ---
    (
        "de",
        "Washington (dpa) - Mit sechs zu drei Stimmen hat der Oberste Gerichtshof der USA die Befugnisse der Umweltbehörde EPA bei der Regulierung von Kohle- und Gaskraftwerken beschnitten.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Richter gaben damit einer Klage von 19 republikanisch regierten Bundesstaaten und mehreren Energiekonzernen statt.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "In der Begründung der Mehrheit heißt es, der Kongress habe der Behörde mit dem Luftreinhaltegesetz von 1970 keine derart weitreichenden Vollmachten übertragen.",
        True,
        [("year", 1970, None, None)],
        None,
    ),
    (
        "de",
        "Die drei liberalen Richterinnen verfassten ein 37-seitiges abweichendes Votum.",
        True,
        [("count", 3, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Das Urteil sei „ein schwarzer Tag für saubere Luft in Amerika“, erklärte die Umweltorganisation Clear Skies Alliance.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Schätzungen von Fachleuten sind mehr als 3.400 Kraftwerke im ganzen Land von der Entscheidung betroffen.",
        True,
        [("count", 3400, None, "over")],
        None,
    ),
    (
        "de",
        "Das Weiße Haus feierte den Spruch als „Sieg für die amerikanischen Arbeiter und gegen die Bürokraten in Washington“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits die vierte Entscheidung des Gerichts seit 2022, die die Macht von Bundesbehörden begrenzt.",
        True,
        [("ordinal", 4, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Die Richter hatten den Fall im Januar in einer mehr als dreistündigen Anhörung verhandelt.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "de",
        "Dass der Kongress der Behörde ihre Vollmachten per Gesetz zurückgibt, gilt angesichts der knappen Mehrheiten als unwahrscheinlich.",
        False,
        [],
        None,
    ),
    # --- House passes the spending package (Reuters) ---
    (
        "en",
        "WASHINGTON, April 30 (Reuters) - The U.S. House of Representatives narrowly passed a $1.9 trillion spending package on Thursday, voting 217-212 largely along party lines.",
        True,
        [
            ("date", "--04-30", None, None),
            ("money", 1900000000000, "USD", None),
            ("count", 217, None, None),
            ("count", 212, None, None),
        ],
        None,
    ),
    (
        "en",
        "Three Republicans joined every Democrat in opposing the bill, while one Democrat voted for it.",
        True,
        [("count", 3, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "The package lifts the federal borrowing cap by $4 trillion and extends tax cuts worth about $3.8 trillion over 10 years, according to Congressional Budget Office estimates.",
        True,
        [
            ("money", 4000000000000, "USD", None),
            ("money", 3800000000000, "USD", "about"),
            ("duration", 10, "year", None),
        ],
        None,
    ),
    (
        "en",
        'Rep. Dolores Amaya, D-Calif., called the bill "a Robin Hood heist in reverse that robs working families to reward billionaires."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sen. Garrett Voss, R-Okla., said the Senate would take up the package after the Memorial Day recess.",
        True,
        [],
        "Garrett Voss",
    ),
    (
        "en",
        "Republicans control 53 seats in the 100-member Senate, and under budget rules the bill needs only a simple majority.",
        True,
        [("count", 53, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "The CBO estimates the measure would add $2.6 trillion to federal deficits over the coming decade.",
        True,
        [("money", 2600000000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"No Congress in history has delivered more for the forgotten men and women of this country," the president wrote on social media.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The measure would also cut federal Medicaid spending by about $640 billion over 10 years.",
        True,
        [("money", 640000000000, "USD", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "About 9.1 million people could lose health coverage as a result, the budget office projected.",
        True,
        [("count", 9100000, None, "about")],
        None,
    ),
    # --- Brasiliens Leitzins (AFP) ---
    (
        "de",
        "Brasília (AFP) - Brasiliens Zentralbank hat den Leitzins Selic zum siebten Mal in Folge angehoben, diesmal um 0,5 Prozentpunkte auf 15,25 Prozent.",
        True,
        [("ordinal", 7, None, None), ("percent", 0.5, "pp", None), ("percent", 15.25, "%", None)],
        None,
    ),
    ("de", "Das ist der höchste Stand seit 2006.", True, [("year", 2006, None, None)], None),
    (
        "de",
        "Der geldpolitische Ausschuss Copom fasste den Beschluss nach Angaben der Notenbank einstimmig.",
        True,
        [],
        "die Notenbank",
    ),
    (
        "de",
        "Die Inflation lag im April bei 5,53 Prozent und damit deutlich über dem oberen Rand des Zielbands von 4,5 Prozent.",
        True,
        [("percent", 5.53, "%", None), ("percent", 4.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der Real hat seit Jahresbeginn rund 8 Prozent gegenüber dem Dollar gewonnen und notierte zuletzt bei 5,64 Real je Dollar.",
        True,
        [("percent", 8, "%", "about"), ("money", 5.64, "BRL", None)],
        None,
    ),
    (
        "de",
        "„Die Zinsen in diesem Land sind eine Schande, sie fressen die Löhne der Arbeiter auf“, sagte der Präsident bei einer Kundgebung in São Bernardo do Campo.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzminister Rodrigo Tavares Lemos sagte, die Regierung werde in diesem Jahr Ausgaben in Höhe von 20,6 Milliarden Reais einfrieren, um das Haushaltsziel einzuhalten.",
        True,
        [("money", 20600000000, "BRL", None)],
        "Rodrigo Tavares Lemos",
    ),
    (
        "de",
        "Analysten erwarten, dass die Notenbank den Zinszyklus im Juni mit einem letzten Schritt um 0,25 Prozentpunkte beendet.",
        True,
        [("percent", 0.25, "pp", None)],
        None,
    ),
    (
        "de",
        "Der Industrieverband CNI sprach von einem „Schlag gegen Investitionen und Arbeitsplätze“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Selic-Satz liegt damit real, also abzüglich der Inflation, bei mehr als 9 Prozent, einem der höchsten Werte weltweit.",
        True,
        [("percent", 9, "%", "over")],
        None,
    ),
    # --- Chinas Exporte im April (Reuters) ---
    (
        "de",
        "Peking (Reuters) - Chinas Exporte sind im April trotz der US-Zölle um 6,4 Prozent zum Vorjahresmonat gestiegen, wie die Zollbehörde in Peking am Freitag mitteilte.",
        True,
        [("percent", 6.4, "%", None)],
        "die Zollbehörde",
    ),
    (
        "de",
        "Von Reuters befragte Analysten hatten im Schnitt lediglich mit einem Plus von 3,1 Prozent gerechnet.",
        True,
        [("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Einfuhren gingen dagegen um 1,8 Prozent zurück, der Handelsüberschuss wuchs auf 92,6 Milliarden Dollar.",
        True,
        [("percent", 1.8, "%", None), ("money", 92600000000, "USD", None)],
        None,
    ),
    (
        "de",
        "In Yuan gerechnet summierte sich der Außenhandel in den ersten vier Monaten auf 14,1 Billionen Yuan, knapp 2 Prozent mehr als ein Jahr zuvor.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 4, "month", None),
            ("money", 14100000000000, "CNY", None),
            ("percent", 2, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Die Ausfuhren in die USA brachen um 17,3 Prozent ein, jene in die zehn Asean-Staaten legten um 12 Prozent zu.",
        True,
        [("percent", 17.3, "%", None), ("count", 10, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Kräftig wuchsen auch die Lieferungen nach Afrika, die um gut ein Fünftel auf den Rekordwert von 19,8 Milliarden Dollar stiegen.",
        True,
        [("fraction", 0.2, None, "over"), ("money", 19800000000, "USD", None)],
        None,
    ),
    (
        "de",
        "„Wer Mauern aus Zöllen errichtet, sperrt sich am Ende selbst ein“, sagte Außenamtssprecherin Lin Xiaoyun in Peking.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ökonomen der Investmentbank Hollbrook rechnen damit, dass der Exportschwung in der zweiten Jahreshälfte nachlässt.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für Seltene Erden, bei denen China rund 68 Prozent der weltweiten Förderung stellt, gilt seit dem 9. April eine Exportlizenzpflicht.",
        True,
        [("percent", 68, "%", "about"), ("date", "--04-09", None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Handelsministeriums wurden seither 143 Lizenzanträge genehmigt.",
        True,
        [("count", 143, None, None)],
        "das Handelsministerium",
    ),
    # --- Tamil Nadu: das Ergebnis (dpa) ---
    (
        "de",
        "Neu-Delhi (dpa) - Bei der Wahl im südindischen Bundesstaat Tamil Nadu hat ein Bündnis regionaler Parteien die absolute Mehrheit im Landesparlament gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Wahlkommission kam die Allianz auf 148 der 234 Sitze, die hindunationalistische BJP und ihre Partner auf 61.",
        True,
        [("count", 148, None, None), ("count", 234, None, None), ("count", 61, None, None)],
        "die Wahlkommission",
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei 71,8 Prozent, rund 4,4 Millionen Menschen mehr als vor fünf Jahren gaben ihre Stimme ab.",
        True,
        [("percent", 71.8, "%", None), ("count", 4400000, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Rund 62 Millionen Wahlberechtigte waren in drei Phasen zur Abstimmung aufgerufen, knapp die Hälfte davon Frauen.",
        True,
        [("count", 62000000, None, "about"), ("count", 3, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Wahlkommission beschlagnahmte im Wahlkampf Bargeld, Alkohol und Geschenke im Wert von umgerechnet rund 117 Millionen Euro.",
        True,
        [("money", 117000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Allein in der Hauptstadt Chennai stellten Ermittler 1,2 Milliarden Rupien in bar sicher.",
        True,
        [("money", 1200000000, "INR", None)],
        None,
    ),
    (
        "de",
        "„Tamil Nadu hat heute der Arroganz aus Delhi eine Lektion erteilt“, rief Bündnisführer Karthikeyan Selvaraj vor jubelnden Anhängern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor der Parteizentrale tanzten Anhänger zu Trommelklängen und riefen immer wieder „Unser Land, unsere Sprache“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die BJP sprach von einem „Sieg der Spaltung“ und kündigte an, das Ergebnis in 14 Wahlkreisen vor Gericht anzufechten.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der 58-jährige Selvaraj soll am Montag als Regierungschef vereidigt werden, er hatte das Amt bereits von 2011 bis 2016 inne.",
        True,
        [("duration", 58, "year", None), ("year", 2011, None, None), ("year", 2016, None, None)],
        None,
    ),
    # --- Südafrikas Arbeitsmarkt (Reuters) ---
    (
        "de",
        "Johannesburg (Reuters) - Die Arbeitslosenquote in Südafrika ist im ersten Quartal auf 32,6 Prozent gestiegen, wie Stats SA am Dienstag mitteilte.",
        True,
        [("ordinal", 1, None, None), ("percent", 32.6, "%", None)],
        "Stats SA",
    ),
    (
        "de",
        "Damit war knapp jeder dritte Erwerbsfähige ohne Arbeit, insgesamt rund 8,4 Millionen Menschen.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 8400000, None, "about")],
        None,
    ),
    (
        "de",
        "Unter den 15- bis 24-Jährigen lag die Quote bei 62,4 Prozent.",
        True,
        [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 62.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Rand gab nach den Daten um 0,8 Prozent auf 18,42 Rand je Dollar nach.",
        True,
        [("percent", 0.8, "%", None), ("money", 18.42, "ZAR", None)],
        None,
    ),
    (
        "de",
        "Finanzminister Sipho Mahlangu sagte, die Regierung wolle in den kommenden drei Jahren 865 Milliarden Rand in Straßen, Häfen und Stromnetze investieren.",
        True,
        [("duration", 3, "year", None), ("money", 865000000000, "ZAR", None)],
        "Sipho Mahlangu",
    ),
    (
        "de",
        "Die geplante Anhebung der Mehrwertsteuer um einen Prozentpunkt auf 16 Prozent wurde nach wochenlangem Streit in der Koalition gestrichen.",
        True,
        [("percent", 1, "pp", None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "de",
        "„Südafrika ist offen für Geschäfte, und wir empfangen jeden Investor mit offenen Armen“, sagte der Präsident am Rande eines Wirtschaftsforums in Durban.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die oppositionelle Democratic Alliance sprach von einem „verlorenen Jahrzehnt für die Jugend“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der staatliche Stromversorger Eskom meldete für das Geschäftsjahr bis Ende März einen Verlust von 6,7 Milliarden Rand.",
        True,
        [("money", 6700000000, "ZAR", None)],
        None,
    ),
    (
        "de",
        "Es war das achte Verlustjahr in Folge, seit mehr als 300 Tagen gab es allerdings keine geplanten Stromabschaltungen mehr.",
        True,
        [("ordinal", 8, None, None), ("duration", 300, "day", "over")],
        None,
    ),
    # --- Nigeria's inflation and the naira (Reuters) ---
    (
        "en",
        "LAGOS, May 15 (Reuters) - Nigeria's annual inflation rate eased to 22.9% in April from 23.6% in March, its third monthly decline, the National Bureau of Statistics said.",
        True,
        [
            ("date", "--05-15", None, None),
            ("percent", 22.9, "%", None),
            ("percent", 23.6, "%", None),
            ("ordinal", 3, None, None),
        ],
        "the National Bureau of Statistics",
    ),
    (
        "en",
        "Food inflation, which accounts for roughly half of the consumer price basket, slowed to 21.3%.",
        True,
        [("fraction", 0.5, None, "about"), ("percent", 21.3, "%", None)],
        None,
    ),
    (
        "en",
        "The naira weakened to 1,612 per dollar on the official market, against about 1,590 a week earlier.",
        True,
        [("money", 1612, "NGN", None), ("money", 1590, "NGN", "about")],
        None,
    ),
    (
        "en",
        "NNPC, the state oil company, lifted the pump price of petrol in Lagos by N35 to N905 a litre on Tuesday, the second rise this month.",
        True,
        [("money", 35, "NGN", None), ("money", 905, "NGN", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Central Bank of Nigeria Governor Ibrahim Danjuma told reporters in Abuja that foreign reserves had risen to $38.4 billion, the highest level since 2019.",
        True,
        [("money", 38400000000, "USD", None), ("year", 2019, None, None)],
        "Ibrahim Danjuma",
    ),
    (
        "en",
        "The bank kept its benchmark rate at 26.75% for a third consecutive meeting.",
        True,
        [("percent", 26.75, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"We are winning the war against inflation, and Nigerians will soon feel it in their pockets," the president said in a televised address.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Traders at the Mile 12 market in Lagos said they hoped the new harvest would bring prices down by the end of the year.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A 50-kg bag of rice now sells for about ₦82,000 in Lagos, up from ₦58,000 a year ago, according to traders.",
        True,
        [("count", 50, None, None), ("money", 82000, "NGN", "about"), ("money", 58000, "NGN", None)],
        None,
    ),
    (
        "en",
        '"Every week the price changes, but my salary does not," said Chiamaka Eze, 34, a schoolteacher in Ikeja.',
        False,
        [("duration", 34, "year", None)],
        None,
    ),
    # --- Nigerias Nachtragshaushalt (AFP) ---
    (
        "de",
        "Abuja (AFP) - Nigerias Parlament hat einen Nachtragshaushalt über 6,2 Billionen Naira gebilligt, der vor allem höhere Ausgaben für Sicherheit und Infrastruktur vorsieht.",
        True,
        [("money", 6200000000000, "NGN", None)],
        None,
    ),
    (
        "de",
        "Der Gesamtetat für das laufende Jahr steigt damit auf 61,4 Billionen Naira, umgerechnet rund 36 Milliarden Euro.",
        True,
        [("money", 61400000000000, "NGN", None), ("money", 36000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Fast ein Drittel der Einnahmen muss nach Angaben des Finanzministeriums für den Schuldendienst aufgewendet werden.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "das Finanzministerium",
    ),
    (
        "de",
        "Im Senat stimmten 79 der 109 Senatoren für die Vorlage, im Repräsentantenhaus fiel die Entscheidung per Akklamation.",
        True,
        [("count", 79, None, None), ("count", 109, None, None)],
        None,
    ),
    (
        "de",
        "Finanzminister Olumide Bakare sagte vor Journalisten in Abuja, die Ölförderung sei zuletzt auf 1,71 Millionen Barrel pro Tag gestiegen.",
        True,
        [("count", 1710000, None, None)],
        "Olumide Bakare",
    ),
    ("de", "„Dieser Haushalt wird Nigeria von den Fesseln der Armut befreien“, sagte Bakare.", False, [], None),
    ("de", "Die oppositionelle PDP nannte den Etat einen „Haushalt der leeren Versprechen“.", False, [], None),
    (
        "de",
        "Der Gewerkschaftsbund NLC drohte mit einem unbefristeten Generalstreik, sollte der Mindestlohn von 75.000 Naira im Monat nicht bis Juli angehoben werden.",
        False,
        [("money", 75000, "NGN", None)],
        None,
    ),
    (
        "de",
        "Bei Protesten gegen hohe Lebensmittelpreise in Kano und Lagos wurden nach Angaben der Polizei 23 Menschen festgenommen.",
        True,
        [("count", 23, None, None)],
        "die Polizei",
    ),
    ("de", "Demonstrierende trugen Schilder mit der Aufschrift „Wir essen keine Versprechen“.", False, [], None),
    # --- South Africa's rate cut (Reuters) ---
    (
        "en",
        "JOHANNESBURG, May 21 (Reuters) - The South African Reserve Bank trimmed the repo rate on Thursday by 25 basis points to 7.00%, the third cut since November.",
        True,
        [
            ("date", "--05-21", None, None),
            ("percent", 25, "bp", None),
            ("percent", 7.00, "%", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "The six-member monetary policy committee was split four to two, Governor Thandiwe Nkosana told a news conference.",
        True,
        [("count", 6, None, None), ("count", 4, None, None), ("count", 2, None, None)],
        "Thandiwe Nkosana",
    ),
    (
        "en",
        "The bank now expects inflation to average 3.4% this year, well inside its 3%-6% target range.",
        True,
        [("percent", 3.4, "%", None), ("percent", 3, "%", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "The rand firmed 0.4% to 17.86 per dollar after the decision.",
        True,
        [("percent", 0.4, "%", None), ("money", 17.86, "ZAR", None)],
        None,
    ),
    (
        "en",
        "Statistics South Africa said in March that the economy grew just 0.3% last year.",
        True,
        [("percent", 0.3, "%", None)],
        "Statistics South Africa",
    ),
    (
        "en",
        '"How can a country with 8 million people out of work call itself free?" the leader of the Economic Freedom Fighters asked at a rally in Soweto.',
        False,
        [("count", 8000000, None, None)],
        None,
    ),
    (
        "en",
        "The power utility Eskom said it would raise electricity tariffs by 9.4% from July 1.",
        True,
        [("percent", 9.4, "%", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        'Labour federation Cosatu called the tariff increase "a slap in the face of the working poor."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Unemployment among those aged 15 to 34 stood at 46.1% in the first quarter, Statistics South Africa data showed.",
        True,
        [
            ("duration", 15, "year", None),
            ("duration", 34, "year", None),
            ("percent", 46.1, "%", None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    ("en", "Economists expect the bank to pause in July before cutting again later in the year.", False, [], None),
    # --- Sanctuary cities in court (AP) ---
    (
        "en",
        "SAN FRANCISCO (AP) — A federal judge temporarily barred the administration on Tuesday from cutting off funding to 14 so-called sanctuary cities and counties, ruling that the order likely violated the Constitution.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "en",
        'U.S. District Judge Miriam Castellano said the government could not "coerce local officials by threatening to withhold money Congress has already appropriated."',
        True,
        [],
        "Miriam Castellano",
    ),
    (
        "en",
        "The plaintiffs stand to lose about $2.3 billion in federal grants this year, according to court filings.",
        True,
        [("money", 2300000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The Justice Department filed a notice of appeal with the 9th U.S. Circuit Court of Appeals within hours.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "It is the third time since January that a federal court has halted the order.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Once again an activist judge is trying to run the country from the bench," a White House spokeswoman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "San Francisco's city attorney, Daniel Okafor-Reyes, said the city alone would lose $310 million.",
        True,
        [("money", 310000000, "USD", None)],
        "Daniel Okafor-Reyes",
    ),
    (
        "en",
        '"We will not let this city be bullied," Okafor-Reyes told supporters outside the courthouse.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Supreme Court last year curbed the power of lower-court judges to issue nationwide injunctions in a 6-3 ruling.",
        True,
        [("count", 6, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Castellano's order covers only the 14 plaintiffs, which together are home to about 11 million people.",
        True,
        [("count", 14, None, None), ("count", 11000000, None, "about")],
        None,
    ),
    # --- Kenias Finanzgesetz (APA/AFP) ---
    (
        "de",
        "Nairobi (APA/AFP) - In Kenia sind bei Protesten gegen geplante Steuererhöhungen nach Angaben von Menschenrechtlern mindestens 16 Menschen getötet worden.",
        True,
        [("count", 16, None, "at_least")],
        None,
    ),
    (
        "de",
        "Mehr als 400 Menschen wurden verletzt, teilte die Nationale Menschenrechtskommission am Mittwoch mit.",
        True,
        [("count", 400, None, "over")],
        "die Nationale Menschenrechtskommission",
    ),
    (
        "de",
        "Das umstrittene Finanzgesetz soll heuer zusätzliche Einnahmen von rund 310 Milliarden Kenia-Schilling bringen.",
        True,
        [("money", 310000000000, "KES", "about")],
        None,
    ),
    (
        "de",
        "Unter anderem soll die Mehrwertsteuer auf Brot und Speiseöl von null auf 16 Prozent steigen.",
        True,
        [("percent", 0, "%", None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir lassen uns nicht von Kriminellen erpressen, die sich als Demonstranten ausgeben“, sagte der Präsident in einer Fernsehansprache.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Junge Demonstrierende schwenkten kenianische Fahnen und skandierten „Wir sind die Generation, die nicht schweigt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzminister Joseph Kiprotich Mwangi sagte im Parlament, ohne die Einnahmen müsse die Regierung neue Kredite über 2,1 Milliarden Dollar aufnehmen.",
        True,
        [("money", 2100000000, "USD", None)],
        "Joseph Kiprotich Mwangi",
    ),
    (
        "de",
        "Kenias Staatsverschuldung von rund 11,4 Billionen Kenia-Schilling macht inzwischen gut zwei Drittel der Wirtschaftsleistung aus.",
        True,
        [("money", 11400000000000, "KES", "about"), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Die Polizei setzte in Nairobi zum zweiten Mal binnen einer Woche Tränengas und Wasserwerfer ein, mehr als 200 Menschen wurden festgenommen.",
        True,
        [("ordinal", 2, None, None), ("count", 200, None, "over")],
        None,
    ),
    (
        "de",
        "Bereits im Vorjahr waren bei ähnlichen Protesten nach Angaben von Amnesty International mehr als 50 Menschen ums Leben gekommen.",
        True,
        [("count", 50, None, "over")],
        None,
    ),
    # --- Brazil's budget (Reuters) ---
    (
        "en",
        "SAO PAULO, June 2 (Reuters) - Brazil's government raised its primary deficit forecast for this year to 40.4 billion reais ($7.2 billion), the Planning Ministry said on Tuesday.",
        True,
        [("date", "--06-02", None, None), ("money", 40400000000, "BRL", None), ("money", 7200000000, "USD", None)],
        "the Planning Ministry",
    ),
    (
        "en",
        "The figure remains within the tolerance band of the fiscal framework, which allows a deficit of up to 0.25% of gross domestic product.",
        True,
        [("percent", 0.25, "%", "up_to")],
        None,
    ),
    (
        "en",
        "To stay inside the rules, the government will freeze R$27.8 billion in discretionary spending, up from R$20.6 billion announced in May.",
        True,
        [("money", 27800000000, "BRL", None), ("money", 20600000000, "BRL", None)],
        None,
    ),
    (
        "en",
        "Finance Minister Rodrigo Tavares Lemos told reporters the government would not propose new taxes this year.",
        True,
        [],
        "Rodrigo Tavares Lemos",
    ),
    (
        "en",
        "Gross public debt rose to 76.2% of GDP in April, the highest level since 2021, central bank data showed.",
        True,
        [("percent", 76.2, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        '"Brazil will never again be governed for the bankers of Faria Lima," the president told a crowd of metalworkers.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The real has gained about 9% against the dollar this year and traded at 5.58 per dollar on Tuesday.",
        True,
        [("percent", 9, "%", "about"), ("money", 5.58, "BRL", None)],
        None,
    ),
    (
        "en",
        "Brazil's economy grew 1.1% in the first quarter from the previous three months, driven by a record soybean harvest, statistics agency IBGE said last week.",
        True,
        [("percent", 1.1, "%", None), ("ordinal", 1, None, None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        "The national supply agency, Conab, forecast the 2025/26 soybean crop at 171.5 million tonnes.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("count", 171500000, None, None)],
        None,
    ),
    (
        "en",
        "Investors remain sceptical that the government can meet its fiscal targets before the 2026 election.",
        False,
        [("year", 2026, None, None)],
        None,
    ),
    # --- RBI cuts rates (Reuters) ---
    (
        "en",
        "MUMBAI, June 4 (Reuters) - India's central bank lowered its key repo rate by 35 basis points to 5.65% on Thursday, more than economists had expected, and cut the cash reserve ratio by 50 basis points to 3.5%.",
        True,
        [
            ("date", "--06-04", None, None),
            ("percent", 35, "bp", None),
            ("percent", 5.65, "%", None),
            ("percent", 50, "bp", None),
            ("percent", 3.5, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Five of the six monetary policy committee members backed the cut, Governor Arvind Raghunathan told a news conference.",
        True,
        [("count", 5, None, None), ("count", 6, None, None)],
        "Arvind Raghunathan",
    ),
    (
        "en",
        "The central bank estimated that the lower reserve ratio would release about Rs 1.3 lakh crore of liquidity into the banking system.",
        True,
        [("money", 1300000000000, "INR", "about")],
        None,
    ),
    (
        "en",
        "The RBI lowered its inflation forecast for the fiscal year ending March 2027 to 3.4% from 3.9%.",
        True,
        [("year", 2027, None, None), ("percent", 3.4, "%", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "Retail inflation eased to 2.94% in April, the lowest since January 2019.",
        True,
        [("percent", 2.94, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The rupee rose 0.3% to 85.42 per dollar, while the blue-chip Nifty 50 index gained 1.1%.",
        True,
        [("percent", 0.3, "%", None), ("money", 85.42, "INR", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        '"India is the bright spot of the world economy, and this government intends to keep it that way," the finance minister told reporters in New Delhi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Monthly payments on a Rs 50 lakh home loan over 20 years will fall by about Rs 1,100, according to estimates by mortgage lender Harbourline Housing Finance.",
        True,
        [("money", 5000000, "INR", None), ("duration", 20, "year", None), ("money", 1100, "INR", "about")],
        None,
    ),
    ("en", "Whether the central bank has room to cut again this year was not immediately clear.", False, [], None),
    ("en", 'The RBI kept its policy stance at "neutral."', True, [], None),
    # --- China's May trade (Reuters) ---
    (
        "en",
        "BEIJING, June 9 (Reuters) - China's exports grew 5.3% in May from a year earlier, slowing from April, while imports shrank 2.1%, customs data showed on Tuesday.",
        True,
        [("date", "--06-09", None, None), ("percent", 5.3, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "en",
        "Shipments to the United States plunged 31% year on year, the steepest fall since February 2020.",
        True,
        [("percent", 31, "%", None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "China imported 12.6 million tonnes of soybeans in May, a record for the month, with about 70% of the cargoes coming from Brazil.",
        True,
        [("count", 12600000, None, None), ("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "Exports to Africa jumped 27% to $18.9 billion, the General Administration of Customs said.",
        True,
        [("percent", 27, "%", None), ("money", 18900000000, "USD", None)],
        "the General Administration of Customs",
    ),
    (
        "en",
        "The trade surplus widened to $99.8 billion from $92.6 billion in April.",
        True,
        [("money", 99800000000, "USD", None), ("money", 92600000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"China\'s door to the world will only open wider," a commerce ministry spokesman told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rare earth exports fell 12% by volume to 4,870 tonnes, the lowest since January 2024.",
        True,
        [("percent", 12, "%", None), ("count", 4870, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "In yuan terms, exports rose 6.1% to 2.28 trillion yuan.",
        True,
        [("percent", 6.1, "%", None), ("money", 2280000000000, "CNY", None)],
        None,
    ),
    (
        "en",
        'Analysts at Kestrel Securities said the figures showed Chinese exporters were "rerouting, not retreating."',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. and Chinese negotiators are due to meet in Geneva next week for a third round of talks.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Brasiliens Oberstes Gericht (Keystone-SDA) ---
    (
        "de",
        "Brasília (Keystone-SDA) - Brasiliens Oberstes Gericht hat den früheren Gouverneur des Bundesstaats Pará, Márcio Albuquerque Neto, wegen Korruption zu zwölf Jahren und acht Monaten Haft verurteilt.",
        True,
        [("duration", 12, "year", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "Die fünf Richter der Ersten Kammer stimmten einstimmig für eine Verurteilung.",
        True,
        [("count", 5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Albuquerque Neto soll zwischen 2015 und 2018 von Baufirmen Schmiergelder in Höhe von 41 Millionen Reais angenommen haben.",
        True,
        [("year", 2015, None, None), ("year", 2018, None, None), ("money", 41000000, "BRL", None)],
        None,
    ),
    ("de", "Umgerechnet sind das rund 6,2 Millionen Franken.", True, [("money", 6200000, "CHF", "about")], None),
    ("de", "Der 67-Jährige bestreitet die Vorwürfe.", True, [("duration", 67, "year", None)], None),
    (
        "de",
        "Sein Anwalt Fernando Siqueira sagte, man werde beim Plenum des Gerichts Einspruch einlegen.",
        True,
        [],
        "Fernando Siqueira",
    ),
    (
        "de",
        "«Dies ist ein politischer Prozess, und die Geschichte wird mich freisprechen», sagte Albuquerque Neto nach der Urteilsverkündung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Neben der Haftstrafe muss er eine Geldbusse von 2,3 Millionen Reais zahlen und darf acht Jahre lang kein öffentliches Amt bekleiden.",
        True,
        [("money", 2300000, "BRL", None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Er ist der dritte frühere Gouverneur, den das Gericht seit 2020 verurteilt hat.",
        True,
        [("ordinal", 3, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Anhänger des Politikers hielten vor dem Gerichtsgebäude Plakate mit der Aufschrift «Justiz ja, Verfolgung nein» hoch.",
        False,
        [],
        None,
    ),
    # --- Kenya's budget (Reuters) ---
    (
        "en",
        "NAIROBI, June 11 (Reuters) - Kenya's finance minister presented spending plans of 4.38 trillion Kenyan shillings ($33.9 billion) for the fiscal year starting July 1, shelving most of the tax increases that triggered last month's protests.",
        True,
        [
            ("date", "--06-11", None, None),
            ("money", 4380000000000, "KES", None),
            ("money", 33900000000, "USD", None),
            ("date", "--07-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "The budget deficit is projected to narrow to 4.3% of gross domestic product from 5.1% in the current year, Finance Minister Joseph Kiprotich Mwangi told parliament.",
        True,
        [("percent", 4.3, "%", None), ("percent", 5.1, "%", None)],
        "Joseph Kiprotich Mwangi",
    ),
    (
        "en",
        "Debt service costs are budgeted at KSh1.2 trillion, roughly two-fifths of expected revenue, he said.",
        True,
        [("money", 1200000000000, "KES", None), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "The Kenya Revenue Authority collected Sh2.57 trillion in the 10 months to April, about 94% of its target, official data showed.",
        True,
        [("money", 2570000000000, "KES", None), ("duration", 10, "month", None), ("percent", 94, "%", "about")],
        None,
    ),
    (
        "en",
        "The Kenyan shilling has held steady at around 131 per dollar since late 2024.",
        True,
        [("money", 131, "KES", "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"We have listened to the young people of this country," Mwangi told lawmakers as opposition members heckled.',
        False,
        [],
        None,
    ),
    ("en", 'Opposition lawmakers held up placards reading "Tax the rich, not bread."', False, [], None),
    (
        "en",
        "The International Monetary Fund has said Kenya's public debt is at high risk of distress.",
        True,
        [],
        "the International Monetary Fund",
    ),
    (
        "en",
        "Kenya plans to buy back $900 million of a Eurobond due in 2028, according to a notice to investors.",
        True,
        [("money", 900000000, "USD", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Analysts said investors would watch closely whether the government could stick to its spending plans.",
        False,
        [],
        None,
    ),
    # --- Chinas Konjunktur im Mai (dpa) ---
    (
        "de",
        "Peking (dpa) - Chinas Industrieproduktion ist im Mai um 5,6 Prozent gestiegen und damit etwas langsamer als im April mit 6,0 Prozent.",
        True,
        [("percent", 5.6, "%", None), ("percent", 6.0, "%", None)],
        None,
    ),
    (
        "de",
        "Die Einzelhandelsumsätze legten dagegen um 5,9 Prozent zu, so stark wie seit Oktober 2023 nicht mehr, wie das Nationale Statistikamt in Peking am Montag mitteilte.",
        True,
        [("percent", 5.9, "%", None), ("year", 2023, None, None)],
        "das Nationale Statistikamt",
    ),
    (
        "de",
        "Getragen wurde das Plus von Zuschüssen für den Kauf von Haushaltsgeräten, die Peking in diesem Jahr bereits zweimal aufgestockt hat, auf zuletzt 260 Milliarden Yuan.",
        True,
        [("count", 2, None, None), ("money", 260000000000, "CNY", None)],
        None,
    ),
    (
        "de",
        "Die Umsätze mit Haushaltsgeräten seien um 47 Prozent in die Höhe geschnellt, so Statistikamtssprecher Guo Wenxiu.",
        True,
        [("percent", 47, "%", None)],
        "Guo Wenxiu",
    ),
    (
        "de",
        "Die Investitionen in Immobilien sanken in den ersten fünf Monaten um 10,2 Prozent.",
        True,
        [("ordinal", 1, None, None), ("duration", 5, "month", None), ("percent", 10.2, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer kann ein Volk von 1,4 Milliarden Menschen aufhalten?“, fragte die Parteizeitung „Volkszeitung“ in einem Kommentar.",
        False,
        [("count", 1400000000, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote in den Städten lag unverändert bei 5,1 Prozent, unter jungen Menschen war jedoch jeder sechste ohne Job.",
        True,
        [("percent", 5.1, "%", None), ("fraction", 0.1667, None, None)],
        None,
    ),
    ("de", "Guo sagte zudem, die Wirtschaft habe „Widerstandskraft und Vitalität“ bewiesen.", False, [], None),
    ("de", "Ökonomen rechnen damit, dass Peking im Herbst weitere Konjunkturhilfen beschließt.", False, [], None),
    (
        "de",
        "Für das Gesamtjahr hat die Regierung ein Wachstumsziel von „rund 4,5 Prozent“ ausgegeben.",
        True,
        [("percent", 4.5, "%", "about")],
        None,
    ),
    # --- Indiens Mindestpreise und der Monsun (Reuters) ---
    (
        "de",
        "Neu-Delhi (Reuters) - Die indische Regierung hat den staatlichen Mindestpreis für Reis um 4 Prozent auf 2.410 Rupien je Doppelzentner angehoben.",
        True,
        [("percent", 4, "%", None), ("money", 2410, "INR", None)],
        None,
    ),
    (
        "de",
        "Die Kosten für den Staat beziffert das Landwirtschaftsministerium auf rund 2,1 Billionen Rupien im Jahr.",
        True,
        [("money", 2100000000000, "INR", "about")],
        None,
    ),
    (
        "de",
        "Kostenloses Getreide erhalten in Indien derzeit rund 796 Millionen Menschen, fast 57 Prozent der Bevölkerung.",
        True,
        [("count", 796000000, None, "about"), ("percent", 57, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Monsun erreichte den Bundesstaat Kerala nach Angaben des Wetterdienstes sechs Tage früher als üblich.",
        True,
        [("duration", 6, "day", None)],
        "der Wetterdienst",
    ),
    (
        "de",
        "Für die gesamte Saison sagt der Wetterdienst 103 Prozent des langjährigen Mittels voraus.",
        True,
        [("percent", 103, "%", None)],
        None,
    ),
    (
        "de",
        "Rund die Hälfte der indischen Ackerfläche wird nicht künstlich bewässert, ein Zwölf-Punkte-Programm der Regierung soll das bis 2030 ändern.",
        True,
        [("fraction", 0.5, None, "about"), ("count", 12, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "„Unsere Bauern sind die Seele Indiens, und diese Regierung wird sie niemals im Stich lassen“, sagte Landwirtschaftsminister Devendra Rawat.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bauernverbände nannten die Erhöhung „ein Almosen, das nicht einmal die Dieselkosten deckt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Lebensmittelinflation sank im Mai auf 1,2 Prozent, den niedrigsten Wert seit November 2021.",
        True,
        [("percent", 1.2, "%", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Indiens Exporte von Basmati-Reis stiegen im abgelaufenen Fiskaljahr um 8 Prozent auf 5,9 Millionen Tonnen.",
        True,
        [("percent", 8, "%", None), ("count", 5900000, None, None)],
        None,
    ),
    # --- A congressman convicted (AP) ---
    (
        "en",
        "WASHINGTON (AP) — A federal jury on Friday convicted former Rep. Clayton Merriweather of accepting more than $480,000 in bribes from a Nigerian businessman in exchange for help obtaining U.S. visas and contracts.",
        True,
        [("money", 480000, "USD", "over")],
        None,
    ),
    (
        "en",
        "Jurors deliberated for about 13 hours over three days before finding the Ohio Republican guilty on nine of the 12 counts he faced.",
        True,
        [
            ("duration", 13, "hour", "about"),
            ("duration", 3, "day", None),
            ("count", 9, None, None),
            ("count", 12, None, None),
        ],
        None,
    ),
    ("en", "He was acquitted on three counts of wire fraud.", True, [("count", 3, None, None)], None),
    (
        "en",
        "Merriweather, 61, is due to be sentenced on Sept. 18 and could spend up to 20 years behind bars for the bribery conspiracy alone.",
        True,
        [("duration", 61, "year", None), ("date", "--09-18", None, None), ("duration", 20, "year", "up_to")],
        None,
    ),
    ("en", "His attorney, Lucinda Farraday, said he would appeal.", True, [], "Lucinda Farraday"),
    (
        "en",
        '"I am at peace, and I trust that God and the appeals court will set this right," Merriweather told reporters outside the courthouse.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prosecutors said the businessman, Chukwuemeka Adebayo-Ross, paid for luxury trips, a car and $96,000 in tuition for the congressman's son.",
        True,
        [("money", 96000, "USD", None)],
        None,
    ),
    (
        "en",
        "Adebayo-Ross pleaded guilty in February and testified against Merriweather over four days in exchange for a lighter sentence.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        'Outside the courthouse, a handful of supporters held signs reading "Free Clay" and "Witch hunt."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Merriweather resigned from Congress in March, three months after he was indicted.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    # --- US-Senat billigt das Paket (APA/dpa) ---
    (
        "de",
        "Washington (APA/dpa) - Der US-Senat hat das umstrittene Haushalts- und Steuerpaket mit 50 zu 49 Stimmen verabschiedet.",
        True,
        [("count", 50, None, None), ("count", 49, None, None)],
        None,
    ),
    (
        "de",
        "Drei republikanische Senatoren stimmten gemeinsam mit allen Demokraten gegen die Vorlage.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Haushaltsbüros des Kongresses erhöht das Gesetz die Staatsverschuldung in den kommenden zehn Jahren um rund 2,9 Billionen Dollar.",
        True,
        [("duration", 10, "year", None), ("money", 2900000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Die Schuldenobergrenze wird um vier Billionen Dollar angehoben.",
        True,
        [("money", 4000000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Zuvor hatten die Senatoren in einer gut neunzehnstündigen Marathonsitzung über Änderungsanträge abgestimmt.",
        True,
        [("duration", 19, "hour", "over")],
        None,
    ),
    (
        "de",
        "Senatorin Patricia Delgado-Hughes aus Oregon sagte, das Paket nehme rund elf Millionen Menschen die Krankenversicherung.",
        True,
        [("count", 11000000, None, "about")],
        "Patricia Delgado-Hughes",
    ),
    (
        "de",
        "„Das ist der größte Diebstahl an der arbeitenden Bevölkerung in der Geschichte dieses Landes“, sagte Delgado-Hughes.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Präsident sprach auf seiner Plattform Truth Social von einem „historischen Sieg für Amerika“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Repräsentantenhaus muss der Senatsfassung noch zustimmen, die Abstimmung ist für Mittwoch angesetzt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Republikaner verfügen dort über eine knappe Mehrheit von 220 zu 212 Sitzen, drei Sitze sind seit Jänner unbesetzt.",
        True,
        [("count", 220, None, None), ("count", 212, None, None), ("count", 3, None, None)],
        None,
    ),
    # --- Chip-Schmuggel vor Gericht in New York (dpa) ---
    (
        "de",
        "New York (dpa) - Ein Geschworenengericht in Manhattan hat einen chinesischen Geschäftsmann schuldig gesprochen, Hochleistungschips im Wert von mehr als 160 Millionen Dollar illegal nach China ausgeführt zu haben.",
        True,
        [("money", 160000000, "USD", "over")],
        None,
    ),
    (
        "de",
        "Der 44-jährige Zhou Minghao habe die Chips über Scheinfirmen in Singapur und Malaysia verschoben, teilte die Staatsanwaltschaft mit.",
        True,
        [("duration", 44, "year", None)],
        "die Staatsanwaltschaft",
    ),
    (
        "de",
        "Nach knapp sechsstündiger Beratung sprachen die Geschworenen ihn in allen vier Anklagepunkten schuldig.",
        True,
        [("duration", 6, "hour", "nearly"), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ihm drohen bis zu 20 Jahre Haft, das Strafmaß soll am 14. Oktober verkündet werden.",
        True,
        [("duration", 20, "year", "up_to"), ("date", "--10-14", None, None)],
        None,
    ),
    (
        "de",
        "Es ist bereits der dritte Prozess dieser Art in New York seit 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Laut Anklage gelangten auf diesem Weg rund 2.400 Chips nach Shenzhen.",
        True,
        [("count", 2400, None, "about")],
        None,
    ),
    (
        "de",
        "Die chinesische Botschaft in Washington sprach von einer „politisch motivierten Hexenjagd auf chinesische Bürger“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir werden jeden verfolgen, der amerikanische Spitzentechnologie an unsere Gegner verkauft“, sagte Staatsanwalt Jonathan Reese vor Journalisten.",
        False,
        [],
        None,
    ),
    ("de", "Zhous Verteidiger Marcus Feldman meldete noch im Gerichtssaal Berufung an.", True, [], None),
    (
        "de",
        "Die US-Regierung hatte die Ausfuhr solcher Chips nach China im Oktober 2022 weitgehend verboten.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- The Amazon (AFP) ---
    (
        "en",
        "BELEM (AFP) - Deforestation in Brazil's Amazon fell 18% in the 12 months to May, reaching its lowest level in 11 years, according to preliminary satellite data.",
        True,
        [("percent", 18, "%", None), ("duration", 12, "month", None), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "About 4,100 square kilometers (1,580 square miles) of rainforest were cleared in that period, the National Institute for Space Research said.",
        True,
        [("count", 4100, None, "about"), ("count", 1580, None, None)],
        "the National Institute for Space Research",
    ),
    (
        "en",
        "Brazil's government has promised to eliminate illegal clearing of the forest by 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Environment Minister Clara Vasconcelos Moura said enforcement operations had led to fines worth 2.8 billion reais since January.",
        True,
        [("money", 2800000000, "BRL", None)],
        "Clara Vasconcelos Moura",
    ),
    (
        "en",
        '"The Amazon is not for sale, and those who destroy it will pay," the president said at an event in Belem.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fires, however, burned 2.9 million hectares of the Amazon last year, nearly double the area of the year before, according to the monitoring network MapBiomas.",
        True,
        [("count", 2900000, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Environmental groups warned that a bill easing licensing rules for mining and farming projects could undo the gains.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Senate approved the licensing bill last month by 49 votes to 17.",
        True,
        [("count", 49, None, None), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Land use change, mostly deforestation, accounts for about 40% of Brazil's greenhouse gas emissions, according to estimates by the Climate Observatory network.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        '"We used to hear chainsaws every night; now it is quiet," said Raimundo Ferreira, 52, who farms cassava near Novo Progresso.',
        False,
        [("duration", 52, "year", None)],
        None,
    ),
]
