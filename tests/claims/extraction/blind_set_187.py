"""Hundred-and-eighty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the earlier
batches before the engine was run on these rows; the file was committed before its first run,
and nobody ran the engine on it before that commit (its writer read neither the engine nor its
unit tests, nor the seed article). Every person is made up, and no real politician or police
chief is named: interior, justice, policing and public-safety ministers, police chiefs,
commissioners and office-holders of real countries, states and cities appear under made-up
names that stand for no real holder (Jens Vollrath, Gregor Aschenbrenner, Katharina Wendeborn,
Leopold Gschwandtner, Saskia Lindemeyer, Matthias Kerkhoff, Birgit Haselhorst, Ilka
Sommerfeld, Holger Weißenborn, Stefan Grunewald; Marcus Ellery, Hannah Breckley, Rosa
Castellano, Carla Mendenhall, Aled Prothero, Naomi Achterberg, Colette Brisebois, Renée Oduya,
Declan Rourke, Moira Galbraith, Delia Franchetti, Owen Latchford) or by their office only
("ein Sprecher", "a Home Office spokesperson", "the association's president", "The London
mayor's office"); so are the criminologists, union leaders, spokespeople, campaigners and
party figures (Thierry Moulin, Jonas Feuerlein, Dirk Ostermeyer, Anselm Rettinger, Ralf
Behnisch, Tobias Randerath, Martina Ebner-Kofler, Nina Reißberger, Friedemann Hollstein,
Marten Ilgner; Giles Pemberton, Peter Oyelaran, Leanne Gallacher, Vivienne Osei, Aisling
Madden, Lorraine Eckhart, Tamara Oakshott). Real countries, cities, bodies, parties,
statistics and places ("Nordrhein-Westfalen", "Landeskriminalamt", "LKA", "Niederlande",
"CDU", "Bund Deutscher Kriminalbeamter", "Polizeiliche Kriminalstatistik", "PKS", "Bundesamt
für Statistik (BFS)", "Neuenburg", "Strafgesetzbuch", "SVP", "Bundesrat", "Lausanne",
"Niedersachsen", "Hannover", "SPD", "Gewerkschaft der Polizei", "GdP", "Bayern", "CSU",
"Landtag", "Grüne", "Augsburg", "BKA", "Bundeskriminalamt", "Österreich", "ÖVP", "Graz",
"Deutsche Polizeigewerkschaft", "Bochum", "Bundespolizisten", "Bitkom", "Justizministerium",
"Innenministerium", "Richtervereinigung", "Nationalrat", "Bundesinnenministerium",
"Baden-Württemberg", "Ulm", "Türkei", "Zentrales Waffenregister", "Landesjagdverband",
"Frankfurter Bahnhofsviertel", "Gießen", "Bundesamt für Cybersicherheit (BACS)",
"Kantonspolizei Zürich", "Kantonspolizeien", "Polen"; "Chicago", "University of Chicago Crime
Lab", "Office for National Statistics", "ONS", "Crime Survey for England and Wales", "Police
Federation of England and Wales", "Conservative", "Victoria", "Crime Statistics Agency",
"Monash University", "FBI", "Internet Crime Complaint Center", "Metropolitan Police", "the
Met", "New South Wales", "NSW Bureau of Crime Statistics and Research", "UK Finance",
"Which?", "Statistics Canada", "Crime Severity Index", "Royal Canadian Mounted Police",
"British Columbia", "Ontario", "Major Cities Chiefs Association", "Texas", "Columbus",
"Central Statistics Office", "CSO", "Garda College", "Templemore", "O'Connell Street",
"Labour", "Garda Representative Association", "Scottish Government", "Police Scotland",
"Scottish Police Federation", "White House", "NYPD", "Home Office", "Northern Ireland",
"Greater Manchester", "West Midlands", "Gun Control Network", "British Retail Consortium",
"BRC", "Association of Convenience Stores") stand for the way wire copy names them; every
offence count, rate, share, loss, sum, seizure, suspect count and quote here is invented, and
where a real figure came to mind it was changed - only the legal ages of criminal
responsibility (14 in Austria and Germany, ten in Switzerland) and the years in which a
recording system or a statistic began stand as the rules have them.

Its weight: CRIME STATISTICS AND POLICE ANNUAL REPORTS over one year of releases (early
January to December of 2026, with the year 2025 reported in most stories), 30 stories in story
order with the German and English desks interleaved by date, each told as wire copy runs a
statistics release (a dateline lead with the headline figure, the categories and their change
in percent, clearance rates, suspects by age and nationality, attributed claims, the other
side, quotes, the statisticians' and criminologists' cautions). Half German (dpa with its
slugs "dpa/lnw", "dpa/lby", "dpa/lni", "dpa/lsw", "dpa/lhe", APA, Keystone-SDA, Reuters
German, AFP German; "Aufklärungsquote", "Häufigkeitszahl", "Tatverdächtige", "nichtdeutsche
Tatverdächtige", "ausländerrechtliche Verstöße", "Unmündige", "Strafmündigkeit",
"Begutachtung", "Hellfeld", "Dunkelfeld", "Lagebild", "Abholer", "heuer",
"Anfragebeantwortung", Swiss "Beschuldigte", "grössten", "Vorjahresperiode", apostrophes
"563'410", «» quotes, German „“ quotes): cash machines blown up in North Rhine-Westphalia, the
Swiss police statistics, attacks on police in Lower Saxony, Bavaria's statistics, Austria's
statistics, the federal PKS, the BKA's cybercrime report, the age of criminal responsibility
in Austria, domestic violence, shock calls in Baden-Württemberg, organised crime, Austria's
firearms register, a victimisation survey, Frankfurt's weapons-free zone a year on and Swiss
cyber incident reports. Half English (Reuters with datelines "LONDON, Jan 22", "MELBOURNE,
March 19", "WASHINGTON, April 9", "SYDNEY, May 14", "LONDON, June 3", "OTTAWA, July 23",
"WASHINGTON, Aug 14", "LONDON, Nov 12", AP, PA): Chicago's homicides, the ONS figures for
England and Wales, Victoria's offences, the FBI's internet crime report, knife crime in
London, domestic violence in New South Wales, fraud losses in Britain, Canada's crime severity
index, homicides in large U.S. cities, recorded crime in Ireland and in Scotland, the FBI's
annual data, shootings in New York, gun crime in England and Wales and the retailers' crime
survey. Figures as such copy has them: totals and categories with their change in percent and
in percentage points ("um 0,6 Prozentpunkte auf 66,1 Prozent"), rates per 100,000 ("je 100.000
Einwohner", "1.77 per 100,000 people", "more than 40 murders per 100,000 residents"),
clearance rates, an index level, suspects by nationality in brackets ("Rumänen (14.287)"),
ages and age bounds ("Kinder unter 14 Jahren", "unter 18 Jahren", "ab 16 Jahren", "aged 16 and
over", "aged 60 and over", "aged under 25", "aged 10 to 17", "Zwölf- und Dreizehnjährige"),
shares ("Rund drei Viertel", "gut ein Zehntel mehr", "Rund neun von zehn", "Gut die Hälfte",
"in knapp jedem zehnten Fall", "Jeder vierte ..., jeder sechste", "nur etwas mehr als jede
vierte Tat", "jedes siebte", "um ein Viertel", "by roughly a quarter", "about one in five",
"more than a third", "roughly two-thirds", "almost a fifth", "about one in 10", "fewer than a
third"), multiples ("etwa doppelt so hoch", "fast doppelt so viele", "3.4 times more likely"),
losses and sums in euros, pounds, dollars, Canadian dollars and francs, number words and
compounds ("acht Schlagstöcke", "Zwölf Monate", "die 14-köpfige Ermittlungsgruppe", "der
einjährigen Probephase", "a 12-year low", "alle zwei Minuten"), ordinals ("zum dritten Mal in
Folge", "im fünften Jahr in Folge", "for a second year running", "a 10th straight month", "the
third rise in a row", "in the first three quarters of 2026"), hedges, years, fiscal years and
dates. Negatives as such copy has them: ministers' readings and resolve, police unions' and
parties' labels, accusations, criminologists' advice and doubts, appeals, open questions,
feelings and grief in quotes - two of them carrying an age, labelled.

240 rows (120 German, 120 English), 55 negatives (27 German, 28 English), 185 check-worthy
rows of which 21 carry no figure (13 German, 8 English), 380 expected quantities (141 counts,
83 percentages - 82 in %, 1 in pp -, 50 years, 36 durations - 30 in years, 5 in months, 1 in
minutes -, 28 fractions, 24 amounts of money - 8 EUR, 8 GBP, 5 USD, 2 CAD, 1 CHF -, 10
ordinals, 8 dates; 2 of them in two negatives, as the seventeenth batch labels a figure in a
negative), 42 checked speakers (17 German, 25 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, slogan, feeling, piece of advice or label is a negative with speaker None, also
  with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-fifty-second, hundred-seventy-seventh); a reported fact or figure is check-worthy
  with its speaker. The pairs from one speaker: Ellery's 9,214 guns -> "Marcus Ellery" beside
  "Behind each of those numbers ..."; Vollrath's 1,400 sites beside „Die Banden merken, ...“;
  Breckley's 3,000 officers beside "These figures show our streets are getting safer, ...";
  Aschenbrenner's clearance rate beside „Bayern bleibt das sicherste Bundesland, ...“;
  Mendenhall's undercount beside her advice "If someone you've only met online ...";
  Wendeborn's attribution row beside „Wer eine Uniform angreift, ...“; Gschwandtner's 71,382
  reports beside „Wer mit zwölf Jahren ein Messer zieht, ...“; Lindemeyer's 219,406 cases
  beside „Wir lassen nicht zu, ...“; Prothero's 142,300 searches beside "Every stabbing leaves
  a family ..."; Franchetti's tenth month beside "New Yorkers are safer today ...";
  Grunewald's two thirds beside „Die Zone wirkt, ...“; Eckhart's 40 per 100,000 -> "Lorraine
  Eckhart" beside her warning against crediting a single policy. Konjunktiv I paraphrases of a
  fact or figure are check-worthy with the speaker their own attribution gives ("Treiber sei
  zum dritten Mal in Folge ..., sagte Innenminister Leopold Gschwandtner (ÖVP) ...", "Seit
  2023 hätten die Banken ..., sagte Innenminister Jens Vollrath (CDU).", "..., Messerangriffe
  seien 2025 erstmals ... gezählt worden, ...", "Die Kantonspolizei Zürich habe ... 41
  Geldabholer festgenommen, ..., sagte ein Sprecher." unchecked after a role; thirty-ninth,
  hundred-seventy-sixth, hundred-seventy-seventh), and unchecked with no attribution of their
  own ("Bei einer internationalen Aktion im Mai seien 27 Server ... abgeschaltet ...";
  ninety-third). A row that is nothing but the attribution of its neighbour is check-worthy
  without a figure ("Das teilte Innenministerin Katharina Wendeborn (SPD) am Dienstag in
  Hannover mit." -> "Katharina Wendeborn"; hundred-seventy-seventh).
- Cautions on reading the figures (hundred-forty-seventh, hundred-fifty-fifth,
  hundred-sixtieth, hundred-seventy-seventh): a caution that states how a statistic counts,
  what it leaves out or where its recording changed is check-worthy, with or without a figure
  ("The statistics office cautioned that police-recorded figures were affected by changes in
  recording practice ...", "Moulin verwies zudem darauf, dass Touristen und Grenzgänger ...
  mitgezählt werden, ...", "Der Grazer Kriminologe Anselm Rettinger wies darauf hin, dass
  Anzeigen gegen Unmündige eingestellt werden müssen, ...", "Kriminologen erinnerten daran,
  dass die PKS nur ... enthält, ...", "The report does not include losses ...", "Statistics
  Canada does not publish the nationality ...", "Statistics Canada cautioned that about one in
  five police services had changed their records systems in 2025, ...", "The CSO noted that
  its crime figures are published "under reservation" ...", "Thousands of agencies stopped
  sending data after the FBI switched to a new reporting system in 2021, ...", "The NYPD
  counts a shooting incident only when ...", "The figures do not cover Northern Ireland, ...",
  "Der Gießener Kriminologe Marten Ilgner wies darauf hin, dass es keine Vergleichszahlen ...
  gebe ...", "Police Scotland said a change in how online fraud is recorded accounted for part
  of the rise."; hundred-sixtieth: "Some scientists have cautioned that the index ..."), as is
  an undercount with its reason ("FBI Assistant Director Carla Mendenhall said only a fraction
  of victims report to the center, so the real losses are higher ..." -> "Carla Mendenhall";
  hundred-seventy-seventh: "He said the real toll was probably higher because ...") and a
  reading of a rise by its cause ("Der Augsburger Kriminologe Jonas Feuerlein sagte, der
  Anstieg gehe ... auf Hinweise ... zurück, die US-Plattformen an das BKA melden." -> "Jonas
  Feuerlein"; "Kerkhoff sagte, die Zunahme gehe auch darauf zurück, dass mehr Betroffene
  Anzeige erstatteten." -> "Kerkhoff"). New: a caution that only advises how to read the
  figures or doubts that a trend will hold is a negative, also with a named criminologist -
  advice and doubts as the earlier batches have them ("Criminologists warned that one year's
  fall was too little to call a trend.", "Monash University criminologist Peter Oyelaran said
  people should be wary of comparing one year with the next ...", "Der Bochumer Kriminologe
  Tobias Randerath riet, aus einem einzelnen Jahr keine Trends abzulesen.", "Eckhart warned
  against giving any single policy credit ...", "Some criminologists question whether the
  decline will hold ...", „Wer nur auf die Kriminalstatistik schaut, ...“;
  hundred-forty-seventh: "Analysts cautioned that the trial was small ..." a doubt).
- Check-worthy without a figure (fifty-eighth, hundred-second, hundred-seventy-seventh): the
  leads naming a fall or a record without the figure ("Die Zahl der gesprengten Geldautomaten
  ... ist im vergangenen Jahr deutlich gesunken.", "Bayern hat ... erneut die niedrigste
  Kriminalitätsbelastung aller Länder verzeichnet." - "nach eigenen Angaben" unchecked), a
  release named as the source ("Die Zahlen stammen aus der Polizeilichen Kriminalstatistik,
  die das Bundesamt für Statistik (BFS) am Montag in Neuenburg vorlegte.";
  hundred-seventy-seventh: "Das geht aus der monatlichen Asylstatistik hervor, ..."), a body's
  position on a draft ("Die Richtervereinigung lehnte den Entwurf in ihrer Stellungnahme ab.";
  hundred-forty-second: a refusal of record), investigators' finding on where the callers sit
  ("nach Erkenntnissen der Ermittler" unchecked), a hunters' association's statement of fact
  ("Der Landesjagdverband wies darauf hin, dass nur ein Bruchteil ... begangen werde." - "ein
  Bruchteil" no figure) and the cautions above.
- Statistics' own figures (hundred-thirty-sixth, hundred-fifty-fifth,
  hundred-seventy-seventh): totals, categories and their changes are counts and percentages as
  written ("71 Sprengungen, nach 127 im Jahr davor und 182 im Rekordjahr 2022", "563'410
  Straftaten ..., 4 Prozent mehr als im Vorjahr" - the comparison after the figure,
  hundred-first -, "6.6 million crimes", "rund 5,71 Millionen Straftaten" 5,710,000 "about",
  "um 3,2 Prozent mehr Straftaten ..., insgesamt 517.604" - "insgesamt" no hedge -, "down 19%
  from 509", "38 fewer than a year earlier", "eight fewer than the year before", "fast 6'000
  mehr als in der Vorjahresperiode" 6000 "nearly"); suspects by nationality in brackets each a
  count ("Rumänen (14.287), Deutsche (12.916) und Syrer (11.034)"; hundred-seventy-seventh:
  "Afghanistan (1.903)"); clearance rates and shares of suspects are percentages ("Die
  Aufklärungsquote sank von 52,1 auf 51,4 Prozent" both, the unit written once - seventy-sixth
  -, "47,1 Prozent keine österreichischen Staatsbürger", "the clearance rate ... slipped to
  57.9% from 59.4%", "police cleared about 61% of murders"), a move in points in pp ("um 0,6
  Prozentpunkte auf 66,1 Prozent" 0.6 pp and 66.1 %; hundred-thirty-ninth). Rates per head are
  two counts (hundred-thirty-sixth, hundred-fifty-fifth: "15.4 deaths per 100,000 people"):
  "1.77 per 100,000 people", "more than 40 murders per 100,000 residents" 40 "over" and
  100,000. New: "die Häufigkeitszahl sank auf 4.398 Fälle je 100.000 Einwohner" is count 4398
  and count 100000 - "je" before the base of a rate reads as "pro" (hundred-thirty-sixth: "Pro
  100.000 Einwohner"), not as the distributive "je" that is no hedge (hundred-sixty-second).
  An index level is a count ("Canada's Crime Severity Index fell 4% in 2025 to 76.8" 76.8;
  sixteenth, hundred-thirty-fourth: index levels are counts). Multiples are counts
  (hundred-sixteenth: "fast doppelt so viel" 2 "nearly"; hundred-seventy-seventh: "roughly
  three times as many" 3 "about"): "etwa doppelt so hoch" 2 "about", "fast doppelt so viele
  wie vor fünf Jahren" 2 "nearly" with 5 years, "fast doppelt so häufig" 2 "nearly". New:
  "Black Londoners were 3.4 times more likely to be stopped" is count 3.4 - a multiple written
  with "more likely" is a multiple as "times as many" is, the comparison after it
  (hundred-first). None: "nearly doubled", "almost tripled" (verbs, hundred-forty-eighth:
  "more than doubled"), "so viele wie nie zuvor", "den höchsten Stand", "the highest figure",
  "a record", "the largest share", "the most targeted", "die größte Gruppe", "Kategorie B" (a
  letter, hundred-eighty-fourth: "Band D").
- Counts (every batch): "412 homicides", "1,843", "9,214 illegal guns, including 1,106"
  ("including" no hedge), "five districts", "In 29 Fällen", "rund 1.400 Standorte" "about",
  "9.4 million incidents", "4.1 million offences", "53,870 ..., 221 from 244", "530,643",
  "3,000 extra officers", "by more than 4 million" "over", "61'873 Fälle", "47 vollendete und
  198 versuchte Taten; 23 der Opfer" (a definite group, forty-first), "11'982", "614,287",
  "9,731", "28,406", "about 460 teenagers" "about", "31,590", "589.312", "3.912 Fälle",
  "14.206", "902,118 complaints, an average of more than 2,400 a day" ("an average of" no
  hedge, hundred-forty-ninth; "a day" none), "161,450", "3,611 ..., of 16 ... sectors", "4.836
  Fälle ..., 2.913 Beamtinnen und Beamte", "531.770", "71.382 Anzeigen", "341.902", "12.361"
  (twice), "219.406 Fällen", "276.118", "29.014", "1.000 zusätzliche Bundespolizisten", "rund
  21 Millionen Überstunden" "about", "14,206", "97, of which 61", "142,300 stop and searches",
  "131.391", "201.877", "27 Server in sechs Ländern ... vier Verdächtige", "35,118", "of the
  13 major offence categories", "etwa 2.300 Kinder" "about", "3.417", "nur 160 Kinder" ("nur"
  no hedge), "265.942 Opfer", "308 Frauen und Mädchen", "about 89,000" "about", "733 victims",
  "4,190", "1,000 officers", "21.640 solcher Anrufe, in 612 Fällen", "53 Abholer", "68 of the
  largest U.S. cities" and "Of the 68 agencies, 11 ..., including two in Texas", "2,641 ...,
  down from 3,180", "4,870 cases", "14,863", "7,702", "25,411, with some 2,280 of them"
  "about", "1,100 new recruits", "646 Verfahren", "6.428 Tatverdächtigen", "301,480", "an
  estimated 17,900 offences" "about" (eighty-first), "9,780", "47,215", "about 16,400"
  "about", "14,870 murders" ("estimated" a verb, no hedge), "1.514.207 Schusswaffen", "rund
  367.000" "about", "612 Straftaten ..., 23 davon" ("davon" no hedge), "46.318 Menschen", "612
  shooting incidents", "231", "1,200 overnight officers", "4.318 Kontrollen ... 287 Messer, 19
  Schreckschusspistolen und acht Schlagstöcke", "611", "5,402", "2,031 ... 388, while 1,216",
  "27 homicides", "1,940 illegal guns", "by more than 4,000" "over", "34'512 Meldungen", "41
  Geldabholer", "more than 20 million incidents" "over", "about 2,000 incidents a day, with
  ... around 70" "about" (the hedge on its own figure, hundred-fifty-second). "Die 14-köpfige
  Ermittlungsgruppe" is count 14 (hundred-seventy-seventh: "einer fünfköpfigen Familie" 5).
  "in the first three quarters of 2026" is ordinal 1, count 3 and the year (hundred-fiftieth:
  "in den ersten drei Quartalen"). None: "Thousands of agencies", "a fraction of victims",
  "many small thefts", "ein Bruchteil", "Die Grünen", "Opposition parties".
- Ordinals and fractions (the issue; every batch): "zum dritten Mal in Folge" 3 (the issue's
  "zum zweiten Mal"), "Bereits im fünften Jahr in Folge" 5 ("Bereits" no hedge), "for a second
  year running" 2, "its second consecutive annual decline" 2, "the third rise in a row" 3,
  "for a 10th straight month" 10, "in the first half of 2026" 1 and no fraction
  (hundred-fiftieth), "im ersten Halbjahr 2026" 1 (the same reading), "eine erste Bilanz" 1
  (hundred-seventy-seventh: "die erste Verteilung" 1). None: "erstmals" (twice;
  hundred-sixty-ninth), "die niedrigste", "das sicherste", "the lowest", "die älteste
  Geschädigte" (a superlative ranks nothing, hundred-fifty-second). Shares are fractions:
  "Rund drei Viertel" 0.75 "about", "gut ein Zehntel mehr als 2024" 0.1 "over" (a share
  written as a rise, hundred-fifty-second), "Rund neun von zehn" 0.9 "about"
  (hundred-thirty-seventh: "knapp neun von zehn Bewohnern"), "Gut die Hälfte" 0.5 "over" and
  "rund ein Fünftel" 0.2 "about", "in knapp jedem zehnten Fall" 0.1 "nearly", "Jeder vierte
  Angriff ..., jeder sechste" 0.25 and 0.1667 (hundred-fifty-sixth: "jede sechste Stelle"
  0.1667), "nur etwas mehr als jede vierte Tat" 0.25 "over" (hundred-seventy-seventh: "etwas
  mehr als die Hälfte"), "um ein Viertel auf 201.877" 0.25 ("um" no hedge), "Fast die Hälfte"
  0.5 "nearly", "Knapp ein Viertel" 0.25 "nearly", "Nur etwa jede vierte Straftat" 0.25
  "about", "fast zwei Drittel" 0.6667 "nearly", "um ein Fünftel zurück" 0.2, "by roughly a
  quarter" 0.25 "about" ("by" no hedge), "by about a third" 0.3333 "about", "more than a
  third" 0.3333 "over", "more than half" 0.5 "over", "about one in five" 0.2 "about", "roughly
  two-thirds" 0.6667 "about", "almost a fifth" 0.2 "nearly", "about a third below pre-pandemic
  levels" 0.3333 "about", "About a third" 0.3333 "about", "about one in 10" 0.1 "about",
  "fewer than a third" 0.3333 "under" (hundred-seventy-seventh: "fewer than" "under"). New:
  "Nur etwa jedes siebte ... Unternehmen" is fraction 0.1429 "about" - a seventh rounded to
  four places as a third (0.3333) and a sixth (0.1667) are.
- Percentages as written (every batch): "rose 8.9%", "up 14%, ... by 6%", "ein Plus von 5,3
  Prozent", "bei 36,8 Prozent", "rund 7 Prozent mehr" "about", "um 3,2 Prozent", "knapp 10
  Prozent" "nearly", "etwa 15 Prozent" "about", "about 60% of the drop" "about", "about 44%"
  "about", "by an average of 3.1% a year" ("an average of" no hedge, hundred-forty-ninth),
  "about 15%", "rund 40 Prozent" "about", "About 70% ... and 16%", "Rund 70 Prozent ..., knapp
  80 Prozent", "about 41%", "remained about 40% above their 2019 level" "about", "Rund 18
  Prozent ..., 2020 waren es 14 Prozent", "about 95% ..., up from 85%", "nearly 15%" "nearly"
  - all in % but the one move in pp.
- Ages are durations in years (every batch): age bounds "Kinder unter 14 Jahren", "unter 18
  Jahren" and "aged under 25" "under" (twenty-ninth, hundred-third, hundred-fifty-second:
  "jünger als 25 Jahre" "under"), "aged 16 and over", "aged 60 and over" and "ab 16 Jahren"
  "at_least" (hundred-thirty-second: "aged 60 and over"; hundred-seventy-second: "Personen ab
  16 Jahren"), ranges "aged 10 to 17" (twice) both with no hedge (hundred-seventieth), "von 14
  auf 12 Jahre" both (the unit written once, forty-sixth), "bei 14 Jahren, in der Schweiz bei
  zehn Jahren", "im Schnitt 79 Jahre alt, die älteste Geschädigte 97" 79 and 97 ("im Schnitt"
  no hedge, hundred-thirty-third; the unit written once), "3.417 Zwölf- und Dreizehnjährige"
  12 and 13 years (hundred-seventieth: "14- und 15-Jährige", "der Elf- bis 14-Jährigen"),
  "Zwölfjährige" 12 (hundred-sixty-sixth: "als Elfjährige"), "mit zwölf Jahren" 12 - the last
  two in negatives, labelled (seventeenth, hundred-eighty-fourth: figures in negatives
  labelled).
- Other durations (the issue: "fünfstündigen", "zehn Minuten"; every batch): "two years
  earlier" 2 years (twice; hundred-fifty-second: "two days later"), "in the preceding 12
  months" 12 months, "vor fünf Jahren" 5 years (thirtieth: "five years ago"), "erstmals seit
  drei Jahren" 3 years, "Over five years" 5 years ("over" before a span no hedge,
  hundred-sixty-ninth), "over the past two years", "over four years", "alle zwei Minuten" 2
  minutes ("alle" no hedge, hundred-seventy-seventh), "mit einer Mindeststrafe von sechs
  Monaten" 6 months with no hedge (a minimum is the rule's own figure, hundred-seventieth:
  "ein Mindestalter von 14 Jahren"), "up to six months in prison" "up_to", "Zwölf Monate nach
  Einführung" 12 months, "in the 12 months to September" (hundred-fifty-second), "began 20
  years ago" 20 years, "a 12-year low" 12 years (eighty-seventh: "to a three-year low" 3
  years). New: "nach der einjährigen Probephase" is 1 year - the number word "ein" inside a
  compound counts as "dreitägige" does (the issue), unlike the article in "vor einem Jahr" and
  "a decade earlier" (hundred-fifty-second: "a year" none). None: "im vergangenen Jahr", "im
  Jahr davor", "im Jahr zuvor", "im Vorjahr", "in der Vorjahresperiode", "a year earlier",
  "the previous year", "the year before", "last year", "this year", "in more than a decade",
  "a decade earlier", "in a generation", "a day", "a year" after a rate, "pro Jahr", "seit
  Jahren", "im selben Zeitraum", "in the year to March", "in the year to the end of June",
  "from January through June", "through September", "zwischen Februar und Juni", "bis Ende
  2027" its year only, "im Mai", "am Montag", "Thursday", "on Thursday", "Monday".
- Money in the currency written (every batch): EUR ("rund 6,3 Millionen Euro" "about", "rund
  178 Milliarden Euro" "about", "rund 2,6 Milliarden Euro" "about", "fast 31 Millionen Euro"
  "nearly", "im Wert von 480.000 Euro", "gut 2,1 Milliarden Euro" "over", "1,4 Milliarden
  Euro", "Vermögenswerte von 438 Millionen Euro"), USD ("$19.4 billion", "$7.9 billion",
  "nearly $5.2 billion" "nearly", "an average loss of about $83,000" "about", "about $561
  million" "about"), GBP ("12.5 million pounds", "1.21 billion pounds", "463.5 million
  pounds", "an average loss of 12,100 pounds" with no hedge, "up to 75,000 pounds" "up_to", "a
  further 1.6 billion pounds" and "a further 1.8 billion pounds" - "a further" no hedge,
  seventy-third -, "2.2 billion pounds"), CAD ("fell to C$1.1 billion from C$1.5 billion";
  hundred-thirty-first: "C$6.5 billion"), CHF ("rund 12 Millionen Franken" "about").
- Years and dates: "2025" (many times), "in 2024", "im Rekordjahr 2022", "Seit 2023", "in the
  year to September 2025", "by March 2027", "began in 2003", "since 2010", "2024" after "als",
  "set up in 2014", "seit 2016", "seit 2007", "seit Beginn der gesonderten Erfassung 2011",
  "since 2023", "ab 2027 ... bis 2032", "in 2025-26" both years (hundred-sixty-third: "for
  2026-27"), "since 1974", "since 2015", "since 2014", "in 2021", "2020 waren es", "their 2019
  level", "in 1993", "the year to March 2026", "since 2021", "bis Ende 2027", "Since October
  2024", "down 7% on 2024", "in the first half of 2026", "of 2026" after "the first three
  quarters", "im ersten Halbjahr 2026" the year; Reuters English datelines with a day
  ("LONDON, Jan 22", "MELBOURNE, March 19", "WASHINGTON, April 9", "SYDNEY, May 14", "LONDON,
  June 3", "OTTAWA, July 23", "WASHINGTON, Aug 14", "LONDON, Nov 12") dates without a year
  (hundred-fifty-second, hundred-seventy-seventh); dpa ("dpa/lnw", "dpa/lby", "dpa/lni",
  "dpa/lsw", "dpa/lhe"), APA, Keystone-SDA, Reuters German, AFP German, AP ("CHICAGO (AP) —",
  "WASHINGTON (AP) —", "NEW YORK (AP) —") and PA ("LONDON (PA) -", "DUBLIN (PA) -", "EDINBURGH
  (PA) -") datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around", "some",
  "roughly", "an estimated" "about"; "knapp", "Knapp", "fast", "Fast", "nearly", "almost"
  "nearly"; "gut", "Gut", "etwas mehr als", "more than" "over"; "unter", "under", "fewer than"
  "under"; "ab", "and over" before an age "at_least"; "up to" "up_to". No hedge: "insgesamt",
  "nur", "Nur", "Bereits", "davon", "including", "an average of", "im Schnitt", "a further",
  "alle", "um" before a change, "by", "over" before a span, "Mindeststrafe", "mehr als" and
  "weniger als" after a figure, "fewer than" after a figure.
- Speakers, checked only in forms the earlier batches settled (and the New forms below):
  German "teilte das LKA am Donnerstag mit" -> "das LKA" and "teilte das Bundeskriminalamt am
  Mittwoch mit" -> "das Bundeskriminalamt" (the weekday dropped, hundred-fifty-second), "wie
  das BFS mitteilte", "wie das BACS mitteilte" and "wie das Innenministerium in einer
  Anfragebeantwortung mitteilte" the source with its article (hundred-fifty-second: "wie das
  Innenministerium auf eine parlamentarische Anfrage mitteilte"), "Nach Angaben des
  Innenministeriums" -> "das Innenministerium" (seventieth), "laut Bundeskriminalamt" ->
  "Bundeskriminalamt" (thirtieth: "laut Polizei" -> "Polizei"); "sagte Innenminister Jens
  Vollrath (CDU)", "sagte Innenminister Gregor Aschenbrenner (CSU) bei der Vorstellung der
  Zahlen", "sagte Innenminister Leopold Gschwandtner (ÖVP) bei der Präsentation ...", "sagte
  Bundesinnenministerin Saskia Lindemeyer bei der Vorstellung der Zahlen in Berlin", "sagte
  LKA-Präsident Holger Weißenborn" the name with the title, the party and the occasion dropped
  (hundred-fortieth, hundred-seventy-seventh), "BKA-Präsident Matthias Kerkhoff sagte, ...",
  "Polizeipräsident Stefan Grunewald sagte, ..." and "Der Augsburger Kriminologe Jonas
  Feuerlein sagte, ..." the name (hundred-seventy-seventh: a place before the title goes with
  the title), "Kerkhoff sagte" the surname as written, "Das teilte Innenministerin Katharina
  Wendeborn (SPD) am Dienstag in Hannover mit." -> "Katharina Wendeborn". English: "the Office
  for National Statistics said", "the Crime Statistics Agency said", "the FBI said" (twice),
  "the Major Cities Chiefs Association said", "the British Retail Consortium said" and "The
  Police Federation of England and Wales said" the body with the article in lower case
  (fortieth, hundred-seventy-seventh), "according to the NSW Bureau of Crime Statistics and
  Research" and "according to the Central Statistics Office" with their article
  (ninety-eighth), "UK Finance said", "Statistics Canada said ..." and "Police Scotland said"
  as written (eighty-first); "Superintendent Marcus Ellery said", "Policing Minister Hannah
  Breckley said", "Police Minister Rosa Castellano said", "FBI Assistant Director Carla
  Mendenhall said", "Commander Aled Prothero said", "Bureau director Naomi Achterberg said",
  "Public Safety Minister Colette Brisebois said", "Justice Minister Declan Rourke said",
  "Justice Secretary Moira Galbraith said", "Criminologist Lorraine Eckhart said", "Police
  Commissioner Delia Franchetti said" and "Detective Chief Superintendent Owen Latchford said"
  the name with the rank, office or role dropped (hundred-fifty-second,
  hundred-seventy-seventh). New: "the Met said" -> "the Met" - the short name wire copy uses
  for the Metropolitan Police, with its article as "the SFO said" (hundred-fifty-second). Left
  unchecked (None): roles ("sagte ein Sprecher"; hundred-seventy-seventh), possessives ("the
  state's crime statistics bureau said", "The London mayor's office said", "the force's own
  figures"; hundred-seventy- seventh), descriptive nouns before a name ("banking trade body UK
  Finance said"; hundred-seventy-seventh), documents and data ("according to police department
  figures", "Department figures show", "according to an analysis by the University of Chicago
  Crime Lab", "the report said", "according to the report", "figures from the bureau showed",
  "The figures show", "the Scottish Government's annual statistics show", "according to FBI
  data", "according to NYPD data", "Home Office figures showed", "Figures obtained by the Gun
  Control Network show", "the survey found", "wie aus der Polizeilichen Kriminalstatistik
  (PKS) hervorgeht", "wie aus dem Bundeslagebild hervorgeht", "wie aus dem Lagebild des LKA
  hervorgeht", "heißt es in dem Bericht", "heißt es im Lagebild", "heißt es in der Studie",
  "laut einer neuen Dunkelfeldstudie", "laut Kriminalstatistik"; hundred-thirty-sixth,
  hundred-fifty-first, hundred-seventy-seventh), "nach LKA-Angaben" and "nach Polizeiangaben"
  (hundred-fifty-second), "nach eigenen Angaben", estimates ("nach Schätzungen der
  Wirtschaft", "Nach Schätzung des Justizministeriums", "nach Schätzung der Kantonspolizeien",
  "nach Erkenntnissen der Ermittler", "The FBI estimated", "The BRC put ... at", "bezifferte
  das Bundeskriminalamt"; hundred-tenth), recording verbs ("Das Landeskriminalamt zählte",
  "zählte das BFS", "Die Polizei registrierte", "verzeichnete die Statistik";
  hundred-thirty-sixth), verbs that are not of saying ("hielten dem Minister vor", "verwies
  ... darauf", "wies darauf hin", "erinnerten daran", "kündigte an", "forderte", "cautioned
  that", "noted that"; hundred-thirty-first, hundred-sixtieth, hundred-seventy-fifth), plural
  groups ("Kriminologen", "store owners said", "Police chiefs said"; forty-first) and all
  negatives, also those with a named speaker.
- Negatives (hundred-fifty-second, hundred-seventy-seventh, hundred-eighty-fourth): ministers'
  readings and resolve (Breckley, Aschenbrenner, Gschwandtner, Lindemeyer, Vollrath,
  Wendeborn, Franchetti, "The White House said the numbers proved that its crackdown ... was
  working." - a verdict on figures with no figure of its own, hundred-seventy-seventh, "a Home
  Office spokesperson said" with the toughest-laws line, the mayor's office crediting the fall
  - praise as a verdict, hundred-thirty-first); police chiefs' quotes (Ellery, Prothero,
  Grunewald, Haselhorst, the association's president on staffing as "the biggest problem");
  police unions' and parties' labels ("Die SVP sprach von einem «Importproblem» ...", "GdP-
  Landeschef Dirk Ostermeyer sprach von einer „Verrohung ...“", "nannte die Zahlen einen
  „Offenbarungseid der Sicherheitspolitik“", "sprach von einer „Schattenwirtschaft ...“",
  "called the shoplifting figures "a national disgrace"", "The opposition called the state "a
  playground ..."", "Women's safety advocates called the figures "a national shame"", "The
  Scottish Police Federation said officers were "running on empty"", "The Garda Representative
  Association said the force was "hollowed out" ...", "Conservative critics said ... "catch
  and release"", "Campaigners said stop and search remained "a blunt tool ..."", "The
  Association of Convenience Stores warned that the figures were only "the tip of the
  iceberg""); accusations ("Die Grünen warfen dem Minister vor, ...", "Consumer group Which?
  accused ...", "Opposition parties accused ministers of ..."; eighty-fourth); criticism
  without a figure ("Frauenverbände kritisierten, das reiche bei Weitem nicht aus."); a
  warning and an appeal naming no measure ("Der Bund Deutscher Kriminalbeamter warnte davor,
  sich ... in falscher Sicherheit zu wiegen.", "Der Digitalverband Bitkom appellierte an die
  Unternehmen, ..."; hundred-thirty-eighth), a recommendation naming no measure ("Die
  Autorinnen und Autoren empfehlen, die Befragung künftig regelmäßig zu wiederholen."), advice
  to the public (Mendenhall's, Weißenborn's, the Kantonspolizei's «Legen Sie auf, ...»), a
  fear ("Police chiefs said they feared ..."), an open question ("Ob der Entwurf im
  Nationalrat eine Mehrheit findet, ist offen.", "Ob die Regierung die ... Verschärfung des
  Waffengesetzes noch heuer beschließt, ist offen."; hundred-twenty-fourth), feelings
  (residents' "sie fühlten sich abends inzwischen etwas sicherer", Madden's "People don't feel
  safe ..."), quotes of grief and resolve (Sommerfeld's „Hinter jeder dieser Zahlen ...“,
  Gallacher's "We need to stop counting the bruises ...", Osei's "Fraudsters run their
  operations like businesses, ...", Oakshott's "Our colleagues should not have to ...",
  Reißberger's „Jede legale Waffe ...“, Moulin's «Wer jung ist ...», Ebner-Kofler's
  „Zwölfjährige gehören nicht ins Gefängnis, ...“), and the criminologists' advice and doubts
  above. A demand naming its measure stays check-worthy (a union's minimum sentence of six
  months, "Die Gewerkschaft der Polizei forderte, ..."; a minister's announced zones and 1,000
  officers, "kündigte an"; hundred-thirty-eighth, hundred-seventy-seventh: the Länder's
  demand).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the speaker
is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_187 = [
    # --- Chicago's homicides in 2025 (AP) ---
    (
        "en",
        "CHICAGO (AP) — Chicago ended 2025 with 412 homicides, its fewest in more than a decade, according to police department figures released Thursday.",
        True,
        [("year", 2025, None, None), ("count", 412, None, None)],
        None,
    ),
    (
        "en",
        "That was down 19% from 509 in 2024, and shootings fell by roughly a quarter to 1,843.",
        True,
        [
            ("percent", 19, "%", None),
            ("count", 509, None, None),
            ("year", 2024, None, None),
            ("fraction", 0.25, None, "about"),
            ("count", 1843, None, None),
        ],
        None,
    ),
    (
        "en",
        "Department figures show it solved 58% of last year's murders, up from 45% two years earlier.",
        True,
        [("percent", 58, "%", None), ("percent", 45, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Superintendent Marcus Ellery said officers had recovered 9,214 illegal guns, including 1,106 fitted with switches that make pistols fire automatically.",
        True,
        [("count", 9214, None, None), ("count", 1106, None, None)],
        "Marcus Ellery",
    ),
    (
        "en",
        '"Behind each of those numbers is a family that still has its son or its daughter," Ellery said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Most of the decline came in five districts on the South and West sides, which accounted for about 60% of the drop, according to an analysis by the University of Chicago Crime Lab.",
        True,
        [("count", 5, None, None), ("percent", 60, "%", "about")],
        None,
    ),
    (
        "en",
        "The mayor's office credited the fall to street outreach workers and summer jobs for teenagers.",
        False,
        [],
        None,
    ),
    ("en", "Criminologists warned that one year's fall was too little to call a trend.", False, [], None),
    # --- Geldautomatensprengungen in NRW (dpa/lnw) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Die Zahl der gesprengten Geldautomaten in Nordrhein-Westfalen ist im vergangenen Jahr deutlich gesunken.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Landeskriminalamt zählte 2025 insgesamt 71 Sprengungen, nach 127 im Jahr davor und 182 im Rekordjahr 2022.",
        True,
        [
            ("year", 2025, None, None),
            ("count", 71, None, None),
            ("count", 127, None, None),
            ("count", 182, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "de",
        "In 29 Fällen blieb es beim Versuch, die Täter erbeuteten dabei kein Geld, teilte das LKA am Donnerstag mit.",
        True,
        [("count", 29, None, None)],
        "das LKA",
    ),
    (
        "de",
        "Die Beute summierte sich auf rund 6,3 Millionen Euro, der Sachschaden an den Gebäuden lag nach LKA-Angaben etwa doppelt so hoch.",
        True,
        [("money", 6300000, "EUR", "about"), ("count", 2, None, "about")],
        None,
    ),
    (
        "de",
        "Rund drei Viertel der ermittelten Tatverdächtigen stammen aus den Niederlanden.",
        True,
        [("fraction", 0.75, None, "about")],
        None,
    ),
    (
        "de",
        "Seit 2023 hätten die Banken landesweit rund 1.400 Standorte nachts geschlossen oder mit Farbpatronen nachgerüstet, sagte Innenminister Jens Vollrath (CDU).",
        True,
        [("year", 2023, None, None), ("count", 1400, None, "about")],
        "Jens Vollrath",
    ),
    ("de", "„Die Banden merken, dass sich das Risiko bei uns nicht mehr lohnt“, sagte Vollrath.", False, [], None),
    (
        "de",
        "Der Bund Deutscher Kriminalbeamter warnte davor, sich nach dem Rückgang in falscher Sicherheit zu wiegen.",
        False,
        [],
        None,
    ),
    # --- Crime in England and Wales (Reuters) ---
    (
        "en",
        "LONDON, Jan 22 (Reuters) - Police forces in England and Wales logged 6.6 million crimes in the year to September 2025, 2% fewer than in the preceding 12 months, the Office for National Statistics said.",
        True,
        [
            ("date", "--01-22", None, None),
            ("count", 6600000, None, None),
            ("year", 2025, None, None),
            ("percent", 2, "%", None),
            ("duration", 12, "month", None),
        ],
        "the Office for National Statistics",
    ),
    (
        "en",
        "The Crime Survey for England and Wales, which asks households about their experiences, estimated 9.4 million incidents against adults aged 16 and over.",
        True,
        [("count", 9400000, None, None), ("duration", 16, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Fraud made up about 44% of all incidents in the survey, with 4.1 million offences, up 31%.",
        True,
        [("percent", 44, "%", "about"), ("count", 4100000, None, None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        "Offences involving a knife or sharp instrument rose 3% to 53,870, though knife homicides fell to 221 from 244.",
        True,
        [
            ("percent", 3, "%", None),
            ("count", 53870, None, None),
            ("count", 221, None, None),
            ("count", 244, None, None),
        ],
        None,
    ),
    (
        "en",
        "Shoplifting offences reached 530,643, the most since police adopted the current recording rules in 2003.",
        True,
        [("count", 530643, None, None), ("year", 2003, None, None)],
        None,
    ),
    (
        "en",
        "The statistics office cautioned that police-recorded figures were affected by changes in recording practice and did not give a reliable measure of trends for most types of crime.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Policing Minister Hannah Breckley said neighbourhood teams would get 3,000 extra officers by March 2027.",
        True,
        [("count", 3000, None, None), ("year", 2027, None, None)],
        "Hannah Breckley",
    ),
    (
        "en",
        '"These figures show our streets are getting safer, but there is far more to do," Breckley said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Police Federation of England and Wales said officer numbers had not kept pace with a population that has grown by more than 4 million since 2010.",
        True,
        [("count", 4000000, None, "over"), ("year", 2010, None, None)],
        "the Police Federation of England and Wales",
    ),
    (
        "en",
        'Conservative home affairs spokesman Giles Pemberton called the shoplifting figures "a national disgrace".',
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Polizei in der Schweiz hat 2025 insgesamt 563'410 Straftaten nach dem Strafgesetzbuch registriert, 4 Prozent mehr als im Vorjahr.",
        True,
        [("year", 2025, None, None), ("count", 563410, None, None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahlen stammen aus der Polizeilichen Kriminalstatistik, die das Bundesamt für Statistik (BFS) am Montag in Neuenburg vorlegte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Bereits im fünften Jahr in Folge stark zugenommen hat die digitale Kriminalität: Die Polizei erfasste 61'873 Fälle, gut ein Zehntel mehr als 2024.",
        True,
        [
            ("ordinal", 5, None, None),
            ("count", 61873, None, None),
            ("fraction", 0.1, None, "over"),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "de",
        "Rund neun von zehn dieser Delikte betrafen Cyberbetrug, etwa über gefälschte Online-Shops oder Kleinanzeigen.",
        True,
        [("fraction", 0.9, None, "about")],
        None,
    ),
    (
        "de",
        "Bei den Tötungsdelikten zählte das BFS 47 vollendete und 198 versuchte Taten; 23 der Opfer waren Frauen, die im häuslichen Bereich getötet wurden.",
        True,
        [("count", 47, None, None), ("count", 198, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der beschuldigten Jugendlichen stieg um 9 Prozent auf 11'982, wie das BFS mitteilte.",
        True,
        [("percent", 9, "%", None), ("count", 11982, None, None)],
        "das BFS",
    ),
    (
        "de",
        "Gut die Hälfte der Beschuldigten hatte keinen Schweizer Pass, rund ein Fünftel gehörte zur Asylbevölkerung oder hielt sich ohne geregelten Aufenthalt im Land auf.",
        True,
        [("fraction", 0.5, None, "over"), ("fraction", 0.2, None, "about")],
        None,
    ),
    ("de", "Die SVP sprach von einem «Importproblem», das der Bundesrat seit Jahren kleinrede.", False, [], None),
    (
        "de",
        "«Wer jung ist und wenig Perspektiven hat, wird eher straffällig, egal welchen Pass er hat», sagte der Lausanner Kriminologe Thierry Moulin.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Moulin verwies zudem darauf, dass Touristen und Grenzgänger in der Statistik mitgezählt werden, in der Wohnbevölkerung aber nicht.",
        True,
        [],
        None,
    ),
    # --- Victoria's crime figures (Reuters) ---
    (
        "en",
        "MELBOURNE, March 19 (Reuters) - Recorded offences in the Australian state of Victoria rose 8.9% to 614,287 in 2025, the highest total since the state's crime statistics agency was set up in 2014.",
        True,
        [
            ("date", "--03-19", None, None),
            ("percent", 8.9, "%", None),
            ("count", 614287, None, None),
            ("year", 2025, None, None),
            ("year", 2014, None, None),
        ],
        None,
    ),
    (
        "en",
        "Thefts from cars jumped by about a third and aggravated burglaries, in which the home is occupied, rose to 9,731, the Crime Statistics Agency said.",
        True,
        [("fraction", 0.3333, None, "about"), ("count", 9731, None, None)],
        "the Crime Statistics Agency",
    ),
    (
        "en",
        "Offenders aged 10 to 17 were linked to 28,406 incidents, up 14%, while the number of individual young offenders rose more slowly, by 6%.",
        True,
        [
            ("duration", 10, "year", None),
            ("duration", 17, "year", None),
            ("count", 28406, None, None),
            ("percent", 14, "%", None),
            ("percent", 6, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Police Minister Rosa Castellano said a small group of repeat offenders was driving the figures, with about 460 teenagers accounting for more than a third of youth offences.",
        True,
        [("count", 460, None, "about"), ("fraction", 0.3333, None, "over")],
        "Rosa Castellano",
    ),
    (
        "en",
        "Car thefts rose 11% to 31,590, with keyless-entry models making up more than half of the vehicles taken.",
        True,
        [("percent", 11, "%", None), ("count", 31590, None, None), ("fraction", 0.5, None, "over")],
        None,
    ),
    ("en", 'The opposition called the state "a playground for car thieves and home invaders".', False, [], None),
    (
        "en",
        "Monash University criminologist Peter Oyelaran said people should be wary of comparing one year with the next while reporting habits were shifting.",
        False,
        [],
        None,
    ),
    # --- Gewalt gegen Polizisten in Niedersachsen (dpa/lni) ---
    (
        "de",
        "Hannover (dpa/lni) - In Niedersachsen sind im vergangenen Jahr so viele Polizistinnen und Polizisten angegriffen worden wie nie seit Beginn der gesonderten Erfassung 2011.",
        True,
        [("year", 2011, None, None)],
        None,
    ),
    (
        "de",
        "Die Statistik weist 4.836 Fälle von Gewalt gegen Polizeibeamte aus, rund 7 Prozent mehr als im Vorjahr; 2.913 Beamtinnen und Beamte wurden dabei verletzt.",
        True,
        [("count", 4836, None, None), ("percent", 7, "%", "about"), ("count", 2913, None, None)],
        None,
    ),
    (
        "de",
        "Insgesamt erfasste die Polizei 531.770 Straftaten, 0,9 Prozent weniger als 2024, die Aufklärungsquote lag bei 63,4 Prozent.",
        True,
        [
            ("count", 531770, None, None),
            ("percent", 0.9, "%", None),
            ("year", 2024, None, None),
            ("percent", 63.4, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Das teilte Innenministerin Katharina Wendeborn (SPD) am Dienstag in Hannover mit.",
        True,
        [],
        "Katharina Wendeborn",
    ),
    (
        "de",
        "Jeder vierte Angriff ereignete sich bei Einsätzen wegen häuslicher Gewalt, jeder sechste bei Fußballspielen oder Demonstrationen.",
        True,
        [("fraction", 0.25, None, None), ("fraction", 0.1667, None, None)],
        None,
    ),
    ("de", "„Wer eine Uniform angreift, greift uns alle an“, sagte Wendeborn.", False, [], None),
    (
        "de",
        "Die Gewerkschaft der Polizei forderte, Angriffe auf Einsatzkräfte mit einer Mindeststrafe von sechs Monaten zu ahnden.",
        True,
        [("duration", 6, "month", None)],
        None,
    ),
    (
        "de",
        "GdP-Landeschef Dirk Ostermeyer sprach von einer „Verrohung, die wir jeden Tag im Einsatz spüren“.",
        False,
        [],
        None,
    ),
    # --- Kriminalstatistik Bayern (dpa/lby) ---
    (
        "de",
        "München (dpa/lby) - Bayern hat im vergangenen Jahr nach eigenen Angaben erneut die niedrigste Kriminalitätsbelastung aller Länder verzeichnet.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Polizei registrierte 589.312 Straftaten, 1,8 Prozent weniger als 2024; die Häufigkeitszahl sank auf 4.398 Fälle je 100.000 Einwohner.",
        True,
        [
            ("count", 589312, None, None),
            ("percent", 1.8, "%", None),
            ("year", 2024, None, None),
            ("count", 4398, None, None),
            ("count", 100000, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote stieg um 0,6 Prozentpunkte auf 66,1 Prozent, sagte Innenminister Gregor Aschenbrenner (CSU) bei der Vorstellung der Zahlen.",
        True,
        [("percent", 0.6, "pp", None), ("percent", 66.1, "%", None)],
        "Gregor Aschenbrenner",
    ),
    (
        "de",
        "Bei den Messerangriffen verzeichnete die Statistik 3.912 Fälle, ein Plus von 5,3 Prozent; in knapp jedem zehnten Fall wurde ein Mensch schwer verletzt.",
        True,
        [("count", 3912, None, None), ("percent", 5.3, "%", None), ("fraction", 0.1, None, "nearly")],
        None,
    ),
    (
        "de",
        "Der Anteil nichtdeutscher Tatverdächtiger lag ohne ausländerrechtliche Verstöße bei 36,8 Prozent.",
        True,
        [("percent", 36.8, "%", None)],
        None,
    ),
    (
        "de",
        "„Bayern bleibt das sicherste Bundesland, und daran wird sich nichts ändern“, sagte Aschenbrenner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen im Landtag hielten dem Minister vor, dass die Zahl der Sexualdelikte mit 14.206 Fällen einen Höchststand erreicht habe.",
        True,
        [("count", 14206, None, None)],
        None,
    ),
    (
        "de",
        "Der Augsburger Kriminologe Jonas Feuerlein sagte, der Anstieg gehe zu einem großen Teil auf Hinweise zu Missbrauchsdarstellungen zurück, die US-Plattformen an das BKA melden.",
        True,
        [],
        "Jonas Feuerlein",
    ),
    # --- Kriminalstatistik Österreich (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind 2025 um 3,2 Prozent mehr Straftaten angezeigt worden, insgesamt 517.604.",
        True,
        [("year", 2025, None, None), ("percent", 3.2, "%", None), ("count", 517604, None, None)],
        None,
    ),
    (
        "de",
        "Treiber sei zum dritten Mal in Folge die Internetkriminalität mit 71.382 Anzeigen, ein Plus von knapp 10 Prozent, sagte Innenminister Leopold Gschwandtner (ÖVP) bei der Präsentation der Kriminalstatistik.",
        True,
        [("ordinal", 3, None, None), ("count", 71382, None, None), ("percent", 10, "%", "nearly")],
        "Leopold Gschwandtner",
    ),
    (
        "de",
        "Die Aufklärungsquote sank von 52,1 auf 51,4 Prozent, den niedrigsten Wert seit 2016.",
        True,
        [("percent", 52.1, "%", None), ("percent", 51.4, "%", None), ("year", 2016, None, None)],
        None,
    ),
    (
        "de",
        "Bei der Internetkriminalität wurde laut Bundeskriminalamt nur etwas mehr als jede vierte Tat geklärt.",
        True,
        [("fraction", 0.25, None, "over")],
        "Bundeskriminalamt",
    ),
    (
        "de",
        "Von den 341.902 ermittelten Tatverdächtigen waren 47,1 Prozent keine österreichischen Staatsbürger, die meisten davon Rumänen (14.287), Deutsche (12.916) und Syrer (11.034).",
        True,
        [
            ("count", 341902, None, None),
            ("percent", 47.1, "%", None),
            ("count", 14287, None, None),
            ("count", 12916, None, None),
            ("count", 11034, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Zahl der angezeigten Unmündigen, also Kinder unter 14 Jahren, stieg auf 12.361, fast doppelt so viele wie vor fünf Jahren.",
        True,
        [
            ("duration", 14, "year", "under"),
            ("count", 12361, None, None),
            ("count", 2, None, "nearly"),
            ("duration", 5, "year", None),
        ],
        None,
    ),
    (
        "de",
        "„Wer mit zwölf Jahren ein Messer zieht, muss die Konsequenzen spüren“, sagte Gschwandtner.",
        False,
        [("duration", 12, "year", None)],
        None,
    ),
    ("de", "Die Grünen warfen dem Minister vor, mit den Zahlen über Ausländer Stimmung zu machen.", False, [], None),
    (
        "de",
        "Der Grazer Kriminologe Anselm Rettinger wies darauf hin, dass Anzeigen gegen Unmündige eingestellt werden müssen, weil Kinder in Österreich strafrechtlich nicht belangt werden können.",
        True,
        [],
        None,
    ),
    # --- FBI internet crime report (Reuters) ---
    (
        "en",
        "WASHINGTON, April 9 (Reuters) - Americans reported losing $19.4 billion to online fraud and other internet crime in 2025, up 17% from a year earlier, the FBI said on Thursday.",
        True,
        [
            ("date", "--04-09", None, None),
            ("money", 19400000000, "USD", None),
            ("year", 2025, None, None),
            ("percent", 17, "%", None),
        ],
        "the FBI",
    ),
    (
        "en",
        "The bureau's Internet Crime Complaint Center received 902,118 complaints, an average of more than 2,400 a day.",
        True,
        [("count", 902118, None, None), ("count", 2400, None, "over")],
        None,
    ),
    (
        "en",
        "Investment schemes, most of them involving cryptocurrency, accounted for $7.9 billion of the losses.",
        True,
        [("money", 7900000000, "USD", None)],
        None,
    ),
    (
        "en",
        "People aged 60 and over filed 161,450 complaints and lost nearly $5.2 billion, with an average loss of about $83,000.",
        True,
        [
            ("duration", 60, "year", "at_least"),
            ("count", 161450, None, None),
            ("money", 5200000000, "USD", "nearly"),
            ("money", 83000, "USD", "about"),
        ],
        None,
    ),
    (
        "en",
        "Ransomware complaints rose to 3,611, with healthcare the most targeted of 16 critical infrastructure sectors.",
        True,
        [("count", 3611, None, None), ("count", 16, None, None)],
        None,
    ),
    (
        "en",
        "The report does not include losses that victims reported only to their banks or to local police.",
        True,
        [],
        None,
    ),
    (
        "en",
        "FBI Assistant Director Carla Mendenhall said only a fraction of victims report to the center, so the real losses are higher than the report shows.",
        True,
        [],
        "Carla Mendenhall",
    ),
    (
        "en",
        '"If someone you\'ve only met online asks you to move money into crypto, stop and call us," Mendenhall said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bureau's recovery team froze about $561 million in 2025 by moving quickly on wire transfers, the report said.",
        True,
        [("money", 561000000, "USD", "about"), ("year", 2025, None, None)],
        None,
    ),
    # --- Polizeiliche Kriminalstatistik des Bundes (Reuters) ---
    (
        "de",
        "Berlin (Reuters) - Rund 5,71 Millionen Straftaten hat die Polizei bundesweit im vergangenen Jahr registriert, 2,4 Prozent weniger als im Jahr zuvor.",
        True,
        [("count", 5710000, None, "about"), ("percent", 2.4, "%", None)],
        None,
    ),
    (
        "de",
        "Ohne ausländerrechtliche Verstöße wie unerlaubte Einreisen lag das Minus bei 1,1 Prozent, wie aus der Polizeilichen Kriminalstatistik (PKS) hervorgeht.",
        True,
        [("percent", 1.1, "%", None)],
        None,
    ),
    (
        "de",
        "Die Gewaltkriminalität erreichte dagegen mit 219.406 Fällen den höchsten Stand seit 2007, sagte Bundesinnenministerin Saskia Lindemeyer bei der Vorstellung der Zahlen in Berlin.",
        True,
        [("count", 219406, None, None), ("year", 2007, None, None)],
        "Saskia Lindemeyer",
    ),
    (
        "de",
        "Die Zahl der Tatverdächtigen unter 18 Jahren ging erstmals seit drei Jahren leicht zurück, auf 276.118.",
        True,
        [("duration", 18, "year", "under"), ("duration", 3, "year", None), ("count", 276118, None, None)],
        None,
    ),
    (
        "de",
        "41,8 Prozent der Tatverdächtigen besaßen keinen deutschen Pass, ihr Anteil an der Bevölkerung liegt bei etwa 15 Prozent.",
        True,
        [("percent", 41.8, "%", None), ("percent", 15, "%", "about")],
        None,
    ),
    (
        "de",
        "BKA-Präsident Matthias Kerkhoff sagte, Messerangriffe seien 2025 erstmals bundesweit nach einheitlichen Regeln gezählt worden, die Polizei habe 29.014 Fälle erfasst.",
        True,
        [("year", 2025, None, None), ("count", 29014, None, None)],
        "Matthias Kerkhoff",
    ),
    (
        "de",
        "Lindemeyer kündigte an, die Waffenverbotszonen an Bahnhöfen auszuweiten und dort 1.000 zusätzliche Bundespolizisten einzusetzen.",
        True,
        [("count", 1000, None, None)],
        None,
    ),
    ("de", "„Wir lassen nicht zu, dass Messer den öffentlichen Raum bestimmen“, sagte Lindemeyer.", False, [], None),
    (
        "de",
        "Der Vorsitzende der Deutschen Polizeigewerkschaft, Ralf Behnisch, nannte die Zahlen einen „Offenbarungseid der Sicherheitspolitik“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Gewerkschaft der Polizei verwies auf rund 21 Millionen Überstunden, die sich bei Bund und Ländern angehäuft hätten.",
        True,
        [("count", 21000000, None, "about")],
        None,
    ),
    (
        "de",
        "Kriminologen erinnerten daran, dass die PKS nur die der Polizei bekannt gewordenen Taten enthält, nicht aber das Dunkelfeld.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Bochumer Kriminologe Tobias Randerath riet, aus einem einzelnen Jahr keine Trends abzulesen.",
        False,
        [],
        None,
    ),
    # --- Knife crime in London (PA) ---
    (
        "en",
        "LONDON (PA) - Knife crime in London fell for a second year running, with the Metropolitan Police recording 14,206 offences in 2025, down 7% on 2024.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 14206, None, None),
            ("year", 2025, None, None),
            ("percent", 7, "%", None),
            ("year", 2024, None, None),
        ],
        None,
    ),
    (
        "en",
        "The number of knife injury victims aged under 25 dropped to 1,488, a 12-year low.",
        True,
        [("duration", 25, "year", "under"), ("count", 1488, None, None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "en",
        "Homicides in the capital fell to 97, of which 61 involved a knife or other sharp instrument, the Met said.",
        True,
        [("count", 97, None, None), ("count", 61, None, None)],
        "the Met",
    ),
    (
        "en",
        "Commander Aled Prothero said officers had carried out 142,300 stop and searches, about one in five of which led to an arrest or another outcome.",
        True,
        [("count", 142300, None, None), ("fraction", 0.2, None, "about")],
        "Aled Prothero",
    ),
    (
        "en",
        "Black Londoners were 3.4 times more likely to be stopped than white Londoners, according to the force's own figures.",
        True,
        [("count", 3.4, None, None)],
        None,
    ),
    (
        "en",
        'Campaigners said stop and search remained "a blunt tool that poisons trust" in Black communities.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Every stabbing leaves a family changed for ever, and we will not take our foot off the pedal," Prothero said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The London mayor's office said it had put 12.5 million pounds into youth programmes in the boroughs with the most knife violence since 2023.",
        True,
        [("money", 12500000, "GBP", None), ("year", 2023, None, None)],
        None,
    ),
    # --- Bundeslagebild Cybercrime (AFP) ---
    (
        "de",
        "Wiesbaden (AFP) - Cyberkriminelle haben in Deutschland im vergangenen Jahr nach Schätzungen der Wirtschaft Schäden von rund 178 Milliarden Euro verursacht.",
        True,
        [("money", 178000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Die Polizei registrierte 131.391 Fälle von Cybercrime im engeren Sinne, die aus Deutschland heraus begangen wurden, ein Rückgang um 3,8 Prozent.",
        True,
        [("count", 131391, None, None), ("percent", 3.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die Zahl der sogenannten Auslandstaten, bei denen die Täter vom Ausland aus agieren oder unbekannt bleiben, stieg dagegen um ein Viertel auf 201.877.",
        True,
        [("fraction", 0.25, None, None), ("count", 201877, None, None)],
        None,
    ),
    (
        "de",
        "Die Aufklärungsquote bei Cybercrime lag bei 32,9 Prozent, teilte das Bundeskriminalamt am Mittwoch mit.",
        True,
        [("percent", 32.9, "%", None)],
        "das Bundeskriminalamt",
    ),
    (
        "de",
        "Nur etwa jedes siebte betroffene Unternehmen erstattet nach einem Angriff überhaupt Anzeige, heißt es in dem Bericht.",
        True,
        [("fraction", 0.1429, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Täter sitzen im Ausland, den Schaden tragen Betriebe hier“, sagte BKA-Vizepräsidentin Birgit Haselhorst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Bei einer internationalen Aktion im Mai seien 27 Server in sechs Ländern abgeschaltet und vier Verdächtige festgenommen worden.",
        True,
        [("count", 27, None, None), ("count", 6, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Der Digitalverband Bitkom appellierte an die Unternehmen, Angriffe konsequent anzuzeigen.",
        False,
        [],
        None,
    ),
    # --- Crime in New South Wales (Reuters) ---
    (
        "en",
        "SYDNEY, May 14 (Reuters) - Domestic violence assaults in New South Wales rose 6.2% to 35,118 in the year to March, the state's crime statistics bureau said on Thursday.",
        True,
        [("date", "--05-14", None, None), ("percent", 6.2, "%", None), ("count", 35118, None, None)],
        None,
    ),
    (
        "en",
        "Over five years, the number climbed by an average of 3.1% a year, according to the NSW Bureau of Crime Statistics and Research.",
        True,
        [("duration", 5, "year", None), ("percent", 3.1, "%", None)],
        "the NSW Bureau of Crime Statistics and Research",
    ),
    (
        "en",
        "Break-ins in regional areas fell 9%, but motor vehicle theft in the state's north-west was up 18%, figures from the bureau showed.",
        True,
        [("percent", 9, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Young people aged 10 to 17 made up about 15% of those proceeded against by police, the same share as a decade earlier.",
        True,
        [("duration", 10, "year", None), ("duration", 17, "year", None), ("percent", 15, "%", "about")],
        None,
    ),
    (
        "en",
        "Bureau director Naomi Achterberg said none of the 13 major offence categories apart from domestic assault and sexual offences had risen significantly over the past two years.",
        True,
        [("count", 13, None, None), ("duration", 2, "year", None)],
        "Naomi Achterberg",
    ),
    ("en", 'Women\'s safety advocates called the figures "a national shame".', False, [], None),
    (
        "en",
        '"We need to stop counting the bruises and start preventing them," said Leanne Gallacher, who runs a refuge in western Sydney.',
        False,
        [],
        None,
    ),
    # --- Fraud losses in Britain (Reuters) ---
    (
        "en",
        "LONDON, June 3 (Reuters) - Criminals stole 1.21 billion pounds from customers of British banks through fraud and scams in 2025, banking trade body UK Finance said on Wednesday.",
        True,
        [("date", "--06-03", None, None), ("money", 1210000000, "GBP", None), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Authorised push payment fraud, where people are duped into transferring the money themselves, accounted for 463.5 million pounds, down 2%.",
        True,
        [("money", 463500000, "GBP", None), ("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        "Romance scams rose 19% to 4,870 cases, with an average loss of 12,100 pounds, UK Finance said.",
        True,
        [("percent", 19, "%", None), ("count", 4870, None, None), ("money", 12100, "GBP", None)],
        "UK Finance",
    ),
    (
        "en",
        "About 70% of push payment cases started online and 16% over phone networks, according to the report.",
        True,
        [("percent", 70, "%", "about"), ("percent", 16, "%", None)],
        None,
    ),
    (
        "en",
        "Since October 2024, banks have had to reimburse most victims up to 75,000 pounds, with the cost split between the sending and receiving banks.",
        True,
        [("year", 2024, None, None), ("money", 75000, "GBP", "up_to")],
        None,
    ),
    (
        "en",
        "Banks stopped a further 1.6 billion pounds of unauthorised fraud before it reached criminals, the report said.",
        True,
        [("money", 1600000000, "GBP", None)],
        None,
    ),
    (
        "en",
        '"Fraudsters run their operations like businesses, with call centres and sales targets," said Vivienne Osei, UK Finance\'s director of economic crime.',
        False,
        [],
        None,
    ),
    ("en", 'Consumer group Which? accused social media companies of "profiting from fraud".', False, [], None),
    # --- Strafmündigkeit (APA) ---
    (
        "de",
        "Wien (APA) - Die Regierung will die Strafmündigkeit von 14 auf 12 Jahre senken, ein entsprechender Entwurf ging am Mittwoch in Begutachtung.",
        True,
        [("duration", 14, "year", None), ("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "Nach Schätzung des Justizministeriums würde die Änderung pro Jahr etwa 2.300 Kinder betreffen.",
        True,
        [("count", 2300, None, "about")],
        None,
    ),
    (
        "de",
        "Im Vorjahr waren 12.361 Unmündige angezeigt worden, darunter 3.417 Zwölf- und Dreizehnjährige wegen Gewaltdelikten.",
        True,
        [
            ("count", 12361, None, None),
            ("count", 3417, None, None),
            ("duration", 12, "year", None),
            ("duration", 13, "year", None),
        ],
        None,
    ),
    (
        "de",
        "Nach Angaben des Innenministeriums gingen 2025 rund 40 Prozent der Anzeigen gegen Unmündige auf nur 160 Kinder zurück.",
        True,
        [("year", 2025, None, None), ("percent", 40, "%", "about"), ("count", 160, None, None)],
        "das Innenministerium",
    ),
    ("de", "Die Richtervereinigung lehnte den Entwurf in ihrer Stellungnahme ab.", True, [], None),
    (
        "de",
        "„Zwölfjährige gehören nicht ins Gefängnis, sondern in die Jugendhilfe“, sagte die Präsidentin der Richtervereinigung, Martina Ebner-Kofler.",
        False,
        [("duration", 12, "year", None)],
        None,
    ),
    (
        "de",
        "In Deutschland liegt die Strafmündigkeit bei 14 Jahren, in der Schweiz bei zehn Jahren.",
        True,
        [("duration", 14, "year", None), ("duration", 10, "year", None)],
        None,
    ),
    ("de", "Ob der Entwurf im Nationalrat eine Mehrheit findet, ist offen.", False, [], None),
    # --- Bundeslagebild Häusliche Gewalt (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Polizei hat im vergangenen Jahr 265.942 Opfer häuslicher Gewalt registriert, so viele wie nie zuvor.",
        True,
        [("count", 265942, None, None)],
        None,
    ),
    (
        "de",
        "Das sind 3,7 Prozent mehr als 2024, wie aus dem Bundeslagebild hervorgeht, das Familienministerin Ilka Sommerfeld und BKA-Präsident Kerkhoff am Freitag vorstellten.",
        True,
        [("percent", 3.7, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Rund 70 Prozent der Opfer waren Frauen, bei Gewalt in Partnerschaften lag ihr Anteil bei knapp 80 Prozent.",
        True,
        [("percent", 70, "%", "about"), ("percent", 80, "%", "nearly")],
        None,
    ),
    (
        "de",
        "Statistisch wird damit alle zwei Minuten ein Mensch in Deutschland Opfer häuslicher Gewalt.",
        True,
        [("duration", 2, "minute", None)],
        None,
    ),
    ("de", "Insgesamt wurden 308 Frauen und Mädchen getötet.", True, [("count", 308, None, None)], None),
    (
        "de",
        "Kerkhoff sagte, die Zunahme gehe auch darauf zurück, dass mehr Betroffene Anzeige erstatteten.",
        True,
        [],
        "Kerkhoff",
    ),
    (
        "de",
        "„Hinter jeder dieser Zahlen steht eine Frau, die Angst hat, nach Hause zu gehen“, sagte Sommerfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung will ab 2027 elektronische Fußfesseln für Gewalttäter ermöglichen und bis 2032 rund 2,6 Milliarden Euro in Frauenhäuser investieren.",
        True,
        [("year", 2027, None, None), ("year", 2032, None, None), ("money", 2600000000, "EUR", "about")],
        None,
    ),
    ("de", "Frauenverbände kritisierten, das reiche bei Weitem nicht aus.", False, [], None),
    # --- Crime in Canada (Reuters) ---
    (
        "en",
        "OTTAWA, July 23 (Reuters) - Canada's Crime Severity Index fell 4% in 2025 to 76.8, its second consecutive annual decline, Statistics Canada said on Thursday.",
        True,
        [
            ("date", "--07-23", None, None),
            ("percent", 4, "%", None),
            ("year", 2025, None, None),
            ("count", 76.8, None, None),
            ("ordinal", 2, None, None),
        ],
        "Statistics Canada",
    ),
    (
        "en",
        "Motor vehicle thefts dropped 17% to about 89,000, and insurers' payouts for stolen vehicles fell to C$1.1 billion from C$1.5 billion.",
        True,
        [
            ("percent", 17, "%", None),
            ("count", 89000, None, "about"),
            ("money", 1100000000, "CAD", None),
            ("money", 1500000000, "CAD", None),
        ],
        None,
    ),
    (
        "en",
        "The national homicide rate was 1.77 per 100,000 people, with 733 victims, 38 fewer than a year earlier.",
        True,
        [
            ("count", 1.77, None, None),
            ("count", 100000, None, None),
            ("count", 733, None, None),
            ("count", 38, None, None),
        ],
        None,
    ),
    (
        "en",
        "Firearms were used in about 41% of homicides, and handguns in roughly two-thirds of those.",
        True,
        [("percent", 41, "%", "about"), ("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "en",
        "Extortion incidents, however, nearly doubled to 4,190, with many involving threats against business owners in British Columbia and Ontario.",
        True,
        [("count", 4190, None, None)],
        None,
    ),
    (
        "en",
        "Statistics Canada does not publish the nationality or immigration status of people accused of crimes.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Statistics Canada cautioned that about one in five police services had changed their records systems in 2025, which could affect comparisons.",
        True,
        [("fraction", 0.2, None, "about"), ("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        "Public Safety Minister Colette Brisebois said the government would add 1,000 officers to the Royal Canadian Mounted Police over four years.",
        True,
        [("count", 1000, None, None), ("duration", 4, "year", None)],
        "Colette Brisebois",
    ),
    ("en", 'Conservative critics said the bail system had turned policing into "catch and release".', False, [], None),
    # --- Schockanrufe in Baden-Württemberg (dpa/lsw) ---
    (
        "de",
        "Stuttgart (dpa/lsw) - Betrüger haben in Baden-Württemberg im vergangenen Jahr mit Schockanrufen und falschen Polizeibeamten fast 31 Millionen Euro erbeutet.",
        True,
        [("money", 31000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "Das Landeskriminalamt registrierte 21.640 solcher Anrufe, in 612 Fällen hatten die Täter Erfolg.",
        True,
        [("count", 21640, None, None), ("count", 612, None, None)],
        None,
    ),
    (
        "de",
        "Die Opfer waren im Schnitt 79 Jahre alt, die älteste Geschädigte 97.",
        True,
        [("duration", 79, "year", None), ("duration", 97, "year", None)],
        None,
    ),
    (
        "de",
        "Den höchsten Einzelschaden erlitt eine Seniorin aus Ulm, die Gold und Bargeld im Wert von 480.000 Euro an einen Abholer übergab, wie aus dem Lagebild des LKA hervorgeht.",
        True,
        [("money", 480000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die 14-köpfige Ermittlungsgruppe „Callcenter“ nahm im selben Zeitraum 53 Abholer fest, sagte LKA-Präsident Holger Weißenborn.",
        True,
        [("count", 14, None, None), ("count", 53, None, None)],
        "Holger Weißenborn",
    ),
    (
        "de",
        "Die Hintermänner sitzen nach Erkenntnissen der Ermittler meist in Callcentern in der Türkei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Legen Sie einfach auf, echte Polizisten fragen niemals nach Ihrem Ersparten“, appellierte Weißenborn.",
        False,
        [],
        None,
    ),
    # --- Homicides in large U.S. cities (Reuters) ---
    (
        "en",
        "WASHINGTON, Aug 14 (Reuters) - Homicides in 68 of the largest U.S. cities fell 17% in the first half of 2026 compared with the same period last year, the Major Cities Chiefs Association said.",
        True,
        [
            ("date", "--08-14", None, None),
            ("count", 68, None, None),
            ("percent", 17, "%", None),
            ("ordinal", 1, None, None),
            ("year", 2026, None, None),
        ],
        "the Major Cities Chiefs Association",
    ),
    (
        "en",
        "The group's midyear report counted 2,641 homicides from January through June, down from 3,180.",
        True,
        [("count", 2641, None, None), ("count", 3180, None, None)],
        None,
    ),
    (
        "en",
        "Rapes fell 6% and aggravated assaults 8%, while robberies were down by almost a fifth.",
        True,
        [("percent", 6, "%", None), ("percent", 8, "%", None), ("fraction", 0.2, None, "nearly")],
        None,
    ),
    (
        "en",
        "Of the 68 agencies, 11 reported more homicides than a year earlier, including two in Texas.",
        True,
        [("count", 68, None, None), ("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The association's president, Chief Renée Oduya of Columbus, said staffing shortages remained the biggest problem for most departments.",
        False,
        [],
        None,
    ),
    ("en", "Police chiefs said they feared that cuts to federal grants could reverse the gains.", False, [], None),
    # --- Recorded crime in Ireland (PA) ---
    (
        "en",
        "DUBLIN (PA) - Recorded fraud offences in Ireland rose by 24% in the year to the end of June, the third rise in a row, according to the Central Statistics Office.",
        True,
        [("percent", 24, "%", None), ("ordinal", 3, None, None)],
        "the Central Statistics Office",
    ),
    (
        "en",
        "The figures show 14,863 fraud and deception offences were recorded, many of them involving phishing texts and fake investment websites.",
        True,
        [("count", 14863, None, None)],
        None,
    ),
    (
        "en",
        "Burglaries fell 6% to 7,702 and remain about a third below pre-pandemic levels.",
        True,
        [("percent", 6, "%", None), ("count", 7702, None, None), ("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "en",
        "Attacks and related offences rose 8% to 25,411, with some 2,280 of them recorded in Dublin's north inner city.",
        True,
        [("percent", 8, "%", None), ("count", 25411, None, None), ("count", 2280, None, "about")],
        None,
    ),
    (
        "en",
        'The CSO noted that its crime figures are published "under reservation" because of concerns about the quality of Garda recording.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Justice Minister Declan Rourke said 1,100 new recruits would graduate from the Garda College in Templemore this year.",
        True,
        [("count", 1100, None, None)],
        "Declan Rourke",
    ),
    (
        "en",
        "\"People don't feel safe walking down O'Connell Street at night, whatever the numbers say,\" said Aisling Madden, Labour's justice spokesperson.",
        False,
        [],
        None,
    ),
    (
        "en",
        'The Garda Representative Association said the force was "hollowed out" after years of resignations.',
        False,
        [],
        None,
    ),
    # --- Bundeslagebild Organisierte Kriminalität (dpa) ---
    (
        "de",
        "Wiesbaden (dpa) - Die Ermittler haben im vergangenen Jahr 646 Verfahren gegen Gruppen der organisierten Kriminalität geführt, 3 Prozent weniger als 2024.",
        True,
        [("count", 646, None, None), ("percent", 3, "%", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Den Schaden durch die Gruppen bezifferte das Bundeskriminalamt auf gut 2,1 Milliarden Euro, ihre geschätzten Gewinne auf 1,4 Milliarden Euro.",
        True,
        [("money", 2100000000, "EUR", "over"), ("money", 1400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Fast die Hälfte der Verfahren betraf Rauschgifthandel, vor allem mit Kokain.",
        True,
        [("fraction", 0.5, None, "nearly")],
        None,
    ),
    (
        "de",
        "Unter den 6.428 Tatverdächtigen stellten Deutsche mit 31,2 Prozent die größte Gruppe, gefolgt von Türken und Polen.",
        True,
        [("count", 6428, None, None), ("percent", 31.2, "%", None)],
        None,
    ),
    (
        "de",
        "Vermögenswerte von 438 Millionen Euro wurden vorläufig gesichert, heißt es im Lagebild.",
        True,
        [("money", 438000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Bund Deutscher Kriminalbeamter sprach von einer „Schattenwirtschaft, an der wir nur an der Oberfläche kratzen“.",
        False,
        [],
        None,
    ),
    # --- Recorded crime in Scotland (PA) ---
    (
        "en",
        "EDINBURGH (PA) - Recorded crime in Scotland rose by 3% to 301,480 in 2025-26, the Scottish Government's annual statistics show.",
        True,
        [
            ("percent", 3, "%", None),
            ("count", 301480, None, None),
            ("year", 2025, None, None),
            ("year", 2026, None, None),
        ],
        None,
    ),
    (
        "en",
        "The total remains among the lowest since 1974, but cyber-enabled crime has almost tripled since 2015, to an estimated 17,900 offences.",
        True,
        [("year", 1974, None, None), ("year", 2015, None, None), ("count", 17900, None, "about")],
        None,
    ),
    (
        "en",
        "Non-sexual crimes of violence rose 5% to 9,780, while the clearance rate for all recorded crime slipped to 57.9% from 59.4%.",
        True,
        [
            ("percent", 5, "%", None),
            ("count", 9780, None, None),
            ("percent", 57.9, "%", None),
            ("percent", 59.4, "%", None),
        ],
        None,
    ),
    (
        "en",
        "Shoplifting reached 47,215 crimes, up 12% on the previous year and a record.",
        True,
        [("count", 47215, None, None), ("percent", 12, "%", None)],
        None,
    ),
    (
        "en",
        "Police Scotland said a change in how online fraud is recorded accounted for part of the rise.",
        True,
        [],
        "Police Scotland",
    ),
    (
        "en",
        "Justice Secretary Moira Galbraith said Scotland had about 16,400 full-time officers, more per head of population than England and Wales.",
        True,
        [("count", 16400, None, "about")],
        "Moira Galbraith",
    ),
    ("en", 'The Scottish Police Federation said officers were "running on empty".', False, [], None),
    (
        "en",
        'Opposition parties accused ministers of presiding over the "managed decline" of policing.',
        False,
        [],
        None,
    ),
    # --- FBI annual crime data (AP) ---
    (
        "en",
        "WASHINGTON (AP) — Violent crime across the U.S. fell about 7% in 2025 and murders dropped nearly 15%, according to FBI data released Monday.",
        True,
        [("percent", 7, "%", "about"), ("year", 2025, None, None), ("percent", 15, "%", "nearly")],
        None,
    ),
    (
        "en",
        "The FBI estimated 14,870 murders nationwide, which would be the lowest total since 2014.",
        True,
        [("count", 14870, None, None), ("year", 2014, None, None)],
        None,
    ),
    (
        "en",
        "Agencies serving about 95% of Americans sent in data, up from 85% two years earlier.",
        True,
        [("percent", 95, "%", "about"), ("percent", 85, "%", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        "Robberies fell 9% and motor vehicle thefts 19%, while reported rapes were down 4%.",
        True,
        [("percent", 9, "%", None), ("percent", 19, "%", None), ("percent", 4, "%", None)],
        None,
    ),
    (
        "en",
        "Thousands of agencies stopped sending data after the FBI switched to a new reporting system in 2021, leaving gaps in the national picture for that year.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Nationally, police cleared about 61% of murders and 37% of aggravated assaults, the FBI said.",
        True,
        [("percent", 61, "%", "about"), ("percent", 37, "%", None)],
        "the FBI",
    ),
    (
        "en",
        "Criminologist Lorraine Eckhart said the national figures hide large differences, with some cities still recording more than 40 murders per 100,000 residents.",
        True,
        [("count", 40, None, "over"), ("count", 100000, None, None)],
        "Lorraine Eckhart",
    ),
    (
        "en",
        "Eckhart warned against giving any single policy credit for a decline seen in big and small cities alike.",
        False,
        [],
        None,
    ),
    ("en", "The White House said the numbers proved that its crackdown on violent crime was working.", False, [], None),
    # --- Waffenregister (APA) ---
    (
        "de",
        "Wien (APA) - In Österreich sind derzeit 1.514.207 Schusswaffen im Zentralen Waffenregister erfasst, um 2,1 Prozent mehr als vor einem Jahr.",
        True,
        [("count", 1514207, None, None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "Sie gehören rund 367.000 Besitzerinnen und Besitzern, wie das Innenministerium in einer Anfragebeantwortung mitteilte.",
        True,
        [("count", 367000, None, "about")],
        "das Innenministerium",
    ),
    (
        "de",
        "Knapp ein Viertel der Waffen gehört zur Kategorie B, also zu den Faustfeuerwaffen und halbautomatischen Gewehren.",
        True,
        [("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Schusswaffen wurden laut Kriminalstatistik bei 612 Straftaten verwendet, 23 davon endeten tödlich.",
        True,
        [("count", 612, None, None), ("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "„Jede legale Waffe ist eine mögliche Tatwaffe“, sagte Grünen-Sicherheitssprecherin Nina Reißberger.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Landesjagdverband wies darauf hin, dass nur ein Bruchteil der Schusswaffendelikte mit legal registrierten Waffen begangen werde.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Regierung die angekündigte Verschärfung des Waffengesetzes noch heuer beschließt, ist offen.",
        False,
        [],
        None,
    ),
    # --- Dunkelfeldstudie (AFP) ---
    (
        "de",
        "Berlin (AFP) - Nur etwa jede vierte Straftat, die Menschen in Deutschland erleben, wird laut einer neuen Dunkelfeldstudie bei der Polizei angezeigt.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Für die Studie im Auftrag von BKA und Bundesinnenministerium wurden zwischen Februar und Juni 46.318 Menschen ab 16 Jahren befragt.",
        True,
        [("count", 46318, None, None), ("duration", 16, "year", "at_least")],
        None,
    ),
    (
        "de",
        "Bei Betrug im Internet lag die Anzeigequote sogar nur bei 13 Prozent, bei Körperverletzungen bei 31 Prozent.",
        True,
        [("percent", 13, "%", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "de",
        "Rund 18 Prozent der Befragten gaben an, sich nachts in ihrer Wohngegend unsicher zu fühlen, 2020 waren es 14 Prozent.",
        True,
        [("percent", 18, "%", "about"), ("year", 2020, None, None), ("percent", 14, "%", None)],
        None,
    ),
    (
        "de",
        "Frauen fühlten sich fast doppelt so häufig unsicher wie Männer, heißt es in der Studie.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    ("de", "Die Autorinnen und Autoren empfehlen, die Befragung künftig regelmäßig zu wiederholen.", False, [], None),
    (
        "de",
        "„Wer nur auf die Kriminalstatistik schaut, sieht vor allem, wie oft Menschen zur Polizei gehen“, sagte der Kriminologe Friedemann Hollstein.",
        False,
        [],
        None,
    ),
    # --- Shootings in New York (AP) ---
    (
        "en",
        "NEW YORK (AP) — New York City recorded 612 shooting incidents in the first three quarters of 2026, the fewest for that stretch since the police department started tracking them in 1993.",
        True,
        [
            ("count", 612, None, None),
            ("ordinal", 1, None, None),
            ("count", 3, None, None),
            ("year", 2026, None, None),
            ("year", 1993, None, None),
        ],
        None,
    ),
    (
        "en",
        "Murders were down 13% to 231 through September, and burglaries fell by about 11%, according to NYPD data.",
        True,
        [("percent", 13, "%", None), ("count", 231, None, None), ("percent", 11, "%", "about")],
        None,
    ),
    (
        "en",
        "Felony assaults, however, remained about 40% above their 2019 level.",
        True,
        [("percent", 40, "%", "about"), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        "The NYPD counts a shooting incident only when a bullet strikes a person, not when shots are fired and miss.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Police Commissioner Delia Franchetti said crime on the subway fell for a 10th straight month after the city added 1,200 overnight officers to the system.",
        True,
        [("ordinal", 10, None, None), ("count", 1200, None, None)],
        "Delia Franchetti",
    ),
    ("en", '"New Yorkers are safer today than they have been in a generation," Franchetti said.', False, [], None),
    (
        "en",
        "Retail theft complaints dropped 9%, though store owners said many small thefts were never reported.",
        True,
        [("percent", 9, "%", None)],
        None,
    ),
    (
        "en",
        "Some criminologists question whether the decline will hold once federal money for violence prevention runs out.",
        False,
        [],
        None,
    ),
    # --- Waffenverbotszone im Bahnhofsviertel (dpa/lhe) ---
    (
        "de",
        "Frankfurt/Main (dpa/lhe) - Zwölf Monate nach Einführung der Waffenverbotszone im Frankfurter Bahnhofsviertel hat die Polizei eine erste Bilanz gezogen.",
        True,
        [("duration", 12, "month", None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Bei 4.318 Kontrollen stellten die Beamten 287 Messer, 19 Schreckschusspistolen und acht Schlagstöcke sicher.",
        True,
        [("count", 4318, None, None), ("count", 287, None, None), ("count", 19, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "de",
        "Die Zahl der Gewaltdelikte in der Zone sank nach Polizeiangaben um 14 Prozent auf 611, Raubüberfälle gingen um ein Fünftel zurück.",
        True,
        [("percent", 14, "%", None), ("count", 611, None, None), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Polizeipräsident Stefan Grunewald sagte, fast zwei Drittel der kontrollierten Messerträger seien der Polizei bereits vorher bekannt gewesen.",
        True,
        [("fraction", 0.6667, None, "nearly")],
        "Stefan Grunewald",
    ),
    ("de", "„Die Zone wirkt, aber sie ist kein Allheilmittel“, sagte Grunewald.", False, [], None),
    (
        "de",
        "Der Gießener Kriminologe Marten Ilgner wies darauf hin, dass es keine Vergleichszahlen für die Straßen rund um die Zone gebe und eine Verdrängung daher nicht auszuschließen sei.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Stadt will die Zone nach der einjährigen Probephase bis Ende 2027 verlängern.",
        True,
        [("duration", 1, "year", None), ("year", 2027, None, None)],
        None,
    ),
    ("de", "Anwohnerinnen erzählten, sie fühlten sich abends inzwischen etwas sicherer.", False, [], None),
    # --- Gun crime in England and Wales (Reuters) ---
    (
        "en",
        "LONDON, Nov 12 (Reuters) - Firearms offences in England and Wales fell to 5,402 in the year to March 2026, the lowest since comparable records began 20 years ago, Home Office figures showed on Thursday.",
        True,
        [
            ("date", "--11-12", None, None),
            ("count", 5402, None, None),
            ("year", 2026, None, None),
            ("duration", 20, "year", None),
        ],
        None,
    ),
    (
        "en",
        "Handguns were used in 2,031 of the offences and shotguns in 388, while 1,216 involved imitation weapons or air guns.",
        True,
        [("count", 2031, None, None), ("count", 388, None, None), ("count", 1216, None, None)],
        None,
    ),
    (
        "en",
        "Firearms were involved in 27 homicides, eight fewer than the year before.",
        True,
        [("count", 27, None, None), ("count", 8, None, None)],
        None,
    ),
    (
        "en",
        "About a third of all gun crimes were committed in London, Greater Manchester and the West Midlands.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    ("en", "The figures do not cover Northern Ireland, which publishes its own crime statistics.", True, [], None),
    (
        "en",
        "Detective Chief Superintendent Owen Latchford said converted blank-firing pistols made up the largest share of the 1,940 illegal guns seized last year.",
        True,
        [("count", 1940, None, None)],
        "Owen Latchford",
    ),
    (
        "en",
        '"Britain has some of the toughest gun laws in the world and we intend to keep it that way," a Home Office spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Figures obtained by the Gun Control Network show the number of shotgun certificates has risen by more than 4,000 since 2021.",
        True,
        [("count", 4000, None, "over"), ("year", 2021, None, None)],
        None,
    ),
    # --- Cybervorfälle in der Schweiz (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Beim Bundesamt für Cybersicherheit (BACS) sind im ersten Halbjahr 2026 insgesamt 34'512 Meldungen zu Cybervorfällen eingegangen.",
        True,
        [("ordinal", 1, None, None), ("year", 2026, None, None), ("count", 34512, None, None)],
        None,
    ),
    (
        "de",
        "Das sind fast 6'000 mehr als in der Vorjahresperiode, wie das BACS mitteilte.",
        True,
        [("count", 6000, None, "nearly")],
        "das BACS",
    ),
    (
        "de",
        "Allein mit Schockanrufen falscher Polizisten erbeuteten die Täter nach Schätzung der Kantonspolizeien rund 12 Millionen Franken.",
        True,
        [("money", 12000000, "CHF", "about")],
        None,
    ),
    (
        "de",
        "Die Kantonspolizei Zürich habe im selben Zeitraum 41 Geldabholer festgenommen, die meisten von ihnen junge Männer aus Polen, sagte ein Sprecher.",
        True,
        [("count", 41, None, None)],
        None,
    ),
    (
        "de",
        "«Legen Sie auf, wenn jemand am Telefon Geld verlangt, die Polizei tut das nie», rät die Kantonspolizei.",
        False,
        [],
        None,
    ),
    # --- Retail crime survey (PA) ---
    (
        "en",
        "LONDON (PA) - Retailers recorded more than 20 million incidents of customer theft in the 12 months to September, the British Retail Consortium said.",
        True,
        [("count", 20000000, None, "over"), ("duration", 12, "month", None)],
        "the British Retail Consortium",
    ),
    (
        "en",
        "The BRC put the cost of theft at 2.2 billion pounds and said retailers had spent a further 1.8 billion pounds on security.",
        True,
        [("money", 2200000000, "GBP", None), ("money", 1800000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Violence and abuse against shop staff reached about 2,000 incidents a day, with weapons involved in around 70 of them.",
        True,
        [("count", 2000, None, "about"), ("count", 70, None, "about")],
        None,
    ),
    (
        "en",
        "Only about one in 10 incidents was reported to police, the survey found, and officers attended fewer than a third of those.",
        True,
        [("fraction", 0.1, None, "about"), ("fraction", 0.3333, None, "under")],
        None,
    ),
    (
        "en",
        "Assaulting a retail worker became a specific offence in England and Wales this year, carrying up to six months in prison.",
        True,
        [("duration", 6, "month", "up_to")],
        None,
    ),
    (
        "en",
        '"Our colleagues should not have to go to work fearing for their safety," said BRC chief executive Tamara Oakshott.',
        False,
        [],
        None,
    ),
    (
        "en",
        'The Association of Convenience Stores warned that the figures were only "the tip of the iceberg".',
        False,
        [],
        None,
    ),
]
