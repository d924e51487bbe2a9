"""Two-hundred-and-twenty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, a virus variant and figures are
made up (Sabine Wendelken, Ulrike Pammer, Regula Schärli, Judith Steinacher, Markus
Stelzhammer, Reinhard Mösle, Carla Bremser, Thomas Greiml, Katrin Vogl, Simone Jaquier,
Annette Rüsch, Martina Oberleitner; Helena Markby, Joel Marchetti, Elodie Saint-Amand, Owen
Treharne, Priya Lakhani-Rowe, Aaron Feldstein, Gareth Pellew, Marguerite Olander, Fiona
Dalgetty, Marta Ilinescu; the variant "XEK"; every unnamed minister, deputy, director,
spokesperson, doctor, nurse, virologist, coordinator, commissioner and official); officials
of real bodies appear under made-up names that stand for no real holder, or by their role
only. Real bodies, parties, schemes, products and places (Robert Koch-Institut, RKI, AGES,
Divi, Charité, WHO, Weltgesundheitsorganisation, ECDC, Kantonsarztamt,
Landesgesundheitsamt, Bundesamt für Gesundheit, BAG, Sentinella, Eidgenössische Kommission
für Impffragen, Ständige Impfkommission, Stiko, Gesundheitsministerium, Apothekerkammer,
FPÖ, AfD, Nationalrat, Bundestag, CSU, Deutsche Aidshilfe, Kassenärztliche Vereinigung
Bayerns, Kinderklinik Passau, Hausärzteverband, Statistisches Bundesamt, Unicef; the UK
Health Security Agency, UKHSA, NHS England, NHS Providers, the CDC, the World Health
Organization and its Contingency Fund for Emergencies, Ervebo, the Directorate General of
Health Services, the Pan American Health Organization, MSF, Gavi, the United Nations,
Public Health Scotland, the Scottish Conservatives, MMR, Tdap, and the datelines' cities)
stand for the way wire copy names them; every case count, rate, share, toll, dose, price,
quote, claim and reaction here is invented, and where a real figure came to mind it was
changed.

Its weight: PUBLIC HEALTH AND OUTBREAKS (the hundred-eleventh batch weighed disease
outbreaks and vaccination campaigns before, the twenty-third, sixty-fourth,
hundred-fifty-fifth and two-hundred-seventh their neighbours, and their decisions are
kept) - case numbers, incidences per 100,000, positivity, vaccination rates, hospital and
intensive-care admissions, deaths, weekly changes, wastewater loads, health authorities'
recommendations and advice to the public, WHO statements, risk assessments and experts'
views - over five wire weeks of one winter, November 16 to December 18, as 30 short stories
in story order, the German and English stories alternating. Half German (dpa, dpa/lby,
dpa/lsw, APA, Keystone-SDA, Reuters and AFP German; Austrian "Spital", "heuer", "Jänner",
Swiss «» quotes, "100'000", "41'000" and "1000" without a separator, German „“ quotes): the
RKI's start of the flu wave with a calendar week, a seven-day incidence and a Konjunktiv I
appeal; measles in Styria traced to a wedding; Covid in wastewater with gene copies per
litre, an R value and a variant's share; tuberculosis in Europe with "Jeder 20. Fall";
Legionnaires' disease in Biel with colony counts against a limit; flu jabs in Austria with
an FPÖ claim against the ministry's figure; hantavirus in Baden-Württemberg; World AIDS Day;
RSV filling Bavaria's children's intensive-care beds; WHO measles figures; the Swiss flu
threshold; a Stiko recommendation of RSV jabs for older people; scarlet fever and an
antibiotic shortage in Austria; November deaths set against an AfD deputy's claim of excess
mortality; the WHO malaria report. Half English (Reuters, AP, PA, AFP): flu admissions and
positivity in England; measles in Utah; the WHO's Ebola emergency with its risk grading and
the committee's advice on travel; norovirus and ambulance hours in the NHS; a child's H5N1
death in Cambodia; dengue in Bangladesh with taka; a severe mpox strain in England; cholera
in Haiti; whooping cough in Washington state; Australia's flu season; meningitis in Nigeria;
a salmonella recall; a new coronavirus variant under monitoring; flu jabs and care homes in
Scotland; a survey of trust in vaccines. Negatives as such copy has them: advice and
appeals to the public (some with a figure), reassurances, quotes of verdict, feeling and
resolve, labels, blame, fears, forecasts without a figure, experts' beliefs, evasions and
open questions, a fact-checker's verdict, a no-reply line and a company's apology.

239 rows (120 German, 119 English), 59 negatives (30 German, 29 English), 180 check-worthy
rows of which 14 carry no figure (9 German, 5 English), 298 expected quantities (133
counts, 57 durations - 38 in years, 6 in weeks, 6 in days, 4 in hours, 3 in months -, 46
percentages - 44 in %, 2 in pp -, 22 dates, 11 years, 11 amounts of money - 4 USD, 2 GBP, 2
CHF, 1 BDT, 1 AUD, 1 EUR -, 10 fractions, 8 ordinals; 6 of them in 6 negatives, as the
seventeenth batch labels a figure in a negative), 35 checked speakers (18 German, 17
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling, label, vow, reassurance, hope, fear or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-eleventh, two-hundred-fourth, two-hundred-seventh); a quoted or
  reported statement of fact, figure, step, plan or position is check-worthy with its
  speaker. Pairs from one speaker: Wendelken's doubled doctor visits beside her "keineswegs
  zu spät" (a Konjunktiv I appeal, hundred-eleventh: „Für die Impfung ist es noch nicht zu
  spät“); Pammer's 2,600 jabs beside „keine harmlose Kinderkrankheit“ and her evasion;
  Marchetti's 340 exposed beside "We have the tools"; Treharne's 1,800 beds beside his
  thanks; Schärli's incubation period beside her forecast without a figure; Steinacher's 2.1
  million doses beside her confidence; Lakhani-Rowe's 14 of 31 beside "no need for alarm";
  Bremser's one in three beside her line on stigma; Greiml's transfers to Würzburg (a quoted
  fact without a figure, as the hundred-eleventh's „Wir verlegen schon jetzt Kinder ...“)
  beside Vogl's „ernst, aber beherrschbar“; Feldstein's 40 cases beside his advice;
  Pellew's A$42 million beside his quote; Jaquier's 312 and 38 beside her advice; Rüsch's
  80 percent beside her advice; Olander's 2.5 times beside "Covid has not gone away";
  Dalgetty's 214 of 1,050 beside her "encouraging"; Ilinescu's ages beside her quote.
- Public advice, as the earlier batches settle it: advice and appeals that tell the reader
  what to do are negatives, also from an agency, a ministry, doctors or an official, and
  also with a figure, which is labelled (twenty-seventh: "Wer Fieber hat, soll zu Hause
  bleiben ..."; hundred-eleventh: "..., rät das Auswärtige Amt.", "Residents ... have been
  told to wear masks ...", "County health staff asked families ..."; hundred-twenty-fifth:
  "Travelers should arrive at least two hours ..., the TSA advised." with 2 hours labelled;
  hundred-fifty-fifth: "Experts recommend that adults get at least seven hours ..."):
  "..., rät das Amt.", "..., rät das Landesgesundheitsamt.", "..., UKHSA advised." with 48
  hours labelled, "..., the agency advised.", "Ärztinnen und Ärzte raten, ..." with 2 weeks
  "about" labelled, Jaquier's «Wer einer Risikogruppe angehört, ...», Rüsch's „Wer über 75
  ist, ...“ with 75 years "over" labelled, Feldstein's cough of "more than two weeks"
  labelled, "Parents were urged ...", "City authorities urged ...", "The WHO urged ...",
  "WHO und Unicef riefen die Regierungen auf, ...", the Aidshilfe's appeal with its date
  --12-01 labelled, and the booking line ("... can book online or call the national
  helpline, officials said."). A standing body's formal recommendation for a group of
  people is check-worthy, its speaker unchecked (twentieth: "empfiehlt die Ständige
  Impfkommission" a verb that is not of saying; twenty-third: "die WHO empfiehlt eine Quote
  von 75 Prozent"; twenty-seventh, sixty-fourth, hundred-eleventh, two-hundred-fifteenth;
  hundred-sixtieth: "The World Health Organization recommends that ..."): the Stiko's RSV
  jab from 75 and from 60, its antibody for newborns in their first season, the Swiss
  commission's flu jab from 65, the WHO's 75 percent for over-65s. So is a rule that binds
  or an offer that is made (hundred-eleventh: "dürfen 21 Tage lang weder Kindergarten noch
  Schule besuchen"): "Ungeimpfte Kontaktpersonen müssen bis zu 21 Tage zu Hause bleiben,
  ...", "Close contacts are being offered a vaccine within four days of exposure.", "Eine
  Auffrischung ist nach derzeitigem Stand nicht vorgesehen." New: "The emergency committee
  advised against any restrictions on international travel or trade." is check-worthy
  without a figure - a recommendation a body formally issues to governments is a recorded
  position, as the EMA's recommendation (sixty-fourth, hundred-eleventh); the verb
  "advised" does not make it advice to the reader.
- New: an agency's published risk assessment is check-worthy without a figure ("The WHO
  said it rated the risk as high at national level, moderate at regional level and low
  globally.", "The WHO assesses the risk to the general public from the virus as low.",
  "The risk to the general public remains low, according to UKHSA's latest assessment.",
  speakers unchecked) - a formal grading that can be looked up, as a broker's published
  rating change (hundred-fifty-fourth) - while a spoken reassurance stays a negative
  („Niemand muss sich deswegen Sorgen machen“, "There is no need for alarm, ...", „Das Virus
  ist kein Grund zur Panik, ...“; hundred-eleventh: „Für Touristen ist das Risiko sehr
  gering, ...“).
- WHO and agency statements: a declared emergency and a designated variant are
  check-worthy acts (thirty-first: the WHO's declared Mpox emergency), as is a plan with a
  year ("bis 2030"; seventh, two-hundred-seventh: plans with a figure) and a finding that
  something was not found ("There is currently no evidence that it causes more severe
  illness, the agency said.", „Hinweise auf schwerere Verläufe ... gibt es nach Angaben des
  RKI bislang nicht.“; hundred-eleventh: "The CDC said it had found no evidence ..."); the
  WHO's appeals and its director-general's and regional director's quotes are negatives.
- Experts' views and other negatives (hundred-eleventh, two-hundred-fourth,
  two-hundred-seventh): beliefs and verdicts ("Fachleute halten ... für ...", "Public health
  experts said they believed ...", „Jeder einzelne dieser Todesfälle wäre vermeidbar
  gewesen“), fears ("befürchten viele Fachleute", "Aid groups fear ..."), forecasts and
  warnings without a figure ("Hospital leaders warned ...", "Local officials said the ...
  winds would probably push cases higher ...", „Wir gehen davon aus, dass noch weitere Fälle
  hinzukommen“), blame ("Doctors' groups blamed ..."; two-hundred-seventh), labels („ein
  Armutszeugnis für ein reiches Land“, "sleepwalking into another winter crisis",
  „überfällig“, "encouraging"), evasions and open questions ("wollte Pammer nicht
  vorhersagen", "konnte die Apothekerkammer nicht sagen", "kann das RKI ... noch nicht
  abschätzen", "Whether ...", "It remains unclear ...", "Wann ...", "Ob ..., ist offen."), a
  nurse's feeling with her 20 years labelled, a company's apology (hundred-sixtieth), the
  fact-checker's verdict „Die Behauptung ist damit nicht belegt.“ and the no-reply line
  (hundred-eleventh: "Die Behauptung ist falsch.", "Wir haben den Urheber des Beitrags um
  eine Quelle gebeten, ...").
- Contested claims (hundred-eleventh): the claim and the figure set against it are each
  check-worthy - Stelzhammer's "die Hälfte der Dosen" (0.5, "behauptete X" the name,
  eighty-sixth) against the ministry's "rund 6 Prozent"; the AfD deputy's „seit Jahren bei
  über 10 Prozent“ (10 "over", a role, unchecked) against the office's "1 Prozent über dem
  Erwartungswert" ("über" after the figure compares, no hedge). The statisticians' stated
  cause is check-worthy without a figure (two-hundred-seventh: a stated cause).
- Rates, incidences and weekly changes (hundred-eleventh, hundred-fifty-fifth,
  hundred-eighty-seventh): "Sieben-Tage-Inzidenz" 7 days; rates per 100,000 are two counts
  ("8,9 je 100.000 Einwohner", "5,4 Erkrankungen pro 100.000 Einwohner", "61 Fällen je
  100.000 Einwohner", "97 grippeähnliche Erkrankungen pro 100'000 Einwohner" with the Swiss
  apostrophe as "21'500" (tenth), "6.3 per 100,000 people ..., up from 4.1" - the second
  rate without its base 4.1 only, sixty-fourth -, "at 2,870 per 100,000"); positivity,
  uptake, shares and occupancy are percentages as written; weekly changes are percentages
  ("etwa 38 Prozent mehr als in der Woche davor", "22 Prozent mehr als in der Vorwoche",
  "41 per cent more than the week before", "einem Anstieg um 29 Prozent"), with
  "Vorwoche", "week on week", "a week earlier", "the week before", "pro Woche" carrying
  none; "up 5 percentage points" and "at 11 percentage points" pp. New: the R value ("Der
  sogenannte R-Wert ... liegt nach Modellrechnungen bei 1,15.") is count 1.15 - a
  reproduction number is an index level, as "Canada's Crime Severity Index ... 76.8"
  (hundred-eighty-seventh), "pro Infiziertem" carrying none. New: a measured concentration
  is a count, "pro Liter" carrying none ("rund 310.000 Genkopien pro Liter ..., nach
  240.000", "bis zu 41'000 koloniebildende Einheiten pro Liter ..., der Grenzwert liegt
  bei 1000" with "1000" in Swiss copy without a separator as "4128", hundred-eleventh) -
  physical measures are counts (fourth, twenty-seventh: "200 litres per square metre"), and
  the unit written once serves the later figure (two-hundred-seventh). "Im Mittel" no hedge
  (two-hundred-seventh).
- Fractions (the issue; every batch): "knapp ein Drittel davon" 0.3333 "nearly", "about one
  in four" 0.25 "about", "Nearly half" 0.5 "nearly", "Rund jeder zehnte" 0.1 "about", "die
  Hälfte der Dosen" 0.5, "jede dritte HIV-Diagnose" 0.3333, "about a third of them" 0.3333
  "about", "etwa drei Viertel davon" 0.75 "about", "weniger als der Hälfte" 0.5 "under".
  New: "Jeder 20. Fall" is fraction 0.05 - "jeder" with an ordinal in digits reads as
  "jeder zwanzigste", as "jeder vierte" (the issue) and "jeder zwölfte"
  (hundred-fifty-fifth) do, not as ordinal 20.
- Multiples are counts with their hedge (hundred-tenth, hundred-fifteenth): "mehr als
  doppelt so viele" 2 "over" (twenty-third), "mehr als dreimal so viele" 3 "over", "more
  than five times last year's total" 5 "over" (hundred-fifteenth: "more than five times the
  new limit"), "almost double the figure" 2 "nearly" (hundred-thirty-second: "almost double
  the figure of 20 years ago"), "about 2.5 times less well" 2.5 "about"; "verdoppelt" none
  (nineteenth: a verb).
- Counts otherwise: "Nine more cases" 9 ("more" after a figure no hedge, hundred-tenth),
  "Eleven people", "Fifty-four people", "five died", "Two infants", "one death" 1 (English
  "one" a count, German articles none: "binnen einer Woche", "ein zehn Monate alter
  Säugling"), "The one-dose campaign" 1 (hundred-eleventh: "the three-dose vaccine" 3),
  "all but two of the patients" 2 (hundred-sixth: "all but 22 allied countries"), "14 of
  the 31", "11 of the 26", "214 of the country's 1,050", "14 of 22", "Of 1,862 suspected
  cases, 214", "24 to 36 cucumbers" both ends, "der vier Vorjahre" 4, "An average of 812"
  and "on average" and "On average" no hedge, "nur noch 19" no hedge, "zusätzliche" and
  "extra" no hedge. New: "Bis auf drei Fälle" is count 3 with no hedge - "bis auf" means
  "all but" here, not "up to" ("bis zu", "up_to"), as "all but two" carries none.
- Ordinals (the issue; hundred-eleventh): "in der 46. Kalenderwoche" 46, "zum dritten Mal in
  Folge" 3 (the issue's "zum zweiten Mal"), "the 16th Ebola outbreak" 16, "the country's
  seventh human death" 7, "die erste Masernimpfung, ... die zweite" 1 and 2 (the noun
  written once), "in ihrer ersten RSV-Saison" and "in der ersten Saison" 1.
- Ages are durations in years (every batch): "Fünf- bis 14-Jährigen" 5 and 14
  (hundred-twentieth: "der Zehn- bis 14-Jährigen"), "two- and three-year-olds" 2 and 3 (the
  suspended hyphen in English as in German), "aged 5 to 14", "between 5 and 17", "aged 1 to
  29", "aged 18 to 34", "zwischen drei und neun Jahren" both ends, "aged 6 months to 4
  years" 6 months and 4 years, "A 4-year-old boy" 4, "ein zehn Monate alter Säugling" 10
  months, "der Sechsjährigen" 6, "at age 11 or 12" 11 and 12; "über 80 Jahren", "über 75
  Jahre alt", "über 65-Jährigen", "Menschen über 60", "Wer über 75 ist", "over-75s" "over";
  "ab 75 Jahren", "schon ab 60", "ab 65 Jahren" "at_least"; "unter zwei Jahren", "unter
  fünf Jahren", "Children under 5", "children under 10", "under-65s" "under".
- Durations otherwise: "rund zwei Wochen früher" 2 weeks "about", "binnen zwei Wochen", "bis
  zu 21 Tage" "up_to", "binnen 72 Stunden", "more than 26,000 hours" "over" (two-hundred-
  seventh: "a combined 41,000 hours"), "zwei bis zehn Tage" both ends, "within four days",
  "In the past 24 hours", "in six weeks", "a 10-day campaign", "about six months", "within
  about five years", "five years earlier", "the four weeks to Dec. 6", "seit mindestens
  zehn Jahren" 10 years "at_least", and in negatives "48 hours", "etwa zwei Wochen", "more
  than two weeks", "20 years as a nurse". None: "pro Woche", "week on week", "a week
  earlier", "the week before", "jährlich", "heuer", "this year", "so far this year", "this
  autumn", "this season", "last winter", "last school year", "a month earlier", "next year",
  "seit Jahren", "im Jahr davor", "im Jahr zuvor", "im Vorjahr", "im vergangenen Jahr",
  "Vorsaison", "Saisonbeginn", "seit Anfang Oktober", "bis Mitte November", "Ende des
  Jahres", "bis Jänner", "since January", "since October", "between March and June",
  weekdays and "vor Weihnachten".
- Money in the currency written (every batch): "about $1.9 million" and "an estimated £38m"
  "about" (tenth: "an estimated 1 million"; two-hundred-seventh: PA's "m"), "$3 million",
  "$24 million", "A$42 million" AUD, "an extra £15.5 million" ("extra" no hedge), "rund 200
  Euro pro Dosis" "about", "zwischen 25 und 40 Franken" both CHF (the currency written once
  serving both, "zwischen" no hedge), "3,9 Milliarden Dollar" USD. "1.2 billion taka" is
  BDT, the ISO code of the currency named, as the two-hundred-nineteenth writes the
  shilling and the naira.
- Years and dates: Reuters English datelines with a day ("LONDON, Nov 19", "GENEVA, Nov
  24", "PHNOM PENH, Nov 26", "PORT-AU-PRINCE, Dec 1", "SYDNEY, Dec 3", "ABUJA, Dec 7",
  "GENEVA, Dec 10", "LONDON, Dec 15") are dates without a year (hundred-forty-seventh);
  dpa, APA, Keystone-SDA, Reuters German, AFP, AP and PA datelines none (seventy-ninth);
  "for the week ending Nov. 15", "on Sept. 30", "on Oct. 8", "on Nov. 7", "on Nov. 18",
  "through Dec. 20", "on Dec. 8", "on Dec. 14", "to Dec. 6", "from Oct. 2 to Nov. 21",
  "between Oct. 14 and Nov. 3", "am 1. Dezember" dates without a year; "since 1996", "in
  1976", "since 2003", "since 2022", "since 2023", "seit 2019", "bis 2030", "in 2001", "in
  2010" the years. "COVID-19", "H5N1" and "MMR" carry none (hundred-eleventh).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "schätzungsweise",
  "about", "About", "an estimated" "about"; "knapp", "almost", "Nearly", "Nearly half"
  "nearly"; "mehr als", "Mehr als", "more than", "More than", "über" before a figure or an
  age "over"; "weniger als", "unter", "under" "under"; "mindestens", "at least", "ab"
  "at_least"; "bis zu" "up_to". No hedge: "nur", "nur noch", "Only", "only", "just",
  "zwischen", "between", "Im Mittel", "An average of", "on average", "On average",
  "durchschnittlichen", "zusätzliche", "extra", "more" after a figure, "über" after a
  figure, "bis auf".
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title or
  office dropped ("RKI-Abteilungsleiterin Sabine Wendelken"), "X sagte, ..." opening the
  row, also after a title ("Gesundheitsministerin Judith Steinacher sagte, ...",
  "BAG-Sprecherin Simone Jaquier sagte, ...", "Stiko-Mitglied Annette Rüsch sagte, ...",
  "Pammer sagte, ...", "Schärli sagte, ...", "Bremser sagte, ..."; hundred-fifteenth:
  "Agrarminister Tobias Feldhaus sagte, ...", hundred-ninety-sixth, two-hundred-seventh), the name in apposition ("sagte der Chefarzt der Kinderklinik Passau,
  Thomas Greiml"; sixty-fourth, hundred-eleventh), "X behauptete im Nationalrat, ..." the
  name (eighty-sixth, hundred-eleventh), "teilte die AGES am Montag mit" -> "die AGES",
  "teilte das RKI mit" -> "das RKI", "teilte das Gesundheitsministerium am Freitag mit" ->
  "das Gesundheitsministerium", "teilte die Apothekerkammer mit" -> "die Apothekerkammer"
  (the weekday dropped), "so die Divi" -> "die Divi" (hundred-eleventh: "so das RKI"),
  "nach Angaben des RKI" -> "das RKI", "nach Angaben des Ministeriums" -> "das
  Ministerium", "nach Angaben des Gesundheitsministeriums" -> "das Gesundheitsministerium",
  "nach Angaben der Weltgesundheitsorganisation" -> "die Weltgesundheitsorganisation" (the
  source in the nominative, hundred-eleventh, two-hundred-seventh). English: "the UK Health
  Security Agency said (on Thursday)" -> "the UK Health Security Agency" (hundred-eleventh),
  "NHS England said" as written, "The WHO said it had shipped ..." and "The CDC said ..."
  opening the row -> with "the" (ninety-eighth, hundred-eleventh), "according to the
  Directorate General of Health Services" and "according to the Pan American Health
  Organization" with the article, "Health Secretary Owen Treharne said", "Health Minister
  Gareth Pellew said", "UKHSA incident director Priya Lakhani-Rowe said", "Spokane
  pediatrician Aaron Feldstein said" -> the name, "WHO spokesperson Elodie Saint-Amand told
  reporters", "WHO technical lead Marguerite Olander told reporters", "Marchetti told
  reporters" -> the name, "Markby said", "Dalgetty said", "Ilinescu said" opening the row.
  Left unchecked (None): "teilte das Institut am Mittwoch mit", "Laut AGES", "according to
  the agency" (twice), "according to the WHO", "the health ministry said on Thursday", "the
  health department said" and "the agency said" (forms the hundred-eleventh checks, left
  unchecked here by this batch's choice, to keep the checked speakers near the brief's
  number), "wie das Kantonsarztamt mitteilte" and "wie das Bundesamt für Gesundheit am
  Mittwoch mitteilte" (two-hundred-fourth, two-hundred-seventh: "wie"-clauses), estimates
  and documents ("nach Einschätzung des Robert Koch-Instituts", "nach Schätzungen des
  Robert Koch-Instituts", "Nach Modellrechnungen des RKI", "nach Modellrechnungen", "nach
  Erkenntnissen der Behörden", "heißt es in einem gemeinsamen Bericht", "wie aus dem
  Abwasser-Dashboard des RKI hervorgeht", "nach vorläufigen Zahlen des Statistischen
  Bundesamts", "nach WHO-Angaben", "according to state data", "according to NHS Providers",
  "according to UKHSA's latest assessment", "CDC data show", "the department's figures
  show", "a study published on Tuesday found"), "Nach Angaben der Kassenärztlichen
  Vereinigung Bayerns" (a capitalised adjective heading the name in the genitive,
  two-hundred-seventh), roles and groups ("state health officials said", "health officials
  said", "federal health officials said", "officials said", "Ein AfD-Abgeordneter hatte ...
  behauptet", "the country's health ministry said", "Nigeria's disease control agency said"
  - possessive descriptions, hundred-eleventh -, "Public Health Scotland said" - a body
  without an article, two-hundred-seventh -, "Gavi, the vaccine alliance, said"), verbs that
  are not of saying ("kündigte an", "empfiehlt", "the CDC has counted", "the WHO has
  recorded", "The WHO assesses", "The WHO released", "declared", "has designated"), and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_225 = [
    # --- Grippewelle hat begonnen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Grippewelle in Deutschland hat nach Einschätzung des Robert Koch-Instituts in der 46. Kalenderwoche begonnen, rund zwei Wochen früher als in der Vorsaison.",
        True,
        [("ordinal", 46, None, None), ("duration", 2, "week", "about")],
        None,
    ),
    (
        "de",
        "In der vergangenen Woche wurden dem RKI 7.418 laborbestätigte Influenzafälle übermittelt, etwa 38 Prozent mehr als in der Woche davor.",
        True,
        [("count", 7418, None, None), ("percent", 38, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Anteil positiver Proben in der Sentinel-Stichprobe stieg auf 24 Prozent, teilte das Institut am Mittwoch mit.",
        True,
        [("percent", 24, "%", None)],
        None,
    ),
    (
        "de",
        "Die Sieben-Tage-Inzidenz der gemeldeten Grippefälle kletterte auf 8,9 je 100.000 Einwohner.",
        True,
        [("duration", 7, "day", None), ("count", 8.9, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Wegen schwerer akuter Atemwegsinfektionen kamen zuletzt rund 5.200 Menschen pro Woche ins Krankenhaus, knapp ein Drittel davon mit Influenza.",
        True,
        [("count", 5200, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Seit Saisonbeginn im Oktober wurden 23 Todesfälle im Zusammenhang mit Grippe gemeldet, die meisten bei Menschen über 80 Jahren.",
        True,
        [("count", 23, None, None), ("duration", 80, "year", "over")],
        None,
    ),
    (
        "de",
        "„Die Zahl der Arztbesuche wegen Atemwegsinfekten hat sich bei den Fünf- bis 14-Jährigen binnen zwei Wochen verdoppelt“, sagte RKI-Abteilungsleiterin Sabine Wendelken.",
        True,
        [("duration", 5, "year", None), ("duration", 14, "year", None), ("duration", 2, "week", None)],
        "Sabine Wendelken",
    ),
    ("de", "Für eine Impfung sei es keineswegs zu spät, sagte Wendelken.", False, [], None),
    (
        "de",
        "Wie heftig die Welle in diesem Winter ausfällt, kann das RKI nach eigenen Worten noch nicht abschätzen.",
        False,
        [],
        None,
    ),
    # --- Flu admissions in England (Reuters) ---
    (
        "en",
        "LONDON, Nov 19 (Reuters) - Flu hospital admissions in England rose to 6.3 per 100,000 people for the week ending Nov. 15, up from 4.1 a week earlier, the UK Health Security Agency said on Thursday.",
        True,
        [
            ("date", "--11-19", None, None),
            ("count", 6.3, None, None),
            ("count", 100000, None, None),
            ("date", "--11-15", None, None),
            ("count", 4.1, None, None),
        ],
        "the UK Health Security Agency",
    ),
    (
        "en",
        "That is the highest rate for the time of year since the agency began publishing the series in 2010.",
        True,
        [("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Test positivity for flu reached 14.8%, while COVID-19 positivity was broadly flat at 3.2%.",
        True,
        [("percent", 14.8, "%", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "en",
        "Children aged 5 to 14 saw the sharpest rise, with positivity up 5 percentage points week on week.",
        True,
        [("duration", 5, "year", None), ("duration", 14, "year", None), ("percent", 5, "pp", None)],
        None,
    ),
    (
        "en",
        "Only 37.9% of eligible two- and three-year-olds have had the nasal spray vaccine so far this autumn, according to the agency.",
        True,
        [("percent", 37.9, "%", None), ("duration", 2, "year", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        '"Now is the time to get protected, not when the wave has already peaked," said Dr. Helena Markby, a consultant epidemiologist at UKHSA.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Markby said about one in four children admitted with flu last winter had needed oxygen.",
        True,
        [("fraction", 0.25, None, "about")],
        "Markby",
    ),
    ("en", "Parents were urged to book jabs through their GP surgery or a community pharmacy.", False, [], None),
    # --- Masernausbruch in der Steiermark (APA) ---
    (
        "de",
        "Graz (APA) - In der Steiermark ist die Zahl der Masernfälle binnen einer Woche von 19 auf 34 gestiegen, teilte die AGES am Montag mit.",
        True,
        [("count", 19, None, None), ("count", 34, None, None)],
        "die AGES",
    ),
    (
        "de",
        "Acht Erkrankte mussten im Spital behandelt werden, darunter ein zehn Monate alter Säugling.",
        True,
        [("count", 8, None, None), ("duration", 10, "month", None)],
        None,
    ),
    (
        "de",
        "Bis auf drei Fälle waren alle Betroffenen nicht oder unvollständig geimpft.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Ausgangspunkt war nach Erkenntnissen der Behörden eine Hochzeitsfeier in einem Gasthaus im Bezirk Leibnitz mit rund 180 Gästen.",
        True,
        [("count", 180, None, "about")],
        None,
    ),
    (
        "de",
        "Ungeimpfte Kontaktpersonen müssen bis zu 21 Tage zu Hause bleiben, eine Impfung binnen 72 Stunden nach dem Kontakt verkürzt die Frist.",
        True,
        [("duration", 21, "day", "up_to"), ("duration", 72, "hour", None)],
        None,
    ),
    (
        "de",
        "Mit zwei Dosen geimpft sind in der Steiermark nur 84 Prozent der Sechsjährigen.",
        True,
        [("count", 2, None, None), ("percent", 84, "%", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "„Masern sind keine harmlose Kinderkrankheit“, sagte Landessanitätsdirektorin Ulrike Pammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pammer sagte, seit Anfang Oktober hätten die Impfstellen des Landes knapp 2.600 zusätzliche MMR-Impfungen verabreicht.",
        True,
        [("count", 2600, None, "nearly")],
        "Pammer",
    ),
    ("de", "Ob der Ausbruch bis Weihnachten eingedämmt ist, wollte Pammer nicht vorhersagen.", False, [], None),
    # --- Measles in Utah (AP) ---
    (
        "en",
        "SALT LAKE CITY (AP) — A measles outbreak centered in southern Utah has grown to 87 cases, state health officials said Tuesday, making it the state's largest since 1996.",
        True,
        [("count", 87, None, None), ("year", 1996, None, None)],
        None,
    ),
    (
        "en",
        "Eleven people have been hospitalized, and all but two of the patients were unvaccinated.",
        True,
        [("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Nearly half of those infected are children between 5 and 17.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 5, "year", None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "Kindergarten measles vaccination rates in Washington County fell to 83.2% last school year from 91% five years earlier.",
        True,
        [("percent", 83.2, "%", None), ("percent", 91, "%", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Nationwide, the CDC has counted 1,612 confirmed measles cases in 41 states this year.",
        True,
        [("count", 1612, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        '"We have the tools to stop this, and people are choosing not to use them," said Dr. Joel Marchetti, the state epidemiologist.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Marchetti told reporters that 340 people had been exposed at a high school basketball game on Nov. 7.",
        True,
        [("count", 340, None, None), ("date", "--11-07", None, None)],
        "Marchetti",
    ),
    (
        "en",
        "The state will offer free MMR shots at 22 pop-up clinics through Dec. 20.",
        True,
        [("count", 22, None, None), ("date", "--12-20", None, None)],
        None,
    ),
    (
        "en",
        "The state health department has spent about $1.9 million on the response so far.",
        True,
        [("money", 1900000, "USD", "about")],
        None,
    ),
    ("en", "Whether the outbreak has peaked is not yet clear.", False, [], None),
    # --- Corona im Abwasser (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Corona-Viruslast im Abwasser ist in Deutschland zum dritten Mal in Folge gestiegen.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Im Mittel der 143 beteiligten Kläranlagen wurden zuletzt rund 310.000 Genkopien pro Liter gemessen, nach 240.000 in der Vorwoche.",
        True,
        [("count", 143, None, None), ("count", 310000, None, "about"), ("count", 240000, None, None)],
        None,
    ),
    (
        "de",
        "Das entspricht einem Anstieg um 29 Prozent, wie aus dem Abwasser-Dashboard des RKI hervorgeht.",
        True,
        [("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Derzeit werden etwa 1.150 Corona-Patienten in Kliniken behandelt, 96 davon auf Intensivstationen, so die Divi.",
        True,
        [("count", 1150, None, "about"), ("count", 96, None, None)],
        "die Divi",
    ),
    (
        "de",
        "Vor einem Jahr lagen zur gleichen Zeit noch mehr als doppelt so viele Corona-Patienten auf den Stationen.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Der sogenannte R-Wert, der die Ansteckungen pro Infiziertem schätzt, liegt nach Modellrechnungen bei 1,15.",
        True,
        [("count", 1.15, None, None)],
        None,
    ),
    (
        "de",
        "Der Anteil der neuen Variante XEK an den sequenzierten Proben liegt inzwischen bei 41 Prozent.",
        True,
        [("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Hinweise auf schwerere Verläufe durch die Variante gibt es nach Angaben des RKI bislang nicht.",
        True,
        [],
        "das RKI",
    ),
    ("de", "„Niemand muss sich deswegen Sorgen machen“, sagte ein Virologe der Berliner Charité.", False, [], None),
    # --- WHO declares Ebola emergency (Reuters) ---
    (
        "en",
        "GENEVA, Nov 24 (Reuters) - The World Health Organization on Tuesday declared an Ebola outbreak in Congo's Equateur province a public health emergency of international concern, its highest level of alarm.",
        True,
        [("date", "--11-24", None, None)],
        None,
    ),
    (
        "en",
        "The outbreak has infected 214 people since it was declared on Sept. 30, and 91 of them have died, according to the WHO.",
        True,
        [("count", 214, None, None), ("date", "--09-30", None, None), ("count", 91, None, None)],
        None,
    ),
    (
        "en",
        "That puts the case fatality rate at about 43%, lower than in several past outbreaks.",
        True,
        [("percent", 43, "%", "about")],
        None,
    ),
    (
        "en",
        "It is the 16th Ebola outbreak in Congo since the virus was identified near the Ebola River in 1976.",
        True,
        [("ordinal", 16, None, None), ("year", 1976, None, None)],
        None,
    ),
    (
        "en",
        "WHO spokesperson Elodie Saint-Amand told reporters that nine health workers were among those infected.",
        True,
        [("count", 9, None, None)],
        "Elodie Saint-Amand",
    ),
    (
        "en",
        "More than 12,400 people have received the Ervebo vaccine since a ring vaccination campaign began on Oct. 8.",
        True,
        [("count", 12400, None, "over"), ("date", "--10-08", None, None)],
        None,
    ),
    (
        "en",
        "The WHO released $3 million from its Contingency Fund for Emergencies to pay for the response.",
        True,
        [("money", 3000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The WHO said it rated the risk as high at national level, moderate at regional level and low globally.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The emergency committee advised against any restrictions on international travel or trade.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"This virus does not respect borders, and neither can our response," the WHO\'s director-general said.',
        False,
        [],
        None,
    ),
    ("en", "Aid groups fear fighting in the region will hamper efforts to trace contacts.", False, [], None),
    # --- Tuberkulose in Europa (dpa) ---
    (
        "de",
        "Stockholm/Kopenhagen (dpa) - In der europäischen Region der WHO sind im vergangenen Jahr rund 161.000 Tuberkulose-Erkrankungen gemeldet worden.",
        True,
        [("count", 161000, None, "about")],
        None,
    ),
    (
        "de",
        "Das sind 1,9 Prozent weniger als im Jahr davor, heißt es in einem gemeinsamen Bericht von WHO und ECDC.",
        True,
        [("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "In Deutschland stieg die Zahl der Fälle dagegen auf 4.481, die Inzidenz lag bei 5,4 Erkrankungen pro 100.000 Einwohner.",
        True,
        [("count", 4481, None, None), ("count", 5.4, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Rund 70 Prozent der Erkrankten in Deutschland wurden im Ausland geboren, teilte das RKI mit.",
        True,
        [("percent", 70, "%", "about")],
        "das RKI",
    ),
    (
        "de",
        "Jeder 20. Fall ging auf einen multiresistenten Erreger zurück, gegen den die Standardtherapie nicht wirkt.",
        True,
        [("fraction", 0.05, None, None)],
        None,
    ),
    (
        "de",
        "Die WHO will die Tuberkulose in Europa bis 2030 als Gesundheitsproblem beseitigen.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    ("de", "„Von diesem Ziel sind wir noch meilenweit entfernt“, sagte der WHO-Regionaldirektor.", False, [], None),
    (
        "de",
        "Fachleute halten vor allem die Versorgung von Geflüchteten für eine große Herausforderung.",
        False,
        [],
        None,
    ),
    # --- Norovirus closes NHS beds (PA) ---
    (
        "en",
        "LONDON (PA) - An average of 812 hospital beds a day were closed or occupied because of diarrhoea and vomiting last week, NHS England said.",
        True,
        [("count", 812, None, None)],
        "NHS England",
    ),
    (
        "en",
        "That is 41 per cent more than the week before and almost double the figure for the same week last year.",
        True,
        [("percent", 41, "%", None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Flu patients in hospital rose to 2,146 a day on average, 87 of them in critical care.",
        True,
        [("count", 2146, None, None), ("count", 87, None, None)],
        None,
    ),
    (
        "en",
        "Ambulance crews lost more than 26,000 hours waiting outside A&E departments to hand over patients.",
        True,
        [("duration", 26000, "hour", "over")],
        None,
    ),
    (
        "en",
        "Trusts have spent an estimated £38m on extra cleaning and agency staff since October, according to NHS Providers.",
        True,
        [("money", 38000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Health Secretary Owen Treharne said the NHS had put 1,800 extra beds in place for the winter.",
        True,
        [("count", 1800, None, None)],
        "Owen Treharne",
    ),
    ("en", '"Staff are working flat out, and I want to thank every one of them," Treharne said.', False, [], None),
    (
        "en",
        "People with norovirus symptoms should stay away from work or school until 48 hours after they have cleared, UKHSA advised.",
        False,
        [("duration", 48, "hour", None)],
        None,
    ),
    ("en", "Hospital leaders warned that the worst of the winter was still to come.", False, [], None),
    # --- Legionellen in Biel (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Stadt Biel sind seit Ende Oktober 27 Menschen an der Legionärskrankheit erkrankt, zwei von ihnen sind gestorben.",
        True,
        [("count", 27, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Beide Verstorbenen waren über 75 Jahre alt und hatten Vorerkrankungen, wie das Kantonsarztamt mitteilte.",
        True,
        [("duration", 75, "year", "over")],
        None,
    ),
    (
        "de",
        "Als mögliche Quelle gilt der Kühlturm eines Industriebetriebs, der vorsorglich abgeschaltet wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "In Wasserproben wurden bis zu 41'000 koloniebildende Einheiten pro Liter gemessen, der Grenzwert liegt bei 1000.",
        True,
        [("count", 41000, None, "up_to"), ("count", 1000, None, None)],
        None,
    ),
    (
        "de",
        "«Wir gehen davon aus, dass noch weitere Fälle hinzukommen», sagte Kantonsärztin Regula Schärli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Schärli sagte, die Inkubationszeit betrage zwei bis zehn Tage.",
        True,
        [("duration", 2, "day", None), ("duration", 10, "day", None)],
        "Schärli",
    ),
    (
        "de",
        "In der Schweiz werden jährlich rund 600 Fälle gemeldet, Tendenz steigend.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    ("de", "Wer Fieber und Atemnot hat, sollte umgehend einen Arzt aufsuchen, rät das Amt.", False, [], None),
    # --- Bird flu death in Cambodia (Reuters) ---
    (
        "en",
        "PHNOM PENH, Nov 26 (Reuters) - A 4-year-old boy has died of H5N1 bird flu in Cambodia, the country's seventh human death from the virus this year, the health ministry said on Thursday.",
        True,
        [("date", "--11-26", None, None), ("duration", 4, "year", None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        "The boy, from Takeo province, had handled sick backyard chickens before he fell ill on Nov. 18.",
        True,
        [("date", "--11-18", None, None)],
        None,
    ),
    (
        "en",
        "Cambodia has reported 17 human cases this year, up from 10 in all of last year.",
        True,
        [("count", 17, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Health workers have taken samples from 46 close contacts, all of whom have so far tested negative.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "Globally, the WHO has recorded 990 human H5N1 infections since 2003, about 48% of them fatal.",
        True,
        [("count", 990, None, None), ("year", 2003, None, None), ("percent", 48, "%", "about")],
        None,
    ),
    ("en", "The WHO assesses the risk to the general public from the virus as low.", True, [], None),
    (
        "en",
        '"Every human infection gives the virus another chance to adapt," said a virologist at a university in Hong Kong.',
        False,
        [],
        None,
    ),
    # --- Grippeimpfung in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich haben sich bis Mitte November rund 1,05 Millionen Menschen gegen Grippe impfen lassen, teilte das Gesundheitsministerium am Freitag mit.",
        True,
        [("count", 1050000, None, "about")],
        "das Gesundheitsministerium",
    ),
    (
        "de",
        "Das entspricht einer Durchimpfungsrate von knapp 11,5 Prozent der Bevölkerung.",
        True,
        [("percent", 11.5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bei den über 65-Jährigen liegt die Rate bei 27 Prozent, während die WHO für diese Gruppe 75 Prozent empfiehlt.",
        True,
        [("duration", 65, "year", "over"), ("percent", 27, "%", None), ("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "Gesundheitsministerin Judith Steinacher sagte, im kostenlosen Impfprogramm stünden heuer 2,1 Millionen Dosen zur Verfügung.",
        True,
        [("count", 2100000, None, None)],
        "Judith Steinacher",
    ),
    (
        "de",
        "„Ich bin zuversichtlich, dass wir heuer mehr Menschen erreichen als im Vorjahr“, sagte Steinacher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "FPÖ-Gesundheitssprecher Markus Stelzhammer behauptete im Nationalrat, die Hälfte der Dosen werde am Ende weggeworfen.",
        True,
        [("fraction", 0.5, None, None)],
        "Markus Stelzhammer",
    ),
    (
        "de",
        "In der vergangenen Saison wurden nach Angaben des Ministeriums rund 6 Prozent der ausgelieferten Dosen nicht verimpft.",
        True,
        [("percent", 6, "%", "about")],
        "das Ministerium",
    ),
    ("de", "Die Apothekerkammer nannte die Impfquote „ein Armutszeugnis für ein reiches Land“.", False, [], None),
    (
        "de",
        "Ärztinnen und Ärzte raten, sich möglichst noch vor Weihnachten impfen zu lassen, da der volle Schutz erst nach etwa zwei Wochen aufgebaut ist.",
        False,
        [("duration", 2, "week", "about")],
        None,
    ),
    # --- Dengue in Bangladesh (AFP) ---
    (
        "en",
        "DHAKA (AFP) - Dengue has killed 412 people in Bangladesh so far this year, the highest toll since 2023, health officials said Sunday.",
        True,
        [("count", 412, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "More than 97,000 patients have been admitted to hospital with the mosquito-borne disease since January.",
        True,
        [("count", 97000, None, "over")],
        None,
    ),
    (
        "en",
        "In the past 24 hours alone, 1,214 new patients were admitted and five died, according to the Directorate General of Health Services.",
        True,
        [("duration", 24, "hour", None), ("count", 1214, None, None), ("count", 5, None, None)],
        "the Directorate General of Health Services",
    ),
    ("en", "About 55% of the deaths were recorded in the capital, Dhaka.", True, [("percent", 55, "%", "about")], None),
    (
        "en",
        "The government has allocated 1.2 billion taka for mosquito control in Dhaka this year.",
        True,
        [("money", 1200000000, "BDT", None)],
        None,
    ),
    (
        "en",
        '"I have not seen anything like this in 20 years as a nurse," a nurse at a Dhaka hospital told AFP.',
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    ("en", "City authorities urged residents to clear standing water from rooftops and flowerpots.", False, [], None),
    # --- Hantaviren in Baden-Württemberg (dpa/lsw) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - In Baden-Württemberg sind in diesem Jahr so viele Hantavirus-Infektionen gemeldet worden wie seit 2019 nicht mehr.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Bis Ende November zählte das Landesgesundheitsamt 1.083 Fälle, mehr als dreimal so viele wie im Vorjahr.",
        True,
        [("count", 1083, None, None), ("count", 3, None, "over")],
        None,
    ),
    (
        "de",
        "Besonders betroffen ist der Landkreis Reutlingen, wo die Inzidenz bei 61 Fällen je 100.000 Einwohner liegt.",
        True,
        [("count", 61, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Übertragen wird das Virus von Rötelmäusen, deren Zahl in Jahren mit vielen Bucheckern stark zunimmt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund jeder zehnte Erkrankte musste im Krankenhaus behandelt werden.",
        True,
        [("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "Beim Fegen von Schuppen und Garagen sollte man eine Maske tragen und den Staub vorher befeuchten, rät das Landesgesundheitsamt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Das Virus ist kein Grund zur Panik, aber ernst zu nehmen“, sagte Landesgesundheitsminister Reinhard Mösle.",
        False,
        [],
        None,
    ),
    # --- Mpox strain in England (PA) ---
    (
        "en",
        "LONDON (PA) - Nine more cases of a more severe strain of mpox have been confirmed in England, bringing the total since January to 31, the UK Health Security Agency said.",
        True,
        [("count", 9, None, None), ("count", 31, None, None)],
        "the UK Health Security Agency",
    ),
    (
        "en",
        "Six of the new cases had no recent travel history, pointing to some spread within the UK.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "More than 130,000 doses of mpox vaccine have been given in England since 2022, according to the agency.",
        True,
        [("count", 130000, None, "over"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "UKHSA incident director Priya Lakhani-Rowe said 14 of the 31 patients had needed hospital treatment.",
        True,
        [("count", 14, None, None), ("count", 31, None, None)],
        "Priya Lakhani-Rowe",
    ),
    (
        "en",
        "Close contacts are being offered a vaccine within four days of exposure.",
        True,
        [("duration", 4, "day", None)],
        None,
    ),
    ("en", "The risk to the general public remains low, according to UKHSA's latest assessment.", True, [], None),
    ("en", '"There is no need for alarm, but we are not complacent," Lakhani-Rowe said.', False, [], None),
    # --- Welt-Aids-Tag (dpa) ---
    (
        "de",
        "Berlin (dpa) - In Deutschland haben sich im vergangenen Jahr nach Schätzungen des Robert Koch-Instituts rund 2.300 Menschen neu mit HIV infiziert.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    ("de", "Das sind etwa 200 mehr als im Jahr davor.", True, [("count", 200, None, "about")], None),
    (
        "de",
        "Rund 8.200 Menschen wissen demnach nichts von ihrer Infektion.",
        True,
        [("count", 8200, None, "about")],
        None,
    ),
    (
        "de",
        "Etwa 96.700 Menschen lebten Ende des Jahres mit dem Virus, knapp 93 Prozent von ihnen erhielten eine Therapie.",
        True,
        [("count", 96700, None, "about"), ("percent", 93, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Seit 2019 übernehmen die gesetzlichen Krankenkassen die Kosten für die Prä-Expositions-Prophylaxe.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Zum Welt-Aids-Tag am 1. Dezember rief die Deutsche Aidshilfe dazu auf, Tests leichter zugänglich zu machen.",
        False,
        [("date", "--12-01", None, None)],
        None,
    ),
    (
        "de",
        "„HIV ist heute gut behandelbar, aber das Stigma ist geblieben“, sagte Aidshilfe-Vorständin Carla Bremser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bremser sagte, jede dritte HIV-Diagnose werde erst bei einem fortgeschrittenen Immundefekt gestellt.",
        True,
        [("fraction", 0.3333, None, None)],
        "Bremser",
    ),
    # --- Cholera in Haiti (Reuters) ---
    (
        "en",
        "PORT-AU-PRINCE, Dec 1 (Reuters) - Cholera has killed at least 86 people in Haiti since early October, the country's health ministry said, as gang violence keeps many clinics closed.",
        True,
        [("date", "--12-01", None, None), ("count", 86, None, "at_least")],
        None,
    ),
    (
        "en",
        "Nearly 3,900 suspected cases have been recorded, about a third of them in children under 10.",
        True,
        [("count", 3900, None, "nearly"), ("fraction", 0.3333, None, "about"), ("duration", 10, "year", "under")],
        None,
    ),
    (
        "en",
        "Only 11 of the 26 cholera treatment centres in the capital area are operating, according to the Pan American Health Organization.",
        True,
        [("count", 11, None, None), ("count", 26, None, None)],
        "the Pan American Health Organization",
    ),
    (
        "en",
        "The WHO said it had shipped 600,000 doses of oral vaccine for a campaign starting on Dec. 8.",
        True,
        [("count", 600000, None, None), ("date", "--12-08", None, None)],
        "the WHO",
    ),
    (
        "en",
        "The one-dose campaign should protect people for about six months.",
        True,
        [("count", 1, None, None), ("duration", 6, "month", "about")],
        None,
    ),
    (
        "en",
        "The United Nations has appealed for $24 million to fund the response but has so far received only 15% of that.",
        True,
        [("money", 24000000, "USD", None), ("percent", 15, "%", None)],
        None,
    ),
    ("en", '"Cholera is a disease of poverty and neglect," an MSF coordinator in the capital said.', False, [], None),
    ("en", "It remains unclear how many deaths go unreported in gang-controlled neighbourhoods.", False, [], None),
    # --- RSV-Welle in Bayerns Kinderkliniken (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Wegen einer starken RSV-Welle sind die Kinderkliniken in Bayern nach Angaben des Gesundheitsministeriums nahezu voll belegt.",
        True,
        [],
        "das Gesundheitsministerium",
    ),
    (
        "de",
        "Von 412 Kinderintensivbetten im Freistaat waren am Dienstag nur noch 19 frei.",
        True,
        [("count", 412, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "In der vergangenen Woche wurden 1.376 RSV-Fälle bei Kindern unter zwei Jahren gemeldet, 22 Prozent mehr als in der Vorwoche.",
        True,
        [("count", 1376, None, None), ("duration", 2, "year", "under"), ("percent", 22, "%", None)],
        None,
    ),
    (
        "de",
        "Seit dem vergangenen Jahr empfiehlt die Stiko für alle Neugeborenen einen Antikörperschutz in ihrer ersten RSV-Saison.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Kassenärztlichen Vereinigung Bayerns haben bislang rund 71 Prozent der Neugeborenen die Prophylaxe erhalten.",
        True,
        [("percent", 71, "%", "about")],
        None,
    ),
    (
        "de",
        "„Wir müssen Kinder aus Niederbayern inzwischen bis nach Würzburg verlegen“, sagte der Chefarzt der Kinderklinik Passau, Thomas Greiml.",
        True,
        [],
        "Thomas Greiml",
    ),
    (
        "de",
        "Gesundheitsministerin Katrin Vogl (CSU) kündigte an, 30 Betten vorübergehend aus der Erwachsenenmedizin umzuwidmen.",
        True,
        [("count", 30, None, None)],
        None,
    ),
    ("de", "„Die Lage ist ernst, aber beherrschbar“, sagte Vogl.", False, [], None),
    # --- Whooping cough in Washington state (AP) ---
    (
        "en",
        "SEATTLE (AP) — Washington state has recorded 1,318 whooping cough cases so far this year, more than five times last year's total, health officials said Wednesday.",
        True,
        [("count", 1318, None, None), ("count", 5, None, "over")],
        None,
    ),
    ("en", "Two infants, both too young to be vaccinated, have died.", True, [("count", 2, None, None)], None),
    (
        "en",
        "Only 68% of pregnant people in the state received the Tdap shot during their pregnancy, according to state data.",
        True,
        [("percent", 68, "%", None)],
        None,
    ),
    (
        "en",
        "Protection from the childhood vaccine wanes within about five years, which is why a booster is given at age 11 or 12.",
        True,
        [("duration", 5, "year", "about"), ("duration", 11, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Spokane pediatrician Aaron Feldstein said his practice had seen 40 cases in November alone.",
        True,
        [("count", 40, None, None)],
        "Aaron Feldstein",
    ),
    (
        "en",
        '"Any cough that lasts more than two weeks needs to be checked by a doctor," Feldstein said.',
        False,
        [("duration", 2, "week", "over")],
        None,
    ),
    # --- Masern weltweit (Reuters) ---
    (
        "de",
        "Genf (Reuters) - Die Zahl der Masernfälle weltweit ist nach Angaben der Weltgesundheitsorganisation im vergangenen Jahr auf schätzungsweise 10,6 Millionen gestiegen.",
        True,
        [("count", 10600000, None, "about")],
        "die Weltgesundheitsorganisation",
    ),
    (
        "de",
        "Rund 98.000 Menschen starben demnach an der Krankheit, die meisten von ihnen Kinder unter fünf Jahren.",
        True,
        [("count", 98000, None, "about"), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "de",
        "Weltweit erhielten 84 Prozent der Kinder die erste Masernimpfung, aber nur 76 Prozent die zweite.",
        True,
        [
            ("percent", 84, "%", None),
            ("ordinal", 1, None, None),
            ("percent", 76, "%", None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für einen Gemeinschaftsschutz müssten 95 Prozent der Bevölkerung zwei Dosen erhalten haben.",
        True,
        [("percent", 95, "%", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "In 59 Ländern kam es zu großen oder störenden Ausbrüchen, nach 36 im Jahr zuvor.",
        True,
        [("count", 59, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "WHO und Unicef riefen die Regierungen auf, Lücken in den Impfprogrammen rasch zu schließen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Jeder einzelne dieser Todesfälle wäre vermeidbar gewesen“, sagte eine WHO-Sprecherin in Genf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dass Kürzungen bei der internationalen Hilfe die Lage noch verschärfen, befürchten viele Fachleute.",
        False,
        [],
        None,
    ),
    # --- Australia's flu season (Reuters) ---
    (
        "en",
        "SYDNEY, Dec 3 (Reuters) - Australia recorded more than 418,000 laboratory-confirmed influenza cases this year, the most since national reporting began in 2001, the health department said.",
        True,
        [("date", "--12-03", None, None), ("count", 418000, None, "over"), ("year", 2001, None, None)],
        None,
    ),
    (
        "en",
        "Children under 5 had the highest notification rate, at 2,870 per 100,000.",
        True,
        [("duration", 5, "year", "under"), ("count", 2870, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "en",
        "Flu vaccine uptake among children aged 6 months to 4 years was just 24.6%.",
        True,
        [("duration", 6, "month", None), ("duration", 4, "year", None), ("percent", 24.6, "%", None)],
        None,
    ),
    (
        "en",
        "Influenza was linked to 1,204 deaths this year, the department's figures show.",
        True,
        [("count", 1204, None, None)],
        None,
    ),
    (
        "en",
        "Health Minister Gareth Pellew said the government would spend A$42 million on free flu shots for children next year.",
        True,
        [("money", 42000000, "AUD", None)],
        "Gareth Pellew",
    ),
    ("en", "\"Free vaccines alone won't fix this if parents don't trust them,\" Pellew said.", False, [], None),
    ("en", "Doctors' groups blamed the low uptake on misinformation spread during the pandemic.", False, [], None),
    # --- Grippe in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Grippe hat in der Schweiz den epidemischen Schwellenwert überschritten, wie das Bundesamt für Gesundheit am Mittwoch mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Sentinella-Meldesystem registrierten Hausärztinnen und Hausärzte in der vergangenen Woche 97 grippeähnliche Erkrankungen pro 100'000 Einwohner.",
        True,
        [("count", 97, None, None), ("count", 100000, None, None)],
        None,
    ),
    ("de", "Der Schwellenwert für die laufende Saison liegt bei 68 Fällen.", True, [("count", 68, None, None)], None),
    ("de", "Am stärksten betroffen sind die Kantone Genf, Waadt und Tessin.", True, [], None),
    (
        "de",
        "BAG-Sprecherin Simone Jaquier sagte, seit Anfang Oktober seien 312 Personen mit laborbestätigter Grippe hospitalisiert worden, 38 davon auf der Intensivstation.",
        True,
        [("count", 312, None, None), ("count", 38, None, None)],
        "Simone Jaquier",
    ),
    ("de", "«Wer einer Risikogruppe angehört, sollte sich jetzt noch impfen lassen», sagte Jaquier.", False, [], None),
    (
        "de",
        "Die Eidgenössische Kommission für Impffragen empfiehlt die Grippeimpfung Personen ab 65 Jahren, Schwangeren und dem Gesundheitspersonal.",
        True,
        [("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Impfung kostet in Apotheken je nach Kanton zwischen 25 und 40 Franken.",
        True,
        [("money", 25, "CHF", None), ("money", 40, "CHF", None)],
        None,
    ),
    # --- Meningitis in Nigeria (Reuters) ---
    (
        "en",
        "ABUJA, Dec 7 (Reuters) - A meningitis outbreak in northern Nigeria has killed 153 people in six weeks, Nigeria's disease control agency said on Monday.",
        True,
        [("date", "--12-07", None, None), ("count", 153, None, None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        "Of 1,862 suspected cases, 214 have been confirmed in laboratories, most of them in Kebbi and Sokoto states.",
        True,
        [("count", 1862, None, None), ("count", 214, None, None)],
        None,
    ),
    (
        "en",
        "Authorities plan to vaccinate 1.1 million people aged 1 to 29 in a 10-day campaign beginning on Dec. 14.",
        True,
        [
            ("count", 1100000, None, None),
            ("duration", 1, "year", None),
            ("duration", 29, "year", None),
            ("duration", 10, "day", None),
            ("date", "--12-14", None, None),
        ],
        None,
    ),
    (
        "en",
        "Gavi, the vaccine alliance, said it had released 1.4 million doses from an emergency stockpile.",
        True,
        [("count", 1400000, None, None)],
        None,
    ),
    (
        "en",
        "The so-called meningitis belt stretches across 26 African countries from Senegal to Ethiopia.",
        True,
        [("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "Local officials said the dry harmattan winds would probably push cases higher before the rains arrive.",
        False,
        [],
        None,
    ),
    ("en", '"We are racing against the wind," a state health commissioner said.', False, [], None),
    # --- Stiko empfiehlt RSV-Impfung für Ältere (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Ständige Impfkommission empfiehlt künftig allen Menschen ab 75 Jahren eine Impfung gegen das RS-Virus, bei schweren Grunderkrankungen schon ab 60.",
        True,
        [("duration", 75, "year", "at_least"), ("duration", 60, "year", "at_least")],
        None,
    ),
    ("de", "Eine Auffrischung ist nach derzeitigem Stand nicht vorgesehen.", True, [], None),
    (
        "de",
        "Nach Modellrechnungen des RKI sterben in einer durchschnittlichen Saison rund 1.800 Menschen über 60 an den Folgen einer RSV-Infektion.",
        True,
        [("count", 1800, None, "about"), ("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "Mit der Empfehlung übernehmen die Krankenkassen die Kosten von rund 200 Euro pro Dosis.",
        True,
        [("money", 200, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Stiko-Mitglied Annette Rüsch sagte, in den Zulassungsstudien habe die Impfung schwere Verläufe in der ersten Saison um rund 80 Prozent verringert.",
        True,
        [("ordinal", 1, None, None), ("percent", 80, "%", "about")],
        "Annette Rüsch",
    ),
    (
        "de",
        "„Wer über 75 ist, sollte das Angebot unbedingt annehmen“, sagte Rüsch.",
        False,
        [("duration", 75, "year", "over")],
        None,
    ),
    ("de", "Der Hausärzteverband begrüßte die Entscheidung als „überfällig“.", False, [], None),
    ("de", "Wann genügend Impfstoff für alle Berechtigten bereitsteht, ist unklar.", False, [], None),
    # --- Salmonella in cucumbers (AP) ---
    (
        "en",
        "WASHINGTON (AP) — A salmonella outbreak linked to cucumbers has sickened 162 people in 24 states, federal health officials said Friday.",
        True,
        [("count", 162, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "en",
        "Fifty-four people have been hospitalized, and one death has been reported in Texas.",
        True,
        [("count", 54, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "Illnesses started on dates ranging from Oct. 2 to Nov. 21.",
        True,
        [("date", "--10-02", None, None), ("date", "--11-21", None, None)],
        None,
    ),
    (
        "en",
        "The CDC said 71% of sick people interviewed reported eating cucumbers in the week before they fell ill.",
        True,
        [("percent", 71, "%", None)],
        "the CDC",
    ),
    (
        "en",
        "A Florida grower recalled cucumbers shipped between Oct. 14 and Nov. 3 to retailers in 19 states.",
        True,
        [("date", "--10-14", None, None), ("date", "--11-03", None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "The recall covers about 48,000 cartons, each holding 24 to 36 cucumbers.",
        True,
        [("count", 48000, None, "about"), ("count", 24, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "Consumers should throw away any recalled cucumbers and clean surfaces they touched, the agency advised.",
        False,
        [],
        None,
    ),
    ("en", 'The company said it was "deeply sorry" for the illnesses.', False, [], None),
    # --- Scharlach in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Österreich verzeichnet die stärkste Scharlach-Saison seit mindestens zehn Jahren.",
        True,
        [("duration", 10, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Laut AGES wurden seit September 3.942 Fälle gemeldet, im gleichen Zeitraum des Vorjahres waren es 2.210.",
        True,
        [("count", 3942, None, None), ("count", 2210, None, None)],
        None,
    ),
    (
        "de",
        "Betroffen sind vor allem Kinder zwischen drei und neun Jahren.",
        True,
        [("duration", 3, "year", None), ("duration", 9, "year", None)],
        None,
    ),
    (
        "de",
        "In rund 140 Apotheken ist Amoxicillin-Saft für Kinder derzeit nicht lieferbar, teilte die Apothekerkammer mit.",
        True,
        [("count", 140, None, "about")],
        "die Apothekerkammer",
    ),
    (
        "de",
        "Das Gesundheitsministerium hat deshalb den Import von 60.000 Packungen aus Spanien und Italien genehmigt.",
        True,
        [("count", 60000, None, None)],
        None,
    ),
    (
        "de",
        "„Für die Familien ist das eine enorme Belastung“, sagte die Kinderärztin Martina Oberleitner.",
        False,
        [],
        None,
    ),
    ("de", "Ob sich die Lage bis Jänner entspannt, konnte die Apothekerkammer nicht sagen.", False, [], None),
    # --- New coronavirus variant (Reuters) ---
    (
        "en",
        'GENEVA, Dec 10 (Reuters) - The World Health Organization has designated a fast-spreading coronavirus variant, XEK, a "variant under monitoring," it said on Thursday.',
        True,
        [("date", "--12-10", None, None)],
        None,
    ),
    (
        "en",
        "The variant made up 38% of sequences shared with a global database in the four weeks to Dec. 6, up from 9% a month earlier.",
        True,
        [
            ("percent", 38, "%", None),
            ("duration", 4, "week", None),
            ("date", "--12-06", None, None),
            ("percent", 9, "%", None),
        ],
        None,
    ),
    ("en", "There is currently no evidence that it causes more severe illness, the agency said.", True, [], None),
    (
        "en",
        "WHO technical lead Marguerite Olander told reporters that laboratory tests showed antibodies from current vaccines neutralised the variant about 2.5 times less well.",
        True,
        [("count", 2.5, None, "about")],
        "Marguerite Olander",
    ),
    (
        "en",
        "The agency is currently tracking six variants under monitoring and one variant of interest.",
        True,
        [("count", 6, None, None), ("count", 1, None, None)],
        None,
    ),
    ("en", '"Covid has not gone away, and we should not behave as though it has," Olander said.', False, [], None),
    (
        "en",
        "In the United States, only 23% of adults have received an updated COVID-19 vaccine this season, CDC data show.",
        True,
        [("percent", 23, "%", None)],
        None,
    ),
    ("en", "The WHO urged countries to keep sequencing samples and sharing the data.", False, [], None),
    # --- Sterbefälle im November (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Im November sind in Deutschland nach vorläufigen Zahlen des Statistischen Bundesamts 84.310 Menschen gestorben.",
        True,
        [("count", 84310, None, None)],
        None,
    ),
    (
        "de",
        "Das waren 4 Prozent mehr als im mittleren Wert der vier Vorjahre.",
        True,
        [("percent", 4, "%", None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Die Statistiker führen den Anstieg vor allem auf die frühe Grippewelle zurück.", True, [], None),
    (
        "de",
        "Ein AfD-Abgeordneter hatte im Bundestag behauptet, die Übersterblichkeit liege „seit Jahren bei über 10 Prozent“.",
        True,
        [("percent", 10, "%", "over")],
        None,
    ),
    (
        "de",
        "Für das gesamte vergangene Jahr weist das Bundesamt eine Sterblichkeit von 1 Prozent über dem Erwartungswert aus.",
        True,
        [("percent", 1, "%", None)],
        None,
    ),
    ("de", "Die Behauptung ist damit nicht belegt.", False, [], None),
    ("de", "Eine Anfrage nach seiner Quelle ließ der Abgeordnete unbeantwortet.", False, [], None),
    # --- Care homes and flu jabs in Scotland (PA) ---
    (
        "en",
        "EDINBURGH (PA) - More than 1.3 million people in Scotland have had a flu vaccine this winter, Public Health Scotland said.",
        True,
        [("count", 1300000, None, "over")],
        None,
    ),
    (
        "en",
        "Uptake among over-75s stands at 79.4 per cent, but only 41.2 per cent of eligible under-65s with health conditions have been vaccinated.",
        True,
        [
            ("duration", 75, "year", "over"),
            ("percent", 79.4, "%", None),
            ("percent", 41.2, "%", None),
            ("duration", 65, "year", "under"),
        ],
        None,
    ),
    ("en", 'Scotland\'s Health Secretary, Fiona Dalgetty, said the figures were "encouraging".', False, [], None),
    (
        "en",
        "Dalgetty said 214 of the country's 1,050 care homes had reported a respiratory outbreak since October.",
        True,
        [("count", 214, None, None), ("count", 1050, None, None)],
        "Dalgetty",
    ),
    ("en", "Visits to 38 care homes are currently restricted.", True, [("count", 38, None, None)], None),
    (
        "en",
        "The Scottish government has put an extra £15.5 million into this winter's vaccination programme.",
        True,
        [("money", 15500000, "GBP", None)],
        None,
    ),
    ("en", 'Scottish Conservatives accused ministers of "sleepwalking into another winter crisis".', False, [], None),
    (
        "en",
        "Anyone eligible who has yet to be vaccinated can book online or call the national helpline, officials said.",
        False,
        [],
        None,
    ),
    # --- Malaria-Bericht der WHO (AFP) ---
    (
        "de",
        "Genf (AFP) - Die Zahl der Malaria-Erkrankungen weltweit ist im vergangenen Jahr nach WHO-Angaben auf 282 Millionen gestiegen.",
        True,
        [("count", 282000000, None, None)],
        None,
    ),
    (
        "de",
        "Rund 610.000 Menschen starben an der von Mücken übertragenen Krankheit, etwa drei Viertel davon Kinder unter fünf Jahren.",
        True,
        [("count", 610000, None, "about"), ("fraction", 0.75, None, "about"), ("duration", 5, "year", "under")],
        None,
    ),
    ("de", "Mehr als 95 Prozent der Todesfälle entfallen auf Afrika.", True, [("percent", 95, "%", "over")], None),
    (
        "de",
        "Inzwischen setzen 24 afrikanische Länder Malaria-Impfstoffe in ihren Routineprogrammen ein.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Mit 3,9 Milliarden Dollar lagen die Mittel für die Malaria-Bekämpfung bei weniger als der Hälfte des geschätzten Bedarfs.",
        True,
        [("money", 3900000000, "USD", None), ("fraction", 0.5, None, "under")],
        None,
    ),
    (
        "de",
        "„Wir riskieren, Jahrzehnte an Fortschritt zu verspielen“, warnte der Leiter des WHO-Malariaprogramms.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Geberländer ihre Zusagen erhöhen, ist offen.", False, [], None),
    # --- Trust in vaccines (Reuters) ---
    (
        "en",
        "LONDON, Dec 15 (Reuters) - Confidence in vaccine safety has fallen in 14 of 22 European countries surveyed since 2022, a study published on Tuesday found.",
        True,
        [
            ("date", "--12-15", None, None),
            ("count", 14, None, None),
            ("count", 22, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "On average, 79% of respondents agreed that vaccines were safe, down from 84% in the previous survey.",
        True,
        [("percent", 79, "%", None), ("percent", 84, "%", None)],
        None,
    ),
    ("en", "The steepest fall was in Austria, at 11 percentage points.", True, [("percent", 11, "pp", None)], None),
    (
        "en",
        "The researchers surveyed about 41,000 adults between March and June.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    (
        "en",
        "In Britain, the share of people who said vaccines were important for children fell to 86% from 91%.",
        True,
        [("percent", 86, "%", None), ("percent", 91, "%", None)],
        None,
    ),
    (
        "en",
        '"Trust is easy to lose and very hard to win back," said the study\'s lead author, Marta Ilinescu.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ilinescu said confidence had fallen most among people aged 18 to 34.",
        True,
        [("duration", 18, "year", None), ("duration", 34, "year", None)],
        "Ilinescu",
    ),
    (
        "en",
        "Public health experts said they believed the decline reflected wider distrust of institutions rather than any change in the vaccines.",
        False,
        [],
        None,
    ),
]
