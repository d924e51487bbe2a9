"""Hundred-and-thirty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). Athletes, coaches, officials, firms and
figures are made up (Magdalena Tschallener, Ladina Cathomen, Ingvild Brekke, Christoph Auer,
Reto Caflisch, Lukas Rottmoser, Florian Weiß, Andreas Kiefel, Franziska Lechleitner, Manon
Delcourt, Tyler Brennan, Florian Tschernig, Jarmo Heikkilä, Jonas Wieser, Moritz Brandl,
Andri Bezzola, Žiga Mrak, Sondre Vik, Jakob Pfeifhofer, Jack Mercier, Katrin Bühlmeier,
Giulia Ravelli, Mattia Rüegsegger, Pekka Rautiainen, Johannes Wieland; Kendra Whitlock,
Alina Marti, Marie Lindauer, Ridgeline Mountain Resorts, Garrett Hollis, Théo Morand, Sindre
Aasland, Nils Baumgartner, Magnus Tveit, Mikael Strandberg, Paul Kerrigan, Dale Ferris,
Halvard Rønning, Lucas Vernet; every unnamed mayor, father, lift attendant, ski instructor,
hotelier, coach and editor). Real bodies, events, venues, broadcasters, papers and places
("ÖSV", "ORF", "Rettenbachferner", "Arbeiterkammer Tirol", "Ischgl", "Sölden", "Verband
Seilbahnen Schweiz", "Pro Natura", "Deutscher Skiverband", "DSV", "Beaver Creek", "Gröden",
"ZDF", "Hochfilzen", "Pillerseetal", "Ruhpolding", "ICE Hockey League", "KAC", "Red Bull
Salzburg", "Vierschanzentournee", "Oberstdorf", "Bischofshofen", "HC Davos", "Spengler Cup",
"Team Canada", "Hahnenkamm", "Streif", "Hausbergkante", "Kitzbüheler Ski Club",
"Wirtschaftskammer", "Statistik Austria", "Kronplatz", "Crans-Montana", "SRF", "SRF 1",
"Swiss-Ski", "Weltverband FIS", "Planica", "ZSC Lions", "HC Lausanne", "Blick", "Fachverband
der Seilbahnen", "Pitztal", "Pitztaler Gletscherbahnen", "Alpenverein", "Mandarfen";
"Saas-Fee", "GLAMOS", "Swiss Academy of Sciences", "Levi", "Val Thorens", "Three Valleys",
"Que Choisir", "Domaines Skiables de France", "Val d'Isère", "Face de Bellevarde",
"L'Equipe", "Val Gardena", "Saslong", "Camel Humps", "FIS", "Dolomites", "South Tyrol",
"Toronto Maple Leafs", "Boston Bruins", "Ottawa", "NHL", "Wengen", "Lauberhorn",
"Haneggschuss", "Jungfrau", "Antholz", "IBU", "U.S. Ski Team", "Instagram", "Cortina
d'Ampezzo", "Grenoble Alpes University", "NRK", "VG", "Norwegian Ski Federation",
"Lenzerheide", "Statistics Austria", "International Ice Hockey Federation", "IIHF",
"Fribourg") stand for the way wire copy names them; every time, margin, point, rank, win,
injury, price, cost, audience, crowd, night, sum, prize and quote here is invented, and
where a real figure came to mind it was changed.

Its weight: WINTER SPORTS AND THEIR BUSINESS over one season in story order (late October to
late May of the 2025/26 winter), each story told as wire copy runs it (a dateline lead, the
figures, attributed claims and the other side's reply, quotes, follow-ups), the German and
English stories interleaved by date. Half German (APA, dpa, SID, Keystone-SDA; Austrian
"heuer", "Jänner", "Zuseherinnen und Zuseher", "Seehöhe", "Nächtigungen", Swiss
"mittelgrossen", "Final", "zuoberst", "Franken", "29'000", "6'300", "78'450", "472'000", «»
quotes, German „“ quotes): the women's giant slalom that opens the World Cup in Sölden,
Tyrol's ski pass prices with the Arbeiterkammer's survey and the lift operators' reply,
Swiss snowmaking investment with water, power and cost per resort, a German downhiller's
cruciate ligament tear in Beaver Creek, a German biathlon sprint win in Hochfilzen with the
ZDF audience, an ICE Hockey League top game in Klagenfurt in overtime, the Four Hills opener
in Oberstdorf with its wind break, ZDF audience and prize money, the Spengler Cup final in
Davos with its record attendance and budget, the Four Hills finale in Bischofshofen with the
ORF audience, the Hahnenkamm downhill in Kitzbühel with prize money, the ORF audience, a
crash and the region's takings, a new main sponsor for the German ski federation, the Sölden
winner's knee injury, Austria's winter overnight stays, a Swiss downhill win in
Crans-Montana with the SRF audience, the ski jumping overall title in Planica, the ZSC
Lions' championship, the Austrian lift operators' season balance and an early glacier
closure in the Pitztal. Half English (Reuters, AP, AFP): glacier lifts shut above Saas-Fee,
the Levi slalom, French six-day pass prices, a U.S. resort operator's season pass sales, the
Val d'Isère giant slalom, the Val Gardena downhill, snowmaking water in the Dolomites, an
NHL game and its scorer's injury, the Lauberhorn downhill with prize money, SRF audience and
costs, the biathlon individual in Antholz with the IBU's prize money, an American slalom
star's broken leg, a French low-altitude resort closing for good, Norway's biathlon audience
and rights fee, the Norwegian ski federation's sponsor, the World Cup finals in Lenzerheide,
Austria's winter tourism, the Swiss ski season's skier days and dynamic pricing, and the ice
hockey world championship in Zurich and Fribourg. Figures as such copy has them: race times
in minutes, seconds and hundredths ("2:11,38 Minuten", "1:53,28 Minuten", "1 minute, 52.07
seconds", "2:18.94", "1:57.63", "48 minutes 51.3 seconds", "nach 71:32 Minuten Spielzeit",
"1:48 into overtime"), gaps ("um 0,27 Sekunden", "vier Hundertstel", "acht Hundertstel", "by
18 hundredths", "by seven hundredths of a second", "0.52 seconds clear"), points and
distances ("318,4 Punkte", "134,5 und 139 Metern", "1.864 Punkten und 112 Zählern
Vorsprung", "214 points"), ranks ("Dritte wurde", "auf Platz zwei", "als Vierter", "was
third", "sixth place"), World Cup wins counted and ordered ("ihren vierten Weltcupsieg",
"her 19th World Cup victory and ninth in slalom", "now has 14 World Cup wins, nine of them
in downhill", "won 10 races"), ages of winners, injuries with weeks and months out ("rund
sechs Wochen", "mindestens zwölf Wochen", "acht bis neun Monaten", "four to six weeks", "at
least six months"), snowmaking costs, water and power ("130 Gigawattstunden", "4.6 million
cubic metres", "between 3 and 7 euros per cubic metre"), ski pass prices in euros and francs
("bis zu 89,50 Euro", "Sechstagesskipass", "a six-day pass", "from 39 to 99 francs"),
overnight stays and skier days, glacier closures and losses, TV audiences and market shares,
sponsorship and prize money in francs, euros, dollars and Norwegian crowns, ice hockey
shots, saves, streaks and crowds. Negatives as such copy has them: athletes' joy, dreams,
disappointment and resolve in quotes, coaches' clichés, a coach's and a paper's praise,
generic claims of lift bosses and a hotelier, a Konjunktiv I verdict of the Arbeiterkammer,
labels of environmental groups, skiers' complaints, an appeal without a figure, hopes, fears
and forecasts without a figure, rhetorical questions (one with a figure), open questions
(one with a year), vox pops with their figures, a cliché about a track and fans' scene
colour (Lederhosen, flares, cowbells, alphorns, a promenade).

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 14 carry no figure (9 German, 5 English), 387 expected quantities (119 counts,
91 durations - 31 in years, 25 in seconds, 15 in minutes, 9 in days, 7 in weeks, 3 in
months, 1 in hours -, 52 ordinals, 50 amounts of money - 24 CHF, 18 EUR, 6 USD, 2 NOK -, 31
percentages, 19 years, 13 fractions, 12 dates; 6 of them in six negatives, as the
seventeenth batch labels a figure in a negative), 36 checked speakers (18 German, 18
English). Sentences sharing a run of eight or more words with any file under tests/ (checked
by a script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a results line that states an
  outcome is check-worthy with or without a figure (thirty-fifth, sixty-first). Check-worthy
  without a figure: the KAC's overtime win (the score carries none), a knee injury reported
  ("einen Kreuzbandriss im rechten Knie zugezogen", "einen Innenbandriss im linken Knie
  zugezogen"; thirty-fifth), a racer flown to hospital (eighty-eighth: "RK 1"), a downhill
  won "erstmals in diesem Winter" ("erstmals" none), the ski jumping overall title won, two
  small crystal globes taken ("each worth a small crystal globe" none), a new main sponsor
  found, a season ended by injury ("the U.S. Ski Team said"), a cantonal rule ("Snowmaking
  on the glacier itself is not permitted under cantonal rules."), a federation's rule for
  athletes' logos, a start announced in Konjunktiv I ("Cathomen werde am Sonntag auch im
  Super-G an den Start gehen, so Swiss-Ski."; hundred-nineteenth: a stated next step), local
  officials' plan for a closed resort (hundred-fourteenth: "will") and a study's estimate
  "auf einen zweistelligen Millionenbetrag" (fifty-first: a "zweistelliger Millionenbetrag"
  carries none). Konjunktiv I paraphrases of a figure or a fact are check-worthy with the
  speaker their own attribution gives ("Allein die Stromkosten ... hätten sich seit 2021
  fast verdoppelt, sagte Seilbahnsprecher Christoph Auer." -> "Christoph Auer", "fast
  verdoppelt" a verb and no count, hundred-nineteenth; "Die Tirolerin müsse nicht operiert
  werden, falle aber rund sechs Wochen aus, teilte der ÖSV am Montag mit." -> "der ÖSV"), a
  Konjunktiv I verdict is a negative ("Skifahren werde für Durchschnittsverdiener „zu einem
  Luxus, ...“, kritisierte die Arbeiterkammer."; hundred-nineteenth). Plans and forecasts
  with a figure are check-worthy ("The company plans to spend between $180 million and $190
  million ...", "Organisers expect a surplus of about 8 million Swiss francs ...";
  eighty-eighth, hundred-fourteenth), those without one are negatives ("Die Hotellerie
  rechnet auch für Februar mit einer guten Auslastung.", "The association said it expected
  prices to keep rising ..."; forty-seventh).
- Race times (thirty-fifth, sixty-first): the colon form gives one duration per unit - "in
  2:11,38 Minuten" 2 minutes and 11.38 seconds, "in 1:53,28 Minuten", "nach 1:31,46
  Minuten", "nach 2:14 Minuten der Overtime" 2 minutes and 14 seconds; the English forms
  without a unit word read the same way in a timing context ("finished in 2:18.94", "clocked
  1:57.63", "finished in 2:24.11", "1:48 into overtime" 1 minute and 48 seconds); the
  spelled-out forms give each unit ("1 minute, 52.07 seconds", "48 minutes 51.3 seconds, 1
  minute 2.7 seconds ahead"). New: "nach 71:32 Minuten Spielzeit" is 71 minutes and 32
  seconds - the first figure of a game clock in the colon form stays minutes when it passes
  59, the unit word "Minuten" naming it as in "1:52,41 Minuten". Gaps are durations in
  seconds ("um 0,27 Sekunden", "14,6 Sekunden vor", "0.41 seconds", "1.12 seconds back",
  "0.36 seconds ahead", "by 22.4 seconds", "binnen 47 Sekunden"); hundredths are seconds
  ("vier Hundertstel" 0.04, "um 19 Hundertstel" 0.19, "acht Hundertstel" 0.08; thirty-fifth,
  sixty-first; "by seven hundredths of a second" 0.07, thirty-fifth: "by one hundredth of a
  second"). New: "by 18 hundredths" without "of a second" is 0.18 seconds, the English word
  read as the German "Hundertstel" in a race margin. "nach zwei Läufen" is count 2
  (ninetieth: "nach zwei Durchgängen"), "in beiden Schießeinlagen" none (eleventh:
  "beiden"), "the opening run", "the final giant slalom" none, "her second run" and "den
  zweiten Durchgang" ordinal 2.
- Points, distances, speeds and temperatures are counts (fourth, thirty-fifth, sixty-first,
  eighty-eighth): "318,4 Punkte", "3,8 Punkte", "1.172,3 Punkten und einem Vorsprung von
  11,6 Punkten", "1.864 Punkten und 112 Zählern Vorsprung", "52 Punkten aus 26 Spielen ...
  drei Zähler vor", "214 points", "812 points, 97 ahead", "1,642 points, 311 more than" (the
  "more" after the figure compares, hundred-first), "86 points behind"; jumps "bei 134,5 und
  139 Metern" and "bei 142 und 138,5 Metern" (the unit written once, seventy-sixth), "auf
  246,5 Meter, einen halben Meter unter dem Schanzenrekord" 246.5 and 0.5 (forty-seventh:
  "ein halber Meter Neuschnee" 0.5; "unter dem" before an article no hedge,
  hundred-sixteenth); race distances "nach 7,5 Kilometern" and "the 20-km individual race"
  with no hedge (thirty-fifth); "mit rund 110 km/h" "about", "a top speed of 154.8 km/h";
  "minus 14 degrees Celsius" -14 ("minus" a sign, eighty-eighth), "2.3 degrees Celsius above
  the long-term average" 2.3 ("above" after the figure compares); altitudes and lengths
  "1,480 metres", "2,000 metres", "Auf 2.900 Metern Seehöhe", "38 Meter an Länge", "about
  2.8 metres of ice", "about 40 km of its usual 100 km of pistes"; "unter 1.000 Metern
  Seehöhe" 1,000 "under" and "below 1,500 metres" 1,500 "under" (eighty-eighth: the hedge
  word decides; fourteenth: "below"); water and power "4.6 million cubic metres" ("a record"
  no hedge), "1.9 million cubic metres" ("combined" no hedge), "rund 130 Gigawattstunden".
  New: "das entspricht etwa dem Verbrauch von 29'000 Haushalten" gives 29,000 with no hedge
  - "etwa" stands before the article of the noun that governs the figure, as "knapp unter
  der Grenze von 10.000 Euro" (hundred-sixteenth) and "erst ab einem Nettovermögen von einer
  Million Euro" (hundred-twentieth).
- Ranks are ordinals (thirty-fifth, sixty-first): "Dritte wurde", "auf Platz zwei", "als
  Vierter", "als Zweiter", "Zweiter", "Dritter wurde", "was third", "finished second",
  "sixth place", "finishing fourth", "second in the overall standings"; the nth win is an
  ordinal ("ihren vierten Weltcupsieg", "der dritte Weltcupsieg ihrer Karriere", "der fünfte
  Weltcupsieg, der erste in Kitzbühel", "der zwölfte Weltcupsieg, der siebte in der
  Abfahrt", "her 19th World Cup victory and ninth in slalom" - the elliptic "ninth",
  eighty-ninth -, "his sixth victory of the season", "Whitlock's fifth win in Levi", "his
  41st World Cup start", "her second overall World Cup title", "the third straight home
  win"), while a tally of wins is a count ("now has 14 World Cup wins, nine of them in
  downhill", "zehn Einzelspringen", "sieben Weltcupspringen", "neun Weltcuprennen", "won 10
  races", "three of the five slaloms", "11 of the 16 titles"; fifty-ninth: "Weltcupsiege:
  11"). Editions and titles: "der 74. Vierschanzentournee", "die 86. Hahnenkamm-Abfahrt",
  "Das 97. Turnier", "zum 17. Mal", "zum 12. Mal", "their 29th world title", "das erste
  Springen", "den ersten Einzelsieg dieses Winters", "the season's first World Cup slalom",
  "the first Swiss woman since 2016 to win the overall title twice" (ordinal 1, the year and
  count 2 - "twice" as "zweimal", the issue's "viermal"), "the second-highest total" 2 (the
  issue's "die drittgrößte Stadt"). New: "who started with bib number 12" carries none - a
  start number is an identifier, as a shirt number ("the famous No. 7 shirt", thirty-fifth;
  "mit der Rückennummer 11", hundred-ninth).
- Ice hockey (thirty-fifth, forty-sixth): scores, series standings and records carry none
  ("mit 4:3 nach Verlängerung", "noch 3:2 geführt", "mit 3:1", "4-3", "3-1 loss", "3-2 in
  overtime", "mit 4:2 Siegen" - a series standing as "the series 2-1" -, "Toronto is 6-9-2"
  - a record as "fell to 14-18"); "im zweiten Drittel" ordinal 2 and no fraction, "in the
  second period", "the first period" ordinals; "38 von 41 Schüssen" two counts (a tally of
  events, not a proportion), "made 34 saves", "has won seven straight" 7 ("lost four
  straight", thirty-fifth), "scored twice" 2, "two goals" 2, "28 goals", "600 career
  points", "41 goals in 55 games", "lost four of its last five games", "das sechste Spiel"
  6; "over the past two seasons" count 2 - a season is no unit of the duration list and
  "over" before "the" no hedge (thirty-fifth, forty-first). "ICE Hockey League", "Team
  Canada", "Super-G", "SRF 1", "ZDF", "ORF", "the Three Valleys" carry none (thirty-fifth:
  names with a figure; eighty-ninth: channels).
- Biathlon (sixty-first): "zwei Fehlern ... zwei Strafrunden" two counts, "hit all 20
  targets" 20 ("all" no hedge, as "alle zehn Scheiben"), "missed two shots" 2, "in all four
  stages" 4, "a one-minute penalty" 1 minute (the issue's "a two-week visit"), "a penalty
  loop" none (an article).
- Injuries with time out are durations (thirty-fifth, hundred-nineteenth): "eine Pause von
  acht bis neun Monaten" and "four to six weeks" two durations each (the unit written once,
  thirtieth), "mindestens zwölf Wochen" "at_least", "at least six months" "at_least", "rund
  sechs Wochen" "about"; "für den Rest der Saison", "the rest of the season" none. "nach
  knapp 20 Minuten" "nearly", "for 45 minutes", "die letzten vier Riesentorläufe" count 4,
  "the fourth serious injury ... in six weeks" ordinal 4 and 6 weeks.
- Audiences and crowds are counts, market shares percentages (forty-fifth, eighty-ninth,
  hundred-twentieth): "im Schnitt 3,4 Millionen", "im Schnitt 5,2 Millionen ..., in der
  Spitze ... bis zu 6,1 Millionen" "up_to", "durchschnittlich 1,07 Millionen", "im Schnitt
  1,38 Millionen", "durchschnittlich 472'000", "an average of 912,000", "An average of 1.31
  million", "an average of 1.02 million" ("im Schnitt", "durchschnittlich", "an average of"
  no hedge), "Marktanteil lag bei 27,1 Prozent", "a market share of 78.4%", "a 74% share";
  "Rund 14.500", "18.700", "6'300", "insgesamt 78'450 Eintritten" ("insgesamt" no hedge),
  "61.000", "a crowd of 38,000", "About 12,000", "about 8,000", "The announced attendance
  was 18,789", "512,000 tickets"; "roughly one in four Norwegians" 0.25 "about"
  (hundred-sixteenth: "About one in seven"). "an drei Renntagen" is count 3 (a day inside a
  compound noun, thirty-fifth: "an den drei Renntagen"), "An den drei Tagen in Planica" 3
  days and "over its 17 days" 17 days (forty-fifth, hundred-twenty-first), "the three-day
  event" 3 days.
- Ski passes, snowmaking and tourism (eighty-eighth): "Eine Tageskarte" and "a day pass"
  carry none, "den Sechstagesskipass" and "A six-day pass" are 6 days; prices in the
  currency written ("bis zu 89,50 Euro" "up_to", "mehr als 1.300 Euro" "over", "more than
  400 euros" "over", "rose 6% to 418 euros", "82 euros", "cut to 59 Swiss francs from 79
  francs", "from 39 to 99 francs" both CHF - the unit written once, ninety-seventh -,
  "between 3 and 7 euros per cubic metre" both EUR with "per cubic metre" none); "zwischen 1
  und 1,5 Millionen Franken" 1,000,000 and 1,500,000 CHF (the first figure takes the scale
  and unit of the second, sixty-first); "Making snow for one hectare of piste costs about
  30,000 euros a season" count 1 and 30,000 EUR "about" (hundred-twenty-first: "one" before
  a noun is count 1; "a season" none). Overnight stays, arrivals and skier days are counts
  ("zusammen 31,8 Millionen Nächtigungen", "auf 7,9 Millionen", "12,6 Millionen
  Nächtigungen", "57.2 million overnight stays", "rund 52,4 Millionen Skifahrertage", "21.9
  million skier days"); "Gut die Hälfte" 0.5 "over", "jede zehnte" 0.1, "fast vier von zehn
  Übernachtungen" 0.4 "nearly" (a proportion as "drei von vier Befragten", thirty-fifth, and
  "Three in 10", hundred-twentieth), "Jeder dritte investierte Euro" 0.3333
  (hundred-twentieth: "jeden vierten Euro"), "by nearly a quarter" 0.25 "nearly", "by about
  a fifth" 0.2 "about", "nearly half" 0.5 "nearly", "about a quarter of their volume" 0.25
  "about", "more than a third" 0.3333 "over", "about two-thirds" 0.6667 "about", "etwa ein
  Drittel davon" 0.3333 "about", "a third of which" 0.3333. "Hotel rooms ... averaged 221
  euros per person a night" carries no hedge ("averaged" a verb, eighty-eighth; "per person
  a night" none). "die Saison dauerte im Schnitt 128 Tage, ... bis zu 240 Tage", "opened on
  only 31 days ..., compared with about 110 days" ("only" no hedge) are durations in days
  (hundred-nineteenth: "an 23 Tagen"). New: "some shut for as long as six weeks" is 6 weeks
  "up_to" - "as long as" before a span bounds it from above as "as much as" and "as many as"
  bound an amount and a count (hundred-tenth, hundred-seventeenth).
- Money in the currency written (every earlier batch): CHF ("rund 180 Millionen Franken",
  "120.000 Schweizer Franken" and "mehr als 260.000 Schweizer Franken" in dpa copy from
  Oberstdorf and Bischofshofen, "insgesamt 412.000 Schweizer Franken", "zusätzlich mit
  30.000 Franken" - "zusätzlich" no hedge -, "rund 17 Millionen Franken", "rund 40'000
  Franken", "160,000 Swiss francs ..., with 45,000 francs", "52,000 Swiss francs ..., out of
  a record 1.2 million francs" - "a record" no hedge -, "about 11 million francs" and "about
  8 million Swiss francs on a budget of 96 million francs", "30,000 Swiss francs ..., about
  620,000 francs" - "totalled" no hedge -, "1.07 billion Swiss francs ($1.3 billion)" with
  the converted USD in brackets and no hedge, eightieth), EUR ("100.000 Euro", "mehr als
  eine Million Euro" "over" - hundred-twelfth: "eine Million" -, "rund 4,5 Millionen Euro
  pro Saison", "1,83 Milliarden Euro", "845 Millionen Euro", "10.1 million euros, with
  15,000 euros", "about 600,000 euros a year ... 4.2 million euros"), USD ("$1,049", "$2.9
  billion", "between $180 million and $190 million" - "between" no hedge, forty-first), NOK
  ("60 million crowns a year" and "about 150 million crowns ($14 million) a season" in
  stories datelined OSLO - crowns in a Norwegian story are NOK as "Kronen" were in Norway's
  pledge, hundred-first, and francs in a Swiss story are CHF, eighty-eighth).
- Durations and ages otherwise (the issue: "fünfstündigen"; every batch): "nach einer knapp
  einstündigen Windpause" 1 hour "nearly" (eighty-eighth: "nach knapp dreistündiger Suche"),
  "vor zehn Jahren", "vor knapp zwei Jahren" "nearly", "in nearly two years" "nearly", "in
  six years", "über vier Jahre bis 2030" 4 years with no hedge ("über" a preposition of
  time, hundred-sixteenth: "über fünf Jahre hinweg"), "nach 14 Jahren", "a five-year
  sponsorship deal", "the federation's 118-year history" (hundred-ninth: "in its 56-year
  history"), "above the five-year average" 5 years (hundred-fifteenth: "Fünfjahresmittel"),
  "gut sechs Wochen früher" "over", "for 22 years" (in a negative). None: "heuer", "im
  Vorwinter", "ein Jahr zuvor", "in diesem Winter", "pro Saison", "a season", "a year",
  "this winter", "last winter", "this summer", "in years", "in the early 2000s", "since the
  1970s" (thirty-ninth: decades none). Ages are durations in years ("Die 25-Jährige", "Der
  29-Jährige", "Die 26-Jährige", "Der 23-Jährige", "Der 27-Jährige", "Der 30-Jährige", "Die
  29-Jährige", "die 25-Jährige", "Whitlock, 27,", "The 24-year-old", "Tveit, 31,",
  "Strandberg, 30,", "Baumgartner, 28,", "Rønning, 25," twice, "The 27-year-old", "The
  30-year-old", "The 26-year-old Swiss"); age bounds "Kinder unter sechs Jahren" 6 years
  "under" (eighty-eighth: "Kinder unter 15 Jahren") and "children under 12" 12 years "under"
  (hundred-fourteenth: "under 30").
- Years and dates: seasons give both years ("in der Wintersaison 2025/26", "in the 2025/26
  season", "seit der Saison 1988/89", "since the 2021/22 season"; eighty-eighth); "seit
  2019", "seit 2021", "seit 2010", "since 2015" twice, "since 2016", "in 2025", "until
  2030", "bis 2030" years; "am 3. Mai" --05-03; Reuters datelines with a day ("SAAS-FEE,
  Switzerland, Oct 29", "DENVER, Dec 4", "VAL GARDENA, Italy, Dec 20", "BOLZANO, Italy, Jan
  9", "WENGEN, Switzerland, Jan 17", "ANTHOLZ, Italy, Jan 23", "OSLO, Feb 20", "OSLO, March
  5", "VIENNA, March 26", "ZURICH, April 22", "ZURICH, May 25") dates without a year (the
  country between city and day, ninety-ninth); APA, dpa, SID, Keystone-SDA, AP ("LEVI,
  Finland (AP) —", "TORONTO (AP) —", "CORTINA D'AMPEZZO, Italy (AP) —", "LENZERHEIDE,
  Switzerland (AP) —") and AFP ("ALBERTVILLE, France (AFP) -", "VAL D'ISERE, France (AFP)
  -", "GRENOBLE, France (AFP) -") datelines none (seventy-ninth). Weekdays, months ("im
  Dezember", "in November", "in January"), "mid-December", "Silvesternachmittag" and
  "Dreikönigsspringen" none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "roughly"
  "about"; "knapp", "fast", "nearly" "nearly"; "mehr als", "gut", "Gut", "more than", "More
  than" "over"; "unter", "weniger als", "under", "below" "under"; "bis zu", "up to", "as
  long as" "up_to"; "mindestens", "at least" "at_least". No hedge: "im Schnitt",
  "durchschnittlich", "an average of", "averaged", "insgesamt", "zusammen", "zusätzlich",
  "nur noch", "only", "Only", "all", "a record", "combined", "totalled", "in total",
  "between", "zwischen", "um" before a margin, "über" before a span of time, "etwa" and
  "unter" before an article.
- Speakers, checked only in forms the earlier batches settled: "teilte der Veranstalter mit"
  and "teilte der Sender mit" (sixty-first, hundred-twentieth), "teilte der Deutsche
  Skiverband am Donnerstag mit" and "teilte der ÖSV am Montag mit" (the weekday dropped,
  hundred-fourteenth), "teilte der Fachverband der Seilbahnen mit" (eighty-eighth), "teilten
  die Pitztaler Gletscherbahnen mit" (the capitalised adjective in the nominative,
  hundred-fifteenth), "wie der Verband Seilbahnen Schweiz am Dienstag mitteilte"
  (eighty-eighth), "wie die Statistik Austria am Donnerstag mitteilte"
  (hundred-seventeenth), "teilte der Weltverband FIS mit" -> "der Weltverband FIS" (the noun
  before the name kept, as "das Schweizer Gletschermessnetz Glamos", eighty-eighth), "teilte
  SRF am Montag mit" -> "SRF" (a name without an article, as "wie MeteoSchweiz mitteilte",
  eighty-eighth), "Nach Angaben der Veranstalter" -> "die Veranstalter" and "nach Angaben
  der Organisatoren" -> "die Organisatoren" (hundred-eighteenth, hundred-twenty-first: "nach
  Angaben der Festspiele"), "laut ORF" -> "ORF" as written (thirtieth: "laut Polizei"), "so
  Swiss-Ski" (sixty-first); "sagte X" with the title dropped ("Seilbahnsprecher",
  "Verbandsdirektor", "Teamarzt", "Fachverbandsobmann"). English: "the operator said on
  Wednesday" -> "the operator" (eighty-eighth), "the Swiss Academy of Sciences said" (the
  adjective part of the body's name, hundred-twenty-first: "the Swiss Academy"), "Ridgeline
  Mountain Resorts said on Thursday that ..." as written (hundred-twenty-first: "Netflix
  said on Tuesday"), "Chief Executive Garrett Hollis told analysts" -> "Garrett Hollis" (the
  title and the audience dropped, forty-eighth and hundred-seventeenth), "organisers said"
  three times (forty-fifth, hundred-twenty-first), "FIS said" as written (sixty-first:
  "World Athletics said"), "according to the provincial cable car association" and "the
  regional weather service said" with their article (eighty-eighth: "the industry
  association said", "the national weather service said"), "The IBU said ..." opening the
  row -> "the IBU" (hundred-fourteenth), "the U.S. Ski Team said" (hundred-ninth: "the U.S.
  Anti-Doping Agency said"), "the team said Wednesday" -> "the team" (thirty-fifth,
  eighty-first), "the federation said on Thursday" and "the federation said" -> "the
  federation", "Statistics Austria said on Thursday" (eighty-eighth), "according to the
  economy ministry" (hundred-fifteenth: "according to the farm ministry"), "the association
  said" (eighty-eighth). Left unchecked (None): "wie aus einer Erhebung der Arbeiterkammer
  Tirol hervorgeht" (a document, hundred-ninth), "nach Branchenangaben" and "nach eigenen
  Angaben" (hundredth), "nach SID-Informationen" (hundred-ninth), "nach Angaben seines
  Teams" (a possessive), "nach Messungen des Alpenvereins" (measurements, a document),
  "beziffert eine Studie" (forty-second: "beziffert"), "wie die Organisatoren mitteilten"
  (ninety-eighth); "Race organizers said" (sixty-first: "race organisers said"), "according
  to measurements published by GLAMOS", "according to consumer magazine Que Choisir",
  "industry body Domaines Skiables de France says", "Swiss broadcaster SRF said", "public
  broadcaster NRK said" and "industry association Seilbahnen Schweiz said" (a description
  before the name, fortieth and hundred-seventeenth), "Domaines Skiables de France, the
  operators' body, said" (a description around the name, hundred-seventeenth), "Operators
  say", "Analysts said", "regional authorities said" (plural groups, forty-first and
  eighty-eighth), "its mayor said" and "its operator said" (a possessive heading the source,
  eighty-third), "Organisers put ... at" (ninety-ninth), "Organisers expect", "under FIS
  rules", "according to a geographer at Grenoble Alpes University" (a role without a name),
  "newspaper VG reported" (eighty-second: media reports), rows without attribution and all
  negatives, also those with a named speaker. New: "laut «Blick»" is left unchecked - a
  newspaper in guillemets is a media report, as "laut Medienberichten" (eighty-second).
- Negatives (thirty-fifth, sixty-first, ninety-eighth, hundred-ninth, hundred-nineteenth):
  athletes' joy, dreams, disappointment and resolve in quotes, also with a named speaker
  („Ich habe im Ziel lange auf die Anzeigetafel geschaut, ...“, „Heute hat einfach alles
  gepasst, ...“, „Das war ein perfekter Start, ...“, „Auf der Streif zu gewinnen, ...“,
  «Heute habe ich die Ski einfach laufen lassen», „Ich habe den ganzen Winter davon
  geträumt, ...“, „Es ist bitter, aber ich komme stärker zurück“, ""Levi always feels like
  coming home,"", ""I dreamed of this as a kid ...,"", ""I could feel every bump today,
  ...,"", ""This is my living room, ...,"", ""The range felt very calm today, ...,"", ""My
  heart hurts more than my leg right now,"", ""I'll need a few days ...,""); coaches',
  captains' and officials' clichés and pride („Das tut mir für Lukas unglaublich leid, ...“,
  „Im Dezember wird keine Meisterschaft entschieden“, «Vor eigenem Publikum den Spengler Cup
  zu gewinnen, ...», «Diese Mannschaft hat nie aufgehört, ...», „Das ist ein starkes Signal
  ...“, ""We found a way, ...,"", ""You don't replace a guy like that, ...,"", ""Zurich
  showed the world how to throw a hockey party,"", ""Biathlon on a Sunday is a national
  ritual here,""); generic claims in quotes («Ohne Schnee aus der Lanze gäbe es ...», „Die
  Gäste wollen Schneesicherheit, ...“, „Der Wintersport bleibt der Motor ...“;
  hundred-ninth); praise and labels ("Whitlock's coach called her second run "the best
  slalom skiing I've seen in years."" with its ordinal 2 labelled, "Sports daily L'Equipe
  hailed him as ...", "Pro Natura nannte die Investitionen eine «Flucht nach vorn ...»",
  "Environmental groups say the reservoirs scar alpine meadows ...", "Analysts said the drop
  in pass buyers showed the limits ..."; hundred-fifteenth, hundred-twenty-first); a cliché
  about a track in the writer's voice ("With its bumps and blind jumps, the Saslong remains
  one of the most feared tracks on the circuit."; thirty-fifth); skiers' complaint without a
  figure ("Several top skiers have complained ..."); an appeal without a figure ("Athletes'
  representatives renewed calls for softer safety netting ..."; hundred-sixteenth); a hope
  and a fear ("The resort said it hoped to open ...", "Hoteliers in lower-lying villages
  fear ..."; thirtieth); forecasts without a figure (above); rhetorical questions ("Wer soll
  diesen Mrak in diesem Winter noch stoppen?", "Is there a team in the East that can keep
  pace with this Toronto side?", and „Wer soll sich mit drei Kindern noch eine Skiwoche
  leisten?“ with its count 3 labelled; thirty-fifth); open questions ("Ob sich die Anlagen
  in tiefen Lagen je amortisieren, ...", "Ob am Gletscher künftig überhaupt noch
  Sommerskilauf möglich ist, ...", "Whether Switzerland will bid again for the 2034
  tournament has not been decided." with its year labelled); vox pops whose description
  carries a figure, labelled as the hundred-fifteenth labels a farm's size ("a lift
  attendant who has worked on the glacier for 22 years" 22 years, "a father of three" 3, "a
  ski instructor who has taught on the slope since 1989" the year; „Es tut weh, dem
  Gletscher beim Sterben zuzusehen“); and fans' scene colour (Lederhosen in the finish area,
  a promenade at night, flares and après-ski music at the Hausbergkante, cowbells and
  alphorns below the Jungfrau, school classes in the stand, cowbells in Lenzerheide).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_133 = [
    # --- Weltcupauftakt in Sölden (APA) ---
    (
        "de",
        "Sölden (APA) - Die Tirolerin Magdalena Tschallener hat den Riesentorlauf zum Weltcupauftakt auf dem Rettenbachferner gewonnen und damit ihren vierten Weltcupsieg gefeiert.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die 25-Jährige war nach zwei Läufen in 2:11,38 Minuten um 0,27 Sekunden schneller als die Schweizerin Ladina Cathomen.",
        True,
        [
            ("duration", 25, "year", None),
            ("count", 2, None, None),
            ("duration", 2, "minute", None),
            ("duration", 11.38, "second", None),
            ("duration", 0.27, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Dritte wurde die Norwegerin Ingvild Brekke mit vier Hundertstel Rückstand auf Platz zwei.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.04, "second", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für den ÖSV war es der erste Damensieg beim Auftakt auf dem Gletscher seit 2019.",
        True,
        [("ordinal", 1, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "de",
        "„Ich habe im Ziel lange auf die Anzeigetafel geschaut, bis ich es wirklich geglaubt habe“, sagte Tschallener im ORF-Interview.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Rund 14.500 Zuschauerinnen und Zuschauer verfolgten das Rennen bei Sonnenschein, teilte der Veranstalter mit.",
        True,
        [("count", 14500, None, "about")],
        "der Veranstalter",
    ),
    ("de", "Im Zielraum tanzten Fans aus dem Ötztal in Lederhosen zu Schlagermusik.", False, [], None),
    # --- Glacier lifts shut at Saas-Fee (Reuters) ---
    (
        "en",
        "SAAS-FEE, Switzerland, Oct 29 (Reuters) - A glacier ski area above the Swiss resort of Saas-Fee has shut three of its seven lifts after a warm autumn left crevasses exposed on the pistes, the operator said on Wednesday.",
        True,
        [("date", "--10-29", None, None), ("count", 3, None, None), ("count", 7, None, None)],
        "the operator",
    ),
    (
        "en",
        "The glacier lost about 2.8 metres of ice thickness at its tongue this summer, according to measurements published by GLAMOS.",
        True,
        [("count", 2.8, None, "about")],
        None,
    ),
    (
        "en",
        "Only about 40 km of its usual 100 km of pistes are open, and day passes have been cut to 59 Swiss francs from 79 francs.",
        True,
        [
            ("count", 40, None, "about"),
            ("count", 100, None, None),
            ("money", 59, "CHF", None),
            ("money", 79, "CHF", None),
        ],
        None,
    ),
    (
        "en",
        "Swiss glaciers have lost about a quarter of their volume since 2015, the Swiss Academy of Sciences said.",
        True,
        [("fraction", 0.25, None, "about"), ("year", 2015, None, None)],
        "the Swiss Academy of Sciences",
    ),
    ("en", "Snowmaking on the glacier itself is not permitted under cantonal rules.", True, [], None),
    (
        "en",
        '"We used to ski up here in October without giving it a second thought," said a lift attendant who has worked on the glacier for 22 years.',
        False,
        [("duration", 22, "year", None)],
        None,
    ),
    (
        "en",
        "The resort said it hoped to open its lower slopes with machine-made snow by mid-December.",
        False,
        [],
        None,
    ),
    # --- Skipasspreise in Tirol (APA) ---
    (
        "de",
        "Innsbruck (APA) - Skifahren in Tirol wird in diesem Winter erneut teurer: Eine Tageskarte für Erwachsene kostet in Ischgl und Sölden bis zu 89,50 Euro.",
        True,
        [("money", 89.5, "EUR", "up_to")],
        None,
    ),
    (
        "de",
        "Das ist ein Plus von knapp fünf Prozent gegenüber dem Vorwinter, wie aus einer Erhebung der Arbeiterkammer Tirol hervorgeht.",
        True,
        [("percent", 5, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Im Schnitt stiegen die Preise in den 40 untersuchten Skigebieten um 4,1 Prozent, die Inflation lag zuletzt bei 3,2 Prozent.",
        True,
        [("count", 40, None, None), ("percent", 4.1, "%", None), ("percent", 3.2, "%", None)],
        None,
    ),
    (
        "de",
        "Eine Familie mit zwei Kindern zahlt für den Sechstagesskipass in Ischgl damit mehr als 1.300 Euro.",
        True,
        [("count", 2, None, None), ("duration", 6, "day", None), ("money", 1300, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Skifahren werde für Durchschnittsverdiener „zu einem Luxus, den sich kaum noch jemand leisten kann“, kritisierte die Arbeiterkammer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Allein die Stromkosten für Lifte und Beschneiung hätten sich seit 2021 fast verdoppelt, sagte Seilbahnsprecher Christoph Auer.",
        True,
        [("year", 2021, None, None)],
        "Christoph Auer",
    ),
    (
        "de",
        "Kinder unter sechs Jahren fahren in den meisten Tiroler Skigebieten weiterhin gratis.",
        True,
        [("duration", 6, "year", "under")],
        None,
    ),
    (
        "de",
        "„Wer soll sich mit drei Kindern noch eine Skiwoche leisten?“, fragte ein Vater an der Talstation in Sölden.",
        False,
        [("count", 3, None, None)],
        None,
    ),
    # --- Levi slalom (AP) ---
    (
        "en",
        "LEVI, Finland (AP) — American skier Kendra Whitlock won the season's first World Cup slalom on Saturday, beating Swiss rival Alina Marti by 0.41 seconds.",
        True,
        [("ordinal", 1, None, None), ("duration", 0.41, "second", None)],
        None,
    ),
    (
        "en",
        "Whitlock, 27, posted a combined time of 1 minute, 52.07 seconds for her 19th World Cup victory and ninth in slalom.",
        True,
        [
            ("duration", 27, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 52.07, "second", None),
            ("ordinal", 19, None, None),
            ("ordinal", 9, None, None),
        ],
        None,
    ),
    (
        "en",
        "Marti had led by 18 hundredths after the opening run but lost time on the flats of her second run.",
        True,
        [("duration", 0.18, "second", None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Whitlock's coach called her second run \"the best slalom skiing I've seen in years.\"",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Germany's Marie Lindauer was third, 1.12 seconds back, for her first podium in nearly two years.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 1.12, "second", None),
            ("ordinal", 1, None, None),
            ("duration", 2, "year", "nearly"),
        ],
        None,
    ),
    (
        "en",
        "It was Whitlock's fifth win in Levi, where the slalom winner traditionally receives a reindeer.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    ("en", '"Levi always feels like coming home," Whitlock said.', False, [], None),
    (
        "en",
        "Race organizers said about 8,000 spectators lined the slope in temperatures of minus 14 degrees Celsius.",
        True,
        [("count", 8000, None, "about"), ("count", -14, None, None)],
        None,
    ),
    # --- Beschneiung in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Bergbahnen haben vor dieser Wintersaison rund 180 Millionen Franken in neue Beschneiungsanlagen investiert.",
        True,
        [("money", 180000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Inzwischen können gut 57 Prozent der Pistenfläche technisch beschneit werden, vor zehn Jahren waren es knapp 40 Prozent, wie der Verband Seilbahnen Schweiz am Dienstag mitteilte.",
        True,
        [("percent", 57, "%", "over"), ("duration", 10, "year", None), ("percent", 40, "%", "nearly")],
        "der Verband Seilbahnen Schweiz",
    ),
    (
        "de",
        "Der Stromverbrauch der Schneeanlagen liegt bei jährlich rund 130 Gigawattstunden, das entspricht etwa dem Verbrauch von 29'000 Haushalten.",
        True,
        [("count", 130, None, "about"), ("count", 29000, None, None)],
        None,
    ),
    (
        "de",
        "Pro Saison kostet die Beschneiung einen mittelgrossen Betrieb zwischen 1 und 1,5 Millionen Franken, sagte Verbandsdirektor Reto Caflisch.",
        True,
        [("money", 1000000, "CHF", None), ("money", 1500000, "CHF", None)],
        "Reto Caflisch",
    ),
    (
        "de",
        "«Ohne Schnee aus der Lanze gäbe es in den Voralpen heute keinen Skibetrieb mehr», sagte Caflisch.",
        False,
        [],
        None,
    ),
    ("de", "Pro Natura nannte die Investitionen eine «Flucht nach vorn auf Kosten der Bergbäche».", False, [], None),
    ("de", "Ob sich die Anlagen in tiefen Lagen je amortisieren, ist unter Fachleuten umstritten.", False, [], None),
    # --- French ski pass prices (AFP) ---
    (
        "en",
        "ALBERTVILLE, France (AFP) - A six-day pass in France's biggest ski areas costs more than 400 euros for the first time this winter.",
        True,
        [("duration", 6, "day", None), ("money", 400, "EUR", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "In Val Thorens, part of the Three Valleys, the price rose 6% to 418 euros, while a day pass costs 82 euros.",
        True,
        [("percent", 6, "%", None), ("money", 418, "EUR", None), ("money", 82, "EUR", None)],
        None,
    ),
    (
        "en",
        "Prices at French resorts have climbed by about a fifth since the 2021/22 season, according to consumer magazine Que Choisir.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2021, None, None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Operators say electricity for lifts and snow cannons now accounts for up to 15% of their costs, against 5% before the energy crisis.",
        True,
        [("percent", 15, "%", "up_to"), ("percent", 5, "%", None)],
        None,
    ),
    (
        "en",
        "Domaines Skiables de France, the operators' body, said nearly half of all passes were sold at discounted rates.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        '"Skiing is turning into a sport for the rich," said a father of three from Lyon queuing at the ticket office.',
        False,
        [("count", 3, None, None)],
        None,
    ),
    # --- Ridgeline season passes (Reuters) ---
    (
        "en",
        "DENVER, Dec 4 (Reuters) - Ridgeline Mountain Resorts said on Thursday that sales of its season passes fell 3% in units but rose 4% in dollar terms after it raised prices.",
        True,
        [("date", "--12-04", None, None), ("percent", 3, "%", None), ("percent", 4, "%", None)],
        "Ridgeline Mountain Resorts",
    ),
    (
        "en",
        "The company, which operates 31 ski areas in North America and two in Switzerland, lifted the price of its flagship pass by 7% to $1,049.",
        True,
        [("count", 31, None, None), ("count", 2, None, None), ("percent", 7, "%", None), ("money", 1049, "USD", None)],
        None,
    ),
    (
        "en",
        "Lift tickets made up about 58% of the company's $2.9 billion in revenue last fiscal year, with ski school, dining and rentals accounting for most of the rest.",
        True,
        [("percent", 58, "%", "about"), ("money", 2900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Chief Executive Garrett Hollis told analysts that snowfall in the Rockies had been about 40% below average in November.",
        True,
        [("percent", 40, "%", "about")],
        "Garrett Hollis",
    ),
    (
        "en",
        "The company plans to spend between $180 million and $190 million on lift upgrades and snowmaking in the coming year.",
        True,
        [("money", 180000000, "USD", None), ("money", 190000000, "USD", None)],
        None,
    ),
    ("en", "Shares fell 6.2% in extended trading.", True, [("percent", 6.2, "%", None)], None),
    (
        "en",
        "Analysts said the drop in pass buyers showed the limits of squeezing more money out of a loyal but ageing customer base.",
        False,
        [],
        None,
    ),
    # --- Kreuzbandriss bei Rottmoser (SID) ---
    (
        "de",
        "Beaver Creek (SID) - Der deutsche Abfahrer Lukas Rottmoser hat sich bei einem Sturz im Training von Beaver Creek einen Kreuzbandriss im rechten Knie zugezogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 29-Jährige fällt damit für den Rest der Saison aus, teilte der Deutsche Skiverband am Donnerstag mit.",
        True,
        [("duration", 29, "year", None)],
        "der Deutsche Skiverband",
    ),
    (
        "de",
        "Rottmoser war mit rund 110 km/h in ein Fangnetz gerast und nach knapp 20 Minuten mit dem Hubschrauber ins Krankenhaus geflogen worden.",
        True,
        [("count", 110, None, "about"), ("duration", 20, "minute", "nearly")],
        None,
    ),
    (
        "de",
        "Die Ärzte rechnen mit einer Pause von acht bis neun Monaten, sagte Teamarzt Florian Weiß.",
        True,
        [("duration", 8, "month", None), ("duration", 9, "month", None)],
        "Florian Weiß",
    ),
    (
        "de",
        "Im vergangenen Winter hatte der Oberbayer in Gröden als Zweiter seinen ersten Podestplatz im Weltcup gefeiert.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "„Das tut mir für Lukas unglaublich leid, er war in der Form seines Lebens“, sagte Cheftrainer Andreas Kiefel.",
        False,
        [],
        None,
    ),
    # --- Biathlon in Hochfilzen (dpa) ---
    (
        "de",
        "Hochfilzen (dpa) - Biathletin Franziska Lechleitner hat den Sprint in Hochfilzen gewonnen und Deutschland den ersten Einzelsieg dieses Winters beschert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 26-Jährige blieb in beiden Schießeinlagen ohne Fehler und lag nach 7,5 Kilometern 14,6 Sekunden vor der Französin Manon Delcourt.",
        True,
        [("duration", 26, "year", None), ("count", 7.5, None, None), ("duration", 14.6, "second", None)],
        None,
    ),
    (
        "de",
        "Delcourt musste nach zwei Fehlern im Stehendschießen zwei Strafrunden drehen.",
        True,
        [("count", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Für Lechleitner war es der dritte Weltcupsieg ihrer Karriere, den bisher letzten hatte sie vor knapp zwei Jahren in Ruhpolding gefeiert.",
        True,
        [("ordinal", 3, None, None), ("duration", 2, "year", "nearly")],
        None,
    ),
    (
        "de",
        "Die Übertragung im ZDF verfolgten im Schnitt 3,4 Millionen Zuschauer, der Marktanteil lag bei 27,1 Prozent.",
        True,
        [("count", 3400000, None, None), ("percent", 27.1, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Veranstalter kamen an drei Renntagen 18.700 Zuschauerinnen und Zuschauer ins Pillerseetal.",
        True,
        [("count", 3, None, None), ("count", 18700, None, None)],
        "die Veranstalter",
    ),
    (
        "de",
        "„Heute hat einfach alles gepasst, ich habe mich auf der Strecke richtig leicht gefühlt“, sagte Lechleitner.",
        False,
        [],
        None,
    ),
    # --- Val d'Isere giant slalom (AFP) ---
    (
        "en",
        "VAL D'ISERE, France (AFP) - France's Théo Morand won the World Cup giant slalom in Val d'Isère on Saturday, the first home victory on the Face de Bellevarde in six years.",
        True,
        [("ordinal", 1, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        "The 24-year-old, who started with bib number 12, finished in 2:18.94, 0.36 seconds ahead of Norway's Sindre Aasland.",
        True,
        [
            ("duration", 24, "year", None),
            ("duration", 2, "minute", None),
            ("duration", 18.94, "second", None),
            ("duration", 0.36, "second", None),
        ],
        None,
    ),
    (
        "en",
        "Switzerland's Nils Baumgartner, the overall World Cup leader, was third and extended his lead in the standings to 214 points.",
        True,
        [("ordinal", 3, None, None), ("count", 214, None, None)],
        None,
    ),
    (
        "en",
        "It was the first win of Morand's career and came in his 41st World Cup start.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 41, None, None)],
        None,
    ),
    (
        "en",
        "About 12,000 spectators attended, organisers said, with entry free for children under 12.",
        True,
        [("count", 12000, None, "about"), ("duration", 12, "year", "under")],
        "organisers",
    ),
    ("en", '"I dreamed of this as a kid watching from behind the fence," Morand said.', False, [], None),
    ("en", 'Sports daily L\'Equipe hailed him as "the heir France has been waiting for."', False, [], None),
    # --- Eishockey: KAC gegen Salzburg (APA) ---
    (
        "de",
        "Klagenfurt (APA) - Der KAC hat das Spitzenspiel der ICE Hockey League gegen Red Bull Salzburg mit 4:3 nach Verlängerung gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Den Siegtreffer erzielte der Kanadier Tyler Brennan nach 2:14 Minuten der Overtime in Überzahl.",
        True,
        [("duration", 2, "minute", None), ("duration", 14, "second", None)],
        None,
    ),
    (
        "de",
        "Salzburg hatte im zweiten Drittel mit zwei Toren binnen 47 Sekunden noch 3:2 geführt.",
        True,
        [("ordinal", 2, None, None), ("count", 2, None, None), ("duration", 47, "second", None)],
        None,
    ),
    (
        "de",
        "KAC-Torhüter Florian Tschernig wehrte 38 von 41 Schüssen ab.",
        True,
        [("count", 38, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Mit 52 Punkten aus 26 Spielen liegen die Klagenfurter nun drei Zähler vor den Salzburgern an der Tabellenspitze.",
        True,
        [("count", 52, None, None), ("count", 26, None, None), ("count", 3, None, None)],
        None,
    ),
    ("de", "„Im Dezember wird keine Meisterschaft entschieden“, sagte KAC-Trainer Jarmo Heikkilä.", False, [], None),
    # --- Val Gardena downhill (Reuters) ---
    (
        "en",
        "VAL GARDENA, Italy, Dec 20 (Reuters) - Norway's Magnus Tveit won the Saslong downhill on Saturday by seven hundredths of a second, the narrowest winning margin of the season so far.",
        True,
        [("date", "--12-20", None, None), ("duration", 0.07, "second", None)],
        None,
    ),
    (
        "en",
        "Tveit, 31, clocked 1:57.63 and now has 14 World Cup wins, nine of them in downhill.",
        True,
        [
            ("duration", 31, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 57.63, "second", None),
            ("count", 14, None, None),
            ("count", 9, None, None),
        ],
        None,
    ),
    (
        "en",
        "Austria's Jakob Pfeifhofer finished second, while Baumgartner's sixth place kept him top of the overall standings.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "The start was delayed for 45 minutes after a forerunner crashed at the Camel Humps, FIS said.",
        True,
        [("duration", 45, "minute", None)],
        "FIS",
    ),
    (
        "en",
        "With its bumps and blind jumps, the Saslong remains one of the most feared tracks on the circuit.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Each men's downhill pays 160,000 Swiss francs in total prize money, with 45,000 francs for the winner, under FIS rules.",
        True,
        [("money", 160000, "CHF", None), ("money", 45000, "CHF", None)],
        None,
    ),
    ("en", '"I could feel every bump today, but the skis were flying," Tveit said.', False, [], None),
    # --- Vierschanzentournee: Auftakt in Oberstdorf (dpa) ---
    (
        "de",
        "Oberstdorf (dpa) - Der Österreicher Jonas Wieser hat das erste Springen der 74. Vierschanzentournee gewonnen.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 74, None, None)],
        None,
    ),
    (
        "de",
        "Der 23-Jährige landete bei 134,5 und 139 Metern und kam auf 318,4 Punkte.",
        True,
        [
            ("duration", 23, "year", None),
            ("count", 134.5, None, None),
            ("count", 139, None, None),
            ("count", 318.4, None, None),
        ],
        None,
    ),
    (
        "de",
        "Der zweite Durchgang konnte erst nach einer knapp einstündigen Windpause beginnen.",
        True,
        [("ordinal", 2, None, None), ("duration", 1, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Bester Deutscher war Moritz Brandl als Vierter, ihm fehlten 3,8 Punkte auf das Podest.",
        True,
        [("ordinal", 4, None, None), ("count", 3.8, None, None)],
        None,
    ),
    (
        "de",
        "Im ZDF sahen den zweiten Durchgang im Schnitt 5,2 Millionen Menschen, in der Spitze waren es bis zu 6,1 Millionen.",
        True,
        [("ordinal", 2, None, None), ("count", 5200000, None, None), ("count", 6100000, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Gesamtsieger der Tournee erhält neben dem goldenen Adler ein Preisgeld von 120.000 Schweizer Franken.",
        True,
        [("money", 120000, "CHF", None)],
        None,
    ),
    ("de", "„Das war ein perfekter Start, aber die Tournee ist noch lang“, sagte Wieser.", False, [], None),
    # --- Spengler Cup (Keystone-SDA) ---
    (
        "de",
        "Davos (Keystone-SDA) - Der HC Davos hat zum 17. Mal den Spengler Cup gewonnen.",
        True,
        [("ordinal", 17, None, None)],
        None,
    ),
    (
        "de",
        "Im Final am Silvesternachmittag besiegten die Bündner Team Canada vor 6'300 Zuschauerinnen und Zuschauern mit 3:1.",
        True,
        [("count", 6300, None, None)],
        None,
    ),
    (
        "de",
        "Das 97. Turnier verzeichnete mit insgesamt 78'450 Eintritten einen Rekord, wie die Organisatoren mitteilten.",
        True,
        [("ordinal", 97, None, None), ("count", 78450, None, None)],
        None,
    ),
    (
        "de",
        "Das Budget liegt bei rund 17 Millionen Franken, etwa ein Drittel davon stammt aus dem Sponsoring.",
        True,
        [("money", 17000000, "CHF", "about"), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "«Vor eigenem Publikum den Spengler Cup zu gewinnen, ist das Schönste für einen Davoser», sagte HCD-Captain Andri Bezzola.",
        False,
        [],
        None,
    ),
    ("de", "Auf der Promenade feierten Hunderte Fans bis tief in die Nacht.", False, [], None),
    # --- Vierschanzentournee: Finale in Bischofshofen (dpa) ---
    (
        "de",
        "Bischofshofen (dpa) - Der Slowene Žiga Mrak hat die 74. Vierschanzentournee gewonnen.",
        True,
        [("ordinal", 74, None, None)],
        None,
    ),
    (
        "de",
        "Der 27-Jährige setzte sich mit 1.172,3 Punkten und einem Vorsprung von 11,6 Punkten auf Wieser durch.",
        True,
        [("duration", 27, "year", None), ("count", 1172.3, None, None), ("count", 11.6, None, None)],
        None,
    ),
    (
        "de",
        "Beim Dreikönigsspringen landete Mrak bei 142 und 138,5 Metern und wurde hinter dem Norweger Sondre Vik Zweiter.",
        True,
        [("count", 142, None, None), ("count", 138.5, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Übertragung im ORF verfolgten durchschnittlich 1,07 Millionen Zuseherinnen und Zuseher, teilte der Sender mit.",
        True,
        [("count", 1070000, None, None)],
        "der Sender",
    ),
    (
        "de",
        "Mit dem Tourneesieg stieg Mraks Preisgeld in diesem Winter auf mehr als 260.000 Schweizer Franken.",
        True,
        [("money", 260000, "CHF", "over")],
        None,
    ),
    (
        "de",
        "Er hat in diesem Winter bereits sieben Weltcupspringen gewonnen, so viele wie kein anderer Springer.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    ("de", "Wer soll diesen Mrak in diesem Winter noch stoppen?", False, [], None),
    # --- Snowmaking in the Dolomites (Reuters) ---
    (
        "en",
        "BOLZANO, Italy, Jan 9 (Reuters) - Ski resorts in the Dolomites have drawn a record 4.6 million cubic metres of water from reservoirs and rivers for artificial snow this winter, regional authorities said.",
        True,
        [("date", "--01-09", None, None), ("count", 4600000, None, None)],
        None,
    ),
    (
        "en",
        "The province has approved 23 new storage lakes since 2015, with a combined capacity of 1.9 million cubic metres.",
        True,
        [("count", 23, None, None), ("year", 2015, None, None), ("count", 1900000, None, None)],
        None,
    ),
    (
        "en",
        "Making snow for one hectare of piste costs about 30,000 euros a season, according to the provincial cable car association.",
        True,
        [("count", 1, None, None), ("money", 30000, "EUR", "about")],
        "the provincial cable car association",
    ),
    (
        "en",
        "Temperatures at 2,000 metres were 2.3 degrees Celsius above the long-term average in December, the regional weather service said.",
        True,
        [("count", 2000, None, None), ("count", 2.3, None, None)],
        "the regional weather service",
    ),
    (
        "en",
        "Environmental groups say the reservoirs scar alpine meadows and prop up a business with no future below the glaciers.",
        False,
        [],
        None,
    ),
    # --- Maple Leafs beat Bruins (AP) ---
    (
        "en",
        "TORONTO (AP) — Mikael Strandberg scored twice, including the winner 1:48 into overtime, and the Toronto Maple Leafs beat the Boston Bruins 4-3 on Tuesday night.",
        True,
        [("count", 2, None, None), ("duration", 1, "minute", None), ("duration", 48, "second", None)],
        None,
    ),
    (
        "en",
        "Goaltender Paul Kerrigan made 34 saves for Toronto, which has won seven straight.",
        True,
        [("count", 34, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Strandberg, 30, has a league-leading 28 goals and reached 600 career points with an assist in the second period.",
        True,
        [
            ("duration", 30, "year", None),
            ("count", 28, None, None),
            ("count", 600, None, None),
            ("ordinal", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "Boston has lost four of its last five games.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        '"We found a way, and in January that\'s all that matters," Toronto coach Dale Ferris said.',
        False,
        [],
        None,
    ),
    ("en", "The announced attendance was 18,789.", True, [("count", 18789, None, None)], None),
    ("en", "Is there a team in the East that can keep pace with this Toronto side?", False, [], None),
    # --- Lauberhorn downhill (Reuters) ---
    (
        "en",
        "WENGEN, Switzerland, Jan 17 (Reuters) - Switzerland's Nils Baumgartner won the Lauberhorn downhill on Saturday in front of a crowd of 38,000, the third straight home win in the classic.",
        True,
        [("date", "--01-17", None, None), ("count", 38000, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Baumgartner, 28, reached a top speed of 154.8 km/h on the Haneggschuss and finished in 2:24.11, 0.52 seconds clear of Tveit.",
        True,
        [
            ("duration", 28, "year", None),
            ("count", 154.8, None, None),
            ("duration", 2, "minute", None),
            ("duration", 24.11, "second", None),
            ("duration", 0.52, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The win was worth 52,000 Swiss francs, organisers said, out of a record 1.2 million francs in prize money across the three races.",
        True,
        [("money", 52000, "CHF", None), ("money", 1200000, "CHF", None), ("count", 3, None, None)],
        "organisers",
    ),
    (
        "en",
        "Swiss broadcaster SRF said the race drew an average of 912,000 viewers, a market share of 78.4%.",
        True,
        [("count", 912000, None, None), ("percent", 78.4, "%", None)],
        None,
    ),
    (
        "en",
        "Organisers put the cost of staging the three-day event at about 11 million francs, a third of which is covered by ticket sales.",
        True,
        [("duration", 3, "day", None), ("money", 11000000, "CHF", "about"), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("en", '"This is my living room, I know every bump," Baumgartner said.', False, [], None),
    ("en", "Cowbells and alphorns echoed off the Jungfrau as the Swiss fans celebrated.", False, [], None),
    # --- Biathlon in Antholz (Reuters) ---
    (
        "en",
        "ANTHOLZ, Italy, Jan 23 (Reuters) - Norway's Halvard Rønning hit all 20 targets to win the 20-km individual race in Antholz on Friday, his sixth victory of the season.",
        True,
        [
            ("date", "--01-23", None, None),
            ("count", 20, None, None),
            ("count", 20, None, None),
            ("ordinal", 6, None, None),
        ],
        None,
    ),
    (
        "en",
        "Rønning finished in 48 minutes 51.3 seconds, 1 minute 2.7 seconds ahead of France's Lucas Vernet, who missed two shots.",
        True,
        [
            ("duration", 48, "minute", None),
            ("duration", 51.3, "second", None),
            ("duration", 1, "minute", None),
            ("duration", 2.7, "second", None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "In the individual, each missed shot adds a one-minute penalty instead of a penalty loop.",
        True,
        [("duration", 1, "minute", None)],
        None,
    ),
    (
        "en",
        "Rønning, 25, leads the overall standings with 812 points, 97 ahead of Vernet.",
        True,
        [("duration", 25, "year", None), ("count", 812, None, None), ("count", 97, None, None)],
        None,
    ),
    (
        "en",
        "The IBU said prize money for the season had risen to 10.1 million euros, with 15,000 euros paid for each individual win.",
        True,
        [("money", 10100000, "EUR", None), ("money", 15000, "EUR", None)],
        "the IBU",
    ),
    ("en", '"The range felt very calm today, and that helped me," Rønning said.', False, [], None),
    # --- Hahnenkamm-Abfahrt in Kitzbühel (APA) ---
    (
        "de",
        "Kitzbühel (APA) - Der Salzburger Jakob Pfeifhofer hat die 86. Hahnenkamm-Abfahrt auf der Streif gewonnen.",
        True,
        [("ordinal", 86, None, None)],
        None,
    ),
    (
        "de",
        "Der 30-Jährige war in 1:53,28 Minuten um 19 Hundertstel schneller als Baumgartner, Dritter wurde Tveit.",
        True,
        [
            ("duration", 30, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 53.28, "second", None),
            ("duration", 0.19, "second", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "de",
        "Für Pfeifhofer ist es der fünfte Weltcupsieg, der erste in Kitzbühel.",
        True,
        [("ordinal", 5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Sieger erhält 100.000 Euro, insgesamt schütten die Veranstalter an diesem Wochenende mehr als eine Million Euro an Preisgeld aus.",
        True,
        [("money", 100000, "EUR", None), ("money", 1000000, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Die Abfahrt sahen laut ORF im Schnitt 1,38 Millionen Menschen, das entsprach einem Marktanteil von 71 Prozent.",
        True,
        [("count", 1380000, None, None), ("percent", 71, "%", None)],
        "ORF",
    ),
    (
        "de",
        "Der Kanadier Jack Mercier stürzte im Zielsprung schwer und wurde mit dem Notarzthubschrauber in die Klinik nach Innsbruck geflogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mercier erlitt nach Angaben seines Teams einen Bruch des Schienbeinkopfs und fällt mindestens zwölf Wochen aus.",
        True,
        [("duration", 12, "week", "at_least")],
        None,
    ),
    (
        "de",
        "Die Wertschöpfung des Rennwochenendes für die Region beziffert eine Studie der Wirtschaftskammer auf einen zweistelligen Millionenbetrag.",
        True,
        [],
        None,
    ),
    ("de", "„Auf der Streif zu gewinnen, davon träumt in Österreich jedes Kind“, sagte Pfeifhofer.", False, [], None),
    (
        "de",
        "An der Hausbergkante entzündeten Fans bengalische Feuer, aus den Zelten dröhnte Après-Ski-Musik.",
        False,
        [],
        None,
    ),
    # --- Neuer Hauptsponsor für den DSV (SID) ---
    (
        "de",
        "Planegg (SID) - Der Deutsche Skiverband hat einen neuen Hauptsponsor gefunden, ein Münchner Versicherungskonzern steigt ab der kommenden Saison ein.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Vertrag läuft über vier Jahre bis 2030 und ist nach SID-Informationen rund 4,5 Millionen Euro pro Saison wert.",
        True,
        [("duration", 4, "year", None), ("year", 2030, None, None), ("money", 4500000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der bisherige Hauptsponsor hatte sich nach 14 Jahren zurückgezogen.",
        True,
        [("duration", 14, "year", None)],
        None,
    ),
    (
        "de",
        "Der Verband finanziert sich nach eigenen Angaben zu gut 60 Prozent aus Sponsoring und TV-Vermarktung.",
        True,
        [("percent", 60, "%", "over")],
        None,
    ),
    (
        "de",
        "„Das ist ein starkes Signal für den Wintersport in Deutschland“, sagte DSV-Vorstand Katrin Bühlmeier.",
        False,
        [],
        None,
    ),
    # --- Whitlock breaks leg (AP) ---
    (
        "en",
        "CORTINA D'AMPEZZO, Italy (AP) — Kendra Whitlock will miss the rest of the season after breaking her left leg in a crash during super-G training on Thursday, the U.S. Ski Team said.",
        True,
        [],
        "the U.S. Ski Team",
    ),
    (
        "en",
        "The 27-year-old had surgery in Innsbruck and is expected to be out for at least six months.",
        True,
        [("duration", 27, "year", None), ("duration", 6, "month", "at_least")],
        None,
    ),
    (
        "en",
        "Whitlock had won three of the five slaloms this season and was second in the overall standings, 86 points behind Marti.",
        True,
        [("count", 3, None, None), ("count", 5, None, None), ("ordinal", 2, None, None), ("count", 86, None, None)],
        None,
    ),
    (
        "en",
        "It was the fourth serious injury on the women's speed circuit in six weeks.",
        True,
        [("ordinal", 4, None, None), ("duration", 6, "week", None)],
        None,
    ),
    ("en", '"My heart hurts more than my leg right now," Whitlock wrote on Instagram.', False, [], None),
    (
        "en",
        "Athletes' representatives renewed calls for softer safety netting and slower course setting.",
        False,
        [],
        None,
    ),
    # --- Strandberg injured (AP) ---
    (
        "en",
        "TORONTO (AP) — Maple Leafs forward Mikael Strandberg will be out four to six weeks with a broken finger, the team said Wednesday.",
        True,
        [("duration", 4, "week", None), ("duration", 6, "week", None)],
        "the team",
    ),
    (
        "en",
        "Strandberg was hurt blocking a shot in the first period of Monday's 3-1 loss to Ottawa.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The 30-year-old leads the NHL with 41 goals in 55 games.",
        True,
        [("duration", 30, "year", None), ("count", 41, None, None), ("count", 55, None, None)],
        None,
    ),
    ("en", "Toronto is 6-9-2 without him over the past two seasons.", True, [("count", 2, None, None)], None),
    ("en", '"You don\'t replace a guy like that, you just try to survive," Ferris said.', False, [], None),
    # --- Nächtigungen im Winter (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben im Dezember und Jänner zusammen 31,8 Millionen Nächtigungen verbucht, um 2,4 Prozent mehr als ein Jahr zuvor.",
        True,
        [("count", 31800000, None, None), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Bei den Ankünften verzeichneten die Betriebe ein Plus von 3,1 Prozent auf 7,9 Millionen, wie die Statistik Austria am Donnerstag mitteilte.",
        True,
        [("percent", 3.1, "%", None), ("count", 7900000, None, None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Gut die Hälfte aller Nächtigungen entfiel auf Gäste aus Deutschland, jede zehnte auf Gäste aus den Niederlanden.",
        True,
        [("fraction", 0.5, None, "over"), ("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Tirol verbuchte mit 12,6 Millionen Nächtigungen fast vier von zehn Übernachtungen im ganzen Land.",
        True,
        [("count", 12600000, None, None), ("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "de",
        "In Skiorten unter 1.000 Metern Seehöhe gingen die Nächtigungen wegen Schneemangels um fast 9 Prozent zurück.",
        True,
        [("count", 1000, None, "under"), ("percent", 9, "%", "nearly")],
        None,
    ),
    (
        "de",
        "„Die Gäste wollen Schneesicherheit, und die gibt es bei uns nur noch mit Beschneiung“, sagte eine Hotelierin aus dem Pongau.",
        False,
        [],
        None,
    ),
    ("de", "Die Hotellerie rechnet auch für Februar mit einer guten Auslastung.", False, [], None),
    # --- Resort closes for good (AFP) ---
    (
        "en",
        "GRENOBLE, France (AFP) - A ski resort in the Isère foothills will close for good at the end of the season after losing money in eight of the last ten winters, its mayor said on Tuesday.",
        True,
        [("count", 8, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "en",
        "The resort, whose top station sits at 1,480 metres, opened on only 31 days this winter, compared with about 110 days in the early 2000s.",
        True,
        [("count", 1480, None, None), ("duration", 31, "day", None), ("duration", 110, "day", "about")],
        None,
    ),
    (
        "en",
        "The town spent about 600,000 euros a year to keep its six lifts running, out of a municipal budget of 4.2 million euros.",
        True,
        [("money", 600000, "EUR", "about"), ("count", 6, None, None), ("money", 4200000, "EUR", None)],
        None,
    ),
    (
        "en",
        "More than 170 small French ski areas have closed since the 1970s, according to a geographer at Grenoble Alpes University.",
        True,
        [("count", 170, None, "over")],
        None,
    ),
    (
        "en",
        "Snowmaking costs between 3 and 7 euros per cubic metre of snow, depending on temperature and electricity prices, industry body Domaines Skiables de France says.",
        True,
        [("money", 3, "EUR", None), ("money", 7, "EUR", None)],
        None,
    ),
    (
        "en",
        "Local officials want to turn the site into a year-round area for mountain biking and hiking.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"When the snow stopped coming, so did the families," said a ski instructor who has taught on the slope since 1989.',
        False,
        [("year", 1989, None, None)],
        None,
    ),
    # --- Biathlon audiences in Norway (Reuters) ---
    (
        "en",
        "OSLO, Feb 20 (Reuters) - An average of 1.31 million Norwegians watched Halvard Rønning win the world championship pursuit on Sunday, public broadcaster NRK said, a 74% share of the audience.",
        True,
        [("date", "--02-20", None, None), ("count", 1310000, None, None), ("percent", 74, "%", None)],
        None,
    ),
    (
        "en",
        "That means roughly one in four Norwegians saw the race live.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Rønning, 25, won gold by 22.4 seconds after shooting clean in all four stages.",
        True,
        [("duration", 25, "year", None), ("duration", 22.4, "second", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "Norway won 11 of the 16 titles awarded at the championships.",
        True,
        [("count", 11, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "NRK pays about 150 million crowns ($14 million) a season for the domestic biathlon rights under a deal that runs until 2030, newspaper VG reported.",
        True,
        [("money", 150000000, "NOK", "about"), ("money", 14000000, "USD", None), ("year", 2030, None, None)],
        None,
    ),
    ("en", '"Biathlon on a Sunday is a national ritual here," an NRK sports editor said.', False, [], None),
    # --- Innenbandriss bei Tschallener (APA) ---
    (
        "de",
        "Innsbruck (APA) - Riesentorlauf-Siegerin Magdalena Tschallener hat sich bei einem Trainingssturz am Kronplatz einen Innenbandriss im linken Knie zugezogen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Tirolerin müsse nicht operiert werden, falle aber rund sechs Wochen aus, teilte der ÖSV am Montag mit.",
        True,
        [("duration", 6, "week", "about")],
        "der ÖSV",
    ),
    (
        "de",
        "Damit verpasst die 25-Jährige die letzten vier Riesentorläufe der Saison und wohl auch das Weltcupfinale.",
        True,
        [("duration", 25, "year", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Es ist bitter, aber ich komme stärker zurück“, ließ Tschallener über den Verband ausrichten.",
        False,
        [],
        None,
    ),
    # --- Weltcup-Abfahrt in Crans-Montana (Keystone-SDA) ---
    (
        "de",
        "Crans-Montana (Keystone-SDA) - Die Bündnerin Ladina Cathomen hat die Weltcup-Abfahrt in Crans-Montana gewonnen und ist erstmals in diesem Winter zuoberst auf dem Podest gestanden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die 29-Jährige lag nach 1:31,46 Minuten acht Hundertstel vor der Italienerin Giulia Ravelli.",
        True,
        [
            ("duration", 29, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 31.46, "second", None),
            ("duration", 0.08, "second", None),
        ],
        None,
    ),
    (
        "de",
        "Für Cathomen war es der zwölfte Weltcupsieg, der siebte in der Abfahrt.",
        True,
        [("ordinal", 12, None, None), ("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Die Frauen von Swiss-Ski haben in diesem Winter bereits neun Weltcuprennen gewonnen, so viele wie seit der Saison 1988/89 nicht mehr.",
        True,
        [("count", 9, None, None), ("year", 1988, None, None), ("year", 1989, None, None)],
        None,
    ),
    (
        "de",
        "Das Rennen verfolgten auf SRF 1 durchschnittlich 472'000 Personen, was einem Marktanteil von 69 Prozent entspricht, teilte SRF am Montag mit.",
        True,
        [("count", 472000, None, None), ("percent", 69, "%", None)],
        "SRF",
    ),
    ("de", "Cathomen werde am Sonntag auch im Super-G an den Start gehen, so Swiss-Ski.", True, [], "Swiss-Ski"),
    ("de", "«Heute habe ich die Ski einfach laufen lassen», sagte Cathomen im Zielraum.", False, [], None),
    ("de", "Auf der Tribüne schwenkten Schulklassen aus dem Wallis Kuhglocken und Fahnen.", False, [], None),
    # --- Norwegian ski federation sponsor (Reuters) ---
    (
        "en",
        "OSLO, March 5 (Reuters) - The Norwegian Ski Federation has signed a five-year sponsorship deal with a domestic payments company worth 60 million crowns a year, the federation said on Thursday.",
        True,
        [("date", "--03-05", None, None), ("duration", 5, "year", None), ("money", 60000000, "NOK", None)],
        "the federation",
    ),
    (
        "en",
        "The deal is the largest in the federation's 118-year history and replaces a bank whose contract ran out in 2025.",
        True,
        [("duration", 118, "year", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Cross-country skiing brings in about two-thirds of the federation's sponsorship income.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Athletes may keep their personal sponsors but must carry the new partner's logo on race bibs and headbands, the federation said.",
        True,
        [],
        "the federation",
    ),
    (
        "en",
        "Several top skiers have complained that the federation's marketing rules cost them lucrative individual contracts.",
        False,
        [],
        None,
    ),
    # --- Skiflug-Finale in Planica (dpa) ---
    (
        "de",
        "Planica (dpa) - Der Slowene Žiga Mrak hat zum Saisonabschluss den Gesamtweltcup der Skispringer gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 27-Jährige sicherte sich die große Kristallkugel mit 1.864 Punkten und 112 Zählern Vorsprung auf Jonas Wieser.",
        True,
        [("duration", 27, "year", None), ("count", 1864, None, None), ("count", 112, None, None)],
        None,
    ),
    (
        "de",
        "Beim letzten Fliegen der Saison segelte Sondre Vik auf 246,5 Meter, einen halben Meter unter dem Schanzenrekord.",
        True,
        [("count", 246.5, None, None), ("count", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Mrak gewann in diesem Winter zehn Einzelspringen und kassierte insgesamt 412.000 Schweizer Franken an Preisgeld.",
        True,
        [("count", 10, None, None), ("money", 412000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Kristallkugel ist für den Gesamtsieger zusätzlich mit 30.000 Franken dotiert, teilte der Weltverband FIS mit.",
        True,
        [("money", 30000, "CHF", None)],
        "der Weltverband FIS",
    ),
    (
        "de",
        "An den drei Tagen in Planica kamen nach Angaben der Organisatoren 61.000 Zuschauerinnen und Zuschauer ins Tal unter den Ponza-Gipfeln.",
        True,
        [("duration", 3, "day", None), ("count", 61000, None, None)],
        "die Organisatoren",
    ),
    (
        "de",
        "„Ich habe den ganzen Winter davon geträumt, diese Kugel in den Händen zu halten“, sagte Mrak.",
        False,
        [],
        None,
    ),
    # --- World Cup finals (AP) ---
    (
        "en",
        "LENZERHEIDE, Switzerland (AP) — Alina Marti clinched her second overall World Cup title on Saturday by finishing fourth in the final giant slalom of the season.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The 26-year-old Swiss ended the season with 1,642 points, 311 more than Cathomen, and won 10 races along the way.",
        True,
        [
            ("duration", 26, "year", None),
            ("count", 1642, None, None),
            ("count", 311, None, None),
            ("count", 10, None, None),
        ],
        None,
    ),
    ("en", "She also took the slalom and giant slalom titles, each worth a small crystal globe.", True, [], None),
    (
        "en",
        "The overall winner receives a bonus of 30,000 Swiss francs from FIS, on top of prize money that totalled about 620,000 francs for Marti this season.",
        True,
        [("money", 30000, "CHF", None), ("money", 620000, "CHF", "about")],
        None,
    ),
    (
        "en",
        "Marti is the first Swiss woman since 2016 to win the overall title twice.",
        True,
        [("ordinal", 1, None, None), ("year", 2016, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", '"I\'ll need a few days to understand what we did this winter," Marti said.', False, [], None),
    ("en", "Fans rang cowbells in the finish area long after the last racer had come down.", False, [], None),
    # --- Austrian winter tourism (Reuters) ---
    (
        "en",
        "VIENNA, March 26 (Reuters) - Austria recorded 57.2 million overnight stays between November and February, up 1.8% from a year earlier, Statistics Austria said on Thursday.",
        True,
        [("date", "--03-26", None, None), ("count", 57200000, None, None), ("percent", 1.8, "%", None)],
        "Statistics Austria",
    ),
    (
        "en",
        "Guests from Germany accounted for 52% of stays, while arrivals from the United States rose by nearly a quarter.",
        True,
        [("percent", 52, "%", None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "Hotel rooms in ski resorts averaged 221 euros per person a night, 6% more than last winter.",
        True,
        [("money", 221, "EUR", None), ("percent", 6, "%", None)],
        None,
    ),
    (
        "en",
        "Tourism accounts for about 7% of Austria's economic output, according to the economy ministry.",
        True,
        [("percent", 7, "%", "about")],
        "the economy ministry",
    ),
    (
        "en",
        "Hoteliers in lower-lying villages fear guests will keep drifting to high-altitude resorts.",
        False,
        [],
        None,
    ),
    # --- ZSC Lions Meister (Keystone-SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Die ZSC Lions haben zum 12. Mal den Schweizer Meistertitel im Eishockey geholt.",
        True,
        [("ordinal", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Zürcher gewannen die Finalserie gegen den HC Lausanne mit 4:2 Siegen, das sechste Spiel endete 3:2 nach Verlängerung.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "de",
        "Das entscheidende Tor erzielte Verteidiger Mattia Rüegsegger nach 71:32 Minuten Spielzeit.",
        True,
        [("duration", 71, "minute", None), ("duration", 32, "second", None)],
        None,
    ),
    (
        "de",
        "Jeder Spieler des Meisterteams erhält laut «Blick» eine Prämie von rund 40'000 Franken.",
        True,
        [("money", 40000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "«Diese Mannschaft hat nie aufgehört, an sich zu glauben», sagte ZSC-Trainer Pekka Rautiainen.",
        False,
        [],
        None,
    ),
    # --- Swiss ski season (Reuters) ---
    (
        "en",
        "ZURICH, April 22 (Reuters) - Swiss ski resorts recorded 21.9 million skier days in the 2025/26 season, up 3.4% on the previous winter and above the five-year average, industry association Seilbahnen Schweiz said.",
        True,
        [
            ("date", "--04-22", None, None),
            ("count", 21900000, None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("percent", 3.4, "%", None),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Ticket revenue rose to 1.07 billion Swiss francs ($1.3 billion).",
        True,
        [("money", 1070000000, "CHF", None), ("money", 1300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Dynamic pricing, under which a day pass can cost anywhere from 39 to 99 francs depending on demand, is now used at more than a third of Swiss ski areas, the association said.",
        True,
        [("money", 39, "CHF", None), ("money", 99, "CHF", None), ("fraction", 0.3333, None, "over")],
        "the association",
    ),
    (
        "en",
        "Resorts below 1,500 metres lost business, with some shut for as long as six weeks in January for lack of snow.",
        True,
        [("count", 1500, None, "under"), ("duration", 6, "week", "up_to")],
        None,
    ),
    ("en", "The association said it expected prices to keep rising because of higher energy costs.", False, [], None),
    # --- Seilbahnbilanz (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Seilbahnen haben in der Wintersaison 2025/26 rund 52,4 Millionen Skifahrertage gezählt, ein Plus von knapp 2 Prozent.",
        True,
        [
            ("year", 2025, None, None),
            ("year", 2026, None, None),
            ("count", 52400000, None, "about"),
            ("percent", 2, "%", "nearly"),
        ],
        None,
    ),
    (
        "de",
        "Der Umsatz der Branche stieg auf 1,83 Milliarden Euro, teilte der Fachverband der Seilbahnen mit.",
        True,
        [("money", 1830000000, "EUR", None)],
        "der Fachverband der Seilbahnen",
    ),
    (
        "de",
        "Jeder dritte investierte Euro floss in Beschneiung und Speicherteiche, insgesamt steckten die Betriebe 845 Millionen Euro in neue Anlagen.",
        True,
        [("fraction", 0.3333, None, None), ("money", 845000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Saison dauerte im Schnitt 128 Tage, in den Gletscherskigebieten bis zu 240 Tage.",
        True,
        [("duration", 128, "day", None), ("duration", 240, "day", "up_to")],
        None,
    ),
    (
        "de",
        "Rund 70 Prozent der Gäste kamen aus dem Ausland, sagte Fachverbandsobmann Johannes Wieland.",
        True,
        [("percent", 70, "%", "about")],
        "Johannes Wieland",
    ),
    (
        "de",
        "Die Zahl der Skigebiete mit weniger als zehn Liften sank seit 2010 um 23 auf 163.",
        True,
        [
            ("count", 10, None, "under"),
            ("year", 2010, None, None),
            ("count", 23, None, None),
            ("count", 163, None, None),
        ],
        None,
    ),
    ("de", "„Der Wintersport bleibt der Motor des Tourismus in den Alpen“, sagte Wieland.", False, [], None),
    # --- Gletscherskigebiet schließt früher (APA) ---
    (
        "de",
        "Innsbruck (APA) - Das Gletscherskigebiet im Pitztal stellt den Liftbetrieb heuer bereits am 3. Mai ein, gut sechs Wochen früher als geplant.",
        True,
        [("date", "--05-03", None, None), ("duration", 6, "week", "over")],
        None,
    ),
    (
        "de",
        "Auf 2.900 Metern Seehöhe lagen zuletzt nur noch 70 Zentimeter Schnee, teilten die Pitztaler Gletscherbahnen mit.",
        True,
        [("count", 2900, None, None), ("count", 70, None, None)],
        "die Pitztaler Gletscherbahnen",
    ),
    (
        "de",
        "Der Gletscher hat nach Messungen des Alpenvereins im Vorjahr 38 Meter an Länge verloren.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Zwei der sieben Lifte stehen schon seit dem Herbst still, weil ihre Stützen im schmelzenden Eis nicht mehr sicher verankert sind.",
        True,
        [("count", 2, None, None), ("count", 7, None, None)],
        None,
    ),
    ("de", "„Es tut weh, dem Gletscher beim Sterben zuzusehen“, sagte ein Skilehrer aus Mandarfen.", False, [], None),
    (
        "de",
        "Ob am Gletscher künftig überhaupt noch Sommerskilauf möglich ist, ließ die Geschäftsführung offen.",
        False,
        [],
        None,
    ),
    # --- Ice hockey world championship (Reuters) ---
    (
        "en",
        "ZURICH, May 25 (Reuters) - The ice hockey world championship in Zurich and Fribourg sold 512,000 tickets over its 17 days, the second-highest total in the tournament's history, organisers said on Monday.",
        True,
        [
            ("date", "--05-25", None, None),
            ("count", 512000, None, None),
            ("duration", 17, "day", None),
            ("ordinal", 2, None, None),
        ],
        "organisers",
    ),
    (
        "en",
        "Canada beat Sweden 3-2 in overtime in Sunday's final to win their 29th world title.",
        True,
        [("ordinal", 29, None, None)],
        None,
    ),
    (
        "en",
        "Organisers expect a surplus of about 8 million Swiss francs on a budget of 96 million francs, part of which will go to youth hockey.",
        True,
        [("money", 8000000, "CHF", "about"), ("money", 96000000, "CHF", None)],
        None,
    ),
    (
        "en",
        "Each of the 16 teams received a participation fee of 150,000 Swiss francs from the International Ice Hockey Federation.",
        True,
        [("count", 16, None, None), ("money", 150000, "CHF", None)],
        None,
    ),
    (
        "en",
        "Switzerland's quarter-final against Finland drew an average of 1.02 million viewers on SRF, a market share of 81%.",
        True,
        [("count", 1020000, None, None), ("percent", 81, "%", None)],
        None,
    ),
    ("en", '"Zurich showed the world how to throw a hockey party," the IIHF president said.', False, [], None),
    (
        "en",
        "Whether Switzerland will bid again for the 2034 tournament has not been decided.",
        False,
        [("year", 2034, None, None)],
        None,
    ),
]
