"""Hundred-and-seventy-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, works and figures are made up
(Hisham Radwan, Hanna Metzler, Lorenzo Amadei, Paul Wendlinger, Clara Whitmore, Eleni
Vasilakou, Urs Lehmann-Frey, Silje Haugland, the painter Carl Eduard Rainhofer, the dealer
Julius Mendelsohn-Kraus and his heirs, Bernhard Osterloh, Mark Feeney, Marco Benedetti,
Katrin Vollmer, Ruth Campbell-Oakes, Andrea Gisler, Wang Lihua, Florian Hasenöhrl, Elena
Ramírez Solís, Tobias Kreuzer, Nikos Karalis, Verena Stadlmayr, Gary Pinchbeck, Judith
Kassner, Julien Marchetti, Thomas Imhof, Tamika Rowland, Heike Brandtner, Dawn Pritchard,
Martina Gasser, Florent Delacroix, Annette Kühnel, Adel Mansour; the Emsland bog body, the
Lower Bavarian sword, the Aargau hoard, the Norfolk axe heads, the Ohio museum's marble head,
the Christie's Venus, the Sotheby's mask and the Dorotheum's marble head); ministers,
directors, curators, prosecutors and office holders of real bodies appear under made-up names
that stand for no real holder, or by their role only ("ein Anwalt der Erben", "der
Oberbürgermeister", "the site's chief archaeologist", "Italy's consul general"). Real bodies,
sites and places ("Saqqara", "Ministry of Tourism and Antiquities", "Supreme Council of
Antiquities", "Saalekreis", "Landesamt für Denkmalpflege und Archäologie", "Archaeological
Park of Pompeii", "Bundesmuseen", "Kunsthistorisches Museum", "Albertina", "Weltmuseum Wien",
"British Museum", "Natural History Museum", "Tate Modern", "Association of Leading Visitor
Attractions", "Kanton Aargau", "Vindonissa-Museum", "University of Oslo", "Oseberg",
"Stiftung Preußischer Kulturbesitz", "Alte Nationalgalerie", "Manhattan District Attorney's
Office", "Antiquities Trafficking Unit", "Museum of Rescued Art", "Niedersächsisches
Landesamt für Denkmalpflege", "Christie's", "Art Loss Register", "Zürichsee", "Unesco",
"Xi'an", "Dorotheum", "Campeche", "INAH", "Archäologische Staatssammlung", "Corinth",
"National Archaeological Museum", "Carnuntum", "Norfolk Coroner's Court", "Swaffham",
"Norwich Castle Museum", "Treasure Valuation Committee", "Institut für Museumsforschung",
"Museumsinsel", "Nature", "Bernisches Historisches Museum", "Kumasi", "Independence Hall",
"National Park Service", "Liberty Bell Center", "Kalkriese", "Leeds Museums and Galleries",
"Arts Council England", "Tisenjoch", "Südtiroler Archäologiemuseum", "Memorium Nürnberger
Prozesse", "Museen der Stadt Nürnberg", "Sotheby's", "Stiftung Bauhaus Dessau", "Grand
Egyptian Museum") stand for the way wire copy names them; every find, dating result, visitor
count, price, estimate, sum, grant and quote here is invented, and where a real figure came to
mind (a real visitor total, a real count of sites, a real building cost) it was changed. The
calendar of real history the stories lean on (Vesuvius in A.D. 79, the unification of China
in 221 B.C., Elgin's removals of 1801 to 1812, July 4, 1776, the Bauhaus building opened on
December 4, 1926, the Nuremberg verdicts of October 1, 1946, the glacier mummy found on
September 19, 1991, the laws named with their years) is only a frame; nothing here reports
what really happened at a real dig, sale, return or ceremony.

Its weight: ARCHAEOLOGY, HISTORY AND MUSEUMS over one year (January to December 2026) in
story order, 30 stories each told as wire copy runs it (a dateline lead with the find, the
figure, the sale, the return or the date marked, then the dating and its range, the counts,
the attributed claims, the other side, the quotes), the German and English stories
interleaved by month. Half German (dpa with its slugs "dpa/lni" and "dpa/lby", APA,
Keystone-SDA; Austrian "Anrainer", "Kulturlandesrätin", "Besucherinnen und Besucher", Swiss
"liess", "vermassen", "Tongefäss", "1'290", "380'000 Franken", "gesprochen", «» quotes, German
„“ quotes): a Neolithic village near Halle, the Austrian federal museums' year, a Roman coin
hoard in Aargau, a restitution by the Prussian Cultural Heritage Foundation, a bog body dated
by radiocarbon, a pile-dwelling village in Lake Zurich dated by tree rings, a Roman head at
the Dorotheum, a Bronze Age sword in Lower Bavaria, Roman baths at Carnuntum, Germany's
museum statistics, objects returned from Bern to Ghana, a cavalry helmet at Kalkriese, 35
years since the glacier mummy was found, 80 years since the Nuremberg verdicts and 100 years
of the Bauhaus building. Half English (Reuters, AP, AFP, PA): tombs at Saqqara, Pompeii's
visitor record, the UK attractions table and the Parthenon Sculptures, a Viking-age boat
burial dated, looted antiquities returned to Italy, a Roman Venus at Christie's, new
terracotta warriors, a Maya city found by lidar, a marble head returned to Greece, a Bronze
Age hoard declared treasure, cave engravings dated, the 250th anniversary of the Declaration
of Independence, objects returned from Leeds, an Egyptian mask at Sotheby's and the Grand
Egyptian Museum's first year. Figures as such copy has them: ages of finds ("einer rund
7.000 Jahre alten Siedlung", "dating back about 4,400 years", "A 2,500-year-old marble head",
"at least 38,000 years old", "vor rund 5.300 Jahren"), centuries and millennia ("aus dem 2.
Jahrhundert nach Christus", "from the 3rd century B.C.", "im sechsten Jahrtausend vor
Christus", "in der zweiten Hälfte des 3. Jahrhunderts"), years before and after Christ and
dating ranges ("from around 2465 to 2323 BC", "zwischen 360 und 190 vor Christus", "between
A.D. 770 and 820", "38,400 years, plus or minus 900 years", "95,4 Prozent"), dynasties
("the Fifth Dynasty", "der 26. Dynastie"), visitor numbers with hedges and shares, hammer
prices, estimates and multiples of them, restitution dates and years, anniversaries as
ordinals and spans ("the 250th anniversary", "vor 80 Jahren"), physical measures of finds,
money in euros, dollars, pounds, francs and Egyptian pounds, ages, spans and dates with and
without a year. Negatives as such copy has them: curators', ministers', finders' and
directors' quotes of feeling, verdict and pride, labels from campaigners and historians,
critics' complaints, dealers' views and forecasts without a figure, hopes and wishes, fears
of residents, open questions about sites and returns, and scene colour at sites and
ceremonies - four of them carrying figures, labelled.

242 rows (123 German, 119 English), 55 negatives (25 German, 30 English), 187 check-worthy
rows of which 26 carry no figure (17 German, 9 English), 289 expected quantities (97 counts,
70 years - 10 of them before Christ, 7 after Christ below 1000 -, 35 durations - 30 in
years, 3 in minutes, 2 in months -, 32 amounts of money - 13 EUR, 11 USD, 5 GBP, 2 CHF, 1
EGP -, 21 ordinals, 16 dates - 4 of them with a year -, 14 percentages - all in % -, 4
fractions; 5 of them in four negatives, as the seventeenth batch labels a figure in a
negative), 36 checked speakers (19 German, 17 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, feeling, hope or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-forty-ninth,
  hundred-sixty-sixth, hundred-sixty-eighth); a reported statement of fact, figure, step or
  position is check-worthy with its speaker. The pairs from one speaker: Radwan's 27
  statuettes beside his "the best is still under the sand"; Metzler's potsherds beside her
  „Glücksfall“; Amadei's ticket cap beside "not a theme park"; Lehmann-Frey's report of the
  finder beside «der Traum jedes Sondengängers»; Haugland's boat and its dead beside "someone
  of real standing"; Osterloh's 2,100 returns beside „Verantwortung übernehmen“; Vollmer's
  age and height of the bog body beside „ein unglaubliches Geschenk“; Gisler's eroded layers
  beside «in zwanzig Jahren nichts mehr da» (20 years labelled); Ramírez Solís's population
  beside "The jungle hid it so well"; Kreuzer's unused blade beside „So ein Fund ist
  selten“; Kassner's share beside „Orte der Begegnung“; Marchetti's period beside "almost
  40,000 years ago" (40,000 years "nearly" labelled); Imhof's handover beside «nicht in
  unsere Depots»; Brandtner's 6,500 objects beside „der Antwort ein wenig näher“.
  Konjunktiv paraphrases of a fact, a figure or a position are check-worthy with the speaker
  their own attribution gives (thirty-ninth, hundred-sixty-sixth): Metzler's and Osterloh's
  figures, Lehmann-Frey's finder, Gisler's "hätten ... abgenommen" (Konjunktiv II as
  reported speech), Kreuzer's blade, Kassner's share, Imhof's handover, Brandtner's objects,
  "Alle Objekte seien ... abgeglichen worden, teilte das Dorotheum mit." and the heirs'
  wish to leave the painting on loan ("Die Familie wolle ..., sagte ein Anwalt der Erben.",
  a stated position).
- Check-worthy without a figure (ninety-eighth, hundred-sixtieth, hundred-sixty-sixth,
  hundred-sixty-eighth): finds and acts of record (a restitution announced, a pile-dwelling
  village documented, a bog body older than first assumed, a face vessel found, a burial's
  contents, a provenance report's finding, objects surrendered with no charges filed, a
  display planned, a unanimous vote, the price including the premium), a dig's and a
  museum's schedule for their own acts ("Die Grabung soll bis Ende Oktober abgeschlossen
  sein, ...", "Die Münzen sollen ab Juni ... ausgestellt werden.", "Das Schwert soll ... ab
  Herbst ... gezeigt werden."; hundred-sixty-eighth), the law on finds and on disposals
  ("Nach Schweizer Recht gehören archäologische Funde dem Kanton, ...", "National museums
  in the UK are barred by law ..."), a statistic's publication, a researcher's dating claim
  ("That would place the engravings in a period when ..."), researchers' stated refusal to
  open the mound (a position; "Researchers said" unchecked), the museum's agreement to
  return after photographs were shown, and outside experts' methodological caveat ("Some
  archaeologists have cautioned that dating crusts can overstate the age ...";
  hundred-sixtieth, hundred-sixty-eighth: "Some scientists have cautioned ...").
- Other negatives (ninety-eighth to hundred-sixty-eighth): labels ("Campaigners called the
  law a fig leaf ...", "Some historians called the celebrations a missed chance ...", "Die
  Prozesse gelten als Geburtsstunde des Völkerstrafrechts." - a received verdict, no
  checkable fact), a critics' charge without a checkable claim ("Critics say the stream of
  announcements is timed ..."; hundred-sixty-eighth), complaints and criticism
  ("Shopkeepers ... complain ...", "Kritiker bemängeln, ..."; hundred-sixtieth), a museum's
  pride ("... that it was proud to have acted in good faith."; the issue: "We
  are proud of our record."), collectors' protestation ("... have long insisted they acted
  in good faith."; hundred-fifty-second), dealers' views and forecasts without a figure
  ("Dealers said the result showed ...", "Dealers said the result could encourage ...",
  „Händler rechnen damit, dass die Preise ... weiter steigen.“; forty-seventh,
  hundred-sixty-eighth), a warning without a figure ("Critics of restitution warn ..."),
  hopes, wishes and fears ("Norwich Castle Museum hopes to acquire ...", "Local officials
  hope ...", "Viele Besucher wünschen sich, ...", "Anrainer befürchten, ..."; hundred-
  twenty-fourth), open questions ("Ob sich die Zahlen ...", "Whether the grave was robbed
  ...", "Ob Kalkriese tatsächlich der Ort der Schlacht ist, ist ... umstritten.", "Ob
  weitere Rückgaben folgen, ...", "Whether Neanderthals made any of the engravings ...",
  "Ob das Haus künftig ..."), scene colour (queues in the spring sunshine, flowers at the
  Palace of Justice, the grand staircase at sunset; hundred-forty-ninth) and a vox pop
  ("Tamika Rowland, 41, ... with her three children" with 41 years and count 3 labelled;
  hundred-sixty-eighth: "Angela Ruiz, 44,"). Rhetoric with figures is labelled
  (seventeenth, hundred-sixtieth): "in zwanzig Jahren" 20 years, "detecting for 31 years" 31
  years, "almost 40,000 years ago" 40,000 years "nearly".
- Years before and after Christ. New: a year before Christ is a year with a negative value
  - "from around 2465 to 2323 BC" -2465 "about" and -2323, "zwischen 360 und 190 vor
  Christus" -360 and -190, "zwischen 3234 und 3211 vor Christus", "in 221 B.C." -221,
  "around 480 B.C." -480 "about", "around 300 B.C." -300 "about", "around 1323 B.C." -1323
  "about" - the era marker ("BC", "B.C.", "vor Christus") sets the sign of the calendar year
  and carries no quantity and no hedge, and written once after a range it serves both
  figures, as the scale word does ("vor 16 bis 11 Millionen Jahren",
  hundred-sixty-eighth). New: a year after Christ keeps its figure as written, however
  small - "in A.D. 79" 79, "between A.D. 770 and 820" 770 and 820 (the era written once
  before the range), "from around A.D. 250 to 900" 250 "about" and 900, "im Jahr 9 nach
  Christus" 9, "aus dem Jahr 274" 274; "A.D." and "nach Christus" carry none. "around"
  before a year is "about" as before any figure. New: "before 1970" carries no hedge - a
  preposition of time before a year, as "bis" before a year (hundred-thirty-fifth); "seit"
  and "since" none (hundred-sixty-sixth).
- Centuries, millennia and dynasties. New: a numbered century or millennium is an ordinal
  - "aus dem 2. Jahrhundert nach Christus" 2 (twice), "from the 2nd century A.D." 2
  (twice), "from the 3rd century B.C." 3, "from the 4th century B.C." 4, "from the 6th
  century B.C." 6, "aus dem 5. Jahrhundert vor Christus" 5, "aus dem 14. Jahrhundert vor
  Christus" 14, "aus dem sechsten Jahrtausend vor Christus" 6 - with no year and no
  duration, as a century is no unit of the issue's list (hundred-thirty-fifth,
  hundred-sixty-sixth: "with six centuries" no 600-year span). New: "in der zweiten Hälfte
  des 3. Jahrhunderts" gives ordinals 2 and 3 and no fraction - the half names a period, as
  "in der zweiten Jahreshälfte" gives ordinal 2 alone (hundred-sixty-eighth). An ordinal in
  a name stays an ordinal (hundred-sixty-sixth: "the Second World War" 2): "the Fifth
  Dynasty" 5, "aus der 26. Dynastie" 26, "the country's first emperor" 1. None: "the
  Ptolemaic period", "Qin", "Viking Age", "Bronze Age", "Jungsteinzeit",
  "Linienbandkeramik", "antiquity", decades ("in the 1970s", "seit den 1990er-Jahren";
  hundred-forty-fourth, hundred-sixty-sixth), "more than a century" (hundred-forty-fourth:
  an article is no figure), "roughly a decade" (the same), "Jahrzehnte", "decades",
  "jahrelangen" (hundred-fifty-third: "monatelang"), "Hundreds of thousands"
  (seventeenth: vague magnitudes).
- Ages of finds and spans back (hundred-sixty-sixth, hundred-sixty-eighth: "rund 14
  Millionen Jahre alt" 14,000,000 years "about"): durations in years - "einer rund 7.000
  Jahre alten Siedlung" 7,000 "about", "dating back about 4,400 years" "about", "roughly 50
  years before" "about", "mehr als 3.000 Jahre alt" "over", "A 2,500-year-old marble head"
  2,500 (the compound read as "a 4-year-old girl"), "about 3,000 years old" "about", "at
  least 38,000 years old" "at_least", "vor rund 5.300 Jahren" "about", "einem Alter von
  höchstens 800 Jahren" "at_most" (hundred-fifty-sixth: "höchstens"), "more than 200 years
  in an English country house collection" "over"; anniversaries as spans ("Vor 35 Jahren",
  "vor 80 Jahren", "vor 100 Jahren"; hundred-sixty-sixth: "vor 80 Jahren") and as ordinals
  ("the 250th anniversary" 250; hundred-sixty-sixth: "the 80th anniversary"). New:
  "semiquincentennial" carries none - the word names a 250th anniversary without a number
  word, as "its centenary" (hundred-sixty-sixth); "Zum Jahrestag" and "Jubiläumsjahr" none
  (hundred-sixty-sixth: "zum Jahrestag", "Zum Jubiläum").
- Dating results and methods. The probability of a calibrated range is a percentage ("bei
  95,4 Prozent", "at a 95% confidence level"); the error of a date is a span with no hedge,
  "plus or minus" as for a poll's margin (hundred-thirty-fourth: "plus or minus 4.1
  percentage points"): "38,400 years, plus or minus 900 years" 38,400 and 900 years. New:
  "C14-Analyse" carries none - digits glued into an isotope's name are part of the name, as
  "der Kreditschutzverband KSV1870" (hundred-sixty-eighth); "Radiokarbondatierung",
  "Radiocarbon dating", "Jahrringdatierung", "uranium-thorium dating" and "Ground-
  penetrating radar" none. New: "first revealed" and "first stumbled" carry no ordinal - an
  adverb of time, as "erstmals" (hundred-fifty-ninth), while "the first pieces", "for the
  first time" (hundred-sixtieth, hundred-sixty-sixth) and "the country's first emperor" are
  ordinal 1.
- Identifiers and names. New: "Region IX" carries none - a Roman numeral naming a district
  of a site is an identifier, with no digit or number word, as "Courtroom 600"
  (hundred-sixty-sixth); "Pit 1" and "im Saal 600" carry none the same way. New: "the
  British Museum Act 1963" and "the Treasure Act 1996" give the years 1963 and 1996 - the
  year in a law's title dates it, as "the 1977 farm bill" (hundred-sixty-sixth).
- Counts (every batch): finds and objects ("three rock-cut tombs", "14 painted wall panels",
  "27 wooden statuettes", "more than 300 objects" "over", "elf Langhäusern", "mehr als 4.000
  Keramikscherben und 260 Steinwerkzeuge", "1'290 römischen Münzen" (Swiss apostrophe,
  tenth), "seven samples", "two dogs", "more than 1,100" "over", "mehr als 2.100 Objekte",
  "41 looted antiquities", "more than 6,000 objects" "over", "mehr als 80 Moorleichen", "312
  Pfähle", "mehr als 50 Fundstellen" "over", "114 new terracotta warriors", "more than 7,000
  warriors, 140 chariots and 600 horses" (the hedge on its own figure,
  hundred-fifty-second), "at least 6,000 structures" "at_least", "mindestens vier beheizbare
  Räume" "at_least", "46 Bronze Age axe heads", "17 of the engravings", "about 120 engraved
  figures", "14 Objekte", "zwei Trommeln", "insgesamt 83 Objekte" ("insgesamt" no hedge),
  "Die 17 Fragmente", "drei römische Legionen mit rund 15.000 Soldaten", "mehr als 6.500
  römische Objekte", "12 ceremonial objects", "nine elders", "zwei Bergwanderer", "mehr als
  1.000 wissenschaftliche Arbeiten", "erst zweimal" 2 (the issue's "viermal"; "erst" no
  hedge)), people and places ("30 million tourists" and "about 15.7 million", "an estimated
  2,000 people" "about" - hundredth: "an estimated" -, "between 30,000 and 50,000
  inhabitants", "mit bis zu 50.000 Einwohnern" "up_to", "more than 52,000 archaeological
  sites, but fewer than 200" "over" and "under", "6.834 Museen", "about 700,000" in a crowd
  officials estimated, "more than 64,000 people", "rund 350 Gäste ... aus neun Ländern",
  "rund 600 geladene Gäste, ... aus 14 Ländern", "More than 1,300 finds" "over"), visitor
  numbers ("a record 4.3 million visitors" - "a record" no hedge, twenty-third -, "a cap of
  20,000 daily tickets" - "daily" none -, "rund 5,4 Millionen Besucherinnen und Besucher",
  "mit 1,72 Millionen Gästen, ... mit knapp 1,1 Millionen" "nearly" - the scale word with
  each figure -, "241.000 Besuche", "6.1 million visitors", "5.8 million, ... about 4.9
  million", "162 million visits", "about 9.6 million visitors", "186.000 Besucherinnen und
  Besucher", "rund 114 Millionen Besuche", "mit zusammen 2,9 Millionen Besuchen"
  ("zusammen" no hedge), "rund 310.000", "gut 190.000 Besucher" "over" (gut,
  hundred-sixty-eighth), "rund 212.000", "5.2 million visitors", "some 5,400 objects"
  "about"), and auction lots ("96 lots", "mit 212 Losen", "158 antiquities", "Four bidders").
  Physical measures are counts (fourth, hundred-sixty-eighth): "more than 2 metres high" 2
  "over", "etwa 2,5 Hektar" "about", "38 Meter lang", "4,6 Kilogramm" ("insgesamt" no
  hedge), "knapp 40 Zentimeter" "nearly", "the 9-metre boat" 9 and "The 1.6-metre statue"
  1.6 (the compound read as written, hundred-sixty-eighth: "The 4.1-tonne satellite"),
  "rund 1,55 Meter" "about", "rund 900 Quadratmetern" "about", "um bis zu 30 Zentimeter"
  "up_to" ("um" before a difference no hedge), "84 Zentimeter", "rund 2.300 Quadratmeter"
  "about", "about 16 square kilometers" "about", "140 square kilometers", "the 66-hectare
  walled city" 66, "rund 60 Zentimeter" "about". None: "a horse", "a sealed jar", "ein
  nahezu vollständig erhaltenes Gefäß", "eines Mannes, einer Frau und eines Jugendlichen"
  (articles; hundred-fifty-eighth), "One of the tombs" ("one of" none,
  hundred-fifty-second), "a fraction of the sites", "die Museen ... erneut", "one claim at a
  time".
- Auctions (hundred-forty-fourth, hundred-forty-eighth): hammer prices and totals are money
  with no hedge ("für 386.000 Euro versteigert", "6.2 million pounds ($7.9 million)" both -
  the bracketed conversion no hedge, eightieth -, "14.8 million pounds", "went for $3.4
  million", "raised $21.6 million", "rund 2,3 Millionen Euro" "about"); estimate ranges give
  two amounts in the currency written ("bei 120.000 bis 160.000 Euro", "at 2 million to 3
  million pounds", "between $700,000 and $1 million"); multiples of an estimate are counts
  with their hedge ("mehr als das Doppelte des oberen Schätzwerts" 2 "over", "over three
  times its upper estimate" 3 "over"; hundred-forty-fourth: "fast das Fünffache"); bidding
  is a duration and bidders a count ("Nach einem knapp zehnminütigen Bietgefecht" 10
  minutes "nearly", "Four bidders competed ... over about 11 minutes" 4 and 11 minutes
  "about" - "over" before a span no hedge); shares of lots sold are percentages ("with 87%
  of lots sold", "with 91% of lots finding buyers"); "the highest price paid for an
  antiquity at auction this year" is a record with no figure (hundred-sixty-eighth).
- Money in the currency written (every batch): EUR ("rund 1,9 Millionen Euro" "about", "22
  euros from 18 euros", "118,6 Millionen Euro", "48.000 Euro, ... 71.500 Euro", "rund 14
  Millionen Euro" "about", "420.000 Euro", "11,8 Millionen Euro"), USD ("about $8.5
  million" "about", "over $450 million" "over", "$1.2 million", "$150 million", "more than
  $1.1 billion" "over", "about $35" "about"), GBP ("about 30,000 pounds" "about"), CHF ("1,2
  Millionen Franken", "rund 380'000 Franken" "about"). New: "1,700 Egyptian pounds" is EGP -
  the currency named with its country's adjective is that country's, as "1.6 million Swiss
  francs" is CHF (hundred-sixty-sixth), while "pounds" alone in British copy stays GBP.
- Percentages as written (every batch): "up 7%", "um 4,2 Prozent mehr als 2024" ("mehr als"
  after the figure compares, hundred-first), "Rund 62 Prozent" "about", "um 9 Prozent",
  "5% more than a year earlier but still 3% below" ("below" after the figure compares,
  hundred-sixty-eighth: "27% above"), "um 9 Prozent zu, ... um 3 Prozent", "about 68%"
  "about", "etwa 40 Prozent mehr als im Vorjahr" "about". Fractions (the issue): "jeder
  fünfte" 0.2, "About one-third" 0.3333 "about", "knapp drei Viertel davon" 0.75 "nearly"
  ("davon" no hedge), "jedes dritte Museum" 0.3333.
- Ages, durations and dates (every batch): ages of people are durations in years ("Gary
  Pinchbeck, 58," 58; "a woman aged between 30 and 40" 30 and 40 - hundred-sixty-sixth:
  "died aged 86"; "etwa 25 bis 30 Jahre alt" 25 "about" and 30 - the hedge on its own figure;
  "im Alter von etwa 45 Jahren" "about"; "at about nine years old" 9 "about"; "für Menschen
  unter 19 Jahren" and "für alle unter 18 Jahren" "under"); spans ("in the 12 months to
  March" 12 months, "in the 13 months since its full opening" 13 months, "zweieinhalb Jahre"
  2.5 years - hundred-sixty-eighth: "eight and a half years" -, "während mindestens 23
  Jahren" "at_least", "lasted 28 minutes"). None: "last year", "the year before", "a year
  earlier", "im vergangenen Jahr", "im Vorjahr", "ein Jahr später", "in diesem Jahr", "this
  year", "for the day", "during the week", "for hours", "Ende Oktober", "bis Ende November",
  "ab Juni", "ab Herbst", "im Oktober", "in October", "im vergangenen Frühjahr", "im
  vergangenen Herbst", "from April to October", "in November", weekdays ("am Dienstag", "am
  Samstag", "on Wednesday", "Thursday") and "am Wochenende"; "im Dezember 1938" and "in
  March 2024" their years only (hundred-sixty-eighth). Years as written ("in 2019", "by
  2032", "seit 1999", "zwischen 1874 und 1896" both, "bis 2030", "ab 2028", "bis 2027", "the
  2019 level", "the 2018 Super Bowl parade", "Das 1872 entstandene Ölbild", "since 1932");
  full dates with a year are ISO dates ("on July 4, 1776" 1776-07-04, "am 19. September
  1991" 1991-09-19, "Am 1. Oktober 1946" 1946-10-01, "am 4. Dezember 1926" 1926-12-04;
  hundred-sixty-sixth), dates without a year keep month and day ("from May 18" --05-18,
  "vom 9. September an" --09-09); Reuters and AFP English datelines with a day ("CAIRO, Jan
  14 (Reuters)", "OSLO, Feb 10 (Reuters)", "NEW YORK, Feb 26 (Reuters)", "LONDON, March 4
  (Reuters)", "XI'AN, China, March 24 (Reuters)" with the country between city and day -
  ninety-ninth -, "MEXICO CITY, April 8 (AFP)", "ATHENS, April 21 (AFP)", "PARIS, May 13
  (Reuters)", "NEW YORK, Oct 6 (Reuters)", "CAIRO, Dec 16 (Reuters)") are dates without a
  year (hundred-sixty-eighth); dpa with its slugs, APA, Keystone-SDA, AP ("ROME (AP) —",
  "PHILADELPHIA (AP) —") and PA ("LONDON (PA) -", "NORWICH (PA) -", "LEEDS (PA) -")
  datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "roughly", "some", "an estimated" "about"; "knapp", "almost" "nearly"; "mehr als", "gut",
  "more than", "More than", "over" before a figure "over"; "unter", "fewer than" "under";
  "bis zu" "up_to"; "mindestens", "at least" "at_least"; "höchstens" "at_most". No hedge:
  "insgesamt", "zusammen", "davon", "darunter", "erst", "bereits", "a record", "seit",
  "since", "between", "bis" and "to" in a range, "bis" and "before" before a year, "plus or
  minus", "over" before a span, "um" before a difference, and "mehr als", "more than",
  "below" after a figure.
- Speakers, checked only in forms the earlier batches settled: "the Ministry of Tourism and
  Antiquities said on Wednesday", "the University of Oslo said on Tuesday", "the Greek
  culture ministry said on Tuesday" and "the museum said on Wednesday" with the weekday
  dropped (hundred-sixty-sixth: "the company said on Wednesday"), "the office said" ->
  "the office" (fortieth), "according to the museum" -> "the museum" (hundred-sixty-sixth),
  "The National Park Service said ..." opening the row -> "the National Park Service"
  (hundred-sixty-eighth), "Christie's said", "Sotheby's said", "Leeds Museums and Galleries
  said" and "INAH said" as written (hundred-sixty-eighth: "Arianespace said"); the name with
  the role dropped: "Supreme Council of Antiquities Secretary-General Hisham Radwan told
  reporters" -> "Hisham Radwan" (hundred-sixty-eighth: "Information Minister Rajiv Menon
  told reporters"), "Park director Lorenzo Amadei said", "Museum director Clara Whitmore
  said", "Project leader Silje Haugland said", "lead author Julien Marchetti said",
  "archaeologist Elena Ramírez Solís told AFP" (hundred-sixty-sixth: "conductor Eirlys Pugh
  said"), "Grabungsleiterin Hanna Metzler sagte, ...", "Kantonsarchäologe Urs Lehmann-Frey
  sagte, ...", "Stiftungspräsident Bernhard Osterloh sagte, ...", "Kulturlandesrätin Verena
  Stadlmayr sagte, ...", "Institutsleiterin Judith Kassner sagte, ...", "Direktor Thomas
  Imhof sagte, ...", "Museumsdirektorin Heike Brandtner sagte, ..." (hundred-sixty-eighth:
  "Finanzminister Torsten Albrecht sagte, ..."), "sagte Anthropologin Katrin Vollmer" and
  "sagte Projektleiterin Andrea Gisler" (hundred-sixty-eighth: "sagte Studienleiterin Petra
  Leitgeb"); "Kreuzer sagte, ..." as written; "sagte ein Anwalt der Erben" -> "ein Anwalt
  der Erben" (hundred-sixty-sixth: "sagte eine Sprecherin des Theaters"); "wie das
  Landesamt für Denkmalpflege und Archäologie am Dienstag mitteilte", "wie das
  Niedersächsische Landesamt für Denkmalpflege am Donnerstag mitteilte" and "wie das Museum
  am Donnerstag mitteilte" with the weekday dropped, "teilte das Kulturministerium mit",
  "teilte das Dorotheum mit", "teilte das Museum mit", "teilte die Stiftung mit"
  (hundred-sixty-eighth), "nach Angaben der Museen der Stadt Nürnberg" -> "die Museen der
  Stadt Nürnberg" (the source in the nominative, seventieth). Left unchecked (None): the
  possessives heading the source ("Italy's Culture Ministry said", "Mexico's National
  Institute of Anthropology and History said", "said the site's chief archaeologist";
  eighty-third), documents ("according to figures from the Association of Leading Visitor
  Attractions", "according to ministry figures", "according to INAH figures", "according to
  government figures", "according to a study published in Nature"; hundred-sixty-eighth),
  groups ("prosecutors said", "Experts estimate", "Researchers said", "City officials
  estimated", "state media reported", "Dealers said"; forty-first), a relative clause
  between name and verb ("Mark Feeney, who heads ..., said"; hundred-forty-ninth), "the
  hearing ... was told" (no speaker named; hundred-forty-ninth: "the court heard"), "nach
  dem Willen des Ministeriums" (no verb of saying), rows without attribution and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_171 = [
    # --- Tombs at Saqqara (Reuters) ---
    (
        "en",
        "CAIRO, Jan 14 (Reuters) - Egyptian archaeologists have uncovered three rock-cut tombs at the Saqqara necropolis south of Cairo dating back about 4,400 years, the Ministry of Tourism and Antiquities said on Wednesday.",
        True,
        [("date", "--01-14", None, None), ("count", 3, None, None), ("duration", 4400, "year", "about")],
        "the Ministry of Tourism and Antiquities",
    ),
    (
        "en",
        "The tombs belonged to senior officials of the Fifth Dynasty, which ruled Egypt from around 2465 to 2323 BC.",
        True,
        [("ordinal", 5, None, None), ("year", -2465, None, "about"), ("year", -2323, None, None)],
        None,
    ),
    (
        "en",
        "One of the tombs contains a limestone false door more than 2 metres high and 14 painted wall panels.",
        True,
        [("count", 2, None, "over"), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Supreme Council of Antiquities Secretary-General Hisham Radwan told reporters the team had also recovered 27 wooden statuettes and a sealed jar of embalming materials.",
        True,
        [("count", 27, None, None)],
        "Hisham Radwan",
    ),
    (
        "en",
        "The excavation, which began in 2019, has so far produced more than 300 objects.",
        True,
        [("year", 2019, None, None), ("count", 300, None, "over")],
        None,
    ),
    (
        "en",
        '"Saqqara keeps giving us surprises, and I believe the best is still under the sand," Radwan said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The government has set a target of 30 million tourists a year by 2032, up from about 15.7 million last year.",
        True,
        [("count", 30000000, None, None), ("year", 2032, None, None), ("count", 15700000, None, "about")],
        None,
    ),
    (
        "en",
        "Critics say the stream of announcements is timed to the tourist season rather than to the pace of research.",
        False,
        [],
        None,
    ),
    # --- Jungsteinzeitliche Siedlung im Saalekreis (dpa) ---
    (
        "de",
        "Halle (dpa) - Bei Bauarbeiten für eine Umgehungsstraße im Saalekreis haben Archäologen die Reste einer rund 7.000 Jahre alten Siedlung entdeckt.",
        True,
        [("duration", 7000, "year", "about")],
        None,
    ),
    (
        "de",
        "Die Funde stammen aus der Zeit der Linienbandkeramik, also aus dem sechsten Jahrtausend vor Christus, wie das Landesamt für Denkmalpflege und Archäologie am Dienstag mitteilte.",
        True,
        [("ordinal", 6, None, None)],
        "das Landesamt für Denkmalpflege und Archäologie",
    ),
    (
        "de",
        "Auf einer Fläche von etwa 2,5 Hektar legten die Ausgräber die Grundrisse von elf Langhäusern frei, das größte davon 38 Meter lang.",
        True,
        [("count", 2.5, None, "about"), ("count", 11, None, None), ("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Grabungsleiterin Hanna Metzler sagte, in den Gruben seien mehr als 4.000 Keramikscherben und 260 Steinwerkzeuge geborgen worden.",
        True,
        [("count", 4000, None, "over"), ("count", 260, None, None)],
        "Hanna Metzler",
    ),
    (
        "de",
        "Zudem fanden die Archäologen ein nahezu vollständig erhaltenes Gefäß mit Gesichtsdarstellung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Für uns ist das ein Glücksfall, wie man ihn nur alle paar Jahrzehnte erlebt“, sagte Metzler.",
        False,
        [],
        None,
    ),
    ("de", "Die Grabung soll bis Ende Oktober abgeschlossen sein, danach wird die Trasse gebaut.", True, [], None),
    (
        "de",
        "Die Kosten der Rettungsgrabung von rund 1,9 Millionen Euro trägt der Bauherr.",
        True,
        [("money", 1900000, "EUR", "about")],
        None,
    ),
    # --- Pompeii visitor record (AP) ---
    (
        "en",
        "ROME (AP) — The Archaeological Park of Pompeii drew a record 4.3 million visitors last year, up 7% from the year before, Italy's Culture Ministry said Thursday.",
        True,
        [("count", 4300000, None, None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        "Park director Lorenzo Amadei said a cap of 20,000 daily tickets introduced in November had eased crowding at the site's main gate.",
        True,
        [("count", 20000, None, None)],
        "Lorenzo Amadei",
    ),
    (
        "en",
        "Visitors must now book timed entry slots for the peak months from April to October, and the full ticket price rose to 22 euros from 18 euros.",
        True,
        [("money", 22, "EUR", None), ("money", 18, "EUR", None)],
        None,
    ),
    (
        "en",
        "Pompeii was buried by an eruption of Mount Vesuvius in A.D. 79, which killed an estimated 2,000 people in the town.",
        True,
        [("year", 79, None, None), ("count", 2000, None, "about")],
        None,
    ),
    (
        "en",
        "Excavations since 2023 in Region IX have uncovered a banquet hall with black walls and a bakery where enslaved workers were locked in.",
        True,
        [("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "About one-third of the 66-hectare walled city has yet to be excavated.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 66, None, None)],
        None,
    ),
    (
        "en",
        '"Pompeii is not a theme park, and we have to protect it from its own success," Amadei said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Shopkeepers in the modern town complain that most tourists leave on the evening train without spending a cent there.",
        False,
        [],
        None,
    ),
    # --- Bundesmuseen mit Besucherplus (APA) ---
    (
        "de",
        "Wien (APA) - Die Bundesmuseen haben im vergangenen Jahr zusammen rund 5,4 Millionen Besucherinnen und Besucher gezählt, um 4,2 Prozent mehr als 2024.",
        True,
        [("count", 5400000, None, "about"), ("percent", 4.2, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Das meistbesuchte Haus blieb das Kunsthistorische Museum mit 1,72 Millionen Gästen, gefolgt von der Albertina mit knapp 1,1 Millionen, teilte das Kulturministerium mit.",
        True,
        [("count", 1720000, None, None), ("count", 1100000, None, "nearly")],
        "das Kulturministerium",
    ),
    (
        "de",
        "Rund 62 Prozent der Gäste kamen aus dem Ausland, jeder fünfte aus Deutschland.",
        True,
        [("percent", 62, "%", "about"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Die Einnahmen aus Eintritten stiegen auf 118,6 Millionen Euro.",
        True,
        [("money", 118600000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der freie Eintritt für Menschen unter 19 Jahren wird nach dem Willen des Ministeriums beibehalten.",
        True,
        [("duration", 19, "year", "under")],
        None,
    ),
    ("de", "„Die Museen sind die Visitenkarte dieses Landes“, sagte Kulturminister Paul Wendlinger.", False, [], None),
    (
        "de",
        "Das Weltmuseum Wien verzeichnete dagegen einen Rückgang um 9 Prozent auf 241.000 Besuche.",
        True,
        [("percent", 9, "%", None), ("count", 241000, None, None)],
        None,
    ),
    ("de", "Ob sich die Zahlen ohne den Boom bei Städtereisen halten lassen, ist offen.", False, [], None),
    # --- UK attractions league table (PA) ---
    (
        "en",
        "LONDON (PA) - The British Museum welcomed 6.1 million visitors in the 12 months to March, making it the most visited attraction in the UK for the ninth year running, according to figures from the Association of Leading Visitor Attractions.",
        True,
        [("count", 6100000, None, None), ("duration", 12, "month", None), ("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        "The Natural History Museum was second with 5.8 million, while Tate Modern drew about 4.9 million.",
        True,
        [("ordinal", 2, None, None), ("count", 5800000, None, None), ("count", 4900000, None, "about")],
        None,
    ),
    (
        "en",
        "Overall, ALVA members recorded 162 million visits, 5% more than a year earlier but still 3% below the 2019 level.",
        True,
        [
            ("count", 162000000, None, None),
            ("percent", 5, "%", None),
            ("percent", 3, "%", None),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "Museum director Clara Whitmore said overseas visitors had returned to pre-pandemic numbers for the first time.",
        True,
        [("ordinal", 1, None, None)],
        "Clara Whitmore",
    ),
    (
        "en",
        "The museum has been in talks with Greece since 2021 over a possible loan of the Parthenon Sculptures, which Lord Elgin removed from the Acropolis between 1801 and 1812.",
        True,
        [("year", 2021, None, None), ("year", 1801, None, None), ("year", 1812, None, None)],
        None,
    ),
    (
        "en",
        '"The sculptures belong in Athens, and no loan agreement will change that," Greek Culture Minister Eleni Vasilakou said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Under the British Museum Act 1963, trustees are barred from giving away objects in the collection except in narrow cases.",
        True,
        [("year", 1963, None, None)],
        None,
    ),
    ("en", "Campaigners called the law a fig leaf for keeping stolen heritage.", False, [], None),
    # --- Römischer Münzschatz im Aargau (Keystone-SDA) ---
    (
        "de",
        "Aarau (Keystone-SDA) - Ein Hobby-Archäologe hat in einem Waldstück im Kanton Aargau einen Schatz aus 1'290 römischen Münzen entdeckt.",
        True,
        [("count", 1290, None, None)],
        None,
    ),
    (
        "de",
        "Die Münzen wurden wohl in der zweiten Hälfte des 3. Jahrhunderts nach Christus vergraben.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Die jüngste Prägung stammt aus dem Jahr 274.", True, [("year", 274, None, None)], None),
    (
        "de",
        "Der Fund wiegt insgesamt 4,6 Kilogramm und lag in einem Tongefäss knapp 40 Zentimeter unter der Oberfläche.",
        True,
        [("count", 4.6, None, None), ("count", 40, None, "nearly")],
        None,
    ),
    (
        "de",
        "Kantonsarchäologe Urs Lehmann-Frey sagte, der Finder habe die Stelle korrekt gemeldet und erhalte eine Finderprämie.",
        True,
        [],
        "Urs Lehmann-Frey",
    ),
    ("de", "Nach Schweizer Recht gehören archäologische Funde dem Kanton, in dem sie gefunden werden.", True, [], None),
    ("de", "«Ein solcher Fund ist der Traum jedes Sondengängers», sagte Lehmann-Frey.", False, [], None),
    ("de", "Die Münzen sollen ab Juni im Vindonissa-Museum in Brugg ausgestellt werden.", True, [], None),
    # --- Viking-age boat burial dated (Reuters) ---
    (
        "en",
        "OSLO, Feb 10 (Reuters) - Radiocarbon dating shows that a boat burial found under a farm field in southern Norway last year dates from between A.D. 770 and 820, the University of Oslo said on Tuesday.",
        True,
        [("date", "--02-10", None, None), ("year", 770, None, None), ("year", 820, None, None)],
        "the University of Oslo",
    ),
    (
        "en",
        "That places it at the very start of the Viking Age, roughly 50 years before the better-known Oseberg ship burial.",
        True,
        [("duration", 50, "year", "about")],
        None,
    ),
    (
        "en",
        "Researchers tested seven samples of wood and bone, and the results overlap at a 95% confidence level.",
        True,
        [("count", 7, None, None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "Project leader Silje Haugland said the 9-metre boat had held the remains of a woman aged between 30 and 40, along with a horse and two dogs.",
        True,
        [
            ("count", 9, None, None),
            ("duration", 30, "year", None),
            ("duration", 40, "year", None),
            ("count", 2, None, None),
        ],
        "Silje Haugland",
    ),
    (
        "en",
        "Ground-penetrating radar first revealed the outline of the vessel in 2024.",
        True,
        [("year", 2024, None, None)],
        None,
    ),
    ("en", "The iron rivets alone number more than 1,100.", True, [("count", 1100, None, "over")], None),
    ("en", '"She must have been someone of real standing in her community," Haugland said.', False, [], None),
    ("en", "Whether the grave was robbed in antiquity remains unclear.", False, [], None),
    # --- Restitution an Erben eines Kunsthändlers (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Stiftung Preußischer Kulturbesitz gibt ein Gemälde des Malers Carl Eduard Rainhofer an die Erben eines jüdischen Kunsthändlers zurück.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Berliner Händler Julius Mendelsohn-Kraus musste das Bild im Dezember 1938 unter Zwang verkaufen.",
        True,
        [("year", 1938, None, None)],
        None,
    ),
    (
        "de",
        "Er floh 1939 nach London und starb dort 1957.",
        True,
        [("year", 1939, None, None), ("year", 1957, None, None)],
        None,
    ),
    (
        "de",
        "Das 1872 entstandene Ölbild hing seit 1961 in der Alten Nationalgalerie.",
        True,
        [("year", 1872, None, None), ("year", 1961, None, None)],
        None,
    ),
    (
        "de",
        "Ein Gutachten zur Herkunft hatte im vergangenen Herbst ergeben, dass es sich um NS-verfolgungsbedingt entzogenes Kulturgut handelt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Stiftungspräsident Bernhard Osterloh sagte, seit 1999 habe die Stiftung mehr als 2.100 Objekte an Berechtigte zurückgegeben.",
        True,
        [("year", 1999, None, None), ("count", 2100, None, "over")],
        "Bernhard Osterloh",
    ),
    (
        "de",
        "„Wir können das Unrecht nicht ungeschehen machen, aber wir können Verantwortung übernehmen“, sagte Osterloh.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Familie wolle das Bild nicht verkaufen, sondern als Leihgabe in Berlin lassen, sagte ein Anwalt der Erben.",
        True,
        [],
        "ein Anwalt der Erben",
    ),
    # --- Looted antiquities returned to Italy (Reuters) ---
    (
        "en",
        "NEW YORK, Feb 26 (Reuters) - The Manhattan District Attorney's Office returned 41 looted antiquities valued at about $8.5 million to Italy on Thursday, the office said.",
        True,
        [("date", "--02-26", None, None), ("count", 41, None, None), ("money", 8500000, "USD", "about")],
        "the office",
    ),
    (
        "en",
        "The pieces include a marble head of a youth from the 2nd century A.D. and a set of Etruscan bronze vessels from the 6th century B.C.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Many of the objects passed through the hands of a dealer convicted in Rome in 2004 and were later sold to U.S. collectors and galleries.",
        True,
        [("year", 2004, None, None)],
        None,
    ),
    (
        "en",
        "Assistant District Attorney Mark Feeney, who heads the office's Antiquities Trafficking Unit, said the unit had recovered more than 6,000 objects worth over $450 million since it was set up in 2017.",
        True,
        [("count", 6000, None, "over"), ("money", 450000000, "USD", "over"), ("year", 2017, None, None)],
        None,
    ),
    (
        "en",
        '"Every object that comes home tells a story that was stolen along with it," said Italy\'s consul general, Marco Benedetti.',
        False,
        [],
        None,
    ),
    (
        "en",
        "No charges were filed against the current owners, who surrendered the items voluntarily, prosecutors said.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The objects will go on display at the Museum of Rescued Art in Rome before being sent back to the regions where they were dug up.",
        True,
        [],
        None,
    ),
    ("en", "Collectors who bought from the dealer have long insisted they acted in good faith.", False, [], None),
    # --- Moorleiche älter als gedacht (dpa) ---
    (
        "de",
        "Hannover (dpa/lni) - Die im vergangenen Frühjahr im Emsland entdeckte Moorleiche ist deutlich älter als zunächst angenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Eine Radiokarbondatierung ergab, dass die Frau zwischen 360 und 190 vor Christus gestorben ist, wie das Niedersächsische Landesamt für Denkmalpflege am Donnerstag mitteilte.",
        True,
        [("year", -360, None, None), ("year", -190, None, None)],
        "das Niedersächsische Landesamt für Denkmalpflege",
    ),
    (
        "de",
        "Die Wahrscheinlichkeit für diesen Zeitraum liegt bei 95,4 Prozent.",
        True,
        [("percent", 95.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bislang waren die Forscher von einem Alter von höchstens 800 Jahren ausgegangen.",
        True,
        [("duration", 800, "year", "at_most")],
        None,
    ),
    (
        "de",
        "Die Frau war zum Zeitpunkt ihres Todes etwa 25 bis 30 Jahre alt und rund 1,55 Meter groß, sagte Anthropologin Katrin Vollmer.",
        True,
        [("duration", 25, "year", "about"), ("duration", 30, "year", None), ("count", 1.55, None, "about")],
        "Katrin Vollmer",
    ),
    (
        "de",
        "Für die C14-Analyse wurden Proben aus Haaren, Haut und einem Oberschenkelknochen genommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Das Moor hat sie uns fast unversehrt übergeben, das ist ein unglaubliches Geschenk“, sagte Vollmer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 1900 wurden in Niedersachsen mehr als 80 Moorleichen gefunden.",
        True,
        [("year", 1900, None, None), ("count", 80, None, "over")],
        None,
    ),
    # --- Roman Venus sells at Christie's (Reuters) ---
    (
        "en",
        "LONDON, March 4 (Reuters) - A Roman marble statue of the goddess Venus sold for 6.2 million pounds ($7.9 million) at Christie's in London on Wednesday, the highest price paid for an antiquity at auction this year.",
        True,
        [("date", "--03-04", None, None), ("money", 6200000, "GBP", None), ("money", 7900000, "USD", None)],
        None,
    ),
    (
        "en",
        "The 1.6-metre statue, a copy of a Greek original from the 4th century B.C., had been estimated at 2 million to 3 million pounds.",
        True,
        [
            ("count", 1.6, None, None),
            ("ordinal", 4, None, None),
            ("money", 2000000, "GBP", None),
            ("money", 3000000, "GBP", None),
        ],
        None,
    ),
    ("en", "The price includes the buyer's premium.", True, [], None),
    (
        "en",
        "The statue was carved in the 2nd century A.D. and spent more than 200 years in an English country house collection.",
        True,
        [("ordinal", 2, None, None), ("duration", 200, "year", "over")],
        None,
    ),
    (
        "en",
        "Four bidders competed for the piece over about 11 minutes before it went to a telephone buyer.",
        True,
        [("count", 4, None, None), ("duration", 11, "minute", "about")],
        None,
    ),
    (
        "en",
        "Christie's said its provenance, going back to a sale in 1768, had been checked against the Art Loss Register.",
        True,
        [("year", 1768, None, None)],
        "Christie's",
    ),
    ("en", '"Provenance is now everything in this market," said London dealer Ruth Campbell-Oakes.', False, [], None),
    (
        "en",
        "The evening sale of 96 lots totalled 14.8 million pounds, with 87% of lots sold.",
        True,
        [("count", 96, None, None), ("money", 14800000, "GBP", None), ("percent", 87, "%", None)],
        None,
    ),
    (
        "en",
        "Dealers said the result showed that pieces with a paper trail going back decades now command a hefty premium.",
        False,
        [],
        None,
    ),
    # --- Pfahlbaudorf im Zürichsee (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Taucherinnen und Taucher der Stadtarchäologie haben im Zürichsee die Reste eines Pfahlbaudorfs aus der Jungsteinzeit dokumentiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mithilfe der Jahrringdatierung liess sich bestimmen, dass die Bäume für die Pfähle zwischen 3234 und 3211 vor Christus gefällt wurden.",
        True,
        [("year", -3234, None, None), ("year", -3211, None, None)],
        None,
    ),
    (
        "de",
        "Die Archäologen vermassen insgesamt 312 Pfähle auf einer Fläche von rund 900 Quadratmetern.",
        True,
        [("count", 312, None, None), ("count", 900, None, "about")],
        None,
    ),
    (
        "de",
        "Das Dorf dürfte damit während mindestens 23 Jahren bewohnt gewesen sein.",
        True,
        [("duration", 23, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Die prähistorischen Pfahlbauten rund um die Alpen gehören seit 2011 zum Unesco-Welterbe, darunter mehr als 50 Fundstellen in der Schweiz.",
        True,
        [("year", 2011, None, None), ("count", 50, None, "over")],
        None,
    ),
    (
        "de",
        "Die Fundschichten hätten seit den 1990er-Jahren stellenweise um bis zu 30 Zentimeter abgenommen, sagte Projektleiterin Andrea Gisler.",
        True,
        [("count", 30, None, "up_to")],
        "Andrea Gisler",
    ),
    (
        "de",
        "«Wenn wir jetzt nicht handeln, ist in zwanzig Jahren nichts mehr da», sagte Gisler.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    (
        "de",
        "Der Kanton hat für die Sicherung der Fundstelle 1,2 Millionen Franken gesprochen.",
        True,
        [("money", 1200000, "CHF", None)],
        None,
    ),
    # --- New terracotta warriors (Reuters) ---
    (
        "en",
        "XI'AN, China, March 24 (Reuters) - Archaeologists in China have found 114 new terracotta warriors in a pit near the tomb of the country's first emperor, Qin Shi Huang, state media reported on Tuesday.",
        True,
        [("date", "--03-24", None, None), ("count", 114, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The figures date from the 3rd century B.C., when Qin unified China in 221 B.C., and many still bear traces of red and green paint.",
        True,
        [("ordinal", 3, None, None), ("year", -221, None, None)],
        None,
    ),
    (
        "en",
        "The pit, known as Pit 1, has been excavated in stages since 1974, when farmers digging a well first stumbled on the army.",
        True,
        [("year", 1974, None, None)],
        None,
    ),
    (
        "en",
        "Experts estimate that more than 7,000 warriors, 140 chariots and 600 horses were buried with the emperor.",
        True,
        [("count", 7000, None, "over"), ("count", 140, None, None), ("count", 600, None, None)],
        None,
    ),
    (
        "en",
        "The museum complex received about 9.6 million visitors last year, according to the museum.",
        True,
        [("count", 9600000, None, "about")],
        "the museum",
    ),
    ("en", "Visitors queued for hours in the spring sunshine to glimpse the newly cleaned figures.", False, [], None),
    (
        "en",
        "Researchers said they would not open the emperor's own burial mound until they could protect what lies inside.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Every season the soil gives us back another face," said the site\'s chief archaeologist, Wang Lihua.',
        False,
        [],
        None,
    ),
    # --- Römischer Marmorkopf im Dorotheum (APA) ---
    (
        "de",
        "Wien (APA) - Ein römischer Marmorkopf aus dem 2. Jahrhundert nach Christus ist im Dorotheum für 386.000 Euro versteigert worden.",
        True,
        [("ordinal", 2, None, None), ("money", 386000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Schätzwert hatte bei 120.000 bis 160.000 Euro gelegen.",
        True,
        [("money", 120000, "EUR", None), ("money", 160000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit erzielte der Kopf mehr als das Doppelte des oberen Schätzwerts.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    (
        "de",
        "Nach einem knapp zehnminütigen Bietgefecht ging das Stück an einen Sammler aus der Schweiz.",
        True,
        [("duration", 10, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "Eine ägyptische Uschebti-Figur aus der 26. Dynastie erzielte 48.000 Euro, eine griechische Amphore aus dem 5. Jahrhundert vor Christus 71.500 Euro.",
        True,
        [
            ("ordinal", 26, None, None),
            ("money", 48000, "EUR", None),
            ("ordinal", 5, None, None),
            ("money", 71500, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "Insgesamt brachte die Auktion mit 212 Losen rund 2,3 Millionen Euro ein.",
        True,
        [("count", 212, None, None), ("money", 2300000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Antiken mit lückenloser Herkunft sind gefragt wie nie“, sagte Experte Florian Hasenöhrl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Alle Objekte seien vor der Auktion mit Datenbanken für gestohlene Kunst abgeglichen worden, teilte das Dorotheum mit.",
        True,
        [],
        "das Dorotheum",
    ),
    ("de", "Händler rechnen damit, dass die Preise für Antiken weiter steigen.", False, [], None),
    # --- Maya city found by lidar (AFP) ---
    (
        "en",
        "MEXICO CITY, April 8 (AFP) - Mexican archaeologists using airborne laser scanning have mapped a previously unknown Maya city in the jungle of Campeche state, Mexico's National Institute of Anthropology and History said on Wednesday.",
        True,
        [("date", "--04-08", None, None)],
        None,
    ),
    (
        "en",
        "The city covers about 16 square kilometers and includes at least 6,000 structures, among them pyramids, plazas and a ball court.",
        True,
        [("count", 16, None, "about"), ("count", 6000, None, "at_least")],
        None,
    ),
    (
        "en",
        "Ceramics collected on the surface suggest it was occupied from around A.D. 250 to 900, INAH said.",
        True,
        [("year", 250, None, "about"), ("year", 900, None, None)],
        "INAH",
    ),
    (
        "en",
        "At its height the city may have had between 30,000 and 50,000 inhabitants, archaeologist Elena Ramírez Solís told AFP.",
        True,
        [("count", 30000, None, None), ("count", 50000, None, None)],
        "Elena Ramírez Solís",
    ),
    (
        "en",
        "The survey, flown in 2024, covered 140 square kilometers, and the team has so far visited only a fraction of the sites on foot.",
        True,
        [("year", 2024, None, None), ("count", 140, None, None)],
        None,
    ),
    (
        "en",
        '"The jungle hid it so well that even farmers who live nearby had no idea it was there," Ramírez Solís said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mexico has registered more than 52,000 archaeological sites, but fewer than 200 are open to the public, according to INAH figures.",
        True,
        [("count", 52000, None, "over"), ("count", 200, None, "under")],
        None,
    ),
    (
        "en",
        "Local officials hope the find will draw visitors to a region largely bypassed by tourism.",
        False,
        [],
        None,
    ),
    # --- Bronzeschwert in Niederbayern (dpa) ---
    (
        "de",
        "Landshut (dpa/lby) - Bei Ausgrabungen in Niederbayern haben Archäologen ein außergewöhnlich gut erhaltenes Bronzeschwert entdeckt, das mehr als 3.000 Jahre alt ist.",
        True,
        [("duration", 3000, "year", "over")],
        None,
    ),
    ("de", "Die Waffe stammt aus dem 14. Jahrhundert vor Christus.", True, [("ordinal", 14, None, None)], None),
    (
        "de",
        "Das Schwert ist 84 Zentimeter lang und hat einen Griff aus Bronze mit Spiralverzierung.",
        True,
        [("count", 84, None, None)],
        None,
    ),
    (
        "de",
        "Es lag in einem Grab zusammen mit den Überresten eines Mannes, einer Frau und eines Jugendlichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„So ein Fund ist selten, der Erhaltungszustand ist außergewöhnlich“, sagte Grabungsleiter Tobias Kreuzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kreuzer sagte, das Schwert habe offenbar nie in einem Kampf gedient, denn die Klinge zeige keine Schnittspuren.",
        True,
        [],
        "Kreuzer",
    ),
    (
        "de",
        "Bronzeschwerter dieses Typs wurden in Bayern bisher erst zweimal gefunden, zuletzt 2019.",
        True,
        [("count", 2, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "Das Schwert soll restauriert und ab Herbst in der Archäologischen Staatssammlung in München gezeigt werden.",
        True,
        [],
        None,
    ),
    # --- Greece gets back a marble head (AFP) ---
    (
        "en",
        "ATHENS, April 21 (AFP) - A 2,500-year-old marble head of a young athlete taken from Greece in the 1970s has been returned by a museum in Ohio, the Greek culture ministry said on Tuesday.",
        True,
        [("date", "--04-21", None, None), ("duration", 2500, "year", None)],
        "the Greek culture ministry",
    ),
    (
        "en",
        "The head, which dates from around 480 B.C., was looted from a sanctuary near Corinth in 1976 and sold to the museum in 1988 for $1.2 million.",
        True,
        [
            ("year", -480, None, "about"),
            ("year", 1976, None, None),
            ("year", 1988, None, None),
            ("money", 1200000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "The museum agreed to return it after Greek authorities presented photographs taken by the looters themselves.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Greece has recovered more than 1,900 looted artefacts from abroad since 2019, according to ministry figures.",
        True,
        [("count", 1900, None, "over"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Greek law has banned the export of antiquities without a permit since 1932.",
        True,
        [("year", 1932, None, None)],
        None,
    ),
    (
        "en",
        '"This is a moral victory as much as a legal one," Deputy Culture Minister Nikos Karalis said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The head will go on display at the National Archaeological Museum in Athens from May 18.",
        True,
        [("date", "--05-18", None, None)],
        None,
    ),
    ("en", "The Ohio museum said in a statement that it was proud to have acted in good faith.", False, [], None),
    # --- Thermen in Carnuntum (APA) ---
    (
        "de",
        "Petronell-Carnuntum (APA) - In der Römerstadt Carnuntum haben Archäologen eine Thermenanlage aus dem 2. Jahrhundert nach Christus freigelegt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Anlage umfasst rund 2.300 Quadratmeter und mindestens vier beheizbare Räume.",
        True,
        [("count", 2300, None, "about"), ("count", 4, None, "at_least")],
        None,
    ),
    (
        "de",
        "Entdeckt wurde sie bereits 2022 bei einer geophysikalischen Messung, ohne dass ein Spaten angesetzt wurde.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Carnuntum war mit bis zu 50.000 Einwohnern eine der größten Städte am Donaulimes.",
        True,
        [("count", 50000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Archäologische Park Carnuntum zählte im vergangenen Jahr 186.000 Besucherinnen und Besucher, so viele wie noch nie.",
        True,
        [("count", 186000, None, None)],
        None,
    ),
    (
        "de",
        "Kulturlandesrätin Verena Stadlmayr sagte, das Land investiere bis 2030 rund 14 Millionen Euro in den Ausbau.",
        True,
        [("year", 2030, None, None), ("money", 14000000, "EUR", "about")],
        "Verena Stadlmayr",
    ),
    ("de", "„Carnuntum ist unser Pompeji an der Donau“, sagte Stadlmayr.", False, [], None),
    ("de", "Die Thermen sollen ab 2028 für Besucher zugänglich sein.", True, [("year", 2028, None, None)], None),
    ("de", "Anrainer befürchten, dass der Andrang den Verkehr im Ort weiter verschärft.", False, [], None),
    # --- Bronze Age hoard declared treasure (PA) ---
    (
        "en",
        "NORWICH (PA) - A hoard of 46 Bronze Age axe heads found by a metal detectorist in a Norfolk field has been declared treasure at an inquest.",
        True,
        [("count", 46, None, None)],
        None,
    ),
    (
        "en",
        "The axe heads are about 3,000 years old and were probably buried together as an offering, the hearing at Norfolk Coroner's Court was told.",
        True,
        [("duration", 3000, "year", "about")],
        None,
    ),
    (
        "en",
        "Detectorist Gary Pinchbeck, 58, found the first pieces in March 2024 while searching a field near Swaffham with the landowner's permission.",
        True,
        [("duration", 58, "year", None), ("ordinal", 1, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Under the Treasure Act 1996, finds of prehistoric metal objects must be reported to the coroner.",
        True,
        [("year", 1996, None, None)],
        None,
    ),
    (
        "en",
        "Norwich Castle Museum hopes to acquire the hoard once it has been valued by the Treasure Valuation Committee.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The reward, split equally between Pinchbeck and the landowner, is expected to be about 30,000 pounds.",
        True,
        [("money", 30000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"I have been detecting for 31 years and never dreamed of anything like this," Pinchbeck said.',
        False,
        [("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        "More than 1,300 finds were reported as potential treasure in England and Wales in 2024, according to government figures.",
        True,
        [("count", 1300, None, "over"), ("year", 2024, None, None)],
        None,
    ),
    # --- Museumsstatistik (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Museen in Deutschland haben im Jahr 2024 rund 114 Millionen Besuche gezählt und damit erstmals wieder das Niveau vor der Corona-Pandemie erreicht.",
        True,
        [("year", 2024, None, None), ("count", 114000000, None, "about")],
        None,
    ),
    (
        "de",
        "Das geht aus der jährlichen Statistik des Instituts für Museumsforschung hervor, die am Dienstag veröffentlicht wurde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Erfasst wurden 6.834 Museen, knapp drei Viertel davon meldeten steigende Zahlen.",
        True,
        [("count", 6834, None, None), ("fraction", 0.75, None, "nearly")],
        None,
    ),
    (
        "de",
        "Kunstmuseen legten um 9 Prozent zu, Volkskunde- und Heimatmuseen um 3 Prozent.",
        True,
        [("percent", 9, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Institutsleiterin Judith Kassner sagte, jedes dritte Museum biete inzwischen regelmäßig freien Eintritt an.",
        True,
        [("fraction", 0.3333, None, None)],
        "Judith Kassner",
    ),
    ("de", "„Museen sind Orte der Begegnung, gerade in Zeiten der Spaltung“, sagte Kassner.", False, [], None),
    (
        "de",
        "Die meistbesuchten Häuser waren erneut die Museen auf der Berliner Museumsinsel mit zusammen 2,9 Millionen Besuchen.",
        True,
        [("count", 2900000, None, None)],
        None,
    ),
    ("de", "Kritiker bemängeln, dass kleine Häuser auf dem Land von der Erholung kaum profitieren.", False, [], None),
    # --- Cave engravings dated (Reuters) ---
    (
        "en",
        "PARIS, May 13 (Reuters) - Engravings in a cave in southern France are at least 38,000 years old, placing them among Europe's oldest known cave art, according to a study published in Nature on Wednesday.",
        True,
        [("date", "--05-13", None, None), ("duration", 38000, "year", "at_least")],
        None,
    ),
    (
        "en",
        "The team used uranium-thorium dating on thin mineral crusts that had formed over 17 of the engravings.",
        True,
        [("count", 17, None, None)],
        None,
    ),
    (
        "en",
        "The oldest crust was dated to 38,400 years, plus or minus 900 years.",
        True,
        [("duration", 38400, "year", None), ("duration", 900, "year", None)],
        None,
    ),
    (
        "en",
        "That would place the engravings in a period when both Neanderthals and modern humans lived in the region, lead author Julien Marchetti said.",
        True,
        [],
        "Julien Marchetti",
    ),
    (
        "en",
        "The cave, whose location is being kept secret, was discovered by cavers in 2021 and contains about 120 engraved figures, including mammoths and horses.",
        True,
        [("year", 2021, None, None), ("count", 120, None, "about")],
        None,
    ),
    (
        "en",
        "Some archaeologists have cautioned that dating crusts can overstate the age of the art beneath them.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Standing in front of these lines, you feel the hand of someone who lived almost 40,000 years ago," Marchetti said.',
        False,
        [("duration", 40000, "year", "nearly")],
        None,
    ),
    ("en", "Whether Neanderthals made any of the engravings is likely to be argued over for years.", False, [], None),
    # --- Bern gibt Objekte an Ghana zurück (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Bernische Historische Museum gibt 14 Objekte aus der Kolonialzeit an Ghana zurück.",
        True,
        [("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Gegenstände, darunter ein goldverzierter Zeremonialstab und zwei Trommeln, waren zwischen 1874 und 1896 von britischen Truppen erbeutet worden.",
        True,
        [("count", 2, None, None), ("year", 1874, None, None), ("year", 1896, None, None)],
        None,
    ),
    (
        "de",
        "Ein Schweizer Kaufmann hatte sie 1902 erworben und 1931 dem Museum geschenkt, wie das Museum am Donnerstag mitteilte.",
        True,
        [("year", 1902, None, None), ("year", 1931, None, None)],
        "das Museum",
    ),
    (
        "de",
        "Die Provenienzforschung dauerte zweieinhalb Jahre und kostete rund 380'000 Franken.",
        True,
        [("duration", 2.5, "year", None), ("money", 380000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Direktor Thomas Imhof sagte, die Rückgabe solle im Oktober in Kumasi offiziell vollzogen werden.",
        True,
        [],
        "Thomas Imhof",
    ),
    (
        "de",
        "«Diese Objekte gehören nicht in unsere Depots, sondern zu den Menschen, für die sie gemacht wurden», sagte Imhof.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit 2021 haben Schweizer Museen insgesamt 83 Objekte an Herkunftsgesellschaften zurückgegeben.",
        True,
        [("year", 2021, None, None), ("count", 83, None, None)],
        None,
    ),
    ("de", "Ob weitere Rückgaben folgen, will der Stiftungsrat im Herbst entscheiden.", False, [], None),
    # --- 250 years of the Declaration (AP) ---
    (
        "en",
        "PHILADELPHIA (AP) — Hundreds of thousands of people crowded into Philadelphia on Saturday to mark the 250th anniversary of the Declaration of Independence.",
        True,
        [("ordinal", 250, None, None)],
        None,
    ),
    (
        "en",
        "City officials estimated the crowd along the Benjamin Franklin Parkway at about 700,000, the largest in the city since the 2018 Super Bowl parade.",
        True,
        [("count", 700000, None, "about"), ("year", 2018, None, None)],
        None,
    ),
    (
        "en",
        "Independence Hall, where delegates adopted the declaration on July 4, 1776, admitted visitors free of charge for the day.",
        True,
        [("date", "1776-07-04", None, None)],
        None,
    ),
    (
        "en",
        "The National Park Service said more than 64,000 people toured the hall and the Liberty Bell Center during the week leading up to the holiday.",
        True,
        [("count", 64000, None, "over")],
        "the National Park Service",
    ),
    (
        "en",
        "Congress set aside $150 million in 2023 for events marking the semiquincentennial across the country.",
        True,
        [("money", 150000000, "USD", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"I wanted my kids to stand where it all started," said Tamika Rowland, 41, who drove up from Baltimore with her three children.',
        False,
        [("duration", 41, "year", None), ("count", 3, None, None)],
        None,
    ),
    ("en", "Fireworks over the Delaware River lasted 28 minutes.", True, [("duration", 28, "minute", None)], None),
    ("en", "Some historians called the celebrations a missed chance to reckon with slavery.", False, [], None),
    # --- Reiterhelm in Kalkriese (dpa) ---
    (
        "de",
        "Bramsche (dpa/lni) - In Kalkriese haben Archäologen Teile eines römischen Reiterhelms gefunden, die aus der Zeit der Varusschlacht im Jahr 9 nach Christus stammen sollen.",
        True,
        [("year", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die 17 Fragmente aus Eisen und Messing lagen rund 60 Zentimeter tief in einem ehemaligen Wall.",
        True,
        [("count", 17, None, None), ("count", 60, None, "about")],
        None,
    ),
    (
        "de",
        "In der Schlacht wurden nach antiken Quellen drei römische Legionen mit rund 15.000 Soldaten vernichtet.",
        True,
        [("count", 3, None, None), ("count", 15000, None, "about")],
        None,
    ),
    (
        "de",
        "Ob Kalkriese tatsächlich der Ort der Schlacht ist, ist unter Historikern bis heute umstritten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Museumsdirektorin Heike Brandtner sagte, seit Beginn der Grabungen 1989 seien mehr als 6.500 römische Objekte gefunden worden.",
        True,
        [("year", 1989, None, None), ("count", 6500, None, "over")],
        "Heike Brandtner",
    ),
    ("de", "„Jedes neue Stück bringt uns der Antwort ein wenig näher“, sagte Brandtner.", False, [], None),
    (
        "de",
        "Das Land Niedersachsen fördert die Grabungen in diesem Jahr mit 420.000 Euro.",
        True,
        [("money", 420000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Helm soll vom 9. September an in einer Sonderausstellung gezeigt werden.",
        True,
        [("date", "--09-09", None, None)],
        None,
    ),
    # --- Leeds to return ceremonial objects (PA) ---
    (
        "en",
        "LEEDS (PA) - A West Yorkshire museum service has agreed to return 12 ceremonial objects to an Indigenous nation in British Columbia, more than a century after they were taken.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The items, including a carved mask and a cedar bark cloak, were collected by a missionary between 1889 and 1904 and gifted to the city in 1925, Leeds Museums and Galleries said.",
        True,
        [("year", 1889, None, None), ("year", 1904, None, None), ("year", 1925, None, None)],
        "Leeds Museums and Galleries",
    ),
    ("en", "The council's executive board approved the transfer unanimously on Wednesday.", True, [], None),
    (
        "en",
        '"Returning them is simply the right thing to do," council culture chief Dawn Pritchard said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A delegation of nine elders will travel to Leeds in October for a handover ceremony.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "National museums in the UK are barred by law from permanently giving up most objects, but local authority collections are not.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Arts Council England guidance issued in 2022 sets out how museums should handle return claims.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Critics of restitution warn that museums risk emptying their galleries one claim at a time.",
        False,
        [],
        None,
    ),
    # --- 35 Jahre Ötzi (dpa) ---
    (
        "de",
        "Bozen (dpa) - Vor 35 Jahren haben zwei Bergwanderer aus Nürnberg in den Ötztaler Alpen die Gletschermumie Ötzi entdeckt.",
        True,
        [("duration", 35, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Fund am 19. September 1991 am Tisenjoch löste einen jahrelangen Streit zwischen Österreich und Italien aus.",
        True,
        [("date", "1991-09-19", None, None)],
        None,
    ),
    (
        "de",
        "Der Mann lebte vor rund 5.300 Jahren und wurde im Alter von etwa 45 Jahren durch einen Pfeilschuss getötet.",
        True,
        [("duration", 5300, "year", "about"), ("duration", 45, "year", "about")],
        None,
    ),
    (
        "de",
        "Das Südtiroler Archäologiemuseum in Bozen zählte im vergangenen Jahr rund 310.000 Besucherinnen und Besucher, teilte das Museum mit.",
        True,
        [("count", 310000, None, "about")],
        "das Museum",
    ),
    (
        "de",
        "Zum Jahrestag ist der Eintritt am Samstag für alle unter 18 Jahren frei.",
        True,
        [("duration", 18, "year", "under")],
        None,
    ),
    (
        "de",
        "„Ötzi ist für uns wie ein Familienmitglied, das nie alt wird“, sagte Museumsdirektorin Martina Gasser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit der Entdeckung wurden mehr als 1.000 wissenschaftliche Arbeiten über die Mumie veröffentlicht.",
        True,
        [("count", 1000, None, "over")],
        None,
    ),
    ("de", "Viele Besucher wünschen sich, die Mumie ohne Glasscheibe sehen zu dürfen.", False, [], None),
    # --- 80 Jahre Urteile von Nürnberg (dpa) ---
    (
        "de",
        "Nürnberg (dpa/lby) - Mit einer Gedenkveranstaltung im Saal 600 hat die Stadt Nürnberg an die Urteile im Hauptkriegsverbrecherprozess vor 80 Jahren erinnert.",
        True,
        [("duration", 80, "year", None)],
        None,
    ),
    (
        "de",
        "Am 1. Oktober 1946 hatte der Internationale Militärgerichtshof die Urteile gegen die führenden Vertreter des NS-Regimes verkündet.",
        True,
        [("date", "1946-10-01", None, None)],
        None,
    ),
    (
        "de",
        "An der Feier nahmen rund 350 Gäste teil, darunter Angehörige von Anklägern und Dolmetschern aus neun Ländern.",
        True,
        [("count", 350, None, "about"), ("count", 9, None, None)],
        None,
    ),
    (
        "de",
        "Das Memorium Nürnberger Prozesse zählte im vergangenen Jahr nach Angaben der Museen der Stadt Nürnberg gut 190.000 Besucher.",
        True,
        [("count", 190000, None, "over")],
        "die Museen der Stadt Nürnberg",
    ),
    (
        "de",
        "„Nürnberg trägt Verantwortung als Stadt der Reichsparteitage und als Stadt der Prozesse“, sagte der Oberbürgermeister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Schwurgerichtssaal wird noch bis 2027 umgebaut, Führungen finden währenddessen nur am Wochenende statt.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    ("de", "Die Prozesse gelten als Geburtsstunde des Völkerstrafrechts.", False, [], None),
    ("de", "Vor dem Justizpalast legten Besucherinnen und Besucher Blumen nieder.", False, [], None),
    # --- Egyptian mummy mask at Sotheby's (Reuters) ---
    (
        "en",
        "NEW YORK, Oct 6 (Reuters) - A gilded Egyptian mummy mask made around 300 B.C. went for $3.4 million at Sotheby's in Manhattan on Tuesday, over three times its upper estimate.",
        True,
        [
            ("date", "--10-06", None, None),
            ("year", -300, None, "about"),
            ("money", 3400000, "USD", None),
            ("count", 3, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "The mask, from the Ptolemaic period, had been expected to fetch between $700,000 and $1 million.",
        True,
        [("money", 700000, "USD", None), ("money", 1000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Sotheby's said the piece had left Egypt before 1970, the cutoff date set by a UNESCO convention against the illicit trade in cultural property.",
        True,
        [("year", 1970, None, None)],
        "Sotheby's",
    ),
    ("en", "The mask was last sold publicly in Paris in 1962.", True, [("year", 1962, None, None)], None),
    (
        "en",
        "The sale of 158 antiquities raised $21.6 million, with 91% of lots finding buyers.",
        True,
        [("count", 158, None, None), ("money", 21600000, "USD", None), ("percent", 91, "%", None)],
        None,
    ),
    (
        "en",
        "Dealers said the result could encourage more owners to consign antiquities with documented histories.",
        False,
        [],
        None,
    ),
    ("en", '"Buyers will pay for certainty," Sotheby\'s antiquities head Florent Delacroix said.', False, [], None),
    # --- 100 Jahre Bauhausgebäude (dpa) ---
    (
        "de",
        "Dessau-Roßlau (dpa) - Mit einem Festakt hat die Stiftung Bauhaus Dessau am Freitag an die Eröffnung des Bauhausgebäudes vor 100 Jahren erinnert.",
        True,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "Das von Walter Gropius entworfene Gebäude war am 4. Dezember 1926 eingeweiht worden.",
        True,
        [("date", "1926-12-04", None, None)],
        None,
    ),
    (
        "de",
        "Im Jubiläumsjahr kamen bis Ende November rund 212.000 Besucherinnen und Besucher, etwa 40 Prozent mehr als im Vorjahr.",
        True,
        [("count", 212000, None, "about"), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "Zum Festakt kamen rund 600 geladene Gäste, darunter Vertreterinnen und Vertreter aus 14 Ländern.",
        True,
        [("count", 600, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Die Nationalsozialisten hatten das Bauhaus 1932 aus Dessau vertrieben, ein Jahr später löste es sich in Berlin auf.",
        True,
        [("year", 1932, None, None)],
        None,
    ),
    ("de", "Seit 1996 gehört das Gebäude zum Unesco-Welterbe.", True, [("year", 1996, None, None)], None),
    (
        "de",
        "„Das Bauhaus war nie nur ein Stil, es war ein Versprechen“, sagte Stiftungsdirektorin Annette Kühnel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Sanierung des Gebäudes hatte zuletzt 11,8 Millionen Euro gekostet, teilte die Stiftung mit.",
        True,
        [("money", 11800000, "EUR", None)],
        "die Stiftung",
    ),
    ("de", "Ob das Haus künftig auch zeitgenössische Kunst zeigen wird, ist noch offen.", False, [], None),
    # --- Grand Egyptian Museum's first year (Reuters) ---
    (
        "en",
        "CAIRO, Dec 16 (Reuters) - The Grand Egyptian Museum near the Giza pyramids has welcomed 5.2 million visitors in the 13 months since its full opening, the museum said on Wednesday.",
        True,
        [("date", "--12-16", None, None), ("count", 5200000, None, None), ("duration", 13, "month", None)],
        "the museum",
    ),
    ("en", "Foreign tourists accounted for about 68% of visitors.", True, [("percent", 68, "%", "about")], None),
    (
        "en",
        "The museum, which cost more than $1.1 billion to build, displays the complete contents of Tutankhamun's tomb, some 5,400 objects, together for the first time.",
        True,
        [("money", 1100000000, "USD", "over"), ("count", 5400, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Tickets for foreign adults cost 1,700 Egyptian pounds, about $35.",
        True,
        [("money", 1700, "EGP", None), ("money", 35, "USD", "about")],
        None,
    ),
    (
        "en",
        "Tutankhamun became pharaoh at about nine years old and ruled for roughly a decade until his death around 1323 B.C.",
        True,
        [("duration", 9, "year", "about"), ("year", -1323, None, "about")],
        None,
    ),
    (
        "en",
        '"The world is finally seeing Egyptian heritage presented the way it deserves," Tourism Minister Adel Mansour said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Visitors wandered up the grand staircase beneath colossal statues of pharaohs as the winter sun set over the pyramids.",
        False,
        [],
        None,
    ),
]
