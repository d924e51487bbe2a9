"""Four-hundred-and-tenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real political offices appear only by their
office („Die Bundesforschungsministerin“, „Die Wissenschaftsministerin“, „die Ministerin“,
"The White House", "Democrats on the committee").

Names: the researchers, laureates, agency staff and the congressman are invented - Hanne
Steffensen, Friederike Lanzerath, Verena Kogler-Strasser, Seraina Tuor, Leonhard
Greifenhagen, Sayaka Tominaga, Elisabeth Hornbostel, Jonas Feldkircher, Korbinian Ertlmaier,
Amrei Thielscher, Matthäus Riedlhammer, Corina Pedrazzini-Fluri, Inken Rasmussen-Vogt, Bernd
Kühnapfel, Nele Brandstädter; Catriona Linklater-Moar, Delphine Achterkamp, Marit Kvålsvoll,
Imogen Tasker-Reid, Ruth Ellingboe, Tobias Ashdown-Pryce, Hisham Abdel-Rahim, Roland
Dunmarrow, Anneli Rautavaara, Megan Kilgallon-Tait, Kwabena Asante-Morrow, Alisdair
Trevorrow, Eilidh Drummond-Fyfe, Lukas Ferreira-Hahn, Wen Haoran, Rhonda Featherstonhaugh;
and every unnamed official, researcher, analyst, campaigner and critic - and so are the
finds, the planet and the craft: the settlement on a power-line route in Saxony-Anhalt, the
house on Sanday, the scribe's tomb near Luxor, the bucket and the tapers from Hallstatt, the
planet round a red dwarf 31 light years away, the black hole seen by Webb, the probe
„Hesperia“ and the Chinese ultraviolet telescope. Real bodies, journals, instruments and
places (Copernicus, EU-Klimawandeldienst, Denkmalbehörde des Landes Sachsen-Anhalt,
Salzmünder Kultur, Medizinische Universität Graz, „European Heart Journal“, Cern, LHCb,
«Physical Review Letters», Königlich Schwedische Akademie der Wissenschaften, Nobelkomitee,
Physikalisch-Technische Bundesanstalt (PTB), Braunschweig, Deutsche Forschungsgemeinschaft
(DFG), Hochschulrektorenkonferenz, Max-Planck-Institut für Astronomie, Carmenes,
Calar-Alto-Observatorium, „Astronomy & Astrophysics“, Zugspitze, Schneefernerhaus,
Umweltbundesamt (UBA), WMO, Statistik Austria, Universitätenkonferenz, Max-Planck-Institut
für Verhaltensbiologie, Vogelwarte, Radolfzell, Sahelzone, Hallstatt, Naturhistorisches
Museum Wien, Schweizerischer Nationalfonds (SNF), Horizon Europe, swissuniversities,
Bundesamt für Seeschifffahrt und Hydrographie (BSH), Cuxhaven, Deutsches
Krebsforschungszentrum (DKFZ), Esa, Darmstadt; Orkney, Sanday, the University of the
Highlands and Islands, the Ness of Brodgar, NASA, El Niño, the National Snow and Ice Data
Center (NSIDC), Boulder, Britain's Medical Research Council, the Nobel Assembly at the
Karolinska Institute, Luxor, Dra Abu el-Naga, the Grand Egyptian Museum, the House
Appropriations Committee, the National Institutes of Health, the Association of American
Medical Colleges, the World Meteorological Organization and its Greenhouse Gas Bulletin, the
Australian Institute of Marine Science, the Great Barrier Reef, Cairns, the James Webb Space
Telescope, the journal Nature, NHS figures, the University of Bath, the Met Office,
Heathrow, the Copernicus Atmosphere Monitoring Service, the Montreal Protocol, the Long
March 2C, the Jiuquan Satellite Launch Center, the Chinese Academy of Sciences, the National
Oceanic and Atmospheric Administration, Greenland, Alaska, and the datelines' cities) stand
for the way wire copy names them; every reading, anomaly, concentration, rate, area, sample,
ratio, share, budget, grant, prize sum, distance, mass, age, date, tally and quote here is
invented, and where a real figure came to mind (a real monthly anomaly or run of months
above 1.5 degrees, a real sea-ice minimum, a real NASA sea-level figure or rate, a real WMO
concentration, growth or share of the pre-industrial level, a real reef cover or count of
bleaching events, a real R&D ratio or spending total, a real DFG overhead rate or centre
count, a real NIH budget or headcount, a real Nobel prize sum, a real ozone-hole peak,
recovery year or phase-out share, a real Chinese launch tally, a real Arctic warming
multiple or Greenland loss, a real station altitude or start year, a real North Sea rise) it
was changed; historical years and facts are kept (the pre-industrial reference period 1850
to 1900, satellite altimetry since 1993, ice records since 1979, the UK series since 1884,
the first Nobel prizes in 1901, the Montreal Protocol of 1987, Switzerland's exclusion from
Horizon Europe in 2021, the UK's ban on disposable vapes in June 2025 and its age limit of
18, salt mining at Hallstatt for more than 7,000 years).

Its weight: SCIENCE AND RESEARCH NEWS (the forty-fourth batch weighed science, space,
research and education copy, the ninety-seventh an ordinary science, health and technology
day, the hundred-twelfth, hundred-eighty-fifth, two-hundred-and-thirty-fourth,
two-hundred-and-eighty-third, three-hundred-and-forty-sixth and
three-hundred-and-seventy-ninth space missions, science news, research funding and
astronomy, the seventy-fourth climate science, the hundred-tenth, hundred-ninety-fourth,
two-hundred-and-fifty-first and three-hundred-and-thirtieth weather and climate records, the
three-hundred-and-seventy-first climate and environment policy, the sixty-fourth,
hundred-fifty-fifth, two-hundred-and-fifty-second, three-hundred-and-sixty-second and
three-hundred-and-ninety-ninth medicine and medical studies and the hundred-seventy-first
archaeology; their decisions are kept) over four months of one year, September to December,
as 30 short stories in story order, the German and English desks interleaved by month, each
told as wire copy runs it (a dateline lead with the finding, then the figures, the sample
and the method, attributed claims, quotes, the researchers' cautions, the other side, the
publication line). German (dpa with "dpa/sa" and "dpa/lby", APA, Keystone-SDA; Austrian
„heuer“, „Jänner“, Swiss „Übergangsmassnahmen“, „2'900“, „18'500“, «» quotes, German „“
quotes): Copernicus' monthly bulletin, a settlement found on a power-line route in
Saxony-Anhalt, a step-count study from Graz, a rare decay measured at Cern, the physics
Nobel for optical clocks, the DFG's new collaborative research centres, a planet in the
habitable zone of a red dwarf, a CO2 record on the Zugspitze, Austria's R&D ratio, storks
wintering in Spain, finds in the Hallstatt salt mine, the Swiss National Science
Foundation's year, sea level on the North Sea and Baltic coasts, a screening-colonoscopy
study and a probe's Venus flyby. English (Reuters with dated datelines, AFP with dated
datelines, AP, PA, AAP): a Neolithic house on Orkney, NASA's sea-level figures, the Arctic
sea-ice minimum, air pollution and dementia, the medicine Nobel, a scribe's tomb near Luxor,
an NIH spending bill, the WMO's Greenhouse Gas Bulletin, the Great Barrier Reef survey, an
early black hole seen by Webb, vaping among schoolchildren, the UK's autumn, the ozone hole,
a Chinese ultraviolet telescope and the Arctic Report Card. Figures as such copy has them:
degrees above the pre-industrial level and above reference periods („1,46 Grad über dem
vorindustriellen Niveau der Jahre 1850 bis 1900“, "about 1.49 degrees Celsius above
pre-industrial levels", "1.1C above the 1991-2020 average"), concentrations in ppm and ppb
and as a percentage of the pre-industrial level, sea level in centimetres and inches and its
rise in millimetres per year, sea-ice and ozone-hole areas in million square kilometres,
study samples, follow-up spans, deaths and absolute risks, hazard and risk ratios with
confidence intervals, relative risks as percentages and fractions, "one in 12", a number
needed to screen, standard deviations, light years, Earth and solar masses, temperatures
with "minus" and "plus", scaled ages and spans („rund 30 Milliarden Jahren“, "about 13.2
billion years", "3 million to 5 million years ago"), the scale words wire copy uses for big
numbers instead of powers of ten („1,8 Billiarden Protonenkollisionen“, "40 million times
the mass of the Sun", "118 billion tons", "800 million stars"), years before Christ
(„zwischen etwa 3100 und 2850 v. Chr.“, "around 3100 BC", „um 1250 vor Christus“) and ages
of finds („rund 5.000 Jahre alt“, "about 5,100 years old"), research budgets, grants and
prize money in euros, francs, dollars, Swedish crowns and yuan, success rates in percent and
percentage points, ranks, ordinals and fractions in words, number words and compounds
(„vierjährigen“, „zehnjähriges“, „Sieben-Punkte-Plan“, „Der 58-Jährige“, "six-week",
"47-year", "2.8-tonne", "two dozen", "three and a half times", "11 to 15-year-olds"), hedges
and ranges. Negatives as such copy has them - 57 rows, none with a figure: researchers',
laureates', officials' and a congressman's quotes of wonder and rhetoric, speculation and
suspicion about causes, cautions from outside experts, a forecast held back, doubts, hopes,
fears and worries, open questions, labels, a critics' charge, criticism, an appeal, advice
and a mood line, each near a check-worthy look-alike from the same story (often the same
researcher's figure beside her cautious view).

240 rows (123 German, 117 English), 57 negatives (29 German, 28 English), 183 check-worthy
rows of which 16 carry no figure (11 German, 5 English), 338 expected quantities (144
counts, 49 durations - 36 in years, 4 in months, 3 in hours, 2 in days, 2 in weeks, 1 in
minutes, 1 in seconds -, 44 years, 36 percentages - 34 in "%", 2 in percentage points "pp"
-, 20 fractions, 18 ordinals, 15 amounts of money - 6 USD, 4 EUR, 2 CHF, 2 SEK, 1 CNY -, 12
dates - all without a year -; none of them in a negative), 38 checked speakers (20 German,
18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, caution, speculation or piece of rhetoric
  is a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fifty-second, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth, three-hundred-and-seventy-ninth); a quoted or reported
  finding, figure, method, limit, plan, projection, budget line or position is check-worthy
  with its speaker, also in Konjunktiv I (hundred-twelfth, hundred-seventy-first,
  two-hundred-and-fifty-second, three-hundred-and-seventy-first). Pairs from one speaker:
  Steffensen's twelve months and 1.52 degrees beside „Das Klima schreibt gerade Geschichte“;
  Linklater-Moar's 40 km beside "almost hear them talking"; Lanzerath's culture beside her
  „Fenster in die Jungsteinzeit“; Achterkamp's two-thirds beside "foot on the accelerator";
  Kogler-Strasser's 1,000 steps and seven percent beside „Niemand muss Marathon laufen“;
  Kvålsvoll's fifth and two-thirds beside "The Arctic I learned about as a student is gone";
  Tuor's 0.4 percent beside «Die Natur flüstert uns vielleicht etwas zu»; Tasker-Reid's one
  in 12 beside "a dementia-prevention programme"; Ashdown-Pryce's 15 years and Ellingboe's
  age beside her "waiting for someone to tell me it was a mistake"; Greifenhagen's 14
  researchers beside his „für einen Irrtum gehalten“ (a laureate's feeling,
  two-hundred-and-eighty-third); Abdel-Rahim's 70 percent beside "a page from a diary";
  Hornbostel's third beside „zu oft Nein sagen“; Dunmarrow's five years beside "respect the
  taxpayer"; Feldkircher's eight billion years beside „jede Beobachtungsminute“;
  Rautavaara's half beside "the only planet we have"; Ertlmaier's ten seconds beside „beim
  Älterwerden zusehen“; the minister's 4 percent and seven-point plan beside „keine Ausgabe,
  sondern eine Investition“; Kilgallon-Tait's 40 years beside "a boxer"; Thielscher's 22
  grams beside „stimmen mit ihren Flügeln ... ab“; Asante-Morrow's tenth beside "a toddler";
  Riedlhammer's 7,000 years beside „der beste Restaurator“; Trevorrow's June 2025 beside
  "the sweets out of the shop window"; Drummond-Fyfe's eight of 10 beside "what we expect";
  Pedrazzini-Fluri's quarter beside «einen langen Atem»; Ferreira-Hahn's 2068 beside "fix
  what it breaks"; Rasmussen-Vogt's 1.1 metres beside „für unsere Urenkel“; Wen's 800
  million beside "a new window"; Kühnapfel's third beside „die meisten lassen sie liegen“;
  Featherstonhaugh's 2 degrees beside "not a bedtime story"; Brandstädter's 250 degrees
  beside „eine Stecknadel fallen hören“. As the brief for these batches asks, negatives
  carry no expected quantities, and this batch writes no figure into them (articles as in
  „einen neuen Rekord“, "a decade of broken promises", "the only planet" carry none).
- Researchers' caution and speculation, the weight's own (hundred-fifty-fifth,
  hundred-seventy-first, two-hundred-and-fifty-second, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth, three-hundred-and-ninety-ninth): a study's stated limit is
  check-worthy without a figure ("The authors said the data came from an observational
  cohort and could not establish ...", „Weil die Teilnehmenden selbst über die Untersuchung
  entschieden, lasse sich ein ursächlicher Effekt nicht sicher belegen, schreiben die
  Autorinnen und Autoren.“), as is a team's modelled figure („könnten nach Modellrechnungen
  des Teams Temperaturen zwischen minus 20 und plus 15 Grad herrschen“) and a researcher's
  projection with a figure ("was on track to return to its 1980 levels around 2068", „rechne
  man bis 2100 mit einem Anstieg von bis zu 1,1 Metern“; three-hundred-and-seventy-first: a
  reported forecast with a figure); a caution that tells the reader how to take the results
  is a negative ("Outside experts cautioned that people living near busy roads may differ
  ..."; two-hundred-and-fifty-second), and so are speculation and suspicion about causes and
  what cannot be seen ("Some researchers suspect ...", "Some archaeologists have speculated
  ..., though there is no firm evidence for that", "Some theorists suspect ...", „Fachleute
  vermuten, dass der Planet eine dichte Atmosphäre besitzt ...“, „Andere Teilchenphysiker
  halten es für gut möglich, ...“; three-hundred-and-forty-sixth,
  three-hundred-and-seventy-ninth), a claim about motives ("Western analysts say Beijing is
  using big science missions to build prestige ..."; two-hundred-and-eighty-third), a
  forecast held back („..., wollen die Forschenden noch nicht vorhersagen“;
  three-hundred-and-seventy-first), open questions („Ob ..., ist noch offen.“, "How quickly
  ... is still unclear.", „Wozu ..., ist unter den Forschenden umstritten.“, „Wie schnell
  ..., bleibt nach Ansicht vieler Fachleute die größte Unbekannte.“; hundred-seventy-first,
  two-hundred-and-eighty-third), hopes, fears and worries ("said they hoped",
  „Planetenforscher hoffen“, „Naturschützer befürchten“, "said they feared", "Some
  researchers worry"), a doubt („Die Universitätenkonferenz bezweifelt, ...“), labels
  („sprach von einem „Ritterschlag ...““, "called the bill an attack ...", "described the
  numbers as an indictment ..."; New: "described ... as" is a label as "called" and
  „bezeichnete ... als“ are - three-hundred-and-forty-sixth), criticism („kritisierte, der
  Bund setze ... die falschen Prioritäten“), a critics' charge without a checkable claim
  ("Critics say the ministry times such announcements ..."; hundred-seventy-first), an
  appeal naming no measure („forderte Bund und Länder auf, die DFG besser auszustatten“;
  three-hundred-and-forty-sixth), advice („Die Forschenden raten ...“, „Fachleute raten
  ...“; two-hundred-and-fifty-second) and a mood line ("For many, the mild weeks felt more
  like ...").
- Check-worthy without a figure (16 rows; hundred-twelfth, hundred-seventy-first,
  two-hundred-and-eighty-third, three-hundred-and-forty-sixth): the Cern lead („so genau wie
  nie zuvor“ none), the physics Nobel lead and the Academy's citation, Lanzerath's dating of
  the settlement to a named culture, the dig's schedule and the ministry's plan for the
  figurines (hundred-seventy-first: a dig's and a museum's schedule), four publication lines
  („European Heart Journal“, «Physical Review Letters» as a submission, „Astronomy &
  Astrophysics“, the team's paper in Nature - "among the most distant black holes ever
  confirmed"), the publication of Statistik Austria's estimate („Das geht aus ... hervor“;
  three-hundred-and-seventy-first), the two stated limits above, the report's findings on
  Acropora corals and on tundra ("first documented" none; hundred-seventy-first: "first
  revealed"), and the bulletins' method („Für die Bulletins werden Milliarden Messwerte ...
  ausgewertet.“ - „Milliarden“ without a figure is a vague magnitude and carries none, as
  "Thousands of people", sixty-fourth, and "Hundreds of thousands", seventeenth).
- Climate readings (seventy-fourth, hundred-tenth, hundred-forty-fifth,
  two-hundred-and-fifty-first, three-hundred-and-thirtieth,
  three-hundred-and-seventy-first): degrees of warming and temperatures are counts („16,71
  Grad“, „1,46 Grad über dem vorindustriellen Niveau“ and „1,52 Grad“ - seventy-fourth:
  "1,59 Grad über dem vorindustriellen Niveau" -, „über der Marke von 1,5 Grad“, „im Schnitt
  20,89 Grad“, "about 1.49 degrees Celsius above pre-industrial levels", "averaging 11.2C",
  "1.1C above", "29.4C", "about 1.4 degrees Celsius (2.5 degrees Fahrenheit)" with the
  converted figure bare, "2 to 3 degrees Celsius warmer" both, "by up to 2 degrees" "up_to";
  „über dem“, "above" and "warmer" after the figure compare and hedge nothing;
  "pre-industrial", „vorindustriell“ and "since records began" carry none); reference
  periods give both years („der Jahre 1850 bis 1900“, "the 1981-2010 average", "the
  1991-2020 average", "the 1991-2020 norm", "the 2002-2025 average";
  three-hundred-and-seventy-first: "the 1850-1900 average"); concentrations are counts
  (thirty-third, three-hundred-and-seventy-first: „425,9 ppm“, „2,7 ppm über dem des
  Vorjahres“, „etwa 280 ppm“, „gut 427 ppm“, „2.012 ppb“, "a record 3.7 parts per million" -
  "a record" no hedge -, "427.6 ppm", "roughly 278 ppm", "1,946 parts per billion", "339.1
  ppb"), and a share of the pre-industrial level is a percentage ("about 154% of the
  pre-industrial level"; seventy-fourth: "151.5% of its pre-industrial level"); sea level
  and its rate are counts (three-hundred-and-forty-sixth: „um gut zwölf Zentimeter ...,
  zuletzt um etwa 4,9 Millimeter pro Jahr“): "about 0.52 centimeters (0.2 inches)", "about
  10.6 centimeters (4.2 inches)", "from about 2.2 millimeters a year in 1993 to roughly 4.7
  millimeters a year", „um rund 27 Zentimeter“, „auf etwa 3,8 Millimeter pro Jahr“, „mit
  durchschnittlich 1,6 Millimetern pro Jahr“ („durchschnittlich“ no hedge), „im Schnitt rund
  20 Zentimeter höher“ 20 "about", „von bis zu 1,1 Metern“ "up_to" ("a year", „pro Jahr“
  none); areas are counts scaled as written ("about 4.21 million square kilometres"
  4,210,000 "about", "roughly 1.9 million" and "roughly 3 million square kilometres"
  "about", "about 17.3 million", "about 22.1 million", "up to 50,000 square kilometres"
  "up_to"); losses in tonnes too ("an estimated 118 billion tons" 118,000,000,000 "about" -
  three-hundredth: "an estimated" "about"). Spans of months and years as
  three-hundred-and-seventy-first has them: „in 16 der vergangenen 18 Monate“ counts 16 and
  18 (three-hundred-and-seventy-first: "11 of the 12 months"), „der Durchschnitt der
  vergangenen zwölf Monate“ 12 months ("in the 12 months to November"), "in the past two
  decades" count 2 (a decade is no unit, three-hundred-and-forty-sixth: „in den vergangenen
  drei Jahrzehnten“ 3), "the past decade", "a decade", "coming decades", "in the 1980s" and
  "since the 1980s" none. Ranks are ordinals (the issue's „die drittgrößte Stadt“;
  three-hundred-and-seventy-first: "the fourth-largest loss on record"): „der zweitwärmste“,
  "the sixth-smallest extent", "the third-lowest maximum", "the UK's third-warmest", "the
  12th-largest", "its second-warmest year". Multiples are counts with their hedges ("an area
  about seven times the size of Germany" 7 "about", "about three and a half times faster"
  3.5 "about" - three-hundred-and-eighty-eighth: "more than eight and a half hours" 8.5;
  two-hundred-and-eighty-third: "about 60 times faster"), while "has more than doubled" is a
  verb and carries none, its "more than" hedging no figure (hundred-forty-fifth: "triple" a
  verb; two-hundred-and-forty-fourth: "halve"). Sunshine hours are durations ("Sunshine
  totalled 287 hours" 287 hours; hundred-ninety-fourth), "12% below average" 12 and "more
  than 140% of their usual autumn total" 140 "over"; "All 18 of the lowest extents" 18 with
  no hedge (three-hundredth: "all 1,400 daily flights") and "the 47-year satellite record"
  47 years (a compound span, the issue's "a two-week visit").
- Studies and risks (sixty-fourth, hundred-fifty-fifth, two-hundred-and-fifty-second,
  three-hundred-and-forty-sixth, three-hundred-and-sixty-second,
  three-hundred-and-ninety-ninth): samples, deaths and cases are counts („18.460
  Erwachsenen“, „1.132 von ihnen, 391 davon“, „rund 312.000 Versicherten“, "more than
  410,000 adults" "over", "6,218 of them", "13,240 pupils at 186 schools", „254 Jungvögel“),
  follow-up spans are durations („im Schnitt 8,7 Jahre lang“, „Nach im Median 10,2 Jahren“,
  "a median of 13.4 years" - „im Schnitt“, „im Median“ and "a median of" no hedge -, „nach
  zwölf Monaten“), ages are durations in years with both ends of a range ("aged 38 to 73",
  „zwischen 55 und 79 Jahren“; three-hundred-and-forty-sixth: "aged 6 to 12"); hazard ratios
  are counts and a confidence level a percentage with its bounds counts („lag bei 0,69
  (95-Prozent-Konfidenzintervall 0,58 bis 0,82)“ 0.69, 95, 0.58 and 0.82;
  three-hundred-and-ninety-ninth: „95-Prozent-Konfidenzintervall 0,63 bis 0,83“). New: "a
  risk ratio of 1.17 (95% CI, 1.08-1.27)" gives count 1.17, percent 95 and counts 1.08 and
  1.27 - a risk ratio is read as written, as a hazard ratio (hundred-fifty-fifth) and an
  odds ratio (three-hundred-and-sixty-second: „Odds Ratio 0,54“); "Each increase of 5
  micrograms per cubic metre" is count 5 ("per cubic metre" none) and "PM2.5" none
  (hundred-sixtieth). Relative risks as written: „ein um knapp ein Drittel geringeres
  Risiko“ 0.3333 "nearly" (a share named as a fraction; „um“ before a difference no hedge,
  three-hundred-and-seventy-first: „um mehr als die Hälfte“), „um rund 40 Prozent seltener“
  40 "about", „im Mittel um etwa sieben Prozent“ 7 "about" („im Mittel“ no hedge); absolute
  risks as percentages („0,21 Prozent ..., ... 0,36 Prozent“); the number needed to screen
  gives its figure („müssten rechnerisch rund 670 Menschen untersucht werden“ 670 "about" -
  „einen einzigen Todesfall“ none; two-hundred-and-fifty-second: the number needed to
  treat); "about one in 12" 0.0833 "about" (three-hundred-and-forty-sixth: "about one in 11"
  0.0909), "Nearly one in five" 0.2 "nearly", „etwa jeder dritte“ 0.3333 "about", „nur knapp
  jeder dritte“ 0.3333 "nearly" („nur“ no hedge). New: "in the top fifth of exposure" is
  fraction 0.2 with no hedge - the quintile is named as a share of the participants, as "ein
  Fünftel" in the issue, and "the top" bounds nothing. Comparisons: "almost double the rate"
  2 "nearly" (three-hundred-and-forty-sixth: "nearly double"), „weniger als 3.000 Schritten“
  3,000 "under", "within 150 metres" 150 ("within" and "on average" no hedge); "down from 21
  per cent two years earlier" 21 and 2 years (three-hundredth); "at least once a week" 1
  "at_least" ("a week" none; three-hundred-and-ninety-ninth), „1.000 zusätzliche Schritte
  pro Tag“ 1,000 („zusätzliche“ no hedge, „pro Tag“ none). Ages: "15-year-old girls" 15
  years, „ein etwa zehnjähriges Kind“ 10 years "about" (the hedge inside the compound's
  phrase, three-hundred-and-eighty-eighth: „ein weiteres, knapp zweistündiges Gespräch“),
  „Forschende unter 35 Jahren“ 35 years "under" (three-hundred-and-ninety-ninth: „unter 65
  Jahren“), „Der 58-Jährige“ 58 and "Ellingboe, 63," 63 years. New: "11 to 15-year-olds"
  gives 11 and 15 years - the unit inside the compound serves the earlier figure of the
  range, as a unit written once does (three-hundred-and-thirty-third,
  three-hundred-and-fifty-sixth) and as "aged 6 to 12" gives both ends. New: "to anyone
  under 18" is 18 years "under" - an age written without "years" is a span in years as
  "Ellingboe, 63," is (three-hundred-and-seventy-ninth: "Oyelaran-Smith, 59,"), and "under"
  right before it bounds it as „unter 65 Jahren“ does.
- Physics and astronomy (forty-fourth, hundred-twelfth, hundred-eighty-fifth,
  two-hundred-and-thirty-fourth, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth, three-hundred-and-seventy-ninth): physical measures are
  counts read as written - light years („eines nur rund 31 Lichtjahre entfernten Sterns“ 31
  "about", „nur“ no hedge; "about 1,500 light years across"), masses („etwa 2,3 Erdmassen“,
  "about 40 million times the mass of the Sun" 40,000,000 "about";
  three-hundred-and-seventy-ninth: "roughly six times the mass of Jupiter"), distances and
  heights („in nur 3.870 Kilometern Abstand“, "about 550 km above Earth", "an orbit roughly
  1,336 kilometers up", "to within about 3 centimeters" 3 "about", "some 40 km" 40 "about" -
  three-hundred-and-forty-sixth: "some" "about" -, „auf gut 2.600 Metern Höhe“ "over"),
  speeds („um rund 4,2 Kilometer pro Sekunde“ 4.2 "about"; "pro Sekunde" none), a
  significance in standard deviations („3,1 Standardabweichungen, ... mindestens fünf“ 3.1
  and 5 "at_least", the noun written once serving both; hundred-eighty-fifth: "4.1 sigma"),
  the precision of a measurement („mit einer Genauigkeit von rund 0,4 Prozent“ 0.4 %
  "about"), compounds read as written ("The 2.8-tonne observatory" 2.8, "the telescope's
  1.2-metre mirror" 1.2; three-hundred-and-forty-sixth: "The 18-metre rocket"), temperatures
  („mehr als 250 Grad Celsius“ "over"). New: „zwischen minus 20 und plus 15 Grad“ gives -20
  and 15 - "minus" right before a figure is its sign (two-hundred-and-eighty-third: "minus
  230 degrees Celsius" -230), and "plus" right before a figure marks a positive value and
  changes nothing, as "plus or minus" before a margin hedges nothing
  (hundred-seventy-first). New: „rund 1,8 Billiarden Protonenkollisionen“ is count
  1,800,000,000,000,000 "about" - a German „Billiarde“ is a thousand „Billionen“ (10^15), as
  a German „Billion“ is a million millions (10^12, hundred-forty-first), and the scale word
  multiplies its figure as „Milliarden“ and "billion" do; wire copy writes such scale words,
  not powers of ten. Cosmic and other spans scaled as written are durations
  (two-hundred-and-eighty-third: "roughly 13.5 billion years"): "roughly 570 million years
  after the Big Bang" 570,000,000 "about", "about 13.2 billion years" 13,200,000,000
  "about", „mit einem Alter von rund acht Milliarden Jahren“ 8,000,000,000 "about", „erst
  nach rund 30 Milliarden Jahren“ 30,000,000,000 "about" („erst“ no hedge), "3 million to 5
  million years ago" both with no hedge; „um eine Sekunde falsch gehen“ carries none -
  „eine“ is an article as in „eine Stunde“ (ninety-third, three-hundredth); „mehr als
  doppelt so lange“ 2 "over" and „fast doppelt so alt“ 2 "nearly"
  (three-hundred-and-ninety-ninth: „gut doppelt so teuer“ 2 "over"). Periods are durations
  with „alle“ no hedge („alle 19,4 Tage“ 19.4 days, „alle zehn Sekunden“ 10 seconds, „alle
  fünf Minuten“ 5 minutes; three-hundred-and-forty-sixth: „alle 3,2 Tage“); „in 412
  Messungen aus sechs Jahren“ 412 and 6 years (three-hundred-and-seventy-ninth: „aus fast
  zehn Jahren“); "21 hours of telescope time spread over two visits" 21 hours and 2
  (three-hundred-and-seventy-ninth: "17.5 hours of telescope time"); „knapp sieben Stunden
  nach der größten Annäherung“ 7 hours "nearly", „vor 26 Monaten“ 26 months, „nach insgesamt
  sechs Vorbeiflügen“ 6 („insgesamt“ no hedge), "for at least five years" "at_least"; „pro
  Jahr kämen so gut drei Millionen Messwerte zusammen“ 3,000,000 "over" ("pro Jahr" none).
  Names and designations carry none: "LHCb", "Long March 2C", „Hesperia“, "Carmenes",
  „Physik-Nobelpreis“, "El Niño".
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"; every batch): „der 35.
  Deutsche“ 35 (two-hundred-and-eighty-third: „der 29. Japaner“), "the 14th woman" 14 and
  "the first medicine prize" 1 with the year 1901 (three-hundred-and-seventy-ninth: "the
  first crew to head there since 1972"), "China's 88th orbital launch attempt" 88, "a
  seventh mass bleaching event since 2016" 7 and the year, "the 18th Dynasty" 18
  (hundred-seventy-first: "the Fifth Dynasty" 5), "the third tomb" 3, „ihr erstes
  Lebensjahr“ 1 (two-hundred-and-fourth: „im ersten Jahr“), „in der ersten, vierjährigen
  Förderperiode“ 1 and 4 years (the compound a span, the issue's „dreitägige Reise“), „Die
  ersten Daten“ 1 (three-hundred-and-forty-sixth: „Die ersten Messdaten“), "Over the first
  nine months" 1 and 9 months (three-hundred-and-ninety-ninth: "in the first six months" 1
  with 6 months), „an vierter Stelle“ 4 (two-hundred-and-eighty-third: „an dritter Stelle“).
  None: "first published", "first documented", "the worst affected", "the largest annual
  decline", „der älteste“, „den innersten Planeten“, „die aktivste“, „am wenigsten“, "the
  most distant".
- Archaeology (hundred-seventy-first, three-hundred-and-forty-sixth): ages of finds are
  durations in years („die nach ersten Datierungen rund 5.000 Jahre alt ist“ 5,000 "about",
  "thought to be about 5,100 years old" 5,100 "about" - "thought to be" no hedge, as
  "estimated to be" -, "dating back about 3,400 years", „rund 3.270 Jahre alt“, „seit mehr
  als 7.000 Jahren“ "over"); years before Christ are negative years, the era marker after a
  range serving both figures and each hedge staying with its own figure („zwischen etwa 3100
  und 2850 v. Chr.“ -3,100 "about" and -2,850, "between around 3100 BC and 2900 BC" -3,100
  "about" and -2,900, "around 1390 BC" -1,390 "about", „um 1250 vor Christus“ -1,250 "about"
  - German „um“ before a year "about", three-hundred-and-forty-sixth);
  „Radiokarbondatierungen“, "Radiocarbon dates" and „Jahrringdatierungen“ none. Sizes as
  written: "roughly 9 metres by 6 metres" 9 "about" and 6 with no hedge (the hedge on its
  own figure, hundred-fifty-second), „etwa 2,4 Hektar“, „in rund 100 Metern Tiefe“, „38
  Zentimeter hoch“; counts of finds („mindestens elf Häusern“ "at_least", „mehr als 3.200
  Keramikscherben“, „drei Menschen“, "at least four box beds", "More than 1,400 finds", "46
  painted funerary figurines", „mehr als 120 abgebrannte Leuchtspäne“, „mehr als 18.000
  Objekte“, "The team of 23 archaeologists"); "a carved stone ball", "a wooden coffin", "a
  limestone stela", „einem einzigen Stück“ none.
- Funding, budgets and prizes (hundred-twelfth, two-hundred-and-eighty-third,
  three-hundred-and-forty-sixth): money in the currency written - EUR („insgesamt rund 172
  Millionen Euro“ "about" - „insgesamt“ no hedge -, „rund 17,8 Milliarden Euro“, „rund 1,3
  Milliarden Euro“), CHF („rund 1,14 Milliarden Franken“, „rund 640 Millionen Franken“), USD
  ("about $44.8 billion next year, roughly $3.2 billion less than this year" both "about",
  "about $31.9 billion", "about $4 billion a year" - "a year" none), SEK for Swedish crowns
  with the converted sum in brackets keeping its own hedge („11,7 Millionen schwedischen
  Kronen (knapp 1,07 Millionen Euro)“ 11,700,000 SEK and 1,070,000 EUR "nearly", "11.7
  million Swedish crowns ($1.25 million)" 11,700,000 SEK and 1,250,000 USD;
  two-hundred-and-eighty-third), CNY for yuan ("about 3.1 billion yuan ($436 million)"
  3,100,000,000 CNY "about" and 436,000,000 USD; hundred-forty-fifth). Shares and rates:
  „voraussichtlich 3,41 Prozent“ („voraussichtlich“ no hedge, two-hundred-and-eighty-third),
  „um 4,6 Prozent“, „Knapp die Hälfte davon, 47,3 Prozent, ..., gut ein Drittel“ 0.5
  "nearly", 47.3 and 0.3333 "over", „eine Programmpauschale von 24 Prozent“, „gut 3 Prozent
  weniger“ 3 "over", „sank um fünf Prozentpunkte auf 41 Prozent“ 5 "pp" and 41, „Ziel von 4
  Prozent bis 2030“ 4 and the year, "at 15%", "50% or more" 50 "at_least"
  (three-hundred-and-ninety-ninth: "70% or more"), "by nearly a third" 0.3333 "nearly"
  (three-hundred-and-seventy-ninth: "a cut of nearly a third"), „nur gut jeder dritte
  Antrag“ 0.3333 "over" (the issue's „jeder vierte“), „rund ein Viertel der bewilligten
  Mittel“ 0.25 "about", „die Hälfte davon“ 0.5 (three-hundred-and-seventy-ninth), "about 70
  percent" (AP's and AFP's "percent"), "27.4 per cent, down 11.8 percentage points" 27.4 and
  11.8 "pp" (PA's and AAP's "per cent"). Counts: „zum 1. Januar 14 neue
  Sonderforschungsbereiche“ the date --01-01 and the count 14 apart
  (three-hundred-and-eighty-eighth: „zwischen dem 2. und dem 8. April 1.006 Erwachsene“),
  „Von den 14 neuen Verbünden entfallen fünf ..., vier ..., drei ... und zwei ...“ five
  counts, „23 bestehende“, „296 Sonderforschungsbereiche“, „14 Forschende“, „knapp 2'900
  Projekte, ... rund 18'500 Forschende“ "nearly" and "about" (Swiss apostrophe grouping,
  tenth), "passed the committee 33-26" 33 and 26 (three-hundred-and-forty-sixth: "voted
  31-26"), "more than 2,300 institutions" "over", "about 280,000 researchers", "Two
  scientists" 2, "at least six clinical trials" "at_least", "97 scientists from two dozen
  countries" 97 and 24 (the issue's "two dozen"), „einen Sieben-Punkte-Plan“ 7 (the issue's
  "28-Punkte-Entwurf"); „eine weitere Förderperiode“ and „Die beiden“ none.
- Years, dates and other spans: Reuters and AFP English datelines with a day are dates
  without a year ("BOULDER, Colorado, Sept 23" with the state between city and day, "LONDON,
  Sept 29", "STOCKHOLM, Oct 5", "CAIRO, Oct 14 (AFP)", "GENEVA, Oct 28", "BALTIMORE, Nov
  12", "PARIS, Dec 2 (AFP)", "BEIJING, Dec 8"; three-hundred-and-seventy-ninth: "BREMEN,
  Germany, Nov 26 (AFP)"), as are "on Sept 14" --09-14, "on Sept 3" --09-03 and „ab dem 12.
  März“ --03-12; AP ("WASHINGTON (AP) —" three times), PA ("KIRKWALL (PA) -", "LONDON (PA)
  -", "EXETER (PA) -"), AAP ("BRISBANE (AAP) -"), dpa (also "dpa/sa" and "dpa/lby"), APA and
  Keystone-SDA datelines none (seventy-ninth). Years as written („seit 1900“, „seit 1843“,
  „Seit 1960“, „seit 2001“, „Seit die Schweiz 2021 ...“, „zwischen 2022 und 2025“, „bis
  2030“, „bis 2100“, „im Herbst 2031“ its year only, "since 1993" and "in 1993", "since
  2007", "in 2009", "in 2024", "in 2019", "since 2006", "back to 1884", "began in 1979",
  "since 2016", "the 2026 Nobel Prize" - two-hundred-and-eighty-third -, "The 2024 and 2025
  readings" both, "the 1987 Montreal Protocol" - a year before a name dating it,
  three-hundred-and-seventy-first -, "its 1980 levels", "around 2068" 2068 "about" -
  hundred-seventy-first: "around" before a year -, "in June 2025" its year only -
  three-hundred-and-seventy-ninth: "by July 2032"). Spans back and ahead are durations: „Vor
  40 Jahren“ 40 years, „als vor 100 Jahren“ 100 years, "five years ago" 5 years, "for more
  than 15 years" 15 "over", "in the 40 years the institute has been monitoring" 40 years,
  "open for 104 days" 104 days, "about two weeks longer" 2 weeks "about", "a six-week
  season" 6 weeks. None: „in diesem Jahr“, „heuer“, „im Vorjahr“, „des Vorjahres“, „im
  Jänner“, „ab Januar“, „bis Ende November“, „in den Sommermonaten“, „in den nächsten
  Jahren“, „in der Nacht zum Freitag“, „täglich“, „pro Tag“, „pro Jahr“, "last year", "this
  year", "next year", "next summer", "since January", "in January and March", "between
  August and May", "in late November", "in March", "last year's peak", "last year's
  edition", "late winter", "mid-century", weekdays and „im Jahresmittel“.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "roughly", "some",
  "around", "an estimated" "about"; „knapp“, „Knapp“, „fast“, "nearly", "Nearly", "almost"
  "nearly"; „mehr als“, „gut“, "more than", "More than" "over"; „weniger als“, "less than",
  "under" and „unter“ right before an age "under"; „mindestens“, "at least", "or more"
  "at_least"; „bis zu“, "up to" "up_to". No hedge: „im Schnitt“, „im Mittel“, „im Median“,
  „durchschnittlich“, "a median of", "on average", "averaging", "averaged", „insgesamt“,
  „zusätzliche“, „derzeit“, „bislang“, „voraussichtlich“, „erst“, „nur“, „noch“, „davon“,
  „darunter“, „alle“, „zwischen“, "between", "within", "All", "a record", "thought to be",
  „um“ before a difference, "to" and „bis“ in a range, "down from", „seit“, "since" and
  „bis“ before a year, and „über dem“, "above", "below", "warmer", "higher", "less" and
  "smaller than" after a figure or before an article.
- Speakers, checked only in forms the earlier batches settled: German „X sagte, ...“ opening
  the row with the title dropped („Copernicus-Klimaforscherin Hanne Steffensen“,
  „Grabungsleiterin Friederike Lanzerath“, „Projektleiterin Seraina Tuor“,
  „DFG-Vizepräsidentin Elisabeth Hornbostel“, „Studienleiter Jonas Feldkircher“,
  „Stationsleiter Korbinian Ertlmaier“, „Studienleiterin Amrei Thielscher“, „Grabungsleiter
  Matthäus Riedlhammer“, „Abteilungsleiterin Corina Pedrazzini-Fluri“, „BSH-Ozeanografin
  Inken Rasmussen-Vogt“, „Studienleiter Bernd Kühnapfel“, „Flugdirektorin Nele
  Brandstädter“; three-hundred-and-forty-sixth, three-hundred-and-seventy-ninth) and the
  surname alone („Kogler-Strasser sagte“, „Greifenhagen sagte“;
  two-hundred-and-eighty-third), „teilte die Königlich Schwedische Akademie der
  Wissenschaften am Dienstag mit“, „teilte die DFG am Freitag in Bonn mit“ -> "die DFG",
  „teilte das Umweltbundesamt (UBA) am Montag mit“ -> "das Umweltbundesamt", „teilte der SNF
  am Dienstag in Bern mit“ -> "der SNF", „teilte das Bundesamt für Seeschifffahrt und
  Hydrographie in Hamburg am Dienstag mit“, „teilte die Esa am Freitag mit“ -> "die Esa"
  (the abbreviation in brackets, the weekday and the place dropped;
  two-hundred-and-eighty-third, three-hundred-and-seventy-first,
  three-hundred-and-eighty-eighth). English: "..., NASA said Thursday." -> "NASA"
  (three-hundred-and-forty-sixth); the name with the role dropped ("Site director Catriona
  Linklater-Moar said", "Oceanographer Delphine Achterkamp said", "Senior scientist Marit
  Kvålsvoll said", "Lead author Imogen Tasker-Reid said", "WMO scientific officer Anneli
  Rautavaara said", "Program leader Megan Kilgallon-Tait said", "Lead author Kwabena
  Asante-Morrow said", "Met Office climate scientist Eilidh Drummond-Fyfe said", "Senior
  scientist Lukas Ferreira-Hahn said", "Chief scientist Wen Haoran said", "Lead editor
  Rhonda Featherstonhaugh said"), "Republican Rep. Roland Dunmarrow said" -> "Roland
  Dunmarrow" (the party and "Rep." dropped; hundred-seventy-fifth: "Rep. Corinne Salazar
  said"), "Mission head Hisham Abdel-Rahim told AFP" (three-hundred-and-forty-sixth),
  "Ashdown-Pryce told reporters" as written (three-hundred-and-ninety-ninth), "..., the
  antiquities ministry said on Wednesday." -> "the antiquities ministry" and "The ministry
  said ..." -> "the ministry" (as "the company said" -> "the company"; three-hundredth,
  three-hundred-and-seventy-ninth), "The World Meteorological Organization said on Wednesday
  that ..." -> "the World Meteorological Organization" (the article lowered, the weekday
  dropped; two-hundred-and-eighty-third, three-hundred-and-seventy-first). Left unchecked
  (None): all negatives, also those with a named speaker; wie-clauses („wie der Dienst am
  Dienstag mitteilte“, „wie die Denkmalbehörde des Landes am Mittwoch mitteilte“, „wie das
  Max-Planck-Institut für Astronomie am Donnerstag mitteilte“; two-hundred-and-fourth,
  three-hundred-and-seventy-first); roles („Die Wissenschaftsministerin sagte“, „sagte die
  Ministerin“); data, studies, calculations and documents („nach Daten des
  EU-Klimawandeldienstes Copernicus“, „nach Daten der Vogelwarte“, „laut einer Studie der
  Medizinischen Universität Graz“ - „laut“ before a study names a document, not a speaker,
  as „wie eine Studie ... zeigt“ (three-hundred-and-forty-sixth), unlike „Laut Brjanzew“
  (three-hundred-and-eighty-eighth) -, „einer großen Studie zufolge“, „Das zeigt eine Studie
  ...“, „nach Modellrechnungen des Teams“, „Das geht aus ... hervor“, „nach eigenen
  Angaben“), compounds and masculine or neuter genitives („nach WMO-Angaben“, „nach
  Museumsangaben“, „nach Angaben des Nobelkomitees“; three-hundred-and-seventy-first,
  three-hundred-and-seventy-ninth), „hieß es vom BSH“, plural sources („schreiben die
  Autorinnen und Autoren“, "the authors said", "NASA scientists said", "astronomers said",
  "state media said"), every "according to" (the University of the Highlands and Islands, a
  study, the agency, the agency's annual Greenhouse Gas Bulletin, the team's paper, NHS
  figures, a Reuters tally, the Chinese Academy of Sciences, an annual report card;
  two-hundred-and-fourth), data and reports ("data from ... showed", "the center's data
  show", "provisional Met Office figures show", "its annual long-term monitoring report
  said", "the report said"), a description between name and verb ("The NSIDC, based in
  Boulder, said", "Professor Alisdair Trevorrow, a public health researcher at the
  University of Bath, said"; two-hundred-and-forty-fourth, three-hundredth), an estimating
  verb ("The Association of American Medical Colleges estimates"; hundred-tenth) and rows
  without a verb of saying. New: "..., the Nobel Assembly at Sweden's Karolinska Institute
  said." stays unchecked - a source tied to its host by "at" and a possessive is no form the
  earlier batches settled, as a description between name and verb is not. To keep the
  checked speakers near 35, as the three-hundred-and-forty-sixth and
  three-hundred-and-seventy-first batches did, "the WMO said separately" is also left
  unchecked.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_410 = [
    # --- Copernicus-Monatsbulletin (dpa), September ---
    (
        "de",
        "Bonn (dpa) - Der vergangene August ist nach Daten des EU-Klimawandeldienstes Copernicus weltweit der zweitwärmste seit Beginn der Aufzeichnungen gewesen.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die globale Durchschnittstemperatur an der Erdoberfläche lag bei 16,71 Grad und damit 1,46 Grad über dem vorindustriellen Niveau der Jahre 1850 bis 1900.",
        True,
        [
            ("count", 16.71, None, None),
            ("count", 1.46, None, None),
            ("year", 1850, None, None),
            ("year", 1900, None, None),
        ],
        None,
    ),
    (
        "de",
        "Damit lag die Temperatur in 16 der vergangenen 18 Monate über der Marke von 1,5 Grad, wie der Dienst am Dienstag mitteilte.",
        True,
        [("count", 16, None, None), ("count", 18, None, None), ("count", 1.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Meeresoberflächentemperatur außerhalb der Polarregionen erreichte im Schnitt 20,89 Grad und blieb damit knapp unter dem Rekord aus dem August des Vorjahres.",
        True,
        [("count", 20.89, None, None)],
        None,
    ),
    (
        "de",
        "Copernicus-Klimaforscherin Hanne Steffensen sagte, der Durchschnitt der vergangenen zwölf Monate liege nun 1,52 Grad über dem vorindustriellen Niveau.",
        True,
        [("duration", 12, "month", None), ("count", 1.52, None, None)],
        "Hanne Steffensen",
    ),
    ("de", "„Das Klima schreibt gerade Geschichte, und zwar keine gute“, sagte Steffensen.", False, [], None),
    (
        "de",
        "Ob das laufende Jahr am Ende einen neuen Rekord aufstellt, wollen die Forschenden noch nicht vorhersagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Bulletins werden Milliarden Messwerte von Satelliten, Schiffen, Bojen und Wetterstationen ausgewertet.",
        True,
        [],
        None,
    ),
    # --- Neolithic house on Sanday (PA), September ---
    (
        "en",
        "KIRKWALL (PA) - Archaeologists on Orkney have uncovered a stone-built house thought to be about 5,100 years old, buried beneath sand dunes on the island of Sanday.",
        True,
        [("duration", 5100, "year", "about")],
        None,
    ),
    (
        "en",
        "The building measures roughly 9 metres by 6 metres and has a central hearth, stone dressers and at least four box beds, according to the University of the Highlands and Islands.",
        True,
        [("count", 9, None, "about"), ("count", 6, None, None), ("count", 4, None, "at_least")],
        None,
    ),
    (
        "en",
        "Radiocarbon dates from animal bone place its use between around 3100 BC and 2900 BC.",
        True,
        [("year", -3100, None, "about"), ("year", -2900, None, None)],
        None,
    ),
    (
        "en",
        "Site director Catriona Linklater-Moar said pottery found in the floor matched sherds from the Ness of Brodgar, some 40 km to the south-west.",
        True,
        [("count", 40, None, "about")],
        "Catriona Linklater-Moar",
    ),
    ("en", '"You step inside and you can almost hear them talking," Linklater-Moar said.', False, [], None),
    (
        "en",
        "More than 1,400 finds, including flint tools, bone pins and a carved stone ball, have been recorded since the dig began in 2024.",
        True,
        [("count", 1400, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The team of 23 archaeologists and volunteers plans to return for a six-week season next summer.",
        True,
        [("count", 23, None, None), ("duration", 6, "week", None)],
        None,
    ),
    (
        "en",
        "Some archaeologists have speculated that the shifting dunes themselves drove the villagers away, though there is no firm evidence for that.",
        False,
        [],
        None,
    ),
    # --- Steinzeitliche Siedlung an Stromtrasse (dpa), September ---
    (
        "de",
        "Halle (dpa/sa) - Archäologen haben bei Bauarbeiten für eine Stromtrasse im Süden Sachsen-Anhalts die Reste einer Siedlung entdeckt, die nach ersten Datierungen rund 5.000 Jahre alt ist.",
        True,
        [("duration", 5000, "year", "about")],
        None,
    ),
    (
        "de",
        "Auf einer Fläche von etwa 2,4 Hektar legten die Fachleute die Grundrisse von mindestens elf Häusern sowie mehr als 3.200 Keramikscherben frei, wie die Denkmalbehörde des Landes am Mittwoch mitteilte.",
        True,
        [("count", 2.4, None, "about"), ("count", 11, None, "at_least"), ("count", 3200, None, "over")],
        None,
    ),
    (
        "de",
        "Radiokarbondatierungen von Holzkohle aus einer Feuerstelle weisen auf eine Nutzung zwischen etwa 3100 und 2850 v. Chr. hin.",
        True,
        [("year", -3100, None, "about"), ("year", -2850, None, None)],
        None,
    ),
    (
        "de",
        "Grabungsleiterin Friederike Lanzerath sagte, die Siedlung gehöre zur sogenannten Salzmünder Kultur, von der bislang nur wenige Fundplätze bekannt seien.",
        True,
        [],
        "Friederike Lanzerath",
    ),
    (
        "de",
        "„Das ist, als hätte jemand ein Fenster in die Jungsteinzeit aufgestoßen“, sagte Lanzerath.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In einer Grube stießen die Forschenden auf die Skelette von drei Menschen, darunter ein etwa zehnjähriges Kind.",
        True,
        [("count", 3, None, None), ("duration", 10, "year", "about")],
        None,
    ),
    (
        "de",
        "Die Grabung soll bis Ende November abgeschlossen sein, danach beginnt an der Stelle der Bau der Trasse.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Menschen dort das ganze Jahr über lebten oder nur in den Sommermonaten, ist noch offen.",
        False,
        [],
        None,
    ),
    # --- Sea level (AP), September ---
    (
        "en",
        "WASHINGTON (AP) — Global sea level rose about 0.52 centimeters (0.2 inches) last year, more than scientists had expected, NASA said Thursday.",
        True,
        [("count", 0.52, None, "about"), ("count", 0.2, None, None)],
        "NASA",
    ),
    (
        "en",
        "Since satellite measurements began in 1993, the ocean surface has risen by about 10.6 centimeters (4.2 inches) on average worldwide.",
        True,
        [("year", 1993, None, None), ("count", 10.6, None, "about"), ("count", 4.2, None, None)],
        None,
    ),
    (
        "en",
        "The rate of rise has more than doubled over that period, from about 2.2 millimeters a year in 1993 to roughly 4.7 millimeters a year now.",
        True,
        [("count", 2.2, None, "about"), ("year", 1993, None, None), ("count", 4.7, None, "about")],
        None,
    ),
    (
        "en",
        "Oceanographer Delphine Achterkamp said about two-thirds of last year's rise came from water added by melting ice sheets and glaciers, and the remaining third from warming water expanding.",
        True,
        [("fraction", 0.6667, None, "about"), ("fraction", 0.3333, None, None)],
        "Delphine Achterkamp",
    ),
    (
        "en",
        '"It\'s like the ocean has put its foot on the accelerator," Achterkamp said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The 2024 and 2025 readings were pushed up by a strong El Niño, which temporarily shifts rain from land to the ocean, NASA scientists said.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Satellite altimeters measure the height of the sea surface to within about 3 centimeters from an orbit roughly 1,336 kilometers up.",
        True,
        [("count", 3, None, "about"), ("count", 1336, None, "about")],
        None,
    ),
    ("en", "How quickly the rise will speed up in coming decades is still unclear.", False, [], None),
    # --- Studie zu Schritten und Herztod (APA), September ---
    (
        "de",
        "Graz (APA) - Wer täglich rund 7.000 Schritte geht, hat laut einer Studie der Medizinischen Universität Graz ein um knapp ein Drittel geringeres Risiko, an einer Herz-Kreislauf-Erkrankung zu sterben, als Menschen mit weniger als 3.000 Schritten.",
        True,
        [("count", 7000, None, "about"), ("fraction", 0.3333, None, "nearly"), ("count", 3000, None, "under")],
        None,
    ),
    (
        "de",
        "Das Team um die Sportmedizinerin Verena Kogler-Strasser wertete Daten von 18.460 Erwachsenen aus, die im Schnitt 8,7 Jahre lang beobachtet wurden.",
        True,
        [("count", 18460, None, None), ("duration", 8.7, "year", None)],
        None,
    ),
    (
        "de",
        "In diesem Zeitraum starben 1.132 von ihnen, 391 davon an einer Herz-Kreislauf-Erkrankung.",
        True,
        [("count", 1132, None, None), ("count", 391, None, None)],
        None,
    ),
    (
        "de",
        "Die Hazard Ratio für die aktivste gegenüber der am wenigsten aktiven Gruppe lag bei 0,69 (95-Prozent-Konfidenzintervall 0,58 bis 0,82).",
        True,
        [
            ("count", 0.69, None, None),
            ("percent", 95, None, None),
            ("count", 0.58, None, None),
            ("count", 0.82, None, None),
        ],
        None,
    ),
    (
        "de",
        "Kogler-Strasser sagte, schon 1.000 zusätzliche Schritte pro Tag senkten das Risiko im Mittel um etwa sieben Prozent.",
        True,
        [("count", 1000, None, None), ("percent", 7, None, "about")],
        "Kogler-Strasser",
    ),
    (
        "de",
        "„Niemand muss Marathon laufen, ein Spaziergang zum Bäcker ist schon ein Anfang“, sagte Kogler-Strasser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Forschenden raten vor allem älteren Menschen, Bewegung fest in ihren Alltag einzubauen.",
        False,
        [],
        None,
    ),
    ("de", "Die Ergebnisse sind im „European Heart Journal“ erschienen.", True, [], None),
    # --- Arctic sea ice minimum (Reuters), September ---
    (
        "en",
        "BOULDER, Colorado, Sept 23 (Reuters) - The Arctic's sea ice cover shrank to about 4.21 million square kilometres at its summer low, the sixth-smallest extent since satellite monitoring began, data from the National Snow and Ice Data Center in the United States showed.",
        True,
        [("date", "--09-23", None, None), ("count", 4210000, None, "about"), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The minimum, reached on Sept 14, was roughly 1.9 million square kilometres smaller than the 1981-2010 average, an area about seven times the size of Germany.",
        True,
        [
            ("date", "--09-14", None, None),
            ("count", 1900000, None, "about"),
            ("year", 1981, None, None),
            ("year", 2010, None, None),
            ("count", 7, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "All 18 of the lowest extents in the 47-year satellite record have occurred since 2007, the center's data show.",
        True,
        [("count", 18, None, None), ("duration", 47, "year", None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Senior scientist Marit Kvålsvoll said the ice pack had also grown thinner, with multi-year ice now making up less than a fifth of the total, down from about two-thirds in the 1980s.",
        True,
        [("fraction", 0.2, None, "under"), ("fraction", 0.6667, None, "about")],
        "Marit Kvålsvoll",
    ),
    ("en", '"The Arctic I learned about as a student is gone," Kvålsvoll said.', False, [], None),
    (
        "en",
        "Sea ice around Antarctica, where it is now late winter, peaked at about 17.3 million square kilometres, the third-lowest maximum on record.",
        True,
        [("count", 17300000, None, "about"), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The NSIDC, based in Boulder, said its estimate could still be revised by up to 50,000 square kilometres once final data are processed.",
        True,
        [("count", 50000, None, "up_to")],
        None,
    ),
    (
        "en",
        "Some researchers suspect the Antarctic decline marks a lasting shift in how the Southern Ocean stores heat, though the record is too short to be sure.",
        False,
        [],
        None,
    ),
    # --- Seltener Teilchenzerfall am Cern (Keystone-SDA), September ---
    (
        "de",
        "Genf (Keystone-SDA) - Forschende am Cern haben nach eigenen Angaben den Zerfall eines seltenen Teilchens so genau vermessen wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Grundlage sind rund 1,8 Billiarden Protonenkollisionen, die der Detektor LHCb zwischen 2022 und 2025 aufgezeichnet hat.",
        True,
        [("count", 1.8e15, None, "about"), ("year", 2022, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Gefunden wurden dabei 2.140 solche Zerfälle, das Standardmodell der Teilchenphysik sagt etwa 2.300 voraus.",
        True,
        [("count", 2140, None, None), ("count", 2300, None, "about")],
        None,
    ),
    (
        "de",
        "Die Abweichung entspricht 3,1 Standardabweichungen, für eine Entdeckung verlangen Physiker mindestens fünf.",
        True,
        [("count", 3.1, None, None), ("count", 5, None, "at_least")],
        None,
    ),
    (
        "de",
        "Projektleiterin Seraina Tuor sagte, die Zerfallsrate sei mit einer Genauigkeit von rund 0,4 Prozent bestimmt worden.",
        True,
        [("percent", 0.4, None, "about")],
        "Seraina Tuor",
    ),
    (
        "de",
        "«Die Natur flüstert uns vielleicht etwas zu, aber wir verstehen ihre Sprache noch nicht», sagte Tuor.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Andere Teilchenphysiker halten es für gut möglich, dass sich die Abweichung mit mehr Daten wieder auflöst.",
        False,
        [],
        None,
    ),
    ("de", "Die Arbeit wurde bei der Fachzeitschrift «Physical Review Letters» eingereicht.", True, [], None),
    # --- Air pollution and dementia (Reuters), September ---
    (
        "en",
        "LONDON, Sept 29 (Reuters) - People exposed to higher levels of fine-particle air pollution over many years had a modestly higher risk of developing dementia, according to a study of more than 410,000 adults published on Monday.",
        True,
        [("date", "--09-29", None, None), ("count", 410000, None, "over")],
        None,
    ),
    (
        "en",
        "Participants, aged 38 to 73 when they joined, were followed for a median of 13.4 years, during which 6,218 of them were diagnosed with dementia.",
        True,
        [
            ("duration", 38, "year", None),
            ("duration", 73, "year", None),
            ("duration", 13.4, "year", None),
            ("count", 6218, None, None),
        ],
        None,
    ),
    (
        "en",
        "Each increase of 5 micrograms per cubic metre in long-term PM2.5 exposure was linked to a risk ratio of 1.17 (95% CI, 1.08-1.27).",
        True,
        [
            ("count", 5, None, None),
            ("count", 1.17, None, None),
            ("percent", 95, None, None),
            ("count", 1.08, None, None),
            ("count", 1.27, None, None),
        ],
        None,
    ),
    (
        "en",
        "The risk was highest among participants in the top fifth of exposure, who lived on average within 150 metres of a major road.",
        True,
        [("fraction", 0.2, None, None), ("count", 150, None, None)],
        None,
    ),
    (
        "en",
        "Lead author Imogen Tasker-Reid said about one in 12 dementia cases in the cohort could be attributed to air pollution.",
        True,
        [("fraction", 0.0833, None, "about")],
        "Imogen Tasker-Reid",
    ),
    (
        "en",
        '"Every city that cleans its air is quietly running a dementia-prevention programme," Tasker-Reid said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The authors said the data came from an observational cohort and could not establish that pollution directly caused dementia.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Outside experts cautioned that people living near busy roads may differ in ways the researchers could not fully measure.",
        False,
        [],
        None,
    ),
    # --- Nobel Prize in Medicine (Reuters), October ---
    (
        "en",
        "STOCKHOLM, Oct 5 (Reuters) - Two scientists who worked out how the gut's immune cells learn to tolerate food won the 2026 Nobel Prize in Physiology or Medicine on Monday.",
        True,
        [("date", "--10-05", None, None), ("count", 2, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "American immunologist Ruth Ellingboe and British researcher Tobias Ashdown-Pryce will split 11.7 million Swedish crowns ($1.25 million) in prize money, the Nobel Assembly at Sweden's Karolinska Institute said.",
        True,
        [("money", 11700000, "SEK", None), ("money", 1250000, "USD", None)],
        None,
    ),
    (
        "en",
        "Their experiments, first published in 2009, showed that a small group of cells in the intestinal wall trains the immune system not to attack proteins from food.",
        True,
        [("year", 2009, None, None)],
        None,
    ),
    (
        "en",
        "Ellingboe, 63, is the 14th woman to win the medicine prize since the first medicine prize was handed out in 1901.",
        True,
        [
            ("duration", 63, "year", None),
            ("ordinal", 14, None, None),
            ("ordinal", 1, None, None),
            ("year", 1901, None, None),
        ],
        None,
    ),
    (
        "en",
        "Ashdown-Pryce told reporters the work had been funded for more than 15 years by Britain's Medical Research Council.",
        True,
        [("duration", 15, "year", "over")],
        "Ashdown-Pryce",
    ),
    ("en", '"I am still waiting for someone to tell me it was a mistake," Ellingboe said.', False, [], None),
    (
        "en",
        "The findings have since led to at least six clinical trials of treatments for food allergies and coeliac disease.",
        True,
        [("count", 6, None, "at_least")],
        None,
    ),
    (
        "en",
        "Allergy specialists said they hoped the prize would draw more funding into a field long seen as unglamorous.",
        False,
        [],
        None,
    ),
    # --- Physik-Nobelpreis für Atomuhren (dpa), Oktober ---
    (
        "de",
        "Stockholm (dpa) - Den diesjährigen Physik-Nobelpreis erhalten der deutsche Physiker Leonhard Greifenhagen und die Japanerin Sayaka Tominaga.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die beiden werden für ihre Arbeiten an optischen Atomuhren ausgezeichnet, teilte die Königlich Schwedische Akademie der Wissenschaften am Dienstag mit.",
        True,
        [],
        "die Königlich Schwedische Akademie der Wissenschaften",
    ),
    (
        "de",
        "Ihre Uhren würden erst nach rund 30 Milliarden Jahren um eine Sekunde falsch gehen, mehr als doppelt so lange, wie das Universum alt ist.",
        True,
        [("duration", 30000000000, "year", "about"), ("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Das Preisgeld von 11,7 Millionen schwedischen Kronen (knapp 1,07 Millionen Euro) teilen sich die beiden.",
        True,
        [("money", 11700000, "SEK", None), ("money", 1070000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Greifenhagen ist nach Angaben des Nobelkomitees der 35. Deutsche, der mit einem Physik-Nobelpreis ausgezeichnet wird.",
        True,
        [("ordinal", 35, None, None)],
        None,
    ),
    (
        "de",
        "Der 58-Jährige forscht an der Physikalisch-Technischen Bundesanstalt (PTB) in Braunschweig.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Greifenhagen sagte, seine Arbeitsgruppe zähle derzeit 14 Forschende, die Hälfte davon Doktorandinnen und Doktoranden.",
        True,
        [("count", 14, None, None), ("fraction", 0.5, None, None)],
        "Greifenhagen",
    ),
    (
        "de",
        "„Ich habe den Anruf zuerst für einen Irrtum gehalten und wollte schon auflegen“, sagte Greifenhagen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesforschungsministerin sprach von einem „Ritterschlag für die deutsche Grundlagenforschung“.",
        False,
        [],
        None,
    ),
    # --- Tomb of a royal scribe near Luxor (AFP), October ---
    (
        "en",
        "CAIRO, Oct 14 (AFP) - Egyptian archaeologists have found the tomb of a royal scribe near Luxor dating back about 3,400 years, the antiquities ministry said on Wednesday.",
        True,
        [("date", "--10-14", None, None), ("duration", 3400, "year", "about")],
        "the antiquities ministry",
    ),
    (
        "en",
        "The tomb, cut into the hillside of Dra Abu el-Naga, dates to the reign of a pharaoh of the 18th Dynasty, around 1390 BC.",
        True,
        [("ordinal", 18, None, None), ("year", -1390, None, "about")],
        None,
    ),
    (
        "en",
        "Inside, the team found 46 painted funerary figurines, fragments of a wooden coffin and a limestone stela bearing the scribe's name.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "Mission head Hisham Abdel-Rahim told AFP the wall paintings had kept about 70 percent of their original colour.",
        True,
        [("percent", 70, None, "about")],
        "Hisham Abdel-Rahim",
    ),
    ("en", '"Every wall in this tomb is a page from a diary," Abdel-Rahim said.', False, [], None),
    (
        "en",
        "It is the third tomb of an official from the same period found in the area since January.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Critics say the ministry times such announcements to promote tourism rather than research.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The ministry said the figurines would be moved to the Grand Egyptian Museum for restoration.",
        True,
        [],
        "the ministry",
    ),
    # --- Neue Sonderforschungsbereiche (dpa), Oktober ---
    (
        "de",
        "Bonn (dpa) - Die Deutsche Forschungsgemeinschaft (DFG) richtet zum 1. Januar 14 neue Sonderforschungsbereiche ein.",
        True,
        [("date", "--01-01", None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Sie werden in der ersten, vierjährigen Förderperiode mit insgesamt rund 172 Millionen Euro gefördert, teilte die DFG am Freitag in Bonn mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 4, "year", None), ("money", 172000000, "EUR", "about")],
        "die DFG",
    ),
    (
        "de",
        "Hinzu kommt eine Programmpauschale von 24 Prozent für indirekte Kosten.",
        True,
        [("percent", 24, None, None)],
        None,
    ),
    (
        "de",
        "Von den 14 neuen Verbünden entfallen fünf auf die Lebenswissenschaften, vier auf die Naturwissenschaften, drei auf die Ingenieurwissenschaften und zwei auf die Geistes- und Sozialwissenschaften.",
        True,
        [
            ("count", 14, None, None),
            ("count", 5, None, None),
            ("count", 4, None, None),
            ("count", 3, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Außerdem verlängerte der Bewilligungsausschuss 23 bestehende Sonderforschungsbereiche um eine weitere Förderperiode.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt fördert die DFG damit ab Januar 296 Sonderforschungsbereiche.",
        True,
        [("count", 296, None, None)],
        None,
    ),
    (
        "de",
        "DFG-Vizepräsidentin Elisabeth Hornbostel sagte, nur gut jeder dritte Antrag sei in dieser Runde erfolgreich gewesen.",
        True,
        [("fraction", 0.3333, None, "over")],
        "Elisabeth Hornbostel",
    ),
    (
        "de",
        "„Wir müssen zu oft Nein sagen zu Ideen, die ein Ja verdient hätten“, sagte Hornbostel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hochschulrektorenkonferenz forderte Bund und Länder auf, die DFG besser auszustatten.",
        False,
        [],
        None,
    ),
    # --- NIH spending bill (AP), October ---
    (
        "en",
        "WASHINGTON (AP) — The House Appropriations Committee on Thursday approved a spending bill that would give the National Institutes of Health about $44.8 billion next year, roughly $3.2 billion less than this year.",
        True,
        [("money", 44800000000, "USD", "about"), ("money", 3200000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The bill, which passed the committee 33-26 along party lines, would also cap the share of grants that can go to overhead costs at 15%.",
        True,
        [("count", 33, None, None), ("count", 26, None, None), ("percent", 15, None, None)],
        None,
    ),
    (
        "en",
        "Universities currently negotiate overhead rates individually, with many receiving 50% or more on top of each grant.",
        True,
        [("percent", 50, None, "at_least")],
        None,
    ),
    (
        "en",
        "The White House had proposed cutting the agency's budget by nearly a third, to about $31.9 billion.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("money", 31900000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Republican Rep. Roland Dunmarrow said the cut would still leave NIH funding above its level of five years ago.",
        True,
        [("duration", 5, "year", None)],
        "Roland Dunmarrow",
    ),
    ("en", '"We can fund science and still respect the taxpayer," Dunmarrow said.', False, [], None),
    (
        "en",
        "The Association of American Medical Colleges estimates the overhead cap alone would cost its member institutions about $4 billion a year.",
        True,
        [("money", 4000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "The NIH funds research at more than 2,300 institutions and supports about 280,000 researchers, according to the agency.",
        True,
        [("count", 2300, None, "over"), ("count", 280000, None, "about")],
        None,
    ),
    (
        "en",
        "Democrats on the committee called the bill an attack on the country's scientific leadership.",
        False,
        [],
        None,
    ),
    # --- Planet in lebensfreundlicher Zone (dpa), Oktober ---
    (
        "de",
        "Heidelberg (dpa) - Astronominnen und Astronomen haben einen Planeten entdeckt, der in der lebensfreundlichen Zone eines nur rund 31 Lichtjahre entfernten Sterns kreist.",
        True,
        [("count", 31, None, "about")],
        None,
    ),
    (
        "de",
        "Der Planet hat etwa 2,3 Erdmassen und umrundet seinen roten Zwergstern alle 19,4 Tage, wie das Max-Planck-Institut für Astronomie am Donnerstag mitteilte.",
        True,
        [("count", 2.3, None, "about"), ("duration", 19.4, "day", None)],
        None,
    ),
    (
        "de",
        "Entdeckt wurde er mit dem Spektrografen Carmenes am Calar-Alto-Observatorium in Spanien, der das Wackeln des Sterns in 412 Messungen aus sechs Jahren erfasste.",
        True,
        [("count", 412, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Auf seiner Oberfläche könnten nach Modellrechnungen des Teams Temperaturen zwischen minus 20 und plus 15 Grad herrschen.",
        True,
        [("count", -20, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "Studienleiter Jonas Feldkircher sagte, der Stern sei mit einem Alter von rund acht Milliarden Jahren fast doppelt so alt wie die Sonne.",
        True,
        [("duration", 8000000000, "year", "about"), ("count", 2, None, "nearly")],
        "Jonas Feldkircher",
    ),
    (
        "de",
        "„Ob dort Wasser fließt, wissen wir nicht, aber dieser Planet verdient jede Beobachtungsminute“, sagte Feldkircher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fachleute vermuten, dass der Planet eine dichte Atmosphäre besitzt, die ihn vor der Strahlung seines Sterns schützt.",
        False,
        [],
        None,
    ),
    ("de", "Veröffentlicht wurde die Entdeckung im Journal „Astronomy & Astrophysics“.", True, [], None),
    # --- Greenhouse Gas Bulletin (Reuters), October ---
    (
        "en",
        "GENEVA, Oct 28 (Reuters) - The World Meteorological Organization said on Wednesday that carbon dioxide in the atmosphere rose by a record 3.7 parts per million last year, to 427.6 ppm.",
        True,
        [("date", "--10-28", None, None), ("count", 3.7, None, None), ("count", 427.6, None, None)],
        "the World Meteorological Organization",
    ),
    (
        "en",
        "That is about 154% of the pre-industrial level of roughly 278 ppm, according to the agency's annual Greenhouse Gas Bulletin.",
        True,
        [("percent", 154, None, "about"), ("count", 278, None, "about")],
        None,
    ),
    (
        "en",
        "Methane rose to 1,946 parts per billion and nitrous oxide to 339.1 ppb, both also records.",
        True,
        [("count", 1946, None, None), ("count", 339.1, None, None)],
        None,
    ),
    (
        "en",
        "Carbon dioxide levels have risen by more than 11% in the past two decades.",
        True,
        [("percent", 11, None, "over"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "WMO scientific officer Anneli Rautavaara said land and oceans had absorbed a smaller share of emissions than usual, with about half of the carbon dioxide released staying in the air.",
        True,
        [("fraction", 0.5, None, "about")],
        "Anneli Rautavaara",
    ),
    ("en", '"We are running an experiment on the only planet we have," Rautavaara said.', False, [], None),
    (
        "en",
        "The last time Earth's atmosphere held a comparable amount of CO2 was 3 million to 5 million years ago, when temperatures were 2 to 3 degrees Celsius warmer and sea level 10 to 20 metres higher.",
        True,
        [
            ("duration", 3000000, "year", None),
            ("duration", 5000000, "year", None),
            ("count", 2, None, None),
            ("count", 3, None, None),
            ("count", 10, None, None),
            ("count", 20, None, None),
        ],
        None,
    ),
    (
        "en",
        "Over the first nine months, global temperatures averaged about 1.49 degrees Celsius above pre-industrial levels, the WMO said separately.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("count", 1.49, None, "about")],
        None,
    ),
    (
        "en",
        "Climate campaigners described the numbers as an indictment of a decade of broken promises.",
        False,
        [],
        None,
    ),
    # --- CO2-Rekord auf der Zugspitze (dpa), Oktober ---
    (
        "de",
        "Garmisch-Partenkirchen (dpa/lby) - Die Konzentration von Kohlendioxid in der Luft hat an der Messstation auf der Zugspitze im Jahresmittel einen Höchstwert von 425,9 ppm erreicht.",
        True,
        [("count", 425.9, None, None)],
        None,
    ),
    (
        "de",
        "Der Wert lag damit 2,7 ppm über dem des Vorjahres, teilte das Umweltbundesamt (UBA) am Montag mit.",
        True,
        [("count", 2.7, None, None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Vor Beginn der Industrialisierung hatte die Konzentration bei etwa 280 ppm gelegen.",
        True,
        [("count", 280, None, "about")],
        None,
    ),
    (
        "de",
        "Die Station im Schneefernerhaus liegt auf gut 2.600 Metern Höhe und misst seit 2001 ohne Unterbrechung Treibhausgase.",
        True,
        [("count", 2600, None, "over"), ("year", 2001, None, None)],
        None,
    ),
    (
        "de",
        "Stationsleiter Korbinian Ertlmaier sagte, die Geräte zögen alle zehn Sekunden eine Luftprobe, pro Jahr kämen so gut drei Millionen Messwerte zusammen.",
        True,
        [("duration", 10, "second", None), ("count", 3000000, None, "over")],
        "Korbinian Ertlmaier",
    ),
    (
        "de",
        "„Hier oben kann man der Atmosphäre beim Älterwerden zusehen“, sagte Ertlmaier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auch der Methangehalt stieg auf einen Rekordwert von 2.012 ppb.",
        True,
        [("count", 2012, None, None)],
        None,
    ),
    (
        "de",
        "Weltweit liegt der Mittelwert nach WMO-Angaben inzwischen bei gut 427 ppm.",
        True,
        [("count", 427, None, "over")],
        None,
    ),
    # --- Forschungsquote (APA), November ---
    (
        "de",
        "Wien (APA) - Österreich wird heuer voraussichtlich 3,41 Prozent seiner Wirtschaftsleistung für Forschung und Entwicklung ausgeben.",
        True,
        [("percent", 3.41, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus der aktuellen Globalschätzung der Statistik Austria hervor, die am Donnerstag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Absolut steigen die Ausgaben damit um 4,6 Prozent auf rund 17,8 Milliarden Euro.",
        True,
        [("percent", 4.6, None, None), ("money", 17800000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte davon, 47,3 Prozent, finanzieren Unternehmen, gut ein Drittel die öffentliche Hand, der Rest kommt vor allem aus dem Ausland.",
        True,
        [("fraction", 0.5, None, "nearly"), ("percent", 47.3, None, None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Im EU-Vergleich liegt Österreich damit an vierter Stelle.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Wissenschaftsministerin sagte, die Regierung halte an ihrem Ziel von 4 Prozent bis 2030 fest und werde dazu im Jänner einen Sieben-Punkte-Plan vorlegen.",
        True,
        [("percent", 4, None, None), ("year", 2030, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "„Forschung ist keine Ausgabe, sondern eine Investition in den Wohlstand von morgen“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Universitätenkonferenz bezweifelt, dass das Ziel ohne deutlich mehr Geld für die Grundlagenforschung zu erreichen ist.",
        False,
        [],
        None,
    ),
    # --- Great Barrier Reef survey (AAP), November ---
    (
        "en",
        "BRISBANE (AAP) - Coral cover across the northern Great Barrier Reef dropped to 27.4 per cent, down 11.8 percentage points in a year, after a seventh mass bleaching event since 2016.",
        True,
        [
            ("percent", 27.4, None, None),
            ("percent", 11.8, "pp", None),
            ("ordinal", 7, None, None),
            ("year", 2016, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Australian Institute of Marine Science surveyed 124 reefs between August and May, its annual long-term monitoring report said.",
        True,
        [("count", 124, None, None)],
        None,
    ),
    (
        "en",
        "On the central reef, cover dropped to 23.9 per cent from 31.2 per cent, while the southern section held roughly steady at about 34 per cent.",
        True,
        [("percent", 23.9, None, None), ("percent", 31.2, None, None), ("percent", 34, None, "about")],
        None,
    ),
    (
        "en",
        "Program leader Megan Kilgallon-Tait said it was the largest annual decline in the 40 years the institute has been monitoring the reef.",
        True,
        [("duration", 40, "year", None)],
        "Megan Kilgallon-Tait",
    ),
    (
        "en",
        '"The reef is a boxer that keeps getting back up, but the punches are coming faster," Kilgallon-Tait said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aerial observers also scored about 1,080 reefs from the air at the peak of the bleaching in March.",
        True,
        [("count", 1080, None, "about")],
        None,
    ),
    (
        "en",
        "Fast-growing Acropora corals, which drive most of the recovery after bleaching, were also the worst affected, the report said.",
        True,
        [],
        None,
    ),
    # --- Störche überwintern in Spanien (dpa), November ---
    (
        "de",
        "Radolfzell (dpa) - Junge Weißstörche, die den Winter in Spanien statt in Afrika verbringen, überleben ihr erstes Lebensjahr deutlich häufiger.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Das zeigt eine Studie des Max-Planck-Instituts für Verhaltensbiologie, für die 254 Jungvögel aus Baden-Württemberg und Bayern mit GPS-Sendern ausgestattet wurden.",
        True,
        [("count", 254, None, None)],
        None,
    ),
    (
        "de",
        "Von den Störchen, die in Spanien überwinterten, lebten nach zwölf Monaten noch 61 Prozent, von den Afrika-Ziehern nur 38 Prozent.",
        True,
        [("duration", 12, "month", None), ("percent", 61, None, None), ("percent", 38, None, None)],
        None,
    ),
    (
        "de",
        "Die Afrika-Zieher legten auf dem Weg in die Sahelzone im Schnitt rund 4.800 Kilometer zurück, die Spanien-Überwinterer nur etwa 2.100.",
        True,
        [("count", 4800, None, "about"), ("count", 2100, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiterin Amrei Thielscher sagte, die Sender wögen nur 22 Gramm und übermittelten alle fünf Minuten eine Position.",
        True,
        [("count", 22, None, None), ("duration", 5, "minute", None)],
        "Amrei Thielscher",
    ),
    ("de", "„Die Störche stimmen mit ihren Flügeln über den Klimawandel ab“, sagte Thielscher.", False, [], None),
    (
        "de",
        "Vor 40 Jahren überwinterte nach Daten der Vogelwarte kaum ein Storch aus Süddeutschland in Spanien, heute ist es etwa jeder dritte.",
        True,
        [("duration", 40, "year", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Naturschützer befürchten, dass Mülldeponien, von denen sich viele der Vögel in Spanien ernähren, in den nächsten Jahren geschlossen werden.",
        False,
        [],
        None,
    ),
    # --- Webb spots early black hole (Reuters), November ---
    (
        "en",
        "BALTIMORE, Nov 12 (Reuters) - The James Webb Space Telescope has found a black hole about 40 million times the mass of the Sun in a galaxy seen as it was roughly 570 million years after the Big Bang, astronomers said.",
        True,
        [("date", "--11-12", None, None), ("count", 40000000, None, "about"), ("duration", 570000000, "year", "about")],
        None,
    ),
    (
        "en",
        "That places it among the most distant black holes ever confirmed, according to the team's paper in the journal Nature.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Light from the galaxy has travelled for about 13.2 billion years to reach Earth.",
        True,
        [("duration", 13200000000, "year", "about")],
        None,
    ),
    (
        "en",
        "Lead author Kwabena Asante-Morrow said the black hole appeared to make up nearly a tenth of its galaxy's total mass, compared with about 0.1% for black holes in nearby galaxies.",
        True,
        [("fraction", 0.1, None, "nearly"), ("percent", 0.1, None, "about")],
        "Kwabena Asante-Morrow",
    ),
    (
        "en",
        '"It\'s as if we found a toddler with the appetite of a grown adult," Asante-Morrow said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The galaxy itself is tiny, about 1,500 light years across, or less than a fiftieth the width of the Milky Way.",
        True,
        [("count", 1500, None, "about"), ("fraction", 0.02, None, "under")],
        None,
    ),
    (
        "en",
        "The observations took 21 hours of telescope time spread over two visits in January and March.",
        True,
        [("duration", 21, "hour", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Some theorists suspect such giants grew from the direct collapse of enormous gas clouds rather than from dead stars.",
        False,
        [],
        None,
    ),
    # --- Funde im Salzberg Hallstatt (APA), November ---
    (
        "de",
        "Hallstatt (APA) - Im Salzbergwerk von Hallstatt haben Forschende des Naturhistorischen Museums Wien einen nahezu vollständig erhaltenen Holzeimer und mehr als 120 abgebrannte Leuchtspäne freigelegt.",
        True,
        [("count", 120, None, "over")],
        None,
    ),
    (
        "de",
        "Die Funde stammen nach Jahrringdatierungen aus der Zeit um 1250 vor Christus und sind damit rund 3.270 Jahre alt.",
        True,
        [("year", -1250, None, "about"), ("duration", 3270, "year", "about")],
        None,
    ),
    (
        "de",
        "Sie lagen in rund 100 Metern Tiefe unter einer Schicht aus Salz, Ton und Gestein, die sie luftdicht konserviert hat.",
        True,
        [("count", 100, None, "about")],
        None,
    ),
    (
        "de",
        "Grabungsleiter Matthäus Riedlhammer sagte, im Hallstätter Salzberg werde seit mehr als 7.000 Jahren Salz abgebaut.",
        True,
        [("duration", 7000, "year", "over")],
        "Matthäus Riedlhammer",
    ),
    (
        "de",
        "„Das Salz ist der beste Restaurator, den man sich wünschen kann“, sagte Riedlhammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Eimer ist 38 Zentimeter hoch und wurde aus einem einzigen Stück Fichtenholz gefertigt.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Seit 1960 wurden in dem Bergwerk nach Museumsangaben mehr als 18.000 Objekte aus prähistorischer Zeit geborgen.",
        True,
        [("year", 1960, None, None), ("count", 18000, None, "over")],
        None,
    ),
    (
        "de",
        "Wozu die Bergleute den Eimer genau nutzten, ist unter den Forschenden umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Funde sollen ab dem 12. März im Naturhistorischen Museum Wien gezeigt werden.",
        True,
        [("date", "--03-12", None, None)],
        None,
    ),
    # --- Vaping among schoolchildren (PA), November ---
    (
        "en",
        "LONDON (PA) - Nearly one in five 11 to 15-year-olds in England has tried vaping, according to NHS figures published on Thursday.",
        True,
        [("fraction", 0.2, None, "nearly"), ("duration", 11, "year", None), ("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "The survey of 13,240 pupils at 186 schools found 18 per cent had ever used an e-cigarette, down from 21 per cent two years earlier.",
        True,
        [
            ("count", 13240, None, None),
            ("count", 186, None, None),
            ("percent", 18, None, None),
            ("percent", 21, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Regular use, defined as at least once a week, was reported by 6 per cent of pupils.",
        True,
        [("count", 1, None, "at_least"), ("percent", 6, None, None)],
        None,
    ),
    (
        "en",
        "Among 15-year-old girls, current use stood at 14 per cent, almost double the rate among boys of the same age.",
        True,
        [("duration", 15, "year", None), ("percent", 14, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Professor Alisdair Trevorrow, a public health researcher at the University of Bath, said the drop coincided with the ban on disposable vapes that took effect in June 2025.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Under current law, it is illegal to sell vapes to anyone under 18 in the UK.",
        True,
        [("duration", 18, "year", "under")],
        None,
    ),
    (
        "en",
        '"We took the sweets out of the shop window, and children noticed," Trevorrow said.',
        False,
        [],
        None,
    ),
    # --- UK autumn statistics (PA), December ---
    (
        "en",
        "EXETER (PA) - This autumn was the UK's third-warmest since records began, averaging 11.2C, provisional Met Office figures show.",
        True,
        [("ordinal", 3, None, None), ("count", 11.2, None, None)],
        None,
    ),
    (
        "en",
        "That is 1.1C above the 1991-2020 average, in a series that goes back to 1884.",
        True,
        [
            ("count", 1.1, None, None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("year", 1884, None, None),
        ],
        None,
    ),
    (
        "en",
        "Rainfall was 12% below average across the UK as a whole, but parts of north-west Scotland had more than 140% of their usual autumn total.",
        True,
        [("percent", 12, None, None), ("percent", 140, None, "over")],
        None,
    ),
    (
        "en",
        "Sunshine totalled 287 hours, about 8% above normal.",
        True,
        [("duration", 287, "hour", None), ("percent", 8, None, "about")],
        None,
    ),
    (
        "en",
        "The warmest day of the season was 29.4C, recorded at Heathrow on Sept 3.",
        True,
        [("count", 29.4, None, None), ("date", "--09-03", None, None)],
        None,
    ),
    (
        "en",
        "Met Office climate scientist Eilidh Drummond-Fyfe said eight of the UK's 10 warmest autumns had occurred since 2006.",
        True,
        [("count", 8, None, None), ("count", 10, None, None), ("year", 2006, None, None)],
        "Eilidh Drummond-Fyfe",
    ),
    (
        "en",
        '"What used to be an exceptional autumn is now simply what we expect," Drummond-Fyfe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "For many, the mild weeks felt more like a long, grey extension of summer than a proper autumn.",
        False,
        [],
        None,
    ),
    # --- Nationalfonds-Bilanz (Keystone-SDA), Dezember ---
    (
        "de",
        "Bern (Keystone-SDA) - Rund 1,14 Milliarden Franken hat der Schweizerische Nationalfonds (SNF) in diesem Jahr für neue Forschungsprojekte bewilligt.",
        True,
        [("money", 1140000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Das sind gut 3 Prozent weniger als im Vorjahr, teilte der SNF am Dienstag in Bern mit.",
        True,
        [("percent", 3, None, "over")],
        "der SNF",
    ),
    (
        "de",
        "Gefördert werden damit knapp 2'900 Projekte, an denen rund 18'500 Forschende beteiligt sind.",
        True,
        [("count", 2900, None, "nearly"), ("count", 18500, None, "about")],
        None,
    ),
    (
        "de",
        "Die Erfolgsquote in der Projektförderung sank um fünf Prozentpunkte auf 41 Prozent.",
        True,
        [("percent", 5, "pp", None), ("percent", 41, None, None)],
        None,
    ),
    (
        "de",
        "Seit die Schweiz 2021 vom EU-Forschungsprogramm Horizon Europe ausgeschlossen wurde, hat der SNF zudem Übergangsmassnahmen über rund 640 Millionen Franken abgewickelt.",
        True,
        [("year", 2021, None, None), ("money", 640000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Abteilungsleiterin Corina Pedrazzini-Fluri sagte, rund ein Viertel der bewilligten Mittel gehe an Forschende unter 35 Jahren.",
        True,
        [("fraction", 0.25, None, "about"), ("duration", 35, "year", "under")],
        "Corina Pedrazzini-Fluri",
    ),
    (
        "de",
        "«Gute Forschung braucht einen langen Atem und keinen kurzen Sprint», sagte Pedrazzini-Fluri.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Hochschuldachverband swissuniversities kritisierte, der Bund setze bei der Grundlagenforschung die falschen Prioritäten.",
        False,
        [],
        None,
    ),
    # --- Ozone hole closes (AFP), December ---
    (
        "en",
        "PARIS, Dec 2 (AFP) - This year's ozone hole over Antarctica closed in late November after peaking at about 22.1 million square kilometres, data from the EU's Copernicus Atmosphere Monitoring Service showed.",
        True,
        [("date", "--12-02", None, None), ("count", 22100000, None, "about")],
        None,
    ),
    (
        "en",
        "That was the 12th-largest since satellite records began in 1979, and roughly 3 million square kilometres smaller than last year's peak.",
        True,
        [("ordinal", 12, None, None), ("year", 1979, None, None), ("count", 3000000, None, "about")],
        None,
    ),
    (
        "en",
        "Scientists credit the 1987 Montreal Protocol, which phased out about 98% of ozone-depleting substances, for the slow recovery.",
        True,
        [("year", 1987, None, None), ("percent", 98, None, "about")],
        None,
    ),
    (
        "en",
        "Senior scientist Lukas Ferreira-Hahn said the ozone layer over Antarctica was on track to return to its 1980 levels around 2068.",
        True,
        [("year", 1980, None, None), ("year", 2068, None, "about")],
        "Lukas Ferreira-Hahn",
    ),
    (
        "en",
        '"The ozone story is proof that the world can fix what it breaks," Ferreira-Hahn said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The hole was open for 104 days this year, about two weeks longer than the average of the past decade.",
        True,
        [("duration", 104, "day", None), ("duration", 2, "week", "about")],
        None,
    ),
    (
        "en",
        "Some researchers worry that smoke from large wildfires and exhaust from rocket launches could slow the healing.",
        False,
        [],
        None,
    ),
    # --- Meeresspiegel an Nord- und Ostsee (dpa), Dezember ---
    (
        "de",
        "Hamburg (dpa) - Um rund 27 Zentimeter ist das Wasser an der deutschen Nordseeküste seit 1900 gestiegen.",
        True,
        [("count", 27, None, "about"), ("year", 1900, None, None)],
        None,
    ),
    (
        "de",
        "Zuletzt habe sich der Anstieg auf etwa 3,8 Millimeter pro Jahr beschleunigt, teilte das Bundesamt für Seeschifffahrt und Hydrographie in Hamburg am Dienstag mit.",
        True,
        [("count", 3.8, None, "about")],
        "das Bundesamt für Seeschifffahrt und Hydrographie",
    ),
    (
        "de",
        "Grundlage sind Daten von 16 Pegeln, der älteste davon in Cuxhaven mit Aufzeichnungen seit 1843.",
        True,
        [("count", 16, None, None), ("year", 1843, None, None)],
        None,
    ),
    (
        "de",
        "An der Ostsee fiel der Anstieg mit durchschnittlich 1,6 Millimetern pro Jahr geringer aus, weil sich dort das Land nach der letzten Eiszeit teilweise noch hebt.",
        True,
        [("count", 1.6, None, None)],
        None,
    ),
    (
        "de",
        "Bei Sturmfluten laufe das Wasser heute im Schnitt rund 20 Zentimeter höher auf als vor 100 Jahren, hieß es vom BSH.",
        True,
        [("count", 20, None, "about"), ("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "BSH-Ozeanografin Inken Rasmussen-Vogt sagte, für die Küstenschutzplanung rechne man bis 2100 mit einem Anstieg von bis zu 1,1 Metern.",
        True,
        [("year", 2100, None, None), ("count", 1.1, None, "up_to")],
        "Inken Rasmussen-Vogt",
    ),
    (
        "de",
        "„Die Deiche, die wir heute bauen, müssen noch für unsere Urenkel halten“, sagte Rasmussen-Vogt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wie schnell das Eis der Antarktis abschmilzt, bleibt nach Ansicht vieler Fachleute die größte Unbekannte.",
        False,
        [],
        None,
    ),
    # --- Chinese ultraviolet telescope launched (Reuters), December ---
    (
        "en",
        "BEIJING, Dec 8 (Reuters) - China launched a space telescope designed to survey the sky in ultraviolet light aboard a Long March 2C rocket from the Jiuquan Satellite Launch Center on Tuesday, state media said.",
        True,
        [("date", "--12-08", None, None)],
        None,
    ),
    (
        "en",
        "The 2.8-tonne observatory will orbit about 550 km above Earth and is designed to operate for at least five years.",
        True,
        [("count", 2.8, None, None), ("count", 550, None, "about"), ("duration", 5, "year", "at_least")],
        None,
    ),
    (
        "en",
        "It was China's 88th orbital launch attempt of the year, according to a Reuters tally.",
        True,
        [("ordinal", 88, None, None)],
        None,
    ),
    (
        "en",
        "Chief scientist Wen Haoran said the telescope's 1.2-metre mirror would let it catalogue about 800 million stars and galaxies.",
        True,
        [("count", 1.2, None, None), ("count", 800000000, None, "about")],
        "Wen Haoran",
    ),
    ("en", '"This is a new window for Chinese astronomy," Wen said.', False, [], None),
    (
        "en",
        "The mission, approved in 2019, cost about 3.1 billion yuan ($436 million), according to the Chinese Academy of Sciences.",
        True,
        [("year", 2019, None, None), ("money", 3100000000, "CNY", "about"), ("money", 436000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Western analysts say Beijing is using big science missions to build prestige as it competes with the United States in space.",
        False,
        [],
        None,
    ),
    # --- Darmspiegelung senkt Sterberisiko (dpa), Dezember ---
    (
        "de",
        "Heidelberg (dpa) - Wer zur Vorsorge-Darmspiegelung geht, stirbt einer großen Studie zufolge um rund 40 Prozent seltener an Darmkrebs.",
        True,
        [("percent", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Forschende des Deutschen Krebsforschungszentrums (DKFZ) werteten dafür die Daten von rund 312.000 Versicherten zwischen 55 und 79 Jahren aus.",
        True,
        [("count", 312000, None, "about"), ("duration", 55, "year", None), ("duration", 79, "year", None)],
        None,
    ),
    (
        "de",
        "Nach im Median 10,2 Jahren waren in der Gruppe mit Darmspiegelung 0,21 Prozent an Darmkrebs gestorben, in der Vergleichsgruppe 0,36 Prozent.",
        True,
        [("duration", 10.2, "year", None), ("percent", 0.21, None, None), ("percent", 0.36, None, None)],
        None,
    ),
    (
        "de",
        "Um einen einzigen Todesfall durch Darmkrebs zu vermeiden, müssten rechnerisch rund 670 Menschen untersucht werden.",
        True,
        [("count", 670, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiter Bernd Kühnapfel sagte, nur knapp jeder dritte Berechtigte nehme das Angebot bislang wahr.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Bernd Kühnapfel",
    ),
    (
        "de",
        "„Wir haben eine der wirksamsten Krebsvorsorgen überhaupt, und die meisten lassen sie liegen“, sagte Kühnapfel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Weil die Teilnehmenden selbst über die Untersuchung entschieden, lasse sich ein ursächlicher Effekt nicht sicher belegen, schreiben die Autorinnen und Autoren.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Fachleute raten, die Vorsorge nicht aus Angst vor der Untersuchung aufzuschieben.",
        False,
        [],
        None,
    ),
    # --- Arctic Report Card (AP), December ---
    (
        "en",
        "WASHINGTON (AP) — The Arctic had its second-warmest year on record, with air temperatures over land averaging about 1.4 degrees Celsius (2.5 degrees Fahrenheit) above the 1991-2020 norm, according to an annual report card released Tuesday.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 1.4, None, "about"),
            ("count", 2.5, None, None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
        ],
        None,
    ),
    (
        "en",
        "The report, compiled by 97 scientists from two dozen countries for the National Oceanic and Atmospheric Administration, found the region is warming about three and a half times faster than the global average.",
        True,
        [("count", 97, None, None), ("count", 24, None, None), ("count", 3.5, None, "about")],
        None,
    ),
    (
        "en",
        "Greenland's ice sheet lost an estimated 118 billion tons of ice, less than the 2002-2025 average, because of a snowy winter.",
        True,
        [("count", 118000000000, None, "about"), ("year", 2002, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Lead editor Rhonda Featherstonhaugh said permafrost in parts of Alaska had warmed by up to 2 degrees at a depth of 20 meters since the 1980s.",
        True,
        [("count", 2, None, "up_to"), ("count", 20, None, None)],
        "Rhonda Featherstonhaugh",
    ),
    (
        "en",
        '"The Arctic is telling us a story, and it\'s not a bedtime story," Featherstonhaugh said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Tundra in some regions has switched from soaking up carbon to releasing it, the report said, a change first documented in last year's edition.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Indigenous leaders in Alaska said they feared the changes would make traditional hunting on sea ice too dangerous.",
        False,
        [],
        None,
    ),
    # --- Sonde „Hesperia“ an der Venus (dpa), Dezember ---
    (
        "de",
        "Darmstadt (dpa) - Die europäische Raumsonde „Hesperia“ ist in der Nacht zum Freitag in nur 3.870 Kilometern Abstand an der Venus vorbeigeflogen.",
        True,
        [("count", 3870, None, None)],
        None,
    ),
    (
        "de",
        "Das Manöver habe die Sonde um rund 4,2 Kilometer pro Sekunde abgebremst und auf Kurs zum Merkur gebracht, teilte die Esa am Freitag mit.",
        True,
        [("count", 4.2, None, "about")],
        "die Esa",
    ),
    (
        "de",
        "Die ersten Daten des Vorbeiflugs erreichten das Kontrollzentrum in Darmstadt knapp sieben Stunden nach der größten Annäherung.",
        True,
        [("ordinal", 1, None, None), ("duration", 7, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die Sonde war vor 26 Monaten gestartet und soll nach insgesamt sechs Vorbeiflügen an Erde, Venus und Merkur im Herbst 2031 in eine Umlaufbahn um den innersten Planeten einschwenken.",
        True,
        [("duration", 26, "month", None), ("count", 6, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Flugdirektorin Nele Brandstädter sagte, die Sonde sei bei dem Vorbeiflug auf ihrer Sonnenseite Temperaturen von mehr als 250 Grad Celsius ausgesetzt gewesen.",
        True,
        [("count", 250, None, "over")],
        "Nele Brandstädter",
    ),
    (
        "de",
        "„Im Kontrollraum hätte man eine Stecknadel fallen hören können“, sagte Brandstädter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Inklusive Start belaufen sich die Kosten der Mission auf rund 1,3 Milliarden Euro, gut ein Fünftel davon trägt Deutschland.",
        True,
        [("money", 1300000000, "EUR", "about"), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Planetenforscher hoffen, mit den Daten endlich zu verstehen, warum der Merkur ein so starkes Magnetfeld besitzt.",
        False,
        [],
        None,
    ),
]
