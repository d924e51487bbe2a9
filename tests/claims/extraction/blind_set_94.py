"""Ninety-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Iwan Fedortschenko/Ivan Fedorchenko, Oleg Snamenski, Andrij Kowaltschuk, Steven Witkowsky,
Juri Pantelejew/Yuri Panteleyev, Taras Bondarenko, Liina Tamm-Saar, Samir Abu Hatab, Ingrid
Sølvberg, Rui Carvalhais, Agus Prasetyo, Kenji Hayama, Hanne Lindqvist, Héctor/Hector
Salvatierra, Étienne/Etienne Marchetti, Murat Keskinoğlu, Mads Kjærgaard, Himal Sky
Airlines, Lucas Ferraroni, Nino Kapanadse, Tomasz Wierzbicki, Ossama Rabi, Olena Marchuk,
Dmitri Ostrovsky, Tom Ashdown, Clara Webb, Cyclone „Tendai“); real places, parties and
institutions ("Kreml", "EU-Kommission", "IAEA", "AD", "Chega", "Basarnas", "USGS", "Opec+",
"ONS", "RSF", "WFP", "MEMA", "Monusco", "INGD", "IMD", "Foro Penal", "Ansa", "Indec",
"WMO", "WHO", "Maersk", "Nato") stand for the way wire copy names them; what is said of
them here is invented.

Its weight: AN ORDINARY DAY OF THE GERMAN SERVICES OF AFP AND REUTERS as Austrian and German
newsrooms receive them, mostly relayed by APA ("Kiew (APA/AFP) -", "Brüssel
(APA/Reuters) -"), on Thursday, 12 March; about 80 % German (171 rows) and 20 % English
(48 rows, the same day's AFP and Reuters English). German stories: the night's Russian
drone and missile attack on Ukraine and the Russian counter-claim, the US envoy's fifth
Moscow trip and a Ukrainian Zwölf-Punkte-Plan, the two-day EU summit and the defence fund,
Israeli strikes in Gaza and talks in Cairo, the IAEA report on Iran's uranium, Portugal's
snap election, a ferry sinking off Sulawesi, a quake in Pakistan, China's exports, US jobs,
oil, the Bank of Japan, British GDP, Sudan, US tariffs on Mexican car parts, a French
no-confidence vote, Syrian clashes, a cyclone in Mozambique, a capsized boat off Lampedusa,
heat in Delhi, the Security Council on Congo, a Turkish opposition verdict, Chinese planes
near Taiwan, a Korea-Japan summit, Serbian protests, released prisoners in Venezuela,
floods in Brazil, Lebanon, Danish money for Greenland, a plane crash in Nepal, the WMO's
climate year, Ebola in Congo, Argentine inflation, Georgia, Polish rearmament, the Suez
Canal. Forms: Konjunktiv I paraphrase with attribution ("seien ... abgefangen worden,
hieß es", "sagte ... der Nachrichtenagentur AFP", "so Pantelejew", "Pantelejew zufolge",
"teilte ... mit", "nach Angaben von/der/des", "wie ... mitteilte", "berichtete die
Nachrichtenagentur Ansa", "heißt es in dem Bericht, der der Nachrichtenagentur Reuters
vorliegt"), German transliterations (Saporischschja, Fedortschenko, Pantelejew, Chan Junis,
Natans, Tiflis, Kapanadse), number words ("neun Raketen", "zwölf Monate", "rund zwölf
Millionen", "Forty-one passengers"), compounds ("zwölfjähriges", "Zwölf-Punkte-Plan",
"zweitägigen", "fünftägigen", "35-köpfige", "zweistündige", "zweit- oder drittwärmste",
"230-seat", "two-day"), "Mrd.", German grouping ("72.000", "137.000"), ranges, fractions
("knapp ein Fünftel", "fast ein Viertel", "knapp ein Drittel", "Jeder dritte", "almost a
quarter", "about a fifth"), hedges. Negatives as such a day has them: quoted rhetoric and
evaluations (a foreign minister, a Kremlin spokesman, a prime minister, a UN spokeswoman, a
minister, a lawyer, a presidential office, a protester, a central-bank governor), reported
catchwords ("sprach von einem „klaren Auftrag“", "spricht von der schlimmsten humanitären
Krise"), reactions and reproaches ("verurteilte den Angriff „auf das Schärfste“", "wies ...
als „politisch motiviert“ zurück", "warf Marchetti vor", "rief ... zu Zurückhaltung auf"),
assessments ("Kommentatoren sprachen ...", "Beobachter werteten ...", "Händler sprachen
...", "Analysts said ..."), an outlook without a figure, the war caveats ("... nicht
unabhängig prüfen", "Reuters could not independently verify", "AFP was unable to
independently verify"), the presumption of innocence, advice to the public, "Weitere
Einzelheiten wurden zunächst nicht bekannt.", "(Schluss)", an open question and a Reuters
credit line.

219 rows (171 German, 48 English), 45 negatives (34 German, 11 English), 174 check-worthy
rows of which 12 carry no figure (12 German, 0 English), 265 expected quantities (115
counts, 39 durations, 38 percentages, 21 dates, 18 ordinals, 15 amounts of money, 13 years,
6 fractions; none of them in negatives), 38 checked speakers (28 German, 10 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  of a fact or figure is check-worthy with the speaker its attribution gives; a quoted or
  paraphrased evaluation ("Es sei „höchste Zeit“, dass ...", "„Wir haben es nicht eilig“,
  so Pantelejew.") is a negative (forty-seventh, seventy-seventh, ninetieth).
- Check-worthy without a figure, as facts of record (ninetieth): a wounded man reported by
  a governor, no date fixed for a visit ("Ein Termin stehe ... noch nicht fest", as
  "Lobanzew zufolge wurde kein Termin ... vereinbart", eighty-sixth), an army's statement
  of what it struck, a search suspended, a no-confidence vote survived, an appeal lodged,
  Beijing's stated position on Taiwan, protests of "Zehntausende" (vague magnitude,
  seventieth), a minister's announced countermeasures ("sagte, sein Land werde ..."), the
  reason given for falling canal income, a refusal to testify.
- Speakers: a title before a name is dropped ("Gouverneur", "Kremlsprecher", "Rettungschef",
  "Zivilschutzsprecher", "Notenbankchef", "Kanalbehörde-Chef" (after "erklärte", a verb of saying), "Verteidigungsminister", "Wirtschaftsminister",
  "regional governor", "rescue chief", "civil defence spokesman", "Economy Minister",
  "Defence Minister"), and so is the agency spoken to ("der Nachrichtenagentur AFP", "told
  AFP", as "der APA" and "told Reuters", ninetieth) and what follows ("vor Journalisten");
  "nach Angaben von Gouverneur Iwan Fedortschenko" -> "Iwan Fedortschenko"; "nach Angaben
  des Kremls" -> "der Kreml" (as "hieß es aus dem Kreml", eighty-sixth); "nach Angaben der
  EU-Kommission", "der Behörden", "der Opposition" -> the source in the nominative with
  its article (seventieth: "nach Angaben der Polizei" -> "die Polizei"); "wie die
  Zollbehörde in Peking mitteilte" -> "die Zollbehörde" (the place dropped, fourteenth);
  "wie das Arbeitsministerium in Washington mitteilte" -> "das Arbeitsministerium";
  "berichtete die Nachrichtenagentur Ansa" -> "die Nachrichtenagentur Ansa" (ninetieth);
  "X zufolge" and "so X" the name as written ("Pantelejew", "Bondarenko", "Kjærgaard",
  "Wierzbicki"); "the Kremlin said", "the Labor Department said", "the health ministry
  said", "the weather office said" as written with the article in lower case (ninetieth).
  New: an acronym after the institution belongs to the name: "teilte die
  Katastrophenschutzbehörde INGD mit" -> "die Katastrophenschutzbehörde INGD", "wie das
  Statistikamt ONS mitteilte" -> "das Statistikamt ONS", "teilte der Wetterdienst IMD mit"
  -> "der Wetterdienst IMD" (as "der Wetterdienst" with its name, as "Geosphere Austria"
  was checked whole). New: "the national search and rescue agency said" is checked as
  written ("the ... said", ninetieth), its adjectives being part of a common-noun name,
  not a country adjective. Left unchecked (None): an adjective heading the source ("nach
  Angaben der ukrainischen Luftwaffe", "der örtlichen Zivilschutzbehörde", "des
  libanesischen Gesundheitsministeriums", "teilte die nationale Rettungsbehörde Basarnas
  mit", "Das russische Verteidigungsministerium erklärte", "Die israelische Armee teilte
  mit"; fourteenth and ninetieth), possessives ("Ukraine's air force said", "Taiwan's
  defence ministry said", "the territory's civil defence agency said"), "hieß es" and
  "hieß es aus ..." (seventy-seventh), "ein Sprecher des ...", "ein EU-Diplomat", "two
  diplomats said", "officials said", "authorities said", "nach Angaben von Aktivisten"
  (plural groups, eighty-fourth), documents ("heißt es in dem Bericht", "wie aus
  Berechnungen ... hervorgeht", "a confidential IAEA report ... showed", "customs data
  showed"), "nach eigenen Angaben", "Nach UN-Angaben", verbs that are no verbs of saying
  ("schrieb ... im Onlinedienst Telegram", "kündigte an", "forderte", "sprach von",
  "schätzte"), "nach Angaben des Welternährungsprogramms (WFP)" and "der Syrischen
  Beobachtungsstelle für Menschenrechte" (a bracketed acronym and a long name, unsettled),
  "the INDEC statistics agency said", "Der US-Erdbebenwarte USGS zufolge", and all
  negatives.
- Ages are durations in years (every earlier batch): "ein zwölfjähriges Mädchen" 12 years;
  New: "Jeder dritte Pole zwischen 18 und 45 Jahren" gives fraction 0.3333 (issue: "jeder
  vierte") and both ends of the age range, 18 and 45 years (fifty-fifth: "im Alter von 19
  bis 34 Jahren" both ends).
- Durations: "zweitägigen", "fünftägigen" days, "zweistündige" hours (issue:
  "fünfstündigen"), "rund eineinhalb Stunden lang" 1.5 hours "about", "fast fünf Stunden
  lang" "nearly", "von zunächst 30 Tagen", "binnen drei Jahren", "binnen zwei Wochen",
  "seit mehr als acht Monaten" "over", "seit 30 Jahren", "binnen sechs Monaten", "seit 36
  Monaten", "binnen 24 Stunden", "Binnen 48 Stunden", "zu zwei Jahren und vier Monaten
  Haft" 2 years and 4 months, "seit elf Monaten", "zu acht Monaten Haft", "um zwölf
  Monate", "rund zwölf Minuten" "about", "um zehn bis 14 Tage" both, "mindestens ein
  halbes Jahr" 0.5 years "at_least" (eleventh and ninetieth: "ein halbes Jahr"), "den
  niedrigsten Wert seit fünf Jahren", "the highest level ... 30 years ago", "more than 16
  months" "over". None: "pro Tag", "täglich", "in der vergangenen Woche", "im vergangenen
  Jahr", "im Vorjahreszeitraum", "seit Jahresbeginn", "binnen eines Monats" (an article,
  no figure, sixty-third), "last month", "last year", "next week". New: "Die vergangenen
  elf Jahre waren ausnahmslos die elf wärmsten" gives 11 years and count 11 - the second
  "elf" counts years named as the warmest, with no unit of its own.
- Counts: "146 Drohnen und neun Raketen", "mit neun Stockwerken", "über sieben Regionen",
  "mindestens zehn weitere Patriot-Systeme" "at_least" ("weitere" no hedge), "Zwölf-Punkte-
  Plan" 12 (issue: "28-Punkte-Entwurf"), "22 Punkte statt ursprünglich 28", "der 27
  EU-Staaten", "von 26 Staaten", "Der 35-köpfige Gouverneursrat" 35 (as "21-member",
  ninetieth), "91 der 230 Sitze ..., 116", "the 230-seat parliament" 230, "mit 13 Stimmen
  bei zwei Enthaltungen", "13 in favour with two abstentions", "271 ..., 18 short of the
  289", "unter den 32 Nato-Mitgliedern", "alle 18 Insassen" and "All 18 people" ("alle"
  no hedge, ninetieth), "zugelassen war es für höchstens 150" "at_most" (ninetieth:
  "höchstens"), "two diplomats" 2. Physical measures are counts (fourth batch): "rund 440
  Kilogramm" "about", "knapp 32 Kilogramm" "nearly", "nearly 32 kg", "about 440 kg",
  "rund 6.600 Quadratkilometern" "about", "bis zu vier Metern" "up_to", "einer Tiefe von
  zehn Kilometern", "rund acht Meter lange" "about", "bis zu 190 Kilometern pro Stunde" and
  "up to 190 kilometres per hour" "up_to" (as "bis zu 270 Kilometern pro Stunde"), "mehr
  als 300 Liter Regen pro Quadratmeter" "over", "41,2 Grad", "41.2 degrees Celsius (106.2
  Fahrenheit)" both (as "110 degrees Fahrenheit"), "um 1,44 Grad", "137.000 Barrel pro
  Tag"; the quake's "Stärke 5,9" 5.9 (as "Stärke 4,2"). "Zehntausende", "Tens of
  thousands", "Hunderttausende", "Opec+", "Patriot", clock times ("zwischen 12.00 und 16.00
  Uhr", "1430 GMT", "6 a.m."), "Monusco", "RSF" none.
- Ordinals: "zu seinem fünften Besuch" and "his fifth visit" 5, "das 20. Sanktionspaket"
  and "20th round" 20, "Der Gipfel ist der dritte" 3, "die zweite Phase" 2, "die dritte
  Parlamentswahl" and "third parliamentary election" 3, "der vierte Misstrauensantrag" and
  "the fourth such motion" 4, "die zweite Zinserhöhung" 2, "der zweite Zyklon" 2, "ihrem
  ersten bilateralen Gipfeltreffen seit 2023" 1 and 2023, "das dritte schwere
  Flugzeugunglück" 3, "der 16. Ebola-Ausbruch" and "the country's 16th" 16. New: "das
  zweit- oder drittwärmste" gives ordinal 2 and ordinal 3 - the truncated "zweit-" is
  "zweitwärmste" as the issue reads "drittgrößte" as 3.
- Fractions: "knapp ein Fünftel" 0.2 "nearly", "um fast ein Viertel" 0.25 "nearly",
  "knapp ein Drittel weniger" 0.3333 "nearly", "Jeder dritte" 0.3333 (issue: "jeder
  vierte"), "by almost a quarter" 0.25 "nearly", "by about a fifth" 0.2 "about".
- Percentages: "auf 60 Prozent angereichertes Uran" 60; "enriched to up to 60%" 60
  "up_to"; "um gut zwei Prozentpunkte" 2 pp "over" (ninetieth: "gut" "over"); "rund 116
  Prozent der Wirtschaftsleistung" "about"; "zwischen 25 und 90 Prozent" both (the unit
  written once serves the list, forty-sixth); "mehr als 270 Prozent" "over"; "4,0
  Milliarden Dollar" 4000000000 USD (trailing zero, ninetieth).
- Money: "150 Milliarden Euro", "a 150 billion euro defence loan scheme" EUR, "bis zu 800
  Mrd. Euro" "up_to", "171,3 Milliarden Dollar" USD, "68,40 Dollar" and "$68.40 a barrel"
  (the barrel price, as "$74.35 a barrel"), "$1.25", "147,20 Yen" JPY (an exchange rate is
  money in the priced currency, fourteenth and ninetieth), "rund 97 Milliarden Dollar"
  "about", "knapp 40 Milliarden Euro" "nearly", "14,6 Milliarden Kronen" in a Danish story
  DKK (as "crowns" in a Czech story CZK, ninetieth), "knapp zwei Milliarden Euro"
  "nearly", "500.000 Dollar" USD.
- Years and dates: Reuters datelines with a day ("KYIV, March 12 (Reuters)", "UNITED
  NATIONS, March 11 (Reuters)") dates without a year; APA/AFP, APA/Reuters and AFP
  datelines ("Jakarta (AFP) -", "Paris (AFP) -") none (ninetieth); "am 3. März" --03-03,
  "ab dem 1. April" and "from April 1" --04-01; "Bis 2030", "im Oktober 2023", "über jener
  von 2024", "im April 2023", "seit November 2024", "bis 2035", "seit 1976", "Aufzeichnungen
  1901", "since 1976", "in 1901", "Das Jahr 2025" the years; months, "Jänner", weekdays and
  "bis Ende März" none.
- Hedges, only the names in use: "rund", "Rund", "about", "around" "about"; "knapp",
  "fast", "nearly", "almost" "nearly"; "mehr als", "Mehr als", "gut", "More than", "more
  than" "over"; "mindestens", "Mindestens", "At least", "at least" "at_least"; "bis zu",
  "up to" "up_to"; "höchstens" "at_most"; "insgesamt", "zusammen", "weitere", "Weitere",
  "bereits", "zuletzt", "nur", "im Schnitt", "noch immer", "alle", "All" no hedge.
- Negatives: none carries a figure ("„... Hunderttausende nordamerikanische
  Arbeitsplätze“" and "hundreds of thousands of" are vague magnitudes in a quoted
  evaluation). New: "Die zentrale Mittelmeerroute gilt als eine der gefährlichsten
  Fluchtrouten der Welt." and "Die UNO spricht von der schlimmsten humanitären Krise der
  Gegenwart." are negatives - a standing characterisation and a reported catchword, not a
  verifiable fact of the day (ninetieth: reported catchwords). The advice to stay indoors
  between two clock times is a negative (advice, ninetieth), clock times carrying none.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_94 = [
    ("de", "Kiew (APA/AFP) - Mit 146 Drohnen und neun Raketen hat die russische Armee ukrainisches Gebiet in der Nacht auf Donnerstag nach Angaben der ukrainischen Luftwaffe attackiert.", True, [("count", 146, None, None), ("count", 9, None, None)], None),
    ("de", "Davon seien 118 Drohnen und sechs Raketen abgefangen oder elektronisch abgelenkt worden, hieß es.", True, [("count", 118, None, None), ("count", 6, None, None)], None),
    ("de", "In der Stadt Saporischschja wurden nach Angaben von Gouverneur Iwan Fedortschenko mindestens vier Menschen getötet und 23 weitere verletzt.", True, [("count", 4, None, "at_least"), ("count", 23, None, None)], "Iwan Fedortschenko"),
    ("de", "Unter den Toten sei ein zwölfjähriges Mädchen, schrieb Fedortschenko im Onlinedienst Telegram.", True, [("duration", 12, "year", None)], None),
    ("de", "Ein Wohnblock mit neun Stockwerken sei teilweise eingestürzt, sagte ein Sprecher des Zivilschutzes der Nachrichtenagentur AFP.", True, [("count", 9, None, None)], None),
    ("de", "Beide Seiten machten Angaben, die sich vorerst nicht unabhängig prüfen ließen.", False, [], None),
    ("de", "Moskaus Verteidigungsministerium erklärte, über Nacht seien 57 ukrainische Drohnen über sieben Regionen abgeschossen worden.", True, [("count", 57, None, None), ("count", 7, None, None)], None),
    ("de", "In der Grenzregion Belgorod sei ein Mann durch Splitter verletzt worden, teilte Gouverneur Oleg Snamenski mit.", True, [], "Oleg Snamenski"),
    ("de", "„Jede Nacht beweist Russland aufs Neue, dass es keinen Frieden will“, sagte der ukrainische Außenminister Andrij Kowaltschuk.", False, [], None),
    ("de", "Kowaltschuk forderte die Verbündeten auf, der Ukraine mindestens zehn weitere Patriot-Systeme zu liefern.", True, [("count", 10, None, "at_least")], None),
    ("de", "Die Bundesregierung in Wien verurteilte den Angriff „auf das Schärfste“.", False, [], None),
    ("de", "Moskau (APA/AFP) - Der US-Sondergesandte Steven Witkowsky wird nach Angaben des Kremls in der kommenden Woche zu seinem fünften Besuch in Moskau erwartet.", True, [("ordinal", 5, None, None)], "der Kreml"),
    ("de", "Ein Termin stehe allerdings noch nicht fest, sagte Kremlsprecher Juri Pantelejew vor Journalisten.", True, [], "Juri Pantelejew"),
    ("de", "Pantelejew zufolge telefonierten die Präsidenten Russlands und der USA zuletzt am 3. März rund eineinhalb Stunden lang.", True, [("date", "--03-03", None, None), ("duration", 1.5, "hour", "about")], "Pantelejew"),
    ("de", "Der Entwurf für ein Rahmenabkommen umfasse inzwischen 22 Punkte statt ursprünglich 28, hieß es aus Verhandlerkreisen.", True, [("count", 22, None, None), ("count", 28, None, None)], None),
    ("de", "„Wir haben es nicht eilig“, so Pantelejew.", False, [], None),
    ("de", "Derzeit hält Russland knapp ein Fünftel der Ukraine besetzt.", True, [("fraction", 0.2, None, "nearly")], None),
    ("de", "Kiew lehnt einen Rückzug aus den verbleibenden rund 6.600 Quadratkilometern der Region Donezk strikt ab.", True, [("count", 6600, None, "about")], None),
    ("de", "Witkowsky hatte sich bei seinem letzten Besuch im Jänner fast fünf Stunden lang mit dem Kremlchef beraten.", True, [("duration", 5, "hour", "nearly")], None),
    ("de", "Der Ausgang der Gespräche gilt unter Diplomaten als völlig offen.", False, [], None),
    ("de", "Der ukrainische Unterhändler Taras Bondarenko sagte der Nachrichtenagentur AFP, Kiew habe einen eigenen Zwölf-Punkte-Plan vorgelegt.", True, [("count", 12, None, None)], "Taras Bondarenko"),
    ("de", "Dieser sehe eine Waffenruhe von zunächst 30 Tagen und den Austausch aller Gefangenen vor, so Bondarenko.", True, [("duration", 30, "day", None)], "Bondarenko"),
    ("de", "Brüssel (APA/Reuters) - Die Staats- und Regierungschefs der 27 EU-Staaten kommen am Donnerstag zu einem zweitägigen Gipfel in Brüssel zusammen.", True, [("count", 27, None, None), ("duration", 2, "day", None)], None),
    ("de", "Im Mittelpunkt steht ein Verteidigungsfonds über 150 Milliarden Euro, aus dem die Mitgliedstaaten günstige Kredite erhalten sollen.", True, [("money", 150000000000, "EUR", None)], None),
    ("de", "Bis 2030 sollen nach den Plänen der EU-Kommission insgesamt bis zu 800 Mrd. Euro für Rüstung mobilisiert werden.", True, [("year", 2030, None, None), ("money", 800000000000, "EUR", "up_to")], None),
    ("de", "Ungarn droht erneut mit einem Veto gegen das 20. Sanktionspaket gegen Russland, wie ein EU-Diplomat der Nachrichtenagentur AFP sagte.", True, [("ordinal", 20, None, None)], None),
    ("de", "„Europa muss endlich erwachsen werden“, sagte die estnische Regierungschefin Liina Tamm-Saar bei ihrer Ankunft.", False, [], None),
    ("de", "Die Gipfelerklärung zur Ukraine solle erneut nur von 26 Staaten getragen werden, hieß es aus Ratskreisen.", True, [("count", 26, None, None)], None),
    ("de", "Nach Angaben der EU-Kommission sind seit Kriegsbeginn rund 4,3 Millionen Ukrainerinnen und Ukrainer in der EU unter vorübergehendem Schutz registriert.", True, [("count", 4300000, None, "about")], "die EU-Kommission"),
    ("de", "Es sei „höchste Zeit“, dass die Europäer mehr Verantwortung für ihre eigene Sicherheit übernähmen, sagte der deutsche Außenminister.", False, [], None),
    ("de", "Der Gipfel ist der dritte in diesem Jahr, ein Sondertreffen hatte erst Anfang Februar stattgefunden.", True, [("ordinal", 3, None, None)], None),
    ("de", "Gaza (APA/AFP) - Israelische Luftangriffe haben im Gazastreifen laut der örtlichen Zivilschutzbehörde mindestens 17 Menschen das Leben gekostet.", True, [("count", 17, None, "at_least")], None),
    ("de", "Unter den Toten seien sechs Kinder, sagte Zivilschutzsprecher Samir Abu Hatab der Nachrichtenagentur AFP.", True, [("count", 6, None, None)], "Samir Abu Hatab"),
    ("de", "Die israelische Armee teilte mit, sie habe in Chan Junis Stellungen der radikalislamischen Hamas angegriffen.", True, [], None),
    ("de", "Seit Beginn des Krieges im Oktober 2023 wurden nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums mehr als 72.000 Menschen getötet.", True, [("year", 2023, None, None), ("count", 72000, None, "over")], None),
    ("de", "Die Opferzahlen konnten zunächst nicht unabhängig bestätigt werden.", False, [], None),
    ("de", "In Kairo sollten am Abend die indirekten Gespräche über die zweite Phase der Waffenruhe fortgesetzt werden, hieß es aus ägyptischen Sicherheitskreisen.", True, [("ordinal", 2, None, None)], None),
    ("de", "Nach UN-Angaben erreichten in der vergangenen Woche täglich im Schnitt nur 180 Lastwagen mit Hilfsgütern den Küstenstreifen.", True, [("count", 180, None, None)], None),
    ("de", "Vor dem Krieg waren es rund 500 Lkw pro Tag gewesen.", True, [("count", 500, None, "about")], None),
    ("de", "„Die humanitäre Lage ist schlicht katastrophal“, sagte UN-Sprecherin Ingrid Sølvberg in Genf.", False, [], None),
    ("de", "Das Außenministerium in Wien rief beide Seiten zu „größtmöglicher Zurückhaltung“ auf.", False, [], None),
    ("de", "Wien (APA/Reuters) - Der Iran verfügt laut einem vertraulichen Bericht der Internationalen Atomenergiebehörde (IAEA) über rund 440 Kilogramm auf 60 Prozent angereichertes Uran.", True, [("count", 440, None, "about"), ("percent", 60, "%", None)], None),
    ("de", "Das seien knapp 32 Kilogramm mehr als im November, heißt es in dem Bericht, der der Nachrichtenagentur Reuters vorliegt.", True, [("count", 32, None, "nearly")], None),
    ("de", "Für eine Atombombe wird auf rund 90 Prozent angereichertes Uran benötigt.", True, [("percent", 90, "%", "about")], None),
    ("de", "Die Inspektoren hätten seit mehr als acht Monaten keinen Zugang zu den Anlagen in Fordo und Natans gehabt, hieß es weiter.", True, [("duration", 8, "month", "over")], None),
    ("de", "Der 35-köpfige Gouverneursrat der Behörde tritt am Montag in Wien zu einer fünftägigen Sitzung zusammen.", True, [("count", 35, None, None), ("duration", 5, "day", None)], None),
    ("de", "Teheran wies den Bericht als „politisch motiviert“ zurück.", False, [], None),
    ("de", "Lissabon (APA/AFP) - Bei der vorgezogenen Parlamentswahl in Portugal ist die Mitte-rechts-Allianz AD nach vorläufigen Ergebnissen mit 32,4 Prozent stärkste Kraft geworden.", True, [("percent", 32.4, "%", None)], None),
    ("de", "Die Sozialisten kamen auf 26,1 Prozent, die rechtspopulistische Chega auf 21,8 Prozent.", True, [("percent", 26.1, "%", None), ("percent", 21.8, "%", None)], None),
    ("de", "Damit entfallen auf die AD voraussichtlich 91 der 230 Sitze, für eine absolute Mehrheit wären 116 nötig.", True, [("count", 91, None, None), ("count", 230, None, None), ("count", 116, None, None)], None),
    ("de", "Es war die dritte Parlamentswahl in dem Land binnen drei Jahren.", True, [("ordinal", 3, None, None), ("duration", 3, "year", None)], None),
    ("de", "Die Wahlbeteiligung lag bei 58,7 Prozent und damit um gut zwei Prozentpunkte über jener von 2024.", True, [("percent", 58.7, "%", None), ("percent", 2, "pp", "over"), ("year", 2024, None, None)], None),
    ("de", "Spitzenkandidat Rui Carvalhais sprach in der Wahlnacht von einem „klaren Auftrag der Portugiesen“.", False, [], None),
    ("de", "Carvalhais kündigte an, binnen zwei Wochen eine Minderheitsregierung bilden zu wollen.", True, [("duration", 2, "week", None)], None),
    ("de", "Kommentatoren sprachen von einer bitteren Niederlage für die Sozialisten.", False, [], None),
    ("de", "Jakarta (APA/AFP) - Vor der indonesischen Insel Sulawesi ist eine Fähre gesunken, dabei kamen mindestens 28 Menschen ums Leben.", True, [("count", 28, None, "at_least")], None),
    ("de", "Weitere 41 Passagiere würden noch vermisst, teilte die nationale Rettungsbehörde Basarnas am Donnerstag mit.", True, [("count", 41, None, None)], None),
    ("de", "An Bord des Schiffes waren nach Angaben der Behörden rund 210 Menschen, zugelassen war es für höchstens 150.", True, [("count", 210, None, "about"), ("count", 150, None, "at_most")], "die Behörden"),
    ("de", "Die Fähre sei bei Wellen von bis zu vier Metern Höhe gekentert, sagte Rettungschef Agus Prasetyo.", True, [("count", 4, None, "up_to")], "Agus Prasetyo"),
    ("de", "„Wir tun alles, um die Vermissten so schnell wie möglich zu finden“, sagte Prasetyo.", False, [], None),
    ("de", "Die Suche wurde bei Einbruch der Dunkelheit unterbrochen und soll am Freitag fortgesetzt werden.", True, [], None),
    ("de", "Indonesien, der größte Inselstaat der Welt, zählt mehr als 17.000 Inseln.", True, [("count", 17000, None, "over")], None),
    ("de", "Die Hintergründe des Unglücks waren zunächst unklar.", False, [], None),
    ("de", "Islamabad (APA/Reuters) - Ein Erdbeben der Stärke 5,9 hat am Donnerstag den Nordwesten Pakistans erschüttert.", True, [("count", 5.9, None, None)], None),
    ("de", "Der US-Erdbebenwarte USGS zufolge lag das Zentrum in einer Tiefe von zehn Kilometern.", True, [("count", 10, None, None)], None),
    ("de", "Mindestens drei Menschen seien durch einstürzende Mauern getötet worden, hieß es aus der Provinzregierung in Peshawar.", True, [("count", 3, None, "at_least")], None),
    ("de", "Erst im Herbst waren bei einem Beben in der Region mehr als 1.400 Menschen ums Leben gekommen.", True, [("count", 1400, None, "over")], None),
    ("de", "Peking (APA/Reuters) - Chinas Exporte sind im Februar im Jahresvergleich um 3,4 Prozent gestiegen, wie die Zollbehörde in Peking mitteilte.", True, [("percent", 3.4, "%", None)], "die Zollbehörde"),
    ("de", "Analysten hatten im Schnitt mit einem Plus von 5,1 Prozent gerechnet.", True, [("percent", 5.1, "%", None)], None),
    ("de", "Die Ausfuhren in die USA brachen um fast ein Viertel ein, jene in die EU legten um 8,2 Prozent zu.", True, [("fraction", 0.25, None, "nearly"), ("percent", 8.2, "%", None)], None),
    ("de", "Im Januar und Februar zusammen summierte sich der Handelsüberschuss auf 171,3 Milliarden Dollar.", True, [("money", 171300000000, "USD", None)], None),
    ("de", "Ökonomen erwarten, dass sich der Handelsstreit mit Washington in den kommenden Monaten weiter verschärft.", False, [], None),
    ("de", "Washington (APA/AFP) - Die US-Wirtschaft hat im Februar 151.000 neue Stellen geschaffen, wie das Arbeitsministerium in Washington mitteilte.", True, [("count", 151000, None, None)], "das Arbeitsministerium"),
    ("de", "Die Arbeitslosenquote stieg leicht auf 4,2 Prozent.", True, [("percent", 4.2, "%", None)], None),
    ("de", "Brent-Öl aus der Nordsee verbilligte sich am Nachmittag um 1,8 Prozent auf 68,40 Dollar.", True, [("percent", 1.8, "%", None), ("money", 68.4, "USD", None)], None),
    ("de", "Die acht Länder der Gruppe Opec+ wollen ihre Förderung im April um weitere 137.000 Barrel pro Tag anheben.", True, [("count", 8, None, None), ("count", 137000, None, None)], None),
    ("de", "Händler sprachen von einer gedrückten Stimmung am Ölmarkt.", False, [], None),
    ("de", "Tokio (APA/Reuters) - Die japanische Notenbank hat ihren Leitzins auf 0,75 Prozent angehoben, den höchsten Stand seit 30 Jahren.", True, [("percent", 0.75, "%", None), ("duration", 30, "year", None)], None),
    ("de", "Es ist die zweite Zinserhöhung binnen sechs Monaten.", True, [("ordinal", 2, None, None), ("duration", 6, "month", None)], None),
    ("de", "Der Yen legte daraufhin zu, ein Dollar kostete zuletzt 147,20 Yen.", True, [("money", 147.2, "JPY", None)], None),
    ("de", "Notenbankchef Kenji Hayama sagte, die Kerninflation liege seit 36 Monaten über dem Zielwert von zwei Prozent.", True, [("duration", 36, "month", None), ("percent", 2, "%", None)], "Kenji Hayama"),
    ("de", "London (APA/Reuters) - Die britische Wirtschaft ist im Jänner überraschend um 0,1 Prozent geschrumpft, wie das Statistikamt ONS mitteilte.", True, [("percent", 0.1, "%", None)], "das Statistikamt ONS"),
    ("de", "Khartum (APA/AFP) - Bei einem Drohnenangriff auf einen Markt in der sudanesischen Stadt El Obeid sind nach Angaben von Aktivisten mindestens 35 Menschen getötet worden.", True, [("count", 35, None, "at_least")], None),
    ("de", "Seit Beginn des Krieges zwischen der Armee und der RSF-Miliz im April 2023 wurden Zehntausende Menschen getötet und rund zwölf Millionen vertrieben.", True, [("year", 2023, None, None), ("count", 12000000, None, "about")], None),
    ("de", "Die UNO spricht von der schlimmsten humanitären Krise der Gegenwart.", False, [], None),
    ("de", "Nach Angaben des Welternährungsprogramms (WFP) sind in Darfur mehr als 600.000 Menschen von einer Hungersnot betroffen.", True, [("count", 600000, None, "over")], None),
    ("de", "„Wer heute wegschaut, macht sich mitschuldig“, sagte die Sudan-Koordinatorin der Hilfsorganisation, Hanne Lindqvist.", False, [], None),
    ("de", "Washington (APA/Reuters) - Die US-Regierung will ab dem 1. April Zölle von 25 Prozent auf Autoteile aus Mexiko und Kanada erheben.", True, [("date", "--04-01", None, None), ("percent", 25, "%", None)], None),
    ("de", "Betroffen wären Importe im Wert von jährlich rund 97 Milliarden Dollar, wie aus Berechnungen des Branchenverbands MEMA hervorgeht.", True, [("money", 97000000000, "USD", "about")], None),
    ("de", "Mexikos Wirtschaftsminister Héctor Salvatierra sagte, sein Land werde mit Gegenzöllen antworten, sollte es bis Ende März keine Einigung geben.", True, [], "Héctor Salvatierra"),
    ("de", "„Das ist ein Angriff auf Hunderttausende nordamerikanische Arbeitsplätze“, sagte Salvatierra.", False, [], None),
    ("de", "Rund 80 Prozent der mexikanischen Exporte gehen in die Vereinigten Staaten.", True, [("percent", 80, "%", "about")], None),
    ("de", "Paris (APA/AFP) - Frankreichs Regierung hat in der Nationalversammlung ein Misstrauensvotum knapp überstanden.", True, [], None),
    ("de", "Für den Antrag stimmten 271 Abgeordnete, nötig gewesen wären für den Sturz des Kabinetts 289 Stimmen.", True, [("count", 271, None, None), ("count", 289, None, None)], None),
    ("de", "Es war bereits der vierte Misstrauensantrag seit dem Amtsantritt von Premierminister Étienne Marchetti im September.", True, [("ordinal", 4, None, None)], None),
    ("de", "Frankreichs Staatsverschuldung liegt bei rund 116 Prozent der Wirtschaftsleistung, das Defizit bei 5,4 Prozent.", True, [("percent", 116, "%", "about"), ("percent", 5.4, "%", None)], None),
    ("de", "Die Opposition warf Marchetti vor, das Land „sehenden Auges in den Ruin zu treiben“.", False, [], None),
    ("de", "Der Haushaltsentwurf sieht Einsparungen von knapp 40 Milliarden Euro vor, hieß es aus dem Finanzministerium.", True, [("money", 40000000000, "EUR", "nearly")], None),
    ("de", "Damaskus (APA/AFP) - In Syrien sind bei Zusammenstößen zwischen Regierungstruppen und drusischen Milizen nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte binnen drei Tagen 64 Menschen getötet worden.", True, [("duration", 3, "day", None), ("count", 64, None, None)], None),
    ("de", "Ihre Angaben sind von unabhängiger Seite oft kaum zu überprüfen.", False, [], None),
    ("de", "Unter den Toten seien 19 Zivilisten, teilte die in Großbritannien ansässige Organisation mit.", True, [("count", 19, None, None)], None),
    ("de", "Maputo (APA/AFP) - Der Zyklon „Tendai“ hat im Norden Mosambiks mindestens neun Menschen getötet, teilte die Katastrophenschutzbehörde INGD mit.", True, [("count", 9, None, "at_least")], "die Katastrophenschutzbehörde INGD"),
    ("de", "Der Sturm traf mit Windgeschwindigkeiten von bis zu 190 Kilometern pro Stunde auf Land.", True, [("count", 190, None, "up_to")], None),
    ("de", "Mehr als 40.000 Häuser seien beschädigt oder zerstört worden, rund 160.000 Menschen seien betroffen.", True, [("count", 40000, None, "over"), ("count", 160000, None, "about")], None),
    ("de", "Es ist bereits der zweite Zyklon binnen eines Monats, der das südostafrikanische Land trifft.", True, [("ordinal", 2, None, None)], None),
    ("de", "Rom (APA/AFP) - Vor der italienischen Insel Lampedusa ist ein Boot mit Migranten gekentert, mindestens sieben Menschen ertranken.", True, [("count", 7, None, "at_least")], None),
    ("de", "Die Küstenwache habe 46 Menschen aus dem Wasser gerettet, darunter fünf Minderjährige, berichtete die Nachrichtenagentur Ansa.", True, [("count", 46, None, None), ("count", 5, None, None)], "die Nachrichtenagentur Ansa"),
    ("de", "Das rund acht Meter lange Boot war in der libyschen Hafenstadt Sabratha gestartet.", True, [("count", 8, None, "about")], None),
    ("de", "Seit Jahresbeginn kamen nach Zahlen des Innenministeriums in Rom 9.870 Migranten über das Mittelmeer nach Italien, knapp ein Drittel weniger als im Vorjahreszeitraum.", True, [("count", 9870, None, None), ("fraction", 0.3333, None, "nearly")], None),
    ("de", "Die zentrale Mittelmeerroute gilt als eine der gefährlichsten Fluchtrouten der Welt.", False, [], None),
    ("de", "Neu-Delhi (APA/AFP) - In Indien hat eine frühe Hitzewelle die Temperaturen in der Hauptstadt auf 41,2 Grad steigen lassen.", True, [("count", 41.2, None, None)], None),
    ("de", "Das sei der höchste Wert für einen Märztag seit Beginn der Aufzeichnungen 1901, teilte der Wetterdienst IMD mit.", True, [("year", 1901, None, None)], "der Wetterdienst IMD"),
    ("de", "Die Behörden rieten der Bevölkerung, sich zwischen 12.00 und 16.00 Uhr möglichst nicht im Freien aufzuhalten.", False, [], None),
    ("de", "New York (APA/AFP) - Der UN-Sicherheitsrat hat am Mittwoch mit 13 Stimmen bei zwei Enthaltungen eine Resolution zum Kongo verabschiedet.", True, [("count", 13, None, None), ("count", 2, None, None)], None),
    ("de", "Die Resolution verlängert das Mandat der Blauhelmmission Monusco um zwölf Monate.", True, [("duration", 12, "month", None)], None),
    ("de", "Derzeit sind im Osten des Landes rund 11.000 Blauhelme stationiert.", True, [("count", 11000, None, "about")], None),
    ("de", "Istanbul (APA/AFP) - Ein türkisches Gericht hat den Oppositionspolitiker Murat Keskinoğlu zu zwei Jahren und vier Monaten Haft verurteilt.", True, [("duration", 2, "year", None), ("duration", 4, "month", None)], None),
    ("de", "Keskinoğlus Anwalt kündigte umgehend Berufung an.", True, [], None),
    ("de", "„Heute ist ein schwarzer Tag für die türkische Demokratie“, sagte der Anwalt vor dem Gerichtsgebäude.", False, [], None),
    ("de", "Keskinoğlu sitzt bereits seit elf Monaten in Untersuchungshaft.", True, [("duration", 11, "month", None)], None),
    ("de", "Bis zu einem rechtskräftigen Urteil gilt die Unschuldsvermutung.", False, [], None),
    ("de", "Taipeh (APA/Reuters) - Taiwan hat nach eigenen Angaben binnen 24 Stunden 32 chinesische Militärflugzeuge und neun Kriegsschiffe in der Nähe der Insel registriert.", True, [("duration", 24, "hour", None), ("count", 32, None, None), ("count", 9, None, None)], None),
    ("de", "Peking betrachtet Taiwan als abtrünnige Provinz, die notfalls mit Gewalt wieder mit dem Festland vereinigt werden soll.", True, [], None),
    ("de", "„Wir werden unsere Demokratie mit allen Mitteln verteidigen“, sagte ein Sprecher des Präsidialamts in Taipeh.", False, [], None),
    ("de", "Die Regierung in Peking wies die Vorwürfe als „haltlos“ zurück.", False, [], None),
    ("de", "Seoul (APA/AFP) - Bei ihrem ersten bilateralen Gipfeltreffen seit 2023 haben Südkorea und Japan eine engere Zusammenarbeit in der Raketenabwehr vereinbart.", True, [("ordinal", 1, None, None), ("year", 2023, None, None)], None),
    ("de", "Das zweistündige Treffen fand im Präsidentenpalast in Seoul statt.", True, [("duration", 2, "hour", None)], None),
    ("de", "Beobachter werteten das Treffen als Zeichen einer vorsichtigen Annäherung.", False, [], None),
    ("de", "Belgrad (APA/AFP) - In Serbien haben am Mittwochabend erneut Zehntausende Menschen gegen die Regierung protestiert.", True, [], None),
    ("de", "Eine unabhängige Beobachtergruppe schätzte die Zahl der Teilnehmer auf rund 48.000, die Polizei sprach von 19.000.", True, [("count", 48000, None, "about"), ("count", 19000, None, None)], None),
    ("de", "Auslöser der seit mehr als 16 Monaten andauernden Proteste war der Einsturz eines Bahnhofsvordachs in Novi Sad, bei dem 16 Menschen starben.", True, [("duration", 16, "month", "over"), ("count", 16, None, None)], None),
    ("de", "„Die Menschen haben genug von Korruption und Lügen“, rief eine Studentin von der Bühne.", False, [], None),
    ("de", "Caracas (APA/AFP) - In Venezuela sind nach Angaben der Opposition 38 politische Gefangene freigelassen worden.", True, [("count", 38, None, None)], "die Opposition"),
    ("de", "Nach Zählung der Menschenrechtsorganisation Foro Penal sitzen damit noch immer mehr als 800 Menschen aus politischen Gründen in Haft.", True, [("count", 800, None, "over")], None),
    ("de", "Brasília (APA/AFP) - Bei Überschwemmungen im Süden Brasiliens sind nach Angaben der Behörden mindestens 19 Menschen ums Leben gekommen.", True, [("count", 19, None, "at_least")], "die Behörden"),
    ("de", "Binnen 48 Stunden fielen in Porto Alegre stellenweise mehr als 300 Liter Regen pro Quadratmeter.", True, [("duration", 48, "hour", None), ("count", 300, None, "over")], None),
    ("de", "Rund 27.000 Menschen mussten ihre Häuser verlassen, 14 Gemeinden riefen den Notstand aus.", True, [("count", 27000, None, "about"), ("count", 14, None, None)], None),
    ("de", "Beirut (APA/AFP) - Bei einem israelischen Angriff im Süden des Libanon sind nach Angaben des libanesischen Gesundheitsministeriums zwei Menschen getötet worden.", True, [("count", 2, None, None)], None),
    ("de", "Die israelische Armee erklärte, sie habe einen Kommandanten der Hisbollah-Miliz ins Visier genommen.", True, [], None),
    ("de", "Trotz einer seit November 2024 geltenden Waffenruhe greift Israel fast täglich Ziele im Libanon an.", True, [("year", 2024, None, None)], None),
    ("de", "Kopenhagen (APA/AFP) - Dänemark will weitere 14,6 Milliarden Kronen in die Verteidigung Grönlands investieren.", True, [("money", 14600000000, "DKK", None)], None),
    ("de", "Das entspricht knapp zwei Milliarden Euro, wie Verteidigungsminister Mads Kjærgaard sagte.", True, [("money", 2000000000, "EUR", "nearly")], "Mads Kjærgaard"),
    ("de", "Vorgesehen seien unter anderem drei neue Patrouillenschiffe und zwei Langstreckendrohnen, so Kjærgaard.", True, [("count", 3, None, None), ("count", 2, None, None)], "Kjærgaard"),
    ("de", "Kathmandu (APA/AFP) - Beim Absturz eines Kleinflugzeugs im Westen Nepals sind alle 18 Insassen ums Leben gekommen.", True, [("count", 18, None, None)], None),
    ("de", "Die Maschine der Fluggesellschaft Himal Sky Airlines war rund zwölf Minuten nach dem Start in Pokhara vom Radar verschwunden, teilte die Flugsicherung mit.", True, [("duration", 12, "minute", "about")], "die Flugsicherung"),
    ("de", "Es war das dritte schwere Flugzeugunglück in dem Himalaya-Staat binnen zwei Jahren.", True, [("ordinal", 3, None, None), ("duration", 2, "year", None)], None),
    ("de", "Genf (APA/AFP) - Das Jahr 2025 war nach Angaben der Weltorganisation für Meteorologie (WMO) das zweit- oder drittwärmste seit Beginn der Aufzeichnungen.", True, [("year", 2025, None, None), ("ordinal", 2, None, None), ("ordinal", 3, None, None)], None),
    ("de", "Die globale Durchschnittstemperatur lag demnach um 1,44 Grad über dem vorindustriellen Niveau.", True, [("count", 1.44, None, None)], None),
    ("de", "Die vergangenen elf Jahre waren ausnahmslos die elf wärmsten seit Messbeginn.", True, [("duration", 11, "year", None), ("count", 11, None, None)], None),
    ("de", "Kinshasa (APA/AFP) - In der Demokratischen Republik Kongo sind bei einem neuen Ebola-Ausbruch mindestens zwölf Menschen gestorben, teilte das Gesundheitsministerium mit.", True, [("count", 12, None, "at_least")], "das Gesundheitsministerium"),
    ("de", "Es ist bereits der 16. Ebola-Ausbruch in dem zentralafrikanischen Land seit 1976.", True, [("ordinal", 16, None, None), ("year", 1976, None, None)], None),
    ("de", "Die Sterblichkeit liegt je nach Virusstamm zwischen 25 und 90 Prozent.", True, [("percent", 25, "%", None), ("percent", 90, "%", None)], None),
    ("de", "Die WHO stellte nach eigenen Angaben 500.000 Dollar aus ihrem Notfallfonds bereit.", True, [("money", 500000, "USD", None)], None),
    ("de", "Weitere Einzelheiten wurden zunächst nicht bekannt.", False, [], None),
    ("de", "(Schluss)", False, [], None),
    ("de", "Buenos Aires (APA/Reuters) - Die Inflation in Argentinien ist im Februar auf 2,4 Prozent im Monatsvergleich gesunken, den niedrigsten Wert seit fünf Jahren.", True, [("percent", 2.4, "%", None), ("duration", 5, "year", None)], None),
    ("de", "Auf Jahressicht lag die Teuerung nach Angaben des Statistikamts Indec bei 66,9 Prozent.", True, [("percent", 66.9, "%", None)], None),
    ("de", "Vor einem Jahr hatte sie noch bei mehr als 270 Prozent gelegen.", True, [("percent", 270, "%", "over")], None),
    ("de", "Wirtschaftsminister Lucas Ferraroni sprach von einem „historischen Erfolg“ der Sparpolitik.", False, [], None),
    ("de", "Tiflis (APA/AFP) - In Georgien ist die prowestliche Oppositionspolitikerin Nino Kapanadse zu acht Monaten Haft verurteilt worden.", True, [("duration", 8, "month", None)], None),
    ("de", "Sie hatte sich nach Angaben ihrer Partei geweigert, vor einem parlamentarischen Ausschuss auszusagen.", True, [], None),
    ("de", "Moskau bezeichnete die Kritik aus Brüssel als „Einmischung in die inneren Angelegenheiten“ Georgiens.", False, [], None),
    ("de", "Warschau (APA/AFP) - Polen will die Zahl seiner Soldaten bis 2035 auf 300.000 nahezu verdoppeln.", True, [("year", 2035, None, None), ("count", 300000, None, None)], None),
    ("de", "Die Verteidigungsausgaben sollen heuer 4,7 Prozent der Wirtschaftsleistung erreichen, sagte Verteidigungsminister Tomasz Wierzbicki.", True, [("percent", 4.7, "%", None)], "Tomasz Wierzbicki"),
    ("de", "Das ist der höchste Anteil unter den 32 Nato-Mitgliedern.", True, [("count", 32, None, None)], None),
    ("de", "Jeder dritte Pole zwischen 18 und 45 Jahren soll künftig eine militärische Grundausbildung erhalten, so Wierzbicki.", True, [("fraction", 0.3333, None, None), ("duration", 18, "year", None), ("duration", 45, "year", None)], "Wierzbicki"),
    ("de", "Kairo (APA/Reuters) - Die Einnahmen aus dem Suezkanal sind im vergangenen Jahr um rund 60 Prozent auf 4,0 Milliarden Dollar eingebrochen.", True, [("percent", 60, "%", "about"), ("money", 4000000000, "USD", None)], None),
    ("de", "Grund seien die Angriffe der Huthi-Miliz auf Handelsschiffe im Roten Meer, erklärte Kanalbehörde-Chef Ossama Rabi.", True, [], "Ossama Rabi"),
    ("de", "Täglich passieren derzeit im Schnitt 32 Schiffe den Kanal, vor der Krise waren es mehr als 70.", True, [("count", 32, None, None), ("count", 70, None, "over")], None),
    ("de", "Die Reederei Maersk kündigte an, ihre Schiffe noch mindestens ein halbes Jahr um das Kap der Guten Hoffnung zu leiten.", True, [("duration", 0.5, "year", "at_least")], None),
    ("de", "Die Umfahrung Afrikas verlängert die Fahrt nach Europa um zehn bis 14 Tage.", True, [("duration", 10, "day", None), ("duration", 14, "day", None)], None),
    ("en", "KYIV, March 12 (Reuters) - Russia attacked Ukraine overnight with 146 drones and nine missiles, Ukraine's air force said on Thursday.", True, [("date", "--03-12", None, None), ("count", 146, None, None), ("count", 9, None, None)], None),
    ("en", "At least four people were killed in the southern city of Zaporizhzhia, regional governor Ivan Fedorchenko said.", True, [("count", 4, None, "at_least")], "Ivan Fedorchenko"),
    ("en", "Reuters could not independently verify the battlefield reports.", False, [], None),
    ("en", "MOSCOW, March 12 (Reuters) - U.S. special envoy Steven Witkowsky is expected in Moscow next week on his fifth visit, the Kremlin said.", True, [("date", "--03-12", None, None), ("ordinal", 5, None, None)], "the Kremlin"),
    ("en", "\"We are in no hurry,\" Kremlin spokesman Yuri Panteleyev told reporters.", False, [], None),
    ("en", "BRUSSELS, March 12 (Reuters) - European Union leaders meet on Thursday for a two-day summit set to be dominated by a 150 billion euro defence loan scheme.", True, [("date", "--03-12", None, None), ("duration", 2, "day", None), ("money", 150000000000, "EUR", None)], None),
    ("en", "Two diplomats said Hungary could again veto the EU's 20th round of Russia sanctions.", True, [("ordinal", 20, None, None), ("count", 2, None, None)], None),
    ("en", "\"Europe must finally grow up,\" Estonian Prime Minister Liina Tamm-Saar said as she arrived.", False, [], None),
    ("en", "VIENNA, March 12 (Reuters) - Iran's stock of uranium enriched to up to 60% has grown by nearly 32 kg to about 440 kg since November, a confidential IAEA report seen by Reuters showed.", True, [("date", "--03-12", None, None), ("percent", 60, "%", "up_to"), ("count", 32, None, "nearly"), ("count", 440, None, "about")], None),
    ("en", "Weapons grade is around 90%.", True, [("percent", 90, "%", "about")], None),
    ("en", "Tehran rejected the report as politically motivated.", False, [], None),
    ("en", "LISBON, March 12 (Reuters) - The centre-right Democratic Alliance came first in Portugal's snap election on Wednesday with 32.4% of the vote, short of a majority in the 230-seat parliament.", True, [("date", "--03-12", None, None), ("percent", 32.4, "%", None), ("count", 230, None, None)], None),
    ("en", "It was Portugal's third parliamentary election in three years.", True, [("ordinal", 3, None, None), ("duration", 3, "year", None)], None),
    ("en", "BEIJING, March 12 (Reuters) - China's exports rose 3.4% in February from a year earlier, customs data showed on Thursday, missing forecasts for a 5.1% gain in a Reuters poll.", True, [("date", "--03-12", None, None), ("percent", 3.4, "%", None), ("percent", 5.1, "%", None)], None),
    ("en", "Shipments to the United States slumped by almost a quarter.", True, [("fraction", 0.25, None, "nearly")], None),
    ("en", "Analysts said the data pointed to fragile global demand.", False, [], None),
    ("en", "WASHINGTON, March 12 (Reuters) - U.S. employers added 151,000 jobs last month, the Labor Department said.", True, [("date", "--03-12", None, None), ("count", 151000, None, None)], "the Labor Department"),
    ("en", "The unemployment rate edged up to 4.2%.", True, [("percent", 4.2, "%", None)], None),
    ("en", "Brent crude futures fell $1.25, or 1.8%, to $68.40 a barrel by 1430 GMT.", True, [("money", 1.25, "USD", None), ("percent", 1.8, "%", None), ("money", 68.4, "USD", None)], None),
    ("en", "Oil prices have fallen by about a fifth since January.", True, [("fraction", 0.2, None, "about")], None),
    ("en", "TOKYO, March 12 (Reuters) - The Bank of Japan on Thursday hiked borrowing costs to 0.75%, a level last seen 30 years ago.", True, [("date", "--03-12", None, None), ("percent", 0.75, "%", None), ("duration", 30, "year", None)], None),
    ("en", "\"Underlying inflation is moving steadily towards our target,\" Governor Kenji Hayama told a news conference.", False, [], None),
    ("en", "Jakarta (AFP) - At least 28 people died when an overcrowded ferry sank off the Indonesian island of Sulawesi, the national search and rescue agency said Thursday.", True, [("count", 28, None, "at_least")], "the national search and rescue agency"),
    ("en", "Forty-one passengers were still missing, rescue chief Agus Prasetyo told AFP.", True, [("count", 41, None, None)], "Agus Prasetyo"),
    ("en", "The vessel was licensed to carry 150 people but had around 210 on board.", True, [("count", 150, None, None), ("count", 210, None, "about")], None),
    ("en", "Gaza City (AFP) - Israeli strikes killed at least 17 people across the Gaza Strip on Thursday, the territory's civil defence agency said.", True, [("count", 17, None, "at_least")], None),
    ("en", "Six children were among the dead, civil defence spokesman Samir Abu Hatab told AFP.", True, [("count", 6, None, None)], "Samir Abu Hatab"),
    ("en", "AFP was unable to independently verify the toll.", False, [], None),
    ("en", "Paris (AFP) - French Prime Minister Etienne Marchetti narrowly survived a no-confidence vote on Thursday, with 271 lawmakers backing the motion, 18 short of the 289 needed.", True, [("count", 271, None, None), ("count", 18, None, None), ("count", 289, None, None)], None),
    ("en", "It was the fourth such motion since he took office in September.", True, [("ordinal", 4, None, None)], None),
    ("en", "MEXICO CITY, March 12 (Reuters) - Mexico will retaliate if Washington goes ahead with 25% tariffs on auto parts from April 1, Economy Minister Hector Salvatierra said.", True, [("date", "--03-12", None, None), ("percent", 25, "%", None), ("date", "--04-01", None, None)], "Hector Salvatierra"),
    ("en", "\"This is an attack on hundreds of thousands of North American jobs,\" he said.", False, [], None),
    ("en", "Maputo (AFP) - Cyclone Tendai killed at least nine people in northern Mozambique after making landfall with winds of up to 190 kilometres per hour, authorities said.", True, [("count", 9, None, "at_least"), ("count", 190, None, "up_to")], None),
    ("en", "More than 40,000 homes were damaged or destroyed.", True, [("count", 40000, None, "over")], None),
    ("en", "KATHMANDU, March 12 (Reuters) - All 18 people on board a small plane were killed when it crashed in western Nepal about 12 minutes after take-off from Pokhara, officials said.", True, [("date", "--03-12", None, None), ("count", 18, None, None), ("duration", 12, "minute", "about")], None),
    ("en", "BELGRADE, March 12 (Reuters) - Tens of thousands of people rallied in Belgrade on Wednesday, extending protests that have now run for more than 16 months.", True, [("date", "--03-12", None, None), ("duration", 16, "month", "over")], None),
    ("en", "An independent monitoring group put the turnout at about 48,000, while police said 19,000 attended.", True, [("count", 48000, None, "about"), ("count", 19000, None, None)], None),
    ("en", "TAIPEI, March 12 (Reuters) - Taiwan's defence ministry said it detected 32 Chinese military aircraft and nine warships near the island over 24 hours up to 6 a.m.", True, [("date", "--03-12", None, None), ("count", 32, None, None), ("count", 9, None, None), ("duration", 24, "hour", None)], None),
    ("en", "UNITED NATIONS, March 11 (Reuters) - The U.N. Security Council voted 13 in favour with two abstentions to extend the Monusco peacekeeping mission in Congo by 12 months.", True, [("date", "--03-11", None, None), ("count", 13, None, None), ("count", 2, None, None), ("duration", 12, "month", None)], None),
    ("en", "KINSHASA, March 12 (Reuters) - At least 12 people have died in a new Ebola outbreak in Congo's Kasai province, the country's 16th since 1976, the health ministry said.", True, [("date", "--03-12", None, None), ("count", 12, None, "at_least"), ("ordinal", 16, None, None), ("year", 1976, None, None)], "the health ministry"),
    ("en", "NEW DELHI, March 12 (Reuters) - The temperature in New Delhi rose to 41.2 degrees Celsius (106.2 Fahrenheit) on Wednesday, the highest for March since records began in 1901, the weather office said.", True, [("date", "--03-12", None, None), ("count", 41.2, None, None), ("count", 106.2, None, None), ("year", 1901, None, None)], "the weather office"),
    ("en", "WARSAW, March 12 (Reuters) - Poland aims to nearly double the size of its army to 300,000 soldiers by 2035, Defence Minister Tomasz Wierzbicki said.", True, [("date", "--03-12", None, None), ("count", 300000, None, None), ("year", 2035, None, None)], "Tomasz Wierzbicki"),
    ("en", "Defence spending will reach 4.7% of GDP this year, the highest share among NATO's 32 members.", True, [("percent", 4.7, "%", None), ("count", 32, None, None)], None),
    ("en", "BUENOS AIRES, March 12 (Reuters) - Argentina's monthly inflation slowed to 2.4% in February, its lowest in five years, the INDEC statistics agency said.", True, [("date", "--03-12", None, None), ("percent", 2.4, "%", None), ("duration", 5, "year", None)], None),
    ("en", "Economy Minister Lucas Ferraroni hailed the figure as \"a historic success\".", False, [], None),
    ("en", "CAIRO, March 12 (Reuters) - Suez Canal revenue plunged about 60% to $4.0 billion last year as Houthi attacks diverted shipping around Africa.", True, [("date", "--03-12", None, None), ("percent", 60, "%", "about"), ("money", 4000000000, "USD", None)], None),
    ("en", "It was not immediately clear whether the talks would resume next week.", False, [], None),
    ("en", "(Reporting by Olena Marchuk in Kyiv and Dmitri Ostrovsky in Moscow; Writing by Tom Ashdown; Editing by Clara Webb)", False, [], None),
]
