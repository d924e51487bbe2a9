"""Sixty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, drugs and figures are
made up (Nordhafen Biotech and its Solvitide, Henrik Albers, Kavetrizumab, Gerald Pichler,
Claudine Perrenoud, Konrad Ellwanger, Ursula Feichtinger, Sabine Großmann, Alpenwirk and
its Trelosimab, Thomas Brändli, Annette Kühnel, Reto Gamper, Uwe Brenneisen, Samuel
Ekwueme, Elisabeth Rainer, Corvita and its Orbecitinib; Halcyon Therapeutics and its
Veltora, Rebecca Thorne, Brightwater Bio, Paul Emmerich, Amy Rowland, Corvane
Pharmaceuticals, Mark Delaney, Daniel Kerwin, Leah Trevallyn, Karen Lutz, Glucavia, Harwell
Pharma and its Slimora, Fiona Dalgleish, Nora Easley, Tom Ridgeway, Parkline Pharma); real
agencies, institutes and places ("EMA", "Swissmedic", "BAG", "BfArM", "Robert
Koch-Institut"/"RKI", "AGES", "Ständige Impfkommission", "WHO", "Zentrum für
Krebsregisterdaten", "Deutsche Diabetes Gesellschaft", "Medizinische Universität Wien",
"Giftnotruf Freiburg", "SIX", "The Lancet", "FDA", "CDC", "NICE", "NHS England", "UK Health
Security Agency", "National Psoriasis Foundation", "Alzheimer's Association", "Cancer
Research UK", "Pharmaceutical Benefits Scheme", "Drug Enforcement Administration", "IQVIA",
"Medicare", "Health Canada", "UNICEF") stand for the way wire copy names them; what is
said, measured and counted here is invented.

Its weight: MEDICINE, PHARMACEUTICALS, CLINICAL TRIALS AND DRUG APPROVALS. Half German
(dpa, APA, Keystone-SDA, Reuters and AFP German services; Austrian "heuer", "Spital",
"Burschen", Swiss "24'500", "Fr. 189.45", "18.90 Franken", "hiess", «» quotes, German „“
quotes): a weight-loss injection's Phase-3 results, an EMA recommendation for an Alzheimer
antibody, a Swissmedic approval of an RSV vaccine and the BAG's recommendation, the
BfArM's shortage list, the RKI's flu season, measles in Austria (AGES), an ESMO breast
cancer study with survival in months and a hazard ratio, a Basel drugmaker's quarter, a
vitamin D trial of the MedUni Wien, diabetes thresholds and lab values, the Swiss foreign
price comparison and price cuts, paracetamol doses at a poison centre, mpox (WHO), HPV
vaccination in Austria, an RSV antibody for newborns (Stiko), high blood pressure, an EU
approval of a lung cancer drug with a monthly price. Half English (Reuters, AP, PA, AAP,
AFP, PTI, CP): an FDA approval for psoriasis with trial results, dose and list price, an
Alzheimer's Phase 3 trial, U.S. measles (CDC), a NICE decision on a prostate cancer tablet,
an ASCO lung cancer study ("The hazard ratio for death was 0.68 (95% CI, 0.57-0.81)."), an
FDA advisory panel vote, a PBS listing, an ADHD drug shortage, an aspirin study, the WHO
tuberculosis report, Medicare's negotiated prices, UKHSA flu admissions, a drugmaker's
fourth quarter, an EMA gene-therapy recommendation, a blood-pressure drug recall, an
Indian cervical cancer vaccine, a nasal flu vaccine, a cholesterol pill, H5N1 cases,
childhood vaccination coverage (WHO) and a Canadian generic. Figures as such copy has
them: participants and arms, efficacy and risk reductions in percent, side-effect rates
against placebo, hazard ratios with confidence intervals, median survival in months,
doses and strengths ("15 Milligramm", "250 Milligramm je fünf Milliliter", "10 bis 15
mg/kg", "2.000 Internationale Einheiten (IE)", "a 160 mg injection", "the 300mg tablet",
"the 50-milligram pill", "0.25 mg, 0.5 mg and 1 mg pens"), lab values ("126 Milligramm pro
Deziliter (7,0 mmol/l)", "48 auf 81 Nanomol pro Liter", "HbA1c ... 6,5 Prozent", "140 zu 90
mmHg", "121 mg/dL"), tablets and packs, schedules ("einmal wöchentlich", "alle vier
Wochen", "every eight weeks", "twice a day", "once-daily"), prices per dose, month and
year, incidence and admissions per 100,000, vaccination rates, case, death and
hospitalisation counts, age groups, ranges and hedges. Negatives as such copy has them:
quoted hopes and evaluations of executives, doctors, patients, campaigners and officials
("„Das ist kein Durchbruch, aber ein Hoffnungsschimmer ...“", "\"This is a meaningful
step, but it is not a cure,\" ..."), reported evaluations ("The results were hailed as a
breakthrough by patient groups.", "Patientenvertreter kritisierten ... als Zumutung ...",
"Analysts said the data could make the drug a new standard of care ..."), experts'
cautions and open questions, advice ("..., rät der Apothekerverband.", "People should
speak to their GP ...", "Patients should keep taking their medication ..., the agency
advised."), a teaser question and boilerplate (the statutory "Zu Risiken und
Nebenwirkungen ..." line, a poison centre's number, "Patients are advised to consult
their doctor ...", a reporting credit, an AP funding note).

228 rows (114 German, 114 English), 47 negatives (23 German, 24 English), 181 check-worthy
rows of which 14 carry no figure (9 German, 5 English), 343 expected quantities (136
counts, 66 percentages, 53 durations, 35 amounts of money, 18 years, 16 ordinals, 11 dates,
8 fractions; none of them in negatives), 44 checked speakers (21 German, 23 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a finding is check-worthy with the speaker its own attribution gives ("Der
  Unterschied sei statistisch nicht signifikant, sagte Studienleiterin Annette Kühnel." ->
  "Annette Kühnel", forty-first and forty-ninth). Check-worthy without a figure: approvals
  and recommendations by regulators (EU-Kommission, EMA), a filing for approval announced
  (forty-fourth), a trial's funding and journal (thirty-third), the indication an approval
  covers, a company's guidance in a vague range ("im hohen einstelligen Prozentbereich",
  thirty-third), a study's finding of no protection (vitamin D), a free vaccination, how
  an advisory panel's vote binds the FDA, the DEA's
  production caps, a lawsuit, "No illnesses ... have been reported.", and NICE's approval
  lead with "Thousands" (no figure, as "decades").
- Physical measures are counts (fourth batch), doses and lab values included, the rate
  words carrying nothing (fifty-seventh: "78 Mikrogramm pro Kubikmeter"; sixtieth: "98,4
  Gramm pro Kilometer"). New for this domain: "15 Milligramm", "500 Milligramm", "4 Gramm
  pro Tag", "126 Milligramm pro Deziliter (7,0 mmol/l)" 126 and 7.0, "48 auf 81 Nanomol
  pro Liter" 48 and 81, "140 zu 90 mmHg" 140 and 90, "2.000 Internationale Einheiten (IE)"
  2,000, "10 bis 15 mg/kg" 10 and 15 (a range, the unit written once), "150 Milligramm pro
  Kilogramm Körpergewicht" 150, "a 160 mg injection", "121 mg/dL to 51 mg/dL ... the 55
  mg/dL goal", "about 22 kg" 22 "about"; glued units as "379kg" (fifty-seventh): "the 300mg
  tablet" 300, "100mg of aspirin" 100, "the top 15mg dose" 15; a figure inside a compound as
  written ("the 50-milligram pill" 50, as "a 150kW rapid charger", sixtieth); lists with
  the unit repeated or written once give every figure ("the 10 mg, 15 mg and 20 mg
  strengths", "0.25 mg, 0.5 mg and 1 mg pens", "25 mg and 50 mg tablets ... bottles of 90
  and 1,000"). "250 Milligramm je fünf Milliliter" gives 250 and 5, as a rate per 100,000
  gives two counts (fourth, twenty-third, forty-ninth). Thresholds written with "oder
  mehr", "oder darüber" or "oder höher" after the figure carry no qualifier, as
  "150kW or more" (sixtieth).
- Rates per 100,000 are two counts (fourth, twenty-third, forty-ninth): "9,4 je 100.000
  Einwohner", "133 new cases per 100,000 population", "9.8 per 100,000 people, up from
  6.1" (the second rate without its base gives 6.1 only), "at 62.4 per 100,000".
- Trial results: "Phase-3-Studie" and "a Phase 3 trial" count 3 (forty-fourth). New:
  "Phase-III-Studie" carries none - a Roman numeral naming a phase, as "the Grade
  II-listed former bank" (fifty-eighth) and "Artemis II" (twelfth). A hazard ratio and the
  bounds of its confidence interval are counts, the level percent (thirty-third): "Hazard
  Ratio 0,69" 0.69, "0.68 (95% CI, 0.57-0.81)" 0.68, percent 95, 0.57 and 0.81 (a hyphen
  between two figures is a range, seventeenth and thirty-eighth). Risk reductions and
  response rates are percentages ("um 27 Prozent", "cut the risk of death by 32%", "31 per
  cent less likely", "at least 90% skin clearance" "at_least"). New: a cancer stage and a
  grade of side effects are counts, levels on a scale as "Category 2" and "Pflegegrad 4"
  (forty-ninth): "stage 4" 4, "vom Grad 3 oder höher" 3. New: change on a symptom score is a
  count, as index points (twenty-sixth): "improve by 15.6 points ..., versus 11.4 points".
  Scores of a vote are counts: "voted 10-3" 10 and 3 (twentieth: "By a 6-3 vote"), "mit 21
  zu 11 Stimmen" 21 and 11 (fifty-ninth).
- Survival and follow-up are durations: "im Median um 6,8 Monate", "bei 23,9 Monaten
  gegenüber 17,1 Monaten", "a median of 34.7 months, compared with 27.3 months" ("im
  Median", "a median of", "an average of" no hedge, thirty-third), "drei Jahre lang", "for
  an average of three years", "after 16 weeks", "after six weeks", "for 14 days". A span
  named with "über ... hinweg", "über 18 Monate" (across the trial) or "over" carries no
  hedge, as "über vier Jahre" (forty-fourth) and "over four days" (twenty-sixth): "über 68
  Wochen hinweg" 68 weeks, "über 18 Monate um 27 Prozent" 18 months, "over 18 months",
  "over 72 weeks", "over five years".
- Schedules: "alle vier Wochen" 4 weeks and "every eight weeks" 8 weeks (as "once every
  13 days", forty-fourth); "twice a day" count 2 (as "scored twice", twentieth). New:
  "einmal wöchentlich" is count 1, as "viermal" is 4 (the issue), and "The once-daily
  pill" is count 1 likewise - the number word of a frequency; "wöchentlich", "täglich",
  "daily", "weekly", "a day", "a year", "pro Tag", "pro Einzelgabe", "per dose", "per
  script" carry none. "The single infusion", "als Einzeldosis", "a single dose" none (no
  number word, as "one-way", forty-eighth). "two starting doses" and "zwei Dosen"
  counts; "die zweite Dosis"-style ordinals: "the third dose" 3, "a first dose" 1
  (forty-ninth: "a first appointment"), "the second dose" 2.
- Tablets and packs are counts: "acht Tabletten zu je 500 Milligramm" 8 and 500, "Eine
  Packung mit 30 Tabletten" 30 ("Eine" an article, forty-ninth), "a pack of 56 tablets" 56,
  "zwei oder drei Wirkstoffe in einer Tablette" 2 and 3 ("einer" none).
- Ages and age groups are durations in years (forty-ninth and earlier): "ab 60 Jahren",
  "ab 75 Jahren sowie Risikopatienten ab 60" "at_least" ("ab" bounding a group from
  below, fifty-third; the unit written once serves the list, forty-sixth); "aged 65 and
  over", "aged 85 and over" "at_least" (forty-ninth) and, new, "aged 65 and older" likewise;
  "Kinder unter fünf Jahren", "unter zwei Jahren", "unter 20 Jahren", "children under 5"
  "under"; "Menschen über 80", "der über 60-Jährigen", "a Louisiana resident over 65"
  "over"; "zwischen 9 und 21 Jahren", "im Alter von 65 bis 85 Jahren", "aged 60 to 85",
  "aged 22 to 44", "aged 9 to 14", "aged 2 to 17" and, new, "for ages 2 through 49" both
  ends; "Bei den Zweijährigen" 2 years (thirty-third); "15-jährigen Mädchen" 15 years.
- Names carry no quantity (thirty-third, forty-second, fifty-seventh): "Typ-2-Diabetes",
  "Typ-1-Diabetes", "H5N1", "LC16", "DTP", "MMR", "EGFR"; new: "HbA1c" and
  "KRAS-G12C-Mutation" (a lab value's and a mutation's name with a figure inside, as
  "PM2.5"); "Vitamin D", "haemophilia B" none. The poison centre's number "0761 19240" is
  an identifier (twentieth and thirty-sixth: telephone numbers).
- Fractions: "gut einem Drittel" 0.3333 "over" (forty-ninth: "Gut ein Viertel"), "Fast
  jeder dritte" 0.3333 "nearly", "Knapp die Hälfte" 0.5 "nearly", "by up to a third"
  0.3333 "up_to", "less than a third" 0.3333 "under", "More than half" 0.5 "over"; "About 1
  in 7" 0.1429 "about" and "about one in 40,000" 0.000025 "about" (thirty-third: "Roughly 1
  in 60").
- Counts with an English "one" count (forty-ninth: "one GP"): "at least one of the drugs"
  1 "at_least", "One person" 1; German articles none ("eine Apotheke", "einen Bruch",
  "einen Antikörper"). "Two deaths", "two unvaccinated ... sisters", "drei Teilnehmer",
  "neun Kinder", "in neun Ländern", "15 drugs", "just 10 countries" counts ("nur", "just",
  "Only" no hedge).
- Ordinals: "einen zweiten Impfstoff" 2, "in der ersten Saison" 1, "die ersten Impfungen"
  1, "in ihrer ersten RSV-Saison" 1, "In der 3. Kalenderwoche" 3, "im dritten Quartal" 3,
  "fourth-quarter" 4, "bis zum 30. Geburtstag" 30 (fifty-ninth: "Zum 90. Geburtstag"),
  "after the first year" 1, "in the first half of next year" 1 (thirty-third), "the first
  flu vaccine", "the first oral drug", "the first generic version" 1.
- Money: "rund 26.500 Dollar pro Jahr" USD "about", "Fr. 189.45" (fortieth: "Fr. 38.60")
  and, new, "18.90 Franken statt 22.35 Franken" 18.9 and 22.35 CHF - the Swiss decimal
  point before "Franken" reads as before "Fr." (two digits after the point are no
  grouping); "11,8 Milliarden Franken", "120 Millionen Franken", "94,36 Franken" CHF; "rund
  14.300 Euro", "rund 1.000 Euro pro Dosis", "mehr als 60 Millionen Euro" EUR; "$7,450 per
  dose", "roughly $48,000 a year", "$274 ... $959", "an estimated $12 billion a year"
  "about", "capped at $2,100" (no hedge), "$650 a month", "more than $3 billion"; "£4,980";
  "4.37 billion pounds ... 4.21 billion pounds", "1.02 billion pounds ... 610 million
  pounds" GBP; "around 3 million euros per patient" EUR "about"; "about A$250,000 a year",
  "no more than A$31.60" "at_most" (twenty-second), "A$7.70", "A$1.4 billion" AUD; "Rs 400
  a dose" INR; "roughly C$1.6 billion" CAD "about". "1.25 lakh" is count 125,000 "about"
  (forty-fourth: "2.3 lakh").
- Years and dates: "Saison 2025/26" 2025 and 2026 (fortieth and fiftieth); "Seit 2023",
  "im Juli 2023", "since early 2024", "since the 2009 pandemic", "by 2030", "target for
  2030" the years; "ab dem 1. Oktober" --10-01 and "per 1. Dezember" --12-01 (as "per 1.
  Juli", sixty-third); "by Aug. 28", "from August 1", "to Dec. 31" dates without a year;
  Reuters datelines with a day ("WASHINGTON, March 12 (Reuters)", "CHICAGO, June 1
  (Reuters)", "NEW YORK, Oct 3 (Reuters)", "LONDON, Feb 6 (Reuters)", "AMSTERDAM, Jan 30
  (Reuters)", "GENEVA, July 15 (Reuters)") dates; other datelines, "Im November", "from
  January", weekdays, "vor Jahresende", "last year", "next year" none. "in the three months
  to Dec. 31" 3 months and the date (thirty-third: "the 24 weeks to Aug. 23").
- Hedges, only the names in use: "rund", "etwa", "About", "about", "Around", "around",
  "roughly", "Some", "an estimated", "An estimated" "about"; new: "schätzungsweise" "about",
  as "an estimated" (forty-ninth); "Fast", "Knapp", "Nearly", "nearly" "nearly"; "mehr
  als", "gut", "More than", "more than" "over"; "mindestens", "Mindestens", "at least"
  "at_least"; "unter", "less than" "under"; "up to", "as much as" "up_to" (twentieth);
  "no more than" "at_most"; "im Schnitt", "durchschnittlich", "a median of", "an average
  of", "a total of", "a record", "nur", "nur noch", "just", "Only", "So far", "zunächst",
  "zuletzt", "bereits", "allein" no hedge.
- Speakers, checked only in forms the earlier batches settled: "teilte das Unternehmen /
  die EMA / das BfArM / die AGES / die WHO / das Gesundheitsministerium / der Konzern
  ... mit" the source with its article (thirty-third, forty-fourth, forty-ninth); "teilte
  Corvita mit" -> "Corvita" (forty-ninth: "teilte Destatis mit"); "wie das BAG mitteilte"
  and "wie das Amt mitteilte" (forty-ninth and sixty-third: "wie die Stadt ...
  mitteilte"); "so das RKI" (thirty-third); "Laut Gesundheitsministerium", "laut
  Gesundheitsministerium", "laut RKI", "laut BAG", "laut Ministerium", "laut Zentrum für
  Krebsregisterdaten" as written (thirty-third, forty-fourth, forty-ninth); a title
  before a name dropped ("BfArM-Präsident", "WHO-Notfalldirektor", "Studienleiterin",
  "Health Minister", "Chief Executive", eighteenth), "sagte der Leiter des Giftnotrufs, Uwe
  Brenneisen" -> "Uwe Brenneisen" (the name in apposition speaks, sixty-third: "his
  manager, Celeste Ward, told ..."), "Chief Executive Mark Delaney told reporters" -> "Mark
  Delaney" (new for "told reporters", the name speaking as with "told The Associated
  Press"); "the company said", "the CDC said", "the FDA said", "the agency said", "the
  health ministry said", "the UK Health Security Agency said", "the World Health
  Organization said", "the Department of Health and Human Services said", "the National
  Institute for Health and Care Excellence said" with the article in lower case; "according
  to the National Psoriasis Foundation / the Alzheimer's Association / the agency" with
  the article, "according to Cancer Research UK" and "according to IQVIA" as written
  (forty-third: "according to Nationwide"); "NHS England said ...", "Parkline Pharma said
  ..." and "Harwell said ..." opening the sentence as written (thirty-third: "Eurostat said
  ..."). Left unchecked (None): "nach Schätzungen der Deutschen Diabetes Gesellschaft",
  "nach Schätzungen von Fachleuten", "nach RKI-Angaben" (as "nach Ifo-Angaben",
  thirty-third), "hiess es beim BAG", "Laut einer Marktanalyse", "Nach einer Umfrage des
  Apothekerverbands", "zeigt eine Auswertung der Gesundheitskasse", "einer Studie der
  Medizinischen Universität Wien zufolge", "wie die Forschenden ... berichteten",
  "researchers said", "a study suggests", "the report found", "according to data from
  IQVIA" (a document), "it said", "The agency lists" (present tense), rows whose subject
  acts without a verb of saying ("Swissmedic hat ... zugelassen", "The FDA on Friday
  approved ...") and all negatives.
- Negatives: quoted hopes, praise and warnings with a named or unnamed speaker (a
  company chief, a neurologist, a BAG official, a ministry spokesman, an AGES expert, a
  study leader, a patient, a cardiologist, a WHO director, a health-insurance spokesman, a
  CDC spokesperson, a charity, a campaigner, a pharmacist, a mother before the panel, the
  White House, a UNICEF official); reported evaluations ("hailed as a breakthrough",
  "kritisierten ... als Zumutung", "entgegnete der Pharmaverband", "Analysts said the data
  could make ..."); cautions, open questions and a teaser ("Independent experts cautioned
  ...", "Ob das Mittel ... verhindert, muss erst ... zeigen.", "Fachleute warnen ...", "Is
  this the end of the needle for heart patients?"); a slogan-like verdict ("Diabetes ist
  eine stille Epidemie ..."); advice and appeals; boilerplate (the "Zu Risiken und
  Nebenwirkungen" line, a hotline, a reporting credit, an AP funding note, "Patients are
  advised to consult their doctor ..."). No negative carries a quantity.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_64 = [
    # --- Abnehmmittel, Phase-3-Studie (dpa) ---
    ("de", "Hamburg (dpa) - Das Hamburger Biotech-Unternehmen Nordhafen Biotech hat mit seinem Abnehmmittel Solvitide in einer Phase-3-Studie eine durchschnittliche Gewichtsabnahme von 17,4 Prozent erreicht.", True, [("count", 3, None, None), ("percent", 17.4, "%", None)], None),
    ("de", "An der Studie nahmen 2.138 Erwachsene mit Adipositas in neun Ländern teil, sie spritzten sich über 68 Wochen hinweg einmal wöchentlich entweder den Wirkstoff oder ein Placebo.", True, [("count", 2138, None, None), ("count", 9, None, None), ("duration", 68, "week", None), ("count", 1, None, None)], None),
    ("de", "In der Placebogruppe verloren die Teilnehmenden im Schnitt 2,9 Prozent ihres Körpergewichts.", True, [("percent", 2.9, "%", None)], None),
    ("de", "Die höchste Dosis von 15 Milligramm führte bei gut einem Drittel der Patienten zu einem Gewichtsverlust von mindestens 20 Prozent, teilte das Unternehmen am Montag mit.", True, [("count", 15, None, None), ("fraction", 0.3333, None, "over"), ("percent", 20, "%", "at_least")], "das Unternehmen"),
    ("de", "Häufigste Nebenwirkungen waren Übelkeit und Durchfall; 6,1 Prozent der Behandelten brachen die Therapie deshalb ab, in der Placebogruppe waren es 2,4 Prozent.", True, [("percent", 6.1, "%", None), ("percent", 2.4, "%", None)], None),
    ("de", "Die Studie wurde vom Hersteller finanziert und soll im Fachjournal „The Lancet“ veröffentlicht werden.", True, [], None),
    ("de", "Nordhafen will die Zulassung bei der Europäischen Arzneimittelagentur EMA noch vor Jahresende beantragen.", True, [], None),
    ("de", "Die Aktie des Unternehmens legte im Frankfurter Handel zeitweise um 23 Prozent zu.", True, [("percent", 23, "%", None)], None),
    ("de", "„Wir sind überzeugt, dass Solvitide das Leben von Millionen Menschen verändern kann“, sagte Vorstandschef Henrik Albers.", False, [], None),
    ("de", "Ob das Mittel auch Herzinfarkte und Schlaganfälle verhindert, muss erst eine weitere Untersuchung zeigen.", False, [], None),
    ("de", "Fachleute warnen allerdings davor, die Abnehmspritze als Wundermittel zu betrachten.", False, [], None),
    # --- EMA-Empfehlung Alzheimer (APA) ---
    ("de", "Wien/Amsterdam (APA) - Die Europäische Arzneimittelagentur EMA hat die Zulassung des Alzheimer-Antikörpers Kavetrizumab empfohlen, allerdings nur für Menschen im Frühstadium der Erkrankung.", True, [], None),
    ("de", "Der Ausschuss für Humanarzneimittel stimmte am Donnerstag mit 21 zu 11 Stimmen für eine bedingte Zulassung, teilte die EMA mit.", True, [("count", 21, None, None), ("count", 11, None, None)], "die EMA"),
    ("de", "In der Zulassungsstudie mit 1.736 Teilnehmenden verlangsamte das Medikament den geistigen Abbau über 18 Monate um 27 Prozent im Vergleich zu Placebo.", True, [("count", 1736, None, None), ("duration", 18, "month", None), ("percent", 27, "%", None)], None),
    ("de", "Bei 12,6 Prozent der Behandelten traten Hirnschwellungen auf, drei Teilnehmer starben.", True, [("percent", 12.6, "%", None), ("count", 3, None, None)], None),
    ("de", "Der Antikörper wird alle vier Wochen als Infusion verabreicht.", True, [("duration", 4, "week", None)], None),
    ("de", "Laut Gesundheitsministerium sind in Österreich rund 150.000 Menschen an einer Demenz erkrankt.", True, [("count", 150000, None, "about")], "Gesundheitsministerium"),
    ("de", "Für eine Behandlung kämen davon nach Schätzungen von Fachleuten nur 5.000 bis 8.000 infrage.", True, [("count", 5000, None, None), ("count", 8000, None, None)], None),
    ("de", "In den USA kostet die Therapie mit dem Antikörper rund 26.500 Dollar pro Jahr.", True, [("money", 26500, "USD", "about")], None),
    ("de", "„Das ist kein Durchbruch, aber ein Hoffnungsschimmer für Betroffene und Angehörige“, sagte der Neurologe Gerald Pichler von der Medizinischen Universität Graz.", False, [], None),
    ("de", "Patientenvertreter kritisierten die hohen Kosten als Zumutung für das Gesundheitssystem.", False, [], None),
    # --- RSV-Impfstoff, Swissmedic (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Swissmedic hat einen zweiten Impfstoff gegen das Respiratorische Synzytial-Virus (RSV) für Menschen ab 60 Jahren zugelassen.", True, [("ordinal", 2, None, None), ("duration", 60, "year", "at_least")], None),
    ("de", "Die Eidgenössische Kommission für Impffragen empfiehlt die Impfung allen Personen ab 75 Jahren sowie Risikopatienten ab 60, wie das BAG mitteilte.", True, [("duration", 75, "year", "at_least"), ("duration", 60, "year", "at_least")], "das BAG"),
    ("de", "In der Zulassungsstudie mit rund 24'500 Teilnehmenden verhinderte das Vakzin in der ersten Saison 83,7 Prozent der schweren Atemwegserkrankungen.", True, [("count", 24500, None, "about"), ("ordinal", 1, None, None), ("percent", 83.7, "%", None)], None),
    ("de", "Eine Dosis kostet Fr. 189.45, die Grundversicherung übernimmt die Kosten ab dem 1. Oktober.", True, [("money", 189.45, "CHF", None), ("date", "--10-01", None, None)], None),
    ("de", "Jedes Jahr müssen in der Schweiz laut BAG schätzungsweise 2500 ältere Menschen wegen RSV ins Spital.", True, [("count", 2500, None, "about")], "BAG"),
    ("de", "«Das ist eine gute Nachricht für die ältere Bevölkerung», sagte BAG-Vizedirektorin Claudine Perrenoud.", False, [], None),
    # --- Lieferengpässe, BfArM (dpa) ---
    ("de", "Bonn (dpa) - Die Liste der gemeldeten Lieferengpässe beim Bundesinstitut für Arzneimittel und Medizinprodukte umfasst derzeit 512 Arzneimittel.", True, [("count", 512, None, None)], None),
    ("de", "Das sind gut 80 mehr als vor einem Jahr, teilte das BfArM am Mittwoch mit.", True, [("count", 80, None, "over")], "das BfArM"),
    ("de", "Bei Amoxicillin-Trockensaft mit 250 Milligramm je fünf Milliliter seien nur rund 40 Prozent der üblichen Menge lieferbar, sagte BfArM-Präsident Konrad Ellwanger.", True, [("count", 250, None, None), ("count", 5, None, None), ("percent", 40, "%", "about")], "Konrad Ellwanger"),
    ("de", "Seit 2023 dürfen Apotheken bei Engpässen ohne Rücksprache mit der Arztpraxis auf eine andere Packungsgröße oder Wirkstärke ausweichen.", True, [("year", 2023, None, None)], None),
    ("de", "Nach einer Umfrage des Apothekerverbands verbringt eine Apotheke im Schnitt sechs Stunden pro Woche mit der Suche nach Ersatzpräparaten.", True, [("duration", 6, "hour", None)], None),
    ("de", "„Die Lage ist angespannt, aber beherrschbar“, sagte ein Sprecher des Gesundheitsministeriums.", False, [], None),
    ("de", "Eltern sollten Fiebersäfte nicht auf Vorrat kaufen, rät der Apothekerverband.", False, [], None),
    # --- Grippewelle, RKI (dpa) ---
    ("de", "Berlin (dpa) - Die Grippewelle hat Deutschland fest im Griff: In der 3. Kalenderwoche wurden dem Robert Koch-Institut 28.417 laborbestätigte Influenza-Fälle gemeldet.", True, [("ordinal", 3, None, None), ("count", 28417, None, None)], None),
    ("de", "Die Zahl der Meldungen lag damit um rund 40 Prozent über dem Wert der Vorwoche.", True, [("percent", 40, "%", "about")], None),
    ("de", "Seit Beginn der Saison 2025/26 wurden damit mehr als 146.000 Fälle erfasst, 213 Menschen starben, so das RKI.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("count", 146000, None, "over"), ("count", 213, None, None)], "das RKI"),
    ("de", "Die Zahl der Krankenhausaufnahmen wegen schwerer Atemwegsinfektionen lag zuletzt bei 9,4 je 100.000 Einwohner.", True, [("count", 9.4, None, None), ("count", 100000, None, None)], None),
    ("de", "Besonders häufig erkranken Kinder unter fünf Jahren sowie Menschen über 80.", True, [("duration", 5, "year", "under"), ("duration", 80, "year", "over")], None),
    ("de", "Die Impfquote bei den über 60-Jährigen liegt laut RKI bei 38,2 Prozent, angestrebt sind 75 Prozent.", True, [("duration", 60, "year", "over"), ("percent", 38.2, "%", None), ("percent", 75, "%", None)], "RKI"),
    ("de", "Wer mit Fieber im Bett liegt, sollte daheim bleiben und andere nicht anstecken.", False, [], None),
    # --- Masern (APA) ---
    ("de", "Wien (APA) - In Österreich sind heuer bereits 162 Masernfälle gemeldet worden, mehr als im gesamten Vorjahr.", True, [("count", 162, None, None)], None),
    ("de", "47 Erkrankte mussten im Spital behandelt werden, darunter neun Kinder unter zwei Jahren, teilte die AGES am Freitag mit.", True, [("count", 47, None, None), ("count", 9, None, None), ("duration", 2, "year", "under")], "die AGES"),
    ("de", "Für einen vollständigen Schutz sind zwei Dosen des Masern-Mumps-Röteln-Impfstoffs nötig.", True, [("count", 2, None, None)], None),
    ("de", "Bei den Zweijährigen haben laut Gesundheitsministerium nur 84 Prozent beide Teilimpfungen erhalten, für eine Herdenimmunität wären 95 Prozent nötig.", True, [("duration", 2, "year", None), ("percent", 84, "%", None), ("percent", 95, "%", None)], "Gesundheitsministerium"),
    ("de", "Die MMR-Impfung ist in Österreich für alle Altersgruppen kostenlos.", True, [], None),
    ("de", "„Masern sind hochansteckend und alles andere als harmlos“, warnte AGES-Expertin Ursula Feichtinger.", False, [], None),
    # --- Brustkrebs, ESMO (dpa) ---
    ("de", "Berlin (dpa) - Ein neues Antikörper-Wirkstoff-Konjugat hat in einer Studie das Leben von Patientinnen mit fortgeschrittenem Brustkrebs im Median um 6,8 Monate verlängert.", True, [("duration", 6.8, "month", None)], None),
    ("de", "Das mediane Gesamtüberleben lag bei 23,9 Monaten gegenüber 17,1 Monaten unter Standard-Chemotherapie.", True, [("duration", 23.9, "month", None), ("duration", 17.1, "month", None)], None),
    ("de", "Das Sterberisiko sank damit um 31 Prozent (Hazard Ratio 0,69), wie die Forschenden auf dem Kongress der Europäischen Gesellschaft für Medizinische Onkologie in Berlin berichteten.", True, [("percent", 31, "%", None), ("count", 0.69, None, None)], None),
    ("de", "An der Phase-III-Studie nahmen 884 Frauen aus 21 Ländern teil, deren Tumor trotz mindestens zwei vorheriger Therapien weitergewachsen war.", True, [("count", 884, None, None), ("count", 21, None, None), ("count", 2, None, "at_least")], None),
    ("de", "Nebenwirkungen vom Grad 3 oder höher traten bei 41 Prozent der Patientinnen auf, unter Chemotherapie bei 58 Prozent.", True, [("count", 3, None, None), ("percent", 41, "%", None), ("percent", 58, "%", None)], None),
    ("de", "In Deutschland erkranken laut Zentrum für Krebsregisterdaten jährlich rund 74.500 Frauen an Brustkrebs.", True, [("count", 74500, None, "about")], "Zentrum für Krebsregisterdaten"),
    ("de", "„Für die Betroffenen zählt jeder gewonnene Monat“, sagte Studienleiterin Sabine Großmann.", False, [], None),
    ("de", "„Ich habe endlich wieder Kraft für meine Familie“, erzählt eine Patientin aus Leipzig.", False, [], None),
    # --- Quartalszahlen Pharmakonzern (Reuters) ---
    ("de", "Basel (Reuters) - Der Pharmakonzern Alpenwirk hat im dritten Quartal dank seines Schuppenflechte-Mittels Trelosimab mehr umgesetzt als von Analysten erwartet.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der Umsatz stieg zu konstanten Wechselkursen um 9 Prozent auf 11,8 Milliarden Franken, teilte der Konzern am Donnerstag mit.", True, [("percent", 9, "%", None), ("money", 11800000000, "CHF", None)], "der Konzern"),
    ("de", "Allein Trelosimab brachte 1,42 Milliarden Franken ein, ein Plus von 38 Prozent.", True, [("money", 1420000000, "CHF", None), ("percent", 38, "%", None)], None),
    ("de", "Analysten hatten im Schnitt mit 11,5 Milliarden Franken gerechnet.", True, [("money", 11500000000, "CHF", None)], None),
    ("de", "Für das Gesamtjahr stellt Alpenwirk nun ein Umsatzwachstum im hohen einstelligen Prozentbereich in Aussicht.", True, [], None),
    ("de", "Die Alpenwirk-Aktie schloss an der SIX 3,1 Prozent höher bei 94,36 Franken.", True, [("percent", 3.1, "%", None), ("money", 94.36, "CHF", None)], None),
    ("de", "„Wir sind sehr zufrieden mit der Dynamik unserer neuen Medikamente“, sagte Konzernchef Thomas Brändli in einer Telefonkonferenz.", False, [], None),
    # --- Vitamin-D-Studie (APA) ---
    ("de", "Wien (APA) - Die tägliche Einnahme von Vitamin D schützt ältere Menschen einer Studie der Medizinischen Universität Wien zufolge nicht vor Knochenbrüchen.", True, [], None),
    ("de", "Die 2.460 Teilnehmenden im Alter von 65 bis 85 Jahren erhielten drei Jahre lang entweder 2.000 Internationale Einheiten (IE) Vitamin D täglich oder ein Scheinpräparat.", True, [("count", 2460, None, None), ("duration", 65, "year", None), ("duration", 85, "year", None), ("duration", 3, "year", None), ("count", 2000, None, None)], None),
    ("de", "In der Vitamin-D-Gruppe erlitten 8,3 Prozent einen Bruch, in der Placebogruppe 8,1 Prozent.", True, [("percent", 8.3, "%", None), ("percent", 8.1, "%", None)], None),
    ("de", "Der Unterschied sei statistisch nicht signifikant, sagte Studienleiterin Annette Kühnel.", True, [], "Annette Kühnel"),
    ("de", "Der Vitamin-D-Spiegel im Blut stieg im Schnitt von 48 auf 81 Nanomol pro Liter.", True, [("count", 48, None, None), ("count", 81, None, None)], None),
    ("de", "Laut einer Marktanalyse geben die Menschen in Österreich jährlich mehr als 60 Millionen Euro für Vitamin-D-Präparate aus.", True, [("money", 60000000, "EUR", "over")], None),
    ("de", "Wer keinen nachgewiesenen Mangel hat, braucht in der Regel keine Nahrungsergänzung, betonen Fachleute.", False, [], None),
    # --- Diabetes (dpa) ---
    ("de", "Berlin (dpa) - In Deutschland leben nach Schätzungen der Deutschen Diabetes Gesellschaft rund 8,9 Millionen Menschen mit Diabetes, etwa 95 Prozent davon mit Typ-2-Diabetes.", True, [("count", 8900000, None, "about"), ("percent", 95, "%", "about")], None),
    ("de", "Als Diabetes gilt ein Nüchternblutzucker von 126 Milligramm pro Deziliter (7,0 mmol/l) oder mehr.", True, [("count", 126, None, None), ("count", 7.0, None, None)], None),
    ("de", "Auch ein HbA1c-Wert von mindestens 6,5 Prozent reicht für die Diagnose.", True, [("percent", 6.5, "%", "at_least")], None),
    ("de", "Die Fachgesellschaften empfehlen für die meisten Betroffenen einen HbA1c-Zielwert zwischen 6,5 und 7,5 Prozent.", True, [("percent", 6.5, "%", None), ("percent", 7.5, "%", None)], None),
    ("de", "An Typ-1-Diabetes erkranken hierzulande jedes Jahr rund 3.400 Kinder und Jugendliche unter 20 Jahren neu.", True, [("count", 3400, None, "about"), ("duration", 20, "year", "under")], None),
    ("de", "Diabetes ist eine stille Epidemie, die viel zu lange unterschätzt wurde.", False, [], None),
    # --- Medikamentenpreise Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Generika kosten in der Schweiz im Schnitt rund 45 Prozent mehr als in neun europäischen Vergleichsländern.", True, [("percent", 45, "%", "about"), ("count", 9, None, None)], None),
    ("de", "Bei patentgeschützten Originalpräparaten beträgt der Unterschied nur noch 6 Prozent.", True, [("percent", 6, "%", None)], None),
    ("de", "Das BAG hat per 1. Dezember die Preise von rund 300 Arzneimitteln um durchschnittlich 11 Prozent gesenkt, wie das Amt mitteilte.", True, [("date", "--12-01", None, None), ("count", 300, None, "about"), ("percent", 11, "%", None)], "das Amt"),
    ("de", "Das führe zu Einsparungen von jährlich 120 Millionen Franken, hiess es beim BAG.", True, [("money", 120000000, "CHF", None)], None),
    ("de", "Eine Packung mit 30 Tabletten eines gängigen Blutdrucksenkers kostet damit noch 18.90 Franken statt 22.35 Franken.", True, [("count", 30, None, None), ("money", 18.9, "CHF", None), ("money", 22.35, "CHF", None)], None),
    ("de", "«Die Medikamentenpreise in der Schweiz sind noch immer viel zu hoch», sagte Krankenkassen-Sprecher Reto Gamper.", False, [], None),
    ("de", "Tiefere Preise gefährdeten die Versorgungssicherheit, entgegnete der Pharmaverband.", False, [], None),
    # --- Schmerzmittel, Giftnotruf (dpa) ---
    ("de", "Freiburg (dpa) - Der Giftnotruf Freiburg hat im vergangenen Jahr mehr als 1.900 Anfragen wegen Überdosierungen von Schmerzmitteln bearbeitet.", True, [("count", 1900, None, "over")], None),
    ("de", "Für Erwachsene gilt bei Paracetamol eine Höchstdosis von 4 Gramm pro Tag, das entspricht acht Tabletten zu je 500 Milligramm.", True, [("count", 4, None, None), ("count", 8, None, None), ("count", 500, None, None)], None),
    ("de", "Bei Kindern richtet sich die Dosis nach dem Körpergewicht, empfohlen werden 10 bis 15 mg/kg pro Einzelgabe.", True, [("count", 10, None, None), ("count", 15, None, None)], None),
    ("de", "Eine Menge von 150 Milligramm pro Kilogramm Körpergewicht gilt als Schwelle für schwere Leberschäden, sagte der Leiter des Giftnotrufs, Uwe Brenneisen.", True, [("count", 150, None, None)], "Uwe Brenneisen"),
    ("de", "Medikamente gehören außer Reichweite von Kindern, mahnen die Fachleute.", False, [], None),
    ("de", "Der Giftnotruf ist rund um die Uhr unter der Telefonnummer 0761 19240 erreichbar.", False, [], None),
    # --- Mpox, WHO (AFP) ---
    ("de", "Genf (AFP) - Die Weltgesundheitsorganisation hat in diesem Jahr bislang mehr als 38.000 bestätigte Mpox-Fälle in 24 afrikanischen Ländern registriert.", True, [("count", 38000, None, "over"), ("count", 24, None, None)], None),
    ("de", "Mindestens 140 Menschen starben, teilte die WHO am Freitag in Genf mit.", True, [("count", 140, None, "at_least")], "die WHO"),
    ("de", "Bislang seien rund 3,2 Millionen Impfdosen in die betroffenen Länder geliefert worden, sagte WHO-Notfalldirektor Samuel Ekwueme.", True, [("count", 3200000, None, "about")], "Samuel Ekwueme"),
    ("de", "Im November begannen in der Demokratischen Republik Kongo die ersten Impfungen von Kindern mit dem Impfstoff LC16.", True, [("ordinal", 1, None, None)], None),
    ("de", "„Wir dürfen in unserer Wachsamkeit jetzt nicht nachlassen“, mahnte Ekwueme.", False, [], None),
    # --- HPV-Impfung (APA) ---
    ("de", "Wien (APA) - Die kostenlose HPV-Impfung wird in Österreich bis zum 30. Geburtstag verlängert, teilte das Gesundheitsministerium am Montag mit.", True, [("ordinal", 30, None, None)], "das Gesundheitsministerium"),
    ("de", "Bisher war die Impfung gegen Humane Papillomaviren nur für Kinder und Jugendliche zwischen 9 und 21 Jahren gratis.", True, [("duration", 9, "year", None), ("duration", 21, "year", None)], None),
    ("de", "Seit Beginn der Nachholaktion im Juli 2023 ließen sich laut Ministerium rund 215.000 junge Erwachsene impfen.", True, [("year", 2023, None, None), ("count", 215000, None, "about")], "Ministerium"),
    ("de", "Pro Jahr erkranken in Österreich etwa 400 Frauen an Gebärmutterhalskrebs, rund 130 sterben daran.", True, [("count", 400, None, "about"), ("count", 130, None, "about")], None),
    ("de", "Die Durchimpfungsrate bei 15-jährigen Mädchen liegt bei 57 Prozent, bei Burschen bei 49 Prozent.", True, [("duration", 15, "year", None), ("percent", 57, "%", None), ("percent", 49, "%", None)], None),
    ("de", "Die Impfung sei sicher und wirksam, betonte die Ministerin.", False, [], None),
    # --- RSV-Antikörper für Säuglinge (dpa) ---
    ("de", "Berlin (dpa) - Die Ständige Impfkommission empfiehlt einen Antikörper gegen das RS-Virus künftig für alle Neugeborenen in ihrer ersten RSV-Saison.", True, [("ordinal", 1, None, None)], None),
    ("de", "Das Präparat wird als Einzeldosis gespritzt und schützt etwa fünf Monate lang.", True, [("duration", 5, "month", "about")], None),
    ("de", "In Studien senkte es die Zahl der Krankenhausaufenthalte wegen RSV um rund 80 Prozent.", True, [("percent", 80, "%", "about")], None),
    ("de", "Jedes Jahr müssen in Deutschland nach RKI-Angaben etwa 25.000 Säuglinge wegen einer RSV-Infektion stationär behandelt werden.", True, [("count", 25000, None, "about")], None),
    ("de", "Die Kosten von rund 1.000 Euro pro Dosis übernehmen die Krankenkassen.", True, [("money", 1000, "EUR", "about")], None),
    # --- Bluthochdruck (APA) ---
    ("de", "Graz (APA) - Fast jeder dritte Erwachsene in Österreich hat einen zu hohen Blutdruck, zeigt eine Auswertung der Gesundheitskasse.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Als Bluthochdruck gelten Werte von 140 zu 90 mmHg oder darüber.", True, [("count", 140, None, None), ("count", 90, None, None)], None),
    ("de", "Knapp die Hälfte der Betroffenen nimmt ihre Tabletten nicht regelmäßig ein.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "Seit 2024 verschreiben Ärzte häufiger Kombinationspräparate, bei denen zwei oder drei Wirkstoffe in einer Tablette stecken.", True, [("year", 2024, None, None), ("count", 2, None, None), ("count", 3, None, None)], None),
    ("de", "„Bluthochdruck tut nicht weh, und genau das macht ihn so gefährlich“, sagte die Kardiologin Elisabeth Rainer.", False, [], None),
    # --- EU-Zulassung Lungenkrebs (Reuters) ---
    ("de", "Frankfurt (Reuters) - Die EU-Kommission hat dem Mainzer Unternehmen Corvita die Zulassung für sein Lungenkrebsmittel Orbecitinib erteilt.", True, [], None),
    ("de", "Das Mittel ist für Erwachsene mit fortgeschrittenem Lungenkrebs und einer KRAS-G12C-Mutation zugelassen, die bereits eine Chemotherapie erhalten haben.", True, [], None),
    ("de", "Pro Monat kostet die Behandlung in Deutschland zunächst rund 14.300 Euro, teilte Corvita mit.", True, [("money", 14300, "EUR", "about")], "Corvita"),
    ("de", "In Europa erkranken jährlich etwa 480.000 Menschen an Lungenkrebs, bei 13 Prozent von ihnen liegt die KRAS-Variante vor.", True, [("count", 480000, None, "about"), ("percent", 13, "%", None)], None),
    ("de", "Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.", False, [], None),
    # --- FDA approval, psoriasis (Reuters) ---
    ("en", "WASHINGTON, March 12 (Reuters) - The U.S. Food and Drug Administration on Wednesday approved Halcyon Therapeutics' injectable drug for moderate-to-severe plaque psoriasis, the company said.", True, [("date", "--03-12", None, None)], "the company"),
    ("en", "In two late-stage trials involving a total of 1,522 patients, 74% of those given the drug achieved at least 90% skin clearance after 16 weeks, compared with 4% on placebo.", True, [("count", 2, None, None), ("count", 1522, None, None), ("percent", 74, "%", None), ("percent", 90, "%", "at_least"), ("duration", 16, "week", None), ("percent", 4, "%", None)], None),
    ("en", "The drug, to be sold as Veltora, is given as a 160 mg injection every eight weeks after two starting doses.", True, [("count", 160, None, None), ("duration", 8, "week", None), ("count", 2, None, None)], None),
    ("en", "Halcyon set a list price of $7,450 per dose, or roughly $48,000 a year after the first year.", True, [("money", 7450, "USD", None), ("money", 48000, "USD", "about"), ("ordinal", 1, None, None)], None),
    ("en", "Shares of the Boston-based company rose 6.2% to $41.15 in extended trading.", True, [("percent", 6.2, "%", None), ("money", 41.15, "USD", None)], None),
    ("en", "About 8 million Americans have psoriasis, according to the National Psoriasis Foundation.", True, [("count", 8000000, None, "about")], "the National Psoriasis Foundation"),
    ("en", "\"Patients deserve options that let them forget about their disease for weeks at a time,\" said Halcyon Chief Executive Rebecca Thorne.", False, [], None),
    # --- Alzheimer's trial (Reuters) ---
    ("en", "Brightwater Bio's experimental Alzheimer's drug slowed cognitive decline by 29% over 18 months in a Phase 3 trial, the company said on Tuesday.", True, [("percent", 29, "%", None), ("duration", 18, "month", None), ("count", 3, None, None)], "the company"),
    ("en", "The trial enrolled 1,804 people aged 60 to 85 with early-stage disease.", True, [("count", 1804, None, None), ("duration", 60, "year", None), ("duration", 85, "year", None)], None),
    ("en", "Brain swelling, a known side effect of the drug class, occurred in 11.8% of patients on the drug and 1.9% on placebo.", True, [("percent", 11.8, "%", None), ("percent", 1.9, "%", None)], None),
    ("en", "Two deaths in the treatment arm were deemed possibly related to the drug.", True, [("count", 2, None, None)], None),
    ("en", "The company plans to file for U.S. approval in the first half of next year.", True, [("ordinal", 1, None, None)], None),
    ("en", "Nearly 7 million Americans aged 65 and older are living with Alzheimer's, according to the Alzheimer's Association.", True, [("count", 7000000, None, "nearly"), ("duration", 65, "year", "at_least")], "the Alzheimer's Association"),
    ("en", "Brightwater shares jumped 14% in premarket trading.", True, [("percent", 14, "%", None)], None),
    ("en", "\"This is a meaningful step, but it is not a cure,\" said Dr. Paul Emmerich, a neurologist who was not involved in the study.", False, [], None),
    ("en", "Independent experts cautioned that the benefit may be too small for patients to notice in daily life.", False, [], None),
    # --- Measles (AP) ---
    ("en", "ATLANTA (AP) — The number of U.S. measles cases this year has risen to 1,274, a level not seen since 1992, the CDC said Wednesday.", True, [("count", 1274, None, None), ("year", 1992, None, None)], "the CDC"),
    ("en", "The dead include two unvaccinated school-age sisters from West Texas.", True, [("count", 2, None, None)], None),
    ("en", "About 13% of patients have been hospitalized, most of them children under 5.", True, [("percent", 13, "%", "about"), ("duration", 5, "year", "under")], None),
    ("en", "Nationally, the share of kindergartners with both doses of the measles vaccine fell to 92.7% last school year, below the 95% needed to prevent outbreaks.", True, [("percent", 92.7, "%", None), ("percent", 95, "%", None)], None),
    ("en", "Exemptions from school vaccine requirements reached a record 3.6%, the CDC said.", True, [("percent", 3.6, "%", None)], "the CDC"),
    ("en", "\"These are preventable illnesses, and each of them is a tragedy,\" a CDC spokesperson said.", False, [], None),
    # --- NICE, prostate cancer (PA) ---
    ("en", "LONDON (PA) - Thousands of men with advanced prostate cancer in England will be able to get a new daily tablet on the NHS after the health spending watchdog gave it the green light.", True, [], None),
    ("en", "Around 3,100 men a year are expected to be eligible for the drug, the National Institute for Health and Care Excellence said.", True, [("count", 3100, None, "about")], "the National Institute for Health and Care Excellence"),
    ("en", "In a clinical trial, men taking the 300mg tablet twice a day alongside hormone therapy lived for a median of 34.7 months, compared with 27.3 months on hormone therapy alone.", True, [("count", 300, None, None), ("count", 2, None, None), ("duration", 34.7, "month", None), ("duration", 27.3, "month", None)], None),
    ("en", "The list price is £4,980 for a pack of 56 tablets, but the manufacturer has agreed a confidential discount with the NHS.", True, [("money", 4980, "GBP", None), ("count", 56, None, None)], None),
    ("en", "Prostate cancer is the most common cancer in men in England, with more than 55,000 diagnoses a year.", True, [("count", 55000, None, "over")], None),
    ("en", "\"Every extra month with loved ones matters enormously,\" said Amy Rowland of the charity Prostate Cancer UK.", False, [], None),
    # --- Lung cancer, ASCO (Reuters) ---
    ("en", "CHICAGO, June 1 (Reuters) - Corvane Pharmaceuticals' lung cancer drug combined with chemotherapy cut the risk of death by 32% compared with chemotherapy alone in a late-stage study, researchers said on Sunday.", True, [("date", "--06-01", None, None), ("percent", 32, "%", None)], None),
    ("en", "The hazard ratio for death was 0.68 (95% CI, 0.57-0.81).", True, [("count", 0.68, None, None), ("percent", 95, "%", None), ("count", 0.57, None, None), ("count", 0.81, None, None)], None),
    ("en", "Median overall survival was 25.6 months in the combination arm versus 17.3 months with chemotherapy.", True, [("duration", 25.6, "month", None), ("duration", 17.3, "month", None)], None),
    ("en", "The trial enrolled 688 patients with stage 4 non-small cell lung cancer whose tumours carried an EGFR mutation.", True, [("count", 688, None, None), ("count", 4, None, None)], None),
    ("en", "Serious side effects were reported in 46% of patients receiving the combination and 38% of those on chemotherapy alone.", True, [("percent", 46, "%", None), ("percent", 38, "%", None)], None),
    ("en", "Corvane expects the drug to generate annual sales of more than $3 billion by 2030, Chief Executive Mark Delaney told reporters.", True, [("money", 3000000000, "USD", "over"), ("year", 2030, None, None)], "Mark Delaney"),
    ("en", "Analysts said the data could make the drug a new standard of care, though some questioned its high rate of skin rashes.", False, [], None),
    # --- FDA advisory panel (AP) ---
    ("en", "WASHINGTON (AP) — A panel of government advisers voted 10-3 on Thursday that the benefits of an experimental pill for postpartum depression outweigh its risks.", True, [("count", 10, None, None), ("count", 3, None, None)], None),
    ("en", "The Food and Drug Administration is not required to follow the panel's advice but usually does.", True, [], None),
    ("en", "In the company's main study, women taking the 50-milligram pill for 14 days saw their depression scores improve by 15.6 points after six weeks, versus 11.4 points on a dummy pill.", True, [("count", 50, None, None), ("duration", 14, "day", None), ("count", 15.6, None, None), ("duration", 6, "week", None), ("count", 11.4, None, None)], None),
    ("en", "About 1 in 7 women experience depression after giving birth, according to the agency.", True, [("fraction", 0.1429, None, "about")], "the agency"),
    ("en", "The FDA is expected to make a final decision by Aug. 28.", True, [("date", "--08-28", None, None)], None),
    ("en", "\"I wish this had existed when I needed it,\" a mother from Ohio told the panel.", False, [], None),
    # --- PBS listing (AAP) ---
    ("en", "SYDNEY (AAP) - A cystic fibrosis treatment that costs about A$250,000 a year will be listed on the Pharmaceutical Benefits Scheme from August 1, Health Minister Daniel Kerwin said.", True, [("money", 250000, "AUD", "about"), ("date", "--08-01", None, None)], "Daniel Kerwin"),
    ("en", "Patients will pay no more than A$31.60 per script, or A$7.70 with a concession card.", True, [("money", 31.6, "AUD", "at_most"), ("money", 7.7, "AUD", None)], None),
    ("en", "About 3,700 Australians live with cystic fibrosis and about 1,100 of them are expected to benefit.", True, [("count", 3700, None, "about"), ("count", 1100, None, "about")], None),
    ("en", "The listing will cost the federal budget A$1.4 billion over five years.", True, [("money", 1400000000, "AUD", None), ("duration", 5, "year", None)], None),
    ("en", "\"It is life-changing, it is life-saving, and it is long overdue,\" said campaigner Leah Trevallyn, whose son has the disease.", False, [], None),
    # --- ADHD drug shortage (Reuters) ---
    ("en", "NEW YORK, Oct 3 (Reuters) - A shortage of generic ADHD drugs in the United States is likely to last into next year, the FDA said on Thursday.", True, [("date", "--10-03", None, None)], "the FDA"),
    ("en", "The agency lists the 10 mg, 15 mg and 20 mg strengths of the extended-release tablets as in short supply.", True, [("count", 10, None, None), ("count", 15, None, None), ("count", 20, None, None)], None),
    ("en", "Prescriptions for stimulants among adults aged 22 to 44 rose 58% between 2019 and 2024, according to data from IQVIA.", True, [("duration", 22, "year", None), ("duration", 44, "year", None), ("percent", 58, "%", None), ("year", 2019, None, None), ("year", 2024, None, None)], None),
    ("en", "The Drug Enforcement Administration caps the amount of the active ingredient that manufacturers can produce each year.", True, [], None),
    ("en", "Pharmacists said they were spending hours on the phone trying to track down supplies.", False, [], None),
    ("en", "\"Parents are desperate,\" said Karen Lutz, a pharmacist in Columbus.", False, [], None),
    # --- Aspirin study (PA) ---
    ("en", "LONDON (PA) - Taking a low-dose aspirin every day could cut the risk of bowel cancer returning by up to a third, a study suggests.", True, [("fraction", 0.3333, None, "up_to")], None),
    ("en", "Researchers followed 2,980 patients who had surgery for bowel cancer for an average of three years.", True, [("count", 2980, None, None), ("duration", 3, "year", None)], None),
    ("en", "Those given 100mg of aspirin daily were 31 per cent less likely to see their cancer return than those given a dummy pill.", True, [("count", 100, None, None), ("percent", 31, "%", None)], None),
    ("en", "Some 44,100 people are diagnosed with bowel cancer in the UK each year, according to Cancer Research UK.", True, [("count", 44100, None, "about")], "Cancer Research UK"),
    ("en", "People should speak to their GP before taking aspirin regularly, as it can cause stomach bleeding.", False, [], None),
    # --- Tuberculosis (AFP) ---
    ("en", "GENEVA (AFP) - Tuberculosis killed 1.23 million people last year, making it again the world's deadliest infectious disease, the World Health Organization said on Wednesday.", True, [("count", 1230000, None, None)], "the World Health Organization"),
    ("en", "An estimated 10.7 million people fell ill with TB in 2024, or 133 new cases per 100,000 population.", True, [("count", 10700000, None, "about"), ("year", 2024, None, None), ("count", 133, None, None), ("count", 100000, None, None)], None),
    ("en", "Only 44% of people with drug-resistant TB were diagnosed and treated, the report found.", True, [("percent", 44, "%", None)], None),
    ("en", "Funding for TB prevention and care reached $5.9 billion, less than a third of the $22 billion target for 2027.", True, [("money", 5900000000, "USD", None), ("fraction", 0.3333, None, "under"), ("money", 22000000000, "USD", None), ("year", 2027, None, None)], None),
    ("en", "\"We cannot accept that a curable disease still kills millions,\" the WHO's tuberculosis chief said.", False, [], None),
    # --- Medicare prices (AP) ---
    ("en", "WASHINGTON (AP) — Medicare will pay $274 for a month's supply of the diabetes drug Glucavia starting in 2027, down from a list price of $959, the Department of Health and Human Services said.", True, [("money", 274, "USD", None), ("year", 2027, None, None), ("money", 959, "USD", None)], "the Department of Health and Human Services"),
    ("en", "The negotiated prices for 15 drugs will save Medicare an estimated $12 billion a year.", True, [("count", 15, None, None), ("money", 12000000000, "USD", "about")], None),
    ("en", "Nearly 5.3 million Medicare enrollees used at least one of the drugs in 2024.", True, [("count", 5300000, None, "nearly"), ("count", 1, None, "at_least"), ("year", 2024, None, None)], None),
    ("en", "Out-of-pocket drug costs for seniors are capped at $2,100 a year in 2026.", True, [("money", 2100, "USD", None), ("year", 2026, None, None)], None),
    ("en", "Several drugmakers have sued to stop the program, arguing it is unconstitutional.", True, [], None),
    ("en", "\"This is a historic win for seniors,\" the White House said in a statement.", False, [], None),
    # --- Flu admissions (PA) ---
    ("en", "LONDON (PA) - Flu hospital admissions in England rose to 9.8 per 100,000 people last week, up from 6.1 the week before, the UK Health Security Agency said.", True, [("count", 9.8, None, None), ("count", 100000, None, None), ("count", 6.1, None, None)], "the UK Health Security Agency"),
    ("en", "Admission rates were highest among those aged 85 and over, at 62.4 per 100,000.", True, [("duration", 85, "year", "at_least"), ("count", 62.4, None, None), ("count", 100000, None, None)], None),
    ("en", "So far 72.8 per cent of people aged 65 and over have had a flu jab this winter, compared with 74.1 per cent at the same point last year.", True, [("percent", 72.8, "%", None), ("duration", 65, "year", "at_least"), ("percent", 74.1, "%", None)], None),
    ("en", "Uptake among pregnant women stands at just 36.5 per cent.", True, [("percent", 36.5, "%", None)], None),
    ("en", "NHS England said an average of 2,870 patients with flu were in hospital each day last week, 141 of them in critical care beds.", True, [("count", 2870, None, None), ("count", 141, None, None)], "NHS England"),
    ("en", "Health officials urged anyone eligible who has not yet been vaccinated to book an appointment.", False, [], None),
    # --- Drugmaker results (Reuters) ---
    ("en", "LONDON, Feb 6 (Reuters) - British drugmaker Harwell Pharma reported a 12% rise in fourth-quarter sales on Thursday, driven by demand for its weight-loss injection.", True, [("date", "--02-06", None, None), ("percent", 12, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "Sales rose to 4.37 billion pounds in the three months to Dec. 31, beating analysts' forecasts of 4.21 billion pounds.", True, [("money", 4370000000, "GBP", None), ("duration", 3, "month", None), ("date", "--12-31", None, None), ("money", 4210000000, "GBP", None)], None),
    ("en", "The injection, sold as Slimora, brought in 1.02 billion pounds, up from 610 million pounds a year earlier.", True, [("money", 1020000000, "GBP", None), ("money", 610000000, "GBP", None)], None),
    ("en", "In the trial that led to its approval, patients on the top 15mg dose lost an average of 20.1% of their body weight, or about 22 kg, over 72 weeks.", True, [("count", 15, None, None), ("percent", 20.1, "%", None), ("count", 22, None, "about"), ("duration", 72, "week", None)], None),
    ("en", "Harwell said it would cut the U.S. list price of Slimora by 40% to $650 a month from January.", True, [("percent", 40, "%", None), ("money", 650, "USD", None)], "Harwell"),
    ("en", "\"We have never been in a stronger position,\" Chief Executive Fiona Dalgleish said.", False, [], None),
    ("en", "(Reporting by Nora Easley in London; Editing by Tom Ridgeway)", False, [], None),
    # --- EMA, gene therapy (Reuters) ---
    ("en", "AMSTERDAM, Jan 30 (Reuters) - The European Medicines Agency on Friday recommended approval of a gene therapy for severe haemophilia B that could carry a price tag of around 3 million euros per patient.", True, [("date", "--01-30", None, None), ("money", 3000000, "EUR", "about")], None),
    ("en", "The single infusion reduced annual bleeding rates by 71% in a study of 54 men, the agency said.", True, [("percent", 71, "%", None), ("count", 54, None, None)], "the agency"),
    ("en", "Haemophilia B affects about one in 40,000 people, almost all of them male.", True, [("fraction", 0.000025, None, "about")], None),
    ("en", "The European Commission usually follows the agency's recommendations within about two months.", True, [("duration", 2, "month", "about")], None),
    ("en", "The results were hailed as a breakthrough by patient groups.", False, [], None),
    # --- Recall (AP) ---
    ("en", "NEW YORK (AP) — A drugmaker is recalling more than 580,000 bottles of a blood pressure medication because the pills may contain a cancer-causing impurity, the FDA said.", True, [("count", 580000, None, "over")], "the FDA"),
    ("en", "The recall covers 25 mg and 50 mg tablets sold in bottles of 90 and 1,000 under several brand names.", True, [("count", 25, None, None), ("count", 50, None, None), ("count", 90, None, None), ("count", 1000, None, None)], None),
    ("en", "No illnesses linked to the impurity have been reported.", True, [], None),
    ("en", "Patients should keep taking their medication until they talk to a doctor, the agency advised.", False, [], None),
    # --- Cervical cancer vaccine (PTI) ---
    ("en", "NEW DELHI (PTI) - India's drug regulator has approved a locally developed vaccine against cervical cancer for girls and boys aged 9 to 14, the health ministry said.", True, [("duration", 9, "year", None), ("duration", 14, "year", None)], "the health ministry"),
    ("en", "The vaccine will be priced at Rs 400 a dose for government programmes, it said.", True, [("money", 400, "INR", None)], None),
    ("en", "About 1.25 lakh women in India are diagnosed with cervical cancer each year and nearly 75,000 die of it.", True, [("count", 125000, None, "about"), ("count", 75000, None, "nearly")], None),
    # --- Nasal flu vaccine (AP) ---
    ("en", "The FDA on Friday approved the first flu vaccine that people can give themselves at home, a nasal spray for ages 2 through 49.", True, [("ordinal", 1, None, None), ("duration", 2, "year", None), ("duration", 49, "year", None)], None),
    ("en", "Adults can spray it into their own noses, while parents can give it to children aged 2 to 17.", True, [("duration", 2, "year", None), ("duration", 17, "year", None)], None),
    ("en", "Last flu season, an estimated 280 children died of the flu in the U.S., the highest number since the 2009 pandemic.", True, [("count", 280, None, "about"), ("year", 2009, None, None)], None),
    ("en", "\"Convenience matters when it comes to getting people protected,\" said a spokeswoman for the manufacturer.", False, [], None),
    ("en", "The AP's health coverage receives funding from a private foundation; the AP alone is responsible for its content.", False, [], None),
    # --- Cholesterol pill (Reuters) ---
    ("en", "Parkline Pharma said on Monday its experimental pill lowered levels of 'bad' LDL cholesterol by 58% after 12 weeks in a trial of 2,912 patients.", True, [("percent", 58, "%", None), ("duration", 12, "week", None), ("count", 2912, None, None)], "Parkline Pharma"),
    ("en", "Average LDL fell from 121 mg/dL to 51 mg/dL, below the 55 mg/dL goal set by European guidelines for very high-risk patients.", True, [("count", 121, None, None), ("count", 51, None, None), ("count", 55, None, None)], None),
    ("en", "The once-daily pill would be the first oral drug of its class.", True, [("count", 1, None, None), ("ordinal", 1, None, None)], None),
    ("en", "\"We think this could change how millions of people manage their cholesterol,\" Parkline's research chief said.", False, [], None),
    ("en", "Is this the end of the needle for heart patients?", False, [], None),
    # --- Bird flu (AP) ---
    ("en", "Health officials have confirmed 70 human cases of H5N1 bird flu in the U.S. since early 2024, most of them mild illnesses in farmworkers.", True, [("count", 70, None, None), ("year", 2024, None, None)], None),
    ("en", "One person, a Louisiana resident over 65, has died.", True, [("count", 1, None, None), ("duration", 65, "year", "over")], None),
    ("en", "Patients are advised to consult their doctor before making any changes to their treatment.", False, [], None),
    # --- Childhood vaccination (Reuters) ---
    ("en", "GENEVA, July 15 (Reuters) - Some 14.3 million children did not receive a single dose of vaccine against diphtheria, tetanus and pertussis last year, the World Health Organization said on Tuesday.", True, [("date", "--07-15", None, None), ("count", 14300000, None, "about")], "the World Health Organization"),
    ("en", "Global coverage with the third dose of the DTP vaccine stood at 85%, unchanged from 2023 and below the 90% target for 2030.", True, [("ordinal", 3, None, None), ("percent", 85, "%", None), ("year", 2023, None, None), ("percent", 90, "%", None), ("year", 2030, None, None)], None),
    ("en", "Coverage with a first dose of measles vaccine reached 84%, while only 76% of children received the second dose.", True, [("ordinal", 1, None, None), ("percent", 84, "%", None), ("percent", 76, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "More than half of the unvaccinated children live in just 10 countries affected by conflict or instability.", True, [("fraction", 0.5, None, "over"), ("count", 10, None, None)], None),
    ("en", "\"Every child deserves the chance to be protected,\" UNICEF's immunization chief said.", False, [], None),
    # --- Generic approval (CP) ---
    ("en", "TORONTO (CP) - Health Canada has approved the first generic version of a widely used diabetes drug, which could cut its price by as much as 70 per cent.", True, [("ordinal", 1, None, None), ("percent", 70, "%", "up_to")], None),
    ("en", "About 4.1 million prescriptions for the brand-name drug were filled in Canada last year at a cost of roughly C$1.6 billion, according to IQVIA.", True, [("count", 4100000, None, "about"), ("money", 1600000000, "CAD", "about")], "IQVIA"),
    ("en", "The generic will come in 0.25 mg, 0.5 mg and 1 mg pens for weekly injection.", True, [("count", 0.25, None, None), ("count", 0.5, None, None), ("count", 1, None, None)], None),
]
