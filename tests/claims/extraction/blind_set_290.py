"""Two-hundred-and-ninetieth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, firms and figures are made up
(Hedwig Brammertz, Torsten Eilbracht, Kalvora Pay, Ruprecht Oldenkott, Kerstin Malchow,
Margarethe Ossenkamp, Brenntal Systems, Gernot Hülsmeier, Eckhard Wolframsdorf, Annegret
Wülfing, Valentin Ehrengruber, Haldenrieth & Cie, Cornelius Wettstädt, Bertram Eisenhuth,
Sonnwerk Eberl, Matthias Eberl, Hartwig Brömmelkamp, Jonna Riekhoff, Leopold Vierhaus,
Irmtraud Hasselbeck, Konrad Stellmacher; the unnamed defendants, victims, relatives,
witnesses, gang members, lawyers, activists, collectors, union officials and spokespeople);
judges, prosecutors and office holders of real courts and bodies appear under made-up names
that stand for no real holder, or by their role only ("der Vorsitzende Richter", "die
Richterin", "die Staatsanwältin", "ein Gerichtssprecher", "ein Zollsprecher", "a court
spokeswoman", "a union official"). Real courts, bodies and places (Bundesgerichtshof, its
4. and 5. Strafsenat, Landgericht München I, Landgericht Köln, Landgericht Frankenthal,
Amtsgericht Stuttgart, Landgericht Frankfurt, Landgericht Hamburg, Oberlandesgericht
Dresden, Amtsgericht Magdeburg, Landgericht Nürnberg-Fürth, Landgericht Chemnitz,
Landgericht Mainz, Landgericht Schwerin, Amtsgericht Erfurt, Landgericht Bremen,
Landgericht Kiel, Amtsgericht Saarbrücken, Landgericht Hannover, Landgericht Karlsruhe,
Landgericht Essen, Landgericht Passau, Bundesanwaltschaft, Bundeskriminalamt,
Landeskriminalamt, Bundespolizei, Zoll, Statistisches Bundesamt, Deutscher Richterbund,
Gewerkschaft der Polizei, Deutsche Polizeigewerkschaft, Universität Bochum, Polizeiliche
Kriminalstatistik, Pasing, Ludwigshafen, Rendsburg-Eckernförde, A3, Ecuador, Syrien;
the Federal Court of Justice, the Federal Criminal Police Office (BKA), the federal
prosecutor's office, Bürgerbewegung Finanzwende, the Bundeswehr, Russia's embassy in
Berlin, the Tiergarten district court, Spandau, Heilbronn, Osnabrück, New York, Brazil, and
the datelines' cities) stand for the way wire copy names them; every case, charge, verdict,
sentence, day-fine, sum, age, tally, statistic and quote here is invented, and where a real
figure came to mind (a real national or Berlin crime total, a real clearance rate, a real
share of foreign suspects, a real count of convictions) it was changed.

Its weight: CRIMINAL TRIALS IN GERMANY - indictments, trial days, verdicts, sentences in
years and months, fines in daily rates ("Tagessätze"), appeals, the Bundesgerichtshof,
witnesses' and defendants' ages, police statistics (the hundred-fifty-second batch weighed
police, courts and crime on one day, the hundred-eighty-seventh crime statistics and police
annual reports, the two-hundred-and-thirteenth criminal and civil courts at home, the
two-hundred-and-forty-third police reports and crime news and the two-hundred-and-
forty-eighth international justice and courts abroad, and their decisions are kept) - over
one year in story order (January to December), 41 short stories, the German and English
ones interleaved by month, each told as wire copy runs it (a dateline lead with the charge
or the verdict, the sentence, the sums, the victims and ages, both sides, a quote, the legal
status and the next step). About 65 percent German (dpa with its regional slugs "dpa/lby",
"dpa/lnw", "dpa/lsw", "dpa/bb", "dpa/lhe", "dpa/lno", "dpa/lsn", "dpa/sa", "dpa/lrs",
"dpa/mv", "dpa/th", "dpa/lni"; "Schwurgerichtskammer", "Staatsschutzsenat",
"Verhandlungstage", "Tagessätzen zu je", "Bewährungsstrafe", "Jugendstrafe", "Einziehung",
"Revision", "Berufung", "besondere Schwere der Schuld", „“ quotes): a murder trial in Munich
from its opening to its verdict, a fake-police-officer gang in Cologne, the
Bundesgerichtshof on a fatal street race, online threats against a mayor in Stuttgart,
Berlin's crime statistics, cash-machine bombers in Frankfurt, the national crime
statistics, cocaine in the port of Hamburg, a terror trial in Dresden, a drunk driver in
Magdeburg, a care-service fraud in Nuremberg, the Bundesgerichtshof in Leipzig sending back
a manslaughter case, a cybercrime report in Düsseldorf, a juvenile's knife attack in Mainz,
an arsonist firefighter in Schwerin, incitement in Erfurt, a burglary series in Bremen, a
mayor's breach of trust in Kiel, a police officer on trial in Saarbrücken, tax evasion in
Hanover, darknet dealers in Karlsruhe, a mass brawl in Essen, a smuggler's fatal chase near
Passau, the length of criminal proceedings and New Year's Eve attacks on rescuers in
Potsdam. About 35 percent English (Reuters, AP, AFP on German courts): a payments firm's
finance chief in Frankfurt, arson at a Berlin Christmas market, the Bundesgerichtshof on
emissions software, the crime statistics, an art forger in Munich, a ship's captain in
Hamburg, a cum-ex banker in Bonn, a spy in Duesseldorf, a solar firm's chief indicted in
Munich, a retrial after a hit-and-run, climate activists' day-fines in Berlin, raids on
online hate, a scaffolding collapse near Hanover, a poisoning trial in Leipzig and forged
vaccination certificates. Negatives as such copy has them - about a quarter of the rows:
judges', prosecutors' and ministers' rhetoric in quotes, defendants' and relatives'
feelings, labels („nannte“, „bezeichnete ... als“, „sprach von“, "criticised ... as"),
verdicts with „halten ... für“, warnings and advice naming no measure, an accusation naming
no act, no-comment lines, evasions, open questions and scene colour, each near a
check-worthy row from the same story.

241 rows (156 German, 85 English), 55 negatives (38 German, 17 English), 186 check-worthy
rows of which 20 carry no figure (13 German, 7 English), 328 expected quantities (114
durations - 89 in years, 21 in months, 2 in hours, 1 in weeks, 1 in days -, 101 counts, 37
years, 32 amounts of money - 31 EUR, 1 USD -, 15 percentages - 14 in %, 1 in percentage
points ("pp") -, 11 dates, 10 ordinals, 8 fractions; 3 of them in three negatives, as the
seventeenth batch labels a figure in a negative), 39 checked speakers (26 German, 13
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, feeling, protestation or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-second, two-hundred-and-thirteenth); a quoted or reported statement of fact,
  figure, step or position is check-worthy with its speaker, also in Konjunktiv I
  (hundred-sixtieth). Pairs from one speaker: Ossenkamp's pickpocketing since 2019 beside
  „Berlin ist eine sichere Stadt ...“, Hülsmeier's 58 and 19 bombings beside „billigend in
  Kauf“, Wolframsdorf's third and his 1,000 officers beside „Wir lassen nicht zu ...“ and
  "Hate online is not a trivial offence", Malchow's 5 liters beside "an attack on everyone",
  Ehrengruber's 120 proceedings beside „kein Kavaliersdelikt“, Eisenhuth's 31 percent beside
  „lachen über unsere Zuständigkeitsgrenzen“, Hasselbeck's finding on the motive beside
  „Niemand besitzt einen anderen Menschen“, Stellmacher's 65 released prisoners beside „auf
  dem letzten Loch“, Riekhoff's 200 protests beside "We will not be intimidated" (her age
  labelled). Defendants' and their lawyers' accounts are check-worthy when they admit or deny
  facts (two-hundred-and-thirteenth: Brakelmann's admission, "his client disputed the
  findings"): the care-service owner's admission through her lawyer, "Eberl's lawyers said he
  rejected the accusations" (speaker None, a possessive), while „Ich wollte gebraucht
  werden“, „Ich schäme mich ...“, „Meine Mandantin bereut zutiefst ...“ and the drunk
  driver's apology are protestations and feelings and negatives.
- Legal status and next steps are check-worthy without a figure (fifty-fifth,
  hundred-second, two-hundred-and-thirteenth): „Das Urteil ist noch nicht rechtskräftig.“,
  „Das Urteil ist nicht rechtskräftig, die Staatsanwaltschaft prüft Rechtsmittel.“, "The
  verdict is not yet final.", "The ruling is final and cannot be appealed.", „Die
  Verteidiger kündigten an, Revision beim Bundesgerichtshof einzulegen.“, „Der Verteidiger
  kündigte Revision zum Bundesgerichtshof an.“, "said his client would appeal"; a label
  wrapped round a step does not undo it (two-hundred-and-thirteenth: Leitner-Prack's
  „überzogenen Urteil“): „Sein Anwalt sprach von einem politischen Urteil und kündigte
  Berufung an.“ is check-worthy. Evasions and open questions are negatives
  (two-hundred-and-thirteenth, two-hundred-and-seventy-sixth): „Ob der Angeklagte in
  Revision geht, ließ sein Verteidiger offen.“, „Wann der Prozess neu aufgerollt wird, ist
  noch offen.“, "The court has yet to decide whether to admit the case for trial.", „Ob die
  Gruppe ... muss das Verfahren klären.“, „Welche Rolle jeder Einzelne ... dürfte schwer zu
  klären sein.“, "did not immediately reply when asked to comment". The Bundesgerichtshof's
  rulings (upheld, overturned, sent back) are check-worthy with or without a figure
  (two-hundred-and-thirteenth), „heißt es in dem Beschluss“ unchecked. The penalty a charge
  carries is check-worthy (two-hundred-and-thirteenth): „ihm droht eine lebenslange
  Freiheitsstrafe“ without a figure, „drohen bis zu zehn Jahre Haft“, "faces up to 10 years
  in prison" and "can carry a prison sentence of up to three years" 10 and 3 years "up_to".
  The plea-deal offer (two-hundred-and-thirteenth, „Verständigung“) gives „zwischen vier
  Jahren und vier Jahren und neun Monaten“ as three durations. New: a legal consequence
  stated with its figure is check-worthy - „Mit mehr als 90 Tagessätzen gilt er als
  vorbestraft.“ 90 "over" and „sodass eine Aussetzung der Reststrafe nach 15 Jahren in der
  Regel ausgeschlossen ist“ 15 years - a rule of law that can be checked, not a speculation.
- Sentences are durations as written (two-hundred-and-thirteenth and its sources): „zu
  vier Jahren und zwei Monaten“, "six years and nine months", "one year and 10 months" 1
  year and 10 months (a number word, hundred-thirty-second), "six and a half years" 6.5,
  „fünfeinhalb Jahren“ 5.5, „zu acht und sechseinhalb Jahren Haft“ 8 and 6.5 years (the unit
  written once), „zwischen zwei Jahren und zehn Monaten und fünfeinhalb Jahren“ three
  durations, „für jeweils sieben Jahre und drei Monate“ („jeweils“ no hedge), „einer
  Bewährungsstrafe von 20 Monaten“, "a suspended sentence of 18 months", demands ("Prosecutors
  had sought eight years", „Die Staatsanwältin hatte 150 Tagessätze gefordert, der
  Verteidiger 60.“ counts 150 and 60), a professional ban "for three years"; „lebenslange
  Freiheitsstrafe“, „lebenslanger Haft“, „ohne Bewährung“ and „Bewährungsauflage“ none. New:
  „eine zweijährige Bewährungsstrafe“ is 2 years - the compound adjective as the issue's
  „dreitägige Reise“ -, and „eine Sperrfrist von 14 Monaten für eine neue Fahrerlaubnis“ is
  14 months as a driving ban (two-hundred-and-thirteenth: "banned from driving for 14
  years").
- Day-fines (two-hundred-and-thirteenth: „240 Tagessätzen zu je 45 Euro“): „120 Tagessätzen
  von je 40 Euro“, „90 Tagessätzen zu je 55 Euro“, „150 Tagessätzen zu je 70 Euro“ a count
  and money EUR ("je" no hedge), „Insgesamt muss der Rentner damit 4.800 Euro zahlen.“
  („Insgesamt“ no hedge); English "fines of between 40 and 80 daily rates, with each rate set
  between 15 and 30 euros" counts 40 and 80 and 15 and 30 EUR ("between" no hedge,
  forty-first). Other court money (two-hundred-and-thirteenth): „die Einziehung von knapp
  610.000 Euro“ "nearly", "the confiscation of 11.2 million euros", „15.000 Euro an eine
  gemeinnützige Einrichtung“, "a fine of 270,000 euros", "25,000 euros to the victims'
  families", "up to 250 euros per certificate" "up_to" ("per certificate" none), "150,000
  euros per voyage", "$640,000" USD; „58 Bitcoin“ is a count (a coin the rules give no ISO
  code), while „umgerechnet rund 3,4 Millionen Euro“ is money "about".
- Counts of charges, cases, victims, witnesses and trial days (two-hundred-and-thirteenth):
  „zwölf Verhandlungstage ... 27 Zeugen sowie zwei Sachverständige“, „an 31
  Verhandlungstagen“, „48 Verhandlungstage“, „22 Verhandlungstage“, „drei Verhandlungstage“,
  "16 trial days" (counts, nineteenth and twenty-seventh), „in 43 Fällen“, „Untreue in 22
  Fällen“, „in neun Fällen“, "three counts of attempted murder", "more than 60 witnesses"
  "over", „mindestens 14 Mal“ "at_least" (two-hundred-and-seventy-sixth: „mindestens 27
  Mal“), „mehr als 80.000 Mal“ "over", „zweimal“ 2, „vier der sieben Bars“ 4 and 7, "The
  552-page indictment" 552 (two-hundred-and-thirteenth: „612 Seiten“), "in 11 states",
  police statistics as counts („rund 512.000 Straftaten“ "about", „knapp 5,7 Millionen“
  "nearly", „etwa 2,15 Millionen“ "about", „224.600 Fällen“, „38.950 Fälle“, „auf 1.146“,
  "just under 5.7 million" "under" - two-hundred-and-thirteenth: "just under" -, "about
  225,000 cases", "2,870 knife attacks"). Physical measures are counts
  (two-hundred-and-thirteenth, two-hundred-and-forty-third): „mit mindestens 160 Kilometern
  pro Stunde ..., erlaubt waren 50“ 160 "at_least" and 50, "94 kilometers per hour where 70
  was allowed", „mit bis zu 180 Stundenkilometern“ "up_to", „2,1 Promille“ 2.1 (Promille a
  count), „rund 1,8 Tonnen Kokain“ 1.8 "about", "some 400 kilograms" "about", "about 5 liters
  of gasoline" "about", "the 22-metre scaffold" 22. None: „ein Sturmgewehr“, „ein
  Feuerwehrmann“, „einen Nachbarn“, "One canvas", "One of the colleagues".
- Ages are durations in years (every batch): „einen 41-Jährigen“, „die 36-Jährige“, „ein
  45-jähriger Spediteur“, „Die 49 Jahre alte Inhaberin“, „ein 28 Jahre alter ehemaliger
  Feuerwehrmann“, „im Alter von 24 bis 31 Jahren“ and „im Alter zwischen 21 und 46 Jahren“
  two ages, „im Alter von 23, 26 und 29 Jahren“ three, „Die 30 und 33 Jahre alten Männer“
  two (the unit written once), „Das älteste Opfer war ... 94 Jahre alt.“ and „das jüngste
  Opfer war sechs Jahre alt“ ("älteste", "jüngste" no ordinal, hundred-fifty-second), „heute
  27-Jährigen“ ("heute" no hedge), "A cyclist, 71," (two-hundred-and-thirteenth: "Tomas
  Reinholt, 38,"), "the 53-year-old", "24-year-old Jonna Riekhoff" labelled in a negative;
  „jünger als 21 Jahre“ 21 "under" (two-hundred-and-thirteenth: „älter als 70 Jahre“).
- Other durations: "The trial lasted 94 days" 94 days, "within one week" 1 week (a number
  word, as "one year and one day"), "for about two hours" "about", „weniger als drei
  Stunden“ "under" (as "less than four hours", two-hundred-and-thirteenth), „über sechs
  Jahre hinweg“ 6 years (no hedge, two-hundred-and-thirteenth: „über neun Jahre hinweg“),
  "over nearly two years" 2 years "nearly" ("over" before a span no hedge), "in 18 months",
  „Im Schnitt ... 9,4 Monate“ and „bei 7,1 Monaten“ („Im Schnitt“ no hedge), „Zehn Jahre
  zuvor“ 10 years (two-hundred-and-seventy-sixth: „als noch vor zehn Jahren“). None: „im
  vergangenen Jahr“, „im Vorjahr“, „ein Jahr zuvor“, "a year earlier", "last year", „seit
  vergangenem September“, „im vergangenen Oktober“, „im Frühjahr“, „in der Silvesternacht“,
  „bis Ende März“, „bis Dezember“, „bis Ende Februar“, "through March", "per voyage".
- Ordinals: „Der 4. Strafsenat“ 4, „Der ... 5. Strafsenat“ 5 (two-hundred-and-thirteenth:
  „des 1. Strafsenats“), „Ein dritter Angeklagter“ 3 (hundred-second: "A second
  defendant"), „Am 19. Verhandlungstag“ 19 (two-hundred-and-thirteenth: „Am fünften
  Verhandlungstag“), "on the second day of the trial" 2, "on the first day of the trial" 1,
  "the ninth criminal conviction" 9, "the third espionage conviction" 3, "the 12th such
  coordinated day of action" 12, "for the second year in a row" 2 (hundred-sixtieth: "for a
  third consecutive year"). "chief engineer", "highest", „höchsten Stand“ none.
- Fractions (the issue's "jeder vierte", "ein Drittel"): „Fast jeder dritte
  Tatverdächtige“ 0.3333 "nearly", „um ein Drittel“ 0.3333, „Jede vierte Anzeige“ 0.25, „ein
  Fünftel weniger“ 0.2, „Mehr als die Hälfte“ 0.5 "over", „um fast ein Viertel“ 0.25
  "nearly", "about a quarter" 0.25 "about", "nearly half" 0.5 "nearly"; „fast halbiert“ a
  verb and none (two-hundred-and-forty-fourth: "halve").
- Percentages: „2,8 Prozent weniger“, „um 1,3 Prozentpunkte auf 45,6 Prozent“ 1.3 "pp" and
  45.6 (fifty-seventh), „um gut 7 Prozent“ 7 "over" („gut“, two-hundred-and-seventy-sixth),
  „weniger als 2 Prozent“ "under", „etwa 81 Prozent“ and „Rund 39 Prozent“ "about", "down
  1.9%", "a rise of 4%".
- Years and dates: „seit 2019“, „seit 2020“, „im Mai 2024“, „im Juni 2024“, „im Februar
  2025“, „im November 2024“, „von Oktober 2024 bis März 2025“, „zwischen 2019 und 2023“,
  „zwischen April und August 2024“, „von 58 im Jahr 2022“, „den höchsten Stand seit 2008“,
  „unter dem Niveau von 2015“, „als 2023“, "since October 2023", "between 2012 and 2017",
  "in 2021", "in September 2023", "by 2027", "since 2016" the years; „in der Nacht auf den 9.
  Juni 2025“ 2025-06-09, „am 26. März“ --03-26, „am 29. September“ --09-29 (thirty-ninth);
  Reuters datelines with a day ("FRANKFURT, Jan 20", "KARLSRUHE, Germany, March 3", "BERLIN,
  April 8", "BONN, Germany, June 11", "MUNICH, July 22", "BERLIN, Sept 16", "HANOVER,
  Germany, Nov 5", "KARLSRUHE, Germany, Dec 9") dates without a year; dpa, AP and AFP
  datelines none (seventy-ninth). "COVID-19", "A3" none (identifiers).
- Hedges, only the names in use: „rund“, „Rund“, „etwa“, "about", "About", "some"
  "about"; „knapp“, „fast“, „Fast“, "nearly" "nearly"; „mehr als“, „Mehr als“, „gut“, "more
  than" "over"; „jünger als“, „weniger als“, "just under" "under"; „bis zu“, "up to"
  "up_to"; „mindestens“, "at least" "at_least". No hedge: „insgesamt“, „Insgesamt“, „je“,
  „jeweils“, „Im Schnitt“, „heute“, „zwischen“, "between", "a total of", "alone", "over"
  before a span.
- Speakers, checked only in forms the earlier batches settled: „teilte ein
  Gerichtssprecher mit“ (twice) -> "ein Gerichtssprecher" (hundred-fifty-second); „nach
  Angaben des Gerichts“ -> "das Gericht", „nach Angaben der Staatsanwaltschaft“ -> "die
  Staatsanwaltschaft", „nach Angaben der Polizei“ (twice) -> "die Polizei", „nach Angaben
  der Bundesanwaltschaft“ -> "die Bundesanwaltschaft", „nach Angaben des
  Innenministeriums“ (three times) -> "das Innenministerium", „nach Angaben des Zolls“ ->
  "der Zoll", „nach Angaben der Ermittler“ -> "die Ermittler" (the source in the nominative,
  two-hundred-and-thirteenth); „teilte der Bundesgerichtshof am Mittwoch mit“, „teilte das
  Bundeskriminalamt am Dienstag mit“, „teilte das Landgericht Frankfurt mit“ (the place part
  of the name, as „Bezirksregierung Köln“), „teilte die Staatsanwaltschaft mit“, „teilte der
  Deutsche Richterbund mit“ and the attribution row „Das teilte das Landeskriminalamt am
  Montag bei der Vorstellung seines Lagebilds mit.“ (hundred-thirty-second: „Das teilte die
  Statistik Austria am Mittwoch mit ...“) the source with the weekday and occasion dropped;
  „Polizeipräsidentin Margarethe Ossenkamp sagte, ...“, „Bundesinnenminister Eckhard
  Wolframsdorf sagte, ...“, „LKA-Direktor Bertram Eisenhuth sagte, ...“, „Staatsanwalt
  Leopold Vierhaus sagte, ...“ and „Die Vorsitzende Richterin Irmtraud Hasselbeck sagte,
  ...“ the name (hundred-eightieth, two-hundred-and-thirteenth); „Hülsmeier sagte, ...“,
  „Ehrengruber sagte, ...“ and „Stellmacher sagte, ...“ opening the row. English: the name
  with the role dropped ("Presiding judge Hedwig Brammertz said", "Judge Kerstin Malchow
  said", "Interior Minister Eckhard Wolframsdorf said", "Defence lawyer Cornelius Wettstädt
  said"), "Riekhoff said" opening the row, "Brenntal Systems said" as written
  (hundred-second: "Granite Ridge said"), "the court said" (twice) -> "the court",
  "police said" (twice) -> "police", "according to the prosecution" -> "the prosecution"
  (two-hundred-and-thirteenth); New: "according to the court" (twice) -> "the court" with
  the article, as "according to the prosecution". Left unchecked (None): all negatives, also
  those with a named speaker; „laut Anklage“, „nach der Anklageschrift“, „nach Überzeugung
  der Kammer“, „nach Überzeugung des Gerichts“, „nach Feststellung des Landgerichts“, „nach
  den Feststellungen des Landgerichts“, „heißt es in dem Beschluss“, „wie aus der
  Polizeilichen Kriminalstatistik hervorgeht“, „nach einer Erhebung der Universität
  Bochum“, „nach eigenen Angaben“, „Ein Gerichtssprecher sagte, ...“ (left open),
  „bezifferte die Polizei“, „beziffern die Ermittler“, „kündigte ... an“, "prosecutors
  said", "Prosecutors said", "the court found", "the court heard"-type forms, "the federal
  judges noted", "according to the indictment", "an expert witness told the court", bodies'
  "said" and "according to" in English (the Federal Criminal Police Office (BKA) twice, the
  Federal Court of Justice, "The Duesseldorf higher regional court said", "according to the
  federal prosecutor's office"; two-hundred-and-seventy-sixth), "a court spokeswoman said",
  "Eberl's lawyers said" (a possessive, eighty-third), "official figures showed" and rows
  without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_290 = [
    # --- Mordprozess in München (dpa/lby), Januar ---
    ("de", "München (dpa/lby) - Vor dem Landgericht München I hat am Dienstag der Prozess gegen einen 41-Jährigen begonnen, der seine getrennt lebende Ehefrau mit einem Küchenmesser getötet haben soll.", True, [("duration", 41, "year", None)], None),
    ("de", "Laut Anklage stach der Mann in der Nacht auf den 9. Juni 2025 in einer Wohnung im Stadtteil Pasing mindestens 14 Mal auf die 36-Jährige ein.", True, [("date", "2025-06-09", None, None), ("count", 14, None, "at_least"), ("duration", 36, "year", None)], None),
    ("de", "Die Staatsanwaltschaft wirft ihm Mord aus niedrigen Beweggründen vor, ihm droht eine lebenslange Freiheitsstrafe.", True, [], None),
    ("de", "Die Schwurgerichtskammer hat zunächst zwölf Verhandlungstage bis Ende März angesetzt und 27 Zeugen sowie zwei Sachverständige geladen, teilte ein Gerichtssprecher mit.", True, [("count", 12, None, None), ("count", 27, None, None), ("count", 2, None, None)], "ein Gerichtssprecher"),
    ("de", "„Das war kein Streit, der eskaliert ist, das war eine Hinrichtung“, sagte die Schwester der Getöteten vor dem Gerichtssaal.", False, [], None),
    ("de", "Ein Urteil könnte nach Angaben des Gerichts am 26. März fallen.", True, [("date", "--03-26", None, None)], "das Gericht"),

    # --- Reuters: Ex-Finanzchef eines Zahlungsdienstleisters verurteilt, Januar ---
    ("en", "FRANKFURT, Jan 20 (Reuters) - A Frankfurt court on Tuesday sentenced the former finance chief of payments firm Kalvora Pay to six years and nine months in prison for fraud and market manipulation.", True, [("date", "--01-20", None, None), ("duration", 6, "year", None), ("duration", 9, "month", None)], None),
    ("en", "Presiding judge Hedwig Brammertz said Torsten Eilbracht had inflated the company's revenue by about 1.4 billion euros between 2018 and 2022.", True, [("money", 1400000000, "EUR", "about"), ("year", 2018, None, None), ("year", 2022, None, None)], "Hedwig Brammertz"),
    ("en", "Prosecutors had sought eight years, while the defence had argued for a suspended sentence.", True, [("duration", 8, "year", None)], None),
    ("en", "The 53-year-old, who has been in custody since October 2023, can appeal to the Federal Court of Justice within one week.", True, [("duration", 53, "year", None), ("year", 2023, None, None), ("duration", 1, "week", None)], None),
    ("en", "Investors who lost money in the collapse said the sentence was far too lenient.", False, [], None),
    ("en", "\"My client will fight this verdict all the way,\" defence lawyer Ruprecht Oldenkott told reporters outside the courtroom.", False, [], None),
    ("en", "The trial lasted 94 days and heard more than 60 witnesses, according to the court.", True, [("duration", 94, "day", None), ("count", 60, None, "over")], "the court"),

    # --- Enkeltrick-Bande in Köln (dpa/lnw), Januar ---
    ("de", "Köln (dpa/lnw) - Wegen gewerbsmäßigen Bandenbetrugs hat das Landgericht Köln drei Männer im Alter von 24 bis 31 Jahren zu Haftstrafen zwischen zwei Jahren und zehn Monaten und fünfeinhalb Jahren verurteilt.", True, [("count", 3, None, None), ("duration", 24, "year", None), ("duration", 31, "year", None), ("duration", 2, "year", None), ("duration", 10, "month", None), ("duration", 5.5, "year", None)], None),
    ("de", "Die Bande soll als falsche Polizisten vor allem Seniorinnen und Senioren angerufen und in 43 Fällen Schmuck und Bargeld im Gesamtwert von rund 870.000 Euro erbeutet haben.", True, [("count", 43, None, None), ("money", 870000, "EUR", "about")], None),
    ("de", "Das älteste Opfer war nach Angaben der Staatsanwaltschaft 94 Jahre alt.", True, [("duration", 94, "year", None)], "die Staatsanwaltschaft"),
    ("de", "„Sie haben ausgerechnet das Vertrauen der Alten in die Polizei schamlos ausgenutzt“, sagte der Vorsitzende Richter bei der Urteilsbegründung.", False, [], None),
    ("de", "Das Gericht ordnete zudem die Einziehung von knapp 610.000 Euro an.", True, [("money", 610000, "EUR", "nearly")], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    ("de", "„Ich schäme mich für das, was ich diesen alten Menschen angetan habe“, sagte einer der Angeklagten in seinem letzten Wort.", False, [], None),

    # --- BGH zu tödlichem Autorennen (dpa), Februar ---
    ("de", "Karlsruhe (dpa) - Der Bundesgerichtshof hat den Schuldspruch gegen einen Raser wegen Mordes bestätigt, der bei einem verbotenen Rennen in Ludwigshafen einen unbeteiligten Autofahrer getötet hatte.", True, [], None),
    ("de", "Der 4. Strafsenat verwarf die Revision des heute 27-Jährigen als unbegründet, teilte der Bundesgerichtshof am Mittwoch mit.", True, [("ordinal", 4, None, None), ("duration", 27, "year", None)], "der Bundesgerichtshof"),
    ("de", "Das Landgericht Frankenthal hatte den Mann im Mai 2024 zu einer lebenslangen Freiheitsstrafe verurteilt.", True, [("year", 2024, None, None)], None),
    ("de", "Nach den Feststellungen des Landgerichts war er innerorts mit mindestens 160 Kilometern pro Stunde unterwegs, erlaubt waren 50.", True, [("count", 160, None, "at_least"), ("count", 50, None, None)], None),
    ("de", "Sein Kontrahent in dem Rennen war wegen fahrlässiger Tötung mit drei Jahren und sechs Monaten Gefängnis bestraft worden; sein Urteil ist bereits seit dem vergangenen Herbst rechtskräftig.", True, [("duration", 3, "year", None), ("duration", 6, "month", None)], None),
    ("de", "Die Witwe des Opfers sagte, sie sei erleichtert, dass das Verfahren endlich vorbei sei.", False, [], None),

    # --- AP: Brandanschlag auf Weihnachtsmarkt-Stand, Februar ---
    ("en", "BERLIN (AP) - A Berlin court on Thursday convicted a 33-year-old man of arson and attempted murder for setting fire to a food stall at a Christmas market in the district of Spandau.", True, [("duration", 33, "year", None)], None),
    ("en", "The Berlin state court sentenced him to nine years in prison and ordered him held in a psychiatric hospital first.", True, [("duration", 9, "year", None)], None),
    ("en", "Two stall workers suffered burns and 14 visitors were treated for smoke inhalation, police said at the time.", True, [("count", 2, None, None), ("count", 14, None, None)], "police"),
    ("en", "The man had told investigators he wanted to \"punish the city\", according to the prosecution.", True, [], "the prosecution"),
    ("en", "Judge Kerstin Malchow said the man had poured about 5 liters of gasoline over the stall shortly before the market closed.", True, [("count", 5, None, "about")], "Kerstin Malchow"),
    ("en", "\"This was an attack on everyone who was there that evening,\" Malchow said.", False, [], None),
    ("en", "The verdict is not yet final.", True, [], None),

    # --- Geldstrafe wegen Beleidigung im Netz (dpa/lsw), Februar ---
    ("de", "Stuttgart (dpa/lsw) - Wegen Beleidigung und Bedrohung einer Bürgermeisterin im Internet hat das Amtsgericht Stuttgart einen 58-Jährigen zu 120 Tagessätzen von je 40 Euro verurteilt.", True, [("duration", 58, "year", None), ("count", 120, None, None), ("money", 40, "EUR", None)], None),
    ("de", "Insgesamt muss der Rentner damit 4.800 Euro zahlen.", True, [("money", 4800, "EUR", None)], None),
    ("de", "Der Mann hatte der Kommunalpolitikerin nach der Anklageschrift von Oktober 2024 bis März 2025 mehr als 30 Nachrichten geschickt.", True, [("year", 2024, None, None), ("year", 2025, None, None), ("count", 30, None, "over")], None),
    ("de", "Die Staatsanwältin hatte 150 Tagessätze gefordert, der Verteidiger 60.", True, [("count", 150, None, None), ("count", 60, None, None)], None),
    ("de", "„Wer Amtsträger bedroht, bedroht am Ende die Demokratie“, sagte die Richterin.", False, [], None),
    ("de", "Die Bürgermeisterin nannte das Urteil ein wichtiges Signal an alle, die sich kommunal engagieren.", False, [], None),

    # --- Kriminalstatistik Berlin (dpa/bb), März ---
    ("de", "Berlin (dpa/bb) - Die Berliner Polizei hat im vergangenen Jahr rund 512.000 Straftaten registriert, 2,8 Prozent weniger als im Vorjahr.", True, [("count", 512000, None, "about"), ("percent", 2.8, "%", None)], None),
    ("de", "Die Aufklärungsquote stieg um 1,3 Prozentpunkte auf 45,6 Prozent, wie aus der Polizeilichen Kriminalstatistik hervorgeht.", True, [("percent", 1.3, "pp", None), ("percent", 45.6, "%", None)], None),
    ("de", "Die Zahl der Messerangriffe im öffentlichen Raum nahm dagegen um 9 Prozent auf 3.412 Fälle zu.", True, [("percent", 9, "%", None), ("count", 3412, None, None)], None),
    ("de", "Fast jeder dritte Tatverdächtige war nach Angaben der Polizei jünger als 21 Jahre.", True, [("fraction", 0.3333, None, "nearly"), ("duration", 21, "year", "under")], "die Polizei"),
    ("de", "Polizeipräsidentin Margarethe Ossenkamp sagte, die Zahl der Taschendiebstähle habe sich seit 2019 fast halbiert.", True, [("year", 2019, None, None)], "Margarethe Ossenkamp"),
    ("de", "„Berlin ist eine sichere Stadt, aber nicht überall und nicht zu jeder Uhrzeit“, sagte Ossenkamp.", False, [], None),
    ("de", "Die Gewerkschaft der Polizei hält die Statistik für geschönt, weil viele Delikte gar nicht mehr angezeigt würden.", False, [], None),

    # --- Reuters: BGH zu Abgasbetrug bei Zulieferer, März ---
    ("en", "KARLSRUHE, Germany, March 3 (Reuters) - Germany's Federal Court of Justice on Tuesday upheld the fraud conviction of a former engineering manager at auto supplier Brenntal Systems over manipulated diesel emissions software.", True, [("date", "--03-03", None, None)], None),
    ("en", "The Stuttgart regional court had given the 61-year-old a suspended sentence of one year and 10 months and a fine of 270,000 euros.", True, [("duration", 61, "year", None), ("duration", 1, "year", None), ("duration", 10, "month", None), ("money", 270000, "EUR", None)], None),
    ("en", "The software was installed in about 2.1 million engines sold between 2012 and 2017, the court said.", True, [("count", 2100000, None, "about"), ("year", 2012, None, None), ("year", 2017, None, None)], "the court"),
    ("en", "Brenntal Systems said it had settled claims with authorities for 95 million euros in 2021 and had no further comment.", True, [("money", 95000000, "EUR", None), ("year", 2021, None, None)], "Brenntal Systems"),
    ("en", "The ruling is final and cannot be appealed.", True, [], None),
    ("en", "Consumer groups said the case showed that managers would no longer be able to hide behind their engineers.", False, [], None),

    # --- Geldautomatensprenger in Frankfurt (dpa/lhe), März ---
    ("de", "Frankfurt/Main (dpa/lhe) - Für eine Serie von 17 Geldautomatensprengungen in Hessen und Rheinland-Pfalz müssen zwei Niederländer für jeweils sieben Jahre und drei Monate ins Gefängnis.", True, [("count", 17, None, None), ("count", 2, None, None), ("duration", 7, "year", None), ("duration", 3, "month", None)], None),
    ("de", "Ein dritter Angeklagter erhielt vier Jahre und acht Monate Haft, teilte das Landgericht Frankfurt mit.", True, [("ordinal", 3, None, None), ("duration", 4, "year", None), ("duration", 8, "month", None)], "das Landgericht Frankfurt"),
    ("de", "Die Männer im Alter von 23, 26 und 29 Jahren erbeuteten nach Überzeugung der Kammer knapp 1,3 Millionen Euro Bargeld.", True, [("duration", 23, "year", None), ("duration", 26, "year", None), ("duration", 29, "year", None), ("money", 1300000, "EUR", "nearly")], None),
    ("de", "Der Sachschaden an Bankfilialen und Wohnhäusern lag bei mehr als 2,4 Millionen Euro.", True, [("money", 2400000, "EUR", "over")], None),
    ("de", "Der Prozess hatte an 31 Verhandlungstagen seit vergangenem September gedauert.", True, [("count", 31, None, None)], None),
    ("de", "„Diese Täter nehmen den Tod von Anwohnern billigend in Kauf“, sagte Oberstaatsanwalt Gernot Hülsmeier.", False, [], None),
    ("de", "Hülsmeier sagte, die Zahl der Sprengungen in Hessen sei von 58 im Jahr 2022 auf 19 im vergangenen Jahr gesunken.", True, [("count", 58, None, None), ("year", 2022, None, None), ("count", 19, None, None)], "Hülsmeier"),

    # --- BKA: bundesweite Kriminalstatistik (dpa), April ---
    ("de", "Wiesbaden (dpa) - Deutschlands Polizeibehörden haben im vergangenen Jahr knapp 5,7 Millionen Straftaten erfasst, 1,9 Prozent weniger als ein Jahr zuvor.", True, [("count", 5700000, None, "nearly"), ("percent", 1.9, "%", None)], None),
    ("de", "Die Zahl der Tatverdächtigen sank auf etwa 2,15 Millionen, teilte das Bundeskriminalamt am Dienstag mit.", True, [("count", 2150000, None, "about")], "das Bundeskriminalamt"),
    ("de", "Die Gewaltkriminalität erreichte mit 224.600 Fällen den höchsten Stand seit 2008.", True, [("count", 224600, None, None), ("year", 2008, None, None)], None),
    ("de", "Rund 39 Prozent der Tatverdächtigen hatten keinen deutschen Pass.", True, [("percent", 39, "%", "about")], None),
    ("de", "Bundesinnenminister Eckhard Wolframsdorf sagte, die Zahl der Wohnungseinbrüche liege um ein Drittel unter dem Niveau von 2015.", True, [("fraction", 0.3333, None, None), ("year", 2015, None, None)], "Eckhard Wolframsdorf"),
    ("de", "„Wir lassen nicht zu, dass sich Menschen in ihrem eigenen Land unsicher fühlen“, sagte Wolframsdorf.", False, [], None),
    ("de", "Kriminologen warnen davor, aus der Statistik voreilige Schlüsse zu ziehen.", False, [], None),
    ("de", "Die Deutsche Polizeigewerkschaft nannte die Zahlen zur Gewaltkriminalität alarmierend.", False, [], None),

    # --- AFP: Kunstfälscher in München, April ---
    ("en", "MUNICH (AFP) - A Munich court on Wednesday jailed a 66-year-old art dealer for four years for selling forged works attributed to German expressionist painters.", True, [("duration", 66, "year", None), ("duration", 4, "year", None)], None),
    ("en", "Prosecutors said the man had sold at least 23 fake paintings to collectors in Germany, Switzerland and the United States for a total of 3.7 million euros.", True, [("count", 23, None, "at_least"), ("money", 3700000, "EUR", None)], None),
    ("en", "One canvas alone fetched $640,000 at an auction in New York in 2019.", True, [("money", 640000, "USD", None), ("year", 2019, None, None)], None),
    ("en", "An expert witness told the court that pigments used in nine of the works had not been available before 1950.", True, [("count", 9, None, None), ("year", 1950, None, None)], None),
    ("en", "The dealer admitted the charges on the second day of the trial in exchange for a shorter sentence.", True, [("ordinal", 2, None, None)], None),
    ("en", "\"The art market makes it far too easy for people like him,\" said one of the collectors, who asked not to be named.", False, [], None),

    # --- Kokain im Hamburger Hafen (dpa/lno), April ---
    ("de", "Hamburg (dpa/lno) - Im Prozess um den Schmuggel von rund 1,8 Tonnen Kokain über den Hamburger Hafen hat das Landgericht Hamburg vier Angeklagte zu langen Haftstrafen verurteilt.", True, [("count", 1.8, None, "about"), ("count", 4, None, None)], None),
    ("de", "Der mutmaßliche Kopf der Gruppe, ein 45-jähriger Spediteur, erhielt zwölf Jahre und sechs Monate.", True, [("duration", 45, "year", None), ("duration", 12, "year", None), ("duration", 6, "month", None)], None),
    ("de", "Zwei Hafenarbeiter im Alter von 38 und 52 Jahren wurden zu jeweils acht Jahren verurteilt, ein Lagerist zu fünf Jahren und vier Monaten.", True, [("count", 2, None, None), ("duration", 38, "year", None), ("duration", 52, "year", None), ("duration", 8, "year", None), ("duration", 5, "year", None), ("duration", 4, "month", None)], None),
    ("de", "Das Kokain war in drei Containern mit Bananen aus Ecuador versteckt, sein Straßenverkaufswert lag nach Angaben des Zolls bei mehr als 130 Millionen Euro.", True, [("count", 3, None, None), ("money", 130000000, "EUR", "over")], "der Zoll"),
    ("de", "Die Verteidiger kündigten an, Revision beim Bundesgerichtshof einzulegen.", True, [], None),
    ("de", "Ein Verteidiger sprach von einem „Urteil mit dem Vorschlaghammer“.", False, [], None),
    ("de", "Der Hamburger Hafen dürfe nicht zum Einfallstor für das Kokain ganz Europas werden, mahnte ein Zollsprecher.", False, [], None),

    # --- Reuters: Polizeistatistik bundesweit, englisch, April ---
    ("en", "BERLIN, April 8 (Reuters) - Recorded crime in Germany fell for the second year in a row in 2025, but violent offences rose to their highest level since 2008, official figures showed on Tuesday.", True, [("date", "--04-08", None, None), ("ordinal", 2, None, None), ("year", 2025, None, None), ("year", 2008, None, None)], None),
    ("en", "Police logged just under 5.7 million offences, down 1.9% from a year earlier, the Federal Criminal Police Office (BKA) said.", True, [("count", 5700000, None, "under"), ("percent", 1.9, "%", None)], None),
    ("en", "Violent crime rose 3.4% to about 225,000 cases, including 2,870 knife attacks classed as dangerous bodily harm.", True, [("percent", 3.4, "%", None), ("count", 225000, None, "about"), ("count", 2870, None, None)], None),
    ("en", "The clearance rate stood at 57.4%, roughly unchanged from the previous year.", True, [("percent", 57.4, "%", None)], None),
    ("en", "Interior Minister Eckhard Wolframsdorf said the government would hire 1,000 additional federal police officers by 2027.", True, [("count", 1000, None, None), ("year", 2027, None, None)], "Eckhard Wolframsdorf"),
    ("en", "Opposition lawmakers accused the government of using the numbers to stoke fear.", False, [], None),

    # --- Terrorprozess am OLG Dresden (dpa/lsn), Mai ---
    ("de", "Dresden (dpa/lsn) - Vor dem Staatsschutzsenat des Oberlandesgerichts Dresden hat der Prozess gegen fünf mutmaßliche Mitglieder einer rechtsextremen Terrorgruppe begonnen.", True, [("count", 5, None, None)], None),
    ("de", "Die Bundesanwaltschaft wirft den Männern im Alter von 19 bis 25 Jahren vor, sich Waffen beschafft und Anschläge auf Flüchtlingsunterkünfte geplant zu haben.", True, [("duration", 19, "year", None), ("duration", 25, "year", None)], None),
    ("de", "Bei Durchsuchungen im November 2024 hatten Ermittler nach Angaben der Bundesanwaltschaft drei Pistolen, ein Sturmgewehr und rund 2.000 Schuss Munition gefunden.", True, [("year", 2024, None, None), ("count", 3, None, None), ("count", 2000, None, "about")], "die Bundesanwaltschaft"),
    ("de", "Der Senat hat bis Dezember 48 Verhandlungstage angesetzt.", True, [("count", 48, None, None)], None),
    ("de", "Vor dem Gerichtsgebäude demonstrierten etwa 150 Menschen gegen Rechtsextremismus.", False, [("count", 150, None, "about")], None),
    ("de", "Ob die Gruppe tatsächlich kurz vor einem Anschlag stand, muss das Verfahren klären.", False, [], None),

    # --- Trunkenheitsfahrt in Magdeburg (dpa/sa), Mai ---
    ("de", "Magdeburg (dpa/sa) - Nach einer Trunkenheitsfahrt mit 2,1 Promille hat das Amtsgericht Magdeburg einen 36 Jahre alten Autofahrer zu einer Geldstrafe von 90 Tagessätzen zu je 55 Euro verurteilt.", True, [("count", 2.1, None, None), ("duration", 36, "year", None), ("count", 90, None, None), ("money", 55, "EUR", None)], None),
    ("de", "Außerdem verhängte das Gericht eine Sperrfrist von 14 Monaten für eine neue Fahrerlaubnis.", True, [("duration", 14, "month", None)], None),
    ("de", "Vor Gericht entschuldigte er sich und sagte, er habe an diesem Abend nicht mehr klar denken können.", False, [], None),
    ("de", "Die Zahl der Trunkenheitsfahrten in Sachsen-Anhalt ist nach Angaben des Innenministeriums seit 2020 um etwa 12 Prozent gestiegen.", True, [("year", 2020, None, None), ("percent", 12, "%", "about")], "das Innenministerium"),

    # --- AP: Kapitän und Kokain, englisch, Mai ---
    ("en", "HAMBURG, Germany (AP) - A German court on Friday convicted a 57-year-old ship's captain of helping to smuggle cocaine into Europe and sentenced him to 10 years in prison.", True, [("duration", 57, "year", None), ("duration", 10, "year", None)], None),
    ("en", "The Hamburg state court found that the captain had allowed divers to attach some 400 kilograms of the drug to the hull of his cargo ship on four crossings from Brazil.", True, [("count", 400, None, "about"), ("count", 4, None, None)], None),
    ("en", "The ship's chief engineer, a 34-year-old Montenegrin, received six and a half years.", True, [("duration", 34, "year", None), ("duration", 6.5, "year", None)], None),
    ("en", "The captain was paid 150,000 euros per voyage, prosecutors said.", True, [("money", 150000, "EUR", None)], None),
    ("en", "\"He knew exactly what was happening under his ship,\" prosecutor Annegret Wülfing told the court.", False, [], None),

    # --- Pflegedienst-Betrug in Nürnberg (dpa/lby), Mai ---
    ("de", "Nürnberg (dpa/lby) - Weil sie Pflegeleistungen abgerechnet haben sollen, die nie erbracht wurden, stehen die Inhaberin eines ambulanten Pflegedienstes und zwei ihrer Mitarbeiterinnen vor dem Landgericht Nürnberg-Fürth.", True, [("count", 2, None, None)], None),
    ("de", "Der Schaden für Kranken- und Pflegekassen soll sich auf rund 2,9 Millionen Euro belaufen.", True, [("money", 2900000, "EUR", "about")], None),
    ("de", "Zwischen 2019 und 2023 soll der Dienst Leistungen für 61 Patienten abgerechnet haben, von denen mindestens 14 zu dieser Zeit bereits im Krankenhaus lagen oder verstorben waren.", True, [("year", 2019, None, None), ("year", 2023, None, None), ("count", 61, None, None), ("count", 14, None, "at_least")], None),
    ("de", "Die 49 Jahre alte Inhaberin räumte die Vorwürfe zum Prozessauftakt über ihre Anwältin weitgehend ein.", True, [("duration", 49, "year", None)], None),
    ("de", "Für den Fall eines umfassenden Geständnisses stellte die Kammer ihr eine Freiheitsstrafe zwischen vier Jahren und vier Jahren und neun Monaten in Aussicht.", True, [("duration", 4, "year", None), ("duration", 4, "year", None), ("duration", 9, "month", None)], None),
    ("de", "„Pflegebetrug ist kein Kavaliersdelikt, er trifft die Schwächsten“, sagte Staatsanwalt Valentin Ehrengruber.", False, [], None),
    ("de", "„Meine Mandantin bereut zutiefst, was geschehen ist“, sagte ihre Anwältin.", False, [], None),
    ("de", "Ehrengruber sagte, in Bayern seien derzeit mehr als 120 Ermittlungsverfahren gegen Pflegedienste anhängig.", True, [("count", 120, None, "over")], "Ehrengruber"),

    # --- BGH in Leipzig: Wiederholung eines Totschlagsprozesses (dpa), Juni ---
    ("de", "Leipzig (dpa) - Der Bundesgerichtshof hat das Urteil gegen einen Mann aufgehoben, der in Chemnitz einen Nachbarn nach einem Streit um Lärm erstochen hatte.", True, [], None),
    ("de", "Der in Leipzig ansässige 5. Strafsenat verwies den Fall zur neuen Verhandlung an eine andere Schwurgerichtskammer des Landgerichts Chemnitz zurück.", True, [("ordinal", 5, None, None)], None),
    ("de", "Das Landgericht hatte den 63-Jährigen wegen Totschlags zu sechs Jahren Haft verurteilt und eine Notwehrlage verneint.", True, [("duration", 63, "year", None), ("duration", 6, "year", None)], None),
    ("de", "Wann der Prozess neu aufgerollt wird, ist noch offen.", False, [], None),

    # --- Reuters: Cum-Ex-Banker in Bonn, Juni ---
    ("en", "BONN, Germany, June 11 (Reuters) - A former managing director of private bank Haldenrieth & Cie was sentenced on Wednesday to five years and three months in prison for his role in so-called cum-ex tax fraud.", True, [("date", "--06-11", None, None), ("duration", 5, "year", None), ("duration", 3, "month", None)], None),
    ("en", "The Bonn regional court found that the 68-year-old had helped to obtain refunds of tax that had never been paid, costing the German state about 214 million euros between 2007 and 2011.", True, [("duration", 68, "year", None), ("money", 214000000, "EUR", "about"), ("year", 2007, None, None), ("year", 2011, None, None)], None),
    ("en", "The court also ordered the confiscation of 11.2 million euros from him.", True, [("money", 11200000, "EUR", None)], None),
    ("en", "It was the ninth criminal conviction in Germany's cum-ex scandal, according to the court.", True, [("ordinal", 9, None, None)], "the court"),
    ("en", "Defence lawyer Cornelius Wettstädt said his client would appeal.", True, [], "Cornelius Wettstädt"),
    ("en", "\"Today's verdict sends the right message,\" said a spokesman for anti-finance-crime group Bürgerbewegung Finanzwende.", False, [], None),

    # --- Cybercrime-Lagebild NRW (dpa/lnw), Juni ---
    ("de", "Düsseldorf (dpa/lnw) - Die Zahl der angezeigten Cyberstraftaten in Nordrhein-Westfalen ist im vergangenen Jahr um gut 7 Prozent auf 38.950 Fälle gestiegen.", True, [("percent", 7, "%", "over"), ("count", 38950, None, None)], None),
    ("de", "Das teilte das Landeskriminalamt am Montag bei der Vorstellung seines Lagebilds mit.", True, [], "das Landeskriminalamt"),
    ("de", "Den Schaden durch Online-Betrug beziffern die Ermittler auf mindestens 96 Millionen Euro.", True, [("money", 96000000, "EUR", "at_least")], None),
    ("de", "Jede vierte Anzeige betraf Betrug auf Kleinanzeigenportalen.", True, [("fraction", 0.25, None, None)], None),
    ("de", "LKA-Direktor Bertram Eisenhuth sagte, nur etwa 31 Prozent der Fälle hätten aufgeklärt werden können.", True, [("percent", 31, "%", "about")], "Bertram Eisenhuth"),
    ("de", "„Die Täter sitzen oft im Ausland und lachen über unsere Zuständigkeitsgrenzen“, sagte Eisenhuth.", False, [], None),
    ("de", "Verbraucherschützer raten, bei Vorkasse-Zahlungen grundsätzlich misstrauisch zu sein.", False, [], None),

    # --- Jugendkammer Mainz: Messerangriff (dpa/lrs), Juni ---
    ("de", "Mainz (dpa/lrs) - Nach einem Messerangriff vor einer Diskothek hat das Landgericht Mainz einen 17-Jährigen wegen versuchten Totschlags zu einer Jugendstrafe von drei Jahren und vier Monaten verurteilt.", True, [("duration", 17, "year", None), ("duration", 3, "year", None), ("duration", 4, "month", None)], None),
    ("de", "Der Jugendliche hatte einem 20-Jährigen im vergangenen Oktober zweimal in den Rücken gestochen, das Opfer überlebte nur dank einer Notoperation.", True, [("duration", 20, "year", None), ("count", 2, None, None)], None),
    ("de", "Ein Gerichtssprecher sagte, die Kammer habe die Reue des Jugendlichen strafmildernd berücksichtigt.", True, [], None),
    ("de", "Die Mutter des Opfers sagte, ihr Sohn habe bis heute Angst, abends auszugehen.", False, [], None),
    ("de", "Das Urteil ist nicht rechtskräftig, die Staatsanwaltschaft prüft Rechtsmittel.", True, [], None),

    # --- AFP: Spionageprozess in Düsseldorf, Juli ---
    ("en", "DUESSELDORF, Germany (AFP) - A German court on Monday sentenced a 39-year-old former Bundeswehr technician to three years and 11 months in prison for passing military information to Russian intelligence.", True, [("duration", 39, "year", None), ("duration", 3, "year", None), ("duration", 11, "month", None)], None),
    ("en", "The Duesseldorf higher regional court said the man had handed over documents on at least seven occasions between 2022 and 2024.", True, [("count", 7, None, "at_least"), ("year", 2022, None, None), ("year", 2024, None, None)], None),
    ("en", "He was paid a total of 14,500 euros in cash, according to the federal prosecutor's office.", True, [("money", 14500, "EUR", None)], None),
    ("en", "It was the third espionage conviction at the court in 18 months.", True, [("ordinal", 3, None, None), ("duration", 18, "month", None)], None),
    ("en", "Russia's embassy in Berlin did not immediately reply when asked to comment.", False, [], None),

    # --- Brandstiftung in Schwerin (dpa/mv), Juli ---
    ("de", "Schwerin (dpa/mv) - Wegen schwerer Brandstiftung in neun Fällen muss ein 28 Jahre alter ehemaliger Feuerwehrmann für fünf Jahre ins Gefängnis.", True, [("count", 9, None, None), ("duration", 28, "year", None), ("duration", 5, "year", None)], None),
    ("de", "Der Mann hatte nach Überzeugung des Landgerichts Schwerin zwischen April und August 2024 Scheunen, Carports und ein leerstehendes Gutshaus angezündet.", True, [("year", 2024, None, None)], None),
    ("de", "Den Gesamtschaden bezifferte die Polizei auf rund 1,1 Millionen Euro.", True, [("money", 1100000, "EUR", "about")], None),
    ("de", "„Ich wollte gebraucht werden“, sagte der Angeklagte in seinem letzten Wort.", False, [], None),

    # --- Volksverhetzung in Erfurt (dpa/th), Juli ---
    ("de", "Erfurt (dpa/th) - Das Amtsgericht Erfurt hat einen Stadtrat wegen Volksverhetzung zu einer Geldstrafe von 150 Tagessätzen zu je 70 Euro verurteilt.", True, [("count", 150, None, None), ("money", 70, "EUR", None)], None),
    ("de", "Der 44-Jährige hatte in einem Video, das mehr als 80.000 Mal aufgerufen wurde, gegen Geflüchtete gehetzt.", True, [("duration", 44, "year", None), ("count", 80000, None, "over")], None),
    ("de", "Mit mehr als 90 Tagessätzen gilt er als vorbestraft.", True, [("count", 90, None, "over")], None),
    ("de", "Sein Anwalt sprach von einem politischen Urteil und kündigte Berufung an.", True, [], None),
    ("de", "Die Fraktion des Stadtrats bezeichnete das Verfahren als Angriff auf die Meinungsfreiheit.", False, [], None),

    # --- Reuters: Anklage gegen Ex-Vorstand, englisch, Juli ---
    ("en", "MUNICH, July 22 (Reuters) - Munich prosecutors have charged the former chief executive of insolvent solar company Sonnwerk Eberl with fraud and delaying insolvency, a court spokeswoman said on Tuesday.", True, [("date", "--07-22", None, None)], None),
    ("en", "The 552-page indictment accuses Matthias Eberl of misleading lenders about the company's finances to obtain loans worth 38 million euros.", True, [("count", 552, None, None), ("money", 38000000, "EUR", None)], None),
    ("en", "If convicted, the 59-year-old faces up to 10 years in prison.", True, [("duration", 59, "year", None), ("duration", 10, "year", "up_to")], None),
    ("en", "About 1,400 employees lost their jobs when the firm filed for insolvency in 2024.", True, [("count", 1400, None, "about"), ("year", 2024, None, None)], None),
    ("en", "Eberl's lawyers said he rejected the accusations.", True, [], None),
    ("en", "The court has yet to decide whether to admit the case for trial.", False, [], None),

    # --- Einbruchsserie in Bremen (dpa/lni), August ---
    ("de", "Bremen (dpa/lni) - Eine Serie von 36 Wohnungseinbrüchen hat einem 31-Jährigen vor dem Landgericht Bremen eine Haftstrafe von vier Jahren und zwei Monaten eingebracht.", True, [("count", 36, None, None), ("duration", 31, "year", None), ("duration", 4, "year", None), ("duration", 2, "month", None)], None),
    ("de", "Seine 27 Jahre alte Komplizin erhielt eine zweijährige Bewährungsstrafe.", True, [("duration", 27, "year", None), ("duration", 2, "year", None)], None),
    ("de", "Die Beute, darunter Schmuck, Laptops und Bargeld, hatte laut Anklage einen Wert von etwa 260.000 Euro.", True, [("money", 260000, "EUR", "about")], None),
    ("de", "Die Polizei war dem Paar durch eine Funkzellenabfrage auf die Spur gekommen, teilte die Staatsanwaltschaft mit.", True, [], "die Staatsanwaltschaft"),
    ("de", "„Ein Einbruch nimmt Menschen das Gefühl, zu Hause sicher zu sein“, sagte der Vorsitzende Richter Hartwig Brömmelkamp.", False, [], None),

    # --- AP: BGH ordnet neuen Prozess nach Unfallflucht an, englisch, August ---
    ("en", "KARLSRUHE, Germany (AP) - Germany's highest criminal court on Thursday overturned the acquittal of a driver who fled the scene after a fatal crash and ordered a new trial.", True, [], None),
    ("en", "A cyclist, 71, died at the scene of the collision on a country road near Heilbronn in September 2023.", True, [("duration", 71, "year", None), ("year", 2023, None, None)], None),
    ("en", "The Federal Court of Justice said the lower court had not properly examined data from the car's onboard computer.", True, [], None),
    ("en", "The data showed the car was traveling at 94 kilometers per hour where 70 was allowed, the federal judges noted.", True, [("count", 94, None, None), ("count", 70, None, None)], None),
    ("en", "The cyclist's daughter said she hoped the family would finally get answers.", False, [], None),

    # --- Untreue-Prozess in Kiel (dpa/lno), August ---
    ("de", "Kiel (dpa/lno) - Ein früherer Bürgermeister einer Gemeinde im Kreis Rendsburg-Eckernförde ist wegen Untreue in 22 Fällen zu einer Bewährungsstrafe von 20 Monaten verurteilt worden.", True, [("count", 22, None, None), ("duration", 20, "month", None)], None),
    ("de", "Als Bewährungsauflage muss der 62-Jährige 15.000 Euro an eine gemeinnützige Einrichtung zahlen.", True, [("duration", 62, "year", None), ("money", 15000, "EUR", None)], None),
    ("de", "Er hatte nach Feststellung des Landgerichts Kiel über sechs Jahre hinweg private Restaurantrechnungen und Reisen über die Gemeindekasse abgerechnet.", True, [("duration", 6, "year", None)], None),
    ("de", "Der Gemeinde entstand so ein Schaden von knapp 48.000 Euro, den der Mann inzwischen zurückgezahlt hat.", True, [("money", 48000, "EUR", "nearly")], None),
    ("de", "Der Verhandlungstag dauerte weniger als drei Stunden, weil der Angeklagte die Vorwürfe vollständig einräumte.", True, [("duration", 3, "hour", "under")], None),
    ("de", "Im Dorf gehen die Meinungen über den früheren Bürgermeister weit auseinander.", False, [], None),

    # --- Polizist vor Gericht in Saarbrücken (dpa/lrs), September ---
    ("de", "Saarbrücken (dpa/lrs) - Ein 35 Jahre alter Polizeibeamter muss sich seit Montag vor dem Amtsgericht Saarbrücken wegen Körperverletzung im Amt verantworten.", True, [("duration", 35, "year", None)], None),
    ("de", "Er soll einen gefesselten Festgenommenen im Februar 2025 auf einer Wache zweimal ins Gesicht geschlagen haben.", True, [("year", 2025, None, None), ("count", 2, None, None)], None),
    ("de", "Ein Kollege hatte den Vorfall nach Angaben des Innenministeriums noch am selben Tag gemeldet.", True, [], "das Innenministerium"),
    ("de", "Für den Prozess sind drei Verhandlungstage angesetzt, ein Urteil wird am 29. September erwartet.", True, [("count", 3, None, None), ("date", "--09-29", None, None)], None),
    ("de", "Die Gewerkschaft der Polizei warnte davor, einen ganzen Berufsstand unter Generalverdacht zu stellen.", False, [], None),
    ("de", "Der Anwalt des Geschlagenen sprach von einem Klima der Straflosigkeit in manchen Dienststellen.", False, [], None),
    ("de", "Bundesweit wurden im vergangenen Jahr nach einer Erhebung der Universität Bochum rund 2.300 Ermittlungsverfahren gegen Polizisten wegen Körperverletzung im Amt eingeleitet, weniger als 2 Prozent endeten mit einer Anklage.", True, [("count", 2300, None, "about"), ("percent", 2, "%", "under")], None),

    # --- Reuters: Klimaaktivisten, Geldstrafen, September ---
    ("en", "BERLIN, Sept 16 (Reuters) - A Berlin court fined four climate activists for blocking a motorway exit in the capital during the morning rush hour in 2023.", True, [("date", "--09-16", None, None), ("count", 4, None, None), ("year", 2023, None, None)], None),
    ("en", "The Tiergarten district court imposed fines of between 40 and 80 daily rates, with each rate set between 15 and 30 euros depending on income.", True, [("count", 40, None, None), ("count", 80, None, None), ("money", 15, "EUR", None), ("money", 30, "EUR", None)], None),
    ("en", "The blockade held up traffic for about two hours, police said.", True, [("duration", 2, "hour", "about")], "police"),
    ("en", "\"We will not be intimidated,\" one of the activists, 24-year-old Jonna Riekhoff, told supporters outside the court.", False, [("duration", 24, "year", None)], None),
    ("en", "Riekhoff said the group had carried out more than 200 protests in Berlin since 2022.", True, [("count", 200, None, "over"), ("year", 2022, None, None)], "Riekhoff"),

    # --- Steuerhinterziehung in Hannover (dpa/lni), September ---
    ("de", "Hannover (dpa/lni) - Wegen Steuerhinterziehung in Millionenhöhe hat das Landgericht Hannover den Betreiber mehrerer Shisha-Bars für drei Jahre und neun Monate hinter Gitter geschickt.", True, [("duration", 3, "year", None), ("duration", 9, "month", None)], None),
    ("de", "Der 42-Jährige soll zwischen 2018 und 2022 Umsätze verschwiegen und so rund 1,6 Millionen Euro an Steuern hinterzogen haben.", True, [("duration", 42, "year", None), ("year", 2018, None, None), ("year", 2022, None, None), ("money", 1600000, "EUR", "about")], None),
    ("de", "Bei einer Razzia hatten Steuerfahnder in seiner Wohnung etwa 180.000 Euro Bargeld in Schuhkartons entdeckt.", True, [("money", 180000, "EUR", "about")], None),
    ("de", "Staatsanwalt Leopold Vierhaus sagte, in vier der sieben Bars seien manipulierte Kassensysteme eingesetzt worden.", True, [("count", 4, None, None), ("count", 7, None, None)], "Leopold Vierhaus"),
    ("de", "Ob der Angeklagte in Revision geht, ließ sein Verteidiger offen.", False, [], None),

    # --- Hate Speech, englisch, AFP, Oktober ---
    ("en", "FRANKFURT (AFP) - German police searched the homes of 57 people in 11 states on Wednesday in a nationwide crackdown on online hate speech, the Federal Criminal Police Office said.", True, [("count", 57, None, None), ("count", 11, None, None)], None),
    ("en", "It was the 12th such coordinated day of action since 2016.", True, [("ordinal", 12, None, None), ("year", 2016, None, None)], None),
    ("en", "Most of the suspects are accused of threatening or insulting politicians, and about a quarter of the posts targeted women in local office.", True, [("fraction", 0.25, None, "about")], None),
    ("en", "Insulting a politician can carry a prison sentence of up to three years in Germany.", True, [("duration", 3, "year", "up_to")], None),
    ("en", "Civil liberties groups have criticised the raids as disproportionate.", False, [], None),
    ("en", "\"Hate online is not a trivial offence,\" Wolframsdorf said in a statement.", False, [], None),

    # --- Mordurteil in München, Fortsetzung (dpa/lby), Oktober ---
    ("de", "München (dpa/lby) - Im Prozess um die Tötung einer 36-Jährigen in München-Pasing hat das Landgericht München I den Ehemann wegen Mordes zu lebenslanger Haft verurteilt.", True, [("duration", 36, "year", None)], None),
    ("de", "Die Kammer bejahte außerdem eine besonders schwere Schuld, sodass eine Aussetzung der Reststrafe nach 15 Jahren in der Regel ausgeschlossen ist.", True, [("duration", 15, "year", None)], None),
    ("de", "Am 19. Verhandlungstag hatte der Angeklagte die Tat überraschend gestanden.", True, [("ordinal", 19, None, None)], None),
    ("de", "Die Vorsitzende Richterin Irmtraud Hasselbeck sagte, der Mann habe die Trennung seiner Frau nicht akzeptieren wollen.", True, [], "Irmtraud Hasselbeck"),
    ("de", "„Niemand besitzt einen anderen Menschen“, sagte Hasselbeck.", False, [], None),
    ("de", "Der Verteidiger kündigte Revision zum Bundesgerichtshof an.", True, [], None),

    # --- Drogenhandel im Darknet (dpa/lsw), Oktober ---
    ("de", "Karlsruhe (dpa/lsw) - Das Landgericht Karlsruhe hat zwei Brüder wegen bandenmäßigen Drogenhandels über das Darknet zu acht und sechseinhalb Jahren Haft verurteilt.", True, [("count", 2, None, None), ("duration", 8, "year", None), ("duration", 6.5, "year", None)], None),
    ("de", "Die 30 und 33 Jahre alten Männer verschickten nach Überzeugung des Gerichts mehr als 11.000 Päckchen mit Amphetamin, Ecstasy und Cannabis an Kunden in ganz Europa.", True, [("duration", 30, "year", None), ("duration", 33, "year", None), ("count", 11000, None, "over")], None),
    ("de", "Ihre Einnahmen von umgerechnet rund 3,4 Millionen Euro ließen sie sich in Bitcoin auszahlen.", True, [("money", 3400000, "EUR", "about")], None),
    ("de", "Das Gericht ordnete die Einziehung von 58 Bitcoin an.", True, [("count", 58, None, None)], None),
    ("de", "Mehr als die Hälfte der Lieferungen ging nach Angaben der Ermittler nach Frankreich und Italien.", True, [("fraction", 0.5, None, "over")], "die Ermittler"),
    ("de", "„Die beiden waren keine Nerds im Keller, sondern knallharte Geschäftsleute“, sagte ein Ermittler.", False, [], None),

    # --- Reuters: Haftstrafe für Ex-Bauunternehmer nach Gerüsteinsturz, englisch, November ---
    ("en", "HANOVER, Germany, Nov 5 (Reuters) - A German court has convicted a construction company owner of negligent homicide after a scaffolding collapse killed two workers, giving him a suspended sentence of 18 months.", True, [("date", "--11-05", None, None), ("count", 2, None, None), ("duration", 18, "month", None)], None),
    ("en", "The court also ordered the 51-year-old to pay 25,000 euros to the victims' families.", True, [("duration", 51, "year", None), ("money", 25000, "EUR", None)], None),
    ("en", "Inspectors found that nearly half of the anchors on the 22-metre scaffold had been missing, the court said.", True, [("fraction", 0.5, None, "nearly"), ("count", 22, None, None)], "the court"),
    ("en", "Germany's statutory accident insurers recorded 397 fatal workplace accidents last year, a rise of 4%.", True, [("count", 397, None, None), ("percent", 4, "%", None)], None),
    ("en", "\"Two families lost everything because someone wanted to save a few hundred euros,\" a union official said.", False, [("count", 2, None, None)], None),

    # --- Massenschlägerei in Essen (dpa/lnw), November ---
    ("de", "Essen (dpa/lnw) - Nach einer Massenschlägerei mit mehr als 40 Beteiligten in der Essener Innenstadt stehen seit Donnerstag sieben Männer vor dem Landgericht Essen.", True, [("count", 40, None, "over"), ("count", 7, None, None)], None),
    ("de", "Bei der Auseinandersetzung im Juni 2024 waren nach Angaben der Polizei elf Menschen verletzt worden, drei davon schwer.", True, [("year", 2024, None, None), ("count", 11, None, None), ("count", 3, None, None)], "die Polizei"),
    ("de", "Den Angeklagten im Alter zwischen 21 und 46 Jahren drohen bis zu zehn Jahre Haft.", True, [("duration", 21, "year", None), ("duration", 46, "year", None), ("duration", 10, "year", "up_to")], None),
    ("de", "Welche Rolle jeder Einzelne bei der Schlägerei gespielt hat, dürfte schwer zu klären sein.", False, [], None),
    ("de", "Die Kammer hat 22 Verhandlungstage bis Ende Februar eingeplant, teilte ein Gerichtssprecher mit.", True, [("count", 22, None, None)], "ein Gerichtssprecher"),

    # --- Urteile gegen Schleuser in Passau (dpa/lby), November ---
    ("de", "Passau (dpa/lby) - Ein 26 Jahre alter Schleuser, der bei einer Verfolgungsjagd auf der A3 einen Unfall mit sieben Toten verursacht hat, ist zu zwölf Jahren Haft verurteilt worden.", True, [("duration", 26, "year", None), ("count", 7, None, None), ("duration", 12, "year", None)], None),
    ("de", "In dem Kleinbus, der nur für neun Personen zugelassen war, saßen nach Feststellung des Landgerichts Passau 23 Menschen.", True, [("count", 9, None, None), ("count", 23, None, None)], None),
    ("de", "Der Mann war mit bis zu 180 Stundenkilometern vor einer Polizeistreife geflohen.", True, [("count", 180, None, "up_to")], None),
    ("de", "Die Toten stammten aus Syrien und der Türkei, das jüngste Opfer war sechs Jahre alt.", True, [("duration", 6, "year", None)], None),
    ("de", "„Für Sie waren diese Menschen nur Ware“, sagte der Vorsitzende Richter.", False, [], None),
    ("de", "Die Bundespolizei registrierte an der bayerischen Grenze nach eigenen Angaben im vergangenen Jahr 412 Schleusungsfälle, ein Fünftel weniger als 2023.", True, [("count", 412, None, None), ("fraction", 0.2, None, None), ("year", 2023, None, None)], None),

    # --- AP: Prozess um Giftanschlag auf Kollegen, englisch, November ---
    ("en", "LEIPZIG, Germany (AP) - A 46-year-old laboratory assistant went on trial Tuesday accused of poisoning three colleagues with a toxic heavy metal over nearly two years.", True, [("duration", 46, "year", None), ("count", 3, None, None), ("duration", 2, "year", "nearly")], None),
    ("en", "One of the colleagues, a 58-year-old chemist, suffered permanent kidney damage, according to the indictment.", True, [("duration", 58, "year", None)], None),
    ("en", "Prosecutors have charged the woman with three counts of attempted murder.", True, [("count", 3, None, None)], None),
    ("en", "The defendant did not speak on the first day of the trial.", True, [("ordinal", 1, None, None)], None),
    ("en", "The Leipzig state court has scheduled 16 trial days through March.", True, [("count", 16, None, None)], None),
    ("en", "Nobody at the institute could understand how this happened, a former colleague told reporters.", False, [], None),

    # --- Statistik: Verfahrensdauer an Strafgerichten (dpa), Dezember ---
    ("de", "Wiesbaden (dpa) - Strafverfahren vor deutschen Landgerichten dauern immer länger: Im Schnitt vergingen im vergangenen Jahr 9,4 Monate vom Eingang bis zur Erledigung.", True, [("duration", 9.4, "month", None)], None),
    ("de", "Zehn Jahre zuvor hatte die durchschnittliche Dauer noch bei 7,1 Monaten gelegen.", True, [("duration", 10, "year", None), ("duration", 7.1, "month", None)], None),
    ("de", "Insgesamt verurteilten die deutschen Strafgerichte rund 655.000 Menschen, etwa 81 Prozent davon zu Geldstrafen.", True, [("count", 655000, None, "about"), ("percent", 81, "%", "about")], None),
    ("de", "Bundesweit fehlen mindestens 1.200 Staatsanwälte und Strafrichter, teilte der Deutsche Richterbund mit.", True, [("count", 1200, None, "at_least")], "der Deutsche Richterbund"),
    ("de", "„Die Justiz pfeift auf dem letzten Loch“, sagte Richterbund-Geschäftsführer Konrad Stellmacher.", False, [], None),
    ("de", "Viele Strafrichter halten die Belastung in ihren Kammern für kaum noch tragbar.", False, [], None),
    ("de", "Stellmacher sagte, im vergangenen Jahr seien mindestens 65 Untersuchungshäftlinge wegen zu langer Verfahren freigelassen worden.", True, [("count", 65, None, "at_least")], "Stellmacher"),

    # --- Reuters: BGH bestätigt Urteil gegen Ärztin wegen falscher Impfnachweise, englisch, Dezember ---
    ("en", "KARLSRUHE, Germany, Dec 9 (Reuters) - Germany's Federal Court of Justice on Tuesday upheld the conviction of a doctor who issued more than 4,000 false vaccination certificates during the COVID-19 pandemic.", True, [("date", "--12-09", None, None), ("count", 4000, None, "over")], None),
    ("en", "A lower court in Osnabrück had sentenced the 64-year-old general practitioner to a prison term of two years and six months and banned her from practising for three years.", True, [("duration", 64, "year", None), ("duration", 2, "year", None), ("duration", 6, "month", None), ("duration", 3, "year", None)], None),
    ("en", "She charged patients up to 250 euros per certificate, the court found.", True, [("money", 250, "EUR", "up_to")], None),
    ("en", "Her lawyer said she was disappointed with the ruling.", False, [], None),

    # --- Urteil nach Angriff auf Rettungskräfte (dpa/bb), Dezember ---
    ("de", "Potsdam (dpa/bb) - Weil er in der Silvesternacht Rettungskräfte mit Feuerwerkskörpern beschossen hat, ist ein 22-Jähriger zu einer Jugendstrafe von zwei Jahren ohne Bewährung verurteilt worden.", True, [("duration", 22, "year", None), ("duration", 2, "year", None)], None),
    ("de", "Zwei Sanitäter erlitten damals Knalltraumata, ein Feuerwehrmann eine Brandverletzung an der Hand.", True, [("count", 2, None, None)], None),
    ("de", "Der Angeklagte war zur Tatzeit bereits zweimal wegen Körperverletzung verurteilt worden.", True, [("count", 2, None, None)], None),
    ("de", "Die Zahl der Angriffe auf Einsatzkräfte in Brandenburg stieg nach Angaben des Innenministeriums im vergangenen Jahr um fast ein Viertel auf 1.146.", True, [("fraction", 0.25, None, "nearly"), ("count", 1146, None, None)], "das Innenministerium"),
    ("de", "Ein Sprecher der Feuerwehr sagte, die Kolleginnen und Kollegen fühlten sich von der Politik im Stich gelassen.", False, [], None),
    ("de", "Der Richter sprach von einer Tat „ohne jeden Respekt vor Menschen, die anderen helfen“.", False, [], None),
]
