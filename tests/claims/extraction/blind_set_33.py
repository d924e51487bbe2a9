"""Thirty-third blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, drugs and figures are
made up or used only as sample data (real names such as "Jerome Powell", "Christine
Lagarde", "Rachel Reeves", "Tedros Adhanom Ghebreyesus", "Commerzbank", "Nationwide",
"Worldpanel", "Ofgem", "ÖAMTC", "E-Control", "Generation Rent" and real statistics offices,
central banks, health agencies, institutes and journals stand for the way wire copy writes
them; what is said, measured and counted here is invented).

Its weight: THE ECONOMICS, SCIENCE AND HEALTH DESKS and the claims from these fields that
fact-checkers are asked about - half German (dpa, APA, Reuters, Keystone-SDA, AWP; Austrian
"Jänner", "heuer", Swiss "151'826", «» quotes, German „“ quotes) and half English (Reuters,
AP, PA, AFP, AAP; UK, US, Australian and Indian usage: "£1.6bn", "$38tn", "4.8p", "68
cents", "A$", "Rs 11.21 lakh crore", "CHF 725 billion", "1.47C", "Dec 17"), told as short
stories in story order: a dateline lead, background, figures, attribution, a quote, a
closing line. 16 German stories: German inflation (Destatis), Austrian inflation (Statistik
Austria, Wifo), the German labour market (Bundesagentur für Arbeit), Swiss unemployment and
wages (Seco, BFS), the Bundesbank's forecast, the Ifo business climate, an industrial
group's quarter, a Swiss drugmaker's half-year, house prices and building permits, energy
prices in Austria, the flu season (RKI), measles in Austria (AGES), a long-term diet study,
the DWD's climate review and Austria's emissions, a dpa fact check of an excess-mortality
post, Swiss health insurance premiums. 21 English stories: UK inflation (ONS), U.S. payrolls
(BLS), a Fed decision, the ECB, the SNB, UK house prices, a chipmaker's results and
guidance, a supermarket's half-year, energy and oil prices, U.S. measles (CDC), NHS waiting
lists and an UKHSA line, the WHO tuberculosis report, a stroke-drug trial in The Lancet, the
Copernicus and WMO climate figures, a glacier study in Nature, Australian inflation, Indian
GDP, and four fact checks (a vaccines-and-cancer post, a "one in five out of work"
graphic, an income-tax video, grocery prices). Numbers as such copy has them: decimal
commas and points, Swiss grouping, "Mio.", "Mrd.", "Bio.", "bn", "tn", pence and cents,
basis points and percentage points, ranges ("zwischen 12 und 22 Prozent", "4 bis 6
Prozent", "zwischen minus 0,1 und plus 0,1 Prozent", "between £2.9bn and £3.1bn", "0.66
to 0.83"), rates per 100,000 ("je 100.000 Einwohner", "per 100,000 people"), per-capita
figures, multipliers ("fast doppelt so hoch", "2,5-fach", "1,000-fold", "11.4 times",
"about 1.5 times as common"), verbs of change that carry none ("halbiert", "verdreifacht",
"halved", "doubled"), fractions ("ein Fünftel", "ein Viertel", "ein Zehntel", "zwei
Drittel", "jedes dritte", "a third", "a fifth", "a quarter", "nine-tenths", "one in five",
"1 in 60"), number words, ages, temperatures, ppm, tonnes, hedges.

236 rows (117 German, 119 English), 46 negatives (22 German, 24 English), 190 check-worthy
rows of which 10 carry no figure (7 German, 3 English), 360 expected quantities (120
percentages, 77 counts, 49 years, 42 amounts of money, 24 durations, 19 ordinals, 16
fractions, 13 dates; 3 of them in negatives), 38 checked speakers (20 German, 18
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; the others are new here):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  ("Im Jahresdurchschnitt 2025 seien knapp 2,95 Millionen Menschen arbeitslos gewesen,
  sagte BA-Vorstand Holger Kranich." -> "Holger Kranich"; "Die meisten Fälle gebe es
  derzeit in Wien und Niederösterreich, sagte AGES-Epidemiologin Petra Hollerer.").
- A claim attributed to a viral post, a graphic or a video is check-worthy with the speaker
  unchecked, and the figures set against it are check-worthy facts (twenty-ninth batch);
  the fact-checker's framing and verdict lines are negatives ("Die Behauptung ist
  falsch.", "Belege für eine Verdreifachung legt der Urheber des Beitrags nicht vor.",
  "AFP found no evidence to back up the post's figure.", "The graphic therefore confuses
  inactivity with unemployment.", "Those posts leave out important context."), as is the
  no-comment line "AAP FactCheck contacted the creator ... but did not receive a response."
  "Einen Teil des Anstiegs erklären die Statistiker mit der wachsenden Zahl älterer
  Menschen." is check-worthy (the statisticians' account of a cause, as the troopers' in
  the thirtieth batch); "Inactivity figures include students, carers and people who have
  retired early." is a definition that can be checked and is check-worthy, as "Die Bahn
  wertet einen Zug als pünktlich, solange ..." (twenty-eighth).
- Negatives, as these desks' copy has them: quoted opinion and verdicts with a named
  speaker (economists, a union economist, a central banker, company chiefs, a tenants' and
  a consumer advocate, a climatologist, a health official, researchers, a campaigner);
  analysts' opinions and hedged outlooks without a figure ("Analysten bewerteten den
  Ausblick als vorsichtig, aber erreichbar.", "Many analysts believe the glut will weigh on
  prices well into the second half." with its ordinal labelled, "How far the Fed can cut
  ... is a matter of fierce debate ..."); researchers' caveats phrased as opinion („Eine
  Beobachtungsstudie allein kann keinen ursächlichen Zusammenhang belegen“, "Experten gehen
  von einer erheblichen Dunkelziffer aus.", "Economists cautioned that a single month's
  data should not be over-interpreted.", "Independent experts said longer follow-up was
  needed before the drug could be widely recommended."); generic truisms and warnings in
  quotes („Masern sind keine harmlose Kinderkrankheit“, ""Vaccination remains the best
  protection against measles,""); advice to patients and consumers ("Der Autofahrerclub
  rät ...", "Ernährungsfachleute raten ...", "Parents with questions should talk to their
  child's doctor."); open questions ("Ob die Teuerung ... unter zwei Prozent fällt, hängt
  ... ab." with percent 2 "under" labelled, "Wie sich die Bauzinsen ... entwickeln, gilt
  als entscheidend ...", "Whether the Bank will keep cutting ... remains an open
  question."); a catchword ("von einem „Tropfen auf den heißen Stein“"); "Scientists say
  the world is running out of time to keep the 1.5C goal within reach." (rhetoric, its
  count 1.5 labelled). Check-worthy without a figure: a release's direction ("Die Stimmung
  ... hat sich im Dezember überraschend eingetrübt."), guidance in a vague range ("ein
  Gewinnwachstum im hohen einstelligen Prozentbereich in Aussicht"), a lobby's demand ("Der
  Eigentümerverband fordert eine Verdopplung ...", as "hatte ... gefordert", twenty-eighth),
  a journal publication (thirtieth), a trial's funding, a statement of cause by a named
  economist. New: "Für das Erreichen des Klimaziels 2030 müssten die Emissionen jährlich um
  etwa 4 Prozent sinken." is check-worthy (a requirement computed from figures, not a hope).
- New: "ppm" and "parts per million" are counts ("430,2 ppm", "3.5 parts per million",
  "423.9 ppm"), physical units as "Grad", "Tonnen" and "Promille" (fourth and tenth
  batches); temperatures and anomalies ("10,1 Grad", "1,9 Grad über", "1.47C", "1.5C")
  counts, tonnes ("65,9 Millionen Tonnen", "38.4 billion tonnes", "273 billion tonnes")
  counts, "1.98 million square kilometres", "740 Litern pro Quadratmeter", "3.500
  Kilowattstunden" counts.
- New: "2,69 Bio. Euro" is 2.69e12 EUR ("Bio." read as "Billionen", a million millions, as
  "Mrd." is read as "Milliarden", twenty-second and twenty-eighth batches); "$38tn" is
  3.8e13 USD ("tn" read as "bn" is read, first batch); "Gut 2,3 Mio. Menschen" 2,300,000
  "over".
- New: "2,5-fach erhöht" is count 2.5 "times" and "a 1,000-fold increase" count 1000
  "times", as "zehnfach" (thirtieth) and "tenfold" (twenty-second) - the figure written in
  digits before "-fach"/"-fold" multiplies as the number word does; "11.4 times average
  annual earnings" count 11.4 "times" and "about 1.5 times as common" 1.5 "times" with
  "about", as "about 2.6 times the size" (eighteenth); "fast doppelt so hoch/viel" count 2
  "times" with "nearly" (twelfth and sixteenth). "halbiert", "halved", "verdreifacht",
  "doubled", "more than doubled" carry none (verbs, nineteenth); the nouns "Verdopplung" and
  "Verdreifachung" carry none either, as "nicht einer Verdreifachung" (twenty-ninth).
- New: a hazard ratio and the bounds of its confidence interval are counts ("a hazard
  ratio of 0.74, with a 95% confidence interval of 0.66 to 0.83" -> count 0.74, percent 95,
  counts 0.66 and 0.83): a ratio without a unit is a value on a scale, as a magnitude
  (twenty-sixth batch).
- New: "zwischen minus 0,1 und plus 0,1 Prozent" is two percentages, -0.1 and 0.1 (the
  unit written once, as "zwischen 0,8 und 1,1 Prozent"; "minus" a sign, as "minus 0,4
  Prozent" in the third batch; "plus" a sign, no hedge); "bei 0 Prozent", "at 0%" and
  "0.0%" are percent 0.
- Ranges and rates: "zwischen 12 und 22 Prozent", "um 4 bis 6 Prozent" two percentages;
  "between £2.9bn and £3.1bn" two amounts; "von 5,20 auf 5,35 Euro je Aktie" two amounts
  (twenty-seventh); "6.900 Erkrankungen je 100.000 Einwohner" and "440 cases per 100,000
  people" two counts each (earlier batches); "Sieben-Tage-Inzidenz" 7 days; "pro Kopf",
  "per capita", "pro Monat", "im Monat", "im Jahr", "a year", "je Aktie", "a share", "je
  Kilowattstunde", "a barrel" carry none. "13,9 Cent je Kilowattstunde" is 0.139 EUR (as
  "23,9 Cent", twelfth), "68 cents" 0.68 USD, "4.8p a share" 0.048 GBP, "29,80 Euro je
  Megawattstunde" 29.8 EUR, "$60.07 a barrel" 60.07 USD; "Rs 11.21 lakh crore" 1.121e13 INR
  (twentieth).
- Points: "um 0,4 Prozentpunkte", "um bis zu 0,5 Prozentpunkte" ("up_to"), "0.3
  percentage points" pp; "vier Basispunkte", "25 basis points" bp; "a quarter-point cut"
  and "by a quarter point" 0.25 pp (eleventh and twelfth); "plus or minus 2%" percent 2
  (tenth); index levels "87,4 Punkte", "88,0 Punkten" counts.
- Fractions: "knapp ein Fünftel" 0.2 "nearly"; "Bei rund einem Viertel" and "rund ein
  Viertel der Bevölkerung" 0.25 "about"; "ein Zehntel" 0.1, "etwa ein Zehntel weniger" 0.1
  "about"; "Mehr als zwei Drittel" 0.6667 "over"; "Jedes dritte" 0.3333, "fast jeder
  dritte Fall" 0.3333 "nearly"; "almost a fifth", "nearly a fifth" 0.2 "nearly"; "About a
  third" 0.3333 "about"; "a quarter of the global total" 0.25; "just over a quarter" 0.25
  "over" (as "Just over half", eleventh); new: "nearly nine-tenths" 0.9 "nearly", as
  "two-fifths"; "one in five" 0.2; "Roughly 1 in 60" 1/60 (labelled 0.0167) "about", as
  "roughly one in 12" (twenty-seventh).
- Counts: "just one further cut" and "to prevent one stroke" count 1 (a numeral that
  counts, as "all but one", twenty-sixth; "just" no hedge); "an adult" none; "three
  dissents", "Five countries", "Two unvaccinated children", "acht europäischen Ländern",
  "In den sieben größten Städten" counts; "der vier Vorjahre" count 4 (a compound noun with
  a unit of time inside, nineteenth); "mehr als 12.000 Mal geteilt" 12000 "over"
  (twenty-ninth); "topped 1,900" count 1900 with no hedge (a verb, as "could exceed",
  thirty-first); "the quickest expansion in six quarters" count 6 (twenty-sixth); "a carton
  of 12 large eggs" count 12; "23 Forschungseinrichtungen", "31 countries", "12,850
  patients", "311.000 Erwachsenen" counts.
- Durations: "im Schnitt 10,9 Jahre lang" 10.9 years and "a median of 3.4 years" 3.4 years
  with no hedge (thirtieth); "rund 1.950 Stunden" of sunshine 1950 hours "about"; "the 24
  weeks to Aug. 23" 24 weeks and a date; "in the 12 months to October", "in the three months
  to September" durations (twenty-sixth); "less than 18 weeks" 18 weeks "under", "more than
  18 months" 18 months "over", "within 18 weeks", "within four hours" no hedge, "the
  18-week standard" 18 weeks (as "a two-week visit"); "a three-year period" 3 years; "for
  three years", "in 30 years" durations; "zehnjähriger Bundesanleihen" 10 years (eleventh);
  "binnen Jahresfrist", "ein Jahr zuvor", "vor einem Jahr", "in the year to November", "in
  the quarter to September", "almost a decade", "decades" carry none.
- Ages in years: "Bei den 15- bis 24-Jährigen" both, as "der 15- bis 24-Jährigen"
  (twenty-sixth), "aged 16 to 64" both (twenty-fourth and twenty-fifth); "über 80-Jährigen", "über 60-Jährigen" "over"; "ein Kind unter fünf
  Jahren" 5 years "under"; "Bei den Zweijährigen" 2 years (fifth batch).
- Ordinals: "im vierten Geschäftsquartal", "Third-quarter", "fourth-quarter", "in the fourth
  quarter" ordinals; "das drittwärmste", "third-warmest", "the third-lowest extent"
  ordinal 3 (as "drittgrößte"); "in der ersten Januarwoche" ordinal 1; "die zweite Dosis",
  "a second stroke" ordinal 2; "for the first time" ordinal 1; "in the second half ...
  compared with the first half" ordinals 2 and 1; "third consecutive", "third straight"
  ordinal 3.
- Names carry no quantity (twenty-ninth: "Covid-19", "H3N2"): new here "Typ-2-Diabetes" and
  "CO2-Äquivalent" (a disease's and a gas's name), with "COVID-19", "MMR", "A&E", "THE";
  "im hohen einstelligen Prozentbereich" none (a vague magnitude, as "double-digit", fifth).
- Dates and years: datelines with a day ("LONDON, Dec 17 (Reuters)", "LONDON, March 3
  (Reuters)") dates without a year; AP, PA, AFP, AAP and German datelines none; "from Jan.
  1" and "Aug. 23" dates; "seit Mai 2020", "since October 2021", "since April 2024", "by
  March 2026", "between December 2019 and October 2025", "between early 2024 and March
  2025", "in the year to June 2023", "in the year to March 2025" the years; "Das Jahr
  2025", "Messungen 1881", "der Jahre 1961 bis 1990", "for 2023 to 2025", "between 2000 and
  2023" years; months alone and "0340 GMT" none.
- Hedges: "rund", "etwa", "About", "about", "Roughly", "roughly", "an estimated", "Some" "about";
  "knapp", "fast", "nearly", "almost" "nearly"; "mehr als",
  "gut", "Gut", "more than", "just over" "over"; "unter", "less than" "under"; "bis zu"
  "up_to"; "nur noch", "erst", "sogar", "allein", "Just", "just", "im Schnitt",
  "durchschnittlich", "a median of", "a record", "unverändert" no hedge.
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("BA-Vorstand", "Finanzchefin", "AGES-Epidemiologin", "Studienleiterin",
  "BAG-Direktorin", "Chief Financial Officer", new: "ONS chief economist" with its
  organisation, as "Cal Fire spokesman", twenty-eighth); "wie das Statistische Bundesamt /
  die Bundesagentur für Arbeit / das Bundesamt für Statistik mitteilte", "Wie das
  Staatssekretariat für Wirtschaft / der Deutsche Wetterdienst mitteilte, ..." opening the
  sentence, "teilte die Statistik Austria / die Bundesbank / das Statistische Bundesamt /
  die AGES mit", "so das RKI" the source with its article in the nominative; "laut
  Bundesagentur", "laut Bundesamt für Statistik", "laut ÖAMTC", "laut Gesundheitsministerium",
  "laut Umweltbundesamt" as written; "the Office for National Statistics said", "the Labor
  Department said", "the Federal Statistical Office said", "the ONS said", "the company
  said", "the UK Health Security Agency said", "the World Meteorological Organization said"
  and "the World Health Organization said on Wednesday, presenting its annual report" with
  the article in lower case; "according to the Centers for Disease Control and Prevention /
  the ONS", "According to the Bureau of Labor Statistics, ..." opening the sentence with the
  article in lower case; "NHS England said", "Copernicus said", "according to Nationwide",
  "according to Worldpanel" as written; "Eurostat said ..." opening the sentence as written,
  as "Zelensky said ..." (twenty-seventh). Left unchecked (None): "wie das Münchner Institut
  mitteilte" (an adjective heading a description, as "die ukrainische Luftwaffe"), "teilte
  die Regulierungsbehörde E-Control mit" (a description before a name), "Dem Robert
  Koch-Institut wurden ... gemeldet" (no attribution), "nach Berechnungen des
  Ifo-Instituts", "nach Ifo-Angaben", "nach Daten des Statistischen Bundesamts", "heißt es
  im Monatsbericht", "erwartet die Bundesbank", "kündigte Köstler an", "einer großen
  Langzeitstudie zufolge", "Economists polled by Reuters",
  "researchers reported in The Lancet", "according to a study published in Nature",
  "according to LSEG data", "according to the bank's latest projections", "according to
  government data ...", "Bank of England figures showed", "Treasury data show", "data from
  the Australian Bureau of Statistics showed", "Data from the National Cancer Institute
  show", "Australian Taxation Office statistics show", "The Global Carbon Project
  estimates", "The Bureau of Labor Statistics has estimated", the viral posts' claims and
  all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_33 = [
    # === German =================================================================================
    # --- Inflation in Deutschland (dpa) -------------------------------------------------------
    ("de", "Wiesbaden (dpa) - In Deutschland ist die Inflationsrate im November auf 2,4 Prozent geklettert, nach 2,2 Prozent im Oktober.", True,
     [("percent", 2.4, "%", None), ("percent", 2.2, "%", None)], None),
    ("de", "Nahrungsmittel verteuerten sich binnen Jahresfrist um 1,9 Prozent, wie das Statistische Bundesamt am Freitag mitteilte.", True,
     [("percent", 1.9, "%", None)], "das Statistische Bundesamt"),
    ("de", "Energie war dagegen 1,8 Prozent billiger als ein Jahr zuvor.", True,
     [("percent", 1.8, "%", None)], None),
    ("de", "Ohne Energie und Lebensmittel gerechnet verharrte die Kerninflation bei 2,8 Prozent.", True,
     [("percent", 2.8, "%", None)], None),
    ("de", "„Der Preisauftrieb ist hartnäckiger, als es den Währungshütern lieb sein dürfte“, sagte Commerzbank-Ökonom Ralf Vennemann.", False, [], None),
    ("de", "Ob die Teuerung im Frühjahr wieder unter zwei Prozent fällt, hängt vor allem von den Energiepreisen ab.", False,
     [("percent", 2, "%", "under")], None),
    ("de", "Im Jahresdurchschnitt dürfte die Inflation nach Berechnungen des Ifo-Instituts bei 2,2 Prozent liegen.", True,
     [("percent", 2.2, "%", None)], None),
    # --- Teuerung in Österreich (APA) ---------------------------------------------------------
    ("de", "Wien (APA) - Die Teuerung in Österreich hat sich im Oktober auf 4,0 Prozent abgeschwächt, teilte die Statistik Austria am Mittwoch mit.", True,
     [("percent", 4.0, "%", None)], "die Statistik Austria"),
    ("de", "Der Miniwarenkorb, der den täglichen Einkauf abbildet, verteuerte sich um 4,6 Prozent.", True,
     [("percent", 4.6, "%", None)], None),
    ("de", "Haushaltsenergie kostete um 11,2 Prozent mehr als vor einem Jahr, vor allem wegen des Auslaufens der Strompreisbremse.", True,
     [("percent", 11.2, "%", None)], None),
    ("de", "Die heimische Inflationsrate liegt damit fast doppelt so hoch wie der Durchschnitt der Eurozone.", True,
     [("count", 2, "times", "nearly")], None),
    ("de", "„Österreich hat bei der Inflationsbekämpfung viel zu lange zugeschaut“, kritisierte Wifo-Ökonom Jakob Huemer.", False, [], None),
    ("de", "Für 2026 erwarten die Wirtschaftsforscher des Wifo im Jahresschnitt eine Teuerung von 2,6 Prozent.", True,
     [("year", 2026, None, None), ("percent", 2.6, "%", None)], None),
    # --- Arbeitsmarkt Deutschland (Reuters) ---------------------------------------------------
    ("de", "Nürnberg (Reuters) - Die Arbeitslosigkeit in Deutschland ist im Dezember saisonbereinigt um 3.000 auf 2,977 Millionen Menschen gestiegen.", True,
     [("count", 3000, None, None), ("count", 2977000, None, None)], None),
    ("de", "Die Arbeitslosenquote blieb bei 6,3 Prozent, wie die Bundesagentur für Arbeit am Mittwoch mitteilte.", True,
     [("percent", 6.3, "%", None)], "die Bundesagentur für Arbeit"),
    ("de", "Ohne Saisonbereinigung zählte die Behörde im Dezember 2,908 Millionen Arbeitslose, das waren 101.000 mehr als ein Jahr zuvor.", True,
     [("count", 2908000, None, None), ("count", 101000, None, None)], None),
    ("de", "Im Jahresdurchschnitt 2025 seien knapp 2,95 Millionen Menschen arbeitslos gewesen, sagte BA-Vorstand Holger Kranich.", True,
     [("year", 2025, None, None), ("count", 2950000, None, "nearly")], "Holger Kranich"),
    ("de", "Die Zahl der Kurzarbeiter stieg laut Bundesagentur im Oktober auf 232.000.", True,
     [("count", 232000, None, None)], "Bundesagentur"),
    ("de", "Bei den Arbeitsagenturen waren zuletzt 623.000 offene Stellen gemeldet, 64.000 weniger als vor einem Jahr.", True,
     [("count", 623000, None, None), ("count", 64000, None, None)], None),
    # --- Arbeitsmarkt und Löhne Schweiz (Keystone-SDA) ----------------------------------------
    ("de", "Bern (Keystone-SDA) - In der Schweiz ist die Arbeitslosenquote im Januar auf 3,2 Prozent geklettert, nach 3,0 Prozent im Dezember.", True,
     [("percent", 3.2, "%", None), ("percent", 3.0, "%", None)], None),
    ("de", "Wie das Staatssekretariat für Wirtschaft mitteilte, waren bei den regionalen Arbeitsvermittlungszentren 151'826 Personen als arbeitslos gemeldet, 17'300 mehr als im Dezember.", True,
     [("count", 151826, None, None), ("count", 17300, None, None)], "das Staatssekretariat für Wirtschaft"),
    ("de", "Saisonbereinigt lag die Quote unverändert bei 2,8 Prozent.", True,
     [("percent", 2.8, "%", None)], None),
    ("de", "Bei den 15- bis 24-Jährigen stieg die Quote um 0,4 Prozentpunkte auf 3,5 Prozent.", True,
     [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 0.4, "pp", None), ("percent", 3.5, "%", None)], None),
    ("de", "Die Nominallöhne stiegen im vergangenen Jahr laut Bundesamt für Statistik um durchschnittlich 1,8 Prozent.", True,
     [("percent", 1.8, "%", None)], "Bundesamt für Statistik"),
    ("de", "Nach Abzug der Teuerung von 1,1 Prozent blieb real ein Plus von 0,7 Prozent.", True,
     [("percent", 1.1, "%", None), ("percent", 0.7, "%", None)], None),
    ("de", "«Von einer Entspannung am Arbeitsmarkt kann keine Rede sein», sagte Gewerkschaftsökonom Reto Gasser.", False, [], None),
    ("de", "Die Schweizerische Nationalbank hatte ihren Leitzins zuletzt bei 0 Prozent belassen.", True,
     [("percent", 0, "%", None)], None),
    # --- Bundesbank-Prognose (Reuters) --------------------------------------------------------
    ("de", "Frankfurt (Reuters) - Die Bundesbank hat ihre Wachstumsprognose deutlich gesenkt und rechnet für das kommende Jahr nur noch mit einem Plus von 0,6 Prozent.", True,
     [("percent", 0.6, "%", None)], None),
    ("de", "Für das laufende Jahr erwartet die Bundesbank eine Wirtschaftsleistung zwischen minus 0,1 und plus 0,1 Prozent.", True,
     [("percent", -0.1, "%", None), ("percent", 0.1, "%", None)], None),
    ("de", "Die Inflation soll 2026 auf 2,2 Prozent und 2027 auf 1,9 Prozent sinken, heißt es im Monatsbericht.", True,
     [("year", 2026, None, None), ("percent", 2.2, "%", None), ("year", 2027, None, None), ("percent", 1.9, "%", None)], None),
    ("de", "Die zusätzlichen Staatsausgaben für Verteidigung und Infrastruktur dürften das Wachstum 2027 um bis zu 0,5 Prozentpunkte anschieben.", True,
     [("year", 2027, None, None), ("percent", 0.5, "pp", "up_to")], None),
    ("de", "Die Schulden des Gesamtstaats erreichten Ende September 2,69 Bio. Euro, teilte die Bundesbank mit.", True,
     [("money", 2690000000000, "EUR", None)], "die Bundesbank"),
    ("de", "Die Rendite zehnjähriger Bundesanleihen stieg nach der Veröffentlichung um vier Basispunkte auf 2,86 Prozent.", True,
     [("duration", 10, "year", None), ("percent", 4, "bp", None), ("percent", 2.86, "%", None)], None),
    ("de", "„Die deutsche Wirtschaft kommt nur mühsam aus der Stagnation heraus“, sagte Bundesbank-Vizepräsidentin Carola Berghoff.", False, [], None),
    # --- Ifo-Geschäftsklima (dpa) -------------------------------------------------------------
    ("de", "München (dpa) - Die Stimmung in der deutschen Wirtschaft hat sich im Dezember überraschend eingetrübt.", True, [], None),
    ("de", "Der Ifo-Geschäftsklimaindex fiel auf 87,4 Punkte, nach 88,0 Punkten im November, wie das Münchner Institut mitteilte.", True,
     [("count", 87.4, None, None), ("count", 88.0, None, None)], None),
    ("de", "Besonders düster ist die Lage in der Industrie, wo der Index auf den tiefsten Stand seit Mai 2020 sank.", True,
     [("year", 2020, None, None)], None),
    ("de", "Jedes dritte Industrieunternehmen klagt nach Ifo-Angaben über fehlende Aufträge.", True,
     [("fraction", 0.3333, None, None)], None),
    ("de", "„Die Unternehmen gehen alles andere als zuversichtlich ins neue Jahr“, sagte Ifo-Forscher Markus Helmrich.", False, [], None),
    # --- Quartalszahlen Industriekonzern (Reuters) --------------------------------------------
    ("de", "München (Reuters) - Der Industriekonzern Lechwerk hat im vierten Geschäftsquartal den Umsatz um 7 Prozent auf 21,4 Milliarden Euro gesteigert.", True,
     [("ordinal", 4, None, None), ("percent", 7, "%", None), ("money", 21400000000, "EUR", None)], None),
    ("de", "Der Gewinn nach Steuern sank dagegen um knapp ein Fünftel auf 1,93 Mrd. Euro.", True,
     [("fraction", 0.2, None, "nearly"), ("money", 1930000000, "EUR", None)], None),
    ("de", "Der Auftragsbestand erreichte mit 117 Milliarden Euro einen Rekordwert, sagte Finanzchefin Nadja Köstler.", True,
     [("money", 117000000000, "EUR", None)], "Nadja Köstler"),
    ("de", "Im neuen Geschäftsjahr soll der Umsatz aus eigener Kraft um 4 bis 6 Prozent wachsen, kündigte Köstler an.", True,
     [("percent", 4, "%", None), ("percent", 6, "%", None)], None),
    ("de", "Die Dividende soll von 5,20 auf 5,35 Euro je Aktie steigen.", True,
     [("money", 5.2, "EUR", None), ("money", 5.35, "EUR", None)], None),
    ("de", "Bis 2028 will der Konzern weltweit 4.100 Stellen streichen, davon rund 1.500 in Deutschland.", True,
     [("year", 2028, None, None), ("count", 4100, None, None), ("count", 1500, None, "about")], None),
    ("de", "„Wir haben in einem schwierigen Umfeld geliefert“, sagte Konzernchef Ralf Odenwald.", False, [], None),
    ("de", "Die Aktie legte im Frankfurter Handel bis zum Mittag um 4,3 Prozent auf 198,60 Euro zu.", True,
     [("percent", 4.3, "%", None), ("money", 198.6, "EUR", None)], None),
    ("de", "Analysten bewerteten den Ausblick als vorsichtig, aber erreichbar.", False, [], None),
    # --- Halbjahreszahlen Pharmakonzern (AWP) -------------------------------------------------
    ("de", "Basel (AWP) - Der Pharmakonzern Rhenovis hat im ersten Halbjahr 30,7 Milliarden Franken umgesetzt, zu konstanten Wechselkursen ein Plus von 5 Prozent.", True,
     [("ordinal", 1, None, None), ("money", 30700000000, "CHF", None), ("percent", 5, "%", None)], None),
    ("de", "Der Kerngewinn je Aktie stieg um 11 Prozent auf 13,48 Franken.", True,
     [("percent", 11, "%", None), ("money", 13.48, "CHF", None)], None),
    ("de", "Das Krebsmittel Tavexor setzte allein 2,9 Mrd. Franken um, fast doppelt so viel wie im Vorjahreszeitraum.", True,
     [("money", 2900000000, "CHF", None), ("count", 2, "times", "nearly")], None),
    ("de", "Für das Gesamtjahr stellt das Unternehmen nun ein Gewinnwachstum im hohen einstelligen Prozentbereich in Aussicht.", True, [], None),
    ("de", "«Unsere Pipeline war noch nie so vielversprechend», sagte Konzernchef Lukas Brenner an einer Telefonkonferenz.", False, [], None),
    # --- Immobilienpreise und Wohnungsbau (dpa) -----------------------------------------------
    ("de", "Wiesbaden (dpa) - Wohnimmobilien in Deutschland haben sich im dritten Quartal um 3,3 Prozent im Vergleich zum Vorjahresquartal verteuert.", True,
     [("ordinal", 3, None, None), ("percent", 3.3, "%", None)], None),
    ("de", "Gegenüber dem Vorquartal stiegen die Preise für Häuser und Wohnungen um 0,8 Prozent, teilte das Statistische Bundesamt mit.", True,
     [("percent", 0.8, "%", None)], "das Statistische Bundesamt"),
    ("de", "In den sieben größten Städten kosteten Eigentumswohnungen 4,1 Prozent mehr als ein Jahr zuvor.", True,
     [("count", 7, None, None), ("percent", 4.1, "%", None)], None),
    ("de", "Die Zahl der Baugenehmigungen für Wohnungen hat sich seit 2021 nahezu halbiert.", True,
     [("year", 2021, None, None)], None),
    ("de", "Von Januar bis Oktober wurden 193.600 Wohnungen genehmigt, 11,2 Prozent mehr als im Vorjahreszeitraum.", True,
     [("count", 193600, None, None), ("percent", 11.2, "%", None)], None),
    ("de", "Die Bundesregierung hatte ursprünglich 400.000 neue Wohnungen pro Jahr als Ziel ausgegeben.", True,
     [("count", 400000, None, None)], None),
    ("de", "Der Eigentümerverband fordert eine Verdopplung der steuerlichen Abschreibung für neue Mietwohnungen.", True, [], None),
    ("de", "„Wer heute eine Wohnung sucht, braucht starke Nerven und ein dickes Konto“, sagte Mieterbund-Präsidentin Helga Bruckner.", False, [], None),
    ("de", "Wie sich die Bauzinsen im kommenden Jahr entwickeln, gilt als entscheidend für die Nachfrage.", False, [], None),
    # --- Energiepreise (APA) ------------------------------------------------------------------
    ("de", "Wien (APA) - Strom für Haushalte ist in Österreich im Jänner im Schnitt um 14 Prozent teurer gewesen als ein Jahr zuvor, teilte die Regulierungsbehörde E-Control mit.", True,
     [("percent", 14, "%", None)], None),
    ("de", "Ein Durchschnittshaushalt mit einem Verbrauch von 3.500 Kilowattstunden zahlt damit rund 1.190 Euro im Jahr.", True,
     [("count", 3500, None, None), ("money", 1190, "EUR", "about")], None),
    ("de", "Der Arbeitspreis der günstigsten Anbieter lag zuletzt bei 13,9 Cent je Kilowattstunde.", True,
     [("money", 0.139, "EUR", None)], None),
    ("de", "Der Gaspreis am Handelspunkt THE sank am Montag um 3,2 Prozent auf 29,80 Euro je Megawattstunde.", True,
     [("percent", 3.2, "%", None), ("money", 29.8, "EUR", None)], None),
    ("de", "Ein Liter Diesel kostete an Österreichs Tankstellen laut ÖAMTC durchschnittlich 1,54 Euro.", True,
     [("money", 1.54, "EUR", None)], "ÖAMTC"),
    ("de", "Der Autofahrerclub rät, möglichst am Vormittag zu tanken, weil die Preise dann meist niedriger seien.", False, [], None),
    # --- Grippewelle (dpa) --------------------------------------------------------------------
    ("de", "Berlin (dpa) - In der ersten Januarwoche hat die Grippewelle in Deutschland deutlich an Fahrt aufgenommen.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "Dem Robert Koch-Institut wurden in der vergangenen Woche 14.870 laborbestätigte Influenza-Fälle gemeldet, rund 40 Prozent mehr als in der Vorwoche.", True,
     [("count", 14870, None, None), ("percent", 40, "%", "about")], None),
    ("de", "Die Sieben-Tage-Inzidenz der akuten Atemwegsinfekte lag bei rund 6.900 Erkrankungen je 100.000 Einwohner.", True,
     [("duration", 7, "day", None), ("count", 6900, None, "about"), ("count", 100000, None, None)], None),
    ("de", "Bei rund einem Viertel der untersuchten Proben aus Arztpraxen wiesen die Labore Influenzaviren nach, so das RKI.", True,
     [("fraction", 0.25, None, "about")], "das RKI"),
    ("de", "Seit Beginn der Saison im Oktober wurden 212 Todesfälle im Zusammenhang mit Influenza übermittelt, die meisten bei über 80-Jährigen.", True,
     [("count", 212, None, None), ("duration", 80, "year", "over")], None),
    ("de", "Gegen Grippe geimpft sind in dieser Saison erst 41,7 Prozent der über 60-Jährigen.", True,
     [("percent", 41.7, "%", None), ("duration", 60, "year", "over")], None),
    ("de", "„Für eine Impfung ist es auch jetzt noch nicht zu spät“, sagte RKI-Vizepräsidentin Karin Westphal.", False, [], None),
    # --- Masern in Österreich (APA) -----------------------------------------------------------
    ("de", "Wien (APA) - In Österreich sind heuer bisher 147 Masernfälle registriert worden, teilte die AGES am Dienstag mit.", True,
     [("count", 147, None, None)], "die AGES"),
    ("de", "Im gesamten Vorjahr waren es 487 gewesen, der höchste Wert seit 2008.", True,
     [("count", 487, None, None), ("year", 2008, None, None)], None),
    ("de", "Mehr als zwei Drittel der Erkrankten waren nicht geimpft, fast jeder dritte Fall betraf ein Kind unter fünf Jahren.", True,
     [("fraction", 0.6667, None, "over"), ("fraction", 0.3333, None, "nearly"), ("duration", 5, "year", "under")], None),
    ("de", "Die meisten Fälle gebe es derzeit in Wien und Niederösterreich, sagte AGES-Epidemiologin Petra Hollerer.", True, [], "Petra Hollerer"),
    ("de", "Für einen Gemeinschaftsschutz wären Durchimpfungsraten von 95 Prozent bei beiden Teilimpfungen nötig.", True,
     [("percent", 95, "%", None)], None),
    ("de", "Bei den Zweijährigen liegt die Rate für die zweite Dosis laut Gesundheitsministerium bei 81 Prozent.", True,
     [("duration", 2, "year", None), ("ordinal", 2, None, None), ("percent", 81, "%", None)], "Gesundheitsministerium"),
    ("de", "„Masern sind keine harmlose Kinderkrankheit“, betonte Gesundheitsstaatssekretärin Ulrike Haberl.", False, [], None),
    ("de", "Experten gehen von einer erheblichen Dunkelziffer aus.", False, [], None),
    # --- Ernährungsstudie (dpa) ---------------------------------------------------------------
    ("de", "Heidelberg (dpa) - Menschen, die viele stark verarbeitete Lebensmittel essen, haben einer großen Langzeitstudie zufolge ein deutlich erhöhtes Risiko für Typ-2-Diabetes.", True, [], None),
    ("de", "Die Forschenden werteten Daten von 311.000 Erwachsenen aus acht europäischen Ländern aus, die im Schnitt 10,9 Jahre lang beobachtet wurden.", True,
     [("count", 311000, None, None), ("count", 8, None, None), ("duration", 10.9, "year", None)], None),
    ("de", "Bei den Teilnehmenden mit dem höchsten Konsum lag das Risiko um 17 Prozent höher als bei jenen mit dem niedrigsten.", True,
     [("percent", 17, "%", None)], None),
    ("de", "Je nach Berechnungsmodell lag der Effekt zwischen 12 und 22 Prozent.", True,
     [("percent", 12, "%", None), ("percent", 22, "%", None)], None),
    ("de", "Bei Teilnehmenden mit starkem Übergewicht war das Diabetesrisiko sogar 2,5-fach erhöht.", True,
     [("count", 2.5, "times", None)], None),
    ("de", "Wer ein Zehntel der verarbeiteten Produkte durch frische ersetzte, senkte sein Risiko rechnerisch um 7 Prozent.", True,
     [("fraction", 0.1, None, None), ("percent", 7, "%", None)], None),
    ("de", "An der Auswertung waren 23 Forschungseinrichtungen beteiligt, sagte Studienleiterin Miriam Escher.", True,
     [("count", 23, None, None)], "Miriam Escher"),
    ("de", "Die Ergebnisse erschienen im Fachjournal „The Lancet Regional Health – Europe“.", True, [], None),
    ("de", "„Eine Beobachtungsstudie allein kann keinen ursächlichen Zusammenhang belegen“, räumte Escher ein.", False, [], None),
    ("de", "Ernährungsfachleute raten, möglichst oft selbst und mit unverarbeiteten Zutaten zu kochen.", False, [], None),
    # --- Klimabilanz (dpa/APA) ----------------------------------------------------------------
    ("de", "Offenbach (dpa) - Das Jahr 2025 war in Deutschland mit einer Durchschnittstemperatur von 10,1 Grad das drittwärmste seit Beginn regelmäßiger Messungen 1881.", True,
     [("year", 2025, None, None), ("count", 10.1, None, None), ("ordinal", 3, None, None), ("year", 1881, None, None)], None),
    ("de", "Wie der Deutsche Wetterdienst mitteilte, lag das Jahresmittel damit 1,9 Grad über dem Wert der Jahre 1961 bis 1990.", True,
     [("count", 1.9, None, None), ("year", 1961, None, None), ("year", 1990, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Mit rund 740 Litern pro Quadratmeter fiel etwa ein Zehntel weniger Niederschlag als im langjährigen Mittel.", True,
     [("count", 740, None, "about"), ("fraction", 0.1, None, "about")], None),
    ("de", "Die Sonne schien rund 1.950 Stunden, gut 15 Prozent länger als üblich.", True,
     [("duration", 1950, "hour", "about"), ("percent", 15, "%", "over")], None),
    ("de", "Die Kohlendioxid-Konzentration an der Messstation Mauna Loa erreichte im Mai einen Monatsrekord von 430,2 ppm.", True,
     [("count", 430.2, None, None)], None),
    ("de", "Das sind gut 50 Prozent mehr als vor Beginn der Industrialisierung.", True,
     [("percent", 50, "%", "over")], None),
    ("de", "„Der Klimawandel ist kein fernes Szenario mehr, er findet vor unserer Haustür statt“, sagte DWD-Klimatologe Jonas Reinhold.", False, [], None),
    ("de", "Wien (APA) - Österreichs Treibhausgasemissionen sind 2024 laut Umweltbundesamt um 3,5 Prozent auf 65,9 Millionen Tonnen CO2-Äquivalent gesunken.", True,
     [("year", 2024, None, None), ("percent", 3.5, "%", None), ("count", 65900000, None, None)], "Umweltbundesamt"),
    ("de", "Gegenüber 1990 entspricht das einem Rückgang um rund 17 Prozent.", True,
     [("year", 1990, None, None), ("percent", 17, "%", "about")], None),
    ("de", "Für das Erreichen des Klimaziels 2030 müssten die Emissionen jährlich um etwa 4 Prozent sinken.", True,
     [("year", 2030, None, None), ("percent", 4, "%", "about")], None),
    ("de", "Umweltschützer sprachen von einem „Tropfen auf den heißen Stein“.", False, [], None),
    # --- Faktencheck Übersterblichkeit (dpa) --------------------------------------------------
    ("de", "Berlin (dpa) - In sozialen Netzwerken kursiert die Behauptung, die Übersterblichkeit in Deutschland habe sich seit 2021 verdreifacht.", True,
     [("year", 2021, None, None)], None),
    ("de", "Tatsächlich starben nach Daten des Statistischen Bundesamts im Jahr 2024 rund 1,01 Millionen Menschen, etwa 2 Prozent weniger als 2022.", True,
     [("year", 2024, None, None), ("count", 1010000, None, "about"), ("percent", 2, "%", "about"), ("year", 2022, None, None)], None),
    ("de", "Im Jahr 2022 hatte die Zahl der Sterbefälle um 4 Prozent über dem mittleren Wert der vier Vorjahre gelegen.", True,
     [("year", 2022, None, None), ("percent", 4, "%", None), ("count", 4, None, None)], None),
    ("de", "Einen Teil des Anstiegs erklären die Statistiker mit der wachsenden Zahl älterer Menschen.", True, [], None),
    ("de", "Die Behauptung ist falsch.", False, [], None),
    ("de", "Belege für eine Verdreifachung legt der Urheber des Beitrags nicht vor.", False, [], None),
    ("de", "Der Beitrag wurde bis Dienstag mehr als 12.000 Mal geteilt.", True,
     [("count", 12000, None, "over")], None),
    # --- Krankenkassenprämien (Keystone-SDA) --------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Die mittlere Prämie der obligatorischen Krankenversicherung steigt im kommenden Jahr um 4,7 Prozent auf 393,30 Franken pro Monat.", True,
     [("percent", 4.7, "%", None), ("money", 393.3, "CHF", None)], None),
    ("de", "Erwachsene zahlen künftig im Schnitt 449 Franken im Monat, sagte BAG-Direktorin Regula Imhof.", True,
     [("money", 449, "CHF", None)], "Regula Imhof"),
    ("de", "Am stärksten steigen die Prämien im Kanton Tessin mit 7,1 Prozent.", True,
     [("percent", 7.1, "%", None)], None),
    ("de", "Die Gesundheitskosten pro Kopf lagen zuletzt bei rund 10.400 Franken im Jahr, wie das Bundesamt für Statistik mitteilte.", True,
     [("money", 10400, "CHF", "about")], "das Bundesamt für Statistik"),
    ("de", "Gut 2,3 Mio. Menschen erhalten eine Prämienverbilligung, rund ein Viertel der Bevölkerung.", True,
     [("count", 2300000, None, "over"), ("fraction", 0.25, None, "about")], None),
    ("de", "«Für viele Familien wird die Belastung langsam untragbar», sagte Konsumentenschützerin Corinne Aebi.", False, [], None),

    # === English ================================================================================
    # --- UK inflation (Reuters) ---------------------------------------------------------------
    ("en", "LONDON, Dec 17 (Reuters) - British consumer price inflation dropped more than expected to 3.4% in November from 3.8%, the Office for National Statistics said on Wednesday.", True,
     [("date", "--12-17", None, None), ("percent", 3.4, "%", None), ("percent", 3.8, "%", None)], "the Office for National Statistics"),
    ("en", "Economists polled by Reuters had forecast a rate of 3.5%.", True,
     [("percent", 3.5, "%", None)], None),
    ("en", "Food and non-alcoholic drink prices rose 4.1% in the year to November, the smallest increase since April.", True,
     [("percent", 4.1, "%", None)], None),
    ("en", "Core inflation, which excludes energy, food, alcohol and tobacco, slowed by 0.3 percentage points to 3.2%.", True,
     [("percent", 0.3, "pp", None), ("percent", 3.2, "%", None)], None),
    ("en", "ONS chief economist Nadia Hollis said lower petrol prices and cheaper airfares had driven the fall.", True, [], "Nadia Hollis"),
    ("en", "\"Inflation is heading in the right direction but the job is not done,\" finance minister Rachel Reeves said.", False, [], None),
    ("en", "Financial markets now see an 80% chance of a quarter-point cut on Thursday, which would take Bank Rate to 3.75%.", True,
     [("percent", 80, "%", None), ("percent", 0.25, "pp", None), ("percent", 3.75, "%", None)], None),
    ("en", "Whether the Bank will keep cutting into next year remains an open question.", False, [], None),
    # --- U.S. jobs report (AP) ----------------------------------------------------------------
    ("en", "WASHINGTON (AP) — U.S. employers added 119,000 jobs in September, well above economists' forecasts, the Labor Department said Thursday.", True,
     [("count", 119000, None, None)], "the Labor Department"),
    ("en", "The unemployment rate ticked up to 4.4%, the highest level since October 2021.", True,
     [("percent", 4.4, "%", None), ("year", 2021, None, None)], None),
    ("en", "Average hourly earnings rose 0.2% from August and 3.8% from a year earlier.", True,
     [("percent", 0.2, "%", None), ("percent", 3.8, "%", None)], None),
    ("en", "Health care added 43,000 jobs, while transportation and warehousing shed 25,300.", True,
     [("count", 43000, None, None), ("count", 25300, None, None)], None),
    ("en", "The Bureau of Labor Statistics has estimated that payroll growth in the year to March 2025 was overstated by 911,000 jobs.", True,
     [("year", 2025, None, None), ("count", 911000, None, None)], None),
    ("en", "\"It's a mixed bag — the labor market is bending but not breaking,\" said Maya Leventhal, chief economist at Brookfield Advisors.", False, [], None),
    ("en", "Economists cautioned that a single month's data should not be over-interpreted.", False, [], None),
    # --- Federal Reserve (Reuters) ------------------------------------------------------------
    ("en", "WASHINGTON, Dec 10 (Reuters) - The Federal Reserve cut its benchmark rate by 25 basis points on Wednesday to a range of 3.50%-3.75%.", True,
     [("date", "--12-10", None, None), ("percent", 25, "bp", None), ("percent", 3.5, "%", None), ("percent", 3.75, "%", None)], None),
    ("en", "It was the central bank's third consecutive cut.", True,
     [("ordinal", 3, None, None)], None),
    ("en", "The decision drew three dissents, the most since 2019.", True,
     [("count", 3, None, None), ("year", 2019, None, None)], None),
    ("en", "Policymakers' median projection shows just one further cut in 2026.", True,
     [("count", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "Fed officials now see the economy growing 2.3% next year, up from 1.8% projected in September.", True,
     [("percent", 2.3, "%", None), ("percent", 1.8, "%", None)], None),
    ("en", "The U.S. federal debt passed $38tn in October, Treasury data show.", True,
     [("money", 38000000000000, "USD", None)], None),
    ("en", "\"We are well positioned to wait and see how the economy evolves,\" Fed Chair Jerome Powell told reporters.", False, [], None),
    ("en", "How far the Fed can cut without reigniting price pressures is a matter of fierce debate among investors.", False, [], None),
    # --- ECB (Reuters) ------------------------------------------------------------------------
    ("en", "FRANKFURT, Oct 30 (Reuters) - The European Central Bank left its deposit rate at 2% for a third straight meeting on Thursday.", True,
     [("date", "--10-30", None, None), ("percent", 2, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "Euro zone inflation stood at 2.2% in September, just above the ECB's 2% target.", True,
     [("percent", 2.2, "%", None), ("percent", 2, "%", None)], None),
    ("en", "ECB staff see inflation at 1.7% in 2026 and 1.9% in 2027, according to the bank's latest projections.", True,
     [("percent", 1.7, "%", None), ("year", 2026, None, None), ("percent", 1.9, "%", None), ("year", 2027, None, None)], None),
    ("en", "Eurostat said euro zone GDP grew 0.2% in the third quarter.", True,
     [("percent", 0.2, "%", None), ("ordinal", 3, None, None)], "Eurostat"),
    ("en", "\"We are in a good place,\" ECB President Christine Lagarde told a news conference.", False, [], None),
    # --- Swiss National Bank (Reuters) --------------------------------------------------------
    ("en", "ZURICH, Dec 11 (Reuters) - The Swiss National Bank held its policy rate at 0% on Thursday and repeated that it stood ready to intervene in currency markets.", True,
     [("date", "--12-11", None, None), ("percent", 0, "%", None)], None),
    ("en", "Swiss consumer prices were flat in November, leaving annual inflation at 0.0%, the Federal Statistical Office said.", True,
     [("percent", 0.0, "%", None)], "the Federal Statistical Office"),
    ("en", "The central bank's foreign currency holdings stood at CHF 725 billion at the end of November.", True,
     [("money", 725000000000, "CHF", None)], None),
    # --- UK housing (PA) ----------------------------------------------------------------------
    ("en", "LONDON (PA) - UK house prices rose by 1.8% in the year to November, the slowest annual rate since April 2024, according to Nationwide.", True,
     [("percent", 1.8, "%", None), ("year", 2024, None, None)], "Nationwide"),
    ("en", "The average property price stood at £272,600, down £1,300 on October.", True,
     [("money", 272600, "GBP", None), ("money", 1300, "GBP", None)], None),
    ("en", "Mortgage approvals for house purchases fell to 65,000 in October, Bank of England figures showed.", True,
     [("count", 65000, None, None)], None),
    ("en", "Buyers now typically need a deposit of almost a fifth of the purchase price.", True,
     [("fraction", 0.2, None, "nearly")], None),
    ("en", "Average private rents in England rose 5.5% in the 12 months to October, the ONS said.", True,
     [("percent", 5.5, "%", None), ("duration", 12, "month", None)], "the ONS"),
    ("en", "In London, a typical home costs 11.4 times average annual earnings.", True,
     [("count", 11.4, "times", None)], None),
    ("en", "\"For many young people, owning a home feels like a distant dream,\" said Hannah Corby, head of policy at Generation Rent.", False, [], None),
    # --- Chipmaker results (Reuters) ----------------------------------------------------------
    ("en", "SAN FRANCISCO, Nov 19 (Reuters) - Chipmaker Veritas Semiconductor forecast fourth-quarter revenue above Wall Street estimates on Wednesday.", True,
     [("date", "--11-19", None, None), ("ordinal", 4, None, None)], None),
    ("en", "It expects revenue of $65 billion, plus or minus 2%, compared with analysts' average estimate of $62.1 billion, according to LSEG data.", True,
     [("money", 65000000000, "USD", None), ("percent", 2, "%", None), ("money", 62100000000, "USD", None)], None),
    ("en", "Third-quarter revenue rose 62% to $57 billion.", True,
     [("ordinal", 3, None, None), ("percent", 62, "%", None), ("money", 57000000000, "USD", None)], None),
    ("en", "Data center revenue jumped 66% to $51.2 billion, accounting for nearly nine-tenths of total sales.", True,
     [("percent", 66, "%", None), ("money", 51200000000, "USD", None), ("fraction", 0.9, None, "nearly")], None),
    ("en", "Adjusted gross margin came in at 73.6%, the company said.", True,
     [("percent", 73.6, "%", None)], "the company"),
    ("en", "Chief Financial Officer Colette Hale said the company expected gross margins of about 75% in the fourth quarter.", True,
     [("percent", 75, "%", "about"), ("ordinal", 4, None, None)], "Colette Hale"),
    ("en", "Shares rose about 4% in extended trading, adding roughly $180 billion to the company's market value.", True,
     [("percent", 4, "%", "about"), ("money", 180000000000, "USD", "about")], None),
    ("en", "\"Demand is off the charts,\" Chief Executive Lin Harrow said on a call with analysts.", False, [], None),
    # --- UK supermarket results (PA) ----------------------------------------------------------
    ("en", "LONDON (PA) - Supermarket group Harrowfield posted a pre-tax profit of £1.6bn for the 24 weeks to Aug. 23, up 10.4% on a year earlier.", True,
     [("money", 1600000000, "GBP", None), ("duration", 24, "week", None), ("date", "--08-23", None, None), ("percent", 10.4, "%", None)], None),
    ("en", "Group sales grew 5.1% to £33.1bn, and the company raised its full-year profit guidance to between £2.9bn and £3.1bn.", True,
     [("percent", 5.1, "%", None), ("money", 33100000000, "GBP", None), ("money", 2900000000, "GBP", None), ("money", 3100000000, "GBP", None)], None),
    ("en", "The interim dividend rises to 4.8p a share.", True,
     [("money", 0.048, "GBP", None)], None),
    ("en", "Its market share reached 28.2%, the highest in almost a decade, according to Worldpanel.", True,
     [("percent", 28.2, "%", None)], "Worldpanel"),
    # --- Energy prices (PA, Reuters) ----------------------------------------------------------
    ("en", "LONDON (PA) - Energy regulator Ofgem will raise its price cap by 0.2% to £1,758 a year for a typical dual-fuel household from Jan. 1.", True,
     [("percent", 0.2, "%", None), ("money", 1758, "GBP", None), ("date", "--01-01", None, None)], None),
    ("en", "The cap is still about £600 higher than in the winter of 2021, before Russia's invasion of Ukraine pushed wholesale prices up.", True,
     [("money", 600, "GBP", "about"), ("year", 2021, None, None)], None),
    ("en", "SINGAPORE, Jan 6 (Reuters) - Brent crude futures fell 68 cents, or 1.1%, to $60.07 a barrel by 0340 GMT.", True,
     [("date", "--01-06", None, None), ("money", 0.68, "USD", None), ("percent", 1.1, "%", None), ("money", 60.07, "USD", None)], None),
    ("en", "Oil prices fell nearly a fifth last year, their steepest annual decline since 2020.", True,
     [("fraction", 0.2, None, "nearly"), ("year", 2020, None, None)], None),
    ("en", "Many analysts believe the glut will weigh on prices well into the second half.", False,
     [("ordinal", 2, None, None)], None),
    # --- Measles in the U.S. (AP) -------------------------------------------------------------
    ("en", "NEW YORK (AP) — Measles cases in the U.S. have topped 1,900 this year, the most in any year since 1992, according to the Centers for Disease Control and Prevention.", True,
     [("count", 1900, None, None), ("year", 1992, None, None)], "the Centers for Disease Control and Prevention"),
    ("en", "Two unvaccinated children in West Texas and an adult in New Mexico have died.", True,
     [("count", 2, None, None)], None),
    ("en", "About 92% of the cases were in people who were unvaccinated or whose vaccination status was unknown.", True,
     [("percent", 92, "%", "about")], None),
    ("en", "Across the country, 92.5% of kindergartners had received both MMR doses in the most recent school year, compared with 95.2% before the pandemic.", True,
     [("percent", 92.5, "%", None), ("percent", 95.2, "%", None)], None),
    ("en", "There have been 47 outbreaks this year, compared with 16 in all of 2024.", True,
     [("count", 47, None, None), ("count", 16, None, None), ("year", 2024, None, None)], None),
    ("en", "\"Vaccination remains the best protection against measles,\" the agency said in a statement.", False, [], None),
    ("en", "Parents with questions should talk to their child's doctor.", False, [], None),
    # --- NHS waiting lists (PA) ---------------------------------------------------------------
    ("en", "LONDON (PA) - The number of routine treatments waiting to be carried out in England's hospitals fell to an estimated 7.36 million at the end of October, NHS England said.", True,
     [("count", 7360000, None, "about")], "NHS England"),
    ("en", "Just 61.8% of patients were waiting less than 18 weeks, against a target of 92%.", True,
     [("percent", 61.8, "%", None), ("duration", 18, "week", "under"), ("percent", 92, "%", None)], None),
    ("en", "About a third of patients on the list have been waiting longer than the 18-week standard.", True,
     [("fraction", 0.3333, None, "about"), ("duration", 18, "week", None)], None),
    ("en", "Some 2,610 patients had been waiting more than 18 months.", True,
     [("count", 2610, None, "about"), ("duration", 18, "month", "over")], None),
    ("en", "A&E departments saw 2.38 million attendances in November, and 76.0% of patients were seen within four hours.", True,
     [("count", 2380000, None, None), ("percent", 76.0, "%", None), ("duration", 4, "hour", None)], None),
    ("en", "The government has pledged that 65% of patients will be treated within 18 weeks by March 2026.", True,
     [("percent", 65, "%", None), ("duration", 18, "week", None), ("year", 2026, None, None)], None),
    ("en", "\"Staff are working flat out, but there is still a mountain to climb,\" said Professor Meena Sharma, NHS England's medical director.", False, [], None),
    ("en", "New HIV diagnoses among gay and bisexual men in England have halved since 2015, the UK Health Security Agency said.", True,
     [("year", 2015, None, None)], "the UK Health Security Agency"),
    # --- WHO tuberculosis report (Reuters) ----------------------------------------------------
    ("en", "GENEVA, Nov 12 (Reuters) - Tuberculosis killed an estimated 1.23 million people in 2024, the World Health Organization said on Wednesday, presenting its annual report.", True,
     [("date", "--11-12", None, None), ("count", 1230000, None, "about"), ("year", 2024, None, None)], "the World Health Organization"),
    ("en", "About 10.7 million people fell ill with the disease over the same period, a slight decline from the year before.", True,
     [("count", 10700000, None, "about")], None),
    ("en", "Five countries — India, Indonesia, the Philippines, China and Pakistan — accounted for 56% of cases.", True,
     [("count", 5, None, None), ("percent", 56, "%", None)], None),
    ("en", "India alone accounted for a quarter of the global total.", True,
     [("fraction", 0.25, None, None)], None),
    ("en", "Funding for TB care in low- and middle-income countries reached $5.9 billion, just over a quarter of the $22 billion target.", True,
     [("money", 5900000000, "USD", None), ("fraction", 0.25, None, "over"), ("money", 22000000000, "USD", None)], None),
    ("en", "\"Cuts to foreign aid threaten to undo decades of progress,\" WHO Director-General Tedros Adhanom Ghebreyesus said.", False, [], None),
    # --- Stroke drug trial (Reuters) ----------------------------------------------------------
    ("en", "LONDON, March 3 (Reuters) - A daily pill cut the risk of a second stroke by 26% in a trial of 12,850 patients across 31 countries, researchers reported in The Lancet.", True,
     [("date", "--03-03", None, None), ("ordinal", 2, None, None), ("percent", 26, "%", None), ("count", 12850, None, None), ("count", 31, None, None)], None),
    ("en", "Patients in the trial were tracked for a median of 3.4 years.", True,
     [("duration", 3.4, "year", None)], None),
    ("en", "Recurrent strokes occurred in 6.1% of those taking the drug and 8.2% of those on placebo.", True,
     [("percent", 6.1, "%", None), ("percent", 8.2, "%", None)], None),
    ("en", "That corresponds to a hazard ratio of 0.74, with a 95% confidence interval of 0.66 to 0.83.", True,
     [("count", 0.74, None, None), ("percent", 95, "%", None), ("count", 0.66, None, None), ("count", 0.83, None, None)], None),
    ("en", "Major bleeding was about 1.5 times as common in the treatment group.", True,
     [("count", 1.5, "times", "about")], None),
    ("en", "Roughly 1 in 60 patients would need to take the drug for three years to prevent one stroke.", True,
     [("fraction", 0.0167, None, "about"), ("duration", 3, "year", None), ("count", 1, None, None)], None),
    ("en", "The trial was funded by the drugmaker, which also helped design the study.", True, [], None),
    ("en", "\"These findings could change how we treat stroke survivors,\" said lead author Dr. Helen Okafor of University College London.", False, [], None),
    ("en", "Independent experts said longer follow-up was needed before the drug could be widely recommended.", False, [], None),
    # --- Climate bulletin (Reuters) -----------------------------------------------------------
    ("en", "BRUSSELS, Jan 9 (Reuters) - The planet's third-warmest year on record was 2025, at 1.47C above the pre-industrial average, Copernicus said on Friday.", True,
     [("date", "--01-09", None, None), ("ordinal", 3, None, None), ("year", 2025, None, None), ("count", 1.47, None, None)], "Copernicus"),
    ("en", "The average for 2023 to 2025 exceeded 1.5C for the first time over a three-year period.", True,
     [("year", 2023, None, None), ("year", 2025, None, None), ("count", 1.5, None, None), ("ordinal", 1, None, None), ("duration", 3, "year", None)], None),
    ("en", "Atmospheric carbon dioxide concentrations rose by 3.5 parts per million to a record 423.9 ppm, the World Meteorological Organization said.", True,
     [("count", 3.5, None, None), ("count", 423.9, None, None)], "the World Meteorological Organization"),
    ("en", "The Global Carbon Project estimates that fossil-fuel emissions will reach a record 38.4 billion tonnes of carbon dioxide in 2025, up 1.1%.", True,
     [("count", 38400000000, None, None), ("year", 2025, None, None), ("percent", 1.1, "%", None)], None),
    ("en", "Sea ice around Antarctica covered 1.98 million square kilometres at its February minimum, the third-lowest extent in the satellite record.", True,
     [("count", 1980000, None, None), ("ordinal", 3, None, None)], None),
    ("en", "\"Every fraction of a degree matters,\" said Laura Kessler, deputy director of the service.", False, [], None),
    ("en", "Scientists say the world is running out of time to keep the 1.5C goal within reach.", False,
     [("count", 1.5, None, None)], None),
    # --- Glacier study (AFP) ------------------------------------------------------------------
    ("en", "PARIS (AFP) - The world's glaciers lost an average of 273 billion tonnes of ice a year between 2000 and 2023, according to a study published in Nature.", True,
     [("count", 273000000000, None, None), ("year", 2000, None, None), ("year", 2023, None, None)], None),
    ("en", "That is equivalent to the amount of water the entire global population consumes in 30 years.", True,
     [("duration", 30, "year", None)], None),
    ("en", "The rate of loss increased by 36% in the second half of the period compared with the first half.", True,
     [("percent", 36, "%", None), ("ordinal", 2, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Central Europe's glaciers have lost 39% of their mass since 2000, the highest share of any region.", True,
     [("percent", 39, "%", None), ("year", 2000, None, None)], None),
    ("en", "\"Glaciers are disappearing before our eyes,\" said co-author Anna Lindqvist.", False, [], None),
    # --- Fact check: vaccines and cancer (AFP) ------------------------------------------------
    ("en", "WASHINGTON (AFP) - A post shared widely on Facebook claims that COVID-19 vaccines have caused a 1,000-fold increase in cancer cases.", True,
     [("count", 1000, "times", None)], None),
    ("en", "Data from the National Cancer Institute show age-adjusted cancer incidence in the United States was about 440 cases per 100,000 people in 2021, little changed from 2019.", True,
     [("count", 440, None, "about"), ("count", 100000, None, None), ("year", 2021, None, None), ("year", 2019, None, None)], None),
    ("en", "AFP found no evidence to back up the post's figure.", False, [], None),
    # --- Fact check: out of work (Reuters) ----------------------------------------------------
    ("en", "LONDON (Reuters) - Social media users are sharing a graphic claiming that one in five UK adults is now out of work.", True,
     [("fraction", 0.2, None, None)], None),
    ("en", "In fact, the economic inactivity rate for people aged 16 to 64 stood at 21.0% in the three months to September, according to the ONS.", True,
     [("duration", 16, "year", None), ("duration", 64, "year", None), ("percent", 21.0, "%", None), ("duration", 3, "month", None)], "the ONS"),
    ("en", "The unemployment rate, which counts only people actively seeking work, was 5.0%.", True,
     [("percent", 5.0, "%", None)], None),
    ("en", "Inactivity figures include students, carers and people who have retired early.", True, [], None),
    ("en", "The graphic therefore confuses inactivity with unemployment.", False, [], None),
    # --- Fact check: income tax (AAP) ---------------------------------------------------------
    ("en", "SYDNEY (AAP) - A viral video claims that the average Australian worker pays more than A$25,000 a year in income tax.", True,
     [("money", 25000, "AUD", "over")], None),
    ("en", "Australian Taxation Office statistics show the median income tax paid by individuals was A$11,600 in the year to June 2023.", True,
     [("money", 11600, "AUD", None), ("year", 2023, None, None)], None),
    ("en", "AAP FactCheck contacted the creator of the video but did not receive a response.", False, [], None),
    # --- Australian inflation (Reuters) -------------------------------------------------------
    ("en", "SYDNEY, Jan 28 (Reuters) - Australia's annual inflation rate rose to 3.8% in December from 3.4% in November, data from the Australian Bureau of Statistics showed.", True,
     [("date", "--01-28", None, None), ("percent", 3.8, "%", None), ("percent", 3.4, "%", None)], None),
    ("en", "Electricity prices jumped 21.5% over the year as some state rebates expired.", True,
     [("percent", 21.5, "%", None)], None),
    ("en", "\"The RBA can't ignore numbers like these,\" said Sally Wren, head of economics at Lismore Capital.", False, [], None),
    # --- India GDP (Reuters) ------------------------------------------------------------------
    ("en", "NEW DELHI, Nov 28 (Reuters) - Indian economic growth accelerated to 8.2% in the quarter to September, the quickest expansion in six quarters, according to government data released on Friday.", True,
     [("date", "--11-28", None, None), ("percent", 8.2, "%", None), ("count", 6, None, None)], None),
    ("en", "The government has budgeted Rs 11.21 lakh crore for capital expenditure in the fiscal year to March.", True,
     [("money", 11210000000000, "INR", None)], None),
    ("en", "Earlier this month, the central bank cut its key lending rate by a quarter point to 5.25%.", True,
     [("percent", 0.25, "pp", None), ("percent", 5.25, "%", None)], None),
    ("en", "India's per capita income is still only about $2,700 a year.", True,
     [("money", 2700, "USD", "about")], None),
    # --- Fact check: grocery prices (AP) ------------------------------------------------------
    ("en", "NEW YORK (AP) — Social media posts claim that grocery prices have doubled since 2020.", True,
     [("year", 2020, None, None)], None),
    ("en", "According to the Bureau of Labor Statistics, food-at-home prices rose about 28% between December 2019 and October 2025.", True,
     [("percent", 28, "%", "about"), ("year", 2019, None, None), ("year", 2025, None, None)], "the Bureau of Labor Statistics"),
    ("en", "Egg prices more than doubled between early 2024 and March 2025, when a carton of 12 large eggs averaged $6.23.", True,
     [("year", 2024, None, None), ("year", 2025, None, None), ("count", 12, None, None), ("money", 6.23, "USD", None)], None),
    ("en", "Those posts leave out important context.", False, [], None),
]
