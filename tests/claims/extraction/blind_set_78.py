"""Seventy-eighth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article, nor any list of the engine's misses).
People, companies, works and figures are made up (Katrin Vogelsang, Tobias Rennert, Jonas
Wellbrock, Mats Holmgren, Ralf Kemmerich, Moritz Engelhard, Franziska Lehnert, Lea
Brandstetter, the chipmaker Valtronic, the utility Nordwerk, Jochen Stahl, the engineering
group Hallwanger, Ines Bartholdy, Frank Osterkamp, Lars Wendtland, Jan Kröger, the
exhibition "Licht über der Ebene", Henrike Lassahn, Miriam Tesche, the Ostsee-Literaturpreis
and "Die Netzflickerin", Tilman Grosche, Clemens Rahlfs, Joachim Rösler, Laurent Delorme,
Mathilde Rouvier, Gregor Lindemann, Henning Albers, Lisa Hambrecht, Katharina Lenz; Tilman
Baer, Rachel Moore, Andrea Sommerfeld, the auto supplier Korvath, Stefan Reuther, Jonas
Albrecht, Storm Isolde, Lukas Brandl, Nuno Ferreira, the payments firm Payvora, Joanna Pilz,
Neil Fairweather); real places, parties, clubs and institutions ("Bundestag", "Bundesrat",
"Infratest dimap", "MDR", "FC Bayern", "SC Freiburg", "Dax", "MDax", "Berenberg", "Helaba",
"Europäische Zentralbank", "IG Metall", "Deutsche Bahn", "Pro Bahn", "Landgericht
Frankfurt", "Bundesarbeitsgericht", "Verdi", "Staatsanwaltschaft Duisburg", "Deutscher
Wetterdienst", "Autobahn GmbH", "Alte Nationalgalerie", "Staatliche Museen zu Berlin",
"Max-Planck-Institut für evolutionäre Anthropologie", "EKD", "Bistum Osnabrück",
"Paritätischer Gesamtverband", "Bamf", "Bundespolizei", "Pro Asyl", "Ifo-Institut", "ADV",
"Federal Labour Office", "Office for Budget Responsibility", "Schiphol", "STOXX 600",
"LSEG") stand for the way wire copy names them; what is said of them here is invented.

Its weight: AN ORDINARY GERMANY-FOCUSED WIRE DAY as dpa (with its Landesdienste dpa/lni,
dpa/lnw, dpa/lby, dpa/bb and dpa-AFX), AFP German, Reuters German, epd, KNA and SID file
it, about 75 % German and 25 % English, 35 short stories in story order (a dateline lead,
then background, figures, attributed lines, a quote or a reaction). 25 German stories: the
Bundestag passing a pension package (a roll-call tally, the "Haltelinie", costs, the
Bundesrat date), an overnight coalition committee ("gut siebenstündig", a
"Zehn-Punkte-Papier", the electricity tax "hieß es aus Regierungskreisen"), a Land poll in
Sachsen-Anhalt, a Bundesliga match, a biathlon World Cup opener, the Dax close, job cuts at
an engineering group, Deutsche Bahn punctuality and a corridor closure, a fatal lorry crash
on the Autobahn 7, a murder verdict at the Landgericht Frankfurt, a Bundesarbeitsgericht
ruling on holiday entitlement, a drugs raid, a DWD snow warning, a record exhibition and a
literary prize, a Neanderthal study, EKD leavers (epd) and an abuse study in a diocese
(KNA), the Paritätischer poverty report (epd), Russian air strikes on Kyiv (AFP), a French
no-confidence vote (AFP), Bamf asylum figures, the Ifo index (Reuters), Berlin's savings
budget, a house fire in Nuremberg, the women's handball World Cup (SID), a Verdi warning
strike at airports. 10 English stories (Reuters, AP, AFP) of the same day about Germany and
Europe: German unemployment, a supplier's job cuts, the Bundestag's military service law,
the EU's 2040 climate target, a storm over the Netherlands and northern Germany, Bayern in
the Champions League, the UK budget, a fraud verdict in Hamburg, the European share close,
rail sabotage in Poland. Forms as such a day writes them: numbers as words ("Neun Monate",
"zwei Punkte mehr", "die SPD acht, die Linke sieben", "im zwölften Ligaspiel", "dreimal",
"Elf Verdächtige", "zweieinhalb Monate", "minus fünf bis minus zehn Grad", "dreier
Generationen", "zwei Dutzend", "one abstention", "five wins from five games"), compounds
("siebenstündigen", "Zehn-Punkte-Papier", "23-jähriger", "36-Jährige", "zweitbeste",
"sechsstöckigen", "630-seat", "18-year-old", "third-quarter"), shares as words ("jede
fünfte", "gut ein Drittel", "mehr als jede vierte", "Gut ein Fünftel", "fast die Hälfte",
"gut neun von zehn", "About a third"), hedges ("rund", "etwa", "knapp", "gut", "mehr als",
"über", "weniger als", "bis zu", "mindestens", "about", "around", "roughly", "more than",
"at least", "up to", "as much as"), attributions ("sagte X", "so X", "sagte X der Deutschen
Presse-Agentur", "teilte ... mit", "wie ... mitteilte", "hieß es aus Regierungskreisen",
"laut Polizei", "laut dem ...", "nach Angaben des/der ...", "nach EKD-Angaben", "the company
said", "told lawmakers", "told analysts", "police said", "according to ...") and Konjunktiv
I paraphrase ("Das entlaste ...", "Der Auftragseingang sei ...", "Grund seien ...", "...
seien örtlich sogar bis zu 60 Zentimeter möglich", "Die Autobahn GmbH habe ...", "davon
seien ... abgefangen worden"). Negatives as such a day has them: quoted rhetoric and
feeling (a general secretary, two coaches, an athlete, an analyst, a union leader, a
judge's characterisation, an interior minister, a museum director, a scientist, a bishop, a
charity chief, a foreign minister, a French party leader, the Ifo president, a goalkeeper,
a labour office head, a union spokesperson, a defence minister, a government spokesman),
reported catchwords and verdicts ("sprach von einem „guten Tag ...“", "sprachen von einem
„Geschenk ...“", "sprach von einem „Offenbarungseid ...“", "nannte die Pläne „...“", "Die
Jury lobte ...", "begrüßte das Urteil als ...", "kritisierte ... als europarechtswidrig",
"sah in den Zahlen eine Bestätigung ...", "nannte den Streik „...“", "called it \"...\"",
"Environmental groups said the ... loophole would undermine ..."), reproaches and announced
resistance, a researcher's caveat, advice to drivers, forecasters' outlooks without a
figure, the poll caveat, the presumption of innocence, the wire caveat on unverifiable
claims, reporting credits.

232 rows (175 German, 57 English), 43 negatives (33 German, 10 English), 189 check-worthy
rows of which 32 carry no figure (25 German, 7 English), 287 expected quantities (119
counts, 42 percentages, 33 durations, 32 amounts of money, 22 years, 19 ordinals, 13 dates,
7 fractions; none of them in a negative), 25 checked speakers (16 German, 9 English).
Sentences sharing a run of eight or more words with any file under tests/ (checked by a
script that printed only this batch's sentences, case and punctuation normalised) were
reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where
they settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). A Konjunktiv I paraphrase
  reporting a fact or a figure is check-worthy with the speaker its own attribution gives
  (twenty-eighth, seventieth and seventy-seventh batches): "..., so Vorstandschefin Ines
  Bartholdy." -> "Ines Bartholdy", "..., sagte Bartholdy ..." -> "Bartholdy", "..., so
  Wendtland." -> "Wendtland"; "Das entlaste die Betriebe ..., sagte ein mit den
  Verhandlungen vertrauter Insider." and "Grund seien ..., sagte eine Bahnsprecherin." are
  check-worthy with the speaker unchecked (an unnamed source, seventieth); a Konjunktiv I
  caveat without a fact ("Abschließend geklärt sei die Frage damit aber keineswegs, betonte
  Grosche.") is a negative. Check-worthy without a figure: a bill passed "mit knapper
  Mehrheit", no agreement and a postponement, a poll lead ("liegt ... klar vorn",
  seventy-sixth), a draw ("nicht über ein 1:1 hinaus"; scores "4:1", "1:1", "1:0", "31:27",
  "2-1" carry none, thirty-fifth and twentieth), an equaliser, the worst punctuality "seit
  Jahren", an expert appointed by the prosecutors, a court's holding (the verb "entschied"
  leaves the speaker unchecked, seventieth), a ruling's status ("Das Urteil ist noch nicht
  rechtskräftig.", "The verdict is not yet final.", nineteenth and seventy-seventh), a raid,
  a warning issued by the DWD (twenty-eighth), a record exhibition (a claim of a measurable
  record, twenty-ninth), finds and the team that studied them, a study's journal
  (seventieth), members lost "Hunderttausende" and attacks with "Hunderten Drohnen und
  Dutzenden Raketen" (vague magnitudes carry none, twenty-ninth and seventieth), a
  no-confidence vote survived (seventieth), the main countries of origin, the document a
  story rests on ("..., die der dpa vorliegt.", seventy-seventh), a fire's time and place
  ("gegen 1.40 Uhr" a clock time, none), a house made uninhabitable, a quarter-final reached
  (thirty-fifth and sixty-first: "Viertelfinale" no quantity), a provision of a law, trains
  halted "for several hours", an appeal announced (seventy-sixth), suspects who left the
  country "within hours" (none).
- Tallies and seats are counts (seventy-sixth): "votierten 319 Abgeordnete ..., 225
  dagegen, 53 enthielten sich", "stimmten 264 Abgeordnete, ... wären 289 Stimmen nötig
  gewesen", "323 votes in favor, 272 against and one abstention" (the number word "one" is
  the figure 1, as "One victim", seventieth), "the 630-seat Bundestag" 630 (as "des
  neunköpfigen Gerichts", seventy-sixth), "328 der 630 Sitze" two counts (nineteenth: "31
  der 56 Sitze"). In "Union und SPD verfügen ... über 328 der 630 Sitze" "über" is the
  preposition of "verfügen", no hedge (seventy-sixth: "verfügte ... über 18,9 Millionen
  Dollar").
- Polls: "38 Prozent, zwei Punkte mehr" 2 pp (a party's points, seventieth and
  seventy-seventh); "Die CDU erreicht 27 Prozent, die SPD acht, die Linke sieben und das BSW
  sechs Prozent" four percentages (the unit written once serves the list, forty-sixth);
  "mit jeweils drei Prozent" ("jeweils" no hedge); "vom 20. bis 24. November" two dates
  (seventy-sixth: "vom 10. bis 12. September"); "1.152 Wahlberechtigte" count; "nur gut ein
  Drittel" 0.3333 "over" ("nur" no hedge; seventieth: "gut ein Viertel"); "About a third of
  Germans aged 18 to 29" 0.3333 "about" and 18 and 29 years (twenty-fourth: "aged 15 to 24").
- Sport: "auf sieben Punkte", "zwei Treffer", "17 Saisontoren", "neun Toren", "mit zwei
  Toren", "mit zwei Fehlern", "Vor 75.000 Fans", "Vor 9.200 Zuschauern", "five wins from five
  games", "16 of its 17 competitive games" counts (thirty-fifth and seventieth); "Am 12.
  Spieltag" and "im zwölften Ligaspiel" ordinal 12, "in der 9. Minute" 9 (seventieth: "in
  der 88. Minute"), "the 23rd minute ... the 78th" 23 and 78, "den zweiten Platz" 2, "der 14.
  Podestplatz" 14, "auf Rang neun" 9, "sein drittes Hauptrundenspiel" 3; "Als zweitbeste
  Deutsche" ordinal 2 (issue: "die drittgrößte Stadt" 3); "binnen 14 Minuten" 14 minutes (no
  hedge, sixty-eighth), "dreimal" count 3 (issue: "viermal"), "21,4 Sekunden" 21.4 seconds;
  "im Einzel über 15 Kilometer" and "die Verfolgung über zehn Kilometer" counts 15 and 10
  with no qualifier ("über" naming a race distance, thirty-fifth). New: "nur einen
  Schießfehler" is count 1 - after "nur" the word "einen" is the numeral, not an article, as
  "einen Punkt" of a party's share is 1 (seventieth); "nur" itself no hedge.
- Index points and rates (thirty-eighth and sixty-second): "auf 23.642 Punkte", "29.874
  Zähler", "87,6 Punkte von 88,4 Zählern", "auf 88,6 Punkte", "at 23,642 points" counts;
  "nur noch gut 600 Punkte" 600 "over" ("Bis zu seinem Rekordhoch" at the start of that
  sentence bounds a place, not the figure: no "up_to"); "mit einem Minus von 3,2 Prozent" 3.2
  (the figure as written, eleventh); "1,1587 US-Dollar" and "auf 1,1572 Dollar" for the euro
  USD (an exchange rate is money in the priced currency, twenty-sixth); "auf 240 Euro", "to
  240 euros" (a price target), "auf 31,08 Euro" EUR; "The pan-European STOXX 600" gives no
  count (an index name, as "S&P 500" and "EuroStoxx 50", thirty-eighth); "at 0945 GMT" a
  clock time, none (fourteenth: "by 1400 GMT"); "as much as 6%" "up_to" (sixth); "a roughly
  80% chance" "about" (seventieth).
- Money: "rund 120 Milliarden Euro", "gut fünf Milliarden Euro im Jahr" "over" ("im Jahr"
  none), "6,5 Milliarden Euro", "87 Millionen Euro", "42 Millionen Euro", "1,74 Milliarden
  Euro", "rund 400.000 Euro", "rund 7.900 Euro brutto" ("brutto" none), "mehr als zwei
  Millionen Euro", "20.000 Euro", "1.381 Euro im Monat", "rund drei Milliarden Euro", "knapp
  850 Millionen Euro" "nearly", "rund 67 Milliarden Euro", "mindestens 500.000 Euro"
  "at_least", EUR; "von 9 auf 19 Euro im Monat" two amounts in EUR (the unit written once
  serves the list); "0,05 Cent je Kilowattstunde" 0.0005 EUR (German wire "Cent" without a
  currency named is the euro cent, twelfth: "Cent pro Kilowattstunde"); "about 600 million
  euros ($695 million)" EUR "about" and USD with no hedge (the hedge stands before the first
  figure only, forty-seventh and seventieth), "about 2,600 euros ($3,000) a month", "4.9
  billion euros", "about 1.2 billion euros", "26 billion pounds ($34 billion) a year" GBP and
  USD. "mindestens jedoch 350 Euro monatlich" "at_least" ("mindestens" before the figure
  with "jedoch" between, forty-eighth: "mindestens aber 420 Euro").
- Durations: "gut siebenstündigen Beratungen" 7 hours "over" (issue: "fünfstündigen
  Treffen"; a hedge before the compound bounds its figure, sixty-fifth and seventieth: "Die
  rund vierstündige Sitzung"), "Neun Monate vor der Landtagswahl" 9 months, "in den ersten
  neun Monaten" ordinal 1 and 9 months (seventieth), "für neun Monate", "bis zu 45 Minuten
  länger" "up_to", "mehr als neun Stunden" "over", "nach 15 Jahren", "eine Freiheitsstrafe
  von zwölf Jahren", "zweieinhalb Monate" 2.5 months (fortieth: "zweieinhalb Stunden"), "15
  Monate nach Ende des Urlaubsjahres", "In knapp 16 Wochen" "nearly", "vor rund 45.000
  Jahren" 45000 years "about" (forty-sixth: "vor zehn Jahren"), "bei zwölf Monaten
  Laufzeit", "seven years in prison", "more than 14 hours" "over", "over the next five years"
  5 years ("over" before "the next" is the preposition, no hedge, twenty-sixth: "over four
  years"), "for three more years, until 2031" 3 years ("more" counts on, no hedge); "erst ab
  einer Abweichung von sechs Minuten" 6 minutes with no qualifier ("erst" no hedge; "ab"
  before a threshold as before a price, forty-eighth: "ab 69,90 Euro"; "sechs Minuten oder
  mehr" no qualifier). New: "2,5 Prozent in zwei Stufen über 24 Monate" gives 24 months with
  no qualifier - "über" before a deal's term names the span it runs over, as "38% ... over
  four years" (forty-eighth) and "verfügen über" (seventy-sixth), not a bound on the figure;
  "in zwei Stufen" count 2 (forty-eighth). None: "wochenlang", "in der Nacht", "im kommenden
  Jahr", "ein Jahr zuvor", "im Jahr davor", "im Vorjahresmonat", "im Vorjahreszeitraum", "am
  Tag", "im Monat", "monatlich", "a year", "a month", "for several hours", "within hours",
  "overnight", "next month", "this season", "ganztägigen" (twelfth).
- Ages are durations in years (every earlier batch): "Die 28-Jährige", "Ein 56 Jahre alter
  Lkw-Fahrer", "sein 23-jähriger Beifahrer", "ein 41 Jahre alter Mann", "die 36-Jährige",
  "im Alter von 24 bis 52 Jahren" both ends (seventieth), "all 18-year-old men", "A
  62-year-old man", "the 49-year-old".
- Physical measures and levels are counts (fourth and forty-seventh batches): "30 bis 40
  Zentimeter Neuschnee" both, "oberhalb von 800 Metern" 800 with no hedge (seventieth and
  seventy-seventh), "bis zu 60 Zentimeter" "up_to", "minus fünf bis minus zehn Grad" -5 and
  -10, "bis zu minus 15 Grad" -15 "up_to" (forty-seventh: "bis zu minus 15 Grad"), "121
  Kilometern pro Stunde", "mindestens 1,3 Tonnen" "at_least", "Gusts of up to 130 kilometres
  (81 miles) per hour" 130 "up_to" and 81, "about 100 kilometers (60 miles)" 100 "about" and
  60; "der Stau war zeitweise über 15 Kilometer lang" 15 "over" - here "über" bounds a
  length from below, unlike the race distance above.
- Counts: "18 jüngere Unionsabgeordnete", "Zehn-Punkte-Papier" 10 (issue: "28-Punkte-Entwurf";
  fourteenth: "Acht-Punkte-Papier"), "mit drei Lastwagen", "zwei Menschen", "drei weitere
  Menschen", "mit 27 Messerstichen", "58 nicht genommene Urlaubstage" (a count, as "58
  Verhandlungstage", nineteenth), "Rund 900 Einsatzkräfte", "47
  Wohnungen", "Elf Verdächtige", "14 Schusswaffen", "rund zwei Dutzend Mobiltelefone" 24
  "about" (issue: "two dozen"), "sechs Luxusautos", "rund 1.400 Räumfahrzeuge", "412.000
  Besucherinnen und Besucher", "im Schnitt mehr als 3.600 am Tag" 3600 "over" ("im Schnitt"
  no hedge), "68 Gemälde und 94 Zeichnungen aus 31 Sammlungen", "dreier Generationen" 3
  (sixty-third: "Mutter zweier Söhne"), "23 Knochenfragmente ... neun davon" ("davon" a
  pronoun, sixty-fifth), "Rund 352.000", "den 20 Landeskirchen", "gut 17,6 Millionen"
  "over", "knapp 140.000" "nearly", "412 Betroffene", "122 Kleriker und 29 Laien", "knapp
  900 Seiten" "nearly" (seventy-sixth: "a 38-page dissent"), "rund 13 Millionen Menschen",
  "476 Drohnen und 48 Raketen ... 438 Drohnen und 41 Raketen", "mindestens sechs Menschen"
  "at_least", "zwei weiteren Dörfern", "96.412", "8.731 Erstanträge", "rund 4.000
  Asylsuchende", "rund 9.000 Unternehmen", "14 Menschen ..., zwei von ihnen schwer", "23
  Bewohner", "des sechsstöckigen Gebäudes" 6 (seventieth), "an fünf großen Flughäfen",
  "rund 1.100 Flüge", "rund 25.000 Beschäftigten", "by 14,000 ... to 3.01 million", "a rise
  of 5,000", "about 4,500 jobs ..., around 3,000 of them" ("around" "about"), "about 52,000
  people in 24 countries", "about 183,000 active soldiers ... to 260,000", "two officials",
  "the 27 member states", "at least three people" "at_least", "about 420 flights", "212
  cases", "two Ukrainian men", "475 people". None: "Hunderttausende", "Hunderten",
  "Dutzenden", "hundreds of flights", "No one", "the mid-2030s" (a decade, fifty-ninth).
  New: "An den letzten drei Wochenenden" is count 3 - a weekend is not a unit of the issue's
  list, so it counts, as "2,1 Nächten" (fortieth) and "sechs Spieltagen"
  (nineteenth) did.
- Shares: "etwa jede fünfte im Inland" 0.2 "about" (forty-eighth: "etwa jeder vierte"),
  "mehr als jede vierte" 0.25 "over", "Gut ein Fünftel" 0.2 "over" (thirtieth: "Gut ein
  Viertel"), "fast die Hälfte weniger" 0.5 "nearly" (forty-eighth: "auf die Hälfte"), "gut
  neun von zehn Zügen" 0.9 "over" (seventeenth: "Neun von zehn Schulen" a fraction; a share
  of a whole, not a tally of a named set); percentages "weniger als 60 Prozent" "under",
  "etwa sieben Prozent" "about", "mehr als zwölf Prozent" "over", "for as much as 5
  percentage points" 5 pp "up_to" (sixth: "as much as"), "by 90% from 1990 levels".
- Years and dates: "bis 2031", "bis 2040", "bis Ende 2027", "seit 2022", "Ende 2024", "für
  2026", "im Februar 2022", "für die Jahre 2022 und 2023" and "für die Jahre 1945 bis 2022"
  both years (seventy-seventh), "since 2015", "by 2028", "from 2029", "by 2029", "a 2040
  climate target ... from 1990 levels", "in 2023", "until 2031" years; "by 2029/30" 2029 and
  2030 (as "2022/23", fortieth and fiftieth); "am 19. Dezember", "ab dem 1. Januar", "am 14.
  März", "für den 9. Dezember", "on Nov. 16" dates without a year; Reuters datelines with a
  day ("BERLIN, Nov 26 (Reuters)", "FRANKFURT, Nov 26 (Reuters)", "BRUSSELS, Nov 26
  (Reuters)", "LONDON, Nov 26 (Reuters)", "HAMBURG, Nov 26 (Reuters)") dates without a year;
  dpa, dpa/lni, dpa/lnw, dpa/lby, dpa/bb, dpa-AFX, AFP, Reuters German, epd, KNA, SID, AP
  and AFP English datelines none; months and weekdays alone ("im Oktober", "seit August",
  "Seit Mai", "Von Januar bis Oktober", "im September", "in December") none; clock times
  ("gegen 3.15 Uhr", "bis 22.00 Uhr", "gegen 1.40 Uhr") none.
- Ordinals: "das fünfte Treffen" 5, "Im dritten Quartal" 3, "ihr dritter Roman" 3, "das
  dritte Misstrauensvotum" 3, "vierte Quartal" 4, "in der zweiten Verhandlungsrunde" 2, "Die
  dritte Runde" 3, "third-quarter" 3 (sixty-fourth).
- New: "auf der Autobahn 7" carries none - a motorway's number written after the word, as
  "A2" and "B37" (forty-third, forty-seventh and seventieth) are identifiers.
- Speakers, checked only in forms the earlier batches settled, and two decided here: a title
  before a name is dropped ("Arbeitsministerin", "Vorstandschefin", "DWD-Meteorologe",
  "Sprecher", "Chief Executive", "Defense Minister", eighteenth and seventieth); "teilte der
  Konzern am Dienstag mit" -> "der Konzern" (forty-eighth), "teilte die Staatsanwaltschaft
  Duisburg mit", "teilte die Militärverwaltung der Hauptstadt mit", "wie die EKD am Dienstag
  in Hannover mitteilte" -> "die EKD" (an abbreviation with its article, the place dropped,
  seventieth), "teilte das Bamf am Mittwoch mit" -> "das Bamf" (as "das AMS"), "wie das
  Ifo-Institut am Montag mitteilte" the source with its article in the nominative;
  "nach Angaben der Polizei" -> "die Polizei", "nach Angaben des Deutschen Wetterdienstes"
  -> "der Deutsche Wetterdienst", "nach Angaben der Staatlichen Museen zu Berlin" -> "die
  Staatlichen Museen zu Berlin" (the source in the nominative, fifteenth and seventeenth);
  "Laut Polizei" -> "Polizei" (as written, seventeenth). English: "the company said", "the
  Defense Ministry said", "the airport said", "the interior minister said" with the article
  in lower case (seventieth), "police said" -> "police", "Prosecutors said" -> "prosecutors"
  (as in earlier batches), "his lawyer said" -> "his lawyer" (sixty-third), "Chief Executive
  Stefan Reuther told analysts" and "Defense Minister Jonas Albrecht told lawmakers" the name
  (as "told reporters"). New: "sagte Sprecher Jan Kröger der Deutschen Presse-Agentur" ->
  "Jan Kröger" - the dative names the agency spoken to, as "zur APA" (seventy-seventh) and
  "X told Reuters". New: "sagte Arbeitsministerin Katrin Vogelsang (SPD) in der
  Schlussdebatte" -> "Katrin Vogelsang" - the party in brackets after the name is an
  apposition and is dropped, as the party-and-state label "D-Pa." (seventy-sixth); the
  twenty-ninth batch had left "Hanna Lemke (SPD) sagte" unchecked, and a dpa day writes
  this form in nearly every political story. Left unchecked (None): "hieß es aus
  Regierungskreisen" (seventieth and seventy-seventh: "hieß es aus ..."), "sagte ein mit den
  Verhandlungen vertrauter Insider", "sagte eine Bahnsprecherin", "sagte ein Sprecher der
  Bundespolizei der Deutschen Presse-Agentur" (unnamed spokespeople), "schätzt die Polizei",
  "beziffert die Polizei" (seventieth and seventy-seventh), "entschied das
  Bundesarbeitsgericht", "laut dem Paritätischen Gesamtverband" (as "laut dem Branchenverband
  H+", forty-ninth), "nach EKD-Angaben", "Nach Angaben der ukrainischen Luftwaffe" (an
  adjective heading the source, seventieth), "Die russische Armee meldete", "nach Schätzung
  des Flughafenverbands ADV" (seventieth: "Nach Schätzung der Verbraucherschützer"), "nach
  eigenen Angaben", "wie Daten des Bundesamts ... zeigen", "data from the Federal Labour
  Office showed", "Analysts polled by Reuters", "according to two officials involved",
  "according to LSEG data", "officials said", rows without attribution and all negatives.
- Negatives: none carries a figure. "Umfragen geben lediglich ein Meinungsbild ... wieder
  ..." the poll caveat and "Für die Festgenommenen gilt ... die Unschuldsvermutung."
  boilerplate (fifty-fifth and seventieth); "Die Angaben beider Seiten konnten zunächst
  nicht unabhängig überprüft werden." the wire caveat (nineteenth and seventieth); "Zum
  Wochenende dürfte sich die Lage ... entspannen." and "Forecasters expected the storm to
  weaken ..." outlooks without a figure (forty-seventh); "Autofahrer sollten ..." advice;
  "Die Opposition warf der Regierung vor, ..." a reproach and "Grüne und Linke kündigten
  erbitterten Widerstand ... an." announced resistance (seventy-seventh); "Der
  Bundesinnenminister sah in den Zahlen eine Bestätigung ..." and "Pro Asyl kritisierte ...
  als europarechtswidrig." reported verdicts; "(Reporting by ...; Editing by ...)" credits.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not
checked" for counts and "no unit" for other kinds; a qualifier is checked (None: no
hedge); the speaker is checked when it is a string.
"""

