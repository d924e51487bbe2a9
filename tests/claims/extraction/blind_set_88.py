"""Eighty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and every figure are
made up (Florian Pichler, Markus Raich, Johann Rieder, Urs Gamma, Sabine Tschernutter,
Gerold Haas, Ladina Caduff, Gernot Kofler, Peter Granögger, the Bergbahnen Oberlech, the
Liste Zukunft Saalbach; Rahel Tschudi, Summitline Resorts, Dana Pruitt, Silke Brandner,
Hugh Marlowe; every victim, climber, rescuer, guide, mayor and resident, named or not);
real places, peaks, roads, resorts and bodies ("Landespolizeidirektion Tirol",
"Lawinenwarndienst Tirol", "Geosphere Austria", "Kantonspolizei Wallis", "SLF", "Air
Glaciers", "Air Zermatt", "Rega", "Kuratorium für alpine Sicherheit", "Alpinpolizei",
"Bergwacht Ramsau", "Bayerische Zugspitzbahn", "Bergrettung Sulden", "Landesnotrufzentrale",
"ASTAT", "Fachverband der Seilbahnen", "Seilbahnen Schweiz", "Kärnten Werbung", "Statistik
Austria", "Alpenverein", "Glamos", "Land Tirol", "Asfinag", "ÖAMTC", "Astra", "Tinetz",
"MeteoSchweiz", "Tiroler Landtag", "Bund Naturschutz", "Rhätische Bahn", "Christophorus 1",
"Pelikan 1", "RK 1", "Libelle"; "Valais cantonal police", "GLAMOS", "the University of
Padua", "the Chamber of Labour", "Statistics Austria", "CNSAS", "Flumserberg", "Mont Blanc
tunnel", "Marmolada", "Blatten") stand for the way wire copy names them; what happens, is
counted, measured, decided and said here is invented.

Its weight: THE ALPS - mountain and avalanche accidents, ski season and tourism figures,
glaciers, road and pass closures, Föhn storms and local politics of Alpine regions. About
70 % German as the APA Landesdienste (Innsbruck, Salzburg, Bregenz, Feldkirch, Klagenfurt,
Lech, Kaprun, Hermagor, Heiligenblut, Matrei), Keystone-SDA (Sitten, Bern, Zürich, Zermatt,
Altdorf, Chur), ANSA's German service and APA from Bozen, and dpa/lby (Berchtesgaden,
Garmisch-Partenkirchen, München) file it, with Austrian "heuer", "Jänner", "Bub", "Pkw",
"Lkw", "Anrainer", "Seehöhe", Swiss "ss", "Spital", "Franken", "19'842", "Meter über Meer",
"m ü. M.", «» quotes, South Tyrolean "Landesrat" and Bavarian "Bergwacht", "Freistaat":
an avalanche in the Sellraintal, avalanche level 4 at the Arlberg with Lech, Zürs and Warth
cut off, freeriders in the Val de Bagnes, a fall from the Hochkönig, a night in the
Watzmann-Ostwand, the season's start on the Zugspitze, a crevasse fall on the Ortler,
Dolomites call-outs, South Tyrol's overnight stays, bed cap and a car cap at the Pragser
Wildsee, the Stilfser Joch closed, the Austrian cable cars' winter balance, Tyrol's ski pass
prices, Swiss first entries, Salzburg, Carinthian and Vorarlberg overnight stays, hotel
prices, a new ten-seater gondola at the Kitzsteinhorn and an eight-seater chairlift in
Oberlech, the Alpenverein's glacier report and the Swiss glacier loss, a rockfall on the
Felbertauernstraße, the Großglockner Hochalpenstraße opening, the Gotthard closed and
jammed, Saturday lorry bans on the Brenner, a Föhn storm in Tyrol, Vorarlberg and Uri, the
Tyrolean Landtag's ban on new ski areas, a municipal election in Saalbach-Hinterglemm, a
Graubünden vote, money for small ski lifts in Carinthia and Bavaria, the Vorarlberg guest
tax, a boy hurt at the Nassfeld, climbers stuck on the Großglockner, the Rega's year and a
fall from the Matterhorn. About 30 % English as Reuters, AFP and AP write Alpine news: an
avalanche near Verbier, dead climbers on Mont Blanc, an ice break on the Marmolada, the Swiss
glacier loss, a resort stake sale, Austrian day-pass prices and overnight stays, the Mont
Blanc tunnel closure and the Brenner bridge, a foehn storm, a rescue helicopter crash,
Winter Olympics costs in Cortina and the French Alps, an avalanche near Bormio, a Valais
vote and Blatten's rebuilding, Zermatt's season and Swiss lift revenue, Austrian mountain
rescue figures, a ski collision near Garmisch and the Zugspitze's opening. Forms as such
copy has them: altitudes ("auf rund 2.650 Metern Seehöhe", "auf rund 2700 Metern über
Meer", "auf rund 3900 m ü. M.", "auf 3.650 Metern", "oberhalb von 2.200 Metern", "about
2,600 metres (8,530 feet)", "above 2,700 meters (8,860 feet)"), warning levels
("Lawinenwarnstufe 3, „erheblich“", "die Warnstufe 4", "Stufe 3 von 5", "level 3 on its
five-step scale"), ages ("Ein 43-jähriger Skitourengeher", "ein 39-Jähriger und eine
41-Jährige", "im Alter von 27 und 31 Jahren", "Die 22 und 24 Jahre alten Männer", "aged 34,
38 and 45", "a 61-year-old man", "between 40 and 58 years old"), rescue times and crews
("nach rund 25 Minuten aus 1,8 Metern Tiefe", "knapp zwei Stunden", "rund 14 Stunden",
"nach knapp dreistündiger Suche", "26 Einsatzkräfte", "after around 50 minutes"), snow,
wind and temperature ("bis zu 90 Zentimetern Neuschnee binnen 36 Stunden", "weit über 100
km/h", "162 Kilometer pro Stunde", "minus 17 Grad", "up to 170 km/h (106 mph)"), ski
figures ("51,3 Millionen Skifahrertage", "22,4 Millionen Ersteintritte", "mehr als 80 Euro",
"Der Sechstagesskipass", "zwischen 79 und 109 Franken", "bis zu 2.800 Personen pro Stunde",
"1.020 Höhenmeter", "65 km of slopes served by 17 lifts"), tourism ("14,8 Millionen
Nächtigungen", "4,3 Nächten", "Bettenauslastung von 61,8 Prozent", "1.6 million overnight
stays"), glaciers ("um 21,4 Meter zurückgeschmolzen", "um bis zu 4,1 Meter", "rund 2,9
Prozent", "by as much as 5 metres"), closures ("am 1. Mai", "frühestens am 23. Mai",
"mindestens drei Wochen", "for 15 weeks from September 1"), politics ("mit 19 zu 14
Stimmen", "11 der 17 Mandatare", "mit 61,8 Prozent Ja-Stimmen", "with 67.3% in favour"),
seasons ("2024/25", "the 2019/20 season"), money in euros and francs, hedges and
attribution. Negatives as such copy has them: warnings and advice phrased as appeals ("Die
Bergrettung appelliert an alle Tourengeher, ...", "..., mahnte der Lawinenwarndienst.",
"..., betont die Alpinpolizei.", "..., rät der ÖAMTC.", "Bleiben Sie bei Sturm im Haus
...", "Skiers and hikers should always check ..."), quotes of relief, grief and dismay
(„Das ist für uns alle ein schwerer Tag“, «Wir konnten leider nichts mehr für ihn tun», „Die
beiden haben großes Glück gehabt ...“, „Wir sind einfach nur froh ...“, „Für Osttirol ist
das eine Katastrophe ...“, ""The snowpack is extremely treacherous right now,""), scene
colour ("Meterhohe Schneewände säumten ...", "Über dem Inntal stand ... die typische
Föhnmauer ...", "Local officials described the mood ..."), marketing and verdicts of
officials, guides and politicians („Skifahren ist und bleibt das Herzstück ...“,
„Südtirol braucht Qualität ...“, "Der Berg verzeiht keine Fehler, ...", ""The Alps are the
heart of skiing, ..."", ""Living in the mountains means living with risk,""), reproaches of
parties and lobbies (the FPÖ's „Anschlag auf die Bergbauern ...“, the Bund Naturschutz's
„Subventionsgrab ...“, the Arbeiterkammer's "Luxusgut", "Critics have called the track a
white elephant ..."), an open question, a forecast without a figure ("Snow is forecast to
return at the weekend."), thanks and condolences, and boilerplate ("Der aktuelle
Lawinenlagebericht ist täglich unter lawinen.report abrufbar.", "Die Meldung wird laufend
ergänzt.", "(Schluss)", an update note, a Reuters credit).

232 rows (164 German, 68 English: 70.7 % German), 48 negatives (32 German, 16 English), 184
check-worthy rows of which 12 carry no figure (11 German, 1 English), 310 expected
quantities (139 counts, 58 durations, 29 percentages, 28 amounts of money, 26 years, 11
fractions, 10 ordinals, 9 dates; none of them in negatives, which hold no figure), 46
checked speakers (33 German, 13 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
with case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a figure is check-worthy with the speaker its own attribution gives ("Die
  Preiserhöhungen lägen damit im Schnitt unter der Inflationsrate von 3,8 Prozent, sagte
  Seilbahnsprecher Markus Raich." -> "Markus Raich", fifty-fourth and eighty-fifth); so is a
  quote with a figure closed by "sagte X" („In 40 bis 45 Jahren werden die meisten Gletscher
  Österreichs verschwunden sein“, sagte Messdienstleiter Gerold Haas. -> "Gerold Haas", as
  the glacier forecast of the seventy-fourth batch), while a quoted feeling or verdict
  without a checkable claim is a negative. A forecast with a figure is check-worthy ("Bis
  Dienstagfrüh werden ... weitere 40 bis 60 Zentimeter Schnee erwartet", "Die Asfinag
  erwartet ... bis zu 40.000 Fahrzeuge", "rechnen ... mit rund 4,8 Millionen
  Skifahrertagen"), one without a figure a negative (thirty-eighth and forty-seventh).
  Check-worthy without a figure, as facts of record (forty-seventh and eighty-first): a
  death established by a helicopter crew ("Christophorus 1"), a body flown to the valley
  ("Pelikan 1"), a boy flown to hospital ("RK 1"), two climbers flown down with frostbite, a
  helicopter able to fly only in the morning, a road closed by authority ("Die
  Flexenstraße (L 198) bleibt laut Landesstraßenbauamt ... gesperrt", the Stilfser Joch,
  the Felbertauernstraße, the Gotthardpass), snow chains made obligatory on the
  Oberalpstrasse, a via ferrata climbed alone, and AP's "no one was hurt, officials said"
  after a glacier break.
- Altitudes, heights, depths, lengths, snow depths and areas are counts (fourth batch;
  twenty-seventh, fortieth and eighty-first: "auf rund 2.900 Metern Seehöhe"; tenth: "1.180
  Höhenmeter"): "auf rund 2.650 Metern Seehöhe" 2650 "about", "auf etwa 2.600 Metern
  Seehöhe", "auf etwa 3.400 Metern Höhe", "auf 3.650 Metern", "in der rund 1.800 Meter hohen
  Wand", "den 2.757 Meter hohen Pass", "etwa 200 Meter breit und 450 Meter lang" (the hedge
  only before its own figure, eighty-first), "aus 1,8 Metern Tiefe", "aus rund 25 Metern
  Tiefe", "rund 120 Meter", "etwa 400 Meter tief", "3,4 Kilometern 1.020 Höhenmeter", "die
  48 Kilometer lange Panoramastraße", "bis zu 15 Kilometern", "bis zu zwölf Meter hohe
  Schneewände", "bis zu 90 Zentimetern Neuschnee", "40 bis 60 Zentimeter" (both), "85
  Zentimeter Schnee", "rund 300 Quadratmeter Blech", "Rund 1.500 Kubikmeter Gestein", "über
  7,5 Tonnen" 7.5 "over"; "about 2,600 metres (8,530 feet)" 2600 "about" and 8530 with none
  (the hedge before the first figure only, forty-seventh), "at around 4,200 metres", "at
  4,806 metres", "at 2,962 metres", "under about 2 metres of snow", "65 km of slopes", "The
  11.6-kilometre (7.2-mile) tunnel" 11.6 and 7.2, "The 1.7-kilometre track" 1.7 (forty-sixth:
  "55-litre"). Glacier losses are counts ("um 21,4 Meter zurückgeschmolzen" with "im Mittel"
  no hedge, as "im Schnitt"; "mit 64,5 Metern", "um bis zu 4,1 Meter" "up_to", "bis zu sechs
  Meter Eisdicke" "up_to", "um 57 Meter", "by as much as 5 metres" "up_to"; seventy-fourth).
  "oberhalb von 2.200 Metern" and "oberhalb von 2.500 Metern" carry no hedge ("oberhalb von"
  names a place above the line, seventieth); "above 2,700 meters" is 2700 "over" ("above"
  before a figure is "over", sixteenth, twenty-third and forty-seventh) - the English hedge
  word decides, as "unter 3.000 Metern über Meer" gave "under" only through the word "unter"
  (twenty-eighth and seventieth). Swiss "Metern über Meer" as earlier batches write it. New:
  the Swiss abbreviation "m ü. M." ("auf rund 3900 m ü. M.") is the unit written short, as
  "km/h" is for "Kilometer pro Stunde": count 3900 "about", the letters carrying nothing.
  "Meterhohe" carries none.
- Warning levels are counts (fifteenth, thirty-eighth, forty-seventh, seventy-seventh):
  "die Lawinenwarnstufe 3, „erheblich“" 3 (the word naming the level none), "die Warnstufe 4"
  4, "Die Stufe 4, „groß“, ist die zweithöchste der fünfteiligen Skala" count 4, ordinal 2
  and count 5, "mit Stufe 3 von 5" counts 3 and 5, "at level 3 on its five-step scale" 3 and
  5 (seventy-fourth: "the monitor's five-step scale").
- Speeds and temperatures are counts (fourth, forty-seventh, eighty-first): "162 Kilometer
  pro Stunde", "98 km/h", "Böen von 141 km/h", "winds of up to 100 kilometres per hour" 100
  "up_to", "up to 170 km/h (106 mph)" 170 "up_to" and 106; "von weit über 100 km/h" is 100
  "over" ("weit über" read as "well over", fifty-fourth); "auf 18,7 Grad", "minus 17 Grad"
  -17 ("minus" a sign), "19.2 degrees Celsius".
- Ages are durations in years (every earlier batch): "Ein 43-jähriger Skitourengeher", "ein
  39-Jähriger und eine 41-Jährige", "im Alter von 27 und 31 Jahren" (the unit written once),
  "Der 31-Jährige", "Ein 58-jähriger Wanderer", "Die 22 und 24 Jahre alten Männer", "ein 36
  Jahre alter Alpinist", "Ein 71-jähriger Wanderer", "ein 12-jähriger Skifahrer", "Die beiden
  29 und 33 Jahre alten Männer" ("beiden" none, eleventh), "ein 46-jähriger Bergsteiger",
  "aged 34, 38 and 45", "aged 27 and 30", "a 61-year-old man", "a 52-year-old woman", "a
  44-year-old man ... a 9-year-old skier", "between 40 and 58 years old" both (eighty-first:
  "zwischen 25 und 30 Jahre alt"); the age of a thing likewise ("eine 38 Jahre alte
  Doppelsesselbahn" 38 years, fifty-eighth and eighty-first). "Kinder unter 15 Jahren" is 15
  years "under" (as "bei den unter 25-Jährigen", fifty-sixth and eighty-fifth).
- Durations: "binnen 36 Stunden", "nach rund 25 Minuten" "about", "nach etwa 40 Minuten",
  "knapp zwei Stunden" "nearly", "rund 14 Stunden", "drei Wochen früher" 3 weeks, "131 Tage",
  "mindestens drei Wochen" "at_least", "um bis zu eineinhalb Stunden" 1.5 hours "up_to"
  (forty-seventh: "eineinhalb"), "rund zweieinhalb Stunden" 2.5 hours "about"
  (eighty-first), "rund vier Stunden lang", "rund sechs Stunden", "neun Minuten", "in den
  kommenden fünf Jahren", "vor 20 Jahren" 20 years (seventy-fourth: "vor drei Jahren");
  "nach knapp dreistündiger Suche" 3 hours "nearly" (the issue's "fünfstündig", the hedge
  before the compound as "knapp" before a figure); "Der Sechstagesskipass" 6 days
  (fifty-fourth) and "im Fünfjahresschnitt" 5 years (forty-second); "after around 50
  minutes", "for three days", "three years after", "for 15 weeks", "up to two hours", "for
  about six years", "for about five hours", "in five years", "in just over 12 months" 12
  months "over" ("just over", fifty-fourth), "in the 12 months to October" 12 months
  (fifty-fourth). None: "einer Nacht", "im Vorjahr", "im Vorwinter", "heuer", "in diesem
  Winter", "im Winter", "pro Tag", "pro Stunde", "a year", "a day", "a season", "last year",
  "this year", "last winter", "over the past century", "over the same period", "since the
  start of the winter". Nights are counts (fortieth and fifty-fourth): "4,3 Nächten" 4.3,
  "four nights stranded" 4.
- Lifts: capacities are counts with "pro Stunde" carrying nothing ("bis zu 2.800 Personen
  pro Stunde" "up_to", "von 1.200 auf 3.600 Personen pro Stunde", "von bis zu 1.000 Personen
  pro Stunde" "up_to"; "9,000 vehicles an hour", eighty-first). New: "eine neue
  Zehner-Kabinenbahn" is count 10 and "eine kuppelbare Achter-Sesselbahn" count 8 - a
  number word inside a compound counting the seats of a cabin or chair, as "eine
  Zehnerpackung Eier" is 10 and "Vierbettzimmern" counts beds (fifty-fourth and
  forty-ninth); "Doppelsesselbahn" carries none, "Doppel-" naming a kind as "Doppelzimmer"
  (fifty-fourth). "Tagesskipass", "Tageskarte", "a day pass" carry none (fortieth and
  fifty-fourth).
- Tourism and ski figures are counts ("14,8 Millionen Nächtigungen", "16,2 Millionen", "4,1
  Millionen", "9,6 Millionen", "die Marke von neun Millionen Nächtigungen übertroffen"
  9,000,000 with no hedge (a verb, as "topped 4.2 million", forty-eighth), "auf 3,9
  Millionen" Ankünfte, "1.6 million overnight stays", "153.9 million", "2.3 million" -
  fortieth and fifty-fourth); new by the same rule: "51,3 Millionen Skifahrertage", "rund 4,8
  Millionen Skifahrertagen" "about", "rund 22,4 Millionen Ersteintritte" "about", "1,1
  Millionen Lektionen", "around 400,000 skier visits" "about" - a day of skiing counted as
  a visit or a night is, the unit inside the noun no duration. "rund 229.000 Gästebetten"
  "about", "253 Seilbahnunternehmen", "356 Skilifte ... fast 500" "nearly", "1.200 Autos pro
  Tag", "rund 812.000 Besucher", "about 20,000 climbers a year", "Some 2.5 million trucks"
  "about", "around 5,000 vehicles a day", "17 lifts", "16 curves". Occupancy and shares are
  percentages ("eine Bettenauslastung von 61,8 Prozent", "Hotel occupancy averaged 78%" with
  no hedge, "averaged" a verb as "im Schnitt").
- Rescues, deaths and crews are counts (eighty-first): "zwei Begleitern", "neben zwei
  Hubschraubern auch 18 Mitglieder" ("ein Lawinenhund" none, the article no figure), "zwei
  Freerider", "14 Menschen", "31 Menschen", "Zwei junge Bergsteiger", "26 Einsatzkräfte",
  "27 Einsätze", "43 künstliche Lawinensprengungen", "rund 9.000 Gäste", "mehr als 230
  Einsätzen" "over", "Rund 14.000 Haushalte", "18 Mitarbeiter", "19'842 Einsätze" (Swiss
  grouping, tenth) "davon rund 2400" "about", "Bei 1214 Einsätzen" (Swiss copy without a
  separator, forty-seventh), "vier Menschen", "sieben Menschen", "two off-piste skiers",
  "the two men" (count 2, eighth batch: "The two leaders"), "Two Italian climbers", "11
  people", "At least 19 people" "at_least", "two crew members", "more than 5,000
  operations" "over", "Three ski mountaineers", "9,123 missions", "113 people", "roughly
  1,400 glaciers" "about". New: "been called out 9,640 times" is count 9,640 - a tally of
  call-outs, not a multiple of something (the count's unit is not checked). "einer von
  ihnen", "Einer der schwierigsten", "tens of thousands" none (eleventh and fourteenth).
- Ordinals: "Der zweite Freerider" 2 and "a second helicopter" 2 (fortieth: "Ein dritter
  Tourengeher"); "the fourth-largest annual decline" 4 (as "the fifth-largest loss",
  thirty-third); "its 44th resort and its third in Europe" 44 and 3 (the elliptic "third",
  tenth); "A fourth member of the group" 4; "one of the first coronavirus hotspots" 1
  ("one of" a pronoun, fifty-ninth); "for the first time" 1 (earlier batches; "erstmals"
  none). New: "injured a third" after "killed two off-piste skiers" is ordinal 3 - the
  third skier, elliptic as "in the first" (tenth), not the fraction "a third of" (twelfth:
  "a third poultry farm" ordinal 3).
- Fractions: "knapp die Hälfte" 0.5 "nearly", "knapp ein Drittel" 0.3333 "nearly", "um rund
  die Hälfte günstiger" 0.5 "about", "jeder vierte Gast" 0.25, "Mehr als die Hälfte" 0.5
  "over", "ein Fünftel" 0.2 (also "ein Fünftel davon"), "about a third" 0.3333 "about" (twice),
  "about one in four guests" 0.25 "about", "Nearly half" 0.5 "nearly" (fifty-fourth).
- Money in the currency written: "64,50 Euro", "51,50 Euro", "40 Euro pro Auto und Tag"
  ("pro Auto und Tag" none, as "pro Nacht", fifty-fourth), "rund 1,72 Milliarden Euro"
  "about", "812 Millionen Euro", "mehr als 80 Euro" "over", "82,50 Euro", "81 Euro", "426
  Euro", "214 Euro pro Person", "48 Millionen Euro", "45 Euro", "rund 250.000 Euro" "about",
  "20 Millionen Euro", "bis zu 4,50 Euro pro Nacht" "up_to", "12,5 Millionen Euro";
  "zwischen 79 und 109 Franken" both CHF ("zwischen" no hedge, eighty-first), "35 Millionen
  Franken" CHF; "up to 300 euros" EUR "up_to", "95 million Swiss francs ($118 million)"
  CHF and USD, "top 80 euros" 80 with no hedge ("top" a verb, as "topped", fifty-fourth),
  "124 million euros", "2.1 billion euros", "180 million Swiss francs", "about 450 million
  francs" CHF "about" (a Swiss story's "francs"), "1.02 billion francs" CHF.
- Percentages as written: "3,1 Prozent", "47,2 Prozent", "29,5 Prozent", "1,9 Prozent",
  "Rund 70 Prozent" "about", "4,5 Prozent", "3,8 Prozent" (no hedge: "unter" is parted from
  the figure by "der Inflationsrate von", fifty-fourth: "well above the Bank of England's
  2% target"), "6 Prozent", "2,4 Prozent", "1,2 Prozent", "rund drei Prozent" "about", "61,8
  Prozent", "rund 2,9 Prozent" "about", "fast 40 Prozent" "nearly", election shares ("58,2
  Prozent", "23,4 Prozent", "12,9 Prozent", "71 Prozent", "61,8 Prozent Ja-Stimmen", "38,4
  Prozent"), "3%", "about 39%" "about", "more than 80%" "over", "24%", "about 8% above the
  initial estimate" "about", "up 6% on 2024", "67.3% in favour", "78%", "4.2%".
- Votes and seats are counts (sixty-third: "mit 41 von 43 Stimmen"): "mit 19 zu 14 Stimmen"
  19 and 14, "stimmten 24 Abgeordnete, 12 stimmten dagegen", "11 der 17 Mandatare" (a
  definite group, forty-first).
- Years and dates: seasons give both years ("Winterhalbjahr 2024/25", "im Winter 2024/25",
  "Wintersaison 2024/25", "Tourismusjahr 2024/25", "Messjahr 2024/25", "the 2019/20 season",
  "the 2024/25 season"; fortieth and fifty-fourth); "2025", "Seit 2000", "Since 2000", "in
  2020", "in 2024", "from 2025", "the 2026 Winter Olympics", "the 2030 Winter Olympics", "in
  May 2025" (the year), "on 2024" the years. "am 1. Mai" --05-01, "frühestens am 23. Mai"
  --05-23 ("frühestens" no hedge, earlier batches), "ab 1. November 2025" 2025-11-01 ("ab"
  before a date no hedge, as "ab dem 1. Jänner 2027"), "from September 1" --09-01, "on Nov.
  28" --11-28; datelines with a day ("ZURICH, Feb 9 (Reuters)", "ZURICH, Oct 1 (Reuters)",
  "VIENNA, Jan 27 (Reuters)", "GENEVA, Aug 20 (AFP)") dates without a year; other datelines
  ("Innsbruck (APA) -", "Sitten (Keystone-SDA) -", "Berchtesgaden (dpa/lby) -", new: "Bozen
  (ANSA) -" as the other agencies' slugs, "Chamonix (AFP) -", "ROME (AP) —", "INNSBRUCK,
  Austria (AP) —", "VIENNA (Reuters) -") none. Clock times ("gegen 11.40 Uhr", "gegen 15.30
  Uhr", "gegen 7.15 Uhr", "um 14.10 Uhr", "von 7 bis 15 Uhr", "shortly after 1 p.m."),
  weekdays, "Ende Jänner", "Mitte März", "seit Anfang November", "Seit Anfang Juli",
  "Ostermontag", "Bis Dienstagfrüh" none.
- Identifiers carry none (forty-seventh, fifty-eighth, eighty-first): roads ("(L 198)"),
  call signs ("Christophorus 1", "Pelikan 1", "RK 1", "Libelle"), "LVS-Gerät",
  "lawinen.report", "Innsbruck-Stadt".
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "around", "roughly",
  "Some" "about"; "knapp", "fast", "Nearly" "nearly"; "mehr als", "Mehr als", "über" (before
  a figure), "weit über", "more than", "just over", "above" "over"; "bis zu", "up to", "as
  much as" "up_to"; "mindestens", "At least" "at_least"; "unter", "Kinder unter" "under";
  "im Schnitt", "im Mittel", "insgesamt", "Insgesamt", "bereits", "noch", "erstmals",
  "frühestens", "zwischen", "averaged", "top", "a record" no hedge.
- Speakers, checked in forms the earlier batches settled: "teilte die
  Landespolizeidirektion Tirol mit", "teilte die Polizei mit", "teilte die Geosphere Austria
  mit", "teilte das Kuratorium für alpine Sicherheit mit" (twenty-seventh), "teilte die
  Bayerische Zugspitzbahn mit", "teilte die Landesnotrufzentrale mit", "teilte der
  Fachverband der Seilbahnen mit", "teilte die Landesstatistik mit", "teilte die Statistik
  Austria mit", "teilte das Land Tirol mit" (thirty-eighth), "teilte die Betreibergesellschaft
  mit", "teilte die Tinetz mit", "teilte das Wirtschaftsministerium mit", "teilte die
  Alpinpolizei mit", "wie die Kantonspolizei Wallis (am Montag) mitteilte", "wie der Verband
  Seilbahnen Schweiz mitteilte", "wie das Schweizer Gletschermessnetz Glamos am Dienstag
  mitteilte", "wie die Schweizerische Rettungsflugwacht mitteilte" the source with its
  article in the nominative (eighty-first); "wie das Landesinstitut für Statistik ASTAT
  mitteilte" -> "das Landesinstitut für Statistik ASTAT" (the name after the body kept, as
  "das Wirtschaftsforschungsinstitut Wifo", eighty-fifth); "wie das Bundesamt für Strassen
  (Astra) mitteilte" -> "das Bundesamt für Strassen" (the abbreviation in brackets dropped,
  eighty-fifth); "wie MeteoSchweiz mitteilte" -> "MeteoSchweiz" (a name without an article,
  as "Destatis"); "nach Angaben der Polizei" -> "die Polizei", "nach Angaben des
  Straßendienstes" -> "der Straßendienst", "Nach Angaben des Ministeriums" -> "das
  Ministerium" (fifth, forty-first, seventieth); "laut Polizei" -> "Polizei" (thirtieth) and
  "laut Landesstraßenbauamt" -> "Landesstraßenbauamt" (as "laut Landesfeuerwehrverband",
  twenty-eighth); titles before a name dropped ("Seilbahnsprecher", "Geschäftsführerin",
  "Messdienstleiter", "Tourismusreferent"). English: "Valais cantonal police said" as
  written (as "NSW Police", eighty-first), "according to the SLF" -> "the SLF" (as "according
  to Nationwide", thirty-third), "the Swiss glacier monitoring network GLAMOS said on
  Wednesday" -> "the Swiss glacier monitoring network GLAMOS", "the companies said on
  Monday" -> "the companies", "Statistics Austria said", "the national weather service
  said", "police said" -> "police", "the infrastructure agency said", "the CNSAS Alpine
  rescue service said", "the resort's tourism office said", "the industry association
  said", "the operator said" (the common noun with its article, a body named earlier,
  eighty-fifth: "the lender"), "Austria's mountain rescue service said it ..." -> "Austria's
  mountain rescue service" (the possessive kept, as "the resort's tourism office"). Left
  unchecked (None): "nach Angaben ihres Verbands" (the possessive's referent outside the
  row), "kündigte an" (a verb of announcing, as earlier batches leave it), "nach eigenen
  Angaben", "geht aus dem Gletscherbericht ... hervor" (a document, sixty-third), "Die
  Asfinag erwartet" (no verb of saying), "rescuers said", "officials said", "regional
  authorities said", "meteorologists said", "its operators said", "it said", "the mountain
  police unit in Chamonix said" (unsettled forms, fifty-eighth), "according to a study by
  the University of Padua" (a document), "a survey by the Chamber of Labour showed", rows
  without attribution and all negatives.
- Negatives, with no figure in any of them: appeals and advice, also with a body named as
  their source (forty-seventh and eighty-first); quotes of relief, grief, dismay and
  verdicts of rescuers, mayors, officials, guides, scientists and managers, also with a
  named speaker; scene colour; marketing and political rhetoric; an open question
  ("Ob die Felbertauernstraße vor Ostern wieder befahrbar ist, ..."); a forecast without a
  figure; thanks and condolences ("Die Gedanken seien bei den Angehörigen, ..."); service
  lines and boilerplate ("(Schluss)", seventy-seventh; a Reuters credit, seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_88 = [
    # === German =================================================================================
    # --- Lawinenabgang im Sellraintal (APA Innsbruck) ---
    ("de", "Innsbruck (APA) - Ein 43-jähriger Skitourengeher aus Oberbayern ist am Samstag im Sellraintal von einer Lawine verschüttet und tödlich verletzt worden, teilte die Landespolizeidirektion Tirol mit.", True, [("duration", 43, "year", None)], "die Landespolizeidirektion Tirol"),
    ("de", "Der Mann war mit zwei Begleitern im Bereich des Zischgeles auf rund 2.650 Metern Seehöhe unterwegs, als sich gegen 11.40 Uhr ein Schneebrett löste.", True, [("count", 2, None, None), ("count", 2650, None, "about")], None),
    ("de", "Die Lawine war nach Angaben der Polizei etwa 200 Meter breit und 450 Meter lang.", True, [("count", 200, None, "about"), ("count", 450, None, None)], "die Polizei"),
    ("de", "Die Begleiter, ein 39-Jähriger und eine 41-Jährige, blieben unverletzt und begannen sofort mit der Kameradenrettung.", True, [("duration", 39, "year", None), ("duration", 41, "year", None)], None),
    ("de", "Sie orteten den Verschütteten mit dem LVS-Gerät und gruben ihn nach rund 25 Minuten aus 1,8 Metern Tiefe aus.", True, [("duration", 25, "minute", "about"), ("count", 1.8, None, None)], None),
    ("de", "Die Crew des Notarzthubschraubers Christophorus 1 konnte nur mehr den Tod des Deutschen feststellen.", True, [], None),
    ("de", "Im Einsatz standen neben zwei Hubschraubern auch 18 Mitglieder der Bergrettung Gries im Sellrain sowie ein Lawinenhund.", True, [("count", 2, None, None), ("count", 18, None, None)], None),
    ("de", "Für das Gebiet galt am Samstag oberhalb von 2.200 Metern die Lawinenwarnstufe 3, „erheblich“.", True, [("count", 2200, None, None), ("count", 3, None, None)], None),
    ("de", "Damit sind seit Saisonbeginn in Tirol sieben Menschen unter Lawinen ums Leben gekommen.", True, [("count", 7, None, None)], None),
    ("de", "„Das ist für uns alle ein schwerer Tag“, sagte der Ortsstellenleiter der Bergrettung.", False, [], None),
    ("de", "Die Bergrettung appelliert an alle Tourengeher, die Verhältnisse im Gelände defensiv einzuschätzen und im Zweifel umzukehren.", False, [], None),
    # --- Lawinenlage in Tirol und Vorarlberg (APA) ---
    ("de", "Innsbruck (APA) - Nach bis zu 90 Zentimetern Neuschnee binnen 36 Stunden hat der Lawinenwarndienst Tirol für den Arlberg und das Außerfern die Warnstufe 4 ausgegeben.", True, [("count", 90, None, "up_to"), ("duration", 36, "hour", None), ("count", 4, None, None)], None),
    ("de", "Die Stufe 4, „groß“, ist die zweithöchste der fünfteiligen Skala und wird nur an wenigen Tagen im Winter verhängt.", True, [("count", 4, None, None), ("ordinal", 2, None, None), ("count", 5, None, None)], None),
    ("de", "Bis Dienstagfrüh werden in den Nordalpen weitere 40 bis 60 Zentimeter Schnee erwartet, teilte die Geosphere Austria mit.", True, [("count", 40, None, None), ("count", 60, None, None)], "die Geosphere Austria"),
    ("de", "In Vorarlberg waren am Montag Lech, Zürs und Warth nur mehr per Hubschrauber erreichbar, rund 9.000 Gäste saßen fest.", True, [("count", 9000, None, "about")], None),
    ("de", "Die Flexenstraße (L 198) bleibt laut Landesstraßenbauamt zumindest bis Mittwochmittag gesperrt.", True, [], "Landesstraßenbauamt"),
    ("de", "Am Sonntag wurden im Montafon 43 künstliche Lawinensprengungen durchgeführt, verletzt wurde dabei niemand.", True, [("count", 43, None, None)], None),
    ("de", "Wintersportler sollten die gesicherten Pisten derzeit keinesfalls verlassen, mahnte der Lawinenwarndienst.", False, [], None),
    ("de", "Meterhohe Schneewände säumten am Montag die Dorfstraße von Warth, über den Dächern kreisten die Hubschrauber.", False, [], None),
    # --- Lawine im Val de Bagnes (Keystone-SDA) ---
    ("de", "Sitten (Keystone-SDA) - Im Gebiet des Val de Bagnes sind am Sonntag zwei Freerider von einer Lawine erfasst worden, einer von ihnen starb.", True, [("count", 2, None, None)], None),
    ("de", "Die beiden Franzosen im Alter von 27 und 31 Jahren waren abseits der markierten Pisten auf rund 2700 Metern über Meer unterwegs, wie die Kantonspolizei Wallis mitteilte.", True, [("duration", 27, "year", None), ("duration", 31, "year", None), ("count", 2700, None, "about")], "die Kantonspolizei Wallis"),
    ("de", "Der 31-Jährige konnte nach etwa 40 Minuten von Rettern der Air Glaciers geborgen werden, er starb im Spital in Sitten.", True, [("duration", 31, "year", None), ("duration", 40, "minute", "about")], None),
    ("de", "Der zweite Freerider wurde mit mittelschweren Verletzungen ins Spital geflogen.", True, [("ordinal", 2, None, None)], None),
    ("de", "Das SLF stufte die Lawinengefahr im Unterwallis am Sonntag mit Stufe 3 von 5 ein.", True, [("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "In den Schweizer Alpen kamen damit seit Anfang November 14 Menschen in Lawinen ums Leben, mehr als im langjährigen Schnitt.", True, [("count", 14, None, None)], None),
    ("de", "«Wir konnten leider nichts mehr für ihn tun», sagte ein Sprecher der Air Glaciers.", False, [], None),
    # --- Absturz am Hochkönig (APA Salzburg) ---
    ("de", "Salzburg (APA) - Ein 58-jähriger Wanderer aus Niederösterreich ist am Mittwoch am Hochkönig rund 120 Meter in die Tiefe gestürzt und gestorben.", True, [("duration", 58, "year", None), ("count", 120, None, "about")], None),
    ("de", "Der Mann war laut Polizei allein über den Königsjodler-Klettersteig aufgestiegen, der als einer der schwierigsten in Österreich gilt.", True, [], "Polizei"),
    ("de", "Eine Seilschaft entdeckte den Leichnam gegen 15.30 Uhr auf etwa 2.600 Metern Seehöhe und setzte einen Notruf ab.", True, [("count", 2600, None, "about")], None),
    ("de", "Die Bergung durch die Besatzung des Polizeihubschraubers Libelle dauerte knapp zwei Stunden.", True, [("duration", 2, "hour", "nearly")], None),
    ("de", "Im Bundesland Salzburg sind heuer bereits 31 Menschen bei Alpinunfällen gestorben, teilte das Kuratorium für alpine Sicherheit mit.", True, [("count", 31, None, None)], "das Kuratorium für alpine Sicherheit"),
    ("de", "Klettersteige verlangen Trittsicherheit, Schwindelfreiheit und eine gute Kondition, betont die Alpinpolizei.", False, [], None),
    # --- Rettung aus der Watzmann-Ostwand (dpa/lby) ---
    ("de", "Berchtesgaden (dpa/lby) - Zwei junge Bergsteiger aus Nordrhein-Westfalen sind nach einer Nacht in der Watzmann-Ostwand unverletzt gerettet worden.", True, [("count", 2, None, None)], None),
    ("de", "Die 22 und 24 Jahre alten Männer hatten sich in der rund 1.800 Meter hohen Wand verstiegen und am Abend per Handy die Bergwacht alarmiert, teilte die Polizei mit.", True, [("duration", 22, "year", None), ("duration", 24, "year", None), ("count", 1800, None, "about")], "die Polizei"),
    ("de", "Wegen Nebels und starken Windes konnte ein Hubschrauber erst am Morgen gegen 7.15 Uhr zu den beiden Männern fliegen.", True, [], None),
    ("de", "Insgesamt waren 26 Einsatzkräfte der Bergwacht Ramsau und Berchtesgaden beteiligt, der Einsatz dauerte rund 14 Stunden.", True, [("count", 26, None, None), ("duration", 14, "hour", "about")], None),
    ("de", "„Die beiden haben großes Glück gehabt, dass die Nacht nicht noch kälter war“, sagte ein Sprecher der Bergwacht.", False, [], None),
    # --- Saisonstart auf der Zugspitze (dpa/lby) ---
    ("de", "Garmisch-Partenkirchen (dpa/lby) - Auf der Zugspitze hat am Freitag die Skisaison begonnen, drei Wochen früher als im Vorjahr.", True, [("duration", 3, "week", None)], None),
    ("de", "Auf dem Gletscher unterhalb des Gipfels liegen derzeit 85 Zentimeter Schnee, teilte die Bayerische Zugspitzbahn mit.", True, [("count", 85, None, None)], "die Bayerische Zugspitzbahn"),
    ("de", "Eine Tageskarte kostet heuer 64,50 Euro, für Jugendliche 51,50 Euro.", True, [("money", 64.5, "EUR", None), ("money", 51.5, "EUR", None)], None),
    ("de", "Bayerns Seilbahnbetreiber rechnen nach Angaben ihres Verbands für den gesamten Winter mit rund 4,8 Millionen Skifahrertagen.", True, [("count", 4800000, None, "about")], None),
    # --- Spaltensturz am Ortler (ANSA) ---
    ("de", "Bozen (ANSA) - Am Ortler ist ein 36 Jahre alter Alpinist aus Meran in eine Gletscherspalte gestürzt und ums Leben gekommen.", True, [("duration", 36, "year", None)], None),
    ("de", "Der Mann war mit einem Seilpartner auf dem Normalweg unterwegs, als auf etwa 3.400 Metern Höhe eine Schneebrücke nachgab.", True, [("count", 3400, None, "about")], None),
    ("de", "Er wurde von der Bergrettung Sulden aus rund 25 Metern Tiefe geborgen, teilte die Landesnotrufzentrale mit.", True, [("count", 25, None, "about")], "die Landesnotrufzentrale"),
    ("de", "Der Notarzthubschrauber Pelikan 1 flog den Toten ins Tal.", True, [], None),
    ("de", "In den Dolomiten hat die Bergrettung am Wochenende 27 Einsätze geleistet, die meisten davon an den Drei Zinnen und am Sellajoch.", True, [("count", 27, None, None)], None),
    ("de", "Ein 71-jähriger Wanderer aus Brixen erlitt auf der Plose einen Herzstillstand und konnte trotz Reanimation nicht mehr gerettet werden.", True, [("duration", 71, "year", None)], None),
    # --- Tourismus und Politik in Südtirol (APA, ANSA) ---
    ("de", "Bozen (APA) - Südtirol hat im Winterhalbjahr 2024/25 insgesamt 14,8 Millionen Nächtigungen verbucht, ein Plus von 3,1 Prozent, wie das Landesinstitut für Statistik ASTAT mitteilte.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 14800000, None, None), ("percent", 3.1, "%", None)], "das Landesinstitut für Statistik ASTAT"),
    ("de", "Gäste aus Deutschland stellten mit 47,2 Prozent knapp die Hälfte aller Übernachtungen, Italiener kamen auf 29,5 Prozent.", True, [("percent", 47.2, "%", None), ("fraction", 0.5, None, "nearly"), ("percent", 29.5, "%", None)], None),
    ("de", "Die durchschnittliche Aufenthaltsdauer lag bei 4,3 Nächten.", True, [("count", 4.3, None, None)], None),
    ("de", "Im Landtag in Bozen wurde das neue Raumordnungsgesetz am Donnerstag mit 19 zu 14 Stimmen angenommen.", True, [("count", 19, None, None), ("count", 14, None, None)], None),
    ("de", "Landesrat Florian Pichler kündigte an, die Bettenobergrenze von rund 229.000 Gästebetten im Land beizubehalten.", True, [("count", 229000, None, "about")], None),
    ("de", "„Südtirol braucht Qualität statt immer mehr Masse“, sagte Landesrat Pichler.", False, [], None),
    ("de", "Bozen (ANSA) - Die Landesregierung hat für die Zufahrt zum Pragser Wildsee im Sommer eine Obergrenze von 1.200 Autos pro Tag beschlossen.", True, [("count", 1200, None, None)], None),
    ("de", "Die Gebühr für die Zufahrt beträgt 40 Euro pro Auto und Tag.", True, [("money", 40, "EUR", None)], None),
    ("de", "Die Anrainer begrüßten die Entscheidung als überfälligen Schritt gegen den Massentourismus.", False, [], None),
    ("de", "Wegen eines Felssturzes ist die Stilfser-Joch-Straße auf der Südtiroler Seite seit Dienstag gesperrt.", True, [], None),
    ("de", "Die Straße über den 2.757 Meter hohen Pass wird nach Angaben des Straßendienstes frühestens am 23. Mai wieder geöffnet.", True, [("count", 2757, None, None), ("date", "--05-23", None, None)], "der Straßendienst"),
    # --- Seilbahnbilanz Österreich (APA) ---
    ("de", "Wien (APA) - Österreichs Seilbahnen haben im Winter 2024/25 einen Umsatz von rund 1,72 Milliarden Euro erzielt, teilte der Fachverband der Seilbahnen mit.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("money", 1720000000, "EUR", "about")], "der Fachverband der Seilbahnen"),
    ("de", "Gezählt wurden 51,3 Millionen Skifahrertage, um 1,9 Prozent mehr als im Vorwinter.", True, [("count", 51300000, None, None), ("percent", 1.9, "%", None)], None),
    ("de", "Die 253 Seilbahnunternehmen investierten vor der Saison 812 Millionen Euro, davon knapp ein Drittel in die Beschneiung.", True, [("count", 253, None, None), ("money", 812000000, "EUR", None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Rund 70 Prozent der Pistenfläche können inzwischen technisch beschneit werden.", True, [("percent", 70, "%", "about")], None),
    ("de", "Im Schnitt dauerte die Saison in den heimischen Skigebieten 131 Tage.", True, [("duration", 131, "day", None)], None),
    ("de", "„Skifahren ist und bleibt das Herzstück des österreichischen Wintertourismus“, sagte Fachverbandsobmann Johann Rieder.", False, [], None),
    # --- Skipasspreise in Tirol (APA) ---
    ("de", "Innsbruck (APA) - Der Tagesskipass wird in den großen Tiroler Skigebieten in der kommenden Saison mehr als 80 Euro kosten.", True, [("money", 80, "EUR", "over")], None),
    ("de", "In Ischgl steigt der Preis für Erwachsene in der Hauptsaison um 4,5 Prozent auf 82,50 Euro, in Sölden auf 81 Euro.", True, [("percent", 4.5, "%", None), ("money", 82.5, "EUR", None), ("money", 81, "EUR", None)], None),
    ("de", "Der Sechstagesskipass für die Region am Arlberg kostet 426 Euro.", True, [("duration", 6, "day", None), ("money", 426, "EUR", None)], None),
    ("de", "Kinder unter 15 Jahren fahren in den meisten Gebieten um rund die Hälfte günstiger.", True, [("duration", 15, "year", "under"), ("fraction", 0.5, None, "about")], None),
    ("de", "Die Preiserhöhungen lägen damit im Schnitt unter der Inflationsrate von 3,8 Prozent, sagte Seilbahnsprecher Markus Raich.", True, [("percent", 3.8, "%", None)], "Markus Raich"),
    ("de", "Skifahren drohe zum Luxusgut für wenige zu werden, kritisierte die Arbeiterkammer Tirol.", False, [], None),
    # --- Seilbahnen Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Schweizer Bergbahnen haben in der Wintersaison 2024/25 rund 22,4 Millionen Ersteintritte gezählt, wie der Verband Seilbahnen Schweiz mitteilte.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 22400000, None, "about")], "der Verband Seilbahnen Schweiz"),
    ("de", "Das sind 6 Prozent mehr als im Fünfjahresschnitt.", True, [("percent", 6, "%", None), ("duration", 5, "year", None)], None),
    ("de", "In Zermatt kostet eine Tageskarte je nach Nachfrage zwischen 79 und 109 Franken.", True, [("money", 79, "CHF", None), ("money", 109, "CHF", None)], None),
    ("de", "Die Schneesportschulen meldeten 1,1 Millionen Lektionen, jeder vierte Gast stammte aus dem Ausland.", True, [("count", 1100000, None, None), ("fraction", 0.25, None, None)], None),
    ("de", "«Der Winter hat gezeigt, dass der Schneesport in der Schweiz eine Zukunft hat», sagte Verbandsdirektor Urs Gamma.", False, [], None),
    # --- Nächtigungen in Salzburg, Kärnten und Vorarlberg (APA) ---
    ("de", "Salzburg (APA) - Das Bundesland Salzburg hat in der Wintersaison 2024/25 mit 16,2 Millionen Nächtigungen so viele Gäste beherbergt wie nie zuvor.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 16200000, None, None)], None),
    ("de", "Die Zahl der Ankünfte stieg um 2,4 Prozent auf 3,9 Millionen, teilte die Landesstatistik mit.", True, [("percent", 2.4, "%", None), ("count", 3900000, None, None)], "die Landesstatistik"),
    ("de", "Stärkster Monat war der Februar mit 4,1 Millionen Nächtigungen.", True, [("count", 4100000, None, None)], None),
    ("de", "Klagenfurt (APA) - Kärnten verzeichnete im Sommerhalbjahr 9,6 Millionen Nächtigungen, das waren 1,2 Prozent weniger als im Sommer davor.", True, [("count", 9600000, None, None), ("percent", 1.2, "%", None)], None),
    ("de", "Die Betriebe in den Kärntner Nockbergen meldeten eine Bettenauslastung von 61,8 Prozent.", True, [("percent", 61.8, "%", None)], None),
    ("de", "Für die Wintersaison rechnet die Kärnten Werbung mit einem Plus von rund drei Prozent, sagte Geschäftsführerin Sabine Tschernutter.", True, [("percent", 3, "%", "about")], "Sabine Tschernutter"),
    ("de", "Bregenz (APA) - Vorarlberg hat im Tourismusjahr 2024/25 erstmals die Marke von neun Millionen Nächtigungen übertroffen.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 9000000, None, None)], None),
    ("de", "Mehr als die Hälfte der Gäste kam aus Deutschland, ein Fünftel aus der Schweiz.", True, [("fraction", 0.5, None, "over"), ("fraction", 0.2, None, None)], None),
    ("de", "Wien (APA) - In Österreichs Skiorten kostete eine Nacht im Hotel in der vergangenen Wintersaison im Schnitt 214 Euro pro Person, teilte die Statistik Austria mit.", True, [("money", 214, "EUR", None)], "die Statistik Austria"),
    ("de", "Die Touristiker blicken dennoch mit gemischten Gefühlen auf den Winter, der Mangel an Fachkräften bleibe die größte Sorge.", False, [], None),
    # --- Neue Bahnen (APA) ---
    ("de", "Kaprun (APA) - Am Kitzsteinhorn ist am Samstag eine neue Zehner-Kabinenbahn in Betrieb gegangen, die bis zu 2.800 Personen pro Stunde befördert.", True, [("count", 10, None, None), ("count", 2800, None, "up_to")], None),
    ("de", "Die Bahn überwindet auf einer Länge von 3,4 Kilometern 1.020 Höhenmeter, die Fahrzeit beträgt neun Minuten.", True, [("count", 3.4, None, None), ("count", 1020, None, None), ("duration", 9, "minute", None)], None),
    ("de", "Der Betreiber investierte nach eigenen Angaben 48 Millionen Euro in das Projekt.", True, [("money", 48000000, "EUR", None)], None),
    ("de", "Lech (APA) - Die Bergbahnen Oberlech ersetzen im kommenden Sommer eine 38 Jahre alte Doppelsesselbahn durch eine kuppelbare Achter-Sesselbahn.", True, [("duration", 38, "year", None), ("count", 8, None, None)], None),
    ("de", "Die Förderleistung steigt damit von 1.200 auf 3.600 Personen pro Stunde.", True, [("count", 1200, None, None), ("count", 3600, None, None)], None),
    ("de", "Für die Gäste bedeutet das weniger Wartezeit und mehr Komfort am Berg, wirbt das Unternehmen.", False, [], None),
    # --- Gletscherbericht (APA, Keystone-SDA) ---
    ("de", "Innsbruck (APA) - Die Gletscher in Österreich sind im Messjahr 2024/25 im Mittel um 21,4 Meter zurückgeschmolzen, geht aus dem Gletscherbericht des Alpenvereins hervor.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 21.4, None, None)], None),
    ("de", "Von den 89 vermessenen Gletschern zogen sich 87 zurück, zwei blieben stationär.", True, [("count", 89, None, None), ("count", 87, None, None), ("count", 2, None, None)], None),
    ("de", "Den größten Längenverlust verzeichnete die Pasterze am Großglockner mit 64,5 Metern.", True, [("count", 64.5, None, None)], None),
    ("de", "Am Hintereisferner in den Ötztaler Alpen schmolz die Eisdicke an der Zunge um bis zu 4,1 Meter.", True, [("count", 4.1, None, "up_to")], None),
    ("de", "„In 40 bis 45 Jahren werden die meisten Gletscher Österreichs verschwunden sein“, sagte Messdienstleiter Gerold Haas.", True, [("duration", 40, "year", None), ("duration", 45, "year", None)], "Gerold Haas"),
    ("de", "„Unsere Gletscher sind die Fieberthermometer der Alpen, und das Fieber steigt weiter“, sagte Haas.", False, [], None),
    ("de", "Zürich (Keystone-SDA) - Die Schweizer Gletscher haben 2025 rund 2,9 Prozent ihres verbleibenden Volumens eingebüsst, wie das Schweizer Gletschermessnetz Glamos am Dienstag mitteilte.", True, [("year", 2025, None, None), ("percent", 2.9, "%", "about")], "das Schweizer Gletschermessnetz Glamos"),
    ("de", "Seit 2000 sind damit fast 40 Prozent des Gletschervolumens verschwunden.", True, [("year", 2000, None, None), ("percent", 40, "%", "nearly")], None),
    ("de", "Besonders stark schmolzen der Grosse Aletschgletscher und der Rhonegletscher, wo an den Messpunkten bis zu sechs Meter Eisdicke verloren gingen.", True, [("count", 6, None, "up_to")], None),
    ("de", "Am Morteratschgletscher im Engadin zog sich die Zunge um 57 Meter zurück.", True, [("count", 57, None, None)], None),
    ("de", "«Wir sehen einer ganzen Landschaft beim Verschwinden zu», sagte Glaziologin Ladina Caduff.", False, [], None),
    # --- Felssturz an der Felbertauernstraße (APA) ---
    ("de", "Matrei in Osttirol (APA) - Die Felbertauernstraße ist nach einem Felssturz seit Donnerstagabend zwischen Matrei und Mittersill gesperrt.", True, [], None),
    ("de", "Rund 1.500 Kubikmeter Gestein stürzten knapp nördlich des Tunnelportals auf die Fahrbahn, verletzt wurde niemand.", True, [("count", 1500, None, "about")], None),
    ("de", "Geologen rechnen mit einer Sperre von mindestens drei Wochen, teilte das Land Tirol mit.", True, [("duration", 3, "week", "at_least")], "das Land Tirol"),
    ("de", "Die Umleitung über den Gerlospass oder die Tauernautobahn verlängert die Fahrt um bis zu eineinhalb Stunden.", True, [("duration", 1.5, "hour", "up_to")], None),
    ("de", "„Für Osttirol ist das eine Katastrophe, wir sind praktisch abgeschnitten“, sagte der Bürgermeister von Matrei.", False, [], None),
    ("de", "Ob die Felbertauernstraße vor Ostern wieder befahrbar ist, lässt sich derzeit nicht sagen.", False, [], None),
    # --- Großglockner Hochalpenstraße (APA Kärnten) ---
    ("de", "Heiligenblut (APA) - Die Großglockner Hochalpenstraße öffnet nach der Wintersperre am 1. Mai.", True, [("date", "--05-01", None, None)], None),
    ("de", "Seit Mitte März haben 18 Mitarbeiter mit Schneefräsen bis zu zwölf Meter hohe Schneewände abgetragen.", True, [("count", 18, None, None), ("count", 12, None, "up_to")], None),
    ("de", "Die Maut für einen Pkw steigt heuer auf 45 Euro.", True, [("money", 45, "EUR", None)], None),
    ("de", "Im Vorjahr befuhren rund 812.000 Besucher die 48 Kilometer lange Panoramastraße, teilte die Betreibergesellschaft mit.", True, [("count", 812000, None, "about"), ("count", 48, None, None)], "die Betreibergesellschaft"),
    # --- Gotthard und Oberalp (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Gotthardpass bleibt wegen Lawinengefahr bis auf Weiteres geschlossen, wie das Bundesamt für Strassen (Astra) mitteilte.", True, [], "das Bundesamt für Strassen"),
    ("de", "Am Nordportal des Gotthard-Strassentunnels stauten sich die Autos am Ostermontag auf bis zu 15 Kilometern, die Wartezeit betrug rund zweieinhalb Stunden.", True, [("count", 15, None, "up_to"), ("duration", 2.5, "hour", "about")], None),
    ("de", "Schneeketten sind auf der Oberalpstrasse ab sofort obligatorisch.", True, [], None),
    # --- Brenner (APA) ---
    ("de", "Innsbruck (APA) - Auf der Brennerautobahn gilt an den Samstagen im Februar für Lkw über 7,5 Tonnen ein Fahrverbot von 7 bis 15 Uhr.", True, [("count", 7.5, None, "over")], None),
    ("de", "Die Asfinag erwartet an diesen Tagen bis zu 40.000 Fahrzeuge pro Tag am Brenner.", True, [("count", 40000, None, "up_to")], None),
    ("de", "Reisende sollten für die Fahrt über den Brenner viel Geduld mitbringen, rät der ÖAMTC.", False, [], None),
    # --- Föhnsturm (APA, Keystone-SDA) ---
    ("de", "Innsbruck (APA) - Ein kräftiger Föhnsturm hat am Sonntag in den Tiroler Tälern Spitzenböen von weit über 100 km/h gebracht.", True, [("count", 100, None, "over")], None),
    ("de", "Am Patscherkofel wurden um 14.10 Uhr 162 Kilometer pro Stunde gemessen, in Innsbruck-Stadt 98 km/h, teilte die Geosphere Austria mit.", True, [("count", 162, None, None), ("count", 98, None, None)], "die Geosphere Austria"),
    ("de", "Der Föhn trieb die Temperatur in Innsbruck auf 18,7 Grad, das ist für Ende Jänner ein neuer Rekord.", True, [("count", 18.7, None, None)], None),
    ("de", "Die Feuerwehren mussten zu mehr als 230 Einsätzen ausrücken, meist wegen umgestürzter Bäume und abgedeckter Dächer.", True, [("count", 230, None, "over")], None),
    ("de", "Rund 14.000 Haushalte im Wipptal und im Stubaital waren zeitweise ohne Strom, teilte die Tinetz mit.", True, [("count", 14000, None, "about")], "die Tinetz"),
    ("de", "Die Brennerbahn war wegen eines auf die Oberleitung gestürzten Baumes rund vier Stunden lang gesperrt.", True, [("duration", 4, "hour", "about")], None),
    ("de", "„Es hat geheult wie verrückt, die ganze Nacht hat niemand geschlafen“, erzählte eine Anrainerin in Matrei am Brenner.", False, [], None),
    ("de", "Über dem Inntal stand am Nachmittag die typische Föhnmauer, die Nordkette wirkte zum Greifen nah.", False, [], None),
    ("de", "Bleiben Sie bei Sturm im Haus und meiden Sie Waldgebiete, rät die Feuerwehr.", False, [], None),
    ("de", "Feldkirch (APA) - In Vorarlberg riss der Föhn am Montag vom Dach eines Einkaufszentrums in Feldkirch rund 300 Quadratmeter Blech ab.", True, [("count", 300, None, "about")], None),
    ("de", "Der Schaden wird auf rund 250.000 Euro geschätzt.", True, [("money", 250000, "EUR", "about")], None),
    ("de", "Altdorf (Keystone-SDA) - Im Kanton Uri hat der Föhn in der Nacht auf Dienstag Böen von 141 km/h gebracht, wie MeteoSchweiz mitteilte.", True, [("count", 141, None, None)], "MeteoSchweiz"),
    # --- Landtag Tirol (APA) ---
    ("de", "Innsbruck (APA) - Der Tiroler Landtag hat am Mittwoch mit den Stimmen von ÖVP und SPÖ ein Verbot neuer Skigebietserschließungen oberhalb von 2.500 Metern beschlossen.", True, [("count", 2500, None, None)], None),
    ("de", "Für das Gesetz stimmten 24 Abgeordnete, 12 stimmten dagegen.", True, [("count", 24, None, None), ("count", 12, None, None)], None),
    ("de", "Die FPÖ sprach von einem „Anschlag auf die Bergbauern und den ländlichen Raum“.", False, [], None),
    # --- Gemeinderatswahl in Saalbach (APA Salzburg) ---
    ("de", "Salzburg (APA) - In Saalbach-Hinterglemm hat die ÖVP bei der Gemeinderatswahl mit 58,2 Prozent ihre absolute Mehrheit verteidigt.", True, [("percent", 58.2, "%", None)], None),
    ("de", "Die Liste Zukunft Saalbach kam auf 23,4 Prozent, die FPÖ auf 12,9 Prozent, die Wahlbeteiligung lag bei 71 Prozent.", True, [("percent", 23.4, "%", None), ("percent", 12.9, "%", None), ("percent", 71, "%", None)], None),
    ("de", "Die ÖVP stellt damit weiterhin 11 der 17 Mandatare im Gemeinderat.", True, [("count", 11, None, None), ("count", 17, None, None)], None),
    # --- Abstimmung in Graubünden (Keystone-SDA) ---
    ("de", "Chur (Keystone-SDA) - Die Stimmberechtigten im Kanton Graubünden haben einen Kredit von 35 Millionen Franken für den Ausbau der Rhätischen Bahn im Engadin mit 61,8 Prozent Ja-Stimmen angenommen.", True, [("money", 35000000, "CHF", None), ("percent", 61.8, "%", None)], None),
    ("de", "Die Stimmbeteiligung lag bei 38,4 Prozent.", True, [("percent", 38.4, "%", None)], None),
    # --- Kärnten und Bayern: Geld für kleine Lifte (APA, dpa/lby) ---
    ("de", "Klagenfurt (APA) - Die Kärntner Landesregierung stellt für die Sanierung von Skiliften in kleinen Gemeinden in den kommenden fünf Jahren 20 Millionen Euro bereit, sagte Tourismusreferent Gernot Kofler.", True, [("duration", 5, "year", None), ("money", 20000000, "EUR", None)], "Gernot Kofler"),
    ("de", "Gefördert werden Lifte mit einer Förderleistung von bis zu 1.000 Personen pro Stunde.", True, [("count", 1000, None, "up_to")], None),
    ("de", "„Ohne die kleinen Schlepplifte lernen unsere Kinder nicht mehr Skifahren“, sagte Kofler.", False, [], None),
    ("de", "Bregenz (APA) - Der Vorarlberger Landtag hat die Gästetaxe ab 1. November 2025 auf bis zu 4,50 Euro pro Nacht angehoben.", True, [("date", "2025-11-01", None, None), ("money", 4.5, "EUR", "up_to")], None),
    ("de", "München (dpa/lby) - Der Freistaat fördert die Modernisierung von Skiliften in den Bayerischen Alpen im kommenden Jahr mit 12,5 Millionen Euro, teilte das Wirtschaftsministerium mit.", True, [("money", 12500000, "EUR", None)], "das Wirtschaftsministerium"),
    ("de", "Nach Angaben des Ministeriums gibt es im Freistaat noch 356 Skilifte, vor 20 Jahren waren es fast 500.", True, [("count", 356, None, None), ("duration", 20, "year", None), ("count", 500, None, "nearly")], "das Ministerium"),
    ("de", "Der Bund Naturschutz kritisierte das Programm als „Subventionsgrab in Zeiten des Klimawandels“.", False, [], None),
    # --- Unfälle in Kärnten (APA) ---
    ("de", "Hermagor (APA) - Am Nassfeld ist ein 12-jähriger Skifahrer aus Slowenien gegen einen Liftmast geprallt und schwer verletzt worden.", True, [("duration", 12, "year", None)], None),
    ("de", "Der Bub wurde vom Rettungshubschrauber RK 1 ins Klinikum Klagenfurt geflogen, teilte die Polizei mit.", True, [], "die Polizei"),
    ("de", "Heiligenblut (APA) - Zwei tschechische Bergsteiger sind am Großglockner in Bergnot geraten und in der Nacht auf Sonntag auf 3.650 Metern geborgen worden.", True, [("count", 2, None, None), ("count", 3650, None, None)], None),
    ("de", "Die beiden 29 und 33 Jahre alten Männer hatten im Glocknerleitl die Orientierung verloren und harrten rund sechs Stunden in Sturm und Kälte aus.", True, [("duration", 29, "year", None), ("duration", 33, "year", None), ("duration", 6, "hour", "about")], None),
    ("de", "Auf der Adlersruhe wurden in der Nacht minus 17 Grad gemessen.", True, [("count", -17, None, None)], None),
    ("de", "Ein Hubschrauber des Innenministeriums brachte die Männer mit leichten Erfrierungen ins Tal, teilte die Alpinpolizei mit.", True, [], "die Alpinpolizei"),
    ("de", "„Wir sind einfach nur froh, dass alle lebend heruntergekommen sind“, sagte Einsatzleiter Peter Granögger.", False, [], None),
    # --- Rega-Bilanz und Matterhorn (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Rega hat im vergangenen Jahr 19'842 Einsätze organisiert, davon rund 2400 im Gebirge, wie die Schweizerische Rettungsflugwacht mitteilte.", True, [("count", 19842, None, None), ("count", 2400, None, "about")], "die Schweizerische Rettungsflugwacht"),
    ("de", "Bei 1214 Einsätzen mussten Wintersportler gerettet werden, ein Fünftel davon nach Lawinenunfällen.", True, [("count", 1214, None, None), ("fraction", 0.2, None, None)], None),
    ("de", "Zermatt (Keystone-SDA) - Am Matterhorn ist ein 46-jähriger Bergsteiger aus Japan tödlich verunglückt.", True, [("duration", 46, "year", None)], None),
    ("de", "Er stürzte am Hörnligrat auf rund 3900 m ü. M. etwa 400 Meter tief ab, wie die Kantonspolizei Wallis am Montag mitteilte.", True, [("count", 3900, None, "about"), ("count", 400, None, "about")], "die Kantonspolizei Wallis"),
    ("de", "Die Air Zermatt barg den Leichnam nach knapp dreistündiger Suche.", True, [("duration", 3, "hour", "nearly")], None),
    ("de", "Seit Anfang Juli sind am Matterhorn damit vier Menschen ums Leben gekommen.", True, [("count", 4, None, None)], None),
    ("de", "Der Berg verzeiht keine Fehler, erinnerte der Zermatter Bergführerverein.", False, [], None),
    # --- Dienstzeilen und Schluss ---
    ("de", "Der aktuelle Lawinenlagebericht ist täglich unter lawinen.report abrufbar.", False, [], None),
    ("de", "Die Bergrettung dankt allen Helferinnen und Helfern für ihren selbstlosen Einsatz.", False, [], None),
    ("de", "Die Gedanken seien bei den Angehörigen, sagte der Bürgermeister.", False, [], None),
    ("de", "Die Meldung wird laufend ergänzt.", False, [], None),
    ("de", "(Schluss)", False, [], None),
    # === English ================================================================================
    # --- Avalanche near Verbier (Reuters) ---
    ("en", "ZURICH, Feb 9 (Reuters) - An avalanche killed two off-piste skiers and injured a third near the Swiss resort of Verbier on Sunday, Valais cantonal police said.", True, [("date", "--02-09", None, None), ("count", 2, None, None), ("ordinal", 3, None, None)], "Valais cantonal police"),
    ("en", "The skiers, aged 34, 38 and 45, were caught at an altitude of about 2,600 metres (8,530 feet) shortly after 1 p.m.", True, [("duration", 34, "year", None), ("duration", 38, "year", None), ("duration", 45, "year", None), ("count", 2600, None, "about"), ("count", 8530, None, None)], None),
    ("en", "Rescuers using avalanche dogs and probes found the two men under about 2 metres of snow after around 50 minutes.", True, [("count", 2, None, None), ("count", 2, None, "about"), ("duration", 50, "minute", "about")], None),
    ("en", "The SLF avalanche institute had put the risk in the area at level 3 on its five-step scale.", True, [("count", 3, None, None), ("count", 5, None, None)], None),
    ("en", "At least 19 people have died in avalanches in Switzerland since the start of the winter, according to the SLF.", True, [("count", 19, None, "at_least")], "the SLF"),
    ("en", "\"The snowpack is extremely treacherous right now,\" a mountain guide in Verbier said.", False, [], None),
    # --- Mont Blanc (AFP) ---
    ("en", "Chamonix (AFP) - Two Italian climbers were found dead on Mont Blanc on Tuesday after spending four nights stranded in a storm at around 4,200 metres, rescuers said.", True, [("count", 2, None, None), ("count", 4, None, None), ("count", 4200, None, "about")], None),
    ("en", "The pair, aged 27 and 30, had set off from the Italian side on Friday and called for help as winds of up to 100 kilometres per hour swept the summit ridge.", True, [("duration", 27, "year", None), ("duration", 30, "year", None), ("count", 100, None, "up_to")], None),
    ("en", "Helicopters were grounded for three days by low cloud and gusts, the mountain police unit in Chamonix said.", True, [("duration", 3, "day", None)], None),
    ("en", "Mont Blanc, at 4,806 metres the highest peak in western Europe, draws about 20,000 climbers a year.", True, [("count", 4806, None, None), ("count", 20000, None, "about")], None),
    ("en", "\"The mountain does not forgive hesitation,\" said one guide.", False, [], None),
    ("en", "Saint-Gervais now requires climbers on the normal route to book a hut bed in advance, with fines of up to 300 euros for camping.", True, [("money", 300, "EUR", "up_to")], None),
    # --- Marmolada (AP) ---
    ("en", "ROME (AP) — A chunk of glacier broke off the Marmolada in Italy's Dolomites on Wednesday, sending ice and rock down a slope used by hikers, but no one was hurt, officials said.", True, [], None),
    ("en", "The collapse came three years after an ice avalanche killed 11 people on the same mountain.", True, [("duration", 3, "year", None), ("count", 11, None, None)], None),
    ("en", "The Marmolada glacier has lost more than 80% of its volume over the past century, according to a study by the University of Padua.", True, [("percent", 80, "%", "over")], None),
    ("en", "The regional civil protection agency closed access routes above 2,700 meters (8,860 feet) until further notice.", True, [("count", 2700, None, "over"), ("count", 8860, None, None)], None),
    ("en", "\"It is a warning we cannot keep ignoring,\" the region's governor said.", False, [], None),
    # --- Swiss glaciers (Reuters) ---
    ("en", "ZURICH, Oct 1 (Reuters) - Switzerland's glaciers lost 3% of their remaining volume this year, the fourth-largest annual decline on record, the Swiss glacier monitoring network GLAMOS said on Wednesday.", True, [("date", "--10-01", None, None), ("percent", 3, "%", None), ("ordinal", 4, None, None)], "the Swiss glacier monitoring network GLAMOS"),
    ("en", "Since 2000, the country's roughly 1,400 glaciers have lost about 39% of their ice, it said.", True, [("year", 2000, None, None), ("count", 1400, None, "about"), ("percent", 39, "%", "about")], None),
    ("en", "A low-snow winter and a hot June left some glaciers in the Valais thinning by as much as 5 metres.", True, [("count", 5, None, "up_to")], None),
    ("en", "\"We are watching a landscape vanish in real time,\" said glaciologist Rahel Tschudi.", False, [], None),
    # --- Ski resort deal (Reuters) ---
    ("en", "Summitline Resorts, a Colorado-based operator, agreed to buy a majority stake in the Swiss ski area of Flumserberg for 95 million Swiss francs ($118 million), the companies said on Monday.", True, [("money", 95000000, "CHF", None), ("money", 118000000, "USD", None)], "the companies"),
    ("en", "The deal gives Summitline its 44th resort and its third in Europe.", True, [("ordinal", 44, None, None), ("ordinal", 3, None, None)], None),
    ("en", "Flumserberg has 65 km of slopes served by 17 lifts and draws around 400,000 skier visits a season.", True, [("count", 65, None, None), ("count", 17, None, None), ("count", 400000, None, "about")], None),
    ("en", "\"The Alps are the heart of skiing, and we see huge potential here,\" Summitline chief executive Dana Pruitt said.", False, [], None),
    # --- Ski pass prices and tourism in Austria (Reuters) ---
    ("en", "VIENNA (Reuters) - A day pass at Austria's biggest ski resorts will top 80 euros for the first time this winter, a survey by the Chamber of Labour showed.", True, [("money", 80, "EUR", None), ("ordinal", 1, None, None)], None),
    ("en", "Prices have risen by about a third since the 2019/20 season, outpacing inflation of 24% over the same period.", True, [("fraction", 0.3333, None, "about"), ("year", 2019, None, None), ("year", 2020, None, None), ("percent", 24, "%", None)], None),
    ("en", "Ischgl, one of the first coronavirus hotspots in Europe in 2020, recorded 1.6 million overnight stays last winter.", True, [("ordinal", 1, None, None), ("year", 2020, None, None), ("count", 1600000, None, None)], None),
    ("en", "Austria's tourism sector drew 153.9 million overnight stays in 2024, a record, Statistics Austria said.", True, [("count", 153900000, None, None), ("year", 2024, None, None)], "Statistics Austria"),
    ("en", "Skiing risks becoming a sport for the wealthy, consumer groups warn.", False, [], None),
    # --- Tunnels and passes (AFP, AP) ---
    ("en", "GENEVA, Aug 20 (AFP) - The Mont Blanc tunnel between France and Italy will close for 15 weeks from September 1 for renovation work, its operators said.", True, [("date", "--08-20", None, None), ("duration", 15, "week", None), ("date", "--09-01", None, None)], None),
    ("en", "The 11.6-kilometre (7.2-mile) tunnel carries around 5,000 vehicles a day, about a third of them heavy goods lorries.", True, [("count", 11.6, None, None), ("count", 7.2, None, None), ("count", 5000, None, "about"), ("fraction", 0.3333, None, "about")], None),
    ("en", "Traffic will be diverted through the Frejus tunnel, adding up to two hours to some journeys.", True, [("duration", 2, "hour", "up_to")], None),
    ("en", "INNSBRUCK, Austria (AP) — A key bridge on Austria's Brenner motorway near Innsbruck is being rebuilt from 2025, with lanes reduced for about six years, regional authorities said.", True, [("year", 2025, None, None), ("duration", 6, "year", "about")], None),
    ("en", "Some 2.5 million trucks crossed the Brenner Pass last year, more than through all Swiss Alpine crossings combined.", True, [("count", 2500000, None, "about")], None),
    ("en", "Italian officials have called Austria's lorry restrictions an unacceptable breach of the single market.", False, [], None),
    # --- Foehn storm (Reuters) ---
    ("en", "VIENNA, Jan 27 (Reuters) - Hurricane-force foehn winds gusting up to 170 km/h (106 mph) swept across western Austria on Monday, toppling trees and cutting power to tens of thousands of homes.", True, [("date", "--01-27", None, None), ("count", 170, None, "up_to"), ("count", 106, None, None)], None),
    ("en", "Innsbruck recorded 19.2 degrees Celsius, a January record for the city, the national weather service said.", True, [("count", 19.2, None, None)], "the national weather service"),
    ("en", "Rail services over the Brenner were halted for about five hours.", True, [("duration", 5, "hour", "about")], None),
    ("en", "The storm was the strongest to hit the Alps in five years, meteorologists said.", True, [("duration", 5, "year", None)], None),
    ("en", "Snow is forecast to return at the weekend.", False, [], None),
    # --- Helicopter crash (AP) ---
    ("en", "GRENOBLE, France (AP) — A rescue helicopter crashed while trying to reach a stranded hiker in the French Alps on Saturday, killing the pilot and injuring two crew members, police said.", True, [("count", 2, None, None)], "police"),
    ("en", "The hiker, a 61-year-old man, was later airlifted by a second helicopter.", True, [("duration", 61, "year", None), ("ordinal", 2, None, None)], None),
    ("en", "French mountain rescue units carried out more than 5,000 operations in the Alps last year.", True, [("count", 5000, None, "over")], None),
    ("en", "Local officials described the mood in the village as one of shock and grief.", False, [], None),
    # --- Winter Olympics (Reuters) ---
    ("en", "MILAN (Reuters) - The cost of the new bobsleigh track in Cortina d'Ampezzo for the 2026 Winter Olympics has risen to 124 million euros, the infrastructure agency said.", True, [("year", 2026, None, None), ("money", 124000000, "EUR", None)], "the infrastructure agency"),
    ("en", "The 1.7-kilometre track has 16 curves and was completed in just over 12 months.", True, [("count", 1.7, None, None), ("count", 16, None, None), ("duration", 12, "month", "over")], None),
    ("en", "Critics have called the track a white elephant that will be abandoned after the Games.", False, [], None),
    ("en", "PARIS (Reuters) - Organisers of the 2030 Winter Olympics in the French Alps raised their budget to 2.1 billion euros, about 8% above the initial estimate.", True, [("year", 2030, None, None), ("money", 2100000000, "EUR", None), ("percent", 8, "%", "about")], None),
    # --- Avalanche near Bormio (Reuters) ---
    ("en", "ROME (Reuters) - Three ski mountaineers were killed on Saturday when an avalanche struck near Bormio in northern Italy, the CNSAS Alpine rescue service said.", True, [("count", 3, None, None)], "the CNSAS Alpine rescue service"),
    ("en", "A fourth member of the group, a 52-year-old woman, dug herself out and raised the alarm.", True, [("ordinal", 4, None, None), ("duration", 52, "year", None)], None),
    ("en", "The victims, all from Lombardy, were between 40 and 58 years old.", True, [("duration", 40, "year", None), ("duration", 58, "year", None)], None),
    ("en", "Italian Alpine rescuers have been called out 9,640 times this year, up 6% on 2024.", True, [("count", 9640, None, None), ("percent", 6, "%", None), ("year", 2024, None, None)], None),
    ("en", "\"People underestimate how quickly conditions change up there,\" a rescue coordinator in Sondrio said.", False, [], None),
    # --- Valais vote (Reuters) ---
    ("en", "GENEVA (Reuters) - Voters in the Swiss canton of Valais approved 180 million Swiss francs for avalanche and rockfall protection, with 67.3% in favour.", True, [("money", 180000000, "CHF", None), ("percent", 67.3, "%", None)], None),
    ("en", "The village of Blatten, largely buried by a landslide in May 2025, is to be rebuilt at a cost of about 450 million francs.", True, [("year", 2025, None, None), ("money", 450000000, "CHF", "about")], None),
    ("en", "\"Living in the mountains means living with risk,\" the village's president said.", False, [], None),
    # --- Zermatt and Swiss lifts (Reuters) ---
    ("en", "Zermatt recorded 2.3 million overnight stays in the 2024/25 season, the resort's tourism office said.", True, [("count", 2300000, None, None), ("year", 2024, None, None), ("year", 2025, None, None)], "the resort's tourism office"),
    ("en", "Hotel occupancy averaged 78% over the winter, and about one in four guests came from the United States.", True, [("percent", 78, "%", None), ("fraction", 0.25, None, "about")], None),
    ("en", "Lift ticket revenue at Swiss mountain railways rose 4.2% to 1.02 billion francs, the industry association said.", True, [("percent", 4.2, "%", None), ("money", 1020000000, "CHF", None)], "the industry association"),
    # --- Mountain rescue in Austria and Germany (Reuters) ---
    ("en", "Austria's mountain rescue service said it carried out 9,123 missions in the 12 months to October, a record.", True, [("count", 9123, None, None), ("duration", 12, "month", None)], "Austria's mountain rescue service"),
    ("en", "Nearly half of those rescued were hikers, and 113 people died in Austria's mountains during the period.", True, [("fraction", 0.5, None, "nearly"), ("count", 113, None, None)], None),
    ("en", "BERLIN (Reuters) - German police arrested a 44-year-old man on suspicion of negligent homicide after a 9-year-old skier was killed in a collision on a slope near Garmisch-Partenkirchen.", True, [("duration", 44, "year", None), ("duration", 9, "year", None)], None),
    ("en", "The Zugspitze, Germany's highest mountain at 2,962 metres, opens for skiing on Nov. 28, the operator said.", True, [("count", 2962, None, None), ("date", "--11-28", None, None)], "the operator"),
    ("en", "\"Nobody wants a winter without snow,\" the resort's director said with a smile.", False, [], None),
    # --- Boilerplate ---
    ("en", "Skiers and hikers should always check the local avalanche bulletin before heading out.", False, [], None),
    ("en", "This story has been updated to add details of the rescue.", False, [], None),
    ("en", "(Reporting by Silke Brandner in Vienna; Editing by Hugh Marlowe)", False, [], None),
]
