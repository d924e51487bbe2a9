"""Two-hundred-and-thirty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, posts, accounts, pages, a storm
and figures are made up (Benedikt Raubold, Roswitha Kammerstätter, Gregor Lindebner, Carmen
Stirnemann, Kilian Sandmeier, Ilse Wendebourg, Elke Dörrbecker, Fabian Oehninger; Delia
Coverdale, Curtis Dunthorne, Noreen Okeke-Hale, Agnes Bramall, Lachlan Quarrie, Yvette
Winstanley, Rupert Sellwood, Hurricane Brisa; every unnamed user, influencer, author,
narrator, commenter, page, account, spokesperson and official); a federal councillor, board
members of the Bundesbank and the ECB, a fire chief, an MP, a senator, a city councillor
and candidates of real places and parties appear under made-up names that stand for no real
holder, or by their role only ("der Sozialminister", "Louisiana's governor", "a BBC
spokesperson", "ein Bahnsprecher"). Real bodies, platforms, places and things ("dpa", "APA",
"Keystone-SDA", "AFP", "Reuters", "X", "Facebook", "Instagram", "Tiktok", "Telegram",
"Whatsapp", "Youtube", "Meta", "Deutscher Wetterdienst", "DWD", "Oberrheingraben", "AGES",
"Hyalomma", "Krim-Kongo-Fieber", "Land Steiermark", "Bundesamt für Lebensmittelsicherheit
und Veterinärwesen", "Grosser Rat von Basel-Stadt", "AfD", "Bundespolizei", "Hauptbahnhof
Hannover", "FPÖ", "Statistik Austria", "Arbeiterkammer", "Departement für Umwelt, Verkehr,
Energie und Kommunikation", "Gotthard", "Tessin", "TCS", "Handelsregister", "Lausitz",
"Jerischke", "Landkreis Spree-Neiße", "Bundesbank", "Landeskriminalamt Baden-Württemberg",
"Prättigau", "Kantonspolizei Graubünden", "Sozialministerium", "ASVG", "Kuratorium für
Verkehrssicherheit", "Johannisthal", "Stromnetz Berlin", "Bundesnetzagentur",
"Treptow-Köpenick", "Deutsche Bahn", "Robert Koch-Institut", "Stadt Luzern"; "AP", "PA",
"AAP", "AAP FactCheck", "Reuters Fact Check", "Full Fact", "TikTok", "YouTube", "WhatsApp",
"Met Office", "University of Reading", "Australian Energy Market Commission", "Columbus",
"FBI", "Acropolis", "Hellenic Fire Service", "Department for Culture, Media and Sport",
"BBC", "Australian Bureau of Statistics", "Australian Energy Regulator", "Shawnee",
"Lincolnshire", "Skegness", "National Highway Traffic Safety Administration", "Colorado
Department of Natural Resources", "European Central Bank", "ECB", "FEMA", "Dublin Airport",
"Porto", "Reform UK", "Kent County Council", "Lampedusa", "Brisbane City Council", "Gold
Coast", and the datelines' cities) stand for the way wire copy names them; every post, view
count, claim, check, figure, rating and quote here is invented, and where a real figure came
to mind (a real licence fee, a real pension adjustment, a real heat record, a real cash
share, a real fire statistic) it was changed - only background facts the checks turn on
(the 1991-2020 climate normals, the six-minute punctuality threshold of the Deutsche Bahn,
Colorado's rain barrel law of 2016, the 4.99% council tax cap) are kept as wire copy would
state them.

Its weight: VIRAL CLAIMS AND FACT-CHECK COPY, third round (the hundred-thirty-sixth and
hundred-ninety-first batches were the first two, and their decisions are kept) - what a
fact-check desk reads and writes - over one summer (early June to late August of one year)
in story order, 30 stories with the German and English ones interleaved by date, each told
as wire copy runs it: a dateline lead with the post, the chain message, the sharepic, the
reel, the advert or the photo and what it is said to show, its reach and the account behind
it, the claim's figure set against the official figure with its source ("Tatsächlich ...",
"Laut ...", "Nach Angaben ...", "According to ...", "in fact"), the arithmetic, where the
material was first published and what it visibly shows, the other side's account, the
platform's step, quotes, and the verdict line - in the rating form of the desks
("Bewertung: Falsch.", "Reuters Fact Check rating: Miscaptioned.") and in the plain one ("Das
ist falsch.", "Die Behauptung ist falsch.", "This is misleading."), with a verdict joined to
its reason ("Das ist irreführend, denn ...", "This is misleading because ..."). Half German
(dpa, APA, Keystone-SDA; Austrian "heuer", "Jänner", "Sharepic", "Aussendung", "ASVG", Swiss
"innert", "Grossstadtrat", "Reisecars", "Vorstoss", "Kantonsstrasse", "380'000", "27'000",
"95'000", «» quotes, German „“ quotes): the DWD's "deep red" heat maps, a Whatsapp chain
message on giant ticks, a Tiktok claim of a federal dog tax, an AfD MP's knife-crime claim,
an FPÖ claim on butter prices that turns out right, a fake quote of a federal councillor on
the Gotthard queue, an AI image of a forest fire in Lusatia, deepfake adverts with a
Bundesbank board member, a Peruvian mudslide passed off as the Prättigau, a sharepic on civil
servants' pensions, drownings in open-air pools, a Berlin power cut blamed on wind power, a
reel on train punctuality, coaches in Lucerne and a heat-death figure with the desk's own
correction. Half English (Reuters, AP, AFP, PA, AAP): the Met Office "rewriting" 1976, a
home battery "grid levy", a gubernatorial candidate's crime claim with a corrected story, an
Acropolis "evacuation", the TV licence "rising to £250", a senator's power bill claim, an
Oklahoma tornado shown as Lincolnshire, a "20 times" electric car fire claim, rainwater
"fines" in Colorado, a fabricated ECB quote on cash, a hurricane-aid "land grab" rumour, a
Porto landing shown as Dublin, an MP's council tax claim, a 2011 boat photo shown as
Lampedusa and wheelie bin "fines" in Brisbane with an update line. Figures as such copy has
them: views, plays, shares, likes, comments, followers and members ("binnen zwei Tagen mehr
als 1,4 Millionen Mal angezeigt", "rund 21.000 Mal mit „Gefällt mir“ markiert", "innert 24
Stunden über 520'000 Mal angesehen", "viewed more than 5.3 million times"), accounts' ages
and output ("erst im April angelegt ... mehr als 2.300 Beiträge", "was created in March and
has posted more than 6,000 times since"), the claimed figure beside the official one ("zwölf
Menschen" and "17 Exemplare", "900 Reisecars" and "höchstens 310", "risen 60%" and "about
8.5%", "3,000 migrants" and "1,184 arrivals"), the arithmetic ("um gut 15 Prozent, nicht
einer Verfünffachung", "about 51%, not 100%", "about one in 20,000"), dates of first
publication with and without a year, clip lengths and the first seconds ("Das knapp 40
Sekunden lange Video", "a 39-second video", "in den ersten zehn Sekunden", "at the 1:42
mark"), temperatures, areas and speeds, money in euros, francs, pounds, dollars and
Australian cents, shares in words ("jeder dritte Fernzug", "Rund jeder achte Haushalt", "in
rund zwei Dritteln", "by nearly a third", "about a quarter"), a multiple ("20 times more
likely"), percentage points, ordinals, years, dates and hedges. Negatives as such copy has
them: the verdict lines and rating words of the desks, a rating that confirms a claim, the
posts' and videos' own rhetoric, politicians' rhetoric and labels in quotes, an expert's, a
fire chief's, an economist's and a council's verdicts, a minister's label with a review,
advice, an appeal, a commitment without a measure, commenters, a vox pop, a correction tag
and an update line, four of them carrying figures, labelled.

244 rows (123 German, 121 English), 56 negatives (29 German, 27 English), 188 check-worthy
rows of which 35 carry no figure (20 German, 15 English), 274 expected quantities (131
counts, 35 years, 26 percentages - 25 in "%", 1 in percentage points "pp" -, 25 durations -
7 in hours, 6 in seconds, 5 in years, 4 in days, 3 in minutes -, 22 amounts of money - 7
GBP, 5 CHF, 5 EUR, 3 AUD, 2 USD -, 20 dates - 4 with a year, 16 without -, 8 fractions, 7
ordinals; 4 of them in four negatives, as the seventeenth batch labels a figure in a
negative), 37 checked speakers (21 German, 16 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). The decisions of the
  hundred-thirty-sixth and hundred-ninety-first batches are kept: the reported claim of a
  post, a chain message, a sharepic, a reel, an advert or a video is check-worthy in
  Konjunktiv I as in the indicative, with or without a figure, the speaker unchecked ("Eine
  Kettennachricht ... behauptet, in der Steiermark seien heuer bereits zwölf Menschen ...
  gestorben." 12, "In einem Tiktok-Video behauptet eine Nutzerin, ..." 2027-01-01 and 480
  CHF, "Social media posts claim ...", "A widely shared post on X claims electric cars are
  20 times more likely ..." 20); what an image, a clip or an advert is said to show is the
  claim ("soll zeigen", "soll ... empfehlen", "claims to show", "purports to show", "is being
  shared as showing", "as evidence that"); a sharepic that puts a sentence in a named
  person's mouth and a quote attributed to a named person are check-worthy with the speaker
  unchecked, whatever the rhetoric of the quoted sentence («Wer am Gotthard im Stau steht,
  ist selber schuld.»; "A quote attributed to ... Yvette Winstanley, saying cash would be
  "phased out ... by 2030," ..." 2030 and 45,000 "over"). What a message asks of its readers
  is its content and check-worthy (hundred-ninety-first: the scam page's "drei Fragen"):
  "Die Nachricht endet mit der Aufforderung, sie an mindestens zehn Kontakte
  weiterzuleiten." 10 "at_least". A politician's claim gives the politician, the title, the
  party and the occasion dropped (eighty-sixth, hundred-thirty-sixth): "Der
  AfD-Bundestagsabgeordnete Benedikt Raubold hat in einem dreiminütigen Tiktok-Video
  behauptet, ..." -> "Benedikt Raubold" (the claim of a verb, "verfünffacht", carries no
  figure, nineteenth; the clip's 3 minutes do), "FPÖ-Nationalrat Gregor Lindebner hat in
  einer Aussendung behauptet, ..." -> "Gregor Lindebner", "Grossstadtrat Fabian Oehninger
  hat ... behauptet, ..." -> "Fabian Oehninger", "Republican gubernatorial candidate Curtis
  Dunthorne claimed ..." -> "Curtis Dunthorne", "Queensland senator Lachlan Quarrie claimed
  ..." -> "Lachlan Quarrie", "Reform UK MP Rupert Sellwood claimed ..." -> "Rupert
  Sellwood" (a figure inside the quoted claim counts: "doubled in ten years" 10 years).
  New: an AI chatbot's answer that posts cite as their evidence is part of the claim and
  check-worthy with the speaker unchecked ("Als Beleg verweisen mehrere Beiträge auf die
  Antwort eines KI-Chatbots, der die Windflaute als Ursache genannt habe.") - the chatbot is
  a source the posts quote, as the post that quotes a person (hundred-thirty-sixth), not a
  speaker.
- The debunk is check-worthy with its own attribution (twenty-ninth,
  hundred-thirty-sixth, hundred-ninety-first): the official figure set against the claim
  ("Laut AGES wurden in Österreich seit 2018 insgesamt 17 Exemplare ... gefunden, ..." ->
  "AGES", "Laut Bundespolizei wurden ... 812 Messerangriffe registriert, im Jahr davor
  waren es 703." -> "Bundespolizei", "FBI figures show ...", "Nach Angaben der Stadt Luzern
  wurden ... höchstens 310 Cars gezählt, ..." -> "die Stadt Luzern", "Kent County Council
  said the average Band D bill ... rose from £1,514 in 2015 to £2,291 this year."), the
  origin of the claimed figure ("Die Zahl von 480 Franken stammt aus einem Vorstoss ...",
  "Die Zahl 900 stammt aus einer Zählung von 2019, ..." 900 - hundred-ninety-first: "die
  Zahl 40" is the count it names -, "The £250 figure appears to come from a 2021 think-tank
  paper ...", "Die Zahl von 30.000 stammt aus einer europaweiten Studie ...") and the
  arithmetic ("Das entspricht einem Anstieg um gut 15 Prozent, nicht einer
  Verfünffachung.", "That is an increase of about 51%, not 100%.", "By those figures, about
  one in 20,000 electric cars caught fire, against about one in 1,000 combustion-engine
  cars."). Denials of record by an authority or the person concerned are check-worthy
  (hundred-thirty-sixth, hundred-ninety-first): "Eine Hundesteuer des Bundes gibt es nicht
  und ist auch nicht geplant, teilte das Bundesamt ... mit.", "There is no such levy, and
  none has been proposed, the Australian Energy Market Commission said.", "No U.S.
  government agency has published such a study, ...", "The ECB said Winstanley had never
  made the statement ...", "FEMA said no such condition exists ...", "Die Bundespolizei
  teilte mit, für einzelne Bahnhöfe veröffentliche sie keine Jahreszahlen, ...", "Ein
  Sprecher des Departements ... sagte, Stirnemann habe diesen Satz nie gesagt.", "No such
  law exists, ..."; that a quote does not occur in named records is a fact about those
  records (hundred-thirty-sixth): "Der Satz findet sich weder in ihren Reden noch in den 14
  Interviews, ..." 14, "A search of transcripts of her 23 speeches and interviews since she
  joined the board in January 2023 returns no such phrase." 23 and 2023. The other side's
  account is check-worthy (hundred-thirty-sixth): "Raubold sagte der dpa, er habe sich auf
  den Hauptbahnhof Hannover bezogen, ..." -> "Raubold", "Lindebner sagte auf APA-Anfrage,
  ..." -> "Lindebner", "Sellwood later said he had meant ..." -> "Sellwood", "Oehninger
  sagte auf Anfrage, er bleibe bei seiner Aussage." -> "Oehninger" (a stand-by,
  hundred-thirty-sixth: "stood by his remarks"), the campaign's and the senator's
  spokespeople, "Die Nutzerin sagte auf Anfrage, ...", "Der Influencer sagte der dpa, ...",
  "The user who posted the clip, ..., told AFP ...", "The creator of the video told the AP
  ...", and an admission ("Der Verfasser des Videos räumte auf APA-Anfrage ein, ...").
- New: a verdict joined by "denn" or "because" to a checkable reason is check-worthy with
  the reason's figures and attribution, as the verdict followed by a colon and a checkable
  fact (twenty-ninth: "That is false: ... about 77% of benefits."; hundred-twentieth: "Das
  stimmt so nicht: Laut Statistik Austria ..." -> "Statistik Austria"): "Das ist
  irreführend, denn nach Angaben der Deutschen Bahn erreichten im Juli 57,3 Prozent der
  Fernzüge ihr Ziel pünktlich." 57.3 percent -> "die Deutsche Bahn" (the nominative,
  hundred-eleventh), "This is misleading because the 44% figure covers only south-east
  Queensland and leaves out the rebates." 44 percent. The bare verdict line stays a
  negative: "Das ist falsch." and "This is false." (twenty-ninth), "Die Behauptung ist
  falsch." (thirty-third, eighty-sixth, hundred-eleventh), and "This is misleading." as
  they are.
- Rating words are verdicts and negatives (hundred-thirty-sixth, hundred-ninety-first):
  "Fazit: Falsch.", "Bewertung: Falsch.", "Bewertung: Irreführend.", "Bewertung: Falsch
  zugeschrieben.", "Bewertung: KI-generiert.", "Bewertung: Gefälscht.", "Bewertung: Stark
  übertrieben.", "Fazit: Das Video ist echt, zeigt aber ein anderes Ereignis." (a verdict
  summing up checked facts is still the verdict), "Reuters Fact Check rating: False.",
  "Reuters Fact Check rating: Missing context.", "Reuters Fact Check rating:
  Miscaptioned." (hundred-ninety-first: "AP's assessment: Miscaptioned."), "AAP FactCheck
  verdict: False.", "Full Fact's verdict: False.", "Verdict: Fabricated quote.", "AFP
  rating: False.". New: "AFP rating: Out of context." and "Bewertung: Übertrieben." are
  rating words as "Missing context" and "Stark übertrieben" are. New: a rating that
  confirms a claim - "Bewertung: Richtig." - is a verdict as "Falsch" is and a negative;
  what makes it right is in the check-worthy rows before it (Statistik Austria's 74
  Prozent, the Arbeiterkammer's "von 1,79 auf 3,05 Euro").
- Provenance and observation are check-worthy (hundred-thirty-sixth,
  hundred-ninety-first): where and when the material was made or first published ("The
  footage was in fact filmed near Shawnee, Oklahoma, and first posted on YouTube by a storm
  chaser on May 20, 2023." 2023-05-20, "Die Aufnahmen stammen tatsächlich aus Peru und
  wurden dort bereits im Februar 2022 ... ausgestrahlt.", "The footage was filmed at
  Porto's airport on Feb. 24, 2019, ...", "The image was in fact taken off the Libyan coast
  and is stored in AFP's photo archive under a caption dated Aug. 7, 2011.", "The
  screenshot is of a 2023 article ...", "The quote first appeared on a website registered in
  June ..."), what it visibly shows ("Auffällig ist unter anderem ein Feuerwehrauto mit
  fünf Rädern ..." 5, "Im Video bewegen sich Wendebourgs Lippen in den ersten zehn Sekunden
  sichtbar nicht synchron zum Ton." ordinal 1 and 10 seconds, "Im Video sind Schilder in
  spanischer Sprache ... zu sehen, ...", "The helicopter in the clip carries the markings
  ...", "Auf dem Sharepic fehlt jede Quellenangabe, ... einer Facebook-Gruppe mit 41.000
  Mitgliedern." 41,000, "The clip ... runs 23 seconds, against 32 seconds in the
  original."), the findings of detection tools and of the desk's comparisons ("Nach dem
  Ergebnis zweier Erkennungsprogramme wurde das Bild ... mit künstlicher Intelligenz
  erzeugt." 2 - hundred-fifteenth: the genitive "zweier" is "zwei" -, "Reuters compared the
  two videos frame by frame; ..." 2, "A reverse image search of keyframes led AFP to the
  original upload, which has about 48,000 views."). New: what an account is - when it was
  created, how much it posts, what it was called, how many followers it had or gained - is
  a fact anyone can retrace on the platform and check-worthy, as the provenance of the
  material it posts ("Der Account wurde erst im April angelegt und hat seither mehr als
  2.300 Beiträge abgesetzt, im Schnitt also rund 40 am Tag." 2,300 "over" and 40 "about",
  "The account behind the most shared post was created in March and has posted more than
  6,000 times since.", "The account that first posted the screenshot was created in May and
  had about 3,200 followers at the time.", "Der Account, der das Bild zuerst gepostet hat,
  veröffentlichte nach dpa-Recherchen in den vergangenen 30 Tagen 17 ähnliche KI-Bilder
  ..." 30 days and 17, "... the account that posted it gained roughly 80,000 followers in the
  following week.", "The page was set up in 2019 and changed its name four times ..." 2019
  and 4, "The video was Quarrie's 12th post about power prices since January, according to a
  count by AAP FactCheck." ordinal 12, "The page that first posted the claim has shared at
  least three other false stories about the BBC since March, Full Fact found." 3
  "at_least" - the page's record, not the desk's own earlier checks, which stay negatives,
  hundred-ninety-first). New: a timestamp within a clip carries no quantity, as clock times
  (hundred-forty-third: "zwischen 9 und 12 Uhr") and ticker stamps (thirty-second) do not:
  "A pickup truck with an Oklahoma licence plate is visible at the 1:42 mark of the original
  video." is check-worthy without a figure ("5 p.m." none likewise).
- Acts of platforms and reach (hundred-thirty-sixth, hundred-ninety-first): "when the
  platform added a warning label to it", "TikTok removed the video on Tuesday, ...", "Meta
  teilte mit, man habe die gemeldeten Anzeigen entfernt und die zugehörigen 38 Konten
  gesperrt." -> "Meta" (hundred-twentieth: "TikTok said"; a company opening the row with
  "teilte mit", as "Die SBB teilten mit"), "Laut der Werbebibliothek von Meta liefen seit
  Mitte Juni mindestens 230 Varianten der Anzeige ..." 230 "at_least" (data, unchecked;
  hundred-ninety-first: "Meta's ad library shows at least 140 versions"). Views, plays,
  shares, comments, followers and members are counted as every batch before (the Swiss
  apostrophe, tenth; "Einer der Beiträge", "One of the posts", "The most shared version" no
  figure). New: likes are reach as views and shares are - "rund 21.000 Mal mit „Gefällt
  mir“ markiert" 21,000 "about" - and "ein Vielfaches der sonst rund 4'000 Aufrufe" counts
  only its 4,000 ("ein Vielfaches" none).
- Corrections and updates (fifteenth, hundred-eighty-second, hundred-ninety-first): a
  correction written as a sentence that states the right fact is check-worthy with both
  figures ("Berichtigung: Eine frühere Version dieses Faktenchecks gab die Zahl der
  untersuchten Länder mit 53 an, richtig sind 35." 53 and 35; "This story was corrected to
  show homicides in Columbus fell from 204 to 139, not from 240 to 139." four counts, as
  the hundred-eighty-second batch's "This article has been amended to show ... by seven
  votes to two, not six to three."), and a bracketed correction tag is an editorial note
  and a negative with its figure labelled ("(Korrigiert im dritten Absatz die Zahl der
  Länder)" ordinal 3). New: an update line that names no fact ("Update, Aug. 21: This
  article has been updated to add the number of infringement notices issued.") is an
  editorial note as "This story has been updated with additional details." (fifteenth) and
  a negative, its date labelled (seventeenth).
- Negatives besides (ninety-eighth, hundred-thirty-first, hundred-thirty-sixth,
  hundred-ninety-first): the posts' and videos' own rhetoric with "heißt es", "sagt ... im
  Video", "schreibt", "reads", "says" („Es wird doch jedes Jahr schlimmer gemacht, als es
  ist“; «Bald wird einem auch noch der Hund weggesteuert»; ""They're coming for the rain
  now,""; ""Europe is being invaded and the media say nothing,""), politicians' rhetoric in
  quotes with a named speaker („Die Menschen sehen doch jeden Tag, ...“, sagte Raubold.;
  «Luzern verkauft seine Seele an den Massentourismus», sagte Oehninger im Video.;
  ""Hardworking families are being bled dry by this council," Sellwood wrote."), labels
  ("called the video "fearmongering dressed up as statistics."", „Der Sozialminister nannte
  das Bild „eine bewusste Irreführung“, die Regierung prüfe rechtliche Schritte.“ - a label
  with a review that commits to no step, hundred-thirty-sixth), verdicts of an expert, an
  AGES scientist, a fire chief, an economist and a council in quotes, advice ("Wer auf die
  Anzeige hereingefallen sei, solle Anzeige bei der Polizei erstatten, rät das LKA."), an
  appeal ("Louisiana's governor urged residents ..."), a commitment without a measure ("Ein
  Bahnsprecher sagte, man arbeite mit Hochdruck daran, wieder pünktlicher zu werden."),
  commenters ("«Genau so denken die in Bern über uns», kommentierte ein Nutzer.", "... one
  commenter wrote beneath the video." with his 40 years labelled) and the vox pop "Agnes
  Bramall, 58," with her age labelled (seventeenth). Check-worthy without a figure besides:
  "Eine Sprecherin des Wetterdienstes sagte, die Farben der Warnkarten richteten sich nach
  den Warnstufen, ...", "Das von der Zecke übertragbare Krim-Kongo-Fieber wurde in
  Österreich bisher in keinem einzigen Fall nachgewiesen." ("keinem einzigen" none), "The
  original station logs are held in a public archive that anyone can inspect.", "That
  proposal was withdrawn before it took effect, ...", "Verletzt wurde dabei niemand,
  Gebäude wurden nicht beschädigt." (hundred-nineteenth: "No casualties have been
  reported"), "Tatsächlich hatte ein Kabelbrand ... die Versorgung unterbrochen, ...", "Ein
  Polizeisprecher sagte, die Ermittler prüften ein Bekennerschreiben, ...", "Die Videos sind
  Fälschungen, die Bundesbank warnt ... vor den Anzeigen.", "Das Sharepic trägt das Logo
  eines Online-Portals, das laut Handelsregister erst im Mai gegründet wurde.".
- Counts (every batch): reach and the claimed and official figures above; "one electricity
  network" 1 ("one" before a noun counts, hundred-sixty-eighth, hundred-ninety-first), "mit
  71 zu 19 Stimmen" (a tally, hundred-third), "von 9 auf 46", "from 118 to 191", "nur zwei
  davon" ("nur" no hedge), "vier Kinder", "212 complaints", "all 612 scheduled landings",
  "in 14 parishes", "mehr als 16 Sitzplätzen" 16 "over", "per 100,000 vehicles" 100,000
  (rates per head, twenty-ninth, hundred-thirty-sixth), "20 times more likely" 20
  (multiples are counts, hundred-sixteenth; "more likely" after the figure compares, no
  hedge). Physical measures are counts (fourth): temperatures ("ab 25 Grad", "ab 38 Grad"
  with "ab" no hedge, "bis zu 39 Grad" "up_to", "34.8C", "42.1C"), "rund 460 Hektar", "auf
  bis zu 17 Kilometern", "up to 48 mph", "up to 61 km/h", "a combined 110 gallons"
  ("combined" no hedge), "ein 250-Gramm-Stück" 250. Scaled figures ("1,4 Millionen", "2,5
  Millionen", "1,9 Millionen", "1.1 million", "4.6 million", "3.9 million", "3,1 Mio.
  Euro" - hundred-thirtieth: "Mio." 1e6). None: "verfünffacht", "Verfünffachung", "doubled"
  (verbs and their nouns, nineteenth), "mehrere", "several", "Einer der", "One of", "in
  keinem einzigen Fall", "On no day", "ein Vielfaches", the platform "X", "Band D",
  "Corona-Maßnahmen".
- Fractions, percentages and ordinals (the issue: "jeder vierte", "ein Drittel", "zum
  zweiten Mal"): "nur noch jeder dritte Fernzug" 0.3333 ("nur noch" no hedge; two-hundred-
  fourth: "Jedes dritte"), "Rund jeder achte Haushalt" 0.125 "about" (eleventh: "Rund jeder
  zehnte Erwachsene" 0.1 "about"), "in rund zwei Dritteln der Fälle" 0.6667 "about" (the
  dative, hundred-fifteenth), "by nearly a third" 0.3333 "nearly" ("by" no hedge,
  hundred-forty-ninth), "about a third of them" and "about a quarter of them" "about",
  "about one in 20,000" 0.00005 and "about one in 1,000" 0.001 (hundred-ninety-first: "one
  in N" is 1/N, written out in full). Percentages in "%" ("um gut 15 Prozent" "over",
  "knapp 24 Prozent" "nearly", "sogar um 74 Prozent" - "sogar" no hedge -, "57,3 Prozent",
  "4.99%", "about 8.5%", "about 41%", "54% ... 61%"); percentage points in "pp" as the
  great majority of the batches write them from the first (blind_set.py: "um 0,5
  Prozentpunkte"), where the brief names only "%" - the majority is followed: "rund vier Prozentpunkte unter dem
  Vorjahreswert" 4 "pp" "about". Ordinals: "bereits das dritte gefälschte Zitat" 3
  ("bereits" no hedge), "der zweite größere Stromausfall" 2, "Quarrie's 12th post" 12,
  "after the second report" 2, "in den ersten zehn Sekunden" 1, "Im gesamten ersten
  Halbjahr" 1 (hundred-twenty-first: "in the year's first half"), and in the negative tag
  "im dritten Absatz" 3; none for "the most widely shared post", "The most shared version",
  "Die meisten Unfälle".
- Durations and ages (the issue: "fünfstündigen", "dreitägige Reise", "a two-week visit"):
  "binnen zwei Tagen" 2 days, "Das knapp zweiminütige Video" 2 minutes "nearly",
  "dreiminütigen Tiktok-Video" 3 minutes, "a three-day heatwave" 3 days, "for five hours" 5
  hours, "zeitweise zweieinhalb Stunden" 2.5 hours ("zeitweise" no hedge; hundred-thirty-
  sixth: "dreieinhalb Tage"), "bis zu viereinhalb Stunden" 4.5 hours "up_to", "für rund
  drei Stunden" 3 hours "about", "innert 24 Stunden" 24 hours, "for more than 24 hours" 24
  hours "over", "for 12 hours", "Das knapp 40 Sekunden lange Video" 40 seconds "nearly", "a
  90-second video", "a 39-second video", "23 seconds, against 32 seconds", "in den
  vergangenen 30 Tagen" 30 days, "in den vergangenen zehn Tagen" 10 days, "weniger als sechs
  Minuten" 6 minutes "under" (two-hundred-fourth: "weniger als ein Viertel" "under"), "the
  30 years from 1991 to 2020" 30 years, "doubled in ten years" 10 years; ages are durations
  in years: "vier Kinder unter zehn Jahren" 10 years "under" (hundred-thirty-sixth: "unter
  15 Jahren"), the vox pop's 58 and the commenter's 40 years in negatives. None: "innert
  einer Woche" (an article, hundred-thirty-sixth), "in a single week", "in the following
  week", "in a single day", "an einem einzigen Tag", "im Jahr", "a year", "a day", "am
  Tag", "pro Tag", "monatlich", "heuer", "im vergangenen Jahr", "im Jahr davor", "im
  selben Zeitraum", "im gesamten Vorjahr", "last year", "this year", "last financial
  year", "over the past year", "over the same period", "seit Tagen", "seit diesem Sommer",
  "seit Mitte Juni", "seit dem Wochenende", "since Tuesday", "since the storm", "over the
  weekend", "bis Ende Juli", "von Jänner bis Ende Juli", weekdays and months alone ("im
  April", "im Juli", "in March", "in June", "from October", "until next April").
- Money in the currency written (every batch): EUR ("250 Euro monatlich bis zu 4.000 Euro"
  - "monatlich" none, "bis zu" "up_to" -, "von 1,79 auf 3,05 Euro" both, the currency
  written once, "rund 3,1 Mio. Euro" "about" with "zusammen" no hedge), CHF ("480 Franken
  pro Tier" twice, "zwischen 50 und 200 Franken im Jahr" both, "je nach Ort" and
  "zwischen" no hedge, "120 Franken pro Car und Halt"), GBP ("£250 a year", "The £250
  figure", "£172.80" 172.8, "from £1,514 ... to £2,291", "from £38 to £79"), USD ("up to
  $1,000 a day" "up_to", "about $412 million" "about"), AUD ("an A$600 annual", "A$250",
  "about 1.5 cents per kilowatt hour" 0.015 "about" - cents are hundredths of the
  country's dollar, hundred-fiftieth).
- Years and dates: Reuters and AAP datelines with a day ("LONDON, June 4", "SYDNEY, June 10
  (AAP)", "ATHENS, June 18", "BRISBANE, July 2 (AAP)", "WASHINGTON, July 9", "FRANKFURT,
  July 23", "DUBLIN, Aug 6", "BRISBANE, Aug 20 (AAP)") are dates without a year; dpa, APA,
  Keystone-SDA, AP, AFP and PA datelines none (seventy-ninth). Full dates ISO ("ab 1. Januar
  2027" 2027-01-01 with "ab" no hedge, "on May 20, 2023", "on Feb. 24, 2019", "dated Aug.
  7, 2011"); without a year ("für den 26. Juni", "vom 3. Juni", "on June 28", "from July
  1", "takes effect Aug. 1", "on July 14", "on July 29", and "Aug. 21" in the negative
  update line). Years: "1976" twice, "in 2021", "from 1991 to 2020 instead of 1981 to 2010"
  (four years; "from ... to", "instead of" no hedge), "zuletzt 2019", "seit 2018", "a 2023
  article", "since 2020", "in 2020", "seit 2021", "von Juli 2021", "until 2027", "a 2021
  think-tank paper", "since 2019", "in May 2022", "of 2022", "a 2023 analysis", "a 2021 blog
  entry", "im Februar 2022", "since 2016", "a 2019 news article", "im Jahr 2023", "by 2030"
  (inside the quote), "in January 2023", "in 2022", "von 2019", "ab 2027" ("ab" no hedge),
  "in 2015", "in 2019", "since 2017", "from 2022".
- Hedges, only the names in use: "rund", "etwa", "about", "roughly" "about"; "knapp",
  "nearly" "nearly"; "mehr als", "gut", "über", "more than" "over"; "weniger als" "under";
  "mindestens", "at least" "at_least"; "bis zu", "up to" "up_to"; "höchstens" "at_most"
  (hundred-fifty-sixth: "höchstens 22 Kinder"). No hedge: "insgesamt", "im Schnitt", "im
  Jahresschnitt", "zusammen", "a combined", "bislang", "bereits", "erst", "sogar", "nur",
  "nur noch", "tatsächlich", "in fact", "zwischen", "je nach Ort", "ab", "zeitweise",
  "from ... to", "against", "instead of", "more likely" after a figure.
- Speakers, checked only in forms the earlier batches settled: the politicians' claims
  above; "sagte AGES-Expertin Roswitha Kammerstätter" -> "Roswitha Kammerstätter" and
  "sagte Kreisbrandmeister Kilian Sandmeier" -> "Kilian Sandmeier" (the role before the
  name dropped, as "sagte Verteidigungsminister Holger Brümmer", two-hundred-fourth);
  "Raubold sagte der dpa, ...", "Lindebner sagte auf APA-Anfrage, ...", "Oehninger sagte
  auf Anfrage, ..." the surname (the audience dropped, hundred-seventeenth,
  hundred-thirty-sixth); "Laut AGES", "Laut Bundespolizei", "Laut Statistik Austria", "laut
  TCS", "Laut Kantonspolizei Graubünden", "laut Sozialministerium", "Laut Kuratorium für
  Verkehrssicherheit" as written (twenty-ninth, eighty-sixth, hundred-thirty-sixth,
  hundred-ninety-first); "teilte das Bundesamt für Lebensmittelsicherheit und
  Veterinärwesen am Montag mit" -> "das Bundesamt für Lebensmittelsicherheit und
  Veterinärwesen" (the weekday dropped, forty-second), "Die Bundespolizei teilte mit, ..."
  opening the row -> "die Bundespolizei" and "Meta teilte mit, ..." -> "Meta"
  (hundred-ninety-first: "Die SBB teilten mit"); "Nach Angaben des Landkreises Spree-Neiße"
  -> "der Landkreis Spree-Neiße", "Nach Angaben der Stadt Luzern" -> "die Stadt Luzern" and
  "nach Angaben der Deutschen Bahn" -> "die Deutsche Bahn" (the nominative,
  hundred-eleventh, hundred-seventieth). English: "The Met Office said ..." twice and "The
  ECB said ..." opening the row with the article in lower case (hundred-fourteenth,
  hundred-thirty-sixth), "the Australian Energy Market Commission said", "the National
  Highway Traffic Safety Administration said" (hundred-thirty-sixth: "the Commission said"),
  "The Australian Energy Regulator said" -> "the Australian Energy Regulator", "FEMA said",
  "Dublin Airport said" and "Kent County Council said" as written (hundred-twentieth:
  "TikTok said"; hundred-eleventh: "Birmingham City Council said"), "The council said ..."
  -> "the council" (hundred-twenty-first), "according to the Department for Culture, Media
  and Sport" with its article (hundred-eleventh: "according to the agency"), "A BBC
  spokesperson said" -> "a BBC spokesperson" (eighty-sixth, hundred-thirty-sixth),
  "Sellwood later said" -> "Sellwood". Left unchecked (None): the posts, videos, reels,
  chain messages, sharepics, adverts and their authors ("behauptet eine Nutzerin",
  "behauptet ein Reise-Influencer", "Die Nutzerin sagte auf Anfrage", "Der Influencer sagte
  der dpa", "The user who posted the clip ... told AFP", "The creator of the video told the
  AP"), roles without a name ("Eine Sprecherin des Wetterdienstes sagte", "Ein Sprecher des
  Departements ... sagte", "Ein Polizeisprecher sagte", "A spokesperson for Dunthorne's
  campaign said", "A spokesperson for Quarrie said", "a spokesperson for the Colorado
  Department of Natural Resources said", "A council spokesperson said" - hundred-thirty-
  sixth: "her spokesperson said"), "nach eigenen Angaben", "nach Auskunft des Landes" (a
  form no batch settled), "Laut dem Departement" (the article after "Laut", not settled),
  "the ministry said" and "the department added" (two-hundred-fourth: "the ministry said",
  "the air force added" unchecked), "teilte der Netzbetreiber Stromnetz Berlin mit" (a
  description before the name, fortieth, hundred-seventieth), "The state engineer's office
  said", "Louisiana's insurance department said", "according to the island's reception
  centre", "according to the network's annual report" (a possessive heading the source,
  eighty-third), "Das Landeskriminalamt Baden-Württemberg zählte", "Das Kuratorium zählte"
  (no verb of saying, hundred-thirty-sixth: "Die Polizei zählte"), "Für den vergangenen
  Sommer geht das Robert Koch-Institut von ... aus" (an estimate, not a verb of saying),
  "bestätigt der Verband der Bäderbetreiber", data, documents, tools and the desks' findings
  ("FBI figures show", "City police data show", "FEMA data show", "According to Australian
  Bureau of Statistics data", "according to the same data", "according to readings from the
  national observatory", "Council records show", "Nach Daten der Bundesnetzagentur", "laut
  der Statistikfunktion von Telegram", "Laut der Werbebibliothek von Meta", "laut
  Handelsregister", "wie eine Umfrage des Branchenverbands zeigt", "nach dpa-Recherchen",
  "according to a Reuters analysis", "according to a count by AAP FactCheck", "Full Fact
  found", "Reuters compared"), and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_236 = [
    # --- Faktencheck: Färbt der DWD seine Karten schon ab 25 Grad tiefrot? (dpa) ---
    (
        "de",
        "Offenbach (dpa) - Ein auf X und Facebook vielfach geteilter Beitrag behauptet, der Deutsche Wetterdienst färbe seine Warnkarten seit diesem Sommer schon ab 25 Grad tiefrot, um Angst vor dem Klimawandel zu schüren.",
        True,
        [("count", 25, None, None)],
        None,
    ),
    (
        "de",
        "Der Beitrag stammt von einem Account mit rund 86.000 Followern und wurde binnen zwei Tagen mehr als 1,4 Millionen Mal angezeigt.",
        True,
        [("count", 86000, None, "about"), ("duration", 2, "day", None), ("count", 1400000, None, "over")],
        None,
    ),
    (
        "de",
        "Tatsächlich hat der DWD seine Farbskala nach eigenen Angaben zuletzt 2019 geändert; Dunkelrot steht dort erst für Temperaturen ab 38 Grad.",
        True,
        [("year", 2019, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Die im Beitrag gezeigte Karte ist eine Prognose für den 26. Juni, an dem im Oberrheingraben bis zu 39 Grad erwartet wurden.",
        True,
        [("date", "--06-26", None, None), ("count", 39, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Account wurde erst im April angelegt und hat seither mehr als 2.300 Beiträge abgesetzt, im Schnitt also rund 40 am Tag.",
        True,
        [("count", 2300, None, "over"), ("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "Eine Sprecherin des Wetterdienstes sagte, die Farben der Warnkarten richteten sich nach den Warnstufen, nicht nach der Temperatur allein.",
        True,
        [],
        None,
    ),
    ("de", "„Es wird doch jedes Jahr schlimmer gemacht, als es ist“, heißt es in dem Beitrag weiter.", False, [], None),
    ("de", "Das ist falsch.", False, [], None),
    # --- UK heatwave records "rewritten"? (Reuters) ---
    (
        "en",
        "LONDON, June 4 (Reuters) - Posts on X and Facebook claim the Met Office has quietly lowered the temperatures recorded during the 1976 heatwave so that this summer's readings look like records.",
        True,
        [("date", "--06-04", None, None), ("year", 1976, None, None)],
        None,
    ),
    (
        "en",
        "One of the posts, from an account with about 215,000 followers, has been viewed more than 4.6 million times and reposted about 19,000 times.",
        True,
        [("count", 215000, None, "about"), ("count", 4600000, None, "over"), ("count", 19000, None, "about")],
        None,
    ),
    (
        "en",
        "The Met Office said its published figures for 1976, including a peak of 34.8C at a station in Gloucestershire on June 28, had not been changed.",
        True,
        [("year", 1976, None, None), ("count", 34.8, None, None), ("date", "--06-28", None, None)],
        "the Met Office",
    ),
    (
        "en",
        "What did change in 2021 was the period used for long-term averages, which now cover the 30 years from 1991 to 2020 instead of 1981 to 2010.",
        True,
        [
            ("year", 2021, None, None),
            ("duration", 30, "year", None),
            ("year", 1991, None, None),
            ("year", 2020, None, None),
            ("year", 1981, None, None),
            ("year", 2010, None, None),
        ],
        None,
    ),
    ("en", "The original station logs are held in a public archive that anyone can inspect.", True, [], None),
    (
        "en",
        '"You cannot quietly rewrite a national record without every climatologist in the country noticing," said climate scientist Delia Coverdale of the University of Reading.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The account behind the most shared post was created in March and has posted more than 6,000 times since.",
        True,
        [("count", 6000, None, "over")],
        None,
    ),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- Faktencheck: Zwölf Tote durch Riesenzecken? (APA) ---
    (
        "de",
        "Wien (APA) - Eine Kettennachricht, die seit Tagen über Whatsapp verbreitet wird, behauptet, in der Steiermark seien heuer bereits zwölf Menschen nach Stichen der Riesenzecke Hyalomma gestorben.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Laut AGES wurden in Österreich seit 2018 insgesamt 17 Exemplare dieser Zeckenart gefunden, ein Todesfall ist nicht bekannt.",
        True,
        [("year", 2018, None, None), ("count", 17, None, None)],
        "AGES",
    ),
    (
        "de",
        "Heuer seien bislang drei Funde gemeldet worden, zwei davon in der Steiermark, sagte AGES-Expertin Roswitha Kammerstätter.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        "Roswitha Kammerstätter",
    ),
    (
        "de",
        "Das von der Zecke übertragbare Krim-Kongo-Fieber wurde in Österreich bisher in keinem einzigen Fall nachgewiesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Nachricht endet mit der Aufforderung, sie an mindestens zehn Kontakte weiterzuleiten.",
        True,
        [("count", 10, None, "at_least")],
        None,
    ),
    (
        "de",
        "Als Quelle nennt die Nachricht ein angebliches Schreiben des Landes Steiermark vom 3. Juni, das es nach Auskunft des Landes nicht gibt.",
        True,
        [("date", "--06-03", None, None)],
        None,
    ),
    ("de", "„Solche Kettenbriefe leben von der Angst, nicht von Fakten“, sagte Kammerstätter.", False, [], None),
    ("de", "Fazit: Falsch.", False, [], None),
    # --- Home battery "grid levy" (AAP) ---
    (
        "en",
        'SYDNEY, June 10 (AAP) - Social media posts claim households with home batteries will have to pay an A$600 annual "grid levy" from July 1.',
        True,
        [("date", "--06-10", None, None), ("money", 600, "AUD", None), ("date", "--07-01", None, None)],
        None,
    ),
    (
        "en",
        "The posts, most of which share the same screenshot of a news article, have been shared more than 12,000 times on Facebook.",
        True,
        [("count", 12000, None, "over")],
        None,
    ),
    (
        "en",
        "There is no such levy, and none has been proposed, the Australian Energy Market Commission said.",
        True,
        [],
        "the Australian Energy Market Commission",
    ),
    (
        "en",
        "The screenshot is of a 2023 article about a proposal by one electricity network in Victoria to charge solar owners about 1.5 cents per kilowatt hour for exports at peak times.",
        True,
        [("year", 2023, None, None), ("count", 1, None, None), ("money", 0.015, "AUD", "about")],
        None,
    ),
    (
        "en",
        "That proposal was withdrawn before it took effect, according to the network's annual report.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The account that first posted the screenshot was created in May and had about 3,200 followers at the time.",
        True,
        [("count", 3200, None, "about")],
        None,
    ),
    (
        "en",
        '"Every time we try to get ahead, they find a new way to slug us," one of the posts reads.',
        False,
        [],
        None,
    ),
    ("en", "AAP FactCheck verdict: False.", False, [], None),
    # --- Faktencheck: Kommt eine Hundesteuer des Bundes? (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - In einem Tiktok-Video behauptet eine Nutzerin, der Bund führe ab 1. Januar 2027 eine Hundesteuer von 480 Franken pro Tier ein.",
        True,
        [("date", "2027-01-01", None, None), ("money", 480, "CHF", None)],
        None,
    ),
    (
        "de",
        "Das knapp zweiminütige Video wurde innert einer Woche rund 380'000 Mal abgespielt und gut 9'000 Mal kommentiert.",
        True,
        [("duration", 2, "minute", "nearly"), ("count", 380000, None, "about"), ("count", 9000, None, "over")],
        None,
    ),
    (
        "de",
        "Eine Hundesteuer des Bundes gibt es nicht und ist auch nicht geplant, teilte das Bundesamt für Lebensmittelsicherheit und Veterinärwesen am Montag mit.",
        True,
        [],
        "das Bundesamt für Lebensmittelsicherheit und Veterinärwesen",
    ),
    (
        "de",
        "Die Abgabe wird von den Gemeinden erhoben und liegt je nach Ort zwischen 50 und 200 Franken im Jahr.",
        True,
        [("money", 50, "CHF", None), ("money", 200, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Zahl von 480 Franken stammt aus einem Vorstoss im Grossen Rat von Basel-Stadt, der im März mit 71 zu 19 Stimmen abgelehnt wurde.",
        True,
        [("money", 480, "CHF", None), ("count", 71, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Rund jeder achte Haushalt in der Schweiz hält einen Hund, wie eine Umfrage des Branchenverbands zeigt.",
        True,
        [("fraction", 0.125, None, "about")],
        None,
    ),
    (
        "de",
        "Die Nutzerin sagte auf Anfrage, sie habe den Vorstoss für einen Beschluss des Bundes gehalten.",
        True,
        [],
        None,
    ),
    ("de", "«Bald wird einem auch noch der Hund weggesteuert», sagt die Nutzerin im Video.", False, [], None),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Candidate's Columbus crime claim (AP) ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Republican gubernatorial candidate Curtis Dunthorne claimed in a video posted to his campaign's social media accounts on Monday that violent crime in Columbus had risen 60% since 2020.",
        True,
        [("percent", 60, "%", None), ("year", 2020, None, None)],
        "Curtis Dunthorne",
    ),
    (
        "en",
        "The video has been viewed about 1.1 million times across X, Facebook and Instagram.",
        True,
        [("count", 1100000, None, "about")],
        None,
    ),
    (
        "en",
        "FBI figures show the city recorded 5,412 violent crimes in 2020 and 5,870 last year, an increase of about 8.5%.",
        True,
        [
            ("count", 5412, None, None),
            ("year", 2020, None, None),
            ("count", 5870, None, None),
            ("percent", 8.5, "%", "about"),
        ],
        None,
    ),
    (
        "en",
        "City police data show homicides fell by nearly a third over the same period, from 204 to 139.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("count", 204, None, None), ("count", 139, None, None)],
        None,
    ),
    (
        "en",
        "A spokesperson for Dunthorne's campaign said the candidate had been referring to aggravated assaults in the city's downtown precinct, which rose from 118 to 191.",
        True,
        [("count", 118, None, None), ("count", 191, None, None)],
        None,
    ),
    (
        "en",
        '"People don\'t feel safe walking to their cars anymore, and the numbers are just catching up," Dunthorne told supporters at a rally in Dublin, Ohio.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Dunthorne\'s Democratic opponent, Noreen Okeke-Hale, called the video "fearmongering dressed up as statistics."',
        False,
        [],
        None,
    ),
    (
        "en",
        "This story was corrected to show homicides in Columbus fell from 204 to 139, not from 240 to 139.",
        True,
        [
            ("count", 204, None, None),
            ("count", 139, None, None),
            ("count", 240, None, None),
            ("count", 139, None, None),
        ],
        None,
    ),
    # --- Faktencheck: Verfünffachung der Messerangriffe an Bahnhöfen? (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der AfD-Bundestagsabgeordnete Benedikt Raubold hat in einem dreiminütigen Tiktok-Video behauptet, die Zahl der Messerangriffe an deutschen Bahnhöfen habe sich im vergangenen Jahr verfünffacht.",
        True,
        [("duration", 3, "minute", None)],
        "Benedikt Raubold",
    ),
    (
        "de",
        "Das Video wurde seit Donnerstag knapp 640.000 Mal abgespielt und rund 21.000 Mal mit „Gefällt mir“ markiert.",
        True,
        [("count", 640000, None, "nearly"), ("count", 21000, None, "about")],
        None,
    ),
    (
        "de",
        "Laut Bundespolizei wurden im vergangenen Jahr an Bahnhöfen 812 Messerangriffe registriert, im Jahr davor waren es 703.",
        True,
        [("count", 812, None, None), ("count", 703, None, None)],
        "Bundespolizei",
    ),
    (
        "de",
        "Das entspricht einem Anstieg um gut 15 Prozent, nicht einer Verfünffachung.",
        True,
        [("percent", 15, "%", "over")],
        None,
    ),
    (
        "de",
        "Raubold sagte der dpa, er habe sich auf den Hauptbahnhof Hannover bezogen, wo die Zahl von 9 auf 46 gestiegen sei.",
        True,
        [("count", 9, None, None), ("count", 46, None, None)],
        "Raubold",
    ),
    (
        "de",
        "Die Bundespolizei teilte mit, für einzelne Bahnhöfe veröffentliche sie keine Jahreszahlen, eine solche Statistik stamme nicht von ihr.",
        True,
        [],
        "die Bundespolizei",
    ),
    ("de", "„Die Menschen sehen doch jeden Tag, was auf unseren Bahnhöfen los ist“, sagte Raubold.", False, [], None),
    ("de", "Bewertung: Irreführend.", False, [], None),
    # --- Acropolis "helicopter evacuation" (Reuters) ---
    (
        "en",
        "ATHENS, June 18 (Reuters) - A video shared on TikTok and X claims to show tourists being evacuated from the Acropolis by helicopter during a three-day heatwave this week.",
        True,
        [("date", "--06-18", None, None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "The clip had been viewed more than 2.9 million times on TikTok by Wednesday, when the platform added a warning label to it.",
        True,
        [("count", 2900000, None, "over")],
        None,
    ),
    (
        "en",
        "The footage was in fact filmed during a fire drill at the site in September 2021 and first posted on the culture ministry's YouTube channel.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The Acropolis closed for five hours on Tuesday afternoon because of the heat and reopened at 5 p.m., with no evacuation needed, the ministry said.",
        True,
        [("duration", 5, "hour", None)],
        None,
    ),
    (
        "en",
        "Temperatures in Athens reached 42.1C on Tuesday, according to readings from the national observatory.",
        True,
        [("count", 42.1, None, None)],
        None,
    ),
    (
        "en",
        "The helicopter in the clip carries the markings of the Hellenic Fire Service, not of any tourist or medical operator.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"I was up there that afternoon and nobody was airlifted anywhere," said Agnes Bramall, 58, a tourist from Leeds.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Miscaptioned.", False, [], None),
    # --- Faktencheck: Butter um 70 Prozent teurer? (APA) ---
    (
        "de",
        "Wien (APA) - FPÖ-Nationalrat Gregor Lindebner hat in einer Aussendung behauptet, Butter sei in Österreich seit 2021 um 70 Prozent teurer geworden.",
        True,
        [("year", 2021, None, None), ("percent", 70, "%", None)],
        "Gregor Lindebner",
    ),
    (
        "de",
        "Die Aussendung wurde auf Facebook von mehreren Parteiseiten geteilt und dort insgesamt mehr als 4.000 Mal weiterverbreitet.",
        True,
        [("count", 4000, None, "over")],
        None,
    ),
    (
        "de",
        "Laut Statistik Austria stieg der Preis für Butter von Juli 2021 bis Juli dieses Jahres sogar um 74 Prozent.",
        True,
        [("year", 2021, None, None), ("percent", 74, "%", None)],
        "Statistik Austria",
    ),
    (
        "de",
        "Nahrungsmittel insgesamt verteuerten sich im selben Zeitraum um 31,8 Prozent, die allgemeine Teuerung lag bei knapp 24 Prozent.",
        True,
        [("percent", 31.8, "%", None), ("percent", 24, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Lindebner sagte auf APA-Anfrage, er habe die Zahl aus einem Preisvergleich der Arbeiterkammer übernommen, der 15 Grundnahrungsmittel umfasst.",
        True,
        [("count", 15, None, None)],
        "Lindebner",
    ),
    (
        "de",
        "Der Preismonitor der Arbeiterkammer weist für ein 250-Gramm-Stück Butter einen Anstieg von 1,79 auf 3,05 Euro aus.",
        True,
        [("count", 250, None, None), ("money", 1.79, "EUR", None), ("money", 3.05, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Regierung schaut zu, wie sich die Leute das Frühstück nicht mehr leisten können“, heißt es in der Aussendung.",
        False,
        [],
        None,
    ),
    ("de", "Bewertung: Richtig.", False, [], None),
    # --- TV licence "rising to £250" (PA) ---
    (
        "en",
        "LONDON (PA) - Posts shared widely on Facebook claim the TV licence fee will rise to £250 a year from October to pay for bonuses for BBC staff.",
        True,
        [("money", 250, "GBP", None)],
        None,
    ),
    (
        "en",
        "The fee rose to £172.80 in April and will stay at that level until next April, according to the Department for Culture, Media and Sport.",
        True,
        [("money", 172.8, "GBP", None)],
        "the Department for Culture, Media and Sport",
    ),
    (
        "en",
        "Any future increase is tied to inflation under a settlement that runs until 2027, the department added.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "The most widely shared post, from a page with about 92,000 followers, has been shared more than 8,500 times since Tuesday.",
        True,
        [("count", 92000, None, "about"), ("count", 8500, None, "over")],
        None,
    ),
    (
        "en",
        "The £250 figure appears to come from a 2021 think-tank paper that modelled a household levy to replace the licence fee.",
        True,
        [("money", 250, "GBP", None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "A BBC spokesperson said the corporation had paid no bonuses to staff since 2019.",
        True,
        [("year", 2019, None, None)],
        "a BBC spokesperson",
    ),
    (
        "en",
        "The page that first posted the claim has shared at least three other false stories about the BBC since March, Full Fact found.",
        True,
        [("count", 3, None, "at_least")],
        None,
    ),
    ("en", "Full Fact's verdict: False.", False, [], None),
    # --- Faktencheck: Falsches Zitat zum Gotthard-Stau (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Ein auf Facebook und Instagram verbreitetes Sharepic legt Bundesrätin Carmen Stirnemann den Satz in den Mund: «Wer am Gotthard im Stau steht, ist selber schuld.»",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Bild wurde seit Samstag gut 27'000 Mal geteilt, vor allem in Gruppen aus dem Tessin und der Zentralschweiz.",
        True,
        [("count", 27000, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Departements für Umwelt, Verkehr, Energie und Kommunikation sagte, Stirnemann habe diesen Satz nie gesagt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Satz findet sich weder in ihren Reden noch in den 14 Interviews, die sie seit ihrem Amtsantritt im Januar gegeben hat.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Am Samstag staute sich der Verkehr vor dem Nordportal laut TCS auf bis zu 17 Kilometern, die Wartezeit betrug zeitweise zweieinhalb Stunden.",
        True,
        [("count", 17, None, "up_to"), ("duration", 2.5, "hour", None)],
        "TCS",
    ),
    (
        "de",
        "Laut dem Departement ist es bereits das dritte gefälschte Zitat der Bundesrätin, das seit März in sozialen Netzwerken kursiert.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Sharepic trägt das Logo eines Online-Portals, das laut Handelsregister erst im Mai gegründet wurde.",
        True,
        [],
        None,
    ),
    ("de", "«Genau so denken die in Bern über uns», kommentierte ein Nutzer.", False, [], None),
    ("de", "Bewertung: Falsch zugeschrieben.", False, [], None),
    # --- Senator's power bill claim (AAP) ---
    (
        "en",
        "BRISBANE, July 2 (AAP) - Queensland senator Lachlan Quarrie claimed in a Facebook video that household power bills had risen by 45% since the federal government took office in May 2022.",
        True,
        [("date", "--07-02", None, None), ("percent", 45, "%", None), ("year", 2022, None, None)],
        "Lachlan Quarrie",
    ),
    (
        "en",
        "The video has had about 310,000 views and more than 2,600 comments.",
        True,
        [("count", 310000, None, "about"), ("count", 2600, None, "over")],
        None,
    ),
    (
        "en",
        "According to Australian Bureau of Statistics data, household electricity prices rose 29.4% between the June quarter of 2022 and the March quarter of this year.",
        True,
        [("percent", 29.4, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Without federal and state energy bill rebates, the rise would have been about 41%, according to the same data.",
        True,
        [("percent", 41, "%", "about")],
        None,
    ),
    (
        "en",
        "A spokesperson for Quarrie said the senator had been referring to prices in south-east Queensland, where bills rose by about 44% over the same period.",
        True,
        [("percent", 44, "%", "about")],
        None,
    ),
    (
        "en",
        "This is misleading because the 44% figure covers only south-east Queensland and leaves out the rebates.",
        True,
        [("percent", 44, "%", None)],
        None,
    ),
    (
        "en",
        "The video was Quarrie's 12th post about power prices since January, according to a count by AAP FactCheck.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "The Australian Energy Regulator said wholesale prices had fallen over the past year but network charges were still rising.",
        True,
        [],
        "the Australian Energy Regulator",
    ),
    ("en", '"Every family in this state knows what has happened to their power bill," Quarrie said.', False, [], None),
    # --- Faktencheck: KI-Bild vom Waldbrand in der Lausitz (dpa) ---
    (
        "de",
        "Cottbus (dpa) - Ein auf X verbreitetes Bild soll zeigen, wie ein Waldbrand in der Lausitz auf die Ortschaft Jerischke übergreift und mehrere Wohnhäuser in Flammen stehen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nach dem Ergebnis zweier Erkennungsprogramme wurde das Bild mit hoher Wahrscheinlichkeit mit künstlicher Intelligenz erzeugt.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Auffällig ist unter anderem ein Feuerwehrauto mit fünf Rädern auf einer Seite und einer Aufschrift ohne lesbare Buchstaben.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben des Landkreises Spree-Neiße hat das Feuer seit Sonntag rund 460 Hektar Wald erfasst, Wohnhäuser seien nicht beschädigt worden.",
        True,
        [("count", 460, None, "about")],
        "der Landkreis Spree-Neiße",
    ),
    (
        "de",
        "Rund 300 Einsatzkräfte seien vor Ort, sagte Kreisbrandmeister Kilian Sandmeier.",
        True,
        [("count", 300, None, "about")],
        "Kilian Sandmeier",
    ),
    (
        "de",
        "Der Account, der das Bild zuerst gepostet hat, veröffentlichte nach dpa-Recherchen in den vergangenen 30 Tagen 17 ähnliche KI-Bilder von Katastrophen.",
        True,
        [("duration", 30, "day", None), ("count", 17, None, None)],
        None,
    ),
    ("de", "„Solche Bilder machen den Menschen hier zusätzlich Angst“, sagte Sandmeier.", False, [], None),
    ("de", "Bewertung: KI-generiert.", False, [], None),
    # --- Oklahoma tornado clip shared as Lincolnshire (AFP) ---
    (
        "en",
        "PARIS (AFP) - A video viewed more than 900,000 times on Facebook is being shared as showing a tornado tearing through a caravan park in Lincolnshire, England, on Sunday.",
        True,
        [("count", 900000, None, "over")],
        None,
    ),
    (
        "en",
        "The footage was in fact filmed near Shawnee, Oklahoma, and first posted on YouTube by a storm chaser on May 20, 2023.",
        True,
        [("date", "2023-05-20", None, None)],
        None,
    ),
    (
        "en",
        "A reverse image search of keyframes led AFP to the original upload, which has about 48,000 views.",
        True,
        [("count", 48000, None, "about")],
        None,
    ),
    (
        "en",
        "A pickup truck with an Oklahoma licence plate is visible at the 1:42 mark of the original video.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Met Office said there had been no tornado reports in Lincolnshire over the weekend, only gusts of up to 48 mph near the coast.",
        True,
        [("count", 48, None, "up_to")],
        "the Met Office",
    ),
    (
        "en",
        'The user who posted the clip, who lists his home as Skegness, told AFP he had found it in a WhatsApp group and "assumed it was local."',
        True,
        [],
        None,
    ),
    ("en", '"This is exactly how panic starts," a Lincolnshire County Council spokesperson said.', False, [], None),
    ("en", "AFP rating: Out of context.", False, [], None),
    # --- Faktencheck: Deepfake-Werbung mit Bundesbank-Vorständin (dpa) ---
    (
        "de",
        "Stuttgart (dpa) - In Werbeanzeigen auf Facebook und Instagram soll Bundesbank-Vorständin Ilse Wendebourg Anlegern eine Handelsplattform empfehlen, die mit einer Einlage von 250 Euro monatlich bis zu 4.000 Euro Gewinn verspreche.",
        True,
        [("money", 250, "EUR", None), ("money", 4000, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Die Videos sind Fälschungen, die Bundesbank warnt auf ihrer Internetseite ausdrücklich vor den Anzeigen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut der Werbebibliothek von Meta liefen seit Mitte Juni mindestens 230 Varianten der Anzeige in Deutschland und Österreich.",
        True,
        [("count", 230, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Landeskriminalamt Baden-Württemberg zählte seit Mai 214 Anzeigen von Geschädigten mit einem Schaden von zusammen rund 3,1 Mio. Euro.",
        True,
        [("count", 214, None, None), ("money", 3100000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Video bewegen sich Wendebourgs Lippen in den ersten zehn Sekunden sichtbar nicht synchron zum Ton.",
        True,
        [("ordinal", 1, None, None), ("duration", 10, "second", None)],
        None,
    ),
    (
        "de",
        "Meta teilte mit, man habe die gemeldeten Anzeigen entfernt und die zugehörigen 38 Konten gesperrt.",
        True,
        [("count", 38, None, None)],
        "Meta",
    ),
    (
        "de",
        "Wer auf die Anzeige hereingefallen sei, solle Anzeige bei der Polizei erstatten, rät das LKA.",
        False,
        [],
        None,
    ),
    ("de", "Bewertung: Gefälscht.", False, [], None),
    # --- "20 times more likely" EV fire claim (Reuters) ---
    (
        "en",
        'WASHINGTON, July 9 (Reuters) - A widely shared post on X claims electric cars are 20 times more likely to catch fire than gasoline cars, citing a "new government study."',
        True,
        [("date", "--07-09", None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "en",
        "The post, from an account with about 1.2 million followers, has been viewed more than 7 million times since Saturday.",
        True,
        [("count", 1200000, None, "about"), ("count", 7000000, None, "over")],
        None,
    ),
    (
        "en",
        "No U.S. government agency has published such a study, the National Highway Traffic Safety Administration said.",
        True,
        [],
        "the National Highway Traffic Safety Administration",
    ),
    (
        "en",
        "A 2023 analysis by a Swedish civil protection agency counted 31 fires in electric and hybrid cars among about 620,000 such vehicles, against 3,900 fires among about 3.9 million combustion-engine cars.",
        True,
        [
            ("year", 2023, None, None),
            ("count", 31, None, None),
            ("count", 620000, None, "about"),
            ("count", 3900, None, None),
            ("count", 3900000, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "By those figures, about one in 20,000 electric cars caught fire, against about one in 1,000 combustion-engine cars.",
        True,
        [("fraction", 0.00005, None, "about"), ("fraction", 0.001, None, "about")],
        None,
    ),
    (
        "en",
        'The "study" cited in the post is a 2021 blog entry by a car insurance comparison site that counted fires per 100,000 vehicles sold rather than on the road.',
        True,
        [("year", 2021, None, None), ("count", 100000, None, None)],
        None,
    ),
    ("en", '"Nobody in the media wants to talk about the risks of these cars," the post says.', False, [], None),
    ("en", "Reuters Fact Check rating: False.", False, [], None),
    # --- Faktencheck: Murgang-Video stammt aus Peru (Keystone-SDA) ---
    (
        "de",
        "Chur (Keystone-SDA) - Ein Video, das auf Tiktok und Whatsapp kursiert, soll einen Murgang zeigen, der am Mittwoch im Prättigau ein Dorf verschüttet habe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das knapp 40 Sekunden lange Video wurde innert 24 Stunden über 520'000 Mal angesehen.",
        True,
        [("duration", 40, "second", "nearly"), ("duration", 24, "hour", None), ("count", 520000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Aufnahmen stammen tatsächlich aus Peru und wurden dort bereits im Februar 2022 von einem lokalen Fernsehsender ausgestrahlt.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Im Video sind Schilder in spanischer Sprache und ein dreirädriges Mototaxi zu sehen, wie es in Peru verbreitet ist.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut Kantonspolizei Graubünden gingen am Mittwoch im Prättigau zwei kleinere Murgänge nieder, die eine Kantonsstrasse für rund drei Stunden blockierten.",
        True,
        [("count", 2, None, None), ("duration", 3, "hour", "about")],
        "Kantonspolizei Graubünden",
    ),
    ("de", "Verletzt wurde dabei niemand, Gebäude wurden nicht beschädigt.", True, [], None),
    (
        "de",
        "«Man sieht ja, wie schnell es bei uns gehen kann», schreibt die Person, die das Video zuerst geteilt hat.",
        False,
        [],
        None,
    ),
    ("de", "Fazit: Das Video ist echt, zeigt aber ein anderes Ereignis.", False, [], None),
    # --- Colorado rainwater "fines" (AP) ---
    (
        "en",
        "DENVER (AP) — Social media posts claim Colorado residents face fines of up to $1,000 a day for collecting rainwater under a new state law that takes effect Aug. 1.",
        True,
        [("money", 1000, "USD", "up_to"), ("date", "--08-01", None, None)],
        None,
    ),
    (
        "en",
        "No such law exists, and no fine of that kind has been proposed in the legislature, a spokesperson for the Colorado Department of Natural Resources said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Colorado has allowed most homeowners to collect rainwater in up to two barrels holding a combined 110 gallons since 2016.",
        True,
        [("count", 2, None, "up_to"), ("count", 110, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        "The claim appears to originate from a 90-second video posted on TikTok on July 14 that has since been viewed about 2.2 million times.",
        True,
        [("duration", 90, "second", None), ("date", "--07-14", None, None), ("count", 2200000, None, "about")],
        None,
    ),
    (
        "en",
        "TikTok removed the video on Tuesday, saying it broke the platform's rules on harmful misinformation.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The creator of the video told the AP he had misread a 2019 news article about water rights in another state.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    ("en", '"They\'re coming for the rain now," the man says in the video.', False, [], None),
    (
        "en",
        "The state engineer's office said it had fielded more than 300 calls about the video in a single week.",
        True,
        [("count", 300, None, "over")],
        None,
    ),
    # --- Faktencheck: Pensionen für Beamte stärker erhöht? (APA) ---
    (
        "de",
        "Wien (APA) - Ein auf Facebook geteiltes Sharepic behauptet, Beamtenpensionen würden im kommenden Jahr um 8,3 Prozent erhöht, ASVG-Pensionen dagegen nur um 4,6 Prozent.",
        True,
        [("percent", 8.3, "%", None), ("percent", 4.6, "%", None)],
        None,
    ),
    (
        "de",
        "Das Bild wurde in den vergangenen zehn Tagen rund 14.000 Mal geteilt und knapp 3.000 Mal kommentiert.",
        True,
        [("duration", 10, "day", None), ("count", 14000, None, "about"), ("count", 3000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Tatsächlich gilt die gesetzliche Anpassung von 4,6 Prozent laut Sozialministerium für ASVG- und Beamtenpensionen gleichermaßen.",
        True,
        [("percent", 4.6, "%", None)],
        "Sozialministerium",
    ),
    (
        "de",
        "Die Zahl von 8,3 Prozent stammt aus einem Gehaltsabschluss für Beamte im Jahr 2023 und betrifft Aktivbezüge, nicht Pensionen.",
        True,
        [("percent", 8.3, "%", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Rund 2,5 Millionen Menschen in Österreich beziehen eine Pension, darunter etwa 300.000 Beamtinnen und Beamte im Ruhestand.",
        True,
        [("count", 2500000, None, "about"), ("count", 300000, None, "about")],
        None,
    ),
    (
        "de",
        "Auf dem Sharepic fehlt jede Quellenangabe, in der Fußzeile steht lediglich der Name einer Facebook-Gruppe mit 41.000 Mitgliedern.",
        True,
        [("count", 41000, None, None)],
        None,
    ),
    (
        "de",
        "Der Sozialminister nannte das Bild „eine bewusste Irreführung“, die Regierung prüfe rechtliche Schritte.",
        False,
        [],
        None,
    ),
    ("de", "Bewertung: Falsch.", False, [], None),
    # --- Fabricated ECB quote on cash (Reuters) ---
    (
        "en",
        'FRANKFURT, July 23 (Reuters) - A quote attributed to European Central Bank board member Yvette Winstanley, saying cash would be "phased out across the euro zone by 2030," has been shared more than 45,000 times on Facebook and X.',
        True,
        [("date", "--07-23", None, None), ("year", 2030, None, None), ("count", 45000, None, "over")],
        None,
    ),
    (
        "en",
        "The ECB said Winstanley had never made the statement and that the bank had no plans to abolish cash.",
        True,
        [],
        "the ECB",
    ),
    (
        "en",
        "A search of transcripts of her 23 speeches and interviews since she joined the board in January 2023 returns no such phrase.",
        True,
        [("count", 23, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The quote first appeared on a website registered in June that copies the design of a German financial newspaper.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The site has published at least 140 articles since then, about a third of them with invented quotes from central bankers, according to a Reuters analysis.",
        True,
        [("count", 140, None, "at_least"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "The ECB's latest payments survey found that cash was used for 54% of point-of-sale payments in the euro area last year, down from 61% in 2022.",
        True,
        [("percent", 54, "%", None), ("percent", 61, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        '"First they take your cash, then they take your freedom," reads the text beneath the quote.',
        False,
        [],
        None,
    ),
    ("en", "Verdict: Fabricated quote.", False, [], None),
    # --- Faktencheck: 60 Tote in Freibädern? (APA) ---
    (
        "de",
        "Wien (APA) - Ein auf Tiktok verbreitetes Video behauptet, in Österreich seien heuer bis Ende Juli bereits 60 Menschen in Freibädern ertrunken, weil es an Bademeistern fehle.",
        True,
        [("count", 60, None, None)],
        None,
    ),
    (
        "de",
        "Laut Kuratorium für Verkehrssicherheit ertranken von Jänner bis Ende Juli insgesamt 19 Menschen, nur zwei davon in einem Freibad.",
        True,
        [("count", 19, None, None), ("count", 2, None, None)],
        "Kuratorium für Verkehrssicherheit",
    ),
    (
        "de",
        "Die meisten Unfälle ereigneten sich in Seen und Flüssen, in rund zwei Dritteln der Fälle waren die Opfer Männer.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Dass in Bädern Aufsichtspersonal fehlt, bestätigt der Verband der Bäderbetreiber: Heuer seien österreichweit rund 150 Stellen unbesetzt.",
        True,
        [("count", 150, None, "about")],
        None,
    ),
    (
        "de",
        "Der Verfasser des Videos räumte auf APA-Anfrage ein, er habe Badeunfälle mit und ohne Todesfolge zusammengezählt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Bevor noch mehr Kinder sterben, muss die Politik endlich handeln“, sagt der Verfasser im Video.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Kuratorium zählte im gesamten Vorjahr 31 Ertrunkene, darunter vier Kinder unter zehn Jahren.",
        True,
        [("count", 31, None, None), ("count", 4, None, None), ("duration", 10, "year", "under")],
        None,
    ),
    ("de", "Bewertung: Stark übertrieben.", False, [], None),
    # --- Hurricane aid "land grab" rumour (AP) ---
    (
        "en",
        "NEW ORLEANS (AP) — Posts circulating on Facebook and TikTok claim that Louisiana residents who accept federal disaster aid after Hurricane Brisa must sign over their land to the government.",
        True,
        [],
        None,
    ),
    (
        "en",
        "FEMA said no such condition exists and that its grants to households do not have to be repaid.",
        True,
        [],
        "FEMA",
    ),
    (
        "en",
        "FEMA data show about $412 million in aid had been approved for more than 61,000 households in 14 parishes as of Monday.",
        True,
        [("money", 412000000, "USD", "about"), ("count", 61000, None, "over"), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        'The rumour seems to have begun with a 39-second video posted on July 29 by an account that describes itself as a "citizen journalist."',
        True,
        [("duration", 39, "second", None), ("date", "--07-29", None, None)],
        None,
    ),
    (
        "en",
        "That video has been viewed about 3.4 million times, and the account that posted it gained roughly 80,000 followers in the following week.",
        True,
        [("count", 3400000, None, "about"), ("count", 80000, None, "about")],
        None,
    ),
    ("en", '"If you want to keep your home, don\'t sign anything," the man in the video says.', False, [], None),
    (
        "en",
        'Louisiana\'s governor urged residents to apply for aid and not to let "rumors cost them the help they are owed."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Louisiana's insurance department said it had received 212 complaints about contractors posing as FEMA staff since the storm.",
        True,
        [("count", 212, None, None)],
        None,
    ),
    # --- Faktencheck: Stromausfall in Berlin nicht durch Windflaute (dpa) ---
    (
        "de",
        "Berlin (dpa) - Nach einem Stromausfall im Berliner Südosten behaupten Nutzer auf Telegram, die Ursache sei ein Einbruch der Windstromerzeugung gewesen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Als Beleg verweisen mehrere Beiträge auf die Antwort eines KI-Chatbots, der die Windflaute als Ursache genannt habe.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Einer der Beiträge wurde laut der Statistikfunktion von Telegram mehr als 310.000 Mal angesehen.",
        True,
        [("count", 310000, None, "over")],
        None,
    ),
    (
        "de",
        "Tatsächlich hatte ein Kabelbrand an einer Brücke in Johannisthal die Versorgung unterbrochen, teilte der Netzbetreiber Stromnetz Berlin mit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 23.000 Haushalte und mehr als 800 Betriebe waren bis zu viereinhalb Stunden ohne Strom.",
        True,
        [("count", 23000, None, "about"), ("count", 800, None, "over"), ("duration", 4.5, "hour", "up_to")],
        None,
    ),
    (
        "de",
        "Nach Daten der Bundesnetzagentur lag der Anteil der Windkraft an der Stromerzeugung am Tag des Ausfalls bei rund 38 Prozent.",
        True,
        [("percent", 38, "%", "about")],
        None,
    ),
    (
        "de",
        "Es war der zweite größere Stromausfall im Bezirk Treptow-Köpenick in diesem Jahr.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Ein Polizeisprecher sagte, die Ermittler prüften ein Bekennerschreiben, das auf einer linksextremen Plattform aufgetaucht sei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wer jetzt der Windkraft die Schuld gibt, hat nicht verstanden, wie ein Stromnetz funktioniert“, sagte die Energieökonomin Elke Dörrbecker.",
        False,
        [],
        None,
    ),
    # --- Old Porto landing clip shared as Dublin (Reuters) ---
    (
        "en",
        "DUBLIN, Aug 6 (Reuters) - A video that purports to show a passenger jet landing almost sideways at Dublin Airport during high winds on Monday has been viewed more than 5.3 million times on X and TikTok.",
        True,
        [("date", "--08-06", None, None), ("count", 5300000, None, "over")],
        None,
    ),
    (
        "en",
        "The footage was filmed at Porto's airport on Feb. 24, 2019, and posted on YouTube the same day by a Portuguese aviation photographer.",
        True,
        [("date", "2019-02-24", None, None)],
        None,
    ),
    (
        "en",
        "Dublin Airport said it had recorded gusts of up to 61 km/h on Monday and that all 612 scheduled landings had gone ahead.",
        True,
        [("count", 61, None, "up_to"), ("count", 612, None, None)],
        "Dublin Airport",
    ),
    (
        "en",
        "Reuters compared the two videos frame by frame; the aircraft livery, the runway lights and a hangar in the background match in both.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The clip circulating this week has been cropped to remove a watermark and runs 23 seconds, against 32 seconds in the original.",
        True,
        [("duration", 23, "second", None), ("duration", 32, "second", None)],
        None,
    ),
    (
        "en",
        '"I\'ve flown for 40 years and that is a textbook crosswind landing," one commenter wrote beneath the video.',
        False,
        [("duration", 40, "year", None)],
        None,
    ),
    (
        "en",
        "Ireland's weather service had issued a yellow wind warning for Dublin for 12 hours from Sunday night.",
        True,
        [("duration", 12, "hour", None)],
        None,
    ),
    ("en", "Reuters Fact Check rating: Missing context.", False, [], None),
    # --- Faktencheck: Nur jeder dritte Fernzug pünktlich? (dpa) ---
    (
        "de",
        "Frankfurt/Main (dpa) - In einem auf Instagram verbreiteten Reel behauptet ein Reise-Influencer, nur noch jeder dritte Fernzug der Deutschen Bahn komme pünktlich an.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Das Reel wurde seit dem Wochenende knapp 1,9 Millionen Mal abgespielt, der Account hat gut 420.000 Follower.",
        True,
        [("count", 1900000, None, "nearly"), ("count", 420000, None, "over")],
        None,
    ),
    (
        "de",
        "Das ist irreführend, denn nach Angaben der Deutschen Bahn erreichten im Juli 57,3 Prozent der Fernzüge ihr Ziel pünktlich.",
        True,
        [("percent", 57.3, "%", None)],
        "die Deutsche Bahn",
    ),
    (
        "de",
        "Als pünktlich gilt ein Zug bei der Bahn, wenn er weniger als sechs Minuten nach Plan ankommt.",
        True,
        [("duration", 6, "minute", "under")],
        None,
    ),
    (
        "de",
        "Im gesamten ersten Halbjahr lag die Pünktlichkeit im Fernverkehr bei 62,1 Prozent, rund vier Prozentpunkte unter dem Vorjahreswert.",
        True,
        [("ordinal", 1, None, None), ("percent", 62.1, "%", None), ("percent", 4, "pp", "about")],
        None,
    ),
    (
        "de",
        "Der Influencer sagte der dpa, er habe sich auf die Ankünfte am Kölner Hauptbahnhof an einem einzigen Tag bezogen, an dem ein Stellwerk ausgefallen war.",
        True,
        [],
        None,
    ),
    ("de", "„Die Bahn ist inzwischen ein nationales Ärgernis“, sagt der Influencer im Video.", False, [], None),
    ("de", "Ein Bahnsprecher sagte, man arbeite mit Hochdruck daran, wieder pünktlicher zu werden.", False, [], None),
    # --- MP's council tax claim (PA) ---
    (
        "en",
        'LONDON (PA) - Reform UK MP Rupert Sellwood claimed in a post on X that council tax bills in Kent had "doubled in ten years."',
        True,
        [("duration", 10, "year", None)],
        "Rupert Sellwood",
    ),
    (
        "en",
        "The post has been viewed about 860,000 times and shared more than 5,000 times.",
        True,
        [("count", 860000, None, "about"), ("count", 5000, None, "over")],
        None,
    ),
    (
        "en",
        "Kent County Council said the average Band D bill in the county rose from £1,514 in 2015 to £2,291 this year.",
        True,
        [("money", 1514, "GBP", None), ("year", 2015, None, None), ("money", 2291, "GBP", None)],
        "Kent County Council",
    ),
    (
        "en",
        "That is an increase of about 51%, not 100%.",
        True,
        [("percent", 51, "%", "about"), ("percent", 100, "%", None)],
        None,
    ),
    (
        "en",
        "Sellwood later said he had meant the parish precept in his home village, which rose from £38 to £79.",
        True,
        [("money", 38, "GBP", None), ("money", 79, "GBP", None)],
        "Sellwood",
    ),
    ("en", '"Hardworking families are being bled dry by this council," Sellwood wrote.', False, [], None),
    (
        "en",
        "A council spokesperson said Band D bills in Kent had risen by 4.99% this year, the most allowed without a local referendum.",
        True,
        [("percent", 4.99, "%", None)],
        None,
    ),
    ("en", "This is misleading.", False, [], None),
    # --- Faktencheck: 900 Reisecars in Luzern? (Keystone-SDA) ---
    (
        "de",
        "Luzern (Keystone-SDA) - Grossstadtrat Fabian Oehninger hat in einem Instagram-Video behauptet, an Spitzentagen führen 900 Reisecars in die Luzerner Innenstadt.",
        True,
        [("count", 900, None, None)],
        "Fabian Oehninger",
    ),
    (
        "de",
        "Das Video wurde gut 95'000 Mal angesehen, ein Vielfaches der sonst rund 4'000 Aufrufe auf seinem Kanal.",
        True,
        [("count", 95000, None, "over"), ("count", 4000, None, "about")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Stadt Luzern wurden im vergangenen Jahr an Spitzentagen höchstens 310 Cars gezählt, im Jahresschnitt 140 pro Tag.",
        True,
        [("count", 310, None, "at_most"), ("count", 140, None, None)],
        "die Stadt Luzern",
    ),
    (
        "de",
        "Die Zahl 900 stammt aus einer Zählung von 2019, die alle Fahrzeuge mit mehr als 16 Sitzplätzen erfasste, auch Linienbusse.",
        True,
        [("count", 900, None, None), ("year", 2019, None, None), ("count", 16, None, "over")],
        None,
    ),
    ("de", "Oehninger sagte auf Anfrage, er bleibe bei seiner Aussage.", True, [], "Oehninger"),
    (
        "de",
        "Die Stadt will ab 2027 eine Gebühr von 120 Franken pro Car und Halt erheben; der Stadtrat hat den Vorschlag im Mai verabschiedet.",
        True,
        [("year", 2027, None, None), ("money", 120, "CHF", None)],
        None,
    ),
    ("de", "«Luzern verkauft seine Seele an den Massentourismus», sagte Oehninger im Video.", False, [], None),
    ("de", "Bewertung: Übertrieben.", False, [], None),
    # --- 2011 boat photo shared as Lampedusa (AFP) ---
    (
        "en",
        "PARIS (AFP) - A photo of an overcrowded fishing boat is being shared on Facebook and X as evidence that 3,000 migrants reached the Italian island of Lampedusa in a single day last week.",
        True,
        [("count", 3000, None, None)],
        None,
    ),
    (
        "en",
        "The image was in fact taken off the Libyan coast and is stored in AFP's photo archive under a caption dated Aug. 7, 2011.",
        True,
        [("date", "2011-08-07", None, None)],
        None,
    ),
    (
        "en",
        "Italy's interior ministry recorded 1,184 arrivals by sea across the whole country in the week in question, about a quarter of them on Lampedusa, according to its daily dashboard.",
        True,
        [("count", 1184, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "The most shared version of the photo, posted by a page with about 470,000 followers, has about 16,000 shares.",
        True,
        [("count", 470000, None, "about"), ("count", 16000, None, "about")],
        None,
    ),
    (
        "en",
        "On no day this year have more than 1,900 people landed on Lampedusa, according to the island's reception centre.",
        True,
        [("count", 1900, None, "over")],
        None,
    ),
    ("en", '"Europe is being invaded and the media say nothing," the caption reads.', False, [], None),
    (
        "en",
        "The page was set up in 2019 and changed its name four times before taking its current one in June.",
        True,
        [("year", 2019, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", "AFP rating: False.", False, [], None),
    # --- Faktencheck: 30.000 Hitzetote in Deutschland? (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Ein auf Facebook und X verbreiteter Beitrag behauptet, in Deutschland seien im vergangenen Sommer mehr als 30.000 Menschen an den Folgen der Hitze gestorben.",
        True,
        [("count", 30000, None, "over")],
        None,
    ),
    (
        "de",
        "Für den vergangenen Sommer geht das Robert Koch-Institut von rund 3.100 hitzebedingten Todesfällen aus.",
        True,
        [("count", 3100, None, "about")],
        None,
    ),
    (
        "de",
        "Die Zahl von 30.000 stammt aus einer europaweiten Studie und bezieht sich auf 35 Länder, nicht auf Deutschland allein.",
        True,
        [("count", 30000, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Nach der Studie entfielen auf Deutschland knapp 11 Prozent der Fälle.",
        True,
        [("percent", 11, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Berichtigung: Eine frühere Version dieses Faktenchecks gab die Zahl der untersuchten Länder mit 53 an, richtig sind 35.",
        True,
        [("count", 53, None, None), ("count", 35, None, None)],
        None,
    ),
    ("de", "(Korrigiert im dritten Absatz die Zahl der Länder)", False, [("ordinal", 3, None, None)], None),
    (
        "de",
        "Der Beitrag wurde seit Montag rund 52.000 Mal geteilt, die meisten Teilungen stammen aus Gruppen gegen die Corona-Maßnahmen.",
        True,
        [("count", 52000, None, "about")],
        None,
    ),
    ("de", "Die Behauptung ist falsch.", False, [], None),
    # --- Brisbane wheelie bin "fines" (AAP) ---
    (
        "en",
        "BRISBANE, Aug 20 (AAP) - Posts on Facebook claim Brisbane City Council will fine residents A$250 if they leave their wheelie bins on the kerb for more than 24 hours after collection.",
        True,
        [("date", "--08-20", None, None), ("money", 250, "AUD", None), ("duration", 24, "hour", "over")],
        None,
    ),
    (
        "en",
        "The council said its rules, unchanged since 2017, ask residents to bring bins in on collection day but carry no fixed fine.",
        True,
        [("year", 2017, None, None)],
        "the council",
    ),
    (
        "en",
        "Council records show 11 infringement notices related to bins were issued last financial year, each for dumping rubbish rather than for leaving a bin out.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "The posts, shared about 7,400 times, use a screenshot of a Gold Coast council page from 2022.",
        True,
        [("count", 7400, None, "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "A council spokesperson said the fine in the screenshot referred to a different council and had since been scrapped.",
        True,
        [],
        None,
    ),
    ("en", '"Another cash grab from the council," one of the posts says.', False, [], None),
    (
        "en",
        "Residents who leave bins out can be reported to the council, which sends a reminder letter after the second report.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Update, Aug. 21: This article has been updated to add the number of infringement notices issued.",
        False,
        [("date", "--08-21", None, None)],
        None,
    ),
]
