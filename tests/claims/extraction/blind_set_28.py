"""Twenty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
or used only as sample data (real names such as "Wolodymyr Selenskyj", "Rapid Wien", "SBB",
"Arsenal" or "Cal Fire" stand for the way wire copy writes them; what is said is invented).

Its weight: an ordinary general-desk wire day, as it reads, not special cases - half German
copy (APA, dpa, Keystone-SDA, the German services of Reuters and AFP; Austrian "heuer",
"Seehöhe", "Pensionisten", Swiss "ss", "Franken", "Mitarbeitende", «» quotes, German „“
quotes) and half English (Reuters, AP, AFP, PA), told as 31 short stories in story order: a
dateline lead, background, figures, attribution, a quote, a closing line. 16 German
stories: Austrian pension rise, Deutsche Bahn punctuality, a Swiss private bank's quarter,
an ECB rate decision, a warehouse fire, storms and mudslides in Styria, the Swiss glacier
report, asylum figures, the port of Hamburg, a fatal mountain fall in Tyrol, a
test-centre fraud verdict, a Russian drone attack, the Vienna derby, corporate
insolvencies, a Swiss rail outage, a state election poll; 15 English stories: U.S.
payrolls, NHS waiting lists, a Japanese earthquake, French strikes, Indian monsoon
floods, a rejected takeover bid, the WHO malaria report, a plane crash in Brazil, a prison
drug-dealing sentence, Chinese exports, Gaza aid trucks, drought in Kenya, a California
wildfire, an Ashes Test and a Premier League match, the Bank of Canada. Attribution in the
common forms ("sagte X", "so X", "laut X", "wie X mitteilte", "teilte X mit", "nach Angaben
von X", "X sagte, ...", Konjunktiv I paraphrase; "said", "told reporters", "according to",
"X said ..."). Numbers as such copy has them: digits with German grouping and decimal
comma, words ("drei", "neun", "zwölfjährig", "sechseinhalb"), compounds ("58-jährig",
"14-mal", "vierthöchste", "six-point"), fractions, ordinals ("zum vierten Mal", "der 17.",
"in der 88. Minute", "auf Rang zwei", "a seventh straight month"), "Mrd.", pence, basis
points, percentage points, hedges ("rund", "knapp", "fast", "mindestens", "bis zu", "mehr
als", "unter", "about", "around", "some", "an estimated", "nearly", "more than", "at least",
"up to", "less than").

213 rows (108 German, 105 English), 45 negatives (22 German, 23 English), 168 check-worthy
rows of which 17 carry no figure (13 German, 4 English), 253 expected quantities (102
counts, 51 percentages, 31 durations, 22 ordinals, 19 amounts of money, 11 years, 10
dates, 7 fractions; 3 of them in negatives), 40 checked speakers (22 German, 18 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences) were reworded before the commit; none
remains.

Decisions where the rules are silent, taken before the run:
- A row is one sentence and is judged alone (sixteenth batch); a Konjunktiv I paraphrase
  reporting a fact is check-worthy with the speaker its own attribution gives ("Hauptgrund
  seien die rund 1.100 Baustellen ..., sagte Bahn-Vorständin Katrin Albers." -> "Katrin
  Albers").
- "14-mal im Jahr" is count 14, as "viermal" and "100 Mal"; "Mio./Mrd." as spelled out;
  "310 pence per share" and "291 pence" are GBP (3.1 and 2.91), as "285p" (fourth batch).
- "von Januar bis September", "about an hour later", "over the past week", "for more than a
  year", "a month earlier", "im Monat", "pro Quadratmeter" carry none; "over the past two
  weeks" is 2 weeks and "over the next six months" 6 months with no hedge, as "over the
  next two years" (twenty-seventh batch); "innerhalb von zwei Stunden" 2 hours.
- "nach fast 20 Jahren Planung" 20 years "nearly"; "seit fast elf Jahren" 11 years
  "nearly"; "its highest in nine years" 9 years, as "a 25-year high"; "mehr als drei
  Stunden lang" 3 hours "over" (twenty-seventh batch); "weniger als"/"unter sechs Minuten"
  6 minutes "under"; "Vier Monate vor der Landtagswahl" 4 months.
- "in den ersten neun Monaten", "For the first 10 months" ordinal 1 and the duration
  (twenty-fifth batch); "vierthöchste" ordinal 4, as "drittgrößte"; "in der 88. Minute"
  ordinal 88; "the first decline since February" ordinal 1; "the second half" ordinal 2.
- "an estimated 7.39 million", "an estimated £450,000", "an estimated 597,000" carry
  "about" (earlier batches); "Some 187,000", "Around 6.2 million" "about"; "Nur noch",
  "insgesamt", "just", "all seven" no hedge; "less than half" fraction 0.5 "under";
  "less than 40%" and "less than a 30% chance" 40 and 30 percent "under".
- Physical units are counts (fourth batch): "70 Liter", "2.600 Metern Seehöhe", "150
  Meter", "unter 3.000 Metern über Meer" (count 3000 "under"), "zwei Meter", "26,4
  Millionen Tonnen", "50 kilometers", "40 centimeters", "2 kilometers", "65 mph", "14,000
  acres"; a magnitude is a count (6.8); "9,1 Insolvenzen je 10.000 Unternehmen" two counts.
- "in 30 Dienstjahren" (in a negative, labelled) is a count, as "58 Verhandlungstage"
  (nineteenth batch); "nach 15 Runden", "six-point lead", "neun Saisontoren", "ninth win in
  10 league games" counts and ordinals as written; cricket "by eight wickets", "five for
  41", "bowled out for 187", "96 in just 19 overs" counts; "inside three days" 3 days; scores
  ("2:1", "3-1", "3-0") none.
- Ages in years: "58-jähriger", "55-jährige", "44-jährigen", "zwölfjähriges Mädchen",
  "Dean Holloway, 34,", "farmer Gurpreet Singh, 52" (in a negative, labelled), "the
  61-year-old pilot"; "Kinder unter sechs Jahren" 6 years "under", "Children under five" 5
  years "under" (twenty-first and twenty-seventh batches).
- "between 30 months and six years" is two durations, 30 months and 6 years; "zu fünf
  Jahren und neun Monaten Haft" 5 years and 9 months.
- "mehrere Millionen Euro", "Tens of thousands", "several hours" carry none; "Verletzt wurde
  ... niemand" is a check-worthy fact with no figure.
- Datelines with a day ("WASHINGTON, Dec 5 (Reuters)") are dates without a year; "AP", "PA"
  and German datelines carry none; "until Dec. 16" a date; "by March 2026", "in March 2024"
  the year; clock times ("0830 GMT") none.
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Sozialministerin", "Bahn-Vorständin", "Glaziologe", "Innenminister",
  "Gouverneur" after "nach Angaben von", "Energieministerin", "Hafenmarketing-Vorstand",
  "Finanzchefin", "Health Secretary", "Governor", "Cal Fire spokesman"); "teilte die
  Feuerwehr / die Polizei / das Sozialministerium / die Luftwaffe / die EZB mit" and "wie
  das Unternehmen / die Bank / die Akademie der Naturwissenschaften / das Bundesamt für
  Migration und Flüchtlinge / das Kuratorium für alpine Sicherheit / das Statistische
  Bundesamt mitteilte", "so das Bundesamt", "teilte die Hafen Hamburg Marketing mit" the
  source in the nominative with its article; "laut Landesfeuerwehrverband" as written, as
  "laut Feuerwehrverband"; "the Labor Department", "the department", "the interior
  ministry", "the bank", "the Japan Meteorological Agency", "the India Meteorological
  Department", "the World Health Organization" with the article in lower case;
  "according to the California Department of Forestry and Fire Protection" likewise;
  "according to Sanriku Electric", "NHS England said", "Statistics Canada said", "Corwen
  said" as written; "Brazil's air force said", "Israel's military said" the possessive
  form; "police said" -> "police". Left unchecked (None): "wie die SBB mitteilten" (a
  plural name no batch settled), "nach Angaben der Einsatzleitung", "nach Angaben der
  Bahn", "laut Urteil", "nach Einschätzung des Kreditversicherers ...", "Von Reuters
  befragte Ökonomen", "officials said", "fire officials said", "rail operator SNCF said" (a
  description before a name), "the state's disaster management authority said", "the
  state's civil defense agency said", "the government's drought agency warned", "the U.N.
  said", "The World Food Programme said" and "The agency said" opening the sentence (as
  "The United Nations says" in the nineteenth batch), "customs data showed", "Manchester
  Crown Court heard", "the report said", "it said" and all negatives.
- Negatives, as an ordinary day's copy has them: quoted opinion, feeling and reaction with
  a named speaker (a seniors' lobby head, a rail board member, a bank chief executive, the
  ECB president, a glaciologist, a Green politician, a port senator, a judge, Selenskyj, a
  coach, an economist, a candidate, a chief economist, a health secretary's "he added", a
  union leader, a farmer, a WHO official, a judge's rebuke, a detective's "clear message",
  a herder, a resident, a cricket captain, a football manager), a body's verdict in quotes
  ("„ein Armutszeugnis ...“", "\"painfully slow\"", "\"significantly undervalues\""), a
  firefighter's "30 Dienstjahre", commentary ("Umfragen bilden freilich nur ...", "... is
  anyone's guess."), open questions ("Ob ...", "Wie viele ...", "Was die Niederlage ...
  bedeutet, ließ ... offen.", "Whether ...", "What U.S. tariffs will do ... is still hard to
  judge."), the caveat on unverifiable figures in both languages (nineteenth batch), the
  no-comment line "Stanfield declined to comment." (twenty-first and twenty-fifth
  batches), advice and appeals ("Die Bergrettung rät ...", "Reisende werden gebeten ...",
  "Residents were urged ..."), and condolences. "Das Urteil ist noch nicht rechtskräftig."
  and "The cause of the fire is under investigation." are facts (a ruling's status, an
  investigation under way) and check-worthy, as in the nineteenth batch; "Die Geosphere
  Austria warnt für Dienstag vor weiteren Starkregenfällen." reports a warning issued and is
  check-worthy, unlike an appeal addressed to the reader.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_28 = [
    # === German =================================================================================
    # --- Pensionserhöhung (APA) ---------------------------------------------------------------
    ("de", "Wien (APA) - Die Pensionen in Österreich steigen im kommenden Jahr um 2,7 Prozent, das hat der Ministerrat am Mittwoch beschlossen.", True,
     [("percent", 2.7, "%", None)], None),
    ("de", "Für Bezieher von Mindestpensionen gibt es zusätzlich eine Einmalzahlung von 450 Euro.", True,
     [("money", 450, "EUR", None)], None),
    ("de", "Die Anpassung kostet das Budget rund 1,9 Mrd. Euro, teilte das Sozialministerium mit.", True,
     [("money", 1900000000, "EUR", "about")], "das Sozialministerium"),
    ("de", "Betroffen sind knapp 2,5 Millionen Pensionistinnen und Pensionisten, sagte Sozialministerin Birgit Lechner nach der Sitzung.", True,
     [("count", 2500000, None, "nearly")], "Birgit Lechner"),
    ("de", "„Das ist ein fairer Abschluss, der niemanden im Regen stehen lässt“, sagte der Chef des Seniorenbundes, Herbert Wimmer.", False, [], None),
    ("de", "Der Pensionistenverband hatte eine Erhöhung um mindestens 3,3 Prozent gefordert.", True,
     [("percent", 3.3, "%", "at_least")], None),
    ("de", "Die durchschnittliche Alterspension lag zuletzt bei 1.720 Euro brutto, 14-mal im Jahr ausbezahlt.", True,
     [("money", 1720, "EUR", None), ("count", 14, None, None)], None),
    ("de", "Ob das Geld für die kleinen Pensionen reicht, darf bezweifelt werden.", False, [], None),
    # --- Bahn-Pünktlichkeit (dpa) -------------------------------------------------------------
    ("de", "Berlin (dpa) - Nur noch 61,4 Prozent der Fernzüge der Deutschen Bahn sind im Oktober pünktlich gewesen.", True,
     [("percent", 61.4, "%", None)], None),
    ("de", "Im Vorjahresmonat hatte die Quote noch bei 65,8 Prozent gelegen, wie das Unternehmen am Donnerstag mitteilte.", True,
     [("percent", 65.8, "%", None)], "das Unternehmen"),
    ("de", "Die Bahn wertet einen Zug als pünktlich, solange seine Verspätung unter sechs Minuten bleibt.", True,
     [("duration", 6, "minute", "under")], None),
    ("de", "Im Regionalverkehr waren 89,7 Prozent der Züge pünktlich, rund 1,2 Prozentpunkte weniger als 2024.", True,
     [("percent", 89.7, "%", None), ("percent", 1.2, "pp", "about"), ("year", 2024, None, None)], None),
    ("de", "Hauptgrund seien die rund 1.100 Baustellen im Schienennetz, sagte Bahn-Vorständin Katrin Albers.", True,
     [("count", 1100, None, "about")], "Katrin Albers"),
    ("de", "„Unsere Fahrgäste haben jedes Recht, sauer zu sein“, räumte Albers ein.", False, [], None),
    ("de", "Bis 2030 will der Konzern mehr als 40 besonders stark belastete Strecken generalsanieren.", True,
     [("year", 2030, None, None), ("count", 40, None, "over")], None),
    ("de", "Der Fahrgastverband Bahnkunden Deutschland nannte die Zahlen „ein Armutszeugnis für ein Industrieland“.", False, [], None),
    # --- Bankergebnis (Keystone-SDA/AWP) ------------------------------------------------------
    ("de", "Zürich (Keystone-SDA) - Die Privatbank Rheinhalden hat im dritten Quartal einen Reingewinn von 214 Millionen Franken erzielt.", True,
     [("ordinal", 3, None, None), ("money", 214000000, "CHF", None)], None),
    ("de", "Das sind 12 Prozent mehr als in der Vorjahresperiode.", True,
     [("percent", 12, "%", None)], None),
    ("de", "Die verwalteten Vermögen stiegen per Ende September auf 188,6 Milliarden Franken, wie die Bank am Dienstag mitteilte.", True,
     [("money", 188600000000, "CHF", None)], "die Bank"),
    ("de", "Netto flossen der Bank in den ersten neun Monaten 6,1 Milliarden Franken an Neugeldern zu, sagte Finanzchefin Regula Bärtschi.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 6100000000, "CHF", None)], "Regula Bärtschi"),
    ("de", "Die Zahl der Mitarbeitenden sank um 85 auf 3.420 Vollzeitstellen.", True,
     [("count", 85, None, None), ("count", 3420, None, None)], None),
    ("de", "«Wir sind mit dem Geschäftsgang sehr zufrieden», sagte Konzernchef Marc Vontobler an einer Telefonkonferenz.", False, [], None),
    ("de", "Die Aktie schloss an der SIX 3,2 Prozent höher bei 71,40 Franken.", True,
     [("percent", 3.2, "%", None), ("money", 71.4, "CHF", None)], None),
    # --- EZB-Zinsentscheid (Reuters) ----------------------------------------------------------
    ("de", "Frankfurt (Reuters) - Zum vierten Mal in Folge hält die EZB ihren Einlagenzins stabil bei 2,0 Prozent.", True,
     [("ordinal", 4, None, None), ("percent", 2.0, "%", None)], None),
    ("de", "Die Teuerung in den Euro-Ländern betrug im November nach einer Schnellschätzung von Eurostat 2,1 Prozent.", True,
     [("percent", 2.1, "%", None)], None),
    ("de", "Die Notenbank hebt ihre Wachstumsprognose für das laufende Jahr auf 1,3 Prozent an, nach bisher 1,1 Prozent, teilte die EZB mit.", True,
     [("percent", 1.3, "%", None), ("percent", 1.1, "%", None)], "die EZB"),
    ("de", "Für 2026 rechnen die Volkswirte der EZB nun mit einer Teuerung von 1,8 Prozent.", True,
     [("year", 2026, None, None), ("percent", 1.8, "%", None)], None),
    ("de", "„Wir sind in einer guten Position und sehen keinen Anlass zur Eile“, sagte die EZB-Präsidentin vor der Presse.", False, [], None),
    ("de", "Von Reuters befragte Ökonomen erwarten die nächste Zinssenkung frühestens im Juni.", True, [], None),
    ("de", "Ob die Währungshüter überhaupt noch einmal nachlegen, ist unter Analysten umstritten.", False, [], None),
    # --- Brand in Lagerhalle (dpa) ------------------------------------------------------------
    ("de", "Augsburg (dpa) - Bei einem Großbrand in einer Lagerhalle im Augsburger Norden ist ein Schaden von mehreren Millionen Euro entstanden.", True, [], None),
    ("de", "Rund 180 Einsatzkräfte waren die ganze Nacht über im Einsatz, teilte die Feuerwehr am Samstag mit.", True,
     [("count", 180, None, "about")], "die Feuerwehr"),
    ("de", "Verletzt wurde nach Angaben der Einsatzleitung niemand.", True, [], None),
    ("de", "Der Sachschaden beläuft sich auf mindestens drei Millionen Euro, teilte die Polizei mit.", True,
     [("money", 3000000, "EUR", "at_least")], "die Polizei"),
    ("de", "Die Anwohner wurden wegen der starken Rauchentwicklung über Warn-Apps aufgefordert, Fenster und Türen geschlossen zu halten.", True, [], None),
    ("de", "Zur Brandursache ermittelt die Kriminalpolizei.", True, [], None),
    # --- Unwetter in der Steiermark (APA) -----------------------------------------------------
    ("de", "Graz (APA) - Heftige Gewitter haben in der Nacht auf Montag in der Obersteiermark mehrere Muren ausgelöst.", True, [], None),
    ("de", "Innerhalb von zwei Stunden fielen in Teilen des Bezirks Liezen bis zu 70 Liter Regen pro Quadratmeter.", True,
     [("duration", 2, "hour", None), ("count", 70, None, "up_to")], None),
    ("de", "Die Feuerwehren rückten laut Landesfeuerwehrverband zu mehr als 240 Einsätzen aus.", True,
     [("count", 240, None, "over")], "Landesfeuerwehrverband"),
    ("de", "Eine Landesstraße bleibt wegen eines Hangrutsches voraussichtlich bis Ende der Woche gesperrt.", True, [], None),
    ("de", "Rund 60 Bewohner eines Ortsteils von Admont mussten ihre Häuser vorübergehend verlassen.", True,
     [("count", 60, None, "about")], None),
    ("de", "Teile der Ortsdurchfahrt liegen unter einer bis zu zwei Meter hohen Schlammschicht.", True,
     [("count", 2, None, "up_to")], None),
    ("de", "„So etwas habe ich in 30 Dienstjahren noch nicht erlebt“, sagte ein Feuerwehrkommandant.", False,
     [("count", 30, None, None)], None),
    ("de", "Die Geosphere Austria warnt für Dienstag vor weiteren Starkregenfällen.", True, [], None),
    # --- Gletscherbericht (Keystone-SDA) ------------------------------------------------------
    ("de", "Bern (Keystone-SDA) - Drei Prozent ihres verbliebenen Eises haben die Schweizer Gletscher heuer eingebüsst.", True,
     [("percent", 3, "%", None)], None),
    ("de", "Das ist der vierthöchste Verlust seit Beginn der Messungen, wie die Akademie der Naturwissenschaften am Montag mitteilte.", True,
     [("ordinal", 4, None, None)], "die Akademie der Naturwissenschaften"),
    ("de", "Seit 2015 ist damit fast ein Viertel des Eisvolumens verschwunden.", True,
     [("year", 2015, None, None), ("fraction", 0.25, None, "nearly")], None),
    ("de", "Besonders stark betroffen waren Gletscher unter 3.000 Metern über Meer.", True,
     [("count", 3000, None, "under")], None),
    ("de", "Ein Winter mit wenig Schnee sowie zwei Hitzewellen im Sommer hätten das Abschmelzen beschleunigt, sagte Glaziologe Andreas Imboden.", True,
     [("count", 2, None, None)], "Andreas Imboden"),
    ("de", "«Die kleinen Gletscher werden wir nicht mehr retten können», sagte Imboden.", False, [], None),
    # --- Asylanträge (AFP) --------------------------------------------------------------------
    ("de", "Berlin (AFP) - Die Zahl der Asylerstanträge in Deutschland ist in den ersten zehn Monaten des Jahres um 47 Prozent zurückgegangen.", True,
     [("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 47, "%", None)], None),
    ("de", "Bis Ende Oktober stellten 98.412 Menschen erstmals einen Antrag, wie das Bundesamt für Migration und Flüchtlinge mitteilte.", True,
     [("count", 98412, None, None)], "das Bundesamt für Migration und Flüchtlinge"),
    ("de", "Die meisten Antragsteller kamen aus Syrien, Afghanistan und der Türkei.", True, [], None),
    ("de", "Jeder fünfte Antrag entfiel auf Kinder unter sechs Jahren, so das Bundesamt.", True,
     [("fraction", 0.2, None, None), ("duration", 6, "year", "under")], "das Bundesamt"),
    ("de", "Innenminister Tobias Kramer sagte, seit Mai seien an den Grenzen 11.300 Menschen zurückgewiesen worden.", True,
     [("count", 11300, None, None)], "Tobias Kramer"),
    ("de", "„Die Bundesregierung feiert sich für eine Abschottung, die Menschenleben kostet“, sagte die Grünen-Politikerin Lea Brandner.", False, [], None),
    ("de", "Wie viele der Abgewiesenen später auf anderem Weg einreisten, ist nicht bekannt.", False, [], None),
    # --- Hamburger Hafen (dpa) ----------------------------------------------------------------
    ("de", "Hamburg (dpa) - Der Hamburger Hafen hat von Januar bis September 5,9 Millionen Standardcontainer umgeschlagen.", True,
     [("count", 5900000, None, None)], None),
    ("de", "Der Umschlag von Massengut sank um 2,3 Prozent auf 26,4 Millionen Tonnen.", True,
     [("percent", 2.3, "%", None), ("count", 26400000, None, None)], None),
    ("de", "Das entspricht einem Plus von 4,1 Prozent gegenüber dem Vorjahreszeitraum, teilte die Hafen Hamburg Marketing mit.", True,
     [("percent", 4.1, "%", None)], "die Hafen Hamburg Marketing"),
    ("de", "Rotterdam und Antwerpen-Brügge wuchsen im selben Zeitraum deutlich stärker.", True, [], None),
    ("de", "Wichtigster Handelspartner bleibt China mit knapp einem Drittel des Containerumschlags, sagte Hafenmarketing-Vorstand Jens Petersen.", True,
     [("fraction", 0.3333, None, "nearly")], "Jens Petersen"),
    ("de", "„Der Hafen ist zurück in der Erfolgsspur“, sagte Wirtschaftssenatorin Ines Hollmann.", False, [], None),
    ("de", "Die Elbvertiefung hatte 2022 nach fast 20 Jahren Planung ihren Abschluss gefunden.", True,
     [("year", 2022, None, None), ("duration", 20, "year", "nearly")], None),
    # --- Bergunfall (APA) ---------------------------------------------------------------------
    ("de", "Innsbruck (APA) - Ein 58-jähriger Bergsteiger aus Deutschland ist am Sonntag in den Stubaier Alpen tödlich abgestürzt.", True,
     [("duration", 58, "year", None)], None),
    ("de", "Der Mann war nach Angaben der Polizei auf rund 2.600 Metern Seehöhe auf einem vereisten Steig ausgerutscht.", True,
     [("count", 2600, None, "about")], None),
    ("de", "Er stürzte etwa 150 Meter über felsiges Gelände ab.", True,
     [("count", 150, None, "about")], None),
    ("de", "Seine 55-jährige Begleiterin setzte einen Notruf ab und wurde unverletzt von einem Hubschrauber geborgen.", True,
     [("duration", 55, "year", None)], None),
    ("de", "Für den Mann kam jede Hilfe zu spät.", True, [], None),
    ("de", "Es ist bereits der 17. tödliche Bergunfall in Tirol in diesem Herbst, wie das Kuratorium für alpine Sicherheit mitteilte.", True,
     [("ordinal", 17, None, None)], "das Kuratorium für alpine Sicherheit"),
    ("de", "Die Bergrettung rät, im Spätherbst auch auf leichten Wegen Grödel mitzunehmen.", False, [], None),
    # --- Betrugsprozess (dpa) -----------------------------------------------------------------
    ("de", "Köln (dpa) - Das Landgericht Köln hat einen 44-jährigen Unternehmer wegen Betrugs mit Corona-Testzentren zu fünf Jahren und neun Monaten Haft verurteilt.", True,
     [("duration", 44, "year", None), ("duration", 5, "year", None), ("duration", 9, "month", None)], None),
    ("de", "Der Mann hatte laut Urteil in drei Testzentren rund 310.000 Tests abgerechnet, die nie stattgefunden hatten.", True,
     [("count", 3, None, None), ("count", 310000, None, "about")], None),
    ("de", "Der Schaden für die Staatskasse beläuft sich auf knapp 4,8 Millionen Euro.", True,
     [("money", 4800000, "EUR", "nearly")], None),
    ("de", "Die Staatsanwaltschaft hatte sechseinhalb Jahre gefordert, die Verteidigung eine Bewährungsstrafe.", True,
     [("duration", 6.5, "year", None)], None),
    ("de", "„Sie haben sich schamlos an einer Notlage bereichert“, sagte der Vorsitzende Richter bei der Urteilsbegründung.", False, [], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    # --- Drohnenangriffe (AFP) ----------------------------------------------------------------
    ("de", "Kiew (AFP) - Mit 126 Drohnen und vier Raketen haben russische Truppen in der Nacht zum Mittwoch ukrainische Städte angegriffen.", True,
     [("count", 126, None, None), ("count", 4, None, None)], None),
    ("de", "Die Luftabwehr habe 103 Drohnen und zwei Raketen abgeschossen, teilte die Luftwaffe mit.", True,
     [("count", 103, None, None), ("count", 2, None, None)], "die Luftwaffe"),
    ("de", "In der Region Dnipropetrowsk wurden nach Angaben von Gouverneur Serhij Lyssak drei Menschen getötet, darunter ein zwölfjähriges Mädchen.", True,
     [("count", 3, None, None), ("duration", 12, "year", None)], "Serhij Lyssak"),
    ("de", "Mehr als 40.000 Haushalte waren zeitweise ohne Strom, sagte Energieministerin Switlana Hrynchuk.", True,
     [("count", 40000, None, "over")], "Switlana Hrynchuk"),
    ("de", "„Jede Nacht dasselbe Grauen“, schrieb Präsident Wolodymyr Selenskyj auf Telegram.", False, [], None),
    ("de", "Die Angaben lassen sich nicht unabhängig überprüfen.", False, [], None),
    # --- Fußball-Bundesliga (APA) -------------------------------------------------------------
    ("de", "Wien (APA) - Rapid Wien hat das Wiener Derby gegen die Austria vor 26.000 Zuschauern mit 2:1 gewonnen.", True,
     [("count", 26000, None, None)], None),
    ("de", "Den Siegtreffer erzielte Stürmer Luka Horvat in der 88. Minute.", True,
     [("ordinal", 88, None, None)], None),
    ("de", "Horvat hält damit bei neun Saisontoren, zwei mehr als in der gesamten Vorsaison.", True,
     [("count", 9, None, None), ("count", 2, None, None)], None),
    ("de", "Rapid liegt damit nach 15 Runden punktegleich mit Sturm Graz auf Rang zwei.", True,
     [("count", 15, None, None), ("ordinal", 2, None, None)], None),
    ("de", "Für die Austria war es die dritte Niederlage in Folge.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "„Das war ein Derby, wie man es sich als Trainer wünscht“, sagte Rapid-Coach Stefan Haidinger.", False, [], None),
    ("de", "Was die Niederlage für Austria-Trainer Michael Reisinger bedeutet, ließ Sportdirektor Manuel Ortner offen.", False, [], None),
    # --- Insolvenzen (Reuters) ----------------------------------------------------------------
    ("de", "Wiesbaden (Reuters) - Die Zahl der Firmenpleiten in Deutschland ist im September auf den höchsten Stand seit fast elf Jahren gestiegen.", True,
     [("duration", 11, "year", "nearly")], None),
    ("de", "Die Amtsgerichte meldeten 2.139 Unternehmensinsolvenzen, 9,8 Prozent mehr als ein Jahr zuvor, wie das Statistische Bundesamt mitteilte.", True,
     [("count", 2139, None, None), ("percent", 9.8, "%", None)], "das Statistische Bundesamt"),
    ("de", "Die Forderungen der Gläubiger bezifferten die Gerichte auf rund 5,2 Milliarden Euro.", True,
     [("money", 5200000000, "EUR", "about")], None),
    ("de", "Von Januar bis September zählten die Gerichte insgesamt 18.125 Firmenpleiten.", True,
     [("count", 18125, None, None)], None),
    ("de", "Am stärksten betroffen war der Bereich Verkehr und Lagerei mit 9,1 Insolvenzen je 10.000 Unternehmen.", True,
     [("count", 9.1, None, None), ("count", 10000, None, None)], None),
    ("de", "Eine Trendwende ist nach Einschätzung des Kreditversicherers Nordmark Kredit nicht vor Ende 2026 zu erwarten.", True,
     [("year", 2026, None, None)], None),
    ("de", "„Viele Betriebe haben schlicht keine Reserven mehr“, sagte Ökonom Jan Seifert.", False, [], None),
    # --- Zugausfall (Keystone-SDA) ------------------------------------------------------------
    ("de", "Luzern (Keystone-SDA) - Eine Fahrleitungsstörung hat am Freitagmorgen den Bahnverkehr zwischen Luzern und Zug mehr als drei Stunden lang lahmgelegt.", True,
     [("duration", 3, "hour", "over")], None),
    ("de", "Betroffen waren rund 25.000 Pendlerinnen und Pendler, wie die SBB mitteilten.", True,
     [("count", 25000, None, "about")], None),
    ("de", "Die SBB setzten zwischen Rotkreuz und Zug 14 Ersatzbusse ein.", True,
     [("count", 14, None, None)], None),
    ("de", "Ein Baum war nach Angaben der Bahn auf die Leitung gestürzt.", True, [], None),
    ("de", "Reisende werden gebeten, sich vor Fahrtantritt im Online-Fahrplan zu informieren.", False, [], None),
    # --- Landtagswahl-Umfrage (dpa) -----------------------------------------------------------
    ("de", "Stuttgart (dpa) - Vier Monate vor der Landtagswahl in Baden-Württemberg liegt die CDU in einer neuen Umfrage mit 31 Prozent klar vorn.", True,
     [("duration", 4, "month", None), ("percent", 31, "%", None)], None),
    ("de", "Die AfD kommt auf 20 Prozent, die Grünen auf 19 Prozent, die SPD auf 10 Prozent.", True,
     [("percent", 20, "%", None), ("percent", 19, "%", None), ("percent", 10, "%", None)], None),
    ("de", "Die Grünen verlieren damit im Vergleich zur letzten Erhebung zwei Punkte.", True,
     [("percent", 2, "pp", None)], None),
    ("de", "Befragt wurden in der vergangenen Woche 1.153 Wahlberechtigte.", True,
     [("count", 1153, None, None)], None),
    ("de", "„Das Rennen ist noch lange nicht gelaufen“, sagte der Grünen-Spitzenkandidat Felix Arnold.", False, [], None),
    ("de", "Umfragen bilden freilich nur die Stimmung eines Augenblicks ab.", False, [], None),
    # === English ================================================================================
    # --- US jobs report (Reuters) -------------------------------------------------------------
    ("en", "WASHINGTON, Dec 5 (Reuters) - U.S. nonfarm payrolls grew by 142,000 in November, beating economists' expectations, the Labor Department said on Friday.", True,
     [("date", "--12-05", None, None), ("count", 142000, None, None)], "the Labor Department"),
    ("en", "Economists polled by Reuters had forecast payrolls rising by 110,000.", True,
     [("count", 110000, None, None)], None),
    ("en", "Manufacturing shed 9,000 jobs for a third straight month, while construction added 21,000.", True,
     [("count", 9000, None, None), ("ordinal", 3, None, None), ("count", 21000, None, None)], None),
    ("en", "The unemployment rate held at 4.3%, while average hourly earnings rose 0.3% from the previous month.", True,
     [("percent", 4.3, "%", None), ("percent", 0.3, "%", None)], None),
    ("en", "Job gains for September and October were revised down by a combined 38,000, the department said.", True,
     [("count", 38000, None, None)], "the department"),
    ("en", "Health care accounted for nearly a third of the new positions.", True,
     [("fraction", 0.3333, None, "nearly")], None),
    ("en", "\"The labor market is cooling, not cracking,\" said Ana Whitfield, chief economist at Harbor Lane Capital.", False, [], None),
    ("en", "Whether the Federal Reserve will cut rates again this month remains an open question.", False, [], None),
    # --- NHS waiting list (PA) ----------------------------------------------------------------
    ("en", "LONDON (PA) - England's backlog of routine hospital treatment has fallen for the fourth month in a row, to an estimated 7.39 million cases.", True,
     [("ordinal", 4, None, None), ("count", 7390000, None, "about")], None),
    ("en", "Around 6.2 million individual patients were waiting for treatment at the end of September, NHS England said.", True,
     [("count", 6200000, None, "about")], "NHS England"),
    ("en", "Some 187,000 people had been waiting for more than a year, down from 212,000 a month earlier.", True,
     [("count", 187000, None, "about"), ("count", 212000, None, None)], None),
    ("en", "There were 2.4 million visits to emergency departments in October, 3.1% more than a year earlier.", True,
     [("count", 2400000, None, None), ("percent", 3.1, "%", None)], None),
    ("en", "The Government's target is for 65% of patients to be seen within 18 weeks by March 2026.", True,
     [("percent", 65, "%", None), ("duration", 18, "week", None), ("year", 2026, None, None)], None),
    ("en", "Health Secretary Owen Pritchard said an extra 1.9 million appointments had been delivered since July.", True,
     [("count", 1900000, None, None)], "Owen Pritchard"),
    ("en", "\"Patients will rightly judge us on results, not on promises,\" he added.", False, [], None),
    ("en", "The Royal College of Nursing described the progress as \"painfully slow\".", False, [], None),
    # --- Earthquake in Japan (AP) -------------------------------------------------------------
    ("en", "TOKYO (AP) - A magnitude 6.8 earthquake struck off Japan's northeastern coast late Monday, injuring at least 23 people and briefly triggering a tsunami advisory.", True,
     [("count", 6.8, None, None), ("count", 23, None, "at_least")], None),
    ("en", "The quake hit at a depth of about 50 kilometers off Aomori prefecture, the Japan Meteorological Agency said.", True,
     [("count", 50, None, "about")], "the Japan Meteorological Agency"),
    ("en", "Waves of up to 40 centimeters were observed at two ports about an hour later.", True,
     [("count", 40, None, "up_to"), ("count", 2, None, None)], None),
    ("en", "More than 9,000 homes lost power, according to Sanriku Electric.", True,
     [("count", 9000, None, "over")], "Sanriku Electric"),
    ("en", "Bullet train services were suspended for several hours while tracks were inspected.", True, [], None),
    ("en", "Residents were urged to stay away from the coast and prepare for aftershocks.", False, [], None),
    # --- French strike (AFP) ------------------------------------------------------------------
    ("en", "PARIS, Dec 2 (AFP) - Tens of thousands of people marched across France on Tuesday against planned cuts to public spending, on the third day of nationwide strikes since September.", True,
     [("date", "--12-02", None, None), ("ordinal", 3, None, None)], None),
    ("en", "There were 184,000 demonstrators nationwide, including 23,000 in Paris, the interior ministry said.", True,
     [("count", 184000, None, None), ("count", 23000, None, None)], "the interior ministry"),
    ("en", "The CGT union put the figure at 600,000.", True,
     [("count", 600000, None, None)], None),
    ("en", "About one in four high-speed trains was cancelled, rail operator SNCF said.", True,
     [("fraction", 0.25, None, "about")], None),
    ("en", "The government wants the deficit down to 4.7% of gross domestic product next year from 5.4% this year.", True,
     [("percent", 4.7, "%", None), ("percent", 5.4, "%", None)], None),
    ("en", "\"We will not pay for their mistakes,\" CGT leader Sophie Martel told reporters at the head of the Paris march.", False, [], None),
    ("en", "How long the minority government can survive is anyone's guess.", False, [], None),
    # --- Monsoon floods (Reuters) -------------------------------------------------------------
    ("en", "NEW DELHI, Sept 3 (Reuters) - Floods and landslides triggered by heavy monsoon rains have killed at least 46 people in northern India over the past week, officials said.", True,
     [("date", "--09-03", None, None), ("count", 46, None, "at_least")], None),
    ("en", "Punjab state has recorded its worst flooding since 1988, with more than 1,400 villages under water.", True,
     [("year", 1988, None, None), ("count", 1400, None, "over")], None),
    ("en", "Nearly 20,000 people have been moved to relief camps, the state's disaster management authority said.", True,
     [("count", 20000, None, "nearly")], None),
    ("en", "The weather department has forecast heavy rain for the next 48 hours.", True,
     [("duration", 48, "hour", None)], None),
    ("en", "Rainfall in August was 31% above the long-term average, the India Meteorological Department said.", True,
     [("percent", 31, "%", None)], "the India Meteorological Department"),
    ("en", "\"We have lost everything, even the seeds for next season,\" said farmer Gurpreet Singh, 52.", False,
     [("duration", 52, "year", None)], None),
    # --- Takeover bid (Reuters) ---------------------------------------------------------------
    ("en", "LONDON, Nov 18 (Reuters) - British packaging maker Corwen Group said on Tuesday it had rejected a 2.1 billion pound takeover proposal from U.S. rival Stanfield Industries.", True,
     [("date", "--11-18", None, None), ("money", 2100000000, "GBP", None)], None),
    ("en", "The cash offer of 310 pence per share represented a premium of 38% to Corwen's closing price on Monday.", True,
     [("money", 3.1, "GBP", None), ("percent", 38, "%", None)], None),
    ("en", "Corwen's board said the proposal \"significantly undervalues\" the company and its prospects.", False, [], None),
    ("en", "Stanfield has until Dec. 16 to make a firm offer or walk away under British takeover rules.", True,
     [("date", "--12-16", None, None)], None),
    ("en", "Corwen shares jumped 27% to 291 pence by 0830 GMT, their biggest gain on record.", True,
     [("percent", 27, "%", None), ("money", 2.91, "GBP", None)], None),
    ("en", "The company employs about 9,500 people in 14 countries, Corwen said.", True,
     [("count", 9500, None, "about"), ("count", 14, None, None)], "Corwen"),
    ("en", "Stanfield declined to comment.", False, [], None),
    # --- WHO malaria report (AFP) -------------------------------------------------------------
    ("en", "GENEVA, Dec 11 (AFP) - Malaria killed an estimated 597,000 people worldwide last year, the World Health Organization said in its annual report on Thursday.", True,
     [("date", "--12-11", None, None), ("count", 597000, None, "about")], "the World Health Organization"),
    ("en", "Children under five accounted for about three-quarters of the deaths.", True,
     [("duration", 5, "year", "under"), ("fraction", 0.75, None, "about")], None),
    ("en", "The number of cases rose to 263 million, up 11 million on the year before.", True,
     [("count", 263000000, None, None), ("count", 11000000, None, None)], None),
    ("en", "Africa carries about 94% of the global burden, the report said.", True,
     [("percent", 94, "%", "about")], None),
    ("en", "Funding for malaria control reached $3.9 billion, less than half of the $8.3 billion the WHO says is needed.", True,
     [("money", 3900000000, "USD", None), ("money", 8300000000, "USD", None), ("fraction", 0.5, None, "under")], None),
    ("en", "\"We cannot afford to let hard-won progress slip away,\" the WHO's malaria chief Daniel Okafor said.", False, [], None),
    # --- Plane crash (AP) ---------------------------------------------------------------------
    ("en", "SAO PAULO (AP) - A small plane crashed shortly after takeoff in southern Brazil on Sunday, killing all seven people on board, officials said.", True,
     [("count", 7, None, None)], None),
    ("en", "The twin-engine aircraft went down in a field about 2 kilometers from the airport in Caxias do Sul.", True,
     [("count", 2, None, "about")], None),
    ("en", "The victims included a local businessman, his two sons and the 61-year-old pilot, the state's civil defense agency said.", True,
     [("count", 2, None, None), ("duration", 61, "year", None)], None),
    ("en", "Brazil's air force said it had opened an investigation into the cause of the crash.", True,
     [], "Brazil's air force"),
    ("en", "Weather conditions were poor at the time, with low clouds and light rain.", True, [], None),
    ("en", "Our thoughts are with the families at this terrible time, the governor wrote on social media.", False, [], None),
    # --- Court case (PA) ----------------------------------------------------------------------
    ("en", "MANCHESTER (PA) - A drug dealer who ran a county lines operation from a prison cell has been jailed for a further eight years.", True,
     [("duration", 8, "year", None)], None),
    ("en", "Dean Holloway, 34, used smuggled mobile phones to direct the sale of heroin and crack cocaine worth an estimated £450,000, Manchester Crown Court heard.", True,
     [("duration", 34, "year", None), ("money", 450000, "GBP", "about")], None),
    ("en", "Officers seized 23 phones from his cell during a search in March 2024, police said.", True,
     [("count", 23, None, None), ("year", 2024, None, None)], "police"),
    ("en", "Four other men were jailed for between 30 months and six years for their roles in the network.", True,
     [("count", 4, None, None), ("duration", 30, "month", None), ("duration", 6, "year", None)], None),
    ("en", "\"You showed not a shred of remorse,\" Judge Margaret Ellery told him.", False, [], None),
    ("en", "Detective Inspector Ryan Cole said the sentence sent a clear message to anyone who thought prison walls would protect them.", False, [], None),
    # --- China trade (Reuters) ----------------------------------------------------------------
    ("en", "BEIJING, Nov 7 (Reuters) - China's exports fell 1.1% in October from a year earlier, the first decline since February, customs data showed on Friday.", True,
     [("date", "--11-07", None, None), ("percent", 1.1, "%", None), ("ordinal", 1, None, None)], None),
    ("en", "Analysts in a Reuters poll had expected growth of 3.0%.", True,
     [("percent", 3.0, "%", None)], None),
    ("en", "Imports rose 1%, leaving a trade surplus of $90.1 billion.", True,
     [("percent", 1, "%", None), ("money", 90100000000, "USD", None)], None),
    ("en", "Shipments to the United States slumped 25% for a seventh straight month.", True,
     [("percent", 25, "%", None), ("ordinal", 7, None, None)], None),
    ("en", "Exports to the European Union rose 14%, while those to Southeast Asia climbed 11%.", True,
     [("percent", 14, "%", None), ("percent", 11, "%", None)], None),
    ("en", "For the first 10 months of the year, exports were up 5.3% at $3.09 trillion.", True,
     [("ordinal", 1, None, None), ("duration", 10, "month", None), ("percent", 5.3, "%", None), ("money", 3090000000000, "USD", None)], None),
    ("en", "\"The front-loading of exports is clearly fading,\" said Li Wen, an economist at a Shanghai brokerage.", False, [], None),
    # --- Gaza aid (AP) ------------------------------------------------------------------------
    ("en", "CAIRO (AP) - About 600 trucks carrying food and medicine entered Gaza on Saturday, the highest daily number since the ceasefire took effect, the U.N. said.", True,
     [("count", 600, None, "about")], None),
    ("en", "Aid groups say the territory of 2.1 million people needs at least 500 trucks daily.", True,
     [("count", 2100000, None, None), ("count", 500, None, "at_least")], None),
    ("en", "Israel's military said it had facilitated the entry of 4,200 trucks over the past two weeks.", True,
     [("count", 4200, None, None), ("duration", 2, "week", None)], "Israel's military"),
    ("en", "The World Food Programme said it had reopened 26 of its 40 bakeries in the south.", True,
     [("count", 26, None, None), ("count", 40, None, None)], None),
    ("en", "\"This is a start, but it is nowhere near enough,\" a WFP spokeswoman said.", False, [], None),
    ("en", "It was not immediately possible to verify the figures independently.", False, [], None),
    # --- Drought in Kenya (AFP) ---------------------------------------------------------------
    ("en", "NAIROBI, Oct 21 (AFP) - Nearly 2.2 million people in northern Kenya face acute hunger after the third failed rainy season in a row, the government's drought agency warned on Tuesday.", True,
     [("date", "--10-21", None, None), ("count", 2200000, None, "nearly"), ("ordinal", 3, None, None)], None),
    ("en", "Livestock deaths have risen sharply in 12 of the country's 23 arid and semi-arid counties.", True,
     [("count", 12, None, None), ("count", 23, None, None)], None),
    ("en", "The agency said rainfall since October had been less than 40% of normal in parts of Marsabit and Turkana.", True,
     [("percent", 40, "%", "under")], None),
    ("en", "The United Nations has appealed for $270 million to fund emergency assistance over the next six months.", True,
     [("money", 270000000, "USD", None), ("duration", 6, "month", None)], None),
    ("en", "\"Our animals are dying one by one, and soon it will be our children,\" herder Amina Lokal said.", False, [], None),
    # --- California wildfire (AP) -------------------------------------------------------------
    ("en", "LOS ANGELES (AP) - A fast-moving wildfire north of Los Angeles has now scorched more than 14,000 acres; about 8,000 residents have been told to leave.", True,
     [("count", 14000, None, "over"), ("count", 8000, None, "about")], None),
    ("en", "The fire was 12% contained by Wednesday evening, according to the California Department of Forestry and Fire Protection.", True,
     [("percent", 12, "%", None)], "the California Department of Forestry and Fire Protection"),
    ("en", "At least 35 homes have been destroyed and two firefighters suffered minor injuries, Cal Fire spokesman Tom Reyes said.", True,
     [("count", 35, None, "at_least"), ("count", 2, None, None)], "Tom Reyes"),
    ("en", "Wind gusts of up to 65 mph were expected to continue through Thursday.", True,
     [("count", 65, None, "up_to")], None),
    ("en", "More than 1,600 firefighters were battling the blaze, fire officials said.", True,
     [("count", 1600, None, "over")], None),
    ("en", "It is the largest blaze in Los Angeles County since 2020, when a fire in the San Gabriel Mountains burned 115,000 acres over three months.", True,
     [("year", 2020, None, None), ("count", 115000, None, None), ("duration", 3, "month", None)], None),
    ("en", "The cause of the fire is under investigation.", True, [], None),
    ("en", "\"It came over the ridge like a freight train,\" said resident Carla Mendes, who fled with her two dogs.", False,
     [("count", 2, None, None)], None),
    # --- Cricket (AFP) ------------------------------------------------------------------------
    ("en", "MELBOURNE, Dec 27 (AFP) - Australia beat England by eight wickets inside three days in the fourth Test in Melbourne on Saturday to take an unassailable 3-0 series lead.", True,
     [("date", "--12-27", None, None), ("count", 8, None, None), ("duration", 3, "day", None), ("ordinal", 4, None, None)], None),
    ("en", "Fast bowler Liam Harker took five for 41 as England were bowled out for 187 in their second innings.", True,
     [("count", 5, None, None), ("count", 41, None, None), ("count", 187, None, None), ("ordinal", 2, None, None)], None),
    ("en", "Australia reached their target of 96 in just 19 overs.", True,
     [("count", 96, None, None), ("count", 19, None, None)], None),
    ("en", "A crowd of 87,412 watched the opening day.", True,
     [("count", 87412, None, None)], None),
    ("en", "\"We were simply not good enough,\" England captain Joe Fenwick said.", False, [], None),
    ("en", "England have now lost 16 of their last 19 Tests in Australia.", True,
     [("count", 16, None, None), ("count", 19, None, None)], None),
    # --- Bank of Canada (Reuters) -------------------------------------------------------------
    ("en", "OTTAWA, Oct 29 (Reuters) - The Bank of Canada cut its key interest rate by 25 basis points to 2.25% on Wednesday, its second cut in a row.", True,
     [("date", "--10-29", None, None), ("percent", 25, "bp", None), ("percent", 2.25, "%", None), ("ordinal", 2, None, None)], None),
    ("en", "The economy will grow 1.2% this year and 1.0% in 2026, the bank said.", True,
     [("percent", 1.2, "%", None), ("percent", 1.0, "%", None), ("year", 2026, None, None)], "the bank"),
    ("en", "Governor Claire Dumont told reporters the current rate was \"about the right level\" given the 2% inflation target.", True,
     [("percent", 2, "%", None)], "Claire Dumont"),
    ("en", "Canada's unemployment rate stood at 7.1% in September, its highest in nine years.", True,
     [("percent", 7.1, "%", None), ("duration", 9, "year", None)], None),
    ("en", "Annual inflation rose to 2.4% in September from 1.9% in August, Statistics Canada said.", True,
     [("percent", 2.4, "%", None), ("percent", 1.9, "%", None)], "Statistics Canada"),
    ("en", "Money markets now see less than a 30% chance of another cut in December.", True,
     [("percent", 30, "%", "under")], None),
    ("en", "What U.S. tariffs will do to Canadian factories next year is still hard to judge.", False, [], None),
    # --- Premier League (PA) ------------------------------------------------------------------
    ("en", "LONDON (PA) - Arsenal opened a six-point lead at the top after beating Aston Villa 3-1 on Saturday.", True,
     [("count", 6, None, None)], None),
    ("en", "Striker Tomas Ekdal scored twice in the second half to take his tally for the season to 14.", True,
     [("count", 2, None, None), ("ordinal", 2, None, None), ("count", 14, None, None)], None),
    ("en", "It was Arsenal's ninth win in 10 league games.", True,
     [("ordinal", 9, None, None), ("count", 10, None, None)], None),
    ("en", "Villa, who had been unbeaten at home since August, drop to sixth.", True,
     [("ordinal", 6, None, None)], None),
    ("en", "\"The boys were magnificent today, I could not ask for more,\" Arsenal manager Ruben Castell said.", False, [], None),
    ("en", "Whether they can keep it up through the busy Christmas schedule is another matter.", False, [], None),
]
