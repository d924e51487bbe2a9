"""Two-hundred-and-forty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Hartmut
Wendelin, Franz Gschwandtner, Regula Tschanz, Urs Wyttenbach, Renate Goldammer, Christa
Lehner-Haas, Verena Oberhauser, Josef Strolz, Gian Andri Cadonau, Tobias Engemann, Silke
Anderhub, Andreas Köhnlein, Gerd Hollmichel, Karola Steinhäuser; Per-Olof Wennberg, Maja
Lindgren, Eleanor Pashley, Gareth Lloyd-Pryce, Tomas Hrabovsky, Elena Sandoval, Mathieu
Delorme, Ilse Verbruggen and her group Eurowild, Rajiv Khandelwal, Reid Tamblyn, Dale
Kittredge, Marie-Claude Fortin, Colin Ashgrove, Tamsin Gowrie, Kavita Sharman, Curtis
Bannerman, Boitumelo Kgosietsile; every unnamed farmer, fisherman, shepherd, mayor,
forester, hunter, scientist, official and spokesperson); ministers, presidents of
associations and heads of agencies of real governments and bodies appear under made-up
names that stand for no real holder, or by their role only ("ein Landwirt aus dem
Tullnerfeld", "der Bürgermeister von Rust", "ein Fischer aus Hagnau", "der Geschäftsführer
des Waldbesitzerverbands", "the head of the U.N. Environment Programme"). Real states,
bodies, places and things (Deutscher Jagdverband, DJV, Afrikanische Schweinepest,
Friedrich-Loeffler-Institut, Land Niederösterreich, Landwirtschaftskammer, Naturschutzbund,
Tullnerfeld, Bafu, Rote Liste, Schweizer Bauernverband, Pro Natura,
Bundeslandwirtschaftsministerium, Waldzustandserhebung, Landesamt für Umwelt, Bayerischer
Jagdverband, Trentino, Werdenfelser Land, „Stunde der Gartenvögel“, Landesbund für Vogel-
und Naturschutz, LBV, Land Tirol, Bezirk Landeck, Paznauntal, WWF,
Landesverwaltungsgericht, BirdLife Österreich, Freistadt Rust, Stiftung Pro Bartgeier,
Nationalpark, Jagd Schweiz, Fischereiforschungsstelle in Langenargen, Bodensee, Hagnau,
Senckenberg-Gesellschaft, Land Hessen, Deutscher Bauernverband, Stiftung Natur und Umwelt
Rheinland-Pfalz, Pfälzerwald, Landesjagdverband, Harz, Dübener Heide, Bundesamt für
Naturschutz, Nabu; the Swedish Environmental Protection Agency, the Swedish Board of
Agriculture, the Swedish Hunters' Association, the Swedish Society for Nature Conservation,
Natural England, the National Farmers' Union, the Breeding Bird Survey, the British Trust
for Ornithology, the Slovak Academy of Sciences, the
European Commission, Global Forest Watch, the University of Maryland, Inpe, the World
Resources Institute, PNAS, Copa-Cogeca, the European Parliament, FACE, the EU's General
Court, Colorado Parks and Wildlife, the Colorado Cattlemen's Association, the Canadian
Interagency Forest Fire Centre, the Forestry Corporation, the Kunming-Montreal framework,
the International Union for Conservation of Nature, the Interagency Grizzly Bear Study
Team, the U.S. Fish and Wildlife Service, and the datelines' cities) stand for the way wire
copy names them; every count of animals, pack, pair, area, tonnage, volume, share, quota,
vote, sum, age, date and quote here is invented, and where a real figure came to mind (a
real wolf, bear, tiger, elephant or koala count, a real park size, a real vote or
referendum result, a real forest-loss or red-list figure) it was changed (the years of
treaties, listings, bans and first releases kept).

Its weight: NATURE, WILDLIFE AND BIODIVERSITY (the seventy-fourth and hundred-sixtieth
batches weighed climate, environment and wildlife before, and their decisions are kept)
over one year in story order (early January to November), 29 short stories with the German
and English ones interleaved by month, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). Half German (dpa with its
regional slugs "dpa/lby", "dpa/lsw", "dpa/lrs", "dpa/sa", APA, Keystone-SDA; Austrian
"heuer", "im Vorjahr", "Landesrat", Swiss "grösste", "Gemäss", "fliessen", "10'800", «»
quotes, German „“ quotes): the hunting bag, beavers in Lower Austria, Switzerland's red
list, the forest condition survey, a brown bear in the Werdenfels district, the garden bird
count, wolves in Tyrol, white storks, bearded vultures, cormorants on Lake Constance, a
study of insect decline, lynx in the Palatinate Forest, wilderness areas in
Saxony-Anhalt and Germany's wolf monitoring. Half English (Reuters, AP, AFP, PA, AAP):
Sweden's wolf hunt, beavers in England, curlews, Slovakia's bear cull, tropical forest
loss, Europe's farmland birds, the EU wolf vote, India's tigers, Colorado's wolves, Canada's
wildfires, koalas, protected areas, the IUCN Red List, Yellowstone's grizzlies and
Botswana's elephants. Figures as such copy has them: animal counts (wolves, packs, pairs,
bears, birds, lynx, beavers, cormorants, tigers, elephants, koalas), shares of species
endangered („mehr als ein Drittel“, "One in four mammal species", "about 28%"), forest
damage and protected areas in hectares and square kilometres, timber in „Kubikmeter“ and
„Festmeter“, culls, quotas, compensation and subsidies, votes; number words and compounds
(„viermal“, „zwei Dutzend“, „dreitägigen“, „sechsstündigen“, „Zehn-Punkte-Plan“, „jeder
fünfte Baum“, „knapp drei Vierteln“, "two dozen", "twice", "three-quarters", "a
1,200-hectare estate", "The 10-year average", "a five-year ban"), ordinals, ages, spans,
years and dates. About 55 negatives as such copy has them: conservationists', farmers',
hunters', fishermen's and ministers' rhetoric in quotes, labels („nannte“, „bezeichnete ...
als“, "called"), a label-only accusation, a counterfactual boast, verdicts with „halten
... für“, warnings and an appeal that name no measure, a vow, a forecast without a figure,
open questions, vox pops, and - the weight's own - hopes and fears with their figures
labelled, each near a check-worthy look-alike: the same speaker's figure, the hunters',
farmers' and fishermen's demands naming a measure, an act filed in court, a study's
findings.

238 rows (117 German, 121 English), 56 negatives (26 German, 30 English), 182 check-worthy
rows of which 11 carry no figure (8 German, 3 English), 319 expected quantities (152 counts,
47 years, 40 percentages - all in % -, 27 durations - 18 in years, 3 in days, 2 in hours, 2
in months, 2 in weeks -, 19 fractions, 15 ordinals, 11 amounts of money - 6 EUR, 2 USD, 1
each CAD, CHF, GBP -, 8 dates; 6 of them in six negatives, as the seventeenth batch labels a
figure in a negative), 38 checked speakers (25 German, 13 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, hope, fear, conviction or piece of rhetoric is a negative
  with speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-sixtieth, two-hundred-and-fourth, two-hundred-and-twenty-ninth); a quoted or
  reported statement of fact, figure, step, rule, plan, demand or position is check-worthy
  with its speaker, also in Konjunktiv I (hundred-sixtieth). Pairs from one speaker:
  Wendelin's 50 euros beside his counterfactual boast („Ohne die Jägerschaft hätten wir
  ...“; two-hundred-and-twenty-ninth), Pashley's 1,000 cubic metres and £15 million beside
  "nature's own engineers", Goldammer's 900 million euros beside „Intensivstation“,
  Hrabovsky's 1,450 bears beside "Mothers in these villages are afraid ...", Oberhauser's
  halving beside her quote, Sandoval's 38% beside "the new chainsaw", Delorme's finding
  beside "green deserts", Strolz's eight weeks beside „Ohne Almwirtschaft ...“,
  Khandelwal's three-quarters beside "a matter of pride", Gowrie's park beside "last real
  chance", Engemann's 40 percent beside „ein stilles Verschwinden“, Anderhub's 50 animals
  beside „ein heimlicher Rückkehrer“, Sharman's three-quarters beside "a window that is
  closing", Bannerman's 12 bears beside "let the science speak", Köhnlein's 1.8 percent
  beside his hope, Kgosietsile's $2.8 million beside "We will not be lectured", and
  Hollmichel's demand beside his reported „schlicht nicht mehr zumutbar“ (a reported
  evaluation with a named speaker stays a negative, two-hundred-and-fourth).
- Hopes and fears, the weight's negatives (hundred-seventy-fifth, hundred-eighty-ninth,
  two-hundred-and-fourth, two-hundred-and-twenty-ninth), with their figures labelled as the
  seventeenth batch does: „Die Jäger hoffen, dass Hessen bis Ende 2026 ...“ 2026, „Wir
  hoffen, dass wir die restlichen 80 Tage ...“ 80 days, "Ornithologists fear ... within 20
  years" 20 years ("within" no hedge), "Conservationists fear ... up to a third" 0.3333
  "up_to", „Viele Fischer fürchten, dass in zehn Jahren ...“ 10 years; and with no figure
  "Scientists fear ...", "Some farmers fear ...", „Almbauern ... fürchten um ...“, „Viele
  Schäfer fürchten, dass sich die Zahl der Risse ... verdoppeln könnte“ („verdoppeln“ a verb,
  none), „Köhnlein hofft ...“, "Supporters hope ...", "Villagers ... hope
  ...". New: "Wildlife experts said they were worried that ..." is a fear - "said they were
  worried" reports a feeling, as "privately fear" and „bezweifeln“ do
  (two-hundred-and-fourth), and the saying verb does not make it a claim.
- Hunters', farmers' and fishermen's demands (hundred-sixty-fifth,
  two-hundred-and-fourth, two-hundred-and-twenty-ninth): a demand naming a measure is
  check-worthy with or without a figure - the Swedish hunters' "at least 60 wolves", the
  Landwirtschaftskammer's „von derzeit 400 auf 700 Tiere“ ("derzeit" no hedge), the
  Bayerischer Jagdverband's „binnen 48 Stunden“, the Bodensee fishermen's „höchstens 500
  Brutpaare“ "at_most", Slovakia's hunters' 250 euros, the Colorado Cattlemen's 20%,
  Wendelin's 50 euros, Hollmichel's „mehr als drei ... binnen zwei Wochen“, and without a
  figure the DJV's „den Wolf ins Jagdrecht aufzunehmen“ and the vulture foundation's ban on
  lead ammunition. New: "FACE urged member states to set national cull quotas within six
  months" is such a demand (6 months) - the appeal verb names a measure and a deadline, while
  an appeal that names no measure stays a negative ("urged allies to ...",
  two-hundred-and-fourth). A rejection is one side's account and check-worthy (sixty-eighth,
  hundred-second, hundred-sixtieth): the Schweizer Bauernverband's rejection without a
  figure, Jagd Schweiz's with its 22 cantons. A warning without a measure is a negative (the
  Deutscher Bauernverband's „warnte davor, ...“; two-hundred-and-fourth).
- New: a verdict with „halten ... für“ joined to an act filed in court is check-worthy
  without a figure („Der WWF hält die Abschüsse für rechtswidrig und hat beim
  Landesverwaltungsgericht Beschwerde eingelegt.“) - the act carries the row, as a
  checkable act paired with a label keeps it (hundred-sixteenth, hundred-sixtieth) - while
  the verdict alone stays a negative („Naturschützer halten den Vogel für einen
  Sündenbock ...“; two-hundred-and-twenty-ninth).
- Check-worthy without a figure (hundred-sixtieth, two-hundred-and-fourth,
  two-hundred-and-twenty-ninth): the Bauernverband's rejection, the Commission's request to
  Bratislava (an announced step), Lehner-Haas's stated condition for a cull (a position),
  Delorme's finding, Verbruggen's announced challenge at the General Court (as "the
  developer's challenge in court"), the WWF's complaint, the ornithologists' stated cause,
  the record of young vultures (a record without a figure), the foundation's demand, the
  study's publication („Das geht aus einer Langzeitstudie ... hervor“) and the DJV's demand.
- Negatives besides the hopes and fears (ninety-eighth, two-hundred-and-fourth,
  two-hundred-and-twenty-ninth): quotes of rhetoric and creed from all sides; labels
  („nannte die Forderung ...“, „nannte die Summe ...“, „bezeichnete die Zahlen als ...“,
  "called the vote", "called the decree", "called the quota"); an
  accusation naming no act ("accused the government of "sacrificing regional towns ...""
  - eighty-fourth, two-hundred-and-twenty-ninth); a vow ("vowed to fight any delisting in
  court"); warnings naming no measure ("Indigenous groups warned ...", the Bauernverband's);
  a forecast without a figure ("Researchers said they expected ..."); open questions („Ob
  die Abschüsse ...“, "Whether the EU will revive ...", "It remains unclear ..."); and a
  vox pop with its age labelled ("Dale Kittredge, 61," 61 years; hundred-twenty-fourth,
  hundred-sixtieth).
- Animals, species and other counts as written (hundred-sixtieth and every batch): "27
  wolves", "about 380 animals ... to 200", "about 410 sheep and 17 dogs" the hedge on the
  first only, „rund 512.000 Wildschweine“, „gut 1,3 Millionen Tiere“ 1,300,000 "over"
  (seventy-first: "gut"), „mit 212.600 erlegten Waschbären“, „mehr als 6.300 infizierte
  Wildschweine“, „rund 5.500 Biber“, „1.450 Tiere“, „zwei Dutzend Dämme“ 24 (the issue's
  "two dozen"), "up to six pairs" 6 "up_to", „rund 10'800 bewerteten Arten ... 3'860“
  (Swiss apostrophe, tenth), "Some 2,900 volunteers ... 3,900 sites ... 117 species" ("Some"
  "about"), "Of the 118 species ..., 41", „viermal“ 4 (the issue), „zwischen 90 und 110“
  both with no hedge, „knapp 470.000 Vögel aus rund 14.000 Gärten“, „33 Vögel pro Garten“
  („pro Garten“ none), "371 votes to 162, with 37 abstentions", „von zwei weiteren Wölfen“
  2 („weitere“ no hedge), „mindestens 34 Schafe“, „438 Weißstorchpaare“, „21 Paare, die
  zusammen 58 Junge“ („zusammen“ no hedge), „pro Brutpaar 2,4 Jungvögel“ 2.4, "at least
  3,925, up from 2,910", "with 811 ... with 563 ... with 497", "82 people ..., more than
  half of them", „71 Jungvögel, 19 davon“, „Bereits 22 Kantone“ („Bereits“ no hedge), "11
  more gray wolves ... to 36", "six females and five males", "About 640 fires ..., 210 of
  them", "11 sawmills", „rund 1.900 Kormoranpaare“, „bis zu 300 Kormoranen pro Jahr“ ("pro
  Jahr" none), „61 Malaisefallen an 27 Standorten“, „sechs Würfe mit zusammen 13
  Jungtieren“, "Nearly 47,200 of the 169,400 species", "12 bird species ... three
  freshwater fish", "an estimated 1,086 animals" "about", "58 females ..., up from 47",
  "two dozen of the bears" 24, „227 Wolfsrudel, 41 Paare und 16 sesshafte Einzelwölfe“, „18
  Rudel mehr“, „rund 1.600 bis 1.800 Tiere“ the hedge on the first only (hundred-sixtieth:
  "an estimated 100,000 to 335,000"), „5.212 Nutztiere“, „mehr als drei geschützte
  Nutztiere“ 3 "over", "nearly 200 governments", "Just 51 countries" ("Just" no hedge,
  hundred-eleventh), "14 people", "350 elephants ..., up from 287". Figures in brackets
  after names count what the sentence counts („Brandenburg (58), Niedersachsen (49) und
  Sachsen (37)“; hundred-third and hundred-seventy-seventh: seats and countries in
  brackets). The number word of a compound plan is a count („Zehn-Punkte-Plan“ 10; the
  issue's "28-Punkte-Entwurf"); "twice tried" 2 (hundred-sixtieth: "postponed twice").
  None: "a single beaver dam", "both times", „kein“,
  „niemand“, "most of them", „Die meisten“.
- Areas, volumes and lengths are counts, a scale word multiplying (seventy-fourth,
  hundred-sixtieth): „rund 640.000 Hektar“, „3.200 Hektar“ („weitere“ no hedge), "6.2
  million hectares", "about 2.5 million hectares ... 1.3 million hectares", "the 8 million
  hectares", "more than 7.1 million hectares", "about 2.6 million hectares", "About 9,500
  hectares", "about 9,000 hectares", "a 1,200-hectare estate" and "a 168,000-hectare
  national park" (the figure in the hyphenated compound, hundred-sixtieth and
  two-hundred-and-twenty-ninth), "some 16 million square kilometres of land and 78 million
  square kilometres" the hedge on the first only, „41,3 Millionen Kubikmeter“ 41,300,000
  (fifty-seventh: cubic kilometres), "up to 1,000 cubic metres", "more than 30,000
  kilometres", „in etwa 1.300 Metern Höhe“ 1,300 "about" („in etwa“ reads as „etwa“,
  hundred-sixtieth), „im Umkreis von zehn Kilometern“ and „von zwei Kilometern“, „bis zu 2,9
  Metern“ "up_to", „nur noch 128 Tonnen Fisch“ („nur noch“ no hedge), "an estimated 3.1
  billion tonnes" 3,100,000,000 "about". New: „rund 25.000 Festmeter Holz“ is 25,000
  "about" - the forester's solid cubic metre is a unit of volume, the figure counted as
  written as „Kubikmeter“ is.
- Multiples are counts with their hedges (twelfth, twenty-sixth, forty-fourth,
  hundred-sixtieth): „mehr als doppelt so viele wie vor zehn Jahren“ 2 "over" and 10 years,
  „fast doppelt so viele wie noch vor fünf Jahren“ 2 "nearly" and 5 years („noch“ no hedge),
  "nearly twice as many as a decade ago" 2 "nearly" ("a decade ago" none, as "a year
  earlier"), "more than twice its previous record" 2 "over". Verbs carry none: "halve",
  „verdoppeln“ (sixteenth, hundred-forty-eighth, hundred-sixtieth). New: „habe sich ... mehr
  als halbiert“ carries no quantity - „mehr als“ before a verb bounds no figure, as "more
  than doubled" (hundred-tenth).
- Percentages and fractions as written (every batch): „knapp 14 Prozent weniger“
  "nearly" (the comparison after the figure no hedge), „rund 28 Prozent“, „bis zu 80
  Prozent“ "up_to", „rund 13,4 Prozent ..., ... 30 Prozent bis 2030“, „19 Prozent ..., ...
  7 Prozent“, „37 Prozent“, „52 Prozent“, „um 23 Prozent seltener“, „fast 40 Prozent mehr“
  "nearly", „um rund 85 Prozent“, „um durchschnittlich 68 Prozent“ (no hedge), „mehr als 40
  Prozent Ackerland“ "over", „um rund 15 Prozent“, „auf 1,8 Prozent“, „zwei Prozent“, „derzeit
  bei 0,8 Prozent“ („derzeit“ no hedge), „knapp sieben Prozent weniger“ "nearly"; "by 51%",
  "by 97%", "39% more", "24%", "about 38% ..., against 9%", "by 57% on average" (no hedge),
  "about 60%", "51.2% to 48.8%", "plus 20%", "18.1% ... 9.2% ..., a goal of 30%", "Only
  about 3%" "about" ("Only" no hedge), "30%", "about 28% ..., up from 27%", "44% ... 41%",
  "About 30%"; „mehr als ein Drittel“ 0.3333 "over", „fast drei Viertel“ 0.75 "nearly",
  „jeder fünfte Baum“ 0.2 („Nur noch“ no hedge; the issue's "jeder vierte"), „mehr als zwei
  Drittel“ 0.6667 "over", „fast ein Drittel“ 0.3333 "nearly" („sogar“ no hedge), „Ein
  Fünftel der Paare“ 0.2, „An knapp drei Vierteln“ 0.75 "nearly", "nearly half" 0.5
  "nearly", "about one in five" 0.2 "about" (hundred-eleventh: "nearly one in eight"), "up to
  a third" 0.3333 "up_to" in a negative, "about three-quarters" 0.75 "about" (twice), "more
  than half of them" 0.5 "over", "about a tenth" 0.1 "about", "about a third" 0.3333
  "about", "Less than a fifth" 0.2 "under", "One in four mammal species" 0.25, "nearly a
  third" 0.3333 "nearly", "a fifth of that" 0.2. New: "plus 20%" carries no hedge - "plus"
  adds a second sum to the first and bounds nothing, as „zusätzlich“
  (two-hundred-and-fourth).
- New: "far more than the 600 to 800 its forests could sustain" gives 600 and 800 with no
  hedge - "more than" stands before the article and compares the first figure with a bound,
  as "far below the 6 hectares" (hundred-sixtieth; hundred-thirty-fifth: "well above its")
  and "more than in the previous three years combined" (two-hundred-and-twenty-ninth); the
  range's "to" carries none.
- Ordinals: "in the first four days" ordinal 1 and 4 days and "For the first time" 1
  (hundred-sixtieth: "in the first three weeks"), „Seit dem ersten Nachweis“ 1, „zum vierten
  Mal in Folge“ 4, „zum dritten Mal in diesem Frühjahr“ 3, „zum elften Mal in Folge auf
  Platz eins“ 11 and 1 (twenty-fifth: „Platz eins“), „seit der ersten Zählung 2005“ 1, „die
  neunte Abschussverordnung“ 9, „Die ersten Bartgeier“ 1 (two-hundred-and-twenty-ninth: „Die
  erste Ausschreibung“), "for the first time in more than 400 years after ... the first
  licence" 1, 400 years "over" and 1 (an earlier batch: "the first time in more than 20
  years"), "the second-worst season" 2 (hundred-sixtieth); centuries are ordinals („im 19.
  Jahrhundert“ 19, „im 20. Jahrhundert“ 20; seventeenth and hundred-twenty-first). "the
  largest", "the most", "the highest count", „der grösste Vogel“, „so viele wie nie“, „Der
  bislang letzte Bär“, „erstmals“ none.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  „An der dreitägigen Zählaktion“ 3 days („Stunde der Gartenvögel“ none, hundred-sixtieth:
  „Stunde der Wintervögel“), „nach einer sechsstündigen Sitzung“ 6 hours, "a five-year ban"
  5 years, "The 10-year average" 10 years (seventy-fourth: "the 176-year observational
  record"), „vor zehn Jahren“ and „vor fünf Jahren“, "four years ago", „binnen 48 Stunden“,
  „binnen 30 Jahren“, „binnen zwei Wochen“, "within six months" ("within" no hedge), „acht
  Wochen lang“ 8 weeks (hundred-sixtieth: „zwei Jahre lang“), "over the next two years", "£15
  million over four years", "C$500 million over five years", "gathered over 37 years" and
  "over the past two decades" 20 years ("over" before a span or "the" no hedge; fifty-seventh
  and two-hundred-and-twenty-ninth: "three decades", "over two decades"), "in the 12 months to
  July" 12 months (ninety-first); ages are durations in years ("a 71-year-old woman", „einen
  etwa zwei Jahre alten männlichen Bären“ 2 years "about" - hundred-sixtieth: „Das etwa vier
  Jahre alte Weibchen“ -, "Dale Kittredge, 61," in a vox pop). None: „im Vorjahr“, „im Jahr
  davor“, „im Jahr zuvor“, „im vergangenen Jahr“, „in diesem Jahr“, „in diesem Frühjahr“,
  „heuer“, „jährlich“, „pro Jahr“, „in den kommenden Jahren“, „binnen weniger Jahrzehnte“,
  „in den 1970er-Jahren“, „Seit Mitte April“, „seit Mitte Juni“, „in der Nacht zum Sonntag“,
  „Langfristig“, "last year", "this year", "this winter", "next winter", "next year", "a year
  ago", "the year before", "each year", "so far this year", "from next month", "since
  January", "in December", "centuries ago", "a once-in-a-lifetime event".
- Years and dates: „im Jagdjahr 2023/24“, „Im Monitoringjahr 2024/25“ and "The 2019-20
  bushfires" both years (fortieth, seventy-fourth, hundred-eleventh); „im September 2020“,
  "December 2023", „bis Ende 2026“ in a negative, „bis 2028“, „seit 1984“, „Seit 2018“ and
  „seit 2018“ (twice), „bis 2030“, „seit 1998“, „Seit 2023“, „1991“, „Seit 2020“, „seit Beginn der Aufzeichnungen
  1910“, „seit 2015“, „seit 2021“, „seit 1994“, „Zwischen 2016 und 2021“, „seit 2016“, „2007
  ... bis 2020“, „2006“, "since 1995", "since 2020", "since 2023" (twice), "since 1982", "in 2002",
  "in 2019" (twice), "in 2020", "in 2022" (twice), "by 2030" (twice), "in 1975", "in 2007
  and 2017". New: „Seit Inkrafttreten der Biberverordnung 2019“ gives the year 2019 - a
  year after a law's name dates the law, as "a 2022 strategy" (two-hundred-and-fourth).
  Reuters datelines with a day are dates without a year ("STOCKHOLM, Jan 2" --01-02,
  "BRATISLAVA, April 16" --04-16, "WASHINGTON, May 21" --05-21, "BRUSSELS, June 5" --06-05,
  "NEW DELHI, July 29" --07-29, "OTTAWA, Aug 14" --08-14, "NAIROBI, Sept 10" --09-10, "GLAND,
  Switzerland, Oct 9" --10-09 with the country between city and day; hundred-sixtieth); dpa,
  APA, Keystone-SDA, PA ("LONDON (PA) -"), AFP ("PARIS (AFP) -", "GABORONE (AFP) -"), AP
  ("DENVER (AP) —", "BOZEMAN, Mont. (AP) —") and AAP ("SYDNEY (AAP) -") datelines none
  (seventy-ninth).
- Money in the currency written (every batch): „50 Euro je erlegtem Wildschwein“ EUR („je
  ...“ none), „rund 1,2 Millionen Euro“ "about", „rund 36 Milliarden Franken“ CHF "about",
  „weitere 900 Millionen Euro“ („weitere“ no hedge), „1,4 Millionen Euro“, „insgesamt 86.000
  Euro“ („insgesamt“ no hedge), "£15 million" GBP, "250 euros for every bear shot" EUR,
  "about $415,000" and "about $2.8 million" USD, "C$500 million" CAD (hundred-sixtieth:
  "topped C$1.1 billion").
- Hedges, only the names in use: „rund“, „etwa“, „in etwa“, "about", "About",
  "around", "roughly", "Some", "some", "An estimated", "an estimated" "about"; „knapp“,
  „fast“, "nearly", "Nearly" "nearly"; „mehr als“, „gut“, "more than" "over"; „bis zu“, "up
  to" "up_to"; „mindestens“, „Mindestens“, "at least" "at_least"; „höchstens“ "at_most";
  "Less than" "under". No hedge: „zusammen“, „insgesamt“, „jeweils“, „derzeit“, „bereits“,
  „Bereits“, „allein“, „Allein“, "alone", „nur noch“, „Nur noch“, „noch“, „sogar“, „Im
  Schnitt“, „durchschnittlich“, "on average", „weitere“, "more" after a figure, "Just",
  "Only", "plus", „zwischen“, "within", "over" before a span, "to" in a range, and
  „weniger als“, „mehr als“ after a figure.
- Speakers, checked only in forms the earlier batches settled: „teilte der Deutsche
  Jagdverband am Montag mit“, „teilte das Land Niederösterreich mit“, „teilte das
  Bundeslandwirtschaftsministerium am Mittwoch mit“, „teilte das Landesamt für Umwelt mit“,
  „teilte das Land Tirol mit“, „teilte die Stiftung Pro Bartgeier mit“ and „teilte das
  Bundesamt für Naturschutz am Dienstag mit“ the source with its article in the nominative
  and the weekday dropped (forty-second, hundred-forty-fifth, hundred-sixtieth); „teilte
  das Bundesamt für Umwelt (Bafu) am Donnerstag mit“ and „teilte der Landesbund für Vogel-
  und Naturschutz (LBV) mit“ with the abbreviation in brackets dropped
  (two-hundred-and-fifteenth, two-hundred-and-twenty-ninth); „teilte BirdLife Österreich
  mit“ as written (forty-seventh: „teilte MeteoSchweiz mit“); „teilte die
  Fischereiforschungsstelle in Langenargen mit“ -> "die Fischereiforschungsstelle" (the
  place dropped, hundred-seventeenth) and „teilte die Stiftung Natur und Umwelt
  Rheinland-Pfalz mit“ (the place part of the name, hundred-fifty-second); „nach Angaben
  des Friedrich-Loeffler-Instituts“ -> "das Friedrich-Loeffler-Institut" and „nach Angaben
  des Bundesamts für Naturschutz“ -> "das Bundesamt für Naturschutz" (the source in the
  nominative, hundred-sixtieth); „sagte Verbandsdirektor Urs Wyttenbach“, „sagte
  Projektleiterin Silke Anderhub“ and „sagte Umweltminister Andreas Köhnlein“ the name with
  the title dropped (hundred-sixtieth); „DJV-Präsident Hartmut Wendelin sagte, ...“,
  „Landesrat Franz Gschwandtner sagte, ...“, „Bundeslandwirtschaftsministerin Renate
  Goldammer sagte, ...“, „Umweltministerin Christa Lehner-Haas sagte, ...“,
  „Landeshauptmann-Stellvertreter Josef Strolz sagte, ...“ and „Studienleiter Tobias
  Engemann sagte, ...“ the name (hundred-eightieth: the office heading "X sagte");
  „Oberhauser sagte, ...“ and „Hollmichel sagte, ...“ opening the row (forty-second,
  two-hundred-and-twenty-ninth). English: the name with the role dropped ("Rural Affairs
  Minister Per-Olof Wennberg said", "Nature Minister Eleanor Pashley said" twice,
  "Environment Minister Tomas Hrabovsky said", "Lead author Mathieu Delorme said", "Natural
  Resources Minister Colin Ashgrove said", "Environment Minister Tamsin Gowrie said", "Red
  List unit head Kavita Sharman said", "Wyoming Game and Fish Director Curtis Bannerman
  said", "Environment Minister Boitumelo Kgosietsile said"; hundred-forty-fifth,
  hundred-sixtieth); "Environment Minister Rajiv Khandelwal told reporters" and "Program
  manager Reid Tamblyn told reporters" ("told reporters" names the speaker,
  two-hundred-and-fourth); "Sandoval said ..." opening the row
  (two-hundred-and-twenty-ninth). Left unchecked (None): all negatives, also those with a
  named speaker; bodies' "said" (the Swedish Environmental Protection Agency, the Swedish
  Hunters' Association, the British Trust for Ornithology, the National Farmers' Union, the
  European Commission, Slovakia's hunting association, Farm lobby Copa-Cogeca, the
  state-owned Forestry Corporation, forestry companies, the environment ministry, "the
  group", "the researchers", "wildlife officials", a United Nations report, "the report",
  "the survey"; two-hundred-and-fourth, two-hundred-and-twenty-ninth); "according to ..."
  (figures from the Swedish Board of Agriculture, the annual Breeding Bird Survey, the
  environment ministry, University of Maryland data, the space research agency Inpe, a
  study, a Commission analysis, a government census, Colorado Parks and Wildlife, the
  Interagency Grizzly Bear Study Team, government figures); "figures ... showed",
  "government data showed", "the analysis found", "the study found", "the census found",
  "the report found", "Scientists estimate" (an estimating verb, hundred-tenth), "Ranchers
  say" (hundred-sixtieth), "Ilse Verbruggen, who heads ..., said" (a subject parted from its
  verb, hundred-sixteenth); „Gemäss Bafu“, „hieß es“, „nach Schätzungen der
  Provinzverwaltung“, „nach Angaben der Vogelschützer“ (a plural group, forty-first), „nach Behördenangaben“, „nach
  dem jüngsten Monitoring“, „beziffert“, „verwies darauf“, „fordert“, „forderte“,
  „verlangt“, „wies ... zurück“ (no verbs of saying; hundred-sixtieth), „Das geht aus ...
  hervor“ and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_244 = [
    # --- Sweden's wolf hunt (Reuters), January ---
    (
        "en",
        "STOCKHOLM, Jan 2 (Reuters) - Swedish hunters shot 27 wolves in the first four days of the country's annual licensed hunt, the largest wolf cull in Europe this winter, the Swedish Environmental Protection Agency said on Thursday.",
        True,
        [
            ("date", "--01-02", None, None),
            ("count", 27, None, None),
            ("ordinal", 1, None, None),
            ("duration", 4, "day", None),
        ],
        None,
    ),
    (
        "en",
        "The agency puts Sweden's wolf population at about 380 animals, and the government wants to bring it down to 200, which it regards as the minimum for a viable population.",
        True,
        [("count", 380, None, "about"), ("count", 200, None, None)],
        None,
    ),
    (
        "en",
        "Wolves killed about 410 sheep and 17 dogs in Sweden last year, according to figures from the Swedish Board of Agriculture.",
        True,
        [("count", 410, None, "about"), ("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "The Swedish Hunters' Association said the quota was far too small and demanded licences for at least 60 wolves next winter.",
        True,
        [("count", 60, None, "at_least")],
        None,
    ),
    (
        "en",
        '"A hunt on this scale has nothing to do with conservation and everything to do with politics," said Maja Lindgren of the Swedish Society for Nature Conservation.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scientists fear the Scandinavian wolf population is already so inbred that a further cut could push it past the point of recovery.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Rural Affairs Minister Per-Olof Wennberg said the government would ask the European Commission to confirm that 200 wolves meet the requirements of EU law.",
        True,
        [("count", 200, None, None)],
        "Per-Olof Wennberg",
    ),
    (
        "en",
        "Two appeals by conservation groups against this winter's hunt were thrown out by an administrative court in December.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Jagdstrecke (dpa), Januar ---
    (
        "de",
        "Berlin (dpa) - Jäger in Deutschland haben im Jagdjahr 2023/24 rund 512.000 Wildschweine erlegt, knapp 14 Prozent weniger als im Jahr davor.",
        True,
        [
            ("year", 2023, None, None),
            ("year", 2024, None, None),
            ("count", 512000, None, "about"),
            ("percent", 14, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Bei den Rehen stieg die Strecke auf gut 1,3 Millionen Tiere, teilte der Deutsche Jagdverband am Montag mit.",
        True,
        [("count", 1300000, None, "over")],
        "der Deutsche Jagdverband",
    ),
    (
        "de",
        "Mit 212.600 erlegten Waschbären wurde zum vierten Mal in Folge ein Höchstwert erreicht.",
        True,
        [("count", 212600, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Wildschweine machten damit rund 28 Prozent der gesamten Schalenwildstrecke aus.",
        True,
        [("percent", 28, "%", "about")],
        None,
    ),
    (
        "de",
        "DJV-Präsident Hartmut Wendelin sagte, in Gebieten mit Afrikanischer Schweinepest verlangten die Jäger eine Aufwandsentschädigung von 50 Euro je erlegtem Wildschwein.",
        True,
        [("money", 50, "EUR", None)],
        "Hartmut Wendelin",
    ),
    (
        "de",
        "„Ohne die Jägerschaft hätten wir die Schweinepest in Brandenburg längst nicht mehr im Griff“, sagte Wendelin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit dem ersten Nachweis der Seuche im September 2020 wurden in Deutschland nach Angaben des Friedrich-Loeffler-Instituts mehr als 6.300 infizierte Wildschweine gefunden.",
        True,
        [("ordinal", 1, None, None), ("year", 2020, None, None), ("count", 6300, None, "over")],
        "das Friedrich-Loeffler-Institut",
    ),
    (
        "de",
        "Die Jäger hoffen, dass Hessen bis Ende 2026 wieder als seuchenfrei gilt.",
        False,
        [("year", 2026, None, None)],
        None,
    ),
    # --- Biber in Niederösterreich (APA), Februar ---
    (
        "de",
        "St. Pölten (APA) - In Niederösterreich leben inzwischen rund 5.500 Biber, mehr als doppelt so viele wie vor zehn Jahren.",
        True,
        [("count", 5500, None, "about"), ("count", 2, None, "over"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Die Nager verursachten im Vorjahr Schäden von rund 1,2 Millionen Euro an Feldern, Dämmen und Forstwegen, teilte das Land Niederösterreich mit.",
        True,
        [("money", 1200000, "EUR", "about")],
        "das Land Niederösterreich",
    ),
    (
        "de",
        "Seit Inkrafttreten der Biberverordnung 2019 wurden 1.450 Tiere entnommen, heuer wurden bereits zwei Dutzend Dämme beseitigt.",
        True,
        [("year", 2019, None, None), ("count", 1450, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Die Landwirtschaftskammer fordert, die jährliche Entnahmequote von derzeit 400 auf 700 Tiere anzuheben.",
        True,
        [("count", 400, None, None), ("count", 700, None, None)],
        None,
    ),
    (
        "de",
        "„Der Biber ist ein tüchtiger Baumeister, nur baut er leider oft genau dort, wo wir säen“, sagte ein Landwirt aus dem Tullnerfeld.",
        False,
        [],
        None,
    ),
    ("de", "Der Naturschutzbund nannte die Forderung „populistisch und fachlich nicht gedeckt“.", False, [], None),
    (
        "de",
        "Biber waren in Österreich im 19. Jahrhundert ausgerottet worden, in den 1970er-Jahren wurden sie an der Donau östlich von Wien wieder angesiedelt.",
        True,
        [("ordinal", 19, None, None)],
        None,
    ),
    (
        "de",
        "Landesrat Franz Gschwandtner sagte, betroffene Bauern bekämen künftig bis zu 80 Prozent ihrer Schäden ersetzt.",
        True,
        [("percent", 80, "%", "up_to")],
        "Franz Gschwandtner",
    ),
    # --- Beavers return to England (PA), February ---
    (
        "en",
        "LONDON (PA) - Beavers are to be released into the wild in England for the first time in more than 400 years after Natural England granted the first licence for a free-living population.",
        True,
        [("ordinal", 1, None, None), ("duration", 400, "year", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The licence allows up to six pairs to be released on a 1,200-hectare estate in Dorset over the next two years.",
        True,
        [("count", 6, None, "up_to"), ("count", 1200, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "An estimated 1,500 beavers already live wild in England, most of them descended from escaped or illegally released animals.",
        True,
        [("count", 1500, None, "about")],
        None,
    ),
    (
        "en",
        "Nature Minister Eleanor Pashley said a single beaver dam could hold back up to 1,000 cubic metres of floodwater.",
        True,
        [("count", 1000, None, "up_to")],
        "Eleanor Pashley",
    ),
    (
        "en",
        '"Beavers are nature\'s own engineers, and it is wonderful to welcome them home," Pashley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The National Farmers' Union said 37 of its members had complained about flooded fields and felled trees since 2023.",
        True,
        [("count", 37, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Some farmers fear the animals will undermine riverbanks and block drainage ditches across the lowlands.",
        False,
        [],
        None,
    ),
    # --- Rote Liste der Schweiz (Keystone-SDA), März ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Schweiz ist mehr als ein Drittel der untersuchten Tier- und Pflanzenarten gefährdet oder bereits ausgestorben.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Von den rund 10'800 bewerteten Arten stehen 3'860 auf der Roten Liste, teilte das Bundesamt für Umwelt (Bafu) am Donnerstag mit.",
        True,
        [("count", 10800, None, "about"), ("count", 3860, None, None)],
        "das Bundesamt für Umwelt",
    ),
    (
        "de",
        "Bei den Amphibien und den Reptilien gelten jeweils fast drei Viertel der Arten als bedroht.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Schweiz hat bisher rund 13,4 Prozent ihrer Landesfläche als Schutzgebiete gesichert, international vereinbart sind 30 Prozent bis 2030.",
        True,
        [("percent", 13.4, "%", "about"), ("percent", 30, "%", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "«Wir verlieren die Vielfalt vor unserer eigenen Haustür, Art um Art», sagte Bafu-Direktorin Regula Tschanz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schweizer Bauernverband wies den Vorwurf zurück, die Landwirtschaft trage die Hauptschuld am Artenschwund.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bauern bewirtschafteten bereits 19 Prozent ihrer Nutzfläche als Biodiversitätsförderflächen, gesetzlich verlangt seien 7 Prozent, sagte Verbandsdirektor Urs Wyttenbach.",
        True,
        [("percent", 19, "%", None), ("percent", 7, "%", None)],
        "Urs Wyttenbach",
    ),
    ("de", "Pro Natura bezeichnete die Zahlen als „Alarmsignal, das niemand mehr überhören darf“.", False, [], None),
    (
        "de",
        "Gemäss Bafu fliessen jährlich rund 36 Milliarden Franken an Subventionen in Bereiche, die der Biodiversität schaden.",
        True,
        [("money", 36000000000, "CHF", "about")],
        None,
    ),
    # --- Curlews in decline (PA), March ---
    (
        "en",
        "LONDON (PA) - Curlew numbers in the UK have fallen by 51% since 1995, making the wader one of the country's fastest-declining breeding birds, according to the annual Breeding Bird Survey.",
        True,
        [("percent", 51, "%", None), ("year", 1995, None, None)],
        None,
    ),
    (
        "en",
        "Turtle doves, once widespread across southern England, declined by 97% over the same period.",
        True,
        [("percent", 97, "%", None)],
        None,
    ),
    (
        "en",
        "Some 2,900 volunteers counted birds at 3,900 sites for the survey and recorded 117 species.",
        True,
        [("count", 2900, None, "about"), ("count", 3900, None, None), ("count", 117, None, None)],
        None,
    ),
    (
        "en",
        "Of the 118 species with long-term trends, 41 have declined significantly, the British Trust for Ornithology said.",
        True,
        [("count", 118, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "en",
        "The National Farmers' Union said farmers had planted or restored more than 30,000 kilometres of hedgerows under government schemes since 2020.",
        True,
        [("count", 30000, None, "over"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        '"Farmers are part of the answer to this decline, not the cause of it," said NFU vice-president Gareth Lloyd-Pryce.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ornithologists fear the curlew could disappear as a breeding bird from southern England within 20 years.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "en",
        "Nature Minister Eleanor Pashley said the government would spend £15 million over four years on curlew and wader recovery.",
        True,
        [("money", 15000000, "GBP", None), ("duration", 4, "year", None)],
        "Eleanor Pashley",
    ),
    # --- Waldzustandserhebung (dpa), April ---
    (
        "de",
        "Berlin (dpa) - Nur noch jeder fünfte Baum in Deutschland ist nach der neuen Waldzustandserhebung ohne sichtbare Schäden.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Bei 37 Prozent der Bäume stellten die Fachleute deutliche Kronenverlichtungen fest, teilte das Bundeslandwirtschaftsministerium am Mittwoch mit.",
        True,
        [("percent", 37, "%", None)],
        "das Bundeslandwirtschaftsministerium",
    ),
    (
        "de",
        "Seit 2018 sind bundesweit rund 640.000 Hektar Wald abgestorben, vor allem Fichten nach Dürre und Borkenkäferbefall.",
        True,
        [("year", 2018, None, None), ("count", 640000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Menge an Schadholz summierte sich allein im vergangenen Jahr auf 41,3 Millionen Kubikmeter.",
        True,
        [("count", 41300000, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Eichen ist der Anteil der Bäume mit deutlichen Schäden auf 52 Prozent gestiegen.",
        True,
        [("percent", 52, "%", None)],
        None,
    ),
    (
        "de",
        "In Nordrhein-Westfalen sind seit 2018 mehr als zwei Drittel der Fichtenbestände abgestorben.",
        True,
        [("year", 2018, None, None), ("fraction", 0.6667, None, "over")],
        None,
    ),
    (
        "de",
        "Bundeslandwirtschaftsministerin Renate Goldammer sagte, der Bund stelle für den Umbau zu Mischwäldern bis 2028 weitere 900 Millionen Euro bereit.",
        True,
        [("year", 2028, None, None), ("money", 900000000, "EUR", None)],
        "Renate Goldammer",
    ),
    ("de", "„Unser Wald liegt auf der Intensivstation“, sagte Goldammer.", False, [], None),
    ("de", "Der Verband der Waldeigentümer nannte die Summe „einen Tropfen auf den heißen Stein“.", False, [], None),
    (
        "de",
        "Die Erhebung wird seit 1984 jährlich an rund 10.000 Stichprobenbäumen durchgeführt.",
        True,
        [("year", 1984, None, None), ("count", 10000, None, "about")],
        None,
    ),
    # --- Slovakia's bear cull (Reuters), April ---
    (
        "en",
        "BRATISLAVA, April 16 (Reuters) - Slovakia's government on Wednesday approved an emergency cull of up to 290 brown bears following a string of attacks on people in mountain villages.",
        True,
        [("date", "--04-16", None, None), ("count", 290, None, "up_to")],
        None,
    ),
    (
        "en",
        "Bears have injured 13 people since January and killed a 71-year-old woman in the central Liptov region, according to the environment ministry.",
        True,
        [("count", 13, None, None), ("duration", 71, "year", None)],
        None,
    ),
    (
        "en",
        "Environment Minister Tomas Hrabovsky said the country had about 1,450 bears, far more than the 600 to 800 its forests could sustain.",
        True,
        [("count", 1450, None, "about"), ("count", 600, None, None), ("count", 800, None, None)],
        "Tomas Hrabovsky",
    ),
    (
        "en",
        "Scientists at the Slovak Academy of Sciences put the population at around 1,100 and said the cull quota had no basis in monitoring data.",
        True,
        [("count", 1100, None, "about")],
        None,
    ),
    (
        "en",
        '"Mothers in these villages are afraid to let their children walk to school," Hrabovsky said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Slovakia's hunting association said its members were ready to take part but demanded 250 euros for every bear shot.",
        True,
        [("money", 250, "EUR", None)],
        None,
    ),
    (
        "en",
        "The European Commission said it had asked Bratislava to explain how the cull complies with EU nature law.",
        True,
        [],
        None,
    ),
    (
        "en",
        'Conservation groups called the decree "a political hunt dressed up as wildlife management."',
        False,
        [],
        None,
    ),
    # --- Bär im Werdenfelser Land (dpa/lby), April ---
    (
        "de",
        "Garmisch-Partenkirchen (dpa/lby) - Im Landkreis Garmisch-Partenkirchen ist erneut ein Braunbär gesichtet worden, zum dritten Mal in diesem Frühjahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Eine Wildkamera habe das Tier in der Nacht zum Sonntag in etwa 1.300 Metern Höhe aufgenommen, teilte das Landesamt für Umwelt mit.",
        True,
        [("count", 1300, None, "about")],
        "das Landesamt für Umwelt",
    ),
    (
        "de",
        "Vermutlich handle es sich um einen etwa zwei Jahre alten männlichen Bären aus dem Trentino, hieß es.",
        True,
        [("duration", 2, "year", "about")],
        None,
    ),
    (
        "de",
        "Seit Mitte April hat der Bär nach Behördenangaben viermal Bienenstöcke geplündert.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Im italienischen Trentino leben nach Schätzungen der Provinzverwaltung zwischen 90 und 110 Braunbären.",
        True,
        [("count", 90, None, None), ("count", 110, None, None)],
        None,
    ),
    (
        "de",
        "Der bislang letzte Bär, der sich länger in Bayern aufhielt, war 2006 nach wochenlanger Suche erschossen worden.",
        True,
        [("year", 2006, None, None)],
        None,
    ),
    (
        "de",
        "Der Bayerische Jagdverband forderte eine Verordnung, die den Abschuss auffälliger Bären binnen 48 Stunden erlaubt.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    ("de", "Almbauern im Werdenfelser Land fürchten um ihre Schafe und Kälber.", False, [], None),
    (
        "de",
        "Umweltministerin Christa Lehner-Haas sagte, ein Abschuss komme nur infrage, wenn der Bär Menschen gefährde.",
        True,
        [],
        "Christa Lehner-Haas",
    ),
    # --- Stunde der Gartenvögel (dpa/lby), Mai ---
    (
        "de",
        "Hilpoltstein (dpa/lby) - An der dreitägigen Zählaktion „Stunde der Gartenvögel“ haben sich in Bayern in diesem Jahr gut 21.500 Menschen beteiligt.",
        True,
        [("duration", 3, "day", None), ("count", 21500, None, "over")],
        None,
    ),
    (
        "de",
        "Sie meldeten zusammen knapp 470.000 Vögel aus rund 14.000 Gärten und Parks, teilte der Landesbund für Vogel- und Naturschutz (LBV) mit.",
        True,
        [("count", 470000, None, "nearly"), ("count", 14000, None, "about")],
        "der Landesbund für Vogel- und Naturschutz",
    ),
    (
        "de",
        "Der Haussperling landete zum elften Mal in Folge auf Platz eins, vor Amsel und Kohlmeise.",
        True,
        [("ordinal", 11, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Mauersegler wurden um 23 Prozent seltener gemeldet als im Vorjahr, Mehlschwalben sogar um fast ein Drittel.",
        True,
        [("percent", 23, "%", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    ("de", "Im Schnitt zählten die Teilnehmenden 33 Vögel pro Garten.", True, [("count", 33, None, None)], None),
    (
        "de",
        "„Jeder fehlende Mauersegler ist ein stiller Hinweis auf fehlende Insekten“, sagte LBV-Biologin Verena Oberhauser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberhauser sagte, die Zahl der Mauersegler-Meldungen habe sich seit der ersten Zählung 2005 mehr als halbiert.",
        True,
        [("ordinal", 1, None, None), ("year", 2005, None, None)],
        "Oberhauser",
    ),
    # --- Tropical forest loss (Reuters), May ---
    (
        "en",
        "WASHINGTON, May 21 (Reuters) - The tropics lost 6.2 million hectares of primary rainforest last year, according to University of Maryland data published by Global Forest Watch.",
        True,
        [("date", "--05-21", None, None), ("count", 6200000, None, None)],
        None,
    ),
    (
        "en",
        "That was 39% more than the year before and the highest annual loss since the records began in 2002.",
        True,
        [("percent", 39, "%", None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "For the first time, fires rather than clearing for farms accounted for nearly half of the losses, the researchers said.",
        True,
        [("ordinal", 1, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Brazil alone lost about 2.5 million hectares, while Bolivia lost 1.3 million hectares, more than twice its previous record.",
        True,
        [("count", 2500000, None, "about"), ("count", 1300000, None, None), ("count", 2, None, "over")],
        None,
    ),
    (
        "en",
        "Deforestation in the Brazilian Amazon nonetheless fell 24% in the 12 months to July, according to the space research agency Inpe.",
        True,
        [("percent", 24, "%", None), ("duration", 12, "month", None)],
        None,
    ),
    (
        "en",
        '"Fire has become the new chainsaw of the tropics," said Elena Sandoval, a forest researcher at the World Resources Institute.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sandoval said fire was behind about 38% of the primary forest lost in Bolivia, against 9% in 2019.",
        True,
        [("percent", 38, "%", "about"), ("percent", 9, "%", None), ("year", 2019, None, None)],
        "Sandoval",
    ),
    ("en", "Researchers said they expected losses to stay high for as long as the droughts persist.", False, [], None),
    (
        "en",
        "The lost forests released an estimated 3.1 billion tonnes of greenhouse gases, roughly as much as India's annual emissions from fossil fuels.",
        True,
        [("count", 3100000000, None, "about")],
        None,
    ),
    # --- Europe's vanishing birds (AFP), May ---
    (
        "en",
        "PARIS (AFP) - Europe has lost roughly 470 million breeding birds since 1982, about one in five of its total, according to a study published on Monday in the journal PNAS.",
        True,
        [("count", 470000000, None, "about"), ("year", 1982, None, None), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        "Farmland species fared worst, with their populations down by 57% on average.",
        True,
        [("percent", 57, "%", None)],
        None,
    ),
    (
        "en",
        "The researchers analysed counts of 170 species in 28 countries gathered over 37 years.",
        True,
        [("count", 170, None, None), ("count", 28, None, None), ("duration", 37, "year", None)],
        None,
    ),
    (
        "en",
        "Intensive farming, measured by the use of fertiliser and pesticides, explained about 60% of the decline, the study found.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "Lead author Mathieu Delorme said the effect of farming outweighed that of urban sprawl and climate change combined.",
        True,
        [],
        "Mathieu Delorme",
    ),
    ("en", '"We have turned our fields into green deserts," Delorme said.', False, [], None),
    (
        "en",
        "Farm lobby Copa-Cogeca said the study overlooked the 8 million hectares of land that European farmers had set aside for nature.",
        True,
        [("count", 8000000, None, None)],
        None,
    ),
    ("en", "Whether the EU will revive its shelved plan to halve pesticide use remains uncertain.", False, [], None),
    # --- EU lawmakers downgrade wolf protection (Reuters), June ---
    (
        "en",
        'BRUSSELS, June 5 (Reuters) - The European Parliament voted on Thursday to downgrade the protection status of the wolf from "strictly protected" to "protected", a change pushed by farmers and hunters in several member states.',
        True,
        [("date", "--06-05", None, None)],
        None,
    ),
    (
        "en",
        "The amendment passed by 371 votes to 162, with 37 abstentions.",
        True,
        [("count", 371, None, None), ("count", 162, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "en",
        "Europe is home to about 21,500 wolves, nearly twice as many as a decade ago, according to a Commission analysis.",
        True,
        [("count", 21500, None, "about"), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Wolves kill around 58,000 sheep, goats and cattle in the EU each year, the analysis found.",
        True,
        [("count", 58000, None, "about")],
        None,
    ),
    (
        "en",
        'Farm lobby Copa-Cogeca called the vote "a long overdue recognition of what rural families have been living through."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The European hunters' federation FACE urged member states to set national cull quotas within six months.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        "Conservationists fear the change will open the door to culls of up to a third of some local populations.",
        False,
        [("fraction", 0.3333, None, "up_to")],
        None,
    ),
    (
        "en",
        "Ilse Verbruggen, who heads the conservation group Eurowild, said it would challenge the change at the EU's General Court.",
        True,
        [],
        None,
    ),
    # --- Wölfe in Tirol (APA), Juli ---
    (
        "de",
        "Innsbruck (APA) - Die Tiroler Landesregierung hat am Dienstag per Verordnung den Abschuss von zwei weiteren Wölfen im Bezirk Landeck freigegeben.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Tiere sollen seit Mitte Juni mindestens 34 Schafe gerissen haben.",
        True,
        [("count", 34, None, "at_least")],
        None,
    ),
    (
        "de",
        "Es ist bereits die neunte Abschussverordnung in diesem Jahr, teilte das Land Tirol mit.",
        True,
        [("ordinal", 9, None, None)],
        "das Land Tirol",
    ),
    (
        "de",
        "Seit 2023 wurden in Tirol damit sieben Wölfe legal erlegt.",
        True,
        [("year", 2023, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Landeshauptmann-Stellvertreter Josef Strolz sagte, die Verordnungen gälten jeweils acht Wochen lang in einem Umkreis von zehn Kilometern um die Rissorte.",
        True,
        [("duration", 8, "week", None), ("count", 10, None, None)],
        "Josef Strolz",
    ),
    ("de", "„Ohne Almwirtschaft gibt es kein Tirol, wie wir es kennen“, sagte Strolz.", False, [], None),
    (
        "de",
        "Der WWF hält die Abschüsse für rechtswidrig und hat beim Landesverwaltungsgericht Beschwerde eingelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Abschüsse die Zahl der Risse tatsächlich senken, ist unter Wildbiologen umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wir hoffen, dass wir die restlichen 80 Tage des Almsommers ohne weiteren Angriff überstehen“, sagte ein Schafbauer aus dem Paznauntal.",
        False,
        [("duration", 80, "day", None)],
        None,
    ),
    # --- Weißstörche (APA), Juli ---
    (
        "de",
        "Rust (APA) - In Österreich haben heuer 438 Weißstorchpaare gebrütet, so viele wie seit 1998 nicht mehr.",
        True,
        [("count", 438, None, None), ("year", 1998, None, None)],
        None,
    ),
    (
        "de",
        "Allein in der Freistadt Rust nisteten 21 Paare, die zusammen 58 Junge aufzogen, teilte BirdLife Österreich mit.",
        True,
        [("count", 21, None, None), ("count", 58, None, None)],
        "BirdLife Österreich",
    ),
    ("de", "Im Schnitt flogen pro Brutpaar 2,4 Jungvögel aus.", True, [("count", 2.4, None, None)], None),
    (
        "de",
        "Ein Fünftel der Paare brütete auf Strommasten, fast doppelt so viele wie noch vor fünf Jahren.",
        True,
        [("fraction", 0.2, None, None), ("count", 2, None, "nearly"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "„Der Storch ist für uns mehr als ein Vogel, er ist ein Stück Heimat“, sagte der Bürgermeister von Rust.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Als Grund für die gute Saison nennen Ornithologen die feuchten Wiesen nach dem regenreichen Frühjahr.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mindestens 17 Störche verendeten heuer nach Angaben der Vogelschützer an Stromleitungen.",
        True,
        [("count", 17, None, "at_least")],
        None,
    ),
    # --- India's tiger census (Reuters), July ---
    (
        "en",
        "NEW DELHI, July 29 (Reuters) - India's wild tiger population has risen to at least 3,925, up from 2,910 four years ago, according to a government census released on Tuesday.",
        True,
        [
            ("date", "--07-29", None, None),
            ("count", 3925, None, "at_least"),
            ("count", 2910, None, None),
            ("duration", 4, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The survey drew on images from more than 32,000 camera traps across 55 tiger reserves and the forests around them.",
        True,
        [("count", 32000, None, "over"), ("count", 55, None, None)],
        None,
    ),
    (
        "en",
        "Madhya Pradesh had the most tigers, with 811, followed by Karnataka with 563 and Uttarakhand with 497.",
        True,
        [("count", 811, None, None), ("count", 563, None, None), ("count", 497, None, None)],
        None,
    ),
    (
        "en",
        "Environment Minister Rajiv Khandelwal told reporters India was now home to about three-quarters of the world's wild tigers.",
        True,
        [("fraction", 0.75, None, "about")],
        "Rajiv Khandelwal",
    ),
    ("en", '"The tiger\'s return is a matter of pride for every Indian," Khandelwal said.', False, [], None),
    (
        "en",
        "About 30% of India's tigers live outside protected reserves, the census found.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "Attacks by tigers killed 82 people in India last year, more than half of them in Maharashtra, government data showed.",
        True,
        [("count", 82, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Wildlife experts said they were worried that some reserves had become too crowded for young males to find territory.",
        False,
        [],
        None,
    ),
    # --- Bartgeier (Keystone-SDA), Juli ---
    (
        "de",
        "Zernez (Keystone-SDA) - Im Alpenraum sind in diesem Jahr so viele junge Bartgeier ausgeflogen wie nie seit Beginn der Wiederansiedlung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Gezählt wurden 71 Jungvögel, 19 davon in der Schweiz, teilte die Stiftung Pro Bartgeier mit.",
        True,
        [("count", 71, None, None), ("count", 19, None, None)],
        "die Stiftung Pro Bartgeier",
    ),
    (
        "de",
        "Die ersten Bartgeier der Schweiz waren 1991 im Nationalpark ausgewildert worden, nachdem die Art im 20. Jahrhundert aus den Alpen verschwunden war.",
        True,
        [("ordinal", 1, None, None), ("year", 1991, None, None), ("ordinal", 20, None, None)],
        None,
    ),
    (
        "de",
        "Mit einer Flügelspannweite von bis zu 2,9 Metern ist der Bartgeier der grösste Vogel der Alpen.",
        True,
        [("count", 2.9, None, "up_to")],
        None,
    ),
    (
        "de",
        "Seit 2020 starben mindestens vier Bartgeier an Bleivergiftungen durch Munitionsreste.",
        True,
        [("year", 2020, None, None), ("count", 4, None, "at_least")],
        None,
    ),
    ("de", "Die Stiftung fordert deshalb ein Verbot bleihaltiger Jagdmunition in allen Kantonen.", True, [], None),
    (
        "de",
        "Jagd Schweiz wies die Forderung zurück: Bereits 22 Kantone schrieben bleifreie Büchsenmunition vor.",
        True,
        [("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "«Der Bartgeier ist die schönste Erfolgsgeschichte des Artenschutzes in diesem Land», sagte Stiftungspräsident Gian Andri Cadonau.",
        False,
        [],
        None,
    ),
    # --- Colorado's wolves (AP), July ---
    (
        "en",
        "DENVER (AP) — Colorado wildlife officials have released 11 more gray wolves captured in British Columbia, bringing the number relocated under the state's voter-approved program to 36.",
        True,
        [("count", 11, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "The wolves, six females and five males, were set free on public land in Eagle and Pitkin counties.",
        True,
        [("count", 6, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "At least seven of the animals released since December 2023 have died, according to Colorado Parks and Wildlife.",
        True,
        [("count", 7, None, "at_least"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The agency confirmed 23 livestock kills by wolves last year and paid ranchers about $415,000 in compensation.",
        True,
        [("count", 23, None, None), ("money", 415000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Program manager Reid Tamblyn told reporters the state planned to release up to 15 more wolves next winter.",
        True,
        [("count", 15, None, "up_to")],
        "Reid Tamblyn",
    ),
    (
        "en",
        "Voters approved the reintroduction in 2020 by a margin of 51.2% to 48.8%.",
        True,
        [("year", 2020, None, None), ("percent", 51.2, "%", None), ("percent", 48.8, "%", None)],
        None,
    ),
    (
        "en",
        '"They dropped these wolves in our backyard and left us to clean up the mess," said Dale Kittredge, 61, who runs cattle near Meeker.',
        False,
        [("duration", 61, "year", None)],
        None,
    ),
    (
        "en",
        "The Colorado Cattlemen's Association has asked the state to pay ranchers full market value for every animal lost plus 20% for calves that go missing.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    (
        "en",
        "Supporters hope the wolves will help restore the balance between elk herds and aspen groves.",
        False,
        [],
        None,
    ),
    # --- Canada's wildfires (Reuters), August ---
    (
        "en",
        "OTTAWA, Aug 14 (Reuters) - Wildfires have burned more than 7.1 million hectares across Canada so far this year, making it the second-worst season on record, figures from the Canadian Interagency Forest Fire Centre showed.",
        True,
        [("date", "--08-14", None, None), ("count", 7100000, None, "over"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "About 640 fires were burning on Thursday, 210 of them classed as out of control.",
        True,
        [("count", 640, None, "about"), ("count", 210, None, None)],
        None,
    ),
    (
        "en",
        "The 10-year average for an entire season is about 2.6 million hectares.",
        True,
        [("duration", 10, "year", None), ("count", 2600000, None, "about")],
        None,
    ),
    (
        "en",
        "Scientists estimate the fires have destroyed winter range used by about a tenth of Canada's boreal caribou.",
        True,
        [("fraction", 0.1, None, "about")],
        None,
    ),
    (
        "en",
        '"A fire season like this used to be a once-in-a-lifetime event, and now it is just August," said forest ecologist Marie-Claude Fortin.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Natural Resources Minister Colin Ashgrove said Ottawa would spend C$500 million over five years to train 1,000 additional wildland firefighters.",
        True,
        [("money", 500000000, "CAD", None), ("duration", 5, "year", None), ("count", 1000, None, None)],
        "Colin Ashgrove",
    ),
    (
        "en",
        "Forestry companies said the fires had forced 11 sawmills in British Columbia and Alberta to halt production.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    # --- Kormorane am Bodensee (dpa/lsw), August ---
    (
        "de",
        "Konstanz (dpa/lsw) - Am Bodensee brüten nach der jüngsten Zählung rund 1.900 Kormoranpaare, fast 40 Prozent mehr als vor fünf Jahren.",
        True,
        [("count", 1900, None, "about"), ("percent", 40, "%", "nearly"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "de",
        "Die Berufsfischer fingen im vergangenen Jahr nur noch 128 Tonnen Fisch, so wenig wie nie seit Beginn der Aufzeichnungen 1910.",
        True,
        [("count", 128, None, None), ("year", 1910, None, None)],
        None,
    ),
    (
        "de",
        "Der Ertrag beim Felchen ist seit 2015 um rund 85 Prozent eingebrochen, teilte die Fischereiforschungsstelle in Langenargen mit.",
        True,
        [("year", 2015, None, None), ("percent", 85, "%", "about")],
        "die Fischereiforschungsstelle",
    ),
    (
        "de",
        "Der Verband der Bodenseefischer fordert, den Bestand auf höchstens 500 Brutpaare zu begrenzen.",
        True,
        [("count", 500, None, "at_most")],
        None,
    ),
    ("de", "„Der Kormoran frisst uns die Zukunft weg“, sagte ein Fischer aus Hagnau.", False, [], None),
    (
        "de",
        "Naturschützer halten den Vogel für einen Sündenbock, der von Versäumnissen beim Gewässerschutz ablenken soll.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Fischer fürchten, dass in zehn Jahren niemand mehr vom Fischfang auf dem See leben kann.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Baden-Württemberg erlaubt seit 2021 den Abschuss von bis zu 300 Kormoranen pro Jahr an den Brutkolonien.",
        True,
        [("year", 2021, None, None), ("count", 300, None, "up_to")],
        None,
    ),
    # --- Koalas in New South Wales (AAP), August ---
    (
        "en",
        "SYDNEY (AAP) - Koala numbers in New South Wales have fallen by about a third over the past two decades to an estimated 21,000, a government-commissioned survey has found.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 20, "year", None), ("count", 21000, None, "about")],
        None,
    ),
    (
        "en",
        "The 2019-20 bushfires alone killed or displaced more than 5,000 koalas in the state, the survey said.",
        True,
        [("year", 2019, None, None), ("year", 2020, None, None), ("count", 5000, None, "over")],
        None,
    ),
    (
        "en",
        "Environment Minister Tamsin Gowrie said the government would create a 168,000-hectare national park for koalas on the state's mid-north coast.",
        True,
        [("count", 168000, None, None)],
        "Tamsin Gowrie",
    ),
    (
        "en",
        "About 9,500 hectares of state forest inside the park's boundary will be closed to logging from next month.",
        True,
        [("count", 9500, None, "about")],
        None,
    ),
    (
        "en",
        "The state-owned Forestry Corporation said about 300 timber jobs were at risk.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        '"This is the koala\'s last real chance in the wild, and we will not waste it," Gowrie said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The timber industry accused the government of "sacrificing regional towns for a photo opportunity."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Koalas were listed as endangered in New South Wales, Queensland and the Australian Capital Territory in 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- Insektenschwund (dpa), September ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Biomasse fliegender Insekten ist in hessischen Schutzgebieten binnen 30 Jahren um durchschnittlich 68 Prozent zurückgegangen.",
        True,
        [("duration", 30, "year", None), ("percent", 68, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Langzeitstudie der Senckenberg-Gesellschaft hervor, die in einer Fachzeitschrift erschienen ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten Fänge aus 61 Malaisefallen an 27 Standorten aus, die seit 1994 jeweils im Sommer aufgestellt worden waren.",
        True,
        [("count", 61, None, None), ("count", 27, None, None), ("year", 1994, None, None)],
        None,
    ),
    (
        "de",
        "An knapp drei Vierteln der Standorte war der Rückgang statistisch signifikant.",
        True,
        [("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Studienleiter Tobias Engemann sagte, am stärksten seien die Verluste an Standorten mit mehr als 40 Prozent Ackerland im Umkreis von zwei Kilometern.",
        True,
        [("percent", 40, "%", "over"), ("count", 2, None, None)],
        "Tobias Engemann",
    ),
    ("de", "„Wir erleben ein stilles Verschwinden, das kaum jemand bemerkt“, sagte Engemann.", False, [], None),
    (
        "de",
        "Der Deutsche Bauernverband warnte davor, den Rückgang vorschnell allein der Landwirtschaft anzulasten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land Hessen hat die Studie mit 1,4 Millionen Euro gefördert.",
        True,
        [("money", 1400000, "EUR", None)],
        None,
    ),
    # --- Protected areas report (Reuters), September ---
    (
        "en",
        "NAIROBI, Sept 10 (Reuters) - Protected areas now cover 18.1% of the world's land and 9.2% of its oceans, far short of a goal of 30% for both by 2030, a United Nations report said on Wednesday.",
        True,
        [
            ("date", "--09-10", None, None),
            ("percent", 18.1, "%", None),
            ("percent", 9.2, "%", None),
            ("percent", 30, "%", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "Only about 3% of the ocean is fully or highly protected from fishing and mining, the report found.",
        True,
        [("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        "Reaching the target would mean adding some 16 million square kilometres of land and 78 million square kilometres of sea.",
        True,
        [("count", 16000000, None, "about"), ("count", 78000000, None, None)],
        None,
    ),
    (
        "en",
        "Under the Kunming-Montreal framework agreed in 2022, nearly 200 governments committed to conserving 30% of the planet's land and oceans by 2030.",
        True,
        [
            ("year", 2022, None, None),
            ("count", 200, None, "nearly"),
            ("percent", 30, "%", None),
            ("year", 2030, None, None),
        ],
        None,
    ),
    (
        "en",
        "Just 51 countries have so far submitted updated national biodiversity plans, the report said.",
        True,
        [("count", 51, None, None)],
        None,
    ),
    (
        "en",
        "Less than a fifth of the world's protected land is well enough connected for animals to move between reserves, the report found.",
        True,
        [("fraction", 0.2, None, "under")],
        None,
    ),
    (
        "en",
        '"The world is moving, but nowhere near fast enough," the head of the U.N. Environment Programme said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Indigenous groups warned that new parks must not come at the expense of their land rights.",
        False,
        [],
        None,
    ),
    # --- Luchse im Pfälzerwald (dpa/lrs), September ---
    (
        "de",
        "Mainz (dpa/lrs) - Im Pfälzerwald leben nach dem jüngsten Monitoring mindestens 27 erwachsene Luchse.",
        True,
        [("count", 27, None, "at_least")],
        None,
    ),
    (
        "de",
        "In diesem Frühjahr seien zudem sechs Würfe mit zusammen 13 Jungtieren nachgewiesen worden, teilte die Stiftung Natur und Umwelt Rheinland-Pfalz mit.",
        True,
        [("count", 6, None, None), ("count", 13, None, None)],
        "die Stiftung Natur und Umwelt Rheinland-Pfalz",
    ),
    (
        "de",
        "Zwischen 2016 und 2021 waren 22 Luchse aus der Schweiz und der Slowakei im Pfälzerwald freigelassen worden.",
        True,
        [("year", 2016, None, None), ("year", 2021, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Seitdem kamen mindestens neun Tiere im Straßenverkehr ums Leben.",
        True,
        [("count", 9, None, "at_least")],
        None,
    ),
    (
        "de",
        "Langfristig überlebensfähig sei der Bestand erst mit rund 50 erwachsenen Tieren, sagte Projektleiterin Silke Anderhub.",
        True,
        [("count", 50, None, "about")],
        "Silke Anderhub",
    ),
    (
        "de",
        "„Der Luchs ist ein heimlicher Rückkehrer, und genau das macht ihn so verletzlich“, sagte Anderhub.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Landesjagdverband verwies darauf, dass die Rehstrecke in den Luchsgebieten seit 2018 um rund 15 Prozent gesunken sei.",
        True,
        [("year", 2018, None, None), ("percent", 15, "%", "about")],
        None,
    ),
    (
        "de",
        "Für gerissene Schafe und Ziegen hat das Land seit 2016 insgesamt 86.000 Euro Entschädigung gezahlt.",
        True,
        [("year", 2016, None, None), ("money", 86000, "EUR", None)],
        None,
    ),
    # --- IUCN Red List update (Reuters), October ---
    (
        "en",
        "GLAND, Switzerland, Oct 9 (Reuters) - Nearly 47,200 of the 169,400 species assessed by the International Union for Conservation of Nature are now threatened with extinction, the group said on Thursday.",
        True,
        [("date", "--10-09", None, None), ("count", 47200, None, "nearly"), ("count", 169400, None, None)],
        None,
    ),
    (
        "en",
        "That is about 28% of all assessed species, up from 27% a year ago.",
        True,
        [("percent", 28, "%", "about"), ("percent", 27, "%", None)],
        None,
    ),
    (
        "en",
        "Reef-building corals are now the most threatened group, with 44% of species at risk, ahead of amphibians at 41%.",
        True,
        [("percent", 44, "%", None), ("percent", 41, "%", None)],
        None,
    ),
    (
        "en",
        "The update moved 12 bird species into a higher threat category and declared three freshwater fish extinct.",
        True,
        [("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", "One in four mammal species is now considered threatened.", True, [("fraction", 0.25, None, None)], None),
    (
        "en",
        "Red List unit head Kavita Sharman said farming, logging and climate change together affected about three-quarters of all threatened species.",
        True,
        [("fraction", 0.75, None, "about")],
        "Kavita Sharman",
    ),
    ("en", '"Every one of these numbers is a window that is closing," Sharman said.', False, [], None),
    (
        "en",
        "It remains unclear how many of the newly listed species have ever been surveyed in the wild.",
        False,
        [],
        None,
    ),
    # --- Yellowstone grizzlies (AP), October ---
    (
        "en",
        "BOZEMAN, Mont. (AP) — The grizzly bear population in and around Yellowstone National Park has grown to an estimated 1,086 animals, the highest count since federal protections began in 1975, wildlife officials said Tuesday.",
        True,
        [("count", 1086, None, "about"), ("year", 1975, None, None)],
        None,
    ),
    (
        "en",
        "Biologists documented 58 females with cubs last year, up from 47 the year before.",
        True,
        [("count", 58, None, None), ("count", 47, None, None)],
        None,
    ),
    (
        "en",
        "At least 44 grizzlies died in the region, most of them in conflicts with livestock or hunters, according to the Interagency Grizzly Bear Study Team.",
        True,
        [("count", 44, None, "at_least")],
        None,
    ),
    (
        "en",
        "Wyoming Game and Fish Director Curtis Bannerman said the state would hold a limited hunt of up to 12 bears if federal protections are lifted.",
        True,
        [("count", 12, None, "up_to")],
        "Curtis Bannerman",
    ),
    ("en", '"The bear has recovered, and it is time we let the science speak," Bannerman said.', False, [], None),
    (
        "en",
        "Ranchers say they lost more than 200 cattle and sheep to grizzlies in Wyoming and Montana last year.",
        True,
        [("count", 200, None, "over")],
        None,
    ),
    ("en", "Tribal leaders and conservation groups vowed to fight any delisting in court.", False, [], None),
    (
        "en",
        "The U.S. Fish and Wildlife Service has twice tried to remove the bears from the endangered list, in 2007 and 2017, and lost in court both times.",
        True,
        [("count", 2, None, None), ("year", 2007, None, None), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        "Rangers have fitted two dozen of the bears with GPS collars to track them outside the park.",
        True,
        [("count", 24, None, None)],
        None,
    ),
    # --- Wildnis in Sachsen-Anhalt (dpa/sa), Oktober ---
    (
        "de",
        "Magdeburg (dpa/sa) - Sachsen-Anhalt stellt weitere 3.200 Hektar Landeswald im Harz und in der Dübener Heide dauerhaft unter Schutz.",
        True,
        [("count", 3200, None, None)],
        None,
    ),
    (
        "de",
        "Damit wachse der Anteil der Wildnisgebiete an der Landesfläche auf 1,8 Prozent, sagte Umweltminister Andreas Köhnlein.",
        True,
        [("percent", 1.8, "%", None)],
        "Andreas Köhnlein",
    ),
    (
        "de",
        "Die Bundesregierung hatte sich 2007 das Ziel gesetzt, bis 2020 zwei Prozent der Landesfläche der Wildnis zu überlassen.",
        True,
        [("year", 2007, None, None), ("year", 2020, None, None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "de",
        "Bundesweit liegt der Anteil nach Angaben des Bundesamts für Naturschutz derzeit bei 0,8 Prozent.",
        True,
        [("percent", 0.8, "%", None)],
        "das Bundesamt für Naturschutz",
    ),
    (
        "de",
        "Die Sägeindustrie beziffert den Ausfall auf jährlich rund 25.000 Festmeter Holz.",
        True,
        [("count", 25000, None, "about")],
        None,
    ),
    (
        "de",
        "„Stilllegung ist kein Naturschutz, sondern Verschwendung eines nachwachsenden Rohstoffs“, sagte der Geschäftsführer des Waldbesitzerverbands.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Köhnlein hofft, dass auf den Flächen binnen weniger Jahrzehnte ein „Urwald von morgen“ entsteht.",
        False,
        [],
        None,
    ),
    # --- Wölfe in Deutschland (dpa), November ---
    (
        "de",
        "Bonn (dpa) - Im Monitoringjahr 2024/25 sind in Deutschland 227 Wolfsrudel, 41 Paare und 16 sesshafte Einzelwölfe nachgewiesen worden, teilte das Bundesamt für Naturschutz am Dienstag mit.",
        True,
        [
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("count", 227, None, None),
            ("count", 41, None, None),
            ("count", 16, None, None),
        ],
        "das Bundesamt für Naturschutz",
    ),
    ("de", "Das sind 18 Rudel mehr als im Jahr zuvor.", True, [("count", 18, None, None)], None),
    (
        "de",
        "Die meisten Rudel leben in Brandenburg (58), Niedersachsen (49) und Sachsen (37).",
        True,
        [("count", 58, None, None), ("count", 49, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Fachleute schätzen die Zahl der Wölfe in Deutschland auf rund 1.600 bis 1.800 Tiere.",
        True,
        [("count", 1600, None, "about"), ("count", 1800, None, None)],
        None,
    ),
    (
        "de",
        "Im vergangenen Jahr töteten Wölfe bundesweit 5.212 Nutztiere, knapp sieben Prozent weniger als im Jahr davor.",
        True,
        [("count", 5212, None, None), ("percent", 7, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Bauernpräsident Gerd Hollmichel sagte, die Weidetierhaltung sei in vielen Regionen „schlicht nicht mehr zumutbar“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hollmichel sagte, der Verband verlange den Abschuss aller Wölfe, die binnen zwei Wochen mehr als drei geschützte Nutztiere reißen.",
        True,
        [("duration", 2, "week", None), ("count", 3, None, "over")],
        "Hollmichel",
    ),
    (
        "de",
        "Der Deutsche Jagdverband verlangt, den Wolf ins Jagdrecht aufzunehmen und eine jährliche Obergrenze je Bundesland festzulegen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Der Wolf ist nicht das Problem, sondern fehlender Herdenschutz“, sagte Nabu-Präsidentin Karola Steinhäuser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Umweltminister der Länder einigten sich nach einer sechsstündigen Sitzung auf einen Zehn-Punkte-Plan zum Umgang mit dem Wolf.",
        True,
        [("duration", 6, "hour", None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Viele Schäfer fürchten, dass sich die Zahl der Risse in den kommenden Jahren noch verdoppeln könnte.",
        False,
        [],
        None,
    ),
    # --- Botswana's elephant quota (AFP), November ---
    (
        "en",
        "GABORONE (AFP) - Botswana will issue licences to hunt 350 elephants next year, up from 287 this year, the environment ministry said on Wednesday.",
        True,
        [("count", 350, None, None), ("count", 287, None, None)],
        None,
    ),
    (
        "en",
        "The country is home to about 126,000 elephants, nearly a third of Africa's savannah elephants.",
        True,
        [("count", 126000, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Environment Minister Boitumelo Kgosietsile said trophy hunting earned about $2.8 million last year and a fifth of that went to rural communities.",
        True,
        [("money", 2800000, "USD", "about"), ("fraction", 0.2, None, None)],
        "Boitumelo Kgosietsile",
    ),
    (
        "en",
        '"We will not be lectured by countries that wiped out their own wildlife centuries ago," Kgosietsile said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Elephants killed 14 people in Botswana last year and trampled crops on about 9,000 hectares, according to government figures.",
        True,
        [("count", 14, None, None), ("count", 9000, None, "about")],
        None,
    ),
    ("en", 'Animal welfare groups called the quota "a price list for Africa\'s giants."', False, [], None),
    (
        "en",
        "Villagers in the Okavango Delta hope the hunt will keep elephants away from their maize fields.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Botswana lifted a five-year ban on trophy hunting in 2019, and Namibia and Zimbabwe have raised their elephant quotas since 2023.",
        True,
        [("duration", 5, "year", None), ("year", 2019, None, None), ("year", 2023, None, None)],
        None,
    ),
]
