"""Three-hundred-and-sixteenth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, groups and figures are made up
(Reto Caduff, Sabine Hofstätter, Matthias Brunnhuber, Karola Wendisch, Anke Rosenthal,
Miriam Kettler, Michael Waldhör, Gernot Pachoinig, Thomas Ammann, Saskia Wolters-Brandt,
Christian Möllenkamp, Maximilian Freudenthaler, Hiltrud Wessendorf; Sindre Aukrust, Astrid
Lunde, Helen Carraway, Tinashe Farai, Thandeka Mokoena, Ada Leung and her group Wildlife
Watch Asia, Katrín Halldórsdóttir, Emma Rowlett, Pavel Hruska, Chaminda Perera, Philip
Haverford, Ray Dunford, Dana Sorenson and the Northern Range Wolf Alliance, Ruth Pendry,
Natalie Osgood, Binod Gurung, Lorna McAllister; every unnamed spokesperson, hunter,
forester, farmer, rancher, lobsterman, gamekeeper, villager, scientist and official);
ministers, agency heads and association chiefs of real governments and bodies appear under
made-up names that stand for no real holder, or by their role only ("eine Sprecherin von Pro
Natura", "ein Sprecher des Hauptzollamts", "the parks authority", "the wildlife
department"). Real states, bodies, places and things (Bafu, Pro Natura, WWF, BirdLife
Schweiz, Bundesverwaltungsgericht, Schweizer Bauernverband, Kanton Graubünden, Kanton
Wallis, Bundesforschungszentrum für Wald, BFW, Waldfonds, Landwirtschaftskammer, Rote Liste,
Dachverband Deutscher Avifaunisten, Bundesamt für Naturschutz, Deutscher Bauernverband,
Thüringer Wald, Rennsteig, Industrieverband Agrar, Thünen-Institut, „Insect Conservation and
Diversity“, Naturschutzbund, Landesverwaltungsgericht Oberösterreich, Gailtal,
Verfassungsgerichtshof, Eidgenössische Forschungsanstalt WSL, WaldSchweiz, Weltnaturabkommen
von Montreal, Natura 2000, Bundesumweltministerium, Generalzolldirektion, Hauptzollamt,
Bundesnaturschutzgesetz, Flughafen Leipzig/Halle, Amt für Jagd und Fischerei Graubünden,
Landvolk, Statistik Austria, Jagd Österreich, Verein gegen Tierfabriken, Europäisches
Parlament, FFH-Richtlinie, EU-Kommission, Berner Konvention, Europarat, CDU; the Norwegian
Institute for Nature Research, WWF Norway, the Oslo District Court, the RSPB, the Big Garden
Birdwatch, CITES, the Zimbabwe Parks and Wildlife Management Authority, Hwange National
Park, the Private Rhino Owners Association, the IUCN's African Rhino Specialist Group,
KwaZulu-Natal, the Kruger National Park, Skukuza, the Customs and Excise Department, Humane
Society International, Gallup, the IUCN Red List, the Forest Management Institute, Lesy CR,
the North Atlantic Right Whale Consortium, the National Oceanic and Atmospheric
Administration, the New England Aquarium, Montana Fish, Wildlife and Parks, the Livestock
Loss Board, Yellowstone National Park, the Paradise Valley, Exmoor, the Devon Wildlife
Trust, the National Lottery Heritage Fund, the Breeding Bird Survey, Science, the U.S. Fish
and Wildlife Service, the Department of National Parks and Wildlife Conservation, Chitwan
and Bardiya national parks, NatureScot, Forestry and Land Scotland, and the datelines'
cities) stand for the way wire copy names them; every count of animals, pack, cull, quota,
seizure, area, volume, share, price, sum, vote, age, date and quote here is invented, and
where a real figure came to mind (a real wolf, bear, rhino, tiger, elephant or whale count,
a real whaling licence, a real poaching tally, a real bird-decline or red-list figure, a
real vote) it was changed (the years of treaties, bans, trade sales and the start of surveys
kept).

Its weight: WILDLIFE, FORESTS AND BIODIVERSITY (the seventy-fourth batch weighed climate
science, environment and nature, the hundred-sixtieth environment, wildlife and pollution,
the two-hundred-and-forty-fourth nature, wildlife and biodiversity and the
two-hundred-and-seventy-sixth environment and pollution, and their decisions are kept) over
one year in story order (January to December), 28 short stories with the German and English
ones interleaved by month, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). Half German (dpa with its regional
slugs "dpa/th", "dpa/lni", APA, Keystone-SDA; Austrian "heuer", "im Vorjahr", "Landesrat",
"Seehöhe", "Erntefestmeter", "Jagdkarten", Swiss "Gemäss", "anschliessenden", "Hektaren",
"1'020", "5'640", "17'500", «» quotes, German „“ quotes): Switzerland's wolf regulation,
bark beetle damage in Austria, Germany's red list of breeding birds, lynx released in the
Thuringian Forest, insect decline in Hessian reserves, otters in Upper Austria, brown bears
in Carinthia, bark beetle in Swiss forests, protected areas and the 30 percent target, ivory
seized at Frankfurt airport, the Grisons high hunt, Lower Saxony's wolf monitoring,
Austria's hunting statistics and the EU's downgrading of the wolf. Half English (Reuters,
AFP, AP, PA): Norway's wolf quota, the garden birdwatch, Zimbabwe's ivory stockpile, rhino
poaching in South Africa, pangolin scales seized in Hong Kong, Iceland's fin whale hunt,
bark beetle in Czech forests, elephants and farmers in Sri Lanka, North Atlantic right
whales, Montana's wolf quota, pine martens released on Exmoor, North America's lost birds,
Nepal's rhino count and Scotland's deer cull. Figures as such copy has them: animal counts
(wolves, packs, pairs, litters, bears, lynx, otters, deer, ibex, rhinos, elephants, tigers,
whales, calves, pine martens, birds), culls, kills and quotas, livestock losses and
compensation, bird and insect declines in percent („um 84 Prozent“, "by 44 per cent",
"roughly 31%"), red-list counts and shares („fast die Hälfte“, "fewer than one in three"),
forest damage in „Erntefestmeter“, „Festmeter“, „Kubikmeter“, "cubic metres", „Hektar“,
„Hektaren“ and "hectares", protected-area shares („16,2 Prozent“, „bis 2030 jeweils 30
Prozent“), seizures in „Kilo“, „Kilogramm“ and "tonnes", timber prices in francs and crowns,
fines, sums and costs in euros, dollars, pounds, rand, Hong Kong dollars, Nepalese rupees
and Norwegian and Czech crowns; number words and compounds („zwölf Rudeln“, „zweier
Reisender“, „alle vier Stunden“, „binnen sechs Wochen“, "Twenty-two pine martens", "a
10-knot speed limit", "three-quarters", "two-thirds"), ordinals, ages, spans, years and
dates. About 55 negatives as such copy has them: conservationists', farmers', hunters',
ranchers' and ministers' rhetoric and alarm in quotes, labels („bezeichnete ... als“,
„sprach von“, „nannte“, „kritisierten ... als“, "described ... as"), verdicts with „halten
... für“, an accusation naming no act, appeals and warnings naming no measure, group
verdicts of farmers, ranchers and lobstermen, hopes, fears, doubts and a belief, and advice
to gardeners, each near a check-worthy look-alike: the same speaker's figure, a demand
naming a measure, a complaint filed in court, an announced challenge, a red-list status, a
study's publication.

241 rows (120 German, 121 English), 56 negatives (28 German, 28 English), 185 check-worthy
rows of which 10 carry no figure (8 German, 2 English), 332 expected quantities (175 counts,
37 years, 32 durations - 21 in years, 6 in days, 3 in weeks, 2 in hours -, 31 percentages -
all in % -, 24 amounts of money - 7 EUR, 6 USD, 3 CZK, 2 each CHF and GBP, 1 each NOK, ZAR,
HKD and NPR -, 15 fractions, 11 dates, 7 ordinals; none of them in a negative), 35 checked
speakers (18 German, 17 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope, fear, doubt, belief or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-sixtieth, two-hundred-and-fourth, two-hundred-and-forty-fourth); a quoted or
  reported statement of fact, figure, step, rule, plan, demand or finding is check-worthy
  with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one speaker:
  Caduff's two packs and 17'500 red deer beside „Wer den Bergwald retten will“, Brunnhuber's
  40 million euros beside „wichtigster Klimaschützer“, Wendisch's 40.000 pairs beside „das
  stille Barometer“, Rosenthal's collars beside „wie die Fichte und der Rennsteig“,
  Kettler's third of species beside „ein Artensterben vor der eigenen Haustür“, Waldhör's 80
  percent beside „nicht allein“, Pachoinig's 310.000 euros beside „nichts verloren“,
  Ammann's 82 francs beside „keinen Schutz vor Lawinen“, Möllenkamp's three wolves beside
  „gekommen, um zu bleiben“, Freudenthaler's five of nine Länder beside „gelebter
  Naturschutz“; Carraway's nearly half beside "a lifeline", Farai's $600 million beside "a
  blessing and a burden", Mokoena's 387 rhinos and 97 arrests beside "a piece of our
  heritage", Hruska's 480 million crowns beside "like soldiers in rows", Perera's 1,200
  kilometres beside "sacred to us", Pendry's 11 releases beside "something magical",
  Osgood's 316 of 541 species beside "the canary in the coal mine", Gurung's eight rhinos
  beside "proof that a poor country can win" (the quote with his office and name stays a
  negative) and McAllister's 2027 beside "Deer are not the enemy".
- The weight's negatives (ninety-eighth, hundred-sixtieth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth, two-hundred-and-seventy-sixth): rhetoric and alarm in quotes
  from all sides (Pro Natura, Astrid Lunde, Ada Leung, Emma Rowlett, Philip Haverford, Dana
  Sorenson, a Naturschutzbund spokesman, a Hauptzollamt spokesman, a WWF spokeswoman);
  labels („bezeichnete die Regulierung als «längst überfällig»“, „sprach von „einseitiger
  Stimmungsmache““, „nannte die Untersuchung ...“, „kritisierten die Jagd als ...“,
  „bezeichnete die Zahlen als ...“, "described the results as an alarm bell"); verdicts with
  „halten ... für“ alone (the Naturschutzbund on the otter decree, the WWF on the bear
  decree; two-hundred-and-forty-fourth); an accusation naming no act ("accused the
  government of using its elephants as bargaining chips"; eighty-fourth); appeals naming no
  measure („appellierte an Bund und Länder, ... endlich ernst zu machen“, „appellierte an
  die Landesregierung, ...“, "urged the authorities to do far more", and the advice
  "Gardeners were urged to put out fresh water ..."; two-hundred-and-fourth,
  hundred-sixtieth); warnings naming no measure ("warned that the syndicates were simply
  moving on ...", "Sporting estates warned ..."); group verdicts of farmers, ranchers and
  lobstermen ("Sheep farmers' groups said the cut would leave flocks ... at the mercy of
  predators", "Ranchers ... said the commission had finally listened", "Lobstermen say ...",
  "Rice farmers ... say they have no choice"; hundred-sixtieth); fears, hopes and doubts
  („Waldbesitzer befürchten“, „äußerten die Sorge“, „Förster hoffen“, „Naturschützer
  bezweifeln“, "Tourism operators fear", "Some gamekeepers fear", "say they are increasingly
  afraid", "said they doubted the money would be enough"; two-hundred-and-forty-fourth:
  "said they were worried"); and a belief („Artenschützer vermuten ...“, as "said she
  believed", two-hundred-and-fourth). None of them carries a figure.
- Check-worthy without a figure (hundred-sixtieth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth, two-hundred-and-seventy-sixth): an announced challenge in
  court ("WWF Norway said it would challenge the decision at the Oslo District Court."), a
  complaint filed („Der Naturschutzbund hat beim Landesverwaltungsgericht Oberösterreich
  Beschwerde ... eingelegt.“), the publications of a report, a red list and a study („Das
  geht aus ... hervor“ twice, „Die Studie wurde am Dienstag im Fachjournal ...
  veröffentlicht.“), a trend without a figure („... mehr als verdreifacht haben“ - „seit den
  1980er-Jahren“ none, as „in den 1970er-Jahren“; „mehr als“ before a verb none,
  two-hundred-and-forty-fourth), the first proven young of a released lynx („erstmals“
  none), red-list and protection status („gilt ... als „gefährdet“, in der EU ist er streng
  geschützt“, "Fin whales are listed as vulnerable on the IUCN Red List."; hundred-sixtieth)
  and the Bern Convention's earlier downgrade.
- Demands naming a measure are check-worthy (hundred-sixty-fifth, two-hundred-and-fourth,
  two-hundred-and-forty-fourth): the Landvolk's „nach dem zweiten Riss ... binnen 21 Tagen“
  (ordinal 2, 21 days), beside its appeal naming none; an announced step with a figure
  (Gurung's eight rhinos, Perera's fences, the USFWS's $45 million, NOAA's speed limit)
  likewise.
- Animals, culls and other counts as written (hundred-sixtieth, two-hundred-and-forty-fourth
  and every batch): „61 Wölfe ..., 38 davon“, „bis zu 92 Tieren aus zwölf Rudeln“ ("up_to"
  on the first only), „rund 310 Wölfe in 34 Rudeln“, „1'020, nach 1'480“ (Swiss apostrophe,
  tenth), „bei drei weiteren“ („weiteren“ no hedge), "five to seven litters ... counted
  eight", "between 81 and 89 animals" ("between" no hedge), "about 1,900 animals", „Von den
  262 ... fast die Hälfte“, „16 Arten, 34 weitere“, „nur noch rund 40.000 Brutpaare“ („nur
  noch“ no hedge), "about 160 tonnes of ivory and 6 tonnes" the hedge on the first only
  (hundred-sixtieth), "an estimated 98,000" "about", "only two one-off sales" 2 ("one-off"
  no count, as "a one-off payment", hundredth and three-hundredth; "only" no hedge), "all
  eight species" 8 ("all" no hedge), „zwei weitere Luchse ..., 14 Tiere“, „etwa 50
  erwachsene Luchse“, „zwei der ausgewilderten Tiere ..., ein weiteres“ 2 („ein weiteres“
  none), „die beiden Kuder“ and „Den beiden Männern“ none („beiden“ no number word,
  three-hundredth), „vier Koffern zweier Reisender“ 4 and 2 (hundred-fifteenth: the genitive
  „zweier“ is „zwei“), "seized 38 rhino horns", "at least 14,000 pangolins", "at least 41
  right whales ... and 88 more" ("more" after the figure no hedge), "Fewer than 70" "under"
  (fifty-fifth), "13 females and nine males", "fewer than 100" "under", "More than 500
  rangers and volunteers riding 70 elephants combed four national parks", "629 of the
  rhinos", „58 Wolfsrudel, vier Paare und sechs Einzeltiere“, „in 37 Fällen“, „402 zu 181
  Stimmen bei 39 Enthaltungen“, „nur vier Länder“ („nur“ no hedge), „die 16 Bundesländer“,
  „fünf der neun Bundesländer“ 5 and 9 (as "17 of the 27 member states",
  two-hundred-and-seventy-sixth), "316 of the 541 species", „61.300 Stück“, „rund 27.500
  Stück“ and „rund 790.000 Stück Wild“ (hundred-sixth: „28,9 Millionen Stück“), „in zwei
  Etappen“ 2 (three-hundredth: „in zwei Stufen“), "between 680,000 and 900,000 wild deer"
  with no hedge, "a density of 10 deer per square kilometre" ("per square kilometre" none).
  None: „die beiden“, „Der Großteil“, "most of them", "the largest haul of its kind", "A
  record" (two-hundred-and-seventy-sixth: "a record" none).
- Seizures, areas, volumes, lengths and weights are counts, a scale word multiplying
  (hundred-sixtieth, two-hundred-and-forty-third, two-hundred-and-forty-fourth,
  two-hundred-and-seventy-sixth): „42 Kilo Elfenbein“, „119 Kilo Rohelfenbein“
  (two-hundred-and-forty-third: „rund zwölf Kilo Cannabis“), „46 Kilogramm Korallen“, "7.4
  tonnes of pangolin scales and 1.2 tonnes of ivory", "19.6 tonnes", "about 27 tonnes", „1,1
  Millionen Festmetern und ... 870.000 Festmetern“, „6,2 Millionen Festmeter“ („Insgesamt“
  no hedge), „rund 1,4 Millionen Kubikmeter“, „4,9 Millionen Kubikmeter“, "about 8.1 million
  cubic metres ..., more than 29 million cubic metres", „Auf rund 23.000 Hektar“, „mit
  zusammen 9.400 Hektar“ („zusammen“ no hedge), "about 52,000 hectares", "74 million
  seedlings", "by 1,200 kilometres", „in 1.400 Metern Seehöhe“ (hundred-seventh: „auf rund
  2.900 Metern Seehöhe“), "81 million pounds of lobster" 81,000,000 and no money
  (two-hundred-and-seventy-sixth: "roughly 290 pounds per person" a weight), "a 10-knot
  speed limit" 10 (the figure in the hyphenated compound, hundred-sixtieth: "a 20-mile
  stretch"; speeds are counts, two-hundred-and-seventy-sixth), "of at least 35 feet"
  "at_least", "up to 870 million birds a year" "up_to" ("a year" none), "about 3.3 billion
  breeding birds" "about". New: „rund 2,9 Millionen Erntefestmeter“ is 2,900,000 "about" -
  the Austrian harvest measure is a Festmeter (two-hundred-and-forty-fourth: „rund 25.000
  Festmeter Holz“), its prefix naming what is measured, not a second unit. New: Swiss „Auf
  6'800 Hektaren Schutzwald“ is 6,800 - the Swiss plural counts as „Hektar“ does
  (hundred-sixtieth), with the Swiss apostrophe (tenth).
- Multiples are counts with their hedges (twelfth, hundred-sixtieth,
  two-hundred-and-forty-fourth): "roughly twice what its parks can support" 2 "about"
  (hundred-sixtieth: "about 40 times"), „fast doppelt so viel wie im Jahr davor“ 2 "nearly",
  „fast doppelt so viele wie 2013“ 2 "nearly" and the year, „mehr als dreimal so viele wie
  vor 20 Jahren“ 3 "over" and 20 years. Verbs carry none: "to double", "roughly doubled",
  „verdreifacht“ (sixteenth, hundred-forty-eighth). New: "nearly tripled to 329" gives 329
  with no hedge - "nearly" bounds the verb, which carries none, as „mehr als halbiert“
  (two-hundred-and-forty-fourth), and the figure after "to" is the level reached, unhedged.
- Percentages and fractions as written (every batch): „knapp 18 Prozent mehr“ "nearly" (the
  comparison after the figure no hedge), "by 44 per cent" (PA's "per cent" is %, as earlier
  PA and AAP copy), „um 84 Prozent ..., ... um 79 Prozent“, "up 31%", „um durchschnittlich
  71 Prozent“ and "by 46% on average" with no hedge, „35 Prozent“, „rund 4 Prozent“, "a drop
  of 22%", "by about 6%" "about", „um bis zu 80 Prozent“ "up_to", "61% ..., compared with
  more than 90%" ("over" on the second), "About 70%", "47% ... and 33%", „16,2 Prozent ...
  und 45 Prozent“, „jeweils 30 Prozent“ („jeweils“ no hedge), „nur 0,7 Prozent“, „zwei
  Prozent“, „rund 15 Prozent“, „knapp 9 Prozent mehr“ "nearly", „knapp 8 Prozent davon“
  "nearly", „rund 11 Prozent weniger“ "about", „um 3,4 Prozent mehr“, „14,8 Prozent“,
  "roughly 31%" "about", "by about 70%" "about"; „fast ein Drittel“ 0.3333 "nearly", "fewer
  than one in three gardens" 0.3333 "under" (two-hundred-and-seventy-sixth: "fewer than one
  in 20"), "nearly half of the 40 species" 0.5 "nearly" and 40, „fast die Hälfte“ 0.5
  "nearly", „drei Viertel davon“ 0.75, "More than two-thirds" 0.6667 "over", „um fast ein
  Viertel“ 0.25 "nearly", „jede dritte der untersuchten Arten“ 0.3333 (the issue's "jeder
  vierte"), "more than a third of them" 0.3333 "over", „knapp die Hälfte“ 0.5 "nearly",
  „Mehr als die Hälfte“ 0.5 "over", „rund ein Zehntel des Bestands“ 0.1 "about"
  (two-hundred-and-forty-fourth: "about a tenth"), „jede achte davon“ 0.125
  (three-hundredth: "about one in eight"), "three-quarters of its numbers" 0.75, "by about a
  third" 0.3333 "about".
- Ordinals: "for a 19th consecutive year" 19 (hundred-sixtieth: "for a third consecutive
  year"), "the city's third major seizure" 3, "its second annual increase" 2, „nach dem
  zweiten Riss“ 2, "the first of the species to live wild there for more than a century" 1
  ("more than a century" none - an article is no figure, hundred-forty-fourth), "The
  island's first nationwide elephant count in 12 years" 1 and 12 years (three-hundredth:
  "the first coastwide walkout by their union in 40 years"), "by the early 20th century" 20
  (centuries are ordinals, seventeenth, two-hundred-and-forty-fourth). „erstmals“, "the
  largest", "the most trafficked", "the most frequently spotted", "the only other country"
  none.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „alle vier Stunden“ 4 hours (hundred-sixtieth: "etwa alle fünf Jahre"), „binnen zwei
  Wochen“, „binnen sechs Wochen“, „binnen 21 Tagen“, „für zwei Jahre“, „Die Jagd dauerte 21
  Tage“, „20 Tage nach ihrem Erscheinen“, „in den nächsten zehn Jahren“ 10 years
  (two-hundred-and-forty-fourth: "over the next two years"), „der vergangenen fünf Jahre“ 5
  years, „vor 20 Jahren“, "over three days", "over 21 days", "held over two days", "over the
  past five years", "over five years", "within two years", "for four years", "for 10 weeks",
  "for three years", "48 years of data" 48 years (two-hundred-and-forty-fourth: "gathered
  over 37 years"), "three years ago", "five years ago", "25 years in prison", "up to 10
  years in prison" "up_to" (twice), „bis zu fünf Jahre Haft“ "up_to", "took more than two
  hours to die" 2 hours "over" (two-hundred-and-forty-fourth: "in more than 400 years"
  "over"; "over" before a span and "within" no hedge); ages are durations in years ("aged 38
  and 45", „im Alter von 31 und 44 Jahren“; hundred-twenty-first). None: „im Vorjahr“, „im
  Jahr davor“, „im Jahr zuvor“, „im vergangenen Jahr“, „im vergangenen Sommer“, „heuer“, „in
  diesem Jahr“, „jährlich“, „seit Jahresbeginn“, „am Wochenende“, „im Februar“, „im Juni“,
  „im Frühjahr“, „im vergangenen Dezember“, "last year", "last season", "this winter", "this
  summer", "this year", "a year", "each year", "for the year", "the year before", "the past
  year", "the past decade", "a decade of decline", "in the year to March", "since January",
  "last August", "in March", "next spring".
- Years and dates: „im Jagdjahr 2024/25“ and „Im Monitoringjahr 2024/25“ both years
  (two-hundred-and-forty-fourth), „zwischen 1994 und 2023“, "between 2010 and 2022",
  "between 2015 and 2018", "between 1990 and 2020" their years; „seit 1990“, „Seit 2021“,
  „Bis 2027“, „seit Beginn des Monitorings 2009“, „Seit 2019“, „seit 2020“, „wie schon
  2023“, „bis 2030“ and „Bis 2030“, „Im Jahr 2022“, „wie 2013“, "in 2016", "in 1979", "since
  2004", "since 1989", "in 1999 and 2008", "in 2015 and 2016", "in 2020" (twice), "Since
  2017", "since 2023", "since 1970", "in April 2027" its year. Dates without a year: „seit
  dem 1. September“ --09-01 (hundred-twenty-sixth: „seit dem 1. Januar“), "until Feb. 15"
  --02-15, "opens on June 21" --06-21, "on Oct. 25 ... on Dec. 1 ... until March 15" three
  dates (hundredth: "on Feb. 18 and 19" two dates). Reuters datelines with a day are dates
  without a year ("OSLO, Jan 14" --01-14, "JOHANNESBURG, April 9" --04-09, "REYKJAVIK, June
  11" --06-11, "PRAGUE, July 3" --07-03, "WASHINGTON, Oct 2" --10-02; hundred-sixtieth); dpa
  ("Berlin (dpa) -", "Bonn (dpa) -", "Brüssel (dpa) -", "Frankfurt/Main (dpa) -", "Erfurt
  (dpa/th) -", "Hannover (dpa/lni) -"), APA, Keystone-SDA, AFP, AP and PA datelines none
  (seventy-ninth). New: „Die Natura-2000-Gebiete“ carry neither year nor count - the
  network's name holds its figure as "Isar 2" (two-hundred-and-twenty-ninth) and „Formel 1“
  (thirty-fifth, two-hundred-and-fifty-sixth: compounds built on such a name stay names) do,
  and it names no figure it states, unlike "die sogenannte Rente mit 63"
  (two-hundred-and-forty-fifth).
- Money in the currency written (every batch): „weitere 40 Millionen Euro“ („weitere“ no
  hedge), „bis zu 1.200 Euro je Hektar“ "up_to" („je Hektar“ none), „rund 2,8 Millionen
  Euro“, „rund 310.000 Euro“, „rund 95.000 Euro“, „rund 46 Millionen Euro“ "about",
  „insgesamt 780.000 Euro“ („insgesamt“ no hedge) EUR; „durchschnittlich 82 Franken pro
  Kubikmeter ..., 14 Franken weniger“ CHF (no hedge, „pro Kubikmeter“ none); "22 million
  Norwegian crowns" NOK and "480 million crowns", "about 2,300 crowns per cubic metre" and
  "900 crowns" in the Czech story CZK (hundred-first: the bare crown takes its country from
  the row); "about 1.4 billion rand" ZAR (hundred-thirty-fifth: „500 Millionen Rand“); "an
  estimated street value of HK$61 million ($7.8 million)" 61,000,000 HKD "about" and
  7,800,000 USD with no hedge (hundred-eighth: "HK$1.6 billion"; the converted figure in
  brackets unhedged, hundred-sixtieth); "about 20 million Nepalese rupees ($150,000)" NPR
  "about" and USD (two-hundred-and-thirty-first: rupees in a Nepal story are NPR); "up to
  $600 million" "up_to", "$431 million", "$212,000", "$45 million" USD; "The £1.1 million
  project" and "an estimated £6 million a year" "about" GBP.
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "roughly", "an
  estimated" "about"; „knapp“, „fast“, "nearly" "nearly"; „mehr als“, „Mehr als“, "more
  than", "More than" "over"; "fewer than", "Fewer than" "under"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least". No hedge: „insgesamt“, „Insgesamt“, „zusammen“,
  „jeweils“, „derzeit“, „bereits“, „inzwischen“, „nur“, „nur noch“, „durchschnittlich“,
  „weitere“, „weiteren“, "on average", "an average of", "only", "all", "between", "within",
  "over" before a span, "more" after a figure, and „mehr als“, „weniger als“ after a figure
  and "down from", "up from", "from a low of" before one.
- Speakers, checked only in forms the earlier batches settled: „teilte das Bundesamt für
  Umwelt (Bafu) am Montag mit“ -> "das Bundesamt für Umwelt" (the abbreviation in brackets
  and the weekday dropped, two-hundred-and-forty-fourth), „teilte das Land Kärnten am
  Mittwoch mit“ -> "das Land Kärnten" (two-hundred-and-forty-fourth: „teilte das Land Tirol
  mit“); „Nach Angaben des Umweltministeriums“ -> "das Umweltministerium" and „nach Angaben
  des Bundesamts für Naturschutz“ -> "das Bundesamt für Naturschutz" (the source in the
  nominative, two-hundred-and-fourth, two-hundred-and-forty-fourth); „Jagdinspektor Reto
  Caduff sagte, ...“, „BFW-Leiterin Sabine Hofstätter sagte, ...“, „Landwirtschaftsminister
  Matthias Brunnhuber sagte, ...“, „BfN-Präsidentin Karola Wendisch sagte, ...“,
  „Projektleiterin Anke Rosenthal sagte, ...“, „Studienleiterin Miriam Kettler sagte, ...“,
  „Landesrat Michael Waldhör sagte, ...“, „Landesrat Gernot Pachoinig sagte, ...“,
  „WaldSchweiz-Direktor Thomas Ammann sagte, ...“, „Bundesumweltministerin Saskia
  Wolters-Brandt sagte, ...“, „Umweltminister Christian Möllenkamp sagte, ...“,
  „Jagd-Österreich-Präsident Maximilian Freudenthaler sagte, ...“ and „CDU-Europaabgeordnete
  Hiltrud Wessendorf sagte, ...“ the name (hundred-eightieth: the office heading "X sagte");
  „Caduff sagte, ...“ opening the row (forty-second, two-hundred-and-forty-fourth). English:
  the name with the role dropped ("Climate and Environment Minister Sindre Aukrust said",
  "RSPB chief executive Helen Carraway said", "Parks spokesman Tinashe Farai said", "...,
  Environment Minister Thandeka Mokoena said on Wednesday." with the weekday dropped,
  "Fisheries Minister Katrín Halldórsdóttir said", "Agriculture Minister Pavel Hruska said",
  "Wildlife Minister Chaminda Perera said", "Commission chairman Ray Dunford said", "Nature
  Minister Ruth Pendry said", "Lead author Natalie Osgood said", "Forest Minister Binod
  Gurung said", "Biodiversity Minister Lorna McAllister said"; hundred-forty-fifth,
  two-hundred-and-forty-fourth); "..., Mokoena told reporters in Pretoria." -> "Mokoena"
  (hundred-twelfth: "..., Oyelaran told reporters."); "..., the Customs and Excise
  Department said." with "the" (hundred-sixtieth, two-hundred-and-seventy-sixth: "the
  Environment Agency said"); "The National Oceanic and Atmospheric Administration said ..."
  and "The U.S. Fish and Wildlife Service said ..." opening the row with the article lowered
  (hundred-sixtieth: "The Great Barrier Reef Marine Park Authority said ..."); "Forestry and
  Land Scotland said" as written (three-hundredth: "Transport for London said"). Left
  unchecked (None): all negatives, also those with a named speaker; „Gemäss Bafu“ and
  „Gemäss der Eidgenössischen Forschungsanstalt WSL“ („Gemäss“ not settled,
  hundred-sixtieth), „nach Schätzungen“, „nach der jüngsten Kartierung“, „nach dem jüngsten
  Monitoring“, „wie Statistik Austria am Donnerstag mitteilte“ (two-hundred-and-fourth
  leaves „wie ... mitteilte“ unchecked), „heißt es in einer Analyse der Kommission“,
  „beziffert“, „geschätzt“, „kündigte an“, „fordert“, „Das geht aus ... hervor“; bodies' and
  roles' "said" ("the climate and environment ministry", "the charity", "the parks
  authority", "the fisheries ministry", "the agriculture ministry", "the wildlife
  department", "scientists"; two-hundred-and-forty-fourth), "State forestry company Lesy CR
  said" (a description before the name, fortieth), "the agency estimates", "the department
  estimates", "Scientists estimate" (estimating verbs, hundred-tenth), "the survey found",
  "the study found", "the report found", "researchers reported", "state data showed",
  "according to ..." (the Norwegian Institute for Nature Research, the Zimbabwe Parks and
  Wildlife Management Authority, the Private Rhino Owners Association, the IUCN's African
  Rhino Specialist Group, the Forest Management Institute, official figures, the North
  Atlantic Right Whale Consortium, Montana Fish, Wildlife and Parks, the state's Livestock
  Loss Board, a census, a report by NatureScot) and rows without attribution. As the
  two-hundred-and-sixth, two-hundred-and-thirty-third and three-hundredth batches did, and
  to keep the checked speakers near 35, this batch also leaves unchecked forms it could have
  checked: „nach Angaben der Landwirtschaftskammer“, „Nach Angaben des Thünen-Instituts“,
  „Nach Angaben der Generalzolldirektion“, „nach Angaben der EU-Kommission“, „teilte der
  Verband WaldSchweiz mit“, „teilte das Bundesumweltministerium mit“, „teilte das Amt für
  Jagd und Fischerei Graubünden mit“, „teilte das Umweltministerium in Hannover mit“, "WWF
  Norway said", "the Devon Wildlife Trust said", "the Department of National Parks and
  Wildlife Conservation said" and "NatureScot said".

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_316 = [
    # --- Wolfsregulierung in der Schweiz (Keystone-SDA), Januar ---
    (
        "de",
        "Chur (Keystone-SDA) - Im Rahmen der proaktiven Wolfsregulierung sind in der Schweiz seit dem 1. September 61 Wölfe geschossen worden, 38 davon im Kanton Graubünden.",
        True,
        [("date", "--09-01", None, None), ("count", 61, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Der Bund hatte den Abschuss von bis zu 92 Tieren aus zwölf Rudeln bewilligt, teilte das Bundesamt für Umwelt (Bafu) am Montag mit.",
        True,
        [("count", 92, None, "up_to"), ("count", 12, None, None)],
        "das Bundesamt für Umwelt",
    ),
    (
        "de",
        "Gemäss Bafu lebten zu Beginn der Regulierungsperiode rund 310 Wölfe in 34 Rudeln im ganzen Land.",
        True,
        [("count", 310, None, "about"), ("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Der Kanton Wallis meldete 14 Abschüsse, darunter ein ganzes Rudel mit neun Tieren im Oberwallis.",
        True,
        [("count", 14, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Pro Natura, der WWF und BirdLife Schweiz fochten sieben der Abschussverfügungen vor dem Bundesverwaltungsgericht an.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der von Wölfen gerissenen Nutztiere sank im vergangenen Sommer auf 1'020, nach 1'480 im Jahr davor.",
        True,
        [("count", 1020, None, None), ("count", 1480, None, None)],
        None,
    ),
    (
        "de",
        "Jagdinspektor Reto Caduff sagte, in Graubünden seien zwei Rudel vollständig entfernt und bei drei weiteren die Jungtiere reduziert worden.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        "Reto Caduff",
    ),
    (
        "de",
        "«Mit dem Gewehr lässt sich kein Schaf dauerhaft schützen, das schaffen nur Zäune und Hunde», sagte eine Sprecherin von Pro Natura.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schweizer Bauernverband bezeichnete die Regulierung als «längst überfällig».",
        False,
        [],
        None,
    ),
    # --- Norway's wolf quota (Reuters), January ---
    (
        "en",
        "OSLO, Jan 14 (Reuters) - Norway will let hunters shoot 24 wolves outside its designated wolf zone this winter, down from 31 last season, the climate and environment ministry said on Tuesday.",
        True,
        [("date", "--01-14", None, None), ("count", 24, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        "Parliament's target for the zone is five to seven litters a year, and researchers counted eight in the latest survey.",
        True,
        [("count", 5, None, None), ("count", 7, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "The hunt runs until Feb. 15 in four management regions along the Swedish border.",
        True,
        [("date", "--02-15", None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Norway's share of the cross-border Scandinavian population was put at between 81 and 89 animals, according to the Norwegian Institute for Nature Research.",
        True,
        [("count", 81, None, None), ("count", 89, None, None)],
        None,
    ),
    (
        "en",
        "Climate and Environment Minister Sindre Aukrust said the quota would keep the population within the range parliament set in 2016.",
        True,
        [("year", 2016, None, None)],
        "Sindre Aukrust",
    ),
    (
        "en",
        "Sheep losses to wolves fell to about 1,900 animals last year, and the state paid 22 million Norwegian crowns in compensation to farmers.",
        True,
        [("count", 1900, None, "about"), ("money", 22000000, "NOK", None)],
        None,
    ),
    (
        "en",
        "WWF Norway said it would challenge the decision at the Oslo District Court.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Norway is treating a critically endangered species as if it were vermin," said Astrid Lunde, a biologist with WWF Norway.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sheep farmers' groups said the cut would leave flocks in the eastern valleys at the mercy of predators.",
        False,
        [],
        None,
    ),
    # --- Schadholz in Österreich (APA), Februar ---
    (
        "de",
        "Wien (APA) - Der Borkenkäfer hat in Österreichs Wäldern im Vorjahr rund 2,9 Millionen Erntefestmeter Schadholz verursacht, knapp 18 Prozent mehr als im Jahr davor.",
        True,
        [("count", 2900000, None, "about"), ("percent", 18, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Das geht aus der Dokumentation der Waldschädigungsfaktoren des Bundesforschungszentrums für Wald (BFW) hervor.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen waren Kärnten mit 1,1 Millionen Festmetern und die Steiermark mit 870.000 Festmetern.",
        True,
        [("count", 1100000, None, None), ("count", 870000, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt fielen durch Käfer, Sturm und Schnee 6,2 Millionen Festmeter an, fast ein Drittel des gesamten Holzeinschlags.",
        True,
        [("count", 6200000, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "BFW-Leiterin Sabine Hofstätter sagte, der Käfer befalle inzwischen auch Fichten in 1.400 Metern Seehöhe.",
        True,
        [("count", 1400, None, None)],
        "Sabine Hofstätter",
    ),
    (
        "de",
        "Landwirtschaftsminister Matthias Brunnhuber sagte, aus dem Waldfonds flössen heuer weitere 40 Millionen Euro in die Aufarbeitung von Schadholz und die Wiederbewaldung.",
        True,
        [("money", 40000000, "EUR", None)],
        "Matthias Brunnhuber",
    ),
    (
        "de",
        "„Der Wald ist unser wichtigster Klimaschützer, und wir lassen ihn nicht im Stich“, sagte Brunnhuber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Waldbesitzer befürchten, dass ein weiterer trockener Sommer die Lage noch einmal deutlich verschärfen könnte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Auf rund 23.000 Hektar müssen nach Angaben der Landwirtschaftskammer Flächen neu aufgeforstet werden.",
        True,
        [("count", 23000, None, "about")],
        None,
    ),
    # --- Big Garden Birdwatch (PA), February ---
    (
        "en",
        "LONDON (PA) - Sightings of house sparrows in British gardens have fallen by 44 per cent since the RSPB's Big Garden Birdwatch began in 1979, the charity said.",
        True,
        [("percent", 44, "%", None), ("year", 1979, None, None)],
        None,
    ),
    (
        "en",
        "More than 590,000 volunteers joined the count this time, logging 9.2 million birds over three days in late January.",
        True,
        [("count", 590000, None, "over"), ("count", 9200000, None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Starlings, once the commonest visitor to British bird tables, were seen in fewer than one in three gardens.",
        True,
        [("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "en",
        "For a 19th consecutive year the house sparrow was the most frequently spotted species, with an average of 3.6 birds per garden.",
        True,
        [("ordinal", 19, None, None), ("count", 3.6, None, None)],
        None,
    ),
    (
        "en",
        "Wood pigeon sightings are up 31% since 2004, making the bird one of the few winners, the survey found.",
        True,
        [("percent", 31, "%", None), ("year", 2004, None, None)],
        None,
    ),
    (
        "en",
        "RSPB chief executive Helen Carraway said nearly half of the 40 species counted had declined over the past decade.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 40, None, None)],
        "Helen Carraway",
    ),
    (
        "en",
        '"Every garden in the country could be a lifeline for these birds," Carraway said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gardeners were urged to put out fresh water and to leave a wild corner for insects.",
        False,
        [],
        None,
    ),
    # --- Rote Liste der Brutvögel (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Von den 262 regelmäßig in Deutschland brütenden Vogelarten steht inzwischen fast die Hälfte auf der Roten Liste.",
        True,
        [("count", 262, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Als ausgestorben oder verschollen gelten 16 Arten, 34 weitere sind vom Aussterben bedroht.",
        True,
        [("count", 16, None, None), ("count", 34, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus der neuen Roten Liste der Brutvögel hervor, die der Dachverband Deutscher Avifaunisten und das Bundesamt für Naturschutz am Mittwoch vorstellten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Besonders stark betroffen sind Arten der Agrarlandschaft: Der Bestand des Rebhuhns ist seit 1990 um 84 Prozent eingebrochen, der des Kiebitzes um 79 Prozent.",
        True,
        [("year", 1990, None, None), ("percent", 84, "%", None), ("percent", 79, "%", None)],
        None,
    ),
    (
        "de",
        "BfN-Präsidentin Karola Wendisch sagte, in Deutschland seien nur noch rund 40.000 Brutpaare des Kiebitzes übrig.",
        True,
        [("count", 40000, None, "about")],
        "Karola Wendisch",
    ),
    (
        "de",
        "„Die Feldvögel sind das stille Barometer einer Landwirtschaft, die keinen Platz mehr für Natur lässt“, sagte Wendisch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zugelegt haben dagegen Kranich, Seeadler und Uhu, deren Bestände sich seit den 1980er-Jahren mehr als verdreifacht haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Deutsche Bauernverband sprach von „einseitiger Stimmungsmache gegen die Landwirte“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2021 wird die Anlage von Blühstreifen an Ackerrändern mit bis zu 1.200 Euro je Hektar gefördert.",
        True,
        [("year", 2021, None, None), ("money", 1200, "EUR", "up_to")],
        None,
    ),
    # --- Zimbabwe's ivory stockpile (AFP), March ---
    (
        "en",
        "HARARE (AFP) - Zimbabwe is sitting on a stockpile of about 160 tonnes of ivory and 6 tonnes of rhino horn that it wants permission to sell, the parks authority said on Thursday.",
        True,
        [("count", 160, None, "about"), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The country is home to an estimated 98,000 elephants, roughly twice what its parks can support, according to the Zimbabwe Parks and Wildlife Management Authority.",
        True,
        [("count", 98000, None, "about"), ("count", 2, None, "about")],
        None,
    ),
    (
        "en",
        "Parks spokesman Tinashe Farai said a sale of the stockpile could raise up to $600 million for conservation and rural communities.",
        True,
        [("money", 600000000, "USD", "up_to")],
        "Tinashe Farai",
    ),
    (
        "en",
        "International trade in ivory has been banned under CITES since 1989, and only two one-off sales have been allowed since, in 1999 and 2008.",
        True,
        [("year", 1989, None, None), ("count", 2, None, None), ("year", 1999, None, None), ("year", 2008, None, None)],
        None,
    ),
    (
        "en",
        "Conservation groups accused the government of using its elephants as bargaining chips.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Last year 43 elephants were poached in Zimbabwe, down from 71 the year before, while elephants killed 59 people.",
        True,
        [("count", 43, None, None), ("count", 71, None, None), ("count", 59, None, None)],
        None,
    ),
    (
        "en",
        "Authorities culled 120 elephants in Hwange National Park last year and handed the meat to drought-hit villages.",
        True,
        [("count", 120, None, None)],
        None,
    ),
    (
        "en",
        '"Our elephants are a blessing and a burden at the same time," Farai said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A proposal by Zimbabwe, Namibia and Botswana to reopen the trade was voted down at the last CITES conference, with 83 countries against and 15 in favour.",
        True,
        [("count", 83, None, None), ("count", 15, None, None)],
        None,
    ),
    # --- Luchse im Thüringer Wald (dpa/th), April ---
    (
        "de",
        "Erfurt (dpa/th) - Im Thüringer Wald sind am Wochenende zwei weitere Luchse ausgewildert worden, damit leben dort nun 14 Tiere aus dem Wiederansiedlungsprojekt.",
        True,
        [("count", 2, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Bis 2027 sollen insgesamt 20 Luchse aus Gehegen in der Slowakei, in Rumänien und in der Schweiz freigelassen werden.",
        True,
        [("year", 2027, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Als Untergrenze für eine überlebensfähige Population gelten etwa 50 erwachsene Luchse.",
        True,
        [("count", 50, None, "about")],
        None,
    ),
    (
        "de",
        "Projektleiterin Anke Rosenthal sagte, die beiden Kuder trügen GPS-Halsbänder, die alle vier Stunden eine Position senden.",
        True,
        [("duration", 4, "hour", None)],
        "Anke Rosenthal",
    ),
    (
        "de",
        "Das Projekt kostet rund 2,8 Millionen Euro, drei Viertel davon trägt die EU.",
        True,
        [("money", 2800000, "EUR", "about"), ("fraction", 0.75, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr wurden zwei der ausgewilderten Tiere von Autos überfahren, ein weiteres wurde illegal getötet.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "„Der Luchs gehört in den Thüringer Wald wie die Fichte und der Rennsteig“, sagte Rosenthal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jäger in der Region äußerten die Sorge, dass die Rehbestände in ihren Revieren deutlich sinken könnten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Umweltministeriums wurde im Februar erstmals Nachwuchs eines ausgewilderten Weibchens nachgewiesen.",
        True,
        [],
        "das Umweltministerium",
    ),
    # --- Rhino poaching in South Africa (Reuters), April ---
    (
        "en",
        "JOHANNESBURG, April 9 (Reuters) - Poachers killed 387 rhinos in South Africa last year, a drop of 22% from the year before, Environment Minister Thandeka Mokoena said on Wednesday.",
        True,
        [("date", "--04-09", None, None), ("count", 387, None, None), ("percent", 22, "%", None)],
        "Thandeka Mokoena",
    ),
    (
        "en",
        "More than two-thirds of the animals were killed in KwaZulu-Natal province, where poaching gangs have moved from the Kruger National Park.",
        True,
        [("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "en",
        "Police arrested 97 suspected poachers and seized 38 rhino horns, Mokoena told reporters in Pretoria.",
        True,
        [("count", 97, None, None), ("count", 38, None, None)],
        "Mokoena",
    ),
    (
        "en",
        "Private reserves spent about 1.4 billion rand last year on guards, dehorning and anti-poaching units, according to the Private Rhino Owners Association.",
        True,
        [("money", 1400000000, "ZAR", "about")],
        None,
    ),
    (
        "en",
        "Rhino numbers in South Africa have risen by about 6% to roughly 16,800, according to the IUCN's African Rhino Specialist Group.",
        True,
        [("percent", 6, "%", "about"), ("count", 16800, None, "about")],
        None,
    ),
    (
        "en",
        '"Every rhino we lose is a piece of our heritage stolen by criminal syndicates," Mokoena said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Conservationists warned that the syndicates were simply moving on to softer targets in neighbouring countries.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A court in Skukuza sentenced two poachers to 25 years in prison each in March.",
        True,
        [("count", 2, None, None), ("duration", 25, "year", None)],
        None,
    ),
    # --- Insektenschwund in Schutzgebieten (dpa), Mai ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Biomasse der Fluginsekten in hessischen Schutzgebieten ist zwischen 1994 und 2023 um durchschnittlich 71 Prozent geschrumpft.",
        True,
        [("year", 1994, None, None), ("year", 2023, None, None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten mehr als 1.100 Proben aus, die mit Zeltfallen an 19 Standorten gesammelt worden waren.",
        True,
        [("count", 1100, None, "over"), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Bei Wildbienen sank die Zahl der nachgewiesenen Arten um fast ein Viertel, bei Schwebfliegen um 35 Prozent.",
        True,
        [("fraction", 0.25, None, "nearly"), ("percent", 35, "%", None)],
        None,
    ),
    (
        "de",
        "Studienleiterin Miriam Kettler sagte, jede dritte der untersuchten Arten sei in den Proben der vergangenen fünf Jahre gar nicht mehr aufgetaucht.",
        True,
        [("fraction", 0.3333, None, None), ("duration", 5, "year", None)],
        "Miriam Kettler",
    ),
    (
        "de",
        "„Wir erleben ein Artensterben vor der eigenen Haustür, und kaum jemand schaut hin“, sagte Kettler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Studie wurde am Dienstag im Fachjournal „Insect Conservation and Diversity“ veröffentlicht.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Industrieverband Agrar nannte die Untersuchung „methodisch fragwürdig“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben des Thünen-Instituts werden bundesweit derzeit rund 4 Prozent der Agrarfläche als Brache oder Blühfläche bewirtschaftet.",
        True,
        [("percent", 4, "%", "about")],
        None,
    ),
    # --- Pangolin scales seized in Hong Kong (AFP), May ---
    (
        "en",
        "HONG KONG (AFP) - Hong Kong customs officers seized 7.4 tonnes of pangolin scales and 1.2 tonnes of ivory hidden in a shipping container from Nigeria, the largest haul of its kind this year.",
        True,
        [("count", 7.4, None, None), ("count", 1.2, None, None)],
        None,
    ),
    (
        "en",
        "The contraband had an estimated street value of HK$61 million ($7.8 million), the Customs and Excise Department said.",
        True,
        [("money", 61000000, "HKD", "about"), ("money", 7800000, "USD", None)],
        "the Customs and Excise Department",
    ),
    (
        "en",
        "Scientists estimate the scales came from at least 14,000 pangolins.",
        True,
        [("count", 14000, None, "at_least")],
        None,
    ),
    (
        "en",
        "Pangolins are the most trafficked mammals in the world, and all eight species are protected under CITES.",
        True,
        [("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "Two men, aged 38 and 45, were arrested and face up to 10 years in prison under the city's endangered species law.",
        True,
        [("count", 2, None, None), ("duration", 38, "year", None), ("duration", 45, "year", None), ("duration", 10, "year", "up_to")],
        None,
    ),
    (
        "en",
        "It was the city's third major seizure of pangolin scales since January, bringing the total this year to 19.6 tonnes.",
        True,
        [("ordinal", 3, None, None), ("count", 19.6, None, None)],
        None,
    ),
    (
        "en",
        '"Hong Kong must stop being the gateway for this bloody trade," said Ada Leung of the group Wildlife Watch Asia.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Activists urged the authorities to do far more to stop the trade.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Hong Kong burned its own stockpile of about 27 tonnes of seized ivory in 2015 and 2016.",
        True,
        [("count", 27, None, "about"), ("year", 2015, None, None), ("year", 2016, None, None)],
        None,
    ),
    # --- Fischotter in Oberösterreich (APA), Mai ---
    (
        "de",
        "Linz (APA) - Oberösterreich erlaubt heuer die Entnahme von bis zu 60 Fischottern, zehn mehr als im Vorjahr.",
        True,
        [("count", 60, None, "up_to"), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Verordnung gilt vorerst für zwei Jahre und betrifft Fließgewässer in 14 Bezirken.",
        True,
        [("duration", 2, "year", None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Nach der jüngsten Kartierung leben im Bundesland rund 1.050 Otter, mehr als dreimal so viele wie vor 20 Jahren.",
        True,
        [("count", 1050, None, "about"), ("count", 3, None, "over"), ("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Landesrat Michael Waldhör sagte, die Fischbestände in manchen Bächen seien um bis zu 80 Prozent eingebrochen.",
        True,
        [("percent", 80, "%", "up_to")],
        "Michael Waldhör",
    ),
    (
        "de",
        "„Wir lassen die Fischer und Teichwirte mit dem Problem nicht allein“, sagte Waldhör.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Fischotter gilt in Österreich nach der Roten Liste als „gefährdet“, in der EU ist er streng geschützt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Naturschutzbund hält die Verordnung für einen Verstoß gegen EU-Recht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Naturschutzbund hat beim Landesverwaltungsgericht Oberösterreich Beschwerde gegen die Verordnung eingelegt.",
        True,
        [],
        None,
    ),
    # --- Iceland's fin whale hunt (Reuters), June ---
    (
        "en",
        "REYKJAVIK, June 11 (Reuters) - Iceland granted a whaling company a licence to hunt up to 146 fin whales this summer, the fisheries ministry said on Tuesday.",
        True,
        [("date", "--06-11", None, None), ("count", 146, None, "up_to")],
        None,
    ),
    (
        "en",
        "The season, which opens on June 21, will run for 10 weeks.",
        True,
        [("date", "--06-21", None, None), ("duration", 10, "week", None)],
        None,
    ),
    (
        "en",
        "The company caught 24 fin whales last year, when the season was cut short after a welfare review found that some animals took more than two hours to die.",
        True,
        [("count", 24, None, None), ("duration", 2, "hour", "over")],
        None,
    ),
    (
        "en",
        "Fisheries Minister Katrín Halldórsdóttir said the stock of about 37,000 fin whales in the central North Atlantic could sustain the catch.",
        True,
        [("count", 37000, None, "about")],
        "Katrín Halldórsdóttir",
    ),
    (
        "en",
        "Fin whales are listed as vulnerable on the IUCN Red List.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"This is a hunt that belongs in the last century," said Emma Rowlett of Humane Society International.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A Gallup poll commissioned by animal welfare groups found that 47% of Icelanders oppose whaling and 33% support it.",
        True,
        [("percent", 47, "%", None), ("percent", 33, "%", None)],
        None,
    ),
    (
        "en",
        "Tourism operators fear the hunt will drive away visitors who come to watch whales off Reykjavik.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Norway, the only other country that still allows commercial whaling in the North Atlantic, set its minke whale quota at 1,270 for the year.",
        True,
        [("count", 1270, None, None)],
        None,
    ),
    # --- Bären in Kärnten (APA), Juni ---
    (
        "de",
        "Klagenfurt (APA) - In Kärnten sind heuer bereits mindestens acht verschiedene Braunbären nachgewiesen worden, so viele wie seit Beginn des Monitorings 2009 nicht.",
        True,
        [("count", 8, None, "at_least"), ("year", 2009, None, None)],
        None,
    ),
    (
        "de",
        "Die Tiere wandern aus Slowenien zu, wo nach Schätzungen rund 1.100 Bären leben.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "de",
        "Ein Bär hat im Gailtal binnen zwei Wochen 23 Schafe gerissen, teilte das Land Kärnten am Mittwoch mit.",
        True,
        [("duration", 2, "week", None), ("count", 23, None, None)],
        "das Land Kärnten",
    ),
    (
        "de",
        "Die Landesregierung erließ daraufhin eine Verordnung, die den Abschuss des Tieres binnen sechs Wochen erlaubt.",
        True,
        [("duration", 6, "week", None)],
        None,
    ),
    (
        "de",
        "Seit 2019 wurden in Kärnten drei Bären mit Sendern versehen.",
        True,
        [("year", 2019, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Landesrat Gernot Pachoinig sagte, für Schäden durch Bären seien seit 2020 rund 310.000 Euro an Entschädigungen ausbezahlt worden.",
        True,
        [("year", 2020, None, None), ("money", 310000, "EUR", "about")],
        "Gernot Pachoinig",
    ),
    (
        "de",
        "„Ein Bär, der Schafe reißt, hat in einem Tal mit Almen und Kindergärten nichts verloren“, sagte Pachoinig.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der WWF hält die Verordnung für rechtlich unhaltbar.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der WWF kündigte an, die Verordnung beim Verfassungsgerichtshof anzufechten, wie schon 2023 eine Wolfsverordnung.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    # --- Bark beetle in Czech forests (Reuters), July ---
    (
        "en",
        "PRAGUE, July 3 (Reuters) - Bark beetles destroyed about 8.1 million cubic metres of spruce in Czech forests last year, down from a peak of more than 29 million cubic metres in 2020, the agriculture ministry said.",
        True,
        [("date", "--07-03", None, None), ("count", 8100000, None, "about"), ("count", 29000000, None, "over"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Salvage felling accounted for 61% of the total harvest, compared with more than 90% at the height of the outbreak.",
        True,
        [("percent", 61, "%", None), ("percent", 90, "%", "over")],
        None,
    ),
    (
        "en",
        "The outbreak has left about 52,000 hectares of clear-cut land that still needs replanting, according to the Forest Management Institute.",
        True,
        [("count", 52000, None, "about")],
        None,
    ),
    (
        "en",
        "State forestry company Lesy CR said it had planted 74 million seedlings over the past five years, more than a third of them beech and oak.",
        True,
        [("count", 74000000, None, None), ("duration", 5, "year", None), ("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "en",
        "Agriculture Minister Pavel Hruska said the government would pay forest owners 480 million crowns this year to help them restock.",
        True,
        [("money", 480000000, "CZK", None)],
        "Pavel Hruska",
    ),
    (
        "en",
        '"We planted spruce like soldiers in rows, and now we are paying the price," Hruska said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Private forest owners said they doubted the money would be enough.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Czech spruce log prices have recovered to about 2,300 crowns per cubic metre from a low of 900 crowns in 2020.",
        True,
        [("money", 2300, "CZK", "about"), ("money", 900, "CZK", None), ("year", 2020, None, None)],
        None,
    ),
    # --- Borkenkäfer im Schweizer Wald (Keystone-SDA), Juli ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Borkenkäfer hat in den Schweizer Wäldern im vergangenen Jahr rund 1,4 Millionen Kubikmeter Fichtenholz befallen, fast doppelt so viel wie im Jahr davor.",
        True,
        [("count", 1400000, None, "about"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Gemäss der Eidgenössischen Forschungsanstalt WSL entfiel knapp die Hälfte der Schäden auf die Kantone Bern, Luzern und Aargau.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 4,9 Millionen Kubikmeter Holz geerntet, 38 Prozent davon als Zwangsnutzungen nach Sturm, Trockenheit und Käferbefall.",
        True,
        [("count", 4900000, None, None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "Auf 6'800 Hektaren Schutzwald im Berner Oberland müssen die Bestände in den nächsten zehn Jahren verjüngt werden.",
        True,
        [("count", 6800, None, None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der öffentlichen Forstbetriebe schreibt inzwischen rote Zahlen, teilte der Verband WaldSchweiz mit.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "WaldSchweiz-Direktor Thomas Ammann sagte, der Preis für Fichtenrundholz sei auf durchschnittlich 82 Franken pro Kubikmeter gefallen, 14 Franken weniger als im Frühjahr.",
        True,
        [("money", 82, "CHF", None), ("money", 14, "CHF", None)],
        "Thomas Ammann",
    ),
    (
        "de",
        "«Ohne einen gesunden Wald gibt es in den Alpen keinen Schutz vor Lawinen, Steinschlag und Murgängen», sagte Ammann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Förster hoffen, dass ein nasser Sommer die Ausbreitung des Käfers bremst.",
        False,
        [],
        None,
    ),
    # --- Elephants and farmers in Sri Lanka (AFP), July ---
    (
        "en",
        "COLOMBO (AFP) - A record 431 wild elephants were killed in Sri Lanka last year, most of them shot, poisoned or electrocuted by farmers protecting their crops, the wildlife department said.",
        True,
        [("count", 431, None, None)],
        None,
    ),
    (
        "en",
        "Elephants killed 139 people over the same period, according to official figures.",
        True,
        [("count", 139, None, None)],
        None,
    ),
    (
        "en",
        "The island's first nationwide elephant count in 12 years, held over two days last August, recorded 6,410 animals.",
        True,
        [("ordinal", 1, None, None), ("duration", 12, "year", None), ("duration", 2, "day", None), ("count", 6410, None, None)],
        None,
    ),
    (
        "en",
        "Wildlife Minister Chaminda Perera said the government would extend electric fences along park boundaries by 1,200 kilometres within two years.",
        True,
        [("count", 1200, None, None), ("duration", 2, "year", None)],
        "Chaminda Perera",
    ),
    (
        "en",
        '"The elephant is sacred to us, yet we are losing this war on both sides of the fence," Perera said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "About 70% of the country's elephants live outside protected areas, the department estimates.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "Rice farmers in the North Central Province say they have no choice but to defend their paddy fields.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Killing an elephant can be punished with up to 10 years in prison in Sri Lanka.",
        True,
        [("duration", 10, "year", "up_to")],
        None,
    ),
    # --- Schutzgebiete und das 30-Prozent-Ziel (dpa), Juli ---
    (
        "de",
        "Bonn (dpa) - Deutschland hat bislang 16,2 Prozent seiner Landfläche und 45 Prozent seiner Meeresgebiete unter wirksamen Schutz gestellt.",
        True,
        [("percent", 16.2, "%", None), ("percent", 45, "%", None)],
        None,
    ),
    (
        "de",
        "Nach dem Weltnaturabkommen von Montreal sollen es bis 2030 jeweils 30 Prozent sein.",
        True,
        [("year", 2030, None, None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Streng geschützt, also weitgehend ohne Nutzung, sind nach Angaben des Bundesamts für Naturschutz nur 0,7 Prozent der Landfläche.",
        True,
        [("percent", 0.7, "%", None)],
        "das Bundesamt für Naturschutz",
    ),
    (
        "de",
        "Bis 2030 sollen zwei Prozent der Landesfläche als Wildnisgebiete ausgewiesen werden, teilte das Bundesumweltministerium mit.",
        True,
        [("year", 2030, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Natura-2000-Gebiete machen rund 15 Prozent der Landfläche aus, viele davon haben aber bis heute keinen Managementplan.",
        True,
        [("percent", 15, "%", "about")],
        None,
    ),
    (
        "de",
        "„Auf dem Papier sind wir gut aufgestellt, draußen in der Fläche aber noch lange nicht“, sagte ein Sprecher des Naturschutzbunds.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Naturschutzbund appellierte an Bund und Länder, beim Flächenschutz endlich ernst zu machen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bundesumweltministerin Saskia Wolters-Brandt sagte, die Länder hätten seit Jahresbeginn 11 neue Naturschutzgebiete mit zusammen 9.400 Hektar ausgewiesen.",
        True,
        [("count", 11, None, None), ("count", 9400, None, None)],
        "Saskia Wolters-Brandt",
    ),
    # --- North Atlantic right whales (AP), August ---
    (
        "en",
        "BOSTON (AP) — The population of North Atlantic right whales rose slightly to an estimated 379 animals last year, its second annual increase after a decade of decline, scientists said Monday.",
        True,
        [("count", 379, None, "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Fewer than 70 of the whales are breeding females, according to the North Atlantic Right Whale Consortium.",
        True,
        [("count", 70, None, "under")],
        None,
    ),
    (
        "en",
        "Researchers recorded 14 calves during the winter calving season off Georgia and Florida, up from 11 the year before.",
        True,
        [("count", 14, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Since 2017, at least 41 right whales have been found dead and 88 more have been seriously injured by ships or fishing gear.",
        True,
        [("year", 2017, None, None), ("count", 41, None, "at_least"), ("count", 88, None, None)],
        None,
    ),
    (
        "en",
        "The National Oceanic and Atmospheric Administration said it would extend its 10-knot speed limit to all boats of at least 35 feet along the East Coast.",
        True,
        [("count", 10, None, None), ("count", 35, None, "at_least")],
        "the National Oceanic and Atmospheric Administration",
    ),
    (
        "en",
        '"We are not out of the woods, not by a long shot," said Philip Haverford, a senior scientist at the New England Aquarium.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Lobstermen say the rules threaten a way of life that goes back generations.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Maine's lobster fishery landed 81 million pounds of lobster last year, worth $431 million, state data showed.",
        True,
        [("count", 81000000, None, None), ("money", 431000000, "USD", None)],
        None,
    ),
    # --- Elfenbein am Frankfurter Flughafen (dpa), August ---
    (
        "de",
        "Frankfurt/Main (dpa) - Zollfahnder haben am Frankfurter Flughafen 42 Kilo Elfenbein in Form von Schnitzereien und Armreifen sichergestellt.",
        True,
        [("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Die Ware steckte in vier Koffern zweier Reisender aus Kamerun, die auf dem Weg nach Hanoi waren.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Marktwert des Elfenbeins wird auf rund 95.000 Euro geschätzt.",
        True,
        [("money", 95000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Generalzolldirektion beschlagnahmte der Zoll im vergangenen Jahr bundesweit 1.870 Sendungen mit geschützten Tieren und Pflanzen, knapp 9 Prozent mehr als im Vorjahr.",
        True,
        [("count", 1870, None, None), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Darunter waren 112 lebende Reptilien, 46 Kilogramm Korallen und mehr als 3.000 Teile aus Krokodil- und Schlangenleder.",
        True,
        [("count", 112, None, None), ("count", 46, None, None), ("count", 3000, None, "over")],
        None,
    ),
    (
        "de",
        "Den beiden Männern im Alter von 31 und 44 Jahren drohen nach dem Bundesnaturschutzgesetz bis zu fünf Jahre Haft.",
        True,
        [("duration", 31, "year", None), ("duration", 44, "year", None), ("duration", 5, "year", "up_to")],
        None,
    ),
    (
        "de",
        "Im Jahr 2022 hatten Zöllner am Flughafen Leipzig/Halle 119 Kilo Rohelfenbein in Luftfrachtsendungen entdeckt.",
        True,
        [("year", 2022, None, None), ("count", 119, None, None)],
        None,
    ),
    (
        "de",
        "„Hinter jedem Armreif aus Elfenbein steht ein getöteter Elefant“, sagte ein Sprecher des Hauptzollamts.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Artenschützer vermuten hinter dem Schmuggel ein gut organisiertes Netzwerk.",
        False,
        [],
        None,
    ),
    # --- Montana's wolf quota (AP), September ---
    (
        "en",
        "HELENA, Mont. (AP) — Montana wildlife commissioners on Thursday set a statewide quota of 352 wolves for the coming hunting and trapping season, up from 286 last year.",
        True,
        [("count", 352, None, None), ("count", 286, None, None)],
        None,
    ),
    (
        "en",
        "Hunters and trappers killed 258 wolves in the state last season, according to Montana Fish, Wildlife and Parks.",
        True,
        [("count", 258, None, None)],
        None,
    ),
    (
        "en",
        "The agency estimates the state's wolf population at about 1,090 animals, down from about 1,140 three years ago.",
        True,
        [("count", 1090, None, "about"), ("count", 1140, None, "about"), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Each hunter may take up to 10 wolves, and the season in areas bordering Yellowstone National Park will close once six wolves have been killed there.",
        True,
        [("count", 10, None, "up_to"), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "The season opens on Oct. 25 for hunters and on Dec. 1 for trappers and runs until March 15.",
        True,
        [("date", "--10-25", None, None), ("date", "--12-01", None, None), ("date", "--03-15", None, None)],
        None,
    ),
    (
        "en",
        "Commission chairman Ray Dunford said the quota was designed to keep at least 450 wolves in the state.",
        True,
        [("count", 450, None, "at_least")],
        "Ray Dunford",
    ),
    (
        "en",
        '"These wolves are being managed like coyotes, and the whole world is watching," said Dana Sorenson of the Northern Range Wolf Alliance.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ranchers in the Paradise Valley said the commission had finally listened to the people who live with wolves.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Ranchers were paid $212,000 for 131 confirmed livestock losses to wolves last year, according to the state's Livestock Loss Board.",
        True,
        [("money", 212000, "USD", None), ("count", 131, None, None)],
        None,
    ),
    # --- Bündner Hochjagd (Keystone-SDA), September ---
    (
        "de",
        "Chur (Keystone-SDA) - Auf der Bündner Hochjagd sind in diesem Jahr 5'640 Hirsche erlegt worden, 410 mehr als im Vorjahr.",
        True,
        [("count", 5640, None, None), ("count", 410, None, None)],
        None,
    ),
    (
        "de",
        "Die Jagd dauerte 21 Tage und war in zwei Etappen aufgeteilt.",
        True,
        [("duration", 21, "day", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Abschussplan hatte mindestens 5'200 Tiere vorgesehen, teilte das Amt für Jagd und Fischerei Graubünden mit.",
        True,
        [("count", 5200, None, "at_least")],
        None,
    ),
    (
        "de",
        "Bei der anschliessenden Steinwildjagd gab der Kanton 480 Steinböcke zum Abschuss frei, rund ein Zehntel des Bestands.",
        True,
        [("count", 480, None, None), ("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "de",
        "Caduff sagte, der Rotwildbestand im Kanton liege nach der Frühjahrszählung bei rund 17'500 Tieren.",
        True,
        [("count", 17500, None, "about")],
        "Caduff",
    ),
    (
        "de",
        "«Wer den Bergwald retten will, muss den Hirsch jagen», sagte Caduff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Tierschützer kritisierten die Jagd als «Trophäenschau im Hochgebirge».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 5'900 Jägerinnen und Jäger lösten ein Patent, knapp 8 Prozent davon Frauen.",
        True,
        [("count", 5900, None, "about"), ("percent", 8, "%", "nearly")],
        None,
    ),
    # --- Pine martens on Exmoor (PA), September ---
    (
        "en",
        "EXETER (PA) - Twenty-two pine martens have been released on Exmoor, the first of the species to live wild there for more than a century, the Devon Wildlife Trust said.",
        True,
        [("count", 22, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The animals, 13 females and nine males, were caught under licence in the Scottish Highlands and fitted with radio collars.",
        True,
        [("count", 13, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Pine martens were driven to near extinction in England by the early 20th century, and fewer than 100 are thought to live there today.",
        True,
        [("ordinal", 20, None, None), ("count", 100, None, "under")],
        None,
    ),
    (
        "en",
        "Wales released 44 pine martens between 2015 and 2018, and the population there now breeds on its own.",
        True,
        [("count", 44, None, None), ("year", 2015, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "The £1.1 million project is funded by the National Lottery Heritage Fund and a group of landowners and will run for four years.",
        True,
        [("money", 1100000, "GBP", None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "Nature Minister Ruth Pendry said the government had approved 11 wild releases of beavers and pine martens in England since 2023.",
        True,
        [("count", 11, None, None), ("year", 2023, None, None)],
        "Ruth Pendry",
    ),
    (
        "en",
        '"There is something magical about bringing back an animal our great-grandparents lost," Pendry said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some gamekeepers fear the martens will prey on ground-nesting birds such as curlew and black grouse.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Studies in Scotland have found that grey squirrel numbers fell by about 70% in areas recolonised by pine martens.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    # --- Wolfsmonitoring in Niedersachsen (dpa/lni), Oktober ---
    (
        "de",
        "Hannover (dpa/lni) - In Niedersachsen leben nach dem jüngsten Monitoring 58 Wolfsrudel, vier Paare und sechs Einzeltiere.",
        True,
        [("count", 58, None, None), ("count", 4, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Im Monitoringjahr 2024/25 wurden 1.412 Nutztiere bei Wolfsangriffen getötet oder verletzt, rund 11 Prozent weniger als im Jahr zuvor.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("count", 1412, None, None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Großteil davon waren Schafe, in 37 Fällen traf es Rinder oder Pferde.",
        True,
        [("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Das Land zahlte Schadensausgleich von insgesamt 780.000 Euro, teilte das Umweltministerium in Hannover mit.",
        True,
        [("money", 780000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Umweltminister Christian Möllenkamp sagte, seit Jahresbeginn seien drei Wölfe nach Rissen in geschützten Herden getötet worden.",
        True,
        [("count", 3, None, None)],
        "Christian Möllenkamp",
    ),
    (
        "de",
        "„Der Wolf ist gekommen, um zu bleiben, und wir müssen lernen, mit ihm zu leben“, sagte Möllenkamp.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Landvolk appellierte an die Landesregierung, die Weidetierhalter nicht länger allein zu lassen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Landvolk fordert, dass Wölfe nach dem zweiten Riss in einer geschützten Herde binnen 21 Tagen geschossen werden dürfen.",
        True,
        [("ordinal", 2, None, None), ("duration", 21, "day", None)],
        None,
    ),
    # --- North America's lost birds (Reuters), October ---
    (
        "en",
        "WASHINGTON, Oct 2 (Reuters) - North America has lost about 3.3 billion breeding birds since 1970, a drop of roughly 31%, researchers reported in the journal Science on Thursday.",
        True,
        [("date", "--10-02", None, None), ("count", 3300000000, None, "about"), ("year", 1970, None, None), ("percent", 31, "%", "about")],
        None,
    ),
    (
        "en",
        "Grassland species were hit hardest, with their populations down by 46% on average across 27 species.",
        True,
        [("percent", 46, "%", None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Among common species, the eastern meadowlark lost three-quarters of its numbers.",
        True,
        [("fraction", 0.75, None, None)],
        None,
    ),
    (
        "en",
        "The researchers combined 48 years of data from the Breeding Bird Survey with radar counts from 137 weather stations.",
        True,
        [("duration", 48, "year", None), ("count", 137, None, None)],
        None,
    ),
    (
        "en",
        "Lead author Natalie Osgood said 316 of the 541 species studied had declined, while waterfowl and raptors had increased.",
        True,
        [("count", 316, None, None), ("count", 541, None, None)],
        "Natalie Osgood",
    ),
    (
        "en",
        '"Birds are the canary in the coal mine for the whole continent," Osgood said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Conservation groups described the results as an alarm bell for governments in Washington and Ottawa.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Habitat loss, pesticides and collisions with buildings, which kill up to 870 million birds a year in the United States, were the main causes, the study found.",
        True,
        [("count", 870000000, None, "up_to")],
        None,
    ),
    (
        "en",
        "The U.S. Fish and Wildlife Service said it would spend $45 million over five years on grassland bird habitat.",
        True,
        [("money", 45000000, "USD", None), ("duration", 5, "year", None)],
        "the U.S. Fish and Wildlife Service",
    ),
    # --- Jagdstatistik Österreich (APA), November ---
    (
        "de",
        "Wien (APA) - Österreichs Jägerinnen und Jäger haben im Jagdjahr 2024/25 knapp 298.000 Rehe erlegt, um 3,4 Prozent mehr als im Jahr davor.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("count", 298000, None, "nearly"), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Beim Rotwild stieg der Abschuss auf 61.300 Stück, beim Schwarzwild auf rund 27.500 Stück, wie Statistik Austria am Donnerstag mitteilte.",
        True,
        [("count", 61300, None, None), ("count", 27500, None, "about")],
        None,
    ),
    (
        "de",
        "Insgesamt wurden rund 790.000 Stück Wild erlegt, darunter 19.800 Gämsen und 21 Wölfe.",
        True,
        [("count", 790000, None, "about"), ("count", 19800, None, None), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Der Wert des erlegten Wildbrets wird auf rund 46 Millionen Euro beziffert.",
        True,
        [("money", 46000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Anteil des Fallwilds, also der durch Verkehr oder Krankheit verendeten Tiere, lag bei 14,8 Prozent.",
        True,
        [("percent", 14.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der gelösten Jagdkarten stieg auf rund 134.000, jede achte davon gehört einer Frau.",
        True,
        [("count", 134000, None, "about"), ("fraction", 0.125, None, None)],
        None,
    ),
    (
        "de",
        "Jagd-Österreich-Präsident Maximilian Freudenthaler sagte, fünf der neun Bundesländer hätten inzwischen eigene Verordnungen für den Abschuss von Wölfen.",
        True,
        [("count", 5, None, None), ("count", 9, None, None)],
        "Maximilian Freudenthaler",
    ),
    (
        "de",
        "„Die Jagd ist gelebter Naturschutz und keine Freizeitbeschäftigung für ein paar Wenige“, sagte Freudenthaler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verein gegen Tierfabriken bezeichnete die Zahlen als „Bilanz eines blutigen Hobbys“.",
        False,
        [],
        None,
    ),
    # --- Nepal's rhino count (AFP), November ---
    (
        "en",
        "KATHMANDU (AFP) - Nepal's rhino population has risen to 713, up from 668 five years ago, according to a census released on Friday.",
        True,
        [("count", 713, None, None), ("count", 668, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "More than 500 rangers and volunteers riding 70 elephants combed four national parks over 21 days to count the animals.",
        True,
        [("count", 500, None, "over"), ("count", 70, None, None), ("count", 4, None, None), ("duration", 21, "day", None)],
        None,
    ),
    (
        "en",
        "Chitwan National Park alone is home to 629 of the rhinos, the Department of National Parks and Wildlife Conservation said.",
        True,
        [("count", 629, None, None)],
        None,
    ),
    (
        "en",
        "Nepal has recorded no rhino poaching for three years, but 26 rhinos died of natural causes or in floods in the past year.",
        True,
        [("duration", 3, "year", None), ("count", 26, None, None)],
        None,
    ),
    (
        "en",
        "The census cost about 20 million Nepalese rupees ($150,000).",
        True,
        [("money", 20000000, "NPR", "about"), ("money", 150000, "USD", None)],
        None,
    ),
    (
        "en",
        "Nepal's tiger population nearly tripled to 329 between 2010 and 2022, beating a global pledge to double the number of wild tigers.",
        True,
        [("count", 329, None, None), ("year", 2010, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"Our rhinos are proof that a poor country can win the fight against poachers," Forest Minister Binod Gurung said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Forest Minister Binod Gurung said the government would move eight rhinos to Bardiya National Park next spring.",
        True,
        [("count", 8, None, None)],
        "Binod Gurung",
    ),
    (
        "en",
        "Villagers living near the parks say they are increasingly afraid of the growing number of rhinos and tigers.",
        False,
        [],
        None,
    ),
    # --- Herabstufung des Wolfs in der EU (dpa), Dezember ---
    (
        "de",
        "Brüssel (dpa) - Der Wolf ist in der EU künftig nur noch „geschützt“ statt „streng geschützt“: Das Europäische Parlament stimmte der Herabstufung mit 402 zu 181 Stimmen bei 39 Enthaltungen zu.",
        True,
        [("count", 402, None, None), ("count", 181, None, None), ("count", 39, None, None)],
        None,
    ),
    (
        "de",
        "Die geänderte FFH-Richtlinie wird 20 Tage nach ihrem Erscheinen im Amtsblatt der EU wirksam.",
        True,
        [("duration", 20, "day", None)],
        None,
    ),
    (
        "de",
        "Die Mitgliedstaaten hatten der Änderung bereits im Juni mit qualifizierter Mehrheit zugestimmt, nur vier Länder stimmten dagegen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "In der EU leben nach Angaben der EU-Kommission rund 21.800 Wölfe, fast doppelt so viele wie 2013.",
        True,
        [("count", 21800, None, "about"), ("count", 2, None, "nearly"), ("year", 2013, None, None)],
        None,
    ),
    (
        "de",
        "Wölfe töten in der EU jährlich mindestens 58.000 Nutztiere, heißt es in einer Analyse der Kommission.",
        True,
        [("count", 58000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Berner Konvention des Europarats hatte den Schutzstatus des Wolfs bereits im vergangenen Dezember gesenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "CDU-Europaabgeordnete Hiltrud Wessendorf sagte, in Deutschland könnten die 16 Bundesländer nun eigene Abschussquoten festlegen.",
        True,
        [("count", 16, None, None)],
        "Hiltrud Wessendorf",
    ),
    (
        "de",
        "„Das ist ein schwarzer Tag für den Artenschutz in Europa“, sagte eine Sprecherin des WWF.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Naturschützer bezweifeln, dass weniger Wölfe am Ende auch weniger gerissene Schafe bedeuten.",
        False,
        [],
        None,
    ),
    # --- Scotland's deer cull (PA), December ---
    (
        "en",
        "EDINBURGH (PA) - Scotland's wild deer numbers must be cut by about a third to let native woodland recover, according to a report by the nature agency NatureScot.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Scotland is thought to have between 680,000 and 900,000 wild deer, and about 160,000 are shot each year.",
        True,
        [("count", 680000, None, None), ("count", 900000, None, None), ("count", 160000, None, "about")],
        None,
    ),
    (
        "en",
        "Forestry and Land Scotland said its staff and contractors had culled 38,700 deer on the national forest estate in the year to March.",
        True,
        [("count", 38700, None, None)],
        "Forestry and Land Scotland",
    ),
    (
        "en",
        "Deer browsing on young trees costs the forestry sector an estimated £6 million a year.",
        True,
        [("money", 6000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "NatureScot said its target for woodland areas was a density of 10 deer per square kilometre.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Biodiversity Minister Lorna McAllister said landowners would have to submit deer management plans under new rules taking effect in April 2027.",
        True,
        [("year", 2027, None, None)],
        "Lorna McAllister",
    ),
    (
        "en",
        '"Deer are not the enemy, but our uplands cannot go on like this," McAllister said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sporting estates warned that the plans could put rural jobs at risk.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Scotland's red deer population roughly doubled between 1990 and 2020, the report found.",
        True,
        [("year", 1990, None, None), ("year", 2020, None, None)],
        None,
    ),
]
