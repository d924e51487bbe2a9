"""Hundred-and-eighty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, drugs and figures are made
up (Henrike Vossbeck, Sonja Pflügl, Valdorin and its drug Nerolix, Lorenz Aebischer, Dörte
Kranich, Imogen Farrant, Jens-Uwe Hardegen, Halbrook Biologics, Marrowind Pharmaceuticals
and its drug Trelvia, Dana Whitacre, Rhenwald and its drug Keltaro, Anneliese Brockhoff, Till
Osterkamp, Bayou Bend Community Hospital, Loretta Pickens, Margit Oberländer, Naledi
Okwuosa, the Spitalgruppe Jura Süd, Corinne Liechti, Martha Quillen, Harwick Pharma, Quennell
Bio, Priyanka Dallow, Wolfgang Strasser, Kesari Biotech, Gloria Benavides, Katrin Ahlgrimm,
Vireon, Nordholm Pharma, Henrik Maagaard, Brantley Capital, Edgar Hollaus, Bernd Quadflieg,
Abel Kiprotich); association heads, spokespeople and union officials of real bodies are
invented and stand for no real holder, and ministers and other office holders appear only by
office or role ("die Bundesgesundheitsministerin", "die Gesundheitsministerin", "die
Ministerin", "die zuständige Bundesrätin", "die Präsidentin des Instituts", "ein Sprecher des
Gesundheitsministeriums", "ein Sprecher der Arbeitgeber", "the Health Secretary", "Gavi's
chief executive", "Scottish Labour's health spokeswoman", "a CMS official", "a Commission
spokeswoman", "the college's chair"). Real bodies, places, laws and things ("Bundesinstitut
für Arzneimittel und Medizinprodukte", "BfArM", "Apothekerverband Nordrhein", "Arbeiterkammer",
"AK", "Österreichische Gesundheitskasse", "ÖGK", "Ärztekammer", "Marburger Bund",
"Nordrhein-Westfalen", "Bundesamt für Gesundheit", "BAG", "Santésuisse", "Interpharma",
"Deutsche Krankenhausgesellschaft", "DKG", "GKV-Spitzenverband", "OECD", "Ministerrat",
"Gesundheitshotline 1450", "FPÖ", "Bundesvereinigung Deutscher Apothekerverbände", "ABDA",
"Moutier", "Biel", "Regierungsrat", "Bundesrat", "Bundesamt für Sicherheit im
Gesundheitswesen", "BASG", "Apothekerkammer", "Pharmig", "Tessin", "Zug", "SP", "Schätzerkreis",
"Bundesamt für Soziale Sicherung", "Paul-Ehrlich-Institut", "Langen", "Bund der
Steuerzahler", "Wiener Gesundheitsverbund", "Wissenschaftliches Institut der AOK", "WIdO",
"Verband forschender Arzneimittelhersteller", "vfa"; "NHS England", "The King's Fund",
"British Medical Association", "Department of Health", "Centers for Medicare & Medicaid
Services", "CMS", "Inflation Reduction Act", "European Commission", "HERA", "European
Parliament", "LSEG", "Mississippi Delta", "Medicaid", "Chartis Center for Rural Health", "Royal
College of General Practitioners", "Kent", "American Society of Health-System Pharmacists",
"FDA", "Gavi", "Nigeria", "Democratic Republic of Congo", "World Health Organization", "Social
Security", "Congress", "Tucson", "Public Health Scotland", "Scottish Government", "Royal
College of Emergency Medicine", "Association of the British Pharmaceutical Industry",
"Kenyatta National Hospital", "The Associated Press") stand for the way wire copy names them;
every shortage, closure, wait, contribution, premium, price, result, order, strike, reform
figure and quote here is invented, and where a real figure came to mind (a real waiting-list
pledge, a real pharmacy count or fee, a real premium, rebate rate or malaria toll) it was
changed.

Its weight: HEALTH SYSTEM AND PHARMA BUSINESS over one year in story order (January to
December 2026), 32 stories with the German and English desks alternating, each told as wire
copy runs it (a dateline lead with the shortage, the closure, the wait, the rate or the
result, the figures, attributed claims, the other side, quotes, the reaction). Half German
(dpa with its regional slug "dpa/lnw", APA, Keystone-SDA, Reuters German; Austrian
"Ordinationen", "Spitalsambulanzen", "Kassenstellen", "Kurienobmann", "aufrecht", Swiss
"liessen", "schliesst", "Schliessung", "innert", "hiess", "grössten", "1'040", "11'000", «»
quotes, German „“ quotes): antibiotic syrups missing in Germany, waits for specialists in
Austria, a warning strike of university-hospital doctors, Swiss drug price cuts, hospital
insolvencies, Austria's primary-care reform, a drugmaker's quarter in Mainz, pharmacies
closing, a maternity ward closing in the Jura, the hospital reform amended, Austria's register
of supply restrictions, Swiss premiums for 2027, Germany's additional contribution for 2027,
flu and Covid vaccine orders, a warning strike of Vienna's hospital doctors and Germany's drug
bill. Half English (Reuters, AP, PA): England's waiting list, a Swiss drugmaker's full year,
resident doctors' strike in England, Medicare's negotiated prices, a pandemic flu vaccine
reservation by the EU, an obesity drugmaker's quarter, a rural hospital closing in
Mississippi, GP appointments, U.S. drug shortages, a British drugmaker's half year, Gavi's
malaria vaccine order, Medicare's Part B premium, Scotland's emergency departments, a Danish
drugmaker's guidance cut, Britain's drug pricing deal and a doctors' strike in Kenya. Figures
as such copy has them: shortages and stocks ("512 Arzneimittel", "614 Arzneimittel", "287",
"14 critical drugs"), waits in days, weeks and months ("im Schnitt 41 Tage", "bis zu drei
Monate", "knapp sieben Wochen", "13.6 weeks", "the 18-week target", "28 days or longer", "up
to six weeks", "im Schnitt 19 Wochen", "more than eight hours"), closures, insolvencies and
counts of sites and staff, contributions and premiums ("3,3 Prozent", "0,6 Prozentpunkte",
"412,70 Franken", "$218.40"), drug prices and fees ("8,12 Euro je Packung", "$3.90 per dose",
"40,000 pounds per quality-adjusted life year"), earnings in francs, euros, dollars, pounds,
pence and Danish crowns (a converted figure in brackets), guidance ranges, dividends and share
moves, vaccine doses and contracts, strike days, pay demands and offers, ballots, reform
figures and deadlines, shares in words ("Nur jede dritte Kassenpraxis", "rund ein Fünftel",
"fast ein Drittel mehr", "Nearly one in five", "about three-quarters", "roughly half"),
multiples ("fast doppelt so viel", "more than double"), ordinals of quarters, rounds, strikes
and increases, ages, years, dates with and without a year and hedges. Negatives as such copy
has them: quoted rhetoric of association heads, union leaders, ministers and chief
executives, labels by lobbies, parties and a taxpayers' league, warnings and forecasts without
a figure, blame, appeals and advice, open questions, analysts'
and vox pops - four of them carrying figures, labelled.

242 rows (121 German, 121 English), 55 negatives (28 German, 27 English), 187 check-worthy
rows of which 16 carry no figure (12 German, 4 English), 344 expected quantities (95 counts,
66 amounts of money - 21 USD, 20 EUR, 12 GBP, 9 CHF, 3 DKK, 1 KES -, 64 percentages - 62 in
%, 2 in percentage points -, 46 durations - 13 in years, 11 in weeks, 8 in months, 7 in
days, 6 in hours, 1 in minutes -, 30 years, 19 ordinals, 14 dates, 10 fractions; 4 of them
in four negatives, as the seventeenth batch labels a figure in a negative), 38 checked
speakers (21 German, 17 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, label, warning, appeal or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-forty-eighth, hundred-fifty-fifth); a reported fact or figure is check-worthy with
  its speaker. The pairs from one speaker: Vossbeck's three or four pharmacies beside „Es ist
  beschämend, ...“; Pflügl's share beside „Wer nicht privat zahlen kann, ...“; Hardegen's 17
  sites beside „Wir erleben einen kalten Strukturwandel, ...“; Oberländer's fee beside „Jede
  geschlossene Apotheke ...“; Liechti's 40 minutes beside «Eine Geburt lässt sich nicht
  planen ...»; Strasser's 90 Prozent beside „... spüren davon zum Glück wenig“; Hollaus's
  3.600 doctors beside „Wir streiken nicht gegen die Patienten, ...“; Quadflieg's
  prescriptions beside „Wir zahlen Mondpreise ...“. Konjunktiv I paraphrases of a fact, a
  figure or a stated cause are check-worthy with the speaker their own attribution gives
  ("Eltern müssten teils drei oder vier Apotheken abklappern, ..., sagte Verbandssprecherin
  Henrike Vossbeck vom Apothekerverband Nordrhein." -> "Henrike Vossbeck", the affiliation
  after the name dropped as in the hundred-fiftieth; "Weitere 17 Standorte seien ..., sagte
  DKG-Vorstandschef Jens-Uwe Hardegen." -> "Jens-Uwe Hardegen"; hundred-fortieth,
  hundred-fifty-fifth), with the speaker unchecked after a role or a pronoun ("sagte die
  Gesundheitsministerin nach dem Ministerrat", "sagte die Ministerin in Berlin", "sagte ein
  Sprecher des Gesundheitsministeriums", "Nach seinen Angaben"; thirty-seventh,
  hundred-seventy-sixth) and when the attribution stands only in a neighbour ("Das Defizit der
  Häuser summiere sich ... auf voraussichtlich 9,4 Milliarden Euro."; ninety-third,
  hundred-fifty-ninth). A stated cause is check-worthy ("Grund seien vor allem höhere Kosten
  ..., hiess es beim BAG.", "The agency attributed the increase mainly to ...", "Hospital
  officials blamed cuts to Medicaid, which covers nearly half ..."; hundred-fiftieth: "Grund
  sei das hohe Milchangebot ..."), while a view of who is to blame without a checkable fact is
  a negative ("Die Ärztekammer sieht die Verantwortung bei der Kasse: Deren Honorare seien seit
  Jahren zu niedrig.", "Der GKV-Spitzenverband hielt dagegen, es gebe ... schlicht zu viele
  Betten ..."; eighty-fourth: blame).
- Check-worthy without a figure (16 rows; ninety-third, hundred-fourteenth to
  hundred-seventy-sixth): leads that report a shortage, a strike or a closure ("... fehlen zu
  Jahresbeginn erneut Antibiotika-Säfte für Kinder, wie das Bundesinstitut für Arzneimittel
  und Medizinprodukte (BfArM) am Dienstag mitteilte.", "... mit einem ganztägigen Warnstreik
  ihre Arbeit niedergelegt." - "ganztägigen" none, twelfth and hundredth -, "Die
  Spitalgruppe Jura Süd schliesst per Ende September ...", "Doctors at public hospitals across
  Kenya went on strike Monday ..., leaving thousands of patients without care." - "thousands"
  a vague magnitude, seventeenth), the source lines of reports ("Das geht aus einer Auswertung
  der Deutschen Krankenhausgesellschaft (DKG) hervor, ...", "... aus dem
  Vertriebseinschränkungsregister des Bundesamts für Sicherheit im Gesundheitswesen (BASG)
  hervor.", "... aus dem Arzneimittel-Kompass des Wissenschaftlichen Instituts der AOK (WIdO)
  hervor, ..."; hundred-fifty-fifth: "wie aus dem Resistenzbericht der AGES hervorgeht"), a
  row that is nothing but the attribution of its neighbour ("Das hat der Schätzerkreis beim
  Bundesamt für Soziale Sicherung am Mittwoch errechnet."; hundred-thirty-second,
  hundred-seventy-sixth - its speaker unchecked, "errechnet" an estimating verb as
  "rechnet das RKI", hundred-fifty-fifth), emergency care kept up during a strike ("... die
  Notfallversorgung war nach Angaben der Kliniken gesichert." - a plural source unchecked,
  forty-first -, "Die Notfallversorgung bleibt während des Streiks aufrecht."), a plan of a
  cantonal government ("Der Regierungsrat will im Herbst ... entscheiden."; hundred-fiftieth:
  a step announced), a chamber's demand ("Die Apothekerkammer fordert, ..."; hundred-fifty-fifth:
  "Die Deutsche Krebshilfe forderte ..."), lawmakers' proposal, the agency's stated cause and
  "the worst weekly performance since January" (a ranking a reader can check in the series,
  hundred-fifty-fifth: "the second-highest figure on record" with its ordinal).
- Earnings, guidance and consensus figures (hundred-thirty-ninth, hundred-fiftieth): quarters
  are ordinals ("fourth-quarter sales" 4, "first-quarter sales" 1, "im ersten Quartal" 1,
  "second-quarter profit" 2, "Third-quarter operating profit" 3, "Im ersten Halbjahr" 1;
  fifteenth: "third-quarter"), "its 30th consecutive increase" 30 (hundred-fiftieth: "a 29th
  consecutive month"), "its second downgrade in three months" 2 with 3 months; guidance and
  ranges keep both ends ("by 6% to 8% in 2026", "$61 billion to $63 billion, up from a previous
  range of $58 billion to $60 billion", "6% to 9% ... 8% to 11%", "zwischen 23 und 24,5
  Milliarden Euro" - the unit written once, seventy-sixth; "zwischen", "to" no hedge); the
  consensus is check-worthy ("beating the average analyst estimate of 5.1 billion francs",
  "above analysts' average estimate of $14.2 billion, according to LSEG data", "Analysten
  hatten laut einer Reuters-Umfrage im Mittel 5,64 Milliarden Euro erwartet." - "im Mittel"
  no hedge, hundred-fifty-fifth -, "the 44.1 pence analysts had expected", "the 19.6 billion
  crowns expected by analysts"); pence are hundredths of the pound ("46.8 pence" 0.468 GBP,
  "44.1 pence" 0.441 GBP; hundred-twenty-sixth: "1,246 pence" 12.46 GBP); "per share", "a
  share", "per dose", "je Packung", "pro Behandlung", "pro Patient und Jahr", "per
  quality-adjusted life year" carry none (hundred-forty-seventh, hundred-fiftieth); the
  converted figure in brackets is money in its own currency with no hedge ("18.3 billion
  Danish crowns ($2.8 billion)"; eightieth); "more than doubled" and "fast verdreifachen"
  carry none (verbs, hundred-nineteenth, hundred-forty-eighth). "Valdorin expects", "The
  company now expects", "Nordholm now expects" leave the speaker unchecked (estimating verbs,
  hundred-tenth). New: "Den Ausblick bestätigte Rhenwald: ..." leaves the speaker unchecked -
  "bestätigte" is a verb no earlier batch settled as one of saying, as "gab ... bekannt" and
  "ergänzte" were left open by the hundred-seventy-sixth.
- Waits, spans and ages are durations (the issue: "zehn Minuten", "a two-week visit"; every
  batch): "im Schnitt 41 Tage" and "im Schnitt 19 Wochen" and "durchschnittlich 23 Tagen" with
  no hedge ("im Schnitt", "durchschnittlich"; hundred-fifty-fifth), "binnen vier Tagen",
  "binnen 14 Tagen", "innert drei Wochen" ("binnen", "innert" no hedge; ninety-ninth: "innert 60
  Tagen"), "bis zu drei Monate", "bis zu acht Monate", "bis zu 40 Minuten", "up to six
  weeks", "for up to five months" "up_to", "knapp sieben Wochen" "nearly", "the 18-week
  target" and "a five-day" span read as written (the issue's "a two-week visit"; here "for
  five days"), "13.6 weeks ... 14.1 weeks", "within 18 weeks", "inside 18 weeks", "within four
  hours", "inside four hours", "more than two weeks", "more than eight hours", "more than 12
  hours", "longer than two years" "over" (hundred-fifty-fifth: "more than 12 hours"), "einem
  zweistündigen Warnstreik" 2 hours, "bei einer Laufzeit von zwölf Monaten" and "mit einer
  Laufzeit von 24 Monaten", "mindestens vier Monate" "at_least", "The four-year deal" 4
  years, "within 12 weeks", "over the coming three years", "in den kommenden fünf Jahren",
  "over five years", "zwei Jahre mehr Zeit", "over the past two years", "in the past six
  months", "a level last seen almost three years ago" 3 years "nearly", "12 hours a day" ("a
  day" none), "within seven days"; ages ("children under five" 5 years "under" -
  hundred-fifty-fifth -, "bei den über 60-Jährigen" 60 years "over" - forty-first: "über
  65-Jährigen" -, and in negatives "Loretta Pickens, 67," and "Gloria Benavides, 74,"
  labelled, sixty-third and hundred-fiftieth: vox pops' ages), and "two years ago" labelled in
  a negative (hundred-fifty-fifth: "Vor zehn Jahren"). New: "waited 28 days or longer" is 28
  days "at_least" - "or longer" after a span reads as "or more" after a figure
  (hundred-eighteenth, hundred-fifty-fifth: "30 or more", "for 10 years or more"). None: "a
  year earlier", "a month earlier", "ein Jahr zuvor", "vor einem Jahr", "im Vorjahr", "over a
  year" (an article, hundred-fifty-second), "this year", "last year", "next year", "im
  kommenden Jahr", "in diesem Jahr", "im vergangenen Jahr", "in der vergangenen Saison",
  "jährlich", "pro Jahr", "im Monat", "pro Monat", "monthly", "annual", "weekly", "seit
  Jahren", "monatelang", "zu Jahresbeginn", "bis Jahresende", "per Ende September", "Ende
  März", "at the end of June", "im Herbst", "over the winter", "last summer", "before the next
  election", "this year's volume", weekdays, months and clock times ("by 0930 GMT", "at 0805
  GMT"; hundred-fiftieth).
- Contributions, premiums and shares of money (hundred-forty-eighth, hundred-fifty-fifth): rates are percentages as written ("3,3 Prozent", "2,7 Prozent",
  "durchschnittlich um 4,8 Prozent" with no hedge, "7,1 Prozent ... 2,3 Prozent", "um gut 60
  Prozent" "over", "a 2.4% cost-of-living adjustment", "to 17.8% next year from 24.6%"), gaps
  in points are in pp ("ein Anstieg um 0,6 Prozentpunkte", "2.6 percentage points lower";
  hundred-twentieth, hundred-forty-eighth); premiums and fees in the currency written ("412,70
  Franken" CHF, "$218.40 ..., an increase of $15.50", "$281, up from $257", "8,12 Euro je
  Packung", "4.200 Euro brutto im Monat", "rund 13 Euro mehr pro Monat" "about" - "mehr" after
  the figure compares, hundred-first -), "wovon der Arbeitgeber die Hälfte trägt" 0.5.
- Strikes and pay (hundred-fortieth, hundred-fiftieth): demands and offers are
  check-worthy ("Die Gewerkschaft fordert 8,5 Prozent mehr Gehalt ...", "Die Arbeitgeber
  hatten ... in zwei Stufen 4,2 Prozent ... angeboten." - "in zwei Stufen" count 2,
  hundredth -, "The union is seeking a 24% rise ...", "Ministers have offered 4.1% ..."),
  rounds are ordinals ("in der zweiten Verhandlungsrunde" 2, "Die dritte Verhandlungsrunde" 3,
  "the 13th round of strikes" 13, "the third nationwide doctors' strike" 3), ballots are a
  count and a percentage ("Around 29,000 resident doctors ..., with 91% in favour"); "Es wäre
  der erste Ärztestreik ... seit 2003." is check-worthy with ordinal 1 and the year (a
  projection in Konjunktiv II, hundred-forty-second and hundred-seventy-sixth).
- Counts (every batch): shortages, sites, staff, doses and people with their hedges ("knapp 90
  mehr" "nearly", "rund 2.500 Beschäftigte", "rund 7.900 ..., 2010 waren es noch knapp 8.600"
  ("noch" no hedge), "rund 3.600 Ärztinnen und Ärzte", "about 41,000 people", "About 5.8
  million people", "About 71 million people", "about 7,000 doctors", "Some 2.7 million" and
  "about 950 fewer" "about"; "At least 24 rural hospitals" "at_least"; "more than 2,000
  additional GPs" ("additional" no hedge as "extra", hundred-fifty-fifth), "mehr als 11'000
  Personen" and "more than 800 excess deaths" "over"; "up to 40 million doses" and "bis zu 8
  Millionen Dosen" "up_to"; "bislang 18,6 Millionen" and "Weitere 17 Standorte" with no hedge,
  hundred-fifty-fifth), definite groups ("38 of the country's 47 counties", "etwa 280 der rund
  1.700 Krankenhausstandorte", "the 16 drugs"; forty-first), rates per head as counts ("rund
  7,6 Betten je 1.000 Einwohner ... von 5,0", "Auf 100.000 Einwohner ... 19 Apotheken, im
  EU-Schnitt sind es 31", "300 Geburten pro Jahr" 300; twenty-ninth, hundred-fifty-fifth),
  "fast doppelt so viel" 2 "nearly" (hundred-thirty-eighth), "drei oder vier Apotheken" 3 and
  4, "in allen neun Bundesländern" 9, "aus fünf Therapiegruppen" 5, "von neun
  Vergleichsländern" 9, "17 EU countries", "21 African countries", "two larger systems" 2, "58
  miles away" 58 (a distance a count, hundred-forty-fourth: "72 miles"), "at least one of the drugs" and "at
  least one drug" 1 "at_least" (hundred-eighteenth: "One farmer was charged"), and in a
  negative "another 6,000 GP posts" 6000 ("another" no hedge as "weitere"). "a three-county
  area" is 3 (the figure heading a compound, hundred-fiftieth: "the 20-country bloc");
  "more than double this year's volume" is 2 "over" (forty-fifth: "almost double the figure"
  2 "nearly"); "the first 10 million doses" is ordinal 1 and count 10,000,000
  (hundred-fiftieth: "the first 10 months"). New: "nur einmal angehoben" is count 1 - "einmal"
  as a tally of times reads as the issue's "viermal" 4 ("nur" no hedge). New: "fiel der
  Bestand unter die Marke von 16.600" is 16,600 "under" - "unter die Marke von" bounds the
  figure from above, as "unterhalb von 800.000 Soldaten" (hundred-seventy-sixth). New: "die
  Gesundheitshotline 1450" carries no count - a service number, as "the 112"
  (hundred-fifty-fifth) and "101" (eighty-first). None besides: "Corona-Impfstoffs", "Part
  B", "thousands", "both sides", "die Länder".
- Shares are fractions (the issue: "ein Fünftel", "jeder vierte"): "Nur jede dritte
  Kassenpraxis" 0.3333 ("Nur" no hedge), "Bei rund einem Drittel" 0.3333 "about", "um rund ein
  Fünftel" 0.2 "about" ("um" no hedge), "fast ein Drittel mehr als ein Jahr zuvor" 0.3333
  "nearly" (a share written as a rise stays a fraction, hundred-fifty-second and
  hundred-seventy-sixth), "nearly half" 0.5 "nearly", "Nearly one in five" 0.2 "nearly"
  (hundred-fifty-second: "Almost one in four"), "about a quarter of them" 0.25 "about",
  "about three-quarters of the dead" 0.75 "about", "roughly half their value" 0.5 "about",
  "die Hälfte" 0.5.
- Money in the currency written (every batch): CHF ("15.2 billion Swiss francs", "5.4 billion
  francs", "3.40 francs per share", "up to 10 billion francs" "up_to", "rund 130 Millionen
  Franken" "about", "2,3 Millionen Franken pro Jahr"), EUR ("up to 560 million euros"
  "up_to", "9,4 Milliarden Euro", "insgesamt 680 Millionen Euro" - "insgesamt" no hedge -,
  "5,82 Milliarden Euro", "912 Millionen Euro", "rund 60 Millionen Euro", "3,5 Milliarden
  Euro", "rund 11 Milliarden Euro", "mindestens 4 Milliarden Euro" "at_least", "rund 410
  Millionen Euro", "mehr als 60 Milliarden Euro" "over", "rund 112.000 Euro ..., 2015 waren es
  knapp 23.000 Euro"), USD ("about $9.3 billion", "a combined $1.4 billion" - "a combined" no
  hedge, hundred-fiftieth -, "$4.7 billion", "$6.8 million", "$2.2 billion in cash", "$3.90
  per dose, down from $4.60", "about $3.4 billion"), GBP ("8.1 billion pounds", "up to 300
  million pounds", "an 82 million pound scheme" - the adjectival "pound" the unit -, "an extra
  30 million pounds" - "extra" no hedge -, "40,000 pounds ... from 32,000 pounds", "about 1
  billion pounds", "a combined 3.4 billion pounds", "more than 2 billion pounds"), DKK ("18.3
  billion Danish crowns", "the 19.6 billion crowns", "52.1 billion crowns";
  hundred-twenty-fifth), KES ("2.4 billion Kenyan shillings"; hundred-forty-first:
  "Kenyan shillings" KES).
- Percentages otherwise: moves, shares and rates as written ("rund 80 Prozent" "about",
  "durchschnittlich 14 Prozent", "Just 59.8%" and "Only 64.3%" with no hedge ("Just", "Only"
  as "nur", hundred-forty-seventh), "the 65% interim goal", "88% of patients", "74.2%",
  "rose 2.8%", "about $9.3 billion, or 38%", "from 31% ... to 76%", "rund 78 Prozent" "about",
  "about 9%" and "about 8%" and "about 60%" "about", "sending its shares down more than 11%"
  "over", "nur 41,6 Prozent", "nur 7 Prozent ..., aber 54 Prozent", "9,15 Prozent", "or 4% of
  its workforce").
- Years and dates: "seit 2023" (in a row's "seit 2023 neu geschaffene Stellen"), "since
  2008", "since March 2023" and "since January 2025" and "since peaking in June 2024" and "by
  March 2030" their years (hundred-fifty-fifth: "zwischen Oktober 2024 und September 2025" its
  years only), "in 2026", "starting in 2028", "in 2025", "in 2024", "in 2015", "seit 2014",
  "Seit 2015", "2015 waren es", "2010 waren es", "bis 2030", "bis 2035", "ab 2029", "steigt
  2027", "for delivery in 2027", "running to 2030", "the highest since 2024", "im Sommer 2024"
  the year, "für die Jahre 2027 bis 2029" both (hundred-fifty-fifth: "aus den Jahren 2019 bis
  2024"), "seit 2003", "since 2023"; "the 2022 Inflation Reduction Act" the year (a year heading
  a law's name, hundred-forty-fifth: "the 2015 Paris Agreement"); "für den 4. März"
  --03-04, "am 11. Juli" --07-11, "für den 26. November" --11-26, "from Feb. 23" --02-23, "the
  week to Oct. 5" --10-05 (dates without a year, hundred-fifty-fifth: "on Dec. 2"); Reuters
  datelines with a day ("LONDON, Jan 15", "ZURICH, Feb 3", "BRUSSELS, April 2", "NEW YORK,
  April 29", "WASHINGTON, June 24", "LONDON, July 29", "GENEVA, Aug 12", "COPENHAGEN, Nov 4",
  "LONDON, Nov 18") dates without a year (hundred-forty-seventh); dpa ("Berlin (dpa) -",
  "Bonn (dpa) -", "Düsseldorf (dpa/lnw) -"), APA, Keystone-SDA, Reuters German ("Frankfurt
  (Reuters) -"), AP ("WASHINGTON (AP) —", "JACKSON, Miss. (AP) —", "NAIROBI, Kenya (AP) —") and
  PA ("LONDON (PA) -", "EDINBURGH (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Around", "roughly",
  "Some", "an estimated" "about"; "knapp", "fast", "nearly", "Nearly", "almost" "nearly";
  "mehr als", "gut", "über" before an age, "more than", "longer than" "over"; "under" before an
  age, "unter die Marke von" "under"; "mindestens", "at least", "At least", "or longer"
  "at_least"; "bis zu", "up to" "up_to". No hedge: "im Schnitt", "durchschnittlich", "im
  Mittel", "insgesamt", "Weitere", "bislang", "zuletzt", "derzeit", "noch", "nur", "nur noch",
  "Nur", "Just", "Only", "a combined", "additional", "extra", "another", "um", "by", "binnen",
  "innert", "within", "inside", "zwischen", "to" in a range, "mehr" and "weniger" and "fewer"
  after a figure.
- Speakers, checked only in forms the earlier batches settled (no new checked form): "sagte X" with
  the title dropped ("Verbandssprecherin Henrike Vossbeck vom Apothekerverband Nordrhein",
  "AK-Gesundheitsexpertin Sonja Pflügl", "DKG-Vorstandschef Jens-Uwe Hardegen", "Finanzchefin
  Anneliese Brockhoff", "ABDA-Präsidentin Margit Oberländer", "Gemeindepräsidentin Corinne
  Liechti", "BASG-Sprecher Wolfgang Strasser", "Kurienobmann Edgar Hollaus",
  "WIdO-Geschäftsführer Bernd Quadflieg"; hundred-fifty-fifth, hundred-seventy-sixth); "wie das
  Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) am Dienstag mitteilte" and "wie
  das Bundesamt für Gesundheit (BAG) am Dienstag mitteilte" the body with the abbreviation
  and the weekday dropped (eighty-fifth, hundred-fifty-fifth), "teilte das BAG am Freitag mit"
  -> "das BAG" (hundred-fifty-fifth: "teilte die AGES mit"), "wie das Unternehmen am
  Donnerstag in Mainz mitteilte" -> "das Unternehmen" and "wie das Institut am Montag in Langen
  mitteilte" -> "das Institut" (the place dropped, hundred-seventeenth), "wie die Spitalgruppe
  am Dienstag mitteilte" -> "die Spitalgruppe" (the body named in the lead taken up by its
  common noun, hundred-twenty-third, hundred-fifty-fifth); "nach Angaben des Marburger Bundes"
  -> "der Marburger Bund", "nach Angaben der Ärztekammer" -> "die Ärztekammer", "nach Angaben
  der Bundesvereinigung Deutscher Apothekerverbände (ABDA)" -> "die Bundesvereinigung
  Deutscher Apothekerverbände", "nach Angaben des GKV-Spitzenverbands" -> "der
  GKV-Spitzenverband", "nach Angaben des Ministeriums" -> "das Ministerium" (the source in the
  nominative, seventieth, hundred-fifty-fifth); "Laut Ärztekammer" -> "Ärztekammer" (thirtieth,
  hundred-fifty-fifth: "Laut RKI" -> "RKI"). English: "NHS England said on Thursday" as
  written (eighty-first, hundred-fifty-fifth), "the British Medical Association said, blaming
  ...", "the Royal College of General Practitioners said", "the American Society of
  Health-System Pharmacists said", "the Centers for Medicare & Medicaid Services said Friday",
  "The Association of the British Pharmaceutical Industry said", "The FDA said" -> "the FDA",
  "the World Health Organization said" (the article in lower case and the weekday dropped,
  fortieth, eighty-first, hundred-fifty-fifth), "the Commission said on Thursday" -> "the
  Commission", "The agency said" -> "the agency", "the government said on Wednesday" -> "the
  government", "The company said" -> "the company" (a body named earlier taken up by its
  common noun, hundred-twenty-third, hundred-fiftieth), "Marrowind said", "Harwick said" and
  "Bayou Bend Community Hospital said" as written (hundred-seventeenth, hundred-fifty-fifth),
  "according to the Chartis Center for Rural Health" with its article (ninety-eighth,
  hundred-fifty-fifth), "union secretary-general Abel Kiprotich said" -> "Abel Kiprotich" (the
  office dropped, hundred-fiftieth: "Unite regional officer Gavin Tebbutt said"). Left
  unchecked (None): roles and pronouns (above, and "it said on Wednesday"), plural and
  collective sources ("nach Angaben der Kliniken", "Ministers said", "Hospital officials",
  "State health officials said", "Union officials said", "hiess es beim BAG"; forty-first,
  first batch), documents and data ("einer Erhebung der Arbeiterkammer zufolge", "laut einem
  Preisvergleich der Versicherer", "nach Zahlen der OECD", "heißt es im
  Ministerratsvortrag", "laut einer Reuters-Umfrage", "according to NHS figures", "according
  to LSEG data", "official figures show", "the data from NHS England showed", "The report
  said", "A survey of ... found", "figures from Public Health Scotland showed", "according to
  government figures"; hundred-second, hundred-fifty-fifth), estimating verbs ("Nach
  Berechnungen des Ministeriums", "errechnet", "By the Royal College of Emergency Medicine's
  estimate", "expects"; hundred-tenth), verbs that are not of saying ("kündigte an",
  "verwies auf", "announced ... by the Centers", "has promised"; hundred-twenty-seventh,
  hundred-sixty-second) and all negatives, also those with a named speaker. New: "Laut dem
  Kanton" is left unchecked - "laut" with an article in the dative before a common noun is a
  form no earlier batch settled (the settled forms are "Laut RKI", "Laut AMS" without an
  article).
- Negatives (fifty-fifth, hundred-forty-seventh to hundred-seventy-sixth): quoted rhetoric
  and feelings of association heads, union leaders, ministers, executives, doctors and
  patients ("Es ist beschämend, ...", "Wer nicht privat zahlen kann, ...", "Wir lassen uns
  nicht länger mit warmen Worten abspeisen", "No one wants to strike, ...", "Seniors should
  not have to choose ...", "Wir erleben einen kalten Strukturwandel ...", "Preparedness is
  always cheaper than panic", "Das ist ein Meilenstein ...", "Wir sind sehr gut ins Jahr
  gestartet", "This was a year of strong execution ...", "We are firing on all cylinders",
  "We are disappointed ...", "Jede geschlossene Apotheke ...", "Eine Geburt lässt sich nicht
  planen ...", "We are making clinical decisions ...", "Wir retten nicht jedes Haus ...",
  "Patients are paying the price ...", "Every dose we can afford ...", "The corner is being
  turned ...", "This is a good day for patients ...", "Die Beitragszahler sind nicht die
  Melkkuh der Nation", "These are not just numbers ...", "Wir streiken nicht gegen die
  Patienten ...", "Wir zahlen Mondpreise ...", "We cannot treat patients on empty stomachs",
  "... spüren davon zum Glück wenig", «Wir müssen endlich an die Kosten heran, ...», and the
  CFO's "Demand is simply outrunning anything we modeled two years ago" with its span
  labelled); labels by lobbies, parties, a taxpayers' league and a ministry ("sprach von
  einem «Tropfen auf den heissen Stein»", "sprach von einer „Ankündigungspolitik ohne
  Gegenfinanzierung“", "nannte die Forderung ... „realitätsfern“", "called the strike
  "unnecessary and damaging"", "amounted to "government price-setting"", "nannte die
  Bestellung „Verschwendung mit Ansage“", "sprach von einem «Prämienschock für den
  Mittelstand»", "wies die Zahlen als „einseitig“ zurück", "kritisierte, die Nachbesserungen
  kämen „viel zu spät“"; hundred-sixteenth, hundred-fiftieth); warnings and forecasts without
  a figure ("The King's Fund think tank warned ...", "Der Pharmaverband Interpharma warnte,
  ...", "Analysts said the pricing pressure could intensify ..."; forty-seventh); complaints
  and experts' beliefs ("Der Pharmaverband Pharmig beklagte, ...", "..., glauben
  Branchenkenner."; hundred-fifty-fifth: "vermuten Fachleute"); analysts' verdicts ("Analysts
  at Brantley Capital said the cut was larger than they had feared."); blame (above); appeals
  and advice ("„Lassen Sie sich impfen, ...“", "Advocates for older Americans urged Congress
  ...", "Health officials urged patients ...", and "The college urged the government to fund
  another 6,000 GP posts ..." with its count labelled; hundred-fifty-fifth: "The charity urged
  ministers ..."); open questions ("Ob sich die Lage bis zum Frühjahr entspannt, ist offen.",
  "Members of the European Parliament asked whether ...", "It is unclear whether ...",
  "Patient groups questioned whether ..."; hundred-twenty-fourth); and vox pops with their
  ages labelled ("Loretta Pickens, 67,", "Gloria Benavides, 74,").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_183 = [
    # --- Antibiotika-Säfte knapp (dpa) ---
    (
        "de",
        "Berlin (dpa) - In deutschen Apotheken fehlen zu Jahresbeginn erneut Antibiotika-Säfte für Kinder, wie das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) am Dienstag mitteilte.",
        True,
        [],
        "das Bundesinstitut für Arzneimittel und Medizinprodukte",
    ),
    (
        "de",
        "Auf der Liste der Lieferengpässe standen zuletzt 512 Arzneimittel, knapp 90 mehr als vor einem Jahr.",
        True,
        [("count", 512, None, None), ("count", 90, None, "nearly")],
        None,
    ),
    (
        "de",
        "Betroffen sind vor allem Amoxicillin- und Penicillin-Präparate, deren Wirkstoffe zu rund 80 Prozent in Asien hergestellt werden.",
        True,
        [("percent", 80, "%", "about")],
        None,
    ),
    (
        "de",
        "Für zwei Wirkstoffe stellte die Behörde offiziell einen Versorgungsmangel fest, was Importe aus dem Ausland erlaubt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Eltern müssten teils drei oder vier Apotheken abklappern, bis sie einen Saft bekämen, sagte Verbandssprecherin Henrike Vossbeck vom Apothekerverband Nordrhein.",
        True,
        [("count", 3, None, None), ("count", 4, None, None)],
        "Henrike Vossbeck",
    ),
    (
        "de",
        "„Es ist beschämend, dass ein so reiches Land seine kranken Kinder nicht zuverlässig versorgen kann“, sagte Vossbeck.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich die Lage bis zum Frühjahr entspannt, ist offen.", False, [], None),
    # --- NHS waiting list (Reuters) ---
    (
        "en",
        "LONDON, Jan 15 (Reuters) - The number of cases on England's list for non-urgent hospital treatment dropped to 7.18 million at the end of November, a level last seen almost three years ago, NHS England said on Thursday.",
        True,
        [("date", "--01-15", None, None), ("count", 7180000, None, None), ("duration", 3, "year", "nearly")],
        "NHS England",
    ),
    (
        "en",
        "About 3.9 million cases were waiting longer than the 18-week target, and 143,000 of them had waited over a year.",
        True,
        [("count", 3900000, None, "about"), ("duration", 18, "week", None), ("count", 143000, None, None)],
        None,
    ),
    (
        "en",
        "The median wait stood at 13.6 weeks, compared with 14.1 weeks a month earlier.",
        True,
        [("duration", 13.6, "week", None), ("duration", 14.1, "week", None)],
        None,
    ),
    (
        "en",
        "Just 59.8% of patients were treated within 18 weeks, well short of the 65% interim goal set for March.",
        True,
        [("percent", 59.8, "%", None), ("duration", 18, "week", None), ("percent", 65, "%", None)],
        None,
    ),
    (
        "en",
        "The government has promised to get 88% of patients treated inside 18 weeks by March 2030.",
        True,
        [("percent", 88, "%", None), ("duration", 18, "week", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        '"The corner is being turned, and patients are beginning to notice," the Health Secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The King's Fund think tank warned that the goal would be missed without more operating theatre capacity.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Emergency departments also improved, with 74.2% of patients seen within four hours in December.",
        True,
        [("percent", 74.2, "%", None), ("duration", 4, "hour", None)],
        None,
    ),
    # --- Wartezeiten auf Kassentermine (APA) ---
    (
        "de",
        "Wien (APA) - Kassenpatientinnen und -patienten in Österreich warten einer Erhebung der Arbeiterkammer zufolge im Schnitt 41 Tage auf einen Termin beim Augenarzt.",
        True,
        [("duration", 41, "day", None)],
        None,
    ),
    (
        "de",
        "Für eine Magnetresonanztomografie lag die Wartezeit bei durchschnittlich 23 Tagen, wer privat zahlte, kam binnen vier Tagen dran.",
        True,
        [("duration", 23, "day", None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "de",
        "Bei Neurologen betrug die Wartezeit in Wien bis zu drei Monate, in Tirol knapp sieben Wochen.",
        True,
        [("duration", 3, "month", "up_to"), ("duration", 7, "week", "nearly")],
        None,
    ),
    (
        "de",
        "Für die Erhebung riefen Testanruferinnen zwischen Oktober und Dezember bei 1.148 Ordinationen in allen neun Bundesländern an.",
        True,
        [("count", 1148, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Nur jede dritte Kassenpraxis nahm überhaupt neue Patientinnen und Patienten auf, sagte AK-Gesundheitsexpertin Sonja Pflügl.",
        True,
        [("fraction", 0.3333, None, None)],
        "Sonja Pflügl",
    ),
    ("de", "„Wer nicht privat zahlen kann, bleibt auf der Strecke“, sagte Pflügl.", False, [], None),
    (
        "de",
        "Die Österreichische Gesundheitskasse (ÖGK) kündigte an, bis Jahresende 120 zusätzliche Kassenstellen zu besetzen.",
        True,
        [("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Die Ärztekammer sieht die Verantwortung bei der Kasse: Deren Honorare seien seit Jahren zu niedrig.",
        False,
        [],
        None,
    ),
    # --- Valdorin full-year results (Reuters) ---
    (
        "en",
        "ZURICH, Feb 3 (Reuters) - Swiss drugmaker Valdorin reported a 7% rise in fourth-quarter sales to 15.2 billion Swiss francs on Tuesday, helped by strong demand for its multiple sclerosis drug Nerolix.",
        True,
        [
            ("date", "--02-03", None, None),
            ("percent", 7, "%", None),
            ("ordinal", 4, None, None),
            ("money", 15200000000, "CHF", None),
        ],
        None,
    ),
    (
        "en",
        "Core operating profit rose 11% to 5.4 billion francs, beating the average analyst estimate of 5.1 billion francs in a company-compiled poll.",
        True,
        [("percent", 11, "%", None), ("money", 5400000000, "CHF", None), ("money", 5100000000, "CHF", None)],
        None,
    ),
    (
        "en",
        "Sales of Nerolix jumped 34% to 1.9 billion francs in the quarter.",
        True,
        [("percent", 34, "%", None), ("money", 1900000000, "CHF", None)],
        None,
    ),
    (
        "en",
        "Valdorin expects core earnings per share to grow by 6% to 8% in 2026 at constant currencies.",
        True,
        [("percent", 6, "%", None), ("percent", 8, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The company proposed a dividend of 3.40 francs per share, its 30th consecutive increase.",
        True,
        [("money", 3.4, "CHF", None), ("ordinal", 30, None, None)],
        None,
    ),
    (
        "en",
        "Valdorin further unveiled a buyback of its own shares worth up to 10 billion francs over the coming three years.",
        True,
        [("money", 10000000000, "CHF", "up_to"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        '"This was a year of strong execution, and our pipeline has never looked better," Chief Executive Lorenz Aebischer told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shares in Valdorin rose 2.8% by 0930 GMT, outperforming a flat European healthcare index.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    # --- Warnstreik an Unikliniken (dpa) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Ärztinnen und Ärzte an den Unikliniken in Nordrhein-Westfalen haben am Mittwoch mit einem ganztägigen Warnstreik ihre Arbeit niedergelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zu der Kundgebung in Düsseldorf kamen nach Angaben des Marburger Bundes rund 2.500 Beschäftigte.",
        True,
        [("count", 2500, None, "about")],
        "der Marburger Bund",
    ),
    (
        "de",
        "Die Gewerkschaft fordert 8,5 Prozent mehr Gehalt bei einer Laufzeit von zwölf Monaten.",
        True,
        [("percent", 8.5, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Die Arbeitgeber hatten in der zweiten Verhandlungsrunde in zwei Stufen 4,2 Prozent mit einer Laufzeit von 24 Monaten angeboten.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 2, None, None),
            ("percent", 4.2, "%", None),
            ("duration", 24, "month", None),
        ],
        None,
    ),
    (
        "de",
        "Planbare Operationen wurden verschoben, die Notfallversorgung war nach Angaben der Kliniken gesichert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir lassen uns nicht länger mit warmen Worten abspeisen“, rief Verhandlungsführerin Dörte Kranich den Streikenden zu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 4. März in Köln angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-04", None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher der Arbeitgeber nannte die Forderung angesichts der Defizite der Häuser „realitätsfern“.",
        False,
        [],
        None,
    ),
    # --- Resident doctors strike (PA) ---
    (
        "en",
        "LONDON (PA) - Medics in the resident doctor grades will down tools across England for five days from Feb. 23, the British Medical Association said, blaming failed pay negotiations with ministers.",
        True,
        [("duration", 5, "day", None), ("date", "--02-23", None, None)],
        "the British Medical Association",
    ),
    (
        "en",
        "The union is seeking a 24% rise to restore what it says pay has lost in real terms since 2008.",
        True,
        [("percent", 24, "%", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Ministers have offered 4.1% for this year, on top of a 5.4% award last summer.",
        True,
        [("percent", 4.1, "%", None), ("percent", 5.4, "%", None)],
        None,
    ),
    (
        "en",
        "It will be the 13th round of strikes by resident doctors since March 2023.",
        True,
        [("ordinal", 13, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "According to NHS figures, the previous walkout in November forced hospitals to move 61,300 appointments and operations.",
        True,
        [("count", 61300, None, None)],
        None,
    ),
    (
        "en",
        "Around 29,000 resident doctors voted in the ballot, with 91% in favour of action.",
        True,
        [("count", 29000, None, "about"), ("percent", 91, "%", None)],
        None,
    ),
    (
        "en",
        '"No one wants to strike, but ministers have left us with no choice," said Dr. Imogen Farrant, who co-chairs the union\'s committee for resident doctors.',
        False,
        [],
        None,
    ),
    ("en", 'The Department of Health called the strike "unnecessary and damaging" for patients.', False, [], None),
    # --- BAG senkt Medikamentenpreise (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Bundesamt für Gesundheit (BAG) senkt die Preise von 312 Medikamenten um durchschnittlich 14 Prozent.",
        True,
        [("count", 312, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Damit liessen sich jährlich rund 130 Millionen Franken einsparen, teilte das BAG am Freitag mit.",
        True,
        [("money", 130000000, "CHF", "about")],
        "das BAG",
    ),
    (
        "de",
        "Überprüft wurden in dieser Runde 1'040 Präparate aus fünf Therapiegruppen.",
        True,
        [("count", 1040, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Bei rund einem Drittel der Präparate lag der Schweizer Preis über dem Durchschnitt von neun Vergleichsländern.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Generika kosten in der Schweiz laut einem Preisvergleich der Versicherer weiterhin fast doppelt so viel wie im Ausland.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Krankenversichererverband Santésuisse sprach von einem «Tropfen auf den heissen Stein».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Pharmaverband Interpharma warnte, weitere Preissenkungen gefährdeten die Versorgung mit älteren Medikamenten.",
        False,
        [],
        None,
    ),
    # --- Medicare drug prices (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Medicare will pay sharply lower prices for 16 widely used prescription drugs starting in 2028 under negotiated deals announced Tuesday by the Centers for Medicare & Medicaid Services.",
        True,
        [("count", 16, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The agency said the new prices would have saved about $9.3 billion, or 38%, had they been in effect in 2025.",
        True,
        [("money", 9300000000, "USD", "about"), ("percent", 38, "%", None), ("year", 2025, None, None)],
        "the agency",
    ),
    (
        "en",
        "Discounts ranged from 31% for a blood thinner to 76% for an inhaler used by people with lung disease.",
        True,
        [("percent", 31, "%", None), ("percent", 76, "%", None)],
        None,
    ),
    (
        "en",
        "Medicare enrollees spent a combined $1.4 billion out of pocket on the 16 drugs last year.",
        True,
        [("money", 1400000000, "USD", None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "About 5.8 million people with Medicare coverage take at least one of the drugs.",
        True,
        [("count", 5800000, None, "about"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "The prices are the third set negotiated under the 2022 Inflation Reduction Act.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        'The pharmaceutical industry\'s main lobby group said the program amounted to "government price-setting" that would chill research.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Seniors should not have to choose between their medicine and their groceries," a CMS official told reporters.',
        False,
        [],
        None,
    ),
    # --- Klinik-Insolvenzen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Im vergangenen Jahr haben in Deutschland 31 Krankenhäuser Insolvenz angemeldet, so viele wie nie seit Beginn der Zählung.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung der Deutschen Krankenhausgesellschaft (DKG) hervor, die der Verband am Donnerstag veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Weitere 17 Standorte seien ganz geschlossen oder in ambulante Zentren umgewandelt worden, sagte DKG-Vorstandschef Jens-Uwe Hardegen.",
        True,
        [("count", 17, None, None)],
        "Jens-Uwe Hardegen",
    ),
    (
        "de",
        "Nach seinen Angaben schreiben rund 78 Prozent der Kliniken rote Zahlen.",
        True,
        [("percent", 78, "%", "about")],
        None,
    ),
    (
        "de",
        "Das Defizit der Häuser summiere sich in diesem Jahr auf voraussichtlich 9,4 Milliarden Euro.",
        True,
        [("money", 9400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir erleben einen kalten Strukturwandel, bei dem der Zufall entscheidet, welches Haus überlebt“, sagte Hardegen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der GKV-Spitzenverband hielt dagegen, es gebe in Deutschland schlicht zu viele Betten und zu wenig Spezialisierung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mit rund 7,6 Betten je 1.000 Einwohner liegt Deutschland nach Zahlen der OECD deutlich über dem EU-Schnitt von 5,0.",
        True,
        [("count", 7.6, None, "about"), ("count", 1000, None, None), ("count", 5.0, None, None)],
        None,
    ),
    # --- Pandemic flu vaccine deal (Reuters) ---
    (
        "en",
        "BRUSSELS, April 2 (Reuters) - The European Commission has signed a contract with U.S. drugmaker Halbrook Biologics to reserve up to 40 million doses of a pandemic flu vaccine, the Commission said on Thursday.",
        True,
        [("date", "--04-02", None, None), ("count", 40000000, None, "up_to")],
        "the Commission",
    ),
    (
        "en",
        "The four-year deal, worth up to 560 million euros, gives 17 EU countries the right to buy doses if a pandemic is declared.",
        True,
        [("duration", 4, "year", None), ("money", 560000000, "EUR", "up_to"), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "Halbrook will keep enough capacity to deliver the first 10 million doses within 12 weeks of a declaration.",
        True,
        [("ordinal", 1, None, None), ("count", 10000000, None, None), ("duration", 12, "week", None)],
        None,
    ),
    (
        "en",
        "It is the second such agreement the EU's health emergency authority HERA has signed this year.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    ("en", "Shares in Halbrook rose 4.6% in premarket trading in New York.", True, [("percent", 4.6, "%", None)], None),
    (
        "en",
        "Members of the European Parliament asked whether the contract terms would ever be made public.",
        False,
        [],
        None,
    ),
    ("en", '"Preparedness is always cheaper than panic," a Commission spokeswoman said.', False, [], None),
    # --- Primärversorgung (APA) ---
    (
        "de",
        "Wien (APA) - Die Bundesregierung will die Zahl der Primärversorgungseinheiten bis 2030 von derzeit 112 auf 300 fast verdreifachen.",
        True,
        [("year", 2030, None, None), ("count", 112, None, None), ("count", 300, None, None)],
        None,
    ),
    (
        "de",
        "Dafür stelle der Bund in den kommenden fünf Jahren insgesamt 680 Millionen Euro bereit, sagte die Gesundheitsministerin nach dem Ministerrat.",
        True,
        [("duration", 5, "year", None), ("money", 680000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zudem sollen Patientinnen und Patienten über die Gesundheitshotline 1450 künftig binnen 14 Tagen einen Facharzttermin vermittelt bekommen.",
        True,
        [("duration", 14, "day", None)],
        None,
    ),
    (
        "de",
        "Die Reform soll die Spitalsambulanzen um rund ein Fünftel entlasten, heißt es im Ministerratsvortrag.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Derzeit arbeiten in Österreich nach Angaben der Ärztekammer rund 7.900 Ärztinnen und Ärzte mit Kassenvertrag, 2010 waren es noch knapp 8.600.",
        True,
        [("count", 7900, None, "about"), ("year", 2010, None, None), ("count", 8600, None, "nearly")],
        "die Ärztekammer",
    ),
    (
        "de",
        "„Das ist ein Meilenstein für alle, die heute monatelang auf einen Termin warten“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    ("de", "Die FPÖ sprach von einer „Ankündigungspolitik ohne Gegenfinanzierung“.", False, [], None),
    # --- Marrowind first quarter (Reuters) ---
    (
        "en",
        "NEW YORK, April 29 (Reuters) - Marrowind Pharmaceuticals raised its full-year revenue forecast on Wednesday after first-quarter sales of its obesity drug Trelvia more than doubled to $4.7 billion.",
        True,
        [("date", "--04-29", None, None), ("ordinal", 1, None, None), ("money", 4700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The company now expects 2026 revenue of $61 billion to $63 billion, up from a previous range of $58 billion to $60 billion.",
        True,
        [
            ("year", 2026, None, None),
            ("money", 61000000000, "USD", None),
            ("money", 63000000000, "USD", None),
            ("money", 58000000000, "USD", None),
            ("money", 60000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Total revenue rose 38% to $14.9 billion, above analysts' average estimate of $14.2 billion, according to LSEG data.",
        True,
        [("percent", 38, "%", None), ("money", 14900000000, "USD", None), ("money", 14200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Adjusted profit came in at $3.12 per share, compared with estimates of $2.87.",
        True,
        [("money", 3.12, "USD", None), ("money", 2.87, "USD", None)],
        None,
    ),
    (
        "en",
        "Marrowind said U.S. prices for Trelvia fell about 9% in the quarter as it offered bigger discounts to pharmacy benefit managers.",
        True,
        [("percent", 9, "%", "about")],
        "Marrowind",
    ),
    (
        "en",
        "Shares of the Indianapolis-based company rose 7.3% in premarket trading.",
        True,
        [("percent", 7.3, "%", None)],
        None,
    ),
    (
        "en",
        '"Demand is simply outrunning anything we modeled two years ago," Chief Financial Officer Dana Whitacre said on a call with analysts.',
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Analysts said the pricing pressure could intensify once rival pills reach the market next year.",
        False,
        [],
        None,
    ),
    # --- Rhenwald Quartalszahlen (Reuters German) ---
    (
        "de",
        "Frankfurt (Reuters) - Der Mainzer Pharmakonzern Rhenwald hat im ersten Quartal dank seines Krebsmittels Keltaro mehr umgesetzt als erwartet.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Erlöse kletterten um 6,3 Prozent auf 5,82 Milliarden Euro, wie das Unternehmen am Donnerstag in Mainz mitteilte.",
        True,
        [("percent", 6.3, "%", None), ("money", 5820000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Analysten hatten laut einer Reuters-Umfrage im Mittel 5,64 Milliarden Euro erwartet.",
        True,
        [("money", 5640000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das bereinigte operative Ergebnis legte um 4,1 Prozent auf 1,71 Milliarden Euro zu.",
        True,
        [("percent", 4.1, "%", None), ("money", 1710000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Keltaro allein kam auf Erlöse von 912 Millionen Euro, fast ein Drittel mehr als ein Jahr zuvor.",
        True,
        [("money", 912000000, "EUR", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Den Ausblick bestätigte Rhenwald: Der Umsatz soll im Gesamtjahr zwischen 23 und 24,5 Milliarden Euro liegen.",
        True,
        [("money", 23000000000, "EUR", None), ("money", 24500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die US-Zölle auf Arzneimittel belasteten das Ergebnis mit rund 60 Millionen Euro, sagte Finanzchefin Anneliese Brockhoff.",
        True,
        [("money", 60000000, "EUR", "about")],
        "Anneliese Brockhoff",
    ),
    ("de", "„Wir sind sehr gut ins Jahr gestartet“, sagte Vorstandschef Till Osterkamp.", False, [], None),
    # --- Rural hospital closes (AP) ---
    (
        "en",
        "JACKSON, Miss. (AP) — A rural hospital in the Mississippi Delta will close its inpatient wards at the end of June, leaving a three-county area of about 41,000 people without an overnight hospital bed.",
        True,
        [("count", 3, None, None), ("count", 41000, None, "about")],
        None,
    ),
    (
        "en",
        "Bayou Bend Community Hospital said it had lost $6.8 million over the past two years and could no longer cover payroll.",
        True,
        [("money", 6800000, "USD", None), ("duration", 2, "year", None)],
        "Bayou Bend Community Hospital",
    ),
    (
        "en",
        "Its emergency room will stay open 12 hours a day, and the nearest full-service hospital is 58 miles away.",
        True,
        [("duration", 12, "hour", None), ("count", 58, None, None)],
        None,
    ),
    (
        "en",
        "At least 24 rural hospitals across the U.S. have closed or stopped inpatient care since January 2025, according to the Chartis Center for Rural Health.",
        True,
        [("count", 24, None, "at_least"), ("year", 2025, None, None)],
        "the Chartis Center for Rural Health",
    ),
    (
        "en",
        "Hospital officials blamed cuts to Medicaid, which covers nearly half of the hospital's patients.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "State health officials said they were talking with two larger systems about taking over the site.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"When the beds go, the doctors go, and then the families go," said Loretta Pickens, 67, a retired nurse whose mother was born in the hospital.',
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    # --- Apothekensterben (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Apothekensterben in Deutschland setzt sich fort: Im ersten Quartal fiel der Bestand unter die Marke von 16.600.",
        True,
        [("ordinal", 1, None, None), ("count", 16600, None, "under")],
        None,
    ),
    (
        "de",
        "Ende März gab es nach Angaben der Bundesvereinigung Deutscher Apothekerverbände (ABDA) noch 16.540 Apotheken, 148 weniger als zu Jahresbeginn.",
        True,
        [("count", 16540, None, None), ("count", 148, None, None)],
        "die Bundesvereinigung Deutscher Apothekerverbände",
    ),
    ("de", "Damit sinkt die Zahl bereits im 18. Jahr in Folge.", True, [("ordinal", 18, None, None)], None),
    (
        "de",
        "Auf 100.000 Einwohner kommen hierzulande nur noch 19 Apotheken, im EU-Schnitt sind es 31.",
        True,
        [("count", 100000, None, None), ("count", 19, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Das Fixhonorar von 8,12 Euro je Packung sei seit 2014 nur einmal angehoben worden, sagte ABDA-Präsidentin Margit Oberländer.",
        True,
        [("money", 8.12, "EUR", None), ("year", 2014, None, None), ("count", 1, None, None)],
        "Margit Oberländer",
    ),
    ("de", "„Jede geschlossene Apotheke ist ein Stück verlorene Heimat“, sagte Oberländer.", False, [], None),
    (
        "de",
        "Viele Inhaberinnen und Inhaber fänden schlicht keine Nachfolger mehr, glauben Branchenkenner.",
        False,
        [],
        None,
    ),
    # --- GP appointments (PA) ---
    (
        "en",
        "LONDON (PA) - Nearly one in five GP appointments in England in May took place more than two weeks after they were booked, official figures show.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 2, "week", "over")],
        None,
    ),
    (
        "en",
        "Of the 30.4 million appointments, 43.1% were on the same day, the data from NHS England showed.",
        True,
        [("count", 30400000, None, None), ("percent", 43.1, "%", None)],
        None,
    ),
    (
        "en",
        "Some 2.7 million patients waited 28 days or longer, up from 2.3 million a year earlier.",
        True,
        [("count", 2700000, None, "about"), ("duration", 28, "day", "at_least"), ("count", 2300000, None, None)],
        None,
    ),
    (
        "en",
        "The number of fully qualified GPs stood at 27,610, about 950 fewer than in 2015, the Royal College of General Practitioners said.",
        True,
        [("count", 27610, None, None), ("count", 950, None, "about"), ("year", 2015, None, None)],
        "the Royal College of General Practitioners",
    ),
    (
        "en",
        "Ministers said more than 2,000 additional GPs had been recruited since October through an 82 million pound scheme.",
        True,
        [("count", 2000, None, "over"), ("money", 82000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Patients in parts of Kent reported waits of up to six weeks for a routine appointment.",
        True,
        [("duration", 6, "week", "up_to")],
        None,
    ),
    (
        "en",
        '"Patients are paying the price for a decade of neglect," said the college\'s chair, Professor Naledi Okwuosa.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The college urged the government to fund another 6,000 GP posts before the next election.",
        False,
        [("count", 6000, None, None)],
        None,
    ),
    # --- Geburtenabteilung schliesst (Keystone-SDA) ---
    (
        "de",
        "Moutier (Keystone-SDA) - Die Spitalgruppe Jura Süd schliesst per Ende September ihre Geburtenabteilung in Moutier.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr kamen dort nur noch 214 Kinder zur Welt, 2015 waren es noch 390.",
        True,
        [("count", 214, None, None), ("year", 2015, None, None), ("count", 390, None, None)],
        None,
    ),
    (
        "de",
        "Die Abteilung schrieb zuletzt ein Defizit von 2,3 Millionen Franken pro Jahr, wie die Spitalgruppe am Dienstag mitteilte.",
        True,
        [("money", 2300000, "CHF", None)],
        "die Spitalgruppe",
    ),
    (
        "de",
        "Werdende Mütter müssten künftig bis zu 40 Minuten ins nächste Spital nach Biel fahren, sagte Gemeindepräsidentin Corinne Liechti.",
        True,
        [("duration", 40, "minute", "up_to")],
        "Corinne Liechti",
    ),
    (
        "de",
        "Gegen die Schliessung unterschrieben innert drei Wochen mehr als 11'000 Personen eine Petition.",
        True,
        [("duration", 3, "week", None), ("count", 11000, None, "over")],
        None,
    ),
    ("de", "«Eine Geburt lässt sich nicht planen wie eine Knieoperation», sagte Liechti.", False, [], None),
    (
        "de",
        "Laut dem Kanton erreicht die Abteilung die Mindestfallzahl von 300 Geburten pro Jahr seit Jahren nicht.",
        True,
        [("count", 300, None, None)],
        None,
    ),
    ("de", "Der Regierungsrat will im Herbst über eine neue Spitalplanung entscheiden.", True, [], None),
    # --- U.S. drug shortages (Reuters) ---
    (
        "en",
        "WASHINGTON, June 24 (Reuters) - Active U.S. drug shortages climbed to 287 in the second quarter, the highest since 2024, the American Society of Health-System Pharmacists said.",
        True,
        [
            ("date", "--06-24", None, None),
            ("count", 287, None, None),
            ("ordinal", 2, None, None),
            ("year", 2024, None, None),
        ],
        "the American Society of Health-System Pharmacists",
    ),
    (
        "en",
        "Sterile injectables, including chemotherapy drugs and local anesthetics, accounted for about 60% of the shortages.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "The report said 112 of the shortages had lasted longer than two years.",
        True,
        [("count", 112, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    (
        "en",
        "A survey of 1,214 hospital pharmacists found that 71% had rationed at least one drug in the past six months.",
        True,
        [
            ("count", 1214, None, None),
            ("percent", 71, "%", None),
            ("count", 1, None, "at_least"),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The FDA said it was working with manufacturers to expand production of 14 critical drugs.",
        True,
        [("count", 14, None, None)],
        "the FDA",
    ),
    (
        "en",
        "Lawmakers have proposed tax credits for companies that make generic injectables in the United States.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We are making clinical decisions based on what is on the shelf, not on what is best for the patient," said Martha Quillen, a pharmacy director at a hospital in Ohio.',
        False,
        [],
        None,
    ),
    # --- Krankenhausreform nachgebessert (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundesgesundheitsministerin hat am Mittwoch Eckpunkte für eine Nachbesserung der Krankenhausreform vorgelegt, die die Länder um 3,5 Milliarden Euro entlasten soll.",
        True,
        [("money", 3500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Leistungsgruppen werde von 65 auf 61 verringert, sagte die Ministerin in Berlin.",
        True,
        [("count", 65, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Für die Umstellung sollen Kliniken zwei Jahre mehr Zeit bekommen, die Vorgaben gelten damit erst ab 2029.",
        True,
        [("duration", 2, "year", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Ministeriums könnten bis 2035 etwa 280 der rund 1.700 Krankenhausstandorte ihr Angebot grundlegend ändern.",
        True,
        [("year", 2035, None, None), ("count", 280, None, "about"), ("count", 1700, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bundesrat soll sich am 11. Juli abschließend mit dem Gesetz befassen.",
        True,
        [("date", "--07-11", None, None)],
        None,
    ),
    ("de", "„Wir retten nicht jedes Haus, aber wir retten die Versorgung“, sagte die Ministerin.", False, [], None),
    (
        "de",
        "Die Deutsche Krankenhausgesellschaft kritisierte, die Nachbesserungen kämen „viel zu spät“ für Häuser, die bereits aufgegeben hätten.",
        False,
        [],
        None,
    ),
    # --- Harwick half-year (Reuters) ---
    (
        "en",
        "LONDON, July 29 (Reuters) - British drugmaker Harwick Pharma beat second-quarter profit expectations on Wednesday as its respiratory business grew, and it kept its outlook for the year.",
        True,
        [("date", "--07-29", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Core earnings per share rose 9% to 46.8 pence, ahead of the 44.1 pence analysts had expected.",
        True,
        [("percent", 9, "%", None), ("money", 0.468, "GBP", None), ("money", 0.441, "GBP", None)],
        None,
    ),
    (
        "en",
        "Group turnover was up 5% at 8.1 billion pounds.",
        True,
        [("percent", 5, "%", None), ("money", 8100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Vaccine sales fell 12% to 1.4 billion pounds, hurt by lower demand for its shingles shot in the United States.",
        True,
        [("percent", 12, "%", None), ("money", 1400000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Harwick said a new U.S. tariff on imported medicines would cost it up to 300 million pounds this year.",
        True,
        [("money", 300000000, "GBP", "up_to")],
        "Harwick",
    ),
    (
        "en",
        "The company also agreed to buy Boston-based biotech Quennell Bio for $2.2 billion in cash.",
        True,
        [("money", 2200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Shares in Harwick, which have fallen about 8% this year, were up 3.5% at 0805 GMT.",
        True,
        [("percent", 8, "%", "about"), ("percent", 3.5, "%", None)],
        None,
    ),
    ("en", '"We are firing on all cylinders," Chief Executive Priyanka Dallow told reporters.', False, [], None),
    # --- Vertriebseinschränkungen (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind derzeit 614 Arzneimittel nur eingeschränkt oder gar nicht lieferbar.",
        True,
        [("count", 614, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Vertriebseinschränkungsregister des Bundesamts für Sicherheit im Gesundheitswesen (BASG) hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zu Jahresbeginn waren es noch 702 gewesen, im Sommer 2024 allerdings nur rund 450.",
        True,
        [("count", 702, None, None), ("year", 2024, None, None), ("count", 450, None, "about")],
        None,
    ),
    (
        "de",
        "Für rund 90 Prozent der betroffenen Präparate gebe es ein gleichwertiges Ersatzprodukt, sagte BASG-Sprecher Wolfgang Strasser.",
        True,
        [("percent", 90, "%", "about")],
        "Wolfgang Strasser",
    ),
    (
        "de",
        "Das Gesundheitsministerium hat die Großhändler verpflichtet, für 140 wichtige Wirkstoffe Vorräte für mindestens vier Monate anzulegen.",
        True,
        [("count", 140, None, None), ("duration", 4, "month", "at_least")],
        None,
    ),
    (
        "de",
        "Die Apothekerkammer fordert, dass Apotheken bei Engpässen Arzneimittel selbst herstellen und mit der Kasse abrechnen dürfen.",
        True,
        [],
        None,
    ),
    ("de", "„Die Patientinnen und Patienten spüren davon zum Glück wenig“, sagte Strasser.", False, [], None),
    (
        "de",
        "Der Pharmaverband Pharmig beklagte, viele Medikamente seien in Österreich so billig, dass sich die Lieferung nicht mehr lohne.",
        False,
        [],
        None,
    ),
    # --- Gavi malaria vaccine order (Reuters) ---
    (
        "en",
        "GENEVA, Aug 12 (Reuters) - Vaccine alliance Gavi has ordered 32 million doses of malaria vaccine for delivery in 2027, more than double this year's volume, it said on Wednesday.",
        True,
        [
            ("date", "--08-12", None, None),
            ("count", 32000000, None, None),
            ("year", 2027, None, None),
            ("count", 2, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "The doses will go to 21 African countries, with Nigeria and the Democratic Republic of Congo receiving about a quarter of them.",
        True,
        [("count", 21, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Indian manufacturer Kesari Biotech will supply the bulk of the order at a price of $3.90 per dose, down from $4.60.",
        True,
        [("money", 3.9, "USD", None), ("money", 4.6, "USD", None)],
        None,
    ),
    (
        "en",
        "Malaria killed an estimated 583,000 people in 2025, the World Health Organization said, and about three-quarters of the dead were children under five.",
        True,
        [
            ("count", 583000, None, "about"),
            ("year", 2025, None, None),
            ("fraction", 0.75, None, "about"),
            ("duration", 5, "year", "under"),
        ],
        "the World Health Organization",
    ),
    (
        "en",
        "Cuts by several donor governments have left Gavi about $3.4 billion short of what it needs for its strategy running to 2030.",
        True,
        [("money", 3400000000, "USD", "about"), ("year", 2030, None, None)],
        None,
    ),
    ("en", '"Every dose we can afford is a child we might keep alive," Gavi\'s chief executive said.', False, [], None),
    ("en", "It is unclear whether manufacturers can scale up production fast enough to meet demand.", False, [], None),
    # --- Krankenkassenprämien 2027 (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Krankenkassenprämien in der Schweiz steigen im kommenden Jahr durchschnittlich um 4,8 Prozent.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die mittlere Monatsprämie erhöht sich auf 412,70 Franken, wie das Bundesamt für Gesundheit (BAG) am Dienstag mitteilte.",
        True,
        [("money", 412.7, "CHF", None)],
        "das Bundesamt für Gesundheit",
    ),
    (
        "de",
        "Den grössten Aufschlag verzeichnet das Tessin mit 7,1 Prozent, den kleinsten der Kanton Zug mit 2,3 Prozent.",
        True,
        [("percent", 7.1, "%", None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Seit 2015 haben sich die Prämien damit um gut 60 Prozent verteuert.",
        True,
        [("year", 2015, None, None), ("percent", 60, "%", "over")],
        None,
    ),
    (
        "de",
        "Grund seien vor allem höhere Kosten bei den ambulanten Behandlungen und den Medikamenten, hiess es beim BAG.",
        True,
        [],
        None,
    ),
    ("de", "Die SP sprach von einem «Prämienschock für den Mittelstand».", False, [], None),
    (
        "de",
        "«Wir müssen endlich an die Kosten heran, statt nur die Prämien umzuverteilen», sagte die zuständige Bundesrätin.",
        False,
        [],
        None,
    ),
    # --- Medicare Part B premium (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Medicare's standard monthly Part B premium will rise to $218.40 next year, an increase of $15.50, the Centers for Medicare & Medicaid Services said Friday.",
        True,
        [("money", 218.4, "USD", None), ("money", 15.5, "USD", None)],
        "the Centers for Medicare & Medicaid Services",
    ),
    (
        "en",
        "The annual deductible for Part B will climb to $281, up from $257.",
        True,
        [("money", 281, "USD", None), ("money", 257, "USD", None)],
        None,
    ),
    (
        "en",
        "The agency attributed the increase mainly to rising spending on physician-administered drugs and outpatient care.",
        True,
        [],
        None,
    ),
    ("en", "About 71 million people are enrolled in Medicare.", True, [("count", 71000000, None, "about")], None),
    (
        "en",
        "Social Security recipients will receive a 2.4% cost-of-living adjustment in January, and much of it will be eaten up by the higher premium.",
        True,
        [("percent", 2.4, "%", None)],
        None,
    ),
    (
        "en",
        '"It feels like every raise we get goes straight back out the door," said Gloria Benavides, 74, a retired school secretary in Tucson, Arizona.',
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    ("en", "Advocates for older Americans urged Congress to cap what seniors pay out of pocket.", False, [], None),
    # --- Zusatzbeitrag 2027 (dpa) ---
    (
        "de",
        "Bonn (dpa) - Gesetzlich Versicherte müssen sich auf höhere Beiträge einstellen: Der durchschnittliche Zusatzbeitrag steigt 2027 auf 3,3 Prozent.",
        True,
        [("year", 2027, None, None), ("percent", 3.3, "%", None)],
        None,
    ),
    ("de", "Das hat der Schätzerkreis beim Bundesamt für Soziale Sicherung am Mittwoch errechnet.", True, [], None),
    (
        "de",
        "Bislang liegt der Wert bei 2,7 Prozent, es ist ein Anstieg um 0,6 Prozentpunkte.",
        True,
        [("percent", 2.7, "%", None), ("percent", 0.6, "pp", None)],
        None,
    ),
    (
        "de",
        "Für einen Durchschnittsverdiener mit 4.200 Euro brutto im Monat bedeutet das rund 13 Euro mehr pro Monat, wovon der Arbeitgeber die Hälfte trägt.",
        True,
        [("money", 4200, "EUR", None), ("money", 13, "EUR", "about"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Den Kassen fehlen nach Angaben des GKV-Spitzenverbands im kommenden Jahr rund 11 Milliarden Euro.",
        True,
        [("money", 11000000000, "EUR", "about")],
        "der GKV-Spitzenverband",
    ),
    (
        "de",
        "Im ersten Halbjahr legten die Klinikausgaben der Kassen um 8,1 Prozent zu, jene für Medikamente um 6,7 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 8.1, "%", None), ("percent", 6.7, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bundesgesundheitsministerin kündigte an, bis Jahresende ein Sparpaket mit einem Volumen von mindestens 4 Milliarden Euro vorzulegen.",
        True,
        [("money", 4000000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "„Die Beitragszahler sind nicht die Melkkuh der Nation“, sagte Verbandschefin Katrin Ahlgrimm.",
        False,
        [],
        None,
    ),
    # --- Scotland A&E (PA) ---
    (
        "en",
        "EDINBURGH (PA) - Only 64.3% of people attending emergency departments in Scotland were dealt with inside four hours in the week to Oct. 5, figures from Public Health Scotland showed.",
        True,
        [("percent", 64.3, "%", None), ("duration", 4, "hour", None), ("date", "--10-05", None, None)],
        None,
    ),
    (
        "en",
        "The figure was 2.6 percentage points lower than in the same week last year.",
        True,
        [("percent", 2.6, "pp", None)],
        None,
    ),
    (
        "en",
        "Of the 26,412 attendances, 2,187 patients waited more than eight hours and 804 more than 12 hours.",
        True,
        [
            ("count", 26412, None, None),
            ("count", 2187, None, None),
            ("duration", 8, "hour", "over"),
            ("count", 804, None, None),
            ("duration", 12, "hour", "over"),
        ],
        None,
    ),
    ("en", "It was the worst weekly performance since January.", True, [], None),
    (
        "en",
        "The Scottish Government has promised an extra 30 million pounds to pay for 150 more beds over the winter.",
        True,
        [("money", 30000000, "GBP", None), ("count", 150, None, None)],
        None,
    ),
    (
        "en",
        "By the Royal College of Emergency Medicine's estimate, long waits played a part in more than 800 excess deaths in Scotland last year.",
        True,
        [("count", 800, None, "over")],
        None,
    ),
    (
        "en",
        '"These are not just numbers, they are people lying on trolleys in corridors," Scottish Labour\'s health spokeswoman said.',
        False,
        [],
        None,
    ),
    # --- Impfstoffe für den Winter (dpa) ---
    (
        "de",
        "Berlin (dpa) - Für die laufende Grippesaison hat das Paul-Ehrlich-Institut bislang 18,6 Millionen Impfstoffdosen freigegeben.",
        True,
        [("count", 18600000, None, None)],
        None,
    ),
    (
        "de",
        "Das sind knapp 2 Millionen weniger als im Vorjahr, wie das Institut am Montag in Langen mitteilte.",
        True,
        [("count", 2000000, None, "nearly")],
        "das Institut",
    ),
    (
        "de",
        "Die Impfquote bei den über 60-Jährigen lag in der vergangenen Saison bei nur 41,6 Prozent.",
        True,
        [("duration", 60, "year", "over"), ("percent", 41.6, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bund hat zudem beim Hersteller Vireon für die Jahre 2027 bis 2029 jährlich bis zu 8 Millionen Dosen eines angepassten Corona-Impfstoffs bestellt.",
        True,
        [("year", 2027, None, None), ("year", 2029, None, None), ("count", 8000000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Vertrag hat einen Wert von rund 410 Millionen Euro, sagte ein Sprecher des Gesundheitsministeriums.",
        True,
        [("money", 410000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr mussten nach Angaben des Ministeriums 3,1 Millionen ungenutzte Dosen vernichtet werden.",
        True,
        [("count", 3100000, None, None)],
        "das Ministerium",
    ),
    ("de", "Der Bund der Steuerzahler nannte die Bestellung „Verschwendung mit Ansage“.", False, [], None),
    (
        "de",
        "„Lassen Sie sich impfen, bevor die Welle kommt“, appellierte die Präsidentin des Instituts.",
        False,
        [],
        None,
    ),
    # --- Nordholm guidance cut (Reuters) ---
    (
        "en",
        "COPENHAGEN, Nov 4 (Reuters) - Danish drugmaker Nordholm Pharma cut its full-year sales growth forecast on Wednesday, its second downgrade in three months, sending its shares down more than 11%.",
        True,
        [
            ("date", "--11-04", None, None),
            ("ordinal", 2, None, None),
            ("duration", 3, "month", None),
            ("percent", 11, "%", "over"),
        ],
        None,
    ),
    (
        "en",
        "Nordholm now expects sales to grow 6% to 9% at constant exchange rates, compared with 8% to 11% previously.",
        True,
        [("percent", 6, "%", None), ("percent", 9, "%", None), ("percent", 8, "%", None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Third-quarter operating profit fell 4% to 18.3 billion Danish crowns ($2.8 billion), below the 19.6 billion crowns expected by analysts in a company-compiled poll.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 4, "%", None),
            ("money", 18300000000, "DKK", None),
            ("money", 2800000000, "USD", None),
            ("money", 19600000000, "DKK", None),
        ],
        None,
    ),
    (
        "en",
        "Sales of its diabetes and obesity medicines rose 7% to 52.1 billion crowns.",
        True,
        [("percent", 7, "%", None), ("money", 52100000000, "DKK", None)],
        None,
    ),
    (
        "en",
        "The company said it would cut about 2,100 jobs, or 4% of its workforce, mainly in Denmark and the United States.",
        True,
        [("count", 2100, None, "about"), ("percent", 4, "%", None)],
        "the company",
    ),
    (
        "en",
        "Nordholm's shares have lost roughly half their value since peaking in June 2024.",
        True,
        [("fraction", 0.5, None, "about"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"We are disappointed with our commercial execution in the U.S.," Chief Executive Henrik Maagaard said.',
        False,
        [],
        None,
    ),
    ("en", "Analysts at Brantley Capital said the cut was larger than they had feared.", False, [], None),
    # --- Spitalsärzte Warnstreik (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Spitalsärztinnen und -ärzte haben für den 26. November einen zweistündigen Warnstreik in den Kliniken des Wiener Gesundheitsverbunds angekündigt.",
        True,
        [("date", "--11-26", None, None), ("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Betroffen seien rund 3.600 Ärztinnen und Ärzte in sieben städtischen Kliniken, sagte Kurienobmann Edgar Hollaus.",
        True,
        [("count", 3600, None, "about"), ("count", 7, None, None)],
        "Edgar Hollaus",
    ),
    (
        "de",
        "Auf eine Hüftoperation warteten Patientinnen und Patienten zuletzt im Schnitt 19 Wochen, auf eine Grauer-Star-Operation bis zu acht Monate.",
        True,
        [("duration", 19, "week", None), ("duration", 8, "month", "up_to")],
        None,
    ),
    (
        "de",
        "Laut Ärztekammer sind in den städtischen Spitälern derzeit 182 Arztstellen unbesetzt.",
        True,
        [("count", 182, None, None)],
        "Ärztekammer",
    ),
    (
        "de",
        "Der Gesundheitsverbund verwies auf 240 seit 2023 neu geschaffene Stellen und eine Gehaltserhöhung von 9,15 Prozent.",
        True,
        [("count", 240, None, None), ("year", 2023, None, None), ("percent", 9.15, "%", None)],
        None,
    ),
    ("de", "Die Notfallversorgung bleibt während des Streiks aufrecht.", True, [], None),
    (
        "de",
        "Es wäre der erste Ärztestreik in den Wiener Gemeindespitälern seit 2003.",
        True,
        [("ordinal", 1, None, None), ("year", 2003, None, None)],
        None,
    ),
    ("de", "„Wir streiken nicht gegen die Patienten, sondern für sie“, sagte Hollaus.", False, [], None),
    # --- UK drug pricing deal (Reuters) ---
    (
        "en",
        "LONDON, Nov 18 (Reuters) - Britain will cut the rebate rate drugmakers pay on sales of branded medicines to the NHS to 17.8% next year from 24.6%, the government said on Wednesday.",
        True,
        [("date", "--11-18", None, None), ("percent", 17.8, "%", None), ("percent", 24.6, "%", None)],
        "the government",
    ),
    (
        "en",
        "In return, the cost-effectiveness threshold used to judge new medicines will rise to 40,000 pounds per quality-adjusted life year from 32,000 pounds.",
        True,
        [("money", 40000, "GBP", None), ("money", 32000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Association of the British Pharmaceutical Industry said the deal would unlock about 1 billion pounds of investment over five years.",
        True,
        [("money", 1000000000, "GBP", "about"), ("duration", 5, "year", None)],
        "the Association of the British Pharmaceutical Industry",
    ),
    (
        "en",
        "Drugmakers paid a combined 3.4 billion pounds in rebates last year, according to government figures.",
        True,
        [("money", 3400000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Several companies had paused or cancelled British investments worth more than 2 billion pounds this year, citing the pricing regime.",
        True,
        [("money", 2000000000, "GBP", "over")],
        None,
    ),
    (
        "en",
        '"This is a good day for patients and for British science," the Health Secretary told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Patient groups questioned whether the higher threshold would simply mean the NHS pays more for the same drugs.",
        False,
        [],
        None,
    ),
    # --- Arzneimittelausgaben (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die gesetzlichen Krankenkassen haben in diesem Jahr erstmals mehr als 60 Milliarden Euro für Arzneimittel ausgegeben.",
        True,
        [("money", 60000000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Arzneimittel-Kompass des Wissenschaftlichen Instituts der AOK (WIdO) hervor, der am Dienstag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Patentgeschützte Medikamente machten demnach nur 7 Prozent der Verordnungen, aber 54 Prozent der Kosten aus.",
        True,
        [("percent", 7, "%", None), ("percent", 54, "%", None)],
        None,
    ),
    (
        "de",
        "Neu eingeführte Medikamente kosteten im Schnitt rund 112.000 Euro pro Patient und Jahr, 2015 waren es knapp 23.000 Euro.",
        True,
        [("money", 112000, "EUR", "about"), ("year", 2015, None, None), ("money", 23000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der Verordnungen stieg um 1,8 Prozent auf 812 Millionen Packungen, sagte WIdO-Geschäftsführer Bernd Quadflieg.",
        True,
        [("percent", 1.8, "%", None), ("count", 812000000, None, None)],
        "Bernd Quadflieg",
    ),
    ("de", "„Wir zahlen Mondpreise für Scheininnovationen“, sagte Quadflieg.", False, [], None),
    (
        "de",
        "Der Verband forschender Arzneimittelhersteller (vfa) wies die Zahlen als „einseitig“ zurück.",
        False,
        [],
        None,
    ),
    # --- Kenya doctors strike (AP) ---
    (
        "en",
        "NAIROBI, Kenya (AP) — Doctors at public hospitals across Kenya went on strike Monday over unpaid wages and a long-delayed collective agreement, leaving thousands of patients without care.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Union officials said about 7,000 doctors had stopped work in 38 of the country's 47 counties.",
        True,
        [("count", 7000, None, "about"), ("count", 38, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Some doctors have not been paid for up to five months, union secretary-general Abel Kiprotich said.",
        True,
        [("duration", 5, "month", "up_to")],
        "Abel Kiprotich",
    ),
    (
        "en",
        "It is the third nationwide doctors' strike since 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The Treasury released 2.4 billion Kenyan shillings on Friday to clear salary arrears.",
        True,
        [("money", 2400000000, "KES", None)],
        None,
    ),
    (
        "en",
        "A court in Nairobi ordered both sides to return to talks within seven days.",
        True,
        [("duration", 7, "day", None)],
        None,
    ),
    (
        "en",
        '"We cannot treat patients on empty stomachs," a doctor at Kenyatta National Hospital told The Associated Press.',
        False,
        [],
        None,
    ),
    ("en", "Health officials urged patients to seek care at private and faith-based facilities.", False, [], None),
]
