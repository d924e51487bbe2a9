"""Thirtieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real names such as "Egon Schiele", "Claude Monet", "Edgar
Degas", "Bayer Leverkusen", "VfB Stuttgart", "Sotheby's", "Dorotheum", "Swiss Indoors",
"West Yorkshire Police", "ABARES" or "Audit Scotland" stand for the way wire copy writes
them; what is said, sold and counted here is invented).

Its weight: an ordinary regional and business news day as German-language and
English-language wire and local copy writes it, not special cases - half German (APA, dpa,
Keystone-SDA, AWP; Austrian "heuer", "Jänner", "mit 1. Jänner", "Lenker", "Taferlklassler",
"Bildungsdirektion", German usage, Swiss "ss", "Franken", "Spital", "41'870", «» quotes,
German „“ quotes) and half English (PA, AP, AAP, PTI, Reuters; UK, US, Australian and
Indian usage: "£1.2bn", "£38.5m", "47.5p", "Rs 6,140 crore", "3.4 lakh", "Jan. 3",
"11.30pm", "8 a.m."), told as 32 short stories in story order: a dateline lead,
background, figures, attribution, a quote, a closing line. 16 German stories: a fatal
crash on the B1, the Linz city budget, job cuts at a car supplier, a transport warning
strike, the wine harvest after frost and hail, a cantonal hospital's accounts, the school
start in Vienna, a Bundesliga match, the World Cup giant slalom in Sölden, the Swiss
Indoors in Basel, the Bregenz Festival's visitor figures, a Schiele auction in the
Dorotheum, a sleep study, a house fire in Zurich, a Swiss chocolate maker's half-year and
a state constitution passed by two-thirds; 16 English stories: a stabbing in Leeds, a house
fire in Sydney, an interstate pileup in Wisconsin, the Bristol council budget, an Indian IT
firm's quarter, store closures and job cuts at a British retailer, a nurses' strike in
Queensland, Australia's wheat harvest, Scottish A&E figures, Chicago school enrollment, a
cricket Test in Ahmedabad, a Six Nations match, the Edinburgh Fringe, a Monet auction, a
walking study and hail damage to crops in Maharashtra. Attribution in the common forms
("sagte X", "laut X", "wie X mitteilte", "teilte X mit", "nach Angaben der X", "so X",
"X zufolge", Konjunktiv I paraphrase; "said", "X said ..." opening the sentence, "told
reporters", "according to"). Numbers as such copy has them: digits with German grouping
and decimal comma, Swiss grouping, "Mio.", "Mrd.", "Prozentpunkte", number words
("zweieinhalb", "zwölfeinhalb", "zwölf Hundertstel", "Dutzende", "ein Viertel", "ein
Drittel", "Gut ein Viertel", "Fast die Hälfte", "etwa jede fünfte"), compounds
("19-jährig", "dreijährig", "zwölfminütig", "Fünfjahresschnitt", "zehnfach",
"Zweidrittelmehrheit", "Weltranglistenfünfter", "zweithöchste", "two-storey",
"two-match", "third-largest", "second-quarter"), "a third", "half a million dollars",
"a two-thirds majority", "fourfold", "more than four times", "two-thirds of their value",
lakh and crore, ages, ordinals, dates, years, hedges ("rund", "knapp", "fast", "gut",
"mehr als", "mindestens", "weniger als", "about", "around", "almost", "nearly", "more
than", "over", "at least", "up to", "less than", "an estimated", "Above").

232 rows (122 German, 110 English), 53 negatives (28 German, 25 English), 179 check-worthy
rows of which 17 carry no figure (11 German, 6 English), 308 expected quantities (108
counts, 48 durations, 39 amounts of money, 38 percentages, 32 ordinals, 18 fractions, 16
years, 9 dates; 5 of them in negatives), 35 checked speakers (18 German, 17 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; the others are new here):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Die
  Arbeitgeber hätten bisher 5,5 Prozent ... angeboten, sagte Verdi-Verhandlungsführerin
  Carola Thiel." -> "Carola Thiel").
- New: "mit zwölf Hundertstel Vorsprung" in a race result is a duration of 0.12 seconds
  ("Hundertstel" there are hundredths of a second, as "0,47 Sekunden Rückstand" is 0.47
  seconds in the same story and "0,31 Sekunden" in the twenty-seventh batch).
- New: "zehnfach höher" is count 10 "times", as "tenfold" (twenty-second batch) and
  "fourfold" (seventeenth); "fast das Doppelte der oberen Schätzung" is count 2 "times"
  with "nearly", the noun read as "fast doppelt so viele" (twelfth and sixteenth);
  "more than four times the price" count 4 "times" with "over" (fifteenth); "mehr als
  verdreifacht" none (a verb, twenty-third).
- "Fünfjahresschnitt" is a duration of 5 years, as "Zehnjahreshoch" (fifteenth batch).
- "Zweidrittelmehrheit" and "a two-thirds majority" are 0.6667 (seventeenth batch);
  "two-thirds of their value" 0.6667; "um ein Viertel weniger" and "a quarter below
  average" 0.25 (a share before a comparative, twenty-fourth batch and the third-batch
  fix); "less than a quarter mile" 0.25 with "under", as "less than half"; "Gut ein
  Viertel" 0.25 with "over"; "etwa jede fünfte" 0.2 with "about", as "rund jede siebte".
- New: "an Nummer drei gesetzten" is ordinal 3, as "who was seeded second" (twenty-fourth
  batch); "den Weltranglistenfünften" ordinal 5, as "Weltranglistenerster"; "im Halbfinal"
  carries no quantity (the name of a round); "in der Runde der letzten vier" count 4;
  "second-largest", "third-largest", "zweithöchste" ordinals, as "second-highest".
- "Die Partie dauerte eine Stunde und 52 Minuten." gives only 52 minutes (fifth and ninth
  batches: a unit with an article and no figure counts only its figure); "in a fortnight",
  "almost an hour", "the year to March" none; "in the 12 months to March" 12 months, as "in
  the 24 hours to" (twenty-sixth); "down from 61 five years ago" 5 years, as "four days
  ago"; "over the next two years" and "a 15% pay rise over three years" durations with no
  hedge (twenty-fifth and twenty-seventh); "over the past four days" 4 days with none, as
  "over the past two weeks" (twenty-eighth); "over the festival's 25 days" 25 days, as "the
  five days of the match" (twentieth); "alle sechs Jahre", "alle fünf Jahre" durations, as
  "every four minutes" (fifteenth).
- New: "Participants were followed for a median of 6.2 years." is 6.2 years with no hedge,
  as "an average of" and "im Schnitt" (earlier batches); "im Schnitt zwölfeinhalb Jahre"
  12.5 years; "im Alter von 40 bis 69 Jahren" two ages (twenty-first); "sieben bis acht
  Stunden" two durations, the unit written once.
- New: "Six Nations" is a tournament's name and "Interstate 94" a road's, identifiers with
  no quantity, as "Nasdaq 100", "B1" and "M25" (earlier batches); "quoting log 1842" is a
  reference number and "101" a telephone number (twentieth), no quantity; "Band D", "SIX"
  none; clock times ("kurz nach 2 Uhr", "10.00 Uhr", "11.30pm", "8 a.m.") none; scores
  ("3:1", "7:6 (7:4), 6:4", "34-13", "1-0") none.
- New: "16 fours and three sixes" is counts 16 and 3 ("fours" and "sixes" name boundary
  strokes and are no figures); "318 for four" counts 318 and 4, as "five for 41"
  (twenty-eighth); "an unbeaten 142", "a stand of 187", "made 78", "211 balls" counts;
  "his fifth Test century", "the second Test", "for the third wicket" ordinals; "the
  two-match series" and "the two-storey home" count 2 (a number word counting the parts
  of a compound, as "the five-match series", twentieth).
- "3.4 lakh" is 340,000 and "6 lakh" 600,000, "2.8 lakh hectares" 280,000 (twelfth and
  twentieth batches); "Rs 6,140 crore" 6.14e10 INR, "Rs 41,300 crore" 4.13e11 INR, "Rs
  1,350 crore" 1.35e10 INR (fifteenth); "47.5p" 0.475 GBP; "Half a million dollars" 500,000
  USD, as "half a million" (fifteenth); "2,1 Millionen Hektolitern", "4.800 Hektar",
  "1,4 Promille", "34.1 million metric tons", "30 miles", "8 inches" counts (physical
  units, fourth and tenth batches).
- Ages are durations in years ("19-jährige", "20-jähriger", "ein dreijähriges Kind", "Die
  26-Jährige", "Der 22-Jährige", "a 17-year-old boy", "aged 16", "The woman, 41,", "aged
  six and nine", "The 25-year-old", "farmer Dnyaneshwar Shinde, 47" in a negative).
- Hedges: "rund", "etwa", "about", "around", "an estimated" "about"; "knapp", "fast",
  "Fast", "nearly", "almost" "nearly"; "mehr als", "More than", "more than", "over" before
  a figure, "Above", "Gut" "over"; "weniger als", "less than" "under"; "mindestens", "at
  least" "at_least"; "Up to", "up to" "up_to"; "bereits", "Just", "im Schnitt", "a median
  of", "a total of" no hedge.
- Dates: "mit 1. Jänner" is --01-01 (twelfth and twenty-second batches); "für den 18. und
  19. Februar" two dates (twenty-first); datelines with a day ("BENGALURU, Oct 16
  (Reuters)") dates without a year; "Jan. 3" a date; "seit Jänner 2023", "seit Anfang
  2023", "bis Ende 2027" the year; "Ende April", "im Juli", "this fall", "heuer" none.
- Check-worthy without a figure: a crash's and a race's outcome, a vote's split, a union's
  stated resistance, a demonstration of "Dutzende" (a vague magnitude, fifth batch), a
  cause of a fire given by the fire service, a journal publication, a vague damage estimate
  ("mehrere hunderttausend Franken", fifteenth), a fixed next step ("Ireland travel to
  Twickenham ... in a fortnight."), a procedure ("Eine Volksabstimmung ... ist nicht
  vorgesehen."); new: "State troopers said many of the drivers involved had been traveling
  too fast ..." is check-worthy (the police's account of an event's cause, not an
  assessment of policy), speaker unchecked (a plural group).
- Negatives, as an ordinary day's copy has them: quoted opinion and feeling with a named
  speaker (a mayor, a party whip, a works council head, a union negotiator, a wine
  growers' president, a hospital chairman, an education councillor, a coach, a winning
  skier, a tennis player, a festival director, an auction expert, a study leader, a chief
  executive, a detective, a fire superintendent, a council leader, a nurse, a farmer, a
  grain grower, a health spokeswoman, a school board member, a batsman, a rugby coach, a
  comedian, an art adviser, a lead author), a body's catchword ("called the budget "a tax
  on the squeezed middle""), a minister's verdict with an appeal ("said the offer was fair
  and urged the union to return ..."), an assessment of a vintage ("verspricht ...
  ausgezeichnet zu werden", its ordinal labelled), a union's warning without substance,
  scene-setting colour ("Im Zielraum herrschte ausgelassene Volksfeststimmung.", "The
  atmosphere inside the ground was electric from the first whistle." with its ordinal
  labelled), open questions and what is not yet known ("Ob ...", "ist offen", "Whether
  ...", "It remains unclear ...", "Die Brandursache ist noch unklar.", fifteenth and
  twenty-seventh batches), appeals and advice ("Die Polizei appelliert ...", "Pendler
  sollten ...", "Die Polizei rät ...", "Residents are urged ...", "Anyone with information
  ..."), a witness's "It was a miracle ...", a study's caveat without a figure (twenty-third
  batch) and, new here, outlooks phrased as hope without a figure ("Die Winzer hoffen ...",
  "Die Festspiele hoffen ...", "Man hoffe, ..., hiess es.", "Organisers hope next year's
  80th anniversary edition ..." with its ordinal labelled): a hope commits to nothing an
  editor could check, unlike a target with a figure (twenty-third batch).
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Finanzstadträtin", "Vorstandschef", "Verdi-Verhandlungsführerin", "Direktor",
  "Studienleiterin", "Konzernchef", "Chief Executive", "Health Secretary", "Agriculture
  Minister"), a phrase after the name too ("an der Bilanzmedienkonferenz"); "laut Polizei"
  -> "Polizei" and "Laut Bildungsdirektion" -> "Bildungsdirektion" as written; "teilte die
  Landespolizeidirektion / die Landwirtschaftskammer / die Bildungsdirektion / die
  Festspielleitung / die Stadtpolizei Zürich / die Landtagsdirektion mit", "wie das
  Unternehmen / das Auktionshaus mitteilte", "nach Angaben der Hagelversicherung" the source
  with its article in the nominative (as "nach Angaben der Feuerwehr", twenty-third); "X
  said" at the end with the article in lower case ("the council", "the company", "the
  union", "the district", "the auction house", "the ONS", "the National Weather Service",
  "the Edinburgh Festival Fringe Society"); "West Yorkshire Police said", "NSW Ambulance
  said", "Fire and Rescue NSW said ..." opening the sentence, "according to Queensland
  Health / ABARES / Audit Scotland" as written. Left unchecked (None): "nach Angaben der
  Ermittler" and "nach Angaben der Verkehrsbetriebe" (plural groups, twenty-fifth), "wie
  das Spital mitteilte" and, new, "so die Stadt" (descriptions for the body named before,
  as "nach Angaben des Spitals" in the twenty-seventh), "einer Studie zufolge", "hiess es",
  "authorities said", "State troopers said", "officials said", "organisers said", "the
  authors said", "the government's agricultural forecaster said" (a description),
  "Public Health Scotland figures showed", "district data ... shows", "a study ... found",
  "it said" and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_30 = [
    # === German =================================================================================
    # --- Verkehrsunfall (APA) -----------------------------------------------------------------
    ("de", "St. Pölten (APA) - Bei einem Verkehrsunfall auf der B1 bei Melk sind in der Nacht auf Sonntag zwei junge Männer ums Leben gekommen.", True,
     [("count", 2, None, None)], None),
    ("de", "Der 19-jährige Lenker war laut Polizei mit seinem Pkw in einer Linkskurve von der Fahrbahn abgekommen und gegen einen Baum geprallt.", True,
     [("duration", 19, "year", None)], "Polizei"),
    ("de", "Sein 20-jähriger Beifahrer starb noch an der Unfallstelle, ein dritter Insasse wurde mit schweren Verletzungen ins Universitätsklinikum geflogen.", True,
     [("duration", 20, "year", None), ("ordinal", 3, None, None)], None),
    ("de", "Ein Alkotest beim Lenker ergab nach Angaben der Ermittler 1,4 Promille.", True,
     [("count", 1.4, None, None)], None),
    ("de", "Die Bundesstraße war für die Bergung zweieinhalb Stunden lang gesperrt.", True,
     [("duration", 2.5, "hour", None)], None),
    ("de", "Seit Jahresbeginn starben auf Niederösterreichs Straßen damit bereits 87 Menschen, um 14 weniger als im Vorjahreszeitraum, teilte die Landespolizeidirektion mit.", True,
     [("count", 87, None, None), ("count", 14, None, None)], "die Landespolizeidirektion"),
    ("de", "„Es ist einfach unfassbar, die beiden waren so lebensfrohe Burschen“, sagte der Bürgermeister der Heimatgemeinde, Franz Aigner.", False, [], None),
    ("de", "Die Polizei appelliert an junge Lenker, sich nach dem Fortgehen nicht mehr ans Steuer zu setzen.", False, [], None),
    # --- Gemeindebudget Linz (APA) ------------------------------------------------------------
    ("de", "Linz (APA) - Der Linzer Gemeinderat hat am Donnerstag den Voranschlag für 2026 beschlossen, der Ausgaben von 1,14 Mrd. Euro vorsieht.", True,
     [("year", 2026, None, None), ("money", 1140000000, "EUR", None)], None),
    ("de", "Im Budget klafft ein Abgang von 38,6 Mio. Euro, nach 52,1 Mio. Euro heuer.", True,
     [("money", 38600000, "EUR", None), ("money", 52100000, "EUR", None)], None),
    ("de", "Die Stadt investiert im kommenden Jahr rund 145 Millionen Euro, ein Viertel davon in Schulen und Kindergärten, sagte Finanzstadträtin Doris Lehner.", True,
     [("money", 145000000, "EUR", "about"), ("fraction", 0.25, None, None)], "Doris Lehner"),
    ("de", "Der Schuldenstand steigt bis Ende 2026 auf 1,32 Mrd. Euro, so die Stadt.", True,
     [("year", 2026, None, None), ("money", 1320000000, "EUR", None)], None),
    ("de", "Die Gebühren für Wasser und Kanal werden mit 1. Jänner um 4,5 Prozent angehoben.", True,
     [("date", "--01-01", None, None), ("percent", 4.5, "%", None)], None),
    ("de", "Für den Voranschlag stimmten SPÖ, ÖVP und Grüne, FPÖ und Neos stimmten dagegen.", True, [], None),
    ("de", "„Dieses Budget ist ein Blindflug auf Kosten unserer Kinder“, sagte FPÖ-Klubobmann Gerhard Kainz.", False, [], None),
    ("de", "Ob die Stadt ohne neue Kredite durch das nächste Jahr kommt, ist mehr als fraglich.", False, [], None),
    # --- Stellenabbau Autozulieferer (dpa) ----------------------------------------------------
    ("de", "Stuttgart (dpa) - Der Autozulieferer Brenzbach streicht in Deutschland bis Ende 2027 rund 2.400 Stellen, etwa jede fünfte.", True,
     [("year", 2027, None, None), ("count", 2400, None, "about"), ("fraction", 0.2, None, "about")], None),
    ("de", "Betroffen sind vor allem die Werke in Heilbronn und Schwäbisch Hall, wie das Unternehmen am Dienstag mitteilte.", True,
     [], "das Unternehmen"),
    ("de", "Die Erlöse gingen in den ersten neun Monaten um 8,3 Prozent auf 4,7 Mrd. Euro zurück.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 8.3, "%", None), ("money", 4700000000, "EUR", None)], None),
    ("de", "Netto schrieb der Konzern rote Zahlen von 212 Mio. Euro, nachdem er ein Jahr zuvor noch 96 Mio. Euro verdient hatte.", True,
     [("money", 212000000, "EUR", None), ("money", 96000000, "EUR", None)], None),
    ("de", "Die Kosten sollen bis 2028 um 600 Millionen Euro jährlich sinken, sagte Vorstandschef Ralf Mössner.", True,
     [("year", 2028, None, None), ("money", 600000000, "EUR", None)], "Ralf Mössner"),
    ("de", "Die IG Metall will die Pläne nicht hinnehmen und droht mit Protesten an allen Standorten.", True, [], None),
    ("de", "„Die Beschäftigten zahlen die Zeche für jahrelange Managementfehler“, sagte Betriebsratschef Uwe Stahl.", False, [], None),
    ("de", "Die Aktie verlor im Frankfurter Handel zeitweise mehr als elf Prozent.", True,
     [("percent", 11, "%", "over")], None),
    # --- Warnstreik im Nahverkehr (dpa) -------------------------------------------------------
    ("de", "Berlin (dpa) - Mit einem ganztägigen Warnstreik hat die Gewerkschaft Verdi am Montag den Nahverkehr in mehreren Großstädten weitgehend lahmgelegt.", True, [], None),
    ("de", "Allein in Berlin blieben nach Angaben der Verkehrsbetriebe rund 1.500 Busse sowie sämtliche U- und Straßenbahnen in den Depots.", True,
     [("count", 1500, None, "about")], None),
    ("de", "Verdi fordert für die rund 90.000 Beschäftigten der kommunalen Verkehrsunternehmen 8 Prozent mehr Lohn, mindestens aber 350 Euro im Monat.", True,
     [("count", 90000, None, "about"), ("percent", 8, "%", None), ("money", 350, "EUR", "at_least")], None),
    ("de", "Die Arbeitgeber hätten bisher 5,5 Prozent in drei Stufen bei einer Laufzeit von 27 Monaten angeboten, sagte Verdi-Verhandlungsführerin Carola Thiel.", True,
     [("percent", 5.5, "%", None), ("count", 3, None, None), ("duration", 27, "month", None)], "Carola Thiel"),
    ("de", "Vor dem Roten Rathaus demonstrierten Dutzende Beschäftigte mit Trillerpfeifen und Fahnen.", True, [], None),
    ("de", "Die dritte Verhandlungsrunde ist für den 18. und 19. Februar in Potsdam angesetzt.", True,
     [("ordinal", 3, None, None), ("date", "--02-18", None, None), ("date", "--02-19", None, None)], None),
    ("de", "„Die Geduld der Kolleginnen und Kollegen ist am Ende“, sagte Thiel vor den Streikenden.", False, [], None),
    ("de", "Pendler sollten sich auf weitere Ausstände einstellen und, wo möglich, auf das Rad umsteigen.", False, [], None),
    # --- Weinernte (APA) ----------------------------------------------------------------------
    ("de", "Wien (APA) - Die österreichischen Winzer rechnen heuer mit einer Weinernte von rund 2,1 Millionen Hektolitern.", True,
     [("count", 2100000, None, "about")], None),
    ("de", "Das wären um ein Viertel weniger als im Vorjahr und deutlich unter dem Fünfjahresschnitt, teilte die Landwirtschaftskammer mit.", True,
     [("fraction", 0.25, None, None), ("duration", 5, "year", None)], "die Landwirtschaftskammer"),
    ("de", "Grund sind ein später Frost Ende April und schwere Hagelunwetter im Juli, die vor allem im Weinviertel Schäden anrichteten.", True, [], None),
    ("de", "In der Steiermark wurden nach Angaben der Hagelversicherung rund 4.800 Hektar Weingärten beschädigt.", True,
     [("count", 4800, None, "about")], "die Hagelversicherung"),
    ("de", "Der Gesamtschaden in der heimischen Landwirtschaft beläuft sich heuer auf 260 Millionen Euro.", True,
     [("money", 260000000, "EUR", None)], None),
    ("de", "Qualitativ verspricht der Jahrgang nach ersten Verkostungen ausgezeichnet zu werden.", False,
     [("ordinal", 1, None, None)], None),
    ("de", "„Für viele kleine Familienbetriebe geht es heuer ums nackte Überleben“, sagte Weinbaupräsident Johannes Gruber.", False, [], None),
    ("de", "Die Winzer hoffen nun auf einen milden, trockenen Herbst für die späten Sorten.", False, [], None),
    # --- Kantonsspital (Keystone-SDA) ---------------------------------------------------------
    ("de", "Aarau (Keystone-SDA) - Das Kantonsspital Aarau hat 2024 einen Verlust von 38,5 Millionen Franken geschrieben.", True,
     [("year", 2024, None, None), ("money", 38500000, "CHF", None)], None),
    ("de", "Im Vorjahr hatte das Defizit noch 61 Mio. Franken betragen, wie das Spital am Mittwoch mitteilte.", True,
     [("money", 61000000, "CHF", None)], None),
    ("de", "Die Zahl der stationär behandelten Patientinnen und Patienten stieg um 3,4 Prozent auf 41'870.", True,
     [("percent", 3.4, "%", None), ("count", 41870, None, None)], None),
    ("de", "Die durchschnittliche Aufenthaltsdauer sank auf 5,2 Tage.", True,
     [("duration", 5.2, "day", None)], None),
    ("de", "Der Personalbestand wuchs um 120 auf rund 5300 Vollzeitstellen, sagte Direktor Andreas Kühne an der Bilanzmedienkonferenz.", True,
     [("count", 120, None, None), ("count", 5300, None, "about")], "Andreas Kühne"),
    ("de", "Der Kanton hatte dem Spital im Frühling eine Finanzspritze von 240 Mio. Franken gewährt.", True,
     [("money", 240000000, "CHF", None)], None),
    ("de", "«Wir sind auf Kurs, aber noch lange nicht am Ziel», sagte Verwaltungsratspräsident Peter Frei.", False, [], None),
    ("de", "Man hoffe, schon bald wieder aus eigener Kraft investieren zu können, hiess es.", False, [], None),
    # --- Schulstart Wien (APA) ----------------------------------------------------------------
    ("de", "Wien (APA) - An Wiens Pflichtschulen sind zum Schulstart am Montag noch 180 Lehrerstellen unbesetzt gewesen.", True,
     [("count", 180, None, None)], None),
    ("de", "Insgesamt beginnen heuer rund 20.300 Taferlklassler die Volksschule, um knapp 600 mehr als im Vorjahr, teilte die Bildungsdirektion mit.", True,
     [("count", 20300, None, "about"), ("count", 600, None, "nearly")], "die Bildungsdirektion"),
    ("de", "Fast die Hälfte der Schulanfänger spricht zu Hause überwiegend eine andere Sprache als Deutsch.", True,
     [("fraction", 0.5, None, "nearly")], None),
    ("de", "Laut Bildungsdirektion wurden für das neue Schuljahr 1.150 Lehrkräfte eingestellt, ein Drittel davon Quereinsteiger.", True,
     [("count", 1150, None, None), ("fraction", 0.3333, None, None)], "Bildungsdirektion"),
    ("de", "Eine Volksschulklasse zählt in Wien im Schnitt 21,4 Kinder.", True,
     [("count", 21.4, None, None)], None),
    ("de", "„Wir haben das Schuljahr mit einem blauen Auge begonnen“, sagte Bildungsstadtrat Markus Ebner.", False, [], None),
    ("de", "Die Lehrergewerkschaft warnte, die Lage könne sich im Lauf des Herbstes noch verschärfen.", False, [], None),
    # --- Fußball-Bundesliga (dpa) -------------------------------------------------------------
    ("de", "Leverkusen (dpa) - Bayer Leverkusen hat den VfB Stuttgart vor 30.210 Zuschauern mit 3:1 besiegt und ist auf Rang zwei vorgerückt.", True,
     [("count", 30210, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Mittelfeldspieler Lukas Brenner schoss zwei Tore, in der 12. sowie in der 67. Minute.", True,
     [("count", 2, None, None), ("ordinal", 12, None, None), ("ordinal", 67, None, None)], None),
    ("de", "Der 23-Jährige steht nun bei acht Saisontoren.", True,
     [("duration", 23, "year", None), ("count", 8, None, None)], None),
    ("de", "Stuttgart kassierte die dritte Auswärtsniederlage in Serie und rutschte auf Platz neun ab.", True,
     [("ordinal", 3, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Leverkusen liegt nach zwölf Spieltagen vier Punkte hinter Tabellenführer Bayern München.", True,
     [("count", 12, None, None), ("count", 4, None, None)], None),
    ("de", "„Wir haben heute eine Reaktion gezeigt, darauf bin ich stolz“, sagte Bayer-Trainer Sven Lindqvist.", False, [], None),
    ("de", "Ob Kapitän Tim Oberle am Mittwoch im Pokal wieder mitwirken kann, ist offen.", False, [], None),
    # --- Ski-Weltcup Sölden (APA) -------------------------------------------------------------
    ("de", "Sölden (APA) - Die Tirolerin Katharina Hofer hat den Weltcup-Auftakt im Riesentorlauf auf dem Rettenbachferner gewonnen.", True, [], None),
    ("de", "Die 26-Jährige setzte sich mit zwölf Hundertstel Vorsprung auf die Schweizerin Lena Gisler durch.", True,
     [("duration", 26, "year", None), ("duration", 0.12, "second", None)], None),
    ("de", "Dritte wurde die Italienerin Giulia Bassi mit 0,47 Sekunden Rückstand.", True,
     [("ordinal", 3, None, None), ("duration", 0.47, "second", None)], None),
    ("de", "Für Hofer war es der vierte Weltcupsieg ihrer Karriere und der erste seit Jänner 2023.", True,
     [("ordinal", 4, None, None), ("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    ("de", "Rund 14.000 Zuschauer verfolgten das Rennen im Zielstadion.", True,
     [("count", 14000, None, "about")], None),
    ("de", "Im Zielraum herrschte ausgelassene Volksfeststimmung.", False, [], None),
    ("de", "„Ich kann es noch gar nicht glauben, das ist ein Traum“, sagte Hofer im ORF-Interview.", False, [], None),
    ("de", "Die Herren bestreiten ihren Riesentorlauf am Sonntag, der erste Durchgang beginnt um 10.00 Uhr.", True,
     [("ordinal", 1, None, None)], None),
    # --- Tennis Basel (Keystone-SDA) ----------------------------------------------------------
    ("de", "Basel (Keystone-SDA) - Der Tessiner Leandro Bernasconi steht bei den Swiss Indoors in Basel im Halbfinal.", True, [], None),
    ("de", "Der 22-Jährige besiegte den an Nummer drei gesetzten Norweger Sander Aune 7:6 (7:4), 6:4.", True,
     [("duration", 22, "year", None), ("ordinal", 3, None, None)], None),
    ("de", "Bernasconi nutzte zwei seiner fünf Breakchancen und schlug 14 Asse.", True,
     [("count", 2, None, None), ("count", 5, None, None), ("count", 14, None, None)], None),
    ("de", "Die Partie dauerte eine Stunde und 52 Minuten.", True,
     [("duration", 52, "minute", None)], None),
    ("de", "Im Halbfinal trifft er am Samstag auf den Weltranglistenfünften Tomás Carrera aus Spanien.", True,
     [("ordinal", 5, None, None)], None),
    ("de", "Zum ersten Mal seit 2019 steht damit wieder ein Schweizer in der Runde der letzten vier.", True,
     [("ordinal", 1, None, None), ("year", 2019, None, None), ("count", 4, None, None)], None),
    ("de", "«Vor diesem Publikum zu spielen, ist jedes Mal Gänsehaut pur», sagte Bernasconi.", False, [], None),
    # --- Bregenzer Festspiele (APA) -----------------------------------------------------------
    ("de", "Bregenz (APA) - Die Bregenzer Festspiele haben heuer rund 268.000 Besucherinnen und Besucher gezählt.", True,
     [("count", 268000, None, "about")], None),
    ("de", "Das Spiel auf dem See war bei 28 Vorstellungen zu 98 Prozent ausgelastet, teilte die Festspielleitung am Montag mit.", True,
     [("count", 28, None, None), ("percent", 98, "%", None)], "die Festspielleitung"),
    ("de", "Zwei Vorstellungen mussten wegen Gewittern abgebrochen werden.", True,
     [("count", 2, None, None)], None),
    ("de", "Die Karteneinnahmen stiegen auf 24,6 Mio. Euro, ein Plus von 6 Prozent.", True,
     [("money", 24600000, "EUR", None), ("percent", 6, "%", None)], None),
    ("de", "Das Budget der Festspiele liegt bei rund 30 Millionen Euro, ein Drittel davon trägt die öffentliche Hand.", True,
     [("money", 30000000, "EUR", "about"), ("fraction", 0.3333, None, None)], None),
    ("de", "„Dieser Sommer hat gezeigt, wie sehr das Publikum diese Oper liebt“, sagte Intendantin Sabine Kainrath.", False, [], None),
    ("de", "Die Festspiele hoffen, den Erfolg im kommenden Sommer mit einer neuen Inszenierung fortzusetzen.", False, [], None),
    # --- Auktion im Dorotheum (APA) -----------------------------------------------------------
    ("de", "Wien (APA) - Ein Aquarell von Egon Schiele ist im Wiener Dorotheum für 3,2 Mio. Euro versteigert worden.", True,
     [("money", 3200000, "EUR", None)], None),
    ("de", "Geschätzt war das Blatt auf 1,2 bis 1,8 Millionen Euro.", True,
     [("money", 1200000, "EUR", None), ("money", 1800000, "EUR", None)], None),
    ("de", "Damit erzielte es fast das Doppelte der oberen Schätzung, wie das Auktionshaus mitteilte.", True,
     [("count", 2, "times", "nearly")], "das Auktionshaus"),
    ("de", "Den Zuschlag erhielt nach zwölfminütigem Bietgefecht ein Sammler aus den USA.", True,
     [("duration", 12, "minute", None)], None),
    ("de", "Es ist der zweithöchste Preis, der im Dorotheum je für ein Werk der Wiener Moderne bezahlt wurde.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "Das Aquarell aus dem Jahr 1917 war mehr als 60 Jahre im Besitz einer Wiener Familie gewesen.", True,
     [("year", 1917, None, None), ("duration", 60, "year", "over")], None),
    ("de", "Der Erlös war damit zehnfach höher als beim letzten Verkauf des Blattes 1987.", True,
     [("count", 10, "times", None), ("year", 1987, None, None)], None),
    ("de", "„Schiele ist und bleibt ein Magnet für internationale Sammler“, sagte die Expertin des Hauses, Claudia Weninger.", False, [], None),
    # --- Schlafstudie (dpa) -------------------------------------------------------------------
    ("de", "Heidelberg (dpa) - Wer regelmäßig mehr als sieben Stunden pro Nacht schläft, erkrankt einer Studie zufolge seltener an Herz-Kreislauf-Leiden.", True,
     [("duration", 7, "hour", "over")], None),
    ("de", "Forschende des Deutschen Krebsforschungszentrums werteten dafür Daten von 48.600 Erwachsenen im Alter von 40 bis 69 Jahren aus.", True,
     [("count", 48600, None, None), ("duration", 40, "year", None), ("duration", 69, "year", None)], None),
    ("de", "Die Teilnehmenden wurden im Schnitt zwölfeinhalb Jahre lang begleitet.", True,
     [("duration", 12.5, "year", None)], None),
    ("de", "Bei Kurzschläfern lag das Risiko um 23 Prozent höher als bei Menschen mit sieben bis acht Stunden Schlaf, sagte Studienleiterin Miriam Kessler.", True,
     [("percent", 23, "%", None), ("duration", 7, "hour", None), ("duration", 8, "hour", None)], "Miriam Kessler"),
    ("de", "Gut ein Viertel der Befragten gab an, regelmäßig weniger als sechs Stunden zu schlafen.", True,
     [("fraction", 0.25, None, "over"), ("duration", 6, "hour", "under")], None),
    ("de", "Die Ergebnisse erschienen im Fachjournal „European Heart Journal“.", True, [], None),
    ("de", "Einen ursächlichen Zusammenhang belegt die Auswertung allerdings nicht, betonen die Autorinnen und Autoren.", False, [], None),
    ("de", "„Schlaf wird als Gesundheitsfaktor noch immer sträflich unterschätzt“, sagte Kessler.", False, [], None),
    # --- Wohnhausbrand in Zürich (Keystone-SDA) -----------------------------------------------
    ("de", "Zürich (Keystone-SDA) - Bei einem Brand in einem Mehrfamilienhaus in Zürich-Oerlikon sind in der Nacht auf Dienstag zwölf Personen verletzt worden.", True,
     [("count", 12, None, None)], None),
    ("de", "Drei von ihnen, darunter ein dreijähriges Kind, mussten mit Rauchvergiftungen ins Spital gebracht werden, teilte die Stadtpolizei Zürich mit.", True,
     [("count", 3, None, None), ("duration", 3, "year", None)], "die Stadtpolizei Zürich"),
    ("de", "Das Feuer war kurz nach 2 Uhr in einer Wohnung im dritten Stock ausgebrochen.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Schutz & Rettung Zürich stand mit rund 60 Einsatzkräften im Einsatz.", True,
     [("count", 60, None, "about")], None),
    ("de", "Die Bewohnerinnen und Bewohner der 24 Wohnungen wurden evakuiert.", True,
     [("count", 24, None, None)], None),
    ("de", "Der Sachschaden dürfte mehrere hunderttausend Franken betragen.", True, [], None),
    ("de", "Die Brandursache ist noch unklar.", False, [], None),
    ("de", "Die Polizei rät, Rauchmelder regelmässig zu überprüfen.", False, [], None),
    # --- Schokoladehersteller (AWP) -----------------------------------------------------------
    ("de", "Kilchberg (AWP) - Der Schokoladehersteller Alpenrose hat im ersten Halbjahr den Umsatz um 4,8 Prozent auf 2,61 Milliarden Franken gesteigert.", True,
     [("ordinal", 1, None, None), ("percent", 4.8, "%", None), ("money", 2610000000, "CHF", None)], None),
    ("de", "Organisch, also bereinigt um Währungs- und Übernahmeeffekte, betrug das Wachstum 7,1 Prozent.", True,
     [("percent", 7.1, "%", None)], None),
    ("de", "Der Reingewinn sank wegen der hohen Kakaopreise um 11 Prozent auf 198 Mio. Franken.", True,
     [("percent", 11, "%", None), ("money", 198000000, "CHF", None)], None),
    ("de", "Die Preise für Kakaobohnen haben sich seit Anfang 2023 mehr als verdreifacht.", True,
     [("year", 2023, None, None)], None),
    ("de", "Die operative Marge ging um 1,9 Prozentpunkte auf 12,4 Prozent zurück, wie das Unternehmen mitteilte.", True,
     [("percent", 1.9, "pp", None), ("percent", 12.4, "%", None)], "das Unternehmen"),
    ("de", "Weltweit sollen 350 Stellen wegfallen, davon rund 90 in der Schweiz, sagte Konzernchef Daniel Bärlocher.", True,
     [("count", 350, None, None), ("count", 90, None, "about")], "Daniel Bärlocher"),
    ("de", "«Das Umfeld bleibt ausserordentlich anspruchsvoll», sagte Bärlocher an einer Telefonkonferenz.", False, [], None),
    ("de", "Die Aktie legte an der SIX bis am Mittag um 2,3 Prozent zu.", True,
     [("percent", 2.3, "%", None)], None),
    # --- Landesverfassung Salzburg (APA) ------------------------------------------------------
    ("de", "Salzburg (APA) - Der Salzburger Landtag hat am Mittwoch mit Zweidrittelmehrheit eine Reform der Landesverfassung beschlossen.", True,
     [("fraction", 0.6667, None, None)], None),
    ("de", "Für die Vorlage stimmten 29 der 36 Abgeordneten, teilte die Landtagsdirektion mit.", True,
     [("count", 29, None, None), ("count", 36, None, None)], "die Landtagsdirektion"),
    ("de", "Künftig wird der Landtag nur mehr alle sechs Jahre statt wie bisher alle fünf Jahre gewählt.", True,
     [("duration", 6, "year", None), ("duration", 5, "year", None)], None),
    ("de", "Die Änderung gilt erstmals für die Wahl im Frühjahr 2028.", True,
     [("year", 2028, None, None)], None),
    ("de", "Eine Volksabstimmung über die Reform ist nicht vorgesehen.", True, [], None),
    ("de", "„Das ist ein Anschlag auf die Mitbestimmung der Bürger“, sagte Grünen-Klubobmann Thomas Grill.", False, [], None),
    # === English ================================================================================
    # --- Stabbing in Leeds (PA) ---------------------------------------------------------------
    ("en", "LEEDS (PA) - Police have charged a 17-year-old boy with attempted murder following a stabbing outside a takeaway in Leeds city centre on Saturday night.", True,
     [("duration", 17, "year", None)], None),
    ("en", "The victim, a 34-year-old man, remains in hospital in a serious but stable condition, West Yorkshire Police said.", True,
     [("duration", 34, "year", None)], "West Yorkshire Police"),
    ("en", "Officers were called to Briggate shortly after 11.30pm and found the man with two stab wounds to his chest.", True,
     [("count", 2, None, None)], None),
    ("en", "A second teenager, aged 16, was arrested on suspicion of assisting an offender and has been released on bail.", True,
     [("ordinal", 2, None, None), ("duration", 16, "year", None)], None),
    ("en", "Knife crime across West Yorkshire dropped 9% in the 12 months to March, the ONS said.", True,
     [("percent", 9, "%", None), ("duration", 12, "month", None)], "the ONS"),
    ("en", "Anyone with information or dashcam footage is asked to contact police on 101, quoting log 1842.", False, [], None),
    ("en", "\"This was a shocking act of violence in the heart of our city,\" Detective Inspector Claire Moss said.", False, [], None),
    # --- House fire in Sydney (AAP) -----------------------------------------------------------
    ("en", "SYDNEY (AAP) - A woman and two children have been rescued from a burning house in Sydney's west after neighbours raised the alarm.", True,
     [("count", 2, None, None)], None),
    ("en", "About 30 firefighters in eight trucks battled the blaze at the two-storey home in Blacktown for almost an hour.", True,
     [("count", 30, None, "about"), ("count", 8, None, None), ("count", 2, None, None)], None),
    ("en", "The woman, 41, and her children, aged six and nine, were taken to Westmead Hospital suffering smoke inhalation, NSW Ambulance said.", True,
     [("duration", 41, "year", None), ("duration", 6, "year", None), ("duration", 9, "year", None)], "NSW Ambulance"),
    ("en", "Fire and Rescue NSW said the fire started in a bedroom and was believed to have been caused by a charging e-bike battery.", True,
     [], "Fire and Rescue NSW"),
    ("en", "Lithium-ion batteries have caused 272 fires in NSW so far this year, up from 180 at the same point last year.", True,
     [("count", 272, None, None), ("count", 180, None, None)], None),
    ("en", "Residents are urged never to leave batteries charging overnight or unattended.", False, [], None),
    ("en", "\"The neighbours are the real heroes today,\" Superintendent Greg Lowe told reporters at the scene.", False, [], None),
    # --- Interstate pileup (AP) ---------------------------------------------------------------
    ("en", "MILWAUKEE (AP) - A pileup involving more than 40 vehicles on a snow-covered interstate in Wisconsin killed two people and injured at least 17 on Thursday, authorities said.", True,
     [("count", 40, None, "over"), ("count", 2, None, None), ("count", 17, None, "at_least")], None),
    ("en", "The crash happened shortly before 8 a.m. on Interstate 94 near Oconomowoc, about 30 miles west of Milwaukee.", True,
     [("count", 30, None, "about")], None),
    ("en", "Both westbound lanes stayed closed for nearly six hours while crews cleared the wreckage.", True,
     [("duration", 6, "hour", "nearly")], None),
    ("en", "Visibility had dropped to less than a quarter mile in heavy snow, the National Weather Service said.", True,
     [("fraction", 0.25, None, "under")], "the National Weather Service"),
    ("en", "Up to 8 inches of snow fell across southeastern Wisconsin overnight.", True,
     [("count", 8, None, "up_to")], None),
    ("en", "State troopers said many of the drivers involved had been traveling too fast for the conditions.", True, [], None),
    ("en", "It was a miracle more people weren't killed, one witness said.", False, [], None),
    # --- Council budget in Bristol (PA) -------------------------------------------------------
    ("en", "BRISTOL (PA) - Bristol City Council has approved a £1.2bn budget for next year that includes a 4.99% rise in council tax.", True,
     [("money", 1200000000, "GBP", None), ("percent", 4.99, "%", None)], None),
    ("en", "The increase adds about £96 a year to the bill for an average Band D home.", True,
     [("money", 96, "GBP", "about")], None),
    ("en", "The council must find £38.5m in savings, with a third of its spending now going on adult social care, the council said.", True,
     [("money", 38500000, "GBP", None), ("fraction", 0.3333, None, None)], "the council"),
    ("en", "Councillors backed the plans by 43 votes to 21, with six abstentions.", True,
     [("count", 43, None, None), ("count", 21, None, None), ("count", 6, None, None)], None),
    ("en", "About 220 posts will go over the next two years, most of them through voluntary redundancy.", True,
     [("count", 220, None, "about"), ("duration", 2, "year", None)], None),
    ("en", "\"We have been left with nothing but impossible choices,\" council leader Helen Marsh said.", False, [], None),
    ("en", "Opposition councillors called the budget \"a tax on the squeezed middle\".", False, [], None),
    # --- Indian IT results (Reuters) ----------------------------------------------------------
    ("en", "BENGALURU, Oct 16 (Reuters) - Indian IT services firm Nivara Technologies reported a 9.2% rise in second-quarter net profit to Rs 6,140 crore on Thursday, beating estimates.", True,
     [("date", "--10-16", None, None), ("percent", 9.2, "%", None), ("ordinal", 2, None, None), ("money", 61400000000, "INR", None)], None),
    ("en", "Revenue from operations grew 6.4% to Rs 41,300 crore in the July-September quarter.", True,
     [("percent", 6.4, "%", None), ("money", 413000000000, "INR", None)], None),
    ("en", "Its workforce grew by 4,850 in the quarter to about 3.4 lakh people.", True,
     [("count", 4850, None, None), ("count", 340000, None, "about")], None),
    ("en", "Attrition fell to 12.1% from 13.3% a quarter earlier, the company said.", True,
     [("percent", 12.1, "%", None), ("percent", 13.3, "%", None)], "the company"),
    ("en", "The board declared an interim dividend of Rs 11 per share.", True,
     [("money", 11, "INR", None)], None),
    ("en", "Nivara cut the upper end of its annual revenue growth forecast to 4% from 5%, citing weaker client spending in the United States.", True,
     [("percent", 4, "%", None), ("percent", 5, "%", None)], None),
    ("en", "\"Clients remain cautious on discretionary spending,\" Chief Executive Arvind Menon told reporters.", False, [], None),
    ("en", "Shares closed 2.1% higher ahead of the results.", True,
     [("percent", 2.1, "%", None)], None),
    # --- Store closures (Reuters) -------------------------------------------------------------
    ("en", "LONDON, Jan 8 (Reuters) - British department store chain Harwood & Lane will close 14 stores and cut about 1,300 jobs, it said on Thursday.", True,
     [("date", "--01-08", None, None), ("count", 14, None, None), ("count", 1300, None, "about")], None),
    ("en", "The closures will leave the chain with 38 shops, down from 61 five years ago.", True,
     [("count", 38, None, None), ("count", 61, None, None), ("duration", 5, "year", None)], None),
    ("en", "Sales in the 10 weeks to Jan. 3 fell 6.2% on a like-for-like basis.", True,
     [("duration", 10, "week", None), ("date", "--01-03", None, None), ("percent", 6.2, "%", None)], None),
    ("en", "The retailer blamed higher employer national insurance contributions, which it said would cost it an extra £11m a year.", True,
     [("money", 11000000, "GBP", None)], None),
    ("en", "Half of the affected staff will be offered roles elsewhere in the business, Chief Executive Fiona Hale said.", True,
     [("fraction", 0.5, None, None)], "Fiona Hale"),
    ("en", "Shares in the company, which have lost two-thirds of their value since 2021, fell 18% to 47.5p.", True,
     [("fraction", 0.6667, None, None), ("year", 2021, None, None), ("percent", 18, "%", None), ("money", 0.475, "GBP", None)], None),
    ("en", "\"Today is a very sad day for our colleagues,\" Hale said in a statement.", False, [], None),
    # --- Nurses' strike in Queensland (AAP) ---------------------------------------------------
    ("en", "BRISBANE (AAP) - Thousands of Queensland nurses walked off the job for 24 hours on Tuesday in their first statewide strike in more than two decades.", True,
     [("duration", 24, "hour", None), ("ordinal", 1, None, None), ("duration", 20, "year", "over")], None),
    ("en", "The nurses' union is seeking a 15% pay rise over three years, while the state government has offered 8%.", True,
     [("percent", 15, "%", None), ("duration", 3, "year", None), ("percent", 8, "%", None)], None),
    ("en", "Members backed the walkout by a two-thirds majority in a ballot last week, the union said.", True,
     [("fraction", 0.6667, None, None)], "the union"),
    ("en", "About 1,400 elective surgeries were postponed, according to Queensland Health.", True,
     [("count", 1400, None, "about")], "Queensland Health"),
    ("en", "Emergency departments kept operating with minimum staffing levels.", True, [], None),
    ("en", "\"We are exhausted and we do not feel valued,\" said nurse Kate Brennan, who has worked at the Royal Brisbane hospital for 19 years.", False,
     [("duration", 19, "year", None)], None),
    ("en", "Health Minister Rebecca Shaw said the offer was fair and urged the union to return to the negotiating table.", False, [], None),
    # --- Wheat harvest (Reuters) --------------------------------------------------------------
    ("en", "SYDNEY, Dec 2 (Reuters) - Australia is set to harvest 34.1 million metric tons of wheat this season, the third-largest crop on record, the government's agricultural forecaster said on Tuesday.", True,
     [("date", "--12-02", None, None), ("count", 34100000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "That is up 9% from its September forecast, as spring rains in New South Wales and Western Australia lifted yields.", True,
     [("percent", 9, "%", None)], None),
    ("en", "Barley production is forecast at 14.7 million tons, according to ABARES.", True,
     [("count", 14700000, None, None)], "ABARES"),
    ("en", "South Australia's crop, by contrast, is expected to come in a quarter below average after a dry winter.", True,
     [("fraction", 0.25, None, None)], None),
    ("en", "Australia is the world's second-largest wheat exporter after Russia.", True,
     [("ordinal", 2, None, None)], None),
    ("en", "\"We were lucky this year, plenty of blokes out west weren't,\" said Jason Kerr, a grain grower near Moree.", False, [], None),
    # --- Scottish A&E figures (PA) ------------------------------------------------------------
    ("en", "EDINBURGH (PA) - Just 64.2% of patients at Scotland's A&E departments were seen within four hours last week, against a target of 95%.", True,
     [("percent", 64.2, "%", None), ("duration", 4, "hour", None), ("percent", 95, "%", None)], None),
    ("en", "More than 1,900 people waited over 12 hours, Public Health Scotland figures showed.", True,
     [("count", 1900, None, "over"), ("duration", 12, "hour", "over")], None),
    ("en", "Delayed discharges cost NHS Scotland an estimated £440m a year, according to Audit Scotland.", True,
     [("money", 440000000, "GBP", "about")], "Audit Scotland"),
    ("en", "The number of patients waiting longer than a year for a first outpatient appointment has risen fourfold since 2022.", True,
     [("ordinal", 1, None, None), ("count", 4, "times", None), ("year", 2022, None, None)], None),
    ("en", "Health Secretary Alan Reid said an extra £200m would be spent this year to cut waiting lists.", True,
     [("money", 200000000, "GBP", None)], "Alan Reid"),
    ("en", "\"Behind each of these figures is a patient left waiting in pain,\" Labour health spokeswoman Morag Innes said.", False, [], None),
    ("en", "Whether the extra money will make a dent before winter is far from clear.", False, [], None),
    # --- Chicago schools (AP) -----------------------------------------------------------------
    ("en", "CHICAGO (AP) - Enrollment in Chicago Public Schools fell for the 13th year in a row this fall, to 316,400 students, district data released Wednesday shows.", True,
     [("ordinal", 13, None, None), ("count", 316400, None, None)], None),
    ("en", "That is down about 1.5% from last year and nearly a third below its peak in 2002.", True,
     [("percent", 1.5, "%", "about"), ("fraction", 0.3333, None, "nearly"), ("year", 2002, None, None)], None),
    ("en", "The district runs 512 schools, and about a fifth of them are less than half full.", True,
     [("count", 512, None, None), ("fraction", 0.2, None, "about"), ("fraction", 0.5, None, "under")], None),
    ("en", "Chicago's schools face a budget gap of $734 million for the coming year.", True,
     [("money", 734000000, "USD", None)], None),
    ("en", "Chronic absenteeism dropped to 35% from 40% a year earlier, the district said.", True,
     [("percent", 35, "%", None), ("percent", 40, "%", None)], "the district"),
    ("en", "\"Every empty seat is a child we have failed to reach,\" board member Ana Ruiz said at a public meeting.", False, [], None),
    ("en", "It remains unclear how many schools could eventually be closed.", False, [], None),
    # --- Cricket (PTI) ------------------------------------------------------------------------
    ("en", "AHMEDABAD (PTI) - Rohan Kulkarni struck an unbeaten 142 as India reached 318 for four on the opening day of the second Test against the West Indies on Friday.", True,
     [("count", 142, None, None), ("count", 318, None, None), ("count", 4, None, None), ("ordinal", 2, None, None)], None),
    ("en", "The 25-year-old faced 211 balls and hit 16 fours and three sixes.", True,
     [("duration", 25, "year", None), ("count", 211, None, None), ("count", 16, None, None), ("count", 3, None, None)], None),
    ("en", "It was his fifth Test century and his second against the West Indies.", True,
     [("ordinal", 5, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Kulkarni shared a stand of 187 for the third wicket with captain Dev Raghavan, who made 78.", True,
     [("count", 187, None, None), ("ordinal", 3, None, None), ("count", 78, None, None)], None),
    ("en", "A crowd of around 40,000 turned up despite the afternoon heat.", True,
     [("count", 40000, None, "about")], None),
    ("en", "India lead the two-match series 1-0.", True,
     [("count", 2, None, None)], None),
    ("en", "\"I just wanted to bat long and enjoy myself out there,\" Kulkarni said after stumps.", False, [], None),
    # --- Rugby (PA) ---------------------------------------------------------------------------
    ("en", "DUBLIN (PA) - Ireland began their Six Nations campaign with a 34-13 bonus-point win over Wales at the Aviva Stadium on Saturday.", True, [], None),
    ("en", "Wing Conor Daly scored two of Ireland's five tries, taking his international tally to 21.", True,
     [("count", 2, None, None), ("count", 5, None, None), ("count", 21, None, None)], None),
    ("en", "Fly-half Sean Whelan kicked 14 points, landing four of his five conversion attempts.", True,
     [("count", 14, None, None), ("count", 4, None, None), ("count", 5, None, None)], None),
    ("en", "Wales have now lost 14 of their last 16 Test matches.", True,
     [("count", 14, None, None), ("count", 16, None, None)], None),
    ("en", "A sell-out crowd of 51,700 watched the match.", True,
     [("count", 51700, None, None)], None),
    ("en", "The atmosphere inside the ground was electric from the first whistle.", False,
     [("ordinal", 1, None, None)], None),
    ("en", "\"There's a lot to fix but I'm proud of the lads,\" Ireland coach Declan Burke said.", False, [], None),
    ("en", "Ireland travel to Twickenham to face England in a fortnight.", True, [], None),
    # --- Edinburgh Fringe (PA) ----------------------------------------------------------------
    ("en", "EDINBURGH (PA) - The Edinburgh Festival Fringe sold almost 2.6 million tickets this year, its best result since 2019, organisers said.", True,
     [("count", 2600000, None, "nearly"), ("year", 2019, None, None)], None),
    ("en", "More than 3,800 shows were staged at 262 venues across the city over the festival's 25 days.", True,
     [("count", 3800, None, "over"), ("count", 262, None, None), ("duration", 25, "day", None)], None),
    ("en", "Ticket sales were up 4% on last year, the Edinburgh Festival Fringe Society said.", True,
     [("percent", 4, "%", None)], "the Edinburgh Festival Fringe Society"),
    ("en", "Nearly half of all performers came from outside Scotland, and artists from 61 countries took part.", True,
     [("fraction", 0.5, None, "nearly"), ("count", 61, None, None)], None),
    ("en", "Accommodation remains a major barrier, with average short-term rents of £2,150 a week in August.", True,
     [("money", 2150, "GBP", None)], None),
    ("en", "\"The Fringe is bursting with talent but the city is pricing artists out,\" comedian Sam Okafor said.", False, [], None),
    ("en", "Organisers hope next year's 80th anniversary edition will draw even bigger crowds.", False,
     [("ordinal", 80, None, None)], None),
    # --- Monet auction (Reuters) --------------------------------------------------------------
    ("en", "NEW YORK, Nov 19 (Reuters) - A painting by Claude Monet sold for $48.5 million at a Sotheby's sale in Manhattan on Tuesday, more than four times the price it fetched when it was last auctioned in 1999.", True,
     [("date", "--11-19", None, None), ("money", 48500000, "USD", None), ("count", 4, "times", "over"), ("year", 1999, None, None)], None),
    ("en", "The work had carried a presale estimate of about $30 million, the auction house said.", True,
     [("money", 30000000, "USD", "about")], "the auction house"),
    ("en", "Bidding between four collectors lasted about 11 minutes.", True,
     [("count", 4, None, None), ("duration", 11, "minute", "about")], None),
    ("en", "The evening sale raised a total of $412.6 million, with 58 of the 61 lots finding buyers.", True,
     [("money", 412600000, "USD", None), ("count", 58, None, None), ("count", 61, None, None)], None),
    ("en", "Half a million dollars was paid for a small pastel by Edgar Degas earlier in the session.", True,
     [("money", 500000, "USD", None)], None),
    ("en", "\"The top of the market is very much alive,\" said Martin Crowe, an art adviser in New York.", False, [], None),
    # --- Walking study (Reuters) --------------------------------------------------------------
    ("en", "LONDON, March 4 (Reuters) - People who walk at least 7,000 steps a day have a 47% reduced risk of dying early compared with those who walk 2,000, a study published in The Lancet Public Health found.", True,
     [("date", "--03-04", None, None), ("count", 7000, None, "at_least"), ("percent", 47, "%", None), ("count", 2000, None, None)], None),
    ("en", "The researchers combined results from 57 studies that covered more than 160,000 adults in 19 countries.", True,
     [("count", 57, None, None), ("count", 160000, None, "over"), ("count", 19, None, None)], None),
    ("en", "Participants were followed for a median of 6.2 years.", True,
     [("duration", 6.2, "year", None)], None),
    ("en", "The risk of dementia was 38% lower and the risk of depression 22% lower among those reaching 7,000 steps.", True,
     [("percent", 38, "%", None), ("percent", 22, "%", None), ("count", 7000, None, None)], None),
    ("en", "Above 10,000 steps a day, the additional benefits were small, the authors said.", True,
     [("count", 10000, None, "over")], None),
    ("en", "The study was observational and cannot by itself show that walking causes the benefits.", False, [], None),
    ("en", "\"Even a modest increase in daily walking makes a real difference,\" lead author Ana Kowalski said.", False, [], None),
    # --- Crop damage in Maharashtra (PTI) -----------------------------------------------------
    ("en", "MUMBAI (PTI) - Unseasonal rain and hailstorms have damaged crops on more than 2.8 lakh hectares in Maharashtra over the past four days, officials said.", True,
     [("count", 280000, None, "over"), ("duration", 4, "day", None)], None),
    ("en", "The state government announced compensation of Rs 1,350 crore for about 6 lakh affected farmers.", True,
     [("money", 13500000000, "INR", None), ("count", 600000, None, "about")], None),
    ("en", "Farmers with up to two hectares of land will receive Rs 13,600 per hectare, Agriculture Minister Sunil Patil said.", True,
     [("count", 2, None, "up_to"), ("money", 13600, "INR", None)], "Sunil Patil"),
    ("en", "Onion and grape growers in Nashik district were among the worst hit.", True, [], None),
    ("en", "\"We had just started harvesting when the hail came,\" said farmer Dnyaneshwar Shinde, 47.", False,
     [("duration", 47, "year", None)], None),
]
