"""Two-hundred-and-first blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, works and figures are made
up (Katrin Oberhäuser, Johanna Pirchmoser, Séverine Aubort, Annelies Kuster, Henning
Drewitz, Mats Feldkamp, Jörg Bredemeier, Lisa Hutterer, Nadine Berchtold, Chiara Molteni,
Mareike Stoltz, Friederike Amsel, Tilo Brandauer, Franziska Lindner, Ingrid Haugli, Arnd
Feuchtmayr, Bernhard Stelzhammer; Eleanor Fairweather, Pieter van Ommeren, Grant Whitacre,
Mariko Tanabe, Ingrid Salvesen, Sandra Pellow, Martin Crewe, Kobi Mensah, Diego Arrieta,
Callum Reidy, Toby Harcastle, Amélia Castanheira, Hans Kluthe, Wen Liyao, Aino
Lehtikoski, Josephine Arkwright, Darnell Okafor, Ray Dolan, Moira Candlish; Aurovia,
Kessing Securities, Hanbridge Capital, Chirply, Veldhoek Systems, Pellham Investment,
Brightwell Motors; the storm „Leopold“); ministers, presidents, coaches and office holders
of real bodies appear under made-up names that stand for no real holder, or by their role
only ("eine Sprecherin", "the state's premier", "a government spokesperson", "Everton's
manager"). Real bodies, places and things (Bundestag, Bundesrat, Nationalrat, ÖVP, SPÖ,
NEOS, FPÖ, Seniorenrat, Sozialministerium, Vereinigte Bundesversammlung, Deutscher
Wetterdienst, Deutsche Bahn, Brocken, Statistisches Bundesamt, Commerzbank, Nürnberger
Christkindlesmarkt, Landgericht München I, Kantonspolizei Zürich, Flughafen Zürich, SBB,
Borussia Dortmund, VfB Stuttgart, Bayern München, Beaver Creek, ORF, ÖSV, Burgtheater,
Universität Göttingen, «Ecology Letters», Deutschlandtrend, Union, AfD, SPD, Grüne, Linke,
Berlin-Neukölln, Vereinigung Cockpit, Lufthansa, Östersund, Hochfilzen, Bundesgericht,
Wettbewerbskommission, Statistik Austria, Wirtschaftskammer, A7, Kassel; Halifax, Bank of
England, European Union, Senate, Congress, Japan Meteorological Agency, Tohoku Electric
Power, OPEC+, Brent, West Texas Intermediate, Southwark Crown Court, Cusco, Arequipa,
Arsenal, Everton, Premier League, Ashes, Brisbane, Adelaide, Nobel Foundation, Stockholm
City Hall, World Health Organization, Rural Fire Service, New South Wales, European
Commission, Digital Services Act, EU General Court, STOXX 600, DAX, FTSE 100, European
Central Bank, Lampedusa, Zuwara, Italian coast guard, International Organization for
Migration, Los Angeles Lakers, Denver Nuggets, Aslef, Rail Delivery Group, National
Highway Traffic Safety Administration, European Space Agency) stand for the way wire copy
names them; every decision, vote, toll, sum, share, age, time, score and quote here is
invented, and where a real figure came to mind it was changed.

Its weight: AN ORDINARY MIXED WIRE DAY, third round (the hundred-forty-ninth and
hundred-sixty-eighth batches were the first two) - one Monday in early December (Dec 7),
40 short stories in story order across every desk (Inland, Ausland, Wirtschaft, Chronik,
Gericht, Sport, Kultur, Wissenschaft; politics, business, markets, disasters, courts,
sport, culture, science), half German (dpa, APA, Keystone-SDA, Reuters German; German
„“ and Swiss «» quotes, Austrian "Jänner", "Pensionistinnen", Swiss "Busse",
"Mitarbeitende", "1'200") and half English (Reuters, AP, AFP, PA): the German budget
passed, British house prices, Austrian pensions, EU finance ministers on a Ukraine loan,
the Swiss presidential election, a US stopgap bill, an earthquake off Japan, a storm in
northern Germany, oil after OPEC+, German factory orders, a Nordic airline's job cuts,
Christmas markets, a fraud trial in Munich, a care-home theft sentence in London, a bus
crash in Peru, snow in Switzerland, the Bundesliga, the Premier League, a Super-G in
Beaver Creek, the Ashes, Nobel week, a Burgtheater premiere, WHO measles figures, an
insect study, a poll, Chinese exports, bushfires in New South Wales, a flat fire in
Berlin, an EU fine on a platform, a pilots' strike ballot, European markets, a migrant
boat off Lampedusa, biathlon in Östersund, a Swiss cartel fine upheld, Austrian
inflation, the NBA, a pile-up on the A7, a rail strike in England, a vehicle recall and
an asteroid's close pass. Figures as such copy has them: number words and compounds
("nach viertägiger Schlussberatung", "der fünfteiligen Skala", "ein zehnjähriges Kind",
"im 15-Kilometer-Einzel", "a 50-billion-euro loan facility", "a 48-hour strike", "the
five-match Ashes series", "a 90-metre asteroid", "fourth 40-point game"), ordinals ("am
zweiten Adventswochenende", "auf Rang zwei", "sein siebtes Saisontor im 14.
Pflichtspiel", "die 17. Schnitzler-Produktion", "erst die achte Frau", "Dritte wurde",
"the third monthly increase in a row", "for a fifth time", "in the 34th and 71st
minutes", "an eighth straight month"), shares ("Jeder fünfte", "ein Viertel", "about a
quarter", "Nearly two-fifths", "more than half", "about one-third"), tallies ("389 ...,
271 ..., 4 Enthaltungen", "188 von 231", "25 of the bloc's 27", "voted 61 to 37", "11 of
their last 13 Tests"), rates, poll shares and points, basis points, money in euros,
francs, pounds, dollars, cents and Swedish crowns, ages, sentences and spans, race
margins, measures, years, dates with and without a year and hedges. Negatives: quotes of
feeling, pride, verdict and resolve from ministers, executives, coaches, athletes,
analysts, a judge, a laureate and scientists, labels from parties, unions, a lobby, a
lawyer and critics, forecasts without a figure, an appeal, a hope, open questions, scene
colour, a vox pop and the presumption of innocence - one of them carrying a figure,
labelled.

237 rows (119 German, 118 English), 55 negatives (27 German, 28 English), 182 check-worthy
rows of which 17 carry no figure (13 German, 4 English), 279 expected quantities (88 counts,
52 percentages - 49 in %, 2 in pp, 1 in bp -, 35 durations - 16 in years, 8 in hours, 4 in
days, 3 in seconds, 2 in months, 1 in weeks, 1 in minutes -, 27 ordinals, 25 amounts of
money - 12 EUR, 7 USD, 3 SEK, 2 GBP, 1 CHF -, 24 dates, 22 years, 6 fractions; 1 of them in
1 negative, as the seventeenth batch labels a figure in a negative), 35 checked speakers (15
German, 20 English).

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a
  named speaker and an office (seventh, ninety-eighth, hundred-forty-eighth, two-hundredth);
  a quoted or reported statement of fact or figure is check-worthy with its speaker. Pairs
  from one speaker: Oberhäuser's investment quota beside „Noch keine Regierung hat mehr Geld
  ... lockergemacht“; Amsel's summer finding beside „Das Ausmaß hat uns selbst überrascht“;
  Feuchtmayr's three podiums beside Lindner's „glücklich und erleichtert“; Aurovia's cuts
  beside its chief executive's "painful decisions". New: "Chirply said it would appeal the
  decision at the EU General Court in Luxembourg." is check-worthy with speaker "Chirply" -
  a stated step in proceedings is a position of record, as a plea (two-hundredth).
- Check-worthy without a figure (hundred-forty-eighth, two-hundredth): a committee vote by
  named parties, a defendant's partial admission, a guilty plea, a race cancelled, a
  premiere, a study's journal, a final ruling ("Der Entscheid ist endgültig."), an
  investigation under way, a storm halting trains, a shutdown's start at a clock time.
  New: "Amsel sagte, der stärkste Verlust sei in den Sommermonaten gemessen worden." is
  check-worthy with its speaker - a scientist's reported finding without a figure.
- Forecasts and plans with a figure are check-worthy (seventh, hundred-forty-eighth): the
  Bundesrat's date, the next Ecofin and Test dates, the trial's twelve days, the budget
  analysts' 740,000 workers, the asteroid's pass, the recall's 30 minutes, the strike's
  2,400 services, a 70% market-implied chance. Without a figure they are negatives
  ("Senate Majority Leader Grant Whitacre said he expected a final vote by Wednesday.",
  "Traders will watch ...", "Der Schaustellerverband hofft ...", "Amateur astronomers ...
  should be able to see it"; hundred-forty-eighth). A demand with a figure is check-worthy
  (two-hundredth: Verdi's demand): the FPÖ's "mindestens 4 Prozent", the pilots' "mindestens
  70 Prozent".
- Other negatives (hundred-forty-eighth, two-hundredth): labels („Almosen“, „schmerzhaften
  Kompromiss“, „mit Sondertöpfen auszuhebeln“, „atemberaubend kühl“, „Lichtblick für die
  Betriebe“, «schwarzen Tag für das Gewerbe», „völlig realitätsfern“, "a betrayal of loyal
  staff", "too timid", "a shocking lack of humanity"), quotes of feeling and resolve, an
  appeal ("The agency appealed to families ..."), a warning without a figure ("Der
  Wetterdienst warnte ..."), open questions ("Whether the Bank of England ...", "Ob Feldkamp
  ...", "Ob die Koalition ...", "Ob die Inflation im Frühjahr unter die Marke von 2 Prozent
  fällt ..." with its percentage labelled, "unter die Marke von" no hedge; two-hundredth: an open question with its year
  labelled), scene colour (queues, candles, "Pendlerinnen und Pendler brauchten ..."), a
  vox pop and "Es gilt die Unschuldsvermutung." (fifty-fifth). New: "The cause of the
  accident was not immediately clear." is a negative - it states that nothing is known yet,
  as an open question does.
- Counts (every batch): tallies ("389 Abgeordnete, 271 ..., 4 Enthaltungen", "188 von
  231", "mit 164 Stimmen"; sixty-fifth). New: "voted 61 to 37" is two counts - the English
  tally written with "to" reads as "mit 121 zu 68 Stimmen"; scores and records ("3:1",
  "2-0", "118-109", "improved to 16-7") carry none (hundred-forty-eighth). Definite groups
  ("25 of the bloc's 27", "four of five home games", "11 of their last 13 Tests", "nine of
  its oldest aircraft", "48 survivors ... among them 9 children"; forty-first), "zweimal"
  2 (the issue's "viermal"), "seit fünf Spielen" 5, "vier Punkte" 4, "three points clear"
  3, "by seven wickets" 7, "an unbeaten 96 from 131 balls" 96 and 131, "41 points and ...
  12 rebounds", "six straight" 6, "zwei Schießfehler" 2, "mit drei Podestplätzen" 3, "23
  Fahrzeuge". New: "the five-match Ashes series", "fourth 40-point game", "im
  15-Kilometer-Einzel" and "a 90-metre asteroid" carry count 5, 40, 15 and 90 - a figure
  heading a compound counts as "a 36-man squad" (hundred-forty-eighth) and "vierköpfige"
  (two-hundredth). "Stufe 4 der fünfteiligen Skala" counts 4 and 5 (two-hundredth).
  "magnitude 6.8" is count 6.8 (hundred-thirty-fifth: "der Stärke 5,9"). Measures and
  speeds are counts (fourth, eighty-first): "bis zu 152 Kilometern pro Stunde" "up_to",
  "about 50 kilometres", "about 200 metres", "bis zu 25
  Zentimeter", "über 60 Zentimeter" "over", "42 degrees Celsius", "about 38,000
  hectares", "about 2.2 million barrels per day", "roughly 13 kilometres per second". New:
  "Sichtweiten unter 50 Metern" is count 50 "under" - "unter" before a figure bounds it as
  "Just under" does (two-hundredth). None: "STOXX 600", "DAX",
  "FTSE 100", "A7", "OPEC+", clock times ("5:42 p.m.", "0640 GMT", "12:01 a.m.").
- Ordinals and fractions (the issue; every batch): "the third monthly increase in a row" 3,
  "the first tranche" 1, "for a fifth time" 5, "erst die achte Frau" 8 ("erst" no hedge),
  "am zweiten Adventswochenende" 2, "auf Rang zwei" 2 (two-hundredth: "auf Rang vier"),
  "sein siebtes Saisontor im 14. Pflichtspiel" 7 and 14, "in the 34th and 71st minutes" 34
  and 71 (eighteenth), "eighth consecutive league win" 8, "ihren ersten Weltcupsieg" 1,
  "Dritte wurde" 3, "der dritte Saisonsieg" 3, "The third Test" 3, "die 17.
  Schnitzler-Produktion" 17, "the second jab" 2, "for an eighth straight month" 8, "a
  third-quarter loss" 3, "im dritten Stock" 3, "the second fine" 2, "den zweiten Platz" 2,
  "a third game" 3, "seventh U.S. recall" 7, "die dritte Urabstimmung" 3, "the third deadly
  bus crash" 3. Fractions: "about a quarter" 0.25 "about", "Nearly two-fifths" 0.4
  "nearly", "more than half" 0.5 "over", "Jeder fünfte" 0.2 (the issue's "jeder vierte"),
  "nur noch ein Viertel" 0.25 ("nur noch" no hedge), "about one-third of the distance"
  0.3333 "about".
- Percentages: poll shares with the unit written once ("Die Grünen kommen auf 11, die
  Linke auf 9 Prozent"; seventy-sixth), "verliert einen Punkt" 1 pp and "gewinnt zwei
  Punkte hinzu" 2 pp (twenty-seventh), "25 basis points" 25 bp, "by a margin of 87% to 13%"
  both, "roughly 70%" and "roughly 2%" "about", "up to 6%" "up_to", "more than 1%" "over",
  "um 4,2 Prozent unter dem Vorjahresniveau" (the comparison after the figure no hedge,
  hundred-first), "7 Prozent mehr als 2025" no hedge.
- Durations and ages (the issue; every batch): "nach viertägiger Schlussberatung" 4 days,
  "by two years", "about two hours later" "about", "more than three hours" "over", "rund
  sechs Stunden" "about", "five years and four months" two durations, "almost four years"
  "nearly", "knapp vier Stunden" "nearly", "über einen Zeitraum von 34 Jahren" 34 years
  (the preposition before an article no hedge), "seit fast zwei Jahren" "nearly", "60
  working days" 60 days, "mehr als zwei Stunden", "mehr als fünf Stunden lang" "over",
  "about 30 hours earlier", "a 48-hour strike", "over the two days" 2 days and "over two
  years" 2 years ("over" before an article no hedge), "about 30 minutes", "only 11 days
  ago" ("only" no hedge), "Die Abstimmung lief vier Wochen", "in the 12 months to
  November" 12 months (hundred-fifty-second: "In the three months to January"), race
  margins "0,14 Sekunden", "0,52 Sekunden", "21,6 Sekunden" (two-hundredth). Ages are
  durations in years ("Der 52-Jährige", "Die 23-Jährige", "Die 27-Jährige", "der 20-jährige
  Neuzugang", "ein 57-jähriger Radfahrer", "eine 81-jährige Frau und ihren 84 Jahre alten
  Ehemann", "ein zehnjähriges Kind", "Sandra Pellow, 49,", "81-year-old"; sixty-third).
  None: "im laufenden Jahr", "this year", "this season", "a year earlier", "in years",
  "seit Jahresbeginn", weekdays ("am Montag", "in der Nacht zu Montag", "Sunday night"),
  months ("im Oktober", "Ende Februar", "Ende Jänner", "in November") and "the coming weeks".
- Money in the currency written (every batch): EUR ("512,3 Milliarden Euro", "rund 9
  Milliarden Euro", "knapp 61 Milliarden Euro" "nearly", "höchstens 1.400 Euro" "at_most"
  - hundred-thirtieth -, "rund 2,1 Milliarden Euro", "im Schnitt 4,50 Euro" no hedge, "rund
  3,7 Millionen Euro", "4.2 billion euros", "8.5 billion euros", "640 million euros", "rund
  400.000 Euro"). New: "a 50-billion-euro loan facility" is money 5e10 EUR - the
  hyphenated compound reads as "a 28-Punkte-Plan" reads its count. GBP ("301,850 pounds",
  "more than 260,000 pounds" "over"), USD ("$14.8 billion", "$68.41 a barrel", "$64.90",
  "about $1.17 million", "$101.7 billion"; "83 cents" and "79 cents" 0.83 and 0.79 USD -
  fourteenth: cents in USD hundredths), SEK ("1.6 billion Swedish crowns", "412 million
  crowns", "11 million Swedish crowns"), CHF ("1,8 Millionen Franken").
- Years and dates: "für 2027", "seit 2011", "before 2022", "im Oktober 2025" and "in
  February 2024" years (two-hundredth: "im Juni 2025"), "zwischen 2019 und 2024" and
  "zwischen 2016 und 2020" and "2023 to 2025 model year" both, "since 1997", "so far in 2026", "seit 1990",
  "seit 1955", "since 2007", "bereits 2022"; "am 18. Dezember" --12-18 (twice), "Jan. 19"
  --01-19, "through Feb. 13" --02-13, "on Dec. 17" --12-17, "from Dec. 19" --12-19, "on
  Dec. 23" --12-23 (dates without a year); Reuters and AFP English datelines with a day
  ("LONDON, Dec 7 (Reuters)" thrice, "BRUSSELS, ...", "TOKYO, Dec 7 (AFP)", "SINGAPORE",
  "STOCKHOLM" twice, "LIMA", "BRISBANE", "GENEVA", "BEIJING", "SYDNEY", "ROME", "DETROIT",
  "PARIS") --12-07 (hundred-forty-eighth); dpa, APA, Keystone-SDA, Reuters German, AP
  ("WASHINGTON (AP) —", "LOS ANGELES (AP) —") and PA ("LONDON (PA) -") datelines none
  (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "about", "Some", "some", "roughly",
  "around" "about"; "knapp", "fast", "almost", "Nearly" "nearly"; "mehr als", "More than",
  "more than", "über" before a figure "over"; "unter" before a figure "under";
  "mindestens", "At least", "at least" "at_least"; "bis zu", "up to" "up_to"; "höchstens"
  "at_most". No hedge: "insgesamt", "bereits", "erst", "nur noch", "only", "im Schnitt",
  "allein", "zwischen", "mehr" and "höher" after a figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped ("Oberhäuser sagte", "Amsel sagte", "Bundestrainer Arnd
  Feuchtmayr sagte", "Statistik-Austria-Generaldirektor Bernhard Stelzhammer sagte", "Aslef
  general secretary Moira Candlish said"; hundred-forty-eighth), "sagte ein
  Feuerwehrsprecher" as written (fifty-eighth), "laut Sozialministerium" ->
  "Sozialministerium" (thirtieth: "laut Polizei" -> "Polizei"), "nach Angaben der
  Veranstalter" -> "die Veranstalter", "nach Angaben des Unternehmens" -> "das Unternehmen"
  (the issue; seventieth), "teilte der Deutsche Wetterdienst mit", "teilte die Polizei
  mit" (twice), "teilte das Burgtheater mit", "teilte die Vereinigung Cockpit am Montag
  mit", "wie das Statistische Bundesamt am Montag mitteilte", "wie die Statistik Austria am
  Montag nach einer Schnellschätzung mitteilte" (fortieth, the article kept as written).
  English: "mortgage lender Halifax said" -> "Halifax", "Aurovia said", "Brightwell said",
  "Chirply said", "Tohoku Electric Power said" as written (hundred-seventeenth: "Euroclear
  said"), "police said" -> "police" (fifteenth), "the agency said" (the body named in full
  before, hundred-twenty-third), "the Japan Meteorological Agency said", "the transport ministry said", "the Nobel
  Foundation said", "the World Health Organization said", "the Rural Fire Service said",
  "the Commission said", "the Italian coast guard said", "according to the International
  Organization for Migration", "the Aslef union said", "the Rail Delivery Group said", "the
  National Highway Traffic Safety Administration said", "the European Space Agency said"
  (eightieth, hundred-nineteenth). Left unchecked (None): "diplomats said", "officials
  said", "survivors told aid workers" (plural groups, forty-first), "wie eine Sprecherin
  sagte" (a role without a name, hundred-fifteenth), "customs data showed" and "laut
  Anklage", "laut Urteil" (documents), "Police said" in the Pellow story, "it said on
  Monday" (pronouns, hundred-forty-eighth), "Analysten hatten im Schnitt", "analysts had
  pencilled in". All negatives have speaker None, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_201 = [
    # --- Bundestag beschließt Haushalt 2027 (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am Montag nach viertägiger Schlussberatung den Bundeshaushalt für 2027 verabschiedet.",
        True,
        [("duration", 4, "day", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Der Etat sieht Ausgaben von 512,3 Milliarden Euro vor, rund 9 Milliarden Euro mehr als im laufenden Jahr.",
        True,
        [("money", 512300000000, "EUR", None), ("money", 9000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für das Gesetz stimmten 389 Abgeordnete, 271 votierten dagegen, es gab 4 Enthaltungen.",
        True,
        [("count", 389, None, None), ("count", 271, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Neuverschuldung im Kernhaushalt liegt bei knapp 61 Milliarden Euro.",
        True,
        [("money", 61000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Noch keine Regierung hat mehr Geld für Schienen, Brücken und Schulen lockergemacht“, sagte Finanzministerin Katrin Oberhäuser in der Debatte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Oberhäuser sagte, die Investitionsquote steige auf 14,2 Prozent des Haushalts.",
        True,
        [("percent", 14.2, "%", None)],
        "Katrin Oberhäuser",
    ),
    (
        "de",
        "Die Opposition warf der Koalition vor, die Schuldenbremse „mit Sondertöpfen auszuhebeln“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat soll sich am 18. Dezember abschließend mit dem Haushalt befassen.",
        True,
        [("date", "--12-18", None, None)],
        None,
    ),
    # --- UK house prices (Reuters) ---
    (
        "en",
        "LONDON, Dec 7 (Reuters) - British house prices rose by 0.4% in November, the third monthly increase in a row, mortgage lender Halifax said on Monday.",
        True,
        [("date", "--12-07", None, None), ("percent", 0.4, "%", None), ("ordinal", 3, None, None)],
        "Halifax",
    ),
    (
        "en",
        "The average price of a home reached 301,850 pounds, up 2.9% from a year earlier.",
        True,
        [("money", 301850, "GBP", None), ("percent", 2.9, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts in a Reuters poll had forecast a monthly gain of 0.2%.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Prices in Northern Ireland rose fastest, by 7.1% in the 12 months to November, while London lagged with a gain of just 0.6%.",
        True,
        [("percent", 7.1, "%", None), ("duration", 12, "month", None), ("percent", 0.6, "%", None)],
        None,
    ),
    (
        "en",
        '"The market is showing real resilience heading into winter," said Halifax\'s head of mortgages, Eleanor Fairweather.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Buyers still face mortgage rates well above the levels seen before 2022.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    ("en", "Whether the Bank of England lowers borrowing costs before Christmas is far from certain.", False, [], None),
    # --- Nationalrat: Pensionserhöhung (APA) ---
    (
        "de",
        "Wien (APA) - Die rund 2,5 Millionen Pensionistinnen und Pensionisten in Österreich bekommen ab Jänner ein Plus von 2,7 Prozent.",
        True,
        [("count", 2500000, None, "about"), ("percent", 2.7, "%", None)],
        None,
    ),
    (
        "de",
        "Der Sozialausschuss des Nationalrats billigte die Anpassung am Montag, dafür stimmten ÖVP, SPÖ und NEOS.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Pensionen von höchstens 1.400 Euro brutto werden um 3,3 Prozent angehoben.",
        True,
        [("money", 1400, "EUR", "at_most"), ("percent", 3.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Erhöhung kostet laut Sozialministerium im kommenden Jahr rund 2,1 Milliarden Euro.",
        True,
        [("money", 2100000000, "EUR", "about")],
        "Sozialministerium",
    ),
    (
        "de",
        "„Niemand wird mit seiner Pension im Regen stehen gelassen“, sagte Sozialministerin Johanna Pirchmoser.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die FPÖ kritisierte die Anpassung als „Almosen“ und verlangte ein Plus von mindestens 4 Prozent.",
        True,
        [("percent", 4, "%", "at_least")],
        None,
    ),
    ("de", "Der Seniorenrat sprach von einem „schmerzhaften Kompromiss“.", False, [], None),
    # --- EU finance ministers (Reuters) ---
    (
        "en",
        "BRUSSELS, Dec 7 (Reuters) - European Union finance ministers agreed on Monday to extend a 50-billion-euro loan facility for Ukraine by two years.",
        True,
        [("date", "--12-07", None, None), ("money", 50000000000, "EUR", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "The deal was backed by 25 of the bloc's 27 member states, with Hungary and Slovakia abstaining, diplomats said.",
        True,
        [("count", 25, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Under the agreement, the first tranche of 4.2 billion euros could be paid out by the end of January.",
        True,
        [("ordinal", 1, None, None), ("money", 4200000000, "EUR", None)],
        None,
    ),
    (
        "en",
        '"This is Europe standing up when it matters," Dutch finance minister Pieter van Ommeren told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ministers also failed for a fifth time to agree on a minimum tax on private jet fuel.",
        True,
        [("ordinal", 5, None, None)],
        None,
    ),
    ("en", "The next meeting is scheduled for Jan. 19 in Brussels.", True, [("date", "--01-19", None, None)], None),
    # --- Bundesversammlung wählt Bundespräsidentin (SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Vereinigte Bundesversammlung hat am Montag die Waadtländerin Séverine Aubort zur Bundespräsidentin für 2027 gewählt.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Aubort erhielt 188 von 231 gültigen Stimmen, das ist das beste Resultat seit 2011.",
        True,
        [("count", 188, None, None), ("count", 231, None, None), ("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Zur Vizepräsidentin wurde mit 164 Stimmen die Zürcherin Annelies Kuster gewählt.",
        True,
        [("count", 164, None, None)],
        None,
    ),
    ("de", "Aubort ist erst die achte Frau im höchsten Amt des Landes.", True, [("ordinal", 8, None, None)], None),
    ("de", "«Ich freue mich riesig und spüre eine grosse Verantwortung», sagte Aubort nach der Wahl.", False, [], None),
    ("de", "Die Wintersession dauert noch bis zum 18. Dezember.", True, [("date", "--12-18", None, None)], None),
    # --- US Senate funding bill (AP) ---
    (
        "en",
        "WASHINGTON (AP) — The Senate voted 61 to 37 on Monday to move forward a temporary funding measure running through Feb. 13.",
        True,
        [("count", 61, None, None), ("count", 37, None, None), ("date", "--02-13", None, None)],
        None,
    ),
    (
        "en",
        "The measure includes $14.8 billion in disaster aid for states hit by hurricanes this autumn.",
        True,
        [("money", 14800000000, "USD", None)],
        None,
    ),
    ("en", "A partial shutdown would begin at 12:01 a.m. Saturday if Congress fails to act.", True, [], None),
    ("en", "Senate Majority Leader Grant Whitacre said he expected a final vote by Wednesday.", False, [], None),
    ("en", '"We are not going to let the government shut down over Christmas," Whitacre said.', False, [], None),
    (
        "en",
        "Congressional budget analysts estimate a shutdown would send home about 740,000 federal workers without pay.",
        True,
        [("count", 740000, None, "about")],
        None,
    ),
    # --- Erdbeben in Japan (AFP) ---
    (
        "en",
        "TOKYO, Dec 7 (AFP) - A 6.8-magnitude quake hit the sea off northeastern Japan on Monday, injuring at least 23 people, officials said.",
        True,
        [("date", "--12-07", None, None), ("count", 6.8, None, None), ("count", 23, None, "at_least")],
        None,
    ),
    (
        "en",
        "Meteorologists warned of tsunami waves of one metre but withdrew the alert about two hours later.",
        True,
        [("count", 1, None, None), ("duration", 2, "hour", "about")],
        None,
    ),
    (
        "en",
        "The quake hit at 5:42 p.m. at a depth of about 50 kilometres, the Japan Meteorological Agency said.",
        True,
        [("count", 50, None, "about")],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "Some 34,000 households briefly lost power in Iwate and Aomori prefectures, Tohoku Electric Power said.",
        True,
        [("count", 34000, None, "about")],
        "Tohoku Electric Power",
    ),
    (
        "en",
        "Shinkansen trains on the Tohoku line stood still for more than three hours.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    (
        "en",
        '"It was the strongest shaking I have felt in years," said a shop owner in the port town of Miyako.',
        False,
        [],
        None,
    ),
    # --- Sturmtief über Norddeutschland (dpa) ---
    (
        "de",
        "Hamburg (dpa) - Das Sturmtief „Leopold“ hat am Montag in Norddeutschland den Bahnverkehr teilweise lahmgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Auf dem Brocken wurden Orkanböen von bis zu 152 Kilometern pro Stunde gemessen, teilte der Deutsche Wetterdienst mit.",
        True,
        [("count", 152, None, "up_to")],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Zwischen Hamburg und Berlin fuhren rund sechs Stunden lang keine Fernzüge der Deutschen Bahn.",
        True,
        [("duration", 6, "hour", "about")],
        None,
    ),
    (
        "de",
        "Ein umstürzender Baum traf in Bremen einen 57-jährigen Radfahrer, der Mann erlitt schwere Verletzungen, teilte die Polizei mit.",
        True,
        [("duration", 57, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Die Feuerwehren in Schleswig-Holstein rückten bis zum Nachmittag zu mehr als 700 Einsätzen aus.",
        True,
        [("count", 700, None, "over")],
        None,
    ),
    ("de", "Der Wetterdienst warnte vor weiteren schweren Böen in der Nacht zu Dienstag.", False, [], None),
    ("de", "Pendler mussten sich in Geduld üben, an den Bahnhöfen bildeten sich lange Schlangen.", False, [], None),
    # --- Oil prices / OPEC+ (Reuters) ---
    (
        "en",
        "SINGAPORE, Dec 7 (Reuters) - Oil prices rose more than 1% on Monday after OPEC+ agreed to keep output cuts in place until the end of March.",
        True,
        [("date", "--12-07", None, None), ("percent", 1, "%", "over")],
        None,
    ),
    (
        "en",
        "Brent crude futures were up 83 cents, or 1.2%, at $68.41 a barrel by 0640 GMT.",
        True,
        [("money", 0.83, "USD", None), ("percent", 1.2, "%", None), ("money", 68.41, "USD", None)],
        None,
    ),
    (
        "en",
        "U.S. West Texas Intermediate crude gained 79 cents to $64.90.",
        True,
        [("money", 0.79, "USD", None), ("money", 64.9, "USD", None)],
        None,
    ),
    (
        "en",
        "The group's existing cuts total about 2.2 million barrels per day, or roughly 2% of global demand.",
        True,
        [("count", 2200000, None, "about"), ("percent", 2, "%", "about")],
        None,
    ),
    (
        "en",
        '"The market had priced in a rollover, so the upside is limited," said Mariko Tanabe, an analyst at Kessing Securities.',
        False,
        [],
        None,
    ),
    ("en", "Traders will watch for signs of weaker Chinese demand in the coming weeks.", False, [], None),
    # --- Auftragseingang Industrie (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Die deutsche Industrie hat im Oktober überraschend deutlich mehr Aufträge erhalten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Bestellungen lagen um 2,8 Prozent über dem Septemberwert, wie das Statistische Bundesamt am Montag mitteilte.",
        True,
        [("percent", 2.8, "%", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Analysten hatten im Schnitt nur einen Zuwachs um 0,5 Prozent erwartet.",
        True,
        [("percent", 0.5, "%", None)],
        None,
    ),
    ("de", "Ohne Großaufträge lag das Plus bei 1,1 Prozent.", True, [("percent", 1.1, "%", None)], None),
    (
        "de",
        "Im Vergleich zum Oktober 2025 lagen die Bestellungen um 3,4 Prozent höher.",
        True,
        [("year", 2025, None, None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "„Von einer Trendwende zu sprechen, wäre verfrüht“, sagte Commerzbank-Ökonom Henning Drewitz.",
        False,
        [],
        None,
    ),
    # --- Airline job cuts (Reuters) ---
    (
        "en",
        "STOCKHOLM, Dec 7 (Reuters) - Nordic airline Aurovia will cut about 1,100 jobs, or 14% of its workforce, by the end of 2027 to save 1.6 billion Swedish crowns a year, it said on Monday.",
        True,
        [
            ("date", "--12-07", None, None),
            ("count", 1100, None, "about"),
            ("percent", 14, "%", None),
            ("year", 2027, None, None),
            ("money", 1600000000, "SEK", None),
        ],
        None,
    ),
    (
        "en",
        "The carrier will also close its maintenance base in Gothenburg and retire nine of its oldest aircraft, Aurovia said.",
        True,
        [("count", 9, None, None)],
        "Aurovia",
    ),
    ("en", "Its shares rose 6.3% in early trading in Stockholm.", True, [("percent", 6.3, "%", None)], None),
    (
        "en",
        '"These are painful decisions, but they are necessary for our survival," Chief Executive Ingrid Salvesen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The airline reported a third-quarter loss of 412 million crowns in October.",
        True,
        [("ordinal", 3, None, None), ("money", 412000000, "SEK", None)],
        None,
    ),
    ("en", 'Unions called the plan "a betrayal of loyal staff".', False, [], None),
    # --- Weihnachtsmärkte (dpa) ---
    (
        "de",
        "Nürnberg (dpa) - Die Weihnachtsmärkte in Deutschland haben am zweiten Adventswochenende einen Besucheransturm erlebt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Allein der Nürnberger Christkindlesmarkt zählte nach Angaben der Veranstalter rund 420.000 Gäste.",
        True,
        [("count", 420000, None, "about")],
        "die Veranstalter",
    ),
    (
        "de",
        "Eine Tasse Glühwein kostet dort in diesem Jahr im Schnitt 4,50 Euro, 7 Prozent mehr als 2025.",
        True,
        [("money", 4.5, "EUR", None), ("percent", 7, "%", None), ("year", 2025, None, None)],
        None,
    ),
    ("de", "Die Polizei verstärkte ihre Präsenz mit zusätzlichen Beamten und Betonsperren.", True, [], None),
    ("de", "„Es ist einfach magisch hier“, sagte eine Besucherin aus Regensburg.", False, [], None),
    ("de", "Der Schaustellerverband hofft auf ein Rekordjahr.", False, [], None),
    # --- Prozess in München (dpa) ---
    (
        "de",
        "München (dpa) - Vor dem Landgericht München I hat am Montag der Prozess gegen einen früheren Bankberater wegen Betrugs begonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 52-Jährige soll zwischen 2019 und 2024 Kunden um insgesamt rund 3,7 Millionen Euro gebracht haben.",
        True,
        [
            ("duration", 52, "year", None),
            ("year", 2019, None, None),
            ("year", 2024, None, None),
            ("money", 3700000, "EUR", "about"),
        ],
        None,
    ),
    (
        "de",
        "Laut Anklage betrog er mindestens 46 überwiegend ältere Anleger.",
        True,
        [("count", 46, None, "at_least")],
        None,
    ),
    ("de", "Der Angeklagte räumte zum Auftakt einen Teil der Vorwürfe ein.", True, [], None),
    ("de", "„Ich schäme mich zutiefst“, ließ er über seinen Anwalt erklären.", False, [], None),
    (
        "de",
        "Das Gericht hat zwölf Verhandlungstage angesetzt, ein Urteil wird Ende Jänner erwartet.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    # --- UK sentencing (PA) ---
    (
        "en",
        "LONDON (PA) - A care home boss who helped herself to more than 260,000 pounds of her residents' savings was sent to prison on Monday for five years and four months.",
        True,
        [("money", 260000, "GBP", "over"), ("duration", 5, "year", None), ("duration", 4, "month", None)],
        None,
    ),
    (
        "en",
        "Sandra Pellow, 49, targeted 17 residents during almost four years, the court in Southwark was told.",
        True,
        [("duration", 49, "year", None), ("count", 17, None, None), ("duration", 4, "year", "nearly")],
        None,
    ),
    ("en", 'Judge Martin Crewe told her she had shown "a shocking lack of humanity".', False, [], None),
    ("en", "Pellow had admitted the fraud charges in October.", True, [], None),
    (
        "en",
        "Police said only about a quarter of the money had been recovered.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    ("en", '"No sentence can give back what these families lost," a relative said outside court.', False, [], None),
    # --- Bus crash in Peru (Reuters) ---
    (
        "en",
        "LIMA, Dec 7 (Reuters) - At least 19 people were killed and 31 injured when a bus came off a mountain road and fell into a gorge in southern Peru, police said on Monday.",
        True,
        [("date", "--12-07", None, None), ("count", 19, None, "at_least"), ("count", 31, None, None)],
        "police",
    ),
    (
        "en",
        "The vehicle dropped about 200 metres near the city of Cusco late on Sunday.",
        True,
        [("count", 200, None, "about")],
        None,
    ),
    (
        "en",
        "It was carrying 54 passengers on an overnight trip to Arequipa, the transport ministry said.",
        True,
        [("count", 54, None, None)],
        "the transport ministry",
    ),
    ("en", "It was the third deadly bus crash in Peru in as many weeks.", True, [("ordinal", 3, None, None)], None),
    ("en", "The cause of the accident was not immediately clear.", False, [], None),
    # --- Wintereinbruch in der Schweiz (SDA) ---
    (
        "de",
        "Zürich (Keystone-SDA) - Ein Wintereinbruch hat am Montag in weiten Teilen der Schweiz für Chaos auf Strassen und Schienen gesorgt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Flachland fielen bis zu 25 Zentimeter Neuschnee, in den Voralpen stellenweise über 60 Zentimeter.",
        True,
        [("count", 25, None, "up_to"), ("count", 60, None, "over")],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei Zürich registrierte bis zum Mittag 87 Unfälle, verletzt wurde niemand schwer.",
        True,
        [("count", 87, None, None)],
        None,
    ),
    (
        "de",
        "Am Flughafen Zürich wurden 142 Flüge annulliert, wie eine Sprecherin sagte.",
        True,
        [("count", 142, None, None)],
        None,
    ),
    (
        "de",
        "Die SBB setzten rund 1'200 Mitarbeitende für die Schneeräumung ein.",
        True,
        [("count", 1200, None, "about")],
        None,
    ),
    (
        "de",
        "Der Lawinenwarndienst stufte die Gefahr in Teilen des Wallis auf Stufe 4 der fünfteiligen Skala hoch.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    ("de", "Pendlerinnen und Pendler brauchten vielerorts Geduld und gute Nerven.", False, [], None),
    # --- Bundesliga (dpa) ---
    (
        "de",
        "Dortmund (dpa) - Borussia Dortmund hat das Topspiel gegen den VfB Stuttgart mit 3:1 gewonnen und ist auf Rang zwei vorgerückt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Vor 81.365 Zuschauern traf der 20-jährige Neuzugang Mats Feldkamp zweimal.",
        True,
        [("count", 81365, None, None), ("duration", 20, "year", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Es war sein siebtes Saisontor im 14. Pflichtspiel.",
        True,
        [("ordinal", 7, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Der Rückstand auf Tabellenführer Bayern München beträgt nun vier Punkte.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "„Die Mannschaft hat eine unfassbare Mentalität gezeigt“, schwärmte Trainer Jörg Bredemeier.",
        False,
        [],
        None,
    ),
    ("de", "Stuttgart wartet damit seit fünf Spielen auf einen Sieg.", True, [("count", 5, None, None)], None),
    ("de", "Ob Feldkamp im Januar zur Nationalmannschaft eingeladen wird, ist offen.", False, [], None),
    # --- Premier League (Reuters) ---
    (
        "en",
        "LONDON, Dec 7 (Reuters) - A 2-0 victory at Everton on Monday put Arsenal three points ahead of the pack in the Premier League.",
        True,
        [("date", "--12-07", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Striker Kobi Mensah scored in the 34th and 71st minutes to take his tally to 13 league goals this season.",
        True,
        [("ordinal", 34, None, None), ("ordinal", 71, None, None), ("count", 13, None, None)],
        None,
    ),
    (
        "en",
        "It was Arsenal's eighth consecutive league win, a club record under manager Diego Arrieta.",
        True,
        [("ordinal", 8, None, None)],
        None,
    ),
    (
        "en",
        "Everton have been beaten in four of five home games.",
        True,
        [("count", 4, None, None), ("count", 5, None, None)],
        None,
    ),
    ("en", '"We controlled the game from start to finish," Arrieta said.', False, [], None),
    ("en", 'Everton\'s manager said his side had been "too timid".', False, [], None),
    # --- Ski-Weltcup (APA) ---
    (
        "de",
        "Beaver Creek (APA) - Die Salzburgerin Lisa Hutterer hat am Montag den verschobenen Super-G von Beaver Creek gewonnen und damit ihren ersten Weltcupsieg gefeiert.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die 23-Jährige lag 0,14 Sekunden vor der Schweizerin Nadine Berchtold.",
        True,
        [("duration", 23, "year", None), ("duration", 0.14, "second", None)],
        None,
    ),
    (
        "de",
        "Dritte wurde die Italienerin Chiara Molteni mit 0,52 Sekunden Rückstand.",
        True,
        [("ordinal", 3, None, None), ("duration", 0.52, "second", None)],
        None,
    ),
    ("de", "„Ich bin total überwältigt, mir fehlen die Worte“, sagte Hutterer im ORF-Interview.", False, [], None),
    ("de", "Für den ÖSV war es der dritte Saisonsieg bei den Frauen.", True, [("ordinal", 3, None, None)], None),
    ("de", "Das Rennen war am Samstag wegen starken Windes abgesagt worden.", True, [], None),
    # --- Cricket Ashes (AFP) ---
    (
        "en",
        "BRISBANE, Dec 7 (AFP) - Australia beat England by seven wickets on Monday and now lead the five-match Ashes series 2-0.",
        True,
        [("date", "--12-07", None, None), ("count", 7, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "Chasing 214 for victory, Australia reached their target with more than a session to spare.",
        True,
        [("count", 214, None, None)],
        None,
    ),
    (
        "en",
        "Opener Callum Reidy made an unbeaten 96 from 131 balls.",
        True,
        [("count", 96, None, None), ("count", 131, None, None)],
        None,
    ),
    (
        "en",
        "England have now lost 11 of their last 13 Tests in Australia.",
        True,
        [("count", 11, None, None), ("count", 13, None, None)],
        None,
    ),
    ("en", '"We have to look at ourselves in the mirror," England captain Toby Harcastle said.', False, [], None),
    (
        "en",
        "The third Test starts in Adelaide on Dec. 17.",
        True,
        [("ordinal", 3, None, None), ("date", "--12-17", None, None)],
        None,
    ),
    # --- Nobel week (AFP) ---
    (
        "en",
        "STOCKHOLM, Dec 7 (AFP) - This year's Nobel laureates began arriving in Stockholm on Monday ahead of Thursday's award ceremony.",
        True,
        [("date", "--12-07", None, None)],
        None,
    ),
    (
        "en",
        "Each full prize is worth 11 million Swedish crowns, about $1.17 million.",
        True,
        [("money", 11000000, "SEK", None), ("money", 1170000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Some 1,300 guests are expected at the banquet in Stockholm City Hall, the Nobel Foundation said.",
        True,
        [("count", 1300, None, "about")],
        "the Nobel Foundation",
    ),
    (
        "en",
        "The literature laureate, 81-year-old Portuguese poet Amélia Castanheira, is the oldest winner of the prize since 2007.",
        True,
        [("duration", 81, "year", None), ("year", 2007, None, None)],
        None,
    ),
    ("en", '"Poetry is the slowest form of news," Castanheira said in her lecture.', False, [], None),
    # --- Burgtheater Premiere (APA) ---
    (
        "de",
        "Wien (APA) - Mit stehenden Ovationen hat das Publikum am Sonntagabend die Premiere von Schnitzlers „Das weite Land“ am Burgtheater gefeiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Inszenierung von Regisseurin Mareike Stoltz dauert knapp vier Stunden inklusive einer Pause.",
        True,
        [("duration", 4, "hour", "nearly")],
        None,
    ),
    (
        "de",
        "Es ist die 17. Schnitzler-Produktion des Hauses seit 1955.",
        True,
        [("ordinal", 17, None, None), ("year", 1955, None, None)],
        None,
    ),
    ("de", "Die Kritik lobte vor allem das Bühnenbild als „atemberaubend kühl“.", False, [], None),
    (
        "de",
        "Bis Ende Februar sind bereits alle 14 Vorstellungen ausverkauft, teilte das Burgtheater mit.",
        True,
        [("count", 14, None, None)],
        "das Burgtheater",
    ),
    # --- WHO measles report (Reuters) ---
    (
        "en",
        "GENEVA, Dec 7 (Reuters) - Europe and Central Asia recorded 127,000 measles infections last year, the highest level since 1997, the World Health Organization said on Monday.",
        True,
        [("date", "--12-07", None, None), ("count", 127000, None, None), ("year", 1997, None, None)],
        "the World Health Organization",
    ),
    ("en", "Nearly two-fifths of the cases were in young children.", True, [("fraction", 0.4, None, "nearly")], None),
    (
        "en",
        "Coverage with the second jab slipped to 91%, while 95% is considered the threshold for herd protection.",
        True,
        [("ordinal", 2, None, None), ("percent", 91, "%", None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "Romania and Kazakhstan together accounted for more than half of all infections.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    (
        "en",
        '"Every one of these cases was preventable," the WHO\'s regional director, Hans Kluthe, said.',
        False,
        [],
        None,
    ),
    ("en", "The agency appealed to families to get vaccination gaps closed before the holidays.", False, [], None),
    # --- Studie Insekten (dpa) ---
    (
        "de",
        "Göttingen (dpa) - Die Biomasse von Fluginsekten in deutschen Schutzgebieten ist einer Studie zufolge seit 1990 um rund 68 Prozent zurückgegangen.",
        True,
        [("year", 1990, None, None), ("percent", 68, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Forschenden werteten Fallenfänge an 94 Standorten aus, die über einen Zeitraum von 34 Jahren gesammelt wurden.",
        True,
        [("count", 94, None, None), ("duration", 34, "year", None)],
        None,
    ),
    ("de", "Jeder fünfte untersuchte Standort zeigte keinen Rückgang.", True, [("fraction", 0.2, None, None)], None),
    (
        "de",
        "„Das Ausmaß hat uns selbst überrascht“, sagte Studienleiterin Friederike Amsel von der Universität Göttingen.",
        False,
        [],
        None,
    ),
    ("de", "Amsel sagte, der stärkste Verlust sei in den Sommermonaten gemessen worden.", True, [], "Friederike Amsel"),
    ("de", "Die Studie erschien im Fachjournal «Ecology Letters».", True, [], None),
    # --- Umfrage (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Union kommt im neuen Deutschlandtrend unverändert auf 29 Prozent.",
        True,
        [("percent", 29, "%", None)],
        None,
    ),
    (
        "de",
        "Für die AfD geht es um einen Punkt auf 23 Prozent nach unten, die SPD gewinnt zwei Punkte hinzu und erreicht 17 Prozent.",
        True,
        [
            ("percent", 1, "pp", None),
            ("percent", 23, "%", None),
            ("percent", 2, "pp", None),
            ("percent", 17, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die Grünen kommen auf 11, die Linke auf 9 Prozent.",
        True,
        [("percent", 11, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    ("de", "Befragt wurden von Montag bis Mittwoch 1.318 Wahlberechtigte.", True, [("count", 1318, None, None)], None),
    (
        "de",
        "Zufrieden mit der Regierungsarbeit zeigt sich nur noch ein Viertel der Befragten.",
        True,
        [("fraction", 0.25, None, None)],
        None,
    ),
    ("de", "Ob die Koalition bis zum Ende der Legislatur hält, bleibt fraglich.", False, [], None),
    # --- China exports (Reuters) ---
    (
        "en",
        "BEIJING, Dec 7 (Reuters) - Chinese exports climbed 5.9% in November from a year before, customs data showed on Monday, ahead of the 3.1% rise analysts had pencilled in.",
        True,
        [("date", "--12-07", None, None), ("percent", 5.9, "%", None), ("percent", 3.1, "%", None)],
        None,
    ),
    (
        "en",
        "Imports fell 1.4%, leaving a trade surplus of $101.7 billion.",
        True,
        [("percent", 1.4, "%", None), ("money", 101700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Shipments to the United States dropped 18% for an eighth straight month of decline.",
        True,
        [("percent", 18, "%", None), ("ordinal", 8, None, None)],
        None,
    ),
    ("en", "Exports to the European Union rose 11%.", True, [("percent", 11, "%", None)], None),
    (
        "en",
        '"The numbers look good on the surface, but the momentum is fading," said Wen Liyao, chief economist at Hanbridge Capital.',
        False,
        [],
        None,
    ),
    # --- Buschbrände in Australien (AFP) ---
    (
        "en",
        "SYDNEY, Dec 7 (AFP) - Firefighters were battling more than 60 bushfires across New South Wales on Monday as temperatures reached 42 degrees Celsius.",
        True,
        [("date", "--12-07", None, None), ("count", 60, None, "over"), ("count", 42, None, None)],
        None,
    ),
    (
        "en",
        "At least 14 homes have been destroyed near the town of Mudgee, the Rural Fire Service said.",
        True,
        [("count", 14, None, "at_least")],
        "the Rural Fire Service",
    ),
    (
        "en",
        "The largest blaze has burned through about 38,000 hectares.",
        True,
        [("count", 38000, None, "about")],
        None,
    ),
    ("en", "Authorities ordered the evacuation of some 2,500 residents.", True, [("count", 2500, None, "about")], None),
    ("en", "\"It's going to be a long and dangerous summer,\" the state's premier told reporters.", False, [], None),
    # --- Wohnungsbrand in Berlin (dpa) ---
    (
        "de",
        "Berlin (dpa) - Bei einem Wohnungsbrand in Berlin-Neukölln sind in der Nacht zu Montag zwei Menschen ums Leben gekommen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Feuerwehr fand eine 81-jährige Frau und ihren 84 Jahre alten Ehemann leblos in der Wohnung im dritten Stock.",
        True,
        [("duration", 81, "year", None), ("duration", 84, "year", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Elf weitere Bewohner wurden mit Rauchvergiftungen ins Krankenhaus gebracht, sagte ein Feuerwehrsprecher.",
        True,
        [("count", 11, None, None)],
        "ein Feuerwehrsprecher",
    ),
    (
        "de",
        "Rund 90 Einsatzkräfte waren mehr als zwei Stunden im Einsatz.",
        True,
        [("count", 90, None, "about"), ("duration", 2, "hour", "over")],
        None,
    ),
    ("de", "Die Brandursache ist noch unklar, die Kriminalpolizei ermittelt.", True, [], None),
    ("de", "Nachbarn legten am Morgen Kerzen vor dem Haus ab.", False, [], None),
    # --- EU fines tech firm (Reuters) ---
    (
        "en",
        "BRUSSELS, Dec 7 (Reuters) - The European Commission fined U.S. social media company Chirply 640 million euros on Monday for breaching the bloc's Digital Services Act.",
        True,
        [("date", "--12-07", None, None), ("money", 640000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "It is the second fine under the law since it took full effect in February 2024.",
        True,
        [("ordinal", 2, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The company has 60 working days to change how it labels paid content, the Commission said.",
        True,
        [("duration", 60, "day", None)],
        "the Commission",
    ),
    ("en", "Chirply said it would appeal the decision at the EU General Court in Luxembourg.", True, [], "Chirply"),
    ("en", '"Rules are rules, whoever you are," EU tech commissioner Aino Lehtikoski said.', False, [], None),
    (
        "en",
        "The fine could have reached up to 6% of the company's global annual turnover.",
        True,
        [("percent", 6, "%", "up_to")],
        None,
    ),
    # --- Lufthansa-Piloten (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Die Piloten der Lufthansa-Kerngesellschaft haben in einer Urabstimmung mit 94,6 Prozent für Streiks gestimmt, teilte die Vereinigung Cockpit am Montag mit.",
        True,
        [("percent", 94.6, "%", None)],
        "die Vereinigung Cockpit",
    ),
    (
        "de",
        "Die Abstimmung lief vier Wochen, die Beteiligung lag bei 91 Prozent.",
        True,
        [("duration", 4, "week", None), ("percent", 91, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft fordert für rund 4.800 Piloten eine Betriebsrente, die mindestens 70 Prozent des letzten Gehalts absichert.",
        True,
        [("count", 4800, None, "about"), ("percent", 70, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Ein Streik würde nach Angaben des Unternehmens täglich bis zu 1.100 Flüge betreffen.",
        True,
        [("count", 1100, None, "up_to")],
        "das Unternehmen",
    ),
    ("de", "„Unsere Geduld ist endgültig aufgebraucht“, sagte Gewerkschaftssprecher Tilo Brandauer.", False, [], None),
    ("de", "Lufthansa nannte die Forderungen „völlig realitätsfern“.", False, [], None),
    (
        "de",
        "Es ist bereits die dritte Urabstimmung bei der Airline seit 2022.",
        True,
        [("ordinal", 3, None, None), ("year", 2022, None, None)],
        None,
    ),
    # --- European markets (Reuters) ---
    (
        "en",
        "LONDON, Dec 7 (Reuters) - European shares edged lower on Monday as investors braced for the European Central Bank's last policy meeting of the year.",
        True,
        [("date", "--12-07", None, None)],
        None,
    ),
    (
        "en",
        "The STOXX 600 ended 0.3% lower and Frankfurt's DAX shed 0.5%.",
        True,
        [("percent", 0.3, "%", None), ("percent", 0.5, "%", None)],
        None,
    ),
    (
        "en",
        "Britain's FTSE 100 slipped 0.2% after touching a record high in early trade.",
        True,
        [("percent", 0.2, "%", None)],
        None,
    ),
    (
        "en",
        "Shares in Dutch chipmaker Veldhoek Systems jumped 9.4% after it raised its 2027 revenue target to 8.5 billion euros.",
        True,
        [("percent", 9.4, "%", None), ("year", 2027, None, None), ("money", 8500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "Traders see a roughly 70% chance that the ECB will cut its deposit rate by 25 basis points on Thursday.",
        True,
        [("percent", 70, "%", "about"), ("percent", 25, "bp", None)],
        None,
    ),
    (
        "en",
        '"Markets are in wait-and-see mode," said Josephine Arkwright, a strategist at Pellham Investment.',
        False,
        [],
        None,
    ),
    # --- Migrant boat (AFP) ---
    (
        "en",
        "ROME, Dec 7 (AFP) - At least 27 migrants drowned when an overloaded boat overturned near Lampedusa on Sunday, the Italian coast guard said.",
        True,
        [("date", "--12-07", None, None), ("count", 27, None, "at_least")],
        "the Italian coast guard",
    ),
    (
        "en",
        "Rescuers pulled 48 survivors from the water, among them 9 children.",
        True,
        [("count", 48, None, None), ("count", 9, None, None)],
        None,
    ),
    (
        "en",
        "The boat had left the Libyan port of Zuwara about 30 hours earlier, survivors told aid workers.",
        True,
        [("duration", 30, "hour", "about")],
        None,
    ),
    (
        "en",
        "More than 1,900 people have lost their lives or disappeared on the central Mediterranean route so far in 2026, the International Organization for Migration said.",
        True,
        [("count", 1900, None, "over"), ("year", 2026, None, None)],
        "the International Organization for Migration",
    ),
    ("en", "Aid groups renewed their call for a European search-and-rescue mission.", False, [], None),
    # --- Biathlon (dpa) ---
    (
        "de",
        "Östersund (dpa) - Biathletin Franziska Lindner hat beim Weltcup in Östersund im 15-Kilometer-Einzel den zweiten Platz belegt.",
        True,
        [("count", 15, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die 27-Jährige leistete sich zwei Schießfehler und lag im Ziel 21,6 Sekunden hinter der Norwegerin Ingrid Haugli.",
        True,
        [("duration", 27, "year", None), ("count", 2, None, None), ("duration", 21.6, "second", None)],
        None,
    ),
    ("de", "Es war ihr bestes Einzelresultat seit fast zwei Jahren.", True, [("duration", 2, "year", "nearly")], None),
    ("de", "„Ich bin einfach nur glücklich und erleichtert“, sagte Lindner.", False, [], None),
    (
        "de",
        "Bundestrainer Arnd Feuchtmayr sagte, das Team reise mit drei Podestplätzen nach Hochfilzen weiter.",
        True,
        [("count", 3, None, None)],
        "Arnd Feuchtmayr",
    ),
    # --- Bundesgericht (SDA) ---
    (
        "de",
        "Lausanne (Keystone-SDA) - Ein Tessiner Bauunternehmer muss eine Busse von 1,8 Millionen Franken bezahlen, das Bundesgericht wies seine Beschwerde ab.",
        True,
        [("money", 1800000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Der Mann hatte laut Urteil zwischen 2016 und 2020 bei 37 öffentlichen Ausschreibungen Preise abgesprochen.",
        True,
        [("year", 2016, None, None), ("year", 2020, None, None), ("count", 37, None, None)],
        None,
    ),
    (
        "de",
        "Die Wettbewerbskommission hatte die Busse bereits 2022 verhängt.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    ("de", "Der Entscheid ist endgültig.", True, [], None),
    ("de", "Der Anwalt des Unternehmers sprach von einem «schwarzen Tag für das Gewerbe».", False, [], None),
    # --- Inflation Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Die Teuerungsrate ist in Österreich im November auf 3,1 Prozent zurückgegangen, wie die Statistik Austria am Montag nach einer Schnellschätzung mitteilte.",
        True,
        [("percent", 3.1, "%", None)],
        "die Statistik Austria",
    ),
    ("de", "Im Oktober hatte die Teuerung noch bei 3,6 Prozent gelegen.", True, [("percent", 3.6, "%", None)], None),
    (
        "de",
        "Dämpfend wirkten vor allem die Treibstoffpreise, die um 4,2 Prozent unter dem Vorjahresniveau lagen.",
        True,
        [("percent", 4.2, "%", None)],
        None,
    ),
    (
        "de",
        "Statistik-Austria-Generaldirektor Bernhard Stelzhammer sagte, Dienstleistungen hätten sich um 4,9 Prozent verteuert.",
        True,
        [("percent", 4.9, "%", None)],
        "Bernhard Stelzhammer",
    ),
    ("de", "Die Wirtschaftskammer sprach von einem „Lichtblick für die Betriebe“.", False, [], None),
    (
        "de",
        "Ob die Inflation im Frühjahr unter die Marke von 2 Prozent fällt, ist unter Ökonomen umstritten.",
        False,
        [("percent", 2, "%", None)],
        None,
    ),
    # --- NBA (AP) ---
    (
        "en",
        "LOS ANGELES (AP) — Darnell Okafor scored 41 points and grabbed 12 rebounds as the Los Angeles Lakers beat the Denver Nuggets 118-109 on Sunday night.",
        True,
        [("count", 41, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "It was Okafor's fourth 40-point game of the season.",
        True,
        [("ordinal", 4, None, None), ("count", 40, None, None)],
        None,
    ),
    ("en", "The Lakers have won six straight and improved to 16-7.", True, [("count", 6, None, None)], None),
    (
        "en",
        "Denver played without its leading scorer, who missed a third game with a sore ankle.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("en", '"He was just unstoppable tonight," Nuggets coach Ray Dolan said.', False, [], None),
    # --- Autobahnunfall (dpa) ---
    (
        "de",
        "Kassel (dpa) - Bei einer Massenkarambolage auf der A7 bei Kassel sind am Montagmorgen 23 Fahrzeuge ineinander gefahren.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Sechs Menschen wurden schwer verletzt, darunter ein zehnjähriges Kind, teilte die Polizei mit.",
        True,
        [("count", 6, None, None), ("duration", 10, "year", None)],
        "die Polizei",
    ),
    (
        "de",
        "Die Autobahn war in Richtung Süden mehr als fünf Stunden lang gesperrt.",
        True,
        [("duration", 5, "hour", "over")],
        None,
    ),
    (
        "de",
        "Den Sachschaden schätzte die Polizei auf rund 400.000 Euro.",
        True,
        [("money", 400000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Als Ursache gilt dichter Nebel mit Sichtweiten unter 50 Metern.",
        True,
        [("count", 50, None, "under")],
        None,
    ),
    ("de", "„So etwas habe ich noch nie gesehen“, sagte ein Rettungssanitäter an der Unfallstelle.", False, [], None),
    # --- UK rail strike (PA) ---
    (
        "en",
        "LONDON (PA) - Train drivers at three rail operators in the north of England will stage a 48-hour strike from Dec. 19, the Aslef union said on Monday.",
        True,
        [("count", 3, None, None), ("duration", 48, "hour", None), ("date", "--12-19", None, None)],
        "the Aslef union",
    ),
    (
        "en",
        "The walkout is expected to cancel around 2,400 services over the two days, the Rail Delivery Group said.",
        True,
        [("count", 2400, None, "about"), ("duration", 2, "day", None)],
        "the Rail Delivery Group",
    ),
    (
        "en",
        "Drivers rejected a pay offer of 3.5% over two years by a margin of 87% to 13%.",
        True,
        [
            ("percent", 3.5, "%", None),
            ("duration", 2, "year", None),
            ("percent", 87, "%", None),
            ("percent", 13, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Aslef general secretary Moira Candlish said the offer was worth less than inflation in both years.",
        True,
        [],
        "Moira Candlish",
    ),
    (
        "en",
        '"Passengers deserve better than another Christmas of chaos," a government spokesperson said.',
        False,
        [],
        None,
    ),
    # --- Vehicle recall (Reuters) ---
    (
        "en",
        "DETROIT, Dec 7 (Reuters) - Brightwell Motors is recalling 212,600 vehicles in the United States because a rearview camera image may fail to appear, the National Highway Traffic Safety Administration said on Monday.",
        True,
        [("date", "--12-07", None, None), ("count", 212600, None, None)],
        "the National Highway Traffic Safety Administration",
    ),
    (
        "en",
        "The recall covers certain 2023 to 2025 model year sport utility vehicles and pickups.",
        True,
        [("year", 2023, None, None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Brightwell said it was aware of 14 minor crashes but no injuries linked to the problem.",
        True,
        [("count", 14, None, None)],
        "Brightwell",
    ),
    (
        "en",
        "The fix is a software update at no cost to owners and takes about 30 minutes at a dealership.",
        True,
        [("duration", 30, "minute", "about")],
        None,
    ),
    ("en", "It is the company's seventh U.S. recall this year.", True, [("ordinal", 7, None, None)], None),
    ("en", 'Analysts called the recall "a minor hiccup" for the carmaker.', False, [], None),
    # --- Asteroid (AFP) ---
    (
        "en",
        "PARIS, Dec 7 (AFP) - A 90-metre asteroid will pass the Earth at about one-third of the distance to the Moon on Dec. 23, the European Space Agency said on Monday.",
        True,
        [
            ("date", "--12-07", None, None),
            ("count", 90, None, None),
            ("fraction", 0.3333, None, "about"),
            ("date", "--12-23", None, None),
        ],
        "the European Space Agency",
    ),
    (
        "en",
        "The rock, discovered only 11 days ago by a telescope in Chile, poses no danger, the agency said.",
        True,
        [("duration", 11, "day", None)],
        "the agency",
    ),
    (
        "en",
        "It will fly past at a speed of roughly 13 kilometres per second.",
        True,
        [("count", 13, None, "about")],
        None,
    ),
    ("en", "Amateur astronomers in Europe should be able to see it with a small telescope.", False, [], None),
]
