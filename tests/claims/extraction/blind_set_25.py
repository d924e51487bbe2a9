"""Twenty-fifth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies, parties' speakers and
figures are made up or used only as sample data (real names and their spellings,
"Selenskyj"/"Selenski"/"Zelenskiy"/"Zelensky", "Peskow"/"Peskov", "Wladimir Putin", and
real agencies, parties, clubs and places stand for the way wire copy writes them; what is
said and counted here is invented).

Its weight: A NEWS DAY TOLD THROUGH REACTIONS AND STATEMENTS, half German, half English,
30 short stories in story order (a dateline lead, then attributed lines, quotes, reactions,
a closing line), in which a fact-check desk must separate the checkable claims inside
politicians', officials', companies' and experts' statements from their opinions. 15
German stories (dpa, Reuters, AFP, APA, Keystone-SDA): a budget debate in the Bundestag, a
state election campaign launch, Austrian crime statistics at a press conference, a pension
vote in the Nationalrat, job cuts announced by a supplier, closing pleas in a fraud trial,
a police raid on a smuggling ring, a Kremlin denial and Kyiv's reply, a rail strike, the
Swiss army budget, an interview with an ECB board member, hospital reform, a football
coach's press conference, an energy group's results and storms in Styria. 15 English
stories (PA, AP, Reuters, AFP, AAP, CP): Prime Minister's Questions, a governor's campaign
rally, a Ukraine peace framework, a software maker's outlook, closing arguments in a fraud
trial, a police statement on a shooting, a central bank governor's interview, an air
traffic control strike, a mine accident, an Australian election campaign, a WHO cholera
briefing, a football manager's press conference, a climate summit pledge, wildfire
rebuilding and a Senate hearing. Attribution in every form: "sagte X", "so X", "X
zufolge", "Dem X zufolge", "laut X", "nach Angaben von/des X", "wie X mitteilte", "teilte
X mit", "hieß es aus X", "hieß es", "X sagte, ...", "sagte X der Nachrichtenagentur
Reuters", "sagte X im Interview mit ...", Konjunktiv I paraphrase with and without an
attribution of its own, quotes closed by "sagte X"; "said", "told reporters", "told
MPs", "told a rally", "told the committee", "according to", "said in a statement", "X
said ..." opening the sentence, quotes closed by "X said" and "he said". Check-worthy:
claims with figures, claims of events, positions, intentions with dates, records, claims
about the past. Negatives as they occur in such copy, most with a named speaker: quoted
opinion, feelings, slogans, praise, blame and warnings without substance, predictions
without substance, metaphors, rhetorical questions, open questions, a no-comment line,
advice and an appeal for witnesses.

235 rows (122 German, 113 English), 66 negatives (34 German, 32 English), 169 check-worthy
rows of which 18 carry no figure (11 German, 7 English), 271 expected quantities (85
counts, 38 percentages, 36 amounts of money, 36 durations, 32 years, 17 ordinals, 15
dates, 12 fractions; 3 of them in negatives), 66 checked speakers (32 German, 34
English). Sentences sharing a run of eight or more words with any file under tests/
(checked by a script that printed only this batch's sentences) were reworded before the
commit; none remains.

Decisions where the rules are silent, taken before the run:
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  is check-worthy when it reports a fact, a figure or a position, with the speaker its own
  attribution gives; without one ("Die Schadenssumme liege nach ersten Schätzungen bei
  über 80 Millionen Euro.") the speaker is unchecked. A quoted statement of fact or a
  quoted figure is check-worthy with its speaker ("„Wir haben in fünf Jahren 14.000 neue
  Industriearbeitsplätze ins Land geholt“, sagte Kessler.", "„Er hat von Anfang an ein
  Schneeballsystem betrieben“, sagte Ketterer." - a prosecutor's charge of a fact in her
  plea), as in the eighteenth and twenty-third batches; a quoted line closed by "he said"
  that reports a figure is check-worthy with the speaker unchecked (a pronoun).
- Blame is check-worthy when it carries a checkable claim ("Die Unionsfraktion warf der
  Regierung vor, die Investitionen ... seit 2024 um ein Fünftel gekürzt zu haben.",
  "Opposition critic Tom Harlan said residents of Lytton were still waiting for help two
  years after ...") and a negative when it carries none ("Die Arbeiterkammer warf dem
  Konzern vor, die Haushalte seien ihm offenbar völlig egal.", "said Whitfield had
  "broken every promise she made"", "called the killing "a tragedy ..."").
- A quoted assessment or a rhetorical flourish that holds a figure stays a negative with
  its figures labelled (seventeenth and twenty-second batches): "the two sides were
  "closer than at any point since 2022"" (count 2, year 2022), "history will judge us on
  what we do in the next 10 days" (10 days).
- Positions without a figure are check-worthy: a denial ("Der Kreml hat ...
  zurückgewiesen.", "sei „derzeit nicht auf der Tagesordnung“"), a plea ("Die
  Verteidigung plädierte auf Freispruch."), a party's stance ("Die SVP begrüsste den
  Entscheid, verlangt aber ein höheres Tempo.", "Die FPÖ stimmte gegen die Vorlage ..."),
  a club's denial of a coach debate, talks confirmed, a promise of federal aid, a fixed
  next step ("Das Parlament wird in der Sommersession ...", "Deliberations are expected to
  begin on Wednesday.", "Negotiators have until Friday ..."). A refusal to confirm or rule
  out ("wollte sie weder bestätigen noch ausschließen") is a no-comment line, a negative.
- "verteilt auf zehn Jahre", "over five years", "over three years", "over four years" of
  a spending or building period are durations with no hedge, as "over six years" and
  "over 12 years" in the earlier batches ("over" here spreads, it does not bound; unlike
  "in a little over three years"); "binnen fünf Jahren", "in fünf Jahren", "in three
  years", "within two years of taking office" durations; "within a week", "over a year",
  "in more than a month", "a month", "last year", "this year", "in diesem Jahrzehnt" none.
- "mehr als verdoppelt" and "tripled" carry no quantity (verbs, twenty-third batch);
  "nearly twice the level" count 2 "times" with "nearly" and "about double the 10-year
  average" count 2 "times" with "about" and a duration of 10 years (twentieth batch);
  "mehr als 1.600 Mal ausrücken" count 1600 "over", as "mehr als 100 Mal".
- "fast jede sechste" is the fraction 1/6 (labelled 0.1667) with "nearly", as "rund jede
  siebte Stelle" (twenty-first batch); "half of their flights" 0.5, "more than half" 0.5
  "over", "nearly a quarter" 0.25 "nearly", "nearly a third" 0.3333 "nearly", "Roughly
  one in five" 0.2 "about", "jeder fünfte", "Jede vierte", "jede dritte", "Jeder dritte"
  fractions.
- "das vierte Jahrhunderthochwasser" is ordinal 4 only: "Jahrhundert-" inside the compound
  names a kind of flood and counts nothing.
- "2,026 controllers in fiscal 2025" is count 2026 and year 2025 (a figure before a
  counted noun is a count whatever its size, twenty-second batch).
- "drei Punkte vor der AfD" in a poll is 3 percentage points (fourth and twenty-third
  batches); "52% to the Coalition's 48%" two percentages; "three points above the
  relegation zone" a count (a league table).
- "leicht über dem Wert des Jahres 2023": "über" stands before a noun, not a figure, and
  is no qualifier (sixteenth batch); "unter 2.500 Euro brutto" is "under"; "bis zu 140
  Liter Regen pro Quadratmeter" count 140 "up_to" (a physical unit is a count, fourth
  batch); "im Schnitt", "nur", "bereits", "insgesamt", "allein", "a record" no hedge.
- Ages: "Der 54-Jährige", "ein 81-jähriger Mann", "a 17-year-old boy", "aged 19 and 23"
  (the unit given to both), "Marcus Reddy, 47,", "Kerr, 24,", "aged 25 to 34" and "im
  Alter von 26 bis 51 Jahren" are durations in years (earlier batches).
- "in der ersten Lesung", "nach ersten Schätzungen" (eleventh batch) and "the province's
  first firefighter deaths since 2017" are ordinal 1; "in den ersten neun Monaten" ordinal
  1 and 9 months; "Rang neun" ordinal 9; "15th in the Premier League" ordinal 15.
- Dates: "am 24. November", "on Nov. 26", "the May 3 election", "on Oct. 7" and datelines
  ("KYIV, Dec 3 (Reuters)") are dates without a year; "seit März 2023", "since August
  2024" the year; "im Dezember", "since July", "in October", weekdays none. "$35 a month"
  is 35 USD (no duration).
- Speakers, checked only in forms the earlier batches settled: a title before a name is
  dropped ("Finanzminister", "Sozialministerin", "Vorstandschef", "Oberstaatsanwältin",
  "Verteidiger", "Kremlsprecher", "GDL-Chef", "Verteidigungsministerin",
  "Sportdirektor", "Generaldirektorin", "Opposition leader", "Arizona Governor",
  "Ukrainian President", "Kremlin spokesman", "Detective Chief Inspector", "Bank of
  England Governor", "Chief Executive", "Treasurer", "Prime Minister", "Everton manager",
  "Climate Secretary", "British Columbia Premier", "Opposition critic"); "wie
  Innenministerin Petra Haslauer am Mittwoch mitteilte" gives the name, the title
  dropped; "sagte Weyand im Interview mit dem Deutschlandfunk" and "sagte Brandstätter der
  Nachrichtenagentur Reuters" give the name (twenty-first batch); "Peskow zufolge" the
  name; "Dem Fiskalrat zufolge" "der Fiskalrat", as "Dem Robert Koch-Institut zufolge";
  "nach Angaben des Bundesrechnungshofs / des Landesfeuerwehrverbands", "hieß es aus dem
  Verteidigungsministerium in Moskau" (the place dropped), "wie die Bundespolizei / die EZB
  mitteilte", "teilte die Deutsche Bahn / der Klub mit" with the article in the
  nominative; "laut Bundeskriminalamt" and "laut Betriebsrat" as written, as "laut
  Polizei"; "teilte Geosphere Austria mit" as written (twenty-second batch); "X told a
  rally ..." and "X told the committee ..." give X, as "X told reporters"; "Senator Maria
  Ortiz, a Democrat from New Mexico, said" gives the name, as "said X, a/the ... of Y";
  "Greater Manchester Police said" as written; "police said" -> "police"; "the company
  said in a statement", "The National Union of Mineworkers said", "The World Health
  Organization said" (at the end) and "The ONS said ..." opening the sentence give the
  source with its article in lower case; "according to the Minerals Council / the
  University of Maryland / the BC Wildfire Service / the Government Accountability
  Office"; "Ukraine's air force said" the possessive form.
  Left unchecked (None): "so die Ministerin" and "so der Netzbetreiber" (a role or a
  description, no name), "Der Deutschen Krankenhausgesellschaft zufolge" and "nach Angaben
  der ukrainischen Luftwaffe" (sources with an adjective, twentieth batch), "nach Angaben
  der Ermittler" (a plural group), "hieß es", "kündigte ... an", "warf ... vor", "sieht",
  "told MPs" and "told senators" (forms no batch settled for a check-worthy row),
  "Prosecutors told jurors", "argued", "promised", "confirmed", "has said", "Air France
  said it would ...", "Low-cost carrier Skyvia said" and "operator Kgotso Platinum said"
  (a company at the head of reported speech or a description before a name, eighteenth
  and twenty-third batches), "The SNCTA union said" (as "the RMT union"), "Airlines for
  Europe, a lobby group, said", "according to the group", "according to police",
  "according to estimates by ...", "according to LSEG data", "data show", "figures show",
  "WHO officials told a press briefing", "two sources familiar with the planning said",
  "Federal officials said", pronouns ("he said", "she said") and all negatives.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_25 = [
    # === German =================================================================================
    # --- Haushaltsdebatte im Bundestag (dpa) ---------------------------------------------------
    ("de", "Berlin (dpa) - Finanzminister Lars Brettschneider hat den Haushaltsentwurf für 2027 am Dienstag im Bundestag gegen scharfe Kritik der Opposition verteidigt.", True,
     [("year", 2027, None, None)], None),
    ("de", "Der Etat sieht Ausgaben von 512,4 Milliarden Euro vor, knapp neun Milliarden Euro mehr als im laufenden Jahr.", True,
     [("money", 512400000000, "EUR", None), ("money", 9000000000, "EUR", "nearly")], None),
    ("de", "Die Neuverschuldung werde auf 71 Milliarden Euro sinken, sagte Brettschneider in der ersten Lesung.", True,
     [("money", 71000000000, "EUR", None), ("ordinal", 1, None, None)], "Brettschneider"),
    ("de", "„Wir halten die Schuldenbremse ein, und zwar zum dritten Mal in Folge“, sagte Brettschneider.", True,
     [("ordinal", 3, None, None)], "Brettschneider"),
    ("de", "„Dieser Haushalt ist ein Haushalt des Aufbruchs und der Zuversicht“, rief der Minister den Abgeordneten zu.", False, [], None),
    ("de", "Die Unionsfraktion warf der Regierung vor, die Investitionen in Schienen und Brücken seit 2024 um ein Fünftel gekürzt zu haben.", True,
     [("year", 2024, None, None), ("fraction", 0.2, None, None)], None),
    ("de", "Das ist Zahlenakrobatik und nichts anderes, sagte Oppositionsführerin Carola Wendt unter dem Beifall ihrer Fraktion.", False, [], None),
    ("de", "Nach Angaben des Bundesrechnungshofs fließen 2027 rund 38 Prozent des Etats in Sozialleistungen.", True,
     [("year", 2027, None, None), ("percent", 38, "%", "about")], "der Bundesrechnungshof"),
    ("de", "Wer soll das eigentlich alles bezahlen, fragte die Abgeordnete Irina Sommer in den Saal.", False, [], None),
    ("de", "Die abschließende Abstimmung ist für die Sitzungswoche ab dem 24. November geplant.", True,
     [("date", "--11-24", None, None)], None),
    # --- Wahlkampfauftakt in Sachsen-Anhalt (Reuters) -----------------------------------------
    ("de", "Magdeburg (Reuters) - Knapp sechs Wochen vor der Landtagswahl in Sachsen-Anhalt hat Ministerpräsident Jörg Kessler vor rund 2.500 Anhängern in Halle seinen Wahlkampf eröffnet.", True,
     [("duration", 6, "week", "nearly"), ("count", 2500, None, "about")], None),
    ("de", "„Wir haben in fünf Jahren 14.000 neue Industriearbeitsplätze ins Land geholt“, sagte Kessler.", True,
     [("duration", 5, "year", None), ("count", 14000, None, None)], "Kessler"),
    ("de", "Die Arbeitsagentur verzeichnet für denselben Zeitraum allerdings nur ein Plus von gut 9.000 Stellen.", True,
     [("count", 9000, None, "over")], None),
    ("de", "„Dieses Land ist das Land der Frühaufsteher und der Macher“, rief Kessler unter Applaus.", False, [], None),
    ("de", "Kessler kündigte an, bis 2030 alle 218 Gemeinden des Landes an das Glasfasernetz anzuschließen.", True,
     [("year", 2030, None, None), ("count", 218, None, None)], None),
    ("de", "Seine Herausforderin Anja Reimer sprach von „leeren Versprechen eines müden Amtsinhabers“.", False, [], None),
    ("de", "In der jüngsten Insa-Umfrage liegt Kesslers CDU mit 29 Prozent drei Punkte vor der AfD.", True,
     [("percent", 29, "%", None), ("percent", 3, "pp", None)], None),
    ("de", "Das Land braucht einen Neuanfang, und zwar jetzt, sagte Reimer am Abend in Dessau.", False, [], None),
    ("de", "Gewählt wird am 7. September, stimmberechtigt sind etwa 1,8 Millionen Menschen.", True,
     [("date", "--09-07", None, None), ("count", 1800000, None, "about")], None),
    # --- Kriminalstatistik in Österreich (APA) ------------------------------------------------
    ("de", "Wien (APA) - Die Zahl der angezeigten Delikte in Österreich ist im Vorjahr um 3,2 Prozent auf 548.110 gestiegen, wie Innenministerin Petra Haslauer am Mittwoch mitteilte.", True,
     [("percent", 3.2, "%", None), ("count", 548110, None, None)], "Petra Haslauer"),
    ("de", "Besonders stark zugenommen habe die Internetkriminalität, die sich binnen fünf Jahren mehr als verdoppelt habe, sagte Haslauer.", True,
     [("duration", 5, "year", None)], "Haslauer"),
    ("de", "Jede vierte Anzeige betreffe inzwischen Betrug im Netz, so die Ministerin.", True,
     [("fraction", 0.25, None, None)], None),
    ("de", "Die Aufklärungsquote lag mit 52,7 Prozent leicht über dem Wert des Jahres 2023.", True,
     [("percent", 52.7, "%", None), ("year", 2023, None, None)], None),
    ("de", "„Die Polizei leistet hervorragende Arbeit, dafür gebührt ihr unser Dank“, sagte Haslauer.", False, [], None),
    ("de", "Laut Bundeskriminalamt wurden 2024 insgesamt 1.043 Anzeigen wegen Cybererpressung von Unternehmen erstattet.", True,
     [("year", 2024, None, None), ("count", 1043, None, None)], "Bundeskriminalamt"),
    ("de", "Die Grünen nannten die Statistik „ein Dokument des Versagens“.", False, [], None),
    ("de", "Die Ministerin kündigte 300 zusätzliche Planstellen für IT-Ermittler bis Ende 2026 an.", True,
     [("count", 300, None, None), ("year", 2026, None, None)], None),
    # --- Pensionserhöhung im Nationalrat (APA) ------------------------------------------------
    ("de", "Wien (APA) - Nach einer mehr als siebenstündigen Debatte hat der Nationalrat am Donnerstag die Pensionserhöhung für 2026 beschlossen.", True,
     [("duration", 7, "hour", "over"), ("year", 2026, None, None)], None),
    ("de", "Die Pensionen steigen um 2,7 Prozent, Bezieher von Pensionen unter 2.500 Euro brutto erhalten zusätzlich eine Einmalzahlung von 150 Euro.", True,
     [("percent", 2.7, "%", None), ("money", 2500, "EUR", "under"), ("money", 150, "EUR", None)], None),
    ("de", "Für den Beschluss stimmten 98 der 183 Abgeordneten.", True,
     [("count", 98, None, None), ("count", 183, None, None)], None),
    ("de", "Sozialministerin Karin Ebner sagte, die Anpassung koste den Bund heuer rund 2,1 Milliarden Euro.", True,
     [("money", 2100000000, "EUR", "about")], "Karin Ebner"),
    ("de", "„Das ist eine Frage des Respekts vor der Lebensleistung unserer Eltern“, sagte Ebner.", False, [], None),
    ("de", "Neos-Sozialsprecher Florian Hauer warnte, das System steuere „sehenden Auges auf die Wand zu“.", False, [], None),
    ("de", "Dem Fiskalrat zufolge machen die Zuschüsse zu den Pensionen bereits ein Viertel der Bundesausgaben aus.", True,
     [("fraction", 0.25, None, None)], "der Fiskalrat"),
    ("de", "Die FPÖ stimmte gegen die Vorlage, weil ihr die Erhöhung zu gering ausfiel.", True, [], None),
    ("de", "Wer ein Leben lang gearbeitet hat, darf im Alter nicht zum Bittsteller werden, sagte FPÖ-Sozialsprecherin Sabine Kurz.", False, [], None),
    # --- Stellenabbau bei einem Zulieferer (Reuters) ------------------------------------------
    ("de", "Stuttgart (Reuters) - Der Autozulieferer Vantec streicht in Deutschland bis Ende 2028 rund 4.800 Stellen, fast jede sechste.", True,
     [("year", 2028, None, None), ("count", 4800, None, "about"), ("fraction", 0.1667, None, "nearly")], None),
    ("de", "Betroffen seien vor allem die Werke in Schweinfurt und Homburg, sagte Vorstandschef Martin Ohlendorf in einer Telefonkonferenz.", True,
     [], "Martin Ohlendorf"),
    ("de", "Der Umsatz sei im dritten Quartal um elf Prozent auf 3,9 Milliarden Euro eingebrochen, so Ohlendorf.", True,
     [("ordinal", 3, None, None), ("percent", 11, "%", None), ("money", 3900000000, "EUR", None)], "Ohlendorf"),
    ("de", "„Wir haben keine andere Wahl, der Markt lässt uns keine“, sagte Ohlendorf.", False, [], None),
    ("de", "Die IG Metall sprach von einem „Schlag ins Gesicht der Belegschaft“ und kündigte Widerstand an.", False, [], None),
    ("de", "Laut Betriebsrat arbeiten allein in Schweinfurt derzeit 6.200 Menschen für Vantec.", True,
     [("count", 6200, None, None)], "Betriebsrat"),
    ("de", "Betriebsbedingte Kündigungen schloss das Management bis 2027 aus.", True,
     [("year", 2027, None, None)], None),
    ("de", "Die Vantec-Aktie verlor bis zum Nachmittag 7,4 Prozent.", True,
     [("percent", 7.4, "%", None)], None),
    # --- Plädoyers im Betrugsprozess (dpa) ----------------------------------------------------
    ("de", "München (dpa) - Im Prozess um den Zusammenbruch der Finanzfirma Aurelius Capital hat die Staatsanwaltschaft für den früheren Firmenchef siebeneinhalb Jahre Haft gefordert.", True,
     [("duration", 7.5, "year", None)], None),
    ("de", "Der 54-Jährige habe rund 3.100 Anleger um insgesamt 212 Millionen Euro gebracht, sagte Oberstaatsanwältin Miriam Ketterer in ihrem Plädoyer.", True,
     [("duration", 54, "year", None), ("count", 3100, None, "about"), ("money", 212000000, "EUR", None)], "Miriam Ketterer"),
    ("de", "„Er hat von Anfang an ein Schneeballsystem betrieben“, sagte Ketterer.", True, [], "Ketterer"),
    ("de", "Die Verteidigung plädierte auf Freispruch.", True, [], None),
    ("de", "Die Verluste seien erst durch die Zinswende 2022 entstanden, sagte Verteidiger Stefan Lorch.", True,
     [("year", 2022, None, None)], "Stefan Lorch"),
    ("de", "„Mein Mandant ist kein Betrüger, er ist ein Getriebener“, sagte Lorch.", False, [], None),
    ("de", "Der Angeklagte sitzt seit März 2023 in Untersuchungshaft.", True,
     [("year", 2023, None, None)], None),
    ("de", "Das Urteil soll am 12. Dezember verkündet werden.", True,
     [("date", "--12-12", None, None)], None),
    # --- Razzia gegen Schleuser (dpa) ---------------------------------------------------------
    ("de", "Hamburg (dpa) - Bei einer Razzia gegen eine mutmaßliche Schleuserbande hat die Polizei in vier Bundesländern 23 Wohnungen und Büros durchsucht.", True,
     [("count", 4, None, None), ("count", 23, None, None)], None),
    ("de", "Acht Verdächtige im Alter von 26 bis 51 Jahren wurden festgenommen, wie die Bundespolizei mitteilte.", True,
     [("count", 8, None, None), ("duration", 26, "year", None), ("duration", 51, "year", None)], "die Bundespolizei"),
    ("de", "Die Bande soll seit 2022 mindestens 340 Menschen über die Balkanroute nach Deutschland gebracht haben.", True,
     [("year", 2022, None, None), ("count", 340, None, "at_least")], None),
    ("de", "Nach Angaben der Ermittler verlangten die Schleuser pro Person bis zu 8.000 Euro.", True,
     [("money", 8000, "EUR", "up_to")], None),
    ("de", "Sichergestellt wurden unter anderem 410.000 Euro Bargeld und elf Fahrzeuge, hieß es.", True,
     [("money", 410000, "EUR", None), ("count", 11, None, None)], None),
    ("de", "„Das ist ein empfindlicher Schlag gegen das organisierte Verbrechen“, sagte ein Sprecher der Bundespolizei.", False, [], None),
    ("de", "Innensenator Malte Bruns sprach von einem „großen Erfolg unserer Beamtinnen und Beamten“.", False, [], None),
    # --- Kreml weist Gipfelberichte zurück (AFP) ----------------------------------------------
    ("de", "Moskau (AFP) - Der Kreml hat Medienberichte über ein angeblich geplantes Treffen von Wladimir Putin und Wolodymyr Selenskyj zurückgewiesen.", True, [], None),
    ("de", "Ein solches Treffen sei „derzeit nicht auf der Tagesordnung“, sagte Kremlsprecher Dmitri Peskow am Donnerstag.", True,
     [], "Dmitri Peskow"),
    ("de", "Russische Truppen hätten in der vergangenen Woche vier Ortschaften im Gebiet Donezk eingenommen, hieß es aus dem Verteidigungsministerium in Moskau.", True,
     [("count", 4, None, None)], "das Verteidigungsministerium"),
    ("de", "Selenski sagte in seiner abendlichen Videoansprache, Russland habe seit Monatsbeginn mehr als 1.900 Gleitbomben auf ukrainische Städte abgeworfen.", True,
     [("count", 1900, None, "over")], "Selenski"),
    ("de", "„Putin will keinen Frieden, er will nur Zeit gewinnen“, sagte Selenski.", False, [], None),
    ("de", "Nach Angaben der ukrainischen Luftwaffe wurden in der Nacht 87 von 112 Drohnen abgefangen.", True,
     [("count", 87, None, None), ("count", 112, None, None)], None),
    ("de", "Peskow zufolge soll die nächste Gesprächsrunde der Unterhändler nicht vor dem 20. Dezember stattfinden.", True,
     [("date", "--12-20", None, None)], "Peskow"),
    ("de", "Wie lange die Ukraine diesen Druck noch aushalten kann, ist eine offene Frage.", False, [], None),
    # --- Bahnstreik (dpa) ---------------------------------------------------------------------
    ("de", "Frankfurt (dpa) - Die Lokführergewerkschaft GDL hat für Mittwoch einen 48-stündigen Streik im Güter- und Personenverkehr angekündigt.", True,
     [("duration", 48, "hour", None)], None),
    ("de", "Die Bahn biete nur 3,1 Prozent mehr Lohn bei einer Laufzeit von 30 Monaten, sagte GDL-Chef Mario Reiß.", True,
     [("percent", 3.1, "%", None), ("duration", 30, "month", None)], "Mario Reiß"),
    ("de", "Die Gewerkschaft fordert 7,5 Prozent mehr Geld und eine Laufzeit von zwölf Monaten.", True,
     [("percent", 7.5, "%", None), ("duration", 12, "month", None)], None),
    ("de", "„Wir lassen uns nicht länger hinhalten“, sagte Reiß vor der Konzernzentrale.", False, [], None),
    ("de", "Die Deutsche Bahn nannte den Ausstand „völlig unverhältnismäßig“.", False, [], None),
    ("de", "Im Fernverkehr werde voraussichtlich nur jeder fünfte Zug fahren, teilte die Deutsche Bahn mit.", True,
     [("fraction", 0.2, None, None)], "die Deutsche Bahn"),
    ("de", "Es ist bereits der dritte Arbeitskampf der GDL in diesem Jahr.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "Pendler sollten sich auf erhebliche Einschränkungen einstellen und nach Möglichkeit im Homeoffice arbeiten.", False, [], None),
    # --- Armeebudget (Keystone-SDA) -----------------------------------------------------------
    ("de", "Bern (sda) - Der Bundesrat will das Armeebudget bis 2032 schrittweise auf ein Prozent des Bruttoinlandprodukts erhöhen.", True,
     [("year", 2032, None, None), ("percent", 1, "%", None)], None),
    ("de", "Das entspreche Mehrausgaben von rund vier Milliarden Franken pro Jahr, sagte Verteidigungsministerin Andrea Lüthi vor den Medien in Bern.", True,
     [("money", 4000000000, "CHF", "about")], "Andrea Lüthi"),
    ("de", "Derzeit liegt der Anteil bei 0,7 Prozent.", True,
     [("percent", 0.7, "%", None)], None),
    ("de", "«Wir können uns Naivität schlicht nicht mehr leisten», sagte Lüthi.", False, [], None),
    ("de", "Die SP kritisierte, der Bundesrat spare dafür bei der Entwicklungshilfe, die um 320 Millionen Franken gekürzt werden soll.", True,
     [("money", 320000000, "CHF", None)], None),
    ("de", "Die SVP begrüsste den Entscheid, verlangt aber ein höheres Tempo.", True, [], None),
    ("de", "Das Parlament wird in der Sommersession über die Vorlage befinden.", True, [], None),
    ("de", "Sicherheit gibt es nicht zum Nulltarif, hiess es aus der Mitte-Fraktion.", False, [], None),
    # --- Interview einer EZB-Direktorin (Reuters) ---------------------------------------------
    ("de", "Frankfurt (Reuters) - EZB-Direktorin Helga Brandstätter sieht die Inflation im Euroraum auf dem Weg zum Zielwert von zwei Prozent.", True,
     [("percent", 2, "%", None)], None),
    ("de", "Die Teuerung werde im kommenden Jahr im Schnitt bei 2,1 Prozent liegen, sagte Brandstätter der Nachrichtenagentur Reuters.", True,
     [("percent", 2.1, "%", None)], "Brandstätter"),
    ("de", "Die EZB hat den Einlagensatz seit Juni 2024 achtmal gesenkt, zuletzt auf 2,0 Prozent.", True,
     [("year", 2024, None, None), ("count", 8, None, None), ("percent", 2.0, "%", None)], None),
    ("de", "„Wir sind nicht auf Autopilot“, sagte Brandstätter.", False, [], None),
    ("de", "Eine weitere Zinssenkung im Dezember wollte sie weder bestätigen noch ausschließen.", False, [], None),
    ("de", "Die Tariflöhne im Euroraum stiegen im zweiten Quartal um 3,7 Prozent, wie die EZB mitteilte.", True,
     [("ordinal", 2, None, None), ("percent", 3.7, "%", None)], "die EZB"),
    ("de", "Märkte seien manchmal ungeduldiger als Notenbanken, fügte sie hinzu.", False, [], None),
    # --- Krankenhausreform (dpa) --------------------------------------------------------------
    ("de", "Berlin (dpa) - Bundesgesundheitsminister Tobias Weyand hat die umstrittene Krankenhausreform gegen Kritik aus den Ländern verteidigt.", True, [], None),
    ("de", "Ohne die Reform müsse bis 2030 jede dritte Klinik in Deutschland mit Verlusten rechnen, sagte Weyand im Interview mit dem Deutschlandfunk.", True,
     [("year", 2030, None, None), ("fraction", 0.3333, None, None)], "Weyand"),
    ("de", "Der Deutschen Krankenhausgesellschaft zufolge schreiben bereits heute rund 80 Prozent der Häuser rote Zahlen.", True,
     [("percent", 80, "%", "about")], None),
    ("de", "„Der Minister fährt die Versorgung auf dem Land gegen die Wand“, sagte DKG-Chef Gerald Baum.", False, [], None),
    ("de", "Der Bund stellt für den Umbau verteilt auf zehn Jahre 25 Milliarden Euro bereit, ebenso viel sollen die Länder beisteuern.", True,
     [("duration", 10, "year", None), ("money", 25000000000, "EUR", None)], None),
    ("de", "Die Zahl der Klinikstandorte soll von derzeit 1.700 auf etwa 1.200 sinken.", True,
     [("count", 1700, None, None), ("count", 1200, None, "about")], None),
    ("de", "Wer soll die Patienten in der Uckermark denn künftig versorgen?", False, [], None),
    ("de", "Der Bundesrat befasst sich am 21. November mit dem Gesetz.", True,
     [("date", "--11-21", None, None)], None),
    # --- Pressekonferenz vor dem Derby (dpa) --------------------------------------------------
    ("de", "Dortmund (dpa) - Trainer Niko Sailer hat nach dem dritten sieglosen Spiel in Serie den Rückhalt der Vereinsführung betont.", True,
     [("ordinal", 3, None, None)], None),
    ("de", "„Wir haben in den letzten drei Partien 41 Torschüsse abgegeben und nur zwei Tore erzielt“, sagte Sailer.", True,
     [("count", 3, None, None), ("count", 41, None, None), ("count", 2, None, None)], "Sailer"),
    ("de", "„Die Mannschaft lebt, das sieht man in jeder Trainingseinheit“, sagte Sailer.", False, [], None),
    ("de", "Sportdirektor Kai Winter sagte, eine Trainerdiskussion gebe es im Verein nicht.", True, [], "Kai Winter"),
    ("de", "Mit 17 Punkten aus 13 Spielen liegt der BVB auf Rang neun.", True,
     [("count", 17, None, None), ("count", 13, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Für Sonntag ist das Stadion mit 81.365 Zuschauern ausverkauft, teilte der Klub mit.", True,
     [("count", 81365, None, None)], "der Klub"),
    ("de", "Am Ende zählt nur, was auf dem Platz passiert.", False, [], None),
    # --- Zahlen eines Energiekonzerns (APA) ---------------------------------------------------
    ("de", "Wien (APA) - Der Energiekonzern Donauwerk hat in den ersten neun Monaten einen Nettogewinn von 1,62 Mrd. Euro erzielt, ein Minus von 18 Prozent.", True,
     [("ordinal", 1, None, None), ("duration", 9, "month", None), ("money", 1620000000, "EUR", None), ("percent", 18, "%", None)], None),
    ("de", "Grund seien die deutlich gesunkenen Großhandelspreise für Strom, sagte Generaldirektorin Eva Rauscher.", True,
     [], "Eva Rauscher"),
    ("de", "Für das Gesamtjahr erwartet der Konzern ein Ergebnis zwischen 2,0 und 2,3 Mrd. Euro.", True,
     [("money", 2000000000, "EUR", None), ("money", 2300000000, "EUR", None)], None),
    ("de", "Die Dividende soll bei mindestens 2,50 Euro je Aktie liegen.", True,
     [("money", 2.5, "EUR", "at_least")], None),
    ("de", "„Wir sind der Motor der Energiewende in Österreich“, sagte Rauscher.", False, [], None),
    ("de", "Bis 2030 will Donauwerk rund 6,5 Mrd. Euro in Wasserkraft, Netze und Speicher investieren.", True,
     [("year", 2030, None, None), ("money", 6500000000, "EUR", "about")], None),
    ("de", "Die Arbeiterkammer warf dem Konzern vor, die Haushalte seien ihm offenbar völlig egal.", False, [], None),
    ("de", "Analysten hatten im Schnitt mit 1,58 Mrd. Euro gerechnet.", True,
     [("money", 1580000000, "EUR", None)], None),
    # --- Unwetter in der Steiermark (APA) -----------------------------------------------------
    ("de", "Graz (APA) - Nach den schweren Unwettern in der Steiermark hat Landeshauptmann Walter Pichler am Montag eine Soforthilfe von zehn Millionen Euro angekündigt.", True,
     [("money", 10000000, "EUR", None)], None),
    ("de", "Binnen 24 Stunden seien in manchen Orten bis zu 140 Liter Regen pro Quadratmeter gefallen, teilte Geosphere Austria mit.", True,
     [("duration", 24, "hour", None), ("count", 140, None, "up_to")], "Geosphere Austria"),
    ("de", "Die Feuerwehren rückten nach Angaben des Landesfeuerwehrverbands mehr als 1.600 Mal aus, rund 9.000 Helfer waren im Einsatz.", True,
     [("count", 1600, None, "over"), ("count", 9000, None, "about")], "der Landesfeuerwehrverband"),
    ("de", "Zwei Menschen kamen ums Leben, ein 81-jähriger Mann wird noch vermisst.", True,
     [("count", 2, None, None), ("duration", 81, "year", None)], None),
    ("de", "Die Schadenssumme liege nach ersten Schätzungen bei über 80 Millionen Euro.", True,
     [("ordinal", 1, None, None), ("money", 80000000, "EUR", "over")], None),
    ("de", "„Die Steiermark hält zusammen, das haben wir in diesen Tagen gesehen“, sagte Pichler.", False, [], None),
    ("de", "Jeder dritte Haushalt im Bezirk Leibnitz war zeitweise ohne Strom, so der Netzbetreiber.", True,
     [("fraction", 0.3333, None, None)], None),
    ("de", "Es ist bereits das vierte Jahrhunderthochwasser in der Region in diesem Jahrzehnt.", True,
     [("ordinal", 4, None, None)], None),
    ("de", "Ob der Klimawandel hinter der Häufung steckt, darüber gehen die Meinungen der Fachleute auseinander.", False, [], None),
    # === English ================================================================================
    # --- Prime Minister's Questions (PA) -------------------------------------------------------
    ("en", "LONDON (PA) - Prime Minister Rachel Holloway told MPs on Wednesday that NHS waiting lists in England had fallen for the fifth month in a row, to 7.21 million.", True,
     [("ordinal", 5, None, None), ("count", 7210000, None, None)], None),
    ("en", "\"We have delivered 4.6 million extra appointments since July last year,\" Holloway said.", True,
     [("count", 4600000, None, None)], "Holloway"),
    ("en", "Opposition leader Graham Tate said the total included routine follow-ups and that more than 300,000 patients had been waiting for over a year.", True,
     [("count", 300000, None, "over")], "Graham Tate"),
    ("en", "\"This government is asleep at the wheel,\" Tate told the Commons.", False, [], None),
    ("en", "\"Is the Prime Minister proud of that record?\" he asked.", False, [], None),
    ("en", "Official figures show 58.2% of A&E patients in England were seen within four hours in October, against a target of 78%.", True,
     [("percent", 58.2, "%", None), ("duration", 4, "hour", None), ("percent", 78, "%", None)], None),
    ("en", "The Liberal Democrats called the exchanges \"a depressing spectacle\".", False, [], None),
    ("en", "Holloway also confirmed that the Budget will be delivered on Nov. 26.", True,
     [("date", "--11-26", None, None)], None),
    # --- Campaign rally in Arizona (AP) --------------------------------------------------------
    ("en", "PHOENIX (AP) - Arizona Governor Dana Whitfield told a rally of about 4,000 supporters on Saturday that she would cap insulin costs at $35 a month if re-elected.", True,
     [("count", 4000, None, "about"), ("money", 35, "USD", None)], "Dana Whitfield"),
    ("en", "\"Since I took office, we've added 187,000 jobs and cut the state income tax to 2.5%,\" Whitfield said.", True,
     [("count", 187000, None, None), ("percent", 2.5, "%", None)], "Whitfield"),
    ("en", "Bureau of Labor Statistics data show Arizona added roughly 142,000 nonfarm jobs over that period.", True,
     [("count", 142000, None, "about")], None),
    ("en", "\"Arizona is back, and we're just getting started,\" she said to cheers.", False, [], None),
    ("en", "Her Republican challenger, former state senator Kyle Dorsey, said Whitfield had \"broken every promise she made\" on the border.", False, [], None),
    ("en", "Dorsey has pledged to hire 1,500 additional state troopers within two years of taking office.", True,
     [("count", 1500, None, None), ("duration", 2, "year", None)], None),
    ("en", "A Fox News poll released Thursday put Whitfield at 49% and Dorsey at 46%, within the margin of error.", True,
     [("percent", 49, "%", None), ("percent", 46, "%", None)], None),
    ("en", "\"Who do you trust to keep your family safe?\" Dorsey asks voters in a new television ad.", False, [], None),
    ("en", "Election Day is Nov. 3, and early voting begins on Oct. 7.", True,
     [("date", "--11-03", None, None), ("date", "--10-07", None, None)], None),
    # --- Ukraine peace framework (Reuters) -----------------------------------------------------
    ("en", "KYIV, Dec 3 (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Wednesday that Kyiv had received a revised 20-point peace framework from Washington and would respond within a week.", True,
     [("date", "--12-03", None, None), ("count", 20, None, None)], "Volodymyr Zelenskiy"),
    ("en", "\"We will not trade our land for promises,\" Zelenskiy told reporters.", False, [], None),
    ("en", "Kremlin spokesman Dmitry Peskov said Moscow had not seen the new text and that its demands on the Donbas region were unchanged.", True,
     [], "Dmitry Peskov"),
    ("en", "Russia controls about 19% of Ukraine's territory, according to estimates by the Institute for the Study of War.", True,
     [("percent", 19, "%", "about")], None),
    ("en", "U.S. Secretary of State Mark Ellison told reporters in Brussels that the two sides were \"closer than at any point since 2022\".", False,
     [("count", 2, None, None), ("year", 2022, None, None)], None),
    ("en", "Ukraine's air force said Russia had fired 653 drones and 51 missiles in the overnight attack, its biggest in more than a month.", True,
     [("count", 653, None, None), ("count", 51, None, None)], "Ukraine's air force"),
    ("en", "Zelensky said 15 people were killed, including two children, in strikes on the western city of Ternopil.", True,
     [("count", 15, None, None), ("count", 2, None, None)], "Zelensky"),
    ("en", "\"Every such attack is Moscow's answer to all the talk of peace,\" he said.", False, [], None),
    ("en", "Talks between the delegations are set to resume in Abu Dhabi on Dec. 9, two sources familiar with the planning said.", True,
     [("date", "--12-09", None, None), ("count", 2, None, None)], None),
    # --- Software maker's outlook (Reuters) ----------------------------------------------------
    ("en", "SAN FRANCISCO, Nov 19 (Reuters) - Cloud software maker Nimbra Systems on Wednesday forecast fourth-quarter revenue ahead of analysts' expectations, and its shares jumped 9% after the bell.", True,
     [("date", "--11-19", None, None), ("ordinal", 4, None, None), ("percent", 9, "%", None)], None),
    ("en", "The company expects revenue of $2.41 billion to $2.45 billion for the quarter ending in January, it said in a statement.", True,
     [("money", 2410000000, "USD", None), ("money", 2450000000, "USD", None)], None),
    ("en", "Analysts on average had expected $2.36 billion, according to LSEG data.", True,
     [("money", 2360000000, "USD", None)], None),
    ("en", "\"AI is no longer a pilot project for our customers; it is the backbone of how they run,\" Chief Executive Priya Raman said on a call with analysts.", False, [], None),
    ("en", "Raman said the number of customers paying Nimbra more than $1 million a year rose 31% to 842.", True,
     [("money", 1000000, "USD", "over"), ("percent", 31, "%", None), ("count", 842, None, None)], "Raman"),
    ("en", "Nimbra also announced a $5 billion share buyback and said it would cut about 6% of its workforce, or roughly 1,300 jobs.", True,
     [("money", 5000000000, "USD", None), ("percent", 6, "%", "about"), ("count", 1300, None, "about")], None),
    ("en", "\"We are leaner, faster and hungrier than ever,\" Raman added.", False, [], None),
    ("en", "The stock has lost nearly a third of its value since peaking in February.", True,
     [("fraction", 0.3333, None, "nearly")], None),
    # --- Closing arguments in a fraud trial (AP) -----------------------------------------------
    ("en", "NEW YORK (AP) - Prosecutors told jurors on Monday that a former hedge fund manager had hidden $480 million in losses from investors for almost three years.", True,
     [("money", 480000000, "USD", None), ("duration", 3, "year", "nearly")], None),
    ("en", "\"He didn't make a mistake, he made a choice, again and again,\" Assistant U.S. Attorney Laura Chen said in her closing argument.", False, [], None),
    ("en", "Chen said Marcus Reddy, 47, sent at least 26 falsified monthly statements to clients between 2019 and 2022.", True,
     [("duration", 47, "year", None), ("count", 26, None, "at_least"), ("year", 2019, None, None), ("year", 2022, None, None)], "Chen"),
    ("en", "Defense attorney Paul Whitaker argued that Reddy had relied on valuations signed off by two outside auditors.", True,
     [("count", 2, None, None)], None),
    ("en", "\"The government wants you to convict a man for being wrong about the market,\" Whitaker told the jury.", False, [], None),
    ("en", "Reddy faces up to 20 years in prison on the most serious of the seven counts against him.", True,
     [("duration", 20, "year", "up_to"), ("count", 7, None, None)], None),
    ("en", "Reddy did not testify during the three-week trial.", True,
     [("duration", 3, "week", None)], None),
    ("en", "Deliberations are expected to begin on Wednesday.", True, [], None),
    # --- Shooting in Manchester (PA) -----------------------------------------------------------
    ("en", "MANCHESTER (PA) - Two men have been arrested after a 17-year-old boy was shot dead outside a takeaway in Moss Side on Friday night, Greater Manchester Police said.", True,
     [("count", 2, None, None), ("duration", 17, "year", None)], "Greater Manchester Police"),
    ("en", "The men, aged 19 and 23, are being held on suspicion of murder, police said.", True,
     [("duration", 19, "year", None), ("duration", 23, "year", None)], "police"),
    ("en", "Detective Chief Inspector Helen Marsh said officers had recovered a handgun and were examining CCTV from more than 40 locations.", True,
     [("count", 40, None, "over")], "Helen Marsh"),
    ("en", "\"A family has lost a son in the most senseless way imaginable,\" Marsh said.", False, [], None),
    ("en", "\"I would urge anyone with information to come forward, however small it may seem,\" she said.", False, [], None),
    ("en", "It is the third fatal shooting in the city since August, according to police.", True,
     [("ordinal", 3, None, None)], None),
    ("en", "Local MP Afzal Rahim called the killing \"a tragedy that should shame every one of us\".", False, [], None),
    # --- Bank of England governor (Reuters) ----------------------------------------------------
    ("en", "LONDON, Dec 2 (Reuters) - Bank of England Governor Andrew Pell said inflation would fall to around 2.5% by the spring but warned against cutting interest rates too quickly.", True,
     [("date", "--12-02", None, None), ("percent", 2.5, "%", "about")], "Andrew Pell"),
    ("en", "\"The job is not yet done,\" Pell told BBC Radio 4.", False, [], None),
    ("en", "The BoE cut Bank Rate to 3.75% in November, its sixth reduction since August 2024.", True,
     [("percent", 3.75, "%", None), ("ordinal", 6, None, None), ("year", 2024, None, None)], None),
    ("en", "The ONS said earlier this month that consumer price inflation had eased only slightly, to 3.6% in October.", True,
     [("percent", 3.6, "%", None)], "the ONS"),
    ("en", "Pell said annual wage growth of 4.6% was still too high to be consistent with the 2% target.", True,
     [("percent", 4.6, "%", None), ("percent", 2, "%", None)], "Pell"),
    ("en", "Markets are pricing in two more cuts in 2026, according to LSEG data.", True,
     [("count", 2, None, None), ("year", 2026, None, None)], None),
    ("en", "\"We'll get there, but we have to be patient,\" Pell said.", False, [], None),
    # --- Air traffic control strike in France (AFP) --------------------------------------------
    ("en", "PARIS (AFP) - Air France said it would cancel about 40% of its short-haul flights on Thursday as air traffic controllers stage a 24-hour strike.", True,
     [("percent", 40, "%", "about"), ("duration", 24, "hour", None)], None),
    ("en", "The civil aviation authority DGAC asked airlines to scrap half of their flights at Paris-Orly.", True,
     [("fraction", 0.5, None, None)], None),
    ("en", "The SNCTA union said controllers were protesting against a staffing plan that would leave 1,100 posts unfilled by 2028.", True,
     [("count", 1100, None, None), ("year", 2028, None, None)], None),
    ("en", "\"Passengers are being taken hostage by a small minority,\" Transport Minister Philippe Garnier said.", False, [], None),
    ("en", "Airlines for Europe, a lobby group, said the strike would affect some 300,000 passengers across the continent.", True,
     [("count", 300000, None, "about")], None),
    ("en", "It is the 12th air traffic control strike in France this year, according to the group.", True,
     [("ordinal", 12, None, None)], None),
    ("en", "Low-cost carrier Skyvia said it had been forced to cancel 170 flights carrying 30,000 passengers.", True,
     [("count", 170, None, None), ("count", 30000, None, None)], None),
    # --- Mine accident in South Africa (Reuters) -----------------------------------------------
    ("en", "JOHANNESBURG (Reuters) - Nine workers were killed and 14 injured when a cage plunged down a shaft at a platinum mine northwest of Johannesburg, operator Kgotso Platinum said on Tuesday.", True,
     [("count", 9, None, None), ("count", 14, None, None)], None),
    ("en", "The cage was carrying 23 workers when it dropped about 200 metres, the company said in a statement.", True,
     [("count", 23, None, None), ("count", 200, None, "about")], "the company"),
    ("en", "Chief Executive Thabo Mokoena said all mining at the site had been suspended pending an investigation.", True,
     [], "Thabo Mokoena"),
    ("en", "\"Our hearts are with the families of our colleagues,\" Mokoena said.", False, [], None),
    ("en", "The National Union of Mineworkers said it had warned the company about faulty winding equipment at the shaft in March.", True,
     [], "the National Union of Mineworkers"),
    ("en", "South Africa recorded 42 mining deaths last year, the lowest on record, according to the Minerals Council.", True,
     [("count", 42, None, None)], "the Minerals Council"),
    ("en", "\"How many more must die before someone is held accountable?\" the union's general secretary asked.", False, [], None),
    # --- Australian election campaign (AAP) ----------------------------------------------------
    ("en", "SYDNEY (AAP) - Opposition Leader Craig Hollis promised on Sunday to build 500,000 homes over five years if the Coalition wins the May 3 election.", True,
     [("count", 500000, None, None), ("duration", 5, "year", None), ("date", "--05-03", None, None)], None),
    ("en", "\"Young Australians are being locked out of the dream of owning a home,\" Hollis said at his campaign launch in Brisbane.", False, [], None),
    ("en", "Treasurer Ben Okafor said the plan had an A$14 billion hole in it.", True,
     [("money", 14000000000, "AUD", None)], "Ben Okafor"),
    ("en", "Home ownership among Australians aged 25 to 34 has fallen to 48% from 61% in 1981, census data show.", True,
     [("duration", 25, "year", None), ("duration", 34, "year", None), ("percent", 48, "%", None), ("percent", 61, "%", None), ("year", 1981, None, None)], None),
    ("en", "Prime Minister Claire Nguyen said her government had already delivered 1.2 million new homes since 2022.", True,
     [("count", 1200000, None, None), ("year", 2022, None, None)], "Claire Nguyen"),
    ("en", "Housing Industry Association figures show about 520,000 homes were completed in that period.", True,
     [("count", 520000, None, "about")], None),
    ("en", "A Newspoll published on Monday had Labor on 52% to the Coalition's 48% on a two-party preferred basis.", True,
     [("percent", 52, "%", None), ("percent", 48, "%", None)], None),
    ("en", "\"This election is a choice between hope and fear,\" Nguyen told supporters in Melbourne.", False, [], None),
    # --- Cholera briefing (AFP) ----------------------------------------------------------------
    ("en", "GENEVA (AFP) - Reported cholera cases rose by nearly a quarter last year to more than 810,000, the World Health Organization said on Thursday.", True,
     [("fraction", 0.25, None, "nearly"), ("count", 810000, None, "over")], "the World Health Organization"),
    ("en", "Deaths climbed by 50% to about 6,000 across 33 countries, WHO officials told a press briefing.", True,
     [("percent", 50, "%", None), ("count", 6000, None, "about"), ("count", 33, None, None)], None),
    ("en", "\"Cholera is a disease of poverty and of neglect,\" said Dr. Amira Haddad, who leads the agency's cholera response.", False, [], None),
    ("en", "Haddad said the global stockpile of oral vaccine had fallen short of its emergency level of 5 million doses through most of 2025.", True,
     [("count", 5000000, None, None), ("year", 2025, None, None)], "Haddad"),
    ("en", "Sudan, Yemen and Afghanistan accounted for more than half of all reported cases.", True,
     [("fraction", 0.5, None, "over")], None),
    ("en", "\"We have the tools, what we lack is the will,\" she said.", False, [], None),
    ("en", "The agency is appealing for $68 million to fund its response through 2026.", True,
     [("money", 68000000, "USD", None), ("year", 2026, None, None)], None),
    # --- Everton press conference (PA) ---------------------------------------------------------
    ("en", "LIVERPOOL (PA) - Everton manager Sean Doyle said on Friday that striker Danny Kerr will miss at least six weeks with a hamstring tear.", True,
     [("duration", 6, "week", "at_least")], "Sean Doyle"),
    ("en", "Kerr, 24, has scored nine of Everton's 17 league goals this season.", True,
     [("duration", 24, "year", None), ("count", 9, None, None), ("count", 17, None, None)], None),
    ("en", "\"It's a blow, but we have a squad full of characters,\" Doyle said.", False, [], None),
    ("en", "Everton are 15th in the Premier League, three points above the relegation zone.", True,
     [("ordinal", 15, None, None), ("count", 3, None, None)], None),
    ("en", "Doyle confirmed the club had held talks over a loan signing in January but said no deal was close.", True, [], None),
    ("en", "\"We don't do panic here,\" he said.", False, [], None),
    # --- Forest fund at the climate summit (Reuters) -------------------------------------------
    ("en", "BELEM, Brazil, Nov 18 (Reuters) - Britain will contribute 300 million pounds over three years to a new fund for tropical forests, Climate Secretary Hannah Price said on Tuesday.", True,
     [("date", "--11-18", None, None), ("money", 300000000, "GBP", None), ("duration", 3, "year", None)], "Hannah Price"),
    ("en", "\"The world is watching, and history will judge us on what we do in the next 10 days,\" Price told delegates.", False,
     [("duration", 10, "day", None)], None),
    ("en", "The fund aims to raise $125 billion, of which $25 billion would come from governments, Brazil's environment ministry has said.", True,
     [("money", 125000000000, "USD", None), ("money", 25000000000, "USD", None)], None),
    ("en", "So far, countries have pledged about $5.5 billion, according to a tally kept by the ministry.", True,
     [("money", 5500000000, "USD", "about")], None),
    ("en", "Tropical forest loss reached a record 6.7 million hectares in 2024, nearly twice the level of the year before, according to the University of Maryland.", True,
     [("count", 6700000, None, None), ("year", 2024, None, None), ("count", 2, "times", "nearly")], "the University of Maryland"),
    ("en", "Campaigners described the British pledge as \"a drop in the ocean\".", False, [], None),
    ("en", "Negotiators have until Friday to agree on a final text.", True, [], None),
    # --- Wildfire rebuilding in British Columbia (CP) ------------------------------------------
    ("en", "VICTORIA (CP) - British Columbia Premier Laura Sinclair said on Monday the province would spend C$1.2 billion to rebuild after this summer's wildfires, which destroyed 412 homes.", True,
     [("money", 1200000000, "CAD", None), ("count", 412, None, None)], "Laura Sinclair"),
    ("en", "More than 1.1 million hectares burned, about double the 10-year average, according to the BC Wildfire Service.", True,
     [("count", 1100000, None, "over"), ("count", 2, "times", "about"), ("duration", 10, "year", None)], "the BC Wildfire Service"),
    ("en", "\"These communities will be rebuilt, and they will be stronger than before,\" Sinclair said.", False, [], None),
    ("en", "Opposition critic Tom Harlan said residents of Lytton were still waiting for help two years after the last fire there.", True,
     [("duration", 2, "year", None)], "Tom Harlan"),
    ("en", "Two firefighters died battling the blazes, the province's first firefighter deaths since 2017.", True,
     [("count", 2, None, None), ("ordinal", 1, None, None), ("year", 2017, None, None)], None),
    ("en", "Federal officials said Ottawa would match provincial aid dollar for dollar.", True, [], None),
    # --- Senate hearing on air traffic control (Reuters) ----------------------------------------
    ("en", "WASHINGTON, Dec 4 (Reuters) - The head of the Federal Aviation Administration told senators on Thursday that the agency was short of about 3,000 air traffic controllers.", True,
     [("date", "--12-04", None, None), ("count", 3000, None, "about")], None),
    ("en", "\"We cannot hire our way out of this overnight,\" FAA Administrator Brian Kessel said.", False, [], None),
    ("en", "Kessel said the FAA had hired 2,026 controllers in fiscal 2025, the most in a single year since 1992.", True,
     [("count", 2026, None, None), ("year", 2025, None, None), ("year", 1992, None, None)], "Kessel"),
    ("en", "\"We lost 1,200 controllers to retirement last year alone,\" he said.", True,
     [("count", 1200, None, None)], None),
    ("en", "Senator Maria Ortiz, a Democrat from New Mexico, said delays blamed on staffing shortages had tripled in three years.", True,
     [("duration", 3, "year", None)], "Maria Ortiz"),
    ("en", "\"The flying public deserves far better than this,\" Ortiz said.", False, [], None),
    ("en", "Roughly one in five controllers is eligible to retire, according to the Government Accountability Office.", True,
     [("fraction", 0.2, None, "about")], "the Government Accountability Office"),
    ("en", "The agency is asking Congress for $12.5 billion over four years to replace ageing radar and radio systems.", True,
     [("money", 12500000000, "USD", None), ("duration", 4, "year", None)], None),
    ("en", "Kessel told the committee the new system would be fully operational by 2028.", True,
     [("year", 2028, None, None)], "Kessel"),
]
