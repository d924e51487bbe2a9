"""Hundred-and-ninety-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Feng
Jiarui, Tian Yuhang, Lo Chien-hung, Ma Xiaoqing, Takeshi Ogura, Somchai Wattanakul, Ramon
Villareal, Hiroshi Tanabe, Nathan Whitlock, Fiona Harlowe, Hana Te Rangi, Guo Linfeng,
Jeremiah Talasasa, Kaori Miyazawa, Kenji Hayama, Wong Kai-ming, Hendra Suryadi, Zhang Wenbo;
the typhoons „Kalamansi“, Sonkai, Haruka and „Lianhua“, the drill „Eastern Shield-C“);
ministers, spokespeople and leaders who would be real people appear under made-up names that
stand for no real holder of an office, or by role only ("Taiwans Präsident", "ein Sprecher
des Präsidialamts", "a European Commission spokesperson", "the head of a Spanish meat
producers' association", "a 63-year-old fishmonger", "a ministry official"). Real bodies,
parties, ships and places ("Zollbehörde", "Nationales Statistikamt", "National Bureau of
Statistics", "People's Bank of China", "Volksbefreiungsarmee", "Taiwanstraße", "Scarborough
Shoal", "Senkaku-Inseln", "Liaoning", "Shandong", "Okinotori", "LDP", "Komeito", "Sanseito",
"People's Party", "Pheu Thai", "Bhumjaithai", "Election Commission", "Central Election
Commission", "Kuomintang", "Democratic Progressive Party", "Taiwan Affairs Office", "Lowy
Institute", "Japan Meteorological Agency", "Eurostat", "Bank Indonesia", "Pentagon", "Nato",
"Uno", "Hainan", "Qiongzhou-Straße", "Guangdong", "Guangxi", "Zhuhai", "Okinawa", "Kyushu",
"Darwin", "Queensland", "Honiara", "Taichung", "Eocheong", "Yellow Sea", "Japanisches Meer")
stand for the way wire copy names them; every rate, tally, seat, sum, toll, speed, drill and
quote here is invented, and where a real figure came to mind it was changed.

Its weight: CHINA, ASIA AND THE PACIFIC over about four months of one year (early July to
late October) in story order, 35 stories with the German and English desks alternating by
date, each told as wire copy runs it (a dateline lead, the figures, attributed claims, the
other side's rebuttal, quotes): trade figures in yuan and dollars (China's June and
September-quarter trade, South Korea's, Taiwan's and Japan's exports, Australia's trade with
China in Australian dollars, an EU-China pork dispute in euros), growth rates and rates
(China's second quarter and July data, Vietnam's third quarter, a rate cut and the yuan
fixing, Bank Indonesia and the rupiah), military drills with numbers of ships and aircraft
(drills around Taiwan, two carriers in the Pacific, a Sino-Russian naval exercise, allied
drills off Australia, North Korean missiles, a Pentagon report rebutted), typhoons (the
Philippines and Taiwan, Guangdong and Hong Kong, Okinawa, Hainan), elections in the region
(Japan's upper house, Thailand, New Zealand, Hong Kong's Legislative Council, Taiwan's recall
votes, the LDP leadership) and foreign ministries' statements and rebuttals (Beijing, Tokyo,
Manila, Seoul, New Delhi, the Pacific Islands Forum, sanctions on US arms makers). Half
German (dpa, Reuters German, AFP German, APA/AFP, APA/dpa, Keystone-SDA with «» quotes and
"ausserhalb", "Uno"; Austrian "heuer"; "Peking", "Taipeh", "Billionen Yuan", "Taiwan-Dollar",
"Hongkong-Dollar", "Pesos"), half English (Reuters, AP, AFP; "kph", "A$", "NT$",
"nautical miles", "trillion rupiah"). Figures as such copy has them: percentages,
percentage points and basis points, money in nine currencies with converted figures in
brackets, exchange rates per dollar, seats and tallies, ships, aircraft, troops and
warheads, wind speeds, rainfall, distances in kilometres and nautical miles, ages,
durations and compounds ("zweitägige", "elftägiges", "fünftägige", "a three-week", "The
one-year loan prime rate", "a 25-basis-point cut"), ordinals of months in a row, rounds and
typhoons, shares in words, dates and years, hedges. Negatives: leaders' and spokespeople's
rhetoric in quotes, Konjunktiv I verdicts, rejections "als" a label, labels of critics and
embassies, forecasts without a figure, a warning and an appeal, hopes and fears, open
questions and two vox pops - seven of them carrying a figure, labelled.

240 rows (121 German, 119 English), 56 negatives (25 German, 31 English), 184 check-worthy
rows of which 18 carry no figure (8 German, 10 English), 322 expected quantities (100
counts, 66 percentages - 62 in %, 2 in percentage points, 2 in basis points -, 45 amounts of
money - 19 USD, 8 CNY, 5 AUD, 4 JPY, 3 EUR, 2 TWD, 2 IDR, 1 PHP, 1 HKD -, 38 durations - 16
in years, 8 in months, 6 in days, 5 in hours, 3 in weeks -, 37 ordinals, 14 dates, 13 years,
9 fractions; 7 of them in seven negatives, as the seventeenth batch labels a figure in a
negative), 33 checked speakers (18 German, 15 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Konjunktiv I paraphrases of a
  fact are check-worthy with the speaker their own attribution gives ("Davon hätten 45
  Flugzeuge die sogenannte Mittellinie ... überquert, teilte das Verteidigungsministerium in
  Taipeh am Dienstag mit." -> "das Verteidigungsministerium", the place and weekday dropped;
  "China exportiere keine tödlichen Waffen in Konfliktgebiete, so Guo." -> "Guo";
  hundred-forty-first), a Konjunktiv I verdict is a negative („Japan beobachte die Manöver
  „mit großer Sorge“, sagte ...", "Die Nato solle „aufhören, ...“", "Das Manöver richte
  sich „gegen keine dritte Partei“, hieß es aus Peking." with its ordinal 3 labelled;
  hundred-forty-first). All negatives have speaker None, also with a named speaker.
- Rebuttals (hundred-forty-second: "Kiew wies die Forderung ... zurück und sprach von ..."
  check-worthy; hundred-forty-third: "... wies den Bericht als „einseitig ...“ zurück" a
  negative): a rejection as an act is check-worthy
  ("China hat Vorwürfe der Nato zurückgewiesen, ...", "Chinas Außenamtssprecherin Ma
  Xiaoqing wies den Protest zurück und erklärte, ...", "China on Wednesday rejected criticism
  ...", "Commerce Ministry spokesman Feng Jiarui rejected that view, ..." - "rejected"
  unchecked as a speaker form), a rejection "als" a label is a negative ("Peking wies auch
  einen Bericht ... als „reine Erfindung“ zurück."). New: "China's defence ministry ...
  dismissed a Pentagon report estimating ... more than 640 warheads as "groundless
  speculation."" is the English mirror - a negative with its count 640 "over" labelled.
  Positions of record without a figure are check-worthy ("China says the platforms are
  fish-farming facilities ...", "Solomon Islands' Prime Minister Jeremiah Talasasa told
  delegates his country had "no intention" of hosting a foreign military base." -> "Jeremiah
  Talasasa", a step ruled out, hundred-forty-first).
- Military figures are counts (hundred-thirty-seventh, hundred-sixty-second): ships,
  aircraft, submarines, troops, warheads and sorties ("34 Kriegsschiffe und 71
  Militärflugzeuge", "About 40 warships, three submarines and more than 200 aircraft", "rund
  1.050 Starts und Landungen", "over 1,000 operational warheads" "over",
  "about 370 ships"); distances in kilometres and nautical miles ("rund 24 Seemeilen", "about
  19 nautical miles", "about 50 nautical miles", "etwa 300 Kilometer", "roughly 200 km",
  "about 80 metres tall"; hundred-fortieth). New: the drill's code name „Eastern Shield-C“
  and Hong Kong's "No. 10 hurricane signal" carry no figure - a signal's or an exercise's
  name, as "Nifty 50" and "Mile 12" (hundred-forty-first).
- Typhoons (hundred-thirty-fifth, hundred-forty-ninth): wind speeds are counts ("bis zu 205
  Kilometern pro Stunde" and "bis zu 198 Kilometer pro Stunde" "up_to", "162 kph (101 mph)"
  both with no hedge, "gusts of up to 216 kilometres (134 miles) per hour" the hedge on the
  first only, the converted figure in brackets with none); rainfall ("286 millimeters",
  "up to 400 millimetres"), tolls, evacuees and households as counts; "der neunte Taifun",
  "der zweite Taifun binnen zehn Tagen" ordinals (hundred-thirty-fifth: "der elfte Taifun").
- Money in the currency written (every batch): CNY ("12,6 Billionen Yuan" 1.26e13 - a
  German "Billion" is a million millions -, "500 Milliarden Yuan", "1.3 trillion yuan ($181
  billion)" both, "600 billion yuan", "6,3 Milliarden Yuan, umgerechnet etwa 770 Millionen
  Euro" the hedge on the euros only), USD, EUR, AUD ("A$52.6 billion"), JPY ("9,3 Billionen
  Yen"), PHP ("knapp 2,8 Milliarden Pesos" in a Philippine story), IDR ("171 trillion
  rupiah"), HKD ("Hongkong-Dollar"), TWD ("1,84 Billionen Taiwan-Dollar" and "an estimated
  NT$1.1 billion" "about"). New: "Taiwan-Dollar" and "NT$" are TWD and "Hongkong-Dollar" is
  HKD - the German compound names the currency as "Kenia-Schilling" does
  (hundred-forty-first). Exchange rates are money in the priced currency ("7.1642 per
  dollar" after "the yuan's midpoint" CNY, "151.30 per dollar" after "The yen" JPY, "knapp
  152 je Dollar" after "Der Yen" JPY "nearly", "16,940 per dollar" after "The rupiah" IDR;
  hundred-forty-first).
- Rates: percentages as written, "2,6 Prozentpunkte" and "ein Minus von 4,2 Prozentpunkten"
  pp, "by 10 basis points" bp; "um 9,4 Prozent auf 61,2 Milliarden Dollar". New: "a
  25-basis-point cut" is 25 bp - a hyphenated compound read as the issue reads "a two-week
  visit". "The one-year loan prime rate ... the five-year rate" are durations 1 and 5 years
  (thirteenth: "The 10-year Treasury yield"). "von 3,1 auf 4,45 Prozent" and
  "zwischen 18 und 22 Prozent" both figures; "range from 15.6% to 62.4%" both with no hedge
  ("to" in a range, hundred-nineteenth).
- Elections (hundred-forty-first): seats and tallies are counts
  ("127 der 248 Sitze, drei mehr", "164 of the 500 seats", "214 votes ... 187", "62 of the
  113 seats", "Von den 90 Sitzen ... 20", "eines mehr als für eine Mehrheit nötig" count 1);
  "die Hälfte der Sitze" 0.5; "gut jeder vierte Wahlberechtigte" 0.25 "over"; "the required
  quarter of eligible voters" 0.25; "the country's second female prime minister", "the
  party's fourth leader in five years", "die dritte Regierungschefin" ordinals; "im 122 Sitze
  zählenden Parlament" 122.
- Shares, periods and streaks: "fast ein Fünftel" and "nearly a fifth" 0.2 "nearly", "Jeder
  fünfte Neuwagen" 0.2, "roughly a third" 0.3333 "about", "fast ein Drittel davon" 0.3333
  "nearly", "about two-fifths" 0.4 "about"; "der dritte Rückgang in Folge", "der zehnte
  Monat in Folge", "Es war der 23. Monat in Folge", "zum 27. Mal in Folge", "its sixth cut in
  12 months", "the sixth such incident", "its 58th diplomatic protest", "a 24th round of
  talks", "im ersten Halbjahr", "in den ersten neun Monaten" ordinal 1 with the span, "im
  dritten Quartal"; "zum zweiten Mal binnen eines Jahres" ordinal 2 ("binnen eines Jahres"
  none, an article); "in the first three months" ordinal 1 and 3 months. "Die Ausfuhren in
  die USA verdoppelten sich fast" a verb and no count (hundred-forty-eighth: "fast
  verdoppelt"). "so langsam wie seit acht Monaten nicht mehr" 8 months, "so stark wie seit
  2022 nicht mehr" 2022, "its weakest level since 1998", "the weakest pace since December
  2022" years (hundred-forty-first).
- Durations and ages: "zweitägige Übung", "elftägiges", "fünftägige", "a three-week military
  exercise", "within two weeks", "within 60 days", "rund 26 Stunden lang" "about", "for more
  than three hours" "over", "in 24 hours", "für 48 Stunden", "14 months ago", "over 10
  years", "for more than five years" "over", "11 months after"; ages ("Miyazawa, 58,", "Party
  leader Somchai Wattanakul, 41,", "Hana Te Rangi, 46,", "Der 67-Jährige", "a 63-year-old
  fishmonger" and "a 29-year-old student" in negatives, labelled; "Unter den 16- bis
  24-Jährigen" both, hundred-forty-first). None: weekdays, months ("im Juni", "since March",
  "im Oktober"), "heuer", "in diesem Jahr", "this year", "last year", "a year earlier", "so
  far this year", "next year", "in der Vorwoche", "binnen eines Jahres", "before December".
- Years and dates: Reuters datelines with a day ("BEIJING, July 15", "BANGKOK, Aug 2",
  "MANILA, Aug 6", "SYDNEY, Aug 11", "SHANGHAI, Aug 20", "CANBERRA, Aug 27", "BRUSSELS, Sept
  2", "NEW DELHI, Sept 15", "TOKYO, Sept 27", "JAKARTA, Oct 5", "BEIJING, Oct 22", "SEOUL,
  Oct 29") are dates without a year, "on Sept. 10", "from Oct. 26", "on Oct. 6" too; dpa,
  Reuters German, AFP German, APA, Keystone-SDA, AP and AFP English datelines none
  (seventy-ninth). Years: "seit Dezember 2024", "seit September 2023", "im Jahr 2012", "seit
  2006", "seit 2021", "since 2022" (twice), "seit 2024", "in 2024", "by 2030".
- Hedges, only the names in use: "rund", "etwa", "about", "About", "around", "roughly",
  "some", "an estimated" "about"; "knapp", "Knapp", "fast", "nearly" "nearly"; "mehr als",
  "Mehr als", "more than", "More than", "over", "gut" "over"; "Mindestens", "mindestens", "At
  least", "at least" "at_least"; "bis zu", "up to" "up_to". No hedge: "insgesamt", "nur",
  "Only", "just", "bereits", "zuletzt", "umgerechnet", "alone", "im Schnitt", "unverändert",
  "davon", "as far as" (New: "slid as far as 16,940 per dollar" - the intraday extreme
  reached, not a bound on the figure).
- Speakers, checked only in forms the earlier batches settled: "wie die Zollbehörde in
  Peking am Montag mitteilte", "teilte das Nationale Statistikamt am Freitag mit", "teilte
  das Innenministerium am Montag mit", "wie das Handelsministerium in Seoul am Freitag
  mitteilte", "teilte der Generalstab in Seoul mit", "teilte der Katastrophenschutz am
  Donnerstag mit", "teilte die Provinzregierung mit", "wie das Statistikamt in Hanoi
  mitteilte", "teilte das Außenministerium in Peking mit", "wie das Finanzministerium in
  Tokio mitteilte", "teilte das Finanzministerium in Taipeh am Donnerstag mit", "nach
  Angaben der Wahlkommission" (twice) - the source in the nominative, the place and weekday
  dropped (hundred-forty-first); the name with the title dropped ("so
  Ministeriumssprecher Lo Chien-hung", "sagte Regierungssprecher Hiroshi Tanabe", "sagte
  Außenamtssprecher Guo Linfeng vor der Presse in Peking"), "so Guo" as written. English:
  "the National Bureau of Statistics said", "according to the Election Commission", "the
  commission said", "the Central Election Commission said", "the Japan Meteorological Agency
  said", "the department said", "the party said"; the name with the title dropped ("Bureau
  spokesman Tian Yuhang told a news conference", "Foreign ministry spokeswoman Ma Xiaoqing
  told a regular briefing", "Party leader Somchai Wattanakul, 41, told reporters",
  "Philippine coast guard spokesman Ramon Villareal said", "Trade Minister Fiona Harlowe
  said", "Governor Hendra Suryadi told a news conference", "Defence ministry spokesman
  Colonel Zhang Wenbo said" with rank and role dropped, "Solomon Islands' Prime Minister
  Jeremiah Talasasa told delegates"). Left unchecked (None): possessives heading the source
  ("Japan's foreign ministry", "Manila's foreign ministry", "China's coast guard",
  "Australia's Department of Defence", "China's Commerce Ministry", "India's foreign
  ministry", "Seoul's foreign ministry"; eighty-third, hundred-thirty-seventh, hundred-sixty-second), sources with a
  lower-case adjective ("nach Angaben des südkoreanischen Militärs", "wie das japanische
  Verteidigungsministerium mitteilte", "teilte das japanische Außenministerium mit", "teilte
  das russische Verteidigungsministerium mit", "the Philippine coast guard";
  hundred-sixty-second), "nach taiwanischen Angaben", "nach eigenen Angaben", "hieß es",
  "Südkorea meldete", "Von Reuters befragte Analysten", "Economists in a Reuters poll",
  "official data showed", "Eurostat data show", "the report said" and "according to a
  statement on its website" (documents and data), "according to the Lowy Institute, an
  Australian think tank" (New: a name followed by its description in apposition, left open),
  "state broadcaster CCTV reported", "local authorities said", "a ministry official told
  reporters", "ein Sprecher des Wahlamts" (New: "sagte ein Sprecher des Wahlamts" left
  unchecked - a spokesman of a named office is a form the fifty-eighth settled only without
  the genitive), "die Behörden bezifferten" (estimating verbs) and rows without attribution.
- Negatives (ninety-eighth, hundred-forty-first): rhetoric in quotes from leaders,
  spokespeople and ministers ("Taiwan is China's Taiwan, ...", „Wir werden keinen Zentimeter
  ...“, "The Pacific is not anyone's backyard,", "We will not be intimidated ...", "We will
  do whatever it takes ...", "The United States is the world's biggest source ..."), labels
  ("„Salamitaktik“", "a product of Cold War thinking", „symbolisch und bedeutungslos“,
  „Erfolg für die Demokratie mit Hongkonger Merkmalen“, "frank, in-depth and
  forward-looking", a spokesman's Konjunktiv verdict on the economy), forecasts and outlooks
  without a figure, one with its ordinal 2 labelled ("... in der zweiten Jahreshälfte bremsen
  könnten"; hundred-forty-first), advice and appeals ("Residents were urged to stay indoors
  ...", "Die Behörden riefen die Bewohner auf, ..."), fears and hopes ("Investors fear ...",
  "Exporteure hoffen ..."), open questions ("Wie lange die Übungen tatsächlich dauern, blieb
  ... offen.", "Ob der 67-Jährige ... gilt in Tokio als offen." with 67 years labelled,
  "Whether the thaw will survive ...", "It remains unclear how Washington ...", "How far
  Seoul is willing ..."), a generic claim ("Rising seas threaten ...") and two vox pops with
  their ages.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_198 = [
    # --- Chinas Außenhandel im Juni (Reuters German) ---
    (
        "de",
        "Peking (Reuters) - Die chinesischen Ausfuhren haben im Juni auf Dollarbasis um 6,8 Prozent über dem Niveau des Vorjahresmonats gelegen, wie die Zollbehörde in Peking am Montag mitteilte.",
        True,
        [("percent", 6.8, "%", None)],
        "die Zollbehörde",
    ),
    (
        "de",
        "Von Reuters befragte Analysten hatten im Schnitt nur mit einem Plus von 4,9 Prozent gerechnet.",
        True,
        [("percent", 4.9, "%", None)],
        None,
    ),
    (
        "de",
        "Die Importe gingen dagegen um 1,7 Prozent zurück, es war der dritte Rückgang in Folge.",
        True,
        [("percent", 1.7, "%", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Handelsüberschuss wuchs damit auf 103,4 Milliarden Dollar, nach 96,2 Milliarden Dollar im Mai.",
        True,
        [("money", 103400000000.0, "USD", None), ("money", 96200000000.0, "USD", None)],
        None,
    ),
    (
        "de",
        "In Yuan gerechnet summierten sich die Ausfuhren im ersten Halbjahr auf 12,6 Billionen Yuan, knapp 7 Prozent mehr als ein Jahr zuvor.",
        True,
        [("ordinal", 1, None, None), ("money", 12600000000000.0, "CNY", None), ("percent", 7, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Die Lieferungen in die zehn Asean-Staaten legten um 13,2 Prozent zu, jene in die USA fielen um fast ein Fünftel.",
        True,
        [("count", 10, None, None), ("percent", 13.2, "%", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Handelsministeriumssprecher Feng Jiarui sagte, die Zahlen zeigten „die starke Widerstandskraft des chinesischen Außenhandels“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ökonomen rechnen damit, dass der Exportschwung in den kommenden Monaten spürbar nachlässt.",
        False,
        [],
        None,
    ),
    # --- China's second-quarter growth (Reuters) ---
    (
        "en",
        "BEIJING, July 15 (Reuters) - China's economy grew 4.6% in the second quarter from a year earlier, slowing from 5.1% in the first three months, the National Bureau of Statistics said on Wednesday.",
        True,
        [
            ("date", "--07-15", None, None),
            ("percent", 4.6, "%", None),
            ("ordinal", 2, None, None),
            ("percent", 5.1, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 3, "month", None),
        ],
        "the National Bureau of Statistics",
    ),
    (
        "en",
        "Economists in a Reuters poll had forecast an expansion of 4.8%.",
        True,
        [("percent", 4.8, "%", None)],
        None,
    ),
    (
        "en",
        "On a quarterly basis, gross domestic product expanded 0.9%, down from a revised 1.2% in January-March.",
        True,
        [("percent", 0.9, "%", None), ("percent", 1.2, "%", None)],
        None,
    ),
    (
        "en",
        "Retail sales rose just 2.3% in June, the weakest pace since December 2022, while industrial output climbed 6.1%.",
        True,
        [("percent", 2.3, "%", None), ("year", 2022, None, None), ("percent", 6.1, "%", None)],
        None,
    ),
    (
        "en",
        "Fixed-asset investment grew 2.8% in the first half, with property investment down 11.4%.",
        True,
        [("percent", 2.8, "%", None), ("ordinal", 1, None, None), ("percent", 11.4, "%", None)],
        None,
    ),
    (
        "en",
        "The government is aiming for growth of around 5% this year and has pledged 1.3 trillion yuan ($181 billion) in ultra-long special bonds to fund it.",
        True,
        [("percent", 5, "%", "about"), ("money", 1300000000000.0, "CNY", None), ("money", 181000000000.0, "USD", None)],
        None,
    ),
    (
        "en",
        "Bureau spokesman Tian Yuhang told a news conference the surveyed urban jobless rate held at 5.0% in June.",
        True,
        [("percent", 5.0, "%", None)],
        "Tian Yuhang",
    ),
    (
        "en",
        '"The economy has shown strong resilience in the face of a complex external environment," Tian said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Several brokerages reckon policymakers will have to roll out fresh support before December.",
        False,
        [],
        None,
    ),
    # --- Manöver vor Taiwan (dpa) ---
    (
        "de",
        "Taipeh (dpa) - China hat mit einem groß angelegten Manöver rund um Taiwan begonnen und nach taiwanischen Angaben 34 Kriegsschiffe und 71 Militärflugzeuge in die Region entsandt.",
        True,
        [("count", 34, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Davon hätten 45 Flugzeuge die sogenannte Mittellinie der Taiwanstraße überquert, teilte das Verteidigungsministerium in Taipeh am Dienstag mit.",
        True,
        [("count", 45, None, None)],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Das Kommando Ost der chinesischen Volksbefreiungsarmee nannte die zweitägige Übung „Eastern Shield-C“ und sprach von einer Warnung an „separatistische Kräfte“.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Es ist bereits das dritte große Manöver dieser Art seit Dezember 2024.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Beteiligt seien auch zehn Schiffe der Küstenwache, die rund 24 Seemeilen vor der Küste patrouillierten, so Ministeriumssprecher Lo Chien-hung.",
        True,
        [("count", 10, None, None), ("count", 24, None, "about")],
        "Lo Chien-hung",
    ),
    (
        "de",
        "Taiwan versetzte nach eigenen Angaben seine Streitkräfte in Alarmbereitschaft und schickte eigene Schiffe und Kampfjets los.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Wir werden keinen Zentimeter unserer Freiheit preisgeben“, sagte Taiwans Präsident in einer Videobotschaft.",
        False,
        [],
        None,
    ),
    ("de", "Wie lange die Übungen tatsächlich dauern, blieb am Dienstag zunächst offen.", False, [], None),
    # --- Beijing rebuts criticism of drills (AFP) ---
    (
        "en",
        'BEIJING (AFP) - China on Wednesday rejected criticism of its drills around Taiwan by the United States, Japan and the European Union, calling them "a legitimate and necessary" response.',
        True,
        [],
        None,
    ),
    (
        "en",
        'Foreign ministry spokeswoman Ma Xiaoqing told a regular briefing that Beijing had lodged "stern representations" with Washington and Tokyo.',
        True,
        [],
        "Ma Xiaoqing",
    ),
    (
        "en",
        '"Taiwan is China\'s Taiwan, and no outside force has the right to point fingers," Ma said.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The U.S. State Department had urged Beijing to show restraint, saying the drills raised tensions "without justification."',
        True,
        [],
        None,
    ),
    (
        "en",
        "Washington approved a $2.2 billion arms package for Taiwan in May, including 66 air defence missiles.",
        True,
        [("money", 2200000000.0, "USD", None), ("count", 66, None, None)],
        None,
    ),
    (
        "en",
        'Japan\'s foreign ministry said it had "conveyed serious concern" through diplomatic channels.',
        True,
        [],
        None,
    ),
    (
        "en",
        "It was not clear whether Beijing would announce further exercises before the island's October holiday.",
        False,
        [],
        None,
    ),
    # --- Taifun über Taiwan und den Philippinen (APA/AFP) ---
    (
        "de",
        "Manila (APA/AFP) - Der Taifun „Kalamansi“ ist mit Windgeschwindigkeiten von bis zu 205 Kilometern pro Stunde über den Norden der Philippinen gezogen.",
        True,
        [("count", 205, None, "up_to")],
        None,
    ),
    (
        "de",
        "Mindestens 14 Menschen kamen ums Leben, acht weitere werden vermisst, teilte der Katastrophenschutz am Donnerstag mit.",
        True,
        [("count", 14, None, "at_least"), ("count", 8, None, None)],
        "der Katastrophenschutz",
    ),
    (
        "de",
        "Mehr als 310.000 Menschen mussten ihre Häuser verlassen, rund 1.200 Notunterkünfte wurden geöffnet.",
        True,
        [("count", 310000, None, "over"), ("count", 1200, None, "about")],
        None,
    ),
    (
        "de",
        "„Kalamansi“ ist bereits der neunte Taifun, der heuer über den Inselstaat hinwegfegt.",
        True,
        [("ordinal", 9, None, None)],
        None,
    ),
    (
        "de",
        "Die Schäden in der Landwirtschaft bezifferten die Behörden auf knapp 2,8 Milliarden Pesos.",
        True,
        [("money", 2800000000.0, "PHP", "nearly")],
        None,
    ),
    (
        "de",
        "Auf Taiwan wurden am Mittwoch 417 Flüge gestrichen, Schulen und Büros in acht Landkreisen blieben geschlossen.",
        True,
        [("count", 417, None, None), ("count", 8, None, None)],
        None,
    ),
    ("de", "Meteorologen warnten vor weiteren Erdrutschen in den Bergregionen.", False, [], None),
    # --- Typhoon lashes southern China (AP) ---
    (
        "en",
        "HONG KONG (AP) — Typhoon Sonkai slammed into China's southern Guangdong province on Friday with sustained winds of 162 kph (101 mph), forcing the evacuation of more than 480,000 people.",
        True,
        [("count", 162, None, None), ("count", 101, None, None), ("count", 480000, None, "over")],
        None,
    ),
    (
        "en",
        "Hong Kong raised its No. 10 hurricane signal, the highest warning, for the second time in three years.",
        True,
        [("ordinal", 2, None, None), ("duration", 3, "year", None)],
        None,
    ),
    (
        "en",
        "The city's observatory recorded 286 millimeters of rain in 24 hours at one station.",
        True,
        [("count", 286, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        "At least five people were killed in Guangdong and two in neighboring Guangxi, state broadcaster CCTV reported.",
        True,
        [("count", 5, None, "at_least"), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "More than 1,600 flights were canceled at the airports of Hong Kong, Shenzhen and Guangzhou.",
        True,
        [("count", 1600, None, "over")],
        None,
    ),
    (
        "en",
        "Beijing allocated 420 million yuan ($58 million) for relief work in the two provinces.",
        True,
        [("money", 420000000.0, "CNY", None), ("money", 58000000.0, "USD", None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        '"I have never seen the water come up this fast," said a 63-year-old fishmonger in Zhuhai.',
        False,
        [("duration", 63, "year", None)],
        None,
    ),
    ("en", "Meteorologists expected Sonkai to lose strength quickly over land.", False, [], None),
    # --- Oberhauswahl in Japan (dpa) ---
    (
        "de",
        "Tokio (dpa) - Bei der Wahl zum japanischen Oberhaus hat die Regierungskoalition nach Auszählung fast aller Stimmen ihre Mehrheit knapp verteidigt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Liberaldemokratische Partei (LDP) und ihr Partner Komeito kommen zusammen auf 127 der 248 Sitze, drei mehr als für eine Mehrheit nötig.",
        True,
        [("count", 127, None, None), ("count", 248, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Zur Wahl stand die Hälfte der Sitze, also 124 Mandate.",
        True,
        [("fraction", 0.5, None, None), ("count", 124, None, None)],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei 54,7 Prozent und damit 2,6 Prozentpunkte höher als vor drei Jahren, teilte das Innenministerium am Montag mit.",
        True,
        [("percent", 54.7, "%", None), ("percent", 2.6, "pp", None), ("duration", 3, "year", None)],
        "das Innenministerium",
    ),
    (
        "de",
        "Die rechtspopulistische Partei Sanseito gewann 16 Sitze hinzu und ist nun mit 19 Abgeordneten vertreten.",
        True,
        [("count", 16, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "de",
        "Ministerpräsident Takeshi Ogura sprach von einem „Auftrag zur Fortsetzung unserer Reformen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob der 67-Jährige die Kritiker in der eigenen Partei beruhigen kann, gilt in Tokio als offen.",
        False,
        [("duration", 67, "year", None)],
        None,
    ),
    # --- Thailand election (Reuters) ---
    (
        "en",
        "BANGKOK, Aug 2 (Reuters) - Thailand's opposition People's Party won 164 of the 500 seats in Sunday's general election, falling well short of a majority, according to the Election Commission.",
        True,
        [("date", "--08-02", None, None), ("count", 164, None, None), ("count", 500, None, None)],
        "the Election Commission",
    ),
    (
        "en",
        "The ruling Pheu Thai party came second with 138 seats, while the Bhumjaithai party took 71.",
        True,
        [("ordinal", 2, None, None), ("count", 138, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "en",
        "Turnout was 72.9%, down from about 75% in the previous vote, the commission said.",
        True,
        [("percent", 72.9, "%", None), ("percent", 75, "%", "about")],
        "the commission",
    ),
    (
        "en",
        "Party leader Somchai Wattanakul, 41, told reporters he would seek to form a coalition of at least five parties within two weeks.",
        True,
        [("duration", 41, "year", None), ("count", 5, None, "at_least"), ("duration", 2, "week", None)],
        "Somchai Wattanakul",
    ),
    (
        "en",
        "Parliament must convene within 60 days of the vote to elect a prime minister.",
        True,
        [("duration", 60, "day", None)],
        None,
    ),
    (
        "en",
        '"The people have spoken loudly for change, and nobody can ignore their voice," Somchai said.',
        False,
        [],
        None,
    ),
    ("en", "Analysts said a prolonged deadlock could unsettle investors.", False, [], None),
    # --- Südkoreas Exporte (AFP German) ---
    (
        "de",
        "Seoul (AFP) - Südkoreas Exporte sind im Juli dank einer starken Nachfrage nach Halbleitern um 9,4 Prozent auf 61,2 Milliarden Dollar gestiegen.",
        True,
        [("percent", 9.4, "%", None), ("money", 61200000000.0, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Chipausfuhren erreichten mit 15,8 Milliarden Dollar einen Rekordwert, wie das Handelsministerium in Seoul am Freitag mitteilte.",
        True,
        [("money", 15800000000.0, "USD", None)],
        "das Handelsministerium",
    ),
    ("de", "Es war der zehnte Monat in Folge mit einem Exportplus.", True, [("ordinal", 10, None, None)], None),
    (
        "de",
        "Die Lieferungen nach China stiegen um 3,1 Prozent, jene in die USA sanken um 2,2 Prozent.",
        True,
        [("percent", 3.1, "%", None), ("percent", 2.2, "%", None)],
        None,
    ),
    (
        "de",
        "Die Handelsbilanz wies einen Überschuss von 6,9 Milliarden Dollar aus.",
        True,
        [("money", 6900000000.0, "USD", None)],
        None,
    ),
    (
        "de",
        "Unternehmen fürchten, dass neue US-Zölle den Aufschwung in der zweiten Jahreshälfte bremsen könnten.",
        False,
        [("ordinal", 2, None, None)],
        None,
    ),
    # --- Philippines protests water cannon (Reuters) ---
    (
        "en",
        "MANILA, Aug 6 (Reuters) - The Philippines accused China's coast guard of firing water cannon at two of its government vessels near Scarborough Shoal, damaging one of them.",
        True,
        [("date", "--08-06", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Philippine coast guard spokesman Ramon Villareal said four Chinese ships had blocked the vessels for more than three hours about 19 nautical miles from the shoal.",
        True,
        [("count", 4, None, None), ("duration", 3, "hour", "over"), ("count", 19, None, "about")],
        "Ramon Villareal",
    ),
    (
        "en",
        "It was the sixth such incident this year, according to the Philippine coast guard.",
        True,
        [("ordinal", 6, None, None)],
        None,
    ),
    (
        "en",
        "Manila's foreign ministry said it had summoned a senior Chinese diplomat and filed its 58th diplomatic protest of the year.",
        True,
        [("ordinal", 58, None, None)],
        None,
    ),
    (
        "en",
        'China\'s coast guard said it had "expelled" the Philippine vessels after they "illegally intruded" into Chinese waters.',
        True,
        [],
        None,
    ),
    ("en", '"We will not be intimidated in our own waters," Villareal said.', False, [], None),
    (
        "en",
        "An arbitral tribunal in The Hague has found that China's sweeping claims in the South China Sea have no legal basis, a ruling Beijing does not recognise.",
        True,
        [],
        None,
    ),
    (
        "en",
        "It remains unclear how Washington will respond under its mutual defence treaty with Manila.",
        False,
        [],
        None,
    ),
    # --- Streit zwischen Tokio und Peking (Reuters German) ---
    (
        "de",
        "Tokio (Reuters) - Japan hat bei China gegen das Eindringen von vier chinesischen Küstenwachschiffen in seine Hoheitsgewässer um die Senkaku-Inseln protestiert.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Schiffe hätten sich rund 26 Stunden lang in den Gewässern aufgehalten, sagte Regierungssprecher Hiroshi Tanabe.",
        True,
        [("duration", 26, "hour", "about")],
        "Hiroshi Tanabe",
    ),
    (
        "de",
        "Das sei der längste Aufenthalt seit Beginn der Aufzeichnungen im Jahr 2012.",
        True,
        [("year", 2012, None, None)],
        None,
    ),
    (
        "de",
        "Chinas Außenamtssprecherin Ma Xiaoqing wies den Protest zurück und erklärte, die Inseln, die China Diaoyu nennt, seien „seit jeher chinesisches Territorium“.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die chinesische Küstenwache habe in diesem Jahr bereits an 211 Tagen Schiffe in die Anschlusszone geschickt, teilte das japanische Außenministerium mit.",
        True,
        [("count", 211, None, None)],
        None,
    ),
    ("de", "Japanische Kommentatoren sprachen von einer „Salamitaktik“ Pekings.", False, [], None),
    # --- Allied drills off Australia (Reuters) ---
    (
        "en",
        "SYDNEY, Aug 11 (Reuters) - More than 35,000 troops from 19 countries began a three-week military exercise in northern Australia on Monday, the largest in the drills' history.",
        True,
        [
            ("date", "--08-11", None, None),
            ("count", 35000, None, "over"),
            ("count", 19, None, None),
            ("duration", 3, "week", None),
        ],
        None,
    ),
    (
        "en",
        "About 40 warships, three submarines and more than 200 aircraft are taking part, Australia's Department of Defence said.",
        True,
        [("count", 40, None, "about"), ("count", 3, None, None), ("count", 200, None, "over")],
        None,
    ),
    (
        "en",
        "Japan has sent about 2,400 personnel, its biggest contingent yet, and South Korea joined for the first time.",
        True,
        [("count", 2400, None, "about"), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The exercise will include live firing of anti-ship missiles and amphibious landings on two beaches near Darwin.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "A Chinese intelligence-gathering ship was spotted about 50 nautical miles off the coast of Queensland, the department said.",
        True,
        [("count", 50, None, "about")],
        "the department",
    ),
    (
        "en",
        'Defence Minister Nathan Whitlock said the drills were "about deterrence, not provocation."',
        False,
        [],
        None,
    ),
    ("en", 'China\'s embassy in Canberra called the exercise "a product of Cold War thinking."', False, [], None),
    # --- Chinas Konjunkturdaten für Juli (AFP German) ---
    (
        "de",
        "Peking (AFP) - Chinas Industrieproduktion ist im Juli um 5,3 Prozent gewachsen und damit so langsam wie seit acht Monaten nicht mehr.",
        True,
        [("percent", 5.3, "%", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "de",
        "Die Einzelhandelsumsätze legten nur um 1,9 Prozent zu, teilte das Nationale Statistikamt am Freitag mit.",
        True,
        [("percent", 1.9, "%", None)],
        "das Nationale Statistikamt",
    ),
    (
        "de",
        "Die Neubaupreise in den 70 größten Städten fielen zum 27. Mal in Folge.",
        True,
        [("count", 70, None, None), ("ordinal", 27, None, None)],
        None,
    ),
    (
        "de",
        "Die Arbeitslosenquote unter den 16- bis 24-Jährigen in den Städten stieg auf 17,8 Prozent.",
        True,
        [("duration", 16, "year", None), ("duration", 24, "year", None), ("percent", 17.8, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder fünfte Neuwagen, der in China verkauft wird, geht inzwischen ins Ausland.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Statistikamtssprecher Tian Yuhang sagte, die Wirtschaft laufe „insgesamt stabil mit Fortschritten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung hat ein Konjunkturprogramm über 500 Milliarden Yuan angekündigt, das vor allem in den Bau von Sozialwohnungen fließen soll.",
        True,
        [("money", 500000000000.0, "CNY", None)],
        None,
    ),
    # --- Yuan and rate cut (Reuters) ---
    (
        "en",
        "SHANGHAI, Aug 20 (Reuters) - China cut its benchmark lending rates by 10 basis points on Thursday, the first reduction since May.",
        True,
        [("date", "--08-20", None, None), ("percent", 10, "bp", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "The one-year loan prime rate was lowered to 2.90% and the five-year rate to 3.40%.",
        True,
        [
            ("duration", 1, "year", None),
            ("percent", 2.9, "%", None),
            ("duration", 5, "year", None),
            ("percent", 3.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "The People's Bank of China set the yuan's midpoint at 7.1642 per dollar, its strongest fixing since March.",
        True,
        [("money", 7.1642, "CNY", None)],
        None,
    ),
    (
        "en",
        "The onshore yuan has gained about 1.8% against the dollar so far this year.",
        True,
        [("percent", 1.8, "%", "about")],
        None,
    ),
    (
        "en",
        "The central bank also injected 600 billion yuan into the banking system through its medium-term lending facility, according to a statement on its website.",
        True,
        [("money", 600000000000.0, "CNY", None)],
        None,
    ),
    ("en", "Traders said the move was smaller than many had hoped for.", False, [], None),
    # --- Nordkorea feuert Raketen ab (Keystone-SDA) ---
    (
        "de",
        "Seoul (Keystone-SDA/AFP) - Nordkorea hat nach Angaben des südkoreanischen Militärs zwei ballistische Raketen in Richtung Japanisches Meer abgefeuert.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Geschosse seien rund 650 Kilometer weit geflogen, ihre Gipfelhöhe habe etwa 90 Kilometer betragen, teilte der Generalstab in Seoul mit.",
        True,
        [("count", 650, None, "about"), ("count", 90, None, "about")],
        "der Generalstab",
    ),
    (
        "de",
        "Es ist der vierte Raketentest Pjöngjangs in diesem Jahr und der erste seit Mai.",
        True,
        [("ordinal", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Japans Verteidigungsministerium erklärte, die Geschosse seien ausserhalb der ausschliesslichen Wirtschaftszone des Landes niedergegangen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Uno hat Nordkorea seit 2006 mit mehr als zehn Sanktionsresolutionen belegt.",
        True,
        [("year", 2006, None, None), ("count", 10, None, "over")],
        None,
    ),
    (
        "de",
        "Südkorea und die USA hatten erst in der Vorwoche ein elftägiges gemeinsames Manöver mit rund 19.000 südkoreanischen Soldaten beendet.",
        True,
        [("duration", 11, "day", None), ("count", 19000, None, "about")],
        None,
    ),
    (
        "de",
        "«Jede Provokation wird mit einer entschlossenen Antwort beantwortet», sagte ein Sprecher des Präsidialamts.",
        False,
        [],
        None,
    ),
    # --- Australia's trade with China (AAP-style via Reuters) ---
    (
        "en",
        "CANBERRA, Aug 27 (Reuters) - Australia's exports to China rose 4.2% to A$52.6 billion in the six months to June, driven by iron ore and a rebound in barley sales, official data showed.",
        True,
        [
            ("date", "--08-27", None, None),
            ("percent", 4.2, "%", None),
            ("money", 52600000000.0, "AUD", None),
            ("duration", 6, "month", None),
        ],
        None,
    ),
    (
        "en",
        "China took roughly a third of all Australian goods exports over the period.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Iron ore shipments alone were worth A$34.1 billion, up from A$31.7 billion a year earlier.",
        True,
        [("money", 34100000000.0, "AUD", None), ("money", 31700000000.0, "AUD", None)],
        None,
    ),
    (
        "en",
        "Barley exports to China reached 2.1 million tonnes, the most since Beijing lifted its 68.2% tariff on the grain in 2024.",
        True,
        [("count", 2100000, None, None), ("percent", 68.2, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Trade Minister Fiona Harlowe said wine sales to China had climbed to A$1.2 billion a year.",
        True,
        [("money", 1200000000.0, "AUD", None)],
        "Fiona Harlowe",
    ),
    ("en", '"Stable relations are good for farmers in both countries," Harlowe said.', False, [], None),
    ("en", "Mining groups warned that China's slowing steel output could weigh on prices.", False, [], None),
    # --- Parlamentswahl in Neuseeland (APA/dpa) ---
    (
        "de",
        "Wellington (APA/dpa) - Bei der Parlamentswahl in Neuseeland hat die oppositionelle Labour-Partei nach vorläufigen Ergebnissen 36,4 Prozent der Stimmen erhalten.",
        True,
        [("percent", 36.4, "%", None)],
        None,
    ),
    (
        "de",
        "Die regierende National Party kam auf 33,9 Prozent, ein Minus von 4,2 Prozentpunkten.",
        True,
        [("percent", 33.9, "%", None), ("percent", 4.2, "pp", None)],
        None,
    ),
    (
        "de",
        "Im 122 Sitze zählenden Parlament dürfte Labour mit den Grünen auf 62 Mandate kommen, eines mehr als für eine Mehrheit nötig.",
        True,
        [("count", 122, None, None), ("count", 62, None, None), ("count", 1, None, None)],
        None,
    ),
    (
        "de",
        "Noch nicht ausgezählt sind nach Angaben der Wahlkommission rund 560.000 Sonderstimmen, die in zwei Wochen vorliegen sollen.",
        True,
        [("count", 560000, None, "about"), ("duration", 2, "week", None)],
        "die Wahlkommission",
    ),
    (
        "de",
        "Labour-Chefin Hana Te Rangi, 46, führt die Partei seit 2024 und wäre die dritte Regierungschefin des Landes.",
        True,
        [("duration", 46, "year", None), ("year", 2024, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Heute hat Neuseeland sich für Hoffnung entschieden“, rief sie ihren Anhängern in Auckland zu.",
        False,
        [],
        None,
    ),
    # --- EU-China trade dispute (Reuters) ---
    (
        "en",
        "BRUSSELS, Sept 2 (Reuters) - China imposed provisional anti-dumping duties of up to 62.4% on pork imports from the European Union on Wednesday, escalating a trade dispute with Brussels.",
        True,
        [("date", "--09-02", None, None), ("percent", 62.4, "%", "up_to")],
        None,
    ),
    (
        "en",
        "The duties, which take effect on Sept. 10, range from 15.6% to 62.4%, China's Commerce Ministry said in a statement.",
        True,
        [("date", "--09-10", None, None), ("percent", 15.6, "%", None), ("percent", 62.4, "%", None)],
        None,
    ),
    (
        "en",
        "The EU exported pork worth 2.9 billion euros ($3.4 billion) to China last year, with Spain accounting for about two-fifths of the total.",
        True,
        [("money", 2900000000.0, "EUR", None), ("money", 3400000000.0, "USD", None), ("fraction", 0.4, None, "about")],
        None,
    ),
    (
        "en",
        "Beijing launched the investigation 14 months ago, days after the EU imposed tariffs of up to 33.7% on Chinese-made electric vehicles.",
        True,
        [("duration", 14, "month", None), ("percent", 33.7, "%", "up_to")],
        None,
    ),
    (
        "en",
        'A European Commission spokesperson said the bloc would examine the measures and "defend the interests of EU farmers."',
        True,
        [],
        None,
    ),
    (
        "en",
        '"This is a clear case of trade retaliation dressed up as a legal procedure," said the head of a Spanish meat producers\' association.',
        False,
        [],
        None,
    ),
    (
        "en",
        'Commerce Ministry spokesman Feng Jiarui rejected that view, saying the investigation had been conducted "in strict accordance with the law."',
        True,
        [],
        None,
    ),
    (
        "en",
        "The EU's trade deficit with China widened to 305 billion euros last year, Eurostat data show.",
        True,
        [("money", 305000000000.0, "EUR", None)],
        None,
    ),
    # --- Vietnams Wirtschaft wächst kräftig (dpa) ---
    (
        "de",
        "Hanoi (dpa) - Vietnams Wirtschaft ist im dritten Quartal um 7,4 Prozent gewachsen und damit so stark wie seit 2022 nicht mehr.",
        True,
        [("ordinal", 3, None, None), ("percent", 7.4, "%", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "de",
        "Die Exporte stiegen in den ersten neun Monaten um 15,1 Prozent auf rund 352 Milliarden Dollar, wie das Statistikamt in Hanoi mitteilte.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 9, "month", None),
            ("percent", 15.1, "%", None),
            ("money", 352000000000.0, "USD", "about"),
        ],
        "das Statistikamt",
    ),
    (
        "de",
        "Ausländische Unternehmen sagten in dem Zeitraum Direktinvestitionen von 28,5 Milliarden Dollar zu, fast ein Drittel davon aus Singapur.",
        True,
        [("money", 28500000000.0, "USD", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Regierung strebt für das Gesamtjahr ein Wachstum von mindestens 8 Prozent an.",
        True,
        [("percent", 8, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Die Inflation lag im September bei 3,2 Prozent, unter dem Zielwert von 4,5 Prozent.",
        True,
        [("percent", 3.2, "%", None), ("percent", 4.5, "%", None)],
        None,
    ),
    ("de", "Ökonomen warnen allerdings vor einer zu großen Abhängigkeit vom Geschäft mit den USA.", False, [], None),
    # --- Typhoon batters Okinawa (AFP) ---
    (
        "en",
        "TOKYO (AFP) - A powerful typhoon battered Japan's southern Okinawa islands on Thursday, cutting power to some 147,000 households and grounding hundreds of flights.",
        True,
        [("count", 147000, None, "about")],
        None,
    ),
    (
        "en",
        "Typhoon Haruka packed gusts of up to 216 kilometres (134 miles) per hour as it passed close to the main island, the Japan Meteorological Agency said.",
        True,
        [("count", 216, None, "up_to"), ("count", 134, None, None)],
        "the Japan Meteorological Agency",
    ),
    (
        "en",
        "At least 23 people were injured, one of them seriously, local authorities said.",
        True,
        [("count", 23, None, "at_least")],
        None,
    ),
    (
        "en",
        "Okinawa's prefectural government ordered about 310,000 residents to evacuate, nearly a fifth of the population.",
        True,
        [("count", 310000, None, "about"), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "The agency warned of up to 400 millimetres of rain in the next 24 hours in parts of Kyushu.",
        True,
        [("count", 400, None, "up_to"), ("duration", 24, "hour", None)],
        None,
    ),
    ("en", "Residents were urged to stay indoors and keep away from rivers and the coast.", False, [], None),
    # --- Chinesischer Flugzeugträger vor Japan (AFP German) ---
    (
        "de",
        "Tokio (AFP) - Zwei chinesische Flugzeugträger sind erstmals gleichzeitig im westlichen Pazifik unterwegs gewesen, wie das japanische Verteidigungsministerium mitteilte.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Von den Trägern „Liaoning“ und „Shandong“ aus seien in neun Tagen insgesamt rund 1.050 Starts und Landungen von Kampfjets und Hubschraubern gezählt worden.",
        True,
        [("duration", 9, "day", None), ("count", 1050, None, "about")],
        None,
    ),
    (
        "de",
        "Die „Shandong“ sei dabei bis auf etwa 300 Kilometer an die Insel Okinotori herangefahren.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Japan schickte nach eigenen Angaben mehrfach Kampfflugzeuge los und ließ die Verbände von zwei Zerstörern begleiten.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("de", "Peking sprach von „routinemäßigen Ausbildungsfahrten im Einklang mit dem Völkerrecht“.", False, [], None),
    (
        "de",
        "Der Aufmarsch zeigt nach Ansicht von Militärexperten, wie rasch die chinesische Marine ihre Reichweite ausdehnt.",
        False,
        [],
        None,
    ),
    # --- India-China border talks (Reuters) ---
    (
        "en",
        "NEW DELHI, Sept 15 (Reuters) - India and China held a 24th round of talks on their disputed Himalayan border on Tuesday and agreed to reopen two more trading posts, India's foreign ministry said.",
        True,
        [("date", "--09-15", None, None), ("ordinal", 24, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The two sides also agreed to resume direct flights, suspended for more than five years, from Oct. 26.",
        True,
        [("duration", 5, "year", "over"), ("date", "--10-26", None, None)],
        None,
    ),
    (
        "en",
        "The talks came 11 months after a scuffle at a remote mountain pass left 13 Indian soldiers and at least nine Chinese troops injured.",
        True,
        [("duration", 11, "month", None), ("count", 13, None, None), ("count", 9, None, "at_least")],
        None,
    ),
    (
        "en",
        "Bilateral trade reached $128 billion in the fiscal year to March, with India's deficit at about $99 billion.",
        True,
        [("money", 128000000000.0, "USD", None), ("money", 99000000000.0, "USD", "about")],
        None,
    ),
    ("en", 'China\'s foreign ministry said the talks had been "frank, in-depth and forward-looking."', False, [], None),
    ("en", "Whether the thaw will survive the next standoff is anyone's guess.", False, [], None),
    # --- Taiwans Exporte auf Rekordhoch (Reuters German) ---
    (
        "de",
        "Taipeh (Reuters) - Taiwans Exporte sind im September dank der Nachfrage nach KI-Servern um 31,6 Prozent auf den Rekordwert von 57,3 Milliarden Dollar gestiegen.",
        True,
        [("percent", 31.6, "%", None), ("money", 57300000000.0, "USD", None)],
        None,
    ),
    (
        "de",
        "Es war der 23. Monat in Folge mit einem Zuwachs, teilte das Finanzministerium in Taipeh am Donnerstag mit.",
        True,
        [("ordinal", 23, None, None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Ausfuhren in die USA verdoppelten sich fast und überholten damit zum zweiten Mal binnen eines Jahres jene nach China.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Regierung hob ihre Wachstumsprognose für das Gesamtjahr von 3,1 auf 4,45 Prozent an.",
        True,
        [("percent", 3.1, "%", None), ("percent", 4.45, "%", None)],
        None,
    ),
    ("de", "Die Zentralbank ließ den Leitzins unverändert bei 2 Prozent.", True, [("percent", 2, "%", None)], None),
    (
        "de",
        "Umgerechnet exportierte Taiwan damit Waren im Wert von rund 1,84 Billionen Taiwan-Dollar.",
        True,
        [("money", 1840000000000.0, "TWD", "about")],
        None,
    ),
    (
        "de",
        "Für Oktober erwartet das Ministerium ein Plus zwischen 18 und 22 Prozent.",
        True,
        [("percent", 18, "%", None), ("percent", 22, "%", None)],
        None,
    ),
    # --- Solomon Islands and the Pacific Islands Forum (AP) ---
    (
        "en",
        "HONIARA, Solomon Islands (AP) — Leaders of 18 Pacific island nations and territories opened their annual summit on Monday amid a tug of war for influence between China and the West.",
        True,
        [("count", 18, None, None)],
        None,
    ),
    (
        "en",
        "China has pledged about $580 million in loans and grants to the region since 2022, according to the Lowy Institute, an Australian think tank.",
        True,
        [("money", 580000000.0, "USD", "about"), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Australia last year committed A$2.3 billion over 10 years to Pacific security and climate projects.",
        True,
        [("money", 2300000000.0, "AUD", None), ("duration", 10, "year", None)],
        None,
    ),
    (
        "en",
        'Solomon Islands\' Prime Minister Jeremiah Talasasa told delegates his country had "no intention" of hosting a foreign military base.',
        True,
        [],
        "Jeremiah Talasasa",
    ),
    (
        "en",
        "Chinese police officers have been training local officers in Honiara since 2022, and about 30 of them remain in the country.",
        True,
        [("year", 2022, None, None), ("count", 30, None, "about")],
        None,
    ),
    ("en", '"The Pacific is not anyone\'s backyard," Talasasa said.', False, [], None),
    ("en", "Rising seas threaten the very existence of several atoll nations in the region.", False, [], None),
    # --- Peking weist Vorwürfe zurück (dpa) ---
    (
        "de",
        "Peking (dpa) - China hat Vorwürfe der Nato zurückgewiesen, es unterstütze Russland mit Rüstungsgütern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Land habe den Export von Drohnen und ihren Bauteilen bereits seit September 2023 streng eingeschränkt, sagte Außenamtssprecher Guo Linfeng vor der Presse in Peking.",
        True,
        [("year", 2023, None, None)],
        "Guo Linfeng",
    ),
    ("de", "China exportiere keine tödlichen Waffen in Konfliktgebiete, so Guo.", True, [], "Guo"),
    (
        "de",
        "Die Nato solle „aufhören, Gerüchte zu verbreiten und Konfrontation zu schüren“, sagte er.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach westlichen Schätzungen stammen rund 70 Prozent der in Russland verbauten Werkzeugmaschinen-Importe aus China.",
        True,
        [("percent", 70, "%", "about")],
        None,
    ),
    (
        "de",
        "Der Handel zwischen China und Russland sank in den ersten acht Monaten um 7,6 Prozent auf 149 Milliarden Dollar.",
        True,
        [
            ("ordinal", 1, None, None),
            ("duration", 8, "month", None),
            ("percent", 7.6, "%", None),
            ("money", 149000000000.0, "USD", None),
        ],
        None,
    ),
    (
        "de",
        "Peking wies auch einen Bericht über nordkoreanische Arbeiter in chinesischen Fabriken als „reine Erfindung“ zurück.",
        False,
        [],
        None,
    ),
    # --- LDP leadership race (Kyodo-style, Reuters) ---
    (
        "en",
        "TOKYO, Sept 27 (Reuters) - Japan's ruling Liberal Democratic Party elected former foreign minister Kaori Miyazawa as its new leader on Saturday, putting her on course to become the country's second female prime minister.",
        True,
        [("date", "--09-27", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Miyazawa, 58, won 214 votes in a runoff against Defence Minister Kenji Hayama, who received 187, the party said.",
        True,
        [("duration", 58, "year", None), ("count", 214, None, None), ("count", 187, None, None)],
        "the party",
    ),
    (
        "en",
        "Five candidates stood in the first round, in which lawmakers' 295 votes and an equal number of votes from rank-and-file members were counted.",
        True,
        [("count", 5, None, None), ("ordinal", 1, None, None), ("count", 295, None, None)],
        None,
    ),
    (
        "en",
        "She is the party's fourth leader in five years.",
        True,
        [("ordinal", 4, None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Parliament is expected to confirm her as prime minister in an extraordinary session on Oct. 6.",
        True,
        [("date", "--10-06", None, None)],
        None,
    ),
    ("en", '"I will rebuild trust in politics, one step at a time," Miyazawa told party members.', False, [], None),
    (
        "en",
        "The yen weakened 0.8% to 151.30 per dollar after the result.",
        True,
        [("percent", 0.8, "%", None), ("money", 151.3, "JPY", None)],
        None,
    ),
    # --- Taifun trifft Hainan (APA) ---
    (
        "de",
        "Haikou (APA/AFP) - Der Taifun „Lianhua“ ist am Sonntag auf der südchinesischen Insel Hainan auf Land getroffen, die Windgeschwindigkeiten erreichten dabei bis zu 198 Kilometer pro Stunde.",
        True,
        [("count", 198, None, "up_to")],
        None,
    ),
    (
        "de",
        "Mindestens sechs Menschen kamen ums Leben, teilte die Provinzregierung mit.",
        True,
        [("count", 6, None, "at_least")],
        "die Provinzregierung",
    ),
    (
        "de",
        "Knapp 870.000 Haushalte waren zeitweise ohne Strom, rund 250.000 Menschen wurden in Sicherheit gebracht.",
        True,
        [("count", 870000, None, "nearly"), ("count", 250000, None, "about")],
        None,
    ),
    (
        "de",
        "Die direkten wirtschaftlichen Schäden bezifferten die Behörden auf 6,3 Milliarden Yuan, umgerechnet etwa 770 Millionen Euro.",
        True,
        [("money", 6300000000.0, "CNY", None), ("money", 770000000.0, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Fährverkehr über die Qiongzhou-Straße wurde für 48 Stunden eingestellt.",
        True,
        [("duration", 48, "hour", None)],
        None,
    ),
    (
        "de",
        "Es ist der zweite Taifun binnen zehn Tagen, der die Insel trifft.",
        True,
        [("ordinal", 2, None, None), ("duration", 10, "day", None)],
        None,
    ),
    ("de", "Die Behörden riefen die Bewohner auf, Vorräte anzulegen und auf Anweisungen zu achten.", False, [], None),
    # --- Wahl zum Legislativrat in Hongkong (dpa) ---
    (
        "de",
        "Hongkong (dpa) - Bei der Wahl zum Hongkonger Legislativrat hat nur gut jeder vierte Wahlberechtigte seine Stimme abgegeben.",
        True,
        [("fraction", 0.25, None, "over")],
        None,
    ),
    (
        "de",
        "Die Beteiligung lag nach Angaben der Wahlkommission bei 25,7 Prozent, nach 28,4 Prozent bei der vorigen Wahl.",
        True,
        [("percent", 25.7, "%", None), ("percent", 28.4, "%", None)],
        "die Wahlkommission",
    ),
    (
        "de",
        "Von den 90 Sitzen wurden nur 20 direkt in den Wahlkreisen vergeben.",
        True,
        [("count", 90, None, None), ("count", 20, None, None)],
        None,
    ),
    (
        "de",
        "Seit der Wahlrechtsreform dürfen nur Kandidaten antreten, die zuvor als „Patrioten“ überprüft wurden.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung hatte rund 4,1 Millionen Wahlberechtigte mit Gratis-Fahrten und Konzertgutscheinen zur Stimmabgabe ermuntert.",
        True,
        [("count", 4100000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Wahl koste den Steuerzahler etwa 1,5 Milliarden Hongkong-Dollar, sagte ein Sprecher des Wahlamts.",
        True,
        [("money", 1500000000.0, "HKD", "about")],
        None,
    ),
    (
        "de",
        "Regierungschef Wong Kai-ming sprach von einem „Erfolg für die Demokratie mit Hongkonger Merkmalen“.",
        False,
        [],
        None,
    ),
    ("de", "Kritiker sehen darin eine Wahl ohne echte Auswahl.", False, [], None),
    # --- Indonesia's economy and the rupiah (Reuters) ---
    (
        "en",
        "JAKARTA, Oct 5 (Reuters) - Bank Indonesia surprised markets on Wednesday with a 25-basis-point cut to 4.75% in its key rate, its sixth reduction in 12 months.",
        True,
        [
            ("date", "--10-05", None, None),
            ("percent", 25, "bp", None),
            ("percent", 4.75, "%", None),
            ("ordinal", 6, None, None),
            ("duration", 12, "month", None),
        ],
        None,
    ),
    (
        "en",
        "Only three of 29 economists polled by Reuters had expected the move.",
        True,
        [("count", 3, None, None), ("count", 29, None, None)],
        None,
    ),
    (
        "en",
        "The rupiah slid as far as 16,940 per dollar, its weakest level since 1998.",
        True,
        [("money", 16940, "IDR", None), ("year", 1998, None, None)],
        None,
    ),
    (
        "en",
        "Governor Hendra Suryadi told a news conference the bank had sold about $4 billion of reserves over the past month to steady the currency.",
        True,
        [("money", 4000000000.0, "USD", "about")],
        "Hendra Suryadi",
    ),
    (
        "en",
        "Southeast Asia's biggest economy grew 4.87% in the second quarter, below the government's target of 5.2% for the year.",
        True,
        [("percent", 4.87, "%", None), ("ordinal", 2, None, None), ("percent", 5.2, "%", None)],
        None,
    ),
    (
        "en",
        "The government's free-meals programme for schoolchildren is budgeted at 171 trillion rupiah next year.",
        True,
        [("money", 171000000000000.0, "IDR", None)],
        None,
    ),
    ("en", '"We will do whatever it takes to keep the rupiah stable," Suryadi said.', False, [], None),
    ("en", "Investors fear the central bank is losing its independence.", False, [], None),
    # --- Chinesisch-russisches Marinemanöver (Reuters German) ---
    (
        "de",
        "Wladiwostok (Reuters) - China und Russland haben im Japanischen Meer ein gemeinsames Marinemanöver mit insgesamt 17 Kriegsschiffen und zwei U-Booten begonnen.",
        True,
        [("count", 17, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die fünftägige Übung umfasse auch Flüge von rund 30 Flugzeugen und Hubschraubern, teilte das russische Verteidigungsministerium mit.",
        True,
        [("duration", 5, "day", None), ("count", 30, None, "about")],
        None,
    ),
    (
        "de",
        "Es ist bereits die sechste gemeinsame Übung dieser Art seit 2021.",
        True,
        [("ordinal", 6, None, None), ("year", 2021, None, None)],
        None,
    ),
    ("de", "Japan beobachte die Manöver „mit großer Sorge“, sagte Regierungssprecher Hiroshi Tanabe.", False, [], None),
    (
        "de",
        "Südkorea meldete, zwei chinesische und vier russische Militärflugzeuge seien ohne Vorankündigung in seine Luftverteidigungszone eingedrungen.",
        True,
        [("count", 2, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Das Manöver richte sich „gegen keine dritte Partei“, hieß es aus Peking.",
        False,
        [("ordinal", 3, None, None)],
        None,
    ),
    # --- Taiwan recall votes (AFP) ---
    (
        "en",
        "TAIPEI (AFP) - Voters in Taiwan rejected attempts to recall all 12 opposition lawmakers put to a vote on Saturday, the Central Election Commission said.",
        True,
        [("count", 12, None, None)],
        "the Central Election Commission",
    ),
    (
        "en",
        'Turnout averaged 48.6%, and in none of the districts did the "yes" side reach the required quarter of eligible voters.',
        True,
        [("percent", 48.6, "%", None), ("fraction", 0.25, None, None)],
        None,
    ),
    (
        "en",
        "The ruling Democratic Progressive Party had backed the campaign, which cost an estimated NT$1.1 billion ($36 million) to organise.",
        True,
        [("money", 1100000000.0, "TWD", "about"), ("money", 36000000.0, "USD", None)],
        None,
    ),
    (
        "en",
        "The opposition Kuomintang and its allies hold 62 of the 113 seats in the legislature.",
        True,
        [("count", 62, None, None), ("count", 113, None, None)],
        None,
    ),
    (
        "en",
        "Beijing's Taiwan Affairs Office said the result showed that the island's people rejected \"confrontation and division.\"",
        False,
        [],
        None,
    ),
    (
        "en",
        '"Tonight democracy won, not any one party," a 29-year-old student said outside a polling station in Taichung.',
        False,
        [("duration", 29, "year", None)],
        None,
    ),
    # --- Japans Exporte und der Yen (APA/dpa) ---
    (
        "de",
        "Tokio (APA/dpa) - Japans Exporte sind im September um 3,9 Prozent auf 9,3 Billionen Yen gestiegen, wie das Finanzministerium in Tokio mitteilte.",
        True,
        [("percent", 3.9, "%", None), ("money", 9300000000000.0, "JPY", None)],
        "das Finanzministerium",
    ),
    (
        "de",
        "Die Ausfuhren nach China legten um 6,1 Prozent zu, jene in die USA schrumpften wegen der Zölle auf Autos um 11,8 Prozent.",
        True,
        [("percent", 6.1, "%", None), ("percent", 11.8, "%", None)],
        None,
    ),
    (
        "de",
        "Unter dem Strich stand ein Handelsdefizit von 294 Milliarden Yen, das dritte in Folge.",
        True,
        [("money", 294000000000.0, "JPY", None), ("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Der Yen notierte zuletzt bei knapp 152 je Dollar.", True, [("money", 152, "JPY", "nearly")], None),
    (
        "de",
        "Die Bank von Japan hatte ihren Leitzins im Juli auf 1,0 Prozent angehoben, den höchsten Stand seit 29 Jahren.",
        True,
        [("percent", 1.0, "%", None), ("duration", 29, "year", None)],
        None,
    ),
    ("de", "Exporteure hoffen auf ein rasches Handelsabkommen mit Washington.", False, [], None),
    # --- Beijing rebuts Pentagon report (Reuters) ---
    (
        "en",
        "BEIJING, Oct 22 (Reuters) - China's defence ministry on Thursday dismissed a Pentagon report estimating that Beijing's nuclear arsenal had grown to more than 640 warheads as \"groundless speculation.\"",
        False,
        [("count", 640, None, "over")],
        None,
    ),
    (
        "en",
        "The report said China was on track to have over 1,000 operational warheads by 2030.",
        True,
        [("count", 1000, None, "over"), ("year", 2030, None, None)],
        None,
    ),
    (
        "en",
        "Defence ministry spokesman Colonel Zhang Wenbo said China's defence budget of 1.86 trillion yuan this year amounted to about 1.3% of gross domestic product.",
        True,
        [("money", 1860000000000.0, "CNY", None), ("percent", 1.3, "%", "about")],
        "Zhang Wenbo",
    ),
    (
        "en",
        "Beijing raised defence spending by 6.9% this year, the same pace as a year earlier.",
        True,
        [("percent", 6.9, "%", None)],
        None,
    ),
    ("en", '"The United States is the world\'s biggest source of nuclear threats," Zhang said.', False, [], None),
    (
        "en",
        "The People's Liberation Army Navy has about 370 ships, the largest fleet in the world by number of vessels, the report said.",
        True,
        [("count", 370, None, "about")],
        None,
    ),
    # --- Peking sanktioniert US-Rüstungsfirmen (AFP German) ---
    (
        "de",
        "Peking (AFP) - China hat als Reaktion auf neue US-Waffenlieferungen an Taiwan Sanktionen gegen sieben US-Rüstungsunternehmen und drei ihrer Manager verhängt.",
        True,
        [("count", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Die Vermögen der Firmen in China würden eingefroren, den Managern sei die Einreise verboten, teilte das Außenministerium in Peking mit.",
        True,
        [],
        "das Außenministerium",
    ),
    (
        "de",
        "Washington hatte im Oktober den Verkauf von Radaranlagen und Ersatzteilen im Wert von 385 Millionen Dollar an Taipeh gebilligt.",
        True,
        [("money", 385000000.0, "USD", None)],
        None,
    ),
    (
        "de",
        "Es ist die vierte Sanktionsrunde Pekings gegen US-Rüstungsfirmen binnen eines Jahres.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher des US-Außenministeriums nannte die Sanktionen „symbolisch und bedeutungslos“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Taiwan-Frage sei „die erste rote Linie, die nicht überschritten werden darf“, hieß es in der Erklärung aus Peking.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Seoul summons Chinese ambassador (Yonhap via Reuters) ---
    (
        "en",
        "SEOUL, Oct 29 (Reuters) - South Korea summoned China's ambassador on Thursday after Beijing installed a third steel structure in waters claimed by both countries in the Yellow Sea, Seoul's foreign ministry said.",
        True,
        [("date", "--10-29", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The structure, about 80 metres tall, stands roughly 200 km west of the South Korean island of Eocheong, a ministry official told reporters.",
        True,
        [("count", 80, None, "about"), ("count", 200, None, "about")],
        None,
    ),
    ("en", "China says the platforms are fish-farming facilities and have no military purpose.", True, [], None),
    (
        "en",
        '"We deeply regret that Beijing continues to ignore our legitimate concerns," the ministry said in a statement.',
        False,
        [],
        None,
    ),
    (
        "en",
        "How far Seoul is willing to push the matter ahead of a planned leaders' summit is far from clear.",
        False,
        [],
        None,
    ),
    ("en", "Fishermen on Eocheong say they feel increasingly uneasy about the new neighbours.", False, [], None),
]
