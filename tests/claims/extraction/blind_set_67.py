"""Sixty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Gudrun Pichlmayr, Walter Hinterleitner, Ingrid Fasching, Sabine Kronberger, Sonja
Ebenhofer, Hildegard Rösner, Jonas Kerkhoff, the Ostsee BKK, Martina Oberdieck, Matthias
Gerber, Ursula Pfister, Anouk Vuilleumier, the Donau Alpina Versicherung, Kurt Hochleitner,
Rhenalpa, Reto Amstutz, Isar Re, Carola Heinsberg; Gordon Blakeley, Heather Kinsella,
Margaret Cullinan, Fiona Ridley, Patricia Sparkes, Greg Cullen, Kate Pemberton, Lindtal Re,
Corvane Analytics, Hurricane Delphine, Harrowgate Group, Anita Rowe, Tom Ashcroft, Louise
Fenner, Amberline Partners, Halden & Pryce); real institutions ("Ministerrat",
"Pensionsversicherungsanstalt", "ÖGB", "Arbeiterkammer", "Bundesarbeitsministerium",
"Deutsche Rentenversicherung", "GKV-Spitzenverband", "Junge Union", "Diakonie",
"Bundesrat", "Bundesamt für Sozialversicherungen", "Oberaufsichtskommission", "Bundesamt
für Gesundheit", "VVO", "Hagelversicherung", "Wirtschaftskammer", "the Department for Work
and Pensions", "the Office for Budget Responsibility", "the Institute for Fiscal Studies",
"the Resolution Foundation", "the Social Security Administration", "the Senior Citizens
League", "the Centers for Medicare & Medicaid Services", "KFF", "the Australian Prudential
Regulation Authority", "the Insurance Council of Australia", "the Association of British
Insurers", "Lloyd's of London", "the Pension Protection Fund", "the Pensions and Lifetime
Savings Association", "FEMA", "Citizens Property Insurance Corp.", "the CGT", "Japan's
Government Pension Investment Fund") stand for the way wire copy names them; every rate,
amount, date and quote said of them here is invented.

Its weight: INSURANCE, PENSIONS AND SOCIAL SECURITY. Half German (APA, dpa, dpa-AFX,
Keystone-SDA, sda, AWP; Austrian "Jänner", "Pensionistinnen und Pensionisten",
"Ausgleichszulage", "Korridorpension", "Höchstbeitragsgrundlage", Swiss "ss", "fliesst",
"Franken", "Mrd. Fr.", "Rappen", «» quotes, German „“ quotes): the Austrian pension
adjustment ("mit 1. Jänner 2027 um 2,4 Prozent", a fixed amount above a ceiling, the
equalisation supplement), the phasing-in of women's pension age ("jedes Jahr um ein halbes
Jahr", "mit 62 Jahren und sechs Monaten") and of the corridor pension ("in Schritten von
zwei Monaten pro Quartal von 62 auf 63 Jahre"), unemployment benefit and family allowance,
the German pension rise and current pension value, the pension level and its floor, the
standard retirement age by cohort ("für jeden Jahrgang um zwei Monate", "mit 66 Jahren und
vier Monaten"), deductions per month of early retirement, the pension contribution rate,
the contribution ceiling and the reserve in months of spending, the health insurers'
supplementary contribution ("um 0,7 Prozentpunkte auf 3,69 Prozent"), long-term care
contributions, Swiss AHV (the 13th pension, minimum and maximum pensions, women's reference
age "in vier Schritten zu je drei Monaten", the compensation fund), occupational pensions
(conversion rate, interest, funding ratio), Swiss health premiums, insured storm and hail
losses in Austria and natural-hazard losses in Germany (claims counts, sums, shares
insured), insurers' and reinsurers' results (combined ratio, SST and Solvency II ratios,
renewal prices, dividends in Franken and Rappen), child benefit and basic income support,
accident insurance contributions, pensions after 45 contribution years and a child
pension scheme, Swiss unemployment insurance and family allowances. Half English (PA,
Reuters, AP, AAP, AFP): the UK state pension and the triple lock ("£240.50 a week", "at
least 2.5%"), the state pension age ("from 66 to 67 between 2026 and 2028", "born after
April 5, 1960"), life expectancy at 65, compensation for women born in the 1950s, child
benefit, Universal Credit, PIP, Pension Credit and the Winter Fuel Payment, the U.S.
cost-of-living adjustment, the taxable maximum, the trust fund, full retirement age, a
fact check, Medicare Part B and ACA premiums, Australian superannuation ("12 per cent",
"half a percentage point each year", "A$1,178.70 a fortnight", the preservation age),
private health premiums, insured catastrophe losses worldwide and from a hurricane, a
Queensland hailstorm's claims, UK storm payouts and motor premiums, a UK insurer's results
(operating profit, Solvency II ratio, combined ratio, dividend in pence, buyback),
reinsurance renewals and Lloyd's, Irish and UK auto-enrolment contribution rates,
pension-scheme buyouts, U.S. flood insurance and Florida's insurer of last resort, the
French retirement age ("by three months for each generation born from 1961", "62 years
and nine months") and Japan's pension fund. Negatives as such copy has them: quoted
evaluations by pensioners' lobbies, unions, social associations, opposition politicians,
insurers and their chiefs ("„Das ist bestenfalls ein Inflationsausgleich und sicher kein
Geschenk“", "«Die Rechnung bezahlen am Ende die Jungen»", "„Die Klimakrise ist längst auch
eine Versicherungskrise“", ""Pensioners have worked hard all their lives ..."", ""We are
proud of what our people have delivered ..."", ""Nobody likes paying more for their
insurance, ..."", ""This is a victory for every worker who marched,""), reported rhetoric
without a checkable claim ("Die Regierung habe Wort gehalten ...", "Campaigners said the
increase would be swallowed up ...", "Disability charities warned ..."), appeals and advice
("Die Versicherer raten, ...", "raten Verbraucherschützer", "Policyholders are urged to
...", "Savers are advised to ...", "Enrollees are encouraged to ..."), open questions and
outlooks ("Ob das Modell tatsächlich kommt, ...", "Die genauen Zahlen sollen im Frühjahr
vorliegen.", "Questions remain over ..."), and boilerplate ("Wer Fragen zu seinem
Pensionsbescheid hat, ...", "For more information, visit the ABI's website.", "(Reporting
by ...; Editing by ...)", "... said it did not comment on individual cases.",
"Beneficiaries do not need to take any action to receive the increase.").

228 rows (114 German, 114 English), 50 negatives (25 German, 25 English), 178 check-worthy
rows of which 2 carry no figure (2 German, 0 English), 388 expected quantities (109
amounts of money, 89 percentages of which 6 are percentage points, 55 durations, 55 years,
43 counts of which 4 are multipliers in "times", 18 dates, 12 ordinals, 7 fractions; none
of them in negatives), 28 checked speakers (13 German, 15 English). Sentences sharing a run
of eight or more words with any file under tests/ (checked by a script that printed only
this batch's sentences) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: a rule stated as fact ("Wer die Kasse wechseln will, muss die Grundversicherung
  bis Ende November kündigen.") and a position of record ("Die Länder fordern seit Jahren
  eine Pflichtversicherung gegen Elementarschäden."). A viral post's claim is
  check-worthy with the speaker unchecked, and the figure set against it is a check-worthy
  fact (twenty-ninth and thirty-third batches); a bare verdict ("This is false.") would be
  a negative there, but "That is false: ... about 77% of benefits." carries the figure.
- Pension ages and ages of eligibility are durations in years, as "auf 67 Jahre" (second
  batch), "Das durchschnittliche Pensionsantrittsalter lag ... bei 61,6 Jahren" and "aged
  65 and over" (forty-ninth): "von 65 Jahren", "von 62 auf 63 Jahre" and "von 64 auf 65
  Jahre" (the unit written once serves both ends, forty-ninth), "bei 61,9 Jahren, bei
  Männern bei 62,6 und bei Frauen bei 60,8 Jahren" three durations, "bei 67 Jahren", "ein
  zwölfjähriges Kind" 12 years, "zwischen sechs und 15 Jahren", "zwischen sechs und 18
  Jahren", "Kindern unter 25 Jahren" 25 years "under", "from 66 to 67", "the rise to 68",
  "Life expectancy at 65", "is 67", "claimed from 62" ("from" before an age no hedge, as
  "ab 69,90 Euro", forty-eighth), "is now 60", "from 22 to 18", "aged between 23 and 60",
  "from 62 to 64", "a further 18.6 years and women 21 years". New: an age with months
  ("mit 62 Jahren und sechs Monaten", "mit 66 Jahren und vier Monaten", "mit 64 Jahren und
  vier Monaten", "at 62 years and nine months") gives two durations, years and months, as
  a race time in two units does (sixty-third: "in 7 hours, 41 minutes").
- Phasing-in steps are durations: "jedes Jahr um ein halbes Jahr" 0.5 years (as "einem
  halben Jahr", forty-ninth), "in Schritten von zwei Monaten pro Quartal" 2 months, "für
  jeden Jahrgang um zwei Monate" 2 months (fifty-ninth: "in Schritten von einem bis zwei
  Monaten pro Jahrgang"), "zu je drei Monaten" 3 months, "by three months for each
  generation" 3 months; "pro Quartal", "pro Jahrgang", "jedes Jahr", "each year", "für
  jeden Monat" carry none (a period, twenty-ninth and forty-ninth: "im Monat", "a week").
  "in vier Schritten" count 4. New: "a fortnight" ("A$29.70 a fortnight", "A$1,777 a
  fortnight") carries none, a period as "a week" is, and as "in a fortnight" (an earlier
  batch); the amount is money in AUD.
- Cohorts and birth years: "Der Jahrgang 1960", "des Jahrgangs 1962", "mit Jahrgang 1964",
  "die Jahrgänge 1961 bis 1963" years (thirty-ninth: "Jahrgang 1925"), "ab 1964
  Geborenen" 1964 with no hedge ("ab" as "ab 2027", fortieth), "im ersten Halbjahr 1966"
  ordinal 1 and 1966 (forty-ninth: "das erste Halbjahr"); "born in 1960 or later" 1960 and
  "born from 1961" 1961 with no hedge (New: a year bounds a cohort without a qualifier, as
  "ab 1964"); "born after April 5, 1960" and "born after June 30, 1964" full dates;
  "born in the 1950s" none (decades, fifty-ninth).
- Contribution years: "nach 45 Beitragsjahren" count 45 (forty-ninth) and "die Zahl der
  ... Versicherungsjahre von 40 auf 42" counts 40 and 42, compound nouns as there. New:
  the English "at least 35 qualifying years" is 35 years "at_least" - "years" stands as
  its own noun after an adjective, not inside a compound, so it is the unit year.
- New: "auf 1,47 Monatsausgaben" (the pension reserve measured in months of spending) is
  count 1.47, the month inside a compound noun naming a measure, as "27,5 Wochenstunden"
  (forty-ninth) and "Monatsrente".
- Rates: contribution rates, pension levels, replacement rates, deductions, combined
  ratios, solvency ratios, funding ratios and returns are percentages ("18,8 Prozent des
  Bruttolohns", "55 Prozent des täglichen Nettoeinkommens", "12 per cent of ordinary time
  earnings", "a combined ratio of 86.9%", "238 Prozent", "203%", "118%", "117,6 Prozent");
  "Prozentpunkte", "Prozentpunkten" and "half a percentage point" (seventeenth) are
  percentage points. New: "um 0,3 Punkte auf 3,9 Prozent" of a contribution rate is 0.3
  percentage points, as poll "points" (fourth batch) - "Punkte" beside a rate in percent
  is a point of that rate. "fell by 10% to 15%" is a range, two percentages (thirty-third:
  "um 4 bis 6 Prozent"); "über dem Zielkorridor von 175 bis 220 Prozent" 175 and 220 (the
  "über" stands before the noun, no hedge).
- New: "Solvency II" and "Solvency-II-Quote" carry no quantity - a regime's name with a
  Roman numeral is an identifier, as "Part B" and "e-card" (forty-ninth); "the national 800
  number" none (a telephone number, twentieth and thirty-sixth); "SST-Quote" none.
- Money: pensions, benefits, premiums and fees are money, the period carrying none
  ("im Monat", "pro Kind und Monat", "monatlich", "a week", "a month", "a year", forty-ninth
  and twenty-ninth): "1.340,20 Euro", "145,44 Euro", "162,90 Euro im Monat", "8.450 Euro im
  Monat", "1260 Franken im Monat", "408,60 Franken", "£240.50 a week", "£7.20 a month",
  "$2,064", "A$1,178.70"; "um 20 Rappen höhere Dividende von 3,40 Franken" 0.2 and 3.4 CHF
  (twenty-third); "23.1 pence a share" 0.231 GBP (pence, fourth and thirty-eighth); "47,3
  Mrd. Franken" and "11,8 Mrd. Fr." CHF (twelfth); "£3.5bn", "34.2 billion pounds" GBP;
  "260 trillion yen" JPY; AAP copy writes "A$" (forty-ninth); "€1 for every €3" 1 and 3
  EUR; "rund eine Milliarde Euro weniger" 1,000,000,000 EUR "about" ("eine Milliarde" is
  a figure, an earlier batch: "eine Milliarde Franken"). "Für Pensionen über 6.060 Euro"
  "over" (as "für Bezüge von mehr als 2.500 Euro", forty-ninth), "balances above A$3
  million" "over" (as "assets above £23,250", forty-ninth), "earning over €20,000" "over",
  "bis zu 160 Franken" and "up to £300" "up_to", "mindestens 215 Franken" "at_least".
  New: "a taxable income of £35,000 or less" is "at_most" - "or less" after the figure
  closes an inclusive upper bound, the mirror of "aged 65 and over" ("at_least",
  forty-ninth). New: "capped at earnings of €80,000" carries no hedge - the cap is the
  figure stated, not a bound on it.
- Multipliers (twelfth, fifteenth and sixteenth batches): "fast doppelt so viele wie 2015"
  count 2 "times" "nearly", "more than double the national average" count 2 "times"
  "over", "double the standard rate" count 2 "times"; New: "auf mehr als das Doppelte
  gestiegen" count 2 "times" "over" (the noun "das Doppelte" as "doppelt so viele"). The
  verbs "annähernd verdreifacht" carry none (as "verdreifacht", twenty-third).
- Compounds with a figure: "the two-child limit" count 2 (as "Vier-Personen-Haushalt",
  twenty-ninth), "a four-decade high" 40 years (as "a 25-year high", nineteenth), "a
  30-day waiting period" 30 days, "die 13. AHV-Rente" ordinal 13 (twenty-ninth), "the
  three measures" count 3, "one claim every 40 seconds" count 1 (forty-ninth: "one GP")
  and 40 seconds (as "every four minutes", fifteenth).
- Ordinals and fractions: "zum dritten Mal in Folge" 3, "ab dem zweiten Kind" 2, "zum
  ersten Mal" 1, "im ersten Halbjahr" 1, "the sixth year in a row" 6, "its 15th" 15, "the
  second quarter" 2, "the first half" 1, "from the tenth year" 10; "A third review" is
  ordinal 3 (a third in a series, before a noun it counts), while "about a third higher"
  is the fraction 0.3333 "about"; "jeweils zur Hälfte" and "die Hälfte davon" 0.5, "more
  than half" 0.5 "over", "Rund drei Viertel" 0.75 "about", "knapp ein Drittel" 0.3333
  "nearly", "One in three" 0.3333 (forty-third).
- Durations otherwise: "innerhalb von zwei Monaten" 2 months with no hedge (as "binnen"
  and "within", eighteenth and twenty-eighth), "binnen einer Woche" none (article, no
  figure, fourteenth), "over the past two years" 2 years, "two years ago" 2 years (as "100
  years ago", fifteenth), "after three years", "after six years" durations, "13 minutes"
  and "30 minutes"; "a year earlier", "im Vorjahr", "next year", "this year" none.
- Years and dates: "mit 1. Jänner 2027" 2027-01-01 (tenth); "zum 1. Juli", "ab 1. Juli",
  "zum 1. Januar", "mit 1. Jänner" --MM-DD; "from April 6", "on July 1", "from September
  20", "from April 1", "on January 1", "the January 1 renewals" --MM-DD (as "the Dec. 20
  deadline", twenty-fourth); Reuters datelines with a day ("LONDON, July 8 (Reuters)",
  "ZURICH, Dec 9 (Reuters)", "LONDON, March 5 (Reuters)", "TOKYO, Aug 1 (Reuters)") dates
  without a year; APA, dpa, sda, Keystone-SDA, AWP, PA, AP, AAP and AFP datelines none;
  "von August 2025 bis Juli 2026", "before April 2016", "until January 2028", "Ende 2026",
  "bis Ende 2025" the years; "ab Jänner", "bis Ende November", "in October", "between
  January and March", "the April-June quarter" none.
- Speakers, checked only in forms the earlier batches settled: "teilte Sozialministerin
  Gudrun Pichlmayr ... mit" -> "Gudrun Pichlmayr" (a title before a name dropped,
  eighteenth and forty-ninth); "teilte das Bundesarbeitsministerium / der
  Versicherungsverband / der Konzern ... mit", "wie das Bundesgesundheitsministerium /
  das Bundesamt für Sozialversicherungen / das Unternehmen mitteilte", "wie das Bundesamt
  für Gesundheit ... bekanntgab" (as "gab der Verein bekannt", sixty-third) the source with
  its article; "so die Rentenversicherung" -> "die Rentenversicherung" (as "so die
  Ärztekammer", forty-ninth); "nach Angaben des GKV-Spitzenverbands" -> "der
  GKV-Spitzenverband" and "nach Angaben der Rentenversicherung" -> "die
  Rentenversicherung" (forty-ninth); "laut Pensionsversicherungsanstalt" and "laut VVO"
  as written (forty-ninth); "according to the Office for Budget Responsibility / the
  Australian Prudential Regulation Authority / the Pensions and Lifetime Savings
  Association / the Pension Protection Fund" with the article in lower case (forty-first);
  "the Institute for Fiscal Studies said", "the Insurance Council of Australia said", "the
  Association of British Insurers said", "the ABI said", "the Centers for Medicare &
  Medicaid Services said", "the agency said"; "the Resolution Foundation estimated" (as
  "the company estimated", twelfth); "the Social Security Administration announced
  Friday" (as "Downing Street announced", sixty-third); "FEMA said" (as "teilte Fraport
  mit", forty-sixth); "Social Services Minister Fiona Ridley said" -> "Fiona Ridley",
  "Health Minister Greg Cullen announced" -> "Greg Cullen". Left unchecked (None): "wie aus
  Daten der Pensionsversicherungsanstalt hervorgeht", "wie aus dem Entwurf des
  Rentenversicherungsberichts hervorgeht", "nach Berechnungen des Sozialministeriums",
  "nach Prognosen des Ministeriums", "nach Angaben der Deutschen Rentenversicherung" (a
  capitalised adjective heading the name, twentieth and thirty-first), "nach Angaben der
  Branche", "laut der Oberaufsichtskommission", "beziffert das Finanzministerium" and
  "zählte die Donau Alpina Versicherung" (no verb of saying, forty-second and
  forty-ninth), "rechnete die Wirtschaftskammer vor"; "the Department for Work and
  Pensions confirmed" (a verb not settled), "reinsurer Lindtal Re said", "Catastrophe
  modeler Corvane Analytics estimated", "consultancy Halden & Pryce said" (a description
  before a name, forty-seventh: "reinsurer Swiss Re said"), "broker Amberline Partners
  said in a report", "an industry group said", "The council estimates", "official data
  show", "DWP figures show", "Treasury estimates show", "agency data showed", "according
  to the trustees' annual report", "according to an analysis by KFF" (documents and
  present tense, forty-ninth), rows without attribution and all negatives.
- Hedges, only the names in use: "rund", "Rund", "About", "about", "Around", "around",
  "Roughly", "Some", "an estimated", "An estimated" "about"; "knapp", "fast" "nearly";
  "gut", "über", "mehr als", "more than", "over", "above" "over"; "unter" "under"; "bis
  zu", "up to" "up_to"; "mindestens", "at least", "or over" after an age "at_least";
  "höchstens", "or less" after an amount "at_most"; "Nur", "Only", "only", "allein",
  "Allein", "alone", "im Schnitt", "an average of", "insgesamt", "zusammen", "a combined",
  "then", "zuletzt", "erstmals", "weiterhin", "neu" no hedge.
- Negatives: quoted evaluations by lobbies, unions, associations, politicians and insurers
  (also with a named speaker), reported rhetoric and warnings without a checkable claim,
  appeals and advice, open questions and outlooks, and boilerplate (listed above). A
  reported criticism ("Die Gewerkschaft kritisierte die Senkung als Angriff ...") and a
  lobby's reading of figures ("Der Pensionskassenverband sieht darin eine Bestätigung
  ...") are evaluations, not claims. No negative carries a quantity.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_67 = [
    # === German ==================================================================================
    # --- Pensionsanpassung (APA) -----------------------------------------------------------------
    ("de", "Wien (APA) - Die Pensionen in Österreich werden mit 1. Jänner 2027 um 2,4 Prozent erhöht, das hat der Ministerrat am Mittwoch beschlossen.", True,
     [("date", "2027-01-01", None, None), ("percent", 2.4, "%", None)], None),
    ("de", "Der Anpassungsfaktor entspricht der durchschnittlichen Inflation von August 2025 bis Juli 2026, teilte Sozialministerin Gudrun Pichlmayr nach der Sitzung mit.", True,
     [("year", 2025, None, None), ("year", 2026, None, None)], "Gudrun Pichlmayr"),
    ("de", "Für Pensionen über 6.060 Euro brutto im Monat gibt es statt der prozentuellen Erhöhung einen Fixbetrag von 145,44 Euro.", True,
     [("money", 6060, "EUR", "over"), ("money", 145.44, "EUR", None)], None),
    ("de", "Der Ausgleichszulagenrichtsatz für Alleinstehende steigt damit auf 1.340,20 Euro, für Ehepaare auf 2.114,40 Euro.", True,
     [("money", 1340.2, "EUR", None), ("money", 2114.4, "EUR", None)], None),
    ("de", "Rund 2,47 Millionen Pensionistinnen und Pensionisten bekommen die Erhöhung erstmals mit der Jänner-Auszahlung.", True,
     [("count", 2470000, None, "about")], None),
    ("de", "Die Mehrkosten für das Budget beziffert das Finanzministerium für 2027 mit knapp 1,6 Mrd. Euro.", True,
     [("year", 2027, None, None), ("money", 1600000000, "EUR", "nearly")], None),
    ("de", "Die durchschnittliche Alterspension von Männern lag zuletzt bei 2.214 Euro brutto, jene von Frauen bei 1.402 Euro.", True,
     [("money", 2214, "EUR", None), ("money", 1402, "EUR", None)], None),
    ("de", "Frauen beziehen damit im Schnitt um 36,7 Prozent weniger Pension als Männer, wie aus Daten der Pensionsversicherungsanstalt hervorgeht.", True,
     [("percent", 36.7, "%", None)], None),
    ("de", "„Das ist bestenfalls ein Inflationsausgleich und sicher kein Geschenk“, sagte Pensionistenverbandspräsident Walter Hinterleitner.", False, [], None),
    ("de", "Die Regierung habe Wort gehalten und die Älteren nicht im Stich gelassen, betonte ÖVP-Seniorensprecherin Ingrid Fasching.", False, [], None),
    ("de", "Wer Fragen zu seinem Pensionsbescheid hat, kann sich an die Landesstellen der Pensionsversicherungsanstalt wenden.", False, [], None),
    # --- Frauenpensionsalter und Korridorpension (APA) --------------------------------------------
    ("de", "Wien (APA) - Das gesetzliche Pensionsantrittsalter für Frauen steigt seit 2024 jedes Jahr um ein halbes Jahr und erreicht 2033 das der Männer von 65 Jahren.", True,
     [("year", 2024, None, None), ("duration", 0.5, "year", None), ("year", 2033, None, None), ("duration", 65, "year", None)], None),
    ("de", "Frauen, die im ersten Halbjahr 1966 geboren sind, können mit 62 Jahren und sechs Monaten in die reguläre Alterspension gehen.", True,
     [("ordinal", 1, None, None), ("year", 1966, None, None), ("duration", 62, "year", None), ("duration", 6, "month", None)], None),
    ("de", "Das Antrittsalter für die Korridorpension wird ab 2026 in Schritten von zwei Monaten pro Quartal von 62 auf 63 Jahre angehoben.", True,
     [("year", 2026, None, None), ("duration", 2, "month", None), ("duration", 62, "year", None), ("duration", 63, "year", None)], None),
    ("de", "Gleichzeitig steigt die Zahl der dafür nötigen Versicherungsjahre von 40 auf 42.", True,
     [("count", 40, None, None), ("count", 42, None, None)], None),
    ("de", "Nach Berechnungen des Sozialministeriums werden dadurch bis 2030 rund 10.000 Menschen später in Pension gehen.", True,
     [("year", 2030, None, None), ("count", 10000, None, "about")], None),
    ("de", "Das tatsächliche Antrittsalter lag 2025 laut Pensionsversicherungsanstalt bei 61,9 Jahren, bei Männern bei 62,6 und bei Frauen bei 60,8 Jahren.", True,
     [("year", 2025, None, None), ("duration", 61.9, "year", None), ("duration", 62.6, "year", None), ("duration", 60.8, "year", None)], "Pensionsversicherungsanstalt"),
    ("de", "„Wer länger arbeiten soll, braucht auch einen Arbeitsplatz, der das zulässt“, sagte ÖGB-Vizepräsidentin Sabine Kronberger.", False, [], None),
    # --- Arbeitslosengeld und Familienleistungen (APA) --------------------------------------------
    ("de", "Das Arbeitslosengeld beträgt in Österreich 55 Prozent des täglichen Nettoeinkommens, mit Familienzuschlägen sind bis zu 80 Prozent möglich.", True,
     [("percent", 55, "%", None), ("percent", 80, "%", "up_to")], None),
    ("de", "Die Familienbeihilfe für ein zwölfjähriges Kind beträgt ab Jänner 162,90 Euro im Monat, dazu kommt der Kinderabsetzbetrag von 70,90 Euro.", True,
     [("duration", 12, "year", None), ("money", 162.9, "EUR", None), ("money", 70.9, "EUR", None)], None),
    ("de", "Das Schulstartgeld von 121,40 Euro wird jeweils im September für alle Kinder zwischen sechs und 15 Jahren ausbezahlt.", True,
     [("money", 121.4, "EUR", None), ("duration", 6, "year", None), ("duration", 15, "year", None)], None),
    ("de", "„Wer seinen Job verliert, darf nicht auch noch in die Armut abrutschen“, sagte Arbeiterkammer-Präsidentin Sonja Ebenhofer.", False, [], None),
    # --- Rentenanpassung in Deutschland (dpa) -----------------------------------------------------
    ("de", "Berlin (dpa) - Die gut 21 Millionen Rentner in Deutschland erhalten ab 1. Juli eine um 3,86 Prozent höhere Rente.", True,
     [("count", 21000000, None, "over"), ("date", "--07-01", None, None), ("percent", 3.86, "%", None)], None),
    ("de", "Der aktuelle Rentenwert steigt damit von 40,79 Euro auf 42,37 Euro, teilte das Bundesarbeitsministerium am Donnerstag mit.", True,
     [("money", 40.79, "EUR", None), ("money", 42.37, "EUR", None)], "das Bundesarbeitsministerium"),
    ("de", "Für eine Standardrente nach 45 Beitragsjahren mit Durchschnittsverdienst bedeutet das ein Plus von 68,40 Euro im Monat.", True,
     [("count", 45, None, None), ("money", 68.4, "EUR", None)], None),
    ("de", "Grundlage ist die Lohnentwicklung, die im vergangenen Jahr nach Angaben der Deutschen Rentenversicherung bei 4,1 Prozent lag.", True,
     [("percent", 4.1, "%", None)], None),
    ("de", "Das Rentenniveau, also das Verhältnis einer Standardrente zum Durchschnittslohn, liegt 2026 bei 48,2 Prozent.", True,
     [("year", 2026, None, None), ("percent", 48.2, "%", None)], None),
    ("de", "Ohne die gesetzliche Haltelinie würde es nach Prognosen des Ministeriums bis 2035 auf 46,3 Prozent sinken.", True,
     [("year", 2035, None, None), ("percent", 46.3, "%", None)], None),
    ("de", "Die Regelaltersgrenze steigt für jeden Jahrgang um zwei Monate und liegt für alle ab 1964 Geborenen bei 67 Jahren.", True,
     [("duration", 2, "month", None), ("year", 1964, None, None), ("duration", 67, "year", None)], None),
    ("de", "Der Jahrgang 1960 kann ohne Abschläge mit 66 Jahren und vier Monaten in Rente gehen.", True,
     [("year", 1960, None, None), ("duration", 66, "year", None), ("duration", 4, "month", None)], None),
    ("de", "Wer früher geht, muss für jeden Monat einen Abschlag von 0,3 Prozent hinnehmen, insgesamt höchstens 14,4 Prozent.", True,
     [("percent", 0.3, "%", None), ("percent", 14.4, "%", "at_most")], None),
    ("de", "„Die Erhöhung ist verdient, aber sie wird von den Mieten sofort wieder aufgefressen“, sagte die Präsidentin des Sozialverbands, Hildegard Rösner.", False, [], None),
    ("de", "Die Arbeitgeberverbände warnten erneut vor einer Überforderung der jüngeren Generation.", False, [], None),
    # --- Beitragssatz und Rücklage der Rentenversicherung (dpa) ----------------------------------
    ("de", "Der Beitragssatz zur Rentenversicherung dürfte 2027 von 18,6 auf 18,8 Prozent des Bruttolohns steigen, wie aus dem Entwurf des Rentenversicherungsberichts hervorgeht.", True,
     [("year", 2027, None, None), ("percent", 18.6, "%", None), ("percent", 18.8, "%", None)], None),
    ("de", "Arbeitnehmer und Arbeitgeber tragen den Beitrag jeweils zur Hälfte.", True,
     [("fraction", 0.5, None, None)], None),
    ("de", "Die bundesweit einheitliche Beitragsbemessungsgrenze steigt auf 8.450 Euro im Monat.", True,
     [("money", 8450, "EUR", None)], None),
    ("de", "Die Nachhaltigkeitsrücklage der Rentenkasse schrumpfte bis Ende 2025 auf 1,47 Monatsausgaben.", True,
     [("year", 2025, None, None), ("count", 1.47, None, None)], None),
    ("de", "Das entspricht rund 41 Milliarden Euro, so die Rentenversicherung.", True,
     [("money", 41000000000, "EUR", "about")], "die Rentenversicherung"),
    ("de", "„Die Jungen zahlen die Zeche für Versäumnisse, die andere zu verantworten haben“, sagte der Vorsitzende der Jungen Union, Jonas Kerkhoff.", False, [], None),
    # --- Zusatzbeitrag der Krankenkassen (dpa) -----------------------------------------------------
    ("de", "Berlin (dpa) - Der durchschnittliche Zusatzbeitrag der gesetzlichen Krankenkassen wird für 2027 auf 3,1 Prozent festgelegt, wie das Bundesgesundheitsministerium mitteilte.", True,
     [("year", 2027, None, None), ("percent", 3.1, "%", None)], "das Bundesgesundheitsministerium"),
    ("de", "Zusammen mit dem allgemeinen Satz von 14,6 Prozent ergibt sich ein Gesamtbeitrag von 17,7 Prozent des Bruttolohns.", True,
     [("percent", 14.6, "%", None), ("percent", 17.7, "%", None)], None),
    ("de", "Die Ostsee BKK hebt ihren Zusatzbeitrag zum 1. Januar um 0,7 Prozentpunkte auf 3,69 Prozent an.", True,
     [("date", "--01-01", None, None), ("percent", 0.7, "pp", None), ("percent", 3.69, "%", None)], None),
    ("de", "Für einen Versicherten mit 4.000 Euro brutto im Monat bedeutet das Mehrkosten von 14 Euro monatlich, die Hälfte davon trägt der Arbeitgeber.", True,
     [("money", 4000, "EUR", None), ("money", 14, "EUR", None), ("fraction", 0.5, None, None)], None),
    ("de", "Versicherte haben bei einer Beitragserhöhung ein Sonderkündigungsrecht und können innerhalb von zwei Monaten die Kasse wechseln.", True,
     [("duration", 2, "month", None)], None),
    ("de", "Das Defizit der Kassen lag nach Angaben des GKV-Spitzenverbands im ersten Halbjahr bei 1,8 Milliarden Euro.", True,
     [("ordinal", 1, None, None), ("money", 1800000000, "EUR", None)], "der GKV-Spitzenverband"),
    ("de", "„Die Beitragsspirale muss endlich gestoppt werden“, forderte die Vorstandschefin der Kasse, Martina Oberdieck.", False, [], None),
    ("de", "Ein Wechsel lohnt sich vor allem für junge und gesunde Versicherte, raten Verbraucherschützer.", False, [], None),
    # --- Pflegeversicherung (dpa) -------------------------------------------------------------------
    ("de", "Der Beitragssatz zur Pflegeversicherung steigt zum 1. Januar um 0,3 Punkte auf 3,9 Prozent, Kinderlose zahlen 4,5 Prozent.", True,
     [("date", "--01-01", None, None), ("percent", 0.3, "pp", None), ("percent", 3.9, "%", None), ("percent", 4.5, "%", None)], None),
    ("de", "Eltern mit mehreren Kindern unter 25 Jahren erhalten ab dem zweiten Kind einen Abschlag von 0,25 Prozentpunkten je Kind.", True,
     [("duration", 25, "year", "under"), ("ordinal", 2, None, None), ("percent", 0.25, "pp", None)], None),
    ("de", "Rund 5,7 Millionen Menschen in Deutschland gelten als pflegebedürftig, fast doppelt so viele wie 2015.", True,
     [("count", 5700000, None, "about"), ("count", 2, "times", "nearly"), ("year", 2015, None, None)], None),
    ("de", "Pflege dürfe nicht zum Armutsrisiko werden, heißt es in einer Erklärung der Diakonie.", False, [], None),
    # --- 13. AHV-Rente und Referenzalter (Keystone-SDA) -------------------------------------------
    ("de", "Bern (Keystone-SDA) - Für die 13. AHV-Rente, die Ende 2026 zum ersten Mal fliesst, rechnet der Bundesrat mit Kosten von rund 4,2 Milliarden Franken pro Jahr.", True,
     [("ordinal", 13, None, None), ("year", 2026, None, None), ("ordinal", 1, None, None), ("money", 4200000000, "CHF", "about")], None),
    ("de", "Finanziert werden soll sie über eine Erhöhung der Mehrwertsteuer um 0,7 Prozentpunkte, wie das Bundesamt für Sozialversicherungen mitteilte.", True,
     [("percent", 0.7, "pp", None)], "das Bundesamt für Sozialversicherungen"),
    ("de", "Die Minimalrente beträgt 1260 Franken im Monat, die Maximalrente 2520 Franken; Ehepaare erhalten zusammen höchstens 150 Prozent der Maximalrente.", True,
     [("money", 1260, "CHF", None), ("money", 2520, "CHF", None), ("percent", 150, "%", "at_most")], None),
    ("de", "Das Referenzalter der Frauen steigt seit 2025 in vier Schritten zu je drei Monaten von 64 auf 65 Jahre.", True,
     [("year", 2025, None, None), ("count", 4, None, None), ("duration", 3, "month", None), ("duration", 64, "year", None), ("duration", 65, "year", None)], None),
    ("de", "Betroffen sind die Jahrgänge 1961 bis 1963, für Frauen mit Jahrgang 1964 gilt erstmals das volle Referenzalter.", True,
     [("year", 1961, None, None), ("year", 1963, None, None), ("year", 1964, None, None)], None),
    ("de", "Frauen der Übergangsgeneration erhalten einen lebenslangen Rentenzuschlag von bis zu 160 Franken im Monat.", True,
     [("money", 160, "CHF", "up_to")], None),
    ("de", "Der AHV-Ausgleichsfonds erzielte 2025 eine Rendite von 6,1 Prozent und verwaltet nun ein Vermögen von 47,3 Mrd. Franken.", True,
     [("year", 2025, None, None), ("percent", 6.1, "%", None), ("money", 47300000000, "CHF", None)], None),
    ("de", "«Die Rechnung bezahlen am Ende die Jungen», sagte Jungfreisinnigen-Präsident Matthias Gerber.", False, [], None),
    ("de", "«Die AHV ist und bleibt das Herzstück unseres Sozialstaats», sagte Gewerkschafterin Ursula Pfister.", False, [], None),
    # --- Berufliche Vorsorge (sda) ---------------------------------------------------------------
    ("de", "Der Umwandlungssatz in der obligatorischen beruflichen Vorsorge liegt weiterhin bei 6,8 Prozent.", True,
     [("percent", 6.8, "%", None)], None),
    ("de", "Die Pensionskassen verzinsten die Altersguthaben ihrer Versicherten 2025 im Schnitt mit 2,4 Prozent, der Mindestzinssatz lag bei 1,25 Prozent.", True,
     [("year", 2025, None, None), ("percent", 2.4, "%", None), ("percent", 1.25, "%", None)], None),
    ("de", "Der Deckungsgrad der privatrechtlichen Vorsorgeeinrichtungen stieg laut der Oberaufsichtskommission per Ende Jahr auf 117,6 Prozent.", True,
     [("percent", 117.6, "%", None)], None),
    ("de", "Der Pensionskassenverband sieht darin eine Bestätigung seiner vorsichtigen Anlagepolitik.", False, [], None),
    # --- Krankenkassenprämien (sda) --------------------------------------------------------------
    ("de", "Bern (sda) - Die mittlere Monatsprämie der Grundversicherung steigt 2027 um 4,1 Prozent auf 408,60 Franken, wie das Bundesamt für Gesundheit am Dienstag bekanntgab.", True,
     [("year", 2027, None, None), ("percent", 4.1, "%", None), ("money", 408.6, "CHF", None)], "das Bundesamt für Gesundheit"),
    ("de", "Für Erwachsene beträgt die mittlere Prämie neu 467,20 Franken, für Kinder 118,50 Franken.", True,
     [("money", 467.2, "CHF", None), ("money", 118.5, "CHF", None)], None),
    ("de", "Am stärksten steigen die Prämien im Kanton Neuenburg mit 6,8 Prozent, am wenigsten in Appenzell Innerrhoden mit 1,9 Prozent.", True,
     [("percent", 6.8, "%", None), ("percent", 1.9, "%", None)], None),
    ("de", "Seit dem Inkrafttreten des Krankenversicherungsgesetzes im Jahr 1996 sind die Prämien auf mehr als das Doppelte gestiegen.", True,
     [("year", 1996, None, None), ("count", 2, "times", "over")], None),
    ("de", "Rund 1,9 Millionen Erwachsene haben die höchste Franchise von 2500 Franken gewählt.", True,
     [("count", 1900000, None, "about"), ("money", 2500, "CHF", None)], None),
    ("de", "Wer die Kasse wechseln will, muss die Grundversicherung bis Ende November kündigen.", True, [], None),
    ("de", "«Für viele Haushalte ist die Schmerzgrenze längst überschritten», sagte SP-Nationalrätin Anouk Vuilleumier.", False, [], None),
    ("de", "«Wir haben alles unternommen, um den Anstieg zu dämpfen», betonte ein Sprecher des Krankenversichererverbands.", False, [], None),
    # --- Unwetterschäden in Österreich (APA) ------------------------------------------------------
    ("de", "Wien (APA) - Die Unwetter im Juli haben in Österreich versicherte Schäden von rund 320 Millionen Euro verursacht, teilte der Versicherungsverband am Montag mit.", True,
     [("money", 320000000, "EUR", "about")], "der Versicherungsverband"),
    ("de", "Allein bei der Hagelversicherung gingen binnen einer Woche mehr als 11.000 Schadensmeldungen aus der Landwirtschaft ein.", True,
     [("count", 11000, None, "over")], None),
    ("de", "Der Schaden in der Landwirtschaft wird auf 85 Mio. Euro geschätzt, betroffen sind rund 140.000 Hektar.", True,
     [("money", 85000000, "EUR", None), ("count", 140000, None, "about")], None),
    ("de", "Die Donau Alpina Versicherung zählte für das Unwetterwochenende knapp 9.400 Schadensfälle mit einer Schadenssumme von 46 Millionen Euro.", True,
     [("count", 9400, None, "nearly"), ("money", 46000000, "EUR", None)], None),
    ("de", "Rund drei Viertel der Meldungen betrafen Hagelschäden an Autos und Dächern.", True,
     [("fraction", 0.75, None, "about")], None),
    ("de", "Seit 2015 haben sich die versicherten Unwetterschäden in Österreich laut VVO annähernd verdreifacht.", True,
     [("year", 2015, None, None)], "VVO"),
    ("de", "Nur rund 15 Prozent der Gebäude in Österreich sind gegen Hochwasser versichert.", True,
     [("percent", 15, "%", "about")], None),
    ("de", "Die Versicherer raten, Schäden zu fotografieren und möglichst rasch zu melden.", False, [], None),
    ("de", "„Die Klimakrise ist längst auch eine Versicherungskrise“, sagte Verbandspräsident Kurt Hochleitner.", False, [], None),
    # --- Naturgefahrenbilanz der deutschen Versicherer (dpa) --------------------------------------
    ("de", "Berlin (dpa) - Naturgefahren haben den deutschen Versicherern im vergangenen Jahr Schäden von 5,7 Milliarden Euro beschert, rund eine Milliarde Euro weniger als im Vorjahr.", True,
     [("money", 5700000000, "EUR", None), ("money", 1000000000, "EUR", "about")], None),
    ("de", "Davon entfielen 3,9 Milliarden Euro auf Sturm, Hagel und Blitz und 1,8 Milliarden Euro auf Elementarschäden wie Überschwemmung und Starkregen.", True,
     [("money", 3900000000, "EUR", None), ("money", 1800000000, "EUR", None)], None),
    ("de", "Nur 57 Prozent der Wohngebäude sind nach Angaben der Branche gegen Elementarschäden versichert.", True,
     [("percent", 57, "%", None)], None),
    ("de", "Die teuerste Einzelkatastrophe war das Hochwasser an der Donau im Juni mit versicherten Schäden von 2,1 Milliarden Euro.", True,
     [("money", 2100000000, "EUR", None)], None),
    ("de", "Die Länder fordern seit Jahren eine Pflichtversicherung gegen Elementarschäden.", True, [], None),
    ("de", "Eine Pflichtversicherung allein baue keinen Deich und sichere keinen Keller, erklärte der Verband.", False, [], None),
    ("de", "Der Versicherungsverband ruft Hausbesitzer auf, ihren Versicherungsschutz regelmäßig zu überprüfen.", False, [], None),
    # --- Versicherer-Bilanz (AWP) ---------------------------------------------------------------
    ("de", "Zürich (AWP) - Der Versicherer Rhenalpa hat 2025 einen Reingewinn von 1,12 Mrd. Franken erzielt, 9 Prozent mehr als im Vorjahr.", True,
     [("year", 2025, None, None), ("money", 1120000000, "CHF", None), ("percent", 9, "%", None)], None),
    ("de", "Das Geschäftsvolumen stieg um 3,4 Prozent auf 11,8 Mrd. Fr., wie das Unternehmen am Montag mitteilte.", True,
     [("percent", 3.4, "%", None), ("money", 11800000000, "CHF", None)], "das Unternehmen"),
    ("de", "Die Combined Ratio im Nichtlebengeschäft verbesserte sich um 1,9 Prozentpunkte auf 92,4 Prozent.", True,
     [("percent", 1.9, "pp", None), ("percent", 92.4, "%", None)], None),
    ("de", "Die SST-Quote, das Mass für die Solvenz nach Schweizer Vorgaben, lag per Ende Jahr bei 238 Prozent.", True,
     [("percent", 238, "%", None)], None),
    ("de", "Die Aktionäre sollen eine um 20 Rappen höhere Dividende von 3,40 Franken je Aktie erhalten.", True,
     [("money", 0.2, "CHF", None), ("money", 3.4, "CHF", None)], None),
    ("de", "«Wir haben ein starkes Fundament für die kommenden Jahre gelegt», sagte Konzernchef Reto Amstutz.", False, [], None),
    # --- Rückversicherer (dpa-AFX) -------------------------------------------------------------
    ("de", "München (dpa-AFX) - Der Rückversicherer Isar Re rechnet wegen der Waldbrände in Kalifornien mit einer Belastung von rund 1,2 Milliarden Euro.", True,
     [("money", 1200000000, "EUR", "about")], None),
    ("de", "Die Schaden-Kosten-Quote in der Schaden- und Unfallrückversicherung soll dennoch unter 83 Prozent bleiben, teilte der Konzern am Dienstag mit.", True,
     [("percent", 83, "%", "under")], "der Konzern"),
    ("de", "Bei der Vertragserneuerung zum 1. Januar sanken die Preise im Schnitt um 2,8 Prozent.", True,
     [("date", "--01-01", None, None), ("percent", 2.8, "%", None)], None),
    ("de", "Die Solvency-II-Quote lag Ende September bei 271 Prozent und damit über dem Zielkorridor von 175 bis 220 Prozent.", True,
     [("percent", 271, "%", None), ("percent", 175, "%", None), ("percent", 220, "%", None)], None),
    # --- Kindergeld und Grundsicherung (dpa) --------------------------------------------------------
    ("de", "Das Kindergeld steigt zum Jahreswechsel um 4 Euro auf 259 Euro pro Kind und Monat.", True,
     [("money", 4, "EUR", None), ("money", 259, "EUR", None)], None),
    ("de", "Der Sofortzuschlag für Kinder aus einkommensschwachen Familien bleibt bei 25 Euro.", True,
     [("money", 25, "EUR", None)], None),
    ("de", "Der Regelsatz der Grundsicherung für Alleinstehende bleibt 2027 zum dritten Mal in Folge bei 563 Euro.", True,
     [("year", 2027, None, None), ("ordinal", 3, None, None), ("money", 563, "EUR", None)], None),
    ("de", "Das Arbeitslosengeld beträgt 60 Prozent des pauschalierten Nettoentgelts, für Arbeitslose mit Kind 67 Prozent.", True,
     [("percent", 60, "%", None), ("percent", 67, "%", None)], None),
    ("de", "„Kinder dürfen in diesem Land kein Armutsrisiko sein“, sagte Familienministerin Carola Heinsberg.", False, [], None),
    # --- Unfallversicherung und Beitragsgrundlagen (APA) ------------------------------------------
    ("de", "Wien (APA) - Der Beitrag zur Unfallversicherung sinkt mit 1. Jänner von 1,1 auf 1,0 Prozent der Beitragsgrundlage.", True,
     [("date", "--01-01", None, None), ("percent", 1.1, "%", None), ("percent", 1.0, "%", None)], None),
    ("de", "Die Arbeitgeber ersparen sich dadurch jährlich rund 170 Millionen Euro, rechnete die Wirtschaftskammer vor.", True,
     [("money", 170000000, "EUR", "about")], None),
    ("de", "Die Gewerkschaft kritisierte die Senkung als Angriff auf die Versorgung von Unfallopfern.", False, [], None),
    ("de", "Die monatliche Höchstbeitragsgrundlage steigt 2027 auf 6.930 Euro, die Geringfügigkeitsgrenze auf 568,10 Euro.", True,
     [("year", 2027, None, None), ("money", 6930, "EUR", None), ("money", 568.1, "EUR", None)], None),
    # --- Abschlagsfreie Rente und Frühstart-Rente (dpa) --------------------------------------------
    ("de", "Nach 45 Beitragsjahren können Versicherte des Jahrgangs 1962 mit 64 Jahren und vier Monaten abschlagsfrei in Rente gehen.", True,
     [("count", 45, None, None), ("year", 1962, None, None), ("duration", 64, "year", None), ("duration", 4, "month", None)], None),
    ("de", "Im vergangenen Jahr nutzten nach Angaben der Rentenversicherung 278.000 Menschen diese Möglichkeit, knapp ein Drittel aller neuen Altersrentner.", True,
     [("count", 278000, None, None), ("fraction", 0.3333, None, "nearly")], "die Rentenversicherung"),
    ("de", "Mit der Frühstart-Rente sollen Kinder zwischen sechs und 18 Jahren zehn Euro im Monat auf ein Vorsorgedepot erhalten.", True,
     [("duration", 6, "year", None), ("duration", 18, "year", None), ("money", 10, "EUR", None)], None),
    ("de", "Ob das Modell tatsächlich kommt, ist in der Koalition noch umstritten.", False, [], None),
    # --- Arbeitslosenversicherung und Familienzulagen (Keystone-SDA) -------------------------------
    ("de", "Die Arbeitslosenversicherung zahlt 70 Prozent des versicherten Verdiensts, bei Unterhaltspflichten gegenüber Kindern 80 Prozent.", True,
     [("percent", 70, "%", None), ("percent", 80, "%", None)], None),
    ("de", "Die Familienzulagen betragen mindestens 215 Franken pro Kind und Monat, die Ausbildungszulage mindestens 268 Franken.", True,
     [("money", 215, "CHF", "at_least"), ("money", 268, "CHF", "at_least")], None),
    ("de", "Die genauen Zahlen sollen im Frühjahr vorliegen.", False, [], None),

    # === English =================================================================================
    # --- UK state pension (PA) ---------------------------------------------------------------------
    ("en", "LONDON (PA) - Britain's full new state pension will increase by 4.1% to £240.50 a week from April, the Department for Work and Pensions confirmed on Wednesday.", True,
     [("percent", 4.1, "%", None), ("money", 240.5, "GBP", None)], None),
    ("en", "The rise follows earnings growth, the highest of the three measures under the triple lock, which guarantees increases of at least 2.5%.", True,
     [("count", 3, None, None), ("percent", 2.5, "%", "at_least")], None),
    ("en", "Pensioners on the older basic state pension, for those who hit pension age before April 2016, will get £184.40 a week.", True,
     [("year", 2016, None, None), ("money", 184.4, "GBP", None)], None),
    ("en", "The full new state pension is paid to people with at least 35 qualifying years of National Insurance contributions.", True,
     [("duration", 35, "year", "at_least")], None),
    ("en", "Around 12.9 million pensioners draw the state pension, costing about £146 billion a year, according to the Office for Budget Responsibility.", True,
     [("count", 12900000, None, "about"), ("money", 146000000000, "GBP", "about")], "the Office for Budget Responsibility"),
    ("en", "The triple lock has added an estimated £11 billion a year to spending compared with an earnings link alone, the Institute for Fiscal Studies said.", True,
     [("money", 11000000000, "GBP", "about")], "the Institute for Fiscal Studies"),
    ("en", "With the personal allowance frozen at £12,570, the full new state pension is set to exceed the tax-free threshold by 2027.", True,
     [("money", 12570, "GBP", None), ("year", 2027, None, None)], None),
    ("en", "\"Pensioners have worked hard all their lives and deserve dignity in retirement,\" said Gordon Blakeley of the National Pensioners Convention.", False, [], None),
    ("en", "Campaigners said the increase would be swallowed up by rising energy and council tax bills.", False, [], None),
    # --- State pension age (Reuters) --------------------------------------------------------------
    ("en", "LONDON, July 8 (Reuters) - Britain's state pension age will rise from 66 to 67 between 2026 and 2028 for everyone born after April 5, 1960, under legislation already in place.", True,
     [("date", "--07-08", None, None), ("duration", 66, "year", None), ("duration", 67, "year", None), ("year", 2026, None, None), ("year", 2028, None, None), ("date", "1960-04-05", None, None)], None),
    ("en", "A third review of the pension age, launched on Tuesday, will consider whether the rise to 68 should be brought forward from 2044 to 2039.", True,
     [("ordinal", 3, None, None), ("duration", 68, "year", None), ("year", 2044, None, None), ("year", 2039, None, None)], None),
    ("en", "Life expectancy at 65 has barely improved since 2011, with men expected to live a further 18.6 years and women 21 years, official data show.", True,
     [("duration", 65, "year", None), ("year", 2011, None, None), ("duration", 18.6, "year", None), ("duration", 21, "year", None)], None),
    ("en", "About 3.6 million women born in the 1950s had their pension age raised under laws passed in 1995 and 2011.", True,
     [("count", 3600000, None, "about"), ("year", 1995, None, None), ("year", 2011, None, None)], None),
    ("en", "The ombudsman recommended compensation of between £1,000 and £2,950 for each woman affected.", True,
     [("money", 1000, "GBP", None), ("money", 2950, "GBP", None)], None),
    ("en", "\"This is about fairness between generations, nothing more and nothing less,\" the minister said.", False, [], None),
    # --- UK benefits (PA) --------------------------------------------------------------------------
    ("en", "Child benefit will rise to £27.05 a week for the eldest or only child and £17.90 for each additional child from April 6.", True,
     [("money", 27.05, "GBP", None), ("money", 17.9, "GBP", None), ("date", "--04-06", None, None)], None),
    ("en", "For a single Universal Credit claimant aged 25 or over, the standard allowance will go up by £7.20 a month to £400.14.", True,
     [("duration", 25, "year", "at_least"), ("money", 7.2, "GBP", None), ("money", 400.14, "GBP", None)], None),
    ("en", "Scrapping the two-child limit would lift around 350,000 children out of poverty at a cost of £3.5bn a year, the Resolution Foundation estimated.", True,
     [("count", 2, None, None), ("count", 350000, None, "about"), ("money", 3500000000, "GBP", None)], "the Resolution Foundation"),
    ("en", "The enhanced daily living rate of Personal Independence Payment is worth £114.60 a week.", True,
     [("money", 114.6, "GBP", None)], None),
    ("en", "The number of people claiming the payment in England and Wales reached 3.7 million in October, up 470,000 in a year.", True,
     [("count", 3700000, None, None), ("count", 470000, None, None)], None),
    ("en", "Disability charities warned the proposed cuts would push thousands of people into hardship.", False, [], None),
    ("en", "Anyone unsure of their entitlement should use an independent benefits calculator, the charity advised.", False, [], None),
    # --- Pension Credit and winter fuel (PA) ------------------------------------------------------
    ("en", "Pension Credit tops up weekly income to £227.10 for single pensioners and £346.60 for couples.", True,
     [("money", 227.1, "GBP", None), ("money", 346.6, "GBP", None)], None),
    ("en", "An estimated 760,000 eligible households do not claim it, leaving about £1.9 billion unclaimed each year, DWP figures show.", True,
     [("count", 760000, None, "about"), ("money", 1900000000, "GBP", "about")], None),
    ("en", "The Winter Fuel Payment of up to £300 is now paid only to pensioners with a taxable income of £35,000 or less.", True,
     [("money", 300, "GBP", "up_to"), ("money", 35000, "GBP", "at_most")], None),
    ("en", "\"It is a scandal that so many pensioners are still missing out,\" said Heather Kinsella of Independent Age.", False, [], None),
    ("en", "No pensioner should be forced to pick between heating and eating this winter, the charity said.", False, [], None),
    # --- U.S. Social Security (AP) -----------------------------------------------------------------
    ("en", "WASHINGTON (AP) - Social Security recipients will get a 2.7% cost-of-living increase next year, the Social Security Administration announced Friday.", True,
     [("percent", 2.7, "%", None)], "the Social Security Administration"),
    ("en", "The adjustment will raise the average monthly retirement benefit by about $56, to $2,064, the agency said.", True,
     [("money", 56, "USD", "about"), ("money", 2064, "USD", None)], "the agency"),
    ("en", "Roughly 71 million Americans, including retirees, disabled people and children, receive Social Security benefits.", True,
     [("count", 71000000, None, "about")], None),
    ("en", "Last year's increase was 2.5%, down from 3.2% in 2024 and a four-decade high of 8.7% in 2023.", True,
     [("percent", 2.5, "%", None), ("percent", 3.2, "%", None), ("year", 2024, None, None), ("duration", 40, "year", None), ("percent", 8.7, "%", None), ("year", 2023, None, None)], None),
    ("en", "The maximum amount of earnings subject to the Social Security payroll tax will rise to $184,500 from $176,100.", True,
     [("money", 184500, "USD", None), ("money", 176100, "USD", None)], None),
    ("en", "Workers pay 6.2% of wages into Social Security, matched by their employers, up to that annual cap.", True,
     [("percent", 6.2, "%", None)], None),
    ("en", "The main trust fund is projected to be depleted in 2033, after which incoming taxes would cover only 77% of scheduled benefits, according to the trustees' annual report.", True,
     [("year", 2033, None, None), ("percent", 77, "%", None)], None),
    ("en", "Full retirement age is 67 for anyone born in 1960 or later, though reduced benefits can be claimed from 62.", True,
     [("duration", 67, "year", None), ("year", 1960, None, None), ("duration", 62, "year", None)], None),
    ("en", "The Social Security Fairness Act, signed in January, raised benefits for about 2.8 million former public workers, with retroactive payments averaging $6,710.", True,
     [("count", 2800000, None, "about"), ("money", 6710, "USD", None)], None),
    ("en", "The agency's backlog of initial disability claims fell to 940,000 in August from 1.1 million a year earlier, agency data showed.", True,
     [("count", 940000, None, None), ("count", 1100000, None, None)], None),
    ("en", "Callers to the national 800 number waited an average of 13 minutes, down from 30 minutes in 2024.", True,
     [("duration", 13, "minute", None), ("duration", 30, "minute", None), ("year", 2024, None, None)], None),
    ("en", "\"Seniors are still struggling to afford groceries, and this raise won't change that,\" said Margaret Cullinan of the Senior Citizens League.", False, [], None),
    ("en", "Beneficiaries do not need to take any action to receive the increase.", False, [], None),
    # --- Fact check: Social Security (AP) ----------------------------------------------------------
    ("en", "A post shared widely on Facebook claims Social Security will stop paying benefits entirely in 2033.", True,
     [("year", 2033, None, None)], None),
    ("en", "That is false: even after the trust fund runs dry, payroll taxes would still cover about 77% of benefits.", True,
     [("percent", 77, "%", "about")], None),
    # --- Medicare and ACA premiums (Reuters) -------------------------------------------------------
    ("en", "Medicare's standard Part B premium will climb to $202.90 a month in 2026 from $185 this year, the Centers for Medicare & Medicaid Services said.", True,
     [("money", 202.9, "USD", None), ("year", 2026, None, None), ("money", 185, "USD", None)], "the Centers for Medicare & Medicaid Services"),
    ("en", "The annual deductible for Part B rises by $26 to $283.", True,
     [("money", 26, "USD", None), ("money", 283, "USD", None)], None),
    ("en", "Average benchmark premiums on the Affordable Care Act marketplaces will jump 26% next year, the largest increase since 2018, according to an analysis by KFF.", True,
     [("percent", 26, "%", None), ("year", 2018, None, None)], None),
    ("en", "Enrollees are encouraged to shop around during open enrollment to find a cheaper plan.", False, [], None),
    # --- Superannuation and the age pension (AAP) -------------------------------------------------
    ("en", "SYDNEY (AAP) - The superannuation guarantee rises to 12 per cent of ordinary time earnings on July 1, completing a phase-in that began in 2021.", True,
     [("percent", 12, "%", None), ("date", "--07-01", None, None), ("year", 2021, None, None)], None),
    ("en", "The rate had been 9.5 per cent before rising by half a percentage point each year.", True,
     [("percent", 9.5, "%", None), ("percent", 0.5, "pp", None)], None),
    ("en", "The age pension for singles will rise by A$29.70 a fortnight to A$1,178.70, including supplements, from September 20.", True,
     [("money", 29.7, "AUD", None), ("money", 1178.7, "AUD", None), ("date", "--09-20", None, None)], None),
    ("en", "Couples will receive a combined A$1,777 a fortnight, Social Services Minister Fiona Ridley said.", True,
     [("money", 1777, "AUD", None)], "Fiona Ridley"),
    ("en", "Australians held A$4.3 trillion in superannuation at the end of June, according to the Australian Prudential Regulation Authority.", True,
     [("money", 4300000000000, "AUD", None)], "the Australian Prudential Regulation Authority"),
    ("en", "The preservation age, when people can access their super, is now 60 for everyone born after June 30, 1964.", True,
     [("duration", 60, "year", None), ("date", "1964-06-30", None, None)], None),
    ("en", "Earnings on balances above A$3 million will be taxed at 30 per cent, double the standard rate, under the new rules.", True,
     [("money", 3000000, "AUD", "over"), ("percent", 30, "%", None), ("count", 2, "times", None)], None),
    ("en", "About 80,000 people, or 0.5 per cent of account holders, would be affected, Treasury estimates show.", True,
     [("count", 80000, None, "about"), ("percent", 0.5, "%", None)], None),
    ("en", "\"Retirement should be about security, not survival,\" said Council on the Ageing chief executive Patricia Sparkes.", False, [], None),
    ("en", "Industry funds welcomed the change but said more needed to be done for women retiring with lower balances.", False, [], None),
    # --- Private health insurance (AAP) -----------------------------------------------------------
    ("en", "CANBERRA (AAP) - Private health insurance premiums will rise by an average of 3.73 per cent from April 1, Health Minister Greg Cullen announced.", True,
     [("percent", 3.73, "%", None), ("date", "--04-01", None, None)], "Greg Cullen"),
    ("en", "The increase adds about A$143 a year to the average family policy and A$72 for singles.", True,
     [("money", 143, "AUD", "about"), ("money", 72, "AUD", None)], None),
    ("en", "Some 14.9 million Australians, or 55.1 per cent of the population, hold hospital cover.", True,
     [("count", 14900000, None, "about"), ("percent", 55.1, "%", None)], None),
    ("en", "\"Families are being squeezed from every direction,\" opposition health spokeswoman Kate Pemberton said.", False, [], None),
    # --- Natural catastrophe losses (Reuters) -----------------------------------------------------
    ("en", "ZURICH, Dec 9 (Reuters) - Natural disasters will cost insurers about $107 billion this year, the sixth year in a row with insured losses above $100 billion, reinsurer Lindtal Re said on Tuesday.", True,
     [("date", "--12-09", None, None), ("money", 107000000000, "USD", "about"), ("ordinal", 6, None, None), ("money", 100000000000, "USD", "over")], None),
    ("en", "Severe convective storms, including hail and tornadoes, accounted for $51 billion of the total, with the United States bearing 63%.", True,
     [("money", 51000000000, "USD", None), ("percent", 63, "%", None)], None),
    ("en", "Total economic losses, insured and uninsured, came to $220 billion, meaning more than half went uncovered.", True,
     [("money", 220000000000, "USD", None), ("fraction", 0.5, None, "over")], None),
    ("en", "Insured losses from the January wildfires in Los Angeles alone are put at $40 billion, the costliest wildfire event on record.", True,
     [("money", 40000000000, "USD", None)], None),
    ("en", "Catastrophe modeler Corvane Analytics estimated insured losses from Hurricane Delphine at between $22 billion and $35 billion.", True,
     [("money", 22000000000, "USD", None), ("money", 35000000000, "USD", None)], None),
    ("en", "\"Rising losses are driven by more people and more property in harm's way, not just by a changing climate,\" the reinsurer's chief economist said.", False, [], None),
    # --- Queensland hailstorm (AAP) ---------------------------------------------------------------
    ("en", "BRISBANE (AAP) - Insurers have received more than 58,000 claims after last week's hailstorm in southeast Queensland, the Insurance Council of Australia said.", True,
     [("count", 58000, None, "over")], "the Insurance Council of Australia"),
    ("en", "The council estimates insured losses at A$1.1 billion and has declared a catastrophe, its 15th since the start of 2023.", True,
     [("money", 1100000000, "AUD", None), ("ordinal", 15, None, None), ("year", 2023, None, None)], None),
    ("en", "About 70 per cent of the claims relate to damaged homes, with the rest for cars and businesses.", True,
     [("percent", 70, "%", "about")], None),
    ("en", "Home insurance premiums in Queensland have risen by an average of 28 per cent over the past two years.", True,
     [("percent", 28, "%", None), ("duration", 2, "year", None)], None),
    ("en", "Policyholders are urged to contact their insurer as soon as possible and to keep receipts for emergency repairs.", False, [], None),
    # --- UK storm claims and motor premiums (PA) --------------------------------------------------
    ("en", "LONDON (PA) - Insurers paid out £585 million to households and businesses hit by storms between January and March, the Association of British Insurers said.", True,
     [("money", 585000000, "GBP", None)], "the Association of British Insurers"),
    ("en", "That is equivalent to about £6.5 million a day, or one claim every 40 seconds.", True,
     [("money", 6500000, "GBP", "about"), ("count", 1, None, None), ("duration", 40, "second", None)], None),
    ("en", "The average price paid for comprehensive motor insurance fell 8% to £577 in the second quarter, the ABI said.", True,
     [("percent", 8, "%", None), ("money", 577, "GBP", None), ("ordinal", 2, None, None)], "the ABI"),
    ("en", "Premiums remain about a third higher than two years ago.", True,
     [("fraction", 0.3333, None, "about"), ("duration", 2, "year", None)], None),
    ("en", "\"Nobody likes paying more for their insurance, but claims costs are still rising,\" the ABI's director of general insurance said.", False, [], None),
    ("en", "For more information, visit the ABI's website.", False, [], None),
    # --- Insurer results (Reuters) ----------------------------------------------------------------
    ("en", "LONDON, March 5 (Reuters) - British insurer Harrowgate Group reported a 12% rise in annual operating profit to £1.94 billion on Wednesday, beating analysts' forecasts.", True,
     [("date", "--03-05", None, None), ("percent", 12, "%", None), ("money", 1940000000, "GBP", None)], None),
    ("en", "Its Solvency II capital ratio stood at 203%, and it raised its final dividend by 5% to 23.1 pence a share.", True,
     [("percent", 203, "%", None), ("percent", 5, "%", None), ("money", 0.231, "GBP", None)], None),
    ("en", "The general insurance combined ratio improved to 94.8% from 97.1%, helped by lower weather claims.", True,
     [("percent", 94.8, "%", None), ("percent", 97.1, "%", None)], None),
    ("en", "Harrowgate also unveiled a buyback of up to £300 million of its shares.", True,
     [("money", 300000000, "GBP", "up_to")], None),
    ("en", "\"We are proud of what our people have delivered for customers this year,\" Chief Executive Anita Rowe said.", False, [], None),
    ("en", "(Reporting by Tom Ashcroft; Editing by Louise Fenner)", False, [], None),
    # --- Reinsurance renewals and Lloyd's (Reuters) ------------------------------------------------
    ("en", "Property catastrophe reinsurance rates fell by 10% to 15% at the January 1 renewals, broker Amberline Partners said in a report.", True,
     [("percent", 10, "%", None), ("percent", 15, "%", None), ("date", "--01-01", None, None)], None),
    ("en", "Lloyd's of London reported a combined ratio of 86.9% for the first half, against 84.0% a year earlier.", True,
     [("percent", 86.9, "%", None), ("ordinal", 1, None, None), ("percent", 84.0, "%", None)], None),
    ("en", "The market's gross written premiums rose 6% to 34.2 billion pounds.", True,
     [("percent", 6, "%", None), ("money", 34200000000, "GBP", None)], None),
    ("en", "Insurers said they remained committed to supporting customers through difficult times.", False, [], None),
    # --- Irish auto-enrolment (PA) ----------------------------------------------------------------
    ("en", "DUBLIN (PA) - Ireland's auto-enrolment pension scheme begins on January 1, with employees and employers each contributing 1.5% of gross pay.", True,
     [("date", "--01-01", None, None), ("percent", 1.5, "%", None)], None),
    ("en", "Contributions will rise to 3% after three years, 4.5% after six years and 6% from the tenth year.", True,
     [("percent", 3, "%", None), ("duration", 3, "year", None), ("percent", 4.5, "%", None), ("duration", 6, "year", None), ("percent", 6, "%", None), ("ordinal", 10, None, None)], None),
    ("en", "The State will add €1 for every €3 saved by the worker, capped at earnings of €80,000.", True,
     [("money", 1, "EUR", None), ("money", 3, "EUR", None), ("money", 80000, "EUR", None)], None),
    ("en", "About 800,000 workers aged between 23 and 60 and earning over €20,000 will be enrolled automatically.", True,
     [("count", 800000, None, "about"), ("duration", 23, "year", None), ("duration", 60, "year", None), ("money", 20000, "EUR", "over")], None),
    # --- UK workplace pensions (PA) ---------------------------------------------------------------
    ("en", "Under automatic enrolment, workers must pay at least 5% of qualifying earnings into a workplace pension and employers at least 3%.", True,
     [("percent", 5, "%", "at_least"), ("percent", 3, "%", "at_least")], None),
    ("en", "The government plans to lower the minimum age for automatic enrolment from 22 to 18.", True,
     [("duration", 22, "year", None), ("duration", 18, "year", None)], None),
    ("en", "Around 22.6 million employees were saving into a workplace pension last year, up from 10.7 million in 2012, when the policy was introduced.", True,
     [("count", 22600000, None, "about"), ("count", 10700000, None, None), ("year", 2012, None, None)], None),
    ("en", "One in three people on middle incomes is not saving enough for a moderate retirement, according to the Pensions and Lifetime Savings Association.", True,
     [("fraction", 0.3333, None, None)], "the Pensions and Lifetime Savings Association"),
    ("en", "The association puts the cost of a moderate retirement for a single person at £31,700 a year.", True,
     [("money", 31700, "GBP", None)], None),
    ("en", "Savers are advised to check they have not lost track of old pension pots.", False, [], None),
    # --- Pension scheme buyouts (Reuters) ---------------------------------------------------------
    ("en", "Defined benefit pension schemes transferred a record £47.8 billion of liabilities to insurers in bulk annuity deals last year, consultancy Halden & Pryce said.", True,
     [("money", 47800000000, "GBP", None)], None),
    ("en", "Funding on a buyout basis rose to 118%, the highest since records began in 2006.", True,
     [("percent", 118, "%", None), ("year", 2006, None, None)], None),
    ("en", "There are about 4,970 private sector defined benefit schemes in the UK, covering 8.9 million members, according to the Pension Protection Fund.", True,
     [("count", 4970, None, "about"), ("count", 8900000, None, None)], "the Pension Protection Fund"),
    ("en", "The fund will not charge a levy next year after collecting £45 million this year.", True,
     [("money", 45000000, "GBP", None)], None),
    # --- U.S. flood and Florida home insurance (AP) ----------------------------------------------
    ("en", "The National Flood Insurance Program has about 4.7 million policies, and the average premium under its new pricing system is $1,000 a year, FEMA said.", True,
     [("count", 4700000, None, "about"), ("money", 1000, "USD", None)], "FEMA"),
    ("en", "Only about 4% of homeowners outside designated flood zones carry flood coverage.", True,
     [("percent", 4, "%", "about")], None),
    ("en", "New flood policies generally take effect only after a 30-day waiting period.", True,
     [("duration", 30, "day", None)], None),
    ("en", "Florida's state-backed insurer of last resort, Citizens Property Insurance Corp., had about 770,000 policies at the end of September, down from a peak of 1.4 million in 2023.", True,
     [("count", 770000, None, "about"), ("count", 1400000, None, None), ("year", 2023, None, None)], None),
    ("en", "Homeowners in Florida pay an average of $5,900 a year for coverage, more than double the national average, an industry group said.", True,
     [("money", 5900, "USD", None), ("count", 2, "times", "over")], None),
    ("en", "Residents are urged to review their coverage before the peak of the hurricane season.", False, [], None),
    # --- French pension reform (AFP) --------------------------------------------------------------
    ("en", "PARIS (AFP) - France's minimum retirement age is rising gradually from 62 to 64, by three months for each generation born from 1961.", True,
     [("duration", 62, "year", None), ("duration", 64, "year", None), ("duration", 3, "month", None), ("year", 1961, None, None)], None),
    ("en", "Parliament suspended the reform in December, freezing the age at 62 years and nine months until January 2028.", True,
     [("duration", 62, "year", None), ("duration", 9, "month", None), ("year", 2028, None, None)], None),
    ("en", "\"This is a victory for every worker who marched,\" a CGT union leader said.", False, [], None),
    # --- Japan's pension fund (Reuters) -----------------------------------------------------------
    ("en", "TOKYO, Aug 1 (Reuters) - Japan's Government Pension Investment Fund, the world's biggest pension fund, posted a return of 2.3% in the April-June quarter.", True,
     [("date", "--08-01", None, None), ("percent", 2.3, "%", None)], None),
    ("en", "The fund managed about 260 trillion yen in assets at the end of June.", True,
     [("money", 260000000000000, "JPY", "about")], None),
    ("en", "The Department for Work and Pensions said it did not comment on individual cases.", False, [], None),
    ("en", "Questions remain over how the changes will be paid for.", False, [], None),
]
