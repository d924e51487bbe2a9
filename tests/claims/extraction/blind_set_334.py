"""Three-hundred-and-thirty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, hospitals, firms, a town and
figures are made up (Hannelore Brauckhoff-Lenz, Waltraud Pirchegger-Moll, Ursina
Bärtschi-Caflisch, the Regionalspital Talwil, Hartwig Ellerbrock-Sude, Kaspar Wiedenbrügge,
Florentin Hochleitner-Brandl, Reto Gadient-Imhof, Gesine Hollenbeck-Rast, the Kreisklinik
Oberwaldach and its town, Cordula Stimpfle-Hager, Anselm Rottenkolber, Reinhold
Kapfenberger-Lugitsch, Bettina Schwarzkopf-Ilg, Anne-Sophie Tschudin-Wyrsch, Lukas
Weinbrenner-Ott, Wolfram Eichelsbacher, Mechthild Overkamp-Reese; Callista Brennerman, Oswin
Tranter-Lowe, Bérangère Lacombe-Vidal, Ridgeway Memorial Hospital, Alder Point Health,
Marlon Aldershaw, Imelda Okafor-Quist, Darcy Pemberton-Kealy, Gwendolyn Asare-Whitfield,
Ailsa Ferrier-Gunn, Cameron Lithgow-Baird, Preston Hallowell-Greer, Takeshi Norimatsu,
Corinna Vasilakos-Byrne, Eamonn Carraher-Doyle, Niall Breathnach-Moore, Rosalind
Okonjo-Pratt, Joost Vermeulen-Akkerman, Priyanka Dhaliwal-Stone; every unnamed minister,
director, spokesperson, nurse, doctor, mayor and executive); ministers, secretaries of
state, association chiefs, union leaders and hospital chiefs of real governments and bodies
appear under made-up names that stand for no real holder, or by their role only („Die
Ministerin“, „Der kantonale Gesundheitsdirektor“, "the auditor general", "The mayor"). Real
states, bodies, places and things (gesetzliche Krankenkassen, Bundesgesundheitsministerium,
GKV-Spitzenverband, Zusatzbeitrag, Rechnungshof, Ärztekammer, Spitalverband H+, Diakonie,
Deutscher Evangelischer Krankenhausverband, Deutsche Krankenhausgesellschaft,
Krankenhausgesellschaft Nordrhein-Westfalen, Leistungsgruppen, Landkreistag, Ärztekammer für
Wien, ÖGK, Primärversorgungseinheiten, Bundestag, Integrierte Notfallzentren,
Terminservicestelle, 116117, Statistisches Bundesamt, Obsan, Deutscher Berufsverband für
Pflegeberufe, Deggendorf, Arbeiterkammer, Wirtschaftskammer, Marburger Bund, Bundesamt für
Gesundheit (BAG), Neuenburg, Zug, SP, Techniker Krankenkasse, Landesärztekammer, Wiener
Gesundheitsverbund, Klinik Favoriten, younion, Schätzerkreis, Bundesamt für Soziale
Sicherung; Choice, the Australian Prudential Regulation Authority, NHS England, A&E,
Samu-Urgences de France, Medicare, Medicaid, the British Medical Association, the BMA,
Queensland, the Royal College of Emergency Medicine, the SNP, the Congressional Budget
Office, the American Hospital Association, Health and Human Services, the OECD, the
Ambulance Employees Association, the Lyell McEwin Hospital, the Department of Health, the
Royal College of Surgeons, the Health Service Executive, the HSE, the Irish Nurses and
Midwives Organisation, the Irish Fiscal Advisory Council, the New York State Nurses
Association, the Bronx, Brooklyn, ZN, the Royal College of GPs, the Liberal Democrats, and
the datelines' cities) stand for the way wire copy names them; every deficit, rate, premium,
wait, bed count, vacancy, closure, vote, strike figure, survey share and quote here is
invented, and where a real figure came to mind (a real contribution rate, a real premium
rise, a real pay award, a real deductible, a real bed count or bed-cut plan, a real number
of service groups or hospitals in a plan) it was changed (the year Medicaid was created,
1965, kept).

Its weight: HOSPITALS, DOCTORS AND HEALTH INSURANCE, fourth round (the hundred-twenty-third,
two-hundred-and-seventh and two-hundred-and-eighty-sixth batches weighed hospitals, waiting
lists, doctors, health insurance and health systems, and the forty-ninth and
hundred-eighty-third health systems; their decisions are kept) over eight months of one
year, March to October, as 32 short stories in story order, the German and English stories
interleaved by month, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). German (dpa with its regional slugs
"dpa/lnw", "dpa/lby", "dpa/lsw", APA with Austrian "heuer", "Jänner", "Kassenstellen",
"Wahlärzte", "Gang", "Obmann", "Gesundheitsstadtrat", Keystone-SDA with Swiss "schliesst",
"liess", "4300", "1450", "Mrd. Fr.", "Prämienverbilligung", «» quotes, epd with its
"Frankfurt a.M." dateline, German „“ quotes): the statutory insurers' annual deficit, waits
for hip and knee operations in Austria, Swiss hospitals' losses and a maternity unit
closing, Protestant hospitals in the red, the hospital plan of North Rhine-Westphalia,
vacant contract posts in Vienna, the Bundestag's emergency care reform, the shortage of
Swiss family doctors, foreign nursing qualifications, a district hospital closing in
Bavaria, the ÖGK's forecast loss, hospital doctors' working hours, Swiss premiums for next
year, specialist waits in Baden-Württemberg, locked beds in Vienna and the Zusatzbeitrag for
next year. English (PA, Reuters, AP, AAP): Australian private health premiums, England's
waiting list and A&E, French public hospitals' deficit, a rural hospital closing in
Pennsylvania, a resident doctors' strike, elective surgery in Queensland, emergency room
closures in Ontario, Scotland's A&E, Medicaid cuts and hospitals, Japanese hospitals'
losses, ambulance ramping in South Australia, outpatient waits in Northern Ireland, the
HSE's overspend, a nurses' strike in New York, Dutch health premiums and GP appointments in
England. Figures as such copy has them: deficits, losses, budgets, funds and premiums in
euros, francs, pounds, dollars, Australian and Canadian dollars and yen, contribution and
premium rates in percent and points, waits, targets and spans in seconds, minutes, hours,
days, weeks, months and years, beds, posts, staff, sites, patients, votes and bed days as
counts, rates per 1,000 people, ages; number words and compounds („Elf Häuser“, „sechs
Minuten längere Anfahrtswege“, "a 112-bed facility", "a walkout of five days", "the
eight-minute target", "between eight and 24 hours"), fractions („Fast zwei Drittel“, „knapp
jede dritte“, „jede fünfte“, „jede siebte“, „knapp ein Viertel“, „Gut jeder fünfte“,
"roughly two-fifths", "About one in eight", "About 1 in 5"), ordinals („dem dritten Minus in
Folge“, „zum vierten Mal in Folge“, „im ersten Halbjahr“, "their third strike in 12 months",
"the second-worst month on record", "a first outpatient appointment"), hedges, ranges, years
and dates. Negatives as such copy has them - about a fifth of the rows, none with a figure:
ministers', association chiefs', union leaders' and doctors' rhetoric, promises and
reassurances in quotes, labels of lobbies, chambers, unions, parties and consumer groups
(„nannte“, „sprach von“, "called"), verdicts with „hält ... für“, blame naming no act, a
warning and an appeal naming no measure, evasions and an open question, a nurse's feeling
and scene colour outside a hospital, each near a check-worthy look-alike from the same story
(often the same speaker's figure).

240 rows (121 German, 119 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 10 carry no figure (8 German, 2 English), 304 expected quantities (96 counts,
57 percentages - 55 in "%" and 2 in percentage points "pp" -, 51 durations - 13 in years, 10
in hours, 8 in days, 7 in months, 6 in weeks, 6 in minutes, 1 in seconds -, 41 amounts of
money - 23 EUR, 7 CHF, 3 AUD, 3 USD, 2 GBP, 2 JPY, 1 CAD -, 25 years, 13 fractions, 12
dates, 9 ordinals; none of them in a negative), 35 checked speakers (19 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, promise, reassurance, feeling, verdict or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-twenty-third, two-hundred-and-seventh,
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-first); a quoted or reported
  statement of fact, figure, step, plan, demand or forecast is check-worthy with its
  speaker, also in Konjunktiv I (hundred-twenty-third). Pairs from one speaker:
  Brauckhoff-Lenz's 0.4 points and 3.6 percent beside „im Regen stehen“; Brennerman's 5.2
  per cent beside "put on notice"; Pirchegger-Moll's 2029 beside „Transparenz ist der
  Anfang“; Tranter-Lowe's 2.3 million appointments and 25.4 per cent beside "mending, slowly
  but surely" and "unnecessary, unaffordable and unfair"; Bärtschi-Caflisch's 80 percent
  beside «So kann auf Dauer kein Betrieb überleben»; Lacombe-Vidal's 1.1 billion euros
  beside "not businesses"; Ellerbrock-Sude's fifth beside „Kliniksterben auf Raten“;
  Aldershaw's 70% beside "breaks my heart"; Okafor-Quist's 87% beside "remains wide open"
  (hundred-twenty-third: "the door remains open"); Wiedenbrügge's 40 percent beside
  „Qualität geht vor Nähe“; Pemberton-Kealy's A$160 million beside "waiting in pain";
  Hochleitner-Brandl's half beside „Auslaufmodell“; Asare-Whitfield's 3,100 nurses beside
  her promise; Ferrier-Gunn's bed days beside "small miracles"; Gadient-Imhof's third beside
  «Fundament»; Hallowell-Greer's ages beside "protect Medicaid"; Norimatsu's 3.1% beside
  "peace of mind"; Hollenbeck-Rast's seventh beside „Ohne die Kolleginnen“; Stimpfle-Hager's
  180 of 310 beside „leicht gemacht“; Vasilakos-Byrne's 68 beds beside "bursting at the
  seams"; Kapfenberger-Lugitsch's 2.4 billion euros beside „nicht bei den Patienten“;
  Carraher-Doyle's £215m beside "waits years"; Breathnach-Moore's 4,300 staff beside "blank
  cheques"; Schwarzkopf-Ilg's 60 percent beside „über seine Grenzen“; Tschudin-Wyrsch's 5.3
  percent beside «Die Prämien folgen den Kosten»; Okonjo-Pratt's eight or nine patients
  beside "striking for them"; Weinbrenner-Ott's 212,000 beside „keine Frage des
  Versicherungsstatus“; Vermeulen-Akkerman's 2029 beside "skip a visit"; Eichelsbacher's 350
  nurses beside „eines zu viel“; Dhaliwal-Stone's 2,310 patients beside "still not enough";
  Overkamp-Reese's 6.4 percent beside „die Zeche“.
- Check-worthy without a figure (10 rows; hundred-twenty-third, two-hundred-and-seventh,
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-first): source lines („Das geht aus
  einem Prüfbericht des Rechnungshofs hervor, ...“, „Das teilte die Ärztekammer für Wien am
  Donnerstag mit.“, „Das zeigt eine Studie des Schweizerischen Gesundheitsobservatoriums
  (Obsan), ...“), the Bundestag's passing of the reform (two-hundred-and-seventh: the
  Bundesrat's approval), the ranking of the applicants' countries
  (three-hundred-and-thirty-first: the ranking of countries of origin), a board's meeting
  scheduled („Über Einsparungen soll der Verwaltungsrat Ende September beraten.“;
  hundred-twenty-third), a rule for the insured („Versicherte können ihre Grundversicherung
  bis Ende November auf Jahresende kündigen.“; two-hundred-and-eighty-sixth: a rule for
  patients), the Schätzerkreis's agreement (two-hundred-and-seventh), senior doctors
  staffing emergency departments during a strike (hundred-twenty-third: consultants covering
  them) and a statement of record ("The province does not publish its own count of emergency
  room closures."; hundred-twenty-third: "The trusts said no decisions ... had yet been
  taken.").
- Negatives (hundred-twenty-third, two-hundred-and-seventh, two-hundred-and-eighty-sixth),
  none with a figure: labels („nannte die Zahlen „einen Weckruf ...““, „sprach von einem
  „Systemversagen mit Ansage““, „nannte den Plan ...“, „nannte den Beschluss ...“, "called
  the increase", "called the waiting list", "called July", "called access to family
  doctors"), verdicts with „hält ... für“ and „hielten das für“ (the Landesärztekammer, the
  Kantonsärzte), blame naming no act („warf den Kassen vor“, „warf der Koalition vor“,
  "accused the government of"), promises and reassurances naming no measure („Wir lassen
  niemanden im Regen stehen“, „Wir sparen nicht bei den Patienten“, "We are not going to let
  a single community lose its emergency room"), a warning naming no measure ("Hospital
  executives warned that more closures were on the way."; two-hundred-and-eighty-sixth), an
  appeal ("The mayor urged both sides ..."; two-hundred-and-seventh), evasions and an open
  question („liess offen, ob ...“, „ließ die Kasse offen“, „Ob einzelne Kassen ..., ist
  offen.“), a nurse's feeling („sie fühle sich im Alltag oft allein gelassen“;
  two-hundred-and-eighty-sixth: "felt abandoned") and scene colour (the signs outside the
  Pennsylvania hospital; hundred-twenty-third: signs in a Kansas waiting room).
- Demands, criticism, forecasts and pledges with a figure are check-worthy
  (hundred-twenty-third, two-hundred-and-fourth, two-hundred-and-seventh,
  three-hundred-and-thirty-first): the Diakonie's „Soforthilfefonds von 4 Milliarden Euro“,
  the nursing association's „auf höchstens drei Monate“ (3 months "at_most"), the BMA's "pay
  rise of 19 per cent over three years", the New York nurses' "no more than four patients"
  (4 "at_most", thirty-first: "no more than 45 people"), the Arbeiterkammer's „kritisierte,
  die Selbstbehalte ... seien seit 2020 um 31 Prozent gestiegen“ with the speaker unchecked
  (three-hundred-and-thirty-first: „kritisierte“ reporting a checkable figure), the
  ministers' forecasts of the Zusatzbeitrag and of relief for emergency departments, the
  CBO's, the American Hospital Association's, the French federation's, the auditor general's
  and the Irish Fiscal Advisory Council's estimates, the Ministerin's announced Sparpaket
  („kündigte an“, unchecked) and "Ministers have pledged to fund 2,500 additional GP posts
  by 2029" (hundred-twenty-third: pledges with a figure).
- Health insurance, premiums and contributions (forty-ninth, hundred-twenty-third,
  two-hundred-and-seventh, two-hundred-and-eighty-sixth): rates as written („von 3,2 auf 3,5
  Prozent“ both, the unit written once - three-hundred-and-thirty-first: „von 44,1 auf 38,7
  Prozent“ -, „14,6 Prozent ... zusammen 18,1 Prozent“ - „zusammen“ no hedge -, „im Mittel
  4,8 Prozent mehr“ - „mehr“ after the figure compares -, „um 6,9 Prozent, ... lediglich um
  5,2 Prozent“ - „lediglich“ no hedge as „nur“ -, "an average of 3.9 per cent" and "averaged
  5.2 per cent" no hedge), „um 0,4 Prozentpunkte auf 3,6 Prozent“ 0.4 pp and 3.6 percent
  (hundred-twenty-third: „um 0,4 Prozentpunkte auf 3,3 Prozent“), "1.2 percentage points
  higher" 1.2 pp; premiums, wages and deductibles are money, the period carrying none
  („419,60 Franken“, „115,30 Franken im Monat“, „296,10 Franken“, „Bei einem Bruttolohn von
  4.200 Euro im Monat“, „gut 6 Euro monatlich“ 6 EUR "over", "an average of 171 euros a
  month ..., up 11 euros", "about 14 euros a month", "about A$260 more a year on average" -
  "on average" no hedge -, "stay at 410 euros"); „junge Erwachsene zwischen 19 und 25
  Jahren“ two ages with no hedge (two-hundred-and-seventh: "von 19 bis 25 Jahren";
  forty-first: "between"); reserves in months of spending are counts („nur noch 0,14
  Monatsausgaben – die gesetzliche Untergrenze liegt bei 0,2“ 0.14 and 0.2, the unit written
  once serving the later figure, „nur noch“ no hedge; two-hundred-and-seventh).
- Deficits, losses, budgets and funds are money in the currency written (every batch): EUR
  („Defizit von 2,6 Milliarden Euro“, „327,4 ... 330,0 Milliarden Euro“ - trailing zeros no
  other value, seventy-first -, „rund 8 Milliarden Euro“ "about", „2,5 Milliarden Euro“ with
  „insgesamt“ no hedge, „547 Millionen Euro“, „2,4 Milliarden Euro“, „rund 9 Millionen
  Euro“, „5,2 Milliarden Euro“, "3.4 billion euros", "1.1 billion euros", "topped 2 billion
  euros" with no hedge - a verb, as "exceeded the daily limit"
  (two-hundred-and-seventy-sixth) -, "742 million euros over budget", "29.6 billion euros",
  "about 1.1 billion euros a year", "118 billion euros"), CHF („Zusammen 612 Millionen
  Franken“ - „Zusammen“ opening the row no hedge -, „34,2 Mrd. Fr.“ 34.2e9 CHF (forty-ninth:
  „5,9 Mrd. Fr.“), „Darlehen über insgesamt 38 Millionen Franken“ with no hedge - „über“
  governed by the noun, hundred-twenty-third -, „6,1 Milliarden Franken“), GBP ("£215m" and
  "an estimated £240m" "about"; forty-ninth, hundred-twenty-third: PA's "m"), USD ("$41
  million", "about $320 billion", "more than $30 million a week" "over"), AUD ("A$27.4
  billion", "A$160 million"), CAD ("about C$1.4 billion a year"; fifteenth: "C$640
  million"), JPY ("318 million yen from 241 million yen").
- Waits, targets, spans and ages are durations (the issue: "zehn Minuten", "a two-week
  visit"; every batch): „im Schnitt 16 Wochen, ... sogar 23 Wochen“ (the unit written twice;
  „im Schnitt“, „sogar“ no hedge), „nach mehr als sechs Monaten“ "over", „im Schnitt fünf
  Wochen früher“, „Vor drei Jahren“ 3 years, „binnen 30 Minuten“, „im Schnitt sechs Minuten
  längere Anfahrtswege“ and „rund 25 Minuten Fahrzeit“ "about" (travel times,
  two-hundred-and-eighty-sixth), „fünf Monate, ... bis zu 14 Monate“ "up_to", „im Schnitt 52
  Stunden pro Woche, ... 40 Stunden“, „mehr als 60 Stunden“ "over", „durchschnittlich 38
  Tage ..., nach 15 Tagen“, „65 Jahre oder älter“ 65 years "at_least"
  (hundred-twenty-third); "the smallest rise in four years" 4 years and "the lowest monthly
  figure for two years" 2 years (fifty-third: "its smallest in four years"), "under 18
  weeks" "under", "inside 62 days", "over the past three years" (twice), "in the past 12
  months", "a walkout of five days" 5 days, "their third strike in 12 months" 12 months,
  "over three years" (twice), "a drive of up to 45 minutes" "up_to", "within the recommended
  90 days", "212 days from 187 days", "between eight and 24 hours" both with no hedge, "a
  median of 21.4 hours" ("median" no hedge), "within four hours", "more than 12 hours"
  "over", "over 10 years", "aged 19 to 64" both, "4,812 hours ramped"
  (two-hundred-and-eighty-sixth: "a combined 61,200 hours ramped"), "11 minutes and 26
  seconds" two durations, "the eight-minute target" 8 minutes, "up to nine hours" "up_to",
  "had waited 187 weeks", "in the year's first six months" ordinal 1 and 6 months
  (three-hundred-and-thirty-first: "during the year's first five months"), "more than four
  weeks later" "over". New: „Wartezeiten von 180 Tagen und länger“ is 180 days "at_least" -
  „und länger“ after a span reads as „oder länger“ (two-hundred-and-seventh: „60 Tage oder
  länger“), and „und“ joins no second figure. None: „im vergangenen Jahr“, „im letzten
  Jahr“, „im kommenden Jahr“, „nächstes Jahr“, „heuer“, „zum Jahresende“, „bis Jahresende“,
  „bis zum Sommer“, „im selben Zeitraum“, „Ende Juni“, „Ende September“, „bis Ende November
  auf Jahresende“, „seit Jänner“, „am Montagabend“, „pro Woche“, „pro Tag“, „pro Jahr“, „im
  Monat“, „monatlich“, „jährliches“, „monatelangem“, "last year", "this year", "next year",
  "a year earlier", "a month before", "a year", "a month", "a week", "a day", "over a year",
  "more than a year" and "more than an hour" (an article, two-hundredth), "over the next
  decade", "last summer", "the business year to March", "the next revision", "by the end of
  the year", "since January", "at a time", "for part of the day", weekdays and months alone.
- Counts (every batch): beds, posts, sites, staff, patients, votes and signatures with their
  hedges („rund 4.200“, „rund 680“, „rund 4300“ and „von 1450 auf 1800“ without separators
  (Swiss copy, forty-ninth), „rund 3.400“, „rund 6.500“, „rund 11.000“, „rund 212.000“,
  „rund 1.100“ "about", „gut 27.400“ "over", „weniger als 200 Betten“ "under", „bis zu 40“
  "up_to", „etwa 180 der 310“ "about" on the first only), scale words multiplying („9,8
  Millionen“, „Rund 1,6 Millionen“, "An estimated 7.18 million" "about" -
  hundred-twenty-third -, "7.21 million", "some 6.24 million", "2.04 million", "2.3 million
  ... 2 million", "About 6.9 million", "about 1.42 million", "31.2 million", "Some 17.9
  million"), definite groups and votes („64 seiner 210 Stellen“, „der 98 befragten
  Akutspitäler“, „der 311 Krankenhäuser ... 60 Leistungsgruppen“, „mit 38 zu 22 Stimmen“,
  „378 Abgeordnete, 271 ..., 12 ...“ three counts; forty-first, hundred-twenty-third), „Elf
  Häuser“ 11 (three-hundredth: a number word opening the row), „drei weitere“ 3 („weitere“
  no hedge), „nur noch 152 ..., bisher waren es 219“, „nur noch 14 Patienten pro Tag“ („nur
  noch“, „zuletzt“, „im Schnitt“ no hedge), "a 112-bed facility" 112 (hundred-twenty-third:
  "the 25-bed hospital"), "two counties", "two of the hospitals' emergency rooms", "four
  hospitals", "a survey by three hospital associations" 3, "category 2 patients" 2
  (forty-ninth: a level on a scale), "nearly double the number in 2023" 2 "nearly"
  (forty-fifth: "almost double"), "for at least one night a week" 1 "at_least"
  (two-hundred-and-eighty-sixth: "at least one of the quality standards"; a night no unit of
  the duration list, three-hundred-and-thirty-first), "no more than four patients" 4
  "at_most", "eight or nine patients" two counts, "11.8 per 1,000 people" 11.8 and 1,000
  (hundred-twenty-third: rates per population give two counts), "about 28,000 fewer" and
  "640 more" ("fewer", "more" after a figure compare), "A record 2.04 million" and "A record
  12,640" ("A record" no hedge), "an average of 72,860" and "an average of 2,310" with no
  hedge, "More than 62,000", "More than 140", "More than 196,400", "over 800 extra deaths"
  "over", "At least 12" "at_least", "Some 36" "about", "148,900", "58,700", "3,100",
  "18,000", "86,000", "4,300", "1,200", "28,140", "2,500". New: "14,300 bed days had been
  lost to delayed discharge" is count 14,300 and no duration - a bed day counts beds
  occupied per day, as working days lost are counts (three-hundredth: "812,000" working
  days; eighty-ninth: „60 Arbeitstage“). None: „der Rufnummer 116117“ (a service number,
  hundred-eighty-third), "A&E", „H+“, „einem Defizit“ and „eines zu viel“ (articles and
  pronouns), "a single patient", "the most urgent", "the highest number", "the most among
  OECD countries", "the worst".
- Ordinals and fractions (the issue; every batch): „dem dritten Minus in Folge“ 3 and „zum
  vierten Mal in Folge“ 4 (hundred-thirty-ninth), „im ersten Halbjahr“ 1 (twice), "For the
  third straight year" 3, "their third strike in 12 months" 3, "the second-worst month on
  record" 2 (hundred-sixtieth: "the second-worst season"), "a first outpatient appointment"
  1 (three-hundred-and-thirty-first: "a first interview"), "in the year's first six months"
  1. Fractions: „knapp jede dritte Knieoperation“ and „fast jede dritte Praxis“ 0.3333
  "nearly", „Mehr als die Hälfte“ 0.5 "over", „knapp zwei Drittel“ and „Fast zwei Drittel“
  0.6667 "nearly", „jede fünfte Klinik“ 0.2, „jede zweite Kinderarztpraxis“ 0.5, „knapp ein
  Viertel“ 0.25 "nearly", „jede siebte Pflegekraft“ 0.1429 (two-hundred-and-seventy-sixth:
  "one in seven"), „Gut jeder fünfte Befragte“ 0.2 "over", "About one in eight" 0.125
  "about", "roughly two-fifths" 0.4 "about" (the issue's "two-fifths"), "About 1 in 5" 0.2
  "about" (fifty-seventh). The German "X von Y" share form is not used
  (two-hundred-and-seventh).
- Percentages otherwise: PA's and AAP's "per cent" in % ("Just 59.6 per cent", "Just 63.2
  per cent" and "only 56.9 per cent" with no hedge, "an interim target of 65 per cent",
  "68.2 per cent ..., below the 75 per cent standard" and "well above the 92 per cent" with
  no hedge - the hedge word stands before the article, hundred-twenty-third and
  three-hundred-and-thirty-first -, "The target is 95 per cent", "About 48.6 per cent" and
  "about 39 per cent" and "About 42 per cent" "about", "below 1 per cent" "under"
  (hundred-fourth: "below 25%"), "Only 71 per cent", "up 6.1 per cent", "19 per cent", "25.4
  per cent" with "totalling" no hedge), "About 70%", "About 57%", "about 55%", "about 60%"
  and "about 11%" "about", "nearly 70%" "nearly", "87% ... on a turnout of 61%", "3.1%",
  "18.5% over three years"; „rund 80 Prozent“, „rund 40 Prozent“, „rund 8 Prozent“ "about",
  „bis zu 20 Prozent“ "up_to", „knapp 60 Prozent“ "nearly", „Gut 44 Prozent“ "over", „um 19
  Prozent“, „41 Prozent“, „14 Prozent“, „8,7 Prozent“, „6,2 Prozent“, „21 Prozent“, „31
  Prozent“, „7,1 Prozent“, „2,2 Prozent“, „5,3 Prozent“, „6,4 Prozent“ as written.
- Years and dates: „bis 2029“, „seit Anfang 2025“, „bis Ende 2028“, „2025 und 2026“ both,
  „bis 2030“ (twice), „bis 2035“, „seit 2020“, „seit 2015“, "since records began in 2005",
  "since 2008", "since 2019" (twice), "in 2011", "in 2023", "since August 2018", "from
  January 2029", "created in 1965", "by fiscal 2030" (two-hundred-and-eighty-sixth: "by
  fiscal 2030" 2030), "since 2021", "since 1981", "by 2029" (twice) the years. Full days:
  „zum 30. September“ --09-30, „zum 1. Januar“ --01-01, "on April 1" --04-01, "on May 31"
  --05-31, "starting April 22" --04-22, "the week to June 8" --06-08 (dates without a year),
  „bis zum 31. Dezember 2028“ 2028-12-31 (two-hundred-and-seventy-sixth: „bis zum 31. März
  2027“). Reuters datelines with a day are dates without a year ("PARIS, April 8" --04-08,
  "TORONTO, May 20" --05-20, "TOKYO, July 9" --07-09, "DUBLIN, Aug 12" --08-12, "AMSTERDAM,
  Sept 16" --09-16; hundred-sixtieth); dpa ("Berlin (dpa) -", "Düsseldorf (dpa/lnw) -",
  "Oberwaldach (dpa/lby) -", "Stuttgart (dpa/lsw) -"), APA, Keystone-SDA ("Bern
  (Keystone-SDA) -", "Luzern (Keystone-SDA) -"), PA, AP ("HONESDALE, Pa. (AP) —",
  "WASHINGTON (AP) —", "NEW YORK (AP) —") and AAP datelines none (seventy-ninth). New: epd's
  dateline "Frankfurt a.M. (epd) -" carries none either, as "Stuttgart (epd) -" and
  "Hannover (epd) -" did in earlier batches (seventy-ninth), and its "a.M." ends no sentence
  - the row stays one sentence, as the issue's splitting survives German abbreviations
  ("u.a.", "Dr.") and "HONESDALE, Pa." keeps its row whole.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly",
  "around", "Some", "some", "an estimated" "about"; „knapp“, „Fast“, „fast“, "nearly"
  "nearly"; „gut“, „Gut“, „mehr als“, „Mehr als“, "more than", "More than", "over" before a
  figure "over"; „weniger als“, "under", "below" before a figure "under"; "at least", "At
  least" "at_least"; „bis zu“, "up to" "up_to"; „höchstens“, "no more than" "at_most"; „und
  länger“ and „oder älter“ after a span "at_least". No hedge: „im Schnitt“, „im Mittel“,
  „durchschnittlich“, „zusammen“, „Zusammen“, „insgesamt“, „lediglich“, „nur noch“,
  „zuletzt“, „derzeit“, „sogar“, „erst“, „weitere“, „bisher“, „zwischen“, „über“ governed by
  a noun, "an average of", "averaged", "on average", "a median of", "A total of", "A
  record", "Just", "Only", "only", "totalling", "additional", "between", "within", "inside",
  "over" before a span, "below the", "well above the", "topped", "more", "fewer", „mehr“
  after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte das
  Bundesgesundheitsministerium am Freitag mit“ -> "das Bundesgesundheitsministerium"
  (two-hundred-and-seventh; the weekday dropped, forty-ninth), „teilte der Wiener
  Gesundheitsverbund am Mittwoch mit“ -> "der Wiener Gesundheitsverbund"
  (two-hundred-and-seventh), „Nach Angaben des Statistischen Bundesamts“ -> "das
  Statistische Bundesamt" (the source in the nominative, two-hundred-and-seventh); "X sagte,
  ..." with the office dropped („Gesundheitsministerin Hannelore Brauckhoff-Lenz (SPD)“,
  „Gesundheitsminister Kaspar Wiedenbrügge (CDU)“, „Landrätin Cordula Stimpfle-Hager (Freie
  Wähler)“ and „Sozialminister Lukas Weinbrenner-Ott (Grüne)“ with the party dropped,
  „Gesundheitsstaatssekretärin Waltraud Pirchegger-Moll“, „H+-Direktorin Ursina
  Bärtschi-Caflisch“ (hundred-twenty-third), „Verbandsvorsitzender Hartwig Ellerbrock-Sude“,
  „Kammerpräsident Florentin Hochleitner-Brandl“, „Verbandspräsident Reto Gadient-Imhof“,
  „Diakonie-Vorständin Gesine Hollenbeck-Rast“, „ÖGK-Obmann Reinhold Kapfenberger-Lugitsch“,
  „MB-Vorsitzende Bettina Schwarzkopf-Ilg“, „Gesundheitsministerin Anne-Sophie
  Tschudin-Wyrsch“, „Gesundheitsstadtrat Wolfram Eichelsbacher“, „GKV-Vorständin Mechthild
  Overkamp-Reese“; two-hundred-and-eighty-sixth) and „Chefarzt Dr. Anselm Rottenkolber
  sagte“ -> "Anselm Rottenkolber" (the title and "Dr." dropped, tenth). English: the name
  with the role dropped ("Health Minister Callista Brennerman said", "Health Minister
  Bérangère Lacombe-Vidal said", "Chief executive Marlon Aldershaw said", "Health Secretary
  Oswin Tranter-Lowe said", "Health Minister Darcy Pemberton-Kealy said", "Health Minister
  Gwendolyn Asare-Whitfield said", "Health Secretary Ailsa Ferrier-Gunn said", "Health
  Minister Takeshi Norimatsu said", "Health Minister Corinna Vasilakos-Byrne said", "Health
  Minister Eamonn Carraher-Doyle said", "Union president Rosalind Okonjo-Pratt said" -
  three-hundredth: "Union president Marcus Delgado said" -, "Health Minister Joost
  Vermeulen-Akkerman said"; two-hundred-and-eighty-sixth), "Health Minister Niall
  Breathnach-Moore told parliament" (the title and the audience dropped,
  hundred-twenty-third), "Tranter-Lowe said ..." and "Hallowell-Greer said ..." opening the
  row, and "the British Medical Association said on Tuesday" -> "the British Medical
  Association" (the weekday dropped, hundred-twenty-third). Left unchecked (None): all
  negatives, also those with a named speaker; „wie der Spitalverband H+ am Mittwoch
  mitteilte“ and „wie das Statistische Bundesamt mitteilte“ (a „wie“-clause,
  two-hundred-and-seventh), „wie aus den ... Zahlen des Bundesamts für Gesundheit (BAG)
  hervorgeht“ and „Das geht aus ... hervor“ (documents), „kündigte an“, „verwies auf“,
  „verwiesen darauf“, „forderte“, „kritisierte“, „rechnete ... vor“, „hieß es“, „laut
  Prognose“, „Die Ministerin“ (a role); English bodies' and groups' "said" (the industry's
  peak body, the doctors' group, the union, the Royal College of Emergency Medicine, the
  Ambulance Employees Association, the Irish Nurses and Midwives Organisation, ZN, the
  hospitals, hospital trusts), descriptions before a name ("The hospital's owner, Alder
  Point Health, said", "the federation representing them said", "Consumer group Choice"),
  "has said", "estimated", "estimates", "found", "figures show", "data show", "the survey
  showed", "the budget documents showed", "the government's budget plans showed" and
  "according to ..." (the Australian Prudential Regulation Authority, Samu-Urgences de
  France, a layoff notice, data compiled by a union, an analysis, a tally, the Department of
  Health) and rows without attribution. As the three-hundredth,
  three-hundred-and-twenty-fourth and three-hundred-and-thirty-first batches did, and to
  keep the checked speakers near 35, this batch also leaves unchecked forms it could have
  checked: „laut Rechnungshof“, „Das teilte die Ärztekammer für Wien am Donnerstag mit.“,
  „Nach Angaben der Krankenhausgesellschaft Nordrhein-Westfalen“, „Brauckhoff-Lenz sagte,
  ...“ on the reform, „nach Angaben der Diakonie“, „Nach Angaben des Marburger Bundes“,
  „nach Angaben der Gewerkschaft younion“, "NHS England said" (twice), "BMA resident doctors
  committee chair Imelda Okafor-Quist said" and "Royal College of GPs chair Priyanka
  Dhaliwal-Stone said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_334 = [
    # --- Defizit der Krankenkassen (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Die gesetzlichen Krankenkassen haben das vergangene Jahr mit einem Defizit von 2,6 Milliarden Euro abgeschlossen.",
        True,
        [("money", 2600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Einnahmen von 327,4 Milliarden Euro standen Ausgaben von 330,0 Milliarden Euro gegenüber, teilte das Bundesgesundheitsministerium am Freitag mit.",
        True,
        [("money", 327400000000, "EUR", None), ("money", 330000000000, "EUR", None)],
        "das Bundesgesundheitsministerium",
    ),
    (
        "de",
        "Die Leistungsausgaben je Versicherten stiegen um 6,9 Prozent, die Einnahmen lediglich um 5,2 Prozent.",
        True,
        [("percent", 6.9, "%", None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Finanzreserven der Kassen entsprachen zum Jahresende nur noch 0,14 Monatsausgaben – die gesetzliche Untergrenze liegt bei 0,2.",
        True,
        [("count", 0.14, None, None), ("count", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Hannelore Brauckhoff-Lenz (SPD) sagte, ohne Gegensteuern drohe im kommenden Jahr ein Anstieg des durchschnittlichen Zusatzbeitrags um 0,4 Prozentpunkte auf 3,6 Prozent.",
        True,
        [("percent", 0.4, "pp", None), ("percent", 3.6, "%", None)],
        "Hannelore Brauckhoff-Lenz",
    ),
    (
        "de",
        "„Wir lassen niemanden im Regen stehen, weder die Versicherten noch die Kliniken“, sagte Brauckhoff-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ministerin kündigte an, bis zum Sommer ein Sparpaket von rund 8 Milliarden Euro vorzulegen.",
        True,
        [("money", 8000000000, "EUR", "about")],
        None,
    ),
    # --- Private health insurance premiums (AAP), March ---
    (
        "en",
        "CANBERRA (AAP) - Health funds will lift their premiums by an average of 3.9 per cent on April 1, the smallest rise in four years.",
        True,
        [("percent", 3.9, "%", None), ("date", "--04-01", None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Health Minister Callista Brennerman said she had rejected the insurers' initial applications, which averaged 5.2 per cent.",
        True,
        [("percent", 5.2, "%", None)],
        "Callista Brennerman",
    ),
    (
        "en",
        "A family with hospital and extras cover will pay about A$260 more a year on average.",
        True,
        [("money", 260, "AUD", "about")],
        None,
    ),
    (
        "en",
        "About 48.6 per cent of Australians hold private hospital cover, according to the Australian Prudential Regulation Authority.",
        True,
        [("percent", 48.6, "%", "about")],
        None,
    ),
    (
        "en",
        '"Australians deserve value for every dollar they spend on cover, and insurers have been put on notice," Brennerman told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Consumer group Choice called the increase "another kick in the hip pocket for families already doing it tough".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Insurers paid out A$27.4 billion in hospital and extras benefits last year, up 6.1 per cent, the industry's peak body said.",
        True,
        [("money", 27400000000, "AUD", None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "en",
        "The opposition accused the government of letting insurers off the hook.",
        False,
        [],
        None,
    ),
    # --- OP-Wartezeiten in Österreich (APA), März ---
    (
        "de",
        "Wien (APA) - Auf eine neue Hüfte warten Patientinnen und Patienten in österreichischen Spitälern im Schnitt 16 Wochen, auf ein neues Kniegelenk sogar 23 Wochen.",
        True,
        [("duration", 16, "week", None), ("duration", 23, "week", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einem Prüfbericht des Rechnungshofs hervor, der am Dienstag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am längsten warten Patienten in Kärnten, wo knapp jede dritte Knieoperation erst nach mehr als sechs Monaten stattfindet.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 6, "month", "over")],
        None,
    ),
    (
        "de",
        "Wer privat zusatzversichert ist, kommt laut Rechnungshof im Schnitt fünf Wochen früher an die Reihe.",
        True,
        [("duration", 5, "week", None)],
        None,
    ),
    (
        "de",
        "Gesundheitsstaatssekretärin Waltraud Pirchegger-Moll sagte, bis 2029 sollen alle Bundesländer ihre OP-Wartelisten anonymisiert im Internet veröffentlichen.",
        True,
        [("year", 2029, None, None)],
        "Waltraud Pirchegger-Moll",
    ),
    (
        "de",
        "„Transparenz ist der Anfang von mehr Gerechtigkeit im Spital“, sagte Pirchegger-Moll.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In den Wiener Spitälern wurden im vergangenen Jahr rund 4.200 geplante Operationen wegen Personalmangels verschoben.",
        True,
        [("count", 4200, None, "about")],
        None,
    ),
    # --- NHS waiting list (PA), March ---
    (
        "en",
        "LONDON (PA) - An estimated 7.18 million cases were on England's hospital waiting list at the end of January, compared with 7.21 million a month before.",
        True,
        [("count", 7180000, None, "about"), ("count", 7210000, None, None)],
        None,
    ),
    (
        "en",
        "They involved some 6.24 million separate patients, NHS England said.",
        True,
        [("count", 6240000, None, "about")],
        None,
    ),
    (
        "en",
        "Just 59.6 per cent of those on the list had waited under 18 weeks, against an interim target of 65 per cent by March.",
        True,
        [("percent", 59.6, "%", None), ("duration", 18, "week", "under"), ("percent", 65, "%", None)],
        None,
    ),
    (
        "en",
        "The number waiting more than a year for treatment stood at 148,900.",
        True,
        [("count", 148900, None, None)],
        None,
    ),
    (
        "en",
        "A record 2.04 million patients attended A&E departments in February, an average of 72,860 a day.",
        True,
        [("count", 2040000, None, None), ("count", 72860, None, None)],
        None,
    ),
    (
        "en",
        'Health Secretary Oswin Tranter-Lowe said the figures showed the health service was "mending, slowly but surely".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tranter-Lowe said 2.3 million additional appointments had been delivered in the past 12 months, ahead of a pledge of 2 million.",
        True,
        [("count", 2300000, None, None), ("duration", 12, "month", None), ("count", 2000000, None, None)],
        "Tranter-Lowe",
    ),
    (
        "en",
        "On cancer care, 68.2 per cent of patients on the urgent pathway started treatment inside 62 days, below the 75 per cent standard.",
        True,
        [("percent", 68.2, "%", None), ("duration", 62, "day", None), ("percent", 75, "%", None)],
        None,
    ),
    (
        "en",
        "Bed occupancy across acute trusts averaged 95.1 per cent in February, 1.2 percentage points higher than a year earlier and well above the 92 per cent regarded as safe.",
        True,
        [("percent", 95.1, "%", None), ("percent", 1.2, "pp", None), ("percent", 92, "%", None)],
        None,
    ),
    # --- Verluste der Spitäler (Keystone-SDA), April ---
    (
        "de",
        "Bern (Keystone-SDA) - Zusammen 612 Millionen Franken Verlust haben die Schweizer Spitäler im letzten Jahr ausgewiesen.",
        True,
        [("money", 612000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der 98 befragten Akutspitäler schloss mit roten Zahlen ab, wie der Spitalverband H+ am Mittwoch mitteilte.",
        True,
        [("fraction", 0.5, None, "over"), ("count", 98, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz der Branche stieg auf 34,2 Mrd. Fr., die Personalkosten machten davon knapp zwei Drittel aus.",
        True,
        [("money", 34200000000, "CHF", None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "H+-Direktorin Ursina Bärtschi-Caflisch sagte, die ambulanten Tarife deckten die Kosten nur zu rund 80 Prozent.",
        True,
        [("percent", 80, "%", "about")],
        "Ursina Bärtschi-Caflisch",
    ),
    (
        "de",
        "«So kann auf Dauer kein Betrieb überleben, ob öffentlich oder privat», sagte Bärtschi-Caflisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Regionalspital Talwil schliesst Ende Juni seine Geburtenabteilung und baut 64 seiner 210 Stellen ab.",
        True,
        [("count", 64, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "de",
        "Der Kanton hatte dem Spital 2025 und 2026 Darlehen über insgesamt 38 Millionen Franken gewährt.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None), ("money", 38000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der kantonale Gesundheitsdirektor liess offen, ob weitere Abteilungen betroffen sein werden.",
        False,
        [],
        None,
    ),
    # --- French public hospitals in the red (Reuters), April ---
    (
        "en",
        "PARIS, April 8 (Reuters) - France's public hospitals ran a combined deficit of 3.4 billion euros last year, the widest since records began in 2005, the federation representing them said on Wednesday.",
        True,
        [("date", "--04-08", None, None), ("money", 3400000000, "EUR", None), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        "About 70% of the roughly 1,190 public hospitals ended the year in the red.",
        True,
        [("percent", 70, "%", "about"), ("count", 1190, None, "about")],
        None,
    ),
    (
        "en",
        "Health Minister Bérangère Lacombe-Vidal said the government would add 1.1 billion euros to the hospital budget this year.",
        True,
        [("money", 1100000000, "EUR", None)],
        "Bérangère Lacombe-Vidal",
    ),
    (
        "en",
        '"Hospitals are not businesses, and we will never judge them as if they were," Lacombe-Vidal said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some 36 emergency departments closed for at least one night a week last summer for lack of doctors, according to Samu-Urgences de France.",
        True,
        [("count", 36, None, "about"), ("count", 1, None, "at_least")],
        None,
    ),
    (
        "en",
        "For the third straight year, the hospitals' combined deficit topped 2 billion euros.",
        True,
        [("ordinal", 3, None, None), ("money", 2000000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Public hospitals employ about 28,000 fewer nurses than they are funded for, the federation estimated.",
        True,
        [("count", 28000, None, "about")],
        None,
    ),
    # --- Evangelische Kliniken in Not (epd), April ---
    (
        "de",
        "Frankfurt a.M. (epd) - Fast zwei Drittel der evangelischen Krankenhäuser in Deutschland haben das vergangene Jahr mit einem Defizit abgeschlossen.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das ergab eine Umfrage des Deutschen Evangelischen Krankenhausverbands unter seinen 199 Mitgliedskliniken.",
        True,
        [("count", 199, None, None)],
        None,
    ),
    (
        "de",
        "Elf Häuser mussten seit Anfang 2025 Insolvenz anmelden, drei weitere wurden ganz geschlossen.",
        True,
        [("count", 11, None, None), ("year", 2025, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Verbandsvorsitzender Hartwig Ellerbrock-Sude sagte, ohne Überbrückungshilfen werde bis Ende 2028 jede fünfte Klinik des Verbands ihr Angebot verkleinern müssen.",
        True,
        [("year", 2028, None, None), ("fraction", 0.2, None, None)],
        "Hartwig Ellerbrock-Sude",
    ),
    (
        "de",
        "„Wir erleben ein Kliniksterben auf Raten, und die Politik schaut dabei zu“, sagte Ellerbrock-Sude.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Diakonie forderte einen Soforthilfefonds von 4 Milliarden Euro für gemeinnützige Krankenhäuser.",
        True,
        [("money", 4000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Besonders betroffen seien Häuser mit weniger als 200 Betten im ländlichen Raum, hieß es.",
        True,
        [("count", 200, None, "under")],
        None,
    ),
    (
        "de",
        "Die Deutsche Krankenhausgesellschaft warf den Kassen vor, die Kliniken „am ausgestreckten Arm verhungern“ zu lassen.",
        False,
        [],
        None,
    ),
    # --- Rural hospital closes in Pennsylvania (AP), April ---
    (
        "en",
        "HONESDALE, Pa. (AP) — Ridgeway Memorial Hospital, a 112-bed facility in northeastern Pennsylvania, will close on May 31, leaving two counties without an inpatient hospital.",
        True,
        [("count", 112, None, None), ("date", "--05-31", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The hospital's owner, Alder Point Health, said it had lost $41 million over the past three years and had failed to find a buyer.",
        True,
        [("money", 41000000, "USD", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "About 430 employees will lose their jobs, according to a layoff notice the company filed with state regulators.",
        True,
        [("count", 430, None, "about")],
        None,
    ),
    (
        "en",
        "Chief executive Marlon Aldershaw said nearly 70% of the hospital's patients were on Medicare or Medicaid.",
        True,
        [("percent", 70, "%", "nearly")],
        "Marlon Aldershaw",
    ),
    (
        "en",
        '"This community built this hospital, and it breaks my heart to be the one who closes it," Aldershaw said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Patients needing emergency care will face a drive of up to 45 minutes to the nearest open emergency room.",
        True,
        [("duration", 45, "minute", "up_to")],
        None,
    ),
    (
        "en",
        "More than 140 rural hospitals in the U.S. have stopped delivering babies since 2019, a study by a health policy center found.",
        True,
        [("count", 140, None, "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        'Outside the main entrance on Sunday, handwritten signs read "Save our hospital" and "We need you".',
        False,
        [],
        None,
    ),
    # --- Resident doctors' strike (PA), April ---
    (
        "en",
        "LONDON (PA) - Resident doctors in England plan a walkout of five days starting April 22, their third strike in 12 months, the British Medical Association said on Tuesday.",
        True,
        [
            ("duration", 5, "day", None),
            ("date", "--04-22", None, None),
            ("ordinal", 3, None, None),
            ("duration", 12, "month", None),
        ],
        "the British Medical Association",
    ),
    (
        "en",
        "The union is seeking a pay rise of 19 per cent over three years to restore what it says has been lost since 2008.",
        True,
        [("percent", 19, "%", None), ("duration", 3, "year", None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Health Secretary Oswin Tranter-Lowe said resident doctors had already received increases totalling 25.4 per cent over the past three years.",
        True,
        [("percent", 25.4, "%", None), ("duration", 3, "year", None)],
        "Oswin Tranter-Lowe",
    ),
    (
        "en",
        '"This strike is unnecessary, unaffordable and unfair on patients," Tranter-Lowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The last walkout, in November, led to about 58,700 appointments and operations being rescheduled and cost an estimated £240m, NHS England said.",
        True,
        [("count", 58700, None, "about"), ("money", 240000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "BMA resident doctors committee chair Imelda Okafor-Quist said 87% of members who voted had backed action on a turnout of 61%.",
        True,
        [("percent", 87, "%", None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "en",
        'Okafor-Quist said the door to talks "remains wide open".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Senior doctors will staff emergency departments during the walkout, hospital trusts said.",
        True,
        [],
        None,
    ),
    # --- Krankenhausplan in Nordrhein-Westfalen (dpa/lnw), Mai ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Nach dem neuen Krankenhausplan in Nordrhein-Westfalen dürfen künftig nur noch 152 Kliniken künstliche Kniegelenke einsetzen, bisher waren es 219.",
        True,
        [("count", 152, None, None), ("count", 219, None, None)],
        None,
    ),
    (
        "de",
        "Der Plan ordnet die Leistungen der 311 Krankenhäuser im Land 60 Leistungsgruppen zu.",
        True,
        [("count", 311, None, None), ("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Gesundheitsminister Kaspar Wiedenbrügge (CDU) sagte, bei komplexen Krebsoperationen sinke die Zahl der Standorte um rund 40 Prozent.",
        True,
        [("percent", 40, "%", "about")],
        "Kaspar Wiedenbrügge",
    ),
    (
        "de",
        "„Qualität geht vor Nähe – das ist keine Drohung, sondern ein Versprechen“, sagte Wiedenbrügge.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Krankenhausgesellschaft Nordrhein-Westfalen haben 43 Häuser Klage gegen ihre Bescheide eingereicht.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "de",
        "Für Patienten bedeute die Reform im Schnitt sechs Minuten längere Anfahrtswege, rechnete das Ministerium vor.",
        True,
        [("duration", 6, "minute", None)],
        None,
    ),
    (
        "de",
        "Der Landkreistag nannte den Plan „ein Programm zur Ausdünnung des ländlichen Raums“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land stellt für den Umbau der Kliniklandschaft bis 2030 insgesamt 2,5 Milliarden Euro bereit.",
        True,
        [("year", 2030, None, None), ("money", 2500000000, "EUR", None)],
        None,
    ),
    # --- Elective surgery in Queensland (AAP), May ---
    (
        "en",
        "BRISBANE (AAP) - More than 62,000 Queenslanders are waiting for elective surgery, the highest number since the state began publishing the data in 2011.",
        True,
        [("count", 62000, None, "over"), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "Only 71 per cent of category 2 patients were treated within the recommended 90 days, official figures show.",
        True,
        [("percent", 71, "%", None), ("count", 2, None, None), ("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "Health Minister Darcy Pemberton-Kealy said the state would spend A$160 million on sending 18,000 procedures to private hospitals by the end of the year.",
        True,
        [("money", 160000000, "AUD", None), ("count", 18000, None, None)],
        "Darcy Pemberton-Kealy",
    ),
    (
        "en",
        '"Nobody should be left waiting in pain for a procedure they need," Pemberton-Kealy said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About one in eight patients on the list has already waited longer than clinically recommended, the doctors' group said.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "en",
        'The Opposition called the waiting list "a monument to broken promises".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Average waits for hip replacements rose to 212 days from 187 days a year earlier.",
        True,
        [("duration", 212, "day", None), ("duration", 187, "day", None)],
        None,
    ),
    # --- Unbesetzte Kassenstellen in Wien (APA), Mai ---
    (
        "de",
        "Wien (APA) - In Wien sind derzeit 38 Kassenstellen für Allgemeinmedizin und 27 für Kinderheilkunde unbesetzt.",
        True,
        [("count", 38, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Das teilte die Ärztekammer für Wien am Donnerstag mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vor drei Jahren waren es insgesamt 41 offene Stellen gewesen.",
        True,
        [("duration", 3, "year", None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Wahlärztinnen und Wahlärzte stieg im selben Zeitraum um 19 Prozent auf rund 3.400.",
        True,
        [("percent", 19, "%", None), ("count", 3400, None, "about")],
        None,
    ),
    (
        "de",
        "Kammerpräsident Florentin Hochleitner-Brandl sagte, jede zweite Kinderarztpraxis mit Kassenvertrag nehme keine neuen Patienten mehr auf.",
        True,
        [("fraction", 0.5, None, None)],
        "Florentin Hochleitner-Brandl",
    ),
    (
        "de",
        "„Die Kassenmedizin wird zum Auslaufmodell, und zwar mit Ansage“, sagte Hochleitner-Brandl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die ÖGK verwies auf 14 neue Primärversorgungseinheiten, die seit Jänner in Wien eröffnet wurden.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Ob die zusätzlichen Kassenstellen bis Jahresende besetzt werden können, ließ die Kasse offen.",
        False,
        [],
        None,
    ),
    # --- Emergency room closures in Ontario (Reuters), May ---
    (
        "en",
        "TORONTO, May 20 (Reuters) - Emergency departments in Ontario closed temporarily on 388 occasions last year because of staff shortages, nearly double the number in 2023, according to data compiled by the province's nurses' union.",
        True,
        [
            ("date", "--05-20", None, None),
            ("count", 388, None, None),
            ("count", 2, None, "nearly"),
            ("year", 2023, None, None),
        ],
        None,
    ),
    (
        "en",
        "Most closures lasted between eight and 24 hours and hit small rural hospitals.",
        True,
        [("duration", 8, "hour", None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "Health Minister Gwendolyn Asare-Whitfield said the province had added 3,100 nurses to the public system since January.",
        True,
        [("count", 3100, None, None)],
        "Gwendolyn Asare-Whitfield",
    ),
    (
        "en",
        '"We are not going to let a single community lose its emergency room," Asare-Whitfield said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The province spends about C$1.4 billion a year on agency nurses, the auditor general estimated in her annual report.",
        True,
        [("money", 1400000000, "CAD", "about")],
        None,
    ),
    (
        "en",
        "Patients admitted through emergency waited a median of 21.4 hours for an inpatient bed.",
        True,
        [("duration", 21.4, "hour", None)],
        None,
    ),
    (
        "en",
        "The province does not publish its own count of emergency room closures.",
        True,
        [],
        None,
    ),
    # --- Reform der Notfallversorgung (dpa), Juni ---
    (
        "de",
        "Berlin (dpa) - Nach monatelangem Streit hat der Bundestag die Reform der Notfallversorgung verabschiedet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 378 Abgeordnete, 271 votierten dagegen, 12 enthielten sich.",
        True,
        [("count", 378, None, None), ("count", 271, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Künftig sollen an rund 680 Kliniken Integrierte Notfallzentren entstehen, in denen Praxisärzte und Klinik gemeinsam über die Behandlung entscheiden.",
        True,
        [("count", 680, None, "about")],
        None,
    ),
    (
        "de",
        "Die Terminservicestelle unter der Rufnummer 116117 muss Hilfesuchende binnen 30 Minuten zurückrufen.",
        True,
        [("duration", 30, "minute", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Statistischen Bundesamts wurden im vergangenen Jahr 9,8 Millionen Menschen ambulant in Notaufnahmen behandelt.",
        True,
        [("count", 9800000, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Brauckhoff-Lenz sagte, die Reform entlaste die Notaufnahmen um bis zu 20 Prozent der Fälle.",
        True,
        [("percent", 20, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die Opposition warf der Koalition vor, das Gesetz „im Schweinsgalopp“ durch das Parlament gepeitscht zu haben.",
        False,
        [],
        None,
    ),
    # --- A&E in Scotland (PA), June ---
    (
        "en",
        "EDINBURGH (PA) - Just 63.2 per cent of patients at A&E departments in Scotland were seen within four hours in the week to June 8, official figures show.",
        True,
        [("percent", 63.2, "%", None), ("duration", 4, "hour", None), ("date", "--06-08", None, None)],
        None,
    ),
    (
        "en",
        "The target is 95 per cent, which has not been met nationally since August 2018.",
        True,
        [("percent", 95, "%", None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "A total of 1,318 people waited more than 12 hours, up from 1,104 the previous week.",
        True,
        [("count", 1318, None, None), ("duration", 12, "hour", "over"), ("count", 1104, None, None)],
        None,
    ),
    (
        "en",
        "Health Secretary Ailsa Ferrier-Gunn said 14,300 bed days had been lost to delayed discharge in May, the lowest monthly figure for two years.",
        True,
        [("count", 14300, None, None), ("duration", 2, "year", None)],
        "Ailsa Ferrier-Gunn",
    ),
    (
        "en",
        '"Our A&E staff are performing small miracles every single day," Ferrier-Gunn said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Royal College of Emergency Medicine estimated that long A&E waits were associated with over 800 extra deaths in Scotland last year.",
        True,
        [("count", 800, None, "over")],
        None,
    ),
    (
        "en",
        'Scottish Conservative health spokesman Cameron Lithgow-Baird said the SNP had "lost all grip on the health service".',
        False,
        [],
        None,
    ),
    # --- Hausärztemangel in der Schweiz (Keystone-SDA), Juni ---
    (
        "de",
        "Luzern (Keystone-SDA) - In der Schweiz fehlen bis 2035 rund 4300 Hausärztinnen und Hausärzte, wenn sich die bisherige Entwicklung fortsetzt.",
        True,
        [("year", 2035, None, None), ("count", 4300, None, "about")],
        None,
    ),
    (
        "de",
        "Das zeigt eine Studie des Schweizerischen Gesundheitsobservatoriums (Obsan), die am Montag publiziert wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Heute ist knapp ein Viertel der Hausärzte 65 Jahre oder älter.",
        True,
        [("fraction", 0.25, None, "nearly"), ("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Der Anteil der Ärztinnen und Ärzte mit ausländischem Diplom liegt in der Grundversorgung bei 41 Prozent.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Verbandspräsident Reto Gadient-Imhof sagte, in ländlichen Kantonen nehme schon heute fast jede dritte Praxis keine neuen Patienten mehr auf.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Reto Gadient-Imhof",
    ),
    (
        "de",
        "«Die Hausarztmedizin ist das Fundament, und dieses Fundament bröckelt», sagte Gadient-Imhof.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund will die Zahl der Studienplätze in Humanmedizin bis 2030 von 1450 auf 1800 pro Jahr erhöhen.",
        True,
        [("year", 2030, None, None), ("count", 1450, None, None), ("count", 1800, None, None)],
        None,
    ),
    (
        "de",
        "Die Kantonsärzte hielten das für «zu wenig und zu spät».",
        False,
        [],
        None,
    ),
    # --- Medicaid cuts and hospitals (AP), June ---
    (
        "en",
        "WASHINGTON (AP) — About 6.9 million people could lose health coverage over the next decade under the Medicaid changes passed by Congress, the Congressional Budget Office estimates.",
        True,
        [("count", 6900000, None, "about")],
        None,
    ),
    (
        "en",
        "Hospitals stand to lose about $320 billion in federal funding over 10 years, according to an analysis by the American Hospital Association.",
        True,
        [("money", 320000000000, "USD", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "Medicaid pays for roughly two-fifths of births in rural counties, the analysis found.",
        True,
        [("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        'Health and Human Services Secretary Preston Hallowell-Greer said the changes would "protect Medicaid for the people it was meant to serve".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Hallowell-Greer said work requirements would apply to adults aged 19 to 64 from January 2029.",
        True,
        [("duration", 19, "year", None), ("duration", 64, "year", None), ("year", 2029, None, None)],
        "Hallowell-Greer",
    ),
    (
        "en",
        "At least 12 rural hospitals have announced closures or service cuts since the law was signed, according to a tally by a health research group.",
        True,
        [("count", 12, None, "at_least")],
        None,
    ),
    (
        "en",
        "The law makes the deepest cut to federal Medicaid funding since the program was created in 1965.",
        True,
        [("year", 1965, None, None)],
        None,
    ),
    (
        "en",
        "Hospital executives warned that more closures were on the way.",
        False,
        [],
        None,
    ),
    # --- Japanese hospitals in the red (Reuters), July ---
    (
        "en",
        "TOKYO, July 9 (Reuters) - About 57% of Japan's general hospitals posted an operating loss in the business year to March, a survey by three hospital associations showed.",
        True,
        [("date", "--07-09", None, None), ("percent", 57, "%", "about"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The average loss per hospital widened to 318 million yen from 241 million yen a year earlier.",
        True,
        [("money", 318000000, "JPY", None), ("money", 241000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Health Minister Takeshi Norimatsu said the government would raise the fees it pays hospitals by 3.1% at the next revision.",
        True,
        [("percent", 3.1, "%", None)],
        "Takeshi Norimatsu",
    ),
    (
        "en",
        "\"Hospitals are the foundation of people's peace of mind,\" Norimatsu told reporters.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Japan has about 1.42 million hospital beds, or 11.8 per 1,000 people, the most among OECD countries.",
        True,
        [("count", 1420000, None, "about"), ("count", 11.8, None, None), ("count", 1000, None, None)],
        None,
    ),
    (
        "en",
        "The government aims to cut around 86,000 beds by fiscal 2030 through mergers and conversions.",
        True,
        [("count", 86000, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Labour costs account for about 55% of hospitals' expenses, the survey showed.",
        True,
        [("percent", 55, "%", "about")],
        None,
    ),
    # --- Pflegekräfte aus dem Ausland (epd), Juli ---
    (
        "de",
        "Frankfurt a.M. (epd) - Im vergangenen Jahr sind in Deutschland gut 27.400 ausländische Berufsabschlüsse in der Pflege anerkannt worden.",
        True,
        [("count", 27400, None, "over")],
        None,
    ),
    (
        "de",
        "Das ist ein Plus von 14 Prozent gegenüber dem Vorjahr, wie das Statistische Bundesamt mitteilte.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Die meisten Anträge stellten Pflegefachkräfte aus den Philippinen, Indien und Bosnien-Herzegowina.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Schnitt dauert ein Anerkennungsverfahren nach Angaben der Diakonie fünf Monate, in manchen Bundesländern bis zu 14 Monate.",
        True,
        [("duration", 5, "month", None), ("duration", 14, "month", "up_to")],
        None,
    ),
    (
        "de",
        "Diakonie-Vorständin Gesine Hollenbeck-Rast sagte, jede siebte Pflegekraft in diakonischen Kliniken habe inzwischen einen ausländischen Abschluss.",
        True,
        [("fraction", 0.1429, None, None)],
        "Gesine Hollenbeck-Rast",
    ),
    (
        "de",
        "„Ohne die Kolleginnen aus dem Ausland wären viele Stationen längst geschlossen“, sagte Hollenbeck-Rast.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Berufsverband für Pflegeberufe forderte, die Verfahren auf höchstens drei Monate zu begrenzen.",
        True,
        [("duration", 3, "month", "at_most")],
        None,
    ),
    (
        "de",
        "Eine Pflegerin aus Manila, die in einer Klinik in Offenbach arbeitet, sagte, sie fühle sich im Alltag oft allein gelassen.",
        False,
        [],
        None,
    ),
    # --- Kreisklinik schließt (dpa/lby), Juli ---
    (
        "de",
        "Oberwaldach (dpa/lby) - Die Kreisklinik Oberwaldach stellt zum 30. September die stationäre Versorgung ein und wird in ein ambulantes Gesundheitszentrum umgewandelt.",
        True,
        [("date", "--09-30", None, None)],
        None,
    ),
    (
        "de",
        "Das hat der Kreistag am Montagabend mit 38 zu 22 Stimmen beschlossen.",
        True,
        [("count", 38, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Die Klinik mit 146 Betten hatte zuletzt ein jährliches Defizit von rund 9 Millionen Euro.",
        True,
        [("count", 146, None, None), ("money", 9000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Landrätin Cordula Stimpfle-Hager (Freie Wähler) sagte, etwa 180 der 310 Beschäftigten sollen im neuen Zentrum oder an anderen Kliniken des Kreises weiterarbeiten.",
        True,
        [("count", 180, None, "about"), ("count", 310, None, None)],
        "Cordula Stimpfle-Hager",
    ),
    (
        "de",
        "„Niemand in diesem Gremium hat sich die Entscheidung leicht gemacht“, sagte Stimpfle-Hager.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Chefarzt Dr. Anselm Rottenkolber sagte, die Notaufnahme habe zuletzt im Schnitt nur noch 14 Patienten pro Tag versorgt.",
        True,
        [("count", 14, None, None)],
        "Anselm Rottenkolber",
    ),
    (
        "de",
        "Die nächste Notaufnahme liegt künftig rund 25 Minuten Fahrzeit entfernt in Deggendorf.",
        True,
        [("duration", 25, "minute", "about")],
        None,
    ),
    (
        "de",
        "Die Bürgerinitiative nannte den Beschluss „einen Verrat an der ganzen Region“.",
        False,
        [],
        None,
    ),
    # --- Ambulance ramping in South Australia (AAP), July ---
    (
        "en",
        "ADELAIDE (AAP) - Ambulances spent 4,812 hours ramped outside South Australian hospitals in June, the second-worst month on record.",
        True,
        [("duration", 4812, "hour", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The average response to the most urgent call-outs took 11 minutes and 26 seconds, and only 56.9 per cent were reached within the eight-minute target.",
        True,
        [
            ("duration", 11, "minute", None),
            ("duration", 26, "second", None),
            ("percent", 56.9, "%", None),
            ("duration", 8, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "Health Minister Corinna Vasilakos-Byrne said 68 new beds would open at the Lyell McEwin Hospital by October.",
        True,
        [("count", 68, None, None)],
        "Corinna Vasilakos-Byrne",
    ),
    (
        "en",
        '"Ramping is the symptom of a hospital system bursting at the seams," Vasilakos-Byrne said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Ambulance Employees Association said crews had waited up to nine hours to hand over a single patient.",
        True,
        [("duration", 9, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "About 1 in 5 patients arriving by ambulance waited more than an hour to be moved into the emergency department.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        'The state opposition said South Australians had been "taken for fools" on ramping.',
        False,
        [],
        None,
    ),
    # --- Verlust der ÖGK (APA), August ---
    (
        "de",
        "Wien (APA) - Die Österreichische Gesundheitskasse (ÖGK) rechnet für heuer mit einem Bilanzverlust von 547 Millionen Euro, dem dritten Minus in Folge.",
        True,
        [("money", 547000000, "EUR", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausgaben für Medikamente steigen laut Prognose um 8,7 Prozent, jene für ärztliche Hilfe um 6,2 Prozent.",
        True,
        [("percent", 8.7, "%", None), ("percent", 6.2, "%", None)],
        None,
    ),
    (
        "de",
        "ÖGK-Obmann Reinhold Kapfenberger-Lugitsch sagte, bis 2029 summiere sich der Abgang ohne Gegenmaßnahmen auf 2,4 Milliarden Euro.",
        True,
        [("year", 2029, None, None), ("money", 2400000000, "EUR", None)],
        "Reinhold Kapfenberger-Lugitsch",
    ),
    (
        "de",
        "„Wir sparen nicht bei den Patienten, sondern in der Verwaltung“, sagte Kapfenberger-Lugitsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Über Einsparungen soll der Verwaltungsrat Ende September beraten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer kritisierte, die Selbstbehalte für Versicherte seien seit 2020 um 31 Prozent gestiegen.",
        True,
        [("year", 2020, None, None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer nannte die Zahlen „einen Weckruf für echte Strukturreformen“.",
        False,
        [],
        None,
    ),
    # --- Outpatient waits in Northern Ireland (PA), August ---
    (
        "en",
        "BELFAST (PA) - More than 196,400 people in Northern Ireland have been waiting over a year for a first outpatient appointment, new figures show.",
        True,
        [("count", 196400, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "That is about 39 per cent of the 507,000 people on the outpatient list.",
        True,
        [("percent", 39, "%", "about"), ("count", 507000, None, None)],
        None,
    ),
    (
        "en",
        "In England, the equivalent share is below 1 per cent.",
        True,
        [("percent", 1, "%", "under")],
        None,
    ),
    (
        "en",
        "Health Minister Eamonn Carraher-Doyle said £215m had been set aside to tackle the longest waits this year.",
        True,
        [("money", 215000000, "GBP", None)],
        "Eamonn Carraher-Doyle",
    ),
    (
        "en",
        '"No one should have to accept that a patient waits years to see a consultant," Carraher-Doyle said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some patients referred for urgent neurology assessments had waited 187 weeks, according to the Department of Health.",
        True,
        [("duration", 187, "week", None)],
        None,
    ),
    (
        "en",
        "The Royal College of Surgeons said the region's waits were \"the worst in the UK by a distance\".",
        False,
        [],
        None,
    ),
    # --- HSE overspend (Reuters), August ---
    (
        "en",
        "DUBLIN, Aug 12 (Reuters) - Ireland's Health Service Executive ran 742 million euros over budget in the year's first six months, figures presented to lawmakers showed.",
        True,
        [
            ("date", "--08-12", None, None),
            ("money", 742000000, "EUR", None),
            ("ordinal", 1, None, None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "en",
        "The HSE, which has a budget of 29.6 billion euros for the year, said staffing costs accounted for about 60% of the overrun.",
        True,
        [("money", 29600000000, "EUR", None), ("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Health Minister Niall Breathnach-Moore told parliament the service had hired 4,300 more staff than planned since January.",
        True,
        [("count", 4300, None, None)],
        "Niall Breathnach-Moore",
    ),
    (
        "en",
        '"We cannot keep writing blank cheques," Breathnach-Moore said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A record 12,640 patients waited on trolleys in July, the Irish Nurses and Midwives Organisation said.",
        True,
        [("count", 12640, None, None)],
        None,
    ),
    (
        "en",
        "Health overruns have averaged about 1.1 billion euros a year since 2021, the Irish Fiscal Advisory Council has said.",
        True,
        [("money", 1100000000, "EUR", "about"), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The nurses' union called July \"a summer without a single day's break\".",
        False,
        [],
        None,
    ),
    # --- Arbeitszeiten der Klinikärzte (dpa), August ---
    (
        "de",
        "Berlin (dpa) - Klinikärztinnen und -ärzte in Deutschland arbeiten im Schnitt 52 Stunden pro Woche, obwohl ihre Verträge 40 Stunden vorsehen.",
        True,
        [("duration", 52, "hour", None), ("duration", 40, "hour", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Umfrage des Marburger Bundes unter 8.420 Mitgliedern hervor.",
        True,
        [("count", 8420, None, None)],
        None,
    ),
    (
        "de",
        "Gut jeder fünfte Befragte gab an, regelmäßig mehr als 60 Stunden zu arbeiten.",
        True,
        [("fraction", 0.2, None, "over"), ("duration", 60, "hour", "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Marburger Bundes sind derzeit bundesweit rund 6.500 Arztstellen in Krankenhäusern unbesetzt.",
        True,
        [("count", 6500, None, "about")],
        None,
    ),
    (
        "de",
        "MB-Vorsitzende Bettina Schwarzkopf-Ilg sagte, knapp 60 Prozent der Befragten erwögen, ihre Arbeitszeit zu reduzieren.",
        True,
        [("percent", 60, "%", "nearly")],
        "Bettina Schwarzkopf-Ilg",
    ),
    (
        "de",
        "„Wer dauerhaft über seine Grenzen geht, macht Fehler – und das gefährdet Patienten“, sagte Schwarzkopf-Ilg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Klinikträger verwiesen darauf, dass die Zahl der Krankenhausärzte seit 2015 um 21 Prozent gestiegen sei.",
        True,
        [("year", 2015, None, None), ("percent", 21, "%", None)],
        None,
    ),
    # --- Krankenkassenprämien (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Für die Grundversicherung müssen Versicherte nächstes Jahr im Mittel 4,8 Prozent mehr bezahlen.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die mittlere Monatsprämie für Erwachsene erreicht damit 419,60 Franken, wie aus den am Dienstag publizierten Zahlen des Bundesamts für Gesundheit (BAG) hervorgeht.",
        True,
        [("money", 419.6, "CHF", None)],
        None,
    ),
    (
        "de",
        "Kinder kosten neu 115,30 Franken im Monat, junge Erwachsene zwischen 19 und 25 Jahren 296,10 Franken.",
        True,
        [
            ("money", 115.3, "CHF", None),
            ("duration", 19, "year", None),
            ("duration", 25, "year", None),
            ("money", 296.1, "CHF", None),
        ],
        None,
    ),
    (
        "de",
        "Am stärksten ist der Anstieg im Kanton Neuenburg mit 7,1 Prozent, am schwächsten in Zug mit 2,2 Prozent.",
        True,
        [("percent", 7.1, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Anne-Sophie Tschudin-Wyrsch sagte, die Kosten in der Grundversicherung seien im ersten Halbjahr um 5,3 Prozent gewachsen.",
        True,
        [("ordinal", 1, None, None), ("percent", 5.3, "%", None)],
        "Anne-Sophie Tschudin-Wyrsch",
    ),
    (
        "de",
        "«Die Prämien folgen den Kosten, nicht umgekehrt», sagte Tschudin-Wyrsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 1,6 Millionen Personen erhalten eine Prämienverbilligung, die Kantone geben dafür 6,1 Milliarden Franken aus.",
        True,
        [("count", 1600000, None, "about"), ("money", 6100000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Versicherte können ihre Grundversicherung bis Ende November auf Jahresende kündigen.",
        True,
        [],
        None,
    ),
    # --- Nurses' strike in New York (AP), September ---
    (
        "en",
        "NEW YORK (AP) — About 4,900 nurses at four hospitals in the Bronx and Brooklyn walked off the job on Tuesday in the city's biggest nurses' strike since 1981.",
        True,
        [("count", 4900, None, "about"), ("count", 4, None, None), ("year", 1981, None, None)],
        None,
    ),
    (
        "en",
        "The New York State Nurses Association wants each nurse on medical-surgical units to care for no more than four patients.",
        True,
        [("count", 4, None, "at_most")],
        None,
    ),
    (
        "en",
        "Hospital management has offered raises of 18.5% over three years.",
        True,
        [("percent", 18.5, "%", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Union president Rosalind Okonjo-Pratt said nurses had routinely been caring for eight or nine patients at a time.",
        True,
        [("count", 8, None, None), ("count", 9, None, None)],
        "Rosalind Okonjo-Pratt",
    ),
    (
        "en",
        '"We are not striking against our patients, we are striking for them," Okonjo-Pratt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The hospitals said they had hired about 1,200 replacement nurses through agencies, at a cost of more than $30 million a week.",
        True,
        [("count", 1200, None, "about"), ("money", 30000000, "USD", "over")],
        None,
    ),
    (
        "en",
        "The mayor urged both sides to get back to the bargaining table.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ambulances were diverted from two of the hospitals' emergency rooms for part of the day.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Facharzttermine in Baden-Württemberg (dpa/lsw), September ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Wer gesetzlich versichert ist, wartet in Baden-Württemberg durchschnittlich 38 Tage auf einen Termin in einer Facharztpraxis, Privatpatienten bekommen ihn nach 15 Tagen.",
        True,
        [("duration", 38, "day", None), ("duration", 15, "day", None)],
        None,
    ),
    (
        "de",
        "Das ergab eine Auswertung der Techniker Krankenkasse auf Basis von rund 11.000 Befragungen.",
        True,
        [("count", 11000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei Psychotherapeuten meldeten Versicherte in einigen Landkreisen Wartezeiten von 180 Tagen und länger.",
        True,
        [("duration", 180, "day", "at_least")],
        None,
    ),
    (
        "de",
        "Sozialminister Lukas Weinbrenner-Ott (Grüne) sagte, die Terminservicestelle habe im ersten Halbjahr rund 212.000 Termine vermittelt.",
        True,
        [("ordinal", 1, None, None), ("count", 212000, None, "about")],
        "Lukas Weinbrenner-Ott",
    ),
    (
        "de",
        "„Ein Termin darf keine Frage des Versicherungsstatus sein“, sagte Weinbrenner-Ott.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gut 44 Prozent der Befragten gaben an, wegen der langen Wartezeit bereits eine Notaufnahme aufgesucht zu haben.",
        True,
        [("percent", 44, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Landesärztekammer hält die Auswertung für „verzerrt“.",
        False,
        [],
        None,
    ),
    # --- Dutch health premiums (Reuters), September ---
    (
        "en",
        "AMSTERDAM, Sept 16 (Reuters) - Dutch health insurers will charge an average of 171 euros a month for basic cover next year, up 11 euros, the government's budget plans showed on Tuesday.",
        True,
        [("date", "--09-16", None, None), ("money", 171, "EUR", None), ("money", 11, "EUR", None)],
        None,
    ),
    (
        "en",
        "The mandatory deductible will stay at 410 euros, the level at which it has been frozen since 2019.",
        True,
        [("money", 410, "EUR", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Health Minister Joost Vermeulen-Akkerman said the government planned to halve the deductible by 2029.",
        True,
        [("year", 2029, None, None)],
        "Joost Vermeulen-Akkerman",
    ),
    (
        "en",
        '"Nobody should skip a visit to the doctor because of the cost," Vermeulen-Akkerman said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Healthcare spending will rise to 118 billion euros next year, about 11% of national income, the budget documents showed.",
        True,
        [("money", 118000000000, "EUR", None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "Insurers' association ZN said premiums would have risen by about 14 euros a month without the government's subsidy.",
        True,
        [("money", 14, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Some 17.9 million people carry basic insurance, which is compulsory for all residents.",
        True,
        [("count", 17900000, None, "about")],
        None,
    ),
    # --- Gesperrte Betten in Wien (APA), Oktober ---
    (
        "de",
        "Wien (APA) - In den Spitälern des Wiener Gesundheitsverbunds sind derzeit 742 Betten wegen Personalmangels gesperrt.",
        True,
        [("count", 742, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht rund 8 Prozent der Bettenkapazität, teilte der Wiener Gesundheitsverbund am Mittwoch mit.",
        True,
        [("percent", 8, "%", "about")],
        "der Wiener Gesundheitsverbund",
    ),
    (
        "de",
        "In der Klinik Favoriten lagen an manchen Tagen bis zu 40 Patientinnen und Patienten auf dem Gang.",
        True,
        [("count", 40, None, "up_to")],
        None,
    ),
    (
        "de",
        "Gesundheitsstadtrat Wolfram Eichelsbacher sagte, bis Jahresende sollen 350 zusätzliche Pflegekräfte eingestellt werden.",
        True,
        [("count", 350, None, None)],
        "Wolfram Eichelsbacher",
    ),
    (
        "de",
        "„Jedes gesperrte Bett ist eines zu viel“, sagte Eichelsbacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft younion sprach von einem „Systemversagen mit Ansage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In den städtischen Spitälern fehlen nach Angaben der Gewerkschaft younion rund 1.100 Pflegekräfte.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    # --- GP appointments (PA), October ---
    (
        "en",
        "LONDON (PA) - GP practices in England delivered 31.2 million appointments in September, the highest monthly total on record, NHS England data show.",
        True,
        [("count", 31200000, None, None)],
        None,
    ),
    (
        "en",
        "About 42 per cent of appointments took place on the day they were booked, while 6.8 per cent came more than four weeks later.",
        True,
        [("percent", 42, "%", "about"), ("percent", 6.8, "%", None), ("duration", 4, "week", "over")],
        None,
    ),
    (
        "en",
        "England had 28,140 fully qualified GPs on a full-time equivalent basis, 640 more than a year earlier.",
        True,
        [("count", 28140, None, None), ("count", 640, None, None)],
        None,
    ),
    (
        "en",
        "Royal College of GPs chair Priyanka Dhaliwal-Stone said each full-time GP was now responsible for an average of 2,310 patients.",
        True,
        [("count", 2310, None, None)],
        None,
    ),
    (
        "en",
        '"Family doctors are doing more than ever and it is still not enough," Dhaliwal-Stone said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ministers have pledged to fund 2,500 additional GP posts by 2029.",
        True,
        [("count", 2500, None, None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        'The Liberal Democrats called access to family doctors "a postcode lottery".',
        False,
        [],
        None,
    ),
    # --- Zusatzbeitrag für das kommende Jahr (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Der Zusatzbeitrag der Krankenkassen steigt zum 1. Januar im Schnitt von 3,2 auf 3,5 Prozent und damit zum vierten Mal in Folge.",
        True,
        [
            ("date", "--01-01", None, None),
            ("percent", 3.2, "%", None),
            ("percent", 3.5, "%", None),
            ("ordinal", 4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Darauf hat sich der Schätzerkreis aus Ministerium, Bundesamt für Soziale Sicherung und GKV-Spitzenverband verständigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Inklusive des allgemeinen Satzes von 14,6 Prozent zahlen Beschäftigte und Arbeitgeber künftig zusammen 18,1 Prozent.",
        True,
        [("percent", 14.6, "%", None), ("percent", 18.1, "%", None)],
        None,
    ),
    (
        "de",
        "Bei einem Bruttolohn von 4.200 Euro im Monat macht die Erhöhung für Beschäftigte gut 6 Euro monatlich aus.",
        True,
        [("money", 4200, "EUR", None), ("money", 6, "EUR", "over")],
        None,
    ),
    (
        "de",
        "GKV-Vorständin Mechthild Overkamp-Reese sagte, die Ausgaben der Kassen würden im kommenden Jahr um 6,4 Prozent steigen.",
        True,
        [("percent", 6.4, "%", None)],
        "Mechthild Overkamp-Reese",
    ),
    (
        "de",
        "„Die Beitragszahler bezahlen die Zeche für eine Reform, die nicht kommt“, sagte Overkamp-Reese.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ministerin verwies auf das Sparpaket, das die Ausgaben bis zum 31. Dezember 2028 um 5,2 Milliarden Euro dämpfen soll.",
        True,
        [("date", "2028-12-31", None, None), ("money", 5200000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob einzelne Kassen ihre Beiträge noch stärker anheben, ist offen.",
        False,
        [],
        None,
    ),
]
