"""Hundred-and-thirty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, storms and figures are made up
(Zeynep Karaoğlu, Mehmet Yıldırım, Kylie Barrowman, Jurema Bastos, Rosa Quispe, Markus
Brügger, Darren Kowalchuk, Giorgos Karanikas, Gul Rehmat, Marcia Campbell, Lena Thorsen,
Tobias Rehlinger; the cyclones „Imani“ and Harlow, the typhoons „Dalisay“ and Sonmai, the
hurricanes Selene and „Octavio“; every unnamed farmer, mother, villager, uncle, shop owner,
spokesman and village head); office-holders who would be real people (Turkey's interior
minister, Chile's interior minister, South Africa's president, Turkey's forestry minister, a
Brazilian state governor, a Canadian town's mayor, Britain's development minister) appear
only by office. Real governments, agencies, funds, firms and places ("Afad", "AFAD",
"Auswärtiges Amt", "Gesundheitsministerium", "Weltbank", "INGD", "Unicef",
"Auslandskatastrophenfonds", "Außenministerium", "Conaf", "Katastrophenschutz", "BNPB",
"Deza", "Schweizerisches Korps für humanitäre Hilfe", "Zivilschutz", "EU-Kommission",
"Solidaritätsfonds", "Provinzregierung", "Katastrophenschutzministerium",
"EU-Katastrophenschutzmechanismus", "Innenministerium", "NDRRMC", "US-Hurrikanzentrum",
"CFE", "Vereinte Nationen", "Taliban-Regierung", "US-Erdbebenwarte USGS", "Munich Re"; "U.S.
Geological Survey", "USGS", "European Union", "Copernicus", "Bureau of Meteorology",
"Geophysical Institute of Peru", "Pan-American Highway", "Japan Meteorological Agency",
"Fire and Disaster Management Agency", "Tohoku Electric Power", "East Japan Railway",
"Alberta Wildfire", "Canadian Interagency Forest Fire Centre", "Red Cross", "CCTV", "EU
Civil Protection Mechanism", "Canadair", "European Forest Fire Information System",
"National Disaster Management Authority", "Foreign Office", "Disasters Emergency Committee",
"U.S. National Hurricane Center", "Swiss Re"; Bingöl, Karlıova, Muş, Beira, Sofala, Pilbara,
Port Hedland, Valparaíso, Viña del Mar, Rio Grande do Sul, Sulawesi, Arequipa, Miyagi,
Onagawa, Humla, Emilia-Romagna, Faenza, Peace River, the Eastern Cape and Mthatha, Sylhet,
Guangdong, Manavgat, Castelo Branco, Varnavas, Swat, Benguet, Old Harbour Bay, Oaxaca,
Westport and the Buller River, Hoi An, Quang Nam, Badachschan) stand for the way wire copy
names them; every quake, storm, fire, flood, toll, measure, pledge, loss and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: NATURAL DISASTERS ABROAD over one year in story order (late January to late
December), each story told as wire copy runs it (a dateline lead with the magnitude, the
storm or the fire and a hedged toll, then depth, aftershocks, rain, wind and area, the toll
rising through the day and the missing, rescues, evacuees and damage, aid pledged in several
currencies, then quotes, condolences and scene colour), the German and English stories
interleaved by date. Half German (dpa, APA, APA/AFP, APA/dpa, APA/Reuters, Keystone-SDA,
Reuters German; Austrian "heuer" and "Auslandskatastrophenfonds", Swiss "10'000", "1900",
"Strassen", «» quotes, German „“ quotes): a quake in eastern Turkey with its toll rising
from 14 to 41 in a day and to 94 after four days, a teenager rescued after nearly 80 hours
and the World Bank's estimate; a cyclone in Mozambique with Austrian aid; forest fires
around Valparaíso; floods and landslides on Sulawesi with aid in rupiah; a quake in western
Nepal with Swiss aid in francs; floods in the Emilia-Romagna after a six-hour crisis
meeting; flash floods in the Eastern Cape with aid in rand; monsoon floods in Bangladesh
with aid in taka; a forest fire near Athens with an Austrian ground firefighting module; a
typhoon over the northern Philippines with damage in pesos; a hurricane on Mexico's Pacific
coast; a quake in northeastern Afghanistan with aid in dollars, euros and pounds; Munich
Re's year. Half English (Reuters, AP, AFP, PA): the Turkish quake in English with lira and
euros and the rescue after nearly 80 hours; a Category 5 cyclone on the Pilbara coast with
Australian dollars; floods in southern Brazil with reais; a quake in southern Peru; a quake
off Miyagi with Japan's intensity scale and a tsunami advisory; a wildfire at Peace River
with Canadian dollars; floods in Guangdong with yuan; wildfires on Turkey's Mediterranean
coast; a wildfire in central Portugal; monsoon floods in Pakistan with Pakistani rupees;
British aid for Pakistan in pounds; a hurricane in Jamaica; floods at Westport with New
Zealand dollars; a typhoon in central Vietnam with dong; Swiss Re's insured losses of the
year. Figures as such copy has them: magnitudes ("der Stärke 6,6", "magnitude 7.1", "lower 6
on Japan's seismic intensity scale, which tops out at 7"), depths in kilometres and miles,
aftershocks, storm categories ("Kategorie-4-Zyklon", "a Category 5 system"), wind in km/h
and mph ("in Böen bis 240"), rain in litres per square metre and millimetres, river levels
and flood marks, burned hectares and containment, tolls hedged and revised ("mindestens 14",
"zunächst auf 29 und dann auf 41", "rose to 67", "put the death toll at 94", "auf mindestens
158"), the missing, the injured, evacuees, homes and villages, crews, aircraft and soldiers,
aid and damage in euros, francs, dollars, pounds, lira, rupiah, rupees, rand, taka, pesos,
reais, yuan, dong and Australian, Canadian and New Zealand dollars, shares ("etwa ein
Fünftel", "Rund ein Drittel", "etwa zwei Fünftel", "Around a quarter", "Nearly half",
"roughly two-thirds"), multiples ("nearly three times", "fast doppelt so viel"), German
number words and compounds ("sechsstündigen", "zweimal", "siebenköpfiges",
"40-Kilometer-Abschnitt", "das zweite Jahrhunderthochwasser", "der elfte Taifun", "Zum
dritten Mal in Folge"), return periods, ages, durations of rain, rescue and closure, dates
and datelines. Negatives as such copy has them: grief and fear of survivors and relatives in
quotes and vox pops (with their ages), prayers, condolences (also in Konjunktiv I), appeals
and calls for donations, warnings and forecasts without a figure, a hope, accusations
without a checkable claim, labels and a verdict of a climatologist, rhetoric and a promise
of a president, rhetorical and open questions, the Reuters caveat and scene colour (fires of
survivors in the night, smoke over burned hills, families on dykes, ash on beaches, tourists
in flooded lobbies, residents in plastic basins).

244 rows (122 German, 122 English), 55 negatives (27 German, 28 English), 189 check-worthy
rows of which 9 carry no figure (7 German, 2 English), 315 expected quantities (173 counts,
49 durations - 20 in years, 17 in hours, 10 in days, 2 in months -, 47 amounts of money - 14
USD, 10 EUR, 3 BRL, 3 GBP, 2 AUD, 2 CAD, 2 CNY, 1 each BDT, CHF, IDR, INR, MXN, NZD, PHP,
PKR, TRY, VND, ZAR -, 13 ordinals, 11 dates, 9 fractions, 9 percentages, 4 years; 9 of them
in seven negatives, as the seventeenth batch labels a figure in a negative), 38 checked
speakers (19 German, 19 English). Sentences sharing a run of eight or more words with any
file under tests/ (checked by a script that printed only this batch's sentences, case and
punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  figure, a fact, a cause or a plan are check-worthy with the speaker their own attribution
  gives ("Die Löschflugzeuge hätten seit Dienstag mehr als 900 Abwürfe geflogen, sagte
  Feuerwehrsprecher Giorgos Karanikas." -> "Giorgos Karanikas"; "Das Team werde vor allem
  bei der Trinkwasserversorgung und der Sicherung von Strassen helfen, sagte Einsatzleiter
  Markus Brügger." -> "Markus Brügger", a stated next step as in the hundred-nineteenth;
  "Ein Sprecher der Behörde sagte, Erdrutsche seien in der Region häufig, weil ... gerodet
  worden sei." a stated cause with its role unchecked, hundred-fourteenth to
  hundred-thirty-first; "Die Weltbank schätzt ..., das entspreche etwa 0,2 Prozent ..." with
  "schätzt" unchecked, hundred-tenth), while a Konjunktiv I condolence is a negative ("Die
  Gedanken der Regierung seien bei den Familien der Opfer, sagte ein Sprecher in Rom.";
  ninety-ninth). Check-worthy without a figure (ninety-ninth, hundred-tenth,
  hundred-nineteenth): a state of disaster and a curfew declared, rescuers searching a
  buried village, a stated cause of landslides, victims buried in their sleep, the Swiss
  team's stated task, the Commission's promise of solidarity funds (ninety-ninth: "EU
  solidarity funds promised"), schoolchildren among the dead "nach Angaben der
  Provinzregierung", "No deaths or serious injuries have been reported." and "No injuries
  were reported." (hundred-nineteenth: "No casualties have been reported"). Check-worthy
  with a figure besides: the government's pledge of 12,000 quake-proof flats (a pledge with
  a checkable content, hundred-thirty-first), the miners' stated resumption "within 48
  hours", the agency's warning of aftershocks "over the next two to three days" and the
  forecast of temperatures above 40 degrees (forecasts with a figure, hundred-twenty-sixth:
  "Utility crews warned that some customers could be without power for up to five days",
  with "warned" unchecked), records with a reference point ("seit 2014", "so wenige wie seit
  2015 nicht mehr", "in more than three years", "since records began in 1951", "since 2020";
  twenty-ninth and hundred-thirty-first).
- Tolls that rise through the day and are revised (ninety-ninth, hundred-fourth,
  hundred-eighteenth): every figure a row gives is labelled, the one replaced and the one
  that stands - "stieg im Laufe des Tages zunächst auf 29 und dann auf 41" 29 and 41
  ("zunächst" no hedge, hundred-seventeenth), "ist bis Mittwoch auf 27 gestiegen", "auf 94
  gestiegen", "auf 96", "auf 37, mehr als 200 Menschen gelten als vermisst", "sieben weitere
  Leichen, die Zahl der Toten stieg damit auf 30" 7 and 30 ("weitere" no hedge,
  hundred-fourth: "zwölf weitere Leichen"), "erhöhte sich die Zahl der Todesopfer auf
  mindestens 158" "at_least", "rose to 67", "rose to 48 ..., with 59 people still
  unaccounted for", "The government put the death toll at 94 ..., with 27 people still
  missing" (speaker unchecked, "put ... at", ninety-ninth); "mindestens", "at least"
  "at_least" on the leads. The missing are counts ("23 Menschen werden noch vermisst",
  "Weitere 15 Menschen", "left 74 missing", "19 were still missing"); "Dutzende",
  "Hunderte", "dozens" carry none (seventeenth, hundred-fourth); "Around a quarter of the
  dead were children." is 0.25 "about"; "More than 1,100 people were injured, 240 of them
  seriously" two counts (hundred-fourteenth: "248 members, 131 of whom").
- Magnitudes, depths, aftershocks and scales are counts (fourth, twenty-sixth, eightieth,
  ninety-first, ninety-ninth): "der Stärke 6,6", "die Stärke 5,1", "der Stärke 6,2", "der
  Stärke 5,9", "magnitude 6.6", "put its magnitude at 6.4", "magnitude 6.9", "magnitude
  7.1", "a magnitude 5.2"; "in einer Tiefe von rund zwölf Kilometern" 12 "about", "rund 18
  Kilometern" "about", "von zehn Kilometern" 10, "10 km (6 miles) below the surface" 10 and
  6, "38 kilometers (24 miles) southwest ... at a depth of 42 kilometers" three counts (the
  converted figure in brackets with no hedge, eightieth); "mehr als 140 Nachbeben" 140
  "over" (ninety-ninth: "mehr als 120 Nachbeben"); "a Category 5 system", "a Category 3
  storm", "als Sturm der Kategorie 4" counts (ninety-ninth); "als Kategorie-4-Zyklon" count
  4, the figure in a hyphenated compound read as the issue's "28-Punkte-Entwurf" and the
  hundred-fifteenth's "Zehn-Kilometer-Sperrzone". New: "The quake measured lower 6 on
  Japan's seismic intensity scale, which tops out at 7" gives counts 6 and 7 - a level on a
  scale is a count ("auf Stufe vier der fünfteiligen Skala", hundred-twenty-sixth) and
  "lower", the scale's half-step, carries none, as "amber" and "red" carry none
  (hundred-tenth). Clock times carry none ("at 2:47 a.m." - the colon form with "a.m." is a
  time of day, not the race time of the hundred-thirty-third -, "um 6.12 Uhr Ortszeit";
  ninety-ninth).
- Rain, rivers, winds and areas are counts of the figure as written (ninety-ninth,
  hundred-tenth): "mehr als 300 Liter Regen pro Quadratmeter" "over" ("pro Quadratmeter"
  none), "bis zu 380 Millimeter" "up_to", "More than 420 millimetres" "over", "about 150 mm"
  "about", "610 mm" ("Some areas" hedges no figure); "1,12 Meter über der Warnmarke" with no
  hedge (the "über" after the figure compares, hundred-tenth), "um mehr als sechs Meter"
  "over" ("um" no hedge), "bis zu zwei Meter hoch" "up_to" (hundred-fourth: "bis zu drei
  Meter hoch"), "peaked at 4.2 metres, well above its 3-metre flood mark" 4.2 and 3 (the
  compound's figure, "well above its" before the article no hedge), "11.8 metres, about 1.5
  metres below its record", "rose to 2.1 metres", "Tsunami waves of 20 centimetres ... at
  two ports" 20 and 2; winds "von bis zu 195 Kilometern pro Stunde", "up to 290 km/h (180
  mph)" 290 "up_to" and 180, "195 km/h (120 mph)", "215 Kilometern pro Stunde", "zeitweise
  70 Kilometer pro Stunde" ("zeitweise" no hedge), "winds of up to 149 km/h", "gusts of up
  to 60 km/h"; temperatures "mehr als 38 Grad" "over", "bei 41 Grad", "above 40 degrees
  Celsius" "over" (hundred-tenth: "Readings above 44C"); areas "mehr als 26.000 Hektar",
  "rund 9.800 Hektar", "mehr als 38.000 Hektar", "roughly 31,500 hectares", "about 1.3
  million hectares", "about 18,000 hectares", "about 12,400 hectares", "more than 96,000
  hectares", "More than 84,000 hectares"; "at up to 30 metres a minute" 30 "up_to" ("a
  minute" none). New: "mit Windgeschwindigkeiten von 185 Kilometern pro Stunde, in Böen bis
  240" gives 185 and 240 "up_to" - "bis" alone straight before a figure that bounds a
  measure reads as "bis zu" (hundred-tenth: "auf bis zu 45 Zentimeter"), while "bis" before
  a year or a date and "bis" between two figures stay no hedge (hundred-fifth,
  hundred-twenty-seventh); the unit written once serves the later figure (seventy-sixth).
- Return periods and spans of rain (hundred-tenth: "roughly once every 15 years" 15 years).
  New: "a one-in-100-year event" gives 100 years and neither a fraction nor a count - the
  return period is a span, "one-in" no share of a group as "one in four" would be
  (hundred-twentieth). New: "das zweite Jahrhunderthochwasser binnen zwei Jahren" gives
  ordinal 2 and 2 years and nothing for "Jahrhunderthochwasser" - no figure is written and a
  century is no unit of the issue's list (hundred-twenty-second: the century; hundred-tenth:
  "Jahrzehnten" none). New: "so viel Regen wie sonst in einem halben Jahr" is 0.5 year -
  "halb" gives the figure that the article alone would not, as "noch rund ein halbes
  Jahrhundert" (hundred-twenty-second) and "ein halbes Prozent" (hundred-twentieth); "Binnen
  36 Stunden" 36 hours.
- Wildfires (ninety-ninth, hundred-tenth): containment is a percentage ("the fire was 15%
  contained"; ninety-ninth: "12% contained"); multiples are counts with their hedge ("fast
  doppelt so viel wie im Schnitt der vergangenen 15 Jahre" 2 "nearly" and 15 years,
  hundred-sixteenth: "fast doppelt so viel"; "nearly four times the 10-year average" 4
  "nearly" and 10 years, hundred-thirty-third: "the five-year average"; "about three times
  the average of the past decade" 3 "about", "the past decade" none; "nearly three times the
  March average" 3 "nearly"); crews, aircraft and vehicles are counts ("Mehr als 3.000
  Feuerwehrleute und Soldaten sowie 42 Löschflugzeuge", "rund 700 Einsatzkräfte, 190
  Fahrzeuge und 35 Löschflugzeuge", "mit 62 Feuerwehrleuten", "mehr als 900 Abwürfe", "More
  than 1,800 firefighters backed by 14 water-bombing aircraft", "four Canadair planes",
  "Twenty-four firefighting aircraft and more than 3,000 personnel", "300 soldiers"); "one
  of the blazes" and "one of the fires" none (a pronoun, forty-first); "for at least a week"
  none (an article, hundred-fourth).
- Casualties, rescues, evacuees and damage are counts with their hedges (ninety-ninth,
  hundred-fourth): "Rund 48.000 Menschen ..., etwa ein Fünftel von ihnen" 48,000 "about" and
  0.2 "about" (the issue's "ein Fünftel"), "Rund ein Drittel der Stromleitungen" 0.3333
  "about", "Nearly half of the town's homes" 0.5 "nearly", "Nearly a third of Quang Nam
  province" 0.3333 "nearly", "rund 1,8 Millionen Menschen", "rund 310.000", "More than
  170,000", "forcing 360,000 from their homes", "3,412 buildings ... and 418", "At least 230
  homes", "Mehr als 1900 Häuser" (Swiss four digits without a separator,
  hundred-twenty-sixth), "für 10'000 Familien" (Swiss apostrophe, tenth), "more than 1,100
  head of livestock" "over", "Ein Damm ... brach innerhalb einer Woche zweimal" count 2 (the
  issue's "viermal"; "Ein Damm" and "innerhalb einer Woche" none), "Three people have died,
  among them a forest worker" 3, "five-storey" 5 (ninety-first: "the seven-storey
  building"), "Ein siebenköpfiges Expertenteam" 7 (hundred-seventeenth: "22-köpfigen";
  hundred-twenty-sixth: a number word heading a compound), "auf einem
  40-Kilometer-Abschnitt" 40 (hundred-fifteenth: "Zehn-Kilometer-Sperrzone"); "Hunderte
  Häuser" none. Ages are durations in years ("eine 71-jährige Frau", "einen 16-Jährigen", "A
  16-year-old boy", "ein 62-jähriger Mann", "A 47-year-old man", "a 9-year-old boy"); the
  vox pops "Zeynep Karaoğlu, 52," with "her three grandchildren" 3, "Kylie Barrowman, 44,"
  with "For six hours" 6 hours, "Jurema Bastos, 63,", "Rosa Quispe, 71,", "Darren Kowalchuk,
  58,", "Gul Rehmat, 39," and "Marcia Campbell, 67," in negatives keep their figures
  (seventeenth, hundred-fourteenth, hundred-twenty-fourth).
- Money in the currency written (every batch): EUR ("zunächst 1,5 Millionen Euro" -
  "zunächst" no hedge -, "eine Million Euro" and "eine Million Pfund", hundred-twelfth:
  "eine Million", "mindestens 1,8 Milliarden Euro" "at_least", "20 Millionen Euro", "weitere
  zwei Millionen Euro" - "weitere" no hedge -, "an initial 3 million euros" - "initial" no
  hedge, hundred-fourteenth: "initially" -, "1.5 million euros"), USD ("rund 2,3 Milliarden
  Dollar" "about", "fünf Millionen Dollar", "about $1.1 billion" "about", "about $118
  billion ..., the fifth year in a row above $100 billion" "about", ordinal 5 and "over" -
  hundred-fourteenth: "above 300,000" -, "about $290 billion", "rund 310 Milliarden Dollar",
  "gut 130 Milliarden Dollar" "over", "48 Milliarden Dollar"), CHF ("1,5 Millionen
  Franken"), GBP ("up to £5 million" "up_to", "£2.4 million"), TRY ("5 billion lira ($142
  million)", eightieth: "Lira"), INR ("50 Millionen Rupien", eightieth: "Rupien"), ZAR ("500
  Millionen Rand", fourth: "rand"), PHP ("4,3 Milliarden Pesos" in a Philippine story,
  ninety-ninth: "Philippine pesos") and MXN ("1,2 Milliarden Pesos" in a Mexican story,
  eightieth: "The Mexican peso"; the bare currency takes its country from the row,
  hundred-fourth), BRL ("1.7 billion reais ($340 million)", "2,000 reais per family" - "per
  family" none -, "at least 19 billion reais" "at_least"; hundred-seventeenth), CNY ("350
  million yuan ($48.8 million)", "4.6 billion yuan"; hundred-eighth), VND ("500 billion dong
  ($19.7 million)"; eightieth), AUD ("A$25 million", "A$1,000"), CAD ("up to C$10 million"
  "up_to", "C$2 million"), NZD ("NZ$5 million"); the converted figure in brackets carries no
  hedge (eightieth) and "umgerechnet rund" and "umgerechnet knapp" take the hedge of "rund"
  and "knapp" (hundred-seventeenth). New: Indonesian rupiah are IDR ("250 Milliarden Rupiah,
  umgerechnet rund 14 Millionen Euro"), Bangladeshi taka are BDT ("150 Millionen Taka,
  umgerechnet rund 1,2 Millionen Euro") and Pakistani rupees are PKR ("1 million Pakistani
  rupees ($3,550)") - the code of the currency the copy names, as zlotys PLN
  (hundred-fifth), Argentine pesos ARS (hundred-eighteenth) and Danish crowns DKK
  (hundred-twenty-fifth), the adjective "Pakistani" setting the rupee apart from the Indian
  one of the eightieth. "one-off payments" carries none (hundred-twenty-fifth: "one-time
  items"); "annually", "a year", "per family" none.
- Percentages, fractions, ordinals and other durations: "about 40% of the country's iron ore
  exports" "about", "About 60% of the island's electricity customers" "about", "about 70%
  above normal" "about" ("above" after the figure compares), "roughly 6% of the island's
  annual economic output" "about", "About 58% of insured losses" "about", "5% to 7%
  annually" two with no hedge, "etwa 0,2 Prozent der türkischen Wirtschaftsleistung"
  "about"; "more than half of the damage" and "mehr als die Hälfte der versicherten Schäden"
  0.5 "over", "roughly two-thirds" 0.6667 "about", "etwa zwei Fünftel der Gesamtsumme" 0.4
  "about" (hundred-fourteenth: "gut zwei Fünftel"). Ordinals: "for a second day" 2, "das
  zweite tödliche Beben ... binnen drei Jahren" 2 and 3 years (hundred-sixteenth: "der
  zweite Oberbürgermeister ... binnen drei Jahren"), "das zweite schwere Hochwasser ...
  binnen zwei Monaten", "the first rescue ... in more than two days" 1 and 2 days "over",
  "in the first 48 hours" 1 and 48 hours (ninety-ninth: "in the first 24 hours"), "its
  fourth major flood", "the fourth deadly wildfire", "der elfte Taifun", "the third
  hurricane", "the 13th storm", "Zum dritten Mal in Folge" (the issue's "zum zweiten Mal").
  Durations (the issue: "fünfstündigen", "dreitägige"): "Nach einer sechsstündigen
  Krisensitzung" 6 hours, "für zwölf Monate" 12 months, "a 60-day state of emergency" 60
  days, "Vier Tage nach", "Zwei Tage zuvor", "seit drei Tagen", "binnen zwei Tagen", "nach
  knapp 19 Stunden" and "nach fast 80 Stunden" and "nearly 80 hours" "nearly", "spent six
  hours", "Binnen 24 Stunden", "Binnen zwölf Stunden", "in 24 hours", "in less than three
  hours" 3 hours "under", "for about nine hours" and "about two hours after" and "about
  three hours later" "about", "for more than five hours" and "in more than three years"
  "over", "over the past five days" and "over the next two to three days" with no hedge
  ("over" before "the", forty-first). None: "in der Nacht zum Donnerstag", "im Laufe des
  Tages", "bis zum Mittag", "bis zum Abend", "innerhalb weniger Stunden", "binnen eines
  Jahres" (an article, hundred-sixteenth), "a week of torrential rain", "for at least a
  week", "so far this year", "this season", "this year", "heuer", "Seit Jahresbeginn", "in
  the coming days", weekdays and months.
- Years and dates: "seit 2014", "seit 2015", "since records began in 1951"
  (hundred-nineteenth: "since records began in 1836"), "since 2020" the years; "bis zum 12.
  September" --09-12; Reuters datelines with a day ("ISTANBUL, Jan 24", "PERTH, Feb 14",
  "TOKYO, April 8", "BEIJING, July 16", "ANKARA, Aug 2", "LISBON, Aug 12", "ISLAMABAD, Aug
  19", "WELLINGTON, Oct 22", "HANOI, Nov 4", "ZURICH, Dec 9") dates without a year; dpa,
  APA, APA/AFP, APA/dpa, APA/Reuters, Keystone-SDA, Reuters German ("Jakarta (Reuters) -"),
  AP ("BINGOL, Turkey (AP) —", "LIMA, Peru (AP) —", "EDMONTON, Alberta (AP) —", "KINGSTON,
  Jamaica (AP) —"), AFP ("PORTO ALEGRE, Brazil (AFP) -") and PA datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "Around",
  "roughly", "some" "about"; "knapp", "fast", "nearly", "Nearly" "nearly"; "mehr als", "Mehr
  als", "gut", "more than", "More than", "above" "over"; "less than" "under"; "bis zu",
  "bis" (above), "up to" "up_to"; "mindestens", "Mindestens", "at least", "At least"
  "at_least". No hedge: "zunächst", "weitere", "Weitere", "initial", "vorläufig", "vorerst",
  "bereits", "zeitweise", "umgerechnet", "well above its", "over" before a span, and "über",
  "below" and "above" after a figure.
- Speakers, checked only in forms the earlier batches settled: "teilte die Afad am Abend
  mit" -> "die Afad" (the time of day dropped as a weekday and "später" are,
  hundred-fourteenth and hundred-twenty-seventh; the abbreviation with its article, as "die
  ElCom", hundred-twenty-sixth, and "die IOM", hundred-fourth), "teilte die INGD mit" ->
  "die INGD", "teilte die Deza mit" -> "die Deza", "wie das Auswärtige Amt mitteilte" (the
  capitalised adjective in the nominative, hundred-fifteenth; ninety-ninth: "wie ...
  mitteilte"), "teilte das Außenministerium in Wien mit" -> "das Außenministerium" (the
  place dropped, hundred-seventeenth), "teilte der Katastrophenschutz mit" and "teilte der
  Zivilschutz mit" (ninety-ninth: "der Zivilschutz"), "teilte die Polizei mit", "teilte das
  Innenministerium mit", "wie die Taliban-Regierung mitteilte" -> "die Taliban-Regierung";
  "nach Angaben des Gesundheitsministeriums" -> "das Gesundheitsministerium", "nach Angaben
  des Katastrophenschutzministeriums" -> "das Katastrophenschutzministerium"
  (hundred-fourth: "nach Angaben des Migrationsministeriums"), "nach Angaben des
  Unternehmens" -> "das Unternehmen" (hundred-twenty-fifth), "nach Angaben der Feuerwehr" ->
  "die Feuerwehr" (ninety-ninth), "nach Angaben der Provinzregierung" -> "die
  Provinzregierung" and "nach Angaben der Behörden" -> "die Behörden" (twice; ninety-fourth,
  hundredth: the issue's own "nach Angaben der Behörden"); "sagte X" with the title dropped
  ("Feuerwehrsprecher", "Einsatzleiter"). English: "the U.S. Geological Survey said"
  (twenty-sixth), "according to AFAD" as written (hundred-seventeenth: "according to
  Statistics Canada"), "the Bureau of Meteorology said" (fifteenth), "police said" ->
  "police" (seventeenth), "the Geophysical Institute of Peru said", "the Japan
  Meteorological Agency said" and "the Fire and Disaster Management Agency said"
  (ninety-ninth), "according to Alberta Wildfire" as written, "according to the Canadian
  Interagency Forest Fire Centre" with its article (forty-first), "according to the civil
  protection agency" (hundred-nineteenth: "according to the civil protection ministry"),
  "the European Forest Fire Information System said" (seventeenth), "the National Disaster
  Management Authority said on Tuesday" (the weekday dropped), "the Foreign Office has
  announced" -> "the Foreign Office" (hundred-twenty-sixth: "Ofgem has announced"), "The
  Disasters Emergency Committee said ..." opening the row with the article lowered
  (hundred-fourteenth), "the U.S. National Hurricane Center said" (ninety-ninth: "the
  National Hurricane Center", "the U.S. Chemical Safety Board"), "the utility said"
  (hundred-twenty-sixth), "The regional council said ..." (hundred-thirty-third: "the
  regional weather service said"; hundred-twenty-first: "the council said"), "according to
  the agriculture ministry" (hundred-fifteenth: "according to the farm ministry"), "Swiss Re
  said on Tuesday" as written (hundred-tenth). Left unchecked (None): "nach Angaben der
  Katastrophenschutzbehörde Afad", "nach Angaben der Katastrophenschutzbehörde INGD", "nach
  Angaben der Forstbehörde Conaf", "nach Angaben der nationalen Katastrophenschutzbehörde
  BNPB", "teilte die Katastrophenschutzbehörde NDRRMC mit", "teilte der staatliche
  Stromversorger CFE mit", "teilte die US-Erdbebenwarte USGS mit", "teilte der
  Rückversicherer Munich Re mit" (a description before the name, fortieth, eightieth and
  ninety-ninth), "wie das nationale Erdbebenzentrum mitteilte" (a lower-case adjective
  heading the source, hundred-twenty-eighth), "registrierte die Afad" (ninety-ninth: "Die
  Afad zählte"), "maß" and "schätzt" and "bezifferte" and "kündigte an" (no verbs of saying,
  ninety-ninth), "sagte die Innenministerin in Viña del Mar", "Ein Sprecher der Behörde
  sagte", "teilte ein Sprecher der Provinzverwaltung mit" (roles without a name); "the
  disaster agency AFAD said" and "state broadcaster CCTV said" (a description before the
  name, fortieth), "The interior minister told reporters", "the forestry minister said",
  "The state governor said", "its mayor said" (roles and a possessive, eighty-third), "The
  Turkish government said" (an adjective heading the source, hundred-first), "The federal
  government said" and "The government said" (hundred-twenty-sixth: a form no batch
  settled), "The USGS put" and "The government put" (ninety-ninth: "put ... at"), "state
  authorities said", "officials said" (four times), "emergency officials said", "Rescuers
  said", "Iron ore miners said", "prosecutors said" (plural groups, forty-first), "Tohoku
  Electric Power, which serves the region, said" (a subject parted from its verb by a
  relative clause, hundred-sixteenth), "The agency warned" (hundred-twenty-sixth: "the
  network operator warned"), "state media reported" (eightieth), "according to provincial
  weather data" (data), "Swiss Re expects" (an estimating verb, hundred-tenth and
  hundred-twenty-fourth), rows without attribution and all negatives, also those with a
  named speaker.
- Negatives (ninety-ninth, hundred-fourth, hundred-fourteenth, hundred-nineteenth,
  hundred-thirty-first): grief and fear of survivors and relatives in quotes („Ich habe
  alles verloren, ...“, „Das Wasser stieg so schnell, ...“, „Wir haben das Wasser vom
  letzten Mal noch nicht aus den Kellern, ...“, «Wir haben Angst, in die Häuser
  zurückzugehen, ...», „Es war die Hölle, ...“, ""It is a miracle, ...,"", "Many survivors
  said they were afraid ...", "Residents fear ..."), vox pops with their figures labelled
  (above); a survivor's „Wir haben schon viele Stürme erlebt, aber so einen noch nie“ is no
  claim of a measurable record (hundred-tenth: „So etwas habe ich in 30 Jahren ... nicht
  erlebt“); prayers („Wir beten, dass sie noch leben“, ""We prayed all night that the roof
  would hold,""; ninety-ninth); condolences ("Die Bundesregierung sprach den Angehörigen der
  Opfer ihr tiefes Mitgefühl aus.", "Leaders from across Europe and the Middle East sent
  their condolences to Ankara.", the Konjunktiv I line above); appeals ("Die Regierung rief
  die Bewohner der Küstengebiete auf, ...", "Authorities urged residents ...", "Charities
  urged the public to keep giving, ..."); warnings and forecasts without a figure ("Das
  Kinderhilfswerk Unicef warnte vor Cholera-Ausbrüchen ...", "Hilfsorganisationen
  befürchten, ...", "Hilfsorganisationen warnen, der nahende Winter werde ...", "Versicherer
  rechnen damit, ...", "Forecasters expected temperatures to drop below freezing ..." -
  "below freezing" no figure -, "Forecasters warned that the remnants ...", "The
  meteorological department warned of more heavy rain ..."; forty-seventh and
  hundred-tenth); a hope ("Officials hope to restore rail links ...", thirtieth);
  accusations without a checkable claim ("Bauingenieure warfen den Behörden vor, ...",
  "Anwohner warfen den Behörden vor, viel zu spät gewarnt zu haben.", "Opposition
  politicians accused the government of being unprepared ...", "Environmental groups blamed
  decades of neglect ..."; eighty-fourth); labels and verdicts („Versagen mit Ansage“, „Der
  Klimawandel zeigt sich immer deutlicher in unseren Schadenstatistiken“, ""The protection
  gap is not closing, it is widening,""; also with a named speaker, hundred-nineteenth); a
  president's promise as rhetoric ("versprach der Präsident, niemand werde im Stich
  gelassen", hundred-thirty-first) and a minister's rhetoric ("would "not look away""); a
  rhetorical question of a mother and one of a shop owner („Wie viele Kinder müssen noch
  sterben, ...?“, ""How many times are we meant to start again?""; hundred-sixteenth); open
  questions ("Ob die Warnungen des Wetterdienstes ...", "Ob die Kaffeeernte ...", "Wie viele
  Menschen noch unter den Trümmern liegen, ist unklar."); the Reuters caveat ("Reuters could
  not independently verify ...", hundred-nineteenth); scene colour (survivors round fires of
  wood scraps, smoke over the hills of Viña del Mar, families on the dykes with goats and
  hens, soldiers ferrying residents in dinghies, ash on Turkish beaches, villagers watching
  from a hilltop, tourists in flooded hotel lobbies, residents paddling in plastic basins,
  an orange sky over Edmonton).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_135 = [
    # --- Erdbeben im Osten der Türkei (dpa) ---
    (
        "de",
        "Ankara (dpa) - Ein Erdbeben der Stärke 6,6 hat in der Nacht zum Donnerstag den Osten der Türkei erschüttert, mindestens 14 Menschen kamen ums Leben.",
        True,
        [("count", 6.6, None, None), ("count", 14, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Zentrum des Bebens lag nach Angaben der Katastrophenschutzbehörde Afad in der Provinz Bingöl in einer Tiefe von rund zwölf Kilometern.",
        True,
        [("count", 12, None, "about")],
        None,
    ),
    (
        "de",
        "Bis zum Mittag registrierte die Afad mehr als 140 Nachbeben, das stärkste davon erreichte die Stärke 5,1.",
        True,
        [("count", 140, None, "over"), ("count", 5.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Toten stieg im Laufe des Tages zunächst auf 29 und dann auf 41, mehr als 600 Menschen wurden verletzt, teilte die Afad am Abend mit.",
        True,
        [("count", 29, None, None), ("count", 41, None, None), ("count", 600, None, "over")],
        "die Afad",
    ),
    (
        "de",
        "In mehreren Bergdörfern stürzten Dutzende Lehmhäuser ein, 23 Menschen werden noch vermisst.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "In der Kreisstadt Karlıova bargen Rettungskräfte eine 71-jährige Frau nach knapp 19 Stunden lebend aus den Trümmern ihres Hauses.",
        True,
        [("duration", 71, "year", None), ("duration", 19, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "„Ich habe alles verloren, ich weiß nicht, wie es weitergehen soll“, sagte ein Bauer aus Karlıova unter Tränen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung stellt für die Soforthilfe zunächst 1,5 Millionen Euro bereit, wie das Auswärtige Amt mitteilte.",
        True,
        [("money", 1500000, "EUR", None)],
        "das Auswärtige Amt",
    ),
    ("de", "Die Bundesregierung sprach den Angehörigen der Opfer ihr tiefes Mitgefühl aus.", False, [], None),
    (
        "de",
        "In der Nacht drängten sich Überlebende, in Decken gehüllt, um Feuer aus Holzresten vor den eingestürzten Häusern.",
        False,
        [],
        None,
    ),
    # --- Turkey quake toll rises (Reuters) ---
    (
        "en",
        "ISTANBUL, Jan 24 (Reuters) - The death toll from a magnitude 6.6 earthquake in eastern Turkey rose to 67 on Friday as rescuers pulled more bodies from collapsed village homes, the disaster agency AFAD said.",
        True,
        [("date", "--01-24", None, None), ("count", 6.6, None, None), ("count", 67, None, None)],
        None,
    ),
    (
        "en",
        "More than 1,100 people were injured, 240 of them seriously, and 19 were still missing in remote mountain villages.",
        True,
        [("count", 1100, None, "over"), ("count", 240, None, None), ("count", 19, None, None)],
        None,
    ),
    ("en", "Around a quarter of the dead were children.", True, [("fraction", 0.25, None, "about")], None),
    (
        "en",
        "The interior minister told reporters in Bingol that 3,412 buildings had been damaged and 418 would have to be demolished.",
        True,
        [("count", 3412, None, None), ("count", 418, None, None)],
        None,
    ),
    (
        "en",
        "The quake hit at 2:47 a.m., 10 km (6 miles) below the surface, the U.S. Geological Survey said.",
        True,
        [("count", 10, None, None), ("count", 6, None, None)],
        "the U.S. Geological Survey",
    ),
    (
        "en",
        "The USGS put its magnitude at 6.4, slightly below the Turkish estimate.",
        True,
        [("count", 6.4, None, None)],
        None,
    ),
    (
        "en",
        "The Turkish government said it would release 5 billion lira ($142 million) in emergency funds for the province.",
        True,
        [("money", 5000000000, "TRY", None), ("money", 142000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The European Union pledged an initial 3 million euros in humanitarian aid and activated its Copernicus satellite mapping service.",
        True,
        [("money", 3000000, "EUR", None)],
        None,
    ),
    (
        "en",
        '"The whole street folded like paper," said Zeynep Karaoğlu, 52, who spent the night in her car with her three grandchildren.',
        False,
        [("duration", 52, "year", None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Reuters could not independently verify reports that several villages remained cut off by landslides.",
        False,
        [],
        None,
    ),
    ("en", "Leaders from across Europe and the Middle East sent their condolences to Ankara.", False, [], None),
    (
        "en",
        "Forecasters expected temperatures to drop below freezing overnight, adding to the misery of families sleeping in tents and cars.",
        False,
        [],
        None,
    ),
    # --- Vier Tage nach dem Beben (dpa) ---
    (
        "de",
        "Bingöl (dpa) - Vier Tage nach dem schweren Erdbeben im Osten der Türkei ist die Zahl der Toten auf 94 gestiegen.",
        True,
        [("duration", 4, "day", None), ("count", 94, None, None)],
        None,
    ),
    (
        "de",
        "Unter den Opfern sind nach Angaben des Gesundheitsministeriums 31 Kinder.",
        True,
        [("count", 31, None, None)],
        "das Gesundheitsministerium",
    ),
    (
        "de",
        "Am Sonntag zogen Helfer einen 16-Jährigen nach fast 80 Stunden lebend aus einem eingestürzten Wohnhaus.",
        True,
        [("duration", 16, "year", None), ("duration", 80, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Die Weltbank schätzt die direkten Schäden auf rund 2,3 Milliarden Dollar, das entspreche etwa 0,2 Prozent der türkischen Wirtschaftsleistung.",
        True,
        [("money", 2300000000, "USD", "about"), ("percent", 0.2, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Regierung in Ankara versprach, binnen eines Jahres 12.000 erdbebensichere Wohnungen zu bauen.",
        True,
        [("count", 12000, None, None)],
        None,
    ),
    (
        "de",
        "Es war das zweite tödliche Beben in der Region binnen drei Jahren.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "de",
        "Bauingenieure warfen den Behörden vor, bei der Kontrolle von Neubauten seit Jahren wegzuschauen.",
        False,
        [],
        None,
    ),
    # --- Teenager rescued after 80 hours (AP) ---
    (
        "en",
        "BINGOL, Turkey (AP) — A 16-year-old boy was pulled alive from the rubble of a five-storey apartment block on Sunday, nearly 80 hours after the earthquake that struck eastern Turkey.",
        True,
        [("duration", 16, "year", None), ("count", 5, None, None), ("duration", 80, "hour", "nearly")],
        None,
    ),
    (
        "en",
        "Rescuers said they had picked up his voice with acoustic sensors and spent six hours tunnelling toward him.",
        True,
        [("duration", 6, "hour", None)],
        None,
    ),
    (
        "en",
        "The government put the death toll at 94 on Sunday evening, with 27 people still missing.",
        True,
        [("count", 94, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "It was the first rescue from the rubble in more than two days.",
        True,
        [("ordinal", 1, None, None), ("duration", 2, "day", "over")],
        None,
    ),
    (
        "en",
        "About 48,000 people are living in tents or temporary shelters, according to AFAD.",
        True,
        [("count", 48000, None, "about")],
        "AFAD",
    ),
    ("en", '"It is a miracle, there is no other word for it," said his uncle, Mehmet Yıldırım.', False, [], None),
    (
        "en",
        "Many survivors said they were afraid to return to cracked homes as aftershocks kept rattling the region.",
        False,
        [],
        None,
    ),
    # --- Zyklon in Mosambik (APA/AFP) ---
    (
        "de",
        "Maputo (APA/AFP) - Der Zyklon „Imani“ ist mit Windgeschwindigkeiten von bis zu 195 Kilometern pro Stunde im Zentrum Mosambiks auf Land getroffen.",
        True,
        [("count", 195, None, "up_to")],
        None,
    ),
    (
        "de",
        "Nach Angaben der Katastrophenschutzbehörde INGD kamen mindestens neun Menschen ums Leben, mehr als 70 wurden verletzt.",
        True,
        [("count", 9, None, "at_least"), ("count", 70, None, "over")],
        None,
    ),
    (
        "de",
        "Binnen 24 Stunden fielen in der Hafenstadt Beira mehr als 300 Liter Regen pro Quadratmeter.",
        True,
        [("duration", 24, "hour", None), ("count", 300, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 48.000 Menschen mussten ihre Häuser verlassen, etwa ein Fünftel von ihnen ist in Schulen und Kirchen untergebracht.",
        True,
        [("count", 48000, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "de",
        "Zwei Tage zuvor hatte der Sturm als Kategorie-4-Zyklon den Süden Madagaskars gestreift.",
        True,
        [("duration", 2, "day", None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Toten ist bis Mittwoch auf 27 gestiegen, teilte die INGD mit.",
        True,
        [("count", 27, None, None)],
        "die INGD",
    ),
    (
        "de",
        "Rund ein Drittel der Stromleitungen in der Provinz Sofala ist beschädigt, in Beira fließt seit drei Tagen kein Trinkwasser.",
        True,
        [("fraction", 0.3333, None, "about"), ("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Österreich stellt aus dem Auslandskatastrophenfonds eine Million Euro für die Nothilfe bereit, teilte das Außenministerium in Wien mit.",
        True,
        [("money", 1000000, "EUR", None)],
        "das Außenministerium",
    ),
    ("de", "Das Kinderhilfswerk Unicef warnte vor Cholera-Ausbrüchen in den überfluteten Vierteln.", False, [], None),
    (
        "de",
        "„Das Wasser stieg so schnell, dass wir nur noch die Kinder aufs Dach heben konnten“, erzählte eine Mutter in Beira.",
        False,
        [],
        None,
    ),
    # --- Cyclone hits Pilbara coast (Reuters) ---
    (
        "en",
        "PERTH, Feb 14 (Reuters) - Tropical Cyclone Harlow crossed the Pilbara coast of Western Australia as a Category 5 system on Friday, with wind gusts of up to 290 km/h (180 mph), the Bureau of Meteorology said.",
        True,
        [
            ("date", "--02-14", None, None),
            ("count", 5, None, None),
            ("count", 290, None, "up_to"),
            ("count", 180, None, None),
        ],
        "the Bureau of Meteorology",
    ),
    (
        "en",
        "Port Hedland, which ships about 40% of the country's iron ore exports, kept its harbour closed for a second day.",
        True,
        [("percent", 40, "%", "about"), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "About 2,300 residents of Port Hedland and nearby communities spent the night in evacuation centres, police said.",
        True,
        [("count", 2300, None, "about")],
        "police",
    ),
    ("en", "No deaths or serious injuries have been reported.", True, [], None),
    (
        "en",
        "Iron ore miners said shipments would resume within 48 hours of the port reopening.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "en",
        "The state government announced A$25 million in disaster relief, including one-off payments of A$1,000 for each displaced adult.",
        True,
        [("money", 25000000, "AUD", None), ("money", 1000, "AUD", None)],
        None,
    ),
    (
        "en",
        '"For six hours it was like a jet engine parked on our roof," said Kylie Barrowman, 44, a mine worker.',
        False,
        [("duration", 6, "hour", None), ("duration", 44, "year", None)],
        None,
    ),
    (
        "en",
        "Forecasters warned that the remnants of the storm would bring heavy rain inland over the weekend.",
        False,
        [],
        None,
    ),
    # --- Waldbrände in Chile (dpa) ---
    (
        "de",
        "Santiago de Chile (dpa) - Bei schweren Waldbränden in der Region Valparaíso sind mindestens 19 Menschen ums Leben gekommen.",
        True,
        [("count", 19, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Flammen haben nach Angaben der Forstbehörde Conaf bereits mehr als 26.000 Hektar Wald und Buschland zerstört.",
        True,
        [("count", 26000, None, "over")],
        None,
    ),
    (
        "de",
        "Rund 1.400 Häuser brannten in den Hügeln oberhalb von Viña del Mar nieder, teilte der Katastrophenschutz mit.",
        True,
        [("count", 1400, None, "about")],
        "der Katastrophenschutz",
    ),
    (
        "de",
        "Die Regierung verhängte für die Region den Katastrophenzustand und eine nächtliche Ausgangssperre.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mehr als 3.000 Feuerwehrleute und Soldaten sowie 42 Löschflugzeuge und Hubschrauber sind im Einsatz.",
        True,
        [("count", 3000, None, "over"), ("count", 42, None, None)],
        None,
    ),
    (
        "de",
        "Starke Winde und Temperaturen von mehr als 38 Grad hatten die Brände angefacht.",
        True,
        [("count", 38, None, "over")],
        None,
    ),
    (
        "de",
        "Am Sonntag stieg die Zahl der Toten auf 37, mehr als 200 Menschen gelten als vermisst, sagte die Innenministerin in Viña del Mar.",
        True,
        [("count", 37, None, None), ("count", 200, None, "over")],
        None,
    ),
    ("de", "Es sind die verheerendsten Brände in der Region seit 2014.", True, [("year", 2014, None, None)], None),
    ("de", "Anwohner warfen den Behörden vor, viel zu spät gewarnt zu haben.", False, [], None),
    (
        "de",
        "Über den Hügeln lag am Abend beißender Rauch, auf den Straßen standen ausgebrannte Autos.",
        False,
        [],
        None,
    ),
    # --- Floods in southern Brazil (AFP) ---
    (
        "en",
        "PORTO ALEGRE, Brazil (AFP) - Floods triggered by a week of torrential rain in southern Brazil have killed at least 31 people and left 74 missing, state authorities said Tuesday.",
        True,
        [("count", 31, None, "at_least"), ("count", 74, None, None)],
        None,
    ),
    (
        "en",
        "More than 420 millimetres of rain fell on parts of Rio Grande do Sul in five days, nearly three times the March average.",
        True,
        [("count", 420, None, "over"), ("duration", 5, "day", None), ("count", 3, None, "nearly")],
        None,
    ),
    (
        "en",
        "The Guaiba river peaked at 4.2 metres, well above its 3-metre flood mark, swamping the centre of the state capital.",
        True,
        [("count", 4.2, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "About 86,000 people have been forced from their homes, and some 410,000 are without drinking water.",
        True,
        [("count", 86000, None, "about"), ("count", 410000, None, "about")],
        None,
    ),
    (
        "en",
        "The federal government pledged 1.7 billion reais ($340 million) for reconstruction, including emergency payments of 2,000 reais per family.",
        True,
        [("money", 1700000000, "BRL", None), ("money", 340000000, "USD", None), ("money", 2000, "BRL", None)],
        None,
    ),
    (
        "en",
        "The state governor said rebuilding roads, bridges and schools would cost at least 19 billion reais.",
        True,
        [("money", 19000000000, "BRL", "at_least")],
        None,
    ),
    (
        "en",
        "The death toll rose to 48 on Thursday, with 59 people still unaccounted for, officials said.",
        True,
        [("count", 48, None, None), ("count", 59, None, None)],
        None,
    ),
    (
        "en",
        '"We lost everything - the house, the car, the animals," said Jurema Bastos, 63, at a shelter set up in a school gym.',
        False,
        [("duration", 63, "year", None)],
        None,
    ),
    (
        "en",
        "Residents fear that more rain forecast for the weekend could push the river higher still.",
        False,
        [],
        None,
    ),
    # --- Überschwemmungen auf Sulawesi (Reuters) ---
    (
        "de",
        "Jakarta (Reuters) - Nach tagelangen Regenfällen sind auf der indonesischen Insel Sulawesi bei Überschwemmungen und Erdrutschen mindestens 23 Menschen ums Leben gekommen.",
        True,
        [("count", 23, None, "at_least")],
        None,
    ),
    (
        "de",
        "Weitere 15 Menschen werden nach Angaben der nationalen Katastrophenschutzbehörde BNPB noch vermisst.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "de",
        "In den Bezirken Luwu und Sidrap standen mehr als 9.200 Häuser unter Wasser, stellenweise bis zu zwei Meter hoch.",
        True,
        [("count", 9200, None, "over"), ("count", 2, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Regierung gab 250 Milliarden Rupiah, umgerechnet rund 14 Millionen Euro, für Nothilfe und Wiederaufbau frei.",
        True,
        [("money", 250000000000, "IDR", None), ("money", 14000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Rettungskräfte suchten mit Baggern und Spürhunden in einem verschütteten Dorf nach Überlebenden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ein Sprecher der Behörde sagte, Erdrutsche seien in der Region häufig, weil an vielen Hängen der Wald gerodet worden sei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Am Freitag bargen die Helfer sieben weitere Leichen, die Zahl der Toten stieg damit auf 30.",
        True,
        [("count", 7, None, None), ("count", 30, None, None)],
        None,
    ),
    (
        "de",
        "„Wir beten, dass sie noch leben“, sagte eine Frau, deren Eltern unter den Vermissten sind.",
        False,
        [],
        None,
    ),
    # --- Quake in southern Peru (AP) ---
    (
        "en",
        "LIMA, Peru (AP) — A magnitude 6.9 earthquake shook southern Peru early Wednesday, killing at least five people and damaging colonial churches in the Arequipa region, officials said.",
        True,
        [("count", 6.9, None, None), ("count", 5, None, "at_least")],
        None,
    ),
    (
        "en",
        "The quake was centred 38 kilometers (24 miles) southwest of the town of Chuquibamba at a depth of 42 kilometers, the Geophysical Institute of Peru said.",
        True,
        [("count", 38, None, None), ("count", 24, None, None), ("count", 42, None, None)],
        "the Geophysical Institute of Peru",
    ),
    (
        "en",
        "At least 230 homes collapsed, and rockfalls blocked a stretch of the Pan-American Highway for about nine hours.",
        True,
        [("count", 230, None, "at_least"), ("duration", 9, "hour", "about")],
        None,
    ),
    (
        "en",
        "Aftershocks continued through the day, the largest a magnitude 5.2 about two hours after the main quake.",
        True,
        [("count", 5.2, None, None), ("duration", 2, "hour", "about")],
        None,
    ),
    (
        "en",
        "The government declared a 60-day state of emergency in 14 districts.",
        True,
        [("duration", 60, "day", None), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Peru lies on the Pacific Ring of Fire and records about 200 perceptible quakes a year.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    (
        "en",
        '"The ground roared and then the walls just came down," said Rosa Quispe, 71, whose adobe home in Chuquibamba collapsed.',
        False,
        [("duration", 71, "year", None)],
        None,
    ),
    # --- Quake off Miyagi (Reuters) ---
    (
        "en",
        "TOKYO, April 8 (Reuters) - A magnitude 7.1 earthquake struck off the coast of Miyagi prefecture on Tuesday evening, shaking buildings in Tokyo and prompting a tsunami advisory, the Japan Meteorological Agency said.",
        True,
        [("date", "--04-08", None, None), ("count", 7.1, None, None)],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "The quake measured lower 6 on Japan's seismic intensity scale, which tops out at 7, in the town of Onagawa.",
        True,
        [("count", 6, None, None), ("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "Tsunami waves of 20 centimetres were observed at two ports before the advisory was lifted about three hours later.",
        True,
        [("count", 20, None, None), ("count", 2, None, None), ("duration", 3, "hour", "about")],
        None,
    ),
    (
        "en",
        "At least 17 people were injured, most of them by falling furniture, the Fire and Disaster Management Agency said.",
        True,
        [("count", 17, None, "at_least")],
        "the Fire and Disaster Management Agency",
    ),
    (
        "en",
        "Tohoku Electric Power, which serves the region, said about 38,000 households briefly lost power.",
        True,
        [("count", 38000, None, "about")],
        None,
    ),
    (
        "en",
        "East Japan Railway halted bullet train services in the region for more than five hours.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "en",
        "It was the strongest quake to hit the region in more than three years.",
        True,
        [("duration", 3, "year", "over")],
        None,
    ),
    (
        "en",
        "The agency warned that aftershocks of similar strength were possible over the next two to three days.",
        True,
        [("duration", 2, "day", None), ("duration", 3, "day", None)],
        None,
    ),
    (
        "en",
        "Authorities urged residents along the coast to stay away from the shore and keep emergency supplies at hand.",
        False,
        [],
        None,
    ),
    # --- Erdbeben in Nepal (Keystone-SDA) ---
    (
        "de",
        "Kathmandu (Keystone-SDA) - Bei einem Erdbeben der Stärke 6,2 im Westen Nepals sind mindestens 58 Menschen ums Leben gekommen.",
        True,
        [("count", 6.2, None, None), ("count", 58, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das Epizentrum lag im Distrikt Humla in einer Tiefe von rund 18 Kilometern, wie das nationale Erdbebenzentrum mitteilte.",
        True,
        [("count", 18, None, "about")],
        None,
    ),
    ("de", "Viele der Opfer wurden im Schlaf unter einstürzenden Lehmhäusern begraben.", True, [], None),
    (
        "de",
        "Die Schweiz stellt für die Soforthilfe 1,5 Millionen Franken bereit, teilte die Deza mit.",
        True,
        [("money", 1500000, "CHF", None)],
        "die Deza",
    ),
    (
        "de",
        "Ein siebenköpfiges Expertenteam des Schweizerischen Korps für humanitäre Hilfe reist am Sonntag nach Nepal.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Das Team werde vor allem bei der Trinkwasserversorgung und der Sicherung von Strassen helfen, sagte Einsatzleiter Markus Brügger.",
        True,
        [],
        "Markus Brügger",
    ),
    (
        "de",
        "Indien sagte Hilfsgüter im Wert von 50 Millionen Rupien zu, China kündigte Zelte und Decken für 10'000 Familien an.",
        True,
        [("money", 50000000, "INR", None), ("count", 10000, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Todesopfer stieg bis Samstagabend auf 96, teilte die Polizei mit.",
        True,
        [("count", 96, None, None)],
        "die Polizei",
    ),
    ("de", "Mehr als 1900 Häuser wurden ganz oder teilweise zerstört.", True, [("count", 1900, None, "over")], None),
    (
        "de",
        "«Wir haben Angst, in die Häuser zurückzugehen, die Erde bebt immer wieder», sagte ein Dorfbewohner dem nepalesischen Fernsehen.",
        False,
        [],
        None,
    ),
    # --- Hochwasser in der Emilia-Romagna (APA) ---
    (
        "de",
        "Rom (APA) - Nach sintflutartigen Regenfällen sind in der norditalienischen Region Emilia-Romagna mindestens acht Menschen ums Leben gekommen.",
        True,
        [("count", 8, None, "at_least")],
        None,
    ),
    (
        "de",
        "Binnen 36 Stunden fiel in manchen Orten so viel Regen wie sonst in einem halben Jahr.",
        True,
        [("duration", 36, "hour", None), ("duration", 0.5, "year", None)],
        None,
    ),
    (
        "de",
        "Mehr als 20 Flüsse traten über die Ufer, 36 Gemeinden standen ganz oder teilweise unter Wasser, teilte der Zivilschutz mit.",
        True,
        [("count", 20, None, "over"), ("count", 36, None, None)],
        "der Zivilschutz",
    ),
    (
        "de",
        "Die Regionalregierung schätzt die Schäden auf mindestens 1,8 Milliarden Euro.",
        True,
        [("money", 1800000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "Nach einer sechsstündigen Krisensitzung rief die Regierung in Rom für zwölf Monate den Notstand aus und stellte 20 Millionen Euro Soforthilfe bereit.",
        True,
        [("duration", 6, "hour", None), ("duration", 12, "month", None), ("money", 20000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für viele Orte ist es bereits das zweite Jahrhunderthochwasser binnen zwei Jahren.",
        True,
        [("ordinal", 2, None, None), ("duration", 2, "year", None)],
        None,
    ),
    ("de", "Die EU-Kommission stellte Hilfe aus dem Solidaritätsfonds in Aussicht.", True, [], None),
    (
        "de",
        "„Wir haben das Wasser vom letzten Mal noch nicht aus den Kellern, und jetzt das“, klagte ein Bauer aus Faenza.",
        False,
        [],
        None,
    ),
    ("de", "Die Gedanken der Regierung seien bei den Familien der Opfer, sagte ein Sprecher in Rom.", False, [], None),
    # --- Wildfire forces Peace River evacuation (AP) ---
    (
        "en",
        "EDMONTON, Alberta (AP) — A fast-moving wildfire forced about 6,000 residents of the northern Alberta town of Peace River to flee on Wednesday, officials said.",
        True,
        [("count", 6000, None, "about")],
        None,
    ),
    (
        "en",
        "The fire had scorched roughly 31,500 hectares by evening and was advancing at up to 30 metres a minute, according to Alberta Wildfire.",
        True,
        [("count", 31500, None, "about"), ("count", 30, None, "up_to")],
        "Alberta Wildfire",
    ),
    (
        "en",
        "More than 120 wildfires were burning across the province, 38 of them classified as out of control.",
        True,
        [("count", 120, None, "over"), ("count", 38, None, None)],
        None,
    ),
    (
        "en",
        "Nearly half of the town's homes lie inside the evacuation zone, its mayor said.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "Canada's fire season has already burned about 1.3 million hectares, nearly four times the 10-year average for the date, according to the Canadian Interagency Forest Fire Centre.",
        True,
        [("count", 1300000, None, "about"), ("count", 4, None, "nearly"), ("duration", 10, "year", None)],
        "the Canadian Interagency Forest Fire Centre",
    ),
    (
        "en",
        "The federal government said it would send 300 soldiers and match Red Cross donations up to C$10 million.",
        True,
        [("count", 300, None, None), ("money", 10000000, "CAD", "up_to")],
        None,
    ),
    (
        "en",
        "By Friday the fire was 15% contained, and evacuees were told they would not be allowed home for at least a week.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    ("en", "Smoke from the fires turned the afternoon sky over Edmonton a dull orange.", False, [], None),
    (
        "en",
        '"We grabbed the dog and the photo albums and just drove," said Darren Kowalchuk, 58, at an evacuation centre in Grande Prairie.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    # --- Sturzfluten im Ostkap (APA/dpa) ---
    (
        "de",
        "Johannesburg (APA/dpa) - Bei Sturzfluten in der südafrikanischen Provinz Ostkap sind mindestens 49 Menschen ums Leben gekommen.",
        True,
        [("count", 49, None, "at_least")],
        None,
    ),
    (
        "de",
        "Der Fluss Mthatha stieg innerhalb weniger Stunden um mehr als sechs Meter.",
        True,
        [("count", 6, None, "over")],
        None,
    ),
    (
        "de",
        "Unter den Toten sind nach Angaben der Provinzregierung mehrere Schulkinder, deren Bus von den Fluten mitgerissen wurde.",
        True,
        [],
        "die Provinzregierung",
    ),
    (
        "de",
        "Rund 3.500 Häuser wurden beschädigt oder zerstört, 58 Schulen bleiben vorerst geschlossen.",
        True,
        [("count", 3500, None, "about"), ("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Die Regierung erklärte den nationalen Katastrophenfall und stellte zunächst 500 Millionen Rand bereit.",
        True,
        [("money", 500000000, "ZAR", None)],
        None,
    ),
    ("de", "Bei einem Besuch in Mthatha versprach der Präsident, niemand werde im Stich gelassen.", False, [], None),
    (
        "de",
        "„Wie viele Kinder müssen noch sterben, bis die Brücken repariert werden?“, fragte eine Mutter in Mthatha.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Warnungen des Wetterdienstes die Gemeinden rechtzeitig erreichten, ist weiter unklar.",
        False,
        [],
        None,
    ),
    # --- Monsun-Hochwasser in Bangladesch (APA/dpa) ---
    (
        "de",
        "Dhaka (APA/dpa) - Nach heftigen Monsunregenfällen steht der Nordosten Bangladeschs großflächig unter Wasser, rund 1,8 Millionen Menschen sind von den Fluten eingeschlossen.",
        True,
        [("count", 1800000, None, "about")],
        None,
    ),
    (
        "de",
        "Mindestens 26 Menschen kamen nach Angaben der Behörden ums Leben, die meisten von ihnen ertranken.",
        True,
        [("count", 26, None, "at_least")],
        "die Behörden",
    ),
    (
        "de",
        "In Sylhet lag der Pegel des Flusses Surma 1,12 Meter über der Warnmarke.",
        True,
        [("count", 1.12, None, None)],
        None,
    ),
    ("de", "Ein Damm bei Sunamganj brach innerhalb einer Woche zweimal.", True, [("count", 2, None, None)], None),
    (
        "de",
        "Die Regierung stellte zunächst 150 Millionen Taka, umgerechnet rund 1,2 Millionen Euro, für Reis, Trinkwasser und Notunterkünfte bereit.",
        True,
        [("money", 150000000, "BDT", None), ("money", 1200000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Mehr als 640 Notunterkünfte wurden geöffnet, dort drängen sich nach Angaben des Katastrophenschutzministeriums rund 310.000 Menschen.",
        True,
        [("count", 640, None, "over"), ("count", 310000, None, "about")],
        "das Katastrophenschutzministerium",
    ),
    (
        "de",
        "Es ist bereits das zweite schwere Hochwasser in der Region binnen zwei Monaten.",
        True,
        [("ordinal", 2, None, None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "de",
        "Hilfsorganisationen befürchten, dass sich in den überfüllten Lagern Durchfallerkrankungen ausbreiten.",
        False,
        [],
        None,
    ),
    ("de", "Auf den Dämmen harrten Familien mit Ziegen und Hühnern unter Plastikplanen aus.", False, [], None),
    # --- Floods in Guangdong (Reuters) ---
    (
        "en",
        "BEIJING, July 16 (Reuters) - Floods in the southern Chinese province of Guangdong have killed 22 people and left 15 missing, state broadcaster CCTV said on Wednesday.",
        True,
        [("date", "--07-16", None, None), ("count", 22, None, None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "Some areas received 610 mm of rain in 24 hours, the heaviest downpour since records began in 1951, according to provincial weather data.",
        True,
        [("count", 610, None, None), ("duration", 24, "hour", None), ("year", 1951, None, None)],
        None,
    ),
    (
        "en",
        "More than 170,000 people were moved to higher ground, and rail services between Guangzhou and Shaoguan were suspended.",
        True,
        [("count", 170000, None, "over")],
        None,
    ),
    (
        "en",
        "Beijing allocated 350 million yuan ($48.8 million) for disaster relief in Guangdong and neighbouring Guangxi.",
        True,
        [("money", 350000000, "CNY", None), ("money", 48800000, "USD", None)],
        None,
    ),
    (
        "en",
        "Rainfall across the region has been about 70% above normal since June.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "en",
        "Direct economic losses were put at 4.6 billion yuan, and it was the province's fourth major flood this year.",
        True,
        [("money", 4600000000, "CNY", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "State media showed soldiers ferrying elderly residents through waist-deep water in rubber dinghies.",
        False,
        [],
        None,
    ),
    ("en", "Officials hope to restore rail links to the worst-hit cities by the weekend.", False, [], None),
    # --- Wildfires on Turkey's coast (Reuters) ---
    (
        "en",
        "ANKARA, Aug 2 (Reuters) - Wildfires fanned by strong winds have burned about 18,000 hectares of forest along Turkey's Mediterranean coast over the past five days, the forestry minister said on Saturday.",
        True,
        [("date", "--08-02", None, None), ("count", 18000, None, "about"), ("duration", 5, "day", None)],
        None,
    ),
    (
        "en",
        "Three people have died, among them a forest worker, and about 4,200 residents and tourists were evacuated from villages and hotels near Manavgat.",
        True,
        [("count", 3, None, None), ("count", 4200, None, "about")],
        None,
    ),
    (
        "en",
        "Twenty-four firefighting aircraft and more than 3,000 personnel were deployed.",
        True,
        [("count", 24, None, None), ("count", 3000, None, "over")],
        None,
    ),
    (
        "en",
        "Prosecutors detained two people suspected of causing one of the blazes with a barbecue.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Opposition politicians accused the government of being unprepared for yet another summer of fires.",
        False,
        [],
        None,
    ),
    ("en", "Ash drifted down on beaches where tourists stood filming the orange glow over the hills.", False, [], None),
    # --- Wildfire in central Portugal (Reuters) ---
    (
        "en",
        "LISBON, Aug 12 (Reuters) - More than 1,800 firefighters backed by 14 water-bombing aircraft were battling a wildfire in central Portugal on Tuesday that has burned about 12,400 hectares, according to the civil protection agency.",
        True,
        [
            ("date", "--08-12", None, None),
            ("count", 1800, None, "over"),
            ("count", 14, None, None),
            ("count", 12400, None, "about"),
        ],
        "the civil protection agency",
    ),
    (
        "en",
        "Two firefighters were killed and 11 people injured, three of them seriously, when the flames jumped a motorway near Castelo Branco.",
        True,
        [("count", 2, None, None), ("count", 11, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Portugal requested help under the EU Civil Protection Mechanism, and Spain and Italy sent four Canadair planes.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    ("en", "It was the fourth deadly wildfire in Portugal this summer.", True, [("ordinal", 4, None, None)], None),
    (
        "en",
        "So far this year, fires have burned more than 96,000 hectares in Portugal, about three times the average of the past decade, the European Forest Fire Information System said.",
        True,
        [("count", 96000, None, "over"), ("count", 3, None, "about")],
        "the European Forest Fire Information System",
    ),
    (
        "en",
        "Temperatures were forecast to stay above 40 degrees Celsius until the weekend, with gusts of up to 60 km/h.",
        True,
        [("count", 40, None, "over"), ("count", 60, None, "up_to")],
        None,
    ),
    (
        "en",
        "A 47-year-old man was detained on suspicion of setting one of the fires deliberately, prosecutors said.",
        True,
        [("duration", 47, "year", None)],
        None,
    ),
    ("en", "Villagers in Serta watched from a hilltop as the flames crept toward their olive groves.", False, [], None),
    ("en", "Environmental groups blamed decades of neglect of rural land for the scale of the fires.", False, [], None),
    # --- Waldbrand bei Athen (APA) ---
    (
        "de",
        "Athen (APA) - Ein Waldbrand nordöstlich von Athen hat binnen zwei Tagen rund 9.800 Hektar Wald, Olivenhaine und Buschland vernichtet.",
        True,
        [("duration", 2, "day", None), ("count", 9800, None, "about")],
        None,
    ),
    (
        "de",
        "Mehr als 30 Ortschaften wurden evakuiert, ein 62-jähriger Mann kam in den Flammen ums Leben.",
        True,
        [("count", 30, None, "over"), ("duration", 62, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Feuerwehr waren rund 700 Einsatzkräfte, 190 Fahrzeuge und 35 Löschflugzeuge im Einsatz.",
        True,
        [("count", 700, None, "about"), ("count", 190, None, None), ("count", 35, None, None)],
        "die Feuerwehr",
    ),
    (
        "de",
        "Österreich entsandte über den EU-Katastrophenschutzmechanismus ein Bodenlöschmodul mit 62 Feuerwehrleuten aus Niederösterreich, teilte das Innenministerium mit.",
        True,
        [("count", 62, None, None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Die Löschflugzeuge hätten seit Dienstag mehr als 900 Abwürfe geflogen, sagte Feuerwehrsprecher Giorgos Karanikas.",
        True,
        [("count", 900, None, "over")],
        "Giorgos Karanikas",
    ),
    (
        "de",
        "Die Windböen erreichten zeitweise 70 Kilometer pro Stunde, die Temperaturen lagen bei 41 Grad.",
        True,
        [("count", 70, None, None), ("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "Heuer verbrannten in Griechenland damit bereits mehr als 38.000 Hektar, fast doppelt so viel wie im Schnitt der vergangenen 15 Jahre.",
        True,
        [("count", 38000, None, "over"), ("count", 2, None, "nearly"), ("duration", 15, "year", None)],
        None,
    ),
    (
        "de",
        "„Es war die Hölle, der Himmel war schwarz, und das Feuer war überall“, schilderte eine Bewohnerin aus Varnavas.",
        False,
        [],
        None,
    ),
    ("de", "Umweltschützer sprachen von einem „Versagen mit Ansage“.", False, [], None),
    # --- Monsoon floods in Pakistan (Reuters) ---
    (
        "en",
        "ISLAMABAD, Aug 19 (Reuters) - Monsoon floods and landslides have killed 187 people across Pakistan since late June, including 64 children, the National Disaster Management Authority said on Tuesday.",
        True,
        [("date", "--08-19", None, None), ("count", 187, None, None), ("count", 64, None, None)],
        "the National Disaster Management Authority",
    ),
    (
        "en",
        "In the northwestern valley of Swat, a cloudburst dumped about 150 mm of rain in less than three hours on Friday, sweeping away dozens of homes.",
        True,
        [("count", 150, None, "about"), ("duration", 3, "hour", "under")],
        None,
    ),
    (
        "en",
        "The provincial government announced compensation of 1 million Pakistani rupees ($3,550) for each family that lost a member.",
        True,
        [("money", 1000000, "PKR", None), ("money", 3550, "USD", None)],
        None,
    ),
    (
        "en",
        "About 2,800 houses have been damaged and more than 1,100 head of livestock lost.",
        True,
        [("count", 2800, None, "about"), ("count", 1100, None, "over")],
        None,
    ),
    (
        "en",
        '"I have nothing left to give my children," said Gul Rehmat, 39, whose house near Mingora was washed away.',
        False,
        [("duration", 39, "year", None)],
        None,
    ),
    ("en", "The meteorological department warned of more heavy rain in the coming days.", False, [], None),
    # --- UK aid for Pakistan (PA) ---
    (
        "en",
        "LONDON (PA) - The UK will provide up to £5 million in humanitarian aid to flood-hit Pakistan, the Foreign Office has announced.",
        True,
        [("money", 5000000, "GBP", "up_to")],
        "the Foreign Office",
    ),
    (
        "en",
        "The money will pay for clean water, shelter and medical care for about 250,000 people.",
        True,
        [("count", 250000, None, "about")],
        None,
    ),
    (
        "en",
        "The Disasters Emergency Committee said its member charities had raised £2.4 million in the first 48 hours of their appeal.",
        True,
        [("money", 2400000, "GBP", None), ("ordinal", 1, None, None), ("duration", 48, "hour", None)],
        "the Disasters Emergency Committee",
    ),
    ("en", 'The development minister said Britain would "not look away" while Pakistan rebuilt.', False, [], None),
    (
        "en",
        "Charities urged the public to keep giving, warning that needs would grow once the waters receded.",
        False,
        [],
        None,
    ),
    # --- Taifun auf den Philippinen (APA/AFP) ---
    (
        "de",
        "Manila (APA/AFP) - Der Taifun „Dalisay“ ist mit Windgeschwindigkeiten von 185 Kilometern pro Stunde, in Böen bis 240, über den Norden der Philippinen hinweggezogen.",
        True,
        [("count", 185, None, None), ("count", 240, None, "up_to")],
        None,
    ),
    (
        "de",
        "Mindestens 21 Menschen kamen ums Leben, als Erdrutsche mehrere Dörfer in der Provinz Benguet verschütteten.",
        True,
        [("count", 21, None, "at_least")],
        None,
    ),
    (
        "de",
        "Mehr als 410.000 Menschen hatten sich vor dem Sturm in Notunterkünften in Sicherheit gebracht, teilte die Katastrophenschutzbehörde NDRRMC mit.",
        True,
        [("count", 410000, None, "over")],
        None,
    ),
    (
        "de",
        "Es ist bereits der elfte Taifun, der das Land in diesem Jahr trifft.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Regierung bezifferte die Schäden an Reisfeldern, Brücken und Straßen vorläufig auf 4,3 Milliarden Pesos, umgerechnet knapp 68 Millionen Euro.",
        True,
        [("money", 4300000000, "PHP", None), ("money", 68000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "In der Hauptstadtregion bleiben Schulen und Behörden bis zum 12. September geschlossen.",
        True,
        [("date", "--09-12", None, None)],
        None,
    ),
    (
        "de",
        "„Wir haben schon viele Stürme erlebt, aber so einen noch nie“, sagte ein Reisbauer aus Benguet.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung rief die Bewohner der Küstengebiete auf, den Anweisungen der Behörden zu folgen.",
        False,
        [],
        None,
    ),
    # --- Hurricane Selene hits Jamaica (AP) ---
    (
        "en",
        "KINGSTON, Jamaica (AP) — Hurricane Selene slammed into southern Jamaica on Monday as a Category 3 storm, toppling power lines and flooding coastal towns.",
        True,
        [("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The storm had maximum sustained winds of 195 km/h (120 mph) at landfall, the U.S. National Hurricane Center said.",
        True,
        [("count", 195, None, None), ("count", 120, None, None)],
        "the U.S. National Hurricane Center",
    ),
    (
        "en",
        "About 60% of the island's electricity customers were without power on Tuesday, the utility said.",
        True,
        [("percent", 60, "%", "about")],
        "the utility",
    ),
    (
        "en",
        "At least four people were killed, including a 9-year-old boy swept away by a swollen river, officials said.",
        True,
        [("count", 4, None, "at_least"), ("duration", 9, "year", None)],
        None,
    ),
    (
        "en",
        "Brussels freed 1.5 million euros in emergency aid for Jamaica, and Canada pledged C$2 million.",
        True,
        [("money", 1500000, "EUR", None), ("money", 2000000, "CAD", None)],
        None,
    ),
    (
        "en",
        "The government estimated the damage at about $1.1 billion, roughly 6% of the island's annual economic output.",
        True,
        [("money", 1100000000, "USD", "about"), ("percent", 6, "%", "about")],
        None,
    ),
    (
        "en",
        "Selene was the third hurricane to make landfall in the Caribbean this season.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"We prayed all night that the roof would hold," said Marcia Campbell, 67, in the fishing village of Old Harbour Bay.',
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    # --- Hurrikan in Mexiko (dpa) ---
    (
        "de",
        "Mexiko-Stadt (dpa) - Der Hurrikan „Octavio“ ist als Sturm der Kategorie 4 nahe dem Badeort Puerto Escondido an der mexikanischen Pazifikküste auf Land getroffen.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das US-Hurrikanzentrum maß dabei anhaltende Windgeschwindigkeiten von 215 Kilometern pro Stunde.",
        True,
        [("count", 215, None, None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Behörden kamen im Bundesstaat Oaxaca mindestens sieben Menschen ums Leben.",
        True,
        [("count", 7, None, "at_least")],
        "die Behörden",
    ),
    (
        "de",
        "Rund 240.000 Haushalte waren ohne Strom, teilte der staatliche Stromversorger CFE mit.",
        True,
        [("count", 240000, None, "about")],
        None,
    ),
    (
        "de",
        "Binnen zwölf Stunden fielen in den Bergen bis zu 380 Millimeter Regen.",
        True,
        [("duration", 12, "hour", None), ("count", 380, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Polizei sperrte die Küstenstraße auf einem 40-Kilometer-Abschnitt.",
        True,
        [("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Die Regierung kündigte an, 1,2 Milliarden Pesos aus dem Katastrophenfonds bereitzustellen.",
        True,
        [("money", 1200000000, "MXN", None)],
        None,
    ),
    ("de", "Touristen saßen in Hotels fest, in deren Eingangshallen das Wasser knöcheltief stand.", False, [], None),
    (
        "de",
        "Ob die Kaffeeernte in den Bergen zu retten ist, ist nach Angaben von Bauernverbänden noch offen.",
        False,
        [],
        None,
    ),
    # --- Floods cut off Westport (Reuters) ---
    (
        "en",
        "WELLINGTON, Oct 22 (Reuters) - Flooding on New Zealand's South Island has cut off the town of Westport and forced about 1,600 people from their homes, emergency officials said on Wednesday.",
        True,
        [("date", "--10-22", None, None), ("count", 1600, None, "about")],
        None,
    ),
    (
        "en",
        "The Buller River peaked at 11.8 metres, about 1.5 metres below its record.",
        True,
        [("count", 11.8, None, None), ("count", 1.5, None, "about")],
        None,
    ),
    (
        "en",
        "The regional council said the flood was a one-in-100-year event on the lower reaches of the river.",
        True,
        [("duration", 100, "year", None)],
        "the regional council",
    ),
    (
        "en",
        "The government said it would provide NZ$5 million for a mayoral relief fund and emergency accommodation.",
        True,
        [("money", 5000000, "NZD", None)],
        None,
    ),
    ("en", "No injuries were reported.", True, [], None),
    ("en", '"How many times are we meant to start again?" asked one shop owner on Palmerston Street.', False, [], None),
    # --- Typhoon Sonmai in Vietnam (Reuters) ---
    (
        "en",
        "HANOI, Nov 4 (Reuters) - Typhoon Sonmai made landfall in central Vietnam on Tuesday with winds of up to 149 km/h, killing at least nine people and forcing 360,000 from their homes, state media reported.",
        True,
        [
            ("date", "--11-04", None, None),
            ("count", 149, None, "up_to"),
            ("count", 9, None, "at_least"),
            ("count", 360000, None, None),
        ],
        None,
    ),
    (
        "en",
        "Floodwaters in the old town of Hoi An rose to 2.1 metres, the highest level since 2020.",
        True,
        [("count", 2.1, None, None), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        "Nearly a third of Quang Nam province was without power on Tuesday night.",
        True,
        [("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "The government allocated 500 billion dong ($19.7 million) for emergency relief in four provinces.",
        True,
        [("money", 500000000000, "VND", None), ("money", 19700000, "USD", None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "More than 84,000 hectares of rice and other crops were flooded, according to the agriculture ministry.",
        True,
        [("count", 84000, None, "over")],
        "the agriculture ministry",
    ),
    ("en", "Sonmai was the 13th storm in the South China Sea this year.", True, [("ordinal", 13, None, None)], None),
    ("en", "Residents paddled through flooded streets in plastic basins and fishing boats.", False, [], None),
    # --- Erdbeben in Afghanistan (APA/Reuters) ---
    (
        "de",
        "Kabul (APA/Reuters) - Bei einem Erdbeben der Stärke 5,9 im Nordosten Afghanistans sind mindestens 112 Menschen getötet worden, wie die Taliban-Regierung mitteilte.",
        True,
        [("count", 5.9, None, None), ("count", 112, None, "at_least")],
        "die Taliban-Regierung",
    ),
    (
        "de",
        "Mehr als 400 Menschen wurden verletzt, Hunderte Häuser in der Provinz Badachschan stürzten ein.",
        True,
        [("count", 400, None, "over")],
        None,
    ),
    (
        "de",
        "Das Beben ereignete sich um 6.12 Uhr Ortszeit in einer Tiefe von zehn Kilometern, teilte die US-Erdbebenwarte USGS mit.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Die Vereinten Nationen gaben fünf Millionen Dollar aus ihrem Nothilfefonds frei.",
        True,
        [("money", 5000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Deutschland sagte weitere zwei Millionen Euro zu, Großbritannien eine Million Pfund.",
        True,
        [("money", 2000000, "EUR", None), ("money", 1000000, "GBP", None)],
        None,
    ),
    (
        "de",
        "Bis zum Abend erhöhte sich die Zahl der Todesopfer auf mindestens 158, teilte ein Sprecher der Provinzverwaltung mit.",
        True,
        [("count", 158, None, "at_least")],
        None,
    ),
    (
        "de",
        "Hilfsorganisationen warnen, der nahende Winter werde die Not der Obdachlosen dramatisch verschärfen.",
        False,
        [],
        None,
    ),
    ("de", "Wie viele Menschen noch unter den Trümmern liegen, ist unklar.", False, [], None),
    # --- Insured catastrophe losses (Reuters) ---
    (
        "en",
        "ZURICH, Dec 9 (Reuters) - Natural catastrophes caused insured losses of about $118 billion this year, the fifth year in a row above $100 billion, Swiss Re said on Tuesday.",
        True,
        [
            ("date", "--12-09", None, None),
            ("money", 118000000000, "USD", "about"),
            ("ordinal", 5, None, None),
            ("money", 100000000000, "USD", "over"),
        ],
        "Swiss Re",
    ),
    (
        "en",
        "Total economic losses reached about $290 billion, meaning more than half of the damage was uninsured.",
        True,
        [("money", 290000000000, "USD", "about"), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        "Floods and severe convective storms accounted for roughly two-thirds of insured losses.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    ("en", "About 58% of insured losses were in the United States.", True, [("percent", 58, "%", "about")], None),
    (
        "en",
        "Swiss Re expects insured losses to grow 5% to 7% annually after inflation as cities in exposed regions expand.",
        True,
        [("percent", 5, "%", None), ("percent", 7, "%", None)],
        None,
    ),
    (
        "en",
        '"The protection gap is not closing, it is widening," said Lena Thorsen, who heads catastrophe research at the reinsurer.',
        False,
        [],
        None,
    ),
    # --- Jahresbilanz der Naturkatastrophen (dpa) ---
    (
        "de",
        "München (dpa) - Naturkatastrophen haben in diesem Jahr weltweit Schäden von rund 310 Milliarden Dollar verursacht, teilte der Rückversicherer Munich Re mit.",
        True,
        [("money", 310000000000, "USD", "about")],
        None,
    ),
    (
        "de",
        "Davon waren gut 130 Milliarden Dollar versichert, etwa zwei Fünftel der Gesamtsumme.",
        True,
        [("money", 130000000000, "USD", "over"), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "de",
        "Rund 11.000 Menschen kamen bei Naturkatastrophen ums Leben, so wenige wie seit 2015 nicht mehr.",
        True,
        [("count", 11000, None, "about"), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Das teuerste Einzelereignis war nach Angaben des Unternehmens ein Hurrikan im Golf von Mexiko mit Gesamtschäden von 48 Milliarden Dollar.",
        True,
        [("money", 48000000000, "USD", None)],
        "das Unternehmen",
    ),
    (
        "de",
        "Zum dritten Mal in Folge entfiel mehr als die Hälfte der versicherten Schäden auf schwere Gewitter und Überschwemmungen.",
        True,
        [("ordinal", 3, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "de",
        "„Der Klimawandel zeigt sich immer deutlicher in unseren Schadenstatistiken“, sagte Chefklimatologe Tobias Rehlinger.",
        False,
        [],
        None,
    ),
    ("de", "Versicherer rechnen damit, dass die Prämien in gefährdeten Regionen weiter steigen.", False, [], None),
]
