"""Hundred-and-sixtieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Sabine Lohrengel, Reto Kälin, Matthias Grünwald, Martina Haslinger, Helga Strohmaier, Edith
Wallnöfer, Sylvia Ohnesorg, Lukas Zumbühl, Hinrich Behrens, Anja Vierhaus, Florian
Stadlhofer, Lisa Wurmitzer, Bettina Holzapfel, a Mannheim chemical maker left unnamed;
Somchai Rattanakul, Humberto Ocampo, Helen Marchbank, Tom Aldridge, Naomi Whitlam, Claire
Hollis, Made Suardana, Joseph Kariuki, Rosalind Tate, Carla Moreno, Eleni Papadaki, Ana
Lucia Ferraz, Emily Thorncroft, Kirsten Mabry, Fiona Buchanan, Elspeth Munro, Priya
Malhotra, Richard Ashby, Martin Pryce, Severn Vale Water, Carrow Chemical Co., Pacific Crest
Pipeline, the Scottish Creel and Trawl Association); ministers, agency heads, campaigners and
office holders of real places appear under made-up names that stand for no real holder, or
by their role only ("ein Lebensmittelhändler aus dem Mühlviertel", "eine Meteorologin des
Deutschen Wetterdienstes", "eine 68-jährige Anwohnerin", "ein Ministeriumssprecher", "eine
Sprecherin der Deutschen Umwelthilfe", "the governor", "an airport official"). Real bodies,
places, schemes and things ("Nabu", "Stunde der Wintervögel", "Usutu-Virus", "Bafu", "Pro
Natura", "Bundesverwaltungsgericht", "Wallis", "Rote Liste", "Bauernverband",
"Handelsverband", "Mühlviertel", "Umweltbundesamt", "Graz-Don Bosco",
"Klagenfurt-Völkermarkterstraße", "EU-Luftqualitätsrichtlinie", "Nationalpark Donau-Auen",
"Land Niederösterreich", "Regierungspräsidium Karlsruhe", "Rhein", "BUND", "Eawag",
"Dübendorf", "Jüterbog", "Luckenwalde", "Landkreis Teltow-Fläming", "Bundespolizei",
"Freiburg", "Deutscher Wetterdienst", "Tideelbe", "Seemannshöft", "Finkenwerder",
"Universität Hamburg", "Hafenbehörde", "Elbvertiefung", "Deutsches Meeresmuseum",
"Stralsund", "Ostsee", "WWF", "BirdLife", "Weinviertel", "Nordburgenland", "Burgenland",
"Landespolizeidirektion", "Greenpeace", "Donau", "Schwarzes Meer", "Umweltministerium",
"Bayerischer Wald", "Lohberg", "Landesamt für Umwelt", "Landesbund für Vogel- und
Naturschutz", "LBV", "Deutsche Umwelthilfe", "EU-Verpackungsverordnung", "Dessau-Roßlau";
"Bangkok", "Bang Khun Thian", "Victory Monument", "World Health Organization", "Public
Health Ministry", "Kasetsart University", "WWF Mexico", "RSPB", "Big Garden Birdwatch",
"Environment Agency", "River Frome", "River Action", "Great Barrier Reef Marine Park
Authority", "Coral Sea", "Bali", "Kuta", "World Bank", "Kenya", "Environmental Protection
Agency", "Cape Fear River", "Wilmington", "GenX", "PFAS", "U.S. Coast Guard", "Clean Water
Act", "Huntington Beach", "Newport Beach", "Evia", "Kechries", "European Forest Fire
Information System", "Inpe", "Cerrado", "MapBiomas", "Prodes", "British Hedgehog
Preservation Society", "Living Planet report", "Gland", "Scottish Government", "Jahangirpuri",
"Punjab", "Haryana", "City Hall", "Transport for London", "Welsh Government", "Defra") stand
for the way wire copy names them; every reading, limit, count of animals, area, tonnage,
fine, rate, share, age, date and quote here is invented, and where a real figure came to mind
(a real census total, a real index decline, a real reef or recycling figure) it was changed.

Its weight: ENVIRONMENT, WILDLIFE AND POLLUTION over one year in story order (early January
to December), 33 stories each told as wire copy runs it (a dateline lead, the figures,
attributed claims, the other side, quotes, follow-ups), the German and English stories
interleaved by month. Half German (dpa with its regional slugs "dpa/lsw", "dpa/bb",
"dpa/lno", "dpa/mv", "dpa/lby", APA, Keystone-SDA; Austrian "heuer", "im Vorjahr",
"eingehoben", "ausgeforscht", Swiss "gemäss", "Fliessgewässern", "Massnahmen", "1'170", «»
quotes, German „“ quotes): the winter bird count, the wolves in Switzerland, the red list of
breeding birds, Austria's bottle deposit, Austria's air-quality report, the Donau-Auen
national park, a fine for a chemical maker on the Rhine, pesticides in Swiss streams, a
forest fire on a former training ground at Jüterbog, ozone, an oxygen hole in the Elbe,
porpoises in the Baltic, poisoned birds of prey, microplastics in the Danube, a poached lynx
and Germany's packaging waste. Half English (Reuters, AP, AFP, PA): smog in Bangkok,
monarch butterflies in Mexico, the garden birdwatch, sewage spills and a water company's
fine, coral bleaching on the Great Barrier Reef, plastic on Bali's beaches, Kenya's wildlife
census, an EPA fine over PFAS, an oil spill off California, a wildfire on Evia, Amazon
deforestation, hedgehogs, the Living Planet report, Scotland's marine protected areas,
Delhi's smog, London's clean-air zone and England's recycling rate. Figures as such copy has
them: air-quality readings and limits in micrograms per cubic metre, parts per trillion and
an index, days and hours of exceedance, oxygen and pollutant levels in milligrams per litre,
species and animal counts, protected and burned areas in hectares and square kilometres,
tonnes, gallons, kilograms, feet, miles and nautical miles, recycling and return rates,
fines, compensation, rewards and deposits in euros, cents, francs, pounds, dollars,
Australian dollars and reais (a converted figure in brackets), multiples ("knapp fünfmal so
häufig", "das Zwanzigfache", "um das 90-Fache", "35 times", "about 40 times", "more than
twice"), shares ("knapp ein Viertel weniger", "rund ein Drittel", "In zwei Dritteln", "in
etwa jedem zehnten Fall", "Fast die Hälfte", "up to half", "roughly a quarter", "almost
half"), number words and compounds ("zweistündigen", "Achtstundenmittelwert", "Fünf-Punkte-
Plan", "ein 25-Cent-Pfand", "three-day", "a 12-week", "a 20-mile stretch", "24-hour"),
ordinals ("zum 15. Mal", "der dritte in diesem Jahr", "the 22nd year running", "the sixth
mass bleaching event", "a third consecutive year"), ages, durations, years, dates, hedges and
ranges. Negatives as such copy has them: campaigners', ministers' and officials' rhetoric
and creed in quotes, labels of NGOs and lobbies, a verdict with "halten ... für", an
accusation and a demand without a checkable claim, a company's apology, advice and a
service line, an appeal for witnesses and a governor's appeal, a forecast without a figure,
open questions and doubts, quotes of alarm, and vox pops (six with ages, two of them also
with a span).

245 rows (124 German, 121 English), 56 negatives (28 German, 28 English), 189 check-worthy
rows of which 14 carry no figure (8 German, 6 English), 322 expected quantities (156 counts,
42 years, 41 percentages - all in % -, 37 durations - 18 in years, 8 in days, 5 in hours, 3
in months, 2 in weeks, 1 in minutes -, 18 amounts of money - 6 EUR, 5 GBP, 4 USD, 1 each
AUD, BRL, CHF -, 11 ordinals, 9 dates, 8 fractions; 11 of them in eight negatives, as the
seventeenth batch labels a figure in a negative), 38 checked speakers (19 German, 19
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, creed, feeling or piece of rhetoric is a negative with speaker None, also with
  a named speaker and an office (seventh, ninety-eighth, hundred-forty-fifth,
  hundred-fifty-second). Konjunktiv I paraphrases of a figure or a fact are check-worthy
  with the speaker their own attribution gives ("Die Rücklaufquote liege nach drei Monaten
  bei 71 Prozent, ..., sagte Geschäftsführerin Martina Haslinger." -> "Martina Haslinger";
  "Schon der Verlust von mehr als zwei Tieren pro Jahr gefährde den Bestand, ..." -> "Anja
  Vierhaus"; "Nur in etwa jedem zehnten Fall werde ein Täter ausgeforscht, ..." -> "Florian
  Stadlhofer"; "Das seien fast dreimal so viele ..." -> "Lisa Wurmitzer"; "Eigene Messungen
  an 14 Stellen hätten ... ergeben, teilte ein Ministeriumssprecher mit." -> "ein
  Ministeriumssprecher"; "Fische seien ... nicht verendet, hieß es aus der Behörde." with
  "hieß es" unchecked; thirty-ninth, hundred-forty-fifth), while the same speakers' quotes
  („Der Schweinswal ist der Gradmesser ...“, „Das ist nur die Spitze des Eisbergs“, „Die
  Donau ist kein Müllschlucker“) are negatives. One side's account is check-worthy
  (sixty-eighth, hundred-second, hundred-fifty-second): the farmers' union's rejection with
  its stated cause ("... verwies auf Fressfeinde wie Fuchs und Krähe."), its sales figure
  ("seit 2008 um rund 40 Prozent zurückgegangen sei"), the port authority's denial with its
  fact ("Die Baggerungen seien bereits im Juni eingestellt worden."), the fishermen's
  associations' position with its area, the company's stated investment and the ministry's
  doubt joined to a checkable figure ("Das Umweltministerium bezweifelte die Aussagekraft der
  Stichprobe: Greenpeace habe lediglich an drei Tagen gemessen." 3 days; hundred-sixteenth:
  a checkable act paired with a label keeps the row). Estimates and forecasts with a figure
  are check-worthy (hundred-tenth, hundred-forty-fifth): "Scientists estimate that each
  hectare holds about 19 million butterflies.", "Nach den derzeitigen Werten würde rund ein
  Drittel der Messstellen diese Vorgaben verfehlen, ...", Whitlam's "up to half of the coral
  ... could die", "a government forecasting system estimated"; a forecast without a figure is
  a negative ("Die Werte dürften bis Donnerstag weiter steigen, sagte eine Meteorologin ...";
  forty-seventh).
- Check-worthy without a figure (fifty-eighth, ninety-ninth, hundred-thirty-fifth,
  hundred-forty-fifth, hundred-fifty-second): an appeal lodged with a court ("Die
  Umweltorganisation hat ... Beschwerde beim Bundesverwaltungsgericht eingereicht."), the
  farmers' union's rejection and the port authority's denial (above), an admission and a
  waived appeal ("Die Firma hat die Vorwürfe eingeräumt und auf Rechtsmittel verzichtet.";
  hundred-sixteenth: an admission), "Fische seien ... nicht verendet" and "Verletzt wurde
  nach Angaben der Polizei niemand." (eighty-first), a red-list status ("Die Population gilt
  damit als vom Aussterben bedroht, ..."), the species and places most hit, a record without
  a figure ("No English water firm has ever been handed a bigger penalty for pollution, the
  Environment Agency said."), investigators' belief about a cause, a closure in force
  ("Beaches ... will remain closed until further notice."; hundred-thirty-fifth: a curfew
  declared), a release schedule ("... is usually released in November."), a trend without a
  figure ("roughly unchanged over the past decade" - "the past decade" none) and a
  methodological caveat of scientists ("Some scientists have cautioned that the index ...").
- Air-quality readings and limits are counts of the figure as written (fifty-seventh,
  seventy-fourth): "24 Mikrogramm pro Kubikmeter, erlaubt sind 40 Mikrogramm", "von 20
  Mikrogramm für PM10 und von 10 Mikrogramm für PM2,5", "180 Mikrogramm je Kubikmeter", "mit
  226 Mikrogramm", "von 120 Mikrogramm", "von 240 Mikrogramm", "108 micrograms per cubic
  metre", "safe limit of 37.5", "15 micrograms", "612 micrograms per cubic metre", "140 parts
  per trillion ... of 4 parts per trillion", an index value ("hit 491"), oxygen and
  pollutants in milligrams per litre ("unter drei Milligramm pro Liter" 3 "under", "nur noch
  1,9 Milligramm" - "nur noch" no hedge -, "bis zu 3,8 Milligramm" "up_to"); "pro
  Kubikmeter", "je Liter", "pro Garten", "per person" none, and the pollutant names with a
  figure carry none ("PM10", "PM2,5", "PM2.5"; fifty-seventh). Days of exceedance are
  durations in days ("an 19 Tagen, zulässig sind 25 Tage im Jahr", "an lediglich neun Tagen"
  - "lediglich" no hedge; fifty-seventh: "an 27 Tagen"); "Einstundenwert" is 1 hour
  (fifty-seventh: "Einstundenmittelwert"). New: "Achtstundenmittelwert" is 8 hours by the
  same reading, the number word heading the compound as in "zweistündigen". "24-hour average
  exposure" is 24 hours (the issue's "a two-week visit"). New: "should not exceed 15
  micrograms" carries no hedge - a limit written with a verb ("exceed", "überschritten",
  "übertroffen") bounds nothing by itself; only the hedge words below do. Temperatures are
  counts ("43 degrees Celsius", "up to 2 degrees Celsius above the February average" 2
  "up_to", "bis zu 26 Grad" "up_to"; hundred-thirty-fifth, hundred-forty-fifth).
- Areas, weights, volumes and lengths are counts (hundred-thirty-fifth, hundred-forty-fifth):
  "um 480 Hektar", "auf knapp 98 Quadratkilometer" "nearly", "rund 520 Hektar", "von zusammen
  1.380 Hektar" ("zusammen" no hedge), "rund 1.500 Quadratkilometern", "1.62 hectares ...,
  up from 0.84 hectares", "far below the 6 hectares" 6 with no hedge ("far below the" before
  the article, as "well above its", hundred-thirty-fifth), "more than 18 hectares", "3.4
  hectares, from 11.9 hectares", "more than 9,000 hectares", "about 1.1 million hectares",
  "2.4 million hectares", "4,280 square kilometres", "about 7,100 square kilometres", "almost
  40,000 square kilometres" "nearly", "roughly 344,400 square kilometres", "about 2,300 km
  (1,400 miles)" the hedge on the first only (ninety-first), tonnes ("rund 4,2 Tonnen",
  "rund 3,5 Tonnen", "18,9 Millionen Tonnen", "more than 60 tonnes", "about 6.9 million
  tonnes", "22.1 million tonnes"), "225 Kilogramm", "about 390 kilograms", "an estimated
  126,000 gallons" "about", "mindestens 1.000 Meter" "at_least", "under 12 metres" "under", "within 3 nautical miles" 3 ("within" no
  hedge), "a 20-mile stretch" 20 (hundred-thirty-fifth: "40-Kilometer-Abschnitt"); "a mile"
  none (an article).
- Animals, species and other counts (every batch): "rund 330 Wölfe in 36 Rudeln", "1'170
  Nutztiere" (Swiss apostrophe, tenth), "92 Wölfen ..., 61 davon" ("davon" no hedge),
  "zwischen September und Januar 27 Tiere" 27, "Von den 248 ... Vogelarten stehen 109",
  "rund 1.000 Brutpaare", "mehr als 800 Pflanzenarten, 30 Säugetierarten und rund 100
  Brutvogelarten" each with its own hedge (hundred-fifty-second), "etwa 490 Schweinswale",
  "aus acht Ostseestaaten an 300 Stellen", "bis zu 20 Schweinswale" "up_to", "Mindestens 43
  geschützte Greifvögel" "at_least", "drei vergiftete Kaiseradler", "rund 130 erwachsene
  Luchse", "mindestens 14 Luchse", "grown to 36,280, up from about 16,000", "1,840 black
  rhinos and 1,104 white rhinos", "fallen to nine ... from 384", "about 2,350", "2,489",
  "at least 400 elephants", "38 oiled birds ..., 11 of them dead" (forty-first), "nearly
  35,000 populations of 5,495 species", "more than 200,000 sightings ..., fewer than 900,000
  hedgehogs" "over" and "under" (fifty-fifth: "fewer than"), "46 of the city's 50 districts",
  "20 of Scotland's offshore marine protected areas", "247 marine protected areas", "all 32
  London boroughs", "Mehr als 280 Feuerwehrleute aus sechs Landkreisen sowie zwei
  Löschhubschrauber", "Some 460 firefighters, 14 aircraft and nine helicopters" the hedge on
  the first only, "11 villages", "on 47 occasions", "more than 1,200 personal injury
  lawsuits", "postponed twice" 2 (the issue's "viermal"), "einer von sechs" 6 ("einer" a
  pronoun, forty-second), "a report by two wildlife charities" 2 (sources counted,
  hundred-forty-fifth), "einen Fünf-Punkte-Plan" 5 (the issue's "28-Punkte-Entwurf"), "auf
  der höchsten Stufe fünf" 5 (a level on a scale, hundred-twenty-sixth and
  hundred-thirty-fifth: "auf Stufe vier"), averages with no hedge ("im Schnitt 37 pro
  Garten", "durchschnittlich 6,1 Exemplaren", "durchschnittlich 52", "with 4.3 birds per
  garden on average", "an average of about 32" "about" from "about" alone, "im Schnitt 225
  Kilogramm"; hundred-thirtieth: "im Schnitt", "on average", "an average of"). New: "entered
  the top 10" is count 10 - the group of places is counted as a definite group is ("Nine of
  the defendants", forty-first), and no single rank is named. None: "beide", "mehrere",
  "kein einziger Fall", "an einer Messstelle", "in a single weekend", "the highest
  single-day count", "nearly all", "only a fraction", "most of them", "Jeder Mensch",
  "Jedes Jahr".
- Multiples are counts with their hedges (fifteenth, hundred-thirty-fifth,
  hundred-forty-fifth): "knapp fünfmal so häufig" 5 "nearly", "dreimal so viele wie 1990" 3,
  "fast dreimal so viele" 3 "nearly", "more than twice Thailand's safe limit" and "more than
  twice the area" 2 "over", "35 times the new federal drinking water limit" 35, "about 40
  times" 40 "about", "das Zwanzigfache des zulässigen Werts" 20 (hundred-forty-fifth: "das
  Zweieinhalbfache"), "um das 90-Fache" 90 (the figure in the hyphenated compound read as
  written). "fast verdoppelt" and "to halve" are verbs and carry none (sixteenth,
  hundred-forty-eighth).
- Money in the currency written (every batch): EUR ("eine Geldbuße von 2,4 Millionen Euro",
  "610.000 Euro" - "Zusätzlich" no hedge -, "rund 14 Millionen Euro" "about", "180 Millionen
  Euro" with "beziffert" unchecked, "eine Belohnung von 10.000 Euro"), CHF ("von insgesamt
  1,9 Millionen Franken", "insgesamt" no hedge), GBP ("£11.4 million", "£220 million", "a £3
  million fund", "12.50 pounds a day" 12.5 - "a day" none -, "408 million pounds"; the
  issue's "300 million pounds"), USD ("$18.7 million", "at least $42 million" "at_least", "up
  to $4,300 per barrel" "up_to" with "per barrel" none), AUD ("A$1.2 billion"), BRL ("a total
  of 3.2 billion reais ($590 million)" both, "a total of" no hedge and the converted figure in
  brackets with no hedge; eightieth, hundred-thirty-fifth). Cent are EUR hundredths
  (hundred-thirty-eighth: "17,8 Cent"). New: "ein 25-Cent-Pfand" is money 0.25 EUR - the
  figure inside the hyphenated compound read as written, as "eine Tempo-30-Zone"
  (hundred-fifty-second) and "Kategorie-4-Zyklon" (hundred-thirty-fifth), the currency word
  in the compound giving its kind.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  "Nach einer zweistündigen Lagebesprechung" 2 hours, "the three-day survey" 3 days, "a
  12-week public consultation" 12 weeks, "over 42 days" 42 days ("over" before a span no
  hedge, hundred-forty-fifth), "zwei Jahre lang" 2 years, "nach drei Monaten" 3 months, "for
  more than six years" 6 years "over", "within 90 minutes" 90 minutes ("within" no hedge),
  "in the 12 months to July" 12 months (ninety-first), "the lowest in nine years" 9 years,
  "in the first seven months" ordinal 1 and 7 months and "in the first three weeks" ordinal
  1 and 3 weeks (twenty-fifth: "in the first four months"), "the first national wildlife
  census in four years" ordinal 1 and 4 years (hundred-thirty-fifth: "the first rescue ... in
  more than two days"), "Vor fünf Jahren" and "six years ago" 5 and 6 years (thirtieth: "two
  years ago"), "etwa alle fünf Jahre" 5 years "about" (hundred-forty-fifth: "every five
  years"), "bis zu zwei Jahre Haft" and "bis zu fünf Jahre Haft" "up_to" (fourth,
  hundred-fifty-second); "an mindestens 56 Tagen" 56 days "at_least" (days on which water was
  let off, as days of exceedance). New: "for a total of 3.61 million hours" is 3,610,000
  hours - a duration written with a scale word is scaled as counts and money are ("etwa 2,4
  Millionen Einwohner" in the issue), "a total of" no hedge. Ages are durations in years
  (every batch): "A 67-year-old shepherd", "Das etwa vier Jahre alte Weibchen" 4 years
  "about", and in the negatives "Somchai Rattanakul, 58,", "surf instructor Made Suardana,
  29.", "resident Carla Moreno, 46.", "Eleni Papadaki, 71,", "Priya Malhotra, 34." with "for
  ten days" 10 days, and "eine 68-jährige Anwohnerin" with „Seit 30 Jahren“ 30 years
  (hundred-twenty-fourth, hundred-forty-fifth). None: "im vergangenen Jahr", "im Vorjahr",
  "im gesamten Vorjahr", "im Jahr davor", "vor einem Jahr", "in diesem Jahr", "in diesem
  Winter", "heuer", "zu Jahresbeginn", "Jedes Jahr", "pro Jahr", "im Jahr", "täglich", "last
  year", "a year earlier", "the previous season", "this season", "a year", "a day", "on an
  average day", "for decades", "the past decade", "the rest of the week", "in einigen
  Jahren", "next March", "since January", "since his student days", weekdays ("am
  Wochenende", "Seit Montag", "bis Donnerstag", "on Tuesday"), months ("im Juli", "im Juni",
  "zwischen April und Oktober", "Ende Oktober", "in November", "in January") and "the last
  weekend of January".
- Percentages as written (every batch): "um 14 Prozent gegenüber dem Vorjahr", "44 Prozent",
  "um 86 Prozent", "knapp 90 Prozent" "nearly", "bei 71 Prozent, ... 90 Prozent", "bei 27
  Prozent, ... mindestens 50 Prozent" "at_least", "um rund 40 Prozent" "about", "2,3 Prozent
  weniger als im Vorjahr" (the "weniger als" after the figure compares, hundred-first), "68
  Prozent, ... 51 Prozent" ("nur" no hedge), "roughly 30%", "up 2%", "73% of the more than
  1,000 reefs" 73 and 1,000 "over", "about 40%", "more than 55%" "over", "fell by 3%", "by
  92%", "31%", "9%", "roughly 8%", "fell by between 30% and 75%" both with no hedge
  (forty-first: "between"), "by an average of 71%" and "by an average of 84%" with no hedge,
  "93%", "37%", "about 35%", "53% lower" (the "lower" after it compares), "96.7%", "by about
  5% more than" "about", "43.8%", "66.7%", "About 7%", "65%", "84%", "11%" ("a further" no
  hedge), "6%", "99%", and in a negative "protect 30% of land and sea by 2030".
- Fractions (the issue's "ein Fünftel", "drei Viertel", "jeder vierte"): "knapp ein Viertel
  weniger als im Jahr davor" 0.25 "nearly" (hundred-fifty-second: "etwa ein Viertel mehr"),
  "rund ein Drittel der Messstellen" 0.3333 "about", "In zwei Dritteln der untersuchten
  Schweizer Bäche" 0.6667, "Fast die Hälfte" and "almost half" 0.5 "nearly", "roughly a
  quarter of them" 0.25 "about", "up to half of the coral" 0.5 "up_to" (hundred-twenty-fourth:
  "Up to four percentage points"). New: "Nur in etwa jedem zehnten Fall" is 0.1 "about" -
  "jedem zehnten" is the issue's "jeder vierte" in the dative, "in etwa" reads as "etwa", and
  "Nur" no hedge.
- Ordinals: "zum 15. Mal" 15 (hundred-forty-fifth: "die 31. Weltklimakonferenz"), "der
  dritte in diesem Jahr" 3 (hundred-fifty-second: "der dritte schweigt"), "for the 22nd year
  running" 22, "for the first time since 2016" 1, "the sixth mass bleaching event since 2016"
  6 (the issue's "das sechste Treffen"), "its first full year" 1, "for a third consecutive
  year" 3 (hundred-forty-fifth: "the third consecutive year"), "the third highest rate in the
  world" 3 (the issue's "die drittgrößte Stadt").
- Years and dates: "Ende 2023", "seit 1980", "wie 1990", "für 2027", "bis 2025", "Ab 2030",
  "1996 gegründet", "ab 2027", "zwischen März 2022 und Oktober 2023" its years only, "seit
  2020", "seit 2008", "seit 2010", "seit 2016", "im Jahr 2019", "Seit 2012", "im Jahr 2023",
  "ab 2030"; "since 2016", "in 1996", "since ... 1979", "between 2019 and 2022", "since 2020",
  "by 2030", "since 2022", "in 1989", "in 2012", "since 2019", "since 2000", "since 1970",
  "since 2023", "in 2020", "in 2023", "From April 2026" its year, "by 2035", and in a
  negative "used in 2021". Reuters datelines with a day ("BANGKOK, Jan 21", "LONDON, March
  27", "SYDNEY, April 15", "LOS ANGELES, June 12", "ATHENS, July 23", "BRASILIA, Aug 7",
  "GLAND, Switzerland, Sept 30" with the country between city and day - ninety-ninth -,
  "NEW DELHI, Nov 13", "LONDON, Nov 20") are dates without a year (hundred-forty-fifth,
  hundred-fifty-second); dpa ("Berlin (dpa) -", "Dessau-Roßlau (dpa) -" and the slugs above),
  APA ("Wien (APA) -"), Keystone-SDA ("Bern (Keystone-SDA) -", "Dübendorf (Keystone-SDA)
  -"), AP ("MEXICO CITY (AP) —", "NAIROBI, Kenya (AP) —", "WASHINGTON (AP) —"), AFP
  ("DENPASAR, Indonesia (AFP) -") and PA ("LONDON (PA) -", "EDINBURGH (PA) -") datelines none
  (seventy-ninth). New: "zwischen September und Januar 27 Tiere" is count 27 and no date - a
  German day of the month is written with its point before the month ("27. Januar"), so a
  figure after a month name with no point counts what follows it.
- Hedges, only the names in use: "rund", "Rund", "etwa", "in etwa", "about", "About",
  "roughly", "Some", "an estimated" "about"; "knapp", "fast", "Fast", "nearly", "almost"
  "nearly"; "mehr als", "Mehr als", "more than", "More than" "over"; "unter", "under", "fewer
  than" "under"; "bis zu", "up to" "up_to"; "mindestens", "Mindestens", "at least"
  "at_least". No hedge: "im Schnitt", "durchschnittlich", "on average", "an average of",
  "insgesamt", "Insgesamt", "zusammen", "together", "a total of", "Allein", "alone",
  "bereits", "lediglich", "nur", "Nur", "nur noch", "noch", "inzwischen", "zuletzt",
  "Zusätzlich", "a further", "between", "within", "over" before a span, "far below the", and
  "weniger als", "lower", "more than" after a figure. New: "an estimated 100,000 to 335,000
  hedgehogs" hedges the first figure only - the hedge stands before it and the range's "to"
  carries none (hundred-nineteenth), as a hedge rides on its own figure in a list
  (hundred-fifty-second: "rund 40 Kilogramm Kokain und 180 Kilogramm Cannabis").
- Speakers, checked only in forms the earlier batches settled: "nach Angaben des Nabu" -> "der
  Nabu", "nach Angaben der Polizei" -> "die Polizei", "nach Angaben des Umweltbundesamts" ->
  "das Umweltbundesamt" and "nach Angaben des Landesbunds für Vogel- und Naturschutz" -> "der
  Landesbund für Vogel- und Naturschutz" (the source in the nominative, seventieth,
  hundred-thirty-fifth); "teilte das Bafu am Montag mit" -> "das Bafu", "teilte das
  Umweltbundesamt am Dienstag mit" -> "das Umweltbundesamt" (the weekday dropped,
  hundred-forty-fifth), "wie das Land Niederösterreich am Donnerstag mitteilte" -> "das Land
  Niederösterreich" (hundred-thirty-fifth: "wie das Auswärtige Amt mitteilte"), "teilte das
  Regierungspräsidium Karlsruhe mit" (the place part of the name, hundred-fifty-second),
  "teilte die Eawag mit" -> "die Eawag" (hundred-thirty-fifth: "die Afad"), "teilte der
  Landkreis Teltow-Fläming mit", "teilte die Umweltbehörde mit", "teilte das Deutsche
  Meeresmuseum in Stralsund mit" -> "das Deutsche Meeresmuseum" (the place dropped,
  hundred-seventeenth), "teilte die Landespolizeidirektion mit", "teilte das Landesamt für
  Umwelt mit", "teilte ein Ministeriumssprecher mit" -> "ein Ministeriumssprecher"
  (hundred-fifty-second: "teilte ein Gerichtssprecher mit"); "sagte Geschäftsführerin Martina
  Haslinger", "sagte Projektleiterin Anja Vierhaus", "sagte WWF-Artenschutzexperte Florian
  Stadlhofer" and "sagte Greenpeace-Sprecherin Lisa Wurmitzer" the name with the title
  dropped (hundred-forty-fifth: "Germanwatch-Expertin Lena Hofstetter"). English: "according
  to the Public Health Ministry" with its article (hundred-forty-fifth), "the Environment
  Agency said", "The Great Barrier Reef Marine Park Authority said ..." opening the row with
  the article lowered (hundred-fourteenth), "Severn Vale Water said", "Pacific Crest Pipeline
  said", "Transport for London said", "Defra said" as written (hundred-tenth: "Swiss Re
  said"; forty-second: "Ofgem said"), "the agency said" (hundred-forty-seventh), "In a
  statement, the company said" -> "the company" (hundred-thirty-first), "the U.S. Coast
  Guard said on Thursday" and "the fire brigade said on Wednesday" with the weekday dropped
  (fortieth), "WWF said on Tuesday in its Living Planet report" -> "WWF" (the phrase after
  the verb dropped, hundred-thirty-ninth), "police said" -> "police", "the Scottish
  Government said" (hundred-fifty-first), and the name with the role dropped ("Marine
  biologist Naomi Whitlam said", "Environment Minister Claire Hollis said", "Tourism and
  Wildlife Minister Joseph Kariuki said", "Environment Minister Ana Lucia Ferraz said", "Net
  Zero Secretary Fiona Buchanan said"; hundred-forty-fifth). Left unchecked (None): "nach
  Schätzungen des Bundes", "nach Schätzungen", "nach einer neuen Zählung", "nach jüngsten
  Zählungen", "Nach Hochrechnungen der Organisation", "laut einer Studie der Universität
  Hamburg", "Das geht aus einem Bericht ... hervor" (estimates and documents,
  hundred-fourteenth, hundred-twentieth), "gemäss Bafu" ("Gemäss" not settled,
  hundred-fifth), "registrierte das Umweltbundesamt", "meldete das Umweltbundesamt",
  "beziffert", "kündigte ... an", "verwies darauf", "weist ... zurück", "bezweifelte" (no
  verbs of saying; ninety-ninth, hundred-twentieth, hundred-twenty-second), "hieß es aus der
  Behörde"; "Australian authorities said", "Officials said", "State wildlife officials
  said", "Conservationists said", "Federal investigators believe" (plural groups,
  forty-first), "the city's environment department said" and "the country's protected areas
  commission said" (a possessive heading the source, eighty-third), "the state pollution
  control board said" (a description, thirty-first), "an airport official said"
  (hundred-forty-third: "a U.S. official said"), "a study by Kasetsart University found", "a
  government forecasting system estimated", "according to a survey by WWF Mexico",
  "according to the first national wildlife census", "according to preliminary satellite
  data", "according to a report by two wildlife charities", "the report said", "according to
  an analysis published by City Hall", "Environment Agency data showed", "World Bank
  estimates show", "figures from the European Forest Fire Information System show",
  "official figures show", "Welsh Government figures showed", "Mayor's office figures
  showed", "The figures showed" (documents and data, hundred-forty-fifth), "according to the
  monitoring network MapBiomas" (a description before the name, fortieth), and all
  negatives, also those with a named speaker.
- Negatives (ninety-eighth, hundred-forty-fifth, hundred-fifty-second): rhetoric and creed
  in quotes from campaigners, ministers, officials, scientists and a company („Jeder Garten
  kann ein kleines Naturschutzgebiet sein“, «Der Wolf ist zurück, ...», „Die Agrarwende ist
  ... die letzte Chance“, "Every one of these birds tells us something ...", „Saubere Luft
  ist kein Luxus, ...“, "a slow-motion catastrophe", „Die Au ist die Lunge des Wiener
  Beckens“, "Our wildlife is our heritage ...", „Wer den Rhein als Abwasserkanal missbraucht,
  ...“, «Die Zahlen zeigen, dass die Pestizidreduktion ...», "The forest is not a warehouse
  of commodities", „Der Schweinswal ist der Gradmesser ...“, „Das ist nur die Spitze des
  Eisbergs“, "Nature is sending us an SOS ...", „Die Donau ist kein Müllschlucker“, „Wer
  einen Luchs erschießt, ...“, "This is a national scandal, ...", "a death sentence for
  fragile coastal communities", "The mayor has turned clean air into a cash machine", "These
  numbers are frankly embarrassing ...", „Deutschland ist Europameister im Verpackungsmüll,
  ...“); labels of NGOs and lobbies ("Pro Natura sprach von einer „Politik mit dem Gewehr
  ...“", "Der BUND sprach von einem „viel zu milden Bescheid“ und forderte ...", "Farm lobby
  groups called the fines an attack on rural producers."; ninety-eighth, hundred-sixteenth);
  a verdict with "halten ... für" ("Umweltorganisationen halten die neuen Grenzwerte für viel
  zu zaghaft."; hundred-twenty-second); group verdicts and an accusation without a
  checkable claim ("Conservation groups said the spending was pointless ...", "Industry
  groups have argued ...", "Opposition parties accused the government of cutting forest
  service budgets to the bone.", "Umweltverbände machen die Elbvertiefung mitverantwortlich
  und fordern ...", "Local authorities warned they could not afford ..."); a company's
  apology ("We are truly sorry ..."; hundred-fifty-second: "I betrayed the trust ..."); a shopkeeper's complaint („Die Automaten
  fressen uns die Verkaufsfläche weg“, klagte ...); advice and a service line ("Ärzte raten
  Asthmatikern ...", "Visitors to the sanctuaries are asked not to touch ...", "Wer mitmachen
  will, kann seine Beobachtungen noch bis Montag online melden.", the hedgehog charity's
  "Cut a hole the size of a CD ..."; fifty-fifth, hundred-fifty-second); an appeal for
  witnesses ("Die Polizei bittet Zeugen, ...") and a governor's appeal ("The governor urged
  companies to let staff work from home ..."; hundred-sixteenth); the forecast without a
  figure (above); open questions and doubts ("Ob die Erweiterung den Fischbestand ...", "Ob
  die Massnahmen des Bundes greifen, ...", "Ob akustische Warngeräte ...", "Wie viel
  Mikroplastik tatsächlich aus Kläranlagen stammt, ...", "Ob die Vorgaben zu weniger Müll
  führen ...", "It was not immediately clear how the ministry had adjusted ... in 2021." with
  its year labelled, "Whether governments will meet their pledge to protect 30% of land and
  sea by 2030 remains in doubt." with its figures labelled, "Whether the fall in pollution
  has translated into fewer hospital admissions is still being studied."; hundred-fourteenth,
  hundred-forty-fifth); quotes of alarm („Die Elbe erstickt vor
  unseren Augen“, "Families here have been drinking this stuff ...", "We should celebrate,
  but cautiously,"); and vox pops with their figures labelled (the noodle seller, the surf
  instructor, the Huntington Beach resident, Eleni Papadaki, Priya Malhotra and the
  68-jährige Anwohnerin above; hundred-twenty-fourth, hundred-forty-fifth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_160 = [
    # --- Stunde der Wintervögel (dpa), January ---
    (
        "de",
        "Berlin (dpa) - Bei der bundesweiten Zählaktion „Stunde der Wintervögel“ haben am vergangenen Wochenende mehr als 118.000 Menschen die Vögel in ihren Gärten und Parks gemeldet.",
        True,
        [("count", 118000, None, "over")],
        None,
    ),
    (
        "de",
        "Insgesamt wurden nach Angaben des Nabu rund 2,6 Millionen Vögel gezählt, im Schnitt 37 pro Garten.",
        True,
        [("count", 2600000, None, "about"), ("count", 37, None, None)],
        "der Nabu",
    ),
    (
        "de",
        "Der Haussperling blieb mit durchschnittlich 6,1 Exemplaren pro Garten der häufigste Wintervogel, gefolgt von Kohlmeise und Blaumeise.",
        True,
        [("count", 6.1, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der gemeldeten Amseln sank dagegen um 14 Prozent gegenüber dem Vorjahr, was Fachleute auf das Usutu-Virus zurückführen.",
        True,
        [("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Den Erlenzeisig sahen die Teilnehmer knapp fünfmal so häufig wie vor einem Jahr.",
        True,
        [("count", 5, None, "nearly")],
        None,
    ),
    ("de", "Die Mitmachaktion fand in diesem Winter zum 15. Mal statt.", True, [("ordinal", 15, None, None)], None),
    (
        "de",
        "„Jeder Garten kann ein kleines Naturschutzgebiet sein“, sagte Nabu-Vogelexpertin Sabine Lohrengel.",
        False,
        [],
        None,
    ),
    ("de", "Wer mitmachen will, kann seine Beobachtungen noch bis Montag online melden.", False, [], None),
    # --- Smog closes Bangkok schools (Reuters), January ---
    (
        "en",
        "BANGKOK, Jan 21 (Reuters) - Authorities in Bangkok ordered 352 schools to close on Tuesday after fine particle pollution climbed to unhealthy levels in 46 of the city's 50 districts.",
        True,
        [
            ("date", "--01-21", None, None),
            ("count", 352, None, None),
            ("count", 46, None, None),
            ("count", 50, None, None),
        ],
        None,
    ),
    (
        "en",
        "PM2.5 readings peaked at 108 micrograms per cubic metre in Bang Khun Thian district, more than twice Thailand's safe limit of 37.5, the city's environment department said.",
        True,
        [("count", 108, None, None), ("count", 2, None, "over"), ("count", 37.5, None, None)],
        None,
    ),
    (
        "en",
        "The World Health Organization recommends that 24-hour average exposure to the particles should not exceed 15 micrograms.",
        True,
        [("duration", 24, "hour", None), ("count", 15, None, None)],
        None,
    ),
    (
        "en",
        "About 2.4 million people in Thailand sought treatment for pollution-related illnesses in the first three weeks of the year, according to the Public Health Ministry.",
        True,
        [("count", 2400000, None, "about"), ("ordinal", 1, None, None), ("duration", 3, "week", None)],
        "the Public Health Ministry",
    ),
    (
        "en",
        "Farmers burning crop stubble in neighbouring provinces account for roughly 30% of the haze, a study by Kasetsart University found.",
        True,
        [("percent", 30, "%", "about")],
        None,
    ),
    (
        "en",
        "A similar closure in February last year affected about 200 schools.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    ("en", "The governor urged companies to let staff work from home for the rest of the week.", False, [], None),
    (
        "en",
        '"I can taste the smoke when I wake up," said Somchai Rattanakul, 58, who sells noodles near Victory Monument.',
        False,
        [("duration", 58, "year", None)],
        None,
    ),
    # --- Wölfe in der Schweiz (Keystone-SDA), February ---
    (
        "de",
        "Bern (Keystone-SDA) - In der Schweiz leben nach Schätzungen des Bundes inzwischen rund 330 Wölfe in 36 Rudeln.",
        True,
        [("count", 330, None, "about"), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "Vor fünf Jahren waren es noch etwa 80 Tiere gewesen, teilte das Bafu am Montag mit.",
        True,
        [("duration", 5, "year", None), ("count", 80, None, "about")],
        "das Bafu",
    ),
    (
        "de",
        "Im vergangenen Jahr rissen Wölfe gemäss Bafu 1'170 Nutztiere, vor allem Schafe und Ziegen, knapp ein Viertel weniger als im Jahr davor.",
        True,
        [("count", 1170, None, None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Für gerissene Nutztiere zahlten Bund und Kantone den Haltern im vergangenen Jahr Entschädigungen von insgesamt 1,9 Millionen Franken.",
        True,
        [("money", 1900000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Seit der Lockerung des Jagdgesetzes Ende 2023 haben die Kantone den Abschuss von 92 Wölfen bewilligt, 61 davon wurden erlegt.",
        True,
        [("year", 2023, None, None), ("count", 92, None, None), ("count", 61, None, None)],
        None,
    ),
    (
        "de",
        "Allein im Wallis wurden in der Regulierungsperiode zwischen September und Januar 27 Tiere geschossen.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    (
        "de",
        "«Der Wolf ist zurück, und er wird bleiben – damit müssen wir leben lernen», sagte Bafu-Vizedirektor Reto Kälin.",
        False,
        [],
        None,
    ),
    ("de", "Pro Natura sprach von einer „Politik mit dem Gewehr statt mit dem Kopf“.", False, [], None),
    (
        "de",
        "Die Umweltorganisation hat gegen mehrere kantonale Verfügungen Beschwerde beim Bundesverwaltungsgericht eingereicht.",
        True,
        [],
        None,
    ),
    # --- Monarch butterflies in Mexico (AP), February ---
    (
        "en",
        "MEXICO CITY (AP) — Monarch butterflies wintering in central Mexico covered 1.62 hectares of forest this season, up from 0.84 hectares a year earlier, the country's protected areas commission said Wednesday.",
        True,
        [("count", 1.62, None, None), ("count", 0.84, None, None)],
        None,
    ),
    (
        "en",
        "Scientists estimate that each hectare holds about 19 million butterflies.",
        True,
        [("count", 19000000, None, "about")],
        None,
    ),
    (
        "en",
        "The population remains far below the 6 hectares that researchers consider necessary for the migration to survive.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "At its peak in 1996, the colonies covered more than 18 hectares.",
        True,
        [("year", 1996, None, None), ("count", 18, None, "over")],
        None,
    ),
    (
        "en",
        "Illegal logging in the reserve fell to 3.4 hectares, from 11.9 hectares the previous season, according to a survey by WWF Mexico.",
        True,
        [("count", 3.4, None, None), ("count", 11.9, None, None)],
        None,
    ),
    (
        "en",
        '"We should celebrate, but cautiously," said Humberto Ocampo, a biologist who has studied the colonies since his student days.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Visitors to the sanctuaries are asked not to touch the butterflies or the trees they cluster on.",
        False,
        [],
        None,
    ),
    # --- Rote Liste der Brutvögel (dpa), March ---
    (
        "de",
        "Berlin (dpa) - Von den 248 regelmäßig in Deutschland brütenden Vogelarten stehen 109 auf der neuen Roten Liste, das sind 44 Prozent.",
        True,
        [("count", 248, None, None), ("count", 109, None, None), ("percent", 44, "%", None)],
        None,
    ),
    (
        "de",
        "Besonders stark betroffen sind Vögel der Agrarlandschaft: Der Bestand des Kiebitzes ist seit 1980 um 86 Prozent eingebrochen.",
        True,
        [("year", 1980, None, None), ("percent", 86, "%", None)],
        None,
    ),
    (
        "de",
        "Das Rebhuhn hat im selben Zeitraum knapp 90 Prozent seiner Brutpaare verloren.",
        True,
        [("percent", 90, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Der Seeadler dagegen zählt inzwischen wieder rund 1.000 Brutpaare, dreimal so viele wie 1990.",
        True,
        [("count", 1000, None, "about"), ("count", 3, None, None), ("year", 1990, None, None)],
        None,
    ),
    (
        "de",
        "Die Liste wird von einem Fachgremium aus Vogelkundlern etwa alle fünf Jahre neu erstellt.",
        True,
        [("duration", 5, "year", "about")],
        None,
    ),
    (
        "de",
        "„Die Agrarwende ist für die Feldvögel die letzte Chance“, sagte der Ornithologe Matthias Grünwald.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bauernverband wies eine Alleinschuld der Landwirte zurück und verwies auf Fressfeinde wie Fuchs und Krähe.",
        True,
        [],
        None,
    ),
    # --- Garden birdwatch (PA), March ---
    (
        "en",
        "LONDON (PA) - House sparrows remained the most common visitor in the RSPB's Big Garden Birdwatch for the 22nd year running, with 4.3 birds per garden on average.",
        True,
        [("ordinal", 22, None, None), ("count", 4.3, None, None)],
        None,
    ),
    (
        "en",
        "More than 610,000 volunteers joined the three-day survey, counting 9.4 million birds over the last weekend of January.",
        True,
        [("count", 610000, None, "over"), ("duration", 3, "day", None), ("count", 9400000, None, None)],
        None,
    ),
    (
        "en",
        "Starling numbers recorded in gardens have fallen by 84% since the count began in 1979.",
        True,
        [("percent", 84, "%", None), ("year", 1979, None, None)],
        None,
    ),
    (
        "en",
        "Greenfinch sightings were down a further 11% on last year, a decline the RSPB links to the parasite disease trichomonosis.",
        True,
        [("percent", 11, "%", None)],
        None,
    ),
    (
        "en",
        "Long-tailed tits rose 6% and entered the top 10 for the first time since 2016.",
        True,
        [("percent", 6, "%", None), ("count", 10, None, None), ("ordinal", 1, None, None), ("year", 2016, None, None)],
        None,
    ),
    (
        "en",
        '"Every one of these birds tells us something about the health of our green spaces," said RSPB chief executive Helen Marchbank.',
        False,
        [],
        None,
    ),
    # --- Einwegpfand in Österreich (APA), March ---
    (
        "de",
        "Wien (APA) - Seit Einführung des Einwegpfands zu Jahresbeginn sind in Österreich rund 410 Millionen Flaschen und Dosen über die Rücknahmestellen zurückgegeben worden.",
        True,
        [("count", 410000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Rücklaufquote liege nach drei Monaten bei 71 Prozent, das Ziel für 2027 seien 90 Prozent, sagte Geschäftsführerin Martina Haslinger.",
        True,
        [
            ("duration", 3, "month", None),
            ("percent", 71, "%", None),
            ("year", 2027, None, None),
            ("percent", 90, "%", None),
        ],
        "Martina Haslinger",
    ),
    (
        "de",
        "Auf jede Flasche und jede Dose wird ein 25-Cent-Pfand eingehoben.",
        True,
        [("money", 0.25, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund 28.000 Rücknahmestellen gibt es inzwischen, davon etwa 4.600 mit Automaten.",
        True,
        [("count", 28000, None, "about"), ("count", 4600, None, "about")],
        None,
    ),
    (
        "de",
        "Die Recyclingquote für Kunststoffverpackungen lag zuletzt bei 27 Prozent, die EU verlangt bis 2025 mindestens 50 Prozent.",
        True,
        [("percent", 27, "%", None), ("year", 2025, None, None), ("percent", 50, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Der Handelsverband beziffert die Investitionen seiner Mitglieder in die Rücknahme auf 180 Millionen Euro.",
        True,
        [("money", 180000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Die Automaten fressen uns die Verkaufsfläche weg“, klagte ein Lebensmittelhändler aus dem Mühlviertel.",
        False,
        [],
        None,
    ),
    # --- Sewage spills in England (Reuters), March ---
    (
        "en",
        "LONDON, March 27 (Reuters) - Storm overflows run by English water firms released untreated sewage into rivers and coastal waters for a total of 3.61 million hours last year, up 2% on the year before, Environment Agency data showed.",
        True,
        [("date", "--03-27", None, None), ("duration", 3610000, "hour", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "The number of individual spill events rose to 464,056, an average of about 32 per storm overflow.",
        True,
        [("count", 464056, None, None), ("count", 32, None, "about")],
        None,
    ),
    (
        "en",
        "Separately, a court in Bristol fined Severn Vale Water £11.4 million for illegally dumping sewage into the River Frome on 47 occasions between 2019 and 2022.",
        True,
        [
            ("money", 11400000, "GBP", None),
            ("count", 47, None, None),
            ("year", 2019, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        "No English water firm has ever been handed a bigger penalty for pollution, the Environment Agency said.",
        True,
        [],
        "the Environment Agency",
    ),
    (
        "en",
        "Severn Vale Water said it had invested £220 million in its network since 2020 and would not appeal.",
        True,
        [("money", 220000000, "GBP", None), ("year", 2020, None, None)],
        "Severn Vale Water",
    ),
    (
        "en",
        '"We are truly sorry for the harm caused to the river and the people who love it," the company added.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"This is a national scandal, and the public has run out of patience," said Tom Aldridge of the campaign group River Action.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ministers have pledged to halve sewage pollution from water companies by 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    # --- Luftgüte in Österreich (APA), April ---
    (
        "de",
        "Wien (APA) - Die Feinstaubbelastung in Österreich ist im vergangenen Jahr erneut gesunken, an keiner der 128 Messstellen wurde der Jahresgrenzwert für PM10 überschritten.",
        True,
        [("count", 128, None, None)],
        None,
    ),
    (
        "de",
        "Den höchsten Jahresmittelwert registrierte das Umweltbundesamt mit 24 Mikrogramm pro Kubikmeter an der Station Graz-Don Bosco, erlaubt sind 40 Mikrogramm.",
        True,
        [("count", 24, None, None), ("count", 40, None, None)],
        None,
    ),
    (
        "de",
        "Beim Stickstoffdioxid lagen noch zwei Stationen über dem Grenzwert, beide an stark befahrenen Straßen in Tirol.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Den Tagesgrenzwert für Feinstaub überschritt die Messstelle Klagenfurt-Völkermarkterstraße an 19 Tagen, zulässig sind 25 Tage im Jahr.",
        True,
        [("duration", 19, "day", None), ("duration", 25, "day", None)],
        None,
    ),
    (
        "de",
        "Ab 2030 gilt nach der neuen EU-Luftqualitätsrichtlinie ein Jahresgrenzwert von 20 Mikrogramm für PM10 und von 10 Mikrogramm für PM2,5.",
        True,
        [("year", 2030, None, None), ("count", 20, None, None), ("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Nach den derzeitigen Werten würde rund ein Drittel der Messstellen diese Vorgaben verfehlen, teilte das Umweltbundesamt am Dienstag mit.",
        True,
        [("fraction", 0.3333, None, "about")],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "„Saubere Luft ist kein Luxus, sondern ein Grundrecht“, sagte Umweltministerin Helga Strohmaier.",
        False,
        [],
        None,
    ),
    ("de", "Umweltorganisationen halten die neuen Grenzwerte für viel zu zaghaft.", False, [], None),
    # --- Great Barrier Reef bleaching (Reuters), April ---
    (
        "en",
        "SYDNEY, April 15 (Reuters) - Aerial surveys found bleaching on 73% of the more than 1,000 reefs inspected along the Great Barrier Reef, the sixth mass bleaching event since 2016, Australian authorities said.",
        True,
        [
            ("date", "--04-15", None, None),
            ("percent", 73, "%", None),
            ("count", 1000, None, "over"),
            ("ordinal", 6, None, None),
            ("year", 2016, None, None),
        ],
        None,
    ),
    (
        "en",
        "The Great Barrier Reef Marine Park Authority said about 40% of the reefs surveyed showed high or extreme bleaching.",
        True,
        [("percent", 40, "%", "about")],
        "the Great Barrier Reef Marine Park Authority",
    ),
    (
        "en",
        "Sea surface temperatures in parts of the Coral Sea ran up to 2 degrees Celsius above the February average.",
        True,
        [("count", 2, None, "up_to")],
        None,
    ),
    (
        "en",
        "The reef stretches for about 2,300 km (1,400 miles) and covers an area of roughly 344,400 square kilometres.",
        True,
        [("count", 2300, None, "about"), ("count", 1400, None, None), ("count", 344400, None, "about")],
        None,
    ),
    (
        "en",
        "Marine biologist Naomi Whitlam said early dive surveys suggested up to half of the coral on some northern reefs could die.",
        True,
        [("fraction", 0.5, None, "up_to")],
        "Naomi Whitlam",
    ),
    ("en", '"What we are watching is a slow-motion catastrophe," Whitlam said.', False, [], None),
    (
        "en",
        "Environment Minister Claire Hollis said the government had committed A$1.2 billion to reef protection since 2022.",
        True,
        [("money", 1200000000, "AUD", None), ("year", 2022, None, None)],
        "Claire Hollis",
    ),
    (
        "en",
        "Conservation groups said the spending was pointless while Australia keeps approving new coal and gas projects.",
        False,
        [],
        None,
    ),
    # --- Plastic on Bali's beaches (AFP), April ---
    (
        "en",
        "DENPASAR, Indonesia (AFP) - Volunteers and soldiers hauled more than 60 tonnes of plastic waste from beaches in southern Bali in a single weekend after monsoon currents washed rubbish ashore.",
        True,
        [("count", 60, None, "over")],
        None,
    ),
    (
        "en",
        "Officials said 412 people had taken part in the clean-up on Kuta beach alone.",
        True,
        [("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "Indonesia generates about 6.9 million tonnes of plastic waste a year, of which more than 55% is not properly managed, World Bank estimates show.",
        True,
        [("count", 6900000, None, "about"), ("percent", 55, "%", "over")],
        None,
    ),
    (
        "en",
        "Bali's provincial government banned single-use plastic bags and straws six years ago.",
        True,
        [("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        '"Every morning the sea brings us a new carpet of bottles and bags," said surf instructor Made Suardana, 29.',
        False,
        [("duration", 29, "year", None)],
        None,
    ),
    # --- Nationalpark Donau-Auen wird größer (APA), May ---
    (
        "de",
        "Wien (APA) - Der Nationalpark Donau-Auen wird um 480 Hektar erweitert, wie das Land Niederösterreich am Donnerstag mitteilte.",
        True,
        [("count", 480, None, None)],
        "das Land Niederösterreich",
    ),
    (
        "de",
        "Damit wächst das Schutzgebiet zwischen Wien und der slowakischen Grenze auf knapp 98 Quadratkilometer.",
        True,
        [("count", 98, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die neuen Flächen, großteils Auwald und ehemalige Äcker, kaufen Bund und Land um rund 14 Millionen Euro von privaten Eigentümern.",
        True,
        [("money", 14000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Im Nationalpark leben mehr als 800 Pflanzenarten, 30 Säugetierarten und rund 100 Brutvogelarten.",
        True,
        [("count", 800, None, "over"), ("count", 30, None, None), ("count", 100, None, "about")],
        None,
    ),
    (
        "de",
        "Der Nationalpark wurde 1996 gegründet und ist einer von sechs in Österreich.",
        True,
        [("year", 1996, None, None), ("count", 6, None, None)],
        None,
    ),
    ("de", "In den neuen Kernzonen ist das Angeln ab 2027 verboten.", True, [("year", 2027, None, None)], None),
    ("de", "„Die Au ist die Lunge des Wiener Beckens“, sagte Nationalparkdirektorin Edith Wallnöfer.", False, [], None),
    (
        "de",
        "Ob die Erweiterung den Fischbestand der Donau tatsächlich stabilisiert, wird sich erst in einigen Jahren zeigen.",
        False,
        [],
        None,
    ),
    # --- Kenya's wildlife census (AP), May ---
    (
        "en",
        "NAIROBI, Kenya (AP) — Kenya's elephant population has grown to 36,280, up from about 16,000 in 1989, according to the first national wildlife census in four years, released Tuesday.",
        True,
        [
            ("count", 36280, None, None),
            ("count", 16000, None, "about"),
            ("year", 1989, None, None),
            ("ordinal", 1, None, None),
            ("duration", 4, "year", None),
        ],
        None,
    ),
    (
        "en",
        "The count, carried out from light aircraft over 42 days, also recorded 1,840 black rhinos and 1,104 white rhinos.",
        True,
        [("duration", 42, "day", None), ("count", 1840, None, None), ("count", 1104, None, None)],
        None,
    ),
    (
        "en",
        "Tourism and Wildlife Minister Joseph Kariuki said poaching deaths of elephants had fallen to nine last year from 384 in 2012.",
        True,
        [("count", 9, None, None), ("count", 384, None, None), ("year", 2012, None, None)],
        "Joseph Kariuki",
    ),
    (
        "en",
        "Numbers of the endangered Grevy's zebra fell by 3% to about 2,350.",
        True,
        [("percent", 3, "%", None), ("count", 2350, None, "about")],
        None,
    ),
    (
        "en",
        "Lions numbered 2,489, roughly a quarter of them living outside protected areas.",
        True,
        [("count", 2489, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "en",
        "Conservationists said a drought in the north had killed at least 400 elephants since 2022.",
        True,
        [("count", 400, None, "at_least"), ("year", 2022, None, None)],
        None,
    ),
    ("en", '"Our wildlife is our heritage and our economy, and we will defend it," Kariuki said.', False, [], None),
    (
        "en",
        "It was not immediately clear how the ministry had adjusted for the different survey methods used in 2021.",
        False,
        [("year", 2021, None, None)],
        None,
    ),
    # --- Geldbuße für Chemiefirma (dpa/lsw), June ---
    (
        "de",
        "Mannheim (dpa/lsw) - Wegen der unerlaubten Einleitung belasteter Abwässer in den Rhein muss ein Mannheimer Chemiehersteller eine Geldbuße von 2,4 Millionen Euro zahlen.",
        True,
        [("money", 2400000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Unternehmen habe zwischen März 2022 und Oktober 2023 an mindestens 56 Tagen ungeklärtes Prozesswasser abgeleitet, teilte das Regierungspräsidium Karlsruhe mit.",
        True,
        [("year", 2022, None, None), ("year", 2023, None, None), ("duration", 56, "day", "at_least")],
        "das Regierungspräsidium Karlsruhe",
    ),
    (
        "de",
        "In Proben wurden bis zu 3,8 Milligramm Dichlorbenzol pro Liter gemessen, das Zwanzigfache des zulässigen Werts.",
        True,
        [("count", 3.8, None, "up_to"), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Zusätzlich schöpft die Behörde einen wirtschaftlichen Vorteil von 610.000 Euro ab.",
        True,
        [("money", 610000, "EUR", None)],
        None,
    ),
    ("de", "Die Firma hat die Vorwürfe eingeräumt und auf Rechtsmittel verzichtet.", True, [], None),
    ("de", "Fische seien nach bisherigen Erkenntnissen nicht verendet, hieß es aus der Behörde.", True, [], None),
    (
        "de",
        "„Wer den Rhein als Abwasserkanal missbraucht, muss dafür teuer bezahlen“, sagte Regierungspräsidentin Sylvia Ohnesorg.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der BUND sprach von einem „viel zu milden Bescheid“ und forderte strafrechtliche Konsequenzen für die Verantwortlichen.",
        False,
        [],
        None,
    ),
    # --- EPA fines chemical maker over PFAS (AP), June ---
    (
        "en",
        "WASHINGTON (AP) — The Environmental Protection Agency on Thursday fined a North Carolina chemical maker $18.7 million for releasing so-called forever chemicals into the Cape Fear River for more than six years.",
        True,
        [("money", 18700000, "USD", None), ("duration", 6, "year", "over")],
        None,
    ),
    (
        "en",
        "Carrow Chemical Co. must also spend at least $42 million on a filtration system that removes 99% of PFAS from its wastewater, the agency said.",
        True,
        [("money", 42000000, "USD", "at_least"), ("percent", 99, "%", None)],
        "the agency",
    ),
    (
        "en",
        "Tests downstream found the compound GenX at 140 parts per trillion, 35 times the new federal drinking water limit of 4 parts per trillion.",
        True,
        [("count", 140, None, None), ("count", 35, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "en",
        "About 300,000 people in the Wilmington area draw their drinking water from the river.",
        True,
        [("count", 300000, None, "about")],
        None,
    ),
    (
        "en",
        "In a statement, the company said it had cut its PFAS emissions by 92% since 2019 and would comply with the order.",
        True,
        [("percent", 92, "%", None), ("year", 2019, None, None)],
        "the company",
    ),
    (
        "en",
        "The settlement does not resolve more than 1,200 personal injury lawsuits pending against the company in state and federal courts.",
        True,
        [("count", 1200, None, "over")],
        None,
    ),
    (
        "en",
        '"Families here have been drinking this stuff for decades without knowing it," said Rosalind Tate, who leads a local clean water group.',
        False,
        [],
        None,
    ),
    ("en", "Industry groups have argued the EPA's limits are costly and scientifically unjustified.", False, [], None),
    # --- Pestizide in Bächen (Keystone-SDA), June ---
    (
        "de",
        "Dübendorf (Keystone-SDA) - In zwei Dritteln der untersuchten Schweizer Bäche haben Forschende Pestizidkonzentrationen gefunden, die für Wasserlebewesen schädlich sind.",
        True,
        [("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "de",
        "Das Wasserforschungsinstitut Eawag hatte zwischen April und Oktober in 31 kleinen Fliessgewässern in Landwirtschaftsgebieten Proben genommen.",
        True,
        [("count", 31, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt wurden 147 verschiedene Wirkstoffe nachgewiesen, in einzelnen Proben bis zu 62 gleichzeitig.",
        True,
        [("count", 147, None, None), ("count", 62, None, "up_to")],
        None,
    ),
    (
        "de",
        "Der Grenzwert für das Insektizid Chlorpyrifos wurde an einer Messstelle um das 90-Fache überschritten, teilte die Eawag mit.",
        True,
        [("count", 90, None, None)],
        "die Eawag",
    ),
    ("de", "Dabei ist Chlorpyrifos in der Schweiz seit 2020 verboten.", True, [("year", 2020, None, None)], None),
    (
        "de",
        "Der Bauernverband verwies darauf, dass der Verkauf von Pflanzenschutzmitteln seit 2008 um rund 40 Prozent zurückgegangen sei.",
        True,
        [("year", 2008, None, None), ("percent", 40, "%", "about")],
        None,
    ),
    (
        "de",
        "«Die Zahlen zeigen, dass die Pestizidreduktion auf dem Papier besser aussieht als im Bach», sagte Eawag-Forscher Lukas Zumbühl.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Massnahmen des Bundes greifen, wird erst die nächste Messkampagne zeigen.", False, [], None),
    # --- Oil spill off California (Reuters), June ---
    (
        "en",
        "LOS ANGELES, June 12 (Reuters) - A ruptured pipeline off Southern California leaked an estimated 126,000 gallons of crude oil into the Pacific, fouling beaches along a 20-mile stretch of coast, the U.S. Coast Guard said on Thursday.",
        True,
        [("date", "--06-12", None, None), ("count", 126000, None, "about"), ("count", 20, None, None)],
        "the U.S. Coast Guard",
    ),
    (
        "en",
        "State wildlife officials said 38 oiled birds had been collected, 11 of them dead.",
        True,
        [("count", 38, None, None), ("count", 11, None, None)],
        None,
    ),
    (
        "en",
        "Pacific Crest Pipeline said it had shut the line within 90 minutes of detecting a pressure drop.",
        True,
        [("duration", 90, "minute", None)],
        "Pacific Crest Pipeline",
    ),
    (
        "en",
        "Federal investigators believe a ship's anchor may have dragged across the pipeline during a storm in January.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The operator faces civil penalties of up to $4,300 per barrel spilled under the Clean Water Act.",
        True,
        [("money", 4300, "USD", "up_to")],
        None,
    ),
    ("en", "Beaches from Huntington Beach to Newport Beach will remain closed until further notice.", True, [], None),
    (
        "en",
        '"You can smell it a mile inland," said Huntington Beach resident Carla Moreno, 46.',
        False,
        [("duration", 46, "year", None)],
        None,
    ),
    # --- Waldbrand bei Jüterbog (dpa/bb), July ---
    (
        "de",
        "Jüterbog (dpa/bb) - Ein Waldbrand auf einem ehemaligen Truppenübungsplatz bei Jüterbog hat sich am Wochenende auf rund 520 Hektar ausgeweitet.",
        True,
        [("count", 520, None, "about")],
        None,
    ),
    (
        "de",
        "Weil der Boden mit Munition belastet ist, dürfen die Einsatzkräfte nur von Wegen aus löschen, die mindestens 1.000 Meter vom Feuer entfernt sind.",
        True,
        [("count", 1000, None, "at_least")],
        None,
    ),
    (
        "de",
        "Nach einer zweistündigen Lagebesprechung ließ der Krisenstab am Sonntag die Landstraße zwischen Jüterbog und Luckenwalde sperren.",
        True,
        [("duration", 2, "hour", None)],
        None,
    ),
    (
        "de",
        "Mehr als 280 Feuerwehrleute aus sechs Landkreisen sowie zwei Löschhubschrauber der Bundespolizei waren im Einsatz, teilte der Landkreis Teltow-Fläming mit.",
        True,
        [("count", 280, None, "over"), ("count", 6, None, None), ("count", 2, None, None)],
        "der Landkreis Teltow-Fläming",
    ),
    (
        "de",
        "Brandenburg zählte in diesem Jahr bereits 214 Waldbrände mit einer Fläche von zusammen 1.380 Hektar.",
        True,
        [("count", 214, None, None), ("count", 1380, None, None)],
        None,
    ),
    (
        "de",
        "Die Waldbrandgefahr liegt in weiten Teilen des Landes auf der höchsten Stufe fünf.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    ("de", "Verletzt wurde nach Angaben der Polizei niemand.", True, [], "die Polizei"),
    (
        "de",
        "„Seit 30 Jahren wohne ich am Waldrand, aber so nah war das Feuer noch nie“, sagte eine 68-jährige Anwohnerin.",
        False,
        [("duration", 30, "year", None), ("duration", 68, "year", None)],
        None,
    ),
    # --- Wildfire on Evia (Reuters), July ---
    (
        "en",
        "ATHENS, July 23 (Reuters) - A blaze driven by gale-force gusts has scorched more than 9,000 hectares of pine forest and farmland on the island of Evia, forcing the evacuation of 11 villages, the fire brigade said on Wednesday.",
        True,
        [("date", "--07-23", None, None), ("count", 9000, None, "over"), ("count", 11, None, None)],
        "the fire brigade",
    ),
    (
        "en",
        "Some 460 firefighters, 14 aircraft and nine helicopters were battling the blaze, which broke out on Monday near the village of Kechries.",
        True,
        [("count", 460, None, "about"), ("count", 14, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "Temperatures reached 43 degrees Celsius in parts of central Greece.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "en",
        "Greece has lost about 1.1 million hectares of forest to fire since 2000, roughly 8% of its land area, figures from the European Forest Fire Information System show.",
        True,
        [("count", 1100000, None, "about"), ("year", 2000, None, None), ("percent", 8, "%", "about")],
        None,
    ),
    (
        "en",
        "A 67-year-old shepherd was found dead near his burned-out hut, police said.",
        True,
        [("duration", 67, "year", None)],
        "police",
    ),
    (
        "en",
        '"We have lost everything, the olives, the bees, the house," said Eleni Papadaki, 71, standing outside the school where evacuees were sleeping.',
        False,
        [("duration", 71, "year", None)],
        None,
    ),
    ("en", "Opposition parties accused the government of cutting forest service budgets to the bone.", False, [], None),
    # --- Ozon (dpa), July ---
    (
        "de",
        "Dessau-Roßlau (dpa) - Wegen der Hitze haben die Ozonwerte an 37 Messstationen in Süddeutschland den Schwellenwert von 180 Mikrogramm je Kubikmeter übertroffen.",
        True,
        [("count", 37, None, None), ("count", 180, None, None)],
        None,
    ),
    (
        "de",
        "Den höchsten Einstundenwert meldete das Umweltbundesamt mit 226 Mikrogramm aus Freiburg.",
        True,
        [("duration", 1, "hour", None), ("count", 226, None, None)],
        None,
    ),
    (
        "de",
        "Den Zielwert von 120 Mikrogramm für den höchsten Achtstundenmittelwert eines Tages rissen fast alle Stationen im Süden.",
        True,
        [("count", 120, None, None), ("duration", 8, "hour", None)],
        None,
    ),
    (
        "de",
        "Die Alarmschwelle von 240 Mikrogramm wurde dagegen nirgends erreicht.",
        True,
        [("count", 240, None, None)],
        None,
    ),
    (
        "de",
        "Im gesamten Vorjahr war die Informationsschwelle an lediglich neun Tagen überschritten worden.",
        True,
        [("duration", 9, "day", None)],
        None,
    ),
    (
        "de",
        "Die Werte dürften bis Donnerstag weiter steigen, sagte eine Meteorologin des Deutschen Wetterdienstes.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ärzte raten Asthmatikern und älteren Menschen, körperliche Anstrengung am Nachmittag zu vermeiden.",
        False,
        [],
        None,
    ),
    # --- Sauerstoffloch in der Elbe (dpa/lno), August ---
    (
        "de",
        "Hamburg (dpa/lno) - In der Tideelbe ist der Sauerstoffgehalt an mehreren Messstellen unter drei Milligramm pro Liter gefallen, die für viele Fischarten kritische Grenze.",
        True,
        [("count", 3, None, "under")],
        None,
    ),
    (
        "de",
        "Seit Montag haben Angler und Mitarbeiter der Umweltbehörde rund 4,2 Tonnen tote Fische aus dem Hafen geborgen, vor allem Brassen und Stinte.",
        True,
        [("count", 4.2, None, "about")],
        None,
    ),
    (
        "de",
        "An der Messstation Seemannshöft wurden am Dienstag nur noch 1,9 Milligramm Sauerstoff je Liter gemessen, teilte die Umweltbehörde mit.",
        True,
        [("count", 1.9, None, None)],
        "die Umweltbehörde",
    ),
    (
        "de",
        "Als Ursache gelten Wassertemperaturen von bis zu 26 Grad und ein Algensterben nach der Blüte im Juli.",
        True,
        [("count", 26, None, "up_to")],
        None,
    ),
    (
        "de",
        "Die Zahl solcher Sauerstofflöcher hat sich laut einer Studie der Universität Hamburg seit 2010 fast verdoppelt.",
        True,
        [("year", 2010, None, None)],
        None,
    ),
    (
        "de",
        "Die Hafenbehörde weist einen Zusammenhang mit der Elbvertiefung zurück: Die Baggerungen seien bereits im Juni eingestellt worden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Elbe erstickt vor unseren Augen“, sagte der Fischer Hinrich Behrens aus Finkenwerder.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Umweltverbände machen die Elbvertiefung mitverantwortlich und fordern ein Ende der Baggerarbeiten im Sommer.",
        False,
        [],
        None,
    ),
    # --- Amazon deforestation (Reuters), August ---
    (
        "en",
        "BRASILIA, Aug 7 (Reuters) - Forest clearing in the Brazilian Amazon fell 31% in the 12 months to July to 4,280 square kilometres, the lowest in nine years, according to preliminary satellite data from the space research agency Inpe.",
        True,
        [
            ("date", "--08-07", None, None),
            ("percent", 31, "%", None),
            ("duration", 12, "month", None),
            ("count", 4280, None, None),
            ("duration", 9, "year", None),
        ],
        None,
    ),
    (
        "en",
        "In the Cerrado savanna to the south, however, clearing rose 9% to about 7,100 square kilometres.",
        True,
        [("percent", 9, "%", None), ("count", 7100, None, "about")],
        None,
    ),
    (
        "en",
        "Environment Minister Ana Lucia Ferraz said the government had fined illegal loggers and ranchers a total of 3.2 billion reais ($590 million) since January.",
        True,
        [("money", 3200000000, "BRL", None), ("money", 590000000, "USD", None)],
        "Ana Lucia Ferraz",
    ),
    (
        "en",
        "Fires in the Amazon burned 2.4 million hectares in the first seven months of the year, more than twice the area a year earlier, according to the monitoring network MapBiomas.",
        True,
        [
            ("count", 2400000, None, None),
            ("ordinal", 1, None, None),
            ("duration", 7, "month", None),
            ("count", 2, None, "over"),
        ],
        None,
    ),
    (
        "en",
        "The government has promised to stop all illegal clearing of forest by 2030.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "The official annual figure, from the more precise Prodes system, is usually released in November.",
        True,
        [],
        None,
    ),
    ("en", '"The forest is not a warehouse of commodities," Ferraz told reporters.', False, [], None),
    ("en", "Farm lobby groups called the fines an attack on rural producers.", False, [], None),
    # --- Schweinswale in der Ostsee (dpa/mv), September ---
    (
        "de",
        "Stralsund (dpa/mv) - In der zentralen Ostsee leben nach einer neuen Zählung nur noch etwa 490 Schweinswale.",
        True,
        [("count", 490, None, "about")],
        None,
    ),
    (
        "de",
        "Die Population gilt damit als vom Aussterben bedroht, teilte das Deutsche Meeresmuseum in Stralsund mit.",
        True,
        [],
        "das Deutsche Meeresmuseum",
    ),
    (
        "de",
        "Für die Zählung hatten Forscher aus acht Ostseestaaten an 300 Stellen Unterwassermikrofone ausgebracht, die zwei Jahre lang die Klicklaute der Tiere aufzeichneten.",
        True,
        [("count", 8, None, None), ("count", 300, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Jedes Jahr verenden in der Ostsee nach Schätzungen bis zu 20 Schweinswale als Beifang in Stellnetzen.",
        True,
        [("count", 20, None, "up_to")],
        None,
    ),
    (
        "de",
        "Schon der Verlust von mehr als zwei Tieren pro Jahr gefährde den Bestand, sagte Projektleiterin Anja Vierhaus.",
        True,
        [("count", 2, None, "over")],
        "Anja Vierhaus",
    ),
    (
        "de",
        "Fischereiverbände lehnen weitere Stellnetzverbote ab und verweisen auf bereits geschlossene Gebiete von rund 1.500 Quadratkilometern.",
        True,
        [("count", 1500, None, "about")],
        None,
    ),
    (
        "de",
        "„Der Schweinswal ist der Gradmesser dafür, wie wir mit der Ostsee umgehen“, sagte Vierhaus.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob akustische Warngeräte an den Netzen ausreichen, um die Tiere zu schützen, ist umstritten.",
        False,
        [],
        None,
    ),
    # --- Greifvögel vergiftet (APA), September ---
    (
        "de",
        "Wien (APA) - Mindestens 43 geschützte Greifvögel sind in Österreich im Vorjahr illegal vergiftet, erschossen oder gefangen worden.",
        True,
        [("count", 43, None, "at_least")],
        None,
    ),
    (
        "de",
        "Das geht aus einem Bericht von WWF und BirdLife hervor, die seit 2016 eine Datenbank zu Wildtierkriminalität führen.",
        True,
        [("year", 2016, None, None)],
        None,
    ),
    (
        "de",
        "Besonders betroffen waren Rotmilane und Seeadler, Schwerpunkte sind das Weinviertel und das Nordburgenland.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Nur in etwa jedem zehnten Fall werde ein Täter ausgeforscht, sagte WWF-Artenschutzexperte Florian Stadlhofer.",
        True,
        [("fraction", 0.1, None, "about")],
        "Florian Stadlhofer",
    ),
    (
        "de",
        "Im Burgenland wurden heuer bereits drei vergiftete Kaiseradler gefunden, teilte die Landespolizeidirektion mit.",
        True,
        [("count", 3, None, None)],
        "die Landespolizeidirektion",
    ),
    (
        "de",
        "Für das vorsätzliche Töten geschützter Arten drohen in Österreich bis zu zwei Jahre Haft.",
        True,
        [("duration", 2, "year", "up_to")],
        None,
    ),
    ("de", "„Das ist nur die Spitze des Eisbergs“, sagte Stadlhofer.", False, [], None),
    # --- Hedgehogs (PA), September ---
    (
        "en",
        "LONDON (PA) - Hedgehog populations in rural Britain have fallen by between 30% and 75% since 2000, according to a report by two wildlife charities.",
        True,
        [("percent", 30, "%", None), ("percent", 75, "%", None), ("year", 2000, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Urban numbers appear to have stabilised, with sightings in towns and cities roughly unchanged over the past decade.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The report, based on more than 200,000 sightings, estimates that fewer than 900,000 hedgehogs remain in England, Scotland and Wales.",
        True,
        [("count", 200000, None, "over"), ("count", 900000, None, "under")],
        None,
    ),
    (
        "en",
        "Road traffic kills an estimated 100,000 to 335,000 hedgehogs a year, the report said.",
        True,
        [("count", 100000, None, "about"), ("count", 335000, None, None)],
        None,
    ),
    (
        "en",
        "The hedgehog was listed as vulnerable to extinction in Britain in 2020.",
        True,
        [("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        '"Cut a hole the size of a CD in your garden fence and you have built a hedgehog highway," said Emily Thorncroft of the British Hedgehog Preservation Society.',
        False,
        [],
        None,
    ),
    # --- Living Planet report (Reuters), September ---
    (
        "en",
        "GLAND, Switzerland, Sept 30 (Reuters) - Monitored populations of wild vertebrates have shrunk by an average of 71% since 1970, WWF said on Tuesday in its Living Planet report.",
        True,
        [("date", "--09-30", None, None), ("percent", 71, "%", None), ("year", 1970, None, None)],
        "WWF",
    ),
    (
        "en",
        "The index tracks nearly 35,000 populations of 5,495 species of mammals, birds, fish, reptiles and amphibians.",
        True,
        [("count", 35000, None, "nearly"), ("count", 5495, None, None)],
        None,
    ),
    (
        "en",
        "Freshwater populations fared worst, declining by an average of 84%.",
        True,
        [("percent", 84, "%", None)],
        None,
    ),
    (
        "en",
        "Populations in Latin America and the Caribbean fell by 93%, the steepest drop of any region.",
        True,
        [("percent", 93, "%", None)],
        None,
    ),
    (
        "en",
        "Some scientists have cautioned that the index averages trends across populations and does not measure how many individual animals have been lost.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Nature is sending us an SOS and we are not picking up the phone," said WWF director Kirsten Mabry.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether governments will meet their pledge to protect 30% of land and sea by 2030 remains in doubt.",
        False,
        [("percent", 30, "%", None), ("year", 2030, None, None)],
        None,
    ),
    # --- Scotland's marine protected areas (PA), October ---
    (
        "en",
        "EDINBURGH (PA) - Bottom trawling and dredging will be banned across 20 of Scotland's offshore marine protected areas from next March, covering almost 40,000 square kilometres of seabed.",
        True,
        [("count", 20, None, None), ("count", 40000, None, "nearly")],
        None,
    ),
    (
        "en",
        "The ban follows a 12-week public consultation that drew more than 4,000 responses.",
        True,
        [("duration", 12, "week", None), ("count", 4000, None, "over")],
        None,
    ),
    (
        "en",
        "The measures would affect about 160 fishing vessels, most of them under 12 metres in length, the Scottish Government said.",
        True,
        [("count", 160, None, "about"), ("count", 12, None, "under")],
        "the Scottish Government",
    ),
    (
        "en",
        "Scotland has designated 247 marine protected areas, which together cover 37% of its seas, but only a fraction have management measures in force.",
        True,
        [("count", 247, None, None), ("percent", 37, "%", None)],
        None,
    ),
    (
        "en",
        "Net Zero Secretary Fiona Buchanan said a £3 million fund would help affected fishermen switch to static gear such as creels.",
        True,
        [("money", 3000000, "GBP", None)],
        "Fiona Buchanan",
    ),
    (
        "en",
        "A consultation on inshore areas, within 3 nautical miles of the coast, has been postponed twice since 2023.",
        True,
        [("count", 3, None, None), ("count", 2, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"This is a death sentence for fragile coastal communities," said Elspeth Munro, chief executive of the Scottish Creel and Trawl Association.',
        False,
        [],
        None,
    ),
    # --- Mikroplastik in der Donau (APA), October ---
    (
        "de",
        "Wien (APA) - In Wasserproben aus der Donau unterhalb von Wien hat die Umweltorganisation Greenpeace durchschnittlich 52 Mikroplastik-Partikel pro Kubikmeter gefunden.",
        True,
        [("count", 52, None, None)],
        None,
    ),
    (
        "de",
        "Das seien fast dreimal so viele wie bei einer vergleichbaren Messung im Jahr 2019, sagte Greenpeace-Sprecherin Lisa Wurmitzer.",
        True,
        [("count", 3, None, "nearly"), ("year", 2019, None, None)],
        "Lisa Wurmitzer",
    ),
    (
        "de",
        "Nach Hochrechnungen der Organisation transportiert die Donau täglich rund 3,5 Tonnen Kunststoff ins Schwarze Meer.",
        True,
        [("count", 3.5, None, "about")],
        None,
    ),
    (
        "de",
        "Das Umweltministerium bezweifelte die Aussagekraft der Stichprobe: Greenpeace habe lediglich an drei Tagen gemessen.",
        True,
        [("duration", 3, "day", None)],
        None,
    ),
    (
        "de",
        "Eigene Messungen an 14 Stellen hätten zuletzt Werte zwischen 8 und 31 Partikeln ergeben, teilte ein Ministeriumssprecher mit.",
        True,
        [("count", 14, None, None), ("count", 8, None, None), ("count", 31, None, None)],
        "ein Ministeriumssprecher",
    ),
    ("de", "„Die Donau ist kein Müllschlucker“, sagte Wurmitzer.", False, [], None),
    (
        "de",
        "Wie viel Mikroplastik tatsächlich aus Kläranlagen stammt, ist wissenschaftlich nicht geklärt.",
        False,
        [],
        None,
    ),
    # --- Delhi smog (Reuters), November ---
    (
        "en",
        'NEW DELHI, Nov 13 (Reuters) - New Delhi\'s air quality index hit 491 on Wednesday, in the "severe plus" category, prompting authorities to ban construction and shut primary schools for the rest of the week.',
        True,
        [("date", "--11-13", None, None), ("count", 491, None, None)],
        None,
    ),
    (
        "en",
        "Levels of PM2.5 reached 612 micrograms per cubic metre at Jahangirpuri, about 40 times the World Health Organization's daily guideline.",
        True,
        [("count", 612, None, None), ("count", 40, None, "about")],
        None,
    ),
    (
        "en",
        "Farm fires in Punjab and Haryana contributed about 35% of the capital's pollution on Tuesday, a government forecasting system estimated.",
        True,
        [("percent", 35, "%", "about")],
        None,
    ),
    (
        "en",
        "Punjab recorded 1,251 farm fires on Tuesday alone, the highest single-day count this season, the state pollution control board said.",
        True,
        [("count", 1251, None, None)],
        None,
    ),
    (
        "en",
        "About 300 flights were delayed at Delhi airport because of low visibility, an airport official said.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "en",
        '"My daughter has been coughing for ten days and the doctor says there is nothing to do but wait," said Priya Malhotra, 34.',
        False,
        [("duration", 10, "day", None), ("duration", 34, "year", None)],
        None,
    ),
    # --- Luchs getötet (dpa/lby), November ---
    (
        "de",
        "München (dpa/lby) - Im Bayerischen Wald ist erneut ein Luchs illegal getötet worden, der dritte in diesem Jahr.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das etwa vier Jahre alte Weibchen wurde mit Schrotkugeln im Körper bei Lohberg gefunden, teilte das Landesamt für Umwelt mit.",
        True,
        [("duration", 4, "year", "about")],
        "das Landesamt für Umwelt",
    ),
    (
        "de",
        "Im bayerisch-böhmischen Grenzgebiet leben nach jüngsten Zählungen rund 130 erwachsene Luchse.",
        True,
        [("count", 130, None, "about")],
        None,
    ),
    (
        "de",
        "Seit 2012 wurden in Bayern nach Angaben des Landesbunds für Vogel- und Naturschutz mindestens 14 Luchse nachweislich illegal getötet, aufgeklärt wurde kein einziger Fall.",
        True,
        [("year", 2012, None, None), ("count", 14, None, "at_least")],
        "der Landesbund für Vogel- und Naturschutz",
    ),
    (
        "de",
        "Für Hinweise auf den Täter haben Naturschutzverbände eine Belohnung von 10.000 Euro ausgesetzt.",
        True,
        [("money", 10000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das bayerische Umweltministerium kündigte einen Fünf-Punkte-Plan gegen Wildtierkriminalität an, der unter anderem mehr Spürhunde vorsieht.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "Auf die Wilderei eines Luchses stehen in Deutschland bis zu fünf Jahre Haft.",
        True,
        [("duration", 5, "year", "up_to")],
        None,
    ),
    (
        "de",
        "„Wer einen Luchs erschießt, ist kein Jäger, sondern ein Krimineller“, sagte LBV-Geschäftsführerin Bettina Holzapfel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei bittet Zeugen, die Ende Oktober im Raum Lohberg Schüsse gehört haben, sich zu melden.",
        False,
        [],
        None,
    ),
    # --- London's clean air zone (Reuters), November ---
    (
        "en",
        "LONDON, Nov 20 (Reuters) - Roadside nitrogen dioxide concentrations in central London are 53% lower than they would have been without the city's ultra-low emission zone, according to an analysis published by City Hall on Thursday.",
        True,
        [("date", "--11-20", None, None), ("percent", 53, "%", None)],
        None,
    ),
    (
        "en",
        "The zone, which charges older, more polluting vehicles 12.50 pounds a day, was expanded to cover all 32 London boroughs in 2023.",
        True,
        [("money", 12.5, "GBP", None), ("count", 32, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "Mayor's office figures showed 96.7% of vehicles seen driving in London on an average day now meet the emissions standards.",
        True,
        [("percent", 96.7, "%", None)],
        None,
    ),
    (
        "en",
        "Transport for London said the scheme had raised 408 million pounds in charges and fines in its first full year across the whole city.",
        True,
        [("money", 408000000, "GBP", None), ("ordinal", 1, None, None)],
        "Transport for London",
    ),
    (
        "en",
        "In outer boroughs, nitrogen dioxide fell by about 5% more than in comparable areas outside the zone.",
        True,
        [("percent", 5, "%", "about")],
        None,
    ),
    (
        "en",
        '"The mayor has turned clean air into a cash machine," said Conservative assembly member Richard Ashby.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the fall in pollution has translated into fewer hospital admissions is still being studied.",
        False,
        [],
        None,
    ),
    # --- England's recycling rate (PA), December ---
    (
        "en",
        "LONDON (PA) - Household recycling rates in England have stalled at 43.8% for a third consecutive year, official figures show.",
        True,
        [("percent", 43.8, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Wales recycled 66.7% of household waste, more than any other UK nation and the third highest rate in the world, Welsh Government figures showed.",
        True,
        [("percent", 66.7, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The figures showed households in England produced 22.1 million tonnes of waste, or about 390 kilograms per person.",
        True,
        [("count", 22100000, None, None), ("count", 390, None, "about")],
        None,
    ),
    (
        "en",
        "About 7% went to landfill, while almost half was burned to generate energy.",
        True,
        [("percent", 7, "%", "about"), ("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "en",
        "From April 2026, all councils in England must collect food waste weekly from households, Defra said.",
        True,
        [("year", 2026, None, None)],
        "Defra",
    ),
    (
        "en",
        "The government's target is to recycle 65% of municipal waste by 2035.",
        True,
        [("percent", 65, "%", None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        '"These numbers are frankly embarrassing for a country that likes to lecture others on the environment," said councillor Martin Pryce, who chairs a regional waste partnership.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Local authorities warned they could not afford the changes without more money from central government.",
        False,
        [],
        None,
    ),
    # --- Verpackungsmüll (dpa), December ---
    (
        "de",
        "Dessau-Roßlau (dpa) - Jeder Mensch in Deutschland hat im Jahr 2023 im Schnitt 225 Kilogramm Verpackungsmüll verursacht.",
        True,
        [("year", 2023, None, None), ("count", 225, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt fielen nach Angaben des Umweltbundesamts 18,9 Millionen Tonnen Verpackungsabfälle an, 2,3 Prozent weniger als im Vorjahr.",
        True,
        [("count", 18900000, None, None), ("percent", 2.3, "%", None)],
        "das Umweltbundesamt",
    ),
    (
        "de",
        "Die Recyclingquote lag bei 68 Prozent, bei Kunststoffverpackungen nur bei 51 Prozent.",
        True,
        [("percent", 68, "%", None), ("percent", 51, "%", None)],
        None,
    ),
    ("de", "Fast die Hälfte der Kunststoffabfälle wurde verbrannt.", True, [("fraction", 0.5, None, "nearly")], None),
    (
        "de",
        "Die EU-Verpackungsverordnung schreibt vor, dass ab 2030 alle Verpackungen recyclingfähig sein müssen.",
        True,
        [("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "„Deutschland ist Europameister im Verpackungsmüll, und darauf kann niemand stolz sein“, sagte eine Sprecherin der Deutschen Umwelthilfe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Vorgaben zu weniger Müll führen oder nur zu anderen Verpackungen, bleibt abzuwarten.",
        False,
        [],
        None,
    ),
]
