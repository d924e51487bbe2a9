"""Forty-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real agencies, institutions, missions and places such as
"NASA"/"Nasa", "Esa", "ISRO", "JAXA", "CERN"/"Cern", "Desy", "OECD", "FWF", "Statistik
Austria", "ETH Zürich", "Ariane 6", "Artemis II", "Voyager 1", "Starship" or "Elon Musk"
stand for the way wire copy names them; the astronauts, researchers, officials and
companies - "Jonas Wehrle", "Angela Brückner", "Petra Lindqvist", "Martin Kessler", "Lea
Moosbrugger", "Hannah Ocampo", "Lucy Brennan", "Peter Lawson", "Helen Marsh" and others -
are invented, and so is what anybody says and counts).

Its weight: SCIENCE, SPACE, RESEARCH AND EDUCATION COPY - space missions (launches, orbits
in km, mission durations, costs and budgets), astronomy and physics findings (light years,
temperatures in Kelvin and degrees, masses, ages of the universe and of ice), medical
research (Phase-2/Phase-3 studies and trials, participants, efficacy and side-effect
percentages, grants), university rankings and student numbers, school results (PISA
points, Matura and graduation rates, teacher shortages) and research budgets and grants.
Half German (APA, dpa, Keystone-SDA, AFP and Reuters German services; "heuer",
"inskribiert", "Matura", "280'000", „“ quotes), half English (Reuters, AP, PA, AAP, PTI;
"lakh", "crore", "Rs", "A$", "C$", "£", "metres", "programme"). Negatives as such copy
has them: researchers' and officials' enthusiasm and verdicts in quotes, speculation about
what a finding might mean, popular-science colour, rhetorical and teaser questions, open
questions, appeals and advice.

209 rows (105 German, 104 English), 53 negatives (27 German, 26 English), 156 check-worthy
rows of which 5 carry no figure (2 German, 3 English), 262 expected quantities (107
counts, 44 durations, 31 amounts of money, 30 percentages, 29 years, 13 ordinals, 6
fractions, 2 dates; 4 of them in negatives), 28 checked speakers (12 German, 16 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "new" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact is check-worthy with the speaker its own attribution gives ("..., sagte
  Missionsleiterin Angela Brückner." -> "Angela Brückner").
- New: the number of a trial phase is a count, written in a compound or not:
  "Phase-3-Studie" count 3, "Phase-2-Studie" count 2, "a Phase 3 trial" count 3, "a Phase
  2 trial" count 2 (a figure inside a compound read as written, as "28-Punkte-Plan", and a
  step on a scale, as "Category 5" and "magnitude 6.4"); no Roman phase numerals are used.
- New: names of missions, rockets, probes and satellites with a figure carry none:
  "Ariane 6", "Falcon-9-Rakete", "Artemis II", "H3 rocket", "Pegasus-2", "Voyager 1", as
  "737 MAX", "S&P 500" and "A1" (names and identifiers).
- Physical measures are counts (fourth batch): "rund 40 Lichtjahre", "rund 160.000
  Lichtjahre", "350 light years", "40 light-years" (a distance, as "124 light-years",
  eighteenth batch, and "about 120 light years", eighth); new: Kelvin is a count as "Grad"
  is: "1,9 Kelvin", "etwa 5.800 Kelvin" 5800 "about", "0 Kelvin" count 0, "375 Kelvin",
  "about 1 Kelvin" 1 "about"; "minus 273,15 Grad Celsius" -273.15 (a sign on the figure,
  as "minus 15 Grad"); "über 400 Grad Celsius" 400 "over", "rund 15 Millionen Grad"
  15,000,000 "about", "more than 1 million degrees Celsius" "over", "one degree" count 1,
  "mehr als 1,5 Grad" 1.5 "over"; "36.000 Kilometern Höhe", "in etwa 400 Kilometern Höhe"
  ("in etwa" is "about"), "550 Kilometern", "2.800 Meter", "zehn Zentimetern", "zwei
  Kilogramm", "knapp zwei Kilogramm" ("nearly"), "120 Gigabyte", "4,410-kg", "400 km",
  "between 340 km and 450 km" (two counts, no hedge), "123 metres", "8 million km", "more
  than 25 billion km", "91-km", "1 million miles", "60 metres", "13.6 trillion electron
  volts" 1.36e13 counts.
- New: PISA scores are counts, as index points ("24.211 Punkten", twenty-sixth): "475
  Punkte", "25 Punkte weniger", "472 Punkten", "575 Punkte", "487 Punkte", "472 points",
  "a drop of 15 points", "scored 489"; "im Schnitt" and "an average of" carry no hedge.
- New: multiples are counts: "etwa 1,3-mal so groß" 1.3 "about" (as "14-mal"), "das
  320-Fache der Sonnenmasse" 320, "about 20 times as much as Jupiter" 20 "about", "about
  200 times hotter" 200 "about"; "almost double" count 2 "nearly" (as "more than double",
  twenty-sixth batch, is 2 "over").
- Ages of things and of the universe are durations in years (thirty-second batch: "The
  35-year-old building"; twenty-sixth: "more than seven billion years old"): "rund 13,8
  Milliarden Jahre alt" 1.38e10 "about", "rund 1,2 Millionen Jahre alt", "just 3 million
  years old" (no hedge), "4.5 billion years for Earth", "nur 290 Millionen Jahre nach dem
  Urknall" 2.9e8 years (no hedge), "The 16-year-old Large Hadron Collider" 16 years.
- Durations: "für sechs Monate", "53 Tage", "rund 90 Minuten", "um 24 Stunden", "nach elf
  Jahren", "rund acht Jahren", "rund zehntägigen Mission" 10 days "about", "78 Wochen", "18
  Monate lang", "mindestens zwölf Jahre lang" "at_least", "für die kommenden sieben Jahre",
  "in den nächsten zehn Jahren", "der nächsten drei Jahre", "für fünf Jahre", "183 days",
  "66 minutes", "a three-day mission", "a five-year study", "for two years", "within two
  years", "once every 13 days" 13 days, "about 23 hours", "across 72
  weeks"; new: "über vier Jahre" naming the span of a grant is 4 years with no hedge (as
  "over four years", twenty-sixth), and "over 12 years", "over four years" likewise; "vier
  Sommer" is count 4 (a season is no unit of the duration list, as "six quarters");
  "jährlich", "im kommenden Jahr", "each year", "a year", "this year", "last year", "in a
  decade", "in the year to June", "the end of the year", "an hour's warning" none.
- Ages of people: "mindestens 60 Jahre alt" 60 years "at_least"; "Personen unter 50
  Jahren" 50 years "under"; "Fast jeder dritte Fünfzehnjährige" 15 years with the fraction
  (as "zwölfjähriges Mädchen", twenty-eighth); "Fifteen-year-olds" 15 years; "aged between
  10 months and 16 years" two durations; "children under five" 5 years "under".
- Rankings: "auf Rang 119" ordinal 119 and "Platz elf" ordinal 11 (as "auf Rang acht",
  twenty-seventh); "um zwölf Plätze" count 12 and "slipped two places" count 2; "rose to
  sixth", "to fifth", "ranked 219th" ordinals; "for the 10th year in a row" ordinal 10;
  "sixth consecutive successful flight", "its 11th test flight" ordinals; "zum dritten Mal",
  "zum zweiten Mal" ordinals; "the first uncrewed Starships" ordinal 1; "erstmals" none;
  "the fourth nation" in a negative ordinal 4 and "for the first time" in a negative ordinal
  1 (labelled, as figures in negatives are).
- Fractions: "etwa jeder zehnte Fall" 0.1 "about"; "Fast jeder dritte" 0.3333 "nearly";
  "Jede fünfte" 0.2; "knapp zwei Drittel" 0.6667 "nearly"; "One in four" 0.25; "Nearly one
  in three" 0.3333 "nearly"; "83 von 100 Tumoren" and "10 of 12 children" two counts each
  (not a fraction).
- Money: "Rs 20,193 crore" 2.0193e11 INR; "2.3 lakh", "1.5 lakh" counts 230,000 and
  150,000 (twentieth batch); "A$48.2 million", "A$51 billion", "A$395 million" AUD; "C$1.7
  billion" CAD; "knapp eine Milliarde Franken" 1e9 CHF "nearly", "15 billion Swiss francs"
  CHF; "22.1 billion euros" EUR; "93 Milliarden Dollar", "etwa zehn Milliarden Dollar" USD;
  "jährlich bis zu 15 Millionen Euro" "up_to"; "insgesamt", "A record 54", "Only 17.6%",
  "just 31%", "only 62%", "nur" no hedge.
- Years: "im Frühjahr 2027", "im Juli 2031", "ab Mitte 2026", "im Herbst 2027", "auf April
  2026", "in March 2023", "in December 2032", "by the end of 2026", "fiscal 2026", "fiscal
  2025", "frühestens 2028" (the year, as "frühestens Ende 2026", fortieth) the years; "from
  2028 to 2034" two years; "the 2022-23 school year" two years, 2022 and 2023 (as "2025/26",
  fortieth batch). Datelines with a day ("TOKYO, Dec 3 (Reuters)", "OTTAWA, Dec 4
  (Reuters)") dates without a year; other datelines and weekdays none.
- Check-worthy without a figure: a publication in a named journal (both languages), a
  filing for approval announced by a company, a forecasters' statement about warning time,
  and "Die Zulassung ... soll noch heuer beantragt werden" with its speaker.
- Negatives: researchers', officials' and executives' enthusiasm and verdicts in quotes
  ("„Wir haben praktisch einen Zwilling der Erde ... gefunden“, schwärmte ...", "\"This
  could be a game-changer ...\"", "\"It's like catching a baby ...\"", "\"The sector is at
  breaking point\"", "\"What a day. What a ride\""), a quoted popular-science image ("„Das
  Eis ist gewissermaßen ein Archiv ...“"), speculation about what a finding might mean
  ("Scientists believe the discovery could rewrite textbooks ...", "Astronomen fürchten,
  dass der Nachthimmel ... aussehen könnte ..."), popular-science colour ("Imagine a world
  where it rains sand.", "ein schwindelerregender Gedanke", "Ein kleiner Würfel, der
  Großes geleistet hat."), rhetorical and open questions ("Kann man das Universum ...?",
  "Is this the end of physics ...?", "Ob ..., ist offen", "Whether that timetable is
  realistic ..."), verdicts without checkable content ("Ein kluger Schritt, aber ...",
  "Eine Schande für ein Land ...", "The pandemic alone cannot explain the fall, the report
  argued.", "Headteachers doubt that 6,500 will be anywhere near enough." with its count
  labelled), reassurance ("There is no need to panic, astronomers stressed."), appeals and
  advice ("Anyone interested in taking part ... should speak to their GP.", "Eltern sollten
  sich ... informieren, rät die Bildungsdirektion.", "Parents should read the findings with
  caution, experts advise.", a hotline line).
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Missionsleiterin", "Desy-Direktor" after "so", "Health Minister", "Education
  Minister"); "teilte die Esa / das Klimaschutzministerium / die Technische Universität
  Graz / das Unternehmen / die OECD / das Wissenschaftsministerium mit", "wie das
  Schulministerium / das Bundesamt für Statistik / das Statistische Bundesamt mitteilte"
  the source in the nominative with its article; "Laut Statistik Austria" -> "Statistik
  Austria" as written; "NASA said" as written (as "Eurostat said"); "the European Space
  Agency said", "the company said", "the OECD said", "the Education Department said", "the
  National Foundation for Educational Research said", "the foundation said", "the
  government said", "the World Health Organization said" and "according to the Planetary
  Society / the health ministry / the Office for National Statistics / the Office for
  Students" with the article in lower case. Left unchecked (None): "nach Angaben der
  Raumfahrtagentur", "nach Angaben der Raumfahrtbehörde CNSA", "nach Angaben des
  Bildungsministeriums" (no verb form settled), "teilte der Klimadienst Copernicus mit" and
  "the space agency JAXA said" (a description before a name), "its maker said",
  "researchers reported", "Physicists at CERN said", "a study has found", "Home Office
  figures showed", "the education minister announced", "Elon Musk has said", "forecasters
  say" (present tense) and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_44 = [
    # --- Raumfahrt (dpa, APA, AFP, Reuters, Keystone-SDA) ------------------------------------
    ("de", "Kourou (AFP) - Die europäische Trägerrakete Ariane 6 hat am Dienstag einen Wettersatelliten in eine Umlaufbahn in rund 36.000 Kilometern Höhe gebracht.", True,
     [("count", 36000, None, "about")], None),
    ("de", "Der Satellit soll mindestens zwölf Jahre lang Daten liefern, teilte die Esa mit.", True,
     [("duration", 12, "year", "at_least")], "die Esa"),
    ("de", "Die Mission kostet nach Angaben der Raumfahrtagentur insgesamt rund 1,4 Milliarden Euro.", True,
     [("money", 1400000000, "EUR", "about")], None),
    ("de", "Köln (dpa) - Im Frühjahr 2027 soll der deutsche Raumfahrer Jonas Wehrle für sechs Monate auf die ISS fliegen.", True,
     [("year", 2027, None, None), ("duration", 6, "month", None)], None),
    ("de", "Die ISS umkreist die Erde in etwa 400 Kilometern Höhe und braucht für eine Runde rund 90 Minuten.", True,
     [("count", 400, None, "about"), ("duration", 90, "minute", "about")], None),
    ("de", "„Das ist ein Traum, den ich seit meiner Kindheit habe“, sagte Wehrle bei der Vorstellung in Köln.", False,
     [], None),
    ("de", "Peking (Reuters) - China hat nach Angaben der Raumfahrtbehörde CNSA zum dritten Mal Gesteinsproben vom Mond zur Erde gebracht.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Die Kapsel brachte knapp zwei Kilogramm Material mit, die Mission dauerte 53 Tage.", True,
     [("count", 2, None, "nearly"), ("duration", 53, "day", None)], None),
    ("de", "Bis 2030 will China erstmals Menschen auf den Mond bringen.", True,
     [("year", 2030, None, None)], None),
    ("de", "Ob die Raumfahrtnation damit die USA im Wettlauf zum Mond überholt, ist offen.", False,
     [], None),
    ("de", "Darmstadt (dpa) - Die Raumsonde Juice hat auf ihrem Weg zum Jupiter ein Vorbeiflugmanöver an der Venus absolviert und dabei rund 10.000 Kilometer Abstand gehalten.", True,
     [("count", 10000, None, "about")], None),
    ("de", "Die Sonde soll den Gasriesen im Juli 2031 erreichen, nach einer Reise von rund acht Jahren.", True,
     [("year", 2031, None, None), ("duration", 8, "year", "about")], None),
    ("de", "Die Sonde habe bereits mehr als 120 Gigabyte an Messdaten zur Erde gefunkt, sagte Missionsleiterin Angela Brückner.", True,
     [("count", 120, None, "over")], "Angela Brückner"),
    ("de", "Kontrollleiter Mario Hänsel sprach von einem „wunderschönen Moment für das ganze Team“.", False,
     [], None),
    ("de", "Die Bundesregierung stellt dem Deutschen Zentrum für Luft- und Raumfahrt im kommenden Jahr 2,1 Milliarden Euro zur Verfügung, ein Plus von 4,5 Prozent.", True,
     [("money", 2100000000, "EUR", None), ("percent", 4.5, "%", None)], None),
    ("de", "Österreich beteiligt sich mit 92 Millionen Euro an den Esa-Programmen der nächsten drei Jahre, teilte das Klimaschutzministerium mit.", True,
     [("money", 92000000, "EUR", None), ("duration", 3, "year", None)], "das Klimaschutzministerium"),
    ("de", "Was der Mensch im All eigentlich verloren hat, fragen sich Kritiker seit Jahrzehnten.", False,
     [], None),
    ("de", "Der Start der Falcon-9-Rakete wurde wegen starker Höhenwinde um 24 Stunden verschoben.", True,
     [("duration", 24, "hour", None)], None),
    ("de", "An Bord befinden sich 29 Starlink-Satelliten, die in 550 Kilometern Höhe ausgesetzt werden sollen.", True,
     [("count", 29, None, None), ("count", 550, None, None)], None),
    ("de", "Inzwischen kreisen mehr als 8.000 Satelliten des Unternehmens um die Erde.", True,
     [("count", 8000, None, "over")], None),
    ("de", "Astronomen fürchten, dass der Nachthimmel bald nicht mehr so aussehen könnte wie früher.", False,
     [], None),
    ("de", "Houston (AFP) - Die Nasa hat den Start der bemannten Mondmission Artemis II auf April 2026 verschoben.", True,
     [("year", 2026, None, None)], None),
    ("de", "Die vier Astronauten sollen den Mond in einer rund zehntägigen Mission umrunden, ohne zu landen.", True,
     [("count", 4, None, None), ("duration", 10, "day", "about")], None),
    ("de", "Die Kosten des Artemis-Programms schätzt der Rechnungshof der Nasa auf 93 Milliarden Dollar bis 2025.", True,
     [("money", 93000000000, "USD", None), ("year", 2025, None, None)], None),
    ("de", "Ist das Geld angesichts der Probleme auf der Erde wirklich gut angelegt?", False,
     [], None),
    ("de", "Wien (APA) - Der österreichische Nanosatellit Pegasus-2 ist nach elf Jahren im All in der Erdatmosphäre verglüht, teilte die Technische Universität Graz mit.", True,
     [("duration", 11, "year", None)], "die Technische Universität Graz"),
    ("de", "Der würfelförmige Satellit wog nur zwei Kilogramm und hatte eine Kantenlänge von zehn Zentimetern.", True,
     [("count", 2, None, None), ("count", 10, None, None)], None),
    ("de", "Ein kleiner Würfel, der Großes geleistet hat.", False,
     [], None),
    # --- Astronomie und Physik ----------------------------------------------------------------
    ("de", "Garching (dpa) - Ein internationales Forscherteam hat einen Exoplaneten entdeckt, der rund 40 Lichtjahre von der Erde entfernt einen Roten Zwerg umkreist.", True,
     [("count", 40, None, "about")], None),
    ("de", "Der Planet ist etwa 1,3-mal so groß wie die Erde und benötigt für einen Umlauf nur 4,2 Tage.", True,
     [("count", 1.3, None, "about"), ("duration", 4.2, "day", None)], None),
    ("de", "Die Forschenden schätzen die Temperatur an seiner Oberfläche auf über 400 Grad Celsius.", True,
     [("count", 400, None, "over")], None),
    ("de", "Ob dort Leben möglich wäre, darüber lässt sich derzeit nur spekulieren.", False,
     [], None),
    ("de", "„Wir haben praktisch einen Zwilling der Erde vor der Haustür gefunden“, schwärmte Studienleiterin Petra Lindqvist.", False,
     [], None),
    ("de", "Die Ergebnisse erschienen in der Fachzeitschrift „Nature Astronomy“.", True,
     [], None),
    ("de", "Genf (Keystone-SDA) - Der Teilchenbeschleuniger LHC am Cern wird ab Mitte 2026 für rund drei Jahre abgeschaltet und umgebaut.", True,
     [("year", 2026, None, None), ("duration", 3, "year", "about")], None),
    ("de", "Der Umbau zum High-Luminosity-LHC kostet knapp eine Milliarde Franken.", True,
     [("money", 1000000000, "CHF", "nearly")], None),
    ("de", "Die supraleitenden Magnete des 27 Kilometer langen Rings werden auf 1,9 Kelvin gekühlt, also kälter als das Weltall.", True,
     [("count", 27, None, None), ("count", 1.9, None, None)], None),
    ("de", "Am Cern arbeiten rund 2.700 Angestellte, dazu kommen mehr als 12.000 Gastforschende aus aller Welt.", True,
     [("count", 2700, None, "about"), ("count", 12000, None, "over")], None),
    ("de", "Heidelberg (dpa) - Astronomen haben das bislang massereichste bekannte Sternenpaar vermessen: Die beiden Sterne bringen zusammen das 320-Fache der Sonnenmasse auf die Waage.", True,
     [("count", 320, None, None)], None),
    ("de", "Das System liegt in der Großen Magellanschen Wolke, rund 160.000 Lichtjahre entfernt.", True,
     [("count", 160000, None, "about")], None),
    ("de", "Das Licht, das wir heute von dort sehen, war also schon unterwegs, als es noch Neandertaler gab – ein schwindelerregender Gedanke.", False,
     [], None),
    ("de", "Das Universum ist nach heutigem Stand rund 13,8 Milliarden Jahre alt.", True,
     [("duration", 13800000000, "year", "about")], None),
    ("de", "Die Sonne hat eine Oberflächentemperatur von etwa 5.800 Kelvin.", True,
     [("count", 5800, None, "about")], None),
    ("de", "Im Kern des Sterns herrschen rund 15 Millionen Grad.", True,
     [("count", 15000000, None, "about")], None),
    ("de", "Mit minus 273,15 Grad Celsius ist der absolute Nullpunkt erreicht, das entspricht 0 Kelvin.", True,
     [("count", -273.15, None, None), ("count", 0, None, None)], None),
    ("de", "Kann man das Universum überhaupt je ganz verstehen?", False,
     [], None),
    ("de", "Potsdam (dpa) - Die vergangenen zwölf Monate waren global erstmals mehr als 1,5 Grad wärmer als das vorindustrielle Niveau, teilte der Klimadienst Copernicus mit.", True,
     [("duration", 12, "month", None), ("count", 1.5, None, "over")], None),
    ("de", "Forschende der Universität Graz haben im Eis der Antarktis Luftblasen gefunden, die rund 1,2 Millionen Jahre alt sind.", True,
     [("duration", 1200000, "year", "about")], None),
    ("de", "Der Bohrkern ist 2.800 Meter lang, die Bohrung dauerte vier Sommer.", True,
     [("count", 2800, None, None), ("count", 4, None, None)], None),
    ("de", "„Das Eis ist gewissermaßen ein Archiv der Erdgeschichte, in dem wir blättern können“, sagte Glaziologin Ines Hofmann.", False,
     [], None),
    ("de", "Das James-Webb-Teleskop hat eine Galaxie entdeckt, deren Licht nur 290 Millionen Jahre nach dem Urknall ausgesandt wurde.", True,
     [("duration", 290000000, "year", None)], None),
    ("de", "Das Teleskop kreist rund 1,5 Millionen Kilometer von der Erde entfernt um die Sonne und kostete etwa zehn Milliarden Dollar.", True,
     [("count", 1500000, None, "about"), ("money", 10000000000, "USD", "about")], None),
    ("de", "Was es wohl als Nächstes entdecken wird?", False,
     [], None),
    ("de", "Hamburg (dpa) - Am Forschungszentrum Desy wird für 1,3 Milliarden Euro ein neuer Röntgenring gebaut, der 2032 in Betrieb gehen soll.", True,
     [("money", 1300000000, "EUR", None), ("year", 2032, None, None)], None),
    ("de", "Mit dem Bau soll im Herbst 2027 begonnen werden, so Desy-Direktor Martin Kessler.", True,
     [("year", 2027, None, None)], "Martin Kessler"),
    ("de", "Hamburg werde damit zum Leuchtturm der Materialforschung, zeigte sich die Wissenschaftssenatorin überzeugt.", False,
     [], None),
    ("de", "Ein Röntgenblick ins Innere der Materie – davon träumen Forschende seit Generationen.", False,
     [], None),
    # --- Medizinische Forschung ---------------------------------------------------------------
    ("de", "Mainz (dpa) - Ein Impfstoff gegen das RS-Virus hat in einer Phase-3-Studie mit knapp 25.000 Teilnehmenden eine Wirksamkeit von 82,6 Prozent gezeigt.", True,
     [("count", 3, None, None), ("count", 25000, None, "nearly"), ("percent", 82.6, "%", None)], None),
    ("de", "Die Teilnehmenden waren mindestens 60 Jahre alt und wurden 18 Monate lang beobachtet.", True,
     [("duration", 60, "year", "at_least"), ("duration", 18, "month", None)], None),
    ("de", "Schwere Nebenwirkungen traten bei 0,4 Prozent der Geimpften auf, in der Placebogruppe bei 0,3 Prozent.", True,
     [("percent", 0.4, "%", None), ("percent", 0.3, "%", None)], None),
    ("de", "Die Zulassung bei der Europäischen Arzneimittelagentur soll noch heuer beantragt werden, teilte das Unternehmen mit.", True,
     [], "das Unternehmen"),
    ("de", "„Das ist ein Meilenstein für Millionen älterer Menschen“, sagte Firmenchef Konrad Wiesinger.", False,
     [], None),
    ("de", "Wien (APA) - An der Medizinischen Universität Wien startet eine Phase-2-Studie zu einem neuen Wirkstoff gegen Alzheimer, an der 240 Patientinnen und Patienten teilnehmen sollen.", True,
     [("count", 2, None, None), ("count", 240, None, None)], None),
    ("de", "Die Studie läuft 78 Wochen und wird vom Wissenschaftsfonds FWF mit 3,2 Millionen Euro gefördert.", True,
     [("duration", 78, "week", None), ("money", 3200000, "EUR", None)], None),
    ("de", "In Österreich leben nach Schätzungen rund 130.000 Menschen mit einer Demenzerkrankung.", True,
     [("count", 130000, None, "about")], None),
    ("de", "Ob der Wirkstoff das Fortschreiten der Krankheit tatsächlich bremsen kann, wird sich frühestens 2028 zeigen.", False,
     [("year", 2028, None, None)], None),
    ("de", "Angehörige von Betroffenen können sich für eine Teilnahme bei der Hotline der Universitätsklinik melden.", False,
     [], None),
    ("de", "Bern (Keystone-SDA) - In der Schweiz erkranken jährlich rund 4600 Menschen an Darmkrebs, etwa jeder zehnte Fall betrifft Personen unter 50 Jahren.", True,
     [("count", 4600, None, "about"), ("fraction", 0.1, None, "about"), ("duration", 50, "year", "under")], None),
    ("de", "Eine neue Bluttest-Methode erkannte in einer Studie 83 von 100 Tumoren im Frühstadium.", True,
     [("count", 83, None, None), ("count", 100, None, None)], None),
    ("de", "Das Forschungsteam wird vom Nationalfonds über vier Jahre mit 1,8 Millionen Franken unterstützt.", True,
     [("duration", 4, "year", None), ("money", 1800000, "CHF", None)], None),
    ("de", "Ein Durchbruch sei das aber noch lange nicht, mahnte Onkologe Urs Gerber zur Geduld.", False,
     [], None),
    # --- Hochschulen und Schulen --------------------------------------------------------------
    ("de", "Wien (APA) - Im laufenden Wintersemester sind an Österreichs öffentlichen Universitäten 268.400 Studierende inskribiert, um 1,2 Prozent weniger als im Vorjahr.", True,
     [("count", 268400, None, None), ("percent", 1.2, "%", None)], None),
    ("de", "Die Universität Wien ist mit rund 85.000 Studierenden die größte Hochschule im deutschsprachigen Raum.", True,
     [("count", 85000, None, "about")], None),
    ("de", "Im neuen Times-Hochschulranking verbesserte sich die Universität Wien um zwölf Plätze auf Rang 119.", True,
     [("count", 12, None, None), ("ordinal", 119, None, None)], None),
    ("de", "Die ETH Zürich belegt im selben Ranking Platz elf und bleibt damit die beste Hochschule Kontinentaleuropas.", True,
     [("ordinal", 11, None, None)], None),
    ("de", "Rankings sagen über die Qualität der Lehre herzlich wenig aus, findet Rektor Thomas Albrich.", False,
     [], None),
    ("de", "München (dpa) - Die Technische Universität München erhält in der Exzellenzstrategie für die kommenden sieben Jahre jährlich bis zu 15 Millionen Euro.", True,
     [("duration", 7, "year", None), ("money", 15000000, "EUR", "up_to")], None),
    ("de", "Insgesamt fördern Bund und Länder 70 Exzellenzcluster mit jährlich 539 Millionen Euro.", True,
     [("count", 70, None, None), ("money", 539000000, "EUR", None)], None),
    ("de", "Wer hätte gedacht, dass ausgerechnet die Quantenphysik einmal zum Standortfaktor wird?", False,
     [], None),
    ("de", "Berlin (dpa) - Deutsche Schülerinnen und Schüler haben im jüngsten Pisa-Test in Mathematik im Schnitt 475 Punkte erreicht, 25 Punkte weniger als 2018.", True,
     [("count", 475, None, None), ("count", 25, None, None), ("year", 2018, None, None)], None),
    ("de", "Der OECD-Schnitt liegt bei 472 Punkten, Spitzenreiter Singapur kommt auf 575 Punkte.", True,
     [("count", 472, None, None), ("count", 575, None, None)], None),
    ("de", "Fast jeder dritte Fünfzehnjährige erreicht beim Lesen nicht das Mindestniveau, teilte die OECD mit.", True,
     [("fraction", 0.3333, None, "nearly"), ("duration", 15, "year", None)], "die OECD"),
    ("de", "Österreich erzielte in Mathematik 487 Punkte und liegt damit knapp über dem Durchschnitt.", True,
     [("count", 487, None, None)], None),
    ("de", "„Diese Zahlen müssen uns alle wachrütteln“, sagte Bildungsministerin Karin Prechtl.", False,
     [], None),
    ("de", "Wie es so weit kommen konnte, darüber streiten Fachleute seit Jahren.", False,
     [], None),
    ("de", "Wien (APA) - Zum Schulstart fehlen in Österreich nach Angaben des Bildungsministeriums rund 1.600 Lehrkräfte, die meisten davon in Wien.", True,
     [("count", 1600, None, "about")], None),
    ("de", "Mehr als 40 Prozent der Volksschullehrerinnen und -lehrer gehen in den nächsten zehn Jahren in Pension.", True,
     [("percent", 40, "%", "over"), ("duration", 10, "year", None)], None),
    ("de", "Die Maturaquote an den AHS lag im Vorjahr bei 91,3 Prozent, an den berufsbildenden höheren Schulen bei 84,7 Prozent.", True,
     [("percent", 91.3, "%", None), ("percent", 84.7, "%", None)], None),
    ("de", "Eltern sollten sich rechtzeitig über die Anmeldefristen informieren, rät die Bildungsdirektion.", False,
     [], None),
    ("de", "Düsseldorf (dpa) - In Nordrhein-Westfalen sind zum neuen Schuljahr 6.800 Lehrerstellen unbesetzt, wie das Schulministerium mitteilte.", True,
     [("count", 6800, None, None)], "das Schulministerium"),
    ("de", "Jede fünfte Stelle an Grundschulen wird inzwischen von Seiteneinsteigern besetzt.", True,
     [("fraction", 0.2, None, None)], None),
    ("de", "Neuenburg (Keystone-SDA) - An den Schweizer Hochschulen haben sich heuer erstmals mehr als 280'000 Studierende eingeschrieben, wie das Bundesamt für Statistik mitteilte.", True,
     [("count", 280000, None, "over")], "das Bundesamt für Statistik"),
    ("de", "Der Frauenanteil liegt bei 52 Prozent, in den Ingenieurwissenschaften allerdings nur bei 27 Prozent.", True,
     [("percent", 52, "%", None), ("percent", 27, "%", None)], None),
    ("de", "Eine Schande für ein Land, das sich gerne als Innovationsweltmeister sieht, kommentierte die Studierendenvertretung.", False,
     [], None),
    # --- Forschungsbudgets und Förderungen ----------------------------------------------------
    ("de", "Berlin (Reuters) - Deutschland will seine Ausgaben für Forschung und Entwicklung bis 2030 auf 3,5 Prozent der Wirtschaftsleistung steigern.", True,
     [("year", 2030, None, None), ("percent", 3.5, "%", None)], None),
    ("de", "Derzeit liegt die Quote bei 3,1 Prozent, wie das Statistische Bundesamt mitteilte.", True,
     [("percent", 3.1, "%", None)], "das Statistische Bundesamt"),
    ("de", "Die Wirtschaft trägt knapp zwei Drittel der Forschungsausgaben.", True,
     [("fraction", 0.6667, None, "nearly")], None),
    ("de", "Der Europäische Forschungsrat vergibt in der jüngsten Runde 494 Starting Grants mit einem Volumen von insgesamt 761 Millionen Euro.", True,
     [("count", 494, None, None), ("money", 761000000, "EUR", None)], None),
    ("de", "Jeder Grant ist mit bis zu 1,5 Millionen Euro für fünf Jahre dotiert.", True,
     [("money", 1500000, "EUR", "up_to"), ("duration", 5, "year", None)], None),
    ("de", "Österreichische Forschende erhielten 17 der Förderungen, um vier mehr als im Vorjahr.", True,
     [("count", 17, None, None), ("count", 4, None, None)], None),
    ("de", "Die Innsbrucker Quantenphysikerin Lea Moosbrugger bekommt bereits zum zweiten Mal einen ERC-Grant.", True,
     [("ordinal", 2, None, None)], None),
    ("de", "„Ohne diese Förderung wäre unsere Forschung schlicht nicht möglich“, sagte Moosbrugger.", False,
     [], None),
    ("de", "Das Budget des Wissenschaftsfonds FWF steigt im kommenden Jahr um 9 Prozent auf 326 Millionen Euro, teilte das Wissenschaftsministerium mit.", True,
     [("percent", 9, "%", None), ("money", 326000000, "EUR", None)], "das Wissenschaftsministerium"),
    ("de", "Ein kluger Schritt, aber bei weitem nicht genug, meinen die Rektoren.", False,
     [], None),
    ("de", "Laut Statistik Austria gab Österreich 2024 rund 16,6 Milliarden Euro für Forschung aus, das sind 3,34 Prozent des BIP.", True,
     [("year", 2024, None, None), ("money", 16600000000, "EUR", "about"), ("percent", 3.34, "%", None)], "Statistik Austria"),

    # --- Space (Reuters, AP, PA, AAP, PTI) ------------------------------------------------------
    ("en", "CAPE CANAVERAL, Fla. (AP) — NASA launched a weather satellite on Tuesday that will watch the sun from a point 1 million miles from Earth.", True,
     [("count", 1000000, None, None)], None),
    ("en", "The $780 million mission is designed to last at least five years, NASA said.", True,
     [("money", 780000000, "USD", None), ("duration", 5, "year", "at_least")], "NASA"),
    ("en", "Space weather forecasters say the spacecraft will give them up to an hour's warning of solar storms.", True,
     [], None),
    ("en", "\"It's like getting a brand-new pair of eyes on the sun,\" said mission scientist Laura Benitez.", False,
     [], None),
    ("en", "BENGALURU (PTI) - The Indian Space Research Organisation on Saturday placed a 4,410-kg communication satellite into orbit, the heaviest it has launched from Indian soil.", True,
     [("count", 4410, None, None)], None),
    ("en", "ISRO plans to send three astronauts to an orbit of 400 km for a three-day mission in 2027.", True,
     [("count", 3, None, None), ("count", 400, None, None), ("duration", 3, "day", None), ("year", 2027, None, None)], None),
    ("en", "The human spaceflight programme has a budget of Rs 20,193 crore.", True,
     [("money", 201930000000, "INR", None)], None),
    ("en", "Could India become the fourth nation to put humans in orbit on its own rocket?", False,
     [("ordinal", 4, None, None)], None),
    ("en", "TOKYO, Dec 3 (Reuters) - Japan's H3 rocket successfully launched a navigation satellite on Wednesday, the space agency JAXA said.", True,
     [("date", "--12-03", None, None)], None),
    ("en", "It was the rocket's sixth consecutive successful flight since a failed debut in March 2023.", True,
     [("ordinal", 6, None, None), ("year", 2023, None, None)], None),
    ("en", "WASHINGTON (Reuters) - The White House has proposed cutting NASA's science budget by 47% to $3.9 billion for fiscal 2026.", True,
     [("percent", 47, "%", None), ("money", 3900000000, "USD", None), ("year", 2026, None, None)], None),
    ("en", "The proposal would cancel 41 science missions, including probes already in operation, according to the Planetary Society.", True,
     [("count", 41, None, None)], "the Planetary Society"),
    ("en", "Scientists called the plan \"an extinction-level event\" for American space science.", False,
     [], None),
    ("en", "Who, after all, will pay for the science if Washington doesn't?", False,
     [], None),
    ("en", "The European Space Agency said its member states had approved a record budget of 22.1 billion euros for the next three years.", True,
     [("money", 22100000000, "EUR", None), ("duration", 3, "year", None)], "the European Space Agency"),
    ("en", "Germany is the largest contributor at about 5 billion euros, followed by France and Italy.", True,
     [("money", 5000000000, "EUR", "about")], None),
    ("en", "BEIJING (Reuters) - Three Chinese astronauts returned to Earth on Friday after 183 days aboard the Tiangong space station.", True,
     [("count", 3, None, None), ("duration", 183, "day", None)], None),
    ("en", "The station orbits at an altitude of between 340 km and 450 km.", True,
     [("count", 340, None, None), ("count", 450, None, None)], None),
    ("en", "SpaceX's Starship flew for 66 minutes on its 11th test flight before splashing down in the Indian Ocean.", True,
     [("duration", 66, "minute", None), ("ordinal", 11, None, None)], None),
    ("en", "The stainless-steel rocket stands 123 metres tall, making it the largest ever built.", True,
     [("count", 123, None, None)], None),
    ("en", "\"What a day. What a ride,\" the company posted on X.", False,
     [], None),
    ("en", "Elon Musk has said he wants to send the first uncrewed Starships to Mars by the end of 2026.", True,
     [("ordinal", 1, None, None), ("year", 2026, None, None)], None),
    ("en", "Whether that timetable is realistic is another question entirely.", False,
     [], None),
    # --- Astronomy and physics --------------------------------------------------------------------
    ("en", "LONDON (PA) - Astronomers have spotted a gas giant orbiting a young star 350 light years away, the youngest planet of its kind yet found.", True,
     [("count", 350, None, None)], None),
    ("en", "The planet is thought to be just 3 million years old, compared with 4.5 billion years for Earth.", True,
     [("duration", 3000000, "year", None), ("duration", 4500000000, "year", None)], None),
    ("en", "It circles its star once every 13 days at a distance of about 8 million km.", True,
     [("duration", 13, "day", None), ("count", 8000000, None, "about")], None),
    ("en", "\"It's like catching a baby in the act of being born,\" said lead researcher Hannah Ocampo of University College London.", False,
     [], None),
    ("en", "The findings were published in the journal Nature on Wednesday.", True,
     [], None),
    ("en", "Scientists believe the discovery could rewrite textbooks on how planets form.", False,
     [], None),
    ("en", "SYDNEY (AAP) - Australian astronomers have measured the temperature of a distant brown dwarf at 375 Kelvin, roughly that of a hot oven.", True,
     [("count", 375, None, None)], None),
    ("en", "The object lies 40 light-years from Earth and weighs about 20 times as much as Jupiter.", True,
     [("count", 40, None, None), ("count", 20, None, "about")], None),
    ("en", "Imagine a world where it rains sand.", False,
     [], None),
    ("en", "GENEVA (Reuters) - Physicists at CERN said they had measured the mass of the W boson to a precision of 0.01%.", True,
     [("percent", 0.01, "%", None)], None),
    ("en", "The 16-year-old Large Hadron Collider smashes protons together at energies of 13.6 trillion electron volts.", True,
     [("duration", 16, "year", None), ("count", 13600000000000, None, None)], None),
    ("en", "CERN's member states will decide in 2028 whether to build a 91-km successor costing about 15 billion Swiss francs.", True,
     [("year", 2028, None, None), ("count", 91, None, None), ("money", 15000000000, "CHF", "about")], None),
    ("en", "Is this the end of physics as we know it?", False,
     [], None),
    ("en", "WASHINGTON (AP) — An asteroid about 60 metres wide has a 3.1% chance of striking the moon in December 2032, NASA said on Thursday.", True,
     [("count", 60, None, "about"), ("percent", 3.1, "%", None), ("year", 2032, None, None)], "NASA"),
    ("en", "Its chance of hitting Earth has fallen to 0.0017%.", True,
     [("percent", 0.0017, "%", None)], None),
    ("en", "There is no need to panic, astronomers stressed.", False,
     [], None),
    ("en", "The coldest place in the known universe, the Boomerang Nebula, sits at about 1 Kelvin, one degree above absolute zero.", True,
     [("count", 1, None, "about"), ("count", 1, None, None)], None),
    ("en", "The sun's corona reaches temperatures of more than 1 million degrees Celsius, about 200 times hotter than its surface.", True,
     [("count", 1000000, None, "over"), ("count", 200, None, "about")], None),
    ("en", "Scientists still cannot fully explain why.", False,
     [], None),
    ("en", "Voyager 1, launched in 1977, is now more than 25 billion km from Earth.", True,
     [("year", 1977, None, None), ("count", 25000000000, None, "over")], None),
    ("en", "Radio signals from the probe take about 23 hours to reach mission controllers.", True,
     [("duration", 23, "hour", "about")], None),
    ("en", "Some day its golden record may be found by another civilisation — or it may not.", False,
     [], None),
    # --- Medical research ---------------------------------------------------------------------------
    ("en", "LONDON (Reuters) - An experimental weight-loss pill cut patients' body weight by an average of 13.6% across 72 weeks in a Phase 3 trial, its maker said on Monday.", True,
     [("percent", 13.6, "%", None), ("duration", 72, "week", None), ("count", 3, None, None)], None),
    ("en", "The trial enrolled 3,127 adults with obesity across 14 countries.", True,
     [("count", 3127, None, None), ("count", 14, None, None)], None),
    ("en", "About 8% of patients on the drug stopped taking it because of side effects, compared with 4% on placebo.", True,
     [("percent", 8, "%", "about"), ("percent", 4, "%", None)], None),
    ("en", "The company said it would file for approval with U.S. regulators by the end of the year.", True,
     [], "the company"),
    ("en", "\"This could be a game-changer for hundreds of millions of people,\" said chief scientific officer Mark Heller.", False,
     [], None),
    ("en", "Analysts expect annual sales of the pill to reach $12 billion by 2030.", True,
     [("money", 12000000000, "USD", None), ("year", 2030, None, None)], None),
    ("en", "NEW DELHI (PTI) - The Indian Council of Medical Research will begin a Phase 2 trial of an indigenous dengue vaccine in 10,335 volunteers across 19 sites.", True,
     [("count", 2, None, None), ("count", 10335, None, None), ("count", 19, None, None)], None),
    ("en", "India reported more than 2.3 lakh dengue cases last year, according to the health ministry.", True,
     [("count", 230000, None, "over")], "the health ministry"),
    ("en", "Volunteers will be followed up for two years.", True,
     [("duration", 2, "year", None)], None),
    ("en", "BOSTON (AP) — A gene therapy restored some hearing in 10 of 12 children born deaf in a small study, researchers reported Sunday.", True,
     [("count", 10, None, None), ("count", 12, None, None)], None),
    ("en", "The children were aged between 10 months and 16 years.", True,
     [("duration", 10, "month", None), ("duration", 16, "year", None)], None),
    ("en", "\"Seeing a child hear her mother's voice for the first time — there is nothing like it,\" said surgeon Amelia Kwan.", False,
     [("ordinal", 1, None, None)], None),
    ("en", "Anyone interested in taking part in the trial should speak to their GP.", False,
     [], None),
    ("en", "SYDNEY (AAP) - A vaccine against a common cause of cervical cancer has cut infections among young Australian women by 92% since it was introduced in 2007, a study has found.", True,
     [("percent", 92, "%", None), ("year", 2007, None, None)], None),
    ("en", "Australia is on track to eliminate cervical cancer as a public health problem by 2035.", True,
     [("year", 2035, None, None)], None),
    ("en", "The government will spend A$48.2 million over four years on screening, Health Minister Lucy Brennan said.", True,
     [("money", 48200000, "AUD", None), ("duration", 4, "year", None)], "Lucy Brennan"),
    ("en", "The UK's Medical Research Council has awarded £24.5 million to a five-year study of long Covid involving 6,000 people.", True,
     [("money", 24500000, "GBP", None), ("duration", 5, "year", None), ("count", 6000, None, None)], None),
    ("en", "Around 1.9 million people in the UK say they have long Covid, according to the Office for National Statistics.", True,
     [("count", 1900000, None, "about")], "the Office for National Statistics"),
    ("en", "We owe it to those patients to find answers, the council's chief executive said.", False,
     [], None),
    ("en", "GENEVA (Reuters) - The World Health Organization said on Tuesday that a new malaria vaccine had been rolled out in 24 African countries, reaching 10 million children.", True,
     [("count", 24, None, None), ("count", 10000000, None, None)], "the World Health Organization"),
    ("en", "The vaccine reduced malaria cases by about 75% in children who received four doses.", True,
     [("percent", 75, "%", "about"), ("count", 4, None, None)], None),
    ("en", "Malaria still kills nearly 600,000 people each year, most of them children under five.", True,
     [("count", 600000, None, "nearly"), ("duration", 5, "year", "under")], None),
    # --- Universities and schools -----------------------------------------------------------------
    ("en", "LONDON (PA) - The University of Oxford has topped the Times Higher Education world rankings for the 10th year in a row.", True,
     [("ordinal", 10, None, None)], None),
    ("en", "Imperial College London rose to sixth, while Cambridge slipped two places to fifth.", True,
     [("ordinal", 6, None, None), ("count", 2, None, None), ("ordinal", 5, None, None)], None),
    ("en", "The rankings assess 2,092 universities in 115 countries.", True,
     [("count", 2092, None, None), ("count", 115, None, None)], None),
    ("en", "British universities face a combined deficit of £1.6 billion this year, according to the Office for Students.", True,
     [("money", 1600000000, "GBP", None)], "the Office for Students"),
    ("en", "About 40% of English universities expect to be in deficit by the end of the academic year.", True,
     [("percent", 40, "%", "about")], None),
    ("en", "International student visa applications fell 14% in the year to June, Home Office figures showed.", True,
     [("percent", 14, "%", None)], None),
    ("en", "\"The sector is at breaking point,\" said university group president Helen Marsh.", False,
     [], None),
    ("en", "How long can universities keep filling the gap with overseas fees?", False,
     [], None),
    ("en", "MELBOURNE (AAP) - Australia will cap new international student enrolments at 295,000 next year, up from 270,000 this year, Education Minister Peter Lawson said.", True,
     [("count", 295000, None, None), ("count", 270000, None, None)], "Peter Lawson"),
    ("en", "International education is worth about A$51 billion a year to the Australian economy.", True,
     [("money", 51000000000, "AUD", "about")], None),
    ("en", "NEW DELHI (PTI) - The Indian Institute of Science in Bengaluru was ranked 219th in the QS World University Rankings, the highest among Indian institutions.", True,
     [("ordinal", 219, None, None)], None),
    ("en", "A record 54 Indian institutions feature in this year's list, up from 46 last year.", True,
     [("count", 54, None, None), ("count", 46, None, None)], None),
    ("en", "Over 1.5 lakh Indian students went to study in the United States in 2024.", True,
     [("count", 150000, None, "over"), ("year", 2024, None, None)], None),
    ("en", "PARIS (Reuters) - Fifteen-year-olds across OECD countries scored an average of 472 points in maths in the latest PISA assessment, a drop of 15 points on 2018.", True,
     [("duration", 15, "year", None), ("count", 472, None, None), ("count", 15, None, None), ("year", 2018, None, None)], None),
    ("en", "Singapore topped the table with 575 points, while the UK scored 489.", True,
     [("count", 575, None, None), ("count", 489, None, None)], None),
    ("en", "One in four students in OECD countries failed to reach basic proficiency in maths, the OECD said.", True,
     [("fraction", 0.25, None, None)], "the OECD"),
    ("en", "The pandemic alone cannot explain the fall, the report argued.", False,
     [], None),
    ("en", "Parents should read the findings with caution, experts advise.", False,
     [], None),
    ("en", "WASHINGTON (AP) — The U.S. high school graduation rate rose to 87% in the 2022-23 school year, the Education Department said.", True,
     [("percent", 87, "%", None), ("year", 2022, None, None), ("year", 2023, None, None)], "the Education Department"),
    ("en", "Public schools reported about 49,000 vacant teaching positions at the start of the school year.", True,
     [("count", 49000, None, "about")], None),
    ("en", "Nearly one in three teachers said they were considering leaving the profession within two years.", True,
     [("fraction", 0.3333, None, "nearly"), ("duration", 2, "year", None)], None),
    ("en", "Teaching is a calling, not a job, the union's president said.", False,
     [], None),
    ("en", "LONDON (PA) - Schools in England recruited only 62% of the secondary teachers they needed this year, the National Foundation for Educational Research said.", True,
     [("percent", 62, "%", None)], "the National Foundation for Educational Research"),
    ("en", "Physics fared worst, with just 31% of training places filled.", True,
     [("percent", 31, "%", None)], None),
    ("en", "The government has promised 6,500 new teachers by the end of this parliament.", True,
     [("count", 6500, None, None)], None),
    ("en", "Headteachers doubt that 6,500 will be anywhere near enough.", False,
     [("count", 6500, None, None)], None),
    # --- Research budgets and grants --------------------------------------------------------------
    ("en", "BRUSSELS (Reuters) - The European Commission proposed a research budget of 175 billion euros for its next funding programme, which runs from 2028 to 2034.", True,
     [("money", 175000000000, "EUR", None), ("year", 2028, None, None), ("year", 2034, None, None)], None),
    ("en", "That would be almost double the 93.5 billion euros of the current Horizon Europe programme.", True,
     [("count", 2, None, "nearly"), ("money", 93500000000, "EUR", None)], None),
    ("en", "The National Science Foundation awarded $2.1 billion in grants in fiscal 2025, down 23% from a year earlier.", True,
     [("money", 2100000000, "USD", None), ("year", 2025, None, None), ("percent", 23, "%", None)], None),
    ("en", "About 1,600 grants were terminated in the spring, the foundation said.", True,
     [("count", 1600, None, "about")], "the foundation"),
    ("en", "Science is the engine of our prosperity, and cutting it is madness.", False,
     [], None),
    ("en", "CANBERRA (AAP) - The Australian Research Council will distribute A$395 million in grants to 480 projects, the education minister announced.", True,
     [("money", 395000000, "AUD", None), ("count", 480, None, None)], None),
    ("en", "Only 17.6% of applications were successful, the lowest rate in a decade.", True,
     [("percent", 17.6, "%", None)], None),
    ("en", "Researchers said they were thrilled, exhausted and, above all, relieved.", False,
     [], None),
    ("en", "OTTAWA, Dec 4 (Reuters) - Canada will spend C$1.7 billion over 12 years to recruit top international researchers, the government said.", True,
     [("date", "--12-04", None, None), ("money", 1700000000, "CAD", None), ("duration", 12, "year", None)], "the government"),
    ("en", "The programme aims to attract more than 1,000 scientists, many of them from the United States.", True,
     [("count", 1000, None, "over")], None),
    ("en", "Why would a top scientist leave Boston for Saskatoon?", False,
     [], None),
]
