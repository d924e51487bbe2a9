"""Forty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Rainer
Stöckl, Gerold Hainzl, Bernhard Lenzinger, Ilse Wanek, Doris Pfaff, Katrin Wessel, Martin
Crane, Rachel Osei, Julie Pratt, Dorothy Kemp, Fiona Lally, Daniel Roper); real institutions
and places such as "ÖGK"/"Gesundheitskasse", "Ärztekammer", "Rechnungshof", "Dachverband der
Sozialversicherungsträger", "Pensionsversicherungsanstalt", "Fonds Soziales Wien",
"Statistik Austria", "Destatis", "GKV-Spitzenverband", "Verband der Ersatzkassen", "Deutsche
Rentenversicherung", "Robert Koch-Institut", "BAG", "H+", "NHS England", "NHS Digital",
"Macmillan Cancer Support", "the British Medical Association", "the Royal College of
Nursing", "the ONS", "LaingBuisson", "the Department for Work and Pensions", "the CDC", "the
Centers for Medicare & Medicaid Services", "the INMO", "the HSE", "the National Treatment
Purchase Fund", "the AIHW" or "Samaritans" stand for the way wire copy names them; every
waiting time, list, rate, fee, budget and quote here is invented.

Its weight: HEALTH SYSTEMS, WAITING TIMES AND SOCIAL SERVICES. Half German (APA, dpa,
Keystone-SDA, sda; Austrian "Jänner", "heuer", "Spital", Swiss "ss", "6'400", "2500
Franken", "5,9 Mrd. Fr.", „“ and «» quotes): waiting times for MRI and CT scans and
psychotherapy (ÖGK), vacant GP contracts and private doctors (Ärztekammer, Dachverband),
an audit office report on state hospitals (waits for hip and knee replacements, closed
beds, agency staff), the health insurer's deficit, pension rises and the minimum pension
top-up, long-term care (Pflegegeld levels, 24-hour care, staff shortages in full-time
equivalents, night-shift staffing ratios), life expectancy, healthy life years and health
spending (Statistik Austria), people in need of care and care grades (Destatis), statutory
health insurance contributions and deficits (GKV), the German hospital reform, care-home
co-payments, German pension rises, flu vaccination rates and measles (RKI), Swiss premiums,
deductibles and subsidies (BAG), nurse shortages in Swiss hospitals, Vienna's emergency
departments and a flu wave. Half English (PA, Reuters, AP, AAP): the NHS England waiting
list, A&E and the four-hour target, ambulance response times, cancer targets, GP numbers
and the patients per GP, nursing vacancies in full-time equivalents, ONS life expectancy,
care-home fees, the state pension and Universal Credit, U.S. measles, Medicare premiums,
overdose deaths and flu (CDC), Irish trolley counts, the HSE budget and outpatient waiting
lists, Australian emergency departments and elective surgery (AIHW), bulk billing and PBS
co-payments, aged care, a resident doctors' strike, long-term sickness (ONS) and mental
health services. Figures as such copy has them: waits in days, weeks, months and hours,
minutes and seconds, list sizes in millions, shares seen within a time, targets, beds,
vacancies and full-time equivalents, ratios ("one fully qualified GP for every 2,273
patients", "Auf einen Kassenarzt ... kommen ... 2.140 Einwohner", "ein Betreuungsschlüssel
von 1 zu 40", "Knapp neun von zehn", "jeder dritte", "Nine in 10"), budgets and deficits,
pension, benefit and fee rates per week and month, vaccination rates, cases per 100,000,
life expectancy in years, age groups ("über 65-Jährige", "Kinder unter fünf Jahren", "aged
65 and over", "under 18"), ranges, hedges and comparisons with earlier years. Negatives as
such copy has them: patients', relatives' and staff's feelings in quotes, lobby rhetoric,
advice and appeals, commentary, open questions, and boilerplate (helpline and emergency
numbers, "Figures for Scotland, Wales and Northern Ireland are published separately.").

235 rows (119 German, 116 English), 48 negatives (25 German, 23 English), 187 check-worthy
rows of which 2 carry no figure (2 German, 0 English), 359 expected quantities (99 counts,
83 durations, 61 percentages, 51 amounts of money, 37 years, 15 fractions, 7 ordinals, 6
dates; none of them in negatives), 31 checked speakers (14 German, 17 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a rule or a fact is check-worthy with the speaker its own attribution gives
  ("In dringenden Fällen müsse ein Termin binnen 48 Stunden vergeben werden, sagte
  ÖGK-Obmann Rainer Stöckl." -> "Rainer Stöckl", forty-first and forty-second batches).
- Waiting times are durations (third, fourth and eighth batches: "Die Wartezeit auf einen
  MRT-Termin beträgt im Schnitt sechs Wochen."): "im Schnitt 24 Tage", "durchschnittlich 19
  Tage", "durchschnittlich 17 Wochen, auf eine Knieprothese sogar 23 Wochen", "bei
  dreieinhalb Monaten" 3.5 months (as "siebeneinhalb Jahre", twentieth), "The median wait
  was 13.6 weeks, compared with 12.9 weeks", "the median wait was 49 days", "within 338
  days", "bis zu sechs Stunden" ("up_to"), "binnen zehn Minuten", "binnen 48 Stunden",
  "within 28 days", "within 62 days" ("within" and "binnen" no hedge, eighteenth and
  twenty-eighth); "im Schnitt", "durchschnittlich", "median", "an average of" and "on
  average" are no hedge (tenth, twelfth, thirtieth and thirty-third). A list that writes
  the unit once gives it to every figure (forty-first and forty-sixth): "durchschnittlich 19
  Tage, im Burgenland sind es 31" 19 and 31 days; "nur 63,4 Jahre, Männer 62,9" two
  durations; "78.8 years for males and 82.8 for females" two durations. Ranges give both
  ends with their units ("von drei bis neun Monaten" 3 and 9 months, as "nach drei bis zwölf
  Monaten", twenty-ninth; "zwischen 19 und 25 Jahren" 19 and 25 years, as "im Alter von 24
  bis 31 Jahren", nineteenth).
- Targets and standards named by a compound with a figure are durations (as "a 48-hour
  walkout", tenth, and "the 18-week standard", thirty-third): "the four-hour target" and
  "within four hours" 4 hours, "The 62-day standard" 62 days, "the eight-minute mark" 8
  minutes, "a five-day walkout" 5 days, "the three-year degree" 3 years, "the largest
  one-year decline" 1 year (as "one-day drop", sixth), "24-Stunden-Betreuung" 24 hours (as
  "35-Stunden-Woche", twelfth). Response times written in two units give two durations:
  "35 minutes and 11 seconds", "within 11 hours and 24 minutes" (as "2 Minuten und 8,45
  Sekunden", tenth). "215 care minutes per resident per day" 215 minutes ("per resident",
  "per day" none). "Category 2" and "Category 1" are counts 2 and 1 (a level on a scale, as
  "a Category 3 storm", twentieth); "Kategorie Orange" none.
- New: "länger als" and "longer than" straight before a figure are "over", as "mehr als"
  and "more than": "länger als sechs Wochen" 6 weeks "over", "waiting longer than 18 months"
  18 months "over" (in the thirty-third batch "longer than the 18-week standard" carried no
  hedge because "the" stood between). "under 18 weeks" 18 weeks "under" (as "less than 18
  weeks", thirty-third); "waited more than 52 weeks", "wait more than 10 weeks", "waited over
  18 months", "more than 365 days" "over"; "seit mehr als einem halben Jahr" 0.5 years
  "over" (as "mindestens ein halbes Jahr", eleventh).
- Ages and age groups are durations in years (first, sixteenth, twenty-first, twenty-second
  and forty-first batches): "über 65-Jährige", "der über
  85-Jährigen", "den über 90-Jährigen", "der über 60-Jährigen" "over"; "älter als 60 Jahre"
  "over" (tenth); "Kinder unter fünf Jahren", "Children under 5" and "young people under 18"
  "under" (as "people over 65", twenty-first: a bare figure after an age word is an age);
  "A 65-year-old man", "is 84 years old" no hedge. New: "aged 65 and over", "aged 85 and
  over" and "aged 25 or over" are "at_least" - "and over" / "or over" after the figure
  closes an inclusive lower bound, unlike a comparison word after a figure ("4 Prozent
  unter dem Durchschnitt", forty-second), which states a difference, not a bound.
- Life expectancy and healthy life years are durations in years (ninth, eleventh and
  forty-first): "84,2 und ... 79,6 Jahren", "61.5 years for men and 61.9 years for women",
  "live 73.1 years, nearly nine years fewer" (9 years "nearly"), "a further 18.5 years",
  "18.7 years"; "Das durchschnittliche Pensionsantrittsalter lag ... bei 61,6 Jahren" 61.6
  years (as "auf 67 Jahre anheben", second).
- New: staff counted in full-time equivalents are counts of the figure, the unit words
  carrying nothing: "640 Vollzeitäquivalente ..., davon 190" counts 640 and 190, "um 350
  VZÄ" count 350, "26,418 full-time equivalent nursing vacancies" count 26,418, "fully
  qualified full-time equivalent GPs fell to 27,512" count 27,512, "around 1.38 million FTE
  staff" 1,380,000 "about", "Some 1,350 whole-time equivalent staff" 1,350 "about".
  Weekly hours and contribution years written as compound nouns are counts, as "25,5
  Wochenstunden" (twenty-fourth) and "30 Dienstjahren" (twenty-eighth): "27,5
  Wochenstunden" count 27.5, "nach 45 Beitragsjahren" count 45.
- New: ratios. "one fully qualified GP for every 2,273 patients, up from one for every
  1,938" counts 1, 2,273, 1 and 1,938, and "one GP now covers about 2,500 patients" counts
  1 and 2,500 "about" - the English number word is a count (as "one dead", forty-third) and
  "for every" joins two counts, as "929 girls for every 1,000 boys" (forty-first); the
  German article in "Auf einen Kassenarzt ... kommen ... 2.140 Einwohner" carries none
  (an article, as "ein Singlehaushalt", forty-first), so that row gives count 2,140 only.
  "ein Betreuungsschlüssel von 1 zu 40" counts 1 and 40 (as "etwa 1 zu 140 Millionen",
  forty-sixth). "Knapp neun von zehn Pflegebedürftigen" counts 9 ("nearly") and 10 (a
  definite group, as "83 von 100 Tumoren" and "10 of 12 children", forty-fourth), while
  "Nine in 10 patients" is fraction 0.9 and "one in two" 0.5 (as "7 in 10", sixth, and
  "One in five", forty-third).
- Care levels are counts (a level on a scale, as "Gefahrenstufe 3", twenty-first, and "der
  Stufe 3 von 4", thirty-eighth): "Das Pflegegeld der Stufe 4" count 4; new: "Pflegegrad 4
  oder 5" counts 4 and 5. New: "in Vierbettzimmern" count 4 - a number word counting the
  parts inside a compound noun, as "Einpersonenhaushalte" (forty-first) and
  "Vier-Personen-Haushalt" (twenty-ninth).
- New: "the 90th percentile" is ordinal 90 (a rank written as an ordinal, as "the 13th
  year"); "at 462 days" after it is 462 days.
- Fractions: "Rund jeder vierte" 0.25 "about", "Jeder dritte" and "Jede dritte" 0.3333,
  "jede vierte Person" 0.25, "Jeder fünfte" 0.2, "Gut jedes vierte" 0.25 "over", "Gut ein
  Viertel" 0.25 "over", "Fast die Hälfte" 0.5 "nearly", "Mehr als die Hälfte" 0.5 "over",
  "um ein Drittel mehr" 0.3333 (a share before a comparative, twenty-fourth), "Almost one
  in three" 0.3333 "nearly", "One in four" 0.25, "about a third" 0.3333 "about" (first,
  tenth, forty-first and forty-third batches).
- Counts: list sizes and case numbers ("7.39 million cases" with "an estimated" "about",
  as in the forty-first and forty-sixth; "Some 6.24 million" "about", "Some" as "some",
  forty-fifth; "knapp 1,1 Millionen", "17,2 Millionen", "rund 5,7 Millionen", "2,53 Millionen",
  "9.1 million presentations", "30.4 million appointments"); beds, homes, hospitals, funds
  and service groups ("5.482 auf 5.107 ... 4.690", "knapp 477.000 Betten", "16.500
  Pflegeheime" with "einem der" none, "65 Leistungsgruppen", "von 124 auf 94"); rates per
  100,000 ("0,77 Fällen je 100.000 Einwohner", "127 per 100,000 people": two counts each,
  fourth, twenty-third and twenty-seventh batches); "14-mal jährlich" count 14 (as "14-mal
  im Jahr", twenty-eighth); "three people have died" count 3; "Twenty-one children" count
  21; "Some 618 people" 618 "about"; "at least 9.1 million illnesses, 110,000
  hospitalizations and 4,900 deaths" - the hedge only on the first figure.
- Money: fees, pensions and benefits are money, the period carrying none ("im Monat",
  "monatlich", "jährlich", "a week", "a month", "a year", twenty-ninth and forty-fifth):
  "1.308,39 Euro im Monat", "784,50 Euro monatlich", "bis zu 800 Euro im Monat" ("up_to"),
  "3.245 Euro monatlich", "1.835,50 Euro brutto", "£241.30 a week", "£424.90 a month",
  "$206.50 ... from $185", "about $56 a month"; "für Bezüge von mehr als 2.500 Euro" 2,500
  EUR "over"; "People with assets above £23,250" 23,250 GBP "over" (as "record above $4,000
  an ounce", thirty-fourth); "weniger als 1.100 Euro" "under"; Swiss "456,80 Franken",
  "Franchise von 2500 Franken" (no separator, as "5000 Franken", thirty-fifth), "bis zu 1540
  Franken im Jahr" "up_to", "5,9 Mrd. Fr." 5.9e9 CHF (as "2,8 Mrd. Fr.", twelfth); "38,4
  Mio. Euro", "£146bn", "€1.5bn", "£70bn", "between £50m and £60m" (two amounts, no hedge,
  as "Between 40,000 and 50,000", fourteenth); "ranged from about £1,150 a week ... to
  £1,740" 1,150 GBP "about" and 1,740 GBP; AAP copy writes "A$31.60 to A$25" and "A$200
  million" AUD.
- Percentages and points as usual; "des BIP" and "of the population" none; "Prozent des
  Kassentarifs" percent 80; "a vacancy rate of 6.7%" percent.
- Ordinals: "for the fourth consecutive month" 4 (as "zum vierten Mal in Folge");
  "die zweite Masernimpfung" 2 (as "the second vaccine dose", nineteenth); "im ersten
  Aufenthaltsjahr" 1 (as "im ersten Jahr", thirty-fourth); "das erste Halbjahr" 1 (as "im
  ersten Halbjahr", forty-second); "a first outpatient appointment" and "a first
  appointment" 1 (thirtieth).
- Years and dates: "im Prüfzeitraum 2021 bis 2023", "in 2021 to 2023" two years; "2024-25",
  "2011-13", "2010-11", "2029-30" two years each (fortieth, forty-fourth, forty-fifth);
  "Ende 2023", "seit 2015", "bis 2029", "by March 2026", "since July 2015", "to 2008 levels"
  the years; "mit 1. Jänner" --01-01 and "mit 15. November" --11-15 (thirtieth), "zum 1.
  Juli" --07-01, "Bis zum 31. Dezember" --12-31, "From January 1" --01-01; the dateline
  "LONDON, Nov 11 (Reuters)" --11-11, other datelines none; "from 7am on Friday", "seit
  Jänner", "von Jänner bis September", "by mid-December", "in the September quarter" none.
  "zwei Jahre zuvor" 2 years and "five years earlier" 5 years (as "six years earlier",
  forty-first); "vor einem Jahr", "a month earlier", "a year ago", "im Vorjahr", "heuer"
  none; "in the 12 months ending in August 2023", "in the past 12 months", "in the three
  months through September" durations; "verteilt auf zehn Jahre" 10 years (as "verteilt auf
  zweieinhalb Jahre", fifteenth); "over the previous two years" 2 years, no hedge
  (twenty-fifth: "over four days").
- Identifiers carry no quantity: the helpline and emergency numbers "144", "1450", "NHS
  111" and "116 123" (twentieth and thirty-sixth batches: telephone numbers), "e-card",
  "A&E", "Part B", "H+"; "mehr als verdoppelt" and "mehr als verdoppeln" none (first batch).
- Hedges, only the names in use: "rund", "Rund", "about", "About", "around", "Around",
  "roughly", "Roughly", "an estimated", "Some", "some" "about"; "knapp", "Knapp", "Fast",
  "nearly", "Almost" "nearly"; "gut", "Gut", "mehr als", "More than", "more than", "over",
  "über" before a figure, "above", "länger als", "longer than" "over"; "weniger als",
  "under" "under"; "bis zu", "up to" "up_to"; "at least" "at_least"; "and over", "or over"
  after an age "at_least" (above); "Nur", "Only", "nur", "sogar", "just above the ...",
  "insgesamt", "zusammen", "kumuliert" no hedge.
- Check-worthy without a figure: the audit office's published criticism of waiting times
  and the hospital holding's rejection of it.
- Negatives: feelings in quotes of patients, relatives, nurses and carers ("„Man fühlt sich
  als Kassenpatientin einfach im Stich gelassen“ ...", "„Ich liebe meinen Beruf, aber ich
  kann einfach nicht mehr“ ...", "«Wir arbeiten seit Monaten am Limit» ...", ""I sat on a
  plastic chair all night and nobody came" ...", ""We had to sell Mum's house ..."", ""Mum has
  been waiting so long ..."", ""Every dollar counts ..."", "A mother described the wait
  ... as "agonising"."), rhetoric of officials, lobbies and unions ("„Wir haben kein
  Einnahmen-, sondern ein Ausgabenproblem“", "„So kann es nicht weitergehen“", "„Die Rente
  muss zum Leben reichen“", "«Der Mittelstand wird langsam, aber sicher erdrückt»",
  ""Every number on that list is a person in pain"", "Nurses deserve to feel valued ...",
  ""It's undignified and unsafe ...""), warnings and counter-attacks without a checkable
  claim, advice and appeals ("..., rät die Gesundheitskasse.", "..., raten
  Verbraucherschützer.", "..., rät der Vergleichsdienst.", "Wer unsicher ist, ... sollte
  ...", "Patients should keep their appointments ...", "Parents with questions about
  vaccines should ...", "It's not too late to get vaccinated ...", "Anyone needing urgent
  care should still come forward ..."), commentary and vague assessments ("Die alternde
  Gesellschaft ist die große Herausforderung ...", "Hinter jeder dieser Zahlen steht ein
  Mensch ...", "Public health experts say the gap reflects ...", "Charities said the
  figures were a stark reminder ...", "Campaigners said many pensioners would still
  struggle ...", "Doctors' groups welcomed the move but ...", "Economists say ..."), an
  open question ("Ob die angekündigten Reformen tatsächlich greifen, wird sich erst
  zeigen."), an uncertain outlook ("Experts cautioned it was still too soon to tell ...")
  and boilerplate (emergency and helpline numbers, the Samaritans line, "Figures for
  Scotland, Wales and Northern Ireland are published separately."). No negative carries a
  quantity.
- Speakers, checked only in forms the earlier batches settled: "teilte die ÖGK am Dienstag
  mit" -> "die ÖGK" (as "teilte die Landespolizeidirektion am Freitag mit", twenty-first);
  "so die Ärztekammer" -> "die Ärztekammer" (as "so die Bischofskonferenz", forty-first);
  "teilte der Dachverband der Sozialversicherungsträger / das Sozialministerium / das BAG
  mit", "wie der Verband der Ersatzkassen / das Robert Koch-Institut mitteilte" the source
  with its article in the nominative (thirty-fourth, eleventh and forty-fourth); "Nach
  Angaben des GKV-Spitzenverbands" -> "der GKV-Spitzenverband" (as "Nach Angaben des
  Bundesrechnungshofs", twenty-fifth); "Laut Pensionsversicherungsanstalt", "laut Fonds
  Soziales Wien", "laut Statistik Austria" as written (as "Laut Statistik Austria",
  forty-fourth, and "laut TCS", thirty-eighth); "teilte Destatis mit" -> "Destatis" (as
  "teilte Fraport mit", forty-sixth); a title before a name dropped ("ÖGK-Obmann",
  "Gesundheitsministerin", "Health Secretary", "Health Minister"); "according to NHS
  England" and "according to LaingBuisson" as written (as "according to Nationwide",
  forty-third); "NHS England said ..." and "Macmillan Cancer Support said ..." opening the
  sentence as written (as "Network Rail said ...", forty-third); "the CDC said Wednesday"
  -> "the CDC" (as "the Agriculture Department said Monday", forty-second); "the Royal
  College of Nursing said", "the ONS said", "the Department for Work and Pensions said",
  "the Centers for Medicare & Medicaid Services said", "the HSE said", "the AIHW said" and
  "the Office for National Statistics said" with the article in lower case (as "the HSE
  said", fortieth, and "the AEC said", forty-first); "according to the Irish Nurses and
  Midwives Organisation / the National Treatment Purchase Fund / the Australian Institute
  of Health and Welfare" with the article in lower case (as "according to the Pew Research
  Center", forty-first). Left unchecked (None): "laut dem Branchenverband H+" (a
  description before a name), "nach Angaben der Deutschen Rentenversicherung" (a
  capitalised adjective heading the name, twentieth and thirty-first), "zählte die
  Gesundheitskasse" and "beziffern die Prüfer" (no verb of saying), "laut einer Prognose
  des Gesundheitsministeriums", "gemäss einer Prognose des Gesundheitsobservatoriums",
  "nach einer Umfrage der Deutschen Krankenhausgesellschaft", "dem Bericht zufolge" and
  "nach Einschätzung der Ärzte" (documents and estimates); "The Royal College of Emergency
  Medicine estimates", "The CDC estimates", "the government estimates", "Health officials
  say" (present tense, as "the WHO says", thirty-first), "according to analysis by the
  British Medical Association" and "according to provisional data from the CDC" (a
  document), "the GP Patient Survey found", "a survey found", "government data shows",
  "NHS Digital figures show", "officials told an Oireachtas committee", "the British
  Medical Association has announced" (a tense not settled), rows without attribution and
  all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_49 = [
    # === German =================================================================================
    # --- ÖGK: Wartezeiten auf MRT und CT (APA) ---
    ("de", "Wien (APA) - Auf einen Termin für eine Magnetresonanztomografie warten Kassenpatienten in Österreich im Schnitt 24 Tage, teilte die ÖGK am Dienstag mit.", True, [("duration", 24, "day", None)], "die ÖGK"),
    ("de", "In Niederösterreich beträgt die Wartezeit auf eine CT-Untersuchung durchschnittlich 19 Tage, im Burgenland sind es 31.", True, [("duration", 19, "day", None), ("duration", 31, "day", None)], None),
    ("de", "In dringenden Fällen müsse ein Termin binnen 48 Stunden vergeben werden, sagte ÖGK-Obmann Rainer Stöckl.", True, [("duration", 48, "hour", None)], "Rainer Stöckl"),
    ("de", "Rund jeder vierte Versicherte wartet länger als sechs Wochen auf eine MRT.", True, [("fraction", 0.25, None, "about"), ("duration", 6, "week", "over")], None),
    ("de", "Bei Psychotherapie auf Kassenkosten reichen die Wartezeiten je nach Bundesland von drei bis neun Monaten.", True, [("duration", 3, "month", None), ("duration", 9, "month", None)], None),
    ("de", "Die Zahl der MRT-Untersuchungen auf Kassenkosten stieg 2024 um 6,3 Prozent auf knapp 1,1 Millionen.", True, [("year", 2024, None, None), ("percent", 6.3, "%", None), ("count", 1100000, None, "nearly")], None),
    ("de", "„Man fühlt sich als Kassenpatientin einfach im Stich gelassen“, sagte eine Frau aus Amstetten.", False, [], None),
    ("de", "Wer keinen zeitnahen Termin bekommt, sollte bei anderen Instituten in der Region nachfragen, rät die Gesundheitskasse.", False, [], None),
    # --- Ärztekammer: unbesetzte Kassenstellen (APA) ---
    ("de", "Wien (APA) - In Österreich sind derzeit 312 Kassenstellen für Allgemeinmedizin unbesetzt, so die Ärztekammer.", True, [("count", 312, None, None)], "die Ärztekammer"),
    ("de", "Besonders betroffen ist Niederösterreich, wo 71 Stellen seit mehr als einem halben Jahr ausgeschrieben sind.", True, [("count", 71, None, None), ("duration", 0.5, "year", "over")], None),
    ("de", "Auf einen Kassenarzt für Allgemeinmedizin kommen im Bezirk Gänserndorf rechnerisch 2.140 Einwohner.", True, [("count", 2140, None, None)], None),
    ("de", "Jeder dritte Kassen-Allgemeinmediziner ist älter als 60 Jahre und dürfte in den kommenden fünf Jahren in Pension gehen.", True, [("fraction", 0.3333, None, None), ("duration", 60, "year", "over"), ("duration", 5, "year", None)], None),
    ("de", "Die Zahl der Wahlärzte ist seit 2015 um gut 40 Prozent auf rund 10.900 gestiegen, teilte der Dachverband der Sozialversicherungsträger mit.", True, [("year", 2015, None, None), ("percent", 40, "%", "over"), ("count", 10900, None, "about")], "der Dachverband der Sozialversicherungsträger"),
    ("de", "Patienten eines Wahlarztes bekommen von der Kasse 80 Prozent des Kassentarifs zurück.", True, [("percent", 80, "%", None)], None),
    ("de", "„Der Beruf des Hausarztes muss wieder attraktiver werden, sonst stehen ganze Täler ohne Versorgung da“, warnte Ärztekammer-Vizepräsident Gerold Hainzl.", False, [], None),
    ("de", "Der Kammer fehle es schlicht an eigenen Ideen, konterte man bei der Gesundheitskasse.", False, [], None),
    # --- Rechnungshof: Landeskliniken (APA) ---
    ("de", "Linz (APA) - Der Rechnungshof kritisiert in einem am Freitag veröffentlichten Bericht lange Wartezeiten auf planbare Operationen in den Landeskliniken.", True, [], None),
    ("de", "Auf eine Hüftprothese warteten Patientinnen und Patienten im Prüfzeitraum 2021 bis 2023 durchschnittlich 17 Wochen, auf eine Knieprothese sogar 23 Wochen.", True, [("year", 2021, None, None), ("year", 2023, None, None), ("duration", 17, "week", None), ("duration", 23, "week", None)], None),
    ("de", "Bei Grauen-Star-Operationen lag die längste gemessene Wartezeit bei dreieinhalb Monaten.", True, [("duration", 3.5, "month", None)], None),
    ("de", "Die Zahl der systemisierten Betten sank von 5.482 auf 5.107, tatsächlich betrieben wurden zuletzt aber nur 4.690.", True, [("count", 5482, None, None), ("count", 5107, None, None), ("count", 4690, None, None)], None),
    ("de", "Rund 410 Betten waren dem Bericht zufolge wegen fehlenden Personals gesperrt.", True, [("count", 410, None, "about")], None),
    ("de", "Den Mehraufwand für Leasingpersonal beziffern die Prüfer mit 38,4 Mio. Euro in drei Jahren.", True, [("money", 38400000, "EUR", None), ("duration", 3, "year", None)], None),
    ("de", "Die Landesgesundheitsholding wies die Kritik in einer schriftlichen Stellungnahme zurück.", True, [], None),
    ("de", "Ob die angekündigten Reformen tatsächlich greifen, wird sich erst zeigen.", False, [], None),
    # --- ÖGK: Gebarung (APA) ---
    ("de", "Wien (APA) - Die Gesundheitskasse rechnet für heuer mit einem Bilanzverlust von 612 Millionen Euro.", True, [("money", 612000000, "EUR", None)], None),
    ("de", "Bis 2029 könnte sich der Abgang laut der aktuellen Gebarungsvorschau auf kumuliert rund 2,3 Milliarden Euro summieren.", True, [("year", 2029, None, None), ("money", 2300000000, "EUR", "about")], None),
    ("de", "Die Ausgaben für Heilmittel stiegen von Jänner bis September um 8,9 Prozent.", True, [("percent", 8.9, "%", None)], None),
    ("de", "Die Beitragseinnahmen wuchsen im selben Zeitraum nur um 4,1 Prozent.", True, [("percent", 4.1, "%", None)], None),
    ("de", "Die Servicegebühr für die e-card steigt mit 15. November auf 13,80 Euro.", True, [("date", "--11-15", None, None), ("money", 13.8, "EUR", None)], None),
    ("de", "„Wir haben kein Einnahmen-, sondern ein Ausgabenproblem“, sagte ÖGK-Generaldirektor Bernhard Lenzinger.", False, [], None),
    ("de", "Gespart werden dürfe keinesfalls bei den Versicherten, betonte die Gewerkschaft.", False, [], None),
    # --- Pensionen (APA) ---
    ("de", "Wien (APA) - Die Pensionen steigen mit 1. Jänner um 2,7 Prozent, für Bezüge von mehr als 2.500 Euro gibt es einen Fixbetrag von 67,50 Euro.", True, [("date", "--01-01", None, None), ("percent", 2.7, "%", None), ("money", 2500, "EUR", "over"), ("money", 67.5, "EUR", None)], None),
    ("de", "Der Ausgleichszulagenrichtsatz für Alleinstehende erhöht sich damit auf 1.308,39 Euro im Monat.", True, [("money", 1308.39, "EUR", None)], None),
    ("de", "Pensionen werden in Österreich 14-mal jährlich ausbezahlt.", True, [("count", 14, None, None)], None),
    ("de", "Die durchschnittliche Alterspension von Frauen liegt mit 1.598 Euro brutto um gut 38 Prozent unter jener der Männer.", True, [("money", 1598, "EUR", None), ("percent", 38, "%", "over")], None),
    ("de", "Laut Pensionsversicherungsanstalt beziehen derzeit rund 2,53 Millionen Menschen eine Pension.", True, [("count", 2530000, None, "about")], "Pensionsversicherungsanstalt"),
    ("de", "Das durchschnittliche Pensionsantrittsalter lag zuletzt bei 61,6 Jahren.", True, [("duration", 61.6, "year", None)], None),
    ("de", "„Das ist eine Erhöhung, die die Teuerung bei Weitem nicht ausgleicht“, kritisierte Seniorenratspräsidentin Ilse Wanek.", False, [], None),
    ("de", "Für Menschen mit kleinen Pensionen bleibe der Alltag ein täglicher Kampf, hieß es vom Pensionistenverband.", False, [], None),
    # --- Pflege (APA) ---
    ("de", "Wien (APA) - Bis 2030 braucht Österreich laut einer Prognose des Gesundheitsministeriums zusätzlich rund 51.000 Pflege- und Betreuungskräfte.", True, [("year", 2030, None, None), ("count", 51000, None, "about")], None),
    ("de", "Derzeit beziehen rund 482.000 Menschen Pflegegeld, teilte das Sozialministerium mit.", True, [("count", 482000, None, "about")], "das Sozialministerium"),
    ("de", "Das Pflegegeld der Stufe 4 beträgt seit Jänner 784,50 Euro monatlich.", True, [("count", 4, None, None), ("money", 784.5, "EUR", None)], None),
    ("de", "Für die 24-Stunden-Betreuung zahlt der Bund einen Zuschuss von bis zu 800 Euro im Monat.", True, [("duration", 24, "hour", None), ("money", 800, "EUR", "up_to")], None),
    ("de", "In Wiener Pflegeheimen sind laut Fonds Soziales Wien knapp 1.200 Plätze wegen Personalmangels nicht belegbar.", True, [("count", 1200, None, "nearly")], "Fonds Soziales Wien"),
    ("de", "Die Landeskliniken suchen derzeit 640 Vollzeitäquivalente in der Pflege, davon 190 im Intensivbereich.", True, [("count", 640, None, None), ("count", 190, None, None)], None),
    ("de", "Das Land stockt den Dienstpostenplan der Heime im kommenden Jahr um 350 VZÄ auf.", True, [("count", 350, None, None)], None),
    ("de", "Fast die Hälfte der Pflegekräfte arbeitet in Teilzeit, im Schnitt 27,5 Wochenstunden.", True, [("fraction", 0.5, None, "nearly"), ("count", 27.5, None, None)], None),
    ("de", "In vielen Heimen gilt im Nachtdienst ein Betreuungsschlüssel von 1 zu 40.", True, [("count", 1, None, None), ("count", 40, None, None)], None),
    ("de", "„Ich liebe meinen Beruf, aber ich kann einfach nicht mehr“, sagte eine Pflegeassistentin aus Favoriten.", False, [], None),
    ("de", "Angehörige, die Unterstützung brauchen, können sich an die Pflegeberatung ihres Bundeslandes wenden.", False, [], None),
    # --- Statistik Austria: Lebenserwartung, Gesundheitsausgaben (APA) ---
    ("de", "Wien (APA) - Die Lebenserwartung bei der Geburt lag 2024 laut Statistik Austria bei Frauen bei 84,2 und bei Männern bei 79,6 Jahren.", True, [("year", 2024, None, None), ("duration", 84.2, "year", None), ("duration", 79.6, "year", None)], "Statistik Austria"),
    ("de", "In guter Gesundheit verbringen Frauen davon allerdings nur 63,4 Jahre, Männer 62,9.", True, [("duration", 63.4, "year", None), ("duration", 62.9, "year", None)], None),
    ("de", "Die laufenden Gesundheitsausgaben beliefen sich auf 56,4 Milliarden Euro oder 11,8 Prozent des BIP.", True, [("money", 56400000000, "EUR", None), ("percent", 11.8, "%", None)], None),
    ("de", "Pro Kopf wurden damit rund 6.150 Euro für Gesundheit ausgegeben.", True, [("money", 6150, "EUR", "about")], None),
    ("de", "Derzeit sind rund 19 Prozent der Bevölkerung über 65-Jährige, 2040 wird es bereits jede vierte Person sein.", True, [("percent", 19, "%", "about"), ("duration", 65, "year", "over"), ("year", 2040, None, None), ("fraction", 0.25, None, None)], None),
    ("de", "Die Zahl der über 85-Jährigen wird sich bis 2050 von 251.000 auf rund 540.000 mehr als verdoppeln.", True, [("duration", 85, "year", "over"), ("year", 2050, None, None), ("count", 251000, None, None), ("count", 540000, None, "about")], None),
    ("de", "Die alternde Gesellschaft ist die große Herausforderung der kommenden Jahrzehnte.", False, [], None),
    # --- Destatis: Pflegebedürftige (dpa) ---
    ("de", "Wiesbaden (dpa) - In Deutschland waren Ende 2023 rund 5,7 Millionen Menschen pflegebedürftig, teilte Destatis mit.", True, [("year", 2023, None, None), ("count", 5700000, None, "about")], "Destatis"),
    ("de", "Das sind 15 Prozent mehr als bei der vorigen Erhebung zwei Jahre zuvor.", True, [("percent", 15, "%", None), ("duration", 2, "year", None)], None),
    ("de", "Knapp neun von zehn Pflegebedürftigen wurden zu Hause versorgt, meist von Angehörigen.", True, [("count", 9, None, "nearly"), ("count", 10, None, None)], None),
    ("de", "Rund 840.000 Menschen lebten in einem der bundesweit 16.500 Pflegeheime.", True, [("count", 840000, None, "about"), ("count", 16500, None, None)], None),
    ("de", "Mehr als die Hälfte der Heimbewohner hatte Pflegegrad 4 oder 5.", True, [("fraction", 0.5, None, "over"), ("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "Die Pflegequote bei den über 90-Jährigen lag bei 82 Prozent.", True, [("duration", 90, "year", "over"), ("percent", 82, "%", None)], None),
    ("de", "Die Zahl der Behandlungsfälle in den Krankenhäusern stieg im selben Jahr auf 17,2 Millionen.", True, [("count", 17200000, None, None)], None),
    ("de", "Hinter jeder dieser Zahlen steht ein Mensch, der auf Hilfe angewiesen ist.", False, [], None),
    # --- GKV: Zusatzbeitrag (dpa) ---
    ("de", "Berlin (dpa) - Der durchschnittliche Zusatzbeitrag in der gesetzlichen Krankenversicherung steigt im kommenden Jahr auf 2,9 Prozent.", True, [("percent", 2.9, "%", None)], None),
    ("de", "Einschließlich des allgemeinen Beitragssatzes von 14,6 Prozent zahlen Versicherte und Arbeitgeber damit zusammen 17,5 Prozent des Bruttolohns.", True, [("percent", 14.6, "%", None), ("percent", 17.5, "%", None)], None),
    ("de", "Nach Angaben des GKV-Spitzenverbands schlossen die Kassen das erste Halbjahr mit einem Defizit von 1,4 Milliarden Euro ab.", True, [("ordinal", 1, None, None), ("money", 1400000000, "EUR", None)], "der GKV-Spitzenverband"),
    ("de", "Die Beitragsbemessungsgrenze steigt auf 5.812,50 Euro im Monat.", True, [("money", 5812.5, "EUR", None)], None),
    ("de", "Seit 2015 ist die Zahl der gesetzlichen Kassen von 124 auf 94 gesunken.", True, [("year", 2015, None, None), ("count", 124, None, None), ("count", 94, None, None)], None),
    ("de", "„So kann es nicht weitergehen“, sagte Verbandschefin Doris Pfaff.", False, [], None),
    ("de", "Für Versicherte lohnt sich ein Vergleich der Kassen, raten Verbraucherschützer.", False, [], None),
    # --- Krankenhausreform (dpa) ---
    ("de", "Berlin (dpa) - Für den Umbau der Kliniklandschaft stehen verteilt auf zehn Jahre bis zu 50 Milliarden Euro aus einem Transformationsfonds bereit.", True, [("duration", 10, "year", None), ("money", 50000000000, "EUR", "up_to")], None),
    ("de", "In Deutschland gibt es derzeit rund 1.700 Krankenhäuser mit knapp 477.000 Betten.", True, [("count", 1700, None, "about"), ("count", 477000, None, "nearly")], None),
    ("de", "Die durchschnittliche Verweildauer lag zuletzt bei 7,2 Tagen, die Bettenauslastung bei 71 Prozent.", True, [("duration", 7.2, "day", None), ("percent", 71, "%", None)], None),
    ("de", "Künftig sollen die Kliniken nach 65 Leistungsgruppen vergütet werden.", True, [("count", 65, None, None)], None),
    ("de", "Gut jedes vierte Krankenhaus schrieb 2024 nach einer Umfrage der Deutschen Krankenhausgesellschaft rote Zahlen.", True, [("fraction", 0.25, None, "over"), ("year", 2024, None, None)], None),
    ("de", "Bis zum 31. Dezember müssen die Länder den Häusern ihre Leistungsgruppen zuweisen, sagte Gesundheitsministerin Katrin Wessel.", True, [("date", "--12-31", None, None)], "Katrin Wessel"),
    ("de", "„Die Reform kommt für viele Häuser auf dem Land zu spät“, sagte ein Klinikmanager aus Brandenburg.", False, [], None),
    # --- Pflegeheim: Eigenanteil (dpa) ---
    ("de", "Berlin (dpa) - Pflegebedürftige im Heim müssen im ersten Aufenthaltsjahr im Bundesschnitt 3.245 Euro monatlich selbst zahlen, wie der Verband der Ersatzkassen mitteilte.", True, [("ordinal", 1, None, None), ("money", 3245, "EUR", None)], "der Verband der Ersatzkassen"),
    ("de", "Das sind 124 Euro mehr als vor einem Jahr.", True, [("money", 124, "EUR", None)], None),
    ("de", "Am teuersten ist ein Heimplatz in Nordrhein-Westfalen mit 3.612 Euro, am günstigsten in Sachsen-Anhalt mit 2.583 Euro.", True, [("money", 3612, "EUR", None), ("money", 2583, "EUR", None)], None),
    ("de", "Nach mehr als drei Jahren im Heim sinkt der pflegebedingte Eigenanteil durch einen Zuschlag der Pflegekasse um 75 Prozent.", True, [("duration", 3, "year", "over"), ("percent", 75, "%", None)], None),
    ("de", "Viele Familien fragen sich, wie sie das noch stemmen sollen.", False, [], None),
    # --- Rente (dpa) ---
    ("de", "Berlin (dpa) - Die rund 21 Millionen Rentnerinnen und Rentner in Deutschland bekommen zum 1. Juli 3,73 Prozent mehr Geld.", True, [("count", 21000000, None, "about"), ("date", "--07-01", None, None), ("percent", 3.73, "%", None)], None),
    ("de", "Eine Standardrente nach 45 Beitragsjahren steigt damit um 66,15 Euro auf 1.835,50 Euro brutto im Monat.", True, [("count", 45, None, None), ("money", 66.15, "EUR", None), ("money", 1835.5, "EUR", None)], None),
    ("de", "Bis 2031 garantiert die Regierung ein Rentenniveau von 48 Prozent.", True, [("year", 2031, None, None), ("percent", 48, "%", None)], None),
    ("de", "Jeder fünfte Rentner bezieht nach Angaben der Deutschen Rentenversicherung weniger als 1.100 Euro.", True, [("fraction", 0.2, None, None), ("money", 1100, "EUR", "under")], None),
    ("de", "„Die Rente muss zum Leben reichen“, rief die Sozialverbandschefin bei einer Kundgebung.", False, [], None),
    # --- RKI: Impfquoten, Masern (dpa) ---
    ("de", "Berlin (dpa) - Nur 36,9 Prozent der über 60-Jährigen haben sich in der vergangenen Saison gegen Grippe impfen lassen, wie das Robert Koch-Institut mitteilte.", True, [("percent", 36.9, "%", None), ("duration", 60, "year", "over")], "das Robert Koch-Institut"),
    ("de", "Die EU empfiehlt für ältere Menschen eine Impfquote von 75 Prozent.", True, [("percent", 75, "%", None)], None),
    ("de", "Bei Schulanfängern lag die Quote für die zweite Masernimpfung bei 92,7 Prozent, das Ziel von 95 Prozent wurde erneut verfehlt.", True, [("ordinal", 2, None, None), ("percent", 92.7, "%", None), ("percent", 95, "%", None)], None),
    ("de", "Seit Jahresbeginn wurden 644 Masernfälle übermittelt, gegenüber 79 im gesamten Vorjahr.", True, [("count", 644, None, None), ("count", 79, None, None)], None),
    ("de", "Das entspricht einer Inzidenz von 0,77 Fällen je 100.000 Einwohner.", True, [("count", 0.77, None, None), ("count", 100000, None, None)], None),
    ("de", "Am stärksten betroffen sind Kinder unter fünf Jahren.", True, [("duration", 5, "year", "under")], None),
    ("de", "Wer unsicher ist, ob er ausreichend geschützt ist, sollte seinen Impfpass prüfen lassen.", False, [], None),
    # --- BAG: Prämien (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die mittlere Monatsprämie für Erwachsene steigt 2026 um 4,1 Prozent auf 456,80 Franken, teilte das BAG mit.", True, [("year", 2026, None, None), ("percent", 4.1, "%", None), ("money", 456.8, "CHF", None)], "das BAG"),
    ("de", "Für Kinder sind es neu 118,40 Franken, für junge Erwachsene zwischen 19 und 25 Jahren 319,10 Franken.", True, [("money", 118.4, "CHF", None), ("duration", 19, "year", None), ("duration", 25, "year", None), ("money", 319.1, "CHF", None)], None),
    ("de", "Den grössten Anstieg verzeichnet der Kanton Tessin mit 7,1 Prozent, den kleinsten Appenzell Innerrhoden mit 1,9 Prozent.", True, [("percent", 7.1, "%", None), ("percent", 1.9, "%", None)], None),
    ("de", "Wer die höchste Franchise von 2500 Franken wählt, spart bis zu 1540 Franken im Jahr.", True, [("money", 2500, "CHF", None), ("money", 1540, "CHF", "up_to")], None),
    ("de", "Seit Inkrafttreten des Krankenversicherungsgesetzes 1996 haben sich die Prämien mehr als verdoppelt.", True, [("year", 1996, None, None)], None),
    ("de", "Gut ein Viertel der Versicherten erhielt im Vorjahr eine Prämienverbilligung, insgesamt 5,9 Mrd. Fr.", True, [("fraction", 0.25, None, "over"), ("money", 5900000000, "CHF", None)], None),
    ("de", "«Der Mittelstand wird langsam, aber sicher erdrückt», sagte ein Sprecher des Konsumentenforums.", False, [], None),
    ("de", "Ein Wechsel der Krankenkasse will gut überlegt sein, rät der Vergleichsdienst.", False, [], None),
    # --- Spitäler: Pflegepersonal (sda) ---
    ("de", "Zürich (sda) - In den Schweizer Spitälern sind laut dem Branchenverband H+ rund 6'400 Stellen in der Pflege unbesetzt.", True, [("count", 6400, None, "about")], None),
    ("de", "Bis 2029 fehlen gemäss einer Prognose des Gesundheitsobservatoriums über 30'000 Pflegefachpersonen.", True, [("year", 2029, None, None), ("count", 30000, None, "over")], None),
    ("de", "Jede dritte Pflegefachfrau verlässt den Beruf innerhalb von acht Jahren nach dem Abschluss.", True, [("fraction", 0.3333, None, None), ("duration", 8, "year", None)], None),
    ("de", "Das Universitätsspital schliesst deshalb bis auf Weiteres 48 Betten in Vierbettzimmern.", True, [("count", 48, None, None), ("count", 4, None, None)], None),
    ("de", "«Wir arbeiten seit Monaten am Limit», sagte eine Pflegefachfrau im Gespräch mit Keystone-SDA.", False, [], None),
    # --- Notaufnahmen Wien (APA) ---
    ("de", "Wien (APA) - In den Notaufnahmen des Wiener Gesundheitsverbunds wurden im Vorjahr rund 612.000 Patientinnen und Patienten behandelt.", True, [("count", 612000, None, "about")], None),
    ("de", "Nicht dringliche Fälle warteten an Wochenenden bis zu sechs Stunden auf eine ärztliche Begutachtung.", True, [("duration", 6, "hour", "up_to")], None),
    ("de", "Nach dem Triage-Schema sollen Patienten der Kategorie Orange binnen zehn Minuten gesehen werden.", True, [("duration", 10, "minute", None)], None),
    ("de", "Rund 40 Prozent der Fälle hätten nach Einschätzung der Ärzte auch beim Hausarzt behandelt werden können.", True, [("percent", 40, "%", "about")], None),
    ("de", "Bei lebensbedrohlichen Notfällen ist immer sofort die Rettung unter 144 zu verständigen.", False, [], None),
    ("de", "Die Gesundheitshotline 1450 ist rund um die Uhr erreichbar.", False, [], None),
    # --- Grippewelle (APA) ---
    ("de", "Wien (APA) - Die Grippewelle hat Österreich fest im Griff, in der vergangenen Woche zählte die Gesundheitskasse 143.000 Krankmeldungen.", True, [("count", 143000, None, None)], None),
    ("de", "Das sind um ein Drittel mehr als in der Woche davor.", True, [("fraction", 0.3333, None, None)], None),
    ("de", "Die Positivrate der Influenza-Proben lag zuletzt bei 41 Prozent.", True, [("percent", 41, "%", None)], None),
    ("de", "Wer Symptome hat, sollte zu Hause bleiben und zuerst telefonisch Rat einholen.", False, [], None),
    # === English ================================================================================
    # --- NHS England: waiting list (PA) ---
    ("en", "LONDON (PA) - The waiting list for planned hospital treatment in England fell to an estimated 7.39 million cases in September, according to NHS England.", True, [("count", 7390000, None, "about")], "NHS England"),
    ("en", "Some 6.24 million individual patients were waiting, down from 6.27 million a month earlier.", True, [("count", 6240000, None, "about"), ("count", 6270000, None, None)], None),
    ("en", "The number of people who had waited more than 52 weeks to start treatment stood at 190,068.", True, [("duration", 52, "week", "over"), ("count", 190068, None, None)], None),
    ("en", "Only 61.1% of those on the list had been waiting under 18 weeks, far short of the 92% standard.", True, [("percent", 61.1, "%", None), ("duration", 18, "week", "under"), ("percent", 92, "%", None)], None),
    ("en", "The median wait was 13.6 weeks, compared with 12.9 weeks a year ago.", True, [("duration", 13.6, "week", None), ("duration", 12.9, "week", None)], None),
    ("en", "Roughly 2,930 patients had waited over 18 months.", True, [("count", 2930, None, "about"), ("duration", 18, "month", "over")], None),
    ("en", "Health Secretary Martin Crane said the list had now fallen for the fourth consecutive month.", True, [("ordinal", 4, None, None)], "Martin Crane"),
    ("en", "\u201cEvery number on that list is a person in pain,\u201d said Rachel Osei, chief executive of the Patients Association.", False, [], None),
    ("en", "Patients should keep their appointments unless they are contacted by their hospital.", False, [], None),
    # --- A&E and ambulances (PA) ---
    ("en", "In A&E, 75.4% of patients were admitted, transferred or discharged within four hours in November, just above the interim target of 75%.", True, [("percent", 75.4, "%", None), ("duration", 4, "hour", None), ("percent", 75, "%", None)], None),
    ("en", "The original four-hour target of 95% has not been met nationally since July 2015.", True, [("duration", 4, "hour", None), ("percent", 95, "%", None), ("year", 2015, None, None)], None),
    ("en", "Some 54,314 people waited more than 12 hours from a decision to admit to actually being admitted, known as trolley waits.", True, [("count", 54314, None, "about"), ("duration", 12, "hour", "over")], None),
    ("en", "The Royal College of Emergency Medicine estimates that long A&E waits were linked to about 16,600 excess deaths in 2024.", True, [("count", 16600, None, "about"), ("year", 2024, None, None)], None),
    ("en", "Ambulances took an average of 35 minutes and 11 seconds to reach Category 2 calls such as heart attacks and strokes.", True, [("duration", 35, "minute", None), ("duration", 11, "second", None), ("count", 2, None, None)], None),
    ("en", "The target for Category 2 is 18 minutes, while the eight-minute mark for Category 1 calls was also missed.", True, [("count", 2, None, None), ("duration", 18, "minute", None), ("duration", 8, "minute", None), ("count", 1, None, None)], None),
    ("en", "\u201cI sat on a plastic chair all night and nobody came,\u201d said a patient at the hospital in Kent.", False, [], None),
    ("en", "For non-urgent medical advice, people are urged to use NHS 111 online.", False, [], None),
    # --- Cancer targets (PA) ---
    ("en", "LONDON (PA) - Some 69.1% of patients in England started cancer treatment within 62 days of an urgent referral in October, against a target of 75% by March 2026.", True, [("percent", 69.1, "%", "about"), ("duration", 62, "day", None), ("percent", 75, "%", None), ("year", 2026, None, None)], None),
    ("en", "The 62-day standard of 85% was last met in December 2015.", True, [("duration", 62, "day", None), ("percent", 85, "%", None), ("year", 2015, None, None)], None),
    ("en", "Under the faster diagnosis standard, 76.1% of patients were told within 28 days whether they had cancer.", True, [("percent", 76.1, "%", None), ("duration", 28, "day", None)], None),
    ("en", "Macmillan Cancer Support said nearly 20,000 people had waited too long for treatment so far this year.", True, [("count", 20000, None, "nearly")], "Macmillan Cancer Support"),
    ("en", "Charities said the figures were a stark reminder of how much work remains to be done.", False, [], None),
    # --- GPs (PA) ---
    ("en", "LONDON (PA) - There is now one fully qualified GP for every 2,273 patients in England, up from one for every 1,938 in 2015, according to analysis by the British Medical Association.", True, [("count", 1, None, None), ("count", 2273, None, None), ("count", 1, None, None), ("count", 1938, None, None), ("year", 2015, None, None)], None),
    ("en", "The number of fully qualified full-time equivalent GPs fell to 27,512 in October.", True, [("count", 27512, None, None)], None),
    ("en", "Practices delivered 30.4 million appointments in the month, 44% of them on the same day they were booked.", True, [("count", 30400000, None, None), ("percent", 44, "%", None)], None),
    ("en", "In the most deprived areas, one GP now covers about 2,500 patients.", True, [("count", 1, None, None), ("count", 2500, None, "about")], None),
    ("en", "Almost one in three patients said it was difficult to get through to their practice by phone, the GP Patient Survey found.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "\u201cFamily doctors are working flat out, but there simply aren't enough of us,\u201d said the BMA's GP committee chair.", False, [], None),
    # --- Nursing vacancies (PA) ---
    ("en", "NHS trusts in England reported 26,418 full-time equivalent nursing vacancies at the end of June, a vacancy rate of 6.7%.", True, [("count", 26418, None, None), ("percent", 6.7, "%", None)], None),
    ("en", "Across all staff groups there were 102,000 vacancies, or 7.5% of the planned workforce.", True, [("count", 102000, None, None), ("percent", 7.5, "%", None)], None),
    ("en", "The health service employs around 1.38 million FTE staff in England.", True, [("count", 1380000, None, "about")], None),
    ("en", "One in four nursing students drops out before finishing the three-year degree, the Royal College of Nursing said.", True, [("fraction", 0.25, None, None), ("duration", 3, "year", None)], "the Royal College of Nursing"),
    ("en", "Nurses deserve to feel valued, and right now they don't, the college said.", False, [], None),
    # --- ONS: life expectancy (PA) ---
    ("en", "LONDON (PA) - Life expectancy at birth in the UK was 78.8 years for males and 82.8 for females in 2021 to 2023, the ONS said.", True, [("duration", 78.8, "year", None), ("duration", 82.8, "year", None), ("year", 2021, None, None), ("year", 2023, None, None)], "the ONS"),
    ("en", "Healthy life expectancy fell to 61.5 years for men and 61.9 years for women, the lowest since the series began in 2011-13.", True, [("duration", 61.5, "year", None), ("duration", 61.9, "year", None), ("year", 2011, None, None), ("year", 2013, None, None)], None),
    ("en", "Men in Blackpool can expect to live 73.1 years, nearly nine years fewer than men in Hart, Hampshire.", True, [("duration", 73.1, "year", None), ("duration", 9, "year", "nearly")], None),
    ("en", "A 65-year-old man could expect to live a further 18.5 years.", True, [("duration", 65, "year", None), ("duration", 18.5, "year", None)], None),
    ("en", "The gap in healthy life expectancy between the most and least deprived areas was 18.7 years for women.", True, [("duration", 18.7, "year", None)], None),
    ("en", "Public health experts say the gap reflects decades of entrenched inequality.", False, [], None),
    # --- Social care fees (PA) ---
    ("en", "LONDON (PA) - The average weekly fee for a self-funded care home place in England rose to \u00a31,262 last year, according to LaingBuisson.", True, [("money", 1262, "GBP", None)], "LaingBuisson"),
    ("en", "Fees for nursing care ranged from about \u00a31,150 a week in the North East to \u00a31,740 in the South East.", True, [("money", 1150, "GBP", "about"), ("money", 1740, "GBP", None)], None),
    ("en", "Self-funders pay on average 41% more than councils for the same bed.", True, [("percent", 41, "%", None)], None),
    ("en", "People with assets above \u00a323,250 must meet the full cost of their care.", True, [("money", 23250, "GBP", "over")], None),
    ("en", "A planned \u00a386,000 lifetime cap on care costs was scrapped in 2024.", True, [("money", 86000, "GBP", None), ("year", 2024, None, None)], None),
    ("en", "\u201cWe had to sell Mum's house to pay for her care, and it still wasn't enough,\u201d said Julie Pratt, from Stockport.", False, [], None),
    # --- State pension and benefits (PA) ---
    ("en", "LONDON (PA) - The full new state pension will rise by 4.8% to \u00a3241.30 a week from April under the triple lock, the Department for Work and Pensions said.", True, [("percent", 4.8, "%", None), ("money", 241.3, "GBP", None)], "the Department for Work and Pensions"),
    ("en", "That is worth about \u00a3575 a year to those on the full rate.", True, [("money", 575, "GBP", "about")], None),
    ("en", "The basic state pension, paid to those who reached pension age before April 2016, will go up to \u00a3184.90 a week.", True, [("year", 2016, None, None), ("money", 184.9, "GBP", None)], None),
    ("en", "Universal Credit's standard allowance for a single claimant aged 25 or over will be \u00a3424.90 a month.", True, [("duration", 25, "year", "at_least"), ("money", 424.9, "GBP", None)], None),
    ("en", "More than 12.9 million people receive the state pension, at a cost to the Treasury of about \u00a3146bn a year.", True, [("count", 12900000, None, "over"), ("money", 146000000000, "GBP", "about")], None),
    ("en", "Campaigners said many pensioners would still struggle to heat their homes this winter.", False, [], None),
    # --- CDC: measles (AP) ---
    ("en", "ATLANTA (AP) \u2014 The U.S. has confirmed 1,563 measles cases in 41 jurisdictions this year, the CDC said Wednesday.", True, [("count", 1563, None, None), ("count", 41, None, None)], "the CDC"),
    ("en", "About 12% of patients have been hospitalized and three people have died.", True, [("percent", 12, "%", "about"), ("count", 3, None, None)], None),
    ("en", "Roughly 92% of those infected were unvaccinated or had an unknown vaccination status.", True, [("percent", 92, "%", "about")], None),
    ("en", "Vaccination rates among kindergartners slipped to 92.1% last school year, leaving about 286,000 children without full protection.", True, [("percent", 92.1, "%", None), ("count", 286000, None, "about")], None),
    ("en", "Health officials say 95% coverage is needed to prevent outbreaks.", True, [("percent", 95, "%", None)], None),
    ("en", "Children under 5 accounted for about a third of cases.", True, [("duration", 5, "year", "under"), ("fraction", 0.3333, None, "about")], None),
    ("en", "Parents with questions about vaccines should talk to their pediatrician, the agency advised.", False, [], None),
    # --- Medicare (AP) ---
    ("en", "WASHINGTON (AP) \u2014 The standard monthly premium for Medicare Part B will climb to $206.50 next year from $185, the Centers for Medicare & Medicaid Services said.", True, [("money", 206.5, "USD", None), ("money", 185, "USD", None)], "the Centers for Medicare & Medicaid Services"),
    ("en", "The annual deductible for Part B beneficiaries will rise by $26 to $283.", True, [("money", 26, "USD", None), ("money", 283, "USD", None)], None),
    ("en", "The increase, about 11.6%, is one of the largest in the program's history.", True, [("percent", 11.6, "%", "about")], None),
    ("en", "Medicare covers about 68 million Americans, most of them aged 65 and over.", True, [("count", 68000000, None, "about"), ("duration", 65, "year", "at_least")], None),
    ("en", "Social Security recipients will get a 2.8% cost-of-living adjustment in January, worth about $56 a month on average.", True, [("percent", 2.8, "%", None), ("money", 56, "USD", "about")], None),
    ("en", "\u201cEvery dollar counts when you're living on a fixed income,\u201d said Dorothy Kemp of Tampa, a retired schoolteacher.", False, [], None),
    # --- CDC: overdoses and flu (AP) ---
    ("en", "NEW YORK (AP) \u2014 U.S. overdose deaths fell about 27% last year to roughly 80,400, according to provisional data from the CDC.", True, [("percent", 27, "%", "about"), ("count", 80400, None, "about")], None),
    ("en", "It was the largest one-year decline ever recorded.", True, [("duration", 1, "year", None)], None),
    ("en", "Deaths had peaked at about 111,000 in the 12 months ending in August 2023.", True, [("count", 111000, None, "about"), ("duration", 12, "month", None), ("year", 2023, None, None)], None),
    ("en", "Experts cautioned it was still too soon to tell whether the decline would hold.", False, [], None),
    ("en", "The CDC estimates there have been at least 9.1 million illnesses, 110,000 hospitalizations and 4,900 deaths from flu so far this season.", True, [("count", 9100000, None, "at_least"), ("count", 110000, None, None), ("count", 4900, None, None)], None),
    ("en", "The cumulative hospitalization rate reached 127 per 100,000 people, the highest since the 2010-11 season.", True, [("count", 127, None, None), ("count", 100000, None, None), ("year", 2010, None, None), ("year", 2011, None, None)], None),
    ("en", "Only about 44% of adults had received a flu shot by mid-December, down from 47% a year earlier.", True, [("percent", 44, "%", "about"), ("percent", 47, "%", None)], None),
    ("en", "Twenty-one children have died of flu-related illness this season.", True, [("count", 21, None, None)], None),
    ("en", "It's not too late to get vaccinated, health officials stressed.", False, [], None),
    # --- Ireland: trolleys, HSE budget, waiting lists (Reuters) ---
    ("en", "DUBLIN (Reuters) - Some 618 people were left on trolleys across Irish hospitals on Tuesday, according to the Irish Nurses and Midwives Organisation.", True, [("count", 618, None, "about")], "the Irish Nurses and Midwives Organisation"),
    ("en", "Cork University Hospital was the most overcrowded, with 94 people on trolleys.", True, [("count", 94, None, None)], None),
    ("en", "The HSE is on course to overspend its 2025 budget of \u20ac25.6 billion by about \u20ac1.5bn, officials told an Oireachtas committee.", True, [("year", 2025, None, None), ("money", 25600000000, "EUR", None), ("money", 1500000000, "EUR", "about")], None),
    ("en", "Some 703,000 people were on outpatient waiting lists at the end of October, according to the National Treatment Purchase Fund.", True, [("count", 703000, None, "about")], "the National Treatment Purchase Fund"),
    ("en", "Of those, more than 224,000 had been waiting longer than 18 months.", True, [("count", 224000, None, "over"), ("duration", 18, "month", "over")], None),
    ("en", "Some 1,350 whole-time equivalent staff have been recruited since January, against a cap of 2,000, the HSE said.", True, [("count", 1350, None, "about"), ("count", 2000, None, None)], "the HSE"),
    ("en", "The government has promised that no public patient will wait more than 10 weeks for a first outpatient appointment by 2026.", True, [("duration", 10, "week", "over"), ("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "\u201cIt's undignified and unsafe, and it has become normal,\u201d INMO general secretary Fiona Lally said.", False, [], None),
    # --- Australia: emergency departments and elective surgery (AAP) ---
    ("en", "CANBERRA (AAP) - Only 65% of emergency department patients were seen on time in 2024-25, according to the Australian Institute of Health and Welfare.", True, [("percent", 65, "%", None), ("year", 2024, None, None), ("year", 2025, None, None)], "the Australian Institute of Health and Welfare"),
    ("en", "There were 9.1 million presentations to public emergency departments, up 2.3% on the previous year.", True, [("count", 9100000, None, None), ("percent", 2.3, "%", None)], None),
    ("en", "Nine in 10 patients had completed their ED visit within 11 hours and 24 minutes.", True, [("fraction", 0.9, None, None), ("duration", 11, "hour", None), ("duration", 24, "minute", None)], None),
    ("en", "For elective surgery, the median wait was 49 days, while 90% of patients were admitted within 338 days.", True, [("duration", 49, "day", None), ("percent", 90, "%", None), ("duration", 338, "day", None)], None),
    ("en", "People waiting for a total knee replacement had the longest waits, with the 90th percentile at 462 days.", True, [("ordinal", 90, None, None), ("duration", 462, "day", None)], None),
    ("en", "Some 3.6% of patients waited more than 365 days, up from 2.1% five years earlier, the AIHW said.", True, [("percent", 3.6, "%", "about"), ("duration", 365, "day", "over"), ("percent", 2.1, "%", None), ("duration", 5, "year", None)], "the AIHW"),
    ("en", "Australians aged 85 and over made up 2.2% of the population but 8% of ED presentations.", True, [("duration", 85, "year", "at_least"), ("percent", 2.2, "%", None), ("percent", 8, "%", None)], None),
    ("en", "Hospital staff said the pressure on emergency departments showed no sign of easing.", False, [], None),
    # --- Australia: bulk billing and the PBS (AAP) ---
    ("en", "SYDNEY (AAP) - The national GP bulk-billing rate rose to 78.4% in the September quarter, Health Minister Daniel Roper said.", True, [("percent", 78.4, "%", None)], "Daniel Roper"),
    ("en", "From January 1, the maximum PBS co-payment for general patients will drop from A$31.60 to A$25.", True, [("date", "--01-01", None, None), ("money", 31.6, "AUD", None), ("money", 25, "AUD", None)], None),
    ("en", "The change will save patients about A$200 million a year, the government estimates.", True, [("money", 200000000, "AUD", "about")], None),
    ("en", "Some 1.8 million Australians skipped a GP visit in the past 12 months because of the cost, a survey found.", True, [("count", 1800000, None, "about"), ("duration", 12, "month", None)], None),
    ("en", "Doctors' groups welcomed the move but said it did not go far enough.", False, [], None),
    # --- Australia: aged care (AAP) ---
    ("en", "MELBOURNE (AAP) - More than 83,000 older Australians are waiting for a home care package after being assessed, government data shows.", True, [("count", 83000, None, "over")], None),
    ("en", "Some have waited up to 15 months for the highest level of care.", True, [("duration", 15, "month", "up_to")], None),
    ("en", "The average aged care resident is 84 years old, and one in two has dementia.", True, [("duration", 84, "year", None), ("fraction", 0.5, None, None)], None),
    ("en", "Residential aged care homes must provide an average of 215 care minutes per resident per day.", True, [("duration", 215, "minute", None)], None),
    ("en", "\u201cMum has been waiting so long we wonder if help will ever come,\u201d her daughter said.", False, [], None),
    # --- Resident doctors' strike (PA) ---
    ("en", "LONDON (PA) - Resident doctors in England will stage a five-day walkout from 7am on Friday, the British Medical Association has announced.", True, [("duration", 5, "day", None)], None),
    ("en", "The union is seeking a 26% pay rise to restore wages to 2008 levels.", True, [("percent", 26, "%", None), ("year", 2008, None, None)], None),
    ("en", "Resident doctors received an average 5.4% increase this year, on top of 22% over the previous two years.", True, [("percent", 5.4, "%", None), ("percent", 22, "%", None), ("duration", 2, "year", None)], None),
    ("en", "NHS England said about 54,000 appointments and operations had to be rescheduled during the last strike in July.", True, [("count", 54000, None, "about")], "NHS England"),
    ("en", "Each day of strikes costs the health service between \u00a350m and \u00a360m.", True, [("money", 50000000, "GBP", None), ("money", 60000000, "GBP", None)], None),
    ("en", "Anyone needing urgent care should still come forward, health leaders stressed.", False, [], None),
    # --- ONS: long-term sickness (Reuters) ---
    ("en", "LONDON, Nov 11 (Reuters) - The number of people in Britain out of work because of long-term sickness stood at 2.8 million in the three months through September, the Office for National Statistics said.", True, [("date", "--11-11", None, None), ("count", 2800000, None, None), ("duration", 3, "month", None)], "the Office for National Statistics"),
    ("en", "That is about 700,000 more than before the pandemic.", True, [("count", 700000, None, "about")], None),
    ("en", "Mental health conditions were cited by roughly 1.3 million of them.", True, [("count", 1300000, None, "about")], None),
    ("en", "Spending on health-related benefits for working-age people is forecast to reach \u00a370bn by 2029-30.", True, [("money", 70000000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)], None),
    ("en", "Economists say getting people back to work is key to reviving growth.", False, [], None),
    # --- Mental health services (PA) ---
    ("en", "Around 1.9 million people were in contact with NHS mental health services in England in September, NHS Digital figures show.", True, [("count", 1900000, None, "about")], None),
    ("en", "Children and young people under 18 made up 480,000 of them.", True, [("duration", 18, "year", "under"), ("count", 480000, None, None)], None),
    ("en", "Some young people waited up to two years for a first appointment with child and adolescent mental health services.", True, [("duration", 2, "year", "up_to"), ("ordinal", 1, None, None)], None),
    ("en", "A mother described the wait for her son's assessment as \u201cagonising\u201d.", False, [], None),
    ("en", "If you are affected by any of the issues raised in this story, you can call Samaritans free on 116 123.", False, [], None),
    ("en", "Figures for Scotland, Wales and Northern Ireland are published separately.", False, [], None),
]
