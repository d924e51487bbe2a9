"""Four-hundred-and-seventy-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Every person is made up, and no real
politician or office-holder is named: holders of real offices appear under made-up names
that stand for no real holder (Austria's finance minister and social affairs minister,
Germany's building minister, Britain's chancellor and shadow chancellor, the director of the
Institute for Fiscal Studies, a U.S. congressman and congresswoman, a county's emergency
management director) or by their role only („Die Nationalratspräsidentin“, „der Minister“,
"the chancellor", "Treasury secretary", „ein Geologe des Kantons“), and so do every unnamed
official, trader, economist, firefighter, resident and fan.

Names: Leopold Haselsteiner-Kopp, Verena Pöltl-Ramsauer, Sabine Quadflieg-Roth, Henrike
Dellbrügge-Amani, Torsten Hagedorn-Brill, Ulrike Sandhövel-Marx, Achim Kowalewski-Rupp,
Jonas Feldkamp-Ilić, Nando Gisler-Amrein, Reto Aebischer-Kunz, Marco Bützberger-Tanner,
Florian Mitterhuber-Nagl, Casper Holmgaard-Ryan, Brandstätter-Hoxha, Doblhofer-Sané,
Kreuzeder-Mlinar, Milan Ostrowski-Behr, Lennart Vogelsang-Adu, Kofi Amankwah-Reese, Jannik
Oberhausen-Tiede, Elias Brügmann-Okeke and Ruben Kaltenbach-Sierra; Miriam Ashdown-Pryce,
Gideon Halloway-Frost, Paul Rennick-Shaw, Dana Whitcombe-Ruiz, Sharon Kettleby-Ames, Joel
Marchbank-Ito, Tom Ashwell-Grady, Lorna Castellanos-Pike, Harriet Linwood-Achebe, Priya
Halvorsen-Kaur, Kevin Doughty-Marr, Okafor-Lund, Moura-Sequeira, Vasco Albuquerque-Neves,
Thackeray-Voss, Stuart Pennington-Adair, Jalen Whitfield-Osei, Marcus Ellery-Bryant, Mathis
Leclerc-Barrow and Rémi Dufresne-Hart are invented, and so are the firms (Kornhaus Logistik,
Elbwerth Research, Wendhausen, Rheinufer Bank, Pelham Stores, Keystone & Western, Greystone
Homes, Corbridge Securities, Ashgrove Wealth, Brentmoor Foods). Real states, bodies,
parties, clubs, leagues, indices, media, roads and places (dpa, dpa/lnw, dpa-AFX, Reuters,
APA, Keystone-SDA, awp, Wien, Nationalrat, Parlamentskorrespondenz, ÖVP, SPÖ, FPÖ, Statistik
Austria, Wiener Linien, U2, Hallstatt, Berlin, Bundeskabinett, SPD, Hamburg, MDax, Duisburg,
Hochfeld, Wanheimerort, Hochheide, Düsseldorf, Warn-App Nina, Stuttgart, Heilbronn, Zwickau,
Gurtnellen, Kanton Uri, Kantonspolizei Uri, Autobahn A2, Gotthard, Gotthard-Passstrasse,
San-Bernardino-Route, Bundesamt für Strassen, Frankfurt, Dax, SDax, ATX, SMI, Brent,
National League, ZSC Lions, HC Davos, Erste Bank Open, ÖFB-Cup, SV Ried, Austria Wien,
DFB-Pokal, SC Freiburg, Hamburger SV, Europa-Park-Stadion, Wiesbaden, Destatis, Nürnberg,
Bundesagentur für Arbeit, EZB, Bochum, VfL Bochum, Borussia Dortmund; London, the Office for
National Statistics, the ONS, the House of Commons, the Office for Budget Responsibility,
the OBR, the Institute for Fiscal Studies, the Treasury, the NHS, National Insurance, the
FTSE 100, the GMB union, Wigan, New York, Wall Street, the S&P 500, the Nasdaq, the Dow
Jones Industrial Average, the Federal Reserve, the Mortgage Bankers Association, the MBA,
the EIA, Washington, the House, the Senate, the Congressional Budget Office, the House
Financial Services Committee, Altoona, Blair County, Pittsburgh, Harrisburg, the National
Transportation Safety Board, the ECB, Newcastle, Benfica, St James' Park, the Champions
League, UEFA, the Boston Celtics, the New York Knicks, the Toronto Maple Leafs, the Montreal
Canadiens, the NHL, Bloomberg's asterisk, Dow Jones, AP, PA and the datelines' cities) stand
for the way wire copy names them; every print, forecast, rate, level, price, result, tally,
time, toll, sum, age, date, correction and quote here is invented, and where a real figure
came to mind (a real budget total, a real deficit or debt ratio, a real pension increase, a
real borrowing figure, a real tax burden, a real index level, a real mortgage rate, a real
crowd) it was changed.

Its weight: HEADLINES, FLASHES AND TICKERS, fourteenth round (the hundred-eighty-second,
two-hundred-and-twenty-eighth, two-hundred-and-sixty-sixth, two-hundred-and-eighty-second,
two-hundred-and-ninety-ninth, three-hundred-and-fourteenth, three-hundred-and-thirty-third,
three-hundred-and-fifty-sixth, three-hundred-and-eightieth, four-hundred-and-sixth,
four-hundred-and-thirtieth, four-hundred-and-fifty-third and four-hundred-and-sixty-first
batches were the first thirteen, the thirty-second and forty-third weighed flashes, tickers
and short forms before them, and their decisions are kept; where the hundred-eighty-second
and the two-hundred-and-twenty-eighth differ, the two-hundred-and-twenty-eighth's reading is
kept, as the eleven later rounds kept it) - one made-up wire day, Wednesday, October 26,
2033, weighed this time for the news agencies' service lines rather than for one desk's
topics: headlines with and without figures; breaking flashes (dpa's „Eil +++ ... +++“,
Keystone-SDA's „EIL:“, „Reuters-Eilmeldung:“, AP's "BREAKING:", Reuters' "URGENT-",
Bloomberg's asterisk, flashes in capitals); live tickers with time stamps (APA's „09.02
Uhr:“ on the Austrian budget speech, dpa's „[11:42]“ on a fire in Duisburg, PA's "12.31pm:"
on the British Budget, AP's "10:15 a.m. EDT —" on a derailment in Pennsylvania, dpa's „19.
Min.:“ on a cup tie, PA's "61 min:" on a Champions League game); agenda and schedule lines
(dpa's middle-dot Termine for Wednesday and Thursday, Reuters' economic calendar, AP's
Daybook); summary bullets („Das Wichtigste in Kürze:“ with „•“, „Die Zahlen im Überblick:“
with „–“, PA's "Key points from the Budget:" with "- "); correction and clarification lines
(„KORREKTUR:“ after a „Reuters-Eilmeldung:“ with the wrong figure, "CORRECTED-" after a
first headline with the wrong figure, „Berichtigung:“, "Correction:", "Clarification:", a
repeat note, a correction tag in brackets, and a fire brigade's own revision of its count in
a ticker entry); market tickers (the Dax flash at the open, the close in Frankfurt, Vienna,
Zurich, London and New York, the middle-dot index row, the euro, oil, gold, U.S. crude
stocks); and sports tickers and results lines (the DFB-Pokal, the ÖFB-Cup, Swiss ice hockey,
tennis in Vienna, the Champions League, the NBA and the NHL). In story order as the desks
file them, the German and English stories interleaved, each row one headline or one line as
sent. Half German (German, Austrian and Swiss services: dpa with its Tagesvorschau, Termine,
a Newsblog and the cup ticker; dpa-AFX with a results flash in capitals, „Die Zahlen im
Überblick:“, "Kursziel:", "DAX-FLASH:", "Aktien Frankfurt Eröffnung:", "Aktien Frankfurt
Schluss:", "Devisen:" and "Ölpreise:"; Reuters German with an Eilmeldung and its KORREKTUR;
APA with the budget speech ticker and bullets, "Kurz gemeldet:", "Aktien Wien Schluss:",
tennis and the cup, Austrian „heuer“, „Jänner“, „Pensionistinnen und Pensionisten“, „nur
mehr“; Keystone-SDA with a rockfall and ice hockey, Swiss „gross“, „gemäss“, „Strassen“,
„17'000“ and „4000“; awp with "Aktien Schweiz Schluss:" and „12'734“; German „“ quotes).
Half English (US and UK services: Reuters with "URGENT-", "UPDATE 2-", "CORRECTED-", "US
STOCKS-", "GOLD-", "OIL-", "Soccer-", flashes in capitals and its economic calendar;
Bloomberg's asterisk; Dow Jones-style headlines in headline case; AP with "BREAKING:", "The
Latest:", EDT stamps, a House vote, the Daybook, the NBA and the NHL; PA with the Budget
live blog and its key points, the FTSE close and a Champions League minute-by-minute; UK
"£4.2bn", "3p a litre", "2034-35", US "$18.2B", "Dec. 16", "R-Ohio"). Speakers as such copy
has them - „teilte ... mit“, „wie ... mitteilte“, „sagte X“ with the title dropped, "said",
"told analysts", "said X, director of ...", "Rep. X, R-Ohio, said" - never in a headline, a
flash, a results line or a present-tense ticker entry, and beside them the forms left
unchecked. About a quarter negatives as such copy has them: headings, frames and filler,
summary and key-point lead-ins, commentary, opinion and ratings labels, teasers and teaser
questions, correction, clarification and repeat notes naming no figure, labels and quotes of
rhetoric, chamber colour, scene and mood lines, advice, a warning and an expectation without
a figure, and traders' mood - none of them carrying a figure, each near a check-worthy
look-alike from the same story.

239 rows (121 German, 118 English), 56 negatives (30 German, 26 English), 183 check-worthy
rows of which 32 carry no figure (19 German, 13 English), 283 expected quantities (78
counts, 56 percentages - 54 in "%", 2 in basis points "bp" -, 52 ordinals, 50 amounts of
money - 18 EUR, 16 GBP, 16 USD -, 20 years, 18 durations - 6 in years, 5 in minutes, 4 in
weeks, 2 in hours, 1 in days -, 9 dates - 1 with a year, 8 without -; 35 of them hedged: 23
"about", 3 "over", 3 "under", 2 "at_least", 2 "nearly", 1 "up_to", 1 "at_most"; none of them
in a negative), 37 checked speakers (17 German, 20 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one line as sent and is judged alone (sixteenth; thirty-second, forty-third and
  the thirteen earlier rounds). A headline with or without a verb that states an event or a
  figure is check-worthy with its figures: „Budgetrede im Nationalrat: Defizit soll 2034 auf
  2,9 Prozent sinken“ the year and 2.9, „Kornhaus-Aktie springt vorbörslich um 8 % an –
  Spitze im MDax“ 8, "Pelham Stores Shares Slide 6% as Cautious Holiday Outlook Overshadows
  Profit Beat" 6 (headline case read as lower case, four-hundred-and-fifty-third), "House
  Passes Stopgap Spending Bill 219-208, Sending It to the Senate" 219 and 208 (a vote's
  tallies counts, four-hundred-and-sixty-first: "52-47 Vote"), "UPDATE 2-UK's Ashdown-Pryce
  raises taxes by 19 billion pounds a year in first Budget" 19 billion GBP and ordinal 1 ("a
  year" none), "Budget: Ashdown-Pryce freezes income tax thresholds until 2036 and puts 3p
  on fuel duty" the year and 0.03 GBP ("Budget:" a topic slug, three-hundred-and-fourteenth;
  pence as "412p", four-hundred-and-fifty-third), "BREAKING: House passes stopgap bill to
  keep the government open through Dec. 16" --12-16. New: "Soccer-Thackeray-Voss header in
  stoppage time gives Newcastle win over 10-man Benfica" gives 10 - a figure heading a
  hyphenated compound is counted, as "a five-story parking garage"
  (four-hundred-and-thirtieth) and "A 140-mile stretch" (four-hundred-and-fifty-third).
  Without a figure: „Eil +++ Großbrand in Recyclinghalle in Duisburg – Warnung für mehrere
  Stadtteile +++“, „EIL: Felssturz bei Gurtnellen – Autobahn A2 am Gotthard gesperrt“ („A2“
  a road, none, four-hundred-and-sixty-first: „A5“), "BREAKING: Freight train derails near
  Altoona, Pennsylvania; nearby residents told to evacuate", "The Latest: Derailed tank cars
  carried vinyl chloride, railroad says" (the present "says" unchecked), „Tennis:
  Mitterhuber-Nagl zieht in Wien ins Viertelfinale ein“, „DFB-Pokal: Freiburg dreht Spiel
  gegen den HSV und steht im Achtelfinale“, „ÖFB-Cup: Austria Wien nach Verlängerung im
  Achtelfinale“ (a verbless headline stating the event, as „Westerkamp im Halbfinale“,
  four-hundred-and-fifty-third), "US STOCKS-Wall Street edges higher as Treasury yields
  ease; Pelham drags on retailers", „Aktien Frankfurt Eröffnung: Dax startet fester –
  Kornhaus an der MDax-Spitze“. A source after a headline's closing dash stays unchecked ("-
  ONS", "- MBA", "- EIA"; two-hundred-and-twenty-eighth).
- Flash, urgency, version and desk slugs carry nothing and the line is judged on what
  follows them (thirty-second, forty-third and the thirteen rounds): „Eil +++ ... +++“,
  „EIL:“ (hundred-eighty-second), „Reuters-Eilmeldung:“ (two-hundred-and-eighty-second,
  two-hundred-and-ninety-ninth), "BREAKING:", "URGENT-" (hundred-eighty-second,
  two-hundred-and-twenty-eighth), "UPDATE 2-", "US STOCKS-", "GOLD-", "OIL-", "Soccer-",
  "The Latest:" (four-hundred-and-thirtieth), „Kurz gemeldet:“
  (two-hundred-and-eighty-second), „Tennis:“ heading a brief as „Radsport:“ and
  „Basketball:“ (four-hundred-and-sixty-first), "Kursziel:", "DAX-FLASH:", "Aktien Frankfurt
  Eröffnung:", "Aktien Frankfurt Schluss:", "Aktien Wien Schluss:", "Aktien Schweiz
  Schluss:", "Devisen:", "Ölpreise:" and Bloomberg's asterisk (four-hundred-and-sixth). New:
  a flash whose figure a later correction replaces is check-worthy with its own figure -
  „Reuters-Eilmeldung: Autozulieferer Wendhausen streicht rund 1.300 Stellen in Deutschland“
  1,300 "about" and "Brentmoor Foods to shut Wigan plant, cutting 240 jobs" 240: each row is
  judged alone, the line as sent states a checkable fact, and that it was wrong is known
  only from another row, as a doctored figure and the original each keep their label
  (hundred-thirty-sixth).
- Corrections: the headline rounds' reading is kept (the two-hundred-and-twenty-eighth's
  majority reading, kept by the two-hundred-and-sixty-sixth, two-hundred-and-eighty-second
  and two-hundred-and-ninety-ninth). A „KORREKTUR:“ or "CORRECTED-" headline is judged as it
  now stands: „KORREKTUR: Autozulieferer Wendhausen streicht rund 1.200 Stellen in
  Deutschland“ 1,200 "about", "CORRECTED-Brentmoor Foods to shut Wigan plant, cutting 420
  jobs" 420. Correction, clarification and repeat notes and correction tags are desk lines
  and negatives; as the brief for these batches asks negatives to carry no figure, these
  name none (four-hundred-and-seventy-third: a correction tag "naming no figure"):
  "(Corrects figure for jobs lost in headline and lead)", „(In einer früheren Fassung war
  die Zahl der wegfallenden Stellen zu hoch angegeben.)“, "Correction: The GMB organiser's
  surname was misspelled in a previous version of this story.", „(Wiederholung mit
  korrigierter Ortsangabe im Vorspann)“ (two-hundred-and-ninety-ninth: „(Wiederholung mit
  korrigierter Überschrift)“), "Clarification: The evacuation order applied only to homes
  east of the tracks; ..." (two-hundred-and-twenty-eighth: "Clarification: The figures in
  this story cover England only; ..."). New: a „Berichtigung:“ line that names the right
  place - „Berichtigung: In einer früheren Fassung dieser Meldung war der Stadtteil falsch
  angegeben; der Brand brach in Hochfeld aus, nicht in Hochheide.“ - stays a negative, as
  the headline rounds' Berichtigung lines that named the right figure
  (two-hundred-and-twenty-eighth: the bridge's 68 metres; two-hundred-and-eighty-second: 98
  Ja-Stimmen); the reading of the fact-check rounds (hundred-ninety-first,
  two-hundred-and-thirty-sixth, four-hundred-and-seventy-third: a correction stating the
  right fact is check-worthy) stays with a fact-check desk's correction of its own check and
  is not carried over to the wires' service notes. A source's own revision reported in the
  copy is an act of record and check-worthy with its figures
  (two-hundred-and-twenty-eighth): „[15:05] Die Feuerwehr korrigiert die Zahl der Verletzten
  auf vier – drei Personen waren doppelt gezählt worden.“ 4 and 3, beside „[13:20]
  Mindestens sieben Menschen sind leicht verletzt worden, ...“ 7 "at_least".
- Live-ticker entries (thirty-second, two-hundred-and-twenty-eighth and the latest rounds):
  the stamp carries none and the entry is judged as a sentence. New: APA's stamp with a dot
  clock and „Uhr:“ („09.02 Uhr:“, „10.17 Uhr:“) carries nothing, as dpa's „09:04 Uhr –“
  (four-hundred-and-sixty-first) and „+++ 9.58 Uhr +++“ (three-hundred-and-fifty-sixth);
  dpa's „[11:42]“ (four-hundred-and-thirtieth), PA's "12.31pm:" and "1.06pm:"
  (four-hundred-and-sixty-first: "11.42am:") and AP's "10:15 a.m. EDT —"
  (four-hundred-and-thirtieth: "11:42 a.m. EDT —") likewise. Acts, schedules and figures are
  check-worthy: „Die Nationalratspräsidentin eröffnet die Sitzung, ...“ without a figure,
  „Für die Rede sind bis zu 75 Minuten angesetzt.“ 75 minutes "up_to"
  (four-hundred-and-sixty-first: „für die Debatte sind 90 Minuten angesetzt“), „... das
  Defizit bis 2035 unter drei Prozent des BIP zu drücken“ the year and 3 "under", „Pensionen
  unter 2.100 Euro brutto“ 2,100 EUR "under", „heuer noch 1,8 Mrd. Euro ..., 2034 nur mehr
  1,1 Mrd. Euro“ both EUR and the year („nur mehr“ no hedge, as „nur noch“,
  four-hundred-and-thirtieth), "rises to deliver her first Budget as chancellor" ordinal 1,
  "Fuel duty goes up by 3p a litre from next April - the first rise since 2011." 0.03 GBP,
  ordinal 1 and the year ("a litre" none as "a barrel"; four-hundred-and-fifty-third: "FIRST
  CUT SINCE JUNE 2032"), "an extra £4.2bn in 2034-35" 4.2 billion GBP and 2034 (the fiscal
  year's first year, four-hundred-and-second: "in 2030-31"), "sits down after 62 minutes",
  "within a 1-mile radius" 1 (ninety-ninth: "a 2-mile radius"), "at least five of the
  derailed cars" 5 "at_least", „Knapp 900 Anwohner“ "nearly", and the reported absences
  "There are no reports of injuries, ..." and „Messungen hätten keine erhöhten
  Schadstoffwerte ergeben, ...“ without a figure (three-hundred-and-fifty-sixth,
  four-hundred-and-thirtieth). New: „Der Minister beendet seine Rede nach 73 Minuten, die
  Regierungsbank applaudiert.“ is check-worthy with 73 minutes - the act and its length
  carry the line, and applause written beside them makes it no colour line, while applause
  or heckles alone stay negatives (four-hundred-and-sixty-first). Speakers of ticker entries
  in the present stay unchecked (four-hundred-and-sixty-first: „sagt sie“, "says"): „kündigt
  an“, "She says", "the chancellor says", "the county's emergency management agency says",
  "The railroad says" and, new, the present „teilt die Stadt mit“, unchecked as the present
  „sagt“; the past „teilte ... mit“ in an entry was checked (four-hundred-and-thirtieth),
  and this batch writes none into an entry. Negatives: the frames („+++ Budgetrede im
  Nationalrat – der Liveticker +++“, „+++ Großbrand in Duisburg – alle Entwicklungen im
  Newsblog +++“, "Live: The Budget - follow the chancellor's statement as it happens", „+++
  DFB-Pokal: ... – der Liveticker +++“, "Live: Newcastle v Benfica in the Champions League -
  minute by minute"), the filler („10.20 Uhr: Die Sitzung ist unterbrochen, wir melden uns
  ...“, „[17:15] Wir aktualisieren diesen Blog laufend.“, "1.20pm: Stay with us - ..."), a
  quote of rhetoric behind a stamp („09.20 Uhr: „Wir haben zu lange über unsere Verhältnisse
  gelebt“, sagt der Minister.“), chamber colour („09.40 Uhr: Zwischenrufe und Gelächter aus
  den Reihen der FPÖ.“, "12.55pm: Groans and jeers from the opposition benches - ..."),
  scene and mood lines („[11:42] Die Rauchsäule ist kilometerweit zu sehen, ...“, "12:05
  p.m. EDT — Crews in hazmat suits walk ...", „Die Freiburger wirken nach dem Rückstand
  völlig verunsichert.“, „Was für ein Pokalabend, ...“, "St James' Park is absolutely
  rocking now.") and advice („[12:34] Anwohner sollen Fenster und Türen geschlossen halten
  ...“; four-hundred-and-thirtieth).
- Summary bullets (factbox bullets: thirty-fourth, hundred-eighty-second,
  two-hundred-and-twenty-eighth, four-hundred-and-sixth): each bullet is a check-worthy row,
  the marker („•“, „–“, "- ") and the label before a colon carry nothing, and the lead-in is
  a negative („Das Wichtigste in Kürze:“, thirty-second; „Die Zahlen im Überblick:“,
  four-hundred-and-sixth: „Die Beschlüsse der EZB im Überblick:“). New: PA's "Key points
  from the Budget:" heads the key points and is a negative as "What we know so far:"
  (thirty-second); "What we know about the Altoona derailment" is a heading as "What we know
  so far about the tornado outbreak" (four-hundred-and-sixth). New: „heuer:“ heading a
  bracket labels this year's figure as "(bisher: ...)" (three-hundred-and-fifty-sixth,
  four-hundred-and-sixth) and "(Vj.: ...)" (four-hundred-and-thirtieth) do, and gives no
  year: „• Defizit 2034: 2,9 Prozent des BIP (heuer: 3,6 Prozent)“ the year, 2.9 and 3.6. „•
  Schuldenquote: rund 84 Prozent“ 84 "about", „• Pensionserhöhung: 2,4 Prozent, für kleine
  Pensionen 3,0 Prozent“ both, „• Einsparungen: 6,3 Mrd. Euro über zwei Jahre“ 6.3 billion
  EUR and 2 years ("über" before a span no hedge, two-hundred-and-twenty-eighth), „– Umsatz:
  3,94 Mrd. Euro (Vj.: 3,71 Mrd.)“ both EUR (the currency written once serving the bracket,
  four-hundred-and-thirtieth), „– Ebit: 288 Mio. Euro, Marge 7,3 Prozent“, „– Beschäftigte:
  rund 41.000 in 58 Ländern“ 41,000 "about" and 58, "- Tax thresholds held at current levels
  for three more years, to April 2036" 3 years and the year ("more" no hedge), "- Fuel duty
  up 3p a litre from April" 0.03 GBP, "- Extra £4.2bn for the NHS in England", "- Growth
  forecast for next year raised to 1.4% from 1.1%" both ("to ... from" no range,
  hundred-ninety-first).
- Agenda and schedule lines (two-hundred-and-twenty-eighth and the later rounds) are
  check-worthy as scheduled events, with or without a figure; the clocks carry none and the
  middle dot nothing (four-hundred-and-thirtieth): „09:00 Uhr · Wien · Nationalrat:
  Budgetrede des Finanzministers zum Bundesvoranschlag 2034“ the year, „11:00 Uhr · Berlin ·
  Kabinett, u. a. zur Verlängerung der Mietpreisbremse“, „08:00 Uhr · Wiesbaden · Destatis:
  Außenhandel September“, „10:00 Uhr · Nürnberg · Bundesagentur für Arbeit:
  Arbeitsmarktzahlen Oktober“, „14:15 Uhr · Frankfurt · EZB: Zinsbeschluss des Rats, 14:45
  Uhr Pressekonferenz“ (the second clock none), „18:00 Uhr · Freiburg · DFB-Pokal, 2. Runde:
  ...“ and „20:45 Uhr · Bochum · DFB-Pokal, 2. Runde: ...“ ordinal 2 (the round in order,
  four-hundred-and-thirtieth: „1. Runde“; „2. Bundesliga“ stays a name); Reuters' "0600 -
  Britain - Public sector net borrowing (Sept): cons 17.8 bln stg, prev 14.2 bln stg" both
  GBP ("stg" sterling, four-hundred-and-fifty-third; "cons" and "prev" labels,
  three-hundred-and-eightieth), "1230 - Britain - Chancellor Miriam Ashdown-Pryce delivers
  autumn Budget in the House of Commons" without a figure, "1215 - Euro zone - ECB deposit
  rate decision: cons 1.75%, prev 1.75%" both, "1230 - United States - GDP, advance (Q3),
  annualized: cons +2.1%, prev +3.0%" ordinal 3, 2.1 and 3.0 (four-hundred-and-fifty-third),
  "1230 - United States - Initial jobless claims: cons 228,000, prev 221,000" two counts.
  New: "1430 - United States - EIA weekly crude stocks, w/w: cons -1.9 mln bbl, prev +2.3
  mln bbl" gives -1,900,000 and 2,300,000 - "w/w" carries none as "m/m" and "q/q"
  (three-hundred-and-eightieth, four-hundred-and-sixty-first), and "bbl" in lower case none
  as "BBL" (four-hundred-and-fifty-third). New: AP's Daybook lines with a clock and an em
  dash ("10 a.m. — Senate votes on House-passed stopgap spending bill", "2 p.m. — Treasury
  secretary testifies before House Financial Services Committee") are agenda lines,
  check-worthy without a figure as dpa's middle-dot lines and Reuters' "0700 -"
  (three-hundred-and-eightieth, four-hundred-and-thirtieth), the clocks none, and their
  heading "AP Daybook: Thursday's events in Washington" a negative as "Reuters diary:
  Wednesday's key events at a glance" (two-hundred-and-ninety-ninth: "Reuters diary: ..."),
  „dpa-Tagesvorschau: ...“ (four-hundred-and-sixty-first), „Vorschau: Was am Donnerstag
  ansteht – die Termine im Überblick“ (four-hundred-and-thirtieth) and "Thursday's main
  economic releases (times GMT)" (four-hundred-and-sixty-first).
- Flashes in capitals are read as the same words in lower case would be
  (three-hundred-and-thirty-third and the later rounds): „KORNHAUS LOGISTIK: UMSATZ Q3 3,94
  MRD. EURO (VJ: 3,71 MRD.) – EBIT 288 MIO. EURO“ ordinal 3 and three EUR amounts
  (four-hundred-and-sixty-first), „KORNHAUS LOGISTIK HEBT PROGNOSE: EBIT 2033 NUN RD. 1,1
  MRD. EURO“ the year and 1.1 billion EUR "about" („RD.“ as „rund“,
  four-hundred-and-thirtieth), „DAX-FLASH: DAX +0,6% AUF 24.918 PKT. – MDAX +0,9% – KORNHAUS
  +8,4%“ 0.6, 24,918, 0.9 and 8.4 (four-hundred-and-fifty-third), "URGENT-UK public
  borrowing 16.9 bln stg in September, below forecasts - ONS" 16.9 billion GBP, "URGENT-U.S.
  30-year mortgage rate climbs to 6.41%, highest since July - MBA" 30 years and 6.41 (a
  figure heading a compound a span, three-hundred-and-fifty-sixth: "10-yr yield"; "since
  July" none), "U.S. CRUDE STOCKS -3.6 MLN BBL IN WEEK TO OCT 21 (REUTERS POLL -1.9 MLN BBL)
  - EIA" -3,600,000, -1,900,000 and --10-21 (four-hundred-and-fifty-third), "*PELHAM STORES
  3Q ADJ EPS $1.42, EST. $1.35" ordinal 3 and both USD and "*PELHAM STORES SEES 4Q REV.
  $18.2B TO $18.6B, EST. $19.1B" ordinal 4 and three USD ("EST." a label,
  four-hundred-and-thirtieth), "FTSE 100 CLOSES DOWN 0.3% AT 9,702.15 AS BUDGET HITS
  HOUSEBUILDERS" 0.3 with no sign and the level, "*S&P 500 CLOSES UP 0.4% AT 7,612.38;
  NASDAQ UP 0.7%" (four-hundred-and-sixty-first).
- Market tickers (hundred-eighty-second and the later rounds): index levels are counts, a
  glued sign is the sign, "+" and direction words none, the indices' names none. „Aktien
  Frankfurt Schluss: Dax erstmals über 25.000 Punkten“ 25,000 "over" („erstmals“ none,
  three-hundred-and-thirty-third), „Zum fünften Mal in Folge hat der Dax ... 0,8 Prozent
  fester bei 25.046 Zählern geschlossen“ ordinal 5, 0.8 and 25,046 (New: „Zählern“, the
  desks' other word for an index's points, as „Punkten“), the middle-dot row „Dax 25.046
  Pkt. (+0,8 %) · MDax 31.877 Pkt. (+1,0 %) · SDax 15.302 Pkt. (-0,2 %) · Euro 1,1407 $“
  three levels, three changes and 1.1407 USD (four-hundred-and-sixty-first), „gut 21
  Prozent“ 21 "over" (four-hundred-and-thirtieth: „gut ein Fünftel“), „Devisen: Euro fällt
  unter 1,15 Dollar – Referenzkurs 1,1412 (Di.: 1,1468) $“ 1.15 USD "under", 1.1412 and
  1.1468 USD (four-hundred-and-thirtieth), „Brent verteuert sich auf 74,20 Dollar je Barrel“
  and "OIL-Brent rises to $74.20 ..." USD, „ATX gibt 0,3 Prozent auf 4.611 Punkte nach“ 0.3
  with no sign, „SMI legt um 0,5 Prozent auf 12'734 Punkte zu“ (the Swiss apostrophe,
  tenth), PA's "FTSE 100: 9,702.15 (-29.41, -0.3%)" the level, -29.41 and -0.3
  (four-hundred-and-sixty-first), "with Greystone Homes down 4.7%" 4.7 with no sign,
  "Sterling fell 0.5% to $1.2914" 0.5 and 1.2914 USD, "rose 118.06 points, or 0.2%, to
  52,004.71" (four-hundred-and-sixth), "had gained in 11 of the past 14 sessions" 11 and 14,
  "GOLD-Gold climbs above $5,200/oz" 5,200 USD "over" ("/oz" none,
  three-hundred-and-eightieth), "Pelham shares closed down 5.8% at $47.12." 5.8 and 47.12
  USD.
- Sports tickers and results lines (thirty-fifth, forty-sixth, hundred-fifty-third and the
  thirteen rounds). dpa's „1. Min.:“, „19. Min.:“, „66. Min.:“, „78. Min.:“ and „88. Min.:“
  are the match minutes, ordinals, and „45.+1 Min.:“ and „90.+5 Min.:“ give 45 and 1, 90 and
  5 (four-hundred-and-fifty-third, four-hundred-and-sixty-first); „TOOOR“ carries nothing
  (four-hundred-and-sixty-first); „aus 20 Metern“ 20 (four-hundred-and-fifty-third: „aus 17
  Metern“); PA's "4 min:", "61 min:" and "77 min:" ordinals, "45+3 min:" and "90+2 min:" 45
  and 3, 90 and 2 (four-hundred-and-sixty-first), "GOAL! Newcastle 1-0 Benfica (Okafor-Lund
  22)" 22 (four-hundred-and-fifty-third), "for a second yellow" ordinal 2
  (hundred-forty-seventh: "a second yellow card" 2), "Full-time: Newcastle 2-1 Benfica"
  without a figure (four-hundred-and-sixty-first: "Half-time:"), "Newcastle 2 (Okafor-Lund
  22, Thackeray-Voss 90+2) Benfica 1 (Moura-Sequeira 61)" ordinals 22, 90, 2 and 61
  (three-hundred-and-fourteenth: "Adebanjo 90+3 pen"), "Attendance: 52,114". Scores carry
  none („2:1 (0:1)“, „2:3 n.V. (1:0, 1:1)“ - „n.V.“ none as "OT" and "SO",
  four-hundred-and-sixth, four-hundred-and-fifty-third -, „5:3 (1:1, 3:0, 1:2)“, „6:4, 4:6,
  7:6 (8:6)“, „zum 0:1“, „0:1-Rückstand“, "Celtics 121, Knicks 114", "Maple Leafs 3,
  Canadiens 2, SO", "121-114", "3-2"), and a line with a score only is check-worthy without
  a figure. „Tore: ... – Gelb-Rot: Amankwah-Reese (78.) – Zuschauer: 34.700 (ausverkauft)“
  the minutes as ordinals and the crowd (four-hundred-and-sixth;
  two-hundred-and-sixty-sixth: „Gelb-Rot: Heinemann (Stuttgart/77.)“), „ÖFB-Cup, 2. Runde“
  and „DFB-Pokal, 2. Runde“ ordinal 2, „zum vierten Mal in Folge“ and „zum sechsten Mal in
  Serie“ ordinals (four-hundred-and-fifty-third: „zum dritten Mal in Folge“); tennis: „Erste
  Bank Open in Wien (2,6 Mio. Euro), Achtelfinale: ... (AUT/WC) – ... (DEN/5) ...“ 2.6
  million EUR and ordinal 5 (four-hundred-and-thirtieth: the prize fund and "/WC";
  three-hundred-and-thirty-third: "(Deutschland/5)"), „Der 21-jährige Niederösterreicher
  wehrte im dritten Satz zwei Matchbälle ab und siegte nach 2:41 Stunden.“ 21 years, ordinal
  3, 2, 2 hours and 41 minutes (two-hundred-and-sixty-sixth); ice hockey: „nach 14 Runden
  mit 31 Punkten ..., vier Zähler vor Davos“ 14, 31 and 4, „33 von 35 Schüssen“
  (four-hundred-and-sixty-first: „34 von 36“); football: "third in the league phase
  standings with 10 points from four games" ordinal 3, 10 and 4
  (four-hundred-and-fifty-third: "in fifth place with 17 points"), "his fifth in four
  Champions League games" ordinal 5 and 4; basketball and hockey: "13 of his 34 points in
  the fourth quarter" 13, 34 and ordinal 4, "27 points and nine assists", "Boston has won
  its last 11 home openers." 11 (a tally of wins a count, four-hundred-and-eleventh), "made
  38 saves ... and stopped all three attempts in the shootout" 38 and 3 ("all" no hedge);
  „Achtelfinale“, „Viertelfinale“, "league phase", "season opener", "NHL debut" none.
- Counts, durations, money, years and dates as every batch: „rund 1,1 Millionen
  Pensionistinnen und Pensionisten“, „rund 410 Städten und Gemeinden“, „rund 140
  Einsatzkräfte“, „rund 6.000 Quadratmeter“, „Rund 4000 Kubikmeter“ (Swiss four digits
  without a separator, hundred-tenth), „rund 17'000 Fahrzeuge“, „rund zwölf Prozent“, "about
  1.6 million extra people", "About 30 cars", "roughly 1,200 people", "about £1.50", "about
  $41 billion", "about 9%" and "about 6%" "about"; "nearly 9%" "nearly"; "for no more than
  48 hours" 48 hours "at_most" (thirty-first, hundred-seventh: "no more than"); „zwischen
  250 und 300 Millionen Euro“ both EUR (the unit written once serving the earlier figure);
  „rund 1.200 seiner 14.500 Stellen“ 1,200 "about" and 14,500; „im Drei-Minuten-Takt“ 3
  minutes (hundred-twenty-ninth: „im Siebeneinhalb-Minuten-Takt“ 7.5 minutes); „eine
  Tagesgebühr von 5 Euro pro Reisebusgast“ 5 EUR; "12 basis points" and "41 basis points
  above its low" "bp"; "for seven more weeks" 7 weeks and "two days before a shutdown
  deadline" 2 days; "over the seven weeks" 7 weeks ("over" before a span no hedge,
  two-hundred-and-twenty-eighth); "for another three years" 3 years; "45 new stores and 12
  closures"; "a team of 11 investigators"; "the train had 112 cars"; "Twelve Democrats ...,
  while nine Republicans" 12 and 9; "up 6.1 billion pounds on the same months of last year"
  with no sign ("the April-September period" none, four-hundred-and-thirtieth: "the
  October-December period"); „sechs Wochen“ 6 weeks and „rund drei Wochen“ 3 weeks "about";
  „Die erste Lesung“ ordinal 1; „Der 21-jährige“ 21 years. Years and dates:
  „Bundesvoranschlag 2034“, „für 2034“, „bis 2035“, „bis Ende 2035“, „bis Ende 2037“, „EBIT
  2033“, „ab Jänner 2034“ („ab“ before a year no hedge, three-hundred-and-eightieth), "until
  2036", "until April 2036", "to April 2036", "by 2036", "since 2011", "by 2038", "by
  2037-38" 2037, "in 2034-35" 2034, "since 1986" the years; „am 2. November“ --11-02,
  "through Dec. 16" --12-16, "in the week ended Oct. 21" and "IN WEEK TO OCT 21" --10-21,
  "by March 31, 2034" 2034-03-31; Reuters datelines with a day ("LONDON, Oct 26" twice, "NEW
  YORK, Oct 26", "WASHINGTON, Oct 26" --10-26); dpa („Berlin (dpa) -“, „Freiburg (dpa) -“),
  dpa/lnw („Duisburg (dpa/lnw) -“), dpa-AFX („Hamburg (dpa-AFX) -“, „Frankfurt (dpa-AFX)
  -“), Reuters German („Stuttgart (Reuters) -“), APA („Wien (APA) -“ twice), Keystone-SDA
  („Gurtnellen UR (Keystone-SDA) -“, "UR" the canton), AP ("ALTOONA, Pa. (AP) —",
  "WASHINGTON (AP) —", "BOSTON (AP) —", "TORONTO (AP) —") and PA ("LONDON (PA) -") datelines
  none (seventy-ninth, hundred-eighty-second). None: „heuer“, „in der kommenden Woche“, „im
  kommenden Jahr“, „seit August“, „seit Montag“, „am Donnerstag“, „mindestens bis
  Freitagabend“ („mindestens“ before a time of day bounds no quantity,
  two-hundred-and-ninety-ninth), „im Herbst“, „täglich“, „ab März“, "next year", "next
  April", "from April", "in its March forecast", "this season", "on Wednesday night", "only
  on Monday", "since the start of October", "by the end of the decade", the weekdays, the
  months and the clocks.
- Speakers, checked only in forms the earlier batches settled, never in a headline, a flash,
  a results line or a present-tense ticker entry. German: „sagte Haselsteiner-Kopp“ after a
  Konjunktiv I paraphrase the surname (four-hundred-and-sixty-first: „sagte Brandhövel“),
  „Sozialministerin Verena Pöltl-Ramsauer (SPÖ) sagte, ...“ and „sagte Bauministerin Sabine
  Quadflieg-Roth (SPD)“ the name with the title and the party dropped
  (four-hundred-and-fifty-third, four-hundred-and-sixty-first), „teilte die
  Parlamentskorrespondenz mit“ (three-hundred-and-third), „wie das Unternehmen am Mittwoch
  mitteilte“ -> "das Unternehmen" (the weekday dropped), „Finanzchefin Henrike
  Dellbrügge-Amani sagte in einer Telefonkonferenz, ...“ (four-hundred-and-fifty-third),
  „teilte die Feuerwehr mit“ (forty-third), „sagte Einsatzleiter Torsten Hagedorn-Brill“ and
  „sagte Personalvorständin Ulrike Sandhövel-Marx“ the name with the role dropped
  (four-hundred-and-thirtieth: „sagte Standortleiter ...“), „teilte die Kantonspolizei Uri
  mit“ (four-hundred-and-thirtieth: „wie die Kantonspolizei Schaffhausen mitteilte“), „wie
  das Bundesamt für Strassen mitteilte“ by the same form, „sagte Marktstratege Jonas
  Feldkamp-Ilić von der Rheinufer Bank“ the name with the title and the bank dropped
  (four-hundred-and-sixty-first), „teilte die Statistik Austria mit“
  (two-hundred-and-twenty-eighth), „sagte ZSC-Trainer Marco Bützberger-Tanner“ the name with
  the compound title dropped (four-hundred-and-fifty-third: „Ifo-Konjunkturchef“), „sagte
  Mitterhuber-Nagl“ the surname, „teilte der Verein mit“ -> "der Verein"
  (four-hundred-and-sixth), „sagte Trainer Ruben Kaltenbach-Sierra“
  (four-hundred-and-sixty-first). English: "the Office for National Statistics said", "The
  Office for Budget Responsibility said", "The Treasury said", "the National Transportation
  Safety Board said" after the clause, "the Mortgage Bankers Association said on Wednesday"
  (the day dropped) and "The Congressional Budget Office said" with the article lowered
  (hundred-fourteenth), "the company said" and "the company said on Wednesday" -> "the
  company" (hundred-twenty-third), "Paul Rennick-Shaw, director of the Institute for Fiscal
  Studies, said", "said Joel Marchbank-Ito, deputy chief economist at the MBA" and "Priya
  Halvorsen-Kaur, chief investment strategist at Ashgrove Wealth, said" the name
  (three-hundred-and-fifty-sixth), "Chief Executive Dana Whitcombe-Ruiz told analysts"
  (four-hundred-and-fifty-third), "Blair County Emergency Management Director Sharon
  Kettleby-Ames said", "GMB regional organiser Kevin Doughty-Marr said" and "Newcastle head
  coach Stuart Pennington-Adair said" the name with the role dropped
  (four-hundred-and-sixty-first), "Rep. Tom Ashwell-Grady, R-Ohio, said" the name
  (four-hundred-and-seventy-third: "Rep. ..., R-Ariz."), "UEFA said" as written
  (four-hundred-and-sixty-first: "Tottenham said"), "Linwood-Achebe said ..." and
  "Whitfield-Osei said ..." opening the row the surname (four-hundred-and-sixty-first:
  "Okoye-Price said ..."). New: "Keystone & Western said in a statement that ..." ->
  "Keystone & Western", the railroad's name as written with its ampersand, as "Tottenham
  said" and "said in a statement" (tenth). Left unchecked (None): headline colons and
  closing dashes, flashes, results lines, present-tense ticker entries („kündigt an“, „teilt
  die Stadt mit“, "says"), „gemäss Polizei“ (four-hundred-and-fourth: „gemäss“ before a
  source left open), a Konjunktiv I paraphrase without attribution („Rund 4000 Kubikmeter
  Gestein seien ...“), "according to the company's website" (two-hundred-and-sixty-sixth:
  "according to"), "Blair County officials order ..." (an act and plural officials), roles
  ("sagt der Minister", "the chancellor says", „warnte ein Geologe des Kantons“), plural
  sources ("Traders said", „Händler sprachen“), rows without attribution and all negatives,
  also those with a named speaker.
- Negatives (fourteenth, thirty-second, forty-third, ninety-eighth, two-hundred-and-fourth
  and the thirteen rounds), besides the headings, frames, filler, lead-ins, correction
  notes, chamber colour, scene and mood lines and advice above: the column, opinion and
  ratings labels „Kommentar: Ein Budget, das niemandem wehtun will“
  (two-hundred-and-twenty-eighth), "Opinion: This was a Budget for the next election, not
  the next decade", „Einzelkritik: Wer beim SC Freiburg den Unterschied machte“ and "Player
  ratings: Thackeray-Voss the hero on a night of high drama" (four-hundred-and-sixty-first);
  teasers, service headings and teaser questions („Was das Budget für Ihre Brieftasche
  bedeutet – Fragen und Antworten“, thirty-fourth; „Kornhaus nach dem Kurssprung: Lohnt sich
  der Einstieg jetzt noch?“, „Warum es in Recyclinghallen so oft brennt – ein Überblick“,
  „Wie weit trägt die Rally? Die Risiken für den Dax im Überblick“, "Will your pay packet
  shrink? What the Budget means for you", "Is Pelham Stores Stock a Bargain After the
  Selloff?", "Is Congress Just Postponing the Next Shutdown Fight?";
  four-hundred-and-fifty-third, four-hundred-and-sixty-first); labels („Die Freiheitlichen
  nannten den Entwurf ein „Belastungspaket für den Mittelstand“.“, „Betriebsratschef Achim
  Kowalewski-Rupp sprach von einem „schwarzen Tag für die Belegschaft“.“, „Kaltenbach-Sierra
  sprach von einem „Sieg der Moral“.“, "Shadow chancellor Gideon Halloway-Frost called it "a
  tax raid dressed up as prudence".", "Rep. Lorna Castellanos-Pike, D-N.M., called the bill
  "another kick of the can down a very long road."", "Canadiens coach Rémi Dufresne-Hart
  told reporters his team had "let one get away."") and quotes of feeling and rhetoric
  (Mitterhuber-Nagl, Marchbank-Ito, Linwood-Achebe, Pennington-Adair); a warning without a
  figure („Die Gefahr weiterer Abbrüche sei gross, warnte ein Geologe des Kantons.“;
  four-hundred-and-fifty-third); traders' mood and an expectation without a figure („Händler
  sprachen von einem ruhigen Geschäft vor dem britischen Haushalt.“, "Traders said stocks
  were likely to stay range-bound until the Federal Reserve meets next week.";
  four-hundred-and-sixty-first). As the brief for these batches asks, negatives carry no
  expected quantities, and this batch writes no figure into them.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and carries no unit for other kinds that have none (written None); a qualifier is
checked (None: no hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_475 = [
    # --- dpa-Tagesvorschau and Reuters diary, Wednesday, October 26 ---
    ("de", "dpa-Tagesvorschau: Budgetrede in Wien, Haushalt in London, Pokalabend in Freiburg", False, [], None),
    ("en", "Reuters diary: Wednesday's key events at a glance", False, [], None),
    # --- Termine am Mittwoch (dpa) ---
    (
        "de",
        "09:00 Uhr · Wien · Nationalrat: Budgetrede des Finanzministers zum Bundesvoranschlag 2034",
        True,
        [("year", 2034, None, None)],
        None,
    ),
    ("de", "11:00 Uhr · Berlin · Kabinett, u. a. zur Verlängerung der Mietpreisbremse", True, [], None),
    (
        "de",
        "18:00 Uhr · Freiburg · DFB-Pokal, 2. Runde: SC Freiburg – Hamburger SV",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Reuters economic calendar, October 26 ---
    (
        "en",
        "0600 - Britain - Public sector net borrowing (Sept): cons 17.8 bln stg, prev 14.2 bln stg",
        True,
        [("money", 17800000000, "GBP", None), ("money", 14200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "1230 - Britain - Chancellor Miriam Ashdown-Pryce delivers autumn Budget in the House of Commons",
        True,
        [],
        None,
    ),
    (
        "en",
        "1430 - United States - EIA weekly crude stocks, w/w: cons -1.9 mln bbl, prev +2.3 mln bbl",
        True,
        [("count", -1900000, None, None), ("count", 2300000, None, None)],
        None,
    ),
    # --- UK public finances (Reuters), London ---
    (
        "en",
        "URGENT-UK public borrowing 16.9 bln stg in September, below forecasts - ONS",
        True,
        [("money", 16900000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "LONDON, Oct 26 (Reuters) - British public sector net borrowing came in at 16.9 billion pounds in September, compared with a Reuters poll forecast of 17.8 billion pounds, the Office for National Statistics said.",
        True,
        [("date", "--10-26", None, None), ("money", 16900000000, "GBP", None), ("money", 17800000000, "GBP", None)],
        "the Office for National Statistics",
    ),
    (
        "en",
        "Over the April-September period, borrowing reached 98.4 billion pounds, up 6.1 billion pounds on the same months of last year.",
        True,
        [("money", 98400000000, "GBP", None), ("money", 6100000000, "GBP", None)],
        None,
    ),
    # --- Budgetrede im Nationalrat (APA), Wien ---
    (
        "de",
        "Budgetrede im Nationalrat: Defizit soll 2034 auf 2,9 Prozent sinken",
        True,
        [("year", 2034, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    ("de", "+++ Budgetrede im Nationalrat – der Liveticker +++", False, [], None),
    (
        "de",
        "09.02 Uhr: Die Nationalratspräsidentin eröffnet die Sitzung, Finanzminister Leopold Haselsteiner-Kopp (ÖVP) tritt ans Rednerpult.",
        True,
        [],
        None,
    ),
    (
        "de",
        "09.05 Uhr: Für die Rede sind bis zu 75 Minuten angesetzt.",
        True,
        [("duration", 75, "minute", "up_to")],
        None,
    ),
    (
        "de",
        "09.14 Uhr: Haselsteiner-Kopp kündigt an, das Defizit bis 2035 unter drei Prozent des BIP zu drücken.",
        True,
        [("year", 2035, None, None), ("percent", 3, "%", "under")],
        None,
    ),
    ("de", "09.20 Uhr: „Wir haben zu lange über unsere Verhältnisse gelebt“, sagt der Minister.", False, [], None),
    (
        "de",
        "09.31 Uhr: Die Pensionen sollen 2034 um 2,4 Prozent steigen, Pensionen unter 2.100 Euro brutto um 3,0 Prozent.",
        True,
        [
            ("year", 2034, None, None),
            ("percent", 2.4, "%", None),
            ("money", 2100, "EUR", "under"),
            ("percent", 3.0, "%", None),
        ],
        None,
    ),
    ("de", "09.40 Uhr: Zwischenrufe und Gelächter aus den Reihen der FPÖ.", False, [], None),
    (
        "de",
        "09.52 Uhr: Für Klimaförderungen sind heuer noch 1,8 Mrd. Euro vorgesehen, 2034 nur mehr 1,1 Mrd. Euro.",
        True,
        [("money", 1800000000, "EUR", None), ("year", 2034, None, None), ("money", 1100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "10.17 Uhr: Der Minister beendet seine Rede nach 73 Minuten, die Regierungsbank applaudiert.",
        True,
        [("duration", 73, "minute", None)],
        None,
    ),
    ("de", "10.20 Uhr: Die Sitzung ist unterbrochen, wir melden uns mit den Reaktionen wieder.", False, [], None),
    ("de", "Das Wichtigste in Kürze:", False, [], None),
    (
        "de",
        "• Defizit 2034: 2,9 Prozent des BIP (heuer: 3,6 Prozent)",
        True,
        [("year", 2034, None, None), ("percent", 2.9, "%", None), ("percent", 3.6, "%", None)],
        None,
    ),
    ("de", "• Schuldenquote: rund 84 Prozent", True, [("percent", 84, "%", "about")], None),
    (
        "de",
        "• Pensionserhöhung: 2,4 Prozent, für kleine Pensionen 3,0 Prozent",
        True,
        [("percent", 2.4, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "de",
        "• Einsparungen: 6,3 Mrd. Euro über zwei Jahre",
        True,
        [("money", 6300000000, "EUR", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Finanzminister Leopold Haselsteiner-Kopp (ÖVP) hat am Mittwoch im Nationalrat ein Sparbudget für 2034 mit Ausgaben von 131,4 Milliarden Euro vorgelegt.",
        True,
        [("year", 2034, None, None), ("money", 131400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Defizit werde damit von 3,6 Prozent heuer auf 2,9 Prozent der Wirtschaftsleistung sinken, sagte Haselsteiner-Kopp.",
        True,
        [("percent", 3.6, "%", None), ("percent", 2.9, "%", None)],
        "Haselsteiner-Kopp",
    ),
    (
        "de",
        "Sozialministerin Verena Pöltl-Ramsauer (SPÖ) sagte, rund 1,1 Millionen Pensionistinnen und Pensionisten erhielten die höhere Anpassung von 3,0 Prozent.",
        True,
        [("count", 1100000, None, "about"), ("percent", 3.0, "%", None)],
        "Verena Pöltl-Ramsauer",
    ),
    ("de", "Die Freiheitlichen nannten den Entwurf ein „Belastungspaket für den Mittelstand“.", False, [], None),
    (
        "de",
        "Die erste Lesung des Budgets findet am 2. November statt, teilte die Parlamentskorrespondenz mit.",
        True,
        [("ordinal", 1, None, None), ("date", "--11-02", None, None)],
        "die Parlamentskorrespondenz",
    ),
    ("de", "Was das Budget für Ihre Brieftasche bedeutet – Fragen und Antworten", False, [], None),
    ("de", "Kommentar: Ein Budget, das niemandem wehtun will", False, [], None),
    # --- Mietpreisbremse (dpa), Berlin ---
    (
        "de",
        "Berlin (dpa) - Die Mietpreisbremse soll bis Ende 2037 gelten: Das Bundeskabinett billigte am Mittwoch einen entsprechenden Gesetzentwurf.",
        True,
        [("year", 2037, None, None)],
        None,
    ),
    (
        "de",
        "Die Regelung gelte derzeit in rund 410 Städten und Gemeinden, sagte Bauministerin Sabine Quadflieg-Roth (SPD).",
        True,
        [("count", 410, None, "about")],
        "Sabine Quadflieg-Roth",
    ),
    # --- Kornhaus Logistik (dpa-AFX), Hamburg ---
    (
        "de",
        "KORNHAUS LOGISTIK: UMSATZ Q3 3,94 MRD. EURO (VJ: 3,71 MRD.) – EBIT 288 MIO. EURO",
        True,
        [
            ("ordinal", 3, None, None),
            ("money", 3940000000, "EUR", None),
            ("money", 3710000000, "EUR", None),
            ("money", 288000000, "EUR", None),
        ],
        None,
    ),
    (
        "de",
        "KORNHAUS LOGISTIK HEBT PROGNOSE: EBIT 2033 NUN RD. 1,1 MRD. EURO",
        True,
        [("year", 2033, None, None), ("money", 1100000000, "EUR", "about")],
        None,
    ),
    ("de", "Kornhaus-Aktie springt vorbörslich um 8 % an – Spitze im MDax", True, [("percent", 8, "%", None)], None),
    (
        "de",
        "Hamburg (dpa-AFX) - Der Logistikkonzern Kornhaus hat im dritten Quartal dank höherer Frachtraten deutlich mehr umgesetzt und verdient, wie das Unternehmen am Mittwoch mitteilte.",
        True,
        [("ordinal", 3, None, None)],
        "das Unternehmen",
    ),
    ("de", "Die Zahlen im Überblick:", False, [], None),
    (
        "de",
        "– Umsatz: 3,94 Mrd. Euro (Vj.: 3,71 Mrd.)",
        True,
        [("money", 3940000000, "EUR", None), ("money", 3710000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "– Ebit: 288 Mio. Euro, Marge 7,3 Prozent",
        True,
        [("money", 288000000, "EUR", None), ("percent", 7.3, "%", None)],
        None,
    ),
    (
        "de",
        "– Beschäftigte: rund 41.000 in 58 Ländern",
        True,
        [("count", 41000, None, "about"), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Finanzchefin Henrike Dellbrügge-Amani sagte in einer Telefonkonferenz, die Buchungen aus Asien lägen seit August rund zwölf Prozent über dem Vorjahr.",
        True,
        [("percent", 12, "%", "about")],
        "Henrike Dellbrügge-Amani",
    ),
    (
        "de",
        "Für neue Lagerflächen will Kornhaus im kommenden Jahr zwischen 250 und 300 Millionen Euro ausgeben.",
        True,
        [("money", 250000000, "EUR", None), ("money", 300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Kursziel: Elbwerth Research hebt Kornhaus auf 64 (57) Euro – 'Kaufen'",
        True,
        [("money", 64, "EUR", None), ("money", 57, "EUR", None)],
        None,
    ),
    ("de", "Kornhaus nach dem Kurssprung: Lohnt sich der Einstieg jetzt noch?", False, [], None),
    # --- Budget (PA), London ---
    (
        "en",
        "Budget: Ashdown-Pryce freezes income tax thresholds until 2036 and puts 3p on fuel duty",
        True,
        [("year", 2036, None, None), ("money", 0.03, "GBP", None)],
        None,
    ),
    ("en", "Live: The Budget - follow the chancellor's statement as it happens", False, [], None),
    (
        "en",
        "12.31pm: Miriam Ashdown-Pryce rises to deliver her first Budget as chancellor.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "12.38pm: She says the Office for Budget Responsibility now expects growth of 1.4% next year, up from 1.1% in its March forecast.",
        True,
        [("percent", 1.4, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "12.44pm: Income tax and National Insurance thresholds will stay frozen until April 2036.",
        True,
        [("year", 2036, None, None)],
        None,
    ),
    (
        "en",
        "12.49pm: Fuel duty goes up by 3p a litre from next April - the first rise since 2011.",
        True,
        [("money", 0.03, "GBP", None), ("ordinal", 1, None, None), ("year", 2011, None, None)],
        None,
    ),
    ("en", "12.55pm: Groans and jeers from the opposition benches - this is getting rowdy.", False, [], None),
    (
        "en",
        "1.06pm: The NHS in England will get an extra £4.2bn in 2034-35, the chancellor says.",
        True,
        [("money", 4200000000, "GBP", None), ("year", 2034, None, None)],
        None,
    ),
    (
        "en",
        "1.12pm: Pensioners get a 4.1% increase in the state pension from April, in line with the triple lock.",
        True,
        [("percent", 4.1, "%", None)],
        None,
    ),
    ("en", "1.18pm: Ashdown-Pryce sits down after 62 minutes.", True, [("duration", 62, "minute", None)], None),
    ("en", "1.20pm: Stay with us - reaction from the opposition and the markets is coming up.", False, [], None),
    ("en", "Key points from the Budget:", False, [], None),
    (
        "en",
        "- Tax thresholds held at current levels for three more years, to April 2036",
        True,
        [("duration", 3, "year", None), ("year", 2036, None, None)],
        None,
    ),
    ("en", "- Fuel duty up 3p a litre from April", True, [("money", 0.03, "GBP", None)], None),
    ("en", "- Extra £4.2bn for the NHS in England", True, [("money", 4200000000, "GBP", None)], None),
    (
        "en",
        "- Growth forecast for next year raised to 1.4% from 1.1%",
        True,
        [("percent", 1.4, "%", None), ("percent", 1.1, "%", None)],
        None,
    ),
    (
        "en",
        "LONDON (PA) - Miriam Ashdown-Pryce has kept income tax thresholds frozen for another three years and put 3p a litre on fuel duty in a Budget meant to bring in about £19bn annually by 2038.",
        True,
        [
            ("duration", 3, "year", None),
            ("money", 0.03, "GBP", None),
            ("money", 19000000000, "GBP", "about"),
            ("year", 2038, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility said the package would push taxes to 37.9% of GDP by 2037-38, a record high.",
        True,
        [("percent", 37.9, "%", None), ("year", 2037, None, None)],
        "the Office for Budget Responsibility",
    ),
    (
        "en",
        "Paul Rennick-Shaw, director of the Institute for Fiscal Studies, said the freeze on its own would mean about 1.6 million extra people paying higher-rate tax by 2036.",
        True,
        [("count", 1600000, None, "about"), ("year", 2036, None, None)],
        "Paul Rennick-Shaw",
    ),
    (
        "en",
        "The Treasury said the fuel duty rise would add about £1.50 to the cost of filling a typical family car.",
        True,
        [("money", 1.5, "GBP", "about")],
        "the Treasury",
    ),
    (
        "en",
        "UPDATE 2-UK's Ashdown-Pryce raises taxes by 19 billion pounds a year in first Budget",
        True,
        [("money", 19000000000, "GBP", None), ("ordinal", 1, None, None)],
        None,
    ),
    ("en", 'Shadow chancellor Gideon Halloway-Frost called it "a tax raid dressed up as prudence".', False, [], None),
    ("en", "Opinion: This was a Budget for the next election, not the next decade", False, [], None),
    ("en", "Will your pay packet shrink? What the Budget means for you", False, [], None),
    # --- Pelham Stores (Bloomberg, Dow Jones, Reuters), New York ---
    (
        "en",
        "*PELHAM STORES 3Q ADJ EPS $1.42, EST. $1.35",
        True,
        [("ordinal", 3, None, None), ("money", 1.42, "USD", None), ("money", 1.35, "USD", None)],
        None,
    ),
    (
        "en",
        "*PELHAM STORES SEES 4Q REV. $18.2B TO $18.6B, EST. $19.1B",
        True,
        [
            ("ordinal", 4, None, None),
            ("money", 18200000000, "USD", None),
            ("money", 18600000000, "USD", None),
            ("money", 19100000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "Pelham Stores Shares Slide 6% as Cautious Holiday Outlook Overshadows Profit Beat",
        True,
        [("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "NEW YORK, Oct 26 (Reuters) - Pelham Stores on Wednesday guided holiday-quarter revenue short of analysts' expectations, and its shares slid about 6% before the bell.",
        True,
        [("date", "--10-26", None, None), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Chief Executive Dana Whitcombe-Ruiz told analysts that the average basket size fell 3% in the quarter as shoppers cut back on home goods.",
        True,
        [("percent", 3, "%", None)],
        "Dana Whitcombe-Ruiz",
    ),
    (
        "en",
        "The company said it planned 45 new stores and 12 closures in the fiscal year that ends in January.",
        True,
        [("count", 45, None, None), ("count", 12, None, None)],
        "the company",
    ),
    (
        "en",
        "Pelham shares closed down 5.8% at $47.12.",
        True,
        [("percent", 5.8, "%", None), ("money", 47.12, "USD", None)],
        None,
    ),
    ("en", "Is Pelham Stores Stock a Bargain After the Selloff?", False, [], None),
    # --- Großbrand in Duisburg (dpa/lnw) ---
    ("de", "Eil +++ Großbrand in Recyclinghalle in Duisburg – Warnung für mehrere Stadtteile +++", True, [], None),
    ("de", "+++ Großbrand in Duisburg – alle Entwicklungen im Newsblog +++", False, [], None),
    (
        "de",
        "[11:42] Die Rauchsäule ist kilometerweit zu sehen, Schaulustige filmen vom Rheinufer aus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "[11:55] Rund 140 Einsatzkräfte sind vor Ort, darunter Spezialkräfte aus Düsseldorf.",
        True,
        [("count", 140, None, "about")],
        None,
    ),
    (
        "de",
        "[12:10] Die Warn-App Nina meldet eine extreme Gefahr für die Stadtteile Hochfeld und Wanheimerort.",
        True,
        [],
        None,
    ),
    (
        "de",
        "[12:34] Anwohner sollen Fenster und Türen geschlossen halten und Klimaanlagen abschalten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "[13:20] Mindestens sieben Menschen sind leicht verletzt worden, die meisten erlitten Rauchgasvergiftungen.",
        True,
        [("count", 7, None, "at_least")],
        None,
    ),
    (
        "de",
        "[13:50] Knapp 900 Anwohner haben ihre Wohnungen in Hochfeld vorübergehend verlassen.",
        True,
        [("count", 900, None, "nearly")],
        None,
    ),
    (
        "de",
        "[15:05] Die Feuerwehr korrigiert die Zahl der Verletzten auf vier – drei Personen waren doppelt gezählt worden.",
        True,
        [("count", 4, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "[16:40] Messungen hätten keine erhöhten Schadstoffwerte ergeben, teilt die Stadt mit.", True, [], None),
    ("de", "[17:15] Wir aktualisieren diesen Blog laufend.", False, [], None),
    (
        "de",
        "Duisburg (dpa/lnw) - Bei einem Großbrand in einer Recyclinghalle im Duisburger Stadtteil Hochfeld sind am Mittwoch vier Menschen leicht verletzt worden, teilte die Feuerwehr mit.",
        True,
        [("count", 4, None, None)],
        "die Feuerwehr",
    ),
    (
        "de",
        "Die rund 6.000 Quadratmeter große Halle sei vollständig ausgebrannt, sagte Einsatzleiter Torsten Hagedorn-Brill.",
        True,
        [("count", 6000, None, "about")],
        "Torsten Hagedorn-Brill",
    ),
    (
        "de",
        "Berichtigung: In einer früheren Fassung dieser Meldung war der Stadtteil falsch angegeben; der Brand brach in Hochfeld aus, nicht in Hochheide.",
        False,
        [],
        None,
    ),
    ("de", "(Wiederholung mit korrigierter Ortsangabe im Vorspann)", False, [], None),
    ("de", "Warum es in Recyclinghallen so oft brennt – ein Überblick", False, [], None),
    # --- Freight train derailment (AP), Altoona ---
    (
        "en",
        "BREAKING: Freight train derails near Altoona, Pennsylvania; nearby residents told to evacuate",
        True,
        [],
        None,
    ),
    ("en", "The Latest: Derailed tank cars carried vinyl chloride, railroad says", True, [], None),
    (
        "en",
        "10:15 a.m. EDT — About 30 cars of a Keystone & Western freight train have left the tracks east of Altoona.",
        True,
        [("count", 30, None, "about")],
        None,
    ),
    (
        "en",
        "10:40 a.m. EDT — Blair County officials order everyone within a 1-mile radius of the wreck to leave.",
        True,
        [("count", 1, None, None)],
        None,
    ),
    (
        "en",
        "11:25 a.m. EDT — There are no reports of injuries, the county's emergency management agency says.",
        True,
        [],
        None,
    ),
    (
        "en",
        "12:05 p.m. EDT — Crews in hazmat suits walk beside the toppled tank cars as a helicopter circles overhead.",
        False,
        [],
        None,
    ),
    (
        "en",
        "1:50 p.m. EDT — The railroad says at least five of the derailed cars were carrying vinyl chloride and none appears to be leaking.",
        True,
        [("count", 5, None, "at_least")],
        None,
    ),
    (
        "en",
        "ALTOONA, Pa. (AP) — About 30 cars of a freight train derailed outside Altoona on Wednesday morning, forcing roughly 1,200 people from their homes.",
        True,
        [("count", 30, None, "about"), ("count", 1200, None, "about")],
        None,
    ),
    (
        "en",
        "A team of 11 investigators was heading to the crash site, the National Transportation Safety Board said.",
        True,
        [("count", 11, None, None)],
        "the National Transportation Safety Board",
    ),
    (
        "en",
        "Keystone & Western said in a statement that the train had 112 cars and was bound from Pittsburgh to Harrisburg.",
        True,
        [("count", 112, None, None)],
        "Keystone & Western",
    ),
    (
        "en",
        "Blair County Emergency Management Director Sharon Kettleby-Ames said the evacuation order would stay in place for no more than 48 hours.",
        True,
        [("duration", 48, "hour", "at_most")],
        "Sharon Kettleby-Ames",
    ),
    (
        "en",
        "Clarification: The evacuation order applied only to homes east of the tracks; an earlier version of this story left that unclear.",
        False,
        [],
        None,
    ),
    ("en", "What we know about the Altoona derailment", False, [], None),
    # --- Aktien Frankfurt Eröffnung (dpa-AFX) ---
    ("de", "Aktien Frankfurt Eröffnung: Dax startet fester – Kornhaus an der MDax-Spitze", True, [], None),
    (
        "de",
        "DAX-FLASH: DAX +0,6% AUF 24.918 PKT. – MDAX +0,9% – KORNHAUS +8,4%",
        True,
        [
            ("percent", 0.6, "%", None),
            ("count", 24918, None, None),
            ("percent", 0.9, "%", None),
            ("percent", 8.4, "%", None),
        ],
        None,
    ),
    ("de", "Händler sprachen von einem ruhigen Geschäft vor dem britischen Haushalt.", False, [], None),
    # --- Wendhausen (Reuters), Stuttgart ---
    (
        "de",
        "Reuters-Eilmeldung: Autozulieferer Wendhausen streicht rund 1.300 Stellen in Deutschland",
        True,
        [("count", 1300, None, "about")],
        None,
    ),
    (
        "de",
        "KORREKTUR: Autozulieferer Wendhausen streicht rund 1.200 Stellen in Deutschland",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    ("de", "(In einer früheren Fassung war die Zahl der wegfallenden Stellen zu hoch angegeben.)", False, [], None),
    (
        "de",
        "Stuttgart (Reuters) - Der Autozulieferer Wendhausen will bis Ende 2035 in Deutschland rund 1.200 seiner 14.500 Stellen abbauen.",
        True,
        [("year", 2035, None, None), ("count", 1200, None, "about"), ("count", 14500, None, None)],
        None,
    ),
    (
        "de",
        "Am stärksten treffe der Abbau die Standorte Heilbronn und Zwickau, sagte Personalvorständin Ulrike Sandhövel-Marx.",
        True,
        [],
        "Ulrike Sandhövel-Marx",
    ),
    (
        "de",
        "Betriebsratschef Achim Kowalewski-Rupp sprach von einem „schwarzen Tag für die Belegschaft“.",
        False,
        [],
        None,
    ),
    # --- U.S. mortgage rates (Reuters), Washington ---
    (
        "en",
        "URGENT-U.S. 30-year mortgage rate climbs to 6.41%, highest since July - MBA",
        True,
        [("duration", 30, "year", None), ("percent", 6.41, "%", None)],
        None,
    ),
    (
        "en",
        "WASHINGTON, Oct 26 (Reuters) - The average contract rate on 30-year fixed-rate mortgages rose 12 basis points to 6.41% in the week ended Oct. 21, the Mortgage Bankers Association said on Wednesday.",
        True,
        [
            ("date", "--10-26", None, None),
            ("duration", 30, "year", None),
            ("percent", 12, "bp", None),
            ("percent", 6.41, "%", None),
            ("date", "--10-21", None, None),
        ],
        "the Mortgage Bankers Association",
    ),
    (
        "en",
        "Applications to purchase a home fell 4% from the prior week, while refinancing applications dropped nearly 9%.",
        True,
        [("percent", 4, "%", None), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "en",
        "The rate is now 41 basis points above its low for the year, said Joel Marchbank-Ito, deputy chief economist at the MBA.",
        True,
        [("percent", 41, "bp", None)],
        "Joel Marchbank-Ito",
    ),
    ("en", '"Buyers are clearly hitting the pause button," Marchbank-Ito said.', False, [], None),
    # --- Stopgap spending bill (AP), Washington ---
    (
        "en",
        "BREAKING: House passes stopgap bill to keep the government open through Dec. 16",
        True,
        [("date", "--12-16", None, None)],
        None,
    ),
    (
        "en",
        "House Passes Stopgap Spending Bill 219-208, Sending It to the Senate",
        True,
        [("count", 219, None, None), ("count", 208, None, None)],
        None,
    ),
    (
        "en",
        "WASHINGTON (AP) — The House voted 219-208 on Wednesday to keep the federal government funded for seven more weeks, sending the measure to the Senate two days before a shutdown deadline.",
        True,
        [
            ("count", 219, None, None),
            ("count", 208, None, None),
            ("duration", 7, "week", None),
            ("duration", 2, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Twelve Democrats joined most Republicans in backing the bill, while nine Republicans voted against it.",
        True,
        [("count", 12, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Rep. Tom Ashwell-Grady, R-Ohio, said the measure would hold spending at current levels and add $3.1 billion in disaster aid.",
        True,
        [("money", 3100000000, "USD", None)],
        "Tom Ashwell-Grady",
    ),
    (
        "en",
        "The Congressional Budget Office said the extension would cost about $41 billion over the seven weeks.",
        True,
        [("money", 41000000000, "USD", "about"), ("duration", 7, "week", None)],
        "the Congressional Budget Office",
    ),
    (
        "en",
        'Rep. Lorna Castellanos-Pike, D-N.M., called the bill "another kick of the can down a very long road."',
        False,
        [],
        None,
    ),
    ("en", "Is Congress Just Postponing the Next Shutdown Fight?", False, [], None),
    # --- Felssturz bei Gurtnellen (Keystone-SDA) ---
    ("de", "EIL: Felssturz bei Gurtnellen – Autobahn A2 am Gotthard gesperrt", True, [], None),
    (
        "de",
        "Gurtnellen UR (Keystone-SDA) - Ein Felssturz hat am Mittwochmorgen die Autobahn A2 bei Gurtnellen im Kanton Uri verschüttet, teilte die Kantonspolizei Uri mit.",
        True,
        [],
        "die Kantonspolizei Uri",
    ),
    (
        "de",
        "Rund 4000 Kubikmeter Gestein seien auf beide Fahrbahnen gestürzt, verletzt worden sei niemand.",
        True,
        [("count", 4000, None, "about")],
        None,
    ),
    ("de", "Die Strecke bleibt gemäss Polizei mindestens bis Freitagabend gesperrt.", True, [], None),
    (
        "de",
        "Im Herbst passieren täglich rund 17'000 Fahrzeuge die Stelle, wie das Bundesamt für Strassen mitteilte.",
        True,
        [("count", 17000, None, "about")],
        "das Bundesamt für Strassen",
    ),
    ("de", "Der Verkehr wird über die Gotthard-Passstrasse und die San-Bernardino-Route umgeleitet.", True, [], None),
    ("de", "Die Gefahr weiterer Abbrüche sei gross, warnte ein Geologe des Kantons.", False, [], None),
    # --- Aktien Frankfurt Schluss, Devisen, Ölpreise (dpa-AFX), Wien (APA), Zürich (awp) ---
    ("de", "Aktien Frankfurt Schluss: Dax erstmals über 25.000 Punkten", True, [("count", 25000, None, "over")], None),
    (
        "de",
        "Frankfurt (dpa-AFX) - Zum fünften Mal in Folge hat der Dax am Mittwoch zugelegt und 0,8 Prozent fester bei 25.046 Zählern geschlossen.",
        True,
        [("percent", 0.8, "%", None), ("count", 25046, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Dax 25.046 Pkt. (+0,8 %) · MDax 31.877 Pkt. (+1,0 %) · SDax 15.302 Pkt. (-0,2 %) · Euro 1,1407 $",
        True,
        [
            ("count", 25046, None, None),
            ("percent", 0.8, "%", None),
            ("count", 31877, None, None),
            ("percent", 1.0, "%", None),
            ("count", 15302, None, None),
            ("percent", -0.2, "%", None),
            ("money", 1.1407, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hat der Dax damit gut 21 Prozent zugelegt, sagte Marktstratege Jonas Feldkamp-Ilić von der Rheinufer Bank.",
        True,
        [("percent", 21, "%", "over")],
        "Jonas Feldkamp-Ilić",
    ),
    (
        "de",
        "Devisen: Euro fällt unter 1,15 Dollar – Referenzkurs 1,1412 (Di.: 1,1468) $",
        True,
        [("money", 1.15, "USD", "under"), ("money", 1.1412, "USD", None), ("money", 1.1468, "USD", None)],
        None,
    ),
    ("de", "Ölpreise: Brent verteuert sich auf 74,20 Dollar je Barrel", True, [("money", 74.2, "USD", None)], None),
    (
        "de",
        "Aktien Wien Schluss: ATX gibt 0,3 Prozent auf 4.611 Punkte nach",
        True,
        [("percent", 0.3, "%", None), ("count", 4611, None, None)],
        None,
    ),
    (
        "de",
        "Aktien Schweiz Schluss: SMI legt um 0,5 Prozent auf 12'734 Punkte zu",
        True,
        [("percent", 0.5, "%", None), ("count", 12734, None, None)],
        None,
    ),
    ("de", "Wie weit trägt die Rally? Die Risiken für den Dax im Überblick", False, [], None),
    # --- London and New York close, gold and oil (PA, Reuters, Bloomberg) ---
    (
        "en",
        "FTSE 100 CLOSES DOWN 0.3% AT 9,702.15 AS BUDGET HITS HOUSEBUILDERS",
        True,
        [("percent", 0.3, "%", None), ("count", 9702.15, None, None)],
        None,
    ),
    (
        "en",
        "FTSE 100: 9,702.15 (-29.41, -0.3%)",
        True,
        [("count", 9702.15, None, None), ("count", -29.41, None, None), ("percent", -0.3, "%", None)],
        None,
    ),
    (
        "en",
        "Housebuilders fell after the Budget, with Greystone Homes down 4.7%.",
        True,
        [("percent", 4.7, "%", None)],
        None,
    ),
    (
        "en",
        '"The market wanted a Budget for growth and got a Budget for the Treasury," said Harriet Linwood-Achebe, an analyst at Corbridge Securities.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Linwood-Achebe said the sector had lost about 9% since the start of October.",
        True,
        [("percent", 9, "%", "about")],
        "Linwood-Achebe",
    ),
    (
        "en",
        "Sterling fell 0.5% to $1.2914 after the chancellor sat down.",
        True,
        [("percent", 0.5, "%", None), ("money", 1.2914, "USD", None)],
        None,
    ),
    ("en", "US STOCKS-Wall Street edges higher as Treasury yields ease; Pelham drags on retailers", True, [], None),
    (
        "en",
        "*S&P 500 CLOSES UP 0.4% AT 7,612.38; NASDAQ UP 0.7%",
        True,
        [("percent", 0.4, "%", None), ("count", 7612.38, None, None), ("percent", 0.7, "%", None)],
        None,
    ),
    (
        "en",
        "The Dow Jones Industrial Average rose 118.06 points, or 0.2%, to 52,004.71.",
        True,
        [("count", 118.06, None, None), ("percent", 0.2, "%", None), ("count", 52004.71, None, None)],
        None,
    ),
    (
        "en",
        "Priya Halvorsen-Kaur, chief investment strategist at Ashgrove Wealth, said the S&P 500 had gained in 11 of the past 14 sessions.",
        True,
        [("count", 11, None, None), ("count", 14, None, None)],
        "Priya Halvorsen-Kaur",
    ),
    (
        "en",
        "Traders said stocks were likely to stay range-bound until the Federal Reserve meets next week.",
        False,
        [],
        None,
    ),
    ("en", "GOLD-Gold climbs above $5,200/oz as dollar softens", True, [("money", 5200, "USD", "over")], None),
    ("en", "OIL-Brent rises to $74.20 after surprise U.S. crude draw", True, [("money", 74.2, "USD", None)], None),
    (
        "en",
        "U.S. CRUDE STOCKS -3.6 MLN BBL IN WEEK TO OCT 21 (REUTERS POLL -1.9 MLN BBL) - EIA",
        True,
        [("count", -3600000, None, None), ("count", -1900000, None, None), ("date", "--10-21", None, None)],
        None,
    ),
    # --- Brentmoor Foods (Reuters), London ---
    ("en", "Brentmoor Foods to shut Wigan plant, cutting 240 jobs", True, [("count", 240, None, None)], None),
    ("en", "CORRECTED-Brentmoor Foods to shut Wigan plant, cutting 420 jobs", True, [("count", 420, None, None)], None),
    ("en", "(Corrects figure for jobs lost in headline and lead)", False, [], None),
    (
        "en",
        "LONDON, Oct 26 (Reuters) - Brentmoor Foods will close its ready-meals plant in Wigan by March 31, 2034, cutting 420 jobs, the company said on Wednesday.",
        True,
        [("date", "--10-26", None, None), ("date", "2034-03-31", None, None), ("count", 420, None, None)],
        "the company",
    ),
    (
        "en",
        "GMB regional organiser Kevin Doughty-Marr said the union had not been consulted before the announcement.",
        True,
        [],
        "Kevin Doughty-Marr",
    ),
    (
        "en",
        "The plant has made ready meals in Wigan since 1986, according to the company's website.",
        True,
        [("year", 1986, None, None)],
        None,
    ),
    (
        "en",
        "Correction: The GMB organiser's surname was misspelled in a previous version of this story.",
        False,
        [],
        None,
    ),
    # --- Kurz gemeldet (APA) ---
    (
        "de",
        "Kurz gemeldet: Inflation in Österreich laut Schnellschätzung im Oktober bei 2,7 Prozent",
        True,
        [("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Wien (APA) - Die Teuerung ist im Oktober laut Schnellschätzung von 3,1 auf 2,7 Prozent gesunken, teilte die Statistik Austria mit.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.7, "%", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Kurz gemeldet: Wiener Linien fahren ab Jänner 2034 auf der U2 im Drei-Minuten-Takt",
        True,
        [("year", 2034, None, None), ("duration", 3, "minute", None)],
        None,
    ),
    (
        "de",
        "Kurz gemeldet: Hallstatt verlangt ab März eine Tagesgebühr von 5 Euro pro Reisebusgast",
        True,
        [("money", 5, "EUR", None)],
        None,
    ),
    # --- National League (Keystone-SDA) ---
    ("de", "National League: ZSC Lions – HC Davos 5:3 (1:1, 3:0, 1:2)", True, [], None),
    (
        "de",
        "Die ZSC Lions führen die Tabelle nach 14 Runden mit 31 Punkten an, vier Zähler vor Davos.",
        True,
        [("count", 14, None, None), ("count", 31, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Zürichs Torhüter Nando Gisler-Amrein wehrte 33 von 35 Schüssen ab.",
        True,
        [("count", 33, None, None), ("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Verteidiger Reto Aebischer-Kunz falle mit einer Handverletzung sechs Wochen aus, sagte ZSC-Trainer Marco Bützberger-Tanner.",
        True,
        [("duration", 6, "week", None)],
        "Marco Bützberger-Tanner",
    ),
    # --- Erste Bank Open (APA), Wien ---
    ("de", "Tennis: Mitterhuber-Nagl zieht in Wien ins Viertelfinale ein", True, [], None),
    (
        "de",
        "Erste Bank Open in Wien (2,6 Mio. Euro), Achtelfinale: Florian Mitterhuber-Nagl (AUT/WC) – Casper Holmgaard-Ryan (DEN/5) 6:4, 4:6, 7:6 (8:6)",
        True,
        [("money", 2600000, "EUR", None), ("ordinal", 5, None, None)],
        None,
    ),
    (
        "de",
        "Der 21-jährige Niederösterreicher wehrte im dritten Satz zwei Matchbälle ab und siegte nach 2:41 Stunden.",
        True,
        [
            ("duration", 21, "year", None),
            ("ordinal", 3, None, None),
            ("count", 2, None, None),
            ("duration", 2, "hour", None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "de",
        "Die Schulter schmerze seit Montag, er lasse sie am Donnerstag untersuchen, sagte Mitterhuber-Nagl.",
        True,
        [],
        "Mitterhuber-Nagl",
    ),
    ("de", "Er habe im Tiebreak „einfach nur noch draufgehaut“, erzählte der Lokalmatador.", False, [], None),
    # --- ÖFB-Cup (APA) ---
    ("de", "ÖFB-Cup: Austria Wien nach Verlängerung im Achtelfinale", True, [], None),
    ("de", "ÖFB-Cup, 2. Runde: SV Ried – Austria Wien 2:3 n.V. (1:0, 1:1)", True, [("ordinal", 2, None, None)], None),
    (
        "de",
        "Tore: 1:0 Brandstätter-Hoxha (19.), 1:1 Doblhofer-Sané (71.), 2:1 Brandstätter-Hoxha (96.), 2:2 Kreuzeder-Mlinar (104.), 2:3 Doblhofer-Sané (118.)",
        True,
        [
            ("ordinal", 19, None, None),
            ("ordinal", 71, None, None),
            ("ordinal", 96, None, None),
            ("ordinal", 104, None, None),
            ("ordinal", 118, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Austria steht zum vierten Mal in Folge im Achtelfinale, teilte der Verein mit.",
        True,
        [("ordinal", 4, None, None)],
        "der Verein",
    ),
    # --- DFB-Pokal: SC Freiburg – Hamburger SV (dpa), Freiburg ---
    ("de", "DFB-Pokal: Freiburg dreht Spiel gegen den HSV und steht im Achtelfinale", True, [], None),
    ("de", "+++ DFB-Pokal: SC Freiburg gegen Hamburger SV – der Liveticker +++", False, [], None),
    ("de", "1. Min.: Anpfiff im Europa-Park-Stadion, der HSV stößt an.", True, [("ordinal", 1, None, None)], None),
    (
        "de",
        "19. Min.: TOOOR für den HSV! Milan Ostrowski-Behr trifft per Kopf zum 0:1.",
        True,
        [("ordinal", 19, None, None)],
        None,
    ),
    ("de", "Die Freiburger wirken nach dem Rückstand völlig verunsichert.", False, [], None),
    (
        "de",
        "45.+1 Min.: Halbzeit in Freiburg, der HSV führt mit 1:0.",
        True,
        [("ordinal", 45, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "66. Min.: Ausgleich! Lennart Vogelsang-Adu staubt nach einem Pfostenschuss zum 1:1 ab.",
        True,
        [("ordinal", 66, None, None)],
        None,
    ),
    (
        "de",
        "78. Min.: Gelb-Rot für HSV-Verteidiger Kofi Amankwah-Reese nach wiederholtem Foulspiel.",
        True,
        [("ordinal", 78, None, None)],
        None,
    ),
    (
        "de",
        "88. Min.: TOOOR! Der eingewechselte Jannik Oberhausen-Tiede trifft aus 20 Metern zum 2:1.",
        True,
        [("ordinal", 88, None, None), ("count", 20, None, None)],
        None,
    ),
    ("de", "Was für ein Pokalabend, das ganze Stadion steht!", False, [], None),
    (
        "de",
        "90.+5 Min.: Abpfiff! Freiburg steht im Achtelfinale.",
        True,
        [("ordinal", 90, None, None), ("ordinal", 5, None, None)],
        None,
    ),
    ("de", "DFB-Pokal, 2. Runde: SC Freiburg – Hamburger SV 2:1 (0:1)", True, [("ordinal", 2, None, None)], None),
    (
        "de",
        "Tore: 0:1 Ostrowski-Behr (19.), 1:1 Vogelsang-Adu (66.), 2:1 Oberhausen-Tiede (88.) – Gelb-Rot: Amankwah-Reese (78.) – Zuschauer: 34.700 (ausverkauft)",
        True,
        [
            ("ordinal", 19, None, None),
            ("ordinal", 66, None, None),
            ("ordinal", 88, None, None),
            ("ordinal", 78, None, None),
            ("count", 34700, None, None),
        ],
        None,
    ),
    (
        "de",
        "Freiburg (dpa) - Der SC Freiburg hat nach einem 0:1-Rückstand mit 2:1 gegen den Hamburger SV gewonnen und zum sechsten Mal in Serie das Achtelfinale des DFB-Pokals erreicht.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Kapitän Elias Brügmann-Okeke fällt mit einer Muskelverletzung rund drei Wochen aus, sagte Trainer Ruben Kaltenbach-Sierra.",
        True,
        [("duration", 3, "week", "about")],
        "Ruben Kaltenbach-Sierra",
    ),
    ("de", "Kaltenbach-Sierra sprach von einem „Sieg der Moral“.", False, [], None),
    ("de", "Einzelkritik: Wer beim SC Freiburg den Unterschied machte", False, [], None),
    # --- Newcastle v Benfica (PA, Reuters), Newcastle ---
    ("en", "Live: Newcastle v Benfica in the Champions League - minute by minute", False, [], None),
    (
        "en",
        "4 min: Early chance for Newcastle as Okafor-Lund curls just wide from the edge of the box.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("en", "GOAL! Newcastle 1-0 Benfica (Okafor-Lund 22)", True, [("ordinal", 22, None, None)], None),
    ("en", "St James' Park is absolutely rocking now.", False, [], None),
    (
        "en",
        "45+3 min: Half-time: Newcastle 1-0 Benfica",
        True,
        [("ordinal", 45, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "61 min: GOAL! Moura-Sequeira levels with a low drive - Newcastle 1-1 Benfica",
        True,
        [("ordinal", 61, None, None)],
        None,
    ),
    (
        "en",
        "77 min: Red card! Benfica's Vasco Albuquerque-Neves is sent off for a second yellow.",
        True,
        [("ordinal", 77, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "90+2 min: GOAL! Thackeray-Voss heads in the winner - Newcastle 2-1 Benfica",
        True,
        [("ordinal", 90, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Newcastle 2 (Okafor-Lund 22, Thackeray-Voss 90+2) Benfica 1 (Moura-Sequeira 61)",
        True,
        [
            ("ordinal", 22, None, None),
            ("ordinal", 90, None, None),
            ("ordinal", 2, None, None),
            ("ordinal", 61, None, None),
        ],
        None,
    ),
    ("en", "Attendance: 52,114", True, [("count", 52114, None, None)], None),
    (
        "en",
        "Soccer-Thackeray-Voss header in stoppage time gives Newcastle win over 10-man Benfica",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "Newcastle are third in the league phase standings with 10 points from four games.",
        True,
        [("ordinal", 3, None, None), ("count", 10, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Newcastle head coach Stuart Pennington-Adair said Okafor-Lund had come off with a tight hamstring.",
        True,
        [],
        "Stuart Pennington-Adair",
    ),
    (
        "en",
        "UEFA said it had opened disciplinary proceedings against Benfica over flares thrown by its supporters.",
        True,
        [],
        "UEFA",
    ),
    ("en", '"That\'s the kind of night this club was built for," Pennington-Adair said.', False, [], None),
    (
        "en",
        "Okafor-Lund's goal was his fifth in four Champions League games this season.",
        True,
        [("ordinal", 5, None, None), ("count", 4, None, None)],
        None,
    ),
    ("en", "Player ratings: Thackeray-Voss the hero on a night of high drama", False, [], None),
    # --- NBA and NHL (AP) ---
    ("en", "Celtics 121, Knicks 114", True, [], None),
    (
        "en",
        "BOSTON (AP) — Jalen Whitfield-Osei scored 13 of his 34 points in the fourth quarter as Boston opened its season with a 121-114 win over the New York Knicks on Wednesday night.",
        True,
        [("count", 13, None, None), ("count", 34, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Whitfield-Osei said he had been cleared to play without a minutes limit only on Monday.",
        True,
        [],
        "Whitfield-Osei",
    ),
    (
        "en",
        "Marcus Ellery-Bryant led the Knicks with 27 points and nine assists.",
        True,
        [("count", 27, None, None), ("count", 9, None, None)],
        None,
    ),
    ("en", "Boston has won its last 11 home openers.", True, [("count", 11, None, None)], None),
    ("en", "Maple Leafs 3, Canadiens 2, SO", True, [], None),
    (
        "en",
        "TORONTO (AP) — Rookie goalie Mathis Leclerc-Barrow made 38 saves in his NHL debut and stopped all three attempts in the shootout as Toronto beat Montreal 3-2 on Wednesday night.",
        True,
        [("count", 38, None, None), ("count", 3, None, None)],
        None,
    ),
    ("en", 'Canadiens coach Rémi Dufresne-Hart told reporters his team had "let one get away."', False, [], None),
    # --- Termine am Donnerstag (dpa) ---
    ("de", "Vorschau: Was am Donnerstag ansteht – die Termine im Überblick", False, [], None),
    ("de", "08:00 Uhr · Wiesbaden · Destatis: Außenhandel September", True, [], None),
    ("de", "10:00 Uhr · Nürnberg · Bundesagentur für Arbeit: Arbeitsmarktzahlen Oktober", True, [], None),
    ("de", "14:15 Uhr · Frankfurt · EZB: Zinsbeschluss des Rats, 14:45 Uhr Pressekonferenz", True, [], None),
    (
        "de",
        "20:45 Uhr · Bochum · DFB-Pokal, 2. Runde: VfL Bochum – Borussia Dortmund",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Reuters economic calendar and AP Daybook, October 27 ---
    ("en", "Thursday's main economic releases (times GMT)", False, [], None),
    (
        "en",
        "1215 - Euro zone - ECB deposit rate decision: cons 1.75%, prev 1.75%",
        True,
        [("percent", 1.75, "%", None), ("percent", 1.75, "%", None)],
        None,
    ),
    (
        "en",
        "1230 - United States - GDP, advance (Q3), annualized: cons +2.1%, prev +3.0%",
        True,
        [("ordinal", 3, None, None), ("percent", 2.1, "%", None), ("percent", 3.0, "%", None)],
        None,
    ),
    (
        "en",
        "1230 - United States - Initial jobless claims: cons 228,000, prev 221,000",
        True,
        [("count", 228000, None, None), ("count", 221000, None, None)],
        None,
    ),
    ("en", "AP Daybook: Thursday's events in Washington", False, [], None),
    ("en", "10 a.m. — Senate votes on House-passed stopgap spending bill", True, [], None),
    ("en", "2 p.m. — Treasury secretary testifies before House Financial Services Committee", True, [], None),
]
