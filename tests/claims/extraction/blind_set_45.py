"""Forty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, films, albums, companies and
figures are made up or used only as sample data (real outlets, institutions, charts,
prizes and places such as "APA", "KNA", "Reuters", "PA", "AAP", "PTI", "Dorotheum",
"Sotheby's", "Billboard", "Luminate", "Barb", "Nielsen", "OzTAM", "IFPI", "EKD", "ORF",
"Salzburger Festspiele", "Louvre" or "Edinburgh Festival Fringe", and names such as "Papst
Leo XIV." or "Gustav Klimt", stand for the way wire copy names them; the films, bands,
singers, authors, streaming services and publishers "Sonnenallee Süd", "Kaltwasser", "Mira
Haslinger", "Flimmr", "Helvepress", "Vistaplay", "Lana Brooks", "Kofi Mensah" and "Aisling
Rourke" are invented, and so is what anybody says and counts).

Its weight: CULTURE, RELIGION AND MEDIA COPY - box office and streaming figures (admissions,
opening weekends, "Rs 312 crore", subscribers, hours viewed, price rises of plans), book
and music charts ("zum dritten Mal auf Platz eins der deutschen Charts", "her fifth No. 1
on the Billboard 200", "10th UK number one album", "Rang drei der Ö3 Austria Top 40"),
festival and museum visitor numbers, auctions (hammer price and price with premium,
estimates and multiples of them), awards (nominations, prize money, "zum 75. Mal", "her
third nomination"), religion (church statistics, baptisms, pilgrims, a synod and its
majorities, the pope's trips with durations and distances, a conclave), media business
(licence fees "Rundfunkbeitrag", "ORF-Beitrag", "BBC licence fee", circulation, digital
subscribers, ratings and market shares, job cuts) and anniversaries of works and
institutions. Half German (APA, dpa, KNA, Keystone-SDA, awp; "heuer", "Spital", "129'000"),
half English (AP, Reuters, PA, AAP, PTI; "£2.85m", "A$102 million", "Rs 312 crore").
Negatives: critics' and juries' verdicts, artists' and officials' feelings in quotes, fans'
and audiences' reactions, reviews' praise and colour.

227 rows (107 German, 120 English), 48 negatives (24 German, 24 English), 179 check-worthy
rows of which 3 carry no figure (2 German, 1 English), 316 expected quantities (110
counts, 53 amounts of money, 45 durations, 40 ordinals, 26 percentages, 23 years, 10
dates, 9 fractions; none of them in negatives), 36 checked speakers (14 German, 22
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- Chart places are ordinals: "Platz eins" 1 and "Rang drei" 3 (sixteenth and eleventh
  batches), "No. 1" 1 (thirty-fifth, "world No. 1"); new: "number one" in "their 10th UK
  number one album" is ordinal 1 beside ordinal 10, and "her fifth No. 1" ordinals 5 and 1.
  New: the names of charts carry no quantity ("Billboard 200", "Billboard Hot 100", "Ö3
  Austria Top 40"), as "S&P 500" and "737 MAX" (identifiers, forty-third batch).
  "zum dritten Mal auf Platz eins" ordinals 3 and 1 (seventeenth); "a 12th week atop"
  ordinal 12; "for a second week" ordinal 2; "seit elf Wochen an der Spitze" 11 weeks and
  "nine weeks at No. 1" 9 weeks (as "11 weeks at the top", earlier batch).
- Streams, views, units, copies, admissions and visitors are counts ("über 90 Millionen Mal
  gestreamt" 9e7 "over", "4,6 Millionen Mal" 4.6e6, "more than 2.5 billion times" 2.5e9
  "over"); new: "38 Millionen Stunden lang angesehen" is a duration of 3.8e7 hours (hours
  viewed are time written with its unit); "in den ersten zehn Tagen", "in its first 91
  days", "an drei Tagen", "an fünf Tagen", "in seinen elf Tagen" are durations with no
  ordinal for "ersten"/"first" before a figure (new).
- Auctions: the price with premium and the hammer price are both money with no hedge
  ("für 1,15 Millionen Euro inklusive Aufgeld", "£2.85m, including buyer's premium", "with
  fees"); an estimate range gives two amounts, the first taking the currency of the second
  ("400.000 bis 600.000 Euro", as "2,5 bis 3,5 Millionen Euro", eighteenth); "between
  £400,000 and £600,000" and "zwischen 35 und 1200 Euro" two amounts with no hedge (as
  "Between 40,000 and 50,000", fourteenth); multiples of an estimate are count "times"
  ("almost five times its top estimate" 5 "nearly", as "more than three times its
  estimate", fifteenth); new: "fast das Doppelte der oberen Schätzung" is count 2 "times"
  with "nearly", as "twice its estimate"; "a 20-minute bidding battle" 20 minutes.
- Awards: nominations and wins are counts ("in neun Kategorien nominiert" 9, "13 nods",
  "11 nominations", "four Grammys", "career total to 21"); "zweimal nominiert" count 2
  ("times" unit not checked for counts); "zum 75. Mal", "zum 18. Mal", "zum 105. Mal",
  "zum 85. Mal", "The 98th Academy Awards", "her third nomination", "only the second Black
  woman", "the first Irish writer to win in 15 years" (ordinal 1 and 15 years) ordinals;
  prize money is money ("mit 20.000 Euro dotiert", "je 2.500 Euro", "worth £50,000").
- Religion: "elftägige Reise" 11 days, "six-day trip" 6 days (twelfth); distances are
  counts ("rund 32.000 Kilometer" "about", "about 5,500 km"); "seit seiner Wahl im Mai" no
  quantity; "Papst Leo XIV." and "Pope Leo" none (a Roman numeral in a name, twelfth); "the
  1,700th anniversary" ordinal 1700; "Zweidrittelmehrheit" and "two-thirds majority"
  0.6667 (third, ninth, eleventh); "voted 253 to 136" counts (tallies); "required four
  ballots" count; "1100-jähriges Bestehen" 1100 years (as "1.000-jähriges", eleventh);
  "weniger als ein Fünftel" 0.2 "under"; "Fast jeder zehnte" 0.1 "nearly"; "Almost two in
  five" 0.4 "nearly" (as "One in five").
- Media: licence fees are money, the period ("im Monat", "a month", "a year") carrying
  none: "um 58 Cent auf 18,94 Euro" 0.58 EUR and 18.94 EUR (cents before the amount,
  earlier batches), "11,20 Euro, um 40 Cent mehr" 0.4 EUR (cents after it, ninth), "bei
  18,36 Euro", "15,30 Euro", "by £5 to £174.50"; ratings and market shares are counts and
  percentages; "um 19.30 Uhr" none (a clock time); "2024-25" two years (as "2025/26",
  fortieth); "a 31% premium" percent.
- Ages and anniversaries: "29-jährigen Georgierin", "41-jährigen Autor", "The 81-year-old",
  "The 70-year-old pontiff", "Its director, 54," years; "Vor 200 Jahren", "vor 101 Jahren",
  "33 Jahre nach seiner Uraufführung", "212 years ago", "50 years ago this month", "45 years
  after" durations; "werden heuer 67 Jahre alt" and "turns 50" years (as "turns 85",
  forty-third); "Zum 200. Geburtstag", "2000. Vorstellung", "30,000th performance", "52nd
  anniversary" ordinals (as "zum 30. Jahrestag", twelfth); "on Jan. 28, 1813" the full date
  1813-01-28; "in just over three months" 3 months "over".
- Hedges: "rund", "about", "some" "about"; "knapp", "Fast", "Nearly", "almost" "nearly";
  "mehr als", "über", "more than", "Over" "over"; "bis zu" "up_to"; "in under 40 minutes"
  "under"; "passed 750 million" no hedge (a verb, as "tops $110,000", thirty-second).
- Check-worthy without a figure: the chart compiler named as the source of a chart ("Das
  ermittelte die GfK Entertainment ..."), next year's guest country of a book fair, and a
  film called the year's highest-grossing so far.
- Negatives: critics', juries' and reviewers' praise ("Kritiker lobten ...", "Judges
  praised the novel as ...", "It's an album that rewards every listen."), feelings in
  quotes ("„Ich kann es noch gar nicht fassen“, sagte Haslinger dem ORF.", "\"I'm still
  shaking,\" Harlow said in a statement.", an auctioneer's "thrilling evening", a bishop's
  "moment of grace"), fans' and audiences' reactions ("Fans danced in the aisles ...",
  "Some fans queued overnight in the rain.", "Viewers called the finale a masterpiece.")
  and colour ("Walzerseligkeit liegt in der Luft.", "The atmosphere on the Royal Mile was
  electric."); a quote about what an artist did with a clock time ("at 3 a.m.") stays a
  negative, the clock time none.
- Speakers, checked only in forms earlier batches settled: "teilte der Hauptverband
  Deutscher Filmtheater / der Bundesverband Musikindustrie / das Museum / die EKD / der
  Beitragsservice / der ORF / der Schweizer Buchhändler- und Verleger-Verband mit", "wie der
  Anbieter / die Festspiele / das Auktionshaus / das Kloster mitteilte(n)", "so die
  Erzdiözese" the source with its article in the nominative; "nach Angaben des Verleihs /
  der Veranstalter" -> "der Verleih", "die Veranstalter" (as "nach Angaben des
  Auktionshauses", eighteenth); "the UK Cinema Association said", "the company said", "the
  museum said", "the gallery said", "the auction house said", "the Vatican said", "the
  church said", "the union said", "the government said", "the IFPI said", "the Official
  Charts Company said" with the article in lower case; "organisers said" and "promoters said" as
  written (as "organisers said", tenth); "Nielsen said", "according to
  Luminate / Barb / Nielsen BookScan / OzTAM" as written; "The British Museum said ..." and
  "Saudi authorities said ..." opening the sentence as written. Left unchecked (None):
  "kündigte der Vatikan an" (as in the twelfth batch), "according to studio estimates" (as
  in the eighteenth), "its producers said", "Sotheby's had estimated", "according to the
  BBC's annual report", "the government announced", "officials said" (as in the forty-third), rows without attribution and all
  negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_45 = [
    # --- Kinokassen und Streaming (dpa, APA) ----------------------------------------------------
    ("de", "Berlin (dpa) - Die Komödie „Sonnenallee Süd“ hat am Startwochenende rund 412.000 Kinobesucher in Deutschland angelockt.", True,
     [("count", 412000, None, "about")], None),
    ("de", "Der Film spielte damit nach Angaben des Verleihs knapp 4,6 Millionen Euro ein.", True,
     [("money", 4600000, "EUR", "nearly")], "der Verleih"),
    ("de", "Es ist der beste Start eines deutschen Films seit 2019.", True,
     [("year", 2019, None, None)], None),
    ("de", "Auf Platz zwei landete der US-Thriller „Kaltfront“ mit 185.000 Besuchern.", True,
     [("ordinal", 2, None, None), ("count", 185000, None, None)], None),
    ("de", "Ein Kinoticket kostete im Schnitt 11,20 Euro, um 40 Cent mehr als im Vorjahr, teilte der Hauptverband Deutscher Filmtheater mit.", True,
     [("money", 11.2, "EUR", None), ("money", 0.4, "EUR", None)], "der Hauptverband Deutscher Filmtheater"),
    ("de", "„Das Publikum hat sich köstlich amüsiert“, sagte Regisseurin Petra Lanz.", False, [], None),
    ("de", "Kritiker lobten vor allem die Leichtigkeit der Inszenierung.", False, [], None),
    ("de", "Wien (APA) - Die österreichischen Kinos haben im ersten Halbjahr 5,1 Millionen Eintritte verzeichnet, um 7 Prozent mehr als im Vorjahreszeitraum.", True,
     [("ordinal", 1, None, None), ("count", 5100000, None, None), ("percent", 7, "%", None)], None),
    ("de", "Der Streamingdienst Flimmr hat im dritten Quartal 2,4 Millionen neue Abonnenten gewonnen und kommt nun auf 41 Millionen Kunden weltweit.", True,
     [("ordinal", 3, None, None), ("count", 2400000, None, None), ("count", 41000000, None, None)], None),
    ("de", "Das Standard-Abo wird ab 1. März um zwei Euro teurer und kostet dann 15,99 Euro im Monat.", True,
     [("date", "--03-01", None, None), ("money", 2, "EUR", None), ("money", 15.99, "EUR", None)], None),
    ("de", "Die dänische Krimiserie „Nordlicht“ wurde in den ersten zehn Tagen 38 Millionen Stunden lang angesehen, wie der Anbieter mitteilte.", True,
     [("duration", 10, "day", None), ("duration", 38000000, "hour", None)], "der Anbieter"),
    ("de", "Die Serie ist ein Fest für alle, die es düster mögen.", False, [], None),
    # --- Charts (dpa, APA) ----------------------------------------------------------------------
    ("de", "Baden-Baden (dpa) - Die Band Kaltwasser steht mit ihrem neuen Album zum dritten Mal auf Platz eins der deutschen Charts.", True,
     [("ordinal", 3, None, None), ("ordinal", 1, None, None)], None),
    ("de", "Das ermittelte die GfK Entertainment, die die offiziellen Charts erstellt.", True, [], None),
    ("de", "Die Single „Glasherz“ hält sich bereits seit elf Wochen an der Spitze und wurde über 90 Millionen Mal gestreamt.", True,
     [("duration", 11, "week", None), ("count", 90000000, None, "over")], None),
    ("de", "In Österreich stieg die Sängerin Mira Haslinger auf Rang drei der Ö3 Austria Top 40 ein.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Schlagerstar Toni Berger hat mit seinem 25. Studioalbum erstmals die Spitze erreicht.", True,
     [("ordinal", 25, None, None)], None),
    ("de", "Die Fans feierten ihn in den sozialen Medien überschwänglich.", False, [], None),
    ("de", "„Ich kann es noch gar nicht fassen“, sagte Haslinger dem ORF.", False, [], None),
    ("de", "Streaming macht inzwischen 82 Prozent des Umsatzes der Musikindustrie in Deutschland aus, teilte der Bundesverband Musikindustrie mit.", True,
     [("percent", 82, "%", None)], "der Bundesverband Musikindustrie"),
    ("de", "Der Branchenumsatz stieg im Vorjahr um 6,1 Prozent auf 2,38 Milliarden Euro.", True,
     [("percent", 6.1, "%", None), ("money", 2380000000, "EUR", None)], None),
    ("de", "Vinyl verkaufte sich 4,6 Millionen Mal, so viel wie seit 1992 nicht mehr.", True,
     [("count", 4600000, None, None), ("year", 1992, None, None)], None),
    ("de", "Ein Album, das man am liebsten in Dauerschleife hören möchte.", False, [], None),
    # --- Festivals und Museen (APA, Keystone-SDA) ----------------------------------------------
    ("de", "Salzburg (APA) - Die Salzburger Festspiele haben heuer rund 255.000 Karten verkauft, die Auslastung lag bei 97 Prozent.", True,
     [("count", 255000, None, "about"), ("percent", 97, "%", None)], None),
    ("de", "Besucher aus 78 Ländern kamen zu den 174 Aufführungen an 16 Spielstätten, wie die Festspiele mitteilten.", True,
     [("count", 78, None, None), ("count", 174, None, None), ("count", 16, None, None)], "die Festspiele"),
    ("de", "Die Karteneinnahmen erreichten mit 33,8 Millionen Euro einen Rekord.", True,
     [("money", 33800000, "EUR", None)], None),
    ("de", "Der „Jedermann“ wurde zum 105. Mal auf dem Domplatz gespielt.", True,
     [("ordinal", 105, None, None)], None),
    ("de", "Ein Sommer voller Magie, schwärmte die Präsidentin.", False, [], None),
    ("de", "Locarno (Keystone-SDA) - Das Filmfestival Locarno zählte in seinen elf Tagen 129'000 Eintritte, rund 5 Prozent mehr als im Vorjahr.", True,
     [("duration", 11, "day", None), ("count", 129000, None, None), ("percent", 5, "%", "about")], None),
    ("de", "Auf der Piazza Grande sahen an einem Abend bis zu 8000 Menschen die Vorführungen.", True,
     [("count", 8000, None, "up_to")], None),
    ("de", "Der Goldene Leopard ging an den Debütfilm einer 29-jährigen Georgierin.", True,
     [("duration", 29, "year", None)], None),
    ("de", "Die Stimmung unter den Sternen von Locarno bleibt unvergleichlich.", False, [], None),
    ("de", "Wien (APA) - Die Albertina hat im Vorjahr 1,08 Millionen Besucherinnen und Besucher gezählt, teilte das Museum mit.", True,
     [("count", 1080000, None, None)], "das Museum"),
    ("de", "Jeder dritte Gast kam aus dem Ausland.", True,
     [("fraction", 0.3333, None, None)], None),
    ("de", "Die Monet-Schau war mit 412.500 Besuchen die erfolgreichste Ausstellung in der Geschichte des Hauses.", True,
     [("count", 412500, None, None)], None),
    ("de", "Das Kunsthaus Zürich verzeichnete mit 398'000 Eintritten ein Minus von 4 Prozent.", True,
     [("count", 398000, None, None), ("percent", 4, "%", None)], None),
    ("de", "Das Haus lädt zum Staunen und Verweilen ein.", False, [], None),
    ("de", "Das Donauinselfest lockte an drei Tagen nach Angaben der Veranstalter 2,7 Millionen Menschen an.", True,
     [("duration", 3, "day", None), ("count", 2700000, None, None)], "die Veranstalter"),
    ("de", "Die Rettung versorgte 612 Personen, 34 davon wurden ins Spital gebracht.", True,
     [("count", 612, None, None), ("count", 34, None, None)], None),
    ("de", "Die Buchmesse in Frankfurt zählte an fünf Tagen 238.000 Besucher und 4.300 Aussteller aus 92 Ländern.", True,
     [("duration", 5, "day", None), ("count", 238000, None, None), ("count", 4300, None, None), ("count", 92, None, None)], None),
    ("de", "Gastland ist im kommenden Jahr die Schweiz.", True, [], None),
    # --- Auktionen (APA, dpa) -------------------------------------------------------------------
    ("de", "Wien (APA) - Ein Stillleben von Anton Romako ist im Dorotheum für 1,15 Millionen Euro inklusive Aufgeld versteigert worden.", True,
     [("money", 1150000, "EUR", None)], None),
    ("de", "Der Zuschlag war bei 920.000 Euro erfolgt, der Schätzwert hatte bei 400.000 bis 600.000 Euro gelegen.", True,
     [("money", 920000, "EUR", None), ("money", 400000, "EUR", None), ("money", 600000, "EUR", None)], None),
    ("de", "Damit erzielte das Bild fast das Doppelte der oberen Schätzung.", True,
     [("count", 2, "times", "nearly")], None),
    ("de", "Das 1884 gemalte Werk stammt aus einer Wiener Privatsammlung.", True,
     [("year", 1884, None, None)], None),
    ("de", "„Ein Bild von betörender Schönheit“, sagte Expertin Clara Weigl.", False, [], None),
    ("de", "Köln (dpa) - Bei einer Versteigerung in Köln kam ein Brief Beethovens für 210.000 Euro unter den Hammer, wie das Auktionshaus mitteilte.", True,
     [("money", 210000, "EUR", None)], "das Auktionshaus"),
    ("de", "Insgesamt brachte die zweitägige Auktion 6,3 Millionen Euro ein, 84 Prozent der Lose fanden einen Käufer.", True,
     [("duration", 2, "day", None), ("money", 6300000, "EUR", None), ("percent", 84, "%", None)], None),
    ("de", "Im Saal herrschte gespannte Stille, als der Hammer fiel.", False, [], None),
    # --- Preise und Auszeichnungen (dpa, APA, Keystone-SDA) ------------------------------------
    ("de", "Berlin (dpa) - Der Film „Eisgang“ ist für den Deutschen Filmpreis in neun Kategorien nominiert.", True,
     [("count", 9, None, None)], None),
    ("de", "Die Regisseurin war bereits zweimal für die Lola nominiert, gewonnen hat sie noch nie.", True,
     [("count", 2, "times", None)], None),
    ("de", "Die Auszeichnung ist mit insgesamt rund 3 Millionen Euro dotiert und wird am 9. Mai zum 75. Mal vergeben.", True,
     [("money", 3000000, "EUR", "about"), ("date", "--05-09", None, None), ("ordinal", 75, None, None)], None),
    ("de", "Die Schauspielerin Lotte Brandl erhielt zum dritten Mal den Nestroy-Preis.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Wien (APA) - Der Österreichische Buchpreis geht heuer an den 41-jährigen Autor Jakob Fellner.", True,
     [("duration", 41, "year", None)], None),
    ("de", "Der Preis ist mit 20.000 Euro dotiert, die vier weiteren Finalisten erhalten je 2.500 Euro.", True,
     [("money", 20000, "EUR", None), ("count", 4, None, None), ("money", 2500, "EUR", None)], None),
    ("de", "Fellners Roman ist ein leises, kluges Buch über das Verschwinden.", False, [], None),
    ("de", "Die Jury lobte die „unerhörte Genauigkeit seiner Sprache“.", False, [], None),
    ("de", "Der Schweizer Buchpreis wurde zum 18. Mal vergeben, teilte der Schweizer Buchhändler- und Verleger-Verband mit.", True,
     [("ordinal", 18, None, None)], "der Schweizer Buchhändler- und Verleger-Verband"),
    ("de", "„Ich bin überwältigt und unendlich dankbar“, sagte die Preisträgerin.", False, [], None),
    ("de", "Der Roman verkaufte sich seit Erscheinen rund 180.000 Mal und wurde in 23 Sprachen übersetzt.", True,
     [("count", 180000, None, "about"), ("count", 23, None, None)], None),
    # --- Kirche und Religion (KNA, epd, kathpress, APA) ----------------------------------------
    ("de", "Bonn (KNA) - Die evangelische Kirche in Deutschland hat im vergangenen Jahr rund 345.000 Mitglieder durch Austritt verloren.", True,
     [("count", 345000, None, "about")], None),
    ("de", "Die Zahl der Mitglieder sank damit auf 17,98 Millionen, teilte die EKD in Hannover mit.", True,
     [("count", 17980000, None, None)], "die EKD"),
    ("de", "Erstmals gehört damit weniger als ein Fünftel der Bevölkerung einer evangelischen Landeskirche an.", True,
     [("fraction", 0.2, None, "under")], None),
    ("de", "Die Zahl der Taufen ging um 3,4 Prozent auf 141.000 zurück.", True,
     [("percent", 3.4, "%", None), ("count", 141000, None, None)], None),
    ("de", "Das ist ein schmerzhafter Befund für uns alle, sagte die Ratsvorsitzende.", False, [], None),
    ("de", "Wien (APA) - Die katholische Kirche in Österreich zählte Ende 2024 knapp 4,6 Millionen Mitglieder.", True,
     [("year", 2024, None, None), ("count", 4600000, None, "nearly")], None),
    ("de", "In der Erzdiözese Wien wurden im Vorjahr 8.712 Kinder getauft, um 2,1 Prozent weniger als 2023, so die Erzdiözese.", True,
     [("count", 8712, None, None), ("percent", 2.1, "%", None), ("year", 2023, None, None)], "die Erzdiözese"),
    ("de", "Rom (KNA) - Papst Leo XIV. bricht am Sonntag zu einer elftägigen Reise nach Asien auf, seiner bisher längsten.", True,
     [("duration", 11, "day", None)], None),
    ("de", "Er wird dabei vier Länder besuchen und rund 32.000 Kilometer zurücklegen, kündigte der Vatikan an.", True,
     [("count", 4, None, None), ("count", 32000, None, "about")], None),
    ("de", "Es ist die dritte Auslandsreise des Papstes seit seiner Wahl im Mai.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Der Flug nach Jakarta dauert knapp 13 Stunden.", True,
     [("duration", 13, "hour", "nearly")], None),
    ("de", "Zur Abschlussmesse in Manila werden mehr als zwei Millionen Gläubige erwartet.", True,
     [("count", 2000000, None, "over")], None),
    ("de", "Die Gläubigen säumten singend und winkend die Straßen.", False, [], None),
    ("de", "Santiago de Compostela (dpa) - Das Pilgerbüro hat im Vorjahr 499.239 Pilgerurkunden ausgestellt, so viele wie nie zuvor.", True,
     [("count", 499239, None, None)], None),
    ("de", "Fast jeder zehnte Pilger kam aus Deutschland.", True,
     [("fraction", 0.1, None, "nearly")], None),
    ("de", "Rom (KNA) - An der Weltsynode im Vatikan nehmen 368 Mitglieder teil, darunter 54 Frauen.", True,
     [("count", 368, None, None), ("count", 54, None, None)], None),
    ("de", "Für Beschlüsse ist eine Zweidrittelmehrheit nötig.", True,
     [("fraction", 0.6667, None, None)], None),
    ("de", "Die Beratungen dauern vier Wochen.", True,
     [("duration", 4, "week", None)], None),
    ("de", "Einsiedeln (Keystone-SDA) - Das Kloster Einsiedeln feiert heuer sein 1100-jähriges Bestehen.", True,
     [("duration", 1100, "year", None)], None),
    ("de", "Zur Engelweihe im September werden rund 20'000 Gläubige erwartet, wie das Kloster mitteilte.", True,
     [("count", 20000, None, "about")], "das Kloster"),
    ("de", "Ein Ort der Stille, der Zeit und Raum vergessen lässt.", False, [], None),
    # --- Medienbranche (dpa, APA, Keystone-SDA) -------------------------------------------------
    ("de", "Mainz (dpa) - Der Rundfunkbeitrag steigt ab 1. Januar um 58 Cent auf 18,94 Euro im Monat.", True,
     [("date", "--01-01", None, None), ("money", 0.58, "EUR", None), ("money", 18.94, "EUR", None)], None),
    ("de", "Seit 2021 lag er bei 18,36 Euro.", True,
     [("year", 2021, None, None), ("money", 18.36, "EUR", None)], None),
    ("de", "Insgesamt nahmen ARD, ZDF und Deutschlandradio im Vorjahr 9,02 Milliarden Euro an Beiträgen ein, teilte der Beitragsservice mit.", True,
     [("money", 9020000000, "EUR", None)], "der Beitragsservice"),
    ("de", "Wien (APA) - Der ORF-Beitrag bleibt bis Ende 2026 bei 15,30 Euro im Monat.", True,
     [("year", 2026, None, None), ("money", 15.3, "EUR", None)], None),
    ("de", "Rund 3,3 Millionen Haushalte zahlen ihn, teilte der ORF mit.", True,
     [("count", 3300000, None, "about")], "der ORF"),
    ("de", "Die „Zeit im Bild“ um 19.30 Uhr erreichte im Schnitt 1,02 Millionen Zuseherinnen und Zuseher bei einem Marktanteil von 41 Prozent.", True,
     [("count", 1020000, None, None), ("percent", 41, "%", None)], None),
    ("de", "Den Sonntagskrimi sahen im Ersten 9,4 Millionen Menschen, das entsprach einem Marktanteil von 31,2 Prozent.", True,
     [("count", 9400000, None, None), ("percent", 31.2, "%", None)], None),
    ("de", "Ein Krimi, der bis zur letzten Minute fesselt.", False, [], None),
    ("de", "Die verkaufte Auflage der Tageszeitung sank im dritten Quartal um 6 Prozent auf 412.000 Exemplare.", True,
     [("ordinal", 3, None, None), ("percent", 6, "%", None), ("count", 412000, None, None)], None),
    ("de", "Die Zahl der Digitalabos stieg dagegen um ein Viertel auf 228.000.", True,
     [("fraction", 0.25, None, None), ("count", 228000, None, None)], None),
    ("de", "Zürich (awp) - Das Medienhaus Helvepress streicht 55 Vollzeitstellen und stellt zwei Regionalzeitungen ein.", True,
     [("count", 55, None, None), ("count", 2, None, None)], None),
    ("de", "Der Verlag begründete den Schritt mit einem Rückgang der Werbeeinnahmen um 14 Prozent.", True,
     [("percent", 14, "%", None)], None),
    ("de", "„Ein schwarzer Tag für den Journalismus“, kommentierte die Gewerkschaft.", False, [], None),
    ("de", "Die Leserinnen und Leser reagierten mit Wut und Trauer.", False, [], None),
    # --- Jubiläen (APA, dpa) --------------------------------------------------------------------
    ("de", "Wien (APA) - Vor 200 Jahren wurde Johann Strauss Sohn in Wien geboren.", True,
     [("duration", 200, "year", None)], None),
    ("de", "Zum 200. Geburtstag gibt es heuer mehr als 65 Konzerte und Ausstellungen in der Stadt.", True,
     [("ordinal", 200, None, None), ("count", 65, None, "over")], None),
    ("de", "Der Walzer „An der schönen blauen Donau“ wurde 1867 uraufgeführt.", True,
     [("year", 1867, None, None)], None),
    ("de", "Walzerseligkeit liegt in der Luft.", False, [], None),
    ("de", "Das Musical „Elisabeth“ feiert 33 Jahre nach seiner Uraufführung im Theater an der Wien seine 2000. Vorstellung.", True,
     [("duration", 33, "year", None), ("ordinal", 2000, None, None)], None),
    ("de", "Thomas Manns „Zauberberg“ erschien vor 101 Jahren im S. Fischer Verlag.", True,
     [("duration", 101, "year", None)], None),
    ("de", "Ein Jahrhundertroman, der nichts von seiner Kraft verloren hat.", False, [], None),
    ("de", "Die Schlümpfe werden heuer 67 Jahre alt.", True,
     [("duration", 67, "year", None)], None),
    ("de", "Kaum eine Figur hat Generationen von Kindern so geprägt.", False, [], None),
    ("de", "Die Wiener Philharmoniker spielen das Neujahrskonzert zum 85. Mal, es wird in mehr als 90 Länder übertragen.", True,
     [("ordinal", 85, None, None), ("count", 90, None, "over")], None),
    ("de", "Karten für das Konzert kosteten zwischen 35 und 1200 Euro.", True,
     [("money", 35, "EUR", None), ("money", 1200, "EUR", None)], None),
    ("de", "Es war ein Abend zum Niederknien.", False, [], None),

    # --- Box office and streaming (AP, Reuters, PTI) -------------------------------------------
    ("en", "LOS ANGELES (AP) — The space adventure \"Far Meridian\" opened at No. 1 at the North American box office with $86.3 million, according to studio estimates Sunday.", True,
     [("ordinal", 1, None, None), ("money", 86300000, "USD", None)], None),
    ("en", "It added $142 million from 61 international markets for a global debut of $228.3 million.", True,
     [("money", 142000000, "USD", None), ("count", 61, None, None), ("money", 228300000, "USD", None)], None),
    ("en", "The film cost about $200 million to make, not including marketing.", True,
     [("money", 200000000, "USD", "about")], None),
    ("en", "Last weekend's champion, \"Tin Soldiers,\" slipped to second place with $31 million in its third weekend.", True,
     [("ordinal", 2, None, None), ("money", 31000000, "USD", None), ("ordinal", 3, None, None)], None),
    ("en", "Audiences gave the film an A CinemaScore, and critics have been largely glowing.", False, [], None),
    ("en", "\"It's the kind of movie people want to see on the biggest screen possible,\" said Comscore analyst Paul Dunbar.", False, [], None),
    ("en", "MUMBAI (PTI) - The Hindi action drama \"Lion Gate\" has earned Rs 312 crore at the domestic box office in 10 days, its producers said on Monday.", True,
     [("money", 3120000000, "INR", None), ("duration", 10, "day", None)], None),
    ("en", "It is the year's highest-grossing Hindi film so far.", True, [], None),
    ("en", "Fans danced in the aisles at a midnight screening in Pune.", False, [], None),
    ("en", "LONDON, Jan 14 (Reuters) - UK cinema admissions rose 6% last year to 131 million, the UK Cinema Association said.", True,
     [("date", "--01-14", None, None), ("percent", 6, "%", None), ("count", 131000000, None, None)], "the UK Cinema Association"),
    ("en", "That is still about 25 million below the 2019 level.", True,
     [("count", 25000000, None, "about"), ("year", 2019, None, None)], None),
    ("en", "Streaming giant Vistaplay added 8.1 million subscribers in the fourth quarter, ending the year with 312 million paid memberships.", True,
     [("count", 8100000, None, None), ("ordinal", 4, None, None), ("count", 312000000, None, None)], None),
    ("en", "Revenue rose 16% to $11.4 billion, the company said in a letter to shareholders.", True,
     [("percent", 16, "%", None), ("money", 11400000000, "USD", None)], "the company"),
    ("en", "The service will raise the price of its standard plan by $2 to $19.99 a month.", True,
     [("money", 2, "USD", None), ("money", 19.99, "USD", None)], None),
    ("en", "The Korean thriller \"Harbour Nine\" logged 94 million views in its first 91 days, the most for any non-English series.", True,
     [("count", 94000000, None, None), ("duration", 91, "day", None)], None),
    ("en", "Viewers called the finale a masterpiece.", False, [], None),
    ("en", "The BBC drama \"Steel Valley\" drew a consolidated audience of 9.7 million over seven days, according to Barb.", True,
     [("count", 9700000, None, None), ("duration", 7, "day", None)], "Barb"),
    ("en", "The Super Bowl halftime show was watched by 133.5 million viewers in the U.S., a record, Nielsen said.", True,
     [("count", 133500000, None, None)], "Nielsen"),
    # --- Charts (AP, Reuters, PA, AAP) ---------------------------------------------------------
    ("en", "NEW YORK (AP) — Singer Lana Brooks scored her fifth No. 1 on the Billboard 200 albums chart as \"Paper Moons\" debuted with 412,000 equivalent album units.", True,
     [("ordinal", 5, None, None), ("ordinal", 1, None, None), ("count", 412000, None, None)], None),
    ("en", "Of that sum, 251,000 were in traditional album sales, according to Luminate.", True,
     [("count", 251000, None, None)], "Luminate"),
    ("en", "It is the biggest week for any album in 2025.", True,
     [("year", 2025, None, None)], None),
    ("en", "The album's lead single spent a 12th week atop the Billboard Hot 100.", True,
     [("ordinal", 12, None, None)], None),
    ("en", "\"I made this record in my kitchen at 3 a.m.,\" Brooks told fans on Instagram.", False, [], None),
    ("en", "LONDON (PA) - Rock veterans The Grays have claimed their 10th UK number one album, the Official Charts Company said.", True,
     [("ordinal", 10, None, None), ("ordinal", 1, None, None)], "the Official Charts Company"),
    ("en", "The record sold 48,000 chart units in seven days, ahead of a reissue by a rival band.", True,
     [("count", 48000, None, None), ("duration", 7, "day", None)], None),
    ("en", "It comes 45 years after the band's debut topped the chart in 1980.", True,
     [("duration", 45, "year", None), ("year", 1980, None, None)], None),
    ("en", "Frontman Dave Hollis said the band felt \"like kids again\".", False, [], None),
    ("en", "SYDNEY (AAP) - Perth singer-songwriter Jade Tolley has gone to No. 1 on the ARIA albums chart for a second week.", True,
     [("ordinal", 1, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Her song \"Saltwater\" was the most-streamed track in Australia last year, with 97 million streams.", True,
     [("count", 97000000, None, None)], None),
    ("en", "Global recorded music revenues grew 4.8% to $29.6 billion in 2024, the IFPI said.", True,
     [("percent", 4.8, "%", None), ("money", 29600000000, "USD", None), ("year", 2024, None, None)], "the IFPI"),
    ("en", "Paid streaming subscriptions passed 750 million for the first time.", True,
     [("count", 750000000, None, None), ("ordinal", 1, None, None)], None),
    ("en", "It's an album that rewards every listen.", False, [], None),
    ("en", "Tickets for the 11-date stadium tour sold out in under 40 minutes, promoters said.", True,
     [("count", 11, None, None), ("duration", 40, "minute", "under")], "promoters"),
    ("en", "Resale prices on some sites topped £1,200.", True,
     [("money", 1200, "GBP", None)], None),
    ("en", "Some fans queued overnight in the rain.", False, [], None),
    # --- Festivals and museums (PA, AAP, AP) ----------------------------------------------------
    ("en", "EDINBURGH (PA) - The Edinburgh Festival Fringe sold 2.6 million tickets this year across 3,893 shows, organisers said.", True,
     [("count", 2600000, None, None), ("count", 3893, None, None)], "organisers"),
    ("en", "That was up about 4% on last year and the second-highest total in its 78-year history.", True,
     [("percent", 4, "%", "about"), ("ordinal", 2, None, None), ("duration", 78, "year", None)], None),
    ("en", "Performers from 62 countries took part over 25 days.", True,
     [("count", 62, None, None), ("duration", 25, "day", None)], None),
    ("en", "The atmosphere on the Royal Mile was electric.", False, [], None),
    ("en", "Glastonbury's 210,000 tickets sold out in 35 minutes.", True,
     [("count", 210000, None, None), ("duration", 35, "minute", None)], None),
    ("en", "A standard ticket cost £378.50 plus a £5 booking fee.", True,
     [("money", 378.5, "GBP", None), ("money", 5, "GBP", None)], None),
    ("en", "PARIS (AP) — The Louvre received 8.7 million visitors last year, three-quarters of them from abroad, the museum said.", True,
     [("count", 8700000, None, None), ("fraction", 0.75, None, None)], "the museum"),
    ("en", "The museum is designed for about 4 million visitors a year.", True,
     [("count", 4000000, None, "about")], None),
    ("en", "Entry for visitors from outside the European Economic Area will rise by 45% to 32 euros from January.", True,
     [("percent", 45, "%", None), ("money", 32, "EUR", None)], None),
    ("en", "Standing before the Mona Lisa remains a strangely moving experience.", False, [], None),
    ("en", "The British Museum said visitor numbers rose 11% to 6.5 million in the year to March.", True,
     [("percent", 11, "%", None), ("count", 6500000, None, None)], "The British Museum"),
    ("en", "The National Gallery of Australia drew a record 912,000 visitors in 2024-25, the gallery said.", True,
     [("count", 912000, None, None), ("year", 2024, None, None), ("year", 2025, None, None)], "the gallery"),
    ("en", "The Sydney Opera House staged 1,894 performances for 1.4 million people last financial year.", True,
     [("count", 1894, None, None), ("count", 1400000, None, None)], None),
    ("en", "The Jaipur Literature Festival drew more than 400,000 visitors over five days, organisers said.", True,
     [("count", 400000, None, "over"), ("duration", 5, "day", None)], "organisers"),
    ("en", "Over 350 speakers appeared on its stages.", True,
     [("count", 350, None, "over")], None),
    ("en", "The crowds were a joy to behold.", False, [], None),
    # --- Auctions (Reuters, AP, PA) -------------------------------------------------------------
    ("en", "NEW YORK, Nov 18 (Reuters) - A portrait by Gustav Klimt sold for $251.8 million with fees at Sotheby's, the highest price for a modern work at any auction.", True,
     [("date", "--11-18", None, None), ("money", 251800000, "USD", None)], None),
    ("en", "The hammer price was $219 million, after a 20-minute bidding battle between six bidders.", True,
     [("money", 219000000, "USD", None), ("duration", 20, "minute", None), ("count", 6, None, None)], None),
    ("en", "Sotheby's had estimated the work at more than $150 million.", True,
     [("money", 150000000, "USD", "over")], None),
    ("en", "The painting was completed in 1916 and had been in the same family for three generations.", True,
     [("year", 1916, None, None), ("count", 3, None, None)], None),
    ("en", "\"It was a thrilling evening,\" the auctioneer said.", False, [], None),
    ("en", "The sale as a whole raised $527.5 million, with 94% of lots sold, the auction house said.", True,
     [("money", 527500000, "USD", None), ("percent", 94, "%", None)], "the auction house"),
    ("en", "LONDON (PA) - A guitar played by John Lennon has sold for £2.85m, including buyer's premium, at an auction in London.", True,
     [("money", 2850000, "GBP", None)], None),
    ("en", "It had been expected to fetch between £400,000 and £600,000.", True,
     [("money", 400000, "GBP", None), ("money", 600000, "GBP", None)], None),
    ("en", "The instrument sold for almost five times its top estimate.", True,
     [("count", 5, "times", "nearly")], None),
    ("en", "A first edition of Harry Potter, one of 500 copies printed, fetched £55,000.", True,
     [("count", 500, None, None), ("money", 55000, "GBP", None)], None),
    ("en", "Collectors will be talking about this sale for years.", False, [], None),
    # --- Awards (AP, Reuters, PA, PTI) ----------------------------------------------------------
    ("en", "LOS ANGELES (AP) — The musical \"Crown of Glass\" leads this year's Oscar nominations with 13 nods.", True,
     [("count", 13, None, None)], None),
    ("en", "Its director, 54, earned his third nomination for best director.", True,
     [("duration", 54, "year", None), ("ordinal", 3, None, None)], None),
    ("en", "The 98th Academy Awards will be held on March 15 in Hollywood.", True,
     [("ordinal", 98, None, None), ("date", "--03-15", None, None)], None),
    ("en", "Actress June Harlow became only the second Black woman nominated in the category.", True,
     [("ordinal", 2, None, None)], None),
    ("en", "\"I'm still shaking,\" Harlow said in a statement.", False, [], None),
    ("en", "Rapper Kofi Mensah won four Grammys on Sunday, taking his career total to 21.", True,
     [("count", 4, None, None), ("count", 21, None, None)], None),
    ("en", "He had led the field with 11 nominations.", True,
     [("count", 11, None, None)], None),
    ("en", "The ceremony ran three hours and 40 minutes.", True,
     [("duration", 3, "hour", None), ("duration", 40, "minute", None)], None),
    ("en", "It was, quite simply, the night of his life.", False, [], None),
    ("en", "Novelist Aisling Rourke won the Booker Prize for her debut novel, the first Irish writer to win in 15 years.", True,
     [("ordinal", 1, None, None), ("duration", 15, "year", None)], None),
    ("en", "The prize is worth £50,000, and each shortlisted author receives £2,500.", True,
     [("money", 50000, "GBP", None), ("money", 2500, "GBP", None)], None),
    ("en", "Judges praised the novel as \"fierce, tender and utterly original\".", False, [], None),
    ("en", "Sales of the book jumped 1,200% in the week after the announcement, according to Nielsen BookScan.", True,
     [("percent", 1200, "%", None)], "Nielsen BookScan"),
    ("en", "NEW DELHI (PTI) - Veteran actor Raghav Menon will receive the Dadasaheb Phalke Award for 2024, the government announced on Friday.", True,
     [("year", 2024, None, None)], None),
    ("en", "The 81-year-old has acted in more than 300 films in five languages.", True,
     [("duration", 81, "year", None), ("count", 300, None, "over"), ("count", 5, None, None)], None),
    ("en", "Film fans across the country hailed the choice.", False, [], None),
    # --- Religion (Reuters, AP, PTI, AAP) -------------------------------------------------------
    ("en", "VATICAN CITY, Nov 27 (Reuters) - Pope Leo will make a six-day trip to Turkey and Lebanon, his first foreign journey since his election in May.", True,
     [("date", "--11-27", None, None), ("duration", 6, "day", None), ("ordinal", 1, None, None)], None),
    ("en", "The 70-year-old pontiff will fly about 5,500 km and deliver 12 speeches, the Vatican said.", True,
     [("duration", 70, "year", None), ("count", 5500, None, "about"), ("count", 12, None, None)], "the Vatican"),
    ("en", "He will mark the 1,700th anniversary of the Council of Nicaea at Iznik.", True,
     [("ordinal", 1700, None, None)], None),
    ("en", "Pilgrims waved flags and sang hymns as the popemobile passed.", False, [], None),
    ("en", "More than 33 million people passed through the Holy Doors of St. Peter's Basilica during the Jubilee year, the Vatican said.", True,
     [("count", 33000000, None, "over")], "the Vatican"),
    ("en", "PRAYAGRAJ (PTI) - Nearly 150 million devotees took a dip at the Sangam on the first day of the Magh Mela, officials said.", True,
     [("count", 150000000, None, "nearly"), ("ordinal", 1, None, None)], None),
    ("en", "Over 25,000 police personnel were deployed for the 44-day fair.", True,
     [("count", 25000, None, "over"), ("duration", 44, "day", None)], None),
    ("en", "Saudi authorities said 1.67 million pilgrims performed the Hajj this year, down from 1.83 million last year.", True,
     [("count", 1670000, None, None), ("count", 1830000, None, None)], "Saudi authorities"),
    ("en", "The Church of England's regular Sunday attendance rose 5% to 605,000 last year, the church said.", True,
     [("percent", 5, "%", None), ("count", 605000, None, None)], "the church"),
    ("en", "The General Synod voted 253 to 136 in favour of the proposal.", True,
     [("count", 253, None, None), ("count", 136, None, None)], None),
    ("en", "It needs a two-thirds majority in each of the three houses to pass.", True,
     [("fraction", 0.6667, None, None), ("count", 3, None, None)], None),
    ("en", "The bishop said the vote was \"a moment of grace\".", False, [], None),
    ("en", "Christians made up 43.9% of Australians in the 2021 census, down from 52.1% five years earlier.", True,
     [("percent", 43.9, "%", None), ("year", 2021, None, None), ("percent", 52.1, "%", None), ("duration", 5, "year", None)], None),
    ("en", "Almost two in five Australians reported no religion.", True,
     [("fraction", 0.4, None, "nearly")], None),
    ("en", "The conclave lasted two days and required four ballots.", True,
     [("duration", 2, "day", None), ("count", 4, None, None)], None),
    ("en", "The 133 cardinal electors met in the Sistine Chapel.", True,
     [("count", 133, None, None)], None),
    ("en", "Faith, he said, is what carries us through the darkest nights.", False, [], None),
    # --- Media business (Reuters, PA, AP) -------------------------------------------------------
    ("en", "LONDON (PA) - The BBC licence fee will rise by £5 to £174.50 a year from April 1, the government said.", True,
     [("money", 5, "GBP", None), ("money", 174.5, "GBP", None), ("date", "--04-01", None, None)], "the government"),
    ("en", "The number of licences in force fell by 300,000 to 23.9 million, according to the BBC's annual report.", True,
     [("count", 300000, None, None), ("count", 23900000, None, None)], None),
    ("en", "Licence fee income totalled £3.8bn in 2024-25.", True,
     [("money", 3800000000, "GBP", None), ("year", 2024, None, None), ("year", 2025, None, None)], None),
    ("en", "The New York Times added 250,000 digital-only subscribers in the third quarter, bringing its total to 12.3 million.", True,
     [("count", 250000, None, None), ("ordinal", 3, None, None), ("count", 12300000, None, None)], None),
    ("en", "The company aims to reach 15 million subscribers by the end of 2027.", True,
     [("count", 15000000, None, None), ("year", 2027, None, None)], None),
    ("en", "Print circulation of the Sunday paper dropped 9% year on year to 412,000 copies.", True,
     [("percent", 9, "%", None), ("count", 412000, None, None)], None),
    ("en", "The publisher will cut 120 newsroom jobs, or about a tenth of its editorial staff, the union said.", True,
     [("count", 120, None, None), ("fraction", 0.1, None, "about")], "the union"),
    ("en", "Journalists described the mood in the newsroom as grim.", False, [], None),
    ("en", "Warner agreed to buy the studio for $82.7 billion, including debt.", True,
     [("money", 82700000000, "USD", None)], None),
    ("en", "The deal values the studio's shares at $27.75 each, a 31% premium to Friday's close.", True,
     [("money", 27.75, "USD", None), ("percent", 31, "%", None)], None),
    ("en", "ABC's news bulletin reached 2.1 million metropolitan viewers on Sunday, according to OzTAM.", True,
     [("count", 2100000, None, None)], "OzTAM"),
    ("en", "The podcast has been downloaded more than 500 million times since it launched in 2014.", True,
     [("count", 500000000, None, "over"), ("year", 2014, None, None)], None),
    ("en", "Listeners say it feels like chatting with an old friend.", False, [], None),
    # --- Anniversaries (AP, PA, AAP) ------------------------------------------------------------
    ("en", "\"Star Wars\" turns 50 next year, and Disney plans a re-release in 2,000 theatres.", True,
     [("duration", 50, "year", None), ("count", 2000, None, None)], None),
    ("en", "Pride and Prejudice was first published 212 years ago, on Jan. 28, 1813.", True,
     [("duration", 212, "year", None), ("date", "1813-01-28", None, None)], None),
    ("en", "The Mousetrap gave its 30,000th performance in London's West End on Tuesday.", True,
     [("ordinal", 30000, None, None)], None),
    ("en", "The play has run continuously since 1952, apart from a 14-month break during the pandemic.", True,
     [("year", 1952, None, None), ("duration", 14, "month", None)], None),
    ("en", "Queen's \"Bohemian Rhapsody\" was released 50 years ago this month and has since been streamed more than 2.5 billion times.", True,
     [("duration", 50, "year", None), ("count", 2500000000, None, "over")], None),
    ("en", "The song spent nine weeks at No. 1 in Britain in 1975.", True,
     [("duration", 9, "week", None), ("ordinal", 1, None, None), ("year", 1975, None, None)], None),
    ("en", "It remains, for many, the greatest single ever made.", False, [], None),
    ("en", "Sydney's Opera House marks the 52nd anniversary of its opening on Oct. 20.", True,
     [("ordinal", 52, None, None), ("date", "--10-20", None, None)], None),
    ("en", "The building took 14 years to complete and cost A$102 million.", True,
     [("duration", 14, "year", None), ("money", 102000000, "AUD", None)], None),
    ("en", "What a building, and what a city it has given us.", False, [], None),
    ("en", "The Beatles' \"Abbey Road\" has sold more than 31 million copies worldwide.", True,
     [("count", 31000000, None, "over")], None),
    ("en", "The band recorded the album in just over three months.", True,
     [("duration", 3, "month", "over")], None),
]
