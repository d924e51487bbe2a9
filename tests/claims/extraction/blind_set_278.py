"""Two-hundred-and-seventy-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups and figures are made
up (Gernot Hasselbrink, Jens-Uwe Dallmeier, Brackhausen Defence, Aurelius Denkhaus, Falko
Marschhausen, Roswitha Lechthaler, Hinnerk Osterloh, Cornelia Tschopp-Marthaler, Eckart
Wollenhaupt, Volkmar Strassberger, Till Ahlemeyer, Annegret Vollmer-Buss, Radosław
Kwiecinski, Malte Brenneisen, Henning Thielebeule, Ansgar Wiesenthal-Kroll, Waltraud
Kremsmayr, Rüdiger Kaltenbrunn, Mads Kjærsgaard, the exercise „Nordwind“; Henrik Askvold,
Rowena Achterberg, Giles Pemberton-Hale, Torstein Hegvold, Dolores Whitcombe, Leland Varga,
Tomasz Bielak, Anders Tollgård, Lars Østerby, Marianne Thibodeau, Callum Ferrier, Dragoș
Ilinescu, Imants Ozoliņš-Berg, Rasmus Lindqvist-Aho, Edwina Lockhart-Pryce, Howard
Penhallow, Jeroen Wittebroek, the exercise Polar Shield; every unnamed spokesman, official,
diplomat, critic, herder and union); ministers, generals, commissioners and the alliance's
secretary general appear under made-up names that stand for no real holder, or by their
role only ("ein Sprecher der Brigade", "ein Sprecher des Amts", "a senior Army official", "a
Pentagon spokesman", "a navy spokesman"). Real states, bodies, places and things
(Bundeswehr, Bundestag, Haushaltsausschuss, Beschaffungsamt, Bundesrechnungshof, Marine,
Heer, Luftwaffe, Bundesheer, Ministerrat, Bundesrat, Nationalrat, Armeebotschaft, Nato, Den
Haag, Kieler Institut für Weltwirtschaft, Bund der Steuerzahler, Forsa, Linke, Grüne, CDU,
BSW, FPÖ, SP, Celle, Kiel, Rostock, Büchel, Zeltweg, Allentsteig, Waldviertel, Gleiwitz,
Rūdninkai, Vilnius; NATO, the Treasury, the MoD, the Institute for Fiscal Studies, the
Government Accountability Office, the Congressional Budget Office, the European Commission,
the Pentagon, the Australian Strategic Policy Institute, the U.S. Marine Corps, Lima, Ohio,
Mesquite, Texas, Skrydstrup, Constanta, Tapa, and the datelines' cities; type names such as
F127, F126, F123, Leopard 2A8, K2, M-346, Saab 105, Pandur Evolution, Aegis, F-35A, Tornado,
Type 26, Nansen-class, Abrams, Naval Strike Missile, Mogami, Anzac-class, River-class,
Eurofighter Typhoon, S-400, Constellation-class, FDI) stand for the way wire copy names them;
every order, price, share, troop number, output, date and quote here is invented, and where
a real figure came to mind (a real NATO estimate, a real order size, a real troop level, a
real shell output) it was changed.

Its weight: DEFENCE AND MILITARY PROCUREMENT (the fiftieth batch weighed defence
procurement, military and security copy, the hundred-twenty-second defence budgets, arms
deliveries, military procurement and conscription, and the two-hundred-and-sixteenth
defence procurement and armed forces in German-heavy copy, and their decisions are kept) -
NATO spending shares of GDP, tank, jet and frigate orders, conscription numbers, ammunition
output, troop deployments and exercises - in 28 short stories, half German and half English
as the brief for this batch asks, each told as wire copy runs it (a dateline lead, the
figures, attributed claims, the other side, quotes, reactions). German (dpa with "dpa/lni",
Reuters German, APA, Keystone-SDA; Austrian "im Vorjahr", "Ministerrat", Swiss "grössten",
"dreissig", "einen Viertel", «» quotes, "6'900", German „“ quotes): the first year of the
new Wehrdienst, four F127 frigates, a new 155-millimetre shell works, the brigade in
Lithuania, Austria's defence budget and trainer jets, a Baltic naval exercise, the Swiss
Armeebotschaft, Germany's NATO share, a Leopard order, a conscription poll, Poland's K2
order, the F126 delay, reservists, a tank-ammunition framework contract, a counter-drone
exercise in Allentsteig, Germany's F-35A order and Danish conscription of women. English
(Reuters, AP, AFP, PA, AAP): NATO's spending estimates, Britain's budget and army size,
Norway's Type 26 frigates, an Abrams contract, U.S. shell output, Poland's army, Swedish
conscription, an Arctic exercise, Danish F-35s, Canada's 2%, Australia's Mogami frigates,
U.S. troops in South Korea and in Romania, Latvian conscription, the EU's ammunition money,
Turkey's Typhoons, British troops in Estonia, the U.S. frigate cut, the Dutch service
questionnaire and Greek frigates. Figures as such copy has them: shares of GDP and of
economic output, orders of ships, jets, tanks and shells, calibres, troop, conscript,
reservist and recruit numbers, unit prices, budgets and contracts in euros, francs,
dollars, pounds, Danish crowns, Canadian and Australian dollars and won, delays, service
and exercise lengths, ages, polls; number words and compounds („zwölftägigen Übung“, „zehn
Tage lang“, „binnen 72 Stunden“, „18- bis 29-Jährigen“, „ein Dutzend“, "a three-week
exercise", "a six-week exercise", "a one-year voluntary service scheme", "every Dutch
17-year-old"), fractions („jeder vierte“, „Knapp ein Fünftel“, „einen Viertel“, „fast jeder
zweite“, „Ein Drittel“, „etwa die Hälfte“, "one in five", "Nearly a third"), ordinals („Im
ersten Jahr“, „die vierte“, „das vierte Manöver“, „auf Platz neun“, „im dritten Quartal
2027“, „des 21. Jahrhunderts“, "the fourth time", "the first of three ..., the second ...,
the third", "a fourth"), hedges, ranges, years and dates. Negatives as such copy has them -
57 rows, about a quarter: ministers', generals', commissioners' and chiefs' rhetoric and
creed in quotes, labels („nannte“, „bezeichnete ... als“, „sprach von“, „warf ... vor“,
"called", "described ... as"), verdicts with „halten ... für“, an evasion („ließ ...
offen“), doubts, fears and concerns, an appeal naming no measure, a forecast without a
figure and opposition and other-side reactions, each near a check-worthy look-alike: the
same speaker's figure, an order, a vote, a stated cause, a position of record.

240 rows (120 German, 120 English), 57 negatives (31 German, 26 English), 183 check-worthy
rows of which 12 carry no figure (4 German, 8 English), 356 expected quantities (136 counts,
51 years, 40 amounts of money - 23 EUR, 8 USD, 3 GBP, 2 CHF, 1 each AUD, CAD, DKK, KRW -, 39
percentages, all in %, 36 durations - 16 in years, 12 in months, 5 in days, 2 in weeks, 1 in
hours -, 29 ordinals, 16 dates, 9 fractions; 7 of them in six negatives, as the seventeenth
batch labels a figure in a negative), 38 checked speakers (18 German, 20 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, creed, fear, doubt or piece of rhetoric is a negative with speaker
  None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-twenty-second, two-hundred-and-sixteenth); a quoted or reported statement of
  fact, figure, plan, order or position is check-worthy with its speaker, also in
  Konjunktiv I (fiftieth, hundred-twenty-second, two-hundred-and-sixteenth). Pairs from one
  speaker: Hasselbrink's 203,000 beside „keine Armee auf dem Papier“ and his „ließ ...
  offen“ with 2027 labelled; Dallmeier's nine frigates and 140 million euros beside „Die
  See wird nicht ruhiger“; Denkhaus's 560 million euros beside „die Währung dieses
  Krieges“; Marschhausen's 120 families beside „um zu bleiben“; Lechthaler's 2 percent and
  225 vehicles beside „Neutralität heißt nicht Wehrlosigkeit“; Osterloh's undersea cables
  beside „unser Vorgarten“; Tschopp-Marthaler's quarter beside «dreissig Jahre lang
  versäumt» (30 years labelled); Wollenhaupt's 400 billion beside „Sicherheit auf Pump“;
  Strassberger's 300 tanks beside „im Depot“; Vollmer-Buss's 28,000 posts beside her
  figureless „Ohne eine Pflicht ...“; Kwiecinski's 300,000 beside „eine Botschaft nach
  Moskau“; Wiesenthal-Kroll's 40 percent beside „von der Substanz gelebt“; Kremsmayr's 2.3
  million euros beside „das Sturmgewehr des 21. Jahrhunderts“ (ordinal 21 labelled);
  Askvold's 11 allies beside "Two percent was the floor" (2% labelled); Achterberg's 12
  submarines beside "not be found wanting"; Hegvold's missiles beside "for a generation";
  Whitcombe's four brigades beside "Heavy armor is not obsolete"; Varga's $5.8 billion
  beside "for thirty years" (30 years labelled); Bielak's 41,000 beside "never again";
  Tollgård's 12,000 beside "not a slogan"; Østerby's Skrydstrup beside "the luxury of
  waiting"; Thibodeau's 2% and 14,000 beside "Canada is back"; Ferrier's 2029 beside "a
  partner we trust"; Ozoliņš-Berg's 12% beside the quote of "he"; Lindqvist-Aho's 2 million
  shells beside "war economy mode"; Lockhart-Pryce's 3,000 rounds beside "our security";
  Penhallow's submarines beside "the right call".
- Opposition and other-side reactions are labels and negatives (hundred-twenty-second,
  two-hundred-and-sixteenth): „eine Musterung durch die Hintertür“, „nicht belastbar“ (the
  audit office's label, "bezeichnet"), „Provokation vor unserer Haustür“, „Geldverschwendung
  im Nato-Auftrag“ and „schlicht nicht mehr vermittelbar“ ("hält ... für" said of a party),
  «Aufrüstung auf Vorrat», „Blankoscheck für die Rüstungslobby“, „gezielten Eskalation“,
  „einen klaren Auftrag an die Politik“, „über den Tisch ziehen lassen“ (an accusation
  naming no act), „ein Lehrstück über Beschaffung ohne Plan“, „blinde Gefolgschaft“, "a
  conjuring trick with the accounts", "a provocation that will not go unanswered", "too
  little, far too late", "a rehearsal for invasion", "a gift to the Kremlin"; so are the
  economists' doubt, the diplomats' private questioning (3.5% and 2030 labelled;
  two-hundred-and-sixteenth: "Diplomats doubt ..."), the lawmakers' questioning, the
  residents', herders' and unions' fears ("hundreds" none), the Greek officials' concern,
  the Greens' argument, the Reservistenverband president's „Rückgrat“ and the town's appeal
  to walkers (an appeal naming no measure, two-hundred-and-fourth). New: "Turkey's defence
  ministry said the purchases would do nothing for stability in the region." is a negative
  - a reported evaluation by the other side, as "the deliveries would "change nothing on
  the battlefield"" (hundred-twenty-second), though its verb is "said".
- Check-worthy without a figure (hundred-twenty-second, two-hundred-and-sixteenth): the
  women called up in Denmark („erstmals“ none), the Nationalrat's debate set for the summer
  session (sixty-fifth: a scheduled sitting), the ministry's stated cause of the F126 delay
  („nannte ... als Grund“, speaker None; two-hundred-and-sixteenth: a stated cause), the
  undersea-cable drill (Osterloh), the missiles and patrols of Norway's frigates (Hegvold),
  the other bidders, Skrydstrup (Østerby), the Pentagon spokesman's denial of a withdrawal
  (hundred-twenty-second: denials of record), the abstentions of Hungary and Slovakia
  (hundred-nineteenth: a position by vote), the largest deployment since the Cold War and
  Penhallow's submarines. New: "Wittebroek said a return to compulsory service was "not on
  the table for now"." is check-worthy with "Wittebroek" - a position ruled out, as the
  hundred-twenty-second's "Conscription is not on the table" with a role, here with a named
  speaker; "for now" limits it in time and makes it no rhetoric.
- Shares of output and NATO quotas are percentages, "des BIP", "des Bruttoinlandprodukts",
  "der Wirtschaftsleistung", "of GDP", "of economic output" carrying none (fiftieth,
  hundred-twenty-second, two-hundred-and-sixteenth): „auf rund 1,1 Prozent“ "about", „auf
  zwei Prozent“ 2, „ein Prozent des Bruttoinlandprodukts“ 1, „bei rund 0,75 Prozent“, „2,9
  Prozent“, „3,5 Prozent ... und weitere 1,5 Prozent“ ("weitere" no hedge), „4,7 Prozent“,
  "the alliance's 2% spending target", "4.48% ..., 4.02% and ... 3.71%", "the 3.5% target",
  "about 1.4% of GDP", "roughly 62% ..., down from 68%", "2.6% of GDP", "4.8% of economic
  output", "about 2.4%", "3.2% ..., up from 1.4%", "NATO's 2% target", "about 2% ... to
  2.33%", "2.5% of GDP", "3.65% ... and aims for 5%", "2.2%", "about 3.1%"; other shares
  likewise („knapp 78 Prozent der Angeschriebenen“, „71 Prozent der Litauer“, „nur rund 40
  Prozent des Nato-Bedarfs“ "about" - „nur“ no hedge -, "rise by 19%", "risen by 14%",
  "about 12% of those called up"); poll shares with the speaker unchecked („56 Prozent ...,
  39 Prozent dagegen“; forty-first, hundred-twenty-second), the fieldwork dates „vom 3. bis 5.
  März“ --03-03 and --03-05 (two-hundred-and-sixteenth: "vom 10. bis 12. Februar").
- Orders, troops and output are counts as written (fiftieth, hundred-twenty-second,
  two-hundred-and-sixteenth): ships, jets, tanks, shells, rounds, brigades, battalions,
  vehicles, conscripts, reservists, recruits, families, jobs and posts; "weitere 75", „zwei
  weitere Schiffe“, "16 more", "an extra C$9.1 billion" ("weitere", "more", "extra" no
  hedge), „rund 30 zusätzliche“ and „420 Milizsoldaten“, „zusammen 152 Fahrzeuge“
  ("zusammen" no hedge), „um 15 auf 50 Maschinen“ both, "from 20 ships to six" both, "from
  about 74,000 to 100,000" 74,000 "about" and 100,000, „unter den 32 Mitgliedern“, "All 32
  NATO members" ("All" no hedge), "the remaining eight" (two-hundred-and-ninth), „ein
  Dutzend Abwehrsysteme“ 12 (the issue's "two dozen"), "bringing its total order to 43",
  "has so far taken delivery of 19" (the elliptic count, two-hundred-and-ninth: "seven of
  them"), "only about 180 of the K2s" 180 "about" ("only" no hedge), „knapp zwei Millionen
  Artilleriegeschosse“ 2,000,000 "nearly", "2.5 million" 2,500,000, "more than 2 million
  shells" "over", „bis zu 2,4 Millionen Schuss“ and „bis zu 350.000 Stück“ "up_to"; rate
  words carry none („im Jahr“, „jährlich“, „pro Jahr“, „pro Woche“, "a month", "a year",
  "each year", "annually"). Calibres are counts („im Kaliber 155 Millimeter“, „im Kaliber
  120 Millimeter“, "155mm artillery shells", "155mm shells"; fiftieth). Type designations
  carry none, the figure inside included („F127“, „F126“, „F123“, „Leopard 2A8“, „K2“,
  „M-346“, „Saab-105“, „F-35A“, "Type 26", "K2s", "F-35", "F-35s", "S-400"; fiftieth,
  two-hundred-and-sixteenth). "a brigade of about 3,000 soldiers" is 3,000 "about" and "a
  brigade" none (an article, hundred-second). Multiples are counts (hundred-eleventh,
  two-hundred-and-seventy-sixth): "nearly double the price" 2 "nearly", "more than double
  the number expected" 2 "over"; „verdoppeln“ and "double" as verbs carry none (fiftieth).
  New: „knapp 1,2 Millionen Reservistendiensttage“ is count 1,200,000 "nearly" and no
  duration - days summed over many people inside a compound noun are a tally, as "eine
  Mindestzahl von 150 Diensttagen" (hundred-twenty-second), while „an sechs Tagen pro
  Woche“ is a span of 6 days as „an 19 Tagen“ (hundred-sixtieth) and „in zwei Schichten“ a
  count of 2. "a handful", "hundreds", „Tausende“ none.
- Ordinals (the issue; fiftieth, two-hundred-and-sixteenth): „Im ersten Jahr“ and „Im
  ersten Betriebsjahr“ 1 with no duration (two-hundred-and-seventy-sixth: „in der ersten
  Stunde“), „Die erste Fregatte ..., die vierte“ 1 and 4, „die ersten vier“ 1 and 4, „die
  ersten 120 Familien“ 1 and 120, „Die ersten 18 Panzer“ 1 and 18, „im dritten Quartal 2027“
  3 with its year, „Die ersten acht Jets“ 1 and 8, „die ersten Piloten“ 1, „Ein erster
  Abruf“ 1, „das vierte Manöver“ 4 („bereits“ no hedge), „auf Platz neun“ 9
  (two-hundred-and-sixteenth: "Auf Platz zwei"), „des 21. Jahrhunderts“ 21 in a negative
  (two-hundred-and-forty-fourth: „im 19. Jahrhundert“), "for the first time" 1, "The first
  ship", "The first three ships" 1 and 3, "its first F-35s", "the first frigate", "the first
  jets", "in the first week" 1 (no duration, as „in der ersten Stunde“), "the fourth time"
  4, "the first of three ..., with the second ... and the third" 1, 3, 2, 3, "an option for
  a fourth" 4. New: "Canada's first three River-class destroyers" is ordinal 1 and count 3,
  as "The first 18 howitzers" (two-hundred-and-sixteenth) with the figure as a word.
  „erstmals“, „Erstmals“, "the highest share", "the largest", "a record" none.
- Fractions (the issue; hundred-twenty-second, two-hundred-and-sixteenth): „Etwa jeder
  vierte“ 0.25 "about", „Knapp ein Fünftel“ 0.2 "nearly", „fast jeder zweite“ 0.5 "nearly",
  „Ein Drittel der Munition“ 0.3333, „Rund ein Drittel“ 0.3333 "about", „nur etwa die
  Hälfte“ 0.5 "about" ("nur" no hedge), "About one in five" 0.2 "about", "Nearly a third"
  0.3333 "nearly". New: Swiss „nur einen Viertel ihrer Bataillone“ is 0.25 with no hedge -
  the masculine article of Swiss usage („einen Viertel“) names the same share as „ein
  Viertel“, and „nur“ hedges nothing.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit";
  two-hundred-and-sixteenth): „über eine Bauzeit von 13 Jahren“ 13 years and "over" before a
  span no hedge, „an der zwölftägigen Übung“ 12 days, „binnen 72 Stunden“ 72 hours („binnen“
  none), „seit 18 Monaten“ 18 months, „zehn Tage lang“ 10 days, „sechs Monate“ 6 months,
  „um mindestens zwei Jahre“ 2 years "at_least", „drei Jahre länger“ 3 years, „binnen fünf
  Jahren“ 5 years, „läuft über sieben Jahre“ 7 years, „von vier auf elf Monate“ 4 and 11
  months (two-hundred-and-sixteenth: the unit written once serves both), „bei etwa 30
  Monaten, ... rund zwölf“ 30 and 12 months, both "about" (the elliptic unit,
  hundred-twenty-second), "in the 12 months to September" 12 months, "about eight months
  behind schedule" "about", "a three-week exercise" 3 weeks, "a six-week exercise" 6 weeks,
  "between nine and 15 months" both with no hedge, "six years earlier than previously
  planned" 6 years, "about four years later than first planned" "about", "three years later
  than originally planned", "11 days of joint drills", "in nine days", "Service lasts 11
  months", "within two months" 2 months; ages are durations in years („18- bis
  29-Jährigen“ two ages, two-hundred-and-sixteenth; "every Dutch 17-year-old" 17; „bis zum
  Alter von 65 Jahren“ 65 with no qualifier, two-hundred-and-sixteenth, and „bei 60“ 60 by
  the elliptic unit). New: "a new one-year voluntary service scheme" is 1 year - a compound
  with "one" names a span as "a two-week visit" (the issue) does, unlike the bare article of
  "a year" (hundred-second). None: „im kommenden Jahr“, „im Vorjahr“, „im Jahr davor“, „ein
  Jahr zuvor“, „im vergangenen Jahr“, „in diesem Jahr“, „seit diesem Sommer“, „seit dem
  Herbst“, „Ab Juli“, „ab Montag“, „bis Ende Dezember“, „jahrzehntelang“, "this year",
  "next year", "last year", "a decade ago", "for a decade", "for a generation", "years of
  delays", "this fiscal year", "by the end of next year", "in August", "in the spring".
- Years and dates: target and delivery years as written („bis 2031“, „spätestens 2039“ the
  year with no qualifier - fiftieth: „bis spätestens 2030“ -, „bis Ende 2027“, „seit 2017“,
  „Ab 2028“, „bis 2032“, „seit 2022“, „bis 2035“, „bis 2029“, „seit Februar 2022“, „auf
  2030“, „bis 2033“, "by April 2027", "in late 2027", "since 2022", "in 2018", "in March
  2024", "in April 2023", "in 2019", "in early 2022" and "annually by 2030"); „des Jahrgangs
  2008“ 2008 (hundred-twenty-second); "on Oct. 1" --10-01. Reuters English datelines with a
  day are dates without a year ("BRUSSELS, June 12", "OSLO, Sept 1", "WASHINGTON, Feb 18",
  "WARSAW, March 4", "STOCKHOLM, Jan 27", "COPENHAGEN, Aug 21", "OTTAWA, April 9", "SEOUL,
  Nov 3", "BUCHAREST, May 6", "RIGA, July 1", "BRUSSELS, Oct 14", "ANKARA, Dec 9", "THE
  HAGUE, Feb 25"); dpa (also "dpa/lni"), Reuters German, APA, Keystone-SDA, AP ("WASHINGTON
  (AP) —"), AFP ("OSLO (AFP) -", "ATHENS (AFP) -"), PA ("LONDON (PA) -", "TAPA, Estonia (PA)
  -") and AAP datelines none (seventy-ninth).
- Money in the currency written (every batch): EUR („rund 15,8 Milliarden Euro“, „bis zu
  8,5 Milliarden Euro“ "up_to", „rund 560 Millionen Euro“, „5,4 Milliarden Euro“, „gut 400
  Milliarden Euro“ "over", „knapp 2,9 Milliarden Euro, pro Panzer also rund 38 Millionen
  Euro“ - a unit price, "pro Panzer" none, hundred-twenty-second -, „umgerechnet rund 6,1
  Milliarden Euro“ "about" („umgerechnet“ no hedge), „von ursprünglich 5,3 auf gut 10
  Milliarden Euro“ 5.3e9 with no hedge and 1e10 "over" (two-hundred-and-sixteenth), „bis zu
  570 Euro“, „bis zu 4,2 Milliarden Euro“, „610 Millionen Euro“, „rund 2,3 Millionen Euro“,
  „rund 1,2 Milliarden Euro“, „etwa 95 Millionen Euro“, "about 2.5 billion euros", "about
  450 euros a month", "1.3 billion euros", "about 3 billion euros in total" ("in total" no
  hedge)); CHF („insgesamt 1,9 Milliarden Franken“, „rund 660 Millionen Franken“); USD
  ("about $540 billion", "a $4.6 billion contract", "roughly $13.5 million", "$5.8
  billion", "about $1.4 billion"), the converted figure in brackets with no hedge ("about 10
  billion pounds ($13.5 billion)", "about 28 billion Danish crowns ($4.3 billion)", "about
  1.5 trillion won ($1.05 billion)"; hundred-twenty-second); GBP ("about 6.4 billion
  pounds", "about 5.4 billion pounds"); CAD ("C$9.1 billion"), AUD ("A$10 billion").
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, „Etwa“, "about", "About",
  "roughly", "around", "some" "about"; „knapp“, „Knapp“, „fast“, "nearly", "Nearly"
  "nearly"; „gut“, „mehr als“, "more than", "More than" "over"; „bis zu“, "up to" "up_to";
  „mindestens“, "at least" "at_least". No hedge: „insgesamt“, „umgerechnet“, „nur“,
  „bereits“, „weitere“, „zusätzliche“, „zusammen“, „derzeit“, „noch“, „ursprünglich“,
  „inzwischen“, „spätestens“, „zwischen“, "only", "All", "all", "extra", "more", "the
  remaining", "in total", "between", "within", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des
  Verteidigungsministeriums" -> "das Verteidigungsministerium" (the source in the
  nominative, fiftieth), "teilte das Bundesheer mit" -> "das Bundesheer"
  (two-hundred-and-sixteenth); "X sagte, ..." opening the row with the office or rank
  dropped ("Verteidigungsminister Gernot Hasselbrink", "Marineinspekteur Jens-Uwe
  Dallmeier", "Vorstandschef Aurelius Denkhaus", "Brigadekommandeur Oberst Falko
  Marschhausen", "Flottillenadmiral Hinnerk Osterloh", "Verteidigungsministerin Cornelia
  Tschopp-Marthaler", "Finanzminister Eckart Wollenhaupt", "Heeresinspekteur Volkmar
  Strassberger", "Wehrbeauftragte Annegret Vollmer-Buss", "Vizeverteidigungsminister
  Radosław Kwiecinski", "Generalinspekteur Ansgar Wiesenthal-Kroll", "Brigadier Waltraud
  Kremsmayr", "Luftwaffeninspekteur Rüdiger Kaltenbrunn"; fiftieth,
  two-hundred-and-sixteenth), "Lechthaler sagte" and "Marineinspekteur Dallmeier sagte" as
  written ("Dallmeier"), "sagte Verteidigungsministerin Roswitha Lechthaler am Mittwoch nach
  dem Ministerrat" (weekday and occasion dropped, hundred-twenty-second). English: the name
  with the title and weekday dropped ("NATO Secretary General Henrik Askvold told
  reporters", "Defence Secretary Rowena Achterberg said", "Defence Minister Torstein Hegvold
  said", "Army Secretary Dolores Whitcombe said", "Army acquisition chief Leland Varga
  said", "Deputy Defence Minister Tomasz Bielak said", "Supreme Commander General Anders
  Tollgård said", "Defence Minister Lars Østerby said", "..., Defence Minister Marianne
  Thibodeau said on Wednesday.", "Defence Minister Callum Ferrier said", "Defence Minister
  Imants Ozoliņš-Berg said", "Defence Commissioner Rasmus Lindqvist-Aho told reporters",
  "Brigadier Edwina Lockhart-Pryce said", "Navy Secretary Howard Penhallow said", "...,
  Defence State Secretary Jeroen Wittebroek said."), "Thibodeau said" and "Wittebroek said"
  as written; "The MoD said" -> "the MoD", "..., the defence ministry said." and "..., the
  defence ministry said on Thursday." -> "the defence ministry" (two-hundred-and-sixteenth).
  Left unchecked (None): roles ("wie ein Sprecher der Brigade mitteilte", "sagte ein
  Sprecher des Unternehmens", "sagte ein Sprecher des Amts", "Ein Sprecher der Marine
  sagte", "a senior Army official said", "A U.S. Marine Corps spokesman said", "a senior
  U.S. defence official said", "A Pentagon spokesman said", "A navy spokesman said", "he
  said"), „wie das Verteidigungsministerium mitteilte“ (two-hundred-and-fourth), "nach
  Unionsangaben", "nach Regierungsangaben", "nach Unternehmensangaben", "nach
  Branchenschätzungen", "nach Schätzungen der Nato", "Umfragen zufolge", „nannte ... als
  Grund“, bodies' "said" other than the settled ministry forms ("the Treasury said", "the
  government said", "the Pentagon said", "the Swedish armed forces said", "the European
  Commission said", "the Australian Strategic Policy Institute said"; two-hundred-and-fourth,
  two-hundred-and-sixteenth), plural sources ("British officials said", "organisers said",
  "Critics say"), "Ministry of Defence figures show", "The Institute for Fiscal Studies
  estimates", "The Government Accountability Office reported", "The Congressional Budget
  Office estimated", every "according to", rows without attribution and all negatives, also
  those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_278 = [
    # --- Wehrdienst: erstes Jahr (dpa) ---
    ("de", "Berlin (dpa) - Im ersten Jahr des neuen Wehrdienstes haben sich nach Angaben des Verteidigungsministeriums rund 21.500 junge Männer und Frauen freiwillig verpflichtet.", True, [("ordinal", 1, None, None), ("count", 21500, None, "about")], "das Verteidigungsministerium"),
    ("de", "Das sind gut 6.000 mehr als im Jahr davor, das selbst gesteckte Ziel von 25.000 wurde aber verfehlt.", True, [("count", 6000, None, "over"), ("count", 25000, None, None)], None),
    ("de", "Den Fragebogen zur Wehrerfassung haben bis Ende Dezember 412.000 Angehörige des Jahrgangs 2008 zurückgeschickt, knapp 78 Prozent der Angeschriebenen.", True, [("count", 412000, None, None), ("year", 2008, None, None), ("percent", 78, "%", "nearly")], None),
    ("de", "Etwa jeder vierte von ihnen gab an, sich einen Dienst in der Truppe grundsätzlich vorstellen zu können.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Verteidigungsminister Gernot Hasselbrink sagte, die Bundeswehr solle bis 2031 auf 203.000 aktive Soldaten wachsen, derzeit seien es 182.400.", True, [("year", 2031, None, None), ("count", 203000, None, None), ("count", 182400, None, None)], "Gernot Hasselbrink"),
    ("de", "„Wir bauen keine Armee auf dem Papier, wir bauen sie in den Kasernen“, sagte Hasselbrink.", False, [], None),
    ("de", "Die Linke nannte den Fragebogen „eine Musterung durch die Hintertür“.", False, [], None),
    ("de", "Ob ab 2027 eine Pflicht zur Musterung für den ganzen Jahrgang kommt, ließ Hasselbrink offen.", False, [("year", 2027, None, None)], None),
    ("de", "Nach Unionsangaben würden für eine verpflichtende Musterung rund 30 zusätzliche Karrierecenter benötigt.", True, [("count", 30, None, "about")], None),
    # --- Fregatten F127 (dpa) ---
    ("de", "Berlin (dpa) - Der Haushaltsausschuss des Bundestags hat den Bau von vier Fregatten der Klasse F127 für insgesamt rund 15,8 Milliarden Euro freigegeben.", True, [("count", 4, None, None), ("money", 15800000000, "EUR", "about")], None),
    ("de", "Der Vertrag enthält zudem eine Option auf zwei weitere Schiffe.", True, [("count", 2, None, None)], None),
    ("de", "Die erste Fregatte soll 2034 an die Marine übergeben werden, die vierte spätestens 2039.", True, [("ordinal", 1, None, None), ("year", 2034, None, None), ("ordinal", 4, None, None), ("year", 2039, None, None)], None),
    ("de", "Jedes der Schiffe wird mit rund 190 Besatzungsmitgliedern fahren und das Radarsystem Aegis tragen.", True, [("count", 190, None, "about")], None),
    ("de", "Marineinspekteur Jens-Uwe Dallmeier sagte, die Marine verfüge derzeit nur über neun einsatzbereite Fregatten.", True, [("count", 9, None, None)], "Jens-Uwe Dallmeier"),
    ("de", "„Die See wird nicht ruhiger, und wir dürfen nicht kleiner werden“, sagte Dallmeier.", False, [], None),
    ("de", "Der Bundesrechnungshof hatte die Kostenschätzung des Ministeriums zuvor als „nicht belastbar“ bezeichnet.", False, [], None),
    ("de", "Die Werft in Kiel rechnet mit bis zu 1.200 zusätzlichen Arbeitsplätzen über eine Bauzeit von 13 Jahren.", True, [("count", 1200, None, "up_to"), ("duration", 13, "year", None)], None),
    # --- Munitionswerk (dpa/lni) ---
    ("de", "Hannover (dpa/lni) - Der Rüstungskonzern Brackhausen Defence hat in seinem neuen Werk bei Celle die Serienfertigung von Artilleriegranaten im Kaliber 155 Millimeter aufgenommen.", True, [("count", 155, None, None)], None),
    ("de", "Im ersten Betriebsjahr sollen dort 80.000 Granaten vom Band laufen, ab 2028 jährlich bis zu 350.000 Stück.", True, [("ordinal", 1, None, None), ("count", 80000, None, None), ("year", 2028, None, None), ("count", 350000, None, "up_to")], None),
    ("de", "Vorstandschef Aurelius Denkhaus sagte, das Werk habe rund 560 Millionen Euro gekostet und beschäftige bereits 480 Menschen.", True, [("money", 560000000, "EUR", "about"), ("count", 480, None, None)], "Aurelius Denkhaus"),
    ("de", "„Munition ist die Währung dieses Krieges“, sagte Denkhaus bei der Eröffnung.", False, [], None),
    ("de", "Nach Branchenschätzungen produzieren die EU-Staaten inzwischen knapp zwei Millionen Artilleriegeschosse im Jahr.", True, [("count", 2000000, None, "nearly")], None),
    ("de", "Die Bundesregierung hatte mit dem Unternehmen im vergangenen Jahr einen Rahmenvertrag über bis zu 8,5 Milliarden Euro geschlossen.", True, [("money", 8500000000, "EUR", "up_to")], None),
    ("de", "Anwohner äußerten bei der Eröffnung die Sorge, das Werk könne zum Ziel von Sabotage werden.", False, [], None),
    ("de", "Ein Sprecher des Unternehmens sagte, die Produktion laufe derzeit in zwei Schichten an sechs Tagen pro Woche.", True, [("count", 2, None, None), ("duration", 6, "day", None)], None),
    # --- Brigade in Litauen (dpa) ---
    ("de", "Vilnius (dpa) - Die Bundeswehr hat die Zahl ihrer Soldaten in Litauen auf rund 3.100 erhöht, wie ein Sprecher der Brigade mitteilte.", True, [("count", 3100, None, "about")], None),
    ("de", "Bis Ende 2027 soll der Großverband mit knapp 4.800 Soldatinnen und Soldaten voll aufgestellt sein.", True, [("year", 2027, None, None), ("count", 4800, None, "nearly")], None),
    ("de", "Dazu gehören zwei Kampfbataillone sowie ein multinationaler Gefechtsverband, den Deutschland seit 2017 führt.", True, [("count", 2, None, None), ("year", 2017, None, None)], None),
    ("de", "Litauen investiert nach Regierungsangaben rund 1,1 Milliarden Euro in Kasernen, Wohnungen und einen Truppenübungsplatz bei Rūdninkai.", True, [("money", 1100000000, "EUR", "about")], None),
    ("de", "Brigadekommandeur Oberst Falko Marschhausen sagte, die ersten 120 Familien seien bereits nach Vilnius gezogen.", True, [("ordinal", 1, None, None), ("count", 120, None, None)], "Falko Marschhausen"),
    ("de", "„Wir sind gekommen, um zu bleiben“, sagte Marschhausen.", False, [], None),
    ("de", "Das russische Außenministerium bezeichnete die Stationierung als „Provokation vor unserer Haustür“.", False, [], None),
    ("de", "Umfragen zufolge befürworten 71 Prozent der Litauer die dauerhafte Präsenz deutscher Truppen.", True, [("percent", 71, "%", None)], None),
    # --- Bundesheer-Budget (APA) ---
    ("de", "Wien (APA) - Das Verteidigungsbudget steigt im kommenden Jahr auf 5,4 Milliarden Euro und damit auf rund 1,1 Prozent der Wirtschaftsleistung.", True, [("money", 5400000000, "EUR", None), ("percent", 1.1, "%", "about")], None),
    ("de", "Bis 2032 soll der Anteil auf zwei Prozent klettern, sagte Verteidigungsministerin Roswitha Lechthaler am Mittwoch nach dem Ministerrat.", True, [("year", 2032, None, None), ("percent", 2, "%", None)], "Roswitha Lechthaler"),
    ("de", "Für die Nachfolge der Saab-105-Trainingsjets hat das Ressort zwölf Maschinen vom Typ M-346 bestellt, die ersten vier sollen 2028 in Zeltweg landen.", True, [("count", 12, None, None), ("ordinal", 1, None, None), ("count", 4, None, None), ("year", 2028, None, None)], None),
    ("de", "Lechthaler sagte, zusätzlich würden bis 2032 insgesamt 225 Radschützenpanzer vom Typ Pandur Evolution ausgeliefert.", True, [("year", 2032, None, None), ("count", 225, None, None)], "Lechthaler"),
    ("de", "„Neutralität heißt nicht Wehrlosigkeit“, sagte Lechthaler.", False, [], None),
    ("de", "Die FPÖ hält die Beschaffung für „Geldverschwendung im Nato-Auftrag“.", False, [], None),
    ("de", "Der Grundwehrdienst dauert in Österreich weiterhin sechs Monate, im Vorjahr traten ihn rund 16.300 Männer an.", True, [("duration", 6, "month", None), ("count", 16300, None, "about")], None),
    ("de", "Knapp ein Fünftel der Tauglichen wählte stattdessen den Zivildienst.", True, [("fraction", 0.2, None, "nearly")], None),
    # --- Marineübung in der Ostsee (dpa) ---
    ("de", "Rostock (dpa) - Mit rund 9.000 Soldaten aus elf Nato-Staaten hat am Montag die Marineübung „Nordwind“ in der Ostsee begonnen.", True, [("count", 9000, None, "about"), ("count", 11, None, None)], None),
    ("de", "An der zwölftägigen Übung sind 38 Schiffe, zwei U-Boote und rund 50 Flugzeuge beteiligt.", True, [("duration", 12, "day", None), ("count", 38, None, None), ("count", 2, None, None), ("count", 50, None, "about")], None),
    ("de", "Es ist bereits das vierte Manöver dieser Größe in der Ostsee seit 2022.", True, [("ordinal", 4, None, None), ("year", 2022, None, None)], None),
    ("de", "Geübt wird unter anderem die Verlegung von 1.400 Fahrzeugen über den Hafen von Rostock binnen 72 Stunden.", True, [("count", 1400, None, None), ("duration", 72, "hour", None)], None),
    ("de", "Moskau sprach von einer „gezielten Eskalation vor der eigenen Küste“.", False, [], None),
    ("de", "Ein Sprecher der Marine sagte, die Übung sei seit 18 Monaten vorbereitet worden.", True, [("duration", 18, "month", None)], None),
    ("de", "Flottillenadmiral Hinnerk Osterloh sagte, erstmals werde auch der Schutz von Unterseekabeln mit unbemannten Booten geübt.", True, [], "Hinnerk Osterloh"),
    ("de", "„Die Ostsee ist kein Binnenmeer der Nato, aber sie ist unser Vorgarten“, sagte Osterloh.", False, [], None),
    # --- Armeebotschaft (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Mit der diesjährigen Armeebotschaft verlangt der Bundesrat vom Parlament Rüstungskredite von insgesamt 1,9 Milliarden Franken.", True, [("money", 1900000000, "CHF", None)], None),
    ("de", "Den grössten Posten bilden fünf zusätzliche Feuereinheiten für die bodengestützte Luftverteidigung mittlerer Reichweite für rund 660 Millionen Franken.", True, [("count", 5, None, None), ("money", 660000000, "CHF", "about")], None),
    ("de", "Bis 2032 sollen die Armeeausgaben ein Prozent des Bruttoinlandprodukts erreichen, heute liegen sie bei rund 0,75 Prozent.", True, [("year", 2032, None, None), ("percent", 1, "%", None), ("percent", 0.75, "%", "about")], None),
    ("de", "Verteidigungsministerin Cornelia Tschopp-Marthaler sagte, die Armee könne derzeit nur einen Viertel ihrer Bataillone vollständig ausrüsten.", True, [("fraction", 0.25, None, None)], "Cornelia Tschopp-Marthaler"),
    ("de", "«Wir holen nach, was wir dreissig Jahre lang versäumt haben», sagte Tschopp-Marthaler.", False, [("duration", 30, "year", None)], None),
    ("de", "Die SP bezeichnete die Vorlage als «Aufrüstung auf Vorrat».", False, [], None),
    ("de", "Im vergangenen Jahr wechselten 6'900 Armeeangehörige in den Zivildienst, rund 600 mehr als ein Jahr zuvor.", True, [("count", 6900, None, None), ("count", 600, None, "about")], None),
    ("de", "Der Nationalrat berät die Vorlage in der Sommersession.", True, [], None),
    # --- Nato-Quote Deutschland (Reuters) ---
    ("de", "Berlin (Reuters) - Deutschland wird nach Schätzungen der Nato in diesem Jahr 2,9 Prozent seines Bruttoinlandsprodukts für Verteidigung ausgeben.", True, [("percent", 2.9, "%", None)], None),
    ("de", "Damit liegt die Bundesrepublik unter den 32 Mitgliedern auf Platz neun, hinter Polen, den baltischen Staaten und den USA.", True, [("count", 32, None, None), ("ordinal", 9, None, None)], None),
    ("de", "In absoluten Zahlen entspricht das rund 108 Milliarden Euro, einschließlich der Mittel aus dem Sondervermögen.", True, [("money", 108000000000, "EUR", "about")], None),
    ("de", "Auf dem Gipfel in Den Haag hatten sich die Verbündeten verpflichtet, bis 2035 jährlich 3,5 Prozent für die Kernverteidigung und weitere 1,5 Prozent für Infrastruktur auszugeben.", True, [("year", 2035, None, None), ("percent", 3.5, "%", None), ("percent", 1.5, "%", None)], None),
    ("de", "Finanzminister Eckart Wollenhaupt sagte, der Bund werde dafür bis 2029 Kredite von gut 400 Milliarden Euro aufnehmen.", True, [("year", 2029, None, None), ("money", 400000000000, "EUR", "over")], "Eckart Wollenhaupt"),
    ("de", "„Sicherheit auf Pump ist immer noch billiger als Unsicherheit“, sagte Wollenhaupt.", False, [], None),
    ("de", "Ökonomen des Kieler Instituts für Weltwirtschaft bezweifeln, dass die Industrie die Aufträge in diesem Tempo abarbeiten kann.", False, [], None),
    ("de", "Der Bund der Steuerzahler sprach von einem „Blankoscheck für die Rüstungslobby“.", False, [], None),
    # --- Leopard-Auftrag (dpa) ---
    ("de", "München (dpa) - Die Bundeswehr bestellt weitere 75 Kampfpanzer vom Typ Leopard 2A8 und erhöht ihren Auftrag damit auf 198 Fahrzeuge.", True, [("count", 75, None, None), ("count", 198, None, None)], None),
    ("de", "Der Vertrag hat nach Unternehmensangaben ein Volumen von knapp 2,9 Milliarden Euro, pro Panzer also rund 38 Millionen Euro.", True, [("money", 2900000000, "EUR", "nearly"), ("money", 38000000, "EUR", "about")], None),
    ("de", "Die ersten 18 Panzer der neuen Serie sollen im dritten Quartal 2027 an das Heer gehen.", True, [("ordinal", 1, None, None), ("count", 18, None, None), ("ordinal", 3, None, None), ("year", 2027, None, None)], None),
    ("de", "Heeresinspekteur Volkmar Strassberger sagte, für eine voll ausgestattete Division brauche das Heer mindestens 300 Kampfpanzer.", True, [("count", 300, None, "at_least")], "Volkmar Strassberger"),
    ("de", "„Ein Panzer, der im Depot steht, schreckt niemanden ab“, sagte Strassberger.", False, [], None),
    ("de", "Die Lieferzeit für einen neuen Leopard liegt derzeit bei etwa 30 Monaten, vor dem Krieg waren es rund zwölf.", True, [("duration", 30, "month", "about"), ("duration", 12, "month", "about")], None),
    ("de", "Auch Norwegen, Tschechien und Litauen haben das Modell bestellt, zusammen 152 Fahrzeuge.", True, [("count", 152, None, None)], None),
    ("de", "Die Grünen halten den Stückpreis für „schlicht nicht mehr vermittelbar“.", False, [], None),
    # --- Umfrage Wehrpflicht (dpa) ---
    ("de", "Berlin (dpa) - Eine Mehrheit der Deutschen befürwortet die Rückkehr zur Wehrpflicht: 56 Prozent sprachen sich in einer Forsa-Umfrage dafür aus, 39 Prozent dagegen.", True, [("percent", 56, "%", None), ("percent", 39, "%", None)], None),
    ("de", "Unter den 18- bis 29-Jährigen lehnt dagegen fast jeder zweite eine Pflicht ab.", True, [("duration", 18, "year", None), ("duration", 29, "year", None), ("fraction", 0.5, None, "nearly")], None),
    ("de", "Befragt wurden vom 3. bis 5. März 1.008 Personen.", True, [("date", "--03-03", None, None), ("date", "--03-05", None, None), ("count", 1008, None, None)], None),
    ("de", "CDU-Generalsekretär Till Ahlemeyer nannte das Ergebnis „einen klaren Auftrag an die Politik“.", False, [], None),
    ("de", "Wehrbeauftragte Annegret Vollmer-Buss sagte, derzeit seien rund 28.000 Dienstposten in der Truppe unbesetzt.", True, [("count", 28000, None, "about")], "Annegret Vollmer-Buss"),
    ("de", "Ohne eine Pflicht sei das Ziel nicht zu erreichen, fügte sie hinzu.", False, [], None),
    # --- Polen bestellt Panzer (Reuters) ---
    ("de", "Warschau (Reuters) - Polen hat bei einem südkoreanischen Hersteller weitere 180 K2-Kampfpanzer für umgerechnet rund 6,1 Milliarden Euro geordert.", True, [("count", 180, None, None), ("money", 6100000000, "EUR", "about")], None),
    ("de", "Davon sollen 61 Panzer in einem Werk in Gleiwitz in Lizenz gebaut werden.", True, [("count", 61, None, None)], None),
    ("de", "Polens Verteidigungsausgaben erreichen in diesem Jahr nach Regierungsangaben 4,7 Prozent der Wirtschaftsleistung, der höchste Wert in der Nato.", True, [("percent", 4.7, "%", None)], None),
    ("de", "Vizeverteidigungsminister Radosław Kwiecinski sagte, die Armee solle bis 2035 auf 300.000 Soldaten anwachsen, darunter 50.000 Reservisten.", True, [("year", 2035, None, None), ("count", 300000, None, None), ("count", 50000, None, None)], "Radosław Kwiecinski"),
    ("de", "„Jeder Panzer an der Ostgrenze ist eine Botschaft nach Moskau“, sagte Kwiecinski.", False, [], None),
    ("de", "Seit Februar 2022 hat Polen mehr als 1.000 Kampfpanzer und Panzerhaubitzen bestellt.", True, [("year", 2022, None, None), ("count", 1000, None, "over")], None),
    ("de", "Die Opposition warf der Regierung vor, sich bei den Verträgen „über den Tisch ziehen lassen“ zu haben.", False, [], None),
    # --- Fregatte F126 verspätet (dpa) ---
    ("de", "Hamburg (dpa) - Die Auslieferung der ersten Fregatte der Klasse F126 verzögert sich um mindestens zwei Jahre auf 2030.", True, [("ordinal", 1, None, None), ("duration", 2, "year", "at_least"), ("year", 2030, None, None)], None),
    ("de", "Als Grund nannte das Verteidigungsministerium Probleme bei der Software der niederländischen Hauptauftragnehmerin.", True, [], None),
    ("de", "Die Kosten des Programms für sechs Schiffe sind inzwischen von ursprünglich 5,3 auf gut 10 Milliarden Euro gestiegen.", True, [("count", 6, None, None), ("money", 5300000000, "EUR", None), ("money", 10000000000, "EUR", "over")], None),
    ("de", "Der Haushälter der Grünen, Malte Brenneisen, nannte das Projekt „ein Lehrstück über Beschaffung ohne Plan“.", False, [], None),
    ("de", "Um die Lücke zu schließen, sollen zwei ältere Fregatten der Klasse F123 drei Jahre länger im Dienst bleiben.", True, [("count", 2, None, None), ("duration", 3, "year", None)], None),
    ("de", "Marineinspekteur Dallmeier sagte, dafür würden rund 140 Millionen Euro für die Instandsetzung fällig.", True, [("money", 140000000, "EUR", "about")], "Dallmeier"),
    # --- Reservisten (dpa) ---
    ("de", "Berlin (dpa) - Binnen fünf Jahren soll sich die Zahl der aktiven Reservisten der Bundeswehr auf 60.000 verdoppeln.", True, [("duration", 5, "year", None), ("count", 60000, None, None)], None),
    ("de", "Im vergangenen Jahr leisteten rund 34.000 Reservistinnen und Reservisten insgesamt knapp 1,2 Millionen Reservistendiensttage.", True, [("count", 34000, None, "about"), ("count", 1200000, None, "nearly")], None),
    ("de", "Der Präsident des Reservistenverbands, Henning Thielebeule, sagte, die Reserve sei „das Rückgrat der Landesverteidigung“.", False, [], None),
    ("de", "Arbeitgeber erhalten für jeden Diensttag ihrer Beschäftigten eine Erstattung von bis zu 570 Euro.", True, [("money", 570, "EUR", "up_to")], None),
    ("de", "Ab Juli sollen Reservisten bis zum Alter von 65 Jahren einberufen werden können, bisher lag die Grenze bei 60.", True, [("duration", 65, "year", None), ("duration", 60, "year", None)], None),
    # --- Panzermunition (dpa) ---
    ("de", "Koblenz (dpa) - Für bis zu 2,4 Millionen Schuss Panzermunition im Kaliber 120 Millimeter hat das Beschaffungsamt in Koblenz einen Rahmenvertrag unterzeichnet.", True, [("count", 2400000, None, "up_to"), ("count", 120, None, None)], None),
    ("de", "Der Vertrag läuft über sieben Jahre und hat einen Wert von bis zu 4,2 Milliarden Euro.", True, [("duration", 7, "year", None), ("money", 4200000000, "EUR", "up_to")], None),
    ("de", "Ein erster Abruf über 95.000 Schuss für 610 Millionen Euro sei bereits erfolgt, sagte ein Sprecher des Amts.", True, [("ordinal", 1, None, None), ("count", 95000, None, None), ("money", 610000000, "EUR", None)], None),
    ("de", "Ein Drittel der Munition ist für die in Litauen stationierte Brigade vorgesehen.", True, [("fraction", 0.3333, None, None)], None),
    ("de", "Generalinspekteur Ansgar Wiesenthal-Kroll sagte, die Munitionsvorräte deckten derzeit nur rund 40 Prozent des Nato-Bedarfs.", True, [("percent", 40, "%", "about")], "Ansgar Wiesenthal-Kroll"),
    ("de", "„Wir haben jahrzehntelang von der Substanz gelebt“, sagte Wiesenthal-Kroll.", False, [], None),
    # --- Drohnenabwehr-Übung (APA) ---
    ("de", "Allentsteig (APA) - Auf dem Truppenübungsplatz im Waldviertel proben ab Montag rund 3.400 Soldatinnen und Soldaten zehn Tage lang die Abwehr von Drohnenangriffen.", True, [("count", 3400, None, "about"), ("duration", 10, "day", None)], None),
    ("de", "Erstmals sind auch 420 Milizsoldaten sowie Kräfte aus Deutschland, Italien und Slowenien beteiligt, teilte das Bundesheer mit.", True, [("count", 420, None, None)], "das Bundesheer"),
    ("de", "Eingesetzt werden rund 60 Gefechtsfahrzeuge, acht Hubschrauber und ein Dutzend Abwehrsysteme gegen Kleindrohnen.", True, [("count", 60, None, "about"), ("count", 8, None, None), ("count", 12, None, None)], None),
    ("de", "Die Gemeinde bat Spaziergänger, die Sperrgebiete während der Übung unbedingt zu meiden.", False, [], None),
    ("de", "Brigadier Waltraud Kremsmayr sagte, die Übung koste rund 2,3 Millionen Euro.", True, [("money", 2300000, "EUR", "about")], "Waltraud Kremsmayr"),
    ("de", "„Die Drohne ist das Sturmgewehr des 21. Jahrhunderts“, sagte Kremsmayr.", False, [("ordinal", 21, None, None)], None),
    # --- F-35 für die Luftwaffe (dpa) ---
    ("de", "Berlin (dpa) - Deutschland erhöht seine Bestellung von F-35A-Kampfjets um 15 auf 50 Maschinen.", True, [("count", 15, None, None), ("count", 50, None, None)], None),
    ("de", "Die ersten acht Jets sollen 2026 auf dem Fliegerhorst Büchel stationiert werden, der dafür für rund 1,2 Milliarden Euro umgebaut wird.", True, [("ordinal", 1, None, None), ("count", 8, None, None), ("year", 2026, None, None), ("money", 1200000000, "EUR", "about")], None),
    ("de", "Der Stückpreis liegt nach Unternehmensangaben bei etwa 95 Millionen Euro einschließlich Ausbildung und Ersatzteilen.", True, [("money", 95000000, "EUR", "about")], None),
    ("de", "Luftwaffeninspekteur Rüdiger Kaltenbrunn sagte, die ersten Piloten würden seit dem Herbst in den USA auf dem Muster ausgebildet.", True, [("ordinal", 1, None, None)], "Rüdiger Kaltenbrunn"),
    ("de", "Das BSW warf der Regierung „blinde Gefolgschaft gegenüber Washington“ vor.", False, [], None),
    ("de", "Die Luftwaffe betreibt derzeit noch 85 Tornados, von denen nur etwa die Hälfte einsatzbereit ist.", True, [("count", 85, None, None), ("fraction", 0.5, None, "about")], None),
    # --- Dänemark: Wehrpflicht für Frauen (dpa) ---
    ("de", "Kopenhagen (dpa) - In Dänemark werden seit diesem Sommer erstmals auch Frauen zum Wehrdienst eingezogen.", True, [], None),
    ("de", "Der Grunddienst wurde zugleich von vier auf elf Monate verlängert.", True, [("duration", 4, "month", None), ("duration", 11, "month", None)], None),
    ("de", "Bis 2033 soll die Zahl der Wehrpflichtigen auf 7.500 pro Jahr steigen, derzeit sind es knapp 5.000.", True, [("year", 2033, None, None), ("count", 7500, None, None), ("count", 5000, None, "nearly")], None),
    ("de", "„Gleichberechtigung endet nicht am Kasernentor“, sagte Verteidigungsminister Mads Kjærsgaard.", False, [], None),
    ("de", "Rund ein Drittel der Freiwilligen eines Jahrgangs sind inzwischen Frauen, wie das Verteidigungsministerium mitteilte.", True, [("fraction", 0.3333, None, "about")], None),
    # --- NATO spending estimates (Reuters) ---
    ("en", "BRUSSELS, June 12 (Reuters) - All 32 NATO members will meet the alliance's 2% spending target this year for the first time, according to estimates published by the alliance on Thursday.", True, [("date", "--06-12", None, None), ("count", 32, None, None), ("percent", 2, "%", None), ("ordinal", 1, None, None)], None),
    ("en", "Poland is expected to spend 4.48% of GDP on defence, the highest share in the alliance, ahead of Lithuania with 4.02% and Latvia with 3.71%.", True, [("percent", 4.48, "%", None), ("percent", 4.02, "%", None), ("percent", 3.71, "%", None)], None),
    ("en", "Combined spending by European allies and Canada is forecast to rise by 19% to about $540 billion.", True, [("percent", 19, "%", None), ("money", 540000000000, "USD", "about")], None),
    ("en", "NATO Secretary General Henrik Askvold told reporters that only 11 allies had so far submitted national plans showing how they would reach the 3.5% target by 2035.", True, [("count", 11, None, None), ("percent", 3.5, "%", None), ("year", 2035, None, None)], "Henrik Askvold"),
    ("en", "\"Two percent was the floor, not the finish line,\" Askvold said.", False, [("percent", 2, "%", None)], None),
    ("en", "Spain, which spends about 1.4% of GDP, has again refused to commit to the new target.", True, [("percent", 1.4, "%", "about")], None),
    ("en", "Several diplomats privately questioned whether more than a handful of allies could hit 3.5% before 2030.", False, [("percent", 3.5, "%", None), ("year", 2030, None, None)], None),
    ("en", "The United States accounts for roughly 62% of total alliance defence spending, down from 68% a decade ago.", True, [("percent", 62, "%", "about"), ("percent", 68, "%", None)], None),
    # --- UK spending (PA) ---
    ("en", "LONDON (PA) - Britain's military budget is to climb to 2.6% of GDP by April 2027, the Treasury said on Tuesday.", True, [("percent", 2.6, "%", None), ("year", 2027, None, None)], None),
    ("en", "Defence Secretary Rowena Achterberg said the increase would fund 12 new attack submarines and a new munitions factory in the north of England.", True, [("count", 12, None, None)], "Rowena Achterberg"),
    ("en", "\"The world has become more dangerous, and we will not be found wanting,\" Achterberg said.", False, [], None),
    ("en", "On Oct. 1 the full-time army counted 70,860 trained soldiers, its lowest level since the Napoleonic era, Ministry of Defence figures show.", True, [("count", 70860, None, None), ("date", "--10-01", None, None)], None),
    ("en", "The MoD said recruitment had risen by 14% in the 12 months to September.", True, [("percent", 14, "%", None), ("duration", 12, "month", None)], "the MoD"),
    ("en", "Opposition defence spokesman Giles Pemberton-Hale called the plan \"a conjuring trick with the accounts\".", False, [], None),
    ("en", "The Institute for Fiscal Studies estimates the rise will cost about 6.4 billion pounds annually by 2030.", True, [("money", 6400000000, "GBP", "about"), ("year", 2030, None, None)], None),
    # --- Norway frigates (Reuters) ---
    ("en", "OSLO, Sept 1 (Reuters) - Norway has chosen Britain's Type 26 design for at least five new frigates in a deal worth about 10 billion pounds ($13.5 billion), the government said on Sunday.", True, [("date", "--09-01", None, None), ("count", 5, None, "at_least"), ("money", 10000000000, "GBP", "about"), ("money", 13500000000, "USD", None)], None),
    ("en", "The first ship is due to enter service in 2030, replacing Norway's four remaining Nansen-class frigates.", True, [("ordinal", 1, None, None), ("year", 2030, None, None), ("count", 4, None, None)], None),
    ("en", "Defence Minister Torstein Hegvold said the ships would be armed with Norwegian-made Naval Strike Missiles and patrol the North Atlantic alongside British vessels.", True, [], "Torstein Hegvold"),
    ("en", "The contract will support some 4,000 jobs in Scotland for a decade, British officials said.", True, [("count", 4000, None, "about")], None),
    ("en", "\"This is a partnership that will shape our navy for a generation,\" Hegvold said.", False, [], None),
    ("en", "Germany, France and the United States had also bid for the contract.", True, [], None),
    # --- Abrams contract (AP) ---
    ("en", "WASHINGTON (AP) — The U.S. Army has awarded a $4.6 billion contract for 340 upgraded Abrams tanks, with deliveries to begin in late 2027.", True, [("money", 4600000000, "USD", None), ("count", 340, None, None), ("year", 2027, None, None)], None),
    ("en", "Each tank will cost roughly $13.5 million, nearly double the price of the previous version.", True, [("money", 13500000, "USD", "about"), ("count", 2, None, "nearly")], None),
    ("en", "Army Secretary Dolores Whitcombe said the service plans to field the new tank in four armored brigades by 2031.", True, [("count", 4, None, None), ("year", 2031, None, None)], "Dolores Whitcombe"),
    ("en", "The Government Accountability Office reported in March that the program was running about eight months behind schedule.", True, [("duration", 8, "month", "about")], None),
    ("en", "\"Heavy armor is not obsolete, no matter what the drone enthusiasts say,\" Whitcombe said.", False, [], None),
    ("en", "The tanks will be built at the Army's plant in Lima, Ohio, which employs about 1,100 people.", True, [("count", 1100, None, "about")], None),
    # --- U.S. shell output (Reuters) ---
    ("en", "WASHINGTON, Feb 18 (Reuters) - U.S. production of 155mm artillery shells has reached 40,000 rounds a month, up from 14,000 before Russia's full-scale invasion of Ukraine, the Pentagon said.", True, [("date", "--02-18", None, None), ("count", 155, None, None), ("count", 40000, None, None), ("count", 14000, None, None)], None),
    ("en", "The Army aims to hit 100,000 rounds a month by the end of next year, though officials acknowledge that target could slip.", True, [("count", 100000, None, None)], None),
    ("en", "A senior Army official said a new plant in Mesquite, Texas, would add about 20,000 shells a month once fully running.", True, [("count", 20000, None, "about")], None),
    ("en", "European output stood at about 1.5 million shells last year, according to European Commission figures.", True, [("count", 1500000, None, "about")], None),
    ("en", "Army acquisition chief Leland Varga said the service had spent $5.8 billion modernizing its ammunition plants since 2022.", True, [("money", 5800000000, "USD", None), ("year", 2022, None, None)], "Leland Varga"),
    ("en", "\"We let the industrial base atrophy for thirty years, and we are paying for it now,\" Varga said.", False, [("duration", 30, "year", None)], None),
    ("en", "Lawmakers from both parties have questioned whether the money has been spent wisely.", False, [], None),
    # --- Poland's army (Reuters) ---
    ("en", "WARSAW, March 4 (Reuters) - Poland's armed forces grew to 216,000 soldiers last year, including 36,000 in the territorial defence force, the defence ministry said.", True, [("date", "--03-04", None, None), ("count", 216000, None, None), ("count", 36000, None, None)], "the defence ministry"),
    ("en", "Deputy Defence Minister Tomasz Bielak said recruitment drives had drawn 41,000 volunteers for basic training in 2025, a record.", True, [("count", 41000, None, None), ("year", 2025, None, None)], "Tomasz Bielak"),
    ("en", "\"Poland will never again be caught unprepared,\" Bielak said.", False, [], None),
    ("en", "Poland has ordered 366 Abrams tanks and 1,000 South Korean K2 tanks since 2022, though only about 180 of the K2s have arrived.", True, [("count", 366, None, None), ("count", 1000, None, None), ("year", 2022, None, None), ("count", 180, None, "about")], None),
    ("en", "Warsaw has earmarked 4.8% of economic output for the military next year, according to the draft budget.", True, [("percent", 4.8, "%", None)], None),
    ("en", "Critics say the rapid expansion has left the army short of about 6,000 officers and instructors.", True, [("count", 6000, None, "about")], None),
    # --- Swedish conscription (Reuters) ---
    ("en", "STOCKHOLM, Jan 27 (Reuters) - Sweden will call up 8,000 conscripts this year, up from 4,000 in 2018 when it reactivated the draft, the Swedish armed forces said.", True, [("date", "--01-27", None, None), ("count", 8000, None, None), ("count", 4000, None, None), ("year", 2018, None, None)], None),
    ("en", "About one in five of those called up will be women, roughly the same share as last year.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "Supreme Commander General Anders Tollgård said the army would need 12,000 conscripts a year by 2030 to fill two new brigades.", True, [("count", 12000, None, None), ("year", 2030, None, None), ("count", 2, None, None)], "Anders Tollgård"),
    ("en", "\"Defending Sweden is a duty for every citizen, not a slogan on a poster,\" Tollgård said.", False, [], None),
    ("en", "Conscript service lasts between nine and 15 months depending on the role.", True, [("duration", 9, "month", None), ("duration", 15, "month", None)], None),
    ("en", "Sweden, which joined NATO in March 2024, spends about 2.4% of GDP on defence.", True, [("year", 2024, None, None), ("percent", 2.4, "%", "about")], None),
    # --- Arctic exercise (AFP) ---
    ("en", "OSLO (AFP) - More than 20,000 troops from 13 countries began a three-week exercise in northern Norway and Finland on Monday, the largest in the Arctic this year.", True, [("count", 20000, None, "over"), ("count", 13, None, None), ("duration", 3, "week", None)], None),
    ("en", "The drill, called Polar Shield, involves about 50 ships, 110 aircraft and 3,000 vehicles, organisers said.", True, [("count", 50, None, "about"), ("count", 110, None, None), ("count", 3000, None, None)], None),
    ("en", "It is the fourth time Finnish troops have taken part since the country joined NATO in April 2023.", True, [("ordinal", 4, None, None), ("year", 2023, None, None)], None),
    ("en", "Russia's embassy in Oslo called the exercise \"a provocation that will not go unanswered\".", False, [], None),
    ("en", "A U.S. Marine Corps spokesman said around 4,500 Marines had been flown in from North Carolina for the drill.", True, [("count", 4500, None, "about")], None),
    ("en", "Local reindeer herders fear the manoeuvres will disrupt the calving season.", False, [], None),
    # --- Danish F-35s (Reuters) ---
    ("en", "COPENHAGEN, Aug 21 (Reuters) - Denmark will buy 16 more F-35 fighter jets, bringing its total order to 43, the defence ministry said on Thursday.", True, [("date", "--08-21", None, None), ("count", 16, None, None), ("count", 43, None, None)], "the defence ministry"),
    ("en", "The additional jets will cost about 28 billion Danish crowns ($4.3 billion), including weapons and spare parts.", True, [("money", 28000000000, "DKK", "about"), ("money", 4300000000, "USD", None)], None),
    ("en", "Denmark received its first F-35s in 2023 and has so far taken delivery of 19.", True, [("ordinal", 1, None, None), ("year", 2023, None, None), ("count", 19, None, None)], None),
    ("en", "Defence Minister Lars Østerby said the jets would be based at Skrydstrup and help police Baltic airspace on NATO's behalf.", True, [], "Lars Østerby"),
    ("en", "\"In this security situation, we do not have the luxury of waiting,\" Østerby said.", False, [], None),
    ("en", "Denmark's defence spending is set to reach 3.2% of GDP this year, up from 1.4% in 2022.", True, [("percent", 3.2, "%", None), ("percent", 1.4, "%", None), ("year", 2022, None, None)], None),
    # --- Canada (Reuters) ---
    ("en", "OTTAWA, April 9 (Reuters) - Canada will reach NATO's 2% target this fiscal year, six years earlier than previously planned, Defence Minister Marianne Thibodeau said on Wednesday.", True, [("date", "--04-09", None, None), ("percent", 2, "%", None), ("duration", 6, "year", None)], "Marianne Thibodeau"),
    ("en", "The government will spend an extra C$9.1 billion, much of it on pay, submarines and radar systems in the Arctic.", True, [("money", 9100000000, "CAD", None)], None),
    ("en", "Canada plans to buy up to 12 new submarines and has shortlisted bids from Germany and South Korea.", True, [("count", 12, None, "up_to")], None),
    ("en", "Canada's first three River-class destroyers are due to be delivered about four years later than first planned.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("duration", 4, "year", "about")], None),
    ("en", "Thibodeau said the Canadian Armed Forces were short of about 14,000 regular members.", True, [("count", 14000, None, "about")], "Thibodeau"),
    ("en", "\"Canada is back, and Canada is serious,\" Thibodeau said.", False, [], None),
    ("en", "The opposition Conservatives called the announcement \"too little, far too late\".", False, [], None),
    # --- Australian frigates (AAP) ---
    ("en", "CANBERRA (AAP) - Australia will buy 11 general-purpose frigates based on Japan's Mogami design in a deal worth A$10 billion.", True, [("count", 11, None, None), ("money", 10000000000, "AUD", None)], None),
    ("en", "The first three ships will be built in Japan, with the remaining eight assembled in Western Australia.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 8, None, None)], None),
    ("en", "Defence Minister Callum Ferrier said the first frigate would arrive in 2029, in time to replace the navy's ageing Anzac-class ships.", True, [("ordinal", 1, None, None), ("year", 2029, None, None)], "Callum Ferrier"),
    ("en", "\"Japan is a partner we trust with our most important capability,\" Ferrier said.", False, [], None),
    ("en", "Australia spends about 2% of GDP on defence, and the government has pledged to lift that to 2.33% by 2033.", True, [("percent", 2, "%", "about"), ("percent", 2.33, "%", None), ("year", 2033, None, None)], None),
    ("en", "The Greens argued that hospitals needed the money more than warships did.", False, [], None),
    ("en", "The navy currently operates 11 major surface combatants, the Australian Strategic Policy Institute said.", True, [("count", 11, None, None)], None),
    # --- U.S. troops in South Korea (Reuters) ---
    ("en", "SEOUL, Nov 3 (Reuters) - The United States will keep about 27,800 troops in South Korea next year, a senior U.S. defence official said on Monday.", True, [("date", "--11-03", None, None), ("count", 27800, None, "about")], None),
    ("en", "South Korea pays about 1.5 trillion won ($1.05 billion) a year toward the cost of stationing U.S. forces.", True, [("money", 1500000000000, "KRW", "about"), ("money", 1050000000, "USD", None)], None),
    ("en", "The two countries held 11 days of joint drills in August involving about 19,000 South Korean soldiers.", True, [("duration", 11, "day", None), ("count", 19000, None, "about")], None),
    ("en", "North Korea's state media called the drills \"a rehearsal for invasion\".", False, [], None),
    # --- U.S. troops in Romania (Reuters) ---
    ("en", "BUCHAREST, May 6 (Reuters) - Washington is pulling a rotational brigade of about 3,000 soldiers out of Romania, leaving about 1,000 American troops in the country, according to Romania's defence ministry.", True, [("date", "--05-06", None, None), ("count", 3000, None, "about"), ("count", 1000, None, "about")], None),
    ("en", "NATO's multinational battlegroup in Romania, led by France, has about 4,200 troops.", True, [("count", 4200, None, "about")], None),
    ("en", "Romania's foreign minister, Dragoș Ilinescu, described the pullout as \"a gift to the Kremlin\".", False, [], None),
    ("en", "A Pentagon spokesman said the move was part of a review of U.S. forces worldwide and did not signal a withdrawal from Europe.", True, [], None),
    ("en", "Bucharest intends to lift its military budget to 2.5% of GDP next year and is expanding an air base near Constanta at a cost of about 2.5 billion euros.", True, [("percent", 2.5, "%", None), ("money", 2500000000, "EUR", "about")], None),
    # --- Latvian conscription (Reuters) ---
    ("en", "RIGA, July 1 (Reuters) - Latvia will double the number of conscripts it trains each year to 4,000 by 2028, according to the defence ministry.", True, [("date", "--07-01", None, None), ("count", 4000, None, None), ("year", 2028, None, None)], None),
    ("en", "Latvia reintroduced conscription in 2023 after abolishing it in 2007.", True, [("year", 2023, None, None), ("year", 2007, None, None)], None),
    ("en", "Service lasts 11 months, and conscripts are paid about 450 euros a month.", True, [("duration", 11, "month", None), ("money", 450, "EUR", "about")], None),
    ("en", "Defence Minister Imants Ozoliņš-Berg said about 12% of those called up last year had been found unfit for service.", True, [("percent", 12, "%", "about")], "Imants Ozoliņš-Berg"),
    ("en", "\"Every young Latvian should know how to defend this country,\" he said.", False, [], None),
    ("en", "Latvia spends 3.65% of GDP on defence and aims for 5% by 2026.", True, [("percent", 3.65, "%", None), ("percent", 5, "%", None), ("year", 2026, None, None)], None),
    # --- EU ammunition money (Reuters) ---
    ("en", "BRUSSELS, Oct 14 (Reuters) - The European Union will hand 1.3 billion euros to 24 arms makers to expand production of shells, missiles and explosives, the European Commission said.", True, [("date", "--10-14", None, None), ("money", 1300000000, "EUR", None), ("count", 24, None, None)], None),
    ("en", "The money should lift the bloc's annual capacity for 155mm shells to 2.5 million by the end of next year, up from about 300,000 in early 2022.", True, [("count", 155, None, None), ("count", 2500000, None, None), ("count", 300000, None, "about"), ("year", 2022, None, None)], None),
    ("en", "Nearly a third of the funds will go to makers of gunpowder and TNT, where bottlenecks have been worst.", True, [("fraction", 0.3333, None, "nearly")], None),
    ("en", "Defence Commissioner Rasmus Lindqvist-Aho told reporters the EU had delivered more than 2 million shells to Ukraine since March 2024.", True, [("count", 2000000, None, "over"), ("year", 2024, None, None)], "Rasmus Lindqvist-Aho"),
    ("en", "\"We are moving from emergency mode to war economy mode,\" Lindqvist-Aho said.", False, [], None),
    ("en", "Hungary and Slovakia abstained in the vote.", True, [], None),
    # --- Turkish Typhoons (Reuters) ---
    ("en", "ANKARA, Dec 9 (Reuters) - Ankara has agreed to purchase 20 Eurofighter Typhoon jets from Britain for about 5.4 billion pounds, according to the defence ministry.", True, [("date", "--12-09", None, None), ("count", 20, None, None), ("money", 5400000000, "GBP", "about")], None),
    ("en", "Deliveries of the first jets are expected in 2030, and Turkey is also in talks to buy 12 used Typhoons from Qatar and Oman.", True, [("ordinal", 1, None, None), ("year", 2030, None, None), ("count", 12, None, None)], None),
    ("en", "Turkey was expelled from the F-35 program in 2019 after buying Russian S-400 air defence systems.", True, [("year", 2019, None, None)], None),
    ("en", "Greek officials voiced concern that the deal could tilt the balance of air power over the Aegean.", False, [], None),
    # --- British troops in Estonia (PA) ---
    ("en", "TAPA, Estonia (PA) - About 2,500 British troops have deployed to Estonia for a six-week exercise testing how fast NATO can reinforce its eastern flank.", True, [("count", 2500, None, "about"), ("duration", 6, "week", None)], None),
    ("en", "It is the largest British deployment to the Baltic state since the end of the Cold War.", True, [], None),
    ("en", "Troops and 400 vehicles were moved from Britain by sea and rail in nine days.", True, [("count", 400, None, None), ("duration", 9, "day", None)], None),
    ("en", "Brigadier Edwina Lockhart-Pryce said the brigade had fired more than 3,000 artillery rounds in the first week.", True, [("count", 3000, None, "over"), ("ordinal", 1, None, None)], "Edwina Lockhart-Pryce"),
    ("en", "\"Our soldiers are here because Estonia's security is our security,\" Lockhart-Pryce said.", False, [], None),
    ("en", "Britain has kept a battlegroup of around 900 troops in Estonia since 2017.", True, [("count", 900, None, "about"), ("year", 2017, None, None)], None),
    # --- U.S. frigate order cut (AP) ---
    ("en", "WASHINGTON (AP) — The Navy has scaled back its order for Constellation-class frigates from 20 ships to six after years of delays and cost overruns.", True, [("count", 20, None, None), ("count", 6, None, None)], None),
    ("en", "The first frigate is now expected in 2029, three years later than originally planned.", True, [("ordinal", 1, None, None), ("year", 2029, None, None), ("duration", 3, "year", None)], None),
    ("en", "The Congressional Budget Office estimated in 2024 that each ship would cost about $1.4 billion.", True, [("year", 2024, None, None), ("money", 1400000000, "USD", "about")], None),
    ("en", "Navy Secretary Howard Penhallow said the money saved would go toward building more attack submarines.", True, [], "Howard Penhallow"),
    ("en", "Shipyard unions fear hundreds of jobs could be lost in Wisconsin.", False, [], None),
    ("en", "\"This is a tough call, but it is the right call,\" Penhallow said.", False, [], None),
    # --- Dutch service questionnaire (Reuters) ---
    ("en", "THE HAGUE, Feb 25 (Reuters) - Starting next year, every Dutch 17-year-old will receive a military service questionnaire, Defence State Secretary Jeroen Wittebroek said.", True, [("date", "--02-25", None, None), ("duration", 17, "year", None)], "Jeroen Wittebroek"),
    ("en", "The armed forces want to grow from about 74,000 to 100,000 personnel by 2030, including reservists.", True, [("count", 74000, None, "about"), ("count", 100000, None, None), ("year", 2030, None, None)], None),
    ("en", "About 1,200 young people signed up for a new one-year voluntary service scheme last year, more than double the number expected.", True, [("count", 1200, None, "about"), ("duration", 1, "year", None), ("count", 2, None, "over")], None),
    ("en", "Wittebroek said a return to compulsory service was \"not on the table for now\".", True, [], "Wittebroek"),
    ("en", "Dutch defence spending is projected at 2.2% of GDP this year.", True, [("percent", 2.2, "%", None)], None),
    # --- Greek frigates (AFP) ---
    ("en", "ATHENS (AFP) - Greece has taken delivery of the first of three French-built FDI frigates, with the second due in the spring and the third by the end of next year.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("ordinal", 2, None, None), ("ordinal", 3, None, None)], None),
    ("en", "The ships cost about 3 billion euros in total, and Athens holds an option for a fourth.", True, [("money", 3000000000, "EUR", "about"), ("ordinal", 4, None, None)], None),
    ("en", "Each of the frigates carries a crew of about 125 sailors.", True, [("count", 125, None, "about")], None),
    ("en", "Greece spends about 3.1% of GDP on defence, one of the highest shares in NATO.", True, [("percent", 3.1, "%", "about")], None),
    ("en", "Turkey's defence ministry said the purchases would do nothing for stability in the region.", False, [], None),
    ("en", "A navy spokesman said the ship would join an EU naval mission in the Red Sea within two months.", True, [("duration", 2, "month", None)], None),
]
