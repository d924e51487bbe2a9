"""Two-hundred-and-eighty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, missions and figures are
made up (Ilka Brettschneider, Sabine Ohlendorf, Renate Vollhardt-Engel, Gerlinde Haslauer,
Corinne Zwahlen, Henrike Adamczyk, Leopold Fuchsbichler, Hochfirst Raumfahrt and Tobias
Kernreiter, Urs Wyrsch, Marlene Osterkamp, Hiroshi Tanigawa, Curtis Pembrook, Volkmar
Hennings, Johanna Quirrenbach-Lenz, Valeska Thorbecke; Corvane Networks and Marlon
Brisbois, Gwendolyn Achterberg, Philippa Trowbridge, Amara Oyelaran and the galaxy
nicknamed Tarrow's Lantern, Raghunath Menon-Pillai, Deborah Fairweather, Niall Cronshaw,
Kenji Arakawa, Rhiannon Cleverley, Zhou Mingxuan, Ingrid Halvorsen, Tomasz Wielgosz,
Adaeze Nwachukwu, Bartholomew Kinsella, Harlan Pettigrew-Odom, Rosalind Achebe-Fenwick,
Giulia Santorelli, Dominic Harrowgate; every unnamed spokeswoman, analyst, judge,
campaigner, theorist, vice-chancellor and resident); ministers, agency chiefs, directors
and presidents of real governments and bodies appear under made-up names that stand for no
real holder, or by their role only („die Ministerin“, „Der Präsident der
Max-Planck-Gesellschaft“, "A NASA spokeswoman", "A federal judge in Boston"). Real states,
bodies, places, launchers, telescopes, prizes, rankings and journals (Esa, Europäische
Weltraumorganisation, Bundesforschungsministerium, Bundesverband der Deutschen Industrie,
Kourou, Französisch-Guayana, Ariane 6, Arianespace, Deutsche Forschungsgemeinschaft (DFG),
Hochschulrektorenkonferenz, Wissenschaftsministerkonferenz, „Times Higher Education“,
Universität Wien, Technische Universität Wien, Universität Innsbruck, Universität Oxford,
Österreichische Hochschülerinnen- und Hochschülerschaft, Schweizerischer Nationalfonds
(SNF), Horizon Europe, Max-Planck-Institut für Astronomie, Very Large Telescope, „Astronomy
& Astrophysics“, Statistik Austria, Industriellenvereinigung, Andøya, Paul Scherrer
Institut (PSI), «Physical Review Letters», Hightech Agenda, Haushaltsausschuss des
Bundestags, Die Grünen, Königlich Schwedische Akademie der Wissenschaften,
Max-Planck-Institut für Quantenoptik, Garching, Stockholmer Konzerthaus,
Max-Planck-Gesellschaft, Forschungszentrum Jülich, Nordrhein-Westfalen, „Nature Physics“,
Gottfried Wilhelm Leibniz-Preis, Eso, Extremely Large Telescope, Cerro Armazones, Hubble;
Falcon 9, Cape Canaveral, Florida's Space Coast, NASA, the White House, Congress, UK
Research and Innovation, Harwell, the Campaign for Science and Engineering, the James Webb
Space Telescope, Nature, the European Space Agency, the Canadian Space Agency, PSLV, the
Indian Space Research Organisation (ISRO), Gaganyaan, the QS World University Rankings,
MIT, Imperial College London, Tsinghua University, the University of Melbourne, the
University of Leeds, H3, the Tanegashima Space Center, Michibiki, the Japan Aerospace
Exploration Agency (JAXA), the Square Kilometre Array, Wajarri Yamaji country, Murchison,
Long March 5, Wenchang, Hainan, Shackleton crater, Egypt, Bahrain, Thailand, the Royal
Swedish Academy of Sciences, the National Science Foundation, the American Physical
Society, the University of Michigan, Little Dome C, Concordia, the European Union, the
SaxaVord Spaceport, Unst, Shetland, the UK Space Agency, the University of Glasgow,
Cornwall, and the datelines' cities) stand for the way wire copy names them; every launch,
orbit, distance, temperature, mass, budget, grant, prize sum, rank, share, tally, date and
quote here is invented, and where a real figure came to mind (a real Esa contribution or
subscription total, a real DFG or SNF budget, a real funding pact rate, a real NASA budget
or proposed cut, a real national space-economy target, a real antenna count, a real
mirror size, segment count or mountain height, a real prize sum or prize tally, a real
satellite-system target, a real core depth or age) it was changed; historical years are
kept (Webb's launch in 2021, Ariane 6's first flight in 2024, the Leibniz prize since
1986, the chemistry prize since 1901 and a Norwegian laureate in 1968, China's first lunar
probe in 2007, the failed Cornwall launch in 2023).

Its weight: SCIENCE, SPACE AND RESEARCH FUNDING - rocket launches, satellites, telescopes,
university rankings, research budgets, Nobel prizes, lab science without clinical trials,
measurements in kilometres, light years, degrees and kelvins (the forty-fourth and
hundred-twelfth batches weighed space copy, the hundred-eighty-fifth science and space
agency news, the two-hundred-and-thirty-fourth space missions and big science, and the
batches on schools and universities and on education policy weighed rankings and
budgets of universities; their decisions are kept). Over one year in story order (January
to December), 28 short stories with the German and English desks interleaved by month,
each told as wire copy runs it (a dateline lead, the figures, attributed claims, the
other side, quotes, reactions). Half German (dpa with its regional slugs "dpa/lnw" and
"dpa/lby", APA, Keystone-SDA, Reuters German, AFP German; Austrian "heuer", Swiss "in der
Höhe von", "gesprochen", "während 14 Wochen", "5'300", "21'000", «» quotes, German „“
quotes): Germany's Esa contribution, an Ariane 6 launch with two weather satellites, the
DFG's annual report, Austrian universities in the Times Higher Education ranking, the
Swiss National Science Foundation's grants, a hot gas giant from Heidelberg, Austria's R&D
ratio, a German small launcher reaching orbit from Andøya, a muon measurement at the PSI,
the federal research budget, the physics Nobel for a German physicist, a quantum chip
record in Jülich, the Leibniz prizes and the mirror of the Extremely Large Telescope. Half
English (Reuters, AP, AFP, PA, AAP): a broadband constellation launch, NASA's science
budget cut, UK research funding, Webb's early galaxy, India's PSLV, the QS university
rankings, Japan's H3, the Square Kilometre Array's construction, China's lunar south pole
mission, the chemistry Nobel, an asteroid flyby, the NSF's grant terminations, an
Antarctic ice core and the first orbital launch from Shetland. Figures as such copy has
them: distances and altitudes in kilometres and metres, light years, temperatures in
degrees Celsius with "minus" as a sign and in kelvin and millikelvin, masses in tonnes and
kilograms, speeds in kilometres per second, data in petabytes, redshifts and multiples,
budgets, grants, prize sums and costs in euros, dollars, pounds, francs, Swedish crowns,
yen, rupees and Australian dollars, research ratios in percent of GDP, ranks and places in
rankings, shares as fractions, cosmic spans in millions and billions of years, mission
spans in minutes, hours, days, weeks, months and years; number words and compounds
(„achteinhalb Jahre“, „zweistufige“, „rund dreimal so lange“, „etwa 1,8-mal so groß“,
„rund 20-mal genauer“, „etwa 16-mal schärfer“, „Die 61-Jährige“, „Die 43-Jährige“,
"Twenty-two states", "the four-stage rocket", "The 16-nation project's", "a 14-year
effort", "The 1,420-kg radar satellite", "The 7.6-tonne spacecraft", "a 20,000-tonne
recycling plant", "1-metre sections"), fractions („ein Drittel“, „ein Fünftel“, „Gut ein
Viertel“, „Fast jeder dritte“, „Knapp die Hälfte“, "less than a fifth", "by more than
half", "About a third", "roughly a quarter"), ordinals („der siebte Flug“, „auf Rang 121“,
„zum elften Mal in Folge“, „an dritter Stelle“, „der 29. Japaner“, "the 64th flight",
"for a 15th consecutive year", "held second place", "to 13th", "the seventh in the
Michibiki system"), hedges, ranges, years and dates. Negatives as such copy has them -
about a quarter of the rows: ministers', agency chiefs', researchers', laureates' and
company chiefs' rhetoric, wonder and joy in quotes, labels („nannte“, „bezeichnete ...
als“, "called"), verdicts with „halten ... für“, speculation, hopes and fears, doubts,
evasions, open questions, an accusation naming no act, a warning naming no measure and a
feeling, each near a check-worthy look-alike: the same speaker's figure, a budget line, a
ranking, a launch, a finding.

238 rows (119 German, 119 English), 57 negatives (28 German, 29 English), 181 check-worthy
rows of which 8 carry no figure (6 German, 2 English), 311 expected quantities (121 counts,
40 years, 39 amounts of money - 17 EUR, 9 USD, 4 each CHF, GBP, 2 SEK, 1 each AUD, INR, JPY
-, 35 durations - 20 in years, 5 in hours, 4 in minutes, 2 in weeks, 2 in days, 1 in
seconds, 1 in months -, 30 ordinals, 23 percentages - all in % -, 12 fractions, 11 dates -
all without a year -; three of them in three negatives, as the seventeenth batch labels a
figure in a negative), 38 checked speakers (18 German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, speculation or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-eighty-fifth, two-hundred-and-thirty-fourth, two-hundred-and-seventy-sixth); a
  quoted or reported statement of fact, figure, plan, budget line or position is
  check-worthy with its speaker, also in Konjunktiv I (hundred-twelfth, hundred-sixtieth).
  Pairs from one speaker: Brettschneider's third and fifth beside „Wer im All nicht
  mitspielt“, Brisbois's 410,000 customers beside "the most important piece of
  infrastructure", Ohlendorf's six launches beside „unbezahlbar“, Achterberg's 2,000 jobs
  beside "a wrecking ball", Vollhardt-Engel's 29 percent beside „das schmerzt“,
  Trowbridge's 2.7% beside "the best place in the world to do science", Haslauer's 16.8
  billion euros beside „Rankings sind nicht alles“, Oyelaran's redshift beside "far
  brighter than anything our models told us to expect" (wonder, two-hundred-and-thirty-
  fourth), Zwahlen's 270 million francs beside «spart ausgerechnet dort», Menon-Pillai's 11
  launches beside "the lesson was patience", Adamczyk's six nights beside „fast wie ein
  Wunder“, Fuchsbichler's four percent beside „die beste Versicherung“, Arakawa's 10
  launches a year beside "earned back the trust", Kernreiter's 140 million euros beside
  „Europa auch klein kann“, Wyrsch's 63 researchers beside „an der Grenze dessen“,
  Cleverley's A$95 million beside "ticket to the biggest questions", Zhou's minus 230
  degrees beside "the next frontier", Hennings's 1,000 qubits beside „die Brüder Wright“,
  Kinsella's moon beside "a curveball", Thorbecke's 16-fold beside „die Atmosphären fremder
  Welten lesen“, Santorelli's five seasons beside "humbling" and Harrowgate's 52,000 jobs
  beside "back in the space race"; the laureates' joy (Osterkamp's „Streich meiner
  Doktoranden“, Wielgosz's pyjamas "told reporters") and Quirrenbach-Lenz's „Zeit“ are
  negatives, as the two-hundred-and-thirty-fourth's quotes of wonder and feeling.
- Hopes, fears, speculation, doubts, open questions and evasions are negatives in every
  form, their figures labelled (two-hundred-and-thirty-fourth): "Vice-chancellors hope ...
  three years of real-terms cuts" (3 years), "Some theorists suspect the first generation of
  stars ..." (ordinal 1, as "the first stars"), „Branchenkenner bezweifeln, dass Europa
  Platz für mehr als zwei Anbieter ...“ (2 "over"), „Andere Astronomen halten es für
  möglich“, „Theoretiker halten es für möglich“, "Some astronomers fear", "Many young
  researchers fear", "Japanese officials hope", "Private Indian launch companies hope",
  "Local Aboriginal leaders hope", "Scientists hope", "Researchers hope", „Ob ... gilt unter
  Fachleuten als offen“, „Ob ... ist unter Astronomen umstritten“, „Ob ..., ließ die
  Wissenschaftsministerkonferenz offen“, "A NASA spokeswoman declined to say ...", "QS
  declined to say ...". New: "Western analysts say the mission's real purpose is to scout
  sites for a permanent base" is a negative - a claim about hidden motives is speculation
  whatever its verb of saying, as "Some physicists think" (two-hundred-and-thirty-fourth).
  New: "Several vice-chancellors said the results were a warning that Australia was losing
  its edge" is a negative - a warning naming no measure (two-hundred-and-fourth) - while
  "University leaders warned that more than 40 institutions were running deficits" is
  check-worthy: it states a countable fact. „Die Grünen warfen der Regierung vor, bei der
  Grundlagenforschung zu knausern“ is an accusation naming no act
  (two-hundred-and-seventy-sixth), „Viele Nachwuchsforschende empfinden ... als Lotterie“ a
  feeling. Labels: „nannte die Zusagen“, „nannte das Ranking“, „nannte die Auszeichnung“,
  „bezeichnete die Entwicklung als“, „bezeichnete das Ziel als“, "called the proposal",
  "called the spaceport"; verdict: „Kritiker halten die Rakete ... für zu teuer“.
- Check-worthy without a figure (hundred-twelfth, two-hundred-and-thirty-fourth): acts of
  record and findings (the PSI's most precise measurement - „so genau wie nie zuvor“ none -,
  Jülich's coherence record, the Academy's citation of the three physicists, the Long
  March lift-off "state media reported" with "shortly after nightfall" none, "the deepest
  ice core ever drilled by a European team" - "ever" none) and three publication lines
  („Astronomy & Astrophysics“, «Physical Review Letters», „Nature Physics“).
- Physical measures are counts read as written (fourth, forty-fourth, hundred-twelfth,
  hundred-eighty-fifth, two-hundred-and-thirty-fourth): distances and altitudes ("about 530
  km", "1,150 km", „in rund 36.000 Kilometern Höhe“, "535 km", „in rund 520 Kilometern
  Höhe“, "about 800 km north of Perth", "within 1,900 km" - "within" no hedge -, "about 4.3
  km long", "about 390 million km", "roughly 1.5 million km", "about 40 km", "a depth of
  2,830 metres", "about 300 metres across", „auf dem rund 3.050 Meter hohen“); light years
  („rund 640 Lichtjahre“, "about 1,100 light years across" - a size, not a duration,
  hundred-eighty-fifth); temperatures with "minus" as a sign and kelvin as written, not
  converted (hundred-eighty-fifth: "rund 73 Kelvin"): „rund 2.300 Grad Celsius, das
  entspricht etwa 2.570 Kelvin“ each with its own hedge, "72 degrees Celsius", "below minus
  230 degrees Celsius" -230 "under" (hundred-eighty-fifth), "averaging minus 35 degrees
  Celsius" -35 ("averaging" no hedge, as "on average"), "at minus 50 degrees Celsius". New:
  „auf rund 12 Millikelvin, das entspricht etwa minus 273,14 Grad Celsius“ is count 12
  "about" and -273.14 "about" - millikelvin stay millikelvin as kelvin stay kelvin and
  electronvolts stay electronvolts (two-hundred-and-thirty-fourth), and the decimal comma
  reads as the issue says. Masses, sizes, speeds and data: „zusammen gut 4,2 Tonnen“ 4.2
  "over" ("zusammen" no hedge), "The 1,420-kg radar satellite" 1,420, "the 4.9-tonne
  satellite", "The 7.6-tonne spacecraft", „Die 28 Meter hohe Rakete“ 28, "The 30-metre
  rocket" 30, „Der 41 Meter große Hauptspiegel“ 41, „mit jeweils etwa 1,4 Metern
  Durchmesser“ 1.4 "about" ("jeweils etwa" as "jeweils rund"), "1-metre sections" 1, „rund
  4.000 Tonnen Gas“ ("jede Sekunde" none), "about 17 kilometres per second" ("per second"
  none), "about 600 petabytes of data a year", „rund 2,4 Milliarden Myonen pro Sekunde“
  2,400,000,000 "about", "a redshift of 14.2" (two-hundred-and-thirty-fourth: "a redshift
  of 14.6"). Multiples are counts: "about 60 times faster", „etwa 1,8-mal so groß“, „rund
  20-mal genauer“, „etwa 16-mal schärfer“, „rund dreimal so lange“ 3 "about" (the issue's
  "viermal"), "roughly 25 times as large as the full moon" 25 "about".
- Rankings (forty-fourth: „um zwölf Plätze auf Rang 119“; hundred-twenty-second: „auf Rang
  20“ with „um vier Plätze“): places moved are counts and places reached ordinals - „um
  neun Plätze auf Rang 121“ 9 and 121, „auf Platz 178“ 178, „um 14 Plätze auf Rang 263“ 14
  and 263, "rose four places to 13th" 4 and 13, "falling five places to 24th" 5 and 24,
  "held second place" 2, „zum elften Mal in Folge“ 11 and "for a 15th consecutive year" 15
  (hundred-sixtieth: "for a third consecutive year"). New: „an dritter Stelle“ is ordinal 3
  - a place named with "Stelle" is a rank as „Platz drei“. New: "17 universities in the top
  200" gives counts 17 and 200 - "the top 200" is a group of a size, as "among their 10
  warmest autumns" is count 10. "the highest position", "the most important", „den
  wichtigsten Forschungspreis“, „größter Beitragszahler“, „größter Mitgliedstaat“ none.
- Ordinals otherwise: „der siebte Flug ... und der zweite in diesem Jahr“ 7 and 2
  (hundred-forty-third: the elliptic ordinal), „bei ihrem zweiten Testflug“ 2, „Beim ersten
  Versuch“ 1, "the company's 12th launch", "the 19th from Florida's Space Coast", "the 64th
  flight", "its third stage" 3, "the sixth successful flight in a row" 6, "the seventh in
  the Michibiki system" 7, "China's seventh to the moon" 7, "the third asteroid" 3, "the
  first uncrewed test", "Its first image", "first results", "the first Norwegian", "the
  first to launch vertically", „zum ersten Mal seit 2023“, „die ersten Galaxienhaufen“ 1.
  New: „Tanigawa ist der 29. Japaner, dem ein Nobelpreis zuerkannt wird“ is ordinal 29 - a
  laureate's place in a national tally, as "the 30th Japanese laureate" in an earlier
  batch. "erstmals" (hundred-fifty-ninth), "maiden flight", „Erststart“, "the earliest",
  "the sharpest", "the deepest", "yet", "ever" none.
- Fractions (the issue; every batch): „ein Drittel“ 0.3333, „ein Fünftel“ 0.2, „Gut ein
  Viertel“ 0.25 "over", „knapp ein Fünftel“ 0.2 "nearly", „Fast jeder dritte bewilligte
  Franken“ 0.3333 "nearly" (the issue's „jeder vierte“), „gut ein Drittel“ 0.3333 "over",
  „gut ein Fünftel“ 0.2 "over", "less than a fifth" 0.2 "under", "About a third" 0.3333
  "about", "roughly a quarter" 0.25 "about". „Knapp die Hälfte“ is 0.5 "nearly"
  (two-hundred-and-seventy-sixth: "Half of the penalty" 0.5). New: "whose budget would
  shrink by more than half" is fraction 0.5 "over" - a share named as a noun after "by" is
  the cut's size, while the verb "halve" (two-hundred-and-forty-fourth) carries none.
- Durations (the issue's "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „rund 36 Minuten später“ 36 minutes "about", „mindestens achteinhalb Jahre lang“ 8.5
  years "at_least" (hundred-fifty-second: "viereinhalb" 4.5), "over the next six weeks",
  "over the next five years", "over the next four years", „für die nächsten drei Jahre“,
  „in den kommenden vier Jahren“ (two-hundred-and-thirty-fourth: "für die kommenden fünf
  Jahre"), "in each of the past two years" 2 years (two-hundred-and-seventy-sixth: "in three
  of the past five years"), „nach 34 Prozent fünf Jahre zuvor“ and "down from 20 five years
  ago" 5 years (two-hundred-and-thirty-fourth: "vor zwei Jahren"), "three years of
  real-terms cuts" 3 years in a negative, "38 hours of observations", "another 120 hours of
  telescope time", "about 17 minutes after lift-off", "about 28 minutes later", "delayed by
  two days", „nach 31 Sekunden“, „in nur 19 Stunden“ ("nur" no hedge), „während 14 Wochen“
  14 weeks (Swiss "während" as "over" before a span, no hedge), "in about five days' time" 5
  days "about", "for at least six months" 6 months "at_least", "within 10 hours", "nearly 22
  minutes", „acht Jahre lang“, „drei Jahre später als ursprünglich geplant“ 3 years, "about
  two years", "a 14-year effort" 14 years (two-hundred-and-seventy-sixth: "a six-week public
  consultation"); cosmic spans scaled as written ("about 260 million years after the Big
  Bang" 260,000,000, "roughly 13.5 billion years" 13,500,000,000, „vor rund 12 Milliarden
  Jahren“ 12,000,000,000, "about 1.4 million years" 1,400,000, all "about"); ages („Die
  61-Jährige“ 61 years, „Die 43-Jährige“ 43 years, "Halvorsen, 54," 54 years). New: "completes
  a rotation every 7.2 hours" is 7.2 hours - a rotation period is a span of time and "every"
  carries no hedge. New: "worked for five summer seasons" is count 5 - a season is no unit
  of the duration list, as a night is not (two-hundred-and-thirty-fourth: „in 14
  Nächten“ count 14; here „an sechs Nächten“ count 6). None: „in diesem Jahr“, „im vergangenen Jahr“,
  „im Vorjahr“, „im Jahr davor“, „im Rekordjahr davor“, „im kommenden Jahr“, „Ab dem
  kommenden Jahr“, „heuer“, „pro Jahr“, „jährlich“, „zum Jahresende“, "this year", "last
  year", "next year", "a year", "each year", "so far this year", "in the next fiscal year",
  "the current fiscal year", "this autumn", "last month", "since January", "in May", "in
  March", "before the end of March", "by the end of 2029" (the year only), „im März“,
  „Seit Anfang 2025“ (the year only), weekdays, „in der Nacht zum Donnerstag“, "shortly
  after nightfall" and clock times („um 22.41 Uhr Ortszeit“, "at 10:12 a.m. local time").
- Money in the currency written (every batch): EUR („rund 1,17 Milliarden Euro“ "about",
  „19,4 Milliarden Euro“, „rund 4,26 Milliarden Euro“ - „insgesamt“ no hedge -, „zusammen
  16,8 Milliarden Euro“, „rund 17,1 Milliarden Euro“ - „voraussichtlich“ no hedge -, „rund
  140 Millionen Euro“, „bis zu 11 Millionen Euro je Anbieter“ "up_to", „22,4 Milliarden
  Euro“, „rund 9 Milliarden Euro“, „um 310 Millionen Euro auf 2,6 Milliarden Euro“, „zusammen
  205 Millionen Euro“, „jeweils bis zu 2,8 Millionen Euro“ "up_to", „rund 1,6 Milliarden
  Euro“, "about 2.2 billion euros", "11 million euros"), USD ("about $5.4 billion", "$19.6
  billion, down from $23.7 billion", "about $1.1 billion", "about $980 million", "$8.8
  billion"), GBP ("£2.4 billion", "£900 million", "about £8.9 billion", "£18.9 billion a
  year"), CHF („1,12 Milliarden Franken“, „rund 40 Millionen Franken“, „rund 270 Millionen
  Franken“, „rund 60 Millionen Franken“), AUD ("A$95 million"), and JPY and INR with the
  converted dollars in brackets and no hedge on them ("about 5 billion yen ($34 million)",
  "about 3.1 billion rupees ($36 million)"; two-hundred-and-thirty-fourth). Nobel prize money
  in SEK (the earlier batch's „elf Millionen schwedischen Kronen (rund eine Million Euro)“):
  „12 Millionen schwedischen Kronen (knapp 1,1 Millionen Euro)“ 12,000,000 SEK and 1,100,000
  EUR "nearly" - a hedge written inside the brackets stays with its figure -, and "the prize
  of 11 million Swedish crowns, or about $1.17 million" 11,000,000 SEK and 1,170,000 USD
  "about".
- Percentages as written: „knapp 6 Prozent“ "nearly", „mindestens 95 Prozent“ "at_least",
  „3,8 Prozent“, „auf 29 Prozent ..., nach 34 Prozent“, „um 2,5 Prozent“, „bei 3,41 Prozent
  ..., nach 3,38 Prozent“, „Etwa 16 Prozent“ "about", „auf vier Prozent“ 4, „zuletzt bei 2,22
  Prozent“ („zuletzt“ no hedge), „gut 5 Prozent“ and „mehr als 3,5 Prozent“ "over", "by
  27%", "a rise of 1.2%", "2.7% of its economic output", "about 4%", "about 60% complete",
  "about 10% ... from roughly 2%", "30% of each university's score", "about 90%", "fell 14%".
- Counts otherwise (every batch): fleets, payloads and tallies ("27 broadband satellites",
  "1,312 satellites", "up to 3,600" "up_to", „zwei europäische Wettersatelliten“, „sechs
  weitere Starts“ 6, "14 smaller payloads", "11 more launches" ("more" after the figure no
  hedge), „zwei Kleinsatelliten“, „bis zu acht Raketen pro Jahr“ 8 "up_to", "up to 10 times
  a year" 10 "up_to", "12 satellites", "18 scientific instruments, five of them", "Some
  78,000 of the roughly 131,000 planned antennas" both "about", "some 85,000 galaxies"
  "about", „812 sechseckigen Segmenten“, „1.000 Qubits“), people, bodies and grants ("about
  410,000 paying customers in 31 countries", „rund 12.000 Arbeitsplätze“, „rund 3.000
  Mitarbeiterinnen und Mitarbeiter, davon etwa 700“, "31 missions ..., including two Mars
  orbiters", "roughly 2,000 jobs", "more than 40 institutions" "over", „Rund 33.400
  Projekte ..., darunter 287 Sonderforschungsbereiche“, „zwölf österreichische
  Hochschulen unter den rund 2.100“, „mehr als 108.000 Wissenschaftlerinnen und
  Wissenschaftler ... 18 Indikatoren“, „knapp 5'300 Projekte, ... rund 21'000 Forschende“
  (Swiss apostrophe grouping, two-hundred-and-thirty-fourth), "1,530 universities in 106
  countries", "more than 1,400 research grants" "over", "11,200 awards", "Twenty-two states"
  22, "180 grants", "about 52,000 people", "home to about 600 people", „Zehn Forscherinnen
  und Forscher“, „sechs Frauen“, „aus 131 Vorschlägen“, „an 431 Forschende“, „63 Forschende
  aus neun Ländern“, „74 Forschende aus elf Ländern“, "12 institutions from 10 countries",
  „nur vier Frauen“ 4, „zwei Physiker“ 2, „die drei Preisträger“ 3, "Three chemists" 3,
  "The three laureates" 3, "awarded 118 times since 1901 to 197 laureates", "some of the
  roughly 400 million tonnes of plastic" 400,000,000 "about", "a 20,000-tonne recycling
  plant" 20,000). A figure heading a compound adjective counts as written
  (hundred-twelfth: "Die zweistufige Rakete"; two-hundred-and-thirty-fourth: "The four-person
  crew"): „die zweistufige Rakete“ 2, "the four-stage rocket" 4. New: "The 16-nation
  project's total construction cost" is count 16 - a number of member nations in a
  compound adjective, as "The four-person crew" counts people. None: „die beiden
  Satelliten“, "one built by students", "a single", "several", "many", "both parties".
- Years and dates: „im November 2025“, "in December 2021", "in October 2021" and "in
  January 2023" their years only, „seit 2004“, „seit 2021“, „seit 2022“, „Seit 1986“, "since
  1901", "since 1968", "since 2007", „bis 2028“, „bis 2030“, „bis 2029“, "by 2028", "by
  2029", "by 2030", "by 2032", "by 2035", „2019 vereinbart“, „für den Haushalt 2027“, „2027
  erstmals“, „2024 rund 60 Millionen Franken“, "in 2022", "in 2023", "in 2024", "in 2029",
  "the 2026 Nobel Prize" 2026 (an earlier batch: "the 2026 Nobel Prize"), "as in 2016",
  „in der Leistungsvereinbarungsperiode 2028 bis 2030“ both years
  (two-hundred-and-thirty-fourth: "aus den Jahren 2025 und 2026"). German day and month
  without a year are dates without a year („ab dem 8. Oktober“ --10-08, „am 10. Dezember“
  --12-10, „am 17. März“ --03-17; an earlier batch: „am 10. Dezember“). Reuters and AFP
  English datelines with a day are dates without a year ("CAPE CANAVERAL, Fla., Jan 20",
  "WASHINGTON, Feb 9", "BENGALURU, May 12", "LONDON, June 17", "TOKYO, July 8", "BEIJING,
  Sept 14", "STOCKHOLM, Oct 7", "PARIS, Dec 3 (AFP)"; hundred-eighty-fifth,
  two-hundred-and-thirty-fourth); AP ("BALTIMORE (AP) —", "PASADENA, Calif. (AP) —",
  "WASHINGTON (AP) —"), PA, AAP, dpa, APA, Keystone-SDA, Reuters German and AFP German
  datelines carry none (seventy-ninth).
- Names and designations carry no figure (hundred-twelfth, two-hundred-and-thirty-fourth):
  "Falcon 9", "Ariane 6" and „Ariane-6-Rakete“, "H3", "Long March 5", "PSLV", "Leibniz-Preis",
  "Little Dome C", "Nature Physics".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „Etwa“, „jeweils etwa“, "about",
  "About", "roughly", "some", "Some" "about"; „knapp“, „Knapp“, „Fast“, "nearly" "nearly";
  „gut“, „Gut“, „mehr als“, "more than" "over"; "less than", "below" "under"; „bis zu“,
  „jeweils bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least". No hedge:
  „insgesamt“, „zusammen“, „im Schnitt“, „nur“, „zuletzt“, „voraussichtlich“, „davon“,
  „darunter“, „während“, "only", "within", "averaging", "on average", "another", "more"
  after a figure, "roughly the same" (no figure follows).
- Speakers, checked only in forms the earlier batches settled: „teilte das
  Bundesforschungsministerium am Montag mit“ -> "das Bundesforschungsministerium", „teilte
  die DFG am Mittwoch mit“ and „teilte die DFG mit“ -> "die DFG", „teilte das
  Max-Planck-Institut für Astronomie am Montag mit“, „teilte die Eso am Freitag mit“ -> "die
  Eso" (the source with its article, the weekday dropped; two-hundred-and-thirty-fourth:
  „teilte die Esa am Montag mit“, „teilte das Max-Planck-Institut für Plasmaphysik mit“),
  „teilte Arianespace mit“ (two-hundred-and-thirty-fourth); „X sagte, ...“ with the title
  dropped („Forschungsministerin Ilka Brettschneider“, „Arianespace-Chefin Sabine
  Ohlendorf“, „DFG-Präsidentin Renate Vollhardt-Engel“, „Wissenschaftsministerin Gerlinde
  Haslauer“, „SNF-Direktorin Corinne Zwahlen“, „Studienleiterin Henrike Adamczyk“,
  „Forschungsstaatssekretär Leopold Fuchsbichler“, „Firmenchef Tobias Kernreiter“,
  „Projektleiter Urs Wyrsch“, „Institutsleiter Volkmar Hennings“,
  „Eso-Generaldirektorin Valeska Thorbecke“; hundred-eighty-fifth) and „Brettschneider
  sagte, ...“ opening the row -> "Brettschneider" (two-hundred-and-seventy-sixth: „Kuschnik
  sagte“). English: the name with the role dropped ("Chief Executive Marlon Brisbois said",
  "Planetary scientist Gwendolyn Achterberg said", "..., Science Secretary Philippa
  Trowbridge said." at the end, "Lead author Amara Oyelaran said", "ISRO chairman Raghunath
  Menon-Pillai said", "QS analyst Deborah Fairweather said", "JAXA project manager Kenji
  Arakawa said", "Science Minister Rhiannon Cleverley said", "Chief designer Zhou Mingxuan
  said", "Principal investigator Bartholomew Kinsella said", "NSF Director Harlan
  Pettigrew-Odom said", "Project coordinator Giulia Santorelli said", "Space Minister
  Dominic Harrowgate said"); "Trowbridge said ..." and "Nwachukwu said ..." opening the row
  -> the surname as written (two-hundred-and-thirty-fourth: "Kessler said ..."); "the
  company said" -> "the company"; "the Indian Space Research Organisation said" and "The
  Japan Aerospace Exploration Agency said ..." -> with the article lowered, "The UK Space
  Agency said ..." -> "the UK Space Agency" (two-hundred-and-thirty-fourth, hundred-second:
  the article lowered), "NASA said ..." opening the row -> "NASA" (forty-fourth). Left
  unchecked (None): „nach Angaben des Ministeriums“, „nach Angaben des Magazins“, „nach
  Angaben des PSI“, „nach Angaben des Zentrums“, „nach Firmenangaben“, „nach Eso-Angaben“,
  „nach eigenen Angaben“, „nach den Berechnungen des Teams“, „Nach Modellrechnungen“, „wie
  aus dem am Dienstag veröffentlichten Jahresbericht hervorgeht“, „wie die Statistik Austria
  am Donnerstag mitteilte“ (two-hundred-and-seventy-sixth leaves „wie ... mitteilte“
  unchecked), "budget documents showed", bodies' "said" ("UK Research and Innovation said",
  "The Campaign for Science and Engineering said", "QS said", "the observatory said", "the
  Royal Swedish Academy of Sciences said", "the American Physical Society said";
  two-hundred-and-seventy-sixth), "the team reported", "state media reported", "mission
  scientists said", "the analysis found", "University leaders warned", "according to ..."
  (government documents, a paper, an analysis, its own figures), rows without attribution
  and all negatives, also those with a named speaker ("said Niall Cronshaw, ...", "said
  Rosalind Achebe-Fenwick, ...", "Wielgosz told reporters", "she said", „sagte die
  Ministerin“).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_283 = [
    # --- Esa-Beitrag (dpa), Januar ---
    (
        "de",
        "Berlin (dpa) - Deutschland zahlt in diesem Jahr rund 1,17 Milliarden Euro an die Europäische Weltraumorganisation Esa und bleibt damit vor Frankreich größter Beitragszahler, teilte das Bundesforschungsministerium am Montag mit.",
        True,
        [("money", 1170000000, "EUR", "about")],
        "das Bundesforschungsministerium",
    ),
    (
        "de",
        "Das sind knapp 6 Prozent mehr als im Vorjahr.",
        True,
        [("percent", 6, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Insgesamt hatten die 23 Mitgliedstaaten bei der Ministerratskonferenz im November 2025 für die nächsten drei Jahre Zusagen in Höhe von 19,4 Milliarden Euro gemacht.",
        True,
        [
            ("count", 23, None, None),
            ("year", 2025, None, None),
            ("duration", 3, "year", None),
            ("money", 19400000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Forschungsministerin Ilka Brettschneider sagte, ein Drittel des deutschen Beitrags fließe in die Erdbeobachtung, ein Fünftel in die Trägerraketen.",
        True,
        [("fraction", 0.3333, None, None), ("fraction", 0.2, None, None)],
        "Ilka Brettschneider",
    ),
    (
        "de",
        "„Wer im All nicht mitspielt, wird auf der Erde abgehängt“, sagte Brettschneider.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesverband der Deutschen Industrie nannte die Zusagen „ein starkes Signal an eine ganze Branche“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Esa beschäftigt nach eigenen Angaben rund 3.000 Mitarbeiterinnen und Mitarbeiter, davon etwa 700 im Kontrollzentrum in Darmstadt.",
        True,
        [("count", 3000, None, "about"), ("count", 700, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Ministeriums hängen in Deutschland rund 12.000 Arbeitsplätze direkt an Aufträgen der Esa.",
        True,
        [("count", 12000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Rückfluss an Aufträgen in die deutsche Industrie soll bis 2028 auf mindestens 95 Prozent des Beitrags steigen.",
        True,
        [("year", 2028, None, None), ("percent", 95, "%", "at_least")],
        None,
    ),
    # --- Broadband constellation launch (Reuters), January ---
    (
        "en",
        "CAPE CANAVERAL, Fla., Jan 20 (Reuters) - A Falcon 9 rocket carried 27 broadband satellites for Corvane Networks into low Earth orbit on Tuesday, the company's 12th launch since it began deploying its network in 2024.",
        True,
        [
            ("date", "--01-20", None, None),
            ("count", 27, None, None),
            ("ordinal", 12, None, None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The satellites were released at an altitude of about 530 km and will climb to their operating orbit of 1,150 km over the next six weeks, the company said.",
        True,
        [("count", 530, None, "about"), ("count", 1150, None, None), ("duration", 6, "week", None)],
        "the company",
    ),
    (
        "en",
        "Corvane now has 1,312 satellites in orbit and plans a constellation of up to 3,600 by the end of 2029.",
        True,
        [("count", 1312, None, None), ("count", 3600, None, "up_to"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Marlon Brisbois said the network had about 410,000 paying customers in 31 countries.",
        True,
        [("count", 410000, None, "about"), ("count", 31, None, None)],
        "Marlon Brisbois",
    ),
    (
        "en",
        '"We are building the most important piece of infrastructure of this century," Brisbois said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some astronomers fear the bright trails will eventually spoil long-exposure images of the night sky.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A study last year found that about 4% of images taken by one survey telescope in Chile were marked by satellite streaks.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    (
        "en",
        "The launch was the 19th from Florida's Space Coast so far this year.",
        True,
        [("ordinal", 19, None, None)],
        None,
    ),
    # --- Ariane 6 (AFP), Februar ---
    (
        "de",
        "Kourou (AFP) - Zwei europäische Wettersatelliten haben in der Nacht zum Donnerstag mit einer Ariane-6-Rakete vom Weltraumbahnhof in Französisch-Guayana abgehoben.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Start erfolgte um 22.41 Uhr Ortszeit, rund 36 Minuten später trennten sich die beiden Satelliten von der Oberstufe.",
        True,
        [("duration", 36, "minute", "about")],
        None,
    ),
    (
        "de",
        "Es war der siebte Flug der Ariane 6 seit ihrem Erststart im Juli 2024 und der zweite in diesem Jahr, teilte Arianespace mit.",
        True,
        [("ordinal", 7, None, None), ("year", 2024, None, None), ("ordinal", 2, None, None)],
        "Arianespace",
    ),
    (
        "de",
        "Die beiden Satelliten wiegen zusammen gut 4,2 Tonnen und sollen mindestens achteinhalb Jahre lang Daten liefern.",
        True,
        [("count", 4.2, None, "over"), ("duration", 8.5, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Sie kreisen künftig in rund 36.000 Kilometern Höhe über dem Äquator.",
        True,
        [("count", 36000, None, "about")],
        None,
    ),
    (
        "de",
        "Arianespace-Chefin Sabine Ohlendorf sagte, für dieses Jahr seien noch sechs weitere Starts der Ariane 6 geplant.",
        True,
        [("count", 6, None, None)],
        "Sabine Ohlendorf",
    ),
    (
        "de",
        "„Europa hat seinen eigenen Zugang zum All zurück, und das ist unbezahlbar“, sagte Ohlendorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kritiker halten die Rakete im Vergleich zu wiederverwendbaren Konkurrenten aus den USA für zu teuer.",
        False,
        [],
        None,
    ),
    # --- NASA science budget (Reuters), February ---
    (
        "en",
        "WASHINGTON, Feb 9 (Reuters) - The White House proposed cutting NASA's science budget by 27% to about $5.4 billion in the next fiscal year, budget documents showed on Monday.",
        True,
        [
            ("date", "--02-09", None, None),
            ("percent", 27, "%", None),
            ("money", 5400000000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "The proposal would end 31 missions that are already flying or in development, including two Mars orbiters.",
        True,
        [("count", 31, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The cuts would fall hardest on Earth science, whose budget would shrink by more than half.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Overall, the agency would receive $19.6 billion, down from $23.7 billion this year.",
        True,
        [("money", 19600000000, "USD", None), ("money", 23700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Planetary scientist Gwendolyn Achterberg said the cuts would cost roughly 2,000 jobs at NASA centres and universities.",
        True,
        [("count", 2000, None, "about")],
        "Gwendolyn Achterberg",
    ),
    (
        "en",
        '"This is a wrecking ball aimed at a generation of discovery," Achterberg said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Congress has rejected similar cuts to the science budget in each of the past two years.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "A NASA spokeswoman declined to say which missions would be switched off first.",
        False,
        [],
        None,
    ),
    (
        "en",
        'Lawmakers from both parties called the proposal "dead on arrival".',
        False,
        [],
        None,
    ),
    # --- DFG-Jahresbericht (dpa), März ---
    (
        "de",
        "Bonn (dpa) - Die Deutsche Forschungsgemeinschaft (DFG) hat im vergangenen Jahr Forschungsvorhaben mit insgesamt rund 4,26 Milliarden Euro gefördert.",
        True,
        [("money", 4260000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das waren 3,8 Prozent mehr als im Jahr davor, teilte die DFG am Mittwoch mit.",
        True,
        [("percent", 3.8, "%", None)],
        "die DFG",
    ),
    (
        "de",
        "Gut ein Viertel der Mittel ging an die Lebenswissenschaften, knapp ein Fünftel an die Naturwissenschaften.",
        True,
        [("fraction", 0.25, None, "over"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Rund 33.400 Projekte liefen zum Jahresende, darunter 287 Sonderforschungsbereiche.",
        True,
        [("count", 33400, None, "about"), ("count", 287, None, None)],
        None,
    ),
    (
        "de",
        "DFG-Präsidentin Renate Vollhardt-Engel sagte, die Bewilligungsquote bei Einzelanträgen sei auf 29 Prozent gefallen, nach 34 Prozent fünf Jahre zuvor.",
        True,
        [("percent", 29, "%", None), ("percent", 34, "%", None), ("duration", 5, "year", None)],
        "Renate Vollhardt-Engel",
    ),
    (
        "de",
        "„Gute Ideen bleiben liegen, weil das Geld nicht reicht, und das schmerzt“, sagte Vollhardt-Engel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Hochschulrektorenkonferenz bezeichnete die Entwicklung als „alarmierend“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Länder ihren Anteil an der Finanzierung tatsächlich aufstocken, ließ die Wissenschaftsministerkonferenz offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bund und Länder hatten 2019 vereinbart, die Mittel der DFG bis 2030 jährlich um 2,5 Prozent zu erhöhen.",
        True,
        [("year", 2019, None, None), ("year", 2030, None, None), ("percent", 2.5, "%", None)],
        None,
    ),
    # --- UK research funding (PA), March ---
    (
        "en",
        "LONDON (PA) - The Government will put £2.4 billion into quantum computing and engineering biology over the next five years, Science Secretary Philippa Trowbridge said.",
        True,
        [("money", 2400000000, "GBP", None), ("duration", 5, "year", None)],
        "Philippa Trowbridge",
    ),
    (
        "en",
        "Of that, £900 million will fund a national quantum computing centre at Harwell in Oxfordshire.",
        True,
        [("money", 900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "UK Research and Innovation said its overall budget for the year would be about £8.9 billion, a rise of 1.2% in cash terms.",
        True,
        [("money", 8900000000, "GBP", "about"), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Trowbridge said Britain would spend 2.7% of its economic output on research and development by 2032.",
        True,
        [("percent", 2.7, "%", None), ("year", 2032, None, None)],
        "Trowbridge",
    ),
    (
        "en",
        '"Britain should be the best place in the world to do science, and we will make it so," she said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Campaign for Science and Engineering said the money amounted to less than a fifth of what was needed to keep pace with Germany.",
        True,
        [("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        "University leaders warned that more than 40 institutions were running deficits and might close science departments.",
        True,
        [("count", 40, None, "over")],
        None,
    ),
    (
        "en",
        "Vice-chancellors hope the settlement will end three years of real-terms cuts.",
        False,
        [("duration", 3, "year", None)],
        None,
    ),
    # --- Hochschulranking (APA), April ---
    (
        "de",
        "Wien (APA) - Die Universität Wien ist im aktuellen Hochschulranking des britischen Magazins „Times Higher Education“ um neun Plätze auf Rang 121 vorgerückt.",
        True,
        [("count", 9, None, None), ("ordinal", 121, None, None)],
        None,
    ),
    (
        "de",
        "Die Technische Universität Wien verbesserte sich auf Platz 178, die Universität Innsbruck fiel um 14 Plätze auf Rang 263 zurück.",
        True,
        [("ordinal", 178, None, None), ("count", 14, None, None), ("ordinal", 263, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt sind zwölf österreichische Hochschulen unter den rund 2.100 bewerteten Universitäten vertreten.",
        True,
        [("count", 12, None, None), ("count", 2100, None, "about")],
        None,
    ),
    (
        "de",
        "Angeführt wird das Ranking zum elften Mal in Folge von der Universität Oxford.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Wissenschaftsministerin Gerlinde Haslauer sagte, die Universitäten erhielten in der Leistungsvereinbarungsperiode 2028 bis 2030 zusammen 16,8 Milliarden Euro.",
        True,
        [
            ("year", 2028, None, None),
            ("year", 2030, None, None),
            ("money", 16800000000, "EUR", None),
        ],
        "Gerlinde Haslauer",
    ),
    (
        "de",
        "„Rankings sind nicht alles, aber sie zeigen, dass sich Investitionen lohnen“, sagte Haslauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Österreichische Hochschülerinnen- und Hochschülerschaft nannte das Ranking „eine Vermessung von Prestige statt von Lehre“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die Studie wurden nach Angaben des Magazins mehr als 108.000 Wissenschaftlerinnen und Wissenschaftler befragt und 18 Indikatoren ausgewertet.",
        True,
        [("count", 108000, None, "over"), ("count", 18, None, None)],
        None,
    ),
    # --- Webb's early galaxy (AP), April ---
    (
        "en",
        "BALTIMORE (AP) — A galaxy that formed about 260 million years after the Big Bang has been spotted with the James Webb Space Telescope, making it one of the earliest ever seen.",
        True,
        [("duration", 260000000, "year", "about")],
        None,
    ),
    (
        "en",
        "Its light has travelled for roughly 13.5 billion years to reach Earth, the team reported in the journal Nature on Wednesday.",
        True,
        [("duration", 13500000000, "year", "about")],
        None,
    ),
    (
        "en",
        "The galaxy, nicknamed Tarrow's Lantern, is only about 1,100 light years across but is forming stars about 60 times faster than the Milky Way.",
        True,
        [("count", 1100, None, "about"), ("count", 60, None, "about")],
        None,
    ),
    (
        "en",
        "Lead author Amara Oyelaran said the team had measured a redshift of 14.2 using 38 hours of observations.",
        True,
        [("count", 14.2, None, None), ("duration", 38, "hour", None)],
        "Amara Oyelaran",
    ),
    (
        "en",
        '"It is far brighter than anything our models told us to expect," Oyelaran said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some theorists suspect the first generation of stars in such galaxies was far more massive than today's.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Webb, a joint project of NASA, the European Space Agency and the Canadian Space Agency, launched in December 2021 and circles the sun roughly 1.5 million km from Earth.",
        True,
        [("year", 2021, None, None), ("count", 1500000, None, "about")],
        None,
    ),
    (
        "en",
        "The team plans to request another 120 hours of telescope time next year to confirm the galaxy's distance.",
        True,
        [("duration", 120, "hour", None)],
        None,
    ),
    # --- Nationalfonds (Keystone-SDA), Mai ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Schweizerische Nationalfonds (SNF) hat im vergangenen Jahr Forschungsgelder in der Höhe von 1,12 Milliarden Franken gesprochen.",
        True,
        [("money", 1120000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das sind rund 40 Millionen Franken weniger als im Rekordjahr davor, wie aus dem am Dienstag veröffentlichten Jahresbericht hervorgeht.",
        True,
        [("money", 40000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Gefördert wurden knapp 5'300 Projekte, an denen rund 21'000 Forschende beteiligt waren.",
        True,
        [("count", 5300, None, "nearly"), ("count", 21000, None, "about")],
        None,
    ),
    (
        "de",
        "Fast jeder dritte bewilligte Franken floss in die Mathematik, Natur- und Ingenieurwissenschaften.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "SNF-Direktorin Corinne Zwahlen sagte, wegen der Sparvorgaben des Bundes müsse der Nationalfonds bis 2028 rund 270 Millionen Franken einsparen.",
        True,
        [("year", 2028, None, None), ("money", 270000000, "CHF", "about")],
        "Corinne Zwahlen",
    ),
    (
        "de",
        "«Die Schweiz spart ausgerechnet dort, wo sie international an der Spitze steht», sagte Zwahlen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Anfang 2025 kann die Schweiz wieder voll am EU-Forschungsprogramm Horizon Europe teilnehmen.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Schweizer Hochschulen ihren früheren Anteil an den EU-Geldern zurückgewinnen können, gilt unter Fachleuten als offen.",
        False,
        [],
        None,
    ),
    # --- PSLV launch (Reuters), May ---
    (
        "en",
        "BENGALURU, May 12 (Reuters) - India's PSLV rocket placed an earth observation satellite and 14 smaller payloads into orbit on Tuesday, the Indian Space Research Organisation said.",
        True,
        [("date", "--05-12", None, None), ("count", 14, None, None)],
        "the Indian Space Research Organisation",
    ),
    (
        "en",
        "The 1,420-kg radar satellite was released about 17 minutes after lift-off into a sun-synchronous orbit at an altitude of 535 km.",
        True,
        [
            ("count", 1420, None, None),
            ("duration", 17, "minute", "about"),
            ("count", 535, None, None),
        ],
        None,
    ),
    (
        "en",
        "It was the 64th flight of the four-stage rocket, which failed last year when its third stage lost pressure.",
        True,
        [("ordinal", 64, None, None), ("count", 4, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "ISRO chairman Raghunath Menon-Pillai said the agency planned 11 more launches before the end of March, including the first uncrewed test of its Gaganyaan crew capsule.",
        True,
        [("count", 11, None, None), ("ordinal", 1, None, None)],
        "Raghunath Menon-Pillai",
    ),
    (
        "en",
        "The mission cost about 3.1 billion rupees ($36 million), according to government documents.",
        True,
        [("money", 3100000000, "INR", "about"), ("money", 36000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Every launch is a lesson, and today the lesson was patience," Menon-Pillai said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "India aims to raise its share of the global space economy to about 10% by 2035 from roughly 2% now.",
        True,
        [("percent", 10, "%", "about"), ("year", 2035, None, None), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        "Private Indian launch companies hope to win a bigger share of foreign satellite business.",
        False,
        [],
        None,
    ),
    # --- Heißer Gasriese (dpa), Juni ---
    (
        "de",
        "Heidelberg (dpa) - Ein internationales Forschungsteam hat einen Gasriesen entdeckt, der in nur 19 Stunden um seinen Stern kreist.",
        True,
        [("duration", 19, "hour", None)],
        None,
    ),
    (
        "de",
        "Der Planet liegt rund 640 Lichtjahre von der Erde entfernt im Sternbild Schwan, teilte das Max-Planck-Institut für Astronomie am Montag mit.",
        True,
        [("count", 640, None, "about")],
        "das Max-Planck-Institut für Astronomie",
    ),
    (
        "de",
        "Auf seiner Tagseite herrschen nach den Berechnungen des Teams rund 2.300 Grad Celsius, das entspricht etwa 2.570 Kelvin.",
        True,
        [("count", 2300, None, "about"), ("count", 2570, None, "about")],
        None,
    ),
    (
        "de",
        "Der Planet ist etwa 1,8-mal so groß wie Jupiter, aber deutlich leichter.",
        True,
        [("count", 1.8, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiterin Henrike Adamczyk sagte, das Team habe den Planeten mit dem Very Large Telescope in Chile an sechs Nächten beobachtet.",
        True,
        [("count", 6, None, None)],
        "Henrike Adamczyk",
    ),
    (
        "de",
        "„Dass dieser Planet nicht längst verdampft ist, kommt uns fast wie ein Wunder vor“, sagte Adamczyk.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ergebnisse erscheinen in der Fachzeitschrift „Astronomy & Astrophysics“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Modellrechnungen verliert der Planet jede Sekunde rund 4.000 Tonnen Gas an das All.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    (
        "de",
        "Andere Astronomen halten es für möglich, dass der Planet in ferner Zukunft ganz zerfällt.",
        False,
        [],
        None,
    ),
    # --- QS rankings (Reuters), June ---
    (
        "en",
        "LONDON, June 17 (Reuters) - The Massachusetts Institute of Technology topped the QS World University Rankings for a 15th consecutive year, while Imperial College London held second place.",
        True,
        [("date", "--06-17", None, None), ("ordinal", 15, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The ranking assessed 1,530 universities in 106 countries and territories, QS said.",
        True,
        [("count", 1530, None, None), ("count", 106, None, None)],
        None,
    ),
    (
        "en",
        "Britain has 17 universities in the top 200, down from 20 five years ago.",
        True,
        [
            ("count", 17, None, None),
            ("count", 200, None, None),
            ("count", 20, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "China's Tsinghua University rose four places to 13th, the highest position for an Asian institution.",
        True,
        [("count", 4, None, None), ("ordinal", 13, None, None)],
        None,
    ),
    (
        "en",
        "QS analyst Deborah Fairweather said academic reputation still accounted for 30% of each university's score.",
        True,
        [("percent", 30, "%", None)],
        "Deborah Fairweather",
    ),
    (
        "en",
        '"Rankings reward wealth and age far more than they reward teaching," said Niall Cronshaw, a higher education researcher at the University of Leeds.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Australian universities slipped on average, with the University of Melbourne falling five places to 24th.",
        True,
        [("count", 5, None, None), ("ordinal", 24, None, None)],
        None,
    ),
    (
        "en",
        "QS declined to say how much universities pay for its consulting and data services.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Several vice-chancellors said the results were a warning that Australia was losing its edge.",
        False,
        [],
        None,
    ),
    # --- Forschungsquote (APA), Juli ---
    (
        "de",
        "Wien (APA) - Österreich wird heuer voraussichtlich rund 17,1 Milliarden Euro für Forschung und Entwicklung ausgeben.",
        True,
        [("money", 17100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Forschungsquote liegt damit bei 3,41 Prozent des Bruttoinlandsprodukts, nach 3,38 Prozent im Vorjahr, wie die Statistik Austria am Donnerstag mitteilte.",
        True,
        [("percent", 3.41, "%", None), ("percent", 3.38, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der Ausgaben trägt die Wirtschaft, gut ein Drittel die öffentliche Hand.",
        True,
        [("fraction", 0.5, None, "nearly"), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Etwa 16 Prozent stammen aus dem Ausland, großteils von Konzernmüttern mit Sitz in Deutschland.",
        True,
        [("percent", 16, "%", "about")],
        None,
    ),
    (
        "de",
        "Damit liegt Österreich in der EU hinter Schweden und Belgien an dritter Stelle.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Forschungsquote der gesamten EU lag zuletzt bei 2,22 Prozent.",
        True,
        [("percent", 2.22, "%", None)],
        None,
    ),
    (
        "de",
        "Forschungsstaatssekretär Leopold Fuchsbichler sagte, bis 2030 solle die Quote auf vier Prozent steigen.",
        True,
        [("year", 2030, None, None), ("percent", 4, "%", None)],
        "Leopold Fuchsbichler",
    ),
    (
        "de",
        "„Forschung ist die beste Versicherung gegen die nächste Krise“, sagte Fuchsbichler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Industriellenvereinigung bezeichnete das Ziel als „ambitioniert, aber richtig“.",
        False,
        [],
        None,
    ),
    # --- H3 launch (Reuters), July ---
    (
        "en",
        "TOKYO, July 8 (Reuters) - Japan's H3 rocket put a navigation satellite into orbit on Tuesday, the sixth successful flight in a row for the launcher after a failure on its maiden flight in 2023.",
        True,
        [("date", "--07-08", None, None), ("ordinal", 6, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The rocket lifted off from the Tanegashima Space Center at 10:12 a.m. local time and released the 4.9-tonne satellite about 28 minutes later.",
        True,
        [("count", 4.9, None, None), ("duration", 28, "minute", "about")],
        None,
    ),
    (
        "en",
        "The satellite is the seventh in the Michibiki system, which Japan plans to expand to 12 satellites by 2030.",
        True,
        [("ordinal", 7, None, None), ("count", 12, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The Japan Aerospace Exploration Agency said each H3 launch now costs about 5 billion yen ($34 million).",
        True,
        [("money", 5000000000, "JPY", "about"), ("money", 34000000, "USD", None)],
        "the Japan Aerospace Exploration Agency",
    ),
    (
        "en",
        "JAXA project manager Kenji Arakawa said the agency aimed to fly the H3 up to 10 times a year by 2030.",
        True,
        [("count", 10, None, "up_to"), ("year", 2030, None, None)],
        "Kenji Arakawa",
    ),
    (
        "en",
        '"We have earned back the trust we lost," Arakawa said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Japanese officials hope the rocket can win commercial contracts from overseas satellite operators.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The launch had been delayed by two days because of strong upper-level winds.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    # --- Kleinrakete (dpa), August ---
    (
        "de",
        "Andøya (dpa) - Die Kleinrakete der Augsburger Firma Hochfirst Raumfahrt hat bei ihrem zweiten Testflug erstmals die Umlaufbahn erreicht.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die 28 Meter hohe Rakete setzte nach Firmenangaben zwei Kleinsatelliten in rund 520 Kilometern Höhe aus.",
        True,
        [("count", 28, None, None), ("count", 2, None, None), ("count", 520, None, "about")],
        None,
    ),
    (
        "de",
        "Beim ersten Versuch im März war die zweistufige Rakete nach 31 Sekunden ins Meer gestürzt.",
        True,
        [("ordinal", 1, None, None), ("count", 2, None, None), ("duration", 31, "second", None)],
        None,
    ),
    (
        "de",
        "Firmenchef Tobias Kernreiter sagte, das Unternehmen habe inzwischen Startaufträge im Wert von rund 140 Millionen Euro.",
        True,
        [("money", 140000000, "EUR", "about")],
        "Tobias Kernreiter",
    ),
    (
        "de",
        "„Heute haben wir bewiesen, dass Europa auch klein kann“, sagte Kernreiter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund fördert die Entwicklung deutscher Kleinraketen seit 2021 mit bis zu 11 Millionen Euro je Anbieter.",
        True,
        [("year", 2021, None, None), ("money", 11000000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Ab dem kommenden Jahr will Hochfirst bis zu acht Raketen pro Jahr starten.",
        True,
        [("count", 8, None, "up_to")],
        None,
    ),
    (
        "de",
        "Branchenkenner bezweifeln, dass Europa Platz für mehr als zwei Anbieter kleiner Raketen bietet.",
        False,
        [("count", 2, None, "over")],
        None,
    ),
    # --- Myonen-Messung (Keystone-SDA), August ---
    (
        "de",
        "Villigen (Keystone-SDA) - Forschende des Paul Scherrer Instituts (PSI) haben die Masse eines exotischen Atoms so genau bestimmt wie nie zuvor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Messung ist nach Angaben des PSI rund 20-mal genauer als die bisher beste.",
        True,
        [("count", 20, None, "about")],
        None,
    ),
    (
        "de",
        "Für das Experiment wurden während 14 Wochen rund 2,4 Milliarden Myonen pro Sekunde erzeugt.",
        True,
        [("duration", 14, "week", None), ("count", 2400000000, None, "about")],
        None,
    ),
    (
        "de",
        "Der Ausbau der Strahlanlage des Instituts kostete 2024 rund 60 Millionen Franken.",
        True,
        [("year", 2024, None, None), ("money", 60000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Projektleiter Urs Wyrsch sagte, an der Auswertung seien 63 Forschende aus neun Ländern beteiligt gewesen.",
        True,
        [("count", 63, None, None), ("count", 9, None, None)],
        "Urs Wyrsch",
    ),
    (
        "de",
        "«Wir haben an der Grenze dessen gemessen, was die Physik heute erlaubt», sagte Wyrsch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ergebnisse wurden im Fachblatt «Physical Review Letters» veröffentlicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Theoretiker halten es für möglich, dass hinter früheren Abweichungen eine bisher unbekannte Kraft steckt.",
        False,
        [],
        None,
    ),
    # --- Square Kilometre Array (AAP), August ---
    (
        "en",
        "PERTH (AAP) - Construction of the low-frequency part of the Square Kilometre Array in Western Australia is about 60% complete, the observatory said on Wednesday.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Some 78,000 of the roughly 131,000 planned antennas have now been installed on Wajarri Yamaji country, about 800 km north of Perth.",
        True,
        [
            ("count", 78000, None, "about"),
            ("count", 131000, None, "about"),
            ("count", 800, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Science Minister Rhiannon Cleverley said the federal government would add A$95 million to Australia's share of the project over the next four years.",
        True,
        [("money", 95000000, "AUD", None), ("duration", 4, "year", None)],
        "Rhiannon Cleverley",
    ),
    (
        "en",
        "\"This is Australia's ticket to the biggest questions in physics,\" Cleverley said.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The array is expected to produce about 600 petabytes of data a year once it starts full operations in 2029.",
        True,
        [("count", 600, None, "about"), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The 16-nation project's total construction cost has been put at about 2.2 billion euros.",
        True,
        [("count", 16, None, None), ("money", 2200000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        "Its first image, released in March, showed some 85,000 galaxies across an area of sky roughly 25 times as large as the full moon.",
        True,
        [("ordinal", 1, None, None), ("count", 85000, None, "about"), ("count", 25, None, "about")],
        None,
    ),
    (
        "en",
        "Local Aboriginal leaders hope the project will bring lasting jobs to the Murchison region.",
        False,
        [],
        None,
    ),
    # --- Forschungshaushalt (Reuters), September ---
    (
        "de",
        "Berlin (Reuters) - Das Bundesforschungsministerium soll im kommenden Jahr 22,4 Milliarden Euro ausgeben dürfen, gut 5 Prozent mehr als in diesem Jahr.",
        True,
        [("money", 22400000000, "EUR", None), ("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "Das geht aus dem Regierungsentwurf für den Haushalt 2027 hervor, den das Kabinett am Mittwoch beschlossen hat.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Für die Hightech Agenda sind in den kommenden vier Jahren zusammen rund 9 Milliarden Euro vorgesehen.",
        True,
        [("duration", 4, "year", None), ("money", 9000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Mittel für die Raumfahrt steigen um 310 Millionen Euro auf 2,6 Milliarden Euro.",
        True,
        [("money", 310000000, "EUR", None), ("money", 2600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Brettschneider sagte, Deutschland werde 2027 erstmals mehr als 3,5 Prozent seiner Wirtschaftsleistung in Forschung und Entwicklung investieren.",
        True,
        [("year", 2027, None, None), ("percent", 3.5, "%", "over")],
        "Brettschneider",
    ),
    (
        "de",
        "„Wer bei der Forschung spart, spart an der Zukunft unserer Kinder“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen warfen der Regierung vor, bei der Grundlagenforschung zu knausern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Haushaltsausschuss des Bundestags berät den Entwurf ab dem 8. Oktober.",
        True,
        [("date", "--10-08", None, None)],
        None,
    ),
    # --- China's lunar south pole mission (Reuters), September ---
    (
        "en",
        "BEIJING, Sept 14 (Reuters) - China launched a robotic mission to the moon's south pole on Monday that aims to look for water ice and test ways of making bricks from lunar soil.",
        True,
        [("date", "--09-14", None, None)],
        None,
    ),
    (
        "en",
        "A Long March 5 rocket lifted off from the coastal Wenchang spaceport in Hainan province shortly after nightfall, state media reported.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The 7.6-tonne spacecraft is due to land in about five days' time near Shackleton crater and to operate for at least six months.",
        True,
        [
            ("count", 7.6, None, None),
            ("duration", 5, "day", "about"),
            ("duration", 6, "month", "at_least"),
        ],
        None,
    ),
    (
        "en",
        "It carries 18 scientific instruments, five of them supplied by foreign partners including Egypt, Bahrain and Thailand.",
        True,
        [("count", 18, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Chief designer Zhou Mingxuan said a hopping probe would explore permanently shadowed craters where temperatures fall below minus 230 degrees Celsius.",
        True,
        [("count", -230, None, "under")],
        "Zhou Mingxuan",
    ),
    (
        "en",
        '"The moon is the next frontier for the Chinese nation," Zhou said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "China aims to put astronauts on the moon by 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The mission is China's seventh to the moon since 2007.",
        True,
        [("ordinal", 7, None, None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Western analysts say the mission's real purpose is to scout sites for a permanent base.",
        False,
        [],
        None,
    ),
    # --- Physik-Nobelpreis (dpa), Oktober ---
    (
        "de",
        "Stockholm (dpa) - Eine deutsche Forscherin und zwei Physiker aus Japan und den USA erhalten in diesem Jahr den Nobelpreis für Physik.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Königlich Schwedische Akademie der Wissenschaften ehrt Marlene Osterkamp, Hiroshi Tanigawa und Curtis Pembrook für Experimente, mit denen sich einzelne Atome in extrem kalten Gasen beobachten lassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 61-Jährige forscht seit 2004 am Max-Planck-Institut für Quantenoptik in Garching.",
        True,
        [("duration", 61, "year", None), ("year", 2004, None, None)],
        None,
    ),
    (
        "de",
        "Vor ihr haben nur vier Frauen den Physik-Nobelpreis bekommen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Tanigawa ist der 29. Japaner, dem ein Nobelpreis zuerkannt wird.",
        True,
        [("ordinal", 29, None, None)],
        None,
    ),
    (
        "de",
        "Der Preis ist mit 12 Millionen schwedischen Kronen (knapp 1,1 Millionen Euro) dotiert, die sich die drei Preisträger teilen.",
        True,
        [
            ("money", 12000000, "SEK", None),
            ("money", 1100000, "EUR", "nearly"),
            ("count", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Als das Telefon klingelte, hielt ich das Ganze für einen Streich meiner Doktoranden“, sagte Osterkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Überreicht wird der Preis am 10. Dezember bei einer Feier im Stockholmer Konzerthaus.",
        True,
        [("date", "--12-10", None, None)],
        None,
    ),
    (
        "de",
        "Mit Osterkamp geht der Physik-Nobelpreis zum ersten Mal seit 2023 wieder nach Deutschland.",
        True,
        [("ordinal", 1, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Der Präsident der Max-Planck-Gesellschaft nannte die Auszeichnung „einen Ritterschlag für die Grundlagenforschung“.",
        False,
        [],
        None,
    ),
    # --- Chemistry Nobel (Reuters), October ---
    (
        "en",
        "STOCKHOLM, Oct 7 (Reuters) - Three chemists who developed enzymes that break down plastic bottles won the 2026 Nobel Prize in Chemistry on Wednesday.",
        True,
        [("date", "--10-07", None, None), ("count", 3, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "The work by Ingrid Halvorsen of Norway, Tomasz Wielgosz of Poland and Adaeze Nwachukwu of the United States could help recycle some of the roughly 400 million tonnes of plastic produced each year, the Royal Swedish Academy of Sciences said.",
        True,
        [("count", 400000000, None, "about")],
        None,
    ),
    (
        "en",
        "The three laureates will split the prize of 11 million Swedish crowns, or about $1.17 million, equally.",
        True,
        [
            ("count", 3, None, None),
            ("money", 11000000, "SEK", None),
            ("money", 1170000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Halvorsen, 54, is the first Norwegian to win the chemistry prize since 1968.",
        True,
        [("duration", 54, "year", None), ("ordinal", 1, None, None), ("year", 1968, None, None)],
        None,
    ),
    (
        "en",
        "Her enzyme breaks down about 90% of a plastic bottle within 10 hours at 72 degrees Celsius, according to a paper published in 2022.",
        True,
        [
            ("percent", 90, "%", "about"),
            ("duration", 10, "hour", None),
            ("count", 72, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        '"I am still in my pyjamas and very, very happy," Wielgosz told reporters by phone.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The chemistry prize has now been awarded 118 times since 1901 to 197 laureates.",
        True,
        [("count", 118, None, None), ("year", 1901, None, None), ("count", 197, None, None)],
        None,
    ),
    (
        "en",
        "Nwachukwu said her start-up planned to open a 20,000-tonne recycling plant in Texas by 2028.",
        True,
        [("count", 20000, None, None), ("year", 2028, None, None)],
        "Nwachukwu",
    ),
    # --- Quantenchip (dpa/lnw), Oktober ---
    (
        "de",
        "Jülich (dpa/lnw) - Forschende des Forschungszentrums Jülich haben einen neuen Rekord für die Kohärenzzeit supraleitender Quantenbits aufgestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Qubits hielten ihren Zustand im Schnitt rund dreimal so lange wie beim bisherigen Bestwert.",
        True,
        [("count", 3, None, "about")],
        None,
    ),
    (
        "de",
        "Gekühlt wurde der Chip auf rund 12 Millikelvin, das entspricht etwa minus 273,14 Grad Celsius.",
        True,
        [("count", 12, None, "about"), ("count", -273.14, None, "about")],
        None,
    ),
    (
        "de",
        "Institutsleiter Volkmar Hennings sagte, der Rechner solle bis 2029 auf 1.000 Qubits wachsen.",
        True,
        [("year", 2029, None, None), ("count", 1000, None, None)],
        "Volkmar Hennings",
    ),
    (
        "de",
        "„Wir stehen beim Quantencomputer ungefähr da, wo die Luftfahrt vor den Brüdern Wright stand“, sagte Hennings.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bund und Land Nordrhein-Westfalen fördern das Projekt seit 2022 mit zusammen 205 Millionen Euro.",
        True,
        [("year", 2022, None, None), ("money", 205000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "An dem Vorhaben arbeiten nach Angaben des Zentrums 74 Forschende aus elf Ländern.",
        True,
        [("count", 74, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Studie erschien in der Fachzeitschrift „Nature Physics“.",
        True,
        [],
        None,
    ),
    # --- Asteroid flyby (AP), November ---
    (
        "en",
        "PASADENA, Calif. (AP) — A NASA spacecraft flew within 1,900 km of a small asteroid on Tuesday and sent back the sharpest pictures yet of its cratered surface.",
        True,
        [("count", 1900, None, None)],
        None,
    ),
    (
        "en",
        "The asteroid, about 4.3 km long, is shaped like a peanut and completes a rotation every 7.2 hours, mission scientists said.",
        True,
        [("count", 4.3, None, "about"), ("duration", 7.2, "hour", None)],
        None,
    ),
    (
        "en",
        "The probe was travelling at about 17 kilometres per second relative to the asteroid during the flyby.",
        True,
        [("count", 17, None, "about")],
        None,
    ),
    (
        "en",
        "It is the third asteroid visited by the mission since its launch in October 2021.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Principal investigator Bartholomew Kinsella said the images revealed a small moon about 300 metres across.",
        True,
        [("count", 300, None, "about")],
        "Bartholomew Kinsella",
    ),
    (
        "en",
        "NASA said the mission had cost about $980 million so far.",
        True,
        [("money", 980000000, "USD", "about")],
        "NASA",
    ),
    (
        "en",
        '"Every asteroid we visit has thrown us a curveball," Kinsella said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The spacecraft is now about 390 million km from Earth, and its signals take nearly 22 minutes to arrive.",
        True,
        [("count", 390000000, None, "about"), ("duration", 22, "minute", "nearly")],
        None,
    ),
    (
        "en",
        "Scientists hope the images will explain how such double asteroids form.",
        False,
        [],
        None,
    ),
    # --- Leibniz-Preis (dpa), Dezember ---
    (
        "de",
        "Bonn (dpa) - Zehn Forscherinnen und Forscher erhalten in diesem Jahr den Gottfried Wilhelm Leibniz-Preis, den wichtigsten Forschungspreis in Deutschland.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Auszeichnung ist mit jeweils bis zu 2,8 Millionen Euro dotiert, die die Preisträger acht Jahre lang frei für ihre Forschung verwenden können.",
        True,
        [("money", 2800000, "EUR", "up_to"), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Unter den Ausgezeichneten sind sechs Frauen, darunter die Astrophysikerin Johanna Quirrenbach-Lenz aus Heidelberg.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Die 43-Jährige untersucht, wie sich vor rund 12 Milliarden Jahren die ersten Galaxienhaufen bildeten.",
        True,
        [
            ("duration", 43, "year", None),
            ("duration", 12000000000, "year", "about"),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Ein Auswahlausschuss hatte die Preisträger aus 131 Vorschlägen ausgewählt, teilte die DFG mit.",
        True,
        [("count", 131, None, None)],
        "die DFG",
    ),
    (
        "de",
        "„Dieser Preis schenkt mir das Kostbarste, was es in der Wissenschaft gibt: Zeit“, sagte Quirrenbach-Lenz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Preise werden am 17. März in Berlin verliehen.",
        True,
        [("date", "--03-17", None, None)],
        None,
    ),
    (
        "de",
        "Viele Nachwuchsforschende empfinden die Vergabe solcher hoch dotierten Preise als Lotterie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 1986 hat die DFG den Preis an 431 Forschende vergeben.",
        True,
        [("year", 1986, None, None), ("count", 431, None, None)],
        None,
    ),
    # --- NSF grant cuts (AP), November ---
    (
        "en",
        "WASHINGTON (AP) — The National Science Foundation has terminated more than 1,400 research grants worth about $1.1 billion since January, according to an analysis of agency data by a group of university researchers.",
        True,
        [("count", 1400, None, "over"), ("money", 1100000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "About a third of the cancelled grants supported programmes to train graduate students, the analysis found.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "NSF Director Harlan Pettigrew-Odom said the agency had reviewed 11,200 awards and ended those that no longer matched its priorities.",
        True,
        [("count", 11200, None, None)],
        "Harlan Pettigrew-Odom",
    ),
    (
        "en",
        "Twenty-two states sued the agency in May, arguing the cuts broke federal law.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "A federal judge in Boston ordered the foundation last month to restore 180 grants while the case proceeds.",
        True,
        [("count", 180, None, None)],
        None,
    ),
    (
        "en",
        '"We are watching a slow-motion dismantling of American science," said Rosalind Achebe-Fenwick, a biologist at the University of Michigan.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The agency's budget for the current fiscal year is $8.8 billion, roughly the same as in 2016 before inflation.",
        True,
        [("money", 8800000000, "USD", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "Graduate student applications to U.S. physics programmes fell 14% this autumn, the American Physical Society said.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "The foundation funds roughly a quarter of all federally supported basic research at U.S. colleges, according to its own figures.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Many young researchers fear they will have to leave the country to keep their careers alive.",
        False,
        [],
        None,
    ),
    # --- Extremely Large Telescope (dpa/lby), Dezember ---
    (
        "de",
        "Garching (dpa/lby) - Der 41 Meter große Hauptspiegel des Extremely Large Telescope in Chile ist vollständig, teilte die Eso am Freitag mit.",
        True,
        [("count", 41, None, None)],
        "die Eso",
    ),
    (
        "de",
        "Er besteht aus 812 sechseckigen Segmenten mit jeweils etwa 1,4 Metern Durchmesser.",
        True,
        [("count", 812, None, None), ("count", 1.4, None, "about")],
        None,
    ),
    (
        "de",
        "Das Teleskop auf dem rund 3.050 Meter hohen Cerro Armazones soll 2030 erstmals Licht sammeln, drei Jahre später als ursprünglich geplant.",
        True,
        [("count", 3050, None, "about"), ("year", 2030, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Die Kosten sind nach Eso-Angaben auf rund 1,6 Milliarden Euro gestiegen.",
        True,
        [("money", 1600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Deutschland trägt als größter Mitgliedstaat gut ein Fünftel des Eso-Budgets.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Eso-Generaldirektorin Valeska Thorbecke sagte, das Teleskop werde Licht etwa 16-mal schärfer abbilden als das Weltraumteleskop Hubble.",
        True,
        [("count", 16, None, "about")],
        "Valeska Thorbecke",
    ),
    (
        "de",
        "„Mit diesem Auge werden wir die Atmosphären fremder Welten lesen können“, sagte Thorbecke.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob das Teleskop tatsächlich erdähnliche Planeten mit Spuren von Leben findet, ist unter Astronomen umstritten.",
        False,
        [],
        None,
    ),
    # --- Antarctic ice core (AFP), December ---
    (
        "en",
        "PARIS, Dec 3 (AFP) - European scientists have drilled an ice core in Antarctica that they say holds a climate record stretching back about 1.4 million years.",
        True,
        [("date", "--12-03", None, None), ("duration", 1400000, "year", "about")],
        None,
    ),
    (
        "en",
        "The core reached bedrock at a depth of 2,830 metres at Little Dome C, about 40 km from the Concordia research station.",
        True,
        [("count", 2830, None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "It is the deepest ice core ever drilled by a European team.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Project coordinator Giulia Santorelli said the team had worked for five summer seasons in temperatures averaging minus 35 degrees Celsius.",
        True,
        [("count", 5, None, None), ("count", -35, None, None)],
        "Giulia Santorelli",
    ),
    (
        "en",
        '"Holding this ice in your hands is a humbling experience," Santorelli said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The project, funded with 11 million euros by the European Union, involves 12 institutions from 10 countries.",
        True,
        [("money", 11000000, "EUR", None), ("count", 12, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Analysis of the trapped air bubbles will take about two years, with first results expected in 2028.",
        True,
        [("duration", 2, "year", "about"), ("ordinal", 1, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Researchers hope the ice will explain why the rhythm of the ice ages changed so sharply.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The core has been cut into 1-metre sections and shipped at minus 50 degrees Celsius to laboratories in Europe.",
        True,
        [("count", 1, None, None), ("count", -50, None, None)],
        None,
    ),
    # --- Shetland launch (PA), December ---
    (
        "en",
        "LONDON (PA) - A German-built rocket has become the first to launch vertically into orbit from British soil, lifting off from the SaxaVord Spaceport on Unst in Shetland.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The 30-metre rocket carried three small satellites, including one built by students at the University of Glasgow.",
        True,
        [("count", 30, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The UK Space Agency said the launch marked the end of a 14-year effort to bring orbital launches to Britain.",
        True,
        [("duration", 14, "year", None)],
        "the UK Space Agency",
    ),
    (
        "en",
        "Space Minister Dominic Harrowgate said the sector employed about 52,000 people and earned £18.9 billion a year.",
        True,
        [("count", 52000, None, "about"), ("money", 18900000000, "GBP", None)],
        "Dominic Harrowgate",
    ),
    (
        "en",
        '"Today Shetland put Britain back in the space race," Harrowgate said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Residents on Unst, home to about 600 people, gathered on hillsides to watch the lift-off.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    (
        "en",
        "An earlier attempt from Cornwall in January 2023 failed when the rocket's upper stage malfunctioned.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Environmental campaigners called the spaceport \"a blight on one of Britain's last wild places\".",
        False,
        [],
        None,
    ),
]
