"""Five-hundred-and-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear nowhere, and the
holders of real offices appear only by their role („die Innensenatorin“, „der
Landesvorsitzende des Bundesverbands WindEnergie“, "the governor", "the Transport
Secretary", "the state's energy minister", "The federal energy minister", "ERCOT's chief
executive") or under made-up names that stand for no real holder (a department head of the
Bundesnetzagentur, board members of the Austrian Power Grid, the E-Control and the BBT SE, a
project head of the Astra, an energy market analyst of a made-up bank, Tennet's offshore
chief, the Deutsche Bahn's infrastructure board member, the ElCom's managing director, a
Stromnetz Berlin spokesman, the FNB Gas's managing director, a SuedOstLink project
spokeswoman, the SBB's infrastructure chief, Amprion's finance chief, a managing director of
the Autobahn GmbH; an analyst of a made-up consultancy, the chief executives of HS2,
Transgrid, Snowy Hydro, EirGrid, the Stretto di Messina company and a made-up developer, a
gas analyst, a partner of a made-up law firm, a PG&E spokeswoman, a CGT representative, an
Aslef organiser, a security researcher and a power analyst).

Names: Cornelius Haferkamp-Yeboah, Rosalinde Aichhorn-Mbeki, Ladina Caduff-Nyamekye, Till
Ostendarp-Quaye, Jasper Wiegmann-Adu, Henrietta Salbeck-Oduro, Ferdinand Unterkircher-Nwosu,
Flurina Gadient-Mwangi, Konstantin Habermehl-Asamoah, Annegret Vollmering-Osagie, Veronika
Tiefenthaler-Ansah, Bernhard Pichlmayr-Acheampong, Annina Tscharner-Obuya, Ilka
Brenninkmeyer-Tetteh and Gernot Hülsewede-Kamara; Imogen Fairclough-Adjei, Hartley
Penrose-Adeyemi, Saoirse Vantongeren-Mba, Malcolm Beaurepaire-Nkosi, Declan Mehrotra-Shaw,
Corinna Valdespino-Hurst, Mathilde Quérou-Benali, Wendell Ashbrook-Nunes, Eero
Lindqvist-Amoah, Dorian Kellaway-Mensah, Lorenzo Achebe-Whitfield, Fionnuala
Braddock-Asante, Raffaele Santangelo-Mbatha and Tobias Okonkwo-Lindgren are invented, and so
are the firms (the Ravensberger Bank, Kestrelmoor Energy, Salterhaven Commodities, the law
firm Marwood Tennant, Caldergate Research and the developer Cottonwood Plains Transmission),
with every unnamed trader, analyst, campaigner, resident, farmer, landowner and official.
Real states, bodies, firms, unions, parties, projects, exchanges, indices and places (Bonn,
the Bundesnetzagentur, BNetzA, SuedLink, the Bundesbedarfsplan, Redispatch, the
Bundesverband Erneuerbare Energie, Wien, the Austrian Power Grid APG, the Tiroler Unterland,
the Burgenland, the E-Control, the Arbeiterkammer, Bern, the Bundesamt für Strassen Astra,
the Gotthard, the Alpen-Initiative, Frankfurt, the EEX, the TTF, Norwegen, the Initiative
Energien Speichern INES, the Emissionshandel, Hamburg, the Nordsee and Ostsee, Tennet,
Berlin, the Deutsche Bahn, Nürnberg, Regensburg, Ingolstadt, the Riedbahn, Pro Bahn,
Innsbruck, the Brenner Basistunnel and the BBT SE, Franzensfeste, München, Rosenheim, the
Transitforum, the Eidgenössische Elektrizitätskommission ElCom, the Stiftung für
Konsumentenschutz, Stromnetz Berlin, Spandau, Haselhorst, Siemensstadt, Marzahn, the
Staatsschutz, the Wasserstoff-Kernnetz, the Vereinigung der Fernleitungsnetzbetreiber Gas
FNB Gas, the Bund, Bayern, Niedersachsen, SuedOstLink, Landshut, the Altmühltal, the
Bundesverband WindEnergie, the Österreichische Energieagentur with its ÖSPI and ÖGPI,
Zürich, Winterthur, the Brüttener Tunnel, the SBB, the Kanton Zürich, Dortmund, Amprion,
A-Nord, Emden, the Rheinland, the Autobahn GmbH, the Bundesverkehrsministerium, the
Talbrücke Rahmede, the A45, the ADAC; London, Britain, the National Energy System Operator
NESO, LSEG, the Highlands, Austin, Texas, the Electric Reliability Council of Texas ERCOT,
West Texas, HS2, Birmingham, the Transport Committee, the Department for Transport, the
Conservatives, the Midlands, Oslo, Gassco, Equinor, the Troll field, Kollsnes, Gas
Infrastructure Europe, the EU, Sydney, the Snowy Mountains, Transgrid, the Australian Energy
Market Operator, Ofgem, San Francisco, Pacific Gas and Electric, PG&E, Northern California,
Mount Diablo, Calistoga, the National Weather Service, Paris, the CGT, EDF, Gravelines,
Cattenom, Tricastin, RTE, Aslef, Southeastern, Southern, Thameslink, the Rail Delivery
Group, Helsinki, Finland, Estonia, the Baltic Sea, Fingrid, Elering, NATO, the Finnish
Institute of International Affairs, the Gulf of Finland, Canberra, Snowy 2.0, Snowy Hydro,
Washington, the Energy Information Administration, Dublin, the Celtic Interconnector,
Ireland, France, EirGrid, Cork, Brittany, the Commission for Regulation of Utilities, Rome,
Italy, the Strait of Messina, Stretto di Messina, Villa San Giovanni, Messina, Omaha,
Kansas, Nebraska, Chicago, Missouri, MISO, and the datelines' cities) stand for the way wire
copy names them; every length, capacity, output, price, tariff, cost, overrun, delay,
budget, investment, result, share, count of households, customers, turbines, bridges,
services and jobs, every date and quote here is invented, and where a real figure came to
mind (a real length of a tunnel, a cable or a line, a real capacity of a plant or an
interconnector, a real cost estimate or its year, a real demand record, a real price cap, a
real bridge target, a real grid length, a real count of corridors) it was changed. Kept as
the fact it is: the German statutory goal of 30 gigawatts of offshore wind by 2030.

Its weight: ENERGY, GRIDS AND INFRASTRUCTURE - the first round under this joined heading,
weighing grids and their build-out beside power and gas prices and the rail and road
projects with their budgets and delays (the fifty-seventh batch weighed energy systems,
emissions and environment in their units, the hundred-twenty-sixth and
two-hundred-and-fourteenth energy prices and heating, the hundred-sixty-seventh and
two-hundred-and-ninety-fifth the energy transition, the two-hundred-and-seventy-first energy
companies and utilities, the three-hundred-and-seventeenth energy prices and household
bills, the three-hundred-and-forty-fifth oil, gas and electricity markets, the
three-hundred-and-ninety-fourth energy supply and prices, the four-hundred-and-forty-eighth
energy prices, utilities and household bills and the four-hundred-and-eighty-fifth climate
policy, emissions and the energy transition; the forty-eighth public transport, rail,
aviation, shipping and strikes, the hundred-fifth infrastructure projects and municipal
budgets, the hundred-twenty-fifth air and rail travel, the two-hundred-and-sixth railways,
airlines and transport strikes, the four-hundred-and-first railways, public transport and
roads and the four-hundred-and-seventy-seventh aviation, railways and public transport;
their decisions are kept, those of the three-hundred-and-ninety-fourth,
four-hundred-and-forty-eighth, four-hundred-and-seventy-seventh and
four-hundred-and-eighty-fifth first of all) - three wire weeks, Monday, September 6, to
Friday, September 24, 2027, as 30 short stories in date order with the German and English
desks interleaved, each told as wire copy runs it (a dateline lead with the length, the
capacity, the price or the cost, the figures behind it, attributed claims, quotes, the other
side): German grid build-out, a British wind record with day-ahead prices, the Austrian grid
development plan, a Texas demand record, the second Gotthard road tube, HS2's cost and
delay, power and gas on the forward market, a Norwegian gas outage, delayed offshore grid
connections, an Australian transmission overrun, a five-month closure of a German rail line,
Britain's grid connection queue, the Brenner Base Tunnel, California power shutoffs, Swiss
power tariffs for 2028, French nuclear strikes, an arson blackout in Berlin, a train
drivers' strike in southern England, the German hydrogen core network, a Baltic power cable
fault, wind and solar in Bavaria, Snowy 2.0's new estimate, the Austrian power price index,
U.S. solar and storage additions, the Brüttener Tunnel, the Celtic Interconnector, Amprion's
half year, the Messina bridge, the German motorway bridge report and a U.S. transmission
line approval. Half German (dpa with its regional slugs "dpa/lno" and "dpa/lby", dpa-AFX,
Reuters German, APA, Keystone-SDA; Austrian „heuer“, „380-kV-Leitung“, Swiss
„Strassenröhre“, „18'300“ and „26'000“ with the apostrophe, „4500“ without a separator,
„Rappen“, „Grosshandelsmärkten“, „Grösse“, „Grossraum“, „Einsprachen“, „an einer
Medienkonferenz“, «» quotes; German „“ quotes), half English (Reuters with dated datelines,
AP, PA, AAP with and without a day; British "pounds per megawatt hour", "£68,000", "per
cent", "Friday 24 September", "rest-day working", U.S. "mph", "108 degrees", "cents per
kilowatt-hour", "data centers", "fall", "$4,500 per megawatt-hour cap", Australian "A$",
"labour", "landholders", "blown out", Irish "€1.9 billion"). Figures as such copy has them:
lengths of lines, cables, tunnels and routes in kilometres, miles and „Leitungskilometern“,
also heading a compound ("the 372-kilometre line", "the 158-km cable", "an 810-mile
high-voltage line", „Der 61 Kilometer lange Haupttunnel“); capacity and output in megawatts
and gigawatts, energy in gigawatt and terawatt hours, gas flows in cubic metres a day,
voltages in kilovolts („380-kV-Leitung“, „110-Kilovolt-Kabel“); prices per megawatt hour and
per kilowatt hour in euros, pounds, dollars, Cent, Rappen and U.S. cents; costs, overruns,
budgets, investment, bonds and results in euros, francs, pounds, dollars and Australian
dollars; delays and closures as spans in months and years, opening and target years, a bound
on a year; storage and shares in percent, a move in percentage points, fractions in words;
strikes with their length and date, outages with households and businesses, shutoffs with
customers and counties; multiples, ordinals, hedges and ranges. Speakers as such copy has
them: regulators, grid operators, an operator of a railway, a union, companies and agencies
with „teilte ... mit“ and "said", executives, spokespeople, analysts and a researcher with
their titles dropped, and beside them the forms left unchecked (descriptions before a name,
roles, pronouns, plans and expectations, data, documents, „hieß es“, „beziffert“, „rechnet
damit“, compounds, "confirmed", "announced", "has estimated", "according to"). Negatives as
such copy has them - 55 rows, none with a figure: executives', analysts' and spokespeople's
rhetoric in quotes, labels („sprach von“, „sprachen von“, „nannte“, "called"), a warning
naming no measure, traders' cited reasons, a verdict with „halten ... für“, a complaint, the
rhetoric of roles, a vox pop and views and forecasts without a figure told as reports, each
near a check-worthy look-alike from the same story.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 337 expected quantities (131 counts,
58 amounts of money - 32 EUR, 11 CHF, 5 AUD, 5 GBP, 5 USD -, 47 years, 43 percentages - 42
in "%", 1 in percentage points "pp" -, 31 durations - 10 in years, 8 in months, 4 in hours,
3 in weeks, 3 in days, 3 in minutes -, 11 dates - 0 with a year, 11 without -, 8 ordinals, 8
fractions; 134 of them hedged: 87 "about", 20 "over", 15 "up_to", 7 "nearly", 3 "at_least",
2 "under"; none of them in a negative), 36 checked speakers (17 German, 19 English). These
counts were computed by a script over the list below.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains. The made-up names and firms were
checked against tests/; as written here (the double-barrelled names whole, the firms by
their full names) they are in use nowhere else, and a developer's name and a commodities
firm's name already in use elsewhere were replaced by fresh ones before the commit.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):

- A row is one sentence and is judged alone (sixteenth batch), its semicolons, colons and
  brackets included. A quoted or reported evaluation, label, boast, creed, warning naming no
  measure, verdict, complaint, view or forecast without a figure, or piece of rhetoric is a
  negative with speaker None, also with a named speaker (seventh, ninety-eighth,
  three-hundred-and-ninety-fourth, four-hundred-and-forty-eighth,
  four-hundred-and-seventy-seventh, four-hundred-and-eighty-fifth,
  four-hundred-and-ninety-third); a reported fact, figure, step, plan, cause, demand or
  forecast with a figure is check-worthy with its speaker, also in Konjunktiv I and in a
  quote (Haferkamp-Yeboah's 5,000 kilometres, Lindqvist-Amoah's third incident). Pairs from
  one speaker: Haferkamp-Yeboah's 5,000 kilometres beside „der Flaschenhals“;
  Fairclough-Adjei's 14.3 million pounds (told with "according to") beside "a glimpse of the
  future"; Aichhorn-Mbeki's 1,500 megawatts beside the wind power „dort, wo ihn gerade
  niemand braucht“; Caduff-Nyamekye's three years (told with „rechnet damit“) beside
  «Sicherheit im Berg»; Penrose-Adeyemi's 2034 beside "Nobody should expect me to promise a
  date"; Ostendarp-Quaye's 45 to 50 euros beside „einen milden Winter“; Vantongeren-Mba's
  two to four days (told with "according to") beside "grown complacent"; Wiegmann-Adu's 19
  billion euros beside the boast „so viel Netz auf See wie nie zuvor“; Beaurepaire-Nkosi's
  35 per cent beside "Nobody is happier"; Salbeck-Oduro's 60 percent beside „Jede Sanierung
  tut weh“; Mehrotra-Shaw's 40 developers beside "lottery tickets"; Unterkircher-Nwosu's 9
  kilometres beside „nur so gut wie die Strecken“; Valdespino-Hurst's 2,600 miles beside "we
  never take it lightly"; Gadient-Mwangi's 0.9 Rappen (told with „bezifferte“) beside «Die
  Entspannung ...»; Quérou-Benali's 6.5% and 3.1% beside "pretending not to hear us";
  Vollmering-Osagie's fifth beside „Rohre ins Nichts“; Ashbrook-Nunes's Sundays beside "not
  the problem here"; Kellaway-Mensah's 17.3 kilometres beside "The hard rock is behind us";
  Achebe-Whitfield's 12% beside "grow fast and stay cheap"; Tscharner-Obuya's 12 billion
  francs beside «verzeiht keine Abkürzungen»; Braddock-Asante's 14 months beside "an energy
  island"; Brenninkmeyer-Tetteh's bonds beside „kein Sprint, sondern ein Marathon“;
  Santangelo-Mbatha's span and seven years beside "studied as closely"; Hülsewede-Kamara's
  170 bridges beside „über Jahrzehnte liegen geblieben“; Okonkwo-Lindgren's 88% beside "the
  interstate highway of the clean energy economy". Pichlmayr-Acheampong is heard only in a
  negative. Negatives otherwise: labels („Der Bundesverband Erneuerbare Energie sprach von
  ...“, „Die Alpen-Initiative sprach von ...“, „Der Fahrgastverband Pro Bahn nannte ...“,
  „Aktivisten des Transitforums sprachen von ...“, „Die Stiftung für Konsumentenschutz
  nannte ...“, „Die Innensenatorin sprach von ...“, „Die Arbeiterkammer sprach von ...“,
  „Der ADAC sprach von ...“, "The Conservatives called ...", "The Transport Secretary called
  ...", "The federal energy minister called ...", "Environmental groups called ...";
  four-hundred-and-eighty-fifth), a warning naming no measure („Die Arbeiterkammer warnte,
  die Investitionen dürften nicht ...“; three-hundred-and-seventeenth,
  four-hundred-and-forty-eighth), traders' cited reasons („Händler verwiesen ...“;
  three-hundred-and-ninety-fourth, four-hundred-and-forty-eighth), a verdict with „halten
  ... für“ („Kritiker halten das Konzept für ...“; ninety-eighth,
  four-hundred-and-eighty-fifth), a complaint („Bürgerinitiativen ... klagen seit Jahren
  ...“ - „seit Jahren“ none; three-hundred-and-ninety-fourth), the rhetoric of roles ("the
  governor told reporters in Austin", „sagte der Landesvorsitzende des Bundesverbands
  WindEnergie“), a vox pop („sagte eine Anwohnerin in Haselhorst“) and views and forecasts
  told as reports without a figure ("Campaigners in the Highlands said ...", "Consumer
  advocates said ...", "Some traders said ...", "Farmers along the route said ...",
  "Renewable developers said ...", "Residents of Calistoga said ...", "Traders said the
  walkouts would likely be short-lived ...", "Shipping groups said ...", "Business groups
  said ...", "Farm groups in Missouri said ..."; three-hundred-and-ninety-fifth,
  four-hundred-and-ninety-third). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them. Check-worthy without a
  figure, 12 rows (three-hundred-and-ninety-fourth, four-hundred-and-forty-eighth,
  four-hundred-and-seventy-seventh, four-hundred-and-eighty-fifth): two publication lines
  („Das geht aus dem neuen Netzentwicklungsplan hervor ...“, „Das geht aus dem
  Brückenbericht der Autobahn GmbH hervor ...“), three stated causes (the Astra's harder
  rock and steel prices, Tennet's supply bottlenecks told with „hieß es“, the SBB's
  groundwater rules and objections), ERCOT's appeal to conserve power told with clock times
  only („from 6 p.m. until 9 p.m.“ none; four-hundred-and-eighty-second), the Department for
  Transport's unchanged funding envelope, the start of the Berlin outage („gegen 3.20 Uhr“
  and „in der Nacht zum Donnerstag“ none), the Staatsschutz's investigation, the FNB Gas's
  missing buyers, Elering's supply and NATO's patrols (an announced step,
  two-hundred-and-fourth).
- Capacity, output, energy, gas flows, voltages and lengths are counts of the figure as
  written, a scale word multiplying, the unit not checked (fifty-seventh,
  three-hundred-and-ninety-fourth, four-hundred-and-seventy-seventh,
  four-hundred-and-eighty-fifth): „rund 740 Kilometer“, „1.120 Kilometer ..., nach 890
  Kilometern“, „gut 16.800 Leitungskilometern“ "over", „weitere 4.200 Kilometer“ („weitere“
  no hedge), „weitere 5.000 Kilometer“, „rund 1.400 Kilometer“, „bis zu 1.500 Megawatt“
  "up_to", „11,2 Kilometer“, „zusammen 6 Gigawatt“ („zusammen“ no hedge), „gut 10,4
  Gigawatt“ "over", „rund 230 Kilometer, davon etwa 110 Kilometer“, „rund 100 Kilometer“,
  „180 Kilometer Gleise“, „rund 4.200 Kilometern“, „rund 230 Kilometern ... 187 Kilometer“,
  „gut 9 Kilometer Vortrieb“ "over", „4500 Kilowattstunden“ (Swiss, without a separator),
  „3.500 Kilowattstunden“, „die ersten 525 Kilometer“, „gut 8.700 Kilometer“ "over", „gut
  780 Megawatt“ "over", „rund 29,6 Gigawatt“, „rund 8,6 Kilometer“, „rund 11.600 Kilometer“,
  „auf rund 310 Kilometern“; "a record 22.6 gigawatts" ("a record" no hedge), "21.9 GW",
  "roughly 4.1 GW", "about 47 GW ..., against roughly 16 GW", "89,412 megawatts", "87,960
  megawatts", "roughly 31,000 megawatts ... a record 9,800 megawatts", "about 14,000
  megawatts", "about 262 million cubic metres a day ..., down from 331 million" (the scale
  written with each, "a day" none), "roughly 58 million cubic metres a day", "up to 2,200
  megawatts" "up_to", "about 410 gigawatts", "roughly 330 GW", "roughly 2,600 miles", "about
  1,100 miles ... another 1,500 miles" ("another" no hedge), "about 4,300 megawatts",
  "between 355 and 375 terawatt hours ..., after 361 TWh" ("between" no hedge), "about 9.8
  terawatt hours", "658 megawatts", "about 40 kilometres", "2,050 megawatts ... about 330
  gigawatt hours", "17.3 kilometres of the project's 27 kilometres", "31.4 gigawatts", "14.9
  GW ... 4.2 GW", "another 22 GW", "720 megawatts", "About 490 kilometres", "up to 4,800
  megawatts" "up_to". A figure heading a hyphenated compound is its count
  (two-hundred-and-seventy-first, three-hundred-and-ninety-fourth,
  four-hundred-and-seventy-seventh): „Die neue 380-kV-Leitung“ 380
  (three-hundred-and-ninety-fourth New), „110-Kilovolt-Kabel“ 110, „Der 61 Kilometer lange
  Haupttunnel“ 61 (the figure before „lang“, two-hundred-and-ninety-fifth), "the 134-mile
  route", "the 372-kilometre line", "the 158-km cable", "The 560-kilometre link", "the
  3.4-km suspension span", "an 810-mile high-voltage line". Speeds, temperatures and wind
  gusts are counts (fifteenth, forty-third, four-hundred-and-ninetieth): "up to 330 km/h"
  "up_to", "108 degrees", "71 mph".
- Prices per unit are money in the currency written, the unit priced carrying none (twelfth,
  hundred-twenty-sixth, three-hundred-and-ninety-fourth, four-hundred-and-forty-eighth,
  four-hundred-and-eighty-fifth): „um 2,35 Euro auf 78,60 Euro je Megawattstunde“ (a move
  and the level it reaches, four-hundred-and-ninety-third), „auf 33,90 Euro je
  Megawattstunde“, „auf 45 bis 50 Euro je Megawattstunde“ both (the currency written once
  serves the earlier figure, hundred-seventeenth), „71,40 Euro je Tonne“ („CO2-Preis“ none);
  "41.20 pounds per megawatt hour, down from 68.75 pounds", "34.20 euros per megawatt hour",
  "64.50 euros per megawatt hour", "112.40 euros per megawatt hour", "averaged 118 euros per
  megawatt hour" ("averaged" no hedge), "the $4,500 per megawatt-hour cap" 4,500 USD (a cap
  named by its figure, four-hundred-and-forty-eighth: "the £170 Warm Home Discount"). Cent,
  Rappen and U.S. cents as hundredths (tenth, three-hundred-and-ninety-fourth,
  four-hundred-and-forty-eighth): „rund 11,9 Cent je Kilowattstunde“ 0.119 EUR "about"
  („netto“ none), „27,4 Rappen ..., nach 28,5 Rappen“ 0.274 and 0.285 CHF
  („durchschnittlich“ no hedge), „von 17,9 Rappen im günstigsten bis 44,6 Rappen im
  teuersten Netzgebiet“ 0.179 and 0.446 CHF, „0,9 Rappen“ 0.009 CHF, "17.9 cents per
  kilowatt-hour" 0.179 USD in a story datelined WASHINGTON. "per megawatt hour", "per
  megawatt-hour", "per kilowatt-hour", „je Megawattstunde“, „je Kilowattstunde“, „pro
  Kilowattstunde“, „je Tonne“, "a day", "a year", „im Jahr“, „jährlich“ none.
- Costs, overruns, budgets, investment, bonds, fines and results in the currency written
  (every batch; hundred-fifth, four-hundred-and-seventy-seventh): EUR („rund 3,4 Milliarden
  Euro“, „rund 9,3 Milliarden Euro ..., um gut 2,1 Milliarden Euro mehr“ "about" and "over"
  - „mehr“ after it compares -, „312 Millionen Euro“, „rund 19 Milliarden Euro“, „rund 1,1
  Milliarden Euro“, „rund 10,7 Milliarden Euro“, „bis zu 390 Euro“ "up_to", „rund 21,5
  Milliarden Euro“, „um knapp 8 Milliarden auf rund 44 Milliarden Euro“ "nearly" and "about"
  (the currency written once serves the earlier figure), „2,7 Milliarden Euro“, „auf 3,9
  Milliarden Euro ... auf 611 Millionen Euro“, „bis zu 3 Milliarden Euro“ "up_to", „rund 2,8
  Milliarden Euro“, "about €1.9 billion, up from an initial estimate of €1.45 billion"
  ("initial" no hedge), "about 14.8 billion euros, some 1.3 billion euros more" ("some"
  "about"), "11.6 billion euros"), CHF („um rund 180 Millionen Franken ... gut 2,3
  Milliarden Franken“, „rund 50 Franken“, „rund 420 Millionen Franken ... knapp 1,6
  Milliarden Franken“, „über 12 Milliarden Franken“ "over"), GBP ("as much as 74 billion
  pounds in 2019 prices" "up_to" with the year of the prices -
  four-hundred-and-seventy-seventh: "in today's prices" none, hundred-twenty-fifth: "in 2019
  prices" the year -, "14.3 million pounds on Sunday alone" - "alone" no hedge -, "about
  £68,000" - "an average basic salary of about" "about"), USD ("$45 million", "The $9.7
  billion project", "about $1.1 billion a year"), AUD ("by A$1.9 billion to A$6.8 billion" -
  the "to" of a target, three-hundred-and-ninety-fourth -, "A$14.2 billion", "A$12.6
  billion", "about A$2.3 billion").
- Delays, closures and openings (four-hundred-and-seventy-seventh: delays of projects are
  durations, opening years and deadlines are years): „gut 14 Monate später als ursprünglich
  geplant“ 14 months "over", „um rund 16 Monate auf Ende 2031“, „rund 13 Monate später“
  "about", „für fünf Monate“ 5 months, „um bis zu zwei Jahre“ "up_to", „um zwei Jahre auf
  Ende 2037“, "around two years later than the last official estimate" 2 years "about",
  "about 18 months later than planned", "two years later than planned" 2 years, "by at least
  14 months" "at_least", "brought forward by as much as eight years" "up_to"
  (hundred-sixty-fourth: "as much as"), „nach mehr als zehn Jahren Genehmigungs- und
  Bauzeit“ 10 years "over" (three-hundred-and-ninety-fourth: „Nach 52 Jahren Betrieb“),
  „rund drei Jahre lang“ 3 years "about" (eleventh: „zwei Tage lang“), "take about seven
  years". „ein Jahr später als zuletzt angenommen“ carries none - the German article before
  a year as "a year later than planned" (four-hundred-and-seventy-seventh) and „ein Jahr
  zuvor“ (four-hundred-and-ninety-third) - and the row gives only its year. Years as
  written: „Ende 2028“, „Bis Ende 2029“, „bis 2037“, „Ende 2031“, „bis 2032“, „Bis 2036“,
  „erst 2033“ („erst“ no hedge), „Ende 2027“, „bis 2056“, „bis 2040“, „Ende 2037“, „bis
  2031“, „im Frühjahr 2028“, „mit Laufzeit bis 2037“; "in 2034", "by 2030", "late 2029", "by
  2033", "in 2030", "in 2029", "the spring of 2028", "through 2032", "by 2032", "will not be
  completed until 2029" ("until" no hedge). New: „ist auf deutscher Seite nicht vor 2040 zu
  rechnen“ is 2040 "at_least" - "not before" a year names the earliest it may come, as
  „frühestens 2031“ (hundred-sixty-seventh, four-hundred-and-eighty-fifth), while a plain
  "before" or „bis“ bounds no year (four-hundred-and-seventy-seventh: "before 2035").
- Strikes and outages (forty-eighth, two-hundred-and-sixth, three-hundred-and-ninety-fourth,
  four-hundred-and-seventy-seventh): a strike called with its length and start is
  check-worthy ("for 48 hours from Friday 24 September" 48 hours and --09-24, the British
  order as in four-hundred-and-eighty-second), "at three train companies" 3, "Around 2,400
  services a day" "about" ("a day" none, "while the strike lasts" none), "91% of its
  balloted members ..., with 77% taking part", "a 6.5% pay rise ..., management has offered
  3.1%", "Southern ran only about 61%" ("only" no hedge); outages are counts of households,
  businesses and customers („rund 38.000 Haushalte und 1.900 Gewerbebetriebe“ the hedge on
  the first only - four-hundred-and-first -, „zwei Pflegeheime und eine Klinik“ 2 and „eine“
  none, „rund 12.000 Haushalte für gut zehn Stunden“ "about" and 10 hours "over", "about
  48,000 customers", "parts of 17 counties", "up to 36 hours" "up_to"). New: "up to 10 extra
  Sundays a year" is count 10 "up_to" and no duration - a weekday named in the plural counts
  working days of that name, not a span in the issue's units, while "rest days" are days
  (four-hundred-and-seventy-seventh: "up to 12 extra rest days a year" 12 days); "a year"
  none.
- Percentages as written, a move of a level in points "pp" (every batch): „knapp 38 Prozent“
  "nearly", „knapp 17 Prozent“, „um gut 6 Prozent“ "over", „zu 91,3 Prozent ..., knapp 2
  Prozentpunkte mehr“ 91.3 "%" and 2 "pp" "nearly" („mehr“ after the figure compares;
  three-hundred-and-ninety-fourth), „um gut 60 Prozent“ "over", „im Mittel 4 Prozent
  weniger“ („im Mittel“ no hedge, four-hundred-and-ninety-third), „rund 43 Prozent ..., etwa
  41 Prozent“, „etwa 55 Prozent“, „zu knapp 40 Prozent“, „um 3,2 Prozent“, „um 11,4 Prozent
  niedriger“, „um 1,8 Prozent“, „rund 85 Prozent der Kosten“, „ein Plus von 31 Prozent“ 31
  (a noun of change, no sign), „um 12 Prozent ... um 9 Prozent“, „gut 15 Prozent mehr“
  "over", „bei 3,4 Prozent“; "about 61% of demand", "less than 9%" "under", "About 84 per
  cent" (the spelled-out "per cent" in "%", forty-first), "rose 7.4% to 34.20 euros", "89.6%
  full, comfortably above the 83% level" ("comfortably above the" before an article no
  hedge, as "well above the", four-hundred-and-seventy-seventh), "roughly 35 per cent",
  "about 44% ..., solar for 29% and onshore wind for 9%", "rose 38% to 64.50 euros", "about
  41% ..., with nuclear at 18% and coal at 15%", "up 5.6%", "about 12% a year", "rose 2.9%",
  "about 88%".
- Fractions (the issue: "ein Fünftel", "drei Viertel"; every batch): „gut zwei Drittel der
  Gesamtlänge“ 0.6667 "over", „etwa zwei Drittel“ 0.6667 "about", „also gut vier Fünftel“
  0.8 "over" („also“ no hedge; three-hundred-and-ninety-fourth: "roughly four-fifths"), „nur
  etwa ein Fünftel“ 0.2 "about" („nur“ no hedge), „etwa ein Viertel“ 0.25 "about", „um knapp
  ein Fünftel weniger“ 0.2 "nearly", „um etwa ein Drittel“ 0.3333 "about", "by more than
  half" 0.5 "over" (three-hundred-and-ninety-fourth: "by more than half since 2014").
- Multiples are counts with their hedges (sixteenth, three-hundred-and-ninety-fourth,
  four-hundred-and-ninety-third): "still more than four times Britain's peak demand" 4
  "over" ("still" no hedge), "more than three times Friday's level" 3 "over".
- Other counts (every batch): „71 Umspannwerke“, „drei Netzanbindungssysteme“ 3, „bis zu 160
  Ersatzbusse“ "up_to", „142 Weichen und 19 Bahnhöfe“, „41 ... Korridore“, „rund 18'300
  Fahrzeuge ..., an Spitzentagen über 26'000“ ("about" and "over"; „über“ before a figure,
  the Swiss apostrophe, tenth), „zwei beschädigten 110-Kilovolt-Kabel“ 2 and 110, „118
  Anlagen“, „74 Anlagen“, „erst 23 neue Windräder“ („erst“ no hedge), „164 Anlagen“, „rund
  770 Züge“, „273 Brücken ... Ziel von 450 Brücken pro Jahr“, „rund 4.300 Autobahnbrücken“,
  „bei rund 170 Brücken“, „rund 198.000 Haushalte“; "61 of the 70 planned viaducts and
  bridges", "about 28,000 people ..., down from a peak of 31,500" ("down from" no hedge),
  "four of the state's five remaining coal-fired power stations" 4 and 5, "about 140 of the
  190 properties" (the hedge on the first only; four-hundred-and-eighty-fifth: "Only 84 of
  the 195 parties"), "About 2,300 projects", "at least 40 developers" "at_least", "Walkouts
  hit 11 plants", "Drivers on the three operators" 3 (a definite group, forty-first;
  three-hundred-and-ninety-fourth: „Die vier Übertragungsnetzbetreiber“), "About 3,900
  workers ..., down from a peak of 4,400", "about 3 million homes", "six lanes ... and two
  rail tracks", "About 10 million passengers" ("each year" none), "about 450,000 Irish
  homes", "about 3.5 million homes", "some 6,000 construction jobs" "about", "in 14 counties
  ..., and three of those cases" 14 and 3. None: „mehrerer Offshore-Windparks“, „so viele
  Windräder ... wie seit 2014 nicht mehr“ (the year only), "the previous high", "the
  previous record", "a record for the period".
- Ordinals (the issue: „das sechste Treffen“; every batch): „im ersten Halbjahr 2027“ and
  „Im ersten Halbjahr“ 1 (four-hundred-and-ninety-third), „der zweiten
  Gotthard-Strassenröhre“ 2, „Die ersten 525 Kilometer“ ordinal 1 and count 525
  (four-hundred-and-eighty-fifth: „Die ersten drei Plätze“), „in den ersten sechs Monaten
  des Jahres“ ordinal 1 and 6 months and "in the first eight months" ordinal 1 and 8 months
  (three-hundred-and-ninety-fourth: „in den ersten neun Monaten“), "for a 14th straight
  month" 14 (four-hundred-and-forty-eighth: "for a fourth straight year"), "the third
  serious cable incident" 3. None: „die längste unterirdische Eisenbahnverbindung der Welt“,
  „Zu den größten Vorhaben“, „im günstigsten ... im teuersten Netzgebiet“, "Europe's largest
  net exporter", "the world's longest suspension bridge", "the last official estimate", "the
  last walkout", "its fastest pace".
- Durations otherwise (the issue: "fünfstündigen Treffen"; every batch): „bis zu 45 Minuten
  länger“ 45 minutes "up_to" („länger“ after the figure compares), „in den kommenden zehn
  Jahren“ 10 years (four-hundred-and-eighty-fifth: „in den kommenden elf Jahren“), "within
  12 weeks" 12 weeks ("within" no hedge), "five to seven weeks" both, "in under two years" 2
  years "under", "for up to seven days" 7 days "up_to", "about 49 minutes" and "about 15
  minutes, against up to two hours" 15 minutes "about" and 2 hours "up_to". New: "Norwegian
  flows have typically recovered within two to four days" gives 2 and 4 days with no hedge -
  "typically" names what usually happens and bounds no figure, as „meist“ before „12 bis 18
  Monate“ (four-hundred-and-forty-eighth) and "on average" do. None: „im gesamten Vorjahr“,
  „im Jahr 2025“ (the year only), „in diesem Jahr“, „heuer“, „Seit Jahresbeginn“, „vor einem
  Jahr“, „im kommenden Jahr“, „im nächsten Jahr“, „im laufenden Jahr“, „im Vergleich zum
  Oktober des Vorjahres“, „gegenüber dem Vormonat“, „im Vorjahreszeitraum“, „im selben
  Zeitraum“, „bis Ende August“, „Ende Juni“, „ab Mitte Februar“, „Bereits im März“,
  „täglich“, „an Werktagen“, „an windreichen Tagen“, „bis Samstag“, "a week earlier", "a
  year earlier", "last year", "this year", "next year", "last summer", "since last summer",
  "between January and August", "from January through June", "by the end of December", "on
  Sunday afternoon", "in the late afternoon", "by 1400 GMT", "late on Thursday", "every
  fall", weekdays and months.
- Names that hold a digit or look like one carry none (forty-second,
  four-hundred-and-forty-eighth, four-hundred-and-seventy-seventh): "HS2" (eleventh),
  „CO2-Preis“, „A45“ (a road's name, four-hundred-and-first), „A-Nord“, "PG&E", the
  bracketed abbreviations (NESO, APG, Astra, INES, ElCom, ÖSPI, FNB Gas, Ebit). New: "The
  Snowy 2.0 pumped hydro project" carries none - a version number in a project's name names
  it as "Economy 7" and "BBC Radio 4" (four-hundred-and-forty-eighth) and "HS2" do, and
  counts nothing.
- Years and dates: Reuters and AAP datelines with a day are dates without a year ("LONDON,
  Sept 6 (Reuters)" --09-06, "OSLO, Sept 9" --09-09, "LONDON, Sept 13" --09-13, "PARIS, Sept
  15" --09-15, "HELSINKI, Sept 17" --09-17, "CANBERRA, Sept 20 (AAP)" --09-20, "WASHINGTON,
  Sept 21" --09-21, "ROME, Sept 23" --09-23; four-hundred-and-eighty-fifth: "LONDON, Sept
  3"); dpa („Bonn (dpa) -“, „Berlin (dpa) -“ three times), dpa/lno („Hamburg (dpa/lno) -“),
  dpa/lby („München (dpa/lby) -“), dpa-AFX („Frankfurt (dpa-AFX) -“, „Dortmund (dpa-AFX)
  -“), Reuters German („Berlin (Reuters) -“), APA („Wien (APA) -“ twice, „Innsbruck (APA)
  -“), Keystone-SDA („Bern (Keystone-SDA) -“ twice, „Zürich (Keystone-SDA) -“), AP ("AUSTIN,
  Texas (AP) —", "SAN FRANCISCO (AP) —", "OMAHA, Neb. (AP) —"), PA ("LONDON (PA) -" twice,
  "DUBLIN (PA) -") and AAP ("SYDNEY (AAP) -") datelines without a day none (seventy-ninth).
  Dates: "until Sept. 14" --09-14, "for Nov. 1" --11-01, "from Friday 24 September" --09-24.
  Years: „im ersten Halbjahr 2027“, „im Jahr 2025“, „lagen 2026“, „Ende 2026“, „seit 2014“,
  „2028“ of a contract, a tariff year and a budget („Der Grundlastkontrakt für 2028“, „zahlt
  2028“, „im Bundeshaushalt 2028“ - four-hundred-and-forty-eighth: „für 2028“), "in August
  2026", "in 2019 prices", "in 2023", "since 2021" (twice), "in 2013", "issued in 2024",
  "The original 2018 proposal" (a year before a noun dating it,
  three-hundred-and-seventy-first), "in 2025", "in 2026", "through 2030", and the years of
  delays and openings above.
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "around",
  "Around", "some" "about"; „knapp“ "nearly"; „gut“, „mehr als“, „über“ before a figure,
  "more than" "over"; "less than", "under" "under"; „bis zu“, "up to", "as much as" "up_to";
  "at least" "at_least"; „nicht vor“ before a year "at_least" (above). No hedge: „im
  Schnitt“, „im Mittel“, „durchschnittlich“, „zusammen“, „insgesamt“, „weitere“, „jeweils“,
  „davon“, „also“, „erst“, „nur“, „bislang“, „zuletzt“, „derzeit“, „inzwischen“, „bereits“,
  „Bereits“, „noch“, „netto“, "a record", "alone", "only", "still", "another", "initial",
  "averaged", "an average ... of", "typically", "comfortably above the", "between",
  "against", "down from", "up from", "after", "within", "over" before a span, the „bis“ and
  "to" of a range or a target, and „mehr“, „weniger“, „niedriger“, „länger“, "more", "later"
  after a figure they compare.
- Speakers, checked only in forms the earlier batches settled. German: „teilte die
  Bundesnetzagentur am Montag mit“, „teilte das Bundesamt für Strassen (Astra) mit“, „teilte
  die Eidgenössische Elektrizitätskommission (ElCom) am Mittwoch mit“ and „teilten die SBB
  am Mittwoch mit“ the source with its article, the abbreviation in brackets and the weekday
  dropped (four-hundred-and-seventy-seventh: „teilten die ÖBB mit“;
  four-hundred-and-ninety-third); „teilte Amprion am Donnerstag mit“ the name as written,
  without an article (four-hundred-and-ninetieth: „wie Westlotto mitteilte“); the name with
  the title dropped („sagte BNetzA-Abteilungsleiter Cornelius Haferkamp-Yeboah“,
  „BBT-Vorstand Ferdinand Unterkircher-Nwosu sagte, ...“, „sagte Stromnetz-Berlin-Sprecher
  Konstantin Habermehl-Asamoah“, „FNB-Gas-Geschäftsführerin Annegret Vollmering-Osagie
  sagte, ...“, „sagte Projektsprecherin Veronika Tiefenthaler-Ansah“,
  „SBB-Infrastrukturchefin Annina Tscharner-Obuya sagte, ...“, „Finanzchefin Ilka
  Brenninkmeyer-Tetteh sagte, ...“, „Autobahn-Geschäftsführer Gernot Hülsewede-Kamara sagte,
  ...“; four-hundred-and-seventy-seventh, four-hundred-and-ninety-third); the surname as
  written opening the row („Aichhorn-Mbeki sagte, ...“, „Ostendarp-Quaye sagte, ...“,
  „Wiegmann-Adu sagte, ...“, „Salbeck-Oduro sagte, ...“; four-hundred-and-eighty-second).
  English: "the National Energy System Operator (NESO) said on Monday" and "the Electric
  Reliability Council of Texas said" with their article, the abbreviation and the weekday
  dropped (three-hundred-and-seventy-sixth, four-hundred-and-seventy-fourth), "the Energy
  Information Administration said on Tuesday" (four-hundred-and-forty-eighth); "Equinor
  said", "Ofgem said", "Aslef said" and "Fingrid said" the name as written (tenth,
  three-hundredth, four-hundred-and-forty-eighth: "EDF said", "Energy UK said"); the name
  with the role dropped ("Chief executive Hartley Penrose-Adeyemi told the Transport
  Committee" - the committee an audience dropped, four-hundred-and-ninetieth: "told the
  Dáil" -, "Transgrid chief executive Malcolm Beaurepaire-Nkosi said", "PG&E spokeswoman
  Corinna Valdespino-Hurst said", "union representative Mathilde Quérou-Benali said" after
  the figures, "Aslef organiser Wendell Ashbrook-Nunes said", "Chief executive Dorian
  Kellaway-Mensah said", "EirGrid chief executive Fionnuala Braddock-Asante said", "Stretto
  di Messina chief executive Raffaele Santangelo-Mbatha said", "Chief executive Tobias
  Okonkwo-Lindgren said"; four-hundred-and-seventy-seventh, four-hundred-and-ninety-third),
  "said Eero Lindqvist-Amoah, a security researcher at ..." after a quote with figures and
  "said Lorenzo Achebe-Whitfield, a power analyst at ..." the name
  (three-hundred-and-fifty-sixth, four-hundred-and-ninety-third), "Mehrotra-Shaw said" the
  surname (eighteenth). Each row's diacritics and hyphens are its speaker's
  („Hülsewede-Kamara“, "Quérou-Benali"). Left unchecked (None): all negatives, also those
  with a named speaker; a description before a name („teilte der Übertragungsnetzbetreiber
  Tennet am Freitag mit“, „teilte die Projektgesellschaft BBT SE am Dienstag mit“, „teilte
  der Netzbetreiber Stromnetz Berlin mit“ - hundred-twelfth: „teilte der Betreiber
  Arianespace mit“ -, "Finnish grid operator Fingrid said on Friday", "data from system
  operator Gassco showed", "according to grid operator RTE"; fortieth,
  four-hundred-and-ninety-third); roles and pronouns ("ERCOT's chief executive said", "the
  grid operator said on Monday", "The utility said", "the company in charge of the project
  said", "He said"; four-hundred-and-eighty-fifth, four-hundred-and-ninety-third); a subject
  parted from its verb ("Elering, Estonia's grid operator, said";
  four-hundred-and-forty-eighth); verbs that are no saying („rechnet die Behörde ... mit“,
  „bezifferte Gadient-Mwangi“, „Der Konzern veranschlagt“, „schätzen die
  Fernleitungsnetzbetreiber“, „rechnet damit“, „will die Autobahn GmbH ... freigeben“,
  "Transgrid expects", "The Australian Energy Market Operator expects", "EDF expects", "The
  EIA expects", "Cottonwood Plains Transmission, the developer, expects", "has estimated",
  "confirmed" twice, "has announced", "announced"; four-hundred-and-seventy-seventh,
  four-hundred-and-eighty-second, four-hundred-and-ninety-third); „hieß es“ and „hieß es bei
  der Vereinigung der Fernleitungsnetzbetreiber Gas (FNB Gas)“
  (four-hundred-and-seventy-seventh: „hieß es bei der Lufthansa“); compounds and genitives
  („nach Bahn-Angaben“, „nach Angaben des Wirtschaftsministeriums“;
  four-hundred-and-forty-eighth, four-hundred-and-seventy-seventh); data and documents
  („nach Daten des Branchenverbands ...“, „wie aus Zahlen der E-Control hervorgeht“, „wie
  aus Daten der Österreichischen Energieagentur hervorgeht“, „wie aus dem Tarifkalkulator
  der E-Control hervorgeht“, „Das geht aus ... hervor“, "according to LSEG data", "according
  to ERCOT data", "data from EDF showed", "data from Gas Infrastructure Europe showed",
  "according to Gassco's outage notices", "according to a revised estimate released by Snowy
  Hydro", "according to an updated estimate"); and every "according to" (Imogen
  Fairclough-Adjei, the National Energy System Operator, the National Weather Service,
  Vantongeren-Mba, the Rail Delivery Group, the Commission for Regulation of Utilities;
  two-hundred-and-fourth, four-hundred-and-ninety-third). To keep the checked speakers near
  35, several official and company figures are given as data, expectations or with
  "according to".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_501 = [
    # --- Netzausbau in Deutschland (dpa), Montag, 6. September ---
    (
        "de",
        "Bonn (dpa) - Beim Ausbau der großen Stromautobahnen sind im ersten Halbjahr 2027 rund 740 Kilometer neuer Übertragungsleitungen in Betrieb gegangen, teilte die Bundesnetzagentur am Montag mit.",
        True,
        [("ordinal", 1, None, None), ("year", 2027, None, None), ("count", 740, None, "about")],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Im gesamten Vorjahr waren es 1.120 Kilometer gewesen, nach 890 Kilometern im Jahr 2025.",
        True,
        [("count", 1120, None, None), ("count", 890, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "de",
        "Von den im Bundesbedarfsplan vorgesehenen gut 16.800 Leitungskilometern sind damit knapp 38 Prozent fertiggestellt, weitere 4.200 Kilometer befinden sich im Bau.",
        True,
        [("count", 16800, None, "over"), ("percent", 38, "%", "nearly"), ("count", 4200, None, None)],
        None,
    ),
    (
        "de",
        "Die Gleichstromverbindung SuedLink soll nach dem aktuellen Zeitplan Ende 2028 vollständig in Betrieb gehen, gut 14 Monate später als ursprünglich geplant.",
        True,
        [("year", 2028, None, None), ("duration", 14, "month", "over")],
        None,
    ),
    (
        "de",
        "Für Eingriffe, mit denen Engpässe im Netz ausgeglichen werden, den sogenannten Redispatch, rechnet die Behörde in diesem Jahr mit Kosten von rund 3,4 Milliarden Euro.",
        True,
        [("money", 3400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Bis Ende 2029 wollen wir weitere 5.000 Kilometer genehmigt haben“, sagte BNetzA-Abteilungsleiter Cornelius Haferkamp-Yeboah.",
        True,
        [("year", 2029, None, None), ("count", 5000, None, None)],
        "Cornelius Haferkamp-Yeboah",
    ),
    (
        "de",
        "„Das Netz bleibt der Flaschenhals, nicht die Windräder und nicht die Solarparks“, sagte Haferkamp-Yeboah.",
        False,
        [],
        None,
    ),
    ("de", "Der Bundesverband Erneuerbare Energie sprach von einem „Ausbau im Schneckentempo“.", False, [], None),
    # --- British wind record (Reuters), Monday, Sept 6 ---
    (
        "en",
        "LONDON, Sept 6 (Reuters) - British wind farms generated a record 22.6 gigawatts on Sunday afternoon, meeting about 61% of demand, the National Energy System Operator (NESO) said on Monday.",
        True,
        [("date", "--09-06", None, None), ("count", 22.6, None, None), ("percent", 61, "%", "about")],
        "the National Energy System Operator",
    ),
    ("en", "The previous high of 21.9 GW was set in January.", True, [("count", 21.9, None, None)], None),
    (
        "en",
        "Day-ahead baseload power for Tuesday traded at 41.20 pounds per megawatt hour, down from 68.75 pounds a week earlier, according to LSEG data.",
        True,
        [("money", 41.2, "GBP", None), ("money", 68.75, "GBP", None)],
        None,
    ),
    (
        "en",
        "Gas-fired plants supplied less than 9% of the power mix, while nuclear contributed roughly 4.1 GW.",
        True,
        [("percent", 9, "%", "under"), ("count", 4.1, None, "about")],
        None,
    ),
    (
        "en",
        "Britain aims to have about 47 GW of offshore wind connected by 2030 under its clean power plan, against roughly 16 GW in operation today.",
        True,
        [("count", 47, None, "about"), ("year", 2030, None, None), ("count", 16, None, "about")],
        None,
    ),
    (
        "en",
        "Payments to switch off Scottish wind farms when the grid could not carry their output reached 14.3 million pounds on Sunday alone, according to Imogen Fairclough-Adjei, head of power analysis at Kestrelmoor Energy.",
        True,
        [("money", 14300000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Sunday was a glimpse of the future and a reminder of the bottleneck at the same time," Fairclough-Adjei said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Campaigners in the Highlands said the case for new pylons was still being made on the backs of rural communities.",
        False,
        [],
        None,
    ),
    # --- Netzentwicklungsplan der APG (APA), Dienstag, 7. September ---
    (
        "de",
        "Wien (APA) - Der Übertragungsnetzbetreiber Austrian Power Grid (APG) will bis 2037 rund 9,3 Milliarden Euro in sein Netz investieren, um gut 2,1 Milliarden Euro mehr als im bisherigen Plan.",
        True,
        [("year", 2037, None, None), ("money", 9300000000, "EUR", "about"), ("money", 2100000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Das geht aus dem neuen Netzentwicklungsplan hervor, den die APG am Dienstag in Wien vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Vorgesehen sind rund 1.400 Kilometer neue oder verstärkte Leitungen sowie 71 Umspannwerke.",
        True,
        [("count", 1400, None, "about"), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Die neue 380-kV-Leitung im Tiroler Unterland soll heuer fertig werden, nach mehr als zehn Jahren Genehmigungs- und Bauzeit.",
        True,
        [("count", 380, None, None), ("duration", 10, "year", "over")],
        None,
    ),
    (
        "de",
        "„Ohne dieses Netz bleibt der Windstrom aus dem Burgenland dort, wo ihn gerade niemand braucht“, sagte APG-Vorständin Rosalinde Aichhorn-Mbeki.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aichhorn-Mbeki sagte, an windreichen Tagen müsse die APG zeitweise bis zu 1.500 Megawatt an Windleistung abregeln lassen.",
        True,
        [("count", 1500, None, "up_to")],
        "Aichhorn-Mbeki",
    ),
    (
        "de",
        "Die Kosten für Netzreserve und Engpassmanagement lagen 2026 bei 312 Millionen Euro, wie aus Zahlen der E-Control hervorgeht.",
        True,
        [("year", 2026, None, None), ("money", 312000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Arbeiterkammer warnte, die Investitionen dürften nicht einseitig den Haushalten über die Netzentgelte aufgebürdet werden.",
        False,
        [],
        None,
    ),
    # --- Texas power demand record (AP), Tuesday, Sept 7 ---
    (
        "en",
        "AUSTIN, Texas (AP) — Texas set a new record for power demand on Tuesday as temperatures reached 108 degrees, with usage peaking at 89,412 megawatts in the late afternoon, the Electric Reliability Council of Texas said.",
        True,
        [("count", 108, None, None), ("count", 89412, None, None)],
        "the Electric Reliability Council of Texas",
    ),
    (
        "en",
        "The previous record of 87,960 megawatts was set in August 2026.",
        True,
        [("count", 87960, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Solar panels covered roughly 31,000 megawatts of that demand during the afternoon, and batteries discharged a record 9,800 megawatts as the sun set.",
        True,
        [("count", 31000, None, "about"), ("count", 9800, None, None)],
        None,
    ),
    (
        "en",
        "Real-time wholesale prices briefly spiked to the $4,500 per megawatt-hour cap in parts of West Texas, according to ERCOT data.",
        True,
        [("money", 4500, "USD", None)],
        None,
    ),
    (
        "en",
        "ERCOT asked residents to conserve power from 6 p.m. until 9 p.m. but did not declare an emergency.",
        True,
        [],
        None,
    ),
    (
        "en",
        "ERCOT's chief executive said the operator had added about 14,000 megawatts of solar and storage since last summer.",
        True,
        [("count", 14000, None, "about")],
        None,
    ),
    (
        "en",
        '"The grid held up, and that is a testament to everything that has been built here," the governor told reporters in Austin.',
        False,
        [],
        None,
    ),
    ("en", "Consumer advocates said the state still had no plan for a long, windless heat wave.", False, [], None),
    # --- Zweite Gotthardröhre (Keystone-SDA), Mittwoch, 8. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bau der zweiten Gotthard-Strassenröhre wird um rund 180 Millionen Franken teurer als geplant und kostet nun gut 2,3 Milliarden Franken, teilte das Bundesamt für Strassen (Astra) mit.",
        True,
        [("ordinal", 2, None, None), ("money", 180000000, "CHF", "about"), ("money", 2300000000, "CHF", "over")],
        "das Bundesamt für Strassen",
    ),
    (
        "de",
        "Von der neuen Röhre sind inzwischen 11,2 Kilometer ausgebrochen, gut zwei Drittel der Gesamtlänge.",
        True,
        [("count", 11.2, None, None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Die Eröffnung verschiebt sich damit um rund 16 Monate auf Ende 2031.",
        True,
        [("duration", 16, "month", "about"), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Als Gründe nannte das Astra härteres Gestein im nördlichen Abschnitt und gestiegene Stahlpreise.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Projektleiterin Ladina Caduff-Nyamekye rechnet damit, dass die alte Röhre nach der Eröffnung rund drei Jahre lang saniert wird.",
        True,
        [("duration", 3, "year", "about")],
        None,
    ),
    (
        "de",
        "«Sicherheit im Berg hat Vorrang vor jedem Termin», sagte Caduff-Nyamekye an einer Medienkonferenz in Bern.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Täglich passieren im Schnitt rund 18'300 Fahrzeuge den Strassentunnel, an Spitzentagen über 26'000.",
        True,
        [("count", 18300, None, "about"), ("count", 26000, None, "over")],
        None,
    ),
    ("de", "Die Alpen-Initiative sprach von einem «Prestigebau auf Kosten der Bahn».", False, [], None),
    # --- HS2 costs (PA), Wednesday, Sept 8 ---
    (
        "en",
        "LONDON (PA) - The cost of the HS2 high-speed line between London and Birmingham could rise to as much as 74 billion pounds in 2019 prices, according to an updated estimate published on Wednesday.",
        True,
        [("money", 74000000000, "GBP", "up_to"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Hartley Penrose-Adeyemi told the Transport Committee the first trains were now expected to run in 2034, around two years later than the last official estimate.",
        True,
        [("year", 2034, None, None), ("duration", 2, "year", "about")],
        "Hartley Penrose-Adeyemi",
    ),
    (
        "en",
        "About 84 per cent of the civil engineering work on the 134-mile route is complete, and 61 of the 70 planned viaducts and bridges have been finished.",
        True,
        [
            ("percent", 84, "%", "about"),
            ("count", 134, None, None),
            ("count", 61, None, None),
            ("count", 70, None, None),
        ],
        None,
    ),
    (
        "en",
        "He said about 28,000 people were working on the project, down from a peak of 31,500 last year.",
        True,
        [("count", 28000, None, "about"), ("count", 31500, None, None)],
        None,
    ),
    ("en", '"Nobody should expect me to promise a date I cannot keep," Penrose-Adeyemi said.', False, [], None),
    (
        "en",
        "The Department for Transport confirmed that the government's funding envelope for the scheme remained unchanged.",
        True,
        [],
        None,
    ),
    ("en", 'The Conservatives called the update "a monument to wishful thinking".', False, [], None),
    (
        "en",
        "Trains on the line are planned to run at up to 330 km/h, bringing London within about 49 minutes of Birmingham.",
        True,
        [("count", 330, None, "up_to"), ("duration", 49, "minute", "about")],
        None,
    ),
    # --- Strom und Gas am Terminmarkt (dpa-AFX), Donnerstag, 9. September ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Terminpreis für deutschen Strom ist weiter gesunken: Der Grundlastkontrakt für 2028 fiel an der Energiebörse EEX am Donnerstag um 2,35 Euro auf 78,60 Euro je Megawattstunde.",
        True,
        [("year", 2028, None, None), ("money", 2.35, "EUR", None), ("money", 78.6, "EUR", None)],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat der Kontrakt damit knapp 17 Prozent an Wert verloren.",
        True,
        [("percent", 17, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Erdgas am niederländischen Handelspunkt TTF verteuerte sich dagegen wegen Ausfällen in Norwegen um gut 6 Prozent auf 33,90 Euro je Megawattstunde.",
        True,
        [("percent", 6, "%", "over"), ("money", 33.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Händler verwiesen beim Strom auf die robuste Einspeisung aus Wind- und Solaranlagen und auf volle Speicherseen in den Alpen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die deutschen Gasspeicher waren nach Daten des Branchenverbands Initiative Energien Speichern (INES) zu 91,3 Prozent gefüllt, knapp 2 Prozentpunkte mehr als vor einem Jahr.",
        True,
        [("percent", 91.3, "%", None), ("percent", 2, "pp", "nearly")],
        None,
    ),
    (
        "de",
        "„Der Markt preist gerade einen milden Winter ein, und genau darin liegt das Risiko“, sagte Energiemarktanalyst Till Ostendarp-Quaye von der Ravensberger Bank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ostendarp-Quaye sagte, bei einem kalten Januar könne der Gaspreis rasch wieder auf 45 bis 50 Euro je Megawattstunde klettern.",
        True,
        [("money", 45, "EUR", None), ("money", 50, "EUR", None)],
        "Ostendarp-Quaye",
    ),
    (
        "de",
        "Der CO2-Preis im europäischen Emissionshandel lag bei 71,40 Euro je Tonne.",
        True,
        [("money", 71.4, "EUR", None)],
        None,
    ),
    # --- Norwegian gas outage (Reuters), Thursday, Sept 9 ---
    (
        "en",
        "OSLO, Sept 9 (Reuters) - Norwegian gas exports to Europe fell to about 262 million cubic metres a day on Thursday, down from 331 million a week earlier, as unplanned outages at the Troll field and the Kollsnes processing plant cut supply, data from system operator Gassco showed.",
        True,
        [("date", "--09-09", None, None), ("count", 262000000, None, "about"), ("count", 331000000, None, None)],
        None,
    ),
    (
        "en",
        "Equinor said the Troll outage, caused by a compressor fault, would last until Sept. 14.",
        True,
        [("date", "--09-14", None, None)],
        "Equinor",
    ),
    (
        "en",
        "The fault took roughly 58 million cubic metres a day of capacity offline, according to Gassco's outage notices.",
        True,
        [("count", 58000000, None, "about")],
        None,
    ),
    (
        "en",
        "Benchmark Dutch front-month gas prices rose 7.4% to 34.20 euros per megawatt hour by 1400 GMT.",
        True,
        [("percent", 7.4, "%", None), ("money", 34.2, "EUR", None)],
        None,
    ),
    (
        "en",
        "EU gas storage sites were 89.6% full, comfortably above the 83% level the bloc has set for Nov. 1, data from Gas Infrastructure Europe showed.",
        True,
        [("percent", 89.6, "%", None), ("percent", 83, "%", None), ("date", "--11-01", None, None)],
        None,
    ),
    (
        "en",
        '"The market had grown complacent, and a faulty compressor has just reminded everyone how tight Norway\'s system runs," said Saoirse Vantongeren-Mba, a gas analyst at Salterhaven Commodities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Norwegian flows have typically recovered within two to four days after such faults, according to Vantongeren-Mba.",
        True,
        [("duration", 2, "day", None), ("duration", 4, "day", None)],
        None,
    ),
    (
        "en",
        "Some traders said the price reaction looked overdone given how much gas Europe already had in storage.",
        False,
        [],
        None,
    ),
    # --- Offshore-Netzanbindungen (dpa/lno), Freitag, 10. September ---
    (
        "de",
        "Hamburg (dpa/lno) - Die Anbindung mehrerer Offshore-Windparks in der Nordsee an das Stromnetz an Land verzögert sich um bis zu zwei Jahre.",
        True,
        [("duration", 2, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Betroffen seien drei Netzanbindungssysteme mit zusammen 6 Gigawatt Leistung, teilte der Übertragungsnetzbetreiber Tennet am Freitag mit.",
        True,
        [("count", 3, None, None), ("count", 6, None, None)],
        None,
    ),
    ("de", "Grund seien Lieferengpässe bei Konverterplattformen und Hochspannungskabeln, hieß es.", True, [], None),
    (
        "de",
        "Ende 2026 waren in der deutschen Nord- und Ostsee Windräder mit gut 10,4 Gigawatt am Netz.",
        True,
        [("year", 2026, None, None), ("count", 10.4, None, "over")],
        None,
    ),
    (
        "de",
        "Das gesetzliche Ziel von 30 Gigawatt bis 2030 gilt in der Branche inzwischen als kaum noch erreichbar.",
        True,
        [("count", 30, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die Kabel der neuen Systeme verlaufen jeweils über rund 230 Kilometer, davon etwa 110 Kilometer auf See.",
        True,
        [("count", 230, None, "about"), ("count", 110, None, "about")],
        None,
    ),
    (
        "de",
        "„Wir bauen gerade so viel Netz auf See wie nie zuvor“, sagte Tennet-Offshore-Chef Jasper Wiegmann-Adu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wiegmann-Adu sagte, für die Jahre bis 2032 habe Tennet Kabel und Plattformen im Wert von rund 19 Milliarden Euro fest bestellt.",
        True,
        [("year", 2032, None, None), ("money", 19000000000, "EUR", "about")],
        "Wiegmann-Adu",
    ),
    # --- Transmission cost blowout (AAP), Friday, Sept 10 ---
    (
        "en",
        "SYDNEY (AAP) - The cost of a major transmission link between the Snowy Mountains and Sydney has blown out by A$1.9 billion to A$6.8 billion, with completion pushed back to late 2029.",
        True,
        [("money", 1900000000, "AUD", None), ("money", 6800000000, "AUD", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "Transgrid expects the 372-kilometre line to be finished about 18 months later than planned.",
        True,
        [("count", 372, None, None), ("duration", 18, "month", "about")],
        None,
    ),
    (
        "en",
        "The project will carry up to 2,200 megawatts of power from new generation in the state's south.",
        True,
        [("count", 2200, None, "up_to")],
        None,
    ),
    (
        "en",
        "Transgrid chief executive Malcolm Beaurepaire-Nkosi said construction labour costs had risen by roughly 35 per cent since the original estimate in 2023.",
        True,
        [("percent", 35, "%", "about"), ("year", 2023, None, None)],
        "Malcolm Beaurepaire-Nkosi",
    ),
    (
        "en",
        '"Nobody is happier to see this line finished than the people who have to keep the lights on," Beaurepaire-Nkosi said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Australian Energy Market Operator expects four of the state's five remaining coal-fired power stations to close by 2033.",
        True,
        [("count", 4, None, None), ("count", 5, None, None), ("year", 2033, None, None)],
        None,
    ),
    ("en", "Farmers along the route said they had been treated as an afterthought.", False, [], None),
    (
        "en",
        "Landholders on about 140 of the 190 properties along the route have signed access agreements.",
        True,
        [("count", 140, None, "about"), ("count", 190, None, None)],
        None,
    ),
    # --- Generalsanierung Nürnberg-Regensburg (dpa), Montag, 13. September ---
    (
        "de",
        "Berlin (dpa) - Die Bahnstrecke von Nürnberg nach Regensburg wird ab Mitte Februar für fünf Monate voll gesperrt und von Grund auf erneuert.",
        True,
        [("duration", 5, "month", None)],
        None,
    ),
    (
        "de",
        "Auf dem rund 100 Kilometer langen Abschnitt sollen nach Bahn-Angaben 180 Kilometer Gleise, 142 Weichen und 19 Bahnhöfe erneuert werden.",
        True,
        [
            ("count", 100, None, "about"),
            ("count", 180, None, None),
            ("count", 142, None, None),
            ("count", 19, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der Konzern veranschlagt rund 1,1 Milliarden Euro, wovon etwa zwei Drittel auf den Bund entfallen.",
        True,
        [("money", 1100000000, "EUR", "about"), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Während der Sperrung sollen täglich bis zu 160 Ersatzbusse fahren; Fernzüge werden über Ingolstadt umgeleitet und sind bis zu 45 Minuten länger unterwegs.",
        True,
        [("count", 160, None, "up_to"), ("duration", 45, "minute", "up_to")],
        None,
    ),
    (
        "de",
        "Bis 2036 will die Bahn auf diese Weise 41 besonders stark belastete Korridore mit zusammen rund 4.200 Kilometern sanieren.",
        True,
        [("year", 2036, None, None), ("count", 41, None, None), ("count", 4200, None, "about")],
        None,
    ),
    (
        "de",
        "„Jede Sanierung tut weh, aber danach läuft die Strecke wieder zuverlässig“, sagte Infrastrukturvorständin Henrietta Salbeck-Oduro.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Salbeck-Oduro sagte, auf der bereits sanierten Riedbahn sei die Zahl der Störungen an Weichen und Signalen um gut 60 Prozent gesunken.",
        True,
        [("percent", 60, "%", "over")],
        "Salbeck-Oduro",
    ),
    (
        "de",
        "Der Fahrgastverband Pro Bahn nannte die Vollsperrung „eine harte Probe für alle Pendler“.",
        False,
        [],
        None,
    ),
    # --- UK grid connection queue (Reuters), Monday, Sept 13 ---
    (
        "en",
        "LONDON, Sept 13 (Reuters) - Britain has cut the queue of power projects waiting for a grid connection by more than half, removing about 410 gigawatts of schemes judged unlikely to be built, the grid operator said on Monday.",
        True,
        [("date", "--09-13", None, None), ("fraction", 0.5, None, "over"), ("count", 410, None, "about")],
        None,
    ),
    (
        "en",
        "The queue now holds roughly 330 GW of generation and storage, still more than four times Britain's peak demand, according to the National Energy System Operator.",
        True,
        [("count", 330, None, "about"), ("count", 4, None, "over")],
        None,
    ),
    (
        "en",
        "About 2,300 projects were offered new connection dates, with some solar and battery schemes brought forward by as much as eight years.",
        True,
        [("count", 2300, None, "about"), ("duration", 8, "year", "up_to")],
        None,
    ),
    (
        "en",
        "Battery storage accounts for about 44% of the capacity in the reformed queue, solar for 29% and onshore wind for 9%.",
        True,
        [("percent", 44, "%", "about"), ("percent", 29, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        '"Developers who sat on connection rights like lottery tickets have finally been told to build or step aside," said Declan Mehrotra-Shaw, a partner at law firm Marwood Tennant.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mehrotra-Shaw said at least 40 developers had lodged complaints with the regulator over their new dates.",
        True,
        [("count", 40, None, "at_least")],
        "Mehrotra-Shaw",
    ),
    (
        "en",
        "Ofgem said it would decide on any appeals within 12 weeks.",
        True,
        [("duration", 12, "week", None)],
        "Ofgem",
    ),
    ("en", "Renewable developers said the process had been rushed and poorly explained.", False, [], None),
    # --- Brenner Basistunnel (APA), Dienstag, 14. September ---
    (
        "de",
        "Innsbruck (APA) - Der Brenner Basistunnel wird nach aktuellem Stand erst 2033 in Betrieb gehen, ein Jahr später als zuletzt angenommen.",
        True,
        [("year", 2033, None, None)],
        None,
    ),
    (
        "de",
        "Die Gesamtkosten steigen auf rund 10,7 Milliarden Euro, teilte die Projektgesellschaft BBT SE am Dienstag mit.",
        True,
        [("money", 10700000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Von den insgesamt rund 230 Kilometern an Tunnelröhren, Erkundungsstollen und Zufahrten sind inzwischen 187 Kilometer ausgebrochen, also gut vier Fünftel.",
        True,
        [("count", 230, None, "about"), ("count", 187, None, None), ("fraction", 0.8, None, "over")],
        None,
    ),
    (
        "de",
        "Der 61 Kilometer lange Haupttunnel zwischen Innsbruck und Franzensfeste wird damit die längste unterirdische Eisenbahnverbindung der Welt.",
        True,
        [("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "BBT-Vorstand Ferdinand Unterkircher-Nwosu sagte, auf italienischer Seite fehlten noch gut 9 Kilometer Vortrieb.",
        True,
        [("count", 9, None, "over")],
        "Ferdinand Unterkircher-Nwosu",
    ),
    (
        "de",
        "„Ein Tunnel ist nur so gut wie die Strecken, die zu ihm hinführen“, sagte Unterkircher-Nwosu.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Mit einem Ausbau der Zulaufstrecke zwischen München und Rosenheim ist auf deutscher Seite nicht vor 2040 zu rechnen.",
        True,
        [("year", 2040, None, "at_least")],
        None,
    ),
    ("de", "Aktivisten des Transitforums sprachen von einem „Tunnel ins Leere“.", False, [], None),
    # --- California power shutoffs (AP), Tuesday, Sept 14 ---
    (
        "en",
        "SAN FRANCISCO (AP) — Pacific Gas and Electric cut power to about 48,000 customers in Northern California on Tuesday as dry, gusty winds raised the risk that its lines could spark wildfires.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "en",
        "The utility said the shutoffs affected parts of 17 counties and could last up to 36 hours in some areas.",
        True,
        [("count", 17, None, None), ("duration", 36, "hour", "up_to")],
        None,
    ),
    (
        "en",
        "Wind gusts reached 71 mph on Mount Diablo, according to the National Weather Service.",
        True,
        [("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "PG&E spokeswoman Corinna Valdespino-Hurst said crews had to inspect roughly 2,600 miles of line before power could be restored.",
        True,
        [("count", 2600, None, "about")],
        "Corinna Valdespino-Hurst",
    ),
    (
        "en",
        "The company has buried about 1,100 miles of power lines since 2021 and plans to put another 1,500 miles underground by 2030.",
        True,
        [
            ("count", 1100, None, "about"),
            ("year", 2021, None, None),
            ("count", 1500, None, None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        '"We know how disruptive this is for families, and we never take it lightly," Valdespino-Hurst said.',
        False,
        [],
        None,
    ),
    ("en", "Residents of Calistoga said the shutoffs had become a grim ritual of every fall.", False, [], None),
    (
        "en",
        "State regulators fined the utility $45 million last year over shutoffs that left customers who rely on medical equipment without notice.",
        True,
        [("money", 45000000, "USD", None)],
        None,
    ),
    # --- Stromtarife 2028 (Keystone-SDA), Mittwoch, 15. September ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Haushalte in der Schweiz bezahlen im nächsten Jahr im Mittel 4 Prozent weniger für Strom.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Ein typischer Haushalt zahlt 2028 durchschnittlich 27,4 Rappen pro Kilowattstunde, nach 28,5 Rappen im laufenden Jahr, teilte die Eidgenössische Elektrizitätskommission (ElCom) am Mittwoch mit.",
        True,
        [("year", 2028, None, None), ("money", 0.274, "CHF", None), ("money", 0.285, "CHF", None)],
        "die Eidgenössische Elektrizitätskommission",
    ),
    (
        "de",
        "Bei einem Jahresverbrauch von 4500 Kilowattstunden spart ein Haushalt damit rund 50 Franken.",
        True,
        [("count", 4500, None, None), ("money", 50, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Zwischen den Gemeinden bleiben die Unterschiede beträchtlich: von 17,9 Rappen im günstigsten bis 44,6 Rappen im teuersten Netzgebiet.",
        True,
        [("money", 0.179, "CHF", None), ("money", 0.446, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Netznutzung macht rund 43 Prozent des Preises aus, die Energie selbst etwa 41 Prozent.",
        True,
        [("percent", 43, "%", "about"), ("percent", 41, "%", "about")],
        None,
    ),
    (
        "de",
        "«Die Entspannung an den Grosshandelsmärkten kommt nun bei den Haushalten an», sagte ElCom-Geschäftsführerin Flurina Gadient-Mwangi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Winterreserve kostet die Haushalte 2028 noch 0,9 Rappen pro Kilowattstunde, bezifferte Gadient-Mwangi.",
        True,
        [("year", 2028, None, None), ("money", 0.009, "CHF", None)],
        None,
    ),
    ("de", "Die Stiftung für Konsumentenschutz nannte die Senkung «kaum spürbar für kleine Budgets».", False, [], None),
    # --- French nuclear strikes (Reuters), Wednesday, Sept 15 ---
    (
        "en",
        "PARIS, Sept 15 (Reuters) - Strikes by CGT union members at French nuclear plants cut available output by about 4,300 megawatts on Wednesday, data from EDF showed, as staff protested over pay.",
        True,
        [("date", "--09-15", None, None), ("count", 4300, None, "about")],
        None,
    ),
    (
        "en",
        "Walkouts hit 11 plants, with reactors at Gravelines, Cattenom and Tricastin among those that lowered output.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "EDF expects nuclear generation of between 355 and 375 terawatt hours this year, after 361 TWh in 2026.",
        True,
        [
            ("count", 355, None, None),
            ("count", 375, None, None),
            ("count", 361, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "French day-ahead baseload power for Thursday rose 38% to 64.50 euros per megawatt hour.",
        True,
        [("percent", 38, "%", None), ("money", 64.5, "EUR", None)],
        None,
    ),
    (
        "en",
        "The CGT is demanding a 6.5% pay rise for electricity and gas workers, while management has offered 3.1%, union representative Mathilde Quérou-Benali said.",
        True,
        [("percent", 6.5, "%", None), ("percent", 3.1, "%", None)],
        "Mathilde Quérou-Benali",
    ),
    (
        "en",
        '"The strike will last as long as management keeps pretending not to hear us," Quérou-Benali said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "France exported about 9.8 terawatt hours of power to its neighbours in August, making it Europe's largest net exporter for a 14th straight month, according to grid operator RTE.",
        True,
        [("count", 9.8, None, "about"), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "en",
        "Traders said the walkouts would likely be short-lived, as they had been in previous years.",
        False,
        [],
        None,
    ),
    # --- Stromausfall in Spandau (dpa), Donnerstag, 16. September ---
    (
        "de",
        "Berlin (dpa) - Nach einem Brandanschlag auf eine Kabelbrücke sind im Nordwesten Berlins rund 38.000 Haushalte und 1.900 Gewerbebetriebe ohne Strom.",
        True,
        [("count", 38000, None, "about"), ("count", 1900, None, None)],
        None,
    ),
    (
        "de",
        "Der Ausfall begann in der Nacht zum Donnerstag gegen 3.20 Uhr, teilte der Netzbetreiber Stromnetz Berlin mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Betroffen sind vor allem Teile von Spandau, Haselhorst und Siemensstadt; auch zwei Pflegeheime und eine Klinik mussten auf Notstrom umschalten.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Staatsschutz ermittelt, weil im Internet ein Bekennerschreiben aus der linksextremen Szene aufgetaucht ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Reparatur der zwei beschädigten 110-Kilovolt-Kabel werde voraussichtlich bis Samstag dauern, sagte Stromnetz-Berlin-Sprecher Konstantin Habermehl-Asamoah.",
        True,
        [("count", 2, None, None), ("count", 110, None, None)],
        "Konstantin Habermehl-Asamoah",
    ),
    (
        "de",
        "Bereits im März hatte ein Kabelbrand in Marzahn rund 12.000 Haushalte für gut zehn Stunden vom Netz getrennt.",
        True,
        [("count", 12000, None, "about"), ("duration", 10, "hour", "over")],
        None,
    ),
    ("de", "Die Innensenatorin sprach von einem „Angriff auf die ganze Stadt“.", False, [], None),
    (
        "de",
        "„Wir sitzen im Dunkeln und wissen nicht, wie lange noch“, sagte eine Anwohnerin in Haselhorst.",
        False,
        [],
        None,
    ),
    # --- Train drivers' strike (PA), Thursday, Sept 16 ---
    (
        "en",
        "LONDON (PA) - Drivers at three train companies are to strike for 48 hours from Friday 24 September over rest-day working, the Aslef union has announced.",
        True,
        [("count", 3, None, None), ("duration", 48, "hour", None), ("date", "--09-24", None, None)],
        None,
    ),
    (
        "en",
        "Around 2,400 services a day are expected to be cancelled on Southeastern, Southern and Thameslink while the strike lasts.",
        True,
        [("count", 2400, None, "about")],
        None,
    ),
    (
        "en",
        "Aslef said 91% of its balloted members supported walking out, with 77% taking part in the vote.",
        True,
        [("percent", 91, "%", None), ("percent", 77, "%", None)],
        "Aslef",
    ),
    (
        "en",
        "Aslef organiser Wendell Ashbrook-Nunes said the companies wanted drivers to work up to 10 extra Sundays a year without a fair premium.",
        True,
        [("count", 10, None, "up_to")],
        "Wendell Ashbrook-Nunes",
    ),
    (
        "en",
        '"Our members are not the problem here, and they are tired of being told that they are," Ashbrook-Nunes said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Drivers on the three operators earn an average basic salary of about £68,000, according to the Rail Delivery Group.",
        True,
        [("count", 3, None, None), ("money", 68000, "GBP", "about")],
        None,
    ),
    ("en", 'The Transport Secretary called the walkout "deeply irresponsible".', False, [], None),
    (
        "en",
        "Southern ran only about 61% of its scheduled services during the last walkout in July.",
        True,
        [("percent", 61, "%", "about")],
        None,
    ),
    # --- Wasserstoff-Kernnetz (Reuters), Freitag, 17. September ---
    (
        "de",
        "Berlin (Reuters) - Die ersten 525 Kilometer des deutschen Wasserstoff-Kernnetzes sollen Ende 2027 in Betrieb gehen, rund 13 Monate später als ursprünglich vorgesehen.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 525, None, None),
            ("year", 2027, None, None),
            ("duration", 13, "month", "about"),
        ],
        None,
    ),
    (
        "de",
        "Insgesamt ist das Netz auf gut 8.700 Kilometer angelegt, davon sollen etwa 55 Prozent umgestellte Erdgasleitungen sein.",
        True,
        [("count", 8700, None, "over"), ("percent", 55, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Investitionskosten schätzen die Fernleitungsnetzbetreiber auf rund 21,5 Milliarden Euro.",
        True,
        [("money", 21500000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für viele Abschnitte fehlen noch feste Abnehmer, hieß es bei der Vereinigung der Fernleitungsnetzbetreiber Gas (FNB Gas).",
        True,
        [],
        None,
    ),
    (
        "de",
        "FNB-Gas-Geschäftsführerin Annegret Vollmering-Osagie sagte, bislang seien Lieferverträge für nur etwa ein Fünftel der geplanten Kapazität unterzeichnet.",
        True,
        [("fraction", 0.2, None, "about")],
        "Annegret Vollmering-Osagie",
    ),
    ("de", "„Ohne Kunden verlegen wir Rohre ins Nichts“, sagte Vollmering-Osagie.", False, [], None),
    (
        "de",
        "Der Bund sichert die Finanzierung über ein Amortisationskonto ab, das bis 2056 ausgeglichen sein soll.",
        True,
        [("year", 2056, None, None)],
        None,
    ),
    ("de", "Kritiker halten das Konzept für ein teures Wagnis auf Kosten künftiger Netzkunden.", False, [], None),
    # --- Baltic power cable fault (Reuters), Friday, Sept 17 ---
    (
        "en",
        "HELSINKI, Sept 17 (Reuters) - A power cable linking Finland and Estonia under the Baltic Sea has been out of service since late on Thursday, cutting 658 megawatts of transmission capacity, Finnish grid operator Fingrid said on Friday.",
        True,
        [("date", "--09-17", None, None), ("count", 658, None, None)],
        None,
    ),
    (
        "en",
        "Fingrid said the fault lay about 40 kilometres off the Finnish coast and repairs could take five to seven weeks.",
        True,
        [("count", 40, None, "about"), ("duration", 5, "week", None), ("duration", 7, "week", None)],
        "Fingrid",
    ),
    (
        "en",
        "Police were investigating whether a ship's anchor had damaged the 158-km cable, which was laid in 2013.",
        True,
        [("count", 158, None, None), ("year", 2013, None, None)],
        None,
    ),
    (
        "en",
        "Finnish day-ahead power prices for Saturday jumped to 112.40 euros per megawatt hour, more than three times Friday's level.",
        True,
        [("money", 112.4, "EUR", None), ("count", 3, None, "over")],
        None,
    ),
    (
        "en",
        '"It is the third serious cable incident in the Baltic in under two years," said Eero Lindqvist-Amoah, a security researcher at the Finnish Institute of International Affairs.',
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", "under")],
        "Eero Lindqvist-Amoah",
    ),
    (
        "en",
        "Elering, Estonia's grid operator, said the country had enough domestic and imported supply to meet demand.",
        True,
        [],
        None,
    ),
    ("en", "NATO announced it would step up patrols in the Gulf of Finland.", True, [], None),
    ("en", "Shipping groups said the region's crowded sea lanes made such accidents hard to prevent.", False, [], None),
    # --- Windkraft in Bayern (dpa/lby), Montag, 20. September ---
    (
        "de",
        "München (dpa/lby) - Der Freistaat hat in den ersten sechs Monaten des Jahres so viele Windräder genehmigt wie seit 2014 nicht mehr: 118 Anlagen mit zusammen gut 780 Megawatt.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 6, "month", None),
            ("year", 2014, None, None),
            ("count", 118, None, None),
            ("count", 780, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "Im gesamten Vorjahr waren es nach Angaben des Wirtschaftsministeriums 74 Anlagen gewesen.",
        True,
        [("count", 74, None, None)],
        None,
    ),
    (
        "de",
        "In Betrieb gingen bislang allerdings erst 23 neue Windräder, weil sich Lieferungen und Netzanschlüsse verzögern.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    ("de", "Niedersachsen brachte im selben Zeitraum 164 Anlagen ans Netz.", True, [("count", 164, None, None)], None),
    (
        "de",
        "Bei der Solarenergie liegt der Freistaat dagegen vorn: Ende Juni waren dort Anlagen mit rund 29,6 Gigawatt installiert, etwa ein Viertel der bundesweiten Leistung.",
        True,
        [("count", 29.6, None, "about"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Die Gleichstromtrasse SuedOstLink, die Windstrom aus dem Norden bis nach Landshut bringen soll, ist auf bayerischem Gebiet zu knapp 40 Prozent gebaut, sagte Projektsprecherin Veronika Tiefenthaler-Ansah.",
        True,
        [("percent", 40, "%", "nearly")],
        "Veronika Tiefenthaler-Ansah",
    ),
    (
        "de",
        "„Der Wind weht in Bayern nicht schwächer als anderswo, nur die Behörden waren langsamer“, sagte der Landesvorsitzende des Bundesverbands WindEnergie.",
        False,
        [],
        None,
    ),
    ("de", "Bürgerinitiativen im Altmühltal klagen seit Jahren über die Windräder am Horizont.", False, [], None),
    # --- Snowy pumped hydro (AAP), Monday, Sept 20 ---
    (
        "en",
        "CANBERRA, Sept 20 (AAP) - The Snowy 2.0 pumped hydro project will cost A$14.2 billion and start full operation in 2030, according to a revised estimate released by Snowy Hydro on Monday.",
        True,
        [("date", "--09-20", None, None), ("money", 14200000000, "AUD", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The previous estimate, issued in 2024, put the cost at A$12.6 billion with completion in 2029.",
        True,
        [("year", 2024, None, None), ("money", 12600000000, "AUD", None), ("year", 2029, None, None)],
        None,
    ),
    (
        "en",
        "The scheme will add 2,050 megawatts of generating capacity and about 330 gigawatt hours of storage, enough to run about 3 million homes for up to seven days.",
        True,
        [
            ("count", 2050, None, None),
            ("count", 330, None, "about"),
            ("count", 3000000, None, "about"),
            ("duration", 7, "day", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Chief executive Dorian Kellaway-Mensah said tunnel boring machines had now excavated 17.3 kilometres of the project's 27 kilometres of headrace and tailrace tunnels.",
        True,
        [("count", 17.3, None, None), ("count", 27, None, None)],
        "Dorian Kellaway-Mensah",
    ),
    ("en", '"The hard rock is behind us, the hard work is not," Kellaway-Mensah said.', False, [], None),
    (
        "en",
        'The federal energy minister called the scheme "the giant battery this grid has been waiting for".',
        False,
        [],
        None,
    ),
    (
        "en",
        "The original 2018 proposal had priced the scheme at about A$2.3 billion.",
        True,
        [("year", 2018, None, None), ("money", 2300000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "About 3,900 workers are employed at the site, down from a peak of 4,400 in 2025.",
        True,
        [("count", 3900, None, "about"), ("count", 4400, None, None), ("year", 2025, None, None)],
        None,
    ),
    # --- Strompreisindex (APA), Dienstag, 21. September ---
    (
        "de",
        "Wien (APA) - Der Österreichische Strompreisindex (ÖSPI) sinkt im Oktober um 3,2 Prozent gegenüber dem Vormonat.",
        True,
        [("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Im Vergleich zum Oktober des Vorjahres liegt der Index um 11,4 Prozent niedriger, wie aus Daten der Österreichischen Energieagentur hervorgeht.",
        True,
        [("percent", 11.4, "%", None)],
        None,
    ),
    ("de", "Der Gaspreisindex ÖGPI steigt dagegen um 1,8 Prozent.", True, [("percent", 1.8, "%", None)], None),
    (
        "de",
        "Neukundinnen und Neukunden zahlen im günstigsten Tarif in Wien derzeit rund 11,9 Cent je Kilowattstunde für die Energie, netto und ohne Netzkosten.",
        True,
        [("money", 0.119, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Wer 3.500 Kilowattstunden im Jahr verbraucht, spart mit einem Anbieterwechsel bis zu 390 Euro jährlich, wie aus dem Tarifkalkulator der E-Control hervorgeht.",
        True,
        [("count", 3500, None, None), ("money", 390, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Heuer haben bis Ende August rund 198.000 Haushalte ihren Stromlieferanten gewechselt, um knapp ein Fünftel weniger als im Vorjahreszeitraum.",
        True,
        [("count", 198000, None, "about"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "„Wer seit Jahren beim selben Anbieter ist, lässt Geld liegen“, sagte E-Control-Vorstand Bernhard Pichlmayr-Acheampong.",
        False,
        [],
        None,
    ),
    ("de", "Die Arbeiterkammer sprach von „Preisen, die nur zögerlich nach unten wandern“.", False, [], None),
    # --- U.S. capacity additions (Reuters), Tuesday, Sept 21 ---
    (
        "en",
        "WASHINGTON, Sept 21 (Reuters) - U.S. developers installed 31.4 gigawatts of large solar farms between January and August, a record for the period, the Energy Information Administration said on Tuesday.",
        True,
        [("date", "--09-21", None, None), ("count", 31.4, None, None)],
        "the Energy Information Administration",
    ),
    (
        "en",
        "Battery storage additions reached 14.9 GW, while wind added only 4.2 GW.",
        True,
        [("count", 14.9, None, None), ("count", 4.2, None, None)],
        None,
    ),
    (
        "en",
        "Natural gas still supplied about 41% of the nation's power from January through June, with nuclear at 18% and coal at 15%.",
        True,
        [("percent", 41, "%", "about"), ("percent", 18, "%", None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "en",
        "The average U.S. residential electricity price rose to 17.9 cents per kilowatt-hour in June, up 5.6% from a year earlier.",
        True,
        [("money", 0.179, "USD", None), ("percent", 5.6, "%", None)],
        None,
    ),
    (
        "en",
        "Demand from data centers is set to grow by about 12% a year through 2030, said Lorenzo Achebe-Whitfield, a power analyst at Caldergate Research.",
        True,
        [("percent", 12, "%", "about"), ("year", 2030, None, None)],
        "Lorenzo Achebe-Whitfield",
    ),
    (
        "en",
        '"The grid is being asked to grow fast and stay cheap at the same time, and it cannot do both," Achebe-Whitfield said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The EIA expects another 22 GW of solar to come online by the end of December.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "en",
        "Electricity demand rose 2.9% in the first eight months, its fastest pace for the period since 2021.",
        True,
        [
            ("percent", 2.9, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 8, "month", None),
            ("year", 2021, None, None),
        ],
        None,
    ),
    # --- Brüttener Tunnel (Keystone-SDA), Mittwoch, 22. September ---
    (
        "de",
        "Zürich (Keystone-SDA) - Der Brüttener Tunnel zwischen Zürich und Winterthur wird rund 420 Millionen Franken teurer als budgetiert und kostet nun knapp 1,6 Milliarden Franken.",
        True,
        [("money", 420000000, "CHF", "about"), ("money", 1600000000, "CHF", "nearly")],
        None,
    ),
    (
        "de",
        "Die Eröffnung verschiebt sich um zwei Jahre auf Ende 2037, teilten die SBB am Mittwoch mit.",
        True,
        [("duration", 2, "year", None), ("year", 2037, None, None)],
        "die SBB",
    ),
    (
        "de",
        "Der Tunnel soll rund 8,6 Kilometer lang werden und die Kapazität auf der Achse um etwa ein Drittel erhöhen.",
        True,
        [("count", 8.6, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "Als Gründe nennen die SBB Auflagen zum Schutz des Grundwassers und Einsprachen gegen die Installationsplätze.",
        True,
        [],
        None,
    ),
    (
        "de",
        "SBB-Infrastrukturchefin Annina Tscharner-Obuya sagte, bis 2040 flössen über 12 Milliarden Franken in den Ausbau des Bahnnetzes im Grossraum Zürich.",
        True,
        [("year", 2040, None, None), ("money", 12000000000, "CHF", "over")],
        "Annina Tscharner-Obuya",
    ),
    ("de", "«Ein Tunnel dieser Grösse verzeiht keine Abkürzungen», sagte Tscharner-Obuya.", False, [], None),
    (
        "de",
        "Bereits heute verkehren zwischen Zürich und Winterthur an Werktagen rund 770 Züge.",
        True,
        [("count", 770, None, "about")],
        None,
    ),
    (
        "de",
        "Der Bund trägt nach der geltenden Vereinbarung rund 85 Prozent der Kosten, der Kanton Zürich den Rest.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    # --- Celtic Interconnector (PA), Wednesday, Sept 22 ---
    (
        "en",
        "DUBLIN (PA) - The Celtic Interconnector, a subsea power cable between Ireland and France, will not be completed until 2029, two years later than planned, EirGrid has confirmed.",
        True,
        [("year", 2029, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The 560-kilometre link, which will carry 720 megawatts, is expected to cost about €1.9 billion, up from an initial estimate of €1.45 billion.",
        True,
        [
            ("count", 560, None, None),
            ("count", 720, None, None),
            ("money", 1900000000, "EUR", "about"),
            ("money", 1450000000, "EUR", None),
        ],
        None,
    ),
    (
        "en",
        "About 490 kilometres of the cable will run along the seabed, with the rest on land in Cork and Brittany.",
        True,
        [("count", 490, None, "about")],
        None,
    ),
    (
        "en",
        "EirGrid chief executive Fionnuala Braddock-Asante said a shortage of cable-laying vessels had pushed back the marine works by at least 14 months.",
        True,
        [("duration", 14, "month", "at_least")],
        "Fionnuala Braddock-Asante",
    ),
    (
        "en",
        '"Ireland cannot stay an energy island, and this cable is our bridge out," Braddock-Asante said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The link could supply the equivalent of around 450,000 Irish homes, according to the Commission for Regulation of Utilities.",
        True,
        [("count", 450000, None, "about")],
        None,
    ),
    (
        "en",
        "Irish wholesale electricity prices averaged 118 euros per megawatt hour in August, among the highest in Europe.",
        True,
        [("money", 118, "EUR", None)],
        None,
    ),
    ("en", "Business groups said the delay left Irish firms exposed to high power prices for longer.", False, [], None),
    # --- Amprion (dpa-AFX), Donnerstag, 23. September ---
    (
        "de",
        "Dortmund (dpa-AFX) - Der Übertragungsnetzbetreiber Amprion erhöht sein Investitionsprogramm bis 2031 um knapp 8 Milliarden auf rund 44 Milliarden Euro.",
        True,
        [("year", 2031, None, None), ("money", 8000000000, "EUR", "nearly"), ("money", 44000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im ersten Halbjahr investierte das Unternehmen 2,7 Milliarden Euro, ein Plus von 31 Prozent, teilte Amprion am Donnerstag mit.",
        True,
        [("ordinal", 1, None, None), ("money", 2700000000, "EUR", None), ("percent", 31, "%", None)],
        "Amprion",
    ),
    (
        "de",
        "Der Umsatz stieg um 12 Prozent auf 3,9 Milliarden Euro, das Ergebnis vor Zinsen und Steuern (Ebit) um 9 Prozent auf 611 Millionen Euro.",
        True,
        [
            ("percent", 12, "%", None),
            ("money", 3900000000, "EUR", None),
            ("percent", 9, "%", None),
            ("money", 611000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Finanzchefin Ilka Brenninkmeyer-Tetteh sagte, Amprion wolle im kommenden Jahr Anleihen über bis zu 3 Milliarden Euro begeben.",
        True,
        [("money", 3000000000, "EUR", "up_to")],
        "Ilka Brenninkmeyer-Tetteh",
    ),
    (
        "de",
        "„Netzausbau ist kein Sprint, sondern ein Marathon mit immer neuen Etappen“, sagte Brenninkmeyer-Tetteh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Netz von Amprion ist rund 11.600 Kilometer lang und reicht von Niedersachsen bis an die Alpen.",
        True,
        [("count", 11600, None, "about")],
        None,
    ),
    (
        "de",
        "Zu den größten Vorhaben zählt die Gleichstromverbindung A-Nord, die auf rund 310 Kilometern von Emden ins Rheinland führt.",
        True,
        [("count", 310, None, "about")],
        None,
    ),
    (
        "de",
        "Die im Frühjahr begebene Amprion-Anleihe mit Laufzeit bis 2037 rentierte zuletzt bei 3,4 Prozent.",
        True,
        [("year", 2037, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    # --- Messina bridge (Reuters), Thursday, Sept 23 ---
    (
        "en",
        "ROME, Sept 23 (Reuters) - Italy's planned bridge over the Strait of Messina will cost about 14.8 billion euros, some 1.3 billion euros more than forecast last year, the company in charge of the project said on Thursday.",
        True,
        [
            ("date", "--09-23", None, None),
            ("money", 14800000000, "EUR", "about"),
            ("money", 1300000000, "EUR", "about"),
        ],
        None,
    ),
    (
        "en",
        "Stretto di Messina chief executive Raffaele Santangelo-Mbatha said construction of the 3.4-km suspension span would start in the spring of 2028 and take about seven years.",
        True,
        [("count", 3.4, None, None), ("year", 2028, None, None), ("duration", 7, "year", "about")],
        "Raffaele Santangelo-Mbatha",
    ),
    (
        "en",
        "The bridge would carry six lanes of road traffic and two rail tracks, and would be the world's longest suspension bridge.",
        True,
        [("count", 6, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The government has set aside 11.6 billion euros in the budget through 2032, with the rest to come from EU funds and loans.",
        True,
        [("money", 11600000000, "EUR", None), ("year", 2032, None, None)],
        None,
    ),
    (
        "en",
        "The crossing would take about 15 minutes, against up to two hours by ferry between Villa San Giovanni and Messina once waiting times are included.",
        True,
        [("duration", 15, "minute", "about"), ("duration", 2, "hour", "up_to")],
        None,
    ),
    (
        "en",
        '"No bridge in the history of engineering has been studied as closely as this crossing," Santangelo-Mbatha said.',
        False,
        [],
        None,
    ),
    ("en", 'Environmental groups called the project "a bridge to nowhere on a fault line".', False, [], None),
    (
        "en",
        "About 10 million passengers cross the strait by ferry each year.",
        True,
        [("count", 10000000, None, "about")],
        None,
    ),
    # --- Marode Autobahnbrücken (dpa), Freitag, 24. September ---
    (
        "de",
        "Berlin (dpa) - Rund 4.300 Autobahnbrücken in Deutschland müssen in den kommenden zehn Jahren saniert oder neu gebaut werden.",
        True,
        [("count", 4300, None, "about"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Das geht aus dem Brückenbericht der Autobahn GmbH hervor, den das Bundesverkehrsministerium am Freitag veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr wurden demnach 273 Brücken modernisiert, das Ziel von 450 Brücken pro Jahr wurde damit erneut klar verfehlt.",
        True,
        [("count", 273, None, None), ("count", 450, None, None)],
        None,
    ),
    (
        "de",
        "Für die Brückensanierung sind im Bundeshaushalt 2028 rund 2,8 Milliarden Euro vorgesehen, gut 15 Prozent mehr als in diesem Jahr.",
        True,
        [("year", 2028, None, None), ("money", 2800000000, "EUR", "about"), ("percent", 15, "%", "over")],
        None,
    ),
    (
        "de",
        "Die neue Talbrücke Rahmede an der A45 will die Autobahn GmbH im Frühjahr 2028 vollständig für den Verkehr freigeben.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Autobahn-Geschäftsführer Gernot Hülsewede-Kamara sagte, bei rund 170 Brücken seien die Schäden so groß, dass Lastwagen sie nur noch einzeln oder gar nicht mehr befahren dürften.",
        True,
        [("count", 170, None, "about")],
        "Gernot Hülsewede-Kamara",
    ),
    ("de", "„Wir sanieren heute, was über Jahrzehnte liegen geblieben ist“, sagte Hülsewede-Kamara.", False, [], None),
    ("de", "Der ADAC sprach von einem „Sanierungsstau, den Autofahrer an jeder Baustelle spüren“.", False, [], None),
    # --- Transmission line approval (AP), Friday, Sept 24 ---
    (
        "en",
        "OMAHA, Neb. (AP) — Federal regulators on Friday approved an 810-mile high-voltage line that would carry wind power from Kansas and Nebraska to the Chicago area, clearing the way for construction to start next year.",
        True,
        [("count", 810, None, None)],
        None,
    ),
    (
        "en",
        "The $9.7 billion project is designed to move up to 4,800 megawatts, enough to supply about 3.5 million homes.",
        True,
        [("money", 9700000000, "USD", None), ("count", 4800, None, "up_to"), ("count", 3500000, None, "about")],
        None,
    ),
    (
        "en",
        "Cottonwood Plains Transmission, the developer, expects the line to be in service by 2032 and to create some 6,000 construction jobs.",
        True,
        [("year", 2032, None, None), ("count", 6000, None, "about")],
        None,
    ),
    (
        "en",
        "Landowners in 14 counties have sued to block the use of eminent domain, and three of those cases are still pending.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Chief executive Tobias Okonkwo-Lindgren said the company had reached voluntary easement agreements with about 88% of landowners along the route.",
        True,
        [("percent", 88, "%", "about")],
        "Tobias Okonkwo-Lindgren",
    ),
    (
        "en",
        '"This line is the interstate highway of the clean energy economy," Okonkwo-Lindgren said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Regional grid operator MISO has estimated the line would save customers about $1.1 billion a year in power costs.",
        True,
        [("money", 1100000000, "USD", "about")],
        None,
    ),
    ("en", "Farm groups in Missouri said the project put corporate profits ahead of property rights.", False, [], None),
]
