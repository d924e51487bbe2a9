"""Fifty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Companies, people and figures are made up
(Kellner, Brandauer, Talmarkt, Brenmart, Fairmead, Wexley, Pelham & Rowe, Trackwell,
Vantrell; Elisabeth Zankl, Florian Gasser, Sandra Moosbrugger, Birgit Hollerer, Lukas
Brenner, Andrea Gisler, Laura Pennington, Tom Hadley and everybody else named); real
institutions, places and names such as "Statistik Austria", "Österreich Werbung", "Tirol
Werbung", "Wien Tourismus", "Handelsverband", "Wirtschaftskammer", "Arbeiterkammer",
"KSV1870", "Statistisches Bundesamt", "Destatis", "Dehoga", "Bundesamt für Statistik",
"Schweiz Tourismus", "Preisüberwacher", "ÖHV", "VisitBritain", "STR", "the Commerce
Department", "the NRF", "Adobe Analytics", "the BRC", "Kantar", "the Office for National
Statistics", "the Bureau of Labor Statistics", "the Australian Bureau of Statistics",
"Tourism Research Australia", "AAA", "the CSO", "the Irish Hotels Federation", "PwC" and
"Barclays" stand for the way wire copy names them; what is counted, priced, said and
forecast here is invented.

Its weight: TOURISM, RETAIL, FOOD AND CONSUMER PRICES. Half German (APA with Statistik
Austria, the Österreich Werbung, the Tirol Werbung, Wien Tourismus, the Handelsverband, the
Wirtschaftskammer and the AK-Preismonitor; dpa and Reuters German with Destatis on
Übernachtungen, Gastgewerbe and Einzelhandel, a Bavarian state office and a travel survey;
Keystone-SDA and sda with the Bundesamt für Statistik, Schweiz Tourismus and the
Preisüberwacher; Austrian "heuer", "Jänner", "zugesperrt", Swiss "Logiernächte",
"Auslandmarkt", "760'000", "Fr. 268.–", "Fr. 21.90", "8 Mia. Franken"), half English
(PA with VisitBritain, the BRC, Kantar and ONS retail and price data, hotel rates in London
and Edinburgh, footfall and shop closures, Christmas budgets, holiday lets in Cornwall;
Reuters with STR, U.S. retail sales, British and Irish data, Christmas trading statements
and visitors to Japan; AP with the NRF, egg prices and Thanksgiving travel; AAP with ABS
arrivals and retail trade). Figures as such copy has them: overnight stays and arrivals
("58,4 Millionen Nächtigungen", "14,2 Millionen" Ankünfte, "43,1 Millionen Logiernächte",
"42.6 million visits"), lengths of stay in nights ("3,9 Nächte", "7.1 nights", "länger als
drei Nächte", "A seven-night stay"), occupancy rates, average prices per night and per
room, ADR and RevPAR, star categories ("Fünf-Sterne-Häusern", "Drei-Sterne-Kategorie",
"five-star properties", "four-star hotels"), seasons and comparisons with the year before
the pandemic ("Wintersaison 2024/25", "Vorkrisenwinter 2018/19", "Hauptsaison 2025/26",
"als im Vorkrisenjahr 2019", "unter dem Niveau von Februar 2020", "4% above 2019 levels",
"the 2019 figure"), shares of guests by country and rankings ("knapp die Hälfte", "gut ein
Drittel", "zweitwichtigste Herkunftsmarkt", "zweitwichtigste Auslandmarkt", "auf Rang
sechs", "auf Rang eins", "wurde Dritter", "Platz vier", "the second-largest source market",
"China was second", "into fourth place"), shopping-basket and single food prices ("ein
Warenkorb aus 40 Lebensmitteln", "Ein Kilo Butter", "je 250-Gramm-Packung", "eine
Zehnerpackung Eier", "eine Halbliterflasche", "ein 0,5-Liter-Bier", "A 250g block of
butter", "A pint of semi-skimmed milk", "a four-pint bottle", "an 800g white sliced loaf",
"A dozen medium free-range eggs", "$2.10 per dozen", "£4.95 per kilo"), grocery and food
inflation in percent and percentage points ("einen halben Prozentpunkt", "0.8 percentage
points"), retail sales volumes and values, footfall, shop closures and vacancy rates,
Christmas trading ("in the 12 weeks to Jan. 4", "in the five weeks from Nov. 30 to Jan.
3", "the six-week festive period"), ski passes ("Sechstagesskipass"), ranges ("82 bis 84
Millionen", "zwischen 95 und 130 Euro", "between £1.4 billion and £1.5 billion", "£28 to
£55"), hedges ("annähernd", "knapp", "gut", "erst rund", "weniger als", "upwards of",
"well over", "close to", "just over", "as much as", "Under") and numbers in words.
Negatives as such copy has them: holiday and shopping advice, quoted delight of tourists
and quoted verdicts of officials and retail bosses, marketing language ("Österreich ist ein
Sehnsuchtsort ...", "Cornwall really is the jewel ..."), commentary, hopes, an open
question and boilerplate lines ("Alle Preisangaben ohne Gewähr.", "Figures are not
seasonally adjusted.", a correction line, a price disclaimer, a link line).

236 rows (119 German, 117 English), 48 negatives (24 German, 24 English), 188 check-worthy
rows of which 4 carry no figure (2 German, 2 English), 365 expected quantities (116
percentages, 81 counts, 71 amounts of money, 28 years, 21 durations, 19 fractions, 15
dates, 14 ordinals; none of them in negatives, which hold no figure), 44 checked speakers
(22 German, 22 English). Sentences sharing a run of eight or more words with any file
under tests/ (checked by a script that printed only this batch's sentences, with case,
whitespace and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Die
  Buchungslage für die Weihnachtsferien liege um rund 5 Prozent über dem Vorjahr, sagte
  ÖHV-Präsidentin Sandra Moosbrugger." -> "Sandra Moosbrugger"), and a quote with a figure
  closed by "sagte X" likewise ("„Wir haben heuer 12 Prozent mehr Buchungen ...“, sagte
  Tourismusdirektor Florian Gasser." -> "Florian Gasser"), while a quoted feeling or verdict
  without a checkable claim is a negative.
- Overnight stays, arrivals and visits are counts ("58,4 Millionen Nächtigungen", "27,1
  Millionen Übernachtungen", "43,1 Millionen Logiernächte", "rund 760'000 Logiernächte"
  with Swiss grouping, "42.6 million visits", "8.1 million", "about 720,000"), as "37,2
  Millionen Nächtigungen" (fortieth). Nights are counts, a night being no unit of the
  duration list (fortieth: "4,1 Nächte"): "3,9 Nächte", "7.1 nights", "länger als drei
  Nächte" count 3 "over" ("länger als" before a figure, forty-ninth); new: "A seven-night
  stay" count 7, the number word in a compound counting the nights as "four-storey" counts
  storeys (forty-third). Days, weeks and months stay durations ("142 Tage", "12,3 Tagen",
  "21.5 weeks", "24 weeks").
- Occupancy, load and share figures are percentages ("Bettenauslastung ... 71,4 Prozent",
  "Zimmerauslastung ... 58,7 Prozent", "occupancy of 86.4%", "topped 90 per cent" with no
  hedge, a verb, as "topped 4.2 million", forty-eighth); "0.6 percentage points" and "0.8
  percentage points" pp. New: "um einen halben Prozentpunkt" is 0.5 pp, as "a quarter
  point" is 0.25 pp (eleventh and twelfth batches) and "ein halber Meter" 0.5
  (forty-seventh).
- New: star categories are counts, a number word counting stars as "A three-star general"
  does (fiftieth) and "Vierbettzimmern" counts beds (forty-ninth): "in den
  Fünf-Sterne-Häusern" 5, "in der Fünf-Sterne-Kategorie" 5, "In der
  Drei-Sterne-Kategorie" 3, "five-star properties" 5, "several four-star hotels" 4
  ("several" stands before the compound and gives no hedge). New: "Doppelzimmer" names a
  kind of room and carries none, as "Einzelbillett" and "Tageskarte" (fortieth) and
  "first-class" (thirty-fourth); new, by the same rule: "second-hand presents" carries no
  ordinal.
- Prices per night, room, person, kilo and dozen are money in the currency written, the
  rate words carrying nothing ("246 Euro pro Nacht", "162 Euro pro Zimmer und Nacht", "1.424
  Euro pro Person", "£187 a night", "€213 a night", "£28 to £55 a night" both, "£243 per
  household", "£4.95 per kilo", forty-second: "1,85 Euro je Kilogramm"); "$2.10 per dozen"
  carries no count, as "$5.90 a dozen" (forty-second), while "A dozen medium free-range
  eggs" and "a dozen Grade A large eggs" before the goods are count 12 (third and fifteenth
  batches: "a dozen" is 12; "The average price of a dozen eggs" 12); "Grade A" none
  (forty-second). "Average daily rate rose 1.1% to $159.74" and "revenue per available room
  ... $100.31" USD; "Fr. 268.–" 268 CHF and "Fr. 214.50", "Fr. 21.90" (fortieth); "rund 8
  Mia. Franken" 8e9 CHF "about" (fortieth); "40 Cent" 0.4 EUR (twelfth and forty-second);
  "67p" 0.67 GBP and "4p" 0.04 GBP (forty-sixth); "9.5 trillion yen" JPY; "A$38.4
  billion", "A$37.6 billion" AUD.
- Goods measured by an article and a unit carry none - "Ein Kilo Butter", "Ein Kilo
  Rindshackfleisch", "Ein Liter Vollmilch", "A pint of semi-skimmed milk" (the article
  before a unit is no figure, as "a foot of snow", forty-seventh, and "Ein Kilo Butter
  kostet ...", earlier batches); a figure inside a pack or size compound is read as
  written and is a count (forty-sixth: "55-litre family car"; forty-second: "A 45-kg bag"):
  "je 250-Gramm-Packung" 250, "ein 0,5-Liter-Bier" 0.5, "A 250g block of butter" 250, "a
  four-pint bottle" 4, "an 800g white sliced loaf" 800. New: "eine Zehnerpackung Eier" is
  count 10, a number word inside a compound counting the items, as "Vierbettzimmern"
  (forty-ninth); "eine Halbliterflasche" is count 0.5, half a unit inside a compound, as "im
  Halbstundentakt" is 0.5 hour (forty-eighth) and "ein halber Meter" 0.5 (forty-seventh);
  "die Maß" none.
- New: "Ein Sechstagesskipass" is 6 days, a number word with a unit of time inside a
  compound, as "Im Fünfjahreszeitraum" is 5 years (fiftieth) and "Fünfjahresschnitt"
  (forty-second); "Eine Tageskarte" and "eine Skiwoche" none (no figure, an article).
  Durations otherwise: "eine dreiwöchige Reise" 3 weeks, "the three-week run" 3 weeks, "the
  five-day stretch" 5 days, "the six-week festive period" 6 weeks (the issue's "a two-week
  visit"); "in the four weeks to Dec. 28", "in the 12 weeks to Jan. 4", "in the five weeks
  from Nov. 30 to Jan. 3" the weeks and the dates (tenth batch: "in the 13 weeks to Jan.
  3"); "in the 12 months to September", "the 12 months before the
  pandemic", "over the 12 months through December", "In the three months to November ...
  compared with the previous three months" (both), "Over the three months to December"
  durations; "two years earlier" 2 years (forty-ninth: "five years earlier"); "its
  strongest Christmas in four years" 4 years (forty-third: "hottest day in 12 years");
  "binnen Jahresfrist" (fortieth), "ein Jahr zuvor", "im Vorjahr", "im Vorwinter", "in der
  Vorjahresperiode", "im Vorjahresmonat", "im Vormonat", "a year earlier", "a month
  earlier", "last year", "on the year", "year on year", "year-on-year", "this month", "a
  year", "a day", "in a year", "in more than a decade" (an article, as "an hour"),
  "jährlich", "monatlich" none.
- Seasons and years: "Wintersaison 2024/25", "Vorkrisenwinter 2018/19", "Hauptsaison
  2025/26" two years each (fortieth: "2025/26"); "Tourismusjahr 2025" (fortieth:
  "Tourismusjahr 2024"), "im Sommer 2026", "Im Sommer 2025", "2025 rund 497 Millionen",
  "seit 2021", "bis 2030", "by 2030" the years; "als im Vorkrisenjahr 2019", "des
  Vorkrisenjahres 2019", "above 2019 levels", "the 2019 figure", "than in 2019", "the same
  month of 2019", "in 2019", "than in 2023", "than in 2024", "from 2024", "since 2021" the
  years; "von Februar 2020", "in February 2020", "im Januar 2024" the year (months alone
  none, every batch). "pre-pandemic", "Vorkrisenwert", "Rekordwert", "Christmas Eve",
  "Boxing Day", "Black Friday", "Cyber Monday", "Thanksgiving", "von November bis Februar"
  none. New: "KSV1870" is a name with a glued figure and gives no year, as "Air2030"
  (fiftieth).
- Rankings: "der zweitwichtigste Herkunftsmarkt" and "der zweitwichtigste Auslandmarkt"
  ordinal 2 - new for "zweitwichtigste", read as the issue reads "die drittgrößte Stadt"
  and the forty-eighth batch "die drittpünktlichste Bahn"; "auf Rang sechs" 6 and "auf Rang
  eins" 1 (as "auf Platz vier", fiftieth), "Italien wurde Dritter" 3 (fortieth: "Dritter
  wurde"), "Platz vier" 4, "the second-largest source market" 2, "China was second" 2
  (fortieth: "was second"), "into fourth place" 4, "for an eighth straight month" 8, "the
  fourth consecutive monthly increase" 4, "in the fourth quarter" 4, "im ersten Halbjahr"
  1, "Am dritten Einkaufssamstag" 3; "der wichtigsten", "the largest source market", "the
  most valuable inbound market", "das beliebteste Auslandsziel", "its highest ever", "the
  biggest annual gains", "the steepest decline" none. "the top 25 markets" count 25 and
  "Eleven of the 25 largest markets" counts 11 and 25 (a definite group, forty-first).
- Fractions: "knapp die Hälfte" 0.5 "nearly", "gut ein Drittel" 0.3333 "over", "Fast jede
  vierte" 0.25 "nearly", "erst rund zwei Drittel" 0.6667 "about" ("erst" no hedge, as
  "nur"), "knapp ein Fünftel" 0.2 "nearly", "etwa ein Viertel" 0.25 "about", "um ein
  Viertel" 0.25, "um knapp ein Drittel" 0.3333 "nearly", "Jeder fünfte" 0.2, "Jede zehnte"
  0.1, "Weniger als jeder zehnte" 0.1 "under", "nur noch etwa jeder achte" 0.125 "about"
  (thirty-sixth: "fast jede achte Stelle"), "roughly a third" 0.3333 "about", "Nearly one in
  five" 0.2 "nearly", "nearly a quarter" 0.25 "nearly", "almost a fifth" 0.2 "nearly",
  "Almost two-thirds" 0.6667 "nearly", "Two in five" 0.4 (as "About 4 in 10", earlier
  batches), "well over a tenth" 0.1 "over".
- Counts: "Die vier Einkaufssamstage" 4, "mit zwei Kindern" 2, "42 ihrer 380 Filialen" 42
  and 380, "37 of its 190 stores" 37 and 190, "ein Warenkorb aus 40 Lebensmitteln" 40,
  "mindestens zehn Schlafgelegenheiten" 10 "at_least", "at least 50 miles" 50 "at_least"
  (a distance, fourth batch), "enough sprouts to stretch 600 miles" 600, "roughly 19 a day"
  19 "about" ("a day" none), "A net 6,945 shops" no hedge ("a net", fortieth), "a record
  81.8 million" and "a record 40.2 million" no hedge; "mehr als doppelt so viel" count 2
  "times" with "over" (first batch); "millions of hens", "hundreds of everyday lines" none
  (vague magnitudes, fourteenth and thirty-first).
- Ranges give both figures with the unit or scale written once (forty-sixth and
  forty-eighth): "mit 82 bis 84 Millionen Nächtigungen" 82,000,000 and 84,000,000,
  "zwischen 95 und 130 Euro" both EUR, "mit 5,4 und 4,8 Prozent" both percent, "between
  £1.4 billion and £1.5 billion" two GBP amounts with no hedge (forty-ninth), "£28 to £55"
  both GBP.
- Comparisons after a figure give no hedge (forty-second: "4 Prozent unter dem
  Durchschnitt"): "um 6,2 Prozent über dem Niveau", "12,4 Prozent unter dem Niveau", "um
  rund 5 Prozent über dem Vorjahr" (the hedge is "rund"), "4% above 2019 levels", "1.9%
  below their pre-pandemic level", "about 19% higher"; "well above the Bank of England's 2%
  target" gives 2 no hedge (a hedge word parted from the figure by a noun, thirty-fourth);
  "ein Minus von 0,8 Prozent" 0.8 and "down 4.6%" 4.6 (words of direction leave the value
  as written, eleventh).
- Hedges, only the names in use: "rund", "etwa", "about", "About", "roughly" "about"
  (also "erst rund", "nur noch etwa"); "knapp", "Fast", "nearly", "Nearly", "almost",
  "Almost", "close to" "nearly" (close to as in earlier batches), and, new, "annähernd"
  "nearly", as "nahezu" (forty-eighth) and "beinahe" (ninth); "mehr als", "Gut", "gut",
  "more than", "just over", "upwards of" "over", "länger als" "over" (forty-ninth), and,
  new, "well over" "over", as "just over" and "a little over"; "schnell mehr als 3.000 Euro"
  "over" (the hedge is "mehr als" next to the figure); "Weniger als", "Under" "under"; "bis
  zu", "as much as" "up_to"; "mindestens", "at least" "at_least"; "im Schnitt",
  "durchschnittlich", "an average of", "insgesamt", "lediglich", "sogar", "zusätzlich",
  "erstmals", "alone", "a record", "A net", "still", "topped" no hedge.
- Dates: datelines with a day ("NEW YORK, Jan 22 (Reuters)", "SYDNEY, Dec 11 (AAP)",
  "WASHINGTON, Jan 15 (Reuters)", "LONDON, Jan 13 (Reuters)", "LONDON, Jan 8 (Reuters)",
  "SYDNEY, Jan 9 (AAP)", "TOKYO, Jan 21 (Reuters)", "DUBLIN, Oct 15 (Reuters)", "LONDON,
  Feb 18 (Reuters)") dates without a year; German datelines, "LONDON (PA) -", "NEW YORK (AP)
  —" and "WASHINGTON (AP) —" none; "Dec. 28", "Dec. 23", "Jan. 4", "Nov. 30", "Jan. 3"
  dates without a year; "on July 24, 2026" the full date 2026-07-24 (forty-second: "on Jan.
  1, 2026").
- Check-worthy without a figure: hotels booked out over New Year according to the tourist
  board, retail chains' stated reasons for higher prices, a supermarket's price freeze
  announced, the CSO's statement that prices outside the capital were unchanged.
- Negatives, with no figure in any of them: quoted delight and feelings of tourists,
  shoppers and innkeepers ("„Die Pisten waren traumhaft, das Essen auch“, schwärmte ...",
  "„Hier fühlen wir uns einfach wie zu Hause“, ...", "„Viele Wirte wissen nicht mehr ...“",
  ""Guests were delighted with the view of the castle,"", ""Every trip to the supermarket
  feels like a shock,""), quoted marketing and verdicts of officials and retail bosses
  („Die Gäste lieben die Kombination ...“, «Die Schweiz muss sich nicht verstecken ...», „Der
  stationäre Handel ist das Herz ...“, «Die Kundschaft ist preissensibler geworden ...»,
  ""Britain's heritage, culture and warm welcome ..."", ""Consumers showed up when it
  mattered,"", ""Customers waited for the bargains ..."", ""Dublin risks pricing itself out
  ..."", "Tourism Australia says the industry is "firing on all cylinders" ..."), marketing
  language ("Tirol ist und bleibt das Herzstück ...", "Österreich ist ein Sehnsuchtsort
  ...", "Wien verzaubert ...", "Cornwall really is the jewel ...", "Retail is the beating
  heart of every high street."), commentary ("Die Verödung der Ortskerne ...", "Essen gehen
  wird für viele zum Luxus.", "Skifahren darf kein Luxus für wenige werden.", "Shoppers are
  clearly feeling the pinch.", "The high street is not dead, it is changing."), vague
  outlooks and analysts' colour ("Die Kauflaune ... dürfte ...", "Analysts said the outlook
  for leisure travel remained clouded ...", "Some economists cautioned ..."), hopes ("Die
  Hoteliers hoffen ...", "Retailers are hoping ..."), advice ("..., sollte möglichst früh
  buchen.", "..., raten die Tourismusorganisationen.", "..., rät der Handelsverband.", "...,
  rät die Arbeiterkammer.", "Visitors are advised ...", "Travelers should leave early ...",
  "Anyone struggling to afford food should contact ..."), open questions ("Ob die Gäste
  auch im Sommer so zahlreich kommen, ...", "Whether the spending spree lasts ... remains to
  be seen."), scene colour ("Crowds of tourists jostled for photos ...") and boilerplate
  ("Alle Preisangaben ohne Gewähr.", "Weitere Informationen ... auf der Webseite der
  Tourismusverbände.", "Figures are not seasonally adjusted.", "Retail sales figures can be
  volatile and are often revised.", "This story has been corrected ...", "Prices shown are
  the lowest available ...", "For more travel inspiration, visit the VisitBritain
  website.").
- Speakers, checked only in forms the earlier batches settled: "teilte die Statistik
  Austria (am Donnerstag) mit" -> "die Statistik Austria" (earlier batches); "teilte das
  Statistische Bundesamt (am Freitag) mit", "wie das Bundesamt für Statistik (am Dienstag)
  mitteilte", "wie das Landesamt für Statistik mitteilte", "teilte die Österreich Werbung /
  die Wirtschaftskammer mit", "wie das Unternehmen am Montag mitteilte" the source with its
  article in the nominative; "so die Tirol Werbung" -> "die Tirol Werbung" and "so die
  Arbeiterkammer" -> "die Arbeiterkammer" (as "so die Bischofskonferenz", forty-first, and
  "so die Arbeiterkammer", twelfth); "nach Angaben des Handelsverbands" -> "der
  Handelsverband", "nach Angaben des Tourismusverbands" -> "der Tourismusverband" (fifth and
  forty-first) and "dem Handelsverband zufolge" -> "der Handelsverband" (as "Dem Institut
  für Kriegsstudien zufolge", fiftieth); "wie Destatis mitteilte" -> "Destatis" (as "teilte
  Destatis mit", forty-ninth) and "teilte Wien Tourismus mit" -> "Wien Tourismus" (a name
  without an article, as "teilte Fraport mit", forty-sixth); "Laut Preisüberwacher" ->
  "Preisüberwacher" as written (as "laut Regierung", fortieth); a title before a name
  dropped ("ÖW-Geschäftsführerin", "Tourismusdirektor", "ÖHV-Präsidentin", "BRC chief
  executive"). English: "according to VisitBritain / STR / Kantar / Vantrell / Trackwell"
  as written (as "according to FlightAware", forty-sixth); "Kantar said" as written (as
  "Ofcom said", fifty-first); "the Commerce Department said on Wednesday" -> "the Commerce
  Department" (twenty-ninth: "the Commerce Department said"; forty-second: "the Agriculture
  Department said Monday"), "the Australian Bureau of Statistics said" (twice), "the
  Office for National Statistics said", "the ONS said" (twice), "the Bureau of Labor
  Statistics said" with the article in lower case; new for these bodies, by the rule for
  "the ONS" and "the RTR": "the NRF said Tuesday" -> "the NRF", "the BRC said" (twice) ->
  "the BRC", "the CSO said" -> "the CSO" and "The CSO said ..." opening the sentence -> "the
  CSO" (as "The company said ..." -> "the company", tenth and
  twenty-fourth); "the trade group said" -> "the trade
  group", a body's common noun after its name earlier in the story (as "the trade body",
  twenty-second, and "the exchange", fifty-first); "The company said it sold ..." -> "the company"; "said Tom
  Hadley, head of retail and consumer insight at Kantar" -> "Tom Hadley" (forty-first);
  "BRC chief executive Laura Pennington said ..." -> "Laura Pennington". Left unchecked
  (None): "rechnet" (the Österreich Werbung, the Handelsverband HDE, the heimische Handel),
  "will" (Schweiz Tourismus), "ergab eine Umfrage im Auftrag des Handelsverbands", "wie
  Destatis-Daten zeigen", "geht aus der Konsumerhebung hervor", "laut dem
  Kreditschutzverband KSV1870" (a description before a name, as "laut dem Branchenverband
  H+", forty-ninth), "nach einer Umfrage des
  Branchenverbands", "Von Reuters befragte Ökonomen", "Economists polled by Reuters",
  "Tourism Research Australia data showed", "Adobe Analytics data showed", "ONS price data
  show", "government data showed", "research by PwC found", "a Barclays survey found", "an
  industry forecast showed", "AAA projected", "according to the Irish Hotels Federation" (a
  capitalised adjective heading the name, fortieth and forty-second), "Supermarket group
  Fairmead said" and "Fairmead said" (a company at the head of reported speech, forty-second
  and fifty-first), rows without attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_54 = [
    # === German =================================================================================
    # --- Wintersaison in Österreich (APA) ---
    ("de", "Wien (APA) - Österreichs Tourismusbetriebe haben von November bis Februar 58,4 Millionen Nächtigungen verbucht, um 2,7 Prozent mehr als in der Vorjahresperiode.", True, [("count", 58400000, None, None), ("percent", 2.7, "%", None)], None),
    ("de", "Die Zahl der Ankünfte stieg um 3,9 Prozent auf 14,2 Millionen, teilte die Statistik Austria am Donnerstag mit.", True, [("percent", 3.9, "%", None), ("count", 14200000, None, None)], "die Statistik Austria"),
    ("de", "Gegenüber dem Vorkrisenwinter 2018/19 lag das Nächtigungsvolumen damit um 1,4 Prozent höher.", True, [("year", 2018, None, None), ("year", 2019, None, None), ("percent", 1.4, "%", None)], None),
    ("de", "Gäste aus Deutschland sorgten mit 27,1 Millionen Übernachtungen für knapp die Hälfte aller Nächtigungen.", True, [("count", 27100000, None, None), ("fraction", 0.5, None, "nearly")], None),
    ("de", "Die Niederlande blieben mit 5,6 Millionen Nächtigungen der zweitwichtigste Herkunftsmarkt, gefolgt von der Schweiz und Großbritannien.", True, [("count", 5600000, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Inländische Gäste kamen auf 12,9 Millionen Nächtigungen, ein Minus von 0,8 Prozent.", True, [("count", 12900000, None, None), ("percent", 0.8, "%", None)], None),
    ("de", "Die durchschnittliche Aufenthaltsdauer verkürzte sich leicht auf 3,9 Nächte.", True, [("count", 3.9, None, None)], None),
    ("de", "„Die Gäste lieben die Kombination aus Schnee, Kulinarik und Gastfreundschaft“, sagte Tourismusstaatssekretärin Elisabeth Zankl.", False, [], None),
    ("de", "Wer in den Semesterferien noch ein Zimmer sucht, sollte möglichst früh buchen.", False, [], None),
    # --- Tirol und seine Herkunftsmärkte (APA) ---
    ("de", "Innsbruck (APA) - Tirol hat in der Wintersaison 2024/25 erstmals mehr als 28 Millionen Nächtigungen gezählt.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 28000000, None, "over")], None),
    ("de", "Damit entfiel gut ein Drittel aller Winternächtigungen in Österreich auf das Bundesland.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "Die Bettenauslastung in der Hotellerie lag im Februar bei 71,4 Prozent, in den Fünf-Sterne-Häusern sogar bei 78 Prozent.", True, [("percent", 71.4, "%", None), ("count", 5, None, None), ("percent", 78, "%", None)], None),
    ("de", "Ein Doppelzimmer kostete in der Hochsaison im Schnitt 246 Euro pro Nacht, um 14 Euro mehr als ein Jahr zuvor.", True, [("money", 246, "EUR", None), ("money", 14, "EUR", None)], None),
    ("de", "Dänemark rückte mit einem Plus von 11 Prozent auf Rang sechs der wichtigsten Herkunftsmärkte vor, so die Tirol Werbung.", True, [("percent", 11, "%", None), ("ordinal", 6, None, None)], "die Tirol Werbung"),
    ("de", "„Wir haben heuer 12 Prozent mehr Buchungen aus Polen als im Vorjahr“, sagte Tourismusdirektor Florian Gasser.", True, [("percent", 12, "%", None)], "Florian Gasser"),
    ("de", "Die Buchungslage für die Weihnachtsferien liege um rund 5 Prozent über dem Vorjahr, sagte ÖHV-Präsidentin Sandra Moosbrugger.", True, [("percent", 5, "%", "about")], "Sandra Moosbrugger"),
    ("de", "Die Hotels in Kitzbühel waren über den Jahreswechsel nach Angaben des Tourismusverbands ausgebucht.", True, [], "der Tourismusverband"),
    ("de", "Tirol ist und bleibt das Herzstück des alpinen Wintertourismus.", False, [], None),
    ("de", "„Die Pisten waren traumhaft, das Essen auch“, schwärmte eine Urlauberin aus Hamburg am Lift in Ischgl.", False, [], None),
    # --- Sommerprognose der Österreich Werbung (APA) ---
    ("de", "Wien (APA) - Die Österreich Werbung rechnet für den Sommer 2026 mit 82 bis 84 Millionen Nächtigungen.", True, [("year", 2026, None, None), ("count", 82000000, None, None), ("count", 84000000, None, None)], None),
    ("de", "Im Sommer 2025 waren es 81,3 Millionen gewesen, ein Rekordwert.", True, [("year", 2025, None, None), ("count", 81300000, None, None)], None),
    ("de", "Fast jede vierte Nächtigung entfiel auf Gäste aus Wien, Niederösterreich und dem Burgenland, teilte die Österreich Werbung mit.", True, [("fraction", 0.25, None, "nearly")], "die Österreich Werbung"),
    ("de", "Für Werbung in den Fernmärkten USA, China und Indien stehen heuer 4,5 Millionen Euro zusätzlich zur Verfügung, sagte ÖW-Geschäftsführerin Birgit Hollerer.", True, [("money", 4500000, "EUR", None)], "Birgit Hollerer"),
    ("de", "Die Zahl der Gäste aus den USA lag im Sommer um 6,2 Prozent über dem Niveau des Vorkrisenjahres 2019.", True, [("percent", 6.2, "%", None), ("year", 2019, None, None)], None),
    ("de", "Chinesische Gäste erreichen dagegen erst rund zwei Drittel des Vorkrisenwerts.", True, [("fraction", 0.6667, None, "about")], None),
    ("de", "Österreich ist ein Sehnsuchtsort für Menschen aus aller Welt.", False, [], None),
    ("de", "Urlaub in Österreich ist Erholung pur – gerade in unsicheren Zeiten.", False, [], None),
    # --- Übernachtungen und Gastgewerbe in Deutschland (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Beherbergungsbetriebe in Deutschland haben 2025 rund 497 Millionen Übernachtungen gezählt, so viele wie nie zuvor.", True, [("year", 2025, None, None), ("count", 497000000, None, "about")], None),
    ("de", "Das waren 0,9 Prozent mehr als im Vorjahr und 0,6 Prozent mehr als im Vorkrisenjahr 2019, teilte das Statistische Bundesamt mit.", True, [("percent", 0.9, "%", None), ("percent", 0.6, "%", None), ("year", 2019, None, None)], "das Statistische Bundesamt"),
    ("de", "Erfasst werden nur Betriebe mit mindestens zehn Schlafgelegenheiten.", True, [("count", 10, None, "at_least")], None),
    ("de", "Die Zahl der Übernachtungen von Gästen aus dem Ausland sank um 1,2 Prozent auf 86,7 Millionen.", True, [("percent", 1.2, "%", None), ("count", 86700000, None, None)], None),
    ("de", "Das Gastgewerbe setzte im Oktober real 1,9 Prozent weniger um als im Vormonat, nominal waren es 0,7 Prozent weniger, wie Destatis mitteilte.", True, [("percent", 1.9, "%", None), ("percent", 0.7, "%", None)], "Destatis"),
    ("de", "Damit lag der reale Umsatz der Gastronomie 12,4 Prozent unter dem Niveau von Februar 2020, dem Monat vor Beginn der Corona-Pandemie.", True, [("percent", 12.4, "%", None), ("year", 2020, None, None)], None),
    ("de", "Seit der Mehrwertsteuer-Erhöhung auf Speisen von 7 auf 19 Prozent im Januar 2024 klagt die Branche über Umsatzeinbußen.", True, [("percent", 7, "%", None), ("percent", 19, "%", None), ("year", 2024, None, None)], None),
    ("de", "„Viele Wirte wissen nicht mehr, wie sie über den Winter kommen sollen“, sagte eine Dehoga-Sprecherin.", False, [], None),
    # --- Schweizer Hotellerie (Keystone-SDA) ---
    ("de", "Neuenburg (Keystone-SDA) - Die Schweizer Hotellerie hat im Tourismusjahr 2025 insgesamt 43,1 Millionen Logiernächte verzeichnet, wie das Bundesamt für Statistik mitteilte.", True, [("year", 2025, None, None), ("count", 43100000, None, None)], "das Bundesamt für Statistik"),
    ("de", "Das sind 1,8 Prozent oder rund 760'000 Logiernächte mehr als im Vorjahr.", True, [("percent", 1.8, "%", None), ("count", 760000, None, "about")], None),
    ("de", "Die inländischen Gäste generierten 20,3 Millionen Logiernächte, die ausländischen 22,8 Millionen.", True, [("count", 20300000, None, None), ("count", 22800000, None, None)], None),
    ("de", "Gäste aus den USA buchten 2,9 Millionen Logiernächte, damit sind die Vereinigten Staaten nach Deutschland der zweitwichtigste Auslandmarkt.", True, [("count", 2900000, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Die Zimmerauslastung stieg schweizweit auf 58,7 Prozent, in der Stadt Zürich auf 77 Prozent.", True, [("percent", 58.7, "%", None), ("percent", 77, "%", None)], None),
    ("de", "Ein Hotelzimmer in Genf kostete im Schnitt Fr. 268.–, in Luzern Fr. 214.50.", True, [("money", 268, "CHF", None), ("money", 214.5, "CHF", None)], None),
    ("de", "Schweiz Tourismus will bis 2030 den Anteil der Gäste aus Fernmärkten, die länger als drei Nächte bleiben, auf 40 Prozent steigern.", True, [("year", 2030, None, None), ("count", 3, None, "over"), ("percent", 40, "%", None)], None),
    ("de", "«Die Schweiz muss sich nicht verstecken, wir spielen in der Champions League des Tourismus», sagte die Direktorin von Schweiz Tourismus.", False, [], None),
    ("de", "Wer im Sommer ins Engadin reist, sollte Bergbahntickets online vorab reservieren, raten die Tourismusorganisationen.", False, [], None),
    # --- Städtetourismus in Wien (APA) ---
    ("de", "Wien (APA) - Die Bundeshauptstadt hat im Vorjahr 19,6 Millionen Nächtigungen gezählt, teilte Wien Tourismus mit.", True, [("count", 19600000, None, None)], "Wien Tourismus"),
    ("de", "Der Netto-Nächtigungsumsatz der Wiener Hotellerie stieg um 11 Prozent auf 1,53 Milliarden Euro.", True, [("percent", 11, "%", None), ("money", 1530000000, "EUR", None)], None),
    ("de", "Im Schnitt zahlten Gäste 162 Euro pro Zimmer und Nacht, in der Fünf-Sterne-Kategorie waren es 396 Euro.", True, [("money", 162, "EUR", None), ("count", 5, None, None), ("money", 396, "EUR", None)], None),
    ("de", "In der Drei-Sterne-Kategorie bewegten sich die Zimmerpreise zwischen 95 und 130 Euro.", True, [("count", 3, None, None), ("money", 95, "EUR", None), ("money", 130, "EUR", None)], None),
    ("de", "Die Stadt verfügt inzwischen über knapp 86.000 Hotelbetten in 440 Betrieben.", True, [("count", 86000, None, "nearly"), ("count", 440, None, None)], None),
    ("de", "Weniger als jeder zehnte Gast blieb länger als eine Woche.", True, [("fraction", 0.1, None, "under")], None),
    ("de", "Deutschland lag mit 3,8 Millionen Nächtigungen klar vor den USA auf Rang eins der Herkunftsmärkte, Italien wurde Dritter.", True, [("count", 3800000, None, None), ("ordinal", 1, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Wien verzaubert Besucherinnen und Besucher mit Charme, Kultur und Kaffeehausflair.", False, [], None),
    # --- Weihnachtsgeschäft im Handel (APA) ---
    ("de", "Wien (APA) - Der heimische Handel rechnet im Weihnachtsgeschäft mit Umsätzen von rund 2,1 Milliarden Euro, um 1,5 Prozent mehr als im Vorjahr.", True, [("money", 2100000000, "EUR", "about"), ("percent", 1.5, "%", None)], None),
    ("de", "Jede Österreicherin und jeder Österreicher will im Schnitt 390 Euro für Geschenke ausgeben, ergab eine Umfrage im Auftrag des Handelsverbands.", True, [("money", 390, "EUR", None)], None),
    ("de", "Gutscheine machen dem Handelsverband zufolge knapp ein Fünftel der Ausgaben aus.", True, [("fraction", 0.2, None, "nearly")], "der Handelsverband"),
    ("de", "Die vier Einkaufssamstage im Advent bringen nach Angaben des Handelsverbands etwa ein Viertel des Weihnachtsumsatzes.", True, [("count", 4, None, None), ("fraction", 0.25, None, "about")], "der Handelsverband"),
    ("de", "Am dritten Einkaufssamstag zählte die Mariahilfer Straße nach Frequenzmessungen rund 72.000 Passantinnen und Passanten.", True, [("ordinal", 3, None, None), ("count", 72000, None, "about")], None),
    ("de", "Gut 40 Prozent der Befragten wollen ihre Geschenke heuer zumindest teilweise online kaufen.", True, [("percent", 40, "%", "over")], None),
    ("de", "„Der stationäre Handel ist das Herz unserer Innenstädte“, sagte Handelsverband-Geschäftsführer Lukas Brenner.", False, [], None),
    ("de", "Am besten schon vor dem Advent mit der Geschenkesuche beginnen, dann bleibt der Stress aus, rät der Handelsverband.", False, [], None),
    # --- Geschäftsschließungen und Insolvenzen (APA, dpa) ---
    ("de", "Im Vorjahr haben in Österreich mehr als 5.100 Geschäfte zugesperrt, teilte die Wirtschaftskammer mit.", True, [("count", 5100, None, "over")], "die Wirtschaftskammer"),
    ("de", "Die Leerstandsquote in den Einkaufsstraßen der Landeshauptstädte stieg dadurch auf 6,9 Prozent, nach 5,8 Prozent ein Jahr zuvor.", True, [("percent", 6.9, "%", None), ("percent", 5.8, "%", None)], None),
    ("de", "Die Drogeriekette Kellner schließt 42 ihrer 380 Filialen und baut rund 350 Stellen ab, wie das Unternehmen am Montag mitteilte.", True, [("count", 42, None, None), ("count", 380, None, None), ("count", 350, None, "about")], "das Unternehmen"),
    ("de", "Der Modehändler Brandauer hat beim Landesgericht Linz ein Sanierungsverfahren beantragt, betroffen sind 61 Filialen und 412 Beschäftigte.", True, [("count", 61, None, None), ("count", 412, None, None)], None),
    ("de", "Die Verbindlichkeiten des Modehändlers summieren sich laut dem Kreditschutzverband KSV1870 auf etwa 38 Mio. Euro.", True, [("money", 38000000, "EUR", "about")], None),
    ("de", "In Deutschland rechnet der Handelsverband HDE für dieses Jahr mit rund 4.500 Geschäftsaufgaben.", True, [("count", 4500, None, "about")], None),
    ("de", "Die Verödung der Ortskerne ist das Ergebnis jahrzehntelanger Fehlplanung.", False, [], None),
    # --- Einzelhandelsumsatz in Deutschland (Reuters) ---
    ("de", "Wiesbaden (Reuters) - Die deutschen Einzelhändler haben im November real 0,6 Prozent mehr umgesetzt als im Oktober.", True, [("percent", 0.6, "%", None)], None),
    ("de", "Von Reuters befragte Ökonomen hatten lediglich ein Plus von 0,2 Prozent erwartet.", True, [("percent", 0.2, "%", None)], None),
    ("de", "Im Vergleich zum Vorjahresmonat stiegen die Umsätze kalender- und saisonbereinigt um 1,8 Prozent, teilte das Statistische Bundesamt am Freitag mit.", True, [("percent", 1.8, "%", None)], "das Statistische Bundesamt"),
    ("de", "Der Internet- und Versandhandel legte binnen Jahresfrist sogar um 7,3 Prozent zu.", True, [("percent", 7.3, "%", None)], None),
    ("de", "Der Umsatz mit Lebensmitteln sank dagegen real um 0,4 Prozent.", True, [("percent", 0.4, "%", None)], None),
    ("de", "Die Kauflaune der Verbraucher dürfte nach Einschätzung von Händlern auch im neuen Jahr gedämpft bleiben.", False, [], None),
    # --- AK-Preismonitor (APA) ---
    ("de", "Wien (APA) - Der günstigste Warenkorb aus 40 Lebensmitteln und Drogerieartikeln hat im Oktober in Wiener Supermärkten 71,36 Euro gekostet, so die Arbeiterkammer.", True, [("count", 40, None, None), ("money", 71.36, "EUR", None)], "die Arbeiterkammer"),
    ("de", "Das sind um 4,6 Prozent oder 3,14 Euro mehr als ein Jahr zuvor.", True, [("percent", 4.6, "%", None), ("money", 3.14, "EUR", None)], None),
    ("de", "Der Warenkorb mit Markenprodukten kostete 152,80 Euro und damit mehr als doppelt so viel.", True, [("money", 152.8, "EUR", None), ("count", 2, "times", "over")], None),
    ("de", "Ein Kilo Butter in der günstigsten Variante kostete 8,56 Euro, das entspricht 2,14 Euro je 250-Gramm-Packung.", True, [("money", 8.56, "EUR", None), ("money", 2.14, "EUR", None), ("count", 250, None, None)], None),
    ("de", "Für eine Zehnerpackung Eier aus Freilandhaltung verlangten die Händler im Schnitt 3,69 Euro, um 40 Cent mehr als im Frühjahr.", True, [("count", 10, None, None), ("money", 3.69, "EUR", None), ("money", 0.4, "EUR", None)], None),
    ("de", "Ein Liter Vollmilch kostete 1,29 Euro, eine Halbliterflasche Mineralwasser 0,39 Euro.", True, [("money", 1.29, "EUR", None), ("count", 0.5, None, None), ("money", 0.39, "EUR", None)], None),
    ("de", "Im Vergleich mit München waren identische Produkte in Wien im Schnitt um 14 Prozent teurer, bei Drogeriewaren sogar um ein Viertel.", True, [("percent", 14, "%", None), ("fraction", 0.25, None, None)], None),
    ("de", "Die Handelsketten verweisen auf höhere Personal- und Energiekosten sowie auf die kleinteilige Marktstruktur.", True, [], None),
    ("de", "Wer Preise vergleicht und zu Eigenmarken greift, kann beim Wocheneinkauf viel Geld sparen, rät die Arbeiterkammer.", False, [], None),
    # --- Lebensmittelpreise (APA) ---
    ("de", "Nahrungsmittel und alkoholfreie Getränke verteuerten sich im Dezember um 4,3 Prozent, teilte die Statistik Austria mit.", True, [("percent", 4.3, "%", None)], "die Statistik Austria"),
    ("de", "Die Gesamtinflation lag bei 3,8 Prozent, die Lebensmittelteuerung damit um einen halben Prozentpunkt darüber.", True, [("percent", 3.8, "%", None), ("percent", 0.5, "pp", None)], None),
    ("de", "Besonders kräftig zogen die Preise für Kaffee mit einem Plus von 21,7 Prozent und für Schokolade mit 17 Prozent an.", True, [("percent", 21.7, "%", None), ("percent", 17, "%", None)], None),
    ("de", "Olivenöl war dagegen um knapp ein Drittel billiger als ein Jahr zuvor.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Für den Mikrowarenkorb, vor allem Frischwaren und Brot aus dem Wocheneinkauf, ergab sich ein Plus von 5,1 Prozent.", True, [("percent", 5.1, "%", None)], None),
    ("de", "Im Schnitt gibt ein österreichischer Haushalt monatlich etwa 480 Euro für Lebensmittel aus, geht aus der Konsumerhebung hervor.", True, [("money", 480, "EUR", "about")], None),
    ("de", "Die Preise im Supermarkt sind für viele Familien längst zur Belastungsprobe geworden.", False, [], None),
    # --- Detailhandel in der Schweiz (sda) ---
    ("de", "Bern (sda) - Die Detailhandelsumsätze in der Schweiz sind im November real um 1,1 Prozent gestiegen, wie das Bundesamt für Statistik am Dienstag mitteilte.", True, [("percent", 1.1, "%", None)], "das Bundesamt für Statistik"),
    ("de", "Nominal betrug das Plus 0,3 Prozent, bereinigt um Verkaufs- und Feiertagseffekte.", True, [("percent", 0.3, "%", None)], None),
    ("de", "Ein Kilo Rindshackfleisch kostete beim Detailhändler Talmarkt zuletzt Fr. 21.90, rund 9 Prozent mehr als im Vorjahr.", True, [("money", 21.9, "CHF", None), ("percent", 9, "%", "about")], None),
    ("de", "Laut Preisüberwacher zahlen Schweizer Konsumentinnen und Konsumenten für Markenartikel bis zu 60 Prozent mehr als die Kundschaft in Deutschland.", True, [("percent", 60, "%", "up_to")], "Preisüberwacher"),
    ("de", "Der Einkaufstourismus ins grenznahe Ausland kostet den Detailhandel jährlich rund 8 Mia. Franken Umsatz.", True, [("money", 8000000000, "CHF", "about")], None),
    ("de", "«Die Kundschaft ist preissensibler geworden, aber sie bleibt uns treu», sagte Talmarkt-Chefin Andrea Gisler.", False, [], None),
    # --- Preise in der Gastronomie (dpa) ---
    ("de", "Berlin (dpa) - Ein Schnitzel mit Beilage kostet in deutschen Gaststätten inzwischen durchschnittlich 19,80 Euro.", True, [("money", 19.8, "EUR", None)], None),
    ("de", "Für ein 0,5-Liter-Bier verlangen die Wirte im Schnitt 4,90 Euro, auf dem Oktoberfest bis zu 15,80 Euro für die Maß.", True, [("count", 0.5, None, None), ("money", 4.9, "EUR", None), ("money", 15.8, "EUR", "up_to")], None),
    ("de", "Die Preise in der Gastronomie stiegen seit 2021 um gut 30 Prozent, wie Destatis-Daten zeigen.", True, [("year", 2021, None, None), ("percent", 30, "%", "over")], None),
    ("de", "Jeder fünfte Betrieb hat nach einer Umfrage des Branchenverbands die Öffnungszeiten verkürzt oder einen zusätzlichen Ruhetag eingeführt.", True, [("fraction", 0.2, None, None)], None),
    ("de", "Essen gehen wird für viele zum Luxus.", False, [], None),
    # --- Skipässe und Seilbahnen (APA) ---
    ("de", "Salzburg (APA) - Eine Tageskarte im Skigebiet Gasteinertal kostet in der Hauptsaison 2025/26 erstmals 79,50 Euro.", True, [("year", 2025, None, None), ("year", 2026, None, None), ("money", 79.5, "EUR", None)], None),
    ("de", "Ein Sechstagesskipass für Erwachsene kommt auf 398 Euro, um 4,7 Prozent mehr als im Vorwinter.", True, [("duration", 6, "day", None), ("money", 398, "EUR", None), ("percent", 4.7, "%", None)], None),
    ("de", "Die Seilbahnwirtschaft beförderte im vergangenen Winter annähernd 600 Millionen Fahrgäste, teilte die Wirtschaftskammer mit.", True, [("count", 600000000, None, "nearly")], "die Wirtschaftskammer"),
    ("de", "Die Skisaison dauerte in den großen Gebieten im Schnitt 142 Tage.", True, [("duration", 142, "day", None)], None),
    ("de", "Familien mit zwei Kindern zahlen für eine Skiwoche samt Unterkunft schnell mehr als 3.000 Euro.", True, [("count", 2, None, None), ("money", 3000, "EUR", "over")], None),
    ("de", "Skifahren darf kein Luxus für wenige werden.", False, [], None),
    # --- Tourismus in Bayern (dpa) ---
    ("de", "München (dpa) - Bayerns Beherbergungsbetriebe haben im ersten Halbjahr 45,2 Millionen Übernachtungen gemeldet, 2,3 Prozent mehr als ein Jahr zuvor.", True, [("ordinal", 1, None, None), ("count", 45200000, None, None), ("percent", 2.3, "%", None)], None),
    ("de", "Die Zahl der Gästeankünfte wuchs um 3,1 Prozent auf knapp 18 Millionen, wie das Landesamt für Statistik mitteilte.", True, [("percent", 3.1, "%", None), ("count", 18000000, None, "nearly")], "das Landesamt für Statistik"),
    ("de", "Jede zehnte Übernachtung entfiel auf Campingplätze.", True, [("fraction", 0.1, None, None)], None),
    ("de", "Die Städte München und Nürnberg lagen beim Zuwachs mit 5,4 und 4,8 Prozent vorn.", True, [("percent", 5.4, "%", None), ("percent", 4.8, "%", None)], None),
    # --- Reiseanalyse (dpa) ---
    ("de", "Hamburg (dpa) - Die Deutschen haben für ihre Haupturlaubsreise im Vorjahr durchschnittlich 1.424 Euro pro Person ausgegeben.", True, [("money", 1424, "EUR", None)], None),
    ("de", "Die Reisedauer lag bei 12,3 Tagen, eine dreiwöchige Reise unternahm nur noch etwa jeder achte Urlauber.", True, [("duration", 12.3, "day", None), ("duration", 3, "week", None), ("fraction", 0.125, None, "about")], None),
    ("de", "Spanien blieb mit einem Marktanteil von 13,6 Prozent das beliebteste Auslandsziel vor Italien und der Türkei.", True, [("percent", 13.6, "%", None)], None),
    ("de", "Österreich belegte mit 8,1 Prozent Platz vier.", True, [("percent", 8.1, "%", None), ("ordinal", 4, None, None)], None),
    ("de", "„Hier fühlen wir uns einfach wie zu Hause“, erzählte ein Ehepaar aus Bielefeld am Ufer des Wörthersees.", False, [], None),
    # --- Randzeilen ---
    ("de", "Alle Preisangaben ohne Gewähr.", False, [], None),
    ("de", "Weitere Informationen zu Unterkünften und Angeboten gibt es auf der Webseite der Tourismusverbände.", False, [], None),
    ("de", "Ob die Gäste auch im Sommer so zahlreich kommen, hängt nicht zuletzt vom Wetter ab.", False, [], None),
    ("de", "Die Hoteliers hoffen auf einen schneereichen Jänner.", False, [], None),
    # === English ================================================================================
    # --- Inbound tourism to Britain (PA) ---
    ("en", "LONDON (PA) - Overseas residents made 42.6 million visits to the UK last year, spending a record £34.1bn, according to VisitBritain.", True, [("count", 42600000, None, None), ("money", 34100000000, "GBP", None)], "VisitBritain"),
    ("en", "Visit numbers were 4% above 2019 levels, while spending in real terms remained slightly below the pre-pandemic peak.", True, [("percent", 4, "%", None), ("year", 2019, None, None)], None),
    ("en", "The US was again the most valuable inbound market, with 5.3 million visits and £6.9bn of spending.", True, [("count", 5300000, None, None), ("money", 6900000000, "GBP", None)], None),
    ("en", "France was the second-largest source market by visits, followed by Germany and Ireland.", True, [("ordinal", 2, None, None)], None),
    ("en", "Visitors from China numbered about 720,000, still roughly a third below the 2019 figure.", True, [("count", 720000, None, "about"), ("fraction", 0.3333, None, "about"), ("year", 2019, None, None)], None),
    ("en", "The average visit lasted 7.1 nights.", True, [("count", 7.1, None, None)], None),
    ("en", "\"Britain's heritage, culture and warm welcome make it a destination like no other,\" the tourism minister said.", False, [], None),
    ("en", "Visitors are advised to book attractions in advance during the summer holidays.", False, [], None),
    # --- U.S. hotel performance (Reuters) ---
    ("en", "NEW YORK, Jan 22 (Reuters) - U.S. hotel occupancy averaged 62.8% last year, down 0.6 percentage points from 2024, according to STR.", True, [("date", "--01-22", None, None), ("percent", 62.8, "%", None), ("percent", 0.6, "pp", None), ("year", 2024, None, None)], "STR"),
    ("en", "Average daily rate rose 1.1% to $159.74, while revenue per available room was flat at $100.31.", True, [("percent", 1.1, "%", None), ("money", 159.74, "USD", None), ("money", 100.31, "USD", None)], None),
    ("en", "New York City led the top 25 markets with occupancy of 86.4%.", True, [("count", 25, None, None), ("percent", 86.4, "%", None)], None),
    ("en", "Eleven of the 25 largest markets recorded lower occupancy than in 2019.", True, [("count", 11, None, None), ("count", 25, None, None), ("year", 2019, None, None)], None),
    ("en", "Las Vegas posted the steepest decline, with RevPAR down 7.9% as visitor numbers fell for an eighth straight month.", True, [("percent", 7.9, "%", None), ("ordinal", 8, None, None)], None),
    ("en", "Luxury hotels outperformed, with rates at five-star properties up 4.2% on the year.", True, [("count", 5, None, None), ("percent", 4.2, "%", None)], None),
    ("en", "Analysts said the outlook for leisure travel remained clouded by weak consumer confidence.", False, [], None),
    # --- Hotel rates in London and Edinburgh (PA) ---
    ("en", "Hotel room rates in London averaged £187 a night in August, about 19% higher than in the same month of 2019.", True, [("money", 187, "GBP", None), ("percent", 19, "%", "about"), ("year", 2019, None, None)], None),
    ("en", "Occupancy in the capital's hotels hit 88.2% during the three-week run of concerts at Wembley.", True, [("percent", 88.2, "%", None), ("duration", 3, "week", None)], None),
    ("en", "Edinburgh's average rate during the festival climbed to £248, with rooms at several four-star hotels going for more than £600.", True, [("money", 248, "GBP", None), ("count", 4, None, None), ("money", 600, "GBP", "over")], None),
    ("en", "Scotland's tourism levy, charged at 5% of the cost of a room, takes effect in Edinburgh on July 24, 2026.", True, [("percent", 5, "%", None), ("date", "2026-07-24", None, None)], None),
    ("en", "\"Guests were delighted with the view of the castle,\" a hotel manager on Princes Street said.", False, [], None),
    # --- Visitor arrivals to Australia (AAP) ---
    ("en", "SYDNEY, Dec 11 (AAP) - Short-term visitor arrivals to Australia reached 8.1 million in the year to October, the Australian Bureau of Statistics said.", True, [("date", "--12-11", None, None), ("count", 8100000, None, None)], "the Australian Bureau of Statistics"),
    ("en", "That is about 93 per cent of the number recorded in the 12 months before the pandemic.", True, [("percent", 93, "%", "about"), ("duration", 12, "month", None)], None),
    ("en", "New Zealand remained the largest source market with 1.4 million arrivals, while China was second with just over 900,000.", True, [("count", 1400000, None, None), ("ordinal", 2, None, None), ("count", 900000, None, "over")], None),
    ("en", "Arrivals from India rose 11 per cent, pushing the country into fourth place ahead of the UK.", True, [("percent", 11, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "International visitors spent A$38.4 billion in Australia in the 12 months to September, Tourism Research Australia data showed.", True, [("money", 38400000000, "AUD", None), ("duration", 12, "month", None)], None),
    ("en", "Tourism Australia says the industry is \"firing on all cylinders\" heading into summer.", False, [], None),
    # --- U.S. retail sales (Reuters) ---
    ("en", "WASHINGTON, Jan 15 (Reuters) - U.S. retail sales rose 0.7% in December, the Commerce Department said on Wednesday, beating forecasts.", True, [("date", "--01-15", None, None), ("percent", 0.7, "%", None)], "the Commerce Department"),
    ("en", "Economists polled by Reuters had expected sales to increase by 0.4%.", True, [("percent", 0.4, "%", None)], None),
    ("en", "Retail sales jumped 4.1% year-on-year to $735.2 billion.", True, [("percent", 4.1, "%", None), ("money", 735200000000, "USD", None)], None),
    ("en", "Core retail sales, which exclude automobiles, gasoline, building materials and food services, rose 0.5% after an upwardly revised 0.3% gain in November.", True, [("percent", 0.5, "%", None), ("percent", 0.3, "%", None)], None),
    ("en", "Receipts at gasoline stations fell 1.4%, while sales at online retailers surged 2.6%.", True, [("percent", 1.4, "%", None), ("percent", 2.6, "%", None)], None),
    ("en", "Sales at restaurants and bars, the only services category in the report, edged up 0.2%.", True, [("percent", 0.2, "%", None)], None),
    ("en", "Some economists cautioned that the holiday strength might not last into the new year.", False, [], None),
    # --- U.S. holiday season (AP) ---
    ("en", "NEW YORK (AP) — Holiday sales in November and December rose 4.1% to a record $994.1 billion, the NRF said Tuesday.", True, [("percent", 4.1, "%", None), ("money", 994100000000, "USD", None)], "the NRF"),
    ("en", "Online and other non-store sales grew 8.7% to $301.2 billion, the trade group said.", True, [("percent", 8.7, "%", None), ("money", 301200000000, "USD", None)], "the trade group"),
    ("en", "Shoppers spent $14.6 billion online on Cyber Monday alone, up 6.3% from a year earlier, Adobe Analytics data showed.", True, [("money", 14600000000, "USD", None), ("percent", 6.3, "%", None)], None),
    ("en", "About 197 million people shopped in stores or online over the five-day stretch from Thanksgiving to Cyber Monday.", True, [("count", 197000000, None, "about"), ("duration", 5, "day", None)], None),
    ("en", "\"Consumers showed up when it mattered,\" the federation's chief executive said.", False, [], None),
    # --- British retail sales monitor (Reuters) ---
    ("en", "LONDON, Jan 13 (Reuters) - British retail sales rose 3.2% year on year in December, the BRC said, as shoppers returned for last-minute Christmas gifts.", True, [("date", "--01-13", None, None), ("percent", 3.2, "%", None)], "the BRC"),
    ("en", "Food sales grew 4.4%, while non-food sales slipped 0.5% in the five weeks from Nov. 30 to Jan. 3.", True, [("percent", 4.4, "%", None), ("percent", 0.5, "%", None), ("duration", 5, "week", None), ("date", "--11-30", None, None), ("date", "--01-03", None, None)], None),
    ("en", "Over the three months to December, in-store non-food sales fell 1.9%, the weakest since 2021.", True, [("duration", 3, "month", None), ("percent", 1.9, "%", None), ("year", 2021, None, None)], None),
    ("en", "BRC chief executive Laura Pennington said retailers had faced £7bn in extra costs from higher employer taxes and wages.", True, [("money", 7000000000, "GBP", None)], "Laura Pennington"),
    ("en", "Retail is the beating heart of every high street.", False, [], None),
    # --- Grocery market (PA) ---
    ("en", "LONDON (PA) - Grocery price inflation eased to 4.3% in the four weeks to Dec. 28, down from 4.7% a month earlier, Kantar said.", True, [("percent", 4.3, "%", None), ("duration", 4, "week", None), ("date", "--12-28", None, None), ("percent", 4.7, "%", None)], "Kantar"),
    ("en", "Take-home grocery sales hit a record £13.7bn over the period, with shoppers spending £1.4bn on Dec. 23 alone.", True, [("money", 13700000000, "GBP", None), ("money", 1400000000, "GBP", None), ("date", "--12-23", None, None)], None),
    ("en", "Sales of premium own-label ranges rose 15.6%, said Tom Hadley, head of retail and consumer insight at Kantar.", True, [("percent", 15.6, "%", None)], "Tom Hadley"),
    ("en", "Discounter Brenmart lifted its market share by 0.8 percentage points to 11.2%, its highest ever.", True, [("percent", 0.8, "pp", None), ("percent", 11.2, "%", None)], None),
    ("en", "Nearly one in five households bought a ready-made Christmas dinner kit.", True, [("fraction", 0.2, None, "nearly")], None),
    ("en", "Households face an extra £380 a year on groceries if prices keep rising at the current rate, according to Kantar.", True, [("money", 380, "GBP", None)], "Kantar"),
    ("en", "Shoppers are clearly feeling the pinch.", False, [], None),
    # --- UK retail sales (PA) ---
    ("en", "Retail sales volumes fell by 0.4% in November, the Office for National Statistics said, after a 0.6% rise in October.", True, [("percent", 0.4, "%", None), ("percent", 0.6, "%", None)], "the Office for National Statistics"),
    ("en", "Volumes were 1.9% below their pre-pandemic level in February 2020.", True, [("percent", 1.9, "%", None), ("year", 2020, None, None)], None),
    ("en", "Online spending accounted for 27.6% of all retail sales, up from 26.8% a year earlier.", True, [("percent", 27.6, "%", None), ("percent", 26.8, "%", None)], None),
    ("en", "In the three months to November, sales volumes rose 0.9% compared with the previous three months, the ONS said.", True, [("duration", 3, "month", None), ("percent", 0.9, "%", None), ("duration", 3, "month", None)], "the ONS"),
    ("en", "Sales values, which are not adjusted for price changes, increased 2.8% on the year.", True, [("percent", 2.8, "%", None)], None),
    ("en", "Retail sales figures can be volatile and are often revised.", False, [], None),
    # --- Shopping-basket prices (PA) ---
    ("en", "A 250g block of butter cost an average of £2.47 in December, up from £1.88 two years earlier, ONS price data show.", True, [("count", 250, None, None), ("money", 2.47, "GBP", None), ("money", 1.88, "GBP", None), ("duration", 2, "year", None)], None),
    ("en", "A pint of semi-skimmed milk averaged 67p, while a four-pint bottle cost £1.62.", True, [("money", 0.67, "GBP", None), ("count", 4, None, None), ("money", 1.62, "GBP", None)], None),
    ("en", "The price of an 800g white sliced loaf rose 4p to £1.46.", True, [("count", 800, None, None), ("money", 0.04, "GBP", None), ("money", 1.46, "GBP", None)], None),
    ("en", "A dozen medium free-range eggs cost £3.38, nearly a quarter more than in 2023.", True, [("count", 12, None, None), ("money", 3.38, "GBP", None), ("fraction", 0.25, None, "nearly"), ("year", 2023, None, None)], None),
    ("en", "Chocolate prices have climbed by more than 17 per cent in a year as cocoa costs soared.", True, [("percent", 17, "%", "over")], None),
    ("en", "Beef mince has risen by almost a fifth, to £4.95 per kilo.", True, [("fraction", 0.2, None, "nearly"), ("money", 4.95, "GBP", None)], None),
    ("en", "\"Every trip to the supermarket feels like a shock,\" a shopper in Leeds said.", False, [], None),
    # --- U.S. egg and food prices (AP) ---
    ("en", "WASHINGTON (AP) — The average price of a dozen Grade A large eggs fell to $3.59 in December, the Bureau of Labor Statistics said.", True, [("count", 12, None, None), ("money", 3.59, "USD", None)], "the Bureau of Labor Statistics"),
    ("en", "That is down from a record $6.31 in March, when bird flu outbreaks forced farmers to cull millions of hens.", True, [("money", 6.31, "USD", None)], None),
    ("en", "Wholesale prices in the Midwest dropped to about $2.10 per dozen this month, according to Vantrell.", True, [("money", 2.1, "USD", "about")], "Vantrell"),
    ("en", "Grocery prices overall rose 2.4% over the 12 months through December.", True, [("percent", 2.4, "%", None), ("duration", 12, "month", None)], None),
    ("en", "Coffee prices jumped 19.8% and beef 16.4%, the biggest annual gains in more than a decade.", True, [("percent", 19.8, "%", None), ("percent", 16.4, "%", None)], None),
    # --- Footfall and shop closures (PA) ---
    ("en", "UK footfall fell 2.1% in December compared with a year earlier, according to Trackwell.", True, [("percent", 2.1, "%", None)], "Trackwell"),
    ("en", "Boxing Day visits to high streets were down 4.6%, while retail parks drew 1.3% more shoppers than in 2024.", True, [("percent", 4.6, "%", None), ("percent", 1.3, "%", None), ("year", 2024, None, None)], None),
    ("en", "Under 40% of independent shops opened on Boxing Day, compared with 52% in 2019.", True, [("percent", 40, "%", "under"), ("percent", 52, "%", None), ("year", 2019, None, None)], None),
    ("en", "A net 6,945 shops disappeared from Britain's high streets last year, roughly 19 a day, research by PwC found.", True, [("count", 6945, None, None), ("count", 19, None, "about")], None),
    ("en", "The shop vacancy rate stood at 13.8% in the fourth quarter, the BRC said.", True, [("percent", 13.8, "%", None), ("ordinal", 4, None, None)], "the BRC"),
    ("en", "Fashion chain Pelham & Rowe will close 37 of its 190 stores by the end of March, putting about 900 jobs at risk.", True, [("count", 37, None, None), ("count", 190, None, None), ("count", 900, None, "about")], None),
    ("en", "The high street is not dead, it is changing.", False, [], None),
    # --- Christmas trading updates (Reuters) ---
    ("en", "LONDON, Jan 8 (Reuters) - Supermarket group Fairmead said like-for-like sales excluding fuel rose 3.7% in the 12 weeks to Jan. 4, its strongest Christmas in four years.", True, [("date", "--01-08", None, None), ("percent", 3.7, "%", None), ("duration", 12, "week", None), ("date", "--01-04", None, None), ("duration", 4, "year", None)], None),
    ("en", "The company said it sold 1.9 million turkeys, 40 million mince pies and enough sprouts to stretch 600 miles.", True, [("count", 1900000, None, None), ("count", 40000000, None, None), ("count", 600, None, None)], "the company"),
    ("en", "Fairmead kept its full-year profit guidance of between £1.4 billion and £1.5 billion.", True, [("money", 1400000000, "GBP", None), ("money", 1500000000, "GBP", None)], None),
    ("en", "Department store Wexley reported a 2.2% fall in sales over the six-week festive period, blaming cautious spending on big-ticket items.", True, [("percent", 2.2, "%", None), ("duration", 6, "week", None)], None),
    ("en", "Its shares fell as much as 11% in early trading.", True, [("percent", 11, "%", "up_to")], None),
    ("en", "Fairmead said it would freeze prices on hundreds of everyday lines until the spring.", True, [], None),
    ("en", "\"Customers waited for the bargains and then pounced,\" the retailer's boss told reporters.", False, [], None),
    # --- Australian retail trade (AAP) ---
    ("en", "SYDNEY, Jan 9 (AAP) - Australian retail turnover rose 1.3 per cent in November, boosted by Black Friday discounting, the Australian Bureau of Statistics said.", True, [("date", "--01-09", None, None), ("percent", 1.3, "%", None)], "the Australian Bureau of Statistics"),
    ("en", "Turnover was 3.8 per cent higher than a year earlier at A$37.6 billion.", True, [("percent", 3.8, "%", None), ("money", 37600000000, "AUD", None)], None),
    ("en", "Household goods retailing led the gains, up 3.2 per cent, while cafes, restaurants and takeaway food services rose 0.1 per cent.", True, [("percent", 3.2, "%", None), ("percent", 0.1, "%", None)], None),
    ("en", "Shoppers were expected to spend close to A$70 billion in the six weeks to Christmas Eve, an industry forecast showed.", True, [("money", 70000000000, "AUD", "nearly"), ("duration", 6, "week", None)], None),
    ("en", "Retailers are hoping the momentum carries into the new year.", False, [], None),
    # --- Visitors to Japan (Reuters) ---
    ("en", "TOKYO, Jan 21 (Reuters) - Japan welcomed a record 40.2 million foreign visitors last year, government data showed.", True, [("date", "--01-21", None, None), ("count", 40200000, None, None)], None),
    ("en", "South Korea was the largest source of visitors with 9.4 million, followed by China with 9.1 million and Taiwan with 6.8 million.", True, [("count", 9400000, None, None), ("count", 9100000, None, None), ("count", 6800000, None, None)], None),
    ("en", "Foreign visitors spent 9.5 trillion yen, up nearly 17% from the previous year.", True, [("money", 9500000000000, "JPY", None), ("percent", 17, "%", "nearly")], None),
    ("en", "The government aims to attract 60 million visitors a year by 2030.", True, [("count", 60000000, None, None), ("year", 2030, None, None)], None),
    ("en", "Crowds of tourists jostled for photos beneath the lanterns in Gion.", False, [], None),
    # --- Thanksgiving travel (AP) ---
    ("en", "AAA projected that a record 81.8 million people would travel at least 50 miles from home over the Thanksgiving period.", True, [("count", 81800000, None, None), ("count", 50, None, "at_least")], None),
    ("en", "About 73 million of them were expected to go by car.", True, [("count", 73000000, None, "about")], None),
    ("en", "Travelers should leave early and pack their patience.", False, [], None),
    # --- Dublin hotels (Reuters) ---
    ("en", "DUBLIN, Oct 15 (Reuters) - Hotel prices in Dublin averaged €213 a night in August, 6% higher than a year earlier, the CSO said.", True, [("date", "--10-15", None, None), ("money", 213, "EUR", None), ("percent", 6, "%", None)], "the CSO"),
    ("en", "Almost two-thirds of hotel rooms in the city were occupied on weeknights, while weekend occupancy topped 90 per cent.", True, [("fraction", 0.6667, None, "nearly"), ("percent", 90, "%", None)], None),
    ("en", "The CSO said hotel prices outside the capital were broadly unchanged.", True, [], "the CSO"),
    ("en", "About 4,700 of the city's hotel rooms are used to house asylum seekers and homeless families, according to the Irish Hotels Federation.", True, [("count", 4700, None, "about")], None),
    ("en", "\"Dublin risks pricing itself out of the market,\" the federation's president warned.", False, [], None),
    # --- Christmas budgets (PA) ---
    ("en", "Britons planned to spend an average of £672 each on Christmas this year, down from £698 last year, a Barclays survey found.", True, [("money", 672, "GBP", None), ("money", 698, "GBP", None)], None),
    ("en", "Two in five shoppers said they would cut back on gifts, and 28% planned to buy more second-hand presents.", True, [("fraction", 0.4, None, None), ("percent", 28, "%", None)], None),
    ("en", "Spending on food and drink for the festive season was put at £243 per household.", True, [("money", 243, "GBP", None)], None),
    # --- Food inflation in Britain (Reuters) ---
    ("en", "LONDON, Feb 18 (Reuters) - UK food and non-alcoholic drink inflation rose to 4.5% in January from 4.2% in December, the ONS said.", True, [("date", "--02-18", None, None), ("percent", 4.5, "%", None), ("percent", 4.2, "%", None)], "the ONS"),
    ("en", "It was the fourth consecutive monthly increase in food inflation.", True, [("ordinal", 4, None, None)], None),
    ("en", "Headline consumer price inflation held at 3.0%, well above the Bank of England's 2% target.", True, [("percent", 3.0, "%", None), ("percent", 2, "%", None)], None),
    ("en", "Anyone struggling to afford food should contact their local food bank or council.", False, [], None),
    # --- Holiday lets in Cornwall (PA) ---
    ("en", "Holiday lets in Cornwall were booked for an average of 21.5 weeks last year, down from 24 weeks in 2023.", True, [("duration", 21.5, "week", None), ("duration", 24, "week", None), ("year", 2023, None, None)], None),
    ("en", "A seven-night stay in a sea-view cottage in St Ives in August cost upwards of £1,800.", True, [("count", 7, None, None), ("money", 1800, "GBP", "over")], None),
    ("en", "Pitches at the county's campsites cost £28 to £55 a night in peak season.", True, [("money", 28, "GBP", None), ("money", 55, "GBP", None)], None),
    ("en", "Holiday lets make up well over a tenth of the housing stock in some coastal parishes.", True, [("fraction", 0.1, None, "over")], None),
    ("en", "Cornwall really is the jewel in Britain's holiday crown.", False, [], None),
    # --- Notes ---
    ("en", "Figures are not seasonally adjusted.", False, [], None),
    ("en", "This story has been corrected to show the survey was conducted online.", False, [], None),
    ("en", "Prices shown are the lowest available and may change without notice.", False, [], None),
    ("en", "For more travel inspiration, visit the VisitBritain website.", False, [], None),
    ("en", "Whether the spending spree lasts beyond January remains to be seen.", False, [], None),
]
