"""Five-hundred-and-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, some
ministers appear only by office („Die Gesundheitsministerin“, „Der
Landesgesundheitsminister“, „Der kantonale Gesundheitsdirektor“, „Der Gesundheitsstadtrat“,
"The health secretary", "the health minister", "NHS England's national medical director"),
and the health ministers, senators, association chiefs, insurers' board members, hospital
managers, doctors, union officials and public health officials of real governments and
bodies below appear under made-up names that stand for no real holder, or by their role only
(„ein Interpharma-Sprecher“, "its owner").

Names: Henrike Staudacher-Mbeki, Theresia Pfannhauser-Okoro, Corinne Bättig-Nussbaumer,
Bernhard Ostendorp-Nagy, Miriam Thalhofer-Adeyemi, Brigitte Wimmleitner-Osei, Tobias
Wendrich-Amoah, Reto Brüngger-Salis, Sabine Kerschbaumer-Eto, Ingrid Moritsch-Lanner, Konrad
Hollweck-Asare, Ursula Zbinden-Käser, Simone Aebersold-Quaye, Anke Rosenbusch-Appiah, Edith
Hohenwarter-Baah and Hartmut Bergfeld-Odoi; Imogen Radley-Ochieng, Marcus Delahaye-Obuya,
Fraser Lindqvist-Achebe, Sienna Marchbanks-Eze, Siobhan Carrow-Adeyinka, Gabriel
Bérubé-Nwankwo, Harriet Lindgren-Ashby, Priya Anstruther-Kofi, Dana Whitlock-Ibe, Kjersti
Solbakken-Mwangi, Eamon McGreevy-Tan, Marisol Vandenberg-Ayo and Niamh Gallagher-Obeng are
invented, and so are the firms, hospitals, places and groups (the drugmaker Vellacott
Therapeutics and its drug Corvantrix, the insulin maker Lisbury Pharmaceuticals, the
St.-Ludgerus-Krankenhaus in the town of Kerbenhagen, the citizens' group „Kreißsaal bleibt“,
the Landeskrankenhaus Gailtal-Süd, the Spital Wildenegg, Platte Bend Community Hospital and
the town of Hollister Flats), with every unnamed minister, director, spokesman, advocate,
economist, commissioner and official. Real states, bodies, firms, places and things (Berlin,
the gesetzliche Krankenversicherung and its Zusatzbeitrag, the Bundesgesundheitsministerium,
the Schätzerkreis, the GKV-Spitzenverband, the Bundesvereinigung der Deutschen
Arbeitgeberverbände, Wien, Österreich, the Gesundheitsministerium, the
Weltgesundheitsorganisation, the AGES, the Ärztekammer, the ÖGK, Bern, the Spitex, the SBK,
the Kantone, the Spitalverband H+, Düsseldorf, the Märkischer Kreis, Lüdenscheid,
Nordrhein-Westfalen, München, Bayern, the Landesamt für Gesundheit und
Lebensmittelsicherheit (LGL), the Ständige Impfkommission, Corona, Niederösterreich, the
Kassen-Augenarzt and the Wahlarzt, the Verband Forschender Arzneimittelhersteller (vfa), the
Bundesamt für Gesundheit (BAG), the Grundversicherung, Santésuisse, Interpharma, the
Bundesamt für wirtschaftliche Landesversorgung, Stuttgart, Baden-Württemberg, the
Baden-Württembergische Krankenhausgesellschaft (BWKG), the Kassenärztliche Vereinigung,
Klagenfurt, the KABEG, Villach, Spittal, the Gailtal, the Deutsches Krankenhausinstitut
(DKI) and its Krankenhaus-Barometer, the Statistisches Bundesamt, Verdi, the Berner
Oberland, Interlaken, the SP, Hannover, Niedersachsen, the Kinderkrankenhaus auf der Bult,
RSV, the Landesregierung, the Wiener Gesundheitsverbund, the Klinik Floridsdorf and the
Klinik Hietzing, the Wiener ÖVP, the Bundesrat, the Krankenhausreform and its
Leistungsgruppen, the Transformationsfonds, the Deutsche Krankenhausgesellschaft, the
Landkreistag, the Linke; London, England, NHS England, Leeds, Washington, the Food and Drug
Administration, Edinburgh, Scotland, A&E, Public Health Scotland, BMA Scotland, the Scottish
Government, Scottish Labour, NHS Lothian, Melbourne, Victoria, Ambulance Victoria, Dublin,
the INMO, University Hospital Limerick, the HSE, the OECD, the European Union, Montreal,
Quebec, its Health Ministry, Santé Québec, the FIQ, the national assembly, the Canadian
Institute for Health Information, Medicare, Minnesota, New York, the NHS, NHS Employers, the
Nuffield Trust, the Royal College of Nursing, Nebraska, Kearney, the Nebraska Hospital
Association, Medicaid, Geneva, Europe, the World Health Organization, UNICEF, Romania,
Kazakhstan, Belfast, Northern Ireland, the Department of Health, the Assembly, the Belfast
Trust, the British Medical Association, the Affordable Care Act, the Centers for Medicare &
Medicaid Services (CMS), Atlanta, the CDC, Thanksgiving, the Liberal Democrats, the National
Treatment Purchase Fund, Sláintecare, Sinn Féin, and the datelines' cities) stand for the
way wire copy names them; every contribution rate, forecast, wait, occupancy, bed count,
vacancy, vaccination rate, dose count, price, case count, deficit, fund, share and quote
here is invented, and where a real figure came to mind (a real Zusatzbeitrag, a real flu-jab
fee, a real Swiss training fund, a real count of zero-dose children, a real insulin user
count, a real marketplace sign-up total, a real measles total, a real flu season's toll, a
real fund size) it was changed. Kept as the facts they are: the general contribution rate of
14.6 percent, the Stiko's flu recommendation from 60 and its RSV advice since 2024, the 75
percent flu-vaccination goal for older people, the 95 percent measles coverage needed
against outbreaks, the 92 percent bed-occupancy level of NHS planning guidance, England's 92
per cent within 18 weeks, the 78 per cent interim four-hour goal and the 18-minute ambulance
target, Scotland's 95 per cent four-hour target, Victoria's 85 per cent of Code 1 cases
within 15 minutes, Northern Ireland's 52-week standard, Sláintecare's ten weeks, the FDA's
standard ten-month and priority six-month reviews, Medicare's $35 insulin cap, the ACA's
benchmark (the second-lowest-cost silver plan) and its open enrolment from Nov. 1 to Jan.
15, the Swiss review of a third of listed drugs every three years against nine reference
countries and the Austrian guideline of 365 births a year for a maternity ward; the dates of
every release in October and November 2027 are invented.

Its weight: HOSPITALS AND HEALTH SERVICES, seventh round for hospitals and health insurance
(the hundred-twenty-third, two-hundred-and-seventh, two-hundred-and-eighty-sixth,
three-hundred-and-thirty-fourth, four-hundred-and-eighth and four-hundred-and-forty-seventh
batches were the first six rounds; the forty-ninth weighed health systems, waiting times and
social services, the hundred-eighty-third the health system and pharma business, the
hundred-eleventh, two-hundred-and-twenty-fifth and four-hundred-and-sixty-third outbreaks,
vaccination and drug shortages, the sixty-fourth, two-hundred-and-fifty-second and
three-hundred-and-ninety-ninth drugs, trials and approvals, the
two-hundred-and-seventy-third public health and drug policy and the
three-hundred-and-sixty-second health and medicine on both desks; their decisions are kept,
those of the three-hundred-and-thirty-fourth, four-hundred-and-eighth and
four-hundred-and-forty-seventh first of all) - three ordinary wire weeks, Monday, October
25, to Friday, November 12, 2027, as 30 short stories in date order with the German and
English desks interleaved, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, quotes, the other side): the Zusatzbeitrag for 2028, winter beds in
England, flu jabs in Austria, an FDA approval and its price, the Swiss nursing shortage, A&E
in Scotland, a maternity ward and emergency unit closing in North Rhine-Westphalia,
ambulance ramping in Victoria, flu and Covid jabs in Bavaria, trolleys in Irish hospitals,
empty GP posts in Austria, Quebec's emergency rooms, the statutory insurers' drug bill, an
insulin price cut, Swiss drug price cuts, the NHS workforce, emergency departments in
Baden-Württemberg, a rural maternity closure in Nebraska, a maternity ward closing in
Carinthia, measles in Europe, the nursing gaps of German hospitals, waiting lists in
Northern Ireland, a Swiss hospital ending inpatient care, ACA premiums, an RSV wave in Lower
Saxony's children's hospitals, flu shots in the U.S., locked beds in Vienna, NHS England's
monthly figures, the hospital reform in the Bundesrat and Ireland's outpatient list. Half
German (dpa with its regional slugs "dpa/lnw", "dpa/lby", "dpa/lsw" and "dpa/lni", APA with
Austrian „heuer“, „mit 1. Jänner“, „Spitälern“, „Kassenarztstellen“, „Wahlarzt“,
„Privatordination“, „diplomierte Pflegekräfte“, „Gesundheitsstadtrat“, Keystone-SDA with
Swiss „14'300“, „1'100“, „grössten“, „innert“, „per 1. Dezember“, „Gemäss“, „liessen“,
„Schliessung“, «» quotes, German „“ quotes), half English (Reuters with dated datelines, PA,
AP, AAP, CP; British "per cent", "A&E", "pounds", "bed days", "full-time equivalents", Irish
"trolleys", "euros", Australian "A$", "Code 1", "the September quarter", "centres", Canadian
"stretchers", U.S. "%", "labor and delivery", "2023-24 season", "Nov. 1"). Its weight is the
forms the topic names: waiting times and lists („im Schnitt 58 Tage, ... dagegen fünf“, „im
Schnitt 21 Wochen, ... sogar 32 Wochen“, "a median of 223 weeks", "more than 447,000", "7.16
million", "under 18 weeks", "longer than 78 weeks", "longer than 52 weeks", "more than 18
months", "longer than 10 weeks", "an average of 17.4 hours"), bed occupancy and locked beds
(„zu durchschnittlich 91 Prozent belegt“, „rund 1.350 Betten ... gesperrt“, „642 Betten“,
„jedes vierte Bett“, „Von den landesweit 1.180 Betten ... nur noch 37“, "94.6% bed
occupancy", "above 100% occupancy", "13,420 patients a day", "61,400 bed days"), staff
shortages („rund 14'300 Stellen“, „fast jede sechste Stelle“, „rund 19.500 Vollzeitstellen“,
„167 Tage“, „312 Kassenarztstellen“, „von den sechs Planstellen ... nur noch zwei“, „bis zu
30 Patientinnen und Patienten“, "98,600 vacant posts", "a nursing vacancy rate of 7.1 per
cent", "roughly 4,600 more nurses", "more than 2,100 times"), emergency department
performance („4 Stunden und 18 Minuten“, „eine halbe Stunde mehr“, "64.8 per cent ... inside
four hours", "longer than eight hours and 917 more than 12 hours", "61.9 per cent of Code 1
patients ... within 15 minutes", "a combined 14,300 hours", "A record 731 patients ... on
trolleys", "36 minutes and 12 seconds, about double the 18-minute target"), vaccination
rates („knapp 15 Prozent“, „etwa jeder Vierte“, „31,5 Prozent“, „gut 640.000 Dosen“, „rund
1,02 Millionen Impfdosen“, "91% ... first measles jab ... 87% ... the second dose", "about
31% of U.S. adults", "52.6%, down from 55.1%"), drug approvals and prices („im Schnitt um 11
Prozent billiger“, „58.700 Euro je Packung“, „fast doppelt so viel“, „bis zu 400 Millionen
Franken“, "the first pill", "aged 12 and older", "$38,500 a month, or about $462,000 a
year", "to $98 from $280", "by 65%"), health insurance contributions and premiums („um 0,4
Prozentpunkte“, „auf 3,3 Prozent“, „von 14,6 Prozent“, „17,9 Prozent des Bruttolohns“,
„zusammen 16 Euro mehr“, „um 4,4 Prozent“, "an average of 14% for 2028", "$612 a month ...,
up from $537", "as much as 3 percentage points"), hospital closures and reforms („zum 31.
März“, „mit 1. Jänner“, „mindestens 365 Geburten im Jahr“, „64 der 210 Stellen“, „um zwei
Jahre bis Ende 2029“, „bis zu 44 Milliarden Euro“, „zwischen 250 und 300 der derzeit rund
1.690 Krankenhäuser“, "a four-county area with a drive of up to 70 miles", "The 22-bed
hospital", "More than 100 rural hospitals"). Speakers as such copy has them: health
ministries, a health office and a statistics office with „teilte ... mit“, „wie ...
mitteilte“ and „Nach Angaben des ...“, named association chiefs, insurers' board members,
hospital managers, doctors and union officials with „X sagte, ...“ and „sagte X“, a
drugmaker, a company, the WHO, CMS and an Irish purchase fund with "said", named ministers,
a senator, doctors and union leaders with "said", "told the Assembly" and "told the national
assembly", a surname after its first mention; and beside them the forms left unchecked
(roles, plural and anonymous sources, figures, data, surveys and analyses, estimates,
present tense, bodies without an article, descriptions before a name, „laut“, „gemäss“,
„heißt es“, „hieß es“, „meldete“, „verwies darauf“, „kündigte an“, „nach eigenen Angaben“,
„nach Schätzung“, „Nach Berechnungen“, and every "according to"). Negatives stand beside
them - 56 rows, none with a figure: rhetoric, creeds and feelings in quotes from the same
speakers who give the figures, labels („sprach von“, „sprachen von“, „nannte“, "called",
"described ... as"), verdicts with „hält ... für“ and „halten ... für“, blame naming no act
(„machte ... verantwortlich“, "accused ... of", "blamed"), appeals („rief ... auf“,
„appellierte“, "urged"), a warning naming no figure, a promise, views told as reports ("Some
public health experts said ...", "Some economists said ...") and the rhetoric of roles ("The
health secretary said ...", „sagte die Gesundheitsministerin“).

240 rows (120 German, 120 English), 56 negatives (28 German, 28 English), 184 check-worthy
rows of which 8 carry no figure (8 German, 0 English), 340 expected quantities (120 counts,
61 durations - 18 in years, 14 in hours, 12 in weeks, 8 in minutes, 5 in months, 3 in days,
1 in seconds -, 55 percentages - 53 in "%", 2 in percentage points "pp" -, 34 amounts of
money - 14 EUR, 11 USD, 4 CHF, 4 GBP, 1 AUD -, 25 years, 20 fractions, 13 dates - 0 with a
year, 13 without -, 12 ordinals; none of them in a negative), 37 checked speakers (19
German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names, firms,
hospitals and places were checked against the earlier batches; names already in use (a
consultant's, a minister's and a senator's) and firm names already in use (a drugmaker's and
an insulin maker's first choices, a Swiss hospital's first name) were replaced by fresh ones
before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch), its semicolons and colons
  included. A quoted or reported evaluation, label, feeling, creed, promise, appeal, warning
  naming no figure, verdict, view or piece of rhetoric is a negative with speaker None, also
  with a named speaker and an office (seventh, ninety-eighth, hundred-twenty-third,
  two-hundred-and-seventh, two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth,
  four-hundred-and-eighth, four-hundred-and-forty-seventh); a quoted or reported statement
  of fact, figure, step, plan, demand or forecast with a figure is check-worthy with its
  speaker, also in Konjunktiv I and in a quote (Pfannhauser-Okoro's three to four weeks,
  Radley-Ochieng's one in five, Lindgren-Ashby's demand for the $35 cap, the
  Landesgesundheitsminister's 25 houses, the kantonale Gesundheitsdirektor's 25 minutes).
  Pairs from one speaker: Staudacher-Mbeki's one in three funds beside „Ausfallbürgen einer
  Politik“; Radley-Ochieng's one in five beside "heroic work"; Pfannhauser-Okoro's weeks
  beside her grandparents' appeal; Delahaye-Obuya's 3,000 Americans and $25 cap beside "the
  wait is finally over"; Bättig-Nussbaumer's 40 percent beside «Badewanne»;
  Lindqvist-Achebe's 1,250 beds beside "being failed"; Ostendorp-Nagy's 2.4 million euros
  beside „herbeizaubern“; Marchbanks-Eze's 120 paramedics beside "Corridors are not waiting
  rooms"; Thalhofer-Adeyemi's 1,240 cases beside „Jahr für Jahr“; Carrow-Adeyinka's 14
  patients beside "a year-round collapse"; Wimmleitner-Osei's 36 posts beside „attraktiver
  ... als die Privatordination“; Bérubé-Nwankwo's 4,600 nurses beside "the waiting room for
  the rest of the system"; Wendrich-Amoah's twelve drugs beside „bestimmt die Preise“;
  Anstruther-Kofi's 1.1 billion pounds beside "Freezing posts today"; Kerschbaumer-Eto's
  1,350 beds beside „Auffangbecken“; Whitlock-Ibe's $1.2 million beside "Nobody in this
  building"; Moritsch-Lanner's two of six posts beside „ein Risiko, das wir nicht eingehen“;
  Solbakken-Mwangi's 18 deaths beside "finds the gaps"; Hollweck-Asare's 167 days beside „so
  einfach ist das“; McGreevy-Tan's 34 million pounds beside "I will not pretend";
  Rosenbusch-Appiah's 90 kilometres beside „Ausnahmezustand“; Vandenberg-Ayo's two weeks
  beside her appeal; Hohenwarter-Baah's 30 patients beside „Verwahrung“; the
  Gesundheitsministerin's 530 million euros beside „Postleitzahl“; Gallagher-Obeng's 420
  million euros beside "a very big ship".
- Negatives otherwise (hundred-twenty-third, two-hundred-and-seventh,
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth, four-hundred-and-eighth,
  four-hundred-and-forty-seventh), none with a figure: labels („Die Bundesvereinigung der
  Deutschen Arbeitgeberverbände sprach von ...“, „Die Bürgerinitiative ... sprach von ...“,
  „Die Bürgermeister der Region sprachen von ...“, „Verdi sprach von ...“, „Die Linke sprach
  von ...“, „Der Pharmaverband nannte ...“, „Die Wiener ÖVP nannte ...“, "Patient advocates
  called ...", "The opposition called ...", "The union called ...", "Patient groups called
  ...", "The British Medical Association called ...", "Consumer advocates called ...", and
  "Emergency doctors' leaders described the numbers as ..." -
  four-hundred-and-eighty-second: "Neighbors described him as" -; "Sinn Féin said the fall
  was "a drop in the ocean"" a label in a "said" clause); verdicts with „hält ... für“ and
  „halten ... für“ (the Spitäler, the Kassenärztliche Vereinigung, the SP; ninety-eighth,
  four-hundred-and-eighth); blame naming no act („Die Ärztekammer machte ...
  verantwortlich“, "Scottish Labour accused ministers of ...", "The Nebraska Hospital
  Association blamed ...", "The Liberal Democrats accused ...";
  three-hundred-and-thirty-fourth, four-hundred-and-forty-seventh); appeals („Die
  Gesundheitsministerin rief ... auf“, „Die Landesregierung appellierte ...“, "The health
  minister urged ...", "Vandenberg-Ayo urged ..."; two-hundred-and-twenty-fifth); a warning
  that declines to name a figure („warnte vor neuen Lieferengpässen, ohne diese zu
  beziffern“; four-hundred-and-ninety-third); a promise ("would not be left behind"); views
  told as reports ("Some public health experts said ...", "Some economists said ...";
  three-hundred-and-ninety-fifth, four-hundred-and-eighth); and the rhetoric of roles (the
  health secretary twice, „sagte die Gesundheitsministerin“, „sagte Gemeindepräsidentin
  Ursula Zbinden-Käser“). Number-like words in them count nothing: „seit Jahren“, „seit
  Tagen“, „Jahr für Jahr“ (four-hundred-and-eighth: „seit Jahren“ none).
- Check-worthy without a figure (8 rows, all German; hundred-twenty-third,
  two-hundred-and-eighty-sixth, three-hundred-and-thirty-fourth, four-hundred-and-eighth,
  four-hundred-and-forty-seventh): source lines („Die Zahlen stammen aus einer Auswertung,
  die der Berufsverband ... in Auftrag gegeben hat.“, „Grundlage ist eine interne Liste der
  Gesundheitskasse, die der APA vorliegt.“, „Das teilte der GKV-Spitzenverband am Dienstag
  in Berlin mit.“), leads reporting a trend or a strain (fewer flu jabs in Bavaria, longer
  waits in Baden-Württemberg's emergency units, the RSV wave in Lower Saxony;
  two-hundred-and-eighty-sixth, three-hundred-and-sixty-second), a hospital's step (the
  Spital Wildenegg ending inpatient care; „per Ende März“ none) and the Bundesrat's approval
  (an act; four-hundred-and-eighth).
- Waits, targets, response times and other spans are durations (the issue: "zehn Minuten",
  "a two-week visit"; every health batch): "inside four hours" (twice) and "within four
  hours", "within 15 minutes", „innert zehn Jahren“, „binnen drei Wochen“ and "within four
  years" with no hedge (four-hundred-and-eighth); "longer than eight hours and 917 more than
  12 hours" 8 and 12 hours "over" with the count 917 bare, "more than 12 hours", "more than
  24 hours", "longer than 12 hours", "longer than 78 weeks", "more than 18 months", "longer
  than 52 weeks" and "longer than 10 weeks" "over" - a standard written "no patient should
  wait longer than" keeps the bound (four-hundred-and-forty-seventh: "longer than 36 weeks")
  -, „mehr als 70 Minuten“ "over", "under 18 weeks" "under" (four-hundred-and-forty-seventh:
  "under 18 weeks into their wait"), „auf bis zu 40 Minuten“ "up_to"; "an average of 17.4
  hours ..., up from 16.1 hours" both, "rose to 26 minutes", "a median of 223 weeks", „im
  Schnitt 58 Tage, beim Wahlarzt dagegen fünf“ 58 and 5 days (the unit written once serving
  the later figure, three-hundred-and-sixty-second, four-hundred-and-forty-seventh), „im
  Schnitt 21 Wochen, ... sogar 32 Wochen“, „im Schnitt ... 167 Tage“ („im Schnitt“, „sogar“,
  „inzwischen“ no hedge), „Im Mittel vergingen ... 4 Stunden und 18 Minuten“ two durations
  (four-hundred-and-forty-seventh: „3 Stunden und 52 Minuten“), „eine halbe Stunde mehr“ 0.5
  hours (twelfth: „eine halbe Stunde“), "36 minutes and 12 seconds" two durations and "the
  18-minute target" 18 minutes (the figure heading a compound, four-hundred-and-eighth:
  "four-hour target"), "a combined 14,300 hours" (four-hundred-and-eighth: "a combined 6,340
  hours"), "over 24 weeks" 24 weeks ("over" before a span no hedge, three-hundredth), "the
  standard 10-month review to six months" 10 and 6 months, "the worst result in two years" 2
  years (three-hundred-and-thirty-fourth: "the lowest figure for two years"), "in two
  years", "over the past two weeks", "three months after registering", „in den kommenden
  sechs Jahren“, „vor fünf Jahren“, „um zwei Jahre“, "over four years", „in drei bis vier
  Wochen“ 3 and 4 weeks (four-hundred-and-seventy-fourth: „in zwei bis drei Wochen“), „in 25
  Minuten erreichbar“, „alle drei Jahre“ 3 years (four-hundred-and-twenty-sixth: „alle drei
  Jahre“ 3 years). New: "will keep its 24-hour emergency room open" is 24 hours - the figure
  heading the compound keeps its unit as in "a single 24-hour period" (hundred-sixty-ninth)
  and "24-hour" average exposure (hundred-sixtieth), although the compound here means open
  day and night, which written in words names no figure ("around the clock",
  four-hundred-and-eighth; "day and night", four-hundred-and-forty-seventh). Ages are
  durations in years (every batch): „Bei den Über-65-Jährigen“ and „bei den über
  60-Jährigen“ (twice) "over" (four-hundred-and-eighth: „über 65-Jährigen“;
  four-hundred-and-eighty-second: „der Über-65-Jährigen“), „allen ab 60 Jahren“, "aged 12
  and older" and "adults 65 and older" "at_least" (four-hundred-and-eighth), „älter als 60
  Jahre“ "over" (four-hundred-and-sixtieth: „älter als 60“), „jünger als sechs Monate“ 6
  months "under" (four-hundred-and-seventy-fourth: „jünger als 40“), "children under five" 5
  years "under" (four-hundred-and-eighth), "A 40-year-old" 40 years. None: „im vergangenen
  Jahr“, „im Vorjahr“, „im Vorjahreszeitraum“, „ein Jahr zuvor“, „eine Woche zuvor“, „zum
  Jahreswechsel“, „zum Jahresende“, „zu Jahresbeginn“, „im Jahr“, „jährlich“, „heuer“,
  „Mitte Oktober“, „Anfang Oktober“, „Anfang November“, „Ende September“, „seit September“,
  „seit dem Sommer“, „im Frühjahr“, „im Sommer“, „bis Ende Oktober“, „an Werktagen“, „in der
  vergangenen Woche“, "more than a year" (twice) and "longer than a year" (an article,
  three-hundred-and-thirty-fourth), "for more than a decade" (two-hundred-and-seventh: "the
  past decade"), "a year earlier", "a year ago", "last year", "this year", "last week",
  "last season", "a day", "a month", "a year", "the same week last year", "the same month
  last year", "the year to September", "the September quarter"
  (two-hundred-and-seventy-seventh), "since September", "since January", "since August", "by
  March", "by Christmas", "before Christmas", "in December", "at the end of January", "this
  winter", "on Friday morning", weekdays and months.
- Health insurance, contributions and premiums (forty-ninth, hundred-twenty-third,
  two-hundred-and-seventh, three-hundred-and-thirty-fourth, four-hundred-and-eighth,
  four-hundred-and-forty-seventh): „auf 3,3 Prozent und damit um 0,4 Prozentpunkte“ 3.3 "%"
  and 0.4 "pp" (four-hundred-and-eighth: „um 0,3 Prozentpunkte auf 3,2 Prozent“), „von 14,6
  Prozent“ and „im Schnitt 17,9 Prozent des Bruttolohns“, „um 4,4 Prozent“, "an average of
  14% for 2028" ("an average of" no hedge), "as much as 3 percentage points" 3 "pp" "up_to"
  (hundred-tenth: "as much as"); wages, fees and premiums are money, the period carrying
  none („Bei 4.000 Euro Monatslohn ... zusammen 16 Euro mehr“ - „zusammen“ no hedge, „mehr“
  after the figure compares, four-hundred-and-eighth -, „beträgt heuer 8,20 Euro“, „eine
  Startprämie von bis zu 100.000 Euro“ "up_to", "$612 a month before subsidies, up from
  $537"); „jede dritte Kasse“ 0.3333 and „jede Seite trägt die Hälfte“ 0.5
  (four-hundred-and-forty-seventh: „die Hälfte davon“). "The benchmark is the
  second-lowest-cost silver plan" is ordinal 2 (two-hundred-and-ninety-sixth: "the
  second-lowest" 2); "Medicare", "Medicaid" and "the Affordable Care Act" carry none.
- Drug approvals and prices (sixty-fourth, hundred-eighty-third,
  three-hundred-and-ninety-ninth): "the first pill" ordinal 1 (sixty-fourth: "the first flu
  vaccine"), "In a study of 86 patients, 61% ..., against 18% on a placebo", "$38,500 a
  month, or about $462,000 a year" ("a month" and "a year" none), "cap out-of-pocket costs
  at $25 a month" and "caps insulin costs at $35 a month" with no hedge
  (four-hundred-and-forty-seventh: "capping ... at $750"), "fewer than 3,000 Americans"
  "under", "by 65%", "to $98 from $280" both USD, "a pack of five pens" count 5, "about $140
  million" "about", "fell 2.3%"; „Für neue Medikamente ... im Schnitt 58.700 Euro je
  Packung“ („je Packung“ none, hundred-fifth), „allein zwölf Krebsmedikamente ... rund 3,9
  Milliarden Euro im Jahr“ („allein“ no hedge, four-hundred-and-ninety-third: "alone"), „318
  Medikamente ... im Schnitt um 11 Prozent billiger“, „um rund 95 Millionen Franken“, „bis
  zu 400 Millionen Franken“ "up_to", „214 Meldungen“, „fast doppelt so viel wie im
  Durchschnitt der neun Vergleichsländer“ count 2 "nearly" and count 9
  (four-hundred-and-ninety-third: „fast doppelt so viel“). Corvantrix, RSV and „Corona“
  carry none.
- Deficits, funds and spending are money in the currency written (every batch): EUR („rund
  371 Milliarden Euro“ "about" and „knapp 352 Milliarden Euro“ "nearly", „rund 2,6
  Milliarden Euro“ "about", „44,1 Milliarden Euro“, „2,4 Millionen Euro im Jahr“, „bis zu 44
  Milliarden Euro“ "up_to", „Zuschläge von jährlich 530 Millionen Euro“, "420 million
  euros"), CHF („bis zu 520 Millionen Franken“ "up_to", „7,6 Millionen Franken“), GBP ("an
  extra 450 million pounds", "200 million pounds", "1.1 billion pounds", "an extra 34
  million pounds" - "extra" no hedge, four-hundred-and-forty-seventh), AUD ("A$1.4 billion
  over four years"), USD ("about $1.2 million" "about").
- Counts (every batch): beds, posts, patients, nurses, doses, cases, babies, hospitals and
  signatures with their hedges („rund 412.000“, „rund 14'300“ with the Swiss apostrophe,
  „rund 180“, „rund 1,02 Millionen“, „rund 1.350“, „rund 8.700“, „rund 19.500“, „rund 780“,
  „rund 600“, „rund 1.690“, "Some 2,140", "about 1,250", "about 9,600", "about 3,900",
  "roughly 4,600", "about 41 million", "about 13.6 million", "About 7.9 million", "About
  21.4 million", "around 12,000", "about 768,000", "some 148,300", "an estimated 33,000
  deaths and 540,000 hospitalizations" with the hedge on the first only
  (four-hundred-and-eighth) "about"; „gut 1'100“, „gut 640.000“, „gut 700“, „gut 310.000“,
  „gut 76.000“, "More than 11,000", "more than 2,100 times", "More than 100", "More than
  447,000" "over"; „knapp 2,1 Millionen“ "nearly"; „bis zu 30“, „teils bis zu 90 Kilometer“
  ("teils" no hedge, three-hundred-and-ninety-ninth), "up to 14 patients each" and "a drive
  of up to 70 miles" "up_to" (four-hundred-and-eighth: "a drive of up to 55 miles"); „mit
  mindestens 100 Betten“ and „mindestens 365 Geburten“ "at_least"; „nicht mehr als 25
  Häuser“ "at_most" (three-hundred-and-twenty-sixth: „nicht mehr als“ "at_most";
  three-hundred-and-thirty-fourth: "no more than four patients")), definite groups and
  tallies („rund 180 der 420 Beschäftigten“ with the hedge on the first only, „64 der 210
  Stellen“, „Von den landesweit 1.180 Betten ... nur noch 37“, „von den sechs Planstellen
  ... nur noch zwei“, "two of its four obstetric nursing positions", "Forty-one of the
  province's 118 emergency departments" - a number word opening the row reads as digits
  would, three-hundredth -, "11 of them", "just two countries" 2 ("just" no hedge)), "A
  record 731" ("A record" no hedge), "An average of 13,420 patients a day, up from 12,880",
  "61,400 bed days" (three-hundred-and-thirty-fourth), "369,200 full-time equivalents"
  (forty-ninth), "98,600 vacant posts, including 27,400" ("including" no hedge), „um 41
  mehr“ 41, „zusätzliche“, "extra", "additional", "another" and "more" after a figure with
  no hedge ("3,200 extra winter beds ... another 1,100", "400 more nurses", "120 extra
  paramedics", "1,940 additional nurses", "12,000 additional assessments"), "The 22-bed
  hospital" 22 (four-hundred-and-forty-seventh: "A 25-bed hospital"), "a four-county area" 4
  (hundred-eighty-third: "a three-county area"), "64 miles away", "2.9 per 1,000
  inhabitants" two counts (a rate and its base, hundred-fifty-fifth), multiples („fast
  dreimal so viele“ 3 "nearly", "nearly twice as many" 2 "nearly", "about double the
  18-minute target" 2 "about" - eighty-sixth: "roughly double"). Verbs of doubling carry
  none, the level they reach counts with its own hedge (hundred-nineteenth: „auf 164
  Millionen Euro nahezu verdoppelt“): „auf 1.240 fast verdoppelt“ 1,240, „auf gut 76.000
  mehr als verdoppelt“ 76,000 "over", "had doubled over the past two weeks" the span only.
  New: "Code 1 patients" is count 1 - Victoria's ambulance code ranks urgency as the urgency
  categories did ("category 2 patients" 2, three-hundred-and-thirty-fourth and
  four-hundred-and-eighth; "Category one patients" 1, four-hundred-and-forty-seventh). None:
  "both doses" (four-hundred-and-twentieth, four-hundred-and-sixty-third), „eine
  Pflegekraft“, „einem Antikörper“, "a ward bed", "a bed", "a post" (articles;
  four-hundred-and-forty-seventh), "every routine vaccination", "every insured patient",
  "most states", "some wards", „manche Familien“, „manchen Nachtdiensten“, "A&E", "INMO",
  "FIQ", „H+“ and „RSV-Saison“ beside its ordinal.
- Percentages (every batch): PA's and AAP's "per cent" in "%" ("just 64.8 per cent" and
  "only 61.9 per cent" and "Only 61.2 per cent" with no hedge, "against a target of 95 per
  cent", "is 85 per cent", "only 52.3 per cent", "7.1 per cent, down from 8.4 per cent",
  "61.3 per cent ..., against 59.8 per cent", "74.9 per cent ..., while the interim goal is
  78 per cent", "far below the 92 per cent standard" - words before an article bound
  nothing, four-hundred-and-eighth: "well short of the" -, "Roughly 38 per cent" "about",
  "14.6 per cent"); Reuters', AP's and CP's "%" ("94.6% ..., well above the 92% level", "91%
  ..., only 87%", "95%", "by 65%", "2.3%", "14%", "3.1%", "38%", "Only about 31%" "about" -
  "Only" no hedge, two-hundred-and-forty-fourth -, "52.6%, down from 55.1%", "Only 38%",
  "71%, from 78%", "61% ... 18%", "ran above 100% occupancy" 100 "over" -
  hundred-sixty-fourth: "above 90%" "over", and a rate above 100 stays a percent as
  written); German copy as written („um 9 Prozent mehr“ - Austrian,
  four-hundred-and-ninety-third: „um 3,1 Prozent weniger“ -, „bei nur knapp 15 Prozent“
  "nearly", „75 Prozent“, „rund 40 Prozent“ "about", „knapp 14 Prozent weniger“ "nearly",
  „31,5 Prozent“, „gut 41 Prozent“ "over", „6,8 Prozent mehr“, „rund 7 Prozent“, „etwa 16
  Prozent“ "about", „zu durchschnittlich 91 Prozent“, „Knapp 38 Prozent“ "nearly", „bei nur
  noch 58 Prozent“, „mehr als 60 Prozent“ "over").
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; every batch): „jede
  dritte Kasse“ 0.3333, „etwa jeder Vierte“ 0.25 "about" (capitalised as a noun, the same
  share), „fast jede sechste Stelle“ 0.1667 "nearly" (hundred-fifty-sixth: „jede sechste
  Stelle“ 0.1667), „Rund ein Drittel“ and „rund ein Drittel“ 0.3333 "about", „gut die
  Hälfte“ 0.5 "over", „ein gutes Drittel davon“ 0.3333 "over"
  (three-hundred-and-ninety-fifth: „Ein gutes Drittel“), „Gut drei Viertel“ 0.75 "over",
  „fast die Hälfte“ 0.5 "nearly", „Mehr als die Hälfte“ 0.5 "over", „gut ein Zehntel“ 0.1
  "over", „jedes vierte Bett“ 0.25, „die Hälfte davon“ and „jede Seite trägt die Hälfte“
  0.5; "One in five" 0.2, "roughly one in five" 0.2 "about", "About one in six" 0.1667
  "about", "Almost one in three" 0.3333 "nearly", "About one in four" 0.25 "about", "More
  than half" 0.5 "over". The German "X von Y" share form is not used
  (two-hundred-and-seventh).
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; every batch): "the first
  pill" 1, "for a third straight year" 3 (three-hundred-and-thirty-fourth: "For the third
  straight year"), "their first measles jab" 1 and "the second dose" 2, "a first
  consultant-led outpatient appointment", "a first appointment" and "a first hospital
  outpatient appointment" 1 (three-hundred-and-thirty-fourth: "a first outpatient
  appointment"), „im dritten Quartal“ 3, „im ersten Halbjahr“ 1, „in ihrer ersten
  RSV-Saison“ 1 (two-hundred-and-twenty-fifth), „in den ersten drei Quartalen“ ordinal 1 and
  count 3 (fifteenth: a quarter is no unit of duration), "the second-lowest-cost silver
  plan" 2. None: „Am grössten“, „Am stärksten“, "the worst", "the longest", "the lowest",
  "the highest monthly total", "the most crowded", "among the lowest", "The nearest
  hospital", „nächsten Geburtsklinik“, „das nächste Akutspital“.
- Years and dates: years as written („für 2028“, „2028 höhere Beiträge“, „steigt 2028“,
  „seit 2018“, „seit 2019“, „habe 2026“, „seit 2024“, „bis Ende 2028“, „bis Ende 2029“, „bis
  2036“, „bis 2030“, "since records began in 2016", "in 2019", "since 2020", "in 2022", "in
  2026" (twice), "a 2026 survey", "for 2027", "for 2028" (twice), "in September 2026",
  "since April 2023", "in the 2023-24 season" both years - four-hundred-and-eighty-second:
  "the 2026-27 financial year"; four-hundred-and-seventy-fourth: "in 2029-30"); dates („zum
  1. Januar“ --01-01, „zum 31. März“ --03-31, „per 1. Dezember“ --12-01 - the Swiss „per“ as
  „mit“, four-hundred-and-eighty-second -, „mit 1. Jänner“ --01-01 - hundred-twenty-third -,
  "in the week ending October 24" --10-24 - four-hundred-and-forty-seventh: "in the week
  ending July 12" -, "opened on Nov. 1 and runs until Jan. 15" --11-01 and --01-15 -
  four-hundred-and-eighth: "on Nov. 30"); Reuters datelines with a day are dates without a
  year ("LONDON, Oct 25" --10-25, "DUBLIN, Oct 29" --10-29, "WASHINGTON, Nov 2" --11-02,
  "GENEVA, Nov 5" --11-05, "NEW YORK, Nov 9" --11-09, "DUBLIN, Nov 12" --11-12;
  four-hundred-and-eighth: "LONDON, Nov 12"); dpa ("Berlin (dpa) -", "Düsseldorf (dpa/lnw)
  -", "München (dpa/lby) -", "Stuttgart (dpa/lsw) -", "Hannover (dpa/lni) -"), APA,
  Keystone-SDA, PA, AP ("WASHINGTON (AP) —", "HOLLISTER FLATS, Neb. (AP) —", "ATLANTA (AP)
  —"), AAP and CP datelines none (seventy-ninth); "Neb." ends no sentence, as "Kan."
  (four-hundred-and-forty-seventh), and "D-Minn." none.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Some", "some",
  "roughly", "Roughly", "around", "an estimated" "about"; „knapp“, „Knapp“, „fast“,
  "nearly", "Almost" "nearly"; „gut“, „Gut“, „ein gutes“, „mehr als“, „Mehr als“, "more
  than", "More than", "longer than", "above" before a figure "over"; „jünger als“, "fewer
  than", "under" "under"; „mindestens“, „ab“ before an age, "and older" "at_least"; „bis
  zu“, "up to", "as much as" "up_to"; „nicht mehr als“ "at_most". No hedge: „im Schnitt“,
  „im Mittel“, „durchschnittlich“, „zusammen“, „insgesamt“, „allein“, „sogar“, „nur“, „nur
  noch“, „bereits“, „bislang“, „bisher“, „derzeit“, „inzwischen“, „zuletzt“, „teils“,
  „weiterhin“, „binnen“, „innert“, „zusätzliche“, „dagegen“, "an average of", "a median of",
  "a combined", "A record", "Just", "just", "Only", "only", "alone", "already", "including",
  "extra", "additional", "another", "against", "up from", "down from", "from", "within",
  "inside", "over" before a span, "well above the", "far below the", "more" and "fewer"
  after a figure, „mehr“ and „weniger“ after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Bundesgesundheitsministerium am Montag mit“ -> "das Bundesgesundheitsministerium"
  (three-hundred-and-thirty-fourth, four-hundred-and-forty-seventh), „teilte das Bundesamt
  für Gesundheit (BAG) am Mittwoch mit“ -> "das Bundesamt für Gesundheit" and „Nach Angaben
  des Landesamts für Gesundheit und Lebensmittelsicherheit (LGL)“ -> "das Landesamt für
  Gesundheit und Lebensmittelsicherheit" (the abbreviation and weekday dropped, the source
  in the nominative; four-hundred-and-eighth: „Nach Angaben des LGL“ -> "das LGL"), „wie das
  Statistische Bundesamt am Montag mitteilte“ -> "das Statistische Bundesamt"
  (four-hundred-and-ninety-third); "X sagte, ..." with the office, „Dr.“, the affiliation
  and the occasion dropped („GKV-Vorständin Henrike Staudacher-Mbeki“, „SBK-Präsidentin
  Corinne Bättig-Nussbaumer sagte an einer Medienkonferenz in Bern“, „Geschäftsführer
  Bernhard Ostendorp-Nagy“, „LGL-Epidemiologin Dr. Miriam Thalhofer-Adeyemi“,
  „ÖGK-Sprecherin Brigitte Wimmleitner-Osei“, „GKV-Vorstand Tobias Wendrich-Amoah“,
  „Santésuisse-Ökonom Reto Brüngger-Salis“, „BWKG-Vorstandsvorsitzende Sabine
  Kerschbaumer-Eto“, „KABEG-Vorständin Ingrid Moritsch-Lanner“, „DKI-Geschäftsführer Dr.
  Konrad Hollweck-Asare“, „H+-Direktorin Simone Aebersold-Quaye“, „Chefärztin Dr. Anke
  Rosenbusch-Appiah vom Kinderkrankenhaus auf der Bult“, „Gewerkschafterin Edith
  Hohenwarter-Baah“, „Landkreistags-Vize Hartmut Bergfeld-Odoi“;
  three-hundred-and-thirty-fourth, four-hundred-and-eighth, four-hundred-and-forty-seventh),
  and a quote with a figure followed by „sagte AGES-Epidemiologin Theresia
  Pfannhauser-Okoro“ (hundred-ninety-ninth, four-hundred-and-ninety-third). English: the
  name with the office and "Dr." dropped ("said Dr. Imogen Radley-Ochieng, an emergency
  consultant in Leeds" - three-hundred-and-fifty-sixth -, "Chief executive Marcus
  Delahaye-Obuya said", "BMA Scotland council chair Dr. Fraser Lindqvist-Achebe said",
  "Health Minister Sienna Marchbanks-Eze said", "INMO general secretary Siobhan
  Carrow-Adeyinka said", "NHS Employers chief executive Priya Anstruther-Kofi said", "Chief
  executive Dana Whitlock-Ibe said", "CDC immunization official Dr. Marisol Vandenberg-Ayo
  said", "Health Minister Niamh Gallagher-Obeng said"; four-hundred-and-eighth,
  four-hundred-and-forty-seventh), "Sen. Harriet Lindgren-Ashby, D-Minn., said"
  (four-hundred-and-forty-seventh: "Sen. Alvin Kettleborough, D-Mich., said"), "Health
  Minister Gabriel Bérubé-Nwankwo told the national assembly" after the figure and "Health
  Minister Eamon McGreevy-Tan told the Assembly that" (three-hundred-and-thirty-fourth and
  four-hundred-and-forty-seventh: "told parliament"), "Solbakken-Mwangi said ..." the
  surname opening the row (eighteenth, four-hundred-and-eighth: "Marchbank-Idowu said ..."),
  "Vellacott Therapeutics said" the firm's name (tenth, three-hundredth), "the company said
  on Tuesday" -> "the company" (four-hundred-and-eighth), "the World Health Organization
  said on Friday", "the National Treatment Purchase Fund said on Friday" and "the Centers
  for Medicare & Medicaid Services (CMS) said late on Tuesday" the body with its article,
  the abbreviation and the time dropped (four-hundred-and-eighth,
  four-hundred-and-forty-seventh). Each row's diacritics and hyphens are its speaker's
  („Bättig-Nussbaumer“, „Brüngger-Salis“, "Bérubé-Nwankwo"). Left unchecked (None): all
  negatives, also those with a named speaker; roles („Der Landesgesundheitsminister sagte“,
  „Der kantonale Gesundheitsdirektor sagte“, „Die Gesundheitsministerin sagte“, „nach
  Angaben des Trägers“, „wie die Trägerschaft am Dienstag mitteilte“, "NHS England's
  national medical director said", "The health secretary said", "its owner said"); plural
  and anonymous groups ("Health officials say", "the union's count showed"); documents,
  figures, data, surveys, analyses and estimates („wie aus Daten des Gesundheitsministeriums
  hervorgeht“, „nach Schätzung des GKV-Spitzenverbands“, „heißt es im
  Krankenhaus-Barometer“, „Das geht aus Daten der ... hervor“, „aus Sicht der
  Krankenhäuser“, „nach einer Zählung des Spitalverbands H+“, „nach früheren Angaben des
  BAG“, „Nach Berechnungen der Deutschen Krankenhausgesellschaft“, "NHS England figures
  showed", "Public Health Scotland figures show", "official figures show", "new figures
  show", "CDC data show", "the latest federal tracking data showed", "the agency's weekly
  tracker showed", "OECD data put", "a separate analysis by the Nuffield Trust found", "A
  Royal College of Nursing survey found", "a 2026 survey ... found", "the Canadian Institute
  for Health Information estimated", "the WHO and UNICEF estimated", "Lisbury estimated");
  „Laut ÖGK“ and „Gemäss dem Spitalverband H+“ (three-hundred-and-thirty-fourth: „laut
  Rechnungshof“; four-hundred-and-eighty-second: „gemäss Chronik“); „hieß es ... aus dem
  Gesundheitsverbund“, „meldete das Gesundheitsministerium“ (ninety-ninth), „verwies
  darauf“, „kündigte an“ and „nach eigenen Angaben“ (four-hundred-and-eighth,
  four-hundred-and-forty-seventh); the present tense ("The HSE says";
  three-hundred-and-sixty-second); bodies without an article ("Ambulance Victoria said",
  "Santé Québec said", "NHS England said"; four-hundred-and-eighth); descriptions before a
  name ("the nurses' union INMO said", "The nurses' union FIQ said"; fortieth,
  four-hundred-and-sixtieth); "the agency said" (four-hundred-and-eighth) and every
  "according to" (figures published by the Health Ministry, an analysis by a health policy
  research center, CDC estimates). As the four-hundred-and-eighth and
  four-hundred-and-forty-seventh batches did, and to keep the checked speakers near 35, this
  batch also leaves unchecked forms it could have checked: „Das teilte der
  GKV-Spitzenverband am Dienstag in Berlin mit.“ and "The Scottish Government said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_509 = [
    # --- Zusatzbeitrag 2028 (dpa), Montag, 25. Oktober ---
    (
        "de",
        "Berlin (dpa) - Auf gesetzlich Versicherte kommen 2028 höhere Beiträge zu: Der durchschnittliche Zusatzbeitrag klettert zum 1. Januar auf 3,3 Prozent und damit um 0,4 Prozentpunkte, teilte das Bundesgesundheitsministerium am Montag mit.",
        True,
        [("year", 2028, None, None), ("date", "--01-01", None, None), ("percent", 3.3, "%", None), ("percent", 0.4, "pp", None)],
        "das Bundesgesundheitsministerium",
    ),
    (
        "de",
        "Rechnet man den allgemeinen Satz von 14,6 Prozent hinzu, fließen künftig im Schnitt 17,9 Prozent des Bruttolohns an die Krankenkasse.",
        True,
        [("percent", 14.6, "%", None), ("percent", 17.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Schätzerkreis hatte Mitte Oktober für 2028 Ausgaben von rund 371 Milliarden Euro vorhergesagt, denen Einnahmen von knapp 352 Milliarden Euro gegenüberstehen.",
        True,
        [("year", 2028, None, None), ("money", 371000000000, "EUR", "about"), ("money", 352000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "GKV-Vorständin Henrike Staudacher-Mbeki sagte, jede dritte Kasse werde ihren Beitrag zum Jahreswechsel voraussichtlich stärker anheben als der Durchschnitt.",
        True,
        [("fraction", 0.3333, None, None)],
        "Henrike Staudacher-Mbeki",
    ),
    (
        "de",
        "„Die Beitragszahler werden zum Ausfallbürgen einer Politik, die Reformen seit Jahren verschleppt“, sagte Staudacher-Mbeki.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei 4.000 Euro Monatslohn zahlen Beschäftigte und Arbeitgeber damit zusammen 16 Euro mehr, jede Seite trägt die Hälfte.",
        True,
        [("money", 4000, "EUR", None), ("money", 16, "EUR", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesvereinigung der Deutschen Arbeitgeberverbände sprach von einer „Beitragsspirale ohne Ende“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Rücklagen der Kassen dürften nach Schätzung des GKV-Spitzenverbands zum Jahresende auf rund 2,6 Milliarden Euro schrumpfen.",
        True,
        [("money", 2600000000, "EUR", "about")],
        None,
    ),
    # --- NHS winter beds (Reuters), October 25 ---
    (
        "en",
        "LONDON, Oct 25 (Reuters) - Hospitals in England ran at 94.6% bed occupancy last week, well above the 92% level set in planning guidance, NHS England figures showed on Monday.",
        True,
        [("date", "--10-25", None, None), ("percent", 94.6, "%", None), ("percent", 92, "%", None)],
        None,
    ),
    (
        "en",
        "An average of 13,420 patients a day no longer needed hospital care but could not be discharged, up from 12,880 a year earlier.",
        True,
        [("count", 13420, None, None), ("count", 12880, None, None)],
        None,
    ),
    (
        "en",
        "Some 2,140 beds were closed because of norovirus, nearly twice as many as in the same week last year.",
        True,
        [("count", 2140, None, "about"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "NHS England's national medical director said hospitals had opened 3,200 extra winter beds since September and planned another 1,100 by Christmas.",
        True,
        [("count", 3200, None, None), ("count", 1100, None, None)],
        None,
    ),
    (
        "en",
        "Emergency doctors' leaders described the numbers as \"a red warning light before winter has even begun\".",
        False,
        [],
        None,
    ),
    (
        "en",
        '"One in five of our patients who need a ward bed waits more than 12 hours for it," said Dr. Imogen Radley-Ochieng, an emergency consultant in Leeds.',
        True,
        [("fraction", 0.2, None, None), ("duration", 12, "hour", "over")],
        "Imogen Radley-Ochieng",
    ),
    ("en", 'Radley-Ochieng said staff were "doing heroic work in impossible conditions".', False, [], None),
    (
        "en",
        "The health secretary said an extra 450 million pounds for social care places would help free up beds this winter.",
        True,
        [("money", 450000000, "GBP", None)],
        None,
    ),
    # --- Grippeimpfung in Österreich (APA), Dienstag, 26. Oktober ---
    (
        "de",
        "Wien (APA) - Seit dem Start des öffentlichen Impfprogramms Anfang Oktober haben sich in Österreich rund 412.000 Menschen gegen Influenza impfen lassen, wie aus Daten des Gesundheitsministeriums hervorgeht.",
        True,
        [("count", 412000, None, "about")],
        None,
    ),
    (
        "de",
        "Das sind um 9 Prozent mehr als zum gleichen Zeitpunkt im Vorjahr, die Durchimpfungsrate liegt aber weiterhin bei nur knapp 15 Prozent.",
        True,
        [("percent", 9, "%", None), ("percent", 15, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bei den Über-65-Jährigen ist etwa jeder Vierte geimpft, die Weltgesundheitsorganisation empfiehlt für diese Gruppe eine Quote von 75 Prozent.",
        True,
        [("duration", 65, "year", "over"), ("fraction", 0.25, None, "about"), ("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "„Wir rechnen mit dem Beginn der Grippewelle in drei bis vier Wochen“, sagte AGES-Epidemiologin Theresia Pfannhauser-Okoro.",
        True,
        [("duration", 3, "week", None), ("duration", 4, "week", None)],
        "Theresia Pfannhauser-Okoro",
    ),
    (
        "de",
        "„Wer sich jetzt impfen lässt, schützt nicht nur sich, sondern auch die Großeltern“, sagte Pfannhauser-Okoro.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Selbstbehalt für die Impfung beträgt heuer 8,20 Euro.",
        True,
        [("money", 8.2, "EUR", None)],
        None,
    ),
    (
        "de",
        "Laut ÖGK wurden bisher gut 640.000 Dosen an Apotheken und Praxen ausgeliefert.",
        True,
        [("count", 640000, None, "over")],
        None,
    ),
    # --- FDA approves liver drug (AP), October 26 ---
    (
        "en",
        "WASHINGTON (AP) — U.S. regulators on Tuesday approved the first pill for a rare inherited liver disease that until now could be treated only with a transplant.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The Food and Drug Administration cleared Vellacott Therapeutics' drug, to be sold as Corvantrix, for patients aged 12 and older.",
        True,
        [("duration", 12, "year", "at_least")],
        None,
    ),
    (
        "en",
        "In a study of 86 patients, 61% of those on the drug saw their liver scores improve over 24 weeks, against 18% on a placebo.",
        True,
        [("count", 86, None, None), ("percent", 61, "%", None), ("duration", 24, "week", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Vellacott Therapeutics said the list price would be $38,500 a month, or about $462,000 a year.",
        True,
        [("money", 38500, "USD", None), ("money", 462000, "USD", "about")],
        "Vellacott Therapeutics",
    ),
    ("en", 'Patient advocates called the price "a ransom note dressed up as a breakthrough".', False, [], None),
    (
        "en",
        "Chief executive Marcus Delahaye-Obuya said fewer than 3,000 Americans have the disease, and that the company would cap out-of-pocket costs at $25 a month for insured patients.",
        True,
        [("count", 3000, None, "under"), ("money", 25, "USD", None)],
        "Marcus Delahaye-Obuya",
    ),
    ("en", '"For these families the wait is finally over," Delahaye-Obuya said.', False, [], None),
    (
        "en",
        "The agency had granted the drug priority review, which shortens the standard 10-month review to six months.",
        True,
        [("duration", 10, "month", None), ("duration", 6, "month", None)],
        None,
    ),
    # --- Pflegenotstand in der Schweiz (Keystone-SDA), Mittwoch, 27. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - In Schweizer Spitälern, Heimen und bei der Spitex waren Ende September rund 14'300 Stellen für Pflegefachpersonen unbesetzt, gut 1'100 mehr als ein Jahr zuvor.",
        True,
        [("count", 14300, None, "about"), ("count", 1100, None, "over")],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus einer Auswertung, die der Berufsverband der Pflegefachpersonen SBK in Auftrag gegeben hat.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am grössten ist die Lücke in der Langzeitpflege, wo fast jede sechste Stelle nicht besetzt werden kann.",
        True,
        [("fraction", 0.1667, None, "nearly")],
        None,
    ),
    (
        "de",
        "SBK-Präsidentin Corinne Bättig-Nussbaumer sagte an einer Medienkonferenz in Bern, rund 40 Prozent der Pflegenden stiegen innert zehn Jahren nach dem Abschluss aus dem Beruf aus.",
        True,
        [("percent", 40, "%", "about"), ("duration", 10, "year", None)],
        "Corinne Bättig-Nussbaumer",
    ),
    ("de", "«Wir füllen eine Badewanne, bei der der Stöpsel fehlt», sagte Bättig-Nussbaumer.", False, [], None),
    (
        "de",
        "Der Bund will die Kantone in den kommenden sechs Jahren mit bis zu 520 Millionen Franken bei der Ausbildung unterstützen.",
        True,
        [("duration", 6, "year", None), ("money", 520000000, "CHF", "up_to")],
        None,
    ),
    ("de", "Die Spitäler halten die geplanten Vorgaben zur Personalausstattung für kaum umsetzbar.", False, [], None),
    (
        "de",
        "Gemäss dem Spitalverband H+ mussten im Sommer in 23 Akutspitälern zeitweise Betten geschlossen werden.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    # --- A&E in Scotland (PA), October 27 ---
    (
        "en",
        "EDINBURGH (PA) - Scottish emergency departments dealt with just 64.8 per cent of attendances inside four hours in the week ending October 24, against a target of 95 per cent.",
        True,
        [("percent", 64.8, "%", None), ("duration", 4, "hour", None), ("date", "--10-24", None, None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "Public Health Scotland figures show 2,361 people waited longer than eight hours and 917 more than 12 hours.",
        True,
        [("count", 2361, None, None), ("duration", 8, "hour", "over"), ("count", 917, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    (
        "en",
        "BMA Scotland council chair Dr. Fraser Lindqvist-Achebe said the country had about 1,250 fewer hospital beds than a decade ago.",
        True,
        [("count", 1250, None, "about")],
        "Fraser Lindqvist-Achebe",
    ),
    ("en", '"Patients are being failed, and staff are being broken," Lindqvist-Achebe said.', False, [], None),
    (
        "en",
        "The Scottish Government said it had invested 200 million pounds to cut delayed discharge and would recruit 400 more nurses by March.",
        True,
        [("money", 200000000, "GBP", None), ("count", 400, None, None)],
        None,
    ),
    ("en", "Scottish Labour accused ministers of presiding over a winter crisis that never ends.", False, [], None),
    (
        "en",
        "Delayed discharge accounted for 61,400 bed days in September, the highest monthly total since records began in 2016.",
        True,
        [("count", 61400, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "NHS Lothian reported the longest waits, with only 52.3 per cent of patients seen within four hours.",
        True,
        [("percent", 52.3, "%", None), ("duration", 4, "hour", None)],
        None,
    ),
    # --- Klinik schließt Kreißsaal (dpa/lnw), Donnerstag, 28. Oktober ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Das St.-Ludgerus-Krankenhaus in Kerbenhagen im Märkischen Kreis schließt zum 31. März seine Notaufnahme und die Geburtsstation.",
        True,
        [("date", "--03-31", None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Angaben des Trägers rund 180 der 420 Beschäftigten, denen Stellen an anderen Standorten angeboten werden sollen.",
        True,
        [("count", 180, None, "about"), ("count", 420, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr kamen in dem Haus noch 512 Kinder zur Welt, vor fünf Jahren waren es gut 700.",
        True,
        [("count", 512, None, None), ("duration", 5, "year", None), ("count", 700, None, "over")],
        None,
    ),
    (
        "de",
        "Die Fahrtzeit zur nächsten Geburtsklinik in Lüdenscheid verlängert sich für manche Familien auf bis zu 40 Minuten.",
        True,
        [("duration", 40, "minute", "up_to")],
        None,
    ),
    (
        "de",
        "Der Landesgesundheitsminister sagte, mit der Krankenhausreform müssten in Nordrhein-Westfalen nicht mehr als 25 Häuser ganz schließen.",
        True,
        [("count", 25, None, "at_most")],
        None,
    ),
    (
        "de",
        "Die Bürgerinitiative „Kreißsaal bleibt“ sprach von einem „Schlag ins Gesicht aller Eltern im Tal“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Geschäftsführer Bernhard Ostendorp-Nagy sagte, die Geburtshilfe habe zuletzt ein Defizit von 2,4 Millionen Euro im Jahr eingefahren.",
        True,
        [("money", 2400000, "EUR", None)],
        "Bernhard Ostendorp-Nagy",
    ),
    (
        "de",
        "„Wir hätten diese Entscheidung gern vermieden, aber Hebammen kann man nicht herbeizaubern“, sagte Ostendorp-Nagy.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Haus beschäftigte nach eigenen Angaben zuletzt nur noch drei festangestellte Hebammen.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- Ambulance ramping in Victoria (AAP), October 28 ---
    (
        "en",
        "MELBOURNE (AAP) - Ambulances reached only 61.9 per cent of Code 1 patients in Victoria within 15 minutes in the September quarter, the worst result in two years.",
        True,
        [("percent", 61.9, "%", None), ("count", 1, None, None), ("duration", 15, "minute", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The state's target, unchanged for more than a decade, is 85 per cent.",
        True,
        [("percent", 85, "%", None)],
        None,
    ),
    (
        "en",
        "Median emergency department waits in Melbourne's hospitals rose to 26 minutes, while 1,870 patients waited more than 24 hours for a bed.",
        True,
        [("duration", 26, "minute", None), ("count", 1870, None, None), ("duration", 24, "hour", "over")],
        None,
    ),
    (
        "en",
        "Ambulance Victoria said paramedics lost a combined 14,300 hours waiting outside emergency departments to hand over patients.",
        True,
        [("duration", 14300, "hour", None)],
        None,
    ),
    ("en", 'The opposition called the results "a ramping catastrophe".', False, [], None),
    (
        "en",
        "Health Minister Sienna Marchbanks-Eze said 120 extra paramedics would start work before Christmas and two new urgent care centres would open in December.",
        True,
        [("count", 120, None, None), ("count", 2, None, None)],
        "Sienna Marchbanks-Eze",
    ),
    ("en", '"Corridors are not waiting rooms, and ambulances are not wards," Marchbanks-Eze said.', False, [], None),
    (
        "en",
        "The state budget set aside A$1.4 billion over four years for ambulance and emergency department capacity.",
        True,
        [("money", 1400000000, "AUD", None), ("duration", 4, "year", None)],
        None,
    ),
    # --- Impfquote in Bayern (dpa/lby), Freitag, 29. Oktober ---
    (
        "de",
        "München (dpa/lby) - In Bayern haben sich bislang deutlich weniger Menschen gegen Grippe impfen lassen als im vergangenen Herbst.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Landesamts für Gesundheit und Lebensmittelsicherheit (LGL) wurden bis Ende Oktober rund 1,02 Millionen Impfdosen abgerechnet, knapp 14 Prozent weniger als ein Jahr zuvor.",
        True,
        [("count", 1020000, None, "about"), ("percent", 14, "%", "nearly")],
        "das Landesamt für Gesundheit und Lebensmittelsicherheit",
    ),
    (
        "de",
        "Bei den über 60-Jährigen liegt die Impfquote damit bei 31,5 Prozent, obwohl die Ständige Impfkommission die Impfung allen ab 60 Jahren empfiehlt.",
        True,
        [("duration", 60, "year", "over"), ("percent", 31.5, "%", None), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Gegen Corona ließen sich seit September sogar nur gut 310.000 Menschen impfen.",
        True,
        [("count", 310000, None, "over")],
        None,
    ),
    (
        "de",
        "LGL-Epidemiologin Dr. Miriam Thalhofer-Adeyemi sagte, die Zahl der gemeldeten Influenza-Fälle habe sich in der vergangenen Woche auf 1.240 fast verdoppelt.",
        True,
        [("count", 1240, None, None)],
        "Miriam Thalhofer-Adeyemi",
    ),
    ("de", "„Die Grippe wird unterschätzt, Jahr für Jahr“, sagte Thalhofer-Adeyemi.", False, [], None),
    (
        "de",
        "Die Gesundheitsministerin rief Ältere und chronisch Kranke auf, sich jetzt impfen zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatten sich bis zum Jahresende gut 41 Prozent der über 60-Jährigen impfen lassen.",
        True,
        [("percent", 41, "%", "over"), ("duration", 60, "year", "over")],
        None,
    ),
    # --- Trolleys in Irish hospitals (Reuters), October 29 ---
    (
        "en",
        "DUBLIN, Oct 29 (Reuters) - A record 731 patients were waiting on trolleys for a bed in Irish hospitals on Friday morning, the nurses' union INMO said.",
        True,
        [("date", "--10-29", None, None), ("count", 731, None, None)],
        None,
    ),
    (
        "en",
        "The most crowded hospital was University Hospital Limerick, where 118 patients were on trolleys, the union's count showed.",
        True,
        [("count", 118, None, None)],
        None,
    ),
    (
        "en",
        "More than 11,000 patients have been treated on trolleys so far in October, against about 9,600 in the same month last year.",
        True,
        [("count", 11000, None, "over"), ("count", 9600, None, "about")],
        None,
    ),
    (
        "en",
        "INMO general secretary Siobhan Carrow-Adeyinka said nurses were caring for up to 14 patients each on some wards.",
        True,
        [("count", 14, None, "up_to")],
        "Siobhan Carrow-Adeyinka",
    ),
    ("en", '"This is not a winter crisis, it is a year-round collapse," Carrow-Adeyinka said.', False, [], None),
    (
        "en",
        "The HSE says it has hired 1,940 additional nurses and midwives since January.",
        True,
        [("count", 1940, None, None)],
        None,
    ),
    (
        "en",
        "The health minister urged people with minor injuries to use injury units or their GP rather than emergency departments.",
        False,
        [],
        None,
    ),
    (
        "en",
        "OECD data put Ireland's acute bed supply at about 2.9 per 1,000 inhabitants, among the lowest in the European Union.",
        True,
        [("count", 2.9, None, "about"), ("count", 1000, None, None)],
        None,
    ),
    # --- Unbesetzte Kassenstellen (APA), Montag, 1. November ---
    (
        "de",
        "Wien (APA) - In Österreich sind derzeit 312 Kassenarztstellen unbesetzt, um 41 mehr als zu Jahresbeginn.",
        True,
        [("count", 312, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Grundlage ist eine interne Liste der Gesundheitskasse, die der APA vorliegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Besonders betroffen sind die Allgemeinmedizin mit 121 und die Kinderheilkunde mit 47 offenen Stellen.",
        True,
        [("count", 121, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "In Niederösterreich wartet man auf einen Termin beim Kassen-Augenarzt im Schnitt 58 Tage, beim Wahlarzt dagegen fünf.",
        True,
        [("duration", 58, "day", None), ("duration", 5, "day", None)],
        None,
    ),
    (
        "de",
        "ÖGK-Sprecherin Brigitte Wimmleitner-Osei sagte, mit einer Startprämie von bis zu 100.000 Euro habe man heuer 36 Stellen nachbesetzen können.",
        True,
        [("money", 100000, "EUR", "up_to"), ("count", 36, None, None)],
        "Brigitte Wimmleitner-Osei",
    ),
    (
        "de",
        "„Der Kassenvertrag muss wieder attraktiver werden als die Privatordination“, sagte Wimmleitner-Osei.",
        False,
        [],
        None,
    ),
    ("de", "Die Ärztekammer machte die niedrigen Kassentarife für die Lücken verantwortlich.", False, [], None),
    (
        "de",
        "Rund ein Drittel der Kassenärztinnen und Kassenärzte ist älter als 60 Jahre.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 60, "year", "over")],
        None,
    ),
    # --- Quebec emergency rooms (CP), November 1 ---
    (
        "en",
        "MONTREAL (CP) — Patients on stretchers in Quebec emergency rooms waited an average of 17.4 hours in October, up from 16.1 hours a year earlier.",
        True,
        [("duration", 17.4, "hour", None), ("duration", 16.1, "hour", None)],
        None,
    ),
    (
        "en",
        "Forty-one of the province's 118 emergency departments ran above 100% occupancy, according to figures published by the Health Ministry.",
        True,
        [("count", 41, None, None), ("count", 118, None, None), ("percent", 100, "%", "over")],
        None,
    ),
    (
        "en",
        "Santé Québec said it had postponed about 3,900 surgeries since September because of staff shortages in operating rooms.",
        True,
        [("count", 3900, None, "about")],
        None,
    ),
    (
        "en",
        "Quebec needs roughly 4,600 more nurses to staff its existing beds, Health Minister Gabriel Bérubé-Nwankwo told the national assembly.",
        True,
        [("count", 4600, None, "about")],
        "Gabriel Bérubé-Nwankwo",
    ),
    (
        "en",
        '"Our emergency rooms have become the waiting room for the rest of the system," Bérubé-Nwankwo said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The nurses' union FIQ said mandatory overtime had been imposed more than 2,100 times in the Montreal area alone in September.",
        True,
        [("count", 2100, None, "over")],
        None,
    ),
    ("en", 'The union called mandatory overtime "a trap that drives nurses out of the profession".', False, [], None),
    (
        "en",
        "About one in six Quebecers has no family doctor, the Canadian Institute for Health Information estimated in a report this year.",
        True,
        [("fraction", 0.1667, None, "about")],
        None,
    ),
    # --- Arzneimittelausgaben der Kassen (dpa), Dienstag, 2. November ---
    (
        "de",
        "Berlin (dpa) - Für Medikamente haben die gesetzlichen Kassen in den ersten drei Quartalen 44,1 Milliarden Euro ausgegeben, 6,8 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("money", 44100000000, "EUR", None), ("percent", 6.8, "%", None)],
        None,
    ),
    (
        "de",
        "Auf patentgeschützte Medikamente entfiel gut die Hälfte der Kosten, obwohl sie nur rund 7 Prozent der Verordnungen ausmachen.",
        True,
        [("fraction", 0.5, None, "over"), ("percent", 7, "%", "about")],
        None,
    ),
    (
        "de",
        "Das teilte der GKV-Spitzenverband am Dienstag in Berlin mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für neue Medikamente verlangten die Hersteller vor der Preisverhandlung im Schnitt 58.700 Euro je Packung.",
        True,
        [("money", 58700, "EUR", None)],
        None,
    ),
    (
        "de",
        "GKV-Vorstand Tobias Wendrich-Amoah sagte, allein zwölf Krebsmedikamente verursachten zusammen Kosten von rund 3,9 Milliarden Euro im Jahr.",
        True,
        [("count", 12, None, None), ("money", 3900000000, "EUR", "about")],
        "Tobias Wendrich-Amoah",
    ),
    (
        "de",
        "„Die Industrie bestimmt die Preise, und die Beitragszahler tragen die Rechnung“, sagte Wendrich-Amoah.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband Forschender Arzneimittelhersteller (vfa) verwies darauf, dass Arzneimittel nur etwa 16 Prozent der Kassenausgaben ausmachten.",
        True,
        [("percent", 16, "%", "about")],
        None,
    ),
    ("de", "Der Pharmaverband nannte die Darstellung der Kassen „irreführend und einseitig“.", False, [], None),
    # --- Insulin price cut (Reuters), November 2 ---
    (
        "en",
        "WASHINGTON, Nov 2 (Reuters) - Drugmaker Lisbury Pharmaceuticals will lower what it charges for its long-acting insulin in the United States by 65% from January, the company said on Tuesday.",
        True,
        [("date", "--11-02", None, None), ("percent", 65, "%", None)],
        "the company",
    ),
    (
        "en",
        "The list price for a pack of five pens will fall to $98 from $280, bringing it closer to what insurers pay after rebates.",
        True,
        [("count", 5, None, None), ("money", 98, "USD", None), ("money", 280, "USD", None)],
        None,
    ),
    (
        "en",
        "About 7.9 million Americans use insulin, and roughly one in five of them have rationed doses because of cost, a 2026 survey by a patient advocacy group found.",
        True,
        [("count", 7900000, None, "about"), ("fraction", 0.2, None, "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Medicare already caps insulin costs at $35 a month for people in its drug plans.",
        True,
        [("money", 35, "USD", None)],
        None,
    ),
    (
        "en",
        "Sen. Harriet Lindgren-Ashby, D-Minn., said the cut showed public pressure worked, and called for the $35 cap to be extended to every insured patient.",
        True,
        [("money", 35, "USD", None)],
        "Harriet Lindgren-Ashby",
    ),
    ("en", 'Patient groups called the move "long overdue and still not enough".', False, [], None),
    (
        "en",
        "Shares of Lisbury fell 2.3% in afternoon trading in New York.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Lisbury estimated the cut would reduce its annual revenue by about $140 million.",
        True,
        [("money", 140000000, "USD", "about")],
        None,
    ),
    # --- BAG senkt Medikamentenpreise (Keystone-SDA), Mittwoch, 3. November ---
    (
        "de",
        "Bern (Keystone-SDA) - 318 Medikamente werden in der Schweiz per 1. Dezember im Schnitt um 11 Prozent billiger.",
        True,
        [("count", 318, None, None), ("date", "--12-01", None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "de",
        "Die Grundversicherung werde dadurch jährlich um rund 95 Millionen Franken entlastet, teilte das Bundesamt für Gesundheit (BAG) am Mittwoch mit.",
        True,
        [("money", 95000000, "CHF", "about")],
        "das Bundesamt für Gesundheit",
    ),
    (
        "de",
        "Überprüft wurde rund ein Drittel der kassenpflichtigen Arzneimittel, wie es das Gesetz alle drei Jahre vorsieht.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Generika kosten in der Schweiz nach wie vor fast doppelt so viel wie im Durchschnitt der neun Vergleichsländer.",
        True,
        [("count", 2, None, "nearly"), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Santésuisse-Ökonom Reto Brüngger-Salis sagte, mit einem konsequenten Auslandpreisvergleich liessen sich jährlich bis zu 400 Millionen Franken sparen.",
        True,
        [("money", 400000000, "CHF", "up_to")],
        "Reto Brüngger-Salis",
    ),
    ("de", "Der Pharmaverband Interpharma warnte vor neuen Lieferengpässen, ohne diese zu beziffern.", False, [], None),
    (
        "de",
        "Beim Bundesamt für wirtschaftliche Landesversorgung waren Anfang November 214 Meldungen zu Lieferengpässen bei Medikamenten registriert.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "de",
        "Die mittlere Prämie in der Grundversicherung steigt 2028 nach früheren Angaben des BAG um 4,4 Prozent.",
        True,
        [("year", 2028, None, None), ("percent", 4.4, "%", None)],
        None,
    ),
    # --- NHS workforce (PA), November 3 ---
    (
        "en",
        "LONDON (PA) - The NHS in England had 98,600 vacant posts at the end of September, including 27,400 in nursing, official figures show.",
        True,
        [("count", 98600, None, None), ("count", 27400, None, None)],
        None,
    ),
    (
        "en",
        "That gives a nursing vacancy rate of 7.1 per cent, down from 8.4 per cent a year earlier.",
        True,
        [("percent", 7.1, "%", None), ("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        "Almost one in three nurses who joined the NHS from abroad in 2022 had left within four years, a separate analysis by the Nuffield Trust found.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("year", 2022, None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "NHS Employers chief executive Priya Anstruther-Kofi said trusts had cut agency spending by 1.1 billion pounds in two years, but some were now freezing posts to balance their books.",
        True,
        [("money", 1100000000, "GBP", None), ("duration", 2, "year", None)],
        "Priya Anstruther-Kofi",
    ),
    ("en", '"Freezing posts today means longer queues tomorrow," Anstruther-Kofi said.', False, [], None),
    (
        "en",
        "A Royal College of Nursing survey found 38% of newly qualified nurses in England had not found a post three months after registering.",
        True,
        [("percent", 38, "%", None), ("duration", 3, "month", None)],
        None,
    ),
    (
        "en",
        'The health secretary said graduates were "the future of our health service" and would not be left behind.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nursing staff in NHS hospitals and community services grew 3.1% over the year to September to 369,200 full-time equivalents.",
        True,
        [("percent", 3.1, "%", None), ("count", 369200, None, None)],
        None,
    ),
    # --- Notaufnahmen in Baden-Württemberg (dpa/lsw), Donnerstag, 4. November ---
    (
        "de",
        "Stuttgart (dpa/lsw) - In den Notaufnahmen in Baden-Württemberg müssen Patientinnen und Patienten immer länger auf eine stationäre Aufnahme warten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Mittel vergingen im dritten Quartal 4 Stunden und 18 Minuten zwischen Ankunft und Verlegung auf eine Station, eine halbe Stunde mehr als im Vorjahreszeitraum.",
        True,
        [("ordinal", 3, None, None), ("duration", 4, "hour", None), ("duration", 18, "minute", None), ("duration", 0.5, "hour", None)],
        None,
    ),
    (
        "de",
        "Das geht aus Daten der Baden-Württembergischen Krankenhausgesellschaft (BWKG) hervor, die 54 Kliniken ausgewertet hat.",
        True,
        [("count", 54, None, None)],
        None,
    ),
    (
        "de",
        "Die Intensivstationen waren an Werktagen zu durchschnittlich 91 Prozent belegt.",
        True,
        [("percent", 91, "%", None)],
        None,
    ),
    (
        "de",
        "BWKG-Vorstandsvorsitzende Sabine Kerschbaumer-Eto sagte, landesweit seien derzeit rund 1.350 Betten wegen fehlenden Personals gesperrt.",
        True,
        [("count", 1350, None, "about")],
        "Sabine Kerschbaumer-Eto",
    ),
    (
        "de",
        "„Die Notaufnahme ist zum Auffangbecken für alles geworden, was anderswo nicht funktioniert“, sagte Kerschbaumer-Eto.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Landesweit wurden im vergangenen Jahr knapp 2,1 Millionen Fälle in Notaufnahmen behandelt, ein gutes Drittel davon wäre aus Sicht der Krankenhäuser ebenso gut in einer Arztpraxis aufgehoben gewesen.",
        True,
        [("count", 2100000, None, "nearly"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    ("de", "Die Kassenärztliche Vereinigung hält diese Einschätzung für „deutlich überzeichnet“.", False, [], None),
    # --- Rural maternity closure (AP), November 4 ---
    (
        "en",
        "HOLLISTER FLATS, Neb. (AP) — Platte Bend Community Hospital will stop delivering babies at the end of January, leaving expectant mothers across a four-county area with a drive of up to 70 miles to give birth.",
        True,
        [("count", 4, None, None), ("count", 70, None, "up_to")],
        None,
    ),
    (
        "en",
        "The 22-bed hospital delivered 96 babies last year, down from 141 in 2019.",
        True,
        [("count", 22, None, None), ("count", 96, None, None), ("count", 141, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Dana Whitlock-Ibe said the unit lost about $1.2 million last year and the hospital had been unable to fill two of its four obstetric nursing positions.",
        True,
        [("money", 1200000, "USD", "about"), ("count", 2, None, None), ("count", 4, None, None)],
        "Dana Whitlock-Ibe",
    ),
    ("en", '"Nobody in this building wanted this," Whitlock-Ibe said.', False, [], None),
    (
        "en",
        "More than 100 rural hospitals have closed labor and delivery units since 2020, according to an analysis by a health policy research center.",
        True,
        [("count", 100, None, "over"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "The nearest hospital that still delivers babies, in Kearney, is 64 miles away.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    (
        "en",
        "The hospital will keep its 24-hour emergency room open and continue prenatal checkups, its owner said.",
        True,
        [("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "The Nebraska Hospital Association blamed the closures on thin Medicaid rates and a dwindling rural workforce.",
        False,
        [],
        None,
    ),
    # --- Geburtenstation schließt (APA), Freitag, 5. November ---
    (
        "de",
        "Klagenfurt (APA) - Die Geburtenstation im Landeskrankenhaus Gailtal-Süd wird mit 1. Jänner geschlossen, Schwangere aus der Region müssen künftig nach Villach ausweichen.",
        True,
        [("date", "--01-01", None, None)],
        None,
    ),
    (
        "de",
        "Heuer kamen dort bis Ende Oktober nur 143 Kinder zur Welt, als Richtwert für einen sicheren Betrieb gelten mindestens 365 Geburten im Jahr.",
        True,
        [("count", 143, None, None), ("count", 365, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Fahrzeit nach Villach beträgt für manche Gemeinden im oberen Gailtal mehr als 70 Minuten.",
        True,
        [("duration", 70, "minute", "over")],
        None,
    ),
    (
        "de",
        "KABEG-Vorständin Ingrid Moritsch-Lanner sagte, von den sechs Planstellen für Gynäkologie seien seit dem Sommer nur noch zwei besetzt.",
        True,
        [("count", 6, None, None), ("count", 2, None, None)],
        "Ingrid Moritsch-Lanner",
    ),
    (
        "de",
        "„Eine Geburtshilfe ohne Fachärzte ist ein Risiko, das wir nicht eingehen“, sagte Moritsch-Lanner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Binnen drei Wochen unterschrieben rund 8.700 Menschen eine Petition gegen die Schließung.",
        True,
        [("duration", 3, "week", None), ("count", 8700, None, "about")],
        None,
    ),
    ("de", "Die Bürgermeister der Region sprachen von einem „Verrat an den Familien im Tal“.", False, [], None),
    (
        "de",
        "Die Station beschäftigt derzeit elf Hebammen, denen das Land Stellen in Villach und Spittal angeboten hat.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    # --- Measles in Europe (Reuters), November 5 ---
    (
        "en",
        "GENEVA, Nov 5 (Reuters) - Measles cases in Europe rose for a third straight year in 2026 to 94,600, the World Health Organization said on Friday.",
        True,
        [("date", "--11-05", None, None), ("ordinal", 3, None, None), ("year", 2026, None, None), ("count", 94600, None, None)],
        "the World Health Organization",
    ),
    (
        "en",
        "Across the region, 91% of children got their first measles jab, but only 87% received the second dose.",
        True,
        [("percent", 91, "%", None), ("ordinal", 1, None, None), ("percent", 87, "%", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Health officials say coverage of 95% with both doses is needed to stop the virus from spreading.",
        True,
        [("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "More than half of all infections were recorded in just two countries, Romania and Kazakhstan, the agency said.",
        True,
        [("fraction", 0.5, None, "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"Measles is always the disease that finds the gaps in an immunisation programme," said Dr. Kjersti Solbakken-Mwangi, a WHO Europe immunisation officer.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Solbakken-Mwangi said 18 deaths had been reported, 11 of them in children under five.",
        True,
        [("count", 18, None, None), ("count", 11, None, None), ("duration", 5, "year", "under")],
        "Solbakken-Mwangi",
    ),
    (
        "en",
        "Some public health experts said misinformation spread online was now a bigger obstacle than access to clinics.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Globally, about 13.6 million infants missed out on every routine vaccination in 2026, the WHO and UNICEF estimated in July.",
        True,
        [("count", 13600000, None, "about"), ("year", 2026, None, None)],
        None,
    ),
    # --- Krankenhaus-Barometer Pflege (dpa), Montag, 8. November ---
    (
        "de",
        "Berlin (dpa) - Intensivpflegekräfte sind für deutsche Kliniken kaum noch zu finden: Gut drei Viertel der Häuser melden Schwierigkeiten, freie Stellen zu besetzen.",
        True,
        [("fraction", 0.75, None, "over")],
        None,
    ),
    (
        "de",
        "Bundesweit sind derzeit rund 19.500 Vollzeitstellen in der Pflege unbesetzt, heißt es im Krankenhaus-Barometer des Deutschen Krankenhausinstituts (DKI).",
        True,
        [("count", 19500, None, "about")],
        None,
    ),
    (
        "de",
        "Für die Erhebung wurden im Frühjahr 311 Allgemeinkrankenhäuser mit mindestens 100 Betten befragt.",
        True,
        [("count", 311, None, None), ("count", 100, None, "at_least")],
        None,
    ),
    (
        "de",
        "DKI-Geschäftsführer Dr. Konrad Hollweck-Asare sagte, im Schnitt dauere es inzwischen 167 Tage, bis eine Stelle in der Intensivpflege wieder besetzt sei.",
        True,
        [("duration", 167, "day", None)],
        "Konrad Hollweck-Asare",
    ),
    ("de", "„Ohne Pflege kein Krankenhaus, so einfach ist das“, sagte Hollweck-Asare.", False, [], None),
    (
        "de",
        "Knapp 38 Prozent der Häuser mussten im ersten Halbjahr zeitweise Intensivbetten sperren.",
        True,
        [("percent", 38, "%", "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl ausländischer Pflegefachkräfte in deutschen Kliniken hat sich seit 2018 auf gut 76.000 mehr als verdoppelt, wie das Statistische Bundesamt am Montag mitteilte.",
        True,
        [("year", 2018, None, None), ("count", 76000, None, "over")],
        "das Statistische Bundesamt",
    ),
    ("de", "Verdi sprach von einem „hausgemachten Mangel“.", False, [], None),
    # --- Waiting lists in Northern Ireland (PA), November 8 ---
    (
        "en",
        "BELFAST (PA) - More than 447,000 people in Northern Ireland are waiting for a first consultant-led outpatient appointment, new figures show.",
        True,
        [("count", 447000, None, "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Of those, 61.3 per cent have been waiting longer than a year, against 59.8 per cent in September 2026.",
        True,
        [("percent", 61.3, "%", None), ("percent", 59.8, "%", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The Department of Health's standard is that no patient should wait longer than 52 weeks.",
        True,
        [("duration", 52, "week", "over")],
        None,
    ),
    (
        "en",
        "Health Minister Eamon McGreevy-Tan told the Assembly that an extra 34 million pounds would fund around 12,000 additional assessments and operations by March.",
        True,
        [("money", 34000000, "GBP", None), ("count", 12000, None, "about")],
        "Eamon McGreevy-Tan",
    ),
    ("en", '"I will not pretend that this money fixes a broken system," McGreevy-Tan said.', False, [], None),
    (
        "en",
        "The longest waits are in neurology, where patients at the Belfast Trust wait a median of 223 weeks for a first appointment.",
        True,
        [("duration", 223, "week", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        'The British Medical Association called the figures "a national disgrace that no longer shocks anyone".',
        False,
        [],
        None,
    ),
    (
        "en",
        "About one in four people on the list are waiting for trauma and orthopaedic care.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    # --- Spital stellt Betrieb ein (Keystone-SDA), Dienstag, 9. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Spital Wildenegg im Berner Oberland stellt per Ende März den stationären Betrieb ein und wird zu einem ambulanten Gesundheitszentrum mit Notfallpraxis umgebaut.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen sind 64 der 210 Stellen, wie die Trägerschaft am Dienstag mitteilte.",
        True,
        [("count", 64, None, None), ("count", 210, None, None)],
        None,
    ),
    (
        "de",
        "Die Auslastung der 48 Akutbetten lag im vergangenen Jahr bei nur noch 58 Prozent, das Defizit bei 7,6 Millionen Franken.",
        True,
        [("count", 48, None, None), ("percent", 58, "%", None), ("money", 7600000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der kantonale Gesundheitsdirektor sagte, die Versorgung bleibe gesichert, das nächste Akutspital in Interlaken sei in 25 Minuten erreichbar.",
        True,
        [("duration", 25, "minute", None)],
        None,
    ),
    ("de", "«Man nimmt uns das Herz der Region weg», sagte Gemeindepräsidentin Ursula Zbinden-Käser.", False, [], None),
    (
        "de",
        "Schweizweit haben seit 2019 nach einer Zählung des Spitalverbands H+ elf Spitäler den stationären Betrieb aufgegeben oder dies angekündigt.",
        True,
        [("year", 2019, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "H+-Direktorin Simone Aebersold-Quaye sagte, fast die Hälfte der Spitäler habe 2026 einen Verlust geschrieben.",
        True,
        [("fraction", 0.5, None, "nearly"), ("year", 2026, None, None)],
        "Simone Aebersold-Quaye",
    ),
    ("de", "Die SP hält die Schliessung für einen «Abbau durch die Hintertür».", False, [], None),
    # --- ACA premiums (Reuters), November 9 ---
    (
        "en",
        "NEW YORK, Nov 9 (Reuters) - Premiums for the benchmark plan on the Affordable Care Act's marketplaces will rise an average of 14% for 2028, the Centers for Medicare & Medicaid Services (CMS) said late on Tuesday.",
        True,
        [("date", "--11-09", None, None), ("percent", 14, "%", None), ("year", 2028, None, None)],
        "the Centers for Medicare & Medicaid Services",
    ),
    (
        "en",
        "The benchmark is the second-lowest-cost silver plan, which sets the size of federal subsidies.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "A 40-year-old buying the benchmark plan will pay an average of $612 a month before subsidies, up from $537.",
        True,
        [("duration", 40, "year", None), ("money", 612, "USD", None), ("money", 537, "USD", None)],
        None,
    ),
    (
        "en",
        "About 21.4 million people signed up for marketplace coverage for 2027, down from 23.6 million a year earlier.",
        True,
        [("count", 21400000, None, "about"), ("year", 2027, None, None), ("count", 23600000, None, None)],
        None,
    ),
    (
        "en",
        "Insurers cited rising hospital prices and the cost of weight-loss drugs, which some said added as much as 3 percentage points to their requests.",
        True,
        [("percent", 3, "pp", "up_to")],
        None,
    ),
    ("en", 'Consumer advocates called the increases "a slow-motion eviction from health coverage".', False, [], None),
    (
        "en",
        "Enrollment for 2028 opened on Nov. 1 and runs until Jan. 15 in most states.",
        True,
        [("year", 2028, None, None), ("date", "--11-01", None, None), ("date", "--01-15", None, None)],
        None,
    ),
    (
        "en",
        "Some economists said the rises would push younger and healthier people out of the market.",
        False,
        [],
        None,
    ),
    # --- RSV-Welle in Kinderkliniken (dpa/lni), Mittwoch, 10. November ---
    (
        "de",
        "Hannover (dpa/lni) - Die Kinderkliniken in Niedersachsen sind wegen einer frühen RSV-Welle stark ausgelastet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Von den landesweit 1.180 Betten auf Kinderstationen waren am Dienstag nur noch 37 frei, meldete das Gesundheitsministerium in Hannover.",
        True,
        [("count", 1180, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "In der vergangenen Woche wurden 412 Kinder mit einer RSV-Infektion stationär aufgenommen, fast dreimal so viele wie eine Woche zuvor.",
        True,
        [("count", 412, None, None), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte von ihnen war jünger als sechs Monate.",
        True,
        [("fraction", 0.5, None, "over"), ("duration", 6, "month", "under")],
        None,
    ),
    (
        "de",
        "Chefärztin Dr. Anke Rosenbusch-Appiah vom Kinderkrankenhaus auf der Bult sagte, Kinder müssten teils bis zu 90 Kilometer weit in andere Kliniken verlegt werden.",
        True,
        [("count", 90, None, "up_to")],
        "Anke Rosenbusch-Appiah",
    ),
    ("de", "„Wir arbeiten seit Tagen im Ausnahmezustand“, sagte Rosenbusch-Appiah.", False, [], None),
    (
        "de",
        "Seit 2024 rät die Ständige Impfkommission, alle Säuglinge in ihrer ersten RSV-Saison durch eine Antikörper-Gabe zu schützen.",
        True,
        [("year", 2024, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Landesregierung appellierte an Eltern, mit leichten Infekten nicht die Notaufnahme, sondern die Kinderarztpraxis aufzusuchen.",
        False,
        [],
        None,
    ),
    # --- Flu shots in the U.S. (AP), November 10 ---
    (
        "en",
        "ATLANTA (AP) — Only about 31% of U.S. adults had gotten a flu shot by the end of October, slightly behind last year's pace, the latest federal tracking data showed.",
        True,
        [("percent", 31, "%", "about")],
        None,
    ),
    (
        "en",
        "Among adults 65 and older, coverage stood at 52.6%, down from 55.1% at the same point a year ago.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 52.6, "%", None), ("percent", 55.1, "%", None)],
        None,
    ),
    (
        "en",
        "Only 38% of children had been vaccinated, the agency's weekly tracker showed.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "Pharmacies have administered about 41 million doses since August, CDC data show.",
        True,
        [("count", 41000000, None, "about")],
        None,
    ),
    (
        "en",
        "CDC immunization official Dr. Marisol Vandenberg-Ayo said hospitalizations for flu had doubled over the past two weeks but remained well below last season's peak.",
        True,
        [("duration", 2, "week", None)],
        "Marisol Vandenberg-Ayo",
    ),
    (
        "en",
        "Vandenberg-Ayo urged anyone who had not yet been vaccinated to get the shot before Thanksgiving.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Coverage among health care workers in hospitals fell to 71%, from 78% in the 2023-24 season.",
        True,
        [("percent", 71, "%", None), ("percent", 78, "%", None), ("year", 2023, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Last season, flu caused an estimated 33,000 deaths and 540,000 hospitalizations in the U.S., according to CDC estimates.",
        True,
        [("count", 33000, None, "about"), ("count", 540000, None, None)],
        None,
    ),
    # --- Gesperrte Spitalsbetten in Wien (APA), Donnerstag, 11. November ---
    (
        "de",
        "Wien (APA) - Wegen fehlenden Personals können in den städtischen Spitälern Wiens derzeit 642 Betten nicht belegt werden, gut ein Zehntel aller Betten, hieß es am Donnerstag aus dem Gesundheitsverbund.",
        True,
        [("count", 642, None, None), ("fraction", 0.1, None, "over")],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen ist die Klinik Floridsdorf, wo in der Inneren Medizin jedes vierte Bett leer bleiben muss.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Dem Verbund fehlen rund 780 diplomierte Pflegekräfte, heuer wurden aber bereits 1.040 neu eingestellt.",
        True,
        [("count", 780, None, "about"), ("count", 1040, None, None)],
        None,
    ),
    (
        "de",
        "Gewerkschafterin Edith Hohenwarter-Baah sagte, in manchen Nachtdiensten betreue eine Pflegekraft bis zu 30 Patientinnen und Patienten.",
        True,
        [("count", 30, None, "up_to")],
        "Edith Hohenwarter-Baah",
    ),
    ("de", "„Das ist keine Pflege mehr, das ist Verwahrung“, sagte Hohenwarter-Baah.", False, [], None),
    (
        "de",
        "Auf eine Hüftoperation wartet man in Wien derzeit im Schnitt 21 Wochen, in der Klinik Hietzing sogar 32 Wochen.",
        True,
        [("duration", 21, "week", None), ("duration", 32, "week", None)],
        None,
    ),
    (
        "de",
        "Der Gesundheitsstadtrat kündigte an, bis Ende 2028 rund 600 zusätzliche Ausbildungsplätze in der Pflege zu schaffen.",
        True,
        [("year", 2028, None, None), ("count", 600, None, "about")],
        None,
    ),
    ("de", "Die Wiener ÖVP nannte die Zustände „eines reichen Landes unwürdig“.", False, [], None),
    # --- NHS England performance (PA), November 11 ---
    (
        "en",
        "LONDON (PA) - England's elective backlog shrank by 38,000 in September to 7.16 million, its lowest since April 2023.",
        True,
        [("count", 38000, None, None), ("count", 7160000, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Only 61.2 per cent of those on it had been waiting under 18 weeks, far below the 92 per cent standard.",
        True,
        [("percent", 61.2, "%", None), ("duration", 18, "week", "under"), ("percent", 92, "%", None)],
        None,
    ),
    (
        "en",
        "Waits of more than a year affected some 148,300 patients, 2,870 of them waiting longer than 78 weeks.",
        True,
        [("count", 148300, None, "about"), ("count", 2870, None, None), ("duration", 78, "week", "over")],
        None,
    ),
    (
        "en",
        "In October, A&E departments admitted, transferred or discharged 74.9 per cent of arrivals inside four hours, while the interim goal is 78 per cent.",
        True,
        [("percent", 74.9, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)],
        None,
    ),
    (
        "en",
        "The average ambulance response to heart attacks and strokes was 36 minutes and 12 seconds, about double the 18-minute target.",
        True,
        [("duration", 36, "minute", None), ("duration", 12, "second", None), ("count", 2, None, "about"), ("duration", 18, "minute", None)],
        None,
    ),
    (
        "en",
        "NHS England said 12,410 people had to wait longer than 12 hours in A&E between the decision to admit them and getting a bed.",
        True,
        [("count", 12410, None, None), ("duration", 12, "hour", "over")],
        None,
    ),
    ("en", 'The health secretary said the falling list was "proof that the plan is working".', False, [], None),
    (
        "en",
        "The Liberal Democrats accused the government of celebrating small gains while corridor care spread.",
        False,
        [],
        None,
    ),
    # --- Krankenhausreform im Bundesrat (dpa), Freitag, 12. November ---
    (
        "de",
        "Berlin (dpa) - Der Bundesrat hat am Freitag Änderungen an der Krankenhausreform gebilligt, mit denen die Länder mehr Zeit für die Zuweisung der Leistungsgruppen erhalten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Frist wird um zwei Jahre bis Ende 2029 verlängert.",
        True,
        [("duration", 2, "year", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Für den Umbau der Kliniklandschaft stehen aus dem Transformationsfonds bis 2036 insgesamt bis zu 44 Milliarden Euro bereit, die Hälfte davon tragen die Länder.",
        True,
        [("year", 2036, None, None), ("money", 44000000000, "EUR", "up_to"), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Deutschen Krankenhausgesellschaft könnten bis 2030 zwischen 250 und 300 der derzeit rund 1.690 Krankenhäuser schließen oder fusionieren.",
        True,
        [("year", 2030, None, None), ("count", 250, None, None), ("count", 300, None, None), ("count", 1690, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gesundheitsministerin sagte, ländliche Häuser erhielten künftig Zuschläge von jährlich 530 Millionen Euro.",
        True,
        [("money", 530000000, "EUR", None)],
        None,
    ),
    ("de", "„Qualität darf keine Frage der Postleitzahl sein“, sagte die Gesundheitsministerin.", False, [], None),
    (
        "de",
        "Landkreistags-Vize Hartmut Bergfeld-Odoi sagte, mehr als 60 Prozent der kommunalen Kliniken schrieben rote Zahlen.",
        True,
        [("percent", 60, "%", "over")],
        "Hartmut Bergfeld-Odoi",
    ),
    ("de", "Die Linke sprach von einem „Kliniksterben mit Ansage“.", False, [], None),
    # --- Irish outpatient waiting list (Reuters), November 12 ---
    (
        "en",
        "DUBLIN, Nov 12 (Reuters) - The number of people waiting for a first hospital outpatient appointment in Ireland fell to 561,400 in October, the National Treatment Purchase Fund said on Friday.",
        True,
        [("date", "--11-12", None, None), ("ordinal", 1, None, None), ("count", 561400, None, None)],
        "the National Treatment Purchase Fund",
    ),
    (
        "en",
        "Including those waiting for inpatient and day case procedures and scans, the total stood at about 768,000.",
        True,
        [("count", 768000, None, "about")],
        None,
    ),
    (
        "en",
        "Roughly 38 per cent of outpatients have been waiting more than a year, while the share waiting more than 18 months fell to 14.6 per cent.",
        True,
        [("percent", 38, "%", "about"), ("duration", 18, "month", "over"), ("percent", 14.6, "%", None)],
        None,
    ),
    (
        "en",
        "Health Minister Niamh Gallagher-Obeng said the government had set aside 420 million euros this year to buy treatment from private hospitals and cut waits.",
        True,
        [("money", 420000000, "EUR", None)],
        "Niamh Gallagher-Obeng",
    ),
    ("en", '"We are turning a very big ship, but it is turning," Gallagher-Obeng said.', False, [], None),
    (
        "en",
        "Under the Sláintecare reforms, no patient should wait longer than 10 weeks for an outpatient appointment.",
        True,
        [("duration", 10, "week", "over")],
        None,
    ),
    ("en", 'Sinn Féin said the fall was "a drop in the ocean".', False, [], None),
    (
        "en",
        "Dermatology had the longest outpatient list, with 58,900 people waiting.",
        True,
        [("count", 58900, None, None)],
        None,
    ),
]
