"""Two-hundred-and-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, films, institutions of no real
name and figures are made up (Anja Kreuzwieser, Bernhard Zechmeister, Séverine Perrenoud,
Inés Mamani Quispe, «Salzwege», Eckhard Wiemeyer, Jochen Brackelmann, Gisela Haubner,
Clemens Hagspiel, Brigitte Fasching-Lehner, Petra Haidinger-Moll, Hartmut Lessing-Brandt,
Monique Favre-Gisler, Reto Gämperli, Sabine Kortenbruch, Dorothee Wallbrecht, Florentin
Aigner-Rossi, Carola Dittberner, Lea Trautmann-Öz, Silvia Amacher-Brun, Ulrich Kammerloher;
Camille Roussel-Bey, Harriet Quarrington, Northfield University, Marcia Delacroix-Hunt, the
Hallamshire Museum of World Cultures, Gwen Tallis-Owen, Dominic Farrelly, Tegan Morrissey,
Quint Fontenot, Mariana Coutinho-Reis, Julian Amesbury, the University of Wessex, Rachel
Hensworth, Keisha Grant, Lotte Vandermeulen, Nathalie Gosselin-Park, Marc-André Tremblay,
Hélène Vasselin, Ravi Pemberley, Fiona McAllister, Pippa Rowntree; every unnamed
spokesperson, minister, ambassador, economist, curator, critic, union leader,
vice-chancellor, parent and festivalgoer); ministers, governors, directors and presidents of
real governments, broadcasters, festivals and bodies appear under made-up names that stand
for no real holder, or by their role only ("Ein Sprecher der Bundesregierung", "der
bayerische Wissenschaftsminister", "der FPÖ-Kultursprecher im Gemeinderat", "Nigeria's
culture minister", "Congo's culture minister", "The CBC's president", "the EIS general
secretary", "The education secretary"). Real states, bodies, broadcasters, festivals, tests,
laws, papers and places (Reporter ohne Grenzen, Reporters Without Borders, Deutscher
Journalisten-Verband, ORF, Stiftungsrat, FPÖ, ÖVP, Nationalrat, BBC, TaxPayers' Alliance,
Broadcasting House, Visions du Réel, Nyon, KEF, ARD, ZDF, Beitragsservice, Forsa,
Bundesverfassungsgericht, Benin Bronzes, National Commission for Museums and Monuments,
Zentralmatura, AHS, NAPLAN, ACARA, Australian Education Union, Universitätenkonferenz,
Hochschülerinnen- und Hochschülerschaft, New Orleans Jazz & Heritage Festival, Stiftung
Preußischer Kulturbesitz, Daressalam, the EU's media freedom act, European Commission, SRG,
SVP, SSM, Office for Students, University and College Union, VERA-8, GEW,
Startchancen-Programm, Ohio Education Association, Wiener Festwochen, AfricaMuseum,
Tervuren, Kinshasa, Exzellenzstrategie, Gemeinsame Wissenschaftskonferenz,
Hochschulrektorenkonferenz, CBC/Radio-Canada, Numeris, Europäisches Zentrum für Presse- und
Medienfreiheit, Verdi, Venice Biennale, Arsenale, Überprüfung der Grundkompetenzen, EDK,
LCH, Scottish Government, Scottish Conservatives, EIS, Deutscher Bühnenverein, Hay Festival,
Powys council, and the datelines' cities) stand for the way wire copy names them; every
ranking, score, fee, budget, tally, attendance, sale, price, grant, restitution, quote,
label and reaction here is invented, and where a real figure came to mind it was changed (a
fee, a rank, a job cut, an edition's attendance; the years of a law, of an index's start and
of colonial raids kept).

Its weight: OPINION VERSUS CLAIM, fourteenth round (the ninety-eighth, hundred-nineteenth,
hundred-twenty-fourth, hundred-thirty-first, hundred-thirty-eighth, hundred-forty-sixth,
hundred-fifty-eighth, hundred-sixty-fifth, hundred-seventy-fifth, hundred-eighty-first,
hundred-eighty-ninth, hundred-ninety-sixth and two-hundred-and-fourth batches were the first
thirteen, and their decisions are kept), this time in culture, media and education copy -
press freedom rankings and tallies of attacks on journalists, broadcasting fees and public
broadcasters' budgets, festival attendance and advance sales, school test results,
university funding and research grants, museum restitutions, theatre attendance - over four
ordinary wire days, Monday to Thursday, May 4 to 7, of one year, as 28 short stories in
story order, the German and English stories interleaved by day, each with a dateline lead,
the figures, attributed claims, the other side, quotes and reactions. About 100 rows are
negatives that look like claims - a rank, a rate or a subsidy restated inside a verdict
(„Platz 14 ist ... beschämend“, «Mit 61 Prozent kann Basel nicht zufrieden sein», „174 Euro
Steuergeld ...“), results read as proof of one's own policy, fee comparisons with everyday
prices, ministers' and directors' rhetoric and resolve, labels from parties, unions, critics
and papers („Zwangssteuer“, „Totalversagen“, „Kahlschlag“, "a poll tax on television", "an
act of vandalism"), moral claims about where objects belong, pride and thanks, convictions,
bets and "Personally, I think" with figures, hopes, fears, doubts, complaints, appeals
without a measure, received reputations („gilt als“), evasions, open questions and vox pops
- each beside a check-worthy look-alike around a verifiable core: the index's rank, score
and published category, the fee and its daily equivalent, the broadcaster's job cuts, the
festival's count of admissions and its budget, the share who failed a test, the number of
posts unfilled, the objects returned with their dates and provenance, a poll's share who
hold the opinion, the same speaker's figure in the next row. Half German (dpa, dpa/lnw, APA,
Keystone-SDA; Austrian "heuer", "Nicht genügend", "Planstellen", "ordentliche Studierende",
Swiss "liess", "gross", "Massnahmenplan", "bis Ende Jahr", "46'500", "20'000", "350'000",
"22'400", «» quotes, German „“ quotes) and half English (Reuters, AP, AFP, PA, AAP; American
"organizers", "graders", Australian "per cent", British "programmes").

242 rows (122 German, 120 English), 104 negatives (50 German, 54 English), 138 check-worthy
rows of which 7 carry no figure (5 German, 2 English), 287 expected quantities (95 counts,
54 amounts of money - 25 EUR, 10 GBP, 8 CHF, 7 USD, 3 CAD, 1 AUD -, 39 years, 30 percentages
- 27 in %, 3 in percentage points -, 22 durations - 16 in years, 3 in days, 2 in months, 1
in weeks -, 17 ordinals, 15 fractions, 15 dates; 31 of them in 22 negatives, as the
seventeenth batch labels a figure in a negative), 41 checked speakers (23 German, 18
English).

Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A quoted or reported
  evaluation, label, vow, resolve, feeling, pride, hope, fear, conviction, bet or piece of
  rhetoric is a negative with speaker None, also with a named speaker and an office
  (seventh, ninety-eighth, hundred-thirty-first, hundred-eighty-ninth, hundred-ninety-sixth,
  two-hundred-and-fourth); a quoted or reported statement of fact, figure, step, plan or
  position is check-worthy with its speaker. Pairs from one speaker: Kreuzwieser's 89
  attacks beside her „Platz 14 ... beschämend“ and „Die Lage ist ernst“; Roussel-Bey's 54
  journalists beside "starved to death"; Zechmeister's 220 posts beside his
  „Frühstückssemmel“; Quarrington's £340 million and her "no plans" beside "the price of a
  pint"; Perrenoud's budget beside «Welthauptstadt des Dokumentarfilms»; Delacroix-Hunt's
  214 grants beside "painful decisions" and "We will not abandon"; Wiemeyer's 20 channels
  beside „die Nase voll“; Brackelmann's 1,100 posts beside „Wer jetzt blockiert“ and his
  evasion; Tallis-Owen's 72 objects beside "a debt we owe"; Hagspiel's 3.9 percent beside
  „Die Zahlen beweisen“; Farrelly's A$16 billion beside "should shock every parent";
  Fasching-Lehner's 1,500 posts beside „an die Wand“; Haidinger-Moll's 17.1 billion euros
  beside „zweimal umgedreht“; Fontenot's $9.8 million beside "the best Jazz Fest in years",
  his "thank you" and his bet; Lessing-Brandt's 4,800 objects beside „Akt der
  Gerechtigkeit“; Coutinho-Reis's 37 detained beside "its own house is on fire";
  Favre-Gisler's two of eight programmes beside her streaming comparison and her evasion;
  Amesbury's 380 posts beside "crown jewels"; Kortenbruch's 2,340 posts beside
  „Armutszeugnis“; Wallbrecht's 920 schools beside „genau an den richtigen Schulen“;
  Hensworth's 41,000 teachers beside "these results prove it" and her confidence with three
  in four; Aigner-Rossi's budget beside „Bühne der ganzen Welt“; Vandermeulen's June 30 and
  84,000 objects beside "stop pretending"; Dittberner's 41 universities beside „ein starkes
  Signal“; Gosselin-Park's C$185 million and C$1.56 billion beside "the best defence";
  Trautmann-Öz's 41 cases beside „greift die Demokratie an“; Amacher-Brun's plan beside
  «Weckruf»; McAllister's £1.3 billion beside "faster than any government before us";
  Kammerloher's 22 percent beside „Das Publikum ist zurück“ and his bet; Rowntree's £420,000
  beside "change its mind" and "would simply not exist".
- New: a category an index or a test publishes for a country or a pupil, quoted in its own
  words, is that body's measure and check-worthy - „stuft Reporter ohne Grenzen weiterhin
  als „zufriedenstellend“ ein, die zweitbeste von fünf Kategorien“ (ordinal 2 and count 5,
  the issue's "die drittgrößte Stadt"), "In 42 countries the situation was rated "very
  serious," the index's worst category", "placed in the lowest "needs additional support"
  band" - as an institution's published classification (hundred-forty-first) and a polled
  grade (hundred-eighty-first) are; the same kind of word in a speaker's own mouth stays a
  negative („Die Lage ist ernst, und sie wird nicht von allein besser“, sagte Kreuzwieser.).
- New: fees set against everyday prices. A minister's or a broadcaster's comparison of the
  fee with a pint, a breakfast roll or a streaming subscription is rhetoric and a negative,
  any figure in it labelled («... in vier Landessprachen» count 4); the desk's conversion of
  the fee into a daily amount is arithmetic of record and check-worthy with the amount
  ("Umgerechnet sind das knapp 50 Cent pro Tag und Haushalt." 0.5 EUR "nearly", "That works
  out at just under 50p a day ..." 0.5 GBP "under", "Das entspricht künftig gut 80 Rappen
  pro Tag." 0.8 CHF "over" - cents, pence and Rappen are hundredths, tenth, forty-fifth,
  hundred-fifteenth; "pro Tag", "a day" none).
- New: a figure in the quoted title of a popular initiative is labelled as written («150
  Franken sind genug» 150 CHF) - the title states the demand, as a slogan's figure is
  labelled (hundred-eighty-ninth) - and the row stays check-worthy for the act it reports
  (signatures being collected).
- New: a result read as proof of one's own policy is a negative, also when it restates the
  result („Die Zahlen beweisen, dass die Reform der Matura richtig war“, „Die Ergebnisse
  zeigen, dass unser Startchancen-Programm genau an den richtigen Schulen ansetzt“, "The
  science of reading works, and these results prove it") - a causal reading by an interested
  party, as analysts' and dealers' readings of numbers are (hundred-forty-ninth,
  hundred-eighty-first); the study's own measured gap stays check-worthy („im Mittel 38
  Punkte schlechter“, "about three times as likely", „nur gut die Hälfte“), as does the
  programme's size in the same speaker's next row.
- Verdicts built on a figure are negatives with the figure labelled (hundred-fifty-eighth,
  hundred-eighty-first: a figure restated for effect): „Platz 14 ist ... beschämend“ ordinal
  14, «Mit 61 Prozent kann Basel nicht zufrieden sein» 61%, „174 Euro Steuergeld für jede
  einzelne Karte ...“ 174 EUR; the rank, the rate and the subsidy stated are check-worthy.
  Received reputations are negatives („Das Festival gilt als wichtigstes
  Dokumentarfilmfestival der Schweiz.“; hundred-seventy-first: „gelten als“), as are
  critics' methodological verdicts on a ranking ("far too subjective to compare ...";
  seventy-second: „Rankings sagten wenig ...“).
- Restitutions (hundred-twenty-first, hundred-seventy-first): the transfer of ownership, the
  number of objects, the loan, the provenance finding ("traced all 72 objects to the 1897
  raid"), the raids' years („zwischen 1889 und 1907“), the handover date and the law ("Under
  a 2022 Belgian law ...") are check-worthy; claims of where objects belong ("These works
  belong in Benin City", „Diese Dinge gehören nach Hause“; hundred-seventy-first: "The
  sculptures belong in Athens"), a debt of honour, an act of justice, pride ("immensely
  proud"; hundred-seventy-first), "a first step" (ordinal 1 labelled;
  two-hundred-and-second: „überfälligen ersten Schritt“), doubts and warnings without a
  figure are negatives.
- A poll's share holding an opinion is check-worthy („In einer Forsa-Umfrage hielten 58
  Prozent der Befragten den Beitrag für zu hoch, 9 Prozent für zu niedrig.“; hundred-thirty-
  fourth: "rated current economic conditions as excellent or good"), while a pensioner's own
  verdict on the fee is a vox pop (Gisela Haubner's 71 labelled; hundred-twenty-fourth).
  Predictions framed as conviction, a bet, confidence or "Personally, I think" are negatives
  with their figures labelled (hundred-sixty-fifth, hundred-seventy-fifth,
  hundred-ninety-sixth): „Ich bin fest überzeugt, dass der Beitrag 2029 über 20 Euro liegen
  wird“, „Ich gehe fest davon aus, dass wir mindestens drei weitere Cluster ... holen“, „Ich
  wette, dass wir in zwei Jahren wieder über 20 Millionen Besuche zählen“, ""I'd bet you
  anything we crack 550,000 next year,"", "Hensworth said she was "absolutely confident" that
  three in four third graders ...", ""Honestly, I think NAPLAN ..."", ""Personally, I think
  the CBC will be stronger in five years ..."", ""I'd be amazed if we don't see at least one
  university go bust ..."" (count 1 "at_least"). Organisers' stated expectation stays
  check-worthy ("Organisers said they expected more than 800,000 visitors ..."; hundred-
  eighty-first: "Orbis said it expected"), as does a warning with a figure
  (Fasching-Lehner's „bis zu 1.500 Stellen“; hundred-eighty-ninth) and a demand with a
  figure (Wiemeyer's „mindestens 20 Spartenkanäle“, the Universitätenkonferenz's 18.9
  billion euros; two-hundred-and-fourth).
- Labels and condemnations are negatives ("nannte", "sprach von", "bezeichnete ... als",
  "kritisierte ... als", "called", "dismissed ... as"; ninety-eighth,
  two-hundred-and-fourth); a label paired with a checkable act stays check-worthy ("Several
  artists denounced the event as ... and staged a sit-in outside the Arsenale.", RSF's "what
  it called a critical level"; hundred-forty-first). Evasions, open questions, doubts,
  complaints, blame and appeals without a measure are negatives (hundred-seventy-fifth,
  hundred-eighty-ninth, two-hundred-and-fourth): "ließ ... offen", "liess ... offen", "gilt
  als offen", "ist offen" (ordinal 6 labelled), "ist noch nicht entschieden" (350,000 CHF
  and 2027 labelled), "remains an open question" (2027 labelled), "remains unclear",
  "remains unresolved", "has not been decided", "was not spelled out", "could not be
  established", „wagen ... nicht vorherzusagen“, „bezweifeln“, "privately doubt", "privately
  fear" (1,000,000 and 2 years labelled), "complain", "grumble", „bemängeln“, „machte ...
  verantwortlich“, „sieht die Ursache“, „forderte die Polizei auf, ... besser zu schützen“,
  "urged governments to treat ...", "accused the administration of ...". A published study's
  or report's finding without a figure is check-worthy ("..., heißt es in der Studie.",
  "..., the report found."; hundred-seventy-first).
- Check-worthy without a figure (seventy-first, hundred-seventy-first): the report's
  per-capita finding, the VERA-8 results published, the GWK's decision, the study's finding
  on escorts, the artists' sit-in, Amacher-Brun's plan („bis Ende Jahr“ none) and the
  theatres' cut programmes.
- Quantities as earlier batches: ranks as ordinals ("auf Platz 14", "to 61st", "second and
  third", "zum elften Mal in Folge", "der 57. Ausgabe", "the 61st Venice Biennale", "its
  39th edition", "second-largest" 2) and moves in places as counts ("um drei Plätze", "four
  places"; seventy-second); index scores as counts ("81,4 von 100 möglichen Punkten" 81.4
  and 100, "83,2 Punkten", "im Mittel 38 Punkte" - "im Mittel" no hedge;
  hundred-fifty-sixth); grades as ordinals ("Achtklässler" 8, "third graders" 3, "eighth
  graders" 8, "in der sechsten Klasse" 6; seventy-second) while "Years 3, 5, 7 and 9", "Year
  9", "VERA-8" and "a Higher" name stages and tests and carry none (seventy-second:
  "National 5"), "at least one Higher" count 1 "at_least"; the gap in percentage points in
  pp ("19.4 percentage points", "21.3 points", "rose 7 percentage points"; twenty-seventh,
  hundred-eighty-ninth); academic years and seasons both years ("2024-25", "2022-23", "in
  der Spielzeit 2024/25", "2028 bis 2030"; seventy-second); fees in the currency written
  with the period none ("14,90 Euro im Monat", "um 49 Cent auf 18,85 Euro im Monat", "£6.50
  more ... £181", "von 330 auf 295 Franken pro Jahr", "£9,620 a year"; forty-fifth,
  eighty-ninth), "um 120 Millionen auf 655 Millionen Euro" both EUR (the unit written once
  serves both), "zwischen 15 und 95 Euro" both, "zu je 10 Euro" ("je" no hedge); fractions
  ("rund ein Drittel" 0.3333 "about", "jeder zehnte" 0.1, "Nearly two in five" 0.4 "nearly"
  - seventy-first -, "zu knapp einem Viertel" 0.25 "nearly", "Almost a third" 0.3333
  "nearly", "one in five" 0.2, "jeder fünfte" 0.2, "Fast die Hälfte" and "nearly half" 0.5
  "nearly", "Mehr als die Hälfte" 0.5 "over", "nur gut die Hälfte" 0.5 "over", "Nearly three
  in five" 0.6 "nearly", "three in four" 0.75 in a negative - hundred-eleventh -, "about one
  in five" 0.2 "about"); multiples as counts ("about three times as likely" 3 "about";
  hundred-fifty-fifth); durations ("in den zehn Festivaltagen" 10 days - the
  hundred-eighty-first's "Drehtagen" -, "acht Tage vor ihrem Start" 8 days, "over 11 days",
  "in the 12 months to May 1" 12 months and a date, "over seven months", "over the next
  three years", "for at least three years" "at_least", "more than 125 years after" "over",
  "fünf Jahre zuvor" and "two years ago" 2 and 5 years - hundred-forty-fifth, thirtieth -,
  "unter 26 Jahren" and "unter 30 Jahren" "under", ages as years - "Gisela Haubner, 71,",
  "Tegan Morrissey, 42,", "Keisha Grant, 36,", "Ravi Pemberley, 29," in negatives -, and in
  negatives "für fünf Wochen" 5 weeks, "within two years", "in zwei Jahren", "in five
  years", "in the past 20 years"); "a mother of two" 2 and "in one room" 1 in negatives
  (hundred-thirty-third: "a father of three"; hundred-sixty-fifth: "a mother of two");
  "zweimal" 2 in a negative. None: "im Monat", "pro Jahr", "pro Tag", "a day", "a year", "a
  week", "each year", "jährlich", "im Jahr", "heuer", "im Vorjahr", "last year", "this
  year", "next year", "last season", "this spring", "the next decade", "a decade", "in
  years", "since January", "since September", "at the end of March", "at the end of June",
  "in March", "bis Ende Jahr", weekdays, and the datelines of dpa, dpa/lnw, APA,
  Keystone-SDA ("Nyon VD"), AP, PA and AAP (seventy-ninth); Reuters and AFP datelines with a
  day ("PARIS, May 4 (Reuters)", "VENICE, Italy, May 7 (AFP)") are dates without a year
  (hundred-sixty-fifth).
- Hedges, only the names in use: "rund", "Rund", "about", "About" "about"; "knapp", "Fast",
  "nearly", "Nearly", "Almost" "nearly"; "gut", "mehr als", "Mehr als", "über", "more than",
  "More than" "over"; "unter", "fewer than" (hundred-eleventh), "just under" "under";
  "mindestens", "at least", "At least" "at_least"; "bis zu", "up to" "up_to". No hedge:
  "nur", "nur noch", "insgesamt", "zusammen", "weitere", "weiteren", "im Mittel", "im
  Schnitt", "je", "all", "alle", "another", "zwischen ... und", "mehr" and "more" after a
  figure, "up from", "down".
- Speakers, checked only in forms the earlier batches settled: "Kreuzwieser sagte, ...",
  "Zechmeister sagte, ...", "Perrenoud sagte, ...", "Brackelmann sagte, ...", "Hagspiel
  sagte, ...", "Fasching-Lehner sagte, ...", "Lessing-Brandt sagte, ...", "Favre-Gisler
  sagte, ...", "Kortenbruch sagte, ...", "Wallbrecht sagte, ...", "Aigner-Rossi sagte, ...",
  "Dittberner sagte, ...", "Trautmann-Öz sagte, ...", "Amacher-Brun sagte, ..." and
  "Kammerloher sagte, ..." opening the row (forty-second); "Ministerpräsident Eckhard
  Wiemeyer (CDU) sagte, ..." and "Wissenschaftsministerin Petra Haidinger-Moll sagte, ..."
  the name with title and party dropped (hundred-eighty-ninth); "teilte das Festival am
  Sonntag mit" -> "das Festival", "teilte die Stiftung am Mittwoch mit" -> "die Stiftung"
  (the institution taken up by its common noun, hundred-eighty-first: "das Haus", "das
  Museum"), "teilte das Bildungsministerium am Dienstag mit" -> "das Bildungsministerium",
  "teilte die SRG am Mittwoch mit" -> "die SRG", "teilte der Deutsche Bühnenverein am
  Donnerstag mit" -> "der Deutsche Bühnenverein", "Nach Angaben des Beitragsservice" -> "der
  Beitragsservice" (the source in the nominative, hundred-fifty-first). English:
  "Roussel-Bey said", "Quarrington said", "Delacroix-Hunt said", "Farrelly said", "Fontenot
  said", "Coutinho-Reis said", "Amesbury said", "Hensworth said", "Vandermeulen said",
  "Gosselin-Park said" and "Rowntree said" opening the row as written; "Museum director Gwen
  Tallis-Owen said", "Science Policy State Secretary Lotte Vandermeulen said" and "Heritage
  Minister Nathalie Gosselin-Park said on Thursday" the name with the office and the weekday
  dropped; "Quarrington told reporters" and "McAllister told MSPs" the name
  (hundred-thirty-fourth, hundred-eighty-ninth: "told reporters", "told delegates";
  hundred-sixty-third: "told MPs"); "organisers said" and "organisers said on Thursday" ->
  "organisers" (hundred-eighty-first). Left unchecked (None): rows without attribution and
  all negatives, also those with a named speaker; bodies' "said" ("Reporters Without Borders
  (RSF) said", "the Hallamshire Museum ... said", "Nigeria's National Commission ... said",
  "the Office for Students said", "the Scottish Government said", "the Belgian government
  said"; hundred-eighty-ninth, two-hundred-and-fourth), "the group said", "the report said",
  "the festival said", "the broadcaster said in its annual report", "Northfield University
  said Monday", "state education officials said Wednesday" (a plural group, forty-first),
  "the national curriculum authority ACARA said" (a description before the name, fortieth),
  "organizers said Tuesday" (the American spelling, left until settled), "Organisers said
  they expected" (the capital opening the row, left until settled), "teilte das Zentrum am
  Donnerstag mit" (left unchecked in this batch, the institution's noun standing for a long
  proper name two rows up), "according to ..." (BBC figures, its annual financial report,
  the University and College Union, Numeris data, a report published on Wednesday;
  two-hundred-and-fourth), "nach eigenen Angaben", "laut der Studie", "heißt es in der
  Studie", "Nach Berechnungen der Rektorenkonferenz" (hundred-eighty-ninth), "Die
  Universitätenkonferenz verlangt", "the higher education regulator has warned" and "Powys
  council estimates" (verbs not of saying, hundred-eighty-ninth).

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_208 = [
    # --- Rangliste der Pressefreiheit (dpa) ---
    (
        "de",
        "Paris/Berlin (dpa) - Deutschland ist in der neuen Rangliste der Pressefreiheit von Reporter ohne Grenzen um drei Plätze auf Platz 14 abgerutscht.",
        True,
        [("count", 3, None, None), ("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Bewertet wurden 180 Staaten und Territorien; Deutschland erreichte 81,4 von 100 möglichen Punkten, nach 83,2 Punkten im Vorjahr.",
        True,
        [
            ("count", 180, None, None),
            ("count", 81.4, None, None),
            ("count", 100, None, None),
            ("count", 83.2, None, None),
        ],
        None,
    ),
    (
        "de",
        "Die Lage in Deutschland stuft Reporter ohne Grenzen weiterhin als „zufriedenstellend“ ein, die zweitbeste von fünf Kategorien.",
        True,
        [("ordinal", 2, None, None), ("count", 5, None, None)],
        None,
    ),
    (
        "de",
        "„Platz 14 ist für ein Land mit unserem Anspruch schlicht beschämend“, sagte die Geschäftsführerin der deutschen Sektion, Anja Kreuzwieser.",
        False,
        [("ordinal", 14, None, None)],
        None,
    ),
    (
        "de",
        "Kreuzwieser sagte, die Organisation habe im vergangenen Jahr 89 tätliche Angriffe auf Journalistinnen und Journalisten in Deutschland gezählt, 21 mehr als im Jahr davor.",
        True,
        [("count", 89, None, None), ("count", 21, None, None)],
        "Kreuzwieser",
    ),
    (
        "de",
        "Die meisten Übergriffe habe es am Rande von Demonstrationen gegeben, rund ein Drittel davon in Sachsen.",
        True,
        [("fraction", 0.3333, None, "about")],
        None,
    ),
    ("de", "„Die Lage ist ernst, und sie wird nicht von allein besser“, sagte Kreuzwieser.", False, [], None),
    (
        "de",
        "Ein Sprecher der Bundesregierung nannte die freie Presse „ein hohes Gut, das wir jeden Tag aufs Neue verteidigen müssen“.",
        False,
        [],
        None,
    ),
    ("de", "Der Deutsche Journalisten-Verband sprach von einem „Alarmsignal für die Demokratie“.", False, [], None),
    (
        "de",
        "Norwegen führt die Rangliste zum elften Mal in Folge an, Schlusslicht ist Eritrea.",
        True,
        [("ordinal", 11, None, None)],
        None,
    ),
    # --- Press freedom index (Reuters) ---
    (
        "en",
        "PARIS, May 4 (Reuters) - Press freedom worsened in 61 of 180 countries over the past year, Reporters Without Borders (RSF) said on Monday, as economic pressure on newsrooms reached what it called a critical level.",
        True,
        [("date", "--05-04", None, None), ("count", 61, None, None), ("count", 180, None, None)],
        None,
    ),
    (
        "en",
        'In 42 countries the situation was rated "very serious," the index\'s worst category, up from 36 a year earlier.',
        True,
        [("count", 42, None, None), ("count", 36, None, None)],
        None,
    ),
    (
        "en",
        '"Journalism is being starved to death, one closed newsroom at a time," RSF editorial director Camille Roussel-Bey said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Roussel-Bey said 54 journalists had been killed in connection with their work in the 12 months to May 1, nearly half of them in the Middle East.",
        True,
        [
            ("count", 54, None, None),
            ("duration", 12, "month", None),
            ("date", "--05-01", None, None),
            ("fraction", 0.5, None, "nearly"),
        ],
        "Roussel-Bey",
    ),
    (
        "en",
        "The United States slipped four places to 61st, its lowest ranking since the index began in 2002.",
        True,
        [("count", 4, None, None), ("ordinal", 61, None, None), ("year", 2002, None, None)],
        None,
    ),
    (
        "en",
        'A White House spokesperson dismissed the index as "an activist wish list dressed up as research."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Estonia and the Netherlands were ranked second and third.",
        True,
        [("ordinal", 2, None, None), ("ordinal", 3, None, None)],
        None,
    ),
    (
        "en",
        "Critics of the ranking say it is far too subjective to compare countries as different as Norway and Eritrea.",
        False,
        [],
        None,
    ),
    (
        "en",
        "RSF urged governments to treat the survival of independent newsrooms as a matter of national security.",
        False,
        [],
        None,
    ),
    # --- ORF-Beitrag (APA) ---
    (
        "de",
        "Wien (APA) - Der ORF hat im vergangenen Jahr aus dem ORF-Beitrag rund 712 Millionen Euro eingenommen, um 9 Millionen Euro weniger als budgetiert.",
        True,
        [("money", 712000000, "EUR", "about"), ("money", 9000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Der Beitrag bleibt nach einem Beschluss des Stiftungsrats bis Ende 2028 unverändert bei 14,90 Euro im Monat.",
        True,
        [("year", 2028, None, None), ("money", 14.9, "EUR", None)],
        None,
    ),
    ("de", "Umgerechnet sind das knapp 50 Cent pro Tag und Haushalt.", True, [("money", 0.5, "EUR", "nearly")], None),
    (
        "de",
        "„Wir kosten die Menschen weniger als ihre Frühstückssemmel, und wir liefern dafür Information, Kultur und Sport“, sagte ORF-Generaldirektor Bernhard Zechmeister.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Zechmeister sagte, der ORF werde bis 2028 weitere 220 Planstellen abbauen und damit insgesamt 88 Millionen Euro einsparen.",
        True,
        [("year", 2028, None, None), ("count", 220, None, None), ("money", 88000000, "EUR", None)],
        "Zechmeister",
    ),
    ("de", "Die FPÖ bezeichnete den Beitrag erneut als „Zwangssteuer für ein Regierungsfernsehen“.", False, [], None),
    (
        "de",
        "Die FPÖ hat im Nationalrat einen Antrag eingebracht, den Beitrag ab 2027 abzuschaffen.",
        True,
        [("year", 2027, None, None)],
        None,
    ),
    ("de", "Ob der Stiftungsrat dem Sparpaket am Donnerstag zustimmt, gilt als offen.", False, [], None),
    # --- BBC licence fee (PA) ---
    (
        "en",
        "LONDON (PA) - Households will pay £6.50 more for a BBC licence from April 1, taking the annual fee to £181, the government's culture department said.",
        True,
        [("money", 6.5, "GBP", None), ("date", "--04-01", None, None), ("money", 181, "GBP", None)],
        None,
    ),
    (
        "en",
        "That works out at just under 50p a day for each licensed household.",
        True,
        [("money", 0.5, "GBP", "under")],
        None,
    ),
    (
        "en",
        '"For less than the price of a pint a week, you get the finest broadcaster in the world," Culture Secretary Harriet Quarrington said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Quarrington said the BBC would have to find £340 million in savings over the next three years under the settlement.",
        True,
        [("money", 340000000, "GBP", None), ("duration", 3, "year", None)],
        "Quarrington",
    ),
    (
        "en",
        "Quarrington told reporters the government had no plans to abolish the fee before the end of 2028.",
        True,
        [("year", 2028, None, None)],
        "Quarrington",
    ),
    (
        "en",
        "About 23.8 million households held a licence at the end of March, down 310,000 on a year earlier, according to BBC figures.",
        True,
        [("count", 23800000, None, "about"), ("count", 310000, None, None)],
        None,
    ),
    (
        "en",
        'The TaxPayers\' Alliance called the fee "a poll tax on television that should have been scrapped long ago."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the licence fee survives the charter review due in 2027 remains an open question at Broadcasting House.",
        False,
        [("year", 2027, None, None)],
        None,
    ),
    (
        "en",
        "Some BBC executives privately fear the fee could lose another million paying households within two years.",
        False,
        [("count", 1000000, None, None), ("duration", 2, "year", None)],
        None,
    ),
    # --- Visions du Réel (Keystone-SDA) ---
    (
        "de",
        "Nyon VD (Keystone-SDA) - Das Dokumentarfilmfestival Visions du Réel hat bei seiner 57. Ausgabe rund 46'500 Eintritte gezählt, gut 6 Prozent mehr als im Vorjahr.",
        True,
        [("ordinal", 57, None, None), ("count", 46500, None, "about"), ("percent", 6, "%", "over")],
        None,
    ),
    (
        "de",
        "In den zehn Festivaltagen wurden 163 Filme aus 58 Ländern gezeigt, darunter 94 Welt- und Uraufführungen, teilte das Festival am Sonntag mit.",
        True,
        [
            ("duration", 10, "day", None),
            ("count", 163, None, None),
            ("count", 58, None, None),
            ("count", 94, None, None),
        ],
        "das Festival",
    ),
    (
        "de",
        "«Nyon ist in diesen Tagen die Welthauptstadt des Dokumentarfilms», sagte Festivaldirektorin Séverine Perrenoud.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Perrenoud sagte, das Budget von 4,2 Millionen Franken sei zu knapp einem Viertel durch Ticketverkäufe und Sponsoring gedeckt worden.",
        True,
        [("money", 4200000, "CHF", None), ("fraction", 0.25, None, "nearly")],
        "Perrenoud",
    ),
    ("de", "Das Festival gilt als wichtigstes Dokumentarfilmfestival der Schweiz.", False, [], None),
    (
        "de",
        "Der mit 20'000 Franken dotierte Hauptpreis ging an den Film «Salzwege» der Bolivianerin Inés Mamani Quispe.",
        True,
        [("money", 20000, "CHF", None)],
        None,
    ),
    ("de", "«Ein Film, der einen noch Tage später nicht loslässt», lobte die Jury.", False, [], None),
    (
        "de",
        "Ob die Stadt Nyon ihren Beitrag von jährlich 350'000 Franken auch nach 2027 aufrechterhält, ist noch nicht entschieden.",
        False,
        [("money", 350000, "CHF", None), ("year", 2027, None, None)],
        None,
    ),
    # --- Research grant cuts (AP) ---
    (
        "en",
        "BOSTON (AP) — Northfield University said Monday it will cut about 600 jobs after losing more than $180 million in federal research grants this year.",
        True,
        [("count", 600, None, "about"), ("money", 180000000, "USD", "over")],
        None,
    ),
    (
        "en",
        '"These are painful decisions, and they are not the ones we would have chosen," university president Marcia Delacroix-Hunt said in a letter to staff.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Delacroix-Hunt said 214 grants had been terminated or suspended since January, most of them in public health and climate research.",
        True,
        [("count", 214, None, None)],
        "Delacroix-Hunt",
    ),
    ("en", '"We will not abandon our scientists, whatever Washington decides," Delacroix-Hunt said.', False, [], None),
    (
        "en",
        "The university's endowment stood at $6.4 billion at the end of June, according to its annual financial report.",
        True,
        [("money", 6400000000, "USD", None)],
        None,
    ),
    (
        "en",
        "Faculty leaders accused the administration of using the cuts as cover for a restructuring it had long wanted.",
        False,
        [],
        None,
    ),
    (
        "en",
        "The faculty senate voted 61 to 12 on Friday to ask the board to draw more heavily on the endowment.",
        True,
        [("count", 61, None, None), ("count", 12, None, None)],
        None,
    ),
    ("en", "Whether other universities in the state will follow with layoffs remains unclear.", False, [], None),
    # --- Rundfunkbeitrag (dpa) ---
    (
        "de",
        "Mainz (dpa) - Die Länder haben sich nicht auf eine Erhöhung des Rundfunkbeitrags zum 1. Januar 2027 einigen können.",
        True,
        [("date", "2027-01-01", None, None)],
        None,
    ),
    (
        "de",
        "Die unabhängige Finanzkommission KEF hatte empfohlen, den Beitrag um 49 Cent auf 18,85 Euro im Monat anzuheben.",
        True,
        [("money", 0.49, "EUR", None), ("money", 18.85, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ich bin fest überzeugt, dass der Beitrag 2029 über 20 Euro liegen wird“, sagte ein Medienökonom der Universität Mainz.",
        False,
        [("year", 2029, None, None), ("money", 20, "EUR", "over")],
        None,
    ),
    (
        "de",
        "Ministerpräsident Eckhard Wiemeyer (CDU) sagte, Sachsen-Anhalt werde keiner Erhöhung zustimmen, solange ARD und ZDF nicht mindestens 20 Spartenkanäle einstellten.",
        True,
        [("count", 20, None, "at_least")],
        "Eckhard Wiemeyer",
    ),
    (
        "de",
        "„Die Menschen haben die Nase voll von einem Rundfunk, der sich immer weiter aufbläht“, sagte Wiemeyer.",
        False,
        [],
        None,
    ),
    (
        "de",
        "„Wer jetzt blockiert, beschädigt die Unabhängigkeit des Rundfunks“, sagte der ARD-Vorsitzende Jochen Brackelmann.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Brackelmann sagte, die ARD habe seit 2020 bereits rund 1.100 Stellen abgebaut und ihre Ausgaben für Sportrechte um 12 Prozent gekürzt.",
        True,
        [("year", 2020, None, None), ("count", 1100, None, "about"), ("percent", 12, "%", None)],
        "Brackelmann",
    ),
    (
        "de",
        "Nach Angaben des Beitragsservice waren Ende vergangenen Jahres 45,9 Millionen Wohnungen angemeldet.",
        True,
        [("count", 45900000, None, None)],
        "der Beitragsservice",
    ),
    (
        "de",
        "In einer Forsa-Umfrage hielten 58 Prozent der Befragten den Beitrag für zu hoch, 9 Prozent für zu niedrig.",
        True,
        [("percent", 58, "%", None), ("percent", 9, "%", None)],
        None,
    ),
    (
        "de",
        "„Für das, was da läuft, ist mir das schlicht zu viel Geld“, sagte die Rentnerin Gisela Haubner, 71, in Magdeburg.",
        False,
        [("duration", 71, "year", None)],
        None,
    ),
    ("de", "Ob erneut das Bundesverfassungsgericht angerufen wird, ließ Brackelmann offen.", False, [], None),
    # --- Benin Bronzes (Reuters) ---
    (
        "en",
        "LONDON, May 5 (Reuters) - A British museum formally transferred ownership of 72 Benin Bronzes to Nigeria on Tuesday, more than 125 years after British troops looted them from Benin City.",
        True,
        [("date", "--05-05", None, None), ("count", 72, None, None), ("duration", 125, "year", "over")],
        None,
    ),
    (
        "en",
        "The Hallamshire Museum of World Cultures in Sheffield said 24 of the objects would stay on loan in its galleries for at least three years.",
        True,
        [("count", 24, None, None), ("duration", 3, "year", "at_least")],
        None,
    ),
    (
        "en",
        "Museum director Gwen Tallis-Owen said a provenance review had traced all 72 objects to the 1897 raid.",
        True,
        [("count", 72, None, None), ("year", 1897, None, None)],
        "Gwen Tallis-Owen",
    ),
    ("en", '"Returning them is not generosity, it is simply a debt we owe," Tallis-Owen said.', False, [], None),
    (
        "en",
        'A spokesman for the museum\'s trustees said they were "immensely proud" to have led the way.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"These works belong in Benin City, and today they are finally going home," Nigeria\'s culture minister said at the ceremony.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Nigeria's National Commission for Museums and Monuments said the bronzes would be shown in a new museum in Benin City due to open in 2028.",
        True,
        [("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Some in Britain's heritage sector warned the handover could set off a wave of claims against regional collections.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Whether the objects will eventually go on public display or be held by the royal court remains unresolved.",
        False,
        [],
        None,
    ),
    # --- Zentralmatura (APA) ---
    (
        "de",
        "Wien (APA) - Bei der schriftlichen Zentralmatura in Mathematik hat heuer an den AHS jeder zehnte Kandidat ein „Nicht genügend“ erhalten.",
        True,
        [("fraction", 0.1, None, None)],
        None,
    ),
    (
        "de",
        "Im Vorjahr hatte der Anteil bei 8,7 Prozent gelegen, teilte das Bildungsministerium am Dienstag mit.",
        True,
        [("percent", 8.7, "%", None)],
        "das Bildungsministerium",
    ),
    (
        "de",
        "An den berufsbildenden höheren Schulen lag die Quote bei 12,4 Prozent, in Englisch bei nur 2,1 Prozent.",
        True,
        [("percent", 12.4, "%", None), ("percent", 2.1, "%", None)],
        None,
    ),
    (
        "de",
        "„Die Zahlen beweisen, dass die Reform der Matura richtig war“, sagte Bildungsminister Clemens Hagspiel.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Hagspiel sagte, im Vorjahr hätten nach den Kompensationsprüfungen nur noch 3,9 Prozent der Kandidatinnen und Kandidaten ein Nicht genügend gehabt.",
        True,
        [("percent", 3.9, "%", None)],
        "Hagspiel",
    ),
    ("de", "Die Bundesschulsprecherin sprach von einem „Totalversagen im Mathematikunterricht“.", False, [], None),
    (
        "de",
        "Die Lehrergewerkschaft sieht die Ursache im Lehrermangel, die Opposition in der Matura selbst.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Insgesamt traten heuer rund 41.300 Schülerinnen und Schüler zur schriftlichen Reifeprüfung an.",
        True,
        [("count", 41300, None, "about")],
        None,
    ),
    # --- NAPLAN results (AAP) ---
    (
        "en",
        "SYDNEY (AAP) - Nearly two in five Australian students are not meeting expected standards in literacy and numeracy, this year's NAPLAN results show.",
        True,
        [("fraction", 0.4, None, "nearly")],
        None,
    ),
    (
        "en",
        "Pupils in Years 3, 5, 7 and 9, about 1.3 million of them, sat the tests in March, the national curriculum authority ACARA said.",
        True,
        [("count", 1300000, None, "about")],
        None,
    ),
    (
        "en",
        'In Year 9 reading, 11.2 per cent of students were placed in the lowest "needs additional support" band, up from 10.1 per cent.',
        True,
        [("percent", 11.2, "%", None), ("percent", 10.1, "%", None)],
        None,
    ),
    (
        "en",
        '"These results should shock every parent in the country," federal Education Minister Dominic Farrelly said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Farrelly said the government would tie A$16 billion in school funding over the next decade to targets for the lowest-performing students.",
        True,
        [("money", 16000000000, "AUD", None)],
        "Farrelly",
    ),
    (
        "en",
        'The Australian Education Union called the tests "a stress machine that tells teachers nothing they did not already know."',
        False,
        [],
        None,
    ),
    (
        "en",
        "Indigenous students in remote areas were about three times as likely as other students to fall below the national standard.",
        True,
        [("count", 3, None, "about")],
        None,
    ),
    (
        "en",
        '"Honestly, I think NAPLAN is the least useful morning of the school year," said Tegan Morrissey, 42, a mother of two in Parramatta.',
        False,
        [("duration", 42, "year", None), ("count", 2, None, None)],
        None,
    ),
    # --- Universitätsbudget (APA) ---
    (
        "de",
        "Wien (APA) - Die Universitätenkonferenz verlangt für die Leistungsvereinbarungsperiode 2028 bis 2030 insgesamt 18,9 Milliarden Euro vom Bund.",
        True,
        [("year", 2028, None, None), ("year", 2030, None, None), ("money", 18900000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "Gegenüber der laufenden Periode entspräche das einem Plus von 2,6 Milliarden Euro.",
        True,
        [("money", 2600000000, "EUR", None)],
        None,
    ),
    (
        "de",
        "„Ohne dieses Geld fahren wir die Universitäten an die Wand“, sagte uniko-Präsidentin Brigitte Fasching-Lehner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Fasching-Lehner sagte, ohne zusätzliche Mittel müssten die Universitäten bis zu 1.500 Stellen im wissenschaftlichen Personal unbesetzt lassen.",
        True,
        [("count", 1500, None, "up_to")],
        "Fasching-Lehner",
    ),
    (
        "de",
        "Wissenschaftsministerin Petra Haidinger-Moll sagte, im Budgetpfad seien für die Universitäten 17,1 Milliarden Euro vorgesehen.",
        True,
        [("money", 17100000000, "EUR", None)],
        "Petra Haidinger-Moll",
    ),
    (
        "de",
        "„Wir lassen die Universitäten nicht im Stich, aber jeder Euro muss zweimal umgedreht werden“, sagte Haidinger-Moll.",
        False,
        [("count", 2, None, None)],
        None,
    ),
    (
        "de",
        "Die Hochschülerinnen- und Hochschülerschaft warnte vor „Zugangsbeschränkungen durch die Hintertür“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "An den 22 öffentlichen Universitäten studieren derzeit rund 272.000 ordentliche Studierende.",
        True,
        [("count", 22, None, None), ("count", 272000, None, "about")],
        None,
    ),
    # --- New Orleans Jazz Fest (AP) ---
    (
        "en",
        "NEW ORLEANS (AP) — About 512,000 people attended the New Orleans Jazz & Heritage Festival over its two weekends, organizers said Tuesday, the festival's second-largest crowd on record.",
        True,
        [("count", 512000, None, "about"), ("count", 2, None, None), ("ordinal", 2, None, None)],
        None,
    ),
    (
        "en",
        "Saturday's crowd of 96,400 was the largest for a single day since 2019.",
        True,
        [("count", 96400, None, None), ("year", 2019, None, None)],
        None,
    ),
    (
        "en",
        '"This was, hands down, the best Jazz Fest in years," festival producer Quint Fontenot said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Fontenot said the festival paid out $9.8 million to about 4,600 musicians, craftspeople and cooks this year.",
        True,
        [("money", 9800000, "USD", None), ("count", 4600, None, "about")],
        "Fontenot",
    ),
    (
        "en",
        '"New Orleans gave the world jazz, and the world keeps coming back to say thank you," Fontenot said.',
        False,
        [],
        None,
    ),
    (
        "en",
        '"I\'d bet you anything we crack 550,000 next year," Fontenot said.',
        False,
        [("count", 550000, None, None)],
        None,
    ),
    (
        "en",
        "Single-day tickets cost $105 at the gate, up from $95 last year.",
        True,
        [("money", 105, "USD", None), ("money", 95, "USD", None)],
        None,
    ),
    (
        "en",
        "Some longtime festgoers complain the festival has become too expensive for local families.",
        False,
        [],
        None,
    ),
    (
        "en",
        "A study commissioned by the organizers last year put the festival's economic impact at $412 million.",
        True,
        [("money", 412000000, "USD", None)],
        None,
    ),
    # --- Rückgabe an Tansania (dpa) ---
    (
        "de",
        "Berlin (dpa) - Die Stiftung Preußischer Kulturbesitz gibt 23 Objekte aus der Kolonialzeit an Tansania zurück.",
        True,
        [("count", 23, None, None)],
        None,
    ),
    (
        "de",
        "Die Gegenstände, darunter zwei geschnitzte Hocker und mehrere Speere, seien zwischen 1889 und 1907 bei Feldzügen der Kolonialtruppen geraubt worden, teilte die Stiftung am Mittwoch mit.",
        True,
        [("count", 2, None, None), ("year", 1889, None, None), ("year", 1907, None, None)],
        "die Stiftung",
    ),
    (
        "de",
        "„Diese Rückgabe ist ein Akt der Gerechtigkeit, der längst überfällig war“, sagte Stiftungspräsident Hartmut Lessing-Brandt.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Lessing-Brandt sagte, die Herkunft von rund 4.800 weiteren Objekten aus Ostafrika werde derzeit gemeinsam mit tansanischen Forschenden geprüft.",
        True,
        [("count", 4800, None, "about")],
        "Lessing-Brandt",
    ),
    ("de", "Die Übergabe ist für den 18. Juni in Daressalam geplant.", True, [("date", "--06-18", None, None)], None),
    (
        "de",
        "„Diese Dinge gehören nach Hause, und zu Hause ist nicht Berlin“, sagte eine Vertreterin der Nachfahren bei der Pressekonferenz.",
        False,
        [],
        None,
    ),
    ("de", "Tansanias Botschafterin nannte den Schritt „einen Anfang, aber längst nicht das Ende“.", False, [], None),
    ("de", "Kritiker bemängeln, dass die Rückgaben zu langsam und zu wenig transparent vorankämen.", False, [], None),
    (
        "de",
        "Seit 2022 hat die Stiftung nach eigenen Angaben mehr als 1.200 Objekte an Herkunftsstaaten zurückgegeben oder deren Rückgabe vereinbart.",
        True,
        [("year", 2022, None, None), ("count", 1200, None, "over")],
        None,
    ),
    # --- Attacks on journalists in the EU (Reuters) ---
    (
        "en",
        "BRUSSELS, May 6 (Reuters) - Press freedom monitors recorded 1,412 attacks and threats against journalists across the European Union last year, up 18% from a year earlier, according to a report published on Wednesday.",
        True,
        [("date", "--05-06", None, None), ("count", 1412, None, None), ("percent", 18, "%", None)],
        None,
    ),
    (
        "en",
        "Almost a third of the incidents happened at protests, and one in five involved police officers, the report said.",
        True,
        [("fraction", 0.3333, None, "nearly"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "en",
        '"Europe likes to lecture the world on press freedom while its own house is on fire," said Mariana Coutinho-Reis, who coordinated the report.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Coutinho-Reis said 37 journalists had been detained while covering demonstrations, 11 of them in France.",
        True,
        [("count", 37, None, None), ("count", 11, None, None)],
        "Coutinho-Reis",
    ),
    (
        "en",
        "The EU's media freedom act, which took effect in August 2025, bars governments from spying on journalists except in narrowly defined cases.",
        True,
        [("year", 2025, None, None)],
        None,
    ),
    (
        "en",
        'A European Commission spokesperson said it was "following the figures closely" and "stands firmly with journalists."',
        False,
        [],
        None,
    ),
    ("en", "Malta, Greece and Slovakia recorded the most incidents per capita, the report found.", True, [], None),
    ("en", "How many of the cases ended in a prosecution could not be established.", False, [], None),
    # --- SRG-Sparprogramm (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Die SRG baut bis 2029 weitere 740 Vollzeitstellen ab, um ihr Budget um 240 Millionen Franken zu entlasten.",
        True,
        [("year", 2029, None, None), ("count", 740, None, None), ("money", 240000000, "CHF", None)],
        None,
    ),
    (
        "de",
        "Grund sei die Senkung der Haushaltsabgabe von 330 auf 295 Franken pro Jahr, teilte die SRG am Mittwoch mit.",
        True,
        [("money", 330, "CHF", None), ("money", 295, "CHF", None)],
        "die SRG",
    ),
    ("de", "Das entspricht künftig gut 80 Rappen pro Tag.", True, [("money", 0.8, "CHF", "over")], None),
    (
        "de",
        "«Für weniger Geld, als die meisten für ihr Streaming-Abo ausgeben, gibt es Radio und Fernsehen in vier Landessprachen», sagte SRG-Generaldirektorin Monique Favre-Gisler.",
        False,
        [("count", 4, None, None)],
        None,
    ),
    (
        "de",
        "Favre-Gisler sagte, die SRG werde zwei ihrer acht Radioprogramme in der Deutschschweiz zusammenlegen.",
        True,
        [("count", 2, None, None), ("count", 8, None, None)],
        "Favre-Gisler",
    ),
    (
        "de",
        "Die SVP sammelt derweil Unterschriften für eine neue Volksinitiative mit dem Titel «150 Franken sind genug».",
        True,
        [("money", 150, "CHF", None)],
        None,
    ),
    (
        "de",
        "«Die SRG ist ein aufgeblähter Staatssender, der sich selbst bedient», sagte SVP-Nationalrat Reto Gämperli.",
        False,
        [],
        None,
    ),
    ("de", "Die Mediengewerkschaft SSM sprach von einem «Kahlschlag beim Service public».", False, [], None),
    ("de", "Ob es zu Entlassungen kommt, liess Favre-Gisler offen.", False, [], None),
    # --- English universities' finances (PA) ---
    (
        "en",
        "LONDON (PA) - Nearly three in five universities in England expect to run a deficit this academic year, the higher education regulator has warned.",
        True,
        [("fraction", 0.6, None, "nearly")],
        None,
    ),
    (
        "en",
        "The Office for Students said the sector's combined surplus fell to £180 million in 2024-25, the lowest since it began collecting the data in 2018.",
        True,
        [
            ("money", 180000000, "GBP", None),
            ("year", 2024, None, None),
            ("year", 2025, None, None),
            ("year", 2018, None, None),
        ],
        None,
    ),
    (
        "en",
        '"Universities are the crown jewels of this country and they are being left to rot," said Julian Amesbury, vice-chancellor of the University of Wessex.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Amesbury said Wessex had cut 380 posts since September and closed its modern languages department.",
        True,
        [("count", 380, None, None)],
        "Amesbury",
    ),
    (
        "en",
        "At least 92 institutions have announced redundancy programmes since 2024, according to the University and College Union.",
        True,
        [("count", 92, None, "at_least"), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'The education secretary said universities must "get their own houses in order" before asking taxpayers for more.',
        False,
        [],
        None,
    ),
    ("en", 'The union called the cuts "an act of vandalism against the next generation."', False, [], None),
    (
        "en",
        "Tuition fees for home students in England rose to £9,620 a year last September and will rise with inflation from 2026.",
        True,
        [("money", 9620, "GBP", None), ("year", 2026, None, None)],
        None,
    ),
    (
        "en",
        "\"I'd be amazed if we don't see at least one university go bust before Christmas,\" said the vice-chancellor of a large northern university.",
        False,
        [("count", 1, None, "at_least")],
        None,
    ),
    # --- Vergleichsarbeiten in NRW (dpa/lnw) ---
    (
        "de",
        "Düsseldorf (dpa/lnw) - Fast die Hälfte der Achtklässler in Nordrhein-Westfalen verfehlt in Mathematik die Regelstandards.",
        True,
        [("fraction", 0.5, None, "nearly"), ("ordinal", 8, None, None)],
        None,
    ),
    (
        "de",
        "Das geht aus den Ergebnissen der Vergleichsarbeiten VERA-8 hervor, die das Schulministerium am Mittwoch veröffentlichte.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Im Lesen verfehlten 31 Prozent die Mindeststandards, fünf Jahre zuvor waren es 24 Prozent gewesen.",
        True,
        [("percent", 31, "%", None), ("duration", 5, "year", None), ("percent", 24, "%", None)],
        None,
    ),
    (
        "de",
        "„Diese Zahlen sind ein Armutszeugnis für unser Bildungssystem“, sagte GEW-Landesvorsitzende Sabine Kortenbruch.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kortenbruch sagte, an den Gesamtschulen des Landes seien derzeit 2.340 Lehrerstellen unbesetzt.",
        True,
        [("count", 2340, None, None)],
        "Kortenbruch",
    ),
    (
        "de",
        "„Die Ergebnisse zeigen, dass unser Startchancen-Programm genau an den richtigen Schulen ansetzt“, sagte Schulministerin Dorothee Wallbrecht.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Wallbrecht sagte, das Land fördere über das Programm derzeit 920 Schulen mit zusammen rund 460 Millionen Euro im Jahr.",
        True,
        [("count", 920, None, None), ("money", 460000000, "EUR", "about")],
        "Wallbrecht",
    ),
    (
        "de",
        "Schulen in sozial schwierigen Lagen schnitten in Mathematik im Mittel 38 Punkte schlechter ab als Schulen in wohlhabenden Vierteln.",
        True,
        [("count", 38, None, None)],
        None,
    ),
    (
        "de",
        "Ob die Tests künftig schon in der sechsten Klasse geschrieben werden, ist offen.",
        False,
        [("ordinal", 6, None, None)],
        None,
    ),
    # --- Ohio reading scores (AP) ---
    (
        "en",
        "COLUMBUS, Ohio (AP) — The share of Ohio third graders reading at grade level rose to 64% this spring, up from 58% two years ago, state education officials said Wednesday.",
        True,
        [
            ("ordinal", 3, None, None),
            ("percent", 64, "%", None),
            ("percent", 58, "%", None),
            ("duration", 2, "year", None),
        ],
        None,
    ),
    ("en", '"The science of reading works, and these results prove it," Gov. Rachel Hensworth said.', False, [], None),
    (
        "en",
        "Hensworth said the state had trained 41,000 teachers in phonics-based instruction since 2023 at a cost of $86 million.",
        True,
        [("count", 41000, None, None), ("year", 2023, None, None), ("money", 86000000, "USD", None)],
        "Hensworth",
    ),
    (
        "en",
        'Hensworth said she was "absolutely confident" that three in four third graders would read at grade level by 2028.',
        False,
        [("fraction", 0.75, None, None), ("ordinal", 3, None, None), ("year", 2028, None, None)],
        None,
    ),
    (
        "en",
        "Math proficiency among eighth graders was flat at 47%.",
        True,
        [("ordinal", 8, None, None), ("percent", 47, "%", None)],
        None,
    ),
    (
        "en",
        "Reading proficiency among Black students rose 7 percentage points, the largest gain of any group.",
        True,
        [("percent", 7, "pp", None)],
        None,
    ),
    (
        "en",
        "The Ohio Education Association said the gains were welcome but warned that testing was crowding out art and music.",
        False,
        [],
        None,
    ),
    (
        "en",
        '"My son went from hating books to reading under the covers with a flashlight," said Keisha Grant, 36, of Columbus.',
        False,
        [("duration", 36, "year", None)],
        None,
    ),
    ("en", "Whether the gains will hold once federal pandemic money runs out is an open question.", False, [], None),
    # --- Wiener Festwochen (APA) ---
    (
        "de",
        "Wien (APA) - Die Wiener Festwochen haben acht Tage vor ihrem Start bereits rund 38.000 Karten verkauft, so viele wie nie zuvor zu diesem Zeitpunkt.",
        True,
        [("duration", 8, "day", None), ("count", 38000, None, "about")],
        None,
    ),
    (
        "de",
        "Das Festival zeigt vom 15. Mai bis 21. Juni 44 Produktionen aus 29 Ländern, darunter 17 Uraufführungen.",
        True,
        [
            ("date", "--05-15", None, None),
            ("date", "--06-21", None, None),
            ("count", 44, None, None),
            ("count", 29, None, None),
            ("count", 17, None, None),
        ],
        None,
    ),
    (
        "de",
        "„Wir machen die Stadt für fünf Wochen zur Bühne der ganzen Welt“, sagte Intendant Florentin Aigner-Rossi.",
        False,
        [("duration", 5, "week", None)],
        None,
    ),
    (
        "de",
        "Aigner-Rossi sagte, das Budget betrage heuer 15,8 Millionen Euro, davon 11,2 Millionen Euro von der Stadt Wien.",
        True,
        [("money", 15800000, "EUR", None), ("money", 11200000, "EUR", None)],
        "Aigner-Rossi",
    ),
    ("de", "Die Auslastung lag im Vorjahr bei 91 Prozent.", True, [("percent", 91, "%", None)], None),
    (
        "de",
        "„Die Festwochen sind ein Fest für eine kleine Blase, und zahlen dürfen es alle“, sagte der FPÖ-Kultursprecher im Gemeinderat.",
        False,
        [],
        None,
    ),
    ("de", "Die ÖVP kritisierte die Wahl der Eröffnungsproduktion als „unnötige Provokation“.", False, [], None),
    (
        "de",
        "Karten kosten zwischen 15 und 95 Euro, für Menschen unter 26 Jahren gibt es ein Kontingent zu je 10 Euro.",
        True,
        [
            ("money", 15, "EUR", None),
            ("money", 95, "EUR", None),
            ("duration", 26, "year", "under"),
            ("money", 10, "EUR", None),
        ],
        None,
    ),
    # --- Belgium returns objects to Congo (Reuters) ---
    (
        "en",
        "BRUSSELS, May 7 (Reuters) - Belgium will hand over 145 objects from its colonial-era collections to the Democratic Republic of Congo this year, the Belgian government said on Thursday.",
        True,
        [("date", "--05-07", None, None), ("count", 145, None, None)],
        None,
    ),
    (
        "en",
        "The items, held at the AfricaMuseum in Tervuren, include 38 masks and a royal drum taken in 1896.",
        True,
        [("count", 38, None, None), ("year", 1896, None, None)],
        None,
    ),
    (
        "en",
        "Science Policy State Secretary Lotte Vandermeulen said the transfer of legal ownership would be signed in Kinshasa on June 30.",
        True,
        [("date", "--06-30", None, None)],
        "Lotte Vandermeulen",
    ),
    (
        "en",
        '"We cannot undo the past, but we can stop pretending it did not happen," Vandermeulen said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Vandermeulen said about 84,000 objects in the Tervuren collection had been identified as coming from Congo, of which fewer than 1,000 had been fully researched.",
        True,
        [("count", 84000, None, "about"), ("count", 1000, None, "under")],
        "Vandermeulen",
    ),
    (
        "en",
        'Congo\'s culture minister called the return "a first step on a very long road."',
        False,
        [("ordinal", 1, None, None)],
        None,
    ),
    (
        "en",
        "Some Belgian curators privately doubt that museums in Kinshasa have the storage to conserve the objects.",
        False,
        [],
        None,
    ),
    (
        "en",
        "Under a 2022 Belgian law, objects acquired illegitimately during the colonial period can be returned to Congo, Rwanda and Burundi.",
        True,
        [("year", 2022, None, None)],
        None,
    ),
    # --- Exzellenzstrategie (dpa) ---
    (
        "de",
        "Bonn (dpa) - Bund und Länder stocken die Mittel für die Exzellenzstrategie ab 2027 um 120 Millionen auf 655 Millionen Euro im Jahr auf.",
        True,
        [("year", 2027, None, None), ("money", 120000000, "EUR", None), ("money", 655000000, "EUR", None)],
        None,
    ),
    ("de", "Das beschloss die Gemeinsame Wissenschaftskonferenz am Donnerstag in Bonn.", True, [], None),
    (
        "de",
        "Gefördert werden sollen künftig bis zu 64 Exzellenzcluster und 13 Exzellenzuniversitäten.",
        True,
        [("count", 64, None, "up_to"), ("count", 13, None, None)],
        None,
    ),
    (
        "de",
        "„Das ist ein starkes Signal für den Wissenschaftsstandort Deutschland“, sagte Bundesforschungsministerin Carola Dittberner.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Dittberner sagte, in der laufenden Förderrunde hätten sich 41 Universitäten mit insgesamt 143 Antragsskizzen beworben.",
        True,
        [("count", 41, None, None), ("count", 143, None, None)],
        "Dittberner",
    ),
    (
        "de",
        "„Ich gehe fest davon aus, dass wir mindestens drei weitere Cluster nach Bayern holen“, sagte der bayerische Wissenschaftsminister.",
        False,
        [("count", 3, None, "at_least")],
        None,
    ),
    (
        "de",
        "Die Hochschulrektorenkonferenz begrüßte die Aufstockung, nannte sie aber „einen Tropfen auf den heißen Stein“.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Nach Berechnungen der Rektorenkonferenz fehlen den Hochschulen allein für die Sanierung ihrer Gebäude rund 68 Milliarden Euro.",
        True,
        [("money", 68000000000, "EUR", "about")],
        None,
    ),
    (
        "de",
        "Ob die Länder ihren Anteil in Zeiten knapper Kassen aufbringen können, bezweifeln viele Rektorinnen und Rektoren.",
        False,
        [],
        None,
    ),
    # --- CBC funding (Reuters) ---
    (
        "en",
        "OTTAWA, May 7 (Reuters) - Canada will raise funding for public broadcaster CBC/Radio-Canada by C$185 million over the next three years, Heritage Minister Nathalie Gosselin-Park said on Thursday.",
        True,
        [("date", "--05-07", None, None), ("money", 185000000, "CAD", None), ("duration", 3, "year", None)],
        "Nathalie Gosselin-Park",
    ),
    (
        "en",
        '"A strong public broadcaster is the best defence we have against disinformation," Gosselin-Park said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Gosselin-Park said the increase would lift the broadcaster's parliamentary appropriation to about C$1.56 billion a year by 2028.",
        True,
        [("money", 1560000000, "CAD", "about"), ("year", 2028, None, None)],
        "Gosselin-Park",
    ),
    ("en", 'Opposition critics called the money "a bailout for a broadcaster nobody watches."', False, [], None),
    (
        "en",
        'The CBC\'s president called the money "a vote of confidence in every journalist who works here."',
        False,
        [],
        None,
    ),
    (
        "en",
        "CBC's English-language television network drew an average prime-time audience share of 5.8% last season, according to Numeris data.",
        True,
        [("percent", 5.8, "%", None)],
        None,
    ),
    (
        "en",
        "Advertising revenue fell 9% to C$231 million in the fiscal year to March, the broadcaster said in its annual report.",
        True,
        [("percent", 9, "%", None), ("money", 231000000, "CAD", None)],
        None,
    ),
    ("en", "Whether the money comes with conditions on local news coverage was not spelled out.", False, [], None),
    (
        "en",
        '"Personally, I think the CBC will be stronger in five years than at any time in the past 20 years," said Marc-André Tremblay, a media analyst at a Montreal brokerage.',
        False,
        [("duration", 5, "year", None), ("duration", 20, "year", None)],
        None,
    ),
    # --- Angriffe auf Medienschaffende (dpa) ---
    (
        "de",
        "Leipzig (dpa) - Das Europäische Zentrum für Presse- und Medienfreiheit hat im vergangenen Jahr in Deutschland 97 tätliche Angriffe auf Medienschaffende dokumentiert.",
        True,
        [("count", 97, None, None)],
        None,
    ),
    (
        "de",
        "Das seien 12 mehr als im Jahr zuvor und so viele wie seit 2015 nicht mehr, teilte das Zentrum am Donnerstag mit.",
        True,
        [("count", 12, None, None), ("year", 2015, None, None)],
        None,
    ),
    (
        "de",
        "Mehr als die Hälfte der Angriffe ereignete sich laut der Studie am Rande von Demonstrationen, jeder fünfte in Sachsen.",
        True,
        [("fraction", 0.5, None, "over"), ("fraction", 0.2, None, None)],
        None,
    ),
    (
        "de",
        "„Wer Journalisten angreift, greift die Demokratie an“, sagte Studienautorin Lea Trautmann-Öz.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Trautmann-Öz sagte, in 41 Fällen seien die Täter eindeutig dem rechtsextremen Milieu zuzuordnen gewesen, in 9 Fällen dem linksextremen.",
        True,
        [("count", 41, None, None), ("count", 9, None, None)],
        "Trautmann-Öz",
    ),
    (
        "de",
        "Die Gewerkschaft Verdi forderte die Polizei auf, Reporterinnen und Reporter auf Demonstrationen besser zu schützen.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Viele Reporterinnen berichten inzwischen nur noch mit Sicherheitsbegleitung von Kundgebungen, heißt es in der Studie.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob die Zahl der Angriffe in diesem Jahr weiter steigt, wagen die Autorinnen nicht vorherzusagen.",
        False,
        [],
        None,
    ),
    # --- Venice Biennale (AFP) ---
    (
        "en",
        "VENICE, Italy, May 7 (AFP) - More than 31,000 artists, critics and dealers passed through the preview days of the 61st Venice Biennale, organisers said on Thursday, before the exhibition opens to the public on Saturday.",
        True,
        [("date", "--05-07", None, None), ("count", 31000, None, "over"), ("ordinal", 61, None, None)],
        "organisers",
    ),
    (
        "en",
        "The show runs until November 22 and features 118 artists and 86 national pavilions.",
        True,
        [("date", "--11-22", None, None), ("count", 118, None, None), ("count", 86, None, None)],
        None,
    ),
    (
        "en",
        "Organisers said they expected more than 800,000 visitors by the time the show closes.",
        True,
        [("count", 800000, None, "over")],
        None,
    ),
    (
        "en",
        'French critic Hélène Vasselin called the main exhibition "a sprawling, exhausting and occasionally magnificent mess."',
        False,
        [],
        None,
    ),
    (
        "en",
        "The previous edition in 2024 drew about 755,000 visitors over seven months.",
        True,
        [("year", 2024, None, None), ("count", 755000, None, "about"), ("duration", 7, "month", None)],
        None,
    ),
    (
        "en",
        '"Venice is the only place where the whole art world fits in one room," said Ravi Pemberley, 29, a gallery assistant from London.',
        False,
        [("count", 1, None, None), ("duration", 29, "year", None)],
        None,
    ),
    (
        "en",
        "Full-price tickets now cost 30 euros, up from 26 euros in 2024.",
        True,
        [("money", 30, "EUR", None), ("money", 26, "EUR", None), ("year", 2024, None, None)],
        None,
    ),
    (
        "en",
        'Several artists denounced the event as "a luxury fair for oligarchs" and staged a sit-in outside the Arsenale.',
        True,
        [],
        None,
    ),
    ("en", "Whether Venice's day-tripper fee will apply to Biennale visitors has not been decided.", False, [], None),
    # --- Grundkompetenzen (Keystone-SDA) ---
    (
        "de",
        "Bern (Keystone-SDA) - Rund ein Viertel der Jugendlichen in der Schweiz erreicht am Ende der obligatorischen Schulzeit die Grundkompetenzen in Mathematik nicht.",
        True,
        [("fraction", 0.25, None, "about")],
        None,
    ),
    (
        "de",
        "Das zeigt die Überprüfung der Grundkompetenzen, für die im Frühling 2025 rund 22'400 Jugendliche aus allen 26 Kantonen getestet wurden.",
        True,
        [("year", 2025, None, None), ("count", 22400, None, "about"), ("count", 26, None, None)],
        None,
    ),
    (
        "de",
        "Die Unterschiede zwischen den Kantonen sind gross: In Freiburg erreichten 84 Prozent die Grundkompetenzen, in Basel-Stadt 61 Prozent.",
        True,
        [("percent", 84, "%", None), ("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "«Diese Zahlen sind ein Weckruf an alle Kantone», sagte EDK-Präsidentin Silvia Amacher-Brun.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Amacher-Brun sagte, die Erziehungsdirektorenkonferenz werde bis Ende Jahr gemeinsam mit den Kantonen einen Massnahmenplan vorlegen.",
        True,
        [],
        "Amacher-Brun",
    ),
    (
        "de",
        "«Mit 61 Prozent kann Basel nicht zufrieden sein», sagte ein Sprecher des Basler Erziehungsdepartements.",
        False,
        [("percent", 61, "%", None)],
        None,
    ),
    (
        "de",
        "Der Lehrerverband LCH machte fehlende Heilpädagoginnen und zu grosse Klassen für die Ergebnisse verantwortlich.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Von den Jugendlichen, die zu Hause nicht die Unterrichtssprache sprechen, erreichte nur gut die Hälfte die Grundkompetenzen.",
        True,
        [("fraction", 0.5, None, "over")],
        None,
    ),
    # --- Scotland's attainment gap (PA) ---
    (
        "en",
        "EDINBURGH (PA) - The gap in literacy between Scotland's richest and poorest primary pupils has narrowed to 19.4 percentage points, official figures show.",
        True,
        [("percent", 19.4, "pp", None)],
        None,
    ),
    (
        "en",
        "That is down from 21.3 points in 2022-23, the Scottish Government said.",
        True,
        [("percent", 21.3, "pp", None), ("year", 2022, None, None), ("year", 2023, None, None)],
        None,
    ),
    (
        "en",
        '"We are closing the gap, and closing it faster than any government before us," Education Secretary Fiona McAllister told MSPs.',
        False,
        [],
        None,
    ),
    (
        "en",
        "McAllister told MSPs that £1.3 billion of attainment funding had gone directly to schools since 2015.",
        True,
        [("money", 1300000000, "GBP", None), ("year", 2015, None, None)],
        "McAllister",
    ),
    (
        "en",
        'The Scottish Conservatives said the gap "has barely moved in a decade of broken promises."',
        False,
        [],
        None,
    ),
    (
        "en",
        "In secondary schools, 46% of pupils from the most deprived areas left with at least one Higher, compared with 81% from the least deprived.",
        True,
        [("percent", 46, "%", None), ("count", 1, None, "at_least"), ("percent", 81, "%", None)],
        None,
    ),
    (
        "en",
        '"Teachers are exhausted, and no amount of money thrown at consultants will change that," the EIS general secretary said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Some headteachers doubt the figures reflect real progress rather than changes in how teachers judge their pupils.",
        False,
        [],
        None,
    ),
    # --- Theaterstatistik (dpa) ---
    (
        "de",
        "Köln (dpa) - Die öffentlich getragenen Theater und Orchester in Deutschland haben in der Spielzeit 2024/25 rund 19,6 Millionen Besuche gezählt.",
        True,
        [("year", 2024, None, None), ("year", 2025, None, None), ("count", 19600000, None, "about")],
        None,
    ),
    (
        "de",
        "Das seien knapp 4 Prozent mehr als in der Spielzeit davor, aber noch gut 7 Prozent weniger als vor der Pandemie, teilte der Deutsche Bühnenverein am Donnerstag mit.",
        True,
        [("percent", 4, "%", "nearly"), ("percent", 7, "%", "over")],
        "der Deutsche Bühnenverein",
    ),
    (
        "de",
        "„Das Publikum ist zurück, und es ist jünger, als viele glauben“, sagte Bühnenvereins-Präsident Ulrich Kammerloher.",
        False,
        [],
        None,
    ),
    (
        "de",
        "Kammerloher sagte, der Anteil der Besucherinnen und Besucher unter 30 Jahren sei auf 22 Prozent gestiegen.",
        True,
        [("duration", 30, "year", "under"), ("percent", 22, "%", None)],
        "Kammerloher",
    ),
    (
        "de",
        "„Ich wette, dass wir in zwei Jahren wieder über 20 Millionen Besuche zählen“, sagte Kammerloher.",
        False,
        [("duration", 2, "year", None), ("count", 20000000, None, "over")],
        None,
    ),
    (
        "de",
        "Die öffentlichen Zuschüsse stiegen auf 3,4 Milliarden Euro, jeder Besuch wurde damit im Schnitt mit 174 Euro bezuschusst.",
        True,
        [("money", 3400000000, "EUR", None), ("money", 174, "EUR", None)],
        None,
    ),
    (
        "de",
        "„174 Euro Steuergeld für jede einzelne Karte – das versteht an der Supermarktkasse kein Mensch“, sagte der kulturpolitische Sprecher einer Oppositionsfraktion.",
        False,
        [("money", 174, "EUR", None)],
        None,
    ),
    (
        "de",
        "Mehrere Häuser, darunter das Schauspiel in Halle, müssen wegen Kürzungen der Kommunen ihre Spielpläne verkleinern.",
        True,
        [],
        None,
    ),
    (
        "de",
        "Ob der Zuwachs anhält, hängt nach Einschätzung des Verbands vor allem von der Finanzlage der Städte ab.",
        False,
        [],
        None,
    ),
    # --- Hay Festival (PA) ---
    (
        "en",
        "LONDON (PA) - The Hay Festival has sold more than 148,000 tickets ahead of its 39th edition, which opens on May 21, organisers said.",
        True,
        [("count", 148000, None, "over"), ("ordinal", 39, None, None), ("date", "--05-21", None, None)],
        "organisers",
    ),
    (
        "en",
        "More than 600 writers, scientists and politicians will appear at 880 events over 11 days in the Welsh border town.",
        True,
        [("count", 600, None, "over"), ("count", 880, None, None), ("duration", 11, "day", None)],
        None,
    ),
    (
        "en",
        '"Hay is where the country comes to change its mind," festival director Pippa Rowntree said.',
        False,
        [],
        None,
    ),
    (
        "en",
        "Rowntree said the festival had lost its biggest sponsor in March and had raised £420,000 from 3,100 individual donors to fill the gap.",
        True,
        [("money", 420000, "GBP", None), ("count", 3100, None, None)],
        "Rowntree",
    ),
    ("en", '"Without readers like these, Hay would simply not exist," Rowntree said.', False, [], None),
    (
        "en",
        "Tickets for headline talks cost up to £18, while about one in five events are free, the festival said.",
        True,
        [("money", 18, "GBP", "up_to"), ("fraction", 0.2, None, "about")],
        None,
    ),
    ("en", "Some regulars grumble that the headline talks have crept beyond the reach of students.", False, [], None),
    (
        "en",
        "Powys council estimates the festival brings about £25 million into the local economy each year.",
        True,
        [("money", 25000000, "GBP", "about")],
        None,
    ),
]
