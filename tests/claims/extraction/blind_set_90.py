"""Ninetieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, works and figures are
made up (Renate Wimmleitner, Harald Steinwendtner, Florian Gasteiger, Martina Ogris,
Reinhold Wutte, Katharina Vossberg, Tobias Hinterleitner, Bernhard Leitgeb, the Murtaler
Stahl AG, Gerald Pirker, Sonja Mairhofer, Annelies Fürstauer, Miriam Kogler and her film
„Die stille Grenze“, Katharina Zottl, Noémie Baud, Elin Sundqvist, Luka Marić, Heimo Tatzl,
Jakob Pernthaler, Cole Whitaker, Verena Lanzinger, Bernhard Kaltenegger, Sophie Lederer,
Lisa Haberfellner, Ulrike Steinbacher, Rupert Egger; Alexandra Kainz, Tom Hebden, Ákos
Vértesi, Frank Oehlert, Nordlicht Bank, the group Alpe Wild); real places, parties, clubs
and institutions ("Nationalrat", "Bundesrat", "Tiroler Landtag", "Liste Fritz", "Wiener
Linien", "Statistik Austria"/"Statistics Austria", "AMS", "Wiener Börse", "ATX", "Erste
Group", "Raiffeisen Bank International", "KSV1870", "Signa", "Dachverband der
Sozialversicherungsträger", "Seniorenrat", "Landespolizeidirektion Wien", "Justizanstalt
Josefstadt", "Landesgericht Linz", "GeoSphere Austria", "Asfinag", "Salzburger
Festspiele", "Kunsthistorisches Museum", "Albertina", "Sturm Graz", "Udinese", "Hajduk
Split", "Universität Wien", "Staatsoper", "ÖBB", "Salzburger Landeskliniken",
"Ärztekammer", "Statistisches Bundesamt", "TASR", "EU-Kommission", "Court of Justice")
stand for the way wire copy names them; what is said of them here is invented.

Its weight: AN ORDINARY APA WIRE DAY as an Austrian newsroom receives it (Wednesday, 21
January), about 80 % German and 20 % English, 44 short stories in story order (a dateline
lead, then background, figures, attributed lines, a quote or a reaction, sometimes a
service line). 34 German stories (APA, APA/AFP, APA/dpa): Inland - the Ministerrat's care
package (Pflegegeld in seven levels, 24-Stunden-Betreuung), the Nationalrat's mobile-phone
ban in schools (a Dreierkoalition, a Zweidrittelmehrheit, the Bundesrat's next date), the
Tyrolean Landtag's tax on second homes, a Carinthian mayoral run-off decided by postal
votes, the U5 underground line in Vienna growing dearer, the asylum figures, the
Zentralmatura, the pension age, Lower Austria's housing grants; Ausland - Russian strikes
on Ukraine ("berichtete die Nachrichtenagentur AFP", "teilte die ukrainische Luftwaffe
mit"), Germany's GDP ("sagte ... der Deutschen Presse-Agentur"), Slovak protests ("nach
Angaben der Veranstalter", TASR), an EU infringement procedure ("wie die APA aus
Kommissionskreisen erfuhr"); Wirtschaft - December inflation (the price of a "kleiner
Brauner"), the AMS mid-January count ("sagte AMS-Chef ... der APA"), the Vienna stock
exchange close (ATX, ATX Prime, Erste Group, RBI, the euro), a Styrian steelmaker's
quarter and job cuts, insolvencies (KSV1870), the ÖBB's passenger record and the
Klimaticket, overnight stays in 2025; Chronik - a fatal head-on crash on the B4, a
burglary gang, a fraud trial in Linz, snow in the south and frost in the north, a house
fire in Graz-Gries, the flu wave in Salzburg's "Spitäler"; Kultur - the Salzburger
Festspiele, the federal museums, the Austrian Film Award, the Opernball; Sport - the
Flachau night slalom, a Sturm Graz transfer, the Australian Open; Wissenschaft -
Neanderthal traces in the Totes Gebirge. Austrian usage: "Wien (APA) -" datelines,
"heuer", "Jänner", "mit 1. Jänner 2027", "Spital", "Matura", "Pensionistinnen und
Pensionisten", "Lenker", "Bub", "absperren", "ersucht", "schlitterten in die Insolvenz",
"Nächtigungen", "Seehöhe", Konjunktiv I ("rechne", "sei", "habe", "handle"), German grouping
"428.310", "4.418,62", "Mrd." and "Mio.", „“ quotes, "(Schluss)". 10 English stories
(Reuters, AFP) of the same day about Austria and its neighbours: Austrian inflation, the
steelmaker's job cuts, the Hungarian central bank and the forint, the Czech budget, the
Brenner transit dispute, the Flachau slalom, German GDP, the Slovak protests, a Slovenian
bear cull, Austrian asylum figures. Forms: number words ("sieben Stufen", "elf Stunden",
"zwölf Millionen Euro", "viereinhalb Jahren", "eineinhalb Jahre", "minus zwölf und minus
vier Grad", "Eleven people", "just over two million"), compounds ("24-Stunden-Betreuung",
"Dreierkoalition", "Zweidrittelmehrheit", "sechsstündiger", "fünfjähriger",
"23-jähriger", "21-member", "nine-month", "64-kilometre", "500-billion-euro", "0.42sec"),
fractions ("gut ein Fünftel", "zu zwei Dritteln", "fast ein Drittel", "jedes vierte",
"drei Viertel", "knapp die Hälfte", "mehr als ein Drittel", "um ein Viertel", "almost a
third", "more than half", "nearly half"), ranges ("von 800 auf 1.100 Euro", "40 bis 70
Zentimeter", "zwischen 260 und 300 Mio. Euro", "21 bis 24 Euro", "im Alter von 19 bis 34
Jahren", "von 17. Juli bis 30. August"), hedges and attribution. Negatives as such a day
has them: quoted evaluations and party rhetoric (a minister, an FPÖ spokesman, a Landesrat,
a new mayor, the statistics chief, the AMS head, a steel CEO, a defendant, a festival
president, a skier, a sporting director; a ministry spokesman, a regional governor, a
skier, an economist, a wildlife group), reported catchwords ("sprach von einem „Fass ohne
Boden“"), reproaches and reactions ("warf der Regierung ... vor", "Die Demonstranten werfen
der Regierung vor", "Der Seniorenrat begrüßte ..., warnte aber", "Der Betriebsrat
kündigte ... Widerstand an", "Die Grünen kritisierten", "Kritik ... wies ... zurück"),
reported assessments ("Ökonomen halten diese Prognose für zu optimistisch.", "Händler
sprachen von einem nervösen Geschäft", "Die Kritik lobte ...", "Analysts said ..."),
outlooks without a figure, appeals and advice (Asfinag, police), the war-reporting caveat,
the presumption of innocence, an open question, "(Schluss)" and a Reuters credit.

229 rows (183 German, 46 English), 44 negatives (34 German, 10 English), 185 check-worthy
rows of which 16 carry no figure (13 German, 3 English), 323 expected quantities (106
counts, 49 percentages, 41 durations, 38 amounts of money, 33 years, 29 ordinals, 15 dates,
12 fractions; none of them in negatives), 29 checked speakers (20 German, 9 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  (twenty-eighth, seventieth and seventy-seventh batches): "Für heuer rechne die
  Bundesregierung mit ..., sagte Wirtschaftsministerin Katharina Vossberg der Deutschen
  Presse-Agentur." -> "Katharina Vossberg", "Besonders betroffen sei die Bauwirtschaft, ...,
  sagte AMS-Chef Bernhard Leitgeb der APA." -> "Bernhard Leitgeb", "Die Zahl der ...
  Grippefälle habe sich ... verdreifacht, sagte Landessanitätsdirektor Rupert Egger." ->
  "Rupert Egger"; a quoted outlook without a figure ("„Eine Trendwende ist nicht vor dem
  Sommer in Sicht“, so Leitgeb.") is a negative (forty-seventh and seventy-seventh).
- Check-worthy without a figure, as facts of record: a Landesregierung's decision, an
  infringement procedure opened, the reasons a company gives ("Als Gründe nannten die
  Wiener Linien ..."), a protest of "Zehntausende" (vague magnitude, seventieth), the
  sectors most hit by insolvencies, suspects in custody, where the money went, a ruling's
  status ("..., die Entscheidung ist somit nicht rechtskräftig.", nineteenth and
  seventy-seventh), a weather warning issued (twenty-eighth), a pass closed to lorries, the
  highest transfer fee in a club's history, a university's claim of the oldest find ("...,
  hieß es in einer Aussendung der Universität."), a dispute left unsettled, a case before
  the EU court, "only a handful of bears" (a vague magnitude).
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Sozialministerin", "Wohnbaulandesrat", "AMS-Chef", "KSV-Insolvenzexpertin",
  "Präsidentin", "Studienleiterin", "ÖBB-Personenverkehrsvorständin",
  "Landessanitätsdirektor", "Chief Executive", "Deputy Governor"), and so is what follows
  the name ("nach der Regierungssitzung", "bei der Programmpräsentation", as "nach der
  Sitzung", seventieth); the agency spoken to is dropped ("sagte ... der APA" and "der
  Deutschen Presse-Agentur", as "der Deutschen Presse-Agentur" in the seventy-eighth and
  "zur APA" in the seventy-seventh; "told Reuters", "told reporters"); "teilte die
  Statistik Austria am Mittwoch mit", "teilte das Innenministerium / das
  Kulturministerium / das Bildungsministerium / die Staatsoper mit", "teilte der
  Dachverband der Sozialversicherungsträger mit", "teilte die Landespolizeidirektion Wien
  am Mittwoch mit", "wie das Statistische Bundesamt am Mittwoch in Wiesbaden mitteilte"
  (the place dropped, fourteenth) the source with its article in the nominative (fortieth,
  seventy-seventh); "nach Angaben der Polizei" -> "die Polizei" (seventieth). English:
  "Statistics Austria said on Wednesday" as written, the weekday dropped (fortieth; as
  "according to Statistics Canada", eighty-fourth); "the finance ministry said", "the
  interior ministry said on Wednesday", "according to the environment ministry", "the
  federal statistics office said" (as "the federal chancellery", seventy-seventh) with the
  article in lower case; "organisers said" -> "organisers" (tenth, fifty-eighth).
  New: "berichtete die Nachrichtenagentur AFP" -> "die Nachrichtenagentur AFP" - "berichtete"
  is a verb of saying for a news organisation (thirty-first: "wie der ORF berichtete" ->
  "der ORF") and the fifth batch checked "die Nachrichtenagentur Reuters" with its
  description; the relayed report ("unter Berufung auf", tenth and thirty-first) is absent
  here. New: "according to the government of Tyrol" -> "the government of Tyrol", the
  source after "according to" with its article in lower case (as "according to the
  Foreign Office", eighty-fourth). Left unchecked (None): New: "wie die APA aus dem Rathaus
  / aus dem Arbeitsministerium / aus Kommissionskreisen erfuhr" - "erfahren" is a verb of
  learning, the agency receives what an unnamed source says, as "hieß es aus ..."
  (seventy-seventh) stays unchecked; "berichtete die slowakische Nachrichtenagentur TASR"
  and "teilte die ukrainische Luftwaffe mit", "Das russische Verteidigungsministerium
  erklärte", "nach ukrainischen Angaben" (an adjective heading the source, fourteenth and
  eighty-fourth); "nach Angaben der Veranstalter" (a plural group, eighty-fourth); "laut
  Anklage" (a document, twenty-seventh); "geht aus der Hochrechnung ... hervor" and "hieß
  es in einer Aussendung der Universität" (documents, eighty-fourth and fifty-eighth);
  "kündigte Vorstandschef Gerald Pirker an" (no verb of saying, seventieth); "it said" (a
  pronoun); "Police put the turnout at 28,000" (no verb of saying); rows without
  attribution and all negatives.
- Ages are durations in years (every earlier batch): "Ein 23-jähriger Lenker", "Für den
  23-Jährigen und seine 21-jährige Beifahrerin", "im Alter von 19 bis 34 Jahren" both ends
  (fifty-fifth), "Ein 52-jähriger ehemaliger Vermögensberater", "ein fünfjähriger Bub" (as
  "Ein fünfjähriger Bub", eighty-first), "Die 24-Jährige", "Der 22-jährige Kroate", "the
  24-year-old's"; "unter 19 Jahren", "Paare unter 35 Jahren" "under" (seventy-seventh:
  "unter 25 Jahren"); "jünger als drei Jahre" 3 years "under" (as "jünger als 15 Jahre");
  the pension age "auf 61,8 Jahre", "mit 62,9 Jahren", "mit 60,7 Jahren", "mit 65 Jahren"
  (as "mit 78 Jahren", sixty-third); "die rund 60.000 Jahre alt sind" 60000 years "about"
  (the age of things, fifty-eighth).
- Durations: "24-Stunden-Betreuung" 24 hours (forty-ninth), "nach sechsstündiger Debatte"
  6 hours (issue: "fünfstündigen Treffen"), "knapp elf Stunden" "nearly", "vor zwei
  Wochen", "um eineinhalb Jahre" 1.5 years (eleventh and eighty-first: "eineinhalb",
  "zweieinhalb"), "jährlich um ein halbes Jahr" 0.5 years ("jährlich" none; eleventh: "ein
  halbes Jahr"), "zwei Monate Zeit", "zu viereinhalb Jahren Haft" 4.5 years, "für rund
  drei Stunden", "rund 30 Stunden" "about", "binnen zwei Wochen", "mit 25 Jahren Laufzeit"
  25 years, "weniger als fünf Minuten und 59 Sekunden" 5 minutes "under" and 59 seconds
  with no hedge (the hedge only before its own figure, eighty-first), "nach 3:12 Stunden"
  3 hours and 12 minutes (thirty-fifth: "2:38 Stunden"), "0,17 Sekunden", "42 Hundertstel"
  0.42 seconds (thirtieth: "zwölf Hundertstel" 0.12 seconds), "0.17 seconds", "0.42sec" (a
  glued unit, fifteenth), "nine-month" 9 months, "the past two years" 2 years, "for six
  months". None: "im Monat", "pro Jahr", "im Jahr", "ein Jahr zuvor", "im Vorjahr", "im
  Vorjahreszeitraum", "seit Jahresbeginn", "pro Woche", "pro Tag", "an hour" in "300 an
  hour", "this year", "last year".
- Counts: "in allen sieben Stufen" 7, "der Dreierkoalition" 3 (fourteenth, after the tenth),
  "121 Abgeordnete, 58" (a tally, seventy-seventh), "23 Tagesordnungspunkte" ("insgesamt"
  no hedge), "Zwei Tote und drei Schwerverletzte" (seventieth: "Zwei Tote"), "Die drei
  Insassen", "14 Bewohner ..., zwei von ihnen" 14 and 2 (as "four of them", eighty-first),
  "mit 46 Einsatzkräften und elf Fahrzeugen" (fifty-eighth), "nach zwei Durchgängen" 2,
  "mit 385 Punkten ..., 48 Zähler" (World Cup points), "in 61 Pflichtspielen 29 Tore",
  "144 Debütantenpaare", "3,2 Nächte" 3.2 (a night is no unit, fortieth), "the 21-member
  currency bloc" 21 (eighty-fourth: "35-nation"), "all 14 analysts" ("all" no hedge,
  seventy-seventh), "just over two million people" 2000000 "over" (thirty-third and
  seventy-seventh: "just over"), "just under 12,000" "under" (seventieth: "just under"),
  "an estimated 1,100" "about" (eighty-fourth), "Eleven people" 11. Index levels are counts
  (forty-sixth: "bei 3.842,17 Punkten"): "auf 4.418,62 Punkte", "auf 2.201,35 Zähler";
  "ATX", "ATX Prime" none. Physical measures are counts (fourth batch): "mit mehr als 150
  Quadratmetern" 150 "over", "Oberhalb von 600 Metern" 600 with no hedge (seventieth),
  "40 bis 70 Zentimeter" both, "zwischen minus zwölf und minus vier Grad" -12 and -4 (as
  "bis zu minus zwölf Grad" -12, seventieth), "minus 21,4 Grad" -21.4, "auf 1.720 Metern
  Seehöhe", "A 64-kilometre rail tunnel" 64. New: "bis zu einem Meter" is count 1
  "up_to" - the number word "einem" before a unit of measure after "bis zu" is the figure
  1, as "einen Punkt" is 1 pp (seventieth) and "bis zu einer halben Stunde" 0.5 hours
  (forty-eighth). "fast doppelt so hoch" count 2 "times" "nearly" (thirtieth: "fast doppelt
  so viele"); "mehr als verdreifacht" carries none (a verb, twenty-third: "verdreifacht",
  "mehr als verdoppelt"). "Zehntausende", "Tens of thousands", "a handful", "a single
  truck" none.
- Identifiers carry none: "U5" (a line), "B4" (a road, seventy-seventh: "B1"), "„Christophorus
  2“" (a helicopter's call sign, eighty-first), "Stufe Orange", clock times ("gegen 2.40
  Uhr", "by 1430 GMT"; thirty-eighth and eighty-first), tennis scores ("6:4, 3:6, 6:7 (5),
  4:6", thirtieth and sixty-first), "EBIT". New: "KSV1870" carries none - the year glued to
  the creditors' association's name is part of the name, as "Ariane 6" and "Humanity 1"
  are names (sixty-ninth, seventieth).
- Ordinals: "bis zur achten Schulstufe" 8 (fifty-eighth and seventy-second: "der 5.
  Schulstufe"), "im ersten Wahlgang" 1, "als erste Frau" and "die erste Salzburgerin" 1
  (sixty-third), "der ersten Ausbaustufe" 1, "das dritte Jahr in Folge" 3 (seventieth: "das
  zweite Mal in Folge"), "die vierte Großdemonstration" 4, "in den ersten drei Quartalen"
  ordinal 1 and count 3 (seventy-seventh), "aus ... im dritten und vierten Stock" 3 and 4
  (eighty-first), "zum 106. Mal" 106, "der dritte Weltcupsieg ..., der erste" 3 and 1,
  "nun Zweite" 2 (sixty-first: "Dritte wurde"), "mit der 19. Runde" 19, "in der zweiten
  Runde" 2, "an Nummer sieben gesetzten" 7 (thirtieth: "an Nummer drei gesetzten" 3),
  "Der 69. Wiener Opernball" 69, "für eine Loge im ersten Rang" 1, "beim Kauf des
  ersten Eigenheims" 1, "a 16th straight month" 16, "before the second quarter" 2, "the
  first reading" 1, "third World Cup win and her first" 3 and 1, "finished third" 3, "its
  third straight year" 3, "the fourth mass protest" 4.
- Fractions: "gut ein Fünftel" 0.2 "over" (thirtieth: "Gut ein Viertel"), "zu zwei
  Dritteln" 0.6667 (seventieth), "eine Zweidrittelmehrheit" 0.6667 (seventy-seventh), "um
  fast ein Drittel" 0.3333 "nearly", "Jedes vierte insolvente Unternehmen" 0.25 (issue:
  "jeder vierte"), "drei Viertel davon" 0.75 (issue), "knapp die Hälfte" 0.5 "nearly",
  "mehr als ein Drittel" 0.3333 "over", "um ein Viertel weniger" 0.25 (seventy-seventh),
  "by almost a third" 0.3333 "nearly", "more than half of them" 0.5 "over", "nearly half"
  0.5 "nearly".
- Percentages and points: "um 8,4 Prozentpunkte" pp; "um 0,1 Prozent" and "shrank 0.1%"
  0.1 as written (issue: the value stays as written); "1,0 Prozent", "2,0 Prozent", "2.0%"
  and "1.0%" with the trailing zero as the value 1.0 and 2.0 (seventy-seventh: "4,0
  Prozent"); "6.50%" 6.5.
- Money: "1,2 Milliarden Euro", "2,37 Mrd. Euro", "212 Mio. Euro" EUR ("Mrd." and "Mio."
  as spelled out, twenty-eighth); "von 800 auf 1.100 Euro" both EUR (the unit written once
  serves the list, forty-sixth and seventieth); "zwischen 260 und 300 Mio. Euro"
  260000000 and 300000000 EUR (the scale word and currency written once serve both ends,
  as "zwischen 1,8 und 2,4 Milliarden Euro", sixty-sixth, and "auf 500 bis 600
  Milliarden Dollar", fourteenth); "21 bis 24 Euro" both; "bis zu 4.400 Euro" "up_to",
  "höchstens 2.200 Euro" "at_most", "mehr als 600.000 Euro" "over"; "um 22 Cent" 0.22 EUR
  (twenty-sixth: "22 cents a share"); "3,60 Euro", "78,40 Euro"; "bei 1,1712 US-Dollar"
  1.1712 USD and "to 384.60 per euro" 384.6 HUF (an exchange rate is money in the priced
  currency, fourteenth and twenty-sixth); "158.000 australischen Dollar" AUD; "about 40
  million euros" EUR "about"; "a 500-billion-euro infrastructure fund" 500000000000 EUR (a
  figure inside a compound read as written, eighty-first). New: "286 billion crowns ($13.6
  billion)" in a Czech story is CZK and USD - Reuters names the Czech crown "crowns" as it
  names the Swiss franc "francs" in Swiss copy (seventy-seventh). New: "um eine
  kolportierte Ablöse von zwölf Millionen Euro" is 12000000 EUR with no hedge -
  "kolportiert" (Austrian for "reported, not confirmed") qualifies the fee's source, not
  the size of the figure, as "geschätzt" before a figure would and "then" does not
  (sixty-third).
- Years and dates: "mit 1. Jänner 2027" 2027-01-01 (seventy-seventh: "mit 1. April 2026");
  "am 5. Februar", "am 26. Februar", "am 7. Februar", "am 12. Februar", "am 4. Mai" and
  "von 17. Juli bis 30. August" dates without a year; "on Feb. 4" --02-04; Reuters
  datelines with a day ("VIENNA, Jan 21 (Reuters)", "BUDAPEST, Jan 20 (Reuters)", "PRAGUE,
  Jan 21 (Reuters)", "BERLIN, Jan 21 (Reuters)") dates without a year; APA, APA/AFP,
  APA/dpa and AFP datelines none; "Schuljahr 2026/27" and "Geschäftsjahres 2025/26" both
  years (fortieth and fiftieth: "2022/23"); "von 2016 bis 2023" both; "bis 2030", "Ende
  2027", "seit 2009", "seit 2021", "im Jahr 2024", "seit 2024 ... 2033", "Vor-Corona-Jahr
  2019", "im Sommer 2024", "bis Juni 2030" (the year only), "in 2025", "since 2019", "in
  2032", "since records began in 2005" the years; months and weekdays alone ("im
  Dezember", "Mitte Jänner", "Ende Dezember", "seit Dezember", "in July") none.
- Hedges, only the names in use: "rund", "Rund", "etwa", "about", "About", "around",
  "Some", "an estimated" "about"; "knapp", "fast", "almost", "nearly" "nearly"; "mehr als",
  "gut", "more than", "just over" "over"; "unter", "jünger als", "weniger als", "just under"
  "under"; "bis zu", "up to" "up_to"; "höchstens" "at_most"; "mindestens" "at_least";
  "insgesamt", "zusammen", "bereits", "zuletzt", "weitere", "zusätzliche", "im Schnitt",
  "all", "only" no hedge.
- Negatives: none carries a figure. The war caveat ("Die Angaben beider Seiten lassen sich
  nicht unabhängig überprüfen.", eighty-fourth), "Für die Verdächtigen gilt die
  Unschuldsvermutung." (fifty-fifth), "It was not immediately clear whether ..." (an open
  question, seventieth), outlooks without a figure ("Für heuer erwartet der KSV keine
  Entspannung.", "Wirtschaftsforscher erwarten ... eine allmähliche Beruhigung.", "Die
  Meteorologen rechnen ... mit unbeständigem Wetter.", forty-seventh), appeals and advice
  (Asfinag, police), reported evaluations, reproaches and reactions, "(Schluss)" and the
  Reuters credit (seventy-seventh).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_90 = [
    # --- Ministerrat: Pflegepaket (APA) ---
    ("de", "Wien (APA) - Die Bundesregierung hat am Mittwoch im Ministerrat ein Pflegepaket im Umfang von 1,2 Milliarden Euro auf den Weg gebracht.", True, [("money", 1200000000, "EUR", None)], None),
    ("de", "Das Pflegegeld wird mit 1. Jänner 2027 in allen sieben Stufen um 4,2 Prozent angehoben, sagte Sozialministerin Renate Wimmleitner nach der Regierungssitzung.", True, [("date", "2027-01-01", None, None), ("count", 7, None, None), ("percent", 4.2, "%", None)], "Renate Wimmleitner"),
    ("de", "Die Förderung für die 24-Stunden-Betreuung steigt von 800 auf 1.100 Euro im Monat.", True, [("duration", 24, "hour", None), ("money", 800, "EUR", None), ("money", 1100, "EUR", None)], None),
    ("de", "Rund 470.000 Menschen in Österreich beziehen derzeit Pflegegeld, gut ein Fünftel von ihnen wird ausschließlich von Angehörigen betreut.", True, [("count", 470000, None, "about"), ("fraction", 0.2, None, "over")], None),
    ("de", "Bis 2030 sollen zudem jährlich 3.500 zusätzliche Ausbildungsplätze für Pflegekräfte entstehen.", True, [("year", 2030, None, None), ("count", 3500, None, None)], None),
    ("de", "Die Opposition sprach von einem „Tropfen auf den heißen Stein“.", False, [], None),
    ("de", "„Wer pflegt, verdient mehr als warme Worte“, sagte Wimmleitner.", False, [], None),
    # --- Nationalrat: Handyverbot an Schulen (APA) ---
    ("de", "Wien (APA) - Mit den Stimmen der Dreierkoalition hat der Nationalrat am Mittwoch ein generelles Handyverbot an Schulen bis zur achten Schulstufe beschlossen.", True, [("count", 3, None, None), ("ordinal", 8, None, None)], None),
    ("de", "Für die Novelle stimmten 121 Abgeordnete, 58 waren dagegen.", True, [("count", 121, None, None), ("count", 58, None, None)], None),
    ("de", "Für die darin enthaltene Verfassungsbestimmung war eine Zweidrittelmehrheit nötig, die mit den Stimmen der Grünen zustande kam.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "Das Verbot gilt ab dem Schuljahr 2026/27 für rund 700.000 Schülerinnen und Schüler.", True, [("year", 2026, None, None), ("year", 2027, None, None), ("count", 700000, None, "about")], None),
    ("de", "Die Plenarsitzung dauerte knapp elf Stunden, insgesamt wurden 23 Tagesordnungspunkte abgearbeitet.", True, [("duration", 11, "hour", "nearly"), ("count", 23, None, None)], None),
    ("de", "FPÖ-Bildungssprecher Harald Steinwendtner warf der Regierung „Symbolpolitik auf dem Rücken der Lehrer“ vor.", False, [], None),
    ("de", "Der Bundesrat befasst sich am 5. Februar mit dem Gesetz.", True, [("date", "--02-05", None, None)], None),
    # --- Tiroler Landtag: Freizeitwohnsitze (APA) ---
    ("de", "Innsbruck (APA) - Nach sechsstündiger Debatte hat der Tiroler Landtag am Mittwoch eine kräftige Erhöhung der Freizeitwohnsitzabgabe beschlossen.", True, [("duration", 6, "hour", None)], None),
    ("de", "Für eine Wohnung mit mehr als 150 Quadratmetern Nutzfläche werden künftig bis zu 4.400 Euro im Jahr fällig, bisher waren es höchstens 2.200 Euro.", True, [("count", 150, None, "over"), ("money", 4400, "EUR", "up_to"), ("money", 2200, "EUR", "at_most")], None),
    ("de", "Das Land erwartet Mehreinnahmen von rund 18 Millionen Euro pro Jahr, die zu zwei Dritteln an die Gemeinden fließen.", True, [("money", 18000000, "EUR", "about"), ("fraction", 0.6667, None, None)], None),
    ("de", "Tirolweit sind derzeit 16.380 Freizeitwohnsitze gemeldet, sagte Wohnbaulandesrat Florian Gasteiger.", True, [("count", 16380, None, None)], "Florian Gasteiger"),
    ("de", "„Tirol ist kein Spielplatz für Anleger“, sagte Gasteiger.", False, [], None),
    ("de", "Die Liste Fritz sprach von einem „zahnlosen Papiertiger“.", False, [], None),
    # --- Bürgermeister-Stichwahl in Feldkirchen (APA) ---
    ("de", "Klagenfurt (APA) - Nach Auszählung der Wahlkarten ist die Bürgermeister-Stichwahl in Feldkirchen entschieden: SPÖ-Kandidatin Martina Ogris setzte sich mit 54,7 Prozent gegen Amtsinhaber Reinhold Wutte durch.", True, [("percent", 54.7, "%", None)], None),
    ("de", "Die Wahlbeteiligung lag bei 61,2 Prozent und damit um 8,4 Prozentpunkte unter jener im ersten Wahlgang vor zwei Wochen.", True, [("percent", 61.2, "%", None), ("percent", 8.4, "pp", None), ("ordinal", 1, None, None), ("duration", 2, "week", None)], None),
    ("de", "Ogris wird damit als erste Frau die rund 14.000 Einwohner zählende Bezirkshauptstadt führen.", True, [("ordinal", 1, None, None), ("count", 14000, None, "about")], None),
    ("de", "Wutte war seit 2009 Bürgermeister gewesen.", True, [("year", 2009, None, None)], None),
    ("de", "„Ich werde die Bürgermeisterin aller Feldkirchnerinnen und Feldkirchner sein“, sagte Ogris am Wahlabend.", False, [], None),
    # --- U5 wird teurer (APA) ---
    ("de", "Wien (APA) - Der Bau der U-Bahn-Linie U5 wird um rund 480 Millionen Euro teurer als geplant, wie die APA aus dem Rathaus erfuhr.", True, [("money", 480000000, "EUR", "about")], None),
    ("de", "Die Gesamtkosten der ersten Ausbaustufe bis zum Frankhplatz belaufen sich damit auf 2,37 Mrd. Euro.", True, [("ordinal", 1, None, None), ("money", 2370000000, "EUR", None)], None),
    ("de", "Die Eröffnung verschiebt sich um eineinhalb Jahre auf Ende 2027.", True, [("duration", 1.5, "year", None), ("year", 2027, None, None)], None),
    ("de", "Als Gründe nannten die Wiener Linien gestiegene Baukosten und Probleme beim Tunnelvortrieb unter dem Alsergrund.", True, [], None),
    ("de", "Die Wiener ÖVP sprach von einem „Fass ohne Boden“.", False, [], None),
    # --- Angriffe auf die Ukraine (APA/AFP) ---
    ("de", "Kiew (APA/AFP) - Bei russischen Drohnen- und Raketenangriffen auf die Ukraine sind in der Nacht auf Mittwoch nach ukrainischen Angaben mindestens sieben Menschen getötet worden.", True, [("count", 7, None, "at_least")], None),
    ("de", "Russland habe insgesamt 143 Drohnen und elf Raketen eingesetzt, 126 davon seien abgefangen worden, teilte die ukrainische Luftwaffe mit.", True, [("count", 143, None, None), ("count", 11, None, None), ("count", 126, None, None)], None),
    ("de", "In der Region Charkiw fiel nach einem Treffer auf ein Umspannwerk für rund 90.000 Haushalte der Strom aus, berichtete die Nachrichtenagentur AFP.", True, [("count", 90000, None, "about")], "die Nachrichtenagentur AFP"),
    ("de", "Das russische Verteidigungsministerium erklärte seinerseits, in der Nacht 58 ukrainische Drohnen über mehreren Regionen abgeschossen zu haben.", True, [("count", 58, None, None)], None),
    ("de", "Die Angaben beider Seiten lassen sich nicht unabhängig überprüfen.", False, [], None),
    # --- Deutsche Wirtschaft (APA/dpa) ---
    ("de", "Berlin (APA/dpa) - Die deutsche Wirtschaft ist 2025 das dritte Jahr in Folge nicht gewachsen.", True, [("year", 2025, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Das Bruttoinlandsprodukt sank um 0,1 Prozent, wie das Statistische Bundesamt am Mittwoch in Wiesbaden mitteilte.", True, [("percent", 0.1, "%", None)], "das Statistische Bundesamt"),
    ("de", "Für heuer rechne die Bundesregierung mit einem Plus von 1,0 Prozent, sagte Wirtschaftsministerin Katharina Vossberg der Deutschen Presse-Agentur.", True, [("percent", 1.0, "%", None)], "Katharina Vossberg"),
    ("de", "Ökonomen halten diese Prognose für zu optimistisch.", False, [], None),
    # --- Proteste in der Slowakei (APA) ---
    ("de", "Bratislava (APA) - In der Slowakei haben am Dienstagabend erneut Zehntausende Menschen gegen die Regierung demonstriert.", True, [], None),
    ("de", "Allein in der Hauptstadt versammelten sich nach Angaben der Veranstalter rund 45.000 Menschen, die Polizei sprach von 28.000.", True, [("count", 45000, None, "about"), ("count", 28000, None, None)], None),
    ("de", "Kundgebungen gab es in insgesamt 32 Städten, berichtete die slowakische Nachrichtenagentur TASR.", True, [("count", 32, None, None)], None),
    ("de", "Es war die vierte Großdemonstration seit Dezember.", True, [("ordinal", 4, None, None)], None),
    ("de", "Die Demonstranten werfen der Regierung vor, das Land von der EU wegzuführen.", False, [], None),
    # --- Vertragsverletzungsverfahren (APA) ---
    ("de", "Brüssel (APA) - Die EU-Kommission hat am Mittwoch ein Vertragsverletzungsverfahren gegen Österreich wegen der verspäteten Umsetzung einer Richtlinie zur Barrierefreiheit eingeleitet.", True, [], None),
    ("de", "Wien hat nun zwei Monate Zeit, auf das Mahnschreiben zu antworten, wie die APA aus Kommissionskreisen erfuhr.", True, [("duration", 2, "month", None)], None),
    ("de", "Gegen Österreich sind derzeit 47 solche Verfahren anhängig, mehr als gegen Deutschland oder Dänemark.", True, [("count", 47, None, None)], None),
    # --- Inflation im Dezember (APA) ---
    ("de", "Wien (APA) - Die Inflationsrate ist im Dezember auf 3,6 Prozent gestiegen, nach 3,3 Prozent im November.", True, [("percent", 3.6, "%", None), ("percent", 3.3, "%", None)], None),
    ("de", "Im Jahresdurchschnitt 2025 lag die Teuerung bei 3,5 Prozent, teilte die Statistik Austria am Mittwoch mit.", True, [("year", 2025, None, None), ("percent", 3.5, "%", None)], "die Statistik Austria"),
    ("de", "Hauptpreistreiber blieben die Haushaltsenergie mit einem Plus von 19,4 Prozent sowie Bewirtung und Beherbergung mit 5,8 Prozent.", True, [("percent", 19.4, "%", None), ("percent", 5.8, "%", None)], None),
    ("de", "Ein kleiner Brauner kostete in der Gastronomie im Schnitt 3,60 Euro, um 22 Cent mehr als ein Jahr zuvor.", True, [("money", 3.6, "EUR", None), ("money", 0.22, "EUR", None)], None),
    ("de", "Die Teuerung in Österreich ist damit fast doppelt so hoch wie im Schnitt der Eurozone mit 2,0 Prozent.", True, [("count", 2, "times", "nearly"), ("percent", 2.0, "%", None)], None),
    ("de", "„Für viele Haushalte ist das eine bittere Nachricht“, sagte Statistik-Austria-Generaldirektor Tobias Hinterleitner.", False, [], None),
    ("de", "Wirtschaftsforscher erwarten für die kommenden Monate eine allmähliche Beruhigung.", False, [], None),
    # --- Arbeitsmarkt Mitte Jänner (APA) ---
    ("de", "Wien (APA) - Die Arbeitslosigkeit in Österreich ist Mitte Jänner auf den höchsten Stand seit 2021 gestiegen, wie die APA aus dem Arbeitsministerium erfuhr.", True, [("year", 2021, None, None)], None),
    ("de", "Zum Stichtag waren 428.310 Personen arbeitslos oder in Schulung, um 21.560 mehr als ein Jahr zuvor.", True, [("count", 428310, None, None), ("count", 21560, None, None)], None),
    ("de", "Besonders betroffen sei die Bauwirtschaft, wo die Arbeitslosigkeit witterungsbedingt um 14 Prozent zugelegt habe, sagte AMS-Chef Bernhard Leitgeb der APA.", True, [("percent", 14, "%", None)], "Bernhard Leitgeb"),
    ("de", "Beim AMS waren zuletzt knapp 68.000 sofort verfügbare offene Stellen gemeldet.", True, [("count", 68000, None, "nearly")], None),
    ("de", "Bei den Lehrstellensuchenden gab es ein leichtes Plus von 3,1 Prozent auf 9.874.", True, [("percent", 3.1, "%", None), ("count", 9874, None, None)], None),
    ("de", "„Eine Trendwende ist nicht vor dem Sommer in Sicht“, so Leitgeb.", False, [], None),
    # --- Wiener Börse (APA) ---
    ("de", "Wien (APA) - Die Wiener Börse hat am Mittwoch mit Verlusten geschlossen, der Leitindex ATX fiel um 0,74 Prozent auf 4.418,62 Punkte.", True, [("percent", 0.74, "%", None), ("count", 4418.62, None, None)], None),
    ("de", "Der breiter gefasste ATX Prime gab um 0,69 Prozent auf 2.201,35 Zähler nach.", True, [("percent", 0.69, "%", None), ("count", 2201.35, None, None)], None),
    ("de", "Unter Druck standen vor allem Bankwerte: Erste Group verbilligten sich um 2,1 Prozent auf 78,40 Euro, Raiffeisen Bank International um 1,8 Prozent.", True, [("percent", 2.1, "%", None), ("money", 78.4, "EUR", None), ("percent", 1.8, "%", None)], None),
    ("de", "Die Papiere der Murtaler Stahl AG legten nach Vorlage von Quartalszahlen dagegen um 4,6 Prozent zu.", True, [("percent", 4.6, "%", None)], None),
    ("de", "Händler sprachen von einem nervösen Geschäft vor der Zinsentscheidung der Europäischen Zentralbank.", False, [], None),
    ("de", "Der Euro notierte am späten Nachmittag bei 1,1712 US-Dollar.", True, [("money", 1.1712, "USD", None)], None),
    # --- Murtaler Stahl (APA) ---
    ("de", "Leoben (APA) - Der steirische Stahlkonzern Murtaler Stahl AG hat in den ersten drei Quartalen seines Geschäftsjahres 2025/26 einen Umsatz von 3,86 Mrd. Euro erzielt, um 7,2 Prozent weniger als im Vorjahreszeitraum.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("year", 2025, None, None), ("year", 2026, None, None), ("money", 3860000000, "EUR", None), ("percent", 7.2, "%", None)], None),
    ("de", "Das operative Ergebnis (EBIT) brach um fast ein Drittel auf 212 Mio. Euro ein.", True, [("fraction", 0.3333, None, "nearly"), ("money", 212000000, "EUR", None)], None),
    ("de", "Bis Ende 2027 sollen weitere 650 Stellen wegfallen, rund 400 davon in Österreich, kündigte Vorstandschef Gerald Pirker an.", True, [("year", 2027, None, None), ("count", 650, None, None), ("count", 400, None, "about")], None),
    ("de", "Derzeit beschäftigt die Gruppe weltweit 11.940 Mitarbeiterinnen und Mitarbeiter an 38 Standorten.", True, [("count", 11940, None, None), ("count", 38, None, None)], None),
    ("de", "Die Prognose für das Gesamtjahr wurde bestätigt, das EBIT soll zwischen 260 und 300 Mio. Euro liegen.", True, [("money", 260000000, "EUR", None), ("money", 300000000, "EUR", None)], None),
    ("de", "„Die Lage in der europäischen Stahlindustrie ist so dramatisch wie seit Jahrzehnten nicht“, sagte Pirker.", False, [], None),
    ("de", "Der Betriebsrat kündigte entschiedenen Widerstand gegen den Abbau an.", False, [], None),
    # --- Firmenpleiten (APA) ---
    ("de", "Wien (APA) - Die Zahl der Firmenpleiten in Österreich ist im Vorjahr um 4,3 Prozent auf 6.912 gestiegen, geht aus der Hochrechnung des Kreditschutzverbands KSV1870 hervor.", True, [("percent", 4.3, "%", None), ("count", 6912, None, None)], None),
    ("de", "Die Passiva summierten sich auf rund 4,1 Milliarden Euro, nach 18,9 Milliarden Euro im Jahr 2024, als die Pleiten des Signa-Konglomerats die Statistik verzerrten.", True, [("money", 4100000000, "EUR", "about"), ("money", 18900000000, "EUR", None), ("year", 2024, None, None)], None),
    ("de", "Betroffen waren rund 15.300 Beschäftigte.", True, [("count", 15300, None, "about")], None),
    ("de", "Am häufigsten schlitterten Betriebe aus Bau, Handel und Gastronomie in die Insolvenz.", True, [], None),
    ("de", "Jedes vierte insolvente Unternehmen war jünger als drei Jahre, sagte KSV-Insolvenzexpertin Sonja Mairhofer.", True, [("fraction", 0.25, None, None), ("duration", 3, "year", "under")], "Sonja Mairhofer"),
    ("de", "Für heuer erwartet der KSV keine Entspannung.", False, [], None),
    # --- Pensionsantrittsalter (APA) ---
    ("de", "Wien (APA) - Das durchschnittliche Pensionsantrittsalter ist im Vorjahr auf 61,8 Jahre gestiegen, teilte der Dachverband der Sozialversicherungsträger mit.", True, [("duration", 61.8, "year", None)], "der Dachverband der Sozialversicherungsträger"),
    ("de", "Männer gingen im Schnitt mit 62,9 Jahren in Pension, Frauen mit 60,7 Jahren.", True, [("duration", 62.9, "year", None), ("duration", 60.7, "year", None)], None),
    ("de", "Seit 2024 wird das gesetzliche Antrittsalter der Frauen jährlich um ein halbes Jahr angehoben, bis es 2033 mit 65 Jahren jenes der Männer erreicht.", True, [("year", 2024, None, None), ("duration", 0.5, "year", None), ("year", 2033, None, None), ("duration", 65, "year", None)], None),
    ("de", "Ende Dezember bezogen rund 2,56 Millionen Pensionistinnen und Pensionisten eine Leistung.", True, [("count", 2560000, None, "about")], None),
    ("de", "Der Seniorenrat begrüßte die Entwicklung, warnte aber vor Einschnitten bei der Korridorpension.", False, [], None),
    # --- Tödlicher Unfall auf der B4 (APA) ---
    ("de", "St. Pölten (APA) - Zwei Tote und drei Schwerverletzte hat am Dienstagabend ein Frontalzusammenstoß auf der B4 bei Horn gefordert.", True, [("count", 2, None, None), ("count", 3, None, None)], None),
    ("de", "Ein 23-jähriger Lenker war nach Angaben der Polizei auf schneeglatter Fahrbahn ins Schleudern und auf die Gegenfahrbahn geraten.", True, [("duration", 23, "year", None)], "die Polizei"),
    ("de", "Für den 23-Jährigen und seine 21-jährige Beifahrerin kam jede Hilfe zu spät.", True, [("duration", 23, "year", None), ("duration", 21, "year", None)], None),
    ("de", "Die drei Insassen des entgegenkommenden Wagens wurden mit dem Notarzthubschrauber „Christophorus 2“ und mit der Rettung ins Spital gebracht.", True, [("count", 3, None, None)], None),
    ("de", "Die B4 war für rund drei Stunden gesperrt.", True, [("duration", 3, "hour", "about")], None),
    ("de", "Seit Jahresbeginn sind auf Niederösterreichs Straßen damit bereits neun Menschen ums Leben gekommen, im Vorjahreszeitraum waren es sechs.", True, [("count", 9, None, None), ("count", 6, None, None)], None),
    # --- Einbruchsserie geklärt (APA) ---
    ("de", "Wien (APA) - Die Wiener Polizei hat eine Einbrecherbande ausgeforscht, der mehr als 80 Wohnungseinbrüche in Wien und Niederösterreich zur Last gelegt werden.", True, [("count", 80, None, "over")], None),
    ("de", "Vier Verdächtige im Alter von 19 bis 34 Jahren wurden festgenommen, teilte die Landespolizeidirektion Wien am Mittwoch mit.", True, [("count", 4, None, None), ("duration", 19, "year", None), ("duration", 34, "year", None)], "die Landespolizeidirektion Wien"),
    ("de", "Der Schaden wird auf mehr als 600.000 Euro geschätzt.", True, [("money", 600000, "EUR", "over")], None),
    ("de", "Bei Hausdurchsuchungen stellten die Ermittler Schmuck, Bargeld und elf hochwertige Uhren sicher.", True, [("count", 11, None, None)], None),
    ("de", "Die Beschuldigten sind teilweise geständig und sitzen in der Justizanstalt Josefstadt in U-Haft.", True, [], None),
    ("de", "Für die Verdächtigen gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Die Polizei rät, die Wohnungstür auch bei kurzer Abwesenheit stets abzusperren.", False, [], None),
    # --- Betrugsprozess in Linz (APA) ---
    ("de", "Linz (APA) - Ein 52-jähriger ehemaliger Vermögensberater ist am Mittwoch am Landesgericht Linz wegen schweren gewerbsmäßigen Betrugs zu viereinhalb Jahren Haft verurteilt worden.", True, [("duration", 52, "year", None), ("duration", 4.5, "year", None)], None),
    ("de", "Laut Anklage lockte er von 2016 bis 2023 insgesamt 37 Anlegerinnen und Anlegern rund 2,9 Millionen Euro heraus.", True, [("year", 2016, None, None), ("year", 2023, None, None), ("count", 37, None, None), ("money", 2900000, "EUR", "about")], None),
    ("de", "Der Großteil des Geldes floss in Sportwetten und Luxusreisen.", True, [], None),
    ("de", "Den Geschädigten muss er zudem rund 1,4 Millionen Euro zurückzahlen.", True, [("money", 1400000, "EUR", "about")], None),
    ("de", "Der Verteidiger meldete noch im Saal Berufung an, die Entscheidung ist somit nicht rechtskräftig.", True, [], None),
    ("de", "„Ich habe mich selbst belogen“, sagte der Angeklagte in seinem Schlusswort.", False, [], None),
    # --- Wetter: Schnee im Süden, Kälte im Norden (APA) ---
    ("de", "Wien (APA) - Ein Tief über Oberitalien bringt ab Donnerstag kräftigen Schneefall in den Süden Österreichs, die GeoSphere Austria hat für Teile Kärntens und Osttirols Warnungen der Stufe Orange ausgegeben.", True, [], None),
    ("de", "Oberhalb von 600 Metern werden bis Freitagabend 40 bis 70 Zentimeter Neuschnee erwartet, in Staulagen der Karnischen Alpen bis zu einem Meter.", True, [("count", 600, None, None), ("count", 40, None, None), ("count", 70, None, None), ("count", 1, None, "up_to")], None),
    ("de", "Im Norden und Osten bleibt es mit Tiefstwerten zwischen minus zwölf und minus vier Grad eisig.", True, [("count", -12, None, None), ("count", -4, None, None)], None),
    ("de", "In Zwettl wurden in der Nacht auf Mittwoch minus 21,4 Grad gemessen, der tiefste Wert dieses Winters.", True, [("count", -21.4, None, None)], None),
    ("de", "Schwere Lkw dürfen den Plöckenpass und den Wurzenpass bis auf Weiteres nicht befahren.", True, [], None),
    ("de", "Die Asfinag ersucht Lenkerinnen und Lenker, nur mit Winterausrüstung unterwegs zu sein.", False, [], None),
    ("de", "Die Meteorologen rechnen auch am Wochenende mit unbeständigem Wetter.", False, [], None),
    # --- Brand in Graz-Gries (APA) ---
    ("de", "Graz (APA) - Bei einem Brand in einem Mehrparteienhaus in Graz-Gries sind in der Nacht auf Mittwoch 14 Bewohner verletzt worden, zwei von ihnen schwer.", True, [("count", 14, None, None), ("count", 2, None, None)], None),
    ("de", "Unter den Schwerverletzten ist ein fünfjähriger Bub.", True, [("duration", 5, "year", None)], None),
    ("de", "Die Berufsfeuerwehr war mit 46 Einsatzkräften und elf Fahrzeugen vor Ort und brachte sechs Menschen über die Drehleiter aus Wohnungen im dritten und vierten Stock in Sicherheit.", True, [("count", 46, None, None), ("count", 11, None, None), ("count", 6, None, None), ("ordinal", 3, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Das Feuer war gegen 2.40 Uhr in einem Kellerabteil ausgebrochen, zur Ursache ermittelt das Landeskriminalamt.", True, [], None),
    ("de", "Das Haus ist vorerst unbewohnbar, die 31 Bewohnerinnen und Bewohner kamen bei Verwandten und in einem Notquartier der Stadt unter.", True, [("count", 31, None, None)], None),
    # --- Salzburger Festspiele (APA) ---
    ("de", "Salzburg (APA) - Die Salzburger Festspiele haben für den Sommer 2026 bereits mehr als 180.000 Karten verkauft, um neun Prozent mehr als zum selben Zeitpunkt des Vorjahres.", True, [("year", 2026, None, None), ("count", 180000, None, "over"), ("percent", 9, "%", None)], None),
    ("de", "Von 17. Juli bis 30. August stehen 174 Vorstellungen an 16 Spielstätten auf dem Programm.", True, [("date", "--07-17", None, None), ("date", "--08-30", None, None), ("count", 174, None, None), ("count", 16, None, None)], None),
    ("de", "Das Budget beträgt 71,5 Millionen Euro, drei Viertel davon werden aus Kartenerlösen und Sponsoring gedeckt, sagte Präsidentin Annelies Fürstauer bei der Programmpräsentation.", True, [("money", 71500000, "EUR", None), ("fraction", 0.75, None, None)], "Annelies Fürstauer"),
    ("de", "Die teuerste Karte kostet heuer 475 Euro, die günstigste 5 Euro.", True, [("money", 475, "EUR", None), ("money", 5, "EUR", None)], None),
    ("de", "Der „Jedermann“ wird heuer zum 106. Mal auf dem Domplatz gespielt.", True, [("ordinal", 106, None, None)], None),
    ("de", "„Wir wollen ein Festival für alle sein, nicht nur für ein Fachpublikum“, sagte Fürstauer.", False, [], None),
    # --- Bundesmuseen (APA) ---
    ("de", "Wien (APA) - Die Bundesmuseen haben im Vorjahr mit zusammen 5,38 Millionen Besuchen einen Rekord verzeichnet.", True, [("count", 5380000, None, None)], None),
    ("de", "Meistbesuchtes Haus war erneut das Kunsthistorische Museum mit 1,94 Millionen Besuchen vor der Albertina mit 1,12 Millionen.", True, [("count", 1940000, None, None), ("count", 1120000, None, None)], None),
    ("de", "Rund 60 Prozent der Gäste kamen aus dem Ausland, teilte das Kulturministerium mit.", True, [("percent", 60, "%", "about")], "das Kulturministerium"),
    ("de", "Kinder und Jugendliche unter 19 Jahren haben in allen Bundesmuseen weiterhin freien Eintritt.", True, [("duration", 19, "year", "under")], None),
    ("de", "Für Erwachsene kostet der Eintritt in den meisten Häusern inzwischen 21 bis 24 Euro.", True, [("money", 21, "EUR", None), ("money", 24, "EUR", None)], None),
    # --- Österreichischer Filmpreis (APA) ---
    ("de", "Wien (APA) - Das Drama „Die stille Grenze“ von Regisseurin Miriam Kogler geht mit elf Nominierungen als Favorit ins Rennen um den Österreichischen Filmpreis.", True, [("count", 11, None, None)], None),
    ("de", "Die Preise werden am 26. Februar in Grafenegg vergeben.", True, [("date", "--02-26", None, None)], None),
    ("de", "Der Film hatte im Vorjahr knapp 94.000 Kinobesucher in Österreich und war damit der erfolgreichste heimische Kinofilm des Jahres.", True, [("count", 94000, None, "nearly")], None),
    ("de", "Die Kritik lobte vor allem die Kameraarbeit und das Spiel der Hauptdarstellerin.", False, [], None),
    # --- Nachtslalom in Flachau (APA) ---
    ("de", "Flachau (APA) - Katharina Zottl hat am Dienstagabend den Nachtslalom von Flachau gewonnen und ist damit die erste Salzburgerin seit 2015, die vor Heimpublikum siegt.", True, [("ordinal", 1, None, None), ("year", 2015, None, None)], None),
    ("de", "Die 24-Jährige lag nach zwei Durchgängen 0,17 Sekunden vor der Schweizerin Noémie Baud und 42 Hundertstel vor der Schwedin Elin Sundqvist.", True, [("duration", 24, "year", None), ("count", 2, None, None), ("duration", 0.17, "second", None), ("duration", 0.42, "second", None)], None),
    ("de", "Für Zottl war es der dritte Weltcupsieg ihrer Karriere, der erste in dieser Saison.", True, [("ordinal", 3, None, None), ("ordinal", 1, None, None)], None),
    ("de", "Rund 12.500 Zuschauer verfolgten das Rennen im Zielstadion.", True, [("count", 12500, None, "about")], None),
    ("de", "Im Slalomweltcup ist Zottl mit 385 Punkten nun Zweite, 48 Zähler hinter Baud.", True, [("count", 385, None, None), ("ordinal", 2, None, None), ("count", 48, None, None)], None),
    ("de", "„Ich habe keine Worte, das ist ein Traum“, sagte Zottl im ORF-Interview.", False, [], None),
    # --- Sturm verkauft Marić (APA) ---
    ("de", "Graz (APA) - Fußball-Meister Sturm Graz hat Stürmer Luka Marić um eine kolportierte Ablöse von zwölf Millionen Euro an den italienischen Erstligisten Udinese verkauft.", True, [("money", 12000000, "EUR", None)], None),
    ("de", "Es ist der höchste Transfererlös in der Vereinsgeschichte.", True, [], None),
    ("de", "Der 22-jährige Kroate war im Sommer 2024 um 1,5 Millionen Euro von Hajduk Split nach Graz gewechselt und erzielte in 61 Pflichtspielen 29 Tore.", True, [("duration", 22, "year", None), ("year", 2024, None, None), ("money", 1500000, "EUR", None), ("count", 61, None, None), ("count", 29, None, None)], None),
    ("de", "In Udine unterschrieb er einen Vertrag bis Juni 2030.", True, [("year", 2030, None, None)], None),
    ("de", "„Luka hat sich diesen Schritt verdient“, sagte Sportdirektor Heimo Tatzl.", False, [], None),
    ("de", "Die Bundesliga startet am 7. Februar mit der 19. Runde ins Frühjahr.", True, [("date", "--02-07", None, None), ("ordinal", 19, None, None)], None),
    # --- Australian Open (APA) ---
    ("de", "Melbourne (APA) - Der Steirer Jakob Pernthaler ist bei den Australian Open in der zweiten Runde ausgeschieden: Er unterlag dem an Nummer sieben gesetzten US-Amerikaner Cole Whitaker.", True, [("ordinal", 2, None, None), ("ordinal", 7, None, None)], None),
    ("de", "Pernthaler verlor nach 3:12 Stunden 6:4, 3:6, 6:7 (5), 4:6.", True, [("duration", 3, "hour", None), ("duration", 12, "minute", None)], None),
    ("de", "Für den Einzug in die zweite Runde erhält er ein Preisgeld von 158.000 australischen Dollar.", True, [("ordinal", 2, None, None), ("money", 158000, "AUD", None)], None),
    # --- Neandertaler im Toten Gebirge (APA) ---
    ("de", "Wien (APA) - Forschende der Universität Wien haben in einer Höhle im Toten Gebirge Spuren von Neandertalern entdeckt, die rund 60.000 Jahre alt sind.", True, [("duration", 60000, "year", "about")], None),
    ("de", "Die Studie mit 14 Autorinnen und Autoren aus fünf Ländern erschien im Fachjournal „Nature Ecology & Evolution“.", True, [("count", 14, None, None), ("count", 5, None, None)], None),
    ("de", "Gefunden wurden unter anderem 212 Steinwerkzeuge sowie Tierknochen mit Schnittspuren, sagte Studienleiterin Verena Lanzinger der APA.", True, [("count", 212, None, None)], "Verena Lanzinger"),
    ("de", "Es handle sich um den bisher ältesten Nachweis von Menschen in dieser Höhenlage der Ostalpen, hieß es in einer Aussendung der Universität.", True, [], None),
    ("de", "Die Höhle liegt auf 1.720 Metern Seehöhe im Gemeindegebiet von Grünau im Almtal.", True, [("count", 1720, None, None)], None),
    # --- Zentralmatura (APA) ---
    ("de", "Wien (APA) - Für die heurige Zentralmatura haben sich österreichweit 43.812 Schülerinnen und Schüler angemeldet, um 2,4 Prozent mehr als im Vorjahr.", True, [("count", 43812, None, None), ("percent", 2.4, "%", None)], None),
    ("de", "Die schriftlichen Klausuren beginnen am 4. Mai mit Deutsch.", True, [("date", "--05-04", None, None)], None),
    ("de", "Im Vorjahr hatten 11,6 Prozent der Kandidatinnen und Kandidaten die Mathematik-Klausur nicht bestanden, teilte das Bildungsministerium mit.", True, [("percent", 11.6, "%", None)], "das Bildungsministerium"),
    ("de", "Die Bundesschulsprecherin nannte den Druck vor der Matura „völlig unnötig“.", False, [], None),
    # --- Asylanträge (APA) ---
    ("de", "Wien (APA) - Die Zahl der Asylanträge in Österreich ist im Vorjahr um 31 Prozent auf 17.940 gesunken, teilte das Innenministerium am Mittwoch mit.", True, [("percent", 31, "%", None), ("count", 17940, None, None)], "das Innenministerium"),
    ("de", "Die meisten Anträge stellten Menschen aus Syrien und Afghanistan, zusammen knapp die Hälfte.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "In der Grundversorgung befanden sich Ende Dezember 58.300 Personen.", True, [("count", 58300, None, None)], None),
    ("de", "Innenminister Bernhard Kaltenegger sprach von einem „klaren Erfolg der konsequenten Linie“.", False, [], None),
    # --- Opernball (APA) ---
    ("de", "Wien (APA) - Der 69. Wiener Opernball am 12. Februar ist ausverkauft, teilte die Staatsoper am Mittwoch mit.", True, [("ordinal", 69, None, None), ("date", "--02-12", None, None)], "die Staatsoper"),
    ("de", "Eine Eintrittskarte kostet heuer 395 Euro, für eine Loge im ersten Rang sind bis zu 26.000 Euro zu bezahlen.", True, [("money", 395, "EUR", None), ("ordinal", 1, None, None), ("money", 26000, "EUR", "up_to")], None),
    ("de", "Erwartet werden rund 5.150 Gäste, das Eröffnungskomitee bilden 144 Debütantenpaare.", True, [("count", 5150, None, "about"), ("count", 144, None, None)], None),
    ("de", "Der Umbau des Zuschauerraums zum Ballsaal dauert rund 30 Stunden, daran sind etwa 500 Arbeiterinnen und Arbeiter beteiligt.", True, [("duration", 30, "hour", "about"), ("count", 500, None, "about")], None),
    ("de", "Kritik an den Preisen wies Ballorganisatorin Sophie Lederer als „unangebracht“ zurück.", False, [], None),
    # --- ÖBB-Bilanz (APA) ---
    ("de", "Wien (APA) - Die ÖBB haben im Vorjahr mit 512 Millionen Fahrgästen im Personenverkehr einen Rekord erzielt, um 4,1 Prozent mehr als 2024.", True, [("count", 512000000, None, None), ("percent", 4.1, "%", None), ("year", 2024, None, None)], None),
    ("de", "Die Pünktlichkeit lag im Nahverkehr bei 95,8 Prozent, im Fernverkehr bei 81,3 Prozent.", True, [("percent", 95.8, "%", None), ("percent", 81.3, "%", None)], None),
    ("de", "Ein Zug gilt bei den ÖBB als pünktlich, wenn er weniger als fünf Minuten und 59 Sekunden Verspätung hat.", True, [("duration", 5, "minute", "under"), ("duration", 59, "second", None)], None),
    ("de", "Ende Dezember besaßen 286.400 Menschen ein Klimaticket, sagte ÖBB-Personenverkehrsvorständin Lisa Haberfellner der APA.", True, [("count", 286400, None, None)], "Lisa Haberfellner"),
    ("de", "Heuer investiert der Konzern 3,9 Milliarden Euro in Schiene und Bahnhöfe.", True, [("money", 3900000000, "EUR", None)], None),
    # --- Nächtigungen 2025 (APA) ---
    ("de", "Wien (APA) - Die heimischen Beherbergungsbetriebe haben 2025 rund 157,8 Millionen Nächtigungen verbucht, so viele wie nie zuvor.", True, [("year", 2025, None, None), ("count", 157800000, None, "about")], None),
    ("de", "Das ist ein Plus von 1,9 Prozent zum Jahr davor und von 3,4 Prozent zum Vor-Corona-Jahr 2019, teilte die Statistik Austria mit.", True, [("percent", 1.9, "%", None), ("percent", 3.4, "%", None), ("year", 2019, None, None)], "die Statistik Austria"),
    ("de", "Gäste aus Deutschland sorgten mit 58,6 Millionen Nächtigungen für mehr als ein Drittel des Gesamtvolumens.", True, [("count", 58600000, None, None), ("fraction", 0.3333, None, "over")], None),
    ("de", "Die durchschnittliche Aufenthaltsdauer sank auf 3,2 Nächte.", True, [("count", 3.2, None, None)], None),
    ("de", "Tourismusstaatssekretärin Ulrike Steinbacher sprach von einem „Jahr der Superlative“.", False, [], None),
    # --- Grippewelle in Salzburg (APA) ---
    ("de", "Salzburg (APA) - Wegen der Grippewelle verschieben die Salzburger Landeskliniken derzeit rund 90 planbare Operationen pro Woche.", True, [("count", 90, None, "about")], None),
    ("de", "In den Spitälern des Landes lagen am Mittwoch 214 Patientinnen und Patienten mit Influenza, 19 davon auf Intensivstationen.", True, [("count", 214, None, None), ("count", 19, None, None)], None),
    ("de", "Die Zahl der gemeldeten Grippefälle habe sich binnen zwei Wochen mehr als verdreifacht, sagte Landessanitätsdirektor Rupert Egger.", True, [("duration", 2, "week", None)], "Rupert Egger"),
    ("de", "Besuche sind bis auf Weiteres auf höchstens zwei Personen pro Tag beschränkt.", True, [("count", 2, None, "at_most")], None),
    ("de", "Die Ärztekammer warnte vor einer Überlastung des Personals.", False, [], None),
    # --- Wohnbauförderung in Niederösterreich (APA) ---
    ("de", "St. Pölten (APA) - Die niederösterreichische Landesregierung hat am Dienstag eine Ausweitung der Wohnbauförderung für junge Familien beschlossen.", True, [], None),
    ("de", "Paare unter 35 Jahren erhalten beim Kauf des ersten Eigenheims künftig ein zinsloses Darlehen von bis zu 60.000 Euro mit 25 Jahren Laufzeit.", True, [("duration", 35, "year", "under"), ("ordinal", 1, None, None), ("money", 60000, "EUR", "up_to"), ("duration", 25, "year", None)], None),
    ("de", "Im Vorjahr wurden 4.126 Förderanträge bewilligt, um ein Viertel weniger als 2022.", True, [("count", 4126, None, None), ("fraction", 0.25, None, None), ("year", 2022, None, None)], None),
    ("de", "Die Grünen kritisierten, das Modell fördere die Zersiedelung des Landes.", False, [], None),
    ("de", "(Schluss)", False, [], None),
    # === English (Reuters, AFP) ===
    # --- Austrian inflation (Reuters) ---
    ("en", "VIENNA, Jan 21 (Reuters) - Austrian inflation rose to 3.6% in December from 3.3% in November, driven by higher household energy prices, Statistics Austria said on Wednesday.", True, [("date", "--01-21", None, None), ("percent", 3.6, "%", None), ("percent", 3.3, "%", None)], "Statistics Austria"),
    ("en", "That compares with euro zone inflation of 2.0% in the same month.", True, [("percent", 2.0, "%", None)], None),
    ("en", "Austria's inflation rate has been among the highest in the 21-member currency bloc for most of the past two years.", True, [("count", 21, None, None), ("duration", 2, "year", None)], None),
    ("en", "The government aims to bring inflation down to about 2% by the end of 2026.", True, [("percent", 2, "%", "about"), ("year", 2026, None, None)], None),
    ("en", "\"The numbers are disappointing, but not surprising,\" a finance ministry spokesman said.", False, [], None),
    # --- Murtaler Stahl (Reuters) ---
    ("en", "VIENNA, Jan 21 (Reuters) - Austrian steelmaker Murtaler Stahl will cut another 650 jobs by the end of 2027 after its nine-month operating profit fell by almost a third, it said on Wednesday.", True, [("date", "--01-21", None, None), ("count", 650, None, None), ("year", 2027, None, None), ("duration", 9, "month", None), ("fraction", 0.3333, None, "nearly")], None),
    ("en", "Shares in the company rose 4.6% by 1430 GMT, while Vienna's blue-chip ATX index was down 0.7%.", True, [("percent", 4.6, "%", None), ("percent", 0.7, "%", None)], None),
    ("en", "Chief Executive Gerald Pirker told Reuters that U.S. tariffs of 50% on steel had cost the group about 40 million euros in lost sales last year.", True, [("percent", 50, "%", None), ("money", 40000000, "EUR", "about")], "Gerald Pirker"),
    ("en", "The group employs just under 12,000 people, more than half of them in Austria.", True, [("count", 12000, None, "under"), ("fraction", 0.5, None, "over")], None),
    ("en", "(Reporting by Alexandra Kainz; Editing by Tom Hebden)", False, [], None),
    # --- Hungarian rates (Reuters) ---
    ("en", "BUDAPEST, Jan 20 (Reuters) - Hungary's central bank kept its base rate at 6.50% on Tuesday for a 16th straight month, as forecast by all 14 analysts in a Reuters poll.", True, [("date", "--01-20", None, None), ("percent", 6.5, "%", None), ("ordinal", 16, None, None), ("count", 14, None, None)], None),
    ("en", "Annual inflation slowed to 4.1% in December but remained above the bank's 3% target.", True, [("percent", 4.1, "%", None), ("percent", 3, "%", None)], None),
    ("en", "The forint firmed 0.3% to 384.60 per euro after the decision.", True, [("percent", 0.3, "%", None), ("money", 384.6, "HUF", None)], None),
    ("en", "Deputy Governor Ákos Vértesi told reporters the bank saw no room for rate cuts before the second quarter.", True, [("ordinal", 2, None, None)], "Ákos Vértesi"),
    ("en", "Analysts said the government's spending plans ahead of the election posed a risk to the inflation outlook.", False, [], None),
    # --- Czech budget (Reuters) ---
    ("en", "PRAGUE, Jan 21 (Reuters) - The Czech government approved a 2026 budget on Wednesday with a deficit of 286 billion crowns ($13.6 billion), more than the previous cabinet had planned.", True, [("date", "--01-21", None, None), ("year", 2026, None, None), ("money", 286000000000, "CZK", None), ("money", 13600000000, "USD", None)], None),
    ("en", "The gap equals about 3.2% of gross domestic product, the finance ministry said.", True, [("percent", 3.2, "%", "about")], "the finance ministry"),
    ("en", "Defence spending is set to rise to 2.35% of GDP from 2.0% in 2025.", True, [("percent", 2.35, "%", None), ("percent", 2.0, "%", None), ("year", 2025, None, None)], None),
    ("en", "The lower house is due to hold the first reading of the bill on Feb. 4.", True, [("ordinal", 1, None, None), ("date", "--02-04", None, None)], None),
    ("en", "Opposition leaders called the budget \"reckless\" and \"a bill for our children\".", False, [], None),
    # --- Brenner transit dispute (AFP) ---
    ("en", "INNSBRUCK, Austria (AFP) - Italy and Austria failed on Wednesday to settle a long-running dispute over truck restrictions on the Brenner motorway, one of Europe's busiest Alpine transit routes.", True, [], None),
    ("en", "Some 2.4 million heavy goods vehicles used the Brenner route in 2025, according to the government of Tyrol.", True, [("count", 2400000, None, "about"), ("year", 2025, None, None)], "the government of Tyrol"),
    ("en", "Tyrol limits trucks to around 300 an hour on some mornings and bans most heavy goods traffic at night.", True, [("count", 300, None, "about")], None),
    ("en", "Italy has taken Austria to the EU's Court of Justice, which is expected to rule later this year.", True, [], None),
    ("en", "A 64-kilometre rail tunnel under the pass is due to open in 2032.", True, [("count", 64, None, None), ("year", 2032, None, None)], None),
    ("en", "\"Our people cannot take a single truck more,\" the region's governor told reporters.", False, [], None),
    ("en", "It was not immediately clear whether Rome and Vienna would meet again before the ruling.", False, [], None),
    # --- Flachau slalom (AFP) ---
    ("en", "FLACHAU, Austria (AFP) - Austria's Katharina Zottl won a World Cup night slalom in Flachau on Tuesday, edging Switzerland's Noemie Baud by 0.17 seconds.", True, [("duration", 0.17, "second", None)], None),
    ("en", "It was the 24-year-old's third World Cup win and her first of the season.", True, [("duration", 24, "year", None), ("ordinal", 3, None, None), ("ordinal", 1, None, None)], None),
    ("en", "Sweden's Elin Sundqvist finished third, 0.42sec back.", True, [("ordinal", 3, None, None), ("duration", 0.42, "second", None)], None),
    ("en", "\"The crowd carried me down the hill,\" Zottl said.", False, [], None),
    # --- German economy (Reuters) ---
    ("en", "BERLIN, Jan 21 (Reuters) - Germany's economy shrank 0.1% in 2025, its third straight year without growth, the federal statistics office said on Wednesday.", True, [("date", "--01-21", None, None), ("percent", 0.1, "%", None), ("year", 2025, None, None), ("ordinal", 3, None, None)], "the federal statistics office"),
    ("en", "The government expects growth of 1.0% this year, supported by a 500-billion-euro infrastructure fund.", True, [("percent", 1.0, "%", None), ("money", 500000000000, "EUR", None)], None),
    ("en", "Exports, which account for nearly half of economic output, fell 2.7%.", True, [("fraction", 0.5, None, "nearly"), ("percent", 2.7, "%", None)], None),
    ("en", "\"The recovery is coming, but at a snail's pace,\" said Frank Oehlert, chief economist at Nordlicht Bank.", False, [], None),
    # --- Slovak protests (AFP) ---
    ("en", "BRATISLAVA (AFP) - Tens of thousands of Slovaks rallied across the country on Tuesday in the fourth mass protest against the government since December.", True, [("ordinal", 4, None, None)], None),
    ("en", "About 45,000 people gathered in the capital alone, organisers said.", True, [("count", 45000, None, "about")], "organisers"),
    ("en", "Police put the turnout at 28,000.", True, [("count", 28000, None, None)], None),
    ("en", "Protesters accuse the government of turning Slovakia away from the European Union.", False, [], None),
    # --- Slovenian bear cull (AFP) ---
    ("en", "LJUBLJANA (AFP) - Slovenia's government on Wednesday approved the culling of up to 210 brown bears this year after a series of attacks on people, drawing protests from animal rights groups.", True, [("count", 210, None, "up_to")], None),
    ("en", "The country of just over two million people is home to an estimated 1,100 bears, according to the environment ministry.", True, [("count", 2000000, None, "over"), ("count", 1100, None, "about")], "the environment ministry"),
    ("en", "Eleven people were injured in bear attacks last year, the highest number since records began in 2005.", True, [("count", 11, None, None), ("year", 2005, None, None)], None),
    ("en", "Neighbouring Austria has only a handful of bears, most of them in Carinthia.", True, [], None),
    ("en", "\"Bears are not the problem, people are,\" said a spokeswoman for the group Alpe Wild.", False, [], None),
    # --- Austrian asylum figures (Reuters) ---
    ("en", "VIENNA, Jan 21 (Reuters) - Asylum applications in Austria fell 31% last year to 17,940, the lowest level since 2019, the interior ministry said on Wednesday.", True, [("date", "--01-21", None, None), ("percent", 31, "%", None), ("count", 17940, None, None), ("year", 2019, None, None)], "the interior ministry"),
    ("en", "Austria suspended family reunification for refugees for six months in July, citing pressure on schools.", True, [("duration", 6, "month", None)], None),
]
