"""Four-hundred-and-forty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of government do not appear, some ministers
appear only by office („Der Landesgesundheitsminister“, „Die Gesundheitsministerin“, „die
Ministerin“, "The health secretary", "the health minister"), and the health ministers,
senators, association chiefs, union officials, hospital doctors, commissioners and analysts
of real governments and bodies below appear under made-up names that stand for no real
holder, or by their role only („Ein Sprecher des Bundesgesundheitsministeriums“, „Ein
KBV-Sprecher“, "a government spokesman").

Names: Roswitha Albrecht-Kemény, Hermine Leitgeb-Ortner, Carmen Zgraggen-Bühler, Matthias
Overbeck-Lindner, Jutta Wendeborn-Schierl, Sabine Mooslechner-Hautz, Gernot Praxmarer-Lindl,
Annina Caviezel-Furrer, Ulrike Hambrecht-Zorn, Dorothea Kübler-Seitz, Elfriede Pöltl-Haberl,
Maren Osterkamp-Vidal, Remo Bisaz-Tognola, Jan-Hendrik Mommsen-Ulrich; Dorian
Pettigrew-Hale, Ewan Strachan-Doyle, Wendell Haverkamp-Ruiz, Lachlan Forsyth-Murray, Tegan
Vrolijk-Hayes, Annabel Kerrigan-Shaw, Danielle Lévesque-Abara, Renata Oyelowo-Park, Rhodri
Bevan-Powell, Alvin Kettleborough, Fiona Macquarrie-Dunn, Aoife Brannigan-Tully, Loretta
Vanbuskirk-Oyama, Bronagh McAuliffe-Stein and Grant Paraone-Hilliard; the Regionalspital
Emmental-Nord, the Kreisklinikum Wasserburg-Land, the Landkreis Hohenwaldach with its town
Wendelsbronn and its Kreisklinikum, Sandhill Regional Medical Center, the town of Ness
Crossing and the hospital operator Cascadia Health are invented, and so is every unnamed
spokesman, minister, executive and official. Real states, bodies, places and things
(Deutsches Krankenhausinstitut (DKI), DKG, Bundesgesundheitsministerium,
Transformationsfonds, Krankenhausgesellschaft, Wiener Patientenanwaltschaft, Wiener
Gesundheitsverbund, Spitalverband H+, EBITDA, Kantone, KGNW, Integrierte Notfallzentren,
IT.NRW, gesetzliche Krankenkassen, GKV, Zusatzbeitrag, Schätzerkreis, Arbeitgeberverbände,
Bayerische Krankenhausgesellschaft, Bundesagentur für Arbeit (BA), Staatsregierung, Verdi,
Österreichische Gesundheitskasse (ÖGK), Pensionistinnen und Pensionisten, Rechnungshof,
Ärztekammer, Nationalrat, Ständerat, Bundesamt für Statistik, Mitte, SP, Verband der
Ersatzkassen (Vdek), Terminservicestellen, Kassenärztliche Bundesvereinigung (KBV), CDU,
Kreistag, Steiermärkische Krankenanstaltengesellschaft (KAGes), Grüne, Pflegeversicherung,
Pflegegrad, Statistisches Bundesamt, Saarland, Sachsen-Anhalt, Sozialverbände, Comparis,
Mindestfranchise, Grundversicherung, Prämienverbilligung, Leistungsgruppen,
Krankenhausgesellschaft Schleswig-Holstein, Landkreistag, Feuerwehr, Rettungsdienst,
Bergedorf, Notfallreform; NHS England, the Liberal Democrats, the Royal College of Surgeons,
Medicare, Part B, Congress, the Royal College of Emergency Medicine, A&E, NHS 111, the
Kansas hospital association, Medicaid, Garden City, Hays, the Bureau of Health Information,
NHS Providers, the Treasury, the Ontario Health Coalition, Ontario's auditor general, the
Welsh Government, the Welsh Conservatives, Plaid Cymru, the American Hospital Association,
Public Health Scotland, the Royal College of Nursing (RCN), the Scottish Government, the
Department of Health, the Health Service Executive (HSE), the Irish Nurses and Midwives
Organisation, University Hospital Limerick, the American College of Emergency Physicians,
the Nursing and Midwifery Council, Ucas, Health New Zealand, and the datelines' cities)
stand for the way wire copy names them; every deficit, wait, bed count, contribution rate,
premium, vacancy, strike figure, vote, sum, survey share and quote here is invented, and
where a real figure came to mind (a real total of hospital deficits, a real Zusatzbeitrag, a
real transformation fund, a real pensioners' contribution rate, a real waiting list or A&E
month, a real trust fund date or Part B premium, a real care-home co-payment, a real number
of people in need of care, a real premium forecast, a real nurses' strike or staffing law)
it was changed; the standing rules and targets are kept (England's 92 per cent within 18
weeks, the 78 per cent four-hour target and the 18-minute ambulance standard, Wales's 95 per
cent, NSW's 30 days for category one, Hamburg's eight-minute Hilfsfrist, the Swiss minimum
deductible of 300 francs).

Its weight: HOSPITALS, HEALTH CARE AND ITS COSTS, sixth round for hospitals and health
insurance (the hundred-twenty-third, two-hundred-and-seventh, two-hundred-and-eighty-sixth,
three-hundred-and-thirty-fourth and four-hundred-and-eighth batches weighed hospitals,
waiting lists, doctors, health insurance and health systems, the forty-ninth health systems,
waiting times and social services, the hundred-eighty-third the health system and pharma
business, the hundred-eleventh and two-hundred-and-twenty-fifth outbreaks and vaccination,
the two-hundred-and-seventy-third public health and drug policy and the
three-hundred-and-sixty-second health and medicine on both desks; their decisions are kept)
over one spring and summer, April to August, as 30 short stories in story order, the German
and English stories interleaved by month, each told as wire copy runs it (a dateline lead,
the figures, attributed claims, the other side, quotes, reactions). German (dpa with its
regional slugs "dpa/lnw", "dpa/lby", "dpa/lsw", "dpa/lno", APA with Austrian „heuer“,
„Jänner“, „mit 1. Juni“, „Spitälern“, „Obmann“, „Gangbetten“, „Krankenstände“,
„Pensionistinnen und Pensionisten“, Keystone-SDA with Swiss „1'960“, „212'300“, „grösste“,
„Ende Jahr“, «» quotes, German „“ quotes): the hospitals' deficits, hip and knee waits in
Vienna, Swiss hospitals' losses, emergency departments in North Rhine-Westphalia, the
statutory insurers' first quarter, locked beds for want of nurses in Bavaria, the ÖGK's
forecast loss, a fee for minor cases in Swiss emergency units, specialist waits in Germany,
a district hospital closing in Baden-Württemberg, corridor beds in Styria, care-home
co-payments and the care insurance rate, a Swiss premium forecast, service groups assigned
in Schleswig-Holstein and Hamburg's ambulance service. English (PA, Reuters with dated
datelines, AP, AAP, CP): England's waiting list, the Medicare trustees' report, A&E in
England, a rural hospital in Kansas ending inpatient care, elective surgery in NSW, the
deficits of England's hospital trusts, emergency room closures in Ontario, a nurses' strike
in Oregon, the waiting list in Wales, emergency room prices in the U.S., A&E and delayed
discharge in Scotland, Ireland's health service overspend, emergency room boarding in the
U.S., nursing shortages in England and a nurses' strike in New Zealand. Speakers as such
copy has them: German „X sagte, ...“ with the office, the party, „Dr.“, the affiliation, the
weekday and the occasion, „so X“, „sagte die Vorsitzende des Verbands, X, am Mittwoch in
Berlin“, a quote with a figure before „sagte X“, „teilte das Bundesgesundheitsministerium am
Freitag mit“, „teilte die Steiermärkische Krankenanstaltengesellschaft (KAGes) am Donnerstag
mit“, „nach Angaben des Statistischen Bundesamts“ and „Nach Angaben der Feuerwehr“; English
"X said" with the office, "Dr." and "Sen. X, R-Iowa,", "told Reuters", "told parliament",
"the company said" and a body with its article; beside them the forms left unchecked (roles,
plural and anonymous sources, documents and figures, compounds, „kündigte an“, „verwies
auf“, „hieß es“, „betonte die KAGes“, bodies without an article, a body after a relative
clause and every "according to"). Figures as such copy has them: deficits, losses, funds,
prices, premiums, co-payments and pay in euros, francs, pounds, U.S., Canadian and New
Zealand dollars, contribution and premium rates in percent and in points („um mindestens 0,4
Prozentpunkte“, „um 0,2 Punkte“), waits, targets and spans in seconds, minutes, hours, days,
weeks, months and years („im Schnitt 19 Wochen, ... sogar 27 Wochen“, „3 Stunden und 52
Minuten“, „länger als sechs Stunden“, „im Mittel 41 Tage“, „binnen vier Wochen“, „Hilfsfrist
von acht Minuten“, "31 minutes and 44 seconds", "the 52-week mark", "a median of 291 days",
"more than 14,000 hours of unpaid overtime", "up to four days"), beds, posts, nurses,
patients, operations, votes and bed days as counts, ages („Kinder unter 16 Jahren“), number
words and compounds („acht OP-Säle“, „in zwölfstündigen Nachtdiensten“, „das
142-Betten-Krankenhaus“, „im Zweibettzimmer“, „in Pflegegrad 2“, "A 25-bed hospital", "a
three-county area", "a five-day strike", "a further eight-hour strike", "Category one
patients", "Nine hospitals"), fractions („Fast drei Viertel“, „Gut zwei Drittel“, „Fast
jeder dritte“, „knapp ein Drittel“, „jedes achte Bett“, „rund ein Viertel“, „die Hälfte
davon“, „gut jedem fünften Einsatz“, "one in eight", "more than half", "About one in four",
"nearly a quarter", "Nearly one in five", "two-fifths"), ordinals („zum zweiten Mal in
Folge“, „im ersten Quartal“, „im ersten Halbjahr“, „im ersten Jahr des Aufenthalts“, "the
first increase in five months", "the year's first five months", "a third consecutive year",
"their second strike in two months"), hedges, years and dates. Negatives as such copy has
them - 56 rows, none with a figure: rhetoric, creeds, promises and reassurances in quotes
from the same speakers who give the figures, labels („nannte“, „sprach von“, „sprachen von“,
„nannten“, "called"), verdicts with „hält ... für“ and „halten ... für“, blame naming no act
(„warf ... vor“, "accused ... of", "blamed"), appeals, a demand without a measure,
economists' view, a minister's praise of nurses, an evasion and an open question, each near
a check-worthy look-alike from the same story (often the same speaker's figure).

242 rows (121 German, 121 English), 56 negatives (28 German, 28 English), 186 check-worthy
rows of which 16 carry no figure (10 German, 6 English), 289 expected quantities (95 counts,
59 durations - 16 in hours, 11 in years, 10 in weeks, 10 in days, 7 in minutes, 4 in months,
1 in seconds -, 49 percentages - 47 in "%", 2 in percentage points "pp" -, 36 amounts of
money - 15 EUR, 9 USD, 5 GBP, 4 CHF, 2 CAD, 1 NZD -, 16 years, 14 fractions, 10 ordinals, 10
dates; none of them in a negative), 36 checked speakers (19 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, promise, reassurance, appeal, warning naming no measure, verdict or
  piece of rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-twenty-third, two-hundred-and-seventh,
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth, four-hundred-and-eighth); a
  quoted or reported statement of fact, figure, step, plan, demand or forecast with a figure
  is check-worthy with its speaker, also in Konjunktiv I. Pairs from one speaker:
  Albrecht-Kemény's 64 clinics and 30 more beside „Die Häuser bluten aus ...“; the ministry
  spokesman's 2.1 billion euros beside his label „interessengeleitet“; the health
  secretary's 61,000 referrals beside "We are turning the corner ..."; Leitgeb-Ortner's
  4,300 and her eight theatres beside „Wer Geld hat, wird schneller operiert ...“; the
  Gesundheitsverbund's 1,200 operations beside its silence on the waits; Pettigrew-Hale's
  five years beside "Nobody is going to cut Medicare ..."; Zgraggen-Bühler's 82 percent
  beside «Wir finanzieren ...»; Strachan-Doyle's one in eight beside "Corridor care has
  become the default ..."; Overbeck-Lindner's six hours beside „Wartezimmer der Nation“;
  Haverkamp-Ruiz's 112 of 160 beside "When the hospital goes ..."; Wendeborn-Schierl's 0.4
  points beside „Reparaturbetrieb für verfehlte Politik“; Forsyth-Murray's 7,500 operations
  beside "Nobody should be left to wait in pain ..."; Mooslechner-Hautz's twelve-hour nights
  and 28 patients beside „So kann man auf Dauer ...“; Kerrigan-Shaw's 9,000 posts beside "No
  trust ever shortened a waiting list ..."; Praxmarer-Lindl's 8.2 percent beside „Das Geld
  der Versicherten ...“; Lévesque-Abara's 3,400 nurses beside "Our emergency rooms are there
  ..."; Caviezel-Furrer's quarter beside «kein Gratis-Hausarzt»; Oyelowo-Park's 14,000 hours
  beside "Every nurse on that picket line ..."; Cascadia Health's 1,100 nurses and $31
  million beside its label; Bevan-Powell's £120 million beside "heading in the right
  direction"; Kübler-Seitz's 14 million euros beside „Niemand im Kreistag ...“;
  Kettleborough's $750 cap beside "Nobody should go bankrupt ..."; the American Hospital
  Association's $28 billion beside "cherry-picked and misleading"; Pöltl-Haberl's 18 percent
  beside „am Ende ihrer Kräfte“; Macquarrie-Dunn's 4,100 posts beside "run out of space";
  Osterkamp-Vidal's 0.2 points and 1.9 billion euros beside „Pflege darf nicht arm machen“;
  Brannigan-Tully's 6 and 9 percent beside her promise of no cutbacks; Bisaz-Tognola's 9
  percent beside «Der Mittelstand kann ...»; Vanbuskirk-Oyama's four days beside "Boarding
  is not an emergency medicine problem ..."; the Gesundheitsministerin's 30 minutes beside
  „Qualität rettet Leben ...“; McAuliffe-Stein's £2,400 beside "hollowed out from the
  inside"; Mommsen-Ulrich's two ambulances beside „kein Taxi ins Krankenhaus“;
  Paraone-Hilliard's NZ$1.4 billion beside "the money simply is not there".
- Negatives (hundred-twenty-third, two-hundred-and-seventh, two-hundred-and-eighty-sixth,
  three-hundred-and-thirty-fourth, four-hundred-and-eighth), none with a figure: the quotes
  above; labels („Der Sprecher nannte die Berechnungen ... „interessengeleitet““, „Die
  Arbeitgeberverbände sprachen von einem „Alarmsignal ...““, „Die SP sprach von einer
  «Strafgebühr für Kranke»“, „Eine Bürgerinitiative sprach von einem „schwarzen Tag ...““,
  „Die Grünen nannten die Zustände ...“, „Der Landkreistag sprach von einem „Kahlschlag
  ...““, "The Royal College of Surgeons called the figures", "Advocates for older Americans
  called the report", "Opposition health spokeswoman Tegan Vrolijk-Hayes called the
  figures", "The coalition called the closures", "Cascadia Health called the union's
  demands", "The hospital group called the report"); verdicts with „hält ... für“ and
  „halten ... für“ (the cantons, Verdi, the KBV, the insurers; ninety-eighth,
  four-hundred-and-eighth); blame naming no act („Die Ärztekammer warf der Kasse vor, auf
  dem Rücken der Patienten zu sparen.“, "Hospital executives blamed low Medicaid payments
  and ...", "Plaid Cymru accused ministers of ...", "The nurses' union accused the HSE of
  ..."; three-hundred-and-thirty-fourth, four-hundred-and-eighth); appeals ("The health
  minister urged people to check NHS 111 online ...", "Opposition parties urged ministers to
  declare a national emergency ..."; two-hundred-and-twenty-fifth); a demand without a
  measure („Sozialverbände forderten erneut, die Eigenanteile endlich zu begrenzen.“;
  four-hundred-and-twentieth); economists' view ("Economists said the deficits exposed ...";
  four-hundred-and-eighth); a minister's praise and pledge to talk ("Ministers said they
  valued "every single nurse" ..." - "every single" is no figure); an evasion and an open
  question („ließ der Gesundheitsverbund offen“, „Ob die Prämien tatsächlich so stark
  steigen, ist offen.“; two-hundred-and-seventy-third).
- Check-worthy without a figure (16 rows; hundred-twenty-third, two-hundred-and-seventh,
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth, four-hundred-and-eighth):
  source lines (the DKI's survey, „Das geht aus einer Auswertung der Wiener
  Patientenanwaltschaft hervor, ...“, „Die Zahlen stammen aus einer Erhebung des
  Landesbetriebs IT.NRW.“, „Das prognostiziert der Vergleichsdienst Comparis ...“, "The
  analysis drew on federal data ..." - "nearly every" is no figure), the emergency room kept
  open day and night with "the company" checked (four-hundred-and-eighth: the company's
  account of its own step), the Schätzerkreis's forecast and the ÖGK's update scheduled
  (hundred-twenty-third: a board's meeting scheduled), the trusts asked for savings plans
  and the recruitment cap lifted (steps), „Das Geschäft geht nun an den Ständerat.“ (a
  procedure, thirtieth), surgeries postponed during the strike (hundred-twenty-third), the
  Kreistag's decision to close (an act), the scope of the price analysis ("The analysis
  excluded patients covered by Medicare and Medicaid."), the KAGes's account that corridor
  patients get the same care (a stated fact; „betonte“ with a body is left unchecked, as the
  four-hundred-and-twentieth checked it with a person only) and the plan to link the numbers
  112 and 116117 (a plan; the service numbers carry none, hundred-fifty-fifth and
  hundred-eighty-third).
- Waits, targets and other spans are durations (the issue: "zehn Minuten", "a two-week
  visit"; every health batch): "the first increase in five months" 5 months
  (three-hundred-and-thirty-fourth: "the smallest rise in four years"), "under 18 weeks into
  their wait" 18 weeks "under" (four-hundred-and-eighth: "less than 18 weeks old"), "The
  median wait ... stood at 14.6 weeks" and "a median of 291 days" and "a median of 2.9 hours
  ..., up from 1.9 hours" ("median", "up from" no hedge), "more than two years" twice, "more
  than 12 hours" three times, "more than eight hours", "longer than 36 weeks", „länger als
  sechs Stunden“ and „länger als 30 Minuten“ "over" (two-hundred-and-eighty-sixth: „länger
  als drei Monate“), „im Schnitt 19 Wochen, ... sogar 27 Wochen“ (three-hundred-and-thirty-
  fourth: „im Schnitt 16 Wochen, ... sogar 23 Wochen“), „Vor drei Jahren ... bei elf
  Wochen“, "two years sooner than in last year's outlook" 2 years, "roughly five years"
  "about", "within four hours" twice and "inside four hours", "within 30 days" and „binnen
  vier Wochen“ twice with no hedge, "31 minutes and 44 seconds" two durations and "a target
  of 18 minutes" (four-hundred-and-eighth: "51 minutes and 38 seconds"), „3 Stunden und 52
  Minuten“ two durations, "over the past two years" and "spread over two years" 2 years
  ("over" before a span no hedge, three-hundredth), "a drive of up to 90 minutes", „bis zu
  35 Minuten“ and "up to four days" "up_to" (two-hundred-and-eighty-sixth: "a drive of up to
  50 miles"), "over the next six months" 6 months, „im Schnitt 171 Tage“, „in zwölfstündigen
  Nachtdiensten“ 12 hours (the issue: "fünfstündigen"), "for 11 weeks of cover", „im Mittel
  41 Tage“, "more than 5,600 hours" and "more than 14,000 hours of unpaid overtime" "over"
  (four-hundred-and-twentieth: "more than 41,000 hours of flight delays"), "a five-day
  strike" 5 days, "16% over three years" 3 years, „im Schnitt 34 Tage ..., Privatversicherte
  dagegen 17“ 34 and 17 days (the unit written once serving the later figure,
  three-hundred-and-sixty-second), „durchschnittlich 142 Tage, gefolgt von Neurologen mit 61
  Tagen“, „vor zwei Jahren“ 2 years, "in the year's first five months" ordinal 1 and 5
  months (three-hundred-and-thirty-fourth: "in the year's first six months"), "within the
  next two years" 2 years, „Die gesetzliche Hilfsfrist von acht Minuten“ 8 minutes, "for
  eight hours" 8 hours, "their second strike in two months" 2 months
  (three-hundred-and-thirty-fourth: "their third strike in 12 months"), "a further
  eight-hour strike" 8 hours ("further" no hedge, hundred-twenty-sixth). Ages are durations
  in years: „Kinder unter 16 Jahren“ 16 years "under" (four-hundred-and-eighth: „unter zwei
  Jahren“). New: "Some 171,900 patients had passed the 52-week mark" is 52 weeks with no
  hedge - "passed" is a verb and bounds nothing, as "topped 2 billion euros"
  (three-hundred-and-thirty-fourth), and the figure heading the compound keeps its unit, as
  "inside the 18-week target" (four-hundred-and-eighth). None: „im vergangenen Jahr“, „ein
  Jahr zuvor“, „für das laufende Jahr“, „bis zum Jahresende“, „bis Jahresende“, „im
  kommenden Jahr“, „jährlich“, „jährliches“, „heuer“, „seit Jänner“, „im Frühjahr“, „im
  Herbst“, „an Wochenenden“, „am Montagabend“, „im Monat“, „zu Jahresbeginn“, „im Jahr
  davor“, „über dem Vorjahr“, „im Vorjahreszeitraum“, „an manchen Tagen“, „Ende Jahr“, "a
  year earlier", "a year ago", "last year", "last year's outlook", "next year", "this year",
  "a month", "a year", "an hour", "the longest in a decade" and "the past decade" (an
  article, two-hundred-and-seventh), "during the winter", "by the summer", "since October",
  "since January", "in the year to March" (twice), "the financial year", "the last fiscal
  year", "by the end of June", "by October", "on an average day", "Over the month", "per
  capita", "day and night", "when June ends", "on Tuesday morning", weekdays and months.
- Health insurance, contributions and premiums (forty-ninth, hundred-twenty-third,
  two-hundred-and-seventh, three-hundred-and-thirty-fourth, four-hundred-and-eighth): „um
  mindestens 0,4 Prozentpunkte“ 0.4 "pp" "at_least", „um 0,2 Punkte“ of the care insurance
  rate 0.2 "pp" (two-hundred-and-seventh: „um 0,3 Beitragssatzpunkte“; hundred-ninety-sixth:
  „um 0,1 Punkte“ of a jobless rate), „von 5,3 auf 5,9 Prozent“ both (the unit written once,
  three-hundred-and-thirty-fourth), „Der durchschnittlich erhobene Zusatzbeitrag liegt
  derzeit bei 3,4 Prozent“ („durchschnittlich“, „derzeit“ no hedge), „um 7,9 Prozent, ...
  nur um 5,2 Prozent“, „um 4,6 Prozent“, „um 5,8 Prozent pro versicherte Person“; premiums,
  co-payments and fees are money, the period carrying none („3.184 Euro im Monat“, „211 Euro
  mehr“ - „mehr“ after the figure compares -, „mit 3.702 Euro, ... mit 2.661 Euro“, „bis zu
  420 Euro mehr im Monat“ "up_to", „50 Franken zusätzlich“, „der Mindestfranchise von 300
  Franken“, „auf rund 472 Franken im Monat“ "about", "$214.60 a month next year from
  $193.80", "NZ$1.4 billion a year" - hundred-thirty-fifth: "NZ$5 million" -, "up to C$180
  an hour" "up_to"); "Part B" carries none (hundred-eighty-third,
  four-hundred-and-forty-second).
- Deficits, losses, funds, spending and prices are money in the currency written (every
  batch): EUR („rund 9,4 Milliarden Euro, gut 1,1 Milliarden mehr“ 9.4e9 "about" and 1.1e9
  "over" - the currency written once serving the later figure, four-hundred-and-eighth -,
  „bis zu 2,1 Milliarden Euro“ "up_to", „1,7 Milliarden Euro“, „612 Millionen Euro“, „455
  Millionen Euro“, „rund 14 Millionen Euro“ "about", „1,9 Milliarden Euro“, „rund 890 Euro“
  "about" for „Ein Einsatz“ - an article -, "418 million euros"), CHF („486 Millionen
  Franken“), GBP ("1.9 billion pounds", "2.2 billion pounds", "an extra 2.3 billion pounds"
  and "an additional £120 million" with no hedge, "about £2,400 a year" "about"), USD
  ("$1.12 trillion", "$4.3 million", "$31 million", "$2,715", "capping ... at $750" with no
  hedge, "$28 billion", "more than $500" "over"), CAD ("C$1.6 billion"). New: "a six-figure
  sum" carries no quantity - a band of magnitudes names no figure, as „im sechsstelligen
  Bereich“ (three-hundred-and-fifty-second, three-hundred-and-sixty-ninth) and
  "double-digit" (fifth) -, and the row stays check-worthy for its 11 weeks.
- Counts (every batch): beds, posts, nurses, patients, operations, clinics, votes,
  signatures and bed days with their hedges („rund 4.300“, „rund 4,6 Millionen“, „rund
  2.900“, „rund 270“, „rund 5,3 Millionen“, „rund 380“, „rund 350“, „Rund 5,9 Millionen“,
  „Rund 1,9 Millionen“, „rund 900“, "Some 171,900", "Some 1,210", "About 5,200", "About
  27,000", "About 3,800", "about 69.3 million", "about 9,000", "about 1,100", "about
  70,000", "about 2,900", "about 4,000", "Roughly 41 million" "about"; „gut 1.500“, „gut
  3.000“, „mehr als 60“, "More than 98,000" "over"; „knapp 590 Millionen“, "Nearly 795,000"
  "nearly"; „bis zu 30 weitere“ and „bis zu 28 Patienten“ "up_to" - „weitere“ and „oft“ no
  hedge, four-hundred-and-eighth -; "no more than four patients" "at_most"
  (three-hundred-and-thirty-fourth)), definite groups and tallies („der 104 befragten
  Akutspitäler“, „rund 140 seiner 1'960 Stellen“ with the hedge on the first only and the
  Swiss apostrophe, „312 ihrer rund 5.900 Betten“ with the hedge on the second only -
  hundred-seventeenth -, "112 of the hospital's 160 employees", "Of the 205 trusts, 118",
  "five of the hospitals", "96 of them", „Von 1.024 beantragten Leistungsgruppen ... 861“,
  „nur noch an sieben Standorten ..., bisher waren es 19“ - „nur noch“, „bisher“ no hedge -,
  „mit 108 zu 79 Stimmen ..., 6 Mitglieder“ three counts - two-hundred-and-forty-fifth), a
  number word opening the row reads as digits would ("Nine rural hospitals", "Nine
  hospitals"; three-hundredth), "A record 2.41 million" ("A record" no hedge), "closed
  temporarily 203 times" 203 (the issue: "100 Mal"), "more than twice the shortfall" 2
  "over" (eleventh: "more than twice its estimate"; hundred-eighty-third: "more than
  double"), "about twice as fast" 2 "about" (two-hundred-and-eighty-sixth: "roughly
  double"), "A 25-bed hospital" 25 (hundred-twenty-third: "the 25-bed hospital"), "a
  three-county area" 3 (hundred-eighty-third), „das 142-Betten-Krankenhaus“ 142 (the figure
  heading a compound, the issue's "28-Punkte-Entwurf"), „in Pflegegrad 2“ 2
  (two-hundred-and-forty-fifth: „in Pflegegrad 3“), „im Zweibettzimmer“ 2 (forty-ninth: „in
  Vierbettzimmern“), "148,210 whole-time equivalent staff" (forty-ninth: staff in full-time
  equivalents are counts), "59,400 bed days" (three-hundred-and-thirty-fourth: bed days are
  counts), „zusätzlich 1.200 Operationen“, „95 zusätzliche Betten“, "61,000 extra
  referrals", "7,500 extra operations", "230 additional care home places", "3,000 more
  nurses", „um 400“, „um zwei Rettungswagen“ with no hedge. New: "Category one patients, who
  should be treated within 30 days" is count 1 and 30 days - a number word after the label
  of an urgency category reads as the digit does ("category 2 patients" 2,
  three-hundred-and-thirty-fourth and four-hundred-and-eighth; a level on a scale is a
  count, forty-ninth; a number word reads as digits, three-hundredth), and "almost all"
  bounds no figure. New: „Ein Platz im Einzelzimmer“ carries none - „einzel“ is no number
  word, as „Doppelzimmer“ counts nothing (fifty-fourth, three-hundred-and-twenty-first,
  three-hundred-and-ninety-eighth) -, while „im Zweibettzimmer“ in the same row is 2, and
  „einer“ (a pronoun) carries none. None: "A&E", "NHS 111" (forty-ninth), „H+“,
  „EBITDA-Marge“, „IT.NRW“, „112“ and „116117“, "almost all", "most of them", "nearly every
  community hospital", "every trust", "every Ontarian", "several of the hospitals", "a
  single locum consultant", "a single visit", „eine Pflegekraft“, „ein Heimplatz“, „kein
  Bürger“ and „die meisten von ihnen“.
- Percentages (every batch): PA's and AAP's "per cent" in % ("Only 59.8 per cent" and "Just
  64.2 per cent" with no hedge, "well short of a 92 per cent standard", "76.1 per cent ...,
  just short of the 78 per cent target" with no hedge - four-hundred-and-eighth: "short of
  the 75 per cent target" -, "4 per cent more", "9.6 per cent", "About 6.4 per cent"
  "about", "up from 4.9 per cent", "66.3 per cent ..., against a target of 95 per cent",
  "fell by 41 per cent", "a vacancy rate of 7.6 per cent"); Reuters' and AP's "%" ("only
  87%", "up 8.1%", "fell 27% ... rose by 5.5%", "raises of 16%", "42% more", "6% higher ...
  a 9% rise", "averaged 75% ..., compared with 64%" - "averaged" no hedge,
  three-hundred-and-thirty-fourth -, "could reach 85%", "about 16%" "about", "4.5%"); German
  copy as written („81 Prozent“, „10 Prozent ..., nur 3,4 Prozent“, „rund 82 Prozent“
  "about", „2,1 Prozent mehr“, „9,6 Prozent“, „gut fünf Prozent“ and „gut 6 Prozent mehr“
  "over", „8,2 Prozent mehr“, „um 43 Prozent“, „14 Prozent mehr“, „um 18 Prozent“, „9
  Prozent“, „61,4 Prozent“).
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; every batch): „Fast
  drei Viertel“ 0.75 "nearly" (four-hundred-and-eighth), „Gut zwei Drittel“ 0.6667 "over",
  "one in eight patients" 0.125 (three-hundred-and-thirty-fourth: "About one in eight"),
  „Fast jeder dritte“ and „knapp ein Drittel“ 0.3333 "nearly", „jedes achte Bett“ 0.125
  (hundred-thirtieth: „jede vierte ihrer 412 Filialen“), "more than half" 0.5 "over"
  (three-hundred-and-thirty-fourth: „Mehr als die Hälfte“), „rund ein Viertel“ and "About
  one in four" 0.25 "about", "nearly a quarter" 0.25 "nearly", „die Hälfte davon“ 0.5,
  "Nearly one in five" 0.2 "nearly", "two-fifths" 0.4 (the issue), „gut jedem fünften
  Einsatz“ 0.2 "over" (the dative; three-hundred-and-thirty-fourth: „Gut jeder fünfte“). The
  German "X von Y" share form is not used (two-hundred-and-seventh).
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; every batch): "the first
  increase in five months" 1, „zum zweiten Mal in Folge“ 2 (three-hundred-and-thirty-fourth:
  „zum vierten Mal in Folge“), „im ersten Quartal“ 1, „im ersten Halbjahr“ 1 (three times),
  „im ersten Jahr des Aufenthalts“ 1 (four-hundred-and-eighth: „im ersten Lebensjahr“), "in
  the year's first five months" 1, "for a third consecutive year" 3
  (three-hundred-and-thirty-fourth: "For the third straight year"), "their second strike in
  two months" 2. "the highest figure since records began", "the longest in a decade", „Am
  längsten“, „Am stärksten“, „Die höchste Belastung“, „die niedrigste“, "A record" and „so
  viele wie nie“ rank nothing.
- Years and dates: „seit Anfang 2023“, "until 2031", „bis Ende 2027“ (twice), „bis 2028“
  (twice), "since 2015" and „seit 2015“, "since 2023", "since records began in 2011", "than
  in 2019" and "in 2019", "by 2032", "since 2000", „bis 2030“, "than in 2010" the years;
  „zum 1. Januar“ (twice) --01-01, „mit 1. Juni“ --06-01 (Austrian, hundred-twenty-third:
  „mit 1. Jänner“), „zum 30. September“ --09-30, "in the week ending July 12" --07-12
  (four-hundred-and-eighth: "in the week ending December 7"), „ab dem 1. Januar 2027“
  2027-01-01 (two-hundred-and-seventy-sixth: „bis zum 31. März 2027“); Reuters datelines
  with a day are dates without a year ("WASHINGTON, April 23" --04-23, "LONDON, May 19"
  --05-19, "NEW YORK, July 8" --07-08, "DUBLIN, July 21" --07-21; hundred-sixtieth); dpa
  ("Berlin (dpa) -", "Düsseldorf (dpa/lnw) -", "München (dpa/lby) -", "Stuttgart (dpa/lsw)
  -", "Kiel (dpa/lno) -", "Hamburg (dpa/lno) -"), APA, Keystone-SDA, PA, AP ("GARDEN CITY,
  Kan. (AP) —", "PORTLAND, Ore. (AP) —", "WASHINGTON (AP) —"), CP and AAP datelines none
  (seventy-ninth); "Kan." and "Ore." end no sentence, as "HONESDALE, Pa."
  (three-hundred-and-thirty-fourth).
- Hedges, only the names in use: „rund“, „Rund“, "about", "About", "Some", "roughly",
  "Roughly" "about"; „knapp“, „Fast“, "nearly", "Nearly" "nearly"; „gut“, „Gut“, „mehr als“,
  „länger als“, "more than", "More than", "longer than" "over"; „unter“, "under" "under";
  „mindestens“ "at_least"; „bis zu“, "up to" "up_to"; "no more than" "at_most". No hedge:
  „im Schnitt“, „im Mittel“, „durchschnittlich“, „sogar“, „derzeit“, „zuletzt“, „nur“, „nur
  noch“, „bisher“, „oft“, „dagegen“, „zusätzlich“, „zusätzliche“, „weitere“, „binnen“,
  "Only", "only", "Just", "A record", "a median of", "an average of", "averaged", "extra",
  "additional", "further", "well short of a", "just short of the", "against", "compared
  with", "up from", "down from", "passed", "capping ... at", "within", "inside", "over"
  before a span, "more" and „mehr“ after a figure.
- Speakers, checked only in forms the earlier batches settled. German: "X sagte, ..." with
  the office, the party, „Dr.“, the affiliation, the weekday and the occasion dropped
  („DKG-Vorstandschefin Roswitha Albrecht-Kemény“, „Patientenanwältin Hermine
  Leitgeb-Ortner“, „H+-Präsidentin Carmen Zgraggen-Bühler sagte an einer Medienkonferenz in
  Bern“, „KGNW-Präsident Dr. Matthias Overbeck-Lindner“, „GKV-Vorständin Jutta
  Wendeborn-Schierl“, „Pflegedirektorin Sabine Mooslechner-Hautz vom Kreisklinikum
  Wasserburg-Land“ - the affiliation dropped, four-hundred-and-twentieth -, „ÖGK-Obmann
  Gernot Praxmarer-Lindl sagte am Dienstag“, „Nationalrätin Annina Caviezel-Furrer (Mitte)“,
  „Landrätin Dorothea Kübler-Seitz (CDU)“, „Betriebsratschefin Elfriede Pöltl-Haberl“,
  „Feuerwehrchef Dr. Jan-Hendrik Mommsen-Ulrich“; three-hundred-and-thirty-fourth,
  four-hundred-and-eighth, four-hundred-and-twentieth), „so Leitgeb-Ortner“ and „so
  Vdek-Chefin Maren Osterkamp-Vidal“ -> "Maren Osterkamp-Vidal" (tenth: „so Bürgermeister
  X“), a quote with a figure followed by „sagte die Vorsitzende des Verbands, Ulrike
  Hambrecht-Zorn, am Mittwoch in Berlin“ -> the name in apposition
  (four-hundred-and-thirty-eighth) and by „sagte Comparis-Experte Remo Bisaz-Tognola“
  (eighteenth, four-hundred-and-twentieth), „teilte das Bundesgesundheitsministerium am
  Freitag mit“ -> "das Bundesgesundheitsministerium" (three-hundred-and-thirty-fourth),
  „teilte die Steiermärkische Krankenanstaltengesellschaft (KAGes) am Donnerstag mit“ ->
  "die Steiermärkische Krankenanstaltengesellschaft" with the abbreviation and the weekday
  dropped (four-hundred-and-twentieth: „teilte das Statistische Bundesamt (Destatis) in
  Wiesbaden mit“), „nach Angaben des Statistischen Bundesamts“ -> "das Statistische
  Bundesamt" (three-hundred-and-thirty-fourth) and „Nach Angaben der Feuerwehr“ -> "die
  Feuerwehr" (three-hundred-and-fifty-sixth, four-hundred-and-twentieth). English: the name
  with the office and "Dr." dropped ("Royal College of Emergency Medicine president Dr. Ewan
  Strachan-Doyle said", "County Commissioner Wendell Haverkamp-Ruiz said", "Health Minister
  Lachlan Forsyth-Murray said", "Health Minister Danielle Lévesque-Abara said", "Union
  president Renata Oyelowo-Park said", "Health Secretary Rhodri Bevan-Powell said", "Royal
  College of Nursing Scotland director Fiona Macquarrie-Dunn said", "American College of
  Emergency Physicians president Dr. Loretta Vanbuskirk-Oyama said", "RCN general secretary
  Bronagh McAuliffe-Stein said", "Health Minister Grant Paraone-Hilliard said";
  four-hundred-and-eighth), "Sen. Dorian Pettigrew-Hale, R-Iowa, said" and "Sen. Alvin
  Kettleborough, D-Mich., said" (four-hundred-and-twentieth: "Rep. Lyle Brannaman, R-Wash.,
  said"), "NHS Providers chief executive Annabel Kerrigan-Shaw told Reuters that"
  (four-hundred-and-twentieth: "told Reuters in an interview"), "Health Minister Aoife
  Brannigan-Tully told parliament" (three-hundred-and-thirty-fourth), "the company said" ->
  "the company" (four-hundred-and-eighth), "The American Hospital Association said" -> "the
  American Hospital Association" (the article lowered opening the row,
  two-hundred-and-seventy-sixth) and "the Nursing and Midwifery Council said" with its
  article (four-hundred-and-twentieth: "the Minnesota Nurses Association said"). Left
  unchecked (None): all negatives, also those with a named speaker; roles („Ein Sprecher des
  Bundesgesundheitsministeriums verwies“, „Der Landesgesundheitsminister kündigte an“, „Ein
  KBV-Sprecher sagte“, „Die Gesundheitsministerin sagte“, "The health secretary said", "a
  government spokesman said", "its owner said"), plural and anonymous groups ("the program's
  trustees said", "The union representing nurses and midwives said", "the union said" twice,
  "The union has said" - "has said", three-hundred-and-thirty-fourth -, "Ministers said"),
  documents, figures and estimates („nach einer Hochrechnung des Deutschen
  Krankenhausinstituts“, „wie eine Erhebung des Spitalverbands H+ zeigt“, „nach Einschätzung
  der Kliniken“, „wie eine Umfrage der Bayerischen Krankenhausgesellschaft ergab“, „Das geht
  aus ... hervor“, „wie eine Auswertung des Verbands der Ersatzkassen zeigt“, "the report
  showed", "the figures showed", "NHS figures showed", "Department of Health figures
  showed", "Welsh Government statistics showed", "Bureau of Health Information figures
  show", "Public Health Scotland figures show", "a tally by ... found", "the analysis
  found", "a separate survey found", "a federal analysis found", "the analysis said", "the
  analysis showed", "the province's auditor general reported"), a compound („Nach
  BA-Angaben“; four-hundred-and-twentieth), „laut Rechnungshof“ and „laut Bundesamt für
  Statistik“ (three-hundred-and-thirty-fourth), „hieß es aus dem Gesundheitsministerium“,
  „kündigte an“, „verwies auf“, „rechnet damit“, „nach eigenen Angaben“
  (two-hundred-and-seventy-sixth), „betonte die KAGes“, a body after a relative clause
  ("Cascadia Health, which runs five of the hospitals, said"; four-hundred-and-eighth),
  bodies without an article ("NHS England said", "Health New Zealand said" twice;
  four-hundred-and-eighth), "the Irish Nurses and Midwives Organisation said"
  (three-hundred-and-thirty-fourth), "according to ..." (NHS England, the state's hospital
  association, the coalition, an analysis by a health research group, Ucas) and rows without
  attribution. As the three-hundred-and-thirty-fourth and four-hundred-and-eighth batches
  did, and to keep the checked speakers near 35, this batch also leaves unchecked forms it
  could have checked: "The Liberal Democrats said", "The Welsh Conservatives said", "The
  Scottish Government said" and "The Department of Health said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_447 = [
    # --- Defizite der Krankenhäuser (dpa), April ---
    (
        "de",
        "Berlin (dpa) - Fast drei Viertel der Allgemeinkrankenhäuser in Deutschland haben das vergangene Jahr mit roten Zahlen abgeschlossen.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das Minus summierte sich nach einer Hochrechnung des Deutschen Krankenhausinstituts (DKI) auf rund 9,4 Milliarden Euro, gut 1,1 Milliarden mehr als ein Jahr zuvor.",
        True,
        [("money", 9400000000, "EUR", "about"), ("money", 1100000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Für das laufende Jahr erwarten 81 Prozent der befragten Häuser eine weitere Verschlechterung ihrer wirtschaftlichen Lage.",
        True,
        [("percent", 81, "%", None)],
        None,
    ),
    (
        "de",
        "DKG-Vorstandschefin Roswitha Albrecht-Kemény sagte, seit Anfang 2023 hätten 64 Kliniken Insolvenz angemeldet, bis zum Jahresende kämen voraussichtlich bis zu 30 weitere hinzu.",
        True,
        [("year", 2023, None, None), ("count", 64, None, None), ("count", 30, None, "up_to")],
        "Roswitha Albrecht-Kemény",
    ),
    ("de", "„Die Häuser bluten aus, und die Politik schaut dabei zu“, sagte Albrecht-Kemény.", False, [], None),
    (
        "de",
        "Ein Sprecher des Bundesgesundheitsministeriums verwies auf den Transformationsfonds, aus dem ab dem kommenden Jahr jährlich bis zu 2,1 Milliarden Euro für Fusionen und Umbauten von Kliniken bereitstehen sollen.",
        True,
        [("money", 2100000000, "EUR", "up_to")],
        None,
    ),
    ("de", "Der Sprecher nannte die Berechnungen der Krankenhausgesellschaft „interessengeleitet“.", False, [], None),
    (
        "de",
        "Das DKI hatte für seine Erhebung im Frühjahr die Geschäftsführungen von Allgemeinkrankenhäusern in allen Bundesländern befragt.",
        True,
        [],
        None,
    ),
    # --- NHS waiting list in England (PA), April ---
    (
        "en",
        "LONDON (PA) - England's backlog of routine operations and hospital care grew to 7.42 million in February, the first increase in five months.",
        True,
        [("count", 7420000, None, None), ("ordinal", 1, None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        "Only 59.8 per cent of those on the list were under 18 weeks into their wait, well short of a 92 per cent standard.",
        True,
        [("percent", 59.8, "%", None), ("duration", 18, "week", "under"), ("percent", 92, "%", None)],
        None,
    ),
    (
        "en",
        "Some 171,900 patients had passed the 52-week mark, compared with 168,400 in January.",
        True,
        [("count", 171900, None, "about"), ("duration", 52, "week", None), ("count", 168400, None, None)],
        None,
    ),
    (
        "en",
        "The median wait for treatment stood at 14.6 weeks, according to NHS England.",
        True,
        [("duration", 14.6, "week", None)],
        None,
    ),
    (
        "en",
        "The health secretary said the rise reflected 61,000 extra referrals during the winter and would be reversed by the summer.",
        True,
        [("count", 61000, None, None)],
        None,
    ),
    ("en", '"We are turning the corner, even if February did not show it," the health secretary said.', False, [], None),
    (
        "en",
        "The Liberal Democrats said 3,100 patients had been waiting for more than two years at the worst-hit trusts.",
        True,
        [("count", 3100, None, None), ("duration", 2, "year", "over")],
        None,
    ),
    ("en", 'The Royal College of Surgeons called the figures "a reminder that patients are still paying the price for years of neglect".', False, [], None),
    # --- Wartezeiten auf Hüft- und Knieoperationen in Wien (APA), April ---
    (
        "de",
        "Wien (APA) - Auf ein neues Hüftgelenk warten Patientinnen und Patienten in Wiens öffentlichen Spitälern derzeit im Schnitt 19 Wochen, auf ein neues Kniegelenk sogar 27 Wochen.",
        True,
        [("duration", 19, "week", None), ("duration", 27, "week", None)],
        None,
    ),
    ("de", "Das geht aus einer Auswertung der Wiener Patientenanwaltschaft hervor, die am Mittwoch veröffentlicht wurde.", True, [], None),
    (
        "de",
        "Vor drei Jahren hatte die Wartezeit für eine Hüfte noch bei elf Wochen gelegen.",
        True,
        [("duration", 3, "year", None), ("duration", 11, "week", None)],
        None,
    ),
    (
        "de",
        "Patientenanwältin Hermine Leitgeb-Ortner sagte, rund 4.300 Menschen stünden derzeit auf den Wartelisten für orthopädische Eingriffe.",
        True,
        [("count", 4300, None, "about")],
        "Hermine Leitgeb-Ortner",
    ),
    ("de", "„Wer Geld hat, wird schneller operiert, das ist die bittere Wahrheit“, sagte Leitgeb-Ortner.", False, [], None),
    (
        "de",
        "Wegen fehlender Anästhesiepflege seien seit Jänner acht OP-Säle dauerhaft gesperrt, so Leitgeb-Ortner.",
        True,
        [("count", 8, None, None)],
        "Leitgeb-Ortner",
    ),
    (
        "de",
        "Der Wiener Gesundheitsverbund kündigte an, heuer zusätzlich 1.200 Operationen in Nachmittagsschichten anzubieten.",
        True,
        [("count", 1200, None, None)],
        None,
    ),
    ("de", "Ob damit die Wartezeiten tatsächlich sinken, ließ der Gesundheitsverbund offen.", False, [], None),
    # --- Medicare trustees report (Reuters), April ---
    (
        "en",
        "WASHINGTON, April 23 (Reuters) - Medicare's hospital insurance trust fund will be able to pay full benefits until 2031, two years sooner than in last year's outlook, the program's trustees said on Thursday.",
        True,
        [("date", "--04-23", None, None), ("year", 2031, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "After that, incoming payroll taxes and other revenue would cover only 87% of scheduled hospital benefits, the report showed.",
        True,
        [("percent", 87, "%", None)],
        None,
    ),
    (
        "en",
        "Total Medicare spending reached $1.12 trillion last year, up 8.1% from the year before.",
        True,
        [("money", 1120000000000, "USD", None), ("percent", 8.1, "%", None)],
        None,
    ),
    (
        "en",
        "The standard Part B premium is projected to climb to $214.60 a month next year from $193.80.",
        True,
        [("money", 214.6, "USD", None), ("money", 193.8, "USD", None)],
        None,
    ),
    (
        "en",
        "Medicare covered about 69.3 million people at the end of last year.",
        True,
        [("count", 69300000, None, "about")],
        None,
    ),
    (
        "en",
        "Sen. Dorian Pettigrew-Hale, R-Iowa, said the earlier date left Congress roughly five years to act.",
        True,
        [("duration", 5, "year", "about")],
        "Dorian Pettigrew-Hale",
    ),
    ("en", '"Nobody is going to cut Medicare for seniors, full stop," Pettigrew-Hale said.', False, [], None),
    ("en", 'Advocates for older Americans called the report "another alarm bell that Washington keeps sleeping through".', False, [], None),
    # --- Verluste der Schweizer Spitäler (Keystone-SDA), April ---
    (
        "de",
        "Bern (Keystone-SDA) - Zusammengenommen haben die Schweizer Spitäler im vergangenen Jahr 486 Millionen Franken verloren.",
        True,
        [("money", 486000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gut zwei Drittel der 104 befragten Akutspitäler wiesen ein negatives Betriebsergebnis aus, wie eine Erhebung des Spitalverbands H+ zeigt.",
        True,
        [("fraction", 0.6667, None, "over"), ("count", 104, None, None)],
        None,
    ),
    (
        "de",
        "Für einen nachhaltigen Betrieb wäre eine EBITDA-Marge von 10 Prozent nötig, im Schnitt erreichten die Häuser aber nur 3,4 Prozent.",
        True,
        [("percent", 10, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "H+-Präsidentin Carmen Zgraggen-Bühler sagte an einer Medienkonferenz in Bern, die Tarife deckten die Kosten im ambulanten Bereich nur zu rund 82 Prozent.",
        True,
        [("percent", 82, "%", "about")],
        "Carmen Zgraggen-Bühler",
    ),
    ("de", "«Wir finanzieren die Gesundheitsversorgung dieses Landes jeden Tag aus unserer eigenen Substanz», sagte Zgraggen-Bühler.", False, [], None),
    (
        "de",
        "Das Regionalspital Emmental-Nord schrieb zum zweiten Mal in Folge rote Zahlen und will bis Ende 2027 rund 140 seiner 1'960 Stellen abbauen.",
        True,
        [("ordinal", 2, None, None), ("year", 2027, None, None), ("count", 140, None, "about"), ("count", 1960, None, None)],
        None,
    ),
    ("de", "Die Kantone halten die Forderung der Spitäler nach höheren Tarifen für verfrüht.", False, [], None),
    (
        "de",
        "Die Spitäler beschäftigten Ende Jahr 212'300 Personen, 2,1 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 212300, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    # --- A&E in England (PA), May ---
    (
        "en",
        "LONDON (PA) - Emergency departments in England saw 76.1 per cent of patients within four hours in April, just short of the 78 per cent target set for next March.",
        True,
        [("percent", 76.1, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)],
        None,
    ),
    (
        "en",
        "A record 2.41 million people attended A&E during the month, 4 per cent more than a year earlier.",
        True,
        [("count", 2410000, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Patients waiting more than 12 hours from arrival numbered 142,300, or 9.6 per cent of all attendances.",
        True,
        [("duration", 12, "hour", "over"), ("count", 142300, None, None), ("percent", 9.6, "%", None)],
        None,
    ),
    (
        "en",
        "Ambulances took an average of 31 minutes and 44 seconds to get to patients with suspected heart attacks or strokes, against a target of 18 minutes.",
        True,
        [("duration", 31, "minute", None), ("duration", 44, "second", None), ("duration", 18, "minute", None)],
        None,
    ),
    (
        "en",
        "Royal College of Emergency Medicine president Dr. Ewan Strachan-Doyle said one in eight patients was being treated in a corridor or on a waiting room chair.",
        True,
        [("fraction", 0.125, None, None)],
        "Ewan Strachan-Doyle",
    ),
    ("en", '"Corridor care has become the default, and that should shame all of us," Strachan-Doyle said.', False, [], None),
    (
        "en",
        "NHS England said 14 trusts had declared a critical incident at some point in April.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    ("en", "The health minister urged people to check NHS 111 online before heading to A&E.", False, [], None),
    # --- Notaufnahmen in Nordrhein-Westfalen (dpa/lnw), Mai ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - In den Notaufnahmen Nordrhein-Westfalens sind im vergangenen Jahr rund 4,6 Millionen Patientinnen und Patienten behandelt worden.",
        True,
        [("count", 4600000, None, "about")],
        None,
    ),
    (
        "de",
        "Fast jeder dritte von ihnen hätte nach Einschätzung der Kliniken auch in einer Arztpraxis versorgt werden können.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im Schnitt vergingen zwischen Ankunft und Entlassung oder Aufnahme auf eine Station 3 Stunden und 52 Minuten.",
        True,
        [("duration", 3, "hour", None), ("duration", 52, "minute", None)],
        None,
    ),
    (
        "de",
        "KGNW-Präsident Dr. Matthias Overbeck-Lindner sagte, an Wochenenden müssten Patienten in großen Häusern oft länger als sechs Stunden auf einen Arzt warten.",
        True,
        [("duration", 6, "hour", "over")],
        "Matthias Overbeck-Lindner",
    ),
    ("de", "„Die Notaufnahme ist zum Wartezimmer der Nation geworden“, sagte Overbeck-Lindner.", False, [], None),
    (
        "de",
        "Der Landesgesundheitsminister kündigte an, bis 2028 an 60 Standorten Integrierte Notfallzentren einzurichten.",
        True,
        [("year", 2028, None, None), ("count", 60, None, None)],
        None,
    ),
    ("de", "Die Zahlen stammen aus einer Erhebung des Landesbetriebs IT.NRW.", True, [], None),
    # --- Rural hospital in Kansas stops inpatient care (AP), May ---
    (
        "en",
        "GARDEN CITY, Kan. (AP) — A 25-bed hospital in western Kansas will stop keeping patients overnight when June ends, so that a three-county area will have no inpatient beds.",
        True,
        [("count", 25, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Sandhill Regional Medical Center in Ness Crossing lost $4.3 million over the past two years, its owner said.",
        True,
        [("money", 4300000, "USD", None), ("duration", 2, "year", None)],
        None,
    ),
    ("en", "Its emergency room is to keep running day and night, the company said.", True, [], "the company"),
    (
        "en",
        "Patients who need to be admitted will be taken to hospitals in Garden City or Hays, a drive of up to 90 minutes.",
        True,
        [("duration", 90, "minute", "up_to")],
        None,
    ),
    (
        "en",
        "Nine rural hospitals in Kansas have closed or cut inpatient care since 2015, according to the state's hospital association.",
        True,
        [("count", 9, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "County Commissioner Wendell Haverkamp-Ruiz said 112 of the hospital's 160 employees would be laid off.",
        True,
        [("count", 112, None, None), ("count", 160, None, None)],
        "Wendell Haverkamp-Ruiz",
    ),
    ("en", '"When the hospital goes, the young families go with it," Haverkamp-Ruiz said.', False, [], None),
    ("en", "Hospital executives blamed low Medicaid payments and the difficulty of recruiting nurses to remote towns.", False, [], None),
    # --- Finanzen der gesetzlichen Krankenkassen (dpa), Mai ---
    (
        "de",
        "Berlin (dpa) - Die gesetzlichen Krankenkassen haben im ersten Quartal ein Defizit von 1,7 Milliarden Euro verbucht.",
        True,
        [("ordinal", 1, None, None), ("money", 1700000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Leistungsausgaben je Versicherten stiegen um 7,9 Prozent, die Einnahmen nur um 5,2 Prozent, teilte das Bundesgesundheitsministerium am Freitag mit.",
        True,
        [("percent", 7.9, "%", None), ("percent", 5.2, "%", None)],
        "das Bundesgesundheitsministerium",
    ),
    (
        "de",
        "Am stärksten wuchsen die Ausgaben für Krankenhausbehandlung mit 9,6 Prozent, auf sie entfällt knapp ein Drittel aller Leistungsausgaben.",
        True,
        [("percent", 9.6, "%", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der durchschnittlich erhobene Zusatzbeitrag liegt derzeit bei 3,4 Prozent.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "GKV-Vorständin Jutta Wendeborn-Schierl sagte, ohne Gegensteuern drohe zum 1. Januar ein Anstieg um mindestens 0,4 Prozentpunkte.",
        True,
        [("date", "--01-01", None, None), ("percent", 0.4, "pp", "at_least")],
        "Jutta Wendeborn-Schierl",
    ),
    ("de", "„Die Beitragszahler sind nicht der Reparaturbetrieb für verfehlte Politik“, sagte Wendeborn-Schierl.", False, [], None),
    ("de", "Der Schätzerkreis legt seine Prognose für das kommende Jahr im Herbst vor.", True, [], None),
    ("de", "Die Arbeitgeberverbände sprachen von einem „Alarmsignal für den Standort“.", False, [], None),
    # --- Elective surgery in NSW (AAP), May ---
    (
        "en",
        "SYDNEY (AAP) - More than 98,000 people were on the waiting list for planned surgery in NSW public hospitals at the end of March, Bureau of Health Information figures show.",
        True,
        [("count", 98000, None, "over")],
        None,
    ),
    (
        "en",
        "About 6.4 per cent of them had waited longer than clinically recommended, up from 4.9 per cent a year earlier.",
        True,
        [("percent", 6.4, "%", "about"), ("percent", 4.9, "%", None)],
        None,
    ),
    (
        "en",
        "Patients needing non-urgent surgery waited a median of 291 days, the longest in a decade.",
        True,
        [("duration", 291, "day", None)],
        None,
    ),
    (
        "en",
        "Category one patients, who should be treated within 30 days, were almost all operated on in time.",
        True,
        [("count", 1, None, None), ("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Health Minister Lachlan Forsyth-Murray said the state would fund 7,500 extra operations in private hospitals over the next six months.",
        True,
        [("count", 7500, None, None), ("duration", 6, "month", None)],
        "Lachlan Forsyth-Murray",
    ),
    ("en", '"Nobody should be left to wait in pain because of where they live," Forsyth-Murray said.', False, [], None),
    (
        "en",
        "The union representing nurses and midwives said 1,150 nursing positions in public hospitals were vacant.",
        True,
        [("count", 1150, None, None)],
        None,
    ),
    ("en", 'Opposition health spokeswoman Tegan Vrolijk-Hayes called the figures "a disgrace for a state this wealthy".', False, [], None),
    # --- Gesperrte Betten in Bayern (dpa/lby), Mai ---
    (
        "de",
        "München (dpa/lby) - In bayerischen Kliniken sind derzeit rund 2.900 Betten gesperrt, weil Pflegepersonal fehlt.",
        True,
        [("count", 2900, None, "about")],
        None,
    ),
    (
        "de",
        "Das entspricht gut fünf Prozent aller Planbetten im Freistaat, wie eine Umfrage der Bayerischen Krankenhausgesellschaft ergab.",
        True,
        [("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "Besonders betroffen sind die Intensivstationen, wo jedes achte Bett nicht belegt werden kann.",
        True,
        [("fraction", 0.125, None, None)],
        None,
    ),
    (
        "de",
        "Nach BA-Angaben dauert es in Bayern im Schnitt 171 Tage, bis eine offene Stelle für eine Pflegefachkraft besetzt ist.",
        True,
        [("duration", 171, "day", None)],
        None,
    ),
    (
        "de",
        "Pflegedirektorin Sabine Mooslechner-Hautz vom Kreisklinikum Wasserburg-Land sagte, in zwölfstündigen Nachtdiensten betreue eine Pflegekraft dort oft bis zu 28 Patienten allein.",
        True,
        [("duration", 12, "hour", None), ("count", 28, None, "up_to")],
        "Sabine Mooslechner-Hautz",
    ),
    ("de", "„So kann man auf Dauer keinen Menschen würdig pflegen“, sagte Mooslechner-Hautz.", False, [], None),
    (
        "de",
        "Die Staatsregierung kündigte ein Programm an, mit dem bis Ende 2027 gut 1.500 Pflegekräfte aus dem Ausland angeworben werden sollen.",
        True,
        [("year", 2027, None, None), ("count", 1500, None, "over")],
        None,
    ),
    ("de", "Die Gewerkschaft Verdi hält das Programm für reine Kosmetik.", False, [], None),
    # --- Deficits of England's hospital trusts (Reuters), May ---
    (
        "en",
        "LONDON, May 19 (Reuters) - Hospital trusts in England ended the financial year with a combined deficit of 1.9 billion pounds, more than twice the shortfall they had planned for, NHS figures showed on Tuesday.",
        True,
        [("date", "--05-19", None, None), ("money", 1900000000, "GBP", None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Of the 205 trusts, 118 reported a deficit.",
        True,
        [("count", 205, None, None), ("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "Spending on agency staff fell 27% to 2.2 billion pounds, while the pay bill rose by 5.5%.",
        True,
        [("percent", 27, "%", None), ("money", 2200000000, "GBP", None), ("percent", 5.5, "%", None)],
        None,
    ),
    (
        "en",
        "One trust paid a single locum consultant a six-figure sum for 11 weeks of cover, the figures showed.",
        True,
        [("duration", 11, "week", None)],
        None,
    ),
    (
        "en",
        "NHS Providers chief executive Annabel Kerrigan-Shaw told Reuters that trusts had cut about 9,000 posts since October to balance their books.",
        True,
        [("count", 9000, None, "about")],
        "Annabel Kerrigan-Shaw",
    ),
    ("en", '"No trust ever shortened a waiting list by sacking people," Kerrigan-Shaw said.', False, [], None),
    (
        "en",
        "The Treasury has given the health service an extra 2.3 billion pounds for this year, a government spokesman said.",
        True,
        [("money", 2300000000, "GBP", None)],
        None,
    ),
    ("en", "Economists said the deficits exposed the limits of the government's spending plans.", False, [], None),
    ("en", "The government has asked every trust to submit a savings plan by the end of June.", True, [], None),
    # --- Gebarung der ÖGK (APA), Juni ---
    (
        "de",
        "Wien (APA) - Für heuer erwartet die Österreichische Gesundheitskasse (ÖGK) ein Minus von 612 Millionen Euro.",
        True,
        [("money", 612000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Frühjahr war die Kasse noch von einem Fehlbetrag in Höhe von 455 Millionen Euro ausgegangen.",
        True,
        [("money", 455000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "ÖGK-Obmann Gernot Praxmarer-Lindl sagte am Dienstag, die Kasse habe im ersten Halbjahr 8,2 Prozent mehr für Heilmittel und Arzneien ausgegeben.",
        True,
        [("ordinal", 1, None, None), ("percent", 8.2, "%", None)],
        "Gernot Praxmarer-Lindl",
    ),
    ("de", "„Das Geld der Versicherten muss bei den Versicherten ankommen und nicht in der Verwaltung versickern“, sagte Praxmarer-Lindl.", False, [], None),
    (
        "de",
        "Der Krankenversicherungsbeitrag der Pensionistinnen und Pensionisten war mit 1. Juni von 5,3 auf 5,9 Prozent angehoben worden.",
        True,
        [("date", "--06-01", None, None), ("percent", 5.3, "%", None), ("percent", 5.9, "%", None)],
        None,
    ),
    (
        "de",
        "Laut Rechnungshof sind in Österreich derzeit rund 270 Kassenarztstellen unbesetzt.",
        True,
        [("count", 270, None, "about")],
        None,
    ),
    (
        "de",
        "Auf einen Termin bei einer Kassen-Augenärztin warten Patientinnen und Patienten in Wien im Mittel 41 Tage.",
        True,
        [("duration", 41, "day", None)],
        None,
    ),
    ("de", "Die Kasse will ihre Prognose im Herbst aktualisieren.", True, [], None),
    ("de", "Die Ärztekammer warf der Kasse vor, auf dem Rücken der Patienten zu sparen.", False, [], None),
    # --- Emergency room closures in Ontario (CP), June ---
    (
        "en",
        "TORONTO (CP) - Emergency departments in Ontario closed temporarily 203 times last year because of staffing shortages, a tally by the Ontario Health Coalition found.",
        True,
        [("count", 203, None, None)],
        None,
    ),
    (
        "en",
        "The closures added up to more than 5,600 hours, most of them overnight in small rural hospitals.",
        True,
        [("duration", 5600, "hour", "over")],
        None,
    ),
    (
        "en",
        "Nine hospitals accounted for more than half of the closures.",
        True,
        [("count", 9, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Health Minister Danielle Lévesque-Abara said the province had added 3,400 nurses to hospital payrolls since 2023.",
        True,
        [("count", 3400, None, None), ("year", 2023, None, None)],
        "Danielle Lévesque-Abara",
    ),
    ("en", '"Our emergency rooms are there for every Ontarian who needs them," Lévesque-Abara said.', False, [], None),
    (
        "en",
        "Some hospitals paid agency nurses up to C$180 an hour, according to the coalition.",
        True,
        [("money", 180, "CAD", "up_to")],
        None,
    ),
    (
        "en",
        "Ontario hospitals spent C$1.6 billion on agency staff in the last fiscal year, the province's auditor general reported in December.",
        True,
        [("money", 1600000000, "CAD", None)],
        None,
    ),
    ("en", 'The coalition called the closures "a slow-motion collapse of rural care".', False, [], None),
    # --- Gebühr für Bagatellfälle in der Notfallstation (Keystone-SDA), Juni ---
    (
        "de",
        "Bern (Keystone-SDA) - Wer ohne Überweisung eine Notfallstation aufsucht, soll künftig 50 Franken zusätzlich bezahlen.",
        True,
        [("money", 50, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Nationalrat stimmte der Vorlage mit 108 zu 79 Stimmen zu, 6 Mitglieder enthielten sich.",
        True,
        [("count", 108, None, None), ("count", 79, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Von der Gebühr befreit wären Kinder unter 16 Jahren, werdende Mütter und alle, die mit der Ambulanz gebracht werden.",
        True,
        [("duration", 16, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Zahl der Notfallkonsultationen in Schweizer Spitälern ist laut Bundesamt für Statistik seit 2015 um 43 Prozent auf 2,1 Millionen gestiegen.",
        True,
        [("year", 2015, None, None), ("percent", 43, "%", None), ("count", 2100000, None, None)],
        None,
    ),
    (
        "de",
        "Nationalrätin Annina Caviezel-Furrer (Mitte) sagte, rund ein Viertel der Fälle auf den Notfallstationen seien Bagatellfälle.",
        True,
        [("fraction", 0.25, None, "about")],
        "Annina Caviezel-Furrer",
    ),
    ("de", "«Die Notfallstation ist kein Gratis-Hausarzt für alle», sagte Caviezel-Furrer.", False, [], None),
    ("de", "Die SP sprach von einer «Strafgebühr für Kranke».", False, [], None),
    ("de", "Das Geschäft geht nun an den Ständerat.", True, [], None),
    # --- Nurses' strike in Oregon (AP), June ---
    (
        "en",
        "PORTLAND, Ore. (AP) — About 5,200 nurses at eight Oregon hospitals walked off the job Monday in a five-day strike over staffing and pay.",
        True,
        [("count", 5200, None, "about"), ("count", 8, None, None), ("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "The union is demanding a cap of no more than four patients per nurse on general medical wards, a limit it says the hospitals often ignore.",
        True,
        [("count", 4, None, "at_most")],
        None,
    ),
    (
        "en",
        "The hospitals' latest offer included raises of 16% over three years, the union said.",
        True,
        [("percent", 16, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Union president Renata Oyelowo-Park said nurses had logged more than 14,000 hours of unpaid overtime since January.",
        True,
        [("duration", 14000, "hour", "over")],
        "Renata Oyelowo-Park",
    ),
    ("en", '"Every nurse on that picket line would rather be at a bedside today," Oyelowo-Park said.', False, [], None),
    (
        "en",
        "Cascadia Health, which runs five of the hospitals, said it had hired about 1,100 replacement nurses at a cost of $31 million.",
        True,
        [("count", 5, None, None), ("count", 1100, None, "about"), ("money", 31000000, "USD", None)],
        None,
    ),
    ("en", "Cascadia Health called the union's demands \"unaffordable and out of step with the rest of the country\".", False, [], None),
    ("en", "Planned surgeries were postponed at several of the hospitals.", True, [], None),
    # --- Wartezeiten auf Facharzttermine (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Kassenpatienten müssen sich für einen Facharzttermin im Schnitt 34 Tage gedulden, Privatversicherte dagegen 17.",
        True,
        [("duration", 34, "day", None), ("duration", 17, "day", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Umfrage des Verbands der Ersatzkassen unter gut 3.000 Versicherten hervor.",
        True,
        [("count", 3000, None, "over")],
        None,
    ),
    (
        "de",
        "Am längsten warten Patienten auf einen Therapieplatz beim Psychotherapeuten, nämlich durchschnittlich 142 Tage, gefolgt von Neurologen mit 61 Tagen.",
        True,
        [("duration", 142, "day", None), ("duration", 61, "day", None)],
        None,
    ),
    (
        "de",
        "Die Terminservicestellen vermittelten im vergangenen Jahr rund 5,3 Millionen Termine, 14 Prozent mehr als im Jahr davor.",
        True,
        [("count", 5300000, None, "about"), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "„Ein Facharzttermin binnen vier Wochen muss die Regel werden“, sagte die Vorsitzende des Verbands, Ulrike Hambrecht-Zorn, am Mittwoch in Berlin.",
        True,
        [("duration", 4, "week", None)],
        "Ulrike Hambrecht-Zorn",
    ),
    ("de", "Die Kassenärztliche Bundesvereinigung hält die Umfrage für nicht repräsentativ.", False, [], None),
    (
        "de",
        "Ein KBV-Sprecher sagte, die Praxen hätten im vergangenen Jahr knapp 590 Millionen Behandlungsfälle versorgt, so viele wie nie.",
        True,
        [("count", 590000000, None, "nearly")],
        None,
    ),
    # --- Waiting list in Wales (PA), June ---
    (
        "en",
        "CARDIFF (PA) - Nearly 795,000 treatment pathways were open in Wales in April, the highest figure since records began in 2011.",
        True,
        [("count", 795000, None, "nearly"), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "About one in four pathways had been open for longer than 36 weeks, Welsh Government statistics showed.",
        True,
        [("fraction", 0.25, None, "about"), ("duration", 36, "week", "over")],
        None,
    ),
    (
        "en",
        "The number of pathways waiting more than two years fell to 6,940, down from a peak of about 70,000.",
        True,
        [("duration", 2, "year", "over"), ("count", 6940, None, None), ("count", 70000, None, "about")],
        None,
    ),
    (
        "en",
        "Health Secretary Rhodri Bevan-Powell said the Welsh Government would spend an additional £120 million this year on clearing the longest waits.",
        True,
        [("money", 120000000, "GBP", None)],
        "Rhodri Bevan-Powell",
    ),
    ("en", '"We are heading in the right direction, month by month," Bevan-Powell said.', False, [], None),
    (
        "en",
        "The Welsh Conservatives said nearly a quarter of the population was now on a waiting list.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("en", 'Plaid Cymru accused ministers of "managing decline rather than fixing it".', False, [], None),
    (
        "en",
        "Welsh emergency units dealt with 66.3 per cent of arrivals inside four hours in May, against a target of 95 per cent.",
        True,
        [("percent", 66.3, "%", None), ("duration", 4, "hour", None), ("percent", 95, "%", None)],
        None,
    ),
    # --- Schließung eines Kreiskrankenhauses (dpa/lsw), Juli ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Der Landkreis Hohenwaldach schließt zum 30. September das 142-Betten-Krankenhaus in Wendelsbronn.",
        True,
        [("date", "--09-30", None, None), ("count", 142, None, None)],
        None,
    ),
    ("de", "Der Kreistag hatte die Schließung am Montagabend mit großer Mehrheit beschlossen.", True, [], None),
    (
        "de",
        "Die Geburtshilfe war dort bereits vor zwei Jahren aufgegeben worden.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Landrätin Dorothea Kübler-Seitz (CDU) sagte, das Haus habe zuletzt ein jährliches Defizit von rund 14 Millionen Euro geschrieben.",
        True,
        [("money", 14000000, "EUR", "about")],
        "Dorothea Kübler-Seitz",
    ),
    ("de", "„Niemand im Kreistag hat sich diese Entscheidung einfach gemacht“, sagte Kübler-Seitz.", False, [], None),
    (
        "de",
        "Die rund 380 Beschäftigten sollen Stellen im Kreisklinikum Hohenwaldach angeboten bekommen, das dafür 95 zusätzliche Betten erhält.",
        True,
        [("count", 380, None, "about"), ("count", 95, None, None)],
        None,
    ),
    (
        "de",
        "Aus dem südlichen Kreisgebiet brauchen Rettungswagen künftig bis zu 35 Minuten bis zur nächsten Notaufnahme.",
        True,
        [("duration", 35, "minute", "up_to")],
        None,
    ),
    ("de", "Eine Bürgerinitiative sprach von einem „schwarzen Tag für das ganze Tal“.", False, [], None),
    (
        "de",
        "Die Initiative hat nach eigenen Angaben 21.400 Unterschriften gegen die Schließung gesammelt.",
        True,
        [("count", 21400, None, None)],
        None,
    ),
    # --- Emergency room prices in the U.S. (Reuters), July ---
    (
        "en",
        "NEW YORK, July 8 (Reuters) - The average price of an emergency room visit for people with employer coverage rose to $2,715 last year, 42% more than in 2019, according to an analysis by a health research group.",
        True,
        [("date", "--07-08", None, None), ("money", 2715, "USD", None), ("percent", 42, "%", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Hospital prices overall grew about twice as fast as physician prices over the past decade, the analysis found.",
        True,
        [("count", 2, None, "about")],
        None,
    ),
    ("en", "The analysis excluded patients covered by Medicare and Medicaid.", True, [], None),
    (
        "en",
        "Roughly 41 million adults in the United States owe money for medical or dental bills, a separate survey found.",
        True,
        [("count", 41000000, None, "about")],
        None,
    ),
    (
        "en",
        "Sen. Alvin Kettleborough, D-Mich., said he would introduce a bill capping facility fees for emergency visits at $750.",
        True,
        [("money", 750, "USD", None)],
        "Alvin Kettleborough",
    ),
    ("en", '"Nobody should go bankrupt because they broke an arm," Kettleborough said.', False, [], None),
    (
        "en",
        "The American Hospital Association said the analysis ignored $28 billion in unpaid care that hospitals provided last year.",
        True,
        [("money", 28000000000, "USD", None)],
        "the American Hospital Association",
    ),
    ("en", 'The hospital group called the report "cherry-picked and misleading".', False, [], None),
    (
        "en",
        "Facility fees can add more than $500 to a single visit, the analysis showed.",
        True,
        [("money", 500, "USD", "over")],
        None,
    ),
    # --- Gangbetten in der Steiermark (APA), Juli ---
    (
        "de",
        "Graz (APA) - In den steirischen Landesspitälern sind im Juni an manchen Tagen mehr als 60 Patientinnen und Patienten auf Gangbetten gelegen.",
        True,
        [("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "312 ihrer rund 5.900 Betten seien wegen Personalmangels gesperrt, teilte die Steiermärkische Krankenanstaltengesellschaft (KAGes) am Donnerstag mit.",
        True,
        [("count", 312, None, None), ("count", 5900, None, "about")],
        "die Steiermärkische Krankenanstaltengesellschaft",
    ),
    (
        "de",
        "Es fehlen demnach rund 350 diplomierte Pflegekräfte, die Hälfte davon im Großraum Graz.",
        True,
        [("count", 350, None, "about"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Betriebsratschefin Elfriede Pöltl-Haberl sagte, die Krankenstände in der Pflege lägen heuer um 18 Prozent über dem Vorjahr.",
        True,
        [("percent", 18, "%", None)],
        "Elfriede Pöltl-Haberl",
    ),
    ("de", "„Die Kolleginnen sind längst am Ende ihrer Kräfte“, sagte Pöltl-Haberl.", False, [], None),
    (
        "de",
        "Das Land will die Ausbildungsplätze an den Pflegeschulen bis 2028 um 400 aufstocken.",
        True,
        [("year", 2028, None, None), ("count", 400, None, None)],
        None,
    ),
    ("de", "Die Grünen nannten die Zustände auf den Gängen „unwürdig und gefährlich“.", False, [], None),
    (
        "de",
        "Patientinnen und Patienten auf Gangbetten würden medizinisch gleich versorgt wie jene in Zimmern, betonte die KAGes.",
        True,
        [],
        None,
    ),
    # --- A&E and delayed discharge in Scotland (PA), July ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's emergency departments admitted, transferred or discharged just 64.2 per cent of patients within four hours in the week ending July 12, Public Health Scotland figures show.",
        True,
        [("percent", 64.2, "%", None), ("duration", 4, "hour", None), ("date", "--07-12", None, None)],
        None,
    ),
    (
        "en",
        "Some 1,210 people waited more than eight hours and 402 waited more than 12 hours.",
        True,
        [("count", 1210, None, "about"), ("duration", 8, "hour", "over"), ("count", 402, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "Patients whose discharge had been delayed occupied 1,980 hospital beds on an average day in June.",
        True,
        [("count", 1980, None, None)],
        None,
    ),
    (
        "en",
        "Over the month that amounted to 59,400 bed days lost.",
        True,
        [("count", 59400, None, None)],
        None,
    ),
    (
        "en",
        "Royal College of Nursing Scotland director Fiona Macquarrie-Dunn said 4,100 nursing posts were vacant across the country's health boards.",
        True,
        [("count", 4100, None, None)],
        "Fiona Macquarrie-Dunn",
    ),
    ("en", '"Staff are doing their best in a system that has simply run out of space," Macquarrie-Dunn said.', False, [], None),
    (
        "en",
        "The Scottish Government said it would fund 230 additional care home places by October for patients ready to leave hospital.",
        True,
        [("count", 230, None, None)],
        None,
    ),
    ("en", "Opposition parties urged ministers to declare a national emergency in social care.", False, [], None),
    # --- Eigenanteile im Pflegeheim (dpa), Juli ---
    (
        "de",
        "Berlin (dpa) - Wer ins Pflegeheim zieht, zahlt im ersten Jahr des Aufenthalts im Schnitt 3.184 Euro im Monat selbst.",
        True,
        [("ordinal", 1, None, None), ("money", 3184, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das sind 211 Euro mehr als zu Jahresbeginn, wie eine Auswertung des Verbands der Ersatzkassen zeigt.",
        True,
        [("money", 211, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die höchste Belastung tragen Heimbewohner im Saarland mit 3.702 Euro, die niedrigste jene in Sachsen-Anhalt mit 2.661 Euro.",
        True,
        [("money", 3702, "EUR", None), ("money", 2661, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Platz im Einzelzimmer kostet in vielen Heimen bis zu 420 Euro mehr im Monat als einer im Zweibettzimmer.",
        True,
        [("money", 420, "EUR", "up_to"), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Beitragssatz zur Pflegeversicherung müsse zum 1. Januar um 0,2 Punkte steigen, um ein erwartetes Defizit von 1,9 Milliarden Euro zu decken, so Vdek-Chefin Maren Osterkamp-Vidal.",
        True,
        [("date", "--01-01", None, None), ("percent", 0.2, "pp", None), ("money", 1900000000, "EUR", None)],
        "Maren Osterkamp-Vidal",
    ),
    ("de", "„Pflege darf nicht arm machen“, sagte Osterkamp-Vidal.", False, [], None),
    (
        "de",
        "Rund 5,9 Millionen Menschen gelten nach Angaben des Statistischen Bundesamts als pflegebedürftig, die meisten von ihnen in Pflegegrad 2.",
        True,
        [("count", 5900000, None, "about"), ("count", 2, None, None)],
        "das Statistische Bundesamt",
    ),
    ("de", "Sozialverbände forderten erneut, die Eigenanteile endlich zu begrenzen.", False, [], None),
    # --- Health service overspend in Ireland (Reuters), July ---
    (
        "en",
        "DUBLIN, July 21 (Reuters) - Ireland's health service spent 418 million euros more than budgeted in the year's first five months, Department of Health figures showed on Tuesday.",
        True,
        [("date", "--07-21", None, None), ("money", 418000000, "EUR", None), ("ordinal", 1, None, None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "en",
        "The Health Service Executive employed 148,210 whole-time equivalent staff at the end of May, about 2,900 more than its approved ceiling.",
        True,
        [("count", 148210, None, None), ("count", 2900, None, "about")],
        None,
    ),
    (
        "en",
        "Health Minister Aoife Brannigan-Tully told parliament the overspend was driven by 6% higher pay costs and a 9% rise in spending on drugs.",
        True,
        [("percent", 6, "%", None), ("percent", 9, "%", None)],
        "Aoife Brannigan-Tully",
    ),
    ("en", '"There will be no cutbacks to frontline services, I can assure the house of that," Brannigan-Tully said.', False, [], None),
    (
        "en",
        "On Tuesday morning, 512 admitted patients had no bed and lay on trolleys, the Irish Nurses and Midwives Organisation said.",
        True,
        [("count", 512, None, None)],
        None,
    ),
    (
        "en",
        "University Hospital Limerick accounted for 96 of them.",
        True,
        [("count", 96, None, None)],
        None,
    ),
    ("en", "The nurses' union accused the HSE of \"papering over a staffing crisis\".", False, [], None),
    ("en", "The government has lifted the recruitment cap for nurses and midwives working in emergency departments.", True, [], None),
    # --- Prämienprognose (Keystone-SDA), August ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Krankenkassenprämien dürften im kommenden Jahr im Schnitt um 4,6 Prozent steigen.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    ("de", "Das prognostiziert der Vergleichsdienst Comparis in einer am Donnerstag veröffentlichten Schätzung.", True, [], None),
    (
        "de",
        "Für eine erwachsene Person mit der Mindestfranchise von 300 Franken stiege die Durchschnittsprämie damit auf rund 472 Franken im Monat.",
        True,
        [("money", 300, "CHF", None), ("money", 472, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Kosten der obligatorischen Grundversicherung stiegen im ersten Halbjahr um 5,8 Prozent pro versicherte Person.",
        True,
        [("ordinal", 1, None, None), ("percent", 5.8, "%", None)],
        None,
    ),
    (
        "de",
        "«Die ambulanten Behandlungen in den Spitälern sind mit einem Plus von 9 Prozent der grösste Kostentreiber», sagte Comparis-Experte Remo Bisaz-Tognola.",
        True,
        [("percent", 9, "%", None)],
        "Remo Bisaz-Tognola",
    ),
    ("de", "«Der Mittelstand kann diese Prämienlast schlicht nicht mehr stemmen», sagte Bisaz-Tognola.", False, [], None),
    (
        "de",
        "Rund 1,9 Millionen Personen erhielten im vergangenen Jahr eine Prämienverbilligung.",
        True,
        [("count", 1900000, None, "about")],
        None,
    ),
    ("de", "Ob die Prämien tatsächlich so stark steigen, ist offen.", False, [], None),
    # --- Emergency room boarding in the U.S. (AP), August ---
    (
        "en",
        "WASHINGTON (AP) — Patients admitted through U.S. emergency rooms waited a median of 2.9 hours for an inpatient bed last year, up from 1.9 hours in 2019, a federal analysis found.",
        True,
        [("duration", 2.9, "hour", None), ("duration", 1.9, "hour", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Nearly one in five of those patients spent more than 12 hours in the emergency department.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "Hospital occupancy nationwide averaged 75% in the year to March, compared with 64% before the pandemic.",
        True,
        [("percent", 75, "%", None), ("percent", 64, "%", None)],
        None,
    ),
    (
        "en",
        "The researchers projected that occupancy could reach 85% by 2032 if the number of staffed beds does not grow.",
        True,
        [("percent", 85, "%", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "American College of Emergency Physicians president Dr. Loretta Vanbuskirk-Oyama said some patients had spent up to four days on gurneys in hallways.",
        True,
        [("duration", 4, "day", "up_to")],
        "Loretta Vanbuskirk-Oyama",
    ),
    ("en", '"Boarding is not an emergency medicine problem, it is a hospital capacity problem," Vanbuskirk-Oyama said.', False, [], None),
    (
        "en",
        "The country has lost about 16% of its staffed hospital beds per capita since 2000, the analysis said.",
        True,
        [("percent", 16, "%", "about"), ("year", 2000, None, None)],
        None,
    ),
    ("en", "The analysis drew on federal data covering nearly every community hospital in the country.", True, [], None),
    # --- Leistungsgruppen in Schleswig-Holstein (dpa/lno), August ---
    (
        "de",
        "Kiel (dpa/lno) - Schleswig-Holstein hat seinen 38 Krankenhäusern die künftigen Leistungsgruppen zugeteilt.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Von 1.024 beantragten Leistungsgruppen erhielten die Kliniken 861, hieß es aus dem Gesundheitsministerium in Kiel.",
        True,
        [("count", 1024, None, None), ("count", 861, None, None)],
        None,
    ),
    (
        "de",
        "Komplexe Krebsoperationen dürfen künftig nur noch an sieben Standorten vorgenommen werden, bisher waren es 19.",
        True,
        [("count", 7, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Die neue Zuteilung gilt ab dem 1. Januar 2027.",
        True,
        [("date", "2027-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Die Gesundheitsministerin sagte, kein Bürger solle künftig länger als 30 Minuten bis zum nächsten Krankenhaus der Grundversorgung fahren müssen.",
        True,
        [("duration", 30, "minute", "over")],
        None,
    ),
    ("de", "„Qualität rettet Leben, Nähe allein tut das nicht“, sagte die Ministerin.", False, [], None),
    (
        "de",
        "Die Krankenhausgesellschaft Schleswig-Holstein rechnet damit, dass bis 2030 rund 900 Betten wegfallen.",
        True,
        [("year", 2030, None, None), ("count", 900, None, "about")],
        None,
    ),
    ("de", "Der Landkreistag sprach von einem „Kahlschlag im ländlichen Raum“.", False, [], None),
    (
        "de",
        "Betroffene Häuser können binnen vier Wochen Widerspruch einlegen.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    # --- Nursing shortage in England (PA), August ---
    (
        "en",
        "LONDON (PA) - The number of nurses joining the UK register from overseas fell by 41 per cent in the year to March, to 14,870, the Nursing and Midwifery Council said.",
        True,
        [("percent", 41, "%", None), ("count", 14870, None, None)],
        "the Nursing and Midwifery Council",
    ),
    (
        "en",
        "Nursing vacancies in the NHS in England stood at 28,350 at the end of March, a vacancy rate of 7.6 per cent.",
        True,
        [("count", 28350, None, None), ("percent", 7.6, "%", None)],
        None,
    ),
    (
        "en",
        "A survey of 11,200 members by the Royal College of Nursing found two-fifths were considering leaving the profession within the next two years.",
        True,
        [("count", 11200, None, None), ("fraction", 0.4, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "RCN general secretary Bronagh McAuliffe-Stein said newly qualified nurses earned about £2,400 a year less in real terms than in 2010.",
        True,
        [("money", 2400, "GBP", "about"), ("year", 2010, None, None)],
        "Bronagh McAuliffe-Stein",
    ),
    ("en", '"Nursing is being hollowed out from the inside," McAuliffe-Stein said.', False, [], None),
    (
        "en",
        "The Department of Health said 3,000 more nurses were working in the NHS than a year ago.",
        True,
        [("count", 3000, None, None)],
        None,
    ),
    ("en", 'Ministers said they valued "every single nurse" and would keep talking to the unions.', False, [], None),
    (
        "en",
        "Applications to study nursing fell for a third consecutive year, according to Ucas.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Rettungsdienst in Hamburg (dpa/lno), August ---
    (
        "de",
        "Hamburg (dpa/lno) - Der Hamburger Rettungsdienst ist im ersten Halbjahr zu 152.600 Einsätzen ausgerückt, gut 6 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 152600, None, None), ("percent", 6, "%", "over")],
        None,
    ),
    (
        "de",
        "Die gesetzliche Hilfsfrist von acht Minuten wurde dabei nur in 61,4 Prozent der Fälle eingehalten.",
        True,
        [("duration", 8, "minute", None), ("percent", 61.4, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Feuerwehr lag bei gut jedem fünften Einsatz kein Notfall im engeren Sinne vor.",
        True,
        [("fraction", 0.2, None, "over")],
        "die Feuerwehr",
    ),
    (
        "de",
        "Feuerwehrchef Dr. Jan-Hendrik Mommsen-Ulrich sagte, die Rettungswache in Bergedorf werde bis Jahresende um zwei Rettungswagen verstärkt.",
        True,
        [("count", 2, None, None)],
        "Jan-Hendrik Mommsen-Ulrich",
    ),
    ("de", "„Der Rettungswagen ist kein Taxi ins Krankenhaus“, sagte Mommsen-Ulrich.", False, [], None),
    (
        "de",
        "Ein Einsatz kostet die Krankenkassen im Schnitt rund 890 Euro.",
        True,
        [("money", 890, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mit der Notfallreform sollen die Notrufnummer 112 und der ärztliche Bereitschaftsdienst unter 116117 künftig digital vernetzt werden.",
        True,
        [],
        None,
    ),
    ("de", "Die Krankenkassen halten die Zahl der Fehleinsätze für viel zu hoch.", False, [], None),
    # --- Nurses' strike in New Zealand (AAP), August ---
    (
        "en",
        "WELLINGTON (AAP) - About 27,000 nurses at New Zealand's public hospitals walked off the job for eight hours on Thursday, their second strike in two months.",
        True,
        [("count", 27000, None, "about"), ("duration", 8, "hour", None), ("ordinal", 2, None, None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "The union said hospitals were short of about 4,000 nurses.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "en",
        "Health New Zealand said it had offered a pay rise of 4.5% spread over two years.",
        True,
        [("percent", 4.5, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Health Minister Grant Paraone-Hilliard said meeting the nurses' pay demand would cost NZ$1.4 billion a year.",
        True,
        [("money", 1400000000, "NZD", None)],
        "Grant Paraone-Hilliard",
    ),
    ("en", '"We value our nurses, but the money simply is not there," Paraone-Hilliard said.', False, [], None),
    (
        "en",
        "About 3,800 planned procedures were postponed because of the strike, Health New Zealand said.",
        True,
        [("count", 3800, None, "about")],
        None,
    ),
    (
        "en",
        "The union has said it will hold a further eight-hour strike in September unless a new offer is made.",
        True,
        [("duration", 8, "hour", None)],
        None,
    ),
]
