"""Ninety-second blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, products and figures
are made up (Cornelia Wälti, Mirjam Oppliger, Pascal Dubuis, Marco Ferrazzini, the Privatbank
Falkenstein & Cie., Laurent Mercier, Aarvita with Talvesta and Renoxan, Ruth Amsler, the
watchmaker Montavel, Reto Kägi, the Vergleichsdienst Prämienfuchs, Franziska Brunold,
Anne-Laure Favre, Urs Achermann, Nino Casutt, Eirik Haugland, Florian Leitgeb, Lara Imboden,
Yann Kouadio, Luca Schnyder, Kevin Andrade, Sandro Gisler, Marco Ilić, Matthias Rüfenacht,
Mathis Perret, Giulia Bernasconi, Selina Gerber and «Die Stille nach dem Föhn», the painter
Gian Pitschen, Chiara Moretti and «Grenzgänger»; Brunnmatt Group, Banque Rivaz, Martina
Koller, Dominik Frei, Claire Dunmore, Rhenovia, Bank Rheinau, the property portal
Domicilia); real places, parties, clubs and institutions ("Bundesrat", "Nationalrat",
"Ständerat", "SVP", "Lega", "Staatskanzlei", "Staatsrat", "SNB", "SIX", "Swissmedic", "FH",
"Unia", "SBB", "Verband öffentlicher Verkehr", "MeteoSchweiz", "SLF", "Kantonspolizei
Wallis", "Air Zermatt", "Bundesgericht", "Bundesstrafgericht", "Bezirksgericht Zürich",
"BAG", "Santésuisse", "SEM", "Flüchtlingshilfe", "Seco", "Bundesamt für Statistik",
"Flughafen Zürich AG", "EPFL", "Elcom", "Swiss-Ski", "SRF", "Young Boys", "FC Basel",
"Servette", "ZSC Lions", "HC Davos", "Swiss Indoors", "Schweizer Buchpreis", "Kunsthaus
Zürich", "Solothurner Filmtage", "FINMA", "Rega", "Federal Chancellery", "Federal Office for
Housing") stand for the way wire copy names them; what is said of them here is invented.

Its weight: AN ORDINARY SWISS NEWS DAY as Keystone-SDA and AWP file it in German and
Reuters, AP and swissinfo in English, about 80 % German and 20 % English, 42 short stories
in story order (a dateline lead, then background, figures, attributed lines, a quote or a
reaction, sometimes a service line). 32 German stories: the Bundesrat's plan to fund the
13th AHV pension with VAT, the Nationalrat's childcare credit and its tally, a cantonal
voting Sunday in Zurich (Ja-Anteil, Stimmbeteiligung, a minimum wage "Fr. 23.50 pro
Stunde", Winterthur's budget), in the Romandie (a Geneva tax cut, a Lausanne pool credit, a
Neuchâtel initiative, Valais mergers) and the Ticino budget in the Gran Consiglio with the
Grenzgänger, the SNB's nine-month result and its payout to Confederation and cantons, a
Zurich private bank's nine-month figures, a Basel drugmaker's quarter and a Swissmedic
approval, watch exports and a Vallée de Joux job cut, the SBB timetable change (Takt,
punctuality, GA prices, Simplon closures) and a Gotthard base tunnel outage, the first
snowfall, an avalanche death above Arolla, the Bundesgericht, the Bundesstrafgericht in
Bellinzona (money laundering, Landesverweis) and a Zurich speeding trial, health insurance
switching and 2026 premiums by canton, the SEM's asylum figures, third-country work permit
quotas, a house fire in Winterthur and a crash on the A1, GDP and inflation, Zurich airport
traffic, an EPFL solar cell, Lucerne's Steuerfuss, 2026 electricity prices, World Cup
skiing in Beaver Creek and Tremblant, the Super League, the National League, a tennis year
in review, the Schweizer Buchpreis, the Kunsthaus and the Solothurner Filmtage. 10 English
stories: a Swiss wealth manager's acquisition, SNB currency purchases and sight deposits, a
Basel drugmaker's obesity trial, a federal vote, Rega's missions, the Beaver Creek downhill
from AP, watch exports, asylum applications, rents and vacancies. Swiss usage: "Bern
(Keystone-SDA) -", "Zürich (awp) -", "ss" ("gutgeheissen", "grosse Kammer", "verliessen",
"grösste", "begrüssten", "gemäss"), «» quotes, "Franken", "Fr. 23.50", "Fr. 78.40", "Fr.
1180.–", "Fr. 4080.–", "393.30 Franken", "26,9 Rappen", "Mio.", "Mrd.", apostrophe grouping
("31'812", "78'000", "68'500", "31'204"), numbers below 10'000 without a separator ("2087",
"8500", "7200"), cantons after places ("Einsiedeln SZ", "Arolla VS", "Oftringen AG", "(ZH)",
"(VD)", "(LU)"), "bis am 20. März", "während vier Jahren", "in der Nacht auf Sonntag",
"Führerausweis", "Busse", "Leader", "Penalty", "Winterpneus", "Stimmbeteiligung",
"Ja-Anteil", "Nein-Stimmen", "Volk und Stände", "Vernehmlassung", "Differenzbereinigung",
"gemäss", "zufolge", Romandie and Ticino names (Dubuis, Mercier, Favre, Perret; Ferrazzini,
Bernasconi, Moretti). Forms: number words ("vier", "drei", "sechs", "zwei", "fünf", "five
generations", "seventh"), compounds ("dreitägiger", "Vierpersonenhaushalt", "27-jährige",
"the 27-year-old's"), fractions ("ein Drittel", "zwei Drittel", "knapp ein Zehntel", "rund
ein Fünftel", "fast jede dritte", "about a third", "about one in four", "about a quarter"),
hedges ("rund", "knapp", "gut", "über", "bis zu", "mindestens", "weniger als", "unter",
"about", "roughly", "around", "up to", "above"). Negatives as such a day has them: quoted
evaluations by a Bundesrätin, councillors, a bank chief, a finance chief, a convicted
speeder, a skier, a coach, a prize-winner, a strategist, a campaign spokeswoman and a Rega
spokesman; reported catchwords and reactions of parties, unions, lobbies, a defence lawyer,
a jury, consumer groups and tenants' groups; an SNB caveat; outlooks and open questions
without a figure; appeals and advice (winter tyres, the avalanche bulletin, witnesses,
comparing offers, the online timetable); scene colour; a Keystone-SDA results note and a
Reuters reporting credit.

236 rows (189 German, 47 English), 48 negatives (39 German, 9 English), 188 check-worthy
rows of which 16 carry no figure (15 German, 1 English), 329 expected quantities (90
counts, 63 amounts of money, 56 percentages, 39 durations, 34 ordinals, 26 years, 11 dates,
10 fractions; none of them in negatives), 27 checked speakers (22 German, 5 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). Check-worthy without a
  figure: a constitutional step stated as fact ("... haben Volk und Stände das letzte
  Wort.", "Under Swiss law, a popular initiative needs ..."), a bill's next stage ("Das
  Geschäft geht nun ... zurück an die kleine Kammer.", seventy-seventh), what a law
  requires, guidance confirmed "im mittleren einstelligen Prozentbereich" (a vague
  magnitude, twenty-third and seventy-third), a first snowfall, a court confirming a lower
  court, a ruling not yet final (seventy-seventh), a Konjunktiv I explanation with its
  speaker, damage of "mehrere hunderttausend Franken" (a vague magnitude, fifteenth), a crash
  on the A1, a referendum taken, a prize awarded, a film opening a festival, the largest
  indoor tournament. New: "Die Brandursache wird von Spezialisten ... abgeklärt." is
  check-worthy - an inquiry under way stated as fact, as an inquiry committee set up
  (sixty-fifth); "Die Ursache der Störung war am Montag noch unklar." is a negative, an
  open question in the form of a statement (as "Ob ..., ist offen.", fortieth).
- Swiss money: "2,3 Mrd. Franken", "770 Mio. Franken", "91,6 Mio. Franken" CHF ("Mrd." and
  "Mio." as spelled out, twelfth and seventy-seventh); "Fr. 23.50", "Fr. 78.40" and "393.30
  Franken", "529.80 Franken", "111.60 Franken" with the Swiss decimal point (sixty-fourth and
  seventy-seventh); "Fr. 1180.–", "Fr. 4080.–", "Fr. 6720.–" whole francs; "26,9 Rappen"
  0.269 CHF and "rund 1,2 Rappen" 0.012 CHF "about" (twelfth and fortieth); "18'000
  Franken", "15'000 Franken", "30'000 Franken" with the apostrophe (tenth); "pro Stunde",
  "pro Jahr", "pro Monat", "im Jahr", "pro Kilowattstunde" carry none (fortieth and
  sixty-seventh). English copy on Swiss subjects writes "francs" for CHF ("310 billion
  francs", "112.30 francs", "500 francs", "40 francs"; seventy-seventh); "1.45 billion Swiss
  francs ($1.8 billion)" CHF and USD; "The franc traded at 0.9315 per euro" is 0.9315 CHF,
  the priced currency (eightieth and eighty-seventh). New: "die mittlere Monatsprämie" -
  the month inside a compound noun carries nothing, as "Monatsausgaben" and "Monatsrente"
  (sixty-seventh); the premium is money.
- Votes: "mit einem Ja-Anteil von 58,6 Prozent", "mit 61,2 Prozent Nein-Stimmen", "mit
  68,2 Prozent Ja", "Die Stimmbeteiligung lag bei 42,3 Prozent", "Turnout was 46.8%",
  "with 63.9% voting against" percentages (seventy-seventh); tallies are counts, one per
  figure ("mit 109 zu 84 Stimmen bei 2 Enthaltungen", "mit 52 zu 27 Stimmen bei 6
  Enthaltungen", "31'812 Stimmberechtigte Ja ... und 17'407 Nein", "34 der 122 Gemeinden
  ..., in 29 davon", "Only three of the 26 cantons"; seventy-seventh and sixty-fifth);
  "Volk und Stände", "Ständemehr" none. New: "knapp angenommen, mit 50,8 Prozent
  Ja-Stimmen" carries no hedge - "knapp" qualifies the verb and is parted from the figure,
  as "unter" parted from its figure by a noun gave none (fifty-fourth and eighty-eighth).
- Rates and shares: "um 0,6 Prozentpunkte" pp; "von 8,1 auf 8,7 Prozent" and "von 2,6 auf
  2,8 Prozent" both ends (the unit written once serves the list, forty-sixth); "im Mittel
  um 4 Prozent" and "durchschnittlich" no hedge (eighty-eighth and eighty-seventh); "1.0%"
  1.0 and "0%" 0 (eighty-seventh); "zu 61 Prozent belegt"; "bis zu 20 Prozent", "bis zu 70
  Prozent Rabatt" "up_to"; "gut 78 Prozent", "gut 58 Prozent" "over" ("gut", twentieth);
  "knapp 14 Prozent" "nearly"; "auf 107,1 Punkte" of the consumer price index a count
  (index levels, sixty-second).
- Fractions: "ein Drittel ... zwei Drittel" 0.3333 and 0.6667, "rund zwei Drittel" 0.6667
  "about", "knapp ein Drittel" 0.3333 "nearly", "um knapp ein Zehntel" 0.1 "nearly", "um
  rund ein Fünftel" 0.2 "about", "fast jede dritte Arbeitskraft" 0.3333 "nearly" (forty-first
  and seventy-seventh: "fast jeder zweite"), "by about a third" and "about a quarter"
  "about", "About one in four missions" 0.25 "about" (fifty-fourth and eighty-eighth).
- Ordinals: "die 13. AHV-Rente" and "Die 13. Rente" 13 (twenty-ninth and sixty-seventh),
  "im ersten Jahr" 1 (as "im ersten Halbjahr", eleventh), "in den ersten drei Quartalen"
  ordinal 1 and count 3 and "in den ersten neun Monaten" ordinal 1 and 9 months (fifteenth,
  eighty-seventh), "im dritten Quartal", "Im zweiten Quartal", "in the third quarter", "in
  the second quarter of 2026", "in the first half of 2026" (eighty-seventh), "Ein
  Generalabonnement 2. Klasse" 2 and "in der 1. Klasse" 1 (fortieth), "den siebten
  Weltcupsieg", "seventh career win and his second", "Dritter wurde", "finished third",
  "auf Rang fünf", "nach dem ersten Lauf ... auf Platz 14", "auf Rang 38", "auf Position
  21" (sixty-first and seventy-seventh), "in der 16. Runde", "in der 12. und in der 58.
  Minute", "in der 71. Minute", "das dritte Tor", "nach der vierten Niederlage in Folge",
  "auf dem neunten Platz" (eighty-second), "seit der ersten Verleihung" 1 ("jüngste" none,
  sixty-third), "Die 61. Solothurner Filmtage" 61, "for a fifth straight year" 5
  (eighty-seventh). New: "unter den ersten zehn" is ordinal 1 and count 10, as "in den
  ersten drei Quartalen" (fifteenth).
- Durations: "während vier Jahren" 4 years (fiftieth: "während drei Wochen"), "für vier
  Wochen", "während rund drei Stunden" "about", "bis zu 75 Minuten" "up_to", "nach rund 50
  Minuten" "about", "während rund zweieinhalb Stunden" 2.5 hours "about" (eighty-eighth),
  "während 1000 Stunden", "in 14 Wochen", "after 68 weeks", "within 15 minutes" (no hedge,
  sixty-eighth), "alle 15 Minuten" 15 minutes (forty-eighth: "alle zehn Minuten"), "mit
  weniger als drei Minuten Verspätung" 3 minutes "under" (twenty-third: "weniger als"
  "under"; forty-eighth); sentences: "Freiheitsstrafe von 36 Monaten ..., davon 12 Monate",
  "von 24 Monaten", "Landesverweis von sechs Jahren", "Die Probezeit beträgt drei Jahre",
  "für mindestens zwei Jahre" "at_least" (seventy-seventh: "zu 20 Monaten bedingter Haft");
  "nach dreitägiger Verhandlung" 3 days (the issue's "dreitägige Reise"); race margins "mit
  0,19 Sekunden Vorsprung", "0,43 Sekunden zurück", "0.19 seconds", "0.43 seconds back" and
  the time "1:41,28 Minuten" 1 minute and 41.28 seconds (sixty-first). "Exports have now
  declined in seven of the past 10 months" is 7 and 10 months (seventy-seventh: "two of the
  past three years"). None: "vor einem Jahr", "im Vorjahr", "im laufenden Jahr", "jedes
  Jahr", "jährlich", "last week", "a year", "a year earlier", "annual", "yearly",
  "quarterly", "in der Nachspielzeit", "in der Nacht auf Montag".
- Ages are durations in years (every earlier batch): "Ein 38-jähriger Skitourengeher", "Sein
  41-jähriger Begleiter", "Der 54-jährige Franzose", "einen 29-jährigen Autofahrer", "Der
  46-jährige Lenker und sein 19-jähriger Beifahrer", "Der 27-jährige Bündner", "the
  27-year-old's"; "bei Kindern unter 16 Jahren" 16 years "under" (eighty-eighth: "Kinder
  unter 15 Jahren"); "für Erwachsene und Jugendliche ab 12 Jahren" 12 years with no hedge
  ("ab" before an age, as "claimed from 62", sixty-seventh); "Für Kinder bis 18 Jahre" 18
  years "up_to" ("bis" bounding a group from above, fortieth and seventy-seventh).
- Counts and measures: physical measures are counts (fourth): "12 Zentimeter", "31
  Zentimeter", "oberhalb von 1800 Metern über Meer" with no hedge (seventy-seventh),
  "40 bis 60 Zentimeter" both ends, "auf rund 1200 Meter" "about", "minus 14,2 Grad" -14.2
  ("minus" a sign, eighty-eighth), "in 1,8 Metern Tiefe", "mit 112 km/h statt der erlaubten
  50 km/h", "bis zu acht Kilometer" "up_to", "die 2,6 Kilometer lange Strecke", "4500
  Kilowattstunden", "rund 1,3 Millionen Zugkilometer" "about"; "auf Stufe 3, «erheblich»"
  count 3 (seventy-seventh: "auf 4, «gross»"); "ein Vierpersonenhaushalt" 4
  (seventy-seventh); people, trains, cases, permits, visitors ("2087 Menschen", "14
  Personenzüge und 22 Güterzüge", "in 143 Fällen", "8500 Bewilligungen", "mindestens 2000
  Bewilligungen" "at_least", "Vor 31'204 Zuschauern", "mit 7200 Zuschauern", "71'300
  Zuschauerinnen und Zuschauern", "rund 412'000 Besucherinnen und Besucher" "about",
  "96'000 Eintritte", "164 Filme", "all 14 of its branches" ("all" no hedge, sixty-first),
  "3,412 adults in 14 countries", "18,214 missions", "Its 20 helicopters", "about 3.9
  million patrons" "about"); league tables and streaks ("bis auf zwei Punkte an Leader
  Lugano" 2, twenty-seventh; "mit 180 Punkten vor Haugland mit 136", the elided noun,
  eighty-second; "mit 58 Punkten aus 27 Spielen"; "für drei Spiele"; "eine Serie von fünf
  Niederlagen" 5; "Mit vier Fahrern"; "52 Plätze besser" places moved, sixty-first). Scores
  ("3:1", "1:1", "0:2", "4:3") carry none (thirty-fifth, sixty-first, eighty-second). New:
  "Die Zelle misst einen Quadratzentimeter" is count 1 - "einen" is the number word before
  its unit, as "ein Prozent des BIP" is percent 1 (sixty-fifth); new: "for five
  generations" is count 5 - a generation is no unit of the rules' durations, as a term of
  office and a season are none (sixty-third); new: Lucerne's "Steuerfuss von 1,6 auf 1,55
  Einheiten" gives counts 1.6 and 1.55 - the multiplier in units, as index "Einheiten" are
  counts (thirty-eighth), while a Steuerfuss written in percent is a percentage
  (seventy-seventh).
- Identifiers and names carry none: "A1" (a motorway, as "B1", seventy-seventh), "Einsiedeln
  SZ", "Arolla VS", "Oftringen AG", "(ZH)", "(VD)", "(LU)", "Schutzstatus S",
  "Aufenthaltsbewilligungen B", "Kurzaufenthaltsbewilligungen L" (new: a letter naming a
  permit, as "A-Post" and "B-Post", seventy-seventh), "Air Zermatt", "SIX", "by 0915 GMT" (a
  clock time, as "gegen 1.45 Uhr", seventy-seventh). New: "(Urteil 6B_714/2025)" carries
  neither a count nor a year - a court's docket number is an identifier, as "Bill C-12" and
  the EU act numbers "2019/1937" (forty-second and sixty-fifth). New: "Das ATP-500-Turnier"
  carries none - a tournament category named by a figure, as "Formel 1" (thirty-fifth) and
  "Under-21s" (eighty-second).
- Years and dates: "ab 2027" (no hedge, fortieth), "bis Ende 2033", "Bis Ende 2026", "im
  Dezember 2026", "gegenüber Ende 2024", "zwischen 2019 und 2021", "zwischen 2014 und 2018",
  "im Mai 2024", "auf Anfang 2026", "Für 2025 insgesamt", "Budget 2026" (seventy-seventh),
  "im Jahr 2008", "founded in 1872", "since the end of 2022", "by 2028", "of 2024" the
  years. "bis am 20. März" --03-20 (Swiss "bis am" before a date, no hedge, as "bis zum 30.
  Juni 2026", eighty-second), "vom 14. Dezember" --12-14, "vom 10. bis 23. Januar" and "vom
  21. bis 28. Januar" two dates each (eighty-seventh: "vom 5. bis 19. Juli"), "at its Dec.
  11 meeting" --12-11; Reuters datelines with a day ("ZURICH, Dec 1 (Reuters)", "BASEL, Dec
  1 (Reuters)", "ZURICH, Nov 18 (Reuters)") dates without a year; Keystone-SDA, awp and AP
  datelines none; months, weekdays, "Ende September", "Ende Oktober", "bis Ende November",
  "in der Sommersession", "in der Wintersession", "im Juni", "in June" none.
- Hedges, only the names in use: "rund", "about", "roughly", "around", "About" "about";
  "knapp", "fast" "nearly"; "gut", "über", "above" "over"; "unter", "weniger als" "under";
  "bis zu", "bis" (bounding a group), "up to" "up_to"; "mindestens" "at_least". No hedge:
  "insgesamt", "netto", "nur", "sogar", "allein", "Allein", "je", "jeweils", "weiterhin",
  "durchschnittlich", "im Mittel", "im langjährigen Mittel", "im Schnitt", "ab", "oberhalb
  von", "bis auf" (a gap), "an average of", "Only", "all", "within", "after".
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped and so is what follows the verb ("sagte Finanzministerin Cornelia Wälti am
  Mittwoch vor den Medien in Bern" -> "Cornelia Wälti", eighteenth and eighty-seventh; "sagte
  SBB-Sprecher Reto Kägi" -> "Reto Kägi"; "so SEM-Sprecherin Anne-Laure Favre" -> "Anne-Laure
  Favre"); "Wälti zufolge" -> "Wälti" (the name as written, as "Selenskyj zufolge",
  fourteenth); "Dem Bundesamt für Statistik zufolge" -> "das Bundesamt für Statistik" (the
  nominative with its article, as "Dem Robert Koch-Institut zufolge", nineteenth); "wie die
  Staatskanzlei mitteilte", "wie die SNB am Freitag mitteilte", "teilte die Bank am
  Donnerstag mit", "wie die Kantonspolizei Wallis mitteilte", "wie die Stadtpolizei
  Winterthur mitteilte", "wie die Kantonspolizei Aargau mitteilte", "teilte das
  Justizdepartement mit", "wie die Flughafen Zürich AG mitteilte", "wie die Hochschule
  mitteilte" the source with its article in the nominative (fortieth and eighty-eighth); "wie
  das Bundesamt für Gesundheit (BAG) im September bekanntgab", "wie das Staatssekretariat für
  Migration (SEM) am Montag mitteilte", "wie das Staatssekretariat für Wirtschaft (Seco)
  mitteilte", "wie der Verband der Schweizerischen Uhrenindustrie (FH) am Dienstag
  mitteilte" with the abbreviation in brackets dropped (eighty-fifth and eighty-eighth;
  "bekanntgab", sixty-seventh); "teilte die Elektrizitätskommission Elcom mit" with the name
  after the body kept (eighty-eighth: "das Landesinstitut für Statistik ASTAT"); "wie
  MeteoSchweiz mitteilte" -> "MeteoSchweiz" (eighty-eighth). English: "according to the
  Federal Chancellery", "according to the Federal Statistical Office", "the State Secretariat
  for Migration said" and "the Federal Office for Housing said on Monday" with the article in
  lower case (seventy-seventh and eighty-fifth); "Brunnmatt said ..." opening the sentence as
  written (forty-eighth). New: "gemäss" before a source without an article is read as
  "laut" and gives the source as written - "gemäss Staatsrat" -> "Staatsrat", "gemäss
  Bundesamt für Statistik" -> "Bundesamt für Statistik" (as "laut Polizei", thirtieth, and
  "laut Landesstraßenbauamt", eighty-eighth); "gemäss der Vereinbarung mit der SNB" names a
  document and stays unchecked (as "gemäss einer Prognose ...", forty-ninth). Left
  unchecked (None): "wie die SBB am Montag mitteilten" and "wie die Organisatoren
  mitteilten" (plural names, twenty-eighth and sixty-fifth), "schätzt der Vergleichsdienst
  Prämienfuchs" (a description before a name and no verb of saying, eighty-seventh), "wie
  aus dem ... Urteil hervorgeht", "kündigte ... an", "erwartet das SEM", "Swiss wealth
  manager Brunnmatt Group said", "Swiss drugmaker Rhenovia said", "property portal
  Domicilia said" (a description before a name, fifty-second and eighty-seventh), "it said"
  (a pronoun), "data published on Monday showed", "SNB data showed", "industry data showed",
  "final results showed" (documents, seventy-seventh), "Economists polled by Reuters",
  "Analysts at Bank Rheinau estimate", rows without attribution and all negatives.
- Negatives, with no figure in any of them: quoted evaluations with or without a named
  speaker (seventy-seventh and eighty-second); reported catchwords ("Die SVP sprach von einer
  «...»", "Die Lega sprach von ...", "warnte vor einer «...»", "verurteilte den Abbau als
  «...»", "lobte ... als «...»", "kritisierte ... als «...»"); reactions ("zeigten sich ...
  enttäuscht", "begrüssten die Senkung, sie komme aber ... zu spät"); the SNB's caveat on
  its interim result (boilerplate, as the poll caveat, fifty-fifth); outlooks without a
  figure ("Branchenkenner rechnen mit ...", "Bis zur Marktreife dürften ...", "Analysts
  expect ...", "Der Flughafen blickt zuversichtlich ..."); open questions ("Ob ..., ist
  offen.", "Whether ... remains unclear.", "Die Ursache ... war ... noch unklar."); appeals
  and advice (seventy-seventh and eighty-eighth); pressure on a coach, a player's reputation
  and scene colour; "Tenants' groups say ..." (a view in the present tense); the
  Keystone-SDA note that municipal results can be looked up (seventy-seventh) and a Reuters
  reporting credit (seventieth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_92 = [
    # --- Bundesrat: Mehrwertsteuer für die 13. AHV-Rente (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat will die 13. AHV-Rente ab 2027 mit einer befristeten Erhöhung der Mehrwertsteuer um 0,6 Prozentpunkte finanzieren.", True, [("ordinal", 13, None, None), ("year", 2027, None, None), ("percent", 0.6, "pp", None)], None),
    ("de", "Der Normalsatz würde damit von 8,1 auf 8,7 Prozent steigen, der reduzierte Satz für Lebensmittel und Medikamente von 2,6 auf 2,8 Prozent.", True, [("percent", 8.1, "%", None), ("percent", 8.7, "%", None), ("percent", 2.6, "%", None), ("percent", 2.8, "%", None)], None),
    ("de", "Die Zusatzfinanzierung soll bis Ende 2033 gelten und jährlich rund 2,3 Mrd. Franken einbringen, sagte Finanzministerin Cornelia Wälti am Mittwoch vor den Medien in Bern.", True, [("year", 2033, None, None), ("money", 2300000000, "CHF", "about")], "Cornelia Wälti"),
    ("de", "Die 13. Rente wird Wälti zufolge erstmals im Dezember 2026 ausbezahlt und kostet im ersten Jahr gut 4,2 Mrd. Franken.", True, [("ordinal", 13, None, None), ("year", 2026, None, None), ("ordinal", 1, None, None), ("money", 4200000000, "CHF", "over")], "Wälti"),
    ("de", "Die Vernehmlassung dauert bis am 20. März.", True, [("date", "--03-20", None, None)], None),
    ("de", "Weil dafür die Verfassung geändert werden muss, haben Volk und Stände das letzte Wort.", True, [], None),
    ("de", "Die SVP sprach von einer «Steuererhöhung durch die Hintertür».", False, [], None),
    ("de", "«Wir können den Rentnerinnen und Rentnern nicht etwas versprechen und die Rechnung dann den Jungen schicken», sagte Wälti.", False, [], None),
    # --- Nationalrat: Kita-Vorlage (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Nationalrat hat in der Wintersession einen Verpflichtungskredit von 770 Mio. Franken für die familienergänzende Kinderbetreuung gutgeheissen.", True, [("money", 770000000, "CHF", None)], None),
    ("de", "SP, Grüne, GLP und Mitte setzten sich mit 109 zu 84 Stimmen bei 2 Enthaltungen gegen SVP und FDP durch.", True, [("count", 109, None, None), ("count", 84, None, None), ("count", 2, None, None)], None),
    ("de", "Der Bund soll sich während vier Jahren mit bis zu 20 Prozent an den Kosten der Eltern für einen Kita-Platz beteiligen.", True, [("duration", 4, "year", None), ("percent", 20, "%", "up_to")], None),
    ("de", "Der Ständerat hatte in der Sommersession eine schlankere Variante mit jährlich 120 Mio. Franken beschlossen.", True, [("money", 120000000, "CHF", None)], None),
    ("de", "Das Geschäft geht nun zur Differenzbereinigung zurück an die kleine Kammer.", True, [], None),
    ("de", "«Wer Familien entlasten will, darf nicht länger zuwarten», sagte SP-Nationalrätin Mirjam Oppliger (ZH) in der Debatte.", False, [], None),
    ("de", "FDP-Nationalrat Pascal Dubuis (VD) warnte vor einer «neuen Subventionsmaschine auf Kosten der Steuerzahlenden».", False, [], None),
    # --- Kanton Zürich: Abstimmungssonntag (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Die Zürcher Stimmberechtigten haben am Sonntag ein neues Energiegesetz mit einem Ja-Anteil von 58,6 Prozent angenommen.", True, [("percent", 58.6, "%", None)], None),
    ("de", "Die Stimmbeteiligung lag bei 42,3 Prozent, wie die Staatskanzlei mitteilte.", True, [("percent", 42.3, "%", None)], "die Staatskanzlei"),
    ("de", "Das Gesetz verpflichtet Hauseigentümer, Öl- und Gasheizungen am Ende ihrer Lebensdauer durch erneuerbare Systeme zu ersetzen.", True, [], None),
    ("de", "Abgelehnt wurde dagegen die Volksinitiative für einen kantonalen Mindestlohn von Fr. 23.50 pro Stunde, mit 61,2 Prozent Nein-Stimmen.", True, [("money", 23.5, "CHF", None), ("percent", 61.2, "%", None)], None),
    ("de", "In Winterthur sagten 31'812 Stimmberechtigte Ja zum städtischen Budget 2026 und 17'407 Nein.", True, [("count", 31812, None, None), ("year", 2026, None, None), ("count", 17407, None, None)], None),
    ("de", "Die Gewerkschaften zeigten sich vom Resultat enttäuscht.", False, [], None),
    ("de", "Die Linke wertete das Ja zum Energiegesetz als «klares Signal an den Hauseigentümerverband».", False, [], None),
    # --- Romandie: Abstimmungen in Genf, Lausanne und Neuenburg (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - Die Genfer Stimmberechtigten haben am Sonntag eine Senkung der Einkommenssteuer knapp angenommen, mit 50,8 Prozent Ja-Stimmen.", True, [("percent", 50.8, "%", None)], None),
    ("de", "Die Reform entlastet die Steuerzahlenden gemäss Staatsrat um rund 326 Mio. Franken pro Jahr.", True, [("money", 326000000, "CHF", "about")], "Staatsrat"),
    ("de", "In Lausanne nahmen die Stimmberechtigten einen Kredit von 48,5 Mio. Franken für die Sanierung des Hallenbads Mon-Repos mit 68,2 Prozent Ja an.", True, [("money", 48500000, "CHF", None), ("percent", 68.2, "%", None)], None),
    ("de", "Im Kanton Neuenburg scheiterte eine Initiative für kostenlose Zahnkontrollen bei Kindern unter 16 Jahren mit 45,6 Prozent Ja-Stimmen.", True, [("duration", 16, "year", "under"), ("percent", 45.6, "%", None)], None),
    ("de", "Im Wallis stimmten 34 der 122 Gemeinden über Fusionsprojekte ab, in 29 davon sagte die Mehrheit Ja.", True, [("count", 34, None, None), ("count", 122, None, None), ("count", 29, None, None)], None),
    ("de", "Die Resultate der einzelnen Gemeinden können auf der Website des Kantons abgerufen werden.", False, [], None),
    # --- Tessin: Kantonsbudget (Keystone-SDA) ---
    ("de", "Bellinzona (Keystone-SDA) - Der Tessiner Grosse Rat hat das Budget 2026 des Kantons mit einem Defizit von 91,6 Mio. Franken genehmigt.", True, [("year", 2026, None, None), ("money", 91600000, "CHF", None)], None),
    ("de", "Das Kantonsparlament stimmte mit 52 zu 27 Stimmen bei 6 Enthaltungen zu.", True, [("count", 52, None, None), ("count", 27, None, None), ("count", 6, None, None)], None),
    ("de", "Staatsrat Marco Ferrazzini hatte ursprünglich ein Minus von 124 Mio. Franken veranschlagt.", True, [("money", 124000000, "CHF", None)], None),
    ("de", "Täglich pendeln gemäss Bundesamt für Statistik gut 78'000 Grenzgängerinnen und Grenzgänger aus Italien ins Tessin, fast jede dritte Arbeitskraft im Kanton.", True, [("count", 78000, None, "over"), ("fraction", 0.3333, None, "nearly")], "Bundesamt für Statistik"),
    ("de", "Die Lega sprach von einem «Budget der verpassten Chancen».", False, [], None),
    # --- SNB: Zwischenergebnis (awp) ---
    ("de", "Zürich (awp) - Die Schweizerische Nationalbank (SNB) hat in den ersten drei Quartalen einen Gewinn von 27,4 Mrd. Franken erzielt.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("money", 27400000000, "CHF", None)], None),
    ("de", "Auf den Fremdwährungspositionen resultierte ein Gewinn von 21,9 Mrd. Franken, auf dem Goldbestand ein Bewertungsgewinn von 7,2 Mrd. Franken.", True, [("money", 21900000000, "CHF", None), ("money", 7200000000, "CHF", None)], None),
    ("de", "Die Devisenreserven beliefen sich Ende September auf 731 Mrd. Franken, wie die SNB am Freitag mitteilte.", True, [("money", 731000000000, "CHF", None)], "die SNB"),
    ("de", "Rückschlüsse vom Zwischenergebnis auf das Jahresergebnis seien nur bedingt möglich, schrieb die Nationalbank.", False, [], None),
    ("de", "Bund und Kantone können gemäss der Vereinbarung mit der SNB mit einer Ausschüttung von bis zu 6 Mrd. Franken rechnen.", True, [("money", 6000000000, "CHF", "up_to")], None),
    ("de", "Davon geht ein Drittel an den Bund und zwei Drittel gehen an die Kantone.", True, [("fraction", 0.3333, None, None), ("fraction", 0.6667, None, None)], None),
    ("de", "«Der Franken bleibt ein sicherer Hafen, daran wird sich so schnell nichts ändern», sagte ein Devisenhändler in Zürich.", False, [], None),
    # --- Privatbank Falkenstein: Neun-Monats-Zahlen (awp) ---
    ("de", "Zürich (awp) - Die Privatbank Falkenstein & Cie. hat in den ersten neun Monaten Neugeld von netto 3,8 Mrd. Franken angezogen.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 3800000000, "CHF", None)], None),
    ("de", "Die verwalteten Vermögen stiegen gegenüber Ende 2024 um 6,1 Prozent auf 118,4 Mrd. Franken.", True, [("year", 2024, None, None), ("percent", 6.1, "%", None), ("money", 118400000000, "CHF", None)], None),
    ("de", "Der Konzerngewinn erhöhte sich um 9 Prozent auf 241 Mio. Franken, teilte die Bank am Donnerstag mit.", True, [("percent", 9, "%", None), ("money", 241000000, "CHF", None)], "die Bank"),
    ("de", "Bis Ende 2026 will Falkenstein in Genf und Lugano zusammen rund 60 Kundenberaterinnen und -berater einstellen.", True, [("year", 2026, None, None), ("count", 60, None, "about")], None),
    ("de", "Die Aktien von Falkenstein gewannen an der SIX bis am Mittag 3,2 Prozent auf Fr. 78.40.", True, [("percent", 3.2, "%", None), ("money", 78.4, "CHF", None)], None),
    ("de", "«Unsere Kundschaft sucht in unsicheren Zeiten Stabilität und Diskretion», sagte Konzernchef Laurent Mercier.", False, [], None),
    # --- Aarvita: Quartalsumsatz und Zulassung (awp) ---
    ("de", "Basel (awp) - Der Pharmakonzern Aarvita hat im dritten Quartal den Umsatz zu konstanten Wechselkursen um 7 Prozent auf 4,62 Mrd. Franken gesteigert.", True, [("ordinal", 3, None, None), ("percent", 7, "%", None), ("money", 4620000000, "CHF", None)], None),
    ("de", "In Franken gerechnet betrug das Plus wegen der Währungseffekte nur 2 Prozent.", True, [("percent", 2, "%", None)], None),
    ("de", "Das Krebsmedikament Talvesta trug 812 Mio. Franken zum Umsatz bei, 31 Prozent mehr als vor einem Jahr.", True, [("money", 812000000, "CHF", None), ("percent", 31, "%", None)], None),
    ("de", "Für das Gesamtjahr bestätigte Aarvita die Prognose eines Umsatzwachstums im mittleren einstelligen Prozentbereich.", True, [], None),
    ("de", "Zudem hat die Heilmittelbehörde Swissmedic das Asthmamittel Renoxan für Erwachsene und Jugendliche ab 12 Jahren zugelassen.", True, [("duration", 12, "year", None)], None),
    ("de", "Eine Packung für vier Wochen kostet Fr. 1180.–, die Grundversicherung übernimmt die Kosten nur unter Auflagen.", True, [("duration", 4, "week", None), ("money", 1180, "CHF", None)], None),
    ("de", "«Talvesta entwickelt sich besser als erwartet», sagte Finanzchefin Ruth Amsler an einer Telefonkonferenz.", False, [], None),
    ("de", "Die Aarvita-Titel schlossen an der Schweizer Börse 1,4 Prozent im Minus.", True, [("percent", 1.4, "%", None)], None),
    # --- Uhrenexporte (Keystone-SDA) ---
    ("de", "Biel (Keystone-SDA) - Die Schweizer Uhrenexporte sind im Oktober um 4,4 Prozent auf 2,31 Mrd. Franken gesunken.", True, [("percent", 4.4, "%", None), ("money", 2310000000, "CHF", None)], None),
    ("de", "Besonders stark war mit 17,8 Prozent der Rückgang in die USA, den wichtigsten Absatzmarkt, wie der Verband der Schweizerischen Uhrenindustrie (FH) am Dienstag mitteilte.", True, [("percent", 17.8, "%", None)], "der Verband der Schweizerischen Uhrenindustrie"),
    ("de", "Nach China und Hongkong wurden zusammen Uhren für 287 Mio. Franken ausgeführt, ein Plus von 5,3 Prozent.", True, [("money", 287000000, "CHF", None), ("percent", 5.3, "%", None)], None),
    ("de", "Die Zahl der exportierten Uhren sank um knapp ein Zehntel auf 1,21 Millionen Stück.", True, [("fraction", 0.1, None, "nearly"), ("count", 1210000, None, None)], None),
    ("de", "Uhren mit einem Exportpreis von über 3000 Franken machten rund zwei Drittel des Werts aus.", True, [("money", 3000, "CHF", "over"), ("fraction", 0.6667, None, "about")], None),
    ("de", "Der Bieler Hersteller Montavel kündigte derweil an, in seinem Werk in Le Sentier 85 der 410 Stellen abzubauen.", True, [("count", 85, None, None), ("count", 410, None, None)], None),
    ("de", "Die Gewerkschaft Unia verurteilte den Abbau als «kurzsichtig und unsozial».", False, [], None),
    ("de", "Branchenkenner rechnen mit einem schwierigen Weihnachtsgeschäft.", False, [], None),
    # --- SBB: Fahrplanwechsel (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Mit dem Fahrplanwechsel vom 14. Dezember fahren die SBB jährlich rund 1,3 Millionen Zugkilometer mehr.", True, [("date", "--12-14", None, None), ("count", 1300000, None, "about")], None),
    ("de", "Zwischen Lausanne und Genf verkehrt tagsüber neu alle 15 Minuten ein Zug, wie die SBB am Montag mitteilten.", True, [("duration", 15, "minute", None)], None),
    ("de", "Im Oktober kamen 92,6 Prozent der Reisenden mit weniger als drei Minuten Verspätung ans Ziel.", True, [("percent", 92.6, "%", None), ("duration", 3, "minute", "under")], None),
    ("de", "Ein Generalabonnement 2. Klasse kostet für Erwachsene weiterhin Fr. 4080.–, in der 1. Klasse Fr. 6720.–.", True, [("ordinal", 2, None, None), ("money", 4080, "CHF", None), ("ordinal", 1, None, None), ("money", 6720, "CHF", None)], None),
    ("de", "Sparbillette gibt es ab dem Fahrplanwechsel mit bis zu 70 Prozent Rabatt.", True, [("percent", 70, "%", "up_to")], None),
    ("de", "Wegen Bauarbeiten im Simplontunnel bleibt die Strecke zwischen Brig und Iselle vom 10. bis 23. Januar jeweils nachts gesperrt.", True, [("date", "--01-10", None, None), ("date", "--01-23", None, None)], None),
    ("de", "Der Verband öffentlicher Verkehr lobte das neue Angebot als «grossen Schritt für die Romandie».", False, [], None),
    ("de", "Reisende sollten vor der Abfahrt den Online-Fahrplan konsultieren.", False, [], None),
    # --- Gotthard: Fahrleitungsstörung (Keystone-SDA) ---
    ("de", "Altdorf (Keystone-SDA) - Wegen einer Fahrleitungsstörung im Gotthard-Basistunnel ist der Bahnverkehr zwischen Erstfeld und Bodio am Sonntagabend während rund drei Stunden unterbrochen gewesen.", True, [("duration", 3, "hour", "about")], None),
    ("de", "Betroffen waren 14 Personenzüge und 22 Güterzüge, rund 4000 Reisende mussten über die Bergstrecke ausweichen, sagte SBB-Sprecher Reto Kägi.", True, [("count", 14, None, None), ("count", 22, None, None), ("count", 4000, None, "about")], "Reto Kägi"),
    ("de", "Die Verspätungen betrugen bis zu 75 Minuten.", True, [("duration", 75, "minute", "up_to")], None),
    ("de", "Die Ursache der Störung war am Montag noch unklar.", False, [], None),
    # --- Wetter: erster Wintereinbruch (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Der erste Wintereinbruch hat in der Nacht auf Montag bis ins Flachland Schnee gebracht.", True, [], None),
    ("de", "In St. Gallen lagen am Morgen 12 Zentimeter Neuschnee, in Einsiedeln SZ sogar 31 Zentimeter, wie MeteoSchweiz mitteilte.", True, [("count", 12, None, None), ("count", 31, None, None)], "MeteoSchweiz"),
    ("de", "Auf dem Säntis sank die Temperatur auf minus 14,2 Grad.", True, [("count", -14.2, None, None)], None),
    ("de", "Im Wallis und im Tessin fielen oberhalb von 1800 Metern über Meer 40 bis 60 Zentimeter Schnee.", True, [("count", 1800, None, None), ("count", 40, None, None), ("count", 60, None, None)], None),
    ("de", "Bis Mittwoch wird es wieder milder, die Schneefallgrenze steigt auf rund 1200 Meter.", True, [("count", 1200, None, "about")], None),
    ("de", "Für Kinder ist der erste Schnee ein Fest, für Pendlerinnen und Pendler eher ein Ärgernis.", False, [], None),
    ("de", "Wer mit dem Auto unterwegs ist, sollte Winterpneus montiert haben und genügend Zeit einrechnen.", False, [], None),
    # --- Lawinenunglück im Wallis (Keystone-SDA) ---
    ("de", "Sitten (Keystone-SDA) - Ein 38-jähriger Skitourengeher aus dem Kanton Waadt ist am Samstag oberhalb von Arolla VS in einer Lawine ums Leben gekommen.", True, [("duration", 38, "year", None)], None),
    ("de", "Sein 41-jähriger Begleiter konnte sich selbst befreien und alarmierte die Rettungskräfte, wie die Kantonspolizei Wallis mitteilte.", True, [("duration", 41, "year", None)], "die Kantonspolizei Wallis"),
    ("de", "Der Verschüttete wurde nach rund 50 Minuten in 1,8 Metern Tiefe geortet und mit einem Helikopter der Air Zermatt ins Spital nach Sitten geflogen, wo er starb.", True, [("duration", 50, "minute", "about"), ("count", 1.8, None, None)], None),
    ("de", "Das WSL-Institut für Schnee- und Lawinenforschung SLF stufte die Lawinengefahr in den westlichen Walliser Alpen auf Stufe 3, «erheblich», ein.", True, [("count", 3, None, None)], None),
    ("de", "In den Schweizer Alpen sterben im langjährigen Mittel jedes Jahr rund 23 Menschen in Lawinen.", True, [("count", 23, None, "about")], None),
    ("de", "Die Polizei rät, sich vor jeder Tour über das Lawinenbulletin zu informieren.", False, [], None),
    # --- Bundesgericht: Taxiunternehmer (Keystone-SDA) ---
    ("de", "Lausanne (Keystone-SDA) - Das Bundesgericht hat die Beschwerde eines Zürcher Taxiunternehmers gegen eine Busse von 18'000 Franken abgewiesen.", True, [("money", 18000, "CHF", None)], None),
    ("de", "Der Mann hatte zwischen 2019 und 2021 in 143 Fällen Fahrer ohne gültige Bewilligung eingesetzt, wie aus dem am Montag veröffentlichten Urteil hervorgeht.", True, [("year", 2019, None, None), ("year", 2021, None, None), ("count", 143, None, None)], None),
    ("de", "Die Lausanner Richter bestätigten damit einen Entscheid des Zürcher Obergerichts.", True, [], None),
    ("de", "Der Unternehmer muss zudem Gerichtskosten von 3000 Franken tragen (Urteil 6B_714/2025).", True, [("money", 3000, "CHF", None)], None),
    # --- Bundesstrafgericht: Geldwäscherei (Keystone-SDA) ---
    ("de", "Bellinzona (Keystone-SDA) - Das Bundesstrafgericht hat einen ehemaligen Kundenberater einer Genfer Bank wegen qualifizierter Geldwäscherei zu einer Freiheitsstrafe von 36 Monaten verurteilt, davon 12 Monate unbedingt.", True, [("duration", 36, "month", None), ("duration", 12, "month", None)], None),
    ("de", "Der 54-jährige Franzose soll zwischen 2014 und 2018 rund 46 Mio. Franken aus einem Korruptionsfall in Westafrika über Konten in Genf verschoben haben.", True, [("duration", 54, "year", None), ("year", 2014, None, None), ("year", 2018, None, None), ("money", 46000000, "CHF", "about")], None),
    ("de", "Das Gericht sprach nach dreitägiger Verhandlung zudem einen Landesverweis von sechs Jahren aus.", True, [("duration", 3, "day", None), ("duration", 6, "year", None)], None),
    ("de", "Die Bank selbst muss eine Busse von 2,1 Mio. Franken und eine Ersatzforderung von 5,6 Mio. Franken bezahlen.", True, [("money", 2100000, "CHF", None), ("money", 5600000, "CHF", None)], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig und kann ans Bundesgericht weitergezogen werden.", True, [], None),
    ("de", "Der Verteidiger sprach von einem «politischen Urteil ohne Beweise».", False, [], None),
    # --- Bezirksgericht Zürich: Raserprozess (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Wegen eines Raserdelikts hat das Bezirksgericht Zürich einen 29-jährigen Autofahrer zu einer bedingten Freiheitsstrafe von 24 Monaten verurteilt.", True, [("duration", 29, "year", None), ("duration", 24, "month", None)], None),
    ("de", "Er war im Mai 2024 in Zürich-Altstetten innerorts mit 112 km/h statt der erlaubten 50 km/h geblitzt worden.", True, [("year", 2024, None, None), ("count", 112, None, None), ("count", 50, None, None)], None),
    ("de", "Die Probezeit beträgt drei Jahre, den Führerausweis ist er für mindestens zwei Jahre los.", True, [("duration", 3, "year", None), ("duration", 2, "year", "at_least")], None),
    ("de", "Zudem muss er eine Busse von 2500 Franken bezahlen.", True, [("money", 2500, "CHF", None)], None),
    ("de", "«Ich habe einen riesigen Fehler gemacht», sagte der Beschuldigte vor Gericht.", False, [], None),
    # --- Krankenkassen: Wechsel und Prämien (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Rund 1,2 Millionen Versicherte haben auf Anfang 2026 die Krankenkasse gewechselt, schätzt der Vergleichsdienst Prämienfuchs.", True, [("count", 1200000, None, "about"), ("year", 2026, None, None)], None),
    ("de", "Das sind knapp 14 Prozent aller Grundversicherten und so viele wie noch nie.", True, [("percent", 14, "%", "nearly")], None),
    ("de", "Die mittlere Monatsprämie steigt 2026 um 4,4 Prozent auf 393.30 Franken, wie das Bundesamt für Gesundheit (BAG) im September bekanntgab.", True, [("year", 2026, None, None), ("percent", 4.4, "%", None), ("money", 393.3, "CHF", None)], "das Bundesamt für Gesundheit"),
    ("de", "Am teuersten bleibt die Grundversicherung im Kanton Genf mit durchschnittlich 529.80 Franken, am günstigsten in Appenzell Innerrhoden mit 287.10 Franken.", True, [("money", 529.8, "CHF", None), ("money", 287.1, "CHF", None)], None),
    ("de", "Für Kinder bis 18 Jahre beträgt die mittlere Prämie 111.60 Franken pro Monat.", True, [("duration", 18, "year", "up_to"), ("money", 111.6, "CHF", None)], None),
    ("de", "Wer die Franchise von 300 auf 2500 Franken erhöht, spart je nach Kasse und Wohnort bis zu 1540 Franken im Jahr.", True, [("money", 300, "CHF", None), ("money", 2500, "CHF", None), ("money", 1540, "CHF", "up_to")], None),
    ("de", "Bund und Kantone zahlten 2024 insgesamt 6,2 Mrd. Franken an Prämienverbilligungen aus, knapp ein Drittel der Bevölkerung profitierte davon.", True, [("year", 2024, None, None), ("money", 6200000000, "CHF", None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Santésuisse warnte vor weiteren kräftigen Prämienerhöhungen, sollte die Politik nicht endlich bei den Kosten ansetzen.", False, [], None),
    ("de", "«Die Prämienlast ist für viele Familien schlicht nicht mehr tragbar», sagte Mitte-Ständerätin Franziska Brunold (LU).", False, [], None),
    ("de", "Versicherte sollten die Offerten sorgfältig vergleichen, rät der Vergleichsdienst.", False, [], None),
    # --- Asylstatistik (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Im Oktober haben in der Schweiz 2087 Menschen ein Asylgesuch gestellt, 11,4 Prozent weniger als im Vormonat.", True, [("count", 2087, None, None), ("percent", 11.4, "%", None)], None),
    ("de", "Die wichtigsten Herkunftsländer waren Afghanistan mit 512 Gesuchen, die Türkei mit 287 und Eritrea mit 164, wie das Staatssekretariat für Migration (SEM) am Montag mitteilte.", True, [("count", 512, None, None), ("count", 287, None, None), ("count", 164, None, None)], "das Staatssekretariat für Migration"),
    ("de", "Der Rückgang sei vor allem auf weniger Gesuche aus der Türkei zurückzuführen, so SEM-Sprecherin Anne-Laure Favre.", True, [], "Anne-Laure Favre"),
    ("de", "Im gleichen Monat erhielten 1398 Personen aus der Ukraine den Schutzstatus S, insgesamt haben derzeit rund 68'500 Menschen diesen Status.", True, [("count", 1398, None, None), ("count", 68500, None, "about")], None),
    ("de", "Für 2025 insgesamt erwartet das SEM rund 25'000 Asylgesuche, nach 27'740 im Vorjahr.", True, [("year", 2025, None, None), ("count", 25000, None, "about"), ("count", 27740, None, None)], None),
    ("de", "Die Bundesasylzentren waren Ende Oktober zu 61 Prozent belegt, bei einer Kapazität von rund 10'000 Plätzen.", True, [("percent", 61, "%", None), ("count", 10000, None, "about")], None),
    ("de", "Zudem verliessen 412 Personen die Schweiz kontrolliert, 148 davon in ihren Heimatstaat.", True, [("count", 412, None, None), ("count", 148, None, None)], None),
    ("de", "Ob die Zahl der Gesuche im Winter wieder ansteigt, ist offen.", False, [], None),
    ("de", "Die Flüchtlingshilfe kritisierte die Praxis des Bundes erneut als «zu restriktiv».", False, [], None),
    # --- Kontingente für Fachkräfte aus Drittstaaten (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Bundesrat belässt die Kontingente für Fachkräfte aus Drittstaaten 2026 unverändert bei 8500 Bewilligungen.", True, [("year", 2026, None, None), ("count", 8500, None, None)], None),
    ("de", "Davon entfallen 4500 auf Aufenthaltsbewilligungen B und 4000 auf Kurzaufenthaltsbewilligungen L.", True, [("count", 4500, None, None), ("count", 4000, None, None)], None),
    ("de", "Im laufenden Jahr waren bis Ende Oktober gut 78 Prozent der Kontingente ausgeschöpft, teilte das Justizdepartement mit.", True, [("percent", 78, "%", "over")], "das Justizdepartement"),
    ("de", "Die Wirtschaftsverbände hatten eine Erhöhung um mindestens 2000 Bewilligungen gefordert.", True, [("count", 2000, None, "at_least")], None),
    # --- Brand in Winterthur (Keystone-SDA) ---
    ("de", "Winterthur (Keystone-SDA) - Beim Brand eines Mehrfamilienhauses im Quartier Töss sind in der Nacht auf Sonntag zwei Personen leicht verletzt worden.", True, [("count", 2, None, None)], None),
    ("de", "Die Feuerwehr evakuierte 23 Bewohnerinnen und Bewohner, wie die Stadtpolizei Winterthur mitteilte.", True, [("count", 23, None, None)], "die Stadtpolizei Winterthur"),
    ("de", "Der Sachschaden beläuft sich nach ersten Schätzungen auf mehrere hunderttausend Franken.", True, [], None),
    ("de", "Die Brandursache wird von Spezialisten des Forensischen Instituts Zürich abgeklärt.", True, [], None),
    # --- Unfall auf der A1 (Keystone-SDA) ---
    ("de", "Aarau (Keystone-SDA) - Auf der A1 bei Oftringen AG ist am Sonntagmorgen ein Lieferwagen in eine Baustellensignalisation geprallt.", True, [], None),
    ("de", "Der 46-jährige Lenker und sein 19-jähriger Beifahrer wurden mittelschwer verletzt ins Spital gebracht, wie die Kantonspolizei Aargau mitteilte.", True, [("duration", 46, "year", None), ("duration", 19, "year", None)], "die Kantonspolizei Aargau"),
    ("de", "Die Autobahn blieb in Richtung Bern während rund zweieinhalb Stunden gesperrt, der Stau reichte zeitweise bis zu acht Kilometer zurück.", True, [("duration", 2.5, "hour", "about"), ("count", 8, None, "up_to")], None),
    ("de", "Die Kantonspolizei sucht Zeugen.", False, [], None),
    # --- Konjunktur und Teuerung (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Das Schweizer Bruttoinlandprodukt ist im dritten Quartal gegenüber dem Vorquartal um 0,2 Prozent gewachsen.", True, [("ordinal", 3, None, None), ("percent", 0.2, "%", None)], None),
    ("de", "Im zweiten Quartal hatte das um Sportgrossanlässe bereinigte Bruttoinlandprodukt noch um 0,1 Prozent zugelegt, wie das Staatssekretariat für Wirtschaft (Seco) mitteilte.", True, [("ordinal", 2, None, None), ("percent", 0.1, "%", None)], "das Staatssekretariat für Wirtschaft"),
    ("de", "Die chemisch-pharmazeutische Industrie legte um 3,6 Prozent zu, während die Exporte in die USA um rund ein Fünftel einbrachen.", True, [("percent", 3.6, "%", None), ("fraction", 0.2, None, "about")], None),
    ("de", "Für 2026 erwartet die Expertengruppe des Bundes ein Wachstum von 1,1 Prozent.", True, [("year", 2026, None, None), ("percent", 1.1, "%", None)], None),
    ("de", "Dem Bundesamt für Statistik zufolge lag die Teuerung im November bei 0,1 Prozent.", True, [("percent", 0.1, "%", None)], "das Bundesamt für Statistik"),
    ("de", "Der Landesindex der Konsumentenpreise sank gegenüber dem Vormonat um 0,2 Prozent auf 107,1 Punkte.", True, [("percent", 0.2, "%", None), ("count", 107.1, None, None)], None),
    # --- Flughafen Zürich: Passagierzahlen (Keystone-SDA) ---
    ("de", "Kloten (Keystone-SDA) - Der Flughafen Zürich hat im November 2,07 Millionen Passagiere abgefertigt, 3,8 Prozent mehr als im Vorjahresmonat.", True, [("count", 2070000, None, None), ("percent", 3.8, "%", None)], None),
    ("de", "Die Zahl der Flugbewegungen stieg um 1,9 Prozent auf 19'416.", True, [("percent", 1.9, "%", None), ("count", 19416, None, None)], None),
    ("de", "Auf die Fluggesellschaft Swiss und ihre Partner entfielen gut 58 Prozent aller Passagiere, wie die Flughafen Zürich AG mitteilte.", True, [("percent", 58, "%", "over")], "die Flughafen Zürich AG"),
    ("de", "Der Flughafen blickt zuversichtlich auf die Festtage.", False, [], None),
    # --- ETH Lausanne: Solarzelle (Keystone-SDA) ---
    ("de", "Lausanne (Keystone-SDA) - Forschende der ETH Lausanne (EPFL) haben mit einer Tandem-Solarzelle aus Perowskit und Silizium einen Wirkungsgrad von 33,1 Prozent erreicht.", True, [("percent", 33.1, "%", None)], None),
    ("de", "Die Zelle misst einen Quadratzentimeter und blieb im Labortest während 1000 Stunden stabil, wie die Hochschule mitteilte.", True, [("count", 1, None, None), ("duration", 1000, "hour", None)], "die Hochschule"),
    ("de", "Bis zur Marktreife dürften nach Einschätzung der Forschenden noch Jahre vergehen.", False, [], None),
    # --- Luzern: Steuerfuss (Keystone-SDA) ---
    ("de", "Luzern (Keystone-SDA) - Der Luzerner Kantonsrat hat eine Senkung des Steuerfusses von 1,6 auf 1,55 Einheiten beschlossen.", True, [("count", 1.6, None, None), ("count", 1.55, None, None)], None),
    ("de", "Dem Kanton entgehen dadurch jährlich rund 48 Mio. Franken an Steuereinnahmen.", True, [("money", 48000000, "CHF", "about")], None),
    ("de", "Die Linke ergriff umgehend das Referendum, die Abstimmung dürfte im Juni stattfinden.", True, [], None),
    ("de", "Finanzdirektor Urs Achermann sprach von einem «wichtigen Signal für den Wirtschaftsstandort».", False, [], None),
    # --- Strompreise 2026 (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Strompreise für Haushalte sinken 2026 im Mittel um 4 Prozent.", True, [("year", 2026, None, None), ("percent", 4, "%", None)], None),
    ("de", "Ein typischer Haushalt zahlt damit 26,9 Rappen pro Kilowattstunde, rund 1,2 Rappen weniger als im laufenden Jahr, teilte die Elektrizitätskommission Elcom mit.", True, [("money", 0.269, "CHF", None), ("money", 0.012, "CHF", "about")], "die Elektrizitätskommission Elcom"),
    ("de", "Für einen Vierpersonenhaushalt mit einem Verbrauch von 4500 Kilowattstunden macht das rund 54 Franken im Jahr aus.", True, [("count", 4, None, None), ("count", 4500, None, None), ("money", 54, "CHF", "about")], None),
    ("de", "Die Konsumentenschützer begrüssten die Senkung, sie komme aber für viele Haushalte zu spät.", False, [], None),
    # --- Ski alpin: Weltcup in Beaver Creek und Tremblant (Keystone-SDA) ---
    ("de", "Beaver Creek (Keystone-SDA) - Nino Casutt hat die Weltcup-Abfahrt in Beaver Creek gewonnen und damit den siebten Weltcupsieg seiner Karriere gefeiert.", True, [("ordinal", 7, None, None)], None),
    ("de", "Der 27-jährige Bündner setzte sich mit 0,19 Sekunden Vorsprung auf den Norweger Eirik Haugland durch.", True, [("duration", 27, "year", None), ("duration", 0.19, "second", None)], None),
    ("de", "Dritter wurde der Österreicher Florian Leitgeb, 0,43 Sekunden zurück.", True, [("ordinal", 3, None, None), ("duration", 0.43, "second", None)], None),
    ("de", "Casutt benötigte für die 2,6 Kilometer lange Strecke 1:41,28 Minuten.", True, [("count", 2.6, None, None), ("duration", 1, "minute", None), ("duration", 41.28, "second", None)], None),
    ("de", "Mit vier Fahrern unter den ersten zehn erzielte Swiss-Ski das beste Teamresultat in diesem Winter.", True, [("count", 4, None, None), ("ordinal", 1, None, None), ("count", 10, None, None)], None),
    ("de", "In der Abfahrtswertung führt Casutt nun mit 180 Punkten vor Haugland mit 136.", True, [("count", 180, None, None), ("count", 136, None, None)], None),
    ("de", "«Oben hatte ich einen Fehler drin, aber unten bin ich voll ans Limit gegangen», sagte Casutt im Interview mit SRF.", False, [], None),
    ("de", "Bei den Frauen fuhr die Obwaldnerin Lara Imboden im Riesenslalom von Tremblant auf Rang fünf.", True, [("ordinal", 5, None, None)], None),
    ("de", "Imboden hatte nach dem ersten Lauf noch auf Platz 14 gelegen.", True, [("ordinal", 1, None, None), ("ordinal", 14, None, None)], None),
    # --- Fussball: Super League (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Young Boys haben in der 16. Runde der Super League den FC Basel im Wankdorf 3:1 besiegt.", True, [("ordinal", 16, None, None)], None),
    ("de", "Vor 31'204 Zuschauern traf der Ivorer Yann Kouadio in der 12. und in der 58. Minute, das dritte Tor erzielte Luca Schnyder per Penalty in der Nachspielzeit.", True, [("count", 31204, None, None), ("ordinal", 12, None, None), ("ordinal", 58, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Für Basel verkürzte Kevin Andrade in der 71. Minute.", True, [("ordinal", 71, None, None)], None),
    ("de", "YB rückt damit bis auf zwei Punkte an Leader Lugano heran, der beim FC Sion nicht über ein 1:1 hinauskam.", True, [("count", 2, None, None)], None),
    ("de", "Der FC Zürich verlor zu Hause gegen Servette 0:2 und liegt nach der vierten Niederlage in Folge auf dem neunten Platz.", True, [("ordinal", 4, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Der Druck auf FCZ-Trainer Sandro Gisler wächst.", False, [], None),
    ("de", "Die Disziplinarkommission der Swiss Football League sperrte den Basler Verteidiger Marco Ilić für drei Spiele und büsste den Klub mit 15'000 Franken.", True, [("count", 3, None, None), ("money", 15000, "CHF", None)], None),
    ("de", "«Wir haben heute gezeigt, was in dieser Mannschaft steckt», sagte YB-Trainer Matthias Rüfenacht.", False, [], None),
    # --- Eishockey: National League (Keystone-SDA) ---
    ("de", "Lugano (Keystone-SDA) - Der HC Lugano hat in der National League die ZSC Lions nach Penaltyschiessen 4:3 bezwungen und eine Serie von fünf Niederlagen beendet.", True, [("count", 5, None, None)], None),
    ("de", "Die Cornèr Arena war mit 7200 Zuschauern ausverkauft.", True, [("count", 7200, None, None)], None),
    ("de", "Leader bleibt der HC Davos mit 58 Punkten aus 27 Spielen.", True, [("count", 58, None, None), ("count", 27, None, None)], None),
    ("de", "Die Stimmung in der Halle war von Beginn weg elektrisierend.", False, [], None),
    # --- Tennis: Swiss Indoors und Saisonbilanz (Keystone-SDA) ---
    ("de", "Basel (Keystone-SDA) - Die Swiss Indoors haben in diesem Jahr mit 71'300 Zuschauerinnen und Zuschauern einen Rekord aufgestellt, wie die Organisatoren mitteilten.", True, [("count", 71300, None, None)], None),
    ("de", "Der Genfer Mathis Perret beendet die Saison als bester Schweizer auf Rang 38 der Weltrangliste, 52 Plätze besser als vor einem Jahr.", True, [("ordinal", 38, None, None), ("count", 52, None, None)], None),
    ("de", "Bei den Frauen steht die Tessinerin Giulia Bernasconi neu auf Position 21, ihrer bisher besten Klassierung.", True, [("ordinal", 21, None, None)], None),
    ("de", "Das ATP-500-Turnier am Rheinknie ist das grösste Hallenturnier der Schweiz.", True, [], None),
    ("de", "Perret gilt als eines der grössten Talente im Schweizer Tennis.", False, [], None),
    # --- Kultur: Buchpreis, Kunsthaus, Filmtage (Keystone-SDA) ---
    ("de", "Basel (Keystone-SDA) - Der Schweizer Buchpreis geht in diesem Jahr an die Bieler Autorin Selina Gerber für ihren Roman «Die Stille nach dem Föhn».", True, [], None),
    ("de", "Die Auszeichnung ist mit 30'000 Franken dotiert, die vier weiteren Nominierten erhalten je 2500 Franken.", True, [("money", 30000, "CHF", None), ("count", 4, None, None), ("money", 2500, "CHF", None)], None),
    ("de", "Gerber ist die jüngste Preisträgerin seit der ersten Verleihung im Jahr 2008.", True, [("ordinal", 1, None, None), ("year", 2008, None, None)], None),
    ("de", "Die Jury lobte den Roman als «leises, aber unerbittliches Familienporträt».", False, [], None),
    ("de", "«Ich habe nie damit gerechnet», sagte Gerber bei der Preisverleihung im Theater Basel.", False, [], None),
    ("de", "Zürich (Keystone-SDA) - Das Kunsthaus Zürich zählte bis Ende November rund 412'000 Besucherinnen und Besucher, 8 Prozent mehr als im ganzen Vorjahr.", True, [("count", 412000, None, "about"), ("percent", 8, "%", None)], None),
    ("de", "Allein die Ausstellung zum Engadiner Maler Gian Pitschen zog in 14 Wochen 96'000 Eintritte an.", True, [("duration", 14, "week", None), ("count", 96000, None, None)], None),
    ("de", "Solothurn (Keystone-SDA) - Die 61. Solothurner Filmtage finden vom 21. bis 28. Januar statt und zeigen 164 Filme.", True, [("ordinal", 61, None, None), ("date", "--01-21", None, None), ("date", "--01-28", None, None), ("count", 164, None, None)], None),
    ("de", "Eröffnet wird das Festival mit dem Spielfilm «Grenzgänger» der Tessiner Regisseurin Chiara Moretti.", True, [], None),
    # --- Brunnmatt kauft Banque Rivaz (Reuters) ---
    ("en", "ZURICH, Dec 1 (Reuters) - Swiss wealth manager Brunnmatt Group said on Monday it would buy Geneva-based Banque Rivaz for 1.45 billion Swiss francs ($1.8 billion) in cash, its largest acquisition to date.", True, [("date", "--12-01", None, None), ("money", 1450000000, "CHF", None), ("money", 1800000000, "USD", None)], None),
    ("en", "The deal will lift Brunnmatt's assets under management by about a third to roughly 310 billion francs.", True, [("fraction", 0.3333, None, "about"), ("money", 310000000000, "CHF", "about")], None),
    ("en", "Brunnmatt expects annual cost savings of 140 million francs by 2028, mainly from merging back offices in Geneva and Lugano.", True, [("money", 140000000, "CHF", None), ("year", 2028, None, None)], None),
    ("en", "Banque Rivaz, founded in 1872, employs about 1,100 people and has been owned by the Rivaz family for five generations.", True, [("year", 1872, None, None), ("count", 1100, None, "about"), ("count", 5, None, None)], None),
    ("en", "Brunnmatt said it would keep the Rivaz brand and all 14 of its branches.", True, [("count", 14, None, None)], "Brunnmatt"),
    ("en", "Shares in Brunnmatt rose 4.6% to 112.30 francs by 0915 GMT.", True, [("percent", 4.6, "%", None), ("money", 112.3, "CHF", None)], None),
    ("en", "The transaction requires approval from financial regulator FINMA and the Competition Commission and is expected to close in the second quarter of 2026.", True, [("ordinal", 2, None, None), ("year", 2026, None, None)], None),
    ("en", "\"This is a rare chance to gain scale in the heart of Swiss private banking,\" Chief Executive Martina Koller told reporters.", False, [], None),
    ("en", "(Reporting by Dominik Frei; Editing by Claire Dunmore)", False, [], None),
    # --- SNB interventions (Reuters) ---
    ("en", "ZURICH, Dec 1 (Reuters) - The Swiss National Bank bought foreign currency worth 5.2 billion francs in the third quarter to stem the franc's rise, data published on Monday showed.", True, [("date", "--12-01", None, None), ("money", 5200000000, "CHF", None), ("ordinal", 3, None, None)], None),
    ("en", "It was the central bank's largest quarterly intervention since the end of 2022.", True, [("year", 2022, None, None)], None),
    ("en", "Sight deposits, a proxy for interventions, rose by 3.1 billion francs last week to 471.6 billion francs, SNB data showed.", True, [("money", 3100000000, "CHF", None), ("money", 471600000000, "CHF", None)], None),
    ("en", "The franc traded at 0.9315 per euro on Monday, close to its strongest level since the euro's launch.", True, [("money", 0.9315, "CHF", None)], None),
    ("en", "The SNB cut its policy rate to 0% in June and has said it will not hesitate to buy currencies if needed.", True, [("percent", 0, "%", None)], None),
    ("en", "Economists polled by Reuters expect the central bank to leave rates unchanged at its Dec. 11 meeting.", True, [("date", "--12-11", None, None)], None),
    ("en", "\"The SNB is fighting the franc with one hand tied behind its back,\" said a strategist at a Zurich bank.", False, [], None),
    # --- Rhenovia obesity pill (Reuters) ---
    ("en", "BASEL, Dec 1 (Reuters) - Swiss drugmaker Rhenovia said on Monday its experimental obesity pill cut body weight by an average of 13.7% after 68 weeks in a late-stage study.", True, [("date", "--12-01", None, None), ("percent", 13.7, "%", None), ("duration", 68, "week", None)], None),
    ("en", "The study enrolled 3,412 adults in 14 countries, and 9% of those on the drug stopped treatment early due to side effects, against 4% in the placebo group.", True, [("count", 3412, None, None), ("count", 14, None, None), ("percent", 9, "%", None), ("percent", 4, "%", None)], None),
    ("en", "Rhenovia plans to file for U.S. and European approval in the first half of 2026.", True, [("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "Analysts at Bank Rheinau estimate the pill could reach peak annual sales of up to $6 billion.", True, [("money", 6000000000, "USD", "up_to")], None),
    ("en", "Rhenovia shares jumped 8.1% in early trading in Zurich, adding about 4 billion francs to its market value.", True, [("percent", 8.1, "%", None), ("money", 4000000000, "CHF", "about")], None),
    # --- National vote (swissinfo) ---
    ("en", "Swiss voters on Sunday rejected a people's initiative to give every resident an annual public transport credit of 500 francs, with 63.9% voting against, final results showed.", True, [("money", 500, "CHF", None), ("percent", 63.9, "%", None)], None),
    ("en", "Only three of the 26 cantons backed the proposal, all of them in French-speaking western Switzerland.", True, [("count", 3, None, None), ("count", 26, None, None)], None),
    ("en", "Turnout was 46.8%, according to the Federal Chancellery.", True, [("percent", 46.8, "%", None)], "the Federal Chancellery"),
    ("en", "The government had put the cost at around 2.8 billion francs a year.", True, [("money", 2800000000, "CHF", "about")], None),
    ("en", "Under Swiss law, a popular initiative needs the backing of both a majority of voters and a majority of cantons.", True, [], None),
    ("en", "\"People want better trains, not gifts paid for by taxpayers,\" said a spokeswoman for the cross-party No committee.", False, [], None),
    # --- Rega missions (swissinfo) ---
    ("en", "Swiss air rescue service Rega flew 18,214 missions between January and November, up 6% on the same months of 2024, it said on Monday.", True, [("count", 18214, None, None), ("percent", 6, "%", None), ("year", 2024, None, None)], None),
    ("en", "About one in four missions followed accidents involving winter sports or mountaineering.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "Its 20 helicopters are meant to reach any point in Switzerland within 15 minutes of take-off, except in Valais, where other operators fly most missions.", True, [("count", 20, None, None), ("duration", 15, "minute", None)], None),
    ("en", "Rega is largely funded by about 3.9 million patrons who pay a yearly contribution of 40 francs.", True, [("count", 3900000, None, "about"), ("money", 40, "CHF", None)], None),
    ("en", "\"Behind every mission is a person in distress,\" a Rega spokesman said.", False, [], None),
    # --- Alpine skiing (AP) ---
    ("en", "BEAVER CREEK, Colo. (AP) — Nino Casutt of Switzerland won the World Cup downhill on Saturday, finishing 0.19 seconds ahead of Norway's Eirik Haugland.", True, [("duration", 0.19, "second", None)], None),
    ("en", "It was the 27-year-old's seventh career win and his second on the Birds of Prey course.", True, [("duration", 27, "year", None), ("ordinal", 7, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Austria's Florian Leitgeb finished third, 0.43 seconds back.", True, [("ordinal", 3, None, None), ("duration", 0.43, "second", None)], None),
    ("en", "\"The snow was perfect and I just let the skis run,\" Casutt said.", False, [], None),
    # --- Watch exports (Reuters) ---
    ("en", "ZURICH, Nov 18 (Reuters) - Swiss watch exports fell 4.4% in October to 2.31 billion francs, dragged down by a 17.8% slump in shipments to the United States, industry data showed on Tuesday.", True, [("date", "--11-18", None, None), ("percent", 4.4, "%", None), ("money", 2310000000, "CHF", None), ("percent", 17.8, "%", None)], None),
    ("en", "Watches priced above 3,000 francs, which generate most of the industry's revenue, held up better than cheaper models.", True, [("money", 3000, "CHF", "over")], None),
    ("en", "Exports have now declined in seven of the past 10 months.", True, [("duration", 7, "month", None), ("duration", 10, "month", None)], None),
    ("en", "Analysts expect a difficult Christmas season for the industry.", False, [], None),
    # --- Asylum applications (swissinfo) ---
    ("en", "Asylum applications in Switzerland fell 11.4% in October from September to 2,087, the State Secretariat for Migration said.", True, [("percent", 11.4, "%", None), ("count", 2087, None, None)], "the State Secretariat for Migration"),
    ("en", "Afghanistan remained the largest country of origin, accounting for about a quarter of applications.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "Whether the decline will last through the winter remains unclear.", False, [], None),
    # --- Rents and housing (swissinfo) ---
    ("en", "Advertised rents in Switzerland were 4.1% higher in November than a year earlier, with the steepest increases in the cantons of Zug and Zurich, property portal Domicilia said.", True, [("percent", 4.1, "%", None)], None),
    ("en", "The reference interest rate used to set rents on existing leases stayed at 1.25%, the Federal Office for Housing said on Monday.", True, [("percent", 1.25, "%", None)], "the Federal Office for Housing"),
    ("en", "The vacancy rate fell for a fifth straight year to 1.0% of all homes, according to the Federal Statistical Office.", True, [("ordinal", 5, None, None), ("percent", 1.0, "%", None)], "the Federal Statistical Office"),
    ("en", "Tenants' groups say landlords are exploiting the housing shortage.", False, [], None),
]
