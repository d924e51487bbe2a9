"""Hundred-and-eighty-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, bills and figures are made up
(Corinne Vuilleumier, Regula Imfeld-Bärtsch, Theresa Koglbauer, Manfred Strasser, Sabine
Hörtnagl, Anke Rosendahl, Till Marquardt, Henning Dreesmann, Beat Oberholzer, Pirmin
Tschümperlin, Clemens Stadlbauer, Roland Pfeifenberger, Stefan Wögerbauer, Lars Hinrichsen,
Mareike Sommerfeld, Bernd Wölk, Nadja Crottogini, Ingrid Weißenböck, Florian Keppler, Cédric
Aebischer, Katharina Leuthold, Christian Wurmitzer, Nina Hofstätter, Lukas Berchtold, Gerald
Kumpusch, Jana Obermeier, the initiative «Bezahlbare Prämien für alle»; Harriet Coldwell,
Giles Ashworth, Fiona Kilbride, Rebecca Haldane, Selin Karakas, Mark Ellery, Josie Marr,
Victoria Harcombe, Owen Prichard, Alan Furnival, Harvey Lennox, Nigel Brockhurst, Lord
Carrow, Baroness Imrie, Léa Marchand, Helen Osei, Amara Boateng, Tobias Renwick, Darren
Pollitt, Simon Ravensworth, Kieran Doherty, Nadia Whitlock, Julian Vesey, Alan Pemberton,
Ruth Akinola, Fergus Dunmore, Markus Fellner, Callum Breck, the Water Infrastructure Bill);
ministers, presiding officers, party leaders and office holders of real places appear under
made-up names that stand for no real holder, or by their role only ("die amtierende
Präsidentin", "der Nationalratspräsident", "die Ministerin", "the Prime Minister", "the
Leader of the Opposition", "the Opposition leader", "the Speaker", "the Home Secretary",
"the head of NHS England", "a Home Office spokesperson", "a Labour spokesperson", "the
association's general secretary", "the association's chief executive"). Real bodies,
parties, places and procedures ("Nationalrat", "Ständerat", "Bundesrat", "grosse Kammer",
"kleine Kammer", "Wintersession", "Finanzkommission", "Geschäftsprüfungskommission", "GPK",
"Verteidigungsdepartement", "Bundesamt für Energie", "Armee", "SP", "SVP", "FDP", "Mitte",
"Unia", "FPÖ", "ÖVP", "SPÖ", "NEOS", "Grüne", "Fragestunde", "Dringliche Anfrage",
"Rechnungshof", "Rechnungshofausschuss", "Arbeiterkammer", "Innenministerium",
"Finanzministerium", "Wohnbauministerium", "Euroraum", "Bundestag", "Regierungsbefragung",
"Aktuelle Stunde", "Verteidigungsausschuss", "Untersuchungsausschuss", "AfD", "Linke",
"CDU", "SPD", "Deutsche Bahn", "Sondervermögen", "Thüringen", "Deutsche
Krankenhausgesellschaft", "Länder", "Landtage"; "House of Commons", "Commons", "House of
Lords", "Public Accounts Committee", "Standards Committee", "Defence Committee", "Petitions
Committee", "Westminster Hall", "Prime Minister's Questions", "Ten Minute Rule", "Home
Office", "Treasury", "Downing Street", "House of Commons Library", "Office for Budget
Responsibility", "OBR", "Finance Bill", "NHS England", "Ministry of Defence", "Army",
"Prison Officers' Association", "Labour", "Conservatives", "Liberal Democrats", "Reform UK",
"SNP", "Lincolnshire", "Leicestershire", "England and Wales", "Scotland", "France",
"Alternative for Germany", "Left party", "Greens", "National Council", "Council of States",
"State Secretariat for Economic Affairs", "Freedom Party") stand for the way wire copy names
them; every vote, tally, cost, sum, share, date, speech and quote here is invented, and
where a real figure came to mind (a real seat count, a real licence fee, a real troop
target) it was changed.

Its weight: A PARLIAMENTARY DAY - one Wednesday in December (December 9) in the German
Bundestag, the Austrian Nationalrat, the Swiss Nationalrat and Ständerat in their winter
session and the House of Commons (with one defeat in the Lords), 33 short stories in story
order as the parliamentary desks file them, each told as wire copy runs it (a dateline lead,
the tally, the bill's cost, attributed claims, the other side, quotes, the next step): votes
with counts for and against and abstentions, majorities and rebellions, bills' costs,
speeches quoted for their rhetoric and their claims, points of order, motions of no
confidence, question time exchanges and committee reports. Half German (Keystone-SDA, APA,
dpa, AFP German; Swiss "grosse Kammer", "kleine Kammer", "gutgeheissen", "hiess ... gut",
"Voranschlag", "Differenz", "Schlussabstimmung", "Geschäft", "Initianten",
"Prämienverbilligung", "Spesen inbegriffen", "17'000", «» quotes; Austrian "Mandatare",
"Klubobmann", "Dringliche Anfrage", "in namentlicher Abstimmung", "Ausgleichszulage",
"Jänner", "Kategoriemieten"; German "Regierungsbefragung", "Obleute", "Zwischenruf",
"Ordnungsruf", "Sondervotum", "Länderkammer", „“ quotes): the Swiss federal budget for 2027,
a question hour with Austria's social minister, the Bundestag's question time on late
helicopters, the Ständerat extending the power-sector rescue scheme, a failed no-confidence
motion against Austria's interior minister, a topical hour on the Deutsche Bahn, a Swiss
oversight report on drones, an Austrian audit report on consultants, a Bundestag inquiry's
final report, a minimum wage for couriers agreed between the Swiss chambers, a hospital
relief law passed in Berlin, an Austrian rent cap, a health-premium initiative in the
Ständerat, the Austrian sitting's tally of calls to order and an AfD motion on the licence
fee. Half English (PA, Reuters): a Public Accounts Committee report, Prime Minister's
Questions, a point of order after it, the Bundestag's procurement law, a water bill's second
reading with a rebellion, a government surviving a no-confidence vote, an urgent question on
prison places, a Standards Committee suspension, a Lords defeat, Swiss arms re-exports, a
petition debate in Westminster Hall, a Home Office statement on asylum hotels, a Defence
Committee report, a Ten Minute Rule bill, the Finance Bill's third reading, NHS England
before MPs, Austria's bank levy and a member named by the Speaker. Figures as such copy has
them: tallies with and without abstentions ("mit 124 zu 63 Stimmen bei 7 Enthaltungen", "Für
den Entwurf stimmten 318 Abgeordnete, 211 votierten dagegen, 79 enthielten sich", "by 331
votes to 194, majority 137", "voted 331 to 201 ..., with 79 abstentions", "voted by 246 to
171"), groups of members and seats, sitting days, costs and sums in francs, euros, cents and
pounds, shares in words ("Rund ein Drittel", "Mehr als ein Drittel", "fast ein Viertel",
"Knapp die Hälfte", "Rund zwei Drittel", "Jede dritte Klinik", "Jeder vierte Haushalt"),
percentages and a percentage point, number words and compounds ("fast neunstündigen",
"zweitägige", "140-seitiges", "Nineteen Labour MPs", "a 1,500-place prison", "The three-hour
debate", "a Ten Minute Rule bill"), ordinals ("den dritten in dieser Sitzungswoche", "der
vierte Misstrauensantrag", "its ninth defeat", "its second reading", "third reading", "for
the first time"), durations, ages, years, dates with and without a year and hedges.
Negatives as such copy has them: speakers' verdicts, creeds and resolve, labels and
brush-offs, reported questions, heckles and retorts, chamber colour, the chair calling for
quiet, hopes, forecasts without a figure and open questions - three of them carrying
figures, labelled.

242 rows (120 German, 122 English), 55 negatives (27 German, 28 English), 187 check-worthy
rows of which 27 carry no figure (18 German, 9 English), 283 expected quantities (114
counts, 40 amounts of money - 15 EUR, 13 GBP, 12 CHF -, 40 durations - 16 in years, 7 in
months, 5 in hours, 5 in days, 5 in minutes, 2 in weeks -, 33 years, 24 percentages - 23 in
%, 1 in percentage points -, 13 ordinals, 12 dates, 7 fractions; 3 of them in three
negatives, as the seventeenth batch labels a figure in a negative), 39 checked speakers (18
German, 21 English). Sentences sharing a run of eight or more words with any file under
tests/ (checked by a script that printed only this batch's sentences, case and punctuation
normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, creed, hope or piece of rhetoric is a negative with speaker None, also
  with a named speaker and an office (seventh, ninety-eighth, hundred-thirty-first,
  hundred-fifty-first, hundred-seventy-fifth); a reported fact or figure is check-worthy
  with its speaker. The pairs from one speaker: Imfeld-Bärtsch's deficits of up to 2.8
  billion francs beside «Die Schuldenbremse ist kein Selbstzweck, ...»; Koglbauer's 11,800
  applications ("..., sagte Koglbauer." -> "Koglbauer") beside her retort „Sie verwechseln
  Wahlkampf mit Sozialpolitik“; Crottogini's two drones of six beside «Hier wurde Steuergeld
  im Blindflug ausgegeben»; Weißenböck's 61 of 150 cases beside „Beratung ist kein Ersatz
  für eigene Kompetenz ...“; Berchtold's 47 percent and every fourth household beside «Die
  Initiative bekämpft die Symptome, ...»; Coldwell's three-month demand beside "The
  department simply lost its grip ..."; Haldane's 236,000 homes beside "Misleading the House
  is not a slip of the tongue, ..."; Harcombe's 14 of 22 pledges beside "This government has
  run out of road, ..."; Lennox's 14,300 prisoners beside "The minister is managing decline,
  ..."; Renwick's 41,700 beside "The boats are still coming ..."; Pemberton's 58.9% and
  9,000 posts beside "I won't pretend it's easy, ...". Subjunctive paraphrases (Konjunktiv I
  and II) are check-worthy with the speaker their own attribution gives ("Die ersten sechs
  Maschinen würden ..., sagte Rosendahl.", "Bisher habe kein Unternehmen ..., sagte
  Energieminister Beat Oberholzer.", "Die Bereitstellung habe ..., teilte das Bundesamt für
  Energie mit.", "Die Zahl der Aufgriffe sei ..., teilte das Innenministerium mit.", "Man
  teile die Kritik in Teilen ..., teilte das Verteidigungsdepartement mit.";
  hundred-fifty-second, hundred-eighty-fourth), and with the speaker unchecked where no
  attribution of their own stands ("Dafür stünden aus dem Sondervermögen 38 Milliarden Euro
  bereit.", "Mehr als ein Drittel der Aufträge ... sei ... vergeben worden.").
- New: parliamentary acts of record. The chamber's acts, tallies and schedules are
  check-worthy with or without a figure (hundred-fifty-first, hundred-seventy-fifth): a
  budget, a law, a rent cap and a bank levy passed, motions failed ("Ein Misstrauensantrag
  der FPÖ ... ist ... erwartungsgemäß gescheitert.", "Britain's government comfortably
  survived a motion of no confidence ..."), a petition debated, the lead on Prime Minister's
  Questions (hundred-seventy-fifth: "clashed over NHS dentistry"), parties' votes ("The
  far-right Alternative for Germany and the Left party voted against, while the Greens
  abstained."), a bill sent on ("Das Geschäft geht nun an den Nationalrat.", "The bill now
  returns to the Commons ...", "The upper house, the Council of States, still has to approve
  the change, ..."; hundred-eighty-second), a referendum not taken up ("Die Gewerkschaft
  Unia kündigte an, kein Referendum zu ergreifen."; steps announced, hundred-fifty-first),
  an earlier vote ("Der Nationalrat hatte die Initiative im September knapp zur Annahme
  empfohlen." - "knapp" with no figure carries nothing), a committee's finding as a lead, a
  final report tabled and scheduled debates and votes ("Der Bundestag soll den Bericht im
  Januar debattieren.", "MPs will vote on the recommendation next Tuesday.";
  hundred-eighty-fourth: the next home game). New: a formal sanction of the chair is
  check-worthy - an Ordnungsruf given to a named member and a member named and suspended
  stand in the record ("Die amtierende Präsidentin erteilte dem AfD-Abgeordneten Henning
  Dreesmann daraufhin einen Ordnungsruf, den dritten in dieser Sitzungswoche." ordinal 3,
  "Der Nationalratspräsident erteilte drei Ordnungsrufe, zwei davon ...", "Einen davon
  erhielt FPÖ-Mandatar Gerald Kumpusch, weil ...", "An independent MP was suspended from the
  Commons after the Speaker named him ...") - while the chair calling for quiet stays
  chamber colour and a negative with its count ("The Speaker intervened four times to
  quieten the chamber." count 4; hundred-seventy-fifth: "The Speaker twice called for order
  ..."). New: the chair's ruling on a point of order is check-worthy without a figure ("The
  Speaker ruled that the accuracy of ministers' answers was not a matter for the chair
  ..."), as a court's ruling is, and so is the claim the point of order makes ("..., saying
  the Prime Minister had given the House a wrong figure on home insulation.").
- Question time (hundred-seventy-fifth: parliamentary forms): reported questions are
  negatives, also with a figure in their premise ("Der FPÖ-Abgeordnete Manfred Strasser
  fragte, warum Pensionen unter 1.500 Euro ..." 1,500 EUR "under", labelled; "Die
  NEOS-Abgeordnete Sabine Hörtnagl wollte wissen, ...", "Der Grünen-Abgeordnete Till
  Marquardt fragte, ...", "Conservative MP Giles Ashworth asked whether ...", "Reform UK MP
  Darren Pollitt asked how many ...", "Committee chair Ruth Akinola asked whether ..."); so
  are heckles and retorts that state no fact ("Aus den Reihen der AfD kam der Zwischenruf
  „Märchenstunde!“.", „Sie verwechseln Wahlkampf mit Sozialpolitik“, konterte Koglbauer.,
  ""He has performed more U-turns than a learner driver ...,"", ""I won't pretend it's easy,
  ...," Pemberton replied.") and chamber colour ("Labour backbenchers waved their order
  papers ...", "Beobachter sprachen von einer der hitzigsten Sitzungen des Jahres." - "einer
  der" none, forty-first). The answers with a figure are check-worthy, also from a role
  without a name ("The Prime Minister replied that ... 380,000 homes in 18 months.", "The
  Prime Minister said the figure was wrong and that ... 12% ...", "The Home Secretary said
  3,900 people ..."; speaker unchecked). New: a retort that states a checkable fact is
  check-worthy without a figure („Das ist schlicht falsch, den Obleuten im
  Verteidigungsausschuss lagen die Zahlen seit Oktober vor“, entgegnete die Ministerin.;
  thirty-seventh: a heckle that states a fact), and so is an accusation that names a
  checkable record ("CDU-Verkehrspolitiker Bernd Wölk hielt der Linken vor, in ihrer
  Regierungszeit in Thüringen keine einzige stillgelegte Strecke reaktiviert zu haben." -
  "keine einzige" none), the mirror of the hundred-seventy-fifth's accusations without a
  checkable claim. A member's quoted statement of fact is check-worthy
  (hundred-fifty-first): ""Patients in my constituency are waiting two years for a hip
  operation," ... told the hearing." 2 years.
- Other negatives (hundred-fifty-first, hundred-seventy-fifth, hundred-eighty-fourth):
  labels ("Die SVP-Vertreter sprachen von einer «Staatsgarantie für Managerfehler».", "Die
  AfD sprach von einem „Kliniksterben mit Ansage“.", "Exchequer Secretary Nadia Whitlock
  told parliament the freeze was "the fairest way" ..." - hundred-seventy-fifth: "told the
  House of Commons the government was "..."" -, "A Labour spokesperson dismissed the motion
  as "a stunt by a party stuck in third place"." with ordinal 3 labelled -
  hundred-fifty-first: "trailed in fourth"), a brush-off ("Government whips played down the
  scale of the revolt."), hopes ("Die bürgerliche Mehrheit hofft, ...", «Das ist eine
  Versicherung, die wir hoffentlich nie brauchen»), a forecast without a figure ("The bill
  stands little chance of becoming law without government backing."; forty-seventh), open
  questions ("Ob die Armee die übrigen Drohnen je erhält, liess die Kommission offen.", "Ob
  der Bericht personelle Konsequenzen hat, ist offen.", "Ob die Länder bei der Erhöhung
  bleiben, ... offen.", "Whether the result will quieten talk of a leadership challenge ...
  remains to be seen."), and speakers' verdicts, creeds and resolve (Vuilleumier,
  Imfeld-Bärtsch, Tschümperlin, Pfeifenberger, Stadlbauer, Wögerbauer, Sommerfeld,
  Crottogini, Weißenböck, Keppler, Aebischer, Wurmitzer, Hofstätter, Berchtold, Obermeier;
  Coldwell, Haldane, Karakas, Marr, Harcombe, Lennox, the association's general secretary,
  Brockhurst's statement, Baroness Imrie, Marchand, Boateng, Renwick, Ravensworth, Vesey,
  the association's chief executive, Breck). Forecasts, plans and demands with a figure are
  check-worthy (hundred-fifty-first, hundred-seventy-fifth, hundred-eighty-fourth): "drohten
  ab 2028 strukturelle Defizite von jährlich bis zu 2,8 Milliarden Franken", Leuthold's 120
  sites, the Greens' cap of five percent, the Linke's 50 percent from 30 minutes, "The
  department expects the remaining modules to go live by autumn 2027.", "is expected to
  approve the law on Dec. 19.", the OBR's estimate, the banking association's cost, the
  Defence Committee's 90 days and the Ministry of Defence's 120 days. A label paired with a
  checkable figure stays check-worthy (hundred-fifty-first): "Housing minister Lord Carrow
  said the change would add needless red tape for 2.3 million landlords."
- Counts (every batch): tallies ("mit 124 zu 63 Stimmen bei 7 Enthaltungen", "mit 82 zu 111
  Stimmen", "mit 29 zu 12 Stimmen bei 3 Enthaltungen", "Mit 98 zu 93 Stimmen bei 4
  Enthaltungen", "mit 31 zu 11 Stimmen bei 2 Enthaltungen", "Für den Entwurf stimmten 318
  Abgeordnete, 211 votierten dagegen, 79 enthielten sich", "In namentlicher Abstimmung
  stimmten 103 Abgeordnete dafür und 71 dagegen", "voted 331 to 201 ..., with 79
  abstentions", "by 352 votes to 174", "by 287 votes to 42", "by 118 votes to 75, with 3
  abstentions", "by 339 votes to 241", "by 342 votes to 229", "voted by 246 to 171", "voted
  401 to 12"; hundred-fifty-first, hundred-seventy-fourth, hundred-seventy-fifth); New: PA's
  "majority 137" written without "of" is count 137, as "a majority of 444"
  (hundred-seventy-second); "a working majority of about 160 in the 650-seat chamber" 160
  "about" and 650 (hundred-twentieth: "the 650-seat House of Commons"). Groups of members
  (forty-first, hundred-seventy-fifth: "nur die 56 Abgeordneten der Freiheitlichen"):
  "lediglich die 58 Mandatare der Freiheitlichen" ("lediglich" no hedge,
  hundred-thirty-fourth), "139 Abgeordnete, alle aus den Reihen der AfD", "Nineteen Labour
  MPs ... and around 40 more" 19 and 40 "about" ("more" after the figure no hedge), "The
  Liberal Democrats' 71 MPs ..., while Reform UK's six MPs", "with 58 seats", the definite
  groups "14 of the 22 pledges" and "in 61 von 150 geprüften Fällen", "Von den sechs
  bestellten Drohnen ... erst zwei" ("erst" no hedge). Sitting business: "43 Fragen", "34
  vorab eingereichte Fragen", "13 Rednerinnen und Redner", "31 Tagesordnungspunkte, darunter
  sechs Gesetzesbeschlüsse" ("darunter" no hedge), "drei Ordnungsrufe, zwei davon" ("davon"
  no hedge), "fünf Ordnungsrufe" ("an einem einzigen Sitzungstag" none), "in 47 Sitzungen 83
  Zeuginnen und Zeugen", "sieben Empfehlungen", "11 approaches", "five times in six years" 5
  (the issue's "viermal") and "27 times" 27 (the issue's "100 Mal"). Pages: "Der 612 Seiten
  starke Bericht" 612 and "ein 140-seitiges Sondervotum" 140 (hundred-seventieth: "dem
  112-seitigen Abschlussbericht"). Sitting days are counted as working days are
  (hundred-seventieth: "20 working days" 20): "for 12 sitting days" 12, "for five sitting
  days" 5, "10 sitting days or more" 10 "at_least" (hundred-thirty-second: "30 or more"
  "at_least"). Signatures: "more than 212,000 signatures" "over", "with at least 100,000
  signatures" "at_least". Others: "35 schweren Transporthubschraubern", "Die ersten sechs
  Maschinen" 6 with ordinal 1, "4.200 Aufgriffen ..., fast doppelt so vielen" 4200 and 2
  "nearly" (hundred-seventy-fifth: "nearly double the figure"), "4.100 Kilometer Schiene"
  4100 (physical measures are counts, fourth), "Rund 2,4 Millionen Pensionistinnen und
  Pensionisten" 2,400,000 "about", "11.800 Menschen", "rund 17'000 Personen" (Swiss
  apostrophe, tenth), "rund 120 Standorte", "rund 410.000 Wohnungen", "62,000 cases",
  "380,000 homes" (three times), "41,000 pensioners", "236,000 homes", "88,410 people ...,
  just 630" ("just" no hedge), "two prisons", "2,400 new places ..., a 1,500-place prison"
  2400 and 1500 (a number heading a compound, the issue's "28-Punkte-Entwurf"), "14,300
  prisoners", "2.3 million landlords", "about 14,000 people", "about 480,000 young people",
  "196 hotels ..., down from 310", "61,200", "41,700 people", "3,900 people", "5,200
  personnel", "69,400 ..., target of 72,500", "About 1.9 million more people" "about", "7.21
  million ..., 7.6 million", "9,000 posts". None: "kein Unternehmen", "keine einzige",
  "einen Ordnungsruf" and "Einen davon" (an article and a pronoun), "beide Seiten"
  (thirty-first), "mit breiter Mehrheit", "the Water Infrastructure Bill". New: "to third
  countries" carries no ordinal - "third countries" names states outside an agreement, not
  the third of a row, as "second-degree" names a grade and carries none (thirty-ninth).
- Ordinals and fractions (the issue; every batch): "Die ersten sechs Maschinen" ordinal 1
  with count 6 and "in den ersten elf Monaten des Jahres" ordinal 1 with 11 months
  (eightieth: "in den ersten zehn Monaten"), "den dritten in dieser Sitzungswoche" 3 (the
  elliptic ordinal, eighty-ninth), "der vierte Misstrauensantrag" 4 ("bereits" no hedge;
  hundred-forty-eighth: "der dritte Misstrauensantrag"), "its second reading", "a second
  reading" and "its second reading on February 27" 2 (sixty-fifth, hundred-fifty-first),
  "its ninth defeat in the House of Lords" 9, "the first such vote" 1, "the Finance Bill's
  third reading" and "its third reading" 3, "for the first time" 1 (hundred-fifty-first),
  "stuck in third place" 3 in a negative. Fractions: "Rund ein Drittel der Ausgaben" 0.3333
  "about", "Mehr als ein Drittel der Aufträge" 0.3333 "over", "fast ein Viertel der
  Gesamtsumme" 0.25 "nearly", "Knapp die Hälfte der Summe" 0.5 "nearly"
  (hundred-eighty-fourth: "knapp die Hälfte davon"), "Rund zwei Drittel der Hilfen" 0.6667
  "about", "Jede dritte Klinik" 0.3333 and "Jeder vierte Haushalt" 0.25 (the issue's "jeder
  vierte").
- Percentages as written (every batch): "nur 58,4 Prozent" ("nur" no hedge), "um 2,7 Prozent
  mehr, ... um 3,4 Prozent" (the comparison after the figure, hundred-first), "um 18
  Prozent", "50 Prozent des Fahrpreises", "konkret 37 Prozent" ("konkret" no hedge), "fünf
  Prozent des Sachaufwands", "um 22 Prozent", "um höchstens 1 Prozent und ... um höchstens 2
  Prozent" "at_most" (hundred-thirtieth, hundred-thirty-ninth), "mehr als 10 Prozent"
  "over", "um durchschnittlich 47 Prozent" ("durchschnittlich" no hedge, thirty-seventh),
  "Only 38%", "by 12%", "to 4.3%", "risen 19%", "at least 10% of eligible voters"
  "at_least", "fell 27%", "by 14%", "the 40% higher rate", "58.9% ..., a 65% target"; "3,1
  Prozent, gut einen Prozentpunkt mehr als im Euroraum" 3.1% and 1 pp "over"
  (hundred-fifty-first: "Ein Prozentpunkt mehr" 1 pp; "mehr als" after the figure compares).
- Durations and ages (the issue: "fünfstündigen", "zehn Minuten"; every batch): "nach einer
  fast neunstündigen Debatte" 9 hours "nearly" (hundred-forty-eighth: "nach einer knapp
  neunstündigen Debatte"), "seine zweitägige Plenarsitzung" 2 days (the issue's "dreitägige
  Reise"), "knapp 70 Minuten" "nearly", "um vier Jahre", "mehr als drei Stunden" "over", "62
  Minuten", "ab 30 Minuten Verspätung" 30 minutes ("ab" no hedge, ninety-eighth), "fünf
  Jahre im Verzug", "in den kommenden fünf Jahren", "nach gut 13 Stunden" "over", "four
  years late", "six years", "within three months" ("within" no hedge), "in 18 months",
  "overran by 14 minutes" ("by" no hedge), "for two years ... to 10 days", "38 months",
  "over five years" and "over four years" ("over" before a span no hedge,
  hundred-sixty-ninth), "in more than four years" "over", "for six weeks", "four months'
  notice ..., up from two months", "after five years", "The three-hour debate" 3 hours (the
  issue's "a two-week visit"), "194 days", "to 90 days within two years", "below 120 days"
  "under", "two years for a hip operation", "two and a half hours" 2.5 hours
  (hundred-fifty-second: "four and a half years"). New: "for 20 consecutive months" is 20
  months - a run of months counted as a span, unlike "for the sixth month in a row" ordinal
  6 (hundred-seventy-fifth), which ranks the latest month. New: "a Ten Minute Rule bill"
  carries 10 minutes - a figure written in the name of a procedure is read as written, as
  "einen Zehn-Punkte-Plan" (hundred-sixteenth), while "Aktuelle Stunde" writes no figure and
  carries none (hundred-forty-fifth). Ages are durations in years ("Brockhurst, 58,",
  "Breck, 47,"; sixty-third) and "under-22s" is 22 years "under" (twice; hundred-seventieth:
  "under-16s"). None: "Wintersession" (hundred-fifty-first), "Plenarsitzung",
  "Sitzungswoche", "Gesetzgebungsperiode", "Fragestunde", "Regierungsbefragung", "Prime
  Minister's Questions", "seit Jahresbeginn", "im Vorjahresmonat", "gegenüber dem Vorjahr",
  "pro Jahr", "pro Stunde", "im Monat", "jährlich", "a year", "a month", "a day",
  "annually", "per child", "this session", "this year", "so far this year", "last year", "a
  year earlier", "in the year to September", "next Tuesday", "kurz vor Mitternacht",
  weekdays and their compounds ("am späten Mittwochabend", "am Mittwochabend", "on Friday")
  and months ("im November", "im Oktober", "seit Oktober", "ab Jänner", "im Januar", "im
  September", "since March", "by the end of March", "in June", "since September", "since
  August", "at the end of November", "at the end of October", "in October", "for March", "by
  the spring").
- Money in the currency written (every batch): CHF ("780 Millionen Franken", "um 210
  Millionen Franken ... um 145 Millionen Franken" - "um" before a difference no hedge -,
  "von jährlich bis zu 2,8 Milliarden Franken" "up_to", "von 10 auf 6 Milliarden Franken"
  both - the currency written once serves the first figure, hundred-fifty-eighth -, "rund 38
  Millionen Franken", "mindestens 96 Millionen Franken mehr ... als die bewilligten 250
  Millionen Franken" "at_least" on the first only, "mindestens 24 Franken pro Stunde"
  "at_least", "rund 4,9 Milliarden Franken", "610 million Swiss francs"); EUR ("rund 2,3
  Milliarden Euro", "unter 1.500 Euro" "under" in a negative, "rund 640 Millionen Euro", "38
  Milliarden Euro", "insgesamt 412 Millionen Euro" - "insgesamt" no hedge -, "Allein ... 96
  Millionen Euro" - "Allein" no hedge -, "rund 4,6 Milliarden Euro", "insgesamt 6,5
  Milliarden Euro", "im Schnitt 310 Euro" - "im Schnitt" no hedge -, "18,94 Euro", "um 47
  Cent" 0.47 EUR (hundred-seventy-fifth: euro cents), "up to 5 billion euros" "up_to", "500
  million euros", "a combined net profit of 12.4 billion euros" - "combined" no hedge,
  hundred-fifty-second -, "about 2 billion euros"); GBP ("1.1 billion pounds over budget",
  "740 million pounds ..., 1.84 billion pounds", "214 pounds", "an extra 6.5 billion pounds"
  - "an extra" no hedge, hundred-seventy-fifth -, "an average of 31 pounds" and "an average
  of 422 pounds" - "an average of" no hedge -, "4,000 pounds a month", "an estimated 1.1
  billion pounds" "about", "4.1 million pounds a day from 5.6 million pounds", "90 pounds
  per child", "8.3 billion pounds annually").
- Years and dates: "das Budget 2027" 2027 (an edition named by its year,
  hundred-eighty-fourth: "Die Mozartwoche 2026"), "ab 2028", "bis Ende 2030", "seit 2022",
  "für 2027", "statt Ende 2027 erst im Frühjahr 2029" both, "seit März 2025", "seit 2015",
  "bis 2030", "bis Ende Juni 2027" its year (hundred-fifty-first: "per Ende März 2026"),
  "zwischen 2020 und 2024" both, "2024", "im Winter 2022", "im Juli 2025", "bis 2029", "2027
  ... 2028", "ab 2027", "seit 2016", "in 2019", "by autumn 2027", "in 2025", "since 2021",
  "to 2030 ... by 2031", "by April 2027", "until 2029", "introduced in 2025, ... at the end
  of 2026", "in 2024"; "am 14. Dezember" --12-14, "am 18. Dezember" --12-18, "am 19.
  Dezember" and "on Dec. 19" --12-19, "am 17. Dezember" --12-17, "on January 13" --01-13,
  "on February 27" --02-27 (dates without a year); Reuters datelines with a day ("BERLIN,
  Dec 9 (Reuters)", "LONDON, Dec 9 (Reuters)" twice, "ZURICH, Dec 9 (Reuters)", "VIENNA, Dec
  9 (Reuters)") --12-09 (hundred-fifty-first); Keystone-SDA, APA, dpa, AFP German and PA
  datelines none (seventy-ninth).
- Hedges, only the names in use: "rund", "Rund", "about", "About", "around", "an estimated"
  "about"; "fast", "knapp", "Knapp" "nearly"; "mehr als", "Mehr als", "gut", "more than"
  "over"; "unter", "below", "under-" in "under-22s" "under"; "bis zu", "up to" "up_to";
  "mindestens", "at least" and "or more" after the figure "at_least"; "höchstens" "at_most".
  No hedge: "lediglich", "nur", "Only", "just", "erst", "bereits", "schon", "insgesamt",
  "Allein", "darunter", "davon", "konkret", "im Schnitt", "durchschnittlich", "an average
  of", "an extra", "combined", "ab", "um" before a difference, "within", "over" before a
  span, "by", "down from", "up from", "from", and "more", "mehr" and "mehr als" after a
  figure.
- Speakers, checked only in forms the earlier batches settled: "sagte X" and "X sagte, ..."
  with the title dropped ("Finanzministerin Regula Imfeld-Bärtsch sagte", "sagte
  Energieminister Beat Oberholzer", "Verkehrsstaatssekretär Lars Hinrichsen sagte", "sagte
  GPK-Präsidentin Nadja Crottogini", "Gesundheitsministerin Katharina Leuthold sagte",
  "Gesundheitsminister Lukas Berchtold sagte", "Rechnungshofpräsidentin Ingrid Weißenböck
  sagte im Ausschuss" - "im Ausschuss" dropped as "im Plenum", hundred-forty-eighth;
  hundred-fifty-first, hundred-eighty-fourth) and the surname as written ("sagte Koglbauer",
  "sagte Rosendahl", "sagte Berchtold"; hundred-fifty-second: "sagte Karrer"); "teilte das
  Bundesamt für Energie mit", "teilte das Innenministerium mit" and "teilte das
  Verteidigungsdepartement mit" (hundred-thirty-third, hundred-fifty-first); "nach Angaben
  des Ministeriums" -> "das Ministerium", "nach Angaben der Bahn" -> "die Bahn" and "nach
  Angaben der Deutschen Krankenhausgesellschaft" -> "die Deutsche Krankenhausgesellschaft"
  (the source in the nominative, seventieth, hundred-forty-eighth); "laut
  Wohnbauministerium" -> "Wohnbauministerium" and "laut Bundesrat" -> "Bundesrat"
  (thirtieth: "laut Polizei" -> "Polizei"; hundred-fifty-second: "Laut Kantonspolizei
  Zürich"). English: "Coldwell said", "Furnival said" and "Pemberton said" as written; "SNP
  Westminster leader Fiona Kilbride said", "Conservative MP Rebecca Haldane said", "Deputy
  Prime Minister Owen Prichard said", "Shadow justice secretary Harvey Lennox said",
  "Transport minister Helen Osei said", "Shadow home secretary Tobias Renwick said" and "NHS
  England chief executive Alan Pemberton said" the name with the office dropped
  (hundred-fifty-first: "Sinn Fein housing spokesperson Aoife Mulqueen said"); "Prisons
  minister Alan Furnival told MPs", "Environment Secretary Mark Ellery told MPs" and
  "Doherty told MPs" (hundred-sixty-third, hundred-seventy-fifth), "Defence Minister Anke
  Rosendahl told parliament", "Opposition leader Victoria Harcombe told parliament" and
  "Finance Minister Markus Fellner told parliament" (hundred-forty-first); "Downing Street
  said" as written (hundred-fifty-first); "The Prison Officers' Association said" and "The
  Ministry of Defence said" opening the row, with the article lowered (hundred-fourteenth);
  "according to the OBR" and "according to the defence ministry" with their article
  (ninety-eighth, hundred-fifty-first). Left unchecked (None): roles without a name
  ("entgegnete die Ministerin", "Die Ministerin bezifferte", "The Leader of the Opposition
  said", "The Prime Minister replied", "The Prime Minister said", "The Home Secretary told
  the Commons", "The Home Secretary said", "The head of NHS England told MPs", "A Home
  Office spokesperson said"; hundred-fifteenth, hundred-seventy-fifth), pronouns ("she
  said", "He said", "it found"; seventy-seventh), plural groups ("the MPs said", "Die Grünen
  forderten", "Die ÖVP verwies darauf"; forty-first), verbs not settled as verbs of saying
  ("eingeräumt", "begründete", "hielt der Linken vor", "kündigte an", "verlangte",
  "forderten", "verwies darauf", "festhielt", "called on", "introduced";
  hundred-seventy-fifth), estimates ("the Treasury estimated", "has estimated", "nach
  Schätzungen des Bundes", "Nach Berechnungen der Arbeiterkammer"; hundred-tenth,
  hundred-twentieth), documents and data ("heisst es im am Mittwoch veröffentlichten
  Bericht", "geht aus einem Rechnungshofbericht hervor", "said in a report published on
  Wednesday", "warned in a report", "the committee found", "according to the report", "the
  report said", "the division list showed", "according to figures from the House of Commons
  Library", "data from the State Secretariat for Economic Affairs showed";
  hundred-seventy-fifth), "Brockhurst, 58, said" (an apposition between name and verb,
  hundred-fifty-first: "Rep. Glenn Marchbanks, a Texas Republican who ..., said"), "The
  banking association said" (a body named by its common noun with no name before it,
  hundred-eighty-fourth: "teilte der Sanierungsverwalter mit"), rows without attribution and
  all negatives, also those with a named speaker. New, left unchecked until settled:
  "Housing minister Lord Carrow said" (a peer's title before the name, which no batch has
  settled to keep or drop) and "Liberal Democrat MP Fergus Dunmore told the hearing" ("told
  the hearing" no batch settled).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_188 = [
    # --- Nationalrat genehmigt Budget 2027 (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Mit einem Defizit von 780 Millionen Franken hat der Nationalrat am Mittwoch das Budget 2027 des Bundes gutgeheissen.",
        True,
        [("money", 780000000, "CHF", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Die grosse Kammer stimmte dem Voranschlag nach einer fast neunstündigen Debatte mit 124 zu 63 Stimmen bei 7 Enthaltungen zu.",
        True,
        [
            ("duration", 9, "hour", "nearly"),
            ("count", 124, None, None),
            ("count", 63, None, None),
            ("count", 7, None, None),
        ],
        None,
    ),
    (
        "de",
        "Gegenüber dem Entwurf des Bundesrats stockte sie die Mittel für die Armee um 210 Millionen Franken auf und kürzte die Entwicklungshilfe um 145 Millionen Franken.",
        True,
        [("money", 210000000, "CHF", None), ("money", 145000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Ein Antrag der SP, die Kürzung bei der Entwicklungshilfe rückgängig zu machen, scheiterte mit 82 zu 111 Stimmen.",
        True,
        [("count", 82, None, None), ("count", 111, None, None)],
        None,
    ),
    (
        "de",
        "Rund ein Drittel der Ausgaben des Bundes ist gesetzlich gebunden, wie die Finanzkommission in ihrem Bericht festhielt.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    (
        "de",
        "«Wer bei den Ärmsten der Welt spart, spart am falschen Ort», sagte SP-Nationalrätin Corinne Vuilleumier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Finanzministerin Regula Imfeld-Bärtsch sagte, ohne Korrekturen drohten ab 2028 strukturelle Defizite von jährlich bis zu 2,8 Milliarden Franken.",
        True,
        [("year", 2028, None, None), ("money", 2800000000, "CHF", "up_to")],
        "Regula Imfeld-Bärtsch",
    ),
    (
        "de",
        "«Die Schuldenbremse ist kein Selbstzweck, sie schützt die nächste Generation», sagte sie.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Die bürgerliche Mehrheit hofft, dass der Ständerat die Aufstockung für die Armee bestätigt.",
        False,
        [],
        None,
    ),
    ("de", "Der Ständerat berät das Budget am 14. Dezember.", True, [("date", "--12-14", None, None)], None),
    # --- Fragestunde im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Mit einer Fragestunde an Sozialministerin Theresa Koglbauer hat der Nationalrat am Mittwoch seine zweitägige Plenarsitzung eröffnet.",
        True,
        [("duration", 2, "day", None)],
        None,
    ),
    (
        "de",
        "Die Ministerin bezifferte die Kosten der Pensionserhöhung für 2027 auf rund 2,3 Milliarden Euro.",
        True,
        [("year", 2027, None, None), ("money", 2300000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Rund 2,4 Millionen Pensionistinnen und Pensionisten erhalten ab Jänner um 2,7 Prozent mehr, Bezieher der Ausgleichszulage um 3,4 Prozent.",
        True,
        [("count", 2400000, None, "about"), ("percent", 2.7, "%", None), ("percent", 3.4, "%", None)],
        None,
    ),
    (
        "de",
        "Der FPÖ-Abgeordnete Manfred Strasser fragte, warum Pensionen unter 1.500 Euro nicht stärker angehoben würden.",
        False,
        [("money", 1500, "EUR", "under")],
        None,
    ),
    ("de", "„Sie verwechseln Wahlkampf mit Sozialpolitik“, konterte Koglbauer.", False, [], None),
    (
        "de",
        "Die NEOS-Abgeordnete Sabine Hörtnagl wollte wissen, wie viele Menschen die Teilpension bisher in Anspruch genommen hätten.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Seit Jahresbeginn hätten 11.800 Menschen die Teilpension beantragt, sagte Koglbauer.",
        True,
        [("count", 11800, None, None)],
        "Koglbauer",
    ),
    ("de", "Die Fragestunde dauerte knapp 70 Minuten.", True, [("duration", 70, "minute", "nearly")], None),
    # --- Public Accounts Committee on a Home Office IT system (PA) ---
    (
        "en",
        "LONDON (PA) - A Home Office immigration casework system is running four years late and 1.1 billion pounds over budget, the Commons Public Accounts Committee said in a report published on Wednesday.",
        True,
        [("duration", 4, "year", None), ("money", 1100000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The programme, launched in 2019 with a budget of 740 million pounds, is now expected to cost 1.84 billion pounds, the committee found.",
        True,
        [("year", 2019, None, None), ("money", 740000000, "GBP", None), ("money", 1840000000, "GBP", None)],
        None,
    ),
    (
        "en",
        "Only 38% of the planned functions had been delivered by the end of September, according to the report.",
        True,
        [("percent", 38, "%", None)],
        None,
    ),
    (
        "en",
        "The department changed the senior official in charge of the programme five times in six years, the MPs said.",
        True,
        [("count", 5, None, None), ("duration", 6, "year", None)],
        None,
    ),
    (
        "en",
        '"The department simply lost its grip on this project and kept writing cheques," committee chair Harriet Coldwell said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Coldwell said the committee wanted a full reset plan from the Home Office within three months.",
        True,
        [("duration", 3, "month", None)],
        "Coldwell",
    ),
    (
        "en",
        'A Home Office spokesperson said 62,000 cases had been processed on the system since March and that it was now "on a stable footing".',
        True,
        [("count", 62000, None, None)],
        None,
    ),
    (
        "en",
        "The department expects the remaining modules to go live by autumn 2027.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    # --- Regierungsbefragung im Bundestag (dpa) ---
    (
        "de",
        "Berlin (dpa) - Verteidigungsministerin Anke Rosendahl hat in der Regierungsbefragung des Bundestags Verzögerungen bei der Beschaffung von 35 schweren Transporthubschraubern eingeräumt.",
        True,
        [("count", 35, None, None)],
        None,
    ),
    (
        "de",
        "Die ersten sechs Maschinen würden statt Ende 2027 erst im Frühjahr 2029 ausgeliefert, sagte Rosendahl.",
        True,
        [("ordinal", 1, None, None), ("count", 6, None, None), ("year", 2027, None, None), ("year", 2029, None, None)],
        "Rosendahl",
    ),
    (
        "de",
        "Die Mehrkosten beliefen sich nach Angaben des Ministeriums auf rund 640 Millionen Euro.",
        True,
        [("money", 640000000, "EUR", "about")],
        "das Ministerium",
    ),
    (
        "de",
        "Der Grünen-Abgeordnete Till Marquardt fragte, warum das Parlament davon erst aus der Zeitung erfahren habe.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Das ist schlicht falsch, den Obleuten im Verteidigungsausschuss lagen die Zahlen seit Oktober vor“, entgegnete die Ministerin.",
        True,
        [],
        None,
    ),
    ("de", "Aus den Reihen der AfD kam der Zwischenruf „Märchenstunde!“.", False, [], None),
    (
        "de",
        "Die amtierende Präsidentin erteilte dem AfD-Abgeordneten Henning Dreesmann daraufhin einen Ordnungsruf, den dritten in dieser Sitzungswoche.",
        True,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "de",
        "Anschließend beantworteten Staatssekretäre in der Fragestunde 34 vorab eingereichte Fragen.",
        True,
        [("count", 34, None, None)],
        None,
    ),
    # --- Prime Minister's Questions (PA) ---
    (
        "en",
        "LONDON (PA) - Energy bills dominated a rowdy Prime Minister's Questions on Wednesday as the Prime Minister and the Opposition leader traded blows.",
        True,
        [],
        None,
    ),
    (
        "en",
        "The Leader of the Opposition said average household energy bills had risen by 214 pounds a year since the last general election.",
        True,
        [("money", 214, "GBP", None)],
        None,
    ),
    (
        "en",
        "The Prime Minister replied that the government's warm homes scheme had insulated 380,000 homes in 18 months.",
        True,
        [("count", 380000, None, None), ("duration", 18, "month", None)],
        None,
    ),
    (
        "en",
        '"He has performed more U-turns than a learner driver on a roundabout," the Prime Minister told MPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Conservative MP Giles Ashworth asked whether the Prime Minister would guarantee that no hospital in Lincolnshire would lose its maternity unit.",
        False,
        [],
        None,
    ),
    (
        "en",
        "SNP Westminster leader Fiona Kilbride said 41,000 pensioners in Scotland had lost their winter fuel payment.",
        True,
        [("count", 41000, None, None)],
        "Fiona Kilbride",
    ),
    (
        "en",
        "The Prime Minister said the figure was wrong and that pension credit claims in Scotland had risen by 12% this year.",
        True,
        [("percent", 12, "%", None)],
        None,
    ),
    ("en", "The Speaker intervened four times to quieten the chamber.", False, [("count", 4, None, None)], None),
    ("en", "Labour backbenchers waved their order papers as the Prime Minister sat down.", False, [], None),
    ("en", "The session overran by 14 minutes.", True, [("duration", 14, "minute", None)], None),
    # --- Ständerat verlängert Rettungsschirm für Strombranche (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat will den Rettungsschirm für systemkritische Stromunternehmen um vier Jahre bis Ende 2030 verlängern.",
        True,
        [("duration", 4, "year", None), ("year", 2030, None, None)],
        None,
    ),
    (
        "de",
        "Die kleine Kammer hiess eine entsprechende Vorlage am Mittwoch mit 29 zu 12 Stimmen bei 3 Enthaltungen gut.",
        True,
        [("count", 29, None, None), ("count", 12, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "de",
        "Der Kreditrahmen soll dabei von 10 auf 6 Milliarden Franken sinken.",
        True,
        [("money", 10000000000, "CHF", None), ("money", 6000000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Bisher habe kein Unternehmen Geld aus dem Rettungsschirm beziehen müssen, sagte Energieminister Beat Oberholzer.",
        True,
        [],
        "Beat Oberholzer",
    ),
    (
        "de",
        "Die Bereitstellung habe den Bund seit 2022 rund 38 Millionen Franken gekostet, vor allem für Zinsen und Gebühren, teilte das Bundesamt für Energie mit.",
        True,
        [("year", 2022, None, None), ("money", 38000000, "CHF", "about")],
        "das Bundesamt für Energie",
    ),
    (
        "de",
        "«Das ist eine Versicherung, die wir hoffentlich nie brauchen», sagte Mitte-Ständerat Pirmin Tschümperlin.",
        False,
        [],
        None,
    ),
    ("de", "Die SVP-Vertreter sprachen von einer «Staatsgarantie für Managerfehler».", False, [], None),
    ("de", "Das Geschäft geht nun an den Nationalrat.", True, [], None),
    # --- Point of order after PMQs (PA) ---
    (
        "en",
        "LONDON (PA) - A Conservative MP raised a point of order after Prime Minister's Questions, saying the Prime Minister had given the House a wrong figure on home insulation.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Conservative MP Rebecca Haldane said official statistics showed 236,000 homes had been insulated under the scheme, not 380,000.",
        True,
        [("count", 236000, None, None), ("count", 380000, None, None)],
        "Rebecca Haldane",
    ),
    (
        "en",
        "The Speaker ruled that the accuracy of ministers' answers was not a matter for the chair but said the record could be corrected.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Downing Street said the Prime Minister had misspoken and that the 380,000 figure referred to homes assessed under the scheme rather than insulated.",
        True,
        [("count", 380000, None, None)],
        "Downing Street",
    ),
    (
        "en",
        "Ministers have corrected the official record 27 times this session, according to figures from the House of Commons Library.",
        True,
        [("count", 27, None, None)],
        None,
    ),
    ("en", '"Misleading the House is not a slip of the tongue, it is a habit," Haldane said.', False, [], None),
    # --- Misstrauensantrag gegen Innenminister scheitert (APA) ---
    (
        "de",
        "Wien (APA) - Ein Misstrauensantrag der FPÖ gegen Innenminister Clemens Stadlbauer ist am Mittwoch im Nationalrat erwartungsgemäß gescheitert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Antrag stimmten lediglich die 58 Mandatare der Freiheitlichen.",
        True,
        [("count", 58, None, None)],
        None,
    ),
    (
        "de",
        "Es war bereits der vierte Misstrauensantrag gegen ein Regierungsmitglied in dieser Gesetzgebungsperiode.",
        True,
        [("ordinal", 4, None, None)],
        None,
    ),
    ("de", "Stadlbauer ist seit März 2025 im Amt.", True, [("year", 2025, None, None)], None),
    (
        "de",
        "FPÖ-Sicherheitssprecher Roland Pfeifenberger begründete den Antrag mit 4.200 Aufgriffen an der Grenze im November, fast doppelt so vielen wie im Vorjahresmonat.",
        True,
        [("count", 4200, None, None), ("count", 2, None, "nearly")],
        None,
    ),
    (
        "de",
        "Die Zahl der Aufgriffe sei in den ersten elf Monaten des Jahres um 18 Prozent gesunken, teilte das Innenministerium mit.",
        True,
        [("ordinal", 1, None, None), ("duration", 11, "month", None), ("percent", 18, "%", None)],
        "das Innenministerium",
    ),
    ("de", "„Dieser Minister verwaltet das Chaos, statt es zu beenden“, sagte Pfeifenberger.", False, [], None),
    (
        "de",
        "„Ich lasse mir von der FPÖ keine Lektionen in Sachen Grenzschutz erteilen“, sagte Stadlbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Ein Misstrauensantrag ersetzt keine Politik“, entgegnete ÖVP-Klubobmann Stefan Wögerbauer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zuvor hatte die FPÖ in einer Dringlichen Anfrage 43 Fragen an den Minister gerichtet.",
        True,
        [("count", 43, None, None)],
        None,
    ),
    (
        "de",
        "Die Debatte über Anfrage und Antrag dauerte mehr als drei Stunden.",
        True,
        [("duration", 3, "hour", "over")],
        None,
    ),
    # --- Bundestag approves procurement law (Reuters) ---
    (
        "en",
        "BERLIN, Dec 9 (Reuters) - Germany's Bundestag on Wednesday approved a law to speed up military procurement, waiving tender rules for contracts worth up to 5 billion euros.",
        True,
        [("date", "--12-09", None, None), ("money", 5000000000, "EUR", "up_to")],
        None,
    ),
    (
        "en",
        "Lawmakers in the lower house voted 331 to 201 in favour of the bill, with 79 abstentions.",
        True,
        [("count", 331, None, None), ("count", 201, None, None), ("count", 79, None, None)],
        None,
    ),
    (
        "en",
        "The law lets the armed forces award contracts directly for two years and cuts the time allowed for legal challenges to 10 days.",
        True,
        [("duration", 2, "year", None), ("duration", 10, "day", None)],
        None,
    ),
    (
        "en",
        "Defence Minister Anke Rosendahl told parliament the average purchase had taken 38 months from request to contract in 2025.",
        True,
        [("duration", 38, "month", None), ("year", 2025, None, None)],
        "Anke Rosendahl",
    ),
    (
        "en",
        "The far-right Alternative for Germany and the Left party voted against, while the Greens abstained.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"This is deregulation in camouflage," Left party lawmaker Selin Karakas said during the debate.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The upper house, the Bundesrat, is expected to approve the law on Dec. 19.",
        True,
        [("date", "--12-19", None, None)],
        None,
    ),
    # --- Aktuelle Stunde zur Bahn (dpa) ---
    (
        "de",
        "Berlin (dpa) - Auf Verlangen der Linken hat der Bundestag in einer Aktuellen Stunde über die Unpünktlichkeit der Deutschen Bahn debattiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im November kamen nach Angaben der Bahn nur 58,4 Prozent der Fernzüge pünktlich an, so wenige wie seit 2015 nicht mehr.",
        True,
        [("percent", 58.4, "%", None), ("year", 2015, None, None)],
        "die Bahn",
    ),
    (
        "de",
        "Verkehrsstaatssekretär Lars Hinrichsen sagte, bis 2030 würden 4.100 Kilometer Schiene generalsaniert.",
        True,
        [("year", 2030, None, None), ("count", 4100, None, None)],
        "Lars Hinrichsen",
    ),
    (
        "de",
        "Dafür stünden aus dem Sondervermögen 38 Milliarden Euro bereit.",
        True,
        [("money", 38000000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Die Linke verlangte eine Entschädigung von 50 Prozent des Fahrpreises schon ab 30 Minuten Verspätung.",
        True,
        [("percent", 50, "%", None), ("duration", 30, "minute", None)],
        None,
    ),
    (
        "de",
        "„Die Bahn ist zum Symbol eines Landes geworden, in dem nichts mehr funktioniert“, sagte die Linken-Abgeordnete Mareike Sommerfeld.",
        False,
        [],
        None,
    ),
    (
        "de",
        "CDU-Verkehrspolitiker Bernd Wölk hielt der Linken vor, in ihrer Regierungszeit in Thüringen keine einzige stillgelegte Strecke reaktiviert zu haben.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Aktuelle Stunde dauerte 62 Minuten, es sprachen 13 Rednerinnen und Redner.",
        True,
        [("duration", 62, "minute", None), ("count", 13, None, None)],
        None,
    ),
    # --- Water bill rebellion in the Commons (PA) ---
    (
        "en",
        "LONDON (PA) - The government's Water Infrastructure Bill cleared its second reading in the Commons by 331 votes to 194, majority 137.",
        True,
        [
            ("ordinal", 2, None, None),
            ("count", 331, None, None),
            ("count", 194, None, None),
            ("count", 137, None, None),
        ],
        None,
    ),
    (
        "en",
        "Nineteen Labour MPs voted against the government and around 40 more did not vote, the division list showed.",
        True,
        [("count", 19, None, None), ("count", 40, None, "about")],
        None,
    ),
    ("en", "Government whips played down the scale of the revolt.", False, [], None),
    (
        "en",
        "The bill would let water companies raise an extra 6.5 billion pounds from customers over five years to fix leaking pipes, the Treasury estimated.",
        True,
        [("money", 6500000000, "GBP", None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "Environment Secretary Mark Ellery told MPs that bills would rise by an average of 31 pounds a year as a result.",
        True,
        [("money", 31, "GBP", None)],
        "Mark Ellery",
    ),
    (
        "en",
        '"I will not vote to make my constituents pay for the failures of privatised water bosses," Labour backbencher Josie Marr said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "A reasoned amendment from the rebels, which would have denied the bill a second reading, was defeated by 287 votes to 42.",
        True,
        [("ordinal", 2, None, None), ("count", 287, None, None), ("count", 42, None, None)],
        None,
    ),
    ("en", "The bill moves to committee stage on January 13.", True, [("date", "--01-13", None, None)], None),
    # --- GPK kritisiert Drohnenbeschaffung (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die Geschäftsprüfungskommission des Nationalrats hat die Beschaffung neuer Aufklärungsdrohnen für die Armee scharf kritisiert.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Das Projekt sei fünf Jahre im Verzug und werde mindestens 96 Millionen Franken mehr kosten als die bewilligten 250 Millionen Franken, heisst es im am Mittwoch veröffentlichten Bericht.",
        True,
        [("duration", 5, "year", None), ("money", 96000000, "CHF", "at_least"), ("money", 250000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Von den sechs bestellten Drohnen seien bisher erst zwei einsatzfähig, sagte GPK-Präsidentin Nadja Crottogini.",
        True,
        [("count", 6, None, None), ("count", 2, None, None)],
        "Nadja Crottogini",
    ),
    (
        "de",
        "Die Kommission richtet sieben Empfehlungen an den Bundesrat und verlangt bis Ende Juni 2027 eine Stellungnahme.",
        True,
        [("count", 7, None, None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "Man teile die Kritik in Teilen und habe die Projektleitung bereits neu aufgestellt, teilte das Verteidigungsdepartement mit.",
        True,
        [],
        "das Verteidigungsdepartement",
    ),
    ("de", "«Hier wurde Steuergeld im Blindflug ausgegeben», sagte Crottogini.", False, [], None),
    ("de", "Ob die Armee die übrigen Drohnen je erhält, liess die Kommission offen.", False, [], None),
    # --- Government survives no-confidence vote (Reuters) ---
    (
        "en",
        "LONDON, Dec 9 (Reuters) - Britain's government comfortably survived a motion of no confidence in the House of Commons on Wednesday, the first such vote in more than four years.",
        True,
        [("date", "--12-09", None, None), ("ordinal", 1, None, None), ("duration", 4, "year", "over")],
        None,
    ),
    (
        "en",
        "Lawmakers rejected the motion, tabled by the opposition Conservatives, by 352 votes to 174.",
        True,
        [("count", 352, None, None), ("count", 174, None, None)],
        None,
    ),
    (
        "en",
        "The government has a working majority of about 160 in the 650-seat chamber.",
        True,
        [("count", 160, None, "about"), ("count", 650, None, None)],
        None,
    ),
    (
        "en",
        "Opposition leader Victoria Harcombe told parliament the government had broken 14 of the 22 pledges in its election manifesto.",
        True,
        [("count", 14, None, None), ("count", 22, None, None)],
        "Victoria Harcombe",
    ),
    ("en", '"This government has run out of road, out of ideas and out of time," Harcombe said.', False, [], None),
    (
        "en",
        "Deputy Prime Minister Owen Prichard said unemployment had fallen to 4.3% and real wages had grown for 20 consecutive months.",
        True,
        [("percent", 4.3, "%", None), ("duration", 20, "month", None)],
        "Owen Prichard",
    ),
    (
        "en",
        'A Labour spokesperson dismissed the motion as "a stunt by a party stuck in third place".',
        False,
        [("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Liberal Democrats' 71 MPs abstained, while Reform UK's six MPs backed the motion.",
        True,
        [("count", 71, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "en",
        "Whether the result will quieten talk of a leadership challenge inside the Conservative party remains to be seen.",
        False,
        [],
        None,
    ),
    # --- Rechnungshof: Beraterverträge der Ministerien (APA) ---
    (
        "de",
        "Wien (APA) - Die Ministerien haben zwischen 2020 und 2024 insgesamt 412 Millionen Euro für externe Beratung ausgegeben, geht aus einem Rechnungshofbericht hervor, den der Rechnungshofausschuss des Nationalrats am Mittwoch behandelte.",
        True,
        [("year", 2020, None, None), ("year", 2024, None, None), ("money", 412000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mehr als ein Drittel der Aufträge, konkret 37 Prozent, sei ohne Ausschreibung direkt vergeben worden.",
        True,
        [("fraction", 0.3333, None, "over"), ("percent", 37, "%", None)],
        None,
    ),
    (
        "de",
        "Allein das Finanzministerium zahlte 96 Millionen Euro, fast ein Viertel der Gesamtsumme.",
        True,
        [("money", 96000000, "EUR", None), ("fraction", 0.25, None, "nearly")],
        None,
    ),
    ("de", "Knapp die Hälfte der Summe entfiel auf IT-Beratung.", True, [("fraction", 0.5, None, "nearly")], None),
    (
        "de",
        "Rechnungshofpräsidentin Ingrid Weißenböck sagte im Ausschuss, in 61 von 150 geprüften Fällen habe eine nachvollziehbare Begründung gefehlt.",
        True,
        [("count", 61, None, None), ("count", 150, None, None)],
        "Ingrid Weißenböck",
    ),
    ("de", "„Beratung ist kein Ersatz für eigene Kompetenz in der Verwaltung“, sagte Weißenböck.", False, [], None),
    (
        "de",
        "Die Grünen forderten eine Obergrenze von fünf Prozent des Sachaufwands für Beraterleistungen.",
        True,
        [("percent", 5, "%", None)],
        None,
    ),
    (
        "de",
        "Die ÖVP verwies darauf, dass die Ausgaben 2024 gegenüber dem Vorjahr um 22 Prozent gesunken seien.",
        True,
        [("year", 2024, None, None), ("percent", 22, "%", None)],
        None,
    ),
    # --- Urgent question on prison places (PA) ---
    (
        "en",
        "LONDON (PA) - Prisons minister Alan Furnival told MPs that jails in England and Wales held 88,410 people on Friday, leaving just 630 spare places.",
        True,
        [("count", 88410, None, None), ("count", 630, None, None)],
        "Alan Furnival",
    ),
    (
        "en",
        "He was answering an urgent question granted by the Speaker after reports that two prisons had stopped taking new inmates.",
        True,
        [("count", 2, None, None)],
        None,
    ),
    (
        "en",
        "Furnival said 2,400 new places would open by the end of March, including a 1,500-place prison in Leicestershire.",
        True,
        [("count", 2400, None, None), ("count", 1500, None, None)],
        "Furnival",
    ),
    (
        "en",
        "Shadow justice secretary Harvey Lennox said the government had released 14,300 prisoners early since September.",
        True,
        [("count", 14300, None, None)],
        "Harvey Lennox",
    ),
    ("en", '"The minister is managing decline, not fixing it," Lennox said.', False, [], None),
    ("en", "He said the early release scheme would be reviewed in June.", True, [], None),
    (
        "en",
        "The Prison Officers' Association said assaults on staff had risen 19% in the year to September.",
        True,
        [("percent", 19, "%", None)],
        "the Prison Officers' Association",
    ),
    ("en", '"We are one riot away from disaster," the association\'s general secretary said.', False, [], None),
    # --- Gasspeicher-Untersuchungsausschuss legt Bericht vor (AFP) ---
    (
        "de",
        "Berlin (AFP) - Der Untersuchungsausschuss des Bundestags zur Befüllung der Gasspeicher hat am Mittwoch seinen Abschlussbericht vorgelegt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der 612 Seiten starke Bericht kommt zu dem Schluss, dass der Bund im Winter 2022 rund 4,6 Milliarden Euro zu viel für Gas bezahlt habe.",
        True,
        [("count", 612, None, None), ("year", 2022, None, None), ("money", 4600000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Der Ausschuss hatte in 47 Sitzungen 83 Zeuginnen und Zeugen befragt.",
        True,
        [("count", 47, None, None), ("count", 83, None, None)],
        None,
    ),
    ("de", "Die Opposition hatte den Ausschuss im Juli 2025 durchgesetzt.", True, [("year", 2025, None, None)], None),
    (
        "de",
        "Die Koalitionsfraktionen legten ein 140-seitiges Sondervotum vor, in dem sie den Vorwurf überhöhter Preise zurückweisen.",
        True,
        [("count", 140, None, None)],
        None,
    ),
    (
        "de",
        "„Dieser Bericht ist ein Dokument des Versagens“, sagte der Ausschussvorsitzende Florian Keppler (Grüne).",
        False,
        [],
        None,
    ),
    ("de", "Ob der Bericht personelle Konsequenzen hat, ist offen.", False, [], None),
    ("de", "Der Bundestag soll den Bericht im Januar debattieren.", True, [], None),
    # --- Standards Committee recommends suspension (PA) ---
    (
        "en",
        "LONDON (PA) - The Commons Standards Committee has recommended that Conservative MP Nigel Brockhurst be suspended for 12 sitting days for breaching lobbying rules.",
        True,
        [("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "The committee found he had made 11 approaches to ministers on behalf of a firm that paid him 4,000 pounds a month.",
        True,
        [("count", 11, None, None), ("money", 4000, "GBP", None)],
        None,
    ),
    (
        "en",
        "A suspension of 10 sitting days or more triggers a recall petition in the MP's constituency.",
        True,
        [("count", 10, None, "at_least")],
        None,
    ),
    (
        "en",
        "Brockhurst, 58, said he would not appeal against the finding.",
        True,
        [("duration", 58, "year", None)],
        None,
    ),
    (
        "en",
        "A recall petition stays open for six weeks, and the seat falls vacant if at least 10% of eligible voters sign it.",
        True,
        [("duration", 6, "week", None), ("percent", 10, "%", "at_least")],
        None,
    ),
    ("en", '"I made an error of judgment, not a corrupt bargain," Brockhurst said in a statement.', False, [], None),
    ("en", "MPs will vote on the recommendation next Tuesday.", True, [], None),
    # --- Mindestlohn für Kuriere: Nationalrat lenkt ein (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Im Streit um einen Mindestlohn für Kurierfahrer von Plattformen ist der Nationalrat auf die Linie des Ständerats eingeschwenkt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Mit 98 zu 93 Stimmen bei 4 Enthaltungen strich die grosse Kammer die letzte Differenz aus der Vorlage.",
        True,
        [("count", 98, None, None), ("count", 93, None, None), ("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Plattformen müssen Kurieren damit künftig mindestens 24 Franken pro Stunde bezahlen, Spesen inbegriffen.",
        True,
        [("money", 24, "CHF", "at_least")],
        None,
    ),
    (
        "de",
        "Betroffen sind nach Schätzungen des Bundes rund 17'000 Personen.",
        True,
        [("count", 17000, None, "about")],
        None,
    ),
    (
        "de",
        "Die Vorlage ist damit bereit für die Schlussabstimmung am 18. Dezember.",
        True,
        [("date", "--12-18", None, None)],
        None,
    ),
    (
        "de",
        "«Wir haben einen Kompromiss, mit dem beide Seiten leben können», sagte FDP-Nationalrat Cédric Aebischer.",
        False,
        [],
        None,
    ),
    ("de", "Die Gewerkschaft Unia kündigte an, kein Referendum zu ergreifen.", True, [], None),
    # --- Lords defeat on renters (PA) ---
    (
        "en",
        "LONDON (PA) - The government suffered its ninth defeat in the House of Lords this session when peers voted by 246 to 171 to strengthen protections for renters.",
        True,
        [("ordinal", 9, None, None), ("count", 246, None, None), ("count", 171, None, None)],
        None,
    ),
    (
        "en",
        "The amendment would require landlords to give tenants four months' notice of a rent increase, up from two months.",
        True,
        [("duration", 4, "month", None), ("duration", 2, "month", None)],
        None,
    ),
    (
        "en",
        "Housing minister Lord Carrow said the change would add needless red tape for 2.3 million landlords.",
        True,
        [("count", 2300000, None, None)],
        None,
    ),
    ("en", "The bill now returns to the Commons for MPs to consider the Lords amendments.", True, [], None),
    ("en", '"Renters have waited long enough for a fair deal," crossbench peer Baroness Imrie said.', False, [], None),
    # --- Bundestag beschließt Klinik-Hilfen (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat am späten Mittwochabend mit den Stimmen der Koalition ein Gesetz zur Entlastung der Krankenhäuser beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Entwurf stimmten 318 Abgeordnete, 211 votierten dagegen, 79 enthielten sich.",
        True,
        [("count", 318, None, None), ("count", 211, None, None), ("count", 79, None, None)],
        None,
    ),
    (
        "de",
        "Das Gesetz sieht bis 2029 Hilfen von insgesamt 6,5 Milliarden Euro für Kliniken in finanzieller Not vor.",
        True,
        [("year", 2029, None, None), ("money", 6500000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Rund zwei Drittel der Hilfen sollen an Häuser in ländlichen Regionen gehen.",
        True,
        [("fraction", 0.6667, None, "about")],
        None,
    ),
    (
        "de",
        "Jede dritte Klinik in Deutschland schreibt nach Angaben der Deutschen Krankenhausgesellschaft rote Zahlen.",
        True,
        [("fraction", 0.3333, None, None)],
        "die Deutsche Krankenhausgesellschaft",
    ),
    (
        "de",
        "Gesundheitsministerin Katharina Leuthold sagte, in den kommenden fünf Jahren sollten rund 120 Standorte zu ambulanten Gesundheitszentren umgebaut werden.",
        True,
        [("duration", 5, "year", None), ("count", 120, None, "about")],
        "Katharina Leuthold",
    ),
    ("de", "Die AfD sprach von einem „Kliniksterben mit Ansage“.", False, [], None),
    (
        "de",
        "Die Länderkammer berät am 19. Dezember abschließend über das Gesetz.",
        True,
        [("date", "--12-19", None, None)],
        None,
    ),
    # --- Swiss lower house eases arms re-export rules (Reuters) ---
    (
        "en",
        "ZURICH, Dec 9 (Reuters) - Switzerland's lower house of parliament voted on Wednesday to let buyers of Swiss weapons pass them on to third countries after five years, easing a ban that has strained ties with European neighbours.",
        True,
        [("date", "--12-09", None, None), ("duration", 5, "year", None)],
        None,
    ),
    (
        "en",
        "The National Council backed the change by 118 votes to 75, with 3 abstentions.",
        True,
        [("count", 118, None, None), ("count", 75, None, None), ("count", 3, None, None)],
        None,
    ),
    (
        "en",
        "Swiss arms exports fell 27% to 610 million Swiss francs last year, data from the State Secretariat for Economic Affairs showed.",
        True,
        [("percent", 27, "%", None), ("money", 610000000, "CHF", None)],
        None,
    ),
    (
        "en",
        "The industry employs about 14,000 people, according to the defence ministry.",
        True,
        [("count", 14000, None, "about")],
        "the defence ministry",
    ),
    (
        "en",
        "The upper house, the Council of States, still has to approve the change, and opponents have threatened to force a referendum.",
        True,
        [],
        None,
    ),
    (
        "en",
        '"Neutrality is not a discount we offer to arms buyers," Green lawmaker Léa Marchand said.',
        False,
        [],
        None,
    ),
    # --- Nationalrat deckelt Mieterhöhungen (APA) ---
    (
        "de",
        "Wien (APA) - Der Nationalrat hat am Mittwochabend eine Deckelung der Erhöhungen von Altbau- und Kategoriemieten beschlossen.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Die Mieten dürfen 2027 um höchstens 1 Prozent und 2028 um höchstens 2 Prozent steigen.",
        True,
        [
            ("year", 2027, None, None),
            ("percent", 1, "%", "at_most"),
            ("year", 2028, None, None),
            ("percent", 2, "%", "at_most"),
        ],
        None,
    ),
    (
        "de",
        "Die Inflation hatte im November 3,1 Prozent betragen, gut einen Prozentpunkt mehr als im Euroraum.",
        True,
        [("percent", 3.1, "%", None), ("percent", 1, "pp", "over")],
        None,
    ),
    (
        "de",
        "In namentlicher Abstimmung stimmten 103 Abgeordnete dafür und 71 dagegen.",
        True,
        [("count", 103, None, None), ("count", 71, None, None)],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Arbeiterkammer ersparen sich betroffene Haushalte im Schnitt 310 Euro pro Jahr.",
        True,
        [("money", 310, "EUR", None)],
        None,
    ),
    (
        "de",
        "Betroffen sind laut Wohnbauministerium rund 410.000 Wohnungen.",
        True,
        [("count", 410000, None, "about")],
        "Wohnbauministerium",
    ),
    (
        "de",
        "„Damit enteignet die Regierung die kleinen Vermieter durch die Hintertür“, sagte FPÖ-Bautensprecher Christian Wurmitzer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Das ist kein Wundermittel, aber eine spürbare Entlastung“, sagte SPÖ-Wohnbausprecherin Nina Hofstätter.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Der Bundesrat befasst sich am 17. Dezember mit dem Beschluss.",
        True,
        [("date", "--12-17", None, None)],
        None,
    ),
    # --- Petition debate on free bus travel (PA) ---
    (
        "en",
        "LONDON (PA) - MPs debated a petition calling for free bus travel for under-22s in England after it gathered more than 212,000 signatures.",
        True,
        [("duration", 22, "year", "under"), ("count", 212000, None, "over")],
        None,
    ),
    (
        "en",
        "Petitions with at least 100,000 signatures are considered for debate by the Petitions Committee.",
        True,
        [("count", 100000, None, "at_least")],
        None,
    ),
    (
        "en",
        "Transport minister Helen Osei said extending free travel would cost an estimated 1.1 billion pounds a year.",
        True,
        [("money", 1100000000, "GBP", "about")],
        "Helen Osei",
    ),
    (
        "en",
        "The three-hour debate in Westminster Hall ended without a vote, as all petition debates do.",
        True,
        [("duration", 3, "hour", None)],
        None,
    ),
    (
        "en",
        '"Young people are being priced out of their own futures," Labour MP Amara Boateng said as she opened the debate.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Scotland already offers free bus travel to under-22s, a scheme used by about 480,000 young people.",
        True,
        [("duration", 22, "year", "under"), ("count", 480000, None, "about")],
        None,
    ),
    # --- Ständerat gegen Prämien-Initiative (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Der Ständerat empfiehlt die Volksinitiative «Bezahlbare Prämien für alle» ohne Gegenvorschlag zur Ablehnung.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Der Entscheid fiel mit 31 zu 11 Stimmen bei 2 Enthaltungen.",
        True,
        [("count", 31, None, None), ("count", 11, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Nach dem Willen der Initianten soll kein Haushalt mehr als 10 Prozent des verfügbaren Einkommens für Krankenkassenprämien aufwenden müssen.",
        True,
        [("percent", 10, "%", "over")],
        None,
    ),
    (
        "de",
        "Die Mehrkosten für Bund und Kantone würden sich laut Bundesrat auf jährlich rund 4,9 Milliarden Franken belaufen.",
        True,
        [("money", 4900000000, "CHF", "about")],
        "Bundesrat",
    ),
    (
        "de",
        "Gesundheitsminister Lukas Berchtold sagte, die Prämien seien seit 2016 um durchschnittlich 47 Prozent gestiegen.",
        True,
        [("year", 2016, None, None), ("percent", 47, "%", None)],
        "Lukas Berchtold",
    ),
    (
        "de",
        "Jeder vierte Haushalt erhält bereits eine Prämienverbilligung, sagte Berchtold.",
        True,
        [("fraction", 0.25, None, None)],
        "Berchtold",
    ),
    ("de", "«Die Initiative bekämpft die Symptome, nicht die Ursachen», sagte Berchtold.", False, [], None),
    ("de", "Der Nationalrat hatte die Initiative im September knapp zur Annahme empfohlen.", True, [], None),
    # --- Asylum hotels statement (PA) ---
    (
        "en",
        "LONDON (PA) - The Home Secretary told the Commons that 196 hotels were still being used to house asylum seekers, down from 310 a year earlier.",
        True,
        [("count", 196, None, None), ("count", 310, None, None)],
        None,
    ),
    (
        "en",
        "Accommodation costs had fallen to 4.1 million pounds a day from 5.6 million pounds, she said.",
        True,
        [("money", 4100000, "GBP", None), ("money", 5600000, "GBP", None)],
        None,
    ),
    (
        "en",
        "The backlog of initial asylum claims stood at 61,200 at the end of November, the lowest since 2021.",
        True,
        [("count", 61200, None, None), ("year", 2021, None, None)],
        None,
    ),
    (
        "en",
        "Shadow home secretary Tobias Renwick said 41,700 people had reached Britain in small boats so far this year, a record for a calendar year.",
        True,
        [("count", 41700, None, None)],
        "Tobias Renwick",
    ),
    (
        "en",
        '"The boats are still coming and the Home Secretary is reading out spreadsheets," Renwick said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Reform UK MP Darren Pollitt asked how many of those arriving had been sent back to France.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The Home Secretary said 3,900 people had been returned under the pilot agreement with France since August.",
        True,
        [("count", 3900, None, None)],
        None,
    ),
    # --- Sitzungsbilanz im Nationalrat (APA) ---
    (
        "de",
        "Wien (APA) - Die Plenarsitzung des Nationalrats ist nach gut 13 Stunden kurz vor Mitternacht zu Ende gegangen.",
        True,
        [("duration", 13, "hour", "over")],
        None,
    ),
    (
        "de",
        "Die Abgeordneten erledigten 31 Tagesordnungspunkte, darunter sechs Gesetzesbeschlüsse.",
        True,
        [("count", 31, None, None), ("count", 6, None, None)],
        None,
    ),
    (
        "de",
        "Der Nationalratspräsident erteilte drei Ordnungsrufe, zwei davon an Abgeordnete der FPÖ.",
        True,
        [("count", 3, None, None), ("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Einen davon erhielt FPÖ-Mandatar Gerald Kumpusch, weil er den Innenminister als „Schlepperminister“ bezeichnet hatte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Zuletzt hatte es im Oktober an einem einzigen Sitzungstag fünf Ordnungsrufe gegeben.",
        True,
        [("count", 5, None, None)],
        None,
    ),
    ("de", "Beobachter sprachen von einer der hitzigsten Sitzungen des Jahres.", False, [], None),
    # --- Defence Committee report on recruitment (PA) ---
    (
        "en",
        "LONDON (PA) - Britain's armed forces are short of 5,200 personnel in critical trades, the Commons Defence Committee warned in a report published on Wednesday.",
        True,
        [("count", 5200, None, None)],
        None,
    ),
    (
        "en",
        "The Army's trained strength fell to 69,400 in October, below the government's target of 72,500, the report said.",
        True,
        [("count", 69400, None, None), ("count", 72500, None, None)],
        None,
    ),
    (
        "en",
        "Recruits now wait an average of 194 days between applying and starting basic training, it found.",
        True,
        [("duration", 194, "day", None)],
        None,
    ),
    (
        "en",
        "The committee called on ministers to cut that to 90 days within two years.",
        True,
        [("duration", 90, "day", None), ("duration", 2, "year", None)],
        None,
    ),
    (
        "en",
        '"We cannot defend the country with an army that exists only on paper," committee chair Simon Ravensworth said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The Ministry of Defence said applications had risen by 14% this year and that waiting times would fall below 120 days by the spring.",
        True,
        [("percent", 14, "%", None), ("duration", 120, "day", "under")],
        "the Ministry of Defence",
    ),
    # --- AfD-Antrag zum Rundfunkbeitrag abgelehnt (dpa) ---
    (
        "de",
        "Berlin (dpa) - Der Bundestag hat einen Antrag der AfD-Fraktion zur Abschaffung des Rundfunkbeitrags mit breiter Mehrheit abgelehnt.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Für den Antrag stimmten 139 Abgeordnete, alle aus den Reihen der AfD.",
        True,
        [("count", 139, None, None)],
        None,
    ),
    ("de", "Der Beitrag liegt derzeit bei 18,94 Euro im Monat.", True, [("money", 18.94, "EUR", None)], None),
    (
        "de",
        "Die Länder hatten sich im Oktober auf eine Erhöhung um 47 Cent ab 2027 verständigt.",
        True,
        [("money", 0.47, "EUR", None), ("year", 2027, None, None)],
        None,
    ),
    (
        "de",
        "„Der öffentlich-rechtliche Rundfunk ist eine Säule unserer Demokratie“, sagte SPD-Medienpolitikerin Jana Obermeier.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Ob die Länder bei der Erhöhung bleiben, ist angesichts des Widerstands in mehreren Landtagen offen.",
        False,
        [],
        None,
    ),
    # --- Ten Minute Rule bill on school uniforms (PA) ---
    (
        "en",
        "LONDON (PA) - Labour MP Kieran Doherty introduced a Ten Minute Rule bill to cap the cost of compulsory school uniform items at 90 pounds per child.",
        True,
        [("duration", 10, "minute", None), ("money", 90, "GBP", None)],
        None,
    ),
    (
        "en",
        "Doherty told MPs parents were spending an average of 422 pounds a year on uniform for each secondary school pupil.",
        True,
        [("money", 422, "GBP", None)],
        "Doherty",
    ),
    ("en", "The bill stands little chance of becoming law without government backing.", False, [], None),
    (
        "en",
        "It is due to receive its second reading on February 27.",
        True,
        [("ordinal", 2, None, None), ("date", "--02-27", None, None)],
        None,
    ),
    # --- Finance Bill clears Commons (Reuters) ---
    (
        "en",
        "LONDON, Dec 9 (Reuters) - British lawmakers on Wednesday rejected an opposition attempt to scrap a freeze on income tax thresholds, clearing the way for the Finance Bill's third reading.",
        True,
        [("date", "--12-09", None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "The Conservative amendment was defeated by 339 votes to 241.",
        True,
        [("count", 339, None, None), ("count", 241, None, None)],
        None,
    ),
    (
        "en",
        "The Office for Budget Responsibility has estimated that extending the freeze to 2030 will bring in 8.3 billion pounds annually by 2031.",
        True,
        [("year", 2030, None, None), ("money", 8300000000, "GBP", None), ("year", 2031, None, None)],
        None,
    ),
    (
        "en",
        "About 1.9 million more people will pay the 40% higher rate as a result, according to the OBR.",
        True,
        [("count", 1900000, None, "about"), ("percent", 40, "%", None)],
        "the OBR",
    ),
    (
        "en",
        'Exchequer Secretary Nadia Whitlock told parliament the freeze was "the fairest way" to repair the public finances.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"Ordinary workers are being dragged into tax brackets meant for the well-off," Conservative Treasury spokesman Julian Vesey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "The bill later passed its third reading by 342 votes to 229.",
        True,
        [("ordinal", 3, None, None), ("count", 342, None, None), ("count", 229, None, None)],
        None,
    ),
    # --- NHS England chief before the Health Committee (PA) ---
    (
        "en",
        "LONDON (PA) - The head of NHS England told MPs that the waiting list for planned treatment stood at 7.21 million at the end of October, down from 7.6 million a year earlier.",
        True,
        [("count", 7210000, None, None), ("count", 7600000, None, None)],
        None,
    ),
    (
        "en",
        "NHS England chief executive Alan Pemberton said 58.9% of patients were being treated within 18 weeks, short of a 65% target for March.",
        True,
        [("percent", 58.9, "%", None), ("duration", 18, "week", None), ("percent", 65, "%", None)],
        "Alan Pemberton",
    ),
    ("en", "Committee chair Ruth Akinola asked whether the target was still realistic.", False, [], None),
    ("en", "\"I won't pretend it's easy, but it is achievable,\" Pemberton replied.", False, [], None),
    (
        "en",
        "Pemberton said NHS England would cut its own headcount by 9,000 posts by April 2027.",
        True,
        [("count", 9000, None, None), ("year", 2027, None, None)],
        "Pemberton",
    ),
    (
        "en",
        '"Patients in my constituency are waiting two years for a hip operation," Liberal Democrat MP Fergus Dunmore told the hearing.',
        True,
        [("duration", 2, "year", None)],
        None,
    ),
    ("en", "The hearing lasted two and a half hours.", True, [("duration", 2.5, "hour", None)], None),
    # --- Austrian parliament extends bank levy (Reuters) ---
    (
        "en",
        "VIENNA, Dec 9 (Reuters) - Austria's lower house of parliament voted on Wednesday to extend a special levy on banks until 2029, expecting it to raise 500 million euros a year.",
        True,
        [("date", "--12-09", None, None), ("year", 2029, None, None), ("money", 500000000, "EUR", None)],
        None,
    ),
    (
        "en",
        "The levy, introduced in 2025, had been due to expire at the end of 2026.",
        True,
        [("year", 2025, None, None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "Finance Minister Markus Fellner told parliament that banks had earned a combined net profit of 12.4 billion euros in 2025.",
        True,
        [("money", 12400000000, "EUR", None), ("year", 2025, None, None)],
        "Markus Fellner",
    ),
    (
        "en",
        "The banking association said the levy would cost lenders about 2 billion euros over four years and weaken lending.",
        True,
        [("money", 2000000000, "EUR", "about"), ("duration", 4, "year", None)],
        None,
    ),
    (
        "en",
        "The far-right Freedom Party, the largest group in parliament with 58 seats, voted against.",
        True,
        [("count", 58, None, None)],
        None,
    ),
    (
        "en",
        '"Banks are not a cash machine for the finance ministry," the association\'s chief executive said.',
        False,
        [],
        None,
    ),
    # --- Independent MP named by the Speaker (PA) ---
    (
        "en",
        "LONDON (PA) - An independent MP was suspended from the Commons after the Speaker named him for refusing to withdraw an accusation that a minister had lied.",
        True,
        [],
        None,
    ),
    (
        "en",
        "Under Commons rules, a member named for the first time is suspended for five sitting days.",
        True,
        [("ordinal", 1, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "en",
        "MPs voted 401 to 12 to suspend Callum Breck.",
        True,
        [("count", 401, None, None), ("count", 12, None, None)],
        None,
    ),
    (
        "en",
        "Breck, 47, has sat as an independent since leaving Labour in 2024.",
        True,
        [("duration", 47, "year", None), ("year", 2024, None, None)],
        None,
    ),
    ("en", '"I stand by every word," Breck told reporters outside the chamber.', False, [], None),
]
