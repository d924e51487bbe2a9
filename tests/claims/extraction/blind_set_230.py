"""Two-hundred-and-thirtieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Friederike Lanzendorf, Mattias Hellqvist, Wolfgang Pichlmayr, Ortwin Scheffler, Cécile
Aebischer, Hildegard Brenninger, Joachim Rückert, Ennstaler Rohrwerke, Brigitte Loidl,
Herbert Wimmleitner, Malte Renninger, Henning Vosskamp, Kilian Rottenberger, Regula
Tschannen, Jannik Thormählen; Dalton Reece, Lucie Archambault, Dwight Sorensen, Esteban
Olivares, Gareth Pennock, Vikram Sethuraman, Takumi Arakawa, Haruka Nishimoto, Han
Do-yeon, Marjorie Kettering, Ramón Echeverría, Marcus Bell, Nora Whitlock, Fiona
Caldicott; every unnamed minister, negotiator, spokesperson, diplomat, economist,
distributor and official); ministers, trade representatives and commissioners of real
governments and bodies appear under made-up names that stand for no real holder, or by
their role only. Real states, bodies, indices and places (US-Regierung, EU-Kommission,
Bundesregister, Statistisches Bundesamt, Statistik Austria, Wirtschaftskammer, Ministerrat,
Industriellenvereinigung, Wifo, VDMA, Bundesamt für Zoll und Grenzsicherheit, Bundesrat,
Swissmem, Unia, Verband der Automobilindustrie, Dax, Wirtschaftsvereinigung Stahl,
Welthandelsorganisation WTO, Mercosur, Bauernverband, Europaparlament, Ifo-Institut,
Commerzbank, Deutsche Industrie- und Handelskammer, BGA, Deutsches Weininstitut, Efta,
Seco, Kiel Institut für Weltwirtschaft, Verband der Deutschen Möbelindustrie, Land
Oberösterreich, Dorohusk; the White House, the U.S. Trade Representative, the STOXX 600,
the Canadian Steel Producers Association, Ontario's government, China's commerce ministry,
the Agriculture Department, the American Soybean Association, the Scotch Whisky
Association, the Federation of Indian Export Organisations, the Appellate Body, BNIC,
Japan's Finance Ministry, the Bank of Korea, the Commerce Department, the National
Association of Manufacturers, the American Iron and Steel Institute, the Port of Los
Angeles, the National Retail Federation, the International Longshore and Warehouse Union,
Meat & Livestock Australia, the Distilled Spirits Council, the Kentucky Distillers'
Association, the Treasury, Boeing, and the datelines' cities) stand for the way wire copy
names them; every rate, list, quota, trade figure, deficit, job number, deadline, forecast,
quote, label and reaction here is invented, and where a real figure came to mind it was
changed.

Its weight: TRADE AND TARIFFS (the sixty-sixth batch's customs and foreign trade and the
hundred-seventeenth batch's trade disputes came before, and their decisions are kept) over
about one month of one year, Monday, March 2, to Thursday, April 2, as 36 short stories in
rough story order, the German and English stories interleaved. Half German (dpa, APA,
Keystone-SDA, Reuters German; Austrian "Jänner", "Mrd.", "Mio.", "heuer", Swiss "8'400",
"Mia. Franken", "innert", "anzustossen", «» quotes, German „“ quotes): Washington's higher
baseline tariff on EU goods and the car rate, the Commission's counter-list and the
qualified majority, Austrian exports and an export package, the VDMA's survey, Swiss
exports and Bern's offer, German carmakers' exports and jobs in the U.S., the EU's steel
quota cut, the Council's vote on Mercosur, the WTO's trade forecast, German trade figures,
minimum prices instead of countervailing duties on Chinese electric cars, job cuts at an
Upper Austrian pipe maker, a DIHK survey and the BGA's forecast, German wine exports, the
Efta agreement with India, a Kiel institute study, quotas on Ukrainian farm goods, U.S.
tariffs on furniture and lumber. Half English (Reuters, AP): the White House's decision and
the market reaction, Canada's counter-tariffs, China's tariffs on U.S. farm goods and
export-control listings, soybean futures and farm aid, Mexico's tariffs on Asian imports,
UK exports, the car quota and whisky, India's trade deficit and talks, the EU's brandy case
at the WTO, Japan's exports and the car deal, South Korea's chip exports, Commerce's steel
derivatives list, Los Angeles port volumes, Australia's beef challenge, Vietnam's surplus
and transshipment, the U.S. trade deficit and customs receipts, bourbon exporters, U.S.-China
talks in Geneva and a Section 232 probe into drones. Figures as such copy has them: tariff
rates before and after, ranges capped with "bis zu", "up to" and "as much as", moves in
percentage points, counter-lists in product groups and tariff lines, quotas in tonnes,
litres, TEUs and vehicles, trade flows, balances and deficits in EUR, USD, CHF, GBP, CAD,
AUD and JPY, exchange rates and futures prices, shares of exports in fractions, jobs hedged,
deadlines, comment periods and transition periods, rounds of talks and straight months,
effective dates and datelines. Negatives as such copy has them: ministers', commissioners',
trade representatives' and lobbies' rhetoric in quotes, labels of the other side's acts,
warnings that name no measure, appeals, resolve, hopes and fears, analysts' beliefs,
evasions, open questions, vox pops of a farmer, a truck driver, a distiller and a winemaker,
and a distributor's sneer.

242 rows (124 German, 118 English), 56 negatives (27 German, 29 English), 186 check-worthy
rows of which 15 carry no figure (10 German, 5 English), 301 expected quantities (95
percentages - 92 in %, 3 in percentage points -, 62 amounts of money - 32 USD, 20 EUR, 3
CHF, 3 GBP, 2 AUD, 1 CAD, 1 JPY -, 51 counts, 28 dates, 21 durations - 9 in years, 7 in
days, 3 in months, 1 in hours, 1 in weeks -, 18 fractions, 16 ordinals, 10 years; 5 of them
in 5 negatives, as the seventeenth batch labels a figure in a negative), 36 checked speakers
(18 German, 18 English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, feeling, hope, fear, belief or piece of rhetoric is a
  negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-seventeenth, hundred-thirty-first, two-hundred-fourth); a quoted or
  reported statement of fact, figure, step, plan, offer or position is check-worthy with its
  speaker. Pairs from one speaker: Lanzendorf's consultations beside her quote; Reece's 70%
  and 27.5% beside "Europe had 90 days ..." (its 90 days labelled); Hellqvist's 14 days
  beside „keine offene Kasse“; Archambault's tariffs and list beside "walk away";
  Pichlmayr's 300 Mio. Euro beside „einmauert“; Scheffler's third beside „pures Gift“ and
  his evasion; Aebischer's offer beside «nicht um jeden Preis»; Brenninger's offer beside
  „ins eigene Knie“; Pennock's car quota beside "rushed"; Sethuraman's fifth round beside "a
  gun to its head"; Arakawa's 15% beside "A promise is a promise"; Han's $120 billion and
  ninth round beside "Our patience has limits"; Kettering's three updates a year beside
  "American steel is back"; Loidl's 37 percent beside her evasion; Echeverría's 25% beside
  "Empty shelves"; Renninger's 38 and 11 percent beside „Die Unsicherheit ...“; Caldicott's
  10% and 2005 beside "Good friends"; Whitlock's staff cut beside "a bargaining chip";
  Thormählen's third beside „Ein Zoll ist eine Steuer ...“; Rottenberger's deliveries beside
  his Riesling quote.
- Warnings, appeals and demands (two-hundred-fourth): a warning that names no measure is a
  negative ("warned of countermeasures without giving details", „nannte aber keine Zahl“);
  a threat or demand naming a measure and a figure is check-worthy (Washington's threatened
  40% tariff, Unia's 24 months of short-time work, exporters' 3 percentage points,
  Brenninger's offer from 10 to 2.5 percent); appeals naming no measure are negatives
  ("urged Ottawa to shield ...", "urged Brussels to "correct its wrong practices"",
  „appellierte ..., „jetzt nicht die Nerven zu verlieren““). Labels are negatives ("called
  the U.S. tariffs "unilateral bullying"", "called the government's approach "naive"",
  „nannte den Schritt einen „Rettungsanker ...““, „begrüßte die Einigung als ...“,
  „beschrieb die Stimmung ... als ...“, "have long described ... as a hidden trade
  barrier"); a legal position stays check-worthy without a figure (China's mission: the
  duties "fully consistent" with the rules; hundred-seventeenth), and a row with a label and
  a checkable figure is carried by the figure (Reece's "constructive" talks and the next
  meeting within three weeks; hundred-seventeenth).
- Check-worthy without a figure (ninety-eighth, hundred-seventeenth, two-hundredth):
  announced steps and trips (Lanzendorf's consultations, Rückert's protests, Canada's WTO
  complaint), the exemptions in a fact sheet, a list's contents, diplomats' push on
  spirits, the Mexican Senate's scheduled vote and the Parliament's vote set for April
  (sixty-fifth: a scheduled sitting), minimum prices reviewed yearly, the EU's return to
  quotas, three states keeping their bans, a border blockade, cognac houses' cuts ("Several"
  none), and the winemaker's deliveries "fast halbiert" (hundred-seventeenth: "mehr als
  halbiert" carries nothing).
- Forecasts with a figure are check-worthy, forecasts without one negatives (two-hundredth,
  sixty-sixth): the VDMA's 3 percent, Olivares's jobs, Echeverría's further 25%, the
  National Retail Federation's TEUs, the WTO's 0.4 percent and its scenario of up to 1.5
  percent ("heißt es in dem Bericht"), the Kiel study's 0.6 percent, 26 billion euros, 40
  percent and 1.4 points, the Ifo's 0.2 percent, economists' 0.8 percent and $89.0 billion,
  the Bank of Korea's 1.1%; negatives: „rechnet heuer mit einem spürbaren Dämpfer ...,
  nannte aber keine Zahl“, "Farm groups hope ...", "Manufacturers fear ...", "Some analysts
  believe ...", "Analysts ... said they doubted ...", "would not be able to replace Chinese
  supply "for years."" (hundred-seventeenth: forecasts without a figure).
- Tariffs are percentages, moves in points percentage points (sixty-sixth,
  hundred-seventeenth): "von 10 auf 20 Prozent", "to 20% from 10%", "27,5 Prozent statt
  bisher 15 Prozent", "a 27.5% levy, up from 15%", "von 10 auf 2,5 Prozent" both figures;
  "von bis zu 25 Prozent", "of up to 39.5%", "to as much as 50%", "von bis zu 33,8 Prozent"
  (hundred-seventeenth) and "um bis zu 4,2 Prozent", "um bis zu 40 Prozent" "up_to";
  "capped at 30% and ... at 10%" no hedge (the cap is the rate); "3 percentage points" and
  "um 1,4 Prozentpunkte" pp, "by half a percentage point" 0.5 pp (seventeenth); "einem
  25-Prozent-Zoll" 25 percent (hundred-third: "Fünf-Prozent-Hürde"); "auf 30 %" with the
  sign. New: "ein zehnprozentiger Aufschlag" is 10 percent - a number word fused with
  "-prozentig" is read as "fünfstündigen" (issue) and "Fünf-Prozent-Hürde" are.
- Trade values are money in the currency written (sixty-sixth, hundred-seventeenth):
  "Mrd.", "Mio.", "Mia. Franken" CHF, German "Dollar" USD, "C$29.8 billion ($20.9
  billion)" CAD and USD, "A$4.6 billion" AUD, "584.1 billion yen ($3.9 billion)" JPY and
  USD; deficits and surpluses are positive amounts (sixty-sixth); "auf 17,3 Milliarden
  Euro, nach 20,1 Milliarden im Dezember" both EUR (sixty-sixth); "a record $14.2 billion",
  "a record A$4.6 billion" no hedge; "worth an estimated $320 billion" "about"
  (forty-sixth); "auf ein Minus von 2,5 Prozent" 2.5 and "ein leichtes Plus von 0,5
  Prozent" 0.5 (hundred-fourth: "ein Minus von 36 Prozent"); "The euro fell 0.8% to
  $1.0715" and "The pound was little changed at $1.2815" USD (hundred-thirty-ninth,
  hundred-forty-ninth); "lost 31 cents to settle at $9.84 a bushel" 0.31 and 9.84 USD,
  "95 Euro je Tonne" ("a bushel", "je Tonne" none, forty-second); "more than three times as
  much as a year earlier" count 3 "over" (hundred-third, hundred-forty-seventh).
- Quotas and volumes in physical units are counts (sixty-sixth, hundred-seventeenth,
  hundred-ninetieth): "von 33,6 Millionen auf 18,1 Millionen Tonnen", "eine Einfuhrquote von
  99.000 Tonnen", "von 1,3 Millionen Tonnen, für Zucker von 100.000 Tonnen und für Eier von
  18.000 Tonnen", "22.6 million metric tons", "83 Millionen Liter", "702,000 TEUs", "23.1
  million TEUs", "about 10 million acres", "an annual quota of 100,000 vehicles"; lists are
  counts ("2.140 US-Warengruppen", "1,463 tariff lines", "407 product categories", "15 U.S.
  companies", "revoked 126 of them").
- Fractions (forty-first, hundred-seventeenth, two-hundred-fourth): "about three-quarters"
  0.75 "about", "gut ein Fünftel" 0.2 "over", "Jeder vierte Euro" 0.25, "Jedes dritte" 0.3333,
  "Fast jedes zweite" 0.5 "nearly", "knapp ein Sechstel" 0.1667 "nearly"
  (hundred-seventeenth: "roughly a sixth"), "ein Achtel" 0.125 (twelfth), "höchstens zu
  einem Drittel" 0.3333 "at_most" (sixty-fifth: "höchstens"), "more than two-fifths" 0.4
  "over", "nearly two-fifths" 0.4 "nearly", "a fifth" and "by a fifth" 0.2, "about a
  quarter" and "by about a quarter" 0.25 "about", "nearly a third" 0.3333 "nearly", "about
  half" 0.5 "about". New: "senkt ... fast auf die Hälfte" is 0.5 "nearly" - the noun
  "Hälfte" is a fraction as in "Knapp die Hälfte" (two-hundred-fourth), while the verb
  ("halbiert", "fast halbiert") gives none (hundred-seventeenth).
- Counts: "the 27-nation bloc" 27 (thirteenth), "15 der 27 Mitgliedstaaten" both, "the two
  sides" 2 (hundred-fortieth, hundred-forty-second), "Rund ein Dutzend" 12 "about" (as "Mehr
  als ein Dutzend"), "from nine to three" 9 and 3, "die vier Efta-Länder" 4, "166
  Mitglieder", "a survey of 1,200 members", "612 Unternehmen", "2.470 Betriebe". New: "the
  world's two largest economies" is count 2 - a definite group named by its size, as "the
  two sides". New: "would be updated three times a year" is count 3 - "three times" is read
  as the issue's "viermal", and "a year" carries nothing.
- Ordinals: "zum dritten Mal in Folge" 3, "der drittwichtigste Markt" 3 (issue: "die
  drittgrößte Stadt"; hundred-seventeenth: "der zweitwichtigste"), "second-largest" and "der
  zweitgrößte Abnehmer" 2, "the bloc's 12th case", "the 12th such investigation", "a fifth
  round", "a ninth round", "the third round", "a sixth straight month", "for a third year
  running" 3, "die achtzehnte Zollmaßnahme" 18 (hundred-seventeenth: "das zwanzigste"), "im
  ersten Quartal" 1, "in the fourth quarter" 4, "in the first 10 days" ordinal 1 and 10
  days (hundred-twenty-first, hundred-seventy-ninth). New: the idiom "an 11th-hour attempt"
  in a distributor's negative keeps ordinal 11 labelled - a number in an idiom is read as
  written, as the two-hundredth's „jeden Euro zweimal umdrehen“ keeps count 2.
- Durations (issue: "fünfstündigen"; hundred-seventeenth): "14 Tage Zeit", "60 days",
  "270 days", "21 days to comment", "within three weeks", "ended two days of talks" 2 days,
  "their lowest level in five years" 5 years and "the widest in eight months" 8 months
  (sixty-sixth: "the lowest in four months"), "Nach mehr als 25 Jahren Verhandlungen" 25
  years "over", "nach einer fast zwölfstündigen Sitzung" 12 hours "nearly"
  (hundred-seventeenth: "gut dreistündigen"), "nach anderthalb Jahren Verhandlungen" 1.5
  years (tenth: "anderthalb Stunden"), "zunächst für drei Jahre" ("zunächst" no hedge),
  "mit einer Laufzeit von bis zu vier Jahren" "up_to", "über eine Frist von zehn Jahren" no
  hedge ("über" before an article, sixtieth and sixty-sixth), "innert 12 Jahren", "binnen
  sieben Jahren", "auf 24 Monate", "nach einer Übergangsfrist von sechs Monaten", an age in
  a vox pop ("Marcus Bell, 52," 52 years, labelled; sixty-sixth). None: "ab Mitte Mai",
  "Ende Juni", "ab Juni", "next week", "next month", "in the spring", "each year", "a year",
  "a week", "pro Jahr", "im Jahr", "jährlich", "heuer", "seit Jahresbeginn", "since
  January", "since August", "last year", "im Vorjahr", "jahrzehntelang", "seit
  Jahrzehnten", "for years", "over January and February combined", and clock times ("12:01
  a.m. EDT"; hundredth, hundred-sixth).
- Years and dates (every batch): "im Jahr 2018", "in 2022", "the 2018-19 trade war" both
  years (sixty-sixth), "since December 2019", "since 2005", "since 2009", "since November
  2023", "since 2020", "Under the 1962 law" 1962 (hundred-seventeenth: "a 1977 emergency
  powers law"); "Section 232" none (sixty-sixth). Reuters datelines with a day are dates
  without a year; "mit Wirkung vom 1. April", "effective April 1", "from March 13", "from
  March 10", "on April 6", "on March 23", "Seit dem 1. August", "ab dem 1. Juli", "am 15.
  April", "on May 12", "ab dem 1. Mai" likewise; "zwischen dem 2. und 16. Februar" both
  dates (hundred-fortieth). Other datelines carry none (seventy-ninth).
- Hedges, only the names in use: "rund", "about", "roughly", "around", "an estimated"
  "about"; "knapp", "fast", "nearly" "nearly"; "gut", "mehr als", "more than" "over"; "bis
  zu", "up to", "as much as" "up_to"; "mindestens" "at_least"; "höchstens" "at_most". No
  hedge: "real" (hundred-twenty-seventh, two-hundred-twenty-fourth), "lediglich"
  (hundred-first, hundred-third), "durchschnittlich" (two-hundred-fourth), "zusätzlich",
  "zunächst", "bereits", "derzeit", "nur noch", "only", "a record", "a further".
- Speakers, checked only in forms the earlier batches settled: titles dropped ("sagte
  Geschäftsführerin Brigitte Loidl", "Handelskommissar Mattias Hellqvist sagte, ...",
  "Wirtschaftsminister Wolfgang Pichlmayr sagte, ...", "Wirtschaftsministerin Cécile
  Aebischer sagte vor den Medien" with the audience dropped, "U.S. Trade Representative
  Dalton Reece told reporters", "International Trade Minister", "Economy Minister",
  "Business and Trade Secretary", "Commerce Minister", "Trade minister" in lower case,
  "Trade Minister", "Commerce Secretary", "Executive Director"); surnames as written
  ("Lanzendorf sagte", "sagte Scheffler", "Brenninger sagte", "Hellqvist sagte",
  "Renninger sagte", "Thormählen sagte", "Reece said", "Reece told reporters", "Archambault
  said", "Olivares said" twice, "Caldicott said", "Whitlock said", "Han said" - the family
  name first as written); "Nach Angaben des Statistischen Bundesamts" -> "das Statistische
  Bundesamt" and "nach Angaben der Wirtschaftskammer" -> "die Wirtschaftskammer"
  (two-hundred-fourth); "teilte die Statistik Austria am Mittwoch mit", "teilte das
  Statistische Bundesamt am Montag mit", "teilte die Kommission mit", "teilte das
  Unternehmen mit" (the weekday dropped; sixty-sixth, hundred-seventeenth); "laut Wifo" ->
  "Wifo" (hundred-twenty-fourth) and "laut Swissmem" -> "Swissmem" (hundredth: "laut
  Statistik Austria"). Left unchecked (None): "wie ... mitteilte" (the earlier batches
  split on it; two-hundred-fourth leaves it unchecked), "gab ... bekannt", "nach Angaben
  des Wirtschaftsressorts" (two-hundred-eighteenth: "nach Angaben des Bildungsressorts"),
  "nach Angaben von Diplomaten", "nach Berechnungen des ...", "nach Verbandsangaben", "nach
  Zahlen des ...", "nach der Studie", "laut einer Umfrage der ...", "heißt es in dem
  Bericht", "hervorgeht", "kündigte ... an", "Der Rheingauer Winzer Kilian Rottenberger
  sagte" (an adjective heading the source, hundred-seventeenth); bodies' "said" (the White
  House, the association, the Agriculture Department, the Commerce Department, ministries,
  missions, councils; two-hundred-fourth), "according to", "data show(ed)", "estimated",
  "estimates", "forecast", "Economists polled by Reuters", roles without a name, plural
  groups, and all negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_230 = [
    # --- USA verdoppeln Basiszoll auf EU-Waren (dpa) ---
    (
        "de",
        "Washington/Berlin (dpa) - Die US-Regierung hebt den Basiszoll auf Einfuhren aus der Europäischen Union mit Wirkung vom 1. April von 10 auf 20 Prozent an.",
        True,
        [("date", "--04-01", None, None), ("percent", 10, "%", None), ("percent", 20, "%", None)],
        None,
    ),
    (
        "de",
        "Für Autos und Autoteile gilt dann ein Satz von 27,5 Prozent statt bisher 15 Prozent, wie aus einer im Bundesregister veröffentlichten Verfügung hervorgeht.",
        True,
        [("percent", 27.5, "%", None), ("percent", 15, "%", None)],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Schätzung der EU-Kommission Ausfuhren im Wert von rund 380 Milliarden Euro im Jahr.",
        True,
        [("money", 380000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Wer jahrzehntelang auf Partnerschaft über den Atlantik gesetzt hat, wird jetzt vor den Kopf gestoßen“, sagte Bundeswirtschaftsministerin Friederike Lanzendorf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lanzendorf sagte, sie werde noch in dieser Woche mit den Spitzenverbänden der Industrie über Hilfen für betroffene Exporteure beraten.",
        True,
        [],
        "Lanzendorf",
    ),
    (
        "de",
        "Nach Angaben des Statistischen Bundesamts exportierte Deutschland im vergangenen Jahr Waren im Wert von 161,4 Milliarden Euro in die USA.",
        True,
        [("money", 161400000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Die Vereinigten Staaten waren damit zum dritten Mal in Folge der wichtigste Abnehmer deutscher Waren.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Ob Washington Ausnahmen für einzelne Branchen gewährt, blieb zunächst offen.", False, [], None),
    # --- U.S. doubles baseline tariff on EU goods (Reuters) ---
    (
        "en",
        "WASHINGTON, March 2 (Reuters) - The United States will raise its baseline tariff on goods from the European Union to 20% from 10%, effective April 1, the White House said on Monday, after talks over Europe's digital rules broke down.",
        True,
        [
            ("date", "--03-02", None, None),
            ("percent", 20, "%", None),
            ("percent", 10, "%", None),
            ("date", "--04-01", None, None),
        ],
        None,
    ),
    (
        "en",
        "U.S. Trade Representative Dalton Reece told reporters the higher rate would cover about 70% of the roughly $600 billion in goods the 27-nation bloc ships to the United States each year.",
        True,
        [("percent", 70, "%", "about"), ("money", 600000000000, "USD", "about"), ("count", 27, None, None)],
        "Dalton Reece",
    ),
    (
        "en",
        "Cars and auto parts will face a 27.5% levy, up from 15%, Reece said.",
        True,
        [("percent", 27.5, "%", None), ("percent", 15, "%", None)],
        "Reece",
    ),
    (
        "en",
        '"Europe had 90 days to come to the table, and it chose to stall," Reece said.',
        False,
        [("duration", 90, "day", None)],
        None,
    ),
    (
        "en",
        "Pharmaceuticals, aircraft parts and some chemicals remain exempt, according to a White House fact sheet.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The euro fell 0.8% to $1.0715 after the announcement.",
        True,
        [("percent", 0.8, "%", None), ("money", 1.0715, "USD", None)],
        None,
    ),
    (
        "en",
        "Shares of European carmakers slid, with the STOXX 600 autos index closing down 3.4%.",
        True,
        [("percent", 3.4, "%", None)],
        None,
    ),
    (
        "en",
        "Analysts at one Wall Street bank said they doubted the higher rate would survive the summer.",
        False,
        [],
        None,
    ),
    # --- Brüssel legt Gegenliste vor (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Die Brüsseler Behörde hat 2.140 US-Warengruppen aufgelistet, auf die ab Mitte Mai Gegenzölle von bis zu 25 Prozent fällig werden könnten.",
        True,
        [("count", 2140, None, None), ("percent", 25, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Die Liste deckt Importe aus den USA im Wert von 71 Milliarden Euro ab, darunter Sojabohnen, Whiskey, Motorräder und Jeans.",
        True,
        [("money", 71000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Handelskommissar Mattias Hellqvist sagte, die Mitgliedstaaten hätten nun 14 Tage Zeit, Einwände vorzubringen.",
        True,
        [("duration", 14, "day", None)],
        "Mattias Hellqvist",
    ),
    ("de", "„Unsere Hand bleibt ausgestreckt, aber sie ist keine offene Kasse“, sagte Hellqvist.", False, [], None),
    (
        "de",
        "Zuletzt hatte die EU im Jahr 2018 Vergeltungszölle auf amerikanische Waren verhängt.",
        True,
        [("year", 2018, None, None)],
        None,
    ),
    (
        "de",
        "Frankreich und Italien drängen nach Angaben von Diplomaten darauf, Spirituosen und Wein von der Liste zu streichen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zur Annahme ist eine qualifizierte Mehrheit von 15 der 27 Mitgliedstaaten nötig, in denen mindestens 65 Prozent der Unionsbürger leben.",
        True,
        [("count", 15, None, None), ("count", 27, None, None), ("percent", 65, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Ein EU-Diplomat beschrieb die Stimmung unter den Botschaftern als „frostig, aber nicht feindselig“.",
        False,
        [],
        None,
    ),
    # --- Canada hits back with counter-tariffs (Reuters) ---
    (
        "en",
        "OTTAWA, March 3 (Reuters) - Canada will impose 25% retaliatory tariffs on C$29.8 billion ($20.9 billion) worth of U.S. goods from March 13, International Trade Minister Lucie Archambault said on Tuesday.",
        True,
        [
            ("date", "--03-03", None, None),
            ("percent", 25, "%", None),
            ("money", 29800000000, "CAD", None),
            ("money", 20900000000, "USD", None),
            ("date", "--03-13", None, None),
        ],
        "Lucie Archambault",
    ),
    (
        "en",
        "The list includes steel products, computers, sporting goods and cast-iron cookware, Archambault said.",
        True,
        [],
        "Archambault",
    ),
    (
        "en",
        '"We did not pick this fight, but we will not walk away from it," Archambault told reporters in Ottawa.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Canada sends about three-quarters of its steel exports and nearly 90% of its aluminum exports to the United States, according to industry figures.",
        True,
        [("fraction", 0.75, None, "about"), ("percent", 90, "%", "nearly")],
        None,
    ),
    (
        "en",
        "The Canadian Steel Producers Association said 23,000 direct jobs depended on the sector.",
        True,
        [("count", 23000, None, None)],
        None,
    ),
    (
        "en",
        "Ontario's government said it would pull U.S. wine and spirits from the shelves of its 680 provincial liquor stores from Monday.",
        True,
        [("count", 680, None, None)],
        None,
    ),
    ("en", "Industry groups urged Ottawa to shield small manufacturers from the fallout.", False, [], None),
    # --- Exporte in die USA brechen ein (APA) ---
    (
        "de",
        "Wien (APA) - Die heimischen Warenausfuhren in die Vereinigten Staaten sind im Jänner um 12,6 Prozent auf 1,48 Mrd. Euro gesunken, teilte die Statistik Austria am Mittwoch mit.",
        True,
        [("percent", 12.6, "%", None), ("money", 1480000000, "EUR", None)],
        "die Statistik Austria",
    ),
    (
        "de",
        "Die USA sind nach Deutschland und Italien der drittwichtigste Markt für heimische Exporteure.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Rund 4.800 österreichische Unternehmen liefern nach Angaben der Wirtschaftskammer direkt in die Vereinigten Staaten.",
        True,
        [("count", 4800, None, "about")],
        "die Wirtschaftskammer",
    ),
    (
        "de",
        "Wirtschaftsminister Wolfgang Pichlmayr sagte, die Regierung werde beim nächsten Ministerrat ein Exportförderpaket von 300 Mio. Euro beschließen.",
        True,
        [("money", 300000000, "EUR", None)],
        "Wolfgang Pichlmayr",
    ),
    ("de", "„Niemand gewinnt, wenn sich die Welt einmauert“, so Pichlmayr.", False, [], None),
    (
        "de",
        "Die Industriellenvereinigung rechnet heuer mit einem spürbaren Dämpfer für die Konjunktur, nannte aber keine Zahl.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jeder vierte Euro, den die heimische Industrie im Ausland verdient, stammt laut Wifo aus Märkten außerhalb der EU.",
        True,
        [("fraction", 0.25, None, None)],
        "Wifo",
    ),
    # --- China retaliates on U.S. farm goods (Reuters) ---
    (
        "en",
        "BEIJING, March 4 (Reuters) - China said on Wednesday it would impose additional tariffs of 15% on U.S. chicken, wheat, corn and cotton and of 10% on soybeans, pork and beef from March 10.",
        True,
        [
            ("date", "--03-04", None, None),
            ("percent", 15, "%", None),
            ("percent", 10, "%", None),
            ("date", "--03-10", None, None),
        ],
        None,
    ),
    (
        "en",
        "The commerce ministry also put 15 U.S. companies on its export control list, barring them from buying dual-use items from Chinese suppliers.",
        True,
        [("count", 15, None, None)],
        None,
    ),
    (
        "en",
        'A ministry spokesperson called the U.S. tariffs "unilateral bullying" and urged Washington to return to dialogue.',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. agricultural exports to China totaled $24.7 billion last year, down from a peak of $38 billion in 2022, Agriculture Department data show.",
        True,
        [("money", 24700000000, "USD", None), ("money", 38000000000, "USD", None), ("year", 2022, None, None)],
        None,
    ),
    (
        "en",
        "Soybeans made up about half of that, and China remains the single largest buyer of the U.S. crop.",
        True,
        [("fraction", 0.5, None, "about")],
        None,
    ),
    (
        "en",
        "It is the third round of tit-for-tat measures between the world's two largest economies since January.",
        True,
        [("ordinal", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    ("en", "Whether Beijing will also go after Boeing or U.S. chipmakers remains unclear.", False, [], None),
    # --- Maschinenbauer erwarten Produktionsminus (Reuters) ---
    (
        "de",
        "Frankfurt (Reuters) - Wegen der höheren US-Zölle erwartet der Maschinenbauverband VDMA, dass die Produktion seiner Branche in diesem Jahr real um 3 Prozent schrumpft.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Branche lieferte zuletzt Maschinen im Wert von knapp 30 Milliarden Euro in die Vereinigten Staaten, ihren mit Abstand größten Einzelmarkt.",
        True,
        [("money", 30000000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "„Diese Zölle sind pures Gift für eine Branche, die vom Export lebt“, sagte VDMA-Präsident Ortwin Scheffler.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jedes dritte Mitgliedsunternehmen plane, Teile der Fertigung in die USA zu verlagern, sagte Scheffler.",
        True,
        [("fraction", 0.3333, None, None)],
        "Scheffler",
    ),
    ("de", "An der Umfrage des Verbands beteiligten sich 612 Unternehmen.", True, [("count", 612, None, None)], None),
    (
        "de",
        "Der Auftragseingang aus Nordamerika lag im Januar um 18 Prozent unter dem Niveau des Vorjahresmonats.",
        True,
        [("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Ob die Verlagerungen auch Arbeitsplätze in Deutschland kosten, konnte Scheffler nicht sagen.",
        False,
        [],
        None,
    ),
    # --- Soybean prices slump on Beijing's tariffs (AP) ---
    (
        "en",
        "DES MOINES, Iowa (AP) — Soybean futures in Chicago sank to their lowest level in five years on Thursday after Beijing's tariff announcement.",
        True,
        [("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The most-active contract lost 31 cents to settle at $9.84 a bushel.",
        True,
        [("money", 0.31, "USD", None), ("money", 9.84, "USD", None)],
        None,
    ),
    (
        "en",
        "Iowa farmers planted about 10 million acres of soybeans last year, and roughly a fifth of the crop was shipped to China.",
        True,
        [("count", 10000000, None, "about"), ("fraction", 0.2, None, "about")],
        None,
    ),
    (
        "en",
        '"We\'ve been through this before, and we know who ends up paying," said Dwight Sorensen, who grows corn and soybeans on 1,400 acres near Ames.',
        False,
        [("count", 1400, None, None)],
        None,
    ),
    (
        "en",
        "The American Soybean Association said growers had lost nearly $10 billion in sales during the 2018-19 trade war.",
        True,
        [("money", 10000000000, "USD", "nearly"), ("year", 2018, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The Agriculture Department said it would open applications on April 6 for a $12 billion bridge payment program for row-crop farmers.",
        True,
        [("date", "--04-06", None, None), ("money", 12000000000, "USD", None)],
        None,
    ),
    ("en", "Farm groups hope the money will arrive before spring planting.", False, [], None),
    # --- Schweizer Exporte in die USA rückläufig (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Schweizer Exporte in die USA sind im Februar um 9,2 Prozent auf 4,7 Milliarden Franken zurückgegangen.",
        True,
        [("percent", 9.2, "%", None), ("money", 4700000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Besonders stark brachen die Uhrenausfuhren ein, sie sanken nach Zahlen des Bundesamts für Zoll und Grenzsicherheit um gut ein Fünftel.",
        True,
        [("fraction", 0.2, None, "over")],
        None,
    ),
    (
        "de",
        "Wirtschaftsministerin Cécile Aebischer sagte vor den Medien, der Bundesrat habe Washington ein verbessertes Angebot mit Investitionszusagen von 200 Mia. Franken übermittelt.",
        True,
        [("money", 200000000000, "CHF", None)],
        "Cécile Aebischer",
    ),
    ("de", "«Wir verhandeln hart, aber nicht um jeden Preis», sagte Aebischer.", False, [], None),
    (
        "de",
        "Seit dem 1. August gilt für die meisten Schweizer Waren ein Zusatzzoll von 31 Prozent.",
        True,
        [("date", "--08-01", None, None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 8'400 Stellen in der Uhren- und Maschinenindustrie sind laut Swissmem akut gefährdet.",
        True,
        [("count", 8400, None, "about")],
        "Swissmem",
    ),
    (
        "de",
        "Die Gewerkschaft Unia forderte den Bundesrat auf, die Höchstdauer der Kurzarbeit auf 24 Monate zu verlängern.",
        True,
        [("duration", 24, "month", None)],
        None,
    ),
    # --- Mexico raises tariffs on Asian imports (Reuters) ---
    (
        "en",
        "MEXICO CITY, March 5 (Reuters) - Mexico will raise tariffs on cars, steel and textiles from countries without a trade agreement, including China, to as much as 50%, Economy Minister Esteban Olivares said on Thursday.",
        True,
        [("date", "--03-05", None, None), ("percent", 50, "%", "up_to")],
        "Esteban Olivares",
    ),
    (
        "en",
        "The measure covers 1,463 tariff lines and imports worth about $52 billion a year, Olivares said.",
        True,
        [("count", 1463, None, None), ("money", 52000000000, "USD", "about")],
        "Olivares",
    ),
    (
        "en",
        "Olivares said the higher duties would help protect around 290,000 jobs in the auto and textile industries.",
        True,
        [("count", 290000, None, "about")],
        "Olivares",
    ),
    (
        "en",
        'Beijing\'s commerce ministry voiced "firm opposition" to the plan and warned of countermeasures without giving details.',
        False,
        [],
        None,
    ),
    (
        "en",
        "China was Mexico's second-largest source of imports last year, with shipments worth $129.6 billion.",
        True,
        [("ordinal", 2, None, None), ("money", 129600000000, "USD", None)],
        None,
    ),
    ("en", "The United States buys more than 80% of Mexico's exports.", True, [("percent", 80, "%", "over")], None),
    ("en", "Mexico's Senate is scheduled to vote on the bill next week.", True, [], None),
    # --- Autobauer fürchten Einbruch in den USA (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die deutschen Autobauer haben im vergangenen Jahr rund 430.000 Neuwagen in die USA exportiert, 7 Prozent weniger als im Jahr davor.",
        True,
        [("count", 430000, None, "about"), ("percent", 7, "%", None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen des Verbands der Automobilindustrie verteuert der neue Satz von 27,5 Prozent ein in Deutschland gebautes Mittelklassemodell in den USA um durchschnittlich 6.800 Dollar.",
        True,
        [("percent", 27.5, "%", None), ("money", 6800, "USD", None)],
        None,
    ),
    (
        "de",
        "„Mit dieser Zollpolitik schießt sich Washington ins eigene Knie“, sagte VDA-Präsidentin Hildegard Brenninger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Deutsche Hersteller und Zulieferer beschäftigen nach Verbandsangaben in den Vereinigten Staaten rund 138.000 Menschen, davon knapp 48.000 in eigenen Werken.",
        True,
        [("count", 138000, None, "about"), ("count", 48000, None, "nearly")],
        None,
    ),
    (
        "de",
        "Brenninger sagte, die EU solle im Gegenzug anbieten, ihren Zoll auf US-Autos von 10 auf 2,5 Prozent zu senken.",
        True,
        [("percent", 10, "%", None), ("percent", 2.5, "%", None)],
        "Brenninger",
    ),
    (
        "de",
        "Die Aktien der Autobauer gaben im Dax um bis zu 4,2 Prozent nach.",
        True,
        [("percent", 4.2, "%", "up_to")],
        None,
    ),
    ("de", "Ob die Hersteller ihre Preise in den USA anheben, wollte der Verband nicht sagen.", False, [], None),
    # --- UK exports to U.S. fall, car deal "close" (Reuters) ---
    (
        "en",
        "LONDON, March 6 (Reuters) - Britain's goods exports to the United States fell 11.3% to 4.2 billion pounds in January, official figures released on Friday showed.",
        True,
        [("date", "--03-06", None, None), ("percent", 11.3, "%", None), ("money", 4200000000, "GBP", None)],
        None,
    ),
    (
        "en",
        'Business and Trade Secretary Gareth Pennock said London was "close" to a deal that would cut the U.S. tariff on British cars to 10% for an annual quota of 100,000 vehicles.',
        True,
        [("percent", 10, "%", None), ("count", 100000, None, None)],
        "Gareth Pennock",
    ),
    ("en", '"We will not be rushed into a bad deal by anybody\'s deadline," Pennock said.', False, [], None),
    (
        "en",
        "The Scotch Whisky Association said exports to the U.S., its biggest market, were worth 971 million pounds last year, a fifth of the industry's total.",
        True,
        [("money", 971000000, "GBP", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "The 10% duty on whisky costs distillers about 4 million pounds a week, the association estimated.",
        True,
        [("percent", 10, "%", None), ("money", 4000000, "GBP", "about")],
        None,
    ),
    ("en", "The pound was little changed at $1.2815.", True, [("money", 1.2815, "USD", None)], None),
    (
        "en",
        'Opposition lawmakers called the government\'s approach "naive" and demanded a vote in parliament.',
        False,
        [],
        None,
    ),
    # --- EU kappt Stahlquoten (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Die EU senkt die zollfreien Einfuhrmengen für Stahl fast auf die Hälfte und erhebt auf darüber hinausgehende Mengen künftig einen Zoll von 50 Prozent.",
        True,
        [("fraction", 0.5, None, "nearly"), ("percent", 50, "%", None)],
        None,
    ),
    (
        "de",
        "Die zollfreie Menge sinkt von 33,6 Millionen auf 18,1 Millionen Tonnen im Jahr, wie die Kommission mitteilte.",
        True,
        [("count", 33600000, None, None), ("count", 18100000, None, None)],
        None,
    ),
    (
        "de",
        "Die neue Regelung soll ab dem 1. Juli gelten und die bisherige Schutzklausel ersetzen, die nach den Regeln der WTO Ende Juni ausläuft.",
        True,
        [("date", "--07-01", None, None)],
        None,
    ),
    (
        "de",
        "Die Wirtschaftsvereinigung Stahl nannte den Schritt einen „Rettungsanker in höchster Not“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In Deutschland arbeiten nach Verbandsangaben rund 80.000 Menschen direkt in der Stahlindustrie.",
        True,
        [("count", 80000, None, "about")],
        None,
    ),
    ("de", "Die Hochöfen waren zuletzt zu knapp 70 Prozent ausgelastet.", True, [("percent", 70, "%", "nearly")], None),
    (
        "de",
        "Rund ein Dutzend Drittstaaten, darunter die Türkei und Indien, kündigten an, die neue Quotenregelung bei der Welthandelsorganisation anzufechten.",
        True,
        [("count", 12, None, "about")],
        None,
    ),
    # --- India's trade deficit widens (Reuters) ---
    (
        "en",
        "NEW DELHI, March 9 (Reuters) - India's merchandise exports fell 4.1% year on year to $36.9 billion in February, while imports rose 6.3% to $61.2 billion, government data showed on Monday.",
        True,
        [
            ("date", "--03-09", None, None),
            ("percent", 4.1, "%", None),
            ("money", 36900000000, "USD", None),
            ("percent", 6.3, "%", None),
            ("money", 61200000000, "USD", None),
        ],
        None,
    ),
    (
        "en",
        "That left a trade deficit of $24.3 billion, the widest in eight months.",
        True,
        [("money", 24300000000, "USD", None), ("duration", 8, "month", None)],
        None,
    ),
    (
        "en",
        "Shipments to the United States, which has slapped a 50% tariff on many Indian goods, dropped by nearly a third.",
        True,
        [("percent", 50, "%", None), ("fraction", 0.3333, None, "nearly")],
        None,
    ),
    (
        "en",
        "Commerce Minister Vikram Sethuraman said negotiators would meet U.S. officials in Washington for a fifth round of talks on March 23.",
        True,
        [("ordinal", 5, None, None), ("date", "--03-23", None, None)],
        "Vikram Sethuraman",
    ),
    (
        "en",
        '"India will not negotiate with a gun to its head," Sethuraman told a business conference in Mumbai.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Federation of Indian Export Organisations estimated that textile and gem exporters had shed about 150,000 jobs since August.",
        True,
        [("count", 150000, None, "about")],
        None,
    ),
    (
        "en",
        "Exporters have asked the government for an interest subsidy of 3 percentage points on export credit.",
        True,
        [("percent", 3, "pp", None)],
        None,
    ),
    # --- EU-Staaten billigen Mercosur-Abkommen (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Nach mehr als 25 Jahren Verhandlungen haben die EU-Staaten das Handelsabkommen mit dem südamerikanischen Staatenbund Mercosur gebilligt.",
        True,
        [("duration", 25, "year", "over")],
        None,
    ),
    (
        "de",
        "Im Rat stimmten nach einer fast zwölfstündigen Sitzung 21 Länder dafür, Frankreich, Polen, Österreich und Irland dagegen, Belgien und die Niederlande enthielten sich.",
        True,
        [("duration", 12, "hour", "nearly"), ("count", 21, None, None)],
        None,
    ),
    (
        "de",
        "Das Abkommen soll für mehr als 90 Prozent des Warenhandels die Zölle schrittweise abschaffen und europäischen Exporteuren jährlich rund 4 Milliarden Euro an Abgaben ersparen.",
        True,
        [("percent", 90, "%", "over"), ("money", 4000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Für Rindfleisch aus Südamerika sieht der Vertrag eine Einfuhrquote von 99.000 Tonnen mit einem ermäßigten Zollsatz von 7,5 Prozent vor.",
        True,
        [("count", 99000, None, None), ("percent", 7.5, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bauernverband sprach von einem „schwarzen Tag für die bäuerlichen Familienbetriebe in Europa“.",
        False,
        [],
        None,
    ),
    ("de", "Bauernpräsident Joachim Rückert kündigte Proteste in Brüssel und Straßburg an.", True, [], None),
    (
        "de",
        "Das Europaparlament muss dem Abkommen noch zustimmen, die Abstimmung ist für April angesetzt.",
        True,
        [],
        None,
    ),
    ("de", "Ob eine Mehrheit der Abgeordneten zustimmt, gilt als ungewiss.", False, [], None),
    # --- EU takes brandy dispute to WTO (Reuters) ---
    (
        "en",
        "GENEVA, March 10 (Reuters) - The European Union has filed a complaint at the World Trade Organization over Chinese anti-dumping duties of up to 39.5% on European brandy, the bloc's 12th case against Beijing.",
        True,
        [("date", "--03-10", None, None), ("percent", 39.5, "%", "up_to"), ("ordinal", 12, None, None)],
        None,
    ),
    (
        "en",
        "Under WTO rules, the two sides now have 60 days to settle the dispute through consultations before Brussels can ask for a panel.",
        True,
        [("count", 2, None, None), ("duration", 60, "day", None)],
        None,
    ),
    (
        "en",
        'China\'s mission to the WTO said the duties were "fully consistent" with international rules.',
        True,
        [],
        None,
    ),
    (
        "en",
        "French cognac exports to China fell 23% last year to 1.1 billion euros, industry body BNIC said.",
        True,
        [("percent", 23, "%", None), ("money", 1100000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The WTO's Appellate Body has been unable to hear appeals since December 2019, when Washington blocked the appointment of new members.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        'A spokesman for Beijing\'s commerce ministry urged Brussels to "correct its wrong practices" and return to the negotiating table.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Several cognac houses have cut production and sent seasonal workers home since the provisional duties took effect.",
        True,
        [],
        None,
    ),
    # --- WTO senkt Handelsprognose (dpa) ---
    (
        "de",
        "Genf (dpa) - Die Welthandelsorganisation WTO erwartet für dieses Jahr nur noch ein Wachstum des weltweiten Warenhandels um 0,4 Prozent.",
        True,
        [("percent", 0.4, "%", None)],
        None,
    ),
    (
        "de",
        "Im Herbst hatte sie noch ein Plus von 1,8 Prozent vorhergesagt.",
        True,
        [("percent", 1.8, "%", None)],
        None,
    ),
    (
        "de",
        "Sollten die Zölle weiter steigen, könnte der Handel sogar um bis zu 1,5 Prozent schrumpfen, heißt es in dem Bericht.",
        True,
        [("percent", 1.5, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Der Anteil des Welthandels, der zu den Meistbegünstigungsregeln der WTO abgewickelt wird, sank nach Berechnungen der Organisation von 80 auf 72 Prozent.",
        True,
        [("percent", 80, "%", None), ("percent", 72, "%", None)],
        None,
    ),
    (
        "de",
        "Die Generaldirektorin der WTO sprach von der „ernstesten Bedrohung für den regelbasierten Handel seit Jahrzehnten“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nordamerika dürfte demnach als einzige Region einen Rückgang der Exporte verzeichnen, und zwar um 9,8 Prozent.",
        True,
        [("percent", 9.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Organisation mit Sitz in Genf zählt 166 Mitglieder, auf die rund 98 Prozent des Welthandels entfallen.",
        True,
        [("count", 166, None, None), ("percent", 98, "%", "about")],
        None,
    ),
    # --- Japan's U.S.-bound exports fall for sixth month (Reuters) ---
    (
        "en",
        "TOKYO, March 11 (Reuters) - Japan's exports to the United States fell for a sixth straight month in February, dropping 8.7% from a year earlier as car shipments slumped, Finance Ministry data showed on Wednesday.",
        True,
        [("date", "--03-11", None, None), ("ordinal", 6, None, None), ("percent", 8.7, "%", None)],
        None,
    ),
    (
        "en",
        "Automobile exports to the U.S. fell 14.2% in value but only 3.9% in volume, suggesting carmakers were absorbing much of the tariff cost.",
        True,
        [("percent", 14.2, "%", None), ("percent", 3.9, "%", None)],
        None,
    ),
    (
        "en",
        "Japan's overall trade balance swung to a deficit of 584.1 billion yen ($3.9 billion).",
        True,
        [("money", 584100000000, "JPY", None), ("money", 3900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Trade minister Takumi Arakawa said Tokyo would press Washington to honour a deal capping the tariff on Japanese cars at 15%.",
        True,
        [("percent", 15, "%", None)],
        "Takumi Arakawa",
    ),
    ("en", '"A promise is a promise, and we expect it to be kept," Arakawa said.', False, [], None),
    (
        "en",
        '"Carmakers cannot keep swallowing these costs forever," said Haruka Nishimoto, senior economist at a Tokyo research institute.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Japanese automakers shipped 1.37 million vehicles to the United States last year, about a quarter of their total exports.",
        True,
        [("count", 1370000, None, None), ("fraction", 0.25, None, "about")],
        None,
    ),
    # --- Deutsche Exporte sinken überraschend (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Im Januar sind die Ausfuhren der deutschen Wirtschaft überraschend um 2,3 Prozent gegenüber dem Vormonat gesunken.",
        True,
        [("percent", 2.3, "%", None)],
        None,
    ),
    (
        "de",
        "Die Ausfuhren summierten sich auf 127,9 Milliarden Euro, die Einfuhren auf 110,6 Milliarden Euro, teilte das Statistische Bundesamt am Montag mit.",
        True,
        [("money", 127900000000, "EUR", None), ("money", 110600000000, "EUR", None)],
        "das Statistische Bundesamt",
    ),
    (
        "de",
        "Der Überschuss in der Handelsbilanz verringerte sich damit auf 17,3 Milliarden Euro, nach 20,1 Milliarden im Dezember.",
        True,
        [("money", 17300000000, "EUR", None), ("money", 20100000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Exporte in die USA brachen um 9,6 Prozent auf 11,8 Milliarden Euro ein, die Ausfuhren nach China sanken um 4,4 Prozent.",
        True,
        [("percent", 9.6, "%", None), ("money", 11800000000, "EUR", None), ("percent", 4.4, "%", None)],
        None,
    ),
    (
        "de",
        "Von Reuters befragte Ökonomen hatten lediglich mit einem Rückgang von 0,8 Prozent gerechnet.",
        True,
        [("percent", 0.8, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Zollmauer zeigt Wirkung, und zwar schneller, als uns lieb sein kann“, sagte ein Außenhandelsexperte der Commerzbank.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Für das erste Quartal rechnet das Ifo-Institut mit einem Rückgang der Wirtschaftsleistung um 0,2 Prozent.",
        True,
        [("ordinal", 1, None, None), ("percent", 0.2, "%", None)],
        None,
    ),
    # --- South Korea's chip exports surge (Reuters) ---
    (
        "en",
        "SEOUL, March 12 (Reuters) - South Korea's exports rose 3.1% in the first 10 days of March from a year earlier, lifted by record chip sales, customs data showed on Thursday.",
        True,
        [
            ("date", "--03-12", None, None),
            ("percent", 3.1, "%", None),
            ("ordinal", 1, None, None),
            ("duration", 10, "day", None),
        ],
        None,
    ),
    (
        "en",
        "Semiconductor exports jumped 27.4% to $4.6 billion, while car shipments to the United States fell by a fifth.",
        True,
        [("percent", 27.4, "%", None), ("money", 4600000000, "USD", None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        "Trade Minister Han Do-yeon said Seoul had offered to invest $120 billion in U.S. shipbuilding in exchange for lower tariffs.",
        True,
        [("money", 120000000000, "USD", None)],
        "Han Do-yeon",
    ),
    (
        "en",
        "Han said the two sides would hold a ninth round of talks in Washington next month.",
        True,
        [("count", 2, None, None), ("ordinal", 9, None, None)],
        "Han",
    ),
    ("en", '"Our patience has limits, and so does our wallet," Han said.', False, [], None),
    (
        "en",
        "Exports to China, South Korea's biggest market, rose 5.6% to $3.9 billion.",
        True,
        [("percent", 5.6, "%", None), ("money", 3900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The Bank of Korea cut its growth forecast for the year by half a percentage point to 1.1%, citing the tariffs.",
        True,
        [("percent", 0.5, "pp", None), ("percent", 1.1, "%", None)],
        None,
    ),
    # --- Mindestpreise statt Strafzölle für E-Autos (dpa) ---
    (
        "de",
        "Brüssel/Peking (dpa) - Die EU und China haben sich nach anderthalb Jahren Verhandlungen auf Mindestpreise für in China gebaute Elektroautos verständigt.",
        True,
        [("duration", 1.5, "year", None)],
        None,
    ),
    (
        "de",
        "Im Gegenzug entfallen die Ausgleichszölle von bis zu 33,8 Prozent für Hersteller, die sich an die Preise halten, teilte die Kommission mit.",
        True,
        [("percent", 33.8, "%", "up_to")],
        "die Kommission",
    ),
    (
        "de",
        "Chinesische Marken kamen im vergangenen Jahr auf einen Anteil von 8,2 Prozent am europäischen Markt für reine Elektroautos.",
        True,
        [("percent", 8.2, "%", None)],
        None,
    ),
    (
        "de",
        "Hellqvist sagte, die Mindestpreise würden jährlich überprüft und an die Inflation angepasst.",
        True,
        [],
        "Hellqvist",
    ),
    ("de", "Die Vereinbarung gilt zunächst für drei Jahre.", True, [("duration", 3, "year", None)], None),
    ("de", "Der europäische Herstellerverband warnte vor einer „Hintertür für Dumping“.", False, [], None),
    (
        "de",
        "Das chinesische Handelsministerium begrüßte die Einigung als „pragmatischen Schritt in die richtige Richtung“.",
        False,
        [],
        None,
    ),
    # --- U.S. widens steel derivative tariffs (Reuters) ---
    (
        "en",
        "WASHINGTON, March 16 (Reuters) - The Commerce Department added 407 product categories to the list of steel and aluminum derivatives subject to 50% tariffs, from refrigerators to wind turbine parts.",
        True,
        [("date", "--03-16", None, None), ("count", 407, None, None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        "The new listings take effect at 12:01 a.m. EDT on Monday and cover goods worth an estimated $320 billion a year.",
        True,
        [("money", 320000000000, "USD", "about")],
        None,
    ),
    (
        "en",
        "Commerce Secretary Marjorie Kettering said the list would be updated three times a year.",
        True,
        [("count", 3, None, None)],
        "Marjorie Kettering",
    ),
    ("en", '"American steel is back, and it is here to stay," Kettering said.', False, [], None),
    (
        "en",
        "The National Association of Manufacturers said a survey of 1,200 members found that more than two-fifths had put investments on hold because of tariff uncertainty.",
        True,
        [("count", 1200, None, None), ("fraction", 0.4, None, "over")],
        None,
    ),
    (
        "en",
        "U.S. steel imports fell 17% last year to 22.6 million metric tons, the lowest since 2009, according to the American Iron and Steel Institute.",
        True,
        [("percent", 17, "%", None), ("count", 22600000, None, None), ("year", 2009, None, None)],
        None,
    ),
    ("en", "Manufacturers fear the list will keep growing.", False, [], None),
    # --- Rohrhersteller baut Stellen ab (APA) ---
    (
        "de",
        "Linz (APA) - Der oberösterreichische Rohrhersteller Ennstaler Rohrwerke streicht wegen der US-Zölle 240 seiner 1.850 Arbeitsplätze.",
        True,
        [("count", 240, None, None), ("count", 1850, None, None)],
        None,
    ),
    (
        "de",
        "Der Umsatz mit Kunden in Nordamerika sei im Vorjahr um 37 Prozent auf 86 Mio. Euro eingebrochen, sagte Geschäftsführerin Brigitte Loidl.",
        True,
        [("percent", 37, "%", None), ("money", 86000000, "EUR", None)],
        "Brigitte Loidl",
    ),
    (
        "de",
        "Für die Betroffenen wird eine Arbeitsstiftung mit einer Laufzeit von bis zu vier Jahren eingerichtet, teilte das Unternehmen mit.",
        True,
        [("duration", 4, "year", "up_to")],
        "das Unternehmen",
    ),
    (
        "de",
        "„Die Leute haben nichts falsch gemacht, und trotzdem trifft es sie“, sagte Betriebsratschef Herbert Wimmleitner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Land Oberösterreich stellt nach Angaben des Wirtschaftsressorts 2,5 Mio. Euro für Umschulungen bereit.",
        True,
        [("money", 2500000, "EUR", None)],
        None,
    ),
    ("de", "Ob weitere Standorte betroffen sind, ließ Loidl offen.", False, [], None),
    # --- Los Angeles port imports drop (AP) ---
    (
        "en",
        "LOS ANGELES (AP) — Imports through the Port of Los Angeles fell 18% in February to 702,000 TEUs as retailers pulled back orders ahead of the new tariffs.",
        True,
        [("percent", 18, "%", None), ("count", 702000, None, None)],
        None,
    ),
    (
        "en",
        "Executive Director Ramón Echeverría said volumes could drop by a further 25% in the spring.",
        True,
        [("percent", 25, "%", None)],
        "Ramón Echeverría",
    ),
    ("en", '"Empty shelves are not a policy, they are a consequence," Echeverría said.', False, [], None),
    (
        "en",
        "The National Retail Federation forecast that imports at major U.S. container ports would total 23.1 million TEUs this year, down 8.4% from last year.",
        True,
        [("count", 23100000, None, None), ("percent", 8.4, "%", None)],
        None,
    ),
    (
        "en",
        '"Nobody down here knows what next month looks like," said truck driver Marcus Bell, 52.',
        False,
        [("duration", 52, "year", None)],
        None,
    ),
    (
        "en",
        "Dockworkers lost an estimated 40,000 shifts in February, according to the International Longshore and Warehouse Union.",
        True,
        [("count", 40000, None, "about")],
        None,
    ),
    # --- Umfrage: Exporteure ziehen sich aus den USA zurück (dpa) ---
    (
        "de",
        "Berlin (dpa) - Fast jedes zweite exportierende Unternehmen in Deutschland rechnet laut einer Umfrage der Deutschen Industrie- und Handelskammer mit schlechteren Geschäften in den USA.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Befragt wurden zwischen dem 2. und 16. Februar 2.470 Betriebe.",
        True,
        [("date", "--02-02", None, None), ("date", "--02-16", None, None), ("count", 2470, None, None)],
        None,
    ),
    (
        "de",
        "„Die Unsicherheit ist für viele Mittelständler inzwischen schlimmer als der Zoll selbst“, sagte DIHK-Außenwirtschaftschef Malte Renninger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Renninger sagte, 38 Prozent der Firmen wollten ihre Investitionen in den USA kürzen, nur 11 Prozent planten eine Ausweitung.",
        True,
        [("percent", 38, "%", None), ("percent", 11, "%", None)],
        "Renninger",
    ),
    (
        "de",
        "Der Groß- und Außenhandelsverband BGA senkte seine Exportprognose für dieses Jahr auf ein Minus von 2,5 Prozent.",
        True,
        [("percent", 2.5, "%", None)],
        None,
    ),
    (
        "de",
        "Im Januar hatte der Verband noch ein leichtes Plus von 0,5 Prozent erwartet.",
        True,
        [("percent", 0.5, "%", None)],
        None,
    ),
    (
        "de",
        "BGA-Präsident Henning Vosskamp appellierte an Berlin und Brüssel, „jetzt nicht die Nerven zu verlieren“.",
        False,
        [],
        None,
    ),
    # --- Australia takes beef tariff to WTO (Reuters) ---
    (
        "en",
        "CANBERRA, March 18 (Reuters) - Australia will challenge U.S. tariffs on its beef at the World Trade Organization, Trade Minister Fiona Caldicott said on Wednesday.",
        True,
        [("date", "--03-18", None, None)],
        "Fiona Caldicott",
    ),
    (
        "en",
        "Australian beef exports to the United States hit a record A$4.6 billion last year, making it the industry's largest market for a third year running.",
        True,
        [("money", 4600000000, "AUD", None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Caldicott said the 10% tariff breached a free trade agreement that had been in force since 2005.",
        True,
        [("percent", 10, "%", None), ("year", 2005, None, None)],
        "Caldicott",
    ),
    ("en", '"Good friends don\'t put tariffs on each other," Caldicott said.', False, [], None),
    (
        "en",
        "Meat & Livestock Australia estimates the tariff costs producers about A$180 million a year.",
        True,
        [("money", 180000000, "AUD", "about")],
        None,
    ),
    (
        "en",
        "U.S. officials have long described Australia's biosecurity rules on American beef as a hidden trade barrier.",
        False,
        [],
        None,
    ),
    # --- Weinexporte in die USA sinken (dpa) ---
    (
        "de",
        "Mainz (dpa) - Die deutschen Weinexporte in die USA sind im vergangenen Jahr um 14 Prozent auf 83 Millionen Liter gesunken.",
        True,
        [("percent", 14, "%", None), ("count", 83000000, None, None)],
        None,
    ),
    (
        "de",
        "Wertmäßig entspricht das einem Rückgang um knapp ein Sechstel auf 312 Millionen Euro, wie das Deutsche Weininstitut mitteilte.",
        True,
        [("fraction", 0.1667, None, "nearly"), ("money", 312000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die USA sind damit hinter den Niederlanden nur noch der zweitgrößte Abnehmer deutschen Weins.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Der Rheingauer Winzer Kilian Rottenberger sagte, er habe seine Lieferungen an Händler in New York fast halbiert.",
        True,
        [],
        None,
    ),
    ("de", "„Riesling ist doch keine Bedrohung für die nationale Sicherheit“, sagte Rottenberger.", False, [], None),
    (
        "de",
        "Auf Wein aus der EU wird künftig ein US-Zoll von 20 Prozent fällig.",
        True,
        [("percent", 20, "%", None)],
        None,
    ),
    # --- Vietnam's surplus with U.S. hits record (Reuters) ---
    (
        "en",
        "HANOI, March 19 (Reuters) - Vietnam's trade surplus with the United States widened to a record $14.2 billion over January and February combined, customs data showed on Thursday.",
        True,
        [("date", "--03-19", None, None), ("money", 14200000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Washington has threatened a 40% tariff on goods it deems to have been transshipped through Vietnam to dodge duties on Chinese products.",
        True,
        [("percent", 40, "%", None)],
        None,
    ),
    (
        "en",
        "Vietnam's trade ministry said it had tightened checks on certificates of origin and revoked 126 of them since January.",
        True,
        [("count", 126, None, None)],
        None,
    ),
    (
        "en",
        "Electronics accounted for nearly two-fifths of Vietnam's exports to the U.S. last year.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    ("en", "Some analysts believe the crackdown is largely symbolic.", False, [], None),
    # --- Efta-Abkommen mit Indien tritt in Kraft (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Das Freihandelsabkommen der Efta-Staaten mit Indien tritt am 15. April in Kraft, gab das Staatssekretariat für Wirtschaft (Seco) in Bern bekannt.",
        True,
        [("date", "--04-15", None, None)],
        None,
    ),
    (
        "de",
        "Indien baut damit seine Zölle auf gut 95 Prozent der Industriegüter aus der Schweiz ab, viele davon über eine Frist von zehn Jahren.",
        True,
        [("percent", 95, "%", "over"), ("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Im Gegenzug haben sich die vier Efta-Länder verpflichtet, innert 12 Jahren Investitionen von 80 Milliarden Dollar in Indien anzustossen.",
        True,
        [("count", 4, None, None), ("duration", 12, "year", None), ("money", 80000000000, "USD", None)],
        None,
    ),
    (
        "de",
        "Die Schweizer Exporte nach Indien beliefen sich im vergangenen Jahr auf 1,9 Mia. Franken, Gold nicht eingerechnet.",
        True,
        [("money", 1900000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Das ist ein Türöffner für unsere KMU in einem Markt mit 1,4 Milliarden Menschen», sagte Seco-Direktorin Regula Tschannen.",
        False,
        [("count", 1400000000, None, None)],
        None,
    ),
    (
        "de",
        "Die indischen Zölle auf Schweizer Uhren von derzeit 20 Prozent sollen binnen sieben Jahren ganz wegfallen.",
        True,
        [("percent", 20, "%", None), ("duration", 7, "year", None)],
        None,
    ),
    # --- U.S. trade gap narrows as imports fall (Reuters) ---
    (
        "en",
        "WASHINGTON, April 2 (Reuters) - The U.S. trade deficit narrowed 14.6% to $81.7 billion in February as imports fell sharply ahead of the higher tariffs on European goods, the Commerce Department said on Thursday.",
        True,
        [("date", "--04-02", None, None), ("percent", 14.6, "%", None), ("money", 81700000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Economists polled by Reuters had forecast a deficit of $89.0 billion.",
        True,
        [("money", 89000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Imports of goods dropped 6.2% to $262.4 billion, the lowest level since November 2023.",
        True,
        [("percent", 6.2, "%", None), ("money", 262400000000, "USD", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        "The goods deficit with the European Union shrank by about a quarter to $15.3 billion.",
        True,
        [("fraction", 0.25, None, "about"), ("money", 15300000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Customs duties collected by the Treasury reached a record $31.4 billion in February, more than three times as much as a year earlier.",
        True,
        [("money", 31400000000, "USD", None), ("count", 3, None, "over")],
        None,
    ),
    ("en", "White House officials said the figures proved the tariffs were working.", False, [], None),
    # --- Bourbon makers feel EU squeeze (AP) ---
    (
        "en",
        "LOUISVILLE, Ky. (AP) — American whiskey exports to the European Union fell 41% in the fourth quarter after Brussels put bourbon on its list for a possible 50% counter-tariff.",
        True,
        [("percent", 41, "%", None), ("ordinal", 4, None, None), ("percent", 50, "%", None)],
        None,
    ),
    (
        "en",
        "The Distilled Spirits Council said the EU had been the industry's largest export market, worth $1.1 billion in a typical year.",
        True,
        [("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        '"Bourbon has become a bargaining chip, and nobody asked us," said Nora Whitlock, who runs a family distillery outside Bardstown.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whitlock said her company had cut its export staff from nine to three and shelved a $4 million expansion.",
        True,
        [("count", 9, None, None), ("count", 3, None, None), ("money", 4000000, "USD", None)],
        "Whitlock",
    ),
    (
        "en",
        "Kentucky produces about 93% of the world's bourbon, according to the Kentucky Distillers' Association.",
        True,
        [("percent", 93, "%", "about")],
        None,
    ),
    # --- Studie: Zölle kosten Milliarden (dpa) ---
    (
        "de",
        "Kiel (dpa) - Die höheren US-Zölle könnten die deutsche Wirtschaftsleistung nach Berechnungen des Kiel Instituts für Weltwirtschaft langfristig um 0,6 Prozent schmälern.",
        True,
        [("percent", 0.6, "%", None)],
        None,
    ),
    (
        "de",
        "Das entspräche einem Verlust von rund 26 Milliarden Euro pro Jahr.",
        True,
        [("money", 26000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Am stärksten betroffen wären demnach die Pharmabranche und der Maschinenbau, deren Exporte in die USA um bis zu 40 Prozent sinken könnten.",
        True,
        [("percent", 40, "%", "up_to")],
        None,
    ),
    (
        "de",
        "In den USA selbst dürften die Verbraucherpreise nach der Studie um 1,4 Prozentpunkte zusätzlich steigen.",
        True,
        [("percent", 1.4, "pp", None)],
        None,
    ),
    (
        "de",
        "„Ein Zoll ist eine Steuer auf die eigenen Bürger, die sich als Schutz verkleidet“, sagte Studienautor Jannik Thormählen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Thormählen sagte, neue Abkommen mit Indien und den Mercosur-Staaten könnten die Verluste höchstens zu einem Drittel ausgleichen.",
        True,
        [("fraction", 0.3333, None, "at_most")],
        "Thormählen",
    ),
    # --- U.S.-China talks end without truce extension (Reuters) ---
    (
        "en",
        "GENEVA, March 24 (Reuters) - U.S. and Chinese negotiators ended two days of talks in Geneva on Tuesday without agreeing to extend a tariff truce that expires on May 12.",
        True,
        [("date", "--03-24", None, None), ("duration", 2, "day", None), ("date", "--05-12", None, None)],
        None,
    ),
    (
        "en",
        "Under the truce, Washington's additional tariffs on Chinese goods are capped at 30% and Beijing's on U.S. goods at 10%.",
        True,
        [("percent", 30, "%", None), ("percent", 10, "%", None)],
        None,
    ),
    (
        "en",
        'Reece told reporters the talks had been "constructive" and that the two sides would meet again within three weeks.',
        True,
        [("count", 2, None, None), ("duration", 3, "week", None)],
        "Reece",
    ),
    ("en", 'China\'s lead negotiator said Beijing would "never accept" tariffs imposed under threat.', False, [], None),
    (
        "en",
        "Bilateral trade in goods fell to $582 billion last year, the lowest since 2020, according to Chinese customs data.",
        True,
        [("money", 582000000000, "USD", None), ("year", 2020, None, None)],
        None,
    ),
    ("en", "Whether the truce will be extended before the May deadline is unclear.", False, [], None),
    # --- Neue Quoten für ukrainische Agrarwaren (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Die EU begrenzt zollfreie Agrarimporte aus der Ukraine künftig wieder über feste Quoten.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für Weizen gilt ab Juni ein jährliches Kontingent von 1,3 Millionen Tonnen, für Zucker von 100.000 Tonnen und für Eier von 18.000 Tonnen.",
        True,
        [("count", 1300000, None, None), ("count", 100000, None, None), ("count", 18000, None, None)],
        None,
    ),
    (
        "de",
        "Darüber hinausgehende Mengen unterliegen dem regulären Zoll von 95 Euro je Tonne.",
        True,
        [("money", 95, "EUR", None)],
        None,
    ),
    (
        "de",
        "Polen, Ungarn und die Slowakei halten trotz der Einigung an ihren nationalen Einfuhrverboten fest.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Regierung in Kiew beziffert die erwarteten Einbußen ihrer Landwirte auf rund 3,5 Milliarden Euro im Jahr.",
        True,
        [("money", 3500000000, "EUR", "about")],
        None,
    ),
    ("de", "Polnische Bauern blockierten am Freitag erneut mit Traktoren den Grenzübergang Dorohusk.", True, [], None),
    ("de", "Der ukrainische Agrarminister nannte die Quoten „einen Dolchstoß unter Freunden“.", False, [], None),
    # --- U.S. opens probe into drone imports (Reuters) ---
    (
        "en",
        "WASHINGTON, March 26 (Reuters) - The Commerce Department has opened a Section 232 national security investigation into imports of commercial drones and polysilicon, giving the public 21 days to comment.",
        True,
        [("date", "--03-26", None, None), ("duration", 21, "day", None)],
        None,
    ),
    (
        "en",
        "The United States imported $2.4 billion worth of drones last year, about 80% of them from China.",
        True,
        [("money", 2400000000, "USD", None), ("percent", 80, "%", "about")],
        None,
    ),
    (
        "en",
        "Under the 1962 law, the department has 270 days to deliver its findings to the president.",
        True,
        [("year", 1962, None, None), ("duration", 270, "day", None)],
        None,
    ),
    ("en", "It is the 12th such investigation opened since January.", True, [("ordinal", 12, None, None)], None),
    (
        "en",
        '"This is an 11th-hour attempt to rescue an industry that missed the boat," said a Chinese drone distributor in California.',
        False,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        'A drone industry group said U.S. makers would not be able to replace Chinese supply "for years."',
        False,
        [],
        None,
    ),
    # --- Zölle auf Möbel und Bauholz (Reuters) ---
    (
        "de",
        "Washington (Reuters) - Die USA belegen Importe von Küchenschränken und Polstermöbeln ab dem 1. Mai mit einem 25-Prozent-Zoll.",
        True,
        [("date", "--05-01", None, None), ("percent", 25, "%", None)],
        None,
    ),
    (
        "de",
        "Für Bauholz gilt ein zehnprozentiger Aufschlag, der nach einer Übergangsfrist von sechs Monaten auf 30 % steigen soll.",
        True,
        [("percent", 10, "%", None), ("duration", 6, "month", None), ("percent", 30, "%", None)],
        None,
    ),
    (
        "de",
        "Deutsche Möbelhersteller verkauften im vergangenen Jahr Ware für 1,1 Milliarden Euro an US-Kunden, ein Achtel ihrer gesamten Ausfuhren, wie der Verband der Deutschen Möbelindustrie mitteilte.",
        True,
        [("money", 1100000000, "EUR", None), ("fraction", 0.125, None, None)],
        None,
    ),
    (
        "de",
        "„Wer Sofas mit Strafzöllen belegt, baut damit noch keine einzige Fabrik in Ohio“, sagte ein Verbandssprecher.",
        False,
        [],
        None,
    ),
    ("de", "Kanada, der größte Holzlieferant der USA, kündigte eine Beschwerde bei der WTO an.", True, [], None),
    (
        "de",
        "Es ist bereits die achtzehnte Zollmaßnahme, die Washington seit Jahresbeginn verhängt hat.",
        True,
        [("ordinal", 18, None, None)],
        None,
    ),
]