# ruff: noqa: E501

BLIND_SET_78 = [
    # --- Bundestag: Rentenpaket (dpa) ---
    ("de", "Berlin (dpa) - Der Bundestag hat das umstrittene Rentenpaket der schwarz-roten Koalition mit knapper Mehrheit verabschiedet.", True, [], None),
    ("de", "In namentlicher Abstimmung votierten 319 Abgeordnete für den Entwurf, 225 dagegen, 53 enthielten sich.", True, [("count", 319, None, None), ("count", 225, None, None), ("count", 53, None, None)], None),
    ("de", "Union und SPD verfügen im Parlament zusammen über 328 der 630 Sitze.", True, [("count", 328, None, None), ("count", 630, None, None)], None),
    ("de", "Kern des Pakets ist die sogenannte Haltelinie, die das Rentenniveau bis 2031 bei 48 Prozent festschreibt.", True, [("year", 2031, None, None), ("percent", 48, "%", None)], None),
    ("de", "Die Mehrkosten summierten sich bis 2040 auf insgesamt rund 120 Milliarden Euro, sagte Arbeitsministerin Katrin Vogelsang (SPD) in der Schlussdebatte.", True, [("year", 2040, None, None), ("money", 120000000000, "EUR", "about")], "Katrin Vogelsang"),
    ("de", "Zuvor hatten 18 jüngere Unionsabgeordnete wochenlang gegen die Vorlage opponiert, weil sie künftige Beitragszahler übermäßig belaste.", True, [("count", 18, None, None)], None),
    ("de", "Vogelsang sprach nach der Abstimmung von einem „guten Tag für die Menschen, die jahrzehntelang in die Rentenkasse eingezahlt haben“.", False, [], None),
    ("de", "Die Opposition warf der Regierung vor, die Reform ohne Rücksicht auf die junge Generation durchgedrückt zu haben.", False, [], None),
    ("de", "Die Länderkammer will sich am 19. Dezember abschließend mit dem Rentenpaket beschäftigen.", True, [("date", "--12-19", None, None)], None),
    # --- Koalitionsausschuss (Reuters) ---
    ("de", "Berlin (Reuters) - Nach gut siebenstündigen Beratungen hat sich der Koalitionsausschuss von Union und SPD in der Nacht zum Mittwoch auf ein Entlastungspaket für die Industrie verständigt.", True, [("duration", 7, "hour", "over")], None),
    ("de", "Die Stromsteuer soll ab dem 1. Januar für alle Unternehmen auf das europäische Mindestmaß von 0,05 Cent je Kilowattstunde sinken, hieß es aus Regierungskreisen.", True, [("date", "--01-01", None, None), ("money", 0.0005, "EUR", None)], None),
    ("de", "Das entlaste die Betriebe um gut fünf Milliarden Euro im Jahr, sagte ein mit den Verhandlungen vertrauter Insider.", True, [("money", 5000000000, "EUR", "over")], None),
    ("de", "Das Zehn-Punkte-Papier sieht zudem vor, die Netzentgelte im kommenden Jahr mit Zuschüssen von 6,5 Milliarden Euro aus dem Klima- und Transformationsfonds zu senken.", True, [("count", 10, None, None), ("money", 6500000000, "EUR", None)], None),
    ("de", "Beim Streit über die Reform des Bürgergelds gab es dagegen keine Einigung, das Thema wurde auf die nächste Sitzung vertagt.", True, [], None),
    ("de", "Es war bereits das fünfte Treffen des Gremiums seit dem Start der Koalition im Mai.", True, [("ordinal", 5, None, None)], None),
    ("de", "„Wir haben geliefert, und zwar schneller, als viele uns zugetraut haben“, sagte CDU-Generalsekretär Tobias Rennert am Morgen vor Journalisten.", False, [], None),
    ("de", "Die Grünen sprachen von einem „Geschenk an die Großindustrie, bezahlt von den Steuerzahlern“.", False, [], None),
    # --- Sachsen-Anhalt-Trend (dpa) ---
    ("de", "Magdeburg (dpa) - Neun Monate vor der Landtagswahl in Sachsen-Anhalt liegt die AfD in einer neuen Umfrage klar vorn.", True, [("duration", 9, "month", None)], None),
    ("de", "Im Sachsen-Anhalt-Trend von Infratest dimap im Auftrag des MDR kommt die Partei auf 38 Prozent, zwei Punkte mehr als im September.", True, [("percent", 38, "%", None), ("percent", 2, "pp", None)], None),
    ("de", "Die CDU erreicht 27 Prozent, die SPD acht, die Linke sieben und das BSW sechs Prozent.", True, [("percent", 27, "%", None), ("percent", 8, "%", None), ("percent", 7, "%", None), ("percent", 6, "%", None)], None),
    ("de", "Grüne und FDP kämen mit jeweils drei Prozent nicht mehr in den Landtag.", True, [("percent", 3, "%", None)], None),
    ("de", "Befragt wurden vom 20. bis 24. November 1.152 Wahlberechtigte.", True, [("date", "--11-20", None, None), ("date", "--11-24", None, None), ("count", 1152, None, None)], None),
    ("de", "Zufrieden mit der Landesregierung zeigte sich nur gut ein Drittel der Befragten.", True, [("fraction", 0.3333, None, "over")], None),
    ("de", "Umfragen geben lediglich ein Meinungsbild zum Zeitpunkt der Erhebung wieder und sind keine Vorhersage des Wahlergebnisses.", False, [], None),
    # --- Bundesliga: Bayern - Freiburg (dpa) ---
    ("de", "München (dpa) - Der FC Bayern hat an der Spitze der Fußball-Bundesliga sein Polster auf sieben Punkte ausgebaut.", True, [("count", 7, None, None)], None),
    ("de", "Am 12. Spieltag gewann der Rekordmeister gegen den SC Freiburg mit 4:1 und blieb damit auch im zwölften Ligaspiel der Saison ungeschlagen.", True, [("ordinal", 12, None, None), ("ordinal", 12, None, None)], None),
    ("de", "Vor 75.000 Fans in der ausverkauften Allianz Arena köpfte Nationalspieler Jonas Wellbrock die Münchner in der 9. Minute zum 1:0.", True, [("count", 75000, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Freiburg glich kurz vor der Pause per Foulelfmeter aus, ehe die Münchner nach dem Seitenwechsel binnen 14 Minuten dreimal trafen.", True, [("duration", 14, "minute", None), ("count", 3, None, None)], None),
    ("de", "Torjäger Mats Holmgren erzielte zwei Treffer und steht nun bei 17 Saisontoren.", True, [("count", 2, None, None), ("count", 17, None, None)], None),
    ("de", "Verfolger Bayer Leverkusen kam zeitgleich bei Union Berlin nicht über ein 1:1 hinaus.", True, [], None),
    ("de", "„Wir haben heute eine erwachsene Leistung gezeigt, aber wir dürfen jetzt nicht abheben“, sagte Bayern-Trainer Ralf Kemmerich.", False, [], None),
    ("de", "Freiburgs Trainer Moritz Engelhard sprach von einer „verdienten, aber zu hohen Niederlage“.", False, [], None),
    # --- Biathlon-Weltcup in Östersund (dpa) ---
    ("de", "Östersund (dpa) - Biathletin Franziska Lehnert hat beim Weltcup-Auftakt im schwedischen Östersund den zweiten Platz belegt.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die 28-Jährige aus Ruhpolding leistete sich im Einzel über 15 Kilometer nur einen Schießfehler und lag im Ziel 21,4 Sekunden hinter der Siegerin aus Norwegen.", True, [("duration", 28, "year", None), ("count", 15, None, None), ("count", 1, None, None), ("duration", 21.4, "second", None)], None),
    ("de", "Für Lehnert war es der 14. Podestplatz im Weltcup.", True, [("ordinal", 14, None, None)], None),
    ("de", "Als zweitbeste Deutsche kam Lea Brandstetter mit zwei Fehlern auf Rang neun.", True, [("ordinal", 2, None, None), ("count", 2, None, None), ("ordinal", 9, None, None)], None),
    ("de", "Am Sonntag steht in Östersund noch die Verfolgung über zehn Kilometer auf dem Programm.", True, [("count", 10, None, None)], None),
    ("de", "„Ich bin total happy, mit so einem Ergebnis in den Winter zu starten“, sagte Lehnert im ZDF.", False, [], None),
    # --- Dax-Schluss (dpa-AFX) ---
    ("de", "Frankfurt (dpa-AFX) - Hoffnungen auf eine baldige Zinssenkung in den USA haben den Dax am Mittwoch um 1,1 Prozent auf 23.642 Punkte steigen lassen.", True, [("percent", 1.1, "%", None), ("count", 23642, None, None)], None),
    ("de", "Bis zu seinem Rekordhoch vom Oktober fehlen dem deutschen Leitindex damit nur noch gut 600 Punkte.", True, [("count", 600, None, "over")], None),
    ("de", "Der Index der mittelgroßen Börsenwerte MDax stieg um 0,8 Prozent auf 29.874 Zähler.", True, [("percent", 0.8, "%", None), ("count", 29874, None, None)], None),
    ("de", "An der Dax-Spitze gewannen Papiere des Chipherstellers Valtronic 4,7 Prozent, nachdem die Privatbank Berenberg das Kursziel auf 240 Euro angehoben hatte.", True, [("percent", 4.7, "%", None), ("money", 240, "EUR", None)], None),
    ("de", "Schlusslicht waren die Aktien des Versorgers Nordwerk mit einem Minus von 3,2 Prozent.", True, [("percent", 3.2, "%", None)], None),
    ("de", "Der Euro kostete am Abend 1,1587 US-Dollar.", True, [("money", 1.1587, "USD", None)], None),
    ("de", "Den Referenzkurs hatte die Europäische Zentralbank am Nachmittag auf 1,1572 Dollar festgesetzt.", True, [("money", 1.1572, "USD", None)], None),
    ("de", "„Der Markt hat die Zinswende in den USA schon zu großen Teilen eingepreist“, sagte Marktanalyst Jochen Stahl von der Helaba.", False, [], None),
    # --- Stellenabbau bei Hallwanger (Reuters) ---
    ("de", "Düsseldorf (Reuters) - Der Maschinenbauer Hallwanger will in Deutschland bis Ende 2027 rund 2.300 Stellen streichen, etwa jede fünfte im Inland.", True, [("year", 2027, None, None), ("count", 2300, None, "about"), ("fraction", 0.2, None, "about")], None),
    ("de", "Der Auftragseingang sei in den ersten neun Monaten um 18 Prozent eingebrochen, vor allem im Anlagenbau für die Autoindustrie, so Vorstandschefin Ines Bartholdy.", True, [("ordinal", 1, None, None), ("duration", 9, "month", None), ("percent", 18, "%", None)], "Ines Bartholdy"),
    ("de", "Im dritten Quartal rutschte der Konzern mit einem Nettoverlust von 87 Millionen Euro in die roten Zahlen, nach einem Gewinn von 42 Millionen Euro ein Jahr zuvor.", True, [("ordinal", 3, None, None), ("money", 87000000, "EUR", None), ("money", 42000000, "EUR", None)], None),
    ("de", "Der Umsatz sank um 9,6 Prozent auf 1,74 Milliarden Euro.", True, [("percent", 9.6, "%", None), ("money", 1740000000, "EUR", None)], None),
    ("de", "Über die Details werde derzeit mit dem Gesamtbetriebsrat verhandelt, sagte Bartholdy in einer Telefonkonferenz.", True, [], "Bartholdy"),
    ("de", "Die Aktie brach im Frankfurter Handel um mehr als zwölf Prozent auf 31,08 Euro ein.", True, [("percent", 12, "%", "over"), ("money", 31.08, "EUR", None)], None),
    ("de", "IG-Metall-Bezirksleiter Frank Osterkamp nannte die Pläne „einen Schlag ins Gesicht der Belegschaft“.", False, [], None),
    # --- Bahn-Pünktlichkeit (dpa) ---
    ("de", "Berlin (dpa) - Die Fernzüge der Deutschen Bahn sind im Oktober so unpünktlich gewesen wie seit Jahren nicht mehr.", True, [], None),
    ("de", "Nur 51,7 Prozent der ICE- und IC-Züge erreichten ihr Ziel ohne nennenswerte Verspätung, teilte der Konzern am Dienstag mit.", True, [("percent", 51.7, "%", None)], "der Konzern"),
    ("de", "Als verspätet gilt ein Zug in der Statistik der Bahn erst ab einer Abweichung von sechs Minuten.", True, [("duration", 6, "minute", None)], None),
    ("de", "Im Vorjahresmonat hatte die Quote noch bei 58,2 Prozent gelegen, das Jahresziel von 65 Prozent gilt damit als kaum noch erreichbar.", True, [("percent", 58.2, "%", None), ("percent", 65, "%", None)], None),
    ("de", "Grund seien vor allem die vielen Baustellen im überalterten Netz, sagte eine Bahnsprecherin.", True, [], None),
    ("de", "Allein in diesem Jahr laufen bundesweit rund 1.800 Bauprojekte, von der Weichenerneuerung bis zur Generalsanierung ganzer Korridore.", True, [("count", 1800, None, "about")], None),
    ("de", "Im Regionalverkehr waren dagegen gut neun von zehn Zügen pünktlich.", True, [("fraction", 0.9, None, "over")], None),
    ("de", "Die Strecke zwischen Hamburg und Berlin ist seit August für neun Monate voll gesperrt, die umgeleiteten Fernzüge brauchen bis zu 45 Minuten länger.", True, [("duration", 9, "month", None), ("duration", 45, "minute", "up_to")], None),
    ("de", "Der Fahrgastverband Pro Bahn sprach von einem „Offenbarungseid für die Infrastrukturpolitik der vergangenen Jahrzehnte“.", False, [], None),
    # --- Tödlicher Unfall auf der A7 (dpa/lni) ---
    ("de", "Hildesheim (dpa/lni) - Bei einem Unfall mit drei Lastwagen auf der Autobahn 7 sind in der Nacht zum Mittwoch zwei Menschen ums Leben gekommen.", True, [("count", 3, None, None), ("count", 2, None, None)], None),
    ("de", "Ein 56 Jahre alter Lkw-Fahrer war nach Angaben der Polizei gegen 3.15 Uhr nahezu ungebremst auf ein Stauende aufgefahren.", True, [("duration", 56, "year", None)], "die Polizei"),
    ("de", "Er und sein 23-jähriger Beifahrer starben noch an der Unfallstelle, drei weitere Menschen wurden schwer verletzt.", True, [("duration", 23, "year", None), ("count", 3, None, None)], None),
    ("de", "Die Autobahn blieb in Richtung Kassel mehr als neun Stunden gesperrt, der Stau war zeitweise über 15 Kilometer lang.", True, [("duration", 9, "hour", "over"), ("count", 15, None, "over")], None),
    ("de", "Den Sachschaden schätzt die Polizei auf rund 400.000 Euro.", True, [("money", 400000, "EUR", "about")], None),
    ("de", "Zur Unfallursache ermittelt ein Gutachter im Auftrag der Staatsanwaltschaft Hildesheim.", True, [], None),
    # --- Mordurteil in Frankfurt (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Weil er seine frühere Lebensgefährtin erstochen hat, ist ein 41 Jahre alter Mann vom Landgericht Frankfurt wegen Mordes zu lebenslanger Haft verurteilt worden.", True, [("duration", 41, "year", None)], None),
    ("de", "Die Schwurgerichtskammer stellte zudem die besondere Schwere der Schuld fest, eine Entlassung nach 15 Jahren ist damit praktisch ausgeschlossen.", True, [("duration", 15, "year", None)], None),
    ("de", "Der Angeklagte hatte die 36-Jährige im Februar vergangenen Jahres in ihrer Wohnung in Offenbach mit 27 Messerstichen getötet.", True, [("duration", 36, "year", None), ("count", 27, None, None)], None),
    ("de", "Die Verteidigung hatte auf Totschlag plädiert und eine Freiheitsstrafe von zwölf Jahren gefordert.", True, [("duration", 12, "year", None)], None),
    ("de", "Der Prozess hatte zweieinhalb Monate gedauert.", True, [("duration", 2.5, "month", None)], None),
    ("de", "Das Urteil ist noch nicht rechtskräftig.", True, [], None),
    ("de", "„Das war eine Tat aus gekränktem Besitzdenken“, sagte die Vorsitzende Richterin in der Urteilsbegründung.", False, [], None),
    # --- Bundesarbeitsgericht: Urlaub bei Krankheit (dpa) ---
    ("de", "Erfurt (dpa) - Beschäftigte verlieren ihren Urlaubsanspruch nicht automatisch, wenn sie ihn wegen einer langen Krankheit nicht nehmen konnten, entschied das Bundesarbeitsgericht am Dienstag.", True, [], None),
    ("de", "Im konkreten Fall hatte eine Altenpflegerin aus Gera für die Jahre 2022 und 2023 insgesamt 58 nicht genommene Urlaubstage eingeklagt.", True, [("year", 2022, None, None), ("year", 2023, None, None), ("count", 58, None, None)], None),
    ("de", "Ihr früherer Arbeitgeber muss ihr nun rund 7.900 Euro brutto nachzahlen.", True, [("money", 7900, "EUR", "about")], None),
    ("de", "Der Anspruch verfällt nach der Rechtsprechung des Gerichts erst 15 Monate nach Ende des Urlaubsjahres.", True, [("duration", 15, "month", None)], None),
    ("de", "Die Gewerkschaft Verdi begrüßte das Urteil als „wichtiges Signal für alle Beschäftigten in der Pflege“.", False, [], None),
    # --- Razzia gegen Kokainschmuggler (dpa/lnw) ---
    ("de", "Duisburg (dpa/lnw) - Mit einer Großrazzia sind Ermittler in Nordrhein-Westfalen und Niedersachsen gegen eine mutmaßliche Bande von Kokainschmugglern vorgegangen.", True, [], None),
    ("de", "Rund 900 Einsatzkräfte durchsuchten seit dem frühen Morgen 47 Wohnungen, Lagerhallen und Geschäftsräume, teilte die Staatsanwaltschaft Duisburg mit.", True, [("count", 900, None, "about"), ("count", 47, None, None)], "die Staatsanwaltschaft Duisburg"),
    ("de", "Elf Verdächtige im Alter von 24 bis 52 Jahren wurden festgenommen.", True, [("count", 11, None, None), ("duration", 24, "year", None), ("duration", 52, "year", None)], None),
    ("de", "Die Bande soll seit 2022 mindestens 1,3 Tonnen Kokain über den Hafen Rotterdam nach Deutschland geschmuggelt haben.", True, [("year", 2022, None, None), ("count", 1.3, None, "at_least")], None),
    ("de", "Sichergestellt wurden nach ersten Erkenntnissen Bargeld in Höhe von mehr als zwei Millionen Euro, 14 Schusswaffen, rund zwei Dutzend Mobiltelefone und sechs Luxusautos.", True, [("money", 2000000, "EUR", "over"), ("count", 14, None, None), ("count", 24, None, "about"), ("count", 6, None, None)], None),
    ("de", "„Das ist ein harter Schlag gegen die organisierte Kriminalität in unserem Land“, sagte der Landesinnenminister.", False, [], None),
    ("de", "Für die Festgenommenen gilt bis zu einer Verurteilung die Unschuldsvermutung.", False, [], None),
    # --- Wintereinbruch im Süden (dpa) ---
    ("de", "Offenbach (dpa) - Vor Glätte und ergiebigem Schneefall in weiten Teilen Süddeutschlands hat der Deutsche Wetterdienst (DWD) gewarnt.", True, [], None),
    ("de", "In den Alpen und im Bayerischen Wald könnten bis Donnerstagmittag 30 bis 40 Zentimeter Neuschnee fallen, sagte DWD-Meteorologe Lars Wendtland.", True, [("count", 30, None, None), ("count", 40, None, None)], "Lars Wendtland"),
    ("de", "In Staulagen oberhalb von 800 Metern seien örtlich sogar bis zu 60 Zentimeter möglich, so Wendtland.", True, [("count", 800, None, None), ("count", 60, None, "up_to")], "Wendtland"),
    ("de", "In der Nacht sinken die Temperaturen verbreitet auf minus fünf bis minus zehn Grad, über Schnee sind bis zu minus 15 Grad möglich.", True, [("count", -5, None, None), ("count", -10, None, None), ("count", -15, None, "up_to")], None),
    ("de", "Auf dem Feldberg im Schwarzwald wurden nach Angaben des Deutschen Wetterdienstes am Dienstag Orkanböen von 121 Kilometern pro Stunde gemessen.", True, [("count", 121, None, None)], "der Deutsche Wetterdienst"),
    ("de", "Die Autobahn GmbH habe rund 1.400 Räumfahrzeuge in Bereitschaft, sagte Sprecher Jan Kröger der Deutschen Presse-Agentur.", True, [("count", 1400, None, "about")], "Jan Kröger"),
    ("de", "Autofahrer sollten nur mit Winterreifen unterwegs sein und für ihre Fahrten deutlich mehr Zeit einplanen.", False, [], None),
    ("de", "Zum Wochenende dürfte sich die Lage nach Einschätzung der Meteorologen wieder etwas entspannen.", False, [], None),
    # --- Kultur: Besucherrekord und Literaturpreis (dpa) ---
    ("de", "Berlin (dpa) - Die Romantik-Schau „Licht über der Ebene“ in der Alten Nationalgalerie hat zum Abschluss einen Besucherrekord verzeichnet.", True, [], None),
    ("de", "In knapp 16 Wochen kamen nach Angaben der Staatlichen Museen zu Berlin 412.000 Besucherinnen und Besucher, im Schnitt mehr als 3.600 am Tag.", True, [("duration", 16, "week", "nearly"), ("count", 412000, None, None), ("count", 3600, None, "over")], "die Staatlichen Museen zu Berlin"),
    ("de", "Zu sehen waren 68 Gemälde und 94 Zeichnungen aus 31 Sammlungen, darunter Leihgaben aus Sankt Petersburg und New York.", True, [("count", 68, None, None), ("count", 94, None, None), ("count", 31, None, None)], None),
    ("de", "An den letzten drei Wochenenden hatte das Haus seine Öffnungszeiten bis 22.00 Uhr verlängert.", True, [("count", 3, None, None)], None),
    ("de", "„Wir sind überwältigt von diesem Zuspruch“, sagte Generaldirektorin Henrike Lassahn.", False, [], None),
    ("de", "Rostock (dpa) - Die Schriftstellerin Miriam Tesche erhält den mit 20.000 Euro dotierten Ostsee-Literaturpreis.", True, [("money", 20000, "EUR", None)], None),
    ("de", "Ausgezeichnet wird ihr dritter Roman „Die Netzflickerin“, der die Geschichte dreier Generationen einer Fischerfamilie auf Usedom erzählt.", True, [("ordinal", 3, None, None), ("count", 3, None, None)], None),
    ("de", "Die Jury lobte die „unerhörte Genauigkeit und Zärtlichkeit“ ihrer Sprache.", False, [], None),
    ("de", "Die Preisverleihung findet am 14. März im Stralsunder Theater statt.", True, [("date", "--03-14", None, None)], None),
    # --- Wissenschaft: Neandertaler (dpa) ---
    ("de", "Leipzig (dpa) - Neandertaler und moderne Menschen haben in Mitteleuropa womöglich schon vor rund 45.000 Jahren nebeneinander gelebt.", True, [("duration", 45000, "year", "about")], None),
    ("de", "Darauf deuten Knochenfunde aus einer Höhle in Thüringen hin, die ein Team um den Anthropologen Tilman Grosche vom Max-Planck-Institut für evolutionäre Anthropologie untersucht hat.", True, [], None),
    ("de", "Die Forschenden datierten 23 Knochenfragmente mit der Radiokarbonmethode und analysierten das Erbgut von neun davon.", True, [("count", 23, None, None), ("count", 9, None, None)], None),
    ("de", "Die Studie ist im Fachjournal „Nature“ erschienen.", True, [], None),
    ("de", "Abschließend geklärt sei die Frage damit aber keineswegs, betonte Grosche.", False, [], None),
    ("de", "„Das ist ein Puzzlestück, nicht das ganze Bild“, sagte der Forscher.", False, [], None),
    # --- Kirchenaustritte (epd) und Missbrauchsstudie (KNA) ---
    ("de", "Hannover (epd) - Die evangelische Kirche hat im vergangenen Jahr erneut Hunderttausende Mitglieder verloren.", True, [], None),
    ("de", "Rund 352.000 Menschen traten aus, etwa sieben Prozent weniger als im Jahr davor, wie die EKD am Dienstag in Hannover mitteilte.", True, [("count", 352000, None, "about"), ("percent", 7, "%", "about")], "die EKD"),
    ("de", "Ende 2024 gehörten den 20 Landeskirchen damit noch gut 17,6 Millionen Menschen an.", True, [("year", 2024, None, None), ("count", 20, None, None), ("count", 17600000, None, "over")], None),
    ("de", "Zugleich ließen sich nach EKD-Angaben knapp 140.000 Menschen taufen, 15.300 traten wieder ein.", True, [("count", 140000, None, "nearly"), ("count", 15300, None, None)], None),
    ("de", "Die Ratsvorsitzende sprach von einer „schmerzhaften, aber nicht überraschenden Entwicklung“.", False, [], None),
    ("de", "Osnabrück (KNA) - Eine unabhängige Studie hat im Bistum Osnabrück für die Jahre 1945 bis 2022 Hinweise auf 412 Betroffene sexualisierter Gewalt gefunden.", True, [("year", 1945, None, None), ("year", 2022, None, None), ("count", 412, None, None)], None),
    ("de", "Beschuldigt werden 122 Kleriker und 29 Laien, von denen die meisten inzwischen gestorben sind.", True, [("count", 122, None, None), ("count", 29, None, None)], None),
    ("de", "Der Abschlussbericht der Forschungsgruppe der Universität Osnabrück umfasst knapp 900 Seiten.", True, [("count", 900, None, "nearly")], None),
    ("de", "„Wir haben als Kirche versagt, und das über Jahrzehnte“, sagte Bischof Clemens Rahlfs bei der Vorstellung.", False, [], None),
    # --- Armutsbericht (epd) ---
    ("de", "Berlin (epd) - Die Armut in Deutschland verharrt laut dem Paritätischen Gesamtverband auf hohem Niveau.", True, [], None),
    ("de", "Die Armutsquote lag im vergangenen Jahr bei 15,5 Prozent, das entspricht rund 13 Millionen Menschen.", True, [("percent", 15.5, "%", None), ("count", 13000000, None, "about")], None),
    ("de", "Als arm gilt nach EU-Definition, wer weniger als 60 Prozent des mittleren Einkommens zur Verfügung hat.", True, [("percent", 60, "%", "under")], None),
    ("de", "Für einen Alleinlebenden lag die Schwelle bei 1.381 Euro im Monat.", True, [("money", 1381, "EUR", None)], None),
    ("de", "Besonders betroffen sind Alleinerziehende, von denen mehr als jede vierte als arm gilt.", True, [("fraction", 0.25, None, "over")], None),
    ("de", "Gut ein Fünftel aller Kinder und Jugendlichen wächst demnach in Armut auf.", True, [("fraction", 0.2, None, "over")], None),
    ("de", "„Armut ist in einem so reichen Land eine politische Entscheidung“, sagte Hauptgeschäftsführer Joachim Rösler.", False, [], None),
    # --- Luftangriffe auf die Ukraine (AFP) ---
    ("de", "Kiew (AFP) - In der Nacht zum Mittwoch hat Russland die Ukraine erneut mit Hunderten Drohnen und Dutzenden Raketen attackiert.", True, [], None),
    ("de", "Nach Angaben der ukrainischen Luftwaffe wurden 476 Drohnen und 48 Raketen abgefeuert, davon seien 438 Drohnen und 41 Raketen abgefangen worden.", True, [("count", 476, None, None), ("count", 48, None, None), ("count", 438, None, None), ("count", 41, None, None)], None),
    ("de", "In Kiew wurden mindestens sechs Menschen getötet und 31 verletzt, teilte die Militärverwaltung der Hauptstadt mit.", True, [("count", 6, None, "at_least"), ("count", 31, None, None)], "die Militärverwaltung der Hauptstadt"),
    ("de", "Es war einer der schwersten Luftangriffe auf Kiew, seit Russland im Februar 2022 seinen Angriffskrieg begann.", True, [("year", 2022, None, None)], None),
    ("de", "Die russische Armee meldete ihrerseits die Einnahme von zwei weiteren Dörfern im Gebiet Donezk.", True, [("count", 2, None, None)], None),
    ("de", "Die Angaben beider Seiten konnten zunächst nicht unabhängig überprüft werden.", False, [], None),
    ("de", "„Jede Nacht zeigt Russland der Welt, dass es keinen Frieden will“, schrieb der ukrainische Außenminister im Onlinedienst X.", False, [], None),
    # --- Misstrauensvotum in Paris (AFP) ---
    ("de", "Paris (AFP) - Die französische Regierung hat ein Misstrauensvotum in der Nationalversammlung knapp überstanden.", True, [], None),
    ("de", "Für den Antrag der Linksparteien stimmten 264 Abgeordnete, für einen Sturz der Regierung wären 289 Stimmen nötig gewesen.", True, [("count", 264, None, None), ("count", 289, None, None)], None),
    ("de", "Auslöser war der Haushaltsentwurf für 2026, den Premierminister Laurent Delorme ohne Abstimmung durch das Parlament gebracht hatte.", True, [("year", 2026, None, None)], None),
    ("de", "Das Staatsdefizit soll damit im kommenden Jahr von 5,4 auf 4,7 Prozent der Wirtschaftsleistung sinken.", True, [("percent", 5.4, "%", None), ("percent", 4.7, "%", None)], None),
    ("de", "Es war bereits das dritte Misstrauensvotum gegen Delorme seit seinem Amtsantritt im September.", True, [("ordinal", 3, None, None)], None),
    ("de", "„Diese Regierung lebt nur noch auf Abruf“, sagte Fraktionschefin Mathilde Rouvier.", False, [], None),
    # --- Asylzahlen (dpa) ---
    ("de", "Nürnberg (dpa) - Die Zahl der Erstanträge auf Asyl ist in Deutschland weiter deutlich zurückgegangen, wie Daten des Bundesamts für Migration und Flüchtlinge (Bamf) zeigen.", True, [], None),
    ("de", "Von Januar bis Oktober stellten 96.412 Menschen erstmals einen Asylantrag, fast die Hälfte weniger als im Vorjahreszeitraum, teilte das Bamf am Mittwoch mit.", True, [("count", 96412, None, None), ("fraction", 0.5, None, "nearly")], "das Bamf"),
    ("de", "Die meisten Antragsteller kamen aus Afghanistan, Syrien und der Türkei.", True, [], None),
    ("de", "Allein im Oktober zählte die Behörde 8.731 Erstanträge, 39 Prozent weniger als ein Jahr zuvor.", True, [("count", 8731, None, None), ("percent", 39, "%", None)], None),
    ("de", "Die Gesamtschutzquote lag bei 31,2 Prozent.", True, [("percent", 31.2, "%", None)], None),
    ("de", "Seit Mai seien an den deutschen Landgrenzen rund 4.000 Asylsuchende zurückgewiesen worden, sagte ein Sprecher der Bundespolizei der Deutschen Presse-Agentur.", True, [("count", 4000, None, "about")], None),
    ("de", "Der Bundesinnenminister sah in den Zahlen eine Bestätigung seines harten Kurses.", False, [], None),
    ("de", "Pro Asyl kritisierte die Zurückweisungen erneut als europarechtswidrig.", False, [], None),
    # --- Ifo-Geschäftsklima (Reuters) ---
    ("de", "München (Reuters) - Die Stimmung in den deutschen Chefetagen hat sich im November überraschend eingetrübt.", True, [], None),
    ("de", "Der Ifo-Geschäftsklimaindex fiel auf 87,6 Punkte von 88,4 Zählern im Oktober, wie das Ifo-Institut am Montag mitteilte.", True, [("count", 87.6, None, None), ("count", 88.4, None, None)], "das Ifo-Institut"),
    ("de", "Von Reuters befragte Ökonomen hatten mit einem leichten Anstieg auf 88,6 Punkte gerechnet.", True, [("count", 88.6, None, None)], None),
    ("de", "Für die monatliche Umfrage werden rund 9.000 Unternehmen aus Industrie, Handel, Bau und Dienstleistungen befragt.", True, [("count", 9000, None, "about")], None),
    ("de", "Für das laufende vierte Quartal rechnen die Münchner Forscher nur noch mit einem Wachstum von 0,1 Prozent.", True, [("ordinal", 4, None, None), ("percent", 0.1, "%", None)], None),
    ("de", "„Die Hoffnung auf eine rasche Erholung schwindet zusehends“, sagte Ifo-Präsident Gregor Lindemann.", False, [], None),
    # --- Berliner Sparhaushalt (dpa/bb) ---
    ("de", "Berlin (dpa/bb) - Der Berliner Senat will im kommenden Doppelhaushalt rund drei Milliarden Euro einsparen.", True, [("money", 3000000000, "EUR", "about")], None),
    ("de", "Betroffen sind vor allem Kultur, Verkehr und Bildung, wie aus einer Vorlage der Finanzverwaltung hervorgeht, die der dpa vorliegt.", True, [], None),
    ("de", "Der Kulturetat soll 2026 um zwölf Prozent auf knapp 850 Millionen Euro schrumpfen.", True, [("year", 2026, None, None), ("percent", 12, "%", None), ("money", 850000000, "EUR", "nearly")], None),
    ("de", "Zudem soll das Sozialticket für Bus und Bahn von 9 auf 19 Euro im Monat teurer werden.", True, [("money", 9, "EUR", None), ("money", 19, "EUR", None)], None),
    ("de", "Die Schulden des Landes liegen bereits bei rund 67 Milliarden Euro.", True, [("money", 67000000000, "EUR", "about")], None),
    ("de", "Grüne und Linke kündigten erbitterten Widerstand im Abgeordnetenhaus an.", False, [], None),
    # --- Brand in Nürnberg (dpa/lby) ---
    ("de", "Nürnberg (dpa/lby) - Bei einem Brand in einem Mehrfamilienhaus in Nürnberg sind in der Nacht 14 Menschen verletzt worden, zwei von ihnen schwer.", True, [("count", 14, None, None), ("count", 2, None, None)], None),
    ("de", "Die Feuerwehr rettete nach eigenen Angaben 23 Bewohner mit Drehleitern aus dem sechsstöckigen Gebäude.", True, [("count", 23, None, None), ("count", 6, None, None)], None),
    ("de", "Laut Polizei war das Feuer gegen 1.40 Uhr in einem Kellerabteil ausgebrochen.", True, [], "Polizei"),
    ("de", "Den Schaden beziffert die Polizei auf mindestens 500.000 Euro.", True, [("money", 500000, "EUR", "at_least")], None),
    ("de", "Das Haus ist vorerst nicht bewohnbar, die Stadt brachte die Bewohner in einem Hotel unter.", True, [], None),
    # --- Handball-WM der Frauen (SID) ---
    ("de", "Dortmund (SID) - Die deutschen Handballerinnen haben bei der Heim-WM vorzeitig das Viertelfinale erreicht.", True, [], None),
    ("de", "Das Team von Bundestrainer Henning Albers gewann sein drittes Hauptrundenspiel gegen Brasilien mit 31:27 und ist weiter ohne Niederlage.", True, [("ordinal", 3, None, None)], None),
    ("de", "Beste Werferin war Rückraumspielerin Lisa Hambrecht mit neun Toren.", True, [("count", 9, None, None)], None),
    ("de", "Vor 9.200 Zuschauern in der Westfalenhalle lag die DHB-Auswahl zur Pause noch mit zwei Toren zurück.", True, [("count", 9200, None, None), ("count", 2, None, None)], None),
    ("de", "„Die Halle hat uns getragen, das war Gänsehaut pur“, sagte Torhüterin Katharina Lenz.", False, [], None),
    # --- Warnstreik an Flughäfen (dpa) ---
    ("de", "Frankfurt/Main (dpa) - Die Gewerkschaft Verdi hat die Beschäftigten der Bodenverkehrsdienste an fünf großen Flughäfen für Donnerstag zu einem ganztägigen Warnstreik aufgerufen.", True, [("count", 5, None, None)], None),
    ("de", "Betroffen sind Frankfurt, München, Hamburg, Düsseldorf und Köln/Bonn, wo nach Schätzung des Flughafenverbands ADV rund 1.100 Flüge ausfallen könnten.", True, [("count", 1100, None, "about")], None),
    ("de", "Verdi verlangt für die rund 25.000 Beschäftigten ein Lohnplus von 8 Prozent, mindestens jedoch 350 Euro monatlich, bei zwölf Monaten Laufzeit.", True, [("count", 25000, None, "about"), ("percent", 8, "%", None), ("money", 350, "EUR", "at_least"), ("duration", 12, "month", None)], None),
    ("de", "Die Arbeitgeber hatten in der zweiten Verhandlungsrunde 2,5 Prozent in zwei Stufen über 24 Monate angeboten.", True, [("ordinal", 2, None, None), ("percent", 2.5, "%", None), ("count", 2, None, None), ("duration", 24, "month", None)], None),
    ("de", "Die dritte Runde ist für den 9. Dezember in Potsdam angesetzt.", True, [("ordinal", 3, None, None), ("date", "--12-09", None, None)], None),
    ("de", "Der Flughafenverband nannte den Streik „völlig unverhältnismäßig“ und warnte vor einem Chaos kurz vor Weihnachten.", False, [], None),
    # --- German unemployment (Reuters) ---
    ("en", "BERLIN, Nov 26 (Reuters) - German unemployment rose more than expected in November, data from the Federal Labour Office showed on Wednesday.", True, [("date", "--11-26", None, None)], None),
    ("en", "The number of people out of work increased by 14,000 in seasonally adjusted terms to 3.01 million, the highest level since 2015.", True, [("count", 14000, None, None), ("count", 3010000, None, None), ("year", 2015, None, None)], None),
    ("en", "Analysts polled by Reuters had expected a rise of 5,000.", True, [("count", 5000, None, None)], None),
    ("en", "The seasonally adjusted jobless rate held steady at 6.4%.", True, [("percent", 6.4, "%", None)], None),
    ("en", "\"The labour market remains in the doldrums and there is no sign of a turnaround,\" Labour Office head Andrea Sommerfeld said.", False, [], None),
    ("en", "(Reporting by Tilman Baer; Editing by Rachel Moore)", False, [], None),
    # --- Korvath job cuts (Reuters) ---
    ("en", "FRANKFURT, Nov 26 (Reuters) - German auto supplier Korvath will cut about 4,500 jobs worldwide by 2028, around 3,000 of them in Germany, the company said on Wednesday.", True, [("date", "--11-26", None, None), ("count", 4500, None, "about"), ("year", 2028, None, None), ("count", 3000, None, "about")], "the company"),
    ("en", "The cuts are expected to save about 600 million euros ($695 million) a year from 2029.", True, [("money", 600000000, "EUR", "about"), ("money", 695000000, "USD", None), ("year", 2029, None, None)], None),
    ("en", "Korvath, which employs about 52,000 people in 24 countries, reported a 7.8% drop in third-quarter sales to 4.9 billion euros.", True, [("count", 52000, None, "about"), ("count", 24, None, None), ("percent", 7.8, "%", None), ("ordinal", 3, None, None), ("money", 4900000000, "EUR", None)], None),
    ("en", "Demand for parts for combustion engines had fallen faster than expected, Chief Executive Stefan Reuther told analysts on a call.", True, [], "Stefan Reuther"),
    ("en", "Its shares fell as much as 6% in early Frankfurt trading and were down 4.1% at 0945 GMT.", True, [("percent", 6, "%", "up_to"), ("percent", 4.1, "%", None)], None),
    ("en", "\"This is a declaration of bankruptcy by management,\" an IG Metall spokesperson said.", False, [], None),
    # --- Military service law (AP) ---
    ("en", "BERLIN (AP) — German lawmakers on Wednesday approved a new military service law that will require all 18-year-old men to fill out a questionnaire about their willingness to serve.", True, [("duration", 18, "year", None)], None),
    ("en", "The bill passed with 323 votes in favor, 272 against and one abstention in the 630-seat Bundestag.", True, [("count", 323, None, None), ("count", 272, None, None), ("count", 1, None, None), ("count", 630, None, None)], None),
    ("en", "Service will remain voluntary for now, but parliament can vote to introduce compulsory service if not enough volunteers come forward.", True, [], None),
    ("en", "Germany's armed forces currently have about 183,000 active soldiers, and the government wants to raise that number to 260,000 by the mid-2030s.", True, [("count", 183000, None, "about"), ("count", 260000, None, None)], None),
    ("en", "About a third of Germans aged 18 to 29 said in a recent poll that they would be willing to serve.", True, [("fraction", 0.3333, None, "about"), ("duration", 18, "year", None), ("duration", 29, "year", None)], None),
    ("en", "Recruits will earn about 2,600 euros ($3,000) a month before tax, the Defense Ministry said.", True, [("money", 2600, "EUR", "about"), ("money", 3000, "USD", None)], "the Defense Ministry"),
    ("en", "Defense Minister Jonas Albrecht told lawmakers that the country's military had to be ready to defend NATO territory by 2029.", True, [("year", 2029, None, None)], "Jonas Albrecht"),
    ("en", "\"We are not going back to the past, we are preparing for the future,\" Albrecht said.", False, [], None),
    # --- EU 2040 climate target (Reuters) ---
    ("en", "BRUSSELS, Nov 26 (Reuters) - European Union countries and lawmakers reached a provisional deal early on Wednesday on a 2040 climate target that would cut net greenhouse gas emissions by 90% from 1990 levels.", True, [("date", "--11-26", None, None), ("year", 2040, None, None), ("percent", 90, "%", None), ("year", 1990, None, None)], None),
    ("en", "Under the deal, countries may use international carbon credits for as much as 5 percentage points of the reduction.", True, [("percent", 5, "pp", "up_to")], None),
    ("en", "The negotiations lasted more than 14 hours, according to two officials involved in the talks.", True, [("duration", 14, "hour", "over"), ("count", 2, None, None)], None),
    ("en", "The target still needs formal approval from the European Parliament and a majority of the 27 member states.", True, [("count", 27, None, None)], None),
    ("en", "Environmental groups said the carbon credit loophole would undermine the EU's credibility.", False, [], None),
    # --- Storm Isolde (AFP) ---
    ("en", "AMSTERDAM (AFP) - Storm Isolde swept across the Netherlands and northern Germany on Tuesday, killing at least three people and grounding hundreds of flights.", True, [("count", 3, None, "at_least")], None),
    ("en", "Amsterdam's Schiphol airport cancelled about 420 flights, the airport said.", True, [("count", 420, None, "about")], "the airport"),
    ("en", "Gusts of up to 130 kilometres (81 miles) per hour were recorded on the Dutch coast.", True, [("count", 130, None, "up_to"), ("count", 81, None, None)], None),
    ("en", "In Germany, Deutsche Bahn halted all long-distance trains in Lower Saxony, Bremen and Hamburg for several hours.", True, [], None),
    ("en", "A 62-year-old man died near Bremen after a tree crashed onto his car, police said.", True, [("duration", 62, "year", None)], "police"),
    ("en", "Forecasters expected the storm to weaken as it moved towards Denmark overnight.", False, [], None),
    # --- Champions League: Bayern - PSG (AP) ---
    ("en", "MUNICH (AP) — Bayern Munich beat Paris Saint-Germain 2-1 on Tuesday to stay perfect in the Champions League with five wins from five games.", True, [("count", 5, None, None), ("count", 5, None, None)], None),
    ("en", "Lukas Brandl scored in the 23rd minute and set up the winner for Nuno Ferreira in the 78th.", True, [("ordinal", 23, None, None), ("ordinal", 78, None, None)], None),
    ("en", "PSG had equalized through a penalty shortly before halftime.", True, [], None),
    ("en", "Bayern has won 16 of its 17 competitive games this season.", True, [("count", 16, None, None), ("count", 17, None, None)], None),
    ("en", "\"We played with a lot of courage and a lot of heart,\" Bayern coach Ralf Kemmerich said.", False, [], None),
    # --- UK budget (Reuters) ---
    ("en", "LONDON, Nov 26 (Reuters) - Britain's finance minister announced tax increases worth 26 billion pounds ($34 billion) a year in her budget on Wednesday.", True, [("date", "--11-26", None, None), ("money", 26000000000, "GBP", None), ("money", 34000000000, "USD", None)], None),
    ("en", "The Office for Budget Responsibility cut its forecast for average annual growth over the next five years to 1.5%.", True, [("duration", 5, "year", None), ("percent", 1.5, "%", None)], None),
    ("en", "Income tax thresholds will remain frozen for three more years, until 2031.", True, [("duration", 3, "year", None), ("year", 2031, None, None)], None),
    ("en", "Public borrowing is forecast to fall to 2.1% of GDP by 2029/30.", True, [("percent", 2.1, "%", None), ("year", 2029, None, None), ("year", 2030, None, None)], None),
    ("en", "Sterling rose 0.4% against the dollar after the announcement.", True, [("percent", 0.4, "%", None)], None),
    ("en", "The opposition Conservatives called it \"a budget for the benefits bill, not for working people\".", False, [], None),
    # --- Payvora verdict (Reuters) ---
    ("en", "HAMBURG, Nov 26 (Reuters) - A German court on Wednesday sentenced a former finance chief of collapsed payments firm Payvora to seven years in prison for fraud.", True, [("date", "--11-26", None, None), ("duration", 7, "year", None)], None),
    ("en", "The Hamburg regional court found the 49-year-old guilty of fraud and market manipulation in 212 cases.", True, [("duration", 49, "year", None), ("count", 212, None, None)], None),
    ("en", "Prosecutors said investors lost about 1.2 billion euros when the company filed for insolvency in 2023.", True, [("money", 1200000000, "EUR", "about"), ("year", 2023, None, None)], "prosecutors"),
    ("en", "The verdict is not yet final.", True, [], None),
    ("en", "He will appeal, his lawyer said.", True, [], "his lawyer"),
    # --- European shares (Reuters) ---
    ("en", "FRANKFURT, Nov 26 (Reuters) - Germany's blue-chip DAX index closed 1.1% higher at 23,642 points on Wednesday as investors bet on a U.S. rate cut in December.", True, [("date", "--11-26", None, None), ("percent", 1.1, "%", None), ("count", 23642, None, None)], None),
    ("en", "The pan-European STOXX 600 gained 0.9%, with defence stocks among the biggest winners.", True, [("percent", 0.9, "%", None)], None),
    ("en", "Shares in chipmaker Valtronic jumped 4.7% after Berenberg raised its price target to 240 euros.", True, [("percent", 4.7, "%", None), ("money", 240, "EUR", None)], None),
    ("en", "Traders now see a roughly 80% chance of a Federal Reserve rate cut next month, according to LSEG data.", True, [("percent", 80, "%", "about")], None),
    ("en", "(Reporting by Joanna Pilz; Editing by Neil Fairweather)", False, [], None),
    # --- Rail sabotage in Poland (AP) ---
    ("en", "WARSAW, Poland (AP) — Polish prosecutors on Wednesday charged two Ukrainian men in absentia with sabotage over an explosion that damaged a railway line used to ship aid to Ukraine.", True, [("count", 2, None, None)], None),
    ("en", "The blast on Nov. 16 tore up a section of track about 100 kilometers (60 miles) southeast of Warsaw.", True, [("date", "--11-16", None, None), ("count", 100, None, "about"), ("count", 60, None, None)], None),
    ("en", "No one was hurt, but a passenger train carrying 475 people had to make an emergency stop, officials said.", True, [("count", 475, None, None)], None),
    ("en", "The suspects left Poland for Belarus within hours of the explosion, the interior minister said.", True, [], "the interior minister"),
    ("en", "\"This was an act of state terrorism, and it will not go unanswered,\" a government spokesman told reporters.", False, [], None),
]
