"""Seventy-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, initiatives and figures
are made up (Markus Stelzhammer, Gernot Aschauer, Petra Haunschmied, Sabine Kronberger,
Manfred Reitbauer, Julia Tischlinger, Hermine Prantl, Karin Mühlgrabner, Maximilian
Oberhuemer, Elke Zwanzger, Alois Pirchegger, Hermann Tschugg, Reto Casura, Gudrun
Eichberger, Clemens Hartlieb, Nathalie Rochat, Lukas Wieselthaler, Verena Staudinger, Fabian
Rettenegger, Loïc Bonvin, Sander Holmøy, the initiative «Für sichere Quartierstrassen», Beat
Zimmerli, Ernst Stäubli; Thomas Vogelsang, the private bank Kessler & Wyss, Andrea
Bühlmann, Silke Amstutz, Mark Lindgren); real places, parties and institutions
("Nationalrat", "Bundesrat", "Kärntner Landtag", "Zürcher Kantonsrat", "AMS", "Statistik
Austria", "Bundeskanzlei", "Bundesamt für Statistik"/"BFS", "Seco", "SLF", "GeoSphere
Austria", "Lawinenwarndienst Tirol", "Landespolizeidirektion Oberösterreich",
"Kantonspolizei Thurgau", "Bundesheer", "ORF", "SRG", "Kabeg", "Market", "Der Standard",
"Gemeindebund", "Pensionistenverband", "Post", "Preisüberwachung", "Swiss National Bank",
"WIFO", "FINMA", "Swissmem", "Federal Statistical Office", "Freedom Party") stand for the way
wire copy names them; what is said of them here is invented.

Its weight: AN AUSTRIAN AND SWISS DOMESTIC NEWS DAY as APA and Keystone-SDA file it, about
80 % German and 20 % English, 38 short stories in story order (a dateline lead, then
background, figures, attributed lines, a quote or a reaction, sometimes a service line).
30 German stories: the Nationalrat passing the double budget 2026/2027 (Maastricht deficit,
Nettofinanzierungsbedarf, interest, debt ratio, a missing Zweidrittelmehrheit), AMS
unemployment at the end of November, Statistik Austria's flash inflation estimate (Mikro-
and Miniwarenkorb), the pension rise for "Pensionisten" with 1. Jänner, Richtwert rents,
Vienna's fees, a party poll, the Carinthian Land budget in the Landtag, Styrian Gemeinden
that cannot balance their budgets, births and population, an "Alkolenker" head-on crash and
a drunk pensioner in Tyrol, a drunk "Automobilist" in Thurgau, Lawinenwarnstufe 4 in Tyrol
with a dead ski tourer, Gefahrenstufe 4 in Valais, the Bundesheer budget, Grundwehrdiener
and Eurofighter successors, the ORF savings plan, SRG job cuts after the fee cut, the
Zentralmatura, waiting times in Viennese "Spitäler", the year's climate balance, a former
mayor's Untreue trial, a World Cup slalom in Gurgl, a Swiss voting Sunday (Nein-Stimmen,
Ständemehr, Stimmbeteiligung, Ja-Anteil by canton, a city credit, a cantonal vote), a
Gemeindefusion in the Aargau, BFS hotel nights, Swiss unemployment from the Seco, the Zurich
cantonal budget, Swiss letter prices, the army budget in the Swiss Nationalrat. Austrian
usage: "Wien (APA) -" datelines, "heuer", "mit 1. Jänner", "Spital", "Matura",
"Pensionisten", "Lenker", "Alkolenker", "ersucht"-style appeals, "hieß es aus dem
Ministerium", "sagte X zur APA", "so X", Konjunktiv I ("werde", "sei", "solle", "zahle",
"wachse", "dürften", "profitierten"), German grouping "398.640", "1.308,40 Euro", "Mrd." and
"Mio.", „“ quotes. Swiss usage: "Bern (Keystone-SDA) -", "ss" ("gutgeheissen", "grosse
Kammer", "unverhältnismässig"), «» quotes, "Franken", "Fr. 335.–", "Fr. 1.30", "Fr. 238.50",
"9.50 Franken", "10 Rappen", apostrophe grouping "25'000", "137'412", numbers below 10'000
without a separator ("2617", "3184", "4386", "9800"), "per 1. Januar", "Ende Monat",
"verzeigt", "Führerausweis", "Fahrzeuglenkende", canton suffix "Weinfelden TG". 8 English
stories (Reuters, AFP, AP): the SNB's rate decision, Austria's budget, the Swiss speed-limit
vote, an avalanche in Tyrol, a Swiss private bank's job cuts, the WIFO forecast, the
Swiss-U.S. tariff deal, Switzerland's population. Forms: number words ("neun", "zwölf",
"zwei Punkte", "vier Prozent", "fünfeinhalb Stände", "six of the 26 cantons"), compounds
("dreitägiger", "zweitägigen", "Vierpersonenhaushalt", "Zweidrittelmehrheit", "fünfteiligen",
"20-jährigen Mittel", "27-Jährige", "15- bis 24-Jährigen", "drittwärmste", "two-year",
"five-point", "30 km/h"), fractions ("ein Fünftel", "ein Sechstel", "einem Siebtel", "ein
Viertel", "jede zweite", "more than half"), hedges ("rund", "etwa", "knapp", "fast", "mehr
als", "bis zu", "bis", "mindestens", "höchstens", "maximal", "unter", "über", "about",
"around", "just over"). Negatives as such a day has them: quoted evaluations and party
rhetoric (an FPÖ budget spokesman, an AK economist, the seniors' council, an ÖVP Land party
chief, the Gemeindebund president, a defence minister, an SRG director general, an
education minister, a climatologist, an SLF forecaster, a defendant, a winning skier, an SVP
national councillor; the SNB chairman, a bank chief, a No campaign spokesman, an industry
executive), reported catchwords ("sprach von einem „Eingriff ins Eigentum ...“", "sprach
von einem «Budget mit vielen Fragezeichen»", "warnte vergeblich vor einem «Kahlschlag
...»", "dismissed the plan as "a tax grab ..."" ), reported reactions and reproaches ("Die
Grünen warfen der Regierung vor ...", "Die Mietervereinigung begrüßte den Schritt ..."),
appeals and advice (witnesses, drink-driving, the Bergrettung, ski tourers' equipment,
rescuers' urging), an open question ("Ob ..., ließ Stelzhammer offen.", "It was not
immediately clear ..."), outlooks without a figure, analysts' assessment, scene colour
(a committee's room, flags in the finish area), the poll caveat, and boilerplate: "(S E R V
I C E - ...)", "(Schluss)", "(Forts. mögl.)", the Bundeskanzlei results note, a Reuters
reporting credit.

233 rows (187 German, 46 English), 47 negatives (38 German, 9 English), 186 check-worthy
rows of which 9 carry no figure (7 German, 2 English), 323 expected quantities (83 counts,
82 percentages, 49 amounts of money, 40 years, 36 durations, 15 dates, 11 ordinals, 7
fractions; none of them in negatives), 26 checked speakers (19 German, 7 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  (twenty-eighth, forty-first and seventieth batches): "..., so Finanzreferentin Elke
  Zwanzger." -> "Elke Zwanzger", "..., sagte Verteidigungsministerin Gudrun Eichberger." ->
  "Gudrun Eichberger"; "..., hieß es aus dem Finanzministerium / Justizministerium / Büro
  des Finanzstadtrats / Sender" leaves the speaker unchecked (seventieth: "hieß es aus dem
  Wirtschaftsministerium"). New: "sagte AMS-Vorständin Petra Haunschmied zur APA" ->
  "Petra Haunschmied" and "sagte Landesleiter Hermann Tschugg zur APA" -> "Hermann
  Tschugg": "zur APA" names the agency spoken to, as "X told Reuters" gives X (earlier
  batches), and the role before the name is dropped (eighteenth).
- Check-worthy without a figure: a driving licence taken on the spot (Austrian
  "Führerschein", Swiss "Führerausweis"), a ruling's status ("Das Urteil ist nicht
  rechtskräftig.", nineteenth and seventieth), a body's decision reported by the
  broadcaster, the document a story rests on ("..., die der APA vorliegt."), the sites most
  affected by job cuts, the next step of a bill ("Als Nächstes befasst sich der Ständerat
  ..."), an EU procedure in force "since July", "nearly all of the increase". A demand with a
  figure ("hatte eine Erhöhung um mindestens 3,5 Prozent verlangt", "forderte, ... um zwei
  Prozentpunkte anzuheben") is check-worthy (twenty-eighth: "Der Pensionistenverband hatte
  ... gefordert"), its speaker unchecked ("forderte", "verlangte", "kündigte an" are no
  verbs of saying, forty-seventh and seventieth).
- Budgets: "das Doppelbudget"/"Bundeshaushalt für die Jahre 2026 und 2027" two years;
  "Budget 2026", "Landesbudget für 2026" the year (fortieth: "Voranschlag 2026"); "Für die
  Jahre 2026 bis 2029" both years; "zwischen 2017 und 2022" both; "der Jahre 1991 bis 2020"
  both (a range of years, fifty-ninth); "bis Ende 2027", "ab 2029", "bis 2032", "seit 2015",
  "by the end of 2027", "since March 2024", "before 2050" the year; "frühestens im zweiten
  Halbjahr 2026" ordinal 2 and the year with no qualifier (fortieth: "frühestens Ende 2026"
  the year); "heuer", "im kommenden Jahr", "im Vorjahr", "bis Jahresende", "next year",
  "this year", "last year" none (fortieth and seventieth).
- Money: "128,4 Milliarden Euro", "20,5 Mrd. Euro", "284 Mio. Euro" EUR ("Mrd." and "Mio." as
  spelled out, twenty-eighth); "1.308,40 Euro" 1308.4 EUR (German grouping and decimal
  comma, issue); "2,80 Euro pro Stunde" 2.8 EUR ("pro Stunde" no duration, fortieth);
  "Pensionen bis 2.500 Euro brutto" 2500 EUR "up_to" (fortieth: "bis" before a figure that
  bounds a group from above); Swiss "Fr. 335.–", "Fr. 300.–", "Fr. 412.–" whole francs and
  "Fr. 1.30", "Fr. 1.20", "Fr. 1.10", "Fr. 238.50" francs and Rappen (fortieth), "9.50
  Franken" 9.5 CHF (the Swiss decimal point after the figure, as "18.90 Franken", sixty-fourth), "10
  Rappen" 0.1 CHF "at_most" after "höchstens" (twelfth and fortieth), "25'000 Franken",
  "214 Mio. Franken", "1,29 Milliarden Franken" CHF; "6.4 billion euros ($7.5 billion)" EUR and
  USD, "$200 billion" USD, "180 million Swiss francs" CHF. New: in Reuters copy on a Swiss
  bank, "61.85 francs", "214 billion francs" and "12 million francs" are CHF - the story
  names the Swiss franc in its lead, and Swiss copy says "francs" for it, as Kenyan copy
  says "Sh" for its shilling (fortieth).
- Swiss votes: "mit 57,8 Prozent Nein-Stimmen", "einem Ja-Anteil von 61,3 Prozent", "mit
  72,6 Prozent Ja", "Die Stimmbeteiligung betrug 44,2 Prozent", "Turnout was 44.2%"
  percentages (fortieth and forty-first); "einer Differenz von 2617 Stimmen", "3184 Personen
  ein Ja und 1296 ein Nein", "mit 98 zu 76 Stimmen bei 2 Enthaltungen", "mit 118 zu 72
  Stimmen bei 3 Enthaltungen" counts (a tally, fortieth: "mit 19 zu 6 Stimmen"); "six of the
  26 cantons" counts 6 and 26 (fortieth: "Nur 7 von 26 Kantonen"); "Ständemehr", "Volksmehr"
  none (forty-first). New: "Nur fünfeinhalb Stände" is count 5.5 - a half canton's vote is
  half a Stand, and "fünfeinhalb" is read as "zweieinhalb Stunden" is 2.5 (fortieth);
  "Steuerfuss ... 102 Prozent" and "bei 95 Prozent" percentages (a tax multiplier written in
  percent).
- New: "Tempo 30" (a speed limit named in German copy) is count 30, as "30 km/h" is (a
  physical measure, fourth batch; third: "160 km/h"); "Lawinenwarnstufe 4 auf der fünfteiligen
  Skala" counts 4 and 5 (nineteenth and twenty-seventh: "Gefahrenstufe drei der fünfteiligen
  Skala"); "die Gefahrenstufe auf 4, «gross»" count 4 (forty-seventh: "Stufe 4, „groß“");
  "the avalanche warning to level four on a five-point scale" counts 4 and 5; "1,9
  Promille", "2,3 Promille", "1,6 Promille" counts (tenth); "um 1,3 Grad", "mindestens 30
  Grad" "at_least", "oberhalb von 1500 Metern" no hedge (seventieth), "bis zu 110
  Zentimeter" "up_to", "Ein Paket bis 2 Kilogramm" 2 "up_to" (fortieth: "bis" bounding from
  above) counts.
- Ages are durations in years (every earlier batch): "Der 27-Jährige", "eine 44-jährige
  Frau", "im Alter von neun und zwölf Jahren" (two ages, the unit written once serves the
  list, forty-sixth), "ein 61-jähriger Pensionist", "Ein 52-jähriger Automobilist", "sein
  17-jähriger Beifahrer", "ein 34-jähriger ... Skitourengeher", "Der 63-Jährige", "Der
  26-Jährige", "aged 29, 33 and 41"; "Bei den über 50-Jährigen" 50 years "over" (sixteenth:
  "allen über 60-Jährigen"), "Jugendlichen unter 25 Jahren" 25 years "under" (forty-first).
  New: "der 15- bis 24-Jährigen" is 15 and 24 years - the truncated "15-" takes the unit of
  "24-Jährigen", as "aged 15 to 24" gives both ends (twenty-fourth and fortieth).
- Durations: "nach dreitägiger Debatte" 3 days and "des zweitägigen Prozesses" 2 days
  (issue: "dreitägige Reise"), "a two-year budget" 2 years (issue: "a two-week visit"),
  "mehr als 14 Stunden" "over", "seit mehr als zwei Jahren" "over", "Binnen 48 Stunden" (no
  hedge, sixty-eighth), "sechs Monate ... acht Monate", "zu 20 Monaten bedingter Haft",
  "seit 21 Monaten", "im Schnitt 19 Wochen" ("im Schnitt" no hedge), "Vor zwei Jahren ...
  elf Wochen", "vor 258 Jahren", "im 20-jährigen Mittel" 20 years (as "a 60-year career",
  sixty-third), "0,38 Sekunden", "after about 20 minutes" "about". New: "for two of the past
  three years" is 2 years and 3 years - "two of" takes the unit of the span it counts, as
  "nine of them" took weeks (sixty-third). None: "binnen Jahresfrist", "vor einem Jahr", "im
  Jahr", "pro Monat", "pro Nacht", "each winter", "four times a year" (its "a year" none;
  "four times" count 4, as "nine times", fortieth).
- Percentages and points: "um 0,4 Prozentpunkte", "um 0,1 Prozentpunkte", "um zwei
  Prozentpunkte", "die maximale Schwankungsbreite beträgt 3,5 Prozentpunkte" pp ("maximale"
  an adjective before the noun, no hedge, twenty-third), "die SPÖ verliert zwei Punkte" 2 pp
  (a party's points, forty-first); "auf zwei Prozent", "auf ein Prozent des
  Bruttoinlandprodukts" (sixty-fifth and seventieth: "ein Prozent des BIP"), "um höchstens
  ein Prozent" "at_most", "mit jeweils neun Prozent" ("jeweils" no hedge), "um acht
  Prozent", "4,0 Prozent" 4.0, "at 0%" 0, "to 15% from 39%". New: "um maximal drei Prozent"
  is "at_most" - "maximal" before a figure is "höchstens" (first batch: "höchstens"
  "at_most"), while "die maximale Schwankungsbreite" stays unhedged.
- Fractions: "um ein Fünftel mehr" 0.2 (a share before a comparative, twenty-fourth), "um
  ein Sechstel" 0.1667, "etwa einem Siebtel" 0.1429 "about" (the dative of "ein Siebtel", as
  "zu einem Drittel", seventieth), "um ein Viertel weniger" 0.25, "Fast jede zweite
  Gemeinde" 0.5 "nearly" (forty-first: "fast jeder zweite Haushalt"), "die nötige
  Zweidrittelmehrheit" 0.6667 (third and later batches), "more than half" 0.5 "over".
- Ordinals: "im zweiten Halbjahr" 2 (eleventh), "in den ersten drei Quartalen" ordinal 1
  and count 3 (fifteenth), "der fünfte Lawinentote" 5, "das drittwärmste" 3 (issue: "die
  drittgrößte Stadt"), "seinen dritten Weltcupsieg" 3, "Als Dritter" 3 (sixty-first:
  "Dritte wurde"), "nach dem ersten Durchgang auf Rang vier" 1 and 4 (seventieth), "der erste
  Sieg" 1, "its sixth reduction" 6, "A fourth member" 4.
- Counts: "106 der 183 Abgeordneten" (nineteenth: "110 der 183 Mandate"), "aller neun
  Bundesländer" 9, "unter den 285 steirischen Gemeinden ..., an der sich 241 beteiligten",
  "zwei Mädchen", "drei Schulhäusern", "fünf Gemeinden", "15 Eurofighter", "240 neuen
  Mannschaftstransportpanzern", "ein durchschnittlicher Vierpersonenhaushalt" 4 (as
  "Vier-Personen-Haushalt", twenty-ninth, and "Einpersonenhaushalte", forty-first), "1,29
  Kindern pro Frau" 1.29 (forty-first), "2,1 Nächten" 2.1 (fortieth: a night is no unit),
  "1,5 Milliarden Stück", "rund 9800 Einwohnerinnen und Einwohner" "about", "All 31
  economists" ("All" no hedge, forty-first), "cap the population at 10 million" 1e7, "just
  over 9.05 million" "over" (thirty-third and sixty-ninth: "just over"). Identifiers carry
  none: "B1" (a road, twentieth and thirtieth), "A-Post", "B-Post", "AHS", "Pandur", "TG", clock times
  ("gegen 1.45 Uhr"), "www.bmf.gv.at". New: "ORF 1 und ORF 2" carry none - channel names, as
  "Ariane 6" names a rocket (seventieth) and "Humanity 1" a ship (sixty-ninth).
- Dates: "mit 1. Jänner" --01-01 (tenth and thirtieth), "mit 1. April 2026" 2026-04-01 and
  "per 1. Januar 2028" 2028-01-01 (forty-first: "Mit 1. Jänner 2025"), "per 1. Januar"
  --01-01, "am 18. Dezember", "am 17. Dezember", "am 8. März" --MM-DD, "zwischen 1. und 4.
  Dezember" two dates (fortieth: "zwischen 2. und 6. Juni"); Reuters datelines with a day
  ("ZURICH, Dec 11 (Reuters)", "VIENNA, Dec 11 (Reuters)", "BERN, Dec 11 (Reuters)", "VIENNA,
  Dec 18 (Reuters)") dates without a year; APA, Keystone-SDA, AFP and AP datelines none;
  months and weekdays alone ("im November", "Von Januar bis Oktober", "since July", "in
  June") none.
- Hedges, only the names in use: "rund", "etwa", "about", "around" "about"; "knapp",
  "fast", "Fast" "nearly"; "mehr als", "über", "more than", "just over" "over"; "unter"
  "under"; "bis zu", "bis" (bounding from above) "up_to"; "mindestens" "at_least";
  "höchstens", "maximal" "at_most"; "insgesamt", "Insgesamt", "bereits", "jeweils", "noch",
  "bisher", "im Schnitt", "allein", "All", "just" (before "0.9%") no hedge.
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Finanzminister", "AMS-Vorständin", "Statistik-Austria-Generaldirektor",
  "Wohnbaustaatssekretärin", "Finanzreferentin", "Landesleiter", "Verteidigungsministerin",
  "ORF-Generaldirektor", "Finance Minister"; "in seiner Schlussrede" after the name dropped,
  as "vor den Medien", fortieth); "teilte das AMS am Montag mit" -> "das AMS" and "teilte das
  Seco am Montag mit" -> "das Seco" (seventieth and earlier); "teilte die Statistik Austria
  mit", "teilte die Landespolizeidirektion Oberösterreich mit", "wie die Kantonspolizei
  Thurgau mitteilte", "teilte der Lawinenwarndienst Tirol mit", "wie die SRG mitteilte",
  "teilte das Bildungsministerium mit", "teilte die GeoSphere Austria mit", "teilte die
  Bundeskanzlei am Abend mit", "wie das Bundesamt für Statistik am Mittwoch mitteilte" the
  source with its article in the nominative (fortieth); English "the SNB said" (as "the INMO
  said", fortieth), "the federal chancellery said" with the article in lower case (as "the
  coast guard said"), "police said" -> "police", "WIFO said" as written (as "ESA said"),
  "Switzerland's government said" the possessive form (seventieth: "Ukraine's air force"),
  "the Federal Statistical Office said Tuesday" (fortieth: "said Saturday" dropped),
  "Finance Minister Markus Stelzhammer told reporters" the name. Left unchecked (None):
  "hieß es aus ...", "laut Schnellschätzung der Statistik Austria" (an estimate, as polls),
  "beziffert das Sozialministerium", "rechnet der Bund", "kündigte an", "forderte",
  "verlangte" (verbs not of saying), "a police spokesman told AFP" (settled both ways before:
  "a civil defence spokesman" was checked, "a railway spokesman" not), "the WIFO institute
  said" (a description after the name), "it said" (a pronoun), "customs data showed",
  "according to customs data", "economists polled by Reuters", rows without attribution and
  all negatives.
- New: agency service lines are negatives and carry no quantity: "(Schluss)" (the APA end
  mark), "(Forts. mögl.)", "(S E R V I C E - Die Budgetunterlagen sind ... unter
  www.bmf.gv.at abrufbar.)" and the Keystone-SDA note that all municipalities' results can
  be looked up, as "(Reporting by ...; Editing by ...)" is a credit (seventieth).
- Negatives: none carries a figure. The poll caveat ("Umfragen bilden lediglich ein
  Stimmungsbild ... ab.") is boilerplate (fifty-fifth and seventieth); "Ob ..., ließ
  Stelzhammer offen." and "It was not immediately clear whether ..." open questions
  (fortieth and seventieth); "Der Winter dürfte ... eher mild beginnen." and the SLF
  forecaster's "noch einige Tage" are outlooks without a figure (forty-seventh); "Analysts
  said the franc's strength would keep ..." an unattributed assessment (fortieth);
  "Demografen sprechen von einer Zeitenwende ..." and "Die Ärztekammer spricht ... von einem
  „System am Limit“" reported catchwords; "Die Grünen warfen der Regierung vor, ..." and
  "Die Opposition warf der Koalition vor, ..." reproaches; "Die Mietervereinigung begrüßte
  den Schritt, forderte aber ..." a reaction.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_77 = [
    # --- Nationalrat beschliesst Doppelbudget (APA) ---
    ("de", "Wien (APA) - Nach dreitägiger Debatte hat der Nationalrat am Donnerstag den Bundeshaushalt für die Jahre 2026 und 2027 beschlossen, ÖVP, SPÖ und NEOS votierten geschlossen dafür.", True, [("duration", 3, "day", None), ("year", 2026, None, None), ("year", 2027, None, None)], None),
    ("de", "Für den Voranschlag stimmten 106 der 183 Abgeordneten, FPÖ und Grüne votierten dagegen.", True, [("count", 106, None, None), ("count", 183, None, None)], None),
    ("de", "Das gesamtstaatliche Maastricht-Defizit soll heuer 4,5 Prozent des BIP betragen und bis 2027 auf 3,9 Prozent sinken, sagte Finanzminister Markus Stelzhammer in seiner Schlussrede.", True, [("percent", 4.5, "%", None), ("year", 2027, None, None), ("percent", 3.9, "%", None)], "Markus Stelzhammer"),
    ("de", "Die Auszahlungen des Bundes belaufen sich im kommenden Jahr auf rund 128,4 Milliarden Euro, die Einzahlungen auf 107,9 Milliarden Euro.", True, [("money", 128400000000, "EUR", "about"), ("money", 107900000000, "EUR", None)], None),
    ("de", "Der Nettofinanzierungsbedarf des Bundes liegt damit bei 20,5 Mrd. Euro.", True, [("money", 20500000000, "EUR", None)], None),
    ("de", "Allein für Zinsen muss der Bund 2026 knapp 6,9 Milliarden Euro aufwenden, um ein Fünftel mehr als heuer.", True, [("year", 2026, None, None), ("money", 6900000000, "EUR", "nearly"), ("fraction", 0.2, None, None)], None),
    ("de", "Die Staatsschuldenquote werde bis Ende 2027 auf 86,3 Prozent steigen, hieß es aus dem Finanzministerium.", True, [("year", 2027, None, None), ("percent", 86.3, "%", None)], None),
    ("de", "Für die ebenfalls geplante Schuldenbremse im Verfassungsrang fehlte der Koalition die nötige Zweidrittelmehrheit.", True, [("fraction", 0.6667, None, None)], None),
    ("de", "„Dieses Budget ist ein Dokument der Mutlosigkeit und des Stillstands“, sagte FPÖ-Budgetsprecher Gernot Aschauer.", False, [], None),
    ("de", "Die Grünen warfen der Regierung vor, beim Klimaschutz zu sparen und die Probleme in die nächste Legislaturperiode zu verschieben.", False, [], None),
    ("de", "Die Länderkammer behandelt das Budget am 18. Dezember.", True, [("date", "--12-18", None, None)], None),
    ("de", "Ob im Frühjahr ein weiteres Sparpaket nötig wird, ließ Stelzhammer offen.", False, [], None),
    ("de", "(S E R V I C E - Die Budgetunterlagen sind im Internet unter www.bmf.gv.at abrufbar.)", False, [], None),
    ("de", "(Schluss)", False, [], None),
    # --- AMS: Arbeitslosigkeit Ende November (APA) ---
    ("de", "Wien (APA) - Zum Monatsende hatten in Österreich 398.640 Personen keinen Job oder saßen in einer AMS-Schulung, ein Anstieg von 5,7 Prozent binnen Jahresfrist.", True, [("count", 398640, None, None), ("percent", 5.7, "%", None)], None),
    ("de", "Davon waren 316.205 Menschen beim Arbeitsmarktservice (AMS) als arbeitslos vorgemerkt, 82.435 befanden sich in Schulungen.", True, [("count", 316205, None, None), ("count", 82435, None, None)], None),
    ("de", "Die Arbeitslosenquote nach nationaler Definition stieg um 0,4 Prozentpunkte auf 7,2 Prozent, teilte das AMS am Montag mit.", True, [("percent", 0.4, "pp", None), ("percent", 7.2, "%", None)], "das AMS"),
    ("de", "Am stärksten war der Anstieg in Oberösterreich mit einem Plus von 11,8 Prozent, gefolgt von Salzburg und Vorarlberg.", True, [("percent", 11.8, "%", None)], None),
    ("de", "Wien hat mit 11,4 Prozent weiterhin die höchste Quote aller neun Bundesländer.", True, [("percent", 11.4, "%", None), ("count", 9, None, None)], None),
    ("de", "Die Zahl der Langzeitbeschäftigungslosen erhöhte sich auf knapp 98.000, jene der sofort verfügbaren offenen Stellen sank um ein Sechstel auf 71.250.", True, [("count", 98000, None, "nearly"), ("fraction", 0.1667, None, None), ("count", 71250, None, None)], None),
    ("de", "Bei den über 50-Jährigen betrug das Plus 8,3 Prozent, bei Jugendlichen unter 25 Jahren 5,2 Prozent.", True, [("duration", 50, "year", "over"), ("percent", 8.3, "%", None), ("duration", 25, "year", "under"), ("percent", 5.2, "%", None)], None),
    ("de", "Eine Entspannung sei frühestens im zweiten Halbjahr 2026 zu erwarten, sagte AMS-Vorständin Petra Haunschmied zur APA.", True, [("ordinal", 2, None, None), ("year", 2026, None, None)], "Petra Haunschmied"),
    ("de", "„Jede einzelne dieser Zahlen ist ein Mensch, der dringend Arbeit sucht“, so Haunschmied.", False, [], None),
    ("de", "Arbeitsministerin Sabine Kronberger kündigte an, die Mittel für Qualifizierung im kommenden Jahr um 120 Millionen Euro aufzustocken.", True, [("money", 120000000, "EUR", None)], None),
    # --- Inflation im November (APA) ---
    ("de", "Wien (APA) - Laut Schnellschätzung der Statistik Austria hat sich die Teuerung im November auf 3,8 Prozent abgeschwächt.", True, [("percent", 3.8, "%", None)], None),
    ("de", "Im Oktober hatte die Teuerungsrate noch 4,0 Prozent betragen.", True, [("percent", 4.0, "%", None)], None),
    ("de", "Dienstleistungen verteuerten sich um 4,9 Prozent, Nahrungsmittel, Alkohol und Tabak um 3,3 Prozent, teilte Statistik-Austria-Generaldirektor Manfred Reitbauer mit.", True, [("percent", 4.9, "%", None), ("percent", 3.3, "%", None)], "Manfred Reitbauer"),
    ("de", "Der Mikrowarenkorb mit den Waren des täglichen Einkaufs verteuerte sich um 5,1 Prozent, der Miniwarenkorb mit dem Wocheneinkauf um 4,4 Prozent.", True, [("percent", 5.1, "%", None), ("percent", 4.4, "%", None)], None),
    ("de", "Damit liegt die Teuerung in Österreich seit mehr als zwei Jahren über dem Schnitt der Eurozone.", True, [("duration", 2, "year", "over")], None),
    ("de", "Endgültige Novemberzahlen legt das Statistikamt am 17. Dezember vor.", True, [("date", "--12-17", None, None)], None),
    ("de", "„Das tägliche Leben bleibt für viele Familien schlicht unleistbar“, sagte Arbeiterkammer-Ökonomin Julia Tischlinger.", False, [], None),
    # --- Pensionserhöhung (APA) ---
    ("de", "Wien (APA) - Mit 1. Jänner werden die Pensionen um 2,7 Prozent erhöht, Bezieher kleiner Pensionen bis 2.500 Euro brutto erhalten zusätzlich einen Fixbetrag von 35 Euro.", True, [("date", "--01-01", None, None), ("percent", 2.7, "%", None), ("money", 2500, "EUR", "up_to"), ("money", 35, "EUR", None)], None),
    ("de", "Die Anpassung gilt für rund 2,5 Millionen Pensionistinnen und Pensionisten im ganzen Land.", True, [("count", 2500000, None, "about")], None),
    ("de", "Die Mehrkosten für das Pensionssystem beziffert das Sozialministerium mit 1,6 Milliarden Euro im Jahr.", True, [("money", 1600000000, "EUR", None)], None),
    ("de", "Der Ausgleichszulagenrichtsatz für Alleinstehende steigt auf 1.308,40 Euro monatlich.", True, [("money", 1308.4, "EUR", None)], None),
    ("de", "Der Pensionistenverband hatte eine Erhöhung um mindestens 3,5 Prozent verlangt.", True, [("percent", 3.5, "%", "at_least")], None),
    ("de", "„Das ist ein Schlag ins Gesicht der älteren Generation“, kritisierte Seniorenrats-Präsidentin Hermine Prantl.", False, [], None),
    # --- Mieten: Richtwerte (APA) ---
    ("de", "Wien (APA) - Die Richtwertmieten werden mit 1. April 2026 um höchstens ein Prozent angehoben, die Kategoriemieten bleiben unverändert.", True, [("date", "2026-04-01", None, None), ("percent", 1, "%", "at_most")], None),
    ("de", "Davon profitierten rund 400.000 Haushalte, sagte Wohnbaustaatssekretärin Karin Mühlgrabner.", True, [("count", 400000, None, "about")], "Karin Mühlgrabner"),
    ("de", "Ab 2027 dürften die Mieten in diesen Segmenten um maximal drei Prozent pro Jahr steigen, hieß es aus dem Justizministerium.", True, [("year", 2027, None, None), ("percent", 3, "%", "at_most")], None),
    ("de", "Der Hausbesitzerverband sprach von einem „Eingriff ins Eigentum durch die Hintertür“.", False, [], None),
    ("de", "Die Mietervereinigung begrüßte den Schritt, forderte aber eine Ausweitung auf den freien Markt.", False, [], None),
    # --- Wiener Gebühren (APA) ---
    ("de", "Wien (APA) - Die Stadt Wien erhöht mit 1. Jänner die Gebühren für Wasser, Kanal und Müll um 3,8 Prozent.", True, [("date", "--01-01", None, None), ("percent", 3.8, "%", None)], None),
    ("de", "Ein durchschnittlicher Vierpersonenhaushalt zahle damit rund 28 Euro im Jahr mehr, hieß es aus dem Büro des Finanzstadtrats.", True, [("count", 4, None, None), ("money", 28, "EUR", "about")], None),
    ("de", "Das Parken in der Kurzparkzone kostet künftig 2,80 Euro pro Stunde, die Jahreskarte der Wiener Linien bleibt bei 467 Euro.", True, [("money", 2.8, "EUR", None), ("money", 467, "EUR", None)], None),
    ("de", "„Die Stadt greift den Wienerinnen und Wienern schon wieder tief in die Tasche“, kritisierte ÖVP-Landesparteichef Maximilian Oberhuemer.", False, [], None),
    # --- Umfrage (APA) ---
    ("de", "Wien (APA) - Die FPÖ liegt in einer neuen Umfrage des Instituts Market für die Tageszeitung „Der Standard“ mit 36 Prozent weiterhin klar voran.", True, [("percent", 36, "%", None)], None),
    ("de", "Die ÖVP kommt auf 21 Prozent, die SPÖ verliert zwei Punkte und hält bei 18 Prozent.", True, [("percent", 21, "%", None), ("percent", 2, "pp", None), ("percent", 18, "%", None)], None),
    ("de", "NEOS und Grüne liegen mit jeweils neun Prozent gleichauf.", True, [("percent", 9, "%", None)], None),
    ("de", "Befragt wurden zwischen 1. und 4. Dezember 804 Wahlberechtigte online, die maximale Schwankungsbreite beträgt 3,5 Prozentpunkte.", True, [("date", "--12-01", None, None), ("date", "--12-04", None, None), ("count", 804, None, None), ("percent", 3.5, "pp", None)], None),
    ("de", "Umfragen bilden lediglich ein Stimmungsbild zum Zeitpunkt der Befragung ab.", False, [], None),
    # --- Kärntner Landesbudget (APA) ---
    ("de", "Klagenfurt (APA) - Der Kärntner Landtag hat am Donnerstag mit den Stimmen der Koalition das Landesbudget für 2026 beschlossen.", True, [("year", 2026, None, None)], None),
    ("de", "Der Voranschlag sieht Ausgaben von 3,31 Mrd. Euro und eine Neuverschuldung von 284 Mio. Euro vor.", True, [("money", 3310000000, "EUR", None), ("money", 284000000, "EUR", None)], None),
    ("de", "Der Schuldenstand des Landes wachse damit bis Jahresende auf knapp 4,2 Milliarden Euro, so Finanzreferentin Elke Zwanzger.", True, [("money", 4200000000, "EUR", "nearly")], "Elke Zwanzger"),
    ("de", "Die Landesregierung will bis 2028 rund 900 Planstellen in der Verwaltung nicht mehr nachbesetzen.", True, [("year", 2028, None, None), ("count", 900, None, "about")], None),
    ("de", "Für die Spitäler der Kabeg sind 712 Millionen Euro vorgesehen, um 6,4 Prozent mehr als heuer.", True, [("money", 712000000, "EUR", None), ("percent", 6.4, "%", None)], None),
    ("de", "Die Debatte dauerte mehr als 14 Stunden und endete erst kurz vor Mitternacht.", True, [("duration", 14, "hour", "over")], None),
    ("de", "Die Opposition warf der Koalition vor, das Land „sehenden Auges in die Schuldenfalle“ zu führen.", False, [], None),
    # --- Gemeindefinanzen Steiermark (APA) ---
    ("de", "Graz (APA) - Fast jede zweite Gemeinde in der Steiermark wird heuer ihren Haushalt nicht mehr ausgleichen können.", True, [("fraction", 0.5, None, "nearly")], None),
    ("de", "Das geht aus einer Umfrage des Gemeindebundes unter den 285 steirischen Gemeinden hervor, an der sich 241 beteiligten.", True, [("count", 285, None, None), ("count", 241, None, None)], None),
    ("de", "Die Kommunen rechnen für 2026 mit einem Abgang von insgesamt 168 Millionen Euro.", True, [("year", 2026, None, None), ("money", 168000000, "EUR", None)], None),
    ("de", "Gemeindebund-Präsident Alois Pirchegger forderte, den Anteil der Gemeinden an den Ertragsanteilen um zwei Prozentpunkte anzuheben.", True, [("percent", 2, "pp", None)], None),
    ("de", "„Wir sind am Ende der Fahnenstange angelangt“, sagte Pirchegger.", False, [], None),
    # --- Geburten und Bevölkerung (APA) ---
    ("de", "Wien (APA) - Die Zahl der Geburten in Österreich ist in den ersten drei Quartalen auf 57.420 gesunken, ein Minus von 3,4 Prozent.", True, [("ordinal", 1, None, None), ("count", 3, None, None), ("count", 57420, None, None), ("percent", 3.4, "%", None)], None),
    ("de", "Die Gesamtfertilitätsrate lag damit bei 1,29 Kindern pro Frau, teilte die Statistik Austria mit.", True, [("count", 1.29, None, None)], "die Statistik Austria"),
    ("de", "Im gleichen Zeitraum starben 64.815 Menschen.", True, [("count", 64815, None, None)], None),
    ("de", "Durch Zuwanderung wuchs die Bevölkerung dennoch auf knapp 9,22 Millionen Menschen.", True, [("count", 9220000, None, "nearly")], None),
    ("de", "Demografen sprechen von einer Zeitenwende für das Pensionssystem.", False, [], None),
    # --- Alkolenker im Bezirk Vöcklabruck (APA) ---
    ("de", "Linz (APA) - Ein alkoholisierter Autolenker hat in der Nacht auf Sonntag im Bezirk Vöcklabruck einen Frontalzusammenstoß verursacht, bei dem drei Menschen schwer verletzt wurden.", True, [("count", 3, None, None)], None),
    ("de", "Der 27-Jährige war gegen 1.45 Uhr auf der B1 bei Timelkam auf die Gegenfahrbahn geraten, teilte die Landespolizeidirektion Oberösterreich mit.", True, [("duration", 27, "year", None)], "die Landespolizeidirektion Oberösterreich"),
    ("de", "Ein Alkotest ergab 1,9 Promille.", True, [("count", 1.9, None, None)], None),
    ("de", "Im entgegenkommenden Wagen saßen eine 44-jährige Frau und zwei Mädchen im Alter von neun und zwölf Jahren.", True, [("duration", 44, "year", None), ("count", 2, None, None), ("duration", 9, "year", None), ("duration", 12, "year", None)], None),
    ("de", "Dem Lenker wurde der Führerschein an Ort und Stelle abgenommen.", True, [], None),
    ("de", "Seit Jahresbeginn wurden in Oberösterreich bereits 1.142 Alkolenker angezeigt, um acht Prozent mehr als im Vorjahr.", True, [("count", 1142, None, None), ("percent", 8, "%", None)], None),
    ("de", "Wer den Unfall beobachtet hat, möge sich bitte bei der Inspektion in Vöcklabruck melden.", False, [], None),
    ("de", "Die Polizei appelliert erneut, nach dem Konsum von Alkohol das Auto stehen zu lassen.", False, [], None),
    ("de", "Innsbruck (APA) - Mit 2,3 Promille ist ein 61-jähriger Pensionist am Samstag in Telfs mit seinem Wagen gegen eine Hausmauer gekracht.", True, [("count", 2.3, None, None), ("duration", 61, "year", None)], None),
    # --- Automobilist im Thurgau (Keystone-SDA) ---
    ("de", "Frauenfeld (Keystone-SDA) - Ein 52-jähriger Automobilist ist in der Nacht auf Samstag in Weinfelden TG mit 1,6 Promille in eine Verkehrsinsel gefahren.", True, [("duration", 52, "year", None), ("count", 1.6, None, None)], None),
    ("de", "Dabei wurde sein 17-jähriger Beifahrer leicht verletzt, wie die Kantonspolizei Thurgau mitteilte.", True, [("duration", 17, "year", None)], "die Kantonspolizei Thurgau"),
    ("de", "Der Sachschaden beläuft sich auf rund 25'000 Franken.", True, [("money", 25000, "CHF", "about")], None),
    ("de", "Die Staatsanwaltschaft ordnete eine Blut- und Urinprobe an, der Führerausweis wurde dem Mann auf der Stelle abgenommen.", True, [], None),
    ("de", "Im Thurgau wurden in diesem Jahr bereits 412 Fahrzeuglenkende wegen Fahrens in angetrunkenem Zustand verzeigt.", True, [("count", 412, None, None)], None),
    # --- Lawinen in Tirol (APA) ---
    ("de", "Innsbruck (APA) - Nach den ergiebigen Neuschneefällen gilt in weiten Teilen Tirols am Dienstag die Lawinenwarnstufe 4 auf der fünfteiligen Skala.", True, [("count", 4, None, None), ("count", 5, None, None)], None),
    ("de", "Binnen 48 Stunden fielen oberhalb von 1500 Metern bis zu 110 Zentimeter Schnee, teilte der Lawinenwarndienst Tirol mit.", True, [("duration", 48, "hour", None), ("count", 1500, None, None), ("count", 110, None, "up_to")], "der Lawinenwarndienst Tirol"),
    ("de", "Im Ötztal wurde am Montag ein 34-jähriger deutscher Skitourengeher von einer Lawine verschüttet und konnte nur noch tot geborgen werden.", True, [("duration", 34, "year", None)], None),
    ("de", "Es ist bereits der fünfte Lawinentote in Tirol in diesem Winter.", True, [("ordinal", 5, None, None)], None),
    ("de", "Die Bergrettung sei heuer bereits zu 1.830 Einsätzen ausgerückt, sagte Landesleiter Hermann Tschugg zur APA.", True, [("count", 1830, None, None)], "Hermann Tschugg"),
    ("de", "Die Bergrettung rät dringend davon ab, die gesicherten Pisten zu verlassen.", False, [], None),
    # --- Lawinengefahr im Wallis (Keystone-SDA) ---
    ("de", "Davos (Keystone-SDA) - Für Teile des Wallis hat das Institut für Schnee- und Lawinenforschung SLF die Gefahrenstufe auf 4, «gross», erhöht.", True, [("count", 4, None, None)], None),
    ("de", "In der Schweiz kamen im vergangenen Winter 17 Menschen in Lawinen ums Leben, deutlich weniger als im 20-jährigen Mittel von 23.", True, [("count", 17, None, None), ("duration", 20, "year", None), ("count", 23, None, None)], None),
    ("de", "«Die Verhältnisse sind heikel und werden es noch einige Tage bleiben», sagte SLF-Lawinenwarner Reto Casura.", False, [], None),
    ("de", "Tourengeher sollten unbedingt Verschüttetensuchgerät, Schaufel und Sonde mitführen.", False, [], None),
    # --- Bundesheer (APA) ---
    ("de", "Wien (APA) - Dem Bundesheer stehen 2026 insgesamt 4,68 Milliarden Euro zur Verfügung, das sind 1,04 Prozent des Bruttoinlandsprodukts.", True, [("year", 2026, None, None), ("money", 4680000000, "EUR", None), ("percent", 1.04, "%", None)], None),
    ("de", "Bis 2032 solle der Anteil schrittweise auf zwei Prozent steigen, sagte Verteidigungsministerin Gudrun Eichberger.", True, [("year", 2032, None, None), ("percent", 2, "%", None)], "Gudrun Eichberger"),
    ("de", "Heuer rückten bisher 15.630 Grundwehrdiener ein, rund 1.200 weniger als im Vorjahr.", True, [("count", 15630, None, None), ("count", 1200, None, "about")], None),
    ("de", "Der Grundwehrdienst dauert weiterhin sechs Monate, eine Verlängerung auf acht Monate lehnt die Ministerin ab.", True, [("duration", 6, "month", None), ("duration", 8, "month", None)], None),
    ("de", "Für die Nachfolge der 15 Eurofighter sind im Aufbauplan ab 2029 rund 2,1 Mrd. Euro reserviert.", True, [("count", 15, None, None), ("year", 2029, None, None), ("money", 2100000000, "EUR", "about")], None),
    ("de", "Beim Assistenzeinsatz an der Grenze zu Ungarn und Slowenien stehen derzeit etwa 850 Soldatinnen und Soldaten im Einsatz.", True, [("count", 850, None, "about")], None),
    ("de", "Die Milizverbände sollen bis 2030 mit 240 neuen Mannschaftstransportpanzern vom Typ Pandur ausgestattet werden.", True, [("year", 2030, None, None), ("count", 240, None, None)], None),
    ("de", "„Ein neutrales Land muss sich selbst verteidigen können“, betonte Eichberger.", False, [], None),
    ("de", "Die NEOS verlangten „eine echte Reform statt immer nur mehr Geld“.", False, [], None),
    # --- ORF-Sparpaket (APA) ---
    ("de", "Wien (APA) - Der ORF muss bis 2029 weitere 320 Millionen Euro einsparen.", True, [("year", 2029, None, None), ("money", 320000000, "EUR", None)], None),
    ("de", "Das hat der Stiftungsrat am Donnerstag in seiner Plenarsitzung beschlossen, hieß es aus dem Sender.", True, [], None),
    ("de", "Der ORF-Beitrag bleibt bis Ende 2028 bei 15,30 Euro pro Monat eingefroren.", True, [("year", 2028, None, None), ("money", 15.3, "EUR", None)], None),
    ("de", "Bis 2029 sollen 350 Vollzeitstellen über natürliche Abgänge wegfallen, sagte ORF-Generaldirektor Clemens Hartlieb.", True, [("year", 2029, None, None), ("count", 350, None, None)], "Clemens Hartlieb"),
    ("de", "ORF 1 und ORF 2 kamen im November gemeinsam auf einen Marktanteil von 31,6 Prozent.", True, [("percent", 31.6, "%", None)], None),
    ("de", "Der Redakteursrat sprach von einer „schleichenden Aushöhlung des Programmauftrags“.", False, [], None),
    ("de", "(Forts. mögl.)", False, [], None),
    # --- SRG baut Stellen ab (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die SRG streicht bis 2029 rund 900 Vollzeitstellen, das entspricht etwa einem Siebtel des Personalbestands.", True, [("year", 2029, None, None), ("count", 900, None, "about"), ("fraction", 0.1429, None, "about")], None),
    ("de", "Grund ist die Senkung der Radio- und Fernsehabgabe für Haushalte von Fr. 335.– auf Fr. 300.– bis 2029.", True, [("money", 335, "CHF", None), ("money", 300, "CHF", None), ("year", 2029, None, None)], None),
    ("de", "Das Budget des Medienunternehmens sinkt damit um 270 Millionen Franken auf 1,29 Milliarden Franken, wie die SRG mitteilte.", True, [("money", 270000000, "CHF", None), ("money", 1290000000, "CHF", None)], "die SRG"),
    ("de", "Am stärksten betroffen sind die Standorte Zürich und Genf.", True, [], None),
    ("de", "«Wir müssen schmerzhafte Entscheide treffen, aber das Programm bleibt unser Herzstück», sagte Generaldirektorin Nathalie Rochat.", False, [], None),
    # --- Zentralmatura (APA) ---
    ("de", "Wien (APA) - Bei der schriftlichen Mathematik-Matura im Haupttermin haben heuer 9,3 Prozent der AHS-Schülerinnen und -Schüler ein „Nicht genügend“ erhalten.", True, [("percent", 9.3, "%", None)], None),
    ("de", "Im Vorjahr waren es noch 11,8 Prozent gewesen, teilte das Bildungsministerium mit.", True, [("percent", 11.8, "%", None)], "das Bildungsministerium"),
    ("de", "Insgesamt traten rund 19.400 Maturantinnen und Maturanten an den AHS zur Klausur in Mathematik an.", True, [("count", 19400, None, "about")], None),
    ("de", "In Deutsch gab es bei 2,1 Prozent der Arbeiten eine negative Note, in Englisch bei 1,4 Prozent.", True, [("percent", 2.1, "%", None), ("percent", 1.4, "%", None)], None),
    ("de", "Nach den Kompensationsprüfungen sank der Anteil der negativen Beurteilungen in Mathematik auf 3,9 Prozent.", True, [("percent", 3.9, "%", None)], None),
    ("de", "„Die Matura ist kein Selbstzweck, sie muss auf das Leben vorbereiten“, sagte Bildungsminister Lukas Wieselthaler.", False, [], None),
    # --- Wartezeiten in Wiener Spitälern (APA) ---
    ("de", "Wien (APA) - Auf eine Hüftoperation warten Patientinnen und Patienten in Wiener Spitälern derzeit im Schnitt 19 Wochen.", True, [("duration", 19, "week", None)], None),
    ("de", "Das geht aus einer Anfragebeantwortung des Gesundheitsstadtrats hervor, die der APA vorliegt.", True, [], None),
    ("de", "Vor zwei Jahren lag die Wartezeit noch bei elf Wochen.", True, [("duration", 2, "year", None), ("duration", 11, "week", None)], None),
    ("de", "Im Wiener Gesundheitsverbund sind derzeit 312 Betten wegen Personalmangels gesperrt, das sind rund vier Prozent aller Betten.", True, [("count", 312, None, None), ("percent", 4, "%", "about")], None),
    ("de", "Die Ärztekammer spricht seit Monaten von einem „System am Limit“.", False, [], None),
    # --- Klimabilanz (APA) ---
    ("de", "Wien (APA) - Das Jahr 2025 wird in Österreich voraussichtlich als das drittwärmste seit Beginn der Messungen vor 258 Jahren in die Geschichte eingehen.", True, [("year", 2025, None, None), ("ordinal", 3, None, None), ("duration", 258, "year", None)], None),
    ("de", "Die Temperatur lag bisher um 1,3 Grad über dem Mittel der Jahre 1991 bis 2020, teilte die GeoSphere Austria mit.", True, [("count", 1.3, None, None), ("year", 1991, None, None), ("year", 2020, None, None)], "die GeoSphere Austria"),
    ("de", "An der Messstation Wien-Innere Stadt wurden heuer 41 Hitzetage mit mindestens 30 Grad gezählt.", True, [("count", 41, None, None), ("count", 30, None, "at_least")], None),
    ("de", "In Teilen Kärntens fiel dagegen um ein Viertel weniger Niederschlag als im langjährigen Durchschnitt.", True, [("fraction", 0.25, None, None)], None),
    ("de", "Der Winter dürfte nach Einschätzung der Meteorologen eher mild beginnen.", False, [], None),
    ("de", "„Den Klimawandel spüren wir inzwischen jeden Sommer am eigenen Leib“, sagte GeoSphere-Klimatologin Verena Staudinger.", False, [], None),
    # --- Untreue-Prozess (APA) ---
    ("de", "Eisenstadt (APA) - Ein ehemaliger Bürgermeister einer Gemeinde im Bezirk Oberwart ist am Dienstag am Landesgericht Eisenstadt wegen Untreue zu 20 Monaten bedingter Haft verurteilt worden.", True, [("duration", 20, "month", None)], None),
    ("de", "Der 63-Jährige soll zwischen 2017 und 2022 Gemeindegelder in Höhe von rund 410.000 Euro für private Zwecke verwendet haben.", True, [("duration", 63, "year", None), ("year", 2017, None, None), ("year", 2022, None, None), ("money", 410000, "EUR", "about")], None),
    ("de", "Zudem muss er der Gemeinde 236.000 Euro zurückzahlen.", True, [("money", 236000, "EUR", None)], None),
    ("de", "Der Angeklagte hatte sich zum Auftakt des zweitägigen Prozesses teilweise schuldig bekannt.", True, [("duration", 2, "day", None)], None),
    ("de", "Das Urteil ist nicht rechtskräftig.", True, [], None),
    ("de", "„Ich habe der Gemeinde nie schaden wollen“, beteuerte der Angeklagte in seinem Schlusswort.", False, [], None),
    # --- Ski alpin: Slalom in Gurgl (APA) ---
    ("de", "Gurgl (APA) - Der Salzburger Fabian Rettenegger hat am Sonntag den Weltcup-Slalom in Obergurgl gewonnen und damit seinen dritten Weltcupsieg gefeiert.", True, [("ordinal", 3, None, None)], None),
    ("de", "Der 26-Jährige setzte sich mit 0,38 Sekunden Vorsprung auf den Schweizer Loïc Bonvin durch.", True, [("duration", 26, "year", None), ("duration", 0.38, "second", None)], None),
    ("de", "Als Dritter komplettierte der Norweger Sander Holmøy das Podest.", True, [("ordinal", 3, None, None)], None),
    ("de", "Rettenegger war nach dem ersten Durchgang auf Rang vier gelegen.", True, [("ordinal", 1, None, None), ("ordinal", 4, None, None)], None),
    ("de", "Es war der erste Sieg eines Österreichers in einem Weltcup-Slalom seit 21 Monaten.", True, [("ordinal", 1, None, None), ("duration", 21, "month", None)], None),
    ("de", "„Ich bin einfach nur glücklich, das war ein Lauf wie im Traum“, jubelte Rettenegger im Zielraum.", False, [], None),
    ("de", "Im Zielraum wehten rot-weiß-rote Fahnen, aus den Boxen dröhnte Schlagermusik.", False, [], None),
    # --- Abstimmungssonntag (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Mit 57,8 Prozent Nein-Stimmen ist die Volksinitiative «Für sichere Quartierstrassen» am Sonntag an der Urne gescheitert.", True, [("percent", 57.8, "%", None)], None),
    ("de", "Auch das Ständemehr verfehlte die Vorlage klar: Nur fünfeinhalb Stände stimmten zu.", True, [("count", 5.5, None, None)], None),
    ("de", "Die Stimmbeteiligung betrug 44,2 Prozent, teilte die Bundeskanzlei am Abend mit.", True, [("percent", 44.2, "%", None)], "die Bundeskanzlei"),
    ("de", "Am höchsten war der Ja-Anteil im Kanton Genf mit 54,1 Prozent, am tiefsten in Appenzell Innerrhoden mit 23,7 Prozent.", True, [("percent", 54.1, "%", None), ("percent", 23.7, "%", None)], None),
    ("de", "Die Initiative verlangte auf Gemeindestrassen in Wohngebieten generell Tempo 30.", True, [("count", 30, None, None)], None),
    ("de", "Die Kosten für die Umsetzung hatte der Bundesrat auf rund 1,2 Milliarden Franken geschätzt.", True, [("money", 1200000000, "CHF", "about")], None),
    ("de", "Angenommen wurde dagegen die Revision des Zollgesetzes, mit einem Ja-Anteil von 61,3 Prozent.", True, [("percent", 61.3, "%", None)], None),
    ("de", "«Das Stimmvolk will keine Bevormundung aus Bern», sagte SVP-Nationalrat Beat Zimmerli.", False, [], None),
    ("de", "Im Lokal des Initiativkomitees in der Berner Altstadt herrschte schon am frühen Nachmittag gedrückte Stimmung.", False, [], None),
    ("de", "In der Stadt Zürich genehmigten die Stimmberechtigten einen Kredit von 214 Mio. Franken für den Bau von drei Schulhäusern mit 72,6 Prozent Ja.", True, [("money", 214000000, "CHF", None), ("count", 3, None, None), ("percent", 72.6, "%", None)], None),
    ("de", "Im Kanton Bern scheiterte die Senkung der Motorfahrzeugsteuer knapp, mit 50,4 Prozent Nein-Stimmen und einer Differenz von 2617 Stimmen.", True, [("percent", 50.4, "%", None), ("count", 2617, None, None)], None),
    ("de", "Die nächsten eidgenössischen Abstimmungen finden am 8. März statt.", True, [("date", "--03-08", None, None)], None),
    ("de", "Die Resultate aller Gemeinden sind auf der Website der Bundeskanzlei abrufbar.", False, [], None),
    # --- Gemeindefusion im Surbtal (Keystone-SDA) ---
    ("de", "Baden (Keystone-SDA) - Die Stimmberechtigten von fünf Gemeinden im Aargauer Surbtal haben am Sonntag Ja zu einer Fusion gesagt.", True, [("count", 5, None, None)], None),
    ("de", "Insgesamt legten 3184 Personen ein Ja und 1296 ein Nein in die Urne.", True, [("count", 3184, None, None), ("count", 1296, None, None)], None),
    ("de", "Die neue Gemeinde zählt rund 9800 Einwohnerinnen und Einwohner und soll per 1. Januar 2028 entstehen.", True, [("count", 9800, None, "about"), ("date", "2028-01-01", None, None)], None),
    ("de", "Der Kanton beteiligt sich mit einem Fusionsbeitrag von 4,5 Millionen Franken an den Kosten.", True, [("money", 4500000, "CHF", None)], None),
    ("de", "Der Steuerfuss der neuen Gemeinde wird auf 102 Prozent festgelegt.", True, [("percent", 102, "%", None)], None),
    # --- Logiernächte (Keystone-SDA) ---
    ("de", "Neuenburg (Keystone-SDA) - Die Hotellerie in der Schweiz hat im Oktober 3,4 Millionen Logiernächte verbucht, 2,7 Prozent mehr als im Vorjahresmonat.", True, [("count", 3400000, None, None), ("percent", 2.7, "%", None)], None),
    ("de", "Die Nachfrage aus dem Inland nahm um 1,1 Prozent auf 1,6 Millionen Logiernächte zu, wie das Bundesamt für Statistik am Mittwoch mitteilte.", True, [("percent", 1.1, "%", None), ("count", 1600000, None, None)], "das Bundesamt für Statistik"),
    ("de", "Gäste aus den USA sorgten für 312'000 Übernachtungen, ein Plus von 9 Prozent.", True, [("count", 312000, None, None), ("percent", 9, "%", None)], None),
    ("de", "Von Januar bis Oktober zählte das BFS insgesamt 37,9 Millionen Logiernächte, so viele wie nie zuvor in diesem Zeitraum.", True, [("count", 37900000, None, None)], None),
    ("de", "Die mittlere Aufenthaltsdauer lag bei 2,1 Nächten.", True, [("count", 2.1, None, None)], None),
    ("de", "Ein Doppelzimmer kostete in Zermatt im Schnitt Fr. 412.– pro Nacht, in Luzern Fr. 238.50.", True, [("money", 412, "CHF", None), ("money", 238.5, "CHF", None)], None),
    # --- Arbeitslosigkeit in der Schweiz (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Arbeitslosigkeit in der Schweiz ist im November leicht gestiegen: Die Quote kletterte um 0,1 Prozentpunkte auf 2,9 Prozent.", True, [("percent", 0.1, "pp", None), ("percent", 2.9, "%", None)], None),
    ("de", "Bei den regionalen Arbeitsvermittlungszentren waren Ende Monat 137'412 Personen als arbeitslos gemeldet, 4386 mehr als im Oktober, teilte das Seco am Montag mit.", True, [("count", 137412, None, None), ("count", 4386, None, None)], "das Seco"),
    ("de", "Die Arbeitslosenquote der 15- bis 24-Jährigen stieg auf 2,7 Prozent.", True, [("duration", 15, "year", None), ("duration", 24, "year", None), ("percent", 2.7, "%", None)], None),
    ("de", "In der Romandie lag die Quote mit 4,1 Prozent deutlich über jener der Deutschschweiz von 2,3 Prozent.", True, [("percent", 4.1, "%", None), ("percent", 2.3, "%", None)], None),
    ("de", "Für das kommende Jahr rechnet der Bund mit einer durchschnittlichen Arbeitslosenquote von 3,2 Prozent.", True, [("percent", 3.2, "%", None)], None),
    # --- Zürcher Kantonsbudget (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Der Zürcher Kantonsrat hat das Budget 2026 mit einem Defizit von 186 Millionen Franken verabschiedet.", True, [("year", 2026, None, None), ("money", 186000000, "CHF", None)], None),
    ("de", "Der Entscheid fiel mit 98 zu 76 Stimmen bei 2 Enthaltungen.", True, [("count", 98, None, None), ("count", 76, None, None), ("count", 2, None, None)], None),
    ("de", "Der Steuerfuss bleibt unverändert bei 95 Prozent.", True, [("percent", 95, "%", None)], None),
    ("de", "Der Regierungsrat hatte ursprünglich mit einem Minus von 412 Millionen Franken gerechnet, das Parlament kürzte unter anderem beim Personalaufwand um 63 Mio. Franken.", True, [("money", 412000000, "CHF", None), ("money", 63000000, "CHF", None)], None),
    ("de", "Finanzdirektor Ernst Stäubli sprach von einem «Budget mit vielen Fragezeichen».", False, [], None),
    # --- Briefpreise (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Die Post erhöht per 1. Januar die Briefpreise: Ein A-Post-Brief kostet neu Fr. 1.30 statt Fr. 1.20, ein B-Post-Brief Fr. 1.10.", True, [("date", "--01-01", None, None), ("money", 1.3, "CHF", None), ("money", 1.2, "CHF", None), ("money", 1.1, "CHF", None)], None),
    ("de", "Die Preisüberwachung hatte einem Aufschlag von höchstens 10 Rappen zugestimmt.", True, [("money", 0.1, "CHF", "at_most")], None),
    ("de", "Die Zahl der adressierten Briefe ist seit 2015 um rund 30 Prozent auf 1,5 Milliarden Stück zurückgegangen.", True, [("year", 2015, None, None), ("percent", 30, "%", "about"), ("count", 1500000000, None, None)], None),
    ("de", "Ein Paket bis 2 Kilogramm kostet am Schalter neu 9.50 Franken.", True, [("count", 2, None, "up_to"), ("money", 9.5, "CHF", None)], None),
    ("de", "Die Stiftung für Konsumentenschutz nannte den Aufschlag «unverhältnismässig und schlecht begründet».", False, [], None),
    # --- Armeebudget im Nationalrat (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Nationalrat hat am Dienstag die Erhöhung des Armeebudgets auf ein Prozent des Bruttoinlandprodukts bis 2032 gutgeheissen.", True, [("percent", 1, "%", None), ("year", 2032, None, None)], None),
    ("de", "Die grosse Kammer stimmte mit 118 zu 72 Stimmen bei 3 Enthaltungen zu.", True, [("count", 118, None, None), ("count", 72, None, None), ("count", 3, None, None)], None),
    ("de", "Für die Jahre 2026 bis 2029 umfasst der Zahlungsrahmen der Armee damit 29,8 Milliarden Franken.", True, [("year", 2026, None, None), ("year", 2029, None, None), ("money", 29800000000, "CHF", None)], None),
    ("de", "Als Nächstes befasst sich der Ständerat in der Frühjahrssession mit dem Geschäft.", True, [], None),
    ("de", "Die Linke warnte vergeblich vor einem «Kahlschlag bei der Entwicklungshilfe».", False, [], None),
    # --- SNB rate decision (Reuters) ---
    ("en", "ZURICH, Dec 11 (Reuters) - Switzerland's central bank held its benchmark interest rate at 0% on Thursday, as expected, and said it remained willing to intervene in currency markets.", True, [("date", "--12-11", None, None), ("percent", 0, "%", None)], None),
    ("en", "All 31 economists polled by Reuters had forecast the decision.", True, [("count", 31, None, None)], None),
    ("en", "The central bank trimmed its inflation forecast for 2026 to 0.3% from 0.5%.", True, [("year", 2026, None, None), ("percent", 0.3, "%", None), ("percent", 0.5, "%", None)], None),
    ("en", "The franc has gained about 6% against the euro this year, hurting exporters, the SNB said.", True, [("percent", 6, "%", "about")], "the SNB"),
    ("en", "The SNB last cut rates in June, its sixth reduction since March 2024.", True, [("ordinal", 6, None, None), ("year", 2024, None, None)], None),
    ("en", "Swiss exports to the United States fell 14.2% in October from a year earlier, customs data showed.", True, [("percent", 14.2, "%", None)], None),
    ("en", "\"We stand ready to act if it becomes necessary,\" SNB Chairman Thomas Vogelsang told a news conference.", False, [], None),
    ("en", "Analysts said the franc's strength would keep the central bank under pressure well into next year.", False, [], None),
    # --- Austria passes budget (Reuters) ---
    ("en", "VIENNA, Dec 11 (Reuters) - Austria's parliament approved a two-year budget on Thursday that aims to bring the deficit back below the European Union's limit of 3% of economic output by 2028.", True, [("date", "--12-11", None, None), ("duration", 2, "year", None), ("percent", 3, "%", None), ("year", 2028, None, None)], None),
    ("en", "The shortfall is forecast at 4.5% of gross domestic product this year, one of the largest in the euro zone.", True, [("percent", 4.5, "%", None)], None),
    ("en", "Austria has been subject to an EU excessive deficit procedure since July.", True, [], None),
    ("en", "The government plans savings of 6.4 billion euros ($7.5 billion) in 2026, Finance Minister Markus Stelzhammer told reporters.", True, [("money", 6400000000, "EUR", None), ("money", 7500000000, "USD", None), ("year", 2026, None, None)], "Markus Stelzhammer"),
    ("en", "Public debt is expected to rise to 86.3% of GDP by the end of 2027.", True, [("percent", 86.3, "%", None), ("year", 2027, None, None)], None),
    ("en", "The far-right Freedom Party, which leads opinion polls with about 35%, voted against the budget.", True, [("percent", 35, "%", "about")], None),
    ("en", "Opposition lawmakers dismissed the plan as \"a tax grab dressed up as reform\".", False, [], None),
    ("en", "It was not immediately clear whether the measures would satisfy the European Commission.", False, [], None),
    # --- Swiss vote on speed limits (AFP) ---
    ("en", "GENEVA (AFP) - Swiss voters on Sunday rejected a proposal to impose a 30 km/h speed limit on residential streets nationwide, final results showed.", True, [("count", 30, None, None)], None),
    ("en", "The initiative was turned down by 57.8% of voters and won majorities in only six of the 26 cantons.", True, [("percent", 57.8, "%", None), ("count", 6, None, None), ("count", 26, None, None)], None),
    ("en", "Turnout was 44.2%, the federal chancellery said.", True, [("percent", 44.2, "%", None)], "the federal chancellery"),
    ("en", "Under Switzerland's system of direct democracy, voters are called to the polls four times a year on federal issues.", True, [("count", 4, None, None)], None),
    ("en", "\"Common sense has won today,\" said a spokesman for the No campaign.", False, [], None),
    # --- Avalanche in Tyrol (AFP) ---
    ("en", "VIENNA (AFP) - Three German ski tourers were killed in an avalanche in Austria's Tyrol region on Monday, police said.", True, [("count", 3, None, None)], "police"),
    ("en", "The men, aged 29, 33 and 41, were buried under several metres of snow in the Oetztal valley, a police spokesman told AFP.", True, [("duration", 29, "year", None), ("duration", 33, "year", None), ("duration", 41, "year", None)], None),
    ("en", "A fourth member of the group was dug out alive after about 20 minutes.", True, [("ordinal", 4, None, None), ("duration", 20, "minute", "about")], None),
    ("en", "Authorities had raised the avalanche warning to level four on a five-point scale after heavy snowfall.", True, [("count", 4, None, None), ("count", 5, None, None)], None),
    ("en", "Avalanches kill around 20 people in Austria each winter.", True, [("count", 20, None, "about")], None),
    ("en", "Rescuers urged skiers and hikers to stay on marked slopes.", False, [], None),
    # --- Swiss private bank cuts jobs (Reuters) ---
    ("en", "ZURICH, Dec 11 (Reuters) - Swiss private bank Kessler & Wyss will cut about 450 jobs, or 8% of its workforce, by the end of 2026 as it seeks to save 180 million Swiss francs a year, it said on Thursday.", True, [("date", "--12-11", None, None), ("count", 450, None, "about"), ("percent", 8, "%", None), ("year", 2026, None, None), ("money", 180000000, "CHF", None)], None),
    ("en", "The bank's shares rose 3.4% to 61.85 francs in early trading.", True, [("percent", 3.4, "%", None), ("money", 61.85, "CHF", None)], None),
    ("en", "Assets under management stood at 214 billion francs at the end of October.", True, [("money", 214000000000, "CHF", None)], None),
    ("en", "Kessler & Wyss was fined 12 million francs by Swiss financial regulator FINMA in 2023.", True, [("money", 12000000, "CHF", None), ("year", 2023, None, None)], None),
    ("en", "\"This is a painful but necessary step,\" Chief Executive Andrea Bühlmann said.", False, [], None),
    ("en", "(Reporting by Silke Amstutz; Editing by Mark Lindgren)", False, [], None),
    # --- WIFO forecast (Reuters) ---
    ("en", "VIENNA, Dec 18 (Reuters) - Austria's economy will grow by just 0.9% next year after stagnating in 2025, the WIFO institute said on Thursday, trimming its previous forecast of 1.1%.", True, [("date", "--12-18", None, None), ("percent", 0.9, "%", None), ("year", 2025, None, None), ("percent", 1.1, "%", None)], None),
    ("en", "Unemployment is expected to peak at 7.5% under the national definition.", True, [("percent", 7.5, "%", None)], None),
    ("en", "Inflation should ease to 2.4% in 2026 from 3.6% this year, WIFO said.", True, [("percent", 2.4, "%", None), ("year", 2026, None, None), ("percent", 3.6, "%", None)], "WIFO"),
    ("en", "Austria has been in recession for two of the past three years.", True, [("duration", 2, "year", None), ("duration", 3, "year", None)], None),
    # --- Swiss-U.S. tariffs (Reuters) ---
    ("en", "BERN, Dec 11 (Reuters) - Switzerland's government said on Thursday it had agreed with Washington to cut U.S. tariffs on most Swiss goods to 15% from 39%.", True, [("date", "--12-11", None, None), ("percent", 15, "%", None), ("percent", 39, "%", None)], "Switzerland's government"),
    ("en", "In return, Swiss companies pledged to invest $200 billion in the United States by 2028.", True, [("money", 200000000000, "USD", None), ("year", 2028, None, None)], None),
    ("en", "The United States took about 18% of Swiss exports last year, according to customs data.", True, [("percent", 18, "%", "about")], None),
    ("en", "Pharmaceuticals and gold, which account for more than half of shipments, were largely exempt.", True, [("fraction", 0.5, None, "over")], None),
    ("en", "\"It is a relief, but not a reason to celebrate,\" said an executive at the Swissmem industry association.", False, [], None),
    # --- Swiss population (AP) ---
    ("en", "GENEVA (AP) — Switzerland's permanent resident population grew by 83,400 people last year to just over 9.05 million, the Federal Statistical Office said Tuesday.", True, [("count", 83400, None, None), ("count", 9050000, None, "over")], "the Federal Statistical Office"),
    ("en", "Foreign nationals make up about 27% of residents, one of the highest shares in Europe.", True, [("percent", 27, "%", "about")], None),
    ("en", "Net immigration accounted for nearly all of the increase.", True, [], None),
    ("en", "A popular initiative to cap the population at 10 million before 2050 is expected to go to a vote next year.", True, [("count", 10000000, None, None), ("year", 2050, None, None)], None),
]
