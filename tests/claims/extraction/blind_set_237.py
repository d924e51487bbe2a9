"""Two-hundred-and-thirty-seventh blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People and figures are made up (Leopold
Hainzlmayr, Renate Oberlercher, Bernhard Strassnig, Wolfram Jauk, Arnold Hörtenhuber,
Ingeborg Seidlhofer, Reinhard Moserbacher, Lukas Aichbichler, Valentin Stockreiter,
Christoph Höllwarth - "Hoellwarth" in the English rows -, Marlies Pongratz-Eder, Katrin
Wiesflecker, Maximilian Grabherr, Dagmar Feichtinger-Lehr, Günter Rabensteiner - "Guenter"
in English -, Claudia Rettenwender, Verena Kapeller, Erwin Kriechhammer, Gertrude
Pfaffenlehner, Günther Fladerer - "Guenther" in English -, Dominik Hasenauer, Kurt
Stallinger, Theresia Wallner-Hochfeld, Bernhard Strohhofer, Herwig Lainer, Sandra
Pichler-Wenzl, Philipp Sallaberger, Brigitte Hauer-Lindner, Alois Stranzinger; every
unnamed spokesperson, Sektionschef, former minister, official, analyst and prosecutor);
chancellors, ministers, Landeshauptleute, Landesräte, presiding officers and office
holders of real governments, parliaments and bodies appear under made-up names that stand
for no real holder, or by their role only ("der Nationalratspräsident", "Kärntens
Landeshauptmann", "ein ÖVP-Sprecher", "der frühere Infrastrukturminister", "a government
spokesperson"). Real bodies, parties, places and things (Nationalrat, Bundesregierung,
Ministerrat, Pressefoyer, Finanzministerium, Sozialministerium, Wohnbauministerium,
Infrastrukturministerium, Kanzleramt, Fiskalrat, Rechnungshof, Parlamentsdirektion,
Untersuchungsausschuss, Verfahrensrichterin, Bundesverwaltungsgericht, Wirtschafts- und
Korruptionsstaatsanwaltschaft (WKStA), Landeswahlbehörde, Landtag, Chiemseehof,
Statistik Austria, Stabilitätspakt, Gemeindebund, Seniorenbund, Pensionistenverband,
Wirtschaftskammer, ASVG, Market-Institut, „Standard“, Unique research, „profil“,
Foresight, ORF, ÖVP, SPÖ, FPÖ, NEOS, Grüne, KPÖ, KPÖ plus, EU-Fiskalregeln, the
Bundesländer and the datelines' cities, Linz's Design Center, Leoben, Krems; the European
Commission, the Freedom Party, the People's Party, the Social Democrats, NEOS, KPO Plus,
Der Standard, WIFO, WKO) stand for the way wire copy names them; every deficit, debt
ratio, poll share, swing, seat, tally, sum, count, date and quote here is invented, no such
election, vote, inquiry or investigation took place with these results, and where a real
figure came to mind (a real deficit, a real result of an earlier Salzburg election, a real
seat count of a party, a real electorate) it was changed; the sizes of the Nationalrat, of
the Salzburg Landtag and government and the numbers of Bundesländer and of Salzburg's
municipalities are kept.

Its weight: AUSTRIAN DOMESTIC POLITICS IN APA-STYLE COPY, about three quarters German as
the brief for this batch asks (the default half and half set aside as the
hundred-eighty-fourth - about three quarters German - and two-hundred-and-thirty-second -
about 70 percent - did), over six wire weeks of one winter, Monday, January 12, to Friday,
February 20, as 32 short stories in story order, the English stories filed on the day of
their German twin: the Budgetvollzug and the deficit, the Fiskalrat's call for savings, a
Market poll for the „Standard“ with the Sonntagsfrage and the Kanzlerfrage, the run-up to a
Salzburg Landtagswahl, the FPÖ's Neujahrstreffen, an Untersuchungsausschuss on broadband
subsidies opening, a Ministerrat's housing package, a Dringliche Anfrage on asylum, the
NEOS re-electing their chair, a pension sustainability mechanism sent to Begutachtung,
WKStA searches against a Styrian Landesrat, a failed Misstrauensantrag against the
interior minister, the Rechnungshof on consultants, the Salzburg election night, the
Wahlkarten and the Wählerstromanalyse, the Landesrat's resignation, Sondierung,
Koalitionsverhandlungen, the Regierungsprogramm and the Landtag electing the
Landeshauptmann, a former Kabinettschef silent before the inquiry, the Länder breaking the
Stabilitätspakt, an Unique research poll for „profil“ and the government's Klausur in
Krems. Austrian usage ("heuer", "Jänner", "Nationalrat", "Landeshauptmann",
"Landeshauptmann-Stellvertreterin", "Landesrat", "Bundesländer", "Pensionistinnen und
Pensionisten", "Budgetvollzug", "Abgang", "Voranschlag", "Begutachtung", "Angelobung",
"Wahlkarten", "Mandate", "Mandatar", "Klubobmann", "Auskunftsperson", "der Aussage
entschlagen", "Beugestrafe", "Ordnungsruf", "Ausständig", "Freunderl",
"Politikwissenschafterin", "siebenten", "für 18. Februar" without "den", „“ quotes), with
the English rows as Reuters and AFP file Austria (FPO, OVP, SPO, KPO Plus, "state
governor", transliterated "Hoellwarth", "Guenther"). Figures as such copy has them: deficits
and debt ratios in percent, poll shares with the unit written once, moves in percentage
points and "Punkte", margins of error, fieldwork dates ("vom 7. bis 12. Jänner", "zwischen
9. und 12. Februar"), seats and tallies ("Von den 36 Sitzen ... elf ..., elf ..., sieben
..., fünf ... und zwei", "55 Abgeordnete, 123 ...", "1.214 der 1.326", "22 von 36"),
amounts in Milliarden and Millionen, shares in words ("ein Viertel", "Ein Drittel", "zur
Hälfte", "fast jeder vierte Euro", "Jeder fünfte", "Jeder zweite", "Knapp ein Drittel", "um
ein Fünftel", "nearly a quarter"), number words and compounds ("zweimal", "Dreierkoalition",
"Zehn-Punkte-Antrag", "gut sechsstündigen", "gut dreieinhalb Stunden", "zweitägigen",
"rund 50-minütigen", "44-jährige", "der 56-Jährige", "three-party", "two-day"), ordinals
("zum zweiten Mal in Folge", "der dritte Misstrauensantrag", "die vierte
Regierungsklausur", "nach der siebenten Verhandlungsrunde", "auf Platz eins", "came
fourth", "the first of four"), ages, spans, years, a double budget, dates with and without
a year and hedges. About 55 rows are negatives as such copy has them: ministers',
candidates' and opposition speakers' rhetoric, labels and accusations naming no fact, a
reassurance, protestations and the presumption of innocence, commentary on polls, an
analyst's views, an evasion and open questions - each beside a check-worthy look-alike
from the same story or speaker.

240 rows (181 German, 59 English), 55 negatives (41 German, 14 English), 185 check-worthy
rows of which 29 carry no figure (24 German, 5 English), 286 expected quantities (84
counts, 74 percentages - 61 in %, 13 in percentage points "pp" -, 32 years, 32 amounts of
money - 30 EUR, 2 USD -, 21 durations - 7 in years, 4 in minutes, 3 in hours, 3 in days, 3
in months, 1 in weeks -, 18 dates, 15 ordinals, 10 fractions; 4 of them in four negatives,
as the seventeenth batch labels a figure in a negative), 36 checked speakers (27 German, 9
English). These counts were computed by a script over the list.

Eight-word overlap: sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, reassurance, resolve or piece of rhetoric is a negative with
  speaker None, also with a named speaker and an office (seventh, ninety-eighth,
  hundred-thirty-first, hundred-fifty-first, two-hundred-and-fourth); a reported fact,
  figure, step or position is check-worthy with its speaker. Pairs from one speaker:
  Strassnig's deficit path, his 0.4 percent for the Länder and his financing claim beside
  „Die Zeit der Gießkanne ist vorbei“ and "Pensioners will not pay ..."; Seidlhofer's
  interest costs beside her „Marathon mit Gegenwind“; Moserbacher's 6,800 members and his
  six of nine Bundesländer beside his speech in the hall and his „ließ ... offen“;
  Wiesflecker's three recipients beside „mit der Schaufel verteilt“, „etwas zu verbergen“
  and "Silence is also an answer"; Hainzlmayr's 14,000 flats and his ten percent beside his
  refusal to forecast; Jauk's asylum and deportation figures beside „Kontrolle ...
  zurückgewonnen“ and „Wer bei uns Recht bricht ...“; Rettenwender's re-election beside
  „reformieren, nicht ... verwalten“; Oberlercher's mechanism beside her „Privileg der
  Erben“, her reassurance and "This coalition delivers ..."; Wallner-Hochfeld's doubled
  spending beside „Dauerlösung“; Höllwarth's talks, seats and 420 million euros beside
  „stabile Regierung der Mitte“, „schmerzhaftes Ergebnis“, „Schnittmengen“, „neues
  Kapitel“ and "stability over anger"; Pongratz-Eder's claim to the governor's post and her
  74 of 119 municipalities beside „historischen Tag“, „Thema der ersten Stunde“ and
  „Leistungsträger“; Hauer-Lindner's 17 Auskunftspersonen; Lainer's step beside „Wir haben
  verstanden“.
- Konjunktiv I paraphrases of a figure, a fact or a position are check-worthy with the
  speaker their own attribution gives ("..., sagte Strassnig." -> "Strassnig", the
  hundred-eighty-eighth's "..., sagte Koglbauer."), and with the speaker unchecked after
  "hieß es", "hieß es aus der WKStA" (two-hundred-and-thirty-second: "hieß es aus dem
  Ministerium") and "rechnete Jauk vor" (two-hundred-and-thirty-second: "rechnete vor").
- Polls (forty-first, hundred-sixteenth, hundred-thirty-fourth, two-hundred-and-fifth):
  shares, moves, samples, fieldwork dates and margins are check-worthy with the poll as an
  unchecked source; a share of respondents holding a view is a measured fact ("Mit der
  Dreierkoalition zeigen sich nur 29 Prozent ... zufrieden.", "Jeder zweite Befragte gibt
  an, ..." 0.5; hundred-sixteenth); a pollster's finding is check-worthy with its speaker
  ("Market-Studienleiter Lukas Aichbichler sagte, vor allem ältere Wählerinnen und Wähler
  seien ... abgewandert." - hundred-sixteenth: Wiesinger's lost voters); commentary on polls
  is a negative („Kommunikationsproblem“, „nicht für die nächste Umfrage“, "Polls are a
  snapshot ..."; two-hundred-and-fifth). A candidate's claim with a figure and the figures
  set against it are both check-worthy (two-hundred-and-fifth): Moserbacher's "in sechs von
  neun Bundesländern stärkste Kraft" beside „Tatsächlich ... nur in vier Bundesländern auf
  Platz eins“.
- Check-worthy without a figure (hundred-fifty-first, hundred-eighty-eighth,
  two-hundred-and-fifth): acts of record (an inquiry opening, a Dringliche Anfrage, a motion
  without a majority, the Greens voting with the coalition, an Ordnungsruf to a named
  member - hundred-eighty-eighth New -, a draft sent to Begutachtung, a resignation), steps
  announced ("kündigte an, ... zu beraten", "Mehrere Ministerien kündigten an, ...", "Die
  FPÖ kündigte an, ... eine Beugestrafe ... zu beantragen"; hundred-fifty-first), a stated
  position (Pongratz-Eder's claim to the Landeshauptmann; two-hundred-and-fifth), denials
  ("Fladerer wies die Vorwürfe zurück.", "Sallaberger wies jede Einflussnahme ... zurück.",
  "He denies any wrongdoing."; hundred-sixteenth, two-hundred-and-fourth), a witness
  refusing to testify and his stated reason, a portfolio allocation, a claim that a package
  adds nothing to the deficit (two-hundred-and-thirty-second: compliance with a fiscal rule
  without a figure), the election's winner "knapp vor der FPÖ" ("knapp" with no figure
  carries nothing, hundred-eighty-eighth), the Wahlkarten leaving the seats unchanged, a
  committee's schedule, the Commission's procedure. New: an expert body's policy
  recommendation that names a measure is check-worthy also without a figure ("Der Rat
  empfiehlt unter anderem, höhere Pensionen heuer nur unterhalb der Inflationsrate
  anzupassen.") - as a chamber's and a board's recommendations stand in the record
  (hundred-eighty-eighth: „Der Ständerat empfiehlt ... zur Ablehnung“), unlike advice to
  the public (the weather service's and the police's tips, negatives in earlier batches);
  with a figure it is check-worthy anyway (the Rechnungshof's 50,000 euros and three
  offers).
- Accusations and labels (ninety-eighth, hundred-fifty-first, two-hundred-and-fourth,
  two-hundred-and-twenty-ninth): an accusation that names a checkable act with a figure is
  check-worthy (the Greens' 1.4 billion euros "gekürzt"; two-hundred-and-twenty-ninth New);
  one naming no fact is a negative (Rabensteiner's „mit geschönten Zahlen einzulullen“,
  "accused Hoellwarth of "betraying the political centre""); labels ("sprach von",
  "nannte", "called") are negatives. Protestations, resignation statements and the
  presumption of innocence are negatives (hundred-sixteenth, hundred-fifty-first): the
  56-year-old's „nichts vorzuwerfen“ with 56 years labelled, Fladerer's „Ich trete zurück,
  damit ...“ and its English twin, „Für alle Beschuldigten gilt die Unschuldsvermutung.“
  Open questions and evasions are negatives, any figure labelled (two-hundred-and-fourth,
  two-hundred-and-fifth): „bleibt offen“, „gilt als völlig offen“, „ließ Moserbacher
  offen“, "was not immediately clear", „Ob die Koalition bis zum regulären Wahltermin 2029
  hält, wollte Hainzlmayr nicht prognostizieren.“ (2029). An analyst's impression with a
  figure is a negative with the figure labelled ("at a pace she had not seen in 20 years"
  20 years; two-hundred-and-fourth: "Personally, I'd be surprised ..."). New: an idiom's
  ordinal is labelled as written - „nicht das Thema der ersten Stunde“ is an evasion and a
  negative with ordinal 1, as the two-hundred-and-thirty-second labels the count 2 of
  „jeden Euro zweimal umgedreht“ and the seventeenth labels every figure in a negative.
- Seats, tallies and counts (forty-first, hundred-third, hundred-eighty-eighth,
  two-hundred-and-fifth): "Von den 36 Sitzen ... elf ..., elf ..., sieben ..., fünf ... und
  zwei" six counts, "22 der 36 Mandate", "22 von 36 Stimmen", "22 of the 36 seats", "74 der
  119 Gemeinden", "vier der sieben Regierungsmitglieder, die FPÖ die übrigen drei" ("übrigen"
  no hedge, two-hundred-and-thirty-fifth New), "Die übrigen sechs Mitglieder", "55
  Abgeordnete, 123 votierten dagegen", "1.214 der 1.326 anwesenden Mitglieder", "113 of the
  183 seats", "die neun Bundesländer" 9 and "in sechs von neun Bundesländern",
  "three of Austria's eight other provinces", "the two parties" 2 (hundred-third), "je zwei
  Gesprächsrunden" ("je" no hedge), "die sechs antretenden Parteien", "22
  Befragungstage" (sitting days are counted, hundred-eighty-eighth), "13 Mitglieder", "47
  Fragen", "63 Fragen", "17 Auskunftspersonen", "sieben Untergruppen", "96 Seiten"
  (hundred-eighty-eighth: "Der 612 Seiten starke Bericht"), "rund 41.000 Seiten", "elf
  Adressen", "sechs Beschuldigte", "fünf weitere Beschuldigte" ("weitere" no hedge), "In 43
  von 120 geprüften Fällen", "drei Angebote", "zweimal" 2 (the issue's "viermal"),
  "Dreierkoalition" 3 (ninety-fifth), "einen Zehn-Punkte-Antrag" 10 (hundred-sixteenth:
  "Zehn-Punkte-Plan"), "fast doppelt so viel" 2 "nearly" (hundred-eighty-eighth: "fast
  doppelt so vielen"). New: "The three-party coalition" is count 3 - the English twin of
  "Dreierkoalition" (ninety-fifth), the number word heading a hyphenated compound read as
  "her party's two-seat majority" (two-hundred-and-fifth New). None: "ihre beiden Mandate"
  (eighty-first: "für beide Jahre"), "einen Ordnungsruf", "keine Mehrheit", "mit großer
  Mehrheit" (hundred-eighty-eighth: "mit breiter Mehrheit"), "einem Großteil der Fragen",
  "Erstwählerinnen und Erstwähler" (hundred-seventy-second: "Bei den Erstwählern" carries no
  ordinal), "fast verdoppelt" (the verb carries no multiplier, hundred-fifty-first,
  two-hundred-and-fifth), "stärkste Kraft", "die jüngste", "das wichtigste Wahlmotiv",
  "Verlierer-Ampel", "Unique research".
- Shares and moves (the issue; forty-sixth, seventy-sixth, hundred-thirty-fourth,
  two-hundred-and-fifth): the unit written once serves the earlier figures ("ÖVP mit 21,
  SPÖ mit 19, NEOS mit neun und Grüne mit acht Prozent", "bei 30, die FPÖ bei 27 und die
  SPÖ bei 18 Prozent", "Die SPÖ erreicht 17,2, ... 12,4, ... 6,1 und ... 4,3 Prozent", "die
  ÖVP auf 21, die SPÖ auf 18 Prozent", "von 80,9 auf 83,2 Prozent"); poll and vote moves
  are percentage points ("zwei Prozentpunkte", "einen Punkt" 1 pp, "zwei Punkte", "ein
  Minus von 4,6 Prozentpunkten", "um 1,9 Prozentpunkte", "um 1,4 Prozentpunkte über dem
  Wert von 2023" - the comparison after the figure, hundred-first -, "14 Prozentpunkte vor
  der ÖVP", "to 13 points", "down 4.6 points", "just 0.9 percentage points behind" - "just"
  no hedge); margins "plus/minus 3,5 Prozentpunkten", "beträgt 3,1 Prozentpunkte" and
  "3.5 percentage points either way" with no hedge (hundred-fifty-first); "der
  Drei-Prozent-Grenze" 3 and "an der Fünf-Prozent-Hürde" 5 with no hedge
  (hundred-thirty-eighth, hundred-third); "unter drei Prozent" 3 "under"
  (two-hundred-and-fifth New: "unter" right before a bare share); "bis zu 0,3 Prozent des
  BIP" "up_to", "auf zusammen 0,4 Prozent" ("zusammen" no hedge), "Nur 29 Prozent" and
  "just 0.9%" no hedge. New: the party name "KPÖ plus" ("KPO Plus" in English) carries no
  figure and no sign - "die KPÖ plus 12,4" is 12.4 % with no hedge, "plus" being part of
  the list's name as "Global 2000" and "Isar 2" are names (hundred-thirty-eighth,
  two-hundred-and-twenty-ninth), not the "plus" of "plus/minus".
- Fractions (the issue; hundred-sixteenth, hundred-eighty-eighth): "knapp ein Viertel
  davon" 0.25 "nearly", "Ein Drittel der Mittel" 0.3333, "zur Hälfte" 0.5 (as "je zur
  Hälfte"), "fast jeder vierte Euro" 0.25 "nearly", "Jeder fünfte Auftrag" 0.2, "Jeder
  zweite Befragte" 0.5, "Knapp ein Drittel" 0.3333 "nearly", "um ein Fünftel weniger" 0.2
  and "um ein Viertel mehr" 0.25 ("um" before a difference no hedge,
  two-hundred-and-thirty-second), "nearly a quarter" 0.25 "nearly".
- Ordinals (the issue; hundred-eighty-eighth, two-hundred-and-fifth): "zum zweiten Mal in
  Folge" and "zum zweiten Mal" 2 ("in Folge" no hedge), "Als erste Auskunftsperson" 1,
  "ihre dritte Wiederwahl" 3, "der dritte Misstrauensantrag" 3 ("bereits" no hedge), "das
  dritte Mitglied" 3, "the third" (twice), "nach der siebenten Verhandlungsrunde" 7 (the
  Austrian form, eighteenth: "in der siebenten Runde"), "auf Platz eins" 1, "die vierte
  Regierungsklausur" and "fourth retreat" 4, "came fourth" 4, "the first of four" 1 and 4.
- Durations and ages (the issue; every batch): "Gut zwei Wochen vor der Landtagswahl" 2
  weeks "over" (two-hundred-and-fifth: "Gut 13 Monate vor"), "knapp 90 Minuten" "nearly",
  "gut dreieinhalb Stunden" 3.5 hours "over" (hundred-seventy-sixth: "gut anderthalb
  Stunden"), "vor zwei Jahren" 2 years, "um etwa zwei Monate pro Jahr" "about" ("pro Jahr"
  none), "für 15 Minuten unterbrochen" and "suspended for 15 minutes" (two-hundred-and-
  thirty-second New: a sitting suspended for a stated time), "Sieben Tage nach" 7 days,
  "gut sechsstündigen" 6 hours "over", "knapp vier Stunden" "nearly", "rund 50-minütigen"
  50 minutes "about" (two-hundred-and-thirty-second: "rund 75-minütigen Rede"),
  "zweitägigen" and "two-day" 2 days, "vor gut elf Monaten" "over" and "11 months ago";
  ages "der 56-Jährige", "44-jährige", "Mit 47 Jahren", "Guenther Fladerer, 56," and "unter
  30 Jahren" 30 years "under" (two-hundred-and-fifth: "bei den unter 30-Jährigen"); "at a
  pace she had not seen in 20 years" 20 years in a negative. "mehr als vor zwei Jahren"
  keeps no hedge - "mehr als" stands before "vor", compares and bounds no figure
  (two-hundred-and-twenty-ninth New: "more than in the previous three years combined").
  None: "heuer", "im vergangenen Jahr", "im Vorjahr", "das kommende Jahr", "für das laufende
  Jahr", "jährlich", "im Monat", "pro Jahr", "a year", "a year earlier", "last year", "this
  year", "last summer", "a week after" (an article, hundred-fifty-first: "binnen einer
  Woche"), "bis Ende Juni", "bis Mitte Februar", "mid-February", "für den Herbst", "am
  Wahlabend", weekdays ("am Montag", "am Mittwoch", "on Sunday") and months ("im
  Dezember").
- Money in the currency written (every batch): "17,9 Milliarden Euro, rund 1,1 Milliarden
  Euro mehr als im Voranschlag" ("mehr als" after the figure compares), "insgesamt rund 5,2
  Milliarden Euro" "about" ("insgesamt" no hedge), "auf über zwölf Milliarden Euro
  jährlich" "over" ("über" right before the figure, hundred-fifty-first), "je 1,2 Millionen
  Euro" ("je" no hedge), "zusammen mehr als 200 Millionen Euro" "over", "mindestens zwei
  Milliarden Euro" "at_least", "1.640 Euro brutto im Monat", "ab einem Auftragswert von
  50.000 Euro" ("ab" no hedge), "Allein ... knapp 88 Millionen Euro" "nearly", "aber
  höchstens 150.000 Euro" "at_most", "Davon sollen 400 Millionen Euro" ("Davon" no hedge),
  "about 2.5 billion euros ($2.9 billion)" both, EUR "about" and USD with none (eightieth),
  "a 650 million euro ($760 million) package" both, "up to 150,000 euros" "up_to".
- Years and dates: "im Budgetvollzug 2025" 2025 (a budget named by its year,
  two-hundred-and-thirty-second), "ein Doppelbudget 2027/28" 2027 and 2028 (fortieth,
  two-hundred-and-thirty-second), "seit der Wahl 2024", "the 2024 election", "Im Jahr 2024",
  "im Jahr 2021", "zwischen 2020 und 2024" and "between 2020 and 2024" both, "ab 2030"
  ("ab" no hedge), "from 2030", "bis 2028", "bis 2029", "bis 2030", "by autumn 2029",
  "Seit 2021", "seit 2019"; "vom 7. bis 12. Jänner" --01-07 and --01-12 and "zwischen 9. und
  12. Februar" --02-09 and --02-12 (the month written once serves the earlier day,
  hundred-fourteenth; "zwischen" no hedge), "am 23. Februar" and "until Feb 23" --02-23,
  "voraussichtlich am 17. Februar" --02-17 ("voraussichtlich" no hedge,
  hundred-fifty-first), "für 18. Februar" --02-18 and "für 24. Februar" --02-24 (Austrian
  without the article, two-hundred-and-twenty-ninth: "seit 1. März"); Reuters and AFP
  datelines with a day ("VIENNA, Jan 12 (Reuters)", "VIENNA, Jan 26 (AFP)", "SALZBURG, Feb 1
  (AFP)", ...; hundred-fifteenth) dates without a year; APA datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "etwa", "about" "about"; "knapp", "Knapp",
  "fast", "nearly" "nearly"; "gut", "Gut", "mehr als", "über", "just over" "over"
  (hundred-seventy-sixth: "just over an hour and a half"); "unter" right before a share or
  an age "under"; "bis zu", "up to" "up_to"; "mindestens" "at_least"; "höchstens"
  "at_most". No hedge: "nur", "Nur", "just", "insgesamt", "Insgesamt", "zusammen", "je",
  "allein", "Allein", "Davon", "darunter", "bereits", "inzwischen", "weitere", "übrigen",
  "ab", "voraussichtlich", "zwischen", "plus/minus", "either way", "um" before a difference,
  and "mehr als" after a figure or before "vor".
- Speakers, checked only in forms the earlier batches settled: "teilte das
  Finanzministerium am Montag mit", "teilte die Landeswahlbehörde mit" and "... am Montag
  mit", "teilte das Wohnbauministerium mit", "teilte die WKStA mit" the source with its
  article in the nominative, the weekday dropped (hundred-second, hundred-sixteenth,
  hundred-eighty-eighth, two-hundred-and-fifth); "wie die Parlamentsdirektion mitteilte"
  -> "die Parlamentsdirektion" - the earlier batches disagree on "wie ... mitteilte" with a
  body (hundred-second, hundred-sixteenth, hundred-fifty-first and two-hundred-and-fifth
  check it, two-hundred-and-fourth left it unchecked), and this batch follows the majority;
  "nach Angaben des Sozialministeriums" -> "das Sozialministerium" (seventieth,
  hundred-eighty-eighth); "sagte Kanzler Leopold Hainzlmayr (ÖVP) im Pressefoyer nach dem
  Ministerrat" -> "Leopold Hainzlmayr", the title, the party and the occasion dropped
  (hundred-fifty-first: "nach dem Ministerrat"; hundred-seventy-sixth: the briefing
  dropped); "X sagte, ..." opening the row with the title dropped
  ("Fiskalratspräsidentin Ingeborg Seidlhofer", "Market-Studienleiter Lukas Aichbichler",
  "FPÖ-Spitzenkandidatin Marlies Pongratz-Eder", "Grünen-Fraktionsführerin Katrin
  Wiesflecker", "Seniorenbund-Obfrau Gertrude Pfaffenlehner", "Rechnungshofpräsidentin
  Theresia Wallner-Hochfeld", "Foresight-Wahlforscher Bernhard Strohhofer",
  "Verfahrensrichterin Brigitte Hauer-Lindner" - hundred-sixteenth -, "Gemeindebund-
  Präsident Alois Stranzinger"; hundred-fifty-first, two-hundred-and-fifth,
  two-hundred-and-thirty-second) and the surname as written ("Moserbacher sagte" twice,
  "Jauk sagte", "Jauk sagte in der Debatte" - two-hundred-and-thirty-second: "sagte im
  Bundestag" -, "Pongratz-Eder sagte", "Höllwarth sagte" twice, "Strassnig sagte",
  "Hainzlmayr sagte", "..., sagte Strassnig."). English: "Finance Minister Bernhard
  Strassnig said" (twice), "Social Affairs Minister Renate Oberlercher said on Monday", "FPO
  candidate Marlies Pongratz-Eder said", "state governor Christoph Hoellwarth said on
  Thursday", "Chancellor Leopold Hainzlmayr said after a two-day cabinet retreat" and
  "Presiding judge Brigitte Hauer-Lindner said" the name with the office, the weekday and
  the occasion dropped (hundred-forty-sixth: "Presiding judge Sabine Keppler-Thiel said";
  hundred-fifty-first, hundred-eighty-eighth, two-hundred-and-fifth); names are checked as
  each row spells them, "Höllwarth" in German and "Hoellwarth" in English
  (two-hundred-and-fifth, two-hundred-and-thirty-fifth: names as written); "Jauk told
  parliament" (hundred-forty-first, hundred-eighty-eighth); "according to the interior
  ministry" with the article (hundred-eighty-eighth). Left unchecked (None): all negatives,
  also those with a named speaker; polls, results, analyses and data as sources ("in der
  Sonntagsfrage des Market-Instituts", "Laut vorläufigem Ergebnis", "Laut einer
  Wählerstromanalyse", "preliminary results showed", "a Market survey ... showed",
  "preliminary finance ministry figures showed", "geht aus Daten der Statistik Austria
  hervor", "wie ein Prüfbericht des Rechnungshofs zeigt", "according to the draft law";
  hundred-third, two-hundred-and-fifth); estimates ("nach Berechnungen des Rats", "The WIFO
  economic institute forecasts"; hundred-tenth); "nach Parteiangaben" (hundred-twentieth:
  "nach ORF-Angaben"), "nach Zählung der Grünen" (hundred-twentieth: "nach einer Zählung
  der APA"); "hieß es", "hieß es aus der WKStA", "rechnete ... vor", "kündigte(n) an",
  "verwies" (two-hundred-and-thirty-second); pronouns ("he said"; seventy-seventh); plural
  and unnamed sources ("prosecutors said"; forty-first); rows without attribution.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_237 = [
    # --- Budgetvollzug 2025: Defizit bei 4,3 Prozent (APA) ---
    (
        "de",
        "Wien (APA) - Das gesamtstaatliche Defizit Österreichs ist im vergangenen Jahr nach vorläufigen Zahlen auf 4,3 Prozent der Wirtschaftsleistung gestiegen.",
        True,
        [("percent", 4.3, "%", None)],
        None,
    ),
    (
        "de",
        "Der Bund allein verbuchte im Budgetvollzug 2025 einen Abgang von 17,9 Milliarden Euro, rund 1,1 Milliarden Euro mehr als im Voranschlag vorgesehen, teilte das Finanzministerium am Montag mit.",
        True,
        [("year", 2025, None, None), ("money", 17900000000, "EUR", None), ("money", 1100000000, "EUR", "about")],
        "das Finanzministerium",
    ),
    ("de", "„Die Zeit der Gießkanne ist vorbei“, sagte Finanzminister Bernhard Strassnig (SPÖ).", False, [], None),
    (
        "de",
        "Die Schuldenquote stieg demnach von 80,9 auf 83,2 Prozent.",
        True,
        [("percent", 80.9, "%", None), ("percent", 83.2, "%", None)],
        None,
    ),
    (
        "de",
        "Österreich liegt damit zum zweiten Mal in Folge über der Drei-Prozent-Grenze der EU-Fiskalregeln.",
        True,
        [("ordinal", 2, None, None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Für heuer peilt die Regierung ein Defizit von 3,9 Prozent an, bis 2028 soll es unter drei Prozent sinken.",
        True,
        [("percent", 3.9, "%", None), ("year", 2028, None, None), ("percent", 3, "%", "under")],
        None,
    ),
    (
        "de",
        "FPÖ-Budgetsprecher Arnold Hörtenhuber sprach von einem „Offenbarungseid der Verlierer-Ampel“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Grünen warfen der Koalition vor, das Klimaschutzbudget heuer um 1,4 Milliarden Euro gekürzt zu haben.",
        True,
        [("money", 1400000000, "EUR", None)],
        None,
    ),
    # --- Austria deficit (Reuters) ---
    (
        "en",
        "VIENNA, Jan 12 (Reuters) - Austria's budget deficit widened to 4.3% of economic output last year, preliminary finance ministry figures showed on Monday, keeping the country well above the European Union's 3% ceiling.",
        True,
        [("date", "--01-12", None, None), ("percent", 4.3, "%", None), ("percent", 3, "%", None)],
        None,
    ),
    (
        "en",
        "Finance Minister Bernhard Strassnig said the government would need further savings of about 2.5 billion euros ($2.9 billion) this year to meet its deficit target of 3.9%.",
        True,
        [("money", 2500000000, "EUR", "about"), ("money", 2900000000, "USD", None), ("percent", 3.9, "%", None)],
        "Bernhard Strassnig",
    ),
    (
        "en",
        "Public debt rose to 83.2% of gross domestic product from 80.9% a year earlier, he said.",
        True,
        [("percent", 83.2, "%", None), ("percent", 80.9, "%", None)],
        None,
    ),
    (
        "en",
        "The European Commission opened an excessive deficit procedure against Austria last summer.",
        True,
        [],
        None,
    ),
    ("en", '"Pensioners will not pay for the mistakes of the past," Strassnig told reporters.', False, [], None),
    (
        "en",
        'The far-right Freedom Party (FPO), which leads national opinion polls, called the figures "proof of total failure."',
        False,
        [],
        None,
    ),
    # --- Fiskalrat verlangt weitere Einsparungen (APA) ---
    (
        "de",
        "Wien (APA) - Der Fiskalrat hält für heuer und das kommende Jahr zusätzliche Einsparungen von insgesamt rund 5,2 Milliarden Euro für nötig.",
        True,
        [("money", 5200000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ohne Gegensteuern läge das Defizit nach Berechnungen des Rats 2026 bei 4,4 Prozent und 2027 bei 4,1 Prozent.",
        True,
        [
            ("year", 2026, None, None),
            ("percent", 4.4, "%", None),
            ("year", 2027, None, None),
            ("percent", 4.1, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Fiskalratspräsidentin Ingeborg Seidlhofer sagte, die Zinskosten der Republik kletterten bis 2029 auf über zwölf Milliarden Euro jährlich.",
        True,
        [("year", 2029, None, None), ("money", 12000000000, "EUR", "over")],
        "Ingeborg Seidlhofer",
    ),
    (
        "de",
        "„Die Sanierung des Budgets ist kein Sprint, sondern ein Marathon mit Gegenwind“, sagte Seidlhofer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Rat empfiehlt unter anderem, höhere Pensionen heuer nur unterhalb der Inflationsrate anzupassen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Seit 2021 hat der Rat seine Defizitprognose für das laufende Jahr nur zweimal nach unten korrigiert.",
        True,
        [("year", 2021, None, None), ("count", 2, None, None)],
        None,
    ),
    ("de", "Wie hoch der Beitrag der Länder zur Sanierung ausfallen muss, bleibt offen.", False, [], None),
    # --- Sonntagsfrage: FPÖ klar voran (APA) ---
    (
        "de",
        "Wien (APA) - Die FPÖ liegt in der Sonntagsfrage des Market-Instituts für den „Standard“ mit 34 Prozent weiter klar voran.",
        True,
        [("percent", 34, "%", None)],
        None,
    ),
    (
        "de",
        "Dahinter folgen ÖVP mit 21, SPÖ mit 19, NEOS mit neun und Grüne mit acht Prozent.",
        True,
        [("percent", 21, "%", None), ("percent", 19, "%", None), ("percent", 9, "%", None), ("percent", 8, "%", None)],
        None,
    ),
    (
        "de",
        "Die KPÖ würde mit drei Prozent den Einzug in den Nationalrat verpassen.",
        True,
        [("percent", 3, "%", None)],
        None,
    ),
    (
        "de",
        "Gegenüber der Erhebung im Dezember verliert die ÖVP zwei Prozentpunkte, die FPÖ legt einen Punkt zu.",
        True,
        [("percent", 2, "pp", None), ("percent", 1, "pp", None)],
        None,
    ),
    (
        "de",
        "Befragt wurden vom 7. bis 12. Jänner 800 Wahlberechtigte online, die maximale Schwankungsbreite liegt bei plus/minus 3,5 Prozentpunkten.",
        True,
        [
            ("date", "--01-07", None, None),
            ("date", "--01-12", None, None),
            ("count", 800, None, None),
            ("percent", 3.5, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "In der Kanzlerfrage käme FPÖ-Chef Reinhard Moserbacher auf 27 Prozent, Kanzler Leopold Hainzlmayr auf 18 Prozent.",
        True,
        [("percent", 27, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Mit der Dreierkoalition zeigen sich nur 29 Prozent der Befragten zufrieden.",
        True,
        [("percent", 29, "%", None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "„Die Regierung hat ein Kommunikationsproblem, kein inhaltliches“, sagte ein ÖVP-Sprecher zu den Werten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Market-Studienleiter Lukas Aichbichler sagte, vor allem ältere Wählerinnen und Wähler seien von der ÖVP zur FPÖ abgewandert.",
        True,
        [],
        "Lukas Aichbichler",
    ),
    # --- Freedom Party poll lead (Reuters) ---
    (
        "en",
        "VIENNA, Jan 14 (Reuters) - The far-right Freedom Party (FPO) has extended its poll lead over Chancellor Leopold Hainzlmayr's conservatives to 13 points, a Market survey for the newspaper Der Standard showed on Wednesday.",
        True,
        [("date", "--01-14", None, None), ("percent", 13, "pp", None)],
        None,
    ),
    (
        "en",
        "The FPO stood at 34%, the People's Party (OVP) at 21% and the Social Democrats (SPO) at 19%.",
        True,
        [("percent", 34, "%", None), ("percent", 21, "%", None), ("percent", 19, "%", None)],
        None,
    ),
    (
        "en",
        "The online survey polled 800 eligible voters, and its margin of error is 3.5 percentage points either way.",
        True,
        [("count", 800, None, None), ("percent", 3.5, "pp", None)],
        None,
    ),
    (
        "en",
        "The three-party coalition of the OVP, SPO and liberal NEOS holds 113 of the 183 seats in the lower house of parliament.",
        True,
        [("count", 3, None, None), ("count", 113, None, None), ("count", 183, None, None)],
        None,
    ),
    ("en", "The next parliamentary election is due by autumn 2029.", True, [("year", 2029, None, None)], None),
    ("en", '"Polls are a snapshot, not a verdict," a government spokesperson said.', False, [], None),
    (
        "en",
        "Political scientist Verena Kapeller said the conservatives were losing older voters to the FPO at a pace she had not seen in 20 years.",
        False,
        [("duration", 20, "year", None)],
        None,
    ),
    # --- Landtagswahl Salzburg: Kostendeckel und Kandidaten (APA) ---
    (
        "de",
        "Salzburg (APA) - Gut zwei Wochen vor der Landtagswahl in Salzburg haben sich die sechs antretenden Parteien auf eine Obergrenze für Wahlkampfkosten von je 1,2 Millionen Euro geeinigt.",
        True,
        [("duration", 2, "week", "over"), ("count", 6, None, None), ("money", 1200000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Insgesamt bewerben sich 214 Kandidatinnen und Kandidaten um die 36 Sitze im Landtag, teilte die Landeswahlbehörde mit.",
        True,
        [("count", 214, None, None), ("count", 36, None, None)],
        "die Landeswahlbehörde",
    ),
    (
        "de",
        "Rund 386.000 Salzburgerinnen und Salzburger sind wahlberechtigt, darunter rund 9.700 Erstwählerinnen und Erstwähler.",
        True,
        [("count", 386000, None, "about"), ("count", 9700, None, "about")],
        None,
    ),
    (
        "de",
        "Landeshauptmann Christoph Höllwarth (ÖVP) sagte, er strebe „eine stabile Regierung der Mitte“ an.",
        False,
        [],
        None,
    ),
    (
        "de",
        "FPÖ-Spitzenkandidatin Marlies Pongratz-Eder sagte, ihre Partei werde nur mit dem Anspruch auf den Landeshauptmann in Verhandlungen gehen.",
        True,
        [],
        "Marlies Pongratz-Eder",
    ),
    (
        "de",
        "In der letzten Umfrage vor der Wahl lag die ÖVP bei 30, die FPÖ bei 27 und die SPÖ bei 18 Prozent.",
        True,
        [("percent", 30, "%", None), ("percent", 27, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    ("de", "Wer nach der Wahl mit wem regiert, gilt als völlig offen.", False, [], None),
    # --- FPÖ-Neujahrstreffen in Linz (APA) ---
    (
        "de",
        "Linz (APA) - Rund 4.500 Anhängerinnen und Anhänger sind nach Parteiangaben zum Neujahrstreffen der FPÖ ins Linzer Design Center gekommen.",
        True,
        [("count", 4500, None, "about")],
        None,
    ),
    (
        "de",
        "„Dieses Land gehört nicht der Regierung, es gehört den Leuten, die es jeden Tag am Laufen halten“, rief Moserbacher in den Saal.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Moserbacher sagte, die FPÖ habe im vergangenen Jahr rund 6.800 neue Mitglieder gewonnen.",
        True,
        [("count", 6800, None, "about")],
        "Moserbacher",
    ),
    ("de", "Die Rede des FPÖ-Chefs dauerte knapp 90 Minuten.", True, [("duration", 90, "minute", "nearly")], None),
    ("de", "NEOS-Klubobmann Valentin Stockreiter nannte den Auftritt „Stammtisch mit Lichtshow“.", False, [], None),
    (
        "de",
        "Vor dem Veranstaltungsort demonstrierten rund 300 Menschen gegen das Treffen.",
        True,
        [("count", 300, None, "about")],
        None,
    ),
    (
        "de",
        "Mit wem die FPÖ nach der nächsten Nationalratswahl koalieren würde, ließ Moserbacher offen.",
        False,
        [],
        None,
    ),
    # --- U-Ausschuss zu Breitbandförderungen startet (APA) ---
    (
        "de",
        "Wien (APA) - Der von FPÖ und Grünen verlangte Untersuchungsausschuss zur Vergabe von Breitbandförderungen hat am Montag seine Arbeit aufgenommen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Zentrum stehen Förderzusagen von rund 860 Millionen Euro, die zwischen 2020 und 2024 vergeben wurden.",
        True,
        [("money", 860000000, "EUR", "about"), ("year", 2020, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "Der Ausschuss hat 13 Mitglieder und soll bis Ende Juni 22 Befragungstage abhalten, wie die Parlamentsdirektion mitteilte.",
        True,
        [("count", 13, None, None), ("count", 22, None, None)],
        "die Parlamentsdirektion",
    ),
    (
        "de",
        "Aus den Ministerien wurden bisher rund 41.000 Seiten an Akten geliefert, knapp ein Viertel davon geschwärzt.",
        True,
        [("count", 41000, None, "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "de",
        "Grünen-Fraktionsführerin Katrin Wiesflecker sagte, drei Förderempfänger hätten zusammen mehr als 200 Millionen Euro erhalten, ohne die vereinbarten Ausbauziele zu erreichen.",
        True,
        [("count", 3, None, None), ("money", 200000000, "EUR", "over")],
        "Katrin Wiesflecker",
    ),
    ("de", "„Hier wurde Steuergeld mit der Schaufel verteilt“, sagte Wiesflecker.", False, [], None),
    ("de", "ÖVP-Fraktionsführer Maximilian Grabherr sprach von einem „Tribunal ohne Tatbestand“.", False, [], None),
    (
        "de",
        "Als erste Auskunftsperson ist am Mittwoch ein früherer Sektionschef des Infrastrukturministeriums geladen.",
        True,
        [("ordinal", 1, None, None)],
        None,
    ),
    # --- Ministerrat beschließt Wohnbaupaket (APA) ---
    (
        "de",
        "Wien (APA) - Die Bundesregierung hat im Ministerrat ein Wohnbaupaket im Umfang von 1,3 Milliarden Euro beschlossen.",
        True,
        [("money", 1300000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Damit sollen bis 2028 rund 14.000 zusätzliche geförderte Mietwohnungen entstehen, sagte Kanzler Leopold Hainzlmayr (ÖVP) im Pressefoyer nach dem Ministerrat.",
        True,
        [("year", 2028, None, None), ("count", 14000, None, "about")],
        "Leopold Hainzlmayr",
    ),
    (
        "de",
        "Ein Drittel der Mittel ist für die Sanierung bestehender Gebäude reserviert, teilte das Wohnbauministerium mit.",
        True,
        [("fraction", 0.3333, None, None)],
        "das Wohnbauministerium",
    ),
    (
        "de",
        "„Ein Dach über dem Kopf darf kein Privileg der Erben sein“, sagte Vizekanzlerin Renate Oberlercher (SPÖ).",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Länder müssen die Bundesmittel zur Hälfte aus eigenen Budgets aufstocken, um sie abrufen zu können.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Die Bauwirtschaft hatte ein Paket von mindestens zwei Milliarden Euro gefordert.",
        True,
        [("money", 2000000000, "EUR", "at_least")],
        None,
    ),
    (
        "de",
        "FPÖ-Bautensprecherin Dagmar Feichtinger-Lehr nannte das Paket „Kosmetik für die Schlagzeilen“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Im Jahr 2024 wurden österreichweit knapp 47.000 Wohnungen fertiggestellt, um ein Fünftel weniger als 2022.",
        True,
        [
            ("year", 2024, None, None),
            ("count", 47000, None, "nearly"),
            ("fraction", 0.2, None, None),
            ("year", 2022, None, None),
        ],
        None,
    ),
    # --- Dringliche Anfrage zur Asylpolitik (APA) ---
    (
        "de",
        "Wien (APA) - Die FPÖ hat Innenminister Wolfram Jauk (ÖVP) im Nationalrat mit einer Dringlichen Anfrage zur Asylpolitik konfrontiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Anfrage umfasste 47 Fragen, unter anderem zu den Kosten der Grundversorgung.",
        True,
        [("count", 47, None, None)],
        None,
    ),
    (
        "de",
        "Jauk sagte, die Zahl der Asylanträge sei im Vorjahr um 38 Prozent auf rund 15.600 gesunken.",
        True,
        [("percent", 38, "%", None), ("count", 15600, None, "about")],
        "Jauk",
    ),
    (
        "de",
        "Die Grundversorgung habe Bund und Länder im Vorjahr zusammen rund 610 Millionen Euro gekostet, rechnete Jauk vor.",
        True,
        [("money", 610000000, "EUR", "about")],
        None,
    ),
    ("de", "„Wir haben die Kontrolle über unsere Grenzen zurückgewonnen“, sagte Jauk.", False, [], None),
    (
        "de",
        "FPÖ-Sicherheitssprecher Günter Rabensteiner warf dem Minister vor, die Bevölkerung „mit geschönten Zahlen einzulullen“.",
        False,
        [],
        None,
    ),
    ("de", "Ein Entschließungsantrag der FPÖ für einen sofortigen Asylstopp fand keine Mehrheit.", True, [], None),
    ("de", "Die Debatte dauerte gut dreieinhalb Stunden.", True, [("duration", 3.5, "hour", "over")], None),
    # --- NEOS bestätigen Parteichefin (APA) ---
    (
        "de",
        "Wien (APA) - NEOS-Chefin Claudia Rettenwender ist bei der Mitgliederversammlung ihrer Partei mit 91,6 Prozent der Stimmen als Vorsitzende bestätigt worden.",
        True,
        [("percent", 91.6, "%", None)],
        None,
    ),
    (
        "de",
        "Für sie stimmten 1.214 der 1.326 anwesenden Mitglieder.",
        True,
        [("count", 1214, None, None), ("count", 1326, None, None)],
        None,
    ),
    (
        "de",
        "Es ist ihre dritte Wiederwahl seit der Übernahme des Vorsitzes im Jahr 2021.",
        True,
        [("ordinal", 3, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "de",
        "„Wir sind in die Regierung gegangen, um zu reformieren, nicht um zu verwalten“, sagte Rettenwender.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Partei zähle inzwischen rund 3.900 Mitglieder, um ein Viertel mehr als vor zwei Jahren, hieß es.",
        True,
        [("count", 3900, None, "about"), ("fraction", 0.25, None, None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "de",
        "Die Delegierten beschlossen einen Zehn-Punkte-Antrag zum Abbau von Bürokratie.",
        True,
        [("count", 10, None, None)],
        None,
    ),
    (
        "de",
        "Ein Antrag der Parteijugend, die Koalition bei einem Scheitern der Pensionsreform zu verlassen, wurde mit großer Mehrheit abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Politikwissenschafterin Verena Kapeller sagte, sie halte die NEOS für den „unruhigsten Partner in dieser Koalition“.",
        False,
        [],
        None,
    ),
    # --- Nachhaltigkeitsmechanismus für Pensionen in Begutachtung (APA) ---
    (
        "de",
        "Wien (APA) - Vizekanzlerin und Sozialministerin Renate Oberlercher (SPÖ) hat einen Gesetzesentwurf für einen automatischen Nachhaltigkeitsmechanismus im Pensionssystem in Begutachtung geschickt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Steigen die Zuschüsse des Bundes zu den Pensionen über den vereinbarten Pfad, sollen ab 2030 automatisch Einsparungen von bis zu 0,3 Prozent des BIP greifen.",
        True,
        [("year", 2030, None, None), ("percent", 0.3, "%", "up_to")],
        None,
    ),
    (
        "de",
        "Derzeit schießt der Bund nach Angaben des Sozialministeriums jährlich rund 29,4 Milliarden Euro zu den Pensionen zu.",
        True,
        [("money", 29400000000, "EUR", "about")],
        "das Sozialministerium",
    ),
    ("de", "Das ist fast jeder vierte Euro, den der Bund ausgibt.", True, [("fraction", 0.25, None, "nearly")], None),
    (
        "de",
        "Pensionistenverband-Präsident Erwin Kriechhammer sprach von einem „Kürzungsautomaten gegen Jung und Alt“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seniorenbund-Obfrau Gertrude Pfaffenlehner sagte, eine durchschnittliche ASVG-Alterspension liege derzeit bei 1.640 Euro brutto im Monat.",
        True,
        [("money", 1640, "EUR", None)],
        "Gertrude Pfaffenlehner",
    ),
    (
        "de",
        "„Niemandem wird etwas weggenommen, das ist ein Sicherheitsnetz“, versicherte Oberlercher.",
        False,
        [],
        None,
    ),
    ("de", "Die Begutachtungsfrist endet am 23. Februar.", True, [("date", "--02-23", None, None)], None),
    (
        "de",
        "Das durchschnittliche Pensionsantrittsalter steigt seit 2019 um etwa zwei Monate pro Jahr.",
        True,
        [("year", 2019, None, None), ("duration", 2, "month", "about")],
        None,
    ),
    # --- Pension cuts on autopilot (AFP) ---
    (
        "en",
        "VIENNA, Jan 26 (AFP) - Austria plans automatic cuts to pension spending from 2030 if costs overshoot an agreed path, Social Affairs Minister Renate Oberlercher said on Monday.",
        True,
        [("date", "--01-26", None, None), ("year", 2030, None, None)],
        "Renate Oberlercher",
    ),
    (
        "en",
        "The savings could reach up to 0.3% of gross domestic product, according to the draft law.",
        True,
        [("percent", 0.3, "%", "up_to")],
        None,
    ),
    (
        "en",
        "Austria spends about 29.4 billion euros a year from its federal budget on pensions, nearly a quarter of all federal spending.",
        True,
        [("money", 29400000000, "EUR", "about"), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    (
        "en",
        "The country has about 2.6 million pensioners in a population of just over 9 million.",
        True,
        [("count", 2600000, None, "about"), ("count", 9000000, None, "over")],
        None,
    ),
    ("en", '"Nobody will have anything taken away," Oberlercher said.', False, [], None),
    (
        "en",
        'The head of the pensioners\' association, Erwin Kriechhammer, called the plan "an autopilot for cuts."',
        False,
        [],
        None,
    ),
    ("en", "The draft is open for consultation until Feb 23.", True, [("date", "--02-23", None, None)], None),
    # --- WKStA ermittelt gegen steirischen Landesrat (APA) ---
    (
        "de",
        "Graz (APA) - Gegen den steirischen Landesrat Günther Fladerer (ÖVP) laufen Ermittlungen der Korruptionsstaatsanwaltschaft wegen des Verdachts der Untreue.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ermittler durchsuchten am Dienstag elf Adressen in Graz, Leoben und Wien, darunter Büros der Landesregierung.",
        True,
        [("count", 11, None, None)],
        None,
    ),
    (
        "de",
        "Es geht um Förderungen für Sportvereine von insgesamt rund 2,7 Millionen Euro, die zwischen 2022 und 2025 vergeben wurden, teilte die WKStA mit.",
        True,
        [("money", 2700000, "EUR", "about"), ("year", 2022, None, None), ("year", 2025, None, None)],
        "die WKStA",
    ),
    ("de", "Insgesamt führe man sechs Beschuldigte, hieß es.", True, [("count", 6, None, None)], None),
    ("de", "Fladerer wies die Vorwürfe zurück.", True, [], None),
    (
        "de",
        "„Ich habe mir nichts vorzuwerfen und werde mit den Behörden voll kooperieren“, sagte der 56-Jährige.",
        False,
        [("duration", 56, "year", None)],
        None,
    ),
    ("de", "Für alle Beschuldigten gilt die Unschuldsvermutung.", False, [], None),
    # --- Misstrauensantrag gegen Innenminister gescheitert (APA) ---
    (
        "de",
        "Wien (APA) - Innenminister Wolfram Jauk bleibt im Amt: Ein Misstrauensantrag der Freiheitlichen fand im Nationalrat keine Mehrheit.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Antrag stimmten 55 Abgeordnete, 123 votierten dagegen.",
        True,
        [("count", 55, None, None), ("count", 123, None, None)],
        None,
    ),
    (
        "de",
        "Es war bereits der dritte Misstrauensantrag gegen ein Regierungsmitglied in dieser Gesetzgebungsperiode.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    ("de", "Die Grünen stimmten gemeinsam mit den Koalitionsparteien gegen den Antrag.", True, [], None),
    ("de", "FPÖ-Generalsekretär Dominik Hasenauer nannte Jauk einen „Schönwetterminister“.", False, [], None),
    (
        "de",
        "Jauk sagte in der Debatte, die Zahl der Abschiebungen sei im Vorjahr um zwölf Prozent auf 7.480 gestiegen.",
        True,
        [("percent", 12, "%", None), ("count", 7480, None, None)],
        "Jauk",
    ),
    ("de", "„Wer bei uns Recht bricht, muss gehen, das ist meine Linie“, sagte Jauk.", False, [], None),
    (
        "de",
        "Die Sitzung wurde nach Tumulten auf der Galerie für 15 Minuten unterbrochen.",
        True,
        [("duration", 15, "minute", None)],
        None,
    ),
    ("de", "Der Nationalratspräsident erteilte dem FPÖ-Mandatar Kurt Stallinger einen Ordnungsruf.", True, [], None),
    # --- Interior minister survives vote (Reuters) ---
    (
        "en",
        "VIENNA, Jan 28 (Reuters) - Austrian Interior Minister Wolfram Jauk survived a no-confidence motion in parliament on Wednesday, with 55 lawmakers voting for it and 123 against.",
        True,
        [("date", "--01-28", None, None), ("count", 55, None, None), ("count", 123, None, None)],
        None,
    ),
    ("en", "The motion was tabled by the far-right Freedom Party, the largest opposition group.", True, [], None),
    (
        "en",
        "Jauk told parliament deportations had risen 12% last year to 7,480.",
        True,
        [("percent", 12, "%", None), ("count", 7480, None, None)],
        "Jauk",
    ),
    (
        "en",
        "It was the third no-confidence motion against a government member since the coalition took office.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        '"This minister has lost control of our borders," FPO security spokesman Guenter Rabensteiner said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Asylum applications in Austria fell 38% last year to about 15,600, according to the interior ministry.",
        True,
        [("percent", 38, "%", None), ("count", 15600, None, "about")],
        "the interior ministry",
    ),
    (
        "en",
        "The session was suspended for 15 minutes after protesters in the public gallery unfurled a banner.",
        True,
        [("duration", 15, "minute", None)],
        None,
    ),
    # --- Rechnungshof: Beraterkosten der Ministerien (APA) ---
    (
        "de",
        "Wien (APA) - Die Bundesministerien haben zwischen 2021 und 2024 insgesamt 387 Millionen Euro für externe Berater bezahlt, wie ein Prüfbericht des Rechnungshofs zeigt.",
        True,
        [("year", 2021, None, None), ("year", 2024, None, None), ("money", 387000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Allein auf das Finanzministerium entfielen knapp 88 Millionen Euro.",
        True,
        [("money", 88000000, "EUR", "nearly")],
        None,
    ),
    (
        "de",
        "In 43 von 120 geprüften Fällen fehlte eine Begründung, warum die Leistung nicht von eigenen Bediensteten erbracht werden konnte.",
        True,
        [("count", 43, None, None), ("count", 120, None, None)],
        None,
    ),
    (
        "de",
        "Jeder fünfte Auftrag wurde ohne Vergleichsangebot direkt vergeben.",
        True,
        [("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "Rechnungshofpräsidentin Theresia Wallner-Hochfeld sagte, die Ministerien hätten ihre Ausgaben für Berater seit 2021 fast verdoppelt.",
        True,
        [("year", 2021, None, None)],
        "Theresia Wallner-Hochfeld",
    ),
    (
        "de",
        "„Beratung darf nicht zur Dauerlösung für fehlendes Know-how werden“, sagte Wallner-Hochfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Rechnungshof empfahl, ab einem Auftragswert von 50.000 Euro verpflichtend drei Angebote einzuholen.",
        True,
        [("money", 50000, "EUR", None), ("count", 3, None, None)],
        None,
    ),
    ("de", "Mehrere Ministerien kündigten an, die Empfehlungen umzusetzen.", True, [], None),
    ("de", "Die FPÖ sprach von einem „Selbstbedienungsladen für Freunderl“.", False, [], None),
    # --- Landtagswahl in Salzburg: ÖVP knapp vorn (APA) ---
    (
        "de",
        "Salzburg (APA) - Die ÖVP hat die Landtagswahl in Salzburg trotz deutlicher Verluste knapp vor der FPÖ gewonnen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Laut vorläufigem Ergebnis ohne Wahlkarten kommt die Volkspartei auf 28,7 Prozent, ein Minus von 4,6 Prozentpunkten.",
        True,
        [("percent", 28.7, "%", None), ("percent", 4.6, "pp", None)],
        None,
    ),
    (
        "de",
        "Die FPÖ legt um 1,9 Prozentpunkte auf 27,8 Prozent zu.",
        True,
        [("percent", 1.9, "pp", None), ("percent", 27.8, "%", None)],
        None,
    ),
    (
        "de",
        "Die SPÖ erreicht 17,2, die KPÖ plus 12,4, die Grünen 6,1 und die NEOS 4,3 Prozent.",
        True,
        [
            ("percent", 17.2, "%", None),
            ("percent", 12.4, "%", None),
            ("percent", 6.1, "%", None),
            ("percent", 4.3, "%", None),
        ],
        None,
    ),
    (
        "de",
        "Die NEOS scheitern damit an der Fünf-Prozent-Hürde und verlieren ihre beiden Mandate.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Von den 36 Sitzen im Landtag entfallen elf auf die ÖVP, elf auf die FPÖ, sieben auf die SPÖ, fünf auf die KPÖ plus und zwei auf die Grünen.",
        True,
        [
            ("count", 36, None, None),
            ("count", 11, None, None),
            ("count", 11, None, None),
            ("count", 7, None, None),
            ("count", 5, None, None),
            ("count", 2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Wahlbeteiligung lag bei 69,8 Prozent und damit um 1,4 Prozentpunkte über dem Wert von 2023.",
        True,
        [("percent", 69.8, "%", None), ("percent", 1.4, "pp", None), ("year", 2023, None, None)],
        None,
    ),
    (
        "de",
        "Ausständig sind noch rund 41.000 Wahlkarten, deren Auszählung erst am Montag erfolgt.",
        True,
        [("count", 41000, None, "about")],
        None,
    ),
    (
        "de",
        "„Das ist ein schmerzhaftes Ergebnis, aber ein klarer Auftrag, weiter Verantwortung zu tragen“, sagte Höllwarth am Wahlabend.",
        False,
        [],
        None,
    ),
    ("de", "Pongratz-Eder sprach von einem „historischen Tag für Salzburg“.", False, [], None),
    (
        "de",
        "Pongratz-Eder sagte, die FPÖ habe in 74 der 119 Gemeinden dazugewonnen.",
        True,
        [("count", 74, None, None), ("count", 119, None, None)],
        "Pongratz-Eder",
    ),
    # --- Conservatives hold Salzburg (AFP) ---
    (
        "en",
        "SALZBURG, Feb 1 (AFP) - Austria's conservatives narrowly won a regional election in Salzburg on Sunday, with the far-right Freedom Party (FPO) finishing just 0.9 percentage points behind, preliminary results showed.",
        True,
        [("date", "--02-01", None, None), ("percent", 0.9, "pp", None)],
        None,
    ),
    (
        "en",
        "State governor Christoph Hoellwarth's People's Party (OVP) took 28.7% of the vote, down 4.6 points, while the FPO rose to 27.8%.",
        True,
        [("percent", 28.7, "%", None), ("percent", 4.6, "pp", None), ("percent", 27.8, "%", None)],
        None,
    ),
    (
        "en",
        "The Communist KPO Plus, which campaigned almost entirely on housing costs, came fourth with 12.4%.",
        True,
        [("ordinal", 4, None, None), ("percent", 12.4, "%", None)],
        None,
    ),
    ("en", '"Salzburg has chosen stability over anger," Hoellwarth told supporters.', False, [], None),
    (
        "en",
        "FPO candidate Marlies Pongratz-Eder said her party had gained ground in 74 of the province's 119 municipalities.",
        True,
        [("count", 74, None, None), ("count", 119, None, None)],
        "Marlies Pongratz-Eder",
    ),
    ("en", "Turnout was 69.8%.", True, [("percent", 69.8, "%", None)], None),
    (
        "en",
        "It was the first of four state elections in Austria this year.",
        True,
        [("ordinal", 1, None, None), ("count", 4, None, None)],
        None,
    ),
    # --- Wahlkarten und Wählerströme (APA) ---
    (
        "de",
        "Salzburg (APA) - Nach Auszählung der Wahlkarten bleibt es bei der Mandatsverteilung vom Wahlabend, teilte die Landeswahlbehörde am Montag mit.",
        True,
        [],
        "die Landeswahlbehörde",
    ),
    (
        "de",
        "Die ÖVP kommt im Endergebnis auf 28,9 Prozent, die FPÖ auf 27,6 Prozent.",
        True,
        [("percent", 28.9, "%", None), ("percent", 27.6, "%", None)],
        None,
    ),
    (
        "de",
        "Laut einer Wählerstromanalyse des Foresight-Instituts für den ORF wanderten rund 19.000 frühere ÖVP-Wählerinnen und -Wähler zur FPÖ ab.",
        True,
        [("count", 19000, None, "about")],
        None,
    ),
    (
        "de",
        "Knapp ein Drittel der Wählerinnen und Wähler unter 30 Jahren entschied sich für die KPÖ plus.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("duration", 30, "year", "under")],
        None,
    ),
    (
        "de",
        "Foresight-Wahlforscher Bernhard Strohhofer sagte, die Teuerung sei für 41 Prozent der Befragten das wichtigste Wahlmotiv gewesen.",
        True,
        [("percent", 41, "%", None)],
        "Bernhard Strohhofer",
    ),
    (
        "de",
        "SPÖ-Landesparteichef Herwig Lainer kündigte an, im Präsidium über seine Zukunft zu beraten.",
        True,
        [],
        None,
    ),
    ("de", "„Wir haben verstanden, und wir werden uns neu aufstellen“, sagte Lainer.", False, [], None),
    # --- Steirischer Landesrat tritt zurück (APA) ---
    (
        "de",
        "Graz (APA) - Sieben Tage nach Hausdurchsuchungen der WKStA ist der steirische Landesrat Günther Fladerer (ÖVP) zurückgetreten.",
        True,
        [("duration", 7, "day", None)],
        None,
    ),
    (
        "de",
        "Er ist das dritte Mitglied der Landesregierung, das seit der Wahl 2024 vorzeitig ausscheidet.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "de",
        "„Ich trete zurück, damit die Arbeit der Landesregierung nicht unter den Ermittlungen leidet“, sagte Fladerer vor Journalisten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seine Nachfolgerin soll die 44-jährige Bürgermeisterin einer oststeirischen Marktgemeinde, Sandra Pichler-Wenzl, werden.",
        True,
        [("duration", 44, "year", None)],
        None,
    ),
    (
        "de",
        "Der Landtag wird sie voraussichtlich am 17. Februar wählen.",
        True,
        [("date", "--02-17", None, None)],
        None,
    ),
    (
        "de",
        "Die Ermittlungen gegen Fladerer und fünf weitere Beschuldigte laufen weiter, hieß es aus der WKStA.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    # --- Styrian minister quits (AFP) ---
    (
        "en",
        "VIENNA, Feb 3 (AFP) - A regional minister in Austria's Styria province resigned on Tuesday, a week after anti-corruption prosecutors searched his offices.",
        True,
        [("date", "--02-03", None, None)],
        None,
    ),
    (
        "en",
        "Guenther Fladerer, 56, is suspected of breach of trust over grants to sports clubs worth about 2.7 million euros, prosecutors said.",
        True,
        [("duration", 56, "year", None), ("money", 2700000, "EUR", "about")],
        None,
    ),
    ("en", "He denies any wrongdoing.", True, [], None),
    (
        "en",
        "He is the third member of the Styrian government to step down early since the 2024 election.",
        True,
        [("ordinal", 3, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        '"I am stepping down so that the government\'s work does not suffer," Fladerer told reporters in Graz.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Prosecutors are investigating six people in total, including Fladerer.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    # --- Sondierung in Salzburg: ÖVP verhandelt mit FPÖ (APA) ---
    (
        "de",
        "Salzburg (APA) - ÖVP und FPÖ haben in Salzburg nach einem gut sechsstündigen Sondierungsgespräch die Aufnahme von Koalitionsverhandlungen vereinbart.",
        True,
        [("duration", 6, "hour", "over")],
        None,
    ),
    (
        "de",
        "Höllwarth sagte, mit der SPÖ und der KPÖ plus habe es je zwei Gesprächsrunden gegeben.",
        True,
        [("count", 2, None, None)],
        "Höllwarth",
    ),
    ("de", "„Mit der FPÖ gibt es die größten inhaltlichen Schnittmengen“, sagte Höllwarth.", False, [], None),
    (
        "de",
        "Eine Koalition aus ÖVP und FPÖ hätte im Landtag 22 der 36 Mandate.",
        True,
        [("count", 22, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "Verhandelt wird in sieben Untergruppen, der Abschluss ist bis Mitte Februar geplant.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "de",
        "Pongratz-Eder sagte, die Frage des Landeshauptmanns sei „nicht das Thema der ersten Stunde“.",
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "Die Angelobung der neuen Landesregierung ist für 18. Februar vorgesehen.",
        True,
        [("date", "--02-18", None, None)],
        None,
    ),
    # --- Salzburg coalition talks (Reuters) ---
    (
        "en",
        "VIENNA, Feb 5 (Reuters) - Austria's conservatives will open coalition talks with the far-right Freedom Party in the province of Salzburg, state governor Christoph Hoellwarth said on Thursday.",
        True,
        [("date", "--02-05", None, None)],
        "Christoph Hoellwarth",
    ),
    (
        "en",
        "A coalition of the two parties would hold 22 of the 36 seats in the regional assembly.",
        True,
        [("count", 2, None, None), ("count", 22, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        "Talks will be held in seven working groups and should conclude by mid-February, he said.",
        True,
        [("count", 7, None, None)],
        None,
    ),
    (
        "en",
        "The FPO already governs alongside the conservatives in three of Austria's eight other provinces.",
        True,
        [("count", 3, None, None), ("count", 8, None, None)],
        None,
    ),
    ("en", '"Voters have sent a clear signal and we will respect it," Hoellwarth said.', False, [], None),
    ("en", 'The Social Democrats accused Hoellwarth of "betraying the political centre."', False, [], None),
    (
        "en",
        "Whether the FPO will insist on the deputy governor's post for Pongratz-Eder was not immediately clear.",
        False,
        [],
        None,
    ),
    # --- U-Ausschuss: Ex-Kabinettschef schweigt (APA) ---
    (
        "de",
        "Wien (APA) - Im Breitband-Untersuchungsausschuss hat sich der frühere Kabinettschef Philipp Sallaberger bei einem Großteil der Fragen der Aussage entschlagen.",
        True,
        [],
        None,
    ),
    ("de", "Sallaberger verwies auf ein gegen ihn laufendes Ermittlungsverfahren der WKStA.", True, [], None),
    (
        "de",
        "Die Befragung dauerte knapp vier Stunden, Sallaberger ließ nach Zählung der Grünen 63 Fragen unbeantwortet.",
        True,
        [("duration", 4, "hour", "nearly"), ("count", 63, None, None)],
        None,
    ),
    (
        "de",
        "Verfahrensrichterin Brigitte Hauer-Lindner sagte, der Ausschuss habe inzwischen 17 Auskunftspersonen befragt.",
        True,
        [("count", 17, None, None)],
        "Brigitte Hauer-Lindner",
    ),
    (
        "de",
        "„Wer sich hinter der Aussageverweigerung versteckt, hat offenbar etwas zu verbergen“, sagte Wiesflecker.",
        False,
        [],
        None,
    ),
    ("de", "Sallaberger wies jede Einflussnahme auf Förderentscheidungen zurück.", True, [], None),
    (
        "de",
        "Die FPÖ kündigte an, beim Bundesverwaltungsgericht eine Beugestrafe gegen Sallaberger zu beantragen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Als nächste Auskunftsperson ist für 24. Februar der frühere Infrastrukturminister geladen.",
        True,
        [("date", "--02-24", None, None)],
        None,
    ),
    # --- Broadband inquiry (AFP) ---
    (
        "en",
        "VIENNA, Feb 9 (AFP) - A former senior Austrian ministry official refused to answer 63 questions before a parliamentary inquiry into broadband subsidies on Monday, citing an ongoing criminal investigation.",
        True,
        [("date", "--02-09", None, None), ("count", 63, None, None)],
        None,
    ),
    (
        "en",
        "The inquiry is examining subsidies worth about 860 million euros awarded between 2020 and 2024.",
        True,
        [("money", 860000000, "EUR", "about"), ("year", 2020, None, None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        "Presiding judge Brigitte Hauer-Lindner said the committee had heard 17 witnesses so far.",
        True,
        [("count", 17, None, None)],
        "Brigitte Hauer-Lindner",
    ),
    ("en", '"Silence is also an answer," Green lawmaker Katrin Wiesflecker said.', False, [], None),
    ("en", "The committee is due to present its findings before the summer recess.", True, [], None),
    # --- Länder überschreiten Stabilitätspakt (APA) ---
    (
        "de",
        "Wien (APA) - Die neun Bundesländer haben im vergangenen Jahr zusammen ein Defizit von rund 3,4 Milliarden Euro geschrieben.",
        True,
        [("count", 9, None, None), ("money", 3400000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Das ist fast doppelt so viel, wie der Stabilitätspakt erlaubt, geht aus Daten der Statistik Austria hervor.",
        True,
        [("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Den höchsten Abgang verzeichnete Wien mit 1,2 Milliarden Euro, gefolgt von Niederösterreich mit 540 Millionen Euro.",
        True,
        [("money", 1200000000, "EUR", None), ("money", 540000000, "EUR", None)],
        None,
    ),
    ("de", "Nur Vorarlberg und Tirol schlossen mit einem leichten Überschuss ab.", True, [], None),
    ("de", "„Die Länder sind nicht die Schuldenmacher der Republik“, sagte Kärntens Landeshauptmann.", False, [], None),
    (
        "de",
        "Strassnig sagte, die Länder müssten ihre Defizite bis 2028 auf zusammen 0,4 Prozent des BIP senken.",
        True,
        [("year", 2028, None, None), ("percent", 0.4, "%", None)],
        "Strassnig",
    ),
    (
        "de",
        "Gemeindebund-Präsident Alois Stranzinger sagte, rund 40 Prozent der Gemeinden könnten ihren Haushalt heuer nicht mehr ausgleichen.",
        True,
        [("percent", 40, "%", "about")],
        "Alois Stranzinger",
    ),
    # --- Umfrage nach der Salzburg-Wahl (APA) ---
    (
        "de",
        "Wien (APA) - Die FPÖ liegt nach der Salzburg-Wahl in einer Umfrage von Unique research für das „profil“ nun 14 Prozentpunkte vor der ÖVP.",
        True,
        [("percent", 14, "pp", None)],
        None,
    ),
    (
        "de",
        "Die Freiheitlichen kommen auf 35 Prozent, die ÖVP auf 21, die SPÖ auf 18 Prozent.",
        True,
        [("percent", 35, "%", None), ("percent", 21, "%", None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "de",
        "Jeder zweite Befragte gibt an, die Regierung habe seit ihrem Amtsantritt „eher wenig“ erreicht.",
        True,
        [("fraction", 0.5, None, None)],
        None,
    ),
    (
        "de",
        "Für die Umfrage wurden zwischen 9. und 12. Februar 1.000 Personen befragt, die Schwankungsbreite beträgt 3,1 Prozentpunkte.",
        True,
        [
            ("date", "--02-09", None, None),
            ("date", "--02-12", None, None),
            ("count", 1000, None, None),
            ("percent", 3.1, "pp", None),
        ],
        None,
    ),
    (
        "de",
        "Aus dem Kanzleramt hieß es, man arbeite „für die nächste Generation, nicht für die nächste Umfrage“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Moserbacher sagte, die FPÖ sei inzwischen in sechs von neun Bundesländern stärkste Kraft.",
        True,
        [("count", 6, None, None), ("count", 9, None, None)],
        "Moserbacher",
    ),
    (
        "de",
        "Tatsächlich liegt die FPÖ nach den jüngsten Landtagswahlen nur in vier Bundesländern auf Platz eins.",
        True,
        [("count", 4, None, None), ("ordinal", 1, None, None)],
        None,
    ),
    (
        "de",
        "In der Kanzlerfrage gewinnt Moserbacher zwei Punkte auf 29 Prozent.",
        True,
        [("percent", 2, "pp", None), ("percent", 29, "%", None)],
        None,
    ),
    # --- Salzburg: Einigung auf Regierungsprogramm (APA) ---
    (
        "de",
        "Salzburg (APA) - ÖVP und FPÖ haben sich in Salzburg nach der siebenten Verhandlungsrunde auf ein gemeinsames Regierungsprogramm geeinigt.",
        True,
        [("ordinal", 7, None, None)],
        None,
    ),
    (
        "de",
        "Das Papier umfasst 96 Seiten und sieht unter anderem einen Aufnahmestopp in der Landesverwaltung bis 2028 vor.",
        True,
        [("count", 96, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Die ÖVP stellt weiterhin den Landeshauptmann und vier der sieben Regierungsmitglieder, die FPÖ die übrigen drei.",
        True,
        [("count", 4, None, None), ("count", 7, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Höllwarth sagte, das Land werde bis 2030 rund 420 Millionen Euro in leistbares Wohnen investieren.",
        True,
        [("year", 2030, None, None), ("money", 420000000, "EUR", "about")],
        "Höllwarth",
    ),
    ("de", "„Das ist ein Programm für die Leistungsträger dieses Landes“, sagte Pongratz-Eder.", False, [], None),
    (
        "de",
        "Pongratz-Eder wird Landeshauptmann-Stellvertreterin und übernimmt die Ressorts Wohnbau, Sicherheit und Integration.",
        True,
        [],
        None,
    ),
    ("de", "Die SPÖ nannte den Pakt eine „Koalition der sozialen Kälte“.", False, [], None),
    # --- Landtag wählt Höllwarth (APA) ---
    (
        "de",
        "Salzburg (APA) - Der Salzburger Landtag hat Christoph Höllwarth (ÖVP) am Mittwoch zum zweiten Mal zum Landeshauptmann gewählt.",
        True,
        [("ordinal", 2, None, None)],
        None,
    ),
    (
        "de",
        "Höllwarth erhielt 22 von 36 Stimmen, die Opposition stimmte geschlossen gegen ihn.",
        True,
        [("count", 22, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "de",
        "Die übrigen sechs Mitglieder der Landesregierung wurden anschließend angelobt.",
        True,
        [("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Mit 47 Jahren ist Pongratz-Eder die jüngste Landeshauptmann-Stellvertreterin in der Geschichte des Landes.",
        True,
        [("duration", 47, "year", None)],
        None,
    ),
    (
        "de",
        "„Heute beginnt ein neues Kapitel für Salzburg“, sagte Höllwarth in seiner Regierungserklärung.",
        False,
        [],
        None,
    ),
    (
        "de",
        "In seiner rund 50-minütigen Regierungserklärung kündigte Höllwarth für den Herbst ein Doppelbudget 2027/28 an.",
        True,
        [("duration", 50, "minute", "about"), ("year", 2027, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "de",
        "Vor dem Chiemseehof protestierten etwa 250 Menschen gegen die neue Koalition.",
        True,
        [("count", 250, None, "about")],
        None,
    ),
    # --- Regierungsklausur in Krems (APA) ---
    (
        "de",
        "Krems (APA) - Die Bundesregierung hat bei ihrer zweitägigen Klausur in Krems ein Konjunkturpaket von 650 Millionen Euro vereinbart.",
        True,
        [("duration", 2, "day", None), ("money", 650000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Davon sollen 400 Millionen Euro in eine Investitionsprämie für Betriebe fließen, der Rest in den Wohnbau.",
        True,
        [("money", 400000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Hainzlmayr sagte, die Prämie betrage zehn Prozent der Investitionssumme, aber höchstens 150.000 Euro je Betrieb.",
        True,
        [("percent", 10, "%", None), ("money", 150000, "EUR", "at_most")],
        "Hainzlmayr",
    ),
    (
        "de",
        "Das Paket werde aus Umschichtungen finanziert und erhöhe das Defizit nicht, sagte Strassnig.",
        True,
        [],
        "Strassnig",
    ),
    (
        "de",
        "„Wir zeigen, dass diese Koalition arbeitet, während andere nur streiten“, sagte Oberlercher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die Wirtschaftskammer hatte zuletzt eine Prämie von 15 Prozent gefordert.",
        True,
        [("percent", 15, "%", None)],
        None,
    ),
    ("de", "Hasenauer nannte die Klausur eine „Wellness-Veranstaltung mit Pressefoto“.", False, [], None),
    (
        "de",
        "Ob die Koalition bis zum regulären Wahltermin 2029 hält, wollte Hainzlmayr nicht prognostizieren.",
        False,
        [("year", 2029, None, None)],
        None,
    ),
    (
        "de",
        "Es war die vierte Regierungsklausur seit dem Amtsantritt der Koalition vor gut elf Monaten.",
        True,
        [("ordinal", 4, None, None), ("duration", 11, "month", "over")],
        None,
    ),
    # --- Cabinet retreat stimulus (Reuters) ---
    (
        "en",
        "VIENNA, Feb 20 (Reuters) - Austria's government agreed a 650 million euro ($760 million) package on Friday to revive investment, Chancellor Leopold Hainzlmayr said after a two-day cabinet retreat.",
        True,
        [
            ("date", "--02-20", None, None),
            ("money", 650000000, "EUR", None),
            ("money", 760000000, "USD", None),
            ("duration", 2, "day", None),
        ],
        "Leopold Hainzlmayr",
    ),
    (
        "en",
        "Companies will receive a premium of 10% of their investment, up to 150,000 euros per firm, he said.",
        True,
        [("percent", 10, "%", None), ("money", 150000, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        "Finance Minister Bernhard Strassnig said the package would be funded by shifting existing budget lines and would not add to the deficit.",
        True,
        [],
        "Bernhard Strassnig",
    ),
    (
        "en",
        "The WIFO economic institute forecasts growth of just 0.9% this year.",
        True,
        [("percent", 0.9, "%", None)],
        None,
    ),
    (
        "en",
        '"This coalition delivers while others only argue," Vice Chancellor Renate Oberlercher said.',
        False,
        [],
        None,
    ),
    ("en", "The WKO business lobby had called for a premium of 15%.", True, [("percent", 15, "%", None)], None),
    (
        "en",
        "It was the coalition's fourth retreat since it took office 11 months ago.",
        True,
        [("ordinal", 4, None, None), ("duration", 11, "month", None)],
        None,
    ),
]
