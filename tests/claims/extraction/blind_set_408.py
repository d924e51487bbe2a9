"""Four-hundred-and-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
office-holder is named: ministers and the heads of real governments' health departments
appear only by office („Die Bundesgesundheitsministerin“, „die Ministerin“, „Der
Landesgesundheitsminister“, „Die Regierung“, "the health secretary", "The health secretary",
"The health minister", "The province's health minister", "Ministers"), and the association
chiefs, union officials, hospital doctors, executives and agency officials below appear
under made-up names that stand for no real holder.

Names: Regula Zumbühl-Casutt, Gerlinde Pöchhacker-Strauß, Benedikt Rauschmayr-Holl, Lothar
Ebersbächer-Kuhn, Annelore Dittberner-Sauk, Veronika Hinterleitner-Zöch, Wolfgang
Esterhues-Brink, Sabine Krautgartner-Wöss, Katrin Ollendorff-Riemer, Melanie
Grotefend-Aßmann, Ulrich Brenzinger-Maier, Friedrich Haslinger-Pruckner; Darlene
Whitfield-Oakes, Corliss Amberley-Nash, Tamsin Okereke-Vale, Orlaith Brennock, Ruairi
Castellane, Lorena Pacheco-Whitlow, Graham Tolliver-Baxter, Bethan Marchbank-Idowu, Fergus
Drummond-Kerr, Marcus Penhaligon-Ward, Desmond Achterberg-Lyle, Marisol Quintanar-Reyes,
Kayla Brandvik-Olson, the hospital owner Piney Creek Health and the town of Cullom Springs
are invented, and so is every unnamed spokesman, pharmacist, paramedic, executive and
official. Real states, bodies, places and things (gesetzliche Krankenversicherung,
Zusatzbeitrag, Schätzerkreis, Gesundheitsfonds, GKV-Spitzenverband, Stellenmarkt-Monitor
Schweiz, Spitalverband H+, SBK, Patientenanwaltschaft, ÖGK, Österreichische
Gesundheitskasse, Kärnten, Landesamt für Gesundheit und Lebensmittelsicherheit (LGL),
Ständige Impfkommission, Ulm, Bundesrat, Krankenhausreform, Leistungsgruppen,
Transformationsfonds, DKG, Marburger Bund, Wissenschaftliches Institut der AOK (WIdO),
Terminservicestellen, Kassenärztliche Vereinigungen, KBV, AGES, Sentinel-Praxen,
Krankenhaus-Barometer, Deutsches Krankenhausinstitut (DKI), Bundesgesundheitsministerium,
Uniklinik Köln, Krankenhausgesellschaft Nordrhein-Westfalen (KGNW), Wiener
Gesundheitsverbund, Klinik Ottakring, Wiener ÖVP, Robert Koch-Institut (RKI), EU,
Hausärzteverband, Medizinische Hochschule Hannover, Verdi, Tarifgemeinschaft deutscher
Länder, Potsdam, Kassenärztliche Vereinigung Baden-Württemberg, Landarztquote, Gemeindetag,
Wahlärzte, Kanton Bern, Spitalzentrum Biel, Techniker Krankenkasse, Berufsverband der
Kinder- und Jugendärzte, Gemeinsamer Bundesausschuss; NHS England, A&E, the CDC, the Sheps
Center for Health Services Research, the British Medical Association (BMA), the Department
of Health, University Hospital Limerick, the Health Service Executive, the Irish Nurses and
Midwives Organisation, the UK Health Security Agency (UKHSA), COVID-19, Nova Scotia Health,
the Royal College of Nursing (RCN), NHS Providers, GLP-1, Medicare, Medicaid, the American
Hospital Association, Public Health Scotland, the Royal College of Emergency Medicine, the
Scottish Government, Queensland Health, the Australian Medical Association, Ucas, Unison,
the Centers for Medicare & Medicaid Services, KFF, Families USA, the Congressional Budget
Office, the Affordable Care Act, Betsi Cadwaladr University Health Board, the Welsh
Conservatives, the Minnesota Nurses Association, Allina Health, and the datelines' cities)
stand for the way wire copy names them; every rate, wait, bed count, vacancy, deficit, sum,
incidence, vaccination rate, survey share, strike figure and quote here is invented, and
where a real figure came to mind (a real Zusatzbeitrag, a real number of service groups or a
real transformation fund, a real waiting list, a real A&E month, a real pay claim, a real
national health spending total, a real number of rural closures, a real enrolment total or
CBO estimate, a real rural-quota intake, a real pensioners' contribution rate) it was
changed; the standing rules and targets are kept (the general contribution rate of 14,6
Prozent, England's 92 per cent within 18 weeks and its four-hour A&E measure, Scotland's 95
per cent, the 18-minute category 2 standard, Wales's 75 per cent within 62 days,
Queensland's 90 per cent within 30 minutes, the 75 percent goal for older people's flu jabs)
and so is the year of the first resident doctors' strike of the dispute, 2023.

Its weight: HEALTH SYSTEMS AND HOSPITALS, fifth round for hospitals and health insurance
(the hundred-twenty-third, two-hundred-and-seventh, two-hundred-and-eighty-sixth and
three-hundred-and-thirty-fourth batches weighed hospitals, waiting lists, doctors, health
insurance and health systems, the forty-ninth health systems, waiting times and social
services, the hundred-eighty-third the health system and pharma business, the
hundred-eleventh and two-hundred-and-twenty-fifth outbreaks and vaccination, the
two-hundred-and-seventy-third public health and drug policy and the
three-hundred-and-sixty-second health and medicine on both desks; their decisions are kept)
over one winter season, October to March, as 32 short stories in story order, the German and
English stories interleaved by month, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). German (dpa with its
regional slugs "dpa/lby", "dpa/lnw", "dpa/lsw", APA with Austrian „heuer“, „Jänner“,
„Spitälern“, „Obmann“, „Krankenstand“, „Wahlärzte“, „Pensionistinnen und Pensionisten“,
Keystone-SDA with Swiss „15'200“, „30'000“, „innert“, „reisst“, „Pflegende“, «» quotes,
German „“ quotes): the Zusatzbeitrag for next year, nursing vacancies in Switzerland, MRI
and CT waits in Austria, an early RSV wave in Bavaria's children's hospitals, the Bundesrat
passing changes to the hospital reform, specialist waits in Germany, the flu wave in
Austria, the Krankenhaus-Barometer, flu in North Rhine-Westphalia's emergency departments,
locked beds and corridor beds in Vienna, flu and RSV vaccination rates of older people, a
warning strike at a university hospital, GP vacancies in Baden-Württemberg, the ÖGK's
accounts, Swiss hospitals' losses and a season of RSV immunisation for newborns. English
(PA, Reuters with dated datelines, AP, CP, AAP): England's waiting list and A&E, a rural
hospital closing in Alabama, flu shots lagging in the U.S., a resident doctors' strike,
trolleys in Ireland, the flu season in England, flu and RSV in the U.S., emergency room
closures in Nova Scotia, A&E in December and corridor care, U.S. national health spending,
A&E in Scotland, ambulance ramping in Queensland, nursing vacancies in England, Affordable
Care Act sign-ups, the waiting list in Wales and a nurses' strike in Minneapolis. Figures as
such copy has them: waits and targets in minutes, hours, days, weeks, months and years
("less than 18 weeks", "the 18-week target", "inside four hours", "more than 12 hours", "51
minutes and 38 seconds", „im Schnitt 42 Tage“, „länger als drei Monate“, „bis zu neun
Stunden“), hours of closures and ramping ("a combined 6,340 hours", "5,870 hours ramped"),
beds, posts, vacancies, patients, doses and jobs as counts, incidences per 100,000 („25,9
Fällen je 100.000 Einwohner“, „97,4 je 100.000 Einwohner“, "9.7 per 100,000 people"),
contribution and vaccination rates in percent and in percentage points („um 0,3
Prozentpunkte auf 3,2 Prozent“, „um 2,4 Prozentpunkte weniger“), deficits, loans, funds,
spending and premiums in euros, francs, pounds, U.S., Australian and Canadian dollars, ages
(„ab 60 Jahren“, „60 Jahre oder älter“, „über 75-Jährigen“, "adults 65 and older",
"over-65s", "children under five"), number words and compounds („elf Tagen“, „zehn Jahre“,
„zwölf Monaten“, „Sieben-Tage-Inzidenz“, „24-stündigen Warnstreik“, "Eleven", "Nine of", "a
49-bed hospital", "a three-day strike", "two-year waits", "four-hour target"), fractions
(„Gut ein Drittel“, „Knapp jeder vierte“, „gut ein Viertel“, „Fast drei Viertel“, „Nur gut
jeder dritte“, „Fast jeder dritte“, „Rund zwei Drittel“, „Knapp drei Viertel“, "Fewer than
half", "by half", "more than two-thirds", "one in five", "about one in four"), ordinals („in
der 46. Kalenderwoche“, „in der ersten Januarwoche“, „im ersten Lebensjahr“, „Die dritte
Verhandlungsrunde“, "the fourth monthly fall in a row", "the 11th rural hospital", "their
13th strike", "their first job"), hedges, years and dates. Negatives as such copy has them -
57 rows, none with a figure: officials' and unions' warnings naming no measure (the
GKV-Spitzenverband, the Marburger Bund, the Gemeindetag, hospital association leaders,
hospital chiefs, hospital groups, Unison), ministers', association chiefs', union
officials', doctors' and nurses' rhetoric, promises and reassurances in quotes, labels
(„nannte“, "called"), verdicts with „hält ... für“ and „halten ... für“, blame naming no act
(„warf ... vor“, "accused ... of", "blamed"), appeals and advice, fears, economists' views,
evasions and open questions and an advocate's words, each near a check-worthy look-alike
from the same story (often the same speaker's figure).

240 rows (120 German, 120 English), 57 negatives (29 German, 28 English), 183 check-worthy
rows of which 18 carry no figure (11 German, 7 English), 302 expected quantities (97 counts,
70 percentages - 68 in "%", 2 in percentage points "pp" -, 60 durations - 21 in years, 15 in
hours, 11 in days, 7 in weeks, 3 in minutes, 2 in months, 1 in seconds -, 27 amounts of
money - 13 EUR, 8 USD, 2 GBP, 2 CHF, 1 CAD, 1 AUD -, 14 years, 13 fractions, 11 dates, 10
ordinals; none of them in a negative), 36 checked speakers (18 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, promise, reassurance, appeal, warning naming no measure, fear, feeling,
  verdict or piece of rhetoric is a negative with speaker None, also with a named speaker
  and an office (seventh, ninety-eighth, hundred-twenty-third, two-hundred-and-fourth,
  two-hundred-and-seventh, two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth,
  three-hundred-and-sixty-second); a quoted or reported statement of fact, figure, step,
  plan, demand, condition or forecast with a figure is check-worthy with its speaker, also
  in Konjunktiv I. Pairs from one speaker: the Ministerin's 2.3 billion euros beside „Wir
  stabilisieren die Beiträge ...“; the health secretary's 210,000 beside "The worst is
  behind us ..."; Zumbühl-Casutt's 30,000 and 82 percent beside «Rückgrat» and
  «Sicherheitsnetz»; Whitfield-Oakes's 212 jobs beside "the heart of your town";
  Pöchhacker-Strauß's three days beside „Kontostand“; Amberley-Nash's 96.4 million doses
  beside her appeal; Rauschmayr-Holl's 17 infants beside „ein krankes Kind auf der
  Autobahn“; Okereke-Vale's condition beside "run out of road"; Ebersbächer-Kuhn's 120
  clinics and 19 billion euros beside „zu spät“ and „kalten Strukturwandel“; Brennock's 18
  hours beside "never built to be wards"; Dittberner-Sauk's 560 million cases beside „dass
  jeder überall hingehen kann“; Castellane's three weeks beside his appeal;
  Hinterleitner-Zöch's two to three weeks beside „Auch jetzt lohnt sich der Stich“;
  Pacheco-Whitlow's 64 children beside her advice; Tolliver-Baxter's half beside "a darkened
  emergency room"; Esterhues-Brink's 14 percent beside „über der Belastungsgrenze“;
  Marchbank-Idowu's 31 of 42 trusts and her one in four beside "run out of slack" and
  "standing at the door"; Krautgartner-Wöss's 1,200 nurses beside „einer Weltstadt
  unwürdig“; Ollendorff-Riemer's 22 percent beside „ein Intensivbett kosten“;
  Drummond-Kerr's 817 deaths beside "in pain and fear"; Grotefend-Aßmann's 310 posts beside
  „den Laden zusammengehalten“; Penhaligon-Ward's one in five beside "Ramping is the
  symptom"; Brenzinger-Maier's 1,700 retirements beside „Die Zeit der Einzelpraxis ... geht
  zu Ende“ (a forecast without a figure); Haslinger-Pruckner's 9.4 and 4.1 percent beside
  „kein Einnahmenproblem“ and his evasion; the Kinderärzte spokesman's 520,000 beside „der
  größte Erfolg“; Brandvik-Olson's six patients beside "ration my time".
- Warnings, the weight's negatives (two-hundred-and-fourth, two-hundred-and-eighty-sixth,
  three-hundred-and-thirty-fourth, three-hundred-and-sixty-second): a warning that names no
  measure and no figure is a negative, from a body, a union or a group alike („Der
  GKV-Spitzenverband warnte vor einer Beitragsspirale, sollte ...“ - the condition names no
  step -, „Der Marburger Bund warnte vor einer Verschärfung des Ärztemangels ...“, „Der
  Gemeindetag warnte vor einer Versorgungslücke ...“, "Hospital association leaders warned
  that more rural closures were coming.", "Hospital chiefs warned that the peak of winter
  pressure had not yet arrived.", "Hospital groups warned that unpaid bills would pile up
  ...", "Unison warned that thousands of graduates could be lost ..." - "thousands" is no
  figure, as „seit Jahren“ is none); each stands beside a figure of the same story. A
  forecast with a figure stays check-worthy (two-hundred-and-fourth,
  three-hundred-and-thirty-fourth): Ebersbächer-Kuhn's „bis zu 120 weiteren Kliniken“,
  Brenzinger-Maier's 1,700 retirements, Hinterleitner-Zöch's peak in two to three weeks, the
  ÖGK's „Abgang von rund 530 Millionen Euro“, the CBO's 3.6 million. Other negatives, none
  with a figure: promises and reassurances in quotes (the Ministerin's, the health
  secretary's), rhetoric and creed in quotes (the pairs above, Quintanar-Reyes of Families
  USA), labels („nannte den Ausstand ...“, "called the strike", "called the figures" twice,
  "called the union's proposals"), verdicts with „hält ... für“ and „halten ... für“ (the
  cantons, the Hausärzteverband, the insurers; ninety-eighth,
  three-hundred-and-thirty-fourth), blame naming no act („warf der Stadtregierung Versagen
  ... vor“, "accused the government of hiding ...", "blamed hospital consolidation";
  three-hundred-and-thirty-fourth), appeals and advice (Amberley-Nash's "get the shot",
  Castellane's "please book it", Pacheco-Whitlow's "should not wait", „Bitte kommen Sie nur
  mit echten Notfällen ..., appellierte die Uniklinik.“, "Health officials urged ...", "The
  health secretary urged ..."; two-hundred-and-twenty-fifth: advice to the reader is a
  negative, also from an official), a fear ("Some pharmacists said they feared ...";
  two-hundred-and-fourth), economists' view ("Economists said the figures showed ...";
  three-hundred-and-fifty-sixth: "Economists said the figures left the ECB little reason to
  wait."), evasions and open questions („wollte im Ministerium niemand vorhersagen“, „ließ
  Haslinger-Pruckner offen“, „Ob das Geld rechtzeitig ... ankommt, ist offen.“, „ist unter
  Fachleuten umstritten“; two-hundred-and-seventy-third).
- Check-worthy without a figure (18 rows; hundred-twenty-third, two-hundred-and-seventh,
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth,
  three-hundred-and-sixty-second): source lines („Das zeigt eine Auswertung des
  Stellenmarkt-Monitors Schweiz, ...“, „Die Zahlen stammen aus einer Erhebung der
  Patientenanwaltschaft, ...“, „Das teilte die Kassenärztliche Vereinigung Baden-Württemberg
  am Montag mit.“), the Schätzerkreis's agreement (two-hundred-and-seventh), the Bundesrat's
  approval of the changes (two-hundred-and-seventh), the rule that gives the Länder more
  time („ein Jahr“ an article) and the rule that lets pharmacies vaccinate against RSV
  (two-hundred-and-eighty-sixth: a rule for patients), leads reporting a strain or a trend
  (the Austrian flu wave, North Rhine-Westphalia's emergency departments, fewer infants in
  hospital with RSV; two-hundred-and-eighty-sixth, three-hundred-and-sixty-second), the
  Gemeinsamer Bundesausschuss's decision (an act), the emergency room kept open around the
  clock (the company's account of its own step), Okereke-Vale's condition for calling the
  walkout off (three-hundred-and-sixty-second: a condition), consultants covering emergency
  care (hundred-twenty-third), stated causes (Nova Scotia's overnight shifts, the expiry of
  the subsidies; two-hundred-and-eighty-sixth), the government's pledge of a job for every
  nursing graduate (a pledge naming a measure, hundred-twenty-third) and Allina Health's
  replacement nurses.
- Waits, targets and other spans are durations (the issue: "zehn Minuten", "a two-week
  visit"; every health batch): "less than 18 weeks old" 18 weeks "under"
  (two-hundred-and-seventh: "less than 18 weeks"), "inside the 18-week target" 18 weeks with
  no hedge (hundred-twenty-third: "within the 18-week target"), "inside four hours" (twice),
  "within 30 minutes", "within 62 days", „innert zehn Jahren“, „binnen drei Tagen“, „binnen
  fünf Jahren“ and „binnen zehn Jahren“ with no hedge ("inside", "within", „innert“,
  „binnen“; two-hundred-and-eighty-sixth), "more than 12 hours" (three times), "more than 24
  hours", "longer than eight hours ... longer than 12 hours" (each "longer than" before its
  own span), "more than two years old" and „länger als drei Monate“ "over"
  (two-hundred-and-eighty-sixth: "older than two years", „länger als drei Monate“), „bis zu
  neun Stunden“, "for up to 18 hours" and "up to six hours" "up_to" („zeitweise“ no hedge,
  three-hundred-and-sixty-second), "51 minutes and 38 seconds" two durations and "a target
  of 18 minutes" (two-hundred-and-eighty-sixth: "47 minutes and 12 seconds"), "a combined
  6,340 hours" and "5,870 hours ramped" (two-hundred-and-eighty-sixth: "a combined 61,200
  hours"; three-hundred-and-thirty-fourth: "4,812 hours ramped"), "The median wait ... was
  21.6 weeks" ("median" no hedge), „im Schnitt 27 Tage, in Kärnten sogar 44 Tage“,
  „durchschnittlich elf Tagen“, „im Mittel 71 Tage“ („im Schnitt“, „sogar“,
  „durchschnittlich“, „im Mittel“ no hedge), „im Schnitt 42 Tage warten, Privatversicherte
  dagegen 23“ 42 and 23 days (the unit written once serving the later figure,
  three-hundred-and-sixty-second: „im Schnitt 36 Tage, privat Versicherte dagegen nur 19“),
  „über zehn Jahre“ 10 years ("über" before a span no hedge, two-hundred-and-eighty-sixth),
  "over the past two weeks", "over two years", "22% over three years" and "12.5% over three
  years" with the span (three-hundredth), "in the last two years" 2 years, "the lowest
  figure for two years" 2 years (three-hundred-and-thirty-fourth), "Ministers said they had
  ended two-year waits" 2 years (two-hundred-and-eighty-sixth: "two-year waits"), "about
  three weeks ahead of a typical year" 3 weeks "about" ("a typical year" an article), „in
  etwa zwei bis drei Wochen“ 2 weeks "about" and 3 weeks - „in etwa“ reads as „etwa“
  (three-hundred-and-sixty-second) and the hedge stands on the first figure of a range only
  (two-hundred-and-forty-fourth: „rund 1.600 bis 1.800 Tiere“) -, "for five days" 5 days, "a
  three-day strike" 3 days, „24-stündigen Warnstreik“ 24 hours (three-hundredth), „bei zwölf
  Monaten Laufzeit“ 12 months, „zehn Jahre auf dem Land zu praktizieren“ 10 years,
  „Sieben-Tage-Inzidenz“ 7 days (two-hundred-and-twenty-fifth), "four-hour target" 4 hours
  (the figure heading a compound). Ages are durations in years (every batch): "adults 65 and
  older" and "people aged 75 and older" "at_least" (two-hundred-and-eighty-sixth: "aged 65
  and older"), „ab 60 Jahren“ and „60 Jahre oder älter“ "at_least"
  (two-hundred-and-twenty-fifth, two-hundred-and-eighty-sixth), "over-65s", „über
  65-Jährigen“ and „über 75-Jährigen“ "over", „unter zwei Jahren“ and "children under five"
  "under" (two-hundred-and-twenty-fifth). None: „im kommenden Jahr“, „im vergangenen Jahr“,
  „heuer“, „seit Jänner“, „seit Anfang November“, „seit Anfang des vergangenen Jahres“,
  „seit dieser Saison“, „in der Saison“, „zum Jahresbeginn“, „bis Ende Juni“, „im Jänner“,
  „an mehreren Tagen“, „am Spitzentag“, „seit Wochen“, „seit Langem“, „seit Jahren“, „in den
  Vorjahren“, „im Vorjahr“, „in der Woche davor“, „eine Woche zuvor“, „vor einem Jahr“ and
  „ein Jahr mehr Zeit“ (articles), „im Monat“, „monatlich“, „jedes Jahr“, „pro
  Pflegefachperson“, „im Tagdienst“, "more than a year" (an article,
  three-hundred-and-thirty-fourth), "a year earlier", "on a year earlier", "the week
  before", "last week", "last year", "this year", "this season", "so far this season", "this
  winter", "the winter", "the past month", "the same period last year", "at the end of last
  year", "by the end of the year", "by the end of November", "by the end of September",
  "from September", "by March", "since October", "between April and November", "around the
  clock", "a day", "per person", "night shifts", "overnight shifts", weekdays and months.
- Incidences, rates and multiples (hundred-eleventh, two-hundred-and-twenty-fifth,
  two-hundred-and-seventy-third): rates per 100,000 are two counts („25,9 Fällen je 100.000
  Einwohner“, „97,4 je 100.000 Einwohner“, "9.7 per 100,000 people"); a second rate without
  its base gives its figure only („bei Kindern unter zwei Jahren bei 412“ 412, "compared
  with 6.1 the week before" 6.1; two-hundred-and-twenty-fifth: "up from 4.1"); weekly rises
  are percentages („um 31 Prozent mehr als in der Woche davor“ 31); „fast doppelt so viele
  wie eine Woche zuvor“ is count 2 "nearly" (hundred-eleventh: „fast doppelt so viele“);
  "more than doubled" carries no quantity ("more than" before a verb, hundred-tenth and
  two-hundred-and-forty-fourth), its two sums ("to $118 from $52") each USD; "by half" is
  fraction 0.5 with no hedge (hundred-twenty-fifth: "by half"). Calendar weeks are ordinals
  („in der 46. Kalenderwoche“ 46, „In der 50. Kalenderwoche“ 50;
  two-hundred-and-twenty-fifth), and so is „in der ersten Januarwoche“ 1
  (two-hundred-and-eighty-sixth: "in the first week of January" 1), „im ersten Lebensjahr“ 1
  (two-hundred-and-eighty-sixth: „ab dem 43. Lebensjahr“ 43) and „in ihrer ersten
  RSV-Saison“ 1 (two-hundred-and-twenty-fifth). "COVID-19", "GLP-1", "RSV" and "A&E" carry
  none (hundred-eleventh, three-hundred-and-sixty-second).
- Health insurance, contributions and premiums (forty-ninth, hundred-twenty-third,
  two-hundred-and-seventh, three-hundred-and-thirty-fourth, three-hundred-and-sixty-second):
  „um 0,3 Prozentpunkte auf 3,2 Prozent“ 0.3 "pp" and 3.2 percent, „um 2,4 Prozentpunkte
  weniger als im Vorjahr“ 2.4 "pp" („weniger“ after the figure compares), „von 14,6 Prozent
  ... im Schnitt 17,8 Prozent“, „von 5,1 auf 5,6 Prozent“ both (the unit written once,
  three-hundred-and-thirty-fourth), „um 9,4 Prozent ..., lediglich um 4,1 Prozent“
  („lediglich“ no hedge); wages and premiums are money, the period carrying none („Bei einem
  Bruttolohn von 3.800 Euro im Monat“, „zusammen rund 11 Euro mehr“ 11 EUR "about" -
  „zusammen“ no hedge, „mehr“ after the figure compares, two-hundred-and-eighty-sixth: „rund
  10 Euro mehr“ -, „mindestens aber 340 Euro monatlich“ 340 EUR "at_least"
  (three-hundredth), "$118 from $52" USD, "$15,920 per person").
- Deficits, funds, loans and spending are money in the currency written (every batch): EUR
  („318,4 Milliarden Euro ... 357,9 Milliarden Euro“, „zusätzlich 2,3 Milliarden Euro“ -
  „zusätzlich“ no hedge, two-hundred-and-fourth -, „insgesamt 46 Milliarden Euro, von denen
  der Bund 23 Milliarden trägt“ both EUR - the currency written once serving the later
  figure, hundred-seventeenth and three-hundred-and-fifty-sixth -, „rund 19 Milliarden
  Euro“, „von insgesamt 3,5 Milliarden Euro“, „mit einem Minus von 412 Millionen Euro“ with
  no sign - the noun with „von“, three-hundred-and-sixty-second -, „rund 530 Millionen
  Euro“, „rund 480 Euro“ for „eine Dosis“ - an article -), CHF („ein Defizit von 742
  Millionen Franken“, „ein Darlehen über 25 Millionen Franken“ with no hedge - „über“
  governed by the noun, three-hundred-and-thirty-fourth), GBP ("about 300 million pounds",
  "£200 million"), USD ("about $6.8 million", "$5.41 trillion", "$1.71 trillion", "$1.13
  trillion", "$921 billion"), AUD ("an A$1.2 billion package"), CAD ("a C$96 million
  recruitment program"; three-hundred-and-thirty-fourth: "about C$1.4 billion").
- Counts (every batch): beds, posts, patients, doses, jobs, clinics and areas with their
  hedges („Rund 15'200“ and „gut 30'000“ with the Swiss apostrophe,
  two-hundred-and-eighty-sixth: „rund 14'800“; „rund 38.000“, „rund 412.600“, „rund 740“,
  „rund 1.200“, „rund 2.100“, „Rund 240“, „rund 1.700“, „rund 3.100“, „rund 520.000“, "Some
  168,300", "Some 57,200", "Some 2,318", "About 9,850", "About 21.9 million", "About 4,800"
  "about"; „gut 4.800“, „gut 120 mehr“, „gut 1,6 Millionen“, „gut 560 Millionen“, "More than
  170" "over"; "nearly 3.8 million" and "almost 32,000" "nearly"; „bis zu acht“, „bis zu 120
  weiteren Kliniken“ and "a drive of up to 55 miles" "up_to" (two-hundred-and-eighty-sixth:
  "a drive of up to 50 miles"); „höchstens sechs Patientinnen und Patienten“ "at_most"; "at
  least one unplanned closure" 1 "at_least" (two-hundred-and-eighty-sixth: "at least one of
  the quality standards"); "at least 4.3 million illnesses, 47,000 hospitalizations and
  1,900 flu deaths" with the hedge on the first only (two-hundred-and-seventy-third: "An
  estimated 400 million ... and 209 million of them"; three-hundred-and-eighty-eighth: „drei
  Menschen getötet und mindestens 22 verletzt“), as "About 4,800 nurses at 11 ... hospitals"
  and "About 21.9 million ..., down from 24.1 million"), definite groups and tallies („96
  der 612 Betten“, „In 31 der 101 Mittelbereiche“, „Von den bundesweit 61 Leistungsgruppen“,
  "31 of the 42 trusts", "Nine of the province's 36 emergency departments", "121 of them"; a
  number word opening the row reads as digits would, three-hundredth: "Eleven pediatric flu
  deaths", "Nine of"), "A record 71,540" and "a record 687" ("A record" no hedge), "category
  2 patients" 2 (three-hundred-and-thirty-fourth), "A 49-bed hospital" 49
  (hundred-twenty-third: "the 25-bed hospital"), scale words multiplying ("7.19 million",
  "96.4 million doses", "3.6 million more Americans" - "more" after the figure -, „gut 1,6
  Millionen“), and „14 weiteren Instituten“, "14 additional beds ... 40 more", "3,400 extra
  beds", "408 extra beds", "1,240 extra operations" and „82 Medizinstudienplätze“ with no
  hedge („weiteren“, "additional", "extra", "more" after a figure). New: „Die
  Sentinel-Praxen meldeten hochgerechnet rund 38.000 Neuerkrankungen“ is 38,000 "about" -
  the hedge is „rund“, and „hochgerechnet“ ("extrapolated") marks how the figure was reached
  and bounds nothing, as „auf das Jahr hochgerechnet um 1,1 Prozent“ carried no hedge
  (ninety-first). New: „bekomme den Termin oft binnen drei Tagen“ is 3 days with no hedge -
  „oft“ says how often the span holds and bounds no figure, as „teils“
  (three-hundred-and-ninety-ninth). None: „an mehreren Tagen“, „mehrere“, "Most of the
  closures", "all its hospitals", "thousands of graduates", "every nursing graduate", "each
  nurse", articles („eine Dosis“, „einem Antikörper“, "a ward bed", "an ambulance") and "the
  nearest hospital".
- Percentages otherwise (every batch): PA's, AAP's and CP's "per cent" in % ("Just 60.4 per
  cent", "just 62.7 per cent", "just 34.6 per cent", "Only 71.8 per cent", "Only 56.4 per
  cent" and "Only 58.2 per cent" with no hedge, "against the 92 per cent standard", "the
  interim target of 77 per cent", "short of the 75 per cent target", "a target of 90 per
  cent", "a target of 75 per cent" and "is 95 per cent" with no hedge - targets keep their
  figure, three-hundred-and-sixty-second -, "Ministers want 65 per cent", "11.2 per cent",
  "a vacancy rate of 7.3 per cent", "fell 6 per cent", "up 18 per cent", "up 23 per cent");
  Reuters' and AP's "%" ("Only about 42%" "about" - "Only" no hedge,
  two-hundred-and-forty-fourth: "Only about 3%" -, "down from 45%", "61.3%", "39%", "a 26%
  rise", "91% ... on a 58% turnout" (three-hundredth), "6.1% ..., well above the 3%
  baseline" with no hedge (three-hundred-and-thirty-fourth: "well above the 92 per cent"),
  "6.8%", "18.3% ..., up from 17.9%", "9.1%", "8.4%", "8.7%", "6.2%", "5.4% ..., inflation
  of 2.9%", "by 19% and 16% respectively", "97%", "22%", "12.5%"); German copy as written
  („knapp 94 Prozent“ and „knapp acht Prozent“ "nearly", „rund 61 Prozent“ and „rund 22
  Prozent“ "about", „mindestens zehn Prozent“ "at_least", „nur 27 Prozent“, „Nur 11
  Prozent“, „im Schnitt nur 82 Prozent“ with no hedge, „36,8 Prozent, die EU strebt 75
  Prozent an“, „51,2 Prozent ... 33,9 Prozent“, „41 Prozent“, „14 Prozent“, „8 Prozent“, „um
  38 Prozent“, „um 58 Prozent“, „im Schnitt 3,1 Prozent“).
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; every batch): „Gut ein
  Drittel“ 0.3333 "over", „Knapp jeder vierte“ 0.25 "nearly", „gut ein Viertel davon“ 0.25
  "over", „Fast drei Viertel“ 0.75 "nearly", „Nur gut jeder dritte Mensch“ 0.3333 "over"
  („Nur“ no hedge), „Fast jeder dritte Hausarzt“ 0.3333 "nearly", „Rund zwei Drittel“ 0.6667
  "about", „Knapp drei Viertel“ 0.75 "nearly", "Fewer than half" 0.5 "under"
  (two-hundred-and-seventy-third: "fewer than half"), "by half" 0.5, "more than two-thirds"
  0.6667 "over", "one in five beds" 0.2, "about one in four" 0.25 "about". The German "X von
  Y" share form is not used (two-hundred-and-seventh).
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; every batch): "the fourth
  monthly fall in a row" 4 (two-hundred-and-seventh: "the fifth monthly fall in a row"),
  "the 11th rural hospital in the state" 11 (two-hundred-and-eighty-sixth: "the 14th
  hospital"), "in their 13th strike since March 2023" 13 and the year, „Die dritte
  Verhandlungsrunde“ 3 (two-hundred-and-eighty-sixth), "their first job" 1
  (three-hundred-and-thirty-fourth: "a first outpatient appointment"), and the calendar
  weeks, the first week, the first year of life and the first RSV season above. "the highest
  December figure on record", "the highest level", "the lowest figure", "the fastest pace",
  „so viele wie nie“, „so viele wie noch nie“, „Am stärksten“, „Am längsten“, „der größte
  Erfolg“ and "most sharply" rank nothing.
- Years and dates: "since 2015", "since 2010", "since 2005", "since 2008", "since March
  2023", "since 2022", "since 1990", "since 2019", „seit 2022“ the years, "by March 2027"
  2027 (a month before the year carries none, two-hundred-and-seventy-sixth: "in March
  2023"), „bis 2030“, „bis Ende 2028“, "by 2028", "by 2035" the years; „zum 1. Januar“
  --01-01, "on Nov. 30" --11-30, "starting Nov. 24" --11-24, "in the week ending December 7"
  --12-07 and "in the week ending February 9" --02-09 (two-hundred-and-twenty-fifth: "for
  the week ending Nov. 15"), „für den 3. März“ --03-03; Reuters datelines with a day are
  dates without a year ("ATLANTA, Oct 14" --10-14, "LONDON, Nov 12" --11-12, "DUBLIN, Nov
  18" --11-18, "WASHINGTON, Jan 14" --01-14, "WASHINGTON, March 4" --03-04;
  hundred-sixtieth); dpa ("Berlin (dpa) -", "München (dpa/lby) -", "Düsseldorf (dpa/lnw) -",
  "Hannover (dpa) -", "Stuttgart (dpa/lsw) -", "Hamburg (dpa) -"), APA, Keystone-SDA, PA, AP
  ("MONTGOMERY, Ala. (AP) —", "ATLANTA (AP) —", "MINNEAPOLIS (AP) —"), CP and AAP datelines
  none (seventy-ninth); "Ala." ends no sentence, as "HONESDALE, Pa."
  (three-hundred-and-thirty-fourth).
- Hedges, only the names in use: „rund“, „Rund“, „in etwa“, "about", "About", "Some"
  "about"; „knapp“, „Knapp“, „Fast“, "nearly", "almost" "nearly"; „gut“, „Gut“, "more than",
  "More than", „länger als“, "longer than" "over"; „unter“, "under", "less than", "Fewer
  than" "under"; „mindestens“, "at least", „ab“ before an age, „oder älter“, "and older"
  "at_least"; „bis zu“, "up to" "up_to"; „höchstens“ "at_most". No hedge: „im Schnitt“, „im
  Mittel“, „durchschnittlich“, „zusammen“, „gemeinsam“ (hundred-twenty-fifth), „insgesamt“,
  „lediglich“, „nur“, „Nur“, „sogar“, „derzeit“, „zuletzt“, „bislang“, „zeitweise“,
  „voraussichtlich“, „hochgerechnet“, „oft“, „zusätzlich“, „weiteren“, „binnen“, „innert“,
  „über“ before a span or governed by a noun, "an average of", "median", "A total of", "A
  record", "a record", "a combined", "Just", "just", "Only", "additional", "extra",
  "within", "inside", "over" before a span, "well above the", "short of the", "against the",
  "down from", "up from", "compared with", "more" and "fewer" after a figure, „mehr“ and
  „weniger“ after a figure, and "more than" before a verb.
- Speakers, checked only in forms the earlier batches settled: „teilte der
  GKV-Spitzenverband am Donnerstag mit“ -> "der GKV-Spitzenverband" and „teilte der Wiener
  Gesundheitsverbund am Donnerstag mit“ -> "der Wiener Gesundheitsverbund" (the weekday
  dropped, two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth), „Nach Angaben des
  LGL“ -> "das LGL" and „nach Angaben des Robert Koch-Instituts“ -> "das Robert
  Koch-Institut" (the source in the nominative, two-hundred-and-twenty-fifth); "X sagte,
  ..." with the office dropped („H+-Direktorin Regula Zumbühl-Casutt“ twice,
  „Patientenanwältin Gerlinde Pöchhacker-Strauß“, „Chefarzt Dr. Benedikt Rauschmayr-Holl“
  with "Dr." dropped, „DKG-Vorstandschef Lothar Ebersbächer-Kuhn“ and „DKG-Vorstandschef
  Ebersbächer-Kuhn“ -> "Ebersbächer-Kuhn" as written, „KBV-Vize Annelore Dittberner-Sauk“,
  „AGES-Expertin Veronika Hinterleitner-Zöch“, „KGNW-Präsident Wolfgang Esterhues-Brink“,
  „Personalvertreterin Sabine Krautgartner-Wöss“, „RKI-Epidemiologin Katrin
  Ollendorff-Riemer“, „Verdi-Verhandlungsführerin Melanie Grotefend-Aßmann“,
  „KV-Vorstandschef Ulrich Brenzinger-Maier“, „ÖGK-Obmann Friedrich Haslinger-Pruckner“;
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth,
  three-hundred-and-sixty-second). English: "the British Medical Association said on
  Wednesday" -> "the British Medical Association" (three-hundred-and-thirty-fourth), "...,
  the CDC said." -> "the CDC" (three-hundred-and-sixty-second), "The UK Health Security
  Agency said ..." -> "the UK Health Security Agency" (two-hundred-and-twenty-fifth; the
  article lowered opening the row, two-hundred-and-seventy-sixth), "the Centers for Medicare
  & Medicaid Services said on Wednesday" -> the body with its article (hundred-eleventh,
  two-hundred-and-twenty-fifth), "..., the company said." -> "the company"
  (two-hundred-and-seventy-sixth, three-hundredth), the name with the role and "Dr." dropped
  ("Mayor Darlene Whitfield-Oakes said", "CDC immunization official Dr. Corliss
  Amberley-Nash said", "BMA resident doctors committee co-chair Tamsin Okereke-Vale said",
  "Nurse union official Orlaith Brennock said", "UKHSA deputy director Dr. Ruairi Castellane
  said", "Houston pediatrician Dr. Lorena Pacheco-Whitlow said" -
  two-hundred-and-twenty-fifth: "Spokane pediatrician Aaron Feldstein said" -, "Nova Scotia
  Health chief executive Graham Tolliver-Baxter said", "RCN England director Bethan
  Marchbank-Idowu said", "Royal College of Emergency Medicine Scotland vice-chair Dr. Fergus
  Drummond-Kerr said", "Australian Medical Association Queensland president Dr. Marcus
  Penhaligon-Ward said", "Marketplace operations chief Desmond Achterberg-Lyle said",
  "Cardiac nurse Kayla Brandvik-Olson said") and "Marchbank-Idowu said ..." opening the row.
  Left unchecked (None): all negatives, also those with a named speaker; roles („Die
  Bundesgesundheitsministerin sagte“, „Der Landesgesundheitsminister sagte“, „Ein Sprecher
  des Berufsverbands ... sagte“, "The health secretary said", "The health minister told
  parliament", "The province's health minister said", "Ministers said", "the health
  authority said"), plural groups ("government actuaries said", "Paramedics' union leaders
  said", "Members of ..."), „wie der Spitalverband H+ am Mittwoch mitteilte“ (a
  „wie“-clause, two-hundred-and-seventh), „meldete“ (ninety-ninth), „forderte“, „verlangt“,
  „kündigte an“, „verwies darauf“, „verwies auf“, „empfiehlt“, „nach DKI-Angaben“
  (three-hundred-and-sixty-second: „nach KBV-Angaben“), „Nach einer Auswertung der Techniker
  Krankenkasse“, documents and source lines („Das zeigt ...“, „Das geht aus ... hervor“,
  „Die Zahlen stammen aus ...“), the present tense ("The CDC estimates", "The Health Service
  Executive says"; three-hundred-and-sixty-second), "has said" and "has projected"
  (three-hundred-and-thirty-fourth), "put" (three-hundred-and-eighty-eighth: "Ukrainian
  officials put"), "has counted" (two-hundred-and-twenty-fifth: "the CDC has counted"),
  "figures show", "figures showed", "data show", "a survey ... found", "a recent poll
  found", "according to ..." (NHS England, federal survey data, CDC data, the authority's
  accountability report, the American Hospital Association, the Royal College of Nursing,
  Ucas, KFF, a count by the Irish Nurses and Midwives Organisation), a body's name after a
  relative clause ("Piney Creek Health, which owns the hospital, said";
  two-hundred-and-forty-fourth), bodies without an article ("Queensland Health said", "Betsi
  Cadwaladr University Health Board said", "Allina Health said";
  two-hundred-and-twenty-fifth: "Public Health Scotland said"), „appellierte die Uniklinik“,
  and rows without attribution. As the three-hundredth, three-hundred-and-thirty-fourth and
  three-hundred-and-sixty-second batches did, and to keep the checked speakers near 35, this
  batch also leaves unchecked forms it could have checked: „teilte die AGES am Montag mit“,
  „Nach Angaben der Krankenhausgesellschaft Nordrhein-Westfalen“, „teilte das RKI am
  Mittwoch mit“, „Nach Angaben der Gewerkschaft Verdi“, „Das teilte die Kassenärztliche
  Vereinigung Baden-Württemberg am Montag mit.“, „teilte die Kasse mit“ and "the agency
  said" twice (two-hundred-and-twenty-fifth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_408 = [
    # --- Zusatzbeitrag für das kommende Jahr (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Für gesetzlich Versicherte wird es teurer: Der durchschnittliche Zusatzbeitrag der Krankenkassen soll zum 1. Januar um 0,3 Prozentpunkte auf 3,2 Prozent steigen.",
        True,
        [("date", "--01-01", None, None), ("percent", 0.3, "pp", None), ("percent", 3.2, "%", None)],
        None,
    ),
    ("de", "Darauf verständigte sich der Schätzerkreis am Mittwoch in Bonn.", True, [], None),
    (
        "de",
        "Die Fachleute rechnen im kommenden Jahr mit Einnahmen des Gesundheitsfonds von 318,4 Milliarden Euro, die Ausgaben der Kassen veranschlagen sie auf 357,9 Milliarden Euro.",
        True,
        [("money", 318400000000, "EUR", None), ("money", 357900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zusammen mit dem allgemeinen Beitragssatz von 14,6 Prozent gehen damit im Schnitt 17,8 Prozent des Bruttolohns an die Krankenkasse.",
        True,
        [("percent", 14.6, "%", None), ("percent", 17.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Bundesgesundheitsministerin sagte, der Bund schieße den Kassen im kommenden Jahr zusätzlich 2,3 Milliarden Euro als Darlehen zu.",
        True,
        [("money", 2300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir stabilisieren die Beiträge, ohne bei der Versorgung zu kürzen“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der GKV-Spitzenverband warnte vor einer Beitragsspirale, sollte die Politik die Ausgaben nicht in den Griff bekommen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei einem Bruttolohn von 3.800 Euro im Monat bedeute der Anstieg für Beschäftigte und Arbeitgeber zusammen rund 11 Euro mehr, teilte der GKV-Spitzenverband am Donnerstag mit.",
        True,
        [("money", 3800, "EUR", None), ("money", 11, "EUR", "about")],
        "der GKV-Spitzenverband",
    ),
    # --- NHS waiting list and A&E (PA), October ---
    (
        "en",
        "LONDON (PA) - The queue for planned operations and treatment in England shrank to 7.19 million at the end of August, the fourth monthly fall in a row.",
        True,
        [("count", 7190000, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Just 60.4 per cent of the pathways were less than 18 weeks old, against the 92 per cent standard that has not been met since 2015.",
        True,
        [
            ("percent", 60.4, "%", None),
            ("duration", 18, "week", "under"),
            ("percent", 92, "%", None),
            ("year", 2015, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ministers want 65 per cent of patients on the list to be treated inside the 18-week target by March 2027.",
        True,
        [("percent", 65, "%", None), ("duration", 18, "week", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Some 168,300 people had been waiting more than a year for treatment, according to NHS England.",
        True,
        [("count", 168300, None, "about")],
        None,
    ),
    (
        "en",
        "In September, emergency departments in England handled 74.2 per cent of arrivals inside four hours, short of the interim target of 77 per cent.",
        True,
        [("percent", 74.2, "%", None), ("duration", 4, "hour", None), ("percent", 77, "%", None)],
        None,
    ),
    (
        "en",
        "A total of 48,760 people were kept waiting more than 12 hours for a ward bed once doctors had decided to admit them.",
        True,
        [("count", 48760, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "The health secretary said the list was now 210,000 shorter than when the government took office.",
        True,
        [("count", 210000, None, None)],
        None,
    ),
    (
        "en",
        '"The worst is behind us, and patients will soon notice the difference," the health secretary said.',
        False,
        [],
        None,
    ),
    # --- Pflegenotstand in der Schweiz (Keystone-SDA), Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Rund 15'200 Stellen in der Pflege sind in der Schweiz derzeit unbesetzt, so viele wie noch nie.",
        True,
        [("count", 15200, None, "about")],
        None,
    ),
    (
        "de",
        "Das zeigt eine Auswertung des Stellenmarkt-Monitors Schweiz, die der Spitalverband H+ am Dienstag veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gut ein Drittel der diplomierten Pflegefachpersonen verlässt den Beruf innert zehn Jahren nach dem Abschluss.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "H+-Direktorin Regula Zumbühl-Casutt sagte, bis 2030 fehlten den Spitälern und Heimen insgesamt gut 30'000 Pflegende.",
        True,
        [("year", 2030, None, None), ("count", 30000, None, "over")],
        "Regula Zumbühl-Casutt",
    ),
    (
        "de",
        "«Die Pflege ist das Rückgrat jedes Spitals, und dieses Rückgrat ist überlastet», sagte Zumbühl-Casutt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Berufsverband SBK forderte eine Obergrenze von höchstens sechs Patientinnen und Patienten pro Pflegefachperson im Tagdienst.",
        True,
        [("count", 6, None, "at_most")],
        None,
    ),
    ("de", "Die Kantone halten eine starre Quote für nicht finanzierbar.", False, [], None),
    # --- Rural hospital closing in Alabama (AP), October ---
    (
        "en",
        "MONTGOMERY, Ala. (AP) — A 49-bed hospital in western Alabama will stop admitting patients on Nov. 30, the 11th rural hospital in the state to shut or drop inpatient services since 2010.",
        True,
        [
            ("count", 49, None, None),
            ("date", "--11-30", None, None),
            ("ordinal", 11, None, None),
            ("year", 2010, None, None),
        ],
        None,
    ),
    (
        "en",
        "Piney Creek Health, which owns the hospital, said its losses there had reached about $6.8 million in the last two years.",
        True,
        [("money", 6800000, "USD", "about"), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Its emergency room will stay open around the clock, the company said.", True, [], "the company"),
    (
        "en",
        "Patients who need surgery or an overnight bed will face a drive of up to 55 miles to the nearest hospital.",
        True,
        [("count", 55, None, "up_to")],
        None,
    ),
    (
        "en",
        "More than 170 rural hospitals nationwide have shut or converted to other uses since 2005, the Sheps Center for Health Services Research in North Carolina has counted.",
        True,
        [("count", 170, None, "over"), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        "Mayor Darlene Whitfield-Oakes said the closure would cost the town of Cullom Springs 212 jobs.",
        True,
        [("count", 212, None, None)],
        "Darlene Whitfield-Oakes",
    ),
    ("en", '"When you lose your hospital, you lose the heart of your town," Whitfield-Oakes said.', False, [], None),
    ("en", "Hospital association leaders warned that more rural closures were coming.", False, [], None),
    # --- MRT- und CT-Wartezeiten in Österreich (APA), Oktober ---
    (
        "de",
        "Wien (APA) - Auf einen MRT-Termin auf Kassenkosten warten Patientinnen und Patienten in Österreich im Schnitt 27 Tage, in Kärnten sogar 44 Tage.",
        True,
        [("duration", 27, "day", None), ("duration", 44, "day", None)],
        None,
    ),
    (
        "de",
        "Für eine Computertomografie liegt die Wartezeit bei durchschnittlich elf Tagen.",
        True,
        [("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus einer Erhebung der Patientenanwaltschaft, die am Montag in Wien vorgestellt wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Patientenanwältin Gerlinde Pöchhacker-Strauß sagte, wer privat zahle, bekomme den Termin oft binnen drei Tagen.",
        True,
        [("duration", 3, "day", None)],
        "Gerlinde Pöchhacker-Strauß",
    ),
    ("de", "„Wer krank ist, darf nicht vom Kontostand abhängen“, sagte Pöchhacker-Strauß.", False, [], None),
    (
        "de",
        "Die ÖGK verwies darauf, dass sie seit Jänner mit 14 weiteren Instituten Verträge abgeschlossen habe.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    # --- Flu shots lag in the U.S. (Reuters), October ---
    (
        "en",
        "ATLANTA, Oct 14 (Reuters) - Only about 42% of U.S. adults had received a flu shot by the end of September, down from 45% a year earlier, according to federal survey data.",
        True,
        [("date", "--10-14", None, None), ("percent", 42, "%", "about"), ("percent", 45, "%", None)],
        None,
    ),
    (
        "en",
        "Uptake among adults 65 and older stood at 61.3%, the CDC said.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 61.3, "%", None)],
        "the CDC",
    ),
    (
        "en",
        "Coverage of the RSV vaccine among people aged 75 and older reached 39%, the agency said.",
        True,
        [("duration", 75, "year", "at_least"), ("percent", 39, "%", None)],
        None,
    ),
    (
        "en",
        "CDC immunization official Dr. Corliss Amberley-Nash said the agency had distributed 96.4 million doses of flu vaccine so far this season.",
        True,
        [("count", 96400000, None, None)],
        "Corliss Amberley-Nash",
    ),
    ("en", '"It is not too late, and it is not a hassle - get the shot," Amberley-Nash said.', False, [], None),
    (
        "en",
        "Some pharmacists said they feared the slow start would leave hospitals exposed in January.",
        False,
        [],
        None,
    ),
    # --- RSV-Welle in Bayerns Kinderkliniken (dpa/lby), November ---
    (
        "de",
        "München (dpa/lby) - In Bayerns Kinderkliniken sind wegen einer frühen RSV-Welle knapp 94 Prozent der Betten belegt.",
        True,
        [("percent", 94, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Das Landesamt für Gesundheit und Lebensmittelsicherheit (LGL) meldete in der 46. Kalenderwoche 3.412 laborbestätigte RSV-Fälle, fast doppelt so viele wie eine Woche zuvor.",
        True,
        [("ordinal", 46, None, None), ("count", 3412, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Inzidenz lag bei 25,9 Fällen je 100.000 Einwohner, bei Kindern unter zwei Jahren bei 412.",
        True,
        [
            ("count", 25.9, None, None),
            ("count", 100000, None, None),
            ("duration", 2, "year", "under"),
            ("count", 412, None, None),
        ],
        None,
    ),
    (
        "de",
        "Chefarzt Dr. Benedikt Rauschmayr-Holl sagte, seine Klinik habe seit Anfang November 17 Säuglinge in andere Häuser verlegen müssen, einige bis nach Ulm.",
        True,
        [("count", 17, None, None)],
        "Benedikt Rauschmayr-Holl",
    ),
    (
        "de",
        "„Jedes Bett, das uns fehlt, ist ein krankes Kind auf der Autobahn“, sagte Rauschmayr-Holl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ständige Impfkommission empfiehlt, Neugeborene in ihrer ersten RSV-Saison mit einem Antikörper zu schützen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des LGL erhielten bislang rund 61 Prozent der seit April geborenen Kinder die Immunisierung.",
        True,
        [("percent", 61, "%", "about")],
        "das LGL",
    ),
    (
        "de",
        "Ob die Welle ihren Höhepunkt bereits erreicht hat, wollte im Ministerium niemand vorhersagen.",
        False,
        [],
        None,
    ),
    # --- Resident doctors' strike (Reuters), November ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - England's resident doctors will walk out for five days starting Nov. 24, the British Medical Association said on Wednesday, in their 13th strike since March 2023.",
        True,
        [
            ("date", "--11-12", None, None),
            ("duration", 5, "day", None),
            ("date", "--11-24", None, None),
            ("ordinal", 13, None, None),
            ("year", 2023, None, None),
        ],
        "the British Medical Association",
    ),
    (
        "en",
        "The BMA wants a 26% rise, arguing that resident doctors' pay has fallen in real terms since 2008.",
        True,
        [("percent", 26, "%", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "In the union's ballot, 91% of those taking part supported industrial action, on a 58% turnout.",
        True,
        [("percent", 91, "%", None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "BMA resident doctors committee co-chair Tamsin Okereke-Vale said the walkout would be called off if the government tabled a credible offer on pay.",
        True,
        [],
        "Tamsin Okereke-Vale",
    ),
    (
        "en",
        '"Nobody goes into medicine to walk out on patients, but we have run out of road," Okereke-Vale said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Department of Health put the cost of July's walkout to the NHS at about 300 million pounds.",
        True,
        [("money", 300000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "NHS England has said consultants will cover emergency care while the resident doctors are out.",
        True,
        [],
        None,
    ),
    ("en", 'The health secretary called the strike "unjustified and unaffordable".', False, [], None),
    # --- Nachbesserung der Krankenhausreform (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Der Bundesrat hat am Freitag die Nachbesserungen an der Krankenhausreform gebilligt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Länder bekommen damit ein Jahr mehr Zeit, um den Kliniken ihre Leistungsgruppen zuzuweisen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den bundesweit 61 Leistungsgruppen dürfen Häuser künftig bis zu acht auch ohne alle Qualitätskriterien anbieten, wenn sonst die Versorgung gefährdet wäre.",
        True,
        [("count", 61, None, None), ("count", 8, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Transformationsfonds zum Umbau der Kliniklandschaft umfasst über zehn Jahre insgesamt 46 Milliarden Euro, von denen der Bund 23 Milliarden trägt.",
        True,
        [("duration", 10, "year", None), ("money", 46000000000, "EUR", None), ("money", 23000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "DKG-Vorstandschef Lothar Ebersbächer-Kuhn sagte, bis Ende 2028 drohten bis zu 120 weiteren Kliniken die Schließung oder die Umwandlung in ein ambulantes Zentrum.",
        True,
        [("year", 2028, None, None), ("count", 120, None, "up_to")],
        "Lothar Ebersbächer-Kuhn",
    ),
    ("de", "„Diese Reform kommt für viele Häuser zu spät“, sagte Ebersbächer-Kuhn.", False, [], None),
    (
        "de",
        "Der Marburger Bund warnte vor einer Verschärfung des Ärztemangels an kleinen Kliniken auf dem Land.",
        False,
        [],
        None,
    ),
    # --- Trolley crisis in Ireland (Reuters), November ---
    (
        "en",
        "DUBLIN, Nov 18 (Reuters) - Irish hospitals had a record 687 patients on trolleys on Tuesday morning, according to a count by the Irish Nurses and Midwives Organisation.",
        True,
        [("date", "--11-18", None, None), ("count", 687, None, None)],
        None,
    ),
    ("en", "University Hospital Limerick accounted for 121 of them.", True, [("count", 121, None, None)], None),
    (
        "en",
        "The Health Service Executive says it has opened 14 additional beds at the hospital since October and will open 40 more by March.",
        True,
        [("count", 14, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "en",
        "Nurse union official Orlaith Brennock said nurses on some wards were caring for patients in corridors for up to 18 hours.",
        True,
        [("duration", 18, "hour", "up_to")],
        "Orlaith Brennock",
    ),
    (
        "en",
        '"Corridors were never built to be wards, and every nurse in this country knows it," Brennock said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The health minister told parliament that 1,100 new beds had opened across the system over two years.",
        True,
        [("count", 1100, None, None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Wartezeiten auf Facharzttermine (dpa), November ---
    (
        "de",
        "Berlin (dpa) - Auf einen Facharzttermin müssen gesetzlich Versicherte in Deutschland im Schnitt 42 Tage warten, Privatversicherte dagegen 23.",
        True,
        [("duration", 42, "day", None), ("duration", 23, "day", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung des Wissenschaftlichen Instituts der AOK (WIdO) hervor, für die rund 3.100 Versicherte befragt wurden.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Am längsten warten Patientinnen und Patienten demnach auf einen Termin beim Neurologen, im Mittel 71 Tage.",
        True,
        [("duration", 71, "day", None)],
        None,
    ),
    (
        "de",
        "Knapp jeder vierte gesetzlich Versicherte gab an, länger als drei Monate auf einen Termin gewartet zu haben.",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 3, "month", "over")],
        None,
    ),
    (
        "de",
        "Die Terminservicestellen der Kassenärztlichen Vereinigungen vermittelten im vergangenen Jahr gut 1,6 Millionen Facharzttermine.",
        True,
        [("count", 1600000, None, "over")],
        None,
    ),
    (
        "de",
        "KBV-Vize Annelore Dittberner-Sauk sagte, die Praxen hätten im vergangenen Jahr gut 560 Millionen Behandlungsfälle abgerechnet, so viele wie nie.",
        True,
        [("count", 560000000, None, "over")],
        "Annelore Dittberner-Sauk",
    ),
    (
        "de",
        "„Das Problem ist nicht der Mangel an Terminen, sondern dass jeder überall hingehen kann“, sagte Dittberner-Sauk.",
        False,
        [],
        None,
    ),
    # --- Flu season in England (PA), December ---
    (
        "en",
        "LONDON (PA) - The UK Health Security Agency said flu hospital admissions in England had climbed to 9.7 per 100,000 people in the week ending December 7, compared with 6.1 the week before.",
        True,
        [
            ("count", 9.7, None, None),
            ("count", 100000, None, None),
            ("date", "--12-07", None, None),
            ("count", 6.1, None, None),
        ],
        "the UK Health Security Agency",
    ),
    (
        "en",
        "NHS England figures showed flu patients had occupied an average of 2,940 beds a day last week, the highest level for the time of year since 2022.",
        True,
        [("count", 2940, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Positivity for RSV in laboratory samples stood at 11.2 per cent, with the highest rates among children under five.",
        True,
        [("percent", 11.2, "%", None), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "en",
        "Only 71.8 per cent of over-65s in England had been vaccinated against flu by the end of November, short of the 75 per cent target.",
        True,
        [("percent", 71.8, "%", None), ("duration", 65, "year", "over"), ("percent", 75, "%", None)],
        None,
    ),
    ("en", "Among pregnant women, uptake was just 34.6 per cent.", True, [("percent", 34.6, "%", None)], None),
    (
        "en",
        "UKHSA deputy director Dr. Ruairi Castellane said this season's flu wave had arrived about three weeks ahead of a typical year.",
        True,
        [("duration", 3, "week", "about")],
        "Ruairi Castellane",
    ),
    (
        "en",
        '"If you are eligible and have not yet had your jab, please book it today," Castellane said.',
        False,
        [],
        None,
    ),
    ("en", "Hospital chiefs warned that the peak of winter pressure had not yet arrived.", False, [], None),
    # --- Grippewelle in Österreich (APA), Dezember ---
    ("de", "Wien (APA) - Die Grippewelle hat Österreich heuer früher erfasst als in den Vorjahren.", True, [], None),
    (
        "de",
        "In der 50. Kalenderwoche meldeten die Sentinel-Praxen hochgerechnet rund 38.000 Neuerkrankungen an Grippe und grippalen Infekten, teilte die AGES am Montag mit.",
        True,
        [("ordinal", 50, None, None), ("count", 38000, None, "about")],
        None,
    ),
    ("de", "Das waren um 31 Prozent mehr als in der Woche davor.", True, [("percent", 31, "%", None)], None),
    (
        "de",
        "Bei der Österreichischen Gesundheitskasse waren zuletzt rund 412.600 Versicherte im Krankenstand, gut ein Viertel davon wegen Atemwegsinfekten.",
        True,
        [("count", 412600, None, "about"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "AGES-Expertin Veronika Hinterleitner-Zöch sagte, der Höhepunkt werde in etwa zwei bis drei Wochen erwartet.",
        True,
        [("duration", 2, "week", "about"), ("duration", 3, "week", None)],
        "Veronika Hinterleitner-Zöch",
    ),
    (
        "de",
        "„Auch jetzt lohnt sich der Stich noch, gerade für Ältere und chronisch Kranke“, sagte Hinterleitner-Zöch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Durchimpfungsrate gegen Influenza liegt in Österreich bei den über 65-Jährigen bei nur 27 Prozent, um 2,4 Prozentpunkte weniger als im Vorjahr.",
        True,
        [("duration", 65, "year", "over"), ("percent", 27, "%", None), ("percent", 2.4, "pp", None)],
        None,
    ),
    # --- Flu and RSV season in the U.S. (AP), December ---
    (
        "en",
        "ATLANTA (AP) — The CDC estimates at least 4.3 million illnesses, 47,000 hospitalizations and 1,900 flu deaths since the season began in October.",
        True,
        [("count", 4300000, None, "at_least"), ("count", 47000, None, None), ("count", 1900, None, None)],
        None,
    ),
    (
        "en",
        "Eleven pediatric flu deaths have been reported this season, the agency said in its Friday report.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Nationally, 6.1% of outpatient visits were for respiratory illness last week, well above the 3% baseline.",
        True,
        [("percent", 6.1, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "RSV activity was high in 19 states, mostly in the South and Midwest, according to CDC data.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "Houston pediatrician Dr. Lorena Pacheco-Whitlow said her hospital had admitted 64 children with RSV over the past two weeks.",
        True,
        [("count", 64, None, None), ("duration", 2, "week", None)],
        "Lorena Pacheco-Whitlow",
    ),
    ("en", '"Parents should not wait if a baby is struggling to breathe," Pacheco-Whitlow said.', False, [], None),
    ("en", "Health officials urged families to get vaccinated before holiday gatherings.", False, [], None),
    (
        "en",
        "Fewer than half of U.S. adults plan to get an updated COVID-19 vaccine this winter, a recent poll found.",
        True,
        [("fraction", 0.5, None, "under")],
        None,
    ),
    # --- Krankenhaus-Barometer (dpa), Dezember ---
    (
        "de",
        "Berlin (dpa) - Fast drei Viertel der deutschen Krankenhäuser schreiben rote Zahlen.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für sein jährliches Krankenhaus-Barometer hat das Deutsche Krankenhausinstitut 386 Allgemeinkrankenhäuser befragt.",
        True,
        [("count", 386, None, None)],
        None,
    ),
    (
        "de",
        "Nur 11 Prozent der Häuser erwarten für das kommende Jahr eine Verbesserung ihrer wirtschaftlichen Lage.",
        True,
        [("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Seit Anfang des vergangenen Jahres haben nach DKI-Angaben 46 Kliniken Insolvenz angemeldet.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "de",
        "DKG-Vorstandschef Ebersbächer-Kuhn sagte, seit 2022 sei zwischen Kosten und Erlösen eine Lücke von rund 19 Milliarden Euro aufgelaufen.",
        True,
        [("year", 2022, None, None), ("money", 19000000000, "EUR", "about")],
        "Ebersbächer-Kuhn",
    ),
    ("de", "„Wir erleben einen kalten Strukturwandel, den niemand steuert“, sagte Ebersbächer-Kuhn.", False, [], None),
    (
        "de",
        "Das Bundesgesundheitsministerium verwies auf Soforthilfen von insgesamt 3,5 Milliarden Euro, die ab dem kommenden Jahr ausgezahlt würden.",
        True,
        [("money", 3500000000, "EUR", None)],
        None,
    ),
    ("de", "Ob das Geld rechtzeitig bei den Kliniken ankommt, ist offen.", False, [], None),
    # --- Emergency room closures in Nova Scotia (CP), December ---
    (
        "en",
        "HALIFAX (CP) - Nova Scotia emergency departments were closed for a combined 6,340 hours between April and November, up 18 per cent from the same period last year.",
        True,
        [("duration", 6340, "hour", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Nine of the province's 36 emergency departments had at least one unplanned closure, the health authority said.",
        True,
        [("count", 9, None, None), ("count", 36, None, None), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "Most of the closures were caused by a shortage of doctors for overnight shifts, according to the authority's accountability report.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The province's health minister said 146 new family doctors had started practising in Nova Scotia this year under a C$96 million recruitment program.",
        True,
        [("count", 146, None, None), ("money", 96000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "Nova Scotia Health chief executive Graham Tolliver-Baxter said the authority aimed to cut closure hours by half by 2028.",
        True,
        [("fraction", 0.5, None, None), ("year", 2028, None, None)],
        "Graham Tolliver-Baxter",
    ),
    ("en", '"Nobody should have to drive past a darkened emergency room," Tolliver-Baxter said.', False, [], None),
    # --- Grippe in den Notaufnahmen (dpa/lnw), Januar ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Grippewelle hat die Notaufnahmen in Nordrhein-Westfalen zum Jahresbeginn so stark belastet wie seit Langem nicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In der Notaufnahme der Uniklinik Köln warteten Patientinnen und Patienten zeitweise bis zu neun Stunden auf eine Behandlung.",
        True,
        [("duration", 9, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Landesweit lag die Sieben-Tage-Inzidenz der gemeldeten Influenza-Fälle zuletzt bei 97,4 je 100.000 Einwohner.",
        True,
        [("duration", 7, "day", None), ("count", 97.4, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Krankenhausgesellschaft Nordrhein-Westfalen waren in der ersten Januarwoche gut 4.800 Betten wegen Personalausfällen gesperrt.",
        True,
        [("ordinal", 1, None, None), ("count", 4800, None, "over")],
        None,
    ),
    (
        "de",
        "Der Landesgesundheitsminister sagte, 19 Kliniken hätten sich zeitweise von der Notfallversorgung abgemeldet.",
        True,
        [("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "KGNW-Präsident Wolfgang Esterhues-Brink sagte, der Krankenstand beim Pflegepersonal habe zeitweise bei 14 Prozent gelegen.",
        True,
        [("percent", 14, "%", None)],
        "Wolfgang Esterhues-Brink",
    ),
    ("de", "„Unser Personal arbeitet seit Wochen über der Belastungsgrenze“, sagte Esterhues-Brink.", False, [], None),
    ("de", "Bitte kommen Sie nur mit echten Notfällen in die Notaufnahme, appellierte die Uniklinik.", False, [], None),
    # --- A&E in December and corridor care (PA), January ---
    (
        "en",
        "LONDON (PA) - A record 71,540 patients in England were stuck in A&E for more than 12 hours in December, counting from arrival to admission, transfer or discharge.",
        True,
        [("count", 71540, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "Some 57,200 of them waited more than 12 hours on trolleys after a decision to admit, the highest December figure on record.",
        True,
        [("count", 57200, None, "about"), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "Ambulances took an average of 51 minutes and 38 seconds to reach category 2 patients such as suspected heart attacks, against a target of 18 minutes.",
        True,
        [
            ("duration", 51, "minute", None),
            ("duration", 38, "second", None),
            ("count", 2, None, None),
            ("duration", 18, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "A Royal College of Nursing survey of 4,200 nurses found more than two-thirds had cared for patients in corridors in the past month.",
        True,
        [("count", 4200, None, None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "en",
        "RCN England director Bethan Marchbank-Idowu said 31 of the 42 trusts surveyed had reported patients being treated in corridors for more than 24 hours.",
        True,
        [("count", 31, None, None), ("count", 42, None, None), ("duration", 24, "hour", "over")],
        "Bethan Marchbank-Idowu",
    ),
    (
        "en",
        '"Corridor care is not care, it is the symptom of a system that has run out of slack," Marchbank-Idowu said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The health secretary said 3,400 extra beds had been opened for the winter.",
        True,
        [("count", 3400, None, None)],
        None,
    ),
    ("en", 'NHS Providers called the figures "a grim but predictable milestone".', False, [], None),
    # --- Gesperrte Betten und Gangbetten in Wien (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Wegen fehlenden Personals sind in Wiens städtischen Spitälern derzeit rund 740 Betten gesperrt.",
        True,
        [("count", 740, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien knapp acht Prozent der gesamten Bettenkapazität, teilte der Wiener Gesundheitsverbund am Donnerstag mit.",
        True,
        [("percent", 8, "%", "nearly")],
        "der Wiener Gesundheitsverbund",
    ),
    (
        "de",
        "Am stärksten betroffen sei die Klinik Ottakring, wo 96 der 612 Betten nicht belegt werden könnten.",
        True,
        [("count", 96, None, None), ("count", 612, None, None)],
        None,
    ),
    (
        "de",
        "Im Jänner mussten Patientinnen und Patienten an mehreren Tagen auf Gängen liegen, am Spitzentag waren es 58.",
        True,
        [("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Personalvertreterin Sabine Krautgartner-Wöss sagte, in den Spitälern der Stadt fehlten rund 1.200 Pflegekräfte.",
        True,
        [("count", 1200, None, "about")],
        "Sabine Krautgartner-Wöss",
    ),
    ("de", "„Gangbetten sind einer Weltstadt unwürdig“, sagte Krautgartner-Wöss.", False, [], None),
    (
        "de",
        "Der Gesundheitsverbund kündigte an, bis Ende Juni 300 Betten wieder in Betrieb zu nehmen.",
        True,
        [("count", 300, None, None)],
        None,
    ),
    ("de", "Die Wiener ÖVP warf der Stadtregierung Versagen bei der Personalplanung vor.", False, [], None),
    # --- U.S. health spending (Reuters), January ---
    (
        "en",
        "WASHINGTON, Jan 14 (Reuters) - U.S. health spending rose 6.8% to $5.41 trillion last year, or $15,920 per person, government actuaries said on Wednesday.",
        True,
        [
            ("date", "--01-14", None, None),
            ("percent", 6.8, "%", None),
            ("money", 5410000000000, "USD", None),
            ("money", 15920, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Health care accounted for 18.3% of gross domestic product, up from 17.9% a year earlier.",
        True,
        [("percent", 18.3, "%", None), ("percent", 17.9, "%", None)],
        None,
    ),
    (
        "en",
        "Hospital spending grew 9.1% to $1.71 trillion, the fastest pace since 1990.",
        True,
        [("percent", 9.1, "%", None), ("money", 1710000000000, "USD", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Spending on retail prescription drugs rose 8.4%, driven largely by GLP-1 weight-loss medicines.",
        True,
        [("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        "Medicare spending climbed 8.7% to $1.13 trillion, while Medicaid spending rose 6.2% to $921 billion.",
        True,
        [
            ("percent", 8.7, "%", None),
            ("money", 1130000000000, "USD", None),
            ("percent", 6.2, "%", None),
            ("money", 921000000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Hospital expenses rose 5.4% last year, outpacing overall inflation of 2.9%, according to the American Hospital Association.",
        True,
        [("percent", 5.4, "%", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Economists said the figures showed the surge in hospital use after the pandemic had yet to fade.",
        False,
        [],
        None,
    ),
    ("en", "Insurers, for their part, blamed hospital consolidation for higher prices.", False, [], None),
    # --- Grippeimpfquote bei Älteren (dpa), Januar ---
    (
        "de",
        "Berlin (dpa) - Nur gut jeder dritte Mensch ab 60 Jahren hat sich in Deutschland in dieser Saison gegen Grippe impfen lassen.",
        True,
        [("fraction", 0.3333, None, "over"), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Impfquote in dieser Altersgruppe lag nach Angaben des Robert Koch-Instituts bei 36,8 Prozent, die EU strebt 75 Prozent an.",
        True,
        [("percent", 36.8, "%", None), ("percent", 75, "%", None)],
        "das Robert Koch-Institut",
    ),
    (
        "de",
        "Im Osten Deutschlands ist die Quote mit 51,2 Prozent deutlich höher als im Westen mit 33,9 Prozent.",
        True,
        [("percent", 51.2, "%", None), ("percent", 33.9, "%", None)],
        None,
    ),
    (
        "de",
        "Beim medizinischen Personal in Kliniken waren es 41 Prozent, teilte das RKI am Mittwoch mit.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "RKI-Epidemiologin Katrin Ollendorff-Riemer sagte, gegen RSV seien bislang rund 22 Prozent der über 75-Jährigen geimpft.",
        True,
        [("percent", 22, "%", "about"), ("duration", 75, "year", "over")],
        "Katrin Ollendorff-Riemer",
    ),
    (
        "de",
        "„Jede Impfung, die heute ausbleibt, kann im Februar ein Intensivbett kosten“, sagte Ollendorff-Riemer.",
        False,
        [],
        None,
    ),
    ("de", "Der Hausärzteverband hält die Impfkampagnen der Krankenkassen für wirkungslos.", False, [], None),
    ("de", "Apotheken dürfen seit dieser Saison auch gegen RSV impfen.", True, [], None),
    # --- A&E in Scotland (PA), February ---
    (
        "en",
        "EDINBURGH (PA) - Scottish A&E departments admitted, transferred or discharged just 62.7 per cent of patients inside four hours in the week ending February 9.",
        True,
        [("percent", 62.7, "%", None), ("duration", 4, "hour", None), ("date", "--02-09", None, None)],
        None,
    ),
    (
        "en",
        "The Scottish Government's four-hour target is 95 per cent.",
        True,
        [("duration", 4, "hour", None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "Some 2,318 patients waited longer than eight hours and 1,046 longer than 12 hours, Public Health Scotland figures show.",
        True,
        [
            ("count", 2318, None, "about"),
            ("duration", 8, "hour", "over"),
            ("count", 1046, None, None),
            ("duration", 12, "hour", "over"),
        ],
        None,
    ),
    (
        "en",
        "Royal College of Emergency Medicine Scotland vice-chair Dr. Fergus Drummond-Kerr said its analysis linked 817 excess deaths in Scotland last year to long waits in A&E.",
        True,
        [("count", 817, None, None)],
        "Fergus Drummond-Kerr",
    ),
    ("en", '"Behind these numbers are people left waiting in pain and fear," Drummond-Kerr said.', False, [], None),
    (
        "en",
        "The Scottish Government has said it is investing £200 million to cut waiting times.",
        True,
        [("money", 200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The health secretary urged people with minor illnesses to visit a pharmacy before going to A&E.",
        False,
        [],
        None,
    ),
    # --- Warnstreik an der Medizinischen Hochschule Hannover (dpa), Februar ---
    (
        "de",
        "Hannover (dpa) - Mit einem 24-stündigen Warnstreik haben Beschäftigte der Medizinischen Hochschule Hannover am Dienstag den Betrieb in vielen Bereichen lahmgelegt.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Gewerkschaft Verdi beteiligten sich rund 2.100 Beschäftigte.",
        True,
        [("count", 2100, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 240 geplante Operationen wurden abgesagt, Notfälle wurden weiter versorgt.",
        True,
        [("count", 240, None, "about")],
        None,
    ),
    (
        "de",
        "Verdi verlangt für die Beschäftigten der Unikliniken ein Lohnplus von 8 Prozent, mindestens aber 340 Euro monatlich, bei zwölf Monaten Laufzeit.",
        True,
        [("percent", 8, "%", None), ("money", 340, "EUR", "at_least"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "de",
        "Verdi-Verhandlungsführerin Melanie Grotefend-Aßmann sagte, in der Pflege der Hochschulklinik seien derzeit 310 Vollzeitstellen unbesetzt.",
        True,
        [("count", 310, None, None)],
        "Melanie Grotefend-Aßmann",
    ),
    (
        "de",
        "„Die Beschäftigten haben lange genug den Laden zusammengehalten“, sagte Grotefend-Aßmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Tarifgemeinschaft deutscher Länder nannte den Ausstand „verantwortungslos gegenüber den Patientinnen und Patienten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die dritte Verhandlungsrunde ist für den 3. März in Potsdam angesetzt.",
        True,
        [("ordinal", 3, None, None), ("date", "--03-03", None, None)],
        None,
    ),
    # --- Ambulance ramping in Queensland (AAP), February ---
    (
        "en",
        "BRISBANE (AAP) - Ambulances in Queensland spent 5,870 hours ramped outside hospital emergency departments in January, up 23 per cent on a year earlier.",
        True,
        [("duration", 5870, "hour", None), ("percent", 23, "%", None)],
        None,
    ),
    (
        "en",
        "Only 56.4 per cent of patients were transferred from an ambulance to an emergency department within 30 minutes, against a target of 90 per cent.",
        True,
        [("percent", 56.4, "%", None), ("duration", 30, "minute", None), ("percent", 90, "%", None)],
        None,
    ),
    (
        "en",
        "The elective surgery waiting list grew to 64,900, with 11,350 patients waiting longer than clinically recommended.",
        True,
        [("count", 64900, None, None), ("count", 11350, None, None)],
        None,
    ),
    (
        "en",
        "Queensland Health said 408 extra beds funded by an A$1.2 billion package would open across the state by the end of the year.",
        True,
        [("count", 408, None, None), ("money", 1200000000, "AUD", None)],
        None,
    ),
    (
        "en",
        "Australian Medical Association Queensland president Dr. Marcus Penhaligon-Ward said one in five beds in the state's big hospitals was occupied by patients waiting for aged care or disability support.",
        True,
        [("fraction", 0.2, None, None)],
        "Marcus Penhaligon-Ward",
    ),
    (
        "en",
        '"Ramping is the symptom; the disease is a hospital system with nowhere to send people," Penhaligon-Ward said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Paramedics' union leaders said crews were waiting up to six hours to hand over patients at some hospitals.",
        True,
        [("duration", 6, "hour", "up_to")],
        None,
    ),
    ("en", "The Opposition accused the government of hiding the true state of the hospitals.", False, [], None),
    # --- Hausärztemangel im Südwesten (dpa/lsw), Februar ---
    (
        "de",
        "Stuttgart (dpa/lsw) - In Baden-Württemberg sind derzeit 968 Hausarztsitze unbesetzt, gut 120 mehr als vor einem Jahr.",
        True,
        [("count", 968, None, None), ("count", 120, None, "over")],
        None,
    ),
    ("de", "Das teilte die Kassenärztliche Vereinigung Baden-Württemberg am Montag mit.", True, [], None),
    (
        "de",
        "In 31 der 101 Mittelbereiche gilt die hausärztliche Versorgung als gefährdet.",
        True,
        [("count", 31, None, None), ("count", 101, None, None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Hausarzt im Land ist 60 Jahre oder älter.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "KV-Vorstandschef Ulrich Brenzinger-Maier sagte, binnen fünf Jahren gingen voraussichtlich rund 1.700 Hausärztinnen und Hausärzte in den Ruhestand.",
        True,
        [("duration", 5, "year", None), ("count", 1700, None, "about")],
        "Ulrich Brenzinger-Maier",
    ),
    ("de", "„Die Zeit der Einzelpraxis auf dem Dorf geht zu Ende“, sagte Brenzinger-Maier.", False, [], None),
    (
        "de",
        "Über die Landarztquote vergibt das Land jedes Jahr 82 Medizinstudienplätze an Bewerber, die sich verpflichten, zehn Jahre auf dem Land zu praktizieren.",
        True,
        [("count", 82, None, None), ("duration", 10, "year", None)],
        None,
    ),
    ("de", "Der Gemeindetag warnte vor einer Versorgungslücke in ländlichen Regionen.", False, [], None),
    # --- Nursing vacancies in England (PA), February ---
    (
        "en",
        "LONDON (PA) - There were 26,470 vacant nursing posts in the NHS in England at the end of December, a vacancy rate of 7.3 per cent.",
        True,
        [("count", 26470, None, None), ("percent", 7.3, "%", None)],
        None,
    ),
    (
        "en",
        "The figure was the lowest for the time of year since 2019, NHS England data show.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "However, 5,130 newly qualified nurses were still looking for their first job, according to the Royal College of Nursing.",
        True,
        [("count", 5130, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Applications to nursing degrees fell 6 per cent this year, according to admissions service Ucas.",
        True,
        [("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "Marchbank-Idowu said about one in four nursing students had considered dropping out because of debt.",
        True,
        [("fraction", 0.25, None, "about")],
        "Marchbank-Idowu",
    ),
    (
        "en",
        '"We are training nurses and then leaving them standing at the door," Marchbank-Idowu said.',
        False,
        [],
        None,
    ),
    ("en", "The government has pledged to guarantee a job to every nursing graduate from September.", True, [], None),
    ("en", "Unison warned that thousands of graduates could be lost to the profession.", False, [], None),
    # --- Bilanz der ÖGK (APA), März ---
    (
        "de",
        "Wien (APA) - Die Österreichische Gesundheitskasse (ÖGK) hat das vergangene Jahr mit einem Minus von 412 Millionen Euro abgeschlossen.",
        True,
        [("money", 412000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für heuer rechnet die Kasse mit einem Abgang von rund 530 Millionen Euro.",
        True,
        [("money", 530000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "ÖGK-Obmann Friedrich Haslinger-Pruckner sagte, die Heilmittelausgaben hätten um 9,4 Prozent zugelegt, die Einnahmen aus Beiträgen lediglich um 4,1 Prozent.",
        True,
        [("percent", 9.4, "%", None), ("percent", 4.1, "%", None)],
        "Friedrich Haslinger-Pruckner",
    ),
    (
        "de",
        "„Wir haben kein Einnahmenproblem, sondern ein Ausgabenproblem“, sagte Haslinger-Pruckner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Zahl der Kassenplanstellen für Allgemeinmedizin sank binnen zehn Jahren von 4.052 auf 3.897, während die Zahl der Wahlärzte um 38 Prozent stieg.",
        True,
        [
            ("duration", 10, "year", None),
            ("count", 4052, None, None),
            ("count", 3897, None, None),
            ("percent", 38, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Regierung kündigte an, den Krankenversicherungsbeitrag der Pensionistinnen und Pensionisten von 5,1 auf 5,6 Prozent anzuheben.",
        True,
        [("percent", 5.1, "%", None), ("percent", 5.6, "%", None)],
        None,
    ),
    ("de", "Ob auch Leistungen gekürzt werden, ließ Haslinger-Pruckner offen.", False, [], None),
    # --- Affordable Care Act sign-ups (Reuters), March ---
    (
        "en",
        "WASHINGTON, March 4 (Reuters) - About 21.9 million people signed up for Affordable Care Act marketplace plans for this year, down from 24.1 million a year earlier, the Centers for Medicare & Medicaid Services said on Wednesday.",
        True,
        [("date", "--03-04", None, None), ("count", 21900000, None, "about"), ("count", 24100000, None, None)],
        "the Centers for Medicare & Medicaid Services",
    ),
    ("en", "The drop followed the expiry of enhanced premium subsidies at the end of last year.", True, [], None),
    (
        "en",
        "Average monthly premiums after subsidies more than doubled to $118 from $52, according to an analysis by KFF.",
        True,
        [("money", 118, "USD", None), ("money", 52, "USD", None)],
        None,
    ),
    (
        "en",
        "Enrollment fell most sharply in Texas and Florida, by 19% and 16% respectively.",
        True,
        [("percent", 19, "%", None), ("percent", 16, "%", None)],
        None,
    ),
    (
        "en",
        "Marketplace operations chief Desmond Achterberg-Lyle said nearly 3.8 million of the enrollees were new to the marketplaces.",
        True,
        [("count", 3800000, None, "nearly")],
        "Desmond Achterberg-Lyle",
    ),
    (
        "en",
        '"Families are choosing between coverage and groceries," said Marisol Quintanar-Reyes of the advocacy group Families USA.',
        False,
        [],
        None,
    ),
    ("en", "Hospital groups warned that unpaid bills would pile up as people drop coverage.", False, [], None),
    (
        "en",
        "The Congressional Budget Office has projected the subsidy expiry will leave 3.6 million more Americans without insurance by 2035.",
        True,
        [("count", 3600000, None, None), ("year", 2035, None, None)],
        None,
    ),
    # --- Verluste der Schweizer Spitäler (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Spitäler in der Schweiz weisen für das vergangene Jahr gemeinsam ein Defizit von 742 Millionen Franken aus.",
        True,
        [("money", 742000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel der 94 Akutspitäler schrieben rote Zahlen, wie der Spitalverband H+ am Mittwoch mitteilte.",
        True,
        [("fraction", 0.6667, None, "about"), ("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "Um ihre Investitionen zu finanzieren, bräuchten die Spitäler eine Ebitda-Marge von mindestens zehn Prozent, erreicht hätten sie im Schnitt 3,1 Prozent.",
        True,
        [("percent", 10, "%", "at_least"), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "de",
        "H+-Direktorin Regula Zumbühl-Casutt sagte, die ambulanten Tarife deckten im Schnitt nur 82 Prozent der Kosten.",
        True,
        [("percent", 82, "%", None)],
        "Regula Zumbühl-Casutt",
    ),
    (
        "de",
        "«Die Spitäler sind das Sicherheitsnetz des Landes – und das Netz reisst», sagte Zumbühl-Casutt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Kanton Bern kündigte an, dem Spitalzentrum Biel ein Darlehen über 25 Millionen Franken zu gewähren.",
        True,
        [("money", 25000000, "CHF", None)],
        None,
    ),
    ("de", "Die Krankenversicherer halten die Forderung nach höheren Tarifen für überzogen.", False, [], None),
    # --- Waiting list in Wales (PA), March ---
    (
        "en",
        "CARDIFF (PA) - Waiting lists for planned hospital care in Wales dropped to 781,400 patient pathways in January, the lowest figure for two years.",
        True,
        [("count", 781400, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "About 9,850 pathways were more than two years old, compared with a peak of almost 32,000.",
        True,
        [("count", 9850, None, "about"), ("duration", 2, "year", "over"), ("count", 32000, None, "nearly")],
        None,
    ),
    (
        "en",
        "The median wait from referral to treatment was 21.6 weeks.",
        True,
        [("duration", 21.6, "week", None)],
        None,
    ),
    (
        "en",
        "Only 58.2 per cent of cancer patients started treatment within 62 days, against a target of 75 per cent.",
        True,
        [("percent", 58.2, "%", None), ("duration", 62, "day", None), ("percent", 75, "%", None)],
        None,
    ),
    (
        "en",
        "Ministers said they had ended two-year waits in most specialties.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Betsi Cadwaladr University Health Board said 1,240 extra operations had been carried out at weekends since October.",
        True,
        [("count", 1240, None, None)],
        None,
    ),
    ("en", 'The Welsh Conservatives called the figures "a fig leaf over a failing service".', False, [], None),
    # --- RSV-Saison bei Säuglingen (dpa), März ---
    (
        "de",
        "Hamburg (dpa) - Die RSV-Saison hat in Deutschland deutlich weniger Säuglinge ins Krankenhaus gebracht als in den Vorjahren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Auswertung der Techniker Krankenkasse sank die Zahl der stationär behandelten RSV-Fälle bei Kindern im ersten Lebensjahr um 58 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp drei Viertel der Neugeborenen erhielten den vorbeugenden Antikörper, teilte die Kasse mit.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Krankenkassen zahlen für eine Dosis des Antikörpers rund 480 Euro.",
        True,
        [("money", 480, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Berufsverbands der Kinder- und Jugendärzte sagte, die Praxen hätten in der Saison rund 520.000 Säuglinge immunisiert.",
        True,
        [("count", 520000, None, "about")],
        None,
    ),
    ("de", "„Das ist der größte Erfolg der Kinderheilkunde seit Jahren“, sagte der Sprecher.", False, [], None),
    (
        "de",
        "Ob der Rückgang allein auf die Immunisierung zurückgeht, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Gemeinsame Bundesausschuss hatte die Prophylaxe im vergangenen Jahr in die Regelversorgung aufgenommen.",
        True,
        [],
        None,
    ),
    # --- Nurses' strike in Minneapolis (AP), March ---
    (
        "en",
        "MINNEAPOLIS (AP) — About 4,800 nurses at 11 Minneapolis-area hospitals walked off the job Tuesday in a three-day strike over staffing and pay.",
        True,
        [("count", 4800, None, "about"), ("count", 11, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Members of the Minnesota Nurses Association had voted 97% in favor of the walkout.",
        True,
        [("percent", 97, "%", None)],
        None,
    ),
    (
        "en",
        "The union is seeking raises of 22% over three years and limits on the number of patients assigned to each nurse.",
        True,
        [("percent", 22, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The hospitals have offered 12.5% over three years.",
        True,
        [("percent", 12.5, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Cardiac nurse Kayla Brandvik-Olson said she regularly cared for six patients on night shifts.",
        True,
        [("count", 6, None, None)],
        "Kayla Brandvik-Olson",
    ),
    (
        "en",
        '"I became a nurse to care for people, not to ration my time between them," Brandvik-Olson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Allina Health said it had hired replacement nurses and that all its hospitals would remain open.",
        True,
        [],
        None,
    ),
    ("en", 'Hospital executives called the union\'s proposals "a wish list nobody could afford".', False, [], None),
]
