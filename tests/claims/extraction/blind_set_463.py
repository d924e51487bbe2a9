"""Four-hundred-and-sixty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: ministers, agency heads, medical directors, public
health officials, spokespeople and doctors of real governments, agencies and hospitals
appear under made-up names that stand for no real holder, or by their role only („die
Landessanitätsdirektorin“, „eine Pflegefachfrau des Kantonsspitals Aarau“, "federal health
officials", "county health officer").

Names: Henrike Kaltenbrunn-Weis, Ingrid Pötzelsberger-Lang, Reto Gisler-Arnold, Katja
Wollenhaupt-Dietz, Theresa Brunnhuber-Lenz, Jonas Ettlinger-Maas, Seraina Caduff-Lutz,
Gudrun Lechthaler-Moser, Sabine Overkamp-Reuter, Markus Tschernutter-Pfeil and Annelie
Baumgart-Sorge; Rhiannon Askew-Darby, Soledad Varga-Pratt, Owain Treloar-Mace, Nkechi
Adebayo-Lund, Pieter Vandersloot-Ek, Lamar Petrakis-Hume, Gwendolyn Ashdown-Pike, Ilaria
Castelnuovo-Berg, Arlo Whitsett-Crane, Marcus Hollingdrake-Fay, Sorcha Pennefather-Liu,
Beatriz Lindqvist-Omari, Catriona Dunbar-Lyle and Vernon Oakridge-Sills; every unnamed
director, nurse, doctor, official, spokesman, expert and parent. Real bodies, laws,
products, data sets and places (Robert Koch-Institut, RKI, Ständige Impfkommission, Stiko,
Paul-Ehrlich-Institut, Europäische Union, the Austrian Gesundheitsministerium, AGES,
Apothekerkammer, Ärztekammer, Bundesamt für wirtschaftliche Landesversorgung, BWL,
drugshortage.ch, Bundesamt für Gesundheit, BAG, Pharmasuisse, Bundesinstitut für
Arzneimittel und Medizinprodukte, BfArM, Lieferengpass-Gesetz, Deutscher Apothekerverband,
Landesamt für Gesundheit und Lebensmittelsicherheit, LGL, Landshut, Bezirk Amstetten,
Niederösterreich, St. Pölten, Sentinella, Eidgenössische Kommission für Impffragen,
Bundesamt für Sicherheit im Gesundheitswesen, BASG, Divi, Techniker Krankenkasse,
Hausärzteverband, Krefeld, Kreis Viersen, Universitätsspital Zürich, Kantonsspital Aarau,
Österreichische Gesundheitskasse, ÖGK, St. Anna Kinderspital, Bundesgesundheitsministerium,
Deutsche Presse-Agentur, Pro Generika, Bundesrat, Nirsevimab, Amoxicillin, Salbutamol; the
UK Health Security Agency, UKHSA, the World Health Organization, WHO and its regional office
for Europe, Yakima County, the Centers for Disease Control and Prevention, CDC, the Royal
College of Paediatrics and Child Health, the Department of Health, UNICEF, the European
Centre for Disease Prevention and Control, ECDC, Romania, France, Italy, NHS England, the
European Medicines Agency, EMA, the Pharmaceutical Group of the European Union, the European
Commission, Children's Mercy, Kansas City, the Royal College of Emergency Medicine, the
Liberal Democrats, Public Health Scotland, the Scottish Conservatives, NHS Lothian, the
American Society of Health-System Pharmacists, ASHP, the FDA, and the datelines' cities)
stand for the way wire copy names them; every case count, rate, share, dose, death toll, bed
count, shortage tally, stock, sum, quote and reaction here is invented, and where a real
figure came to mind (a real season's vaccination rate, a real measles or shortage tally, a
real flu toll) it was changed. Kept: the legal rules and targets as wire copy states them
(Germany's measles mandate since March 2020, the six months' stock required since the
Lieferengpass-Gesetz of 2023, the EU's and the WHO's 75 percent for older people, 95 percent
for measles, the 21 days' exclusion of unvaccinated contacts, the twelve months of
transmission that end elimination) and the reference years of records (1992, the 2009-10
pandemic season); the Austrian substitution rule, the Swiss part packs and the plans in
Berlin, Bern and Brussels are made up.

Its weight: PUBLIC HEALTH - DISEASE SURVEILLANCE, VACCINATION AND DRUG SHORTAGES, the fourth
round for public health and outbreaks (the hundred-eleventh batch weighed disease outbreaks
and vaccination campaigns, the two-hundred-and-twenty-fifth public health and outbreaks and
the two-hundred-and-seventy-third public health and drug policy; the twenty-third weighed
flu and measles among data-heavy copy, the sixty-fourth medicine with the BfArM's shortage
list, the ninety-seventh a science and health day with a flu wave, the hundred-eighty-third
the health system and pharma business with missing antibiotic syrups, the
two-hundred-and-eighty-sixth health systems with drug shortages, the
three-hundred-and-sixty-second health and medicine on both desks, and the
four-hundred-and-eighth and four-hundred-and-forty-seventh hospitals over a winter and a
summer; their decisions are kept) over one made-up winter season in story order, October 6,
2030, to March 24, 2031, as 32 short stories with the German and English ones interleaved by
date, each told as wire copy runs it (a dateline lead with the incidence, the uptake, the
outbreak's count or the shortage tally, the figures around it, the agency's statement, the
doctor's or the spokesperson's figure and quote, advice and appeals, reactions). Half German
(dpa with "dpa/lby" and "dpa/lnw", APA with Austrian „heuer“, „Jänner“, „Spital“,
„Selbstbehalt“, „Landessanitätsdirektorin“, Keystone-SDA with Swiss „1000“ and „1214“
without a separator, „100'000“, „gemäss“, „hiess“, „grössere“, „Saisons“, «» quotes, German
„“ quotes): the RKI's vaccination record at the start of the season, Austria's flu jab
campaign, Swiss compulsory stocks released, the BfArM's shortage list with weeks of supply,
RSV in Bavaria's children's hospitals, measles in Lower Austria, the RKI's start of the flu
wave in calendar week 48, the Swiss epidemic threshold, Austria's register of supply
restrictions, the flu wave's peak with the Divi's intensive-care count, measles at a Krefeld
school, the Swiss wave flattening, Austria's sick leave, Berlin's draft on stock duties, the
RKI's end-of-season tally and the Swiss stocks raised. Half English (Reuters with dated
datelines, AP, PA): England's vaccination programme, measles in central Washington, RSV in
England, the WHO and UNICEF global measles report, the ECDC's measles figures, the CDC's
early flu season, NHS winter pressures, the EMA's critical medicines, U.S. children's flu
deaths and RSV, record flu in English hospitals, the U.S. measles count, flu in Scotland,
Europe's flu season, the U.S. season's toll, England's end-of-season figures and U.S. drug
shortages. Speakers as such copy has them: German „sagte X“ and „X sagte, ...“ with the
title, „teilte die AGES am Mittwoch mit“, „teilte das RKI am Mittwoch mit“, „teilte die
Stadt mit“, „nach Angaben des Bundesamts für wirtschaftliche Landesversorgung (BWL)“, „Nach
Angaben der Divi“; English "X said" with the role and "Dr.", "told reporters", "told MSPs",
"said X, the hospital's chief medical officer", and agencies with their article; beside them
the forms left unchecked (data and estimates, „wie“-clauses, „laut“, compounds, verbs of
reporting, counting and estimating, plural groups, possessive descriptions, bodies without
an article, two bodies at once and every "according to"). Figures as such copy has them:
incidences and rates per 100,000 and per million, seven-day incidences, calendar weeks,
positivity, uptake and occupancy in percent and in percentage points, weekly rises, doses,
cases, deaths, beds, trusts, countries and medicines counted, weeks and months of supply and
stock, ages and age bands in years and months, multiples, fractions, seasons written
"2009-10" and counted as „zehn Saisons“, hedges, euros and francs, years and dates.
Negatives as such copy has them: advice and appeals to the public, reassurance without a
figure, labels, verdicts with „hält ... für“, blame, warnings naming no measure, fears,
doubts, beliefs, forecasts without a figure, evasions, open questions and the rhetoric of
officials, doctors and nurses, each near a check-worthy look-alike from the same story
(often the same speaker's figure).

241 rows (121 German, 120 English), 55 negatives (26 German, 29 English), 186 check-worthy
rows of which 8 carry no figure (7 German, 1 English), 311 expected quantities (130 counts,
65 percentages - 64 in "%", 1 in "pp" -, 62 durations - 32 in years, 14 in months, 10 in
weeks, 3 in days, 3 in hours -, 19 years, 14 ordinals, 10 dates, 8 fractions, 3 amounts of
money - 2 EUR, 1 CHF -; none of them in a negative), 35 checked speakers (18 German, 17
English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported verdict,
  label, reassurance, piece of rhetoric, feeling, fear, doubt, belief, advice, appeal,
  warning naming no measure, forecast without a figure, evasion or open question is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-eleventh, two-hundred-and-fourth, two-hundred-and-twenty-fifth,
  two-hundred-and-seventy-third, four-hundred-and-eighth); a quoted or reported figure,
  finding, rule, step, plan or forecast with a figure is check-worthy with its speaker, also
  in Konjunktiv I (hundred-eleventh). As the brief for these batches asks, negatives carry
  no expected quantities, and this batch writes no figure into them
  (three-hundred-and-fifty-sixth, four-hundred-and-fifty-first). Pairs from one speaker:
  Kaltenbrunn-Weis's 9.6 percent beside „eine verpasste Chance“; Askew-Darby's 7,900 deaths
  beside "Nobody should go into this winter unprotected" and her 31.5 per cent beside "a
  tough season"; Pötzelsberger-Lang's nine weeks beside her advice not to wait;
  Varga-Pratt's 1,200 exposed beside "a preventable disease"; Gisler-Arnold's 23 times
  beside «kein Grund zur Sorge» and his fifth of the shortages beside «Versorgungssicherheit
  hat ihren Preis»; Treloar-Mace's 14 units beside his advice to parents;
  Wollenhaupt-Dietz's 112 shortages beside „nicht automatisch einen Versorgungsmangel“
  („betonte“ before a slogan, four-hundred-and-twentieth); Adebayo-Lund's 57 countries
  beside "None of these children had to die"; Brunnhuber-Lenz's 19 infants beside „am
  Anschlag“; Ettlinger-Maas's subtype and his 35 percent beside the Konjunktiv I appeal
  „Eine Impfung lohne sich auch jetzt noch“ (hundred-eleventh and
  two-hundred-and-twenty-fifth: an appeal in Konjunktiv I) and „lang und für die Kliniken
  hart“; Ashdown-Pike's 95.8 per cent beside her praise of staff; Caduff-Lutz's three weeks
  beside her advice and her refusal to forecast influenza B; Castelnuovo-Berg's two weeks of
  supply beside her reassurance; Lechthaler-Moser's third of pharmacies beside „angespannt,
  aber beherrschbar“; Whitsett-Crane's 96% beside "really, really sick"; Hollingdrake-Fay's
  1,200 beds beside "it is coping"; Overkamp-Reuter's 71 percent beside her appeal to
  parents; Lindqvist-Omari's 91.6% beside "Measles does not care about politics";
  Dunbar-Lyle's 2.1 million beside "the worst is behind us"; Tschernutter-Pfeil's ten to
  twelve weeks beside „noch nicht vorbei“; Baumgart-Sorge's 1.50 euros beside her label
  „Symbolpolitik“; Oakridge-Sills's two years beside his quote. Petrakis-Hume appears only
  in negatives (an appeal and a forecast without a figure), as a speaker did in the
  four-hundred-and-fifty-first.
- Advice and appeals to the public are negatives, also from an agency, a ministry, doctors
  or an official (twenty-seventh, hundred-eleventh, two-hundred-and-twenty-fifth,
  four-hundred-and-eighth): „Das RKI rief Ältere und chronisch Kranke dazu auf, ...“,
  "Health officials urged parents ...", "Parents were urged ...", "The agencies called on
  governments ...", "Get the shot now ...", "The public was asked ...", «Wer Fieber hat,
  ...», "Doctors urged families ...", „Overkamp-Reuter rief alle Eltern auf, ...“, "ECDC
  said it was too early ... and advised countries to keep vaccinating", Treloar-Mace's and
  Pötzelsberger-Lang's advice and Castelnuovo-Berg's "no reason for patients to stockpile".
  A standing body's formal recommendation for a group of people is check-worthy with its
  speaker unchecked (twentieth, twenty-third, two-hundred-and-twenty-fifth): the Stiko's flu
  jab from 60, the Eidgenössische Kommission für Impffragen's from 65 („unter anderem“ no
  hedge). So are targets and thresholds ("the 75% level the World Health Organization
  recommends", „eine Impfquote von 75 Prozent“, "coverage of at least 95% is needed"
  "at_least", "far below the 95% needed", "just short of the 75 per cent target";
  three-hundred-and-sixty-second: targets keep their figure) and rules that bind (the 21
  days' exclusion twice, the measles mandate since March 2020, the six months' stock since
  2023, the substitution rule since April 2024, the twelve months of transmission, the Swiss
  part packs; hundred-eleventh, two-hundred-and-twenty-fifth).
- Check-worthy without a figure (8 rows; hundred-eleventh, two-hundred-and-twenty-fifth,
  four-hundred-and-eighth, four-hundred-and-forty-seventh): the Bund's release of compulsory
  stocks (an announced step), the BAG's rule on part packs, the drugs most affected (a
  stated fact), the transfers to Austria („Einzelne“ none, „hieß es“ unchecked),
  Ettlinger-Maas's dominant subtype („nach ersten Daten“ none - sixteenth: „ersten“ before a
  plural without an article - and „A(H3N2)“ none), the BAG's epidemic threshold passed (a
  lead reporting a trend, four-hundred-and-eighth), the source line of the draft law („Das
  geht aus einem Referentenentwurf hervor, ...“; three-hundred-and-sixty-second) and the
  eased amoxicillin shortage ("that began in November" none).
- Other negatives (hundred-eleventh, two-hundred-and-twenty-fifth,
  two-hundred-and-seventy-third, four-hundred-and-eighth, four-hundred-and-forty-seventh),
  none with a figure: verdicts with „hält ... für“ (the Ärztekammer, the Pharmaindustrie;
  ninety-eighth), labels („sprach von einer „Ausnahmesituation ...““, "described the numbers
  as "a scandal that shames the country"" - a label as "called", two-hundred-and-fourth -,
  „nannte die Pläne „Symbolpolitik ...““ with „keine einzige“ no figure, „kritisierten ...
  als unverhältnismäßig“), blame naming no act ("accused ministers of complacency ..."),
  warnings naming no measure („Der Apothekerverband Pharmasuisse mahnte, ...“, "Industry
  groups warned ...", „warnte Tschernutter-Pfeil“), fears and doubts („fürchten einen
  schwierigen Winter“, „bezweifeln Fachleute“), beliefs ("Experts said they believed ...",
  "Public health experts said they believed ..."), forecasts without a figure ("The agency
  said it expected measles to keep circulating ...", «Der Höhepunkt dürfte erst im Januar
  erreicht werden» - a month is no figure -, "Flu is not done with us yet"), rhetoric told
  by role („Die Impflücken von heute ...“) and a nurse's feeling («Wir sind am Limit, ...»),
  and evasions and open questions („Woher das Virus eingeschleppt wurde, ist noch unklar.“,
  „Ob das ausreicht, ...“, "It is too early to say whether ...", "Officials would not say
  whether ...", "It remains unclear whether ...", Caduff-Lutz's «lässt sich nicht
  vorhersagen»).
- Incidences, rates and multiples (hundred-eleventh, two-hundred-and-twenty-fifth,
  three-hundred-and-twelfth, four-hundred-and-eighth): „Sieben-Tage-Inzidenz“ 7 days; rates
  per 100,000 are two counts („16,6 RSV-Fällen je 100.000 Einwohner“, „rund 6.800 je 100.000
  Einwohner“ 6,800 "about", „14,2 je 100.000 Einwohner“, „94 grippeähnliche Erkrankungen pro
  100'000 Einwohnerinnen und Einwohner“ and „312 Verdachtsfälle pro 100'000 ...“ with the
  Swiss apostrophe, "112.6 per 100,000", "18.3 per 100,000", "At 127.4 per 100,000 people"),
  and a rate per million carries its base as a count of 1,000,000 ("48.2 cases per million
  population"; three-hundred-and-twelfth: "35 deaths per million inhabitants"); a second
  rate without its base gives its figure only ("up from 84.3 the week before", „nach 338 in
  der Vorwoche“; sixty-fourth); weekly rises are percentages („31 Prozent mehr als in der
  Vorwoche“, "up 21 per cent week on week", "up 28 per cent on the previous week");
  positivity, uptake, occupancy and shares of samples are percentages as written; multiples
  are counts with their hedges ("more than three times the level" 3 "over", „fast das
  Doppelte des Werts“ 2 "nearly" - three-hundred-and-sixty-second: „das Doppelte“ is 2).
  New: „mehr als das Vierfache der epidemischen Schwelle“ is count 4 "over" - the multiple
  written as a noun, as „das Doppelte“, with „mehr als“ before it the hedge as in "more than
  three times".
- New: days, weeks and months of supply and of stock are durations. „reichen die Vorräte ...
  nur noch für etwa drei Wochen“ 3 weeks "about" („nur noch“ no hedge), "less than two weeks
  of supply" 2 weeks "under", „den durchschnittlichen Bedarf von vier Monaten“ 4 months
  („durchschnittlichen“ no hedge), „Vorräte für sechs Monate“ 6 months, „einen Vorrat an
  Antibiotika für vier Wochen“ 4 weeks, "at least six months of stock" 6 months "at_least",
  „von sechs auf neun Monate“ and „von vier auf fünf Monate“ both ends (the unit written
  once serving the earlier figure, three-hundred-and-thirty-third) - a stock measured by the
  time it lasts is a span, as a wait is in every health round, and not a count of packs;
  packs counted stay counts („zusätzliche 1,2 Millionen Packungen“ with „zusätzliche“ no
  hedge).
- New: „im Mittel der letzten zehn Saisons“ and „Im Mittel der zehn Saisons davor“ give
  count 10 - a season is no unit the duration kind knows (second to year), so seasons are
  counted as rounds are („in drei Runden“, three-hundredth), the Swiss plural „Saisons“
  changing nothing; the span of a wave stays a duration („neun Wochen“, „nach 13 Wochen“,
  „14 Wochen“, „zehn bis zwölf Wochen“ both ends - „insgesamt“ and „voraussichtlich“ no
  hedge).
- Shortage tallies and other counts (hundred-eighty-third, two-hundred-and-eighty-sixth,
  three-hundred-and-sixty-second and every batch): „auf 538 gestiegen, gut 60 mehr“ 538 and
  60 "over" („mehr“ after the figure compares), „bei 112 der gemeldeten Engpässe“, „694
  Arzneimittel“, „Für 97 davon“, „über 1000 Medikamente“ "over" and „1214 Personen“ (Swiss
  copy without a separator, hundred-eleventh: „4128“), „912 Medikamente“, „412 Substanzen,
  35 mehr“, „487 Lieferengpässe“, „14 Wirkstoffe“, "17 medicines ..., including two
  antibiotics", "286 active substances", "278 active drug shortages", "up from 251 ... below
  the record 323" with no hedge ("below the" before the article, "the record" none), "112
  drugs"; repetitions are counts („23 Mal“, „31 Mal“; the issue's "100 Mal",
  two-hundred-and-seventy-sixth: „mindestens 27 Mal“); doses and people („rund 14,5
  Millionen Impfdosen“, „1,9 Millionen Impfdosen ..., rund 200.000 mehr“, "Some 23.4
  million", "1.1 million older adults", "2.1 million vaccinations", „rund 1,38 Millionen“,
  „rund 1,6 Millionen“, „auf 7,4 Millionen“, „rund 214.000“, „auf rund 96.000“); tallies
  with the hedge on the first figure only ("at least 1.3 million illnesses, 14,000
  hospitalizations and 560 deaths", "an estimated 38 million illnesses and 490,000
  hospitalizations"; hundred-eleventh, two-hundred-and-seventy-third); number words opening
  a row read as digits would ("Nine of the patients", "Thirty EU and EEA countries", "Eleven
  deaths ..., seven of them", "Twelve children", "Three people died, including two
  children", "Seven hospital trusts", "Twenty-one of 27"; three-hundredth) and „Sieben der
  Erkrankten“ 7; „zwei weitere Fälle“ 2 and "1,200 extra beds" ("weitere", "extra" no
  hedge), "A record 5,926" with no hedge, "Some 412" "about", "An average of 3,412", "an
  average of 742 beds a day" and "an average of 1,087 patients" with no hedge ("a day",
  "each day" none), „mit zwei Dosen“ 2 (twice), "its four acute hospitals" 4, "a school, a
  church and two clinics" 2. None: "most of them", "several states", articles ("a single
  chain", "a flu jab", „einer Packung“, „ein“ before „elf Monate alter Säugling“ beside its
  age), „Einzelne Kinder“, "both doses" (four-hundred-and-twentieth), „alle Eltern“, „keine
  einzige“.
- Percentages as written (every batch): "only 72.4%", „Nur 37,8 Prozent“, „erst 9,6
  Prozent“, „nur 21,3 Prozent“, „nur 71 Prozent“, "Only 81.2%" and "Only 43.8%" with no
  hedge; "About 4.1%", "About 58 per cent", "About 60%", "about 56%", "about 40%", "about
  80%", "about 90%", „rund 68 Prozent“, „zu etwa 35 Prozent“ and „rund zehn Prozent weniger“
  "about"; "Nearly 92%" "nearly"; „mehr als 80 Prozent“ "over"; "above 100 per cent
  occupancy" 100 "over" - "above" right before a figure bounds it, as "scored above 95%"
  (four-hundred-and-ninth) -, while "above the 92 per cent level" and "above the national
  baseline of 3%" carry no hedge ("above the" before the article, hundred-eleventh: "well
  above the"); "down 2.7 percentage points" 2.7 "pp"; „um 12 Prozent mehr als vor einem
  Jahr“ 12 (APA's „um ... mehr“, hundred-thirteenth: „um 18,4 Prozent mehr“).
- Fractions (the issue: "ein Fünftel", "jeder vierte", "two-fifths"; every batch): „Fast die
  Hälfte der Fälle“ 0.5 "nearly", "about a quarter of the peak" 0.25 "about", "one in seven
  arrivals" 0.1429 (four places, two-hundred-and-seventy-sixth: "Nearly one in seven"),
  "About one in four pharmacies" 0.25 "about", „jede dritte Apotheke“ 0.3333, „Rund drei
  Viertel der Verstorbenen“ 0.75 "about", "About half of two- and three-year-olds" 0.5
  "about", „bei rund einem Fünftel der Engpässe“ 0.2 "about" (the dative,
  four-hundred-and-forty-seventh: „gut jedem fünften Einsatz“).
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): calendar weeks („In der
  46. Kalenderwoche“ 46, „in der 48. Kalenderwoche“ 48, „in der fünften Kalenderwoche“ 5,
  „in der vierten Kalenderwoche“ 4; hundred-eleventh, two-hundred-and-twenty-fifth), „in der
  ersten Januarwoche“ 1 (four-hundred-and-eighth) and „in der dritten Januarwoche“ 3
  likewise; "for a fourth week in a row" 4 and "fell for a second week" 2
  (four-hundred-and-eighth: "the fourth monthly fall in a row"), "now in its second year" 2,
  "the first dose ..., the second dose" 1 and 2 and "their first dose" 1 (hundred-eleventh:
  "their first measles dose"), „der vierte Masernausbruch“ 4 (hundred-eleventh: „der dritte
  Masernausbruch“), "when the first quarter closed" 1. „einen neuen Höchststand“, „einen
  Rekordwert“, "the most since", "the highest", "the highest tally", „so viele wie seit 2019
  nicht“ (the year only), „so oft wie noch nie“, "A record", "the record" and "the lowest"
  rank nothing; "H3N2", „A(H3N2)“, "Influenza B", "Covid-19", "RSV", "A&E" and
  "drugshortage.ch" carry none (hundred-eleventh, four-hundred-and-twentieth).
- Ages are durations in years (every batch): „ab 60 Jahren“ (twice) and „ab 65 Jahren“
  "at_least", "aged 65 and over" (twice), "Adults 65 and older" and "adults 65 and older"
  "at_least" (four-hundred-and-eighth), „80 Jahre oder älter“ "at_least"
  (four-hundred-and-eighth: „60 Jahre oder älter“); „der über 75-Jährigen“, „bei den über
  65-Jährigen“, „Von den über 65-Jährigen“, "people over 75" and "over-65s" (twice) "over";
  "children under five" and "Children under five", „Kinder unter zwei Jahren“ and
  "under-65s" "under"; "infants under six months" and "infants under 6 months" 6 months
  "under"; "aged 2 and 3", "aged 75 to 79", "two- and three-year-olds", „die 5- bis
  14-Jährigen“ and „zwischen zehn und 15 Jahren“ both ends with no hedge
  (two-hundred-and-twenty-fifth); "a 7-month-old girl" 7 months and „ein elf Monate alter
  Säugling“ 11 months (two-hundred-and-twenty-fifth: „ein zehn Monate alter Säugling“); „bei
  den Zweijährigen“ 2 years (hundred-eleventh).
- Durations otherwise: „rund zwei Wochen früher“ and „rund drei Wochen früher“ "about"
  (two-hundred-and-twenty-fifth), „21 Tage lang“ and „für 21 Tage“ 21 days
  (hundred-eleventh), „wie seit drei Jahren nicht“ and „wie seit fünf Jahren nicht mehr“
  years, „im Schnitt sieben Stunden pro Woche“ 7 hours and "more than 10 hours a week" 10
  hours "over" („pro Woche“, "a week" none), "more than 12 hours" "over", "for 12 months"
  and "in the 12 months to the end of September" 12 months, "the level seen twelve months
  earlier" 12 months (four-hundred-and- twentieth: "two years ago"), "more than two years"
  "over". None: "more than an hour" (an article, three-hundred-and-sixty-second: „länger als
  einen Monat“), „binnen einer Woche“ (two-hundred-and-twenty-fifth), "more than a decade",
  "over the past week", "last winter", "last season", "last school year", "this winter",
  "this season", "so far this season", "so far this year", "this year", "the week before",
  "the previous week", "week on week", „in der Woche“, „in der Vorwoche“, „im Vorjahr“, „in
  der Vorsaison“, „vor einem Jahr“, „seit Jahresbeginn“, „seit Wochen“, „in den vergangenen
  Jahren“, „in der vergangenen Saison“, „heuer“, „täglich“, „pro Jahr“, „bis Ende März“,
  „bis Ende Februar“, „Mitte Februar“, „Mitte März“, „zu Herbstbeginn“, „in der letzten
  Jännerwoche“, "by mid-November", "in mid-January", "since October", "since November", "in
  the last week of December", "for most of January", months and weekdays.
- Years and dates: "the 2009-10 pandemic season", "the 2010-11 season", "the 2028-29 season"
  and "since 2017-18" both years (three-hundred-and-sixty-second: "the 2019-20 school
  year"); „Seit Inkrafttreten des Lieferengpass-Gesetzes 2023“ 2023
  (two-hundred-and-forty-fourth: a year after a law's name dates the law); „seit März 2020“
  and „Seit April 2024“ the year (two-hundred-and-seventy-third: a month with a year is the
  year), "since 1992" (twice), "in 2010", "drawn up in 2023", "in 2024", "in early 2024",
  "in 2017", „seit 2019“; "in the week ending Nov. 22" --11-22 and "in the week ending Dec.
  13" --12-13 (two-hundred-and-twenty-fifth), "in the week to January 25" --01-25
  (hundred-eleventh: "in the week to Dec. 7"); Reuters datelines with a day ("LONDON, Oct 8"
  --10-08, "GENEVA, Nov 13" --11-13, "STOCKHOLM, Nov 20" --11-20, "AMSTERDAM, Dec 15"
  --12-15, "WASHINGTON, Jan 20" --01-20, "STOCKHOLM, Feb 9" --02-09, "NEW YORK, March 24"
  --03-24) are dates without a year; dpa ("Berlin (dpa) -", "Bonn (dpa) -", "München
  (dpa/lby) -", "Krefeld (dpa/lnw) -"), APA ("Wien (APA) -", "St. Pölten (APA) -"),
  Keystone-SDA ("Bern (Keystone-SDA) -"), PA ("LONDON (PA) -", "EDINBURGH (PA) -") and AP
  ("YAKIMA, Wash. (AP) —", "ATLANTA (AP) —", "WASHINGTON (AP) —") datelines none
  (seventy-ninth); "Wash." ends no sentence, as "HONESDALE, Pa."
  (three-hundred-and-thirty-fourth), and „St.“ in „St. Pölten“ and „St. Anna Kinderspital“
  ends none either.
- Money in the currency written (every batch): „einen Selbstbehalt von 7,50 Euro“ EUR
  (hundred-eleventh: „einen Selbstbehalt von 7 Euro“), „weniger als 1,50 Euro“ EUR "under",
  „rund 18 Millionen Franken pro Jahr“ CHF "about" („pro Jahr“ none).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „zu etwa“, "about", "About",
  "Some", "an estimated", "An estimated" "about"; „fast“, „Fast“, "Nearly" "nearly"; „gut“,
  „mehr als“, „über“ before a figure or an age, "more than", "above" right before a figure,
  "over" in an age "over"; „unter“ before an age, "under", "less than", „weniger als“ before
  a figure and "under-65s" "under"; „ab“ before an age, „oder älter“, "and over", "and
  older", "at least", "At least" "at_least". No hedge: „nur“, „Nur“, „nur noch“, „erst“,
  „bislang“, „bisher“, „derzeit“, „zuletzt“, „inzwischen“, „bereits“, „insgesamt“,
  „Insgesamt“, „voraussichtlich“, „im Schnitt“, „im Mittel“, „Im Mittel“,
  „durchschnittlichen“, „zusätzliche“, „weitere“, „zwischen“, „unter anderem“, "only",
  "Only", "A record", "a record", "the record", "An average of", "an average of", "extra",
  "just short of the", "short of the", "far below the", "below the", "above the", "up from",
  "down from", "more" and „mehr“ after a figure, „weniger“ after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „sagte X“ and „X
  sagte, ...“ with the title dropped („sagte RKI-Epidemiologin Henrike Kaltenbrunn-Weis“,
  „AGES-Epidemiologin Ingrid Pötzelsberger-Lang sagte, ...“, „sagte BWL-Sprecher Reto
  Gisler-Arnold“ after a quoted figure, „BfArM-Sprecherin Katja Wollenhaupt-Dietz sagte,
  ...“, „RKI-Abteilungsleiter Jonas Ettlinger-Maas sagte, ...“ twice, „BAG-Epidemiologin
  Seraina Caduff-Lutz sagte, ...“, „Apothekerkammer-Vizepräsidentin Gudrun Lechthaler-Moser
  sagte, ...“, „Amtsärztin Sabine Overkamp-Reuter sagte, ...“, „AGES-Experte Markus
  Tschernutter-Pfeil sagte, ...“, „Pro-Generika-Geschäftsführerin Annelie Baumgart-Sorge
  sagte, ...“; two-hundred-and-twenty-fifth, three-hundred-and-sixty-second,
  four-hundred-and-eighth), „Oberärztin Theresa Brunnhuber-Lenz von der Kinderklinik in
  Landshut sagte, ...“ with the affiliation dropped (four-hundred-and-twentieth),
  „Gisler-Arnold sagte, ...“ the surname as written (ninety-fifth); „teilte die AGES am
  Mittwoch mit“ -> "die AGES" and „teilte das RKI am Mittwoch mit“ -> "das RKI" with the
  weekday dropped (hundred-eleventh, two-hundred-and-twenty-fifth), „teilte die Stadt mit“
  after a Konjunktiv I tally -> "die Stadt" (hundred-eleventh: „nach Angaben der Stadt“),
  „nach Angaben des Bundesamts für wirtschaftliche Landesversorgung (BWL)“ -> "das Bundesamt
  für wirtschaftliche Landesversorgung" (the nominative, the abbreviation in brackets
  dropped; two-hundred-and-twenty-fifth, four-hundred-and-eighth), „Nach Angaben der Divi“
  -> "die Divi" (hundred-eleventh, two-hundred-and-twenty-fifth). English: the name with the
  role and "Dr." dropped ("UKHSA consultant epidemiologist Rhiannon Askew-Darby said" twice,
  "County health officer Dr. Soledad Varga-Pratt said", "Royal College of Paediatrics and
  Child Health vice-president Dr. Owain Treloar-Mace said", "ECDC expert Pieter
  Vandersloot-Ek said", "NHS England urgent care director Dr. Gwendolyn Ashdown-Pike said",
  "Health Secretary Marcus Hollingdrake-Fay said", "Royal College of Emergency Medicine
  vice-president Dr. Sorcha Pennefather-Liu said", "CDC immunization official Dr. Beatriz
  Lindqvist-Omari said", "ASHP chief pharmacy officer Dr. Vernon Oakridge-Sills said";
  four-hundred-and-eighth), "told reporters" naming the speaker ("WHO technical officer Dr.
  Nkechi Adebayo-Lund told reporters", "EMA shortages official Ilaria Castelnuovo-Berg told
  reporters"; two-hundred-and-fourth), "said Dr. Arlo Whitsett-Crane, the hospital's chief
  medical officer" the name (fifteenth, hundred-tenth), "Public Health Minister Catriona
  Dunbar-Lyle told MSPs" -> the name (hundred-eleventh: "told MPs" - the members of the
  Scottish Parliament as those of the Commons), "the ECDC said on Thursday"
  (hundred-eleventh) and "the CDC said on Tuesday" with the article and the weekday dropped,
  "The European Medicines Agency said on Monday it was ..." opening the row after the
  dateline -> "the European Medicines Agency" (the article lowered,
  two-hundred-and-seventy-sixth). Left unchecked (None): all negatives, also those with a
  named speaker; „wie“-clauses („wie das Paul-Ehrlich-Institut mitteilte“, „wie die
  Apothekerkammer mitteilte“, „wie das Bundesamt für Gesundheit mitteilte“, „wie das BAG am
  Mittwoch mitteilte“ - the two-hundred-and-twenty-fifth, two-hundred-and-seventy-third and
  four-hundred-and-eighth, the health rounds, left them so, and this batch follows them);
  „Laut AGES“, „laut BASG“ and „Laut Österreichischer Gesundheitskasse (ÖGK)“
  (two-hundred-and-twenty-fifth, two-hundred-and-seventy-third: „laut“ before a body left
  unchecked in these rounds); compounds („nach RKI-Angaben“ twice, „nach BfArM-Angaben“,
  „Nach LGL-Angaben“; three-hundred-and-sixty-second, four-hundred-and-twentieth);
  estimates, data and documents („Nach Einschätzung des Robert Koch-Instituts“, „Nach
  Schätzungen des Robert Koch-Instituts“, „Das RKI schätzt“, „Die AGES schätzte“,
  „beziffert“, „nach Daten der Techniker Krankenkasse“, „Nach einer Umfrage des Deutschen
  Apothekerverbands“, „gemäss BAG“, „gemäss einer Erhebung des BAG“, „gemäss der Plattform
  drugshortage.ch“ twice, „nach eigenen Angaben“, „Das geht aus ... hervor“, "according to
  state data", "according to the UK Health Security Agency", "according to the CDC",
  "according to CDC estimates", "according to NHS England figures", "UKHSA figures show",
  "Department of Health figures show", "NHS England figures show", "Public Health Scotland
  figures show", "CDC data show", "federal survey data show", "ECDC data showed", "the CDC
  has counted" twice, "the CDC estimates", "the agency estimates", "The agency estimated",
  "Interim estimates put"); verbs that are not of saying („meldete“ three times, „kündigte
  an“, „empfohlen“ and „hat ... empfohlen“, „hieß es“, „hiess es“, „erklärte“ after a
  description, "The FDA lists"); roles, plural groups and possessive descriptions („sagte
  die Landessanitätsdirektorin“ in a negative, "state health officials said", "Federal
  health officials said", "health officials have said", "Health officials say" in the
  present - three-hundred-and-fifty-sixth -, "the agencies said", "the agency said" twice,
  "the group said", "Britain's health security agency said", "The WHO's regional office for
  Europe said", "the pharmacists' group ASHP said"; hundred-eleventh,
  two-hundred-and-twenty-fifth, fortieth), two bodies ("UNICEF and the World Health
  Organization reported"; hundred-eleventh), bodies without an article ("NHS Lothian said",
  "UKHSA said"; four-hundred-and-eighth), and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_463 = [
    # --- Start of the vaccination season in Germany (dpa), October 6 ---
    (
        "de",
        "Berlin (dpa) - Das Robert Koch-Institut (RKI) hat zum Beginn der Impfsaison eine ernüchternde Bilanz des vergangenen Winters gezogen: Nur 37,8 Prozent der Menschen ab 60 Jahren ließen sich gegen Grippe impfen.",
        True,
        [("percent", 37.8, "%", None), ("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die Europäische Union strebt für diese Altersgruppe eine Impfquote von 75 Prozent an.",
        True,
        [("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "Beim Personal in Kliniken lag die Quote nach RKI-Angaben bei 41,2 Prozent, in Pflegeheimen bei 46,9 Prozent.",
        True,
        [("percent", 41.2, "%", None), ("percent", 46.9, "%", None)],
        None,
    ),
    (
        "de",
        "Gegen RSV waren in der vergangenen Saison erst 9,6 Prozent der über 75-Jährigen geimpft, sagte RKI-Epidemiologin Henrike Kaltenbrunn-Weis.",
        True,
        [("percent", 9.6, "%", None), ("duration", 75, "year", "over")],
        "Henrike Kaltenbrunn-Weis",
    ),
    (
        "de",
        "Die Ständige Impfkommission (Stiko) hat die Grippeimpfung für alle ab 60 Jahren, für chronisch Kranke jeden Alters und für Schwangere empfohlen.",
        True,
        [("duration", 60, "year", "at_least")],
        None,
    ),
    (
        "de",
        "„Jede Impfung, die nicht stattfindet, ist eine verpasste Chance“, sagte Kaltenbrunn-Weis.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das RKI rief Ältere und chronisch Kranke dazu auf, sich im Oktober oder November impfen zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die neue Saison sind bislang rund 14,5 Millionen Impfdosen freigegeben worden, wie das Paul-Ehrlich-Institut mitteilte.",
        True,
        [("count", 14500000, None, "about")],
        None,
    ),
    # --- England's winter vaccination programme (Reuters), October 8 ---
    (
        "en",
        "LONDON, Oct 8 (Reuters) - Britain's health security agency said on Wednesday that only 72.4% of people aged 65 and over in England had received a flu vaccine last winter, short of the 75% level the World Health Organization recommends.",
        True,
        [
            ("date", "--10-08", None, None),
            ("percent", 72.4, "%", None),
            ("duration", 65, "year", "at_least"),
            ("percent", 75, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Uptake among pregnant women slipped to 36.1%, the lowest since the programme was extended to them in 2010.",
        True,
        [("percent", 36.1, "%", None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Among children aged 2 and 3, it stood at 41.9%, down 2.7 percentage points on the previous season.",
        True,
        [
            ("duration", 2, "year", None),
            ("duration", 3, "year", None),
            ("percent", 41.9, "%", None),
            ("percent", 2.7, "pp", None),
        ],
        None,
    ),
    (
        "en",
        "UKHSA consultant epidemiologist Rhiannon Askew-Darby said flu had been linked to about 7,900 deaths in England last winter, most of them in people over 75.",
        True,
        [("count", 7900, None, "about"), ("duration", 75, "year", "over")],
        "Rhiannon Askew-Darby",
    ),
    (
        "en",
        '"Nobody should go into this winter unprotected," Askew-Darby said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The RSV programme for adults aged 75 to 79, now in its second year, has reached 68.3% of those eligible.",
        True,
        [
            ("duration", 75, "year", None),
            ("duration", 79, "year", None),
            ("ordinal", 2, None, None),
            ("percent", 68.3, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Health officials urged parents to book their children's nasal spray vaccine before the school half-term.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Some 23.4 million people in England are eligible for a free flu vaccine this winter, UKHSA figures show.",
        True,
        [("count", 23400000, None, "about")],
        None,
    ),
    # --- Austria's flu jab campaign (APA), October 14 ---
    (
        "de",
        "Wien (APA) - Das Gesundheitsministerium hat für die heurige Influenza-Saison 1,9 Millionen Impfdosen bestellt, rund 200.000 mehr als im Vorjahr.",
        True,
        [("count", 1900000, None, None), ("count", 200000, None, "about")],
        None,
    ),
    (
        "de",
        "In der vergangenen Saison waren nur 21,3 Prozent der Bevölkerung gegen Grippe geimpft, bei den über 65-Jährigen 38,6 Prozent.",
        True,
        [("percent", 21.3, "%", None), ("duration", 65, "year", "over"), ("percent", 38.6, "%", None)],
        None,
    ),
    (
        "de",
        "Die Impfung kostet Erwachsene einen Selbstbehalt von 7,50 Euro, für Kinder ist sie gratis.",
        True,
        [("money", 7.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "AGES-Epidemiologin Ingrid Pötzelsberger-Lang sagte, die Grippewelle habe in der Vorsaison neun Wochen gedauert und sei in der fünften Kalenderwoche am stärksten gewesen.",
        True,
        [("duration", 9, "week", None), ("ordinal", 5, None, None)],
        "Ingrid Pötzelsberger-Lang",
    ),
    (
        "de",
        "„Wer zu einer Risikogruppe gehört, sollte mit dem Stich nicht bis Dezember warten“, sagte Pötzelsberger-Lang.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 1.400 Apotheken bieten heuer die Impfung an, wie die Apothekerkammer mitteilte.",
        True,
        [("count", 1400, None, "about")],
        None,
    ),
    (
        "de",
        "Die Ärztekammer hält das Impfen in Apotheken für einen Irrweg.",
        False,
        [],
        None,
    ),
    # --- Measles in central Washington (AP), October 20 ---
    (
        "en",
        "YAKIMA, Wash. (AP) — A measles outbreak in central Washington has grown to 47 cases, most of them in unvaccinated children, state health officials said Monday.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "Nine of the patients have been hospitalized, including a 7-month-old girl.",
        True,
        [("count", 9, None, None), ("duration", 7, "month", None)],
        None,
    ),
    (
        "en",
        "Only 81.2% of kindergartners in Yakima County had both doses of the measles, mumps and rubella vaccine last school year, according to state data.",
        True,
        [("percent", 81.2, "%", None)],
        None,
    ),
    (
        "en",
        "Health officials say coverage of at least 95% is needed to keep the virus from spreading.",
        True,
        [("percent", 95, "%", "at_least")],
        None,
    ),
    (
        "en",
        "County health officer Dr. Soledad Varga-Pratt said about 1,200 people may have been exposed at a school, a church and two clinics.",
        True,
        [("count", 1200, None, "about"), ("count", 2, None, None)],
        "Soledad Varga-Pratt",
    ),
    (
        "en",
        '"This is a preventable disease, and we are watching it spread anyway," Varga-Pratt said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nationwide, the CDC has counted 1,386 measles cases this year, the highest tally since 1992.",
        True,
        [("count", 1386, None, None), ("year", 1992, None, None)],
        None,
    ),
    (
        "en",
        "Parents were urged to go through their children's vaccination records before the holidays.",
        False,
        [],
        None,
    ),
    # --- Swiss compulsory stocks released (Keystone-SDA), October 23 ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bund gibt wegen Lieferproblemen erneut Antibiotika aus den Pflichtlagern frei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Angaben des Bundesamts für wirtschaftliche Landesversorgung (BWL) 14 Wirkstoffe, darunter Amoxicillin für Kinder.",
        True,
        [("count", 14, None, None)],
        "das Bundesamt für wirtschaftliche Landesversorgung",
    ),
    (
        "de",
        "Die Pflichtlager decken bei Antibiotika den durchschnittlichen Bedarf von vier Monaten.",
        True,
        [("duration", 4, "month", None)],
        None,
    ),
    (
        "de",
        "Derzeit sind in der Schweiz gemäss der Plattform drugshortage.ch über 1000 Medikamente nicht oder nur eingeschränkt lieferbar.",
        True,
        [("count", 1000, None, "over")],
        None,
    ),
    (
        "de",
        "«Seit Jahresbeginn mussten wir 23 Mal auf die Pflichtlager zurückgreifen», sagte BWL-Sprecher Reto Gisler-Arnold.",
        True,
        [("count", 23, None, None)],
        "Reto Gisler-Arnold",
    ),
    (
        "de",
        "«Für die Patientinnen und Patienten besteht kein Grund zur Sorge», sagte Gisler-Arnold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Apotheken dürfen bei Engpässen künftig auch Teilmengen einer Packung abgeben, wie das Bundesamt für Gesundheit mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Apothekerverband Pharmasuisse mahnte, die Versorgung dürfe nicht länger vom Zufall abhängen.",
        False,
        [],
        None,
    ),
    # --- RSV in England (PA), November 3 ---
    (
        "en",
        "LONDON (PA) - Hospital admissions of babies with RSV in England have risen for a fourth week in a row, according to the UK Health Security Agency.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The admission rate for infants under six months reached 112.6 per 100,000, up from 84.3 the week before.",
        True,
        [
            ("duration", 6, "month", "under"),
            ("count", 112.6, None, None),
            ("count", 100000, None, None),
            ("count", 84.3, None, None),
        ],
        None,
    ),
    (
        "en",
        "About 58 per cent of women who gave birth in September had received the RSV vaccine during pregnancy, the agency said.",
        True,
        [("percent", 58, "%", "about")],
        None,
    ),
    (
        "en",
        "Among laboratory samples tested for the virus, 12.4 per cent came back positive.",
        True,
        [("percent", 12.4, "%", None)],
        None,
    ),
    (
        "en",
        "Royal College of Paediatrics and Child Health vice-president Dr. Owain Treloar-Mace said 14 children's units in England had transferred infants to other hospitals over the past week.",
        True,
        [("count", 14, None, None)],
        "Owain Treloar-Mace",
    ),
    (
        "en",
        '"If a baby is struggling to breathe or feeding poorly, parents should seek help straight away," Treloar-Mace said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Department of Health figures show 1.1 million older adults have been offered the RSV jab since the programme began.",
        True,
        [("count", 1100000, None, None)],
        None,
    ),
    (
        "en",
        "It is too early to say whether this season's peak will top last year's, officials said.",
        False,
        [],
        None,
    ),
    # --- Germany's shortage list (dpa), November 10 ---
    (
        "de",
        "Bonn (dpa) - Die Zahl der gemeldeten Lieferengpässe bei Arzneimitteln ist auf 538 gestiegen, gut 60 mehr als zu Herbstbeginn.",
        True,
        [("count", 538, None, None), ("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "Besonders betroffen sind Antibiotika-Säfte für Kinder, Salbutamol-Sprays und einige Krebsmedikamente.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für amoxicillinhaltige Säfte reichen die Vorräte des Großhandels nach BfArM-Angaben nur noch für etwa drei Wochen.",
        True,
        [("duration", 3, "week", "about")],
        None,
    ),
    (
        "de",
        "Seit Inkrafttreten des Lieferengpass-Gesetzes 2023 müssen Hersteller für rabattierte Arzneimittel Vorräte für sechs Monate halten.",
        True,
        [("year", 2023, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "BfArM-Sprecherin Katja Wollenhaupt-Dietz sagte, bei 112 der gemeldeten Engpässe gebe es keine gleichwertige Alternative.",
        True,
        [("count", 112, None, None)],
        "Katja Wollenhaupt-Dietz",
    ),
    (
        "de",
        "„Ein Engpass bedeutet nicht automatisch einen Versorgungsmangel“, betonte Wollenhaupt-Dietz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Umfrage des Deutschen Apothekerverbands verbringt ein Apothekenteam im Schnitt sieben Stunden pro Woche damit, Ersatz für fehlende Präparate zu beschaffen.",
        True,
        [("duration", 7, "hour", None)],
        None,
    ),
    (
        "de",
        "Viele Apothekerinnen und Apotheker fürchten einen schwierigen Winter.",
        False,
        [],
        None,
    ),
    # --- Global measles report (Reuters), November 13 ---
    (
        "en",
        "GENEVA, Nov 13 (Reuters) - Measles cases worldwide rose by 18% last year to an estimated 11.2 million, UNICEF and the World Health Organization reported on Thursday.",
        True,
        [("date", "--11-13", None, None), ("percent", 18, "%", None), ("count", 11200000, None, "about")],
        None,
    ),
    (
        "en",
        "An estimated 112,000 people died of the disease, most of them children under five.",
        True,
        [("count", 112000, None, "about"), ("duration", 5, "year", "under")],
        None,
    ),
    (
        "en",
        "Coverage with the first dose of measles vaccine stood at 83%, and with the second dose at 74%, far below the 95% needed to prevent outbreaks.",
        True,
        [
            ("ordinal", 1, None, None),
            ("percent", 83, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 74, "%", None),
            ("percent", 95, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Some 21.4 million children missed their first dose, the agencies said.",
        True,
        [("count", 21400000, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "WHO technical officer Dr. Nkechi Adebayo-Lund told reporters that 57 countries had reported large or disruptive outbreaks, up from 41 a year earlier.",
        True,
        [("count", 57, None, None), ("count", 41, None, None)],
        "Nkechi Adebayo-Lund",
    ),
    (
        "en",
        '"None of these children had to die," Adebayo-Lund said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The agencies called on governments to protect their immunisation budgets.",
        False,
        [],
        None,
    ),
    # --- RSV in Bavaria's children's hospitals (dpa/lby), November 19 ---
    (
        "de",
        "München (dpa/lby) - In Bayern liegen so viele Kleinkinder mit RSV im Krankenhaus wie seit drei Jahren nicht.",
        True,
        [("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "In der 46. Kalenderwoche meldete das Landesamt für Gesundheit und Lebensmittelsicherheit (LGL) 2.184 laborbestätigte RSV-Fälle, 31 Prozent mehr als in der Vorwoche.",
        True,
        [("ordinal", 46, None, None), ("count", 2184, None, None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Fast die Hälfte der Fälle betraf Kinder unter zwei Jahren.",
        True,
        [("fraction", 0.5, None, "nearly"), ("duration", 2, "year", "under")],
        None,
    ),
    (
        "de",
        "Die Sieben-Tage-Inzidenz lag bayernweit bei 16,6 RSV-Fällen je 100.000 Einwohner.",
        True,
        [("duration", 7, "day", None), ("count", 16.6, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Nach LGL-Angaben haben in der vergangenen Saison rund 68 Prozent der Neugeborenen den Antikörper Nirsevimab erhalten.",
        True,
        [("percent", 68, "%", "about")],
        None,
    ),
    (
        "de",
        "Oberärztin Theresa Brunnhuber-Lenz von der Kinderklinik in Landshut sagte, auf ihrer Station lägen derzeit 19 Säuglinge, elf davon mit Sauerstoffbedarf.",
        True,
        [("count", 19, None, None), ("count", 11, None, None)],
        "Theresa Brunnhuber-Lenz",
    ),
    (
        "de",
        "„Wir arbeiten seit Wochen am Anschlag“, sagte Brunnhuber-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Einzelne Kinder mussten nach Österreich verlegt werden, hieß es aus Klinikkreisen.",
        True,
        [],
        None,
    ),
    # --- Measles in the EU and EEA (Reuters), November 20 ---
    (
        "en",
        "STOCKHOLM, Nov 20 (Reuters) - Thirty EU and EEA countries reported 9,412 measles cases in the 12 months to the end of September, the ECDC said on Thursday.",
        True,
        [
            ("date", "--11-20", None, None),
            ("count", 30, None, None),
            ("count", 9412, None, None),
            ("duration", 12, "month", None),
        ],
        "the ECDC",
    ),
    (
        "en",
        "Romania accounted for 3,870 of the cases, followed by France with 1,104 and Italy with 862.",
        True,
        [("count", 3870, None, None), ("count", 1104, None, None), ("count", 862, None, None)],
        None,
    ),
    (
        "en",
        "Of the cases with a known vaccination status, 87% had not been vaccinated.",
        True,
        [("percent", 87, "%", None)],
        None,
    ),
    (
        "en",
        "Eleven deaths were reported, seven of them in Romania.",
        True,
        [("count", 11, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Children under five had the highest notification rate, at 48.2 cases per million population.",
        True,
        [("duration", 5, "year", "under"), ("count", 48.2, None, None), ("count", 1000000, None, None)],
        None,
    ),
    (
        "en",
        "ECDC expert Pieter Vandersloot-Ek said the total was about a quarter of the peak recorded in 2024.",
        True,
        [("fraction", 0.25, None, "about"), ("year", 2024, None, None)],
        "Pieter Vandersloot-Ek",
    ),
    (
        "en",
        "The agency said it expected measles to keep circulating in Europe for as long as immunity gaps persisted.",
        False,
        [],
        None,
    ),
    # --- Measles in Lower Austria (APA), November 26 ---
    (
        "de",
        "St. Pölten (APA) - Ein Masernausbruch im Bezirk Amstetten ist auf 23 Fälle angewachsen, teilte die AGES am Mittwoch mit.",
        True,
        [("count", 23, None, None)],
        "die AGES",
    ),
    (
        "de",
        "Es ist heuer bereits der vierte Masernausbruch in Niederösterreich.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Sieben der Erkrankten mussten im Spital behandelt werden, darunter ein elf Monate alter Säugling.",
        True,
        [("count", 7, None, None), ("duration", 11, "month", None)],
        None,
    ),
    (
        "de",
        "Die Durchimpfungsrate mit zwei Dosen liegt bei den Zweijährigen in Niederösterreich bei 84 Prozent.",
        True,
        [("count", 2, None, None), ("duration", 2, "year", None), ("percent", 84, "%", None)],
        None,
    ),
    (
        "de",
        "Ungeimpfte Kontaktpersonen dürfen 21 Tage lang weder Schule noch Kindergarten besuchen.",
        True,
        [("duration", 21, "day", None)],
        None,
    ),
    (
        "de",
        "„Die Impflücken von heute sind die Ausbrüche von morgen“, sagte die Landessanitätsdirektorin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Woher das Virus eingeschleppt wurde, ist noch unklar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Laut AGES wurden in Österreich seit Jahresbeginn 412 Masernfälle gemeldet, so viele wie seit 2019 nicht.",
        True,
        [("count", 412, None, None), ("year", 2019, None, None)],
        None,
    ),
    # --- The U.S. flu season starts early (AP), December 1 ---
    (
        "en",
        "ATLANTA (AP) — Flu is spreading earlier than usual in the U.S., with 18 states reporting high or very high activity in the week ending Nov. 22, CDC data show.",
        True,
        [("count", 18, None, None), ("date", "--11-22", None, None)],
        None,
    ),
    (
        "en",
        "About 4.1% of outpatient visits were for flu-like illness, above the national baseline of 3%.",
        True,
        [("percent", 4.1, "%", "about"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Of the flu samples tested by public health labs, 71% were of the H3N2 subtype.",
        True,
        [("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "So far this season, flu has caused at least 1.3 million illnesses, 14,000 hospitalizations and 560 deaths, the CDC estimates.",
        True,
        [("count", 1300000, None, "at_least"), ("count", 14000, None, None), ("count", 560, None, None)],
        None,
    ),
    (
        "en",
        "Only 43.8% of adults had gotten a flu shot by mid-November, down from 46.1% at the same point last year, federal survey data show.",
        True,
        [("percent", 43.8, "%", None), ("percent", 46.1, "%", None)],
        None,
    ),
    (
        "en",
        "Among children, coverage was 44.5%.",
        True,
        [("percent", 44.5, "%", None)],
        None,
    ),
    (
        "en",
        '"Get the shot now, before you travel for the holidays," said CDC official Dr. Lamar Petrakis-Hume.',
        False,
        [],
        None,
    ),
    # --- The flu wave begins in Germany (dpa), December 4 ---
    (
        "de",
        "Berlin (dpa) - In Deutschland hat die Grippewelle begonnen: Nach Einschätzung des Robert Koch-Instituts (RKI) setzte sie in der 48. Kalenderwoche ein.",
        True,
        [("ordinal", 48, None, None)],
        None,
    ),
    (
        "de",
        "Damit beginnt die Welle rund zwei Wochen früher als in den vergangenen Jahren.",
        True,
        [("duration", 2, "week", "about")],
        None,
    ),
    (
        "de",
        "In den Stichproben der Sentinel-Praxen wurden in 27 Prozent der Fälle Influenzaviren nachgewiesen.",
        True,
        [("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Die Rate akuter Atemwegserkrankungen lag nach RKI-Angaben bei rund 6.800 je 100.000 Einwohner.",
        True,
        [("count", 6800, None, "about"), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Dem RKI wurden in der Woche 9.370 laborbestätigte Influenzafälle übermittelt, darunter 14 Todesfälle.",
        True,
        [("count", 9370, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "RKI-Abteilungsleiter Jonas Ettlinger-Maas sagte, derzeit dominiere der Subtyp A(H3N2), gegen den der Impfstoff nach ersten Daten nur mäßig schütze.",
        True,
        [],
        "Jonas Ettlinger-Maas",
    ),
    (
        "de",
        "Eine Impfung lohne sich auch jetzt noch, sagte Ettlinger-Maas.",
        False,
        [],
        None,
    ),
    # --- NHS winter pressures (PA), December 10 ---
    (
        "en",
        "LONDON (PA) - An average of 3,412 patients with flu were in hospital beds in England each day last week, more than three times the level seen twelve months earlier.",
        True,
        [("count", 3412, None, None), ("count", 3, None, "over"), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "Of those, 168 were in critical care, according to NHS England figures.",
        True,
        [("count", 168, None, None)],
        None,
    ),
    (
        "en",
        "Norovirus closed an average of 742 beds a day, up 21 per cent week on week.",
        True,
        [("count", 742, None, None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "en",
        "Ambulance handover delays of more than an hour affected one in seven arrivals at A&E.",
        True,
        [("fraction", 0.1429, None, None)],
        None,
    ),
    (
        "en",
        "NHS England urgent care director Dr. Gwendolyn Ashdown-Pike said hospitals were running at 95.8 per cent bed occupancy, above the 92 per cent level seen as safe.",
        True,
        [("percent", 95.8, "%", None), ("percent", 92, "%", None)],
        "Gwendolyn Ashdown-Pike",
    ),
    (
        "en",
        '"Staff are going above and beyond in incredibly difficult conditions," Ashdown-Pike said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The public was asked to keep A&E for genuine emergencies and to stay at home when ill.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Seven hospital trusts declared critical incidents over the weekend.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    # --- The Swiss flu threshold (Keystone-SDA), December 11 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Grippesaison hat in der Schweiz begonnen: Die Zahl der Verdachtsfälle liegt über der epidemischen Schwelle, wie das BAG am Mittwoch mitteilte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Über das Meldesystem Sentinella wurden in der vergangenen Woche 94 grippeähnliche Erkrankungen pro 100'000 Einwohnerinnen und Einwohner gemeldet.",
        True,
        [("count", 94, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Die epidemische Schwelle liegt in dieser Saison bei 68 Fällen.",
        True,
        [("count", 68, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen waren die 5- bis 14-Jährigen.",
        True,
        [("duration", 5, "year", None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "BAG-Epidemiologin Seraina Caduff-Lutz sagte, die Welle habe rund drei Wochen früher eingesetzt als im Mittel der letzten zehn Saisons.",
        True,
        [("duration", 3, "week", "about"), ("count", 10, None, None)],
        "Seraina Caduff-Lutz",
    ),
    (
        "de",
        "«Wer Fieber hat, bleibt am besten zu Hause», sagte Caduff-Lutz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grippeimpfung wird von der Eidgenössischen Kommission für Impffragen unter anderem allen Personen ab 65 Jahren empfohlen.",
        True,
        [("duration", 65, "year", "at_least")],
        None,
    ),
    (
        "de",
        "«Der Höhepunkt dürfte erst im Januar erreicht werden», hiess es beim BAG.",
        False,
        [],
        None,
    ),
    # --- Europe's critical medicines (Reuters), December 15 ---
    (
        "en",
        "AMSTERDAM, Dec 15 (Reuters) - The European Medicines Agency said on Monday it was monitoring shortages of 17 medicines on its list of critical medicines, including two antibiotics widely used in children.",
        True,
        [("date", "--12-15", None, None), ("count", 17, None, None), ("count", 2, None, None)],
        "the European Medicines Agency",
    ),
    (
        "en",
        "The list, drawn up in 2023, now covers 286 active substances.",
        True,
        [("year", 2023, None, None), ("count", 286, None, None)],
        None,
    ),
    (
        "en",
        "EMA shortages official Ilaria Castelnuovo-Berg told reporters that wholesalers in some member states held less than two weeks of supply of amoxicillin oral suspension.",
        True,
        [("duration", 2, "week", "under")],
        "Ilaria Castelnuovo-Berg",
    ),
    (
        "en",
        "About one in four pharmacies in a survey by the Pharmaceutical Group of the European Union said they spent more than 10 hours a week dealing with shortages.",
        True,
        [("fraction", 0.25, None, "about"), ("duration", 10, "hour", "over")],
        None,
    ),
    (
        "en",
        "Castelnuovo-Berg said there was no reason for patients to stockpile medicines at home.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The European Commission has proposed requiring makers of critical medicines to keep at least six months of stock.",
        True,
        [("duration", 6, "month", "at_least")],
        None,
    ),
    (
        "en",
        "Industry groups warned that stricter stockpiling rules could make shortages worse rather than better.",
        False,
        [],
        None,
    ),
    # --- Austria's register of supply restrictions (APA), December 17 ---
    (
        "de",
        "Wien (APA) - Das Bundesamt für Sicherheit im Gesundheitswesen (BASG) führt in seinem Register der Vertriebseinschränkungen derzeit 694 Arzneimittel.",
        True,
        [("count", 694, None, None)],
        None,
    ),
    (
        "de",
        "Das sind um 12 Prozent mehr als vor einem Jahr.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    (
        "de",
        "Für 97 davon gibt es laut BASG in Österreich derzeit kein wirkstoffgleiches Ersatzprodukt.",
        True,
        [("count", 97, None, None)],
        None,
    ),
    (
        "de",
        "Apothekerkammer-Vizepräsidentin Gudrun Lechthaler-Moser sagte, jede dritte Apotheke müsse inzwischen täglich Arzneien selbst herstellen, weil Fertigpräparate fehlten.",
        True,
        [("fraction", 0.3333, None, None)],
        "Gudrun Lechthaler-Moser",
    ),
    (
        "de",
        "„Die Lage ist angespannt, aber beherrschbar“, sagte Lechthaler-Moser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit April 2024 dürfen Apotheken bei fehlenden Präparaten wirkstoffgleiche Alternativen ohne ärztliche Rücksprache abgeben.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesundheitsministerium kündigte an, bis Ende März einen Vorrat an Antibiotika für vier Wochen anzulegen.",
        True,
        [("duration", 4, "week", None)],
        None,
    ),
    (
        "de",
        "Ob das ausreicht, bezweifeln Fachleute.",
        False,
        [],
        None,
    ),
    # --- U.S. children's flu deaths and RSV (AP), December 19 ---
    (
        "en",
        "WASHINGTON (AP) — Twelve children have died of flu in the U.S. so far this season, according to the CDC, as hospitals in several states reported pediatric wards near capacity.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Last season, 289 children died, the most since the 2009-10 pandemic season.",
        True,
        [("count", 289, None, None), ("year", 2009, None, None), ("year", 2010, None, None)],
        None,
    ),
    (
        "en",
        "Federal health officials said about 80% of the children who died had not been fully vaccinated although they were eligible.",
        True,
        [("percent", 80, "%", "about")],
        None,
    ),
    (
        "en",
        "RSV hospitalization rates for infants under 6 months were 18.3 per 100,000 in the week ending Dec. 13.",
        True,
        [
            ("duration", 6, "month", "under"),
            ("count", 18.3, None, None),
            ("count", 100000, None, None),
            ("date", "--12-13", None, None),
        ],
        None,
    ),
    (
        "en",
        "At Children's Mercy in Kansas City, Missouri, 96% of pediatric beds were full on Thursday, said Dr. Arlo Whitsett-Crane, the hospital's chief medical officer.",
        True,
        [("percent", 96, "%", None)],
        "Arlo Whitsett-Crane",
    ),
    (
        "en",
        '"We are seeing kids who are really, really sick," Whitsett-Crane said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Doctors urged families to keep sick children away from holiday gatherings.",
        False,
        [],
        None,
    ),
    # --- The flu wave peaks in Germany (dpa), January 7 ---
    (
        "de",
        "Berlin (dpa) - Die Grippewelle hat in der ersten Januarwoche einen neuen Höchststand erreicht: Dem RKI wurden 41.280 laborbestätigte Influenzafälle gemeldet.",
        True,
        [("ordinal", 1, None, None), ("count", 41280, None, None)],
        None,
    ),
    (
        "de",
        "Das ist fast das Doppelte des Werts aus der Woche vor Weihnachten.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Nach Schätzungen des Robert Koch-Instituts suchten in der Woche rund 1,6 Millionen Menschen wegen Grippe eine Arztpraxis auf.",
        True,
        [("count", 1600000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl der Krankenhauseinweisungen wegen schwerer Atemwegsinfektionen lag bei 14,2 je 100.000 Einwohner.",
        True,
        [("count", 14.2, None, None), ("count", 100000, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Divi lagen zuletzt 1.126 Grippepatientinnen und -patienten auf Intensivstationen.",
        True,
        [("count", 1126, None, None)],
        "die Divi",
    ),
    (
        "de",
        "Der Krankenstand erreichte nach Daten der Techniker Krankenkasse mit 6,9 Prozent einen Rekordwert für einen Januar.",
        True,
        [("percent", 6.9, "%", None)],
        None,
    ),
    (
        "de",
        "Der Hausärzteverband sprach von einer „Ausnahmesituation in den Praxen“.",
        False,
        [],
        None,
    ),
    # --- Record flu in English hospitals (PA), January 8 ---
    (
        "en",
        "LONDON (PA) - A record 5,926 patients with flu were in hospital in England on average each day last week, NHS England figures show.",
        True,
        [("count", 5926, None, None)],
        None,
    ),
    (
        "en",
        "The total was up 28 per cent on the previous week and was the highest since this data series began in 2017.",
        True,
        [("percent", 28, "%", None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "Some 412 of them were in critical care beds.",
        True,
        [("count", 412, None, "about")],
        None,
    ),
    (
        "en",
        "Hospitals were also caring for an average of 1,087 patients with RSV and 934 with Covid-19.",
        True,
        [("count", 1087, None, None), ("count", 934, None, None)],
        None,
    ),
    (
        "en",
        "Health Secretary Marcus Hollingdrake-Fay said 1,200 extra beds had been opened since November.",
        True,
        [("count", 1200, None, None)],
        "Marcus Hollingdrake-Fay",
    ),
    (
        "en",
        '"The NHS is under huge pressure, but it is coping," Hollingdrake-Fay said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Royal College of Emergency Medicine vice-president Dr. Sorcha Pennefather-Liu said 61,400 people had been stuck in emergency departments for more than 12 hours during December.",
        True,
        [("count", 61400, None, None), ("duration", 12, "hour", "over")],
        "Sorcha Pennefather-Liu",
    ),
    (
        "en",
        'The Liberal Democrats described the numbers as "a scandal that shames the country".',
        False,
        [],
        None,
    ),
    # --- Measles at a Krefeld school (dpa/lnw), January 14 ---
    (
        "de",
        "Krefeld (dpa/lnw) - Nach einem Masernausbruch an einer Gesamtschule in Krefeld dürfen 86 ungeimpfte Schülerinnen und Schüler vorerst nicht am Unterricht teilnehmen.",
        True,
        [("count", 86, None, None)],
        None,
    ),
    (
        "de",
        "Bislang seien 14 Masernfälle bestätigt, zwölf davon bei Kindern zwischen zehn und 15 Jahren, teilte die Stadt mit.",
        True,
        [
            ("count", 14, None, None),
            ("count", 12, None, None),
            ("duration", 10, "year", None),
            ("duration", 15, "year", None),
        ],
        "die Stadt",
    ),
    (
        "de",
        "Der Ausschluss gilt für 21 Tage nach dem letzten Kontakt mit einer erkrankten Person.",
        True,
        [("duration", 21, "day", None)],
        None,
    ),
    (
        "de",
        "Amtsärztin Sabine Overkamp-Reuter sagte, an der Schule hätten nur 71 Prozent der Kinder den vollständigen Impfschutz mit zwei Dosen.",
        True,
        [("percent", 71, "%", None), ("count", 2, None, None)],
        "Sabine Overkamp-Reuter",
    ),
    (
        "de",
        "Overkamp-Reuter rief alle Eltern auf, den Impfpass ihrer Kinder zu prüfen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Kinder in Schulen und Kitas ist die Masernimpfung in Deutschland seit März 2020 Pflicht.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "de",
        "Im benachbarten Kreis Viersen wurden zwei weitere Fälle gemeldet, die mit dem Ausbruch in Verbindung stehen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Einige Eltern kritisierten den Unterrichtsausschluss als unverhältnismäßig.",
        False,
        [],
        None,
    ),
    # --- The U.S. measles count (Reuters), January 20 ---
    (
        "en",
        "WASHINGTON, Jan 20 (Reuters) - The United States recorded 2,214 measles cases last year, the highest annual total since 1992, the CDC said on Tuesday.",
        True,
        [("date", "--01-20", None, None), ("count", 2214, None, None), ("year", 1992, None, None)],
        "the CDC",
    ),
    (
        "en",
        "Three people died, including two children.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Nearly 92% of those infected were unvaccinated, or their vaccination history could not be established.",
        True,
        [("percent", 92, "%", "nearly")],
        None,
    ),
    (
        "en",
        "The country would lose its measles elimination status if a single chain of transmission continued for 12 months, health officials have said.",
        True,
        [("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "CDC immunization official Dr. Beatriz Lindqvist-Omari said vaccination coverage among kindergartners had fallen to 91.6%, with exemptions at a record 4.7%.",
        True,
        [("percent", 91.6, "%", None), ("percent", 4.7, "%", None)],
        "Beatriz Lindqvist-Omari",
    ),
    (
        "en",
        '"Measles does not care about politics," Lindqvist-Omari said.',
        False,
        [],
        None,
    ),
    # --- The Swiss flu wave flattens (Keystone-SDA), January 21 ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Grippewelle in der Schweiz ist in der dritten Januarwoche leicht abgeflacht: Das Sentinella-Netz meldete 312 Verdachtsfälle pro 100'000 Einwohnerinnen und Einwohner, nach 338 in der Vorwoche.",
        True,
        [
            ("ordinal", 3, None, None),
            ("count", 312, None, None),
            ("count", 100000, None, None),
            ("count", 338, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das ist mehr als das Vierfache der epidemischen Schwelle.",
        True,
        [("count", 4, None, "over")],
        None,
    ),
    (
        "de",
        "In den Spitälern lagen gemäss BAG in der Woche 1214 Personen mit einer laborbestätigten Influenza.",
        True,
        [("count", 1214, None, None)],
        None,
    ),
    (
        "de",
        "Das Universitätsspital Zürich verschob nach eigenen Angaben rund 140 planbare Operationen.",
        True,
        [("count", 140, None, "about")],
        None,
    ),
    (
        "de",
        "Von den über 65-Jährigen sind gemäss einer Erhebung des BAG 38 Prozent gegen Grippe geimpft.",
        True,
        [("duration", 65, "year", "over"), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "«Wir sind am Limit, aber wir schaffen das», sagte eine Pflegefachfrau des Kantonsspitals Aarau.",
        False,
        [],
        None,
    ),
    (
        "de",
        "«Ob im Frühjahr noch Influenza B nachkommt, lässt sich nicht vorhersagen», sagte Caduff-Lutz.",
        False,
        [],
        None,
    ),
    # --- Flu in Scotland (PA), January 27 ---
    (
        "en",
        "EDINBURGH (PA) - Flu admissions to Scottish hospitals fell for a second week, Public Health Scotland figures show, with 1,142 people admitted in the week to January 25.",
        True,
        [("ordinal", 2, None, None), ("count", 1142, None, None), ("date", "--01-25", None, None)],
        None,
    ),
    (
        "en",
        "That was down from 1,389 the week before.",
        True,
        [("count", 1389, None, None)],
        None,
    ),
    (
        "en",
        "In Scotland, 74.8 per cent of over-65s had taken up the offer of a flu jab, just short of the 75 per cent target.",
        True,
        [("percent", 74.8, "%", None), ("duration", 65, "year", "over"), ("percent", 75, "%", None)],
        None,
    ),
    (
        "en",
        "Among health and social care staff, it was 34.2 per cent.",
        True,
        [("percent", 34.2, "%", None)],
        None,
    ),
    (
        "en",
        "Public Health Minister Catriona Dunbar-Lyle told MSPs that 2.1 million vaccinations had been given this winter.",
        True,
        [("count", 2100000, None, None)],
        "Catriona Dunbar-Lyle",
    ),
    (
        "en",
        '"It would be wrong to say the worst is behind us," Dunbar-Lyle said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Scottish Conservatives accused ministers of complacency over staff vaccination.",
        False,
        [],
        None,
    ),
    (
        "en",
        "NHS Lothian said its four acute hospitals had run above 100 per cent occupancy for most of January.",
        True,
        [("count", 4, None, None), ("percent", 100, "%", "over")],
        None,
    ),
    # --- Austria's flu season and sick leave (APA), February 3 ---
    (
        "de",
        "Wien (APA) - Die Grippewelle hat in Österreich im Jänner so viele Krankenstände verursacht wie seit fünf Jahren nicht mehr.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Laut Österreichischer Gesundheitskasse (ÖGK) waren in der letzten Jännerwoche rund 214.000 Versicherte wegen grippaler Infekte oder Influenza krankgeschrieben.",
        True,
        [("count", 214000, None, "about")],
        None,
    ),
    (
        "de",
        "Die AGES schätzte die Zahl der Neuerkrankungen in der vierten Kalenderwoche auf rund 96.000.",
        True,
        [("ordinal", 4, None, None), ("count", 96000, None, "about")],
        None,
    ),
    (
        "de",
        "Im St. Anna Kinderspital wurden binnen einer Woche 58 Kinder mit Influenza stationär aufgenommen.",
        True,
        [("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "AGES-Experte Markus Tschernutter-Pfeil sagte, die Welle werde voraussichtlich bis Ende Februar andauern und insgesamt zehn bis zwölf Wochen dauern.",
        True,
        [("duration", 10, "week", None), ("duration", 12, "week", None)],
        "Markus Tschernutter-Pfeil",
    ),
    (
        "de",
        "„Die Welle ist noch nicht vorbei“, warnte Tschernutter-Pfeil.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Gegen Influenza geimpft wurden heuer bisher rund 1,38 Millionen Menschen, meldete das Gesundheitsministerium.",
        True,
        [("count", 1380000, None, "about")],
        None,
    ),
    # --- Europe's flu season (Reuters), February 9 ---
    (
        "en",
        "STOCKHOLM, Feb 9 (Reuters) - Influenza activity in Europe appears to have peaked, with the share of positive samples from sentinel doctors falling to 41% from a high of 52% in mid-January, ECDC data showed.",
        True,
        [("date", "--02-09", None, None), ("percent", 41, "%", None), ("percent", 52, "%", None)],
        None,
    ),
    (
        "en",
        "Twenty-one of 27 reporting countries still recorded high or very high intensity.",
        True,
        [("count", 21, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "About 60% of the viruses characterised this season belonged to a subclade of A(H3N2) that was a poor match for the vaccine strain.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "The WHO's regional office for Europe said hospitals in at least 14 countries had reported strain on emergency departments.",
        True,
        [("count", 14, None, "at_least")],
        None,
    ),
    (
        "en",
        "Interim estimates put vaccine effectiveness against hospitalisation among adults aged 65 and over at 39%.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 39, "%", None)],
        None,
    ),
    (
        "en",
        "ECDC said it was too early to declare the season over and advised countries to keep vaccinating.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Experts said they believed the mismatch partly explained the severity of the season.",
        False,
        [],
        None,
    ),
    # --- Drug shortages: Berlin's draft law (dpa), February 12 ---
    (
        "de",
        "Berlin (dpa) - Das Bundesgesundheitsministerium will die Vorratspflicht für Antibiotika von sechs auf neun Monate ausweiten.",
        True,
        [("duration", 6, "month", None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einem Referentenentwurf hervor, der der Deutschen Presse-Agentur vorliegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf der Liste der versorgungskritischen Wirkstoffe stehen inzwischen 412 Substanzen, 35 mehr als im Vorjahr.",
        True,
        [("count", 412, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Beim BfArM waren Mitte Februar noch 487 Lieferengpässe gemeldet, rund zehn Prozent weniger als im Dezember.",
        True,
        [("count", 487, None, None), ("percent", 10, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Branchenverband Pro Generika erklärte, bei Antibiotika stamme inzwischen mehr als 80 Prozent der Wirkstoffproduktion aus Asien.",
        True,
        [("percent", 80, "%", "over")],
        None,
    ),
    (
        "de",
        "Pro-Generika-Geschäftsführerin Annelie Baumgart-Sorge sagte, eine Packung Amoxicillin-Saft bringe den Herstellern weniger als 1,50 Euro ein.",
        True,
        [("money", 1.5, "EUR", "under")],
        "Annelie Baumgart-Sorge",
    ),
    (
        "de",
        "Baumgart-Sorge nannte die Pläne „Symbolpolitik, die keine einzige Tablette mehr ins Regal bringt“.",
        False,
        [],
        None,
    ),
    # --- The U.S. flu season's toll (AP), February 18 ---
    (
        "en",
        "ATLANTA (AP) — This winter's flu season has been the most severe in more than a decade, with an estimated 38 million illnesses and 490,000 hospitalizations so far, according to CDC estimates.",
        True,
        [("count", 38000000, None, "about"), ("count", 490000, None, None)],
        None,
    ),
    (
        "en",
        "At least 27,000 people have died of flu since October, the agency estimates.",
        True,
        [("count", 27000, None, "at_least")],
        None,
    ),
    (
        "en",
        "The CDC has counted 176 pediatric flu deaths this season, and about 90% of those children had not been fully vaccinated.",
        True,
        [("count", 176, None, None), ("percent", 90, "%", "about")],
        None,
    ),
    (
        "en",
        "At 127.4 per 100,000 people, the cumulative hospitalization rate is the highest recorded since the 2010-11 season.",
        True,
        [
            ("count", 127.4, None, None),
            ("count", 100000, None, None),
            ("year", 2010, None, None),
            ("year", 2011, None, None),
        ],
        None,
    ),
    (
        "en",
        "Adults 65 and older accounted for about 56% of hospitalizations.",
        True,
        [("duration", 65, "year", "at_least"), ("percent", 56, "%", "about")],
        None,
    ),
    (
        "en",
        "Flu shot coverage among adults 65 and older was 68.1%, down from 70.4% in the 2028-29 season.",
        True,
        [
            ("duration", 65, "year", "at_least"),
            ("percent", 68.1, "%", None),
            ("percent", 70.4, "%", None),
            ("year", 2028, None, None),
            ("year", 2029, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Flu is not done with us yet," Petrakis-Hume said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Public health experts said they believed falling trust in vaccines had played a part.",
        False,
        [],
        None,
    ),
    # --- The flu wave ends in Germany (dpa), March 4 ---
    (
        "de",
        "Berlin (dpa) - Die Grippewelle in Deutschland ist nach 13 Wochen zu Ende gegangen, teilte das RKI am Mittwoch mit.",
        True,
        [("duration", 13, "week", None)],
        "das RKI",
    ),
    (
        "de",
        "Im Mittel der zehn Saisons davor hatte eine Welle 14 Wochen gedauert.",
        True,
        [("count", 10, None, None), ("duration", 14, "week", None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden in dieser Saison 312.460 laborbestätigte Influenzafälle übermittelt, darunter 2.870 Todesfälle.",
        True,
        [("count", 312460, None, None), ("count", 2870, None, None)],
        None,
    ),
    (
        "de",
        "Rund drei Viertel der Verstorbenen waren 80 Jahre oder älter.",
        True,
        [("fraction", 0.75, None, "about"), ("duration", 80, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Das RKI schätzt die Zahl der grippebedingten Arztbesuche auf 7,4 Millionen.",
        True,
        [("count", 7400000, None, None)],
        None,
    ),
    (
        "de",
        "RKI-Abteilungsleiter Jonas Ettlinger-Maas sagte, der Impfstoff habe ältere Menschen zu etwa 35 Prozent vor einem Klinikaufenthalt geschützt.",
        True,
        [("percent", 35, "%", "about")],
        "Jonas Ettlinger-Maas",
    ),
    (
        "de",
        "„Die Saison war lang und für die Kliniken hart“, sagte Ettlinger-Maas.",
        False,
        [],
        None,
    ),
    # --- England's end-of-season flu figures (PA), March 11 ---
    (
        "en",
        "LONDON (PA) - Flu vaccine uptake among over-65s in England ended the winter at 73.9 per cent, UKHSA said in its end-of-season figures.",
        True,
        [("duration", 65, "year", "over"), ("percent", 73.9, "%", None)],
        None,
    ),
    (
        "en",
        "Among under-65s in clinical risk groups it was 39.7 per cent, and among frontline healthcare workers 36.4 per cent.",
        True,
        [("duration", 65, "year", "under"), ("percent", 39.7, "%", None), ("percent", 36.4, "%", None)],
        None,
    ),
    (
        "en",
        "About half of two- and three-year-olds received the nasal spray vaccine.",
        True,
        [("fraction", 0.5, None, "about"), ("duration", 2, "year", None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The agency estimated that flu caused about 11,300 deaths in England this winter, the most since 2017-18.",
        True,
        [("count", 11300, None, "about"), ("year", 2017, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "UKHSA consultant epidemiologist Rhiannon Askew-Darby said positivity had peaked at 31.5 per cent in the last week of December.",
        True,
        [("percent", 31.5, "%", None)],
        "Rhiannon Askew-Darby",
    ),
    (
        "en",
        '"This was a tough season, and it showed why vaccination matters," Askew-Darby said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The RSV programme prevented an estimated 2,900 hospital admissions among older adults, the agency said.",
        True,
        [("count", 2900, None, "about")],
        None,
    ),
    (
        "en",
        "Officials would not say whether eligibility for the RSV jab would be widened next winter.",
        False,
        [],
        None,
    ),
    # --- Swiss compulsory stocks to grow (Keystone-SDA), March 18 ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will die Pflichtlager für Antibiotika von vier auf fünf Monate aufstocken.",
        True,
        [("duration", 4, "month", None), ("duration", 5, "month", None)],
        None,
    ),
    (
        "de",
        "Die Kosten dafür beziffert das Bundesamt für wirtschaftliche Landesversorgung auf rund 18 Millionen Franken pro Jahr.",
        True,
        [("money", 18000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Für die Aufstockung müssten die Lagerhalter zusätzliche 1,2 Millionen Packungen einlagern.",
        True,
        [("count", 1200000, None, None)],
        None,
    ),
    (
        "de",
        "In diesem Winter mussten die Behörden 31 Mal Pflichtlagerware freigeben, so oft wie noch nie.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss der Plattform drugshortage.ch waren Mitte März noch 912 Medikamente nicht oder nur eingeschränkt erhältlich.",
        True,
        [("count", 912, None, None)],
        None,
    ),
    (
        "de",
        "Gisler-Arnold sagte, bei rund einem Fünftel der Engpässe habe es kein Ersatzprodukt gegeben.",
        True,
        [("fraction", 0.2, None, "about")],
        "Gisler-Arnold",
    ),
    (
        "de",
        "«Versorgungssicherheit hat ihren Preis», sagte Gisler-Arnold.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Pharmaindustrie hält grössere Lager für den falschen Weg.",
        False,
        [],
        None,
    ),
    # --- U.S. drug shortages (Reuters), March 24 ---
    (
        "en",
        "NEW YORK, March 24 (Reuters) - U.S. hospitals and pharmacies were coping with 278 active drug shortages when the first quarter closed, the pharmacists' group ASHP said on Tuesday.",
        True,
        [("date", "--03-24", None, None), ("count", 278, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "That is up from 251 at the end of last year but below the record 323 set in early 2024.",
        True,
        [("count", 251, None, None), ("count", 323, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Sterile injectables, including several chemotherapy drugs, made up about 40% of the list.",
        True,
        [("percent", 40, "%", "about")],
        None,
    ),
    (
        "en",
        "A shortage of amoxicillin for children that began in November has largely eased, the group said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "ASHP chief pharmacy officer Dr. Vernon Oakridge-Sills said the typical shortage now lasted more than two years.",
        True,
        [("duration", 2, "year", "over")],
        "Vernon Oakridge-Sills",
    ),
    (
        "en",
        '"Patients should not have to wonder whether their medicine will be on the shelf," Oakridge-Sills said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It remains unclear whether new tariffs on imported generic drugs will ease the shortages or deepen them.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The FDA lists 112 drugs in shortage on its own database, which uses a narrower definition.",
        True,
        [("count", 112, None, None)],
        None,
    ),
]
