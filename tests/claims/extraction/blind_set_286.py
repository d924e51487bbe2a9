"""Two-hundred-and-eighty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Gudrun Lohmeier-Brandt, Hertha Zwettler-Moosbrugger, Seraina Caduff-Lütolf, Albrecht
Demmerle, Ilse Trockenbrodt, Reinulf Haberkamp, Gernot Wimmersberger, Martina
Hofstetter-Gruber, Karoline Espenschied, Flurina Casutt-Bärtsch, Veronika Staudigl, Brigitte
Aschauer-Pleil, Hinrich Wollenhaupt, Gian-Reto Tscharner, Eckart Lindenschmitt, Florian
Kirchsteiger-Lahm, Ulrike Fasching-Oberwalder, Anne-Catherine Brügger, Ansgar Dellbrügge,
Bertram Kölblinger; Adaeze Okonkwo-Hart, Rowan Pettifer, Marta Ilievska-Rook, Haywood Ridge
Medical Center, Darnell Whitacre, Rhiannon Calloway-Birch, Cliona Redmond-Farrelly, Imogen
Fairbrother, Delphine Marchal-Oudin, Tamsin Halvorsen-Reid, Marisol Vashchenko, Elin
Prydderch-Howells, Kenjiro Maeshima, Declan Forsythe-Merrick; every unnamed spokesperson,
consultancy, accounting firm, nurse and relative); ministers, commissioners and association
chiefs of real governments and bodies appear under made-up names that stand for no real
holder, or by their role only ("Ein Sprecher der Kasse", "a doctors' union"). Real states,
bodies, places and things (GKV-Spitzenverband, VdK, Bundesamt für Soziale Sicherung, ÖGK,
Patientenanwaltschaft, Obsan, Pflegeinitiative, VPOD, Bundesrat, Waldbröl, Gummersbach,
Siegburg, Krankenhausgesellschaft NRW, BfArM, Lieferengpass-Gesetz, Ärztekammer für
Niederösterreich, vdek, Deutsche Stiftung Patientenschutz, Spitalverband H+,
Universitätsspital Zürich, Gesundheitskommission des Nationalrats, Konsumentenschutz, KVB,
Oberster Rechnungshof, Hausärzteverband, Ministerrat, Gewerkschaft vida, DKG,
Krankenhausreform, Ilanz, Kantonsspital Graubünden, KBV, 116117, BASG, BAG, Tessin,
Appenzell Innerrhoden, Marburger Bund, Tarifgemeinschaft deutscher Länder, Klinikum
Stuttgart, Landesärztekammer; A&E, NHS England, the European Medicines Agency, the Critical
Medicines Act, the Joint Research Centre, Medicines for Europe, Medicaid, Medicare, the
University of North Carolina, the Victorian Ambulance Union, the Irish Nurses and Midwives
Organisation, University Hospital Limerick, the Health Service Executive, Skills for Care,
the Home Office, Care England, Samu-Urgences de France, the New Zealand Nurses Organisation,
Health New Zealand, Wellington Hospital, the Massachusetts Legislature, NHS Wales, the
Senedd, the Aged Care Quality and Safety Commission, the Aged Care Act, and the datelines'
cities) stand for the way wire copy names them; every wait, rate, premium, vacancy, bed
count, deficit, closure, strike figure and quote here is invented, and where a real figure
came to mind (a real contribution rate, a real premium, a real bed ratio, a real closure
tally) it was changed.

Its weight: HEALTH SYSTEMS - hospital waiting lists, nurse and doctor shortages, clinic
closures, insurance contributions, emergency-room waits, drug shortages, care homes (the
forty-ninth batch weighed health systems, waiting times and social services, the
hundred-twenty-third hospitals, waiting lists, doctors and health insurance, the
hundred-eighty-third the health system and pharma business, the two-hundred-and-seventh
hospitals and health insurance, the two-hundred-and-twenty-fifth and
two-hundred-and-seventy-third public health, and their decisions are kept) over one year in
story order (January to December), 29 short stories with the German and English ones
interleaved by month, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). About 60 percent German (dpa with its
regional slugs "dpa/lnw", "dpa/lby", "dpa/lsw", APA, Keystone-SDA; Austrian "Jänner", "mit
1. Juli", "Landesrätin", Swiss "schliesst", "innert", "hiess", "14'800", "Mrd. Fr.", «»
quotes, German „“ quotes): the Zusatzbeitrag at the turn of the year, MRI and CT waits at
the ÖGK, nursing vacancies in Switzerland, a maternity ward closing in Waldbröl, the
BfArM's shortage list, vacant contract posts in Lower Austria, care-home co-payments, Swiss
emergency departments, GP shortages in Bavaria, Austria's care package, hospital
insolvencies, a night closure of an emergency unit in Ilanz, specialist waits, Austria's
shortage register, Swiss premiums for 2028, a warning strike at university hospitals and
the flu wave in Baden-Württemberg's emergency departments. About 40 percent English (PA,
Reuters, AP, AAP, AFP): England's A&E waits, EU medicine shortages, a rural hospital closing
in Tennessee, ambulance ramping in Victoria, trolleys in Ireland, care-home closures in
England, summer closures of French emergency rooms, a nurses' strike in New Zealand,
emergency-room boarding in Massachusetts, waiting lists in Wales, care workers in Japan and
aged-care audits in Australia. Negatives as such copy has them: ministers', union leaders',
doctors' and advocates' rhetoric and creed in quotes, labels („nannte“, „bezeichnete ...
als“, "called"), verdicts with „hält ... für“, blame naming no act, a promise naming no
measure, an appeal, feelings, an evasion and an open question, each near a check-worthy
look-alike from the same speaker or story.

237 rows (142 German, 95 English), 61 negatives (35 German, 26 English), 176 check-worthy
rows of which 12 carry no figure (11 German, 1 English), 299 expected quantities (107
counts, 62 durations - 20 in years, 12 in months, 10 in hours, 7 in minutes, 7 in days, 5
in weeks, 1 in seconds -, 44 percentages - 43 in %, 1 in percentage points -, 26 amounts of
money - 13 EUR, 6 CHF, 2 each GBP and NZD, 1 each USD, JPY, AUD -, 26 years, 13 fractions,
11 dates, 10 ordinals; 1 of them in a negative, as the seventeenth batch labels a figure in
a negative), 37 checked speakers (22 German, 15 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, promise, appeal, feeling or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-twenty-third, hundred-eighty-third, two-hundred-and-seventh); a quoted or reported
  statement of fact, figure, plan or stated cause is check-worthy with its speaker, also in
  Konjunktiv I. Pairs from one speaker: Lohmeier-Brandt's 7.8 percent beside „Atempause“,
  Okonkwo-Hart's 290 beside "Corridor care has become the rule", Pettifer's 1,800 beds
  beside his "deeply frustrating", Zwettler-Moosbrugger's fifth beside „Wer privat zahlt“,
  Caduff-Lütolf's quarter beside „Fass ohne Boden“, Ilievska-Rook's six months beside
  "sleepwalked", Whitacre's 60% beside "We held on", Haberkamp's half beside
  „Verwaltungsbüro für den Mangel“, Wimmersberger's half beside „blutet aus“,
  Calloway-Birch's 250 beds beside her understood frustration, Espenschied's third beside
  „Pflege darf nicht arm machen“, Redmond-Farrelly's 1,100 beds beside "Every trolley is a
  person", Staudigl's 1,240 practices beside „kein Auslaufmodell“, Fairbrother's 4,200
  workers beside "not the poor relation", Aschauer-Pleil's 51,000 beside „die soziale
  Frage“, Wollenhaupt's 80 percent beside „Kliniksterben mit Ansage“, Marchal-Oudin's
  1,200 students beside "Nobody will be left without care", Tscharner's 1.4 patients beside
  his choice between bad offers, Halvorsen-Reid's NZ$3.4 billion beside "the cupboard is
  bare", Lindenschmitt's 578 million beside „Anspruchshaltung“, Vashchenko's 4,700 posts
  beside "a marathon at a sprint pace", Fasching-Oberwalder's 78,000 packs beside „am
  Limit“, Brügger's stated cost growth beside «nicht alleinlassen», Prydderch-Howells's
  two-year waits beside "the tide turn", Dellbrügge's 60 hours beside „für unsere
  Patienten“, Maeshima's 13,000 yen beside "the foundation of a society", Kölblinger's 27
  of 44 districts beside his appeal, Forsythe-Merrick's 215 homes beside "dignity, full
  stop".
- Check-worthy without a figure (12 rows; hundred-twenty-third, hundred-eighty-third,
  two-hundred-and-seventh): source lines („Das geht aus einer Auswertung der
  Patientenanwaltschaft hervor ...“, „Das teilte die Ärztekammer für Niederösterreich am
  Montag mit.“, „Das gab das Bundesamt für Gesundheit (BAG) am Dienstag bekannt.“), a
  stated cause („Grund sei vor allem der Mangel an Hebammen, sagte ...“), a government's
  plan („Der Bundesrat will bis im Herbst ...“), the drugs on the list („Betroffen sind u.a.
  ...“), a survey's finding („Am längsten sind die Wartezeiten in ...“), a minister's stated
  cost growth, emergency care kept up during a strike („Notfälle wurden nach Angaben der
  Kliniken weiterhin versorgt.“), a lead reporting a strain („... so stark belastet wie seit
  Jahren nicht.“), a service's hours („... unter der Nummer 116117 rund um die Uhr
  erreichbar.“) and a rule for patients ("call the 15 emergency number").
- Negatives (hundred-twenty-third, hundred-eighty-third, two-hundred-and-seventh): labels
  („nannte die Erhöhung „eine stille Lohnkürzung ...““, „bezeichnete die Prämie als ...“,
  „nannte die Förderung „viel zu zaghaft““, „kritisierte das Paket als ...“, „nannten den
  Streik „unverhältnismäßig““, "called the figures", "called the closures", "dismissed the
  improvement as"), verdicts („hält die Versorgungslage ... für“, „hält die Gebühr für“),
  blame naming no act („warf der Bundesregierung vor“, „warfen der Ärzteschaft vor“,
  "accused the government of"), a view of too many beds („Der GKV-Spitzenverband hielt
  dagegen ...“; hundred-eighty-third), a union's demand without a figure („Die Gewerkschaft
  VPOD forderte ...“; two-hundred-and-seventh), a promise ("Nobody will be left without
  care"), a warning naming no measure ("Hospital executives warned ..."), an appeal
  („Bitte gehen Sie nur in die Notaufnahme ...“), an evasion and an open question („ließ
  der Kreistag offen“, „wollte im Ministerium niemand vorhersagen“), feelings („zeigte sich
  ... «enttäuscht»“, „zeigte sich besorgt“, "felt abandoned", "exhausted and felt ignored",
  "described the closures as heartbreaking"), an agency's advice ("Patients should not
  stockpile medicines at home") and a nurse's vox pop with her age labelled („eine
  38-jährige Pflegerin“ 38 years; two-hundred-and-seventh).
- Health insurance and premiums (forty-ninth, hundred-eighty-third, two-hundred-and-seventh):
  rates as written („3,4 Prozent“, „14,6 Prozent“, „4,1 Prozent, ... 2,5 Prozent“, „um 4,9
  Prozent“, „mit 7,2 Prozent“, „bloss 1,9 Prozent“ - „bloss“ no hedge as „nur“ -, „um rund 31
  Prozent“ "about", „zwischen 15 und 75 Prozent“ both with no hedge), „um 0,5
  Prozentpunkte“ 0.5 pp; wages, premiums and co-payments per month are money, the period
  carrying none („4.000 Euro brutto im Monat“, „rund 10 Euro mehr“ "about" - "mehr" after the
  figure compares -, „durchschnittlich 3.210 Euro pro Monat“ with no hedge, „276 Euro mehr“,
  „höchstens 1.000 Euro im Monat“ "at_most", „408,30 Franken“, „111,40 Franken“, „289,70
  Franken“, "£1,390 a week ... from £1,160", "13,000 yen a month" JPY), „42,6 Mrd. Fr.“
  42.6e9 CHF (forty-ninth: „5,9 Mrd. Fr.“), „knapp eine Milliarde Franken“ 1e9 CHF
  "nearly" („insgesamt“ no hedge), "NZ$1.1 billion" and "NZ$3.4 billion" NZD, "A$380
  million" AUD, "$6.2 million" USD "about", "1.2 billion euros" EUR; „die Hälfte davon“
  0.5. New: „19- bis 25-Jährige“ gives both ages, 19 and 25 years - the elided first
  compound reads as „von 19 bis 25 Jahren“ (forty-ninth, two-hundred-and-seventh: ranges
  give both ends).
- Waits, spans and ages are durations (the issue: "zehn Minuten", "a two-week visit"; every
  batch): „im Schnitt 29 Tage, ... sogar 41 Tage“ and „im Schnitt 36 Tage, ... 19 Tage“ (the
  unit written twice; „im Schnitt“, „sogar“ no hedge), „knapp drei Wochen“ "nearly", „bis zu
  fünf Monaten“ "up_to", „unter zwei Wochen“ "under", „länger als drei Monate“ "over", „im
  Mittel drei Stunden und 20 Minuten“ two durations with no hedge, „gut neun Stunden pro
  Woche“ "over", „mehr als 60 Stunden pro Woche“ "over", „binnen zwei Monaten“, „innert 15
  Jahren“, „innert zwei Wochen“ ("binnen", "innert" no hedge), „über acht Jahre“ with no
  hedge ("über" before a span, two-hundred-and-seventh: „über zehn Jahre hinweg“), „für
  sechs Monate“, „von vier auf sechs Monate“ 4 and 6 months (the unit written once serving
  the earlier figure), „für die kommenden vier Jahre“, „bei einer Laufzeit von zwölf
  Monaten“, „über 27 Monate“, „für zunächst zwei Wochen“, „vor drei Monaten“, „Vor fünf
  Jahren“, „sieben Tage zuvor“ 7 days, „rund 35 Minuten mit dem Auto“ "about" (a travel time
  a duration, as "a drive of" is not: "a drive of up to 50 miles" count 50 "up_to"); "more
  than 12 hours" and "more than two years" and "older than two years" "over", "inside four
  hours", "within 15 minutes", "within 62 days" none of them hedged,
  "47 minutes and 12 seconds" two durations, "the 18-minute standard" 18 minutes,
  "a median of 14.5 hours" ("median" no hedge), "a combined 61,200 hours" ("a combined" no
  hedge; two-hundred-and-seventh: "a combined 41,000 hours"), "almost nine hours"
  "nearly", "at least six months in advance" and "for at least 90 days" "at_least", "a
  24-hour walkout" 24 hours, "over two years", "for three years", "over four
  years", "over the next seven years", "over the past five years", "two years ago", "for two
  weeks", "in the three months to March" and "to September" 3 months, "two-year waits" 2
  years, "212 minutes of care a day, above the mandated 200 minutes" both ("a day" none).
  Ages: „älter als 60 Jahre“ 60 years "over", „60 Jahre oder älter“ 60 years "at_least" (as
  „60 Tage oder länger“, two-hundred-and-seventh), „bei 55,3 Jahren“ 55.3 years (an average
  age), "an 83-year-old woman" 83 years, "aged 65 and older" 65 years "at_least" (as
  "people 65 and older", earlier batches), „ab dem 43. Lebensjahr“ ordinal 43 and no
  duration (a year of life named as an ordinal, as „im 19. Jahrhundert“). None: „im
  vergangenen Jahr“, „ein Jahr zuvor“, „binnen Jahresfrist“, „im Vorjahr“, „im gesamten
  Vorjahr“, „seit Jahresbeginn“, „seit Jahren“, „seit Tagen“, „in der vergangenen Woche“,
  „pro Monat“, „im Monat“, „pro Woche“, „pro Stunde“, „rund um die Uhr“, „über die
  Feiertage“, „in der Nacht zwischen 22 und 7 Uhr“ (clock times, two-hundred-and-seventh and
  earlier), „ganztägigen“, "last year", "a year earlier", "a year", "a week", "a month",
  "each day", "this summer", "last summer", "hours" without a figure, weekdays and months.
- Counts (every batch): posts, beds, sites, staff, patients, complaints and signatures with
  their hedges („rund 14'800“ with the Swiss apostrophe, „mehr als 6'000“, „mehr als
  12.000“ "over", „rund 60 mehr“ "about" - "mehr" after the figure compares -, „knapp 700“
  "nearly", „bis zu 35 Kilometer“ "up_to" (a distance a count), scale words multiplying:
  „rund 1,9 Millionen“, „knapp 2,1 Millionen“, „rund 3,2 Millionen“, „578
  Millionen“, "about 2.4 million"; "A total of 11,430" and "an average of 4,870" and "an
  average of 1,470" with no hedge, "Some 1,340" and "roughly 127,000" and "Around 23,100"
  "about", "fewer than 900" "under", "More than 170", "more than 78,000", "more than 4,500",
  "More than 96,000" "over", "At least 61" "at_least", "a further 500" and "400 additional
  paramedics" and "1,200 extra medical students" with no hedge), definite groups („31 der
  94 gesetzlichen Krankenkassen“, „In 41 von 127 Planungsbereichen“ - a count of areas with
  its whole, not a share -, „in 27 der 44 Stadt- und Landkreise“, „nur drei der acht
  Arztstellen“, "17 of the bloc's 27 member states", "23 of the state's 31 major emergency
  departments", "38 of the 61 acute care hospitals"; forty-first), a vote („mit 14 zu 10
  Stimmen“), rates per head („Mit 7,4 Betten je 1.000 Einwohner ... von 5,2“ 7.4, 1,000 and
  5.2, hundred-eighty-third; „1,4 Patienten pro Stunde“ 1.4, "four patients per nurse" 4),
  „in zwei Stufen“ 2 (hundred-eighty-third), „fast doppelt so viele“ 2 "nearly"
  (hundred-twenty-third), "at least once" and "at least one of the quality standards" 1
  "at_least" (earlier batches: "at least once" the English of „mindestens einmal“). New:
  "roughly double the number before the pandemic" is count 2 "about" - "roughly" before a
  multiple is the hedge as "almost double" is 2 "nearly" (forty-fifth). None: „die Rufnummer
  116117“, „die Nummer 116117“ and "the 15 emergency number" (service numbers,
  hundred-eighty-third, two-hundred-and-seventh), "A&E", "a record", "the highest April
  figure on record", "the longest on record", „mehrere“, „Mehrere“; "Six hospital trusts" is
  count 6.
- Ordinals and fractions (the issue; every batch): „im ersten Jahr“ 1 with no duration
  (two-hundred-and-seventy-sixth), „im ersten Halbjahr“ 1 (twice), „in der zweiten
  Verhandlungsrunde“ 2, „Die dritte Verhandlungsrunde“ 3, "the 14th hospital" 14, "the
  third nationwide strike" 3, "for a fifth month in a row" 5 (two-hundred-and-seventh: "the
  fifth monthly fall in a row"), "in the first week of January" 1; "the final week", "the
  latest survey", "the nearest hospital" none. Fractions: „jeder fünfte Befragte“ 0.2,
  „jede vierte Stelle“ 0.25, „fast jedes zweite Rezept“ 0.5 "nearly", „Jeder achte“ 0.125,
  „rund jeder dritte Heimbewohner“ 0.3333 "about", „Fast die Hälfte“ 0.5 "nearly", „rund
  die Hälfte“ 0.5 "about", „Mehr als ein Drittel“ and „gut ein Drittel“ 0.3333 "over", „Rund
  ein Viertel“ 0.25 "about", "nearly a fifth" 0.2 "nearly", "Almost one in four" 0.25
  "nearly". The German "X von Y" share form is not used (two-hundred-and-seventh).
- Percentages otherwise: PA's "per cent" in % ("Only 69.4 per cent", "Only 66.1 per cent"
  with no hedge, "against a target of 78 per cent" and "of 75 per cent", "up 38 per cent",
  "2.5 per cent", "8.1 per cent", "94 per cent"), "Only 64.8%", "77.1% ..., short of the 85%
  target" ("short of the" no hedge), "Around 70%" "about", "nearly 60%" "nearly", "More than
  40%" "over", "up 9%", "up 12%", "9.5% ... over two years", "1.5% a year", "29.8%", „gut
  fünf Prozent“ and „zu mehr als 90 Prozent“ "over", „Rund 40 Prozent“, „rund 80 Prozent“,
  „Rund 28 Prozent“ "about", „11 Prozent“, „4,3 Prozent“, „4,6 Prozent“, „14 Prozent mehr“,
  „8,2 Prozent“, „3,6 Prozent“.
- Years and dates: „Ende 2026“ 2026, „seit 2024“, „seit 2012“, „seit 2020“, „Seit 2019“,
  „2019 waren es“, „von 2023“, „2021 angenommen“, „bis 2030“, „bis 2032“, „ab 2027“, „ab
  2028“, „bis 2028“, „bis Ende 2027“, „2028 um 4,9 Prozent“, „2026 um 7,8 Prozent“, "since
  2010", "since 2005", "since 2022", "in 2022", "In 2024", "by 2031", "than in 2019", "by
  fiscal 2030" 2030 ("fiscal" no part of the value). Full days: „zum 31. März“ --03-31,
  „mit 1. Juli“ --07-01 (Austrian), „ab 1. Oktober“ --10-01, „für den 9. Dezember“ --12-09,
  "on April 15" --04-15, "from June 2" --06-02, "on November 1" --11-01; Reuters datelines
  with a day are dates without a year ("BRUSSELS, Feb 9" --02-09, "DUBLIN, May 12" --05-12,
  "WELLINGTON, Aug 19" --08-19, "TOKYO, Nov 17" --11-17; hundred-sixtieth); dpa, APA,
  Keystone-SDA, PA, AP, AFP and AAP datelines none (seventy-ninth), also "St. Pölten (APA)"
  and "Frankfurt/Main (dpa)".
- Speakers, checked only in forms the earlier batches settled: „teilte der
  GKV-Spitzenverband am Montag mit“ -> "der GKV-Spitzenverband", „teilte das Institut am
  Donnerstag mit“ -> "das Institut", „Das teilte die Ärztekammer für Niederösterreich am
  Montag mit.“ -> "die Ärztekammer für Niederösterreich" (the weekday dropped, forty-ninth,
  two-hundred-and-seventh); „nach Angaben des Bundesamts für Soziale Sicherung“ -> "das
  Bundesamt für Soziale Sicherung", „nach Angaben der Krankenhausgesellschaft NRW“ -> "die
  Krankenhausgesellschaft NRW", „Nach Angaben des Marburger Bundes“ -> "der Marburger Bund"
  (the source in the nominative, two-hundred-and-seventh); "X sagte" with the office dropped
  („Verbandschefin Gudrun Lohmeier-Brandt“, „Patientenanwältin Hertha
  Zwettler-Moosbrugger“, „Verbandspräsidentin Seraina Caduff-Lütolf“, „Klinik-Geschäftsführer
  Albrecht Demmerle“, „Kammerpräsident Gernot Wimmersberger“, „Vdek-Vorständin Karoline
  Espenschied“, „Gesundheitsministerin Veronika Staudigl (CSU)“ and „Sozialminister Bertram
  Kölblinger (Grüne)“ with the party dropped, „Sozialministerin Brigitte Aschauer-Pleil“,
  „DKG-Vorstandschef Hinrich Wollenhaupt“, „Spitaldirektor Gian-Reto Tscharner“, „KBV-Chef
  Eckart Lindenschmitt“, „Gesundheitsministerin Anne-Catherine Brügger“,
  „MB-Verhandlungsführer Ansgar Dellbrügge“), „Haberkamp sagte, ...“ and
  „Fasching-Oberwalder sagte, ...“ opening the row. English: the name with the role dropped
  ("College president Adaeze Okonkwo-Hart said", "EU Health Commissioner Marta
  Ilievska-Rook said", "chief executive Darnell Whitacre said", "Health Minister Rhiannon
  Calloway-Birch said", "Care Minister Imogen Fairbrother said", "Health Minister Delphine
  Marchal-Oudin said", "Health Minister Tamsin Halvorsen-Reid said", "Hospital association
  president Marisol Vashchenko said", "Health Secretary Elin Prydderch-Howells said",
  "Health Minister Kenjiro Maeshima said", "Aged Care Minister Declan Forsythe-Merrick
  said"), "Health Minister Cliona Redmond-Farrelly told parliament" (the audience dropped,
  two-hundred-and-seventh), "Pettifer said ..." and "Whitacre said ..." opening the row, and
  "NHS England said" as written (two-hundred-and-seventh). Left unchecked (None): all
  negatives, also those with a named speaker; „wie das Schweizerische
  Gesundheitsobservatorium (Obsan) am Dienstag mitteilte“ and „wie der Spitalverband H+ am
  Donnerstag mitteilte“ (a „wie“-clause, two-hundred-and-seventh), „teilte die Deutsche
  Krankenhausgesellschaft (DKG) am Dienstag mit“ (by this batch's choice), „nach Angaben der
  Kassenärztlichen Vereinigung Bayerns (KVB)“ (a capitalised adjective in the genitive,
  two-hundred-and-seventh), „Nach einer Umfrage des Apothekerverbands“, „nach Berechnungen
  des Obersten Rechnungshofs“, „nach Einschätzung von Fachleuten“, „wie eine Auswertung ...
  zeigt“, „wie aus den Zahlen des BAG hervorgeht“, „Das geht aus ... hervor“, „hiess es“,
  „verwies darauf“, „gab ... bekannt“, „kündigte an“, „Nach Angaben der Kliniken“ (a plural
  source), rows whose attribution stands in a neighbour („Die Kliniken zusammen würden ...“,
  „Von den 14 Planstellen ... seien ...“); English bodies' "said" (the agency, the union, the
  Irish Nurses and Midwives Organisation, the hospital group, the Home Office, "a doctors'
  union", Samu-Urgences de France, the ministry, the health ministry), "figures show",
  "official data showed", "state data show", "a survey ... found", "analysis by ...
  shows", "according to ..." (a study, researchers, Skills for Care, a parliamentary
  report, a benchmarking survey) and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_286 = [
    # --- Jan: Zusatzbeitrag zum Jahreswechsel (dpa) ---
    ("de", "Berlin (dpa) - Zum Jahresbeginn haben 31 der 94 gesetzlichen Krankenkassen ihren Zusatzbeitrag angehoben.", True, [("count", 31, None, None), ("count", 94, None, None)], None),
    ("de", "Im Durchschnitt liegt der Zusatzbeitrag nun bei 3,4 Prozent, der allgemeine Beitragssatz beträgt weiterhin 14,6 Prozent.", True, [("percent", 3.4, "%", None), ("percent", 14.6, "%", None)], None),
    ("de", "Die teuerste Kasse verlangt 4,1 Prozent, die günstigste 2,5 Prozent, teilte der GKV-Spitzenverband am Montag mit.", True, [("percent", 4.1, "%", None), ("percent", 2.5, "%", None)], "der GKV-Spitzenverband"),
    ("de", "Wer 4.000 Euro brutto im Monat verdient, für den bedeutet ein Anstieg um 0,5 Prozentpunkte rund 10 Euro mehr, die Hälfte davon trägt der Arbeitgeber.", True, [("money", 4000, "EUR", None), ("percent", 0.5, "pp", None), ("money", 10, "EUR", "about"), ("fraction", 0.5, None, None)], None),
    ("de", "Verbandschefin Gudrun Lohmeier-Brandt sagte, die Leistungsausgaben der Kassen seien 2026 um 7,8 Prozent gestiegen, die Einnahmen nur um 5,1 Prozent.", True, [("year", 2026, None, None), ("percent", 7.8, "%", None), ("percent", 5.1, "%", None)], "Gudrun Lohmeier-Brandt"),
    ("de", "„Wer jetzt noch an eine Atempause glaubt, hat die Rechnung ohne die Kliniken gemacht“, sagte Lohmeier-Brandt.", False, [], None),
    ("de", "Der Sozialverband VdK nannte die Erhöhung „eine stille Lohnkürzung durch die Hintertür“.", False, [], None),
    ("de", "Versicherte haben bei einer Erhöhung ein Sonderkündigungsrecht und können binnen zwei Monaten zu einer anderen Kasse wechseln.", True, [("duration", 2, "month", None)], None),
    ("de", "Im vergangenen Jahr nutzten nach Angaben des Bundesamts für Soziale Sicherung rund 1,9 Millionen Menschen diese Möglichkeit.", True, [("count", 1900000, None, "about")], "das Bundesamt für Soziale Sicherung"),
    # --- Jan: A&E waits in England (PA) ---
    ("en", "LONDON (PA) - A record 61,300 patients in England were left on trolleys or chairs for more than 12 hours in December after doctors decided to admit them, figures show.", True, [("count", 61300, None, None), ("duration", 12, "hour", "over")], None),
    ("en", "Only 69.4 per cent of attendances ended in admission, transfer or discharge inside four hours, against a target of 78 per cent by March.", True, [("percent", 69.4, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)], None),
    ("en", "Flu admissions reached an average of 4,870 a day in the final week of the month, up 38 per cent on the week before.", True, [("count", 4870, None, None), ("percent", 38, "%", None)], None),
    ("en", "Ambulance crews took an average of 47 minutes and 12 seconds to get to callers with suspected strokes or heart attacks, well over the 18-minute standard.", True, [("duration", 47, "minute", None), ("duration", 12, "second", None), ("duration", 18, "minute", None)], None),
    ("en", "Six hospital trusts declared critical incidents in the first week of January.", True, [("count", 6, None, None), ("ordinal", 1, None, None)], None),
    ("en", "College president Adaeze Okonkwo-Hart said about 290 patients a week were likely dying in England because of long waits on trolleys.", True, [("count", 290, None, "about")], "Adaeze Okonkwo-Hart"),
    ("en", "\"Corridor care has become the rule, not the exception, and nobody should pretend otherwise,\" Okonkwo-Hart said.", False, [], None),
    ("en", "Health Secretary Rowan Pettifer called the figures \"deeply frustrating\" but insisted the health service was turning a corner.", False, [], None),
    ("en", "Pettifer said 1,800 extra beds had been opened since October and a further 500 would follow by the end of February.", True, [("count", 1800, None, None), ("count", 500, None, None)], "Pettifer"),
    ("en", "NHS England said 94 per cent of general and acute beds were occupied in the last week of December.", True, [("percent", 94, "%", None)], "NHS England"),
    # --- Jan: Wartezeiten auf MRT und CT (APA) ---
    ("de", "Wien (APA) - Patientinnen und Patienten der Österreichischen Gesundheitskasse (ÖGK) warten auf einen MRT-Termin im Schnitt 29 Tage, in Niederösterreich sogar 41 Tage.", True, [("duration", 29, "day", None), ("duration", 41, "day", None)], None),
    ("de", "Das geht aus einer Auswertung der Patientenanwaltschaft hervor, die am Mittwoch veröffentlicht wurde.", True, [], None),
    ("de", "Für eine Computertomografie lag die Wartezeit bei knapp drei Wochen, für einen Termin beim Kassen-Psychiater bei bis zu fünf Monaten.", True, [("duration", 3, "week", "nearly"), ("duration", 5, "month", "up_to")], None),
    ("de", "Patientenanwältin Hertha Zwettler-Moosbrugger sagte, jeder fünfte Befragte sei deshalb in eine Wahlarztpraxis ausgewichen.", True, [("fraction", 0.2, None, None)], "Hertha Zwettler-Moosbrugger"),
    ("de", "„Wer privat zahlt, wird schneller drangenommen – so ehrlich muss man sein“, sagte Zwettler-Moosbrugger.", False, [], None),
    ("de", "Die ÖGK verwies darauf, dass sie seit 2024 rund 40 zusätzliche MRT-Geräte unter Vertrag genommen habe.", True, [("year", 2024, None, None), ("count", 40, None, "about")], None),
    ("de", "Ein Sprecher der Kasse nannte die Erhebung „methodisch fragwürdig“.", False, [], None),
    ("de", "Im Burgenland und in Kärnten lag die Wartezeit auf ein MRT dagegen bei unter zwei Wochen.", True, [("duration", 2, "week", "under")], None),
    # --- Feb: Pflegepersonal in der Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - In Schweizer Spitälern und Heimen waren Ende 2026 rund 14'800 Pflegestellen nicht besetzt.", True, [("year", 2026, None, None), ("count", 14800, None, "about")], None),
    ("de", "Das ist ein Anstieg um 11 Prozent binnen Jahresfrist, wie das Schweizerische Gesundheitsobservatorium (Obsan) am Dienstag mitteilte.", True, [("percent", 11, "%", None)], None),
    ("de", "Fast die Hälfte der ausgebildeten Pflegefachleute verlässt den Beruf innert 15 Jahren.", True, [("fraction", 0.5, None, "nearly"), ("duration", 15, "year", None)], None),
    ("de", "Die Pflegeinitiative, die das Stimmvolk 2021 angenommen hatte, verpflichtet Bund und Kantone zu einer Ausbildungsoffensive über acht Jahre.", True, [("year", 2021, None, None), ("duration", 8, "year", None)], None),
    ("de", "Bund und Kantone stellen dafür insgesamt knapp eine Milliarde Franken bereit.", True, [("money", 1000000000, "CHF", "nearly")], None),
    ("de", "Verbandspräsidentin Seraina Caduff-Lütolf sagte, in der Langzeitpflege sei mittlerweile jede vierte Stelle mit Temporärpersonal besetzt.", True, [("fraction", 0.25, None, None)], "Seraina Caduff-Lütolf"),
    ("de", "«Wir bilden aus, und die Leute laufen uns davon – das ist ein Fass ohne Boden», sagte Caduff-Lütolf.", False, [], None),
    ("de", "Die Gewerkschaft VPOD forderte, die Arbeitsbedingungen müssten endlich «spürbar und nicht nur auf dem Papier» besser werden.", False, [], None),
    ("de", "Der Bundesrat will bis im Herbst eine Vorlage zur Begrenzung kurzfristiger Dienstplanänderungen in die Vernehmlassung schicken.", True, [], None),
    # --- Feb: Medicine shortages in the EU (Reuters) ---
    ("en", "BRUSSELS, Feb 9 (Reuters) - The European Medicines Agency listed 23 medicines as critically short across the European Union in January, the highest number since it began publishing the list in 2022.", True, [("date", "--02-09", None, None), ("count", 23, None, None), ("year", 2022, None, None)], None),
    ("en", "Amoxicillin syrups for children were unavailable or rationed in 17 of the bloc's 27 member states, the agency said.", True, [("count", 17, None, None), ("count", 27, None, None)], None),
    ("en", "EU Health Commissioner Marta Ilievska-Rook said the proposed Critical Medicines Act would require manufacturers to report expected shortages at least six months in advance.", True, [("duration", 6, "month", "at_least")], "Marta Ilievska-Rook"),
    ("en", "\"Europe sleepwalked into this dependency, and it will take time to wake up,\" Ilievska-Rook said.", False, [], None),
    ("en", "Around 70% of the active ingredients in Europe's generic antibiotics are made in China and India, according to a study by the Commission's Joint Research Centre.", True, [("percent", 70, "%", "about")], None),
    ("en", "The proposal sets aside 1.2 billion euros over the next seven years for joint purchasing and stockpiling.", True, [("money", 1200000000, "EUR", None), ("duration", 7, "year", None)], None),
    ("en", "Medicines for Europe, the generic drugmakers' lobby, said the plan was \"a step in the right direction but far from enough\".", False, [], None),
    ("en", "Pharmacists in Belgium spend an average of six hours a week hunting for substitutes, a survey by their national association found.", True, [("duration", 6, "hour", None)], None),
    ("en", "\"Patients should not stockpile medicines at home,\" the agency said in a statement.", False, [], None),
    # --- Feb: Geburtsstation schließt (dpa/lnw) ---
    ("de", "Gummersbach (dpa/lnw) - Das Kreiskrankenhaus in Waldbröl schließt zum 31. März seine Geburtsstation.", True, [("date", "--03-31", None, None)], None),
    ("de", "Im vergangenen Jahr kamen dort noch 412 Kinder zur Welt, 2019 waren es knapp 700.", True, [("count", 412, None, None), ("year", 2019, None, None), ("count", 700, None, "nearly")], None),
    ("de", "Grund sei vor allem der Mangel an Hebammen, sagte Klinik-Geschäftsführer Albrecht Demmerle.", True, [], "Albrecht Demmerle"),
    ("de", "Von den 14 Planstellen im Kreißsaal seien zuletzt nur noch sechs besetzt gewesen.", True, [("count", 14, None, None), ("count", 6, None, None)], None),
    ("de", "Werdende Mütter müssen künftig bis zu 35 Kilometer in die nächste Geburtsklinik nach Siegburg oder Gummersbach fahren.", True, [("count", 35, None, "up_to")], None),
    ("de", "„Das ist ein schwarzer Tag für die Familien im Oberbergischen“, sagte Landrätin Ilse Trockenbrodt (CDU).", False, [], None),
    ("de", "Eine Petition für den Erhalt der Station haben mehr als 12.000 Menschen unterschrieben.", True, [("count", 12000, None, "over")], None),
    ("de", "In Nordrhein-Westfalen haben nach Angaben der Krankenhausgesellschaft NRW seit 2020 insgesamt 21 Kreißsäle geschlossen.", True, [("year", 2020, None, None), ("count", 21, None, None)], "die Krankenhausgesellschaft NRW"),
    ("de", "Ob das Haus langfristig erhalten bleibt, ließ der Kreistag offen.", False, [], None),
    # --- Mar: Rural hospital closes in Tennessee (AP) ---
    ("en", "NASHVILLE, Tenn. (AP) - A rural hospital in western Tennessee will stop admitting patients on April 15, the 14th hospital in the state to close or end inpatient care since 2010.", True, [("date", "--04-15", None, None), ("ordinal", 14, None, None), ("year", 2010, None, None)], None),
    ("en", "Haywood Ridge Medical Center, which has 25 beds, will keep its emergency department open for at least 90 days while its owner looks for a buyer.", True, [("count", 25, None, None), ("duration", 90, "day", "at_least")], None),
    ("en", "The hospital lost about $6.2 million last year, chief executive Darnell Whitacre said.", True, [("money", 6200000, "USD", "about")], "Darnell Whitacre"),
    ("en", "Whitacre said nearly 60% of its patients were covered by Medicaid or Medicare, which pay less than private insurers.", True, [("percent", 60, "%", "nearly")], "Whitacre"),
    ("en", "\"We held on as long as we could, and I am sorry it wasn't longer,\" Whitacre said.", False, [], None),
    ("en", "More than 170 rural hospitals have closed or converted since 2005, according to researchers at the University of North Carolina.", True, [("count", 170, None, "over"), ("year", 2005, None, None)], None),
    ("en", "Residents will face a drive of up to 50 miles to the nearest hospital that still delivers babies.", True, [("count", 50, None, "up_to")], None),
    ("en", "Local officials said the closure was \"a death sentence for a county that has nothing left to lose.\"", False, [], None),
    # --- Mar: Lieferengpässe bei Arzneimitteln (dpa) ---
    ("de", "Bonn (dpa) - Das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) führt derzeit 512 Lieferengpässe bei Humanarzneimitteln.", True, [("count", 512, None, None)], None),
    ("de", "Das sind rund 60 mehr als vor drei Monaten, teilte das Institut am Donnerstag mit.", True, [("count", 60, None, "about"), ("duration", 3, "month", None)], "das Institut"),
    ("de", "Betroffen sind u.a. Salbutamol-Sprays für Asthmatiker sowie mehrere gängige Blutdrucksenker.", True, [], None),
    ("de", "Seit dem Lieferengpass-Gesetz von 2023 müssen Hersteller für Kinderarzneimittel einen Vorrat für sechs Monate anlegen.", True, [("year", 2023, None, None), ("duration", 6, "month", None)], None),
    ("de", "Nach einer Umfrage des Apothekerverbands sucht ein Apothekenteam im Schnitt gut neun Stunden pro Woche nach lieferbaren Alternativen.", True, [("duration", 9, "hour", "over")], None),
    ("de", "„Wir sind zum Verwaltungsbüro für den Mangel geworden“, sagte Verbandschef Reinulf Haberkamp.", False, [], None),
    ("de", "Haberkamp sagte, fast jedes zweite Rezept für Kinderantibiotika lasse sich nicht mehr wie verordnet beliefern.", True, [("fraction", 0.5, None, "nearly")], "Haberkamp"),
    ("de", "Das Bundesgesundheitsministerium hält die Versorgungslage insgesamt für „angespannt, aber stabil“.", False, [], None),
    # --- Mar: Unbesetzte Kassenstellen (APA) ---
    ("de", "St. Pölten (APA) - In Niederösterreich sind derzeit 47 Kassenarztstellen unbesetzt, davon 29 in der Allgemeinmedizin.", True, [("count", 47, None, None), ("count", 29, None, None)], None),
    ("de", "Das teilte die Ärztekammer für Niederösterreich am Montag mit.", True, [], "die Ärztekammer für Niederösterreich"),
    ("de", "Vor fünf Jahren waren es 18 offene Stellen gewesen.", True, [("duration", 5, "year", None), ("count", 18, None, None)], None),
    ("de", "Mehr als ein Drittel der Kassenärztinnen und Kassenärzte im Bundesland ist älter als 60 Jahre.", True, [("fraction", 0.3333, None, "over"), ("duration", 60, "year", "over")], None),
    ("de", "Kammerpräsident Gernot Wimmersberger sagte, bis 2032 gehe rund die Hälfte von ihnen in Pension.", True, [("year", 2032, None, None), ("fraction", 0.5, None, "about")], "Gernot Wimmersberger"),
    ("de", "„Das Kassensystem blutet aus, und die Politik schaut seelenruhig zu“, sagte Wimmersberger.", False, [], None),
    ("de", "Die ÖGK bietet Jungärzten seit Jänner eine Startprämie von 50.000 Euro für die Übernahme einer Landpraxis.", True, [("money", 50000, "EUR", None)], None),
    ("de", "Gesundheitslandesrätin Martina Hofstetter-Gruber (ÖVP) bezeichnete die Prämie als „Schritt in die richtige Richtung“.", False, [], None),
    # --- Apr: Ambulance ramping in Victoria (AAP) ---
    ("en", "MELBOURNE (AAP) - Ambulances in Victoria spent a combined 61,200 hours ramped outside hospital emergency departments in the three months to March, 9% more than a year earlier.", True, [("duration", 61200, "hour", None), ("duration", 3, "month", None), ("percent", 9, "%", None)], None),
    ("en", "Ramping times rose at 23 of the state's 31 major emergency departments.", True, [("count", 23, None, None), ("count", 31, None, None)], None),
    ("en", "Only 64.8% of emergency patients were treated within clinically recommended times, official data showed.", True, [("percent", 64.8, "%", None)], None),
    ("en", "Paramedics reached 77.1% of the most urgent cases within 15 minutes, short of the 85% target.", True, [("percent", 77.1, "%", None), ("duration", 15, "minute", None), ("percent", 85, "%", None)], None),
    ("en", "Health Minister Rhiannon Calloway-Birch said the state would open 250 new hospital beds by December and hire 400 additional paramedics.", True, [("count", 250, None, None), ("count", 400, None, None)], "Rhiannon Calloway-Birch"),
    ("en", "Calloway-Birch said she understood the frustration of families who had waited hours for an ambulance to arrive.", False, [], None),
    ("en", "The Victorian Ambulance Union called the figures \"a disgrace\".", False, [], None),
    ("en", "One patient, an 83-year-old woman, waited almost nine hours on a trolley before being admitted, the union said.", True, [("duration", 83, "year", None), ("duration", 9, "hour", "nearly")], None),
    # --- Apr: Eigenanteile im Pflegeheim (dpa) ---
    ("de", "Berlin (dpa) - Wer im Pflegeheim lebt, muss im ersten Jahr durchschnittlich 3.210 Euro pro Monat aus eigener Tasche zahlen.", True, [("ordinal", 1, None, None), ("money", 3210, "EUR", None)], None),
    ("de", "Das sind 276 Euro mehr als ein Jahr zuvor, wie eine Auswertung des Verbands der Ersatzkassen (vdek) zeigt.", True, [("money", 276, "EUR", None)], None),
    ("de", "Am höchsten ist die Belastung im Saarland mit 3.690 Euro, am niedrigsten in Sachsen-Anhalt mit 2.580 Euro.", True, [("money", 3690, "EUR", None), ("money", 2580, "EUR", None)], None),
    ("de", "Die Pflegekasse zahlt je nach Wohndauer Zuschläge zwischen 15 und 75 Prozent auf den Pflegeanteil.", True, [("percent", 15, "%", None), ("percent", 75, "%", None)], None),
    ("de", "Vdek-Vorständin Karoline Espenschied sagte, inzwischen sei rund jeder dritte Heimbewohner auf Sozialhilfe angewiesen.", True, [("fraction", 0.3333, None, "about")], "Karoline Espenschied"),
    ("de", "„Pflege darf nicht arm machen, und genau das passiert gerade“, sagte Espenschied.", False, [], None),
    ("de", "Die Deutsche Stiftung Patientenschutz warf der Bundesregierung vor, das Problem seit Jahren auszusitzen.", False, [], None),
    ("de", "Die Koalition plant, die Eigenanteile für die reine Pflege ab 2028 auf höchstens 1.000 Euro im Monat zu begrenzen.", True, [("year", 2028, None, None), ("money", 1000, "EUR", "at_most")], None),
    ("de", "In Deutschland leben rund 790.000 Menschen in vollstationären Pflegeeinrichtungen.", True, [("count", 790000, None, "about")], None),
    # --- May: Notfallstationen am Anschlag (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Notfallstationen der Schweizer Spitäler haben im vergangenen Jahr knapp 2,1 Millionen Behandlungen gezählt, so viele wie nie zuvor.", True, [("count", 2100000, None, "nearly")], None),
    ("de", "Das entspricht einem Plus von 4,3 Prozent gegenüber dem Vorjahr, wie der Spitalverband H+ am Donnerstag mitteilte.", True, [("percent", 4.3, "%", None)], None),
    ("de", "Rund 40 Prozent der Behandlungen wären aus Sicht von Fachleuten auch in einer Hausarztpraxis behandelt werden können.", True, [("percent", 40, "%", "about")], None),
    ("de", "Am Universitätsspital Zürich warteten Patientinnen und Patienten mit leichten Beschwerden im Mittel drei Stunden und 20 Minuten.", True, [("duration", 3, "hour", None), ("duration", 20, "minute", None)], None),
    ("de", "Mehrere Kantone prüfen eine Gebühr von 50 Franken für Bagatellfälle auf dem Notfall.", True, [("money", 50, "CHF", None)], None),
    ("de", "Die Gesundheitskommission des Nationalrats hat eine entsprechende Vorlage mit 14 zu 10 Stimmen gutgeheissen.", True, [("count", 14, None, None), ("count", 10, None, None)], None),
    ("de", "«Eine Notfallgebühr trifft genau die Falschen», sagte SP-Nationalrätin Flurina Casutt-Bärtsch.", False, [], None),
    ("de", "Der Konsumentenschutz hält die Gebühr für «bürokratisch und unsozial».", False, [], None),
    # --- May: Trolley figures in Ireland (Reuters) ---
    ("en", "DUBLIN, May 12 (Reuters) - A total of 11,430 patients were treated on trolleys in Irish hospitals in April, the highest April figure on record, the Irish Nurses and Midwives Organisation said.", True, [("date", "--05-12", None, None), ("count", 11430, None, None)], None),
    ("en", "University Hospital Limerick accounted for 2,115 of them, nearly a fifth of the national total.", True, [("count", 2115, None, None), ("fraction", 0.2, None, "nearly")], None),
    ("en", "Limerick's emergency department was built for 50,000 attendances a year but saw more than 78,000 last year, the hospital group said.", True, [("count", 50000, None, None), ("count", 78000, None, "over")], None),
    ("en", "Health Minister Cliona Redmond-Farrelly told parliament the Health Service Executive would add 1,100 acute beds by 2031.", True, [("count", 1100, None, None), ("year", 2031, None, None)], "Cliona Redmond-Farrelly"),
    ("en", "\"Every trolley is a person, and every person deserves better than this,\" Redmond-Farrelly said.", False, [], None),
    ("en", "The union said nurses at three hospitals would work to rule for two weeks from June 2.", True, [("count", 3, None, None), ("duration", 2, "week", None), ("date", "--06-02", None, None)], None),
    ("en", "Opposition parties accused the government of a litany of broken promises on hospital capacity.", False, [], None),
    # --- May: Hausärztemangel in Bayern (dpa/lby) ---
    ("de", "München (dpa/lby) - In Bayern fehlen nach Angaben der Kassenärztlichen Vereinigung Bayerns (KVB) derzeit rund 560 Hausärztinnen und Hausärzte.", True, [("count", 560, None, "about")], None),
    ("de", "In 41 von 127 Planungsbereichen gilt die hausärztliche Versorgung als gefährdet.", True, [("count", 41, None, None), ("count", 127, None, None)], None),
    ("de", "Das Durchschnittsalter der Hausärzte liegt bei 55,3 Jahren, gut ein Drittel ist 60 Jahre oder älter.", True, [("duration", 55.3, "year", None), ("fraction", 0.3333, None, "over"), ("duration", 60, "year", "at_least")], None),
    ("de", "Der Freistaat fördert Niederlassungen auf dem Land seit 2012 mit bis zu 60.000 Euro.", True, [("year", 2012, None, None), ("money", 60000, "EUR", "up_to")], None),
    ("de", "Gesundheitsministerin Veronika Staudigl (CSU) sagte, seit Beginn des Programms seien damit 1.240 Praxen gefördert worden.", True, [("count", 1240, None, None)], "Veronika Staudigl"),
    ("de", "„Der Landarzt ist kein Auslaufmodell, er ist die Zukunft“, sagte Staudigl.", False, [], None),
    ("de", "Ein Medizinstudienplatz kostet den Freistaat nach Berechnungen des Obersten Rechnungshofs rund 250.000 Euro.", True, [("money", 250000, "EUR", "about")], None),
    ("de", "Der Hausärzteverband nannte die Förderung „viel zu zaghaft“.", False, [], None),
    # --- Jun: Care home closures in England (PA) ---
    ("en", "LONDON (PA) - Some 1,340 care homes in England closed over the past five years, while fewer than 900 new ones opened, analysis by a healthcare property consultancy shows.", True, [("count", 1340, None, "about"), ("duration", 5, "year", None), ("count", 900, None, "under")], None),
    ("en", "The sector lost about 11,600 beds over the same period, a fall of 2.5 per cent.", True, [("count", 11600, None, "about"), ("percent", 2.5, "%", None)], None),
    ("en", "Vacancy rates in adult social care stood at 8.1 per cent, or roughly 127,000 posts, according to Skills for Care.", True, [("percent", 8.1, "%", None), ("count", 127000, None, "about")], None),
    ("en", "Care Minister Imogen Fairbrother said 4,200 care workers had been recruited through a new national scheme since January.", True, [("count", 4200, None, None)], "Imogen Fairbrother"),
    ("en", "\"Social care is not the poor relation of the NHS, and this government will never treat it as such,\" Fairbrother said.", False, [], None),
    ("en", "The Home Office said it had revoked the sponsor licences of 470 care providers since 2022 over abuse of the visa system.", True, [("count", 470, None, None), ("year", 2022, None, None)], None),
    ("en", "Care England called the closures \"a slow-motion crisis\".", False, [], None),
    ("en", "Self-funding residents now pay an average of £1,390 a week for a place in a residential home, up from £1,160 two years ago.", True, [("money", 1390, "GBP", None), ("money", 1160, "GBP", None), ("duration", 2, "year", None)], None),
    ("en", "Relatives of residents who spoke to PA described the closures as heartbreaking.", False, [], None),
    # --- Jun: Pflegepaket in Österreich (APA) ---
    ("de", "Wien (APA) - Der Ministerrat hat am Mittwoch ein Pflegepaket mit einem Volumen von 1,3 Milliarden Euro für die kommenden vier Jahre beschlossen.", True, [("money", 1300000000, "EUR", None), ("duration", 4, "year", None)], None),
    ("de", "Pflegekräfte erhalten künftig bereits ab dem 43. Lebensjahr eine zusätzliche Urlaubswoche.", True, [("ordinal", 43, None, None)], None),
    ("de", "Das Pflegegeld wird mit 1. Juli um 4,6 Prozent angehoben.", True, [("date", "--07-01", None, None), ("percent", 4.6, "%", None)], None),
    ("de", "Sozialministerin Brigitte Aschauer-Pleil sagte, bis 2030 würden in Österreich rund 51.000 zusätzliche Pflegekräfte gebraucht.", True, [("year", 2030, None, None), ("count", 51000, None, "about")], "Brigitte Aschauer-Pleil"),
    ("de", "„Pflege ist die soziale Frage dieses Jahrzehnts“, sagte Aschauer-Pleil.", False, [], None),
    ("de", "Derzeit beziehen rund 480.000 Menschen in Österreich Pflegegeld, das sind gut fünf Prozent der Bevölkerung.", True, [("count", 480000, None, "about"), ("percent", 5, "%", "over")], None),
    ("de", "Die Opposition kritisierte das Paket als „Flickwerk ohne Gesamtkonzept“.", False, [], None),
    ("de", "Von der Gewerkschaft vida hieß es, das sei ein längst überfälliger Schritt, aber nicht das Ende der Debatte.", False, [], None),
    # --- Jul: Klinik-Insolvenzen (dpa) ---
    ("de", "Berlin (dpa) - Seit Jahresbeginn haben 19 Krankenhausträger in Deutschland Insolvenz angemeldet.", True, [("count", 19, None, None)], None),
    ("de", "Betroffen sind 31 Standorte mit zusammen rund 6.400 Betten, teilte die Deutsche Krankenhausgesellschaft (DKG) am Dienstag mit.", True, [("count", 31, None, None), ("count", 6400, None, "about")], None),
    ("de", "Im gesamten Vorjahr waren es 24 Insolvenzen gewesen.", True, [("count", 24, None, None)], None),
    ("de", "DKG-Vorstandschef Hinrich Wollenhaupt sagte, rund 80 Prozent der Kliniken schrieben inzwischen rote Zahlen.", True, [("percent", 80, "%", "about")], "Hinrich Wollenhaupt"),
    ("de", "„Wir erleben ein unkontrolliertes Kliniksterben mit Ansage“, sagte Wollenhaupt.", False, [], None),
    ("de", "Die Kliniken zusammen würden in diesem Jahr voraussichtlich ein Minus von 8,9 Milliarden Euro machen.", True, [("money", 8900000000, "EUR", None)], None),
    ("de", "Nach der Krankenhausreform dürfen Kliniken ab 2027 nur noch Leistungen aus jenen der 65 Leistungsgruppen abrechnen, für die sie die Qualitätsvorgaben erfüllen.", True, [("year", 2027, None, None), ("count", 65, None, None)], None),
    ("de", "Der GKV-Spitzenverband hielt dagegen, Deutschland leiste sich im europäischen Vergleich schlicht zu viele Betten.", False, [], None),
    ("de", "Mit 7,4 Betten je 1.000 Einwohner liegt Deutschland deutlich über dem EU-Schnitt von 5,2.", True, [("count", 7.4, None, None), ("count", 1000, None, None), ("count", 5.2, None, None)], None),
    # --- Jul: Summer closures of French emergency rooms (AFP) ---
    ("en", "PARIS (AFP) - At least 61 hospital emergency departments in France will close at night or restrict access for part of the summer because of staff shortages, a doctors' union said on Thursday.", True, [("count", 61, None, "at_least")], None),
    ("en", "The union, Samu-Urgences de France, said the number was up from 43 last summer.", True, [("count", 43, None, None)], None),
    ("en", "Patients are asked to call the 15 emergency number before going to hospital so that a doctor can assess them by phone.", True, [], None),
    ("en", "Health Minister Delphine Marchal-Oudin said 1,200 extra medical students would be sent as trainee assistants to the worst-hit departments.", True, [("count", 1200, None, None)], "Delphine Marchal-Oudin"),
    ("en", "\"Nobody will be left without care this summer,\" Marchal-Oudin said.", False, [], None),
    ("en", "In 2024, an average of 11% of emergency departments had to close at least once for lack of staff, according to a parliamentary report.", True, [("year", 2024, None, None), ("percent", 11, "%", None), ("count", 1, None, "at_least")], None),
    ("en", "Emergency doctors said they felt abandoned by successive governments.", False, [], None),
    # --- Aug: Notfall in Ilanz nachts zu (Keystone-SDA) ---
    ("de", "Chur (Keystone-SDA) - Das Regionalspital in Ilanz schliesst seine Notfallstation ab 1. Oktober in der Nacht zwischen 22 und 7 Uhr.", True, [("date", "--10-01", None, None)], None),
    ("de", "Nachts seien im Schnitt nur 1,4 Patienten pro Stunde behandelt worden, sagte Spitaldirektor Gian-Reto Tscharner.", True, [("count", 1.4, None, None)], "Gian-Reto Tscharner"),
    ("de", "«Wir mussten zwischen einem schlechten und einem noch schlechteren Angebot wählen», sagte Tscharner.", False, [], None),
    ("de", "Die nächste rund um die Uhr geöffnete Notfallstation liegt im Kantonsspital Graubünden in Chur, rund 35 Minuten mit dem Auto entfernt.", True, [("duration", 35, "minute", "about")], None),
    ("de", "Für die Nachtschicht seien derzeit nur drei der acht Arztstellen besetzt, hiess es.", True, [("count", 3, None, None), ("count", 8, None, None)], None),
    ("de", "Gegen die Schliessung haben innert zwei Wochen mehr als 6'000 Personen eine Petition unterzeichnet.", True, [("duration", 2, "week", None), ("count", 6000, None, "over")], None),
    ("de", "Die Bündner Regierung zeigte sich vom Entscheid «enttäuscht».", False, [], None),
    # --- Aug: Nurses strike in New Zealand (Reuters) ---
    ("en", "WELLINGTON, Aug 19 (Reuters) - About 36,000 nurses and health workers in New Zealand began a 24-hour walkout on Tuesday, the third nationwide strike this year.", True, [("date", "--08-19", None, None), ("count", 36000, None, "about"), ("duration", 24, "hour", None), ("ordinal", 3, None, None)], None),
    ("en", "The New Zealand Nurses Organisation is seeking a 9.5% pay rise over two years and minimum staffing ratios on every ward.", True, [("percent", 9.5, "%", None), ("duration", 2, "year", None)], None),
    ("en", "Health New Zealand has offered 1.5% a year for three years, worth about NZ$1.1 billion in total.", True, [("percent", 1.5, "%", None), ("duration", 3, "year", None), ("money", 1100000000, "NZD", "about")], None),
    ("en", "Health Minister Tamsin Halvorsen-Reid said the union's demands would cost NZ$3.4 billion over four years.", True, [("money", 3400000000, "NZD", None), ("duration", 4, "year", None)], "Tamsin Halvorsen-Reid"),
    ("en", "\"We respect our nurses enormously, but the cupboard is bare,\" Halvorsen-Reid said.", False, [], None),
    ("en", "Hospitals postponed more than 4,500 planned operations and outpatient appointments, the agency said.", True, [("count", 4500, None, "over")], None),
    ("en", "Nurses on picket lines outside Wellington Hospital said they were exhausted and felt ignored.", False, [], None),
    # --- Sep: Wartezeiten beim Facharzt (dpa) ---
    ("de", "Berlin (dpa) - Gesetzlich Versicherte warten auf einen Termin beim Facharzt im Schnitt 36 Tage, privat Versicherte 19 Tage.", True, [("duration", 36, "day", None), ("duration", 19, "day", None)], None),
    ("de", "Das geht aus einer repräsentativen Umfrage im Auftrag der Kassenärztlichen Bundesvereinigung (KBV) unter 6.100 Versicherten hervor.", True, [("count", 6100, None, None)], None),
    ("de", "Jeder achte gesetzlich Versicherte wartete demnach länger als drei Monate.", True, [("fraction", 0.125, None, None), ("duration", 3, "month", "over")], None),
    ("de", "Am längsten sind die Wartezeiten in der Psychotherapie, der Neurologie und der Kardiologie.", True, [], None),
    ("de", "Die Terminservicestellen unter der Rufnummer 116117 vermittelten im ersten Halbjahr rund 3,2 Millionen Termine, 14 Prozent mehr als ein Jahr zuvor.", True, [("ordinal", 1, None, None), ("count", 3200000, None, "about"), ("percent", 14, "%", None)], None),
    ("de", "KBV-Chef Eckart Lindenschmitt sagte, die Praxen hätten 2026 mit 578 Millionen Behandlungsfällen so viele gezählt wie nie.", True, [("year", 2026, None, None), ("count", 578000000, None, None)], "Eckart Lindenschmitt"),
    ("de", "„Das Problem ist nicht der Termin, sondern die Anspruchshaltung mancher Patienten“, sagte Lindenschmitt.", False, [], None),
    ("de", "Patientenschützer warfen der Ärzteschaft vor, Kassenpatienten systematisch zu benachteiligen.", False, [], None),
    ("de", "Die Koalition will bis Ende 2027 ein Primärarztsystem einführen, in dem Patienten zunächst die Hausarztpraxis aufsuchen.", True, [("year", 2027, None, None)], None),
    # --- Sep: Emergency room boarding in Massachusetts (AP) ---
    ("en", "BOSTON (AP) - Patients admitted through Massachusetts emergency rooms waited a median of 14.5 hours for an inpatient bed in August, the longest on record, state data show.", True, [("duration", 14.5, "hour", None)], None),
    ("en", "About 1,900 patients were boarding in emergency departments on an average day, roughly double the number before the pandemic.", True, [("count", 1900, None, "about"), ("count", 2, None, "about")], None),
    ("en", "State data show 38 of the 61 acute care hospitals in Massachusetts diverted ambulances at some point in August.", True, [("count", 38, None, None), ("count", 61, None, None)], None),
    ("en", "Massachusetts has about 14,000 staffed hospital beds, about 1,200 fewer than in 2019.", True, [("count", 14000, None, "about"), ("count", 1200, None, "about"), ("year", 2019, None, None)], None),
    ("en", "Hospital association president Marisol Vashchenko said 4,700 registered nurse positions were unfilled across the state.", True, [("count", 4700, None, None)], "Marisol Vashchenko"),
    ("en", "\"We are running a marathon at a sprint pace, and people are breaking down,\" Vashchenko said.", False, [], None),
    ("en", "A bill before the state Legislature would cap nurse workloads at four patients per nurse on medical-surgical floors.", True, [("count", 4, None, None)], None),
    ("en", "Hospital executives warned that such a rule could do more harm than good.", False, [], None),
    # --- Sep: Medikamentenengpässe in Österreich (APA) ---
    ("de", "Wien (APA) - Beim Bundesamt für Sicherheit im Gesundheitswesen (BASG) sind aktuell 643 Arzneimittel als nicht oder eingeschränkt lieferbar gemeldet.", True, [("count", 643, None, None)], None),
    ("de", "Im Herbst des Vorjahres waren es noch 588.", True, [("count", 588, None, None)], None),
    ("de", "Rund ein Viertel der betroffenen Präparate sind Antibiotika oder Schmerzmittel.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Gesundheitsminister Florian Kirchsteiger-Lahm (SPÖ) kündigte an, die Wirkstoff-Reserve bis 2028 von vier auf sechs Monate aufzustocken.", True, [("year", 2028, None, None), ("duration", 4, "month", None), ("duration", 6, "month", None)], None),
    ("de", "„Die Apotheken in Österreich arbeiten seit Monaten am Limit“, sagte Apothekerkammer-Präsidentin Ulrike Fasching-Oberwalder.", False, [], None),
    ("de", "Fasching-Oberwalder sagte, die Apotheken hätten im ersten Halbjahr rund 78.000 Packungen Arzneimittel selbst hergestellt.", True, [("ordinal", 1, None, None), ("count", 78000, None, "about")], "Fasching-Oberwalder"),
    ("de", "Ob sich die Lage im Winter entspannt, wollte im Ministerium niemand vorhersagen.", False, [], None),
    # --- Oct: Krankenkassenprämien 2028 (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Grundversicherung wird 2028 erneut teurer: Die mittlere Monatsprämie klettert um 4,9 Prozent auf 408,30 Franken.", True, [("year", 2028, None, None), ("percent", 4.9, "%", None), ("money", 408.3, "CHF", None)], None),
    ("de", "Das gab das Bundesamt für Gesundheit (BAG) am Dienstag bekannt.", True, [], None),
    ("de", "Im Tessin zahlen die Versicherten künftig 7,2 Prozent mehr, in Appenzell Innerrhoden bloss 1,9 Prozent.", True, [("percent", 7.2, "%", None), ("percent", 1.9, "%", None)], None),
    ("de", "Eltern zahlen für ein Kind im Mittel 111,40 Franken, 19- bis 25-Jährige kommen auf 289,70 Franken.", True, [("money", 111.4, "CHF", None), ("duration", 19, "year", None), ("duration", 25, "year", None), ("money", 289.7, "CHF", None)], None),
    ("de", "Die Kosten der Grundversicherung dürften damit auf 42,6 Mrd. Fr. steigen.", True, [("money", 42600000000, "CHF", None)], None),
    ("de", "Gesundheitsministerin Anne-Catherine Brügger sagte, die Kosten für Medikamente und spitalambulante Behandlungen seien erneut überdurchschnittlich gewachsen.", True, [], "Anne-Catherine Brügger"),
    ("de", "«Wir dürfen die Familien mit dieser Last nicht alleinlassen», sagte Brügger.", False, [], None),
    ("de", "Seit 2019 sind die Prämien damit um rund 31 Prozent gestiegen.", True, [("year", 2019, None, None), ("percent", 31, "%", "about")], None),
    ("de", "Rund 28 Prozent der Versicherten erhalten eine Prämienverbilligung, wie aus den Zahlen des BAG hervorgeht.", True, [("percent", 28, "%", "about")], None),
    # --- Oct: Waiting lists in Wales (PA) ---
    ("en", "CARDIFF (PA) - The number of patient pathways on NHS Wales waiting lists fell for a fifth month in a row to 781,400 in August.", True, [("ordinal", 5, None, None), ("count", 781400, None, None)], None),
    ("en", "Around 23,100 pathways were older than two years, compared with almost 71,000 at the worst point in 2022.", True, [("count", 23100, None, "about"), ("duration", 2, "year", "over"), ("count", 71000, None, "nearly"), ("year", 2022, None, None)], None),
    ("en", "Health Secretary Elin Prydderch-Howells said the aim was to eliminate two-year waits in most specialties by March.", True, [("duration", 2, "year", None)], "Elin Prydderch-Howells"),
    ("en", "\"We are finally seeing the tide turn, and I pay tribute to staff for that,\" Prydderch-Howells said.", False, [], None),
    ("en", "Only 66.1 per cent of patients started cancer treatment within 62 days of referral, against a target of 75 per cent.", True, [("percent", 66.1, "%", None), ("duration", 62, "day", None), ("percent", 75, "%", None)], None),
    ("en", "Delayed discharges kept an average of 1,470 medically fit patients in Welsh hospital beds each day in September.", True, [("count", 1470, None, None)], None),
    ("en", "The Conservatives in the Senedd dismissed the improvement as \"nothing to write home about\".", False, [], None),
    # --- Nov: Warnstreik an Unikliniken (dpa) ---
    ("de", "Frankfurt/Main (dpa) - An 23 Universitätskliniken sind die Ärztinnen und Ärzte am Mittwoch in einen ganztägigen Warnstreik getreten.", True, [("count", 23, None, None)], None),
    ("de", "Nach Angaben des Marburger Bundes kamen rund 8.500 Beschäftigte zu Kundgebungen in Frankfurt, Hannover und Leipzig.", True, [("count", 8500, None, "about")], "der Marburger Bund"),
    ("de", "Die Gewerkschaft verlangt ein Plus von 8,2 Prozent für eine Laufzeit von zwölf Monaten.", True, [("percent", 8.2, "%", None), ("duration", 12, "month", None)], None),
    ("de", "Die Tarifgemeinschaft deutscher Länder hatte in der zweiten Verhandlungsrunde 3,6 Prozent in zwei Stufen über 27 Monate angeboten.", True, [("ordinal", 2, None, None), ("percent", 3.6, "%", None), ("count", 2, None, None), ("duration", 27, "month", None)], None),
    ("de", "MB-Verhandlungsführer Ansgar Dellbrügge sagte, viele Assistenzärzte arbeiteten regelmäßig mehr als 60 Stunden pro Woche.", True, [("duration", 60, "hour", "over")], "Ansgar Dellbrügge"),
    ("de", "„Wir streiken für unsere Patienten, nicht gegen sie“, sagte Dellbrügge.", False, [], None),
    ("de", "Notfälle wurden nach Angaben der Kliniken weiterhin versorgt.", True, [], None),
    ("de", "Die dritte Verhandlungsrunde ist für den 9. Dezember in Berlin angesetzt.", True, [("ordinal", 3, None, None), ("date", "--12-09", None, None)], None),
    ("de", "Die Arbeitgeber nannten den Streik „unverhältnismäßig“.", False, [], None),
    # --- Nov: Care workers in Japan (Reuters) ---
    ("en", "TOKYO, Nov 17 (Reuters) - Japan will need about 2.4 million care workers by fiscal 2030, roughly 230,000 more than it employs today, the health ministry said on Monday.", True, [("date", "--11-17", None, None), ("count", 2400000, None, "about"), ("year", 2030, None, None), ("count", 230000, None, "about")], None),
    ("en", "More than 40% of nursing care providers reported a staff shortage in the latest survey, the ministry said.", True, [("percent", 40, "%", "over")], None),
    ("en", "The number of foreign care workers on specified skilled worker visas rose to 44,300 at the end of June, up from 28,600 a year earlier.", True, [("count", 44300, None, None), ("count", 28600, None, None)], None),
    ("en", "Health Minister Kenjiro Maeshima said the government would raise care workers' pay by 13,000 yen a month from April.", True, [("money", 13000, "JPY", None)], "Kenjiro Maeshima"),
    ("en", "\"Caring for our elderly is the foundation of a society that honours its past,\" Maeshima said.", False, [], None),
    ("en", "People aged 65 and older make up 29.8% of Japan's population.", True, [("duration", 65, "year", "at_least"), ("percent", 29.8, "%", None)], None),
    ("en", "Industry groups said the pay rise was welcome but came \"far too late\".", False, [], None),
    # --- Dec: Grippewelle in den Notaufnahmen (dpa/lsw) ---
    ("de", "Stuttgart (dpa/lsw) - Wegen der Grippewelle sind die Notaufnahmen in Baden-Württemberg so stark belastet wie seit Jahren nicht.", True, [], None),
    ("de", "In der vergangenen Woche wurden landesweit rund 2.300 Patientinnen und Patienten mit Influenza stationär aufgenommen, fast doppelt so viele wie sieben Tage zuvor.", True, [("count", 2300, None, "about"), ("count", 2, None, "nearly"), ("duration", 7, "day", None)], None),
    ("de", "Mehrere Kliniken, darunter das Klinikum Stuttgart, haben planbare Operationen für zunächst zwei Wochen verschoben.", True, [("duration", 2, "week", None)], None),
    ("de", "Sozialminister Bertram Kölblinger (Grüne) sagte, in 27 der 44 Stadt- und Landkreise seien die Intensivbetten zu mehr als 90 Prozent ausgelastet.", True, [("count", 27, None, None), ("count", 44, None, None), ("percent", 90, "%", "over")], "Bertram Kölblinger"),
    ("de", "„Bitte gehen Sie nur in die Notaufnahme, wenn es wirklich ein Notfall ist“, sagte Kölblinger.", False, [], None),
    ("de", "Über die Feiertage ist der ärztliche Bereitschaftsdienst unter der Nummer 116117 rund um die Uhr erreichbar.", True, [], None),
    ("de", "Die Landesärztekammer zeigte sich besorgt über die Stimmung in den Notaufnahmen.", False, [], None),
    ("de", "„Wir schieben seit Tagen Doppelschichten und sind alle am Ende“, sagte eine 38-jährige Pflegerin.", False, [("duration", 38, "year", None)], None),
    # --- Dec: Aged care audits in Australia (AAP) ---
    ("en", "SYDNEY (AAP) - Almost one in four residential aged care homes in Australia failed at least one of the quality standards at their most recent audit.", True, [("fraction", 0.25, None, "nearly"), ("count", 1, None, "at_least")], None),
    ("en", "The Aged Care Quality and Safety Commission received 6,850 complaints in the three months to September, up 12% on a year earlier.", True, [("count", 6850, None, None), ("duration", 3, "month", None), ("percent", 12, "%", None)], None),
    ("en", "Aged Care Minister Declan Forsythe-Merrick said 215 homes had been placed under sanctions or notices since the new Aged Care Act took effect on November 1.", True, [("count", 215, None, None), ("date", "--11-01", None, None)], "Declan Forsythe-Merrick"),
    ("en", "\"Older Australians deserve dignity, full stop,\" Forsythe-Merrick said.", False, [], None),
    ("en", "Residents now receive an average of 212 minutes of care a day, above the mandated 200 minutes.", True, [("duration", 212, "minute", None), ("duration", 200, "minute", None)], None),
    ("en", "Providers reported a combined operating loss of A$380 million in the last financial year, according to a benchmarking survey by an accounting firm.", True, [("money", 380000000, "AUD", None)], None),
    ("en", "More than 96,000 older Australians were waiting for a home care package, about 1,800 fewer than in June.", True, [("count", 96000, None, "over"), ("count", 1800, None, "about")], None),
    ("en", "Advocates for older people said the system still felt \"broken and cruel\" to many families.", False, [], None),
]
