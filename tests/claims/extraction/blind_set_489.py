"""Four-hundred-and-eighty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up - the dead, the
living, the historical figures of the anniversaries (a painter, a miller, an organ builder,
a victim of 1876) and everyone who speaks - and no real politician or office-holder is
named: the holders of real offices appear only by office („der Diözesanbischof“, „der
Landeshauptmann“, "the First Minister", "the governor", "The President", "The local TD"),
and the mayors, chroniclers, directors, archivists and historians who speak by name are
invented and stand for no real holder. Real wars and eras appear only as background, by name
(the Thirty Years' War, the Seven Years' War, both world wars, the Korean War, the attack on
Pearl Harbor, Ireland's War of Independence, the Blitz), without any of their real dates,
tolls or figures; every disaster, anniversary, founding and find here is invented.

Names: Alois Kernbichler-Stangl and his second wife Hermine, Renate Moosbrugger-Feichtl,
Hinnerk Lübbers-Tjaden, Caspar Inäbnit-Gsell, Corinne Wyttenbach-Zaugg, Eberhard
Dorfmüller-Wiesing and the village Wendlingsau, Florian Haselwanter-Kofler, Severin
Aichhorn-Pilz and the abbey Sankt Ruprechtsberg, Theresia Grabmaier-Huber, Beat Wüest-Rölli,
Hildegard Moosmann-Dilger, her grandson Tobias Moosmann and the Uhrenmanufaktur Moosmann,
Agnes Pfeffer-Grubauer, Dörte Schwanenberg-Kaya, Verena Caduff-Bärtsch, Gudrun
Mehlhorn-Becker, Rudolf Hainzl-Brückner, Katharina Obermüller-Strasser, the organ builder
Johann Nepomuk Ettenhuber, Magdalena Pröbstl-Rauch, the Staatspreis für Bildjournalismus;
Dai Probert-Evans, Rhian Tudor-Bevan, Harlan Whitcombe-Reyes and his wife Loretta, Eithne
Corcoran-Walsh, her husband Declan and her novel "The Salt Road", Maureen Cattanach-Lowe,
Arthur Polkinghorne-Rowe, his wife Joan and his daughter Carol, Josiah Penrose-Hart, Dolores
Amberg-Whitfield, Ronald Petrakis-Dunn, Hugh Carrow-Meriden, Priya Anand-Holt, the Museum of
the Thames Estuary and the warship Halberd, the AP birthday names Wendell Okafor-Brandt,
Cleo Marchetti-Vance and Bettina Corrigan-Shaw, Pádraig Ó Maoláin-Furlong, Nora
Kinsella-Dwan, Kilcarrig Hurling Club, Graham Beswick-Ford and his wife Beryl, Col
Dempsey-Ward, Marvin Okonjo-Lutz, Ellen Tabor-Finch, the Harcombe Canal and Harcombe
Junction, Gwen Ashdown-Price, Peggy Arkwright-Solomon, her son David and her memoir
"Plotting the Blitz", Clarence Haldane-Ortiz and his granddaughter Marisol Haldane, Lyn
Prowse-McKenzie; the invented places Neuenwarft, Gschnaidt, Kirchrieden, Oberwilen,
Hollerbach an der Ybbs with its Stadtmuseum, Wattrup with its Stadtarchiv, Lauterbach-Ried,
Cwmderwen and its colliery, Wandarrah with its historical society, Kettle Run with its
historical society, Kilcarrig, Callaway Springs and Kurrawang; every unnamed colleague,
chronicler, survivor, resident, doctoral student, fellow monk, employee and fan. Real
bodies, places, honours and media (APA, dpa with its slugs "dpa/lni", "dpa/lby", "dpa/lsw",
"dpa/lnw", "dpa/lhe", KNA, Keystone-SDA, Graz, Leoben, the Grazer Schauspielhaus, the
Ehrenring des Landes Steiermark, Thun, the Kunstmuseum Thun, the Staatsarchiv des Kantons
Bern, Tübingen, the Landesarchiv Baden-Württemberg, Innsbruck, Tirol, Linz, the Krankenhaus
der Barmherzigen Brüder, the Bayerisches Hauptstaatsarchiv, München, CSU, the Staatsarchiv
Luzern, Triberg, the Triberger Wallfahrtskirche, Chur, Ilanz, Disentis, Nationalrat, CVP,
the Bündner Regierung, the Staatskanzlei, Volkstrauertag, the Hessisches Staatsarchiv
Marburg, Wien, the Österreichische Nationalbibliothek, Wiener Neustadt, the Staatsoper, the
Wachau, Wasserburg am Inn, the Stadtpfarrkirche St. Jakob, Kloster Attel; Reuters, AP, PA,
AAP, South Wales, Glamorgan Archives, Columbus, the Ohio Senate, Zanesville, the Army, the
Statehouse, Dublin, Ennistymon, County Clare, RTÉ, the Abbey Theatre, NSW, Truro, Camborne,
Redruth, Normandy, the Royal British Legion, the Royal Navy, the Susquehanna River, London,
Kent, Plymouth, the CBE, NASA, Co Tipperary, the GAA, Sport Ireland, Sydney, Cricket
Australia, Newcastle, the Sheffield Shield, the Ozarks, the National Weather Service, the
Missouri State Archives, Birmingham, the Canal & River Trust, the RAF, the Women's Auxiliary
Air Force, Croydon, the Royal Air Force Museum, Remembrance Sunday, Honolulu, Tucson,
Hawaii, the National Park Service, the Adelaide Hills, Adelaide Hills Council, the Country
Fire Service, and the datelines' cities) stand for the way wire copy names them; every
death, age, birth date, career, tally, anniversary, toll, holding, visitor count, sum and
quote here is invented, and where a real figure came to mind (a real war's dead, a real
law's blocking periods for civil registers, a real count of war cemeteries, a real D-Day
anniversary, a real date of Pearl Harbor) it was changed or left out.

Its weight: OBITUARIES, ANNIVERSARIES AND HISTORY, the sixth round on obituaries and
anniversaries and the third with history in its heading (the thirty-ninth batch weighed
courts plus obituaries, anniversaries and history copy, the sixty-third obituaries, profiles
and personalia, the hundred-sixty-sixth obituaries, anniversaries and profiles, the
three-hundred-and-first obituaries, anniversaries and jubilees and the
four-hundred-and-twenty-fifth, as the fifth round, obituaries, anniversaries and profiles;
the hundred-seventy-first weighed archaeology, history and museums, the fifty-eighth clubs'
anniversaries in local copy, the hundred-forty-fourth anniversaries of odd events and the
two-hundred-and-sixtieth obituaries of artists; their decisions are kept) - this time with
history and its keepers weighed beside the lives: the old disaster, the old war's dead and
the founding as an anniversary recalls them, and the museum's and the archive's account of
what they hold. Thirty short stories over one year (January to December) in story order, the
German and English ones interleaved by month, each told as wire copy runs it (a dateline
lead with the death or the day marked, then birth, career, titles and tallies, or the event
with its date and its toll, the survivors, the museum's, the archive's or the mayor's
figures, the voices, the ceremony). Half German (APA, dpa with its slugs, KNA, Keystone-SDA;
Austrian "Jänner", "heuer", "Spital", "Volksschule", "Schilling", Swiss "innert", "Gemäss",
"Abdankung", "Gemeindepräsident", "sass", "1'412", "380'000 Franken", «» quotes, German „“
quotes): deaths of a Graz character actor, a historian of the Thirty Years' War, a former
abbot, a Black Forest clockmaker, a former Nationalrätin and a press photographer; 100 years
since a dike broke, the 100th anniversary of a painter's death, 75 years since a debris flow
buried a school, a village's 1000th year, 150 years since a village burned, a town museum's
centenary, a city archive's civil registers put online, a war memorial restored with its
field-post letters, an organ builder's 250th birthday. Half English (Reuters with dated
datelines, AP with "Today in History" and birthday lines, PA, AAP; UK, US, Irish and
Australian usage: "Co Tipperary", "TD", "€240,000", "A century after", "$1.8 million" in AAP
copy, "narrowboats", "navvies", "half-staff", "half-mast"): deaths of an Ohio state senator,
an Irish novelist, a Normandy veteran, a maritime historian, a Test batsman, a wartime RAF
plotter and a Pearl Harbor survivor; the 150th anniversary of a colliery explosion, 175
years since a gold find, a Pennsylvania town's 250th anniversary, a hurling club's
centenary, a century since a tornado, a canal's bicentenary and 50 years since a bushfire.
Speakers as such copy has them: German „X sagte, ...“ with the title dropped, „Wie das Stift
am Dienstag mitteilte“, „teilte die Stadt mit“, „Das teilte ... mit“, „nach Angaben der
Gemeinde“; English "X said" with the title dropped, "The Abbey Theatre said", "Cricket
Australia said", "the Royal British Legion said"; beside them the forms left unchecked
(possessives, masculine and neuter genitives, „nach eigenen Angaben“, „Gemäss“, "according
to", offices, a description between a name and its verb). Figures as such copy has them:
ages at death and at events („86-jährig“, „im 94. Lebensjahr“, „als 21-Jähriger“, „Jahrgang
1929“, "has died aged 101", "has died at 83", "He was 104.", "who is 98", "was 12; the
oldest was 64", "was six at the time and is now 56", "Actor ... is 88."), birth and death
dates with the asterisk and the dagger of reference works, careers in years and decades,
terms, titles and ordinals of office („als 61. Abt“, "the first of seven Senate terms"),
anniversaries, birthdays and death days („Zum 100. Todestag“, „zum 80. Jahrestag“, „den 250.
Geburtstag“, "the 150th anniversary", "the 250th anniversary", "on the 25th anniversary"),
spans back („vor 100 Jahren“, „Vor genau 150 Jahren“, „nach eineinhalb Jahrhunderten“, "175
years since", "Fifty years after", "more than two centuries"), jubilees („1000-jähriges
Bestehen“, „mehr als 900-jähriger Geschichte“, "its 100-year history"), centuries, tolls of
old disasters and wars, archive and museum holdings and visits, physical measures, old
currencies („Schilling“, „D-Mark“), sums in euros, francs, pounds and U.S. and Australian
dollars, hedges and dates. Negatives as such copy has them - 55 rows, none with a figure:
tributes and eulogies in quotes, labels, memories (a survivor's diary quoted among them),
received verdicts, hopes, open questions and scene colour, each near a check-worthy
look-alike from the same story: the same speaker's figure, an age, a toll, a holding, a
date, a planned step.

242 rows (124 German, 118 English), 55 negatives (28 German, 27 English), 187 check-worthy
rows of which 16 carry no figure (10 German, 6 English), 346 expected quantities (124
counts, 77 durations - 69 in years, 4 in hours, 2 in months, 1 in days, 1 in weeks -, 67
years, 27 dates - 16 with a year, 11 without -, 27 ordinals, 17 amounts of money - 6 EUR, 4
GBP, 2 CHF, 2 AUD, 1 each ATS, DEM, USD -, 6 fractions, 1 percentage in "%"; none of them in
a negative), 37 checked speakers (20 German, 17 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported tribute,
  eulogy, label, memory, received verdict, hope or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  sixty-third, hundred-sixty-sixth, three-hundred-and-first, four-hundred-and-twenty-fifth);
  a reported statement of fact, figure or step is check-worthy with its speaker. Pairs from
  one speaker: Moosbrugger-Feichtl's matinee on January 24 beside „Er war ein Schauspieler,
  der ...“; Wyttenbach-Zaugg's 40 works beside «Er hat die Berge nicht gemalt ...»;
  Haselwanter-Kofler's four survivors of 212 beside „Dieser Tag hat unser Dorf ...“;
  Grabmaier-Huber's 480,000 euros beside „Ein Dorf lebt nur ...“; Wüest-Rölli's straight
  main street beside «Das Feuer hat das Dorf zerstört ...»; Pfeffer-Grubauer's 22,000
  visitors beside „Ein Museum ist das Gedächtnis ...“; Schwanenberg-Kaya's six years and 1.1
  million euros beside „Viele Menschen suchen ...“; Mehlhorn-Becker's 64,000 euros beside
  „Hinter jedem Namen ...“; Pröbstl-Rauch's 420 seats beside „Seine Orgeln klingen ...“;
  Cattanach-Lowe's 18,000 and 900 beside "This town was built on hope ...";
  Amberg-Whitfield's 11,600 pages beside "Every family here ..."; Ó Maoláin-Furlong's 640
  members beside "Hurling is the one thing ..."; Ashdown-Price's 2,600 volunteers beside
  "The cut is busier ..."; Prowse-McKenzie's 61 survivors beside "People here don't talk
  about the fire much ...". Tributes beside check-worthy rows of the same life: "Harlan
  never met a county fair ..." (a former colleague), "The President described her as a
  writer who ..." (an office, unchecked in any case), the veteran's daughter's "He never
  called himself a hero ...", "Hugh could read a seabed ...", the teammate's "He batted the
  way he taught algebra ...", the granddaughter's "He never wanted to be called a hero ...",
  the son's "She was funny, fierce ...", a doctoral student's „Er hat uns gelehrt, ...“.
  Labels: "Colleagues from both parties called him the last of a breed ...", „Kollegen
  nannten ihn den „Mann, der immer schon da war““, „Die Bündner Regierung würdigte sie ...
  als «...»“, "Her local branch of the Royal British Legion described her as ...", „Kollegen
  würdigten ihn als Forscher, ...“, „Mitbrüder beschrieben ihn als ...“ (ninety-eighth,
  hundred-sixty-sixth). Memories: „Mitarbeiter erinnerten sich an eine Chefin ...“,
  „Weggefährtinnen erinnerten an ...“, "My grandmother always said the sky ...", and a
  survivor's diary quoted by the chronicler („„Das Wasser kam in der Nacht ...“, zitierte
  der Chronist ...“) - a quoted memory stays one when a record holds it. Received verdicts a
  desk cannot check: „... gelten bis heute als Ikonen der Nachkriegsfotografie“
  (hundred-seventy-first: „gelten als Geburtsstunde“), "Many in the valley still speak of
  the disaster as if ...", „Viele Familien im Ort tragen die Erinnerung ...“, „Viele
  Oberwiler kennen die Geschichte ...“. Hopes: „Man hoffe, ..., hiess es beim Museum.“,
  "Residents hope the capsule has kept its contents dry." (hundred-seventy-first). Open
  questions: „Ob die neuen Verbauungen ...“, „Ob auch die Einwohnermeldekartei ...“, „Ob das
  verschollene Orgelgehäuse ...“, and a dispute with no claim in it („Über die künftige
  Ausrichtung des Hauses wird ... gestritten.“; hundred-seventy-first). Scene colour:
  flowers and candles at a stage door and at a memorial, flowers and handwritten notes,
  "Tributes poured in ...", a parade in costume, Trachtenvereine and bands, supporters at a
  pitch, flowers and scorecards at a ground's gates, children ringing a bell, crowds on a
  towpath, a guard of honour, and divers' clubs flying their flags at half-mast (a gesture
  held, as "a minute's silence held" in the four-hundred-and-twenty-fifth, while an order to
  lower flags is a step and check-worthy: "The governor ordered flags ...", „Nach Angaben
  der Staatskanzlei wird die Fahne ...“, "The National Park Service said flags ..."). No
  negative here carries a figure.
- Check-worthy without a figure (sixty-third, hundred-sixty-sixth, three-hundred-and-first,
  four-hundred-and-twenty-fifth): deaths as a lead („Der Historiker Eberhard
  Dorfmüller-Wiesing ist tot.“, „Die frühere Bündner Nationalrätin ... ist tot.“, the Pearl
  Harbor survivor's death with "his granddaughter said" unchecked), the place and day of a
  death from a source ("the Royal British Legion said", „Wie das Stift am Dienstag
  mitteilte“, "Cricket Australia said"), the flag orders above, a reading room to be named
  after the dead, an archive's loan of a parchment, a holding's opening to research (with
  its shelf mark, below), the access rule for younger register entries (the law on finds was
  check-worthy in the hundred-seventy-first), a rebuilding plan's effect on a street,
  letters restored and digitised (from the archive), and the firm staying in family hands
  (its speaker unchecked, below).
- Ages are durations in years (every batch): „86-jährig“ and „93-jährig“
  (three-hundred-and-first: „78-jährig“), „im Alter von 58 Jahren“, „von 91 Jahren“, „von 97
  Jahren“, „von 98 Jahren“, „als 21-Jähriger“, „war nach der Liste 18, der älteste 52 Jahre
  alt“ and "was 12; the oldest was 64" (the unit written once or not at all serves the pair,
  three-hundred-and-first: „Der jüngste Tote war 17, der älteste 58 Jahre alt.“), "has died
  aged 88", "aged 101", "aged 102", "has died at 83", "He was 94." and "He was 104." (each
  its own row), "at 18", "at 17" (twice), "when he was 99", "as a 20-year-old", "an
  18-year-old fireman", "who is 98", "was 3 months old" 3 months (an age under a year in
  months, hundred-sixty-second: "a three-month-old baby"; hundred-seventy-seventh: „erst elf
  Monate alt“), "was six at the time and is now 56" 6 and 56 (three-hundred-and-first: "was
  four at the time and is now 79"), and the AP birthday lines "Today's Birthdays: Former
  NASA flight director ... is 93.", "... is 88.", "... is 59." (sixty-third,
  four-hundred-and-twenty-fifth). „im 94. Lebensjahr“ is ordinal 94 and no age
  (sixty-third). „Jahrgang 1929“ is the year 1929 (thirty-ninth). "one of the last
  surviving", "one of the last known", „jüngste“, „älteste“, "youngest", "oldest" carry
  none.
- Dates (sixty-third, hundred-sixty-sixth, three-hundred-and-first): full dates are ISO
  dates (on Jan. 17, 1876; on Oct. 2, 1931; am 19. März 1926; am 6. Mai 1951; on Feb. 11,
  1925; vom 14. Juli 1026; am 2. Februar 1933; am 11. Dezember 1776; on Oct. 18, 1926; on
  Oct. 24, 1826; on Dec. 19, 1976), also "Today is Thursday, Aug. 13, 2026, the 225th day of
  the year." 2026-08-13 with ordinal 225 and "There are 140 days left in the year." count
  140 (hundred-eighty-second, two-hundred-and-twenty-eighth, two-hundred-and-sixty-sixth).
  „In der Nacht zum 9. Februar 1926“ 1926-02-09 and „in der Nacht auf den 12. August 1876“
  1876-08-12 - the night is dated by the day it runs into (hundred-fifty-second: „in der
  Nacht auf den 3. Januar“ --01-03). The asterisk of reference works dates the birth
  (three-hundred-and-eighty-second, four-hundred-and-twenty-fifth: „(* 4. März 1939 in
  Graz)“). New: the dagger dates the death the same way - „(* 14. Mai 1939 in Leoben; † 11.
  Jänner 2026 in Graz)“ gives 1939-05-14 and 2026-01-11; the sign marks which life date it
  is and carries no quantity of its own. Dates without a year keep month and day („am 24.
  Jänner“ --01-24 - Austrian "Jänner", tenth -, „bis zum 30. April“, „bis zum 16. August“,
  „am 9. Juni“, „am 18. September“, „am 26. Oktober“, „am 30. Oktober“, „bis zum 6. Januar“,
  "on March 21"). Reuters datelines with a day are dates without a year ("DUBLIN, March 9
  (Reuters)" --03-09, "LONDON, July 7 (Reuters)" --07-07); APA, dpa with its slugs, KNA,
  Keystone-SDA (also "Oberwilen LU" with the canton's letters), AP, PA and AAP datelines
  none (seventy-ninth).
- Years as written (every batch): ranges give both („Von 1968 bis 2004“, „von 1971 bis
  1999“, „zwischen 1634 und 1639“, „Von 1974 bis 2002“, „von 1876 bis 1955“); "in May 1851"
  and „im Oktober 1926“ the year; "the 2021 census", "the 2020 census", "a 1977 coronial
  report", "Her 1981 novel", "the 1859 courthouse", „der von 1926“, „aus dem Jahr 1926“,
  „aus dem Jahr 1923“, „Auf dem 1923 errichteten Denkmal“, „den 1889 gegründeten
  Familienbetrieb“ the year (three-hundred-and-first: "His 1971 comedy"); "since 2023",
  "since 1994", "since 2019" and „bis 1912“ carry no hedge (hundred-sixty-sixth,
  hundred-seventy-first). New: „um 1720“ is 1720 "about" - „um“ before a year is circa, as
  "around 480 B.C." (hundred-seventy-first) and „ca.“ (seventeenth), while „um“ before a
  difference carries no hedge (hundred-seventy-first). New: "the 1800s" carries none - a
  century named by its hundreds is a period, as the decades "the 1970s" and „in den
  1980er-Jahren“ are (thirty-ninth, hundred-seventy-first).
- Anniversaries, birthdays and death days are ordinals (thirty-ninth, hundred-sixty-sixth,
  three-hundred-and-first): „Zum 100. Todestag“ 100 (thirty-ninth: „Zum 25. Todestag“), „zum
  80. Jahrestag des Kriegsendes“ 80, „den 250. Geburtstag“ 250, "the 150th anniversary" 150,
  "the 250th anniversary" 250, "on the 25th anniversary" 25. Spans back to the event are
  durations: „vor 100 Jahren“, „vor 75 Jahren“, „Vor genau 150 Jahren“ („genau“ no hedge,
  four-hundred-and-twenty-fifth), "to mark 175 years since", "Fifty years after" 50 years
  ("after" follows the span). Jubilees in „-jährig“ and "-year" are durations: „ihr
  1000-jähriges Bestehen“ 1,000 years, „sein 100-jähriges Bestehen“ 100 years, „in dessen
  mehr als 900-jähriger Geschichte“ 900 years "over", "its 100-year history" 100 years
  (four-hundred-and-twenty-fifth: "in its 140-year history"). None: "its centenary" and "A
  century after" (hundred-forty-fourth, hundred-sixty-sixth, three-hundred-and-first), „Zum
  Jahrestag“ and „zum Jahrestag“, „Zum Jubiläum“, „Jubiläumsjahr“, "for the anniversary"
  (hundred-sixty-sixth, hundred-seventy-first). New: "sesquicentennial", "bicentennial" and
  "bicentenary" carry none - each names an anniversary without a number word, as
  "semiquincentennial" (hundred-seventy-first) and "its centenary" do.
- Centuries (seventeenth, hundred-seventy-first): a numbered century is an ordinal - „des
  17. Jahrhunderts“ 17, „aus dem 3. Jahrhundert nach Christus“ 3 („nach Christus“ none), and
  „aus dem 12. bis 15. Jahrhundert“ 12 and 15, the noun written once serving the range as
  the era marker does (hundred-seventy-first: "from around 2465 to 2323 BC"). New: a number
  of centuries is a span in years, as a number of decades is - "more than two centuries" 200
  years "over" and „auch nach eineinhalb Jahrhunderten“ 150 years, read as "over four
  decades" 40 years, „fast ein halbes Jahrhundert lang“ 50 years and „vor einem
  Dreivierteljahrhundert“ 75 years (four-hundred-and-twenty-fifth) and „mehr als ein halbes
  Jahrhundert lang“ 50 years "over" here; "a century" with its article alone still carries
  none (hundred-forty-fourth), and "with six centuries" in cricket stays a count
  (hundred-sixty-sixth), as "seven Test centuries" 7 here.
- Wars and eras by name. An ordinal word in a war's name stays an ordinal
  (hundred-forty-fourth, hundred-sixty-sixth, four-hundred-and-fifty-second): „des Ersten
  Weltkriegs“ and „aus dem Ersten Weltkrieg“ 1, „nach dem Zweiten Weltkrieg“ 2, "during the
  Second World War" 2. New: „über den Dreißigjährigen Krieg“ and "served in the Seven Years'
  War" carry none - a war named by its length is a name, not a span the sentence claims, as
  „Zehnkampf“ names an event (three-hundred-and-twenty-first) and "the two-minute warning" a
  stoppage (four-hundred-and-fifty-second), unlike „ihr 1000-jähriges Bestehen“, which
  counts the village's years. "the Korean War", "the War of Independence", "the Blitz",
  "Georgian" and „barocken“ carry none.
- Careers and spans (sixty-third, hundred-sixty-sixth, four-hundred-and-twenty-fifth): „mehr
  als sechs Jahrzehnte lang“ 60 years "over", „41 Jahre lang“, „16 Jahre lang“, „sechs
  Jahre“, „drei Jahre“, „fast vier Jahre“ "nearly", "served 28 years in the Ohio Senate",
  "served 16 months", "for 11 years", "for 19 years", "for 22 years", "11 years as a Royal
  Navy diver", "41 years as a postman", "for 68 years", "12 years as a national selector and
  31 years teaching", "34 years ..., including 21 years as head teacher", "22 years in the
  Navy ... for 31 years", "his wife of 67 years", "her husband of 61 years", "his wife of 62
  years" (hundred-sixty-sixth: "his wife of 58 years"), "104 years of working", "for 112
  years", "after three years of planning", "within two years" 2 years ("within" no hedge, as
  „binnen“, four-hundred-and-seventy-third), "a three-day heritage fair" 3 days, „innert
  sechs Stunden“ 6 hours (Swiss „innert“ no hedge), „in den ersten zwei Wochen“ ordinal 1
  and 2 weeks (four-hundred-and-seventy-third: „in den ersten vier Monaten“), "in less than
  five years" 5 years and "in less than 12 hours" 12 hours "under"
  (four-hundred-and-twenty-eighth: "in less than 20 minutes"), "410,000 hours of work"
  410,000 hours and "14 hours of recorded interviews" 14 hours (the unit standing alone,
  hundred-sixty-first: "a total of 3.61 million hours"). None: "within a year", "by a year",
  "a week of celebrations", "this weekend", "this year", "at the weekend", "at a time",
  „seit Wochen“, „tagelangem“, „jährlich“, „im vergangenen Jahr“, „heuer“, „damals“,
  „heute“, „Bis heute“, „ab dem kommenden Jahr“, „bis Ende Oktober“, weekdays and clock
  times ("shortly after 7am", "at 4:40 p.m."; hundred-forty-seventh).
- Terms, ranks and firsts (sixty-third, hundred-sixty-sixth, three-hundred-and-first): "the
  first of seven Senate terms" ordinal 1 and count 7 (four-hundred-and-twenty-fifth: "the
  fourth of eight children"), „als 61. Abt“ 61 (hundred-sixty-sixth: "Tacoma's 40th mayor"),
  „als erster Volksschauspieler“ and „als erster Fotograf“ 1, „zu den ersten Frauen im
  Nationalrat“ 1 (four-hundred-and-twenty-fifth: „eine der ersten Frauen“), „in dritter
  Generation“ 3 and „in vierter Generation“ 4 (three-hundred-and-first), „seine zweite Frau“
  2, "her first novel" 1, "on the first day" 1. None: "CBE", „Ehrenring“, „Staatspreis“
  (sixty-third), "best-known", „bekanntestes“, „wertvollste“, "the highest", „eine der
  wenigen“, "the town's only pub".
- Tolls, tallies and holdings are counts (every batch). Tolls of old disasters and wars: "86
  men and boys", "the 71 people who died", "the 14 people who died", „38 Menschen ...,
  darunter 14 Schulkinder“ („darunter“ no hedge, hundred-seventy-first), „412 Menschen ...,
  sieben“, "with the loss of 212 men", „genau 118 Tote“, „58 Gefallene ..., 85 Namen“,
  „3.870 gefallene Soldaten“, "at least 23 of them" "at_least", „mit 143 Namen“, "143 homes,
  two schools", "212 homes and four of the town's five churches", "51 widows and 143
  children", „41 Höfe“, „64 Gebäude“, „elf Häuser“; works and records: "more than 4 million
  copies" "over", "23 novels and four collections ..., 31 languages", "a six-part series" 6
  (hundred-twenty-sixth: „der fünfteiligen Skala“), „212 Inszenierungen“, „14 Bücher“,
  „1.100 Seiten“, „rund 9.000 Einträgen“, „74 seiner Gemälde“, „gerade einmal elf Bilder“
  („gerade einmal“ no hedge, hundred-third), "2,914 runs in 41 Tests", "an unbeaten 196"
  (three-hundred-and-first: "His highest score, 211"), „14 Nationalratswahlen, vier
  Olympische Spiele“, „63 Orgeln“, „Nur elf davon“ („Nur“ no hedge), „2.184 Pfeifen“, "23
  times", "17 times", "14 Georgian warships", "a 64-gun ship" 64 (hundred-sixty-sixth: "the
  31-member board"), "23 county titles", "11 All-Ireland medal winners", "31 players ...,
  eight of whom"; archive and museum holdings and visits: „rund 2,4 Millionen Seiten“
  2,400,000 "about", „rund 1,2 Millionen Negativen“, „etwa 86.000 Aufnahmen“, „rund 48.000
  Objekte“, „rund 46.000 Bänden, darunter 312 Handschriften“, „212 Archivkartons“, „1'412
  Briefe“ (the Swiss apostrophe, tenth), "340 pages", "11,600 pages", "640 photographs and
  58 letters", "some 40,000 objects" "about" ("some", hundredth), "up to 340 objects at a
  time" "up_to", „31 Feldpostbriefe“, „27 Briefe“, „38 lederne Löscheimer“, „312
  Fundstücke“, „gut 31'000 Eintritte“ "over" („gut“, forty-first), „etwa 22.000
  Besucherinnen und Besucher“, „mehr als 310.000 Mal“ "over", „aus 48 Ländern“, "more than
  60,000 copies"; people: "4,100 people", "about 12,000 diggers", "about 18,000 ... 900",
  "2,740 residents", „nur vier der damals 212 Einwohner“ („nur“ no hedge), "about 15,000",
  „rund 2.500 Mitwirkenden“, "120 narrowboats", "seats 900 people", "640", "more than 2,600
  volunteers", "61 survivors", "17 farm labourers", „noch 17 Mönche ..., 1974 waren es 42“,
  „mit 420 Plätzen“; survivors and families (sixty-third, hundred-sixty-sixth): „zwei
  Töchter und fünf Enkelkinder“, "four children, 13 grandchildren and six
  great-grandchildren", "three sons and eight grandchildren", "two daughters, five
  grandchildren and nine great-grandchildren", "three children and seven grandchildren",
  "two sons, six grandchildren and 11 great-grandchildren", "her son, three grandchildren
  and a great-grandson" 3 only ("a great-grandson" none, an article). Physical measures are
  counts (fourth): „8,40 Meter“, „fast drei Meter“ "nearly", „mehr als 1.300 Hektar“ "over",
  „an zwei Stellen“ 2, "about 22 miles" "about", "about 26,000 hectares" "about", "300
  acres", "a 1.2-kilogram replica nugget" 1.2 and "The 31-mile canal" 31 (the compound read
  as "The 1.4-mile span", four-hundred-and-twenty-fifth), "47 locks". New: „unter der
  Signatur N 47“ carries none - an archive's shelf mark is an identifier, as "Courtroom 600"
  (hundred-sixty-sixth), "Hut 6" (four-hundred-and-twenty-fifth) and "Region IX"
  (hundred-seventy-first). None: "Hundreds of people" (four-hundred-and-twenty-fifth:
  "Thousands of people"), "doubled" (a verb, four-hundred-and-twentieth: "tripled"), "a
  choir", "Navvies", "one of the last".
- Fractions and percentages: „fast zwei Drittel“ 0.6667 "nearly", „fast die Hälfte“ 0.5
  "nearly", „knapp die Hälfte davon“ 0.5 "nearly", „ein Drittel davon“ 0.3333, „fast ein
  Drittel davon“ 0.3333 "nearly" („davon“ no hedge, hundred-seventy-first), "half of this
  small Ozarks town" 0.5; „nur etwa fünf Prozent“ 5 "%" "about" („nur“ no hedge).
- Money in the currency written (every batch): EUR („40.000 Euro“, „480.000 Euro“, „1,1
  Millionen Euro“, „64.000 Euro“, „rund 860.000 Euro“ "about", "A €240,000 grant" in Irish
  copy), CHF („380'000 Franken“, „186'000 Franken“), GBP ("£11,400", "about £1.3 million"
  "about" - a sum's present worth is a figure like any -, "about £18 million", "640,000
  pounds" in British copy), USD ("$85,000"), AUD ("$1.8 million" and "$420,000" in AAP copy;
  four-hundred-and-fifth, four-hundred-and-seventy-ninth). New: a withdrawn currency keeps
  its own ISO code - „6,4 Millionen Schilling“, a cost of the 1950s in Austrian copy, is
  6,400,000 ATS and „2,8 Millionen D-Mark“ is 2,800,000 DEM, money in the currency written
  as "1,700 Egyptian pounds" is EGP (hundred-seventy-first), never converted into euros.
- Hedges, only the names in use: „rund“, „etwa“, "about", "some" "about"; „fast“, „knapp“
  "nearly"; „mehr als“, „gut“, "more than" "over"; "in less than" "under"; "up to" "up_to";
  "at least" "at_least"; „um“ before a year "about" (New, above). No hedge: „genau“, „gerade
  einmal“, „nur“, „Nur“, „darunter“, „davon“, „damals“, „innert“, "within", "since", „bis“
  before a year, "after" behind a span, the „bis“, "to" and "and" of a range.
- Speakers, checked only in forms the earlier batches settled: „Moosbrugger-Feichtl sagte,
  ...“ and „Pröbstl-Rauch sagte, ...“ the surname as written; „Ortschronist Hinnerk
  Lübbers-Tjaden sagte“, „Museumsdirektorin Corinne Wyttenbach-Zaugg sagte“, „Bürgermeister
  Florian Haselwanter-Kofler sagte“, „Gemeindepräsident Beat Wüest-Rölli sagte“,
  „Museumsleiterin Agnes Pfeffer-Grubauer sagte“, „Archivleiterin Dörte Schwanenberg-Kaya
  sagte“, „Ortsvorsteherin Gudrun Mehlhorn-Becker sagte“ and „Sammlungsleiterin Katharina
  Obermüller-Strasser sagte“ the name with the title dropped (hundred-seventy-first), and
  „Bürgermeisterin Theresia Grabmaier-Huber (CSU) sagte“ with title and party dropped
  (four-hundred-and-twenty-fifth); „nach Angaben der Gemeinde“ -> "die Gemeinde" and „Nach
  Angaben der Staatskanzlei“ -> "die Staatskanzlei" (four-hundred-and-twenty-fifth); „wie
  das Archiv am Freitag mitteilte“ and „wie das Archiv am Montag mitteilte“ -> "das Archiv",
  „Wie das Stift am Dienstag mitteilte“ opening the row -> "das Stift", „teilte die Stadt am
  Dienstag mit“ -> "die Stadt", „teilte die Stadtgemeinde mit“ -> "die Stadtgemeinde" (the
  weekday dropped, hundred-sixty-sixth, three-hundred-and-first), „Das teilte die
  Uhrenmanufaktur Moosmann am Mittwoch mit, ...“ and „Das teilte die Österreichische
  Nationalbibliothek am Freitag mit, ...“ -> the body in the nominative
  (hundred-thirty-ninth: „Das teilte die Statistik Austria am Mittwoch mit“). English:
  "Glamorgan Archives said", "Cricket Australia said" and "Adelaide Hills Council said" as
  written (three-hundred-and-first: "Cricket Australia said"); "The Abbey Theatre said",
  "the Royal British Legion said", "The museum said", "The Missouri State Archives said",
  "The Canal & River Trust said", "The Royal Air Force Museum said" and "The National Park
  Service said" with the article in lower case (hundred-seventy-first,
  four-hundred-and-twenty-fifth); "Historical society president Maureen Cattanach-Lowe
  said", "Historical society president Dolores Amberg-Whitfield said", "Mayor Ronald
  Petrakis-Dunn said", "Club chairman Pádraig Ó Maoláin-Furlong said" (the particle kept as
  written), "County historian Marvin Okonjo-Lutz said", "Trust volunteer coordinator Gwen
  Ashdown-Price said" and "Country Fire Service historian Lyn Prowse-McKenzie said" the name
  with the title dropped (four-hundred-and-twenty-fifth). Each row's diacritics and hyphens
  are its speaker's. Left unchecked (None): all negatives, also those with a named speaker;
  the possessives heading the source ("his family said" twice, "her publisher said", "his
  granddaughter said", "the archive's historian said", „wie seine Familie am Montag
  mitteilte“, „wie seine Familie mitteilte“, „wie ihre Familie mitteilte“; eighty-third,
  four-hundred-and-twenty-fifth); the genitives of masculine and neuter nouns („nach Angaben
  des Hauses“, „des Museums“ twice, „des Deichverbands“, „des Landesarchivs“, „des Stifts“,
  „des Archivs“, „des Stadtmuseums“, „des Pfarramts“; three-hundredth,
  three-hundred-and-first); „nach eigenen Angaben“; „Gemäss dem Staatsarchiv Luzern“
  (four-hundred-and-fourth, four-hundred-and-seventy-third); „hieß es aus dem Büro des
  Landeshauptmanns“ (an office behind an impersonal verb); every "according to" (an inquest
  record, a historical society, a census, a newspaper clipping, a weather service
  reconstruction, a club's history, burial records, a coronial report;
  three-hundred-and-first, four-hundred-and-twenty-fifth); offices ("The governor", "the
  First Minister", "The local TD", „der Diözesanbischof“); and „Geschäftsführer Tobias
  Moosmann, ihr Enkel, sagte“ (a description between a name and its verb,
  four-hundred-and-twenty-fifth: "Chief Executive Daisuke Umebayashi, his grandson, told
  reporters").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_489 = [
    # --- Tod des Volksschauspielers Alois Kernbichler-Stangl (APA), Jänner ---
    (
        "de",
        "Graz (APA) - Der Volksschauspieler Alois Kernbichler-Stangl ist am Sonntag 86-jährig in einem Grazer Spital gestorben, wie seine Familie am Montag mitteilte.",
        True,
        [("duration", 86, "year", None)],
        None,
    ),
    (
        "de",
        "Kernbichler-Stangl (* 14. Mai 1939 in Leoben; † 11. Jänner 2026 in Graz) stand mehr als sechs Jahrzehnte lang auf der Bühne.",
        True,
        [("date", "1939-05-14", None, None), ("date", "2026-01-11", None, None), ("duration", 60, "year", "over")],
        None,
    ),
    (
        "de",
        "Von 1968 bis 2004 gehörte er dem Ensemble des Grazer Schauspielhauses an, wo er nach Angaben des Hauses in 212 Inszenierungen mitwirkte.",
        True,
        [("year", 1968, None, None), ("year", 2004, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "de",
        "„Er war ein Schauspieler, der mit einem einzigen Blick eine ganze Szene tragen konnte“, sagte Intendantin Renate Moosbrugger-Feichtl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Moosbrugger-Feichtl sagte, das Haus werde am 24. Jänner eine Matinee zu seinen Ehren ausrichten.",
        True,
        [("date", "--01-24", None, None)],
        "Moosbrugger-Feichtl",
    ),
    (
        "de",
        "1997 erhielt er als erster Volksschauspieler den Ehrenring des Landes Steiermark.",
        True,
        [("year", 1997, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Er hinterlässt seine zweite Frau Hermine, zwei Töchter und fünf Enkelkinder.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    ("de", "Vor dem Bühneneingang legten Besucherinnen und Besucher Blumen und Kerzen nieder.", False, [], None),
    # --- 150th anniversary of the Cwmderwen colliery explosion (PA), January ---
    (
        "en",
        "CWMDERWEN (PA) - Hundreds of people gathered in a South Wales valley on Saturday to mark the 150th anniversary of the Cwmderwen colliery explosion, in which 86 men and boys were killed.",
        True,
        [("ordinal", 150, None, None), ("count", 86, None, None)],
        None,
    ),
    (
        "en",
        "The blast tore through the pit's lower seam shortly after 7am on Jan. 17, 1876, according to the inquest record held at the county archive.",
        True,
        [("date", "1876-01-17", None, None)],
        None,
    ),
    (
        "en",
        "The youngest victim, Dai Probert-Evans, was 12; the oldest was 64.",
        True,
        [("duration", 12, "year", None), ("duration", 64, "year", None)],
        None,
    ),
    (
        "en",
        "Glamorgan Archives said it had digitised 340 pages of witness statements and the names of 51 widows and 143 children left without support.",
        True,
        [("count", 340, None, None), ("count", 51, None, None), ("count", 143, None, None)],
        "Glamorgan Archives",
    ),
    (
        "en",
        "A relief fund raised £11,400 within a year, a sum worth about £1.3 million today, the archive's historian said.",
        True,
        [("money", 11400, "GBP", None), ("money", 1300000, "GBP", "about")],
        None,
    ),
    (
        "en",
        '"These men went down that shaft for their families and never came home," said Rhian Tudor-Bevan, whose great-great-grandfather died in the blast.',
        False,
        [],
        None,
    ),
    ("en", "Many in the valley still speak of the disaster as if it happened within living memory.", False, [], None),
    (
        "en",
        "The colliery closed in 1962 after 104 years of working, and the site is now a country park.",
        True,
        [("year", 1962, None, None), ("duration", 104, "year", None)],
        None,
    ),
    # --- 100 Jahre nach dem Deichbruch von Neuenwarft (dpa/lni), Februar ---
    (
        "de",
        "Neuenwarft (dpa/lni) - Mit einer Andacht und einer Kranzniederlegung hat die Gemeinde Neuenwarft am Sonntag an den Deichbruch vor 100 Jahren erinnert.",
        True,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "In der Nacht zum 9. Februar 1926 brach der Deich an zwei Stellen, das Wasser überflutete nach Angaben der Gemeinde 41 Höfe und mehr als 1.300 Hektar Land.",
        True,
        [
            ("date", "1926-02-09", None, None),
            ("count", 2, None, None),
            ("count", 41, None, None),
            ("count", 1300, None, "over"),
        ],
        "die Gemeinde",
    ),
    (
        "de",
        "Ortschronist Hinnerk Lübbers-Tjaden sagte, die Namen der Toten seien erst 1989 vollständig aus den Kirchenbüchern rekonstruiert worden.",
        True,
        [("year", 1989, None, None)],
        "Hinnerk Lübbers-Tjaden",
    ),
    (
        "de",
        "„Das Wasser kam in der Nacht, und es kam ohne jede Warnung“, zitierte der Chronist aus dem Tagebuch eines Überlebenden.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der heutige Deich ist nach Angaben des Deichverbands 8,40 Meter hoch und damit fast drei Meter höher als der von 1926.",
        True,
        [("count", 8.4, None, None), ("count", 3, None, "nearly"), ("year", 1926, None, None)],
        None,
    ),
    (
        "de",
        "Zum Jahrestag zeigt das Heimatmuseum bis zum 30. April Fotos, Briefe und ein Rettungsboot aus dem Jahr 1926.",
        True,
        [("date", "--04-30", None, None), ("year", 1926, None, None)],
        None,
    ),
    ("de", "Viele Familien im Ort tragen die Erinnerung an jene Nacht bis heute weiter.", False, [], None),
    # --- Former Ohio state senator Harlan Whitcombe-Reyes dies (AP), February ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — Harlan Whitcombe-Reyes, a Korean War veteran who served 28 years in the Ohio Senate, died Sunday at his home in Zanesville, his family said.",
        True,
        [("duration", 28, "year", None)],
        None,
    ),
    ("en", "He was 94.", True, [("duration", 94, "year", None)], None),
    (
        "en",
        "Born on a dairy farm near Zanesville on Oct. 2, 1931, he enlisted in the Army at 18 and served 16 months in Korea.",
        True,
        [("date", "1931-10-02", None, None), ("duration", 18, "year", None), ("duration", 16, "month", None)],
        None,
    ),
    (
        "en",
        "He won the first of seven Senate terms in 1972 and chaired the Finance Committee for 11 years.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 7, None, None),
            ("year", 1972, None, None),
            ("duration", 11, "year", None),
        ],
        None,
    ),
    ("en", '"Harlan never met a county fair he didn\'t like," a former colleague recalled.', False, [], None),
    (
        "en",
        "The governor ordered flags at the Statehouse lowered to half-staff until sunset on the day of his funeral.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Loretta, his wife of 67 years, survives him, along with four children, 13 grandchildren and six great-grandchildren.",
        True,
        [("duration", 67, "year", None), ("count", 4, None, None), ("count", 13, None, None), ("count", 6, None, None)],
        None,
    ),
    ("en", "Colleagues from both parties called him the last of a breed of small-town legislators.", False, [], None),
    # --- 100. Todestag des Malers Caspar Inäbnit-Gsell (Keystone-SDA), März ---
    (
        "de",
        "Thun (Keystone-SDA) - Zum 100. Todestag des Berner Oberländer Malers Caspar Inäbnit-Gsell zeigt das Kunstmuseum Thun ab Samstag 74 seiner Gemälde und Zeichnungen.",
        True,
        [("ordinal", 100, None, None), ("count", 74, None, None)],
        None,
    ),
    (
        "de",
        "Inäbnit-Gsell starb am 19. März 1926 in Thun im Alter von 58 Jahren an einer Lungenentzündung.",
        True,
        [("date", "1926-03-19", None, None), ("duration", 58, "year", None)],
        None,
    ),
    (
        "de",
        "Zu Lebzeiten verkaufte er nach Angaben des Museums gerade einmal elf Bilder.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Museumsdirektorin Corinne Wyttenbach-Zaugg sagte, rund 40 der Werke stammten aus Privatbesitz und seien noch nie öffentlich gezeigt worden.",
        True,
        [("count", 40, None, "about")],
        "Corinne Wyttenbach-Zaugg",
    ),
    (
        "de",
        "«Er hat die Berge nicht gemalt, wie sie aussehen, sondern wie sie sich anfühlen», sagte Wyttenbach-Zaugg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Staatsarchiv des Kantons Bern verwahrt zudem 1'412 Briefe des Malers, die grösstenteils noch nie ausgewertet wurden.",
        True,
        [("count", 1412, None, None)],
        None,
    ),
    (
        "de",
        "Die Ausstellung kostet 380'000 Franken und dauert bis zum 16. August.",
        True,
        [("money", 380000, "CHF", None), ("date", "--08-16", None, None)],
        None,
    ),
    ("de", "Im vergangenen Jahr zählte das Museum gut 31'000 Eintritte.", True, [("count", 31000, None, "over")], None),
    ("de", "Man hoffe, mit der Schau auch ein jüngeres Publikum zu erreichen, hiess es beim Museum.", False, [], None),
    # --- Irish novelist Eithne Corcoran-Walsh dies (Reuters), March ---
    (
        "en",
        "DUBLIN, March 9 (Reuters) - Eithne Corcoran-Walsh, whose novels of rural Ireland sold more than 4 million copies, has died aged 88, her publisher said on Monday.",
        True,
        [("date", "--03-09", None, None), ("count", 4000000, None, "over"), ("duration", 88, "year", None)],
        None,
    ),
    (
        "en",
        "Born in Ennistymon, County Clare, in 1937, she taught in a national school for 19 years before her first novel appeared in 1974.",
        True,
        [
            ("year", 1937, None, None),
            ("duration", 19, "year", None),
            ("ordinal", 1, None, None),
            ("year", 1974, None, None),
        ],
        None,
    ),
    (
        "en",
        "She wrote 23 novels and four collections of short stories, translated into 31 languages.",
        True,
        [("count", 23, None, None), ("count", 4, None, None), ("count", 31, None, None)],
        None,
    ),
    (
        "en",
        'Her 1981 novel "The Salt Road" was adapted by RTÉ as a six-part series in 1988.',
        True,
        [("year", 1981, None, None), ("count", 6, None, None), ("year", 1988, None, None)],
        None,
    ),
    (
        "en",
        "The President described her as a writer who gave voice to the women history had left out.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Abbey Theatre said it would stage a reading from her work on March 21.",
        True,
        [("date", "--03-21", None, None)],
        "the Abbey Theatre",
    ),
    (
        "en",
        "Declan, her husband of 61 years, survives her, as do three sons and eight grandchildren.",
        True,
        [("duration", 61, "year", None), ("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    ("en", "Readers left flowers and handwritten notes outside her former home in Ennistymon.", False, [], None),
    # --- Tod des Historikers Eberhard Dorfmüller-Wiesing (dpa), April ---
    ("de", "Tübingen (dpa) - Der Historiker Eberhard Dorfmüller-Wiesing ist tot.", True, [], None),
    (
        "de",
        "Er starb am Donnerstag im Alter von 91 Jahren, wie seine Familie mitteilte.",
        True,
        [("duration", 91, "year", None)],
        None,
    ),
    (
        "de",
        "Dorfmüller-Wiesing lehrte von 1971 bis 1999 Landesgeschichte und veröffentlichte 14 Bücher über den Dreißigjährigen Krieg in Südwestdeutschland.",
        True,
        [("year", 1971, None, None), ("year", 1999, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Sein bekanntestes Werk, eine 1.100 Seiten starke Chronik des Dorfes Wendlingsau, beruht auf rund 9.000 Einträgen aus Kirchenbüchern des 17. Jahrhunderts.",
        True,
        [("count", 1100, None, None), ("count", 9000, None, "about"), ("ordinal", 17, None, None)],
        None,
    ),
    (
        "de",
        "Darin wies er nach, dass das Dorf zwischen 1634 und 1639 fast zwei Drittel seiner Einwohner verlor.",
        True,
        [("year", 1634, None, None), ("year", 1639, None, None), ("fraction", 0.6667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Kollegen würdigten ihn als Forscher, der die Geschichte der kleinen Leute aus den Archiven geholt habe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Landesarchiv Baden-Württemberg übernimmt seinen Nachlass von 212 Archivkartons, wie das Archiv am Freitag mitteilte.",
        True,
        [("count", 212, None, None)],
        "das Archiv",
    ),
    (
        "de",
        "Der Bestand soll unter der Signatur N 47 ab dem kommenden Jahr für die Forschung zugänglich sein.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Er hat uns gelehrt, dass jede Kirchenbuchseite ein Menschenleben ist“, sagte eine frühere Doktorandin.",
        False,
        [],
        None,
    ),
    # --- Wandarrah marks 175 years since gold find (AAP), April ---
    (
        "en",
        "WANDARRAH, NSW (AAP) - The central west town of Wandarrah has begun a week of celebrations to mark 175 years since gold was found in its creek.",
        True,
        [("duration", 175, "year", None)],
        None,
    ),
    (
        "en",
        "The find, in May 1851, drew about 12,000 diggers to the valley within two years, according to the Wandarrah and District Historical Society.",
        True,
        [("year", 1851, None, None), ("count", 12000, None, "about"), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Historical society president Maureen Cattanach-Lowe said the town's population peaked at about 18,000 in 1856 and had fallen to 900 by 1880.",
        True,
        [
            ("count", 18000, None, "about"),
            ("year", 1856, None, None),
            ("count", 900, None, None),
            ("year", 1880, None, None),
        ],
        "Maureen Cattanach-Lowe",
    ),
    (
        "en",
        "Today the town has 2,740 residents, according to the 2021 census.",
        True,
        [("count", 2740, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The council has spent $1.8 million restoring the 1859 courthouse, which reopens as a museum on Saturday.",
        True,
        [("money", 1800000, "AUD", None), ("year", 1859, None, None)],
        None,
    ),
    (
        "en",
        '"This town was built on hope and a bit of luck, and it still runs on both," Cattanach-Lowe said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The museum will display up to 340 objects at a time, including a 1.2-kilogram replica nugget and the mining warden's ledger from 1852.",
        True,
        [("count", 340, None, "up_to"), ("count", 1.2, None, None), ("year", 1852, None, None)],
        None,
    ),
    ("en", "Locals in period costume lined the main street for the opening parade.", False, [], None),
    # --- 75 Jahre nach dem Murenunglück von Gschnaidt (APA), Mai ---
    (
        "de",
        "Innsbruck (APA) - Mit einer Gedenkmesse erinnert die Tiroler Gemeinde Gschnaidt am Sonntag an das Murenunglück vor 75 Jahren.",
        True,
        [("duration", 75, "year", None)],
        None,
    ),
    (
        "de",
        "Am 6. Mai 1951 verschüttete eine Mure nach tagelangem Regen elf Häuser und die Volksschule des Dorfes.",
        True,
        [("date", "1951-05-06", None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "38 Menschen kamen ums Leben, darunter 14 Schulkinder und ihre Lehrerin.",
        True,
        [("count", 38, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Bürgermeister Florian Haselwanter-Kofler sagte, nur vier der damals 212 Einwohner seien heute noch am Leben.",
        True,
        [("count", 4, None, None), ("count", 212, None, None)],
        "Florian Haselwanter-Kofler",
    ),
    ("de", "„Dieser Tag hat unser Dorf für Generationen geprägt“, sagte Haselwanter-Kofler.", False, [], None),
    (
        "de",
        "Der Wiederaufbau dauerte nach Angaben des Landesarchivs fast vier Jahre und kostete damals 6,4 Millionen Schilling.",
        True,
        [("duration", 4, "year", "nearly"), ("money", 6400000, "ATS", None)],
        None,
    ),
    (
        "de",
        "Das Land Tirol stellt zum Jahrestag 40.000 Euro für ein Schutzprojekt am Dorfbach bereit, hieß es aus dem Büro des Landeshauptmanns.",
        True,
        [("money", 40000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ob die neuen Verbauungen einem ähnlichen Ereignis standhalten würden, ist unter Fachleuten umstritten.",
        False,
        [],
        None,
    ),
    # --- Normandy veteran Arthur Polkinghorne-Rowe dies (PA), May ---
    (
        "en",
        "TRURO (PA) - Arthur Polkinghorne-Rowe, one of the last surviving Normandy veterans in Cornwall, has died aged 101.",
        True,
        [("duration", 101, "year", None)],
        None,
    ),
    (
        "en",
        "He died peacefully on Tuesday at a care home in Truro, the Royal British Legion said.",
        True,
        [],
        "the Royal British Legion",
    ),
    (
        "en",
        "Born in Camborne on Feb. 11, 1925, he joined the Royal Navy at 17 and served as a signalman aboard a landing craft.",
        True,
        [("date", "1925-02-11", None, None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "He returned to Normandy 23 times, the last time in 2024, when he was 99.",
        True,
        [("count", 23, None, None), ("year", 2024, None, None), ("duration", 99, "year", None)],
        None,
    ),
    (
        "en",
        '"He never called himself a hero; he said the heroes were the lads who stayed on the beach," his daughter, Carol, said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He worked 41 years as a postman in Redruth and was married to his wife, Joan, for 68 years until her death in 2019.",
        True,
        [("duration", 41, "year", None), ("duration", 68, "year", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "He is survived by two daughters, five grandchildren and nine great-grandchildren.",
        True,
        [("count", 2, None, None), ("count", 5, None, None), ("count", 9, None, None)],
        None,
    ),
    ("en", "Tributes poured in from across the county on Wednesday.", False, [], None),
    # --- Tod des Altabts Severin Aichhorn-Pilz (KNA), Juni ---
    (
        "de",
        "Linz (KNA) - Der frühere Abt des Benediktinerstifts Sankt Ruprechtsberg, Severin Aichhorn-Pilz, ist im 94. Lebensjahr gestorben.",
        True,
        [("ordinal", 94, None, None)],
        None,
    ),
    (
        "de",
        "Wie das Stift am Dienstag mitteilte, starb er am Sonntag im Krankenhaus der Barmherzigen Brüder in Linz.",
        True,
        [],
        "das Stift",
    ),
    (
        "de",
        "Aichhorn-Pilz trat 1953 als 21-Jähriger in das Kloster ein und wurde 1959 zum Priester geweiht.",
        True,
        [("year", 1953, None, None), ("duration", 21, "year", None), ("year", 1959, None, None)],
        None,
    ),
    (
        "de",
        "Von 1974 bis 2002 leitete er das Stift als 61. Abt in dessen mehr als 900-jähriger Geschichte.",
        True,
        [
            ("year", 1974, None, None),
            ("year", 2002, None, None),
            ("ordinal", 61, None, None),
            ("duration", 900, "year", "over"),
        ],
        None,
    ),
    (
        "de",
        "In seine Amtszeit fiel die Restaurierung der Stiftsbibliothek mit ihren rund 46.000 Bänden, darunter 312 Handschriften aus dem 12. bis 15. Jahrhundert.",
        True,
        [
            ("count", 46000, None, "about"),
            ("count", 312, None, None),
            ("ordinal", 12, None, None),
            ("ordinal", 15, None, None),
        ],
        None,
    ),
    ("de", "Mitbrüder beschrieben ihn als leisen Mann, der lieber zuhörte als predigte.", False, [], None),
    (
        "de",
        "Das Requiem feiert der Diözesanbischof am 9. Juni in der Stiftskirche.",
        True,
        [("date", "--06-09", None, None)],
        None,
    ),
    (
        "de",
        "Derzeit leben nach Angaben des Stifts noch 17 Mönche in Sankt Ruprechtsberg, 1974 waren es 42.",
        True,
        [("count", 17, None, None), ("year", 1974, None, None), ("count", 42, None, None)],
        None,
    ),
    # --- Kettle Run marks 250 years (AP), June ---
    (
        "en",
        "KETTLE RUN, Pa. (AP) — This Susquehanna River town of 4,100 people is celebrating the 250th anniversary of its founding this weekend after three years of planning.",
        True,
        [("count", 4100, None, None), ("ordinal", 250, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "Kettle Run was laid out in 1776 by a Quaker miller, Josiah Penrose-Hart, on 300 acres he bought from a land company.",
        True,
        [("year", 1776, None, None), ("count", 300, None, None)],
        None,
    ),
    (
        "en",
        "Historical society president Dolores Amberg-Whitfield said volunteers had scanned 11,600 pages of deeds, church records and letters since 2023.",
        True,
        [("count", 11600, None, None), ("year", 2023, None, None)],
        "Dolores Amberg-Whitfield",
    ),
    (
        "en",
        "The society's records span more than two centuries, though most of its papers date from the 1800s.",
        True,
        [("duration", 200, "year", "over")],
        None,
    ),
    (
        "en",
        "The town's sesquicentennial in 1926 drew a crowd of about 15,000, according to a newspaper clipping in the society's archive.",
        True,
        [("year", 1926, None, None), ("count", 15000, None, "about")],
        None,
    ),
    (
        "en",
        "The borough council set aside $85,000 for the celebration, including a fireworks show and a three-day heritage fair.",
        True,
        [("money", 85000, "USD", None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        '"Every family here has a box of old photos in the attic, and this week they all came out," Amberg-Whitfield said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Mayor Ronald Petrakis-Dunn said a time capsule sealed in 1976 for the bicentennial would be opened on Saturday.",
        True,
        [("year", 1976, None, None)],
        "Ronald Petrakis-Dunn",
    ),
    ("en", "Residents hope the capsule has kept its contents dry.", False, [], None),
    # --- 1000 Jahre Kirchrieden (dpa/lby), Juli ---
    (
        "de",
        "Kirchrieden (dpa/lby) - Mit einem Festzug von rund 2.500 Mitwirkenden hat die oberbayerische Gemeinde Kirchrieden am Sonntag ihr 1000-jähriges Bestehen gefeiert.",
        True,
        [("count", 2500, None, "about"), ("duration", 1000, "year", None)],
        None,
    ),
    (
        "de",
        "Der Ort wird in einer Schenkungsurkunde vom 14. Juli 1026 erstmals erwähnt, die im Bayerischen Hauptstaatsarchiv in München liegt.",
        True,
        [("date", "1026-07-14", None, None)],
        None,
    ),
    ("de", "Das Archiv lieh das Pergament für die Festwoche an die Gemeinde aus.", True, [], None),
    (
        "de",
        "Bürgermeisterin Theresia Grabmaier-Huber (CSU) sagte, die Gemeinde habe für das Jubiläumsjahr 480.000 Euro eingeplant, ein Drittel davon aus Spenden.",
        True,
        [("money", 480000, "EUR", None), ("fraction", 0.3333, None, None)],
        "Theresia Grabmaier-Huber",
    ),
    (
        "de",
        "„Ein Dorf lebt nur, solange es sich an seine Geschichte erinnert“, sagte Grabmaier-Huber beim Festakt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Ortschronik verzeichnet für das Pestjahr 1634 genau 118 Tote, fast die Hälfte der damaligen Bevölkerung.",
        True,
        [("year", 1634, None, None), ("count", 118, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Pfarrkirche wurde um 1720 im barocken Stil neu errichtet.",
        True,
        [("year", 1720, None, "about")],
        None,
    ),
    ("de", "Zum Festzug kamen Trachtenvereine und Blaskapellen aus dem ganzen Landkreis.", False, [], None),
    # --- Maritime historian Hugh Carrow-Meriden dies (Reuters), July ---
    (
        "en",
        "LONDON, July 7 (Reuters) - Hugh Carrow-Meriden, a maritime historian who located the wrecks of 14 Georgian warships off the English coast, has died at 83, his family said on Tuesday.",
        True,
        [("date", "--07-07", None, None), ("count", 14, None, None), ("duration", 83, "year", None)],
        None,
    ),
    (
        "en",
        "Carrow-Meriden directed the Museum of the Thames Estuary for 22 years and doubled its collection to some 40,000 objects.",
        True,
        [("duration", 22, "year", None), ("count", 40000, None, "about")],
        None,
    ),
    (
        "en",
        "His best-known find was the Halberd, a 64-gun ship that served in the Seven Years' War and sank in a storm off Kent in 1779 with the loss of 212 men.",
        True,
        [("count", 64, None, None), ("year", 1779, None, None), ("count", 212, None, None)],
        None,
    ),
    (
        "en",
        "He was born in Plymouth in 1942 and spent 11 years as a Royal Navy diver before turning to archaeology.",
        True,
        [("year", 1942, None, None), ("duration", 11, "year", None)],
        None,
    ),
    (
        "en",
        "The museum said it would name its new archive reading room after him when it opens in the autumn.",
        True,
        [],
        "the museum",
    ),
    (
        "en",
        '"Hugh could read a seabed the way other people read a newspaper," said a former colleague, Priya Anand-Holt.',
        False,
        [],
        None,
    ),
    ("en", "In 2011 he was appointed CBE for services to maritime heritage.", True, [("year", 2011, None, None)], None),
    ("en", "Diving clubs along the south coast flew their flags at half-mast at the weekend.", False, [], None),
    # --- 150 Jahre nach dem Dorfbrand von Oberwilen (Keystone-SDA), August ---
    (
        "de",
        "Oberwilen LU (Keystone-SDA) - Vor genau 150 Jahren ist das Dorf Oberwilen im Luzerner Hinterland fast vollständig niedergebrannt.",
        True,
        [("duration", 150, "year", None)],
        None,
    ),
    (
        "de",
        "Der Brand brach in der Nacht auf den 12. August 1876 in einer Scheune aus und zerstörte innert sechs Stunden 64 Gebäude.",
        True,
        [("date", "1876-08-12", None, None), ("duration", 6, "hour", None), ("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Gemäss dem Staatsarchiv Luzern wurden 412 Menschen obdachlos, sieben kamen ums Leben.",
        True,
        [("count", 412, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Brandursache ist auch nach eineinhalb Jahrhunderten ungeklärt.",
        True,
        [("duration", 150, "year", None)],
        None,
    ),
    (
        "de",
        "Gemeindepräsident Beat Wüest-Rölli sagte, der Wiederaufbau nach einem einheitlichen Plan habe dem Dorf seine für die Region ungewöhnlich gerade Hauptstrasse gegeben.",
        True,
        [],
        "Beat Wüest-Rölli",
    ),
    (
        "de",
        "Bund und Kantone sammelten damals 186'000 Franken für die Betroffenen.",
        True,
        [("money", 186000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Das Feuer hat das Dorf zerstört, aber die Gemeinschaft zusammengeschweisst», sagte Wüest-Rölli.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Eine Ausstellung im alten Schulhaus zeigt bis Ende Oktober Pläne, Fotografien und 38 lederne Löscheimer der damaligen Feuerwehr.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    ("de", "Viele Oberwiler kennen die Geschichte des Brandes aus den Erzählungen ihrer Grosseltern.", False, [], None),
    # --- Today in History and birthdays (AP), August ---
    (
        "en",
        "Today is Thursday, Aug. 13, 2026, the 225th day of the year.",
        True,
        [("date", "2026-08-13", None, None), ("ordinal", 225, None, None)],
        None,
    ),
    ("en", "There are 140 days left in the year.", True, [("count", 140, None, None)], None),
    (
        "en",
        "Today's Birthdays: Former NASA flight director Wendell Okafor-Brandt is 93.",
        True,
        [("duration", 93, "year", None)],
        None,
    ),
    ("en", "Jazz pianist Cleo Marchetti-Vance is 88.", True, [("duration", 88, "year", None)], None),
    ("en", "Former Olympic swimmer Bettina Corrigan-Shaw is 59.", True, [("duration", 59, "year", None)], None),
    # --- Tod der Unternehmerin Hildegard Moosmann-Dilger (dpa/lsw), September ---
    (
        "de",
        "Triberg (dpa/lsw) - Die Schwarzwälder Unternehmerin Hildegard Moosmann-Dilger ist im Alter von 97 Jahren gestorben.",
        True,
        [("duration", 97, "year", None)],
        None,
    ),
    (
        "de",
        "Das teilte die Uhrenmanufaktur Moosmann am Mittwoch mit, die sie 41 Jahre lang geführt hatte.",
        True,
        [("duration", 41, "year", None)],
        "die Uhrenmanufaktur Moosmann",
    ),
    (
        "de",
        "Moosmann-Dilger, Jahrgang 1929, übernahm den 1889 gegründeten Familienbetrieb 1958 nach dem frühen Tod ihres Mannes in dritter Generation.",
        True,
        [
            ("year", 1929, None, None),
            ("year", 1889, None, None),
            ("year", 1958, None, None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "1965 investierte sie 2,8 Millionen D-Mark in eine neue Fertigungshalle am Ortsrand.",
        True,
        [("year", 1965, None, None), ("money", 2800000, "DEM", None)],
        None,
    ),
    (
        "de",
        "Bis heute hat die Firma nach eigenen Angaben rund 1,6 Millionen Kuckucksuhren in mehr als 60 Länder verkauft.",
        True,
        [("count", 1600000, None, "about"), ("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "Mitarbeiter erinnerten sich an eine Chefin, die jeden Morgen durch die Werkstatt ging und jeden beim Namen kannte.",
        False,
        [],
        None,
    ),
    ("de", "Geschäftsführer Tobias Moosmann, ihr Enkel, sagte, die Firma bleibe in Familienhand.", True, [], None),
    (
        "de",
        "Die Trauerfeier findet am 18. September in der Triberger Wallfahrtskirche statt.",
        True,
        [("date", "--09-18", None, None)],
        None,
    ),
    # --- Kilcarrig hurling club marks its centenary (PA), September ---
    (
        "en",
        "KILCARRIG, Co Tipperary (PA) - A GAA club founded by 17 farm labourers in a hayloft in 1926 has marked its centenary with a match against a team of past players.",
        True,
        [("count", 17, None, None), ("year", 1926, None, None)],
        None,
    ),
    (
        "en",
        "Kilcarrig Hurling Club has won 23 county titles, the last in 2019, and has produced 11 All-Ireland medal winners, according to the club's history.",
        True,
        [("count", 23, None, None), ("year", 2019, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Club chairman Pádraig Ó Maoláin-Furlong said membership had risen to 640 this year, the highest in its 100-year history.",
        True,
        [("count", 640, None, None), ("duration", 100, "year", None)],
        "Pádraig Ó Maoláin-Furlong",
    ),
    (
        "en",
        "The club's oldest member, Nora Kinsella-Dwan, who is 98, threw in the ball.",
        True,
        [("duration", 98, "year", None)],
        None,
    ),
    (
        "en",
        '"Hurling is the one thing in this parish that has never needed a committee to keep it alive," Ó Maoláin-Furlong said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The local TD unveiled a plaque listing 31 players from the club's early years, eight of whom later fought in the War of Independence.",
        True,
        [("count", 31, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "A €240,000 grant from Sport Ireland helped pay for a new stand that seats 900 people.",
        True,
        [("money", 240000, "EUR", None), ("count", 900, None, None)],
        None,
    ),
    (
        "en",
        "Supporters in the club's blue and gold lined the pitch, many in jerseys older than themselves.",
        False,
        [],
        None,
    ),
    # --- 100 Jahre Stadtmuseum Hollerbach (APA), September ---
    (
        "de",
        "Hollerbach an der Ybbs (APA) - Das Stadtmuseum Hollerbach feiert heuer sein 100-jähriges Bestehen.",
        True,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "Gegründet wurde es im Oktober 1926 von einem Volksschullehrer, der in einem Klassenzimmer 312 Fundstücke ausstellte.",
        True,
        [("year", 1926, None, None), ("count", 312, None, None)],
        None,
    ),
    (
        "de",
        "Heute umfasst die Sammlung nach Angaben des Museums rund 48.000 Objekte, von denen nur etwa fünf Prozent gezeigt werden.",
        True,
        [("count", 48000, None, "about"), ("percent", 5, "%", "about")],
        None,
    ),
    (
        "de",
        "Museumsleiterin Agnes Pfeffer-Grubauer sagte, das Haus zähle jährlich etwa 22.000 Besucherinnen und Besucher, fast ein Drittel davon Schulkinder.",
        True,
        [("count", 22000, None, "about"), ("fraction", 0.3333, None, "nearly")],
        "Agnes Pfeffer-Grubauer",
    ),
    (
        "de",
        "Das wertvollste Stück ist ein römischer Meilenstein aus dem 3. Jahrhundert nach Christus, der 1931 beim Bau der Bundesstraße gefunden wurde.",
        True,
        [("ordinal", 3, None, None), ("year", 1931, None, None)],
        None,
    ),
    (
        "de",
        "„Ein Museum ist das Gedächtnis einer Stadt, und dieses Gedächtnis wird nie fertig“, sagte Pfeffer-Grubauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zum Jubiläum öffnet das Haus am 26. Oktober bei freiem Eintritt, teilte die Stadtgemeinde mit.",
        True,
        [("date", "--10-26", None, None)],
        "die Stadtgemeinde",
    ),
    ("de", "Über die künftige Ausrichtung des Hauses wird in der Stadt bereits lebhaft gestritten.", False, [], None),
    # --- Former Test batsman Graham Beswick-Ford dies (AAP), September ---
    (
        "en",
        "SYDNEY (AAP) - Former Test batsman Graham Beswick-Ford, who scored 2,914 runs in 41 Tests for Australia, has died aged 88.",
        True,
        [("count", 2914, None, None), ("count", 41, None, None), ("duration", 88, "year", None)],
        None,
    ),
    (
        "en",
        "Cricket Australia said Beswick-Ford died in Newcastle on Friday after a short illness.",
        True,
        [],
        "Cricket Australia",
    ),
    (
        "en",
        "He made his debut as a 20-year-old in 1958 and hit seven Test centuries, the highest an unbeaten 196.",
        True,
        [
            ("duration", 20, "year", None),
            ("year", 1958, None, None),
            ("count", 7, None, None),
            ("count", 196, None, None),
        ],
        None,
    ),
    (
        "en",
        "He later spent 12 years as a national selector and 31 years teaching mathematics at a Newcastle high school.",
        True,
        [("duration", 12, "year", None), ("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        '"He batted the way he taught algebra: patiently, and without ever raising his voice," former teammate Col Dempsey-Ward said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Players will wear black armbands on the first day of the Sheffield Shield match in Newcastle on Tuesday.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "He is survived by his wife of 62 years, Beryl, three children and seven grandchildren.",
        True,
        [("duration", 62, "year", None), ("count", 3, None, None), ("count", 7, None, None)],
        None,
    ),
    ("en", "Fans left flowers and old scorecards at the ground's gates on Saturday.", False, [], None),
    # --- Stadtarchiv Wattrup stellt Personenstandsregister online (dpa/lnw), Oktober ---
    (
        "de",
        "Wattrup (dpa/lnw) - Das Stadtarchiv Wattrup hat rund 2,4 Millionen Seiten aus seinen Geburts-, Heirats- und Sterberegistern ins Netz gestellt.",
        True,
        [("count", 2400000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Register reichen von 1876 bis 1955, teilte die Stadt am Dienstag mit.",
        True,
        [("year", 1876, None, None), ("year", 1955, None, None)],
        "die Stadt",
    ),
    (
        "de",
        "Archivleiterin Dörte Schwanenberg-Kaya sagte, die Digitalisierung habe sechs Jahre gedauert und 1,1 Millionen Euro gekostet.",
        True,
        [("duration", 6, "year", None), ("money", 1100000, "EUR", None)],
        "Dörte Schwanenberg-Kaya",
    ),
    ("de", "Jüngere Einträge sind wegen gesetzlicher Sperrfristen vorerst nur im Lesesaal einsehbar.", True, [], None),
    (
        "de",
        "Schon in den ersten zwei Wochen riefen Nutzer aus 48 Ländern die Seiten mehr als 310.000 Mal auf.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 2, "week", None),
            ("count", 48, None, None),
            ("count", 310000, None, "over"),
        ],
        None,
    ),
    (
        "de",
        "„Viele Menschen suchen in diesen Büchern nicht nur Daten, sondern ihre eigene Geschichte“, sagte Schwanenberg-Kaya.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Besonders gefragt sind nach Angaben des Archivs die Sterbeeinträge aus dem Ersten Weltkrieg, in denen 3.870 gefallene Soldaten aus Wattrup verzeichnet sind.",
        True,
        [("ordinal", 1, None, None), ("count", 3870, None, None)],
        None,
    ),
    ("de", "Ob auch die Einwohnermeldekartei online gehen kann, ist aus Datenschutzgründen offen.", False, [], None),
    # --- Callaway Springs marks century since tornado (AP), October ---
    (
        "en",
        "CALLAWAY SPRINGS, Mo. (AP) — A century after a tornado flattened half of this small Ozarks town, residents gathered Sunday to read aloud the names of the 71 people who died.",
        True,
        [("fraction", 0.5, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "The tornado struck at 4:40 p.m. on Oct. 18, 1926, and was on the ground for about 22 miles, according to a National Weather Service reconstruction.",
        True,
        [("date", "1926-10-18", None, None), ("count", 22, None, "about")],
        None,
    ),
    ("en", "The youngest victim was 3 months old.", True, [("duration", 3, "month", None)], None),
    (
        "en",
        "County historian Marvin Okonjo-Lutz said 212 homes and four of the town's five churches were destroyed.",
        True,
        [("count", 212, None, None), ("count", 4, None, None), ("count", 5, None, None)],
        "Marvin Okonjo-Lutz",
    ),
    (
        "en",
        '"My grandmother always said the sky turned the color of a bruise," said resident Ellen Tabor-Finch.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A granite marker listing the dead was dedicated in 1951, on the 25th anniversary.",
        True,
        [("year", 1951, None, None), ("ordinal", 25, None, None)],
        None,
    ),
    (
        "en",
        "The Missouri State Archives said it had digitized 640 photographs and 58 letters from the aftermath for the anniversary.",
        True,
        [("count", 640, None, None), ("count", 58, None, None)],
        "the Missouri State Archives",
    ),
    (
        "en",
        "Children in period clothes rang the bell of the rebuilt Methodist church at the end of the ceremony.",
        False,
        [],
        None,
    ),
    # --- Tod der früheren Nationalrätin Verena Caduff-Bärtsch (Keystone-SDA), Oktober ---
    ("de", "Chur (Keystone-SDA) - Die frühere Bündner Nationalrätin Verena Caduff-Bärtsch ist tot.", True, [], None),
    (
        "de",
        "Sie starb am Montag im Alter von 98 Jahren in einem Altersheim in Ilanz, wie ihre Familie mitteilte.",
        True,
        [("duration", 98, "year", None)],
        None,
    ),
    (
        "de",
        "Caduff-Bärtsch gehörte 1971 zu den ersten Frauen im Nationalrat und sass dort 16 Jahre lang für die CVP.",
        True,
        [("year", 1971, None, None), ("ordinal", 1, None, None), ("duration", 16, "year", None)],
        None,
    ),
    (
        "de",
        "Zuvor hatte sie als Primarlehrerin in Disentis gearbeitet und 1959 als eine der wenigen Frauen im Kanton ein Rechtsstudium abgeschlossen.",
        True,
        [("year", 1959, None, None)],
        None,
    ),
    (
        "de",
        "Die Bündner Regierung würdigte sie in einer Mitteilung als «unermüdliche Stimme der Bergregionen».",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Angaben der Staatskanzlei wird die Fahne am Regierungsgebäude am Tag der Abdankung auf halbmast gesetzt.",
        True,
        [],
        "die Staatskanzlei",
    ),
    (
        "de",
        "Die Abdankung findet am 30. Oktober in der Klosterkirche Disentis statt.",
        True,
        [("date", "--10-30", None, None)],
        None,
    ),
    ("de", "Weggefährtinnen erinnerten an ihren trockenen Humor in den Kommissionssitzungen.", False, [], None),
    # --- Harcombe Canal bicentenary (PA), October ---
    (
        "en",
        "BIRMINGHAM (PA) - Boaters and volunteers have marked the bicentenary of the Harcombe Canal, which opened on Oct. 24, 1826, with a flotilla of 120 narrowboats.",
        True,
        [("date", "1826-10-24", None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "en",
        "The 31-mile canal, with 47 locks, carried coal and limestone for 112 years before closing to commercial traffic in 1938.",
        True,
        [
            ("count", 31, None, None),
            ("count", 47, None, None),
            ("duration", 112, "year", None),
            ("year", 1938, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Canal & River Trust said restoration since 1994 had cost about £18 million, much of it raised by volunteers.",
        True,
        [("year", 1994, None, None), ("money", 18000000, "GBP", "about")],
        "the Canal & River Trust",
    ),
    (
        "en",
        "Trust volunteer coordinator Gwen Ashdown-Price said more than 2,600 volunteers had put in 410,000 hours of work.",
        True,
        [("count", 2600, None, "over"), ("duration", 410000, "hour", None)],
        "Gwen Ashdown-Price",
    ),
    ("en", '"The cut is busier with people now than it ever was with coal," Ashdown-Price said.', False, [], None),
    (
        "en",
        "Navvies dug the canal by hand in less than five years, and at least 23 of them died during the work, according to parish burial records.",
        True,
        [("duration", 5, "year", "under"), ("count", 23, None, "at_least")],
        None,
    ),
    (
        "en",
        "Crowds lined the towpath to watch the boats pass beneath bunting strung from the lock gates.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A museum in the toll house at Harcombe Junction, restored for 640,000 pounds, opens to the public on Saturday.",
        True,
        [("money", 640000, "GBP", None)],
        None,
    ),
    # --- Kriegerdenkmal in Lauterbach-Ried restauriert (dpa/lhe), November ---
    (
        "de",
        "Lauterbach-Ried (dpa/lhe) - Kurz vor dem Volkstrauertag hat die hessische Gemeinde Lauterbach-Ried ihr restauriertes Kriegerdenkmal mit 143 Namen wieder eingeweiht.",
        True,
        [("count", 143, None, None)],
        None,
    ),
    (
        "de",
        "Auf dem 1923 errichteten Denkmal stehen 58 Gefallene des Ersten Weltkriegs, 85 Namen kamen nach dem Zweiten Weltkrieg hinzu.",
        True,
        [
            ("year", 1923, None, None),
            ("count", 58, None, None),
            ("ordinal", 1, None, None),
            ("count", 85, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Gemeinde hatte die Sanierung zum 80. Jahrestag des Kriegsendes im vergangenen Jahr beschlossen.",
        True,
        [("ordinal", 80, None, None)],
        None,
    ),
    (
        "de",
        "Ortsvorsteherin Gudrun Mehlhorn-Becker sagte, die Restaurierung habe 64.000 Euro gekostet, knapp die Hälfte davon habe der Kreis übernommen.",
        True,
        [("money", 64000, "EUR", None), ("fraction", 0.5, None, "nearly")],
        "Gudrun Mehlhorn-Becker",
    ),
    (
        "de",
        "Bei den Arbeiten fanden Steinmetze in einer Kupferkapsel im Sockel 31 Feldpostbriefe und eine Spenderliste aus dem Jahr 1923.",
        True,
        [("count", 31, None, None), ("year", 1923, None, None)],
        None,
    ),
    (
        "de",
        "Die Briefe wurden im Hessischen Staatsarchiv Marburg restauriert und digitalisiert, wie das Archiv am Montag mitteilte.",
        True,
        [],
        "das Archiv",
    ),
    (
        "de",
        "„Hinter jedem Namen auf diesem Stein steht eine Familie, die nie mehr vollständig war“, sagte Mehlhorn-Becker.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der jüngste Gefallene war nach der Liste 18, der älteste 52 Jahre alt.",
        True,
        [("duration", 18, "year", None), ("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "Zur Einweihung stellten Schülerinnen und Schüler der Grundschule Kerzen vor dem Denkmal auf.",
        False,
        [],
        None,
    ),
    # --- Wartime plotter Peggy Arkwright-Solomon dies (PA), November ---
    (
        "en",
        "LONDON (PA) - Peggy Arkwright-Solomon, who plotted aircraft positions in an RAF operations room as a teenager during the Second World War, has died aged 102.",
        True,
        [("ordinal", 2, None, None), ("duration", 102, "year", None)],
        None,
    ),
    (
        "en",
        "She joined the Women's Auxiliary Air Force in 1941 at 17, lying about her age by a year.",
        True,
        [("year", 1941, None, None), ("duration", 17, "year", None)],
        None,
    ),
    (
        "en",
        "After the war she trained as a teacher and spent 34 years at a primary school in Croydon, including 21 years as head teacher.",
        True,
        [("duration", 34, "year", None), ("duration", 21, "year", None)],
        None,
    ),
    (
        "en",
        'In 2020 she published a memoir, "Plotting the Blitz", which sold more than 60,000 copies.',
        True,
        [("year", 2020, None, None), ("count", 60000, None, "over")],
        None,
    ),
    (
        "en",
        "The Royal Air Force Museum said it holds 14 hours of recorded interviews with her in its archive.",
        True,
        [("duration", 14, "hour", None)],
        "the Royal Air Force Museum",
    ),
    (
        "en",
        '"She was funny, fierce and utterly unafraid of anyone with more stripes than her," her son, David, said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She is survived by her son, three grandchildren and a great-grandson.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Her local branch of the Royal British Legion described her as the heart of every Remembrance Sunday parade in the town.",
        False,
        [],
        None,
    ),
    # --- Tod des Pressefotografen Rudolf Hainzl-Brückner (APA), November ---
    (
        "de",
        "Wien (APA) - Der Pressefotograf Rudolf Hainzl-Brückner, der Österreich mehr als ein halbes Jahrhundert lang mit der Kamera begleitete, ist 93-jährig gestorben.",
        True,
        [("duration", 50, "year", "over"), ("duration", 93, "year", None)],
        None,
    ),
    (
        "de",
        "Das teilte die Österreichische Nationalbibliothek am Freitag mit, der er 2019 sein Archiv mit rund 1,2 Millionen Negativen übergeben hatte.",
        True,
        [("year", 2019, None, None), ("count", 1200000, None, "about")],
        "die Österreichische Nationalbibliothek",
    ),
    (
        "de",
        "Hainzl-Brückner wurde am 2. Februar 1933 in Wiener Neustadt geboren und fotografierte ab 1952 für mehrere Tageszeitungen.",
        True,
        [("date", "1933-02-02", None, None), ("year", 1952, None, None)],
        None,
    ),
    (
        "de",
        "Er dokumentierte 14 Nationalratswahlen, vier Olympische Spiele und den Wiederaufbau der Staatsoper.",
        True,
        [("count", 14, None, None), ("count", 4, None, None)],
        None,
    ),
    ("de", "Kollegen nannten ihn den „Mann, der immer schon da war“.", False, [], None),
    (
        "de",
        "Sammlungsleiterin Katharina Obermüller-Strasser sagte, bisher seien etwa 86.000 Aufnahmen erschlossen.",
        True,
        [("count", 86000, None, "about")],
        "Katharina Obermüller-Strasser",
    ),
    (
        "de",
        "1973 erhielt er als erster Fotograf den Staatspreis für Bildjournalismus.",
        True,
        [("year", 1973, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Seine Bilder vom Hochwasser in der Wachau gelten bis heute als Ikonen der Nachkriegsfotografie.",
        False,
        [],
        None,
    ),
    # --- Pearl Harbor survivor Clarence Haldane-Ortiz dies (AP), December ---
    (
        "en",
        "HONOLULU (AP) — Clarence Haldane-Ortiz, one of the last known survivors of the attack on Pearl Harbor, has died in Tucson, Arizona, his granddaughter said.",
        True,
        [],
        None,
    ),
    ("en", "He was 104.", True, [("duration", 104, "year", None)], None),
    (
        "en",
        "Haldane-Ortiz was an 18-year-old fireman aboard a repair ship moored near the battleships that morning.",
        True,
        [("duration", 18, "year", None)],
        None,
    ),
    (
        "en",
        "He served 22 years in the Navy, retiring as a chief petty officer in 1962, then ran a hardware store in Tucson for 31 years.",
        True,
        [("duration", 22, "year", None), ("year", 1962, None, None), ("duration", 31, "year", None)],
        None,
    ),
    (
        "en",
        '"He never wanted to be called a hero, just a sailor who got lucky," his granddaughter, Marisol Haldane, said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "He returned to Hawaii for the remembrance ceremonies 17 times, most recently in 2021.",
        True,
        [("count", 17, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "The National Park Service said flags at the memorial would fly at half-staff on the day of his burial.",
        True,
        [],
        "the National Park Service",
    ),
    (
        "en",
        "He is survived by two sons, six grandchildren and 11 great-grandchildren.",
        True,
        [("count", 2, None, None), ("count", 6, None, None), ("count", 11, None, None)],
        None,
    ),
    # --- 250. Geburtstag des Orgelbauers Johann Nepomuk Ettenhuber (dpa/lby), Dezember ---
    (
        "de",
        "Wasserburg am Inn (dpa/lby) - Mit einem Festkonzert erinnert die Stadt Wasserburg am Samstag an den 250. Geburtstag des Orgelbauers Johann Nepomuk Ettenhuber.",
        True,
        [("ordinal", 250, None, None)],
        None,
    ),
    (
        "de",
        "Ettenhuber wurde am 11. Dezember 1776 in Wasserburg geboren und baute bis zu seinem Tod 1841 nach Angaben des Stadtmuseums 63 Orgeln in Bayern, Tirol und Salzburg.",
        True,
        [("date", "1776-12-11", None, None), ("year", 1841, None, None), ("count", 63, None, None)],
        None,
    ),
    (
        "de",
        "Nur elf davon sind erhalten, die größte mit 2.184 Pfeifen in der Stadtpfarrkirche St. Jakob.",
        True,
        [("count", 11, None, None), ("count", 2184, None, None)],
        None,
    ),
    (
        "de",
        "Die Restaurierung dieser Orgel dauerte drei Jahre und kostete nach Angaben des Pfarramts rund 860.000 Euro.",
        True,
        [("duration", 3, "year", None), ("money", 860000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Seine Orgeln klingen, als hätte jemand den Inn in Töne verwandelt“, sagte Kirchenmusikerin Magdalena Pröbstl-Rauch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Pröbstl-Rauch sagte, das Festkonzert sei mit 420 Plätzen seit Wochen ausverkauft.",
        True,
        [("count", 420, None, None)],
        "Pröbstl-Rauch",
    ),
    (
        "de",
        "Das Stadtmuseum zeigt bis zum 6. Januar Werkzeuge, Pläne und 27 Briefe des Orgelbauers aus dem Stadtarchiv.",
        True,
        [("date", "--01-06", None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "Ettenhubers Werkstatt bestand in vierter Generation bis 1912.",
        True,
        [("ordinal", 4, None, None), ("year", 1912, None, None)],
        None,
    ),
    (
        "de",
        "Ob das verschollene Orgelgehäuse aus dem Kloster Attel je wieder auftaucht, bleibt offen.",
        False,
        [],
        None,
    ),
    # --- Kurrawang bushfire memorial, 50 years on (AAP), December ---
    (
        "en",
        "KURRAWANG, SA (AAP) - Fifty years after a bushfire destroyed most of the town, the Adelaide Hills community of Kurrawang has unveiled a memorial to the 14 people who died.",
        True,
        [("duration", 50, "year", None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "The fire started on Dec. 19, 1976, and burned about 26,000 hectares in less than 12 hours, according to a 1977 coronial report.",
        True,
        [
            ("date", "1976-12-19", None, None),
            ("count", 26000, None, "about"),
            ("duration", 12, "hour", "under"),
            ("year", 1977, None, None),
        ],
        None,
    ),
    (
        "en",
        "It destroyed 143 homes, two schools and the town's only pub.",
        True,
        [("count", 143, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Adelaide Hills Council said the memorial and a walking trail had cost $420,000.",
        True,
        [("money", 420000, "AUD", None)],
        "Adelaide Hills Council",
    ),
    (
        "en",
        "Country Fire Service historian Lyn Prowse-McKenzie said volunteers had recorded interviews with 61 survivors since 2019.",
        True,
        [("count", 61, None, None), ("year", 2019, None, None)],
        "Lyn Prowse-McKenzie",
    ),
    (
        "en",
        '"People here don\'t talk about the fire much, but everyone knows exactly where they were," Prowse-McKenzie said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The youngest survivor interviewed was six at the time and is now 56.",
        True,
        [("duration", 6, "year", None), ("duration", 56, "year", None)],
        None,
    ),
    ("en", "Firefighters in old khaki overalls formed a guard of honour as the names were read.", False, [], None),
]
