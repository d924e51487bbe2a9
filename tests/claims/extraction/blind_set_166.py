"""Hundred-and-sixty-sixth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, clubs, places of no note
and figures are made up (Hedwig Ortner-Lampl, Ferdinand Lampl, Matthias Ebenberger, Andreas
Kronseder, Werner Sailer, Alois Perren-Imboden, Romy Julen-Biner, Ingrid Wolkersdorfer,
Klaus-Dieter Brammer, Jochen Bühler, Eugen Maurer, the village of Altmühlried, Josef
Hainzlmaier, Theresia Brandl, Claudia Reischl, Nathalie Chappuis-Wyss, Peter Gmür, Gottfried
Lauterbach, Henning Brockhaus, Severin Krautgartner, Benno Zechner, Eberhard and Thomas
Fäßler and their Drogeriemarktkette, Sabine Ostertag, Birgit Wallmannsberger, Franz
Ruprechtshofer, Marlene Osterkamp, Ruth Anselm, Jürgen Kahle, Rosalinde Hechenberger,
Gertraud Hofherr; Gordon Hebblethwaite, Trudy Penhaligon, Harlan Whitcomb, Janet Whitcomb
Ames, Dale Kostelecky, Kenjiro Matsudaira, Hoshizora Denki, Yuki Sasahara, Bernard and
Camille Lachenal, La Table du Rhône, Amara Oduya, Rosa Delgado-Finch, Gary Lindqvist, Arthur
Pennock, Clarence and Lionel Boudreaux, the Crescent Street Brass Band, Odile Marchand,
Derek Illingworth-Shaw, Ray Cawthorne, the Cwm Tawel Male Voice Choir, Eirlys Pugh, Marisol
Etxeberria, Whitlock College, Thomas Galloway, Vittoria Castellanza and Castellanza SpA,
Lucia Bramante, Ada Thibodeau, Paula Grenier, Harold Fensome, Helvetica Re, Maarten
Verhoeven, Beat Zollinger, Urs Wyler); directors, police chiefs, judges, abbots, rectors,
mayors and office holders of real bodies and places appear under made-up names that stand
for no real holder, or by their role only ("eine Sprecherin des Theaters", "ein Sprecher",
"ein 74-jähriger Anwohner", "the culture minister", "the region's police and crime
commissioner", "the choir's secretary", "her grandnephew"). Real bodies, places, titles and
things ("Burgtheater", "Steyr", "Linzer Landestheater", "Nestroy", "Raimund",
"Kammerschauspielerin", "Innenministerium", "Landshut", "Polizeipräsidium München",
"Deutsche Polizeigewerkschaft", "Zermatt", "Zmutt", "Matterhorn", "Ober Gabelhorn",
"Universität Graz", "Bruck an der Mur", "Heidelberg", "Hamburger SV", "Bundesliga", "Oslo",
"Eimsbüttel", "Volksparkstadion", "Reichenau", "Untersee", "Vereinigte Bundesversammlung",
"Parlamentsdienste", "Bundesgericht", "Universität Lausanne", "Kanton Waadt", "SVP",
"Leipzig", "Chemnitz", "Leipziger Musikhochschule", "DDR", "Gewandhausorchester", "Stift
Admont", "Ulm", "Neu-Ulm", "Hirschstraße", "Forbes", "Brienz", "Axalp", "Kanton Bern",
"Salzburg", "Stettin", "Rostock", "West-Berlin", "Deutsches Literaturarchiv", "Marbach",
"Innsbruck", "Grenoble", "Seefeld", "Österreichischer Skiverband"; "BBC", "Harrogate",
"Bradford", "Royal Air Force", "Met Office", "MBE", "House Agriculture Committee", "Salina",
"Abilene", "Osaka", "Drôme", "Valence", "Michelin", "West Midlands Police", "Wolverhampton",
"Police Federation", "Tacoma", "Pierce County Auditor's Office", "Grimsby", "Royal Navy",
"Royal British Legion", "Treme", "Seventh Ward", "New Orleans Jazz & Heritage Festival",
"Grammy", "Yorkshire County Cricket Club", "Headingley", "County Championship", "Rhondda",
"Ferndale", "St David's Hall", "Pontypridd", "University of New Mexico", "Biella", "Via
della Spiga", "Milan Fashion Week", "Aroostook County", "LongeviQuest", "Courtroom 600",
"Foreign Office") stand for the way wire copy names them; every death, age, career, record,
title, vote, salary, crowd, anniversary ceremony and quote here is invented, and where a
real figure came to mind it was changed. The calendar of real history the stories lean on
(the end of the war in Europe on May 8, 1945, the Nuremberg trials opening 80 years before
November 2025, the First and Second World Wars) is only a frame; nothing here reports what
really happened at a real ceremony.

Its weight: OBITUARIES, ANNIVERSARIES AND PROFILES over one year (January to December 2025)
in story order, 30 stories each told as wire copy runs it (a dateline lead with the death,
the appointment or the date marked, then birth, career, titles and records, survivors, the
tributes and the other voices, the funeral or the swearing-in), the German and English
stories interleaved by month. Half German (APA, dpa with its regional slugs "dpa/lby",
"dpa/lno", "dpa/lsw", "dpa/sn", Keystone-SDA; Austrian "Jänner", "Funktionsperiode", "in
Pension", Swiss "Ende Jahr", "altershalber", "Amtsdauer", "1'630", «» quotes, German „“
quotes): deaths of a Burgtheater actress, a Zermatt mountain guide, a Hamburg defender, a
drugstore founder, a novelist and a ski racer; a composer remembered 25 years after his
death; a village's surrender 80 years ago; a fun run held for the 50th time; the centenary
of a funicular; profiles of Munich's new police chief, a new rector in Graz, a new federal
judge in Lausanne, a new abbot in Admont and Salzburg's first woman police director. Half
English (Reuters, AP, AFP, PA): deaths of a TV weatherman, a Kansas congressman, a Japanese
electronics founder, a French chef, a New Orleans tuba player, a Yorkshire batsman, a Milan
designer and Maine's oldest resident; a 101-year-old veteran on the 80th anniversary of VE
Day; a miners' choir's centenary; 80 years since Nuremberg; profiles of a chief constable,
Tacoma's 40th mayor, a college's 19th president and a reinsurer's new chief executive.
Figures as such copy has them: ages at death, at appointment and at events of a life ("im
Alter von 91 Jahren", "died aged 86", "has died at 83", "He was 93.", "als Elfjährige", "als
18-Jähriger", "at the age of 7", "at 12", "101-year-old", "Oduya, 49,"), full dates of birth
and death and dates of ceremonies, years of a career and ranges of years, a life span in
brackets, spans ("52 Jahre lang", "for nearly three decades", "wife of 58 years", "in its
187-year history", "vor 80 Jahren", "80 years since"), anniversaries and ranks as ordinals
("Zum 50. Mal", "zum 80. Mal", "the 80th anniversary", "her 111th birthday", "Tacoma's 40th
mayor", "der 68. Abt", "im dritten Wahlgang", "the first woman", "the fourth-oldest"),
titles and records ("die zweifache Weltmeisterin", "three Michelin stars", "371 Mal", "312
Bundesligaspiele", "41 Tests", "six centuries", "a club record"), votes and ballots, terms
and salaries in euros, dollars, pounds, yen and francs, survivors ("zwei Töchter und drei
Enkelkinder", "nine great-grandchildren"), number words and compounds ("zweistündigen",
"90-minütigen", "Hundertjahrfeier", "two-term", "a five-year contract", "the 31-member
board", "The two-hour ceremony"), shares, hedges and ranges. Negatives as such copy has
them: tributes and eulogies in quotes, the deceased's own sayings, the appointees' creeds
and promises, quotes of memory and grief, labels from unions, staff councils, critics and a
party, scene colour (flowers at the stage door, church bells, fans' scarves, flags at
half-mast, a minute's silence, medals on coats, tears at a hymn), open questions, a hope of
faculty leaders, a critics' doubt, analysts' verdict and a condolence book as a service line;
seven of them carry a figure, labelled.

244 rows (123 German, 121 English), 55 negatives (28 German, 27 English), 189 check-worthy
rows of which 16 carry no figure (12 German, 4 English), 356 expected quantities (112
counts, 88 durations - 81 in years, 2 in hours, 1 each in weeks, months, minutes, days and
seconds -, 74 years, 32 ordinals, 24 dates, 13 amounts of money - 5 USD, 2 each EUR, GBP,
JPY, CHF -, 9 percentages - all in % -, 4 fractions; 7 of them in seven negatives, as the
seventeenth batch labels a figure in a negative), 39 checked speakers (20 German, 19
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported tribute,
  eulogy, creed, memory, feeling or promise is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-fifty-second,
  hundred-sixtieth); a reported statement of fact or figure is check-worthy with its
  speaker. The pairs from one speaker: Ruth Anselm's „Sie hat die Sprache der Vertriebenen
  gefunden, ...“ (negative) beside "Der Nachlass gehe an das Deutsche Literaturarchiv in
  Marbach, sagte Anselm." -> "Anselm" (the surname as written, hundred-fifty-second: "sagte
  Karrer"); Amara Oduya's "I want every community ..." beside "Oduya said violent crime in
  the region had fallen 8% ..." -> "Oduya" ("Whitaker said" as written,
  hundred-fifty-second); Eirlys Pugh's membership figure -> "Eirlys Pugh" beside her
  "Singing is what we do instead of crying," (negative, her age 58 labelled). Konjunktiv I
  paraphrases of a fact are check-worthy with the speaker their own attribution gives ("Er
  sei am Mittwoch ... friedlich eingeschlafen, teilte die Gemeinde Zermatt am Donnerstag
  mit." -> "die Gemeinde Zermatt"; "Sie sei nach kurzer, schwerer Krankheit ... gestorben,
  teilte der Österreichische Skiverband am Montag mit."; "Die Zahl der Anmeldungen habe sich
  seit 2015 fast verdoppelt, sagte Organisationschef Jochen Bühler." -> "Jochen Bühler";
  thirty-ninth, hundred-second, hundred-sixtieth).
- Check-worthy without a figure (fifty-eighth, hundred-second, hundred-fifty-second,
  hundred-sixtieth): a death as a lead ("Die Schriftstellerin Marlene Osterkamp ist tot.",
  "Der Gründer der Drogeriemarktkette Fäßler, Eberhard Fäßler, ist tot."), the place and
  manner of a death from a source, an election or appointment as a lead ("... zur neuen
  Bundesrichterin gewählt.", "... zum neuen Abt des Stiftes Admont gewählt worden.", "...
  wird neue Landespolizeidirektorin von Salzburg."), a minute's silence planned ("Vor dem
  Heimspiel am Sonntag ist eine Schweigeminute geplant, ..."), a plaque dedicated, free
  rides and a medal for the jubilee, an estate's destination, a funeral already held, a
  concession on election night and the choir's "None of the current singers has ever worked
  underground".
- Ages are durations in years (every batch): "im Alter von 91 Jahren" and the like, "zum
  letzten Mal im Alter von 79 Jahren", "died aged 86", "has died at the age of 97", "has
  died at 83" (sixty-third: "at 41"; hundred-forty-fourth: "after her death at 91"), "Der 56
  Jahre alte Kriminaldirektor", "als 18-Jähriger", "als Elfjährige" and "als Siebenjährige"
  (the number word heading the compound), "Die 52-Jährige", "der heute 81-jährige Eugen
  Maurer" ("heute" no hedge, hundred-forty-fourth), "die 91-jährige Theresia Brandl", "den
  68-jährigen Richter", "mit 77 Jahren zurückgetreten", "mit 65 Jahren in Pension" (hundred-
  forty-fourth: "Noch mit 104 Jahren"), "101-year-old", "98-year-old", apposition ("Oduya,
  49,", "Delgado-Finch, 44,", "Etxeberria, 56,", "Verhoeven, 53,", "Beat Zollinger, 64,";
  sixty-third), "at the age of 14", "at the age of 7", "at 12", "at 18", "was 21", "the
  oldest aged 91", "turns 102 in August" (hundred-forty-fourth: "turned 104"), and in
  negatives "said Pugh, 58." and "ein 74-jähriger Anwohner" labelled (hundred-twenty-fourth,
  hundred-sixtieth). New: "He was 93." and "Boudreaux was 84.", the short sentence that
  closes an AP obituary lead, are 93 and 84 years - a bare figure after "was" with a person
  as subject is the age, as the apposed "Kofi Mensah, 31," (sixty-third,
  hundred-fifty-second); the row is check-worthy alone, a verifiable age.
- Dates and years of a life: full dates with a year are ISO dates ("am 12. März 1933"
  1933-03-12, "on April 2, 1938", "on Oct. 17, 1936", "am 9. Juni 1921 ... am 14. Juni 2000"
  both, "am 27. April 1945", "on May 8, 1945", "on Oct. 9, 1914", "am 12. September 1925";
  hundred-forty-fourth: "am 3. Juli 1914"); dates without a year keep month and day ("am 24.
  Jänner" --01-24, "zum 1. Februar", "am 1. Oktober", "für den 15. August", "on Feb. 9", "on
  April 14", "for June 21", "on Oct. 1", "on March 1"); years as written ("wurde 1972 ...
  geboren", "Born in 1940", "died in 2019", "der 2016 starb", "des 1074 gegründeten
  Klosters" and "founded in 1838" - hundred-sixtieth: "1996 gegründet" -, "the 1977 farm
  bill", "Olympischen Spielen 1968", "im Jahr 1976", "seit 2014", "since 2011", "until
  2004"), and ranges of years give both ("zwischen 1966 und 1978", "von 1958 bis 1986",
  "from 1981 to 2019", "between 1958 and 1967", "zwischen 1967 und 1972"; forty-first:
  "between" no hedge). New: "Hainzlmaier (1889–1971)" gives the years 1889 and 1971 - a life
  span in brackets is two years, the dash of the span no hedge, as the "to" of a range
  carries none (hundred-nineteenth). "the early 1990s" and "in the 1950s" carry none
  (decades, thirty-ninth and sixty-third). Reuters and AFP English datelines with a day
  ("TOKYO, Feb 12 (Reuters)", "PARIS, March 3 (AFP)", "LONDON, May 8 (Reuters)", "MILAN,
  Sept 18 (Reuters)", "NUREMBERG, Germany, Nov 20 (Reuters)" with the country between city
  and day - ninety-ninth -, "ZURICH, Dec 2 (Reuters)") are dates without a year
  (hundred-forty-fifth, hundred-fifty-second, hundred-sixtieth); APA, dpa with its slugs,
  Keystone-SDA, AP and PA datelines none (seventy-ninth).
- Spans of a career and a life (the issue's "dreitägige Reise", "a two-week visit"): "52
  Jahre lang", "27 Jahre lang", "31 Jahre lang", "zwei Jahre lang", "nach sieben Jahren an
  der Spitze", "nach 28 Jahren an der Spitze", "acht Jahre lang", "In seinen 60 Jahren als
  Bergführer", "mit der er 54 Jahre verheiratet war" (hundred-forty-fourth: "43 Jahre
  lang"), "for nearly three decades" 30 years "nearly" and "for more than four decades" 40
  years "over" (hundred-forty-fourth and sixty-third: "more than four decades"), "for 31
  consecutive years" ("consecutive" no hedge), "for 22 years", "two years in the Army", "12
  years as a public defender", "after 14 years in the post", "after 12 years as CEO", "for
  38 years", "22 years as a radio commentator", "three years at sea", "his wife of 58
  years", "wife of 64 years", "in its 51-year history", "in the city's 150-year history",
  "in its 187-year history", "after two years of budget cuts" and "his chief of staff for 15
  years" (both labelled in negatives), "nach knapp 22 Monaten Bauzeit" "nearly", "three
  weeks after a fall" and "12 days after her 111th birthday" ("after" follows the span;
  hundred-forty-fourth: "38 years later"), "fallen 8% over the past two years" 2 years
  ("over" before a span no hedge, hundred-forty-fourth). Terms of office: "die
  Funktionsperiode dauert vier Jahre", "für fünf Jahre", "Die Amtsdauer ... beträgt sechs
  Jahre", "a five-year contract", "a four-year term". Events: "einem zweistündigen
  Fackelzug" 2 hours, "Mit einem 90-minütigen Gedenkkonzert" 90 minutes, "The two-hour
  ceremony" 2 hours (the issue's "fünfstündigen"). None: "Ende Jahr", "Ende September", "in
  diesem Jahr", "last year", "a year", "a year" in "$162,000 a year" and "visitors a year",
  "weeks after the start", "im vergangenen Geschäftsjahr", "on election night", weekdays
  ("am Sonntag", "on Tuesday", "Saturday"), months ("in March", "in August") and "by 1015
  GMT" (clock times, hundred-forty-seventh). New: "eine Schweigeminute" and "a minute's
  silence" carry no duration - the first is a compound with no number word, "eine" its
  article, as "minutenlangem" carries none (hundred-twenty-first), the second an article
  before the unit (hundred-forty-fourth: "within an hour" none).
- Anniversaries and birthdays: ordinals ("Zum 50. Mal" 50 - hundred-sixtieth: "zum 15. Mal"
  -, "jährt sich ... zum 80. Mal" 80, "the 80th anniversary" 80 - twelfth: "the 80th
  anniversary", hundred-fifty-ninth: "Am vierten Jahrestag" -, "her 111th birthday" 111 -
  hundred-forty-fourth: "ihren 112. Geburtstag"); spans back to the event ("vor 80 Jahren",
  "vor 25 Jahren"; hundred-forty-fourth: "Vor 50 Jahren") and "to mark 80 years since" 80
  years (hundred-forty-fourth: "marked 100 years"). New: "Mit einer Hundertjahrfeier" is 100
  years - the number word heading a compound with "Jahr" is read as "Achtstundenmittelwert"
  8 hours (hundred-sixtieth) and "zweistündigen". New: "its centenary", "The centenary
  concert", "zum Jahrestag", "Zum Jubiläum" and "ihr Jubiläum" carry none - the word names
  an anniversary without a number word, as "a century ago" carries none
  (hundred-forty-fourth).
- Offices, ballots and ranks: "Tacoma's 40th mayor" 40, "the 19th president" 19, "der 68.
  Abt" 68, "the group's third CEO" 3 (hundred-fifty-second: "the city's 84th homicide"),
  "the first woman", "the first Latina", "die erste Frau" 1 (hundred-sixtieth: "for the
  first time"), "im zweiten Wahlgang" 2 and "im dritten Wahlgang" 3, "fünf der neun Stimmen"
  and "mit 17 von 26 Stimmen" (definite groups, forty-first), "201 von 227 gültigen
  Stimmen", "mit 14 zu 3 Stimmen" (the first blind batch: "mit 376 zu 281 Stimmen"), "with
  54.6% of the vote", "taking 71% of the vote", "by about 4,900 votes" "about", "from a
  shortlist of three candidates", "sieben Personen ..., drei", "drew 212 applicants", "the
  31-member board" 31 (hundred-forty-fourth: "A team of 11"), "served 11 terms" 11, "has
  held 11 different posts". New: "two-term council member Gary Lindqvist" is count 2 - the
  number word counts the terms, as "the three-time champion" (fifteenth) and "Zweifacher
  Torschütze" (hundred-fifty-third) count wins and goals; a term is no unit of the issue's
  list.
- Titles and records: "die zweifache Weltmeisterin" 2 (hundred-fifty-third: "Zweifacher
  Torschütze"), "als Vierte" 4 (hundred-fifty-third: "Dritte wurde"), "um 14 Hundertstel"
  0.14 seconds (hundred-thirty-third: "vier Hundertstel" 0.04), "elf Weltcuprennen, sieben
  davon" ("davon" no hedge), "371 Mal" 371 (the issue's "100 Mal"), "mehr als vier Millionen
  Mal" 4,000,000 "over" (hundred-fifty-second: "viewed more than 2 million times"), "312
  Bundesligaspiele ... 19 Tore", "lief er dreimal auf" 3, "zweimal verheiratet" 2 (the
  issue's "viermal"), "won the County Championship twice" 2, "toured ... three times" 3,
  "three Michelin stars" 3, "its first star ..., its second ... and its third" 1, 2 and 3,
  "the third star" 3, "the fourth-oldest living person" 4 (the issue's "die drittgrößte
  Stadt"), "41 Tests", "2,614 runs at an average of 38.4" ("at an average of" no hedge,
  hundred-sixtieth: "an average of"), "His highest Test score was 187" (a superlative
  without a number word ranks nothing, hundred-fifty-second), "537 ... matches ... 31,208
  runs, a club record" ("record" no hedge, hundred-forty-sixth), "for four seasons" 4 (a
  season is no unit of the issue's list; hundred-forty-fourth: "over two weekends" count 2).
  New: "with six centuries" is count 6 - in cricket a century is a score of 100 runs, and
  "century" is no unit of the issue's list in any case, so the row carries no 600-year
  duration. New: "first-class matches" and "A second-line parade" carry no ordinal - a
  hyphenated kind name ranks nothing, as "second-degree" carries none (thirty-ninth,
  hundred-fifty-second). An ordinal word inside a name stays an ordinal (sixty-fifth,
  hundred-forty-first, hundred-forty-fourth: "des Ersten Weltkriegs" 1): "the Second World
  War" 2, "the First World War" 1, "the Seventh Ward" 7. New: "Courtroom 600" carries no
  count - a number that names a room is an identifier, as "A 10" and "A38"
  (hundred-fifty-second) name roads. "MBE", "Kammerschauspielerin", "Ehrenring" and "Grammy"
  carry none.
- Survivors and families (sixty-third: "zwei Töchter, fünf Enkel und drei Urenkel";
  hundred-forty-fourth: "vier Kinder, elf Enkel, 19 Urenkel und zwei Ururenkel"): "zwei
  Töchter und drei Enkelkinder", "two sons and five grandchildren", "four children, 12
  grandchildren and nine great-grandchildren", "vier Kinder und neun Enkel", "Vater von drei
  Kindern", "three daughters", "seven grandchildren and 14 great-grandchildren", "nine
  grandchildren, 17 great-grandchildren and four great-great-grandchildren", "seine zweite
  Frau, drei Kinder und sieben Enkel" with "zweite" ordinal 2 and "ihr zweiter Mann" 2
  (hundred-fifty-second: "a second passport"). None: "both of her children" (eighty-first:
  "beiden" none), "his wife, Patricia", "seine Frau", "children and grandchildren of former
  members" without a figure, "great-grandmother" words (hundred-forty-fourth).
- Other counts and measures (every batch): "mehr als 160 Rollen, darunter rund 40
  Hauptrollen" each with its own hedge ("darunter" no hedge, hundred-forty-fourth), "mehr
  als 140 Fachartikel", "64 Mitarbeiterinnen und Mitarbeitern", "mehr als 30 Ländern", "mit
  zwei Gefährten", "rund 6.450 Beschäftigten", "2.340 Teilnehmer aus 14 Nationen", "87
  Männer und drei Frauen", "Bei allen 49 bisherigen Ausgaben" ("allen" none), "Rund 600
  Menschen", "neun Sinfonien, vier Opern und mehr als 200 Lieder", "mehr als 70
  Komponistinnen", "17 Romane und sechs Erzählbände", "in 24 Sprachen", "rund 1.350 Filialen
  ... knapp 19.000 Menschen" "nearly", "einen ersten Laden mit 40 Quadratmetern" ordinal 1
  and count 40 (areas are counts, hundred-sixtieth), "rund 640 ... etwa 480", "rund 1.900
  ... in 73 Inspektionen", "auf einer Strecke von 1'630 Metern einen Höhenunterschied von
  612 Metern" (Swiss apostrophe, tenth), "rund 9,5 Millionen Fahrgäste" 9,500,000 "about",
  "11,4 Kilometer", "an estimated 7,500 more" "about" (the "more" after the figure compares,
  hundred-first), "about 42,000 people in 28 countries", "12 tables and a staff of four",
  "about 7,100 officers", "nearly 3 million" 3,000,000 "nearly", "with five friends", "14
  albums", "14 colliers ... 62 members", "more than 120 voices", "fell to 19", "a concert
  for 1,800 people", "About 2,500 people", "Fewer than 2,000" "under" (hundred-sixtieth:
  "fewer than"), "about 350 guests from 23 countries", "one of only two members" 2 ("one of"
  none, hundred-fifty-second; "only" no hedge), "about 110,000 visitors a year", "about
  2,900 undergraduates", "212 stores in 38 countries", "about 4,300 people", and in a
  negative "zweier Fakultäten" 2 (a genitive number word). "fast verdoppelt" is a verb and
  no count (hundred-forty-eighth). New: in "11,4 Kilometer lang und führt rund um die
  Gemüseinsel" the figure keeps no hedge - "rund um" is a preposition after it, and a hedge
  rides on the figure it stands before (hundred-sixtieth).
- Percentages, fractions and money: "71% of the vote", "54.6% of the vote", "Turnout was
  38%", "fallen 8%", "a 35% stake", "fell 1.2%", "rose 0.8%", "up 2.3%", "a 0.4% gain";
  "etwa ein Drittel der Einwohner" 0.3333 "about", "rund ein Drittel davon" 0.3333 "about",
  "jeder vierte aus der Schweiz" 0.25 (the issue's "jeder vierte"), "almost half of them"
  0.5 "nearly"; EUR ("4,1 Milliarden Euro", "1.46 billion euros"), USD ("2,8 Milliarden
  Dollar" - German copy's "Dollar" is USD -, "$162,000 a year", "$695,000", "$9.8 billion",
  and in a negative "more than $1 billion" "over"), GBP ("215,000 pounds", "about 23,000
  pounds" "about"), JPY ("300,000 yen", "1.2 trillion yen" 1.2e12), CHF ("14,2 Millionen
  Franken", "1.6 million Swiss francs a year"). "annual sales passed 1.2 trillion yen"
  carries no hedge - a verb bounds nothing by itself (hundred-sixtieth: "should not
  exceed").
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "an estimated"
  "about"; "knapp", "nearly", "almost" "nearly"; "mehr als", "more than" "over"; "Fewer
  than" "under". No hedge: "heute", "Insgesamt", "darunter", "davon", "allen", "seit",
  "since", "consecutive", "only", "a club record", "at an average of", "between", "from ...
  to", "over" before a span, "more" after a figure, "passed", "rund um".
- Speakers, checked only in forms the earlier batches settled: "wie das Burgtheater am
  Montag mitteilte" -> "das Burgtheater", "wie das Innenministerium am Dienstag mitteilte",
  "wie die Universität am Freitag mitteilte", "wie der Hamburger SV am Samstag mitteilte",
  "wie das Unternehmen am Mittwoch mitteilte", "wie die Parlamentsdienste mitteilten" ->
  "die Parlamentsdienste" (the source with its article in the nominative, the weekday
  dropped; eighty-first, hundred-second, hundred-thirty-fifth); "teilte die Gemeinde Zermatt
  am Donnerstag mit", "teilte die Gemeinde mit", "teilte die Stadt mit", "teilte das Stift
  mit", "teilte die Betreiberin mit", "teilte der Österreichische Skiverband am Montag mit"
  (hundred-fifty-second, hundred-sixtieth); "nach Angaben der Gemeinde" -> "die Gemeinde",
  "Nach Angaben der Universität" -> "die Universität", "nach Angaben der Veranstalter" ->
  "die Veranstalter", "nach Angaben des Verlags" -> "der Verlag" (seventieth,
  hundred-sixtieth); "sagte eine Sprecherin des Theaters" (the first blind batch: "wie eine
  Sprecherin des Innenministeriums sagte") and "wie ein Sprecher mitteilte" -> "ein
  Sprecher" (fifty-eighth); "sagte Organisationschef Jochen Bühler" the name with the title
  dropped (hundred-forty-fifth) and "sagte Anselm" as written. English: "the company said on
  Wednesday" and "the company said" (three times) -> "the company" (fortieth), "the company
  said in a statement" (hundred-thirty-first, hundred-thirty-ninth), "the family said in a
  statement" -> "the family", "the band said", "the club said" (hundred-ninth), "the college
  said", "the city of Nuremberg said" with the article in lower case; "according to the
  company", "according to the Pierce County Auditor's Office", "according to the Royal
  British Legion", "according to the college", "according to the museum", "according to the
  Foreign Office" with their article (ninety-eighth, hundred-second); "Yorkshire County
  Cricket Club said" as written (eighty-first: "Greater Manchester Police said"); "conductor
  Eirlys Pugh said" and "administrator Paula Grenier said" the name with the role dropped
  (hundred-sixtieth); "Oduya said" as written. Left unchecked (None): the possessives
  heading the source ("his family said", "her company said", "her nursing home said", "its
  board of trustees announced", "the choir's secretary said", "according to the
  commissioner's office", "according to his daughter"; eighty-third), a name in apposition
  after a description ("his daughter, Janet Whitcomb Ames, said Monday", "His nephew and
  bandmate, trumpeter Lionel Boudreaux, said"; hundred-fifty-second), estimates ("police
  estimated", "Das Magazin „Forbes“ schätzte", "nach Schätzung der Betreiberin";
  hundred-tenth, hundred-sixtieth), "nach APA-Informationen" (hundred-ninth: "nach
  SID-Informationen"), "The LongeviQuest database lists" (a document), and all negatives,
  also those with a named speaker. New: the German possessives "wie ihr Verlag am Samstag
  mitteilte" and "nach Angaben seines Nachlassverwalters" are left unchecked, as the English
  possessive heading the source (eighty-third) - while the same house with its article,
  "nach Angaben des Verlags", is checked as "der Verlag".
- Negatives (ninety-eighth, hundred-forty-fourth, hundred-fifty-second, hundred-sixtieth):
  tributes and eulogies in quotes („Sie war das Gedächtnis dieses Hauses ...“, "He made the
  isobar a household friend," «Er kannte jeden Stein am Berg ...», "Harlan never met a
  farmer ..." with his 15 years labelled, „Klaus-Dieter war ein Kämpfer, ...“ from a club
  statement, "When Tiny hit that low note, ...", „Lauterbach ist zu Unrecht vergessen, ...“,
  "Derek batted as if ...", „Mein Vater hat nie vergessen, ...“, „Er war ein Händler mit
  Leib und Seele, ...“, "She taught the world that wool could be sexy," „Sie hat die Sprache
  der Vertriebenen gefunden, ...“, „Sie ist gefahren, als gäbe es keine Kurven“, "France has
  lost one of the last great masters of sauce," and a company president's "He believed a
  radio in every home ..."), the dead man's own saying ("Cooking is the only art you can
  eat, ..."), family memories ("Dad would have hated the fuss, ...", "Her secret was a
  spoonful of molasses ..."), the appointees' and the runner's creeds and promises („München
  ist eine sichere Stadt, ...“, „Eine Universität muss sich einmischen, ...“, "I want every
  community ...", "This city raised me, ...", «Ich freue mich sehr auf diese Aufgabe», „Ich
  habe großen Respekt ...“, "I'm the daughter of a Basque shepherd ...", „Ich will eine
  Polizei, ...“, "Maarten has exactly the calm head this job needs," „Solange die Knie
  mitmachen, laufe ich“), quotes of memory («Ohne die Bahn wäre das Dorf ...» with the
  speaker's age labelled, „Ich höre heute noch, wie die Panzer ...“, "We didn't feel like
  heroes, ...", "I was a boy running errands, ...", "Singing is what we do instead of
  crying,"), a mayor's duty („Es ist unsere Pflicht, ...“), labels from a union, a staff
  council, critics, a party and the Police Federation ("nannte die Ernennung eine „gute
  Nachricht ...“", "sprach von einer „überfälligen Entscheidung“", "nannten sie einst die
  „leise Chronistin des Ostens“", "bezeichnete die Kandidatin als «zu aktivistisch»",
  "calling her "a copper's copper""; ninety-eighth, hundred-sixteenth), scene colour
  (flowers and candles at the stage door, church bells, fans' scarves and candles, "Tributes
  poured in ...", flags at half-mast, medals pinned to coats, tears at the final hymn,
  "stood for a minute's silence before the first show of the day" with its ordinal labelled;
  hundred-fifty-second), open questions ("Ob sie die umstrittene Zusammenlegung zweier
  Fakultäten ..." with its count labelled, "Ob die geplante Gesamtausgabe ...", "Ob er die
  umstrittenen Pläne für ein Hotel ..."; hundred-sixtieth), a hope ("Faculty leaders said
  they hoped ... after two years of budget cuts" labelled), a critics' doubt ("Critics
  questioned whether ... more than $1 billion" labelled), speakers' warnings and analysts'
  verdict without a checkable claim, and a condolence book as a service line ("Wer sich von
  Hechenberger verabschieden möchte, kann sich ab Mittwoch ... eintragen.";
  hundred-fifty-second: "Hinweise nimmt jede Polizeidienststelle entgegen").

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_166 = [
    # --- Tod von Kammerschauspielerin Hedwig Ortner-Lampl (APA) ---
    (
        "de",
        "Wien (APA) - Die Kammerschauspielerin Hedwig Ortner-Lampl ist im Alter von 91 Jahren am Sonntag in Wien gestorben, wie das Burgtheater am Montag mitteilte.",
        True,
        [("duration", 91, "year", None)],
        "das Burgtheater",
    ),
    (
        "de",
        "Ortner-Lampl wurde am 12. März 1933 in Steyr als Tochter eines Schlossers geboren.",
        True,
        [("date", "1933-03-12", None, None)],
        None,
    ),
    (
        "de",
        "1961 wechselte sie vom Linzer Landestheater ans Burgtheater, dessen Ensemble sie 52 Jahre lang angehörte.",
        True,
        [("year", 1961, None, None), ("duration", 52, "year", None)],
        None,
    ),
    (
        "de",
        "In dieser Zeit spielte sie mehr als 160 Rollen, darunter rund 40 Hauptrollen in Stücken von Nestroy und Raimund.",
        True,
        [("count", 160, None, "over"), ("count", 40, None, "about")],
        None,
    ),
    (
        "de",
        "1989 wurde ihr der Berufstitel Kammerschauspielerin verliehen, 2003 erhielt sie den Ehrenring des Hauses.",
        True,
        [("year", 1989, None, None), ("year", 2003, None, None)],
        None,
    ),
    (
        "de",
        "„Sie war das Gedächtnis dieses Hauses und zugleich sein frechstes Mitglied“, sagte Burgtheaterdirektor Matthias Ebenberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ortner-Lampl war zweimal verheiratet, ihr zweiter Mann, der Bühnenbildner Ferdinand Lampl, starb 2011.",
        True,
        [("count", 2, None, None), ("ordinal", 2, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Sie hinterlässt zwei Töchter und drei Enkelkinder.",
        True,
        [("count", 2, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Vor dem Bühneneingang legten Theaterbesucher am Montag Blumen und Kerzen ab.", False, [], None),
    (
        "de",
        "Die Trauerfeier findet am 24. Jänner im Burgtheater statt, sagte eine Sprecherin des Theaters.",
        True,
        [("date", "--01-24", None, None)],
        "eine Sprecherin des Theaters",
    ),
    # --- Weather presenter Gordon Hebblethwaite dies (PA) ---
    (
        "en",
        "LONDON (PA) - Gordon Hebblethwaite, who presented the BBC's evening weather forecast for nearly three decades, has died aged 86, his family said.",
        True,
        [("duration", 30, "year", "nearly"), ("duration", 86, "year", None)],
        None,
    ),
    (
        "en",
        "He died peacefully at a hospice in Harrogate on Tuesday, three weeks after a fall at home, the family said in a statement.",
        True,
        [("duration", 3, "week", None)],
        "the family",
    ),
    (
        "en",
        "Born in Bradford on April 2, 1938, Hebblethwaite trained as a meteorologist in the Royal Air Force before joining the Met Office in 1961.",
        True,
        [("date", "1938-04-02", None, None), ("year", 1961, None, None)],
        None,
    ),
    (
        "en",
        "He presented his first forecast in 1967 and an estimated 7,500 more before retiring in 1996.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 1967, None, None),
            ("count", 7500, None, "about"),
            ("year", 1996, None, None),
        ],
        None,
    ),
    (
        "en",
        "Hebblethwaite was appointed MBE in 1997 for services to broadcasting.",
        True,
        [("year", 1997, None, None)],
        None,
    ),
    ("en", '"He made the isobar a household friend," said former colleague Trudy Penhaligon.', False, [], None),
    (
        "en",
        "He is survived by his wife of 58 years, Brenda, two sons and five grandchildren.",
        True,
        [("duration", 58, "year", None), ("count", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"Dad would have hated the fuss, but he would have loved the forecast: dry and bright," his son Martin said.',
        False,
        [],
        None,
    ),
    # --- Neuer Münchner Polizeipräsident (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Der 56 Jahre alte Kriminaldirektor Andreas Kronseder wird zum 1. Februar neuer Polizeipräsident von München, wie das Innenministerium am Dienstag mitteilte.",
        True,
        [("duration", 56, "year", None), ("date", "--02-01", None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Er folgt auf Werner Sailer, der nach sieben Jahren an der Spitze des Präsidiums in den Ruhestand geht.",
        True,
        [("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Kronseder stammt aus Landshut und trat 1987 als 18-Jähriger in den Polizeidienst ein.",
        True,
        [("year", 1987, None, None), ("duration", 18, "year", None)],
        None,
    ),
    (
        "de",
        "Das Polizeipräsidium München ist mit rund 6.450 Beschäftigten das größte in Bayern.",
        True,
        [("count", 6450, None, "about")],
        None,
    ),
    (
        "de",
        "„München ist eine sichere Stadt, und dafür werde ich jeden Tag arbeiten“, sagte Kronseder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Deutsche Polizeigewerkschaft nannte die Ernennung eine „gute Nachricht für die Kolleginnen und Kollegen auf der Straße“.",
        False,
        [],
        None,
    ),
    ("de", "Kronseder ist verheiratet und Vater von drei Kindern.", True, [("count", 3, None, None)], None),
    # --- Former Kansas congressman Harlan Whitcomb dies (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Former Rep. Harlan Whitcomb, a Kansas Republican who served 11 terms in the House, has died.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    ("en", "He was 93.", True, [("duration", 93, "year", None)], None),
    (
        "en",
        "Whitcomb died Sunday at his home in Salina, his daughter, Janet Whitcomb Ames, said Monday.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Born on a wheat farm near Abilene in 1931, Whitcomb served two years in the Army before taking over the family farm.",
        True,
        [("year", 1931, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "He won the seat in 1966 and held it for 22 years, taking 71% of the vote in his last race.",
        True,
        [("year", 1966, None, None), ("duration", 22, "year", None), ("percent", 71, "%", None)],
        None,
    ),
    (
        "en",
        "As a member of the House Agriculture Committee, he helped write the 1977 farm bill.",
        True,
        [("year", 1977, None, None)],
        None,
    ),
    (
        "en",
        '"Harlan never met a farmer he didn\'t want to help, whatever their party," said Dale Kostelecky, his chief of staff for 15 years.',
        False,
        [("duration", 15, "year", None)],
        None,
    ),
    (
        "en",
        "Whitcomb's wife of 64 years, Lorraine, died in 2019.",
        True,
        [("duration", 64, "year", None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "He is survived by four children, 12 grandchildren and nine great-grandchildren.",
        True,
        [("count", 4, None, None), ("count", 12, None, None), ("count", 9, None, None)],
        None,
    ),
    # --- Bergführer Alois Perren-Imboden gestorben (Keystone-SDA) ---
    (
        "de",
        "Zermatt (Keystone-SDA) - Der Zermatter Bergführer Alois Perren-Imboden ist im Alter von 94 Jahren gestorben.",
        True,
        [("duration", 94, "year", None)],
        None,
    ),
    (
        "de",
        "Er sei am Mittwoch in seinem Elternhaus im Weiler Zmutt friedlich eingeschlafen, teilte die Gemeinde Zermatt am Donnerstag mit.",
        True,
        [],
        "die Gemeinde Zermatt",
    ),
    (
        "de",
        "Perren-Imboden stand nach Angaben der Gemeinde 371 Mal auf dem Gipfel des Matterhorns, zum letzten Mal im Alter von 79 Jahren.",
        True,
        [("count", 371, None, None), ("duration", 79, "year", None)],
        "die Gemeinde",
    ),
    (
        "de",
        "In seinen 60 Jahren als Bergführer führte er Gäste aus mehr als 30 Ländern.",
        True,
        [("duration", 60, "year", None), ("count", 30, None, "over")],
        None,
    ),
    (
        "de",
        "1958 eröffnete er mit zwei Gefährten eine neue Route durch die Nordwand des Ober Gabelhorns.",
        True,
        [("year", 1958, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "«Er kannte jeden Stein am Berg und jeden Gast beim Namen», sagte Gemeindepräsidentin Romy Julen-Biner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Perren-Imboden hinterlässt seine Frau, vier Kinder und neun Enkel.",
        True,
        [("count", 4, None, None), ("count", 9, None, None)],
        None,
    ),
    ("de", "Am Abend läuteten im ganzen Dorf die Kirchenglocken für den Verstorbenen.", False, [], None),
    # --- Electronics founder Kenjiro Matsudaira dies (Reuters) ---
    (
        "en",
        "TOKYO, Feb 12 (Reuters) - Kenjiro Matsudaira, who built a small Osaka radio repair shop into the electronics group Hoshizora Denki, has died at the age of 97, the company said on Wednesday.",
        True,
        [("date", "--02-12", None, None), ("duration", 97, "year", None)],
        "the company",
    ),
    (
        "en",
        "Matsudaira founded the business in 1949 with 300,000 yen borrowed from relatives.",
        True,
        [("year", 1949, None, None), ("money", 300000, "JPY", None)],
        None,
    ),
    (
        "en",
        "He served as president for 31 years and stayed on as chairman until 2004.",
        True,
        [("duration", 31, "year", None), ("year", 2004, None, None)],
        None,
    ),
    (
        "en",
        "Under his leadership annual sales passed 1.2 trillion yen in the early 1990s.",
        True,
        [("money", 1200000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "The group now employs about 42,000 people in 28 countries, almost half of them outside Japan.",
        True,
        [("count", 42000, None, "about"), ("count", 28, None, None), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Matsudaira died of pneumonia at a Tokyo hospital on Feb. 9, according to the company.",
        True,
        [("date", "--02-09", None, None)],
        "the company",
    ),
    (
        "en",
        '"He believed a radio in every home would make Japan a more peaceful country," President Yuki Sasahara said in a statement.',
        False,
        [],
        None,
    ),
    ("en", "Hoshizora Denki shares rose 0.8% in Tokyo on Wednesday.", True, [("percent", 0.8, "%", None)], None),
    (
        "en",
        "A private funeral has already been held, and a public farewell will be announced later, the company said.",
        True,
        [],
        "the company",
    ),
    # --- Neue Rektorin der Universität Graz (APA) ---
    (
        "de",
        "Graz (APA) - Der Universitätsrat der Universität Graz hat die Pharmakologin Ingrid Wolkersdorfer im zweiten Wahlgang zur neuen Rektorin gewählt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die 52-Jährige erhielt fünf der neun Stimmen des Gremiums, wie die Universität am Freitag mitteilte.",
        True,
        [("duration", 52, "year", None), ("count", 5, None, None), ("count", 9, None, None)],
        "die Universität",
    ),
    (
        "de",
        "Sie tritt ihr Amt am 1. Oktober an, die Funktionsperiode dauert vier Jahre.",
        True,
        [("date", "--10-01", None, None), ("duration", 4, "year", None)],
        None,
    ),
    (
        "de",
        "Wolkersdorfer wurde 1972 in Bruck an der Mur geboren und studierte in Graz und Heidelberg.",
        True,
        [("year", 1972, None, None)],
        None,
    ),
    (
        "de",
        "Seit 2014 leitet sie das Institut für Experimentelle Pharmakologie, zuletzt mit 64 Mitarbeiterinnen und Mitarbeitern.",
        True,
        [("year", 2014, None, None), ("count", 64, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Universität hat sie mehr als 140 Fachartikel veröffentlicht.",
        True,
        [("count", 140, None, "over")],
        "die Universität",
    ),
    (
        "de",
        "„Eine Universität muss sich einmischen, auch wenn es unbequem wird“, sagte Wolkersdorfer nach der Wahl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob sie die umstrittene Zusammenlegung zweier Fakultäten weiterverfolgt, ließ sie offen.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    # --- Chef Bernard Lachenal dies (AFP) ---
    (
        "en",
        "PARIS, March 3 (AFP) - French chef Bernard Lachenal, whose restaurant in the Drôme held three Michelin stars for 31 consecutive years, has died aged 88, his family said on Monday.",
        True,
        [
            ("date", "--03-03", None, None),
            ("count", 3, None, None),
            ("duration", 31, "year", None),
            ("duration", 88, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Lachenal was born on Oct. 17, 1936, in Valence, the son of a baker, and began his apprenticeship at the age of 14.",
        True,
        [("date", "1936-10-17", None, None), ("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        "He opened La Table du Rhône in 1968 with 12 tables and a staff of four.",
        True,
        [("year", 1968, None, None), ("count", 12, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "The restaurant won its first star in 1971, its second in 1977 and its third in 1986.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 1971, None, None),
            ("ordinal", 2, None, None),
            ("year", 1977, None, None),
            ("ordinal", 3, None, None),
            ("year", 1986, None, None),
        ],
        None,
    ),
    (
        "en",
        "He handed the kitchen to his daughter Camille in 2017, the year the guide withdrew the third star.",
        True,
        [("year", 2017, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"Cooking is the only art you can eat, so you must never lie on the plate," Lachenal liked to say.',
        False,
        [],
        None,
    ),
    ("en", "Tributes poured in from chefs and food critics across France.", False, [], None),
    (
        "en",
        '"France has lost one of the last great masters of sauce," the culture minister wrote on X.',
        False,
        [],
        None,
    ),
    # --- Früherer HSV-Verteidiger Brammer gestorben (dpa/lno) ---
    (
        "de",
        "Hamburg (dpa/lno) - Der frühere HSV-Verteidiger Klaus-Dieter Brammer ist im Alter von 79 Jahren gestorben, wie der Hamburger SV am Samstag mitteilte.",
        True,
        [("duration", 79, "year", None)],
        "der Hamburger SV",
    ),
    (
        "de",
        "Brammer bestritt zwischen 1966 und 1978 für den Club 312 Bundesligaspiele und erzielte dabei 19 Tore.",
        True,
        [("year", 1966, None, None), ("year", 1978, None, None), ("count", 312, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Für die Nationalmannschaft lief er dreimal auf, zuletzt 1971 in Oslo.",
        True,
        [("count", 3, None, None), ("year", 1971, None, None)],
        None,
    ),
    (
        "de",
        "Nach seiner Karriere führte er 27 Jahre lang ein Sportgeschäft in Eimsbüttel.",
        True,
        [("duration", 27, "year", None)],
        None,
    ),
    (
        "de",
        "„Klaus-Dieter war ein Kämpfer, auf dem Platz und daneben“, hieß es in einer Mitteilung des Vereins.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Vor dem Heimspiel am Sonntag ist eine Schweigeminute geplant, die Mannschaft läuft mit Trauerflor auf.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am Volksparkstadion legten Fans am Samstag Schals, Kerzen und alte Eintrittskarten nieder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brammer hinterlässt seine Frau Ilse, mit der er 54 Jahre verheiratet war.",
        True,
        [("duration", 54, "year", None)],
        None,
    ),
    # --- First woman to lead West Midlands Police (PA) ---
    (
        "en",
        "BIRMINGHAM, England (PA) - Amara Oduya has been named chief constable of West Midlands Police, the first woman to lead the force in its 51-year history.",
        True,
        [("ordinal", 1, None, None), ("duration", 51, "year", None)],
        None,
    ),
    (
        "en",
        "Oduya, 49, was chosen on Tuesday from a shortlist of three candidates by the region's police and crime commissioner.",
        True,
        [("duration", 49, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "She joined the force as a constable in Wolverhampton in 1998 and has held 11 different posts, including head of the homicide unit.",
        True,
        [("year", 1998, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "She will take up the post on April 14 on a five-year contract with a salary of 215,000 pounds.",
        True,
        [("date", "--04-14", None, None), ("duration", 5, "year", None), ("money", 215000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The force has about 7,100 officers and polices a population of nearly 3 million, according to the commissioner's office.",
        True,
        [("count", 7100, None, "about"), ("count", 3000000, None, "nearly")],
        None,
    ),
    (
        "en",
        "Oduya said violent crime in the region had fallen 8% over the past two years.",
        True,
        [("percent", 8, "%", None), ("duration", 2, "year", None)],
        "Oduya",
    ),
    (
        "en",
        '"I want every community in this region to feel that this is their police service," Oduya said.',
        False,
        [],
        None,
    ),
    ("en", 'The Police Federation welcomed the appointment, calling her "a copper\'s copper".', False, [], None),
    # --- Inselrundlauf auf der Reichenau zum 50. Mal (dpa/lsw) ---
    (
        "de",
        "Reichenau (dpa/lsw) - Zum 50. Mal gehen am Sonntag auf der Insel Reichenau die Läuferinnen und Läufer des Inselrundlaufs an den Start.",
        True,
        [("ordinal", 50, None, None)],
        None,
    ),
    (
        "de",
        "Angemeldet sind nach Angaben der Veranstalter 2.340 Teilnehmer aus 14 Nationen, jeder vierte aus der Schweiz.",
        True,
        [("count", 2340, None, None), ("count", 14, None, None), ("fraction", 0.25, None, None)],
        "die Veranstalter",
    ),
    (
        "de",
        "Die Zahl der Anmeldungen habe sich seit 2015 fast verdoppelt, sagte Organisationschef Jochen Bühler.",
        True,
        [("year", 2015, None, None)],
        "Jochen Bühler",
    ),
    (
        "de",
        "Die Strecke ist 11,4 Kilometer lang und führt rund um die Gemüseinsel im Untersee.",
        True,
        [("count", 11.4, None, None)],
        None,
    ),
    (
        "de",
        "Beim ersten Lauf im Jahr 1976 waren 87 Männer und drei Frauen gestartet.",
        True,
        [("ordinal", 1, None, None), ("year", 1976, None, None), ("count", 87, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Bei allen 49 bisherigen Ausgaben ist der heute 81-jährige Eugen Maurer mitgelaufen.",
        True,
        [("count", 49, None, None), ("duration", 81, "year", None)],
        None,
    ),
    ("de", "„Solange die Knie mitmachen, laufe ich“, sagte Maurer.", False, [], None),
    ("de", "Zum Jubiläum erhalten alle Teilnehmer, die das Ziel erreichen, eine Medaille aus Rebholz.", True, [], None),
    # --- Tacoma swears in its 40th mayor (AP) ---
    (
        "en",
        "TACOMA, Wash. (AP) — Rosa Delgado-Finch was sworn in Tuesday as Tacoma's 40th mayor, the first Latina to hold the office in the city's 150-year history.",
        True,
        [("ordinal", 40, None, None), ("ordinal", 1, None, None), ("duration", 150, "year", None)],
        None,
    ),
    (
        "en",
        "Delgado-Finch, 44, won the runoff with 54.6% of the vote, defeating two-term council member Gary Lindqvist by about 4,900 votes.",
        True,
        [
            ("duration", 44, "year", None),
            ("percent", 54.6, "%", None),
            ("count", 2, None, None),
            ("count", 4900, None, "about"),
        ],
        None,
    ),
    (
        "en",
        "Turnout was 38%, the highest for a mayoral runoff in the city since 2009, according to the Pierce County Auditor's Office.",
        True,
        [("percent", 38, "%", None), ("year", 2009, None, None)],
        "the Pierce County Auditor's Office",
    ),
    (
        "en",
        "The daughter of farmworkers, she moved to Tacoma at the age of 7 and later spent 12 years as a public defender.",
        True,
        [("duration", 7, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "She will serve a four-year term at a salary of $162,000 a year.",
        True,
        [("duration", 4, "year", None), ("money", 162000, "USD", None)],
        None,
    ),
    (
        "en",
        '"This city raised me, and now it\'s my turn to give back," Delgado-Finch told supporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Critics questioned whether she had the experience to run a city with a budget of more than $1 billion.",
        False,
        [("money", 1000000000, "USD", "over")],
        None,
    ),
    ("en", "Lindqvist conceded on election night and called her to offer his congratulations.", True, [], None),
    # --- 80 Jahre kampflose Übergabe von Altmühlried (dpa/lby) ---
    (
        "de",
        "Altmühlried (dpa/lby) - Mit einem Gottesdienst und einem zweistündigen Fackelzug hat die oberbayerische Gemeinde Altmühlried am Sonntag an ihre kampflose Übergabe an US-Truppen vor 80 Jahren erinnert.",
        True,
        [("duration", 2, "hour", None), ("duration", 80, "year", None)],
        None,
    ),
    ("de", "Das Kriegsende jährt sich in diesem Jahr zum 80. Mal.", True, [("ordinal", 80, None, None)], None),
    (
        "de",
        "Am 27. April 1945 hatte der damalige Bürgermeister Josef Hainzlmaier eine weiße Fahne am Kirchturm hissen lassen.",
        True,
        [("date", "1945-04-27", None, None)],
        None,
    ),
    (
        "de",
        "Rund 600 Menschen nahmen an dem Fackelzug teil, etwa ein Drittel der Einwohner, teilte die Gemeinde mit.",
        True,
        [("count", 600, None, "about"), ("fraction", 0.3333, None, "about")],
        "die Gemeinde",
    ),
    (
        "de",
        "Unter ihnen war die 91-jährige Theresia Brandl, die das Kriegsende als Elfjährige im Keller des Pfarrhauses erlebte.",
        True,
        [("duration", 91, "year", None), ("duration", 11, "year", None)],
        None,
    ),
    ("de", "„Ich höre heute noch, wie die Panzer über das Pflaster rollten“, sagte Brandl.", False, [], None),
    (
        "de",
        "Hainzlmaier (1889–1971) wurde 1946 von der Militärregierung als Bürgermeister bestätigt und blieb bis 1966 im Amt.",
        True,
        [
            ("year", 1889, None, None),
            ("year", 1971, None, None),
            ("year", 1946, None, None),
            ("year", 1966, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Es ist unsere Pflicht, diese Geschichte weiterzuerzählen“, sagte Bürgermeisterin Claudia Reischl.",
        False,
        [],
        None,
    ),
    ("de", "Die Gemeinde hat ihm zum Jahrestag eine Gedenktafel am Rathaus gewidmet.", True, [], None),
    # --- A VE Day veteran at 101 (Reuters) ---
    (
        "en",
        "LONDON, May 8 (Reuters) - Marking the 80th anniversary of victory over Germany in the Second World War, 101-year-old Royal Navy veteran Arthur Pennock laid a wreath in his home town of Grimsby on Thursday.",
        True,
        [
            ("date", "--05-08", None, None),
            ("ordinal", 80, None, None),
            ("ordinal", 2, None, None),
            ("duration", 101, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Pennock was 21 and serving as a stoker on a minesweeper off the Dutch coast when the war in Europe ended on May 8, 1945.",
        True,
        [("duration", 21, "year", None), ("date", "1945-05-08", None, None)],
        None,
    ),
    (
        "en",
        "He spent three years at sea and survived two mine strikes, according to his daughter.",
        True,
        [("duration", 3, "year", None), ("count", 2, None, None)],
        None,
    ),
    ("en", '"We didn\'t feel like heroes, we felt like boys who wanted to go home," Pennock said.', False, [], None),
    (
        "en",
        "About 2,500 people gathered at the town's war memorial for the service, police estimated.",
        True,
        [("count", 2500, None, "about")],
        None,
    ),
    (
        "en",
        "Fewer than 2,000 British veterans of the war are still alive, according to the Royal British Legion.",
        True,
        [("count", 2000, None, "under")],
        "the Royal British Legion",
    ),
    ("en", "Many in the crowd wore their grandparents' medals pinned to their coats.", False, [], None),
    (
        "en",
        "Pennock, who has seven grandchildren and 14 great-grandchildren, turns 102 in August.",
        True,
        [("count", 7, None, None), ("count", 14, None, None), ("duration", 102, "year", None)],
        None,
    ),
    # --- Neue Bundesrichterin gewählt (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Vereinigte Bundesversammlung hat die Lausanner Strafrechtsprofessorin Nathalie Chappuis-Wyss am Mittwoch zur neuen Bundesrichterin gewählt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 47-Jährige erhielt 201 von 227 gültigen Stimmen, wie die Parlamentsdienste mitteilten.",
        True,
        [("duration", 47, "year", None), ("count", 201, None, None), ("count", 227, None, None)],
        "die Parlamentsdienste",
    ),
    (
        "de",
        "Sie ersetzt den 68-jährigen Richter Peter Gmür, der Ende Jahr altershalber zurücktritt.",
        True,
        [("duration", 68, "year", None)],
        None,
    ),
    (
        "de",
        "Chappuis-Wyss ist seit 2016 Professorin an der Universität Lausanne und war zuvor acht Jahre lang Staatsanwältin im Kanton Waadt.",
        True,
        [("year", 2016, None, None), ("duration", 8, "year", None)],
        None,
    ),
    (
        "de",
        "Die Gerichtskommission hatte ihre Wahl mit 14 zu 3 Stimmen empfohlen.",
        True,
        [("count", 14, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Die SVP-Fraktion bezeichnete die Kandidatin als «zu aktivistisch».", False, [], None),
    (
        "de",
        "Die Amtsdauer am Bundesgericht beträgt sechs Jahre, eine Wiederwahl ist möglich.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    ("de", "«Ich freue mich sehr auf diese Aufgabe», sagte Chappuis-Wyss nach der Wahl.", False, [], None),
    # --- Brass band leader Clarence Boudreaux dies (AP) ---
    (
        "en",
        "NEW ORLEANS (AP) — Clarence Boudreaux, the tuba player who led the Crescent Street Brass Band for more than four decades, died Saturday in the Treme home where he grew up.",
        True,
        [("duration", 40, "year", "over")],
        None,
    ),
    ("en", "Boudreaux was 84.", True, [("duration", 84, "year", None)], None),
    (
        "en",
        "His nephew and bandmate, trumpeter Lionel Boudreaux, said he had been treated for kidney disease since 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Born in 1940 in the Seventh Ward, Boudreaux picked up the tuba at 12 and founded the band in 1979 with five friends from high school.",
        True,
        [
            ("year", 1940, None, None),
            ("ordinal", 7, None, None),
            ("duration", 12, "year", None),
            ("year", 1979, None, None),
            ("count", 5, None, None),
        ],
        None,
    ),
    (
        "en",
        "The band recorded 14 albums and played at every New Orleans Jazz & Heritage Festival from 1981 to 2019.",
        True,
        [("count", 14, None, None), ("year", 1981, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "In 2013 it was nominated for a Grammy for best regional roots music album.",
        True,
        [("year", 2013, None, None)],
        None,
    ),
    ("en", '"When Tiny hit that low note, the whole street moved," said clarinetist Odile Marchand.', False, [], None),
    (
        "en",
        "A second-line parade in his honor is planned for June 21, the band said.",
        True,
        [("date", "--06-21", None, None)],
        "the band",
    ),
    # --- Leipzig erinnert an Komponisten Lauterbach (dpa/sn) ---
    (
        "de",
        "Leipzig (dpa/sn) - Mit einem 90-minütigen Gedenkkonzert erinnert die Stadt Leipzig am Samstag an den Komponisten Gottfried Lauterbach, der vor 25 Jahren gestorben ist.",
        True,
        [("duration", 90, "minute", None), ("duration", 25, "year", None)],
        None,
    ),
    (
        "de",
        "Lauterbach kam am 9. Juni 1921 in Chemnitz zur Welt und starb am 14. Juni 2000 in Leipzig.",
        True,
        [("date", "1921-06-09", None, None), ("date", "2000-06-14", None, None)],
        None,
    ),
    (
        "de",
        "Er schrieb nach Angaben seines Nachlassverwalters neun Sinfonien, vier Opern und mehr als 200 Lieder.",
        True,
        [("count", 9, None, None), ("count", 4, None, None), ("count", 200, None, "over")],
        None,
    ),
    (
        "de",
        "Von 1958 bis 1986 lehrte er an der Leipziger Musikhochschule, zu seinen Schülern zählten mehr als 70 Komponistinnen und Komponisten.",
        True,
        [("year", 1958, None, None), ("year", 1986, None, None), ("count", 70, None, "over")],
        None,
    ),
    (
        "de",
        "Beim Gedenkkonzert spielt das Gewandhausorchester seine zweite Sinfonie, teilte die Stadt mit.",
        True,
        [("ordinal", 2, None, None)],
        "die Stadt",
    ),
    (
        "de",
        "„Lauterbach ist zu Unrecht vergessen, er war der Schostakowitsch Sachsens“, sagte der Musikwissenschaftler Henning Brockhaus.",
        False,
        [],
        None,
    ),
    ("de", "Ob die geplante Gesamtausgabe seiner Werke je finanziert wird, ist offen.", False, [], None),
    # --- Former England batsman Illingworth-Shaw dies (PA) ---
    (
        "en",
        "LEEDS (PA) - Former England batsman Derek Illingworth-Shaw has died at the age of 89, Yorkshire County Cricket Club said.",
        True,
        [("duration", 89, "year", None)],
        "Yorkshire County Cricket Club",
    ),
    (
        "en",
        "Illingworth-Shaw played 41 Tests between 1958 and 1967, scoring 2,614 runs at an average of 38.4 with six centuries.",
        True,
        [
            ("count", 41, None, None),
            ("year", 1958, None, None),
            ("year", 1967, None, None),
            ("count", 2614, None, None),
            ("count", 38.4, None, None),
            ("count", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        "His highest Test score was 187 against Australia at Headingley in 1961.",
        True,
        [("count", 187, None, None), ("year", 1961, None, None)],
        None,
    ),
    (
        "en",
        "He captained Yorkshire for four seasons and won the County Championship twice.",
        True,
        [("count", 4, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "In 537 first-class matches he scored 31,208 runs, a club record until 1998, the club said.",
        True,
        [("count", 537, None, None), ("count", 31208, None, None), ("year", 1998, None, None)],
        "the club",
    ),
    ("en", "After retiring he spent 22 years as a radio commentator.", True, [("duration", 22, "year", None)], None),
    (
        "en",
        '"Derek batted as if he had all the time in the world, and usually he did," said former teammate Ray Cawthorne.',
        False,
        [],
        None,
    ),
    ("en", "Flags at Headingley were lowered to half-mast on Friday.", False, [], None),
    ("en", "He is survived by his wife, Patricia, and three daughters.", True, [("count", 3, None, None)], None),
    # --- Neuer Abt im Stift Admont (APA) ---
    (
        "de",
        "Admont (APA) - Der Benediktinerpater Severin Krautgartner ist am Samstag zum neuen Abt des Stiftes Admont gewählt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 51-Jährige setzte sich im dritten Wahlgang mit 17 von 26 Stimmen durch, teilte das Stift mit.",
        True,
        [
            ("duration", 51, "year", None),
            ("ordinal", 3, None, None),
            ("count", 17, None, None),
            ("count", 26, None, None),
        ],
        "das Stift",
    ),
    (
        "de",
        "Krautgartner ist der 68. Abt des 1074 gegründeten Klosters.",
        True,
        [("ordinal", 68, None, None), ("year", 1074, None, None)],
        None,
    ),
    (
        "de",
        "Er folgt auf Abt Benno Zechner, der nach 28 Jahren an der Spitze mit 77 Jahren zurückgetreten war.",
        True,
        [("duration", 28, "year", None), ("duration", 77, "year", None)],
        None,
    ),
    (
        "de",
        "Das Stift führt ein Gymnasium mit rund 640 Schülerinnen und Schülern und beschäftigt etwa 480 Menschen.",
        True,
        [("count", 640, None, "about"), ("count", 480, None, "about")],
        None,
    ),
    (
        "de",
        "„Ich habe großen Respekt vor dieser Aufgabe und vor meinen Mitbrüdern“, sagte Krautgartner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob er die umstrittenen Pläne für ein Hotel auf dem Stiftsgelände weiterverfolgt, blieb offen.",
        False,
        [],
        None,
    ),
    ("de", "Die feierliche Abtweihe ist für den 15. August geplant.", True, [("date", "--08-15", None, None)], None),
    # --- Rhondda choir marks its centenary (PA) ---
    (
        "en",
        "CARDIFF (PA) - A male voice choir formed by miners in the Rhondda in 1925 has marked its centenary with a concert for 1,800 people at St David's Hall.",
        True,
        [("year", 1925, None, None), ("count", 1800, None, None)],
        None,
    ),
    (
        "en",
        "The Cwm Tawel Male Voice Choir was founded by 14 colliers from the Ferndale pit and now has 62 members, the oldest aged 91.",
        True,
        [("count", 14, None, None), ("count", 62, None, None), ("duration", 91, "year", None)],
        None,
    ),
    ("en", "None of the current singers has ever worked underground, the choir's secretary said.", True, [], None),
    (
        "en",
        "At its peak in the 1950s the choir had more than 120 voices and toured the United States three times.",
        True,
        [("count", 120, None, "over"), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Membership fell to 19 in 2009, when the choir came close to folding, conductor Eirlys Pugh said.",
        True,
        [("count", 19, None, None), ("year", 2009, None, None)],
        "Eirlys Pugh",
    ),
    ("en", '"Singing is what we do instead of crying," said Pugh, 58.', False, [("duration", 58, "year", None)], None),
    (
        "en",
        "The centenary concert raised about 23,000 pounds for a hospice in Pontypridd.",
        True,
        [("money", 23000, "GBP", "about")],
        None,
    ),
    (
        "en",
        "Many in the audience were children and grandchildren of former members, and some wept during the final hymn.",
        False,
        [],
        None,
    ),
    # --- Drogeriekette-Gründer Eberhard Fäßler gestorben (dpa/lsw) ---
    ("de", "Ulm (dpa/lsw) - Der Gründer der Drogeriemarktkette Fäßler, Eberhard Fäßler, ist tot.", True, [], None),
    (
        "de",
        "Er starb am Dienstag im Alter von 90 Jahren in seinem Haus in Neu-Ulm, wie das Unternehmen am Mittwoch mitteilte.",
        True,
        [("duration", 90, "year", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Fäßler hatte 1962 in der Ulmer Hirschstraße einen ersten Laden mit 40 Quadratmetern Verkaufsfläche eröffnet.",
        True,
        [("year", 1962, None, None), ("ordinal", 1, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Heute betreibt das Familienunternehmen rund 1.350 Filialen in Deutschland und Österreich und beschäftigt knapp 19.000 Menschen.",
        True,
        [("count", 1350, None, "about"), ("count", 19000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Im vergangenen Geschäftsjahr setzte es 4,1 Milliarden Euro um.",
        True,
        [("money", 4100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Magazin „Forbes“ schätzte das Vermögen der Familie zuletzt auf 2,8 Milliarden Dollar.",
        True,
        [("money", 2800000000, "USD", None)],
        None,
    ),
    ("de", "„Mein Vater hat nie vergessen, wo er herkommt“, sagte Thomas Fäßler.", False, [], None),
    (
        "de",
        "„Er war ein Händler mit Leib und Seele, und er kannte viele von uns noch beim Vornamen“, sagte Betriebsratschefin Sabine Ostertag.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fäßler hinterlässt seine zweite Frau, drei Kinder und sieben Enkel.",
        True,
        [("ordinal", 2, None, None), ("count", 3, None, None), ("count", 7, None, None)],
        None,
    ),
    # --- Whitlock College names its 19th president (AP) ---
    (
        "en",
        "ASHFORD, Conn. (AP) — Marisol Etxeberria will become the 19th president of Whitlock College and the first woman to lead the school in its 187-year history, its board of trustees announced Monday.",
        True,
        [("ordinal", 19, None, None), ("ordinal", 1, None, None), ("duration", 187, "year", None)],
        None,
    ),
    (
        "en",
        "Etxeberria, 56, is provost at the University of New Mexico, where she has worked since 2011.",
        True,
        [("duration", 56, "year", None), ("year", 2011, None, None)],
        None,
    ),
    (
        "en",
        "She was chosen unanimously by the 31-member board after a search that drew 212 applicants, the college said.",
        True,
        [("count", 31, None, None), ("count", 212, None, None)],
        "the college",
    ),
    (
        "en",
        "She takes office on Oct. 1 with a base salary of $695,000, according to the college.",
        True,
        [("date", "--10-01", None, None), ("money", 695000, "USD", None)],
        "the college",
    ),
    (
        "en",
        "Whitlock, founded in 1838, has about 2,900 undergraduates.",
        True,
        [("year", 1838, None, None), ("count", 2900, None, "about")],
        None,
    ),
    (
        "en",
        "Her predecessor, Thomas Galloway, stepped down in March after 14 years in the post.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "en",
        '"I\'m the daughter of a Basque shepherd who never finished school, so this one is for him," Etxeberria said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Faculty leaders said they hoped she would rebuild trust after two years of budget cuts.",
        False,
        [("duration", 2, "year", None)],
        None,
    ),
    # --- Hundert Jahre Standseilbahn auf die Axalp (Keystone-SDA) ---
    (
        "de",
        "Brienz (Keystone-SDA) - Mit einer Hundertjahrfeier hat die Standseilbahn auf die Axalp am Samstag ihr Jubiläum begangen.",
        True,
        [("duration", 100, "year", None)],
        None,
    ),
    (
        "de",
        "Die Bahn war am 12. September 1925 nach knapp 22 Monaten Bauzeit eröffnet worden.",
        True,
        [("date", "1925-09-12", None, None), ("duration", 22, "month", "nearly")],
        None,
    ),
    (
        "de",
        "Sie überwindet auf einer Strecke von 1'630 Metern einen Höhenunterschied von 612 Metern.",
        True,
        [("count", 1630, None, None), ("count", 612, None, None)],
        None,
    ),
    (
        "de",
        "Seit der Eröffnung hat sie nach Schätzung der Betreiberin rund 9,5 Millionen Fahrgäste befördert.",
        True,
        [("count", 9500000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Sanierung im Jahr 2011 kostete 14,2 Millionen Franken, der Kanton Bern trug rund ein Drittel davon.",
        True,
        [("year", 2011, None, None), ("money", 14200000, "CHF", None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "«Ohne die Bahn wäre das Dorf da oben längst ausgestorben», sagte ein 74-jähriger Anwohner.",
        False,
        [("duration", 74, "year", None)],
        None,
    ),
    (
        "de",
        "Zum Jubiläum fahren am Sonntag alle Gäste gratis, teilte die Betreiberin mit.",
        True,
        [],
        "die Betreiberin",
    ),
    # --- Designer Vittoria Castellanza dies (Reuters) ---
    (
        "en",
        "MILAN, Sept 18 (Reuters) - Italian designer Vittoria Castellanza, who turned her grandmother's knitting workshop into a global luxury brand, has died at 83, her company said on Thursday.",
        True,
        [("date", "--09-18", None, None), ("duration", 83, "year", None)],
        None,
    ),
    (
        "en",
        "Castellanza was born in Biella in 1942 and opened her first boutique in Milan's Via della Spiga in 1969.",
        True,
        [("year", 1942, None, None), ("ordinal", 1, None, None), ("year", 1969, None, None)],
        None,
    ),
    (
        "en",
        "Castellanza SpA had revenue of 1.46 billion euros last year and runs 212 stores in 38 countries, the company said.",
        True,
        [("money", 1460000000, "EUR", None), ("count", 212, None, None), ("count", 38, None, None)],
        "the company",
    ),
    (
        "en",
        "She sold a 35% stake to a Paris-based investment fund in 2006 but kept creative control until 2019.",
        True,
        [("percent", 35, "%", None), ("year", 2006, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "Shares in the company, listed in Milan since 2014, fell 1.2% on Thursday.",
        True,
        [("year", 2014, None, None), ("percent", 1.2, "%", None)],
        None,
    ),
    ("en", '"She taught the world that wool could be sexy," fashion critic Lucia Bramante said.', False, [], None),
    (
        "en",
        "Guests at Milan Fashion Week stood for a minute's silence before the first show of the day.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "She is survived by her son, Andrea, who has run the company as chief executive since 2019.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    # --- Erste Landespolizeidirektorin in Salzburg (APA) ---
    (
        "de",
        "Salzburg (APA) - Die Juristin Birgit Wallmannsberger wird neue Landespolizeidirektorin von Salzburg.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Innenministerium bestellte die 48-Jährige am Montag für fünf Jahre, wie ein Sprecher mitteilte.",
        True,
        [("duration", 48, "year", None), ("duration", 5, "year", None)],
        "ein Sprecher",
    ),
    (
        "de",
        "Wallmannsberger ist die erste Frau, die die Salzburger Polizei führt.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Sie war seit 2017 Stellvertreterin ihres Vorgängers Franz Ruprechtshofer, der Ende September mit 65 Jahren in Pension ging.",
        True,
        [("year", 2017, None, None), ("duration", 65, "year", None)],
        None,
    ),
    (
        "de",
        "Der Landespolizeidirektion unterstehen rund 1.900 Polizistinnen und Polizisten in 73 Inspektionen.",
        True,
        [("count", 1900, None, "about"), ("count", 73, None, None)],
        None,
    ),
    (
        "de",
        "Um den Posten hatten sich nach APA-Informationen sieben Personen beworben, drei kamen in die engere Wahl.",
        True,
        [("count", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Die Personalvertretung sprach von einer „überfälligen Entscheidung“.", False, [], None),
    ("de", "„Ich will eine Polizei, die man anruft, bevor etwas passiert“, sagte Wallmannsberger.", False, [], None),
    # --- Maine's oldest resident dies at 111 (AP) ---
    (
        "en",
        "PORTLAND, Maine (AP) — Ada Thibodeau, believed to be the oldest person in Maine, has died 12 days after her 111th birthday, her nursing home said.",
        True,
        [("duration", 12, "day", None), ("ordinal", 111, None, None)],
        None,
    ),
    (
        "en",
        "Thibodeau was born on Oct. 9, 1914, in a farmhouse in Aroostook County, weeks after the start of the First World War.",
        True,
        [("date", "1914-10-09", None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "She worked for 38 years as a telephone switchboard operator and retired in 1976, administrator Paula Grenier said.",
        True,
        [("duration", 38, "year", None), ("year", 1976, None, None)],
        "Paula Grenier",
    ),
    (
        "en",
        "She outlived her husband, who died in 1981, and both of her children.",
        True,
        [("year", 1981, None, None)],
        None,
    ),
    (
        "en",
        "The LongeviQuest database lists her as the fourth-oldest living person in the United States.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Her secret was a spoonful of molasses a day and minding her own business," her grandnephew said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "She is survived by nine grandchildren, 17 great-grandchildren and four great-great-grandchildren.",
        True,
        [("count", 9, None, None), ("count", 17, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Schriftstellerin Marlene Osterkamp gestorben (dpa) ---
    ("de", "Berlin (dpa) - Die Schriftstellerin Marlene Osterkamp ist tot.", True, [], None),
    (
        "de",
        "Sie starb am Freitag nach langer Krankheit im Alter von 87 Jahren in Berlin, wie ihr Verlag am Samstag mitteilte.",
        True,
        [("duration", 87, "year", None)],
        None,
    ),
    (
        "de",
        "Osterkamp wurde 1938 in Stettin geboren und kam nach dem Krieg als Siebenjährige mit ihrer Mutter nach Rostock.",
        True,
        [("year", 1938, None, None), ("duration", 7, "year", None)],
        None,
    ),
    (
        "de",
        "Ihr erster Roman „Das Haus am Haff“ erschien 1966 und wurde in 24 Sprachen übersetzt.",
        True,
        [("ordinal", 1, None, None), ("year", 1966, None, None), ("count", 24, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt veröffentlichte sie 17 Romane und sechs Erzählbände, die sich nach Angaben des Verlags mehr als vier Millionen Mal verkauften.",
        True,
        [("count", 17, None, None), ("count", 6, None, None), ("count", 4000000, None, "over")],
        "der Verlag",
    ),
    (
        "de",
        "1984 siedelte sie nach West-Berlin über, nachdem ihr die DDR-Behörden zwei Jahre lang die Ausreise verweigert hatten.",
        True,
        [("year", 1984, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Kritiker nannten sie einst die „leise Chronistin des Ostens“.", False, [], None),
    (
        "de",
        "„Sie hat die Sprache der Vertriebenen gefunden, ohne je bitter zu werden“, sagte Verlegerin Ruth Anselm.",
        False,
        [],
        None,
    ),
    ("de", "Der Nachlass gehe an das Deutsche Literaturarchiv in Marbach, sagte Anselm.", True, [], "Anselm"),
    (
        "de",
        "Osterkamp war seit 1971 mit dem Maler Jürgen Kahle verheiratet, der 2016 starb.",
        True,
        [("year", 1971, None, None), ("year", 2016, None, None)],
        None,
    ),
    # --- Nuremberg trials, 80 years on (Reuters) ---
    (
        "en",
        "NUREMBERG, Germany, Nov 20 (Reuters) - Judges, diplomats and descendants of prosecutors gathered in Courtroom 600 on Thursday to mark 80 years since the opening of the Nuremberg trials.",
        True,
        [("date", "--11-20", None, None), ("duration", 80, "year", None)],
        None,
    ),
    (
        "en",
        "The two-hour ceremony drew about 350 guests from 23 countries, the city of Nuremberg said.",
        True,
        [("duration", 2, "hour", None), ("count", 350, None, "about"), ("count", 23, None, None)],
        "the city of Nuremberg",
    ),
    (
        "en",
        "Among them was 98-year-old Harold Fensome, who at 18 carried documents for the British prosecution team.",
        True,
        [("duration", 98, "year", None), ("duration", 18, "year", None)],
        None,
    ),
    (
        "en",
        '"I was a boy running errands, but I knew I was watching history being written," Fensome said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fensome is one of only two members of the British delegation still alive, according to the Foreign Office.",
        True,
        [("count", 2, None, None)],
        "the Foreign Office",
    ),
    (
        "en",
        "The courtroom, now part of a memorial museum, receives about 110,000 visitors a year, according to the museum.",
        True,
        [("count", 110000, None, "about")],
        "the museum",
    ),
    (
        "en",
        "Several speakers warned that the principles laid down at Nuremberg were under greater strain than at any time since.",
        False,
        [],
        None,
    ),
    # --- Skirennläuferin Rosalinde Hechenberger gestorben (APA) ---
    (
        "de",
        "Innsbruck (APA) - Die frühere Skirennläuferin Rosalinde Hechenberger ist im Alter von 82 Jahren gestorben.",
        True,
        [("duration", 82, "year", None)],
        None,
    ),
    (
        "de",
        "Sie sei nach kurzer, schwerer Krankheit in Innsbruck gestorben, teilte der Österreichische Skiverband am Montag mit.",
        True,
        [],
        "der Österreichische Skiverband",
    ),
    (
        "de",
        "Die zweifache Weltmeisterin gewann zwischen 1967 und 1972 elf Weltcuprennen, sieben davon in der Abfahrt.",
        True,
        [
            ("count", 2, None, None),
            ("year", 1967, None, None),
            ("year", 1972, None, None),
            ("count", 11, None, None),
            ("count", 7, None, None),
        ],
        None,
    ),
    (
        "de",
        "Bei den Olympischen Spielen 1968 in Grenoble verpasste sie als Vierte eine Medaille um 14 Hundertstel.",
        True,
        [("year", 1968, None, None), ("ordinal", 4, None, None), ("duration", 0.14, "second", None)],
        None,
    ),
    (
        "de",
        "Nach ihrer Karriere führte sie 31 Jahre lang eine Skischule in Seefeld.",
        True,
        [("duration", 31, "year", None)],
        None,
    ),
    ("de", "1971 wurde sie in Österreich zur Sportlerin des Jahres gewählt.", True, [("year", 1971, None, None)], None),
    (
        "de",
        "„Sie ist gefahren, als gäbe es keine Kurven“, sagte ihre frühere Teamkollegin Gertraud Hofherr.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wer sich von Hechenberger verabschieden möchte, kann sich ab Mittwoch im Gemeindeamt Seefeld in ein Kondolenzbuch eintragen.",
        False,
        [],
        None,
    ),
    # --- Helvetica Re names new chief executive (Reuters) ---
    (
        "en",
        "ZURICH, Dec 2 (Reuters) - Swiss reinsurer Helvetica Re on Tuesday named Dutch-born actuary Maarten Verhoeven as chief executive, the group's third CEO since its founding in 1987.",
        True,
        [("date", "--12-02", None, None), ("ordinal", 3, None, None), ("year", 1987, None, None)],
        None,
    ),
    (
        "en",
        "Verhoeven, 53, has run the group's Asian business since 2019 and takes over on March 1.",
        True,
        [("duration", 53, "year", None), ("year", 2019, None, None), ("date", "--03-01", None, None)],
        None,
    ),
    (
        "en",
        "He succeeds Beat Zollinger, 64, who steps down after 12 years as CEO.",
        True,
        [("duration", 64, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Verhoeven will receive a fixed salary of 1.6 million Swiss francs a year, the company said in a statement.",
        True,
        [("money", 1600000, "CHF", None)],
        "the company",
    ),
    (
        "en",
        "Helvetica Re shares were up 2.3% by 1015 GMT, outperforming a 0.4% gain for the European insurance sector.",
        True,
        [("percent", 2.3, "%", None), ("percent", 0.4, "%", None)],
        None,
    ),
    (
        "en",
        "The group employs about 4,300 people and wrote $9.8 billion in premiums last year.",
        True,
        [("count", 4300, None, "about"), ("money", 9800000000, "USD", None)],
        None,
    ),
    ("en", '"Maarten has exactly the calm head this job needs," Chairman Urs Wyler said.', False, [], None),
    ("en", "Analysts said the choice signalled continuity rather than a change of strategy.", False, [], None),
]
