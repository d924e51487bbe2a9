"""Hundred-and-ninety-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Dagmar Hollweg, Tobias Renninger, Hertha Vollgruber, Elias Brenner, Karin Aufderheide,
Lindqvist Capital; Carrow Dene, Imogen Hartley, Wade Tillotson, Fenella Ashcroft, Pelloran
Resources, Corin Ashby, Faith Wambui, Tigist Alemu, Rose Nakato, Jarrod Keane, Ledgerline,
Priya Venkataraman, Milan Jovetic); office holders appear by role only ("der
haushaltspolitische Sprecher einer Oppositionsfraktion", "die Klubobfrau einer
Oppositionspartei", "der AK-Präsident", "die Planungsstadträtin", "a finance ministry
official", "the festival director"). Real bodies, places and things (Bundestag, Bundesrat,
Nationalrat, Finanzministerium, Alliance SwissPass, Zürcher Verkehrsverbund, Olten,
Statistisches Bundesamt, Arbeiterkammer, Westlotto, Deutscher Wetterdienst, Kraftfahrt-
Bundesamt, Statistik Austria, Hafen Hamburg Marketing, SC Freiburg, Senckenberg-Institut,
Bundeswehr, Verband der Schweizerischen Uhrenindustrie, Biel; Senate Historical Office,
Kalgoorlie, Stats NZ, U.S. Department of Agriculture, Department for Transport, Office of
Rail and Road, Airlines for Europe, Ryanair, Congressional Budget Office, Treasury
Department, World Health Organization, U.S. Geological Survey, Acapulco, Gas Infrastructure
Europe, Busan International Film Festival) stand for the way wire copy names them; every
vote, sum, share, rank, age and quote here is invented, and where a real figure came to
mind it was changed.

Its weight: HARD NUMBER FORMS IN RUNNING TEXT - one week in late September, 42 short stories
in story order with the German and English desks interleaved, each told as wire copy runs
it (a dateline lead, the figures, attributed claims, the other side, quotes), whose weight
is the forms numbers take: number words and compounds ("dreieinhalbstündige",
"Zweidrittelmehrheit", "das Achtfache", "der achtfache Gewinnsprung", "dreiteilige", "a
fivefold jump", "a twofold bonus", "nearly threefold", "a nine-minute contest", "a 15-year
term"), fractions in words and digits ("drei Viertel", "gut ein Fünftel", "zu gut neun
Zehnteln", "knapp 1/3", "roughly 1/3", "two-fifths", "one-sixth", "one-twentieth", "one in
eight", "halb so viele"), ordinals in words and digits ("Zum 25. Mal", "zum 60. Mal", "ihren
100. Geburtstag", "viertwärmste", "Tabellenvierter", "auf Rang drei", "the 101st", "the
31st time", "ranked 14th", "the 4th rise"), ranges with the unit written once ("zwischen
11,20 und 12,90 Euro", "12,30 bis 14,10 Euro", "180 bis 220 Millionen Franken", "between
640,000 and 680,000 tonnes", "$1.5 million to $2.2 million", "aged 18 to 24"), hedges,
money with scales and abbreviations ("1,2 Mrd. Euro", "312,4 Mio. Euro", "298,4 Mio. Fr.",
"Fr. 12,50", "4'095 Franken", "$11.2bn", "A$1.35bn", "€9.4bn", "14.5p", "65 cents", "13.9
trillion yen", "4,500 crore rupee", "12.8 billion won"), dates and years, German and Swiss
digit grouping ("2.004.817", "520'000", "3000") and decimal commas. Negatives stand beside
them: opinion, rhetoric and feelings in quotes, hopes, open and rhetorical questions,
advice, labels and scene colour - one of them carrying a figure, labelled.

239 rows (121 German, 118 English), 56 negatives (26 German, 30 English), 183 check-worthy
rows of which 2 carry no figure (2 German, 0 English), 404 expected quantities (115 counts,
69 amounts of money - 28 EUR, 18 USD, 9 CHF, 8 GBP, 3 JPY, 1 AUD, 1 INR, 1 KRW -, 55
percentages - 51 in %, 4 in percentage points -, 45 fractions, 44 durations - 22 in years, 6
in hours, 5 in months, 5 in minutes, 3 in days, 3 in seconds -, 43 ordinals, 24 years, 9
dates; 1 of them in one negative, as the seventeenth batch labels a figure in a negative),
38 checked speakers (17 German, 21 English). Sentences sharing a run of eight or more words
with any file under tests/ (checked by a script that printed only this batch's sentences,
case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or piece of rhetoric is a negative with speaker None, also with a named
  speaker (seventh, ninety-eighth, hundred-second, hundred-fifty-second); a reported fact or
  figure is check-worthy with its speaker. A forecast with a figure ("dürfte damit der
  viertwärmste ... werden", "expects the population to pass six million") is check-worthy.
- Multiples are counts (hundred-thirty-eighth: "um das Zwölffache" 12; "dreifach" 3,
  "twentyfold" 20): "auf das Achtfache" and "Der achtfache Gewinnsprung" 8, "gut das
  Doppelte" 2 "over", "more than twice the size" 2 "over", "more than fivefold" 5 "over",
  "nearly threefold" 3 "nearly". New: "a fivefold jump", "a twofold bonus" and "a twofold
  increase" are counts 5 and 2 - the adjective before the noun is the same multiple. Verbs of
  multiplying carry no figure ("more than doubled", "fast verdreifacht", "more than tripled",
  "mehr als verdoppelt"; hundred-forty-eighth: "fast verdoppelt").
- Fractions (every batch): "drei Viertel" 0.75, "Rund drei Viertel" 0.75 "about", "ein
  Viertel", "a quarter" 0.25, "knapp ein Drittel" 0.3333 "nearly", "gut ein Drittel mehr"
  0.3333 "over" (hundred-fifty-second: "etwa ein Viertel mehr", the "mehr" comparing), "gut
  ein Fünftel" 0.2 "over", "um die Hälfte", "half of those" 0.5, "jeder fünfte" 0.2, "knapp
  jede sechste" 0.1667 "nearly", "Jeder achte" and "one in eight" 0.125, "Fast jeder zweite"
  0.5 "nearly", "two-fifths" and "two in five" 0.4, "one-sixth" 0.1667, "one-twentieth" 0.05,
  "less than a tenth" 0.1 "under", "Fewer than two-thirds" 0.6667 "under", "zu gut neun
  Zehnteln" 0.9 "over". New: "Zweidrittelmehrheit" and "the two-thirds threshold" are
  fraction 0.6667 - the share inside a compound read as written, as "Tempo-30-Zone" is count
  30 (hundred-fifty-second). New: a fraction in digits ("knapp 1/3", "roughly 1/3") is a
  fraction 0.3333 with its hedge, as the word form is. New: "weniger als halb so viele" is
  fraction 0.5 "under" - a multiple below one written as a share.
- Ordinals: "Zum 25. Mal", "zum 60. Mal", "zum elften Mal in Folge", "ihren 100.
  Geburtstag", "the 101st treaty", "the 101st of 118 lots", "for the 31st time", "his 50th
  Test", "his 11th five-wicket haul" 11 with "five-wicket" count 5, "the 4th rise" 4 ("in as
  many years" none), "ranked 14th", "viertwärmste" 4 (the issue's "drittgrößte"),
  "Tabellenvierter" and "auf Rang drei" (hundred-fifty-third and earlier: "der Tabellenvierte",
  "auf Rang drei"), "im ersten Halbjahr", "first-half", "in the first half" 1 (hundred-
  fiftieth), "im dritten Stock" 3, "Die ersten 150 Fahrzeuge" 1 with 150 (eightieth: "in den
  ersten zehn Monaten"), "nach einer ersten Schätzung" 1, "the second dose", "the second
  day", "a second day" 2, "the sixth-largest economy" 6 (in a negative, labelled). None:
  "erstmals" (hundred-thirty-third), "the top seed", "the lowest-ranked", "der älteste
  Festwirt" (hundred-fifty-second), "Sechser im Lotto" (an idiom; forty-sixth: "Den Sechser"
  none).
- Ranges, the unit written once serving both ends (forty-sixth, seventy-sixth): "zwischen
  27 und 31 Grad", "zwischen 11,20 und 12,90 Euro", "12,30 bis 14,10 Euro", "180 bis 220
  Millionen Franken" both 1.8e8 and 2.2e8, "between 640,000 and 680,000 tonnes", "between
  780 million and 820 million pounds", "$1.5 million to $2.2 million", "aged 18 to 24" both
  ages, "an drei statt an zwei Tagen" 3 and 2 days; "bis" and "to" are no hedge.
- Money with scales in the currency written: "Mrd." 1e9 and "Mio." 1e6 (hundred-thirtieth:
  "1,07 Mrd. Euro"), "bn" 1e9 ("$11.2bn", "A$1.35bn", "€9.4bn", "$8.5bn"), "trillion" 1e12
  ("13.9 trillion yen", "$1.9 trillion"), pence as GBP hundredths ("14.5p" 0.145, "9.25p"
  0.0925; seventy-third) and, by the same reading, "65 cents" in an Irish story 0.65 EUR
  (U.S. cents USD hundredths, hundred-nineteenth). New: "Fr. 12,50", "Fr. 11,80" and "298,4
  Mio. Fr." are CHF - the Swiss abbreviation before or after the figure names the franc as
  "Franken" does. New: "4'095 Franken", "520'000 Personen" and "112'600" are 4095, 520000 and
  112600 - the Swiss apostrophe groups thousands as the German point does; "über 3000
  Franken" is 3000 "over" (four digits ungrouped). New: "a 4,500 crore rupee ... scheme" is
  4.5e10 INR - a crore is ten million, the scale word read as "Mio." is - and "12.8 billion
  won" KRW. "($507 million)" in brackets is a second amount (fifteenth). "je Aktie", "a
  share", "a year", "an hour", "a week", "a bushel", "a tonne", "pro Quadratmeter" none.
- Percentages: "% " and "Prozent" in %, "Prozentpunkte" and "percentage points" in pp
  (twenty-seventh, hundred-thirty-fourth): "knapp fünf Prozentpunkte" 5 pp "nearly", "um 0,2
  Prozentpunkte" 0.2 pp, "up to 10 percentage points" "up_to". New: "knapp einen halben
  Punkt über dem Ziel" is 0.5 pp "nearly" - an inflation gap in points is percentage points
  as a poll's points are (twenty-seventh), and "halben" is the number.
- Counts: definite groups ("489 der 630 Abgeordneten", "46 der 69 Stimmen", "Twenty-two of
  the 27 countries"; forty-first), "71 senators in favor and 27 against", "elf Kantone,
  zwölf", "mindestens 420 Ja-Stimmen" "at_least", "mindestens einmal" 1 "at_least" and
  "zweimal" 2 (the issue's "viermal"), "mehr als 2.300 Mal" 2300 "over" (the issue's "100
  Mal"), "a dozen multinationals" 12 (the issue's "two dozen"), "dreiteilige" 3 (the issue's
  "28-Punkte-Entwurf"), "in four sets" 4, temperatures and their differences ("bis zu 32 Grad"
  "up_to", "rund acht Grad mehr" "about"), magnitudes ("magnitude 6.1", "above magnitude 6"
  "over"), measures (fourth, eighty-first: "1.800 Meter", "35 Zentimeter", "24 kilometers",
  "about 45 km", "98,2 Gramm je Kilometer", "57,6 Mio. Tonnen", "16.2 billion bushels",
  "186.4 bushels an acre"), "auf 100 Haushalte 182,4 Fahrräder" both, "über zwei Millionen
  Einwohner" 2000000 "over", "2.004.817". New: "von 3,6 auf 3,4 Nächte" are counts - a night
  is no unit of the issue's list. None: "CO2" (hundred-forty-fifth: "CO2-Äquivalent"), the
  score "3:1" (hundred-forty-eighth), "Gewinnklasse", "im sechsstelligen Bereich"
  (hundred-fifty-second), "one dealer", "Every one of these cases", "both parties".
- Durations and ages: "dreieinhalbstündige" 3.5 hours (hundred-twenty-first), "knapp
  neunstündigen" 9 hours "nearly", "knapp viereinhalb Stunden" 4.5 hours "nearly", "a
  nine-minute contest" 9 minutes, "a 15-year term", "a three-year trial", "for 48 hours", "2
  hours, 19 minutes and 48 seconds" and "1 minute 12 seconds" each part, "for at least 18
  months" "at_least", "in 71 Jahren", "seit mehr als 100 Jahren" 100 years "over", "rund 48
  Millionen Jahre alten" 4.8e7 years "about"; ages as years ("ein 83-Jähriger", "als
  21-Jährige", "The 29-year-old", "der 19-jährige", "Children under five" 5 "under", "ab 65
  Jahren" 65 "at_least" (eighty-fifth: "ab 67 Jahren"), "The median age rose to 38.7
  years"). New: "ihre letzte mit 92" is 92 years - an age after "mit" without "Jahren" read
  as the apposition "Kofi Mensah, 31," (sixty-third). None: "a decade", "within a decade",
  "a year earlier", "last year", "this year", "next year", "im Vorjahr", "vor Jahresfrist",
  "seit Jahren", "ein Jahr zuvor", "a course record", "the late 2030s" and "Mitte der
  2030er-Jahre" (decades, hundred-seventy-first), clock times ("gegen 2.40 Uhr").
- Years and dates: "2025", "seit 2021", "since 1990", "1881", "1947", "1916", "1975", "fiscal
  2026"; "am 9. Oktober" --10-09, "Zum Stichtag 1. Juli" --07-01, "from Oct. 7", "by Nov. 1";
  Reuters English datelines with a day ("LONDON, Sept 22 (Reuters)", "SYDNEY, Sept 23",
  "TOKYO, Sept 24", "NEW DELHI, Sept 24", "CHICAGO, Sept 25") as dates without a year
  (hundred-second, hundred-fifty-second); other datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "some", "roughly",
  "Roughly" "about"; "knapp", "Knapp", "fast", "Fast", "nearly", "Nearly", "almost" "nearly";
  "mehr als", "gut", "Etwas mehr als", "über", "more than", "above" "over"; "weniger als",
  "less than", "Fewer than", "under" "under"; "bis zu", "up to" "up_to"; "mindestens", "at
  least", "ab" "at_least"; "höchstens" "at_most" (hundred-nineteenth). No hedge: "insgesamt",
  "im Schnitt", "bereits", "sogar", "alone", "a record", "only", "bis" and "to" in a range.
- Speakers, checked only in forms earlier batches settled: "sagte
  Finanzstaatssekretärin Dagmar Hollweg", "sagte Vorstandschef Tobias Renninger", "sagte
  Paläontologin Karin Aufderheide", "Chief executive Imogen Hartley said", "said charity
  director Fenella Ashcroft", "Co-founder Priya Venkataraman said" (the name, title dropped;
  hundred-second, hundred-fifty-second); "teilte das Finanzministerium mit", "teilte der
  Deutsche Wetterdienst am Montag mit", "teilte das Kraftfahrt-Bundesamt mit", "teilte die
  Polizei mit", "teilte Hafen Hamburg Marketing mit", "teilte Statistik Austria am
  Donnerstag mit", "wie das Statistische Bundesamt ... mitteilte" (twice), "wie Alliance
  SwissPass am Dienstag mitteilte", "wie der Zürcher Verkehrsverbund mitteilte", "wie
  Westlotto mitteilte", "wie das Beschaffungsamt mitteilte", "wie der Verband der
  Schweizerischen Uhrenindustrie mitteilte" (eighty-first, hundred-second); "Nach Angaben
  der Veranstalter" -> "die Veranstalter" (seventieth); "the company said" (three times),
  "the auction house said", "the agency said", "the government said", "the Department for
  Transport said", "the Congressional Budget Office said", "the World Health Organization
  said", "the U.S. Geological Survey said", "the U.S. Department of Agriculture said on
  Friday" with the weekday dropped (fortieth); "Stats NZ said" and "Carrow Dene said" as
  written (eighty-first); "according to the Senate Historical Office", "according to the
  Treasury Department" with their article, "according to Airlines for Europe" and
  "according to Gas Infrastructure Europe" as written (ninety-eighth). Left unchecked
  (None): "a survey ... found", "a government statement said", "Office of Rail and Road
  figures showed", "geht aus einer Studie ... hervor" (documents), "a finance ministry
  official said", "an EU official said", "a union said", "local officials said",
  "organisers said" (descriptions, forty-first), "schätzt die Polizei" (an estimating verb,
  hundred-tenth). All negatives have speaker None.
- Negatives (fifty-fifth, hundred-second, hundred-fifty-second): rhetoric and labels in
  quotes („Schuldenberg auf Raten“, „Raubzug bei den kleinen Leuten“, "sells out our
  fishermen", "paying more and more for less and less", "held hostage"), evaluations
  ("priced in far too much good news", "hält die Zahlen für überzeichnet", "halten den Preis
  für überzogen", "calling it long overdue", "a budget for the next election"), feelings
  and colour ("schwärmte ein Standbetreiber", "hochzufrieden", "It was electric in the
  room", "a long, rolling motion", "fühlt sich ... höher an", "wartet ... sehnsüchtig"),
  hopes and expectations without a figure ("Supporters hope", "Viele Stammgäste hoffen",
  "Diplomats expect fierce haggling"), open and rhetorical questions ("Ob der Sparpfad
  hält", "Ob der Topf ...", "Whether such prices will hold", "Will commuters ...?", "Is
  anyone in Washington still listening?", "is anyone's guess", "Warum das Feuer ausbrach,
  ist noch völlig unklar."), advice and appeals ("Meteorologen raten", "the agency advised",
  "the charity urged"), doubts ("Some economists doubt", "bezweifeln viele Händler", "Union
  officials questioned whether") and the idiom „ein Sechser im Lotto“.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_199 = [
    # --- Bundestag: Grundgesetzänderung mit Zweidrittelmehrheit (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am Donnerstag mit der nötigen Zweidrittelmehrheit eine Änderung des Grundgesetzes beschlossen, die ein Sondervermögen von 80 Milliarden Euro für Schulen und Brücken ermöglicht.",
        True,
        [("fraction", 0.6667, None, None), ("money", 80000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Für den Entwurf stimmten 489 der 630 Abgeordneten, 121 votierten dagegen, 14 enthielten sich.",
        True,
        [("count", 489, None, None), ("count", 630, None, None), ("count", 121, None, None), ("count", 14, None, None)],
        None,
    ),
    ("de", "Erforderlich waren mindestens 420 Ja-Stimmen.", True, [("count", 420, None, "at_least")], None),
    (
        "de",
        "Der Abstimmung ging eine dreieinhalbstündige Debatte voraus, die zweimal unterbrochen werden musste.",
        True,
        [("duration", 3.5, "hour", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Das Geld soll über zwölf Jahre verteilt fließen, knapp ein Drittel davon an die Kommunen, sagte Finanzstaatssekretärin Dagmar Hollweg.",
        True,
        [("duration", 12, "year", None), ("fraction", 0.3333, None, "nearly")],
        "Dagmar Hollweg",
    ),
    ("de", "Die Opposition sprach von einem „Schuldenberg auf Raten“.", False, [], None),
    (
        "de",
        "„Wir verfrühstücken die Zukunft unserer Enkel“, sagte der haushaltspolitische Sprecher einer Oppositionsfraktion.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat muss der Änderung am 9. Oktober ebenfalls mit Zweidrittelmehrheit zustimmen, dort sind dafür 46 der 69 Stimmen nötig.",
        True,
        [
            ("date", "--10-09", None, None),
            ("fraction", 0.6667, None, None),
            ("count", 46, None, None),
            ("count", 69, None, None),
        ],
        None,
    ),
    # --- Carrow Dene: fivefold profit (Reuters) ---
    (
        "en",
        "LONDON, Sept 22 (Reuters) - British engineering group Carrow Dene reported a fivefold jump in first-half profit on Tuesday, to 412 million pounds, as defence orders poured in.",
        True,
        [
            ("date", "--09-22", None, None),
            ("count", 5, None, None),
            ("ordinal", 1, None, None),
            ("money", 412000000, "GBP", None),
        ],
        None,
    ),
    (
        "en",
        "Revenue rose 38% to 3.5 billion pounds, and the order book swelled to a record $11.2bn, the company said.",
        True,
        [("percent", 38, "%", None), ("money", 3500000000, "GBP", None), ("money", 11200000000, "USD", None)],
        "the company",
    ),
    (
        "en",
        "Carrow Dene said it expected full-year profit of between 780 million and 820 million pounds.",
        True,
        [("money", 780000000, "GBP", None), ("money", 820000000, "GBP", None)],
        "Carrow Dene",
    ),
    (
        "en",
        "Carrow Dene raised its interim dividend to 14.5p a share, up from 9.25p a year earlier.",
        True,
        [("money", 0.145, "GBP", None), ("money", 0.0925, "GBP", None)],
        None,
    ),
    (
        "en",
        "Chief executive Imogen Hartley said about two-fifths of new orders came from outside Europe.",
        True,
        [("fraction", 0.4, None, "about")],
        "Imogen Hartley",
    ),
    (
        "en",
        "The shares rose 7.4% in early trade and have more than tripled since January 2025.",
        True,
        [("percent", 7.4, "%", None), ("year", 2025, None, None)],
        None,
    ),
    ("en", '"We are building for a decade, not for a quarter," Hartley told reporters.', False, [], None),
    ("en", "Analysts at one broker said the valuation already priced in far too much good news.", False, [], None),
    # --- Nationalrat: Budgetsanierung (APA) ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat nach einer knapp neunstündigen Sitzung das Budgetsanierungsgesetz beschlossen, das heuer 1,2 Mrd. Euro und im kommenden Jahr rund 2,45 Mrd. Euro einsparen soll.",
        True,
        [("duration", 9, "hour", "nearly"), ("money", 1200000000, "EUR", None), ("money", 2450000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Neuverschuldung soll damit von 4,7 auf 4,1 Prozent der Wirtschaftsleistung sinken, teilte das Finanzministerium mit.",
        True,
        [("percent", 4.7, "%", None), ("percent", 4.1, "%", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Schuldenquote liegt derzeit bei 81,8 Prozent, erlaubt wären nach den EU-Regeln 60 Prozent.",
        True,
        [("percent", 81.8, "%", None), ("percent", 60, "%", None)],
        None,
    ),
    (
        "de",
        "Rund drei Viertel der Einsparungen entfallen auf die Ausgabenseite, ein Viertel auf höhere Abgaben.",
        True,
        [("fraction", 0.75, None, "about"), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "de",
        "Monatliche Bruttopensionen von bis zu 2.500 Euro werden um 2,7 Prozent erhöht, höhere mit einem Fixbetrag von 67,50 Euro.",
        True,
        [("money", 2500, "EUR", "up_to"), ("percent", 2.7, "%", None), ("money", 67.5, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Dieses Budget ist ein Raubzug bei den kleinen Leuten“, sagte die Klubobfrau einer Oppositionspartei.",
        False,
        [],
        None,
    ),
    ("de", "Ob der Sparpfad hält, wird sich wohl erst im Frühjahr zeigen.", False, [], None),
    # --- Senate ratifies fisheries treaty (AP) ---
    (
        "en",
        "WASHINGTON (AP) - The Senate ratified a fisheries treaty with Canada on Wednesday with 71 senators in favor and 27 against, clearing the two-thirds threshold the Constitution requires.",
        True,
        [("count", 71, None, None), ("count", 27, None, None), ("fraction", 0.6667, None, None)],
        None,
    ),
    (
        "en",
        "It was the 101st treaty the chamber has approved by roll-call vote since 1990, according to the Senate Historical Office.",
        True,
        [("ordinal", 101, None, None), ("year", 1990, None, None)],
        "the Senate Historical Office",
    ),
    (
        "en",
        "The agreement caps the annual salmon catch at 1.8 million tonnes and runs for a 15-year term.",
        True,
        [("count", 1800000, None, None), ("duration", 15, "year", None)],
        None,
    ),
    ("en", "Two Republican senators from the Northwest voted against it.", True, [("count", 2, None, None)], None),
    ("en", '"This treaty sells out our fishermen and their families," said Senator Wade Tillotson.', False, [], None),
    ("en", "Supporters hope the deal will calm a quarrel that has simmered for generations.", False, [], None),
    # --- ÖV-Preise in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Bahn-, Bus- und Tramfahren in der Schweiz wird im Dezember im Schnitt um 3,2 Prozent teurer, wie Alliance SwissPass am Dienstag mitteilte.",
        True,
        [("percent", 3.2, "%", None)],
        "Alliance SwissPass",
    ),
    (
        "de",
        "Das Generalabonnement verteuert sich um 135 auf 4'095 Franken.",
        True,
        [("money", 135, "CHF", None), ("money", 4095, "CHF", None)],
        None,
    ),
    (
        "de",
        "Die Mehrfahrtenkarte für die Stadt Zürich kostet neu Fr. 12,50 statt Fr. 11,80, wie der Zürcher Verkehrsverbund mitteilte.",
        True,
        [("money", 12.5, "CHF", None), ("money", 11.8, "CHF", None)],
        "der Zürcher Verkehrsverbund",
    ),
    (
        "de",
        "Rund 520'000 Personen besitzen ein Generalabonnement, knapp jede sechste erwachsene Person im Land.",
        True,
        [("count", 520000, None, "about"), ("fraction", 0.1667, None, "nearly")],
        None,
    ),
    (
        "de",
        "Vertretbar wäre aus Sicht des Preisüberwachers ein Plus von höchstens 2 Prozent gewesen.",
        True,
        [("percent", 2, "%", "at_most")],
        None,
    ),
    ("de", "«Wer täglich pendelt, zahlt am Ende die Zeche», sagte eine Pendlerin im Bahnhof Olten.", False, [], None),
    # --- Food charity survey (PA) ---
    (
        "en",
        "LONDON (PA) - Nearly two-fifths of adults in England say they have skipped a meal in the past year to save money, a survey for a food charity found.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "One in three of the 4,012 people polled said they had cut back on heating, and a quarter had borrowed from family.",
        True,
        [("fraction", 0.3333, None, None), ("count", 4012, None, None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "Among those aged 18 to 24, the share who skipped meals rose to 47%, up from 31% in 2024.",
        True,
        [
            ("duration", 18, "year", None),
            ("duration", 24, "year", None),
            ("percent", 47, "%", None),
            ("percent", 31, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The charity handed out 2.1 million parcels in the 12 months to March, roughly 1/3 of them to families with children, said charity director Fenella Ashcroft.",
        True,
        [("count", 2100000, None, None), ("duration", 12, "month", None), ("fraction", 0.3333, None, "about")],
        "Fenella Ashcroft",
    ),
    (
        "en",
        '"No one in the sixth-largest economy in the world should have to go hungry," Ashcroft said.',
        False,
        [("ordinal", 6, None, None)],
        None,
    ),
    ("en", "Ministers must act before the winter sets in, the charity urged.", False, [], None),
    # --- Lindqvist Capital: Gewinn verachtfacht (dpa-AFX) ---
    (
        "de",
        "Frankfurt (dpa-AFX) - Der Vermögensverwalter Lindqvist Capital hat seinen Gewinn im ersten Halbjahr auf das Achtfache gesteigert.",
        True,
        [("ordinal", 1, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Unter dem Strich standen 312,4 Mio. Euro nach 39,1 Mio. Euro ein Jahr zuvor.",
        True,
        [("money", 312400000, "EUR", None), ("money", 39100000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das verwaltete Vermögen wuchs um gut ein Fünftel auf 84 Mrd. Euro.",
        True,
        [("fraction", 0.2, None, "over"), ("money", 84000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Dividende soll von 1,10 Euro auf 1,65 Euro je Aktie steigen, eine Erhöhung um die Hälfte.",
        True,
        [("money", 1.1, "EUR", None), ("money", 1.65, "EUR", None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Aktie legte im frühen Xetra-Handel um 6,3 Prozent auf 48,72 Euro zu.",
        True,
        [("percent", 6.3, "%", None), ("money", 48.72, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der achtfache Gewinnsprung sei auch einem Einmaleffekt von 140 Millionen Euro zu verdanken, sagte Vorstandschef Tobias Renninger.",
        True,
        [("count", 8, None, None), ("money", 140000000, "EUR", None)],
        "Tobias Renninger",
    ),
    ("de", "„Auf diesen Zahlen ruhen wir uns nicht aus“, sagte Renninger.", False, [], None),
    # --- Pelloran Resources cuts lithium forecast (Reuters) ---
    (
        "en",
        "SYDNEY, Sept 23 (Reuters) - Australian lithium miner Pelloran Resources cut its full-year output forecast by a fifth on Wednesday, to between 640,000 and 680,000 tonnes.",
        True,
        [
            ("date", "--09-23", None, None),
            ("fraction", 0.2, None, None),
            ("count", 640000, None, None),
            ("count", 680000, None, None),
        ],
        None,
    ),
    (
        "en",
        "The company booked an impairment of A$1.35bn on its Kalgoorlie processing plant, which it will idle for at least 18 months.",
        True,
        [("money", 1350000000, "AUD", None), ("duration", 18, "month", "at_least")],
        None,
    ),
    (
        "en",
        "About 420 workers, or roughly one-sixth of the site's staff, will be offered roles elsewhere, the company said.",
        True,
        [("count", 420, None, "about"), ("fraction", 0.1667, None, "about")],
        "the company",
    ),
    (
        "en",
        "Spodumene prices have fallen almost two-thirds since their peak in late 2022, to about $780 a tonne.",
        True,
        [("fraction", 0.6667, None, "nearly"), ("year", 2022, None, None), ("money", 780, "USD", "about")],
        None,
    ),
    ("en", '"It is a painful but necessary decision," managing director Corin Ashby said.', False, [], None),
    ("en", "Union officials questioned whether the plant would ever reopen.", False, [], None),
    # --- Isarufer-Fest zum 25. Mal (dpa/lby) ---
    (
        "de",
        "Landshut (dpa/lby) - Zum 25. Mal hat am Wochenende das Isarufer-Fest stattgefunden, erstmals an drei statt an zwei Tagen.",
        True,
        [("ordinal", 25, None, None), ("duration", 3, "day", None), ("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Angaben der Veranstalter kamen rund 145.000 Besucherinnen und Besucher, gut ein Drittel mehr als im Vorjahr.",
        True,
        [("count", 145000, None, "about"), ("fraction", 0.3333, None, "over")],
        "die Veranstalter",
    ),
    (
        "de",
        "Die Polizei zählte 37 Einsätze, davon 9 wegen Körperverletzung, und damit weniger als halb so viele wie 2025.",
        True,
        [
            ("count", 37, None, None),
            ("count", 9, None, None),
            ("fraction", 0.5, None, "under"),
            ("year", 2025, None, None),
        ],
        None,
    ),
    (
        "de",
        "Eine Maß Bier kostete zwischen 11,20 und 12,90 Euro.",
        True,
        [("money", 11.2, "EUR", None), ("money", 12.9, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der älteste Festwirt, ein 83-Jähriger, stand zum 60. Mal hinter der Schänke.",
        True,
        [("duration", 83, "year", None), ("ordinal", 60, None, None)],
        None,
    ),
    ("de", "„So ein Wetter hatten wir seit Ewigkeiten nicht“, schwärmte ein Standbetreiber.", False, [], None),
    ("de", "Viele Stammgäste hoffen, dass das Fest auch künftig drei Tage dauert.", False, [], None),
    # --- Nairobi marathon (AFP) ---
    (
        "en",
        "NAIROBI (AFP) - Kenyan runner Faith Wambui won the city's marathon for the third time on Sunday in 2 hours, 19 minutes and 48 seconds, a course record.",
        True,
        [
            ("ordinal", 3, None, None),
            ("duration", 2, "hour", None),
            ("duration", 19, "minute", None),
            ("duration", 48, "second", None),
        ],
        None,
    ),
    (
        "en",
        "The 29-year-old finished 1 minute 12 seconds ahead of Ethiopia's Tigist Alemu, with Uganda's Rose Nakato a further 40 seconds back in third.",
        True,
        [
            ("duration", 29, "year", None),
            ("duration", 1, "minute", None),
            ("duration", 12, "second", None),
            ("duration", 40, "second", None),
            ("ordinal", 3, None, None),
        ],
        None,
    ),
    (
        "en",
        "Prize money for the winners was raised to $30,000 this year, and a twofold bonus was paid for the course record.",
        True,
        [("money", 30000, "USD", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "About 18,500 runners started across the three races, a third of them women.",
        True,
        [("count", 18500, None, "about"), ("count", 3, None, None), ("fraction", 0.3333, None, None)],
        None,
    ),
    ("en", '"I dedicate this victory to my mother," Wambui said.', False, [], None),
    # --- Fahrräder in Haushalten (Destatis) ---
    (
        "de",
        "Wiesbaden (dpa) - Drei Viertel aller Haushalte in Deutschland besaßen 2025 ein Fahrrad, jeder fünfte sogar drei Räder, wie das Statistische Bundesamt am Montag mitteilte.",
        True,
        [
            ("fraction", 0.75, None, None),
            ("year", 2025, None, None),
            ("fraction", 0.2, None, None),
            ("count", 3, None, None),
        ],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Der Anteil der Haushalte mit E-Bike hat sich binnen zehn Jahren auf 31,6 Prozent fast verdreifacht.",
        True,
        [("duration", 10, "year", None), ("percent", 31.6, "%", None)],
        None,
    ),
    (
        "de",
        "Im Schnitt kamen auf 100 Haushalte 182,4 Fahrräder.",
        True,
        [("count", 100, None, None), ("count", 182.4, None, None)],
        None,
    ),
    (
        "de",
        "In Haushalten mit Kindern lag die Quote bei 93 Prozent, bei Alleinlebenden ab 65 Jahren bei knapp 1/3.",
        True,
        [("percent", 93, "%", None), ("duration", 65, "year", "at_least"), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Erhebung beruht auf Angaben von rund 58.000 Haushalten.",
        True,
        [("count", 58000, None, "about")],
        None,
    ),
    # --- Japan extra budget (Reuters) ---
    (
        "en",
        "TOKYO, Sept 24 (Reuters) - Japan's cabinet approved a 13.9 trillion yen extra budget on Thursday, the government's third stimulus package in two years.",
        True,
        [
            ("date", "--09-24", None, None),
            ("money", 13900000000000, "JPY", None),
            ("ordinal", 3, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Roughly a quarter of the spending, or 3.4 trillion yen, will go to energy subsidies, a finance ministry official said.",
        True,
        [("fraction", 0.25, None, "about"), ("money", 3400000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "The package will be funded partly by issuing an additional 6.7 trillion yen in government bonds.",
        True,
        [("money", 6700000000000, "JPY", None)],
        None,
    ),
    (
        "en",
        "Japan's public debt is already more than twice the size of its economy, the highest ratio among major industrialised nations.",
        True,
        [("count", 2, None, "over")],
        None,
    ),
    ("en", "Some economists doubt the stimulus will lift growth much.", False, [], None),
    # --- Mieten in der Steiermark (APA) ---
    (
        "de",
        "Graz (APA) - Fast jeder dritte Mieterhaushalt in der Steiermark gibt mehr als 40 Prozent seines Einkommens für das Wohnen aus, geht aus einer Studie der Arbeiterkammer hervor.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("percent", 40, "%", "over")],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Nettomiete stieg seit 2021 um 23,5 Prozent auf 9,84 Euro pro Quadratmeter.",
        True,
        [("year", 2021, None, None), ("percent", 23.5, "%", None), ("money", 9.84, "EUR", None)],
        None,
    ),
    (
        "de",
        "Bei Neuvermietungen in Graz werden bereits 12,30 bis 14,10 Euro verlangt.",
        True,
        [("money", 12.3, "EUR", None), ("money", 14.1, "EUR", None)],
        None,
    ),
    (
        "de",
        "Ein Drittel der 1.850 befragten Haushalte hat im vergangenen Jahr mindestens einmal eine Rechnung zu spät bezahlt.",
        True,
        [("fraction", 0.3333, None, None), ("count", 1850, None, None), ("count", 1, None, "at_least")],
        None,
    ),
    ("de", "„Wohnen darf in diesem Land kein Luxus werden“, sagte der AK-Präsident.", False, [], None),
    ("de", "Der Verband der Immobilienwirtschaft hält die Zahlen für überzeichnet.", False, [], None),
    # --- Record price for an abstract (AP) ---
    (
        "en",
        "NEW YORK (AP) - A 1962 abstract by a little-known Armenian-American painter sold for $12.4 million at auction on Tuesday, more than fivefold its high estimate.",
        True,
        [("year", 1962, None, None), ("money", 12400000, "USD", None), ("count", 5, None, "over")],
        None,
    ),
    (
        "en",
        "The buyer, bidding by phone, outlasted four rivals in a nine-minute contest, the auction house said.",
        True,
        [("count", 4, None, None), ("duration", 9, "minute", None)],
        "the auction house",
    ),
    (
        "en",
        "The painting had been estimated at $1.5 million to $2.2 million.",
        True,
        [("money", 1500000, "USD", None), ("money", 2200000, "USD", None)],
        None,
    ),
    (
        "en",
        "The painter's auction record until now, set in 2019, stood at $640,000.",
        True,
        [("year", 2019, None, None), ("money", 640000, "USD", None)],
        None,
    ),
    (
        "en",
        "It was the 101st of 118 lots offered on the night.",
        True,
        [("ordinal", 101, None, None), ("count", 118, None, None)],
        None,
    ),
    ("en", '"It was electric in the room," said one dealer.', False, [], None),
    ("en", "Whether such prices will hold at future sales is far from certain.", False, [], None),
    # --- Eurojackpot (dpa) ---
    (
        "de",
        "Münster (dpa) - Der Eurojackpot ist auf 97 Mio. Euro angewachsen, nachdem bei der Ziehung am Dienstag zum elften Mal in Folge niemand die höchste Gewinnklasse geknackt hat.",
        True,
        [("money", 97000000, "EUR", None), ("ordinal", 11, None, None)],
        None,
    ),
    (
        "de",
        "Die Obergrenze des Jackpots liegt bei 120 Millionen Euro.",
        True,
        [("money", 120000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Zuletzt hatte im Juni ein Tipper aus Sachsen-Anhalt 58,3 Millionen Euro gewonnen, wie Westlotto mitteilte.",
        True,
        [("money", 58300000, "EUR", None)],
        "Westlotto",
    ),
    ("de", "Ob der Topf schon am Freitag geknackt wird, ist völlig offen.", False, [], None),
    # --- India e-bus scheme (Reuters) ---
    (
        "en",
        "NEW DELHI, Sept 24 (Reuters) - India's cabinet approved a 4,500 crore rupee ($507 million) scheme on Wednesday to build 10,000 electric-bus charging points.",
        True,
        [
            ("date", "--09-24", None, None),
            ("money", 45000000000, "INR", None),
            ("money", 507000000, "USD", None),
            ("count", 10000, None, None),
        ],
        None,
    ),
    (
        "en",
        "About 60% of the money will come from the federal government and the rest from the states, a government statement said.",
        True,
        [("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "India wants electric buses to make up two-fifths of new bus sales by 2030, up from about 7% now.",
        True,
        [("fraction", 0.4, None, None), ("year", 2030, None, None), ("percent", 7, "%", "about")],
        None,
    ),
    ("en", "Bus makers welcomed the plan, calling it long overdue.", False, [], None),
    # --- Spätsommer (DWD) ---
    (
        "de",
        "Offenbach (dpa) - Der Spätsommer bringt Deutschland noch einmal Temperaturen zwischen 27 und 31 Grad, teilte der Deutsche Wetterdienst am Montag mit.",
        True,
        [("count", 27, None, None), ("count", 31, None, None)],
        "der Deutsche Wetterdienst",
    ),
    (
        "de",
        "Am Oberrhein sind am Mittwoch bis zu 32 Grad möglich, rund acht Grad mehr als im vieljährigen Mittel für Ende September.",
        True,
        [("count", 32, None, "up_to"), ("count", 8, None, "about")],
        None,
    ),
    (
        "de",
        "Der September dürfte damit der viertwärmste seit Beginn der Aufzeichnungen 1881 werden.",
        True,
        [("ordinal", 4, None, None), ("year", 1881, None, None)],
        None,
    ),
    (
        "de",
        "In den Alpen sinkt die Schneefallgrenze am Wochenende auf 1.800 Meter.",
        True,
        [("count", 1800, None, None)],
        None,
    ),
    ("de", "Meteorologen raten, viel zu trinken und die Mittagshitze zu meiden.", False, [], None),
    # --- Rail fares (PA) ---
    (
        "en",
        "LONDON (PA) - Regulated rail fares in England are to go up 4.6% in March, the first above-inflation increase in three years, the Department for Transport said.",
        True,
        [("percent", 4.6, "%", None), ("ordinal", 1, None, None), ("duration", 3, "year", None)],
        "the Department for Transport",
    ),
    (
        "en",
        "A commuter's yearly pass from Brighton to London will cost £248 more, at £5,640.",
        True,
        [("money", 248, "GBP", None), ("money", 5640, "GBP", None)],
        None,
    ),
    (
        "en",
        "Fewer than two-thirds of trains arrived on time in the year to June, Office of Rail and Road figures showed.",
        True,
        [("fraction", 0.6667, None, "under")],
        None,
    ),
    (
        "en",
        "Passenger numbers have recovered to about 93% of 2019 levels.",
        True,
        [("percent", 93, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        '"Passengers are paying more and more for less and less," said a campaign group spokesperson.',
        False,
        [],
        None,
    ),
    ("en", "Will commuters simply switch back to their cars?", False, [], None),
    # --- Velo-Initiative scheitert am Ständemehr (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit 54,3 Prozent Ja-Stimmen hat die Velowege-Initiative am Sonntag zwar das Volksmehr erreicht, am Ständemehr ist sie aber gescheitert.",
        True,
        [("percent", 54.3, "%", None)],
        None,
    ),
    (
        "de",
        "Zugestimmt haben elf Kantone, zwölf lehnten ab.",
        True,
        [("count", 11, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "de",
        "Die Stimmbeteiligung lag bei 46,8 Prozent, knapp fünf Prozentpunkte höher als im Schnitt der letzten zehn Jahre.",
        True,
        [("percent", 46.8, "%", None), ("percent", 5, "pp", "nearly"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Am deutlichsten war das Ja im Kanton Basel-Stadt mit 68,2 Prozent, am deutlichsten das Nein in Appenzell Innerrhoden mit 71,9 Prozent.",
        True,
        [("percent", 68.2, "%", None), ("percent", 71.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Umsetzung hätte den Bund jährlich 180 bis 220 Millionen Franken gekostet.",
        True,
        [("money", 180000000, "CHF", None), ("money", 220000000, "CHF", None)],
        None,
    ),
    ("de", "«Das Volk hat gesprochen, die Kantone haben gebremst», sagte ein Initiant.", False, [], None),
    # --- New Zealand population (Reuters) ---
    (
        "en",
        "WELLINGTON (Reuters) - New Zealand's population reached 5.4 million in the June quarter, Stats NZ said on Thursday, as net migration slowed for a sixth straight quarter.",
        True,
        [("count", 5400000, None, None), ("ordinal", 6, None, None)],
        "Stats NZ",
    ),
    (
        "en",
        "Net migration fell to 11,200 in the year to June, less than a tenth of its peak of 135,000 two years earlier.",
        True,
        [
            ("count", 11200, None, None),
            ("fraction", 0.1, None, "under"),
            ("count", 135000, None, None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    ("en", "The median age rose to 38.7 years, Stats NZ said.", True, [("duration", 38.7, "year", None)], "Stats NZ"),
    (
        "en",
        "About one in eight departures was to Australia, which took in roughly 62% of the citizens who left.",
        True,
        [("fraction", 0.125, None, "about"), ("percent", 62, "%", "about")],
        None,
    ),
    (
        "en",
        "Births fell 3.8% to 55,870, the lowest annual total since 2002.",
        True,
        [("percent", 3.8, "%", None), ("count", 55870, None, None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        "The statistics agency expects the population to pass six million in the late 2030s.",
        True,
        [("count", 6000000, None, None)],
        None,
    ),
    # --- 100. Geburtstag (APA) ---
    (
        "de",
        "Wien (APA) - Die Kammerschauspielerin Hertha Vollgruber feiert am Donnerstag ihren 100. Geburtstag.",
        True,
        [("ordinal", 100, None, None)],
        None,
    ),
    (
        "de",
        "Sie stand in 71 Jahren mehr als 2.300 Mal auf der Bühne des Burgtheaters.",
        True,
        [("duration", 71, "year", None), ("count", 2300, None, "over")],
        None,
    ),
    (
        "de",
        "Ihre erste Rolle spielte sie 1947 als 21-Jährige, ihre letzte mit 92.",
        True,
        [
            ("ordinal", 1, None, None),
            ("year", 1947, None, None),
            ("duration", 21, "year", None),
            ("duration", 92, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Zum Jubiläum zeigt das Theater eine dreiteilige Filmreihe und eine Ausstellung mit 140 Fotografien.",
        True,
        [("count", 3, None, None), ("count", 140, None, None)],
        None,
    ),
    ("de", "„Ich habe nie gezählt, ich habe immer nur gespielt“, sagte Vollgruber einmal.", False, [], None),
    # --- USDA crop report (Reuters) ---
    (
        "en",
        "CHICAGO, Sept 25 (Reuters) - U.S. farmers will harvest a record 16.2 billion bushels of corn this year, 9% more than in 2025, the U.S. Department of Agriculture said on Friday.",
        True,
        [
            ("date", "--09-25", None, None),
            ("count", 16200000000, None, None),
            ("percent", 9, "%", None),
            ("year", 2025, None, None),
        ],
        "the U.S. Department of Agriculture",
    ),
    (
        "en",
        "Yields are forecast at 186.4 bushels an acre, 3.1 bushels above the previous record set in 2024.",
        True,
        [("count", 186.4, None, None), ("count", 3.1, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "The soybean estimate was cut by about one-twentieth to 4.1 billion bushels.",
        True,
        [("fraction", 0.05, None, "about"), ("count", 4100000000, None, None)],
        None,
    ),
    (
        "en",
        "December corn futures fell 1.4% to $3.92 a bushel.",
        True,
        [("percent", 1.4, "%", None), ("money", 3.92, "USD", None)],
        None,
    ),
    ("en", "Traders worry that storage space will run short in parts of the Midwest.", False, [], None),
    # --- Hamburger Hafen (dpa/lno) ---
    (
        "de",
        "Hamburg (dpa/lno) - Im ersten Halbjahr hat der Hamburger Hafen 3,9 Millionen Standardcontainer (TEU) umgeschlagen, 4,4 Prozent mehr als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("count", 3900000, None, None), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der Seegüterumschlag stieg insgesamt auf 57,6 Mio. Tonnen, teilte Hafen Hamburg Marketing mit.",
        True,
        [("count", 57600000, None, None)],
        "Hafen Hamburg Marketing",
    ),
    (
        "de",
        "Damit liegt Hamburg in Europa hinter Rotterdam und Antwerpen-Brügge weiter auf Rang drei.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Fast jeder zweite Container kam aus Asien oder ging dorthin, knapp 30 Prozent aus oder nach China.",
        True,
        [("fraction", 0.5, None, "nearly"), ("percent", 30, "%", "nearly")],
        None,
    ),
    ("de", "Die Elbvertiefung habe sich voll ausgezahlt, schwärmte ein Hafensprecher.", False, [], None),
    # --- Air traffic control strike (AFP) ---
    (
        "en",
        "PARIS (AFP) - French air traffic controllers will strike for 48 hours from Oct. 7, their fourth walkout this year, a union said.",
        True,
        [("duration", 48, "hour", None), ("date", "--10-07", None, None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "The civil aviation authority asked airlines to cancel a third of flights at Paris-Orly and half of those at Marseille.",
        True,
        [("fraction", 0.3333, None, None), ("fraction", 0.5, None, None)],
        None,
    ),
    (
        "en",
        "Strikes cost the sector about 170 million euros in the first half, according to Airlines for Europe.",
        True,
        [("money", 170000000, "EUR", "about"), ("ordinal", 1, None, None)],
        "Airlines for Europe",
    ),
    (
        "en",
        "Ryanair alone cancelled some 1,300 flights in June, affecting about 230,000 passengers.",
        True,
        [("count", 1300, None, "about"), ("count", 230000, None, "about")],
        None,
    ),
    ("en", '"Passengers are once again being held hostage," an airline lobbyist said.', False, [], None),
    # --- Bundesliga (dpa) ---
    (
        "de",
        "Freiburg (dpa) - Der SC Freiburg hat zum ersten Mal seit 14 Monaten drei Bundesliga-Spiele in Folge gewonnen.",
        True,
        [("ordinal", 1, None, None), ("duration", 14, "month", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Beim 3:1 gegen Mainz traf der 19-jährige Elias Brenner zweimal, zum ersten Mal in seiner Profikarriere.",
        True,
        [("duration", 19, "year", None), ("count", 2, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Vor 34.700 Zuschauern im ausverkauften Stadion lagen die Gastgeber nach 23 Minuten mit zwei Toren vorn.",
        True,
        [("count", 34700, None, None), ("duration", 23, "minute", None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Freiburg ist nun Tabellenvierter mit 17 Punkten aus acht Spielen.",
        True,
        [("ordinal", 4, None, None), ("count", 17, None, None), ("count", 8, None, None)],
        None,
    ),
    ("de", "„Die Jungs haben heute wirklich alles reingehauen“, sagte der Trainer.", False, [], None),
    # --- CBO deficit outlook (Reuters) ---
    (
        "en",
        "WASHINGTON (Reuters) - The U.S. budget deficit for fiscal 2026 will reach about $1.9 trillion, or 6.2% of GDP, the Congressional Budget Office said.",
        True,
        [("year", 2026, None, None), ("money", 1900000000000, "USD", "about"), ("percent", 6.2, "%", None)],
        "the Congressional Budget Office",
    ),
    (
        "en",
        "Interest costs alone will be more than $1 trillion, for the first time more than the government spends on defense.",
        True,
        [("money", 1000000000000, "USD", "over"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The deficit was $1.83 trillion in fiscal 2025, according to the Treasury Department.",
        True,
        [("money", 1830000000000, "USD", None), ("year", 2025, None, None)],
        "the Treasury Department",
    ),
    (
        "en",
        "Debt held by the public is projected to climb to 118% of GDP within a decade, from 100% this year.",
        True,
        [("percent", 118, "%", None), ("percent", 100, "%", None)],
        None,
    ),
    ("en", "Lawmakers of both parties blamed each other for the numbers.", False, [], None),
    ("en", "Is anyone in Washington still listening?", False, [], None),
    # --- Inflation im September (Reuters) ---
    (
        "de",
        "Wiesbaden (Reuters) - Die Inflationsrate in Deutschland ist im September auf 2,4 Prozent gestiegen, nach 2,1 Prozent im August.",
        True,
        [("percent", 2.4, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Einen höheren Wert gab es zuletzt vor acht Monaten, wie das Statistische Bundesamt auf Basis einer ersten Schätzung mitteilte.",
        True,
        [("duration", 8, "month", None), ("ordinal", 1, None, None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Lebensmittel verteuerten sich um 3,1 Prozent, Energie war 0,8 Prozent billiger als vor Jahresfrist.",
        True,
        [("percent", 3.1, "%", None), ("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "Ökonomen hatten im Schnitt mit einem Anstieg um 0,2 Prozentpunkte gerechnet.",
        True,
        [("percent", 0.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Kerninflation verharrte bei 2,8 Prozent und damit knapp einen halben Punkt über dem Ziel der Europäischen Zentralbank von 2 Prozent.",
        True,
        [("percent", 2.8, "%", None), ("percent", 0.5, "pp", "nearly"), ("percent", 2, "%", None)],
        None,
    ),
    ("de", "Für viele Haushalte fühlt sich die Teuerung deutlich höher an.", False, [], None),
    ("de", "„Entwarnung kann man noch lange nicht geben“, sagte ein Volkswirt einer Landesbank.", False, [], None),
    # --- Measles in Europe (Reuters) ---
    (
        "en",
        "GENEVA (Reuters) - Measles cases in Europe more than doubled last year to 127,400, the highest since 1997, the World Health Organization said.",
        True,
        [("count", 127400, None, None), ("year", 1997, None, None)],
        "the World Health Organization",
    ),
    (
        "en",
        "Children under five accounted for roughly two in five cases.",
        True,
        [("duration", 5, "year", "under"), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Only 91% of children got the second dose, short of the 95% that experts say halts outbreaks.",
        True,
        [("ordinal", 2, None, None), ("percent", 91, "%", None), ("percent", 95, "%", None)],
        None,
    ),
    (
        "en",
        "Romania alone reported about a third of all cases, the agency said.",
        True,
        [("fraction", 0.3333, None, "about")],
        "the agency",
    ),
    ("en", '"Every one of these cases was preventable," a WHO official said.', False, [], None),
    (
        "en",
        "Parents should check their children's vaccination records before winter, the agency advised.",
        False,
        [],
        None,
    ),
    # --- Neuzulassungen (KBA) ---
    (
        "de",
        "Flensburg (dpa) - Die Neuzulassungen von Elektroautos haben sich im August im Vergleich zum Vorjahresmonat mehr als verdoppelt, auf 52.318 Fahrzeuge.",
        True,
        [("count", 52318, None, None)],
        None,
    ),
    (
        "de",
        "Ihr Anteil an allen Neuzulassungen erreichte damit 21,7 Prozent, teilte das Kraftfahrt-Bundesamt mit.",
        True,
        [("percent", 21.7, "%", None)],
        "das Kraftfahrt-Bundesamt",
    ),
    (
        "de",
        "Insgesamt kamen 241.500 Pkw neu auf die Straßen, ein Plus von 2,9 Prozent.",
        True,
        [("count", 241500, None, None), ("percent", 2.9, "%", None)],
        None,
    ),
    ("de", "Jeder achte Neuwagen war ein Plug-in-Hybrid.", True, [("fraction", 0.125, None, None)], None),
    (
        "de",
        "Der durchschnittliche CO2-Ausstoß der neuen Autos sank um 6,4 Prozent auf 98,2 Gramm je Kilometer.",
        True,
        [("percent", 6.4, "%", None), ("count", 98.2, None, None)],
        None,
    ),
    ("de", "Ob der Boom anhält, bezweifeln viele Händler.", False, [], None),
    # --- Test cricket in Melbourne (AAP) ---
    (
        "en",
        "MELBOURNE (AAP) - Fast bowler Jarrod Keane took five wickets for 31 runs in his 50th Test on Saturday as Australia bowled out the visitors for 187.",
        True,
        [("count", 5, None, None), ("count", 31, None, None), ("ordinal", 50, None, None), ("count", 187, None, None)],
        None,
    ),
    (
        "en",
        "It was his 11th five-wicket haul and his first in Melbourne.",
        True,
        [("ordinal", 11, None, None), ("count", 5, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Australia closed the second day on 214 with three wickets down, a lead of 27 runs.",
        True,
        [("ordinal", 2, None, None), ("count", 214, None, None), ("count", 3, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "A crowd of 61,904 watched, the biggest for a second day at the ground in a decade.",
        True,
        [("count", 61904, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    ("en", '"The pitch has a bit of everything in it," Keane said.', False, [], None),
    # --- Sommersaison in Österreich (APA) ---
    (
        "de",
        "Wien (APA) - Österreichs Beherbergungsbetriebe haben in der Sommersaison von Mai bis August 84,3 Mio. Nächtigungen verbucht, um 1,9 Prozent mehr als im Vorjahreszeitraum.",
        True,
        [("count", 84300000, None, None), ("percent", 1.9, "%", None)],
        None,
    ),
    (
        "de",
        "Knapp zwei Drittel davon entfielen auf Gäste aus dem Ausland, teilte Statistik Austria am Donnerstag mit.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Statistik Austria",
    ),
    (
        "de",
        "Gäste aus Deutschland buchten 27,1 Millionen Nächte, fast ein Drittel aller Übernachtungen.",
        True,
        [("count", 27100000, None, None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die durchschnittliche Aufenthaltsdauer sank von 3,6 auf 3,4 Nächte.",
        True,
        [("count", 3.6, None, None), ("count", 3.4, None, None)],
        None,
    ),
    ("de", "Touristiker zeigten sich mit der Saison „hochzufrieden“.", False, [], None),
    # --- Ledgerline funding round (Reuters) ---
    (
        "en",
        "SAN FRANCISCO (Reuters) - Payments startup Ledgerline raised $350 million at a valuation of $8.5bn, nearly threefold what investors put on it 18 months ago, the company said on Monday.",
        True,
        [
            ("money", 350000000, "USD", None),
            ("money", 8500000000, "USD", None),
            ("count", 3, None, "nearly"),
            ("duration", 18, "month", None),
        ],
        "the company",
    ),
    (
        "en",
        "The round was led by two existing backers and brings total funding to about $1.1 billion.",
        True,
        [("count", 2, None, None), ("money", 1100000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Ledgerline processes some $40 billion a year for roughly 9,000 merchants in 14 countries.",
        True,
        [("money", 40000000000, "USD", "about"), ("count", 9000, None, "about"), ("count", 14, None, None)],
        None,
    ),
    (
        "en",
        "Co-founder Priya Venkataraman said the company had turned a profit for the first time in the second quarter.",
        True,
        [("ordinal", 1, None, None), ("ordinal", 2, None, None)],
        "Priya Venkataraman",
    ),
    ("en", '"We want to be boring in the best possible way," Venkataraman said.', False, [], None),
    ("en", "Investors appear to have fallen in love with payments all over again.", False, [], None),
    # --- Brand in Bad Cannstatt (dpa/lsw) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Bei einem Brand in einem Mehrfamilienhaus in Bad Cannstatt sind am Mittwoch 14 Menschen leicht verletzt worden, teilte die Polizei mit.",
        True,
        [("count", 14, None, None)],
        "die Polizei",
    ),
    (
        "de",
        "Das Feuer war gegen 2.40 Uhr im dritten Stock ausgebrochen und griff auf das Dachgeschoss über.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Rund 90 Einsatzkräfte waren knapp viereinhalb Stunden im Einsatz.",
        True,
        [("count", 90, None, "about"), ("duration", 4.5, "hour", "nearly")],
        None,
    ),
    ("de", "Den Schaden schätzt die Polizei auf einen hohen sechsstelligen Betrag.", True, [], None),
    ("de", "Warum das Feuer ausbrach, ist noch völlig unklar.", False, [], None),
    # --- Quake off Mexico (AP) ---
    (
        "en",
        "MEXICO CITY (AP) - An earthquake of magnitude 6.1 shook the sea off Mexico's Pacific coast early Thursday, shaking buildings in the capital some 300 kilometers away, the U.S. Geological Survey said.",
        True,
        [("count", 6.1, None, None), ("count", 300, None, "about")],
        "the U.S. Geological Survey",
    ),
    (
        "en",
        "The quake hit at a depth of 24 kilometers, about 45 km southwest of Acapulco.",
        True,
        [("count", 24, None, None), ("count", 45, None, "about")],
        None,
    ),
    (
        "en",
        "At least two people were hurt and several homes were damaged in Guerrero state, local officials said.",
        True,
        [("count", 2, None, "at_least")],
        None,
    ),
    (
        "en",
        "It was the region's third quake above magnitude 6 this year.",
        True,
        [("ordinal", 3, None, None), ("count", 6, None, "over")],
        None,
    ),
    ("en", "Residents described a long, rolling motion that sent them running into the streets.", False, [], None),
    # --- Urpferd in der Grube (dpa) ---
    (
        "de",
        "Frankfurt (dpa) - Forscher des Senckenberg-Instituts haben in Hessen das Skelett eines rund 48 Millionen Jahre alten Urpferds entdeckt.",
        True,
        [("duration", 48000000, "year", "about")],
        None,
    ),
    (
        "de",
        "Das Tier war etwa 35 Zentimeter hoch und damit nicht größer als ein Fuchs.",
        True,
        [("count", 35, None, "about")],
        None,
    ),
    (
        "de",
        "Das Skelett ist zu gut neun Zehnteln erhalten, sagte Paläontologin Karin Aufderheide.",
        True,
        [("fraction", 0.9, None, "over")],
        "Karin Aufderheide",
    ),
    (
        "de",
        "Es ist bereits der siebte Fund dieser Art in der Grube, der erste gelang 1975.",
        True,
        [("ordinal", 7, None, None), ("ordinal", 1, None, None), ("year", 1975, None, None)],
        None,
    ),
    ("de", "„Für uns ist das ein Sechser im Lotto“, sagte Aufderheide.", False, [], None),
    # --- Irish budget (Reuters) ---
    (
        "en",
        "DUBLIN (Reuters) - Ireland will spend an extra €9.4bn next year, the government said in its budget on Tuesday, as corporate tax receipts again beat forecasts.",
        True,
        [("money", 9400000000, "EUR", None)],
        "the government",
    ),
    (
        "en",
        "Corporate tax is expected to bring in €34.1bn, more than a quarter of all tax revenue, much of it from a dozen multinationals.",
        True,
        [("money", 34100000000, "EUR", None), ("fraction", 0.25, None, "over"), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The minimum wage will rise by 65 cents to €14.15 an hour from January.",
        True,
        [("money", 0.65, "EUR", None), ("money", 14.15, "EUR", None)],
        None,
    ),
    (
        "en",
        "Pensions go up by €12 a week, the 4th rise in as many years.",
        True,
        [("money", 12, "EUR", None), ("ordinal", 4, None, None)],
        None,
    ),
    (
        "en",
        "Opposition parties called it a budget for the next election, not for the next generation.",
        False,
        [],
        None,
    ),
    # --- Radschützenpanzer (dpa) ---
    (
        "de",
        "Koblenz (dpa) - Die Bundeswehr bestellt 1.200 weitere Radschützenpanzer für insgesamt rund 11,5 Mrd. Euro, wie das Beschaffungsamt mitteilte.",
        True,
        [("count", 1200, None, None), ("money", 11500000000, "EUR", "about")],
        "das Beschaffungsamt",
    ),
    (
        "de",
        "Die ersten 150 Fahrzeuge sollen 2028 ausgeliefert werden, der Rest bis Mitte der 2030er-Jahre.",
        True,
        [("ordinal", 1, None, None), ("count", 150, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Ein Fahrzeug kostet damit knapp 9,6 Millionen Euro, gut das Doppelte des Vorgängermodells.",
        True,
        [("money", 9600000, "EUR", "nearly"), ("count", 2, None, "over")],
        None,
    ),
    ("de", "Der Auftrag ist der größte in der Geschichte des Heeres.", True, [], None),
    ("de", "Die Truppe wartet seit Jahren sehnsüchtig auf das neue Gerät.", False, [], None),
    ("de", "Kritiker halten den Preis für überzogen.", False, [], None),
    # --- US Open final (AP) ---
    (
        "en",
        "NEW YORK (AP) - Serbia's Milan Jovetic won his first Grand Slam title on Sunday, beating the top seed in four sets over three hours and 41 minutes.",
        True,
        [
            ("ordinal", 1, None, None),
            ("count", 4, None, None),
            ("duration", 3, "hour", None),
            ("duration", 41, "minute", None),
        ],
        None,
    ),
    (
        "en",
        "He had lost in the first round in each of his three previous appearances at the tournament.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "The 23-year-old, ranked 14th, is the lowest-ranked men's champion in New York since 2014.",
        True,
        [("duration", 23, "year", None), ("ordinal", 14, None, None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "He takes home $5 million, a twofold increase on everything he had earned before the tournament.",
        True,
        [("money", 5000000, "USD", None), ("count", 2, None, None)],
        None,
    ),
    ("en", '"I still can\'t believe any of this," Jovetic said.', False, [], None),
    # --- Wien über zwei Millionen (APA) ---
    (
        "de",
        "Wien (APA) - Wien hat erstmals seit mehr als 100 Jahren wieder über zwei Millionen Einwohner.",
        True,
        [("duration", 100, "year", "over"), ("count", 2000000, None, "over")],
        None,
    ),
    (
        "de",
        "Zum Stichtag 1. Juli zählte die Statistik 2.004.817 Menschen mit Hauptwohnsitz in der Stadt.",
        True,
        [("date", "--07-01", None, None), ("count", 2004817, None, None)],
        None,
    ),
    (
        "de",
        "Höher lag die Zahl zuletzt 1916, als rund 2,2 Millionen Menschen in Wien lebten.",
        True,
        [("year", 1916, None, None), ("count", 2200000, None, "about")],
        None,
    ),
    (
        "de",
        "Etwas mehr als ein Drittel der Wienerinnen und Wiener wurde im Ausland geboren.",
        True,
        [("fraction", 0.3333, None, "over")],
        None,
    ),
    (
        "de",
        "Favoriten ist mit 219.000 Einwohnern der größte Bezirk, die Innere Stadt mit 16.200 der kleinste.",
        True,
        [("count", 219000, None, None), ("count", 16200, None, None)],
        None,
    ),
    ("de", "„Wien wächst, und wir müssen mitwachsen“, sagte die Planungsstadträtin.", False, [], None),
    # --- Gas storage rule (Reuters) ---
    (
        "en",
        "BRUSSELS (Reuters) - EU energy ministers approved a gas storage rule on Monday by qualified majority, a vote that needs the backing of 55% of EU countries home to at least 65% of its citizens.",
        True,
        [("percent", 55, "%", None), ("percent", 65, "%", "at_least")],
        None,
    ),
    (
        "en",
        "Twenty-two of the 27 countries voted in favour, Hungary and Slovakia against, and three abstained.",
        True,
        [("count", 22, None, None), ("count", 27, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Storage sites must be 83% full by Nov. 1 each year, down from 90%, with up to 10 percentage points of leeway in a cold winter.",
        True,
        [
            ("percent", 83, "%", None),
            ("date", "--11-01", None, None),
            ("percent", 90, "%", None),
            ("percent", 10, "pp", "up_to"),
        ],
        None,
    ),
    (
        "en",
        "Gas storage across the bloc stood at 79% on Sunday, according to Gas Infrastructure Europe.",
        True,
        [("percent", 79, "%", None)],
        "Gas Infrastructure Europe",
    ),
    (
        "en",
        "The rule applies from 2027 for a three-year trial, an EU official said.",
        True,
        [("year", 2027, None, None), ("duration", 3, "year", None)],
        None,
    ),
    ("en", "Diplomats expect fierce haggling over the details next spring.", False, [], None),
    ("en", "What the rule will do to prices is anyone's guess.", False, [], None),
    # --- Uhrenexporte (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Uhrenexporte sind im August um 7,8 Prozent auf 1,87 Mrd. Franken gesunken.",
        True,
        [("percent", 7.8, "%", None), ("money", 1870000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "In die USA gingen Uhren für 298,4 Mio. Fr., fast ein Viertel weniger als im Vorjahresmonat, wie der Verband der Schweizerischen Uhrenindustrie mitteilte.",
        True,
        [("money", 298400000, "CHF", None), ("fraction", 0.25, None, "nearly")],
        "der Verband der Schweizerischen Uhrenindustrie",
    ),
    (
        "de",
        "Die Stückzahl sank um 112'600 auf knapp 1,1 Millionen Uhren.",
        True,
        [("count", 112600, None, None), ("count", 1100000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Modelle mit einem Exportpreis über 3000 Franken hielten sich besser als günstige.",
        True,
        [("money", 3000, "CHF", "over")],
        None,
    ),
    ("de", "«Die Zölle treffen uns mitten ins Herz», sagte ein Uhrenhändler in Biel.", False, [], None),
    # --- Busan film festival (Reuters) ---
    (
        "en",
        "SEOUL (Reuters) - The Busan International Film Festival opened on Wednesday for the 31st time, screening 241 films from 64 countries over 10 days.",
        True,
        [
            ("ordinal", 31, None, None),
            ("count", 241, None, None),
            ("count", 64, None, None),
            ("duration", 10, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Ticket sales were up a fifth on last year, with about three-quarters sold online, organisers said.",
        True,
        [("fraction", 0.2, None, None), ("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "en",
        "The festival's budget is 12.8 billion won, roughly $9.2 million.",
        True,
        [("money", 12800000000, "KRW", None), ("money", 9200000, "USD", "about")],
        None,
    ),
    ("en", '"Cinema is still the best place to dream together," the festival director said.', False, [], None),
]
