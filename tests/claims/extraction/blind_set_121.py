"""Hundred-and-twenty-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, works, shows and figures are made
up (Matthias Egloff, Ruth Calder, Noëlle Vuilleumier, Henrike Lassahn, „Sommer in Sellin“,
Lilli Paasch, Konrad Ebner-Falk, Ilja Reisinger, Nele Vogt, Kristina Hallwang, Nino
Abashidze, «Das Haus am Fluss», Anders Bøgh, Tiago Mendes, «Salz», Maja Rüegg, Sabine
Kettwig, Judith Sellmer, „Die Uferlosen“, Ludwig Trenkwalder, Hermine Adler-Wertheim, Daniel
Rothmayr, Petra Klausing, Fabian Korte, Jördis Lanz, Vera Hollinek, Ernst Waldegg, Albert
Kündig, Johann Gottlieb Wendler, Annegret Vossberg, Thilo Brenninger; "Lanterns on
Delancey", "The Quiet Tenants", Mara Eldridge, Alan Whitmore, "Iron Harvest 2", Ben
Ostrowski, "Kaltes Land", Jonas Meinhardt, Ilinca Popa, "The Lighthouse Keeper's Daughter",
Lucía Ferrán, Sigrún Hallsdóttir, Helen Stavely, Walter Hale, Richard Calloway, Liza Prager,
Anna Vollenweider, Desmond Achterberg, Philippa Drummond, "Tin Pan Alley Ghosts", Graciela
Moss, Nadia Okonjo-Reyes); the stage works of Verdi, Wagner, Strauss, Mozart and Dostoevsky
are named only as titles. Real festivals, houses, prizes, papers, bodies and places ("Art
Basel", "Filmförderungsanstalt", "FFA", "Bregenzer Festspiele", "Seebühne", "Bayreuther
Festspiele", "Kulturstaatsministerium", "Salzburger Festspiele", "Felsenreitschule",
"Jedermann", "Vorarlberger Nachrichten", "Süddeutsche Zeitung", "FAZ", "Standard", "Krone",
"Filmfestival Locarno", "Goldener Leopard", "Piazza Grande", "Stadtmuseum in Quedlinburg",
"Landeskriminalamt", "Museumsbund", "Staatsanwaltschaft Magdeburg", "Deutscher Buchpreis",
"Börsenverein", "Frankfurter Buchmesse", "Römer", "Kunstrückgabebeirat", "Belvedere",
"Österreichische Galerie", "Auktionshaus im Kinsky", "Berliner Senat", "Deutsche Oper",
"Volksbühne", "Rotes Rathaus", "Abgeordnetenhaus", "Nestroy", "Theater an der Wien",
"Burgtheater", "ORF III", "Koller", "Albertinum", "Staatliche Kunstsammlungen Dresden";
"Tony Awards", "Radio City Music Hall", "Broadway League", "Arts Council England", "Royal
Opera House", "Equity", "Comscore", "Netflix", "Honfleur", "AFP", "Manhattan District
Attorney's office", "Venice Film Festival", "Golden Lion", "Variety", "The Hollywood
Reporter", "The Guardian", "Palazzo del Cinema", "Swedish Academy", "Nobel Prize in
Literature", "RUV", "Christie's", "Sotheby's", "Phillips", "Frieze London", "Regent's Park",
"ArtTactic", "National Theatre", "Olivier Awards", "Society of London Theatre", "Glastonbury
Festival", "Turner Prize", "Tate", "Tate Modern") stand for the way wire copy names them;
every visitor number, ticket, price, estimate, premium, prize, grant, cut, theft, return,
rating, review, date and quote here is invented, and where a real figure came to mind it was
changed.

Its weight: CULTURE - FESTIVALS, MUSEUMS, AUCTIONS, AWARDS AND THEATRE over one season in
story order (early June to mid-December of one year), each story told as wire copy runs it
(a dateline lead, the figures, attributed claims and the other side's reply, quotes,
follow-ups), the German and English stories interleaved by date. Half German (APA, dpa,
Keystone-SDA; Austrian "heuer", "Zuseherinnen und Zuseher", Swiss "91'000", "90'000
Franken", "Grossbank", «» quotes, German „“ quotes): Art Basel with its public days,
galleries, a dealer's sales in francs and the market report in dollars, the German cinemas'
half-year with admissions and the average ticket price, the Bregenz festival's premiere on
the lake and its balance with storms, Bayreuth's opening with a nearly five-hour „Parsifal“,
reviews quoted from two papers and the federal subsidy cut with the festival's reply and the
ministry's, the Salzburg festival's opening and balance, the Golden Leopard in Locarno with
its prize money and the Piazza Grande audience, five Flemish paintings stolen from a museum
in Quedlinburg and three of them found five weeks later, the German Book Prize and the
Frankfurt book fair, a restitution recommended by the Austrian advisory board and the
restituted painting sold in Vienna with its hammer price and premium, Berlin's culture cuts
with a protest, a banner, an open letter and the senator's defence, the Nestroy gala, a
Swiss record at Koller in francs, and an exhibition „Zum 250. Geburtstag“ of a Dresden
painter. Half English (AP, PA, Reuters): the Tony Awards and the Broadway season, Arts
Council England's funding cuts with the Royal Opera House's figure and the council's reply,
a superhero sequel's opening weekend, a German series on Netflix in views and hours, a
jewellery theft from a Normandy museum and the arrests, the Golden Lion in Venice with
reviews, a star rating and a standing ovation, antiquities returned to Italy by the
Manhattan District Attorney, the Nobel Prize in Literature in Swedish crowns, a London
record with buyer's premium in Frieze week, Glastonbury tickets, the New York November sales
in dollars, the death of an actor with tributes, West End ticket sales, a Broadway show's
5,000th performance and the Turner Prize. Figures as such copy has them: visitors, tickets,
admissions, views and seat shares; box office, grosses, revenues and budgets; hammer prices,
prices with premium ("inklusive Aufgeld", "mit Aufgeld", "with fees", "including buyer's
premium"), estimates and their multiples ("fast das Vierfache des unteren Schätzwerts",
"almost three times the low estimate", "below the low estimate"); prize money in euros,
francs, pounds and Swedish crowns; grants and cuts in euros and pounds, shares and
percentages; durations of performances, ceremonies, ovations, bidding and sales ("die
zweistündige Inszenierung", "knapp fünfstündige", "gut viereinhalb Stunden",
"dreieinhalbstündiges", "fünfeinhalbstündige", "a three-hour family drama", "three hours and
22 minutes", "a 13-minute standing ovation", "two hours and 50 minutes"); ordinals of
editions, anniversaries and prizes ("die 81. Bregenzer Festspiele", "des 79. Filmfestivals",
"Zum 250. Geburtstag", "the 83rd Venice Film Festival", "the 19th woman", "its 5,000th
Broadway performance"); ages, years and dates of theft, seizure and restitution. Negatives
as such copy has them: reviews quoted by the agencies, jury statements and citations,
artists', directors' and curators' quotes of feeling and creed, tributes, a minister's label
of a theft, a union's label of cuts, a verdict in Konjunktiv I with a figure, a banner with
a figure, a quoted anecdote, a suggestion by a spokesman, open questions (two with a
figure), a forecast without a figure, dealers' verdicts on the mood, fans' reactions and
scene colour.

242 rows (122 German, 120 English), 56 negatives (28 German, 28 English), 186 check-worthy
rows of which 12 carry no figure (8 German, 4 English), 361 expected quantities (107 counts,
77 amounts of money - 28 EUR, 25 USD, 17 GBP, 6 CHF, 1 SEK -, 60 durations, 37 years, 30
ordinals, 22 percentages, 14 dates, 14 fractions; 7 of them in seven negatives, as the
seventeenth batch labels a figure in a negative), 44 checked speakers (22 German, 22
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure or a fact are check-worthy with the speaker their own attribution gives ("Bereits
  am ersten Vorbesichtigungstag habe seine Galerie drei Werke ... verkauft, sagte Galerist
  Matthias Egloff." -> "Matthias Egloff", "Der Aufbau der Kulisse habe elf Monate gedauert
  ..., sagte Intendantin Lilli Paasch.", "Die Täter hätten ein Fenster ... aufgehebelt ...,
  teilte die Polizei mit.", "Die Bilder seien leicht beschädigt, aber restaurierbar, sagte
  Kettwig.", "Nach 87 Jahren kehre das Bild ... zurück, sagte Erbenanwalt Daniel Rothmayr.",
  "Allein an der Volksbühne stünden bis zu 40 Stellen auf dem Spiel, ...", "Die
  Versicherungssumme der Leihgaben liege bei mehr als 400 Millionen Euro, ...";
  hundred-fourteenth to hundred-eighteenth), and with the speaker unchecked where the verb
  is no verb of saying ("Das Kulturstaatsministerium verwies darauf, dass ...",
  "Kultursenatorin Petra Klausing verteidigte die Pläne: Der Etat sei seit 2016 um fast 60
  Prozent gewachsen, ..."; hundred-first: "begründete"). A Konjunktiv I verdict is a
  negative even with a figure ("Mit 3,6 Millionen Euro vom Bund sei ein Festival dieses
  Ranges „auf Dauer nicht zu machen“, ..." with its 3.6 million EUR labelled;
  hundred-seventeenth), and so is a spokesman's suggestion in the conditional ("..., die
  Theater könnten Einsparungen auch über höhere Eintrittspreise ausgleichen.";
  hundred-sixteenth: a Konjunktiv I demand without a figure). Quoted facts are check-worthy
  even with feeling around them (hundred-tenth, hundred-seventeenth): „Für uns ist das ein
  Albtraum, diese Bilder gehören der Stadt seit fast 300 Jahren“ -> "Sabine Kettwig" (300
  years "nearly"), ""A 9% cut on top of a decade of standstill funding is a cut of nearly a
  third in real terms," said Alan Whitmore, the opera house's chief executive." -> "Alan
  Whitmore" (forty-first: "said Helen Marsh, a professor ..."), ""I made this film with my
  mother's savings and 22 days of shooting," Popa told reporters ..." -> "Popa" (the
  audience dropped, hundred-seventeenth; 22 days). The other side's reply with a figure is
  check-worthy ("The council said the opera house's grant had fallen by 18% in cash terms
  since 2015, not by a third." -> "the council", both figures labelled as "52.000 ... und
  nicht 38.000", hundred-eighteenth).
- Check-worthy without a figure (forty-fifth, hundred-fourteenth, hundred-fifteenth): a
  festival's opening as an event ("... haben am Freitag die Bayreuther Festspiele
  begonnen.", "Die Salzburger Festspiele sind am Samstag ... eröffnet worden."), a prize
  awarded ("Der Deutsche Buchpreis geht ... an ..."), next year's guest country of a book
  fair (as the forty-fifth), a theft's modus operandi from the police, investigators'
  request to jewellers, paintings still missing ("Von den beiden übrigen Werken fehlt weiter
  jede Spur." - "den beiden" carries none, hundred-seventeenth: "der beiden"), a provenance
  account of the prosecutors ("in the 1990s" none, thirty-ninth), a unanimous vote of the
  Swedish Academy reported by its permanent secretary, a museum's acquisition ("Tate said it
  had acquired the installation for its collection." -> "Tate", as "Euroclear said",
  hundred-seventeenth). New: an advisory board's recommendation of a restitution is
  check-worthy without a figure ("Der Kunstrückgabebeirat hat die Rückgabe eines Gemäldes
  ... an die Erben ... empfohlen."), a body's decision of record as the hundred-fifteenth's
  "a board's decision on a price".
- Visitors, tickets, admissions and views are counts (forty-fifth, eighty-ninth): "rund
  91'000 Besucherinnen und Besucher" (Swiss apostrophe, tenth), "rund 41,6 Millionen
  Tickets", "knapp 2,9 Millionen Besucherinnen und Besuchern", "54,2 Millionen Besuche",
  "rund 196.000 Karten", "insgesamt 263.400 Besucherinnen und Besuchern" ("insgesamt" no
  hedge), "244.800 Karten", "rund 98'500 Zuschauerinnen und Zuschauer", "gut 151'000
  Eintritten" "over", "rund 231.000", "rund 2,9 Millionen Karten", "im Schnitt 96.000
  Zuseherinnen und Zuseher" ("im Schnitt" no hedge), "mehr als 60.000 Zeitfenstertickets",
  "Attendance reached 12.7 million", "38.6 million views", "about 112,000 tickets", "about
  60,000 people", "All 210,000 general admission tickets" ("All" no hedge), "17.1 million
  tickets", "about 11 million people", "88,400 visitors". Hours viewed are a duration ("247
  million hours" 247,000,000 hours; forty-fifth and eighty-ninth). "an ihren sechs
  Publikumstagen" is count 6 - a day inside a compound noun is counted, as "60 Arbeitstage"
  (eighty-ninth) and "an höchstens 30 Befragungstagen" (hundred-sixteenth) - while "an ihren
  fünf Tagen" and "over its 11 days" are durations of 5 and 11 days (forty-fifth: "an fünf
  Tagen", "in seinen elf Tagen"). New: "an elf Abenden" is count 11 - an evening is no unit
  of the issue's duration list, as the hundred-fifteenth's "zwei Nächte lang" is count 2.
  "in its first five days", "in its first 11 days" and "in its first 10 weeks" are ordinal 1
  with the span, "im ersten Halbjahr", "im ersten Halbjahr 2019" and "in the year's first
  half" ordinal 1 (eighty-ninth, hundred-fourth, hundred-seventeenth).
- Auctions (fifteenth, eighteenth, forty-fifth): the price with premium and the hammer price
  are money with no hedge ("mit Aufgeld 2,15 Millionen Euro", "für 3,4 Millionen Franken
  inklusive Aufgeld", "Der Hammer fiel bei 1,7 Millionen Euro", "for £9.8 million", "at a
  hammer price of £8 million", "$68.4 million with fees", "The hammer price was $59
  million"); "das Aufgeld beträgt bei dieser Summe rund 26 Prozent" percent 26 "about";
  estimate ranges give two amounts in the currency written once ("auf 800'000 bis 1,2
  Millionen Franken geschätzt" both CHF; forty-fifth: "400.000 bis 600.000 Euro"); multiples
  of an estimate are counts with their hedge ("fast das Vierfache des unteren Schätzwerts
  von 600.000 Euro" 4 "nearly" and 600,000 EUR, as "fast das Doppelte der oberen Schätzung",
  forty-fifth; "almost three times the low estimate of £3.5 million" 3 "nearly"; "more than
  twice the previous record" 2 "over", tenth). "below the low estimate of $60 million" and
  "short of its $300 million presale estimate" carry no hedge - "below" and "short of" stand
  before the article, not before the figure, as "knapp unter der Grenze von 10.000 Euro"
  (hundred-sixteenth). Bidding is a duration and bidders are counts ("Nach einem
  neunminütigen Bietgefecht zwischen drei Telefonbietern" 9 minutes and 3; "Eight bidders
  ... over 17 minutes" 8 and 17 minutes - "over" before a span no hedge, hundred-sixteenth;
  forty-fifth: "a 20-minute bidding battle"); lots and sell-through are counts and
  percentages ("Of the 47 lots offered, 42 found buyers, a sell-through rate of 89%",
  "across 43 lots, with 91% sold", "two lots estimated at a combined £6 million" -
  "combined" no hedge, hundred-eighteenth). "a record", "Auktionsrekord", "der höchste Preis
  ... je" carry none (twenty-third).
- Prize money and grants in the currency written (forty-fifth, hundred-fourteenth): "mit
  90'000 Franken dotiert" CHF, "25.000 Euro, ... je 2.500 Euro" ("je" no hedge), "11 million
  Swedish crowns ($1.2 million)" SEK and USD (the converted figure in brackets with no
  hedge, eightieth), "worth £25,000, while the three other shortlisted artists receive
  £10,000 each", "A reward of 50,000 euros", "eine Belohnung von 20.000 Euro". "je zur
  Hälfte" is fraction 0.5 (the issue's shares). Funding and cuts: "um 1,2 Millionen Euro auf
  3,6 Millionen Euro", "von gut 27 Millionen Euro" "over" (the "von" belongs to the noun,
  hundred-seventeenth), "um rund 110 Millionen Euro" "about" ("um" no hedge,
  hundred-sixteenth), "gut 2 Millionen Euro" "over", "£431 million a year from 2027 to 2030,
  £15 million less than ..." ("a year" none; "less" after a figure compares,
  hundred-seventeenth), "about 62% ..., up from 57%". Shares (the issue; hundred-fourteenth
  to hundred-eighteenth): "weniger als ein Siebtel" 0.1429 "under" (hundred-sixteenth:
  "About one in seven" 0.1429), "knapp ein Achtel" 0.125 "nearly" (hundred-sixteenth:
  "roughly an eighth"), "um fast ein Drittel" 0.3333 "nearly", "ein Drittel davon" 0.3333
  ("davon" no hedge), "Jeder vierte verkaufte Kinoschein" 0.25, "knapp ein Fünftel" 0.2
  "nearly", "gut zwei Drittel davon" 0.6667 "over", "ein Zehntel des Erlöses" 0.1, "More
  than a third of tickets" 0.3333 "over", "a cut of nearly a third" 0.3333 "nearly", "not by
  a third" 0.3333, "by about a fifth" 0.2 "about", "almost one in five seats" 0.2 "nearly".
- Durations of performances, ceremonies and ovations (the issue: "fünfstündigen";
  hundred-sixteenth, hundred-eighteenth): "Die zweistündige Inszenierung" 2 hours, "Die
  knapp fünfstündige Aufführung" 5 hours "nearly", "gut viereinhalb Stunden" 4.5 hours
  "over" (hundred-eighteenth: "rund dreieinhalb Stunden"), "sein dreieinhalbstündiges Epos"
  3.5 hours and "die fünfeinhalbstündige Dostojewski-Adaption" 5.5 hours (thirty-ninth:
  "nach rund zweieinhalbstündiger Beratung" 2.5 hours), "a three-hour family drama", "a
  three-hour Chinese documentary", "three hours and 22 minutes, 14 minutes longer" (three
  durations; "longer" after a figure compares), "At two hours and 41 minutes", "The show
  runs two hours and 50 minutes" (both units, hundred-eighteenth: "three hours and 40
  minutes"), "a 13-minute standing ovation" 13 minutes, "for two minutes", "in 32 minutes",
  "nach 14 Minuten", "eine nach 40 Minuten", "less than seven minutes" 7 "under". "mit zwei
  Pausen" is count 2 beside the duration (forty-fifth: "174 Aufführungen"). New: "including
  one intermission" is count 1, the number word "one" before a noun as "One farmer was
  charged" (hundred-eighteenth). Other spans: "elf Monate", "binnen fünf Jahren", "Gut fünf
  Wochen nach" 5 weeks "over", "zwei Jahre später" 2 years (hundred-sixteenth: "Zwei Tage
  nach"), "Nach 87 Jahren", "104 Jahre lang", "im Schnitt sieben Jahre" ("im Schnitt" no
  hedge), "seit fast 300 Jahren" "nearly", "Für die dreimonatige Schau" 3 months, "for six
  months", "for three months from February", "44 years after", "in five years", "22 days of
  shooting", "in 14 years", "face up to 10 years in prison" "up_to" (hundred-sixteenth: "a
  penalty of up to 20 years"), "more than six decades" 60 years "over" (twenty-fourth: "mehr
  als sechs Jahrzehnte"), "a two-year slump" 2 years (in a negative). None: "heuer", "im
  Vorjahr", "im Vorjahreszeitraum", "im kommenden Jahr", "in diesem Jahr", "last year",
  "this year", "next year's", "a decade ago", "a year", "within a year", "within hours",
  "binnen Sekunden", "minutenlangem", "in the 1990s" (thirty-ninth: decades none). Ages are
  durations in years ("Mara Eldridge, 71,", "die 38-jährige Deutsche", "Sellmer, 34,", "den
  88-jährigen Regisseur", "Popa, 36,", "Hallsdóttir, 63,", "Stavely, 58,", "at the age of
  89", "Okonjo-Reyes, 39,"); "im Alter von 41 und 46 Jahren" and "aged between 19 and 34"
  are two ages each with no hedge (the unit written once serves both, seventy-sixth;
  "between" no hedge, forty-first).
- Ordinals (forty-fifth, fifty-eighth, eighty-ninth): editions ("die 81. Bregenzer
  Festspiele", "des 79. Filmfestivals Locarno", "der 27. Nestroy-Gala", "the 83rd Venice
  Film Festival"), "Zum 250. Geburtstag" 250 (forty-fifth: "Zum 200. Geburtstag"), "its
  5,000th Broadway performance" 5000 (forty-fifth: "30,000th performance"), "the
  seventh-longest-running show" 7 (the issue: "die drittgrößte Stadt"), "Zum ersten Mal seit
  1997" 1 and the year, "zum zweiten Mal nach 2011" 2 and the year, "ihr dritter Nestroy,
  den ersten ..." 3 and 1 (eighty-ninth: the elliptic "ersten"), "am ersten
  Vorbesichtigungstag" 1, "the 19th woman" 19, "the second Romanian director" 2, "the third
  theft" 3, "the fourth Bristol-based artist" 4, "a second season" 2, "for the first time"
  1; centuries are ordinals ("aus dem 17. Jahrhundert" 17, "18th-century gold jewellery" 18,
  "the second century A.D." 2, "Phillips' 20th-century sale" 20; seventeenth and
  hundred-tenth). New: "20th- and 21st-century art" gives ordinals 20 and 21 - the suspended
  hyphen lends "century" to the first ordinal, as the unit written once serves two figures
  (seventy-sixth). "the oldest performer", "die jüngste Preisträgerin", "the longest of the
  festival", "die bislang größte Ausstellung", "the biggest global launch" carry none
  (forty-first).
- Multiples and counts otherwise: "fünfmal so oft" count 5 (the issue's "viermal"), "more
  than tenfold" 10 "over" (seventeenth: "fourfold" 4), "four times a day" 4 ("a day" none),
  "hung up twice" 2 (in a negative); "289 Galerien aus 41 Ländern, 23 davon", "178
  Aufführungen an 15 Spielstätten, darunter sechs Opernproduktionen", "drei der fünf
  gestohlenen Gemälde" (a definite group, forty-first), "mehr als 300 Tonnen" "over" (a
  weight as a count, forty-second and hundred-fifteenth), "mehr als 140 Inszenierungen",
  "197 Titel", "148 Gemälde ... in elf Ländern", "312 Objekte", "24 Berliner Bühnen", "bis
  zu 40 Stellen" "up_to", "Mehr als 3.000 Menschen ..., nach Angaben der Veranstalter waren
  es 8.000" (each side's count, hundred-eighteenth), "rund zwei Dutzend Kolleginnen und
  Kollegen" 24 "about" (the issue's "two dozen"; in a negative), "six Tony Awards", "12
  nominations", "Eleven organisations ..., among them two", "the eight-episode series" 8
  (seventy-sixth: "a 38-page dissent"), "14 pieces", "nine of the 14", "38 looted
  antiquities", "more than 5,000 objects", "14 novels and four collections of poetry,
  translated into 31 languages", "more than 300 times in three productions", "two Olivier
  Awards", "41 theaters", "4,000 reclaimed school chairs", "the four shortlisted artists",
  "the three main houses", "Only three members" ("Only", "just" no hedge), "Iron Harvest 2"
  none (a title, as the chart name "Billboard 200" and the identifier "737 MAX", forty-fifth
  and forty-third). New: a published star rating is a checkable fact and check-worthy ("The
  Guardian gave it four stars out of five." counts 4 and 5), as a poll's share of
  respondents holding a view is a measured fact (hundred-sixteenth), while the critics'
  words stay negatives ("Variety called it "a small film with an enormous heart," ...").
- Money otherwise, in the currency written (every earlier batch): EUR ("412 Millionen Euro
  ... 9,91 Euro", "34,1 Millionen Euro", "475 Euro, ... 5 Euro", "rund 1,4 Millionen Euro"
  "about", "lediglich mit 600.000 Euro" - "lediglich" no hedge as "nur" -, "insgesamt mehr
  als 60 Millionen Euro" "over", "rund 28 Millionen Euro" "about", "rund 450.000 Euro"
  "about", "1,8 Millionen Euro", "about 2.3 million euros" "about"), CHF ("zusammen 4,2
  Millionen Franken" - "zusammen" no hedge -, "Rund 16 Millionen Franken" "about"), USD in
  German copy ("16,5 Millionen Dollar", "57,5 Milliarden Dollar", "von mehr als 10 Millionen
  Dollar" "over") and English ("$1.9 billion", "$142.5 million", "about $390 million"
  "about", "at least $250 million" "at_least", "$4.41 billion", "more than $14 million"
  "over", "about $480 million", "$1.2 million", "$2.2 million", "$236.5 million", "$12.1
  million", "$71.3 million", "more than $1.3 billion" "over", "$148, up from $96", "topped
  $40 million" - "topped" a verb, no hedge, ninety-ninth), GBP ("£42,000", "£74.6 million",
  "£96.2 million", "£966 million", "rose 7% to £56.40", "for under £25" "under", "£378 plus
  a £5 booking fee, up £18"). New: the banner „110 Millionen weniger – und in Berlin geht
  das Licht aus“ gives count 110,000,000 and no money - no currency is written, and the
  hundred-eighteenth's "mehrere Hunderttausend Franken" shows the currency, not the context,
  makes an amount.
- Years and dates: "since 2016", "seit 2016", "the 2025-26 season" and "the 2018-19 season"
  both years each (forty-fifth: "2024-25"), "from 2027 to 2030", "seit 2015", "since 2015",
  "im ersten Halbjahr 2019", "seit 1997", "zum zweiten Mal nach 2011", "nach 2028" (in a
  negative), "in 2004", "formed in 2017", "the 2026 Nobel Prize", "in 1901", "im Jahr 2005",
  "in 2003", "1938", "1942", "seit 1998", "seit 1961", "2009", "in 2028", "A 1962 painting",
  "in 1989", "set in 2019", "in 2019", "in 1988" (in a negative), "in 1979", "in 2008",
  "since it opened in 2011", "founded in 1984", "des 1921 verstorbenen Künstlers", "1839"
  years; "vom 17. bis 20. Juni" two dates (eighty-third: "Jan. 6-28"), "Bis 31. August", "am
  11. Dezember", "on May 24", "on Dec. 10", "ending Nov. 30" dates without a year; "am 14.
  Dezember 1776" the full date 1776-12-14 (forty-fifth: "on Jan. 28, 1813"); Reuters
  datelines with a day ("LOS ANGELES, Aug 12", "PARIS, Aug 18", "PARIS, Sept 2", "VENICE,
  Sept 6", "STOCKHOLM, Oct 8", "NEW YORK, Nov 17") dates without a year; APA, dpa,
  Keystone-SDA, AP ("NEW YORK (AP) —", "LOS ANGELES (AP) —") and PA ("LONDON (PA) -",
  "GLASTONBURY (PA) -", "BRISTOL (PA) -") datelines none (seventy-ninth). Weekdays, months,
  seasons ("im kommenden Sommer", "next spring", "from April", "from February") and "ORF
  III" (a channel, eighty-ninth) none.
- Hedges, only the names in use: "rund", "Rund", "about" "about"; "knapp", "fast", "almost",
  "nearly" "nearly"; "mehr als", "Mehr als", "gut", "Gut", "more than", "More than" "over";
  "weniger als", "less than", "under" "under"; "bis zu", "up to" "up_to"; "at least"
  "at_least". No hedge: "insgesamt", "Insgesamt", "zusammen", "combined", "bereits",
  "Bereits", "im Schnitt", "lediglich", "Only", "only", "just", "All", "Allein", "je",
  "each", "davon", "darunter", "among them", "between", "below the", "short of its",
  "topped", "over" before a span, "longer", "less" and "weniger" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte die FFA am Dienstag
  mit" -> "die FFA" and "teilte das Direktorium am Freitag mit" -> "das Direktorium" (the
  weekday dropped, hundred-fourteenth), "teilte die Polizei mit", "teilte das Museum mit",
  "teilte der Börsenverein mit", "teilte der ORF mit", "teilten die Staatlichen
  Kunstsammlungen Dresden mit" (the capitalised adjective in the nominative as written,
  hundred-fifteenth), "wie die Festivalleitung am Samstag mitteilte", "wie die Messe am
  Sonntag mitteilte", "wie die Staatsanwaltschaft Magdeburg mitteilte" (the place part of
  the name, as "die Polizeidirektion Leipzig", hundred-eighteenth), "wie das Auktionshaus
  mitteilte" (forty-fifth), "nach Angaben der Filmförderungsanstalt", "nach Angaben der
  Festspiele", "nach Angaben der Stadtverwaltung" the source in the nominative (seventieth,
  forty-fifth), "nach Angaben des Auktionshauses" -> "das Auktionshaus" (eighteenth and
  forty-fifth, with the hundred-fifteenth's "nach Angaben des Instituts"); "sagte X" with
  the title dropped ("Galerist", "Intendantin", "Museumsleiterin", "Erbenanwalt",
  "Kuratorin"), "sagte Kettwig" the surname as written, "sagte deren Intendant Fabian Korte"
  -> "Fabian Korte" (eighty-fourth: "deren Vorsitzende ..."). English: "the Broadway League
  said" (twice), "the council said" and "The council said ..." opening the row -> "the
  council" (as "the commission", eighty-ninth, and "the committee", hundred-sixteenth), "the
  company said", "the auction house said" (forty-fifth), "the gallery said" (forty-fifth),
  "The National Theatre said ..." -> "the National Theatre" (hundred-fourteenth: "The Church
  Commissioners said ..."), "the Society of London Theatre said", "the regional prosecutor's
  office said" (hundred-sixteenth: "the federal prosecutor's office said"), "Italy's culture
  ministry said" the possessive as written (hundred-seventeenth: "India's commerce ministry
  said"), "organisers said" (twice, forty-fifth), "Comscore said", "Netflix said on
  Tuesday", "Sotheby's said", "Tate said" as written (hundred-seventeenth: "Euroclear
  said"), "according to ArtTactic" as written (hundred-seventeenth: "according to Statistics
  Canada"), "The show's creator, Jonas Meinhardt, said" -> the name in apposition
  (hundred-sixteenth: "His attorney, Vincent Dorsey, said"). New: "the Swedish Academy said"
  -> "the Swedish Academy" - the adjective is part of the body's proper name, not a
  description heading the source, as "the Food and Agriculture Organization"
  (hundred-fifteenth) and "die Königlich Schwedische Akademie der Wissenschaften"
  (hundred-tenth to hundred-thirteenth); "French police said on Monday" stays unchecked, the
  adjective heading the common noun as in "the Swiss government said" (hundred-first). Left
  unchecked (None): "verwies darauf", "verteidigte die Pläne", "schätzt das Museum", "Koller
  hatte ... geschätzt", "nach eigenen Angaben", "Laut dem Kunstmarktbericht" (a document,
  hundred-second), the two-sided protest count (hundred-eighteenth), "studio estimates
  showed", "people familiar with the budget said", "according to surveillance footage seen
  by investigators", "The museum put the value ... at", "its director told AFP", "the
  district attorney said" and "The academy's permanent secretary said" (roles without a
  name, hundred-fifteenth), "prosecutors said" (twice) and "investigators believe" (plural
  groups, forty-first), "according to the film's distributor" (a possessive heading the
  source, eighty-third), "Her publisher said", "his family said", "its organisers have
  said", "its producers said" (forty-fifth), "according to the auction house's records" (a
  document), "Frieze London, which closed on Sunday, said ..." (a subject parted from its
  verb by a relative clause, hundred-sixteenth), rows without attribution and all negatives,
  also those with a named speaker.
- Negatives (forty-fifth, ninety-eighth, hundred-fourteenth, hundred-eighteenth): reviews
  quoted by the agencies („Vorarlberger Nachrichten“, „Süddeutsche Zeitung“ and „FAZ“,
  „Standard“ and „Krone“, Variety and The Hollywood Reporter), jury statements and citations
  ("Die Jury ... würdigte den Film als «stilles Meisterwerk ...»", "Die Jury lobte einen
  Roman, ...", "Die Jury hob ... hervor.", "The academy praised her ...", "The jury said her
  work ..."), artists', directors', curators' and presidents' quotes of feeling and creed
  (also with a named speaker: „Das Kino lebt, ...“, «Die Sammler kaufen wieder, ...»,
  «Locarno ist und bleibt ...», „Wir sind zufrieden, aber nicht satt“, „Ich habe nicht
  einmal eine Rede vorbereitet“, „Gerechtigkeit lässt sich nicht nachholen, ...“, „Theater
  ist die einzige Kunst, ...“, „Wendler hat die Romantik erfunden, ...“, ""Nobody tell my
  knees ...,"", ""This is the summer theaters have been praying for,"", ""It's strange to
  see a number like that ...,"", ""The top of the market ...,"", ""Every night I still get
  butterflies ...,"", ""I want every kid ...,""), tributes ("He made every young actor in
  the room braver," with its year labelled; "Fellow actors paid tribute ..."; ninety-ninth:
  condolences), labels ("called the night "a victory lap ..."", "called the cuts "a slow
  strangulation ..."", "the theft was "an attack on our shared memory."", "called the
  seizure "an overreach ..."", "a tabloid columnist called the work ...", "Der Museumsbund
  sprach von einem „Weckruf ...“", "Die Messeleitung sprach von einer «robusten ...
  Nachfrage»" - "sprach von" with an evaluation, hundred-eighteenth), a minister's
  protection claim without a measure ("the settlement protected "the breadth of ..."";
  hundred-seventeenth: "would protect "thousands of skilled jobs""), a speech's warning ("In
  seiner Rede warnte der Schriftsteller ... vor einer „Kultur der Empörung ...“";
  eighty-third: sermons' appeals), the verdict and the suggestion above, a banner with a
  figure (above), a rallying cry to colleagues („Wer bei der Kultur spart, spart an der
  Demokratie“ with its 24 labelled). New: a quoted anecdote of the laureate about herself is
  a negative with its figure labelled (""I thought it was a prank call and hung up twice,""
  count 2), as the forty-fifth's quote about what an artist did "at 3 a.m.". Open questions
  ("Ob die Sommermonate ...", "Ob der Kanton seinen Beitrag nach 2028 halten kann, ..." with
  its year labelled, "Welche Rolle die ... Sparvorgaben ... spielen werden, ...", "Ob
  einzelne Häuser ganz schließen müssen, ...", "Whether local authorities ...", "It was not
  immediately clear whether ...", "Whether the results mark the bottom of a two-year slump
  ..." with its 2 years labelled, "The producers have not said how long ..."), a forecast
  without a figure ("Producers warn that rising energy bills could close smaller venues
  within a year."; forty-seventh), dealers' verdicts on the mood ("Dealers described the
  mood ... as cautious but not gloomy.", "Bidding in the room was thin, ..."), fans'
  reactions ("Fans have flooded social media ..."), and scene colour (applause and fireworks
  over the lake, a hammer coming down, protesters with banners in Venice, a queue outside
  the Albertinum).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_121 = [
    # --- Tony Awards (AP) ---
    ("en", "NEW YORK (AP) — The musical \"Lanterns on Delancey\" won six Tony Awards on Sunday, including best musical, at a ceremony at Radio City Music Hall.", True, [("count", 6, None, None)], None),
    ("en", "It had led the field with 12 nominations, the most for a new musical since 2016.", True, [("count", 12, None, None), ("year", 2016, None, None)], None),
    ("en", "Best play went to \"The Quiet Tenants,\" a three-hour family drama that opened in March to mixed reviews.", True, [("duration", 3, "hour", None)], None),
    ("en", "Mara Eldridge, 71, became the oldest performer to win best leading actress in a play, 44 years after her Broadway debut.", True, [("duration", 71, "year", None), ("duration", 44, "year", None)], None),
    ("en", "\"Nobody tell my knees I'm still dancing,\" Eldridge joked as the audience rose.", False, [], None),
    ("en", "Broadway grossed a record $1.9 billion in the 2025-26 season, which ended on May 24, the Broadway League said.", True, [("money", 1900000000, "USD", None), ("year", 2025, None, None), ("year", 2026, None, None), ("date", "--05-24", None, None)], "the Broadway League"),
    ("en", "Attendance reached 12.7 million, still about 6% below the 2018-19 season.", True, [("count", 12700000, None, None), ("percent", 6, "%", "about"), ("year", 2018, None, None), ("year", 2019, None, None)], None),
    ("en", "More than a third of tickets were bought by tourists from outside New York.", True, [("fraction", 0.3333, None, "over")], None),
    ("en", "The ceremony ran three hours and 22 minutes, 14 minutes longer than last year's.", True, [("duration", 3, "hour", None), ("duration", 22, "minute", None), ("duration", 14, "minute", None)], None),
    ("en", "Critics called the night \"a victory lap for the new American musical.\"", False, [], None),
    # --- Art Basel (Keystone-SDA) ---
    ("de", "Basel (Keystone-SDA) - Die Kunstmesse Art Basel hat an ihren sechs Publikumstagen rund 91'000 Besucherinnen und Besucher angezogen, etwa gleich viele wie im Vorjahr.", True, [("count", 6, None, None), ("count", 91000, None, "about")], None),
    ("de", "Insgesamt stellten 289 Galerien aus 41 Ländern aus, 23 davon erstmals.", True, [("count", 289, None, None), ("count", 41, None, None), ("count", 23, None, None)], None),
    ("de", "Bereits am ersten Vorbesichtigungstag habe seine Galerie drei Werke für zusammen 4,2 Millionen Franken verkauft, sagte Galerist Matthias Egloff.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("money", 4200000, "CHF", None)], "Matthias Egloff"),
    ("de", "Das teuerste an der Messe gemeldete Werk, ein Gemälde der US-Malerin Ruth Calder, wechselte für 16,5 Millionen Dollar den Besitzer.", True, [("money", 16500000, "USD", None)], None),
    ("de", "Die Messeleitung sprach von einer «robusten, wenn auch vorsichtigen Nachfrage».", False, [], None),
    ("de", "Laut dem Kunstmarktbericht, den die Messe mit einer Grossbank herausgibt, sank der weltweite Kunstumsatz im vergangenen Jahr um 12 Prozent auf 57,5 Milliarden Dollar.", True, [("percent", 12, "%", None), ("money", 57500000000, "USD", None)], None),
    ("de", "Die Zahl der Verkäufe von mehr als 10 Millionen Dollar ging demnach um fast ein Drittel zurück.", True, [("money", 10000000, "USD", "over"), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "«Die Sammler kaufen wieder, aber sie lassen sich Zeit», sagte Messedirektorin Noëlle Vuilleumier.", False, [], None),
    ("de", "Die nächste Ausgabe ist vom 17. bis 20. Juni geplant.", True, [("date", "--06-17", None, None), ("date", "--06-20", None, None)], None),
    # --- Arts Council England (PA) ---
    ("en", "LONDON (PA) - Arts Council England is to cut funding for 42 organisations in its national portfolio from April, with the Royal Opera House losing 9% of its grant.", True, [("count", 42, None, None), ("percent", 9, "%", None)], None),
    ("en", "The council will distribute £431 million a year from 2027 to 2030, £15 million less than under the current settlement.", True, [("money", 431000000, "GBP", None), ("year", 2027, None, None), ("year", 2030, None, None), ("money", 15000000, "GBP", None)], None),
    ("en", "Organisations outside London will receive about 62% of the money, up from 57%, the council said.", True, [("percent", 62, "%", "about"), ("percent", 57, "%", None)], "the council"),
    ("en", "Eleven organisations will lose their funding entirely, among them two touring opera companies and a children's theatre in Hull.", True, [("count", 11, None, None), ("count", 2, None, None)], None),
    ("en", "The Culture Secretary said the settlement protected \"the breadth of what makes this country creative.\"", False, [], None),
    ("en", "\"A 9% cut on top of a decade of standstill funding is a cut of nearly a third in real terms,\" said Alan Whitmore, the opera house's chief executive.", True, [("percent", 9, "%", None), ("fraction", 0.3333, None, "nearly")], "Alan Whitmore"),
    ("en", "The council said the opera house's grant had fallen by 18% in cash terms since 2015, not by a third.", True, [("percent", 18, "%", None), ("year", 2015, None, None), ("fraction", 0.3333, None, None)], "the council"),
    ("en", "Equity, the performers' union, called the cuts \"a slow strangulation of regional theatre.\"", False, [], None),
    ("en", "Whether local authorities can make up the shortfall remains unclear after years of council budget cuts.", False, [], None),
    # --- Box office: holiday weekend (AP) ---
    ("en", "LOS ANGELES (AP) — The superhero sequel \"Iron Harvest 2\" opened with $142.5 million in North American theaters over the holiday weekend, studio estimates showed on Sunday.", True, [("money", 142500000, "USD", None)], None),
    ("en", "Worldwide, the film took in about $390 million in its first five days, the biggest global launch of the year.", True, [("money", 390000000, "USD", "about"), ("ordinal", 1, None, None), ("duration", 5, "day", None)], None),
    ("en", "It cost at least $250 million to make, not including marketing, people familiar with the budget said.", True, [("money", 250000000, "USD", "at_least")], None),
    ("en", "Comscore said the year-to-date domestic box office stood at $4.41 billion, up 11% from the same point last year.", True, [("money", 4410000000, "USD", None), ("percent", 11, "%", None)], "Comscore"),
    ("en", "\"This is the summer theaters have been praying for,\" said Comscore senior analyst Ben Ostrowski.", False, [], None),
    ("en", "At two hours and 41 minutes, the film can be shown only four times a day on most screens.", True, [("duration", 2, "hour", None), ("duration", 41, "minute", None), ("count", 4, None, None)], None),
    # --- Kinobilanz erstes Halbjahr (dpa) ---
    ("de", "Berlin (dpa) - Die deutschen Kinos haben im ersten Halbjahr rund 41,6 Millionen Tickets verkauft, gut 8 Prozent mehr als im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("count", 41600000, None, "about"), ("percent", 8, "%", "over")], None),
    ("de", "Der Umsatz stieg nach Angaben der Filmförderungsanstalt auf 412 Millionen Euro, der durchschnittliche Eintrittspreis lag bei 9,91 Euro.", True, [("money", 412000000, "EUR", None), ("money", 9.91, "EUR", None)], "die Filmförderungsanstalt"),
    ("de", "Erfolgreichster Film war die Komödie „Sommer in Sellin“ mit knapp 2,9 Millionen Besucherinnen und Besuchern.", True, [("count", 2900000, None, "nearly")], None),
    ("de", "Jeder vierte verkaufte Kinoschein entfiel auf eine deutsche Produktion, teilte die FFA am Dienstag mit.", True, [("fraction", 0.25, None, None)], "die FFA"),
    ("de", "Die Zahl der Leinwände sank binnen fünf Jahren um 214 auf 4.710.", True, [("duration", 5, "year", None), ("count", 214, None, None), ("count", 4710, None, None)], None),
    ("de", "„Das Kino lebt, und es lebt vom Erlebnis“, sagte Verbandschefin Henrike Lassahn.", False, [], None),
    ("de", "Vor der Pandemie hatten die Kinos im ersten Halbjahr 2019 noch 54,2 Millionen Besuche gezählt.", True, [("ordinal", 1, None, None), ("year", 2019, None, None), ("count", 54200000, None, None)], None),
    ("de", "Ob die Sommermonate an den Zuwachs anknüpfen können, hängt nach Einschätzung der Branche vor allem an den großen US-Starts.", False, [], None),
    # --- Bregenzer Festspiele: Premiere (APA) ---
    ("de", "Bregenz (APA) - Mit der Premiere von Verdis „Nabucco“ auf der Seebühne sind am Mittwochabend die 81. Bregenzer Festspiele eröffnet worden.", True, [("ordinal", 81, None, None)], None),
    ("de", "Für die 28 Vorstellungen auf dem See sind nach Angaben der Festspiele bereits 96 Prozent der rund 196.000 Karten verkauft.", True, [("count", 28, None, None), ("percent", 96, "%", None), ("count", 196000, None, "about")], "die Festspiele"),
    ("de", "Die zweistündige Inszenierung kommt ohne Pause aus, das Bühnenbild wiegt mehr als 300 Tonnen.", True, [("duration", 2, "hour", None), ("count", 300, None, "over")], None),
    ("de", "Der Aufbau der Kulisse habe elf Monate gedauert und 4,8 Millionen Euro gekostet, sagte Intendantin Lilli Paasch.", True, [("duration", 11, "month", None), ("money", 4800000, "EUR", None)], "Lilli Paasch"),
    ("de", "Das Publikum feierte das Ensemble mit minutenlangem Applaus, über dem See ging ein Feuerwerk nieder.", False, [], None),
    ("de", "Die „Vorarlberger Nachrichten“ lobten eine „bildgewaltige, aber seltsam kühle“ Produktion.", False, [], None),
    ("de", "Bund und Land Vorarlberg tragen zusammen knapp 40 Prozent des Budgets von rund 28 Millionen Euro.", True, [("percent", 40, "%", "nearly"), ("money", 28000000, "EUR", "about")], None),
    # --- Bayreuther Festspiele (dpa) ---
    ("de", "Bayreuth (dpa) - Mit einer Neuinszenierung von Wagners „Parsifal“ haben am Freitag die Bayreuther Festspiele begonnen.", True, [], None),
    ("de", "Die knapp fünfstündige Aufführung mit zwei Pausen endete nach Mitternacht mit heftigen Buhrufen für das Regieteam.", True, [("duration", 5, "hour", "nearly"), ("count", 2, None, None)], None),
    ("de", "Die „Süddeutsche Zeitung“ schrieb von einem „ermüdenden Bilderrätsel“, die „FAZ“ von einem „mutigen Wurf“.", False, [], None),
    ("de", "Der Bund kürzt seinen Zuschuss für die Festspiele im kommenden Jahr um 1,2 Millionen Euro auf 3,6 Millionen Euro.", True, [("money", 1200000, "EUR", None), ("money", 3600000, "EUR", None)], None),
    ("de", "Damit sinkt der Anteil des Bundes am Etat von gut 27 Millionen Euro auf weniger als ein Siebtel.", True, [("money", 27000000, "EUR", "over"), ("fraction", 0.1429, None, "under")], None),
    ("de", "Mit 3,6 Millionen Euro vom Bund sei ein Festival dieses Ranges „auf Dauer nicht zu machen“, sagte Festspielleiter Konrad Ebner-Falk.", False, [("money", 3600000, "EUR", None)], None),
    ("de", "Das Kulturstaatsministerium verwies darauf, dass der Bund die Festspiele seit 2015 mit insgesamt mehr als 60 Millionen Euro unterstützt habe.", True, [("year", 2015, None, None), ("money", 60000000, "EUR", "over")], None),
    ("de", "Rund 5.800 Karten gingen in diesem Jahr erstmals in einen freien Online-Verkauf, der nach 14 Minuten beendet war.", True, [("count", 5800, None, "about"), ("duration", 14, "minute", None)], None),
    ("de", "Über die reguläre Bestellung warten Wagnerianer auf eine Karte weiterhin im Schnitt sieben Jahre.", True, [("duration", 7, "year", None)], None),
    # --- Salzburger Festspiele: Eröffnung (APA) ---
    ("de", "Salzburg (APA) - Die Salzburger Festspiele sind am Samstag mit der traditionellen Festrede in der Felsenreitschule eröffnet worden.", True, [], None),
    ("de", "Bis 31. August stehen 178 Aufführungen an 15 Spielstätten auf dem Programm, darunter sechs Opernproduktionen.", True, [("date", "--08-31", None, None), ("count", 178, None, None), ("count", 15, None, None), ("count", 6, None, None)], None),
    ("de", "In seiner Rede warnte der Schriftsteller Ilja Reisinger vor einer „Kultur der Empörung, die keinen Widerspruch mehr aushält“.", False, [], None),
    ("de", "Die Neuinszenierung von Strauss' „Frau ohne Schatten“ dauert mit zwei Pausen gut viereinhalb Stunden.", True, [("count", 2, None, None), ("duration", 4.5, "hour", "over")], None),
    ("de", "Zum ersten Mal seit 1997 spielt eine Frau die Titelrolle im „Jedermann“, die 38-jährige Deutsche Nele Vogt.", True, [("ordinal", 1, None, None), ("year", 1997, None, None), ("duration", 38, "year", None)], None),
    ("de", "Der „Standard“ nannte ihre Darstellung „eine Offenbarung“, die „Krone“ vermisste „jede Fallhöhe“.", False, [], None),
    # --- Locarno (Keystone-SDA) ---
    ("de", "Locarno (Keystone-SDA) - Der Goldene Leopard des 79. Filmfestivals Locarno geht an den georgischen Spielfilm «Das Haus am Fluss» der Regisseurin Nino Abashidze.", True, [("ordinal", 79, None, None)], None),
    ("de", "Der Hauptpreis ist mit 90'000 Franken dotiert, die je zur Hälfte an Regie und Produktion gehen.", True, [("money", 90000, "CHF", None), ("fraction", 0.5, None, None)], None),
    ("de", "Die Jury unter dem Vorsitz des dänischen Regisseurs Anders Bøgh würdigte den Film als «stilles Meisterwerk über Herkunft und Verlust».", False, [], None),
    ("de", "Den Preis für die beste Regie erhielt der Portugiese Tiago Mendes für sein dreieinhalbstündiges Epos «Salz».", True, [("duration", 3.5, "hour", None)], None),
    ("de", "Auf der Piazza Grande sahen an elf Abenden insgesamt rund 98'500 Zuschauerinnen und Zuschauer die Filme unter freiem Himmel.", True, [("count", 11, None, None), ("count", 98500, None, "about")], None),
    ("de", "Mit gut 151'000 Eintritten verzeichnete das Festival ein Plus von 4 Prozent, wie die Festivalleitung am Samstag mitteilte.", True, [("count", 151000, None, "over"), ("percent", 4, "%", None)], "die Festivalleitung"),
    ("de", "«Locarno ist und bleibt ein Festival der Entdeckungen», sagte Festivalpräsidentin Maja Rüegg.", False, [], None),
    ("de", "Rund 16 Millionen Franken umfasst das Budget, ein Drittel davon stammt von Bund, Kanton und Stadt.", True, [("money", 16000000, "CHF", "about"), ("fraction", 0.3333, None, None)], None),
    ("de", "Ob der Kanton seinen Beitrag nach 2028 halten kann, ist wegen des Sparprogramms offen.", False, [("year", 2028, None, None)], None),
    # --- Streaming: German thriller on Netflix (Reuters) ---
    ("en", "LOS ANGELES, Aug 12 (Reuters) - Netflix said on Tuesday that its German-language thriller series \"Kaltes Land\" drew 38.6 million views in its first 11 days, making it the platform's most-watched non-English show this year.", True, [("date", "--08-12", None, None), ("count", 38600000, None, None), ("ordinal", 1, None, None), ("duration", 11, "day", None)], "Netflix"),
    ("en", "Viewers watched 247 million hours of the eight-episode series, the company said.", True, [("duration", 247000000, "hour", None), ("count", 8, None, None)], "the company"),
    ("en", "The show's creator, Jonas Meinhardt, said a second season had been commissioned.", True, [("ordinal", 2, None, None)], "Jonas Meinhardt"),
    ("en", "Fans have flooded social media with theories about the finale's closing scene.", False, [], None),
    # --- Museum theft in Honfleur (Reuters) ---
    ("en", "PARIS, Aug 18 (Reuters) - Thieves broke into a museum in the Normandy town of Honfleur overnight and stole 14 pieces of 18th-century gold jewellery, French police said on Monday.", True, [("date", "--08-18", None, None), ("count", 14, None, None), ("ordinal", 18, None, None)], None),
    ("en", "The raid took less than seven minutes, the regional prosecutor's office said, adding that it had opened an investigation into organised theft.", True, [("duration", 7, "minute", "under")], "the regional prosecutor's office"),
    ("en", "Two men on a scooter smashed a ground-floor window and broke open three display cases, according to surveillance footage seen by investigators.", True, [("count", 2, None, None), ("count", 3, None, None)], None),
    ("en", "The museum put the value of the stolen pieces at about 2.3 million euros but said their historical value was \"incalculable.\"", True, [("money", 2300000, "EUR", "about")], None),
    ("en", "France's culture minister said the theft was \"an attack on our shared memory.\"", False, [], None),
    ("en", "Investigators have asked jewellers and auction houses across Europe to watch for the stolen pieces.", True, [], None),
    ("en", "It is the third theft from a French museum this year, after burglaries in Limoges and in the Jura.", True, [("ordinal", 3, None, None)], None),
    ("en", "The museum, which draws about 65,000 visitors a year, had no night guard on duty, its director told AFP.", True, [("count", 65000, None, "about")], None),
    # --- Bregenzer Festspiele: Bilanz (APA) ---
    ("de", "Bregenz (APA) - Die Bregenzer Festspiele haben heuer mit insgesamt 263.400 Besucherinnen und Besuchern eine Auslastung von 98,6 Prozent erreicht.", True, [("count", 263400, None, None), ("percent", 98.6, "%", None)], None),
    ("de", "Wegen Gewittern mussten drei Vorstellungen ins Festspielhaus verlegt und eine nach 40 Minuten abgebrochen werden.", True, [("count", 3, None, None), ("duration", 40, "minute", None)], None),
    ("de", "Im kommenden Sommer steht auf der Seebühne zum zweiten Mal nach 2011 Mozarts „Zauberflöte“ auf dem Programm.", True, [("ordinal", 2, None, None), ("year", 2011, None, None)], None),
    # --- Salzburger Festspiele: Bilanz (APA) ---
    ("de", "Salzburg (APA) - Die Salzburger Festspiele haben heuer 244.800 Karten verkauft und Einnahmen von 34,1 Millionen Euro erzielt, teilte das Direktorium am Freitag mit.", True, [("count", 244800, None, None), ("money", 34100000, "EUR", None)], "das Direktorium"),
    ("de", "Das sind um 2,3 Prozent weniger Karten als im Rekordjahr davor, die Auslastung sank auf 95,4 Prozent.", True, [("percent", 2.3, "%", None), ("percent", 95.4, "%", None)], None),
    ("de", "Besucherinnen und Besucher kamen aus 76 Ländern, knapp ein Fünftel aus Deutschland.", True, [("count", 76, None, None), ("fraction", 0.2, None, "nearly")], None),
    ("de", "Die teuerste Karte für eine Premiere kostete 475 Euro, die günstigste für ein Jugendprojekt 5 Euro.", True, [("money", 475, "EUR", None), ("money", 5, "EUR", None)], None),
    ("de", "„Wir sind zufrieden, aber nicht satt“, sagte Präsidentin Kristina Hallwang.", False, [], None),
    ("de", "Welche Rolle die angekündigten Sparvorgaben des Bundes im kommenden Jahr spielen werden, ließ das Direktorium offen.", False, [], None),
    # --- Honfleur theft: arrests (Reuters) ---
    ("en", "PARIS, Sept 2 (Reuters) - French police have arrested four people over the Honfleur jewellery theft and recovered nine of the 14 stolen pieces, prosecutors said on Tuesday.", True, [("date", "--09-02", None, None), ("count", 4, None, None), ("count", 9, None, None), ("count", 14, None, None)], None),
    ("en", "The suspects, aged between 19 and 34, face up to 10 years in prison if convicted of organised theft.", True, [("duration", 19, "year", None), ("duration", 34, "year", None), ("duration", 10, "year", "up_to")], None),
    ("en", "Two of the pieces had been melted down, investigators believe.", True, [("count", 2, None, None)], None),
    ("en", "A reward of 50,000 euros offered by an insurer for information remains in place.", True, [("money", 50000, "EUR", None)], None),
    # --- Venice Film Festival (Reuters) ---
    ("en", "VENICE, Sept 6 (Reuters) - Romanian director Ilinca Popa's \"The Lighthouse Keeper's Daughter\" won the Golden Lion for best film at the 83rd Venice Film Festival on Saturday.", True, [("date", "--09-06", None, None), ("ordinal", 83, None, None)], None),
    ("en", "The jury, chaired by Spanish actress Lucía Ferrán, gave the Grand Jury Prize to a three-hour Chinese documentary about migrant workers.", True, [("duration", 3, "hour", None)], None),
    ("en", "Popa's film had received a 13-minute standing ovation at its premiere, the longest of the festival, according to the film's distributor.", True, [("duration", 13, "minute", None)], None),
    ("en", "Variety called it \"a small film with an enormous heart,\" while The Hollywood Reporter found it \"schematic and overlong.\"", False, [], None),
    ("en", "The Guardian gave it four stars out of five.", True, [("count", 4, None, None), ("count", 5, None, None)], None),
    ("en", "\"I made this film with my mother's savings and 22 days of shooting,\" Popa told reporters after the ceremony.", True, [("duration", 22, "day", None)], "Popa"),
    ("en", "Popa, 36, is the second Romanian director to win the award in five years.", True, [("duration", 36, "year", None), ("ordinal", 2, None, None), ("duration", 5, "year", None)], None),
    ("en", "The festival sold about 112,000 tickets over its 11 days, up 5% on last year, organisers said.", True, [("count", 112000, None, "about"), ("duration", 11, "day", None), ("percent", 5, "%", None)], "organisers"),
    ("en", "More than 1,700 journalists from 84 countries were accredited.", True, [("count", 1700, None, "over"), ("count", 84, None, None)], None),
    ("en", "Protesters outside the Palazzo del Cinema held banners accusing the festival of ignoring the climate crisis.", False, [], None),
    # --- Museumsdiebstahl in Quedlinburg (dpa) ---
    ("de", "Quedlinburg (dpa) - Aus dem Stadtmuseum in Quedlinburg sind in der Nacht zum Sonntag fünf Gemälde flämischer Meister gestohlen worden.", True, [("count", 5, None, None)], None),
    ("de", "Die Täter hätten ein Fenster im Erdgeschoss aufgehebelt und die Alarmanlage binnen Sekunden ausgeschaltet, teilte die Polizei mit.", True, [], "die Polizei"),
    ("de", "Den Wert der Bilder aus dem 17. Jahrhundert schätzt das Museum auf rund 1,4 Millionen Euro.", True, [("ordinal", 17, None, None), ("money", 1400000, "EUR", "about")], None),
    ("de", "„Für uns ist das ein Albtraum, diese Bilder gehören der Stadt seit fast 300 Jahren“, sagte Museumsleiterin Sabine Kettwig.", True, [("duration", 300, "year", "nearly")], "Sabine Kettwig"),
    ("de", "Das Landeskriminalamt setzte eine Belohnung von 20.000 Euro für Hinweise aus.", True, [("money", 20000, "EUR", None)], None),
    ("de", "Versichert ist die Sammlung nach Angaben der Stadtverwaltung lediglich mit 600.000 Euro.", True, [("money", 600000, "EUR", None)], "die Stadtverwaltung"),
    ("de", "Der Museumsbund sprach von einem „Weckruf für alle kleinen Häuser“.", False, [], None),
    # --- Antiquities returned to Italy (AP) ---
    ("en", "NEW YORK (AP) — The Manhattan District Attorney's office on Thursday returned 38 looted antiquities valued at more than $14 million to Italy, among them a marble head of a Roman empress.", True, [("count", 38, None, None), ("money", 14000000, "USD", "over")], None),
    ("en", "Many of the pieces had passed through the hands of a convicted London dealer before being sold to U.S. collectors in the 1990s, prosecutors said.", True, [], None),
    ("en", "The office's antiquities trafficking unit has recovered more than 5,000 objects worth about $480 million since it was formed in 2017, the district attorney said.", True, [("count", 5000, None, "over"), ("money", 480000000, "USD", "about"), ("year", 2017, None, None)], None),
    ("en", "\"These objects were torn from their context, and today they go home,\" the consul general of Italy said at the handover ceremony.", False, [], None),
    ("en", "Two of the collectors surrendered their pieces voluntarily, prosecutors said.", True, [("count", 2, None, None)], None),
    ("en", "The head, dated to the second century A.D., had been bought at auction in New York in 2004 for $1.2 million.", True, [("ordinal", 2, None, None), ("year", 2004, None, None), ("money", 1200000, "USD", None)], None),
    ("en", "Italy's culture ministry said the objects would go on display in Rome for six months before being returned to museums near the sites where they were found.", True, [("duration", 6, "month", None)], "Italy's culture ministry"),
    ("en", "Lawyers for one collector called the seizure \"an overreach by a prosecutor in search of headlines.\"", False, [], None),
    ("en", "It was not immediately clear whether any of the dealers involved would face charges.", False, [], None),
    # --- Nobel Prize in Literature (Reuters) ---
    ("en", "STOCKHOLM, Oct 8 (Reuters) - Icelandic novelist Sigrún Hallsdóttir won the 2026 Nobel Prize in Literature on Thursday, the Swedish Academy said.", True, [("date", "--10-08", None, None), ("year", 2026, None, None)], "the Swedish Academy"),
    ("en", "The academy praised her \"luminous prose that gives voice to the silence of remote places.\"", False, [], None),
    ("en", "The prize is worth 11 million Swedish crowns ($1.2 million).", True, [("money", 11000000, "SEK", None), ("money", 1200000, "USD", None)], None),
    ("en", "Hallsdóttir, 63, is the 19th woman to win the literature prize since it was first awarded in 1901.", True, [("duration", 63, "year", None), ("ordinal", 19, None, None), ("year", 1901, None, None)], None),
    ("en", "Her publisher said sales of her books had risen more than tenfold within hours of the announcement.", True, [("count", 10, None, "over")], None),
    ("en", "\"I thought it was a prank call and hung up twice,\" Hallsdóttir told Iceland's public broadcaster RUV.", False, [("count", 2, None, None)], None),
    ("en", "She has written 14 novels and four collections of poetry, translated into 31 languages.", True, [("count", 14, None, None), ("count", 4, None, None), ("count", 31, None, None)], None),
    ("en", "The academy's permanent secretary said the vote had been unanimous.", True, [], None),
    ("en", "The prize will be presented at a ceremony in Stockholm on Dec. 10, the anniversary of Alfred Nobel's death.", True, [("date", "--12-10", None, None)], None),
    # --- Deutscher Buchpreis (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Der Deutsche Buchpreis geht in diesem Jahr an die Leipziger Autorin Judith Sellmer für ihren Roman „Die Uferlosen“.", True, [], None),
    ("de", "Der Preis bringt der Gewinnerin 25.000 Euro, die übrigen fünf Autorinnen und Autoren der Shortlist erhalten je 2.500 Euro.", True, [("money", 25000, "EUR", None), ("count", 5, None, None), ("money", 2500, "EUR", None)], None),
    ("de", "Die Jury lobte einen Roman, „der mit großer Zärtlichkeit von einer verlorenen Generation erzählt“.", False, [], None),
    ("de", "Zur Auswahl hatten 197 Titel gestanden, die zwischen Oktober des Vorjahres und September erschienen waren.", True, [("count", 197, None, None)], None),
    ("de", "Sellmer, 34, ist die jüngste Preisträgerin seit Einführung der Auszeichnung im Jahr 2005.", True, [("duration", 34, "year", None), ("year", 2005, None, None)], None),
    ("de", "„Ich habe nicht einmal eine Rede vorbereitet“, sagte Sellmer sichtlich bewegt im Frankfurter Römer.", False, [], None),
    ("de", "Der Siegertitel verkaufe sich nach der Verleihung erfahrungsgemäß fünfmal so oft wie zuvor, teilte der Börsenverein mit.", True, [("count", 5, None, None)], "der Börsenverein"),
    # --- Frieze week auction in London (PA) ---
    ("en", "LONDON (PA) - A painting by the British artist Helen Stavely has sold for £9.8 million at Christie's in London, a record for a living British woman artist.", True, [("money", 9800000, "GBP", None)], None),
    ("en", "The price, including buyer's premium, was almost three times the low estimate of £3.5 million, the auction house said.", True, [("count", 3, None, "nearly"), ("money", 3500000, "GBP", None)], "the auction house"),
    ("en", "Eight bidders competed for the work over 17 minutes before it was knocked down to a buyer on the phone at a hammer price of £8 million.", True, [("count", 8, None, None), ("duration", 17, "minute", None), ("money", 8000000, "GBP", None)], None),
    ("en", "Stavely, 58, sold the canvas to a collector in 2003 for £42,000.", True, [("duration", 58, "year", None), ("year", 2003, None, None), ("money", 42000, "GBP", None)], None),
    ("en", "\"It's strange to see a number like that next to something I painted in a cold studio in Margate,\" she said in a statement.", False, [], None),
    ("en", "Christie's evening sale of 20th- and 21st-century art raised £74.6 million across 43 lots, with 91% sold.", True, [("ordinal", 20, None, None), ("ordinal", 21, None, None), ("money", 74600000, "GBP", None), ("count", 43, None, None), ("percent", 91, "%", None)], None),
    ("en", "That was down from £96.2 million at the equivalent sale last year.", True, [("money", 96200000, "GBP", None)], None),
    ("en", "Sotheby's withdrew two lots estimated at a combined £6 million shortly before its own sale on Friday.", True, [("count", 2, None, None), ("money", 6000000, "GBP", None)], None),
    ("en", "Frieze London, which closed on Sunday, said about 60,000 people visited its tent in Regent's Park over five days.", True, [("count", 60000, None, "about"), ("duration", 5, "day", None)], None),
    ("en", "Dealers described the mood in the salerooms as cautious but not gloomy.", False, [], None),
    # --- Frankfurter Buchmesse (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Die Frankfurter Buchmesse hat an ihren fünf Tagen rund 231.000 Besucherinnen und Besucher gezählt, etwas mehr als im Vorjahr.", True, [("duration", 5, "day", None), ("count", 231000, None, "about")], None),
    ("de", "Rund 4.300 Aussteller aus 92 Ländern präsentierten ihre Programme, wie die Messe am Sonntag mitteilte.", True, [("count", 4300, None, "about"), ("count", 92, None, None)], "die Messe"),
    ("de", "Ehrengast im kommenden Jahr ist die Slowakei.", True, [], None),
    # --- Museumsdiebstahl: Festnahmen (dpa) ---
    ("de", "Magdeburg (dpa) - Gut fünf Wochen nach dem Einbruch im Quedlinburger Stadtmuseum hat die Polizei drei der fünf gestohlenen Gemälde in einer Garage bei Halle sichergestellt.", True, [("duration", 5, "week", "over"), ("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Zwei Männer im Alter von 41 und 46 Jahren sitzen in Untersuchungshaft, wie die Staatsanwaltschaft Magdeburg mitteilte.", True, [("count", 2, None, None), ("duration", 41, "year", None), ("duration", 46, "year", None)], "die Staatsanwaltschaft Magdeburg"),
    ("de", "Die Bilder seien leicht beschädigt, aber restaurierbar, sagte Kettwig.", True, [], "Kettwig"),
    ("de", "Von den beiden übrigen Werken fehlt weiter jede Spur.", True, [], None),
    # --- Restitution aus dem Belvedere (APA) ---
    ("de", "Wien (APA) - Der Kunstrückgabebeirat hat die Rückgabe eines Gemäldes von Ludwig Trenkwalder aus dem Belvedere an die Erben einer jüdischen Sammlerin empfohlen.", True, [], None),
    ("de", "Das Landschaftsbild war 1938 von der Gestapo beschlagnahmt und zwei Jahre später der Österreichischen Galerie übergeben worden.", True, [("year", 1938, None, None), ("duration", 2, "year", None)], None),
    ("de", "Die Sammlerin Hermine Adler-Wertheim war 1942 im Ghetto Theresienstadt ums Leben gekommen.", True, [("year", 1942, None, None)], None),
    ("de", "Nach 87 Jahren kehre das Bild zu seinen rechtmäßigen Eigentümern zurück, sagte Erbenanwalt Daniel Rothmayr.", True, [("duration", 87, "year", None)], "Daniel Rothmayr"),
    ("de", "Das Belvedere hat seit 1998 insgesamt 312 Objekte restituiert, teilte das Museum mit.", True, [("year", 1998, None, None), ("count", 312, None, None)], "das Museum"),
    ("de", "„Gerechtigkeit lässt sich nicht nachholen, nur annähern“, sagte eine Enkelin der Sammlerin bei der Übergabe.", False, [], None),
    # --- Berliner Kulturetat (dpa) ---
    ("de", "Berlin (dpa) - Der Berliner Senat will den Kulturetat im kommenden Doppelhaushalt um rund 110 Millionen Euro kürzen, knapp ein Achtel der bisherigen Mittel.", True, [("money", 110000000, "EUR", "about"), ("fraction", 0.125, None, "nearly")], None),
    ("de", "Besonders betroffen sind die großen Bühnen: Der Deutschen Oper sollen 4,5 Millionen Euro fehlen, der Volksbühne gut 2 Millionen Euro.", True, [("money", 4500000, "EUR", None), ("money", 2000000, "EUR", "over")], None),
    ("de", "Mehr als 3.000 Menschen protestierten am Samstag vor dem Roten Rathaus gegen die Pläne, nach Angaben der Veranstalter waren es 8.000.", True, [("count", 3000, None, "over"), ("count", 8000, None, None)], None),
    ("de", "„110 Millionen weniger – und in Berlin geht das Licht aus“, stand auf einem Transparent vor dem Rathaus.", False, [("count", 110000000, None, None)], None),
    ("de", "Kultursenatorin Petra Klausing verteidigte die Pläne: Der Etat sei seit 2016 um fast 60 Prozent gewachsen, ohne dass die Häuser Rücklagen gebildet hätten.", True, [("year", 2016, None, None), ("percent", 60, "%", "nearly")], None),
    ("de", "Die Leitungen von 24 Berliner Bühnen haben einen offenen Brief an den Regierenden Bürgermeister unterzeichnet.", True, [("count", 24, None, None)], None),
    ("de", "Allein an der Volksbühne stünden bis zu 40 Stellen auf dem Spiel, sagte deren Intendant Fabian Korte.", True, [("count", 40, None, "up_to")], "Fabian Korte"),
    ("de", "„Wer bei der Kultur spart, spart an der Demokratie“, rief Schauspielerin Jördis Lanz den rund zwei Dutzend Kolleginnen und Kollegen auf der Bühne zu.", False, [("count", 24, None, "about")], None),
    ("de", "Ein Sprecher der Senatsverwaltung erklärte, die Theater könnten Einsparungen auch über höhere Eintrittspreise ausgleichen.", False, [], None),
    ("de", "Die Berliner Bühnen verkauften in der vergangenen Spielzeit rund 2,9 Millionen Karten, die Auslastung lag im Schnitt bei 81 Prozent.", True, [("count", 2900000, None, "about"), ("percent", 81, "%", None)], None),
    ("de", "Das Abgeordnetenhaus soll den Haushalt am 11. Dezember beschließen.", True, [("date", "--12-11", None, None)], None),
    ("de", "Ob einzelne Häuser ganz schließen müssen, wollte die Senatorin nicht ausschließen.", False, [], None),
    # --- Nestroy-Preis (APA) ---
    ("de", "Wien (APA) - Die Schauspielerin Vera Hollinek ist bei der 27. Nestroy-Gala im Theater an der Wien als beste Schauspielerin ausgezeichnet worden.", True, [("ordinal", 27, None, None)], None),
    ("de", "Es ist bereits ihr dritter Nestroy, den ersten hatte sie 2009 als Nachwuchsschauspielerin erhalten.", True, [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("year", 2009, None, None)], None),
    ("de", "Als beste Aufführung wurde die fünfeinhalbstündige Dostojewski-Adaption „Die Dämonen“ des Burgtheaters prämiert.", True, [("duration", 5.5, "hour", None)], None),
    ("de", "Die Jury hob die „kompromisslose Körperlichkeit“ des Ensembles hervor.", False, [], None),
    ("de", "Der Preis für das Lebenswerk ging an den 88-jährigen Regisseur Ernst Waldegg, der seit 1961 mehr als 140 Inszenierungen verantwortet hat.", True, [("duration", 88, "year", None), ("year", 1961, None, None), ("count", 140, None, "over")], None),
    ("de", "„Theater ist die einzige Kunst, die im Moment der Aufführung stirbt und deshalb lebt“, sagte Waldegg in seiner Dankesrede.", False, [], None),
    ("de", "Die Gala wurde live in ORF III übertragen und erreichte im Schnitt 96.000 Zuseherinnen und Zuseher, teilte der ORF mit.", True, [("count", 96000, None, None)], "der ORF"),
    ("de", "Die Preise sind nicht dotiert, die Gala kostet den Verein nach eigenen Angaben rund 450.000 Euro.", True, [("money", 450000, "EUR", "about")], None),
    # --- Glastonbury tickets (PA) ---
    ("en", "GLASTONBURY (PA) - All 210,000 general admission tickets for next year's Glastonbury Festival sold out in 32 minutes on Sunday morning, organisers said.", True, [("count", 210000, None, None), ("duration", 32, "minute", None)], "organisers"),
    ("en", "Tickets cost £378 plus a £5 booking fee, up £18 on this year.", True, [("money", 378, "GBP", None), ("money", 5, "GBP", None), ("money", 18, "GBP", None)], None),
    ("en", "The festival will take a fallow year in 2028 to let the farmland recover, its organisers have said.", True, [("year", 2028, None, None)], None),
    # --- New York November sales (Reuters) ---
    ("en", "NEW YORK, Nov 17 (Reuters) - A 1962 painting by the American abstract painter Walter Hale sold for $68.4 million with fees at Sotheby's on Tuesday, leading a $412 million evening sale.", True, [("date", "--11-17", None, None), ("year", 1962, None, None), ("money", 68400000, "USD", None), ("money", 412000000, "USD", None)], None),
    ("en", "The hammer price was $59 million, below the low estimate of $60 million, after only two bids.", True, [("money", 59000000, "USD", None), ("money", 60000000, "USD", None), ("count", 2, None, None)], None),
    ("en", "The seller, a Swiss foundation, had bought the painting in 1989 for $2.2 million, according to the auction house's records.", True, [("year", 1989, None, None), ("money", 2200000, "USD", None)], None),
    ("en", "Of the 47 lots offered, 42 found buyers, a sell-through rate of 89%, Sotheby's said.", True, [("count", 47, None, None), ("count", 42, None, None), ("percent", 89, "%", None)], "Sotheby's"),
    ("en", "Christie's sale of the collection of late media executive Richard Calloway on Wednesday brought in $236.5 million, short of its $300 million presale estimate.", True, [("money", 236500000, "USD", None), ("money", 300000000, "USD", None)], None),
    ("en", "\"The top of the market is still looking for its nerve,\" said art adviser Liza Prager.", False, [], None),
    ("en", "Auction sales at the three main houses fell by about a fifth in the year's first half, according to ArtTactic.", True, [("count", 3, None, None), ("fraction", 0.2, None, "about"), ("ordinal", 1, None, None)], "ArtTactic"),
    ("en", "A bronze by the Swiss sculptor Anna Vollenweider fetched $12.1 million, more than twice the previous record for the artist, set in 2019.", True, [("money", 12100000, "USD", None), ("count", 2, None, "over"), ("year", 2019, None, None)], None),
    ("en", "Bidding in the room was thin, and several lots went to their guarantors.", False, [], None),
    ("en", "Phillips' 20th-century sale on Thursday totalled $71.3 million, in line with its estimate.", True, [("ordinal", 20, None, None), ("money", 71300000, "USD", None)], None),
    ("en", "Whether the results mark the bottom of a two-year slump is hotly debated among dealers.", False, [("duration", 2, "year", None)], None),
    # --- Death of Desmond Achterberg (PA) ---
    ("en", "LONDON (PA) - Actor Sir Desmond Achterberg, whose career spanned more than six decades on stage and screen, has died at the age of 89, his family said.", True, [("duration", 60, "year", "over"), ("duration", 89, "year", None)], None),
    ("en", "He played King Lear more than 300 times in three productions, the last of them at the National Theatre in 2019.", True, [("count", 300, None, "over"), ("count", 3, None, None), ("year", 2019, None, None)], None),
    ("en", "The National Theatre said it would dim its lights for two minutes on Friday evening in his memory.", True, [("duration", 2, "minute", None)], "the National Theatre"),
    ("en", "\"He made every young actor in the room braver,\" said actress Philippa Drummond, who starred opposite him in 1988.", False, [("year", 1988, None, None)], None),
    ("en", "Fellow actors paid tribute on social media, calling him \"the last of the great classical voices.\"", False, [], None),
    ("en", "Achterberg won two Olivier Awards and was nominated for an Oscar in 1979 for his role as a disgraced headmaster.", True, [("count", 2, None, None), ("year", 1979, None, None)], None),
    ("en", "He was knighted in 2008 for services to drama.", True, [("year", 2008, None, None)], None),
    # --- West End box office (PA) ---
    ("en", "LONDON (PA) - West End theatres sold 17.1 million tickets last year, worth £966 million, the Society of London Theatre said.", True, [("count", 17100000, None, None), ("money", 966000000, "GBP", None)], "the Society of London Theatre"),
    ("en", "Average ticket prices rose 7% to £56.40, while almost one in five seats was sold for under £25.", True, [("percent", 7, "%", None), ("money", 56.4, "GBP", None), ("fraction", 0.2, None, "nearly"), ("money", 25, "GBP", "under")], None),
    ("en", "Producers warn that rising energy bills could close smaller venues within a year.", False, [], None),
    # --- Restituiertes Bild im Kinsky (APA) ---
    ("de", "Wien (APA) - Das restituierte Landschaftsbild von Ludwig Trenkwalder hat im Auktionshaus im Kinsky mit Aufgeld 2,15 Millionen Euro erzielt.", True, [("money", 2150000, "EUR", None)], None),
    ("de", "Das ist fast das Vierfache des unteren Schätzwerts von 600.000 Euro und ein Auktionsrekord für den Künstler.", True, [("count", 4, None, "nearly"), ("money", 600000, "EUR", None)], None),
    ("de", "Nach einem neunminütigen Bietgefecht zwischen drei Telefonbietern ging das Bild an einen Sammler aus Basel, wie das Auktionshaus mitteilte.", True, [("duration", 9, "minute", None), ("count", 3, None, None)], "das Auktionshaus"),
    ("de", "Der Hammer fiel bei 1,7 Millionen Euro, das Aufgeld beträgt bei dieser Summe rund 26 Prozent.", True, [("money", 1700000, "EUR", None), ("percent", 26, "%", "about")], None),
    ("de", "Die Erben hatten vereinbart, ein Zehntel des Erlöses einer Stiftung für Provenienzforschung zu überlassen.", True, [("fraction", 0.1, None, None)], None),
    ("de", "Im Saal brandete Applaus auf, als der Auktionator den Hammer niedersausen ließ.", False, [], None),
    # --- Broadway milestone (AP) ---
    ("en", "NEW YORK (AP) — The musical \"Tin Pan Alley Ghosts\" played its 5,000th Broadway performance on Sunday, becoming the seventh-longest-running show in Broadway history.", True, [("ordinal", 5000, None, None), ("ordinal", 7, None, None)], None),
    ("en", "The show has grossed more than $1.3 billion and been seen by about 11 million people since it opened in 2011, its producers said.", True, [("money", 1300000000, "USD", "over"), ("count", 11000000, None, "about"), ("year", 2011, None, None)], None),
    ("en", "Average ticket prices for the show have climbed to $148, up from $96 a decade ago.", True, [("money", 148, "USD", None), ("money", 96, "USD", None)], None),
    ("en", "Only three members of the original cast remain, including Tony winner Graciela Moss, who has missed just 11 performances in 14 years.", True, [("count", 3, None, None), ("count", 11, None, None), ("duration", 14, "year", None)], None),
    ("en", "\"Every night I still get butterflies at the overture,\" Moss said after the curtain call.", False, [], None),
    ("en", "The show runs two hours and 50 minutes, including one intermission.", True, [("duration", 2, "hour", None), ("duration", 50, "minute", None), ("count", 1, None, None)], None),
    ("en", "Weekly grosses across Broadway's 41 theaters topped $40 million for the first time in the week ending Nov. 30, the Broadway League said.", True, [("count", 41, None, None), ("money", 40000000, "USD", None), ("ordinal", 1, None, None), ("date", "--11-30", None, None)], "the Broadway League"),
    ("en", "The producers have not said how long the show will continue to run.", False, [], None),
    # --- Turner Prize (PA) ---
    ("en", "BRISTOL (PA) - Sculptor Nadia Okonjo-Reyes has won the Turner Prize for an installation made from 4,000 reclaimed school chairs.", True, [("count", 4000, None, None)], None),
    ("en", "The prize is worth £25,000, while the three other shortlisted artists receive £10,000 each.", True, [("money", 25000, "GBP", None), ("count", 3, None, None), ("money", 10000, "GBP", None)], None),
    ("en", "The jury said her work \"turns absence into something you can walk through.\"", False, [], None),
    ("en", "Okonjo-Reyes, 39, is the fourth Bristol-based artist to win the award since it was founded in 1984.", True, [("duration", 39, "year", None), ("ordinal", 4, None, None), ("year", 1984, None, None)], None),
    ("en", "The exhibition of the four shortlisted artists drew 88,400 visitors in its first 10 weeks, the gallery said.", True, [("count", 4, None, None), ("count", 88400, None, None), ("ordinal", 1, None, None), ("duration", 10, "week", None)], "the gallery"),
    ("en", "\"I want every kid who sat on one of those chairs to know this is theirs,\" she said in her acceptance speech.", False, [], None),
    ("en", "Not everyone was impressed: a tabloid columnist called the work \"a jumble sale with a press release.\"", False, [], None),
    ("en", "Tate said it had acquired the installation for its collection.", True, [], "Tate"),
    ("en", "The installation will be shown at Tate Modern for three months from February.", True, [("duration", 3, "month", None)], None),
    # --- Auktion bei Koller (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Ein Alpenpanorama des Berner Malers Albert Kündig ist im Auktionshaus Koller für 3,4 Millionen Franken inklusive Aufgeld versteigert worden.", True, [("money", 3400000, "CHF", None)], None),
    ("de", "Koller hatte das Bild auf 800'000 bis 1,2 Millionen Franken geschätzt.", True, [("money", 800000, "CHF", None), ("money", 1200000, "CHF", None)], None),
    ("de", "Es ist der höchste Preis, der in der Schweiz je für ein Werk des 1921 verstorbenen Künstlers bezahlt wurde.", True, [("year", 1921, None, None)], None),
    ("de", "Das Bild war nach Angaben des Auktionshauses 104 Jahre lang im Besitz derselben Familie.", True, [("duration", 104, "year", None)], "das Auktionshaus"),
    # --- 250. Geburtstag Johann Gottlieb Wendler (dpa) ---
    ("de", "Dresden (dpa) - Zum 250. Geburtstag des Malers Johann Gottlieb Wendler zeigt das Albertinum ab Samstag die bislang größte Ausstellung seines Werks.", True, [("ordinal", 250, None, None)], None),
    ("de", "Zu sehen sind 148 Gemälde und Zeichnungen, gut zwei Drittel davon Leihgaben aus Sammlungen in elf Ländern.", True, [("count", 148, None, None), ("fraction", 0.6667, None, "over"), ("count", 11, None, None)], None),
    ("de", "Die Versicherungssumme der Leihgaben liege bei mehr als 400 Millionen Euro, sagte Kuratorin Annegret Vossberg.", True, [("money", 400000000, "EUR", "over")], "Annegret Vossberg"),
    ("de", "Wendler war am 14. Dezember 1776 in Pirna zur Welt gekommen und 1839 verarmt in Dresden gestorben.", True, [("date", "1776-12-14", None, None), ("year", 1839, None, None)], None),
    ("de", "Für die dreimonatige Schau wurden bereits mehr als 60.000 Zeitfenstertickets verkauft, teilten die Staatlichen Kunstsammlungen Dresden mit.", True, [("duration", 3, "month", None), ("count", 60000, None, "over")], "die Staatlichen Kunstsammlungen Dresden"),
    ("de", "„Wendler hat die Romantik erfunden, bevor sie einen Namen hatte“, sagte Museumsdirektor Thilo Brenninger.", False, [], None),
    ("de", "Im Jubiläumsjahr sind in Sachsen mehr als 40 Veranstaltungen zu Wendler geplant, der Freistaat fördert sie mit 1,8 Millionen Euro.", True, [("count", 40, None, "over"), ("money", 1800000, "EUR", None)], None),
    ("de", "Schon am Vormittag bildete sich vor dem Albertinum eine lange Schlange.", False, [], None),
]
