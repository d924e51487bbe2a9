"""Two-hundred-and-seventy-ninth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms, groups, ships and figures
are made up (Hartmut Vennekamp, Claus-Dieter Rehwinkel, Leopold Hackenberger, Regula
Sonderegger-Plüss, Korbinian Stadlmayr, Torsten Gräfenhain, Franziska Oberdorfer, the rescue
ship „Lena Marie“ and the aid group Mare Libero, Gesine Hollerbach, Markus Strohmayer-Kainz,
Jörg Sannemann, Mirja Tessendorf, Anselm Drewitz, Hemma Loibnegger, Volkmar Schenkenberg,
Stavros Kalogeropoulos, Rainald Pichlhofer, Beat Walliser-Frick, Ludger Ambrosius; Imogen
Thackeray, Raffaele Castagnoli, Travis Underhill, Rupert Haverleigh, Daniel Okonjo-Pryce,
Mourad Belhadj, Dalton Meriwether, Henrik Lindqvist-Ahl, Bronwyn Tennant, Aoife Kinsella,
Mireille Okafor-Lindgren; every unnamed spokesperson, judge, pastor, mayor, lawyer,
volunteer and aid worker); ministers, judges, agency heads and party figures of real
governments, courts and bodies appear under made-up names that stand for no real holder, or
by their role only („der Gewerkschaftssprecher“, „die Verbandspräsidentin“, „der
Innensenator“, "the Hungarian foreign minister", "The island's mayor"). Real states, bodies,
courts, places and things (Bundesamt für Migration und Flüchtlinge, Bamf, Bundespolizei,
Bundesagentur für Arbeit, Bundesverwaltungsgericht, Verwaltungsgericht Berlin,
Sozialgericht Nürnberg, Europäischer Gerichtshof, Verfassungsgerichtshof, BFA,
Asylkoordination, Caritas, Volksanwaltschaft, Vordernberg, Staatssekretariat für Migration,
SEM, Schweizerische Flüchtlingshilfe, SVP, Schweizerischer Arbeitgeberverband, Boudry, Pro
Asyl, Amnesty International, Bayerischer Flüchtlingsrat, Ökumenische
Bundesarbeitsgemeinschaft Asyl in der Kirche, Deutscher Volkshochschul-Verband, Deutscher
Richterbund, Gewerkschaft der Polizei, IOM, UNHCR, Genfer Flüchtlingskonvention, Gavdos,
Tobruk, Ravenna, Nickelsdorf, Leipzig/Halle, Kabul, Katar; the Home Office, the
International Organization for Migration, the Red Cross, Lampedusa, Sfax, Jebiniana, U.S.
Customs and Border Protection, ICE, the Justice Department, TRAC, the Refugee Council, the
Council of State, the European Court of Human Rights, the EU Agency for Asylum, Nauru, the
High Court, the Refugee Council of Australia, Ireland's High Court, and the datelines'
cities) stand for the way wire copy names them; every application, deportation, crossing,
death toll, cost, rate, wait, ruling and quote here is invented, and where a real figure
came to mind (a real annual asylum total, a real Channel tally, a real deportation count, a
real daily rate or allowance, a real court case) it was changed (the years of laws, pacts
and the Refugee Convention kept).

Its weight: MIGRATION AND ASYLUM - asylum applications, deportations, border crossings,
Mediterranean rescues, integration courses, work permits, court rulings on asylum (the
fifty-fifth batch weighed crime, migration and asylum, the hundred-and-fourth migration,
asylum and borders and the hundred-seventy-seventh migration and borders in one autumn, and
their decisions are kept) over one year in story order (January to December), 37 short
stories, the German ones first and the English ones after, each run by month and told as
wire copy runs it (a dateline lead, the figures, attributed claims, the other side, quotes,
reactions). About 70 percent German (dpa with its regional slugs "dpa/lby", "dpa/sn",
"dpa/lnw", "dpa/lno", APA with Austrian "Jänner", "heuer", "Tagsatz", "Grundversorgung",
"Schubhaft", "Anhaltedauer", Keystone-SDA with Swiss "Asylgesuche", "24'380", "schliessen",
"liessen", «» quotes, German „“ quotes): Germany's asylum balance, Austria's January
statistics and daily rate, Swiss asylum applications, the payment card in Bavaria,
reception costs in Saxony, a rescue ship sent to Ravenna, integration courses, arrests of
smugglers in Burgenland, refugees in work, rejections at the German borders, the
half-year's deportations, a deportation flight to Kabul, church asylum cleared in Cologne,
the Leipzig ruling on Greece, Austria's pause on family reunification, an Eritrean's appeal
in St. Gallen, the backlog at administrative courts, Greece suspending asylum, the EuGH on
safe countries of origin, Austria's returns, the Swiss integration agenda, Ukrainians moved
to asylum benefits, naturalisations in Hamburg, Swiss federal asylum centres closed and the
border police's year. About 30 percent English (Reuters, AP, PA, AFP, AAP): Channel
crossings, Lampedusa, U.S. border apprehensions, work permits for asylum seekers in Britain,
a shipwreck off Sfax, the Greek court on the suspension, Germany's fast-track citizenship,
U.S. deportations and detention, EU asylum figures and the migration pact, the Nauru deal,
the Irish High Court on accommodation and the Mediterranean's toll. Figures as such copy has
them: applications, follow-up applications, rejections, returns, transfers, people obliged
to leave and in detention, arrivals, rescues, deaths, places and beds as counts, protection
and employment rates in percent and a change in percentage points, daily rates, cash
limits, allowances, fines and budgets in euros, francs, pounds and Australian dollars, waits
and procedures in days, weeks, months and years; number words and compounds („binnen zwölf
Monaten“, „zweimal“, „elf Menschen, darunter vier Kinder“, „ein 34-jähriger ...
Schlepper“, „ein drei Monate alter Säugling“, "Twenty-two people", "about a dozen",
"three-month suspension", "the three-year rule"), fractions („gut jedem dritten“, „Rund ein
Viertel“, „Knapp zwei Drittel“, „fast jeder zweite“, „mehr als die Hälfte“, "almost
two-thirds", "by a third", "one in five"), ordinals („Im ersten Halbjahr“, „der dritte
Abschiebeflug“, „des 1. Senats“, "the second-highest", "for the first time"), hedges,
ranges, years and dates. Negatives as such copy has them - about a quarter of the rows:
ministers', party figures', NGOs', churches' and unions' rhetoric and creed in quotes,
labels („nannte“, „bezeichnete ... als“, „sprach von“, „kritisierten ... als“, "called"), a
reported evaluation with a named speaker, an accusation naming no act, an appeal, fears,
an open question, evasions after a ruling, generic complaints, each near a check-worthy
look-alike: the same speaker's figure, a ruling, a demand, a plan, a stated finding.

240 rows (169 German, 71 English), 57 negatives (41 German, 16 English), 183 check-worthy
rows of which 32 carry no figure (26 German, 6 English), 238 expected quantities (112
counts, 32 durations - 14 in months, 11 in years, 5 in days, 1 in weeks, 1 in hours -, 24
years, 21 percentages - 20 in %, 1 in percentage points -, 21 amounts of money - 13 EUR, 5
CHF, 2 AUD, 1 GBP -, 12 fractions, 11 dates, 5 ordinals; 1 of them in a negative, as the
seventeenth batch labels a figure in a negative), 35 checked speakers (22 German, 13
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, fear or piece of rhetoric is a negative with speaker None,
  also with a named speaker and an office (seventh, ninety-eighth, hundred-fourth,
  hundred-seventy-seventh, two-hundred-and-seventy-sixth); a quoted or reported statement of
  fact, figure, step, rule, plan, demand, finding or position is check-worthy with its
  speaker, also in Konjunktiv I (hundred-fourth, hundred-seventy-seventh). Pairs from one
  speaker: Vennekamp's 250,000 to 96,000 beside „Die Migrationswende ist kein Versprechen
  mehr“ and „mit Nachdruck abarbeiten“ (a vow), Hackenberger's 61,200 and 38 beside „kein
  Zielland“, Sonderegger-Plüss's 22,000 to 26,000 beside «steht unter Druck», Stadlmayr's
  stopped transfers beside „ein voller Erfolg“, Gräfenhain's reserve beside „Wir haben aus
  2015 gelernt“ (its year labelled), Oberdorfer's five days beside „kann Menschenleben
  kosten“, Sannemann's half beside „kommt schneller an“, Tessendorf's 700 beside
  „unwürdig“, Schenkenberg's 250 posts beside „das Nadelöhr“, Pichlhofer's 60 flights beside
  „so einfach ist das“, Walliser-Frick's 1.1 billion francs beside „ambitioniert, aber
  erreichbar“ (a reported evaluation with a named speaker, a negative), Strohmayer-Kainz's
  260 to 31 beside „zeige Wirkung“, Ambrosius's two thirds beside „kein Sieb mehr“,
  Thackeray's 3,240 beside "out of business", Castagnoli's two-thirds beside "only harbor",
  Underhill's 230 beside "secure, period", Meriwether's 2,100 beside "just getting started"
  and Vennekamp's 2,700 beside "must be earned".
- Asylum statistics (fifty-fifth, hundred-fourth, hundred-seventy-seventh): first
  applications, follow-up applications, decisions, pending cases and lawsuits, returns,
  transfers, rejections at the border, smugglers arrested, people obliged to leave and
  tolerated, people in Schubhaft, family members joining, naturalisations, arrivals,
  apprehensions, deportations, people held, beds and places are counts ("118.460 Menschen",
  "14.215 Folgeanträge", "24'380 Asylgesuche" with the Swiss apostrophe, "Rund 4200
  Personen" and "rund 2700" without a separator, "224.517 Menschen ... ausreisepflichtig",
  "284 Personen", "7,181 migrants", "61,800 people in detention", "about 3.4 million
  cases"); places offered as a bound are "up_to" (hundred-seventy-seventh: "ausgelegt ... für bis zu
  960"; here „ausgelegt sind sie für bis zu 3.000“), "weniger als 400" "under", "one million
  deportations a year" 1,000,000 ("a year" none), „von 563 auf 441 Euro“ and „von 260 auf
  31“ both figures, the unit written once (hundred-seventy-seventh: „im Alter von 21 bis 58
  Jahren“), „22'000 bis 26'000“ both with no hedge, „zwischen 8 und 12 Franken“ both CHF
  („zwischen“ no hedge). The rankings of countries of origin and the departure port are
  check-worthy without a figure (hundred-fourth: „Wichtigste Herkunftsländer waren ...“), as
  are rows that only attribute their neighbour („Die Zahlen legte das Nürnberger Bundesamt
  ... vor.“, „Dies teilte das Staatssekretariat für Migration (SEM) am Dienstag in Bern
  mit.“, „Das gab das BFA am Montag bekannt.“; hundred-seventy-seventh), speaker unchecked
  for the pronoun lead. Rules and practices stated as fact are check-worthy without a figure
  („Für Menschen aus sicheren Herkunftsstaaten gilt dagegen ein Arbeitsverbot.“, "Those
  granted permission can take jobs only ...", „Zwangsweise Rückführungen nach Eritrea sind
  allerdings nicht möglich, ...“, „Die Bundesregierung hält dennoch an der Praxis fest.“,
  hundred-fourth; „Die EU-Kommission hat bislang kein Vertragsverletzungsverfahren
  eingeleitet.“ an act not taken), as are demands by bodies („Die Länder fordern vom Bund
  eine Erhöhung auf 29 Euro.“, „Die Arbeitgeberverbände forderten, ...“, „Der Schweizerische
  Arbeitgeberverband forderte, ...“) and a court of audit's recommendation with its figures.
  New: „Die Asylkoordination hielt dem entgegen, der Rückgang sei vor allem eine Folge der
  Lage in Syrien und nicht ein Verdienst der Regierung.“ is a negative - a reading of causes
  without a figure, as "Critics say the decline owes more to ..." (hundred-fourth) and
  "Refugee charities said the figures showed that deterrence had failed." (the same
  reading); „Viele Betriebe klagen über bürokratische Hürden ...“ and "Advocates say many
  asylum seekers now spend months in Mexican shelters with little hope." are generic
  complaints and negatives (fifty-fifth: "Campaigners argue ...").
- Courts (hundred-second, hundred-fourth, hundred-seventy-seventh, two-hundred-and-seventy-
  sixth): rulings as leads and their reasons are check-worthy with or without a figure (the
  Leipzig ruling on Greece, „befanden die Richter des 1. Senats“ with ordinal 1 as „Die
  Richter des 10. Senats“ in the two-hundred-and-seventy-sixth, „entschieden die
  Luxemburger Richter“, the VfGH's „hielt fest“, the St. Gallen appeal, the Council of State,
  the Irish and Australian High Courts, the Chicago release order, „Das Urteil ist
  rechtskräftig.“, „Das Urteil kann nicht angefochten werden.“), as are pending applications
  („Ein Eilantrag von zwei Geflüchteten ... ist ... noch anhängig.“), appeals announced or
  lodged ("Rights groups said they would now turn to the European Court of Human Rights ...",
  "Government lawyers lodged an appeal against the order within hours." with "within hours"
  no figure) and a deadline to appeal ("The government has 28 days to decide whether to
  appeal." 28 days, as "three months to appeal"). „Die Bundesregierung kündigte an, das
  Urteil sorgfältig zu prüfen.“ is an evasion and a negative (two-hundred-and-seventy-sixth:
  "would study the judgment"); „Ob die Obergrenze vor Gericht Bestand haben wird, ist offen.“
  an open question and a negative (hundred-fourth: „darf bezweifelt werden“). New: the UNHCR's
  „die Aussetzung verstoße gegen die Genfer Flüchtlingskonvention von 1951“ is check-worthy
  with year 1951 - a stated legal position names a checkable rule, unlike a label
  („realitätsfern“, „menschenunwürdig“), and „erklärte“ leaves the speaker unchecked
  (hundred-fourth: „erklärte das Amt“).
- Sea rescues and deaths (hundred-fourth, hundred-seventy-seventh): rescued, dead and
  missing are counts ("At least 37 migrants" "at_least", "mindestens 612 Menschen",
  „mehr als 31.000 Tote und Vermisste“ "over", "more than 24,000 deaths"); a fine with a
  detention of a ship gives money and a duration („ein Bußgeld von 10.000 Euro und eine
  Festsetzung von 20 Tagen“); „rund 1.500 Kilometer“ 1,500 "about" (distances are counts,
  fifty-seventh). New: "about a dozen others" is count 12 "about" - a dozen is
  twelve as the issue's "two dozen" is 24, and "about" its hedge. The government's charge against rescuers („wirft den privaten Rettern vor,
  den Schleppern in die Hände zu spielen“) names no act and is a negative (eighty-fourth), as
  the aid worker's "graveyard" quote.
- Fractions (the issue's "ein Fünftel", "jeder vierte", "two-fifths"): „in gut jedem
  dritten Fall“ 0.3333 "over" („gut“ "over"), „Rund ein Viertel“ 0.25 "about", „Knapp zwei
  Drittel“ 0.6667 "nearly", „um mehr als die Hälfte“ and „Mehr als die Hälfte“ 0.5 "over",
  „fast jeder zweite“ 0.5 "nearly", „In etwa jedem vierten Verfahren“ 0.25 "about", „Mehr
  als ein Drittel“ 0.3333 "over", „um zwei Drittel“ 0.6667, "by almost two-thirds" 0.6667
  "nearly", "down by a third" 0.3333, "Roughly one in five" 0.2 "about".
- Ordinals: „Im ersten Halbjahr“ 1 (earlier batches: "in the first half of the year"), „der
  dritte Abschiebeflug“ 3, „des 1. Senats“ 1, "the second-highest total" 2 (the issue's „die
  drittgrößte Stadt“), "for the first time" 1. "erstmals", „so viele wie nie zuvor“, "the
  largest group", "the lowest rate", "the highest total" none.
- Durations (the issue: "fünfstündigen Treffen", "dreitägige Reise", "a two-week visit"):
  "binnen zwölf Monaten" 12 months, „bei 7,9 Monaten“, „im Schnitt 19,4 Monate“ ("im
  Schnitt" no hedge), „mehr als zweieinhalb Jahre“ 2.5 years "over" (hundred-seventy-
  seventh: "Dauert die Haft länger als drei Monate" "over"), „bis zu sechs Monate“ "up_to",
  „nach drei Monaten“, „für zunächst sechs Monate“, „für drei Monate“, „etwa 14 Monate“
  "about", „seit sieben Wochen“, „mindestens fünf Tage“ "at_least", „in zehn Tagen“, „bei 41
  Tagen“, „binnen 48 Stunden“, „nach knapp zwei Jahren“ 2 years "nearly", „Sieben Jahre nach
  dem Start“, „nach fünf statt acht Jahren“ both, "after six months instead of 12" 6 and 12
  months (the unit written once), "took 14 months", "three-month suspension", "after three
  years of residence", "the three-year rule" 3 years, "A$420 million over five years" 5 years
  ("over" before a span no hedge), "in the past 12 months"; ages are durations in years („ein
  34-jähriger“, „eines 24-jährigen Eritreers“, „einen 27 Jahre alten Iraner“) and an
  infant's age in months („ein drei Monate alter Säugling“ 3 months, hundred-seventy-seventh:
  "elf Monate alt"). None: „im vergangenen Jahr“, „im Jahr davor“, „im Vorjahr“, „im
  Vorjahresmonat“, „im Vorjahreszeitraum“, „ein Jahr zuvor“, „im Mai vor einem Jahr“, „im
  kommenden Jahr“, „seit Jahresbeginn“, „seit Jahren“, „jahrelang“, „heuer“, „pro Monat“,
  „im Monat“, „pro Tag“, „pro Jahr“, „jährlich“, „zum Monatsende“, „am Wochenende“, "last
  year", "a year earlier", "this year", "so far this year", "over a single weekend", "every
  day", "a day", "a year", "in decades", "more than a decade", "for months", "in the months
  after", "within hours", "shortly after midnight", "by the end of the year".
- Years and dates: „seit 2015“, „seit 2023“, „für 2026“, „seit 2014“, „im Vergleichszeitraum
  2023“, „im August 2021“, „im Juli 2025“, „2019“, „Ende 2024“, „seit Oktober 2024“, „bis Ende
  2026“, „seit 2019“, „im Juni 2024“, „bis Mitte 2026“, "in December 2023", "since 2014",
  "since 2024", "since 2017", "from June 2026", "Since 2013", "in the 2025 fiscal year" the
  year; "The 2023 High Court decision" 2023 (a year before a ruling dates it,
  two-hundred-and-seventy-sixth). Full dates: „seit dem 1. April 2025“ 2025-04-01 and „bis
  zum 15. März 2027“ 2027-03-15 (two-hundred-and-seventy-sixth); „Am Stichtag 30. Juni“
  --06-30 and "which closed on Sept. 30" --09-30 as dates without a year. Reuters datelines
  with a day are dates without a year ("LONDON, Jan 2" --01-02, "WASHINGTON, April 15"
  --04-15, "TUNIS, June 11" --06-11, "BERLIN, Aug 19" --08-19, "BRUSSELS, Oct 14" --10-14,
  "DUBLIN, Dec 3" --12-03, "GENEVA, Dec 18" --12-18; hundred-sixtieth); dpa, APA,
  Keystone-SDA, AP, PA, AFP and AAP datelines none (seventy-ninth).
- Money in the currency written (every batch): „25 Euro pro Person“, „auf 29 Euro“,
  „höchstens 50 Euro pro Monat“ "at_most", „312 Millionen Euro“, „durchschnittlich 1.640 Euro
  im Monat“ ("durchschnittlich" no hedge), „1,24 Milliarden Euro“, „von 1.000 Euro“, „von
  563 auf 441 Euro“, „rund 200 Millionen Euro pro Jahr“ "about", "20,000 euros for each
  person", "1,500 euros to each", „18'000 Franken“, „rund 1,1 Milliarden Franken“ "about",
  „gut 40 Millionen Franken“ "over", "about £4.2 million a day" "about", "A$420 million",
  "more than A$12 billion" "over".
- Counts as earlier batches: „aus den acht wichtigsten Asylherkunftsländern“ 8, „von zwei
  Geflüchteten“ 2, „zwei Männer“ 2, „von drei Somaliern“ 3, „mindestens drei der zwölf
  Standorte“ 3 "at_least" and 12, „kann zweimal verlängert werden“ 2 (the issue's
  "viermal"), „an allen neun deutschen Landgrenzen“ 9, „drei Bundesasylzentren“ 3, „700
  Unterrichtseinheiten, davon 600 ... und 100“, „auf 60“ Charterflüge, "three of the men" 3,
  "an average of 230" 230 ("an average of" no hedge), "its 6,000 residents", "14 non-citizens".
  None: „In den beiden italienischen Zentren“ („beide“, hundred-fourth), „jeder
  Abgeschobene“, „Jeder Tag“, "most of those on board", "one of their lawyers".
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "Around",
  "roughly", "Roughly" "about"; „knapp“, „Knapp“, „fast“, "Nearly", "nearly", "almost"
  "nearly"; „gut“, „mehr als“, „Mehr als“, "More than", "more than" "over"; „weniger als“
  "under"; „bis zu“ "up_to"; „mindestens“, "At least" "at_least"; „höchstens“ "at_most". No
  hedge: „im Schnitt“, „durchschnittlich“, „insgesamt“, „nur noch“, „derzeit“, „bisher“,
  „zwischen“, „bis“ in a range, "Only", "an average of", "over" before a span.
- Speakers, checked only in forms the earlier batches settled: the office heading "X sagte"
  -> the name („Bundesinnenminister Hartmut Vennekamp sagte, ...“, „Bamf-Präsident
  Claus-Dieter Rehwinkel sagte, ...“, „Innenminister Leopold Hackenberger (ÖVP) sagte, ...“
  with the party dropped, „SEM-Staatssekretärin Regula Sonderegger-Plüss sagte, ...“,
  „Innenminister Korbinian Stadlmayr (CSU) sagte, ...“, „Innenminister Torsten Gräfenhain
  sagte, ...“, „Einsatzleiterin Franziska Oberdorfer sagte, ...“, „Arbeitsministerin Gesine
  Hollerbach sagte, ...“, „Landespolizeidirektor Markus Strohmayer-Kainz sagte, ...“,
  „BA-Vorstand Jörg Sannemann sagte, ...“, „Die Linken-Abgeordnete Mirja Tessendorf sagte,
  ...“, „Regierungssprecher Anselm Drewitz sagte, ...“, „Asylkoordination-Sprecherin Hemma
  Loibnegger sagte, ...“, „Richterbund-Geschäftsführer Volkmar Schenkenberg sagte, ...“,
  „BFA-Direktor Rainald Pichlhofer sagte, ...“, „Bundespolizeipräsident Ludger Ambrosius
  sagte, ...“; hundred-eightieth, two-hundred-and-seventy-sixth); „Hollerbach sagte, ...“
  and „Walliser-Frick sagte, ...“ opening the row (forty-second); „..., sagte
  Hackenberger.“ -> "Hackenberger" (hundred-fourth: "sagte Weißgerber"); „teilte die
  Bundesagentur für Arbeit mit“, „teilte die Bundespolizei mit“, „teilte das SEM mit“ ->
  the body with its article (two-hundred-and-seventy-sixth: „teilte das Umweltbundesamt
  mit“). English: the name with the role dropped ("Home Secretary Imogen Thackeray said",
  "Interior Minister Raffaele Castagnoli said", "Border czar Travis Underhill said",
  "Immigration Minister Daniel Okonjo-Pryce said", "Sfax governor Mourad Belhadj said",
  "Homeland Security Secretary Dalton Meriwether said", "Migration Commissioner Henrik
  Lindqvist-Ahl said", "Home Affairs Minister Bronwyn Tennant said", "Integration Minister
  Aoife Kinsella said"; hundred-forty-fifth), "Interior Minister Hartmut Vennekamp told
  reporters that" -> "Hartmut Vennekamp" ("told reporters" names the speaker,
  two-hundred-and-fourth), "The Home Office said ..." -> "the Home Office"
  (hundred-seventy-seventh), "..., the EU Agency for Asylum said." -> "the EU Agency for
  Asylum" (hundred-fourth: "according to the EU Agency for Asylum"), "The court said ..." -> "the court". Left unchecked (None): all
  negatives, also those with a named speaker; roles („Ein Sprecher der Gewerkschaft der
  Polizei sagte“, "a spokesman said", "The island's mayor said"), „teilte die
  Hilfsorganisation Mare Libero mit“ (a descriptor before the name no batch settled), „nach
  Angaben ...“, „nach Zählung ...“, „nach Schätzungen des Bamf“, „zählt die
  UN-Organisation“, „wie aus dem Integrationskursbericht des Bamf hervorgeht“, „Aus
  Regierungskreisen hieß es“, „erklärte“ (the ministry in Düsseldorf, the UNHCR), „hielt
  fest“, „befanden die Richter“, „entschieden die Luxemburger Richter“, „empfahl“, „forderten“;
  bodies' "said" other than those above (the International Organization for Migration,
  Italy's Interior Ministry, the Red Cross, the national guard, U.S. Customs and Border
  Protection, "the agency said", the Refugee Council, UNHCR; two-hundred-and-seventy-sixth),
  "has announced", "official figures show", "according to ..." (Home Office data, the
  migration ministry, TRAC, the Refugee Council of Australia) and rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_279 = [
    # --- Asylbilanz Deutschland (dpa), Januar ---
    ("de", "Nürnberg (dpa) - Im vergangenen Jahr haben in Deutschland 118.460 Menschen erstmals einen Asylantrag gestellt, knapp 39 Prozent weniger als im Jahr davor.", True, [("count", 118460, None, None), ("percent", 39, "%", "nearly")], None),
    ("de", "Die Zahlen legte das Nürnberger Bundesamt für Migration und Flüchtlinge am Mittwoch vor.", True, [], None),
    ("de", "Hinzu kamen 14.215 Folgeanträge von Menschen, deren früheres Verfahren bereits abgeschlossen war.", True, [("count", 14215, None, None)], None),
    ("de", "Wichtigste Herkunftsländer der Antragsteller waren Syrien, Afghanistan und die Türkei.", True, [], None),
    ("de", "Bei den Syrern ging die Zahl der Erstanträge um mehr als die Hälfte auf 27.930 zurück.", True, [("fraction", 0.5, None, "over"), ("count", 27930, None, None)], None),
    ("de", "Bundesinnenminister Hartmut Vennekamp sagte, die Zahl der offenen Verfahren beim Bamf sei binnen zwölf Monaten von rund 250.000 auf etwa 96.000 gesunken.", True, [("duration", 12, "month", None), ("count", 250000, None, "about"), ("count", 96000, None, "about")], "Hartmut Vennekamp"),
    ("de", "„Die Migrationswende ist kein Versprechen mehr, sie ist gelebte Realität“, sagte Vennekamp.", False, [], None),
    ("de", "Bamf-Präsident Claus-Dieter Rehwinkel sagte, die Behörde habe im vergangenen Jahr rund 301.000 Asylentscheidungen getroffen.", True, [("count", 301000, None, "about")], "Claus-Dieter Rehwinkel"),
    ("de", "Die Organisation Pro Asyl nannte die Jahresbilanz „eine Statistik der Abschottung“.", False, [], None),
    ("de", "Die durchschnittliche Dauer eines Asylverfahrens lag nach Angaben des Bamf bei 7,9 Monaten.", True, [("duration", 7.9, "month", None)], None),
    ("de", "Die Gesamtschutzquote betrug 44,6 Prozent; in gut jedem dritten Fall wurde der Antrag als offensichtlich unbegründet abgelehnt.", True, [("percent", 44.6, "%", None), ("fraction", 0.3333, None, "over")], None),
    # --- Asylstatistik Österreich (APA), Februar ---
    ("de", "Wien (APA) - In Österreich sind im Jänner 1.406 Asylanträge gestellt worden, um 27 Prozent weniger als im Vorjahresmonat.", True, [("count", 1406, None, None), ("percent", 27, "%", None)], None),
    ("de", "Das geht aus der am Montag veröffentlichten Asylstatistik des Innenministeriums hervor.", True, [], None),
    ("de", "Rund ein Viertel der Anträge entfiel auf Kinder, die in Österreich zur Welt kamen und deren Eltern bereits Schutz genießen.", True, [("fraction", 0.25, None, "about")], None),
    ("de", "Innenminister Leopold Hackenberger (ÖVP) sagte, in der Grundversorgung befänden sich derzeit rund 61.200 Menschen, so wenige wie seit 2015 nicht mehr.", True, [("count", 61200, None, "about"), ("year", 2015, None, None)], "Leopold Hackenberger"),
    ("de", "„Österreich ist und bleibt kein Zielland für illegale Migration“, sagte Hackenberger.", False, [], None),
    ("de", "Die Asylkoordination hielt dem entgegen, der Rückgang sei vor allem eine Folge der Lage in Syrien und nicht ein Verdienst der Regierung.", False, [], None),
    ("de", "Der Tagsatz für die Unterbringung in organisierten Quartieren liegt seit 2023 bei 25 Euro pro Person.", True, [("year", 2023, None, None), ("money", 25, "EUR", None)], None),
    ("de", "Die Länder fordern vom Bund eine Erhöhung auf 29 Euro.", True, [("money", 29, "EUR", None)], None),
    # --- Asylgesuche Schweiz (Keystone-SDA), Februar ---
    ("de", "Bern (Keystone-SDA) - Im vergangenen Jahr sind in der Schweiz 24'380 Asylgesuche eingereicht worden, rund 10 Prozent weniger als im Vorjahr.", True, [("count", 24380, None, None), ("percent", 10, "%", "about")], None),
    ("de", "Dies teilte das Staatssekretariat für Migration (SEM) am Dienstag in Bern mit.", True, [], None),
    ("de", "Die meisten Gesuche stammten von Personen aus Afghanistan, der Türkei und Eritrea.", True, [], None),
    ("de", "Rund 4200 Personen wurden in ihr Heimatland oder in einen Drittstaat zurückgeführt, 1850 davon im Rahmen des Dublin-Verfahrens.", True, [("count", 4200, None, "about"), ("count", 1850, None, None)], None),
    ("de", "SEM-Staatssekretärin Regula Sonderegger-Plüss sagte, für 2026 rechne das SEM mit 22'000 bis 26'000 neuen Gesuchen.", True, [("year", 2026, None, None), ("count", 22000, None, None), ("count", 26000, None, None)], "Regula Sonderegger-Plüss"),
    ("de", "«Das Asylsystem funktioniert, aber es steht unter Druck», sagte Sonderegger-Plüss.", False, [], None),
    ("de", "Die SVP bezeichnete die Zahlen als «Beweis für das Versagen der Asylpolitik».", False, [], None),
    # --- Bezahlkarte Bayern (dpa/lby), März ---
    ("de", "München (dpa/lby) - Seit der Einführung der Bezahlkarte haben in Bayern nach Angaben des Innenministeriums rund 410 Asylbewerber ihre Leistungen nicht mehr abgerufen.", True, [("count", 410, None, "about")], None),
    ("de", "Mit der Karte können Geflüchtete höchstens 50 Euro pro Monat in bar abheben.", True, [("money", 50, "EUR", "at_most")], None),
    ("de", "Innenminister Korbinian Stadlmayr (CSU) sagte, Überweisungen in die Herkunftsländer seien damit praktisch unterbunden.", True, [], "Korbinian Stadlmayr"),
    ("de", "„Die Bezahlkarte ist ein voller Erfolg“, sagte Stadlmayr.", False, [], None),
    ("de", "Der Bayerische Flüchtlingsrat sprach von einer „Schikane ohne jeden Nutzen“.", False, [], None),
    ("de", "Ein Eilantrag von zwei Geflüchteten gegen die Bargeldgrenze ist beim Sozialgericht Nürnberg noch anhängig.", True, [("count", 2, None, None)], None),
    ("de", "Ob die Obergrenze vor Gericht Bestand haben wird, ist offen.", False, [], None),
    # --- Unterbringung Sachsen (dpa/sn), März ---
    ("de", "Dresden (dpa/sn) - Sachsen hat im vergangenen Jahr 312 Millionen Euro für die Unterbringung von Asylbewerbern ausgegeben.", True, [("money", 312000000, "EUR", None)], None),
    ("de", "Die Kosten je Platz in den Erstaufnahmeeinrichtungen stiegen nach Angaben des Landesrechnungshofs auf durchschnittlich 1.640 Euro im Monat.", True, [("money", 1640, "EUR", None)], None),
    ("de", "Derzeit sind nur rund 4.100 der 9.800 Plätze belegt.", True, [("count", 4100, None, "about"), ("count", 9800, None, None)], None),
    ("de", "Der Rechnungshof empfahl, mindestens drei der zwölf Standorte zu schließen.", True, [("count", 3, None, "at_least"), ("count", 12, None, None)], None),
    ("de", "Innenminister Torsten Gräfenhain sagte, die Reserve sei bewusst vorgehalten worden, damit nicht wieder Turnhallen belegt werden müssten.", True, [], "Torsten Gräfenhain"),
    ("de", "„Wir haben aus 2015 gelernt“, sagte Gräfenhain.", False, [("year", 2015, None, None)], None),
    # --- Seenotrettung (dpa), April ---
    ("de", "Rom (dpa) - Die Besatzung des Rettungsschiffs „Lena Marie“ hat im zentralen Mittelmeer 87 Menschen aus einem überfüllten Schlauchboot gerettet.", True, [("count", 87, None, None)], None),
    ("de", "Unter den Geretteten seien 14 unbegleitete Minderjährige und ein drei Monate alter Säugling, teilte die Hilfsorganisation Mare Libero mit.", True, [("count", 14, None, None), ("duration", 3, "month", None)], None),
    ("de", "Die italienischen Behörden wiesen dem Schiff den Hafen von Ravenna zu, der rund 1.500 Kilometer entfernt liegt.", True, [("count", 1500, None, "about")], None),
    ("de", "Einsatzleiterin Franziska Oberdorfer sagte, das Schiff verliere dadurch mindestens fünf Tage im Einsatzgebiet.", True, [("duration", 5, "day", "at_least")], "Franziska Oberdorfer"),
    ("de", "„Jeder Tag, den wir auf dem Weg nach Norden verbringen, kann Menschenleben kosten“, sagte Oberdorfer.", False, [], None),
    ("de", "Seit Jahresbeginn sind nach Zählung der Internationalen Organisation für Migration mindestens 612 Menschen bei der Überfahrt über das zentrale Mittelmeer ums Leben gekommen oder verschollen.", True, [("count", 612, None, "at_least")], None),
    ("de", "Seit 2014 zählt die UN-Organisation im gesamten Mittelmeer mehr als 31.000 Tote und Vermisste.", True, [("year", 2014, None, None), ("count", 31000, None, "over")], None),
    ("de", "Die Regierung in Rom wirft den privaten Rettern vor, den Schleppern in die Hände zu spielen.", False, [], None),
    ("de", "Gegen den Kapitän eines anderen Schiffes verhängten die Behörden im März ein Bußgeld von 10.000 Euro und eine Festsetzung von 20 Tagen.", True, [("money", 10000, "EUR", None), ("duration", 20, "day", None)], None),
    # --- Integrationskurse (dpa), Mai ---
    ("de", "Berlin (dpa) - Im vergangenen Jahr haben rund 362.000 Menschen einen Integrationskurs begonnen, so viele wie nie zuvor.", True, [("count", 362000, None, "about")], None),
    ("de", "Knapp zwei Drittel der Teilnehmer bestanden den abschließenden Sprachtest auf dem angestrebten Niveau, wie aus dem Integrationskursbericht des Bamf hervorgeht.", True, [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Der Bund gab für die Kurse 1,24 Milliarden Euro aus.", True, [("money", 1240000000, "EUR", None)], None),
    ("de", "Ein allgemeiner Integrationskurs umfasst 700 Unterrichtseinheiten, davon 600 für den Sprachkurs und 100 für den Orientierungskurs.", True, [("count", 700, None, None), ("count", 600, None, None), ("count", 100, None, None)], None),
    ("de", "Die Wartezeit auf einen Kursplatz beträgt in Großstädten nach Angaben der Volkshochschulen bis zu sechs Monate.", True, [("duration", 6, "month", "up_to")], None),
    ("de", "Arbeitsministerin Gesine Hollerbach sagte, die Mittel für die Kurse würden im kommenden Jahr um 15 Prozent gekürzt.", True, [("percent", 15, "%", None)], "Gesine Hollerbach"),
    ("de", "Der Deutsche Volkshochschul-Verband nannte die Kürzung „ein fatales Signal an alle, die Deutsch lernen wollen“.", False, [], None),
    ("de", "„Ohne Deutsch bleibt jede Tür zum Arbeitsmarkt zu“, sagte die Verbandspräsidentin.", False, [], None),
    ("de", "Hollerbach sagte, wer einen Kurs ohne triftigen Grund abbreche, müsse künftig mit einer Kürzung der Leistungen um 30 Prozent rechnen.", True, [("percent", 30, "%", None)], "Hollerbach"),
    # --- Burgenland (APA), Mai ---
    ("de", "Eisenstadt (APA) - Im Burgenland sind heuer bisher 412 Migranten aufgegriffen worden, im Vergleichszeitraum 2023 waren es noch mehr als 19.000.", True, [("count", 412, None, None), ("year", 2023, None, None), ("count", 19000, None, "over")], None),
    ("de", "Landespolizeidirektor Markus Strohmayer-Kainz sagte, die Zahl der festgenommenen Schlepper sei im selben Zeitraum von 260 auf 31 gesunken.", True, [("count", 260, None, None), ("count", 31, None, None)], "Markus Strohmayer-Kainz"),
    ("de", "Die Zusammenarbeit mit Ungarn und Serbien zeige Wirkung, sagte Strohmayer-Kainz.", False, [], None),
    ("de", "Ein 34-jähriger mutmaßlicher Schlepper aus Syrien wurde am Wochenende bei Nickelsdorf festgenommen.", True, [("duration", 34, "year", None)], None),
    ("de", "In seinem Kleinbus saßen elf Menschen, darunter vier Kinder.", True, [("count", 11, None, None), ("count", 4, None, None)], None),
    # --- Arbeitsmarkt (dpa), Juni ---
    ("de", "Nürnberg (dpa) - Von den rund 975.000 erwerbsfähigen Geflüchteten aus den acht wichtigsten Asylherkunftsländern hatten im März 412.000 eine sozialversicherungspflichtige Beschäftigung.", True, [("count", 975000, None, "about"), ("count", 8, None, None), ("count", 412000, None, None)], None),
    ("de", "Das entspricht einer Beschäftigungsquote von 42,3 Prozent, 3,1 Prozentpunkte mehr als ein Jahr zuvor, teilte die Bundesagentur für Arbeit mit.", True, [("percent", 42.3, "%", None), ("percent", 3.1, "pp", None)], "die Bundesagentur für Arbeit"),
    ("de", "Asylbewerber dürfen in Deutschland in der Regel nach drei Monaten eine Arbeit aufnehmen, sofern die Ausländerbehörde zustimmt.", True, [("duration", 3, "month", None)], None),
    ("de", "Für Menschen aus sicheren Herkunftsstaaten gilt dagegen ein Arbeitsverbot.", True, [], None),
    ("de", "BA-Vorstand Jörg Sannemann sagte, fast jeder zweite der Beschäftigten arbeite inzwischen als Fachkraft.", True, [("fraction", 0.5, None, "nearly")], "Jörg Sannemann"),
    ("de", "„Wer arbeitet, kommt schneller an“, sagte Sannemann.", False, [], None),
    ("de", "Die Arbeitgeberverbände forderten, die Wartefrist für eine Arbeitserlaubnis ganz abzuschaffen.", True, [], None),
    ("de", "Viele Betriebe klagen über bürokratische Hürden bei der Einstellung von Geflüchteten.", False, [], None),
    # --- Grenzkontrollen (dpa), Juni ---
    ("de", "Passau (dpa) - Die Bundespolizei hat seit der Verschärfung der Grenzkontrollen im Mai vor einem Jahr 18.640 Menschen an den deutschen Landgrenzen zurückgewiesen.", True, [("count", 18640, None, None)], None),
    ("de", "Darunter seien 1.118 Menschen gewesen, die ein Asylgesuch geäußert hätten, teilte die Bundespolizei mit.", True, [("count", 1118, None, None)], "die Bundespolizei"),
    ("de", "Im selben Zeitraum nahmen die Beamten 1.432 mutmaßliche Schleuser fest.", True, [("count", 1432, None, None)], None),
    ("de", "Ein Sprecher der Gewerkschaft der Polizei sagte, die Kontrollen hätten zeitweise bis zu 14.000 Beamte gebunden.", True, [("count", 14000, None, "up_to")], None),
    ("de", "„Die Kolleginnen und Kollegen sind am Limit“, sagte der Gewerkschaftssprecher.", False, [], None),
    ("de", "Österreich und Polen kritisierten die Zurückweisungen als Verstoß gegen den Geist von Schengen.", False, [], None),
    ("de", "Das Verwaltungsgericht Berlin hatte im vergangenen Juni die Zurückweisung von drei Somaliern für rechtswidrig erklärt.", True, [("count", 3, None, None)], None),
    ("de", "Die Bundesregierung hält dennoch an der Praxis fest.", True, [], None),
    # --- Abschiebungen (dpa), Juli ---
    ("de", "Berlin (dpa) - Im ersten Halbjahr sind aus Deutschland 11.842 Menschen abgeschoben worden, gut 16 Prozent mehr als im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("count", 11842, None, None), ("percent", 16, "%", "over")], None),
    ("de", "Die Zahlen stammen aus einer Regierungsantwort auf eine parlamentarische Anfrage der Linken.", True, [], None),
    ("de", "Rund 2.900 der Abgeschobenen überstellten die Behörden nach den Dublin-Regeln in andere EU-Staaten.", True, [("count", 2900, None, "about")], None),
    ("de", "Am Stichtag 30. Juni waren 224.517 Menschen ausreisepflichtig, davon besaßen 179.300 eine Duldung.", True, [("date", "--06-30", None, None), ("count", 224517, None, None), ("count", 179300, None, None)], None),
    ("de", "In 1.967 Fällen scheiterte eine geplante Abschiebung, weil die Betroffenen nicht angetroffen wurden.", True, [("count", 1967, None, None)], None),
    ("de", "Die Linken-Abgeordnete Mirja Tessendorf sagte, mehr als 700 der Abgeschobenen seien Kinder gewesen.", True, [("count", 700, None, "over")], "Mirja Tessendorf"),
    ("de", "„Abschiebungen um jeden Preis sind eines Rechtsstaats unwürdig“, sagte Tessendorf.", False, [], None),
    # --- Abschiebeflug (dpa), Juli ---
    ("de", "Leipzig (dpa) - Ein Abschiebeflug ist am Freitagmorgen vom Flughafen Leipzig/Halle mit 81 afghanischen Straftätern an Bord nach Kabul gestartet.", True, [("count", 81, None, None)], None),
    ("de", "Es war der dritte Abschiebeflug nach Afghanistan, seit dort im August 2021 die Taliban herrschen.", True, [("ordinal", 3, None, None), ("year", 2021, None, None)], None),
    ("de", "Aus Regierungskreisen hieß es, jeder Abgeschobene habe ein Handgeld von 1.000 Euro bekommen.", True, [("money", 1000, "EUR", None)], None),
    ("de", "Regierungssprecher Anselm Drewitz sagte, der Flug sei über Katar vermittelt worden, Berlin verhandle nicht selbst mit Kabul.", True, [], "Anselm Drewitz"),
    ("de", "Amnesty International nannte den Flug „einen Bruch mit jedem menschenrechtlichen Maßstab“.", False, [], None),
    # --- Kirchenasyl (dpa/lnw), Juli ---
    ("de", "Köln (dpa/lnw) - Die Polizei hat in Köln erstmals ein Kirchenasyl geräumt und einen 27 Jahre alten Iraner in Abschiebehaft genommen.", True, [("duration", 27, "year", None)], None),
    ("de", "Der Mann hatte seit sieben Wochen in den Räumen einer evangelischen Gemeinde gelebt.", True, [("duration", 7, "week", None)], None),
    ("de", "Nach Angaben der Ökumenischen Bundesarbeitsgemeinschaft Asyl in der Kirche gab es zum Monatsende bundesweit 512 aktive Kirchenasyle mit mindestens 640 Menschen.", True, [("count", 512, None, None), ("count", 640, None, "at_least")], None),
    ("de", "Der Präses der Landeskirche sprach von einem „schweren Vertrauensbruch“.", False, [], None),
    ("de", "„Wer Schutzsuchenden die Tür öffnet, folgt seinem Gewissen“, sagte der Gemeindepfarrer.", False, [], None),
    ("de", "Das Flüchtlingsministerium in Düsseldorf erklärte, die Überstellungsfrist nach Italien wäre in zehn Tagen abgelaufen.", True, [("duration", 10, "day", None)], None),
    # --- Bundesverwaltungsgericht (dpa), August ---
    ("de", "Leipzig (dpa) - Das Bundesverwaltungsgericht hat die Abschiebung alleinstehender, arbeitsfähiger Männer nach Griechenland grundsätzlich für zulässig erklärt.", True, [], None),
    ("de", "Die Männer müssten dort weder Obdachlosigkeit noch Verelendung befürchten, befanden die Richter des 1. Senats am Donnerstag.", True, [("ordinal", 1, None, None)], None),
    ("de", "Geklagt hatten zwei Männer aus Syrien und dem Jemen, denen in Griechenland bereits internationaler Schutz zuerkannt worden war.", True, [("count", 2, None, None)], None),
    ("de", "Damit könnten nach Schätzungen des Bamf rund 28.000 anhängige Verfahren neu bewertet werden.", True, [("count", 28000, None, "about")], None),
    ("de", "Das Urteil ist rechtskräftig.", True, [], None),
    ("de", "Pro Asyl nannte die Entscheidung „realitätsfern“.", False, [], None),
    ("de", "„Wir werden die Griechenland-Fälle jetzt mit Nachdruck abarbeiten“, sagte Vennekamp.", False, [], None),
    # --- Familiennachzug Österreich (APA), August ---
    ("de", "Wien (APA) - Der Verfassungsgerichtshof (VfGH) hat die Aussetzung des Familiennachzugs für Schutzberechtigte nicht beanstandet.", True, [], None),
    ("de", "Die Regelung war im Juli 2025 für zunächst sechs Monate in Kraft getreten und kann zweimal verlängert werden.", True, [("year", 2025, None, None), ("duration", 6, "month", None), ("count", 2, None, None)], None),
    ("de", "Seither seien nur noch 38 Angehörige nachgezogen, ausschließlich in Härtefällen, sagte Hackenberger.", True, [("count", 38, None, None)], "Hackenberger"),
    ("de", "Im Jahr vor dem Stopp waren es noch mehr als 7.700 gewesen.", True, [("count", 7700, None, "over")], None),
    ("de", "Asylkoordination-Sprecherin Hemma Loibnegger sagte, mehr als 5.000 Asylberechtigte warteten derzeit darauf, ihre Angehörigen nachholen zu dürfen.", True, [("count", 5000, None, "over")], "Hemma Loibnegger"),
    ("de", "Die Caritas appellierte an die Regierung, zumindest Kinder von der Regelung auszunehmen.", False, [], None),
    ("de", "Die Grünen sprachen von einem „Tiefpunkt der Menschlichkeit“.", False, [], None),
    ("de", "Das Höchstgericht hielt fest, der Gesetzgeber habe die Maßnahme ausreichend mit der Überlastung von Schulen und Quartieren begründet.", True, [], None),
    # --- Eritrea-Urteil (Keystone-SDA), September ---
    ("de", "St. Gallen (Keystone-SDA) - Die Beschwerde eines 24-jährigen Eritreers gegen seine Wegweisung ist vor dem Bundesverwaltungsgericht gescheitert.", True, [("duration", 24, "year", None)], None),
    ("de", "Der Mann hatte 2019 ein Asylgesuch gestellt, das SEM lehnte es nach knapp zwei Jahren ab.", True, [("year", 2019, None, None), ("duration", 2, "year", "nearly")], None),
    ("de", "Das Urteil kann nicht angefochten werden.", True, [], None),
    ("de", "Zwangsweise Rückführungen nach Eritrea sind allerdings nicht möglich, weil das Land keine Sonderflüge akzeptiert.", True, [], None),
    ("de", "In der Schweiz leben derzeit rund 2700 abgewiesene Eritreerinnen und Eritreer von der Nothilfe.", True, [("count", 2700, None, "about")], None),
    ("de", "Die Nothilfe beträgt je nach Kanton zwischen 8 und 12 Franken pro Tag.", True, [("money", 8, "CHF", None), ("money", 12, "CHF", None)], None),
    ("de", "Die Schweizerische Flüchtlingshilfe bezeichnete die Praxis als «menschenunwürdig».", False, [], None),
    ("de", "«Diese Menschen sitzen jahrelang in einer Sackgasse fest», sagte eine Sprecherin der Flüchtlingshilfe.", False, [], None),
    # --- Verwaltungsgerichte (dpa), September ---
    ("de", "Berlin (dpa) - An den deutschen Verwaltungsgerichten waren Ende Juni 131.400 Asylklagen anhängig, rund 18 Prozent weniger als Ende 2024.", True, [("count", 131400, None, None), ("percent", 18, "%", "about"), ("year", 2024, None, None)], None),
    ("de", "Die Verfahren dauerten im Schnitt 19,4 Monate, in Brandenburg sogar mehr als zweieinhalb Jahre.", True, [("duration", 19.4, "month", None), ("duration", 2.5, "year", "over")], None),
    ("de", "Das geht aus einer Umfrage des Deutschen Richterbunds unter den Justizministerien der Länder hervor.", True, [], None),
    ("de", "Richterbund-Geschäftsführer Volkmar Schenkenberg sagte, bundesweit fehlten mindestens 250 Richterstellen in der Verwaltungsgerichtsbarkeit.", True, [("count", 250, None, "at_least")], "Volkmar Schenkenberg"),
    ("de", "„Die Justiz ist das Nadelöhr der Migrationspolitik“, sagte Schenkenberg.", False, [], None),
    ("de", "In etwa jedem vierten Verfahren bekamen die Kläger zumindest teilweise recht.", True, [("fraction", 0.25, None, "about")], None),
    # --- Griechenland (dpa), September ---
    ("de", "Athen (dpa) - Die griechische Küstenwache hat südlich der Insel Gavdos binnen 48 Stunden mehr als 900 Migranten aufgegriffen.", True, [("duration", 48, "hour", None), ("count", 900, None, "over")], None),
    ("de", "Die Boote waren nach Angaben der Behörden im ostlibyschen Tobruk gestartet.", True, [], None),
    ("de", "Die Regierung setzte daraufhin das Recht auf Asyl für Ankommende aus Nordafrika für drei Monate aus.", True, [("duration", 3, "month", None)], None),
    ("de", "Migrationsminister Stavros Kalogeropoulos sagte, Griechenland werde den Schleppern „keine Einladung“ aussprechen.", False, [], None),
    ("de", "Das UN-Flüchtlingshilfswerk UNHCR erklärte, die Aussetzung verstoße gegen die Genfer Flüchtlingskonvention von 1951.", True, [("year", 1951, None, None)], None),
    # --- EuGH (dpa), Oktober ---
    ("de", "Luxemburg (dpa) - Der Europäische Gerichtshof (EuGH) hat den EU-Staaten engere Grenzen bei der Einstufung sicherer Herkunftsstaaten gesetzt.", True, [], None),
    ("de", "Ein Land dürfe nur dann als sicher gelten, wenn es für seine gesamte Bevölkerung sicher sei, entschieden die Luxemburger Richter am Dienstag.", True, [], None),
    ("de", "Ausgangspunkt war die Klage eines Mannes aus Bangladesch, der in einem italienischen Lager in Albanien festgehalten worden war.", True, [], None),
    ("de", "In den beiden italienischen Zentren in Albanien waren seit Oktober 2024 insgesamt weniger als 400 Menschen untergebracht, ausgelegt sind sie für bis zu 3.000.", True, [("year", 2024, None, None), ("count", 400, None, "under"), ("count", 3000, None, "up_to")], None),
    ("de", "Die Bundesregierung kündigte an, das Urteil sorgfältig zu prüfen.", False, [], None),
    ("de", "Die italienische Ministerpräsidentin nannte den Richterspruch „einen Angriff auf die Souveränität“.", False, [], None),
    # --- Rückführungen Österreich (APA), Oktober ---
    ("de", "Wien (APA) - Zwischen Jänner und Ende September haben 10.412 Menschen Österreich verlassen, 53 Prozent davon freiwillig.", True, [("count", 10412, None, None), ("percent", 53, "%", None)], None),
    ("de", "Das gab das BFA am Montag bekannt.", True, [], None),
    ("de", "Mehr als die Hälfte der zwangsweise Außerlandesgebrachten war strafrechtlich verurteilt.", True, [("fraction", 0.5, None, "over")], None),
    ("de", "In Schubhaft befanden sich zum Stichtag 284 Personen, die durchschnittliche Anhaltedauer lag bei 41 Tagen.", True, [("count", 284, None, None), ("duration", 41, "day", None)], None),
    ("de", "BFA-Direktor Rainald Pichlhofer sagte, man werde die Zahl der Charterflüge im kommenden Jahr auf 60 erhöhen.", True, [("count", 60, None, None)], "Rainald Pichlhofer"),
    ("de", "„Ohne Bleiberecht gibt es keine Zukunft in Österreich, so einfach ist das“, sagte Pichlhofer.", False, [], None),
    ("de", "Die Volksanwaltschaft kritisiert seit Jahren die Zustände im Polizeianhaltezentrum Vordernberg.", False, [], None),
    # --- Integrationsagenda Schweiz (Keystone-SDA), November ---
    ("de", "Bern (Keystone-SDA) - Sieben Jahre nach dem Start der Integrationsagenda sind 48 Prozent der anerkannten Flüchtlinge und vorläufig Aufgenommenen erwerbstätig.", True, [("duration", 7, "year", None), ("percent", 48, "%", None)], None),
    ("de", "Der Bund zahlt den Kantonen pro Person eine Integrationspauschale von 18'000 Franken.", True, [("money", 18000, "CHF", None)], None),
    ("de", "Bei Personen mit Schutzstatus S aus der Ukraine liegt die Erwerbsquote bei rund 33 Prozent, der Bundesrat strebt bis Ende 2026 40 Prozent an.", True, [("percent", 33, "%", "about"), ("year", 2026, None, None), ("percent", 40, "%", None)], None),
    ("de", "Justizminister Beat Walliser-Frick sagte, das Ziel sei ambitioniert, aber erreichbar.", False, [], None),
    ("de", "Walliser-Frick sagte, der Bund habe seit 2019 rund 1,1 Milliarden Franken in die Integrationsagenda gesteckt.", True, [("year", 2019, None, None), ("money", 1100000000, "CHF", "about")], "Walliser-Frick"),
    ("de", "Der Schweizerische Arbeitgeberverband forderte, die Stellenmeldepflicht für Flüchtlinge weiter zu vereinfachen.", True, [], None),
    ("de", "«Arbeit ist die beste Integration», sagte ein Verbandssprecher.", False, [], None),
    # --- Ukrainer (dpa), November ---
    ("de", "Berlin (dpa) - In Deutschland leben derzeit knapp 1,25 Millionen Geflüchtete aus der Ukraine.", True, [("count", 1250000, None, "nearly")], None),
    ("de", "Für seit dem 1. April 2025 eingereiste Ukrainer gilt statt des Bürgergelds das niedrigere Asylbewerberleistungsgesetz.", True, [("date", "2025-04-01", None, None)], None),
    ("de", "Der Regelsatz sinkt damit für Alleinstehende von 563 auf 441 Euro im Monat.", True, [("money", 563, "EUR", None), ("money", 441, "EUR", None)], None),
    ("de", "Die Kommunen rechnen wegen des Wechsels der Zuständigkeit mit Mehrkosten von rund 200 Millionen Euro pro Jahr.", True, [("money", 200000000, "EUR", "about")], None),
    ("de", "Die Städte fürchten ein Chaos in den Sozialämtern.", False, [], None),
    # --- Einbürgerungen Hamburg (dpa/lno), Dezember ---
    ("de", "Hamburg (dpa/lno) - In Hamburg sind im vergangenen Jahr 13.215 Menschen eingebürgert worden, so viele wie nie zuvor.", True, [("count", 13215, None, None)], None),
    ("de", "Mehr als ein Drittel von ihnen stammte aus Syrien.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "Die Wartezeit auf einen Termin beträgt nach Angaben der Innenbehörde derzeit etwa 14 Monate.", True, [("duration", 14, "month", "about")], None),
    ("de", "Seit der Reform im Juni 2024 ist eine Einbürgerung in der Regel nach fünf statt acht Jahren möglich.", True, [("year", 2024, None, None), ("duration", 5, "year", None), ("duration", 8, "year", None)], None),
    ("de", "„Das ist eine Erfolgsgeschichte für unsere Stadt“, sagte der Innensenator.", False, [], None),
    # --- Bundesasylzentren (Keystone-SDA), Dezember ---
    ("de", "Bern (Keystone-SDA) - Das SEM will bis Mitte 2026 drei Bundesasylzentren mit zusammen rund 1100 Plätzen schliessen.", True, [("year", 2026, None, None), ("count", 3, None, None), ("count", 1100, None, "about")], None),
    ("de", "Damit liessen sich jährlich gut 40 Millionen Franken sparen, teilte das SEM mit.", True, [("money", 40000000, "CHF", "over")], "das SEM"),
    ("de", "Die Auslastung der Zentren lag im Oktober bei 58 Prozent.", True, [("percent", 58, "%", None)], None),
    ("de", "Die Standortgemeinde Boudry zeigte sich erleichtert.", False, [], None),
    # --- Grenzbilanz (dpa), Dezember ---
    ("de", "Potsdam (dpa) - Die Bundespolizei hat in diesem Jahr bis Ende November 61.380 unerlaubte Einreisen festgestellt, fast 27 Prozent weniger als im gesamten Vorjahr.", True, [("count", 61380, None, None), ("percent", 27, "%", "nearly")], None),
    ("de", "Bundespolizeipräsident Ludger Ambrosius sagte, an der Grenze zu Polen seien die Aufgriffe um zwei Drittel gesunken.", True, [("fraction", 0.6667, None, None)], "Ludger Ambrosius"),
    ("de", "„Die Grenze ist kein Sieb mehr“, sagte Ambrosius.", False, [], None),
    ("de", "Die Kontrollen an allen neun deutschen Landgrenzen sollen nach Angaben des Innenministeriums bis zum 15. März 2027 fortgesetzt werden.", True, [("count", 9, None, None), ("date", "2027-03-15", None, None)], None),
    ("de", "Die EU-Kommission hat bislang kein Vertragsverletzungsverfahren eingeleitet.", True, [], None),
    # === English ===
    # --- Channel crossings (Reuters), January ---
    ("en", "LONDON, Jan 2 (Reuters) - More than 41,000 people crossed the English Channel to Britain last year on small boats, the second-highest total for any year on record, according to Home Office data.", True, [("date", "--01-02", None, None), ("count", 41000, None, "over"), ("ordinal", 2, None, None)], None),
    ("en", "The average number of people per boat rose to 61, from 53 a year earlier.", True, [("count", 61, None, None), ("count", 53, None, None)], None),
    ("en", "Home Secretary Imogen Thackeray said the government had returned 3,240 people to France under a returns pilot agreed with Paris in August.", True, [("count", 3240, None, None)], "Imogen Thackeray"),
    ("en", "\"We will not rest until these gangs are out of business,\" Thackeray said.", False, [], None),
    ("en", "Refugee charities said the figures showed that deterrence had failed.", False, [], None),
    ("en", "At least 78 people died trying to make the crossing last year, the International Organization for Migration said.", True, [("count", 78, None, "at_least")], None),
    ("en", "The Home Office said it was spending about £4.2 million a day on hotels housing 29,600 asylum seekers.", True, [("money", 4200000, "GBP", "about"), ("count", 29600, None, None)], "the Home Office"),
    # --- Lampedusa (AP), March ---
    ("en", "ROME (AP) — Nearly 1,200 migrants reached the Italian island of Lampedusa over a single weekend, overwhelming its reception centre, which has room for 640 people.", True, [("count", 1200, None, "nearly"), ("count", 640, None, None)], None),
    ("en", "Italy's Interior Ministry said 14,380 migrants had arrived by sea so far this year, down 22% from the same period last year.", True, [("count", 14380, None, None), ("percent", 22, "%", None)], None),
    ("en", "The Red Cross, which runs the centre, said about 300 people were being moved to Sicily by ferry every day.", True, [("count", 300, None, "about")], None),
    ("en", "Interior Minister Raffaele Castagnoli said Italy's deals with Tunisia and Libya had cut departures by almost two-thirds.", True, [("fraction", 0.6667, None, "nearly")], "Raffaele Castagnoli"),
    ("en", "\"Italy cannot be Europe's only harbor,\" Castagnoli told reporters.", False, [], None),
    ("en", "The island's mayor said its 6,000 residents had received no extra medical staff since January.", True, [("count", 6000, None, None)], None),
    # --- Border crossings U.S. (Reuters), April ---
    ("en", "WASHINGTON, April 15 (Reuters) - U.S. Border Patrol agents apprehended 7,181 migrants crossing illegally from Mexico in March, the lowest monthly total in decades, U.S. Customs and Border Protection said.", True, [("date", "--04-15", None, None), ("count", 7181, None, None)], None),
    ("en", "That compares with a monthly peak of nearly 250,000 in December 2023.", True, [("count", 250000, None, "nearly"), ("year", 2023, None, None)], None),
    ("en", "Border czar Travis Underhill said daily encounters had fallen to an average of 230.", True, [("count", 230, None, None)], "Travis Underhill"),
    ("en", "\"The border is secure, period,\" Underhill said.", False, [], None),
    ("en", "Advocates say many asylum seekers now spend months in Mexican shelters with little hope.", False, [], None),
    # --- Work permits UK (PA), May ---
    ("en", "LONDON (PA) — Asylum seekers will be allowed to apply for permission to work after six months instead of 12 if their claim has not been decided, the Home Office has announced.", True, [("duration", 6, "month", None), ("duration", 12, "month", None)], None),
    ("en", "Only about 350 asylum seekers were granted permission to work last year, official figures show.", True, [("count", 350, None, "about")], None),
    ("en", "Those granted permission can take jobs only in occupations on the government's shortage list.", True, [], None),
    ("en", "The number of claims waiting for an initial decision fell to 72,350 at the end of March, down by a third from its peak.", True, [("count", 72350, None, None), ("fraction", 0.3333, None, None)], None),
    ("en", "Shadow Home Secretary Rupert Haverleigh said the change would act as \"a magnet for economic migrants.\"", False, [], None),
    ("en", "The Refugee Council said the average claim took 14 months to decide.", True, [("duration", 14, "month", None)], None),
    ("en", "Immigration Minister Daniel Okonjo-Pryce said 94% of claims from Albanian nationals had been refused in the past year.", True, [("percent", 94, "%", None)], "Daniel Okonjo-Pryce"),
    # --- Shipwreck off Sfax (Reuters), June ---
    ("en", "TUNIS, June 11 (Reuters) - At least 37 migrants drowned when their boat capsized off the Tunisian port of Sfax, the national guard said on Wednesday.", True, [("date", "--06-11", None, None), ("count", 37, None, "at_least")], None),
    ("en", "Twenty-two people were rescued, and search teams were looking for about a dozen others.", True, [("count", 22, None, None), ("count", 12, None, "about")], None),
    ("en", "Sfax governor Mourad Belhadj said the boat had left a beach near Jebiniana shortly after midnight with about 50 people on board.", True, [("count", 50, None, "about")], "Mourad Belhadj"),
    ("en", "Most of those on board were from Guinea, Ivory Coast and Sudan, a spokesman said.", True, [], None),
    ("en", "\"The sea is not a border, it is a graveyard,\" said a worker with a local aid group.", False, [], None),
    ("en", "The central Mediterranean is the world's deadliest known migration route, with more than 24,000 deaths recorded since 2014.", True, [("count", 24000, None, "over"), ("year", 2014, None, None)], None),
    # --- Greek court (AFP), July ---
    ("en", "ATHENS (AFP) - Greece's top administrative court has ruled that a three-month suspension of asylum claims for arrivals from North Africa was lawful.", True, [("duration", 3, "month", None)], None),
    ("en", "The Council of State rejected appeals brought by 11 asylum seekers from Sudan and Eritrea.", True, [("count", 11, None, None)], None),
    ("en", "Around 2,700 people arrived on Crete during the suspension, according to the migration ministry.", True, [("count", 2700, None, "about")], None),
    ("en", "Rights groups said they would now turn to the European Court of Human Rights in Strasbourg.", True, [], None),
    ("en", "\"Today is a dark day for refugee protection in Europe,\" one of their lawyers said.", False, [], None),
    # --- Fast-track citizenship (Reuters), August ---
    ("en", "BERLIN, Aug 19 (Reuters) - Germany's cabinet approved a bill on Tuesday that would end fast-track citizenship after three years of residence.", True, [("date", "--08-19", None, None), ("duration", 3, "year", None)], None),
    ("en", "Interior Minister Hartmut Vennekamp told reporters that about 2,700 people had been naturalised under the three-year rule since 2024.", True, [("count", 2700, None, "about"), ("duration", 3, "year", None), ("year", 2024, None, None)], "Hartmut Vennekamp"),
    ("en", "\"A German passport must be earned,\" Vennekamp said.", False, [], None),
    ("en", "The opposition Greens said the bill sent \"the wrong signal to skilled workers abroad.\"", False, [], None),
    # --- U.S. deportations (AP), October ---
    ("en", "WASHINGTON (AP) — About 312,000 people were deported by U.S. Immigration and Customs Enforcement in the 2025 fiscal year, which closed on Sept. 30, the agency said.", True, [("count", 312000, None, "about"), ("year", 2025, None, None), ("date", "--09-30", None, None)], None),
    ("en", "That is the highest total in more than a decade but short of the administration's goal of one million deportations a year.", True, [("count", 1000000, None, None)], None),
    ("en", "ICE was holding 61,800 people in detention as of early September, up from roughly 39,000 in January.", True, [("count", 61800, None, None), ("count", 39000, None, "about")], None),
    ("en", "The backlog in the nation's immigration courts stands at about 3.4 million cases, according to Syracuse University's TRAC project.", True, [("count", 3400000, None, "about")], None),
    ("en", "Homeland Security Secretary Dalton Meriwether said the department had hired 2,100 new deportation officers since January.", True, [("count", 2100, None, None)], "Dalton Meriwether"),
    ("en", "\"We are just getting started,\" Meriwether said.", False, [], None),
    ("en", "Immigrant advocates called the detention conditions \"a humanitarian disgrace.\"", False, [], None),
    ("en", "A federal judge in Chicago ordered the release of 14 detained farmworkers, ruling that their arrests had lacked warrants.", True, [("count", 14, None, None)], None),
    ("en", "Government lawyers lodged an appeal against the order within hours.", True, [], None),
    # --- EU asylum figures (Reuters), October ---
    ("en", "BRUSSELS, Oct 14 (Reuters) - Applications for asylum across the European Union, Norway and Switzerland fell by 23% to about 399,000 between January and June, the EU Agency for Asylum said.", True, [("date", "--10-14", None, None), ("percent", 23, "%", None), ("count", 399000, None, "about")], "the EU Agency for Asylum"),
    ("en", "Venezuelans overtook Syrians as the largest group of applicants for the first time.", True, [("ordinal", 1, None, None)], None),
    ("en", "Only 27% of decisions by national authorities granted some form of protection, the lowest rate since 2017.", True, [("percent", 27, "%", None), ("year", 2017, None, None)], None),
    ("en", "Under the migration pact due to apply from June 2026, member states must take in at least 21,000 asylum seekers a year from frontline countries or pay 20,000 euros for each person they refuse.", True, [("year", 2026, None, None), ("count", 21000, None, "at_least"), ("money", 20000, "EUR", None)], None),
    ("en", "Migration Commissioner Henrik Lindqvist-Ahl said the Commission would present a list of safe countries of origin by the end of the year.", True, [], "Henrik Lindqvist-Ahl"),
    ("en", "Hungary and Slovakia said they would take no part in the solidarity mechanism.", True, [], None),
    ("en", "\"Solidarity cannot be imposed from Brussels,\" the Hungarian foreign minister said.", False, [], None),
    # --- Nauru deal (AAP), November ---
    ("en", "CANBERRA (AAP) - Australia will pay Nauru A$420 million over five years to resettle 14 non-citizens who were released from immigration detention after a High Court ruling.", True, [("money", 420000000, "AUD", None), ("duration", 5, "year", None), ("count", 14, None, None)], None),
    ("en", "Home Affairs Minister Bronwyn Tennant said three of the men had already been flown to the Pacific nation.", True, [("count", 3, None, None)], "Bronwyn Tennant"),
    ("en", "The Greens called the deal \"cash for cruelty.\"", False, [], None),
    ("en", "Since 2013, Australia has spent more than A$12 billion on offshore processing, according to the Refugee Council of Australia.", True, [("year", 2013, None, None), ("money", 12000000000, "AUD", "over")], None),
    ("en", "The 2023 High Court decision found that indefinite detention of people who could not be deported was unlawful.", True, [("year", 2023, None, None)], None),
    ("en", "About 220 people were released in the months after the ruling.", True, [("count", 220, None, "about")], None),
    # --- Irish High Court (Reuters), December ---
    ("en", "DUBLIN, Dec 3 (Reuters) - Ireland's High Court ruled that the state had breached EU law by leaving 2,400 male asylum seekers without accommodation.", True, [("date", "--12-03", None, None), ("count", 2400, None, None)], None),
    ("en", "The court said the state must pay 1,500 euros to each of the applicants who had sued.", True, [("money", 1500, "EUR", None)], "the court"),
    ("en", "Integration Minister Aoife Kinsella said the state had opened 1,100 new beds since September.", True, [("count", 1100, None, None)], "Aoife Kinsella"),
    ("en", "\"No one should be sleeping in a tent in a country as wealthy as ours,\" said a volunteer at a Dublin soup kitchen.", False, [], None),
    ("en", "The government has 28 days to decide whether to appeal.", True, [("duration", 28, "day", None)], None),
    # --- Mediterranean toll (Reuters), December ---
    ("en", "GENEVA, Dec 18 (Reuters) - More than 2,300 people died or went missing in the Mediterranean in the past 12 months, UNHCR said on Thursday.", True, [("date", "--12-18", None, None), ("count", 2300, None, "over"), ("duration", 12, "month", None)], None),
    ("en", "Roughly one in five of the deaths occurred on the route from Libya to Italy.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "UNHCR spokesperson Mireille Okafor-Lindgren said search and rescue capacity at sea remained \"woefully inadequate.\"", False, [], None),
    ("en", "Charity rescue ships brought about 9,800 people to safety this year, roughly 11% of all sea arrivals in Italy.", True, [("count", 9800, None, "about"), ("percent", 11, "%", "about")], None),
]
