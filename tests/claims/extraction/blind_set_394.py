"""Three-hundred-and-ninety-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
office-holder is named: the heads of real regulators, operators and bodies appear under
made-up names that stand for no real holder ("Behördenpräsident Wolfram Trägenapp" of the
Bundesnetzagentur, "E-Control-Vorstand Ferdinand Kreuzgruber", "ElCom-Präsident Lukas
Zumbrunnen", "APG-Vorstand Kurt Mitterlechner", "DET-Sprecher Malte Schwienhorst", "Energy
Minister Nerida Quinlivan" of South Australia) or by their role only ("Qatar's energy
minister", "the energy minister", "Ein Sprecher des Netzbetreibers").

Names: people, firms, sites and projects are made up and were checked against tests/, where
none of them occurs (Wolfram Trägenapp, Hiltrud Wesselmeyer, the portal Wattvergleich, the
Porenspeicher Wierlingen, Anneliese Harfst and Nordlicht Offshore, Ladina Caminada,
Jadestrom and Jörg-Peter Hallerbach, Malte Schwienhorst, Ferdinand Kreuzgruber, Kerstin
Vahlenkamp, Lukas Zumbrunnen, Kurt Mitterlechner, Horst Kaminski-Vogt; Tamsin Rigby-Holt and
Cardale Energy, Ingvild Sæterdal and Fjordvik Markets, Morwenna Tregaskis and Colbrook
Analytics, Darlene Voorhees, Dwayne Mayhall and the Sunbelt Solar Alliance, Haruka Ishizaki
and Kerrow Commodities, Fiona Auchterlonie, Brackenmoor Energy and its Dogger Ridge wind
farm, Callum Thistlewood and Ashdene Capital, Nerida Quinlivan, Grant Holloway-Reid,
Gwenaëlle Le Bihan and Atlantique Éolien, Marcus Feathersby and Gulfstar Energy; every
unnamed resident, trader, delegate, analyst, spokesperson, mayor and campaigner). Real
states, bodies, firms, hubs, fields, plants and places (Bundesnetzagentur, INES,
Verbraucherzentrale Bundesverband, vzbv, Bundesbedarfsplan, Tennet, Bundesverband der
Windparkbetreiber Offshore, Kernkraftwerk Gösgen, Schweizerische Energie-Stiftung, Deutsche
Energy Terminal, DET, Opec+, Brent, E-Control, CEGH, Arbeiterkammer, Bundesverband
Solarwirtschaft, BSW, ElCom, Gewerbeverband, Epex Spot, TTF, APG, Die Grünen, Bundesverband
WindEnergie, Helgoland, Gütersloh, Kassel, Obersteiermark, Gelsenkirchen; Gas Infrastructure
Europe, Incukalns, OPEC, OPEC+, the Sharara field, Gassco, Kollsnes, the Dutch TTF hub, EDF,
RTE, the Energy Information Administration, the EIA, Bloomberg, QatarEnergy, the North
Field, Brunsbüttel, Ofgem, NESO, Puget Sound Energy, the National Weather Service, the
Pierce County Sheriff's Office, SA Power Networks, the Australian Energy Market Operator,
the American Petroleum Institute, West Texas Intermediate, WTI, and the datelines' cities)
stand for the way wire copy names them; every storage level, volume, price, tariff, output,
quota, cargo, capacity, length, outage, result, forecast, dividend, investment and quote
here is invented, and where a real figure came to mind (a real storage target, a real EU
filling rule, a real OPEC+ increment or cut, a real price cap or unit rate, a real subsea
cable's length, a real solar target, a real network plan's sum, a real liquefaction
capacity, a real nuclear output range or share) it was changed - only Nordrhein-Westfalen's
coal exit in 2030 is kept as wire copy would state it.

Its weight: ENERGY SUPPLY AND PRICES (the fifty-seventh batch weighed energy systems in
their units, the hundred-twenty-sixth and two-hundred-and-fourteenth energy prices and
heating, the hundred-sixty-seventh and two-hundred-and-ninety-fifth the energy transition,
the two-hundred-and-seventy-first energy companies and utilities, the
three-hundred-and-seventeenth energy prices and household bills and the
three-hundred-and-forty-fifth oil, gas and electricity markets and energy companies, with
the forty-second's agriculture, commodities, energy and climate policy and the
hundred-fifty-fourth's commodities in the market reports beside them; their decisions are
kept) - a made-up wire fortnight at the start of one heating season, Monday, October 11, to
Friday, October 22, as 31 short stories in story order, the German and English desks
interleaved by day, each told as wire copy runs it (a dateline lead, the figures, attributed
claims, the other side, quotes). Half German (dpa with its slugs "dpa/lhe" and "dpa/lnw",
dpa-AFX, APA, Reuters German, Keystone-SDA with Swiss "1100", "4500", "gross", «» quotes and
a canton dateline "Däniken SO"; German „“ quotes): German gas storage at the start of the
heating season, retail power prices with a portal and the vzbv, the transmission grid's
build-out, a two-gigawatt offshore wind award, a blackout in Kassel, a three-week refuelling
outage at Gösgen, a utility's nine months, the 150th tanker at Wilhelmshaven, OPEC+ before
its December decision, Austrian storage and gas tariffs with the E-Control, German solar
additions, Swiss power tariffs for 2028, the gas and power market report, APG's grid plan,
an onshore wind auction and a hard-coal unit's closure. Half English (Reuters with dated
datelines, Bloomberg, PA, AP, AFP, AAP): EU gas storage, the OPEC output survey, Norwegian
flows lifting gas prices, a price cap forecast, a windstorm outage in Washington state, a
French reactor outage, U.S. solar and wind additions, Europe's LNG cargoes, a Qatari LNG
deal, a British utility's forecast, Ofgem's grid approval, oil prices after a U.S. stock
build, a substation fire in Adelaide, a French floating wind award and a Texas utility's
quarter. Figures as such copy has them: storage levels in percent with a move in percentage
points, gas and energy in terawatt hours and cubic metres, power capacity in gigawatts and
megawatts, also in compounds („Zwei-Gigawatt-Park“, „740-Megawatt-Block“,
„380-Kilovolt-Leitung“, „380-kV-Leitung“, "1,300-megawatt", "1.2-gigawatt", "two-gigawatt",
"two 275-kilovolt lines"), grid lengths in kilometres („Leitungskilometer“, „58 Kilometer
langen Abschnitt“, "620 kilometres", "436 km"), retail tariffs in Cent and Rappen per
kilowatt hour, wholesale prices in euros per megawatt hour, pence per therm and dollars per
million British thermal units, a negative power price, the price cap in pounds and pence,
output, cuts and quotas in barrels per day ("bpd", „Barrel pro Tag“, „Barrel täglich“), LNG
in cargoes, tankers, cubic metres and "mtpa", outages in homes, households, businesses and
hours, results, guidance, dividends, share prices and investment in euros, pounds, francs
and dollars; spans in number words and compounds („dreiwöchige Revision“, „knapp dreieinhalb
Stunden“, „binnen dreieinhalb Jahren“, „um elf Tage“, „nach einer zweijährigen Verzögerung“,
„Nach 52 Jahren Betrieb“, "a three-day shutdown", "a 15-year deal", "for up to three days"),
fractions in words („knapp die Hälfte“, „gut ein Drittel mehr“, „Jeder dritte Haushalt“,
„knapp ein Viertel davon“, „um ein Fünftel weniger“, „Fast jeder vierte Zuschlag“, "roughly
a third", "only two-thirds full", "roughly four-fifths", "less than half", "two-fifths of
it", "one in four households"), ordinals, multiples, hedges, ranges, years and dates.
Negatives as such copy has them - 58 rows, none with a figure: officials' reassurances and
rhetoric in quotes, executives' boasts and self-praise, analysts' and traders' colour,
traders' cited reasons, forecasts without a figure, labels from lobbies, a chamber of labour
and a trade association, a verdict with „halten ... für“, complaints, doubts and open
questions, appeals and advice that name no measure, a vow, fears, an accusation naming no
act and vox pops, each near a check-worthy look-alike from the same story (often the same
speaker's figure).

244 rows (125 German, 119 English), 58 negatives (30 German, 28 English), 186 check-worthy
rows of which 10 carry no figure (7 German, 3 English), 312 expected quantities (96 counts,
67 amounts of money - 29 EUR, 16 GBP, 16 USD, 6 CHF -, 41 percentages - 39 in "%", 2 in
percentage points "pp" -, 29 durations - 14 in years, 4 in months, 4 in weeks, 4 in days, 3
in hours -, 23 fractions, 21 dates, 18 ordinals, 17 years; none of them in a negative), 36
checked speakers (20 German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  reassurance, evaluation, label, boast, vow, fear, doubt, appeal naming no measure or piece
  of rhetoric is a negative with speaker None, also with a named speaker and an office
  (ninety-eighth, two-hundred-and-fourth, three-hundred-and-seventeenth,
  three-hundred-and-forty-fifth); a quoted or reported fact, figure, step, plan, forecast
  with a figure, demand naming a measure, rejection or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-twenty-sixth, three-hundred-and-forty-fifth). Pairs
  from one speaker: Trägenapp's 82 percent and his 58 kilometres beside „keinen Anlass zur
  Sorge“ and „Nadelöhr der Energiewende“; Rigby-Holt's 35 and 48 percent beside "the exam
  comes in February"; Wesselmeyer's 18 percent beside „verschenkt bares Geld“ (told by a
  pronoun); Sæterdal's two-thirds beside "walking a tightrope"; Harfst's six billion euros
  beside „das größte Kraftwerk, das Norddeutschland je gesehen hat“ (a boast); Tregaskis's
  9% beside "a small dip"; Caminada's 65 million francs beside «Sicherheit geht bei uns
  immer vor Tempo»; Hallerbach's guidance beside „fühlen uns dort sehr wohl“; Mayhall's
  cents per watt beside "the cheapest electron"; Schwienhorst's 46 landings beside
  „erpressbar“; Ishizaki's three weeks beside "deeper pockets"; Auchterlonie's 22 billion
  pounds beside "the right assets"; Kreuzgruber's 39 euros beside „Niemand muss sich ...
  fürchten“; Vahlenkamp's 16 gigawatts beside „Die Sonne schickt keine Rechnung“;
  Thistlewood's $64 beside "too many barrels"; Zumbrunnen's half beside «Verschnaufpause»;
  Quinlivan's lines beside the opposition's "sick of being left in the dark";
  Mitterlechner's 900 megawatts beside „am Limit“; Feathersby's third beside "open for
  business"; Le Bihan and Kaminski-Vogt are heard only in negatives.
- Check-worthy without a figure (ten rows; hundred-twenty-sixth,
  three-hundred-and-forty-fifth): a storage lead („fast voll“ - „fast“ before an adjective
  bounds no figure, three-hundred-and-forty-fifth: „fast vollständig“), a build-out lead
  („spürbar Fahrt aufgenommen“), a blackout lead, its stated cause („Ursache war nach ersten
  Erkenntnissen ...“), the police directing traffic, the restoration reported by a role with
  a clock time („seit 22.40 Uhr“ none; the speaker a role, unchecked), EDF's stated finding,
  Riyadh's rejection reported from delegations (a position, three-hundred-and-forty-fifth: a
  plan reported from delegates), the regulator's refusal ("turned down a request";
  two-hundred-and-fourth: a rejection) and Gulfstar's unchanged guidance.
- Negatives (ninety-eighth, two-hundred-and-fourth, three-hundred-and-seventeenth,
  three-hundred-and-forty-fifth), none with a figure: reassurances („keinen Anlass zur
  Sorge“, „Niemand muss sich vor diesem Winter fürchten“), rhetoric and boasts in quotes
  (the pairs above, "The Atlantic wind is our North Sea oil", "Europe will need our gas for
  decades to come", „Heute geht hier ein Stück Ruhrgebiet zu Ende“ - „Ein Stück“ none),
  traders' and analysts' colour ("The market is skittish ...", "Every extension ... makes
  traders nervous"), traders' cited reasons („Händler verwiesen auf mildes Wetter ...“;
  hundred-fifty-fourth), forecasts without a figure ("Traders said the market would take its
  cue ...", "Analysts said prices would likely stay volatile ...", "Analysts said the delay
  could revive concerns ...", „Händler rechnen damit, dass ...“, „Viele Marktteilnehmer
  rechnen mit ...“; forty-seventh), warnings naming no measure ("Industry groups warned
  ..."), labels („sprach von einem „Signal für die ganze Küste““, „nannte die
  Preisunterschiede ... „kaum erklärbar““, „nannte die Senkung «viel zu zaghaft»“, „sprach
  von einer „gefährlichen Delle““, "criticised the agreement as ..."), a verdict with
  „halten ... für“ (twice), praise („Analysten lobten ...“), complaints („Umweltverbände
  kritisieren seit Langem ...“, „Projektierer klagen seit Monaten ...“ - „seit Monaten“
  none; three-hundred-and-forty-fifth: „Industrieverbände beklagen seit Langem ...“), an
  accusation naming no act („warfen der Regierung vor, den Netzausbau jahrelang verschleppt
  zu haben“; two-hundred-and-forty-fourth), resolve („man wolle den Markt keinesfalls ...
  überschwemmen“; three-hundred-and-forty-fifth), doubts and open questions („Ob die Vorräte
  ...“, „Ob sich das Tempo ... halten lässt“, „Kritiker bezweifeln ...“, "Some analysts
  doubt ...", "Some investors questioned whether ...", "Consumer advocates doubt ..."),
  appeals and advice naming no measure ("Charities urged ministers to do more ...",
  "Officials urged residents to stay well away ...", "Residents were asked to check on
  elderly neighbours"), a vow ("vowed to keep fighting plans for new pylons"), a fear ("said
  they feared ..."; two-hundred-and-forty-fourth) and vox pops without their ages (a
  resident of Kassel, Darlene Voorhees). A demand naming its measure and a figure is
  check-worthy („Die Arbeiterkammer forderte, die Netzkosten ... um mindestens 10 Prozent zu
  senken.“ 10 "at_least", „forderte“ no verb of saying; three-hundred-and-seventeenth,
  three-hundred-and-forty-fifth).
- Storage levels and shares are percentages, a move of a level in points "pp"
  (fifty-seventh, hundred-twenty-sixth, three-hundred-and-forty-fifth): „bei 93,4 Prozent“,
  „bei 95,1 Prozent gelegen, also 1,7 Prozentpunkte höher“ 95.1 % and 1.7 pp („höher“ after
  the figure compares), „Zielwert von 82 Prozent zum 1. November“ 82 and --11-01, „mit 99,2
  Prozent“, „zu 89,6 Prozent“, "91.7% full", "about 0.1 percentage points a day" pp "about"
  ("a day" none; two-hundred-and-fourteenth), "93.4% and Italy's at 95.8%", "about 35% by
  the end of March, compared with 48%", "to 85% at some point between Oct. 1 and Dec. 1" 85
  and both dates ("between" no hedge).
- Energy, gas volumes, capacity and lengths are counts of the figure as written, a scale
  word multiplying (fifty-seventh, hundred-twenty-sixth, two-hundred-and-ninety-fifth,
  three-hundred-and-forty-fifth): „gut 234 Terawattstunden“ "over", „rund 85
  Terawattstunden“, „gut 18 Terawattstunden“, „etwa 1,1 Terawattstunden“, "about 1,034
  terawatt hours", "9.7 terawatt hours", "between 358 and 372 terawatt hours" (no hedge);
  „rund 170.000 Kubikmeter“, "by 38 million cubic metres a day", "about 312 million cubic
  metres a day, down from 341 million" (the unit written once serves the later figure);
  „knapp 12,4 Gigawatt“, „rund 121 Gigawatt“, „205 Gigawatt“, „etwa 16 Gigawatt“, „3,1
  Gigawatt“, „knapp 3,4 Gigawatt“, „2,9 Gigawatt“, „je 15 Megawatt“ („je“ no hedge), „bis zu
  900 Megawatt“ "up_to", „400 Megawatt Leistung und 800 Megawattstunden“, "a record 21.4
  gigawatts" ("a record" no hedge), "4.2 GW", "about 9.8 GW", "14 GW", "about 47 gigawatts",
  "about 400 gigawatts", "about 3.5 GW ..., ... 11 GW"; lengths („412 Kilometer ..., weitere
  1.180 Kilometer“ - „weitere“ no hedge -, „rund 17.300 Leitungskilometer“, „einen 58
  Kilometer langen Abschnitt“ - the figure before „lang“ the length,
  two-hundred-and-ninety-fifth -, „rund 110 Kilometer nordwestlich von Helgoland“, „rund 460
  Kilometer“, "about 620 kilometres", "436 km"); consumption („4.000 Kilowattstunden“, Swiss
  „4500 Kilowattstunden“ without a separator; two-hundred-and-ninety-fifth). A figure
  heading a hyphenated compound is a count (two-hundred-and-seventy-first: „drei
  500-Megawatt-Blöcke“ 3 and 500, "The 2,640-megawatt plant"): „Der 740-Megawatt-Block“ 740,
  "The 1,300-megawatt unit" 1,300, "Its 1.2-gigawatt Dogger Ridge wind farm" 1.2,
  „380-Kilovolt-Leitung“ 380, "two 275-kilovolt lines" 2 and 275; a number word heading one
  is its number (the issue's "28-Punkte-Entwurf"; three-hundred-and-eighty-eighth:
  „Neun-Punkte-Papier“ 9; three-hundred-and-eighty-seventh: "a one-gigawatt cloud campus"
  1): „ein Zwei-Gigawatt-Park“ and "a two-gigawatt floating wind farm" 2. New: „eine
  380-kV-Leitung“ is 380 - the unit's abbreviation heading the compound reads as the written
  unit, as "1,200 MW" reads as megawatts (two-hundred-and-ninety-fifth).
- Output, cuts and quotas in barrels per day, LNG and other counts as written (fifteenth,
  three-hundred-and-forty-fifth, two-hundred-and-seventy-first): "28.64 million barrels per
  day (bpd) ..., up 310,000 bpd" (the bracketed abbreviation none), "about 140,000 bpd to
  roughly 9.93 million bpd", "nearly 90,000 bpd", "the 1.9 million bpd", „um weitere 154.000
  Barrel pro Tag“ („weitere“, „voraussichtlich“ no hedge), „gut 2,6 Millionen Barrel
  täglich“ "over", „rund 9,2 Millionen Barrel pro Tag ... knapp unter seiner Quote“ - „knapp
  unter“ before a pronoun bounds no figure, as "below the" before an article
  (three-hundred-and-forty-fifth) -, "about 3.4 million barrels", "roughly 900,000 barrels";
  "112 cargoes", „46 Anlandungen“ („bereits“ no hedge), "up to 2 million metric tons per
  annum (mtpa)" 2,000,000 "up_to", "nearly 140 mtpa ... about 80 mtpa" 140,000,000 "nearly"
  and 80,000,000 "about" ("mtpa" multiplies, two-hundred-and-seventy-first); outages („Rund
  41.000 Haushalte und knapp 1.200 Betriebe“, "more than 310,000 homes and businesses"
  "over", "about 198,000", "more than 160,000" "over", "About 58,000"), „14 Straßenbahnen“,
  „zu 37 Einsätzen“, „rund 1100 externe Fachleute“ (Swiss, four digits without a separator),
  „134 Turbinen“, "125 turbines", "roughly 2 million people", „rechnerisch rund 2,3
  Millionen Haushalte“ and „rechnerisch bis zu 1,4 Millionen Haushalte“, „rund 610
  Netzbetreibern“, „65 Umspannwerke“, „Von den zuletzt 310 Beschäftigten sollen 240“
  („zuletzt“ no hedge, „die übrigen“ none), "More than 700 projects", "two appeals", "two
  subsea links", "Gusts of up to 78 mph" 78 "up_to", "Around 3.6 million households"
  "about"; definite groups (forty-first): „Die vier Übertragungsnetzbetreiber“ 4, „die acht
  beteiligten Länder“ 8, "The longer of the two subsea cables" 2; unnamed sources with a
  number (hundred-seventeenth: "three industry sources"): „sagten drei Delegierte“ 3.
  Multiples (hundred-forty-seventh: "three times as many"): "four times as many kilometres
  of line" 4; "have more than doubled" a verb and none (hundred-tenth,
  two-hundred-and-forty-fourth). New: „eine vierköpfige Familie“ is count 4 - the number
  word heading „-köpfig“ reads as the digits in „einer 18-köpfigen Delegation“
  (three-hundred-and-eighty-eighth) and as „Zwei-Gigawatt-Park“ above. New: „rechnerisch“
  ("arithmetically") is no hedge - it names how a figure was derived, as „im Schnitt“ and
  "on average" do, and bounds nothing.
- Prices and tariffs are money in the currency written (twelfth, hundred-twenty-sixth,
  two-hundred-and-ninety-fifth, three-hundred-and-forty-fifth): Cent as EUR hundredths
  („27,9 Cent pro Kilowattstunde“ 0.279 - „im Schnitt“ no hedge -, „durchschnittlich 38,6
  Cent“ 0.386, „4,1 Cent je Kilowattstunde netto“ 0.041 - „netto“ none -, „6,53 Cent ...,
  nach 6,83 Cent“), Rappen as CHF hundredths („um 1,9 Rappen“ 0.019, „26,3 Rappen“, „17,8
  Rappen, der teuerste 41,2 Rappen“), euros per megawatt hour („rund 39 Euro“, „33,85 Euro“,
  „im Schnitt 61,40 Euro“, "up 1.85 euros at 38.40 euros", "94 euros", "86 euros"), pence as
  GBP hundredths ("4.20 pence to 96.75 pence per therm" 0.042 and 0.9675, "25.73p ...
  6.41p", "54.12p ... 32.87p", "21.4 pence per share" 0.214), U.S. cents as USD hundredths
  in stories datelined NEW YORK, SINGAPORE and in Bloomberg's copy ("by 8 to 12 cents per
  watt" 0.08 and 0.12 - the unit written once serves the earlier figure,
  three-hundred-and-thirty-third -, "about 40 cents" 0.4, "46 cents" 0.46, "51 cents" 0.51),
  "$11.20 per million British thermal units", "$67.82 a barrel", "$64.15", "$64 a barrel",
  „68,94 Dollar je Barrel“ USD, "71.20 euros a tonne", "about $96,000 a day"; the price cap
  ("by £52 to £1,689" - the "to" of a target, no range and no hedge -, "about 11 pounds a
  year"); "per kilowatt hour", "per therm", "per megawatt hour", "a tonne", "a day", "a
  year", „pro Kilowattstunde“, „je Megawattstunde“, „im Jahr“ none. „fiel der Preis sogar
  auf minus 4,20 Euro“ is -4.2 EUR - the sign word before the figure is its sign (eleventh:
  „minus 3 Prozent“; hundred-tenth: "minus 9.6 feet"), „sogar“ no hedge.
- Results, guidance, investment and shares in the currency written
  (two-hundred-and-seventy-first, three-hundred-and-forty-fifth): „auf 1,84 Milliarden
  Euro“, „612 Millionen Euro nach 803 Millionen“ both EUR (the currency written once serves
  the later figure, hundred-seventeenth), „von 2,3 bis 2,5 Milliarden Euro“ both (the „bis“
  of a range no hedge), „auf 21,66 Euro“, „1,27 Milliarden Euro“, „gut sechs Milliarden
  Euro“ "over", „rund 1,6 Milliarden Euro“, „rund 286 Milliarden Euro“ („insgesamt“ no
  hedge), „knapp 10,4 Milliarden Euro“ "nearly", „164 Millionen Euro“, „rund 65 Millionen
  Franken“ CHF, „gut 85 Franken“ CHF "over", „rund 385 Euro im Jahr“ "about"; "2.45 billion
  to 2.6 billion pounds ..., ... 2.2 billion to 2.4 billion pounds" four GBP amounts, "about
  22 billion pounds", "8.3 billion pounds", "$1.34 billion, or $2.11 per share, from $1.2
  billion", "by $800 million to $9.6 billion", "about 1.9 billion euros", "no more than 450
  million euros a year" "at_most" (three-hundred-and-eighty-eighth: "no more than 500,000
  troops").
- Percentages as written (every batch): „um 17 Prozent“, „4,3 Prozent“, „14 Prozent
  weniger“, „rund 6 Prozent weniger“, „rund 7 Prozent weniger“, „2,4 Prozent weniger“, „1,2
  Prozent weniger“ („weniger“ after the figure compares), „um rund 18 Prozent“, „knapp 8
  Prozent“ "nearly", „gut 11 Prozent“ "over", „bei 61 Prozent“, „mit 19 Prozent“, „um
  mindestens 10 Prozent“ "at_least"; "about 3%", "about 9%", "0.9%", "6%", "or 0.7%", "about
  9% since the start of the month", "nearly 60%", "about 42% ..., coal 14% and nuclear 19%",
  "23%", "5%", "12%", "3.1%", "as much as 5.8%" "up_to" (hundred-thirtieth).
- Fractions (the issue: "ein Fünftel", "drei Viertel", "jeder vierte", "two-fifths"): „knapp
  die Hälfte“ 0.5 "nearly", „gut ein Drittel mehr“ 0.3333 "over" („mehr“ after it compares;
  two-hundred-and-ninety-fifth: „knapp ein Viertel mehr“), „Jeder dritte Haushalt“ 0.3333,
  „knapp ein Viertel davon“ 0.25 "nearly", „rund ein Viertel der Brennelemente“ 0.25
  "about", „gut die Hälfte davon“ and „Gut die Hälfte“ 0.5 "over", „knapp ein Drittel“
  0.3333 "nearly", „um ein Fünftel weniger“ 0.2, „knapp ein Fünftel weniger“ 0.2 "nearly",
  „fast die Hälfte“ 0.5 "nearly", „Fast jeder vierte Zuschlag“ 0.25 "nearly"; "roughly a
  third" 0.3333 "about", "only two-thirds full" 0.6667 ("only" no hedge), "about two-thirds"
  0.6667 "about", "nearly two-thirds" 0.6667 "nearly", "roughly four-fifths" 0.8 "about" (as
  "three-fifths" 0.6, three-hundred-and-eighty-eighth), "roughly three-quarters" 0.75
  "about", "about a fifth" 0.2 "about", "two-fifths of it" 0.4, "one in four households"
  0.25, "about a third" 0.3333 "about", and "less than half the level of three years ago"
  0.5 "under" with 3 years (two-hundred-and-forty-fourth: "Less than a fifth";
  two-hundred-and-ninety-fifth: "three years ago").
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „für eine dreiwöchige Revision“ 3 weeks (hundred-twelfth: „ein etwa dreiwöchiges
  Rehabilitationsprogramm“), „knapp dreieinhalb Stunden“ 3.5 hours "nearly", „binnen
  dreieinhalb Jahren“ 3.5 years („binnen“ no hedge), „um elf Tage“ 11 days, „nach einer
  zweijährigen Verzögerung“ 2 years, „Nach 52 Jahren Betrieb“ 52 years, „seit gut drei
  Jahren nicht mehr“ 3 years "over" (three-hundred-and-forty-fifth: „seit fast zwei
  Jahren“), „seit fast zwei Monaten“ 2 months "nearly", „erstmals seit zwei Jahren“ 2 years
  („erstmals“ none), „in den ersten neun Monaten“ ordinal 1 and 9 months (forty-second), "by
  three weeks", "a three-day shutdown", "for up to three days" "up_to", "more than five
  hours" "over", "within two weeks" ("within" no hedge), "in at least five years" 5 years
  "at_least", "in the first 17 days of the month" ordinal 1 and 17 days
  (two-hundred-and-forty-fourth: "in the first four days"), "roughly three weeks of LNG
  demand" 3 weeks "about", "a 15-year deal" 15 years, "for 20 years", "over five years"
  ("over" before a span no hedge), "in the six months to September" 6 months, "in the first
  nine months" ordinal 1 and 9 months, "in the next six years as in the previous 20" 6 and
  20 years (the unit written once serves the later figure, three-hundred-and-forty-fifth);
  ages are durations in years ("A 71-year-old driver"). Running hours are a span
  (two-hundred-and-ninety-fifth: hours of negative prices; three-hundred-and-forty-fifth:
  days a plant stood idle): „an gut 1.900 Stunden im Jahr“ 1,900 hours "over" („zuletzt nur
  noch“ no hedge, „im Jahr“ none). New: „nach zwei außergewöhnlich starken Jahren“ is 2
  years - adjectives between the number word and its unit change nothing, as „nach 17 Tagen“
  (three-hundred-and-eighty-eighth) counts its days. None: „in einem durchschnittlichen
  Winter“, „in einem Jahr“, „als vor einem Jahr“, „ein Jahr zuvor“, „Zur gleichen Zeit des
  Vorjahres“, „im Vorjahr“, „im Vorjahreszeitraum“, „im laufenden Jahr“, „im kommenden
  Jahr“, „in diesem Jahr“, „seit Jahresbeginn“, „seit Langem“, „seit Monaten“, „jahrelang“,
  „Mitte September“, „Anfang Oktober“, „bis Dezember“, „für das Gesamtjahr“, „am Vortag“,
  „In der windreichsten Stunde des Tages“ (an hour named without a figure,
  two-hundred-and-seventy-sixth), „In Spitzenzeiten“, „am Sonntagmorgen“, „am
  Mittwochabend“, „am Montagmittag“, "a year earlier", "this year", "next year", "last
  week", "last month", "last winter", "by the end of March", "since the start of the month",
  "the same period", "the same stretch of 2026" (its year only), "full-year", "for the year
  to March", "by the end of the decade", "for decades to come", "for a generation", "at this
  point last year", "overnight", "by Thursday afternoon", months, weekdays and clock times
  („seit 22.40 Uhr“, "by 0930 GMT", "by 0340 GMT", "at 6pm").
- Ordinals (the issue: "das sechste Treffen", "zum zweiten Mal"): „das 150.
  Flüssiggastankschiff“ 150, „Im ersten Halbjahr“ (twice) 1 with no duration
  (two-hundred-and-ninety-fifth), „in den ersten drei Quartalen“ ordinal 1 and count 3 (a
  quarter is no unit of time in the issue's list; fifteenth, hundred-fiftieth), „im dritten
  Quartal“ 3, "for a fourth straight month" 4, "in the fourth quarter" 4, "a
  windier-than-usual third quarter" and "third-quarter profit" 3, "in the first half" 1, "in
  the second half of 2028" 2 and the year, "in the first quarter of next year" 1, "the third
  long-term deal" 3, "The first shipments" 1 (a plural with its article,
  two-hundred-and-forty-fourth: „Die ersten Bartgeier“). „nach ersten Erkenntnissen“ none
  (sixteenth, three-hundredth: „zu ersten Warnstreiks“ - „ersten“ before a plural without an
  article); „erstmals“, "the largest", „Am stärksten“, „den tiefsten Stand“, „Herzstück“,
  „die jüngste Ausschreibung“, „die nächste Runde“, „in der Runde davor“ and "the country's
  largest ... to date" none. New: "with Qatar a distant second" is ordinal 2 - a rank word
  standing after its noun names a place in an order as "Britain's second-largest union"
  (three-hundredth) and „die drittgrößte Stadt“ (the issue) do; "distant" adds nothing.
- Years and dates: „bis 2037“, „ab 2031“, „für 2030“, „bis 2030“, „2028“ (the tariff year),
  „bis 2035“, „auf 2030 vorgezogen“, "since early 2023", "by 2031" (twice), "in 2029",
  "since 2022", "in 2033", "by 2030", "its 2027 capital spending plan" the years
  (two-hundred-and-seventy-sixth: "a 2024 Supreme Court ruling" dates its noun), „zum 1.
  November“ --11-01, „am 2. November“ and "on Nov. 2" --11-02, „Zum 1. Februar“ --02-01,
  "between Oct. 1 and Dec. 1" both, "on Dec. 6 instead of Nov. 15" both, "until December 31"
  --12-31, "in the week to Oct. 15" --10-15; Reuters and AFP English datelines with a day
  ("LONDON, Oct 11 (Reuters)", "LONDON, Oct 12", "LONDON, Oct 13", "PARIS, Oct 14", "NEW
  YORK, Oct 15", "DOHA, Oct 18", "LONDON, Oct 19", "LONDON, Oct 20", "SINGAPORE, Oct 20",
  "PARIS, Oct 21 (AFP)", "HOUSTON, Oct 22") dates without a year (hundred-fifty-ninth,
  three-hundred-and-eighty-eighth); dpa („Bonn (dpa) -“, „Berlin (dpa) -“, „Hamburg (dpa)
  -“, „Wilhelmshaven (dpa) -“, „Kassel (dpa/lhe) -“, „Gelsenkirchen (dpa/lnw) -“), dpa-AFX,
  APA, Reuters German („Wien (Reuters) -“), Keystone-SDA („Däniken SO (Keystone-SDA) -“,
  „Bern (Keystone-SDA) -“), Bloomberg ("(Bloomberg) --"), PA ("LONDON (PA) -"), AP ("SEATTLE
  (AP) —") and AAP ("ADELAIDE (AAP) -") datelines none (seventy-ninth).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "roughly" "about"; „knapp“, „fast“, „Fast“, "nearly" "nearly"; „gut“, „Gut“, "more than",
  "More than" "over"; "less than" "under"; „bis zu“, "up to", "as much as" "up_to";
  „mindestens“, "at least" "at_least"; "no more than" "at_most". No hedge: „im Schnitt“,
  „durchschnittlich“, „insgesamt“, „weitere“, „je“, „bereits“, „zuletzt“, „nur noch“,
  „derzeit“, „inzwischen“, „sogar“, „voraussichtlich“, „rechnerisch“ (above), „damit“,
  „davon“, „unter anderem“, „binnen“, "just", "only", "a record", "another", "already",
  "within", "between", "over" before a span, the "to" and „bis“ of a range or a target,
  „knapp unter“ before a pronoun, and „mehr“, „weniger“, „höher“, "more", "above", "down
  from" and "up" beside a figure.
- Speakers, checked only in forms the earlier batches settled. German: „wie die
  Bundesnetzagentur am Montag mitteilte“ -> "die Bundesnetzagentur" and „wie das Unternehmen
  am Freitag mitteilte“ -> "das Unternehmen" (three-hundred-and-forty-fifth;
  three-hundred-and-twenty-fourth: „wie die EZB am Donnerstag mitteilte“), „teilte die
  E-Control am Dienstag mit“ -> "die E-Control" (the weekday dropped), „teilte die Deutsche
  Energy Terminal (DET) mit“ -> "die Deutsche Energy Terminal" (the abbreviation dropped,
  three-hundred-and-forty-fifth: „das Bundesamt für Energie (BFE)“), „teilte die Betreiberin
  mit“ -> "die Betreiberin" and „teilte der Betreiber mit“ -> "der Betreiber" (a body by its
  common noun, three-hundred-and-forty-fifth), „nach Angaben der Bundesnetzagentur“ -> "die
  Bundesnetzagentur", „nach Angaben des Netzbetreibers“ -> "der Netzbetreiber" and „nach
  Angaben des Bundesverbands Solarwirtschaft (BSW)“ -> "der Bundesverband Solarwirtschaft"
  (the nominative, the abbreviation dropped, two-hundred-and-ninety-fifth); the name with
  the title dropped („sagte Behördenpräsident Wolfram Trägenapp“, „sagte
  vzbv-Energieexpertin Hiltrud Wesselmeyer“, „Geschäftsführerin Anneliese Harfst sagte,
  ...“, „Finanzvorstand Jörg-Peter Hallerbach sagte, ...“, „DET-Sprecher Malte Schwienhorst
  sagte, ...“, „E-Control-Vorstand Ferdinand Kreuzgruber sagte, ...“,
  „BSW-Hauptgeschäftsführerin Kerstin Vahlenkamp sagte, ...“, „APG-Vorstand Kurt
  Mitterlechner sagte, ...“; two-hundred-and-ninety-fifth, three-hundred-and-forty-fifth),
  the surname opening the row („Trägenapp sagte, ...“, „Caminada sagte, ...“, „Zumbrunnen
  sagte, ...“; forty-second). English: the surname as written ("Rigby-Holt said", "Sæterdal
  said", "Mayhall said", "Ishizaki said", "Thistlewood said"; hundred-fiftieth), the name in
  apposition ("Colbrook's principal consultant, Morwenna Tregaskis, said";
  hundred-fifty-ninth, three-hundred-and-eighty-eighth), the name with the role dropped
  ("Chief Executive Fiona Auchterlonie said", "Energy Minister Nerida Quinlivan said";
  two-hundred-and-ninety-fifth) and with "told analysts" ("Chief Executive Marcus Feathersby
  told analysts"; two-hundred-and-eightieth: "Chief Executive Douglas Kettering told
  analysts"), a firm at the head of reported speech or after a clause as written ("Puget
  Sound Energy said", "EDF said", "..., QatarEnergy said.", "..., Ofgem said.";
  two-hundred-and-seventy-first, three-hundred-and-forty-fifth), bodies with their article
  ("the Energy Information Administration said on Friday" with the weekday dropped, "...,
  the National Weather Service said.", "The Australian Energy Market Operator said it would
  ..."; three-hundred-and-forty-fifth, three-hundred-and-fifty-sixth). Left unchecked
  (None): all negatives, also those with a named speaker; roles and pronouns („Ein Sprecher
  des Netzbetreibers sagte“, „fügte sie hinzu“, „sagte eine Anwohnerin“, "Qatar's energy
  minister told reporters", "the minister said", "a trader in London", "a Paris-based power
  trader"); plural and anonymous sources („Insidern zufolge“, „sagten drei Delegierte“,
  „nach Angaben aus Delegationskreisen“, „hieß es“, „hieß es bei der Behörde“, "utilities
  said", "Analysts surveyed by Reuters"; forty-first); data, surveys, polls and documents
  („nach Daten des Speicherverbands INES“, „wie eine Auswertung des Vergleichsportals
  Wattvergleich ergab“, „wie eine Umfrage im Auftrag des Verbraucherzentrale Bundesverbands
  (vzbv) ergab“, „wie aus den ... Zahlen der Eidgenössischen Elektrizitätskommission (ElCom)
  hervorgeht“, „nach Berechnungen von Reuters“, „nach eigenen Angaben“, „Nach Angaben des
  Portals“ - three-hundred-and-twenty-fourth -, "figures published by Gas Infrastructure
  Europe showed", "a Reuters survey found", "the survey showed", "data from Gassco showed",
  "data from grid operator RTE showed", "ship-tracking data compiled by Bloomberg",
  "American Petroleum Institute data cited by market sources showed"; hundred-twenty-sixth,
  three-hundred-and-forty-fifth); every "according to" (a forecast by Colbrook Analytics,
  government figures, the utility, the Pierce County Sheriff's Office, SA Power Networks,
  NESO; two-hundred-and-fourth); descriptions before the name ("Norwegian gas system
  operator Gassco said", "Grid operator NESO has said", "the state-owned company said";
  fortieth, three-hundred-and-forty-fifth: "the Rome-based company said"); estimating and
  other verbs that are not of saying („forderte“, „lehnte ... ab“, „will“, "expects",
  "sees", "has forecast", "put", "turned down"); and - to keep the checked speakers near 35,
  as the three-hundred-and-forty-fifth and three-hundred-and-eighty-eighth batches did -
  "the energy ministry said" and "the ministry said" (Paris).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_394 = [
    # --- Gasspeicher zum Start der Heizperiode (dpa), Montag, 11. Oktober ---
    ("de", "Bonn (dpa) - Die deutschen Gasspeicher sind zum Start der Heizperiode fast voll.", True, [], None),
    (
        "de",
        "Der Füllstand lag am Sonntagmorgen bei 93,4 Prozent, wie die Bundesnetzagentur am Montag mitteilte.",
        True,
        [("percent", 93.4, "%", None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "In den Speichern lagerten gut 234 Terawattstunden Erdgas, knapp die Hälfte dessen, was Haushalte und Industrie in einem durchschnittlichen Winter verbrauchen.",
        True,
        [("count", 234, None, "over"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Zur gleichen Zeit des Vorjahres hatte der Wert bei 95,1 Prozent gelegen, also 1,7 Prozentpunkte höher.",
        True,
        [("percent", 95.1, "%", None), ("percent", 1.7, "pp", None)],
        None,
    ),
    (
        "de",
        "„Wir sehen derzeit keinen Anlass zur Sorge, wohl aber zur Sparsamkeit“, sagte Behördenpräsident Wolfram Trägenapp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Trägenapp sagte, der gesetzliche Zielwert von 82 Prozent zum 1. November sei bereits Mitte September erreicht worden.",
        True,
        [("percent", 82, "%", None), ("date", "--11-01", None, None)],
        "Trägenapp",
    ),
    (
        "de",
        "Am stärksten gefüllt ist nach Daten des Speicherverbands INES der Porenspeicher Wierlingen in Niedersachsen mit 99,2 Prozent.",
        True,
        [("percent", 99.2, "%", None)],
        None,
    ),
    (
        "de",
        "Ob die Vorräte bei einem strengen Winter bis März reichen, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- EU gas storage (Reuters), Oct 11 ---
    (
        "en",
        "LONDON, Oct 11 (Reuters) - Gas storage sites across the European Union were 91.7% full on Sunday, figures published by Gas Infrastructure Europe showed, a touch lower than at this point last year.",
        True,
        [("date", "--10-11", None, None), ("percent", 91.7, "%", None)],
        None,
    ),
    (
        "en",
        "The sites held about 1,034 terawatt hours of gas, equivalent to roughly a third of the bloc's annual consumption.",
        True,
        [("count", 1034, None, "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Injections slowed to about 0.1 percentage points a day last week as cooler weather lifted demand in northwest Europe.",
        True,
        [("percent", 0.1, "pp", "about")],
        None,
    ),
    (
        "en",
        "Germany's sites stood at 93.4% and Italy's at 95.8%, while Latvia's Incukalns facility was only two-thirds full.",
        True,
        [("percent", 93.4, "%", None), ("percent", 95.8, "%", None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        '"Europe has done its homework for this winter, but the exam comes in February," said Tamsin Rigby-Holt, head of gas research at Cardale Energy.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rigby-Holt said a cold January could draw stocks down to about 35% by the end of March, compared with 48% at the end of last winter.",
        True,
        [("percent", 35, "%", "about"), ("percent", 48, "%", None)],
        "Rigby-Holt",
    ),
    (
        "en",
        "EU rules require member states to fill their sites to 85% at some point between Oct. 1 and Dec. 1.",
        True,
        [("percent", 85, "%", None), ("date", "--10-01", None, None), ("date", "--12-01", None, None)],
        None,
    ),
    (
        "en",
        "Traders said the market would take its cue from weather forecasts rather than from storage data.",
        False,
        [],
        None,
    ),
    # --- Strompreise für Neukunden (dpa), Dienstag, 12. Oktober ---
    (
        "de",
        "Berlin (dpa) - Neukundinnen und Neukunden bekommen Strom derzeit so billig wie seit gut drei Jahren nicht mehr.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    (
        "de",
        "Ein Haushalt mit einem Jahresverbrauch von 4.000 Kilowattstunden zahlt im günstigsten Tarif derzeit im Schnitt 27,9 Cent pro Kilowattstunde, wie eine Auswertung des Vergleichsportals Wattvergleich ergab.",
        True,
        [("count", 4000, None, None), ("money", 0.279, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der Grundversorgung werden dagegen durchschnittlich 38,6 Cent fällig, gut ein Drittel mehr.",
        True,
        [("money", 0.386, "EUR", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Nach Angaben des Portals spart eine vierköpfige Familie durch einen Wechsel rund 385 Euro im Jahr.",
        True,
        [("count", 4, None, None), ("money", 385, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Verbraucherschützer halten die Tarife der Grundversorger dennoch für deutlich überteuert.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jeder dritte Haushalt hat seinen Stromanbieter noch nie gewechselt, wie eine Umfrage im Auftrag des Verbraucherzentrale Bundesverbands (vzbv) ergab.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Die Börsenstrompreise seien seit Jahresbeginn um rund 18 Prozent gefallen, sagte vzbv-Energieexpertin Hiltrud Wesselmeyer.",
        True,
        [("percent", 18, "%", "about")],
        "Hiltrud Wesselmeyer",
    ),
    ("de", "„Wer jetzt nicht vergleicht, verschenkt bares Geld“, fügte sie hinzu.", False, [], None),
    # --- OPEC output survey (Reuters), Oct 12 ---
    (
        "en",
        "LONDON, Oct 12 (Reuters) - OPEC oil output rose in September for a fourth straight month as Saudi Arabia and the United Arab Emirates pumped more under a deal to unwind earlier cuts, a Reuters survey found.",
        True,
        [("date", "--10-12", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "OPEC's members pumped 28.64 million barrels per day (bpd) last month, up 310,000 bpd from August, the survey showed.",
        True,
        [("count", 28640000, None, None), ("count", 310000, None, None)],
        None,
    ),
    (
        "en",
        "Saudi output climbed by about 140,000 bpd to roughly 9.93 million bpd, its highest since early 2023.",
        True,
        [("count", 140000, None, "about"), ("count", 9930000, None, "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Libyan production fell by nearly 90,000 bpd after a three-day shutdown at the Sharara field.",
        True,
        [("count", 90000, None, "nearly"), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        '"The group is walking a tightrope between market share and price," said Ingvild Sæterdal, senior oil analyst at Fjordvik Markets.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sæterdal said OPEC+ had now returned about two-thirds of the 1.9 million bpd it had withheld to the market.",
        True,
        [("fraction", 0.6667, None, "about"), ("count", 1900000, None, None)],
        "Sæterdal",
    ),
    (
        "en",
        "OPEC+ delegates are due to meet online on Nov. 2 to set output levels for December.",
        True,
        [("date", "--11-02", None, None)],
        None,
    ),
    ("en", "Some analysts doubt that demand will be strong enough to absorb the extra barrels.", False, [], None),
    # --- Netzausbau kommt voran (dpa), Dienstag, 12. Oktober ---
    (
        "de",
        "Bonn (dpa) - Der Bau neuer Stromautobahnen in Deutschland hat im laufenden Jahr spürbar Fahrt aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im ersten Halbjahr gingen nach Angaben der Bundesnetzagentur 412 Kilometer neuer Übertragungsleitungen in Betrieb, weitere 1.180 Kilometer wurden genehmigt.",
        True,
        [("ordinal", 1, None, None), ("count", 412, None, None), ("count", 1180, None, None)],
        "die Bundesnetzagentur",
    ),
    (
        "de",
        "Der Bundesbedarfsplan sieht inzwischen rund 17.300 Leitungskilometer vor; knapp ein Viertel davon ist fertig.",
        True,
        [("count", 17300, None, "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für die geplante 380-Kilovolt-Leitung zwischen Gütersloh und Kassel fehle nur noch die Genehmigung für einen 58 Kilometer langen Abschnitt, sagte Behördenpräsident Wolfram Trägenapp.",
        True,
        [("count", 380, None, None), ("count", 58, None, None)],
        "Wolfram Trägenapp",
    ),
    (
        "de",
        "„Das Netz ist das Nadelöhr der Energiewende, und dieses Nadelöhr wird endlich weiter“, sagte Trägenapp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für Notmaßnahmen zur Stützung des Netzes gaben die Betreiber im ersten Halbjahr rund 1,6 Milliarden Euro aus, 14 Prozent weniger als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("money", 1600000000, "EUR", "about"), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Die vier Übertragungsnetzbetreiber wollen bis 2037 insgesamt rund 286 Milliarden Euro in neue Leitungen investieren.",
        True,
        [("count", 4, None, None), ("year", 2037, None, None), ("money", 286000000000, "EUR", "about")],
        None,
    ),
    ("de", "Kritiker bezweifeln, dass die Netzentgelte dadurch auf absehbare Zeit sinken.", False, [], None),
    # --- Norwegian outage lifts gas prices (Reuters), Oct 13 ---
    (
        "en",
        "LONDON, Oct 13 (Reuters) - Dutch and British wholesale gas prices rose on Wednesday after a processing plant in Norway went down unexpectedly and forecasters predicted a colder spell.",
        True,
        [("date", "--10-13", None, None)],
        None,
    ),
    (
        "en",
        "The Dutch TTF benchmark for November delivery was up 1.85 euros at 38.40 euros per megawatt hour by 0930 GMT.",
        True,
        [("money", 1.85, "EUR", None), ("money", 38.4, "EUR", None)],
        None,
    ),
    (
        "en",
        "The British day-ahead contract gained 4.20 pence to 96.75 pence per therm.",
        True,
        [("money", 0.042, "GBP", None), ("money", 0.9675, "GBP", None)],
        None,
    ),
    (
        "en",
        "Norwegian gas system operator Gassco said on its website that capacity at the Kollsnes processing plant was reduced by 38 million cubic metres a day until Friday.",
        True,
        [("count", 38000000, None, None)],
        None,
    ),
    (
        "en",
        "Total Norwegian nominations for Wednesday stood at about 312 million cubic metres a day, down from 341 million on Tuesday, data from Gassco showed.",
        True,
        [("count", 312000000, None, "about"), ("count", 341000000, None, None)],
        None,
    ),
    (
        "en",
        '"The market is skittish, and every hiccup in Norway gets magnified," said a trader in London.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Benchmark EU carbon allowances rose 0.9% to 71.20 euros a tonne.",
        True,
        [("percent", 0.9, "%", None), ("money", 71.2, "EUR", None)],
        None,
    ),
    (
        "en",
        "Analysts said prices would likely stay volatile until the Norwegian plant is back at full capacity.",
        False,
        [],
        None,
    ),
    # --- Zuschlag für Zwei-Gigawatt-Park (dpa), Mittwoch, 13. Oktober ---
    (
        "de",
        "Hamburg (dpa) - In der deutschen Nordsee soll ein Zwei-Gigawatt-Park entstehen, der rechnerisch rund 2,3 Millionen Haushalte mit Strom versorgen könnte.",
        True,
        [("count", 2, None, None), ("count", 2300000, None, "about")],
        None,
    ),
    (
        "de",
        "Den Zuschlag für eine Fläche rund 110 Kilometer nordwestlich von Helgoland erhielt am Mittwoch der Projektentwickler Nordlicht Offshore.",
        True,
        [("count", 110, None, "about")],
        None,
    ),
    (
        "de",
        "Geplant sind 134 Turbinen mit je 15 Megawatt Leistung, die ab 2031 schrittweise ans Netz gehen sollen.",
        True,
        [("count", 134, None, None), ("count", 15, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "de",
        "Für die Fläche zahlt das Unternehmen 1,27 Milliarden Euro an den Bund.",
        True,
        [("money", 1270000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Geschäftsführerin Anneliese Harfst sagte, insgesamt werde das Projekt gut sechs Milliarden Euro kosten.",
        True,
        [("money", 6000000000, "EUR", "over")],
        "Anneliese Harfst",
    ),
    ("de", "„Hier entsteht das größte Kraftwerk, das Norddeutschland je gesehen hat“, sagte Harfst.", False, [], None),
    (
        "de",
        "Den Netzanschluss will der Übertragungsnetzbetreiber Tennet binnen dreieinhalb Jahren fertigstellen.",
        True,
        [("duration", 3.5, "year", None)],
        None,
    ),
    (
        "de",
        "Der Bundesverband der Windparkbetreiber Offshore sprach von einem „Signal für die ganze Küste“.",
        False,
        [],
        None,
    ),
    # --- Bills set to dip in January (PA), October 13 ---
    (
        "en",
        "LONDON (PA) - Household energy bills in Great Britain are set to fall by about 3% in January, according to a forecast by consultancy Colbrook Analytics.",
        True,
        [("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "The firm expects the cap on a typical household's annual gas and electricity bill to drop by £52 to £1,689.",
        True,
        [("money", 52, "GBP", None), ("money", 1689, "GBP", None)],
        None,
    ),
    (
        "en",
        "Under the present cap, which is in force until December 31, households pay 25.73p per kilowatt hour for electricity and 6.41p for gas.",
        True,
        [("date", "--12-31", None, None), ("money", 0.2573, "GBP", None), ("money", 0.0641, "GBP", None)],
        None,
    ),
    (
        "en",
        "Daily standing charges are 54.12p for electricity and 32.87p for gas.",
        True,
        [("money", 0.5412, "GBP", None), ("money", 0.3287, "GBP", None)],
        None,
    ),
    (
        "en",
        "Colbrook's principal consultant, Morwenna Tregaskis, said wholesale gas prices had fallen by about 9% since the current cap was set.",
        True,
        [("percent", 9, "%", "about")],
        "Morwenna Tregaskis",
    ),
    ("en", '"Nobody should mistake a small dip for the end of the crisis," Tregaskis said.', False, [], None),
    (
        "en",
        "Around 3.6 million households in England are in fuel poverty, according to government figures.",
        True,
        [("count", 3600000, None, "about")],
        None,
    ),
    ("en", "Charities urged ministers to do more for struggling families before winter.", False, [], None),
    # --- Stromausfall in Kassel (dpa/lhe), Donnerstag, 14. Oktober ---
    ("de", "Kassel (dpa/lhe) - Ein Stromausfall hat am Mittwochabend weite Teile Kassels lahmgelegt.", True, [], None),
    (
        "de",
        "Rund 41.000 Haushalte und knapp 1.200 Betriebe waren nach Angaben des Netzbetreibers ohne Strom.",
        True,
        [("count", 41000, None, "about"), ("count", 1200, None, "nearly")],
        "der Netzbetreiber",
    ),
    (
        "de",
        "In einigen Stadtteilen dauerte der Ausfall knapp dreieinhalb Stunden.",
        True,
        [("duration", 3.5, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Ursache war nach ersten Erkenntnissen ein Kurzschluss in einem Umspannwerk im Osten der Stadt.",
        True,
        [],
        None,
    ),
    ("de", "Auch 14 Straßenbahnen blieben auf offener Strecke stehen.", True, [("count", 14, None, None)], None),
    ("de", "An mehreren Kreuzungen regelte die Polizei den Verkehr von Hand.", True, [], None),
    ("de", "„Es war gespenstisch, die ganze Straße lag im Dunkeln“, sagte eine Anwohnerin.", False, [], None),
    (
        "de",
        "Die Feuerwehr rückte nach eigenen Angaben zu 37 Einsätzen aus, meist wegen steckengebliebener Aufzüge.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    ("de", "Ein Sprecher des Netzbetreibers sagte, seit 22.40 Uhr seien alle Kunden wieder versorgt.", True, [], None),
    # --- Windstorm knocks out power in Washington state (AP), October 14 ---
    (
        "en",
        "SEATTLE (AP) — A powerful windstorm knocked out electricity to more than 310,000 homes and businesses in western Washington on Wednesday night, utilities said.",
        True,
        [("count", 310000, None, "over")],
        None,
    ),
    (
        "en",
        "Puget Sound Energy said about 198,000 of its customers were in the dark when the storm peaked.",
        True,
        [("count", 198000, None, "about")],
        "Puget Sound Energy",
    ),
    (
        "en",
        "Gusts of up to 78 mph were recorded along the coast, the National Weather Service said.",
        True,
        [("count", 78, None, "up_to")],
        "the National Weather Service",
    ),
    (
        "en",
        "Crews had restored power to nearly two-thirds of affected customers by Thursday afternoon.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "en",
        "Some customers could remain without electricity for up to three days, according to the utility.",
        True,
        [("duration", 3, "day", "up_to")],
        None,
    ),
    (
        "en",
        '"The whole house shook and then everything went black," said Darlene Voorhees of Olympia.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A 71-year-old driver was killed near Tacoma when a falling fir crushed his pickup, according to the Pierce County Sheriff's Office.",
        True,
        [("duration", 71, "year", None)],
        None,
    ),
    ("en", "Officials urged residents to stay well away from downed power lines.", False, [], None),
    # --- Gösgen in der Revision (Keystone-SDA), Donnerstag, 14. Oktober ---
    (
        "de",
        "Däniken SO (Keystone-SDA) - Das Kernkraftwerk Gösgen ist am Donnerstag für eine dreiwöchige Revision vom Netz gegangen.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    (
        "de",
        "Während der Arbeiten werde rund ein Viertel der Brennelemente ersetzt, teilte die Betreiberin mit.",
        True,
        [("fraction", 0.25, None, "about")],
        "die Betreiberin",
    ),
    (
        "de",
        "Zusätzlich zum eigenen Personal sind rund 1100 externe Fachleute im Einsatz.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Das Werk deckt im Normalbetrieb gut 11 Prozent des Schweizer Strombedarfs.",
        True,
        [("percent", 11, "%", "over")],
        None,
    ),
    ("de", "«Sicherheit geht bei uns immer vor Tempo», sagte Mediensprecherin Ladina Caminada.", False, [], None),
    (
        "de",
        "Caminada sagte, die Revision koste rund 65 Millionen Franken.",
        True,
        [("money", 65000000, "CHF", "about")],
        "Caminada",
    ),
    (
        "de",
        "Im Vorjahr hatte sich das Wiederanfahren wegen eines defekten Ventils um elf Tage verzögert.",
        True,
        [("duration", 11, "day", None)],
        None,
    ),
    (
        "de",
        "Die Schweizerische Energie-Stiftung hält den Langzeitbetrieb des Werks für ein unnötiges Risiko.",
        False,
        [],
        None,
    ),
    # --- EDF extends reactor outage (Reuters), Oct 14 ---
    (
        "en",
        "PARIS, Oct 14 (Reuters) - EDF has extended a maintenance outage at one of its reactors in northeastern France by three weeks after inspectors found a defective weld in a cooling pipe, data from grid operator RTE showed.",
        True,
        [("date", "--10-14", None, None), ("duration", 3, "week", None)],
        None,
    ),
    (
        "en",
        "The 1,300-megawatt unit is now due to restart on Dec. 6 instead of Nov. 15.",
        True,
        [("count", 1300, None, None), ("date", "--12-06", None, None), ("date", "--11-15", None, None)],
        None,
    ),
    (
        "en",
        "French nuclear availability stood at about 47 gigawatts on Thursday, roughly four-fifths of the fleet's installed capacity.",
        True,
        [("count", 47, None, "about"), ("fraction", 0.8, None, "about")],
        None,
    ),
    (
        "en",
        "EDF said the defect had been found during routine ultrasonic testing and reported to the nuclear safety authority.",
        True,
        [],
        "EDF",
    ),
    (
        "en",
        "French baseload power for November delivery rose 6% to 94 euros per megawatt hour.",
        True,
        [("percent", 6, "%", None), ("money", 94, "EUR", None)],
        None,
    ),
    (
        "en",
        '"Every extension at this time of year makes traders nervous," said a Paris-based power trader.',
        False,
        [],
        None,
    ),
    (
        "en",
        "EDF has forecast nuclear output of between 358 and 372 terawatt hours this year.",
        True,
        [("count", 358, None, None), ("count", 372, None, None)],
        None,
    ),
    ("en", "Analysts said the delay could revive concerns about the ageing fleet.", False, [], None),
    # --- Jadestrom nach neun Monaten (dpa-AFX), Freitag, 15. Oktober ---
    (
        "de",
        "Oldenburg (dpa-AFX) - Beim Energieversorger Jadestrom ist der Gewinn in den ersten neun Monaten deutlich geschrumpft.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None)],
        None,
    ),
    (
        "de",
        "Das bereinigte Ebitda sank um 17 Prozent auf 1,84 Milliarden Euro, wie das Unternehmen am Freitag mitteilte.",
        True,
        [("percent", 17, "%", None), ("money", 1840000000, "EUR", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Unter dem Strich blieb ein Konzernüberschuss von 612 Millionen Euro nach 803 Millionen im Vorjahreszeitraum.",
        True,
        [("money", 612000000, "EUR", None), ("money", 803000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vor allem der Energiehandel habe nach zwei außergewöhnlich starken Jahren weniger beigetragen, hieß es.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Finanzvorstand Jörg-Peter Hallerbach sagte, für das Gesamtjahr peile der Konzern weiterhin ein bereinigtes Ebitda von 2,3 bis 2,5 Milliarden Euro an.",
        True,
        [("money", 2300000000, "EUR", None), ("money", 2500000000, "EUR", None)],
        "Jörg-Peter Hallerbach",
    ),
    (
        "de",
        "„Wir sind in einem normalisierten Markt angekommen und fühlen uns dort sehr wohl“, sagte Hallerbach.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Aktie verlor im frühen Handel 4,3 Prozent auf 21,66 Euro.",
        True,
        [("percent", 4.3, "%", None), ("money", 21.66, "EUR", None)],
        None,
    ),
    ("de", "Analysten lobten vor allem die Kostendisziplin des Managements.", False, [], None),
    # --- Record solar additions (Reuters), Oct 15 ---
    (
        "en",
        "NEW YORK, Oct 15 (Reuters) - U.S. developers added a record 21.4 gigawatts of utility-scale solar capacity in the first nine months, the Energy Information Administration said on Friday.",
        True,
        [
            ("date", "--10-15", None, None),
            ("count", 21.4, None, None),
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
        ],
        "the Energy Information Administration",
    ),
    (
        "en",
        "Wind additions totalled just 4.2 GW over the same period, less than half the level of three years ago.",
        True,
        [("count", 4.2, None, None), ("fraction", 0.5, None, "under"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Battery storage grew by about 9.8 GW, with Texas and California together accounting for roughly three-quarters of the new capacity.",
        True,
        [("count", 9.8, None, "about"), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "The EIA expects another 14 GW of solar to come online in the fourth quarter.",
        True,
        [("count", 14, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Solar is simply the cheapest electron you can build in most of the country," said Dwayne Mayhall, president of the Sunbelt Solar Alliance.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mayhall said tariffs on imported modules had raised project costs by 8 to 12 cents per watt.",
        True,
        [("money", 0.08, "USD", None), ("money", 0.12, "USD", None)],
        "Mayhall",
    ),
    (
        "en",
        "Natural gas generated about 42% of U.S. electricity in the first half, coal 14% and nuclear 19%.",
        True,
        [
            ("percent", 42, "%", "about"),
            ("ordinal", 1, None, None),
            ("percent", 14, "%", None),
            ("percent", 19, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Industry groups warned that permitting delays could slow the pace of additions next year.",
        False,
        [],
        None,
    ),
    # --- 150. Tanker in Wilhelmshaven (dpa), Freitag, 15. Oktober ---
    (
        "de",
        "Wilhelmshaven (dpa) - Am LNG-Terminal in Wilhelmshaven hat am Freitag das 150. Flüssiggastankschiff seit der Inbetriebnahme festgemacht.",
        True,
        [("ordinal", 150, None, None)],
        None,
    ),
    (
        "de",
        "Der Tanker aus dem US-Bundesstaat Louisiana brachte rund 170.000 Kubikmeter Flüssigerdgas, teilte die Deutsche Energy Terminal (DET) mit.",
        True,
        [("count", 170000, None, "about")],
        "die Deutsche Energy Terminal",
    ),
    ("de", "Das entspricht etwa 1,1 Terawattstunden Energie.", True, [("count", 1.1, None, "about")], None),
    (
        "de",
        "Über die deutschen LNG-Terminals kamen in den ersten drei Quartalen knapp 8 Prozent der deutschen Gasimporte.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None), ("percent", 8, "%", "nearly")],
        None,
    ),
    (
        "de",
        "DET-Sprecher Malte Schwienhorst sagte, für den Winter seien bereits 46 Anlandungen gebucht, gut die Hälfte davon aus den USA.",
        True,
        [("count", 46, None, None), ("fraction", 0.5, None, "over")],
        "Malte Schwienhorst",
    ),
    (
        "de",
        "„Ohne die Terminals an der Küste wäre Deutschland im Winter erpressbar“, sagte Schwienhorst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltverbände kritisieren seit Langem, dass ein Großteil des amerikanischen Gases durch Fracking gewonnen wird.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Auslastung der schwimmenden Terminals lag im dritten Quartal bei 61 Prozent.",
        True,
        [("ordinal", 3, None, None), ("percent", 61, "%", None)],
        None,
    ),
    # --- Europe's LNG imports jump (Bloomberg), October 18 ---
    (
        "en",
        "(Bloomberg) -- Europe's imports of liquefied natural gas climbed to the highest for an October in at least five years as buyers rushed to top up reserves before winter.",
        True,
        [("duration", 5, "year", "at_least")],
        None,
    ),
    (
        "en",
        "The region received 112 cargoes in the first 17 days of the month, according to ship-tracking data compiled by Bloomberg.",
        True,
        [("count", 112, None, None), ("ordinal", 1, None, None), ("duration", 17, "day", None)],
        None,
    ),
    (
        "en",
        "That is about a fifth above the tally for the same stretch of 2026.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "U.S. plants supplied nearly 60% of the cargoes, with Qatar a distant second.",
        True,
        [("percent", 60, "%", "nearly"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Spot LNG prices in Asia fell to $11.20 per million British thermal units, narrowing their premium over Europe to about 40 cents.",
        True,
        [("money", 11.2, "USD", None), ("money", 0.4, "USD", "about")],
        None,
    ),
    (
        "en",
        '"Europe is winning the bidding war for now, but Asia has deeper pockets if it turns cold," said Haruka Ishizaki, an LNG analyst at Kerrow Commodities in Singapore.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ishizaki said Japanese and South Korean utilities held roughly three weeks of LNG demand in their tanks.",
        True,
        [("duration", 3, "week", "about")],
        "Ishizaki",
    ),
    (
        "en",
        "Charter rates for LNG carriers on Atlantic routes have more than doubled since August to about $96,000 a day.",
        True,
        [("money", 96000, "USD", "about")],
        None,
    ),
    # --- Opec+ vor weiterer Anhebung (Reuters), Montag, 18. Oktober ---
    (
        "de",
        "Wien (Reuters) - Die Opec+ wird Insidern zufolge ihre Förderung im Dezember voraussichtlich um weitere 154.000 Barrel pro Tag anheben.",
        True,
        [("count", 154000, None, None)],
        None,
    ),
    (
        "de",
        "Damit hätten die acht beteiligten Länder seit April gut 2,6 Millionen Barrel täglich wieder auf den Markt gebracht, sagten drei Delegierte.",
        True,
        [("count", 8, None, None), ("count", 2600000, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Eine endgültige Entscheidung soll bei einer Videokonferenz am 2. November fallen.",
        True,
        [("date", "--11-02", None, None)],
        None,
    ),
    ("de", "Ein Delegierter sagte, man wolle den Markt keinesfalls mit Öl überschwemmen.", False, [], None),
    (
        "de",
        "Saudi-Arabien lehnte nach Angaben aus Delegationskreisen eine Pause bei den Anhebungen ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Russland förderte im September nach Berechnungen von Reuters rund 9,2 Millionen Barrel pro Tag und lag damit knapp unter seiner Quote.",
        True,
        [("count", 9200000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Nordseesorte Brent kostete am Montagmittag 68,94 Dollar je Barrel, 1,2 Prozent weniger als am Freitag.",
        True,
        [("money", 68.94, "USD", None), ("percent", 1.2, "%", None)],
        None,
    ),
    ("de", "Händler rechnen damit, dass die Ölpreise bis zu der Entscheidung unter Druck bleiben.", False, [], None),
    # --- Qatar signs German LNG deal (Reuters), Oct 18 ---
    (
        "en",
        "DOHA, Oct 18 (Reuters) - QatarEnergy has signed a 15-year deal to supply up to 2 million metric tons per annum (mtpa) of liquefied natural gas to Germany's Jadestrom, the state-owned company said on Monday.",
        True,
        [("date", "--10-18", None, None), ("duration", 15, "year", None), ("count", 2000000, None, "up_to")],
        None,
    ),
    (
        "en",
        "The first shipments will arrive at the Brunsbüttel terminal on the Elbe estuary in 2029, QatarEnergy said.",
        True,
        [("ordinal", 1, None, None), ("year", 2029, None, None)],
        "QatarEnergy",
    ),
    (
        "en",
        "Qatar's energy minister told reporters it was the third long-term deal with a German buyer since 2022.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None)],
        None,
    ),
    ("en", '"Europe will need our gas for decades to come," the minister said.', False, [], None),
    (
        "en",
        "The North Field expansion is set to lift Qatar's liquefaction capacity to nearly 140 mtpa by 2031 from about 80 mtpa now.",
        True,
        [("count", 140000000, None, "nearly"), ("year", 2031, None, None), ("count", 80000000, None, "about")],
        None,
    ),
    (
        "en",
        "Environmental groups criticised the agreement as locking Germany into fossil fuels for a generation.",
        False,
        [],
        None,
    ),
    # --- Brackenmoor raises forecast (Reuters), Oct 19 ---
    (
        "en",
        "LONDON, Oct 19 (Reuters) - Brackenmoor Energy raised its full-year profit forecast on Tuesday after a windier-than-usual third quarter lifted output from its offshore farms, sending its shares up as much as 5.8%.",
        True,
        [("date", "--10-19", None, None), ("ordinal", 3, None, None), ("percent", 5.8, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Brackenmoor now sees adjusted operating profit of 2.45 billion to 2.6 billion pounds for the year to March, against a previous range of 2.2 billion to 2.4 billion pounds.",
        True,
        [
            ("money", 2450000000, "GBP", None),
            ("money", 2600000000, "GBP", None),
            ("money", 2200000000, "GBP", None),
            ("money", 2400000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Renewable generation rose 23% to 9.7 terawatt hours in the six months to September.",
        True,
        [("percent", 23, "%", None), ("count", 9.7, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Fiona Auchterlonie said Brackenmoor would invest about 22 billion pounds over five years, two-fifths of it in electricity networks.",
        True,
        [("money", 22000000000, "GBP", "about"), ("duration", 5, "year", None), ("fraction", 0.4, None, None)],
        "Fiona Auchterlonie",
    ),
    (
        "en",
        '"We have the right assets in the right places at the right time," Auchterlonie told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Its 1.2-gigawatt Dogger Ridge wind farm off the Yorkshire coast is due to start generating in the second half of 2028.",
        True,
        [("count", 1.2, None, None), ("ordinal", 2, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "The interim dividend was raised 5% to 21.4 pence per share.",
        True,
        [("percent", 5, "%", None), ("money", 0.214, "GBP", None)],
        None,
    ),
    (
        "en",
        "Some investors questioned whether the group could fund the plan without selling new shares.",
        False,
        [],
        None,
    ),
    # --- Österreichs Speicher gut gefüllt (APA), Dienstag, 19. Oktober ---
    (
        "de",
        "Wien (APA) - Österreichs Gasspeicher sind zu 89,6 Prozent gefüllt, teilte die E-Control am Dienstag mit.",
        True,
        [("percent", 89.6, "%", None)],
        "die E-Control",
    ),
    (
        "de",
        "Das entspricht rund 85 Terawattstunden, deutlich mehr als Österreich in einem Jahr verbraucht.",
        True,
        [("count", 85, None, "about")],
        None,
    ),
    (
        "de",
        "Davon zählen gut 18 Terawattstunden zur strategischen Gasreserve des Bundes.",
        True,
        [("count", 18, None, "over")],
        None,
    ),
    (
        "de",
        "E-Control-Vorstand Ferdinand Kreuzgruber sagte, Gas koste am Handelspunkt CEGH derzeit rund 39 Euro je Megawattstunde.",
        True,
        [("money", 39, "EUR", "about")],
        "Ferdinand Kreuzgruber",
    ),
    (
        "de",
        "Beim günstigsten Anbieter zahlten Haushalte damit 4,1 Cent je Kilowattstunde netto, um ein Fünftel weniger als vor einem Jahr.",
        True,
        [("money", 0.041, "EUR", None), ("fraction", 0.2, None, None)],
        None,
    ),
    ("de", "„Niemand muss sich vor diesem Winter fürchten“, sagte Kreuzgruber.", False, [], None),
    (
        "de",
        "Die Arbeiterkammer forderte, die Netzkosten für Haushalte um mindestens 10 Prozent zu senken.",
        True,
        [("percent", 10, "%", "at_least")],
        None,
    ),
    ("de", "Die Arbeiterkammer nannte die Preisunterschiede zwischen den Anbietern „kaum erklärbar“.", False, [], None),
    # --- Regulator approves grid spending (Reuters), Oct 20 ---
    (
        "en",
        "LONDON, Oct 20 (Reuters) - Britain's energy regulator on Wednesday approved 8.3 billion pounds of investment in high-voltage lines to carry power from Scottish offshore wind farms to cities in England.",
        True,
        [("date", "--10-20", None, None), ("money", 8300000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The projects include about 620 kilometres of new overhead lines and underground cables as well as two subsea links.",
        True,
        [("count", 620, None, "about"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The longer of the two subsea cables will run 436 km from the Aberdeenshire coast to North Yorkshire and is due to be finished by 2031.",
        True,
        [("count", 2, None, None), ("count", 436, None, None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "The work will add about 11 pounds a year to a typical household bill by the end of the decade, Ofgem said.",
        True,
        [("money", 11, "GBP", "about")],
        "Ofgem",
    ),
    (
        "en",
        "The regulator turned down a request by the developers to pass the cost of earlier delays on to customers.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Grid operator NESO has said Britain must build four times as many kilometres of line in the next six years as in the previous 20.",
        True,
        [("count", 4, None, None), ("duration", 6, "year", None), ("duration", 20, "year", None)],
        None,
    ),
    ("en", '"For too long, clean power has been stuck in a queue," the energy minister said.', False, [], None),
    (
        "en",
        "More than 700 projects with a combined capacity of about 400 gigawatts are waiting for a grid connection, according to NESO.",
        True,
        [("count", 700, None, "over"), ("count", 400, None, "about")],
        None,
    ),
    ("en", "Campaigners in East Anglia vowed to keep fighting plans for new pylons.", False, [], None),
    # --- Solarzubau nach neun Monaten (dpa), Mittwoch, 20. Oktober ---
    (
        "de",
        "Berlin (dpa) - Von Januar bis September sind in Deutschland Solaranlagen mit knapp 12,4 Gigawatt Leistung neu ans Netz gegangen.",
        True,
        [("count", 12.4, None, "nearly")],
        None,
    ),
    (
        "de",
        "Das waren nach Angaben des Bundesverbands Solarwirtschaft (BSW) rund 6 Prozent weniger als im Vorjahreszeitraum.",
        True,
        [("percent", 6, "%", "about")],
        "der Bundesverband Solarwirtschaft",
    ),
    (
        "de",
        "Gut die Hälfte des Zubaus entfiel auf Dachanlagen, knapp ein Drittel auf Freiflächenparks.",
        True,
        [("fraction", 0.5, None, "over"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Insgesamt sind hierzulande damit Photovoltaikanlagen mit rund 121 Gigawatt installiert.",
        True,
        [("count", 121, None, "about")],
        None,
    ),
    (
        "de",
        "Das gesetzliche Ausbauziel für 2030 liegt bei 205 Gigawatt.",
        True,
        [("year", 2030, None, None), ("count", 205, None, None)],
        None,
    ),
    (
        "de",
        "BSW-Hauptgeschäftsführerin Kerstin Vahlenkamp sagte, bis Dezember dürften es etwa 16 Gigawatt werden.",
        True,
        [("count", 16, None, "about")],
        "Kerstin Vahlenkamp",
    ),
    ("de", "„Die Sonne schickt keine Rechnung, die Bürokratie leider schon“, sagte Vahlenkamp.", False, [], None),
    ("de", "Ob sich das Tempo ohne neue Förderregeln halten lässt, gilt in der Branche als offen.", False, [], None),
    # --- Oil slips on U.S. stock build (Reuters), Oct 20 ---
    (
        "en",
        "SINGAPORE, Oct 20 (Reuters) - Oil prices slipped on Wednesday after industry data showed a surprise build in U.S. crude stocks, adding to worries about a glut.",
        True,
        [("date", "--10-20", None, None)],
        None,
    ),
    (
        "en",
        "Brent crude futures fell 46 cents, or 0.7%, to $67.82 a barrel by 0340 GMT.",
        True,
        [("money", 0.46, "USD", None), ("percent", 0.7, "%", None), ("money", 67.82, "USD", None)],
        None,
    ),
    (
        "en",
        "WTI, the U.S. benchmark, lost 51 cents to trade at $64.15.",
        True,
        [("money", 0.51, "USD", None), ("money", 64.15, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. crude stocks grew by about 3.4 million barrels in the week to Oct. 15, American Petroleum Institute data cited by market sources showed.",
        True,
        [("count", 3400000, None, "about"), ("date", "--10-15", None, None)],
        None,
    ),
    (
        "en",
        "Analysts surveyed by Reuters had forecast that stocks would shrink by roughly 900,000 barrels.",
        True,
        [("count", 900000, None, "about")],
        None,
    ),
    (
        "en",
        '"There are simply too many barrels chasing too few buyers," said Callum Thistlewood, a strategist at Ashdene Capital.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Thistlewood said he expected Brent to average $64 a barrel in the first quarter of next year.",
        True,
        [("money", 64, "USD", None), ("ordinal", 1, None, None)],
        "Thistlewood",
    ),
    ("en", "Brent has lost about 9% since the start of the month.", True, [("percent", 9, "%", "about")], None),
    # --- Strom wird 2028 günstiger (Keystone-SDA), Donnerstag, 21. Oktober ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Haushalte zahlen im kommenden Jahr für Strom im Schnitt 1,9 Rappen pro Kilowattstunde weniger.",
        True,
        [("money", 0.019, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ein typischer Haushalt zahlt 2028 durchschnittlich 26,3 Rappen, wie aus den am Donnerstag veröffentlichten Zahlen der Eidgenössischen Elektrizitätskommission (ElCom) hervorgeht.",
        True,
        [("year", 2028, None, None), ("money", 0.263, "CHF", None)],
        None,
    ),
    ("de", "Das sind rund 7 Prozent weniger als in diesem Jahr.", True, [("percent", 7, "%", "about")], None),
    (
        "de",
        "Wer 4500 Kilowattstunden im Jahr verbraucht, spart damit gut 85 Franken.",
        True,
        [("count", 4500, None, None), ("money", 85, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Die Unterschiede zwischen den rund 610 Netzbetreibern bleiben gross: Der günstigste verlangt 17,8 Rappen, der teuerste 41,2 Rappen.",
        True,
        [("count", 610, None, "about"), ("money", 0.178, "CHF", None), ("money", 0.412, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Das ist eine Verschnaufpause, keine Trendwende», sagte ElCom-Präsident Lukas Zumbrunnen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zumbrunnen sagte, die Netzkosten machten inzwischen fast die Hälfte des Strompreises aus.",
        True,
        [("fraction", 0.5, None, "nearly")],
        "Zumbrunnen",
    ),
    ("de", "Der Gewerbeverband nannte die Senkung «viel zu zaghaft».", False, [], None),
    # --- Substation fire blacks out Adelaide suburbs (AAP), October 21 ---
    (
        "en",
        "ADELAIDE (AAP) - More than 160,000 homes and businesses in South Australia lost power on Thursday after a fire at a substation north of Adelaide.",
        True,
        [("count", 160000, None, "over")],
        None,
    ),
    (
        "en",
        "About 58,000 customers were still without electricity at 6pm, according to SA Power Networks.",
        True,
        [("count", 58000, None, "about")],
        None,
    ),
    (
        "en",
        "In parts of the northern suburbs the outage lasted more than five hours, knocking out traffic lights and halting trains.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "en",
        "Energy Minister Nerida Quinlivan said the fire had tripped two 275-kilovolt lines, cutting supply to one in four households in the state.",
        True,
        [("count", 2, None, None), ("count", 275, None, None), ("fraction", 0.25, None, None)],
        "Nerida Quinlivan",
    ),
    (
        "en",
        '"People are sick of being left in the dark," opposition energy spokesman Grant Holloway-Reid said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Australian Energy Market Operator said it would publish a preliminary report on the incident within two weeks.",
        True,
        [("duration", 2, "week", None)],
        "the Australian Energy Market Operator",
    ),
    ("en", "Residents were asked to check on elderly neighbours overnight.", False, [], None),
    # --- Gaspreis auf Zwei-Monats-Tief (dpa-AFX), Donnerstag, 21. Oktober ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der europäische Erdgaspreis ist am Donnerstag auf den tiefsten Stand seit fast zwei Monaten gefallen.",
        True,
        [("duration", 2, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Der richtungweisende Terminkontrakt TTF zur Auslieferung im November kostete am Vormittag 33,85 Euro je Megawattstunde.",
        True,
        [("money", 33.85, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das waren 2,4 Prozent weniger als am Vortag und knapp ein Fünftel weniger als Anfang Oktober.",
        True,
        [("percent", 2.4, "%", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Händler verwiesen auf mildes Wetter und eine kräftige Windstromerzeugung in Nordwesteuropa.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An der Strombörse Epex Spot kostete Grundlaststrom für Freitag im Schnitt 61,40 Euro je Megawattstunde.",
        True,
        [("money", 61.4, "EUR", None)],
        None,
    ),
    (
        "de",
        "In der windreichsten Stunde des Tages fiel der Preis sogar auf minus 4,20 Euro.",
        True,
        [("money", -4.2, "EUR", None)],
        None,
    ),
    ("de", "Viele Marktteilnehmer rechnen mit einem ruhigen Start in die Heizsaison.", False, [], None),
    # --- France awards floating wind farm (AFP), Oct 21 ---
    (
        "en",
        "PARIS, Oct 21 (AFP) - France on Thursday awarded a contract to build a two-gigawatt floating wind farm off Brittany, the country's largest offshore project to date, the energy ministry said.",
        True,
        [("date", "--10-21", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The consortium led by Atlantique Éolien will receive a guaranteed price of 86 euros per megawatt hour for 20 years.",
        True,
        [("money", 86, "EUR", None), ("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "State support for the project is capped at no more than 450 million euros a year, the ministry said.",
        True,
        [("money", 450000000, "EUR", "at_most")],
        None,
    ),
    (
        "en",
        "Its 125 turbines are due to start producing in 2033 and would cover the needs of roughly 2 million people.",
        True,
        [("count", 125, None, None), ("year", 2033, None, None), ("count", 2000000, None, "about")],
        None,
    ),
    (
        "en",
        "The ministry put the cost of connecting the farm to the grid at about 1.9 billion euros, to be borne by grid operator RTE.",
        True,
        [("money", 1900000000, "EUR", "about")],
        None,
    ),
    (
        "en",
        '"The Atlantic wind is our North Sea oil," said Gwenaëlle Le Bihan, who heads the consortium.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fishermen's groups have already filed two appeals against the project at the administrative court in Nantes.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Several coastal mayors said they feared the turbines would spoil the view from their beaches.",
        False,
        [],
        None,
    ),
    # --- APG investiert ins Netz (APA), Freitag, 22. Oktober ---
    (
        "de",
        "Wien (APA) - Der Übertragungsnetzbetreiber APG will bis 2035 knapp 10,4 Milliarden Euro in das heimische Stromnetz investieren.",
        True,
        [("year", 2035, None, None), ("money", 10400000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Geplant sind unter anderem rund 460 Kilometer neue Leitungen und 65 Umspannwerke.",
        True,
        [("count", 460, None, "about"), ("count", 65, None, None)],
        None,
    ),
    (
        "de",
        "Herzstück ist eine 380-kV-Leitung durch die Obersteiermark, deren Bau nach einer zweijährigen Verzögerung im Frühjahr beginnen soll.",
        True,
        [("count", 380, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "APG-Vorstand Kurt Mitterlechner sagte, an windreichen Tagen müssten im Osten derzeit bis zu 900 Megawatt Windleistung abgeregelt werden.",
        True,
        [("count", 900, None, "up_to")],
        "Kurt Mitterlechner",
    ),
    (
        "de",
        "Die Kosten für Eingriffe ins Netz beliefen sich im Vorjahr auf 164 Millionen Euro.",
        True,
        [("money", 164000000, "EUR", None)],
        None,
    ),
    ("de", "„Wir fahren das Netz am Limit, und das jeden Tag“, sagte Mitterlechner.", False, [], None),
    ("de", "Die Grünen warfen der Regierung vor, den Netzausbau jahrelang verschleppt zu haben.", False, [], None),
    # --- Gulfstar profit rises (Reuters), Oct 22 ---
    (
        "en",
        "HOUSTON, Oct 22 (Reuters) - Gulfstar Energy reported a 12% rise in third-quarter profit on Friday as booming demand from data centers lifted power sales in Texas.",
        True,
        [("date", "--10-22", None, None), ("percent", 12, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Net income rose to $1.34 billion, or $2.11 per share, from $1.2 billion a year earlier.",
        True,
        [("money", 1340000000, "USD", None), ("money", 2.11, "USD", None), ("money", 1200000000, "USD", None)],
        None,
    ),
    ("en", "Gulfstar left its full-year earnings forecast unchanged.", True, [], None),
    (
        "en",
        "The utility signed agreements to supply about 3.5 GW to data center operators during the quarter, bringing its contracted total to 11 GW.",
        True,
        [("count", 3.5, None, "about"), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Chief Executive Marcus Feathersby told analysts that peak demand on the company's system would rise by about a third by 2030.",
        True,
        [("fraction", 0.3333, None, "about"), ("year", 2030, None, None)],
        "Marcus Feathersby",
    ),
    (
        "en",
        '"Texas is open for business, and we intend to keep the lights on for all of it," Feathersby said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gulfstar raised its 2027 capital spending plan by $800 million to $9.6 billion.",
        True,
        [("year", 2027, None, None), ("money", 800000000, "USD", None), ("money", 9600000000, "USD", None)],
        None,
    ),
    ("en", "Its shares rose 3.1% in morning trading.", True, [("percent", 3.1, "%", None)], None),
    (
        "en",
        "Consumer advocates doubt that ordinary ratepayers should foot the bill for wires built mainly for tech giants.",
        False,
        [],
        None,
    ),
    # --- Windkraft an Land: Ausschreibung nicht überzeichnet (dpa), Freitag, 22. Oktober ---
    (
        "de",
        "Bonn (dpa) - Bei der jüngsten Ausschreibung für Windräder an Land hat die Bundesnetzagentur Zuschläge für 3,1 Gigawatt erteilt.",
        True,
        [("count", 3.1, None, None)],
        None,
    ),
    (
        "de",
        "Ausgeschrieben waren knapp 3,4 Gigawatt, die Runde war damit erstmals seit zwei Jahren nicht überzeichnet.",
        True,
        [("count", 3.4, None, "nearly"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Zuschlagswert sank auf 6,53 Cent pro Kilowattstunde, nach 6,83 Cent in der Runde davor.",
        True,
        [("money", 0.0653, "EUR", None), ("money", 0.0683, "EUR", None)],
        None,
    ),
    (
        "de",
        "Fast jeder vierte Zuschlag ging nach Niedersachsen, gefolgt von Nordrhein-Westfalen mit 19 Prozent.",
        True,
        [("fraction", 0.25, None, "nearly"), ("percent", 19, "%", None)],
        None,
    ),
    (
        "de",
        "Zum 1. Februar sollen in der nächsten Runde 2,9 Gigawatt ausgeschrieben werden, hieß es bei der Behörde.",
        True,
        [("date", "--02-01", None, None), ("count", 2.9, None, None)],
        None,
    ),
    ("de", "Der Bundesverband WindEnergie sprach von einer „gefährlichen Delle“.", False, [], None),
    (
        "de",
        "Projektierer klagen seit Monaten über lange Genehmigungsverfahren und fehlende Transportwege für Rotorblätter.",
        False,
        [],
        None,
    ),
    # --- Steinkohleblock in Gelsenkirchen vom Netz (dpa/lnw), Freitag, 22. Oktober ---
    (
        "de",
        "Gelsenkirchen (dpa/lnw) - Nach 52 Jahren Betrieb ist am Freitag ein Steinkohleblock im Norden Gelsenkirchens endgültig vom Netz gegangen.",
        True,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Der 740-Megawatt-Block hatte zuletzt nur noch an gut 1.900 Stunden im Jahr Strom erzeugt, teilte der Betreiber mit.",
        True,
        [("count", 740, None, None), ("duration", 1900, "hour", "over")],
        "der Betreiber",
    ),
    (
        "de",
        "In Spitzenzeiten versorgte das Kraftwerk rechnerisch bis zu 1,4 Millionen Haushalte.",
        True,
        [("count", 1400000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Von den zuletzt 310 Beschäftigten sollen 240 innerhalb des Konzerns wechseln, die übrigen gehen in den Vorruhestand.",
        True,
        [("count", 310, None, None), ("count", 240, None, None)],
        None,
    ),
    (
        "de",
        "„Heute geht hier ein Stück Ruhrgebiet zu Ende“, sagte Betriebsratschef Horst Kaminski-Vogt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf dem Gelände soll bis 2030 ein Batteriespeicher mit 400 Megawatt Leistung und 800 Megawattstunden Kapazität entstehen.",
        True,
        [("year", 2030, None, None), ("count", 400, None, None), ("count", 800, None, None)],
        None,
    ),
    (
        "de",
        "Nordrhein-Westfalen hat den Ausstieg aus der Kohleverstromung auf 2030 vorgezogen.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
]
