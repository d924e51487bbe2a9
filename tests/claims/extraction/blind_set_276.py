"""Two-hundred-and-seventy-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Dietlinde Harsewinkel, Ortwin Pfeilschifter, Bernward Tiefenthaler, Almut Gerstenkorn,
Lena Kowarik, Nadja Furrer-Imboden, Henrike Salewski, Lorenz Eichinger, Friedhelm Kuschnik,
Thekla Margraf, Corsin Vieli, Jutta Riedesel, Melanie Starzacher, Konstantin Wöhrle, a
chemical maker from Leverkusen and a Tyrolean disposal firm left unnamed; Lorenzo Bassani,
Harriet Quennell, Wessex Fold Water, River Watch Wiltshire, Annelies van Dorsten, Céline
Marchetti-Roux, Lucía Arosemena, Callum Dewhurst, Wendell Marchetti, Loretta Pickens, Tevita
Lolohea, Klimaatrecht Nu, Rutger Kleinveld, Femke Oosterhuis, Pieter-Jan Hoekstein, Priyanka
Dalal, Seo Min-jun, Siobhan Carrick, Julian Ashcombe, Mairi Galbraith, Open Sea Scotland,
the Skerrymore oil field, Megan Strachan, a coal miner in the Hunter Valley and a
petrochemical company in Ulsan left unnamed; every unnamed judge, spokesperson,
paediatrician, defence lawyer, observer, swimmer and resident); ministers, judges, agency
heads and association chiefs of real governments, courts and bodies appear under made-up
names that stand for no real holder, or by their role only ("ein Regierungssprecher", "ein
Sprecher des Naturschutzbunds", "eine Sprecherin der Deutschen Umwelthilfe", "die
Richterin", "der Verteidiger", "a paediatrician at one of the city's children's hospitals").
Real states, bodies, courts, places and things (Umweltbundesamt, UBA,
EU-Luftqualitätsrichtlinie, Verband der Automobilindustrie, Europäische Umweltagentur,
Deutsche Umwelthilfe, DUH, Verwaltungsgerichtshof Baden-Württemberg, Reutlingen, Städtetag,
Klimaschutzgesetz, Expertenrat für Klimafragen, Budgetdienst, Greenpeace,
Industriellenvereinigung, Eawag, Genfersee, Bundesrat, Verpackungsgesetz, Gelber Sack,
Handelsverband, Agentur für Gesundheit und Ernährungssicherheit (Ages), Alte Donau,
Neusiedler See, Bezirksregierung Köln, Monheim, Rhein, BUND, Europäischer Gerichtshof,
Bundeslandwirtschaftsministerium, Bauernverband, Naturschutzbund, Oberverwaltungsgericht
Berlin-Brandenburg, Bundesverwaltungsgericht, Bafu, Einwegkunststofffonds, Verband
kommunaler Unternehmen, Karlsruhe, Bezirk Schwaz, Land Tirol, Verband der pyrotechnischen
Industrie, YouGov; Lombardy, Milan, Cremona, the European Court of Justice, Salisbury Crown
Court, the Environment Agency, Ofwat, the River Nadder, the European Environment Agency, the
OECD, the U.N. Environment Programme, Surfers Against Sewage, the Environmental Protection
Agency, PFOA, PFOS, PFAS, the American Water Works Association, Congress, Fayetteville, the
Land and Environment Court, Wollombi Brook, the Environment Protection Authority, Landcare,
the American Chemistry Council, South Korea's environment ministry, Ulsan, the Court of
Session, the Supreme Court, Offshore Energies UK, and the datelines' cities) stand for the
way wire copy names them; every reading, limit, tonnage, rate, fine, levy, count, share,
age, date, ruling and quote here is invented, and where a real figure came to mind (a real
emissions total, a real recycling or deposit rate, a real fine, a real stockpile, a real
court order) it was changed (the years of laws, directives and rulings kept).

Its weight: ENVIRONMENT AND POLLUTION (the fifty-seventh batch weighed energy systems,
emissions and environment in their units, the seventy-fourth climate science, environment
and nature, the hundred-sixtieth environment, wildlife and pollution and the
two-hundred-and-forty-fourth nature, wildlife and biodiversity, and their decisions are
kept) over one year in story order (January to December), 28 short stories with the German
and English ones interleaved by month, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). Half German (dpa with its
regional slugs "dpa/lsw", "dpa/lnw", APA, Keystone-SDA; Austrian "im Vorjahr",
"Umweltlandesrätin", "bedingte Haftstrafe", Swiss "grossen", "grössere", "Fussabdruck",
"Rappen", «» quotes, German „“ quotes): Germany's air-quality balance, the Reutlingen
clean-air ruling, Germany's greenhouse gas inventory, Austria's inventory, microplastics in
Swiss lakes, German packaging waste, Austrian bathing waters, a fine for a chemical maker on
the Rhine, the nitrate ruling in Luxembourg, the Berlin-Brandenburg climate ruling, Swiss
recycling, the single-use plastics fund, an illegal landfill in Tyrol and fine dust on New
Year's Eve. Half English (Reuters, AP, AFP, PA, AAP): smog in the Po Valley, a water
company's sewage fine, the EU's emissions inventory, microplastics in bottled water, the
plastics treaty talks, England's bathing waters, PFAS in U.S. drinking water, a Hunter
Valley pollution fine, a Dutch climate ruling, U.S. plastic recycling, a South Korean
emissions fine, global carbon emissions, a North Sea oil field ruling and Australia's soft
plastics scheme. Figures as such copy has them: limits and readings in micrograms per cubic
metre, milligrams per litre, parts per trillion, particles per litre and per cubic metre and
colonies per 100 millilitres, days of exceedance, emissions in millions and billions of
tonnes of CO2 equivalent and percentages against 1990 and 2005, waste in tonnes, tons,
kilograms and pounds per head, recycling, return and reuse rates with percentage points,
fines, penalty payments, levies and investments in euros, cents, Rappen, pounds, dollars,
Australian dollars and won; number words and compounds („binnen sechs Monaten“, „neun Seen“,
„Zwölf-Punkte-Katalog“, „nach dreitägiger Verhandlung“, „20 Minuten lang“, „27 Mal“, „ein
58-Jähriger“, "a six-week public consultation", "two years running", "twice"), fractions
("one in seven", "nine in ten", "one in 20", "three-fifths", „jeder dritte“, „zwei
Drittel“), ordinals („des 10. Senats“, „zum dritten Mal in Folge“, „zum zweiten Mal“, „die
dritthöchste Menge“, "a sixth consecutive day", "the 14th prosecution"), hedges, ranges,
years and dates. Negatives as such copy has them - about a quarter of the rows: ministers',
campaigners', judges', lobbyists' and company chiefs' rhetoric and creed in quotes, labels
(„nannte“, „bezeichnete ... als“, "called"), verdicts with „halten ... für“, a reported
evaluation with a named speaker, an accusation naming no act, warnings and an appeal naming
no measure, a doctor's advice, evasions after a ruling, hopes, fears and doubts, open
questions and a vox pop, each near a check-worthy look-alike: the same speaker's figure, a
ruling, an order, a filing or an appeal, a court's penalty, a stated finding.

240 rows (122 German, 118 English), 58 negatives (28 German, 30 English), 182 check-worthy
rows of which 14 carry no figure (6 German, 8 English), 294 expected quantities (105 counts,
54 years, 48 percentages - 46 in %, 2 in percentage points -, 32 durations - 14 in years, 8
in days, 4 in months, 2 in hours, 2 in weeks, 1 in minutes, 1 in seconds -, 23 amounts of
money - 15 EUR, 2 each AUD, GBP, USD, 1 each CHF, KRW -, 13 fractions, 11 ordinals, 8 dates;
3 of them in three negatives, as the seventeenth batch labels a figure in a negative), 37
checked speakers (19 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, conviction or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-sixtieth, two-hundred-and-fourth, two-hundred-and-forty-fourth); a quoted or
  reported statement of fact, figure, step, rule, plan, demand, finding or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one
  speaker: Harsewinkel's 45 percent beside „Saubere Luft fällt nicht vom Himmel“,
  Pfeilschifter's 14 proceedings beside „eine schallende Ohrfeige“, Quennell's 40 alarms
  beside "not a company that made a mistake", Tiefenthaler's third beside „auf Kurs“, van
  Dorsten's 17 of 27 beside "The easy cuts are behind us", Marchetti-Roux's micrometre
  beside "People should not panic", Furrer-Imboden's 14 tonnes beside „Fussabdruck unserer
  Wegwerfgesellschaft“, Salewski's 35 percent beside „recycelt gut“, Dewhurst's ban beside
  "check an app", Eichinger's 2015 beside „ein Schatz“, Marchetti's 4,000 systems beside
  "water it can trust", Kuschnik's quarter beside „kein Entsorgungsweg“, Lolohea's two
  letters beside "not their drains", Dalal's third beside "a fairy tale", Vieli's 400
  collection points beside „eine verpasste Chance“, Seo's 240 sites beside "Faking data is a
  crime", Riedesel's 2028 beside „Wer Müll verursacht“, Carrick's fifth beside "waiting for
  the peak", Wöhrle's 30 percent beside „eine jahrhundertealte Tradition“ and Strachan's
  60,000 tonnes beside "get it right"; Margraf's reported „ein Weckruf“ with a named speaker
  stays a negative (two-hundred-and-fourth).
- Court cases brought by environmental groups, the weight's own: rulings, orders, filings,
  leave to appeal and appeals announced are check-worthy, with or without a figure
  (hundred-sixtieth: an appeal lodged with a court; hundred-seventy-seventh: „Das Urteil in
  der Rechtssache C-412/25 ist nicht anfechtbar.“; hundred-second: "The company said it
  would appeal."; two-hundred-and-forty-fourth: the WWF's complaint): the Reutlingen ruling
  with its six months, „Eine Revision hat der Senat nicht zugelassen.“, „Die Revision zum
  Bundesverwaltungsgericht wurde zugelassen.“, „Das Urteil ist nicht rechtskräftig.“, „Der
  Verteidiger kündigte an, Berufung einzulegen.“ (speaker None, „kündigte an“ no verb of
  saying), "The company said it had since rebuilt its sediment dams and would not appeal."
  -> "the company", the Court of Session's quashing of the approval, the American Water
  Works Association's suit, the Kunststoffindustrie's „Verfassungsbeschwerde“, the Dutch
  order with its 60% and 2035, "The government has three months to appeal." 3 months, the
  OVG's deadline „bis zum 31. März 2027“, and findings told by a judge ("Judge Harriet
  Quennell said ... at least 40 times" -> "Harriet Quennell", "Presiding judge Rutger
  Kleinveld said" -> "Rutger Kleinveld"; „stellten die Richter fest“ and „sagte die
  Richterin“ unchecked, a role and no verb of saying). New: a court's threatened penalty
  payment naming its sum is check-worthy („Das Gericht drohte dem Land ... ein Zwangsgeld
  von 10.000 Euro an.“ 10,000 EUR) - the threat names a measure and a figure, unlike a
  warning naming none (two-hundred-and-fourth), and the imposed „Zwangsgeld von 85.000 Euro
  pro Tag“ is money as any fine („pro Tag“ none). New: "said the cabinet would study the
  judgment before deciding whether to appeal" and „man werde die schriftliche
  Urteilsbegründung abwarten und dann über Rechtsmittel entscheiden“ are evasions and
  negatives, as „ließ ... offen“ and "has not been decided" (two-hundred-and-fourth) - they
  announce no step, while an announced appeal is one.
- Readings and limits of air and water are counts of the figure as written (fifty-seventh,
  hundred-sixtieth): „von 40 Mikrogramm pro Kubikmeter“, „von 50 Mikrogramm“, „auf 20
  Mikrogramm, ... auf 10 Mikrogramm“, „bei 43 Mikrogramm“, „auf mehr als 1.000 Mikrogramm“
  "over", "98 micrograms per cubic metre ... 112 ..., against an EU daily limit of 50", „bis
  zu 1.400 Milligramm Chlorid pro Liter ..., zulässig sind 400“ "up_to", "4 parts per
  trillion", „0,4 Mikroplastik-Teilchen pro Kubikmeter“ („im Durchschnitt“ no hedge,
  two-hundred-and-seventh), „bis zu 2,1 Teilchen“ "up_to", "between 110,000 and 370,000
  particles per litre" with no hedge ("between", forty-first), "about 240,000 tiny plastic
  fragments" ("on average" no hedge), „Maschenweite von 300 Mikrometern“ 300, "24,5 Grad"
  (temperatures, fifty-seventh); rate bases written with a figure are counts ("500 E. coli
  colonies per 100 millilitres" 500 and 100, as the two-hundred-and-forty-third's "68
  microgrammes per 100 millilitres"), "pro Kubikmeter", "pro Liter", "per litre" none, and
  pollutant and bacteria names carry none ("PM10", "PM2,5", "CO2", "PFOA", "PFOS", "PFAS",
  "E. coli"; fifty-seventh). Sizes as bounds: "smaller than one micrometre" and "smaller
  than 1 micrometre" 1 "under" (ninety-seventh: „kleiner als“ "under"). New: „liege der Wert
  über 50 Milligramm pro Liter“ is 50 "over" - „über“ before a figure is the issue's hedge
  ("über 3.000 Soldaten") also where the figure is a legal limit that readings pass, while
  the verb carries none ("regularly exceed 500", "exceeded the daily limit";
  hundred-sixtieth: "should not exceed 15 micrograms"). Days of exceedance are durations in
  days (hundred-sixtieth: „an 19 Tagen“): "71 days above the PM10 limit", "the 35 days
  allowed", „an den erlaubten 35 Tagen im Jahr“ with no hedge - „häufiger als an den“ stands
  before the article and compares with a bound, as "far more than the 600 to 800"
  (two-hundred-and-forty-fourth) -, and "more than double the 35 days" is count 2 "over" as
  "almost double the drink-drive limit of 35" 2 "nearly" (two-hundred-and-forty-third).
  Speeds are counts: „höchstens Tempo 120“ 120 "at_most" (two-hundred-and-forty-third: „mit
  Tempo 120“).
- Emissions inventories: tonnages are counts, a scale word multiplying (fifty-seventh,
  hundred-sixtieth): „rund 631 Millionen Tonnen“, „auf 187 Millionen Tonnen
  CO2-Äquivalente“, „auf 146 Millionen Tonnen“, „um rund 4 Millionen Tonnen“, „64,8
  Millionen Tonnen CO2-Äquivalent“, „rund 200 Millionen Tonnen CO2-Äquivalenten“, "about 3.1
  billion tonnes of CO2 equivalent", "a record 38.1 billion tonnes" ("a record" none),
  "roughly 95 million tonnes of carbon dioxide", "about 220 million barrels of oil";
  percentages against a base year give the year as well („49,2 Prozent unter dem Niveau von
  1990“, „um 48 Prozent im Vergleich zu 2005“, „um 65 Prozent gegenüber 1990“, "39% below
  1990 levels", "about 24% higher than in 1990", "by at least 60% from 1990 levels by 2035";
  fifty-seventh: "48 Prozent unter den Wert von 2005"); "1.5C" 1.5 (hundred-seventieth: "the
  1.5C goal"). Estimates and forecasts with a figure are check-worthy (hundred-tenth,
  hundred-sixtieth): "were expected to edge up by 0.2%", "were forecast to fall by 3.8%",
  "would use up ... within about six years" 6 years "about", "The EPA estimates ...",
  „Wasserversorger schätzen ...“, „nach Berechnungen des Budgetdienstes“, „Gemessen an den
  Werten von 2025 würden knapp 40 Prozent ...“ and "is on track to almost triple by 2060"
  with its year only ("triple" a verb, as "halve", two-hundred-and-forty-fourth); a fear or
  doubt without a figure is a negative.
- Waste, plastics and recycling: weights and volumes are counts (fifty-seventh,
  two-hundred-and-forty-fourth): „226 Kilogramm pro Kopf“, „674 Kilogramm“, „rund 14
  Tonnen“, „Etwa 2,5 Tonnen“, „rund 16.000 Tonnen“, „rund 1.700 Tonnen“, „rund 19,1
  Millionen Tonnen“, „höchstens 150 Kilogramm Stickstoff pro Hektar“ "at_most", "about 460
  million tonnes", "about 48 million tons", "1.2 million tons a year", "About 9,400 tonnes",
  "at least 60,000 tonnes a year", "about 46 million litres", "25 litres", "3 kilometres",
  "18 square kilometres"; "pro Kopf", "pro Hektar", "per person", "per resident", "a year",
  "each year", „pro Jahr“, „im Jahr“, „jährlich“ none. New: "roughly 290 pounds per person"
  is count 290 "about" and no money - the sentence weighs plastic ("48 million tons of
  plastic, or roughly 290 pounds per person"), as "about 3 pounds of methamphetamine" is a
  weight (two-hundred-and-forty-third). Rates are percentages, a change in points "pp"
  (fifty-seventh): „um 1,4 Prozentpunkte auf 66,3 Prozent“, "by 2.3 percentage points to
  61.4%", „mindestens 63 Prozent“ "at_least", „zu mindestens 35 Prozent“, „82 Prozent“, „91
  Prozent, ... 96 Prozent“, „75 Prozent“, „42 Prozent, ... 70 Prozent“, "a rate of 21%",
  "Only about 5% ..., down from 9.1%" ("Only" no hedge), "less than 10%" "under". Multiples
  are counts (hundred-forty-seventh: "three times as many"; hundred-sixtieth: "35 times"):
  "2.5 times as many bottles per resident" 2.5, "up to 37 times the legal limit" 37 "up_to".
  New: a poll's share of people wishing for a step is check-worthy („Laut einer
  YouGov-Umfrage wünschen sich 58 Prozent ...“) - the poll's figure is what can be checked,
  while a group's own wish or hope without a poll stays a negative ("Residents along the
  River Nadder hope ...").
- Fractions (the issue's "ein Fünftel", "jeder vierte", "two-fifths"): „rund ein Drittel“
  0.3333 "about", „Knapp ein Drittel“ 0.3333 "nearly", „Fast zwei Drittel“ 0.6667 "nearly",
  „um ein Viertel“ 0.25, „etwa ein Viertel“ 0.25 "about", „Fast jeder dritte Befragte“
  0.3333 "nearly", "roughly three-fifths" 0.6, "about a third" 0.3333, "roughly a fifth" 0.2
  (all "about"), "Half of the penalty" 0.5, "Nearly one in seven" 0.1429 "nearly"
  (hundred-eleventh: "nearly one in eight"), "fewer than one in 20" 0.05 "under"
  (fifty-seventh: "About 1 in 5"). New: "about nine in ten of them" is 0.9 "about" - "X in
  Y" with more than one in the numerator is the share X/Y, as "one in four" is 0.25
  (two-hundred-and-forty-fourth).
- Ordinals: "for a sixth consecutive day" 6 (hundred-sixtieth: "for a third consecutive
  year"), „zum dritten Mal in Folge“ 3, „zum zweiten Mal“ 2 (the issue), "for the first
  time" 1, "a fifth round" 5, "the 14th prosecution" 14, „das dritte Urteil dieser Art“ 3,
  "the third North Sea project" 3, „die dritthöchste Menge in Europa“ 3 (the issue's „die
  drittgrößte Stadt“). New: „Die Richter des 10. Senats“ is ordinal 10 - a court's numbered
  chamber is written as an ordinal, as „im 19. Jahrhundert“ and „das 20. Sanktionspaket“
  (two-hundred-and-forty-fourth, two-hundred-and-fourth), not a reference number like
  „Rechtssache C-412/25“. New: „in der ersten Stunde des neuen Jahres“ is ordinal 1 and no
  duration - an hour named without a figure gives none, as „im ersten Jahr“
  (two-hundred-and-fourth). "erstmals", "a record", "the largest", "the most common type",
  „Den größten Rückgang“ none.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „nach dreitägiger Verhandlung“ 3 days, "a six-week public consultation" 6 weeks, „binnen
  sechs Monaten“, „binnen drei Monaten“, "three months to appeal", "within 12 weeks", „20
  Minuten lang“ 20 minutes (two-hundred-and-forty-fourth: „acht Wochen lang“), "within 30
  seconds", "within two hours", "over 11 days", "over six years", "over 25 years", "over
  almost four years" 4 years "nearly" ("over" before a span no hedge, "within" none), "for a
  total of 2,140 hours" (hundred-sixtieth: "for a total of 3.61 million hours"), "for two
  days in a row" 2 days, "two years running" 2 years, "heard over four days" 4 days, "in
  three of the past five years" count 3 and 5 years, "two years later than originally
  planned", "two years after the previous scheme collapsed", „drei Jahre dauern“ 3 years
  („voraussichtlich“ no hedge), „eine bedingte Haftstrafe von 14 Monaten“ 14 months, "face
  up to seven years in prison" 7 years "up_to" (hundred-fifty-second: „bis zu fünf Jahre
  Haft“), „als noch vor zehn Jahren“ 10 years; ages are durations in years („ein
  58-Jähriger“ 58 years; "Loretta Pickens, 67," in a vox pop; "for 30 years" in a negative).
  None: „im vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „im kommenden Jahr“, „in
  diesem Jahr“, „in jedem Jahr“, „jährlich“, „pro Jahr“, „im Jahr“, „pro Tag“, „am
  Wochenende“, „bis Mitte April“, „in der Silvesternacht“, "last year", "this year", "next
  year", "a year earlier", "a year", "each year", "last summer", "weekly", "over several
  decades", "over the past decade", "a full year", "from February", "in June", "before the
  summer".
- Years and dates: "registered before 2011", "twice since 2020", "since 2021", "in 2022
  alone", "between 2020 and 2024", „seit 2010“, „seit 2019“, „Bis 2030“, „bis 2035“, „seit
  2015“, „seit 2022“, „seit 2021“, „ab 2027“, „ab 2028“, „Ab 2030“, „seit Herbst 2023“ the
  year, "in March 2023" the year, „zwischen März 2022 und Juni 2023“ and „zwischen Mai 2023
  und Oktober 2024“ their years only (hundred-sixtieth), „im Sommer 2022“, „seit dem Start
  der Inventur 1990“; "a 2024 Supreme Court ruling" 2024 (a year before a ruling dates it,
  as "a 2022 strategy", two-hundred-and-fourth). Full dates: "until April 29, 2031,"
  2031-04-29 and „bis zum 31. März 2027“ 2027-03-31 (two-hundred-and-forty-fifth,
  two-hundred-and-fiftieth); "before the talks close on May 14" --05-14 in a negative.
  Reuters datelines with a day are dates without a year ("MILAN, Jan 14" --01-14,
  "COPENHAGEN, March 19" --03-19, "GENEVA, May 6" --05-06, "THE HAGUE, Aug 21" --08-21,
  "SEOUL, Oct 8" --10-08; hundred-sixtieth); dpa ("Dessau-Roßlau (dpa) -", "Berlin (dpa) -",
  "Luxemburg (dpa) -", "Mannheim (dpa/lsw) -", "Düsseldorf (dpa/lnw) -"), APA, Keystone-SDA,
  AP, AFP, PA and AAP datelines none (seventy-ninth).
- Money in the currency written (every batch): "£18.5 million" and "£190 million" GBP,
  "about $1.5 billion a year" "about" and "$7.5 billion" USD, "A$1.9 million" and "a levy of
  A$20 per tonne" AUD ("per tonne" none), "2.8 billion won" KRW, „1,8 Rappen“ 0.018 CHF
  (fifty-seventh: Rappen), „zwischen 18 Cent und 7,40 Euro pro Kilogramm“ 0.18 and 7.4 EUR
  (Cent as hundredths of a euro, hundred-thirty-eighth; „zwischen“ no hedge), „ein
  Zwangsgeld von 10.000 Euro“, „eine Geldbuße von 3,2 Millionen Euro“, „eine Pauschalstrafe
  von 11 Millionen Euro“, „bis zu 4,7 Milliarden Euro“ and „bis zu 1,1 Milliarden Euro im
  Jahr“ "up_to", „rund 45 Millionen Euro“, „rund 430 Millionen Euro“, „rund 700 Millionen
  Euro“, „rund 4 Millionen Euro“ "about", „knapp 1,1 Millionen Euro“ "nearly", „240.000
  Euro“, „zuletzt 197 Millionen Euro“ („zuletzt“ no hedge).
- Counts as earlier batches: „an zwei der rund 600 Messstationen“ 2 and 600 "about", "nine
  provinces", "twice" 2 (the issue's "viermal"), "on 312 occasions", "at least 40 times",
  "17 of the 27 member states", "some 170 countries" "about", "four earlier rounds" 4, "More
  than 60 countries", „mindestens 27 Mal“ 27 "at_least" (the issue's "100 Mal"), „einen
  Zwölf-Punkte-Katalog“ 12 (the issue's "28-Punkte-Entwurf"), "the two most common
  compounds" 2 (a definite group, forty-first), „auf Klage von zwei Umweltverbänden“ 2, "a
  report by two environmental groups" 2 (hundred-sixtieth), "The 10 states" 10, "two warning
  letters", "Three employees", „an 9 von 12 Stellen“, „in 41 Städten“, „Nur drei
  Badestellen“ („Nur“ no hedge), „mindestens fünf Proben“, „noch 14 Verfahren“, "1,800
  stores", "an estimated 70 billion pieces" "about", "nearly 10,000 deaths", "1,870
  reports", "1,100 jobs", "at least 1,300 occasions", "240 large industrial sites", "up to
  550 more particles" ("more" after the figure no hedge). None: „keiner Station“, „keine
  einzige Badestelle“, „an einer Messstelle“, „an jeder Badestelle“, "one treatment works",
  "Several states", "most of them".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „Etwa“, "about", "About",
  "roughly", "some", "an estimated" "about"; „knapp“, „Knapp“, „fast“, „Fast“, "nearly",
  "Nearly", "almost" "nearly"; „gut“, „mehr als“, „über“, "more than", "More than" "over";
  "less than", "fewer than", "smaller than" "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least"; „höchstens“ "at_most". No hedge: „im Schnitt“, „im
  Durchschnitt“, "on average", „insgesamt“, "a total of", "alone", „nur noch“, „Nur“,
  "Only", "only", „zuletzt“, „derzeit“, „noch“, „bereits“, „voraussichtlich“, „zwischen“,
  "between", "within", "over" before a span, "more" after a figure, "as many" after a
  multiple, and „häufiger als an den“ before the article.
- Speakers, checked only in forms the earlier batches settled: „teilte das Umweltbundesamt
  am Dienstag mit“, „... am Freitag mit“ and „teilte das Umweltbundesamt mit“ (twice) ->
  "das Umweltbundesamt" (the weekday dropped, hundred-forty-fifth, hundred-sixtieth),
  „teilte die Eawag am Donnerstag mit“ -> "die Eawag" (hundred-sixtieth), „teilte die
  Bezirksregierung Köln mit“ (the place part of the name, as „Regierungspräsidium
  Karlsruhe“, hundred-sixtieth), „teilte das Land Tirol mit“ (two-hundred-and-forty-fourth),
  „teilte das Gericht am Donnerstag mit“ -> "das Gericht" (forty-first, hundred-fourth);
  „UBA-Präsidentin Dietlinde Harsewinkel sagte, ...“, „DUH-Bundesgeschäftsführer Ortwin
  Pfeilschifter sagte, ...“, „Klimaschutzminister Bernward Tiefenthaler sagte, ...“,
  „Klimaschutzministerin Almut Gerstenkorn sagte, ...“, „Studienleiterin Nadja
  Furrer-Imboden sagte, ...“, „Umweltstaatssekretärin Henrike Salewski sagte, ...“,
  „Gesundheitsminister Lorenz Eichinger sagte, ...“, „Geschäftsführer Corsin Vieli sagte,
  ...“ and „Bundesumweltministerin Jutta Riedesel sagte, ...“ the name (hundred-eightieth:
  the office heading "X sagte"); „Kuschnik sagte, ...“ and „Wöhrle sagte, ...“ opening the
  row (forty-second, two-hundred-and-forty-fourth). English: the name with the role dropped
  ("Mayor Lorenzo Bassani said", "Judge Harriet Quennell said", "Lead author Céline
  Marchetti-Roux said", "Water Minister Callum Dewhurst said", "EPA Administrator Wendell
  Marchetti said", "Presiding judge Rutger Kleinveld said", "Co-author Priyanka Dalal said",
  "Environment Minister Seo Min-jun said", "Lead author Siobhan Carrick said", "Energy
  Secretary Julian Ashcombe said", "..., Environment Minister Megan Strachan said.";
  hundred-forty-fifth, hundred-sixtieth); "EEA executive director Annelies van Dorsten told
  reporters" and "EPA chief executive Tevita Lolohea told reporters" ("told reporters" names
  the speaker, two-hundred-and-fourth); "Wessex Fold Water said" as written
  (hundred-sixtieth: "Severn Vale Water said"); "the Environment Agency said"
  (hundred-sixtieth); "The company said ..." -> "the company" and "The operator said ..." ->
  "the operator" opening the row with the article lowered (hundred-second: "The company said
  it would appeal."; ninety-eighth: "The board said"); "..., the court said." -> "the
  court". Left unchecked (None): all negatives, also those with a named speaker; „wie die
  Agentur für Gesundheit und Ernährungssicherheit (Ages) am Montag mitteilte“ and „wie das
  Bundesamt für Umwelt (Bafu) am Mittwoch mitteilte“ (two-hundred-and-fourth leaves „wie ...
  mitteilte“ unchecked), „rechnete die Ministerin vor“, „stellten die Richter fest“, „sagte
  die Richterin“ (a role), „kündigte an“, „begründeten“, „bezifferte“, „beziffert“,
  „verlangt“, „nach Schätzungen der Europäischen Umweltagentur“, „nach Schätzungen“, „nach
  Berechnungen des Budgetdienstes“, „Nach Berechnungen des Gerichts“, „nach eigenen
  Angaben“, „wie aus der Nahzeitprognose des Umweltbundesamts hervorgeht“, „laut der
  Studie“, „Laut einer YouGov-Umfrage“; bodies' "said" (the European Environment Agency, the
  U.N. Environment Programme, Surfers Against Sewage, "Campaign group River Watch
  Wiltshire", the Environment Protection Authority, the bottled water industry's European
  association, the American Chemistry Council, the ministry; two-hundred-and-fourth,
  two-hundred-and-forty-fourth), "the researchers said", "the scientists said", "the study
  found", "the report found", "Salisbury Crown Court heard", "official figures show",
  "according to ..." (the regional environmental protection agency, the OECD, an
  Environmental Protection Agency analysis, a study, a report, estimates, Greenpeace and
  Open Sea Scotland), "The EPA estimates", "the OECD has estimated" and rows without
  attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_276 = [
    # --- Luftqualität 2025 (dpa), Januar ---
    (
        "de",
        "Dessau-Roßlau (dpa) - Der Jahresgrenzwert für Stickstoffdioxid von 40 Mikrogramm pro Kubikmeter ist im vergangenen Jahr nur noch an zwei der rund 600 Messstationen in Deutschland überschritten worden.",
        True,
        [("count", 40, None, None), ("count", 2, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Beim Feinstaub PM10 wurde der Tagesgrenzwert von 50 Mikrogramm an keiner Station häufiger als an den erlaubten 35 Tagen im Jahr überschritten, teilte das Umweltbundesamt am Dienstag mit.",
        True,
        [("count", 50, None, None), ("duration", 35, "day", None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Ab 2030 gelten nach der neuen EU-Luftqualitätsrichtlinie deutlich strengere Werte: Für Stickstoffdioxid sinkt der Jahresgrenzwert auf 20 Mikrogramm, für Feinstaub PM2,5 auf 10 Mikrogramm.",
        True,
        [("year", 2030, None, None), ("count", 20, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Gemessen an den Werten von 2025 würden knapp 40 Prozent der Stationen diese Vorgaben verfehlen.",
        True,
        [("year", 2025, None, None), ("percent", 40, "%", "nearly")],
        None,
    ),
    (
        "de",
        "UBA-Präsidentin Dietlinde Harsewinkel sagte, die Belastung mit Stickstoffdioxid sei seit 2010 im Schnitt um rund 45 Prozent gesunken.",
        True,
        [("year", 2010, None, None), ("percent", 45, "%", "about")],
        "Dietlinde Harsewinkel",
    ),
    (
        "de",
        "„Saubere Luft fällt nicht vom Himmel, sie ist das Ergebnis harter politischer Arbeit“, sagte Harsewinkel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband der Automobilindustrie nannte die neuen EU-Werte „ehrgeizig, aber mit Augenmaß erreichbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Schätzungen der Europäischen Umweltagentur gehen in Deutschland jährlich etwa 28.000 vorzeitige Todesfälle auf Feinstaub zurück.",
        True,
        [("count", 28000, None, "about")],
        None,
    ),
    # --- Smog in the Po Valley (Reuters), January ---
    (
        "en",
        "MILAN, Jan 14 (Reuters) - Authorities in Lombardy banned older diesel cars from the roads of nine provinces on Tuesday after fine particle levels exceeded the daily limit for a sixth consecutive day.",
        True,
        [("date", "--01-14", None, None), ("count", 9, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Readings of PM10 reached 98 micrograms per cubic metre in Milan and 112 in Cremona, against an EU daily limit of 50.",
        True,
        [("count", 98, None, None), ("count", 112, None, None), ("count", 50, None, None)],
        None,
    ),
    (
        "en",
        "The ban covers diesel cars registered before 2011 and will stay in force until readings fall below the limit for two days in a row.",
        True,
        [("year", 2011, None, None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "en",
        "Lombardy recorded 71 days above the PM10 limit last year, more than double the 35 days allowed under EU law, according to the regional environmental protection agency.",
        True,
        [("duration", 71, "day", None), ("count", 2, None, "over"), ("duration", 35, "day", None)],
        None,
    ),
    (
        "en",
        "Mayor Lorenzo Bassani said Milan would extend its low-emission zone by 18 square kilometres next year.",
        True,
        [("count", 18, None, None)],
        "Lorenzo Bassani",
    ),
    (
        "en",
        "\"We are breathing the air of an industrial age we thought we had left behind,\" said a paediatrician at one of the city's children's hospitals.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Farmers\' groups called the ban on spreading manure during smog alerts "a bureaucratic punishment for bad weather."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Italy has been found in breach of EU air quality rules by the European Court of Justice twice since 2020.",
        True,
        [("count", 2, None, None), ("year", 2020, None, None)],
        None,
    ),
    ("en", "It is unclear whether the rain forecast for the weekend will bring any relief.", False, [], None),
    # --- Luftreinhalteplan vor Gericht (dpa/lsw), Februar ---
    (
        "de",
        "Mannheim (dpa/lsw) - Die Deutsche Umwelthilfe hat vor dem Verwaltungsgerichtshof Baden-Württemberg einen Erfolg gegen das Land erzielt: Der Luftreinhalteplan für Reutlingen muss binnen sechs Monaten nachgebessert werden.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "Die Richter des 10. Senats begründeten dies damit, dass der Grenzwert für Stickstoffdioxid an einer Messstelle in der Innenstadt seit 2019 in jedem Jahr überschritten worden sei.",
        True,
        [("ordinal", 10, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Zuletzt lag der Jahresmittelwert dort bei 43 Mikrogramm pro Kubikmeter.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "de",
        "DUH-Bundesgeschäftsführer Ortwin Pfeilschifter sagte, der Verband führe derzeit bundesweit noch 14 Verfahren um saubere Luft.",
        True,
        [("count", 14, None, None)],
        "Ortwin Pfeilschifter",
    ),
    (
        "de",
        "„Dieses Urteil ist eine schallende Ohrfeige für eine Landesregierung, die jahrelang auf Zeit gespielt hat“, sagte Pfeilschifter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Gericht drohte dem Land für den Fall weiterer Verzögerungen ein Zwangsgeld von 10.000 Euro an.",
        True,
        [("money", 10000, "EUR", None)],
        None,
    ),
    ("de", "Eine Revision hat der Senat nicht zugelassen.", True, [], None),
    (
        "de",
        "Ob das Land Beschwerde gegen die Nichtzulassung der Revision einlegt, ließ das Verkehrsministerium offen.",
        False,
        [],
        None,
    ),
    ("de", "Der Städtetag warnte davor, die Innenstädte mit immer neuen Fahrverboten zu lähmen.", False, [], None),
    # --- Sewage fine (PA), February ---
    (
        "en",
        "LONDON (PA) - Wessex Fold Water has been fined £18.5 million after admitting it illegally discharged raw sewage into rivers and streams in Wiltshire on 312 occasions.",
        True,
        [("money", 18500000, "GBP", None), ("count", 312, None, None)],
        None,
    ),
    (
        "en",
        "The spills took place over almost four years between 2020 and 2024, Salisbury Crown Court heard.",
        True,
        [("duration", 4, "year", "nearly"), ("year", 2020, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Environment Agency investigators found that one treatment works had discharged untreated sewage for a total of 2,140 hours in 2022 alone.",
        True,
        [("duration", 2140, "hour", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Judge Harriet Quennell said the company had ignored its own overflow alarms at least 40 times.",
        True,
        [("count", 40, None, "at_least")],
        "Harriet Quennell",
    ),
    (
        "en",
        '"This is not a company that made a mistake; it is a company that made a choice," Quennell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Wessex Fold Water said it had spent £190 million upgrading pipes and storm tanks in the county since 2021.",
        True,
        [("money", 190000000, "GBP", None), ("year", 2021, None, None)],
        "Wessex Fold Water",
    ),
    (
        "en",
        "Campaign group River Watch Wiltshire said the fine was equal to about 6% of the company's annual operating profit.",
        True,
        [("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Ofwat, the water regulator, has opened a separate investigation into the company's wastewater permits.",
        True,
        [],
        None,
    ),
    ("en", "Residents along the River Nadder hope the fine will force a clean-up before the summer.", False, [], None),
    # --- Treibhausgasbilanz (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Der Ausstoß von Treibhausgasen in Deutschland ist 2025 um 3,4 Prozent auf rund 631 Millionen Tonnen zurückgegangen.",
        True,
        [("year", 2025, None, None), ("percent", 3.4, "%", None), ("count", 631000000, None, "about")],
        None,
    ),
    (
        "de",
        "Damit lagen die Emissionen 49,2 Prozent unter dem Niveau von 1990, teilte das Umweltbundesamt am Freitag mit.",
        True,
        [("percent", 49.2, "%", None), ("year", 1990, None, None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Bis 2030 sollen es nach dem Klimaschutzgesetz mindestens 65 Prozent weniger sein.",
        True,
        [("year", 2030, None, None), ("percent", 65, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Den größten Rückgang verzeichnete die Energiewirtschaft, deren Ausstoß um knapp 9 Prozent auf 187 Millionen Tonnen CO2-Äquivalente sank.",
        True,
        [("percent", 9, "%", "nearly"), ("count", 187000000, None, None)],
        None,
    ),
    (
        "de",
        "Im Verkehr stiegen die Emissionen dagegen leicht auf 146 Millionen Tonnen, der Sektor verfehlte seine gesetzliche Jahresmenge zum dritten Mal in Folge.",
        True,
        [("count", 146000000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Gebäudesektor überschritt seine zulässige Menge um rund 4 Millionen Tonnen.",
        True,
        [("count", 4000000, None, "about")],
        None,
    ),
    (
        "de",
        "Klimaschutzminister Bernward Tiefenthaler sagte, rund ein Drittel des Rückgangs gehe auf die schwache Konjunktur in der Industrie zurück.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Bernward Tiefenthaler",
    ),
    ("de", "„Wir sind auf Kurs, aber der Weg wird steiler“, sagte Tiefenthaler.", False, [], None),
    ("de", "Umweltverbände halten die Bilanz für geschönt, weil sie Sondereffekte ausblende.", False, [], None),
    ("de", "Der Expertenrat für Klimafragen muss die Daten bis Mitte April prüfen und bewerten.", True, [], None),
    # --- EU emissions inventory (Reuters), March ---
    (
        "en",
        "COPENHAGEN, March 19 (Reuters) - The European Union's net greenhouse gas emissions fell 2.9% last year to about 3.1 billion tonnes of CO2 equivalent, the European Environment Agency said on Wednesday.",
        True,
        [("date", "--03-19", None, None), ("percent", 2.9, "%", None), ("count", 3100000000, None, "about")],
        None,
    ),
    (
        "en",
        "That puts the bloc's emissions 39% below 1990 levels, against a target of a 55% cut by 2030.",
        True,
        [
            ("percent", 39, "%", None),
            ("year", 1990, None, None),
            ("percent", 55, "%", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "Emissions from power generation dropped by nearly 11%, as solar and wind supplied more electricity than fossil fuels for the first time over a full year.",
        True,
        [("percent", 11, "%", "nearly"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Transport emissions rose by 0.8% and are now about 24% higher than in 1990.",
        True,
        [("percent", 0.8, "%", None), ("percent", 24, "%", "about"), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Germany, Italy, France and Poland together accounted for roughly three-fifths of the bloc's total.",
        True,
        [("fraction", 0.6, None, "about")],
        None,
    ),
    (
        "en",
        "EEA executive director Annelies van Dorsten told reporters that 17 of the 27 member states were not on track to meet their national targets for 2030.",
        True,
        [("count", 17, None, None), ("count", 27, None, None), ("year", 2030, None, None)],
        "Annelies van Dorsten",
    ),
    ("en", '"The easy cuts are behind us, and the hard ones cannot wait," van Dorsten said.', False, [], None),
    (
        "en",
        "Environmental groups accused governments of leaning on the economic slowdown rather than policy to bring emissions down.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the bloc's forests will keep absorbing as much carbon as assumed is increasingly in doubt.",
        False,
        [],
        None,
    ),
    # --- Treibhausgasinventur Österreich (APA), März ---
    (
        "de",
        "Wien (APA) - Österreich hat im Vorjahr 64,8 Millionen Tonnen CO2-Äquivalent an Treibhausgasen ausgestoßen, um 6,1 Prozent weniger als im Jahr davor.",
        True,
        [("count", 64800000, None, None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Einen so geringen Ausstoß hat es seit dem Start der Inventur 1990 nicht gegeben, wie aus der Nahzeitprognose des Umweltbundesamts hervorgeht.",
        True,
        [("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "Die Emissionen aus dem Verkehr sanken um 2,7 Prozent, jene der Industrie um gut 5 Prozent.",
        True,
        [("percent", 2.7, "%", None), ("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "Klimaschutzministerin Almut Gerstenkorn sagte, in den Sektoren ohne Emissionshandel verlange die EU von Österreich bis 2030 eine Senkung um 48 Prozent im Vergleich zu 2005.",
        True,
        [("year", 2030, None, None), ("percent", 48, "%", None), ("year", 2005, None, None)],
        "Almut Gerstenkorn",
    ),
    (
        "de",
        "Derzeit liege der Rückgang bei 27 Prozent, rechnete die Ministerin vor.",
        True,
        [("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Verfehlt Österreich das Ziel, drohen dem Bund nach Berechnungen des Budgetdienstes Kosten für den Zukauf von Zertifikaten von bis zu 4,7 Milliarden Euro.",
        True,
        [("money", 4700000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "„Die Richtung stimmt, das Tempo noch lange nicht“, sagte Greenpeace-Sprecherin Lena Kowarik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Industriellenvereinigung bezeichnete den Rückgang als „Ergebnis der Rezession, nicht der Klimapolitik“.",
        False,
        [],
        None,
    ),
    # --- Microplastics in bottled water (AFP), April ---
    (
        "en",
        "PARIS (AFP) - A litre of bottled water contains on average about 240,000 tiny plastic fragments, most of them nanoplastics too small to be seen under a conventional microscope, according to a study published on Monday.",
        True,
        [("count", 240000, None, "about")],
        None,
    ),
    (
        "en",
        "Researchers tested 25 litres of water from 11 brands bought in supermarkets in France, Spain and Belgium.",
        True,
        [("count", 25, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "They found between 110,000 and 370,000 particles per litre, about nine in ten of them smaller than one micrometre.",
        True,
        [
            ("count", 110000, None, None),
            ("count", 370000, None, None),
            ("fraction", 0.9, None, "about"),
            ("count", 1, None, "under"),
        ],
        None,
    ),
    (
        "en",
        "Simply opening and closing a bottle's cap released up to 550 more particles into the water within 30 seconds, the study found.",
        True,
        [("count", 550, None, "up_to"), ("duration", 30, "second", None)],
        None,
    ),
    (
        "en",
        "Polyamide, a plastic often used in filters meant to purify water, was the most common type, the researchers said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Lead author Céline Marchetti-Roux said particles smaller than 1 micrometre had crossed the gut lining of mice within two hours in laboratory tests.",
        True,
        [("count", 1, None, "under"), ("duration", 2, "hour", None)],
        "Céline Marchetti-Roux",
    ),
    (
        "en",
        '"People should not panic, but they deserve to know what they are drinking," Marchetti-Roux said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bottled water industry's European association said there was no evidence that such particles harm human health.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It remains unknown how many of the particles come from the bottles and how many from the springs themselves.",
        False,
        [],
        None,
    ),
    # --- Mikroplastik in Schweizer Seen (Keystone-SDA), April ---
    (
        "de",
        "Dübendorf (Keystone-SDA) - An der Oberfläche der grossen Schweizer Seen treiben im Durchschnitt 0,4 Mikroplastik-Teilchen pro Kubikmeter Wasser.",
        True,
        [("count", 0.4, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten belastet ist der Genfersee mit bis zu 2,1 Teilchen, teilte die Eawag am Donnerstag mit.",
        True,
        [("count", 2.1, None, "up_to")],
        "die Eawag",
    ),
    (
        "de",
        "Die Forschenden entnahmen zwischen Mai 2023 und Oktober 2024 an 38 Stellen in neun Seen insgesamt 412 Proben.",
        True,
        [
            ("year", 2023, None, None),
            ("year", 2024, None, None),
            ("count", 38, None, None),
            ("count", 9, None, None),
            ("count", 412, None, None),
        ],
        None,
    ),
    (
        "de",
        "Dazu zogen sie ein Netz mit einer Maschenweite von 300 Mikrometern jeweils 20 Minuten lang durchs Wasser.",
        True,
        [("count", 300, None, None), ("duration", 20, "minute", None)],
        None,
    ),
    (
        "de",
        "Fast zwei Drittel der gefundenen Partikel waren Fasern, die vor allem aus dem Waschen synthetischer Kleidung stammen dürften.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Studienleiterin Nadja Furrer-Imboden sagte, pro Jahr gelangten rund 14 Tonnen Mikroplastik in Schweizer Gewässer.",
        True,
        [("count", 14, None, "about")],
        "Nadja Furrer-Imboden",
    ),
    ("de", "«Mikroplastik ist der Fussabdruck unserer Wegwerfgesellschaft», sagte Furrer-Imboden.", False, [], None),
    (
        "de",
        "Ob die gemessenen Konzentrationen Fischen schaden, lässt sich laut der Studie noch nicht beurteilen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat will grössere Kläranlagen bis 2035 verpflichten, eine zusätzliche Reinigungsstufe einzubauen.",
        True,
        [("year", 2035, None, None)],
        None,
    ),
    # --- Plastics treaty talks (Reuters), May ---
    (
        "en",
        "GENEVA, May 6 (Reuters) - Negotiators from some 170 countries began a fifth round of talks on Monday on a global treaty to curb plastic pollution, after four earlier rounds failed to produce agreement.",
        True,
        [
            ("date", "--05-06", None, None),
            ("count", 170, None, "about"),
            ("ordinal", 5, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "The world produces about 460 million tonnes of plastic a year, and less than 10% of it is recycled, according to the OECD.",
        True,
        [("count", 460000000, None, "about"), ("percent", 10, "%", "under")],
        None,
    ),
    (
        "en",
        "More than 60 countries back a binding cap on the production of new plastic, while oil-producing states want the treaty to focus on waste management.",
        True,
        [("count", 60, None, "over")],
        None,
    ),
    (
        "en",
        "Delegates have eight days to agree on a text, the U.N. Environment Programme said.",
        True,
        [("duration", 8, "day", None)],
        None,
    ),
    (
        "en",
        'Panama\'s chief negotiator, Lucía Arosemena, said a treaty without production limits would be "a treaty in name only."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Without new policies, plastic production is on track to almost triple by 2060, the OECD has estimated.",
        True,
        [("year", 2060, None, None)],
        None,
    ),
    (
        "en",
        "Observers doubt a deal can be reached before the talks close on May 14.",
        False,
        [("date", "--05-14", None, None)],
        None,
    ),
    # --- Verpackungsmüll (dpa), Mai ---
    (
        "de",
        "Dessau-Roßlau (dpa) - In Deutschland sind 2023 rund 19,1 Millionen Tonnen Verpackungsabfall angefallen, das sind 226 Kilogramm pro Kopf.",
        True,
        [("year", 2023, None, None), ("count", 19100000, None, "about"), ("count", 226, None, None)],
        None,
    ),
    (
        "de",
        "Gegenüber dem Höchststand von 2021 ist das ein Rückgang um gut 6 Prozent, teilte das Umweltbundesamt mit.",
        True,
        [("year", 2021, None, None), ("percent", 6, "%", "over")],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Bei Kunststoffverpackungen stieg die Recyclingquote um 1,4 Prozentpunkte auf 66,3 Prozent, gesetzlich vorgeschrieben sind seit 2022 mindestens 63 Prozent.",
        True,
        [
            ("percent", 1.4, "pp", None),
            ("percent", 66.3, "%", None),
            ("year", 2022, None, None),
            ("percent", 63, "%", "at_least"),
        ],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der Kunststoffabfälle aus dem Gelben Sack wird allerdings noch immer verbrannt.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Anteil von Mehrwegflaschen bei Getränken sank auf 42 Prozent, obwohl das Verpackungsgesetz eine Quote von 70 Prozent vorsieht.",
        True,
        [("percent", 42, "%", None), ("percent", 70, "%", None)],
        None,
    ),
    (
        "de",
        "Umweltstaatssekretärin Henrike Salewski sagte, ab 2027 müssten Einwegflaschen aus Kunststoff zu mindestens 35 Prozent aus Rezyklat bestehen.",
        True,
        [("year", 2027, None, None), ("percent", 35, "%", "at_least")],
        "Henrike Salewski",
    ),
    ("de", "„Deutschland recycelt gut, aber es vermeidet schlecht“, sagte Salewski.", False, [], None),
    (
        "de",
        "Eine Sprecherin der Deutschen Umwelthilfe nannte die Mehrwegquote „ein einziges Armutszeugnis“.",
        False,
        [],
        None,
    ),
    ("de", "Der Handelsverband warnte vor neuen Pflichten für kleine Geschäfte.", False, [], None),
    # --- Bathing water (PA), June ---
    (
        "en",
        "LONDON (PA) - Nearly one in seven of England's designated bathing sites failed to meet the minimum standard for water quality last summer, official figures show.",
        True,
        [("fraction", 0.1429, None, "nearly")],
        None,
    ),
    (
        "en",
        'Of the 451 sites tested, 64 were rated "poor", up from 37 a year earlier, the Environment Agency said.',
        True,
        [("count", 451, None, None), ("count", 64, None, None), ("count", 37, None, None)],
        "the Environment Agency",
    ),
    (
        "en",
        'The share of sites rated "excellent" fell by 2.3 percentage points to 61.4%.',
        True,
        [("percent", 2.3, "pp", None), ("percent", 61.4, "%", None)],
        None,
    ),
    (
        "en",
        "Samples are taken weekly between May and September and tested for E. coli and intestinal enterococci.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Inland sites are rated poor when readings regularly exceed 500 E. coli colonies per 100 millilitres of water.",
        True,
        [("count", 500, None, None), ("count", 100, None, None)],
        None,
    ),
    (
        "en",
        "Water Minister Callum Dewhurst said the government would ban bonuses for executives of water companies that fail their bathing water targets two years running.",
        True,
        [("duration", 2, "year", None)],
        "Callum Dewhurst",
    ),
    (
        "en",
        '"Nobody should have to check an app before letting their children paddle," Dewhurst said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Surfers Against Sewage said its volunteers had logged 1,870 reports of people falling ill after swimming in the sea or rivers last year.",
        True,
        [("count", 1870, None, None)],
        None,
    ),
    ("en", "Some swimmers fear the poor ratings will lead to the closure of their local beaches.", False, [], None),
    # --- Badegewässer (APA), Juni ---
    (
        "de",
        "Wien (APA) - 97 Prozent der 262 österreichischen Badestellen haben im Vorjahr eine ausgezeichnete Wasserqualität aufgewiesen.",
        True,
        [("percent", 97, "%", None), ("count", 262, None, None)],
        None,
    ),
    (
        "de",
        "Nur drei Badestellen an kleineren Seen in Niederösterreich und der Steiermark wurden als mangelhaft eingestuft, wie die Agentur für Gesundheit und Ernährungssicherheit (Ages) am Montag mitteilte.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Während der Badesaison entnehmen die Behörden an jeder Badestelle mindestens fünf Proben.",
        True,
        [("count", 5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Gesundheitsminister Lorenz Eichinger sagte, seit 2015 sei keine einzige Badestelle mehr dauerhaft gesperrt worden.",
        True,
        [("year", 2015, None, None)],
        "Lorenz Eichinger",
    ),
    (
        "de",
        "„Unsere Seen sind ein Schatz, den wir nicht für selbstverständlich nehmen dürfen“, sagte Eichinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In der Alten Donau in Wien lag die Wassertemperatur am Wochenende bei 24,5 Grad.",
        True,
        [("count", 24.5, None, None)],
        None,
    ),
    (
        "de",
        "Der Verein der Fischer am Neusiedler See befürchtet, dass der niedrige Wasserstand die Algenbildung begünstigt.",
        False,
        [],
        None,
    ),
    # --- PFAS in drinking water (AP), June ---
    (
        "en",
        "WASHINGTON (AP) — Utilities serving about 83 million Americans will have to install new treatment to remove so-called forever chemicals from drinking water, according to an Environmental Protection Agency analysis released Tuesday.",
        True,
        [("count", 83000000, None, "about")],
        None,
    ),
    (
        "en",
        "The federal limit for the two most common compounds, PFOA and PFOS, is 4 parts per trillion.",
        True,
        [("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Water systems have until April 29, 2031, to comply, two years later than originally planned.",
        True,
        [("date", "2031-04-29", None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The EPA estimates the rule will cost utilities about $1.5 billion a year and prevent nearly 10,000 deaths over several decades.",
        True,
        [("money", 1500000000, "USD", "about"), ("count", 10000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Congress has set aside $7.5 billion to help small and rural water systems remove the chemicals.",
        True,
        [("money", 7500000000, "USD", None)],
        None,
    ),
    (
        "en",
        "EPA Administrator Wendell Marchetti said testing at more than 4,000 water systems had found PFAS above the new limits.",
        True,
        [("count", 4000, None, "over")],
        "Wendell Marchetti",
    ),
    ("en", '"Every family deserves water it can trust," Marchetti said.', False, [], None),
    (
        "en",
        "The American Water Works Association has sued the agency, arguing that the limits are not supported by the science.",
        True,
        [],
        None,
    ),
    (
        "en",
        "\"I don't trust the tap anymore, and I don't think I ever will,\" said Loretta Pickens, 67, a retired teacher in Fayetteville, North Carolina.",
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    # --- Geldbuße für Chemieunternehmen (dpa/lnw), Juli ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Wegen der illegalen Einleitung von Abwasser in den Rhein muss ein Chemieunternehmen aus Leverkusen eine Geldbuße von 3,2 Millionen Euro zahlen.",
        True,
        [("money", 3200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen habe zwischen März 2022 und Juni 2023 mindestens 27 Mal die genehmigten Grenzwerte für Chlorid überschritten, teilte die Bezirksregierung Köln mit.",
        True,
        [("year", 2022, None, None), ("year", 2023, None, None), ("count", 27, None, "at_least")],
        "die Bezirksregierung Köln",
    ),
    (
        "de",
        "An einer Messstelle bei Monheim wurden zeitweise bis zu 1.400 Milligramm Chlorid pro Liter gemessen, zulässig sind 400.",
        True,
        [("count", 1400, None, "up_to"), ("count", 400, None, None)],
        None,
    ),
    (
        "de",
        "Etwa 2,5 Tonnen tote Fische wurden im Sommer 2022 aus einem Seitenarm geborgen.",
        True,
        [("count", 2.5, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen hat die Geldbuße akzeptiert und angekündigt, bis 2027 rund 45 Millionen Euro in eine neue Kläranlage zu investieren.",
        True,
        [("year", 2027, None, None), ("money", 45000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Bezirksregierung hat nach dem Fall einen Zwölf-Punkte-Katalog für strengere Kontrollen vorgelegt.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("de", "Der BUND nannte die Summe „lächerlich gering für einen Konzern dieser Größe“.", False, [], None),
    (
        "de",
        "„Der Rhein ist kein Entsorgungsweg für Industrieabfälle“, sagte Umweltminister Friedhelm Kuschnik.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kuschnik sagte, die Bezirksregierungen würden ihre Kontrollen bei Industriebetrieben im kommenden Jahr um ein Viertel ausweiten.",
        True,
        [("fraction", 0.25, None, None)],
        "Kuschnik",
    ),
    # --- Hunter Valley pollution fine (AAP), July ---
    (
        "en",
        "SYDNEY (AAP) - A coal mining company has been ordered to pay A$1.9 million after polluting a creek in the Hunter Valley with sediment-laden water over 11 days.",
        True,
        [("money", 1900000, "AUD", None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "en",
        "The Land and Environment Court found that about 46 million litres of dirty water had flowed into Wollombi Brook.",
        True,
        [("count", 46000000, None, "about")],
        None,
    ),
    (
        "en",
        "The Environment Protection Authority said no miner in the state had ever faced a larger penalty for pollution.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Half of the penalty will go to a local Landcare group to restore 3 kilometres of creek bank.",
        True,
        [("fraction", 0.5, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "EPA chief executive Tevita Lolohea told reporters the company had ignored two warning letters sent in 2023.",
        True,
        [("count", 2, None, None), ("year", 2023, None, None)],
        "Tevita Lolohea",
    ),
    ("en", '"Companies must understand that our rivers are not their drains," Lolohea said.', False, [], None),
    ("en", "The company said it had since rebuilt its sediment dams and would not appeal.", True, [], "the company"),
    (
        "en",
        "It was the 14th prosecution of a mining company by the authority since 2020.",
        True,
        [("ordinal", 14, None, None), ("year", 2020, None, None)],
        None,
    ),
    # --- Nitrat vor dem EuGH (dpa), Juli ---
    (
        "de",
        "Luxemburg (dpa) - Der Europäische Gerichtshof hat Deutschland zum zweiten Mal wegen zu hoher Nitratwerte im Grundwasser verurteilt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "An 28 Prozent der Messstellen des EU-Nitratmessnetzes liege der Wert über 50 Milligramm pro Liter, stellten die Richter fest.",
        True,
        [("percent", 28, "%", None), ("count", 50, None, "over")],
        None,
    ),
    (
        "de",
        "Die Bundesregierung muss nun ein Zwangsgeld von 85.000 Euro pro Tag zahlen, bis die Düngeregeln verschärft sind.",
        True,
        [("money", 85000, "EUR", None)],
        None,
    ),
    ("de", "Hinzu kommt eine Pauschalstrafe von 11 Millionen Euro.", True, [("money", 11000000, "EUR", None)], None),
    (
        "de",
        "Das Bundeslandwirtschaftsministerium kündigte an, binnen drei Monaten einen Entwurf für eine neue Düngeverordnung vorzulegen.",
        True,
        [("duration", 3, "month", None)],
        None,
    ),
    (
        "de",
        "Künftig sollen Betriebe in belasteten Gebieten höchstens 150 Kilogramm Stickstoff pro Hektar ausbringen dürfen.",
        True,
        [("count", 150, None, "at_most")],
        None,
    ),
    (
        "de",
        "Der Bauernverband verlangt, das Messnetz auf mindestens 1.500 Stellen auszubauen.",
        True,
        [("count", 1500, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Die Zeche für jahrzehntelanges Wegschauen zahlen jetzt die Steuerzahler“, sagte ein Sprecher des Naturschutzbunds.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wasserversorger schätzen die Mehrkosten für die Aufbereitung auf bis zu 1,1 Milliarden Euro im Jahr.",
        True,
        [("money", 1100000000, "EUR", "up_to")],
        None,
    ),
    # --- Dutch climate ruling (Reuters), August ---
    (
        "en",
        "THE HAGUE, Aug 21 (Reuters) - A Dutch court on Wednesday ordered the government to cut the country's greenhouse gas emissions by at least 60% from 1990 levels by 2035, handing a victory to a coalition of environmental groups.",
        True,
        [
            ("date", "--08-21", None, None),
            ("percent", 60, "%", "at_least"),
            ("year", 1990, None, None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "en",
        "The groups, led by the foundation Klimaatrecht Nu, had argued that existing policies would deliver a cut of only about 48%.",
        True,
        [("percent", 48, "%", "about")],
        None,
    ),
    (
        "en",
        "The case was filed in March 2023 and heard over four days in June.",
        True,
        [("year", 2023, None, None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "Presiding judge Rutger Kleinveld said the government had missed its own interim targets in three of the past five years.",
        True,
        [("count", 3, None, None), ("duration", 5, "year", None)],
        "Rutger Kleinveld",
    ),
    ("en", "The government has three months to appeal.", True, [("duration", 3, "month", None)], None),
    (
        "en",
        '"Today the court has said what scientists have been telling us for 30 years," said Femke Oosterhuis, director of Klimaatrecht Nu.',
        False,
        [("duration", 30, "year", None)],
        None,
    ),
    ("en", 'Farm and industry groups called the ruling "government by judges."', False, [], None),
    (
        "en",
        "Climate Minister Pieter-Jan Hoekstein said the cabinet would study the judgment before deciding whether to appeal.",
        False,
        [],
        None,
    ),
    # --- Klimaschutzprogramm vor Gericht (dpa), August ---
    (
        "de",
        "Berlin (dpa) - Das Oberverwaltungsgericht Berlin-Brandenburg hat die Bundesregierung auf Klage von zwei Umweltverbänden verpflichtet, ihr Klimaschutzprogramm nachzubessern.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Maßnahmen reichten nicht aus, um die Emissionen bis 2030 wie gesetzlich vorgeschrieben um 65 Prozent gegenüber 1990 zu senken, teilte das Gericht am Donnerstag mit.",
        True,
        [("year", 2030, None, None), ("percent", 65, "%", None), ("year", 1990, None, None)],
        "das Gericht",
    ),
    (
        "de",
        "Nach Berechnungen des Gerichts fehlen bis dahin Einsparungen von rund 200 Millionen Tonnen CO2-Äquivalenten.",
        True,
        [("count", 200000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Regierung muss bis zum 31. März 2027 ein nachgebessertes Programm vorlegen.",
        True,
        [("date", "2027-03-31", None, None)],
        None,
    ),
    (
        "de",
        "Geklagt hatten die Deutsche Umwelthilfe und der BUND, das Verfahren lief seit Herbst 2023.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    ("de", "Die Revision zum Bundesverwaltungsgericht wurde zugelassen.", True, [], None),
    (
        "de",
        "BUND-Vorsitzende Thekla Margraf sagte, das Urteil sei „ein Weckruf, den die Regierung nicht länger überhören kann“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Regierungssprecher sagte, man werde die schriftliche Urteilsbegründung abwarten und dann über Rechtsmittel entscheiden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Es ist bereits das dritte Urteil dieser Art gegen die Bundesregierung seit 2021.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "Die beiden Verbände verlangen außerdem, auf Autobahnen höchstens Tempo 120 zu erlauben.",
        True,
        [("count", 120, None, "at_most")],
        None,
    ),
    # --- US plastic recycling (AP), September ---
    (
        "en",
        "NEW YORK (AP) — Only about 5% of the plastic waste thrown out by U.S. households was recycled last year, down from 9.1% in 2018, according to a report by two environmental groups.",
        True,
        [
            ("percent", 5, "%", "about"),
            ("percent", 9.1, "%", None),
            ("year", 2018, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Americans discarded about 48 million tons of plastic, or roughly 290 pounds per person, the report found.",
        True,
        [("count", 48000000, None, "about"), ("count", 290, None, "about")],
        None,
    ),
    (
        "en",
        "PET bottles were recovered at a rate of 21%, while film and bags were almost never recycled.",
        True,
        [("percent", 21, "%", None)],
        None,
    ),
    (
        "en",
        "The 10 states with bottle deposit laws recycled 2.5 times as many bottles per resident as states without them.",
        True,
        [("count", 10, None, None), ("count", 2.5, None, None)],
        None,
    ),
    (
        "en",
        "Co-author Priyanka Dalal said U.S. facilities could process only about a third of the plastic that households put in recycling bins.",
        True,
        [("fraction", 0.3333, None, "about")],
        "Priyanka Dalal",
    ),
    (
        "en",
        '"Recycling has become a fairy tale we tell ourselves so we can keep buying plastic," Dalal said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The American Chemistry Council rejected the findings as "misleading" and said new chemical recycling plants would handle 1.2 million tons a year by 2030.',
        True,
        [("count", 1200000, None, None), ("year", 2030, None, None)],
        None,
    ),
    ("en", "Environmental groups urged Congress to act before the problem grows any worse.", False, [], None),
    # --- Recycling in der Schweiz (Keystone-SDA), September ---
    (
        "de",
        "Bern (Keystone-SDA) - Von den in der Schweiz verkauften PET-Getränkeflaschen sind im vergangenen Jahr 82 Prozent zurück in den Kreislauf gelangt.",
        True,
        [("percent", 82, "%", None)],
        None,
    ),
    (
        "de",
        "Bei Aluminiumdosen lag die Quote bei 91 Prozent, bei Glas bei 96 Prozent, wie das Bundesamt für Umwelt (Bafu) am Mittwoch mitteilte.",
        True,
        [("percent", 91, "%", None), ("percent", 96, "%", None)],
        None,
    ),
    (
        "de",
        "Die gesetzliche Mindestquote für Getränkeverpackungen beträgt 75 Prozent.",
        True,
        [("percent", 75, "%", None)],
        None,
    ),
    (
        "de",
        "Pro Kopf fielen in der Schweiz 674 Kilogramm Siedlungsabfall an, die dritthöchste Menge in Europa.",
        True,
        [("count", 674, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Auf jeder Flasche wird ein vorgezogener Recyclingbeitrag von 1,8 Rappen erhoben.",
        True,
        [("money", 0.018, "CHF", None)],
        None,
    ),
    (
        "de",
        "Geschäftsführer Corsin Vieli sagte, seit 2020 seien über 400 neue Sammelstellen eingerichtet worden.",
        True,
        [("year", 2020, None, None), ("count", 400, None, "over")],
        "Corsin Vieli",
    ),
    ("de", "«Jede Flasche, die im Abfall landet, ist eine verpasste Chance», sagte Vieli.", False, [], None),
    (
        "de",
        "Umweltorganisationen halten das Sammelsystem für ein Feigenblatt, solange der Verbrauch von Einwegplastik weiter steigt.",
        False,
        [],
        None,
    ),
    # --- Korean emissions fine (Reuters), October ---
    (
        "en",
        "SEOUL, Oct 8 (Reuters) - South Korea's environment ministry on Wednesday fined a petrochemical company 2.8 billion won for under-reporting toxic emissions from its plant in Ulsan over six years.",
        True,
        [("date", "--10-08", None, None), ("money", 2800000000, "KRW", None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "Inspectors found benzene levels up to 37 times the legal limit at the edge of the plant in 2024.",
        True,
        [("count", 37, None, "up_to"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The company, which was not named, had submitted falsified readings on at least 1,300 occasions, the ministry said.",
        True,
        [("count", 1300, None, "at_least")],
        None,
    ),
    (
        "en",
        "Three employees have been referred to prosecutors and face up to seven years in prison.",
        True,
        [("count", 3, None, None), ("duration", 7, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Environment Minister Seo Min-jun said the ministry would install real-time monitors at 240 large industrial sites by 2027.",
        True,
        [("count", 240, None, None), ("year", 2027, None, None)],
        "Seo Min-jun",
    ),
    (
        "en",
        "The ministry will also open a six-week public consultation on tougher penalties for falsified data.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    ("en", '"Faking data is a crime against the people who live next to these plants," Seo said.', False, [], None),
    ("en", "Whether the company will challenge the fine was not immediately known.", False, [], None),
    # --- Einwegkunststofffonds (dpa), Oktober ---
    (
        "de",
        "Berlin (dpa) - Hersteller von Einwegplastik wie To-go-Bechern, Chipstüten und Zigarettenfiltern müssen in diesem Jahr erstmals rund 430 Millionen Euro in den Einwegkunststofffonds einzahlen.",
        True,
        [("money", 430000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Abgabe beträgt je nach Produkt zwischen 18 Cent und 7,40 Euro pro Kilogramm, teilte das Umweltbundesamt mit.",
        True,
        [("money", 0.18, "EUR", None), ("money", 7.4, "EUR", None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Rund 1.700 Unternehmen haben sich bislang auf der Plattform des Fonds registriert.",
        True,
        [("count", 1700, None, "about")],
        None,
    ),
    (
        "de",
        "Mit dem Geld sollen Kommunen die Kosten für die Reinigung von Parks und Straßen erstattet bekommen, die der Städtetag auf jährlich rund 700 Millionen Euro beziffert.",
        True,
        [("money", 700000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Zigarettenkippen machen nach Zählungen an Stränden und in Parks etwa ein Viertel aller weggeworfenen Einwegartikel aus.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Bundesumweltministerin Jutta Riedesel sagte, ab 2028 solle die Abgabe auch für Einweggeschirr aus beschichtetem Papier gelten.",
        True,
        [("year", 2028, None, None)],
        "Jutta Riedesel",
    ),
    ("de", "„Wer Müll verursacht, muss auch für seine Beseitigung zahlen“, sagte Riedesel.", False, [], None),
    ("de", "Der Verband kommunaler Unternehmen nannte die Summe „viel zu knapp bemessen“.", False, [], None),
    (
        "de",
        "Die Kunststoffindustrie hat gegen das Gesetz Verfassungsbeschwerde in Karlsruhe eingelegt.",
        True,
        [],
        None,
    ),
    # --- Global carbon emissions (AFP), November ---
    (
        "en",
        "PARIS (AFP) - Global carbon dioxide emissions from fossil fuels are set to reach a record 38.1 billion tonnes this year, 1.1% more than last year, according to estimates published on Wednesday by an international team of scientists.",
        True,
        [("count", 38100000000, None, None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "China's emissions were expected to edge up by 0.2%, while India's were projected to rise by 4.6%.",
        True,
        [("percent", 0.2, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "en",
        "Emissions in the European Union were forecast to fall by 3.8% and those of the United States by 0.6%.",
        True,
        [("percent", 3.8, "%", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        "At the current rate, the world would use up the remaining carbon budget for limiting warming to 1.5C within about six years, the scientists said.",
        True,
        [("count", 1.5, None, None), ("duration", 6, "year", "about")],
        None,
    ),
    (
        "en",
        "Lead author Siobhan Carrick said emissions from deforestation had fallen by roughly a fifth over the past decade.",
        True,
        [("fraction", 0.2, None, "about")],
        "Siobhan Carrick",
    ),
    ("en", '"We keep waiting for the peak, and the peak keeps not coming," Carrick said.', False, [], None),
    (
        "en",
        "Emissions from aviation rose by 5.9% and are now close to their level before the pandemic.",
        True,
        [("percent", 5.9, "%", None)],
        None,
    ),
    ("en", "Scientists fear the pledges made so far will not be enough to prevent dangerous warming.", False, [], None),
    # --- Illegale Deponie in Tirol (APA), November ---
    (
        "de",
        "Innsbruck (APA) - Ein Tiroler Entsorgungsunternehmen ist nach dreitägiger Verhandlung wegen der illegalen Ablagerung von rund 16.000 Tonnen Bauschutt und Kunststoffabfällen zu einer Geldstrafe von 240.000 Euro verurteilt worden.",
        True,
        [("duration", 3, "day", None), ("count", 16000, None, "about"), ("money", 240000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Geschäftsführer, ein 58-Jähriger aus dem Bezirk Schwaz, erhielt zudem eine bedingte Haftstrafe von 14 Monaten.",
        True,
        [("duration", 58, "year", None), ("duration", 14, "month", None)],
        None,
    ),
    (
        "de",
        "Der Mann habe die Abfälle zwischen 2019 und 2022 auf einem ehemaligen Schottergelände vergraben und dafür knapp 1,1 Millionen Euro an Entsorgungsgebühren kassiert, sagte die Richterin.",
        True,
        [("year", 2019, None, None), ("year", 2022, None, None), ("money", 1100000, "EUR", "nearly")],
        None,
    ),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    (
        "de",
        "Bodenproben hätten an 9 von 12 Stellen erhöhte Werte von Schwermetallen ergeben, teilte das Land Tirol mit.",
        True,
        [("count", 9, None, None), ("count", 12, None, None)],
        "das Land Tirol",
    ),
    (
        "de",
        "Die Sanierung des Geländes werde voraussichtlich drei Jahre dauern und rund 4 Millionen Euro kosten.",
        True,
        [("duration", 3, "year", None), ("money", 4000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer die Natur als Müllhalde missbraucht, muss das spüren“, sagte Umweltlandesrätin Melanie Starzacher.",
        False,
        [],
        None,
    ),
    ("de", "Der Verteidiger kündigte an, Berufung einzulegen.", True, [], None),
    # --- North Sea oil field ruling (PA), December ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's Court of Session has quashed the government's approval of the Skerrymore oil field in the North Sea, ruling that ministers failed to assess the emissions from burning the oil it would produce.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The field was expected to produce about 220 million barrels of oil over 25 years.",
        True,
        [("count", 220000000, None, "about"), ("duration", 25, "year", None)],
        None,
    ),
    (
        "en",
        "Burning that oil would release roughly 95 million tonnes of carbon dioxide, according to Greenpeace and the campaign group Open Sea Scotland, which brought the case.",
        True,
        [("count", 95000000, None, "about")],
        None,
    ),
    (
        "en",
        "The approval had been unlawful because it ignored a 2024 Supreme Court ruling on emissions from burning fossil fuels, the court said.",
        True,
        [("year", 2024, None, None)],
        "the court",
    ),
    (
        "en",
        "Energy Secretary Julian Ashcombe said the government would reassess the field within 12 weeks.",
        True,
        [("duration", 12, "week", None)],
        "Julian Ashcombe",
    ),
    (
        "en",
        '"This ruling is a turning point for the climate and for every community living with its consequences," said Mairi Galbraith of Open Sea Scotland.',
        False,
        [],
        None,
    ),
    ("en", "The operator said the delay put 1,100 jobs at risk.", True, [("count", 1100, None, None)], "the operator"),
    ("en", "Industry body Offshore Energies UK warned the ruling would deter investment.", False, [], None),
    (
        "en",
        "It was the third North Sea project to be blocked by a court since 2023.",
        True,
        [("ordinal", 3, None, None), ("year", 2023, None, None)],
        None,
    ),
    # --- Feinstaub an Silvester (dpa), Dezember ---
    (
        "de",
        "Berlin (dpa) - Durch Feuerwerk werden in Deutschland in der Silvesternacht nach Schätzungen rund 1.700 Tonnen Feinstaub freigesetzt.",
        True,
        [("count", 1700, None, "about")],
        None,
    ),
    (
        "de",
        "An einzelnen Messstationen stiegen die Werte in der ersten Stunde des neuen Jahres auf mehr als 1.000 Mikrogramm pro Kubikmeter.",
        True,
        [("ordinal", 1, None, None), ("count", 1000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Deutsche Umwelthilfe hat nach eigenen Angaben in 41 Städten ein Böllerverbot für die Innenstädte beantragt.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Laut einer YouGov-Umfrage wünschen sich 58 Prozent der Erwachsenen, dass privates Feuerwerk bundesweit untersagt wird.",
        True,
        [("percent", 58, "%", None)],
        None,
    ),
    (
        "de",
        "Fast jeder dritte Befragte gab an, selbst kein Feuerwerk mehr zu kaufen.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Verband der pyrotechnischen Industrie bezifferte den Umsatz mit Silvesterfeuerwerk auf zuletzt 197 Millionen Euro.",
        True,
        [("money", 197000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ein Verbot wäre ein Angriff auf eine jahrhundertealte Tradition“, sagte Verbandschef Konstantin Wöhrle.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wöhrle sagte, moderne Batteriefeuerwerke setzten bis zu 30 Prozent weniger Feinstaub frei als noch vor zehn Jahren.",
        True,
        [("percent", 30, "%", "up_to"), ("duration", 10, "year", None)],
        "Wöhrle",
    ),
    (
        "de",
        "Ärzte raten Menschen mit Asthma, in der Silvesternacht Fenster und Türen geschlossen zu halten.",
        False,
        [],
        None,
    ),
    # --- Soft plastics recycling (AAP), December ---
    (
        "en",
        "MELBOURNE (AAP) - Australian supermarkets will restart collecting soft plastics such as bread bags and chip packets at 1,800 stores from February, two years after the previous scheme collapsed.",
        True,
        [("count", 1800, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "About 9,400 tonnes of soft plastics collected under the old scheme were later found stockpiled in warehouses in Victoria and New South Wales.",
        True,
        [("count", 9400, None, "about")],
        None,
    ),
    (
        "en",
        "The new program aims to recycle at least 60,000 tonnes a year by 2028, Environment Minister Megan Strachan said.",
        True,
        [("count", 60000, None, "at_least"), ("year", 2028, None, None)],
        "Megan Strachan",
    ),
    (
        "en",
        "Australians use an estimated 70 billion pieces of soft plastic each year, and fewer than one in 20 is recycled.",
        True,
        [("count", 70000000000, None, "about"), ("fraction", 0.05, None, "under")],
        None,
    ),
    (
        "en",
        "The scheme will be funded by a levy of A$20 per tonne of packaging sold by participating brands.",
        True,
        [("money", 20, "AUD", None)],
        None,
    ),
    (
        "en",
        '"This time we have to get it right, because shoppers will not forgive another failure," Strachan said.',
        False,
        [],
        None,
    ),
    ("en", "Environmental groups said the target was far too low.", False, [], None),
    (
        "en",
        "Several states have banned single-use plastic cutlery, plates and straws since 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
]
