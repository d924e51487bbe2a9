"""Ninety-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Gabriele Mosser, Brandtner Antriebstechnik, Walter Eibensteiner, Herbert Kaltenbrunner,
Clemens Außerwinkler, Andreas Strasser, Lukas Grabher, Bernd Koller, Chiara Bernasconi,
Ingrid Haselbacher, Miriam Hörtnagl, Petra Lindqvist, Sabine Kollwitz, Lea Brinkmann,
Therese Wyss, Corinne Zwahlen, Renate Huber, Gernot Wallner, Claudia Rehberg, Julia
Ramsauer, Beatrix Hallwirth; Graham Penfold, Ruth Ashdown, Dana Whitcombe, Harlow Advisors,
Kate Holder, Simon Arkwright, Curtis Bellamy, Harold Prescott, Maria Okonjo, Kieran Doyle,
Tomás Ruiz, SkyNorth, Karen Holt, Teresa Vialpando, Claire Vautrin, Mia Kovac, Katarina
Novak, Aurelie Dantec, Lara Benitez, Keller Drive, Frank Lindner, Paul Whitely); real
places, clubs, parties and institutions ("Kärntner Landtag", "Landesgericht Salzburg",
"Rapid", "Austria", "Filmfestival Locarno", "Wiener Gesundheitsverbund", "Wirtschaftskammer",
"Deutsche Bahn", "Pro Bahn", "VdK", "Grosser Rat des Kantons Bern", "Geosphere Austria",
"Bundesvereinigung Deutscher Apothekerverbände", "Kunsthistorisches Museum", "ÖSV",
"Landespolizeidirektion Oberösterreich"; "Kent County Council", "Unison", "Labor
Department", "White House", "Manchester City", "Aston Villa", "Premier League", "NHS
England", "Royal College of Nursing", "BALPA", "Devon County Council", "Bank of England",
"Australian Open", "France Unbowed", "IG Metall", "West Yorkshire Police", "Met Office")
stand for the way wire copy names them; what is said, counted and decided here is invented.

Its weight: OPINION VERSUS CLAIM ON ORDINARY WIRE DAYS, the hardest boundary - 32 short
stories in story order (a dateline lead, then figures, attributed lines, quotes and
reactions, sometimes a closing or service line), in which about half the rows are what
wire copy carries that is not check-worthy and the other half their check-worthy
look-alikes of the same shape, often from the same speaker. Half German (APA, dpa,
dpa/lby, Keystone-SDA; Austrian "Jänner", "Anrainer", Swiss "ss", "128'000", "Franken",
«» quotes, German „“ quotes): a Carinthian budget, job cuts at a supplier in Steyr, a fraud
trial in Salzburg, the Vienna derby, the Locarno film festival, waiting times in Vienna's
emergency departments, parking fees in Innsbruck, rail punctuality, a German welfare reform,
a Bernese tax cut, a flood wall in Passau, storms in Styria, pharmacy closures, a World Cup
ski opener, a museum's record year, an arrest in Linz. Half English (Reuters, AP, AFP, PA,
AAP): a Kent council budget, the U.S. jobs report, a fraud verdict in New York, a Premier
League match, NHS waiting lists, a pilots' strike, a rent-cap veto in Colorado, a Paris
auction, a bridge closure in Devon, a Bank of England cut, the Australian Open, a French
confidence vote, measles in Texas, job cuts at a parts maker, a jewellery raid in Leeds, a
snow warning. Negatives: quoted reactions and evaluations, also in the German perfect
(„Wir haben heute einfach alles richtig gemacht“, „Wir haben geliefert, was wir versprochen
haben“, "We have had to make impossible choices"); unquoted evaluations attributed to a
named body ("Die Freiheitlichen sprachen von einem Skandal.", "Die Grünen nannten den
Sparkurs ... kurzsichtig und unsozial.", "Opposition councillors called the library cuts
reckless.", "The IG Metall union called the plan a betrayal of the workforce."); feelings,
fears and hopes; predictions about mood; commentary; rhetoric and rhetorical questions;
appeals and advice; slogans and banners; scene colour; no-comment, service and boilerplate
lines. Check-worthy look-alikes: quoted facts in the perfect („Wir haben seit Jahresbeginn
bereits 40 Stellen ... gestrichen“, ""We have cut £38 million ...""), quoted and reported
denials („Eine Einladung zu einem Gespräch haben wir nie erhalten“, ""We did not receive
any new proposal from management"", "Bellamy has denied all the charges."), votes,
decisions, positions and intentions stated as acts ("Auch die Grünen sprachen sich gegen
die Vorlage aus.", "Pilots' union BALPA has called a 48-hour strike ..."), stated reasons,
claims of a measurable record, demands and forecasts with a figure, attributed statements
of record with and without figures.

235 rows (117 German, 118 English), 118 negatives (59 German, 59 English), 117 check-worthy
rows of which 45 carry no figure (26 German, 19 English), 101 expected quantities (41
counts, 15 amounts of money, 11 percentages, 11 durations, 10 years, 7 ordinals, 6 dates;
none of them in negatives), 37 checked speakers (15 German, 22 English). Sentences sharing
a run of eight or more words with any file under tests/ (checked by a script that printed
only this batch's sentences, case and punctuation normalised) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, feeling or reaction with an attribution is a negative with speaker None, also
  with a named speaker (seventh, eighteenth, sixty-sixth); a quoted statement of fact or
  figure is check-worthy with its speaker (eighteenth, twenty-fifth).
- New, on the German perfect and its English twin: the tense does not turn an evaluation
  into a statement of record. „Wir haben in schwierigen Zeiten Verantwortung übernommen“,
  „Wir haben heute mit dem Herzen gespielt“, „Wir haben heute einfach alles richtig
  gemacht“, „Wir haben geliefert, was wir versprochen haben“, „Das Gericht hat die Lage
  meines Mandanten völlig verkannt“, „Unsere Feuerwehren haben in dieser Nacht Großartiges
  geleistet“, "We have had to make impossible choices", "I have always stood with renters",
  "We have shown that this country can be governed" are negatives (as „Wir haben Wort
  gehalten“, twenty-first); a perfect that states a checkable act or count is check-worthy
  with its speaker: „... 40 Stellen über natürliche Abgänge gestrichen“ (count 40, "Walter
  Eibensteiner"), „... um 4 Prozent gesenkt“ ("Mosser"), „... 31 zusätzliche Betten in
  Betrieb genommen“ (an unnamed spokesman, unchecked), „... 480 Schließungen gezählt“
  ("Rehberg"), «Wir haben die Steuerbelastung seit 2019 nicht mehr gesenkt» ("Therese
  Wyss"), „Wir haben im Oktober an mehr als 1.000 Baustellen gleichzeitig gearbeitet“
  ("Lindqvist"), ""We have cut £38 million ... since 2022"" ("Penfold"), ""We have won our
  last five home games and that is no accident"" ("Ruiz": a verdict wrapped round a
  checkable record, thirty-seventh), ""We have not raised income tax for households""
  ("Dantec").
- Denials are check-worthy, quoted or not (twentieth, twenty-fifth, fiftieth, sixty-eighth,
  eightieth): „Eine Einladung zu einem Gespräch haben wir nie erhalten“ ("Rehberg"), ""We
  did not receive any new proposal from management"" ("Karen Holt"), ""We have not received
  any request for federal assistance"" ("Lara Benitez"), ""I never lied to my investors""
  ("Bellamy"), "Bellamy has denied all the charges.", "Das Ministerium wies den Vorwurf
  zurück, ...", "Das Verkehrsministerium wies Rücktrittsforderungen ... zurück."; so is the
  other side's account ("Das Gesundheitsministerium gab an, die Verbände ... angehört zu
  haben.", sixty-eighth). New: a rejection phrased as a label is an evaluation - "Das
  Ministerium bezeichnete die Kritik der Apotheker als unbegründet." is a negative, as
  "called Haverford's claim "flatly false."" (eighty-sixth).
- Unquoted evaluations attributed to a named body are negatives (twenty-third, fiftieth,
  fifty-fifth, sixty-eighth, seventy-first, ninety-fourth): "sprachen von einem Skandal",
  "nannten den Sparkurs ... kurzsichtig und unsozial", "Kritiker sprachen von einem
  schwachen Jahrgang.", "Der ÖSV-Sportdirektor sprach von einem perfekten Saisonstart.",
  "Der Oberbürgermeister sprach von einer schmerzhaften, aber verantwortungsvollen
  Entscheidung.", "Der Fahrgastverband ... sprach von einem Dauerzustand, ...", "Die Kritik
  feierte ...", "Die Jury lobte ...", "called the library cuts reckless", "Critics said the
  increase would hit the poorest households hardest.", "Villa's manager said the referee had
  lost control of the game.", "The Royal College of Nursing said the figures masked a crisis
  in corridor care.", "Local traders said ...", "Art critics described ...", "called the
  government a zombie cabinet", "called the plan a betrayal ...", "Analysts said the Bank had
  struck a cautious tone.", "dismissed the figures as fearmongering". The same verbs carry
  claims in their look-alikes: "Auch die Grünen sprachen sich gegen die Vorlage aus." (a
  position), "Das Unternehmen nannte als Grund die schwache Nachfrage nach Elektroautos." (a
  stated reason, as "Als Gründe nannten die Wiener Linien ...", ninetieth), "has called a
  48-hour strike", "has called warning strikes at three plants" (acts), "The Royal College
  of Nursing said more than 4,800 patients ..." (a figure). Blame with a checkable claim is
  check-worthy ("Die Grünen warfen der Landesregierung vor, die Mittel ... seit 2024 um 18
  Millionen Euro gekürzt zu haben.", twenty-fifth), an accusation without one is not
  ("Democratic lawmakers accused the governor of siding with landlords.", eighty-fourth).
  "Das Wasserwirtschaftsamt hält die mobilen Schutzelemente für ausreichend." is a verdict
  and a negative, as "Ökonomen halten diese Prognose für zu optimistisch." (ninetieth) and
  "Der Branchenverband Bitkom hält die Prognose für übertrieben." (ninety-seventh).
- Positions, decisions and intentions stated as acts are check-worthy without a figure
  (seventh, thirteenth, twenty-fifth, seventy-fifth, seventy-sixth): votes against a budget,
  a works meeting called, a plea of not guilty, an appeal and a club's objection announced,
  a constitutional complaint announced, a referendum announced, a city council to debate a
  project again, a museum not raising its prices, "Unison said it would ballot its members
  ...", "Campaigners have lodged a legal challenge ...", "France Unbowed said it would table
  a new motion next week.", "Villa said they had written to the Premier League ...", a
  shuttle bus laid on, a warning level issued ("die Warnstufe Rot ausgegeben", "An amber
  warning ... has been issued", seventieth). Hopes are negatives (thirtieth): "Die
  Beschäftigten hoffen ...", "Die Apotheker hoffen auf eine Anhebung des Fixhonorars.",
  "Campaigners hope a legal challenge will force a rethink.", "Residents hope ...", beside
  "Die Apotheker fordern eine Anhebung des Fixhonorars von 8,35 Euro auf 12 Euro." and "Der
  Fahrgastverband fordert eine Entschädigung bereits ab 30 Minuten Verspätung." (a lobby's
  demand with a figure, thirty-third and sixty-ninth) and "Campaigners have lodged ...".
- Claims of a measurable record in quotes are check-worthy (twenty-ninth): «So viele
  Besucher hatten wir noch nie» ("Chiara Bernasconi"), „Wir haben damit das beste Ergebnis
  unserer Geschichte erzielt“ ("Beatrix Hallwirth"). A quoted commitment about where money
  goes is check-worthy („Die Einnahmen fließen zur Gänze in den Ausbau des Busnetzes“,
  "Hörtnagl"), a quoted instruction to citizens is not („Wer in die Stadt will, soll
  öffentlich fahren“).
- Konjunktiv I: a stated cause is check-worthy with the speaker its attribution gives ("Der
  Engpass sei vor allem auf die Grippewelle zurückzuführen, sagte Haselbacher." ->
  "Haselbacher"; seventieth and ninety-seventh), an evaluation is a negative ("Die Senkung
  sei ein Gebot der Fairness ..., sagte Wyss.", eighty-fourth). A quoted reason for a veto
  is a checkable position (""I vetoed this bill because ...," the governor said.",
  eighty-fourth), the speaker a role without a name and unchecked (twenty-ninth); his "I
  have always stood with renters" is a negative.
- Feelings, reactions and moods are negatives: "Anwohner reagierten mit Unverständnis.",
  "haderte mit der Leistung des Schiedsrichters", "Landlords welcomed the decision." (a
  reaction, seventy-seventh and ninety-second), "Investors appeared unfazed ...", "The raid
  has left shopkeepers in the area shaken.", fears ("Anrainer ... fürchten ...", "Die
  Gemeinden fürchten ...", "Patient groups fear ..."), predictions about mood without a
  figure ("Die Stimmung in der Koalition dürfte ... gereizt bleiben.", "The strike is likely
  to sour the mood ...", "Few in Paris expect the truce to last.", forty-seventh), doubts
  ("Ökonomen bezweifeln ..."), market views ("Traders now see a rate cut in June as more
  likely.", "Mortgage brokers expect ...", thirty-eighth) and outlooks without a figure
  ("Die Meteorologen rechnen ... mit unbeständigem Wetter.", "Die Schäden dürften enorm
  sein.", "Forecasters warned of a thoroughly miserable start to the week."). Their
  look-alikes are check-worthy: "Sterling slipped against the dollar after the decision." (a
  market move, ninety-sixth), "Economists polled by Reuters had expected a gain of 170,000
  jobs." (eightieth), "The Bank said inflation would probably peak at 3.7% in the third
  quarter." and "Up to 30cm of snow could fall on higher ground, forecasters said." (a
  forecast with a figure, seventh and thirteenth).
- Other negatives: rhetorical questions in quotes and in the writer's voice ("„Wer soll den
  Menschen diese Politik noch erklären?“", ""How many more libraries have to close ...?"",
  "Is anyone going to stop her?"); open questions ("Ob das Budget hält, ...", "Wann sich die
  Lage bessert, ...", "Whether lawmakers can muster the votes ... is unclear."); appeals and
  advice ("Bitte meiden Sie ...", "Die Patientenanwaltschaft rät ...", "Health officials
  urged families ...", "Drivers should only travel ...", "Keep an eye on older relatives and
  neighbours.", "People should only go to A&E ...", ""Please bear with us,""); a slogan and
  banners („Innsbruck bewegt sich“ lautet der Slogan ..., fifty-seventh; ""Fair pay, safe
  skies" read the banners ...", seventy-fourth); scene colour (a stadium before kick-off,
  umbrellas on the Piazza Grande, fans on the glacier, singing home fans, jurors weeping,
  thirty-second and thirty-fifth); an apology (""We are deeply sorry for the disruption,""),
  resolve (""We will not tolerate this kind of violence ...""); no-comment and
  non-disclosure lines ("Das Kanzleramt wollte sich auf Anfrage nicht äußern.", "The house
  did not say who had sold the work.", twenty-first and twenty-ninth); boilerplate and
  service lines ("Es gilt die Unschuldsvermutung.", fifty-fifth; "Hinweise nimmt jede
  Polizeiinspektion entgegen.", "Anyone who saw the raid is asked to get in touch with
  officers.", fifty-fifth; "(Schluss)", seventy-seventh; "(Reporting by ...; Editing by
  ...)", "This story has been updated to add the union's response.", "For more
  information, visit the council's website.", seventieth and seventy-first). "Die
  Ermittlungen dauern an." is check-worthy (twenty-seventh: an investigation under way is a
  verifiable state).
- Quantities: ages are durations in years ("einen 52-jährigen", "Für die 24-Jährige",
  "einen 34-jährigen Mann", "Bellamy, 61,", "The 19-year-old"); "zu drei Jahren Haft" 3
  years, "faces up to 20 years in prison" 20 years "up_to", "for at least 18 months"
  "at_least", "a 48-hour strike" 48 hours, "durchschnittlich 4,2 Stunden" with no hedge (as
  "um durchschnittlich 4,5 Prozent" in an earlier batch), "bereits ab 30 Minuten" 30 minutes
  with no hedge (ninety-seventh: "Ab"); vote tallies "mit 96 zu 58 Stimmen" and "by 19
  votes to 16" two counts each (earlier batches); "11 of its 99 libraries" and "Six of the
  nine" two counts each; "scored twice" count 2 (as "scored twice" before), "The three men"
  count 3 (eighth: "The two leaders"); "Up to 30cm" count 30 "up_to" (seventh: "100mm");
  "rund 128'000" (Swiss apostrophe, tenth) "about"; "mehr als 300 Feuerwehreinsätzen" and
  "more than 4,800 patients" "over", "Around 1,400" "about"; "in the second half" 2, "lifts
  City to second" 2 (the noun left out, seventy-first), "fifth seed" 5, "her first grand
  slam semi-final" 1, "its fourth cut" 4, "the third quarter" 3, "der dritte Weltcupsieg"
  3; "3,60 Euro pro Stunde statt bisher 3 Euro" two amounts ("pro Stunde" none), "4 million
  to 6 million euros" two amounts in EUR (the currency written once serves both,
  ninety-seventh), "1,2 Millionen Franken" CHF, "£38 million" GBP; "Ab 1. März" --03-01
  with no hedge; Reuters datelines with a day ("March 6", "Jan 15", "Feb 5", "Oct 8", "Nov
  12") dates without a year, German, AP, AFP, PA and AAP datelines none (seventy-ninth);
  "since March 2023" the year; scores ("mit 2:1", "3-1"), weekdays, months, "im Vorjahr",
  "im kommenden Jahr", "in diesem Jahr", "last week", "next April", "last summer"
  and "Warnstufe Rot" carry none.
- Speakers, checked only in forms the earlier batches settled: "sagte X" with a title
  dropped ("Geschäftsführer", "Festivaldirektorin", "Arbeitsministerin", "Finanzdirektorin",
  "Generaldirektorin") and surname-only attributions as written ("sagte Mosser", "sagte
  Haselbacher", "sagte Hörtnagl", "sagte Lindqvist", "sagte Wallner", "sagte Rehberg",
  ninety-fifth); "teilte die Stadt mit" -> "die Stadt", "teilte die Bundesvereinigung
  Deutscher Apothekerverbände mit", "teilte die Landespolizeidirektion Oberösterreich mit"
  the source with its article in the nominative; "Penfold said", "Ruiz said", "Dantec
  said", "Novak said", "Lindner said"; "Bellamy told reporters" -> "Bellamy" (ninety-first);
  "Defense attorney Harold Prescott said", "union spokeswoman Karen Holt said", "department
  spokeswoman Lara Benitez said" the name with the description dropped (fifteenth);
  organisations as written ("Unison said", "Villa said", "SkyNorth said", "France Unbowed
  said", "NHS England said" twice, "Devon County Council said", "West Yorkshire Police
  said", eighteenth), "Auto parts maker Keller Drive said on Wednesday" -> "Keller Drive"
  (ninety-sixth), "the Labor Department said on Friday", "The Royal College of Nursing said
  ..." -> "the Royal College of Nursing", "The auction house said" -> "the auction house",
  "according to the state health department" with the article in lower case. Left
  unchecked (None): "laut Anklage", "wie die Organisatoren mitteilten" (a plural of
  organisers, seventeenth: "organisers said"), "sagte ein Sprecher des ...", "kündigte ...
  an", "gab an", "warfen ... vor", "according to the budget papers", "Prosecutors said",
  "Economists polled by Reuters", "the governor said" (a role without a name), "Tenant
  groups said", "The Bank said", "forecasters said", rows without attribution and all
  negatives, also those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_98 = [
    # --- Kärntner Landesbudget (APA) ---
    ("de", "Klagenfurt (APA) - Mit den Stimmen von SPÖ und ÖVP hat der Kärntner Landtag am Donnerstag das Landesbudget für 2026 beschlossen.", True, [("year", 2026, None, None)], None),
    ("de", "Die FPÖ stimmte geschlossen gegen den Voranschlag.", True, [], None),
    ("de", "Die Freiheitlichen sprachen von einem Skandal.", False, [], None),
    ("de", "„Wir haben in schwierigen Zeiten Verantwortung übernommen“, sagte Finanzreferentin Gabriele Mosser.", False, [], None),
    ("de", "„Wir haben die Verwaltungskosten gegenüber dem Vorjahr um 4 Prozent gesenkt“, sagte Mosser.", True, [("percent", 4, "%", None)], "Mosser"),
    ("de", "Die Grünen nannten den Sparkurs bei den Kindergärten kurzsichtig und unsozial.", False, [], None),
    ("de", "Die Grünen warfen der Landesregierung vor, die Mittel für die Kinderbetreuung seit 2024 um 18 Millionen Euro gekürzt zu haben.", True, [("year", 2024, None, None), ("money", 18000000, "EUR", None)], None),
    ("de", "Ob das Budget hält, wird sich erst im Herbst zeigen.", False, [], None),
    # --- Stellenabbau bei einem Zulieferer (APA) ---
    ("de", "Steyr (APA) - Der Autozulieferer Brandtner Antriebstechnik baut an seinem Standort in Steyr 240 Stellen ab.", True, [("count", 240, None, None)], None),
    ("de", "„Wir haben seit Jahresbeginn bereits 40 Stellen über natürliche Abgänge gestrichen“, sagte Geschäftsführer Walter Eibensteiner.", True, [("count", 40, None, None)], "Walter Eibensteiner"),
    ("de", "„Das ist der schwerste Tag in meiner Laufbahn“, sagte Eibensteiner.", False, [], None),
    ("de", "Das Unternehmen nannte als Grund die schwache Nachfrage nach Elektroautos.", True, [], None),
    ("de", "Der Betriebsrat sprach von einem „Affront gegenüber einer Belegschaft, die immer loyal war“.", False, [], None),
    ("de", "Der Betriebsrat hat für Montag eine Betriebsversammlung einberufen.", True, [], None),
    ("de", "Für Wirtschaftslandesrat Herbert Kaltenbrunner ist der Abbau ein bitterer Moment für die ganze Region.", False, [], None),
    ("de", "Die Beschäftigten hoffen nun auf einen fairen Sozialplan.", False, [], None),
    # --- Betrugsprozess in Salzburg (APA) ---
    ("de", "Salzburg (APA) - Wegen schweren Betrugs hat das Landesgericht Salzburg am Dienstag einen 52-jährigen früheren Vermögensberater zu drei Jahren Haft verurteilt.", True, [("duration", 52, "year", None), ("duration", 3, "year", None)], None),
    ("de", "Der Mann hatte laut Anklage 37 Anleger um insgesamt 1,9 Millionen Euro gebracht.", True, [("count", 37, None, None), ("money", 1900000, "EUR", None)], None),
    ("de", "Zum Prozessauftakt hatte er sich nicht schuldig bekannt.", True, [], None),
    ("de", "„Ich schäme mich für das, was ich angerichtet habe“, sagte der Mann vor der Urteilsverkündung.", False, [], None),
    ("de", "Der Richter sprach von einem „besonders perfiden Vorgehen“.", False, [], None),
    ("de", "„Das Gericht hat die Lage meines Mandanten völlig verkannt“, sagte Verteidiger Clemens Außerwinkler.", False, [], None),
    ("de", "Außerwinkler kündigte noch im Gerichtssaal Berufung an.", True, [], None),
    # --- Wiener Derby (APA) ---
    ("de", "Wien (APA) - Rapid hat am Sonntag das Wiener Derby gegen die Austria mit 2:1 gewonnen.", True, [], None),
    ("de", "„Wir haben heute mit dem Herzen gespielt“, sagte Trainer Andreas Strasser.", False, [], None),
    ("de", "„Wir haben heute einfach alles richtig gemacht“, sagte Grabher.", False, [], None),
    ("de", "Austria-Trainer Bernd Koller haderte mit der Leistung des Schiedsrichters.", False, [], None),
    ("de", "Die Austria kündigte an, gegen die Rote Karte für ihren Kapitän Einspruch einzulegen.", True, [], None),
    ("de", "Die Stimmung im Stadion war schon lange vor dem Anpfiff elektrisierend.", False, [], None),
    ("de", "Die Polizei nahm nach dem Spiel elf Personen vorläufig fest.", True, [("count", 11, None, None)], None),
    # --- Filmfestival Locarno (Keystone-SDA) ---
    ("de", "Locarno (Keystone-SDA) - Das Filmfestival Locarno hat in diesem Jahr rund 128'000 Besucherinnen und Besucher gezählt.", True, [("count", 128000, None, "about")], None),
    ("de", "«So viele Besucher hatten wir noch nie», sagte Festivaldirektorin Chiara Bernasconi.", True, [], "Chiara Bernasconi"),
    ("de", "«Locarno hat gezeigt, dass das Kino lebt», sagte Bernasconi.", False, [], None),
    ("de", "Die Jury lobte den Film als «mutiges und zärtliches Werk».", False, [], None),
    ("de", "Kritiker sprachen von einem schwachen Jahrgang.", False, [], None),
    ("de", "Das Festival schloss mit einem Defizit von 1,2 Millionen Franken ab, wie die Organisatoren mitteilten.", True, [("money", 1200000, "CHF", None)], None),
    ("de", "Unter Regenschirmen harrten die Zuschauer auf der Piazza Grande bis zum Abspann aus.", False, [], None),
    # --- Wartezeiten in Wiener Ambulanzen (APA) ---
    ("de", "Wien (APA) - Die Wartezeiten in den Notfallambulanzen der Wiener Spitäler sind im Jänner auf durchschnittlich 4,2 Stunden gestiegen.", True, [("duration", 4.2, "hour", None)], None),
    ("de", "„Die Situation ist für Patienten und Personal gleichermaßen unzumutbar“, sagte Ärztekammer-Vizepräsidentin Ingrid Haselbacher.", False, [], None),
    ("de", "Der Engpass sei vor allem auf die Grippewelle zurückzuführen, sagte Haselbacher.", True, [], "Haselbacher"),
    ("de", "„Wir haben im Jänner 31 zusätzliche Betten in Betrieb genommen“, sagte ein Sprecher des Wiener Gesundheitsverbunds.", True, [("count", 31, None, None)], None),
    ("de", "Die ÖVP sprach von einem „Systemversagen mit Ansage“.", False, [], None),
    ("de", "Die Patientenanwaltschaft hat im Vorjahr 412 Beschwerden über Wartezeiten erhalten.", True, [("count", 412, None, None)], None),
    ("de", "Die Patientenanwaltschaft rät, bei leichten Beschwerden zunächst die Gesundheitshotline anzurufen.", False, [], None),
    # --- Parkgebühren in Innsbruck (APA) ---
    ("de", "Innsbruck (APA) - Der Innsbrucker Gemeinderat hat am Donnerstag eine Erhöhung der Parkgebühren um 20 Prozent beschlossen.", True, [("percent", 20, "%", None)], None),
    ("de", "Ab 1. März kostet das Parken in der Innenstadt 3,60 Euro pro Stunde statt bisher 3 Euro.", True, [("date", "--03-01", None, None), ("money", 3.6, "EUR", None), ("money", 3, "EUR", None)], None),
    ("de", "Die Wirtschaftskammer nannte die Erhöhung „Gift für den Handel“.", False, [], None),
    ("de", "Die Wirtschaftskammer hatte vor der Sitzung 2.300 Unterschriften gegen die Erhöhung gesammelt.", True, [("count", 2300, None, None)], None),
    ("de", "„Wer in die Stadt will, soll öffentlich fahren“, sagte Verkehrsstadträtin Miriam Hörtnagl.", False, [], None),
    ("de", "„Die Einnahmen fließen zur Gänze in den Ausbau des Busnetzes“, sagte Hörtnagl.", True, [], "Hörtnagl"),
    ("de", "„Innsbruck bewegt sich“ lautet der Slogan der städtischen Verkehrskampagne.", False, [], None),
    ("de", "Anrainer in Pradl fürchten, dass sich der Parkdruck in die Wohnviertel verlagert.", False, [], None),
    # --- Pünktlichkeit der Bahn (dpa) ---
    ("de", "Berlin (dpa) - Im Oktober erreichten bei der Deutschen Bahn nur 58,4 Prozent aller Fernverkehrszüge pünktlich ihr Ziel.", True, [("percent", 58.4, "%", None)], None),
    ("de", "„Diese Zahlen sind für unsere Fahrgäste eine Zumutung“, sagte Bahnvorständin Petra Lindqvist.", False, [], None),
    ("de", "„Wir haben im Oktober an mehr als 1.000 Baustellen gleichzeitig gearbeitet“, sagte Lindqvist.", True, [("count", 1000, None, "over")], "Lindqvist"),
    ("de", "Der Fahrgastverband Pro Bahn sprach von einem Dauerzustand, an den sich niemand gewöhnen dürfe.", False, [], None),
    ("de", "Der Fahrgastverband fordert eine Entschädigung bereits ab 30 Minuten Verspätung.", True, [("duration", 30, "minute", None)], None),
    ("de", "Das Verkehrsministerium wies Rücktrittsforderungen gegen die Bahnspitze zurück.", True, [], None),
    ("de", "Wann sich die Lage bessert, vermag derzeit niemand zu sagen.", False, [], None),
    # --- Reform der Grundsicherung (dpa) ---
    ("de", "Berlin (dpa) - Die Koalition hat sich nach wochenlangem Streit auf eine Reform der Grundsicherung geeinigt.", True, [], None),
    ("de", "„Die Reform spart im kommenden Jahr rund 1,5 Milliarden Euro ein“, sagte Arbeitsministerin Sabine Kollwitz.", True, [("money", 1500000000, "EUR", "about")], "Sabine Kollwitz"),
    ("de", "„Wir haben geliefert, was wir versprochen haben“, sagte Kollwitz.", False, [], None),
    ("de", "Die Linke sprach von Armutspolitik mit dem Rasenmäher.", False, [], None),
    ("de", "Der Sozialverband VdK kündigte eine Verfassungsbeschwerde an.", True, [], None),
    ("de", "Ökonomen bezweifeln, dass sich die Einsparungen in dieser Höhe erreichen lassen.", False, [], None),
    ("de", "„Wer soll den Menschen diese Politik noch erklären?“, fragte die Grünen-Abgeordnete Lea Brinkmann.", False, [], None),
    ("de", "Die Stimmung in der Koalition dürfte trotz der Einigung gereizt bleiben.", False, [], None),
    ("de", "Das Kanzleramt wollte sich auf Anfrage nicht äußern.", False, [], None),
    # --- Steuersenkung im Kanton Bern (Keystone-SDA) ---
    ("de", "Bern (Keystone-SDA) - Der Grosse Rat des Kantons Bern hat am Dienstag eine Steuersenkung für 2027 mit 96 zu 58 Stimmen gutgeheissen.", True, [("year", 2027, None, None), ("count", 96, None, None), ("count", 58, None, None)], None),
    ("de", "«Wir haben die Steuerbelastung seit 2019 nicht mehr gesenkt», sagte Finanzdirektorin Therese Wyss.", True, [("year", 2019, None, None)], "Therese Wyss"),
    ("de", "Die Senkung sei ein Gebot der Fairness gegenüber dem Mittelstand, sagte Wyss.", False, [], None),
    ("de", "Die SP sprach von einem «Geschenk an die Gutverdienenden».", False, [], None),
    ("de", "Die SP hat bereits angekündigt, das Referendum zu ergreifen.", True, [], None),
    ("de", "Auch die Grünen sprachen sich gegen die Vorlage aus.", True, [], None),
    ("de", "«Der Kanton Bern muss endlich attraktiver werden», sagte FDP-Grossrätin Corinne Zwahlen.", False, [], None),
    ("de", "Die Gemeinden fürchten Einbussen bei ihren eigenen Steuereinnahmen.", False, [], None),
    # --- Hochwasserschutz in Passau (dpa/lby) ---
    ("de", "Passau (dpa/lby) - Die Stadt Passau hat den Bau einer neuen Hochwasserschutzmauer an der Donau vorerst gestoppt.", True, [], None),
    ("de", "Grund seien Mehrkosten von rund 14 Millionen Euro, teilte die Stadt mit.", True, [("money", 14000000, "EUR", "about")], "die Stadt"),
    ("de", "Anwohner reagierten mit Unverständnis.", False, [], None),
    ("de", "„Wir leben hier jedes Frühjahr in Angst“, sagte Anwohnerin Renate Huber.", False, [], None),
    ("de", "Der Oberbürgermeister sprach von einer schmerzhaften, aber verantwortungsvollen Entscheidung.", False, [], None),
    ("de", "Das Wasserwirtschaftsamt hält die mobilen Schutzelemente für ausreichend.", False, [], None),
    ("de", "Der Stadtrat will im Frühjahr erneut über das Projekt beraten.", True, [], None),
    # --- Unwetter in der Steiermark (APA) ---
    ("de", "Graz (APA) - Heftige Gewitter haben am Sonntagabend in der Steiermark zu mehr als 300 Feuerwehreinsätzen geführt.", True, [("count", 300, None, "over")], None),
    ("de", "Die Geosphere Austria hatte zuvor für mehrere Bezirke die Warnstufe Rot ausgegeben.", True, [], None),
    ("de", "„Es war ein Inferno“, sagte ein Feuerwehrmann aus Gleisdorf.", False, [], None),
    ("de", "„Unsere Feuerwehren haben in dieser Nacht Großartiges geleistet“, sagte Katastrophenschutzlandesrat Gernot Wallner.", False, [], None),
    ("de", "Das Land stellt aus dem Katastrophenfonds zunächst 5 Millionen Euro bereit, sagte Wallner.", True, [("money", 5000000, "EUR", None)], "Wallner"),
    ("de", "Bitte meiden Sie Uferbereiche und überflutete Unterführungen.", False, [], None),
    ("de", "Die Meteorologen rechnen auch in den kommenden Tagen mit unbeständigem Wetter.", False, [], None),
    ("de", "Die Schäden dürften enorm sein.", False, [], None),
    # --- Apotheken (dpa) ---
    ("de", "Berlin (dpa) - Die Zahl der Apotheken in Deutschland ist im vergangenen Jahr auf 16.800 gesunken.", True, [("count", 16800, None, None)], None),
    ("de", "Das ist der niedrigste Stand seit 1978, teilte die Bundesvereinigung Deutscher Apothekerverbände mit.", True, [("year", 1978, None, None)], "die Bundesvereinigung Deutscher Apothekerverbände"),
    ("de", "„Das Apothekensterben gefährdet die Versorgung auf dem Land“, sagte Verbandspräsidentin Claudia Rehberg.", False, [], None),
    ("de", "„Wir haben in diesem Jahr bereits 480 Schließungen gezählt“, sagte Rehberg.", True, [("count", 480, None, None)], "Rehberg"),
    ("de", "Das Gesundheitsministerium gab an, die Verbände vor der Reform angehört zu haben.", True, [], None),
    ("de", "„Eine Einladung zu einem Gespräch haben wir nie erhalten“, sagte Rehberg.", True, [], "Rehberg"),
    ("de", "Das Ministerium bezeichnete die Kritik der Apotheker als unbegründet.", False, [], None),
    ("de", "Das Ministerium wies den Vorwurf zurück, die Reform gefährde die Versorgung.", True, [], None),
    ("de", "Die Apotheker hoffen auf eine Anhebung des Fixhonorars.", False, [], None),
    ("de", "Die Apotheker fordern eine Anhebung des Fixhonorars von 8,35 Euro auf 12 Euro.", True, [("money", 8.35, "EUR", None), ("money", 12, "EUR", None)], None),
    # --- Weltcupauftakt in Sölden (APA) ---
    ("de", "Sölden (APA) - Julia Ramsauer hat zum Auftakt der Weltcupsaison den Riesentorlauf in Sölden gewonnen.", True, [], None),
    ("de", "Für die 24-Jährige war es der dritte Weltcupsieg ihrer Karriere.", True, [("duration", 24, "year", None), ("ordinal", 3, None, None)], None),
    ("de", "„Das ist wie im Märchen“, sagte Ramsauer im ORF-Interview.", False, [], None),
    ("de", "Der ÖSV-Sportdirektor sprach von einem perfekten Saisonstart.", False, [], None),
    ("de", "Bei strahlendem Sonnenschein feierten die Fans am Rettenbachferner bis in den Abend.", False, [], None),
    # --- Besucherrekord im Museum (APA) ---
    ("de", "Wien (APA) - Das Kunsthistorische Museum hat im Vorjahr 1,74 Millionen Besucherinnen und Besucher gezählt.", True, [("count", 1740000, None, None)], None),
    ("de", "„Wir haben damit das beste Ergebnis unserer Geschichte erzielt“, sagte Generaldirektorin Beatrix Hallwirth.", True, [], "Beatrix Hallwirth"),
    ("de", "„Museen sind die Wohnzimmer einer offenen Gesellschaft“, sagte Hallwirth.", False, [], None),
    ("de", "Die Kritik feierte die Caravaggio-Schau als Ereignis des Jahres.", False, [], None),
    ("de", "Das Haus will die Eintrittspreise im kommenden Jahr nicht erhöhen.", True, [], None),
    # --- Festnahme in Linz (APA) ---
    ("de", "Linz (APA) - Die Polizei hat in Linz einen 34-jährigen Mann festgenommen, der mehrere Autoeinbrüche verübt haben soll.", True, [("duration", 34, "year", None)], None),
    ("de", "Der Verdächtige ist teilweise geständig, teilte die Landespolizeidirektion Oberösterreich mit.", True, [], "die Landespolizeidirektion Oberösterreich"),
    ("de", "Es gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Die Ermittlungen dauern an.", True, [], None),
    ("de", "Hinweise nimmt jede Polizeiinspektion entgegen.", False, [], None),
    ("de", "(Schluss)", False, [], None),
    # --- Kent council budget (PA) ---
    ("en", "MAIDSTONE (PA) - Kent County Council has approved a 7.5% rise in council tax, the highest increase allowed without a local referendum.", True, [("percent", 7.5, "%", None)], None),
    ("en", "The council will close 11 of its 99 libraries by next April, according to the budget papers.", True, [("count", 11, None, None), ("count", 99, None, None)], None),
    ("en", "Opposition councillors called the library cuts reckless.", False, [], None),
    ("en", "Critics said the increase would hit the poorest households hardest.", False, [], None),
    ("en", "“We have had to make impossible choices,” council leader Graham Penfold said.", False, [], None),
    ("en", "“We have cut £38 million from our running costs since 2022,” Penfold said.", True, [("money", 38000000, "GBP", None), ("year", 2022, None, None)], "Penfold"),
    ("en", "“How many more libraries have to close before anyone in Whitehall listens?” asked Liberal Democrat councillor Ruth Ashdown.", False, [], None),
    ("en", "Unison said it would ballot its members over strike action.", True, [], "Unison"),
    ("en", "Campaigners hope a legal challenge will force a rethink.", False, [], None),
    ("en", "Campaigners have lodged a legal challenge at the High Court.", True, [], None),
    # --- U.S. jobs report (Reuters) ---
    ("en", "WASHINGTON, March 6 (Reuters) - Nonfarm payrolls grew by 151,000 in February, the Labor Department said on Friday.", True, [("date", "--03-06", None, None), ("count", 151000, None, None)], "the Labor Department"),
    ("en", "The unemployment rate rose to 4.1% from 4.0%.", True, [("percent", 4.1, "%", None), ("percent", 4.0, "%", None)], None),
    ("en", "Economists polled by Reuters had expected a gain of 170,000 jobs.", True, [("count", 170000, None, None)], None),
    ("en", "“The labor market is cooling, but it is not cracking,” said Dana Whitcombe, chief economist at Harlow Advisors.", False, [], None),
    ("en", "The White House called the report “another win for American workers.”", False, [], None),
    ("en", "Some economists warned that the slowdown could deepen in the spring.", False, [], None),
    ("en", "Traders now see a rate cut in June as more likely.", False, [], None),
    ("en", "(Reporting by Kate Holder; Editing by Simon Arkwright)", False, [], None),
    # --- Fraud verdict (AP) ---
    ("en", "NEW YORK (AP) — A federal jury on Tuesday convicted former hedge fund manager Curtis Bellamy of securities fraud.", True, [], None),
    ("en", "Bellamy, 61, faces up to 20 years in prison when he is sentenced in June.", True, [("duration", 61, "year", None), ("duration", 20, "year", "up_to")], None),
    ("en", "Prosecutors said he had defrauded investors of more than $140 million.", True, [("money", 140000000, "USD", "over")], None),
    ("en", "Bellamy has denied all the charges.", True, [], None),
    ("en", "“I never lied to my investors,” Bellamy told reporters outside the courthouse.", True, [], "Bellamy"),
    ("en", "Defense attorney Harold Prescott said his client would appeal.", True, [], "Harold Prescott"),
    ("en", "Prescott called the verdict “a grave miscarriage of justice.”", False, [], None),
    ("en", "“Justice has finally been served,” said Maria Okonjo, whose family lost its savings.", False, [], None),
    ("en", "Several jurors wept as the verdict was read.", False, [], None),
    # --- Premier League (PA) ---
    ("en", "MANCHESTER (PA) - Manchester City came from behind to beat Aston Villa 3-1 at the Etihad Stadium on Saturday.", True, [], None),
    ("en", "Striker Kieran Doyle scored twice in the second half.", True, [("count", 2, "times", None), ("ordinal", 2, None, None)], None),
    ("en", "“We showed real character today,” City assistant coach Tomás Ruiz said.", False, [], None),
    ("en", "“We have won our last five home games and that is no accident,” Ruiz said.", True, [("count", 5, None, None)], "Ruiz"),
    ("en", "Villa's manager said the referee had lost control of the game.", False, [], None),
    ("en", "Villa said they had written to the Premier League about the penalty decision.", True, [], "Villa"),
    ("en", "The win lifts City to second, four points behind leaders Arsenal.", True, [("ordinal", 2, None, None), ("count", 4, None, None)], None),
    ("en", "The home fans were still singing long after the final whistle.", False, [], None),
    # --- NHS waiting list (Reuters) ---
    ("en", "LONDON, Jan 15 (Reuters) - England's backlog of routine hospital treatment fell to 7.39 million in November, NHS England said.", True, [("date", "--01-15", None, None), ("count", 7390000, None, None)], "NHS England"),
    ("en", "It was the lowest figure since March 2023.", True, [("year", 2023, None, None)], None),
    ("en", "“This is real progress, and it is down to the hard work of staff,” a Department of Health spokesperson said.", False, [], None),
    ("en", "The Royal College of Nursing said the figures masked a crisis in corridor care.", False, [], None),
    ("en", "The Royal College of Nursing said more than 4,800 patients had been treated in corridors last month.", True, [("count", 4800, None, "over")], "the Royal College of Nursing"),
    ("en", "Around 1,400 planned operations were cancelled last week because of flu, NHS England said.", True, [("count", 1400, None, "about")], "NHS England"),
    ("en", "Patient groups fear the winter will undo the recent gains.", False, [], None),
    ("en", "People should only go to A&E in a genuine emergency, health chiefs said.", False, [], None),
    # --- Pilots' strike (PA) ---
    ("en", "LONDON (PA) - Pilots' union BALPA has called a 48-hour strike at budget airline SkyNorth from Thursday.", True, [("duration", 48, "hour", None)], None),
    ("en", "The union called the airline's latest pay offer “an insult to every pilot.”", False, [], None),
    ("en", "Members rejected a 6% pay offer last week.", True, [("percent", 6, "%", None)], None),
    ("en", "“We did not receive any new proposal from management,” union spokeswoman Karen Holt said.", True, [], "Karen Holt"),
    ("en", "SkyNorth said it had cancelled 210 flights and offered customers full refunds.", True, [("count", 210, None, None)], "SkyNorth"),
    ("en", "“We are deeply sorry for the disruption,” the airline said in a statement.", False, [], None),
    ("en", "“Fair pay, safe skies” read the banners outside the terminal.", False, [], None),
    ("en", "The strike is likely to sour the mood ahead of the Easter holidays.", False, [], None),
    ("en", "This story has been updated to add the union's response.", False, [], None),
    # --- Rent cap veto (AP) ---
    ("en", "DENVER (AP) — Colorado's governor on Monday vetoed a bill that would have capped annual rent increases at 5%.", True, [("percent", 5, "%", None)], None),
    ("en", "The bill had passed the state Senate by 19 votes to 16 in April.", True, [("count", 19, None, None), ("count", 16, None, None)], None),
    ("en", "Democratic lawmakers accused the governor of siding with landlords.", False, [], None),
    ("en", "“I have always stood with renters,” the governor said in a statement.", False, [], None),
    ("en", "“I vetoed this bill because it would have stopped new housing from being built,” the governor said.", True, [], None),
    ("en", "The veto was a mistake, said state Sen. Teresa Vialpando, the bill's sponsor.", False, [], None),
    ("en", "Tenant groups said they would try to put the measure on the ballot in 2026.", True, [("year", 2026, None, None)], None),
    ("en", "Landlords welcomed the decision.", False, [], None),
    ("en", "Whether lawmakers can muster the votes to override the veto is unclear.", False, [], None),
    # --- Paris auction (AFP) ---
    ("en", "PARIS (AFP) - A painting by Berthe Morisot sold for 9.2 million euros at auction in Paris on Wednesday, a record for the artist.", True, [("money", 9200000, "EUR", None)], None),
    ("en", "The pre-sale estimate had been 4 million to 6 million euros.", True, [("money", 4000000, "EUR", None), ("money", 6000000, "EUR", None)], None),
    ("en", "The auction house said the buyer was a private collector from Asia.", True, [], "the auction house"),
    ("en", "“It's a magical evening for impressionism,” said auctioneer Claire Vautrin.", False, [], None),
    ("en", "Art critics described the price as a sign of a market in rude health.", False, [], None),
    ("en", "The house did not say who had sold the work.", False, [], None),
    # --- Bridge closure in Devon (PA) ---
    ("en", "EXETER (PA) - A historic bridge in Devon will stay closed for at least 18 months after inspectors found serious cracks, Devon County Council said.", True, [("duration", 18, "month", "at_least")], "Devon County Council"),
    ("en", "The council has laid on a free shuttle bus for pedestrians.", True, [], None),
    ("en", "A petition calling for a temporary footbridge has gathered 5,200 signatures.", True, [("count", 5200, None, None)], None),
    ("en", "Local traders said the closure was killing the high street.", False, [], None),
    ("en", "Residents hope the work can be finished before the tourist season.", False, [], None),
    ("en", "“Please bear with us,” the council's highways chief said.", False, [], None),
    ("en", "For more information, visit the council's website.", False, [], None),
    # --- Bank of England (Reuters) ---
    ("en", "LONDON, Feb 5 (Reuters) - The Bank of England cut interest rates to 4.25% on Thursday, its fourth cut since last summer.", True, [("date", "--02-05", None, None), ("percent", 4.25, "%", None), ("ordinal", 4, None, None)], None),
    ("en", "Six of the nine rate-setters on the Monetary Policy Committee backed the cut.", True, [("count", 6, None, None), ("count", 9, None, None)], None),
    ("en", "The Bank said inflation would probably peak at 3.7% in the third quarter.", True, [("percent", 3.7, "%", None), ("ordinal", 3, None, None)], None),
    ("en", "“We are not on autopilot,” a Bank official told reporters.", False, [], None),
    ("en", "Sterling slipped against the dollar after the decision.", True, [], None),
    ("en", "Analysts said the Bank had struck a cautious tone.", False, [], None),
    ("en", "Mortgage brokers expect lenders to trim their rates in the coming weeks.", False, [], None),
    # --- Australian Open (AAP) ---
    ("en", "MELBOURNE (AAP) - Australian teenager Mia Kovac has reached her first grand slam semi-final at the Australian Open.", True, [("ordinal", 1, None, None)], None),
    ("en", "The 19-year-old beat fifth seed Katarina Novak in straight sets.", True, [("duration", 19, "year", None), ("ordinal", 5, None, None)], None),
    ("en", "“I just tried to enjoy every moment out there,” Kovac said.", False, [], None),
    ("en", "Novak said she had been struggling with a wrist injury all week.", True, [], "Novak"),
    ("en", "Fans on Rod Laver Arena chanted her name long after match point.", False, [], None),
    ("en", "Is anyone going to stop her?", False, [], None),
    # --- French confidence vote (Reuters) ---
    ("en", "PARIS, Oct 8 (Reuters) - The French government survived a motion of censure in the National Assembly on Wednesday.", True, [("date", "--10-08", None, None)], None),
    ("en", "The motion won 263 votes, falling short of the 289 required to bring down the cabinet.", True, [("count", 263, None, None), ("count", 289, None, None)], None),
    ("en", "The hard-left France Unbowed party called the government a zombie cabinet.", False, [], None),
    ("en", "France Unbowed said it would table a new motion next week.", True, [], "France Unbowed"),
    ("en", "“We have shown that this country can be governed,” government spokeswoman Aurelie Dantec told reporters.", False, [], None),
    ("en", "“We have not raised income tax for households,” Dantec said.", True, [], "Dantec"),
    ("en", "Few in Paris expect the truce to last.", False, [], None),
    ("en", "Investors appeared unfazed by the drama in parliament.", False, [], None),
    # --- Measles in Texas (AP) ---
    ("en", "LUBBOCK, Texas (AP) — Texas health officials reported 48 new measles cases on Tuesday, bringing the outbreak's total to 327.", True, [("count", 48, None, None), ("count", 327, None, None)], None),
    ("en", "Most of the cases are in children who were not vaccinated, according to the state health department.", True, [], "the state health department"),
    ("en", "“We have not received any request for federal assistance,” department spokeswoman Lara Benitez said.", True, [], "Lara Benitez"),
    ("en", "“This was entirely preventable,” said a pediatrician in Lubbock.", False, [], None),
    ("en", "Anti-vaccine groups dismissed the figures as fearmongering.", False, [], None),
    ("en", "Health officials urged families to make sure their children's shots are up to date.", False, [], None),
    # --- Keller Drive job cuts (Reuters) ---
    ("en", "FRANKFURT, Nov 12 (Reuters) - Auto parts maker Keller Drive said on Wednesday it would cut 1,800 jobs in Germany by 2028.", True, [("date", "--11-12", None, None), ("count", 1800, None, None), ("year", 2028, None, None)], "Keller Drive"),
    ("en", "The IG Metall union called the plan a betrayal of the workforce.", False, [], None),
    ("en", "IG Metall has called warning strikes at three plants for Friday.", True, [("count", 3, None, None)], None),
    ("en", "“We have to become leaner to survive,” Chief Executive Frank Lindner told analysts.", False, [], None),
    ("en", "Lindner said the company had already closed two plants in 2024.", True, [("count", 2, None, None), ("year", 2024, None, None)], "Lindner"),
    ("en", "Shares in Keller Drive rose 4.2% in Frankfurt.", True, [("percent", 4.2, "%", None)], None),
    # --- Jewellery raid in Leeds (PA) ---
    ("en", "LEEDS (PA) - Police have arrested three men after a jewellery shop in Leeds was raided on Saturday night.", True, [("count", 3, None, None)], None),
    ("en", "The three men remain in custody, West Yorkshire Police said.", True, [("count", 3, None, None)], "West Yorkshire Police"),
    ("en", "“It was terrifying, I thought we were going to die,” a shop assistant told the Yorkshire Evening Post.", False, [], None),
    ("en", "“We will not tolerate this kind of violence in our city,” Detective Inspector Paul Whitely said.", False, [], None),
    ("en", "The raid has left shopkeepers in the area shaken.", False, [], None),
    ("en", "Anyone who saw the raid is asked to get in touch with officers.", False, [], None),
    # --- Snow warning (PA) ---
    ("en", "ABERDEEN (PA) - An amber warning for heavy snow across northern Scotland has been issued by the Met Office for Tuesday.", True, [], None),
    ("en", "Up to 30cm of snow could fall on higher ground, forecasters said.", True, [("count", 30, None, "up_to")], None),
    ("en", "Forecasters warned of a thoroughly miserable start to the week.", False, [], None),
    ("en", "Drivers should only travel if their journey is essential.", False, [], None),
    ("en", "Keep an eye on older relatives and neighbours.", False, [], None),
]
