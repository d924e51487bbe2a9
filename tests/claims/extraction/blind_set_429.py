"""Four-hundred-and-twenty-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: regulators' heads, ministers, broadcasters' chairs and
directors general, executives and union and lobby officials of real bodies and governments
appear under made-up names that stand for no real holder, or by their role only („ein
ZDF-Sprecher“, „Eine Polizeisprecherin“, „Ein Sprecher der Grünen im Landtag“, "A BBC
spokeswoman", "One bidder's executive", "A Tunevale spokeswoman").

Names: Gesine Haberkorn-Lutz, the bidders Kavento (with Matthias Gerstenkorn and Bettina
Lorch-Hammerschmidt), Fernwerk (with Oliver Strietzel) and Lyra Mobil, Harald Brückelmann,
the TV film „Nebel über Amrum“, the operator Tauernnet with Bernhard Ruckenbauer-Lenz,
Dorothee Wiegmann-Fahr, Reto Gisler-Amstutz, the streaming service Serienhafen with Larissa
Obermüller-Tan, the market researcher Quotara, Ludwig Aschenbrenner, Kerstin Mahlberg-Ohm,
Paul Kreuzhuber-Stadler, the cable operator Strelanet with Jörg Imhoff-Baran, the publishers
Mittelland Medien and Seeland Presse with Niklaus Bärtschinger, the Christmas film „Die
Winterfähre“, Vanessa Köhnlein-Brix; Corvalis Wireless, Victor Almanzar-Reid, Miriam
Hollingsworth, the campaign group Scrap the Fee, the streaming service Streamora with Caleb
Fontaine-Wirth, Brookhollow Securities, the carrier Coralink with Rhys Tregenza, Anita
Galbraith-Rowe, Darren Whitlow, Owen Prothero-Bligh, Narmada Mobile with Rajiv Malhotra-Sen,
Chenab Telecom, Ridgecrest Wireless with Gordon Ellery-Stamp, the music streaming service
Tunevale with Henrik Sundqvist-Bell, Byron Culpepper-Hale, Baltmark Telecom with Sigrid
Holmqvist-Arne, Fjordnet, Tamar Media with Fiona Penhallow, Prairie Press Co. with Lorraine
Tibbets-Crowe, Albion Mobile, the comedy "Marlow Sands" with Bethan Corrigan-Lowe; every
unnamed spokesperson, analyst, investor, fan, resident, reviewer, reader and subscriber.
Real states, bodies, broadcasters, programmes, parties, courts, laws and places
(Bundesnetzagentur, Digitalministerium, DFB-Elf, Slowakei, ZDF, ZDF-Mediathek, Das Erste,
AGF Videoforschung, the Austrian regulator RTR, Arbeiterkammer, the emergency numbers 112
and 133, IVW, BDZV, Deutscher Journalisten-Verband, Bakom, Bundesrat, Emmental, Landgericht
Berlin, Bitkom, Bayerischer Gemeindetag, CSU, Grüne, Staatsregierung, KEF, Sachsen-Anhalt,
Thüringen, ARD, ARD-Mediathek, Reformstaatsvertrag, Karlsruhe, AfD, ORF, ORF 2, „ZiB 1“, ORF
ON, Stiftungsrat, Verband Österreichischer Privatsender, Nebenkostenprivileg,
Telekommunikationsgesetz, Berlin-Pankow, Die Linke, Abgeordnetenhaus, SSM, Syndicom,
Langenthal, Wettbewerbskommission, RTL; the Federal Communications Commission, LSEG, TV
Licensing, the BBC, BBC One, BBC iPlayer, ITV1, Barb, Ofcom, the Connected Nations report,
Which?, triple zero, the Australian Communications and Media Authority, the Telecom
Regulatory Authority of India, NBC, NBC Sports, Nielsen, the NFL, the Chiefs, the Bills, the
European Commission, the Audit Bureau of Circulations, the National Union of Journalists,
and the datelines' cities) stand for the way wire copy names them; every fee, bid, block,
subscriber number, ARPU, churn rate, coverage share, rating, market share, price,
circulation, outage, job cut, deal value, quote and label here is invented, and where a real
figure came to mind (a real Rundfunkbeitrag, KEF recommendation or ORF-Beitrag, a real
target for the ARD's radio stations or the special-interest channels, a real coverage
obligation or universal-service speed, a real licence fee, penalty ceiling or press subsidy)
it was changed.

Its weight: TELECOMS, MEDIA AND STREAMING, second round under this heading (the
three-hundred-and-eleventh batch weighed telecoms, media and streaming; before it the
forty-fifth weighed culture and media copy with box office and streaming figures, the
fifty-first technology, cybersecurity and telecoms, the eighty-ninth media, TV ratings,
streaming and platforms, the hundred-twenty-eighth AI, chips, data centres and telecoms and
the two-hundred-and-eleventh technology companies and telecoms; their decisions are kept) -
over one autumn, September to December, in story order, 28 short stories with the German and
English ones interleaved, each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, reactions). Half German (dpa with "dpa/lby" and
"dpa/bb", dpa-AFX, APA, Keystone-SDA; Austrian "Zuseherinnen und Zuseher",
"Generaldirektor", Swiss "grösste", "erschliessen", "74'300", "Mia.", "Mio. Franken", «»
quotes, German „“ quotes): the Bundesnetzagentur's 1.5-gigahertz auction, the ratings of a
qualifier on ZDF, an Austrian mobile outage, the IVW's circulation figures, fibre coverage
in Switzerland, a streamer's price rise, gigabit coverage in Bavaria, a telecom group's
third quarter with customers in "Mio." and "Tsd.", ARPU and churn, the Rundfunkbeitrag and
the reform treaty, the ORF's market shares and fee, a cable operator after the end of the
Nebenkostenprivileg, a cable cut in Berlin, a Swiss newspaper merger and the Christmas
ratings. Half English (Reuters with dated datelines, AP, PA, AAP): an FCC mid-band auction,
TV licence figures, a streamer's price rise with subscribers in "m", a triple-zero outage in
Australia, Ofcom's Connected Nations report, an Indian operator's ARPU in rupees and crore,
a U.S. carrier's third quarter with "k" and "m" figures, a music streamer's quarter, Sunday
night football ratings, a Nordic mobile merger with ARPU in euros, UK newspaper sales and a
regional publisher's closures, an Ofcom millimetre-wave auction, a U.S. chain ending weekday
print and the Christmas Day ratings. Speakers as such copy has them: „X sagte, ...“ opening
the row with the office, the party in brackets or the firm's name before it, „X sagte, ...“
with the surname, „teilte die Bundesnetzagentur ... mit“, „teilte das Bundesamt für
Kommunikation (Bakom) ... mit“, „teilte der ORF ... mit“, „teilte der Netzbetreiber Kavento
mit“, „wie die ARD ... mitteilte“, „nach Angaben des Finanzministeriums“; "X said", "X told
reporters", "X told analysts", "X said on a call with analysts", "Tregenza said", "the BBC
said" at the end, "Nielsen said Tuesday", "Ofcom said", "The National Union of Journalists
said", and a name in apposition ("Tamar's chief executive, Fiona Penhallow, said"); beside
them the forms left unchecked. Figures as such copy has them: subscribers, customers,
households, viewers, streams, calls and copies with "Mio.", "Tsd.", "m", "k", "million",
"billion" and "crore", ARPU, ARPA, prices, fees, credits, bids, profits, savings and deal
values in euros, cents, dollars, pounds, francs, rupees, Australian dollars and Swedish
crowns, spectrum in megahertz and gigahertz, rounds and auction days, speeds and data,
coverage, market shares, churn and reach in percent, a change in percentage points and a
Nielsen rating, outages in hours, target groups' ages, ordinals of quarters, outages and
series, fractions in words („knapp ein Zehntel“, „gut jeder fünften“, „etwa jeder siebte“,
"about a fifth", "more than half", "nearly two-thirds", "roughly a quarter"), hedges,
ranges, years and dates. Negatives as such copy has them - 56 rows, none with a figure:
labels of regulators, executives, lobbies, unions, parties and critics („sprach von“,
„nannte“, „bezeichnete ... als“, „hält ... für“, „warf ... vor“, „lobten ... als“,
„begrüßten ... als“, "called", "described ... as", "hailed ... as"), executives' hype,
apologies and feelings, warnings, demands, forecasts, fears and doubts without a measure, an
open question, a no-comment line, vox pops and scene colour, each near a check-worthy
look-alike from the same story.

244 rows (124 German, 120 English), 56 negatives (28 German, 28 English), 188 check-worthy
rows of which 18 carry no figure (13 German, 5 English), 327 expected quantities (123
counts, 65 amounts of money - 30 EUR, 18 USD, 6 GBP, 4 INR, 3 CHF, 2 AUD, 2 SEK -, 55
percentages - 54 in "%", 1 in percentage points "pp" -, 24 durations - 12 in years, 4 in
hours, 3 in days, 3 in months, 1 in weeks, 1 in seconds -, 21 years, 20 ordinals, 12 dates,
7 fractions; none of them in a negative), 37 checked speakers (19 German, 18 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, boast, apology, feeling, warning or demand without a measure, forecast,
  fear, doubt or open question is a negative with speaker None, also with a named speaker
  and an office (seventh, ninety-eighth, two-hundred-and-fourth, two-hundred-and-eleventh,
  three-hundred-and-eleventh); a quoted or reported statement of fact, figure, step, plan,
  rule or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth). Pairs from one speaker or firm: Haberkorn-Lutz's 2027 beside „Ergebnis
  mit Augenmaß“; Fernwerk's two blocks beside Strietzel's „Mondpreisen“; Almanzar-Reid's
  $4.1 billion beside "proof that ..." ("hailed ... as", three-hundred-and-eleventh);
  Hollingsworth's options beside Scrap the Fee's label; Ruckenbauer-Lenz's cause beside his
  apology; Fontaine-Wirth's $18.5 billion beside "get more for their money"; Wiegmann-Fahr's
  61 local editions beside her warning; Gisler-Amstutz's 2031 beside «eines der besten Netze
  Europas»; Tregenza's 20GB and A$15 beside "deeply sorry"; Prothero-Bligh's £1.2 billion
  beside "finally winning the broadband race"; Obermüller-Tan's 40 productions beside „das
  beste Preis-Leistungs-Verhältnis“; Malhotra-Sen's 10% to 15% beside "the world's cheapest
  data"; Aschenbrenner's 2.9 billion euros beside „digitalen Kraftakt“; Ellery-Stamp's 12
  million homes beside "simply where customers want to be"; Gerstenkorn's 6 million
  households beside „Wir sind auf Kurs“; Sundqvist-Bell's 630 million euros beside "never
  been in better shape"; Mahlberg-Ohm's 900 posts beside „verfassungsrechtlich
  hochproblematisch“; Holmqvist-Arne's 210 million euros beside "a Nordic champion";
  Kreuzhuber-Stadler's 1.4 million users beside „starken Jahr“; Penhallow's 2019 beside "the
  glue"; Imhoff-Baran's third quarter beside „Das Schlimmste liegt hinter uns“;
  Bärtschinger's 38 jobs beside «Wir retten damit ...»; Tibbets-Crowe's 512,000 beside
  "meeting readers where they are"; Köhnlein-Brix's sequel beside her gladness;
  Corrigan-Lowe's fourth series beside "overwhelmed"; Albion's 1.8 gigahertz beside
  "delighted".
- Negatives, none with a figure: labels and verdicts („sprach von“ four times, „nannte“
  three times, „bezeichnete ... als“, „hält ... für“, „warf ... vor“ - an accusation naming
  no act, hundred-twenty-first -, „Analysten lobten die Zahlen als“, „begrüßten ... als“,
  "called" four times, "described ... as" twice, "hailed ... as", "calling ...";
  eighty-ninth, two-hundred-and-fourth, three-hundred-and-eleventh); executives' hype
  without a benchmark („das beste Preis-Leistungs-Verhältnis im ganzen Markt“, «Die Schweiz
  hat eines der besten Netze Europas», "simply where customers want to be", "never been in
  better shape", "get more for their money with us than anywhere else";
  two-hundred-and-eleventh); apologies („Wir bitten alle Betroffenen um Entschuldigung“,
  "deeply sorry"; fifty-first, hundred-sixth) and feelings („zeigte sich „glücklich ...““,
  "delighted", "overwhelmed", «Wir auf dem Land fühlen uns abgehängt»;
  two-hundred-and-fourth: „zeigte sich „zutiefst besorgt““); a warning and demands without a
  measure („warnte vor „weißen Flecken ...““, „forderte, Baufirmen „endlich in die Pflicht
  zu nehmen““, the AfD's call to abolish the fee with its label; two-hundred-and-fourth,
  two-hundred-and-eleventh); forecasts, fears and worries without a measure
  („Branchenbeobachter rechnen damit ...“, "Consumer groups fear ...", "Some investors
  worried ..."), doubts ("Analysts doubted ...", "Analysts were split on whether ..."), an
  open question ("Whether subscribers ... remains unclear"), a no-comment line ("declined to
  comment"), a corporation's creed in quotes ("committed to a fair and modern way ..."),
  readers' intentions ("Some longtime subscribers said they would rather cancel ...";
  three-hundred-and-eleventh: „Leserinnen und Leser hoffen“) and scene colour (fans on
  social media, a resident, viewers online, the Feuilletons).
- Check-worthy without a figure (fifty-first, eighty-ninth, two-hundred-and-eleventh,
  three-hundred-and-eleventh): the auction proceeds' planned use, who measures the ratings
  („Die Quoten ermittelt die AGF Videoforschung ...“; eighty-ninth), an outage's start and
  end told in clock times and its cause (fifty-first), the source of the circulation figures
  („Das geht aus den ... Quartalszahlen der IVW hervor.“; three-hundred-and-eleventh: „Das
  geht aus dem Finanzplan hervor ...“), a court ruling on price rises, two Länder's
  announced refusal („kündigten an“; eighty-ninth), a constitutional complaint filed, a
  regulator's review „nach dpa-Informationen“, a repair's end, a police deployment told by
  role, an approval still needed („Die Wettbewerbskommission muss ... noch zustimmen.“;
  two-hundred-and-eleventh), a sequel commissioned, a minister's announced options, an
  outage's blamed cause, an investigation opened, a board's recommendation ("Fjordnet's
  board has recommended the offer ..."; three-hundred-and-eleventh New) and print editions
  moved to Sundays only. A demand naming a measure is check-worthy (the Gemeindetag's „von
  10 auf 5 Prozent“, the BDZV's 200 million euros for five years, the SSM's date;
  two-hundred-and-forty-fourth, three-hundred-and-eleventh).
- Subscribers, customers, households, viewers, streams and copies are counts, "Mio." and "m"
  read as million (fifty-first: „4,6 Mio. Mobilfunk- und 1,5 Mio. Breitbandkunden“;
  eighty-ninth: „1,12 Mio.“ and PA's "5.4m viewers"; three-hundred-and-eleventh): „3,87 Mio.
  Zuschauer“, „bis zu 2,3 Mio. Kundinnen und Kunden“ "up_to", „im Schnitt noch 8,91 Mio. pro
  Erscheinungstag“ („im Schnitt“ and „noch“ no hedge), „nur noch 1,46 Mio. Exemplare“, „rund
  1,5 Mio. weitere Wohnungen“ "about" („weitere“ no hedge), „rund 5,4 Mio. zahlende
  Haushalte“, „auf 14,7 Mio., davon 9,2 Mio. mit Laufzeitvertrag“ (the abbreviation's point
  before a comma and before a lower-case word ends no sentence), „6 Mio. Haushalte“, „1,02
  Mio. Zuseherinnen und Zuseher“, „1,4 Mio. registrierte Nutzerinnen und Nutzer“, „rund 1,9
  Mio. TV-Kundinnen und -Kunden“, „Von einst 8,3 Mio. Haushalten ... noch gut 6,4 Mio.“ the
  hedge on the second only, „weitere 1,7 Mio. Abrufe“, „1,84 Mio. Zuschauer“, "301.6m ...
  from 277.9m", "96.4m wireless connections and 13.1m broadband customers", "281m ... the
  276m", "11.6m mobile subscribers", "an overnight audience of 6.9m", "peaked at 8.1m" (a
  verb, no hedge), "3.2m viewers", "14.7m streams ... from 12.1m"; written out: „im Schnitt
  9,46 Millionen Menschen“, „bis zu 11,2 Millionen“ "up_to", „noch 6,1 Millionen“, „rund 1,4
  Millionen Mal“ (the issue's "100 Mal"), „gut 2,1 Millionen“ "over", „5,38 Millionen
  Zuschauerinnen und Zuschauer“, „4,91 Millionen“, "23.4 million", "about 4.6 million
  customers", "8.2 million subscribers", "1.4 million subscribers", "1.19 billion wireless
  subscribers", "712 million", "12 million homes", "24.6 million viewers", "peaked at 29.8
  million", "About 3.4 million", "averaging 18.1 million viewers"; "49.6 crore" 496,000,000
  (two-hundred-and-eleventh: "21.4 crore"). Grouped figures: „31.000 Haushalte“, „rund
  48.000 DSL-Anschlüsse“, „61.000 Glasfaserkunden“, „74'300 Exemplaren“ (Swiss apostrophe,
  tenth), "312,000", "About 1,300 ... from 2,100", "About 42,000 premises", "612,000 copies
  ... from 689,000", "48,300", "about 386,000", "512,000", "171,000 copies", "At least 460
  calls" "at_least", "1,140 of the licenses". Definite groups with a number word are counts
  („Die drei Bieter“ 3, "Britain's four mobile operators" 4, "all four networks" 4;
  three-hundred-and-eleventh: „Die vier Netzbetreiber“), while „die beiden Verlage“ carries
  none (three-hundredth: „Die beiden Schlichter“). Stations, channels, titles, papers,
  markets, municipalities and staff too („von 68 auf 51“, „mindestens drei der elf
  Spartenkanäle“ 3 "at_least" and 11, „61 Lokalausgaben“, „In 412 Gemeinden“, „In 114
  Gemeinden“, „zwei Krankenhäuser und 14 Pflegeheime“, „rund 900 Planstellen“, „Von den 212
  Stellen ... rund 45“ the hedge on its own figure, „38 Beschäftigte“, „mehr als 40 deutsche
  Produktionen“ "over", "14 of its 52 weekly titles" 14 and 52, "about 190 jobs", "six of
  the affected titles", "19 of its 41 daily newspapers", "About 240 employees", "in 34
  markets").
- New: "412k postpaid phone subscribers" and "the 358k expected" are counts 412,000 and
  358,000 - a "k" fused to a count is thousand as it is on money (three-hundred-and-eighth:
  "less than €50k"; "£750k") and as the fused "m" is million on counts (eighty-ninth: "5.4m
  viewers"); no unit of length or weight is at issue in a subscriber count. New: „netto 86
  Tsd. Mobilfunkvertragskunden“ is count 86,000 - „Tsd.“ is thousand before a noun that
  names no currency as before one that does (seventeenth: „450 Tsd. Euro“), and „netto“ is
  no hedge (fifty-first); the point after „Tsd.“ ends no sentence.
- ARPU, prices, fees and credits are money, the period carrying none (forty-fifth,
  eighty-ninth, two-hundred-and-eleventh, three-hundred-and-eleventh): „lag bei 16,82 Euro
  und damit 31 Cent über dem Vorjahreswert“ 16.82 and 0.31 EUR with no hedge („über“ stands
  before „dem“, not before a figure; eighty-ninth: „über der Schwelle“), "$142.37" (average
  revenue per account), "$17.26", "4.61 euros", "221 rupees ... from 198 rupees", "ARPU of
  187 rupees", "about €18.40 a month" EUR "about"; "ARPU", "ARPA" and "Ebitda" carry none.
  „15,99 statt 13,99 Euro im Monat“ both (the currency written once), „um 1 Euro auf 6,99
  Euro, das Premium-Abo um 3 Euro auf 22,99 Euro“ four amounts, „27,40 Euro im Monat“, „10
  Euro im Monat, ... zeitweise 5 Euro“ („zeitweise“ no hedge, two-hundred-and-eleventh), „ab
  59 Franken im Monat“ 59 CHF with no hedge (a starting price; fifty-first: „ab 949 Euro“),
  „bei 18,47 Euro im Monat“, „um 61 Cent“ 0.61 EUR, „bei 15,55 Euro im Monat“, „eine
  Gutschrift in Höhe von 7,50 Euro“, "$21.99 a month ..., an increase of $3", "by 50 cents
  to $9.49" 0.5 and 9.49 USD (cents, forty-fifth), "by 1 euro to 12.49 euros a month", "by
  £5.25 to £179.75", "a A$15 credit", "up to A$12.5 million" AUD "up_to", "$0.0031 per
  stream" ("per stream" none). Bids, profits, savings and deal values as written: „knapp
  1,27 Milliarden Euro“ "nearly" („zusammen“ no hedge), „rund 583 Millionen Euro“, „rund 2,9
  Milliarden Euro“, „200 Millionen Euro jährlich“, „3,14 Mrd. Euro“ and „1,19 Mrd. Euro“
  (hundred-thirtieth: „Mrd.“), „412 Mio. Euro“, „2,4 Mia. Franken“ (fortieth: Swiss „Mia.“),
  „37,5 Mio. Franken pro Jahr“, „24,18 Euro“ (a share price), "gross bids of $19.6 billion",
  "about $8.3 billion", "$4.1 billion", "about $18.5 billion", "$1.1 billion", "between
  $19.3 billion and $19.8 billion" both ("between" no hedge), "$58.12", "about $985,000",
  "about £540 million", "£1.2 billion", "a combined £61.4 million" ("combined" no hedge,
  eighty-ninth), "£24.2 million", "6,840 crore rupees ($778 million)" 68,400,000,000 INR and
  the converted USD (two-hundred-and-eleventh), "3.4 billion euros ($3.9 billion)" EUR and
  USD (the bracketed conversion unhedged, eightieth), "630 million euros", "210 million
  euros a year" ("a year" none), "41.20 Swedish crowns per share" and "40.42 Swedish crowns"
  SEK (earlier batches: "2.5 billion Swedish crowns" SEK; "per share" none).
- Coverage, market shares, churn and reach are percentages as written (eighty-ninth,
  hundred-twenty-eighth, two-hundred-and-eleventh, three-hundred-and-eleventh): „Der
  Marktanteil lag ... bei 34,2 Prozent“, „einen Marktanteil von 14,1 Prozent“, „einen
  Marktanteil von 18,4 Prozent“ twice (APA's and dpa's), „7,2 Prozent Marktanteil“, „(24,7
  Prozent)“ and „(16,8 Prozent)“ in brackets, „auf 38,9 Prozent“, „von 33,2 Prozent“, „auf
  28,9 Prozent“, „ein Minus von 0,8 Prozentpunkten“ 0.8 "pp" (fifty-seventh), „71,3 Prozent
  der Haushalte“, „64,8 Prozent“, „58,7 Prozent der Haushalte“, „mindestens 96 Prozent“
  "at_least", „noch weniger als 20 Prozent“ "under" („noch“ no hedge), „von 10 auf 5
  Prozent“ both (the unit written once), „die monatliche Kündigungsquote ... auf 1,05
  Prozent“ (the period none), "74 per cent ..., against 64 per cent" (PA's "per cent" in
  "%", two-hundred-and-eleventh), "89 per cent of premises", "86 per cent ..., but just 47
  per cent" ("just" no hedge), "the hardest-to-reach 5 per cent", "an estimated 11.8 per
  cent" "about", "74 per cent of those convicted", "churn ticked up to 0.91% from 0.86%",
  "another 10% to 15%" both ("another" no hedge, three-hundred-and-eleventh), "a 38.6 per
  cent share", "a 17.9 per cent share", "a 41.3 per cent share", "a 27% premium", "57% of
  the chain's paying readers"; results and share moves („6,8 Prozent weniger Exemplare“, „um
  4,1 Prozent“, „um 2,3 Prozent“, „3,7 Prozent“, „um 11 Prozent“, "rose 2.1%", "rose 31%",
  "up 6%", "fell 2%", "rose 11%", "rose 6.3%", "jumped 24.6%", "rose 3.4%", "down 14%",
  "fell 9.4 per cent", "rose 22 per cent"). "a 6.2 rating" is count 6.2 (eighty-ninth New: a
  Nielsen rating without a percent sign). New: „lag der Film mit 11,2 Prozent knapp über dem
  Senderschnitt“ is 11.2 with no hedge - „knapp“ stands after the figure and before „über
  dem“, bounding the distance to the average, not the figure (eighty-ninth: „über der
  Schwelle“; "about 20 minutes over its scheduled slot" with "over" after the figure no
  hedge).
- Spectrum, speeds and data are counts (fifty-first, hundred-twenty-eighth,
  two-hundred-and-eleventh, three-hundred-and-eleventh): „im 1,5-Gigahertz-Band“ 1.5
  (fifty-first: „im 3,6-Gigahertz-Band“), „für 90 Megahertz“, „40 Megahertz“, „lediglich
  zwei Blöcke zu je 10 Megahertz“ 2 and 10 („lediglich“ and „je“ no hedge; forty-first,
  fifty-first), "100 megahertz of spectrum between 3.7 GHz and 3.8 GHz" 100, 3.7 and 3.8
  ("between" no hedge), "in 10-megahertz blocks" 10 (three-hundred-and-eleventh: "in
  20-megahertz blocks"), "734 license areas", "in the 26 GHz and 40 GHz bands" 26 and 40,
  "5.4 gigahertz of airwaves in 36 licences", "1.8 gigahertz", "up to 10 gigabits per
  second" "up_to", „mit 200 Mbit/s“, „mindestens 1 Gbit/s“ and „mindestens 150 Mbit/s“
  "at_least", „unter 50 Mbit/s“ "under", „mit 10 Gbit/s“, "a download speed of 10Mbit/s"
  (fifty-first: "the 10Mbit/s speed"), "512 gigabytes", "20GB of extra data" (fifty-first:
  "30GB"), „mit 288 Fasern“, "at least 1,000 sites" "at_least". Rounds and auction days are
  counts („Nach 23 Auktionstagen und 187 Runden“, "after 61 rounds", "after 17 rounds";
  three-hundred-and-eleventh: „nach ... 41 Auktionstagen“). Names and identifiers carry none
  (fifty-first, eighty-ninth): "5G", "Full-fibre", "Gigabit-capable", "millimetre-wave",
  „ORF 2“, „„ZiB 1““, „ORF ON“, "BBC One", "ITV1", "BBC iPlayer", the emergency numbers „112
  und 133“ and "triple zero" in words. New: „Im Ersten“ carries no ordinal - it is the
  channel Das Erste in the dative, a name as "ORF 2" and "BBC One" are (eighty-ninth), not
  the first of anything.
- Fractions (the issue; fifty-first, two-hundred-and-eleventh, three-hundred-and-eleventh):
  „knapp ein Zehntel weniger“ 0.1 "nearly" (two-hundred-and-eleventh: „fast ein Zehntel“),
  „Bei gut jeder fünften Adresse“ 0.2 "over" (the dative, as „von etwa jedem vierten
  Haushalt“), „etwa jeder siebte davon“ 0.1429 "about" (fifty-first: „etwa jede siebte“),
  "about a fifth" 0.2 "about", "by more than half" 0.5 "over", "nearly two-thirds of them"
  0.6667 "nearly", "roughly a quarter of the chain's ... staff" 0.25 "about". "halved"
  carries none (two-hundred-and-forty-fourth: „mehr als halbiert“).
- Ordinals: „im dritten Quartal“ (three times), "in the third quarter" (three times), "in
  the second quarter", "in the fourth quarter" (twice) (fifty-first, eighty-ninth); „die
  dritte größere Netzstörung“ 3 and „bereits der vierte größere Ausfall“ 4
  (two-hundred-and-eleventh: "third major outage"; „bereits“ no hedge), "the second major
  outage on the network in 14 months" 2 and 14 months, „zum 14. Mal in Folge“ 14
  (eighty-ninth: „zum 62. Mal“), „ab der ersten Abrechnung“ 1, „am ersten
  Weihnachtsfeiertag“ 1, „in den ersten zehn Monaten“ 1 and 10 months (eighty-ninth),
  "during the auction's first week" 1 alone (no figure for the week), "the second-largest
  mobile operator" 2 (three-hundred-and-eleventh: "the second-largest audience"), "by the
  third year after closing" 3 (three-hundred-and-eleventh: "by the third year after
  completion"), "a fourth series" 4. "most-watched", "biggest-selling", "The biggest
  winner", "full-year" and „Im Ersten“ carry none.
- Durations: outages in hours (fifty-first, two-hundred-and-eleventh; the issue's
  "fünfstündigen"): „Eine rund sechsstündige Störung“ 6 hours "about", "lasted almost 11
  hours" "nearly", „gut 14 Stunden lang“ 14 hours "over", „weniger als 24 Stunden“ 24 hours
  "under"; clock times („um 6.40 Uhr“, „gegen 12.50 Uhr“ - „gegen“ before a clock time no
  hedge -, "at 4.05am") carry none (fifty-first). Spans: „binnen 14 Tagen“ and "within 14
  days" 14 days, "within 12 months", "within four years" ("within" no hedge), „für fünf
  Jahre“ 5 years, "over the next three years" 3 years ("over" before a span no hedge,
  two-hundred-and-eleventh), "five years ago" 5 years (four-hundred-and-twentieth: "two
  years ago"), "their highest in five years" 5 years, "Through nine weeks" 9 weeks, "seven
  days of catch-up viewing" 7 days and "A 30-second commercial" 30 seconds (eighty-ninth,
  three-hundred-and-eleventh). Ages of target groups are durations in years (eighty-ninth):
  „Bei den 14- bis 49-Jährigen“ and „bei den 14- bis 49-Jährigen“ both ages, "Among adults
  18-49" 18 and 49, "Over-75s" 75 "over". None: „im Monat“, „pro Erscheinungstag“,
  „jährlich“, „pro Jahr“, „im Quartal“, „ein Jahr zuvor“, „im kommenden Jahr“, „im kommenden
  Dezember“, „in diesem Jahr“, „seit Jahresbeginn“, „Vorjahreszeitraum“, „Vorjahreswert“, "a
  month", "a week", "a day", "a year", "a year earlier", "a year ago", "in a year", "year on
  year", "last year", "this year", "this season", "last season", "the year to March", "the
  July-September quarter", "in the quarter", "over the next year".
- Years and dates: Reuters and AAP datelines with a day ("WASHINGTON, Sept 9", "LOS ANGELES,
  Sept 23", "SYDNEY, Oct 2 (AAP)", "NEW DELHI, Oct 14", "NEW YORK, Oct 22", "STOCKHOLM, Nov
  4", "STOCKHOLM, Nov 12", "LONDON, Dec 9") are dates without a year (eighty-ninth,
  hundred-sixtieth); dpa, dpa-AFX, dpa/lby, dpa/bb, APA, Keystone-SDA, PA and AP ("NEW YORK
  (AP) —", "DES MOINES, Iowa (AP) —") datelines none (seventy-ninth). „zum 1. November“
  --11-01, „nach dem 1. Dezember“ --12-01, „per 1. April“ --04-01 (fifty-first: „per 1.
  Januar 2026“), "from Oct. 15" --10-15. Years: „bis Ende 2027“ (three times), „bis Ende
  2029“, „Ende 2029“, „seit 2015“, „Bis 2030“, „Ende 2031“, „bis Ende 2028“ (twice), „seit
  2014“, „bis Ende 2026“ (twice), „bis 2028“, „seit 2022“, "in January 2024", "by 2028",
  "since 1989", "since 2019", "since 2018", "in 2027". Months and weekdays alone („Ende
  Juni“, „im Frühjahr“, „am Sonntagabend“, „bis Samstagmittag“, "in April", "in July", "in
  October", "from December", "starting in February", "at the end of June", "by the end of
  March", "by the end of August", "on Christmas Day") none.
- Hedges, only the names in use: „rund“, „etwa“, "about", "About", "roughly", "an estimated"
  "about"; „knapp“, "almost", "nearly" "nearly"; „gut“, „mehr als“, "more than", "Over-"
  "over"; „weniger als“, „unter“ "under"; „bis zu“, "up to" "up_to"; „mindestens“, "at
  least", "At least" "at_least". No hedge: „im Schnitt“, „zusammen“, „weitere“,
  „zusätzlich“, „noch“, „nur noch“, „netto“, „lediglich“, „je“, „zeitweise“, „bereits“,
  „einst“, „statt“, „ab“ before a price, "just", "another", "all", "combined", "between",
  "within", "peaked at", "over" before a span, „knapp“ after a figure, and the „auf“ and
  "to" of a change.
- Speakers, checked only in forms the earlier batches settled. German: „X sagte, ...“
  opening the row with the office dropped („Behördenpräsidentin Gesine Haberkorn-Lutz“,
  „Technikvorstand Bernhard Ruckenbauer-Lenz“, „BDZV-Hauptgeschäftsführerin Dorothee
  Wiegmann-Fahr“, „Deutschlandchefin Larissa Obermüller-Tan“, „Vorstandschef Matthias
  Gerstenkorn“, „Finanzvorständin Bettina Lorch-Hammerschmidt“, „ARD-Vorsitzende Kerstin
  Mahlberg-Ohm“, „ORF-Generaldirektor Paul Kreuzhuber-Stadler“, „Strelanet-Chef Jörg
  Imhoff-Baran“; hundred-eightieth, two-hundred-and-eleventh, three-hundred-and-eleventh)
  and with the party in brackets dropped („Finanzminister Ludwig Aschenbrenner (CSU) sagte“;
  four-hundred-and-twentieth), „Gisler-Amstutz sagte, ...“, „Bärtschinger sagte, ...“ and
  „Köhnlein-Brix sagte, ...“ opening the row as written (forty-second,
  three-hundred-and-eleventh); „teilte die Bundesnetzagentur am Freitag mit“ -> "die
  Bundesnetzagentur" (fifty-first, three-hundred-and-eleventh), „teilte das Bundesamt für
  Kommunikation (Bakom) am Mittwoch mit“ -> "das Bundesamt für Kommunikation" with the
  abbreviation and the weekday dropped (two-hundred-and-eleventh,
  four-hundred-and-twentieth), „teilte der ORF am Montag mit“ -> "der ORF" (eighty-ninth),
  „teilte der Netzbetreiber Kavento mit“ -> "der Netzbetreiber Kavento"
  (three-hundred-and-eleventh: „die Regulierungsbehörde RTR“; eighty-ninth: „der
  Branchenverband Vaunet“), „wie die ARD am Freitag mitteilte“ -> "die ARD" (eighty-ninth,
  three-hundred-and-eleventh), „nach Angaben des Finanzministeriums“ -> "das
  Finanzministerium" (forty-first, fifty-first, two-hundred-and-eleventh). English: the name
  with title and occasion dropped ("FCC Chairman Victor Almanzar-Reid said", "Culture
  Secretary Miriam Hollingsworth said", "Chief Executive Caleb Fontaine-Wirth told analysts
  in July", "Communications Minister Anita Galbraith-Rowe told reporters", "Telecoms
  Minister Owen Prothero-Bligh said", "Chief Financial Officer Rajiv Malhotra-Sen told
  analysts", "Chief Executive Gordon Ellery-Stamp said on a call with analysts", "Chief
  Financial Officer Henrik Sundqvist-Bell told analysts", "Baltmark Chief Executive Sigrid
  Holmqvist-Arne said", "Chief Executive Lorraine Tibbets-Crowe said"; eighty-ninth,
  two-hundred-and-eleventh, three-hundred-and-eleventh), "Tregenza said" opening the row as
  written (two-hundred-and-eleventh), a name in apposition ("Tamar's chief executive, Fiona
  Penhallow, said", "The show's writer, Bethan Corrigan-Lowe, said";
  three-hundred-and-fortieth, four-hundred-and-twentieth), "..., the BBC said." -> "the BBC"
  (fifth, eighty-ninth), "Nielsen said Tuesday" -> "Nielsen" (eighty-ninth), "Ofcom said"
  and "Ofcom said on Tuesday" (fifty-first), "The National Union of Journalists said" with
  the article in lower case (three-hundred-and-eleventh).
- Left unchecked (None): all negatives, also those with a named speaker; roles („sagte ein
  ZDF-Sprecher“, „wie ein ZDF-Sprecher bestätigte“, „Eine Polizeisprecherin sagte“;
  four-hundred-and-twentieth), compounds and own statements („nach Senderangaben“, „nach
  Unternehmensangaben“, „nach Konzernangaben“, „nach Ministeriumsangaben“, „nach eigenen
  Angaben“, „nach dpa-Informationen“; eighty-ninth, two-hundred-and-eleventh), masculine
  genitives with a description („nach Schätzungen des Marktforschers Quotara“, „nach Angaben
  des Verbands Österreichischer Privatsender“; three-hundred-and-eleventh), „nach Angaben
  der Behörde“ (a common noun standing for a body named only in an earlier row, which the
  row alone does not name), documents and surveys („Das geht aus ... hervor“, „nach einer
  Bitkom-Umfrage“, „nach Plänen der Staatsregierung“), a plural source („teilten die beiden
  Verlage mit“; two-hundred-and-eleventh: „teilten die Stadtwerke mit“), verbs that are not
  of saying („Die Regulierungsbehörde RTR hat ... aufgefordert“, „kündigten an“, „verlangt“,
  „fordert“, „prüft“, „hat beschlossen“; fifty-first, two-hundred-and-fourth); "the agency
  said on Tuesday" (fifty-first, three-hundred-and-eleventh), "the music streaming company
  said on Tuesday" (a description, two-hundred-and-eleventh: "the social media company
  said"), "The regional publisher Tamar Media said" (a description before a name,
  fifty-first), "Artists' groups said" (plural), "the company reported", "Rival Chenab
  Telecom reported", "The company blamed", "The regulator expects", "Ofcom plans" and "has
  opened" (no verbs of saying), "Analysts at Brookhollow Securities estimate" (an estimating
  verb, hundred-tenth), every "according to" ("the FCC's results", "the FCC's public
  notice", "a company statement", "NBC", "media buyers", "overnight figures from Barb", "the
  auction rules"; four-hundred-and-twentieth) and data and documents ("figures from TV
  Licensing showed", "court figures showed", "Ofcom's yearly Connected Nations report
  shows", "Ofcom's figures show", "figures published by the Telecom Regulatory Authority of
  India showed", "the regulator's monthly data showed", "Audit Bureau of Circulations data
  show", "BBC figures showed"; eighty-ninth, two-hundred-and-eleventh), and rows without
  attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_429 = [
    # --- Frequenzauktion der Bundesnetzagentur (dpa), September ---
    ("de", "Bonn (dpa) - Nach 23 Auktionstagen und 187 Runden hat die Bundesnetzagentur die Versteigerung von Mobilfunkfrequenzen im 1,5-Gigahertz-Band beendet.", True, [("count", 23, None, None), ("count", 187, None, None), ("count", 1.5, None, None)], None),
    ("de", "Die drei Bieter Kavento, Fernwerk und Lyra Mobil boten zusammen knapp 1,27 Milliarden Euro für 90 Megahertz, teilte die Bundesnetzagentur am Freitag mit.", True, [("count", 3, None, None), ("money", 1270000000, "EUR", "nearly"), ("count", 90, None, None)], "die Bundesnetzagentur"),
    ("de", "Auf Kavento entfielen nach Angaben der Behörde 40 Megahertz für rund 583 Millionen Euro.", True, [("count", 40, None, None), ("money", 583000000, "EUR", "about")], None),
    ("de", "Behördenpräsidentin Gesine Haberkorn-Lutz sagte, die neuen Frequenzen sollten bis Ende 2027 vor allem die Versorgung in dünn besiedelten Regionen verbessern.", True, [("year", 2027, None, None)], "Gesine Haberkorn-Lutz"),
    ("de", "Haberkorn-Lutz sprach von einem „Ergebnis mit Augenmaß, das niemanden überfordert“.", False, [], None),
    ("de", "Die Zuteilung verpflichtet die Netzbetreiber, bis Ende 2029 mindestens 96 Prozent der Haushalte in jedem Landkreis mit 200 Mbit/s zu versorgen.", True, [("year", 2029, None, None), ("percent", 96, "%", "at_least"), ("count", 200, None, None)], None),
    ("de", "Fernwerk-Chef Oliver Strietzel sprach von „Mondpreisen, die am Ende die Kundschaft bezahlt“.", False, [], None),
    ("de", "Fernwerk ersteigerte nach eigenen Angaben lediglich zwei Blöcke zu je 10 Megahertz.", True, [("count", 2, None, None), ("count", 10, None, None)], None),
    ("de", "Die Erlöse fließen in den Bundeshaushalt; das Digitalministerium will einen Teil davon in den Glasfaserausbau lenken.", True, [], None),
    # --- FCC mid-band auction (Reuters), September ---
    ("en", "WASHINGTON, Sept 9 (Reuters) - Bidding in the Federal Communications Commission's sale of mid-band airwaves closed after 61 rounds with gross bids of $19.6 billion, the agency said on Tuesday.", True, [("date", "--09-09", None, None), ("count", 61, None, None), ("money", 19600000000, "USD", None)], None),
    ("en", "The auction offered 100 megahertz of spectrum between 3.7 GHz and 3.8 GHz, sold in 10-megahertz blocks across 734 license areas.", True, [("count", 100, None, None), ("count", 3.7, None, None), ("count", 3.8, None, None), ("count", 10, None, None), ("count", 734, None, None)], None),
    ("en", "Corvalis Wireless won 1,140 of the licenses for about $8.3 billion, according to the FCC's results.", True, [("count", 1140, None, None), ("money", 8300000000, "USD", "about")], None),
    ("en", "FCC Chairman Victor Almanzar-Reid said the proceeds would cover the $4.1 billion needed to replace Chinese-made equipment in rural networks.", True, [("money", 4100000000, "USD", None)], "Victor Almanzar-Reid"),
    ("en", "Almanzar-Reid hailed the result as \"proof that American spectrum policy is back on track.\"", False, [], None),
    ("en", "Winning bidders must pay 20% of their bids within 14 days of the closing public notice.", True, [("percent", 20, "%", None), ("duration", 14, "day", None)], None),
    ("en", "Two rural carriers dropped out during the auction's first week, according to the FCC's public notice.", True, [("count", 2, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Analysts were split on whether Corvalis had paid too much.", False, [], None),
    # --- Quoten des Länderspiels im ZDF (dpa), September ---
    ("de", "Mainz (dpa) - Das Qualifikationsspiel der DFB-Elf gegen die Slowakei haben am Sonntagabend im Schnitt 9,46 Millionen Menschen im ZDF gesehen.", True, [("count", 9460000, None, None)], None),
    ("de", "Der Marktanteil lag nach Senderangaben bei 34,2 Prozent.", True, [("percent", 34.2, "%", None)], None),
    ("de", "In der Spitze sahen bis zu 11,2 Millionen zu, bei den 14- bis 49-Jährigen kam das ZDF auf 38,9 Prozent.", True, [("count", 11200000, None, "up_to"), ("duration", 14, "year", None), ("duration", 49, "year", None), ("percent", 38.9, "%", None)], None),
    ("de", "Die anschließende Analyse im Studio verfolgten noch 6,1 Millionen (24,7 Prozent).", True, [("count", 6100000, None, None), ("percent", 24.7, "%", None)], None),
    ("de", "Im Ersten holte der Krimi „Nebel über Amrum“ parallel 3,87 Mio. Zuschauer und einen Marktanteil von 14,1 Prozent.", True, [("count", 3870000, None, None), ("percent", 14.1, "%", None)], None),
    ("de", "ZDF-Sportchef Harald Brückelmann sprach von „einem Fußballabend, wie ihn sich das Fernsehen nur wünschen kann“.", False, [], None),
    ("de", "In der ZDF-Mediathek wurde der Livestream zusätzlich rund 1,4 Millionen Mal abgerufen, sagte ein ZDF-Sprecher.", True, [("count", 1400000, None, "about")], None),
    ("de", "Die Quoten ermittelt die AGF Videoforschung, die Abrufzahlen der Mediathek gelten als vorläufig.", True, [], None),
    ("de", "Viele Fans ärgerten sich in sozialen Netzwerken über den Kommentator.", False, [], None),
    # --- TV licence figures (PA), September ---
    ("en", "LONDON (PA) - The number of households holding a TV licence fell by 312,000 to 23.4 million in the year to March, figures from TV Licensing showed.", True, [("count", 312000, None, None), ("count", 23400000, None, None)], None),
    ("en", "Evasion has risen to an estimated 11.8 per cent, costing the corporation about £540 million in lost income, the BBC said.", True, [("percent", 11.8, "%", "about"), ("money", 540000000, "GBP", "about")], "the BBC"),
    ("en", "The annual fee rose by £5.25 to £179.75 in April.", True, [("money", 5.25, "GBP", None), ("money", 179.75, "GBP", None)], None),
    ("en", "Culture Secretary Miriam Hollingsworth said the government would set out options for the future of the licence fee before the end of the year.", True, [], "Miriam Hollingsworth"),
    ("en", "The campaign group Scrap the Fee called the licence \"a poll tax on owning a television.\"", False, [], None),
    ("en", "About 1,300 people a week were prosecuted for evasion last year, down from 2,100 five years ago, court figures showed.", True, [("count", 1300, None, "about"), ("count", 2100, None, None), ("duration", 5, "year", None)], None),
    ("en", "Women made up 74 per cent of those convicted, a gap the corporation has pledged to investigate.", True, [("percent", 74, "%", None)], None),
    ("en", "A BBC spokeswoman said the corporation remained \"committed to a fair and modern way of funding public service broadcasting.\"", False, [], None),
    ("en", "Over-75s who receive pension credit still get a free licence.", True, [("duration", 75, "year", "over")], None),
    # --- Mobilfunkstörung bei Tauernnet (APA), September ---
    ("de", "Wien (APA) - Eine rund sechsstündige Störung im Mobilfunknetz von Tauernnet hat am Dienstag österreichweit Telefonate und Datenverbindungen lahmgelegt.", True, [("duration", 6, "hour", "about")], None),
    ("de", "Betroffen waren nach Unternehmensangaben bis zu 2,3 Mio. Kundinnen und Kunden; auch die Notrufnummern 112 und 133 waren zeitweise nicht erreichbar.", True, [("count", 2300000, None, "up_to")], None),
    ("de", "Die Störung begann um 6.40 Uhr und war erst gegen 12.50 Uhr vollständig behoben.", True, [], None),
    ("de", "Technikvorstand Bernhard Ruckenbauer-Lenz sagte, Ursache sei ein fehlerhaftes Software-Update in der Steuerung des Kernnetzes gewesen.", True, [], "Bernhard Ruckenbauer-Lenz"),
    ("de", "„Wir bitten alle Betroffenen um Entschuldigung“, sagte Ruckenbauer-Lenz.", False, [], None),
    ("de", "Alle Vertragskundinnen und -kunden erhalten eine Gutschrift in Höhe von 7,50 Euro auf der nächsten Rechnung.", True, [("money", 7.5, "EUR", None)], None),
    ("de", "Die Regulierungsbehörde RTR hat den Betreiber aufgefordert, binnen 14 Tagen einen detaillierten Bericht vorzulegen.", True, [("duration", 14, "day", None)], None),
    ("de", "Es war die dritte größere Netzstörung in Österreich in diesem Jahr.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Arbeiterkammer nannte den Ausfall einen „Warnschuss für die Netzbetreiber“.", False, [], None),
    # --- Streamora price rise (Reuters), September ---
    ("en", "LOS ANGELES, Sept 23 (Reuters) - Streamora will charge U.S. customers $21.99 a month for its ad-free plan from Oct. 15, an increase of $3, according to a company statement.", True, [("date", "--09-23", None, None), ("money", 21.99, "USD", None), ("date", "--10-15", None, None), ("money", 3, "USD", None)], None),
    ("en", "The ad-supported tier will rise by 50 cents to $9.49.", True, [("money", 0.5, "USD", None), ("money", 9.49, "USD", None)], None),
    ("en", "The company had 301.6m paying subscribers at the end of June, up from 277.9m a year earlier.", True, [("count", 301600000, None, None), ("count", 277900000, None, None)], None),
    ("en", "Average revenue per membership in the United States and Canada was $17.26 in the second quarter.", True, [("money", 17.26, "USD", None), ("ordinal", 2, None, None)], None),
    ("en", "Chief Executive Caleb Fontaine-Wirth told analysts in July that the company planned to spend about $18.5 billion on content this year.", True, [("money", 18500000000, "USD", "about")], "Caleb Fontaine-Wirth"),
    ("en", "Fontaine-Wirth has said members \"get more for their money with us than anywhere else.\"", False, [], None),
    ("en", "Analysts at Brookhollow Securities estimate the increase could add $1.1 billion to annual revenue.", True, [("money", 1100000000, "USD", None)], None),
    ("en", "Whether subscribers will put up with yet another increase remains unclear.", False, [], None),
    ("en", "Streamora last raised its U.S. prices in January 2024.", True, [("year", 2024, None, None)], None),
    # --- Coralink outage (AAP), October ---
    ("en", "SYDNEY, Oct 2 (AAP) - A nationwide outage on the Coralink mobile network lasted almost 11 hours and left about 4.6 million customers without service.", True, [("date", "--10-02", None, None), ("duration", 11, "hour", "nearly"), ("count", 4600000, None, "about")], None),
    ("en", "At least 460 calls to triple zero failed during the disruption, Communications Minister Anita Galbraith-Rowe told reporters.", True, [("count", 460, None, "at_least")], "Anita Galbraith-Rowe"),
    ("en", "The company blamed a faulty routing update that was pushed out at 4.05am.", True, [], None),
    ("en", "Chief Executive Rhys Tregenza said he was \"deeply sorry\" for the disruption.", False, [], None),
    ("en", "Tregenza said affected customers would receive 20GB of extra data and a A$15 credit.", True, [("count", 20, None, None), ("money", 15, "AUD", None)], "Tregenza"),
    ("en", "The Australian Communications and Media Authority has opened an investigation into how the carrier handled emergency calls.", True, [], None),
    ("en", "Under rules introduced last year, carriers face penalties of up to A$12.5 million for each breach of the emergency call standard.", True, [("money", 12500000, "AUD", "up_to")], None),
    ("en", "Opposition communications spokesman Darren Whitlow called the outage \"a national embarrassment.\"", False, [], None),
    ("en", "It was the second major outage on the network in 14 months.", True, [("ordinal", 2, None, None), ("duration", 14, "month", None)], None),
    # --- Zeitungsauflagen der IVW (dpa), Oktober ---
    ("de", "Berlin (dpa) - Deutschlands Tageszeitungen haben im dritten Quartal 6,8 Prozent weniger Exemplare verkauft, im Schnitt noch 8,91 Mio. pro Erscheinungstag.", True, [("ordinal", 3, None, None), ("percent", 6.8, "%", None), ("count", 8910000, None, None)], None),
    ("de", "Das geht aus den am Dienstag veröffentlichten Quartalszahlen der IVW hervor.", True, [], None),
    ("de", "Die E-Paper-Ausgaben legten dagegen um 4,1 Prozent auf gut 2,1 Millionen zu.", True, [("percent", 4.1, "%", None), ("count", 2100000, None, "over")], None),
    ("de", "Die Sonntagszeitungen verkauften zusammen nur noch 1,46 Mio. Exemplare, knapp ein Zehntel weniger als ein Jahr zuvor.", True, [("count", 1460000, None, None), ("fraction", 0.1, None, "nearly")], None),
    ("de", "BDZV-Hauptgeschäftsführerin Dorothee Wiegmann-Fahr sagte, seit 2015 hätten in Deutschland 61 Lokalausgaben ihr Erscheinen eingestellt.", True, [("year", 2015, None, None), ("count", 61, None, None)], "Dorothee Wiegmann-Fahr"),
    ("de", "Wiegmann-Fahr warnte vor „weißen Flecken auf der Landkarte des Lokaljournalismus“.", False, [], None),
    ("de", "Der Verband fordert eine Förderung der Zeitungszustellung von 200 Millionen Euro jährlich für fünf Jahre.", True, [("money", 200000000, "EUR", None), ("duration", 5, "year", None)], None),
    ("de", "Der Deutsche Journalisten-Verband hält eine staatliche Förderung für „brandgefährlich für die Unabhängigkeit der Presse“.", False, [], None),
    # --- Glasfaser in der Schweiz (Keystone-SDA), Oktober ---
    ("de", "Bern (Keystone-SDA) - In der Schweiz können inzwischen 71,3 Prozent der Haushalte einen Glasfaseranschluss bis in die Wohnung nutzen.", True, [("percent", 71.3, "%", None)], None),
    ("de", "Ein Jahr zuvor waren es 64,8 Prozent gewesen, teilte das Bundesamt für Kommunikation (Bakom) am Mittwoch mit.", True, [("percent", 64.8, "%", None)], "das Bundesamt für Kommunikation"),
    ("de", "In 412 Gemeinden haben noch weniger als 20 Prozent der Haushalte Zugang zu mindestens 1 Gbit/s.", True, [("count", 412, None, None), ("percent", 20, "%", "under"), ("count", 1, None, "at_least")], None),
    ("de", "Bis 2030 sollen nach dem Willen des Bundesrats alle Haushalte mit mindestens 150 Mbit/s versorgt werden können.", True, [("year", 2030, None, None), ("count", 150, None, "at_least")], None),
    ("de", "«Die Schweiz hat eines der besten Netze Europas», sagte Bakom-Direktor Reto Gisler-Amstutz.", False, [], None),
    ("de", "Gisler-Amstutz sagte, die Konzession für die Grundversorgung laufe Ende 2031 aus und werde neu ausgeschrieben.", True, [("year", 2031, None, None)], "Gisler-Amstutz"),
    ("de", "Der grösste Anbieter will bis Ende 2028 rund 1,5 Mio. weitere Wohnungen erschliessen und investiert dafür 2,4 Mia. Franken.", True, [("year", 2028, None, None), ("count", 1500000, None, "about"), ("money", 2400000000, "CHF", None)], None),
    ("de", "«Wir auf dem Land fühlen uns abgehängt», sagte eine Gemeindepräsidentin aus dem Emmental.", False, [], None),
    ("de", "Ein Glasfaserabo mit 10 Gbit/s gibt es bei mehreren Anbietern ab 59 Franken im Monat.", True, [("count", 10, None, None), ("money", 59, "CHF", None)], None),
    # --- Ofcom's Connected Nations report (PA), October ---
    ("en", "LONDON (PA) - Full-fibre broadband can now be ordered by 74 per cent of UK homes, against 64 per cent a year ago, Ofcom's yearly Connected Nations report shows.", True, [("percent", 74, "%", None), ("percent", 64, "%", None)], None),
    ("en", "Gigabit-capable connections now reach 89 per cent of premises.", True, [("percent", 89, "%", None)], None),
    ("en", "About 42,000 premises still cannot get a download speed of 10Mbit/s, Ofcom said.", True, [("count", 42000, None, "about"), ("count", 10, None, None)], "Ofcom"),
    ("en", "Good outdoor 5G signal from any operator now covers 86 per cent of the UK's land area, but just 47 per cent is covered by all four networks.", True, [("percent", 86, "%", None), ("percent", 47, "%", None), ("count", 4, None, None)], None),
    ("en", "Telecoms Minister Owen Prothero-Bligh said £1.2 billion had been set aside over the next three years for connecting the hardest-to-reach 5 per cent of homes.", True, [("money", 1200000000, "GBP", None), ("duration", 3, "year", None), ("percent", 5, "%", None)], "Owen Prothero-Bligh"),
    ("en", "Prothero-Bligh said the figures showed Britain was \"finally winning the broadband race.\"", False, [], None),
    ("en", "Average monthly data use on fixed lines reached 512 gigabytes, Ofcom's figures show.", True, [("count", 512, None, None)], None),
    ("en", "Consumer group Which? said many rural households still felt \"stuck in the slow lane.\"", False, [], None),
    # --- Preiserhöhung bei Serienhafen (dpa), Oktober ---
    ("de", "München (dpa) - Der Streamingdienst Serienhafen erhöht zum 1. November seine Preise in Deutschland: Das Standard-Abo kostet dann 15,99 statt 13,99 Euro im Monat.", True, [("date", "--11-01", None, None), ("money", 15.99, "EUR", None), ("money", 13.99, "EUR", None)], None),
    ("de", "Das werbefinanzierte Einstiegsabo steigt um 1 Euro auf 6,99 Euro, das Premium-Abo um 3 Euro auf 22,99 Euro.", True, [("money", 1, "EUR", None), ("money", 6.99, "EUR", None), ("money", 3, "EUR", None), ("money", 22.99, "EUR", None)], None),
    ("de", "Bestandskundinnen und -kunden zahlen den neuen Preis ab der ersten Abrechnung nach dem 1. Dezember.", True, [("ordinal", 1, None, None), ("date", "--12-01", None, None)], None),
    ("de", "Serienhafen hat in Deutschland nach Schätzungen des Marktforschers Quotara rund 5,4 Mio. zahlende Haushalte, etwa jeder siebte davon nutzt das Werbeabo.", True, [("count", 5400000, None, "about"), ("fraction", 0.1429, None, "about")], None),
    ("de", "Deutschlandchefin Larissa Obermüller-Tan sagte, der Dienst werde im kommenden Jahr mehr als 40 deutsche Produktionen starten.", True, [("count", 40, None, "over")], "Larissa Obermüller-Tan"),
    ("de", "„Wir bieten nach wie vor das beste Preis-Leistungs-Verhältnis im ganzen Markt“, sagte Obermüller-Tan.", False, [], None),
    ("de", "Das Landgericht Berlin hatte im Frühjahr entschieden, dass Streamingdienste ihre Preise nicht ohne Zustimmung der Kundschaft erhöhen dürfen.", True, [], None),
    ("de", "Im Schnitt gibt ein Haushalt in Deutschland nach einer Bitkom-Umfrage 27,40 Euro im Monat für Video-Streaming aus.", True, [("money", 27.4, "EUR", None)], None),
    ("de", "Branchenbeobachter rechnen damit, dass weitere Anbieter bald nachziehen.", False, [], None),
    # --- Narmada Mobile's quarter (Reuters), October ---
    ("en", "NEW DELHI, Oct 14 (Reuters) - Narmada Mobile's average revenue per user rose to 221 rupees in the July-September quarter from 198 rupees a year earlier, the company reported on Tuesday.", True, [("date", "--10-14", None, None), ("money", 221, "INR", None), ("money", 198, "INR", None)], None),
    ("en", "The operator added 8.2 million subscribers in the quarter, taking its base to 49.6 crore.", True, [("count", 8200000, None, None), ("count", 496000000, None, None)], None),
    ("en", "Net profit rose 31% to 6,840 crore rupees ($778 million).", True, [("percent", 31, "%", None), ("money", 68400000000, "INR", None), ("money", 778000000, "USD", None)], None),
    ("en", "Chief Financial Officer Rajiv Malhotra-Sen told analysts that tariffs needed to rise by another 10% to 15% over the next year.", True, [("percent", 10, "%", None), ("percent", 15, "%", None)], "Rajiv Malhotra-Sen"),
    ("en", "Malhotra-Sen said Indian operators were \"still giving away the world's cheapest data.\"", False, [], None),
    ("en", "Rival Chenab Telecom reported ARPU of 187 rupees and lost 1.4 million subscribers in the quarter, figures published by the Telecom Regulatory Authority of India showed.", True, [("money", 187, "INR", None), ("count", 1400000, None, None)], None),
    ("en", "India had 1.19 billion wireless subscribers by the end of August, the regulator's monthly data showed.", True, [("count", 1190000000, None, None)], None),
    ("en", "Analysts doubted that smaller carriers could keep pace with the spending.", False, [], None),
    # --- Gigabitausbau in Bayern (dpa/lby), Oktober ---
    ("de", "München (dpa/lby) - In Bayern haben nach Angaben des Finanzministeriums inzwischen 58,7 Prozent der Haushalte Zugang zu einem Glasfaseranschluss.", True, [("percent", 58.7, "%", None)], "das Finanzministerium"),
    ("de", "Finanzminister Ludwig Aschenbrenner (CSU) sagte, der Freistaat habe seit 2014 rund 2,9 Milliarden Euro an Fördergeld für schnelles Internet bewilligt.", True, [("year", 2014, None, None), ("money", 2900000000, "EUR", "about")], "Ludwig Aschenbrenner"),
    ("de", "Aschenbrenner sprach von einem „digitalen Kraftakt, um den uns andere Länder beneiden“.", False, [], None),
    ("de", "Bei gut jeder fünften Adresse im ländlichen Raum liegt die Bandbreite jedoch weiterhin unter 50 Mbit/s.", True, [("fraction", 0.2, None, "over"), ("count", 50, None, "under")], None),
    ("de", "Der Bayerische Gemeindetag verlangt, dass der Freistaat den Eigenanteil der Kommunen von 10 auf 5 Prozent senkt.", True, [("percent", 10, "%", None), ("percent", 5, "%", None)], None),
    ("de", "Ein Sprecher der Grünen im Landtag nannte die Bilanz „geschönt und selbstverliebt“.", False, [], None),
    ("de", "Das Förderprogramm soll nach Plänen der Staatsregierung Ende 2029 auslaufen.", True, [("year", 2029, None, None)], None),
    ("de", "In 114 Gemeinden ruhen nach Ministeriumsangaben derzeit die Bauarbeiten, weil beauftragte Firmen insolvent sind.", True, [("count", 114, None, None)], None),
    # --- Ridgecrest Wireless's third quarter (Reuters), October ---
    ("en", "NEW YORK, Oct 22 (Reuters) - Ridgecrest Wireless added 412k postpaid phone subscribers in the third quarter, beating the 358k expected by analysts polled by LSEG.", True, [("date", "--10-22", None, None), ("count", 412000, None, None), ("ordinal", 3, None, None), ("count", 358000, None, None)], None),
    ("en", "Postpaid phone average revenue per account rose 2.1% to $142.37.", True, [("percent", 2.1, "%", None), ("money", 142.37, "USD", None)], None),
    ("en", "Monthly postpaid phone churn ticked up to 0.91% from 0.86%.", True, [("percent", 0.91, "%", None), ("percent", 0.86, "%", None)], None),
    ("en", "Ridgecrest now serves 96.4m wireless connections and 13.1m broadband customers, nearly two-thirds of them on fiber.", True, [("count", 96400000, None, None), ("count", 13100000, None, None), ("fraction", 0.6667, None, "nearly")], None),
    ("en", "Chief Executive Gordon Ellery-Stamp said on a call with analysts that fixed wireless access would reach 12 million homes by 2028.", True, [("count", 12000000, None, None), ("year", 2028, None, None)], "Gordon Ellery-Stamp"),
    ("en", "Ellery-Stamp said the quarter proved that \"our network is simply where customers want to be.\"", False, [], None),
    ("en", "The company raised its full-year free cash flow forecast to between $19.3 billion and $19.8 billion.", True, [("money", 19300000000, "USD", None), ("money", 19800000000, "USD", None)], None),
    ("en", "Shares rose 3.4% to $58.12 in early trading.", True, [("percent", 3.4, "%", None), ("money", 58.12, "USD", None)], None),
    ("en", "Some investors worried that repeated price rises could drive customers to cable rivals.", False, [], None),
    # --- Quartalszahlen von Kavento (dpa-AFX), November ---
    ("de", "Düsseldorf (dpa-AFX) - Der Telekommunikationskonzern Kavento hat im dritten Quartal netto 86 Tsd. Mobilfunkvertragskunden hinzugewonnen.", True, [("ordinal", 3, None, None), ("count", 86000, None, None)], None),
    ("de", "Die Zahl der Mobilfunkkunden stieg damit auf 14,7 Mio., davon 9,2 Mio. mit Laufzeitvertrag.", True, [("count", 14700000, None, None), ("count", 9200000, None, None)], None),
    ("de", "Der Mobilfunk-ARPU, also der durchschnittliche Monatsumsatz je Kunde, lag bei 16,82 Euro und damit 31 Cent über dem Vorjahreswert.", True, [("money", 16.82, "EUR", None), ("money", 0.31, "EUR", None)], None),
    ("de", "Im Festnetz verlor Kavento rund 48.000 DSL-Anschlüsse, gewann aber 61.000 Glasfaserkunden hinzu.", True, [("count", 48000, None, "about"), ("count", 61000, None, None)], None),
    ("de", "Vorstandschef Matthias Gerstenkorn sagte, bis Ende 2027 sollten 6 Mio. Haushalte an das eigene Glasfasernetz angeschlossen werden können.", True, [("year", 2027, None, None), ("count", 6000000, None, None)], "Matthias Gerstenkorn"),
    ("de", "„Wir sind auf Kurs und liefern, was wir versprochen haben“, sagte Gerstenkorn.", False, [], None),
    ("de", "Der Umsatz stieg um 2,3 Prozent auf 3,14 Mrd. Euro, das bereinigte Ebitda um 4,1 Prozent auf 1,19 Mrd. Euro.", True, [("percent", 2.3, "%", None), ("money", 3140000000, "EUR", None), ("percent", 4.1, "%", None), ("money", 1190000000, "EUR", None)], None),
    ("de", "Finanzvorständin Bettina Lorch-Hammerschmidt sagte, die monatliche Kündigungsquote im Vertragsgeschäft sei auf 1,05 Prozent gesunken.", True, [("percent", 1.05, "%", None)], "Bettina Lorch-Hammerschmidt"),
    ("de", "Analysten lobten die Zahlen als „solide, aber ohne Glanz“.", False, [], None),
    ("de", "Im frühen Handel gewann die Aktie 3,7 Prozent auf 24,18 Euro.", True, [("percent", 3.7, "%", None), ("money", 24.18, "EUR", None)], None),
    # --- Tunevale's third quarter (Reuters), November ---
    ("en", "STOCKHOLM, Nov 4 (Reuters) - Tunevale's monthly active users rose 11% to 712 million in the third quarter, the music streaming company said on Tuesday.", True, [("date", "--11-04", None, None), ("percent", 11, "%", None), ("count", 712000000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Paying subscribers climbed to 281m, ahead of the 276m the company had forecast.", True, [("count", 281000000, None, None), ("count", 276000000, None, None)], None),
    ("en", "Premium average revenue per user fell 2% to 4.61 euros, hurt by currency swings.", True, [("percent", 2, "%", None), ("money", 4.61, "EUR", None)], None),
    ("en", "Tunevale will raise the price of its individual plan in 34 markets by 1 euro to 12.49 euros a month from December.", True, [("count", 34, None, None), ("money", 1, "EUR", None), ("money", 12.49, "EUR", None)], None),
    ("en", "Chief Financial Officer Henrik Sundqvist-Bell told analysts the company expected an operating profit of 630 million euros in the fourth quarter.", True, [("money", 630000000, "EUR", None), ("ordinal", 4, None, None)], "Henrik Sundqvist-Bell"),
    ("en", "Sundqvist-Bell said the company had \"never been in better shape.\"", False, [], None),
    ("en", "Artists' groups said Tunevale paid an average of $0.0031 per stream.", True, [("money", 0.0031, "USD", None)], None),
    ("en", "A Tunevale spokeswoman declined to comment on the artists' calculations.", False, [], None),
    ("en", "Tunevale shares rose 6.3% in New York.", True, [("percent", 6.3, "%", None)], None),
    # --- Sunday night football ratings (AP), November ---
    ("en", "NEW YORK (AP) — NBC's Sunday night game between the Chiefs and the Bills averaged 24.6 million viewers across TV and streaming, Nielsen said Tuesday.", True, [("count", 24600000, None, None)], "Nielsen"),
    ("en", "The audience peaked at 29.8 million in the fourth quarter, according to NBC.", True, [("count", 29800000, None, None), ("ordinal", 4, None, None)], None),
    ("en", "About 3.4 million of those viewers watched on the network's streaming service.", True, [("count", 3400000, None, "about")], None),
    ("en", "Through nine weeks, NFL games are averaging 18.1 million viewers, up 6% from last season and the best start since 1989.", True, [("duration", 9, "week", None), ("count", 18100000, None, None), ("percent", 6, "%", None), ("year", 1989, None, None)], None),
    ("en", "Among adults 18-49, the game earned a 6.2 rating.", True, [("duration", 18, "year", None), ("duration", 49, "year", None), ("count", 6.2, None, None)], None),
    ("en", "NBC Sports chairman Byron Culpepper-Hale called the audience \"a reminder that nothing in American television comes close.\"", False, [], None),
    ("en", "A 30-second commercial in the Sunday night window sells for about $985,000 this season, according to media buyers.", True, [("duration", 30, "second", None), ("money", 985000, "USD", "about")], None),
    ("en", "Viewers online were split over the broadcast's new graphics.", False, [], None),
    # --- Rundfunkbeitrag und Reformstaatsvertrag (dpa), November ---
    ("de", "Berlin (dpa) - Die Regierungschefinnen und Regierungschefs der Länder haben sich darauf verständigt, den Rundfunkbeitrag bis Ende 2026 bei 18,47 Euro im Monat zu belassen.", True, [("year", 2026, None, None), ("money", 18.47, "EUR", None)], None),
    ("de", "Die Kommission zur Ermittlung des Finanzbedarfs der Rundfunkanstalten (KEF) hatte eine Erhöhung um 61 Cent empfohlen.", True, [("money", 0.61, "EUR", None)], None),
    ("de", "Sachsen-Anhalt und Thüringen kündigten an, auch einer späteren Erhöhung nicht zuzustimmen.", True, [], None),
    ("de", "Der Reformstaatsvertrag sieht vor, dass die ARD die Zahl ihrer Hörfunkwellen von 68 auf 51 verringert.", True, [("count", 68, None, None), ("count", 51, None, None)], None),
    ("de", "Zudem sollen mindestens drei der elf Spartenkanäle von ARD und ZDF bis 2028 eingestellt werden.", True, [("count", 3, None, "at_least"), ("count", 11, None, None), ("year", 2028, None, None)], None),
    ("de", "ARD-Vorsitzende Kerstin Mahlberg-Ohm sagte, die Anstalten hätten seit 2022 rund 900 Planstellen abgebaut.", True, [("year", 2022, None, None), ("count", 900, None, "about")], "Kerstin Mahlberg-Ohm"),
    ("de", "Mahlberg-Ohm nannte den Beschluss „verfassungsrechtlich hochproblematisch“.", False, [], None),
    ("de", "ARD und ZDF haben bereits Verfassungsbeschwerde in Karlsruhe eingelegt, wie ein ZDF-Sprecher bestätigte.", True, [], None),
    ("de", "Die AfD forderte erneut die Abschaffung des Beitrags, den sie als „Zwangsgebühr“ bezeichnet.", False, [], None),
    # --- Baltmark buys Fjordnet (Reuters), November ---
    ("en", "STOCKHOLM, Nov 12 (Reuters) - Baltmark Telecom agreed to buy Fjordnet for 3.4 billion euros ($3.9 billion) including debt, creating the second-largest mobile operator in the Nordic region.", True, [("date", "--11-12", None, None), ("money", 3400000000, "EUR", None), ("money", 3900000000, "USD", None), ("ordinal", 2, None, None)], None),
    ("en", "Baltmark will pay 41.20 Swedish crowns per share in cash, a 27% premium to Fjordnet's closing price on Tuesday.", True, [("money", 41.2, "SEK", None), ("percent", 27, "%", None)], None),
    ("en", "The combined group will have 11.6m mobile subscribers and average revenue per user of about €18.40 a month.", True, [("count", 11600000, None, None), ("money", 18.4, "EUR", "about")], None),
    ("en", "Baltmark Chief Executive Sigrid Holmqvist-Arne said the combination should save 210 million euros a year by the third year after closing.", True, [("money", 210000000, "EUR", None), ("ordinal", 3, None, None)], "Sigrid Holmqvist-Arne"),
    ("en", "Holmqvist-Arne called the tie-up \"a Nordic champion built for the next decade.\"", False, [], None),
    ("en", "Fjordnet's board has recommended the offer to its shareholders.", True, [], None),
    ("en", "The companies expect approval from the European Commission within 12 months.", True, [("duration", 12, "month", None)], None),
    ("en", "Consumer groups fear the merger will push up mobile prices across the region.", False, [], None),
    ("en", "Fjordnet shares jumped 24.6% to 40.42 Swedish crowns.", True, [("percent", 24.6, "%", None), ("money", 40.42, "SEK", None)], None),
    # --- ORF-Marktanteile (APA), November ---
    ("de", "Wien (APA) - Die ORF-Fernsehsender sind in den ersten zehn Monaten des Jahres auf einen gemeinsamen Marktanteil von 33,2 Prozent gekommen.", True, [("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 33.2, "%", None)], None),
    ("de", "Das ist ein Minus von 0,8 Prozentpunkten gegenüber dem Vorjahreszeitraum, teilte der ORF am Montag mit.", True, [("percent", 0.8, "pp", None)], "der ORF"),
    ("de", "ORF 2 allein erreichte einen Marktanteil von 18,4 Prozent und blieb damit zum 14. Mal in Folge Marktführer.", True, [("percent", 18.4, "%", None), ("ordinal", 14, None, None)], None),
    ("de", "Die „ZiB 1“ verfolgten im Schnitt 1,02 Mio. Zuseherinnen und Zuseher.", True, [("count", 1020000, None, None)], None),
    ("de", "ORF-Generaldirektor Paul Kreuzhuber-Stadler sagte, die Streamingplattform ORF ON zähle inzwischen 1,4 Mio. registrierte Nutzerinnen und Nutzer.", True, [("count", 1400000, None, None)], "Paul Kreuzhuber-Stadler"),
    ("de", "Kreuzhuber-Stadler sprach von einem „starken Jahr in einem schwierigen Umfeld“.", False, [], None),
    ("de", "Der Stiftungsrat hat beschlossen, den ORF-Beitrag bis Ende 2028 bei 15,55 Euro im Monat zu halten.", True, [("year", 2028, None, None), ("money", 15.55, "EUR", None)], None),
    ("de", "Die Privatsender kamen zusammen nach Angaben des Verbands Österreichischer Privatsender auf 28,9 Prozent.", True, [("percent", 28.9, "%", None)], None),
    ("de", "Der Verband warf dem ORF vor, mit Gebührengeld „den Werbemarkt zu verzerren“.", False, [], None),
    # --- Newspaper sales and a regional publisher's closures (PA), November ---
    ("en", "LONDON (PA) - Average daily sales of UK national newspapers fell 9.4 per cent year on year in October, Audit Bureau of Circulations data show.", True, [("percent", 9.4, "%", None)], None),
    ("en", "The biggest-selling title sold an average of 612,000 copies a day, down from 689,000.", True, [("count", 612000, None, None), ("count", 689000, None, None)], None),
    ("en", "Sunday titles fell faster, losing about a fifth of their sales in a year.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "The regional publisher Tamar Media said it would close 14 of its 52 weekly titles by the end of March and cut about 190 jobs.", True, [("count", 14, None, None), ("count", 52, None, None), ("count", 190, None, "about")], None),
    ("en", "Tamar's chief executive, Fiona Penhallow, said print advertising revenue had halved since 2019.", True, [("year", 2019, None, None)], "Fiona Penhallow"),
    ("en", "Penhallow said local journalism was \"the glue that holds communities together.\"", False, [], None),
    ("en", "The National Union of Journalists said members at six of the affected titles would be balloted on strike action.", True, [("count", 6, None, None)], "the National Union of Journalists"),
    ("en", "Readers' groups described the closures as \"the end of local democracy in the South West.\"", False, [], None),
    ("en", "Digital subscriptions across the group rose 22 per cent to 48,300.", True, [("percent", 22, "%", None), ("count", 48300, None, None)], None),
    # --- Strelanet nach dem Nebenkostenprivileg (dpa-AFX), November ---
    ("de", "Unterföhring (dpa-AFX) - Der Kabelnetzbetreiber Strelanet hat seit dem Ende des Nebenkostenprivilegs rund 1,9 Mio. TV-Kundinnen und -Kunden verloren.", True, [("count", 1900000, None, "about")], None),
    ("de", "Von einst 8,3 Mio. Haushalten, die über ihren Mietvertrag versorgt wurden, zahlen nach Konzernangaben noch gut 6,4 Mio. selbst für Kabelfernsehen.", True, [("count", 8300000, None, None), ("count", 6400000, None, "over")], None),
    ("de", "Das Einzelnutzerangebot kostet 10 Euro im Monat, in einer Werbeaktion zeitweise 5 Euro.", True, [("money", 10, "EUR", None), ("money", 5, "EUR", None)], None),
    ("de", "Strelanet-Chef Jörg Imhoff-Baran sagte, der Rückgang habe sich im dritten Quartal deutlich verlangsamt.", True, [("ordinal", 3, None, None)], "Jörg Imhoff-Baran"),
    ("de", "„Das Schlimmste liegt hinter uns“, sagte Imhoff-Baran.", False, [], None),
    ("de", "Die Bundesnetzagentur prüft nach dpa-Informationen, ob Strelanet Mietern am Telefon unzulässig Verträge aufgedrängt hat.", True, [], None),
    ("de", "Die Umsätze im TV-Geschäft sanken im Quartal um 11 Prozent auf 412 Mio. Euro.", True, [("percent", 11, "%", None), ("money", 412000000, "EUR", None)], None),
    ("de", "Mieterverbände begrüßten die neue Wahlfreiheit als „längst überfällig“.", False, [], None),
    # --- Ofcom's millimetre-wave auction (Reuters), December ---
    ("en", "LONDON, Dec 9 (Reuters) - Britain's four mobile operators paid a combined £61.4 million for high-frequency spectrum in the 26 GHz and 40 GHz bands, Ofcom said on Tuesday.", True, [("date", "--12-09", None, None), ("count", 4, None, None), ("money", 61400000, "GBP", None), ("count", 26, None, None), ("count", 40, None, None)], "Ofcom"),
    ("en", "The auction ended after 17 rounds and covered 5.4 gigahertz of airwaves in 36 licences.", True, [("count", 17, None, None), ("count", 5.4, None, None), ("count", 36, None, None)], None),
    ("en", "The regulator expects the spectrum to support speeds of up to 10 gigabits per second in crowded places such as stadiums and railway stations.", True, [("count", 10, None, "up_to")], None),
    ("en", "Licence holders must deploy at least 1,000 sites within four years, according to the auction rules.", True, [("count", 1000, None, "at_least"), ("duration", 4, "year", None)], None),
    ("en", "One bidder's executive described the reserve prices as \"sensible for once.\"", False, [], None),
    ("en", "The biggest winner, Albion Mobile, secured 1.8 gigahertz for £24.2 million.", True, [("count", 1.8, None, None), ("money", 24200000, "GBP", None)], None),
    ("en", "Albion said it was \"delighted\" with the outcome.", False, [], None),
    ("en", "Ofcom plans to auction further millimetre-wave spectrum in 2027.", True, [("year", 2027, None, None)], None),
    # --- Internetausfall in Berlin-Pankow (dpa/bb), Dezember ---
    ("de", "Berlin (dpa/bb) - Nach einem Kabelschaden bei Bauarbeiten waren in Berlin-Pankow gut 14 Stunden lang rund 31.000 Haushalte ohne Internet und Festnetz.", True, [("duration", 14, "hour", "over"), ("count", 31000, None, "about")], None),
    ("de", "Ein Bagger hatte am Dienstagmorgen ein Glasfaserbündel mit 288 Fasern durchtrennt, teilte der Netzbetreiber Kavento mit.", True, [("count", 288, None, None)], "der Netzbetreiber Kavento"),
    ("de", "Betroffen waren auch zwei Krankenhäuser und 14 Pflegeheime, deren Hausnotrufsysteme zeitweise ausfielen.", True, [("count", 2, None, None), ("count", 14, None, None)], None),
    ("de", "Die Reparatur zog sich bis kurz nach Mitternacht hin.", True, [], None),
    ("de", "Eine Polizeisprecherin sagte, in der Nacht seien zusätzliche Streifenwagen als mobile Notrufstellen eingesetzt worden.", True, [], None),
    ("de", "„So etwas darf in einer Hauptstadt einfach nicht passieren“, sagte eine Anwohnerin.", False, [], None),
    ("de", "Eine Entschädigung nach dem Telekommunikationsgesetz greift nicht, weil die Störung weniger als 24 Stunden dauerte.", True, [("duration", 24, "hour", "under")], None),
    ("de", "Es war bereits der vierte größere Ausfall durch Bauarbeiten in Berlin seit Jahresbeginn.", True, [("ordinal", 4, None, None)], None),
    ("de", "Die Linke im Abgeordnetenhaus forderte, Baufirmen „endlich in die Pflicht zu nehmen“.", False, [], None),
    # --- Zeitungsfusion im Mittelland (Keystone-SDA), Dezember ---
    ("de", "Zürich (Keystone-SDA) - Die Verlage Mittelland Medien und Seeland Presse legen ihre Regionalzeitungen per 1. April zusammen.", True, [("date", "--04-01", None, None)], None),
    ("de", "Die neue Zeitung soll mit einer beglaubigten Auflage von 74'300 Exemplaren starten, teilten die beiden Verlage mit.", True, [("count", 74300, None, None)], None),
    ("de", "Von den 212 Stellen in den Redaktionen sollen bis Ende 2027 rund 45 wegfallen.", True, [("count", 212, None, None), ("year", 2027, None, None), ("count", 45, None, "about")], None),
    ("de", "«Wir retten damit den Lokaljournalismus in unserer Region», sagte Verleger Niklaus Bärtschinger.", False, [], None),
    ("de", "Bärtschinger sagte, die Druckerei in Langenthal werde Ende Juni geschlossen, betroffen seien 38 Beschäftigte.", True, [("count", 38, None, None)], "Bärtschinger"),
    ("de", "Die Mediengewerkschaft SSM verlangt, dass bis Ende 2026 niemandem gekündigt wird.", True, [("year", 2026, None, None)], None),
    ("de", "Syndicom bezeichnete den Abbau als „Kahlschlag bei der regionalen Information“.", False, [], None),
    ("de", "Der Bund unterstützt die Frühzustellung von Zeitungen derzeit mit 37,5 Mio. Franken pro Jahr.", True, [("money", 37500000, "CHF", None)], None),
    ("de", "Die Wettbewerbskommission muss dem Zusammenschluss noch zustimmen.", True, [], None),
    # --- Prairie Press cuts weekday print (AP), December ---
    ("en", "DES MOINES, Iowa (AP) — Prairie Press Co. will stop printing 19 of its 41 daily newspapers on weekdays starting in February.", True, [("count", 19, None, None), ("count", 41, None, None)], None),
    ("en", "The affected papers will appear in print on Sundays only, with weekday editions moving to a digital replica.", True, [], None),
    ("en", "Print circulation across the chain has fallen by more than half since 2018 to about 386,000.", True, [("fraction", 0.5, None, "over"), ("year", 2018, None, None), ("count", 386000, None, "about")], None),
    ("en", "About 240 employees, roughly a quarter of the chain's printing and delivery staff, will lose their jobs.", True, [("count", 240, None, "about"), ("fraction", 0.25, None, "about")], None),
    ("en", "Chief Executive Lorraine Tibbets-Crowe said digital-only subscriptions had grown to 512,000, or 57% of the chain's paying readers.", True, [("count", 512000, None, None), ("percent", 57, "%", None)], "Lorraine Tibbets-Crowe"),
    ("en", "Tibbets-Crowe said the decision was \"about meeting readers where they are.\"", False, [], None),
    ("en", "The chain's weekday print run averaged 171,000 copies in the third quarter, down 14% from a year earlier.", True, [("count", 171000, None, None), ("ordinal", 3, None, None), ("percent", 14, "%", None)], None),
    ("en", "Some longtime subscribers said they would rather cancel than read the paper on a screen.", False, [], None),
    # --- Weihnachtsquoten (dpa), Dezember ---
    ("de", "Berlin (dpa) - Der ARD-Weihnachtsfilm „Die Winterfähre“ hat am ersten Weihnachtsfeiertag im Schnitt 5,38 Millionen Zuschauerinnen und Zuschauer erreicht.", True, [("ordinal", 1, None, None), ("count", 5380000, None, None)], None),
    ("de", "Das entsprach einem Marktanteil von 18,4 Prozent, wie die ARD am Freitag mitteilte.", True, [("percent", 18.4, "%", None)], "die ARD"),
    ("de", "Bei den 14- bis 49-Jährigen lag der Film mit 11,2 Prozent knapp über dem Senderschnitt.", True, [("duration", 14, "year", None), ("duration", 49, "year", None), ("percent", 11.2, "%", None)], None),
    ("de", "In der ARD-Mediathek kam der Film bis Samstagmittag auf weitere 1,7 Mio. Abrufe.", True, [("count", 1700000, None, None)], None),
    ("de", "Das ZDF erreichte mit einem Familienfilm zur selben Zeit 4,91 Millionen (16,8 Prozent).", True, [("count", 4910000, None, None), ("percent", 16.8, "%", None)], None),
    ("de", "RTL kam mit einer Weihnachtsshow auf 1,84 Mio. Zuschauer und 7,2 Prozent Marktanteil.", True, [("count", 1840000, None, None), ("percent", 7.2, "%", None)], None),
    ("de", "ARD-Programmdirektorin Vanessa Köhnlein-Brix zeigte sich „glücklich, dass so viele Familien gemeinsam eingeschaltet haben“.", False, [], None),
    ("de", "Köhnlein-Brix sagte, eine Fortsetzung sei bereits in Auftrag gegeben und solle im kommenden Dezember laufen.", True, [], "Köhnlein-Brix"),
    ("de", "Die Kritiken in den Feuilletons fielen deutlich verhaltener aus.", False, [], None),
    # --- Christmas Day ratings (PA), December ---
    ("en", "LONDON (PA) - A Christmas Day special of the BBC One comedy \"Marlow Sands\" was the most-watched programme of the day, with an overnight audience of 6.9m.", True, [("count", 6900000, None, None)], None),
    ("en", "The programme peaked at 8.1m and took a 38.6 per cent share of the audience, according to overnight figures from Barb.", True, [("count", 8100000, None, None), ("percent", 38.6, "%", None)], None),
    ("en", "ITV1's festive film drew 3.2m viewers, a 17.9 per cent share.", True, [("count", 3200000, None, None), ("percent", 17.9, "%", None)], None),
    ("en", "BBC iPlayer recorded 14.7m streams on Christmas Day, up from 12.1m last year, BBC figures showed.", True, [("count", 14700000, None, None), ("count", 12100000, None, None)], None),
    ("en", "Across the whole day, BBC channels took a 41.3 per cent share, their highest in five years.", True, [("percent", 41.3, "%", None), ("duration", 5, "year", None)], None),
    ("en", "Reviewers were less generous, calling the special \"a sleigh ride with no snow.\"", False, [], None),
    ("en", "The show's writer, Bethan Corrigan-Lowe, said a fourth series had already been commissioned.", True, [("ordinal", 4, None, None)], "Bethan Corrigan-Lowe"),
    ("en", "Corrigan-Lowe said she was \"overwhelmed\" by the response.", False, [], None),
    ("en", "Consolidated figures that include seven days of catch-up viewing will be published in the new year.", True, [("duration", 7, "day", None)], None),
]
