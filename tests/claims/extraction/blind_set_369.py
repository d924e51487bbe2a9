"""Three-hundred-and-sixty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, works, bands, firms and figures are
made up (Ines Valcourt, Tomasz Brandt, Rafe Okonedo, Marlene Hochstätter, Corinne Aebischer,
Maisie Rourke, the band The Wrens, Konstantin Aichinger, the streaming company Halcyon,
Warren Pell, Johanna Wiesenthal, Nino Kapanadze, Boxline Research and Dana Whitlock, Sandra
Reitmeier, Nuri Atalay, Lukas Ebersberger, Matthias Falkenrath, Vera Lindqvist-Hahn, Bernard
Whitcroft, Harriet Lomax, Merle Kastning, Kaydee Moss, Tallgrass Records, Clara Hüsgen, Udo
Kerkhoff, Henrik Vallø, Naomi Feld, Ana Cioflec, Ulrich Brandtner, Lúcia Monteverde, Ruth
Calloway, Marc Spühler, Delphine Okoro, Aoife Cullinane, Brigitte Haubenreißer, Lea
Brandhuber, the band Kernschatten, Annemarie Gschnitzer, Tomás Rivadero, Giulia Bernasconi,
Alasdair Kerr, the streaming service Filmwerk+ and the Rheinmedien-Gruppe, Katja
Himmelreich, Harriet Quayle, Henning Radloff, Jörn Kellermann, Florian Strasser, the band
Gullhaven, Marcus Oyelaran, Alois Hochfilzer, Marlowe Pictures; the films, series, songs,
albums, books and paintings "Salt and Iron", "Tin Lanterns", "Pebble Street", „Das stille
Ufer“, «Gipfelstürmer», "Paper Kites", "Lowlight", „Winterbrot“, "Ridgeback 2", "Two Tickets
to Tuesday", „Die Wache“, „Die Vogelwärterin“, "Slow Burn", "Glass Houses", "The Quiet
Hours", "Rain on Tin", "Harbor Lights", „Sternenstaub“, „Asphaltgold“, „Nachtfalter“, «La
casa vacía», „Grenzland“, "Ember Crown", „Die Zählung der Krähen“, "Marsh Lane", "Snowglobe
City" and "Hollow Stairs"; every unnamed union, critic, dealer, analyst, producer, fan,
spokesman and member of a jury); the heads of real festivals, museums, houses, fairs,
academies and associations, a culture minister of state and an archbishop appear under
made-up names that stand for no real holder, or by their role only ("Ein Sprecher des
Auktionshauses", "Staff unions", "Jury president"). Real bodies, houses, festivals, prizes,
charts, papers, broadcasters and places (the Louvre, its Denon wing and the Cour Carrée, the
European Economic Area, the Academy of Motion Picture Arts and Sciences, the Academy Awards,
the Dolby Theatre, Filmförderungsanstalt, „Süddeutsche Zeitung“, Usedom, Procinema,
Westschweiz, the Official Charts Company, Albertina, Kunsthistorisches Museum, Schatzkammer,
Weltmuseum, KHM-Museumsverband, Grüne, Berlinale, Goldener Bär, Comscore, Variety, Imax,
Bundesverband Musikindustrie, BVMI, ABC, Nielsen, ProSieben, Passau, the British Museum, the
Natural History Museum, Tate Modern, the Association of Leading Visitor Attractions (ALVA),
Edinburgh Castle, Leipziger Buchmesse, „Leipzig liest“, the Billboard Hot 100 and Global
200, Luminate, Diözesanmuseum Paderborn, Franziskaner, Land Nordrhein-Westfalen, Christie's,
Sotheby's, the Cannes Film Festival and its Palme d'Or and Grand Prix, Art Basel, the
Broadway League, the Tony Awards, Wembley, Pollstar, Bayreuther Festspiele, Grüner Hügel,
Freistaat Bayern, GfK Entertainment, Offizielle Deutsche Single-Charts, Salzburger
Festspiele, „Jedermann“, Domplatz, „Kronen Zeitung“, Locarno Film Festival, Piazza Grande,
Goldener Leopard, the Edinburgh Festival Fringe and the Fringe Society, Störtebeker
Festspiele, Ralswiek, Großer Jasmunder Bodden, Frankfurter Buchmesse, Börsenverein,
Deutscher Buchpreis, „Spiegel“-Bestsellerliste, NielsenIQ BookData, The Times, Waterstones,
the Recording Academy, the Grammy Awards, Dorotheum, Barb, the BBC and BBC One, and the
datelines' cities) stand for the way wire copy names them; every admission, ticket, visitor
number, subscriber, stream, copy, nomination, win, chart place, week at the top, gross,
price, estimate, prize, grant, budget, share, age, date, quote and reaction here is
invented, and where a real figure came to mind (a real cinema or museum year, a real chart
record, a real box-office opening, a real ticket price, a real auction result) it was
changed (the editions of festivals and award ceremonies, the years of foundings and first
performances, Wagner's 1876 and the death of Francis of Assisi kept).

Its weight: CULTURE AND ENTERTAINMENT (the forty-fifth, hundred-twenty-first and
two-hundred-and-sixtieth batches weighed culture, the eighty-ninth media, TV ratings and
streaming, the hundred-seventy-first museums and the three-hundred-and-eleventh telecoms,
media and streaming, and their decisions are kept) over one year, January to December, in
story order, 34 short stories with the German and English ones interleaved by month, each
told as wire copy runs it (a dateline lead, the figures, attributed claims, quotes,
reviews, reactions). Half German (dpa with the regional slug "dpa/mv", APA, Keystone-SDA,
KNA; Austrian "heuer", "im Vorjahr", Swiss "schliessen", "387'000", "17.90
Franken", "Rappen", «» quotes, German „“ quotes): an Oscar nomination for a German
co-production, the Swiss cinema year, Vienna's museums, the Berlinale, the German music
market, a German cinematographer's Oscar, the Leipzig book fair, an exhibition for the 800th
anniversary of the death of Francis of Assisi, Art Basel, 150 years of the Bayreuth
festival, the German singles chart, the Salzburg festival, Locarno, a German streaming
service's half year, the Störtebeker festival, the Frankfurt book fair and an auction at the
Dorotheum. Half English (Reuters, AP, AFP, PA, with Variety-style box-office copy): the
Louvre's year, the nominations for the 98th Academy Awards, the UK singles chart, a
streamer's fourth quarter, a weekend box office, Oscars night, the UK's most-visited
attractions, a record run on the Billboard Hot 100, a spring sale at Christie's, the Palme
d'Or, the Broadway season and the Tonys, a stadium tour, the Edinburgh Fringe, a fantasy
finale in bookshops, the Grammy nominations, Christmas Day ratings and the Christmas weekend
box office. Figures as such copy has them: admissions, tickets, visitors, viewers,
subscribers, streams, downloads, chart units, copies, nominations, nods and wins; grosses,
openings, previews, revenues, budgets, grants, prices, estimates, hammer prices and prices
with fees, prize money and subscription fees in euros, dollars, pounds and francs; market
shares, occupancy, sell-through and audience shares in percent and a share's change in
percentage points; editions, anniversaries, chart places, weeks at No. 1 and ranks as
ordinals; runs at the top, ceremonies, ovations, bidding, festivals and hours viewed as
durations; ages, years and dates; number words and compounds („150-jähriges Bestehen“,
„achtminütigen“, „zweieinhalb Stunden“, „16-mal“, „Dreifach-Platin“, „Top-10-Album“, „seit
einem Vierteljahrhundert“, "four-piece", "a 22-date arena tour", "a 12-minute standing
ovation", "The seven-book series", "triple-platinum", "two-thirds"), fractions („Gut jedes
fünfte Ticket“, „Rund zwei Drittel“, „fast jeder dritte Euro“, „gut ein Fünftel“, „ein
Drittel davon“, „ein Viertel davon“, „mehr als ein Drittel“, "more than half", "one in
four"), rating and technology labels, hedges, ranges and dates. 56 negatives as such copy
has them - reviews and critics' verdicts, juries' praise, labels of parties, unions, a
minister and an auction house, artists', directors', presidents' and executives' quotes of
feeling, creed and hype, an accusation naming no act, a verdict with „halten ... für“, a warning naming no
measure, doubts, producers' warning without a figure, an open question, dealers' mood and scene colour -,
none of them carrying a figure, each near a check-worthy look-alike: the same speaker's
figure, a prize awarded, a published figure.

241 rows (122 German, 119 English), 56 negatives (30 German, 26 English), 185 check-worthy
rows of which 7 carry no figure (6 German, 1 English), 365 expected quantities (122 counts,
65 amounts of money - 28 EUR, 28 USD, 5 GBP, 4 CHF -, 56 ordinals, 38 durations - 15 in
years, 9 in days, 5 in minutes, 4 in weeks, 3 in hours, 2 in months -, 30 percentages - 29
in "%", 1 in percentage points "pp" -, 22 dates, 22 years, 10 fractions; none of them in a
negative), 36 checked speakers (20 German, 16 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, review, tribute, feeling, creed, boast, doubt or piece of rhetoric is
  a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, two-hundred-and-fourth, two-hundred-and-sixtieth,
  three-hundred-and-eleventh); a quoted or reported statement of fact, figure, step, plan or
  forecast with a figure is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth). Pairs from one speaker: Hochstätter's 4.5 million euros and 38 days of
  shooting beside her sleepless night, Aebischer's 14 closed cinemas beside „der letzte Ort“,
  Aichinger's two euros beside „ein Ort ..., an dem man sich verlieren darf“, Pell's half of
  sign-ups beside "the price of a pizza", Wiesenthal's 91 percent beside „politisch ..., ohne
  zu belehren“, Reitmeier's third beside „Lagerfeuer“, Whitcroft's one in four beside "the
  whole country gets richer", Kastning's prize beside her quote, Spühler's 950 francs beside
  «wieder Appetit», Cullinane's 1% beside "the girl from Ennis", Haubenreißer's 1.5 million
  euros beside „eine Weile hüten“, Gschnitzer's third beside „Sehnsuchtsort“, Bernasconi's
  16.8 million francs beside «ein Fest für alle», Kerr's survey beside "more nerve than
  money", Himmelreich's 2027 beside her boast, Quayle's six years beside "including my
  sanity", Radloff's 60,000 tickets beside „Hier spielt die Ostsee mit“.
- Reviews, praise and rhetoric (forty-fifth, hundred-twenty-first, two-hundred-and-sixtieth,
  three-hundred-and-eleventh): papers' and critics' words quoted („Süddeutsche Zeitung“,
  „Kronen Zeitung“, Variety, The Times, "Critics have hailed ... as", "Critics were less
  kind, calling ...", „Musikkritiker bemängeln“, „Kritiker bemängeln“), juries' praise („Die
  Jury würdigte den Film als ...“, „Die Jury lobte einen ... Roman“, „Die Jury rühmte einen
  Roman“, "praised the film as"), labels („Die Grünen nannten ...“, „nannte den Preis ...“,
  „sprach von einem „Ausnahmeergebnis ...““, "Staff unions called ...", "Viewers ... praise
  the episode as"), a verdict with „halten ... für“ (ninety-eighth), hype ("Nobody else gives
  a family ...", „Wir sind der Streamingdienst, der Deutschland am besten versteht“;
  three-hundred-and-eleventh: "the best entertainment value"), an accusation naming no act
  ("accused ministers of "starving regional museums ...""; hundred-twenty-first), a warning
  naming no measure („warnte ..., nannte aber keine konkreten Forderungen“; two-hundred-and-
  fourth), producers' warning of closures without a figure (two-hundred-and-sixtieth:
  "Producers warn that rising energy bills ..."), doubts ("Some analysts questioned whether
  ...", „Branchenbeobachter bezweifeln“), an open question („Wer das Bild ersteigert hat,
  blieb zunächst offen.“), dealers' mood ("Dealers said the room felt cautious ...") and
  scene colour (the Mona Lisa crowd, the host's gentle jokes, boos lost in the applause). A
  prize awarded is check-worthy without a figure (forty-fifth, two-hundred-and-sixtieth: the
  Goldener Bär, the Leipzig prize, the international feature, the Goldener Leopard, the
  Deutscher Buchpreis, the Grand Prix and best actress in Cannes), and so is a nomination's
  category („geht als bester internationaler Film ... ins Rennen“). A published chart place
  or a record with a figure is check-worthy ("the third-highest-grossing of all time" 3;
  two-hundred-and-sixtieth: "the third-biggest September debut").
- Awards and anniversaries (forty-fifth, hundred-twenty-first, two-hundred-and-sixtieth):
  editions are ordinals ("the 98th Academy Awards" twice and „der 98. Oscar-Verleihung“
  twice, „Die 76. Berlinale“, "the 79th Cannes Film Festival", „Das 79. Locarno Film
  Festival“, "The 69th Grammy Awards"), and so are anniversaries written with an ordinal
  („Zum 800. Todestag“ 800, as „Zum 250. Geburtstag“, hundred-twenty-first; „zum 30. Mal“
  30), while an age of a house is a duration („ihr 150-jähriges Bestehen“ 150 years, as
  „1.000-jähriges Bestehen“, eleventh); „seit einem
  Vierteljahrhundert“ is 25 years (fifty-ninth). Nominations, nods and wins are counts ("13
  nods", "11 nominations", "picked up nine", "three of the four acting categories" 3 and 4 -
  two-hundred-and-seventy-sixth: "17 of the 27 member states" -, "won eight Oscars", "three
  awards", "the film's only win from two nominations" 2, "seven wins", "seven nods each" 7 -
  "each" no hedge -, "with nine", "31 career nominations and four wins", "A record 13,900
  submissions ... 95 categories" - "A record" no hedge); multiplicative titles are counts
  („Die dreifache Oscar-Preisträgerin“ 3 as „der dreifache Familienvater“ and "the
  three-time champion", sixty-third and fifteenth). „erst der dritte Deutsche“ 3 and "only the fourth woman" 4
  (two-hundred-and-sixtieth: "only the third artist" - New: „erst“ before an ordinal is the
  German "only" and no hedge), "her fourth nomination" 4, "the first Polish actor ... since
  1998" 1 and the year, „die erste Nominierung ... seit drei Jahren“ 1 and 3 years, "for the
  second year running" and "For a second year running" 2 (two-hundred-and-sixtieth: "for a
  second year running").
- Charts (forty-fifth, eighty-ninth, two-hundred-and-sixtieth): "her third UK number one
  single" 3 and 1 (forty-fifth: "their 10th UK number one album"), "for a sixth consecutive
  week" 6, "debuted at No. 2" 2, "the No. 3 spot" 3, „auf Rang drei“ 3, „zum zehnten Mal in
  Folge auf Platz eins“ 10 and 1, „auf Platz eins der „Spiegel“-Bestsellerliste“ 1, "for a
  ninth week" 9, "a 20th week at No. 1" 20 and 1 (forty-fifth: "a 12th week atop" 12), "spent
  a record 20 weeks at No. 1" 20 weeks and 1 and "had previously spent 19 weeks at No. 1" 19
  weeks and 1 (two-hundred-and-sixtieth: "nine weeks at No. 1"), „ihr fünftes Top-10-Album“
  5 and 10, "her second top-10 hit" 2 and 10, „die Top 20“ 20 and "The top 10 films" 10
  (two-hundred-and-fifty-sixth: "in den Top Ten" 10); "Billboard Hot 100", "Billboard Global
  200", „Offizielle Deutsche Single-Charts“ and "Official Singles Chart" none (names,
  forty-fifth). Streams, units, copies, downloads and ticket wishes are counts („mehr als 84
  Millionen Mal gestreamt“ "over", "streamed 9.1 million times", "streamed more than 2.1
  billion times" "over", "28,400 chart units", "9,000 downloads", "1.12 million copies",
  "318,400 print copies", „120.000 Exemplare“, „rund 310.000 Kartenwünsche“). New: „mit
  Dreifach-Platin“ and "went triple-platinum" are count 3 - a certification multiplied, as the
  multiplicative title „die zweifache Weltmeisterin“ 2 (hundred-sixty-sixth) and the compound
  „Fünffachjackpot“ 5 (hundred-forty-fourth), unlike the verb "to triple", which carries
  none (two-hundred-and-seventy-sixth: "almost triple"). New: "Leeds four-piece The Wrens" is
  count 4 - a band counted by its "-piece" as a group of riders by "a five-man lead group" 5
  (two-hundred-and-fifty-sixth).
- Box office and streaming (forty-fifth, eighty-ninth, two-hundred-and-sixtieth,
  three-hundred-and-eleventh): grosses, openings and totals are money as written ("$86.4
  million", "$121 million from 52 markets for a global launch of $207.4 million", "$14.2
  million ... $61.8 million", "$148.7 million", "$48.6 million from 4,012 theaters", "about
  $165 million", "around $9.1 billion" "about", "to pass $300 million" - a verb, no hedge, as
  "topped $40 million", two-hundred-and-sixtieth). New: Variety's trade words carry nothing
  and the figure beside them is money as written - "$9.2 million from Thursday previews",
  "Its domestic cume reached $312.7 million after 38 days in release" (and 38 days), "a $22.3
  million domestic bow"; "domestic", "Overseas", "global launch", "cume", "bow" and the
  weekday none. Subscribers and subscriptions are counts ("8.7 million paid subscribers ...
  the 6.2 million analysts had expected" both - a consensus with a figure is check-worthy,
  three-hundred-and-twenty-fourth -, "143.5 million", „410.000 zahlende Abonnentinnen und
  Abonnenten“, „6,9 Millionen Abos“), prices of plans are money with the period carrying
  none ("to $19.49 from March, an increase of $2.50", „9,99 statt 8,99 Euro im Monat“ -
  „statt“ no hedge, three-hundred-and-eleventh), hours viewed are a duration („38 Millionen
  Stunden lang angesehen“ 38,000,000 hours, hundred-twenty-first), audiences counts ("21.3
  million viewers", „1,12 Mio. Zuschauer“ - „Mio.“ as „Millionen“ -, "6.1 million overnight
  viewers", "peaked at 7.4 million" - "peaked at" no hedge, three-hundred-and-eleventh) and
  shares percentages ("27.4%, up 1.2 percentage points" 27.4 and 1.2 "pp"; „Marktanteil lag
  bei 21,4 Prozent“). New: rating labels carry none - "the PG-13 film" and "The R-rated
  horror film" as the chart name "Billboard 200" and the identifier "737 MAX" (forty-fifth,
  forty-third) -, while the German age clearance „ab 16 Jahren freigegeben“ is 16 years
  "at_least", the age bound as „Personen ab zehn Jahren“ (eighty-ninth,
  three-hundred-and-eleventh). New: "Imax screens" and „Die restaurierte 4K-Fassung“ carry
  none - technology labels, as "5G" (three-hundred-and-eleventh). "the show's 100th" is
  ordinal 100 (New: the English elliptic ordinal, as the eighty-ninth's elliptic „ersten“);
  "a 12th and final season" 12 ("final" none, three-hundred-and-eleventh).
- Festivals, fairs, museums and houses (forty-fifth, hundred-twenty-first,
  hundred-seventy-first, two-hundred-and-sixtieth): visitors, tickets and admissions are
  counts („9,4 Millionen Eintritte“, „rund 387'000 Eintritten“ and „rund 128'000 Eintritte“
  and „knapp 71'000 Menschen“ and „Rund 88'500 Menschen“ - the Swiss apostrophe, tenth -,
  „1,28 Millionen Besucherinnen und Besuchern“, „knapp 1,9 Millionen Besuche“, „rund 332.000
  Kinokarten“, „rund 296.000“, „236.400 Karten“, „412.000 Zuschauern“, „rund 238.500“, "8.4
  million visitors", "6.41 million people", "171 million", "12.9 million", "2.31 million
  tickets ... from 2.26 million", "about 1.9 million"); spans of days and weeks are
  durations („nach vier Tagen“, „nach fünf Tagen“, „an seinen elf Tagen“, „an 44 Tagen“,
  "over 24 days" - "over" before a span no hedge -, „in 16 Wochen“, "for four months"), while
  a day or an evening inside a compound or counted as a unit of performance is a count („an 38
  Drehtagen“ 38 as „an ihren sechs Publikumstagen“, hundred-twenty-first; „an 78 Abenden“ 78
  as „an elf Abenden“, hundred-twenty-first); „16-mal“ is count 16 (fifty-fifth: „17-mal“);
  „im Schnitt mehr als 3.600 pro Tag“ 3,600 "over" („im Schnitt“ no hedge, „pro Tag“ none);
  "The seven-book series" 7 and "a 22-date arena tour" 22 (two-hundred-and-sixtieth: "a
  two-person independent press"). Shares of visitors and audiences are fractions and
  percentages as written ("about 69%", „Rund zwei Drittel“ 0.6667 "about", „Gut jedes fünfte
  Ticket“ 0.2 "over", "one in four visits" 0.25, „mehr als ein Drittel des Publikums“ 0.3333
  "over", "nearly two-thirds" 0.6667 "nearly", "about 95% of its level", „eine Auslastung von
  97 Prozent“, „knapp 94 Prozent“ "nearly", „zu 91 Prozent ausgelastet“).
- Auctions (forty-fifth, hundred-twenty-first, two-hundred-and-sixtieth): the price with
  fees and the hammer price are money with no hedge („1,94 Millionen Euro inklusive
  Aufgeld“, „Der Zuschlag erfolgte ... bei 1,55 Millionen Euro“, "$74.3 million including
  fees", "The hammer price was $64 million"); estimate ranges give both amounts („auf 400.000
  bis 600.000 Euro“, "$55 million to $75 million"); bidding is a duration and bidders a count
  („nach einem achtminütigen Bietgefecht zwischen drei Telefonbietern“ 8 minutes and 3, "Five
  bidders competed for 11 minutes"); a multiple of the estimate is a count with its hedge
  („bei mehr als dem Dreifachen der oberen Schätzung“ 3 "over"; tenth and
  hundred-twenty-first: "more than twice the previous record" 2 "over"); lots and sell-through ("46 lots ..., with 93% of
  the lots finding buyers"); "an auction record for the artist" and „Der bisherige
  Auktionsrekord“ none. New: „einen Preis im sechsstelligen Bereich“ carries no quantity - a
  band of magnitudes names no figure, as "fetched millions" (seventeenth) -, and the row
  stays check-worthy for „Ein zweites Gemälde“ 2.
- Money otherwise, in the currency written (every batch): EUR („650.000 Euro“, „12,9
  Millionen Euro“, „2,41 Milliarden Euro“, „248 Millionen Euro“, „knapp 270 Millionen Euro“
  "nearly", „rund 2,3 Millionen Euro“ "about", „insgesamt 54.000 Euro ... je 15.000 Euro“ -
  „insgesamt“ and „je“ no hedge -, „25.000 Euro ... jeweils 2.500 Euro“, „um je 1,5 Millionen
  Euro“, „rund 34,6 Millionen Euro“, „312 Millionen Euro ... 41 Millionen Euro“, „480.000
  Euro“, "35 euros ..., 13 euros more" - "more" after a figure no hedge -, "about 420 million
  euros", "1.9 million euros"), USD in German copy („14,5 Millionen Dollar“) and English,
  GBP ("£18 million to £472 million", "up to £2,400" "up_to", "an average of £1,380 ...,
  up from £1,190" - "an average of" no hedge), CHF („16,8 Millionen Franken“, „950 Franken
  pro Quadratmeter“ - „unverändert“ no hedge, „pro Quadratmeter“ none -, „um 40 Rappen auf
  17.90 Franken“ 0.4 and 17.9 - Rappen as hundredths of a franc and the Swiss decimal point
  as "Fr. 38.60", fortieth and fifty-seventh). New: „um zwei auf 24 Euro“ gives 2 EUR and 24
  EUR - the currency written once after the second figure serves the number word before it,
  as „von 338 auf 305 Franken“ (three-hundred-and-eleventh) serves digits.
- Percentages as written (every batch): „gut 3 Prozent mehr“ and „gut 4 Prozent mehr“
  "over" (the comparison after the figure no hedge), „von 7,8 Prozent nach 6,1 Prozent“,
  „um 5,8 Prozent“, „76,2 Prozent“, „ein Plus von 18 Prozent“, „um 1,4 Prozent“, "down 3%",
  "rose 14%", "to 24.3% from 21.0%" (trailing zero no other value, seventy-first), "rose
  6.4%", "up 41%", "up 9%", "rose 4% ..., still about 6% short of the 2019 peak" ("short of
  the" after the figure compares, two-hundred-and-sixtieth), "up 11%", "3% more", "1% of
  every ticket", "about 3% above last year". Fractions (the issue): „gut ein Fünftel
  weniger“ 0.2 "over", „fast jeder dritte Euro“ 0.3333 "nearly", „ein Drittel davon“ 0.3333
  and „ein Viertel davon“ 0.25 („davon“ no hedge), "more than half of new sign-ups" 0.5
  "over".
- Durations and ages (the issue: "fünfstündigen Treffen", "a two-week visit"): "three hours
  and 41 minutes" both units, „knapp zweieinhalb Stunden“ 2.5 hours "nearly", „der
  Schlussapplaus 14 Minuten“, "a 12-minute standing ovation", "shot in 26 days", "in the past
  seven days", "in five days", "for six years", „vor sechs Jahren“, „in den ersten neun
  Monaten“ 1 and 9 months and „in den ersten vier Wochen“ 1 and 4 weeks (two-hundred-and-
  sixtieth: "in its first five days"). New: "during its first week on sale" is ordinal 1 and
  no duration - a unit named without a figure gives none, as „in der ersten Stunde des neuen
  Jahres“ (two-hundred-and-seventy-sixth) -, and „im ersten Halbjahr“ is 1 (eighty-ninth).
  Ages are durations in years ("Ines Valcourt, 71," twice, "made his screen debut at 62" as
  "has died at 87", "Ana Cioflec, 38,", "Delphine Okoro, 27,", "Moss, 24,", „Der
  52-Jährige“, „mit 29 Jahren“, „der 58-jährige Jörn Kellermann“). None: „im vergangenen
  Jahr“, „im Vorjahr“, „im Jahr davor“, „ein Jahr zuvor“, „in diesem Jahr“, „in diesem
  Sommer“, „dieses Sommers“, „im kommenden Jahr“, „heuer“, „in dieser Woche“, „im Monat“,
  „im Herbst“, „in der Nacht“, „zum Jubiläum“, „ab Freitag“, „am Samstag“, „am Sonntag“,
  "last year", "this year", "next year", "a year earlier", "last May", "the same weekend last
  year", "on Sunday night", "on Christmas Day", "on the day", "on record for the month", "a
  week's lodging", "of all time", "shortly after 8pm" (a clock), months and weekdays.
- Years and dates: "open in 2031", "since 1998" (twice), "since 2018", "since 2002", "the
  2019 peak", "since 2000", "since the chart launched in 1958", "A 1958 abstract canvas",
  "since records began in 1998", "in 2019", "began in 2009", „seit der Gründung des
  Preises 2005“, „aus dem Jahr 1972“, „im August 1876“, „bereits 2023“, „Die
  Festspiele 2027“ (a year after a name dates it, two-hundred-and-forty-fourth), „2027
  erreicht“, „aus dem Jahr 1927“, „seit 1993“, „aus dem Jahr 1911“, „aus dem Jahr 2014“
  years; „am 3. Oktober 1226“ the full date 1226-10-03 (two-hundred-and-sixtieth: „am 2. Mai
  1935“); dates without a year („ab 1. März“, „am 4. Oktober“, „am 17. Juli“, „Ab 1.
  Oktober“, "Since January 1", "on March 15", "on March 3", "in the week ending April 9",
  "that wrapped up May 24", "on Aug. 14", "from Aug. 6 to Aug. 30" two dates, "on Feb. 7");
  Reuters and AFP datelines with a day are dates without a year ("PARIS, Jan 8 (AFP)",
  "LOS ANGELES, Jan 22", "LOS ANGELES, Feb 5", "NEW YORK, April 14", "NEW YORK, May 12",
  "LONDON, July 20", "LONDON, Sept 17", "LOS ANGELES, Dec 28"); dpa ("dpa/mv" included), APA,
  Keystone-SDA, KNA, AP ("LOS ANGELES (AP) —", "NEW YORK (AP) —"), AFP without a day
  ("CANNES, France (AFP) -") and PA ("LONDON (PA) -", "EDINBURGH (PA) -") datelines none
  (seventy-ninth).
- Titles and names carry none (forty-fifth, hundred-twenty-first, two-hundred-and-sixtieth):
  "Ridgeback 2", "Two Tickets to Tuesday" (a number word inside a title), "Billboard Global
  200", „Das „Rheingold““, „Leipzig liest“, "BBC One".
- Hedges, only the names in use: „rund“, „Rund“, "about", "around" "about"; „knapp“,
  „fast“, "nearly" "nearly"; „gut“, „Gut“, „mehr als“, "more than" "over"; "up to" "up_to";
  „mindestens“ "at_least", and „ab“ before an age "at_least". No hedge: „im Schnitt“, „je“,
  „jeweils“, „insgesamt“, „allein“, „Allein“, „bereits“, „bislang“, „unverändert“, „weitere“,
  „davon“, „statt“, „erst“, "A total of", "an average of", "Only", "only", "each", "A
  record", "a record", "peaked at", "to pass", "over" before a span, "more" after a figure
  and the "to" of a range.
- Speakers, checked only in forms the earlier batches settled: „teilte der
  KHM-Museumsverband am Dienstag mit“, „teilte die Messe am Sonntag mit“, „teilte das
  Direktorium am Sonntag mit“, „teilte das Unternehmen mit“, „teilte der Veranstalter mit“ (a
  body by its common noun, two-hundred-and-ninety-ninth and three-hundred-and-fourteenth:
  „teilte der Verein mit“), „teilte
  der Börsenverein mit“ and „teilte das Dorotheum mit“ the source in the nominative with the
  weekday dropped (two-hundred-and-sixtieth); „nach Angaben der Festspiele“ -> "die
  Festspiele" (two-hundred-and-sixtieth); „Generaldirektor Konstantin Aichinger sagte, ...“,
  „Festivalchefin Johanna Wiesenthal sagte, ...“, „BVMI-Geschäftsführerin Sandra Reitmeier
  sagte, ...“, „Museumsdirektorin Clara Hüsgen sagte, ...“, „Festspielpräsidentin Annemarie
  Gschnitzer sagte, ...“ and „Vorstandschefin Katja Himmelreich sagte, ...“ the name with
  the office dropped (hundred-eightieth, two-hundred-and-sixtieth); „Hochstätter sagte,
  ...“, „Aebischer sagte, ...“, „Spühler sagte, ...“, „Haubenreißer sagte, ...“ and
  „Bernasconi sagte, ...“ opening the row, and „..., sagte Radloff.“ closing it, as written.
  English: "the Academy of Motion Picture Arts and Sciences said", "the Official Charts
  Company said", "the Broadway League said" and "the Fringe Society said" with their article
  (two-hundred-and-sixtieth), "Halcyon said" and "Waterstones said" as written, "the studio
  said" and "the auction house said" (a body by its common noun, two-hundred-and-sixtieth:
  "the company said", "the auction house said"), "The festival said ..." and "The BBC said
  ..." opening the row with the article lowered, "..., the academy said." -> "the academy",
  "Chief Executive Warren Pell told analysts" and "Cullinane told reporters"
  (three-hundred-and-eleventh, two-hundred-and-fourth), "ALVA director Bernard Whitcroft
  said" and "Fringe Society chief executive Alasdair Kerr said" the name with the role
  dropped, "Quayle said ..." opening the row. Left unchecked (None): all negatives, also
  those with a named speaker; „wie der Branchenverband Procinema mitteilte“ (a description
  before the name, fortieth), „nach eigenen Angaben“, „nach Angaben des Bundesverbands
  Musikindustrie (BVMI)“ (a masculine genitive, hundredth and three-hundred-and-eleventh),
  „nach Bistumsangaben“ and „nach Ordensangaben“ (as „nach Behördenangaben“,
  two-hundred-and-forty-fourth), „nach Angaben ihres Managements“ (a possessive heading the
  source, eighty-third), „wie aus den Daten von GfK Entertainment hervorgeht“ (a document,
  three-hundred-and-eleventh), „hieß es zum Abschluss“; "according to ..." (figures released
  by the museum, studio estimates, Comscore twice, Nielsen figures released by the network,
  Luminate, trade publication Pollstar, league figures, NielsenIQ BookData, Barb), "ALVA
  figures published on Tuesday showed", "Her label, Tallgrass Records, said" and "its
  publisher said" (possessives heading the source, two-hundred-and-sixtieth), "distributor
  Marlowe Pictures said" (a description heading the source, three-hundred-and-fifty-sixth:
  "mortgage lender Halifax said"), "the Recording Academy announced" (three-hundred-and-
  eleventh: "the broadcaster announced"), and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier
is checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_369 = [
    # --- Louvre attendance and ticket prices (AFP), January ---
    (
        "en",
        "PARIS, Jan 8 (AFP) - The Louvre received 8.4 million visitors last year, down 3%, after renovation work shut parts of the Denon wing for four months, according to figures released by the museum on Thursday.",
        True,
        [
            ("date", "--01-08", None, None),
            ("count", 8400000, None, None),
            ("percent", 3, "%", None),
            ("duration", 4, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Foreign visitors accounted for about 69% of admissions, with Americans the biggest group ahead of Italians and Germans.",
        True,
        [("percent", 69, "%", "about")],
        None,
    ),
    (
        "en",
        "Since January 1, visitors from outside the European Economic Area have paid 35 euros for a ticket, 13 euros more than Europeans.",
        True,
        [("date", "--01-01", None, None), ("money", 35, "EUR", None), ("money", 13, "EUR", None)],
        None,
    ),
    (
        "en",
        'Staff unions called the new pricing "a betrayal of everything a public museum stands for."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A planned new entrance beneath the Cour Carrée is expected to cost about 420 million euros and open in 2031.",
        True,
        [("money", 420000000, "EUR", "about"), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "Tourists still jostle for a glimpse of the Mona Lisa, phones held high above the crowd.",
        False,
        [],
        None,
    ),
    # --- Oscar nominations (Reuters), January ---
    (
        "en",
        'LOS ANGELES, Jan 22 (Reuters) - The shipwreck epic "Salt and Iron" led nominations for the 98th Academy Awards on Thursday with 13 nods, including best picture, director and three of the four acting categories.',
        True,
        [
            ("date", "--01-22", None, None),
            ("ordinal", 98, None, None),
            ("count", 13, None, None),
            ("count", 3, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        'The coming-of-age drama "Tin Lanterns" followed with 11 nominations, while the animated musical "Pebble Street" picked up nine.',
        True,
        [("count", 11, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "A total of 10 films are in the running for best picture, the Academy of Motion Picture Arts and Sciences said.",
        True,
        [("count", 10, None, None)],
        "the Academy of Motion Picture Arts and Sciences",
    ),
    (
        "en",
        "Director Ines Valcourt, 71, received her fourth nomination in the category and became the oldest woman ever nominated for the award.",
        True,
        [("duration", 71, "year", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Tomasz Brandt, who plays the ship's cook, made his screen debut at 62 and is the first Polish actor nominated for best actor since 1998.",
        True,
        [("duration", 62, "year", None), ("ordinal", 1, None, None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        '"This is a film about people who refuse to drown, and this morning it feels like none of us did," Valcourt said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Critics have hailed "Salt and Iron" as the rare studio gamble that paid off on the screen.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ceremony will take place on March 15 at the Dolby Theatre, with comedian Rafe Okonedo hosting for the second year running.",
        True,
        [("date", "--03-15", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    # --- Oscar-Nominierung für deutsche Koproduktion (dpa), Januar ---
    (
        "de",
        "Los Angeles (dpa) - Die deutsche Koproduktion „Das stille Ufer“ ist bei der 98. Oscar-Verleihung in zwei Kategorien nominiert.",
        True,
        [("ordinal", 98, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Drama von Regisseurin Marlene Hochstätter geht als bester internationaler Film und in der Kategorie Kamera ins Rennen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es ist die erste Nominierung eines deutschen Beitrags als internationaler Film seit drei Jahren.",
        True,
        [("ordinal", 1, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Hochstätter sagte, sie habe den Film mit knapp 4,5 Millionen Euro an 38 Drehtagen auf Usedom gedreht.",
        True,
        [("money", 4500000, "EUR", "nearly"), ("count", 38, None, None)],
        "Hochstätter",
    ),
    (
        "de",
        "„Ich habe die ganze Nacht kein Auge zugemacht, und es hat sich gelohnt“, sagte Hochstätter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Filmförderungsanstalt hatte die Produktion mit 650.000 Euro unterstützt.",
        True,
        [("money", 650000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die „Süddeutsche Zeitung“ hatte das Drama als „leises Wunder des europäischen Kinos“ gefeiert.",
        False,
        [],
        None,
    ),
    # --- Schweizer Kinojahr (Keystone-SDA), Januar ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die Schweizer Kinos haben im vergangenen Jahr 9,4 Millionen Eintritte gezählt, gut 3 Prozent mehr als im Vorjahr.",
        True,
        [("count", 9400000, None, None), ("percent", 3, "%", "over")],
        None,
    ),
    (
        "de",
        "Schweizer Filme erreichten einen Marktanteil von 7,8 Prozent nach 6,1 Prozent ein Jahr zuvor, wie der Branchenverband Procinema mitteilte.",
        True,
        [("percent", 7.8, "%", None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "de",
        "Erfolgreichster Film war die Dialektkomödie «Gipfelstürmer» mit rund 387'000 Eintritten.",
        True,
        [("count", 387000, None, "about")],
        None,
    ),
    (
        "de",
        "Der durchschnittliche Ticketpreis stieg um 40 Rappen auf 17.90 Franken.",
        True,
        [("money", 0.4, "CHF", None), ("money", 17.9, "CHF", None)],
        None,
    ),
    (
        "de",
        "Gut jedes fünfte Ticket wurde in der Westschweiz gelöst.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "«Das Kino ist kein Auslaufmodell, sondern der letzte Ort, an dem Fremde gemeinsam lachen», sagte Verbandspräsidentin Corinne Aebischer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Aebischer sagte, im vergangenen Jahr hätten 14 Kinos schliessen müssen, die meisten davon in ländlichen Gemeinden.",
        True,
        [("count", 14, None, None)],
        "Aebischer",
    ),
    # --- UK singles chart (PA), January ---
    (
        "en",
        'LONDON (PA) - Singer Maisie Rourke has claimed her third UK number one single as "Paper Kites" topped the Official Singles Chart for a sixth consecutive week.',
        True,
        [("ordinal", 3, None, None), ("ordinal", 1, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The track was streamed 9.1 million times in the past seven days, the Official Charts Company said.",
        True,
        [("count", 9100000, None, None), ("duration", 7, "day", None)],
        "the Official Charts Company",
    ),
    (
        "en",
        "Only 12 singles have spent longer at the summit since 2000.",
        True,
        [("count", 12, None, None), ("year", 2000, None, None)],
        None,
    ),
    (
        "en",
        'On the albums chart, Leeds four-piece The Wrens debuted at No. 2 with "Lowlight", shifting 28,400 chart units.',
        True,
        [("count", 4, None, None), ("ordinal", 2, None, None), ("count", 28400, None, None)],
        None,
    ),
    (
        "en",
        '"I wrote this song on a bad day and it keeps giving me good days back," Rourke said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rourke begins a 22-date arena tour in Glasgow on March 3.",
        True,
        [("count", 22, None, None), ("date", "--03-03", None, None)],
        None,
    ),
    # --- Wiener Museen ziehen Bilanz (APA), Jänner ---
    (
        "de",
        "Wien (APA) - Die Albertina hat im Vorjahr mit 1,28 Millionen Besucherinnen und Besuchern einen Rekord verzeichnet.",
        True,
        [("count", 1280000, None, None)],
        None,
    ),
    (
        "de",
        "Das Kunsthistorische Museum kam samt Schatzkammer und Weltmuseum auf knapp 1,9 Millionen Besuche, teilte der KHM-Museumsverband am Dienstag mit.",
        True,
        [("count", 1900000, None, "nearly")],
        "der KHM-Museumsverband",
    ),
    (
        "de",
        "Rund zwei Drittel der Gäste kamen aus dem Ausland.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Die Dürer-Schau zog in 16 Wochen 412.600 Menschen an, im Schnitt mehr als 3.600 pro Tag.",
        True,
        [("duration", 16, "week", None), ("count", 412600, None, None), ("count", 3600, None, "over")],
        None,
    ),
    (
        "de",
        "Generaldirektor Konstantin Aichinger sagte, der reguläre Eintritt steige ab 1. März um zwei auf 24 Euro.",
        True,
        [("date", "--03-01", None, None), ("money", 2, "EUR", None), ("money", 24, "EUR", None)],
        "Konstantin Aichinger",
    ),
    (
        "de",
        "„Ein Museum muss ein Ort bleiben, an dem man sich verlieren darf“, sagte Aichinger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen nannten die Preiserhöhung „ein völlig falsches Signal an junge Familien“.",
        False,
        [],
        None,
    ),
    # --- Streaming company's fourth quarter (Reuters), February ---
    (
        "en",
        "LOS ANGELES, Feb 5 (Reuters) - Streaming company Halcyon added 8.7 million paid subscribers in the fourth quarter, comfortably ahead of the 6.2 million analysts had expected, as a heavyweight boxing bout and a fantasy series drew viewers.",
        True,
        [
            ("date", "--02-05", None, None),
            ("count", 8700000, None, None),
            ("ordinal", 4, None, None),
            ("count", 6200000, None, None),
        ],
        None,
    ),
    ("en", "That lifted its global total to 143.5 million.", True, [("count", 143500000, None, None)], None),
    (
        "en",
        "Revenue rose 14% to $6.82 billion, and the operating margin widened to 24.3% from 21.0%.",
        True,
        [
            ("percent", 14, "%", None),
            ("money", 6820000000, "USD", None),
            ("percent", 24.3, "%", None),
            ("percent", 21.0, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Halcyon said it would lift the monthly price of its ad-free U.S. plan to $19.49 from March, an increase of $2.50.",
        True,
        [("money", 19.49, "USD", None), ("money", 2.5, "USD", None)],
        "Halcyon",
    ),
    (
        "en",
        "Chief Executive Warren Pell told analysts that the cheaper tier with advertising now makes up more than half of new sign-ups where it is available.",
        True,
        [("fraction", 0.5, None, "over")],
        "Warren Pell",
    ),
    (
        "en",
        '"Nobody else gives a family this much to watch for the price of a pizza," Pell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some analysts questioned whether the surge would last once the boxing bout fades from memory.",
        False,
        [],
        None,
    ),
    ("en", "Shares rose 6.4% in extended trading.", True, [("percent", 6.4, "%", None)], None),
    # --- Berlinale-Bilanz (dpa), Februar ---
    (
        "de",
        "Berlin (dpa) - Die 76. Berlinale hat nach eigenen Angaben rund 332.000 Kinokarten verkauft.",
        True,
        [("ordinal", 76, None, None), ("count", 332000, None, "about")],
        None,
    ),
    (
        "de",
        "Im Programm standen 238 Filme aus 71 Ländern, 22 davon liefen im Wettbewerb um den Goldenen Bären.",
        True,
        [("count", 238, None, None), ("count", 71, None, None), ("count", 22, None, None)],
        None,
    ),
    (
        "de",
        "Der Goldene Bär ging an das georgische Familiendrama „Winterbrot“ von Regisseurin Nino Kapanadze.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Jury würdigte den Film als „zärtliches und zorniges Porträt einer Generation im Wartestand“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Festivalchefin Johanna Wiesenthal sagte, die Säle seien im Schnitt zu 91 Prozent ausgelastet gewesen.",
        True,
        [("percent", 91, "%", None)],
        "Johanna Wiesenthal",
    ),
    (
        "de",
        "„Berlin hat gezeigt, dass Kino politisch sein kann, ohne zu belehren“, sagte Wiesenthal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bund fördert das Festival in diesem Jahr mit 12,9 Millionen Euro.",
        True,
        [("money", 12900000, "EUR", None)],
        None,
    ),
    # --- Weekend box office (AP), February ---
    (
        "en",
        'LOS ANGELES (AP) — The dinosaur sequel "Ridgeback 2" stomped into theaters with $86.4 million in ticket sales in the U.S. and Canada, according to studio estimates Sunday.',
        True,
        [("money", 86400000, "USD", None)],
        None,
    ),
    (
        "en",
        "Overseas, the PG-13 film added $121 million from 52 markets for a global launch of $207.4 million.",
        True,
        [("money", 121000000, "USD", None), ("count", 52, None, None), ("money", 207400000, "USD", None)],
        None,
    ),
    (
        "en",
        "That included $9.2 million from Thursday previews and about $14 million from Imax screens worldwide.",
        True,
        [("money", 9200000, "USD", None), ("money", 14000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "It was the biggest February opening since 2018 and the third-best start on record for the month.",
        True,
        [("year", 2018, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The film cost about $165 million to make, not counting marketing, the studio said.",
        True,
        [("money", 165000000, "USD", "about")],
        "the studio",
    ),
    (
        "en",
        'Last weekend\'s leader, the romantic comedy "Two Tickets to Tuesday," slipped to second place with $14.2 million, bringing its domestic total to $61.8 million.',
        True,
        [("ordinal", 2, None, None), ("money", 14200000, "USD", None), ("money", 61800000, "USD", None)],
        None,
    ),
    (
        "en",
        'Variety called the sequel "louder, dumber and somehow more fun than its predecessor."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The top 10 films together took in $148.7 million, up 41% from the same weekend last year, according to Comscore.",
        True,
        [("count", 10, None, None), ("money", 148700000, "USD", None), ("percent", 41, "%", None)],
        None,
    ),
    # --- Deutscher Musikmarkt (dpa), März ---
    (
        "de",
        "Berlin (dpa) - Der deutsche Musikmarkt ist im vergangenen Jahr um 5,8 Prozent auf 2,41 Milliarden Euro gewachsen.",
        True,
        [("percent", 5.8, "%", None), ("money", 2410000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Audio-Streaming machte nach Angaben des Bundesverbands Musikindustrie (BVMI) inzwischen 76,2 Prozent der Umsätze aus.",
        True,
        [("percent", 76.2, "%", None)],
        None,
    ),
    (
        "de",
        "Der Umsatz mit Vinyl stieg zum 19. Mal in Folge, auf 248 Millionen Euro.",
        True,
        [("ordinal", 19, None, None), ("money", 248000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "CDs brachten dagegen nur noch knapp 270 Millionen Euro ein, gut ein Fünftel weniger als im Jahr davor.",
        True,
        [("money", 270000000, "EUR", "nearly"), ("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "BVMI-Geschäftsführerin Sandra Reitmeier sagte, fast jeder dritte Euro werde inzwischen mit Musik aus Deutschland verdient.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        "Sandra Reitmeier",
    ),
    (
        "de",
        "Das Debütalbum der Rapperin Nuri Atalay wurde als erstes deutschsprachiges Hip-Hop-Album des Jahres mit Dreifach-Platin ausgezeichnet.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "„Musik ist das Lagerfeuer unserer Zeit“, sagte Reitmeier.", False, [], None),
    (
        "de",
        "Der Verband warnte erneut vor den Folgen künstlicher Intelligenz für Künstlerinnen und Künstler, nannte aber keine konkreten Forderungen.",
        False,
        [],
        None,
    ),
    # --- Oscars night (AP), March ---
    (
        "en",
        'LOS ANGELES (AP) — "Salt and Iron" won eight Oscars on Sunday night, including best picture and best director for Ines Valcourt, at the 98th Academy Awards.',
        True,
        [("count", 8, None, None), ("ordinal", 98, None, None)],
        None,
    ),
    (
        "en",
        "Valcourt, 71, is the oldest person to win the directing prize and only the fourth woman to do so.",
        True,
        [("duration", 71, "year", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        '"Tin Lanterns" took home three awards, including best original screenplay, while "Pebble Street" won animated feature.',
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        '"To every kid who was told their dreams were too big: mine were too, and look where they brought me," Valcourt said, clutching the statuette.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The ceremony ran three hours and 41 minutes, the longest since 2002.",
        True,
        [("duration", 3, "hour", None), ("duration", 41, "minute", None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "The telecast averaged 21.3 million viewers across ABC and its streaming service, up 9% from a year earlier, according to Nielsen figures released by the network.",
        True,
        [("count", 21300000, None, None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Host Rafe Okonedo kept the jokes mostly gentle, and the room seemed grateful for it.",
        False,
        [],
        None,
    ),
    (
        "en",
        'German cinematographer Lukas Ebersberger won for "Das stille Ufer," the film\'s only win from two nominations.',
        True,
        [("count", 2, None, None)],
        None,
    ),
    # --- Oscar für deutschen Kameramann (dpa), März ---
    (
        "de",
        "Los Angeles (dpa) - Der deutsche Kameramann Lukas Ebersberger hat bei der 98. Oscar-Verleihung die Trophäe für die beste Kamera gewonnen.",
        True,
        [("ordinal", 98, None, None)],
        None,
    ),
    (
        "de",
        "Der 52-Jährige aus Passau ist erst der dritte Deutsche, der in dieser Kategorie ausgezeichnet wurde.",
        True,
        [("duration", 52, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Dieser Oscar gehört dem Licht über der Ostsee“, sagte Ebersberger in seiner Dankesrede.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Als bester internationaler Film setzte sich dagegen das iranische Drama „Die Wache“ durch.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Kulturstaatsminister Matthias Falkenrath nannte den Preis „einen Ritterschlag für den Filmstandort Deutschland“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Übertragung bei ProSieben verfolgten in der Nacht im Schnitt 1,12 Mio. Zuschauer, der Marktanteil lag bei 21,4 Prozent.",
        True,
        [("count", 1120000, None, None), ("percent", 21.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die dreifache Oscar-Preisträgerin Vera Lindqvist-Hahn überreichte die Auszeichnung für die beste Kamera.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    # --- UK's most-visited attractions (PA), March ---
    (
        "en",
        "LONDON (PA) - For a second year running the British Museum topped the list of the UK's most-visited attractions, drawing 6.41 million people, ALVA figures published on Tuesday showed.",
        True,
        [("ordinal", 2, None, None), ("count", 6410000, None, None)],
        None,
    ),
    (
        "en",
        "In second place was the Natural History Museum with 6.02 million, ahead of Tate Modern on 5.3 million.",
        True,
        [("ordinal", 2, None, None), ("count", 6020000, None, None), ("count", 5300000, None, None)],
        None,
    ),
    (
        "en",
        "Across the association's 413 member sites, visits rose 4% to 171 million, still about 6% short of the 2019 peak.",
        True,
        [
            ("count", 413, None, None),
            ("percent", 4, "%", None),
            ("count", 171000000, None, None),
            ("percent", 6, "%", "about"),
            ("year", 2019, None, None),
        ],
        None,
    ),
    (
        "en",
        "ALVA director Bernard Whitcroft said one in four visits was now made by a child or teenager.",
        True,
        [("fraction", 0.25, None, None)],
        "Bernard Whitcroft",
    ),
    (
        "en",
        '"When we open our doors for free, the whole country gets richer," Whitcroft said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Edinburgh Castle remained Scotland's top paid-for attraction with 2.2 million visitors, up 11%.",
        True,
        [("count", 2200000, None, None), ("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Government funding for the 15 national museums sponsored by the culture department will rise by £18 million to £472 million next year.",
        True,
        [("count", 15, None, None), ("money", 18000000, "GBP", None), ("money", 472000000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Opposition arts spokeswoman Harriet Lomax accused ministers of "starving regional museums while London takes the bows."',
        False,
        [],
        None,
    ),
    # --- Leipziger Buchmesse (dpa), März ---
    (
        "de",
        "Leipzig (dpa) - Die Leipziger Buchmesse ist nach vier Tagen mit rund 296.000 Besucherinnen und Besuchern zu Ende gegangen, gut 4 Prozent mehr als im Vorjahr.",
        True,
        [("duration", 4, "day", None), ("count", 296000, None, "about"), ("percent", 4, "%", "over")],
        None,
    ),
    (
        "de",
        "Zum Lesefest „Leipzig liest“ gab es 3.100 Veranstaltungen an mehr als 400 Orten, teilte die Messe am Sonntag mit.",
        True,
        [("count", 3100, None, None), ("count", 400, None, "over")],
        "die Messe",
    ),
    (
        "de",
        "Mit dem Belletristik-Preis der Leipziger Buchmesse wurde Merle Kastning für ihren Roman „Die Vogelwärterin“ ausgezeichnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Auszeichnung ist mit insgesamt 54.000 Euro dotiert, die Sieger der drei Kategorien erhalten je 15.000 Euro.",
        True,
        [("money", 54000, "EUR", None), ("count", 3, None, None), ("money", 15000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Jury lobte einen „kühnen, verspielten Roman über das Verstummen und das Wiederfinden der Stimme“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kastning ist mit 29 Jahren die jüngste Preisträgerin seit der Gründung des Preises 2005.",
        True,
        [("duration", 29, "year", None), ("year", 2005, None, None)],
        None,
    ),
    (
        "de",
        "„Ich habe das Buch geschrieben, weil mir selbst die Worte abhandengekommen waren“, sagte Kastning.",
        False,
        [],
        None,
    ),
    # --- Billboard Hot 100 record run (Reuters), April ---
    (
        "en",
        'NEW YORK, April 14 (Reuters) - "Slow Burn" by rapper Kaydee Moss logged a 20th week at No. 1 on the Billboard Hot 100, breaking the record for the longest run at the top.',
        True,
        [("date", "--04-14", None, None), ("ordinal", 20, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The song drew 31.6 million official U.S. streams and sold 9,000 downloads in the week ending April 9, according to Luminate.",
        True,
        [("count", 31600000, None, None), ("count", 9000, None, None), ("date", "--04-09", None, None)],
        None,
    ),
    (
        "en",
        "Only three songs had previously spent 19 weeks at No. 1 since the chart launched in 1958.",
        True,
        [
            ("count", 3, None, None),
            ("duration", 19, "week", None),
            ("ordinal", 1, None, None),
            ("year", 1958, None, None),
        ],
        None,
    ),
    (
        "en",
        'Moss thanked fans on Instagram, writing that the run "belongs to everybody who ever played it too loud in a car."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Her label, Tallgrass Records, said the track had been streamed more than 2.1 billion times worldwide.",
        True,
        [("count", 2100000000, None, "over")],
        None,
    ),
    (
        "en",
        "The song also led the Billboard Global 200 for a ninth week.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "en",
        'Moss, 24, also holds the No. 3 spot with "Glass Houses," her second top-10 hit this year.',
        True,
        [
            ("duration", 24, "year", None),
            ("ordinal", 3, None, None),
            ("ordinal", 2, None, None),
            ("count", 10, None, None),
        ],
        None,
    ),
    # --- 800. Todestag des Franz von Assisi (KNA), April ---
    (
        "de",
        "Paderborn (KNA) - Zum 800. Todestag des heiligen Franz von Assisi zeigt das Diözesanmuseum Paderborn ab Freitag eine Ausstellung mit 140 Leihgaben aus zwölf Ländern.",
        True,
        [("ordinal", 800, None, None), ("count", 140, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Der Ordensgründer war am 3. Oktober 1226 bei Assisi gestorben.",
        True,
        [("date", "1226-10-03", None, None)],
        None,
    ),
    (
        "de",
        "Die Schau kostet nach Bistumsangaben rund 2,3 Millionen Euro, ein Drittel davon trägt das Land Nordrhein-Westfalen.",
        True,
        [("money", 2300000, "EUR", "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Museumsdirektorin Clara Hüsgen sagte, man rechne bis zum Ende der Schau am 4. Oktober mit mindestens 150.000 Gästen.",
        True,
        [("date", "--10-04", None, None), ("count", 150000, None, "at_least")],
        "Clara Hüsgen",
    ),
    (
        "de",
        "„Franziskus ist der Heilige, der unserer erschöpften Welt heute am meisten zu sagen hat“, sagte Erzbischof Udo Kerkhoff bei der Eröffnung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kritiker bemängeln, die Schau verliere über all dem Gold der Reliquiare die Armut des Heiligen aus dem Blick.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Franziskaner sind nach Ordensangaben heute mit rund 12.500 Brüdern in 115 Ländern vertreten.",
        True,
        [("count", 12500, None, "about"), ("count", 115, None, None)],
        None,
    ),
    # --- Spring sale in New York (Reuters), May ---
    (
        "en",
        "NEW YORK, May 12 (Reuters) - A 1958 abstract canvas by Danish-American painter Henrik Vallø sold at Christie's on Tuesday for $74.3 million including fees, an auction record for the artist.",
        True,
        [("date", "--05-12", None, None), ("year", 1958, None, None), ("money", 74300000, "USD", None)],
        None,
    ),
    (
        "en",
        "The hammer price was $64 million, within a presale estimate of $55 million to $75 million.",
        True,
        [
            ("money", 64000000, "USD", None),
            ("money", 55000000, "USD", None),
            ("money", 75000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Five bidders competed for 11 minutes before the work went to a telephone buyer.",
        True,
        [("count", 5, None, None), ("duration", 11, "minute", None)],
        None,
    ),
    (
        "en",
        "The evening sale of 46 lots totalled $412.8 million, with 93% of the lots finding buyers, the auction house said.",
        True,
        [("count", 46, None, None), ("money", 412800000, "USD", None), ("percent", 93, "%", None)],
        "the auction house",
    ),
    (
        "en",
        "Dealers said the room felt cautious, with few collectors willing to chase prices.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"The very best things still fly; it is the middle of the market that is struggling," said art adviser Naomi Feld.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The equivalent sale last May brought in $358 million, and Sotheby's rival auction on Wednesday carries a low estimate of about $250 million.",
        True,
        [("money", 358000000, "USD", None), ("money", 250000000, "USD", "about")],
        None,
    ),
    # --- Palme d'Or (AFP), May ---
    (
        "en",
        'CANNES, France (AFP) - The Romanian drama "The Quiet Hours" won the Palme d\'Or at the 79th Cannes Film Festival on Saturday.',
        True,
        [("ordinal", 79, None, None)],
        None,
    ),
    (
        "en",
        "Director Ana Cioflec, 38, is only the fourth woman to win the top prize.",
        True,
        [("duration", 38, "year", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The film, shot in 26 days on a budget of 1.9 million euros, received a 12-minute standing ovation at its premiere.",
        True,
        [("duration", 26, "day", None), ("money", 1900000, "EUR", None), ("duration", 12, "minute", None)],
        None,
    ),
    (
        "en",
        'Jury president Ulrich Brandtner praised the film as "a masterclass in patience and fury."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The festival said 2,150 feature films had been submitted for the official selection, of which 22 competed for the Palme.",
        True,
        [("count", 2150, None, None), ("count", 22, None, None)],
        "the festival",
    ),
    (
        "en",
        'The Grand Prix went to the Japanese family saga "Rain on Tin," and the best actress award to Brazil\'s Lúcia Monteverde.',
        True,
        [],
        None,
    ),
    # --- Art Basel (Keystone-SDA), Juni ---
    (
        "de",
        "Basel (Keystone-SDA) - Rund 88'500 Menschen haben in diesem Jahr die Art Basel besucht, etwas weniger als im Vorjahr.",
        True,
        [("count", 88500, None, "about")],
        None,
    ),
    (
        "de",
        "284 Galerien aus 37 Ländern stellten aus, 19 davon zum ersten Mal.",
        True,
        [
            ("count", 284, None, None),
            ("count", 37, None, None),
            ("count", 19, None, None),
            ("ordinal", 1, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die teuerste öffentlich gemeldete Arbeit, ein Gemälde der Amerikanerin Ruth Calloway aus dem Jahr 1972, wechselte für 14,5 Millionen Dollar den Besitzer.",
        True,
        [("year", 1972, None, None), ("money", 14500000, "USD", None)],
        None,
    ),
    (
        "de",
        "Eine Zürcher Galerie verkaufte nach eigenen Angaben bereits am ersten Tag elf Werke.",
        True,
        [("ordinal", 1, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "«Der Markt hat seine Nervosität nicht abgelegt, aber er hat wieder Appetit», sagte Messedirektor Marc Spühler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Spühler sagte, die Standmieten blieben im kommenden Jahr unverändert bei 950 Franken pro Quadratmeter.",
        True,
        [("money", 950, "CHF", None)],
        "Spühler",
    ),
    ("de", "Kritiker halten die Messe längst für einen Treffpunkt der Superreichen.", False, [], None),
    # --- Broadway season and the Tonys (AP), June ---
    (
        "en",
        "NEW YORK (AP) — Broadway took in $1.87 billion over the season that wrapped up May 24, 3% more than a year earlier, the Broadway League said.",
        True,
        [("money", 1870000000, "USD", None), ("date", "--05-24", None, None), ("percent", 3, "%", None)],
        "the Broadway League",
    ),
    (
        "en",
        "Attendance reached 12.9 million, about 95% of its level before the pandemic.",
        True,
        [("count", 12900000, None, None), ("percent", 95, "%", "about")],
        None,
    ),
    (
        "en",
        'The musical "Harbor Lights" led the Tony Awards on Sunday with seven wins, including best musical.',
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Its star, Delphine Okoro, 27, became the youngest winner of best actress in a musical since 1998.",
        True,
        [("duration", 27, "year", None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        '"I have been singing in church basements since I could walk, and tonight the basement came with me," Okoro said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The average ticket price on Broadway was $131.40, according to league figures.",
        True,
        [("money", 131.4, "USD", None)],
        None,
    ),
    (
        "en",
        "Producers warned that rising labor and insurance costs could force more shows to close early.",
        False,
        [],
        None,
    ),
    # --- Stadium tour (Reuters), July ---
    (
        "en",
        "LONDON, July 20 (Reuters) - Irish singer-songwriter Aoife Cullinane closed the European leg of her stadium tour with a fourth sold-out night at Wembley, taking attendance for the leg to about 1.9 million.",
        True,
        [("date", "--07-20", None, None), ("ordinal", 4, None, None), ("count", 1900000, None, "about")],
        None,
    ),
    (
        "en",
        "The 41 European shows grossed $472.5 million, according to trade publication Pollstar.",
        True,
        [("count", 41, None, None), ("money", 472500000, "USD", None)],
        None,
    ),
    (
        "en",
        "That puts the tour, which began in Dublin in February, on course to become the third-highest-grossing of all time.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Cullinane told reporters she would give 1% of every ticket sold to music education charities.",
        True,
        [("percent", 1, "%", None)],
        "Cullinane",
    ),
    ("en", '"I still cannot believe the girl from Ennis gets to do this," Cullinane said.', False, [], None),
    (
        "en",
        "Resale tickets for the final Wembley date were listed at up to £2,400 on secondary sites.",
        True,
        [("money", 2400, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "The North American leg opens in Toronto on Aug. 14 with 28 stadium dates.",
        True,
        [("date", "--08-14", None, None), ("count", 28, None, None)],
        None,
    ),
    # --- 150 Jahre Bayreuther Festspiele (dpa), Juli ---
    (
        "de",
        "Bayreuth (dpa) - Mit einer Neuinszenierung des „Rings“ haben die Bayreuther Festspiele am Samstag ihr 150-jähriges Bestehen gefeiert.",
        True,
        [("duration", 150, "year", None)],
        None,
    ),
    (
        "de",
        "Richard Wagner hatte das Festspielhaus auf dem Grünen Hügel im August 1876 mit der ersten vollständigen Aufführung des Zyklus eröffnet.",
        True,
        [("year", 1876, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Für die 30 Vorstellungen dieses Sommers gingen nach Angaben der Festspiele rund 310.000 Kartenwünsche ein, bei knapp 58.000 verfügbaren Plätzen.",
        True,
        [("count", 30, None, None), ("count", 310000, None, "about"), ("count", 58000, None, "nearly")],
        "die Festspiele",
    ),
    (
        "de",
        "Das „Rheingold“ zur Eröffnung dauerte knapp zweieinhalb Stunden, der Schlussapplaus 14 Minuten.",
        True,
        [("duration", 2.5, "hour", "nearly"), ("duration", 14, "minute", None)],
        None,
    ),
    (
        "de",
        "„Wagner gehört nicht uns, wir dürfen ihn nur eine Weile hüten“, sagte Festspielleiterin Brigitte Haubenreißer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haubenreißer sagte, der Freistaat Bayern und der Bund stockten ihre Zuschüsse zum Jubiläum um je 1,5 Millionen Euro auf.",
        True,
        [("money", 1500000, "EUR", None)],
        "Haubenreißer",
    ),
    (
        "de",
        "Vereinzelte Buhrufe für das Regieteam gingen im Jubel des Premierenpublikums fast unter.",
        False,
        [],
        None,
    ),
    # --- Offizielle Deutsche Charts (dpa), Juli ---
    (
        "de",
        "Baden-Baden (dpa) - Der Sommerhit „Sternenstaub“ von Lea Brandhuber steht zum zehnten Mal in Folge auf Platz eins der Offiziellen Deutschen Single-Charts.",
        True,
        [("ordinal", 10, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "So lange hielt sich zuletzt vor sechs Jahren ein deutschsprachiger Titel an der Spitze, wie aus den Daten von GfK Entertainment hervorgeht.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "de",
        "Der Song wurde bislang mehr als 84 Millionen Mal gestreamt.",
        True,
        [("count", 84000000, None, "over")],
        None,
    ),
    (
        "de",
        "Bei den Alben stieg die Berliner Band Kernschatten mit „Asphaltgold“ auf Rang drei ein, es ist ihr fünftes Top-10-Album.",
        True,
        [("ordinal", 3, None, None), ("ordinal", 5, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "„Wir wollten einfach einen Song, zu dem man im Freibad tanzen kann“, sagte Brandhuber.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brandhuber hatte bereits 2023 mit ihrem Debütalbum „Nachtfalter“ die Top 20 erreicht.",
        True,
        [("year", 2023, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Im Herbst geht sie auf Tournee, für die 24 Konzerte wurden nach Angaben ihres Managements bereits rund 190.000 Karten verkauft.",
        True,
        [("count", 24, None, None), ("count", 190000, None, "about")],
        None,
    ),
    # --- Salzburger Festspiele (APA), August ---
    (
        "de",
        "Salzburg (APA) - Die Salzburger Festspiele haben heuer 236.400 Karten verkauft und eine Auslastung von 97 Prozent erreicht.",
        True,
        [("count", 236400, None, None), ("percent", 97, "%", None)],
        None,
    ),
    (
        "de",
        "Gezeigt wurden an 44 Tagen 182 Aufführungen an 16 Spielstätten, teilte das Direktorium am Sonntag mit.",
        True,
        [("duration", 44, "day", None), ("count", 182, None, None), ("count", 16, None, None)],
        "das Direktorium",
    ),
    (
        "de",
        "Die Karteneinnahmen lagen mit rund 34,6 Millionen Euro leicht über dem Vorjahr.",
        True,
        [("money", 34600000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der „Jedermann“ stand 16-mal auf dem Domplatz auf dem Programm, alle Vorstellungen waren ausverkauft.",
        True,
        [("count", 16, None, None)],
        None,
    ),
    (
        "de",
        "Festspielpräsidentin Annemarie Gschnitzer sagte, mehr als ein Drittel des Publikums sei zum ersten Mal in Salzburg gewesen.",
        True,
        [("fraction", 0.3333, None, "over"), ("ordinal", 1, None, None)],
        "Annemarie Gschnitzer",
    ),
    (
        "de",
        "„Salzburg bleibt ein Sehnsuchtsort, und das spürt man an jedem einzelnen Abend“, sagte Gschnitzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die „Kronen Zeitung“ schwärmte von einem „Festspielsommer ohne einen einzigen Durchhänger“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Festspiele 2027 beginnen am 17. Juli.",
        True,
        [("year", 2027, None, None), ("date", "--07-17", None, None)],
        None,
    ),
    # --- Locarno Film Festival (Keystone-SDA), August ---
    (
        "de",
        "Locarno (Keystone-SDA) - Das 79. Locarno Film Festival hat an seinen elf Tagen rund 128'000 Eintritte verzeichnet.",
        True,
        [("ordinal", 79, None, None), ("duration", 11, "day", None), ("count", 128000, None, "about")],
        None,
    ),
    (
        "de",
        "Allein auf der Piazza Grande sahen knapp 71'000 Menschen die Abendvorführungen unter freiem Himmel.",
        True,
        [("count", 71000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Goldene Leopard ging an den argentinischen Film «La casa vacía» von Tomás Rivadero.",
        True,
        [],
        None,
    ),
    (
        "de",
        "«Auf der Piazza ist das Kino noch ein Fest für alle», sagte Festivaldirektorin Giulia Bernasconi.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bernasconi sagte, das Budget des Festivals belaufe sich auf 16,8 Millionen Franken, ein Viertel davon stamme von Sponsoren.",
        True,
        [("money", 16800000, "CHF", None), ("fraction", 0.25, None, None)],
        "Bernasconi",
    ),
    (
        "de",
        "Die restaurierte 4K-Fassung eines Stummfilms aus dem Jahr 1927 lief als Weltpremiere zum Abschluss.",
        True,
        [("year", 1927, None, None)],
        None,
    ),
    # --- Edinburgh Fringe (PA), August ---
    (
        "en",
        "EDINBURGH (PA) - The Fringe sold 2.31 million tickets in Edinburgh this year, up from 2.26 million, the Fringe Society said.",
        True,
        [("count", 2310000, None, None), ("count", 2260000, None, None)],
        "the Fringe Society",
    ),
    (
        "en",
        "Performers from 58 countries staged more than 3,700 shows across 287 venues over 24 days.",
        True,
        [
            ("count", 58, None, None),
            ("count", 3700, None, "over"),
            ("count", 287, None, None),
            ("duration", 24, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Fringe Society chief executive Alasdair Kerr said a survey of 1,400 performers had found that nearly two-thirds lost money on their runs.",
        True,
        [("count", 1400, None, None), ("fraction", 0.6667, None, "nearly")],
        "Alasdair Kerr",
    ),
    (
        "en",
        "Performers paid an average of £1,380 for a week's lodging in the city, up from £1,190.",
        True,
        [("money", 1380, "GBP", None), ("money", 1190, "GBP", None)],
        None,
    ),
    (
        "en",
        '"The Fringe was built by people with more nerve than money, and we have to keep it that way," Kerr said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Next year's Fringe will run from Aug. 6 to Aug. 30.",
        True,
        [("date", "--08-06", None, None), ("date", "--08-30", None, None)],
        None,
    ),
    # --- Streamingdienst im Halbjahr (dpa), August ---
    (
        "de",
        "Köln (dpa) - Der Streamingdienst Filmwerk+ hat im ersten Halbjahr 410.000 zahlende Abonnentinnen und Abonnenten hinzugewonnen.",
        True,
        [("ordinal", 1, None, None), ("count", 410000, None, None)],
        None,
    ),
    (
        "de",
        "Damit zählt die Plattform der Rheinmedien-Gruppe nun 6,9 Millionen Abos, teilte das Unternehmen mit.",
        True,
        [("count", 6900000, None, None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Das Streaminggeschäft setzte 312 Millionen Euro um, ein Plus von 18 Prozent, der Verlust ging auf 41 Millionen Euro zurück.",
        True,
        [("money", 312000000, "EUR", None), ("percent", 18, "%", None), ("money", 41000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Vorstandschefin Katja Himmelreich sagte, die Gewinnschwelle solle 2027 erreicht werden.",
        True,
        [("year", 2027, None, None)],
        "Katja Himmelreich",
    ),
    (
        "de",
        "Ab 1. Oktober kostet das werbefreie Abo 9,99 statt 8,99 Euro im Monat.",
        True,
        [("date", "--10-01", None, None), ("money", 9.99, "EUR", None), ("money", 8.99, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Wir sind der Streamingdienst, der Deutschland am besten versteht“, sagte Himmelreich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Branchenbeobachter bezweifeln, dass sich neben den US-Konzernen auf Dauer ein deutscher Anbieter behaupten kann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Eigenproduktion „Grenzland“ ist ab 16 Jahren freigegeben und wurde in den ersten vier Wochen 38 Millionen Stunden lang angesehen.",
        True,
        [
            ("duration", 16, "year", "at_least"),
            ("ordinal", 1, None, None),
            ("duration", 4, "week", None),
            ("duration", 38000000, "hour", None),
        ],
        None,
    ),
    # --- A fantasy finale in bookshops (Reuters), September ---
    (
        "en",
        'LONDON, Sept 17 (Reuters) - The final novel in Harriet Quayle\'s "Ember Crown" fantasy series sold 1.12 million copies across the United States and Britain during its first week on sale, its publisher said.',
        True,
        [("date", "--09-17", None, None), ("count", 1120000, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "In Britain alone it sold 318,400 print copies in five days, the biggest launch for an adult novel since records began in 1998, according to NielsenIQ BookData.",
        True,
        [("count", 318400, None, None), ("duration", 5, "day", None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "The seven-book series has now sold more than 60 million copies in 43 languages.",
        True,
        [("count", 7, None, None), ("count", 60000000, None, "over"), ("count", 43, None, None)],
        None,
    ),
    (
        "en",
        "Quayle said she had written the last chapter in 2019 and kept it locked in a safe for six years.",
        True,
        [("year", 2019, None, None), ("duration", 6, "year", None)],
        "Quayle",
    ),
    (
        "en",
        '"I owe these readers everything, including my sanity," Quayle said at a London signing.',
        False,
        [],
        None,
    ),
    ("en", 'The Times called the ending "a bruising, glorious farewell."', False, [], None),
    (
        "en",
        "Waterstones said it had opened 41 of its shops at midnight for the release.",
        True,
        [("count", 41, None, None)],
        "Waterstones",
    ),
    # --- Störtebeker Festspiele (dpa/mv), September ---
    (
        "de",
        "Ralswiek (dpa/mv) - Die Störtebeker Festspiele auf Rügen haben in diesem Sommer mit 412.000 Zuschauern einen Besucherrekord aufgestellt.",
        True,
        [("count", 412000, None, None)],
        None,
    ),
    (
        "de",
        "Gespielt wurde an 78 Abenden, die Auslastung lag bei knapp 94 Prozent, teilte der Veranstalter mit.",
        True,
        [("count", 78, None, None), ("percent", 94, "%", "nearly")],
        "der Veranstalter",
    ),
    (
        "de",
        "Das Piratenspektakel wird seit 1993 auf der Naturbühne am Großen Jasmunder Bodden gespielt, in diesem Sommer zum 30. Mal.",
        True,
        [("year", 1993, None, None), ("ordinal", 30, None, None)],
        None,
    ),
    (
        "de",
        "„Hier spielt die Ostsee mit, und das Publikum spürt das“, sagte Intendant Henning Radloff.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für die kommende Saison seien bereits mehr als 60.000 Karten verkauft, sagte Radloff.",
        True,
        [("count", 60000, None, "over")],
        "Radloff",
    ),
    (
        "de",
        "Die Titelrolle spielt seit einem Vierteljahrhundert derselbe Schauspieler, der 58-jährige Jörn Kellermann.",
        True,
        [("duration", 25, "year", None), ("duration", 58, "year", None)],
        None,
    ),
    # --- Frankfurter Buchmesse (dpa), Oktober ---
    (
        "de",
        "Frankfurt/Main (dpa) - Die Frankfurter Buchmesse hat nach fünf Tagen eine Bilanz von rund 238.500 Besucherinnen und Besuchern gezogen.",
        True,
        [("duration", 5, "day", None), ("count", 238500, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 4.200 Aussteller aus 92 Ländern waren dabei, hieß es zum Abschluss.",
        True,
        [("count", 4200, None, "about"), ("count", 92, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz des Buchhandels lag in den ersten neun Monaten um 1,4 Prozent über dem Vorjahreszeitraum, teilte der Börsenverein mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 1.4, "%", None)],
        "der Börsenverein",
    ),
    (
        "de",
        "Der Deutsche Buchpreis war zum Auftakt an den Wiener Autor Florian Strasser für seinen Roman „Die Zählung der Krähen“ gegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Preis ist mit 25.000 Euro dotiert, die fünf weiteren Finalisten der Shortlist erhalten jeweils 2.500 Euro.",
        True,
        [("money", 25000, "EUR", None), ("count", 5, None, None), ("money", 2500, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich habe nicht damit gerechnet, und ich weiß noch gar nicht, wohin mit dem Glück“, sagte Strasser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Jury rühmte einen Roman, „der das Kleine ernst nimmt und das Große der Lächerlichkeit preisgibt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Roman stieg in dieser Woche auf Platz eins der „Spiegel“-Bestsellerliste ein, der Verlag ließ die Startauflage auf 120.000 Exemplare erhöhen.",
        True,
        [("ordinal", 1, None, None), ("count", 120000, None, None)],
        None,
    ),
    # --- Grammy nominations (AP), November ---
    (
        "en",
        "NEW YORK (AP) — Kaydee Moss leads the Grammy nominations with nine, including album, record and song of the year, the Recording Academy announced Friday.",
        True,
        [("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Maisie Rourke and the Norwegian rock band Gullhaven follow with seven nods each.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        'Moss, whose "Slow Burn" spent a record 20 weeks at No. 1, now has 31 career nominations and four wins.',
        True,
        [
            ("duration", 20, "week", None),
            ("ordinal", 1, None, None),
            ("count", 31, None, None),
            ("count", 4, None, None),
        ],
        None,
    ),
    (
        "en",
        "The 69th Grammy Awards will be held on Feb. 7 in Los Angeles.",
        True,
        [("ordinal", 69, None, None), ("date", "--02-07", None, None)],
        None,
    ),
    (
        "en",
        'Recording Academy chief executive Marcus Oyelaran said the list "shows a music world that refuses to stay in its lane."',
        False,
        [],
        None,
    ),
    (
        "en",
        "A record 13,900 submissions were screened for 95 categories, the academy said.",
        True,
        [("count", 13900, None, None), ("count", 95, None, None)],
        "the academy",
    ),
    (
        "en",
        "Gullhaven, whose debut album went triple-platinum in Norway, earned its first nomination for album of the year.",
        True,
        [("count", 3, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    # --- Auktion im Dorotheum (APA), November ---
    (
        "de",
        "Wien (APA) - Ein Landschaftsbild des Tiroler Malers Alois Hochfilzer ist im Dorotheum für 1,94 Millionen Euro inklusive Aufgeld versteigert worden.",
        True,
        [("money", 1940000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Zuschlag erfolgte nach einem achtminütigen Bietgefecht zwischen drei Telefonbietern bei 1,55 Millionen Euro.",
        True,
        [("duration", 8, "minute", None), ("count", 3, None, None), ("money", 1550000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Geschätzt war das Werk aus dem Jahr 1911 auf 400.000 bis 600.000 Euro, teilte das Dorotheum mit.",
        True,
        [("year", 1911, None, None), ("money", 400000, "EUR", None), ("money", 600000, "EUR", None)],
        "das Dorotheum",
    ),
    (
        "de",
        "Das Ergebnis liegt bei mehr als dem Dreifachen der oberen Schätzung.",
        True,
        [("count", 3, None, "over")],
        None,
    ),
    (
        "de",
        "Der bisherige Auktionsrekord für Hochfilzer lag bei 480.000 Euro und stammte aus dem Jahr 2014.",
        True,
        [("money", 480000, "EUR", None), ("year", 2014, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des Auktionshauses sprach von einem „Ausnahmeergebnis in einem schwierigen Markt“.",
        False,
        [],
        None,
    ),
    ("de", "Wer das Bild ersteigert hat, blieb zunächst offen.", False, [], None),
    (
        "de",
        "Ein zweites Gemälde Hochfilzers erzielte einen Preis im sechsstelligen Bereich.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Christmas Day ratings (PA), December ---
    (
        "en",
        'LONDON (PA) - A festive special of the sitcom "Marsh Lane" topped the Christmas Day ratings with 6.1 million overnight viewers, according to Barb.',
        True,
        [("count", 6100000, None, None)],
        None,
    ),
    (
        "en",
        "The episode, the show's 100th, peaked at 7.4 million shortly after 8pm.",
        True,
        [("ordinal", 100, None, None), ("count", 7400000, None, None)],
        None,
    ),
    (
        "en",
        "The BBC said its channels accounted for seven of the 10 most-watched programmes on the day.",
        True,
        [("count", 7, None, None), ("count", 10, None, None)],
        "the BBC",
    ),
    ("en", 'Viewers took to social media to praise the episode as "the perfect send-off."', False, [], None),
    (
        "en",
        "BBC One's share of the audience across the day was 27.4%, up 1.2 percentage points.",
        True,
        [("percent", 27.4, "%", None), ("percent", 1.2, "pp", None)],
        None,
    ),
    (
        "en",
        'Critics were less kind, calling the script "tired tinsel dressed up as nostalgia."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The series, which began in 2009, will end after a 12th and final season next year.",
        True,
        [("year", 2009, None, None), ("ordinal", 12, None, None)],
        None,
    ),
    # --- Christmas weekend box office (Reuters), December ---
    (
        "en",
        'LOS ANGELES, Dec 28 (Reuters) - The animated musical "Snowglobe City" led the Christmas weekend box office with $48.6 million from 4,012 theaters in the United States and Canada, distributor Marlowe Pictures said on Sunday.',
        True,
        [("date", "--12-28", None, None), ("money", 48600000, "USD", None), ("count", 4012, None, None)],
        None,
    ),
    (
        "en",
        "Its domestic cume reached $312.7 million after 38 days in release.",
        True,
        [("money", 312700000, "USD", None), ("duration", 38, "day", None)],
        None,
    ),
    (
        "en",
        "Overall, domestic ticket sales for the year are on pace to finish at around $9.1 billion, about 3% above last year, according to Comscore.",
        True,
        [("money", 9100000000, "USD", "about"), ("percent", 3, "%", "about")],
        None,
    ),
    (
        "en",
        '"Families came back this holiday, and they brought their grandparents," said Boxline Research analyst Dana Whitlock.',
        False,
        [],
        None,
    ),
    (
        "en",
        "It is the studio's fifth release this year to pass $300 million at home.",
        True,
        [("ordinal", 5, None, None), ("money", 300000000, "USD", None)],
        None,
    ),
    (
        "en",
        'The R-rated horror film "Hollow Stairs" opened in second place with a $22.3 million domestic bow.',
        True,
        [("ordinal", 2, None, None), ("money", 22300000, "USD", None)],
        None,
    ),
]
