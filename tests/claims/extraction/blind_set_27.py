"""Twenty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real names and their spellings, "Putin", "Uschakow",
"Peskow"/"Peskov", "Selenskyj"/"Zelensky", "Pedro Sanchez", "Oscar Puente", stand for the
way wire copy writes them; what is said here is invented).

Its weight: an ordinary German-language wire day, as it reads, not special cases - about
70 % German copy (APA, dpa, Keystone-SDA/AWP, the German services of Reuters; Austrian
"heuer", "Lenker", "Seehöhe", Swiss "ss", "Franken", "Stimmvolk", «» quotes, German
„“ quotes) and 30 % English (Reuters, AP, PA), told as 30 short stories in story order: a
dateline lead, background, figures, attribution, a quote, a closing line. 21 German
stories: the Austrian federal budget, the German federal budget vote, Ukraine talks in
Moscow (a "28-Punkte-Plan", "das sechste Treffen", "knapp ein Fünftel"), a drone attack on
the power grid, the 21st EU sanctions package, the Graz municipal election, a Swiss
referendum, German inflation, Austrian unemployment, a Swiss insurer's results, job cuts
at a car supplier, retail pay talks with warning strikes, a Federal Court of Justice
ruling, a fraud trial, a raid on people smugglers, a motorway crash, a storm, an
avalanche, the flu season, teacher shortages, the Salzburg Festival's figures, a downhill
race and a Bundesliga match; 9 English stories: Ukraine talks, an EU loan to Ukraine, UK
inflation, a profit warning, a fraud sentence, a stabbing, floods in Spain, measles in
Europe, the ATP Finals. Attribution in the common German forms ("sagte X", "so X", "laut
X", "wie X mitteilte", "teilte X mit", "erklärte X", "hieß es aus dem Ratssekretariat",
"nach Angaben von X", "X sagte, ...", Konjunktiv I paraphrase, "kündigte ... an") and the
English ones ("said", "told reporters", "according to", "said in a statement"). Numbers as
German copy writes them: words, compounds ("fünfstündig", "zweiwöchig", "zweistündig",
"28-Punkte-Plan", "52-jährig", "71-Jähriger"), fractions ("ein Fünftel", "Fast ein
Viertel", "Jeder vierte", "Fast jeder dritte", "jedem sechsten", "fast jede zehnte", "fast
die Hälfte"), ordinals ("das sechste Treffen", "zum dritten Mal", "das 21.
Sanktionspaket", "zum 106. Mal", "in der Zweiten Republik", "Dritter wurde", "auf Rang
acht"), digits with German grouping and decimal comma, "Mio.", "Mrd.", hedges ("rund",
"etwa", "knapp", "fast", "über", "mehr als", "mindestens", "bis zu").

230 rows (166 German, 64 English), 47 negatives (32 German, 15 English), 183 check-worthy
rows of which 26 carry no figure (18 German, 8 English), 271 expected quantities (82
counts, 47 percentages, 41 durations, 30 amounts of money, 28 ordinals, 19 years, 13
fractions, 11 dates; 2 of them in negatives), 39 checked speakers (25 German, 14 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run:
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  that reports a fact or a position is check-worthy with the speaker its own attribution
  gives ("In zentralen Fragen gebe es noch keinen Kompromiss, sagte Kremlberater Juri
  Uschakow ..." -> "Juri Uschakow"); a quoted claim of a measurable record ("„Wir
  investieren so viel wie nie zuvor in Schienen, Brücken und Schulen“, sagte
  Bundesfinanzminister Jens Hartlieb") is check-worthy with its speaker, as in the
  twenty-third batch.
- "Der Streamingdienst erklärte, man werde die Urteilsbegründung sorgfältig prüfen." is a
  negative: a company saying it will study a ruling commits to nothing an editor could
  check, as the no-comment line of the twenty-first and twenty-fifth batches (unlike "His
  attorney, Mark Feld, said Crewe would appeal the verdict.", a stated next step, which is
  check-worthy, as "His lawyer said he would appeal." in the twenty-fourth batch).
- "Die genaue Unfallursache ist noch Gegenstand der Ermittlungen." was labelled a negative, a
  statement of what is not yet known, as "Ob ... ist offen."; the twenty-eighth batch, written
  blind the same day, labelled its twin "The cause of the fire is under investigation." a fact
  (an investigation under way). Session seven settled the two on the issue's definition (a
  verifiable state: the police or the court confirm an investigation) and relabelled this row
  check-worthy after its first run; "Es war einer der schwersten
  Angriffe ... seit Beginn des Winters." is check-worthy ("einer" a pronoun, no count).
- "drei von vier Befragten unter 30 Jahren" was labelled counts 3 and 4 and an age of 30 years
  with "under", as "five of the nine policymakers" (thirteenth batch) and "Kinder unter 14
  Jahren" (twenty-third). Session seven relabelled it after the first run to the fraction 0.75
  (and the age): the tenth, seventeenth, nineteenth and twenty-second batches label a proportion
  without an article ("X von/in Y") a fraction; "five of the nine" names a definite group; "roughly one in 12 positions" is the fraction 1/12 (labelled
  0.0833) with "about", as "Roughly one in three" (twenty-first).
- "rund fünf Stunden lang" is 5 hours with "about", "mehr als drei Stunden lang" 3 hours
  with "over"; "für mehrere Stunden", "seit mehr als einem Jahr", "ein Jahr zuvor", "vor
  einem Jahr", "im Monat", "pro Jahr" carry none (earlier batches); "over the next two
  years" of a loan period is 2 years with no hedge, as "over five years" (twenty-fifth).
- "Prosecutors had asked for no fewer than 20 years" is 20 years "at_least", as "no less
  than" (twenty-second batch); "as much as 9.4%" "up_to"; "Some 120,000" "about"; "Only",
  "nur noch", "bereits", "insgesamt", "jeweils", "a record" no hedge; "leicht über den
  Erwartungen" gives the amount before it no qualifier (a hedge word before a noun).
- "knapp doppelt so viele wie zum gleichen Zeitpunkt des Vorjahres" is count 2 "times"
  with "nearly", as "fast doppelt so viele" (twelfth and sixteenth batches); "zweimal um
  jeweils zwei Euro" count 2 and 2 EUR; "traf ... zweimal" count 2.
- "fell by almost half" is the fraction 0.5 with "nearly", "more than half of them" 0.5
  with "over", "fast die Hälfte ihrer Wähler" 0.5 with "nearly"; "children under five" an
  age of 5 years with "under", as "people over 65" (twenty-first batch); "Personen über 65
  Jahre" 65 years with "over".
- "um knapp acht Punkte auf 18,2 Prozent" of a party's share is 8 percentage points with
  "nearly" (poll and election points, twenty-third batch); "bis auf zwei Punkte an
  Tabellenführer" in a league table a count; "a 25 basis point cut" 25 bp.
- "von 5,40 auf 5,90 Franken je Aktie", "zwischen 4.000 und 8.000 Euro", "14.2 billion to
  14.6 billion euros" give the currency to both figures; "15 billion to 15.5 billion
  euros" likewise.
- "An 44 Spieltagen" and "über neun Verhandlungstage" are counts, as "58
  Verhandlungstage" (nineteenth batch); "412 grippeähnliche Erkrankungen pro 100.000
  Einwohner" two counts; "142 Kilometern pro Stunde", "40 Zentimeter Neuschnee", "2.900
  Metern Seehöhe", "14 Kilometer", "200 litres per square metre" counts (physical units,
  fourth batch), "pro Stunde" no duration.
- "Stufe drei der fünfteiligen Skala" counts 3 and 5 (fifteenth and nineteenth batches);
  "A10", "SIX", "call police on 101" identifiers; scores ("3:1", "7-6, 7-5") none; clock
  times ("shortly after 9pm"), weekdays and months alone none; "ab Januar 2027", "seit
  Anfang 2024", "since March 2020", "by the end of 2026" the year; "am 19. Dezember", "on
  March 5" and datelines ("KYIV, Dec 2 (Reuters)") dates without a year; "AP" and "PA"
  datelines without a day carry none.
- Ordinals: "in den ersten neun Monaten" ordinal 1 and 9 months (twenty-fifth batch);
  "in der Zweiten Republik" ordinal 2 (tenth); "Third-quarter" ordinal 3; "the first
  vaccine dose" ordinal 1; "his 23rd straight win", "his sixth title", "ranked second in
  the world", "for a second day" ordinals; "Ein dritter Tourengeher", "A third man" ordinal
  3; "zum 106. Mal" ordinal 106; "in der zweiten Halbzeit" in a negative is labelled.
- Ages: "Ein 52-jähriger", "Ein 63 Jahre alter Lenker", "ein 71-Jähriger", "Der
  28-Jährige", "der 22-jährige Stürmer", "im Alter von 24 bis 51 Jahren", "im Alter von 38
  und 41 Jahren", "Daniel Crewe, 49,", "Moretti, 24,", "Petrov, 22,", "aged 19 and 22",
  "aged 20", "a 17-year-old boy" are durations in years; "sechseinhalb Jahren Haft" 6.5
  years; "0,31 Sekunden" 0.31 seconds.
- "the two leaders" in a negative is count 2 (eighth batch); "beiden", "beider Seiten",
  "Kein einziger Kanton", "Enthaltungen gab es keine" none; "Two men" and "Zwei der elf"
  counts.
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Finanzminister", "Bundesfinanzminister", "Kremlberater", "Kremlsprecher",
  "Stadtchef" after "nach Angaben von", "Schulministerin", "Ukrainian chief negotiator",
  "Kremlin spokesman", "Transport Minister", "Prime Minister"); "Laut Fiskalrat" ->
  "Fiskalrat" and "laut Polizei" -> "Polizei" as written, "laut Feuerwehrverband" likewise;
  "hieß es aus dem Ratssekretariat" -> "das Ratssekretariat" (nineteenth batch); "teilte
  die Stadtwahlbehörde / das AMS / das Unternehmen / die Bundespolizei / das Bundesamt für
  Gesundheit / der Deutsche Wetterdienst / das Direktorium / das Kuratorium für alpine
  Sicherheit mit", "so die Stadtwahlbehörde / die Bundespolizei", "wie das Statistische
  Bundesamt / das Schulministerium / der Verbraucherzentrale Bundesverband / Eurostat
  mitteilte" the source with its article in the nominative (Eurostat without one); "X
  told reporters", "Zelensky said ..." opening the sentence; "Ukraine's air force said" the
  possessive form; "the Office for National Statistics", "the ONS", "the company", "the
  World Health Organization" and "according to the International Monetary Fund" with the
  article in lower case; "Greater Manchester Police said" as written; "the state weather
  agency Aemet said" -> "Aemet" (tenth batch); "police said" -> "police". Left unchecked
  (None): "teilte die ukrainische Luftwaffe mit" (a source with an adjective), "wie der
  Netzbetreiber Ukrenerho mitteilte" and "utility Iberdrola said" (a description before a
  name), "nach Angaben aus Kiew", "wie eine Unternehmenssprecherin bestätigte", "so ein
  Sprecher der Staatsanwaltschaft", "laut Anklage", "according to the indictment", "Nach
  Schätzungen des Verbands", "Laut der Nachbefragung von gfs.bern" (a poll), "rechnet der
  Fiskalrat", "erwartet der DWD", "empfiehlt das BAG" (verbs that are not of saying),
  "kündigte ... an", "regional authorities said", "official data showed", "organisers
  said", "His attorney, Mark Feld, said" (a form no batch settled), "Stuttgarts
  Sportvorstand erklärte" (a role, no name) and all negatives.
- Negatives, as an ordinary day's copy has them: quoted opinion, feeling and reaction with
  a named speaker (a party's budget spokesman, a mayor on election night, a trade body
  director, an economist, the AMS head, a chief executive, a union leader, a negotiator, a
  festival president, a winning skier, a coach, a finance minister, a chancellor,
  Zelensky, Sanchez, a WHO director, a beaten finalist), a defendant's last word, a judge's
  rebuke, a body's verdict in quotes ("als „völlig unverhältnismäßig“", "von einem
  «soliden, aber unspektakulären» Abschluss"), an opposition reproach without a checkable
  claim, commentary ("Solide Finanzen sehen freilich anders aus."), open questions ("Ob
  ...", "Wie viele ...", "Was ... bedeuten würde, ist unklar.", "It is unclear whether
  ...", "... remains an open question.", "... is far from certain."), the caveat on
  unverifiable figures (nineteenth batch), advice and appeals ("rät der ADAC", "Wer Fieber
  hat, ...", "Anyone with information ..."), a hotline line and condolences.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_27 = [
    # === German =================================================================================
    # --- Budget im Nationalrat (APA) ---------------------------------------------------------
    ("de", "Wien (APA) - Der Nationalrat hat am Mittwoch nach einer fünfstündigen Debatte den Bundesvoranschlag für das kommende Jahr mit den Stimmen der Regierungsparteien beschlossen.", True,
     [("duration", 5, "hour", None)], None),
    ("de", "Das gesamtstaatliche Defizit soll demnach auf 4,2 Prozent der Wirtschaftsleistung sinken, nach 4,7 Prozent im laufenden Jahr.", True,
     [("percent", 4.2, "%", None), ("percent", 4.7, "%", None)], None),
    ("de", "Insgesamt sind Auszahlungen von rund 127,3 Mrd. Euro vorgesehen, erklärte Finanzminister Gerald Brunnhuber in seiner Budgetrede.", True,
     [("money", 127300000000, "EUR", "about")], "Gerald Brunnhuber"),
    ("de", "Fast ein Viertel davon fließt in Pensionen und Zuschüsse zur Pensionsversicherung.", True,
     [("fraction", 0.25, None, "nearly")], None),
    ("de", "„Dieses Budget ist ein Dokument der verpassten Chancen“, sagte FPÖ-Budgetsprecher Armin Taxer.", False, [], None),
    ("de", "Der Fiskalrat hält das Ziel für kaum erreichbar und rechnet für 2026 mit einem Defizit von 4,5 Prozent.", True,
     [("year", 2026, None, None), ("percent", 4.5, "%", None)], None),
    ("de", "Laut Fiskalrat wird die Schuldenquote bis 2027 auf über 84 Prozent steigen.", True,
     [("year", 2027, None, None), ("percent", 84, "%", "over")], "Fiskalrat"),
    ("de", "Ob die Sanierung ohne weitere Steuererhöhungen gelingt, bleibt offen.", False, [], None),
    # --- Bundeshaushalt im Bundestag (dpa) ---------------------------------------------------
    ("de", "Berlin (dpa) - Der Bundestag hat den Haushalt für 2026 mit Ausgaben von 524,5 Milliarden Euro beschlossen.", True,
     [("year", 2026, None, None), ("money", 524500000000, "EUR", None)], None),
    ("de", "Für den Etat stimmten 322 Abgeordnete, 252 votierten dagegen, Enthaltungen gab es keine.", True,
     [("count", 322, None, None), ("count", 252, None, None)], None),
    ("de", "Die Neuverschuldung im Kernhaushalt liegt bei knapp 98 Milliarden Euro, dazu kommen noch Schulden in den Sondertöpfen für Verteidigung und Infrastruktur.", True,
     [("money", 98000000000, "EUR", "nearly")], None),
    ("de", "Jeder vierte Euro des Bundes fließt in Sozialausgaben, vor allem in den Zuschuss zur Rentenversicherung.", True,
     [("fraction", 0.25, None, None)], None),
    ("de", "„Wir investieren so viel wie nie zuvor in Schienen, Brücken und Schulen“, sagte Bundesfinanzminister Jens Hartlieb im Plenum.", True,
     [], "Jens Hartlieb"),
    ("de", "Die Opposition warf der Koalition vor, mit dem Etat „auf Kosten der nächsten Generation“ zu wirtschaften.", False, [], None),
    ("de", "Der Bundesrat befasst sich am 19. Dezember abschließend mit dem Haushaltsgesetz.", True,
     [("date", "--12-19", None, None)], None),
    ("de", "Solide Finanzen sehen freilich anders aus.", False, [], None),
    # --- Ukraine-Gespräche in Moskau (Reuters) ------------------------------------------------
    ("de", "Moskau (Reuters) - Der US-Sondergesandte Mark Deland und Kremlchef Wladimir Putin haben am Dienstag rund fünf Stunden lang über den 28-Punkte-Plan Washingtons beraten.", True,
     [("duration", 5, "hour", "about"), ("count", 28, None, None)], None),
    ("de", "Es war bereits das sechste Treffen der beiden seit Jahresbeginn.", True,
     [("ordinal", 6, None, None)], None),
    ("de", "In zentralen Fragen gebe es noch keinen Kompromiss, sagte Kremlberater Juri Uschakow nach dem Gespräch.", True,
     [], "Juri Uschakow"),
    ("de", "Russland hält derzeit knapp ein Fünftel der Ukraine besetzt, im Gebiet Donezk sind es rund 85 Prozent.", True,
     [("fraction", 0.2, None, "nearly"), ("percent", 85, "%", "about")], None),
    ("de", "Kremlsprecher Dmitri Peskow sagte, ein Treffen Putins mit Selenskyj stehe „derzeit nicht auf der Tagesordnung“.", True,
     [], "Dmitri Peskow"),
    ("de", "Der ukrainische Präsident telefonierte am Abend zum dritten Mal in dieser Woche mit europäischen Staats- und Regierungschefs.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "„Ein Frieden, der nur eine Atempause vor dem nächsten Krieg ist, ist kein Frieden“, sagte Selenskyj in seiner abendlichen Ansprache.", False, [], None),
    ("de", "Die nächste Gesprächsrunde ist nach Angaben aus Kiew für Anfang kommender Woche in Abu Dhabi geplant.", True, [], None),
    ("de", "Was ein Abkommen für den Verlauf der Front bedeuten würde, ist unklar.", False, [], None),
    # --- Angriffe auf das Energienetz (dpa) ---------------------------------------------------
    ("de", "Kiew (dpa) - Mit 653 Drohnen und 51 Raketen hat Russland das Nachbarland in der Nacht zum Samstag überzogen, teilte die ukrainische Luftwaffe mit.", True,
     [("count", 653, None, None), ("count", 51, None, None)], None),
    ("de", "Davon seien 585 Drohnen und 30 Raketen abgefangen oder durch elektronische Abwehr abgelenkt worden.", True,
     [("count", 585, None, None), ("count", 30, None, None)], None),
    ("de", "In der Hauptstadt kamen nach Angaben von Stadtchef Mykola Hrebenjuk mindestens zwei Menschen ums Leben, 14 wurden verletzt.", True,
     [("count", 2, None, "at_least"), ("count", 14, None, None)], "Mykola Hrebenjuk"),
    ("de", "Rund 300.000 Haushalte waren zeitweise ohne Strom, wie der Netzbetreiber Ukrenerho mitteilte.", True,
     [("count", 300000, None, "about")], None),
    ("de", "Es war einer der schwersten Angriffe auf das Stromnetz seit Beginn des Winters.", True, [], None),
    ("de", "Die Angaben beider Seiten ließen sich nicht unabhängig überprüfen.", False, [], None),
    # --- Sanktionen der EU (dpa) --------------------------------------------------------------
    ("de", "Brüssel (dpa) - Die EU-Staaten haben sich auf das 21. Sanktionspaket gegen Russland geeinigt.", True,
     [("ordinal", 21, None, None)], None),
    ("de", "Es sieht u.a. Strafmaßnahmen gegen 117 weitere Tanker der sogenannten Schattenflotte vor.", True,
     [("count", 117, None, None)], None),
    ("de", "Damit stehen mehr als 670 Schiffe auf der schwarzen Liste, hieß es aus dem Ratssekretariat.", True,
     [("count", 670, None, "over")], "das Ratssekretariat"),
    ("de", "Die Slowakei hatte ihr Veto erst nach zweiwöchigen Verhandlungen über Ausnahmen für Gaslieferungen aufgegeben.", True,
     [("duration", 2, "week", None)], None),
    ("de", "Ein Importverbot für russisches Flüssiggas soll bereits ab Januar 2027 gelten.", True,
     [("year", 2027, None, None)], None),
    ("de", "„Jedes Paket macht Putins Krieg teurer“, sagte die EU-Außenbeauftragte Liina Saar.", False, [], None),
    ("de", "Ungarns Außenminister Zoltán Bérczes kündigte an, die Verlängerung der Strafmaßnahmen im Juli erneut zu prüfen.", True, [], None),
    # --- Gemeinderatswahl in Graz (APA) -------------------------------------------------------
    ("de", "Graz (APA) - Bei der Gemeinderatswahl in Graz ist die KPÖ am Sonntag mit 31,4 Prozent erneut stärkste Kraft geworden.", True,
     [("percent", 31.4, "%", None)], None),
    ("de", "Die ÖVP kam auf 22,8 Prozent, ein Minus von 3,1 Prozentpunkten.", True,
     [("percent", 22.8, "%", None), ("percent", 3.1, "pp", None)], None),
    ("de", "Die FPÖ legte um knapp acht Punkte auf 18,2 Prozent zu und überholte damit die Grünen.", True,
     [("percent", 8, "pp", "nearly"), ("percent", 18.2, "%", None)], None),
    ("de", "Die Grünen verloren fast die Hälfte ihrer Wähler und kamen nur noch auf 9,6 Prozent, so die Stadtwahlbehörde.", True,
     [("fraction", 0.5, None, "nearly"), ("percent", 9.6, "%", None)], "die Stadtwahlbehörde"),
    ("de", "Die Wahlbeteiligung lag bei 51,3 Prozent und damit so niedrig wie nie in der Zweiten Republik.", True,
     [("percent", 51.3, "%", None), ("ordinal", 2, None, None)], None),
    ("de", "Von den 48 Mandaten im Gemeinderat entfallen 16 auf die Kommunisten.", True,
     [("count", 48, None, None), ("count", 16, None, None)], None),
    ("de", "„Die Grazerinnen und Grazer haben uns ein klares Mandat gegeben“, sagte Bürgermeisterin Gerda Pichlhofer am Wahlabend.", False, [], None),
    ("de", "Die Auszählung der rund 21.000 Wahlkarten folgt am Montag, teilte die Stadtwahlbehörde mit.", True,
     [("count", 21000, None, "about")], "die Stadtwahlbehörde"),
    ("de", "Ob es für eine Fortsetzung der bisherigen Koalition reicht, hängt von den Wahlkarten ab.", False, [], None),
    # --- Volksabstimmung (Keystone-SDA) -------------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Mit 68,3 Prozent Nein-Stimmen hat die Stimmbevölkerung am Sonntag die Volksinitiative für eine nationale Erbschaftssteuer klar verworfen.", True,
     [("percent", 68.3, "%", None)], None),
    ("de", "Kein einziger Kanton stimmte der Vorlage zu, die Stimmbeteiligung lag bei 44,9 Prozent.", True,
     [("percent", 44.9, "%", None)], None),
    ("de", "Die Steuer hätte Nachlässe über 50 Millionen Franken mit 50 Prozent belastet.", True,
     [("money", 50000000, "CHF", "over"), ("percent", 50, "%", None)], None),
    ("de", "Der Bundesrat hatte vor Einnahmeausfällen von bis zu 3,7 Milliarden Franken pro Jahr gewarnt.", True,
     [("money", 3700000000, "CHF", "up_to")], None),
    ("de", "«Das Volk hat Nein gesagt zu einem Angriff auf die Familienunternehmen», sagte Gewerbeverbandsdirektor Urs Bergmann vor den Medien.", False, [], None),
    ("de", "Laut der Nachbefragung von gfs.bern stimmten auch drei von vier Befragten unter 30 Jahren Nein.", True,
     [("fraction", 0.75, None, None), ("duration", 30, "year", "under")], None),
    ("de", "Die Jungsozialisten kündigten an, eine neue Initiative zur Besteuerung grosser Vermögen zu lancieren.", True, [], None),
    # --- Inflation in Deutschland (dpa) -------------------------------------------------------
    ("de", "Wiesbaden (dpa) - Die Inflation in Deutschland ist im November auf 2,3 Prozent gestiegen.", True,
     [("percent", 2.3, "%", None)], None),
    ("de", "Im Vormonat hatte die Rate bei 2,0 Prozent gelegen, teilte das Statistische Bundesamt auf Basis vorläufiger Daten mit.", True,
     [("percent", 2.0, "%", None)], "das Statistische Bundesamt"),
    ("de", "Dienstleistungen verteuerten sich um 3,6 Prozent, Nahrungsmittel um 1,2 Prozent.", True,
     [("percent", 3.6, "%", None), ("percent", 1.2, "%", None)], None),
    ("de", "Energie war dagegen um 0,8 Prozent billiger als ein Jahr zuvor.", True,
     [("percent", 0.8, "%", None)], None),
    ("de", "Im Euroraum lag die Teuerung im November bei 2,2 Prozent, wie Eurostat mitteilte.", True,
     [("percent", 2.2, "%", None)], "Eurostat"),
    ("de", "Die Kerninflation ohne Energie und Lebensmittel lag bei 2,7 Prozent.", True,
     [("percent", 2.7, "%", None)], None),
    ("de", "„Für eine Entwarnung ist es noch zu früh“, sagte Ökonom Ralf Umlauf von der Landesbank Hessen.", False, [], None),
    ("de", "Die Europäische Zentralbank entscheidet am 18. Dezember über den Leitzins.", True,
     [("date", "--12-18", None, None)], None),
    # --- Arbeitsmarkt Österreich (APA) --------------------------------------------------------
    ("de", "Wien (APA) - Die Zahl der Arbeitslosen und Schulungsteilnehmer ist im November im Jahresvergleich um 6,1 Prozent auf 388.412 gestiegen.", True,
     [("percent", 6.1, "%", None), ("count", 388412, None, None)], None),
    ("de", "Die Arbeitslosenquote nach nationaler Definition erhöhte sich um 0,4 Prozentpunkte auf 7,3 Prozent, teilte das AMS mit.", True,
     [("percent", 0.4, "pp", None), ("percent", 7.3, "%", None)], "das AMS"),
    ("de", "Besonders stark war der Anstieg in der Industrie mit einem Plus von 11,8 Prozent.", True,
     [("percent", 11.8, "%", None)], None),
    ("de", "Fast jeder dritte Arbeitslose ist seit mehr als einem Jahr ohne Job.", True,
     [("fraction", 0.3333, None, "nearly")], None),
    ("de", "Beim AMS waren zuletzt knapp 75.000 offene Stellen gemeldet, ein Fünftel weniger als vor einem Jahr.", True,
     [("fraction", 0.2, None, None), ("count", 75000, None, "nearly")], None),
    ("de", "„Die Trendwende am Arbeitsmarkt lässt weiter auf sich warten“, sagte AMS-Vorstand Markus Lindtner.", False, [], None),
    ("de", "Arbeitsministerin Petra Angerer kündigte an, die Mittel für Weiterbildung im kommenden Jahr um 50 Mio. Euro aufzustocken.", True,
     [("money", 50000000, "EUR", None)], None),
    # --- Versicherer Helvetia Nova (AWP/SDA) --------------------------------------------------
    ("de", "Zürich (awp/sda) - Der Versicherer Helvetia Nova hat in den ersten neun Monaten das Geschäftsvolumen um 4,3 Prozent auf 31,2 Mrd. Franken gesteigert.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 4.3, "%", None), ("money", 31200000000, "CHF", None)], None),
    ("de", "Der Reingewinn lag mit 1,04 Milliarden Franken leicht über den Erwartungen der Analysten.", True,
     [("money", 1040000000, "CHF", None)], None),
    ("de", "Das Unternehmen will bis Ende 2027 weltweit rund 1.200 Stellen abbauen, davon etwa 350 in der Schweiz.", True,
     [("year", 2027, None, None), ("count", 1200, None, "about"), ("count", 350, None, "about")], None),
    ("de", "Die Dividende soll von 5,40 auf 5,90 Franken je Aktie steigen, teilte das Unternehmen mit.", True,
     [("money", 5.4, "CHF", None), ("money", 5.9, "CHF", None)], "das Unternehmen"),
    ("de", "Die Aktie schloss an der SIX 2,1 Prozent im Plus.", True,
     [("percent", 2.1, "%", None)], None),
    ("de", "«Wir sind mit dem Verlauf des Jahres sehr zufrieden», sagte Konzernchef Philipp Rüegg an einer Telefonkonferenz.", False, [], None),
    ("de", "Analysten der Zürcher Kantonalbank sprachen von einem «soliden, aber unspektakulären» Abschluss.", False, [], None),
    # --- Stellenabbau bei Zulieferer (dpa) ----------------------------------------------------
    ("de", "Stuttgart (dpa) - Der Autozulieferer Kessler Antriebstechnik will in Deutschland bis 2028 rund 4.500 Stellen streichen, teilte das Unternehmen am Montag mit.", True,
     [("year", 2028, None, None), ("count", 4500, None, "about")], "das Unternehmen"),
    ("de", "Das entspricht etwa jedem sechsten Arbeitsplatz im Inland, wie eine Unternehmenssprecherin bestätigte.", True,
     [("fraction", 0.1667, None, "about")], None),
    ("de", "Zwei der elf deutschen Standorte sollen bis Ende 2026 ganz geschlossen werden.", True,
     [("count", 2, None, None), ("count", 11, None, None), ("year", 2026, None, None)], None),
    ("de", "Der Konzern hatte im dritten Quartal einen Verlust von 212 Millionen Euro geschrieben.", True,
     [("ordinal", 3, None, None), ("money", 212000000, "EUR", None)], None),
    ("de", "Die IG Metall kündigte Proteste an allen betroffenen Standorten an.", True, [], None),
    ("de", "„Hier wird die Zukunft einer ganzen Region verspielt“, sagte Bezirksleiterin Sabine Ortlepp.", False, [], None),
    ("de", "Wie viele Beschäftigte über Abfindungen ausscheiden, ist noch offen.", False, [], None),
    # --- KV-Verhandlungen im Handel (APA) -----------------------------------------------------
    ("de", "Linz (APA) - Nach der dritten ergebnislosen Verhandlungsrunde hat die Gewerkschaft GPA für kommenden Dienstag zweistündige Warnstreiks im Handel angekündigt.", True,
     [("ordinal", 3, None, None), ("duration", 2, "hour", None)], None),
    ("de", "Die Arbeitgeber bieten ein Plus von 2,1 Prozent bei einer Laufzeit von zwölf Monaten.", True,
     [("percent", 2.1, "%", None), ("duration", 12, "month", None)], None),
    ("de", "Die Gewerkschaft fordert 3,9 Prozent, mindestens aber 100 Euro mehr im Monat.", True,
     [("percent", 3.9, "%", None), ("money", 100, "EUR", "at_least")], None),
    ("de", "Betroffen sind rund 430.000 Angestellte in etwa 36.000 Betrieben.", True,
     [("count", 430000, None, "about"), ("count", 36000, None, "about")], None),
    ("de", "„Die Beschäftigten haben sich einen fairen Abschluss verdient“, sagte GPA-Verhandlerin Helga Fichtinger.", False, [], None),
    ("de", "Der Handelsverband bezeichnete die Streiks als „völlig unverhältnismäßig“.", False, [], None),
    ("de", "Die vierte Runde ist für den 11. Dezember angesetzt.", True,
     [("ordinal", 4, None, None), ("date", "--12-11", None, None)], None),
    # --- BGH zu Preiserhöhungen (dpa) ---------------------------------------------------------
    ("de", "Karlsruhe (dpa) - Der Bundesgerichtshof hat die Klauseln zu Preiserhöhungen in den Abo-Verträgen eines großen Streamingdienstes für unwirksam erklärt.", True, [], None),
    ("de", "Kunden können zu viel gezahlte Beträge damit für bis zu drei Jahre zurückverlangen, wie der Verbraucherzentrale Bundesverband mitteilte.", True,
     [("duration", 3, "year", "up_to")], "der Verbraucherzentrale Bundesverband"),
    ("de", "Nach Schätzungen des Verbands geht es um insgesamt mehr als 180 Millionen Euro.", True,
     [("money", 180000000, "EUR", "over")], None),
    ("de", "Das Unternehmen hatte die Monatspreise seit 2022 zweimal um jeweils zwei Euro angehoben.", True,
     [("year", 2022, None, None), ("count", 2, None, None), ("money", 2, "EUR", None)], None),
    ("de", "Die Vorinstanzen hatten der Klage bereits in beiden Instanzen stattgegeben.", True, [], None),
    ("de", "Eine Revision ist nicht mehr möglich, das Urteil ist rechtskräftig.", True, [], None),
    ("de", "Der Streamingdienst erklärte, man werde die Urteilsbegründung sorgfältig prüfen.", False, [], None),
    # --- Anlagebetrug vor Gericht (APA) -------------------------------------------------------
    ("de", "Innsbruck (APA) - Ein 52-jähriger Vermögensberater ist am Landesgericht Innsbruck wegen schweren gewerbsmäßigen Betrugs zu sechseinhalb Jahren Haft verurteilt worden.", True,
     [("duration", 52, "year", None), ("duration", 6.5, "year", None)], None),
    ("de", "Er hatte laut Anklage zwischen 2017 und 2023 mehr als 140 Anleger um insgesamt 9,6 Mio. Euro gebracht.", True,
     [("year", 2017, None, None), ("year", 2023, None, None), ("count", 140, None, "over"), ("money", 9600000, "EUR", None)], None),
    ("de", "Den Kunden waren Renditen von bis zu zwölf Prozent pro Jahr versprochen worden.", True,
     [("percent", 12, "%", "up_to")], None),
    ("de", "Der Angeklagte zeigte sich vor Gericht teilgeständig.", True, [], None),
    ("de", "„Ich wollte niemandem schaden“, sagte der Mann in seinem Schlusswort.", False, [], None),
    ("de", "Die Verhandlung hatte sich über neun Verhandlungstage erstreckt.", True,
     [("count", 9, None, None)], None),
    ("de", "Rechtskräftig ist der Schuldspruch noch nicht, die Verteidigung erbat drei Tage Bedenkzeit.", True,
     [("duration", 3, "day", None)], None),
    # --- Razzia gegen Schleuser (dpa) ---------------------------------------------------------
    ("de", "München (dpa) - Bei einer Razzia gegen mutmaßliche Schleuser haben Ermittler in Bayern und Baden-Württemberg 23 Wohnungen und Geschäftsräume durchsucht.", True,
     [("count", 23, None, None)], None),
    ("de", "Sieben Männer im Alter von 24 bis 51 Jahren wurden festgenommen, teilte die Bundespolizei mit.", True,
     [("count", 7, None, None), ("duration", 24, "year", None), ("duration", 51, "year", None)], "die Bundespolizei"),
    ("de", "Die Bande soll seit Anfang 2024 mindestens 380 Migranten auf der Balkanroute ins Land geschleust haben.", True,
     [("year", 2024, None, None), ("count", 380, None, "at_least")], None),
    ("de", "Pro Person hätten die Migranten zwischen 4.000 und 8.000 Euro bezahlt, so ein Sprecher der Staatsanwaltschaft.", True,
     [("money", 4000, "EUR", None), ("money", 8000, "EUR", None)], None),
    ("de", "Im Einsatz waren rund 600 Beamte, darunter auch Spezialkräfte, so die Bundespolizei.", True,
     [("count", 600, None, "about")], "die Bundespolizei"),
    ("de", "Die Ermittler stellten Bargeld in Höhe von 215.000 Euro sowie zwölf Mobiltelefone sicher.", True,
     [("money", 215000, "EUR", None), ("count", 12, None, None)], None),
    ("de", "Hinweise nimmt die Bundespolizei rund um die Uhr unter einer kostenlosen Rufnummer entgegen.", False, [], None),
    # --- Unfall auf der Tauernautobahn (APA) --------------------------------------------------
    ("de", "Salzburg (APA) - Bei einem Auffahrunfall auf der Tauernautobahn (A10) sind am Samstag zwei Menschen getötet und fünf weitere verletzt worden.", True,
     [("count", 2, None, None), ("count", 5, None, None)], None),
    ("de", "Ein 63 Jahre alter Lenker aus Deutschland war laut Polizei kurz vor dem Tunnel in ein Stauende gekracht.", True,
     [("duration", 63, "year", None)], "Polizei"),
    ("de", "Für die beiden Insassen des vorderen Wagens, ein Ehepaar aus dem Raum Ulm, kam jede Hilfe zu spät.", True, [], None),
    ("de", "Die A10 war in Richtung Villach mehr als drei Stunden lang gesperrt, der Stau reichte zeitweise 14 Kilometer zurück.", True,
     [("duration", 3, "hour", "over"), ("count", 14, None, None)], None),
    ("de", "Im Einsatz standen 45 Feuerwehrleute sowie zwei Notarzthubschrauber.", True,
     [("count", 45, None, None), ("count", 2, None, None)], None),
    ("de", "Es war bereits der vierte tödliche Unfall auf diesem Abschnitt seit Jahresbeginn.", True,
     [("ordinal", 4, None, None)], None),
    ("de", "Die genaue Unfallursache ist noch Gegenstand der Ermittlungen.", True, [], None),
    # --- Sturmtief (dpa) ----------------------------------------------------------------------
    ("de", "Offenbach (dpa) - Sturmtief „Kasimir“ hat am Wochenende in weiten Teilen Deutschlands Orkanböen von bis zu 142 Kilometern pro Stunde gebracht.", True,
     [("count", 142, None, "up_to")], None),
    ("de", "Die höchste Windgeschwindigkeit wurde auf dem Brocken im Harz gemessen, teilte der Deutsche Wetterdienst mit.", True,
     [], "der Deutsche Wetterdienst"),
    ("de", "Bundesweit rückten die Feuerwehren laut Feuerwehrverband zu mehr als 2.600 Einsätzen aus.", True,
     [("count", 2600, None, "over")], "Feuerwehrverband"),
    ("de", "In Nordrhein-Westfalen wurde ein 71-Jähriger von einem umstürzenden Baum erschlagen.", True,
     [("duration", 71, "year", None)], None),
    ("de", "Die Deutsche Bahn stellte den Fernverkehr im Norden für mehrere Stunden ein.", True, [], None),
    ("de", "Für Montag erwartet der DWD in den Alpen bis zu 40 Zentimeter Neuschnee.", True,
     [("count", 40, None, "up_to")], None),
    ("de", "Autofahrer sollten nicht notwendige Fahrten vermeiden, rät der ADAC.", False, [], None),
    # --- Lawinenunglück im Ötztal (APA) -------------------------------------------------------
    ("de", "Innsbruck (APA) - In Tirol sind am Sonntag zwei Skitourengeher bei einem Lawinenabgang im Ötztal ums Leben gekommen.", True,
     [("count", 2, None, None)], None),
    ("de", "Die beiden Deutschen im Alter von 38 und 41 Jahren waren auf rund 2.900 Metern Seehöhe unterwegs.", True,
     [("duration", 38, "year", None), ("duration", 41, "year", None), ("count", 2900, None, "about")], None),
    ("de", "Die Lawinengefahr war an diesem Tag mit Stufe drei der fünfteiligen Skala bewertet worden.", True,
     [("count", 3, None, None), ("count", 5, None, None)], None),
    ("de", "Ein dritter Tourengeher konnte sich selbst befreien und setzte einen Notruf ab.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Seit Beginn der Wintersaison starben in Österreich damit bereits elf Menschen in Lawinen, teilte das Kuratorium für alpine Sicherheit mit.", True,
     [("count", 11, None, None)], "das Kuratorium für alpine Sicherheit"),
    ("de", "„Der Schneedeckenaufbau ist heuer besonders heikel“, sagte der Leiter des Lawinenwarndienstes, Norbert Lanthaler.", False, [], None),
    ("de", "Wintersportler sollten sich vor jeder Tour über die aktuelle Lage informieren.", False, [], None),
    # --- Grippewelle in der Schweiz (Keystone-SDA) --------------------------------------------
    ("de", "Bern (Keystone-SDA) - Die Grippewelle hat die Schweiz früher als üblich erreicht.", True, [], None),
    ("de", "In der vergangenen Woche meldeten Hausärzte 412 grippeähnliche Erkrankungen pro 100.000 Einwohner, teilte das Bundesamt für Gesundheit mit.", True,
     [("count", 412, None, None), ("count", 100000, None, None)], "das Bundesamt für Gesundheit"),
    ("de", "Der epidemische Schwellenwert liegt bei 58 Fällen.", True,
     [("count", 58, None, None)], None),
    ("de", "Am stärksten betroffen sind Kinder unter 15 Jahren.", True,
     [("duration", 15, "year", "under")], None),
    ("de", "Bisher wurden in dieser Saison 1.874 laborbestätigte Fälle registriert, knapp doppelt so viele wie zum gleichen Zeitpunkt des Vorjahres.", True,
     [("count", 1874, None, None), ("count", 2, None, "nearly")], None),
    ("de", "Das BAG empfiehlt die Impfung weiterhin allen Personen über 65 Jahre.", True,
     [("duration", 65, "year", "over")], None),
    ("de", "Wer Fieber hat, soll zu Hause bleiben und Kontakte meiden.", False, [], None),
    # --- Lehrermangel in NRW (dpa) ------------------------------------------------------------
    ("de", "Düsseldorf (dpa) - Zum Start des Schuljahres sind in Nordrhein-Westfalen rund 6.700 Lehrerstellen unbesetzt geblieben.", True,
     [("count", 6700, None, "about")], None),
    ("de", "Das sind etwa 3,9 Prozent aller Stellen, wie das Schulministerium mitteilte.", True,
     [("percent", 3.9, "%", "about")], "das Schulministerium"),
    ("de", "Am größten ist der Mangel an Grundschulen, wo fast jede zehnte Stelle fehlt.", True,
     [("fraction", 0.1, None, "nearly")], None),
    ("de", "Zugleich stieg die Zahl der Schülerinnen und Schüler um 21.000 auf knapp 2,5 Millionen.", True,
     [("count", 21000, None, None), ("count", 2500000, None, "nearly")], None),
    ("de", "Bis 2030 sollen zusätzlich 1.500 Studienplätze für das Lehramt entstehen, sagte Schulministerin Karin Sommerfeld.", True,
     [("year", 2030, None, None), ("count", 1500, None, None)], "Karin Sommerfeld"),
    ("de", "„Wir erleben eine Bildungskatastrophe in Zeitlupe“, sagte GEW-Landeschefin Miriam Volkerts.", False, [], None),
    ("de", "Ob die Maßnahmen rechtzeitig greifen, bezweifeln viele Schulleitungen.", False, [], None),
    # --- Festspielbilanz (APA) ----------------------------------------------------------------
    ("de", "Salzburg (APA) - Die Salzburger Festspiele haben heuer mit 253.000 verkauften Karten einen Besucherrekord erzielt.", True,
     [("count", 253000, None, None)], None),
    ("de", "Die Auslastung lag bei 97 Prozent, teilte das Direktorium am Freitag mit.", True,
     [("percent", 97, "%", None)], "das Direktorium"),
    ("de", "An 44 Spieltagen standen 172 Aufführungen an 16 Spielstätten auf dem Programm.", True,
     [("count", 44, None, None), ("count", 172, None, None), ("count", 16, None, None)], None),
    ("de", "Die Einnahmen aus dem Kartenverkauf stiegen auf 35,4 Mio. Euro.", True,
     [("money", 35400000, "EUR", None)], None),
    ("de", "Das Festival wurde 1920 gegründet und findet im kommenden Sommer zum 106. Mal statt.", True,
     [("year", 1920, None, None), ("ordinal", 106, None, None)], None),
    ("de", "„Dieser Sommer hat gezeigt, wie sehr die Menschen die Kunst brauchen“, sagte Präsidentin Johanna Wirthmüller.", False, [], None),
    ("de", "Die Wiener Staatsoper hatte für die vergangene Saison eine Auslastung von 99,1 Prozent gemeldet.", True,
     [("percent", 99.1, "%", None)], None),
    # --- Abfahrt in Kitzbühel (APA) -----------------------------------------------------------
    ("de", "Kitzbühel (APA) - Der Schweizer Gian-Luca Camenzind hat am Samstag die Abfahrt auf der Streif gewonnen und seinen ersten Sieg auf der berühmten Strecke gefeiert.", True,
     [("ordinal", 1, None, None)], None),
    ("de", "Der 28-Jährige lag im Ziel 0,31 Sekunden vor dem Österreicher Lukas Moosbrugger.", True,
     [("duration", 28, "year", None), ("duration", 0.31, "second", None)], None),
    ("de", "Dritter wurde der Italiener Matteo Zanoletti mit 0,58 Sekunden Rückstand.", True,
     [("ordinal", 3, None, None), ("duration", 0.58, "second", None)], None),
    ("de", "Für Camenzind war es der 19. Weltcupsieg in einer Abfahrt.", True,
     [("ordinal", 19, None, None)], None),
    ("de", "Rund 45.000 Zuschauer verfolgten das Rennen im Zielraum.", True,
     [("count", 45000, None, "about")], None),
    ("de", "„Auf der Streif zu gewinnen, ist einfach etwas ganz Besonderes“, sagte Camenzind im ORF-Interview.", False, [], None),
    ("de", "Zum Abschluss des Wochenendes folgt am Sonntag der Slalom am Ganslernhang.", True, [], None),
    # --- Bundesliga (dpa) ---------------------------------------------------------------------
    ("de", "Dortmund (dpa) - Borussia Dortmund hat im Topspiel des 13. Spieltags den VfB Stuttgart mit 3:1 geschlagen.", True,
     [("ordinal", 13, None, None)], None),
    ("de", "Der BVB rückt damit bis auf zwei Punkte an Tabellenführer Bayern München heran.", True,
     [("count", 2, None, None)], None),
    ("de", "Vor 81.365 Zuschauern im ausverkauften Stadion traf der 22-jährige Stürmer Jonas Brehmer zweimal.", True,
     [("count", 81365, None, None), ("duration", 22, "year", None), ("count", 2, None, None)], None),
    ("de", "Stuttgart kassierte die dritte Niederlage in Folge und fiel auf Rang acht zurück.", True,
     [("ordinal", 3, None, None), ("ordinal", 8, None, None)], None),
    ("de", "„Wir haben vor allem in der zweiten Halbzeit gezeigt, was in dieser Mannschaft steckt“, sagte Trainer Jens Haberkamp.", False,
     [("ordinal", 2, None, None)], None),
    ("de", "Stuttgarts Sportvorstand erklärte, eine Trainerdiskussion gebe es nicht.", True, [], None),
    # === English ================================================================================
    # --- Ukraine talks (Reuters) --------------------------------------------------------------
    ("en", "KYIV, Dec 2 (Reuters) - Negotiators from Ukraine and the United States talked for nearly four hours in Florida on Sunday to refine a revised peace framework, now cut to 19 points from 28.", True,
     [("date", "--12-02", None, None), ("duration", 4, "hour", "nearly"), ("count", 19, None, None), ("count", 28, None, None)], None),
    ("en", "It was the third round of talks in two weeks, Ukrainian chief negotiator Oleksandr Bondarenko told reporters.", True,
     [("ordinal", 3, None, None), ("duration", 2, "week", None)], "Oleksandr Bondarenko"),
    ("en", "Kremlin spokesman Dmitry Peskov said the Kremlin had yet to see the revised document.", True,
     [], "Dmitry Peskov"),
    ("en", "Moscow's forces hold about a fifth of Ukrainian land, including most of the eastern Donetsk region.", True,
     [("fraction", 0.2, None, "about")], None),
    ("en", "Zelensky said Ukraine would not withdraw its troops from the parts of Donetsk it still holds.", True,
     [], "Zelensky"),
    ("en", "\"Peace cannot be built on a reward for aggression,\" Zelensky said in his nightly video address.", False, [], None),
    ("en", "Russian forces launched 89 drones overnight, of which 64 were shot down, Ukraine's air force said.", True,
     [("count", 89, None, None), ("count", 64, None, None)], "Ukraine's air force"),
    ("en", "It is unclear whether the two leaders will meet before the end of the year.", False,
     [("count", 2, None, None)], None),
    # --- EU loan for Ukraine (Reuters) --------------------------------------------------------
    ("en", "BRUSSELS, Dec 4 (Reuters) - European Union finance ministers agreed on Thursday to lend Ukraine 75 billion euros over the next two years.", True,
     [("date", "--12-04", None, None), ("money", 75000000000, "EUR", None), ("duration", 2, "year", None)], None),
    ("en", "The loan will be financed by joint borrowing backed by the EU budget, with Hungary, Slovakia and the Czech Republic opting out.", True, [], None),
    ("en", "Belgium, which holds about 185 billion euros of frozen Russian central bank assets, had blocked a plan to use them directly.", True,
     [("money", 185000000000, "EUR", "about")], None),
    ("en", "\"This is a strong signal that Europe will not abandon Ukraine,\" Danish Finance Minister Mads Kjeldsen told reporters.", False, [], None),
    ("en", "The decision still requires the approval of the European Parliament, which is expected to vote in January.", True, [], None),
    ("en", "Ukraine faces a budget gap of 63 billion dollars in 2026, according to the International Monetary Fund.", True,
     [("money", 63000000000, "USD", None), ("year", 2026, None, None)], "the International Monetary Fund"),
    ("en", "What happens if Washington withdraws its support altogether remains an open question.", False, [], None),
    # --- UK inflation (Reuters) ---------------------------------------------------------------
    ("en", "LONDON, Dec 17 (Reuters) - Consumer price inflation in Britain eased to 3.2% last month from 3.6% in October, the lowest rate in eight months, the Office for National Statistics said.", True,
     [("date", "--12-17", None, None), ("percent", 3.2, "%", None), ("percent", 3.6, "%", None), ("duration", 8, "month", None)], "the Office for National Statistics"),
    ("en", "A Reuters poll of economists had pointed to a rate of 3.5%.", True,
     [("percent", 3.5, "%", None)], None),
    ("en", "Services inflation, watched closely by the Bank of England, eased to 4.4% from 4.5%.", True,
     [("percent", 4.4, "%", None), ("percent", 4.5, "%", None)], None),
    ("en", "Markets are pricing in a 25 basis point cut to 3.75% at the central bank's meeting on Thursday.", True,
     [("percent", 25, "bp", None), ("percent", 3.75, "%", None)], None),
    ("en", "Private sector wage growth slowed to 3.9%, its weakest pace since 2020, the ONS said.", True,
     [("percent", 3.9, "%", None), ("year", 2020, None, None)], "the ONS"),
    ("en", "\"The direction of travel is clear,\" Chancellor Helen Marsh said.", False, [], None),
    ("en", "Whether the slowdown lasts into the spring is far from certain.", False, [], None),
    # --- Hallberg profit warning (Reuters) ----------------------------------------------------
    ("en", "FRANKFURT, Nov 12 (Reuters) - German engineering group Hallberg cut its full-year sales forecast for the second time this year, citing weak demand from China.", True,
     [("date", "--11-12", None, None), ("ordinal", 2, None, None)], None),
    ("en", "It now expects revenue of 14.2 billion to 14.6 billion euros, down from a previous range of 15 billion to 15.5 billion euros.", True,
     [("money", 14200000000, "EUR", None), ("money", 14600000000, "EUR", None), ("money", 15000000000, "EUR", None), ("money", 15500000000, "EUR", None)], None),
    ("en", "Third-quarter operating profit fell 23% to 412 million euros, the company said.", True,
     [("ordinal", 3, None, None), ("percent", 23, "%", None), ("money", 412000000, "EUR", None)], "the company"),
    ("en", "Hallberg plans to cut about 2,800 jobs worldwide by the end of 2026, roughly one in 12 positions.", True,
     [("count", 2800, None, "about"), ("year", 2026, None, None), ("fraction", 0.0833, None, "about")], None),
    ("en", "Its shares fell as much as 9.4% in early trading, their steepest drop since March 2020.", True,
     [("percent", 9.4, "%", "up_to"), ("year", 2020, None, None)], None),
    ("en", "\"We are taking decisive action to secure our competitiveness,\" Chief Executive Stefan Wolters said in a statement.", False, [], None),
    ("en", "The company will publish full-year results on March 5.", True,
     [("date", "--03-05", None, None)], None),
    # --- Fraud sentence (AP) ------------------------------------------------------------------
    ("en", "NEW YORK, Oct 8 (AP) - An ex-hedge fund boss received a 12-year prison term on Wednesday for cheating clients out of more than $140 million.", True,
     [("date", "--10-08", None, None), ("duration", 12, "year", None), ("money", 140000000, "USD", "over")], None),
    ("en", "U.S. District Judge Laura Benedetti also ordered Daniel Crewe, 49, to forfeit $38.5 million.", True,
     [("duration", 49, "year", None), ("money", 38500000, "USD", None)], None),
    ("en", "Prosecutors had asked for no fewer than 20 years behind bars.", True,
     [("duration", 20, "year", "at_least")], None),
    ("en", "Crewe was convicted in May on nine counts of securities and wire fraud after a three-week trial.", True,
     [("count", 9, None, None), ("duration", 3, "week", None)], None),
    ("en", "About 1,100 investors in 14 countries lost money in the scheme, according to the indictment.", True,
     [("count", 1100, None, "about"), ("count", 14, None, None)], None),
    ("en", "\"You took the savings of people who believed in you,\" the judge told Crewe.", False, [], None),
    ("en", "His attorney, Mark Feld, said Crewe would appeal the verdict.", True, [], None),
    # --- Salford stabbing (PA) ----------------------------------------------------------------
    ("en", "MANCHESTER, England (PA) - Two men have been charged with murder after a 17-year-old boy was stabbed to death outside a shopping centre in Salford, police said.", True,
     [("count", 2, None, None), ("duration", 17, "year", None)], "police"),
    ("en", "The accused, aged 19 and 22, will appear before magistrates on Monday.", True,
     [("duration", 19, "year", None), ("duration", 22, "year", None)], None),
    ("en", "Officers were called to Regent Road shortly after 9pm on Friday and the boy was pronounced dead at the scene.", True, [], None),
    ("en", "A third man, aged 20, has been released on bail, Greater Manchester Police said.", True,
     [("ordinal", 3, None, None), ("duration", 20, "year", None)], "Greater Manchester Police"),
    ("en", "Detective Chief Inspector Claire Dunmore said: \"Our thoughts remain with the family at this unbearably difficult time.\"", False, [], None),
    ("en", "Knife crime in England and Wales rose 4% in the year to June, official data showed.", True,
     [("percent", 4, "%", None)], None),
    ("en", "Anyone with information is asked to contact police on 101.", False, [], None),
    # --- Floods in Spain (Reuters) ------------------------------------------------------------
    ("en", "MADRID, Oct 30 (Reuters) - Torrential rain in eastern Spain killed at least six people and forced the evacuation of around 3,000 residents, regional authorities said.", True,
     [("date", "--10-30", None, None), ("count", 6, None, "at_least"), ("count", 3000, None, "about")], None),
    ("en", "More than 200 litres per square metre fell in eight hours in parts of Valencia, the state weather agency Aemet said.", True,
     [("count", 200, None, "over"), ("duration", 8, "hour", None)], "Aemet"),
    ("en", "Some 120,000 homes were left without power, utility Iberdrola said.", True,
     [("count", 120000, None, "about")], None),
    ("en", "Rail services between Madrid and Valencia were suspended for a second day, Transport Minister Oscar Puente said.", True,
     [("ordinal", 2, None, None)], "Oscar Puente"),
    ("en", "Prime Minister Pedro Sanchez said the government would declare the worst-hit towns disaster zones.", True,
     [], "Pedro Sanchez"),
    ("en", "\"We will not leave anyone behind,\" Sanchez said.", False, [], None),
    ("en", "Residents are urged to avoid all non-essential travel until the warnings are lifted.", False, [], None),
    # --- Measles in Europe (Reuters) ----------------------------------------------------------
    ("en", "GENEVA, Nov 28 (Reuters) - Reported measles infections across the WHO's European region dropped by almost half last year but stayed well above the levels seen before the pandemic, the World Health Organization said.", True,
     [("date", "--11-28", None, None), ("fraction", 0.5, None, "nearly")], "the World Health Organization"),
    ("en", "The region recorded 127,412 cases in 2024, compared with 305,000 in 2023.", True,
     [("count", 127412, None, None), ("year", 2024, None, None), ("count", 305000, None, None), ("year", 2023, None, None)], None),
    ("en", "Romania accounted for nearly a third of all cases.", True,
     [("fraction", 0.3333, None, "nearly")], None),
    ("en", "At least 38 people died of the disease, more than half of them children under five.", True,
     [("count", 38, None, "at_least"), ("fraction", 0.5, None, "over"), ("duration", 5, "year", "under")], None),
    ("en", "Coverage with the first vaccine dose stood at only 93%, below the 95% needed to stop transmission.", True,
     [("percent", 93, "%", None), ("ordinal", 1, None, None), ("percent", 95, "%", None)], None),
    ("en", "\"Measles is back, and complacency is costing lives,\" WHO regional director Anna Lindqvist said.", False, [], None),
    ("en", "Parents should check that their children's vaccinations are up to date.", False, [], None),
    # --- ATP Finals (AP) ----------------------------------------------------------------------
    ("en", "TURIN, Italy (AP) - Luca Moretti defended his ATP Finals title for the second year in a row, beating Daniil Petrov 7-6, 7-5 on Sunday.", True,
     [("ordinal", 2, None, None)], None),
    ("en", "Moretti, 24, went through the week without losing a set and collected a record $5.07 million in prize money.", True,
     [("duration", 24, "year", None), ("money", 5070000, "USD", None)], None),
    ("en", "It was his 23rd straight win indoors and his sixth title of the season.", True,
     [("ordinal", 23, None, None), ("ordinal", 6, None, None)], None),
    ("en", "Petrov, 22, finishes the year ranked second in the world.", True,
     [("duration", 22, "year", None), ("ordinal", 2, None, None)], None),
    ("en", "\"He was just better in the important moments,\" Petrov said.", False, [], None),
    ("en", "Moretti will lead Italy's Davis Cup team in Bologna next week.", True, [], None),
    ("en", "More than 190,000 spectators attended the eight-day tournament, organisers said.", True,
     [("count", 190000, None, "over"), ("duration", 8, "day", None)], None),
]
