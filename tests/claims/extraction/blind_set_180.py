"""Hundred-and-eightieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Gillian
Rotherfield, Miriam Oakhurst, Hamish Lorrimer, Sandrine Vallauris, Torquil Haversham, Dale
Whitcombe, Lachlan Pettigrew, Keiko Amamiya, Rowena Pitchford, Vittorio Carpenedo, Morven
Glendinning, Rhonda Lattimore, Dwayne Kessler, Marla Tennyson, Caroline Ashbury, Brenda
Kolwicz, Rosalind Thwaite; Renate Kaltenbrunner, Katrin Wallrabe, Urs Zwygart, Helga
Brandtner, Alfred Kaltseis, Lena Oberschachtner, Marlies Hohenadl, Nadine Ruchti, Konstantin
Reibold, Ingeborg Lechthaler, Edeltraud Wollenhaupt, Lukas Wyttenbach, Annegret Kühlwein,
Birgit Zehetmayr, Joachim Rettberg, Heinrich Sollmann, Sabine Gruhlke); ministers,
secretaries, commissioners, treasurers and the heads of real bodies appear under made-up
names that stand for no real holder, or by their role only ("a spokeswoman for the
department", "Ministers", "Die Regierung"). Real bodies, places, schemes and benefits
("Statistik Austria", "Armutskonferenz", "Volkshilfe", "Bundeskabinett", "Bürgergeld", "Neue
Grundsicherung", "Bundesagentur für Arbeit", "Jobcenter", "Paritätischer Gesamtverband",
"AHV", "Bundesamt für Sozialversicherungen (BSV)", "Nationalrat", "Ständerat",
"Schweizerischer Gewerkschaftsbund (SGB)", "Deutsche Rentenversicherung", "DRV", "VdK",
"SoVD", "Korridorpension", "FPÖ", "NEOS", "Grüne", "SPÖ", "Pensionistenverband",
"Seniorenbund", "Wirtschaftskammer", "Familienkasse", "Kinderzuschlag", "Institut der
deutschen Wirtschaft (IW)", "Kinderschutzbund", "Ausgleichszulage", "Oberaufsichtskommission
Berufliche Vorsorge (OAK BV)", "Pro Senectute", "BDA", "Junge Union", "Aktivrente",
"Statistisches Bundesamt (Destatis)", "Grundrente", "Ergänzungsleistungen", "Kanton Tessin",
"Appenzell Innerrhoden", "Mütterrente", "Sachverständigenrat", "Caritas", "DGB"; "Department
for Work and Pensions", "Treasury", "National Pensioners Convention", "Senate", "Conseil
d'orientation des retraites", "Medef", "CGT", "Department of Social Protection", "ISME",
"Universal Credit", "Office for Budget Responsibility", "Scope", "Institute for Fiscal
Studies", "Social Security", "AARP", "Australian Prudential Regulation Authority",
"Government Pension Investment Fund", "GPIF", "Child Poverty Action Group", "ISTAT", "INPS",
"CGIL", "Scottish Child Payment", "Social Security Scotland", "Scottish Fiscal Commission",
"Scottish Conservatives", "Cook County", "University of Chicago", "Stanford Basic Income
Lab", "Social Security Administration", "Medicare", "The Senior Citizens League", "ABP", "De
Nederlandsche Bank", "Pension Credit", "Age UK", "Supplemental Nutrition Assistance
Program", "Agriculture Department", "Congressional Budget Office", "Feeding America",
"Parliamentary and Health Service Ombudsman", "House of Commons") stand for the way wire
copy names them; every rate, amount, count, cost, vote, date and quote here is invented, and
where a real figure came to mind it was changed.

Its weight: PENSIONS, SOCIAL BENEFITS AND THE WELFARE STATE over one year in story order
(mid-January to December of 2026), 33 stories with the German and English desks interleaved
by date, each told as wire copy runs it (a dateline lead, the figures, attributed claims,
the other side, quotes): pension increases in percent and in euros, pounds and dollars a
week or a month, retirement ages and their rises, benefit recipients, child benefit and
child payments, minimum income schemes and means-tested top-ups, reform proposals with their
costs over years, pensioners' associations' and employers' claims, and poverty statistics.
Half German (APA, dpa, Reuters German, Keystone-SDA; Austrian "Pensionistinnen", "heuer",
"Richtsatz", "Ausgleichszulage", "Korridorpension", German "Rentenwert", "Beitragsjahre",
"Entgeltpunkte", "Haltelinie", "Nachhaltigkeitsrücklage", Swiss "ausbezahlt", "begrüsste",
"356'000", "EL-Quote", «» quotes, German „“ quotes): poverty in Austria, the Bürgergeld
turned Grundsicherung, the 13th AHV pension and its financing, the German pension rise,
Austria's Korridorpension, child benefit and the Kinderzuschlag, the Ausgleichszulage, Swiss
pension funds, the Rentenpaket and the Aktivrente, Austria's pension round for 2027, old-age
Grundsicherung and the Grundrente, Swiss supplementary benefits, the Mütterrente, Austria's
Sozialhilfe, German poverty figures and the 2027 contribution rate. Half English (Reuters,
AFP, PA, AP): a review of Britain's state pension age, France's suspended reform, Ireland's
auto-enrolment, cuts to Universal Credit's health top-up, the state pension uprating under
the triple lock, Social Security's trustees, Australia's super rules, Japan's GPIF, UK child
poverty and the two-child limit, Italy's retirement age, Scottish benefits, a guaranteed
income in Cook County, the Social Security COLA, the Dutch pension transition, Pension
Credit take-up, SNAP work rules and the WASPI women. Figures as such copy has them: digits
with German points and commas and the Swiss apostrophe, number words and compounds
("zweimal", "zwölfmal", "fast dreimal so hoch", "dreijährigen", "zweieinhalb Entgeltpunkte",
"a three-year period", "the 75-year shortfall", "the two-child limit", "a family of four"),
ordinals ("Die 13. AHV-Rente", "beim dritten Mal", "die zweite Nullrunde", "its sixth
straight annual gain"), shares in words ("knapp jede dritte", "einem Zwölftel", "Gut jeder
siebte", "by almost half", "about a quarter"), money a week, a month and a year, ages and
spans, years, fiscal years and dates, hedges and bounds. Negatives as such copy has them:
associations' and charities' labels and slogans, ministers' rhetoric, an employers' warning,
threats, a welcome, hopes, advice, open questions, forecasts and fears without a figure.

245 rows (125 German, 120 English), 55 negatives (28 German, 27 English), 190 check-worthy
rows of which 11 carry no figure (7 German, 4 English), 364 expected quantities (75 amounts
of money - 35 EUR, 21 GBP, 11 USD, 4 AUD, 3 CHF, 1 JPY -, 72 counts, 69 percentages - 63 in
"%", 6 in percentage points "pp" -, 68 years, 44 durations - 33 in years, 10 in months, 1 in
hours -, 16 dates, 11 fractions, 9 ordinals; none of them in a negative), 39 checked
speakers (18 German, 21 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A reported statement of a
  fact, a figure, a plan or a position is check-worthy with the speaker its own attribution
  gives, also in Konjunktiv I ("BDA-Hauptgeschäftsführer Konstantin Reibold sagte, ohne
  Reformen steige der Beitragssatz bis 2035 auf 21,2 Prozent.", "DRV-Präsidentin Annegret
  Kühlwein sagte, die Umstellung betreffe fast zehn Millionen Konten ...";
  hundred-sixty-third, hundred-seventy-sixth); a quoted or reported verdict, label, slogan
  or piece of rhetoric is a negative with speaker None, also with a named speaker
  (hundred-sixty-third): Reibold's figure beside his „Dieses Paket ist eine Rechnung, die
  unsere Kinder bezahlen werden“, Oakhurst's six months beside her "on the sidelines",
  Vallauris's 170 quarters beside "This is a pause, not a U-turn".
- Check-worthy without a figure (hundred-sixty-third, hundred-seventy-sixth): demands and
  positions that name a measure ("Die Arbeitgeber forderten, die jährlichen Anpassungen ...
  an die Inflation ... zu koppeln.", "Die FPÖ stimmte gegen die Vorlage, die NEOS forderten
  eine Koppelung ...", "Die Volkshilfe fordert, den Richtsatz auf die
  Armutsgefährdungsschwelle anzuheben.", "Pro Senectute fordert, dass die anrechenbaren
  Höchstmieten ... angehoben werden."; hundred-thirty-eighth: a position "gegen eine weitere
  Anhebung des gesetzlichen Pensionsantrittsalters"), the rules of a means test ("Bei der
  Prüfung werden auch das Einkommen des Ehepartners und Unterhaltsansprüche angerechnet."),
  the base of the rise ("Grundlage der Anpassung ist wie in jedem Jahr die Lohnentwicklung
  im Vorjahr."), a minister's stated plan ("Sozialministerin Birgit Zehetmayr (SPÖ) sagte,
  Zuschläge für Kinder würden künftig ... ausgezahlt." -> "Birgit Zehetmayr"), the Dutch
  rules, the evaluation's finding on spending, what Pension Credit unlocks, and the WASPI
  campaigners' legal challenge.
- Negatives (hundred-sixty-third, hundred-seventy-sixth): labels and slogans of
  associations, charities, parties and unions ("Die Armutskonferenz sprach von ...",
  "Sozialverbände kritisierten die Pläne als „...“", "Die Grünen sprachen von ...",
  "SoVD-Chefin Edeltraud Wollenhaupt sprach von „organisierter Altersarmut“.", "Der
  Sachverständigenrat nannte die Mütterrente „...“", "Die Caritas warnte vor „...“", "The
  CGT union called the vote ...", "Scottish Conservatives said the bill was "spiralling out
  of control."", "Republican commissioner Dwayne Kessler called it ..."), rhetoric in quotes
  („Wer arbeiten kann, muss auch arbeiten“, „Das ist ein Tropfen auf den heißen Stein“,
  „Kinderarmut ist kein Schicksal, ...“, «Altersarmut ist in der Schweiz oft unsichtbar,
  ...», "Seniors are losing ground every single year,", "a wake-up call, not a death
  notice."), an employers' president's forecast without a figure ("Arbeitgeberpräsident
  Heinrich Sollmann sagte, ohne eine Koppelung ... werde die Kommission scheitern."),
  threats ("Die Pensionistenvertreter drohten mit Protesten ...", "Die Junge Union kündigte
  erbitterten Widerstand im Bundestag an.", "The CGIL union said it would call a general
  strike if ..."; hundred-seventy-sixth: a threat without a figure), a welcome ("Der
  Schweizerische Gewerkschaftsbund (SGB) begrüsste den Entscheid des Nationalrats.";
  hundred-seventy-sixth), a claim without a figure of "thousands more" pushed into poverty
  (Scope), a hope ("Die NEOS hoffen ...", "Ministers hope ..."; hundred-sixty-third), advice
  ("Pension experts urged workers to think twice ...", "Advocates advised retirees ...";
  hundred-sixty-third), appeals naming no measure ("AARP urged Congress to act ...";
  hundred-sixty-third), open questions ("Ob die digitale Auszahlung rechtzeitig startklar
  ist, gilt ... als offen.", "Whether ministers will accept ... remains an open question."),
  a forecast ("Die Verhandlungen dürften sich ... bis in den Herbst ziehen."), a market view
  ("Market participants said the result would do little to calm worries ...";
  hundred-sixty-third: "Economists said the update gave ... little reason"), a fear
  ("Critics fear pensioners could see sharp cuts ..."), an argument ("Some economists argue
  the lock has become unaffordable ...") and a wait-and-see line ("Die Wiener Stadtregierung
  will die Details zunächst in Ruhe prüfen."). New: "Experten gehen davon aus, dass viele
  Berechtigte aus Scham keinen Antrag stellen." is a negative - an assumption of unnamed
  experts without a figure reads as the warnings and outlooks without a figure of the
  hundred-sixty-third. All negatives have speaker None and carry no quantity here.
- Ages are durations in years (every batch; hundred-thirty-eighth: "the retirement age an
  age like any other"): "should rise to 68", "from 66 to 67", "to reach 64", "from 60 to 65
  and then 66" and "an upper age limit of 54" the bare figure as an age
  (hundred-thirty-second: "rose to 32.7", the figure without "years"), "von 62 auf 63 Jahre"
  both (the unit written once, seventy-sixth), "bei 61,4 Jahren, das gesetzliche bei 65
  Jahren", "die Regelaltersgrenze von 67 Jahren", "aged 23 to 60" and "aged 18 to 64" two
  ages with no hedge (hundred-sixty-first: "aged 16 to 24"), "aged 25 or over" and "ab 65
  Jahren" "at_least" (hundred-thirty-second), "People over 65" "over"
  (hundred-thirty-second: "über 80-Jährigen"), "unter 67 Jahren" "under"
  (hundred-thirty-second: "unter 18 Jahren"); ages in years and months are two durations
  (hundred-thirty-second): "at 62 years and nine months" 62 years and 9 months, "to 67 years
  and three months" 67 years and 3 months.
- Spans (the issue: "dreitägige Reise"; every batch): "seven years earlier" 7 years
  ("earlier" after the figure compares, hundred-thirty-second: "9.7 years earlier"), "within
  six months", "by three months a year" 3 months ("a year" none), "by one month" 1 month and
  "by a further two months" 2 months ("further" no hedge, hundred-sixty-third), "the full
  three-month rise" 3 months, "um zwei Monate", "von 40 auf 42 Jahre" both, "in its first
  two months" ordinal 1 and 2 months (hundred-sixty-first: "the first nine months"), "every
  three years", "the 75-year shortfall" 75 years (hundred-sixty-third: "30-year"), "after
  two years", "52.3 years in good health", "in einer dreijährigen Integrationsphase" 3
  years, "at least 80 hours a month" 80 hours "at_least" ("a month" none), "after three
  months in a three-year period" 3 months and 3 years, "over 10 years" 10 years ("over"
  before a span no hedge, hundred-sixty-third). New: "pro Quartal" carries none - a rate per
  period, as "pro Monat" (hundred-thirtieth) and "a quarter" in "50,000 households a
  quarter" (hundred-sixty-first). None: "im Vorjahr", "heuer", "im kommenden Jahr", "im
  ersten Jahr" (ordinal 1 only, hundred-sixty-third), "a year earlier", "next year", "this
  year", "last year", "annually", "a year", "a month", "a week", "im Monat", "monatlich",
  "jährlich", "pro Kind und Monat" (hundred-thirty-eighth), "per child", "im Jahr", "since
  the spring", "bis in den Herbst", months and weekdays.
- Money in the currency written (every batch): EUR ("566 Euro im Monat", "von 40,79 Euro auf
  42,31 Euro" both, "gut 68 Euro" "over", "drei Euro mehr" 3 - "mehr" after the figure
  compares, hundred-sixty-third -, "höchstens 302 Euro monatlich" "at_most", "bis zu 119
  Euro", "bis zu 2.100 Euro", "von bis zu 2.800 Euro brutto", "auf bis zu 1.524 Euro"
  "up_to", "1.291,60 Euro" 1291.6, "rund 1,95 Milliarden Euro" "about", "more than 20,000
  euros a year" "over", "about 550 billion euros"), GBP ("£241.07 a week", "£214.10 a
  month", "£28.05 a week per child", "between £103.40 and £310.20" and "between £1,050 and
  £3,000" both with no hedge - hundred-sixty-third -, "an average of £4,100 a year" with no
  hedge - hundred-thirtieth -, "up to 10.2 billion pounds" "up_to", "roughly 13.5 billion
  pounds a year more" "about"), USD ("about $2,008 a month", "$550 a month", "up to
  $183,900" and "Wages up to $191,400" "up_to", "about $179 billion", "($1.75 trillion)" in
  brackets with no hedge - hundred-sixty-third), AUD ("about A$1.3 billion", "above A$3
  million" and "above A$10 million" "over" - hundred-sixty-third: "sales above 1 billion
  euros" -, "a record A$4.5 trillion"), CHF ("rund 4,4 Milliarden Franken", "6,1 Milliarden
  Franken", "gut 1,2 Billionen Franken" "over"), JPY ("262.8 trillion yen"). New: "netto"
  and "brutto" carry no hedge ("1.702 Euro netto im Monat", "1.904 Euro brutto im Monat",
  "1.226 Euro netto") - they say which amount is meant, not how near the figure is, as
  "gross" in "1.5% of gross salary".
- Percentages (every batch): rates, shares and rises as written ("3,73 Prozent mehr Geld",
  "48,0 Prozent" 48.0, "um 41 Prozent weniger" - "weniger" after the figure compares -,
  "unter 60 Prozent" and "unter 5,5 Prozent" "under", "nicht über 20 Prozent" "over" -
  "über" right before the figure, hundred-thirty-ninth -, "Fast 40 Prozent" "nearly", "Etwa
  70 Prozent" "about", "mit durchschnittlich 2,9 Prozent" - "durchschnittlich" no hedge -,
  "117,2 Prozent", "the 2.5% floor", "up to 300% of the federal poverty level" "up_to",
  "between 5% and 15%" both with no hedge); percentage points are "pp" ("um 2,1
  Prozentpunkte", "um 0,6 Prozentpunkte", "um 0,4 Prozentpunkte", "um 4,6 Prozentpunkte
  höher", "3.9 percentage points", "11 percentage points more likely"; hundred-thirty-ninth,
  hundred-sixty-first).
- Counts (every batch): repetitions (the issue: "viermal") "zweimal" 2 and "zwölfmal im
  Jahr" 12, multiples "fast dreimal so hoch" 3 "nearly" (hundred-sixty-first: "fast dreimal
  so viele"); years inside a compound noun (hundred-forty-seventh: "mit 45 Beitragsjahren"
  45; hundred-sixty-third: "drei Rezessionsjahre") "nach 45 Beitragsjahren" 45 and
  "mindestens 30 Beitragsjahre" 30 "at_least"; tallies (hundred-sixty-third) "mit 104 zu 88
  Stimmen bei 3 Enthaltungen", "347 Abgeordnete, 281 votierten dagegen, zwölf enthielten
  sich" and "voted 14-3"; ratios "auf 100 Beitragszahler 57 Altersrentner" two counts
  (hundred-sixty-first: "Auf 100 Arbeitslose kamen ... 35 offene Stellen"); "je zwei
  Vertreter" ("je" no hedge), "Families with at least three children" "at_least", "170"
  quarters, recipients and households with their hedges. New: "rund doppelt so viele" is
  count 2 "about" - "doppelt" is the multiple two, read as "fast dreimal so viele". New:
  "drei statt zweieinhalb Entgeltpunkte" gives counts 3 and 2.5 - the number word with a
  half read as "anderthalb" (hundred-sixty-first: "seit anderthalb Jahren" 1.5). New: "auf
  0,25 Monatsausgaben" is count 0.25 - a unit inside a compound noun is counted
  (hundred-sixty-first: "Arbeitsstunden"), also when the figure is a decimal. New: "the
  two-child limit" is count 2 and "a family of four" count 4 - the compound read as
  "28-Punkte-Plan" and a number word heading its noun as "the two sides"
  (hundred-seventy-sixth), while "the triple lock" carries none (hundred-fortieth: the name
  of a rule).
- Ordinals and fractions (the issue): "Die 13. AHV-Rente" 13 (hundred-seventy-sixth: "zum
  71. Mal"), "zum ersten Mal" 1, "beim dritten Mal" 3, "die zweite Nullrunde in Folge" 2
  (hundred-sixty-first: "den vierten Monat in Folge"), "im ersten Jahr" 1, "its sixth
  straight annual gain" 6, "die erste Anhebung seit 2018" 1. New: "in die zweite Säule" is
  ordinal 2 - the ordinal read as written though it names the occupational tier, as "die
  drittgrößte Stadt". Fractions: "knapp jede dritte" 0.3333 "nearly", "je zur Hälfte" 0.5
  ("je" no hedge), "by almost half" 0.5 "nearly", "Rund ein Drittel" 0.3333 "about", "about
  a quarter of its portfolio each" 0.25 "about", "Knapp drei Viertel" 0.75 "nearly", "Gut
  jede achte Person" 0.125 "over" (hundred-sixty-first: "mehr als jede achte
  Erwerbsperson"), "knapp zwei Drittel davon" 0.6667 "nearly". New: "von einem Zwölftel
  ihrer Jahresrente" is 0.0833 and "Gut jeder siebte Mensch" 0.1429 "over" - shares that do
  not end are rounded to four places, as the issue's "ein Drittel" 0.3333.
- Years and dates: "bis 2028", "ab 2027", "ab 2030", "seit 2018", "since 2010", "since
  2018", "by 2041", "by 2045", "in 2033", "im Dezember 2026" and "between April 2026 and
  March 2028" the year only (hundred-sixty-third: "until April 2031"), "bis Mitte 2027" and
  "by the end of 2027" the year (hundred-sixty-first: "since mid-2023"), "in the year to
  March 2025" 2025, "zwischen August 2025 und Juli 2026" both years, "a 2011 law", "a 2023
  law" and "the 2023 pension reform" the year, fiscal years both years ("in 2026-27", "until
  2029-30", "in 2024-25"; hundred-sixty-third); full dates "zum 1. Juli 2026" 2026-07-01,
  "zum 1. Januar 2027" 2027-01-01, "on Jan. 1, 2027", "by Jan. 1, 2028"; "ab Juli" none.
  Reuters and AFP English datelines with a day ("LONDON, Jan 13", "PARIS, Feb 4 (AFP)",
  "DUBLIN, March 3", "LONDON, March 24", "WASHINGTON, June 2", "CANBERRA, July 1", "TOKYO,
  July 3", "LONDON, July 9", "ROME, Aug 6", "AMSTERDAM, Oct 14", "LONDON, Nov 5",
  "WASHINGTON, Nov 16") dates without a year; APA, dpa, Reuters German, Keystone-SDA, PA
  ("LONDON (PA) -", "EDINBURGH (PA) -") and AP ("WASHINGTON (AP) —", "CHICAGO (AP) —")
  datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "Etwa", "about", "About", "around",
  "Around", "roughly", "Roughly" "about"; "knapp", "Knapp", "fast", "Fast", "almost"
  "nearly"; "gut", "Gut", "more than", "More than", "über" (right before the figure),
  "above", "over" (before an age) "over"; "unter" "under"; "mindestens", "at least", "ab"
  and "or over" before and after an age "at_least"; "bis zu", "up to", "Wages up to"
  "up_to"; "höchstens" "at_most". No hedge: "insgesamt", "nur", "only", "just", "je",
  "each", "durchschnittlich", "im Schnitt", "an average of", "a further", "a record",
  "darunter", "bereits", "between", "zwischen", "netto", "brutto", "mehr", "weniger",
  "höher", "earlier" after a figure, "um" and "by" before a difference.
- Speakers, checked only in forms the earlier batches settled (and the New forms here):
  German bodies with their article in the nominative, the weekday, the abbreviation in
  brackets and the occasion dropped ("teilte die Statistik Austria am Donnerstag mit" and
  "... am Montag mit" -> "die Statistik Austria", hundred-thirty-second; "Laut Statistik
  Austria" -> "Statistik Austria", hundred-thirty-second; "nach Angaben der Bundesagentur
  für Arbeit" -> "die Bundesagentur für Arbeit" and "nach Angaben der Deutschen
  Rentenversicherung" -> "die Deutsche Rentenversicherung", hundred-sixty-first and
  hundred-sixty-third; "wie das Bundesamt für Sozialversicherungen (BSV) mitteilte" and "...
  mitteilte" -> "das Bundesamt für Sozialversicherungen", "wie die Oberaufsichtskommission
  Berufliche Vorsorge (OAK BV) am Dienstag mitteilte", "teilte das Statistische Bundesamt am
  Mittwoch mit", "wie das Statistische Bundesamt (Destatis) am Dienstag mitteilte", "wie das
  Bundesarbeitsministerium am Freitag mitteilte"; hundred-sixty-first,
  hundred-seventy-sixth); persons with the title, the party and the weekday dropped ("teilte
  Bundesarbeitsministerin Katrin Wallrabe am Montag mit" -> "Katrin Wallrabe",
  hundred-seventy-sixth; "BDA-Hauptgeschäftsführer Konstantin Reibold sagte",
  "DRV-Präsidentin Annegret Kühlwein sagte", "Sozialministerin Birgit Zehetmayr (SPÖ)
  sagte"; hundred-sixty-third). New: "teilte die Familienkasse der Bundesagentur für Arbeit
  am Freitag mit" -> "die Familienkasse der Bundesagentur für Arbeit" - a unit named with
  its parent in the genitive keeps both - the genitive is part of the name as wire copy
  gives it, and "die Familienkasse" alone would not say whose office spoke. New: "wie das
  Sozialministerium auf eine parlamentarische Anfrage der Grünen mitteilte" -> "das
  Sozialministerium" - the occasion dropped as "in der Regierungspressekonferenz"
  (hundred-seventy-sixth). English: "according to the Department for Work and Pensions",
  "according to the Conseil d'orientation des retraites", "according to the Office for
  Budget Responsibility", "according to the Australian Prudential Regulation Authority",
  "according to the Stanford Basic Income Lab" with the article (the issue), "according to
  De Nederlandsche Bank" as written; "the Department of Social Protection said on Tuesday",
  "the Office for Budget Responsibility said", "The Institute for Fiscal Studies said" (the
  article lowered), "the Social Security Administration said Thursday", "the Department for
  Work and Pensions said" (hundred-sixty-third); "Social Security Scotland said" and
  "Feeding America said" as written (hundred-sixty-third: "S&P said"); "the fund said on
  Wednesday" -> "the fund" (hundred-sixty-third: "the treasury"); "Work and Pensions
  Secretary Miriam Oakhurst said", "Treasurer Lachlan Pettigrew said", "Economy Minister
  Vittorio Carpenedo said" the name, and "Labour Minister Sandrine Vallauris told senators",
  "GPIF President Keiko Amamiya told reporters", "Social Justice Secretary Morven
  Glendinning told MSPs that" the name with the audience dropped (hundred-sixty-third:
  "Marwick told MPs"; hundred-seventy-sixth). Left unchecked (None): estimating verbs and
  documents ("recommended" by a review, "the report said", "the trustees estimated", "The
  Scottish Government estimates", "The league estimates", "The Congressional Budget Office
  estimated", "An evaluation ... found", "according to the evaluation", "government figures
  showed", "government estimates published on Thursday showed", "Agriculture Department data
  showed", "INPS data show", "government data show", "Das Arbeitsministerium rechnet", "Das
  Sozialministerium erwartet", "rechnete das Finanzministerium vor", "nach Berechnungen des
  ...", "Nach Zahlen der Deutschen Rentenversicherung", "laut BSV-Prognose", "nach der
  Prognose der Rentenversicherung", "kommt in seinem Armutsbericht auf";
  hundred-sixty-first, hundred-sixty-third), "verwies darauf" (hundred-sixty-third), plural
  and anonymous sources ("Unions said", "Die Arbeitgeber forderten", "Pensionistenverband
  und Seniorenbund fordern", "nach Angaben aus Verhandlungskreisen"), "the government says"
  and "The government says" (hundred-sixty-first: no settled form for "the government"), a
  role without a name ("a spokeswoman for the department said"), possessives and
  descriptions before the name ("the program's trustees said", "Employers' federation Medef
  said", "according to national statistics agency ISTAT"; hundred-sixty-third,
  hundred-seventy-sixth). New: "Familienministerin Lena Oberschachtner (CDU) kündigte an,
  ..." leaves the speaker unchecked - "kündigte an" is a verb no earlier batch settled, as
  "gab ... bekannt" (hundred-seventy-sixth). Rows without attribution and all negatives have
  speaker None.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_180 = [
    # --- State pension age review (Reuters) ---
    (
        "en",
        "LONDON, Jan 13 (Reuters) - Britain's state pension age should rise to 68 by 2041, seven years earlier than currently legislated, an independent review commissioned by the government recommended on Tuesday.",
        True,
        [
            ("date", "--01-13", None, None),
            ("duration", 68, "year", None),
            ("year", 2041, None, None),
            ("duration", 7, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The age at which people can draw the state pension is already rising from 66 to 67 in stages between April 2026 and March 2028.",
        True,
        [
            ("duration", 66, "year", None),
            ("duration", 67, "year", None),
            ("year", 2026, None, None),
            ("year", 2028, None, None),
        ],
        None,
    ),
    (
        "en",
        "About 13.1 million people in Britain currently receive the state pension, according to the Department for Work and Pensions.",
        True,
        [("count", 13100000, None, "about")],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "The review, led by former government actuary Gillian Rotherfield, estimated that bringing the rise forward would save the Treasury about 9.4 billion pounds a year by 2045.",
        True,
        [("money", 9400000000, "GBP", "about"), ("year", 2045, None, None)],
        None,
    ),
    (
        "en",
        "Work and Pensions Secretary Miriam Oakhurst said the government would respond to the recommendations within six months.",
        True,
        [("duration", 6, "month", None)],
        "Miriam Oakhurst",
    ),
    (
        "en",
        "Unions said the change would hit manual workers hardest, pointing to official figures showing that men in the most deprived areas can expect just 52.3 years in good health.",
        True,
        [("duration", 52.3, "year", None)],
        None,
    ),
    (
        "en",
        '"Telling a bricklayer to keep climbing scaffolding into his late sixties is not reform, it is cruelty," said Hamish Lorrimer, general secretary of the National Pensioners Convention.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether ministers will accept the faster timetable before the next election remains an open question.",
        False,
        [],
        None,
    ),
    # --- Armutsgefährdung in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich waren im Vorjahr rund 1,38 Millionen Menschen armuts- oder ausgrenzungsgefährdet, das sind 15,1 Prozent der Bevölkerung, teilte die Statistik Austria am Donnerstag mit.",
        True,
        [("count", 1380000, None, "about"), ("percent", 15.1, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Als armutsgefährdet gilt, wessen Haushaltseinkommen unter 60 Prozent des mittleren Einkommens liegt.",
        True,
        [("percent", 60, "%", "under")],
        None,
    ),
    (
        "de",
        "Die Schwelle lag für einen alleinlebenden Menschen bei 1.702 Euro netto im Monat, für eine Familie mit zwei Kindern bei 3.574 Euro.",
        True,
        [("money", 1702, "EUR", None), ("count", 2, None, None), ("money", 3574, "EUR", None)],
        None,
    ),
    (
        "de",
        "Besonders betroffen sind Alleinerziehende: Ihre Quote stieg um 2,1 Prozentpunkte auf 36,4 Prozent.",
        True,
        [("percent", 2.1, "pp", None), ("percent", 36.4, "%", None)],
        None,
    ),
    (
        "de",
        "Von den allein lebenden Pensionistinnen war knapp jede dritte armutsgefährdet.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Rund 201.000 Personen gaben an, ihre Wohnung im Winter aus Geldmangel nicht ausreichend heizen zu können.",
        True,
        [("count", 201000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Armutskonferenz sprach von einem „stillen Skandal in einem der reichsten Länder Europas“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Hinter jeder dieser Zahlen steht ein Kühlschrank, der am Monatsende leer ist“, sagte Volkshilfe-Direktorin Renate Kaltenbrunner.",
        False,
        [],
        None,
    ),
    # --- Bürgergeld wird Grundsicherung (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Bundeskabinett hat am Mittwoch die Umwandlung des Bürgergelds in eine Neue Grundsicherung beschlossen, die zum 1. Juli 2026 in Kraft treten soll.",
        True,
        [("date", "2026-07-01", None, None)],
        None,
    ),
    (
        "de",
        "Im Dezember lebten nach Angaben der Bundesagentur für Arbeit rund 5,3 Millionen Menschen von Bürgergeld, darunter etwa 1,5 Millionen Kinder und Jugendliche.",
        True,
        [("count", 5300000, None, "about"), ("count", 1500000, None, "about")],
        "die Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Wer zweimal einen Termin im Jobcenter versäumt, soll künftig 30 Prozent weniger erhalten, beim dritten Mal soll die Leistung vollständig gestrichen werden.",
        True,
        [("count", 2, None, None), ("percent", 30, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Regelsatz für Alleinstehende bleibt 2026 bei 566 Euro im Monat, es ist die zweite Nullrunde in Folge.",
        True,
        [("year", 2026, None, None), ("money", 566, "EUR", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Arbeitsministerium rechnet durch die Reform mit Einsparungen von 86 Millionen Euro im ersten Jahr, die Opposition hält die Summe für viel zu hoch angesetzt.",
        True,
        [("money", 86000000, "EUR", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Paritätische Gesamtverband verwies darauf, dass im vergangenen Jahr nur rund 16.000 Leistungsberechtigte jede zumutbare Arbeit beharrlich verweigert hätten.",
        True,
        [("count", 16000, None, "about")],
        None,
    ),
    (
        "de",
        "„Wer arbeiten kann, muss auch arbeiten“, sagte Arbeitsministerin Katrin Wallrabe (SPD) im Bundestag.",
        False,
        [],
        None,
    ),
    ("de", "Sozialverbände kritisierten die Pläne als „Rückkehr zur Politik der Drohkulisse“.", False, [], None),
    # --- France suspends pension reform (AFP) ---
    (
        "en",
        "PARIS, Feb 4 (AFP) - France's Senate on Wednesday approved the suspension of the 2023 pension reform, leaving the earliest pension age unchanged until January 2028, at 62 years and nine months.",
        True,
        [
            ("date", "--02-04", None, None),
            ("year", 2023, None, None),
            ("year", 2028, None, None),
            ("duration", 62, "year", None),
            ("duration", 9, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Without the pause, the age would have risen by three months a year to reach 64 in 2030.",
        True,
        [("duration", 3, "month", None), ("duration", 64, "year", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The suspension will cost 300 million euros in 2026 and about 1.9 billion euros in 2027, according to the Conseil d'orientation des retraites.",
        True,
        [
            ("money", 300000000, "EUR", None),
            ("year", 2026, None, None),
            ("money", 1900000000, "EUR", "about"),
            ("year", 2027, None, None),
        ],
        "the Conseil d'orientation des retraites",
    ),
    (
        "en",
        "The number of quarters of contributions required for a full pension also stays at 170, Labour Minister Sandrine Vallauris told senators.",
        True,
        [("count", 170, None, None)],
        "Sandrine Vallauris",
    ),
    (
        "en",
        "Employers' federation Medef said the pause would add to a pension deficit already projected at 6.6 billion euros for this year.",
        True,
        [("money", 6600000000, "EUR", None)],
        None,
    ),
    ("en", 'The CGT union called the vote "a first crack in the wall, not a victory."', False, [], None),
    ("en", '"This is a pause, not a U-turn," Vallauris told reporters after the vote.', False, [], None),
    # --- Ireland's auto-enrolment (Reuters) ---
    (
        "en",
        "DUBLIN, March 3 (Reuters) - More than 620,000 workers have been automatically enrolled in Ireland's new workplace pension scheme in its first two months, the Department of Social Protection said on Tuesday.",
        True,
        [
            ("date", "--03-03", None, None),
            ("count", 620000, None, "over"),
            ("ordinal", 1, None, None),
            ("duration", 2, "month", None),
        ],
        "the Department of Social Protection",
    ),
    (
        "en",
        "Employees aged 23 to 60 who earn more than 20,000 euros a year and have no occupational pension are enrolled automatically.",
        True,
        [("duration", 23, "year", None), ("duration", 60, "year", None), ("money", 20000, "EUR", "over")],
        None,
    ),
    (
        "en",
        "Workers pay 1.5% of gross salary, matched by their employer, with the state adding a further 0.5%.",
        True,
        [("percent", 1.5, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Contributions will rise in steps every three years until they reach 6% in 2035.",
        True,
        [("duration", 3, "year", None), ("percent", 6, "%", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "About 4% of those enrolled have opted out so far, a spokeswoman for the department said.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    (
        "en",
        'Small business group ISME said many of its members had been "drowning in paperwork" since the launch.',
        False,
        [],
        None,
    ),
    ("en", "Pension experts urged workers to think twice before opting out.", False, [], None),
    # --- 13. AHV-Rente (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die 13. AHV-Rente wird im Dezember 2026 zum ersten Mal ausbezahlt, rund 2,6 Millionen Rentnerinnen und Rentner erhalten dann einen Zuschlag von einem Zwölftel ihrer Jahresrente.",
        True,
        [
            ("ordinal", 13, None, None),
            ("year", 2026, None, None),
            ("ordinal", 1, None, None),
            ("count", 2600000, None, "about"),
            ("fraction", 0.0833, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Kosten belaufen sich auf rund 4,4 Milliarden Franken pro Jahr, wie das Bundesamt für Sozialversicherungen (BSV) mitteilte.",
        True,
        [("money", 4400000000, "CHF", "about")],
        "das Bundesamt für Sozialversicherungen",
    ),
    (
        "de",
        "Der Nationalrat sprach sich am Dienstag mit 104 zu 88 Stimmen bei 3 Enthaltungen dafür aus, die Mehrwertsteuer zur Finanzierung um 0,6 Prozentpunkte zu erhöhen.",
        True,
        [("count", 104, None, None), ("count", 88, None, None), ("count", 3, None, None), ("percent", 0.6, "pp", None)],
        None,
    ),
    (
        "de",
        "Der Ständerat will dagegen zusätzlich die Lohnbeiträge um 0,4 Prozentpunkte anheben, je zur Hälfte von Arbeitgebern und Arbeitnehmenden getragen.",
        True,
        [("percent", 0.4, "pp", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Ohne Zusatzfinanzierung rutscht das Umlageergebnis der AHV laut BSV-Prognose ab 2030 ins Minus.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "«Höhere Lohnbeiträge verteuern die Arbeit genau dann, wenn Fachkräfte fehlen», sagte Arbeitgeberdirektor Urs Zwygart.",
        False,
        [],
        None,
    ),
    ("de", "Der Schweizerische Gewerkschaftsbund (SGB) begrüsste den Entscheid des Nationalrats.", False, [], None),
    # --- Rentenanpassung zum 1. Juli (dpa) ---
    (
        "de",
        "Berlin (dpa) - Für die gut 21 Millionen Ruheständler in Deutschland gibt es ab Juli 3,73 Prozent mehr Geld, teilte Bundesarbeitsministerin Katrin Wallrabe am Montag mit.",
        True,
        [("count", 21000000, None, "over"), ("percent", 3.73, "%", None)],
        "Katrin Wallrabe",
    ),
    (
        "de",
        "Der Wert eines Rentenpunkts klettert damit von 40,79 Euro auf 42,31 Euro.",
        True,
        [("money", 40.79, "EUR", None), ("money", 42.31, "EUR", None)],
        None,
    ),
    (
        "de",
        "Eine Standardrente nach 45 Beitragsjahren erhöht sich um gut 68 Euro auf 1.904 Euro brutto im Monat.",
        True,
        [("count", 45, None, None), ("money", 68, "EUR", "over"), ("money", 1904, "EUR", None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr waren die Bezüge um 3,74 Prozent gestiegen, 2024 sogar um 4,57 Prozent.",
        True,
        [("percent", 3.74, "%", None), ("year", 2024, None, None), ("percent", 4.57, "%", None)],
        None,
    ),
    ("de", "Grundlage der Anpassung ist wie in jedem Jahr die Lohnentwicklung im Vorjahr.", True, [], None),
    (
        "de",
        "Das Rentenniveau vor Steuern bleibt nach Angaben der Deutschen Rentenversicherung bei 48,0 Prozent.",
        True,
        [("percent", 48.0, "%", None)],
        "die Deutsche Rentenversicherung",
    ),
    (
        "de",
        "Die Arbeitgeber forderten, die jährlichen Anpassungen künftig an die Inflation statt an die Löhne zu koppeln.",
        True,
        [],
        None,
    ),
    ("de", "„Das ist ein Tropfen auf den heißen Stein“, sagte VdK-Präsidentin Helga Brandtner.", False, [], None),
    # --- UK cuts health top-up in Universal Credit (Reuters) ---
    (
        "en",
        "LONDON, March 24 (Reuters) - Britain will cut the health-related top-up in Universal Credit for new claimants by almost half from April, to £214.10 a month, the government confirmed on Tuesday.",
        True,
        [("date", "--03-24", None, None), ("fraction", 0.5, None, "nearly"), ("money", 214.1, "GBP", None)],
        None,
    ),
    (
        "en",
        "Existing claimants will keep the current rate of about £421 a month, which will be frozen until 2029-30.",
        True,
        [("money", 421, "GBP", "about"), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The standard allowance for a single person aged 25 or over will rise by 5.9% to £423.75 a month, the largest real-terms increase since the benefit was introduced in 2013.",
        True,
        [
            ("duration", 25, "year", "at_least"),
            ("percent", 5.9, "%", None),
            ("money", 423.75, "GBP", None),
            ("year", 2013, None, None),
        ],
        None,
    ),
    (
        "en",
        "The changes will save about 1.1 billion pounds in 2029-30, the Office for Budget Responsibility said.",
        True,
        [("money", 1100000000, "GBP", "about"), ("year", 2029, None, None), ("year", 2030, None, None)],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "Around 3.9 million people currently receive the health element, up from 2.2 million before the pandemic.",
        True,
        [("count", 3900000, None, "about"), ("count", 2200000, None, None)],
        None,
    ),
    (
        "en",
        'Disability charity Scope said the cut would push "thousands more" disabled people into poverty.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Oakhurst told parliament the old system had left people "on the sidelines" for far too long.',
        False,
        [],
        None,
    ),
    # --- State pension uprating (PA) ---
    (
        "en",
        "LONDON (PA) - The full new state pension rises by 4.7% to £241.07 a week from Monday, an increase of about £563 a year.",
        True,
        [("percent", 4.7, "%", None), ("money", 241.07, "GBP", None), ("money", 563, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Pensioners who retired before April 2016 and still draw the old basic rate will get £184.75 a week.",
        True,
        [("year", 2016, None, None), ("money", 184.75, "GBP", None)],
        None,
    ),
    (
        "en",
        "This year's figure follows earnings growth, which outpaced both inflation and the 2.5% floor guaranteed under the triple lock.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "en",
        "The state pension will cost around 146 billion pounds in 2026-27, the largest single item of welfare spending, according to the Office for Budget Responsibility.",
        True,
        [("money", 146000000000, "GBP", "about"), ("year", 2026, None, None), ("year", 2027, None, None)],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "The Institute for Fiscal Studies said the guarantee now costs roughly 13.5 billion pounds a year more than an earnings-only link would have since it was introduced in 2011.",
        True,
        [("money", 13500000000, "GBP", "about"), ("year", 2011, None, None)],
        "the Institute for Fiscal Studies",
    ),
    (
        "en",
        '"Pensioners who built this country deserve to share in its growth," Pensions Minister Torquil Haversham said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some economists argue the lock has become unaffordable and should be dropped after the next election.",
        False,
        [],
        None,
    ),
    # --- Korridorpension (APA) ---
    (
        "de",
        "Wien (APA) - Mit den Stimmen der Koalition hat der Nationalrat am Mittwoch die schrittweise Anhebung des Antrittsalters für die Korridorpension von 62 auf 63 Jahre beschlossen.",
        True,
        [("duration", 62, "year", None), ("duration", 63, "year", None)],
        None,
    ),
    (
        "de",
        "Ab Juli steigt das Zugangsalter pro Quartal um zwei Monate, bis 2028 das neue Alter erreicht ist.",
        True,
        [("duration", 2, "month", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Zugleich wird die nötige Versicherungszeit von 40 auf 42 Jahre verlängert.",
        True,
        [("duration", 40, "year", None), ("duration", 42, "year", None)],
        None,
    ),
    (
        "de",
        "Das Sozialministerium erwartet dadurch bis 2030 Einsparungen von insgesamt rund 1,3 Milliarden Euro.",
        True,
        [("year", 2030, None, None), ("money", 1300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das tatsächliche durchschnittliche Pensionsantrittsalter lag im Vorjahr bei 61,4 Jahren, das gesetzliche bei 65 Jahren.",
        True,
        [("duration", 61.4, "year", None), ("duration", 65, "year", None)],
        None,
    ),
    (
        "de",
        "Die FPÖ stimmte gegen die Vorlage, die NEOS forderten eine Koppelung des Antrittsalters an die Lebenserwartung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das ist eine Pensionskürzung im Tarnanzug“, sagte Pensionistenverband-Präsident Alfred Kaltseis.",
        False,
        [],
        None,
    ),
    ("de", "Die Grünen sprachen von einem „Griff in die Taschen der Schwerarbeiter“.", False, [], None),
    # --- Kindergeld (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Für rund 17,4 Millionen Kinder ist im April Kindergeld ausgezahlt worden, teilte die Familienkasse der Bundesagentur für Arbeit am Freitag mit.",
        True,
        [("count", 17400000, None, "about")],
        "die Familienkasse der Bundesagentur für Arbeit",
    ),
    (
        "de",
        "Seit Januar beträgt das Kindergeld 258 Euro pro Kind und Monat, drei Euro mehr als im Vorjahr.",
        True,
        [("money", 258, "EUR", None), ("money", 3, "EUR", None)],
        None,
    ),
    (
        "de",
        "Den Kinderzuschlag für Familien mit geringem Einkommen erhielten dagegen nur knapp 1,1 Millionen Kinder, obwohl nach Schätzungen rund doppelt so viele Anspruch hätten.",
        True,
        [("count", 1100000, None, "nearly"), ("count", 2, None, "about")],
        None,
    ),
    ("de", "Der Kinderzuschlag beträgt höchstens 302 Euro monatlich.", True, [("money", 302, "EUR", "at_most")], None),
    (
        "de",
        "Familienministerin Lena Oberschachtner (CDU) kündigte an, die Leistungen bis 2028 in einer digitalen Kindergrundsicherung zu bündeln.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Instituts der deutschen Wirtschaft (IW) bringt der Kinderfreibetrag Spitzenverdienern bis zu 119 Euro im Monat mehr als das Kindergeld.",
        True,
        [("money", 119, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Kinderarmut ist kein Schicksal, sondern eine politische Entscheidung“, sagte Kinderschutzbund-Präsidentin Marlies Hohenadl.",
        False,
        [],
        None,
    ),
    ("de", "Ob die digitale Auszahlung rechtzeitig startklar ist, gilt in der Koalition als offen.", False, [], None),
    # --- Ausgleichszulage (APA) ---
    (
        "de",
        "Wien (APA) - Rund 187.000 Pensionistinnen und Pensionisten in Österreich beziehen eine Ausgleichszulage, weil ihre Pension unter dem Existenzminimum liegt.",
        True,
        [("count", 187000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Richtsatz für Alleinstehende liegt heuer bei 1.291,60 Euro brutto im Monat.",
        True,
        [("money", 1291.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Wer mindestens 30 Beitragsjahre aufweist, erhält einen Bonus, der die Leistung auf bis zu 1.524 Euro anhebt.",
        True,
        [("count", 30, None, "at_least"), ("money", 1524, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Etwa 70 Prozent der Bezieher sind Frauen, wie das Sozialministerium auf eine parlamentarische Anfrage der Grünen mitteilte.",
        True,
        [("percent", 70, "%", "about")],
        "das Sozialministerium",
    ),
    (
        "de",
        "Bei der Prüfung werden auch das Einkommen des Ehepartners und Unterhaltsansprüche angerechnet.",
        True,
        [],
        None,
    ),
    ("de", "Die Volkshilfe fordert, den Richtsatz auf die Armutsgefährdungsschwelle anzuheben.", True, [], None),
    (
        "de",
        "„Eine Mindestpension unter der Armutsgrenze ist ein Widerspruch in sich“, sagte Kaltenbrunner.",
        False,
        [],
        None,
    ),
    # --- Social Security trustees (Reuters) ---
    (
        "en",
        "WASHINGTON, June 2 (Reuters) - Social Security's main trust fund will be depleted in 2032, a year earlier than previously forecast, the program's trustees said in their annual report on Tuesday.",
        True,
        [("date", "--06-02", None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "At that point, incoming payroll taxes would cover only 75% of scheduled benefits for retirees and survivors.",
        True,
        [("percent", 75, "%", None)],
        None,
    ),
    (
        "en",
        "Roughly 70 million Americans receive Social Security benefits, with the average retired worker drawing about $2,008 a month.",
        True,
        [("count", 70000000, None, "about"), ("money", 2008, "USD", "about")],
        None,
    ),
    (
        "en",
        "The combined funds, including disability insurance, would run dry in 2033, the report said.",
        True,
        [("year", 2033, None, None)],
        None,
    ),
    (
        "en",
        "Closing the 75-year shortfall would require an immediate payroll tax increase of 3.9 percentage points, the trustees estimated.",
        True,
        [("duration", 75, "year", None), ("percent", 3.9, "pp", None)],
        None,
    ),
    (
        "en",
        "The payroll tax is levied at 12.4% on wages up to $183,900 this year, split equally between workers and employers.",
        True,
        [("percent", 12.4, "%", None), ("money", 183900, "USD", "up_to")],
        None,
    ),
    (
        "en",
        'Social Security Commissioner Dale Whitcombe said the report was "a wake-up call, not a death notice."',
        False,
        [],
        None,
    ),
    ("en", 'AARP urged Congress to act "before the clock runs out on millions of retirees."', False, [], None),
    # --- Pensionskassen (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Pensionskassen haben ihre Finanzlage im vergangenen Jahr weiter verbessert: Der durchschnittliche Deckungsgrad stieg auf 117,2 Prozent.",
        True,
        [("percent", 117.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Anlagerendite betrug im Schnitt 6,4 Prozent, wie die Oberaufsichtskommission Berufliche Vorsorge (OAK BV) am Dienstag mitteilte.",
        True,
        [("percent", 6.4, "%", None)],
        "die Oberaufsichtskommission Berufliche Vorsorge",
    ),
    (
        "de",
        "Die Altersguthaben der Versicherten wurden mit durchschnittlich 2,9 Prozent verzinst, fast dreimal so hoch wie der gesetzliche Mindestzinssatz von 1,0 Prozent.",
        True,
        [("percent", 2.9, "%", None), ("count", 3, None, "nearly"), ("percent", 1.0, "%", None)],
        None,
    ),
    (
        "de",
        "Der Umwandlungssatz im überobligatorischen Bereich sank bei vielen Kassen unter 5,5 Prozent.",
        True,
        [("percent", 5.5, "%", "under")],
        None,
    ),
    (
        "de",
        "Rund 4,8 Millionen aktiv Versicherte zahlen in die zweite Säule ein, die Kassen verwalten ein Vermögen von gut 1,2 Billionen Franken.",
        True,
        [("count", 4800000, None, "about"), ("ordinal", 2, None, None), ("money", 1200000000000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der Kassen will die laufenden Renten 2026 nicht an die Teuerung anpassen.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "«Die Rentnerinnen und Rentner gehen wieder einmal leer aus», sagte Pro-Senectute-Sprecherin Nadine Ruchti.",
        False,
        [],
        None,
    ),
    # --- Australia's super changes (Reuters) ---
    (
        "en",
        "CANBERRA, July 1 (Reuters) - Australian employers must from Wednesday pay workers' superannuation at the same time as their wages, a change the government says will recover about A$1.3 billion a year in unpaid retirement savings.",
        True,
        [("date", "--07-01", None, None), ("money", 1300000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "The compulsory employer contribution stands at 12% of ordinary earnings.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "A higher tax rate of 30% on earnings from balances above A$3 million also took effect, affecting about 85,000 people.",
        True,
        [("percent", 30, "%", None), ("money", 3000000, "AUD", "over"), ("count", 85000, None, "about")],
        None,
    ),
    (
        "en",
        "Balances above A$10 million will face a rate of 40%, Treasurer Lachlan Pettigrew said.",
        True,
        [("money", 10000000, "AUD", "over"), ("percent", 40, "%", None)],
        "Lachlan Pettigrew",
    ),
    (
        "en",
        "Australians held a record A$4.5 trillion in superannuation at the end of March, according to the Australian Prudential Regulation Authority.",
        True,
        [("money", 4500000000000, "AUD", None)],
        "the Australian Prudential Regulation Authority",
    ),
    (
        "en",
        'The opposition said the tax was "a raid on the savings of farmers and small business owners."',
        False,
        [],
        None,
    ),
    # --- Japan's pension fund (Reuters) ---
    (
        "en",
        "TOKYO, July 3 (Reuters) - The Government Pension Investment Fund of Japan, the biggest retirement fund anywhere, posted a return of 6.2% for the fiscal year that ended in March, its sixth straight annual gain.",
        True,
        [("date", "--07-03", None, None), ("percent", 6.2, "%", None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Its assets rose to a record 262.8 trillion yen ($1.75 trillion) at the end of March.",
        True,
        [("money", 262800000000000, "JPY", None), ("money", 1750000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The fund allocates about a quarter of its portfolio each to domestic stocks, foreign stocks, domestic bonds and foreign bonds.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Japan raised public pension payouts by 1.7% in April, less than the rate of inflation, under a formula that curbs increases as the population ages.",
        True,
        [("percent", 1.7, "%", None)],
        None,
    ),
    (
        "en",
        "People over 65 make up 29.6% of Japan's population, government data show.",
        True,
        [("duration", 65, "year", "over"), ("percent", 29.6, "%", None)],
        None,
    ),
    (
        "en",
        "GPIF President Keiko Amamiya told reporters the fund would not change its asset mix before the next review in 2030.",
        True,
        [("year", 2030, None, None)],
        "Keiko Amamiya",
    ),
    (
        "en",
        "Market participants said the result would do little to calm worries about the system's long-term funding.",
        False,
        [],
        None,
    ),
    # --- UK child poverty (Reuters) ---
    (
        "en",
        "LONDON, July 9 (Reuters) - Relative child poverty in Britain climbed to 4.7 million in the year to March 2025, or 32% of all children, government figures showed on Thursday.",
        True,
        [
            ("date", "--07-09", None, None),
            ("count", 4700000, None, None),
            ("year", 2025, None, None),
            ("percent", 32, "%", None),
        ],
        None,
    ),
    (
        "en",
        "That was 100,000 more than a year earlier and the highest number since comparable records began in 1994.",
        True,
        [("count", 100000, None, None), ("year", 1994, None, None)],
        None,
    ),
    (
        "en",
        "Families with at least three children accounted for about 46% of all children in poverty.",
        True,
        [("count", 3, None, "at_least"), ("percent", 46, "%", "about")],
        None,
    ),
    (
        "en",
        "The government's decision to scrap the two-child limit from April will lift around 470,000 children out of poverty by 2030, the Department for Work and Pensions said.",
        True,
        [("count", 2, None, None), ("count", 470000, None, "about"), ("year", 2030, None, None)],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "Ending the limit is expected to cost 3.3 billion pounds annually by 2029-30.",
        True,
        [("money", 3300000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Pensioner poverty edged down to 15% after housing costs, with 1.8 million pensioners below the line.",
        True,
        [("percent", 15, "%", None), ("count", 1800000, None, None)],
        None,
    ),
    (
        "en",
        'Child Poverty Action Group chief executive Rowena Pitchford said the figures showed "a generation let down by policy."',
        False,
        [],
        None,
    ),
    # --- Rentenpaket (Reuters German) ---
    (
        "de",
        "Berlin (Reuters) - Die Bundesregierung will das Rentenniveau bis 2031 bei 48 Prozent halten und hat dafür am Mittwoch ein Rentenpaket auf den Weg gebracht.",
        True,
        [("year", 2031, None, None), ("percent", 48, "%", None)],
        None,
    ),
    (
        "de",
        "Die Haltelinie kostet nach Berechnungen des Arbeitsministeriums im Jahr 2029 rund 9,7 Milliarden Euro und 2031 bereits 15,1 Milliarden Euro.",
        True,
        [
            ("year", 2029, None, None),
            ("money", 9700000000, "EUR", "about"),
            ("year", 2031, None, None),
            ("money", 15100000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Die Mehrkosten sollen aus Steuermitteln getragen werden, damit der Beitragssatz nicht über 20 Prozent steigt.",
        True,
        [("percent", 20, "%", "over")],
        None,
    ),
    (
        "de",
        "Derzeit liegt der Beitragssatz bei 18,6 Prozent, je zur Hälfte von Beschäftigten und Arbeitgebern bezahlt.",
        True,
        [("percent", 18.6, "%", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Mit der sogenannten Aktivrente sollen Beschäftigte, die über das Rentenalter hinaus arbeiten, bis zu 2.100 Euro im Monat steuerfrei hinzuverdienen dürfen.",
        True,
        [("money", 2100, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "BDA-Hauptgeschäftsführer Konstantin Reibold sagte, ohne Reformen steige der Beitragssatz bis 2035 auf 21,2 Prozent.",
        True,
        [("year", 2035, None, None), ("percent", 21.2, "%", None)],
        "Konstantin Reibold",
    ),
    (
        "de",
        "Nach Zahlen der Deutschen Rentenversicherung kamen 2025 auf 100 Beitragszahler 57 Altersrentner.",
        True,
        [("year", 2025, None, None), ("count", 100, None, None), ("count", 57, None, None)],
        None,
    ),
    ("de", "„Dieses Paket ist eine Rechnung, die unsere Kinder bezahlen werden“, sagte Reibold.", False, [], None),
    ("de", "Die Junge Union kündigte erbitterten Widerstand im Bundestag an.", False, [], None),
    # --- Italy's retirement age (Reuters) ---
    (
        "en",
        "ROME, Aug 6 (Reuters) - Italy will raise its retirement age by one month in 2027 and by a further two months in 2028, taking it to 67 years and three months, under a compromise approved by the cabinet late on Wednesday.",
        True,
        [
            ("date", "--08-06", None, None),
            ("duration", 1, "month", None),
            ("year", 2027, None, None),
            ("duration", 2, "month", None),
            ("year", 2028, None, None),
            ("duration", 67, "year", None),
            ("duration", 3, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Under a 2011 law linking the age to life expectancy, the full three-month rise would otherwise have applied in January 2027.",
        True,
        [("year", 2011, None, None), ("duration", 3, "month", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Pension spending in Italy amounts to about 15.4% of gross domestic product, among the highest in the European Union, according to national statistics agency ISTAT.",
        True,
        [("percent", 15.4, "%", "about")],
        None,
    ),
    (
        "en",
        "Economy Minister Vittorio Carpenedo said the staggered approach would cost 300 million euros next year.",
        True,
        [("money", 300000000, "EUR", None)],
        "Vittorio Carpenedo",
    ),
    (
        "en",
        "About 16.3 million people in Italy draw a pension, INPS data show.",
        True,
        [("count", 16300000, None, "about")],
        None,
    ),
    (
        "en",
        "The CGIL union said it would call a general strike if the increase was not scrapped altogether.",
        False,
        [],
        None,
    ),
    # --- Pensionsanpassung 2027 (APA) ---
    (
        "de",
        "Wien (APA) - Der gesetzliche Anpassungsfaktor für die Pensionen 2027 liegt bei 2,9 Prozent, teilte die Statistik Austria am Montag mit.",
        True,
        [("year", 2027, None, None), ("percent", 2.9, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Er ergibt sich aus der durchschnittlichen Inflation zwischen August 2025 und Juli 2026.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "de",
        "Pensionistenverband und Seniorenbund fordern eine Erhöhung um den vollen Wert für alle rund 2,5 Millionen Pensionsbezieher.",
        True,
        [("count", 2500000, None, "about")],
        None,
    ),
    (
        "de",
        "Das würde das Budget im kommenden Jahr rund 1,95 Milliarden Euro kosten, rechnete das Finanzministerium vor.",
        True,
        [("money", 1950000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Regierung bietet nach Angaben aus Verhandlungskreisen 2,25 Prozent für Pensionen von bis zu 2.800 Euro brutto und einen Fixbetrag von 63 Euro für höhere an.",
        True,
        [("percent", 2.25, "%", None), ("money", 2800, "EUR", "up_to"), ("money", 63, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer verwies darauf, dass der Bund heuer bereits rund 31,4 Milliarden Euro zu den Pensionen zuschieße.",
        True,
        [("money", 31400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Eine Durchschnittspension lag zuletzt bei 1.672 Euro brutto im Monat, Frauen erhielten um 41 Prozent weniger als Männer.",
        True,
        [("money", 1672, "EUR", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "„Wer ein Leben lang gearbeitet hat, darf nicht zum Bittsteller werden“, sagte Seniorenbund-Obfrau Ingeborg Lechthaler.",
        False,
        [],
        None,
    ),
    ("de", "Die Pensionistenvertreter drohten mit Protesten vor dem Kanzleramt.", False, [], None),
    (
        "de",
        "Die Verhandlungen dürften sich nach Einschätzung von Beobachtern bis in den Herbst ziehen.",
        False,
        [],
        None,
    ),
    # --- Scottish benefits (PA) ---
    (
        "en",
        "EDINBURGH (PA) - More than 330,000 children in Scotland now receive the Scottish Child Payment, which is worth £28.05 a week per child, Social Security Scotland said.",
        True,
        [("count", 330000, None, "over"), ("money", 28.05, "GBP", None)],
        "Social Security Scotland",
    ),
    (
        "en",
        "The Scottish Government estimates the payment will keep 60,000 children out of relative poverty this year.",
        True,
        [("count", 60000, None, None)],
        None,
    ),
    (
        "en",
        "The Pension Age Winter Heating Payment of between £103.40 and £310.20 will go to about 820,000 households from November.",
        True,
        [("money", 103.4, "GBP", None), ("money", 310.2, "GBP", None), ("count", 820000, None, "about")],
        None,
    ),
    (
        "en",
        "Social Justice Secretary Morven Glendinning told MSPs that 95% of eligible families had now applied.",
        True,
        [("percent", 95, "%", None)],
        "Morven Glendinning",
    ),
    (
        "en",
        "The Scottish Fiscal Commission forecasts social security spending in Scotland to reach £8.4 billion by 2029-30.",
        True,
        [("money", 8400000000, "GBP", None), ("year", 2029, None, None), ("year", 2030, None, None)],
        None,
    ),
    ("en", 'Scottish Conservatives said the bill was "spiralling out of control."', False, [], None),
    # --- Grundsicherung im Alter (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Zahl der Menschen, die im Alter auf Grundsicherung angewiesen sind, ist auf einen Höchststand von 752.000 gestiegen, teilte das Statistische Bundesamt am Mittwoch mit.",
        True,
        [("count", 752000, None, None)],
        "das Statistische Bundesamt",
    ),
    ("de", "Das waren 5,8 Prozent mehr als ein Jahr zuvor.", True, [("percent", 5.8, "%", None)], None),
    (
        "de",
        "Hinzu kommen rund 560.000 Menschen unter 67 Jahren, die wegen voller Erwerbsminderung Leistungen beziehen.",
        True,
        [("count", 560000, None, "about"), ("duration", 67, "year", "under")],
        None,
    ),
    (
        "de",
        "Der Grundrentenzuschlag erreicht nach Angaben der Deutschen Rentenversicherung rund 1,2 Millionen Menschen, im Schnitt beträgt er 91 Euro im Monat.",
        True,
        [("count", 1200000, None, "about"), ("money", 91, "EUR", None)],
        "die Deutsche Rentenversicherung",
    ),
    ("de", "Knapp drei Viertel der Bezieher sind Frauen.", True, [("fraction", 0.75, None, "nearly")], None),
    ("de", "SoVD-Chefin Edeltraud Wollenhaupt sprach von „organisierter Altersarmut“.", False, [], None),
    ("de", "Experten gehen davon aus, dass viele Berechtigte aus Scham keinen Antrag stellen.", False, [], None),
    # --- Guaranteed income in Cook County (AP) ---
    (
        "en",
        "CHICAGO (AP) — Cook County commissioners voted 14-3 on Thursday to make a guaranteed income program permanent, paying 2,800 low-income households $550 a month with no strings attached.",
        True,
        [("count", 14, None, None), ("count", 3, None, None), ("count", 2800, None, None), ("money", 550, "USD", None)],
        None,
    ),
    (
        "en",
        "Households with incomes up to 300% of the federal poverty level qualify, about $96,450 for a family of four.",
        True,
        [("percent", 300, "%", "up_to"), ("money", 96450, "USD", "about"), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The program will cost about $17 million a year and be funded from the county's general budget.",
        True,
        [("money", 17000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "An evaluation by University of Chicago researchers found recipients were 11 percentage points more likely to be employed after two years than a control group.",
        True,
        [("percent", 11, "pp", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Recipients spent most of the money on groceries, rent and utilities, according to the evaluation.",
        True,
        [],
        None,
    ),
    (
        "en",
        "More than 150 guaranteed income pilots have been launched in U.S. cities and counties since 2018, according to the Stanford Basic Income Lab.",
        True,
        [("count", 150, None, "over"), ("year", 2018, None, None)],
        "the Stanford Basic Income Lab",
    ),
    (
        "en",
        'Board President Rhonda Lattimore said the pilot had "changed how this county thinks about poverty."',
        False,
        [],
        None,
    ),
    ("en", 'Republican commissioner Dwayne Kessler called it "welfare by another name."', False, [], None),
    # --- Social Security COLA (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Checks for Social Security beneficiaries will rise by 2.6% next year to keep pace with prices, the Social Security Administration said Thursday.",
        True,
        [("percent", 2.6, "%", None)],
        "the Social Security Administration",
    ),
    (
        "en",
        "The adjustment will raise the average retirement benefit by about $54 a month, to roughly $2,129, starting in January.",
        True,
        [("money", 54, "USD", "about"), ("money", 2129, "USD", "about")],
        None,
    ),
    (
        "en",
        "The adjustment affects about 75 million people who draw Social Security or Supplemental Security Income.",
        True,
        [("count", 75000000, None, "about")],
        None,
    ),
    (
        "en",
        "Last year's increase was 2.8%, and the figure peaked at 8.7% in 2023 after inflation surged.",
        True,
        [("percent", 2.8, "%", None), ("percent", 8.7, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Part of the increase will be swallowed by Medicare Part B premiums, which are projected to rise to $214.60 a month.",
        True,
        [("money", 214.6, "USD", None)],
        None,
    ),
    (
        "en",
        "Wages up to $191,400 will be taxed for Social Security next year, up from the current cap.",
        True,
        [("money", 191400, "USD", "up_to")],
        None,
    ),
    (
        "en",
        "The league estimates that benefits have lost 20% of their buying power since 2010.",
        True,
        [("percent", 20, "%", None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        '"Seniors are losing ground every single year," said Marla Tennyson of The Senior Citizens League.',
        False,
        [],
        None,
    ),
    ("en", "Advocates advised retirees to review their Medicare plan options during open enrollment.", False, [], None),
    # --- Ergänzungsleistungen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Rund 356'000 Personen haben im vergangenen Jahr Ergänzungsleistungen zur AHV oder zur Invalidenversicherung bezogen, 1,9 Prozent mehr als im Vorjahr.",
        True,
        [("count", 356000, None, "about"), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Ausgaben stiegen auf 6,1 Milliarden Franken, wie das Bundesamt für Sozialversicherungen mitteilte.",
        True,
        [("money", 6100000000, "CHF", None)],
        "das Bundesamt für Sozialversicherungen",
    ),
    (
        "de",
        "Gut jede achte Person im Rentenalter ist auf Ergänzungsleistungen angewiesen.",
        True,
        [("fraction", 0.125, None, "over")],
        None,
    ),
    (
        "de",
        "Besonders hoch ist der Anteil in Pflegeheimen: Dort beziehen 53 Prozent der Bewohnerinnen und Bewohner Ergänzungsleistungen.",
        True,
        [("percent", 53, "%", None)],
        None,
    ),
    (
        "de",
        "Im Kanton Tessin liegt die EL-Quote der Rentnerinnen und Rentner mit 19,6 Prozent am höchsten, in Appenzell Innerrhoden mit 5,2 Prozent am tiefsten.",
        True,
        [("percent", 19.6, "%", None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "de",
        "Pro Senectute fordert, dass die anrechenbaren Höchstmieten im kommenden Jahr erneut angehoben werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Altersarmut ist in der Schweiz oft unsichtbar, weil sich die Betroffenen schämen», sagte Pro-Senectute-Direktor Lukas Wyttenbach.",
        False,
        [],
        None,
    ),
    # --- Dutch pension transition (Reuters) ---
    (
        "en",
        "AMSTERDAM, Oct 14 (Reuters) - Dutch civil service pension fund ABP, Europe's largest, will move its 3.1 million members to the country's new pension system on Jan. 1, 2027, the fund said on Wednesday.",
        True,
        [("date", "--10-14", None, None), ("count", 3100000, None, None), ("date", "2027-01-01", None, None)],
        "the fund",
    ),
    ("en", "ABP manages about 550 billion euros in assets.", True, [("money", 550000000000, "EUR", "about")], None),
    (
        "en",
        "Under the new rules, pensions will move more directly with investment returns instead of being based on a promised final amount.",
        True,
        [],
        None,
    ),
    (
        "en",
        "About 60% of the roughly 10 million Dutch pension participants are expected to have switched by the end of 2027, according to De Nederlandsche Bank.",
        True,
        [("percent", 60, "%", "about"), ("count", 10000000, None, "about"), ("year", 2027, None, None)],
        "De Nederlandsche Bank",
    ),
    (
        "en",
        "The transition, agreed in a 2023 law, must be completed by Jan. 1, 2028.",
        True,
        [("year", 2023, None, None), ("date", "2028-01-01", None, None)],
        None,
    ),
    ("en", "Critics fear pensioners could see sharp cuts in a market downturn.", False, [], None),
    # --- Mütterrente (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am Freitag die Ausweitung der Mütterrente beschlossen: Für vor 1992 geborene Kinder werden ab 2027 drei statt zweieinhalb Entgeltpunkte angerechnet.",
        True,
        [("year", 1992, None, None), ("year", 2027, None, None), ("count", 3, None, None), ("count", 2.5, None, None)],
        None,
    ),
    (
        "de",
        "Rund 9,6 Millionen Mütter und einige Väter erhalten dadurch pro Kind etwa 20 Euro mehr Rente im Monat.",
        True,
        [("count", 9600000, None, "about"), ("money", 20, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Kosten von jährlich rund 4,9 Milliarden Euro trägt der Bund aus Steuermitteln.",
        True,
        [("money", 4900000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Weil die Rentenversicherung jedes einzelne Konto neu berechnen muss, kommt das Geld erst 2028 rückwirkend an.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "DRV-Präsidentin Annegret Kühlwein sagte, die Umstellung betreffe fast zehn Millionen Konten und sei technisch nicht früher zu schaffen.",
        True,
        [("count", 10000000, None, "nearly")],
        "Annegret Kühlwein",
    ),
    (
        "de",
        "Für die Vorlage stimmten 347 Abgeordnete, 281 votierten dagegen, zwölf enthielten sich.",
        True,
        [("count", 347, None, None), ("count", 281, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Der Sachverständigenrat nannte die Mütterrente „das teuerste Wahlgeschenk des Jahrzehnts“.",
        False,
        [],
        None,
    ),
    # --- Pension Credit take-up (Reuters) ---
    (
        "en",
        "LONDON, Nov 5 (Reuters) - About 760,000 pensioner households in Britain are missing out on Pension Credit worth an average of £4,100 a year, government estimates published on Thursday showed.",
        True,
        [("date", "--11-05", None, None), ("count", 760000, None, "about"), ("money", 4100, "GBP", None)],
        None,
    ),
    (
        "en",
        "Take-up of the means-tested top-up stood at 65% in 2024-25, up from 63% a year earlier.",
        True,
        [
            ("percent", 65, "%", None),
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("percent", 63, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Pension Credit tops up weekly income to £232.40 for a single person and £354.80 for couples.",
        True,
        [("money", 232.4, "GBP", None), ("money", 354.8, "GBP", None)],
        None,
    ),
    (
        "en",
        "Claiming it also opens the door to help with heating bills, council tax and housing costs.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Letters urging them to apply have gone out to 120,000 households on housing benefit, the Department for Work and Pensions said.",
        True,
        [("count", 120000, None, None)],
        "the Department for Work and Pensions",
    ),
    (
        "en",
        "The government has set a target of raising take-up to 70% by 2028.",
        True,
        [("percent", 70, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        'Age UK charity director Caroline Ashbury said the unclaimed money was "a scandal hiding in plain sight."',
        False,
        [],
        None,
    ),
    ("en", "Ministers hope a new online claim form will persuade more older people to apply.", False, [], None),
    # --- Sozialhilfe neu (APA) ---
    (
        "de",
        "Wien (APA) - Die Regierung hat sich am Mittwoch auf die Eckpunkte einer bundesweit einheitlichen Sozialhilfe geeinigt, die ab 2027 gelten soll.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Neu Zugewanderte sollen in einer dreijährigen Integrationsphase statt der vollen Leistung nur eine Integrationsbeihilfe erhalten.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Der Richtsatz für Alleinstehende beträgt derzeit 1.226 Euro netto im Monat, ausbezahlt zwölfmal im Jahr.",
        True,
        [("money", 1226, "EUR", None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria bezogen im Vorjahr rund 207.000 Menschen Sozialhilfe oder Mindestsicherung, knapp zwei Drittel davon in Wien.",
        True,
        [("count", 207000, None, "about"), ("fraction", 0.6667, None, "nearly")],
        "Statistik Austria",
    ),
    ("de", "Fast 40 Prozent der Bezieherinnen und Bezieher sind Kinder.", True, [("percent", 40, "%", "nearly")], None),
    (
        "de",
        "Sozialministerin Birgit Zehetmayr (SPÖ) sagte, Zuschläge für Kinder würden künftig nicht mehr über die Sozialhilfe, sondern über eine eigene Kindergrundsicherung ausgezahlt.",
        True,
        [],
        "Birgit Zehetmayr",
    ),
    ("de", "Die Caritas warnte vor „neuer Armut durch die Hintertür“.", False, [], None),
    ("de", "Die Wiener Stadtregierung will die Details zunächst in Ruhe prüfen.", False, [], None),
    ("de", "Die NEOS hoffen auf eine Einigung mit den Ländern noch vor dem Sommer.", False, [], None),
    # --- SNAP (Reuters) ---
    (
        "en",
        "WASHINGTON, Nov 16 (Reuters) - About 41.2 million Americans received food aid through the Supplemental Nutrition Assistance Program in August, down 1.3 million from a year earlier, Agriculture Department data showed on Monday.",
        True,
        [("date", "--11-16", None, None), ("count", 41200000, None, "about"), ("count", 1300000, None, None)],
        None,
    ),
    (
        "en",
        "Stricter work requirements now apply to able-bodied adults aged 18 to 64 without dependent children, up from an upper age limit of 54.",
        True,
        [("duration", 18, "year", None), ("duration", 64, "year", None), ("duration", 54, "year", None)],
        None,
    ),
    (
        "en",
        "They must work or train at least 80 hours a month or lose benefits after three months in a three-year period.",
        True,
        [("duration", 80, "hour", "at_least"), ("duration", 3, "month", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The Congressional Budget Office estimated the changes would reduce federal spending on the program by about $179 billion over 10 years.",
        True,
        [("money", 179000000000, "USD", "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        "States will also have to cover between 5% and 15% of benefit costs from 2028, depending on their payment error rates.",
        True,
        [("percent", 5, "%", None), ("percent", 15, "%", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Feeding America said demand at its food banks had risen 18% since the spring.",
        True,
        [("percent", 18, "%", None)],
        "Feeding America",
    ),
    ("en", 'Agriculture Secretary Brenda Kolwicz said the rules would "restore the dignity of work."', False, [], None),
    # --- Armutsgefährdung in Deutschland (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Gut jeder siebte Mensch in Deutschland war im vergangenen Jahr armutsgefährdet, wie das Statistische Bundesamt (Destatis) am Dienstag mitteilte.",
        True,
        [("fraction", 0.1429, None, "over")],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Armutsgefährdungsquote lag bei 15,3 Prozent, das entspricht rund 12,9 Millionen Menschen.",
        True,
        [("percent", 15.3, "%", None), ("count", 12900000, None, "about")],
        None,
    ),
    (
        "de",
        "Bei Menschen ab 65 Jahren stieg die Quote auf 19,1 Prozent.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 19.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Schwelle für einen Alleinlebenden lag bei 1.412 Euro netto im Monat.",
        True,
        [("money", 1412, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rentnerinnen sind deutlich häufiger betroffen als Rentner: Ihre Quote liegt um 4,6 Prozentpunkte höher.",
        True,
        [("percent", 4.6, "pp", None)],
        None,
    ),
    (
        "de",
        "Der Paritätische Gesamtverband kommt in seinem Armutsbericht auf eine höhere Zahl von 13,8 Millionen Betroffenen.",
        True,
        [("count", 13800000, None, None)],
        None,
    ),
    (
        "de",
        "„Dieses Land hat sich an die Armut gewöhnt, und das ist das eigentlich Beschämende“, sagte Verbandschef Joachim Rettberg.",
        False,
        [],
        None,
    ),
    # --- WASPI (PA) ---
    (
        "en",
        "LONDON (PA) - Campaigners for women affected by changes to the state pension age have lodged a legal challenge after ministers again ruled out compensation.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Parliamentary and Health Service Ombudsman had recommended payments of between £1,050 and £3,000 to each of about 3.5 million women.",
        True,
        [("money", 1050, "GBP", None), ("money", 3000, "GBP", None), ("count", 3500000, None, "about")],
        None,
    ),
    (
        "en",
        "The government says a full compensation scheme would cost up to 10.2 billion pounds.",
        True,
        [("money", 10200000000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "The women, born between April 1950 and April 1960, saw their pension age rise from 60 to 65 and then 66.",
        True,
        [
            ("year", 1950, None, None),
            ("year", 1960, None, None),
            ("duration", 60, "year", None),
            ("duration", 65, "year", None),
            ("duration", 66, "year", None),
        ],
        None,
    ),
    (
        "en",
        '"We were robbed of years of our lives and then told to be grateful," said campaign chair Rosalind Thwaite.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Haversham told the House of Commons the government "cannot justify asking taxpayers to foot the bill."',
        False,
        [],
        None,
    ),
    # --- Beitragssatz 2027 und Rentenkommission (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Beitragssatz zur gesetzlichen Rentenversicherung steigt zum 1. Januar 2027 von 18,6 auf 18,9 Prozent, wie das Bundesarbeitsministerium am Freitag mitteilte.",
        True,
        [("date", "2027-01-01", None, None), ("percent", 18.6, "%", None), ("percent", 18.9, "%", None)],
        "das Bundesarbeitsministerium",
    ),
    (
        "de",
        "Es ist die erste Anhebung seit 2018, für einen Durchschnittsverdiener bedeutet sie gut sieben Euro weniger netto im Monat.",
        True,
        [("ordinal", 1, None, None), ("year", 2018, None, None), ("money", 7, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Nachhaltigkeitsrücklage schrumpft nach der Prognose der Rentenversicherung bis Ende 2027 auf 0,25 Monatsausgaben, die gesetzliche Untergrenze.",
        True,
        [("year", 2027, None, None), ("count", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Bis Mitte 2027 soll eine Rentenkommission der Regierung Vorschläge für die Jahre nach 2031 erarbeiten.",
        True,
        [("year", 2027, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Ihr gehören zwölf Mitglieder an, darunter vier Abgeordnete und je zwei Vertreter der Sozialpartner.",
        True,
        [("count", 12, None, None), ("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der DGB lehnt es kategorisch ab, die Regelaltersgrenze von 67 Jahren weiter anzuheben.",
        True,
        [("duration", 67, "year", None)],
        None,
    ),
    (
        "de",
        "Arbeitgeberpräsident Heinrich Sollmann sagte, ohne eine Koppelung des Rentenalters an die Lebenserwartung werde die Kommission scheitern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ein noch späterer Ruhestand ist nichts anderes als eine Rentenkürzung für alle, die nicht so lange durchhalten“, sagte DGB-Vorständin Sabine Gruhlke.",
        False,
        [],
        None,
    ),
]
