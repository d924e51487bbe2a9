"""Two-hundred-and-fourth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Holger
Brümmer, Volker Dransfeld, Ralf Kämmerer, Gerlinde Aichhorn, Corinne Vuilleumier, Reto
Kälin, Dainius Petrauskas, Marlene Haidacher, Karin Osterholt, Dorothea Wessling, Ion
Ciobanu; Maksym Kovalenko, Andriy Sirko, Bonnie Lattner, Alan Pembury, Katherine Lowry,
Hélène Durocher, Henrik Aasgaard, Yoon Ji-ho, Kenji Moriuchi, Ramon Villareal, Mathilde
Garnier, Olivier Renaudin, Meera Raghunathan, Rhys Calloway, Annika Sjöberg, Radu
Stanciulescu, Tomasz Wierzbicki, Serhiy Halushko; every unnamed minister, envoy, diplomat,
spokesperson, analyst, official and researcher); ministers, envoys and commanders of real
governments and bodies appear under made-up names that stand for no real holder, or by
their role only. Real states, bodies, forces, places and things (Bundesregierung,
Bundeswehr, Heer, Nato, EU, Bundesrat, Sky Shield, FPÖ, SP, Market-Institut, „Standard“,
Staatssekretariat für Wirtschaft, Internationale Energieagentur, OCHA, Cogat, Auswärtiges
Amt, Internationale Atomenergiebehörde, Bundesnachrichtendienst, Volksbefreiungsarmee,
Forsa, BSI, Bitkom, Bundesanwaltschaft, Bundeskriminalamt, Stiftung Wissenschaft und
Politik; the Kremlin, the Institute for the Study of War, the State Department, the
Pentagon, the Defense Security Cooperation Agency, UNIFIL, the Security Council, the Houthi
movement, PortWatch, the Suez Canal Authority, the Self-Defense Forces, ACLED, AUKUS, U.S.
Army Europe, and the datelines' cities) stand for the way wire copy names them; every
package, troop number, tally, poll, budget, quote, label and reaction here is invented,
and where a real figure came to mind it was changed (treaty and ceasefire years kept).

Its weight: OPINION VERSUS CLAIM, thirteenth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth and hundred-ninety-sixth batches were the first twelve, and their
decisions are kept), this time in foreign and security policy copy - aid packages, troop
numbers, sanctions, arms sales, defence budgets, strikes and their tallies, summits and
talks - over four ordinary wire days, Monday to Thursday, October 12 to 15, of one year, as
28 short stories in story order, the German and English stories interleaved by day. About
100 rows are negatives that look like claims - ministers' warnings and threats that name no
measure, condemnations, appeals, vows, resolve, rhetoric, convictions and beliefs with a
figure, hopes and fears, analysts' and experts' views, labels, evasions and open
questions - each beside a check-worthy look-alike around a verifiable core: the same
speaker's package, troop number or budget, an announced step (sanctions, expulsions, a
summoned ambassador, a protest note), each side's tally, an attributed figure.

237 rows (120 German, 117 English), 102 negatives (51 German, 51 English), 135 check-worthy
rows of which 12 carry no figure (9 German, 3 English), 217 expected quantities (82 counts,
31 amounts of money - 13 EUR, 10 USD, 4 JPY, 2 AUD, 1 GBP, 1 CHF -, 27 percentages, all in
%, 24 years, 18 ordinals, 16 durations - 6 in years, 3 in hours, 3 in days, 2 in months, 1
in weeks, 1 in minutes -, 15 dates, 4 fractions; 11 of them in 10 negatives, as the
seventeenth batch labels a figure in a negative), 31 checked speakers (15 German, 16
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, feeling, hope, fear, conviction or piece of rhetoric is
  a negative with speaker None, also with a named speaker and an office (seventh,
  ninety-eighth, hundred-thirty-first, hundred-eighty-ninth, hundred-ninety-sixth); a
  quoted or reported statement of fact, figure, step, plan or position is check-worthy with
  its speaker. Pairs from one speaker: Brümmer's package, 2.4 percent and 15,000 volunteers
  beside his „Zermürbung“, his conviction with 2029 and his „Wer in Freiheit leben will“;
  Dransfeld's 500 million euros beside his warning, his vow and his threat; Sirko's ten
  Patriots beside his rhetoric and his appeal; Aichhorn's six systems beside her rhetoric
  and her belief with ten years; Pembury's 1,200 recruits beside his resolve and his
  confidence with 3%; Kälin's 2,000 jobs; Petrauskas's assets; Haidacher's 2 million euros
  beside her appeal; Moriuchi's 2,000 personnel; Villareal's fourth incident; Garnier's
  troops; Raghunathan's brigades beside her view; Calloway's A$1.8 billion beside his
  superlative; Wessling's 350 experts beside her „so angespannt wie nie“; Stanciulescu's
  3.5% beside his resolve; Halushko's 800,000 troops beside "never trade its land".
- New: warnings and threats. A warning or threat that names no measure is a negative
  ("warnte Moskau davor, die Geduld ... zu unterschätzen", "would \"pay a price\"",
  "threatened further attacks", "warned of a \"firm and decisive\" response", „drohte ...
  mit „spürbaren Konsequenzen“, nannte aber keine konkreten Schritte“, Spain's warning);
  an announced step is check-worthy (Beijing's sanctions on four companies, the expulsion
  of two diplomats within 72 hours, the summoned ambassador, Manila's 62nd protest). The
  hundred-eighty-ninth's warning with a figure stays check-worthy (Kälin's "bis zu 2.000
  Arbeitsplätze").
- New: condemnations are labels. "condemned ... as", „verurteilte ... als“, "called the
  incident", „zeigte sich „zutiefst besorgt““ are negatives like "nannte" and "called"
  (ninety-eighth, hundred-eighty-ninth); a denial or rejection stays check-worthy without a
  figure, also with a label (hundred-sixty-second: „Kiew wies dies als „Propaganda“
  zurück.“): "Israel bestreitet, ...", "rejected the accusation as \"baseless\"", „Der
  Kreml wies jede Beteiligung zurück.“, „wies die Vorwürfe als „antirussische Hysterie“
  zurück“. An account of one's own action in quotes stays check-worthy ("said it had
  carried out a \"massive strike\"", "had taken \"necessary control measures\"";
  hundred-sixty-second).
- New: appeals and demands. An appeal naming no measure is a negative ("urged allies to
  ...", "urged both sides to exercise maximum restraint", „rief ... auf“, „appellierte“;
  hundred-thirty-eighth); a demand naming a measure and a figure is check-worthy with its
  speaker (Sirko's "at least 10 more Patriot systems", Petrauskas's assets, Wierzbicki's
  10,000 troops, OCHA's 500 lorries; hundred-eighty-ninth: a party's demand with a figure).
- Analysts' views framed as belief, thought, fear or a verdict are negatives („hält ...
  für“, "said she thought", "said she believed", "said they believed", „er halte ... für so
  gut wie ausgeschlossen“, "Personally, I'd be surprised ..." with 1 and 2035; hundred-
  ninety-sixth); an analyst's or institute's figure is check-worthy (Yoon's 12,000
  containers, Raghunathan's brigades, the institute's spending, the IEA's revenue).
- Evasions, doubts, hopes, fears and open questions are negatives with any figure labelled
  (hundred-seventy-fifth, hundred-eighty-ninth): „ließ ... offen“, „konnte Brümmer nicht
  sagen“, "remains unclear", "has not been decided", "was left unclear", "remains an open
  question" (ordinal 7), "privately doubt", "privately fear", „bezweifeln“, „fürchten“,
  „hofft“ (2027), "hope".
- Quantities as earlier batches: ages as durations ("18-jährigen" 18 years), "binnen 72
  Stunden" 72 hours, "innert 100 Tagen" 100 days, "for a final 14 months", "six-hour" 6
  hours, "zweitägigen" 2 days in a negative, "fast ein Fünftel" 0.2 "nearly", "Knapp die
  Hälfte" 0.5 "nearly", "weniger als ein Viertel" 0.25 "under", "Jedes dritte" 0.3333,
  "durchschnittlich" no hedge (as "im Schnitt"), "zusätzlich" no hedge, "trillion yen"
  JPY, "in erster Lesung" and "im ersten Jahr" ordinal 1, "das 20. Sanktionspaket" 20.
  None: "pro Tag", "täglich", "jährlich", "a month", "this year", "next September", "im
  kommenden Jahr", "heuer", "in the year to March".
- Speakers, checked only in forms the earlier batches settled: "sagte Verteidigungsminister
  Holger Brümmer" and the other names with title dropped; "X sagte, ..." opening the row;
  "told reporters" names the speaker; "nach Angaben des Verteidigungsministeriums" -> "das
  Verteidigungsministerium"; "teilte das Heer mit", "teilte der Bundesrat am Montag mit",
  "teilte die Polizei mit". Left unchecked: all negatives, "wie ... mitteilte", "hieß es",
  "heißt es in dem Bericht", bodies' "said", "according to", roles and plural groups.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_204 = [
    # --- Neues Militärpaket für die Ukraine (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Bundesregierung hat der Ukraine ein weiteres Militärpaket im Wert von 2,3 Milliarden Euro zugesagt.",
        True,
        [("money", 2300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Das Paket umfasse unter anderem vier Flugabwehrsysteme, 120 Lenkflugkörper und rund 300 Aufklärungsdrohnen, sagte Verteidigungsminister Holger Brümmer.",
        True,
        [("count", 4, None, None), ("count", 120, None, None), ("count", 300, None, "about")],
        "Holger Brümmer",
    ),
    ("de", "„Der Kreml darf mit seiner Strategie der Zermürbung nicht durchkommen“, sagte Brümmer.", False, [], None),
    (
        "de",
        "Seit Februar 2022 hat Deutschland der Ukraine nach Angaben des Verteidigungsministeriums militärische Hilfe im Umfang von rund 40 Milliarden Euro geleistet oder fest zugesagt.",
        True,
        [("year", 2022, None, None), ("money", 40000000000, "EUR", "about")],
        "das Verteidigungsministerium",
    ),
    (
        "de",
        "Außenminister Volker Dransfeld warnte Moskau davor, die Geduld und die Geschlossenheit des Westens zu unterschätzen.",
        False,
        [],
        None,
    ),
    ("de", "„Wir lassen die Ukrainer nicht allein, komme, was da wolle“, sagte Dransfeld.", False, [], None),
    (
        "de",
        "Dransfeld sagte, Deutschland werde im kommenden Jahr zusätzlich 500 Millionen Euro für die Reparatur des ukrainischen Stromnetzes bereitstellen.",
        True,
        [("money", 500000000, "EUR", None)],
        "Dransfeld",
    ),
    ("de", "Ob das Paket auch weitreichende Marschflugkörper enthält, ließ Brümmer offen.", False, [], None),
    ("de", "Die Opposition nannte die Zusage „zu wenig und viel zu spät“.", False, [], None),
    # --- Russian overnight attack (Reuters) ---
    (
        "en",
        "KYIV, Oct 12 (Reuters) - Russia launched 412 drones and 27 missiles at Ukraine overnight, mainly targeting energy facilities in the west of the country, Ukraine's air force said on Monday.",
        True,
        [("date", "--10-12", None, None), ("count", 412, None, None), ("count", 27, None, None)],
        None,
    ),
    (
        "en",
        "Of those, 371 drones and 19 missiles were shot down or jammed, the air force added.",
        True,
        [("count", 371, None, None), ("count", 19, None, None)],
        None,
    ),
    (
        "en",
        "At least four people were killed and 23 injured in the Lviv region, Lviv Governor Maksym Kovalenko said.",
        True,
        [("count", 4, None, "at_least"), ("count", 23, None, None)],
        "Maksym Kovalenko",
    ),
    (
        "en",
        '"Moscow is waging war on warmth itself and on every family that needs it," Foreign Minister Andriy Sirko said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Sirko said Ukraine needed at least 10 more Patriot systems to protect its cities through the winter.",
        True,
        [("count", 10, None, "at_least")],
        "Sirko",
    ),
    (
        "en",
        'Sirko urged allies to "stop counting the cost of helping us and start counting the cost of not helping."',
        False,
        [],
        None,
    ),
    (
        "en",
        'Moscow\'s defence ministry reported that its troops had carried out a "massive strike" on facilities supplying the Ukrainian army and that 64 Ukrainian drones had been downed over Russian regions.',
        True,
        [("count", 64, None, None)],
        None,
    ),
    (
        "en",
        'A Kremlin spokesman said Western weapons deliveries would only "prolong the agony" of the government in Kyiv.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Analysts at the Institute for the Study of War said they believed Moscow was trying to break Ukraine's will before any talks begin.",
        False,
        [],
        None,
    ),
    # --- Brigade in Litauen (dpa) ---
    (
        "de",
        "Vilnius (dpa) - Die Bundeswehr hat in Litauen das zweite Kampfbataillon ihrer neuen Panzerbrigade in Dienst gestellt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Bis Ende 2027 sollen in der Brigade rund 5.000 Soldatinnen und Soldaten sowie etwa 150 zivile Beschäftigte dienen, teilte das Heer mit.",
        True,
        [("year", 2027, None, None), ("count", 5000, None, "about"), ("count", 150, None, "about")],
        "das Heer",
    ),
    (
        "de",
        "Derzeit sind nach Angaben der Bundeswehr knapp 1.900 deutsche Soldaten in dem baltischen Land stationiert.",
        True,
        [("count", 1900, None, "nearly")],
        "die Bundeswehr",
    ),
    (
        "de",
        "„Diese Brigade ist ein Versprechen an unsere Verbündeten, und wir halten Wort“, sagte Generalleutnant Ralf Kämmerer bei dem Appell.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die litauische Regierung hofft, dass die Brigade schon vor 2027 voll einsatzbereit ist.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Litauen gibt in diesem Jahr 3,9 Prozent seiner Wirtschaftsleistung für Verteidigung aus, wie das Verteidigungsministerium in Vilnius mitteilte.",
        True,
        [("percent", 3.9, "%", None)],
        None,
    ),
    (
        "de",
        "Ein Militärexperte der Universität der Bundeswehr in München hält die Brigade für „ein starkes Signal, aber militärisch noch eine Baustelle“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Kosten für Kasernen, Wohnungen und Übungsplätze beziffert das Verteidigungsministerium auf rund 1,2 Milliarden Euro.",
        True,
        [("money", 1200000000, "EUR", "about")],
        None,
    ),
    # --- Taiwan arms sale (Reuters) ---
    (
        "en",
        "WASHINGTON, Oct 12 (Reuters) - Washington has cleared a possible sale of 66 air-defence missiles and related equipment to Taiwan in a deal valued at $1.1 billion, the Pentagon said on Monday.",
        True,
        [("date", "--10-12", None, None), ("count", 66, None, None), ("money", 1100000000, "USD", None)],
        None,
    ),
    (
        "en",
        "The package also includes three radar systems and training for about 120 Taiwanese personnel, the Defense Security Cooperation Agency said in a statement.",
        True,
        [("count", 3, None, None), ("count", 120, None, "about")],
        None,
    ),
    (
        "en",
        'China\'s foreign ministry condemned the sale as "a dangerous provocation" and a gross interference in its internal affairs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Beijing said it would impose sanctions on four U.S. defence companies involved in the deal.",
        True,
        [("count", 4, None, None)],
        None,
    ),
    (
        "en",
        'A Chinese foreign ministry spokeswoman warned that Washington would "pay a price" for playing with fire over the island.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Taiwan's defence ministry said it had tracked 34 Chinese military aircraft and nine navy vessels around the island in the previous 24 hours.",
        True,
        [("count", 34, None, None), ("count", 9, None, None), ("duration", 24, "hour", None)],
        None,
    ),
    (
        "en",
        'Bonnie Lattner, a security analyst at a Washington think tank, said she thought Beijing\'s response would stay "mostly rhetorical for now."',
        False,
        [],
        None,
    ),
    (
        "en",
        "U.S. arms sales to Taiwan approved since 2017 total more than $21 billion, according to a Reuters tally.",
        True,
        [("year", 2017, None, None), ("money", 21000000000, "USD", "over")],
        None,
    ),
    # --- Sky Shield (APA) ---
    (
        "de",
        "Wien (APA) - Österreich wird für den Aufbau seiner Luftabwehr im Rahmen der Initiative Sky Shield bis 2032 rund 4,1 Milliarden Euro ausgeben.",
        True,
        [("year", 2032, None, None), ("money", 4100000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Verteidigungsministerin Gerlinde Aichhorn sagte, das Bundesheer werde dafür unter anderem sechs Systeme mittlerer Reichweite beschaffen.",
        True,
        [("count", 6, None, None)],
        "Gerlinde Aichhorn",
    ),
    ("de", "„Die Neutralität schützt uns nicht vor Drohnen und Raketen“, sagte Aichhorn.", False, [], None),
    ("de", "Die FPÖ wertete den Schritt als „Anschlag auf die immerwährende Neutralität“.", False, [], None),
    (
        "de",
        "Laut einer aktuellen Market-Umfrage für die Zeitung „Standard“ befürworten 54 Prozent der Befragten die Teilnahme an Sky Shield, 38 Prozent lehnen sie ab.",
        True,
        [("percent", 54, "%", None), ("percent", 38, "%", None)],
        None,
    ),
    (
        "de",
        "„Ich glaube, dass wir in zehn Jahren froh über diese Entscheidung sein werden“, sagte Aichhorn.",
        False,
        [("duration", 10, "year", None)],
        None,
    ),
    (
        "de",
        "Das Verteidigungsbudget steigt heuer auf 4,7 Milliarden Euro und erreicht damit rund 1 Prozent des Bruttoinlandsprodukts.",
        True,
        [("money", 4700000000, "EUR", None), ("percent", 1, "%", "about")],
        None,
    ),
    (
        "de",
        "Ob sich Österreich an gemeinsamen Beschaffungen mit Deutschland beteiligt, ließ Aichhorn offen.",
        False,
        [],
        None,
    ),
    # --- UK missiles for Ukraine (Reuters) ---
    (
        "en",
        "LONDON, Oct 12 (Reuters) - Britain will send a further 350 air-defence missiles to Ukraine under a 1.6 billion pound deal, Defence Secretary Alan Pembury said on Monday.",
        True,
        [("date", "--10-12", None, None), ("count", 350, None, None), ("money", 1600000000, "GBP", None)],
        "Alan Pembury",
    ),
    ("en", '"Putin should be in no doubt that Britain\'s resolve is unbreakable," Pembury said.', False, [], None),
    (
        "en",
        "Pembury said 1,200 Ukrainian recruits a month were now being trained in Britain, up from about 800 at the start of the year.",
        True,
        [("count", 1200, None, None), ("count", 800, None, "about")],
        "Pembury",
    ),
    (
        "en",
        '"I\'m confident we will hit 3% of GDP on defence well before the end of the decade," Pembury said.',
        False,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "London has promised to lift military budgets to 2.6% of GDP by 2027 from 2.3% now.",
        True,
        [("percent", 2.6, "%", None), ("year", 2027, None, None), ("percent", 2.3, "%", None)],
        None,
    ),
    (
        "en",
        'Opposition defence spokesperson Katherine Lowry called the deal "welcome but painfully overdue."',
        False,
        [],
        None,
    ),
    ("en", "It remains unclear whether the missiles will reach Ukraine before the first frosts.", False, [], None),
    (
        "en",
        "The missiles will be assembled at a plant in Belfast that employs about 600 people.",
        True,
        [("count", 600, None, "about")],
        None,
    ),
    # --- Kriegsmaterialexporte (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Bundesrat will die Regeln für die Wiederausfuhr von Schweizer Kriegsmaterial lockern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Künftig sollen 25 Staaten mit vergleichbaren Exportkontrollen Waffen aus Schweizer Produktion nach fünf Jahren an Drittstaaten weitergeben dürfen, teilte der Bundesrat am Montag mit.",
        True,
        [("count", 25, None, None), ("duration", 5, "year", None)],
        "der Bundesrat",
    ),
    (
        "de",
        "Die Exporte von Kriegsmaterial waren im vergangenen Jahr gemäss dem Staatssekretariat für Wirtschaft um 27 Prozent auf 511 Millionen Franken gesunken.",
        True,
        [("percent", 27, "%", None), ("money", 511000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die Neutralität ist kein Geschäftsmodell für die Rüstungsindustrie», sagte die grüne Nationalrätin Corinne Vuilleumier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wirtschaftsminister Reto Kälin sagte, ohne Lockerung seien in der Branche bis zu 2.000 Arbeitsplätze gefährdet.",
        True,
        [("count", 2000, None, "up_to")],
        "Reto Kälin",
    ),
    ("de", "«Unsere Industrie ist ein Pfeiler der Sicherheit dieses Landes», sagte Kälin.", False, [], None),
    ("de", "Ob das Parlament der Vorlage folgt, gilt unter Beobachtern als offen.", False, [], None),
    (
        "de",
        "Die SP kündigte bereits das Referendum an, für das sie innert 100 Tagen 50.000 Unterschriften sammeln muss.",
        True,
        [("duration", 100, "day", None), ("count", 50000, None, None)],
        None,
    ),
    # --- UN Security Council vote (Reuters) ---
    (
        "en",
        "UNITED NATIONS, Oct 12 (Reuters) - The U.N. Security Council on Monday extended its peacekeeping mission in southern Lebanon for a final 14 months, by 13 votes with two countries abstaining.",
        True,
        [
            ("date", "--10-12", None, None),
            ("duration", 14, "month", None),
            ("count", 13, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "en",
        "The mission, known as UNIFIL, has about 9,400 troops from 46 countries, according to U.N. figures.",
        True,
        [("count", 9400, None, "about"), ("count", 46, None, None)],
        None,
    ),
    (
        "en",
        '"Today the Council has chosen stability over chaos," France\'s U.N. ambassador Hélène Durocher told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Durocher told reporters the drawdown would begin next September and be completed within a year.",
        True,
        [],
        "Durocher",
    ),
    (
        "en",
        'Israel\'s U.N. envoy said the force had "failed in its mandate for almost 50 years."',
        False,
        [("duration", 50, "year", "nearly")],
        None,
    ),
    (
        "en",
        "Lebanon's government has said it plans to deploy 6,000 additional soldiers south of the Litani River to fill the gap.",
        True,
        [("count", 6000, None, None)],
        None,
    ),
    (
        "en",
        "Some diplomats privately doubt that Beirut can pay for the extra troops without foreign help.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Lebanon has asked donors for $1 billion over five years to fund the deployment, according to a government document seen by Reuters.",
        True,
        [("money", 1000000000, "USD", None), ("duration", 5, "year", None)],
        None,
    ),
    # --- EU-Außenminister (Reuters) ---
    (
        "de",
        "Luxemburg (Reuters) - Die EU-Außenminister haben sich am Dienstag auf das 20. Sanktionspaket gegen Russland geeinigt.",
        True,
        [("ordinal", 20, None, None)],
        None,
    ),
    (
        "de",
        "Das Paket nimmt 118 weitere Schiffe der sogenannten Schattenflotte ins Visier, womit insgesamt 675 Tanker betroffen sind, wie aus dem Beschlusstext hervorgeht.",
        True,
        [("count", 118, None, None), ("count", 675, None, None)],
        None,
    ),
    (
        "de",
        "„Mit jedem Paket wird die Kriegskasse des Kremls ein Stück leerer“, sagte die EU-Außenbeauftragte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Einnahmen Russlands aus dem Ölexport sanken im September nach Berechnungen der Internationalen Energieagentur auf 13,4 Milliarden Dollar.",
        True,
        [("money", 13400000000, "USD", None)],
        None,
    ),
    ("de", "Ungarns Außenminister nannte die Sanktionen „einen Schuss ins eigene Knie“.", False, [], None),
    (
        "de",
        "Die slowakische Regierung hatte ihre Zustimmung zuvor drei Wochen lang blockiert.",
        True,
        [("duration", 3, "week", None)],
        None,
    ),
    ("de", "Diplomaten bezweifeln, dass die Einigung auf das nächste Paket ähnlich schnell gelingt.", False, [], None),
    (
        "de",
        "Der litauische Außenminister Dainius Petrauskas sagte, die EU müsse als nächsten Schritt die rund 185 Milliarden Euro an eingefrorenem russischem Zentralbankvermögen nutzen.",
        True,
        [("money", 185000000000, "EUR", "about")],
        "Dainius Petrauskas",
    ),
    (
        "de",
        "„Europa muss endlich aufhören, sich vor seiner eigenen Stärke zu fürchten“, sagte Petrauskas.",
        False,
        [],
        None,
    ),
    # --- Red Sea shipping (Reuters) ---
    (
        "en",
        "DUBAI, Oct 13 (Reuters) - Yemen's Houthi movement claimed responsibility on Tuesday for a missile attack on a Liberian-flagged bulk carrier in the Red Sea, the second such attack this month.",
        True,
        [("date", "--10-13", None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "The vessel was hit southwest of the port of Hodeidah, and all 21 crew members were evacuated, the British military's maritime agency said.",
        True,
        [("count", 21, None, None)],
        None,
    ),
    (
        "en",
        'A Houthi military spokesman threatened further attacks on any ship linked to Israel "wherever it sails."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Traffic through the Suez Canal is still about 55% below its 2023 level, according to data from the IMF's PortWatch platform.",
        True,
        [("percent", 55, "%", "about"), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"The Red Sea has become a no-go zone and nobody is coming to fix it," said Henrik Aasgaard, head of security at a Norwegian shipowners\' group.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Aasgaard said insurers were now charging war-risk premiums of up to 0.7% of a ship's value for a single transit.",
        True,
        [("percent", 0.7, "%", "up_to")],
        "Aasgaard",
    ),
    (
        "en",
        "The U.S. and British navies have not said whether they will resume escort operations in the area.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Egypt's Suez Canal Authority said revenue fell to $4.1 billion in the last fiscal year from $9.6 billion two years earlier.",
        True,
        [("money", 4100000000, "USD", None), ("money", 9600000000, "USD", None)],
        None,
    ),
    # --- Gaza-Hilfe (Reuters) ---
    (
        "de",
        "Genf (Reuters) - In den Gazastreifen sind in der vergangenen Woche nach UN-Angaben durchschnittlich 142 Lastwagen mit Hilfsgütern pro Tag gelangt.",
        True,
        [("count", 142, None, None)],
        None,
    ),
    (
        "de",
        "Notwendig seien mindestens 500 Lastwagen täglich, sagte ein Sprecher des UN-Nothilfebüros OCHA in Genf.",
        True,
        [("count", 500, None, "at_least")],
        None,
    ),
    (
        "de",
        "„Was wir sehen, ist eine Schande für die gesamte Menschheit“, sagte die Leiterin einer Hilfsorganisation.",
        False,
        [],
        None,
    ),
    ("de", "Israel bestreitet, die Lieferung von Hilfsgütern zu behindern.", True, [], None),
    (
        "de",
        "Die israelische Behörde Cogat erklärte, seit Beginn der Waffenruhe seien mehr als 16.000 Lastwagen in das Gebiet gefahren.",
        True,
        [("count", 16000, None, "over")],
        None,
    ),
    (
        "de",
        "Die Bundesregierung rief alle Seiten auf, die humanitäre Hilfe nicht zum Spielball der Politik zu machen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Das Auswärtige Amt stockte seine humanitäre Hilfe für die Palästinensergebiete um 30 Millionen Euro auf.",
        True,
        [("money", 30000000, "EUR", None)],
        None,
    ),
    ("de", "Ob die Waffenruhe den Winter übersteht, wagt in Genf kaum ein Diplomat vorherzusagen.", False, [], None),
    # --- North Korea missile launch (Reuters) ---
    (
        "en",
        "SEOUL, Oct 13 (Reuters) - Pyongyang launched two short-range missiles towards waters east of the Korean peninsula on Tuesday, Seoul's military said.",
        True,
        [("date", "--10-13", None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "The missiles landed outside Japan's exclusive economic zone after a flight of about 12 minutes, Japan's defence ministry said.",
        True,
        [("duration", 12, "minute", "about")],
        None,
    ),
    (
        "en",
        "It was the seventh launch this year, according to a Reuters count.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "en",
        'South Korea\'s foreign ministry condemned the launch as "a blatant violation" of U.N. resolutions.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Seoul summoned North Korea's nearest diplomatic representative in Beijing through a formal note, the ministry said, a step it last took in 2019.",
        True,
        [("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        '"Pyongyang is clearly testing how far it can go while the world looks elsewhere," said Yoon Ji-ho, a professor at a Seoul university.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Yoon said North Korea had shipped about 12,000 containers of munitions to Russia since August 2023.",
        True,
        [("count", 12000, None, "about"), ("year", 2023, None, None)],
        "Yoon",
    ),
    (
        "en",
        "Whether Pyongyang is preparing a seventh nuclear test remains an open question among analysts.",
        False,
        [("ordinal", 7, None, None)],
        None,
    ),
    # --- IAEA-Bericht zum Iran (APA) ---
    (
        "de",
        "Wien (APA) - Der Iran hat seinen Vorrat an hoch angereichertem Uran nach einem vertraulichen Bericht der Internationalen Atomenergiebehörde weiter ausgebaut.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Demnach besitzt Teheran fast ein Fünftel mehr Uran mit einem Reinheitsgrad von bis zu 60 Prozent als zum Zeitpunkt des letzten Berichts im August.",
        True,
        [("fraction", 0.2, None, "nearly"), ("percent", 60, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Für Atomwaffen ist eine Anreicherung auf etwa 90 Prozent nötig.",
        True,
        [("percent", 90, "%", "about")],
        None,
    ),
    (
        "de",
        "Die Inspektoren hätten seit Juni nur zwei von elf gemeldeten Anlagen besuchen dürfen, heißt es in dem Bericht.",
        True,
        [("count", 2, None, None), ("count", 11, None, None)],
        None,
    ),
    ("de", "Irans Außenminister sprach von einem „politisch motivierten Machwerk“.", False, [], None),
    (
        "de",
        "Ein westlicher Diplomat in Wien sagte, er halte eine Einigung vor Jahresende „für so gut wie ausgeschlossen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Österreichs Außenministerin Marlene Haidacher rief Teheran auf, „zur Vernunft zurückzukehren“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Haidacher sagte, Österreich stelle der Behörde für ihre Inspektionen im kommenden Jahr zusätzlich 2 Millionen Euro zur Verfügung.",
        True,
        [("money", 2000000, "EUR", None)],
        "Haidacher",
    ),
    ("de", "Wie Israel auf den Bericht reagieren wird, ist unter Beobachtern umstritten.", False, [], None),
    # --- Japan defence budget (Reuters) ---
    (
        "en",
        "TOKYO, Oct 13 (Reuters) - Japan's defence ministry will request a record 8.9 trillion yen for the next fiscal year, up 8% from this year's budget, a ministry official said on Tuesday.",
        True,
        [("date", "--10-13", None, None), ("money", 8900000000000, "JPY", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "en",
        "The request includes 940 billion yen for long-range missiles and about 300 billion yen for drones, the official said.",
        True,
        [("money", 940000000000, "JPY", None), ("money", 300000000000, "JPY", "about")],
        None,
    ),
    (
        "en",
        '"Japan faces its most severe security environment since the end of the war," Defence Minister Kenji Moriuchi told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Moriuchi told reporters the Self-Defense Forces would add 2,000 personnel to a new cyber unit by March 2028.",
        True,
        [("count", 2000, None, None), ("year", 2028, None, None)],
        "Moriuchi",
    ),
    (
        "en",
        "Japan plans to spend 42 trillion yen on defence in the five years to March 2028, in line with a 2022 strategy.",
        True,
        [
            ("money", 42000000000000, "JPY", None),
            ("duration", 5, "year", None),
            ("year", 2028, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Frankly, I think 2% of GDP will not be enough within a few years," said a senior lawmaker of the ruling party.',
        False,
        [("percent", 2, "%", None)],
        None,
    ),
    (
        "en",
        'China\'s embassy in Tokyo said the budget showed Japan was "returning to the path of militarism."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Self-Defense Forces missed their recruitment target for the 11th straight year in the year to March, recruiting 9,900 people against a goal of 15,000.",
        True,
        [("ordinal", 11, None, None), ("count", 9900, None, None), ("count", 15000, None, None)],
        None,
    ),
    ("en", "Ministry officials hope higher pay will reverse the trend.", False, [], None),
    # --- NATO-Verteidigungsminister (dpa) ---
    (
        "de",
        "Brüssel (dpa) - Die Verteidigungsminister der Nato haben sich auf neue Fähigkeitsziele für die 32 Mitgliedstaaten verständigt.",
        True,
        [("count", 32, None, None)],
        None,
    ),
    (
        "de",
        "Danach sollen die Bündnispartner bis 2030 rund 30 zusätzliche Kampfbrigaden aufstellen, wie aus Bündniskreisen verlautete.",
        True,
        [("year", 2030, None, None), ("count", 30, None, "about")],
        None,
    ),
    (
        "de",
        "„Die Nato ist das erfolgreichste Verteidigungsbündnis der Geschichte“, sagte der Generalsekretär zum Auftakt des zweitägigen Treffens.",
        False,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Nach Nato-Schätzungen erreichen in diesem Jahr 31 der 32 Mitglieder die Vorgabe, wenigstens 2 Prozent des BIP in ihre Streitkräfte zu stecken.",
        True,
        [("count", 31, None, None), ("count", 32, None, None), ("percent", 2, "%", "at_least")],
        None,
    ),
    (
        "de",
        "Brümmer sagte, Deutschland werde in diesem Jahr rund 2,4 Prozent des BIP für Verteidigung aufwenden.",
        True,
        [("percent", 2.4, "%", "about")],
        "Brümmer",
    ),
    (
        "de",
        "„Ich bin felsenfest überzeugt, dass Russland bis 2029 in der Lage ist, ein Nato-Land anzugreifen“, sagte Brümmer.",
        False,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Der Bundesnachrichtendienst hatte im Sommer berichtet, Russland produziere jährlich etwa 1.500 Kampfpanzer.",
        True,
        [("count", 1500, None, "about")],
        None,
    ),
    ("de", "Spanien warnte davor, das Bündnis in einen „Wettlauf der Prozentzahlen“ zu treiben.", False, [], None),
    ("de", "Ob Washington seine Truppen in Europa reduziert, blieb auch nach dem Treffen offen.", False, [], None),
    # --- South China Sea (Reuters) ---
    (
        "en",
        "MANILA, Oct 14 (Reuters) - A Chinese coast guard ship fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Wednesday, injuring three sailors, the Philippine coast guard said.",
        True,
        [("date", "--10-14", None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "It was the fourth such incident since July, coast guard spokesman Ramon Villareal said.",
        True,
        [("ordinal", 4, None, None)],
        "Ramon Villareal",
    ),
    ("en", '"China\'s bullying will not deter us from defending what is ours," Villareal said.', False, [], None),
    (
        "en",
        'China\'s coast guard said it had taken "necessary control measures" against vessels that "illegally intruded" into Chinese waters.',
        True,
        [],
        None,
    ),
    (
        "en",
        "Manila's foreign ministry summoned China's ambassador and filed its 62nd diplomatic protest of the year.",
        True,
        [("ordinal", 62, None, None)],
        None,
    ),
    ("en", 'The U.S. State Department called the incident "dangerous and destabilising."', False, [], None),
    (
        "en",
        "Under a 1951 treaty, the United States is obliged to defend the Philippines if its armed forces come under armed attack in the South China Sea.",
        True,
        [("year", 1951, None, None)],
        None,
    ),
    (
        "en",
        "Some analysts in Manila fear a collision could happen within weeks if the confrontations continue.",
        False,
        [],
        None,
    ),
    # --- Wehrdienst im Bundestag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat in erster Lesung über das neue Wehrdienstgesetz beraten.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Der Entwurf sieht vor, dass alle 18-jährigen Männer ab dem kommenden Jahr einen Fragebogen zu ihrer Eignung ausfüllen müssen.",
        True,
        [("duration", 18, "year", None)],
        None,
    ),
    (
        "de",
        "Brümmer sagte, die Bundeswehr wolle im ersten Jahr 15.000 Freiwillige gewinnen und die Zahl danach jährlich um 5.000 steigern.",
        True,
        [("ordinal", 1, None, None), ("count", 15000, None, None), ("count", 5000, None, None)],
        "Brümmer",
    ),
    ("de", "„Wer in Freiheit leben will, muss bereit sein, sie zu verteidigen“, sagte Brümmer.", False, [], None),
    (
        "de",
        "Die Truppe zählt nach Angaben des Ministeriums derzeit rund 181.500 aktive Soldatinnen und Soldaten.",
        True,
        [("count", 181500, None, "about")],
        "das Ministerium",
    ),
    ("de", "Die Linke warf der Koalition vor, „die Jugend für eine Aufrüstungspolitik zu verheizen“.", False, [], None),
    (
        "de",
        "Ein Unionsabgeordneter nannte die Freiwilligkeit „eine Illusion, die spätestens im Ernstfall platzt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach einer Forsa-Umfrage befürworten 58 Prozent der Deutschen eine Rückkehr zur Wehrpflicht, unter den Jüngeren sind es nur 37 Prozent.",
        True,
        [("percent", 58, "%", None), ("percent", 37, "%", None)],
        None,
    ),
    ("de", "Ob die Kasernen für so viele Rekruten überhaupt ausreichen, konnte Brümmer nicht sagen.", False, [], None),
    # --- France and the Sahel (AFP) ---
    (
        "en",
        "PARIS, Oct 14 (AFP) - France will hand over its last military base in Chad by the end of January, completing a withdrawal of about 1,000 troops, the armed forces ministry said on Wednesday.",
        True,
        [("date", "--10-14", None, None), ("count", 1000, None, "about")],
        None,
    ),
    (
        "en",
        "France had about 5,400 soldiers across the Sahel at the peak of its Barkhane operation in 2020.",
        True,
        [("count", 5400, None, "about"), ("year", 2020, None, None)],
        None,
    ),
    (
        "en",
        '"France is not leaving Africa, it is changing the way it stands beside its partners," Armed Forces Minister Mathilde Garnier said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Garnier said France would keep around 300 troops in Djibouti and about 350 in Gabon and Senegal combined.",
        True,
        [("count", 300, None, "about"), ("count", 350, None, "about")],
        "Garnier",
    ),
    ("en", 'Chad\'s foreign minister called the departure "the end of a humiliating era."', False, [], None),
    (
        "en",
        "Attacks by jihadist groups in the central Sahel killed 3,900 people in the year's first six months, according to the conflict monitor ACLED.",
        True,
        [("count", 3900, None, None), ("ordinal", 1, None, None), ("duration", 6, "month", None)],
        None,
    ),
    (
        "en",
        '"The real winners of this withdrawal are sitting in Moscow," said Olivier Renaudin, a Sahel researcher at a Paris institute.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether Russian instructors will move into the base has not been decided, a Chadian official said.",
        False,
        [],
        None,
    ),
    # --- Chinesisches Manöver um Taiwan (Reuters) ---
    (
        "de",
        "Peking (Reuters) - Chinas Armee hat ein großes Manöver um Taiwan gestartet und laut Taipeh 71 Flugzeuge und 14 Kriegsschiffe entsandt.",
        True,
        [("count", 71, None, None), ("count", 14, None, None)],
        None,
    ),
    (
        "de",
        "Das Ostkommando der Volksbefreiungsarmee sprach von einer „ernsten Warnung an die separatistischen Kräfte“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Übung mit dem Namen „Klinge“ soll nach chinesischen Angaben zwei Tage dauern.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Es ist das dritte Großmanöver dieser Art seit Mai vergangenen Jahres.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Das Auswärtige Amt in Berlin zeigte sich „zutiefst besorgt“ und rief alle Seiten zur Zurückhaltung auf.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Taiwans Präsidialamt verurteilte die Übung als „Provokation, die die Menschen in Taiwan nicht einschüchtern wird“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Taipeh erklärte, es habe die eigenen Truppen in erhöhte Alarmbereitschaft versetzt und eigene Schiffe in die Meerenge geschickt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Rund 85 Prozent der weltweit modernsten Halbleiter werden nach Branchenschätzungen in Taiwan gefertigt.",
        True,
        [("percent", 85, "%", "about")],
        None,
    ),
    (
        "de",
        "Viele Analysten fürchten, dass ein Zwischenfall in der Meerenge binnen Stunden eskalieren könnte.",
        False,
        [],
        None,
    ),
    # --- India-Pakistan border (Reuters) ---
    (
        "en",
        "NEW DELHI, Oct 14 (Reuters) - Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir for a second night, killing two Indian soldiers, the Indian army said on Wednesday.",
        True,
        [("date", "--10-14", None, None), ("ordinal", 2, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Pakistan's military said five civilians had been wounded on its side of the de facto border.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    (
        "en",
        'India\'s foreign ministry accused Pakistan of "shielding terrorists" and warned of a "firm and decisive" response.',
        False,
        [],
        None,
    ),
    ("en", 'Pakistan\'s foreign office rejected the accusation as "baseless."', True, [], None),
    (
        "en",
        "The two countries agreed a ceasefire along the line in February 2021.",
        True,
        [("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        '"Nobody in either capital wants a war, but nobody wants to look weak either," said Meera Raghunathan, a security analyst in New Delhi.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Raghunathan said India had moved at least two additional brigades to the region since August.",
        True,
        [("count", 2, None, "at_least")],
        "Raghunathan",
    ),
    ("en", "The United Nations urged both sides to exercise maximum restraint.", False, [], None),
    # --- Sudan-Konferenz (dpa) ---
    (
        "de",
        "Berlin (dpa) - Bei einer internationalen Geberkonferenz für den Sudan sind Hilfszusagen von insgesamt 1,4 Milliarden Euro zusammengekommen.",
        True,
        [("money", 1400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Deutschland sagte 125 Millionen Euro zu, wie Entwicklungsministerin Karin Osterholt mitteilte.",
        True,
        [("money", 125000000, "EUR", None)],
        None,
    ),
    ("de", "„Der Sudan ist die vergessene Katastrophe unserer Zeit“, sagte Osterholt.", False, [], None),
    (
        "de",
        "Nach UN-Angaben sind mehr als 12 Millionen Menschen innerhalb des Landes und in die Nachbarstaaten geflohen.",
        True,
        [("count", 12000000, None, "over")],
        None,
    ),
    (
        "de",
        "Knapp die Hälfte der rund 50 Millionen Einwohner ist demnach auf Nahrungsmittelhilfe angewiesen.",
        True,
        [("fraction", 0.5, None, "nearly"), ("count", 50000000, None, "about")],
        None,
    ),
    (
        "de",
        "Die UN hatten für dieses Jahr 4,2 Milliarden Dollar angefordert, bisher ist weniger als ein Viertel davon finanziert.",
        True,
        [("money", 4200000000, "USD", None), ("fraction", 0.25, None, "under")],
        None,
    ),
    ("de", "Osterholt appellierte an die Kriegsparteien, „endlich die Waffen schweigen zu lassen“.", False, [], None),
    ("de", "„Ich hoffe, dass diese Konferenz ein Wendepunkt wird“, sagte der sudanesische Vertreter.", False, [], None),
    ("de", "Ob die Zusagen auch tatsächlich ausgezahlt werden, bezweifeln viele Hilfsorganisationen.", False, [], None),
    # --- AUKUS submarines (Reuters) ---
    (
        "en",
        "CANBERRA, Oct 15 (Reuters) - Australia will pay a further A$1.8 billion to expand a British shipyard under the AUKUS submarine pact, Defence Minister Rhys Calloway said on Thursday.",
        True,
        [("date", "--10-15", None, None), ("money", 1800000000, "AUD", None)],
        "Rhys Calloway",
    ),
    (
        "en",
        "Calloway said the first of at least three U.S.-built Virginia-class submarines would be delivered in 2032.",
        True,
        [("ordinal", 1, None, None), ("count", 3, None, "at_least"), ("year", 2032, None, None)],
        "Calloway",
    ),
    ("en", '"AUKUS is the most important investment in our security in a generation," Calloway said.', False, [], None),
    (
        "en",
        "The government has estimated the program will cost up to A$352 billion in total.",
        True,
        [("money", 352000000000, "AUD", "up_to")],
        None,
    ),
    ("en", 'A former navy chief called the plan "a leap of faith with a very large price tag."', False, [], None),
    (
        "en",
        'The Greens accused the government of "handing our sovereignty to Washington" without saying which decisions they meant.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Personally, I'd be surprised if the first boat arrives before 2035, a defence analyst at a Sydney university said.",
        False,
        [("ordinal", 1, None, None), ("year", 2035, None, None)],
        None,
    ),
    (
        "en",
        "A U.S. congressional report in March found that American shipyards had delivered only 11 Virginia-class boats since 2015.",
        True,
        [("count", 11, None, None), ("year", 2015, None, None)],
        None,
    ),
    # --- Cyberangriffe (dpa) ---
    (
        "de",
        "Bonn (dpa) - Die Cyberabwehr des BSI hat im vergangenen Jahr durchschnittlich 294.000 neue Varianten von Schadprogrammen pro Tag registriert.",
        True,
        [("count", 294000, None, None)],
        None,
    ),
    (
        "de",
        "Das sind rund 24 Prozent mehr als im Vorjahr, wie aus dem Lagebericht der Behörde hervorgeht.",
        True,
        [("percent", 24, "%", "about")],
        None,
    ),
    (
        "de",
        "Hinter einem Großteil der Angriffe auf Behörden stehen nach Einschätzung der Sicherheitsbehörden staatlich gesteuerte Gruppen aus Russland und China.",
        True,
        [],
        None,
    ),
    (
        "de",
        "„Die Bedrohungslage im Cyberraum ist so angespannt wie nie“, sagte BSI-Präsidentin Dorothea Wessling.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wessling sagte, das Amt wolle bis 2027 rund 350 zusätzliche Fachleute einstellen.",
        True,
        [("year", 2027, None, None), ("count", 350, None, "about")],
        "Wessling",
    ),
    (
        "de",
        "Der Innenminister rief Unternehmen auf, ihre Systeme „nicht erst nach dem Angriff ernst zu nehmen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Jedes dritte mittelständische Unternehmen hat nach einer Umfrage des Branchenverbands Bitkom im vergangenen Jahr einen Cyberangriff erlebt.",
        True,
        [("fraction", 0.3333, None, None)],
        None,
    ),
    (
        "de",
        "Ein Sprecher der russischen Botschaft wies die Vorwürfe als „antirussische Hysterie“ zurück.",
        True,
        [],
        None,
    ),
    # --- Arms spending report (Reuters) ---
    (
        "en",
        "STOCKHOLM, Oct 15 (Reuters) - Global military spending rose 7.8% last year to a record $2.61 trillion, a Stockholm research institute said on Thursday.",
        True,
        [("date", "--10-15", None, None), ("percent", 7.8, "%", None), ("money", 2610000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "It was the 11th consecutive annual increase and the sharpest jump since the Berlin Wall fell, the institute said.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    (
        "en",
        "Europe's spending grew 14% to $652 billion, driven by Germany, Poland and the Nordic countries.",
        True,
        [("percent", 14, "%", None), ("money", 652000000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Russia spent 6.6% of its gross domestic product on its military, against 31% for Ukraine.",
        True,
        [("percent", 6.6, "%", None), ("percent", 31, "%", None)],
        None,
    ),
    (
        "en",
        '"We are living in the most dangerous decade since 1945," the institute\'s director, Annika Sjöberg, said.',
        False,
        [("year", 1945, None, None)],
        None,
    ),
    ("en", 'Sjöberg said she believed the figures would keep rising "for years to come."', False, [], None),
    (
        "en",
        "The United States remained the biggest spender at $964 billion, or 36% of the global total.",
        True,
        [("money", 964000000000, "USD", None), ("percent", 36, "%", None)],
        None,
    ),
    ("en", "Critics argue the money would be better spent on climate and development.", False, [], None),
    ("en", 'Arms control advocates called the figures "a dismal verdict on our collective failure."', False, [], None),
    # --- Moldau (Reuters) ---
    (
        "de",
        "Chisinau (Reuters) - Die Republik Moldau hat nach Angaben ihrer Regierung einen von Russland gesteuerten Umsturzversuch vereitelt und 74 Verdächtige festgenommen.",
        True,
        [("count", 74, None, None)],
        None,
    ),
    (
        "de",
        "Die Verdächtigen sollen in Serbien und Bosnien an Waffen und im Umgang mit Menschenmengen ausgebildet worden sein, teilte die Polizei mit.",
        True,
        [],
        "die Polizei",
    ),
    (
        "de",
        "Bei Durchsuchungen seien rund 1,3 Millionen Euro in bar sichergestellt worden.",
        True,
        [("money", 1300000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "„Moskau wird mit seinen schmutzigen Methoden in unserem Land keinen Erfolg haben“, sagte Ministerpräsident Ion Ciobanu.",
        False,
        [],
        None,
    ),
    ("de", "Der Kreml wies jede Beteiligung zurück.", True, [], None),
    (
        "de",
        "Die EU-Kommission kündigte an, Moldau mit weiteren 270 Millionen Euro für die Energieversorgung im Winter zu unterstützen.",
        True,
        [("money", 270000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Diese Regierung sieht hinter jedem Kritiker einen russischen Agenten“, sagte ein Sprecher der Opposition.",
        False,
        [],
        None,
    ),
    ("de", "Ob die Festnahmen die Lage vor der Kommunalwahl beruhigen, ist offen.", False, [], None),
    # --- U.S. troops in Romania (Reuters) ---
    (
        "en",
        "BUCHAREST, Oct 15 (Reuters) - The United States will withdraw a brigade of about 3,000 troops from Romania and other eastern NATO states by the end of the year, Romania's defence ministry said on Thursday.",
        True,
        [("date", "--10-15", None, None), ("count", 3000, None, "about")],
        None,
    ),
    (
        "en",
        "About 1,000 U.S. troops will remain in Romania, the ministry said.",
        True,
        [("count", 1000, None, "about")],
        None,
    ),
    (
        "en",
        '"This is not a signal that America is leaving Europe," a U.S. Army Europe spokesperson said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Romanian Defence Minister Radu Stanciulescu said Romania would raise defence spending to 3.5% of GDP in 2026 from 2.5% this year.",
        True,
        [("percent", 3.5, "%", None), ("year", 2026, None, None), ("percent", 2.5, "%", None)],
        "Radu Stanciulescu",
    ),
    ("en", '"We cannot and will not outsource our security any longer," Stanciulescu said.', False, [], None),
    (
        "en",
        "A Senate hearing last month was told about 80,000 U.S. military personnel were stationed in Europe.",
        True,
        [("count", 80000, None, "about")],
        None,
    ),
    ("en", "Baltic officials privately fear further cuts could follow within months.", False, [], None),
    (
        "en",
        'Poland\'s foreign minister called the decision "a mistake that Moscow will read very carefully."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Polish Foreign Minister Tomasz Wierzbicki told reporters Poland had asked Washington to keep its 10,000 troops in the country at current levels.",
        True,
        [("count", 10000, None, None)],
        "Tomasz Wierzbicki",
    ),
    # --- Russischer Botschafter einbestellt (dpa) ---
    (
        "de",
        "Berlin (dpa) - Das Auswärtige Amt hat nach Sabotageverdacht gegen eine Bahnstrecke in Brandenburg den russischen Botschafter einbestellt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Es ist das vierte Mal in diesem Jahr, dass der Botschafter ins Ministerium zitiert wird.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    (
        "de",
        "Die Bundesanwaltschaft ermittelt gegen zwei Männer, die im Auftrag eines russischen Geheimdienstes gehandelt haben sollen.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    ("de", "„Wer unsere Infrastruktur angreift, greift unsere Demokratie an“, sagte Dransfeld.", False, [], None),
    (
        "de",
        "Dransfeld drohte Moskau mit „spürbaren Konsequenzen“, nannte aber keine konkreten Schritte.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Bundesregierung wies zwei Mitarbeiter der russischen Botschaft aus, die binnen 72 Stunden das Land verlassen müssen.",
        True,
        [("count", 2, None, None), ("duration", 72, "hour", None)],
        None,
    ),
    ("de", "Die russische Botschaft sprach von „einer weiteren Provokation der deutschen Seite“.", False, [], None),
    (
        "de",
        "Seit Anfang 2024 hat das Bundeskriminalamt nach eigenen Angaben mehr als 260 Verdachtsfälle von Sabotage registriert.",
        True,
        [("year", 2024, None, None), ("count", 260, None, "over")],
        None,
    ),
    (
        "de",
        "Ein Sicherheitsexperte der Stiftung Wissenschaft und Politik sagte, er sehe darin „eine systematische Kampagne, die noch lange nicht ihren Höhepunkt erreicht hat“.",
        False,
        [],
        None,
    ),
    # --- Talks in Geneva (Reuters) ---
    (
        "en",
        "GENEVA, Oct 15 (Reuters) - U.S., Ukrainian and European negotiators ended a six-hour meeting in Geneva on Thursday without agreeing on a revised peace framework, two officials familiar with the talks said.",
        True,
        [("date", "--10-15", None, None), ("duration", 6, "hour", None)],
        None,
    ),
    (
        "en",
        "The draft under discussion has been cut to 19 points from 28, one of the officials said.",
        True,
        [("count", 19, None, None), ("count", 28, None, None)],
        None,
    ),
    (
        "en",
        '"We have never been this close, and you can feel it in the room," a senior U.S. official told reporters.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Ukraine's chief negotiator Serhiy Halushko said Kyiv would not accept any limit on its armed forces below 800,000 troops.",
        True,
        [("count", 800000, None, None)],
        "Serhiy Halushko",
    ),
    ("en", '"Ukraine will never trade its land for a piece of paper," Halushko said.', False, [], None),
    (
        "en",
        'Moscow, which was not represented in Geneva, dismissed the meeting as "a talking shop for those who want the war to go on."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Negotiators plan to meet for a third round in Abu Dhabi on Oct. 22, a European diplomat said.",
        True,
        [("ordinal", 3, None, None), ("date", "--10-22", None, None)],
        None,
    ),
    (
        "en",
        "European officials hope the next round will at least settle the question of security guarantees.",
        False,
        [],
        None,
    ),
    ("en", "What the United States would offer in return for a deal was left unclear.", False, [], None),
]
