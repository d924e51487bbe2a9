"""Eighty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, banks and every figure are made
up (Miriam Kolbeck, Tobias Renner, the Hanseatische Kreditbank, Sabine Fellner, the Bank
Rheintal, Jörg Halbach, Renate Brüggemann, Lorenz Straubinger, Gerhard Lindtner, Bernhard
Aichinger, Raphael Gisler; Carla Pennock, Hugo Thackeray, Thornbury Capital, Imogen
Radcliffe, Kestrel Economics, Ruth Calloway, Marlow & Finch, Nigel Pembury, Dana
Whitcombe, Harbor Crest Advisors, Pieter Vandermolen, Ostend Capital, Harriet Colley,
Dominic Sayers, Toby Manning); real agencies and institutions ("Statistisches Bundesamt"/
"Destatis", "Bundesagentur für Arbeit", "Ifo", "EZB", "Wifo", "Statistik Austria", "AMS",
"Seco", "BFS", "BAZG", "RAV", "KOF", "Eurostat", "GENESIS-Online", "the Office for
National Statistics"/"the ONS", "the Bank of England", "Ofgem", "Nationwide", "Halifax",
"the Bureau of Labor Statistics", "the Labor Department", "the Commerce Department", "the
Census Bureau", "the Bureau of Economic Analysis", "the Federal Reserve", "FactSet", "the
White House", "the Conservatives", "the Liberal Democrats", "the European Central Bank",
"the Federal Statistical Office", "the WIFO institute") stand for the way wire copy names
them; what is released, revised, forecast and said here is invented.

Its weight: OFFICIAL STATISTICS RELEASES as the agencies write them up. Half German (dpa
and Reuters German with Destatis: a GDP flash estimate "preis-, saison- und
kalenderbereinigt ... zum Vorquartal" with its revision "nach zuvor gemeldeten 0,1
Prozent", consumption, exports and the Erwerbstätige; industrial production and orders
"im weniger volatilen Dreimonatsvergleich", "Ohne Großaufträge", "Reichweite des
Auftragsbestands"; the inflation flash with energy, food, services, core and HVPI; retail
sales real and nominal; exports, imports and the Handelsbilanz; real and nominal wages;
population and net migration; house prices and building permits; the Bundesagentur's
jobless figures "saisonbereinigt"; the Ifo index in "Punkte" and "Zählern"; APA with the
Wifo flash estimate, Statistik Austria's inflation with "Mikrowarenkorb" and
"Miniwarenkorb", population on a "Stichtag", wholesale prices "(2020=100)", construction
costs and the AMS; Keystone-SDA with Seco's GDP "um Sportevents bereinigt", the BFS
consumer price index, Swiss retail, BAZG exports "68,3 Mia. Fr.", "9'051'100" residents and
the RAV; dpa from Luxembourg with Eurostat's euro area GDP, jobless rate and inflation),
half English (Reuters and PA with the ONS: a Q3 headline, quarterly and monthly GDP with
services, production, construction, per head and revisions; CPI with food, services, core,
household energy, CPIH and "0.4pc"; unemployment, payrolled employees, regular and real
pay, vacancies, the claimant count and inactivity; retail sales, Nationwide, Halifax and
official house prices, private rents, population and net migration, the trade deficit;
Reuters and AP with the BLS jobs report, weekly jobless claims and their four-week average,
CPI and PPI, import prices, the BEA's annualized GDP and PCE, productivity, retail sales,
industrial production and capacity utilization, housing starts and permits, the trade gap,
JOLTS and the Census Bureau's population estimate; Reuters with Eurostat's flash GDP "0.2%
quarter on quarter", inflation components "y/y", unemployment, Destatis' confirmed GDP,
German output "m/m", Swiss prices and Austria's GDP "q/q"). Economists' consensus appears
as agencies' copy carries it ("Von Reuters befragte Volkswirte hatten ... gerechnet",
"Ökonomen hatten lediglich mit ... gerechnet", "Volkswirte hatten 2,2 Prozent erwartet",
"Economists polled by Reuters had forecast ...", "Most economists had pencilled in ...",
"Economists surveyed by data provider FactSet had expected ...", "beating a Reuters poll
forecast of 1.0%"). Negatives as such copy has them: economists' verdicts and predictions
phrased as opinion („Die deutsche Wirtschaft tritt weiter auf der Stelle ...“, „Die Inflation
ist gezähmt ...“, «Die Zollkeule aus Washington ...», "Die Konjunkturflaute dürfte sich nach
Einschätzung vieler Ökonomen ...", ""This is a labor market that is stuck in low gear,"",
"Many economists believe tariffs will ...", "Economists at several banks said they now saw
a December rate cut as more likely than not."), politicians' spin (a minister's
"Silberstreif am Horizont", „Die Regierung hat die Teuerung ... endlich im Griff“, the
opposition's reproach, the Chancellor's "moving in the right direction", a White House
spokesman's "unleashing", the Conservatives' and Liberal Democrats' lines), lobbies'
rhetoric and reproaches, commentary, an open and a teaser question, market colour and
boilerplate ("Die Ergebnisse sind vorläufig ...", "Weitere Informationen und lange
Zeitreihen ...", "Diese Meldung wird laufend aktualisiert.", "All figures are seasonally
adjusted and may be revised ...", "For more on the latest data, see the ONS website.", an
update note, a reporting credit).

236 rows (118 German, 118 English), 47 negatives (23 German, 24 English), 189 check-worthy
rows of which 5 carry no figure (3 German, 2 English), 363 expected quantities (200
percentages - 196 in "%" and 4 in "pp" -, 68 counts - one of them "times" -, 29 ordinals, 19
amounts of money, 16 durations, 12 dates, 12 years, 7 fractions; none of them in
negatives, which hold no figure), 41 checked speakers (19 German, 22 English). Sentences
sharing a run of eight or more words with any file under tests/ (checked by a script that
printed only this batch's sentences, with case and punctuation normalised) were reworded
before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A consensus stated as what
  economists had expected is check-worthy (fifty-fourth and fifty-sixth: "Volkswirte hatten
  einen Anstieg um 10.000 erwartet", "Economists polled by Reuters had forecast the jobless
  rate holding at 4.2%"). New: it stays check-worthy without a figure ("Von Reuters befragte
  Volkswirte hatten im Schnitt mit einer Stagnation gerechnet.", "Economists had expected
  sales to be flat.") - a poll's outcome is a fact of record, unlike "Economists at several
  banks said they now saw ... as more likely than not", a view. A Konjunktiv I paraphrase
  reporting a figure is check-worthy with its speaker ("Für das Gesamtjahr rechne das
  Institut weiterhin mit einem Wachstum von 0,3 Prozent, sagte Wifo-Chef Gerhard Lindtner."
  -> "Gerhard Lindtner", fifty-sixth), one of rhetoric a negative ("Der Einbruch ... sei ein
  Alarmsignal für den Standort, hieß es vom Industrieverband.", "Man sehe die Entwicklung
  mit großer Sorge, erklärte ein Sprecher ...", fiftieth and fifty-sixth). A statistician's
  quoted account of what drove a figure is check-worthy („Vor allem die schwächeren Exporte
  haben die Wirtschaft im Sommer ausgebremst“, sagte Destatis-Abteilungsleiterin Miriam
  Kolbeck.; ""The economy grew slowly in the third quarter, with weak manufacturing offset
  by modest growth in services," ONS director of economic statistics Carla Pennock said."),
  as a statement of cause by the statisticians is (thirty-third: "Einen Teil des Anstiegs
  erklären die Statistiker mit ..."); so are a release date ("Detaillierte Ergebnisse will
  das Bundesamt am 25. November veröffentlichen.", "Die endgültigen Daten für das dritte
  Quartal veröffentlicht die Statistik Austria Mitte Dezember."), the direction of prices
  without a figure ("Gesunken sind vor allem die Preise für Pauschalreisen ...") and the
  ONS's statement on the carmaker's shutdown.
- Growth, inflation, sales and output rates are percentages as written; words of direction
  ("sank", "schrumpfte", "ein Minus von", "zurückgingen", "shrank", "fell", "contracted",
  "down 2.6%") leave the value as written (eleventh; fifty-fourth: "ein Minus von 0,8
  Prozent"); "mit plus 0,4 Prozent" is 0.4 (fifty-sixth); "0,0 Prozent" is percent 0
  (thirty-third). New: the comparison-period tags "q/q", "y/y", "m/m", "quarter on quarter"
  and "Year on year" carry nothing and leave the percentage before them alone, as
  "year-on-year" and "month on month" do (fifty-fourth and third); so do "zum Vorquartal",
  "zum Vormonat", "zum Vorjahresmonat", "gegenüber dem Vorjahresquartal", "im
  Jahresabstand", "im Monatsabstand", "Im Monatsvergleich", "im Vorjahresvergleich", "Im
  Jahresvergleich", "im Vorquartal", "im Vorjahreszeitraum", "on the month", "on the
  quarter", "on the year", "in the quarter", "from the previous month". New: the adjustment
  words "preis-, saison- und kalenderbereinigt", "kalender- und saisonbereinigt",
  "kalenderbereinigt", "unbereinigt", "saisonbereinigt", "Um Sportevents bereinigt", "um
  Verkaufs- und Feiertagseffekte bereinigt", "real", "nominal", "Adjusted for inflation",
  "Unadjusted" carry none; "a seasonally adjusted 216,000" is 216,000 with no hedge
  (fifty-sixth: "a seasonally adjusted 229,000"). Annualized rates are percentages: "a 3.8%
  annualized rate", "at a 0.6% rate", "at a 1.0% pace", "the 3.3% pace" (as "an annualised
  rate of 0.9%", third batch).
- New: revisions give both figures with no hedge - "nach zuvor gemeldeten 0,1 Prozent",
  "den Rückgang auf 3,7 Prozent von zuvor 4,3 Prozent", "von 0,2 auf 0,1 Prozent nach unten
  revidiert", "revised up from the 3.3% pace", "revised up from the previously estimated
  1.6% pace", "revised down from 0.7%", "nudged up to 0.7% from 0.6%", "left unrevised at
  0.3%"; "zuvor", "previously", "unrevised" and "initial" are no hedges (as "damals" and
  "then", sixty-third). "33,000 fewer jobs ... than previously reported" count 33,000
  (fifty-sixth: "8,000 fewer jobs").
- Points: "0,4 Prozentpunkte", "0.3 percentage points", "0.1 percentage point", "2.2
  percentage points below" pp (fifty-sixth); index levels are counts ("86,9 Punkte", "87,8
  Zählern" - "Zählern" as in the forty-sixth and seventy-eighth batches -, "88,1 Punkte",
  "107,0 Punkten", "124,8 Punkten"; sixty-second). New: an index base in brackets
  "(2020=100)" gives year 2020 and count 100, the year read as a year in brackets (sixty-
  third: "(1954)") and 100 as an index level; the index names ("Ifo-Geschäftsklimaindex",
  "Landesindex der Konsumentenpreise", "Harmonisierte Verbraucherpreisindex (HVPI)",
  "HVPI-Rate", "CPIH", "PCE", "Großhandelspreisindex") carry none.
- Ordinals: "im dritten Quartal", "im zweiten Quartal", "Second-quarter", "first-quarter",
  "in the third quarter", "in the first quarter" (thirty-third); "after a 0.2% contraction in
  the second" ordinal 2, the elliptic quarter as "slowing from 0.7% in the first" (tenth);
  "bereits im dritten Quartal in Folge", "das dritte Quartal in Folge", "das neunte Quartal
  in Folge" (fifty-fourth: "the fourth consecutive monthly increase"); "nach einer ersten
  Schätzung", "laut einer ersten Schätzung" ordinal 1 and "nach einer zweiten Schätzung", "in
  its third estimate" ordinals 2 and 3 (as "die zweite Dosis", thirty-third).
  "Schnellschätzung", "flash estimate", "preliminary estimate", "initial claims", "an
  initial week of aid" carry none. New: "UK Q3 GDP" in a headline is ordinal 3 - "Q3" the
  third quarter written short, as "Third-quarter" is ordinal 3 (thirty-third); the letter
  glued to the figure is no code here, unlike "U-6" (fifty-sixth).
- Durations: "Im weniger volatilen Dreimonatsvergleich" 3 months (a number word with a unit
  of time in a compound, as "im Zehnjahresvergleich", fifty-fifth) and "als in den drei
  Monaten zuvor" 3 months; "in the three months through September" and "since the three
  months to May 2022" 3 months (with the year), "in the 12 months to October", "in the 12
  months to September 2025", "In the 12 months through August", "in the 12 months through
  September" 12 months (fifty-fourth), "The four-week moving average" 4 weeks (fifty-sixth),
  "held at 34.2 hours" 34.2 hours (fifty-sixth: "34.3 hours"); new: "Die Reichweite des
  Auftragsbestands lag ... bei 7,4 Monaten" 7.4 months, a decimal with a unit of time as
  "12,3 Tagen" (fifty-fourth). None: "the July-to-September period", "in the July-September
  period", "the August-to-October period" (fifty-sixth), "Von Januar bis September", "von
  Juli bis September", "binnen Jahresfrist", "ein Jahr zuvor", "ein Jahr davor", "vor einem
  Jahr", "im Vorjahr", "im vergangenen Jahr", "zu Jahresbeginn", "im Sommer", "a year
  earlier", "a year ago", "in the year to October", "in the year to November", "in the year
  to June", "the month before", "over the past year", "last month", "the latest week",
  "long-term sickness".
- Counts: jobless totals, payrolls, claims, openings, employment, permits and starts
  ("38.000 auf 2,885 Millionen", "35,06 Millionen", "629.000 offene Stellen", "46,1 Millionen
  Erwerbstätigen", "369.712 Personen", "130'614 Personen" and "9'051'100 Personen" with Swiss
  grouping, "119,000 jobs", "fell 6,000 to a seasonally adjusted 216,000", "11,412 to
  247,846", "4,000 to 1.960 million", "9,250 to 223,750", "723,000", "29,000 to 1.72
  million", "1.246 million units" and "1.312 million units" (fifty-second: "a seasonally
  adjusted annual rate of 874,000 units"), "431,000 to 7.67 million"); population figures
  ("83,6 Millionen", "9.215.608 Menschen", "706,881 to 61.8 million", "3.3 million ... to
  340.1 million", "Sterbefälle überstieg die der Geburten um etwa 330.000" "about", "deaths
  outnumbering births by around 3,000" "about"); "In den sieben größten Metropolen" 7;
  "mit ihren 27 Mitgliedstaaten", "the 20 countries sharing the euro", "the 20-nation bloc"
  20 (as "the 27-nation bloc", earlier batches); "mehr als doppelt so hoch" count 2 "times"
  "over" (first and fifty-fourth).
- Money: trade flows and balances in the currency written ("131,6 Milliarden Euro", "15,4
  Milliarden Euro", "68,3 Mia. Fr." CHF as "11,4 Mia. Fr." (sixty-sixth), "£2.3 billion to
  £8.4 billion", "$19.3 billion to $52.8 billion"); pay and prices per month carry no period
  ("4.634 Euro brutto im Monat", "£1,367"); house prices "£272,998", "£271,000", "£299,092",
  "£567,000", "£166,000" GBP; "mehr als 8.000 Euro brutto" "over".
- Fractions: "um fast ein Fünftel" 0.2 "nearly", "um mehr als ein Drittel" 0.3333 "over",
  "Das bestverdienende Zehntel" 0.1 (as "the lowest-paid tenth", fifty-sixth), "around
  four-fifths" 0.8 "about" (as "two-fifths"), "about a third" 0.3333 "about", "more than
  two-thirds" 0.6667 "over", "down by around two-thirds" 0.6667 "about". "halbierte sich",
  "verdoppelt" carry none (verbs, nineteenth).
- Ages: "der Menschen ab 67 Jahren" 67 years "at_least" (as "für Menschen ab 60 Jahren",
  sixty-fourth), "bei den unter 25-Jährigen" 25 years "under" (fifty-sixth), "aged 16 to
  64" both ages (thirty-third).
- Years and dates: "unter dem Niveau von 2021", "since early 2021", "since the three months
  to May 2022", "since October 2021", "since January 2021", "since June 2020", "Compared
  with February 2020", "September 2025" the years; "in the year to mid-2024" 2024 (as "by
  mid-2025", thirty-fourth); "its 1972-2024 average" both years (a range of years,
  sixty-third). Datelines with a day ("LONDON, Nov 13 (Reuters)", "LONDON, Nov 11
  (Reuters)", "WASHINGTON, Dec 5 (Reuters)", "WASHINGTON, Nov 26 (Reuters)", "WASHINGTON,
  Oct 30 (Reuters)", "BRUSSELS, Oct 30 (Reuters)", "BERLIN, Nov 25 (Reuters)") dates without
  a year; "for the week ended Nov. 22", "during the week ending Nov. 15", "to July 1", "am
  25. November", "Zum Stichtag 1. Oktober" dates without a year; other datelines, months,
  weekdays, "Mitte Dezember", "Thanksgiving" none.
- Hedges, only the names in use: "rund", "etwa", "around", "About", "about" "about";
  "fast", "nearly" "nearly"; "mehr als", "gut", "more than" "over"; "ab" before an age
  "at_least"; "unter" before an age "under"; "im Schnitt", "durchschnittlich",
  "lediglich", "just", "alone", "unverändert", "broadly unchanged", "ebenfalls", "zuvor",
  "previously" no hedge.
- Speakers, checked in forms the earlier batches settled: "teilte das Statistische
  Bundesamt (am Donnerstag / nach einer ersten Schätzung) mit" -> "das Statistische
  Bundesamt", "teilte Destatis am Vortag mit" and "wie Destatis mitteilte" -> "Destatis",
  "teilte die Bundesagentur für Arbeit am Freitag mit", "teilte die Statistik Austria (am
  Mittwoch) mit" -> "die Statistik Austria", "teilte das BFS mit" -> "das BFS" (as "das
  Seco", fourteenth), "Laut Eurostat" -> "Eurostat" (fifty-sixth), "wie die Statistikbehörde
  Eurostat ... mitteilte" -> "die Statistikbehörde Eurostat" (as "das Statistikamt ONS",
  seventy-ninth), "teilte das Wirtschaftsforschungsinstitut Wifo mit" -> "das
  Wirtschaftsforschungsinstitut Wifo" (as "die Gewerkschaft Unia", fifty-sixth); titles
  dropped ("Destatis-Abteilungsleiterin", "Wifo-Chef", "ONS director of economic
  statistics", fifty-sixth). New: an agency's abbreviation in brackets after its name is no
  part of the speaker - "wie das Statistische Bundesamt (Destatis) mitteilte" -> "das
  Statistische Bundesamt", "wie das Staatssekretariat für Wirtschaft (Seco) am Freitag
  mitteilte" -> "das Staatssekretariat für Wirtschaft", "wie das Bundesamt für Statistik
  (BFS) mitteilte" -> "das Bundesamt für Statistik", "teilte das Bundesamt für Zoll und
  Grenzsicherheit (BAZG) mit" -> "das Bundesamt für Zoll und Grenzsicherheit". English:
  "the Office for National Statistics said", "according to the Office for National
  Statistics", "the ONS said", "the Bureau of Labor Statistics said", "the Labor Department
  said (on Wednesday / Friday)", "the Commerce Department said in its third estimate", "the
  Federal Statistical Office said" with the article in lower case (fifty-fourth and
  fifty-sixth); "the Census Bureau said", "the Bureau of Economic Analysis said", "the
  Federal Reserve said" by the same rule; "Eurostat said" as written; "according to
  Nationwide" as written (thirty-third); "the federal statistics office said" -> "the
  federal statistics office" (nineteenth: "the statistics office"); "the mortgage lender
  said" and "the lender said" -> the common noun with its article, a body named earlier in
  the story (as "the trade group", fifty-fourth). New by that rule: "the WIFO institute
  said in a flash estimate" -> "the WIFO institute". Left unchecked (None): "laut
  Schnellschätzung des Wifo", "laut vorläufigen Zahlen der Statistik Austria", "laut einer
  ersten Schätzung" (documents, as "laut Geschäftsbericht", sixty-third), "Von Reuters
  befragte Volkswirte/Ökonomen", "Ökonomen", "Analysten", "Economists polled by Reuters",
  "Economists in a Reuters poll", "Economists surveyed by data provider FactSet" (fifty-
  fourth and fifty-sixth), "official figures showed", "a preliminary estimate from Eurostat
  showed", "Eurostat's flash estimate showed", "the Job Openings and Labor Turnover Survey
  showed", "The household survey showed", "according to early estimates based on tax
  data", "will das Bundesamt ... veröffentlichen" (no verb of saying), rows without
  attribution and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_85 = [
    # === German =================================================================================
    # --- BIP Deutschland, Schnellmeldung (dpa, Reuters) ---
    ("de", "Wiesbaden (dpa) - Im Sommer ist Deutschlands Wirtschaft leicht geschrumpft: Das Bruttoinlandsprodukt sank im dritten Quartal preis-, saison- und kalenderbereinigt um 0,1 Prozent zum Vorquartal, teilte das Statistische Bundesamt am Donnerstag mit.", True, [("ordinal", 3, None, None), ("percent", 0.1, "%", None)], "das Statistische Bundesamt"),
    ("de", "Im zweiten Quartal war die Wirtschaftsleistung nach revidierten Daten um 0,2 Prozent gestiegen, nach zuvor gemeldeten 0,1 Prozent.", True, [("ordinal", 2, None, None), ("percent", 0.2, "%", None), ("percent", 0.1, "%", None)], None),
    ("de", "Von Reuters befragte Volkswirte hatten im Schnitt mit einer Stagnation gerechnet.", True, [], None),
    ("de", "Im Vergleich zum Vorjahresquartal lag das BIP kalenderbereinigt um 0,3 Prozent niedriger, unbereinigt ergab sich ein Minus von 0,6 Prozent.", True, [("percent", 0.3, "%", None), ("percent", 0.6, "%", None)], None),
    ("de", "Gebremst wurde die Wirtschaft vor allem von den Exporten, die um 1,9 Prozent zurückgingen, während die privaten Konsumausgaben um 0,4 Prozent zulegten.", True, [("percent", 1.9, "%", None), ("percent", 0.4, "%", None)], None),
    ("de", "Die Ausrüstungsinvestitionen, also vor allem Ausgaben für Maschinen und Fahrzeuge, sanken bereits im dritten Quartal in Folge.", True, [("ordinal", 3, None, None)], None),
    ("de", "Erbracht wurde die Wirtschaftsleistung im dritten Quartal von 46,1 Millionen Erwerbstätigen, das waren 27.000 weniger als ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("count", 46100000, None, None), ("count", 27000, None, None)], None),
    ("de", "„Vor allem die schwächeren Exporte haben die Wirtschaft im Sommer ausgebremst“, sagte Destatis-Abteilungsleiterin Miriam Kolbeck.", True, [], "Miriam Kolbeck"),
    ("de", "Detaillierte Ergebnisse will das Bundesamt am 25. November veröffentlichen.", True, [("date", "--11-25", None, None)], None),
    ("de", "„Die deutsche Wirtschaft tritt weiter auf der Stelle, von einer echten Erholung sind wir meilenweit entfernt“, sagte Chefvolkswirt Tobias Renner von der Hanseatischen Kreditbank.", False, [], None),
    ("de", "Die Bundeswirtschaftsministerin sprach von einem „Silberstreif am Horizont“ und lobte die Entlastungspolitik der Regierung.", False, [], None),
    ("de", "Die Konjunkturflaute dürfte sich nach Einschätzung vieler Ökonomen bis weit ins kommende Jahr ziehen.", False, [], None),
    # --- Produktion und Auftragseingang (Reuters, dpa) ---
    ("de", "Wiesbaden (Reuters) - Die Produktion im Produzierenden Gewerbe hat im September um 1,4 Prozent zum Vormonat zugelegt, wie das Statistische Bundesamt (Destatis) mitteilte.", True, [("percent", 1.4, "%", None)], "das Statistische Bundesamt"),
    ("de", "Ökonomen hatten lediglich mit einem Plus von 0,5 Prozent gerechnet.", True, [("percent", 0.5, "%", None)], None),
    ("de", "Für August revidierte das Amt den Rückgang auf 3,7 Prozent von zuvor 4,3 Prozent.", True, [("percent", 3.7, "%", None), ("percent", 4.3, "%", None)], None),
    ("de", "Im weniger volatilen Dreimonatsvergleich lag die Produktion von Juli bis September um 1,1 Prozent niedriger als in den drei Monaten zuvor.", True, [("duration", 3, "month", None), ("percent", 1.1, "%", None), ("duration", 3, "month", None)], None),
    ("de", "Gegenüber dem Vorjahresmonat ergab sich kalenderbereinigt ein Minus von 1,0 Prozent.", True, [("percent", 1.0, "%", None)], None),
    ("de", "In der Autoindustrie stieg die Produktion um 12,3 Prozent, nachdem sie im August wegen Werksferien und Modellwechseln um fast ein Fünftel eingebrochen war.", True, [("percent", 12.3, "%", None), ("fraction", 0.2, None, "nearly")], None),
    ("de", "Die energieintensiven Industriezweige drosselten ihre Produktion um 0,8 Prozent, sie liegt damit um 14,6 Prozent unter dem Niveau von 2021.", True, [("percent", 0.8, "%", None), ("percent", 14.6, "%", None), ("year", 2021, None, None)], None),
    ("de", "Der Auftragseingang im Verarbeitenden Gewerbe sank im September real um 2,1 Prozent zum Vormonat, teilte Destatis am Vortag mit.", True, [("percent", 2.1, "%", None)], "Destatis"),
    ("de", "Ohne Großaufträge lag das Neugeschäft um 0,7 Prozent über dem Augustwert.", True, [("percent", 0.7, "%", None)], None),
    ("de", "Die Auslandsaufträge verringerten sich um 3,4 Prozent, wobei die Bestellungen aus der Eurozone um 5,2 Prozent zurückgingen und jene von außerhalb um 2,3 Prozent.", True, [("percent", 3.4, "%", None), ("percent", 5.2, "%", None), ("percent", 2.3, "%", None)], None),
    ("de", "Die Reichweite des Auftragsbestands lag unverändert bei 7,4 Monaten.", True, [("duration", 7.4, "month", None)], None),
    ("de", "Der reale Umsatz im Verarbeitenden Gewerbe war im September saisonbereinigt 0,9 Prozent höher als im Vormonat.", True, [("percent", 0.9, "%", None)], None),
    ("de", "„Von einer nachhaltigen Trendwende in der Industrie kann keine Rede sein“, warnte Ökonomin Sabine Fellner von der Bank Rheintal.", False, [], None),
    ("de", "Der Einbruch bei den Großaufträgen sei ein Alarmsignal für den Standort, hieß es vom Industrieverband.", False, [], None),
    # --- Verbraucherpreise Deutschland (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Teuerung in Deutschland hat sich im Oktober leicht auf 2,3 Prozent abgeschwächt, nach 2,4 Prozent im September, teilte das Statistische Bundesamt nach einer ersten Schätzung mit.", True, [("percent", 2.3, "%", None), ("percent", 2.4, "%", None), ("ordinal", 1, None, None)], "das Statistische Bundesamt"),
    ("de", "Im Monatsvergleich zogen die Preise um 0,3 Prozent an.", True, [("percent", 0.3, "%", None)], None),
    ("de", "Energie verbilligte sich binnen Jahresfrist um 0,9 Prozent, Nahrungsmittel kosteten dagegen 1,3 Prozent mehr.", True, [("percent", 0.9, "%", None), ("percent", 1.3, "%", None)], None),
    ("de", "Dienstleistungen verteuerten sich um 3,5 Prozent und blieben damit der wichtigste Preistreiber.", True, [("percent", 3.5, "%", None)], None),
    ("de", "Die Kerninflation ohne Energie und Nahrungsmittel verharrte bei 2,8 Prozent.", True, [("percent", 2.8, "%", None)], None),
    ("de", "Der für die Geldpolitik der EZB maßgebliche Harmonisierte Verbraucherpreisindex (HVPI) stieg um 2,3 Prozent zum Vorjahresmonat, Volkswirte hatten 2,2 Prozent erwartet.", True, [("percent", 2.3, "%", None), ("percent", 2.2, "%", None)], None),
    ("de", "In Nordrhein-Westfalen, dem bevölkerungsreichsten Bundesland, lag die Teuerung bei 2,1 Prozent, in Bayern bei 2,5 Prozent.", True, [("percent", 2.1, "%", None), ("percent", 2.5, "%", None)], None),
    ("de", "Butter war um 18,6 Prozent billiger als ein Jahr zuvor, für Schokolade mussten Verbraucher dagegen 21,4 Prozent mehr zahlen.", True, [("percent", 18.6, "%", None), ("percent", 21.4, "%", None)], None),
    ("de", "„Die Inflation ist gezähmt, aber noch lange nicht besiegt“, sagte Volkswirt Jörg Halbach.", False, [], None),
    ("de", "Für viele Haushalte bleibt der Einkauf im Supermarkt trotz der gesunkenen Rate ein teures Vergnügen.", False, [], None),
    # --- Einzelhandel und Außenhandel (dpa, Reuters) ---
    ("de", "Wiesbaden (dpa) - Die Einzelhändler in Deutschland haben im August real 0,2 Prozent weniger umgesetzt als im Juli, nominal ergab sich ein Plus von 0,1 Prozent.", True, [("percent", 0.2, "%", None), ("percent", 0.1, "%", None)], None),
    ("de", "Im Vergleich zum Vorjahresmonat stieg der reale Umsatz kalender- und saisonbereinigt um 1,8 Prozent.", True, [("percent", 1.8, "%", None)], None),
    ("de", "Der Internet- und Versandhandel verbuchte ein reales Umsatzplus von 5,6 Prozent zum Vorjahresmonat.", True, [("percent", 5.6, "%", None)], None),
    ("de", "Die Verbraucher dürften nach Einschätzung von Ökonomen auch in den kommenden Monaten zurückhaltend bleiben.", False, [], None),
    ("de", "Berlin (Reuters) - Die deutschen Exporte sind im September überraschend um 1,4 Prozent zum Vormonat auf 131,6 Milliarden Euro gestiegen.", True, [("percent", 1.4, "%", None), ("money", 131600000000, "EUR", None)], None),
    ("de", "Die Importe legten um 3,1 Prozent auf 116,2 Milliarden Euro zu, womit sich der Überschuss in der Handelsbilanz auf 15,4 Milliarden Euro verringerte.", True, [("percent", 3.1, "%", None), ("money", 116200000000, "EUR", None), ("money", 15400000000, "EUR", None)], None),
    ("de", "In die Vereinigten Staaten wurden Waren im Wert von 12,3 Milliarden Euro exportiert, 14,0 Prozent weniger als ein Jahr zuvor.", True, [("money", 12300000000, "EUR", None), ("percent", 14.0, "%", None)], None),
    ("de", "Die Ausfuhren nach China sanken im Vorjahresvergleich um 7,9 Prozent auf 6,3 Milliarden Euro.", True, [("percent", 7.9, "%", None), ("money", 6300000000, "EUR", None)], None),
    ("de", "Analysten hatten für September mit einem Exportplus von lediglich 0,5 Prozent gerechnet.", True, [("percent", 0.5, "%", None)], None),
    ("de", "Die Zollpolitik aus Washington lastet nach Ansicht von Branchenvertretern weiter schwer auf den Geschäften.", False, [], None),
    # --- Arbeitsmarkt Deutschland (dpa) ---
    ("de", "Nürnberg (dpa) - Im November ist die Arbeitslosenzahl in Deutschland um 38.000 auf 2,885 Millionen gesunken, teilte die Bundesagentur für Arbeit am Freitag mit.", True, [("count", 38000, None, None), ("count", 2885000, None, None)], "die Bundesagentur für Arbeit"),
    ("de", "Saisonbereinigt nahm die Zahl der Arbeitslosen um 1.000 zu, während Ökonomen ein Plus von 8.000 erwartet hatten.", True, [("count", 1000, None, None), ("count", 8000, None, None)], None),
    ("de", "Die Arbeitslosenquote blieb unverändert bei 6,1 Prozent, im Vergleich zum Vorjahr waren 79.000 Menschen mehr ohne Job.", True, [("percent", 6.1, "%", None), ("count", 79000, None, None)], None),
    ("de", "Die Zahl der sozialversicherungspflichtig Beschäftigten lag nach Hochrechnungen im September bei 35,06 Millionen, 12.000 weniger als ein Jahr zuvor.", True, [("count", 35060000, None, None), ("count", 12000, None, None)], None),
    ("de", "Im Bestand der Bundesagentur waren 629.000 offene Stellen gemeldet, 58.000 weniger als vor einem Jahr.", True, [("count", 629000, None, None), ("count", 58000, None, None)], None),
    ("de", "„Der Arbeitsmarkt ist nach wie vor in keiner guten Verfassung“, sagte BA-Vorständin Renate Brüggemann.", False, [], None),
    # --- Löhne (Destatis) ---
    ("de", "Wiesbaden (dpa) - Die Reallöhne in Deutschland sind im zweiten Quartal um 1,6 Prozent gegenüber dem Vorjahresquartal gestiegen.", True, [("ordinal", 2, None, None), ("percent", 1.6, "%", None)], None),
    ("de", "Die Nominallöhne legten um 3,9 Prozent zu, die Verbraucherpreise erhöhten sich im selben Zeitraum um 2,2 Prozent, teilte das Statistische Bundesamt mit.", True, [("percent", 3.9, "%", None), ("percent", 2.2, "%", None)], "das Statistische Bundesamt"),
    ("de", "Damit stiegen die Reallöhne das neunte Quartal in Folge.", True, [("ordinal", 9, None, None)], None),
    ("de", "Vollzeitbeschäftigte verdienten im April durchschnittlich 4.634 Euro brutto im Monat, Beschäftigte im Gastgewerbe kamen auf 2.987 Euro.", True, [("money", 4634, "EUR", None), ("money", 2987, "EUR", None)], None),
    ("de", "Das bestverdienende Zehntel der Vollzeitbeschäftigten erhielt mehr als 8.000 Euro brutto.", True, [("fraction", 0.1, None, None), ("money", 8000, "EUR", "over")], None),
    # --- Bevölkerung und Wohnen (dpa) ---
    ("de", "Wiesbaden (dpa) - Die Bevölkerung Deutschlands ist im vergangenen Jahr um rund 121.000 Menschen auf 83,6 Millionen gewachsen, wie Destatis mitteilte.", True, [("count", 121000, None, "about"), ("count", 83600000, None, None)], "Destatis"),
    ("de", "Das Wachstum beruhte allein auf der Nettozuwanderung, die Zahl der Sterbefälle überstieg die der Geburten um etwa 330.000.", True, [("count", 330000, None, "about")], None),
    ("de", "Die Nettozuwanderung halbierte sich damit nahezu auf rund 430.000 Personen.", True, [("count", 430000, None, "about")], None),
    ("de", "Der Anteil der Menschen ab 67 Jahren an der Bevölkerung kletterte auf 20,2 Prozent.", True, [("duration", 67, "year", "at_least"), ("percent", 20.2, "%", None)], None),
    ("de", "Die Preise für Wohnimmobilien stiegen im zweiten Quartal um 3,2 Prozent gegenüber dem Vorjahresquartal, teilte das Statistische Bundesamt mit.", True, [("ordinal", 2, None, None), ("percent", 3.2, "%", None)], "das Statistische Bundesamt"),
    ("de", "In den sieben größten Metropolen verteuerten sich Eigentumswohnungen um 4,1 Prozent.", True, [("count", 7, None, None), ("percent", 4.1, "%", None)], None),
    ("de", "Von Januar bis September wurde der Bau von 175.600 Wohnungen genehmigt, 6,4 Prozent mehr als im Vorjahreszeitraum.", True, [("count", 175600, None, None), ("percent", 6.4, "%", None)], None),
    ("de", "Die Baubranche sieht angesichts hoher Zinsen und Kosten noch lange keinen Grund zur Entwarnung.", False, [], None),
    # --- Ifo-Index (Reuters) ---
    ("de", "München (Reuters) - Der Ifo-Geschäftsklimaindex ist im November überraschend auf 86,9 Punkte gefallen, nach 87,8 Zählern im Oktober.", True, [("count", 86.9, None, None), ("count", 87.8, None, None)], None),
    ("de", "Von Reuters befragte Ökonomen hatten einen Anstieg auf 88,1 Punkte vorhergesagt.", True, [("count", 88.1, None, None)], None),
    ("de", "„Die Unternehmen blicken mit großer Sorge auf die kommenden Monate“, sagte Ifo-Konjunkturexperte Lorenz Straubinger.", False, [], None),
    # --- Österreich: Wifo-Schnellschätzung (APA) ---
    ("de", "Wien (APA) - Österreichs Wirtschaft ist das dritte Quartal in Folge gewachsen: Von Juli bis September legte das BIP laut Schnellschätzung des Wifo um 0,2 Prozent zum Vorquartal zu.", True, [("ordinal", 3, None, None), ("percent", 0.2, "%", None)], None),
    ("de", "Gegenüber dem Vorjahresquartal wuchs das reale BIP um 0,5 Prozent.", True, [("percent", 0.5, "%", None)], None),
    ("de", "Das Wachstum im zweiten Quartal wurde von 0,2 auf 0,1 Prozent nach unten revidiert.", True, [("ordinal", 2, None, None), ("percent", 0.2, "%", None), ("percent", 0.1, "%", None)], None),
    ("de", "Die Bruttowertschöpfung in der Herstellung von Waren stieg um 0,6 Prozent, im Bau gab es ein Minus von 0,4 Prozent, teilte das Wirtschaftsforschungsinstitut Wifo mit.", True, [("percent", 0.6, "%", None), ("percent", 0.4, "%", None)], "das Wirtschaftsforschungsinstitut Wifo"),
    ("de", "Für das Gesamtjahr rechne das Institut weiterhin mit einem Wachstum von 0,3 Prozent, sagte Wifo-Chef Gerhard Lindtner.", True, [("percent", 0.3, "%", None)], "Gerhard Lindtner"),
    ("de", "„Die Talsohle dürfte erreicht sein, von einem kräftigen Aufschwung ist aber weit und breit nichts zu sehen“, sagte Wifo-Ökonom Bernhard Aichinger.", False, [], None),
    # --- Österreich: Inflation (APA) ---
    ("de", "Wien (APA) - In Österreich ist die Teuerung im Oktober auf 4,0 Prozent gestiegen, nach 3,9 Prozent im September, teilte die Statistik Austria am Mittwoch mit.", True, [("percent", 4.0, "%", None), ("percent", 3.9, "%", None)], "die Statistik Austria"),
    ("de", "Im Monatsabstand erhöhte sich das Preisniveau um 0,4 Prozent.", True, [("percent", 0.4, "%", None)], None),
    ("de", "Stärkster Preistreiber war die Haushaltsenergie, die um 37,4 Prozent mehr kostete als ein Jahr davor, vor allem weil die Strompreisbremse ausgelaufen ist.", True, [("percent", 37.4, "%", None)], None),
    ("de", "Dienstleistungen verteuerten sich um 4,7 Prozent, Nahrungsmittel, Tabak und alkoholfreie Getränke um 4,1 Prozent.", True, [("percent", 4.7, "%", None), ("percent", 4.1, "%", None)], None),
    ("de", "Der Mikrowarenkorb mit Gütern des täglichen Bedarfs wurde um 4,6 Prozent teurer, der Miniwarenkorb für den Wocheneinkauf um 4,2 Prozent.", True, [("percent", 4.6, "%", None), ("percent", 4.2, "%", None)], None),
    ("de", "Die für Eurozonen-Vergleiche berechnete HVPI-Rate lag bei 4,1 Prozent und damit mehr als doppelt so hoch wie der Schnitt im Euroraum.", True, [("percent", 4.1, "%", None), ("count", 2, "times", "over")], None),
    ("de", "„Die Regierung hat die Teuerung mit ihren Maßnahmen endlich im Griff“, sagte der Finanzminister.", False, [], None),
    ("de", "Die Opposition warf der Regierung vor, bei der Bekämpfung der Teuerung auf ganzer Linie versagt zu haben.", False, [], None),
    # --- Österreich: Bevölkerung, Preise, Arbeitsmarkt (APA) ---
    ("de", "Wien (APA) - Zum Stichtag 1. Oktober lebten laut vorläufigen Zahlen der Statistik Austria 9.215.608 Menschen in Österreich, um 18.395 mehr als zu Jahresbeginn.", True, [("date", "--10-01", None, None), ("count", 9215608, None, None), ("count", 18395, None, None)], None),
    ("de", "Der Zuwachs geht ausschließlich auf Zuwanderung zurück, bei Personen mit österreichischer Staatsbürgerschaft gab es ein Minus von gut 5.100.", True, [("count", 5100, None, "over")], None),
    ("de", "Wien wuchs mit plus 0,4 Prozent am stärksten, in Kärnten ging die Einwohnerzahl leicht zurück.", True, [("percent", 0.4, "%", None)], None),
    ("de", "Die Großhandelspreise sanken im Oktober im Jahresabstand um 0,7 Prozent, nach einem Plus von 0,4 Prozent im September.", True, [("percent", 0.7, "%", None), ("percent", 0.4, "%", None)], None),
    ("de", "Der Großhandelspreisindex (2020=100) lag bei 124,8 Punkten.", True, [("year", 2020, None, None), ("count", 100, None, None), ("count", 124.8, None, None)], None),
    ("de", "Der Baukostenindex für den Wohnhaus- und Siedlungsbau stieg im Jahresabstand um 2,4 Prozent, teilte die Statistik Austria mit.", True, [("percent", 2.4, "%", None)], "die Statistik Austria"),
    ("de", "Ende Oktober waren 369.712 Personen beim AMS arbeitslos oder in Schulung vorgemerkt, ein Anstieg um 6,8 Prozent im Jahresabstand.", True, [("count", 369712, None, None), ("percent", 6.8, "%", None)], None),
    ("de", "Nach nationaler Definition erhöhte sich die Quote um 0,4 Prozentpunkte auf 7,0 Prozent.", True, [("percent", 0.4, "pp", None), ("percent", 7.0, "%", None)], None),
    ("de", "Die endgültigen Daten für das dritte Quartal veröffentlicht die Statistik Austria Mitte Dezember.", True, [("ordinal", 3, None, None)], None),
    # --- Schweiz (Keystone-SDA, AWP) ---
    ("de", "Bern (Keystone-SDA) - Im dritten Quartal ist die Schweizer Wirtschaft um 0,5 Prozent geschrumpft, wie das Staatssekretariat für Wirtschaft (Seco) am Freitag mitteilte.", True, [("ordinal", 3, None, None), ("percent", 0.5, "%", None)], "das Staatssekretariat für Wirtschaft"),
    ("de", "Um Sportevents bereinigt ging das Bruttoinlandsprodukt um 0,4 Prozent zurück, nach einem Plus von 0,2 Prozent im Vorquartal.", True, [("percent", 0.4, "%", None), ("percent", 0.2, "%", None)], None),
    ("de", "Die Chemie- und Pharmaindustrie, die im Vorquartal noch von vorgezogenen Exporten in die USA profitiert hatte, verzeichnete einen Einbruch der Wertschöpfung um 7,1 Prozent.", True, [("percent", 7.1, "%", None)], None),
    ("de", "Im Jahresvergleich resultierte ein Wachstum von 0,6 Prozent.", True, [("percent", 0.6, "%", None)], None),
    ("de", "Neuenburg (Keystone-SDA) - Der Landesindex der Konsumentenpreise ist im November gegenüber dem Vormonat um 0,2 Prozent gesunken und erreichte den Stand von 107,0 Punkten, wie das Bundesamt für Statistik (BFS) mitteilte.", True, [("percent", 0.2, "%", None), ("count", 107.0, None, None)], "das Bundesamt für Statistik"),
    ("de", "Die Jahresteuerung lag damit bei 0,0 Prozent, nach 0,1 Prozent im Oktober.", True, [("percent", 0.0, "%", None), ("percent", 0.1, "%", None)], None),
    ("de", "Gesunken sind vor allem die Preise für Pauschalreisen und Hotelübernachtungen, teurer wurden dagegen die Wohnungsmieten.", True, [], None),
    ("de", "Die Preise für Inlandgüter stiegen binnen Jahresfrist um 0,6 Prozent, jene für Importgüter sanken um 1,8 Prozent.", True, [("percent", 0.6, "%", None), ("percent", 1.8, "%", None)], None),
    ("de", "Die Detailhandelsumsätze sind im Oktober real um 2,1 Prozent gestiegen, um Verkaufs- und Feiertagseffekte bereinigt.", True, [("percent", 2.1, "%", None)], None),
    ("de", "Bern (Keystone-SDA) - Die Exporte sanken im dritten Quartal saisonbereinigt um 8,2 Prozent auf 68,3 Mia. Fr., teilte das Bundesamt für Zoll und Grenzsicherheit (BAZG) mit.", True, [("ordinal", 3, None, None), ("percent", 8.2, "%", None), ("money", 68300000000, "CHF", None)], "das Bundesamt für Zoll und Grenzsicherheit"),
    ("de", "Die Pharmaexporte in die USA brachen um mehr als ein Drittel ein.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "Die ständige Wohnbevölkerung der Schweiz wuchs im vergangenen Jahr um 83'300 auf 9'051'100 Personen, teilte das BFS mit.", True, [("count", 83300, None, None), ("count", 9051100, None, None)], "das BFS"),
    ("de", "Die Arbeitslosenquote verharrte im Oktober bei 2,9 Prozent, 130'614 Personen waren bei den RAV eingeschrieben.", True, [("percent", 2.9, "%", None), ("count", 130614, None, None)], None),
    ("de", "«Die Zollkeule aus Washington hinterlässt tiefe Spuren», sagte KOF-Ökonom Raphael Gisler.", False, [], None),
    ("de", "Die Konjunkturforscher sind sich uneinig, wie rasch sich die Exportindustrie erholen kann.", False, [], None),
    # --- Eurostat (dpa) ---
    ("de", "Luxemburg (dpa) - Die Wirtschaft im Euroraum ist im dritten Quartal um 0,2 Prozent gewachsen, wie die Statistikbehörde Eurostat nach einer zweiten Schätzung mitteilte.", True, [("ordinal", 3, None, None), ("percent", 0.2, "%", None), ("ordinal", 2, None, None)], "die Statistikbehörde Eurostat"),
    ("de", "In der gesamten EU mit ihren 27 Mitgliedstaaten betrug das Plus ebenfalls 0,2 Prozent.", True, [("count", 27, None, None), ("percent", 0.2, "%", None)], None),
    ("de", "Laut Eurostat waren im Euroraum im Oktober rund 11,0 Millionen Menschen arbeitslos, die Quote lag bei 6,4 Prozent.", True, [("count", 11000000, None, "about"), ("percent", 6.4, "%", None)], "Eurostat"),
    ("de", "Spanien wies mit 10,5 Prozent die höchste Quote aus, Malta mit 2,9 Prozent die niedrigste.", True, [("percent", 10.5, "%", None), ("percent", 2.9, "%", None)], None),
    ("de", "Die Jugendarbeitslosigkeit bei den unter 25-Jährigen stieg auf 14,8 Prozent.", True, [("duration", 25, "year", "under"), ("percent", 14.8, "%", None)], None),
    ("de", "Die Teuerung im Euroraum lag im November laut einer ersten Schätzung bei 2,2 Prozent und damit leicht über dem Ziel der EZB von zwei Prozent.", True, [("ordinal", 1, None, None), ("percent", 2.2, "%", None), ("percent", 2, "%", None)], None),
    ("de", "Nach Einschätzung vieler Volkswirte wird die EZB angesichts dieser Zahlen keine Eile mit weiteren Zinsschritten haben.", False, [], None),
    ("de", "Die Wirtschaftsministerin nannte die Zahlen ermutigend und sprach von einem Erfolg der Reformpolitik.", False, [], None),
    ("de", "Man sehe die Entwicklung mit großer Sorge, erklärte ein Sprecher des Handelsverbands.", False, [], None),
    ("de", "Die Ergebnisse sind vorläufig und können sich mit der nächsten Berechnung noch ändern.", False, [], None),
    ("de", "Weitere Informationen und lange Zeitreihen bietet die Datenbank GENESIS-Online.", False, [], None),
    ("de", "Diese Meldung wird laufend aktualisiert.", False, [], None),

    # === English ================================================================================
    # --- UK GDP (Reuters, PA) ---
    ("en", "UK Q3 GDP growth slows to 0.1% as car plant shutdown bites", True, [("ordinal", 3, None, None), ("percent", 0.1, "%", None)], None),
    ("en", "LONDON, Nov 13 (Reuters) - Britain's economy grew by just 0.1% in the July-to-September period, the Office for National Statistics said, slowing from 0.3% in the second quarter.", True, [("date", "--11-13", None, None), ("percent", 0.1, "%", None), ("percent", 0.3, "%", None), ("ordinal", 2, None, None)], "the Office for National Statistics"),
    ("en", "Economists polled by Reuters had forecast quarterly growth of 0.2%.", True, [("percent", 0.2, "%", None)], None),
    ("en", "Gross domestic product shrank 0.1% in September alone, when a cyber attack halted output at one of the country's largest carmakers.", True, [("percent", 0.1, "%", None)], None),
    ("en", "Output in the services sector, which accounts for around four-fifths of the economy, rose 0.2% in the quarter.", True, [("fraction", 0.8, None, "about"), ("percent", 0.2, "%", None)], None),
    ("en", "Production output fell 0.5%, while construction grew 0.1%.", True, [("percent", 0.5, "%", None), ("percent", 0.1, "%", None)], None),
    ("en", "Compared with the same quarter a year ago, GDP was 1.3% higher.", True, [("percent", 1.3, "%", None)], None),
    ("en", "GDP per head was flat in the quarter and 0.8% higher than a year earlier.", True, [("percent", 0.8, "%", None)], None),
    ("en", "Second-quarter growth was left unrevised at 0.3%, while first-quarter growth was nudged up to 0.7% from 0.6%.", True, [("ordinal", 2, None, None), ("percent", 0.3, "%", None), ("ordinal", 1, None, None), ("percent", 0.7, "%", None), ("percent", 0.6, "%", None)], None),
    ("en", "The ONS said the shutdown at the carmaker had weighed heavily on manufacturing output in September.", True, [], "the ONS"),
    ("en", "\"The economy grew slowly in the third quarter, with weak manufacturing offset by modest growth in services,\" ONS director of economic statistics Carla Pennock said.", True, [("ordinal", 3, None, None)], "Carla Pennock"),
    ("en", "The Chancellor said the government's plan was \"the right one\" and that Britain was \"moving in the right direction\".", False, [], None),
    ("en", "The Conservatives said the figures were \"a damning verdict\" on the government's stewardship of the economy.", False, [], None),
    ("en", "\"Growth has essentially ground to a halt, and we doubt the end of the year will look much better,\" said Hugo Thackeray, chief UK economist at Thornbury Capital.", False, [], None),
    # --- UK inflation (PA) ---
    ("en", "LONDON (PA) - UK inflation dropped to 3.6% in October, down from 3.8% the month before, according to the Office for National Statistics.", True, [("percent", 3.6, "%", None), ("percent", 3.8, "%", None)], "the Office for National Statistics"),
    ("en", "Most economists had pencilled in a fall to 3.5%.", True, [("percent", 3.5, "%", None)], None),
    ("en", "Food and non-alcoholic drink prices rose by 4.9% in the year to October, down from 5.1% the month before.", True, [("percent", 4.9, "%", None), ("percent", 5.1, "%", None)], None),
    ("en", "Services inflation, which the Bank of England watches closely, eased to 4.5% from 4.7%.", True, [("percent", 4.5, "%", None), ("percent", 4.7, "%", None)], None),
    ("en", "Core inflation, stripping out energy, food, alcohol and tobacco, slowed to 3.4% from 3.5%.", True, [("percent", 3.4, "%", None), ("percent", 3.5, "%", None)], None),
    ("en", "Household energy costs were 3.9% higher than a year ago after the Ofgem price cap went up by 2% in October.", True, [("percent", 3.9, "%", None), ("percent", 2, "%", None)], None),
    ("en", "The CPIH measure, which includes owner occupiers' housing costs, rose 3.8% in the 12 months to October.", True, [("percent", 3.8, "%", None), ("duration", 12, "month", None)], None),
    ("en", "On a monthly basis, consumer prices rose 0.4pc, compared with 0.6pc in October last year.", True, [("percent", 0.4, "%", None), ("percent", 0.6, "%", None)], None),
    ("en", "\"Families are still feeling the squeeze at the supermarket till,\" said Imogen Radcliffe, an economist at Kestrel Economics.", False, [], None),
    ("en", "Ministers insisted their plan to bring down the cost of living was working.", False, [], None),
    # --- UK labour market (Reuters) ---
    ("en", "LONDON, Nov 11 (Reuters) - Britain's jobless rate climbed to 5.0% in the three months through September, its highest since early 2021, official figures showed on Tuesday.", True, [("date", "--11-11", None, None), ("percent", 5.0, "%", None), ("duration", 3, "month", None), ("year", 2021, None, None)], None),
    ("en", "Economists polled by Reuters had expected the rate to edge up to 4.9% from 4.8%.", True, [("percent", 4.9, "%", None), ("percent", 4.8, "%", None)], None),
    ("en", "The number of employees on company payrolls fell by 32,000 in October, according to early estimates based on tax data.", True, [("count", 32000, None, None)], None),
    ("en", "Regular pay excluding bonuses grew by 4.6% in annual terms, the weakest increase since the three months to May 2022.", True, [("percent", 4.6, "%", None), ("duration", 3, "month", None), ("year", 2022, None, None)], None),
    ("en", "Adjusted for inflation, regular pay rose by 0.9%, the ONS said.", True, [("percent", 0.9, "%", None)], "the ONS"),
    ("en", "Private sector regular pay growth, closely tracked by Bank of England policymakers, slowed to 4.2%.", True, [("percent", 4.2, "%", None)], None),
    ("en", "Vacancies were broadly unchanged at 723,000 in the August-to-October period, down 9,000 on the previous quarter.", True, [("count", 723000, None, None), ("count", 9000, None, None)], None),
    ("en", "The claimant count, which measures people claiming unemployment-related benefits, rose by 29,000 to 1.72 million.", True, [("count", 29000, None, None), ("count", 1720000, None, None)], None),
    ("en", "The inactivity rate among people aged 16 to 64 was 20.9%, down 0.3 percentage points on the year.", True, [("duration", 16, "year", None), ("duration", 64, "year", None), ("percent", 20.9, "%", None), ("percent", 0.3, "pp", None)], None),
    ("en", "About 2.8 million people were economically inactive because of long-term sickness.", True, [("count", 2800000, None, "about")], None),
    ("en", "\"The labour market is clearly loosening, and that gives the Bank room to cut,\" said Ruth Calloway, chief economist at Marlow & Finch.", False, [], None),
    ("en", "Business groups blamed higher employer taxes for the slowdown in hiring.", False, [], None),
    # --- UK retail, house prices, population (PA, Reuters) ---
    ("en", "LONDON (PA) - Retail sales volumes in Great Britain fell by 1.1% in October, following a 0.5% rise in September, the Office for National Statistics said.", True, [("percent", 1.1, "%", None), ("percent", 0.5, "%", None)], "the Office for National Statistics"),
    ("en", "Economists had expected sales to be flat.", True, [], None),
    ("en", "Shoppers held back ahead of the Budget, with sales at clothing stores down 2.6% on the month.", True, [("percent", 2.6, "%", None)], None),
    ("en", "Compared with February 2020, before the pandemic, sales volumes were 1.8% lower.", True, [("year", 2020, None, None), ("percent", 1.8, "%", None)], None),
    ("en", "Average house prices rose 1.7% in the year to November, down from 2.4% in October, according to Nationwide.", True, [("percent", 1.7, "%", None), ("percent", 2.4, "%", None)], "Nationwide"),
    ("en", "The typical home cost £272,998, the mortgage lender said.", True, [("money", 272998, "GBP", None)], "the mortgage lender"),
    ("en", "Average UK house prices increased by 2.6% in the 12 months to September 2025, to £271,000, official figures showed.", True, [("percent", 2.6, "%", None), ("duration", 12, "month", None), ("year", 2025, None, None), ("money", 271000, "GBP", None)], None),
    ("en", "Average prices in London stood at £567,000, while the North East remained the cheapest region at £166,000.", True, [("money", 567000, "GBP", None), ("money", 166000, "GBP", None)], None),
    ("en", "Average monthly private rents in the UK rose 5.2% to £1,367 in the 12 months to October.", True, [("percent", 5.2, "%", None), ("money", 1367, "GBP", None), ("duration", 12, "month", None)], None),
    ("en", "The population of England and Wales grew by 706,881 to 61.8 million in the year to mid-2024, the ONS said.", True, [("count", 706881, None, None), ("count", 61800000, None, None), ("year", 2024, None, None)], "the ONS"),
    ("en", "Net international migration accounted for almost all of the increase, with deaths outnumbering births by around 3,000.", True, [("count", 3000, None, "about")], None),
    ("en", "Net migration to the UK fell to 212,000 in the year to June, down by around two-thirds from a year earlier.", True, [("count", 212000, None, None), ("fraction", 0.6667, None, "about")], None),
    ("en", "Britain's total trade deficit, excluding precious metals, grew by £2.3 billion to £8.4 billion in the third quarter.", True, [("money", 2300000000, "GBP", None), ("money", 8400000000, "GBP", None), ("ordinal", 3, None, None)], None),
    ("en", "Average house prices on the Halifax index slipped 0.4% in November to £299,092, the lender said.", True, [("percent", 0.4, "%", None), ("money", 299092, "GBP", None)], "the lender"),
    ("en", "Housing charities said the figures did little to ease the misery of renters.", False, [], None),
    ("en", "\"Buyers are cautious, but there is no sign of a collapse,\" said estate agent Nigel Pembury.", False, [], None),
    # --- U.S. jobs report (Reuters) ---
    ("en", "WASHINGTON, Dec 5 (Reuters) - U.S. nonfarm payrolls increased by 119,000 jobs in September, the Bureau of Labor Statistics said on Thursday in a report delayed by the government shutdown.", True, [("date", "--12-05", None, None), ("count", 119000, None, None)], "the Bureau of Labor Statistics"),
    ("en", "Economists in a Reuters poll had expected payrolls to grow by 50,000.", True, [("count", 50000, None, None)], None),
    ("en", "The jobless rate climbed to 4.4%, its highest since October 2021.", True, [("percent", 4.4, "%", None), ("year", 2021, None, None)], None),
    ("en", "Data for July and August were revised to show 33,000 fewer jobs created than previously reported.", True, [("count", 33000, None, None)], None),
    ("en", "Average hourly earnings increased 0.2% after rising 0.4% in August, while the annual increase in wages was 3.8%.", True, [("percent", 0.2, "%", None), ("percent", 0.4, "%", None), ("percent", 3.8, "%", None)], None),
    ("en", "Employment in health care rose by 43,000, while transportation and warehousing shed 25,300 jobs.", True, [("count", 43000, None, None), ("count", 25300, None, None)], None),
    ("en", "Federal government employment has declined by nearly 100,000 since reaching a peak in January.", True, [("count", 100000, None, "nearly")], None),
    ("en", "The average workweek for all employees on private nonfarm payrolls held at 34.2 hours.", True, [("duration", 34.2, "hour", None)], None),
    ("en", "The labor force participation rate edged up 0.1 percentage point to 62.4%.", True, [("percent", 0.1, "pp", None), ("percent", 62.4, "%", None)], None),
    ("en", "\"This is a labor market that is stuck in low gear,\" said Dana Whitcombe, chief economist at Harbor Crest Advisors in New York.", False, [], None),
    ("en", "A White House spokesman said the report showed the president's agenda was \"unleashing\" American workers.", False, [], None),
    # --- U.S. weekly jobless claims (Reuters) ---
    ("en", "WASHINGTON, Nov 26 (Reuters) - Initial claims for state unemployment benefits fell 6,000 to a seasonally adjusted 216,000 for the week ended Nov. 22, the Labor Department said on Wednesday.", True, [("date", "--11-26", None, None), ("count", 6000, None, None), ("count", 216000, None, None), ("date", "--11-22", None, None)], "the Labor Department"),
    ("en", "Economists polled by Reuters had forecast 225,000 claims for the latest week.", True, [("count", 225000, None, None)], None),
    ("en", "Unadjusted claims rose 11,412 to 247,846 ahead of the Thanksgiving holiday.", True, [("count", 11412, None, None), ("count", 247846, None, None)], None),
    ("en", "The number of people receiving benefits after an initial week of aid, a proxy for hiring, decreased 4,000 to 1.960 million during the week ending Nov. 15.", True, [("count", 4000, None, None), ("count", 1960000, None, None), ("date", "--11-15", None, None)], None),
    ("en", "The four-week moving average of initial claims, seen as a better gauge of labor market trends, dropped 9,250 to 223,750.", True, [("duration", 4, "week", None), ("count", 9250, None, None), ("count", 223750, None, None)], None),
    ("en", "Some economists warned that seasonal adjustment around the holidays makes the weekly numbers hard to interpret.", False, [], None),
    # --- U.S. consumer prices (AP, Reuters) ---
    ("en", "WASHINGTON (AP) — Consumer prices rose 0.3% from August to September, the Labor Department said Friday, and were up 3% from a year earlier.", True, [("percent", 0.3, "%", None), ("percent", 3, "%", None)], "the Labor Department"),
    ("en", "Excluding volatile food and energy costs, so-called core prices climbed 0.2% from the previous month and 3% from a year ago.", True, [("percent", 0.2, "%", None), ("percent", 3, "%", None)], None),
    ("en", "Gasoline prices jumped 4.1% in September, while grocery prices rose 0.3%.", True, [("percent", 4.1, "%", None), ("percent", 0.3, "%", None)], None),
    ("en", "Shelter costs, which make up about a third of the index, increased 0.2%, the smallest monthly gain since January 2021.", True, [("fraction", 0.3333, None, "about"), ("percent", 0.2, "%", None), ("year", 2021, None, None)], None),
    ("en", "Prices of used cars and trucks fell 0.4%, while airline fares rose 2.7%.", True, [("percent", 0.4, "%", None), ("percent", 2.7, "%", None)], None),
    ("en", "Coffee prices have soared 18.9% over the past year, and beef has risen 14.7%.", True, [("percent", 18.9, "%", None), ("percent", 14.7, "%", None)], None),
    ("en", "Economists surveyed by data provider FactSet had expected the annual rate to be 3.1%.", True, [("percent", 3.1, "%", None)], None),
    ("en", "Producer prices for final demand rose 0.3% in September, and in the 12 months through September the index increased 2.7%.", True, [("percent", 0.3, "%", None), ("duration", 12, "month", None), ("percent", 2.7, "%", None)], None),
    ("en", "U.S. import prices were unchanged last month, while export prices edged up 0.1%.", True, [("percent", 0.1, "%", None)], None),
    ("en", "Many economists believe tariffs will keep pushing up goods prices well into next year.", False, [], None),
    # --- U.S. GDP, spending, industry, housing, trade (Reuters, AP) ---
    ("en", "WASHINGTON, Oct 30 (Reuters) - The U.S. economy grew at a 3.8% annualized rate in the second quarter, the Commerce Department said in its third estimate, revised up from the 3.3% pace reported last month.", True, [("date", "--10-30", None, None), ("percent", 3.8, "%", None), ("ordinal", 2, None, None), ("ordinal", 3, None, None), ("percent", 3.3, "%", None)], "the Commerce Department"),
    ("en", "The economy contracted at a 0.6% rate in the first quarter.", True, [("percent", 0.6, "%", None), ("ordinal", 1, None, None)], None),
    ("en", "Consumer spending, which accounts for more than two-thirds of economic activity, grew at a 2.5% rate, revised up from the previously estimated 1.6% pace.", True, [("fraction", 0.6667, None, "over"), ("percent", 2.5, "%", None), ("percent", 1.6, "%", None)], None),
    ("en", "The personal consumption expenditures price index excluding food and energy increased 0.2% in August, the Bureau of Economic Analysis said.", True, [("percent", 0.2, "%", None)], "the Bureau of Economic Analysis"),
    ("en", "In the 12 months through August, the core PCE price index rose 2.9% after advancing by the same margin in July.", True, [("duration", 12, "month", None), ("percent", 2.9, "%", None)], None),
    ("en", "Nonfarm productivity increased at a 3.3% annualized rate in the second quarter, while unit labor costs fell at a 1.0% pace.", True, [("percent", 3.3, "%", None), ("ordinal", 2, None, None), ("percent", 1.0, "%", None)], None),
    ("en", "Retail sales rose 0.2% in September after a 0.6% increase in August that was revised down from 0.7%, the Census Bureau said.", True, [("percent", 0.2, "%", None), ("percent", 0.6, "%", None), ("percent", 0.7, "%", None)], "the Census Bureau"),
    ("en", "Economists polled by Reuters had forecast sales rising 0.4%.", True, [("percent", 0.4, "%", None)], None),
    ("en", "Industrial production gained 0.1% in September, the Federal Reserve said, while manufacturing output was unchanged.", True, [("percent", 0.1, "%", None)], "the Federal Reserve"),
    ("en", "Capacity utilization for the industrial sector slipped to 77.4%, 2.2 percentage points below its 1972-2024 average.", True, [("percent", 77.4, "%", None), ("percent", 2.2, "pp", None), ("year", 1972, None, None), ("year", 2024, None, None)], None),
    ("en", "Housing starts dropped 4.6% to a seasonally adjusted annual rate of 1.246 million units in August.", True, [("percent", 4.6, "%", None), ("count", 1246000, None, None)], None),
    ("en", "Building permits, a gauge of future construction, fell 2.3% to a rate of 1.312 million units.", True, [("percent", 2.3, "%", None), ("count", 1312000, None, None)], None),
    ("en", "The U.S. goods and services deficit shrank $19.3 billion to $52.8 billion in October, the lowest since June 2020.", True, [("money", 19300000000, "USD", None), ("money", 52800000000, "USD", None), ("year", 2020, None, None)], None),
    ("en", "The household survey showed employment rose by 251,000, while the labor force grew by 470,000.", True, [("count", 251000, None, None), ("count", 470000, None, None)], None),
    ("en", "Job openings rose by 431,000 to 7.67 million on the last day of September, the Job Openings and Labor Turnover Survey showed.", True, [("count", 431000, None, None), ("count", 7670000, None, None)], None),
    ("en", "The U.S. population grew by 3.3 million, or 1%, to 340.1 million in the year to July 1, the Census Bureau said.", True, [("count", 3300000, None, None), ("percent", 1, "%", None), ("count", 340100000, None, None), ("date", "--07-01", None, None)], "the Census Bureau"),
    ("en", "Analysts said the numbers painted a picture of an economy that is bending but not breaking.", False, [], None),
    ("en", "Whether the strength in consumer spending can last into the new year is far from clear.", False, [], None),
    # --- Euro zone, Germany, Switzerland, Austria (Reuters) ---
    ("en", "BRUSSELS, Oct 30 (Reuters) - The euro zone economy expanded by 0.2% quarter on quarter in the July-September period, beating expectations for 0.1% growth, a preliminary estimate from Eurostat showed.", True, [("date", "--10-30", None, None), ("percent", 0.2, "%", None), ("percent", 0.1, "%", None)], None),
    ("en", "Year on year, GDP in the 20 countries sharing the euro grew 1.3%, Eurostat said.", True, [("count", 20, None, None), ("percent", 1.3, "%", None)], "Eurostat"),
    ("en", "France grew 0.5% q/q, while the German economy stagnated and Italy's output was flat.", True, [("percent", 0.5, "%", None)], None),
    ("en", "Euro zone inflation eased to 2.1% in October from 2.2% in September, Eurostat's flash estimate showed.", True, [("percent", 2.1, "%", None), ("percent", 2.2, "%", None)], None),
    ("en", "Services inflation, the main worry for the European Central Bank, ticked up to 3.4% y/y, while energy prices fell 1.0%.", True, [("percent", 3.4, "%", None), ("percent", 1.0, "%", None)], None),
    ("en", "Unprocessed food prices rose 3.0%, and inflation excluding energy, food, alcohol and tobacco held at 2.4%.", True, [("percent", 3.0, "%", None), ("percent", 2.4, "%", None)], None),
    ("en", "Unemployment in the 20-nation bloc held at 6.4% in October, with youth unemployment at 14.4%.", True, [("count", 20, None, None), ("percent", 6.4, "%", None), ("percent", 14.4, "%", None)], None),
    ("en", "BERLIN, Nov 25 (Reuters) - The German economy stagnated in the third quarter after a 0.2% contraction in the second, the federal statistics office said on Tuesday, confirming its flash estimate.", True, [("date", "--11-25", None, None), ("ordinal", 3, None, None), ("percent", 0.2, "%", None), ("ordinal", 2, None, None)], "the federal statistics office"),
    ("en", "Government spending rose 0.8% on the quarter, while exports fell 0.3%.", True, [("percent", 0.8, "%", None), ("percent", 0.3, "%", None)], None),
    ("en", "German industrial output rose 1.3% m/m in September, beating a Reuters poll forecast of 1.0%.", True, [("percent", 1.3, "%", None), ("percent", 1.0, "%", None)], None),
    ("en", "Swiss consumer prices fell 0.2% in November from the previous month, while the annual rate eased to 0.1%, the Federal Statistical Office said.", True, [("percent", 0.2, "%", None), ("percent", 0.1, "%", None)], "the Federal Statistical Office"),
    ("en", "Austria's economy grew 0.2% q/q in the third quarter, the WIFO institute said in a flash estimate.", True, [("percent", 0.2, "%", None), ("ordinal", 3, None, None)], "the WIFO institute"),
    ("en", "\"The euro zone is muddling through, nothing more,\" said Pieter Vandermolen, an economist at Ostend Capital.", False, [], None),
    ("en", "Economists at several banks said they now saw a December rate cut as more likely than not.", False, [], None),
    ("en", "\"Britain deserves better than years of stagnation,\" the Liberal Democrats' Treasury spokesperson said.", False, [], None),
    ("en", "Investors will now turn their attention to next week's Federal Reserve meeting.", False, [], None),
    ("en", "How will the latest figures affect the interest rates on savings accounts?", False, [], None),
    ("en", "All figures are seasonally adjusted and may be revised when the next release is published.", False, [], None),
    ("en", "For more on the latest data, see the ONS website.", False, [], None),
    ("en", "This story has been updated with comments from economists.", False, [], None),
    ("en", "(Reporting by Harriet Colley and Dominic Sayers; Editing by Toby Manning)", False, [], None),
]
