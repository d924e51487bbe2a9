"""Four-hundred-and-eighty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real offices appear only by their office
(„die Klimaschutzministerin“, „das Bundesumweltministerium“, „die Bundesregierung“, „der
Bundesrat“, "the Energy Secretary" in London and in Washington, "The Climate Change
Minister", "The Opposition's energy spokesman", "Alberta's premier", "The Environment
Minister" in Dublin, "The EU's climate commissioner", "The agency's executive director",
"the association's chief executive", "the governor", "A Department for Energy Security and
Net Zero spokesperson"), and the people who appear by name are experts, analysts,
spokespeople, researchers, a works-council head, a negotiator, a delegation member, an
activist and the chief executive of a made-up miner, rank-and-file roles that stand for no
real holder.

Names: the invented people are, in German copy, UBA-Expertin Henrike Ostermeyer-Bloch
(Dessau-Roßlau), UBA-Klimaexpertin Theresa Kallinger-Moosbrugger (Wien), Wifo-Ökonom Gerold
Unterweger-Pichl, Bafu-Klimaexpertin Rahel Zumsteg-Gasser, BSW-Solar-Expertin Wiebke
Harmsen-Tietz, BWP-Sprecher Tobias Eckhoff-Lindner, DIW-Klimaökonomin Marlene
Rosskopf-Adler, Betriebsratschef Ralf Dubberke-Lenz, Öko-Institut-Forscherin Konstanze
Weidenhöfer-Raab, Swissolar-Sprecher Linus Bächtiger-Roth, Branchensprecher Hauke
Rieckmann-Sieg, E-Control-Experte Stefan Purtscheller-Gmoser, Germanwatch-Experte Ole
Brinkschulte-Meyer, Fridays-for-Future-Sprecherin Lina Abendroth-Kaya and the Swiss
delegation member Mauro Casanova-Steiner; in English copy, Wood Mackenzie analyst Darius
Okafor-Lind, Grattan Institute analyst Tamsin Corrigan-Yates, Pembina Institute analyst
Mathieu Carrier-Blaine, CREA analyst Zhou Lanying, IEEFA analyst Arjun Malhotra-Seth,
Northbrook Commodities analyst Gideon Ashcombe-Rae, Halberd Energy analyst Naomi
Kessler-Wray, Rocky Mountain Institute grid analyst Kendra Alvarado-Reese, CCC analyst Priya
Wetherall-Nash, Global Carbon Project lead author Halvard Nyquist-Boone, Fijian negotiator
Mereani Tuilagi-Ravu and Kestrel Ridge Resources chief executive Bronwyn Tasker-Hale; every
unnamed spokeswoman, trader, installer, unionist, delegate, resident and developer is
invented too, and so are the firms Carbonmetrix, Northbrook Commodities, Halberd Energy and
Kestrel Ridge Resources, the Lusatian lignite unit, the alpine solar plant in Valais, the
Brandenburg solar park, the Massachusetts wind farm and the 34th UN climate conference in
Cartagena, Colombia, with its opening on Monday, November 9, and its close late on Saturday,
November 21. Real bodies, laws, places and media (dpa, Reuters, APA, Keystone-SDA, AFP, AP,
PA, AAP, Ö1-Morgenjournal; Umweltbundesamt in Dessau-Roßlau and in Wien, Bundesnetzagentur,
Marktstammdatenregister, Bundesverband Solarwirtschaft, Bundesverband Wärmepumpe, KfW, Haus
& Grund, Agora Energiewende, VCD, DIW, Öko-Institut, Expertenrat für Klimafragen,
Klimaschutzgesetz, Kohleausstiegsgesetz, Lausitzer Revier, Germanwatch and its
Klimaschutz-Index, Fridays for Future, Kanzleramt, Hauptbahnhof, Brandenburger Tor,
Helgoland, Bayern, Baden-Württemberg, Brandenburg, Polen; Wifo, E-Control, IG Windkraft,
Bundesverband Photovoltaic Austria, FPÖ, Burgenland, Kärnten, Niederösterreich,
Oberösterreich, Grüner Klimafonds; Bundesamt für Umwelt, Bafu, Bundesrat, CO2-Gesetz, SVP,
Fachvereinigung Wärmepumpen Schweiz, Swissolar, ETH Zürich, Wallis, Mittelland; the
Microgeneration Certification Scheme, the Boiler Upgrade Scheme, the Heat Pump Association,
the Climate Change Act, Friends of the Earth, the Conservatives, the Climate Change
Committee, Parliament, RenewableUK, the North Sea, Norway; the National Energy
Administration, CREA; the Ministry of New and Renewable Energy, Coal India, IEEFA; the
Climate Change Authority, the Clean Energy Regulator, the Grattan Institute; Environment and
Climate Change Canada, the Pembina Institute, Alberta, the United Nations; Wood Mackenzie,
the Energy Information Administration, the Rocky Mountain Institute, Texas, California, the
Air Resources Board, Massachusetts, Nantucket; the Environmental Protection Agency and the
Irish Fiscal Advisory Council; the International Energy Agency; the European Commission and
the EU's emissions trading system; the Global Carbon Project, the UN climate secretariat,
Oxfam, Saudi Arabia, Fiji; and the datelines' cities) stand for the way wire copy names
them; every tonnage, capacity, share, price, count, sum, date and quote here is invented,
and where a real figure came to mind (a real national inventory or its fall, a real year's
solar, wind or heat-pump additions, a real carbon price or its schedule, a real grant
ceiling or subsidy rate, a real auction price, a real count of homes with rooftop solar, a
real investment total, a real projection gap, a real herd or a real compliance-cost
estimate) it was changed; targets and facts written into laws, treaties and history are
kept as wire copy states them (Germany's minus 65 percent by 2030 and 88 percent by 2040
against 1990 and neutrality by 2045, the coal exit by 2038 at the latest, the solar goal of
215 gigawatts and the offshore goal of 30 gigawatts for 2030, the start of the EU's second
emissions trading system in 2028, Austria's electricity wholly from renewables by 2030 and
its neutrality goal for 2040, the Swiss halving by 2030 against 1990, the UK's net zero by
2050 under the Climate Change Act, Australia's legislated 43 per cent by 2030 against 2005,
Canada's 40 to 45 percent by 2030 against 2005, Ireland's 51 percent by 2030 against 2018,
California's 40 percent by 2030 against 1990 and neutrality by 2045, the EU's at least 55
percent by 2030 against 1990, India's 500 GW by 2030 and the Paris Agreement's 1.5C).

Its weight: CLIMATE POLICY, EMISSIONS AND THE ENERGY TRANSITION - the first round under this
joined heading, the third on the energy transition (the hundred-sixty-seventh and
two-hundred-and-ninety-fifth batches weighed the energy transition) and the fifth on climate
policy, talks and emissions (the forty-second batch weighed agriculture, commodities, energy
and climate policy, the hundred-forty-fifth climate summits and climate finance, the
three-hundred-and-seventy-first climate and environment policy and the
four-hundred-and-fifteenth climate talks and emissions); beside them the fifty-seventh
weighed energy systems, emissions and environment in their units, the hundred-twenty-sixth
and two-hundred-and-fourteenth energy prices and heating, the two-hundred-and-seventy-first
energy companies and utilities, the three-hundred-and-seventeenth energy prices and
household bills, the three-hundred-and-forty-fifth oil, gas and electricity markets and
energy companies, the three-hundred-and-ninety-fourth energy supply and prices and the
four-hundred-and-forty-eighth energy prices, utilities and household bills, and the
seventy-fourth, hundred-tenth, hundred-ninety-fourth, two-hundred-and-fifty-first,
three-hundred-and-thirtieth and four-hundred-and-fifty-first climate science, weather and
climate records; their decisions are kept, those of the fifty-seventh, hundred-sixty-seventh,
two-hundred-and-ninety-fifth and four-hundred-and-fifteenth first of all. One made-up year,
January to late November, as 33 short stories in date order with the German and English
ones interleaved, each told as wire copy runs it (a dateline lead with the tonnage, the
capacity or the price, the base year and the target, the sectors, attributed claims of
agencies, analysts and campaigners, the office-holder's line, the other side, quotes and
labels, the next step). Half German (dpa, Reuters German, APA, Keystone-SDA; Austrian
„Jänner“, „mit 1. Jänner“, „heuer“, „im Vorjahr“, „zur Gänze“,
„Ö1-Morgenjournal“; Swiss „Ausstoss“, „ausgestossen“, „stosse“, „Strasse“, „grosse“,
„gemäss“, „per 1. Januar 2030“, „41'800“, „2300“ and „3600“ without a separator, „Metern
über Meer“, „treten ... an Ort“, „lag nicht drin“, «» quotes; German „“ quotes): the solar
build-out, Austria's climate balance, Austrian photovoltaics, heat-pump sales and grants,
Germany's greenhouse-gas inventory, Austrian wind power, the EU carbon price and the national
CO2 price, a lignite unit shut in Lusatia, a North Sea offshore auction, the Expertenrat's
review, the Swiss CO2 statistics and levy, an alpine solar plant, the climate protection
index and the summit in Cartagena, a climate march in Berlin and the summit's end with
Austrian and Swiss reactions. Half English (Reuters with dated datelines, AFP with a dated
dateline, AP, PA, AAP with and without a day; UK, US, Australian, Canadian, Irish and Indian
usage: "per cent", "MtCO2e", "£71.80 per megawatt hour in 2024 prices", "8,400 pounds",
"A$", "C$", "megatonnes", "metric tons", "rupees", "yuan ($11.90)", "€84.15/t", "Nov. 19",
"neighborhoods", "decarbonise"): British heat pumps, China's solar and wind additions,
India's renewables and coal, Australia's quarterly inventory and rooftop solar, U.S. solar
installations, the UK's provisional emissions, Canada's inventory and carbon price, wind and
solar overtaking coal in the U.S., Ireland's projections, the IEA's investment report, EU
carbon market emissions, the Climate Change Committee's progress report, California's carbon
auction, a miner's climate report, Britain's offshore wind auction, a wind farm scrapped off
Massachusetts, the summit's opening with the Global Carbon Project's figures and its close.
Speakers as such copy has them: agencies and ministries by their figures („teilte das
Umweltbundesamt (UBA) am Donnerstag mit“, „Nach Angaben der Bundesnetzagentur“, "the
Environmental Protection Agency said on Wednesday", "the International Energy Agency said
on Thursday"), experts and analysts with their titles („BWP-Sprecher X sagte“, "IEEFA
analyst X said"), a negotiator who "told Reuters", campaigners („nach Angaben von
Germanwatch“, "Friends of the Earth said"), and beside them the forms left unchecked
(offices by role, wie-clauses, „gemäss“, calculations, studies, reports and data, "according
to", estimating and finding verbs, plural groups). Figures as such copy has them: emissions
in tonnes, millions and billions of tonnes, megatonnes, kilotonnes, „Mio. t“, "MtCO2e" and
"GtCO2"; cuts in percent against base years and by target years; capacity in megawatts,
gigawatts, "MWp" and „Kilowatt-Peak“; energy in gigawatt and terawatt hours; shares of
renewables, coal and heat pumps in percent, percentage points and words; carbon prices per
tonne in euros, francs, dollars, Canadian dollars and yuan; heat pumps, solar installations,
batteries, turbines, grant applications, homes and jobs counted; grants, funds, finance
pledges and investment in euros, pounds, francs and U.S. and Australian dollars; prices per
kilowatt hour and megawatt hour in cents, rupees and pounds; hours of negative prices,
overtime and permit waits; ordinals of summits, weeks, quarters and places in a ranking;
multiples; years, dates and datelines. Negatives as such copy has them - 55 rows, none with
a figure: experts', analysts', negotiators' and office-holders' rhetoric in quotes, labels
(„sprach von“, „nannte“, „bezeichnete ... als“, "called", "dismissed ... as"), a verdict
with „hält ... für“, assessments and vows by office, a demand naming no measure, complaints,
fears, a forecast without a figure, an evasion, a non-answer, chants and a vox pop, each
near a check-worthy look-alike from the same story.

242 rows (120 German, 122 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 9 carry no figure (5 German, 4 English), 366 expected quantities (123 counts,
77 percentages - 75 in "%", 2 in percentage points "pp" -, 61 years, 39 amounts of money -
18 EUR, 8 USD, 5 GBP, 3 CHF, 2 AUD, 1 each CAD, CNY and INR -, 19 dates - 1 with a year, 18
without -, 18 fractions, 16 durations - 9 in years, 3 in hours, 3 in months, 1 in weeks -,
13 ordinals; none of them in a negative), 36 checked speakers (18 German, 18 English). These
counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, piece of rhetoric, vow, assessment without a figure, doubt, fear,
  complaint, forecast without a figure, evasion or non-answer is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-forty-fifth, hundred-sixty-seventh, two-hundred-and-ninety-fifth,
  four-hundred-and-fifteenth); a quoted or reported figure, step, plan, target, forecast
  with a figure, stated cause or recommendation is check-worthy with its speaker, also in
  Konjunktiv I (hundred-sixtieth). Pairs from one speaker: Harmsen-Tietz's 39 Gigawatt
  beside „Die Sonne schickt keine Rechnung ...“; Kallinger-Moosbrugger's minus 9 Prozent
  beside „Einen milden Jänner ...“ (a month, none); Purtscheller-Gmoser's 41 days beside
  „Der Boom auf den Dächern ...“; Eckhoff-Lindner's 400.000 and 2031 beside „Die
  Verunsicherung der vergangenen Jahre ...“ (none); Ostermeyer-Bloch's two thirds beside „Im
  Stromsektor liefert die Energiewende ...“; Rosskopf-Adler's 150 and 560 Euro beside her
  label „den Schlüssel zur Akzeptanz“; Dubberke-Lenz's 310 and 240 beside „Hier geht heute
  ein Stück Lausitzer Geschichte zu Ende“; Rieckmann-Sieg's 20 Gigawatt beside „Dieses
  Auktionsdesign ...“ („seit Jahren“ none); Weidenhöfer-Raab's 115 million tonnes beside
  „Das Programm der Regierung ...“; Zumsteg-Gasser's 4,2 Tonnen beside «Beim Heizen sind wir
  auf Kurs ...»; Bächtiger-Roth's 14 of about 50 beside «Aus dem Solarexpress ...»;
  Brinkschulte-Meyer's stated cause beside „Wer im Verkehr stillsteht ...“; Casanova-Steiner's
  450 million francs beside «Wir haben verhindert ...»; Zhou's sixth quarter beside "A peak
  is only a peak ..."; Malhotra-Seth's 2.6 rupees beside "The cheapest electron ...";
  Okafor-Lind's 18 GW beside "Nobody is cancelling ..."; Carrier-Blaine's 31 megatonnes
  beside "The cap is the most important climate file ..."; Ashcombe-Rae's £9 beside
  "Consumers are paying for certainty ..."; Wetherall-Nash's fivefold rise beside "The easy
  wins have been banked ..."; Tasker-Hale's A$1.2 billion beside "We can only decarbonise
  ..."; Nyquist-Boone's 0.8% and 2.4% beside "We are still heading the wrong way ..."; and by
  office, unchecked, the Austrian climate minister's 240 million euros beside her
  „enttäuschend, aber nicht wertlos“, the IG Windkraft spokeswoman's 150 turbines beside
  „ein weißer Fleck auf der Landkarte“ and the Heat Pump Association's cost beside its chief
  executive's "no longer a niche product". Alvarado-Reese is heard only in a negative (a
  creed in quotes, the name after "said" and the role in apposition left unchecked as every
  negative's speaker is). Other negatives: labels („Der Verkehrsclub VCD sprach von ...“,
  „Die FPÖ sprach von ...“, „Entwicklungsorganisationen sprachen von ...“, „Die SVP
  bezeichnete die Abgabe als ...“, „Das Bundesumweltministerium nannte den Bericht ...“, "The
  Conservatives called net zero ...", "Oxfam called the deal ...", "Shareholder activists
  called the report ...", "Industry groups dismissed the cap as ..."; two-hundred-and-fourth,
  four-hundred-and-fifteenth), assessments and vows by office without a figure ("The Energy
  Secretary said the figures showed Britain was ...", "The Climate Change Minister said ...",
  "The Opposition's energy spokesman said the target was ...", "The EU's climate
  commissioner said ...", "The Environment Minister said ...", the IEA executive director's
  "the age of electricity", the governor's "a setback, not a surrender", the U.S. Energy
  Secretary's "not let reliable power plants be bulldozed"; three-hundred-and-seventy-first,
  four-hundred-and-fifteenth), a verdict with „hält ... für“ (Haus & Grund; ninety-eighth),
  a demand naming no measure („Die Branche fordert ... „Planungssicherheit statt
  Förderlotterie““; two-hundred-and-ninety-fifth), complaints, arguments and fears
  ("Installers complain ...", "Environmental justice groups have long argued ...",
  „Gewerkschafter fürchten ...“, „Naturschützer befürchten ...“, "Fishing crews in the North
  Sea fear ..."; two-hundred-and-ninety-fifth), a forecast without a figure („Einige Fonds
  dürften ... auflösen, hieß es am Markt.“; four-hundred-and-fifteenth), an evasion („Ob die
  Fläche im Herbst erneut ausgeschrieben wird, ließ die Behörde offen.“;
  four-hundred-and-fifty-first), a non-answer ("would "study the report carefully"";
  hundred-forty-fifth: "declined to say"), chants in both languages („skandierten die
  Demonstrierenden“, "Thousands of marchers chanted ..."; hundredth,
  four-hundred-and-fifteenth) and a vox pop ("Several Nantucket residents welcomed the
  decision, saying ..."). As the brief for these batches asks, negatives carry no expected
  quantities, and this batch writes no figure into them.
- Check-worthy without a figure (hundred-forty-fifth, two-hundred-and-ninety-fifth,
  four-hundred-and-fifteenth): a publication line („Das geht aus vorläufigen Daten des
  Marktstammdatenregisters hervor, ...“), the traders' stated cause of the price rise
  (three-hundred-and-seventy-first, four-hundred-and-fifteenth), the Expertenrat's
  recommendation naming its measure (two-hundred-and-ninety-fifth New: a demand that names
  its measure), Brinkschulte-Meyer's and Friends of the Earth's stated causes, what the
  summit decision does not name („Ein konkretes Datum ... nennt der Beschluss nicht.“;
  hundred-forty-fifth), Alberta's and the developer's announced steps (two-hundred-and-fourth:
  an announced step) and what the miner's report does not set ("The report does not set a
  target for cutting Scope 3 emissions."; "Scope 3" none, below).
- Forecasts, targets and plans with a figure are check-worthy (seventh, hundred-tenth,
  hundred-sixty-seventh, two-hundred-and-ninety-fifth): the Expertenrat's 190 million tonnes
  („hält es für wahrscheinlich“, a forecast with a figure), the report's 40 GW a year, the
  industry's 450,000 heat pumps by 2032, the Global Carbon Project's four years, Coal India's
  880 million tonnes, Kessler-Wray's $45, Wetherall-Nash's 650,000. New: „Analysten der
  Beratungsfirma Carbonmetrix halten bis Jahresende einen Preis von 105 Euro je Tonne für
  realistisch.“ is check-worthy with 105 EUR and the speaker unchecked - „halten ... für“
  carrying a figure is a forecast with a figure, not the verdict without one that makes Haus
  & Grund's row a negative (ninety-eighth, four-hundred-and-fifteenth: „Andere
  Marktteilnehmer halten den Anstieg für übertrieben.“), and holding a view is no verb of
  saying, as „schätzen“ and "estimated" are not (two-hundred-and-ninety-fifth,
  four-hundred-and-fifty-first).
- Emissions are counts of the figure as written, a scale word multiplying and a unit prefix
  belonging to the unit (fifty-seventh, hundred-forty-fifth, three-hundred-and-seventy-first,
  four-hundred-and-fifteenth): „rund 563 Millionen Tonnen“, „2,2 Millionen Tonnen“, „141
  Millionen Tonnen ..., ... rund 12 Millionen Tonnen“, „88 Millionen Tonnen“, „152 Millionen
  Tonnen“, „19,8 Millionen Tonnen“, „rund 3,5 Mio. Tonnen“ (fifty-seventh: „rund 185 Mio.
  Tonnen“), „rund 3,1 Millionen Tonnen CO2“, „rund 190 Millionen Tonnen“, „von 38 bis 45
  Millionen Tonnen“ both (the scale word written once serves the earlier figure,
  hundred-forty-ninth), „rund 115 Millionen Tonnen“, "419.3 million tonnes", "6.4 million
  tonnes", "412 million tonnes", "about 880 million tonnes", "286 million tonnes of iron ore",
  "about 1.41 billion metric tons" (four-hundred-and-fifteenth: "about 5.3 billion metric
  tons"), "651 megatonnes", "203 megatonnes", "about 31 megatonnes" (fifty-seventh: "112
  megatonnes"), "338.6 MtCO2e", "104.8 MtCO2e", "44.1 MtCO2e" and "498 MtCO2e" (fifty-seventh:
  "384.2 MtCO2e"), "a record 38.9 GtCO2" 38.9 (the gigatonne glued to "CO2" as the megatonne
  is in "MtCO2e"; "a record" no hedge). Per head: „pro Kopf ... 4,2 Tonnen
  CO2-Äquivalent“ 4.2 („pro Kopf“ none, as „pro Jahr“). "CO2", „CO2-Äquivalent“, "Ö1",
  "GtCO2" and "MtCO2e" carry no figure of their own (forty-second, four-hundred-and-fifteenth).
  New: „auf 61,3 Mio. t CO2-Äquivalent“ is 61,300,000 - „Mio.“ is the scale word that
  multiplies (fifty-seventh: „rund 185 Mio. Tonnen“), and "t" the tonne written short, as
  „l/qm“ is litres per square metre written short (four-hundred-and-fifty-first New); units
  of counts are not checked. New: "fell 12 per cent to 37 kt" is 37 - "kt" is the kilotonne
  written short, its prefix belonging to the unit as "Mt" in "MtCO2e" and „Mega“ in „19,9
  Megatonnen“ (fifty-seventh), so no scale word multiplies.
- New: "Scope 1 and 2 emissions" and "Scope 3 emissions" carry no figure - the numbers name
  the three categories of the greenhouse-gas accounting standard, identifiers as "Article 6"
  and "Paragraph 14 of the draft" (hundred-forty-fifth, four-hundred-and-fifteenth) and
  "Band D" (four-hundred-and-seventy-third) are, not levels on a scale as "a Category 5
  storm" (four-hundred-and-fifty-first); the row with "Scope 3" alone and no other figure
  ("The report does not set a target for cutting Scope 3 emissions.") is check-worthy without
  a figure.
- Capacity and energy are counts (fourth, fifty-seventh, hundred-sixty-seventh,
  two-hundred-and-ninety-fifth): „19,6 Gigawatt“, „138 Gigawatt, ... 215 Gigawatt“, „knapp 39
  Gigawatt“, „rund 2,3 Gigawatt Spitzenleistung“ („Spitzenleistung“ none), „zusammen 598
  Megawatt“ („zusammen“ no hedge), „712 Megawatt ... 524 Megawatt“, „465 Megawatt“, „400
  Megawatt ... 1,6 Gigawattstunden“, „zusammen 2,5 Gigawatt“, „1 Gigawatt“, „30 Gigawatt ...
  knapp 20 Gigawatt“, „9,9 Gigawatt“, „11 Megawatt ... rund 16 Gigawattstunden“, „7,4
  Terawattstunden“, „auf 15.000 Gigawatt“; "318 gigawatts", "96 GW, ... about 2,140 GW",
  "286 GW", "a record 41.2 GW", "500 GW", "43.7 gigawatts", "about 9.8 GW, ... 5.1 GW",
  "about 18 GW", "about 40 GW", "about 11,300 megawatts", "9.4 gigawatts", "about 17.2 GW",
  "about 4,000 megawatts"; the figure in a hyphenated compound ("a 1,200-megawatt wind farm"
  1,200; two-hundred-and-ninety-fifth: "The 2,640-megawatt plant"); „mit 180 MWp“ 180 and
  „mit höchstens 20 Kilowatt-Peak“ 20 "at_most" (fifty-seventh: „einer 10-kWp-Anlage“ 10,
  "peak" carrying nothing). Distances, heights and sea level are counts too: „rund 120
  Kilometer“, „gut vier Kilometer lang“ 4 "over" (two-hundred-and-ninety-fifth: the figure
  before „lang“), „auf 2300 Metern über Meer“ (Swiss four digits without a separator,
  „über Meer“ none; four-hundred-and-fifty-first), "about 18 centimetres" (hundred-forty-fifth,
  four-hundred-and-fifteenth).
- Reduction targets and base years, the weight's own (fifty-seventh, hundred-forty-fifth,
  three-hundred-and-seventy-first, four-hundred-and-fifteenth): the cut is a percentage, the
  base year and the target year years with no hedge: „das gesetzliche Ziel von minus 65
  Prozent bis 2030“ -65 and „mit minus 9 Prozent“ -9 ("minus" right before the figure its
  sign, three-hundred-and-seventy-first), „Im Vergleich zum Basisjahr 1990 ... um 55,6
  Prozent gesunken“, „Seit 1990 ... um knapp 22 Prozent“, „um 88 Prozent gegenüber 1990“,
  „nur 6 Prozent unter dem Wert von 1990“ („unter“ after the figure compares, „nur“ no
  hedge), „41 Prozent“ against 1990, "54.1 per cent below 1990 levels", "29.8 per cent below
  2005 levels, against a legislated target of 43 per cent by 2030", "11.2% below 2005
  levels", "40% to 45% below 2005 levels by 2030" both (four-hundred-and-fifteenth: "by
  10-15% from their peak"), "by only 27% by 2030 from 2018 levels, well short of its legally
  binding 51% target" ("only" and "well short of" no hedge), "roughly 39% below 1990 levels,
  against a legally binding goal of at least 55% by 2030" ("at least" "at_least"), "to 40%
  below 1990 levels by 2030". „eine Halbierung der Emissionen“ carries none (a noun of
  change, as „Verdreifachung“, nineteenth), and "net zero", „klimaneutral“, "carbon neutral"
  and "carbon neutrality" carry none. Warming: "1.5C" and „das 1,5-Grad-Ziel“ 1.5
  (forty-second: the figure heading the compound; four-hundred-and-fifteenth), "even odds, a
  50% chance" 50 ("even" writes no figure, four-hundred-and-fifteenth).
- Shares in percent and percentage points as written (every batch): „um 13 Prozentpunkte auf
  38 Prozent“ 13 "pp" and 38, "rose 3.4 percentage points to 52.1%" 3.4 "pp" and 52.1
  (fifty-seventh), „13,8 Prozent ..., ... rund 58 Prozent“, „knapp 30 Prozent“, „auf 31,5
  Prozent“, „gut 40 Prozent davon“ ("davon" no hedge), „rund 12 Prozent“, „bis zu 65
  Prozent“ "up_to", „um 49 Prozent“, „ein Plus von 27 Prozent“ 27 (a noun with „von“, no
  sign), "about 71%", "52% ..., ... 27% ... 14%", "about 22%", "53%, down from 58%", "about
  1.4% year on year", "about 71% ... in the year to March", "by nearly 6%", "roughly 40%
  below", "less than 3%" "under", "about 36%", "About 38 per cent", "about 14% lower than two
  years earlier" ("lower than" after a figure compares; the span 2 years).
- Fractions and one-in-N shares (the issue: "ein Fünftel", "jeder vierte", "two-fifths";
  every batch): „Gut ein Drittel“ 0.3333 "over", „gut zwei Drittel“ 0.6667 "over", „ein
  Viertel des Rückgangs allein“ 0.25 („allein“ no hedge), „um mehr als die Hälfte“ and „Mehr
  als die Hälfte davon“ 0.5 "over", „fast jede zweite Heizung“ 0.5 "nearly", „knapp drei
  Viertel davon“ 0.75 "nearly", "less than a tenth" 0.1 "under", "by more than a quarter"
  0.25 "over", "nearly a third" and "almost a third" 0.3333 "nearly", "roughly one in three
  houses" 0.3333 "about", "About one in 30 British homes" 0.0333 "about" and "roughly three in
  five homes" 0.6 "about" (two-hundred-and-ninety-fifth New: "one in 25" 0.04;
  two-hundred-and-seventy-sixth: "nine in ten"), "a fifth of the world's population" 0.2,
  "down about a fifth since January" 0.2 "about", "only about half" 0.5 "about" ("only" no
  hedge), "by more than half since 2014" 0.5 "over". New: „bilanziell zur Gänze“ carries no
  fraction - a whole named without a figure, as "all" and „alle“ carry none
  (four-hundred-and-fifty-first), so the row gives only its year.
- Multiples are counts with their hedges (seventeenth: "fourfold" 4; four-hundred-and-fifty-
  first): „fast doppelt so viele“ 2 "nearly", „bis zu dreimal so viel“ 3 "up_to", "about
  twice the amount" 2 "about", "roughly fivefold" 5 "about". Verbs carry none: "wants to
  roughly triple that", "a deal to triple adaptation finance" ("roughly" before a verb hedges
  no figure; four-hundred-and-fifteenth New: "at least triple").
- Carbon prices are money in the currency written, the tonne priced carrying none
  (forty-second, hundred-forty-fifth, three-hundred-and-seventy-first,
  four-hundred-and-fifteenth): „auf 96,30 Euro je Tonne“, „von 105 Euro je Tonne“, „bei 72
  Euro je Tonne“, „von 150 Euro je Tonne“, „von 62 auf 71 Euro je Tonne“ and „von 126 auf
  138 Franken pro Tonne“ both (the currency written once serving the earlier figure,
  hundred-seventeenth), "$34.60 a tonne, up from $29.85", "$45", "C$148 a tonne", "averaged
  86.4 yuan ($11.90) a tonne" 86.4 CNY and 11.9 USD ("averaged" no hedge; the converted sum
  in brackets, four-hundred-and-fifteenth: "72.3 yuan ($10.10)"). New: "€84.15/t" and
  „95,88 €/t“ are 84.15 EUR and 95.88 EUR - the euro sign gives the currency and "/t" the
  tonne priced, which carries none as "£78.40/MWh" carries its unit after the slash
  (forty-second) and „je Tonne“ does (four-hundred-and-fifteenth).
- Money otherwise in the currency written (every batch): cents as hundredths (hundred-
  thirty-eighth, two-hundred-and-ninety-fifth): „um knapp 20 Cent“ 0.2 EUR "nearly", „von
  mindestens 4,1 Cent je Kilowattstunde“ 0.041 EUR "at_least"; "about 2.6 rupees per
  kilowatt hour" INR "about" (two-hundred-and-ninety-fifth: "3.09 rupees"); "£71.80 per
  megawatt hour in 2024 prices, up from £58.90" 71.8 and 58.9 GBP with the year of the prices
  (two-hundred-and-ninety-fifth: "£113.50 per megawatt hour in 2024 prices"); EUR („weitere
  240 Millionen Euro“ - „weitere“ no hedge -, „bis zu 4,7 Milliarden Euro“ "up_to",
  „höchstens 19.500 Euro je Wohneinheit“ "at_most", „rund 560 Euro im Jahr“, „insgesamt 1,84
  Milliarden Euro“, „acht Milliarden Euro im Jahr“ 8,000,000,000 - the number word read -,
  „insgesamt 340 Millionen Euro“, "up to 6.4 billion euros" "up_to"), CHF („rund 450
  Millionen Franken pro Jahr“), GBP ("8,400 pounds", "£11,250", "roughly £9 a year"), USD
  ("$2.6 trillion", "$470 billion", "$120 billion a year", "about $1.1 billion"), AUD ("about
  A$1,100 per battery on average" - "on average" no hedge -, "A$1.2 billion"). "a year",
  „im Jahr“, „pro Jahr“, „je Wohneinheit“, "per battery", "per kilowatt hour" none.
- Counts otherwise (every batch): heat pumps, installations and applications („287.000
  Geräte“, „rund 118.000 Wärmepumpen“ with „zusammen“ no hedge, „400.000 Geräten pro Jahr“,
  „gut 212.000 Förderanträge“, „41'800 Wärmepumpen“ with the Swiss apostrophe - tenth -,
  „rund 1,12 Millionen neue Anlagen, ... gut 540.000“, „96.400 neue Anlagen“, "a record
  118,400", "About 61,000 of them", "450,000 installations a year", "about 650,000 a year",
  "about 187,000 home batteries", "More than 4.6 million Australian homes" "over"), turbines
  and sites („112 neue Windräder“, „rund 150 Anlagen“ - „voraussichtlich“ no hedge, „keine
  einzige“ none -, „1.742 Windräder“, „zwei Flächen“, „rund 50 ... noch 14“ - „noch“ no
  hedge -, "its two coal mines" 2), people and homes („von den 310 Beschäftigten ... 240“,
  „rund 3600 Haushalten“, „rund 46.000 Menschen aus 194 Staaten“, „rund 18.000 Menschen“,
  „mehr als 30.000 Teilnehmende“ "over", „Die knapp 200 Staaten“ "nearly", "about 10 million
  homes and ... some 14,000 jobs" - "some" "about" -, "roughly 700,000 homes", "roughly
  52,000 participants", "Nearly 200 countries", "around 6.9 million cattle" - "around"
  "about" -), documents and tallies („dem 142 Seiten starken Prüfbericht“ 142 -
  four-hundred-and-fifteenth: „dem 214 Seiten starken Gutachten“ -, "Only 84 of the 195
  parties" - "Only" no hedge -, "18 of the 47 indicators", "All 51.2 million current
  allowances" - "All" none -, "three negotiators told Reuters" 3 - hundred-forty-fifth),
  days of a kind („an 41 Tagen“ 41; four-hundred-and-fifty-first: „An fünf Tagen“) and
  places moved in a ranking („um zwei Plätze auf Rang 14“ count 2 and ordinal 14;
  hundred-forty-fifth). None: "Thousands", "Several", „mehrere“, "a developer", "another
  company", „ein weiterer Braunkohleblock“, „einen Liter“, „eine Woche zuvor“.
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): „der 34.
  Weltklimakonferenz“ and „Die 34. Weltklimakonferenz“ 34 (four-hundred-and-fifteenth), „der
  zweiten Konferenzwoche“ 2, „ein zweites Emissionshandelssystem“ 2 (four-hundred-and-
  fifteenth), „die erste grosse alpine Solaranlage“ 1, „eine dritte Fläche“ 3, „Die ersten
  drei Plätze“ ordinal 1 and count 3 (hundred-forty-fifth), „auf Rang 14“ 14, "for a sixth
  consecutive quarter" 6, "for a third straight year" 3 (four-hundred-and-fifty-first: "for
  the fourth straight month"), "for a second year" 2, "for the first time" 1, "The seventh
  carbon budget" 7. None: "a record", "the largest round yet", "the largest source", "the
  biggest-emitting sector", "the most solar", "the previous round", "the previous year's
  record", „so viel wie nie zuvor“, „Der größte Solarpark“, „Größter Verursacher“, „den
  stärksten Rückgang“, „an der Spitze“, „im Rekordjahr davor“, „erneut“.
- Durations (the issue: "fünfstündigen Treffen", "a two-week visit"; every batch): "two
  weeks of UN climate talks" 2 weeks (four-hundred-and-fifteenth: "the two-week
  conference"), "more than 28 hours past its scheduled close" 28 hours "over" ("past" after a
  span no hedge) and „mit gut 30 Stunden Verspätung“ 30 hours "over"
  (four-hundred-and-fifteenth), „seit fast 14 Monaten“ 14 months "nearly", „in den kommenden
  elf Jahren“ 11 years, „vor zwei Jahren“ 2 years (two-hundred-and-ninety-fifth), „An 538
  Stunden“ 538 hours (hours of negative prices, hundred-sixty-seventh,
  two-hundred-and-ninety-fifth), „im Schnitt sieben Jahre“ 7 years and „knapp zwei Jahre“ 2
  years "nearly" („im Schnitt“ no hedge), „Die 24-jährige Fridays-for-Future-Sprecherin“ 24
  years (four-hundred-and-fifteenth), "two years earlier" 2 years (three-hundredth), "in the
  12 months to January" 12 months (ninety-first), "in the six months after" 6 months, "over
  the next five years" and "over the five years" 5 years ("over" before a span no hedge),
  "within about four years" 4 years "about" ("within" no hedge). None: "last year", "a year
  earlier", "this year", "this fiscal year", "next year", "the year before", "in the year to
  September", "in the year to March", "in the year to June", "by the end of January", "by
  the end of next year", "the early 2030s", "year on year", "at last year's annual meeting",
  „im vergangenen Jahr“, „im Vorjahr“, „im Jahr davor“, „im Rekordjahr davor“, „im selben
  Zeitraum“, „in diesem Jahr“, „heuer“, „jährlich“, „jedes Jahr“, „pro Jahr“, „im Jahr“,
  „bis Jahresende“, „seit Monaten“, „seit Jahren“, „der vergangenen Jahre“,
  „Winterhalbjahr“, „eine Woche zuvor“ (an article, ninety-third), weekdays, months and parts
  of days („in der Nacht zum Samstag“, „in der Nacht auf Sonntag“, „zur Mittagszeit“, „zu
  Mittag“, "late on Saturday").
- Years and dates: target, base, law and record years as written („bis 2030“, „bis 2040“,
  „bis 2045“, „bis 2032“, „bis 2035“, „Seit 1990“, „gegenüber 1990“, „dem Wert von 1990“,
  „1984“, „ab 2028“, „für 2030“, „für 2033“, "by 2030", "by 2032", "by 2033", "by 2035", "by
  2050", "by 2045", "since 2020", "since 2014", "since 1993", "from 2031", "from 2028", "in
  2027", "2005 levels", "2018 levels", "1990 levels", "the lowest level since 1879", "its
  2030 target" - a year before a noun dating it, three-hundred-and-seventy-first -, "in 2024
  prices"); „frühestens 2031“ 2031 "at_least" (hundred-sixty-seventh) and „spätestens 2038“
  2038 "at_most" (two-hundred-and-ninety-fifth New); "covering 2038-42" both years, 2038 and
  2042 (four-hundred-and-seventy-third: "2015-16"; four-hundred-and-eighty-first:
  "2031-32"). Dates: „mit 1. Jänner“ and „Seit 1. Jänner“ --01-01 (tenth: „Jänner“; Austrian
  „mit“ before a date as "from"), „per 1. Januar 2030“ the full date 2030-01-01 (Swiss „per“,
  four-hundred-and-eighty-first: „zum 1. Januar 2031“), "on July 1" --07-01, "on April 1"
  --04-01, "for Nov. 19" --11-19; Reuters, AFP and AAP datelines with a day are dates
  without a year ("LONDON, Jan 22 (Reuters)" --01-22, "BEIJING, Jan 24" --01-24, "NEW
  DELHI, Feb 12" --02-12, "CANBERRA, Feb 26 (AAP)" --02-26, "WASHINGTON, March 11" --03-11,
  "OTTAWA, April 15" --04-15, "DUBLIN, May 28" --05-28, "PARIS, June 5" --06-05, "BRUSSELS,
  June 17" --06-17, "SACRAMENTO, Calif., Aug 20" --08-20 with the state between city and day,
  "LONDON, Sept 3" --09-03, "CARTAGENA, Colombia, Nov 9 (AFP)" --11-09 and "CARTAGENA,
  Colombia, Nov 21 (Reuters)" --11-21 with the country between city and day;
  four-hundred-and-fifteenth, four-hundred-and-eighty-first); dpa ("Bonn (dpa) -", "Berlin
  (dpa) -", "Dessau-Roßlau (dpa) -", "Cottbus (dpa) -", "Hamburg (dpa) -", "Cartagena (dpa)
  -"), Reuters German ("Frankfurt (Reuters) -"), APA ("Wien (APA) -", "Eisenstadt (APA) -"),
  Keystone-SDA ("Bern (Keystone-SDA) -", "Sitten (Keystone-SDA) -"), PA ("LONDON (PA) -"), AP
  ("WASHINGTON (AP) —", "BOSTON (AP) —") and AAP ("SYDNEY (AAP) -") datelines without a day
  none (seventy-ninth).
- Hedges, only the names in use: „rund“, "about", "About", "roughly", "around", "some"
  "about"; „knapp“, „fast“, "nearly", "Nearly", "almost" "nearly"; „gut“, „Gut“, „mehr als“,
  „Mehr als“, "more than", "More than" "over"; "less than" before a figure or a fraction
  "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at least" "at_least"; „höchstens“,
  „spätestens“ "at_most"; „frühestens“ "at_least". No hedge: „insgesamt“, „Insgesamt“,
  „zusammen“, „weitere“, „im Schnitt“, „allein“, „noch“, „nur“, „voraussichtlich“, „wohl“,
  „zuletzt“, „derzeit“, „davon“, „erneut“, „statt der“, "only", "Only", "alone", "still", "a
  record", "on average", "averaged", "together", "All", "well short of", "up from", "down
  from", "past" after a span, "over" before a span, "within", "to" and „bis“ in a range,
  „von ... auf“, „um“ before a difference, and „unter“, „weniger als“, "below", "lower than"
  after a figure.
- Speakers, checked only in forms the earlier batches settled. German: „teilte das
  Umweltbundesamt (UBA) am Donnerstag mit“ -> "das Umweltbundesamt" (the abbreviation in
  brackets and the weekday dropped, four-hundred-and-fifteenth), „Nach Angaben der
  Bundesnetzagentur“ -> "die Bundesnetzagentur" (the source in the nominative,
  two-hundred-and-ninety-fifth, four-hundred-and-seventy-third), „nach Angaben von
  Germanwatch“ -> "Germanwatch" (four-hundred-and-fifteenth New), the name with the title
  dropped („BSW-Solar-Expertin Wiebke Harmsen-Tietz sagte“, „UBA-Klimaexpertin Theresa
  Kallinger-Moosbrugger sagte“, „E-Control-Experte Stefan Purtscheller-Gmoser sagte“,
  „BWP-Sprecher Tobias Eckhoff-Lindner sagte“, „UBA-Expertin Henrike Ostermeyer-Bloch
  sagte“, „DIW-Klimaökonomin Marlene Rosskopf-Adler sagte“, „Betriebsratschef Ralf
  Dubberke-Lenz sagte“, „Branchensprecher Hauke Rieckmann-Sieg sagte“,
  „Öko-Institut-Forscherin Konstanze Weidenhöfer-Raab sagte“, „Bafu-Klimaexpertin Rahel
  Zumsteg-Gasser sagte“, „Swissolar-Sprecher Linus Bächtiger-Roth sagte“,
  „Germanwatch-Experte Ole Brinkschulte-Meyer sagte“; two-hundred-and-ninety-fifth,
  four-hundred-and-fifteenth), „Wifo-Ökonom Gerold Unterweger-Pichl sagte im
  Ö1-Morgenjournal“ (the programme dropped, four-hundred-and-seventy-third), „Die 24-jährige
  Fridays-for-Future-Sprecherin Lina Abendroth-Kaya sagte“ and „Das Schweizer
  Delegationsmitglied Mauro Casanova-Steiner sagte“ the name (article, age, adjective and
  title dropped; three-hundred-and-eighty-eighth, four-hundred-and-fifteenth). English: the
  name with the role dropped ("Wood Mackenzie analyst Darius Okafor-Lind said", "Pembina
  Institute analyst Mathieu Carrier-Blaine said", "CREA analyst Zhou Lanying said", "IEEFA
  analyst Arjun Malhotra-Seth said", "Northbrook Commodities analyst Gideon Ashcombe-Rae
  said", "Halberd Energy analyst Naomi Kessler-Wray said", "CCC analyst Priya Wetherall-Nash
  said", "Lead author Halvard Nyquist-Boone said", "Chief executive Bronwyn Tasker-Hale
  said"; four-hundred-and-fifteenth), "Fijian negotiator Mereani Tuilagi-Ravu told Reuters
  that ..." (four-hundred-and-fifteenth: "Tongan negotiator Siosaia Vake told AFP"), "...,
  said Tamsin Corrigan-Yates, an energy analyst at the Grattan Institute." the name
  (four-hundred-and-fifty-first: "said Oonagh Merriweather, a hydrologist at Lancaster
  University"), "The Heat Pump Association said" and "The Climate Change Authority said"
  opening the row with the article lowered (four-hundred-and-seventy-third), "the
  Environmental Protection Agency said on Wednesday", "the Energy Information Administration
  said Thursday" and "the International Energy Agency said on Thursday" with the weekday
  dropped (four-hundred-and-fifteenth, four-hundred-and-fifty-first), "Friends of the Earth
  said" and "RenewableUK said" as written (two-hundred-and-ninety-fifth,
  four-hundred-and-fifteenth). Left unchecked (None): all negatives, also those with a named
  speaker; offices and roles without a name („Die Klimaschutzministerin kündigte an“, „Eine
  Sprecherin der IG Windkraft sagte“, "Alberta's premier said", "the government said on
  Wednesday", "The Colombian government said", "The developer said", "the agency said", "the
  committee said"; four-hundred-and-fifteenth, four-hundred-and-seventy-third); wie-clauses
  („wie das Umweltbundesamt am Dienstag mitteilte“, „wie der Bundesverband Wärmepumpe (BWP)
  mitteilte“, „wie die IG Windkraft am Mittwoch mitteilte“, „wie das Bafu am Dienstag
  bekanntgab“; two-hundred-and-fourth, four-hundred-and-fifteenth); „gemäss“ before a source
  („gemäss Bundesrat“, „gemäss den Betreibern“, „Gemäss der Fachvereinigung Wärmepumpen
  Schweiz“; four-hundred-and-fourth); compounds („nach UN-Angaben“, „nach Polizeiangaben“;
  four-hundred-and-fifty-first); documents, calculations, studies and data („laut
  Nahzeitprognose des Umweltbundesamts“, „Nach vorläufigen Berechnungen“, „Nach Berechnungen
  der Denkfabrik Agora Energiewende“, „Das geht aus ... hervor“, „Eine Studie der ETH Zürich
  zeigt“, „zählte“, "provisional Government figures show", "the latest quarterly update
  shows", "the company's annual climate report shows", "European Commission data showed",
  "data from the Microgeneration Certification Scheme showed", "data from the Ministry of New
  and Renewable Energy showed", "according to figures the National Energy Administration
  released", "The report expects", "The committee found"); verbs of estimating, warning,
  holding a view and counting („Der Expertenrat ... hält es für wahrscheinlich“, „Analysten
  ... halten ... für realistisch“, "The Global Carbon Project estimates", "the agency
  estimated", "the Irish Fiscal Advisory Council has estimated", "the Climate Change
  Committee has warned"; four-hundred-and-fifteenth, four-hundred-and-fifty-first,
  four-hundred-and-seventy-third); the present "says" ("Miner Kestrel Ridge Resources says";
  three-hundred-and-fifty-sixth); a description before the name ("the state Air Resources
  Board said"; hundred-forty-fifth); plural groups („Händler führten ... zurück“, „hieß es am
  Markt“, "three negotiators told Reuters", "State officials said"); a pledge („Die
  Bundesregierung sagte ... zu“, „Österreich hatte ... zugesagt“); every "according to" (an
  industry report, the Clean Energy Regulator, Environment and Climate Change Canada, the
  energy department, the national inventory, the UN climate secretariat; two-hundred-and-
  fourth, four-hundred-and-seventy-third) and rows without attribution. To keep the checked
  speakers near 35, as the four-hundred-and-fifteenth and four-hundred-and-seventy-third
  batches did, several official figures are given as data, in wie-clauses or with "according
  to".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_485 = [
    # --- Heat pumps in Britain (Reuters), LONDON, Jan 22 ---
    (
        "en",
        "LONDON, Jan 22 (Reuters) - Heat pump installations in Britain rose 41% last year to a record 118,400, data from the Microgeneration Certification Scheme showed on Thursday.",
        True,
        [("date", "--01-22", None, None), ("percent", 41, "%", None), ("count", 118400, None, None)],
        None,
    ),
    (
        "en",
        "About 61,000 of them received a grant under the Boiler Upgrade Scheme, which pays 8,400 pounds towards the cost of a heat pump.",
        True,
        [("count", 61000, None, "about"), ("money", 8400, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Heat Pump Association said the average installed cost had fallen to £11,250, about 14% lower than two years earlier.",
        True,
        [("money", 11250, "GBP", None), ("percent", 14, "%", "about"), ("duration", 2, "year", None)],
        "the Heat Pump Association",
    ),
    (
        "en",
        '"Heat pumps are no longer a niche product for early adopters," the association\'s chief executive said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The industry's own goal of 450,000 installations a year by 2032 remains far out of reach.",
        True,
        [("count", 450000, None, None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "About one in 30 British homes is heated by a heat pump, against roughly three in five homes in Norway.",
        True,
        [("fraction", 0.0333, None, "about"), ("fraction", 0.6, None, "about")],
        None,
    ),
    (
        "en",
        "Installers complain that planning rules and a shortage of trained engineers are holding the market back.",
        False,
        [],
        None,
    ),
    # --- Solarzubau in Deutschland (dpa), Bonn, Januar ---
    (
        "de",
        "Bonn (dpa) - In Deutschland sind im vergangenen Jahr Solaranlagen mit einer Leistung von 19,6 Gigawatt neu ans Netz gegangen, so viel wie nie zuvor.",
        True,
        [("count", 19.6, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus vorläufigen Daten des Marktstammdatenregisters hervor, die die Bundesnetzagentur am Mittwoch veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Bundesnetzagentur wurden rund 1,12 Millionen neue Anlagen registriert, darunter gut 540.000 steckerfertige Balkonkraftwerke.",
        True,
        [("count", 1120000, None, "about"), ("count", 540000, None, "over")],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Gut ein Drittel der neuen Leistung entfiel auf Freiflächenanlagen, knapp 30 Prozent auf Gewerbedächer.",
        True,
        [("fraction", 0.3333, None, "over"), ("percent", 30, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die installierte Solarleistung stieg damit auf insgesamt 138 Gigawatt, das gesetzliche Ausbauziel für 2030 liegt bei 215 Gigawatt.",
        True,
        [("count", 138, None, None), ("year", 2030, None, None), ("count", 215, None, None)],
        None,
    ),
    (
        "de",
        "BSW-Solar-Expertin Wiebke Harmsen-Tietz sagte, bis 2030 müssten dafür jedes Jahr im Schnitt knapp 39 Gigawatt hinzukommen.",
        True,
        [("year", 2030, None, None), ("count", 39, None, "nearly")],
        "Wiebke Harmsen-Tietz",
    ),
    ("de", "„Die Sonne schickt keine Rechnung, das Netz schon“, sagte Harmsen-Tietz.", False, [], None),
    (
        "de",
        "An 538 Stunden war der Großhandelspreis für Strom im vergangenen Jahr negativ, meist an sonnigen Wochenenden zur Mittagszeit.",
        True,
        [("duration", 538, "hour", None)],
        None,
    ),
    (
        "de",
        "Der größte Solarpark des Jahres ging in Brandenburg mit 180 MWp ans Netz.",
        True,
        [("count", 180, None, None)],
        None,
    ),
    # --- Klimabilanz Österreich (APA), Wien, Jänner ---
    (
        "de",
        "Wien (APA) - Der Treibhausgasausstoß Österreichs ist im Vorjahr laut Nahzeitprognose des Umweltbundesamts auf 61,3 Mio. t CO2-Äquivalent gesunken.",
        True,
        [("count", 61300000, None, None)],
        None,
    ),
    (
        "de",
        "Das waren um 3,4 Prozent oder 2,2 Millionen Tonnen weniger als im Jahr davor, wie das Umweltbundesamt am Dienstag mitteilte.",
        True,
        [("percent", 3.4, "%", None), ("count", 2200000, None, None)],
        None,
    ),
    (
        "de",
        "Seit 1990 ist der Ausstoß um knapp 22 Prozent gesunken, während die Wirtschaftsleistung im selben Zeitraum um mehr als die Hälfte wuchs.",
        True,
        [("year", 1990, None, None), ("percent", 22, "%", "nearly"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "UBA-Klimaexpertin Theresa Kallinger-Moosbrugger sagte, den stärksten Rückgang habe mit minus 9 Prozent die Raumwärme verzeichnet.",
        True,
        [("percent", -9, "%", None)],
        "Theresa Kallinger-Moosbrugger",
    ),
    (
        "de",
        "„Einen milden Jänner dürfen wir nicht mit einer Trendwende verwechseln“, sagte Kallinger-Moosbrugger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Größter Verursacher außerhalb des Emissionshandels blieb der Verkehr mit 19,8 Millionen Tonnen.",
        True,
        [("count", 19800000, None, None)],
        None,
    ),
    (
        "de",
        "Um bis 2040 klimaneutral zu werden, müsste Österreich seine Emissionen in den kommenden elf Jahren um jährlich rund 3,5 Mio. Tonnen senken.",
        True,
        [("year", 2040, None, None), ("duration", 11, "year", None), ("count", 3500000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Klimaschutzministerin kündigte an, die Förderung für den Tausch alter Öl- und Gasheizungen heuer um weitere 240 Millionen Euro aufzustocken.",
        True,
        [("money", 240000000, "EUR", None)],
        None,
    ),
    ("de", "Die FPÖ sprach von „Klimahysterie auf Kosten der Pendlerinnen und Pendler“.", False, [], None),
    (
        "de",
        "Wifo-Ökonom Gerold Unterweger-Pichl sagte im Ö1-Morgenjournal, Ausgleichszahlungen für verfehlte EU-Ziele könnten sich bis 2030 auf bis zu 4,7 Milliarden Euro summieren.",
        True,
        [("year", 2030, None, None), ("money", 4700000000, "EUR", "up_to")],
        "Gerold Unterweger-Pichl",
    ),
    (
        "de",
        "Der nationale CO2-Preis steigt mit 1. Jänner von 62 auf 71 Euro je Tonne.",
        True,
        [("date", "--01-01", None, None), ("money", 62, "EUR", None), ("money", 71, "EUR", None)],
        None,
    ),
    # --- China's solar and wind additions (Reuters), BEIJING, Jan 24 ---
    (
        "en",
        "BEIJING, Jan 24 (Reuters) - China added a record 318 gigawatts of solar capacity last year, according to figures the National Energy Administration released on Friday.",
        True,
        [("date", "--01-24", None, None), ("count", 318, None, None)],
        None,
    ),
    (
        "en",
        "Wind additions reached 96 GW, taking the country's combined wind and solar capacity to about 2,140 GW.",
        True,
        [("count", 96, None, None), ("count", 2140, None, "about")],
        None,
    ),
    (
        "en",
        "Wind and solar together supplied about 22% of China's electricity last year.",
        True,
        [("percent", 22, "%", "about")],
        None,
    ),
    (
        "en",
        "Coal still generated 53% of China's electricity, down from 58% a year earlier.",
        True,
        [("percent", 53, "%", None), ("percent", 58, "%", None)],
        None,
    ),
    (
        "en",
        "CREA analyst Zhou Lanying said China's carbon dioxide emissions had fallen for a sixth consecutive quarter, by about 1.4% year on year.",
        True,
        [("ordinal", 6, None, None), ("percent", 1.4, "%", "about")],
        "Zhou Lanying",
    ),
    ("en", '"A peak is only a peak once you can look back on it," Zhou said.', False, [], None),
    (
        "en",
        "Allowances in China's national carbon market averaged 86.4 yuan ($11.90) a tonne last year.",
        True,
        [("money", 86.4, "CNY", None), ("money", 11.9, "USD", None)],
        None,
    ),
    # --- Photovoltaik in Österreich (APA), Wien, Februar ---
    (
        "de",
        "Wien (APA) - In Österreich wurden im Vorjahr Photovoltaikanlagen mit rund 2,3 Gigawatt Spitzenleistung neu installiert, etwas weniger als im Rekordjahr davor.",
        True,
        [("count", 2.3, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bundesverband Photovoltaic Austria zählte 96.400 neue Anlagen, knapp drei Viertel davon auf Einfamilienhäusern.",
        True,
        [("count", 96400, None, None), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "E-Control-Experte Stefan Purtscheller-Gmoser sagte, an 41 Tagen habe Österreich zu Mittag mehr Solarstrom erzeugt, als im Land verbraucht wurde.",
        True,
        [("count", 41, None, None)],
        "Stefan Purtscheller-Gmoser",
    ),
    (
        "de",
        "„Der Boom auf den Dächern braucht jetzt Speicher in den Kellern“, sagte Purtscheller-Gmoser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 1. Jänner erhalten Betreiber neuer Anlagen mit höchstens 20 Kilowatt-Peak einen Einspeisetarif von mindestens 4,1 Cent je Kilowattstunde.",
        True,
        [("date", "--01-01", None, None), ("count", 20, None, "at_most"), ("money", 0.041, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Niederösterreich lag mit 712 Megawatt Zubau an der Spitze, gefolgt von Oberösterreich mit 524 Megawatt.",
        True,
        [("count", 712, None, None), ("count", 524, None, None)],
        None,
    ),
    ("de", "Die Branche fordert seit Monaten „Planungssicherheit statt Förderlotterie“.", False, [], None),
    # --- Wärmepumpen in Deutschland (dpa), Berlin, Februar ---
    (
        "de",
        "Berlin (dpa) - Die Verkäufe von Heizungswärmepumpen haben sich in Deutschland im vergangenen Jahr kräftig erholt und sind um 49 Prozent auf 287.000 Geräte gestiegen.",
        True,
        [("percent", 49, "%", None), ("count", 287000, None, None)],
        None,
    ),
    (
        "de",
        "Damit war fast jede zweite Heizung, die neu in ein Haus kam, eine Wärmepumpe, wie der Bundesverband Wärmepumpe (BWP) mitteilte.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Marktanteil von Gasheizungen sank um 13 Prozentpunkte auf 38 Prozent.",
        True,
        [("percent", 13, "pp", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "In Bayern und Baden-Württemberg wurden zusammen rund 118.000 Wärmepumpen installiert.",
        True,
        [("count", 118000, None, "about")],
        None,
    ),
    (
        "de",
        "BWP-Sprecher Tobias Eckhoff-Lindner sagte, das Branchenziel von 400.000 Geräten pro Jahr sei frühestens 2031 erreichbar.",
        True,
        [("count", 400000, None, None), ("year", 2031, None, "at_least")],
        "Tobias Eckhoff-Lindner",
    ),
    (
        "de",
        "„Die Verunsicherung der vergangenen Jahre hat uns enorm viel Zeit gekostet“, sagte Eckhoff-Lindner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die staatliche Förderung beträgt höchstens 19.500 Euro je Wohneinheit und deckt bis zu 65 Prozent der Kosten.",
        True,
        [("money", 19500, "EUR", "at_most"), ("percent", 65, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Bei der KfW gingen im vergangenen Jahr gut 212.000 Förderanträge für den Heizungstausch ein, fast doppelt so viele wie im Vorjahr.",
        True,
        [("count", 212000, None, "over"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Eigentümerverband Haus & Grund hält das Heizungsgesetz weiterhin für „handwerklich missraten“.",
        False,
        [],
        None,
    ),
    # --- India's renewables and coal (Reuters), NEW DELHI, Feb 12 ---
    (
        "en",
        "NEW DELHI, Feb 12 (Reuters) - India's renewable energy capacity, excluding large hydropower, rose to 286 GW by the end of January, data from the Ministry of New and Renewable Energy showed.",
        True,
        [("date", "--02-12", None, None), ("count", 286, None, None)],
        None,
    ),
    (
        "en",
        "India added a record 41.2 GW of solar capacity in the 12 months to January.",
        True,
        [("count", 41.2, None, None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        "New Delhi wants non-fossil sources to reach 500 GW of capacity by 2030.",
        True,
        [("count", 500, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Coal-fired plants still produced about 71% of India's power in the year to March.",
        True,
        [("percent", 71, "%", "about")],
        None,
    ),
    (
        "en",
        "State-run Coal India plans to raise output by nearly 6% to about 880 million tonnes this fiscal year.",
        True,
        [("percent", 6, "%", "nearly"), ("count", 880000000, None, "about")],
        None,
    ),
    (
        "en",
        "IEEFA analyst Arjun Malhotra-Seth said solar tenders were clearing at about 2.6 rupees per kilowatt hour, roughly 40% below the cost of power from new coal plants.",
        True,
        [("money", 2.6, "INR", "about"), ("percent", 40, "%", "about")],
        "Arjun Malhotra-Seth",
    ),
    (
        "en",
        '"The cheapest electron in India is now a solar one, and coal knows it," Malhotra-Seth said.',
        False,
        [],
        None,
    ),
    # --- Australia's quarterly emissions and rooftop solar (AAP), CANBERRA, Feb 26 ---
    (
        "en",
        "CANBERRA, Feb 26 (AAP) - Australia's emissions fell 1.6 per cent to 419.3 million tonnes in the year to September, the latest quarterly update shows.",
        True,
        [("date", "--02-26", None, None), ("percent", 1.6, "%", None), ("count", 419300000, None, None)],
        None,
    ),
    (
        "en",
        "That leaves national emissions 29.8 per cent below 2005 levels, against a legislated target of 43 per cent by 2030.",
        True,
        [
            ("percent", 29.8, "%", None),
            ("year", 2005, None, None),
            ("percent", 43, "%", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Climate Change Authority said electricity was delivering almost all of the reduction, while transport emissions rose 2.1 per cent.",
        True,
        [("percent", 2.1, "%", None)],
        "the Climate Change Authority",
    ),
    (
        "en",
        'The Climate Change Minister said the numbers proved the government\'s plan was "working, and working faster".',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Opposition\'s energy spokesman said the target was "a fantasy households will pay dearly for".',
        False,
        [],
        None,
    ),
    (
        "en",
        "More than 4.6 million Australian homes now have rooftop solar, roughly one in three houses, according to the Clean Energy Regulator.",
        True,
        [("count", 4600000, None, "over"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Households installed about 187,000 home batteries in the six months after a federal rebate took effect on July 1.",
        True,
        [("count", 187000, None, "about"), ("duration", 6, "month", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "The rebate costs taxpayers about A$1,100 per battery on average, said Tamsin Corrigan-Yates, an energy analyst at the Grattan Institute.",
        True,
        [("money", 1100, "AUD", "about")],
        "Tamsin Corrigan-Yates",
    ),
    # --- Treibhausgasbilanz Deutschland (dpa), Dessau-Roßlau, März ---
    (
        "de",
        "Dessau-Roßlau (dpa) - Nach vorläufigen Berechnungen hat Deutschland im vergangenen Jahr rund 563 Millionen Tonnen Treibhausgase ausgestoßen, 4,1 Prozent weniger als im Jahr davor.",
        True,
        [("count", 563000000, None, "about"), ("percent", 4.1, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zum Basisjahr 1990 sind die Emissionen damit um 55,6 Prozent gesunken, teilte das Umweltbundesamt (UBA) am Donnerstag mit.",
        True,
        [("year", 1990, None, None), ("percent", 55.6, "%", None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Um das gesetzliche Ziel von minus 65 Prozent bis 2030 zu erreichen, müssten die Emissionen von nun an jedes Jahr um gut 5 Prozent sinken.",
        True,
        [("percent", -65, "%", None), ("year", 2030, None, None), ("percent", 5, "%", "over")],
        None,
    ),
    (
        "de",
        "UBA-Expertin Henrike Ostermeyer-Bloch sagte, gut zwei Drittel des Rückgangs gingen auf die Energiewirtschaft zurück, wo Kohlekraftwerke deutlich seltener liefen.",
        True,
        [("fraction", 0.6667, None, "over")],
        "Henrike Ostermeyer-Bloch",
    ),
    (
        "de",
        "„Im Stromsektor liefert die Energiewende, überall sonst tritt sie auf der Stelle“, sagte Ostermeyer-Bloch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verkehr stieß 141 Millionen Tonnen aus und verfehlte seine zulässige Jahresemissionsmenge erneut, diesmal um rund 12 Millionen Tonnen.",
        True,
        [("count", 141000000, None, None), ("count", 12000000, None, "about")],
        None,
    ),
    (
        "de",
        "Im Gebäudesektor sanken die Emissionen vor allem wegen des milden Winters um 6,8 Prozent auf 88 Millionen Tonnen.",
        True,
        [("percent", 6.8, "%", None), ("count", 88000000, None, None)],
        None,
    ),
    (
        "de",
        "Die Industrie verringerte ihren Ausstoß um 3,2 Prozent auf 152 Millionen Tonnen.",
        True,
        [("percent", 3.2, "%", None), ("count", 152000000, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Denkfabrik Agora Energiewende ist ein Viertel des Rückgangs allein der schwachen Industrieproduktion geschuldet.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Der Verkehrsclub VCD sprach von einem „Totalausfall mit Ansage“.", False, [], None),
    # --- U.S. solar installations (Reuters), WASHINGTON, March 11 ---
    (
        "en",
        "WASHINGTON, March 11 (Reuters) - The United States installed 43.7 gigawatts of solar capacity last year, 9% below the previous year's record, according to an industry report released on Tuesday.",
        True,
        [("date", "--03-11", None, None), ("count", 43.7, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Utility-scale projects made up about 71% of the total, while residential installations slumped by more than a quarter.",
        True,
        [("percent", 71, "%", "about"), ("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "en",
        "Texas installed the most solar for a third straight year, at about 9.8 GW, ahead of California with 5.1 GW.",
        True,
        [("ordinal", 3, None, None), ("count", 9.8, None, "about"), ("count", 5.1, None, None)],
        None,
    ),
    (
        "en",
        "Wood Mackenzie analyst Darius Okafor-Lind said about 18 GW of projects had been delayed by tariffs on imported cells and by slow grid connections.",
        True,
        [("count", 18, None, "about")],
        "Darius Okafor-Lind",
    ),
    (
        "en",
        '"Nobody is cancelling the energy transition, but a lot of people are pressing pause," Okafor-Lind said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Solar still accounted for 52% of all new generating capacity added to the grid, ahead of batteries at 27% and natural gas at 14%.",
        True,
        [("percent", 52, "%", None), ("percent", 27, "%", None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "en",
        "The report expects annual installations to average about 40 GW over the next five years.",
        True,
        [("count", 40, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    # --- Windkraft in Österreich (APA), Eisenstadt, März ---
    (
        "de",
        "Eisenstadt (APA) - In Österreich sind im Vorjahr 112 neue Windräder mit zusammen 598 Megawatt in Betrieb gegangen, ein Plus von 27 Prozent gegenüber dem Jahr davor.",
        True,
        [("count", 112, None, None), ("count", 598, None, None), ("percent", 27, "%", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte davon entfiel auf das Burgenland, wie die IG Windkraft am Mittwoch mitteilte.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Eine Sprecherin der IG Windkraft sagte, heuer würden voraussichtlich rund 150 Anlagen errichtet, in Kärnten aber weiterhin keine einzige.",
        True,
        [("count", 150, None, "about")],
        None,
    ),
    ("de", "„Kärnten ist beim Wind ein weißer Fleck auf der Landkarte“, sagte die Sprecherin.", False, [], None),
    (
        "de",
        "Die Windkraft deckte im Vorjahr 13,8 Prozent des heimischen Stromverbrauchs, die Wasserkraft rund 58 Prozent.",
        True,
        [("percent", 13.8, "%", None), ("percent", 58, "%", "about")],
        None,
    ),
    (
        "de",
        "Bis 2030 will Österreich seinen Strombedarf bilanziell zur Gänze aus erneuerbaren Quellen decken.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Ein Genehmigungsverfahren für einen Windpark dauert in Österreich derzeit im Schnitt sieben Jahre, in Deutschland knapp zwei Jahre.",
        True,
        [("duration", 7, "year", None), ("duration", 2, "year", "nearly")],
        None,
    ),
    # --- UK provisional emissions (PA), LONDON, March ---
    (
        "en",
        "LONDON (PA) - Territorial emissions in the UK slid 4.9 per cent last year to 338.6 MtCO2e, their lowest level since 1879, provisional Government figures show.",
        True,
        [("percent", 4.9, "%", None), ("count", 338.6, None, None), ("year", 1879, None, None)],
        None,
    ),
    (
        "en",
        "That puts emissions 54.1 per cent below 1990 levels, according to the energy department.",
        True,
        [("percent", 54.1, "%", None), ("year", 1990, None, None)],
        None,
    ),
    (
        "en",
        "Power stations accounted for less than a tenth of the total, while transport remained the biggest-emitting sector at 104.8 MtCO2e.",
        True,
        [("fraction", 0.1, None, "under"), ("count", 104.8, None, None)],
        None,
    ),
    (
        "en",
        "Emissions from buildings rose 2.3 per cent as a colder winter pushed up demand for gas heating.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        "Emissions from agriculture were broadly unchanged at 44.1 MtCO2e.",
        True,
        [("count", 44.1, None, None)],
        None,
    ),
    (
        "en",
        'The Energy Secretary said the figures showed Britain was "leading the pack, not following it".',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the Climate Change Act, the UK is legally bound to reach net zero by 2050.",
        True,
        [("year", 2050, None, None)],
        None,
    ),
    (
        "en",
        "Friends of the Earth said the fall owed more to the weather and weak factory output than to government policy.",
        True,
        [],
        "Friends of the Earth",
    ),
    ("en", 'The Conservatives called net zero "a luxury belief paid for by working families".', False, [], None),
    # --- Emissionshandel und CO2-Preis (Reuters), Frankfurt, April ---
    (
        "de",
        "Frankfurt (Reuters) - CO2-Zertifikate im europäischen Emissionshandel haben sich am Dienstag auf 96,30 Euro je Tonne verteuert, den höchsten Stand seit fast 14 Monaten.",
        True,
        [("money", 96.3, "EUR", None), ("duration", 14, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Der Terminkontrakt für Dezember schloss bei 95,88 €/t und damit gut 8 Prozent höher als eine Woche zuvor.",
        True,
        [("money", 95.88, "EUR", None), ("percent", 8, "%", "over")],
        None,
    ),
    (
        "de",
        "Händler führten den Anstieg auf die kühle Witterung und eine höhere Nachfrage von Kohlekraftwerken in Polen zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Analysten der Beratungsfirma Carbonmetrix halten bis Jahresende einen Preis von 105 Euro je Tonne für realistisch.",
        True,
        [("money", 105, "EUR", None)],
        None,
    ),
    (
        "de",
        "Einige Fonds dürften ihre Wetten auf steigende Preise bald wieder auflösen, hieß es am Markt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Gebäude und Verkehr startet ab 2028 ein zweites Emissionshandelssystem, das den nationalen CO2-Preis in Deutschland ablösen soll.",
        True,
        [("year", 2028, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "In diesem Jahr liegt der nationale CO2-Preis bei 72 Euro je Tonne, was einen Liter Benzin um knapp 20 Cent verteuert.",
        True,
        [("money", 72, "EUR", None), ("money", 0.2, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "DIW-Klimaökonomin Marlene Rosskopf-Adler sagte, bei einem Preis von 150 Euro je Tonne kämen auf einen Durchschnittshaushalt Mehrkosten von rund 560 Euro im Jahr zu.",
        True,
        [("money", 150, "EUR", None), ("money", 560, "EUR", "about")],
        "Marlene Rosskopf-Adler",
    ),
    ("de", "Rosskopf-Adler nannte ein pauschales Klimageld „den Schlüssel zur Akzeptanz“.", False, [], None),
    # --- Canada's emissions inventory (Reuters), OTTAWA, April 15 ---
    (
        "en",
        "OTTAWA, April 15 (Reuters) - Canada's greenhouse gas emissions fell to 651 megatonnes in 2027, 11.2% below 2005 levels, according to the national inventory submitted to the United Nations on Tuesday.",
        True,
        [
            ("date", "--04-15", None, None),
            ("count", 651, None, None),
            ("year", 2027, None, None),
            ("percent", 11.2, "%", None),
            ("year", 2005, None, None),
        ],
        None,
    ),
    (
        "en",
        "The oil and gas sector remained the largest source at 203 megatonnes, or nearly a third of the total.",
        True,
        [("count", 203, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Under Canadian law, the country must cut emissions 40% to 45% below 2005 levels by 2030.",
        True,
        [
            ("percent", 40, "%", None),
            ("percent", 45, "%", None),
            ("year", 2005, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "The federal benchmark for industrial carbon pricing rose to C$148 a tonne on April 1, according to Environment and Climate Change Canada.",
        True,
        [("money", 148, "CAD", None), ("date", "--04-01", None, None)],
        None,
    ),
    (
        "en",
        "Pembina Institute analyst Mathieu Carrier-Blaine said the oil sands alone would have to cut about 31 megatonnes by 2030 to stay within the proposed cap.",
        True,
        [("count", 31, None, "about"), ("year", 2030, None, None)],
        "Mathieu Carrier-Blaine",
    ),
    (
        "en",
        '"The cap is the most important climate file in this country, and it is still sitting in a drawer," Carrier-Blaine said.',
        False,
        [],
        None,
    ),
    ("en", "Alberta's premier said the province would challenge any federal emissions cap in court.", True, [], None),
    ("en", "Industry groups dismissed the cap as a production cut by another name.", False, [], None),
    # --- Wind and solar overtake coal (AP), WASHINGTON, April ---
    (
        "en",
        "WASHINGTON (AP) — Wind and solar together generated more electricity than coal in the United States for the first time last year, the Energy Information Administration said Thursday.",
        True,
        [("ordinal", 1, None, None)],
        "the Energy Information Administration",
    ),
    (
        "en",
        "Together they supplied about 19.4% of the nation's power, against 15.8% for coal, whose share is down by more than half since 2014.",
        True,
        [
            ("percent", 19.4, "%", "about"),
            ("percent", 15.8, "%", None),
            ("fraction", 0.5, None, "over"),
            ("year", 2014, None, None),
        ],
        None,
    ),
    (
        "en",
        "Utilities plan to retire about 11,300 megawatts of coal capacity this year, although several plants slated for closure have been ordered to keep running.",
        True,
        [("count", 11300, None, "about")],
        None,
    ),
    (
        "en",
        '"Coal is not coming back, no matter what anybody promises," said Kendra Alvarado-Reese, a grid analyst at the Rocky Mountain Institute.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Power demand from data centers rose about 22% last year and now makes up roughly 6% of U.S. electricity use, the agency estimated.",
        True,
        [("percent", 22, "%", "about"), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Carbon dioxide emissions from the power sector fell 3.2% to about 1.41 billion metric tons.",
        True,
        [("percent", 3.2, "%", None), ("count", 1410000000, None, "about")],
        None,
    ),
    (
        "en",
        'The Energy Secretary told reporters the administration would "not let reliable power plants be bulldozed".',
        False,
        [],
        None,
    ),
    # --- Kohleausstieg in der Lausitz (dpa), Cottbus, Mai ---
    (
        "de",
        "Cottbus (dpa) - Im Lausitzer Revier ist in der Nacht zum Samstag ein weiterer Braunkohleblock mit 465 Megawatt Leistung endgültig vom Netz gegangen.",
        True,
        [("count", 465, None, None)],
        None,
    ),
    (
        "de",
        "Der Block war 1984 in Betrieb gegangen und hatte zuletzt jährlich rund 3,1 Millionen Tonnen CO2 ausgestoßen.",
        True,
        [("year", 1984, None, None), ("count", 3100000, None, "about")],
        None,
    ),
    (
        "de",
        "Betriebsratschef Ralf Dubberke-Lenz sagte, von den 310 Beschäftigten wechselten 240 an andere Standorte, die übrigen gingen in den Vorruhestand.",
        True,
        [("count", 310, None, None), ("count", 240, None, None)],
        "Ralf Dubberke-Lenz",
    ),
    ("de", "„Hier geht heute ein Stück Lausitzer Geschichte zu Ende“, sagte Dubberke-Lenz.", False, [], None),
    (
        "de",
        "Nach dem Kohleausstiegsgesetz muss das letzte Braunkohlekraftwerk in Deutschland spätestens 2038 abgeschaltet werden.",
        True,
        [("year", 2038, None, "at_most")],
        None,
    ),
    (
        "de",
        "Auf dem Gelände soll bis 2032 ein Batteriespeicher mit 400 Megawatt Leistung und 1,6 Gigawattstunden Kapazität entstehen.",
        True,
        [("year", 2032, None, None), ("count", 400, None, None), ("count", 1.6, None, None)],
        None,
    ),
    (
        "de",
        "Gewerkschafter fürchten, dass die neuen Jobs in der Region schlechter bezahlt sein werden.",
        False,
        [],
        None,
    ),
    # --- Ireland's emissions projections (Reuters), DUBLIN, May 28 ---
    (
        "en",
        "DUBLIN, May 28 (Reuters) - Ireland is on course to cut its greenhouse gas emissions by only 27% by 2030 from 2018 levels, well short of its legally binding 51% target, the Environmental Protection Agency said on Wednesday.",
        True,
        [
            ("date", "--05-28", None, None),
            ("percent", 27, "%", None),
            ("year", 2030, None, None),
            ("year", 2018, None, None),
            ("percent", 51, "%", None),
        ],
        "the Environmental Protection Agency",
    ),
    (
        "en",
        "Agriculture, the largest source, accounts for about 36% of national emissions, driven by a herd of around 6.9 million cattle.",
        True,
        [("percent", 36, "%", "about"), ("count", 6900000, None, "about")],
        None,
    ),
    (
        "en",
        "Missing the targets could leave Ireland facing EU compliance costs of up to 6.4 billion euros, the Irish Fiscal Advisory Council has estimated.",
        True,
        [("money", 6400000000, "EUR", "up_to")],
        None,
    ),
    ("en", 'The Environment Minister said the government was "throwing everything at this".', False, [], None),
    # --- Clean energy investment (Reuters), PARIS, June 5 ---
    (
        "en",
        "PARIS, June 5 (Reuters) - Global investment in clean energy is set to reach $2.6 trillion this year, about twice the amount spent on oil, gas and coal, the International Energy Agency said on Thursday.",
        True,
        [("date", "--06-05", None, None), ("money", 2600000000000, "USD", None), ("count", 2, None, "about")],
        "the International Energy Agency",
    ),
    (
        "en",
        "Spending on electricity grids will rise about 9% to $470 billion, while investment in upstream oil is expected to fall for a second year.",
        True,
        [("percent", 9, "%", "about"), ("money", 470000000000, "USD", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "China alone accounts for almost a third of global clean energy spending, the agency said.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Africa receives less than 3% of the total despite being home to a fifth of the world's population.",
        True,
        [("percent", 3, "%", "under"), ("fraction", 0.2, None, None)],
        None,
    ),
    ("en", 'The agency\'s executive director said the world was entering "the age of electricity".', False, [], None),
    # --- EU carbon market emissions (Reuters), BRUSSELS, June 17 ---
    (
        "en",
        "BRUSSELS, June 17 (Reuters) - Emissions from installations in the EU's emissions trading system fell 6.1% last year, European Commission data showed on Tuesday.",
        True,
        [("date", "--06-17", None, None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "en",
        "Emissions from power and heat plants dropped by about 11% as the share of renewables in EU power generation rose 3.4 percentage points to 52.1%.",
        True,
        [("percent", 11, "%", "about"), ("percent", 3.4, "pp", None), ("percent", 52.1, "%", None)],
        None,
    ),
    (
        "en",
        "Aviation emissions covered by the system rose 5.3% as flight numbers recovered.",
        True,
        [("percent", 5.3, "%", None)],
        None,
    ),
    (
        "en",
        "The benchmark December contract traded at €84.15/t, down about a fifth since January.",
        True,
        [("money", 84.15, "EUR", None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "The bloc's overall emissions are now roughly 39% below 1990 levels, against a legally binding goal of at least 55% by 2030.",
        True,
        [
            ("percent", 39, "%", "about"),
            ("year", 1990, None, None),
            ("percent", 55, "%", "at_least"),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        'The EU\'s climate commissioner said the figures showed that "growth and climate protection are not enemies".',
        False,
        [],
        None,
    ),
    ("en", "Heating and road fuels get their own carbon market from 2028.", True, [("year", 2028, None, None)], None),
    # --- Offshore-Auktion in der Nordsee (dpa), Hamburg, Juni ---
    (
        "de",
        "Hamburg (dpa) - Bei der jüngsten Ausschreibung für Windparks in der Nordsee hat die Bundesnetzagentur zwei Flächen mit zusammen 2,5 Gigawatt vergeben.",
        True,
        [("count", 2, None, None), ("count", 2.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Bieter zahlen dafür insgesamt 1,84 Milliarden Euro, deutlich weniger als bei den Auktionen vor zwei Jahren.",
        True,
        [("money", 1840000000, "EUR", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Für eine dritte Fläche mit 1 Gigawatt ging kein einziges Gebot ein.",
        True,
        [("ordinal", 3, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Flächen liegen rund 120 Kilometer nordwestlich von Helgoland, der Netzanschluss ist für 2033 vorgesehen.",
        True,
        [("count", 120, None, "about"), ("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "Branchensprecher Hauke Rieckmann-Sieg sagte, bis 2030 würden statt der gesetzlich angestrebten 30 Gigawatt wohl nur knapp 20 Gigawatt auf See stehen.",
        True,
        [("year", 2030, None, None), ("count", 30, None, None), ("count", 20, None, "nearly")],
        "Hauke Rieckmann-Sieg",
    ),
    (
        "de",
        "„Dieses Auktionsdesign schreckt Investoren ab, und das weiß man in Bonn seit Jahren“, sagte Rieckmann-Sieg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit drehen sich vor der deutschen Küste 1.742 Windräder mit einer Leistung von 9,9 Gigawatt.",
        True,
        [("count", 1742, None, None), ("count", 9.9, None, None)],
        None,
    ),
    ("de", "Ob die Fläche im Herbst erneut ausgeschrieben wird, ließ die Behörde offen.", False, [], None),
    # --- Prüfbericht des Expertenrats für Klimafragen (dpa), Berlin, Juni ---
    (
        "de",
        "Berlin (dpa) - Der Expertenrat für Klimafragen hält es für wahrscheinlich, dass Deutschland die zulässigen Emissionsmengen bis 2030 um insgesamt rund 190 Millionen Tonnen überschreitet.",
        True,
        [("year", 2030, None, None), ("count", 190000000, None, "about")],
        None,
    ),
    (
        "de",
        "Das geht aus dem 142 Seiten starken Prüfbericht hervor, den das Gremium am Montag vorlegte.",
        True,
        [("count", 142, None, None)],
        None,
    ),
    (
        "de",
        "Im Gebäudesektor sieht der Rat bis 2030 eine Lücke von 38 bis 45 Millionen Tonnen.",
        True,
        [("year", 2030, None, None), ("count", 38000000, None, None), ("count", 45000000, None, None)],
        None,
    ),
    (
        "de",
        "Öko-Institut-Forscherin Konstanze Weidenhöfer-Raab sagte, allein im Verkehr werde die Lücke bis 2030 rund 115 Millionen Tonnen betragen.",
        True,
        [("year", 2030, None, None), ("count", 115000000, None, "about")],
        "Konstanze Weidenhöfer-Raab",
    ),
    (
        "de",
        "„Das Programm der Regierung ist eine Sammlung guter Absichten, aber kein Plan“, sagte Weidenhöfer-Raab.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Klimaschutzgesetz muss Deutschland bis 2045 klimaneutral sein und seine Emissionen bis 2040 um 88 Prozent gegenüber 1990 senken.",
        True,
        [
            ("year", 2045, None, None),
            ("year", 2040, None, None),
            ("percent", 88, "%", None),
            ("year", 1990, None, None),
        ],
        None,
    ),
    (
        "de",
        "Das Gremium empfiehlt unter anderem, eine Kaufprämie für Elektroautos für Haushalte mit geringem Einkommen einzuführen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Bundesumweltministerium nannte den Bericht „eine ernste Mahnung, aber kein Grund zur Resignation“.",
        False,
        [],
        None,
    ),
    # --- CO2-Statistik der Schweiz (Keystone-SDA), Bern, Juli ---
    (
        "de",
        "Bern (Keystone-SDA) - Aus Heizöl und Erdgas hat die Schweiz im vergangenen Jahr witterungsbereinigt 4,6 Prozent weniger CO2 ausgestossen.",
        True,
        [("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Gegenüber 1990 beträgt der Rückgang bei den Brennstoffen damit 41 Prozent, wie das Bafu am Dienstag bekanntgab.",
        True,
        [("year", 1990, None, None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "de",
        "Beim Verkehr lag der Ausstoss dagegen nur 6 Prozent unter dem Wert von 1990, obwohl der Anteil der Elektroautos an den Neuzulassungen auf 31,5 Prozent stieg.",
        True,
        [("percent", 6, "%", None), ("year", 1990, None, None), ("percent", 31.5, "%", None)],
        None,
    ),
    (
        "de",
        "Die CO2-Abgabe auf Brennstoffe steigt gemäss Bundesrat per 1. Januar 2030 von 126 auf 138 Franken pro Tonne, weil das Zwischenziel verfehlt wurde.",
        True,
        [("date", "2030-01-01", None, None), ("money", 126, "CHF", None), ("money", 138, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bafu-Klimaexpertin Rahel Zumsteg-Gasser sagte, im Inland stosse die Schweiz pro Kopf mittlerweile 4,2 Tonnen CO2-Äquivalent aus.",
        True,
        [("count", 4.2, None, None)],
        "Rahel Zumsteg-Gasser",
    ),
    (
        "de",
        "«Beim Heizen sind wir auf Kurs, auf der Strasse treten wir an Ort», sagte Zumsteg-Gasser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das CO2-Gesetz verlangt bis 2030 eine Halbierung der Emissionen gegenüber 1990, wobei ein Teil im Ausland kompensiert werden darf.",
        True,
        [("year", 2030, None, None), ("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss der Fachvereinigung Wärmepumpen Schweiz wurden im Vorjahr 41'800 Wärmepumpen verkauft, rund 3 Prozent weniger als im Rekordjahr davor.",
        True,
        [("count", 41800, None, None), ("percent", 3, "%", "about")],
        None,
    ),
    ("de", "Die SVP bezeichnete die Abgabe als «Strafsteuer für den Mittelstand».", False, [], None),
    # --- Climate Change Committee progress report (PA), LONDON, July ---
    (
        "en",
        "LONDON (PA) - The UK is on track for only about half of the emissions cuts needed to meet its 2030 target, the Climate Change Committee has warned.",
        True,
        [("fraction", 0.5, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "In its annual progress report to Parliament, the committee said electric cars had made up 34 per cent of new registrations, short of the 38 per cent it had expected.",
        True,
        [("percent", 34, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "CCC analyst Priya Wetherall-Nash said heat pump installations would need to rise roughly fivefold, to about 650,000 a year, by 2030.",
        True,
        [("count", 5, None, "about"), ("count", 650000, None, "about"), ("year", 2030, None, None)],
        "Priya Wetherall-Nash",
    ),
    (
        "en",
        '"The easy wins have been banked, and what is left is harder and closer to home," Wetherall-Nash said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The seventh carbon budget, covering 2038-42, limits emissions to 498 MtCO2e over the five years.",
        True,
        [
            ("ordinal", 7, None, None),
            ("year", 2038, None, None),
            ("year", 2042, None, None),
            ("count", 498, None, None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The committee found that 18 of the 47 indicators it tracks were on schedule.",
        True,
        [("count", 18, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        'A Department for Energy Security and Net Zero spokesperson said ministers would "study the report carefully".',
        False,
        [],
        None,
    ),
    # --- Alpine Solaranlage im Wallis (Keystone-SDA), Sitten, August ---
    (
        "de",
        "Sitten (Keystone-SDA) - Im Wallis ist die erste grosse alpine Solaranlage der Schweiz auf 2300 Metern über Meer vollständig in Betrieb gegangen.",
        True,
        [("ordinal", 1, None, None), ("count", 2300, None, None)],
        None,
    ),
    (
        "de",
        "Die Anlage hat eine Leistung von 11 Megawatt und soll jährlich rund 16 Gigawattstunden Strom liefern, gut 40 Prozent davon im Winterhalbjahr.",
        True,
        [("count", 11, None, None), ("count", 16, None, "about"), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Das entspricht gemäss den Betreibern dem Verbrauch von rund 3600 Haushalten.",
        True,
        [("count", 3600, None, "about")],
        None,
    ),
    (
        "de",
        "Swissolar-Sprecher Linus Bächtiger-Roth sagte, von den ursprünglich rund 50 angekündigten alpinen Projekten seien noch 14 in Planung.",
        True,
        [("count", 50, None, "about"), ("count", 14, None, None)],
        "Linus Bächtiger-Roth",
    ),
    ("de", "«Aus dem Solarexpress ist ein Bummelzug geworden», sagte Bächtiger-Roth.", False, [], None),
    (
        "de",
        "Insgesamt produzierte die Schweiz im Vorjahr 7,4 Terawattstunden Solarstrom, was rund 12 Prozent des Landesverbrauchs entspricht.",
        True,
        [("count", 7.4, None, None), ("percent", 12, "%", "about")],
        None,
    ),
    (
        "de",
        "Eine Studie der ETH Zürich zeigt, dass Solarmodule in den Alpen im Winter bis zu dreimal so viel Strom liefern wie im Mittelland.",
        True,
        [("count", 3, None, "up_to")],
        None,
    ),
    ("de", "Naturschützer befürchten, dass die Anlagen unberührte Berglandschaften zerschneiden.", False, [], None),
    # --- California carbon auction (Reuters), SACRAMENTO, Aug 20 ---
    (
        "en",
        "SACRAMENTO, Calif., Aug 20 (Reuters) - California's quarterly carbon allowance auction cleared at $34.60 a tonne, up from $29.85 in May, the state Air Resources Board said.",
        True,
        [("date", "--08-20", None, None), ("money", 34.6, "USD", None), ("money", 29.85, "USD", None)],
        None,
    ),
    (
        "en",
        "All 51.2 million current allowances on offer were sold, raising about $1.1 billion for the state's climate investment fund.",
        True,
        [("count", 51200000, None, None), ("money", 1100000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Under state law, California must reduce emissions to 40% below 1990 levels by 2030 and become carbon neutral by 2045.",
        True,
        [
            ("percent", 40, "%", None),
            ("year", 1990, None, None),
            ("year", 2030, None, None),
            ("year", 2045, None, None),
        ],
        None,
    ),
    (
        "en",
        "Halberd Energy analyst Naomi Kessler-Wray said the price could reach $45 by the end of next year if lawmakers tighten the supply of allowances.",
        True,
        [("money", 45, "USD", None)],
        "Naomi Kessler-Wray",
    ),
    (
        "en",
        "Environmental justice groups have long argued that the program lets refineries keep polluting poorer neighborhoods.",
        False,
        [],
        None,
    ),
    ("en", "The next auction is scheduled for Nov. 19.", True, [("date", "--11-19", None, None)], None),
    # --- An Australian miner's climate report (AAP), SYDNEY, August ---
    (
        "en",
        "SYDNEY (AAP) - Miner Kestrel Ridge Resources says it has cut its Scope 1 and 2 emissions by 23 per cent since 2020, to 6.4 million tonnes.",
        True,
        [("percent", 23, "%", None), ("year", 2020, None, None), ("count", 6400000, None, None)],
        None,
    ),
    (
        "en",
        "Its Scope 3 emissions, released when customers turn its iron ore into steel, rose 4 per cent to 412 million tonnes, the company's annual climate report shows.",
        True,
        [("percent", 4, "%", None), ("count", 412000000, None, None)],
        None,
    ),
    ("en", "The report does not set a target for cutting Scope 3 emissions.", True, [], None),
    (
        "en",
        "Methane released at its two coal mines fell 12 per cent to 37 kt.",
        True,
        [("count", 2, None, None), ("percent", 12, "%", None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "The company shipped 286 million tonnes of iron ore in the year to June.",
        True,
        [("count", 286000000, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Bronwyn Tasker-Hale said the company would spend A$1.2 billion on electric haul trucks and solar power at its mines by 2030.",
        True,
        [("money", 1200000000, "AUD", None), ("year", 2030, None, None)],
        "Bronwyn Tasker-Hale",
    ),
    ("en", '"We can only decarbonise the part of the chain we own," Tasker-Hale said.', False, [], None),
    (
        "en",
        "About 38 per cent of shareholders voted against the company's climate plan at last year's annual meeting.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "en",
        'Shareholder activists called the report "a masterclass in leaving out the inconvenient bits".',
        False,
        [],
        None,
    ),
    # --- Britain's offshore wind auction (Reuters), LONDON, Sept 3 ---
    (
        "en",
        "LONDON, Sept 3 (Reuters) - Britain handed out contracts for 9.4 gigawatts of offshore wind in its latest renewable power auction, the largest round yet, the government said on Wednesday.",
        True,
        [("date", "--09-03", None, None), ("count", 9.4, None, None)],
        None,
    ),
    (
        "en",
        "The winning projects will receive a guaranteed price of £71.80 per megawatt hour in 2024 prices, up from £58.90 in the previous round.",
        True,
        [("money", 71.8, "GBP", None), ("year", 2024, None, None), ("money", 58.9, "GBP", None)],
        None,
    ),
    (
        "en",
        "RenewableUK said the new wind farms would generate enough electricity for about 10 million homes and sustain some 14,000 jobs.",
        True,
        [("count", 10000000, None, "about"), ("count", 14000, None, "about")],
        "RenewableUK",
    ),
    (
        "en",
        "Britain has about 17.2 GW of offshore wind turbines in operation and wants to roughly triple that by 2030.",
        True,
        [("count", 17.2, None, "about"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Northbrook Commodities analyst Gideon Ashcombe-Rae said the higher price would add roughly £9 a year to the average household bill by the early 2030s.",
        True,
        [("money", 9, "GBP", "about")],
        "Gideon Ashcombe-Rae",
    ),
    (
        "en",
        '"Consumers are paying for certainty, and certainty is cheaper than a gas shock," Ashcombe-Rae said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fishing crews in the North Sea fear the new arrays will push them out of their traditional grounds.",
        False,
        [],
        None,
    ),
    # --- A wind farm scrapped off Massachusetts (AP), BOSTON, September ---
    (
        "en",
        "BOSTON (AP) — A developer has scrapped plans for a 1,200-megawatt wind farm off Massachusetts, citing higher interest rates and a federal halt on new permits.",
        True,
        [("count", 1200, None, None)],
        None,
    ),
    (
        "en",
        "The project would have supplied power to roughly 700,000 homes from 2031.",
        True,
        [("count", 700000, None, "about"), ("year", 2031, None, None)],
        None,
    ),
    ("en", "The developer said it would try to sell its federal lease to another company.", True, [], None),
    (
        "en",
        "State officials said Massachusetts still intends to buy about 4,000 megawatts of offshore wind power by 2033.",
        True,
        [("count", 4000, None, "about"), ("year", 2033, None, None)],
        None,
    ),
    ("en", '"This is a setback, not a surrender," the governor said.', False, [], None),
    (
        "en",
        "Several Nantucket residents welcomed the decision, saying the turbines would have spoiled the view.",
        False,
        [],
        None,
    ),
    # --- The UN climate summit opens (AFP, Reuters), CARTAGENA, Nov 9 ---
    (
        "en",
        "CARTAGENA, Colombia, Nov 9 (AFP) - Nearly 200 countries opened two weeks of UN climate talks on Monday as new data showed fossil fuel emissions hitting a record 38.9 GtCO2 this year.",
        True,
        [
            ("date", "--11-09", None, None),
            ("count", 200, None, "nearly"),
            ("duration", 2, "week", None),
            ("count", 38.9, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Global Carbon Project estimates that, at this year's pace, the world will use up within about four years the carbon budget that gives even odds, a 50% chance, of holding the rise to 1.5C.",
        True,
        [("duration", 4, "year", "about"), ("percent", 50, "%", None), ("count", 1.5, None, None)],
        None,
    ),
    (
        "en",
        "Lead author Halvard Nyquist-Boone said emissions from coal had risen 0.8% while those from natural gas climbed 2.4%.",
        True,
        [("percent", 0.8, "%", None), ("percent", 2.4, "%", None)],
        "Halvard Nyquist-Boone",
    ),
    ("en", '"We are still heading the wrong way, just more slowly," Nyquist-Boone said.', False, [], None),
    (
        "en",
        "The Colombian government said roughly 52,000 participants had signed up for the talks.",
        True,
        [("count", 52000, None, "about")],
        None,
    ),
    (
        "en",
        "Only 84 of the 195 parties had submitted updated national climate plans by the start of the conference, according to the UN climate secretariat.",
        True,
        [("count", 84, None, None), ("count", 195, None, None)],
        None,
    ),
    (
        "en",
        "Fijian negotiator Mereani Tuilagi-Ravu told Reuters that sea levels around some islands had risen about 18 centimetres since 1993.",
        True,
        [("count", 18, None, "about"), ("year", 1993, None, None)],
        "Mereani Tuilagi-Ravu",
    ),
    # --- Klimaschutz-Index und Weltklimakonferenz (dpa), Cartagena, November ---
    (
        "de",
        "Cartagena (dpa) - Deutschland ist im neuen Klimaschutz-Index der Organisation Germanwatch um zwei Plätze auf Rang 14 zurückgefallen.",
        True,
        [("count", 2, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die ersten drei Plätze blieben erneut unbesetzt, weil nach Angaben von Germanwatch kein Staat auf einem Pfad zum 1,5-Grad-Ziel ist.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 1.5, None, None)],
        "Germanwatch",
    ),
    (
        "de",
        "Germanwatch-Experte Ole Brinkschulte-Meyer sagte, Deutschland habe vor allem wegen steigender Emissionen im Verkehr an Boden verloren.",
        True,
        [],
        "Ole Brinkschulte-Meyer",
    ),
    (
        "de",
        "„Wer im Verkehr stillsteht, rutscht im Ranking ab, so einfach ist das“, sagte Brinkschulte-Meyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der 34. Weltklimakonferenz nehmen nach UN-Angaben rund 46.000 Menschen aus 194 Staaten teil.",
        True,
        [("ordinal", 34, None, None), ("count", 46000, None, "about"), ("count", 194, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesregierung sagte in Cartagena zu, ihre Klimafinanzierung bis 2030 auf acht Milliarden Euro im Jahr aufzustocken.",
        True,
        [("year", 2030, None, None), ("money", 8000000000, "EUR", None)],
        None,
    ),
    ("de", "Entwicklungsorganisationen sprachen von einem „Versprechen ohne Unterschrift“.", False, [], None),
    # --- Klimademonstration (dpa), Berlin, November ---
    (
        "de",
        "Berlin (dpa) - Zum Auftakt der zweiten Konferenzwoche haben in Berlin nach Polizeiangaben rund 18.000 Menschen für mehr Klimaschutz demonstriert.",
        True,
        [("ordinal", 2, None, None), ("count", 18000, None, "about")],
        None,
    ),
    (
        "de",
        "Die 24-jährige Fridays-for-Future-Sprecherin Lina Abendroth-Kaya sagte, es seien mehr als 30.000 Teilnehmende gewesen.",
        True,
        [("duration", 24, "year", None), ("count", 30000, None, "over")],
        "Lina Abendroth-Kaya",
    ),
    (
        "de",
        "„Ihr verhandelt über Kommas, wir über unsere Zukunft“, skandierten die Demonstrierenden vor dem Kanzleramt.",
        False,
        [],
        None,
    ),
    ("de", "Der Demonstrationszug war gut vier Kilometer lang.", True, [("count", 4, None, "over")], None),
    # --- The summit ends (Reuters), CARTAGENA, Nov 21 ---
    (
        "en",
        "CARTAGENA, Colombia, Nov 21 (Reuters) - The summit ended late on Saturday more than 28 hours past its scheduled close with a deal to triple adaptation finance to $120 billion a year by 2035.",
        True,
        [
            ("date", "--11-21", None, None),
            ("duration", 28, "hour", "over"),
            ("money", 120000000000, "USD", None),
            ("year", 2035, None, None),
        ],
        None,
    ),
    (
        "en",
        "Saudi Arabia's delegation blocked any mention of moving away from fossil fuels in the final text, three negotiators told Reuters.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    ("en", 'Oxfam called the deal "a plaster on a wound that keeps getting deeper".', False, [], None),
    ("en", 'Thousands of marchers chanted "No more empty promises!" outside the venue.', False, [], None),
    # --- Ende der Weltklimakonferenz, Reaktionen (APA, Keystone-SDA), Wien und Bern, November ---
    (
        "de",
        "Wien (APA) - Die 34. Weltklimakonferenz im kolumbianischen Cartagena ist in der Nacht auf Sonntag mit gut 30 Stunden Verspätung zu Ende gegangen.",
        True,
        [("ordinal", 34, None, None), ("duration", 30, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die knapp 200 Staaten einigten sich darauf, die weltweite Kapazität erneuerbarer Energien bis 2035 auf 15.000 Gigawatt zu steigern.",
        True,
        [("count", 200, None, "nearly"), ("year", 2035, None, None), ("count", 15000, None, None)],
        None,
    ),
    ("de", "Ein konkretes Datum für den Ausstieg aus fossilen Brennstoffen nennt der Beschluss nicht.", True, [], None),
    ("de", "Die Klimaschutzministerin nannte das Ergebnis „enttäuschend, aber nicht wertlos“.", False, [], None),
    (
        "de",
        "Österreich hatte in Cartagena zugesagt, bis 2030 insgesamt 340 Millionen Euro in den Grünen Klimafonds einzuzahlen.",
        True,
        [("year", 2030, None, None), ("money", 340000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bern (Keystone-SDA) - Das Schweizer Delegationsmitglied Mauro Casanova-Steiner sagte, der Schweizer Beitrag zur internationalen Klimafinanzierung bleibe bei rund 450 Millionen Franken pro Jahr.",
        True,
        [("money", 450000000, "CHF", "about")],
        "Mauro Casanova-Steiner",
    ),
    (
        "de",
        "«Wir haben verhindert, dass es schlechter wird, mehr lag nicht drin», sagte Casanova-Steiner.",
        False,
        [],
        None,
    ),
]
