"""Four-hundred-and-thirty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: heads of state and government appear only by office
("the president"), and ministers, commissioners, agency heads, park and project leaders,
rangers and spokespeople of real governments and bodies appear under made-up names that
stand for no real holder, or by their role only („der Umweltminister“, „die
Vorstandssprecherin“, „ein Sprecher der Arbeitsgemeinschaft Kranichschutz“, „eine Sprecherin
der Stiftung“, "the natural resources minister", "the cabinet secretary for tourism and
wildlife", "a Commission spokeswoman").

Names: Karin Dellbrügge-Sahm, Frank-Ulrich Bökemeier, Rebekka Hallstein-Oyen, Svenja
Oberdörfer-Kaya, Raimund Engelhorn, Theresia Auer-Lindpaintner, Gian Reto Padrutt, Rahel
Zumstein-Pfister, Dominik Waldegger, Moritz Achenbach-Tiede, Theresa Pfeiffer-Ulmen,
Elisabeth Tschurtschenthaler, Ruedi Gasser-Imboden, Benedikt Strohhammer and Wiebke
Sanderhoff; Marguerite Oduya-Blake, Hollis Carver-Ndiaye, Bronagh Kilbride, Caio
Albuquerque-Lins, Wendell Hargrove, Teodora Vasquez-Hale, Annika Sjöberg-Falk, Fergus
MacIlwraith, Hamish Strachan-Bell, Peter Lindow-Graves, Miles Abernethy-Kane, Delia
Castellanos-Ruiz, Siti Rahmawati Nasution, Jarosław Wierzbicki-Nowak, Rosa Tuilagi-Benn,
Måns Ekdahl-Berg, Linnea Forsgren-Ahl, Agnieszka Wróblewska-Tarnas and Lorraine
Eastgate-Pike; no firm is made up; every unnamed minister, cabinet secretary, commissioner's
spokeswoman, spokesperson, hunter, farmer, forester, ranger, fisherman, timber worker,
scientist and official. Real states, bodies, parties, programmes, places and media
(Bundesamt für Naturschutz, BfN, Deutscher Bauernverband, Nationalpark Harz, Landeszentrum
Wald, Sachsen-Anhalt, Rote Liste, Nabu, Schwarzwald, Landesjagdverband, Umweltministerium in
Stuttgart, Agrarministerium, Treuenbrietzen, Österreichische Bundesforste, ÖBf,
Unterengadin, Trentino, Amt für Jagd und Fischerei, Schweizer Bauernverband, Bundesamt für
Umwelt, Bafu, Weltnaturabkommen, Pro Natura, Biodiversitätsinitiative, Arbeitsgemeinschaft
Kranichschutz, Boddenküste, FLI, Haushaltsausschuss, Bundesprogramm Biologische Vielfalt,
Aktionsprogramm Natürlicher Klimaschutz, WWF, Union, Bundestag, Bund Naturschutz, Technische
Universität München, Deutsche Wildtier Stiftung, Statistik Austria, Stiftung Pro Bartgeier,
Jagd Schweiz, „Frankfurter Allgemeine Sonntagszeitung“, Bundeswaldinventur, AGDW, SWR, BUND,
Tagfalter-Monitoring Deutschland, Industrieverband Agrar; the University of Maryland, Global
Forest Watch, the Glasgow climate summit, the RSPB, Prodes, Ibama, the Cerrado, Mato Grosso,
the Interagency Grizzly Bear Study Team, the U.S. Fish and Wildlife Service, Montana Fish,
Wildlife and Parks, Mexico's environment ministry, the navy, San Felipe, the IUCN and its
Red List, NatureScot, NFU Scotland, the Cairngorms, the Forestry Commission, the Woodland
Trust, British Columbia, Kalimantan, Greenpeace Indonesia, the Western Forest Complex, the
Kenya Wildlife Service, the European Commission, the LIFE programme, BirdLife Europe, the
Forestry Corporation, the Swedish Environmental Protection Agency, the Swedish Society for
Nature Conservation, State Forests, Bialowieza, and the datelines' cities) stand for the way
wire copy names them; every count of animals, pack, pair, area, volume, share, sum, vote,
age, date and quote here is invented, and where a real figure came to mind (a real wolf,
grizzly, crane, tiger, vultures' or monarch count, a real deforestation, red-list, State of
Nature or ash-dieback figure, a real hunting quota, a real vote result, a real number of
anti-net blocks) it was changed (the years of bans, summits, listings, votes and first
releases kept).

Its weight: WILDLIFE, FORESTS AND BIODIVERSITY, fourth round for the topic (the
seventy-fourth batch weighed climate science, environment and nature, the hundred-sixtieth
environment, wildlife and pollution, the two-hundred-and-forty-fourth nature, wildlife and
biodiversity, the two-hundred-and-seventy-sixth environment and pollution, the
three-hundred-and-sixteenth wildlife, forests and biodiversity and the
three-hundred-and-seventy-first climate and environment policy; their decisions are kept) -
this time as one wire week, Monday, November 16, to Sunday, November 22, 34 short stories in
story order, the German and English ones interleaved by day, about half in each language.
German (dpa with "dpa/sa", "dpa/lsw", "dpa/bb", "dpa/mv", "dpa/lby", "dpa/lrs", APA with
Austrian "heuer", „Festmeter“, „Jagdjahr“, Keystone-SDA with «» quotes, „hiess“, „Gemäss“
and „7'000“; German „“ quotes): Germany's wolf monitoring, bark beetle in the Harz, the
overall balance of the red lists, lynx released in the Black Forest, Brandenburg's forest
fires, damaged timber at the Austrian federal forests, a bear in the Lower Engadine,
Switzerland's protected areas and the 30 percent target, cranes and bird flu on the Baltic
coast, the butterfly monitoring, the conservation budget in the Bundestag, beavers in
Bavaria, lesser spotted eagles, golden jackals and Austria's hunting statistics, bearded
vultures, a Sunday-paper interview on the state of the forest and wildcats in
Rhineland-Palatinate. English (Reuters with dated datelines, AP, AFP, PA, AAP): tropical
forest loss, the State of Nature report, Amazon deforestation, Yellowstone's grizzlies, the
vaquita, the IUCN Red List update, lynx for the Cairngorms, woodland planting in England,
spruce beetle in British Columbia, Bornean orangutans, Thailand's tigers, Kenya's elephants,
EU nature funding, koalas in New South Wales, Sweden's bear hunt, a logging halt in Poland
and the monarch butterfly. Speakers, 35 checked, in the forms the earlier batches settled
and three this batch settles: German „teilte X mit“, „wie X mitteilte“, „X sagte, ...“ with
the office, „sagte X an einer Medienkonferenz“, „sagte X der Nachrichtenagentur dpa“, „Im
Interview mit dem SWR sagte X“, „zitierte X mit den Worten“, „erklärte X“, „so X“, „Laut X“,
the name in apposition after „sagte die Präsidentin des ...“ and „Der Wildbiologin X
zufolge“; English "X said" with the office, "told reporters", "told Reuters", a quote with a
figure followed by "said X", a body with its article and "said X, co-director of ...";
beside them the forms left unchecked - pronouns and roles, plural groups, compounds („nach
Nabu-Angaben“, „Nach FLI-Angaben“), a bare office noun in the genitive, estimates, data and
counts („nach Schätzungen der Parkverwaltung“, „Nach Berechnungen des WWF“, „nach Zahlen der
Deutschen Wildtier Stiftung“, „Gemäss Bafu“), „hieß es“, verbs that are not of saying
(„meldete“, „verwies darauf“, „fordert“, „verlangt“, „kritisierten“), descriptions and
relative clauses between a name and its verb, bodies the earlier batches left unchecked and
every "according to". Figures as such copy has them: animal counts (wolves, packs and pairs,
lynx, bears, cranes, beavers, jackals, game, vultures, eagles, wildcats, grizzlies,
vaquitas, orangutans, tigers and cubs, elephants, koalas, bison, monarchs, sheep), hectares
and square kilometres of forest lost, burned, bought or protected, bark-beetle and damaged
timber in „Kubikmeter“, „Festmeter“ and "cubic metres", shares of species threatened („Fast
jede dritte ... Tierart“, „mehr als die Hälfte“, „knapp zwei Drittel“, "One in seven
species", "Nearly two in five"), red-list counts and a red-list category, protected-area
percentages and percentage points, conservation budgets, compensation and fines in euros,
francs, pounds, dollars, Canadian and Australian dollars, reais, zlotys, shillings and
pesos; number words and compounds („elf Rudel“, „zweistündigen“, „zweijährige“, „alle vier
Stunden“, „fünf Tage lang“, „das 30-Prozent-Ziel“, „knapp jeder achte“, „knapp vier
Fünfteln“, "a 12-week", "a 15-day", "A 9-year-old", "a 740-strong herd", "a
17,200-square-kilometre belt"), ordinals, ages, spans, years and dates. Negatives as such
copy has them - 56 rows, none with a figure: rhetoric and creed in quotes from the same
speakers who give the figures, labels from farmers, hunters, forest owners, conservation
groups, tribal leaders and parties („nannte“, „sprach von“, „bezeichnete ... als“,
„kritisieren ... als“, "called"), verdicts with „halten ... für“, accusations naming no act,
a group verdict, a warning naming no measure, fears, worries and a doubt, a rhetorical
question, and evasions and dodges, each near a check-worthy look-alike from the same story.

242 rows (124 German, 118 English), 56 negatives (29 German, 27 English), 186 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 312 expected quantities (126
counts, 57 years, 36 percentages - 35 in "%", 1 in percentage points "pp" -, 31 amounts of
money - 18 EUR, 3 GBP, 2 PLN, 2 USD, 1 each AUD, BRL, CAD, CHF, KES, MXN -, 26 durations -
18 in years, 3 in days, 2 in hours, 2 in months, 1 in weeks -, 19 fractions, 9 dates, 8
ordinals; none of them in a negative), 35 checked speakers (18 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported fact,
  figure, plan, pledge, demand with a measure, rejection or finding is check-worthy with
  the speaker its own attribution gives, also in Konjunktiv I; quoted or reported
  rhetoric, creeds, labels, verdicts, fears, doubts, warnings naming no measure, evasions
  and dodges are negatives with speaker None, also with a named speaker (seventh,
  ninety-eighth, hundred-sixtieth, two-hundred-and-fourth, two-hundred-and-forty-fourth,
  three-hundred-and-sixteenth, four-hundred-and-twentieth). Pairs from one speaker:
  Dellbrügge-Sahm's 5 percent beside „ein vernünftiges Miteinander“; Oduya-Blake's 36%
  beside "a pace the planet simply cannot afford"; Bökemeier's 40 percent beside „er
  verwandelt sich“; Hallstein-Oyen's 15 percent beside „eine Bibliothek, die für immer
  verbrennt“ (told by role); Albuquerque-Lins's 1,500 inspectors beside "The era of
  impunity"; Oberdörfer-Kaya's run-over lynx beside „um Jahre zurück“; Hargrove's 25 bears
  beside "a success story"; Engelhorn's 37 fires beside „Zunder“; Vasquez-Hale's two
  calves beside "a small miracle"; Auer-Lindpaintner's 62 percent beside „Geld und Geduld“
  and her silence on the drought (told by role); Sjöberg-Falk's saiga beside "when it is
  given time"; Padrutt's bear beside „kein Problem“; Zumstein-Pfister's 40 million francs
  beside „nicht mehr gratis“; Castellanos-Ruiz's C$160 million beside "the climate has
  already changed"; Nasution's corridors beside "We will not be lectured"; Waldegger's
  meadow species beside „wir verlieren Masse“; Achenbach-Tiede's 50,000 hectares beside
  „beim Hochwasserschutz drauf“; the cabinet secretary's 142 deaths beside "our farmers
  are losing" (both told by role); Pfeiffer-Ulmen's 850,000 euros beside „hört der Spaß
  auf“; Wierzbicki-Nowak's 10% beside "being mainstreamed"; Tschurtschenthaler's nine
  Länder beside „kein Wolf im Kleinformat“; Tuilagi-Benn's 18,000 hectares beside her
  rhetorical question; Gasser-Imboden's one in five beside „ihre Meinung über ihn
  geändert“; Strohhammer's 600,000 hectares beside „unser wichtigster Verbündeter“ (a
  superlative creed, two-hundred-and-fourth, told by role) and his dodge on beech forests;
  Wróblewska-Tarnas's 900 million zlotys beside "not a timber factory"; Sanderhoff's 212
  wildcats beside „nicht verloren“; Eastgate-Pike's rule for farmers beside "the barometer
  of the prairie".
- Check-worthy without a figure (hundred-sixtieth, two-hundred-and-forty-fourth,
  three-hundred-and-sixteenth): the publications of the red-list balance and the hunting
  statistics („Das geht aus ... hervor“ twice; a third such row carries a figure), the
  lynx run over near Freudenstadt („im Frühjahr“, „im Oktober“ none), the three states'
  request and the Service's refusal, the bear's clean record (told with „Laut“), the
  Bauernverband's and the Industrieverband Agrar's rejections (one side's account,
  sixty-eighth, hundred-sixtieth), a ministry spokesman's assurance on running projects
  (told by role), the vaquita's status and the Schreiadler's red-list status („gilt ...
  als vom Aussterben bedroht“), the jackals' main Länder, the Commission documents on
  ring-fencing, the Forestry Corporation's statement, the Swedish society's announced
  appeal (two-hundred-and-forty-fourth: an announced challenge in court), the forest
  turned from sink to source, Waldegger's finding and Eastgate-Pike's rule.
- Demands naming a measure are check-worthy (hundred-sixty-fifth,
  two-hundred-and-forty-fourth, three-hundred-and-sixteenth): the Bauernverband's
  „Obergrenze von 1.500 Wölfen“, the Schweizer Bauernverband's „nach höchstens zwei
  Rissen“ "at_most", the foundation's ban on lead shot „bis 2028“, the AGDW's „mindestens
  150 Euro je Hektar“ "at_least" and the Woodland Trust's 20,000 hectares a year by 2030;
  an announced step with a figure likewise (the Land's ten lynx, the Bund's „bis zu 100
  Euro je Hektar und Jahr“ "up_to", the TU Munich's „zweijährige Studie“ 2 years).
- Speakers, checked only in forms the earlier batches settled (and the New forms below).
  German: „teilte das Bundesamt für Naturschutz am Montag mit“ and „teilte das
  Landeszentrum Wald am Montag mit“ with the weekday dropped (hundred-sixtieth,
  two-hundred-and-forty-fourth), „wie das Bundesamt für Umwelt (Bafu) am Donnerstag
  mitteilte“ -> "das Bundesamt für Umwelt" with the abbreviation in brackets and the
  weekday dropped (two-hundred-and-forty-fourth, four-hundred-and-twentieth: „wie die
  Staatsanwaltschaft Köln am Dienstag mitteilte“), „X sagte, ...“ opening the row with the
  office dropped („Nationalparkleiter Frank-Ulrich Bökemeier“, „Bundesumweltministerin
  Rebekka Hallstein-Oyen“, „Projektleiterin Svenja Oberdörfer-Kaya“, „Grünen-Haushälter
  Moritz Achenbach-Tiede“, „Landwirtschaftsministerin Theresa Pfeiffer-Ulmen“;
  hundred-eightieth, three-hundred-and-sixteenth), „Vorstandssprecherin Theresia
  Auer-Lindpaintner sagte bei der Bilanzpressekonferenz am Mittwoch“ with the occasion and
  the weekday dropped (four-hundred-and-twentieth: „sagte auf der Bilanzpressekonferenz“),
  „sagte Bafu-Direktorin Rahel Zumstein-Pfister an einer Medienkonferenz in Bern“
  (four-hundred-and-twentieth), „Studienleiter Dominik Waldegger sagte der
  Nachrichtenagentur dpa“ with the addressee dropped (four-hundred-and-twentieth), „Im
  Interview mit dem SWR sagte Umweltstaatssekretärin Wiebke Sanderhoff am Sonntag“
  (three-hundred-and-fortieth, four-hundred-and-twentieth: „Im Interview mit dem
  Deutschlandfunk sagte ...“), „Die „Frankfurter Allgemeine Sonntagszeitung“ zitierte
  Bundeslandwirtschaftsminister Benedikt Strohhammer mit den Worten: „...““
  (three-hundred-and-fortieth, four-hundred-and-twentieth: „Die „Welt am Sonntag“ zitierte
  ...“), „erklärte Waldbrandschutzbeauftragter Raimund Engelhorn“ (eighty-fourth,
  four-hundred-and-twentieth), „so Projektleiter Ruedi Gasser-Imboden“ with the title
  dropped (tenth: „so Bürgermeister X“), „Laut Wildhüter Gian Reto Padrutt“
  (four-hundred-and-twentieth: „Laut Landespolizeipräsident ...“). English: the name with
  the office dropped ("Nature Minister Bronagh Kilbride said", "Montana Fish, Wildlife and
  Parks Director Wendell Hargrove said", "Red List unit head Annika Sjöberg-Falk said",
  "Rural Affairs Secretary Fergus MacIlwraith said", "Forestry Minister Peter
  Lindow-Graves said", "Forestry Minister Siti Rahmawati Nasution said", "Environment
  Minister Rosa Tuilagi-Benn said", "Climate Minister Agnieszka Wróblewska-Tarnas said",
  "Service Director Lorraine Eastgate-Pike said"; hundred-forty-fifth,
  three-hundred-and-sixteenth), "Environment Minister Caio Albuquerque-Lins told
  reporters" and "Environment Commissioner Jarosław Wierzbicki-Nowak told reporters"
  (two-hundred-and-forty-fourth), "Rural Affairs Minister Måns Ekdahl-Berg told Reuters"
  (four-hundred-and-twentieth: "told Reuters in an interview"), a quote with a figure
  followed by "said Forests Minister Delia Castellanos-Ruiz" (hundred-thirty-ninth,
  four-hundred-and-twentieth), "the Kenya Wildlife Service said Friday", "the IUCN said on
  Wednesday" and "the Fish and Wildlife Service said Sunday" with their article and the
  weekday dropped (hundred-sixtieth: "the Environment Agency said", "the U.S. Coast Guard
  said on Thursday"; four-hundred-and-twentieth: "the Minnesota Nurses Association said
  Wednesday"). Each row's diacritics and hyphens are its speaker's ("Annika Sjöberg-Falk",
  "Måns Ekdahl-Berg", "Jarosław Wierzbicki-Nowak", "Agnieszka Wróblewska-Tarnas", „Karin
  Dellbrügge-Sahm“, „Frank-Ulrich Bökemeier“, „Svenja Oberdörfer-Kaya“;
  three-hundred-and-twenty-fourth, four-hundred-and-twentieth).
- New: „sagte die Präsidentin des Bundesamts für Naturschutz, Karin Dellbrügge-Sahm, am
  Montag in Bonn“ -> "Karin Dellbrügge-Sahm" - the name in apposition after the office, as
  "the head of immunization at the WHO's European office, Dr. Henrik Ødegaard-Lunde, told
  a briefing" (three-hundred-and-fortieth, four-hundred-and-twentieth) in English; the
  office before the comma is dropped as a title is, the weekday and the place after the
  second comma as after „sagte X“.
- New: „Der Wildbiologin Elisabeth Tschurtschenthaler zufolge“ -> "Elisabeth
  Tschurtschenthaler" - „X zufolge“ names its source as „Dem ÖSV zufolge“ and „Von der
  Wehl zufolge“ do (fourteenth, four-hundred-and-twentieth), and the title with its dative
  article drops as after „Laut“ (four-hundred-and-twentieth).
- New: "..., said Marguerite Oduya-Blake, co-director of Global Forest Watch." ->
  "Marguerite Oduya-Blake" - a description after the name that follows "said" parts
  nothing from its verb, as "said Dr. Amina Clarke, who led the study" gave the name
  (tenth, four-hundred-and-twentieth); a description between a name and its verb stays
  unchecked ("Hollis Carver-Ndiaye, the RSPB's chief executive, said";
  two-hundred-and-thirty-third, three-hundredth), and so does a quote followed by "said X,
  the society's predator expert" in a negative.
- Left unchecked (None): all negatives, also those with a named speaker; pronouns and
  roles („sagte die Ministerin“, „hieß es im Umweltministerium in Stuttgart“, „so die
  Vorstandssprecherin“, „ließ die Vorstandssprecherin offen“, „sagte ein Sprecher der
  Arbeitsgemeinschaft Kranichschutz“, „sagte der Sprecher“, „Ein Sprecher des
  Umweltministeriums sagte“, „Der Umweltminister sagte“, „sagte eine Sprecherin der
  Stiftung“, „sagte er dem Blatt“, „sagte der Minister“, „so die Staatssekretärin“, „so
  der Studienleiter“, "she added", "She said", "she said", "the natural resources minister
  told reporters", "the minister said", "the cabinet secretary for tourism and wildlife
  told reporters", "a Commission spokeswoman said"; four-hundred-and-twentieth), plural
  groups („Nach Angaben der Länder“, „kritisierten Naturschützer“, "the researchers said",
  "campaigners said", "Farm groups ... said", "Timber industry groups said"; forty-first),
  compounds („nach Nabu-Angaben“, „Nach FLI-Angaben“; three-hundred-and-seventy-first),
  the genitive of a bare office noun („nach Angaben des Amts“; four-hundred-and-twentieth:
  „Nach Angaben des Verbands“), estimates, calculations, data and documents („nach
  Schätzungen der Parkverwaltung“, „nach neuen Schätzungen“, „Nach Berechnungen des WWF“,
  „nach Zahlen der Deutschen Wildtier Stiftung“, „nach dem jüngsten Monitoring“, „Nach der
  Bundeswaldinventur“, „Gemäss Bafu“, „Gemäss dem Amt“, "the report found", "the report
  said", "the survey found", "the survey said", "the update showed", "the annual count ...
  showed", "official data ... showed", "Commission documents showed", "Forestry Commission
  figures show", "the ministry estimates"; hundred-tenth, hundred-sixtieth,
  three-hundred-and-sixteenth), „hiess es beim kantonalen Amt für Jagd und Fischerei“ and
  „hiess es bei der Stiftung Pro Bartgeier“, verbs that are not of saying („meldete das
  Agrarministerium“, „verwies darauf“, „fordert“, „verlangt“, „wies ... zurück“,
  „vorstellte“, „veröffentlichte“; hundred-sixtieth, four-hundred-and-twentieth),
  descriptions before a name ("Farmers' union NFU Scotland said", "The state-owned
  Forestry Corporation said"; fortieth, two-hundred-and-forty-fourth), a description or
  relative clause between a name and its verb ("Hollis Carver-Ndiaye, the RSPB's chief
  executive, said", "Teodora Vasquez-Hale, who led the survey, said", "State Forests,
  which manages ..., said"; hundred-sixteenth, two-hundred-and-thirty-third), a possessive
  or a description heading a ministry ("Mexico's environment ministry said", "the
  provincial forests ministry said", "the climate ministry said", "the national parks
  department said", "the department said"; eighty-third, two-hundred-and-forty-fourth),
  "the Swedish Environmental Protection Agency said" and "The Swedish Society for Nature
  Conservation said" (two-hundred-and-forty-fourth left both unchecked, and this batch
  keeps that), and every "according to" (a report by more than 50 organisations, agency
  figures, the Interagency Grizzly Bear Study Team's count, a Commission tally, the
  agency, the Woodland Trust, the notice, a state government survey, University of
  Maryland data; two-hundred-and-fourth, four-hundred-and-twentieth).
- Animals, areas, volumes and other counts as written (hundred-sixtieth,
  two-hundred-and-forty-fourth, three-hundred-and-sixteenth): „236 Wolfsrudel, 52 Paare
  und 24 sesshafte Einzeltiere“, „elf Rudel mehr“ („mehr“ after the figure compares),
  figures in brackets after names („Brandenburg (64), Niedersachsen (55) und Sachsen
  (41)“; two-hundred-and-forty-fourth), „mehr als 9.000 Hektar“ "over", „rund 1,7
  Millionen Kubikmeter“ "about", „2,3 Millionen Kubikmeter“ („noch“ no hedge), „rund 1,3
  Millionen Festmeter“ "about" (two-hundred-and-forty-fourth), „2,8 Millionen junge
  Bäume“, „Von den knapp 12.000 ... 3.870 ..., 714 weitere“ („weitere“ no hedge), „Sieben
  von 21 Arten ..., zwei davon“ 7, 21 and 2 (three-hundred-and-sixteenth: „fünf der neun
  Bundesländer“), „zwei weitere Luchse ..., mindestens elf Tiere“ "at_least", „insgesamt
  zehn Luchse“, „mindestens drei Luchse“, „412 Waldbrände rund 1.240 Hektar“ the hedge on
  the second only, „480 Hektar“, „3.000 Hektar“ („jedes Jahr“ none), „insgesamt 23
  verschiedene Bären“, „rund 7'000 Quadratkilometer“ (Swiss apostrophe, tenth), „rund
  58.000 rastende Kraniche“, „knapp 10.000 mehr“ "nearly", „auf rund 9.800 Paare mehr als
  verdreifacht“ 9,800 "about" („mehr als“ before a verb none,
  two-hundred-and-forty-fourth), „mehr als 1.200 Kraniche“, „bei 431 Wildvögeln“ („H5N1“
  none, hundred-fifteenth: „Subtyp H5N1“), „rund 700 Kraniche“, „rund 600 Ehrenamtliche“,
  „Von 191 ... seien 87“, „rund 50.000 Hektar“, „2.870 Biber“, „der rund 24.000 Biber“,
  „71 Schreiadlerpaare“ („nur noch“ no hedge), „rund 1.900 Hektar“, „136 junge
  Schreiadler“, „164 Tiere“, „in allen neun Bundesländern“ 9 („allen“ no hedge,
  three-hundred-and-sixteenth: "all eight species"), „rund 812.000 Stück Wild“
  (three-hundred-and-sixteenth: „rund 790.000 Stück Wild“), „in fünf der neun
  Bundesländer“ 5 and 9, „74 Bartgeierpaare“, „41 Jungvögel, davon neun“, „238 Bartgeier“,
  „rund 600.000 Hektar“, „11,2 Millionen Hektar“, „rund 3.400 Wildkatzen“, „auf 212“, „elf
  Grünbrücken“, „höchstens zwei Rissen“ "at_most"; "5.9 million hectares", "about 1.6
  million hectares ... 870,000 hectares", "more than 1 million hectares", "more than 50
  conservation and research organisations", "the 812 land and freshwater species", "11 of
  its 19" (two-hundred-and-seventy-sixth: "17 of the 27 member states"), "to 5,420 square
  kilometres", "to 7,640 square kilometres", "1,500 more environmental inspectors" ("more"
  after the figure compares), "an estimated 1,112 ..., up from 1,064" "about" on the first
  only, "47 bears", "at most 25 bears a year" "at_most" ("a year" none), "between seven
  and 10" both with no hedge (three-hundred-and-sixteenth: "between 81 and 89"), "226
  concrete blocks", "About 500 fishing families", "More than 51,300 of the 181,200
  species" "over" on the first only, "61 species", "about 1.9 million", "15 Eurasian
  lynx", "more than 3,000 sheep", "4,870 hectares ... 10,000 hectares a year", "20,000
  hectares a year", "about 740,000 hectares", "more than twice the area" 2 "over"
  (hundred-sixtieth: "more than twice the area"), "by 4.2 million cubic metres", "Three
  sawmills ..., about 600 jobs", "an estimated 57,000" "about", "roughly 2.1 million
  hectares" "about", "12 new habitat corridors", "About 160 orangutans", "to 196 from
  about 150", "41 cubs", "64 suspected poachers", "to 38,120 from roughly 16,400" "about"
  on the second only, "11 elephants", "268", "142 people", "14", "an estimated 24,000"
  "about", "41,500 hectares", "18,000 hectares", "412 brown bears", "an estimated 2,100
  bears, down from about 3,000" both "about", "at least 1,700 bears" "at_least", "four
  people" ("none of them" none), "about 1.3 million hectares", "around 4 million cubic
  metres" "about", "12,000 jobs", "about 12,400 monarchs" ("millions" none), "across 22
  states". Multiples: „fast doppelt so viele wie im Jagdjahr zuvor“ 2 "nearly"
  (two-hundred-and-forty-fourth). Hyphenated compounds give their figure: "a
  17,200-square-kilometre belt" 17,200 (two-hundred-and-forty-fourth: "a 168,000-hectare
  national park"). New: "a 740-strong herd of European bison" is count 740 - "-strong"
  after a figure counts the members of the group it names, the figure in the hyphenated
  compound read as written as in "a 1,200-hectare estate" and "a 10-knot speed limit"
  (two-hundred-and-forty-fourth, three-hundred-and-sixteenth). New: „zwei davon in
  Kategorie 1 („vom Aussterben bedroht“)“ gives count 1 beside 2 - a red-list category is
  a level on a scale, as „auf Stufe vier“ and „auf der höchsten Stufe fünf“
  (hundred-twenty-sixth, hundred-thirty-fifth, hundred-sixtieth), not a name that holds a
  figure like "Isar 2" or „Die Natura-2000-Gebiete“ (two-hundred-and-twenty-ninth,
  three-hundred-and-sixteenth).
- Percentages and fractions as written (every batch): „mit knapp 5 Prozent“ "nearly",
  „rund 8 Prozent weniger“ "about", „auf 40 Prozent“, „rund 15 Prozent“ "about", „erst 6,5
  Prozent“ („erst“ no hedge), „für 62 Prozent“, „um 14 Prozent auf durchschnittlich 96
  Euro“ (no hedge), „mehr als 40 Prozent“ "over", „38 Prozent“, „mit 61 Prozent
  Nein-Stimmen“, „fast 20 Prozent mehr“ "nearly", „um 3 Prozent weniger“, „um
  durchschnittlich 36 Prozent“ (no hedge), "14% less", "by 36%", "by an average of 23%"
  (no hedge), "48% ... by 21%", "Only 4%" ("Only" no hedge), "fell 8% ..., by 6%", "at
  least 10%" "at_least", "to 47%", "Only about 8%" "about", "61% ... 27%", "up to 70%"
  "up_to", "only 2.8%", "by 18%", "by 40%", "more than 98%" and "more than 90%" "over",
  "on 18%"; percentage points: „0,6 Prozentpunkte mehr als vor fünf Jahren“ 0.6 "pp" and 5
  years (tenth, four-hundred-and-twentieth: "by a quarter point"). Shares: „Fast jede
  dritte ... Tierart“ 0.3333 "nearly" (the issue's "jeder vierte";
  three-hundred-and-sixteenth: „jede dritte der untersuchten Arten“), „knapp vier
  Fünfteln“ 0.8 "nearly" (two-hundred-and-forty-fourth: „An knapp drei Vierteln“), „mehr
  als die Hälfte“ 0.5 "over", „knapp ein Drittel“ 0.3333 "nearly" (twice), „knapp zwei
  Drittel“ 0.6667 "nearly", „etwa ein Fünftel“ 0.2 "about", „knapp jeder achte“ 0.125
  "nearly" (four-hundred-and-twentieth: „knapp jeder dritte“), „Jeder fünfte“ 0.2, „knapp
  drei Viertel“ 0.75 "nearly", „etwa ein Viertel“ 0.25 "about", "nearly half" 0.5
  "nearly", "One in seven species" 0.1429 (four-hundred-and-twentieth: "About one in
  eight" 0.125; a share written to four places as the issue's „ein Drittel“ 0.3333), "by a
  quarter" 0.25, "Nearly two in five" 0.4 "nearly" (four-hundred-and-twentieth: "nearly
  nine in 10"), "by about a quarter" and "by about a third" "about", "less than half" 0.5
  "under" (two-hundred-and-forty-fourth: "Less than a fifth"), "almost a third" 0.3333
  "nearly". New: „das 30-Prozent-Ziel des Weltnaturabkommens“ is percent 30 - the figure
  inside the hyphenated compound read as written, its unit word giving the kind, as „ein
  25-Cent-Pfand“ gave 0.25 EUR (hundred-sixtieth); the target is stated, not only named,
  unlike „Die Natura-2000-Gebiete“ (three-hundred-and-sixteenth).
- Ordinals: "the third-highest loss" 3 (the issue's „die drittgrößte Stadt“;
  hundred-sixtieth: "the third highest rate"), "for a second year running" and "fell for a
  second year" 2, "for the fourth year in a row" 4, "the first fatal attack in the region
  in four years" 1 and 4 years (hundred-sixtieth: "the first national wildlife census in
  four years"), „der dritte Bärennachweis“ 3, "the province's second major beetle outbreak
  this century" 2 ("this century" none), "over the first 10 months" 1 and 10 months
  (four-hundred-and-twentieth: "in the year's first nine months"). „erstmals seit
  Jahrzehnten“, "the lowest in a decade", "the largest cull in decades", "the highest
  number", "the most since 2018" its year only, "the world's most endangered", "the
  largest of the species" none.
- Durations and ages (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week
  visit"): „bei einer zweistündigen Zählung“ 2 hours, „alle vier Stunden“ 4 hours
  (three-hundred-and-sixteenth), „des auf fünf Jahre angelegten Projekts“ 5 years, „fünf
  Tage lang“ 5 days (two-hundred-and-forty-fourth: „acht Wochen lang“), „eine zweijährige
  Studie“ 2 years, „vor fünf Jahren“ 5 years, „in den vergangenen 20 Jahren“ 20 years, "in
  the 12 months to July" 12 months (ninety-first), "a 15-day survey" 15 days, "a 12-week
  public consultation" 12 weeks (hundred-sixtieth), "over the next five years", "over
  three years" (twice), "over four years" and "over five years" ("over" before a span no
  hedge), "five years ago" (three times), "in 20 years", "around 1,300 years ago" 1,300
  years "about" ("around" "about", four-hundred-and-twentieth), "30 days after" 30 days;
  ages: „Das etwa zwei Jahre alte Männchen“ 2 years "about" (hundred-sixtieth), "A
  9-year-old female bear" 9 years. New: „so viele wie seit über hundert Jahren nicht mehr“
  is 100 years "over" - German „über“ before a figure reads as „mehr als“, before a span
  too (two-hundred-and-fifty-fifth: „über 60 Jahre“; four-hundred-and-twentieth: „über 75
  Jahre alt“), unlike English "over" before a span, which means "during" and carries none;
  "hundert" without "ein" is the number word. None: „im vergangenen Jahr“, „im Jahr
  davor“, „im Jahr zuvor“, „im Jagdjahr zuvor“, „im Jagdjahr davor“, „im Vorjahr“,
  „heuer“, „in diesem Jahr“, „im laufenden Jahr“, „seit Jahren“, „um Jahre“, „seit
  Oktober“, „seit dem Frühjahr“, „im Frühjahr“, „im Oktober“, „am Mittwochabend“, „pro
  Jahr“, „im Jahr“, „jährlich“, „jedes Jahr“, „je Hektar und Jahr“, „erstmals seit
  Jahrzehnten“, "last year", "this year", "the year before", "each year", "a year", "a
  month", "annual", "last winter", "in the year to March", "since January", "in January",
  "in September", "in March", "long ago", "this century", "in decades", "a decade", "since
  the 1980s" and "in the 1980s" (three-hundred-and-sixteenth: „seit den 1980er-Jahren“),
  weekdays.
- Years and dates: „im Monitoringjahr 2023/24“, „im Jagdjahr 2024/25“, "the bushfires of
  2019-20" and "the 2023-24 financial year" both years (two-hundred-and-forty-fourth,
  three-hundred-and-sixteenth); „seit 2018“ and „Seit 2018“, „bis 2027“, „bis 2030“ (three
  times), „bis Ende 2027“, „seit 2019“, „bis 2035“, „seit 2005“, „Seit 1904“, „ab 2027“,
  „im September 2024“ (two-hundred-and-forty-fourth: „im September 2020“), „seit 1990“,
  „im Herbst 2022“, „bis 2028“ (twice), „seit 2008“, „seit 2010“, „Seit 2004“, „seit
  2007“, „Seit dem Start der Auswilderungen 1986“ (two-hundred-and-forty-fourth: a year
  after a name dates it), „bis 2029“, "in 2002", "since 2022", "in 2021 ... by 2030",
  "since 1970", "between 2000 and 2021", "by 2027", "by 2030" (twice more), "since 2018",
  "since 1997", "by 2028" (twice), "since 2015", "in 2005", "since 2005", "in 2007",
  "since 2017", "in 1989", "in 2012", "since January 2024" its year
  (four-hundred-and-twentieth: "since March 2024"), "from 2028", "until 2027", "In 2022",
  "in 2022". Dates: „am 27. November“ --11-27. Reuters datelines with a day are dates
  without a year ("WASHINGTON, Nov 16" --11-16, "BRASILIA, Nov 17", "GLAND, Switzerland,
  Nov 18" with the country between city and day, "VANCOUVER, Nov 19", "BANGKOK, Nov 19",
  "BRUSSELS, Nov 20", "STOCKHOLM, Nov 21", "WARSAW, Nov 22"; hundred-sixtieth); dpa, APA,
  Keystone-SDA, AP ("BOZEMAN, Mont. (AP) —", "MEXICO CITY (AP) —", "NAIROBI, Kenya (AP)
  —", "WASHINGTON (AP) —"), AFP ("JAKARTA (AFP) -"), PA and AAP datelines none
  (seventy-ninth).
- Money in the currency written (every batch): EUR („zusammen rund 1,3 Millionen Euro“
  "about", „weitere 25 Millionen Euro“ („weitere“ no hedge), „rund 2,4 Millionen Euro“,
  „auf durchschnittlich 96 Euro je Festmeter“ („je Festmeter“ none), „insgesamt 120
  Millionen Euro“, „31,5 Millionen Euro, nach 44 Millionen Euro“, „um 15 Millionen Euro
  auf 63 Millionen Euro“, „insgesamt 3,5 Milliarden Euro ..., knapp 1 Milliarde Euro
  weniger“ "nearly" on the second, „rund 58 Milliarden Euro“, „rund 850.000 Euro“, „mit
  450.000 Euro im Jahr“, „bis zu 100 Euro je Hektar und Jahr“ "up_to", „mindestens 150
  Euro je Hektar“ "at_least", „im Schnitt rund sechs Millionen Euro“ "about" („im Schnitt“
  no hedge), "the EU's 5.9 billion euro LIFE programme"), CHF („um 40 Millionen Franken
  pro Jahr“), GBP ("£500 million", "an estimated cost of £12 billion" "about", "a further
  £120 million" - "a further" no hedge), USD ("$14 million" and the converted "($580
  million)" in brackets, unhedged; hundred-sixtieth), BRL ("3.1 billion reais"), CAD
  ("C$160 million"), AUD ("about A$95 million" "about"), PLN ("roughly 1.5 billion zlotys"
  "about", "900 million zlotys"), KES ("1.1 billion shillings" in the Kenya story) and MXN
  ("8,000 pesos a month" in the Mexico story) - the bare currency takes its country from
  the row, as the crown (hundred-first) and the rupee in a Nepal story
  (two-hundred-and-thirty-first, three-hundred-and-sixteenth).
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "around", "roughly",
  "an estimated" "about"; „knapp“, „fast“, „Fast“, "nearly", "Nearly", "almost" "nearly";
  „mehr als“, „über“, "more than", "More than" "over"; "less than" "under"; „bis zu“, "up
  to" "up_to"; „mindestens“, "at least" "at_least"; „höchstens“, "at most" "at_most". No
  hedge: „zusammen“ (before „rund“, which hedges), „insgesamt“, „Insgesamt“, „weitere“,
  „derzeit“, „Derzeit“, „erst“, „nur noch“, „noch“, „bislang“, „durchschnittlich“, „im
  Schnitt“, „davon“, „allen“, "alone", "only", "Only", "an average of", "a further",
  "between", "over" before a span, "more" and "less" after a figure, and „mehr“, „weniger“
  after one.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_438 = [
    # --- Wolfsmonitoring des Bundesamts für Naturschutz (dpa), Montag, 16. November ---
    (
        "de",
        "Bonn (dpa) - In Deutschland leben nach dem jüngsten Monitoring 236 Wolfsrudel, 52 Paare und 24 sesshafte Einzeltiere, teilte das Bundesamt für Naturschutz am Montag mit.",
        True,
        [("count", 236, None, None), ("count", 52, None, None), ("count", 24, None, None)],
        "das Bundesamt für Naturschutz",
    ),
    (
        "de",
        "Das sind elf Rudel mehr als im Monitoringjahr 2023/24.",
        True,
        [("count", 11, None, None), ("year", 2023, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Die meisten Rudel leben in Brandenburg (64), Niedersachsen (55) und Sachsen (41).",
        True,
        [("count", 64, None, None), ("count", 55, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Der Zuwachs habe sich mit knapp 5 Prozent deutlich verlangsamt, sagte die Präsidentin des Bundesamts für Naturschutz, Karin Dellbrügge-Sahm, am Montag in Bonn.",
        True,
        [("percent", 5, "%", "nearly")],
        "Karin Dellbrügge-Sahm",
    ),
    (
        "de",
        "„Der Wolf ist in Deutschland angekommen, jetzt geht es um ein vernünftiges Miteinander“, sagte Dellbrügge-Sahm.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Länder rissen Wölfe im vergangenen Jahr 4.960 Nutztiere, rund 8 Prozent weniger als im Jahr davor.",
        True,
        [("count", 4960, None, None), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Länder zahlten Schaf- und Ziegenhaltern dafür zusammen rund 1,3 Millionen Euro Entschädigung.",
        True,
        [("money", 1300000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Deutsche Bauernverband nannte die Zahlen „alarmierend“ und sprach von einem „Kontrollverlust auf den Weiden“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Verband fordert eine bundesweite Obergrenze von 1.500 Wölfen und ein vereinfachtes Verfahren für Abschüsse.",
        True,
        [("count", 1500, None, None)],
        None,
    ),
    # --- Global tree cover loss (Reuters), Monday Nov 16 ---
    (
        "en",
        "WASHINGTON, Nov 16 (Reuters) - The world's tropical regions lost 5.9 million hectares of old-growth rainforest last year, according to satellite data compiled by the University of Maryland and released on Monday on the Global Forest Watch platform.",
        True,
        [("date", "--11-16", None, None), ("count", 5900000, None, None)],
        None,
    ),
    (
        "en",
        "That was 14% less than the year before but still the third-highest loss since the data series began in 2002.",
        True,
        [("percent", 14, "%", None), ("ordinal", 3, None, None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "Fires accounted for nearly half of the loss for a second year running, the researchers said.",
        True,
        [("fraction", 0.5, None, "nearly"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Brazil alone lost about 1.6 million hectares, while Bolivia lost 870,000 hectares, more than in any other year on record.",
        True,
        [("count", 1600000, None, "about"), ("count", 870000, None, None)],
        None,
    ),
    (
        "en",
        "Loss of primary forest in Brazil's Amazon has fallen by 36% since 2022, said Marguerite Oduya-Blake, co-director of Global Forest Watch.",
        True,
        [("percent", 36, "%", None), ("year", 2022, None, None)],
        "Marguerite Oduya-Blake",
    ),
    (
        "en",
        '"We are still losing forest at a pace the planet simply cannot afford," Oduya-Blake said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Governments pledged at the Glasgow climate summit in 2021 to halt and reverse forest loss by 2030.",
        True,
        [("year", 2021, None, None), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Fires destroyed more than 1 million hectares of tropical primary forest for the fourth year in a row.",
        True,
        [("count", 1000000, None, "over"), ("ordinal", 4, None, None)],
        None,
    ),
    # --- Borkenkäfer im Harz (dpa/sa), Montag ---
    (
        "de",
        "Wernigerode (dpa/sa) - Im Nationalpark Harz sind seit 2018 nach Schätzungen der Parkverwaltung mehr als 9.000 Hektar Fichtenwald abgestorben.",
        True,
        [("year", 2018, None, None), ("count", 9000, None, "over")],
        None,
    ),
    (
        "de",
        "Das entspricht knapp vier Fünfteln der Fichtenbestände im Schutzgebiet.",
        True,
        [("fraction", 0.8, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im laufenden Jahr fielen dem Borkenkäfer in Sachsen-Anhalt rund 1,7 Millionen Kubikmeter Holz zum Opfer, teilte das Landeszentrum Wald am Montag mit.",
        True,
        [("count", 1700000, None, "about")],
        "das Landeszentrum Wald",
    ),
    (
        "de",
        "Im Jahr davor waren es noch 2,3 Millionen Kubikmeter Schadholz gewesen.",
        True,
        [("count", 2300000, None, None)],
        None,
    ),
    (
        "de",
        "Nationalparkleiter Frank-Ulrich Bökemeier sagte, auf 40 Prozent der abgestorbenen Flächen wachse bereits junger Mischwald nach.",
        True,
        [("percent", 40, "%", None)],
        "Frank-Ulrich Bökemeier",
    ),
    ("de", "„Der Wald stirbt nicht, er verwandelt sich“, sagte Bökemeier.", False, [], None),
    (
        "de",
        "Private Waldbesitzer kritisieren den Nationalpark seit Jahren als „Brutstätte“ für Käfer, die auf benachbarte Forste übergreifen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Landesregierung hat für die Wiederbewaldung bis 2027 weitere 25 Millionen Euro bereitgestellt.",
        True,
        [("year", 2027, None, None), ("money", 25000000, "EUR", None)],
        None,
    ),
    # --- State of Nature report (PA), Monday ---
    (
        "en",
        "LONDON (PA) - One in seven species in Great Britain is now at risk of disappearing, according to a report by more than 50 conservation and research organisations.",
        True,
        [("fraction", 0.1429, None, None), ("count", 50, None, "over")],
        None,
    ),
    (
        "en",
        "The abundance of the 812 land and freshwater species studied has fallen by an average of 23% since 1970, the report found.",
        True,
        [("count", 812, None, None), ("percent", 23, "%", None), ("year", 1970, None, None)],
        None,
    ),
    (
        "en",
        "Flowering plants have vanished from 48% of the places where they once grew, and butterflies have declined by 21%.",
        True,
        [("percent", 48, "%", None), ("percent", 21, "%", None)],
        None,
    ),
    (
        "en",
        "Hollis Carver-Ndiaye, the RSPB's chief executive, said the government was on course to miss 11 of its 19 legally binding targets for nature.",
        True,
        [("count", 11, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        '"Nature is not a luxury we can come back to once the economy is fixed," Carver-Ndiaye said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nature Minister Bronagh Kilbride said £500 million would go to restoring peat bogs and woodland over the next five years.",
        True,
        [("money", 500000000, "GBP", None), ("duration", 5, "year", None)],
        "Bronagh Kilbride",
    ),
    (
        "en",
        "Seabird numbers fell by a quarter between 2000 and 2021, the report found.",
        True,
        [("fraction", 0.25, None, None), ("year", 2000, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Only 4% of England's land is both protected and well managed for wildlife, the report said.",
        True,
        [("percent", 4, "%", None)],
        None,
    ),
    # --- Rote Listen (dpa), Dienstag, 17. November ---
    (
        "de",
        "Berlin (dpa) - Fast jede dritte in Deutschland heimische Tierart steht inzwischen auf der Roten Liste.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Von den knapp 12.000 bewerteten Arten gelten 3.870 als bestandsgefährdet, 714 weitere als ausgestorben oder verschollen.",
        True,
        [("count", 12000, None, "nearly"), ("count", 3870, None, None), ("count", 714, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus der neuen Gesamtbilanz der Roten Listen hervor, die das Bundesamt für Naturschutz am Dienstag in Berlin vorstellte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am schlechtesten steht es um die Amphibien: Sieben von 21 Arten sind gefährdet, zwei davon in Kategorie 1 („vom Aussterben bedroht“).",
        True,
        [("count", 7, None, None), ("count", 21, None, None), ("count", 2, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Bei den Tagfaltern ist nach Angaben des Amts mehr als die Hälfte der Arten gefährdet.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "Bundesumweltministerin Rebekka Hallstein-Oyen sagte, Deutschland werde bis 2030 rund 15 Prozent seiner Landfläche streng schützen.",
        True,
        [("year", 2030, None, None), ("percent", 15, "%", "about")],
        "Rebekka Hallstein-Oyen",
    ),
    (
        "de",
        "„Jede Art, die wir verlieren, ist eine Bibliothek, die für immer verbrennt“, sagte die Ministerin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Derzeit stehen nach Nabu-Angaben erst 6,5 Prozent der Landfläche unter strengem Schutz.",
        True,
        [("percent", 6.5, "%", None)],
        None,
    ),
    ("de", "Der Nabu nannte die Bilanz ein „Armutszeugnis“ für die deutsche Agrarpolitik.", False, [], None),
    # --- Amazon deforestation (Reuters), Tuesday Nov 17 ---
    (
        "en",
        "BRASILIA, Nov 17 (Reuters) - Deforestation in Brazil's Amazon fell 8% in the 12 months to July to 5,420 square kilometres, the lowest in a decade, official data from the Prodes satellite system showed on Tuesday.",
        True,
        [
            ("date", "--11-17", None, None),
            ("percent", 8, "%", None),
            ("duration", 12, "month", None),
            ("count", 5420, None, None),
        ],
        None,
    ),
    (
        "en",
        "Clearing in the neighbouring Cerrado savanna fell for a second year, by 6% to 7,640 square kilometres.",
        True,
        [("ordinal", 2, None, None), ("percent", 6, "%", None), ("count", 7640, None, None)],
        None,
    ),
    (
        "en",
        "Environment Minister Caio Albuquerque-Lins told reporters the government would hire 1,500 more environmental inspectors by 2027.",
        True,
        [("count", 1500, None, None), ("year", 2027, None, None)],
        "Caio Albuquerque-Lins",
    ),
    ("en", '"The era of impunity in the Amazon is over," Albuquerque-Lins said.', False, [], None),
    (
        "en",
        "The president has pledged to end illegal deforestation in all Brazilian biomes by 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Environmental fines issued by the enforcement agency Ibama rose to 3.1 billion reais ($580 million) in the period, according to agency figures.",
        True,
        [("money", 3100000000, "BRL", None), ("money", 580000000, "USD", None)],
        None,
    ),
    ("en", "Farm groups in Mato Grosso said the rules were strangling honest producers.", False, [], None),
    # --- Luchse im Schwarzwald (dpa/lsw), Dienstag ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Im Schwarzwald sind am Dienstag zwei weitere Luchse freigelassen worden; damit streifen dort nun mindestens elf Tiere umher.",
        True,
        [("count", 2, None, None), ("count", 11, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die beiden Weibchen stammen aus einem Gehege in der Slowakei und tragen Halsbänder, die alle vier Stunden ihre Position senden.",
        True,
        [("duration", 4, "hour", None)],
        None,
    ),
    (
        "de",
        "Das Land will bis Ende 2027 insgesamt zehn Luchse freilassen, hieß es im Umweltministerium in Stuttgart.",
        True,
        [("year", 2027, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Projektleiterin Svenja Oberdörfer-Kaya sagte, ein im Frühjahr freigelassenes Männchen sei im Oktober bei Freudenstadt überfahren worden.",
        True,
        [],
        "Svenja Oberdörfer-Kaya",
    ),
    ("de", "„Jeder tote Luchs wirft uns um Jahre zurück“, sagte Oberdörfer-Kaya.", False, [], None),
    (
        "de",
        "Die Kosten des auf fünf Jahre angelegten Projekts liegen bei rund 2,4 Millionen Euro.",
        True,
        [("duration", 5, "year", None), ("money", 2400000, "EUR", "about")],
        None,
    ),
    ("de", "Viele Jäger halten die Auswilderung für verfrüht.", False, [], None),
    (
        "de",
        "Der Landesjagdverband verwies darauf, dass seit 2019 mindestens drei Luchse im Land illegal getötet worden seien.",
        True,
        [("year", 2019, None, None), ("count", 3, None, "at_least")],
        None,
    ),
    # --- Yellowstone grizzlies (AP), Tuesday ---
    (
        "en",
        "BOZEMAN, Mont. (AP) — Biologists counted an estimated 1,112 grizzly bears in the Greater Yellowstone Ecosystem this year, up from 1,064 last year, the annual count by the Interagency Grizzly Bear Study Team showed.",
        True,
        [("count", 1112, None, "about"), ("count", 1064, None, None)],
        None,
    ),
    (
        "en",
        "Wildlife managers removed 47 bears after conflicts with people or livestock, the most since 2018.",
        True,
        [("count", 47, None, None), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "Wyoming, Montana and Idaho have asked for the bears to be taken off the endangered species list, a step the U.S. Fish and Wildlife Service turned down in January.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Montana Fish, Wildlife and Parks Director Wendell Hargrove said the state would allow hunters to take at most 25 bears a year if it regained control.",
        True,
        [("count", 25, None, "at_most")],
        "Wendell Hargrove",
    ),
    ("en", '"These bears are a success story, and success should mean local control," Hargrove said.', False, [], None),
    ("en", "Tribal leaders called any hunt a betrayal of a sacred animal.", False, [], None),
    (
        "en",
        "A 9-year-old female bear killed a hiker near Cody, Wyoming, in September, the first fatal attack in the region in four years.",
        True,
        [("duration", 9, "year", None), ("ordinal", 1, None, None), ("duration", 4, "year", None)],
        None,
    ),
    # --- Waldbrandbilanz in Brandenburg (dpa/bb), Dienstag ---
    (
        "de",
        "Potsdam (dpa/bb) - In Brandenburg haben in diesem Jahr 412 Waldbrände rund 1.240 Hektar Wald zerstört, meldete das Agrarministerium am Dienstag.",
        True,
        [("count", 412, None, None), ("count", 1240, None, "about")],
        None,
    ),
    (
        "de",
        "Das ist etwa ein Fünftel der Fläche, die im Vorjahr verbrannt war.",
        True,
        [("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "37 Brände seien nachweislich vorsätzlich gelegt worden, erklärte Waldbrandschutzbeauftragter Raimund Engelhorn.",
        True,
        [("count", 37, None, None)],
        "Raimund Engelhorn",
    ),
    (
        "de",
        "Der größte Brand bei Treuenbrietzen wütete fünf Tage lang und erfasste 480 Hektar.",
        True,
        [("duration", 5, "day", None), ("count", 480, None, None)],
        None,
    ),
    ("de", "„Kiefernmonokulturen sind Zunder“, sagte Engelhorn.", False, [], None),
    (
        "de",
        "Das Land will bis 2035 jedes Jahr 3.000 Hektar Kiefernforst in Mischwald umbauen.",
        True,
        [("year", 2035, None, None), ("count", 3000, None, None)],
        None,
    ),
    # --- Vaquita survey (AP), Tuesday ---
    (
        "en",
        "MEXICO CITY (AP) — Scientists spotted between seven and 10 vaquita porpoises during a 15-day survey in the upper Gulf of California, Mexico's environment ministry said.",
        True,
        [("count", 7, None, None), ("count", 10, None, None), ("duration", 15, "day", None)],
        None,
    ),
    ("en", "The vaquita, found nowhere else on Earth, is the world's most endangered marine mammal.", True, [], None),
    (
        "en",
        "Its numbers have fallen by more than 98% since 1997, mostly because the porpoises drown in illegal gillnets set for totoaba fish.",
        True,
        [("percent", 98, "%", "over"), ("year", 1997, None, None)],
        None,
    ),
    (
        "en",
        "Teodora Vasquez-Hale, who led the survey, said the animals seen included at least two calves.",
        True,
        [("count", 2, None, "at_least")],
        None,
    ),
    ("en", '"Every calf is a small miracle," Vasquez-Hale said.', False, [], None),
    (
        "en",
        "The navy has sunk 226 concrete blocks fitted with hooks in the zero-tolerance area to snag nets.",
        True,
        [("count", 226, None, None)],
        None,
    ),
    (
        "en",
        "About 500 fishing families in San Felipe receive government payments of 8,000 pesos a month to keep their boats out of the refuge.",
        True,
        [("count", 500, None, "about"), ("money", 8000, "MXN", None)],
        None,
    ),
    # --- Schadholz bei den Bundesforsten (APA), Mittwoch, 18. November ---
    (
        "de",
        "Purkersdorf (APA) - Die Österreichischen Bundesforste (ÖBf) haben heuer rund 1,3 Millionen Festmeter Schadholz aufarbeiten müssen, knapp ein Drittel ihrer gesamten Erntemenge.",
        True,
        [("count", 1300000, None, "about"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Vorstandssprecherin Theresia Auer-Lindpaintner sagte bei der Bilanzpressekonferenz am Mittwoch, der Borkenkäfer sei für 62 Prozent der Schäden verantwortlich.",
        True,
        [("percent", 62, "%", None)],
        "Theresia Auer-Lindpaintner",
    ),
    (
        "de",
        "Der Holzpreis sei seit dem Frühjahr um 14 Prozent auf durchschnittlich 96 Euro je Festmeter gefallen, so die Vorstandssprecherin.",
        True,
        [("percent", 14, "%", None), ("money", 96, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir bauen den Wald der Zukunft, und das kostet Geld und Geduld“, sagte Auer-Lindpaintner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die ÖBf pflanzten heuer 2,8 Millionen junge Bäume, davon mehr als 40 Prozent Laubhölzer wie Eiche, Ahorn und Buche.",
        True,
        [("count", 2800000, None, None), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Der Konzern investiert bis 2030 insgesamt 120 Millionen Euro in den Umbau seiner Wälder.",
        True,
        [("year", 2030, None, None), ("money", 120000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob das angesichts der zunehmenden Trockenheit reicht, ließ die Vorstandssprecherin offen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Ergebnis vor Steuern sank auf 31,5 Millionen Euro, nach 44 Millionen Euro im Jahr zuvor.",
        True,
        [("money", 31500000, "EUR", None), ("money", 44000000, "EUR", None)],
        None,
    ),
    # --- IUCN Red List update (Reuters), Wednesday Nov 18 ---
    (
        "en",
        "GLAND, Switzerland, Nov 18 (Reuters) - More than 51,300 of the 181,200 species assessed for the Red List now face extinction, the IUCN said on Wednesday.",
        True,
        [("date", "--11-18", None, None), ("count", 51300, None, "over"), ("count", 181200, None, None)],
        "the IUCN",
    ),
    (
        "en",
        "The update moved 61 species of reef-building coral into a higher threat category, bringing the share of threatened corals to 47%.",
        True,
        [("count", 61, None, None), ("percent", 47, "%", None)],
        None,
    ),
    (
        "en",
        "Nearly two in five freshwater fish species in Europe are now threatened, the update showed.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "Red List unit head Annika Sjöberg-Falk said the saiga antelope had been moved from endangered to near threatened after its numbers recovered to about 1.9 million.",
        True,
        [("count", 1900000, None, "about")],
        "Annika Sjöberg-Falk",
    ),
    ("en", '"Conservation works when it is funded and when it is given time," Sjöberg-Falk said.', False, [], None),
    (
        "en",
        "Only about 8% of the species on the list have a recovery plan in place, she added.",
        True,
        [("percent", 8, "%", "about")],
        None,
    ),
    ("en", "The IUCN declined to say which governments had lobbied over individual listings.", False, [], None),
    # --- Bär im Unterengadin (Keystone-SDA), Mittwoch ---
    (
        "de",
        "Scuol (Keystone-SDA) - Im Unterengadin ist ein junger Braunbär in eine Fotofalle getappt, es ist der dritte Bärennachweis in Graubünden in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das etwa zwei Jahre alte Männchen stamme vermutlich aus dem Trentino, hiess es beim kantonalen Amt für Jagd und Fischerei.",
        True,
        [("duration", 2, "year", "about")],
        None,
    ),
    (
        "de",
        "Gemäss dem Amt wurden in der Schweiz seit 2005 insgesamt 23 verschiedene Bären nachgewiesen.",
        True,
        [("year", 2005, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Laut Wildhüter Gian Reto Padrutt hat der Bär bislang weder Nutztiere gerissen noch Bienenstöcke geplündert.",
        True,
        [],
        "Gian Reto Padrutt",
    ),
    ("de", "«Ein Bär, der sich von Menschen fernhält, ist für uns kein Problem», sagte Padrutt.", False, [], None),
    (
        "de",
        "Seit 1904 hat sich in der Schweiz kein Bär mehr dauerhaft angesiedelt.",
        True,
        [("year", 1904, None, None)],
        None,
    ),
    (
        "de",
        "Der Schweizer Bauernverband verlangt, Problembären nach höchstens zwei Rissen zum Abschuss freizugeben.",
        True,
        [("count", 2, None, "at_most")],
        None,
    ),
    # --- Lynx in the Cairngorms (PA), Wednesday ---
    (
        "en",
        "EDINBURGH (PA) - A proposal to release 15 Eurasian lynx in the Cairngorms over three years has been submitted to NatureScot, campaigners said on Wednesday.",
        True,
        [("count", 15, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "A survey commissioned by the campaigners found that 61% of local residents backed the plan and 27% opposed it.",
        True,
        [("percent", 61, "%", None), ("percent", 27, "%", None)],
        None,
    ),
    ("en", "Sheep farmers in the glens fear the cats would take lambs every spring.", False, [], None),
    (
        "en",
        "Farmers' union NFU Scotland said its members had lost more than 3,000 sheep to predators in the Highlands last year.",
        True,
        [("count", 3000, None, "over")],
        None,
    ),
    (
        "en",
        "Rural Affairs Secretary Fergus MacIlwraith said no decision would be taken before a 12-week public consultation closes in March.",
        True,
        [("duration", 12, "week", None)],
        "Fergus MacIlwraith",
    ),
    (
        "en",
        '"The lynx belongs here, it was our people who drove it out," said Hamish Strachan-Bell, a wildlife guide in Aviemore.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The lynx was wiped out in Britain around 1,300 years ago, mainly through hunting and the loss of woodland.",
        True,
        [("duration", 1300, "year", "about")],
        None,
    ),
    # --- Woodland in England (PA), Wednesday ---
    (
        "en",
        "LONDON (PA) - England planted 4,870 hectares of new woodland in the year to March, less than half of the government's target of 10,000 hectares a year, Forestry Commission figures show.",
        True,
        [("count", 4870, None, None), ("fraction", 0.5, None, "under"), ("count", 10000, None, None)],
        None,
    ),
    (
        "en",
        "Ash dieback is expected to kill up to 70% of England's ash trees, at an estimated cost of £12 billion.",
        True,
        [("percent", 70, "%", "up_to"), ("money", 12000000000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Forestry Minister Peter Lindow-Graves said a further £120 million would go to tree nurseries and landowners by 2028.",
        True,
        [("money", 120000000, "GBP", None), ("year", 2028, None, None)],
        "Peter Lindow-Graves",
    ),
    (
        "en",
        "Ancient woodland covers only 2.8% of the UK, according to the Woodland Trust.",
        True,
        [("percent", 2.8, "%", None)],
        None,
    ),
    (
        "en",
        '"Planting trees is easy; growing forests takes generations," said Woodland Trust chief executive Miles Abernethy-Kane.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The trust wants ministers to raise the planting rate to 20,000 hectares a year by 2030.",
        True,
        [("count", 20000, None, None), ("year", 2030, None, None)],
        None,
    ),
    # --- Schutzgebiete in der Schweiz (Keystone-SDA), Donnerstag, 19. November ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweiz stellt derzeit 12,9 Prozent ihrer Landesfläche unter Schutz, 0,6 Prozentpunkte mehr als vor fünf Jahren, wie das Bundesamt für Umwelt (Bafu) am Donnerstag mitteilte.",
        True,
        [("percent", 12.9, "%", None), ("percent", 0.6, "pp", None), ("duration", 5, "year", None)],
        "das Bundesamt für Umwelt",
    ),
    (
        "de",
        "Um das 30-Prozent-Ziel des Weltnaturabkommens bis 2030 zu erreichen, fehlen demnach rund 7'000 Quadratkilometer.",
        True,
        [("percent", 30, "%", None), ("year", 2030, None, None), ("count", 7000, None, "about")],
        None,
    ),
    (
        "de",
        "Gemäss Bafu sind 38 Prozent der untersuchten Arten und knapp zwei Drittel der Lebensraumtypen bedroht.",
        True,
        [("percent", 38, "%", None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Bund werde die Mittel für den Naturschutz ab 2027 um 40 Millionen Franken pro Jahr aufstocken, sagte Bafu-Direktorin Rahel Zumstein-Pfister an einer Medienkonferenz in Bern.",
        True,
        [("year", 2027, None, None), ("money", 40000000, "CHF", None)],
        "Rahel Zumstein-Pfister",
    ),
    (
        "de",
        "«Die Natur stellt keine Rechnung, aber sie liefert auch nicht mehr gratis», sagte Zumstein-Pfister.",
        False,
        [],
        None,
    ),
    ("de", "Pro Natura bezeichnete die Aufstockung als «Tropfen auf den heissen Stein».", False, [], None),
    (
        "de",
        "Der Schweizer Bauernverband lehnt neue Schutzgebiete auf Landwirtschaftsland grundsätzlich ab.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Biodiversitätsinitiative war im September 2024 an der Urne mit 61 Prozent Nein-Stimmen gescheitert.",
        True,
        [("year", 2024, None, None), ("percent", 61, "%", None)],
        None,
    ),
    # --- Spruce beetle in British Columbia (Reuters), Thursday Nov 19 ---
    (
        "en",
        "VANCOUVER, Nov 19 (Reuters) - Spruce beetles have killed trees across about 740,000 hectares of forest in northern British Columbia since 2015, the provincial forests ministry said on Thursday.",
        True,
        [("date", "--11-19", None, None), ("count", 740000, None, "about"), ("year", 2015, None, None)],
        None,
    ),
    (
        "en",
        "That is more than twice the area that was infested five years ago.",
        True,
        [("count", 2, None, "over"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The outbreak has cut the volume of timber that can be harvested each year by 4.2 million cubic metres, the ministry estimates.",
        True,
        [("count", 4200000, None, None)],
        None,
    ),
    (
        "en",
        '"We will spend C$160 million over four years on salvage logging and replanting," said Forests Minister Delia Castellanos-Ruiz.',
        True,
        [("money", 160000000, "CAD", None), ("duration", 4, "year", None)],
        "Delia Castellanos-Ruiz",
    ),
    ("en", '"Our forests are telling us the climate has already changed," Castellanos-Ruiz said.', False, [], None),
    (
        "en",
        "Three sawmills in the region have closed since January, costing about 600 jobs.",
        True,
        [("count", 3, None, None), ("count", 600, None, "about")],
        None,
    ),
    (
        "en",
        "It is the province's second major beetle outbreak this century, after a mountain pine beetle epidemic that peaked in 2005.",
        True,
        [("ordinal", 2, None, None), ("year", 2005, None, None)],
        None,
    ),
    # --- Kraniche an der Boddenküste (dpa/mv), Donnerstag ---
    (
        "de",
        "Groß Mohrdorf (dpa/mv) - An der vorpommerschen Boddenküste haben Ornithologen bei einer zweistündigen Zählung am Mittwochabend rund 58.000 rastende Kraniche gezählt.",
        True,
        [("duration", 2, "hour", None), ("count", 58000, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien knapp 10.000 mehr als zur gleichen Zeit im Vorjahr, sagte ein Sprecher der Arbeitsgemeinschaft Kranichschutz.",
        True,
        [("count", 10000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Bestand der in Deutschland brütenden Kraniche hat sich seit 1990 auf rund 9.800 Paare mehr als verdreifacht.",
        True,
        [("year", 1990, None, None), ("count", 9800, None, "about")],
        None,
    ),
    ("de", "„Der Kranich ist der lebende Beweis, dass Naturschutz wirkt“, sagte der Sprecher.", False, [], None),
    (
        "de",
        "In Brandenburg sind seit Oktober mehr als 1.200 Kraniche an der Vogelgrippe verendet.",
        True,
        [("count", 1200, None, "over")],
        None,
    ),
    (
        "de",
        "Nach FLI-Angaben wurde der Erreger H5N1 bislang bei 431 Wildvögeln nachgewiesen.",
        True,
        [("count", 431, None, None)],
        None,
    ),
    (
        "de",
        "Bei einem ähnlichen Ausbruch im Herbst 2022 waren in der Region rund 700 Kraniche gestorben.",
        True,
        [("year", 2022, None, None), ("count", 700, None, "about")],
        None,
    ),
    # --- Orangutans in Borneo (AFP), Thursday ---
    (
        "en",
        "JAKARTA (AFP) - Indonesia's population of Bornean orangutans has fallen by about a quarter in 20 years, to an estimated 57,000, a government-backed survey found.",
        True,
        [("fraction", 0.25, None, "about"), ("duration", 20, "year", None), ("count", 57000, None, "about")],
        None,
    ),
    (
        "en",
        "The researchers blamed the conversion of roughly 2.1 million hectares of forest to oil palm and pulpwood plantations since 2005.",
        True,
        [("count", 2100000, None, "about"), ("year", 2005, None, None)],
        None,
    ),
    (
        "en",
        "Forestry Minister Siti Rahmawati Nasution said the government would designate 12 new habitat corridors for the apes by 2028.",
        True,
        [("count", 12, None, None), ("year", 2028, None, None)],
        "Siti Rahmawati Nasution",
    ),
    (
        "en",
        "She said forest loss in Kalimantan had dropped by 18% last year.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        '"We will not be lectured about palm oil by countries that cut down their own forests long ago," Nasution said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Greenpeace Indonesia accused the ministry of treating palm oil companies with kid gloves.",
        False,
        [],
        None,
    ),
    (
        "en",
        "About 160 orangutans are rescued from plantations and villages each year and taken to rehabilitation centres, the survey said.",
        True,
        [("count", 160, None, "about")],
        None,
    ),
    # --- Tagfalter-Monitoring (dpa), Donnerstag ---
    (
        "de",
        "Halle (dpa) - Die Zahl der Tagfalter auf deutschen Wiesen ist in den vergangenen 20 Jahren um durchschnittlich 36 Prozent gesunken.",
        True,
        [("duration", 20, "year", None), ("percent", 36, "%", None)],
        None,
    ),
    (
        "de",
        "Das geht aus einer Auswertung des Tagfalter-Monitorings Deutschland hervor, an dem sich rund 600 Ehrenamtliche beteiligen.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    (
        "de",
        "Studienleiter Dominik Waldegger sagte der Nachrichtenagentur dpa, besonders stark seien Arten magerer Wiesen wie der Silbergrüne Bläuling zurückgegangen.",
        True,
        [],
        "Dominik Waldegger",
    ),
    ("de", "„Wir verlieren nicht nur Arten, wir verlieren Masse“, sagte Waldegger.", False, [], None),
    (
        "de",
        "Von 191 in Deutschland vorkommenden Tagfalterarten seien 87 gefährdet, so der Studienleiter.",
        True,
        [("count", 191, None, None), ("count", 87, None, None)],
        None,
    ),
    ("de", "Der Industrieverband Agrar wies einen Zusammenhang mit Pflanzenschutzmitteln zurück.", True, [], None),
    # --- Tigers in Thailand (Reuters), Thursday Nov 19 ---
    (
        "en",
        "BANGKOK, Nov 19 (Reuters) - Thailand's wild tiger population has risen to 196 from about 150 five years ago, the national parks department said on Thursday.",
        True,
        [
            ("date", "--11-19", None, None),
            ("count", 196, None, None),
            ("count", 150, None, "about"),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Most of the tigers live in the Western Forest Complex, a 17,200-square-kilometre belt of protected forest along the border with Myanmar.",
        True,
        [("count", 17200, None, None)],
        None,
    ),
    (
        "en",
        "Camera traps recorded 41 cubs this year, the highest number since monitoring began in 2007.",
        True,
        [("count", 41, None, None), ("year", 2007, None, None)],
        None,
    ),
    (
        "en",
        "Rangers have arrested 64 suspected poachers since January, the natural resources minister told reporters.",
        True,
        [("count", 64, None, None)],
        None,
    ),
    ("en", '"The tiger is the soul of our forest," the minister said.', False, [], None),
    (
        "en",
        "Prey species such as sambar deer and gaur have increased by 40% in the complex since 2017, the department said.",
        True,
        [("percent", 40, "%", None), ("year", 2017, None, None)],
        None,
    ),
    # --- Naturschutz im Bundeshaushalt (dpa), Freitag, 20. November ---
    (
        "de",
        "Berlin (dpa) - Der Haushaltsausschuss des Bundestags hat die Mittel für das Bundesprogramm Biologische Vielfalt um 15 Millionen Euro auf 63 Millionen Euro erhöht.",
        True,
        [("money", 15000000, "EUR", None), ("money", 63000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für das Aktionsprogramm Natürlicher Klimaschutz stehen bis 2028 insgesamt 3,5 Milliarden Euro bereit, knapp 1 Milliarde Euro weniger als ursprünglich geplant.",
        True,
        [("year", 2028, None, None), ("money", 3500000000, "EUR", None), ("money", 1000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Grünen-Haushälter Moritz Achenbach-Tiede sagte, damit fehle Geld für die Wiedervernässung von rund 50.000 Hektar Moorböden.",
        True,
        [("count", 50000, None, "about")],
        "Moritz Achenbach-Tiede",
    ),
    (
        "de",
        "„Wer beim Naturschutz spart, zahlt später beim Hochwasserschutz drauf“, sagte Achenbach-Tiede.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Umweltministeriums sagte, wegen der Kürzung müsse kein laufendes Projekt gestoppt werden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des WWF gibt der Staat jährlich rund 58 Milliarden Euro für Subventionen aus, die der Artenvielfalt schaden.",
        True,
        [("money", 58000000000, "EUR", "about")],
        None,
    ),
    ("de", "Die Union warf der Opposition vor, Naturschutz gegen Landwirtschaft auszuspielen.", False, [], None),
    (
        "de",
        "Der Bundestag soll den Etat nach der Bereinigungssitzung am 27. November beschließen.",
        True,
        [("date", "--11-27", None, None)],
        None,
    ),
    # --- Kenya's elephants (AP), Friday ---
    (
        "en",
        "NAIROBI, Kenya (AP) — The number of elephants in Kenya has risen to 38,120 from roughly 16,400 in 1989, the year a global ivory trade ban was agreed, the Kenya Wildlife Service said Friday.",
        True,
        [("count", 38120, None, None), ("count", 16400, None, "about"), ("year", 1989, None, None)],
        "the Kenya Wildlife Service",
    ),
    (
        "en",
        "Poachers killed 11 elephants over the first 10 months, compared with 268 in 2012.",
        True,
        [
            ("count", 11, None, None),
            ("ordinal", 1, None, None),
            ("duration", 10, "month", None),
            ("count", 268, None, None),
            ("year", 2012, None, None),
        ],
        None,
    ),
    (
        "en",
        "Clashes between people and wildlife have killed 142 people since January 2024, the cabinet secretary for tourism and wildlife told reporters.",
        True,
        [("count", 142, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The government paid 1.1 billion shillings in compensation to victims' families last year, she said.",
        True,
        [("money", 1100000000, "KES", None)],
        None,
    ),
    ("en", '"The elephant is winning, but our farmers are losing," she said.', False, [], None),
    ("en", "Conservation groups warned that the drought could undo years of progress.", False, [], None),
    # --- Biber in Bayern (dpa/lby), Freitag ---
    (
        "de",
        "München (dpa/lby) - In Bayern sind im vergangenen Jahr 2.870 Biber getötet worden, fast 20 Prozent mehr als im Jahr davor.",
        True,
        [("count", 2870, None, None), ("percent", 20, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Damit sei knapp jeder achte der rund 24.000 Biber im Freistaat entnommen worden, kritisierten Naturschützer.",
        True,
        [("fraction", 0.125, None, "nearly"), ("count", 24000, None, "about")],
        None,
    ),
    (
        "de",
        "Landwirtschaftsministerin Theresa Pfeiffer-Ulmen sagte, Biber hätten Schäden von rund 850.000 Euro an Deichen, Feldern und Wegen verursacht.",
        True,
        [("money", 850000, "EUR", "about")],
        "Theresa Pfeiffer-Ulmen",
    ),
    ("de", "„Wo der Biber Deiche untergräbt, hört der Spaß auf“, sagte Pfeiffer-Ulmen.", False, [], None),
    (
        "de",
        "Der Freistaat zahlt Landwirten seit 2008 einen Ausgleich aus einem Fonds, der mit 450.000 Euro im Jahr ausgestattet ist.",
        True,
        [("year", 2008, None, None), ("money", 450000, "EUR", None)],
        None,
    ),
    ("de", "Der Bund Naturschutz nannte die Abschusszahlen „maßlos“.", False, [], None),
    (
        "de",
        "Ob die Entnahmen die Schäden tatsächlich verringern, soll nun eine zweijährige Studie der Technischen Universität München klären.",
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- EU nature funding (Reuters), Friday Nov 20 ---
    (
        "en",
        "BRUSSELS, Nov 20 (Reuters) - The European Commission proposed on Friday to fold the EU's 5.9 billion euro LIFE programme for nature and climate into a wider fund from 2028.",
        True,
        [("date", "--11-20", None, None), ("money", 5900000000, "EUR", None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Under the proposal there would be no ring-fenced budget for nature, Commission documents showed.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Environment Commissioner Jarosław Wierzbicki-Nowak told reporters that member states would have to spend at least 10% of their allocations on biodiversity.",
        True,
        [("percent", 10, "%", "at_least")],
        "Jarosław Wierzbicki-Nowak",
    ),
    ("en", '"Nature is not being cut, it is being mainstreamed," Wierzbicki-Nowak said.', False, [], None),
    ("en", 'BirdLife Europe called the plan "the quiet burial of the LIFE programme".', False, [], None),
    (
        "en",
        "Member states have until 2027 to submit national restoration plans, and 14 have started drafting them, according to a Commission tally.",
        True,
        [("year", 2027, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Asked how much money would be left for nature under the new fund, a Commission spokeswoman said she would not speculate on numbers.",
        False,
        [],
        None,
    ),
    # --- Schreiadler in Mecklenburg-Vorpommern (dpa/mv), Freitag ---
    (
        "de",
        "Schwerin (dpa/mv) - In Mecklenburg-Vorpommern brüten nur noch 71 Schreiadlerpaare, knapp drei Viertel des deutschen Bestands.",
        True,
        [("count", 71, None, None), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    ("de", "Die Art gilt in Deutschland als vom Aussterben bedroht.", True, [], None),
    (
        "de",
        "Der Umweltminister sagte am Freitag in Schwerin, das Land habe seit 2010 rund 1.900 Hektar Feuchtwiesen als Jagdgebiete für die Adler gesichert.",
        True,
        [("year", 2010, None, None), ("count", 1900, None, "about")],
        None,
    ),
    (
        "de",
        "Seit 2004 wurden nach Zahlen der Deutschen Wildtier Stiftung 136 junge Schreiadler aus Zweitgelegen aufgezogen und ausgewildert.",
        True,
        [("year", 2004, None, None), ("count", 136, None, None)],
        None,
    ),
    ("de", "„Jeder Jungvogel zählt“, sagte eine Sprecherin der Stiftung.", False, [], None),
    ("de", "Naturschützer bezweifeln, dass die Schutzzonen um die Horste ausreichen.", False, [], None),
    # --- Goldschakal und Jagdstatistik (APA), Samstag, 21. November ---
    (
        "de",
        "Wien (APA) - Der Goldschakal breitet sich in Österreich rasch aus: Jäger erlegten im Jagdjahr 2024/25 österreichweit 164 Tiere, fast doppelt so viele wie im Jagdjahr zuvor.",
        True,
        [
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("count", 164, None, None),
            ("count", 2, None, "nearly"),
        ],
        None,
    ),
    ("de", "Das geht aus der Jagdstatistik hervor, die Statistik Austria am Freitag veröffentlichte.", True, [], None),
    ("de", "Die meisten Schakale wurden im Burgenland und in der Steiermark geschossen.", True, [], None),
    (
        "de",
        "Der Wildbiologin Elisabeth Tschurtschenthaler zufolge ist der Schakal seit 2007 in Österreich nachgewiesen und inzwischen in allen neun Bundesländern heimisch.",
        True,
        [("year", 2007, None, None), ("count", 9, None, None)],
        "Elisabeth Tschurtschenthaler",
    ),
    ("de", "„Der Schakal ist kein Wolf im Kleinformat“, sagte Tschurtschenthaler.", False, [], None),
    (
        "de",
        "Insgesamt erlegten Österreichs Jäger rund 812.000 Stück Wild, um 3 Prozent weniger als im Jagdjahr davor.",
        True,
        [("count", 812000, None, "about"), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Der Schakal darf derzeit in fünf der neun Bundesländer ganzjährig bejagt werden.",
        True,
        [("count", 5, None, None), ("count", 9, None, None)],
        None,
    ),
    # --- Koalas in New South Wales (AAP), Saturday ---
    (
        "en",
        "SYDNEY (AAP) - The number of koalas in New South Wales has dropped by about a third since the bushfires of 2019-20, to an estimated 24,000, according to a state government survey.",
        True,
        [
            ("fraction", 0.3333, None, "about"),
            ("year", 2019, None, None),
            ("year", 2020, None, None),
            ("count", 24000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Clearing for farms and housing destroyed 41,500 hectares of potential koala habitat in the 2023-24 financial year.",
        True,
        [("count", 41500, None, None), ("year", 2023, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Environment Minister Rosa Tuilagi-Benn said the state would buy 18,000 hectares of private land for a new koala national park south-west of Sydney.",
        True,
        [("count", 18000, None, None)],
        "Rosa Tuilagi-Benn",
    ),
    ("en", "The purchase will cost about A$95 million, she said.", True, [("money", 95000000, "AUD", "about")], None),
    ("en", '"If we cannot save the koala, what can we save?" Tuilagi-Benn said.', False, [], None),
    (
        "en",
        "In 2022 the koala was declared an endangered species in Queensland, New South Wales and the ACT.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "The state-owned Forestry Corporation said its logging operations complied with all environmental rules.",
        True,
        [],
        None,
    ),
    ("en", "Timber workers on the north coast said they were worried about their jobs.", False, [], None),
    # --- Bartgeier in den Alpen (Keystone-SDA), Samstag ---
    (
        "de",
        "Zernez (Keystone-SDA) - Im Alpenraum brüten wieder 74 Bartgeierpaare, so viele wie seit über hundert Jahren nicht mehr.",
        True,
        [("count", 74, None, None), ("duration", 100, "year", "over")],
        None,
    ),
    (
        "de",
        "In diesem Jahr seien 41 Jungvögel ausgeflogen, davon neun in der Schweiz, hiess es bei der Stiftung Pro Bartgeier.",
        True,
        [("count", 41, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Seit dem Start der Auswilderungen 1986 wurden in den Alpen 238 Bartgeier freigelassen.",
        True,
        [("year", 1986, None, None), ("count", 238, None, None)],
        None,
    ),
    (
        "de",
        "Jeder fünfte tot aufgefundene Bartgeier sei an einer Bleivergiftung gestorben, so Projektleiter Ruedi Gasser-Imboden.",
        True,
        [("fraction", 0.2, None, None)],
        "Ruedi Gasser-Imboden",
    ),
    (
        "de",
        "«Der Bartgeier ist zurück, weil die Menschen ihre Meinung über ihn geändert haben», sagte Gasser-Imboden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Stiftung fordert ein schweizweites Verbot von Bleimunition bis 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    ("de", "Jagd Schweiz hält ein Verbot für unnötig.", False, [], None),
    # --- Sweden's bear hunt (Reuters), Saturday Nov 21 ---
    (
        "en",
        "STOCKHOLM, Nov 21 (Reuters) - Swedish hunters shot 412 brown bears in this year's licensed hunt, the largest cull in decades, the Swedish Environmental Protection Agency said on Saturday.",
        True,
        [("date", "--11-21", None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "The cull will cut the population to an estimated 2,100 bears, down from about 3,000 five years ago, according to the agency.",
        True,
        [("count", 2100, None, "about"), ("count", 3000, None, "about"), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Rural Affairs Minister Måns Ekdahl-Berg told Reuters the government wanted to keep at least 1,700 bears, the floor parliament set in 2022.",
        True,
        [("count", 1700, None, "at_least"), ("year", 2022, None, None)],
        "Måns Ekdahl-Berg",
    ),
    (
        "en",
        "The Swedish Society for Nature Conservation said it would appeal the quota at the administrative court in Luleå.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"We are managing bears like a crop," said Linnea Forsgren-Ahl, the society\'s predator expert.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Bears injured four people in Sweden last year, none of them fatally.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    # --- Interview zum Waldzustand (dpa), Sonntag, 22. November ---
    (
        "de",
        "Berlin (dpa) - Die „Frankfurter Allgemeine Sonntagszeitung“ zitierte Bundeslandwirtschaftsminister Benedikt Strohhammer mit den Worten: „Seit 2018 haben Dürre, Stürme und Käfer rund 600.000 Hektar Wald geschädigt.“",
        True,
        [("year", 2018, None, None), ("count", 600000, None, "about")],
        "Benedikt Strohhammer",
    ),
    (
        "de",
        "Der Wald sei nach der jüngsten Inventur erstmals seit Jahrzehnten von einer Kohlenstoffsenke zu einer Quelle geworden, sagte er dem Blatt.",
        True,
        [],
        None,
    ),
    ("de", "„Der Wald ist unser wichtigster Verbündeter, und er ist krank“, sagte der Minister.", False, [], None),
    (
        "de",
        "Der Bund will Waldbesitzern künftig bis zu 100 Euro je Hektar und Jahr zahlen, wenn sie Totholz liegen und alte Bäume stehen lassen.",
        True,
        [("money", 100, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Nach der Bundeswaldinventur bedecken Wälder 11,2 Millionen Hektar und damit knapp ein Drittel der Fläche Deutschlands.",
        True,
        [("count", 11200000, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Waldbesitzerverband AGDW verlangt für die Privatwaldbesitzer einen Ausgleich von mindestens 150 Euro je Hektar.",
        True,
        [("money", 150, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Auf die Frage nach einem Einschlagstopp für alte Buchenwälder antwortete Strohhammer ausweichend.",
        False,
        [],
        None,
    ),
    # --- Logging halt in Poland (Reuters), Sunday Nov 22 ---
    (
        "en",
        "WARSAW, Nov 22 (Reuters) - Poland will halt commercial logging on 18% of its state forests, including the last stretches of old-growth woodland around the Bialowieza primeval forest, the climate ministry said on Sunday.",
        True,
        [("date", "--11-22", None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "The move takes about 1.3 million hectares out of production and will cut annual timber sales by around 4 million cubic metres.",
        True,
        [("count", 1300000, None, "about"), ("count", 4000000, None, "about")],
        None,
    ),
    (
        "en",
        "State Forests, which manages almost a third of Poland's land area, said it would lose roughly 1.5 billion zlotys in revenue a year.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("money", 1500000000, "PLN", "about")],
        None,
    ),
    (
        "en",
        "Climate Minister Agnieszka Wróblewska-Tarnas said the government would compensate forest districts with 900 million zlotys over three years.",
        True,
        [("money", 900000000, "PLN", None), ("duration", 3, "year", None)],
        "Agnieszka Wróblewska-Tarnas",
    ),
    ("en", '"Our forests are not a timber factory," Wróblewska-Tarnas said.', False, [], None),
    (
        "en",
        "Timber industry groups said the decision would cost 12,000 jobs in rural areas.",
        True,
        [("count", 12000, None, None)],
        None,
    ),
    (
        "en",
        "The Polish side of Bialowieza is home to a 740-strong herd of European bison, the largest of the species in the wild.",
        True,
        [("count", 740, None, None)],
        None,
    ),
    # --- Wildkatzen in Rheinland-Pfalz (dpa/lrs), Sonntag ---
    (
        "de",
        "Mainz (dpa/lrs) - In Rheinland-Pfalz leben nach neuen Schätzungen rund 3.400 Wildkatzen, etwa ein Viertel des bundesweiten Bestands.",
        True,
        [("count", 3400, None, "about"), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Im Interview mit dem SWR sagte Umweltstaatssekretärin Wiebke Sanderhoff am Sonntag, die Zahl der an Straßen tot gefundenen Wildkatzen sei auf 212 gestiegen.",
        True,
        [("count", 212, None, None)],
        "Wiebke Sanderhoff",
    ),
    (
        "de",
        "Das Land baue bis 2029 elf Grünbrücken über Autobahnen und Bundesstraßen, so die Staatssekretärin.",
        True,
        [("year", 2029, None, None), ("count", 11, None, None)],
        None,
    ),
    ("de", "„Die Wildkatze ist scheu, aber sie ist nicht verloren“, sagte Sanderhoff.", False, [], None),
    (
        "de",
        "Jede Grünbrücke kostet im Schnitt rund sechs Millionen Euro.",
        True,
        [("money", 6000000, "EUR", "about")],
        None,
    ),
    ("de", "Der BUND hält die Planung des Landes für viel zu langsam.", False, [], None),
    # --- Monarch butterfly listing (AP), Sunday ---
    (
        "en",
        "WASHINGTON (AP) — The monarch butterfly will be listed as a threatened species after its western population fell by more than 90% since the 1980s, the Fish and Wildlife Service said Sunday.",
        True,
        [("percent", 90, "%", "over")],
        "the Fish and Wildlife Service",
    ),
    (
        "en",
        "Volunteers counted about 12,400 monarchs at overwintering sites on the California coast last winter, compared with millions in the 1980s.",
        True,
        [("count", 12400, None, "about")],
        None,
    ),
    (
        "en",
        "The listing would take effect 30 days after the final rule is published, according to the notice.",
        True,
        [("duration", 30, "day", None)],
        None,
    ),
    (
        "en",
        "Service Director Lorraine Eastgate-Pike said farmers would not be penalized for accidentally killing butterflies while working their land.",
        True,
        [],
        "Lorraine Eastgate-Pike",
    ),
    ("en", '"The monarch is the barometer of the prairie," Eastgate-Pike said.', False, [], None),
    ("en", "Farm groups called the listing government overreach.", False, [], None),
    (
        "en",
        "The agency will spend $14 million over five years on restoring milkweed across 22 states.",
        True,
        [("money", 14000000, "USD", None), ("duration", 5, "year", None), ("count", 22, None, None)],
        None,
    ),
]
