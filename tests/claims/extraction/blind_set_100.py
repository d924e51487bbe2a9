"""Hundredth blind batch: sample data written for tests (own wire-style sentences, no article copied).

Every expected outcome was set down from the issue's rules and the conventions of the
earlier batches before the engine was run on these rows; the file was committed before its
first run, and nobody ran the engine on it before that commit (its writer read neither the
engine nor its unit tests, nor the seed article). People, companies and figures are made up
(Bernhard Olschewski, Sabine Krämling, the Saale-Elster-Bahn, Thomas Wendland, Karla
Brenneisen, Rainer Zechmeister, Kurt Leitgeb, Gerhard Tauchner, Helga Fichtinger, Marco
Ferrazzini, Ulrike Strathmann; Ellie Marsden, Westmere Rail, Colm Brannigan, Halbrook
Aerospace, Ridgeline Capital, Dale Ostrowski, Jon Hale, Desert Crown Resorts, Marisol Vega,
Malachy Doran, Philippe Varenne, Daesan Motor, Moira Lennox, Bellmont Health, Nancy Ortega,
Castlebridge, Jas Sandhu, Kestrel Electronics, the Lakeshore Education Association, Darnell
Hayes, the Cerro Alto mine, Priya Mandal, Helen Carrick, Andrew Pollard, Laura Kemp, Peter
Naylor); real unions, employers' bodies, companies, agencies and places ("Verdi", "GDL",
"Tarifgemeinschaft deutscher Länder", "Beamtenbund", "Lufthansa", "Flughafenverband ADV",
"PRO-GE", "GPA", "FMTI", "Statistik Austria", "vida", "ÖBB", "Fachverband der
Schienenbahnen", "Handelsverband", "Industriellenvereinigung", "Unia", "Syna",
"Schweizerischer Baumeisterverband", "Zentralverband der deutschen Seehafenbetriebe",
"Marburger Bund", "Brüssel-Zaventem"; "BMA", "NHS England", "Department of Health", "RMT",
"Acas", "International Association of Machinists", "S&P Global", "Culinary Union",
"Ryanair", "Airlines for Europe", "Educational Institute of Scotland", "Cosla", "New York
State Nurses Association", "Unite", "University and College Union", "Deutsche Bahn", "Royal
College of Nursing", "London Metal Exchange") stand for the way wire copy names them; every
demand, offer, tally, cost and vote here is invented.

Its weight: STRIKES, LABOUR DISPUTES AND WAGE DEALS over several days, each dispute told in
story order (a dateline lead, the demand, the offer, the walkout and who took part, the
disruption, attributed claims of both sides and their rebuttals, a quote, sometimes the deal
days later). Half German (dpa, APA, Keystone-SDA; Austrian "mit 1. November", "Kassa", Swiss
"15'000", "Franken", «» quotes, German „“ quotes): the Länder pay round from Verdi's demand
through warning strikes at university hospitals, a failed second round and a 19-hour final
round with an "Inflationsausgleichsprämie"; a GDL warning strike at a regional railway with
its ballot; a Lufthansa ground-staff strike and its cancelled flights; the Austrian
metalworkers' round with warning strikes and a settlement; a vida rail strike called and
called off; the Austrian retail round; Swiss construction workers' protest and the
Landesmantelvertrag; a public-sector strike in Geneva; a port settlement after arbitration;
a doctors' warning strike; a general strike in Belgium. Half English (Reuters, AP, PA):
resident doctors in England, a rail walkout and Acas talks, an aerospace machinists' strike
from walkout through a rejected offer to a ratified deal, a Las Vegas hotel strike and its
tentative agreement, French air traffic controllers, partial strikes at a Korean carmaker,
Scottish teachers' ballot, New York nurses, a Verdi airport strike in English, a bin strike,
an Indian factory strike, a Chicago-area strike authorisation, a Chilean copper mine,
university staff, a German rail deal in English and nurses' indicative vote. Figures as such
copy has them: demands and offers in percent with floors ("mindestens aber 300 Euro im
Monat", "at least 350 euros a month"), amounts per month, hour and year ("420 Euro mehr im
Monat", "250 Franken pro Monat", "$5 an hour", "141,300 won", "£1,700 a year"), one-off and
inflation payments ("Einmalzahlung von 1.500 Euro", "Inflationsausgleichsprämie von 1.200
Euro ... in drei Raten", "a $6,000 ratification bonus", "a one-off inflation payment of
2,850 euros"), stages and terms ("in zwei Stufen", "Laufzeit von 24 Monaten", "bei 24
Monaten Laufzeit", "a 4.5% rise over two years", "4% over 18 months"), working weeks ("von
38 auf 35 Stunden", "eine 37-Stunden-Woche", "21 hours a week", "36 hours by 2030"), strike
lengths ("24-stündigen Warnstreik", "20-stündigen", "dreistündigen", "a 48-hour walkout",
"for 72 hours", "a one-day strike", "a two-day strike", "ending a 53-day strike"), strike
ordinals ("der dritte Warnstreik an den Unikliniken in diesem Monat", "the third strike this
month", "the 13th round of strike action", "the 11th strike", "entered its 29th day", "in
its sixth week"), turnout and tallies of both sides with their hedges ("rund 4.200 ... etwa
2.500 Streikenden", "rund 60.000 ... 100.000", "More than 3,000", "Nearly 7,000"), ballots
and turnouts ("bei einer Beteiligung von 82 Prozent 94,3 Prozent", "89% ... on a turnout of
56%", "just above the legal threshold of 50%"), cancelled flights and trains, costs of
strikes and deals, retroactive dates and Reuters datelines. Negatives as such copy has them:
quoted anger and verdicts of both sides, threats as rhetoric, slogans, banners and chants,
appeals and travel advice, labels for the other side's action, an accusation without a
checkable claim, commentary, an open question and a reporting credit.

239 rows (119 German, 120 English), 53 negatives (26 German, 27 English), 186 check-worthy
rows of which 10 carry no figure (5 German, 5 English), 333 expected quantities (77 counts,
77 percentages, 59 durations, 53 amounts of money, 27 ordinals, 22 dates, 12 years, 6
fractions; 6 of them in five negatives, as the seventeenth batch labels a figure in a quoted
opinion), 41 checked speakers (12 German, 29 English). Sentences sharing a run of eight or
more words with any file under tests/ (checked by a script that printed only this batch's
sentences, case and punctuation normalised) were reworded before the commit; none remains.

Decisions where the rules are silent, taken before the run (earlier batches cited where they
settle a case; "New:" marks what this batch decides):
- A row is one sentence and is judged alone (sixteenth batch). An announced or called
  strike states a plan and is check-worthy (forty-eighth), as are a strike called off,
  talks ended without result, no offer tabled and a ballot's dates. Check-worthy without a
  figure: planned operations postponed under an emergency-service agreement, a members'
  vote by mid-January, the hours of a warning strike and of a rail shutdown given only as
  clock times, a general strike that halted traffic, talks agreed at Acas, a union
  refusing to put an offer to a vote, a union disputing a figure, a vote set for next week
  and an all-out strike begun. Konjunktiv I paraphrases with a figure are check-worthy
  with the speaker their own attribution gives ("..., bedeute das Angebot ein Plus von bis
  zu acht Prozent, sagte Olschewski." -> "Olschewski"; fifty-sixth).
- Claims and rebuttals: each side's tally or cost is check-worthy with its own hedge
  ("Nach Angaben der Gewerkschaft ... rund 4.200" and "Die Kliniken selbst sprachen von
  etwa 2.500 Streikenden."; "rund 60.000 ..., die Gewerkschaften sprachen von 100.000" -
  "sprachen von" with a figure is a claim, with an evaluation a negative, ninety-eighth).
  A rebuttal is check-worthy with or without a figure (twentieth, ninety-eighth): "Verdi
  wies die Rechnung zurück: Die Mehrkosten lägen bei höchstens neun Milliarden Euro, ..."
  (at_most, first batch: "höchstens"), "Verdi rechnete dagegen vor, ...", "The union
  disputed that figure, saying ...", "The council disputed that, saying only 17 workers
  ..."; a label for the other side's act is a negative ("Die Lufthansa nannte den Ausstand
  unverhältnismäßig und überflüssig.", "... bezeichnete den Streik als völlig überzogen.",
  "called the strike "unacceptable"", "called the offer fair and affordable and urged
  ..."; ninety-eighth), as is a verdict with "hält ... für" ("Der Baumeisterverband hält
  die Forderungen ... für realitätsfremd.", ninetieth and ninety-eighth) and an accusation
  without a checkable claim ("Die Arbeitgeber warfen der Gewerkschaft vor, ... in
  Geiselhaft zu nehmen.", eighty-fourth). A demand with a figure is check-worthy ("Der
  Beamtenbund verlangt, ... auf die rund 1,3 Millionen ... zu übertragen.", thirty-third);
  an employer's claim of a record with a figure is check-worthy ("said its offer of $3.50
  an hour ... was the richest in the company's history", twenty-ninth), as is a warning
  that states a cost ("Der Handelsverband warnte, jeder zusätzliche Prozentpunkt koste ...
  rund 150 Millionen Euro.").
- New: threats as rhetoric are negatives - „Wenn die Länder nicht einlenken, stehen wir
  bis Weihnachten jeden Tag auf der Straße“, drohte ...; ""We will stay out here as long
  as it takes,""; ""We will not go back until our union is recognised,""; ""We will not be
  held to ransom by anyone,"" (resolve, as ""We will not tolerate ..."", ninety-eighth) -
  while a strike called for a day with its length is a plan and check-worthy.
- Negatives with a figure keep the figure labelled (seventeenth batch): „Wer bei drei
  Prozent Inflation zwei Prozent anbietet, betreibt Lohnraub“ (3 and 2 percent), the chant
  „Sieben Prozent sind nicht zu viel“ (7 percent), the banner „Acht Stunden schuften, aber
  kein Cent mehr – nicht mit uns!“ (8 hours), ""Three percent is a slap in the face ...""
  (3 percent) and the placard ""5% is not a pay rise"" (5 percent); slogans and banners
  are negatives (fifty-seventh, seventy-fourth, ninety-eighth), as are the chant "No
  contract, no peace" and «Hände weg vom Service public».
- Wage demands, offers and deals (first, sixteenth, forty-eighth and fifty-sixth batches):
  "mindestens aber 300 Euro im Monat", "mindestens aber um 240 Euro monatlich",
  "mindestens aber um 130 Euro", "or at least 350 euros a month" "at_least"; "in zwei
  Stufen", "in zwei Schritten", "in two steps" count 2; new: "in drei Raten" count 3, as a
  number of stages; "Die erste Stufe von 2,0 Prozent ..., die zweite von 2,5 Prozent"
  ordinals 1 and 2 (the noun left out, ninety-eighth: "lifts City to second"); "bei einer
  Laufzeit von 29 Monaten", "bei 24 Monaten Laufzeit", "bei zwölf Monaten Laufzeit", "Die
  Laufzeit beträgt 25 Monate" months; "über die gesamte Laufzeit", "aufs Jahr gerechnet",
  "over the life of the contract" none; "a 4.5% rise over two years", "25% over four
  years", "a 40% increase over three years", "3% a year over three years", "4% over 18
  months" with the period and no hedge ("over" spreading a rise, twenty-fifth); "zuzüglich
  0,5 Prozentpunkten" 0.5 pp (fifty-sixth: "plus 0,3 Prozentpunkte"). New:
  "Inflationsausgleichsprämie" and "a one-off inflation payment" carry no quantity
  themselves - the amount is money, as "Einmalzahlung" and "one-off payment"
  (fifty-sixth); "steuerfrei", "brutto", "generell", "individuell" none. Pay per period is
  the amount only ("im Monat", "monatlich", "pro Monat", "an hour", "a year", "a week",
  "per worker", fifty-sixth); "$1.50 in the first year" 1.50 USD and ordinal 1. New:
  "141,300 won", "100,000 won" and "15 million won" KRW (fiftieth: "4.1 trillion won"
  KRW), "25,000 rupees" INR; "a performance bonus of 500% of monthly pay" percent 500 (a
  percentage is read as written, whatever its size).
- Strike lengths are durations (second, twelfth, forty-eighth): "24-stündigen",
  "20-stündigen", "dreistündigen", "Warnstreiks von jeweils drei Stunden" ("jeweils" no
  hedge), "for 72 hours", "a 48-hour walkout", "a two-day strike", "the two-day stoppage",
  "partial strikes of four hours per shift", "Each four-hour stoppage", "for 10 days",
  "lasted five days", "ending a 53-day strike", "a 50-day strike"; "a one-day strike" 1
  day (sixth batch: "one-day drop"); "ganztägigen", "all-out", "unbefristet", "indefinite"
  none. Negotiations: "Nach einem Verhandlungsmarathon von 19 Stunden" 19 hours, "nach
  rund 14-stündigen Verhandlungen" 14 hours "about", "nach zwei Tagen Verhandlungen" 2
  days, "die Schlichtung hatte fünf Tage gedauert" 5 days. New: "10 days' notice" 10 days
  (fifty-second: "four months' notice"); "after 15 days of strike action" 15 days.
- Strike ordinals (forty-eighth, sixty-eighth): "der dritte Warnstreik ... in diesem
  Monat" and "the third strike this month" ordinal 3 ("in diesem Monat", "this month"
  none, as "for the fifth time this month", fourteenth); "der zweite Warnstreik ... binnen
  einer Woche" ordinal 2 ("binnen einer Woche" none, forty-eighth); "the 13th round of
  strike action", "the 11th strike", "der vierte nationale Aktionstag", "the first strike
  on the Strip in more than 20 years" (ordinal 1 and 20 years "over"), "der erste
  österreichweite Bahnstreik seit sechs Jahren" (ordinal 1, 6 years), "the first
  industrial action at South Korea's second-biggest automaker in six years" (ordinals 1
  and 2, 6 years); new: "entered its 29th day" ordinal 29 and "in its sixth week" ordinal
  6, as "den elften Tag" (fifty-sixth). Rounds: "der ersten Verhandlungsrunde", "die
  zweite Runde", "Die dritte ... Runde", "in der vierten Runde", "In der fünften Runde",
  "the third round of talks" ordinals.
- Ballots and turnouts are percentages (eleventh, sixteenth, forty-eighth): "bei einer
  Beteiligung von 82 Prozent 94,3 Prozent", "voted by 89% ... on a turnout of 56%", "voted
  94.6% to reject the deal and 96% to strike", "with a turnout of 91.4%", "91% ... on a
  turnout of 62%", "with 97% of those voting in favor", "voted by 87% to strike", "the
  turnout was 53%, just above the legal threshold of 50%" (no hedge: "just above" stands
  after the figure it compares, forty-eighth: a bound after a figure).
- Working weeks are hours (twelfth, sixteenth, forty-eighth, fifty-sixth): "von 38 auf 35
  Stunden" both, "eine 37-Stunden-Woche" 37 hours, "bis zu 50 Stunden pro Woche" "up_to",
  "21 hours a week", "to 36 hours by 2030" 36 hours and the year.
- Participants, flights and trains are counts with their hedges: "rund 4.200", "rund
  62.000", "rund 15'000" (Swiss apostrophe, tenth), "rund 9000" and "rund 3000" (Swiss
  copy without a separator, forty-eighth), "mehr als 1.100 Flüge" "over", "alle rund 600
  geplanten Starts und Landungen" "about" ("alle" no hedge, forty-first), "More than
  3,000", "Nearly 7,000" "nearly", "some 70,000" and "some 510,000" "about", "more than
  3,400 flights" "over", "1.5 million passengers", "25 Busse", "35 private vehicles",
  "rund 120.000 Tonnen Güter" (tonnes a count, forty-eighth), "An estimated 21,000 tonnes"
  "about"; "Hunderte Streikende" none (seventeenth and eighteenth: "Zehntausende"); "as
  many as 15 patients" 15 "up_to" (as "As many as 5,000 jobs", eleventh); "only one in
  four of its usual 1,600 daily services" fraction 0.25 (no hedge, "only" none) and count
  1,600; "etwa ein Drittel der Fahrten" 0.3333 "about"; "half of their flights ... and a
  third" 0.5 and 0.3333; "by more than half" 0.5 "over"; "a third of universities" 0.3333.
  New: "1.8 times the average wage" count 1.8, as "more than twice as fast" is count 2
  (tenth; the unit of a count is not checked); "eine Obergrenze von vier
  Bereitschaftsdiensten pro Monat" count 4.
- Money otherwise: costs of strikes and deals ("rund 14,5 Milliarden Euro pro Jahr", "9,6
  Milliarden Euro bis Ende 2027" with the year, "auf 30 bis 40 Millionen Euro" two
  amounts, the scale written once serving both (forty-eighth: "2,5 bis 3,5 Millionen
  Euro"), "rund 700 Millionen Euro", "mehr als 100 Millionen Euro" "over", "rund 45
  Millionen Franken" CHF, "about $3.5 billion", "about $5 billion", "$40 million a week",
  "$48 million", "around £60 million", "about £4.5 million", "£270 million", "£1.5bn" GBP
  (tenth: "£4.8bn"), "an estimated 400 million euros" "about"; "um 3,20 Euro" 3.2 EUR;
  "about £1,000 less" "about".
- Dates and years: "für den 14. und 15. November" two dates (forty-eighth: "für den 26.
  und 27. Februar"), "zum 1. Oktober", "ab 1. November", "mit 1. November" (thirtieth),
  "rückwirkend zum 1. Juni" --MM-DD, "zum 1. Juni 2026" 2026-06-01, "am 3. Dezember", "für
  den 9. Dezember", "from Nov. 12", "on Feb. 3 and close on March 10", "on March 14";
  Reuters datelines with a day ("SEATTLE, Sept 13", "PARIS, May 6", "SEOUL, July 11",
  "BERLIN, March 10", "CHENNAI, Oct 8", "SANTIAGO, Aug 4", "FRANKFURT, March 26") dates
  without a year, dpa, APA, Keystone-SDA, PA and AP datelines none (seventy-ninth); "for
  2025-26" both years (fortieth); "since 2008", "since March 2023", "until 2028", "ab
  2027", "bis 2030", "zuletzt 2007", "2026", "in 2010" years. Clock times carry none
  (every batch): "um 2.00 Uhr ... um 22.00 Uhr" and "von Sonntag, 24.00 Uhr, bis Montag,
  24.00 Uhr" leave their rows check-worthy without a figure (forty-eighth: the hours of a
  warning strike); "from 7am", weekdays, months, "bis Mitte Januar", "Ende Jahr", "ab
  Juli", "ein Jahr später", "im Juli", "next week", "last year", "so far this year", "seit
  Jahresbeginn", "since January", "in der Nacht auf Freitag" none. "das gesetzliche
  Rentenalter ... auf 67 Jahre" 67 years (an age, every batch).
- Hedges, only the names in use: "rund", "etwa", "about", "around", "roughly", "some", "an
  estimated" "about"; "knapp", "Nearly" "nearly"; "mehr als", "More than", "more than"
  "over"; "bis zu", "up to", "as many as" "up_to"; "mindestens", "at least" "at_least";
  "höchstens" "at_most"; "insgesamt", "jeweils", "nur", "only", "bereits", "already",
  "weitere", "between" no hedge (forty-first: "between" is no hedge).
- Negatives, besides the threats, slogans and labels above: quoted anger and verdicts of
  both sides („Diese Forderung ist völlig aus der Zeit gefallen“, „Das ist kein Angebot,
  das ist eine Provokation“, „Unsere Leute wuchten ... und werden mit Brosamen
  abgespeist“, "Nursing is being driven into the ground", "They make billions and we can't
  make rent", "Rats the size of cats ..."), satisfaction („Das ist ein Ergebnis, das sich
  sehen lassen kann“, „Es ist ein Kompromiss, mit dem beide Seiten leben können“, hieß es
  aus Verhandlerkreisen, ""It's been a long, hard road, ...""), generic claims in quotes
  („Übermüdete Ärztinnen und Ärzte sind ein Risiko für jeden Patienten“, ""Strikes at
  airports hit uninvolved travellers hardest,""), appeals and advice ("Die Klinikvorstände
  appellierten an Verdi, ...", "Fahrgäste sollten sich ... informieren.", "Passagiere
  werden gebeten, ...", "Die ÖBB raten, ...", "Patients should attend appointments ...",
  "Passengers are advised ...", "Parents are encouraged ..."; forty-eighth and
  ninety-eighth), commentary ("Eine Annäherung ... zeichnet sich derzeit nicht ab.", "The
  dispute shows little sign of ending before Christmas."), an open question ("Whether the
  two sides can close the gap before Thursday remains unclear.") and a reporting credit.
- Speakers, checked only in forms the earlier batches settled: "sagte X" with the title
  dropped ("TdL-Verhandlungsführer Bernhard Olschewski") and surname-only as written
  ("sagte Olschewski", ninety-fifth and ninety-eighth); "so Unia-Bauchef Marco Ferrazzini"
  -> "Marco Ferrazzini" (forty-eighth: "so Wiener-Linien-Sprecherin Claudia Rauch"); "nach
  Angaben der Gewerkschaft" -> "die Gewerkschaft" (fifty-sixth), "nach Angaben der
  Fluggesellschaft" -> "die Fluggesellschaft"; new: the plurals "Nach Angaben der
  Gewerkschaften" -> "die Gewerkschaften" and "Nach Angaben der Arbeitgeber" -> "die
  Arbeitgeber", as the issue's own "nach Angaben der Behörden"; "teilte die GDL mit",
  "teilte der Baumeisterverband mit", "teilte die Gewerkschaft vida mit", "teilten die ÖBB
  mit" the source with its article in the nominative (forty-eighth and sixty-third); "laut
  Statistik Austria" -> "Statistik Austria" as written (fifty-sixth: "Laut Eurostat").
  English: "the BMA said" and "the RCN said" -> "the BMA" and "the RCN" (fifty-sixth: "the
  TUC"), "the RMT union said" and "the Unite union said" -> with "union" (forty-eighth:
  "the Aslef union"), "the union said", "the company said", "the council said", "the
  International Association of Machinists said", "the Educational Institute of Scotland
  said", "The New York State Nurses Association said ..." -> "the New York State Nurses
  Association", "the University and College Union said", "the Royal College of Nursing
  said" with the article in lower case; "according to the union" and "according to the
  Department of Health" with their article (ninety-eighth); "NHS England said", "Unite
  said", "Ryanair said", "Halbrook said", "Bellmont Health said", "Deutsche Bahn said" as
  written (eighteenth, forty-eighth, ninety-eighth); "Health Secretary Andrew Pollard
  said" -> "Andrew Pollard". Left unchecked (None): "nach Angaben des Marburger Bundes" (a
  masculine genitive no batch settled), "laut Gewerkschaft" (no article), "teilten die
  Gewerkschaften mit" (ninety-eighth: "wie die Organisatoren mitteilten"), "Die Kliniken
  selbst sprachen von", "beziffert die TdL", "schätzt" and "Analysten schätzen", "Die Zahl
  stammt von der Gewerkschaft Unia", "Nach Polizeiangaben", "nach Klinikangaben", "nach
  Unternehmensangaben", "nach eigenen Angaben", "airport association ADV said" and
  "Airlines for Europe, an industry group, said" and "The resorts' owner, Desert Crown
  Resorts, said" and "Cosla, which represents local authorities, said" (a description
  around the name, fortieth), "according to estimates by S&P Global", "Analysts at
  Ridgeline Capital estimated", "a police official said", "union leaders said", "District
  officials said", "Employers said", rows without attribution and all negatives, also
  those with a named speaker.

Row format as in blind_set.py: (language, sentence, check_worthy, expected quantities,
expected speaker); a quantity is (kind, value, unit, qualifier), unit None is "not checked"
for counts and "no unit" for other kinds; a qualifier is checked (None: no hedge); the
speaker is checked when it is a string.
"""

# ruff: noqa: E501
BLIND_SET_100 = [
    # --- Tarifrunde der Länder: Forderung und erste Runde (dpa) ---
    ("de", "Berlin (dpa) - Die Gewerkschaft Verdi fordert für die rund 1,1 Millionen Tarifbeschäftigten der Länder sieben Prozent mehr Gehalt, mindestens aber 300 Euro im Monat.", True, [("count", 1100000, None, "about"), ("percent", 7, "%", None), ("money", 300, "EUR", "at_least")], None),
    ("de", "Auszubildende sollen monatlich 200 Euro mehr bekommen, die Laufzeit soll nach dem Willen der Gewerkschaft zwölf Monate betragen.", True, [("money", 200, "EUR", None), ("duration", 12, "month", None)], None),
    ("de", "Die Tarifgemeinschaft deutscher Länder legte zum Auftakt der ersten Verhandlungsrunde in Berlin kein eigenes Angebot vor.", True, [("ordinal", 1, None, None)], None),
    ("de", "Die Forderung würde die Länder rund 14,5 Milliarden Euro pro Jahr kosten, sagte TdL-Verhandlungsführer Bernhard Olschewski.", True, [("money", 14500000000, "EUR", "about")], "Bernhard Olschewski"),
    ("de", "„Diese Forderung ist völlig aus der Zeit gefallen“, sagte Olschewski nach dem Treffen.", False, [], None),
    ("de", "Verdi wies die Rechnung zurück: Die Mehrkosten lägen bei höchstens neun Milliarden Euro, weil viele Beschäftigte schon heute mehr als den Mindestbetrag bekämen.", True, [("money", 9000000000, "EUR", "at_most")], None),
    ("de", "Die zweite Runde ist für den 14. und 15. November in Potsdam angesetzt.", True, [("ordinal", 2, None, None), ("date", "--11-14", None, None), ("date", "--11-15", None, None)], None),
    # --- Warnstreik an Unikliniken (dpa) ---
    ("de", "Düsseldorf (dpa) - Mit einem 24-stündigen Warnstreik an sechs Universitätskliniken in Nordrhein-Westfalen hat Verdi am Dienstag den Druck auf die Länder erhöht.", True, [("duration", 24, "hour", None), ("count", 6, None, None)], None),
    ("de", "Nach Angaben der Gewerkschaft beteiligten sich rund 4.200 Pflegekräfte, Therapeutinnen und Verwaltungsangestellte.", True, [("count", 4200, None, "about")], "die Gewerkschaft"),
    ("de", "Die Kliniken selbst sprachen von etwa 2.500 Streikenden.", True, [("count", 2500, None, "about")], None),
    ("de", "Planbare Operationen wurden verschoben, eine Notdienstvereinbarung sicherte die Versorgung der Notfälle.", True, [], None),
    ("de", "Allein am Universitätsklinikum Essen fielen nach Klinikangaben 140 Eingriffe aus.", True, [("count", 140, None, None)], None),
    ("de", "„Wir stehen hier nicht aus Spaß in der Kälte, sondern weil uns das Wasser bis zum Hals steht“, rief eine Intensivpflegerin vor dem Haupteingang.", False, [], None),
    ("de", "„Sieben Prozent sind nicht zu viel“, skandierten Hunderte Streikende vor dem Düsseldorfer Finanzministerium.", False, [("percent", 7, "%", None)], None),
    ("de", "Es war bereits der dritte Warnstreik an den Unikliniken in diesem Monat.", True, [("ordinal", 3, None, None)], None),
    ("de", "Die Klinikvorstände appellierten an Verdi, die Patientinnen und Patienten nicht zum Spielball des Tarifkonflikts zu machen.", False, [], None),
    # --- Zweite Runde in Potsdam (dpa) ---
    ("de", "Potsdam (dpa) - Auch die zweite Verhandlungsrunde für die Beschäftigten der Länder ist ohne Ergebnis zu Ende gegangen.", True, [("ordinal", 2, None, None)], None),
    ("de", "Die Arbeitgeber legten nach zwei Tagen Verhandlungen ein Angebot von 4,5 Prozent in zwei Stufen bei einer Laufzeit von 29 Monaten vor.", True, [("duration", 2, "day", None), ("percent", 4.5, "%", None), ("count", 2, None, None), ("duration", 29, "month", None)], None),
    ("de", "Die erste Stufe von 2,0 Prozent soll zum 1. Oktober greifen, die zweite von 2,5 Prozent ein Jahr später.", True, [("ordinal", 1, None, None), ("percent", 2.0, "%", None), ("date", "--10-01", None, None), ("ordinal", 2, None, None), ("percent", 2.5, "%", None)], None),
    ("de", "Hinzu kommt eine steuerfreie Inflationsausgleichsprämie von 1.200 Euro, die in drei Raten ausgezahlt werden soll.", True, [("money", 1200, "EUR", None), ("count", 3, None, None)], None),
    ("de", "Für die unteren Entgeltgruppen bedeute das Angebot ein Plus von bis zu acht Prozent, sagte Olschewski.", True, [("percent", 8, "%", "up_to")], "Olschewski"),
    ("de", "Verdi rechnete dagegen vor, das Angebot bringe aufs Jahr gerechnet nur 1,9 Prozent mehr.", True, [("percent", 1.9, "%", None)], None),
    ("de", "„Das ist kein Angebot, das ist eine Provokation“, sagte Verdi-Verhandlungsführerin Sabine Krämling.", False, [], None),
    ("de", "Die Gewerkschaft kündigte für die kommende Woche Warnstreiks in 15 Ländern an, Hessen verhandelt eigenständig.", True, [("count", 15, None, None)], None),
    ("de", "Die dritte und voraussichtlich letzte Runde ist für den 9. Dezember angesetzt.", True, [("ordinal", 3, None, None), ("date", "--12-09", None, None)], None),
    ("de", "„Wenn die Länder nicht einlenken, stehen wir bis Weihnachten jeden Tag auf der Straße“, drohte Krämling.", False, [], None),
    # --- Abschluss für die Länder (dpa) ---
    ("de", "Potsdam (dpa) - Nach einem Verhandlungsmarathon von 19 Stunden haben sich die Länder und die Gewerkschaften auf einen Tarifabschluss für rund 1,1 Millionen Beschäftigte geeinigt.", True, [("duration", 19, "hour", None), ("count", 1100000, None, "about")], None),
    ("de", "Die Gehälter steigen in zwei Stufen um insgesamt 5,6 Prozent, mindestens aber um 240 Euro monatlich.", True, [("count", 2, None, None), ("percent", 5.6, "%", None), ("money", 240, "EUR", "at_least")], None),
    ("de", "Die Laufzeit beträgt 25 Monate und gilt rückwirkend ab 1. November.", True, [("duration", 25, "month", None), ("date", "--11-01", None, None)], None),
    ("de", "Für die Monate ohne Tabellenerhöhung gibt es eine Inflationsausgleichsprämie von insgesamt 1.800 Euro.", True, [("money", 1800, "EUR", None)], None),
    ("de", "Die Kosten des Abschlusses beziffert die TdL auf 9,6 Milliarden Euro bis Ende 2027.", True, [("money", 9600000000, "EUR", None), ("year", 2027, None, None)], None),
    ("de", "Verdi war mit einer Forderung von sieben Prozent bei zwölf Monaten Laufzeit in die Runde gegangen.", True, [("percent", 7, "%", None), ("duration", 12, "month", None)], None),
    ("de", "„Das ist ein Ergebnis, das sich sehen lassen kann“, sagte Krämling in der Nacht vor Journalisten.", False, [], None),
    ("de", "Der Beamtenbund verlangt, den Abschluss zeit- und wirkungsgleich auf die rund 1,3 Millionen Beamtinnen und Beamten der Länder zu übertragen.", True, [("count", 1300000, None, "about")], None),
    ("de", "Über das Ergebnis sollen die Verdi-Mitglieder bis Mitte Januar in einer Befragung abstimmen.", True, [], None),
    # --- Lokführer bei der Saale-Elster-Bahn (dpa) ---
    ("de", "Leipzig (dpa) - Die Lokführergewerkschaft GDL hat die Beschäftigten der Saale-Elster-Bahn für Donnerstag zu einem 20-stündigen Warnstreik aufgerufen.", True, [("duration", 20, "hour", None)], None),
    ("de", "Der Ausstand soll um 2.00 Uhr beginnen und um 22.00 Uhr enden, teilte die GDL mit.", True, [], "die GDL"),
    ("de", "Betroffen sind nach Unternehmensangaben täglich rund 38.000 Fahrgäste auf elf Linien.", True, [("count", 38000, None, "about"), ("count", 11, None, None)], None),
    ("de", "Die GDL will die Wochenarbeitszeit bei vollem Lohnausgleich von 38 auf 35 Stunden senken und fordert 420 Euro mehr im Monat.", True, [("duration", 38, "hour", None), ("duration", 35, "hour", None), ("money", 420, "EUR", None)], None),
    ("de", "Das Unternehmen bietet nach eigenen Angaben 5,2 Prozent mehr Lohn und ab 2027 eine 37-Stunden-Woche.", True, [("percent", 5.2, "%", None), ("year", 2027, None, None), ("duration", 37, "hour", None)], None),
    ("de", "„Mit dieser Maximalforderung setzt die GDL den Nahverkehr in der ganzen Region aufs Spiel“, sagte Geschäftsführer Thomas Wendland.", False, [], None),
    ("de", "Für den Ersatzverkehr stehen 25 Busse bereit, die aber nur etwa ein Drittel der Fahrten abdecken.", True, [("count", 25, None, None), ("fraction", 0.3333, None, "about")], None),
    ("de", "In der Urabstimmung hatten bei einer Beteiligung von 82 Prozent 94,3 Prozent der GDL-Mitglieder im Unternehmen für Streiks gestimmt.", True, [("percent", 82, "%", None), ("percent", 94.3, "%", None)], None),
    ("de", "Fahrgäste sollten sich vor Antritt der Reise in der App über ihre Verbindung informieren.", False, [], None),
    # --- Bodenpersonal der Lufthansa (dpa) ---
    ("de", "Frankfurt (dpa) - Wegen eines ganztägigen Warnstreiks des Bodenpersonals hat die Lufthansa am Mittwoch in Frankfurt und München mehr als 1.100 Flüge gestrichen.", True, [("count", 1100, None, "over")], None),
    ("de", "Rund 140.000 Passagiere sind nach Angaben der Fluggesellschaft betroffen.", True, [("count", 140000, None, "about")], "die Fluggesellschaft"),
    ("de", "Für die rund 20.000 Beschäftigten am Boden verlangt Verdi ein Lohnplus von 9,5 Prozent bei zwölf Monaten Laufzeit.", True, [("count", 20000, None, "about"), ("percent", 9.5, "%", None), ("duration", 12, "month", None)], None),
    ("de", "Die Lufthansa hat nach eigenen Angaben 6,0 Prozent in zwei Schritten bei 24 Monaten Laufzeit sowie eine Einmalzahlung von 1.500 Euro angeboten.", True, [("percent", 6.0, "%", None), ("count", 2, None, None), ("duration", 24, "month", None), ("money", 1500, "EUR", None)], None),
    ("de", "Analysten schätzen die Kosten eines Streiktags für den Konzern auf 30 bis 40 Millionen Euro.", True, [("money", 30000000, "EUR", None), ("money", 40000000, "EUR", None)], None),
    ("de", "Es ist bereits der zweite Warnstreik bei der Lufthansa binnen einer Woche.", True, [("ordinal", 2, None, None)], None),
    ("de", "„Unsere Leute wuchten jeden Tag tonnenweise Koffer und werden mit Brosamen abgespeist“, sagte Verdi-Vize Karla Brenneisen.", False, [], None),
    ("de", "Die Lufthansa nannte den Ausstand unverhältnismäßig und überflüssig.", False, [], None),
    ("de", "Passagiere werden gebeten, nicht zum Flughafen zu kommen, wenn ihr Flug annulliert wurde.", False, [], None),
    ("de", "Der Flughafenverband ADV schätzt, dass bundesweit etwa 200.000 Reisende von den Ausfällen betroffen sind.", True, [("count", 200000, None, "about")], None),
    # --- Metaller-KV: vierte Runde (APA) ---
    ("de", "Wien (APA) - Die Kollektivvertragsverhandlungen für die Metaller sind auch in der vierten Runde ohne Einigung geblieben.", True, [("ordinal", 4, None, None)], None),
    ("de", "Die Gewerkschaften PRO-GE und GPA verlangen für rund 200.000 Beschäftigte in der Metalltechnischen Industrie ein Plus von 6,2 Prozent.", True, [("count", 200000, None, "about"), ("percent", 6.2, "%", None)], None),
    ("de", "Die Arbeitgeber haben zuletzt 2,3 Prozent und eine Einmalzahlung von 1.000 Euro angeboten, bei einer Laufzeit von 24 Monaten.", True, [("percent", 2.3, "%", None), ("money", 1000, "EUR", None), ("duration", 24, "month", None)], None),
    ("de", "Die für die Verhandlungen maßgebliche rollierende Inflation liegt laut Statistik Austria bei 3,4 Prozent.", True, [("percent", 3.4, "%", None)], "Statistik Austria"),
    ("de", "Ab Montag sind in mehr als 180 Betrieben Warnstreiks von jeweils drei Stunden geplant, teilten die Gewerkschaften mit.", True, [("count", 180, None, "over"), ("duration", 3, "hour", None)], None),
    ("de", "„Wer bei drei Prozent Inflation zwei Prozent anbietet, betreibt Lohnraub“, sagte PRO-GE-Chefverhandler Rainer Zechmeister.", False, [("percent", 3, "%", None), ("percent", 2, "%", None)], None),
    ("de", "Die Arbeitgeber verweisen auf einen Rückgang der Auftragseingänge um 8 Prozent im ersten Halbjahr und Kurzarbeit in 40 Betrieben.", True, [("percent", 8, "%", None), ("ordinal", 1, None, None), ("count", 40, None, None)], None),
    ("de", "„Wir verhandeln über Arbeitsplätze und nicht über Wunschzettel“, konterte FMTI-Obmann Kurt Leitgeb.", False, [], None),
    # --- Metaller: Warnstreiks und Abschluss (APA) ---
    ("de", "Linz (APA) - An den dreistündigen Warnstreiks in der Metallindustrie haben sich am Montag laut Gewerkschaft rund 62.000 Beschäftigte beteiligt.", True, [("duration", 3, "hour", None), ("count", 62000, None, "about")], None),
    ("de", "Allein in Oberösterreich legten Belegschaften in 74 Betrieben die Arbeit nieder.", True, [("count", 74, None, None)], None),
    ("de", "Vor einem Werk in Steyr versammelten sich rund 1.500 Beschäftigte zu einer Kundgebung.", True, [("count", 1500, None, "about")], None),
    ("de", "„Acht Stunden schuften, aber kein Cent mehr – nicht mit uns!“, stand auf einem Transparent am Werkstor.", False, [("duration", 8, "hour", None)], None),
    ("de", "Wien (APA) - In der fünften Runde und nach rund 14-stündigen Verhandlungen haben die Sozialpartner in der Nacht auf Freitag einen neuen Metaller-Kollektivvertrag vereinbart.", True, [("ordinal", 5, None, None), ("duration", 14, "hour", "about")], None),
    ("de", "Die Kollektivvertragslöhne und -gehälter werden mit 1. November um 4,1 Prozent erhöht, mindestens aber um 130 Euro.", True, [("date", "--11-01", None, None), ("percent", 4.1, "%", None), ("money", 130, "EUR", "at_least")], None),
    ("de", "Für das zweite Jahr ist ein Plus in Höhe der Inflation zuzüglich 0,5 Prozentpunkten vereinbart, die Laufzeit beträgt 24 Monate.", True, [("ordinal", 2, None, None), ("percent", 0.5, "pp", None), ("duration", 24, "month", None)], None),
    ("de", "Auch Zulagen und Lehrlingsentschädigungen werden um 4,1 Prozent angehoben.", True, [("percent", 4.1, "%", None)], None),
    ("de", "„Es ist ein Kompromiss, mit dem beide Seiten leben können“, hieß es aus Verhandlerkreisen.", False, [], None),
    ("de", "Die Industriellenvereinigung bezifferte die Mehrkosten für die Betriebe im ersten Jahr auf rund 700 Millionen Euro.", True, [("ordinal", 1, None, None), ("money", 700000000, "EUR", "about")], None),
    # --- Eisenbahner: Streik angekündigt und abgesagt (APA) ---
    ("de", "Wien (APA) - Die Eisenbahnergewerkschaft vida hat für kommenden Montag einen 24-stündigen Warnstreik bei den ÖBB und den Privatbahnen angekündigt.", True, [("duration", 24, "hour", None)], None),
    ("de", "Der gesamte Zugverkehr in Österreich wird von Sonntag, 24.00 Uhr, bis Montag, 24.00 Uhr, eingestellt, teilten die ÖBB mit.", True, [], "die ÖBB"),
    ("de", "Betroffen sind pro Tag rund 1,3 Millionen Fahrgäste und etwa 120.000 Tonnen Güter.", True, [("count", 1300000, None, "about"), ("count", 120000, None, "about")], None),
    ("de", "Die vida fordert für die rund 50.000 Eisenbahnerinnen und Eisenbahner 7,5 Prozent mehr, die Arbeitgeber bieten 3,1 Prozent.", True, [("count", 50000, None, "about"), ("percent", 7.5, "%", None), ("percent", 3.1, "%", None)], None),
    ("de", "Es wäre der erste österreichweite Bahnstreik seit sechs Jahren.", True, [("ordinal", 1, None, None), ("duration", 6, "year", None)], None),
    ("de", "„Die Eisenbahner halten dieses Land am Laufen, und das muss man auch am Lohnzettel sehen“, sagte vida-Vorsitzender Gerhard Tauchner.", False, [], None),
    ("de", "Der Fachverband der Schienenbahnen bezeichnete den Streik als völlig überzogen.", False, [], None),
    ("de", "Die ÖBB raten, Reisen am Montag nach Möglichkeit zu verschieben.", False, [], None),
    ("de", "Wien (APA) - Der angekündigte Bahnstreik ist abgesagt: vida und Arbeitgeber haben sich in der Nacht auf Sonntag auf ein Plus von 4,6 Prozent geeinigt.", True, [("percent", 4.6, "%", None)], None),
    ("de", "Zusätzlich erhalten die Beschäftigten eine Einmalzahlung von 500 Euro, teilte die Gewerkschaft vida mit.", True, [("money", 500, "EUR", None)], "die Gewerkschaft vida"),
    # --- Handels-KV (APA) ---
    ("de", "Wien (APA) - Im Handel hat die Gewerkschaft GPA das Angebot der Arbeitgeber von 2,8 Prozent zurückgewiesen.", True, [("percent", 2.8, "%", None)], None),
    ("de", "Für die rund 430.000 Angestellten der Branche verlangt die Gewerkschaft 5,9 Prozent.", True, [("count", 430000, None, "about"), ("percent", 5.9, "%", None)], None),
    ("de", "Am Samstag sollen in 500 Filialen Betriebsversammlungen während der Öffnungszeiten stattfinden.", True, [("count", 500, None, None)], None),
    ("de", "„Die Kolleginnen an der Kassa haben in der Pandemie den Kopf hingehalten, jetzt ist Zahltag“, sagte GPA-Verhandlerin Helga Fichtinger.", False, [], None),
    ("de", "Der Handelsverband warnte, jeder zusätzliche Prozentpunkt koste die Branche rund 150 Millionen Euro.", True, [("money", 150000000, "EUR", "about")], None),
    ("de", "Die Arbeitgeber warfen der Gewerkschaft vor, mit den Betriebsversammlungen die Kundschaft in Geiselhaft zu nehmen.", False, [], None),
    # --- Bauhauptgewerbe (Keystone-SDA) ---
    ("de", "Zürich (Keystone-SDA) - Rund 15'000 Bauarbeiter haben am Samstag in Zürich für höhere Löhne und kürzere Arbeitstage demonstriert.", True, [("count", 15000, None, "about")], None),
    ("de", "Die Zahl stammt von der Gewerkschaft Unia, die Stadtpolizei sprach von rund 9000 Teilnehmenden.", True, [("count", 9000, None, "about")], None),
    ("de", "Unia und Syna fordern eine generelle Lohnerhöhung von 250 Franken pro Monat für alle Bauarbeiter.", True, [("money", 250, "CHF", None)], None),
    ("de", "Der Schweizerische Baumeisterverband bietet 100 Franken generell und weitere 50 Franken individuell.", True, [("money", 100, "CHF", None), ("money", 50, "CHF", None)], None),
    ("de", "Der Landesmantelvertrag für die rund 80'000 Beschäftigten im Bauhauptgewerbe läuft Ende Jahr aus.", True, [("count", 80000, None, "about")], None),
    ("de", "Einen vertragslosen Zustand hatte es zuletzt 2007 gegeben, teilte der Baumeisterverband mit.", True, [("year", 2007, None, None)], "der Baumeisterverband"),
    ("de", "Im Sommer arbeiteten Bauarbeiter bis zu 50 Stunden pro Woche, so Unia-Bauchef Marco Ferrazzini.", True, [("duration", 50, "hour", "up_to")], "Marco Ferrazzini"),
    ("de", "«Wer bei jeder Hitze auf dem Gerüst steht, verdient Respekt und keine Almosen», rief eine Rednerin auf dem Helvetiaplatz.", False, [], None),
    ("de", "Der Baumeisterverband hält die Forderungen der Gewerkschaften für realitätsfremd.", False, [], None),
    ("de", "Die nächste Verhandlungsrunde findet am 3. Dezember in Bern statt.", True, [("date", "--12-03", None, None)], None),
    # --- Streik beim Staatspersonal in Genf (Keystone-SDA) ---
    ("de", "Genf (Keystone-SDA) - Im Kanton Genf haben am Dienstag rund 3000 Staatsangestellte gegen das Sparprogramm der Regierung gestreikt.", True, [("count", 3000, None, "about")], None),
    ("de", "Die Regierung will die jährliche Lohnanpassung aussetzen und damit 2026 rund 45 Millionen Franken einsparen.", True, [("year", 2026, None, None), ("money", 45000000, "CHF", "about")], None),
    ("de", "Nach Angaben der Gewerkschaften blieben 40 Prozent der Schulen geschlossen.", True, [("percent", 40, "%", None)], "die Gewerkschaften"),
    ("de", "Das Bildungsdepartement sprach dagegen von 18 geschlossenen Schulen.", True, [("count", 18, None, None)], None),
    ("de", "«Hände weg vom Service public» stand auf einem Transparent vor dem Rathaus.", False, [], None),
    # --- Einigung in den Seehäfen (dpa) ---
    ("de", "Hamburg (dpa) - Verdi und der Zentralverband der deutschen Seehafenbetriebe haben sich nach einer Schlichtung auf einen Tarifvertrag für rund 12.000 Hafenbeschäftigte geeinigt.", True, [("count", 12000, None, "about")], None),
    ("de", "Die Stundenlöhne steigen rückwirkend zum 1. Juni um 3,20 Euro und zum 1. Juni 2026 um weitere 2,4 Prozent.", True, [("date", "--06-01", None, None), ("money", 3.2, "EUR", None), ("date", "2026-06-01", None, None), ("percent", 2.4, "%", None)], None),
    ("de", "Der Vertrag hat eine Laufzeit von 24 Monaten, die Schlichtung hatte fünf Tage gedauert.", True, [("duration", 24, "month", None), ("duration", 5, "day", None)], None),
    ("de", "Während der Warnstreiks im Juli lagen vor Hamburg und Bremerhaven zeitweise mehr als 30 Containerschiffe auf Reede.", True, [("count", 30, None, "over")], None),
    ("de", "Die Hafenbetriebe hatten den Schaden der Warnstreiks auf mehr als 100 Millionen Euro beziffert.", True, [("money", 100000000, "EUR", "over")], None),
    # --- Ärztestreik an kommunalen Kliniken (dpa) ---
    ("de", "Berlin (dpa) - Rund 12.000 Ärztinnen und Ärzte an kommunalen Krankenhäusern haben sich nach Angaben des Marburger Bundes an einem bundesweiten Warnstreik beteiligt.", True, [("count", 12000, None, "about")], None),
    ("de", "Die Ärztegewerkschaft verlangt 8,5 Prozent mehr Gehalt und eine Obergrenze von vier Bereitschaftsdiensten pro Monat.", True, [("percent", 8.5, "%", None), ("count", 4, None, None)], None),
    ("de", "Die kommunalen Arbeitgeber bieten 3,5 Prozent ab Juli und weitere 2,0 Prozent ein Jahr später.", True, [("percent", 3.5, "%", None), ("percent", 2.0, "%", None)], None),
    ("de", "Nach Angaben der Arbeitgeber mussten bundesweit etwa 20 Prozent der geplanten Eingriffe verschoben werden.", True, [("percent", 20, "%", "about")], "die Arbeitgeber"),
    ("de", "„Übermüdete Ärztinnen und Ärzte sind ein Risiko für jeden Patienten“, sagte Verbandschefin Ulrike Strathmann bei der Kundgebung in Köln.", False, [], None),
    # --- Generalstreik in Belgien (dpa) ---
    ("de", "Brüssel (dpa) - Ein landesweiter Generalstreik hat am Dienstag in Belgien den Flug- und Bahnverkehr weitgehend lahmgelegt.", True, [], None),
    ("de", "Am Flughafen Brüssel-Zaventem wurden alle rund 600 geplanten Starts und Landungen gestrichen.", True, [("count", 600, None, "about")], None),
    ("de", "Es war bereits der vierte nationale Aktionstag gegen die Rentenpläne der Regierung seit Jahresbeginn.", True, [("ordinal", 4, None, None)], None),
    ("de", "Nach Polizeiangaben zogen in Brüssel rund 60.000 Menschen durch die Innenstadt, die Gewerkschaften sprachen von 100.000.", True, [("count", 60000, None, "about"), ("count", 100000, None, None)], None),
    ("de", "Die Regierung will das gesetzliche Rentenalter bis 2030 schrittweise auf 67 Jahre anheben.", True, [("year", 2030, None, None), ("duration", 67, "year", None)], None),
    ("de", "Eine Annäherung zwischen Regierung und Gewerkschaften zeichnet sich derzeit nicht ab.", False, [], None),
    # --- Resident doctors (PA) ---
    ("en", "LONDON (PA) - Resident doctors in England are to strike for 72 hours from next Wednesday after talks with the Health Secretary broke down, the BMA said.", True, [("duration", 72, "hour", None)], "the BMA"),
    ("en", "The union is seeking a 26% rise, which it says would restore the value that pay has lost since 2008.", True, [("percent", 26, "%", None), ("year", 2008, None, None)], None),
    ("en", "The Government has already awarded a 5.4% increase for 2025-26, on top of rises of 22% over the previous two years.", True, [("percent", 5.4, "%", None), ("year", 2025, None, None), ("year", 2026, None, None), ("percent", 22, "%", None), ("duration", 2, "year", None)], None),
    ("en", "Members voted by 89% in favour of further strike action on a turnout of 56%.", True, [("percent", 89, "%", None), ("percent", 56, "%", None)], None),
    ("en", "During the last walkout in July, roughly 54,000 hospital appointments were postponed, NHS England said.", True, [("count", 54000, None, "about")], "NHS England"),
    ("en", "Each strike day costs the health service around £60 million, according to the Department of Health.", True, [("money", 60000000, "GBP", "about")], "the Department of Health"),
    ("en", "\"This strike is completely unnecessary and will put patients at risk,\" a Department of Health and Social Care spokesperson said.", False, [], None),
    ("en", "\"No doctor wants to strike, but the Government has left us no choice,\" said Dr Ellie Marsden, who chairs the BMA's resident doctors committee.", False, [], None),
    ("en", "Patients should attend appointments as planned unless they have been contacted and told otherwise.", False, [], None),
    ("en", "It will be the 13th round of strike action by resident doctors since March 2023.", True, [("ordinal", 13, None, None), ("year", 2023, None, None)], None),
    # --- Westmere Rail (PA) ---
    ("en", "LONDON (PA) - Rail workers at Westmere Rail will stage a 48-hour walkout on Thursday and Friday, the third strike this month, the RMT union said.", True, [("duration", 48, "hour", None), ("ordinal", 3, None, None)], "the RMT union"),
    ("en", "The company said only one in four of its usual 1,600 daily services would run.", True, [("fraction", 0.25, None, None), ("count", 1600, None, None)], "the company"),
    ("en", "More than 3,000 guards, station staff and cleaners are involved in the dispute.", True, [("count", 3000, None, "over")], None),
    ("en", "The RMT wants a 6% rise and a guarantee of no compulsory redundancies until 2028.", True, [("percent", 6, "%", None), ("year", 2028, None, None)], None),
    ("en", "Westmere has offered a 4.5% rise over two years, tied to changes in rostering.", True, [("percent", 4.5, "%", None), ("duration", 2, "year", None)], None),
    ("en", "\"Our members will not be bullied into accepting a pay cut dressed up as a pay rise,\" RMT general secretary Colm Brannigan said.", False, [], None),
    ("en", "A Westmere spokesperson called the offer fair and affordable and urged the union to put it to members.", False, [], None),
    ("en", "Passengers are advised to travel only if absolutely necessary on strike days.", False, [], None),
    ("en", "The company said the previous walkout had cost it about £4.5 million in lost fares.", True, [("money", 4500000, "GBP", "about")], "the company"),
    ("en", "Late on Tuesday, Westmere and the RMT agreed to hold talks at the conciliation service Acas.", True, [], None),
    ("en", "Whether the two sides can close the gap before Thursday remains unclear.", False, [], None),
    # --- Halbrook Aerospace machinists (Reuters) ---
    ("en", "SEATTLE, Sept 13 (Reuters) - More than 30,000 machinists at Halbrook Aerospace went on strike on Friday after voting down a contract that would have raised wages by 25% over four years.", True, [("date", "--09-13", None, None), ("count", 30000, None, "over"), ("percent", 25, "%", None), ("duration", 4, "year", None)], None),
    ("en", "Members voted 94.6% to reject the deal and 96% to strike, the International Association of Machinists said.", True, [("percent", 94.6, "%", None), ("percent", 96, "%", None)], "the International Association of Machinists"),
    ("en", "The union had sought a 40% increase over three years and the return of a traditional pension plan.", True, [("percent", 40, "%", None), ("duration", 3, "year", None)], None),
    ("en", "The walkout halts production at two assembly plants in the Puget Sound area.", True, [("count", 2, None, None)], None),
    ("en", "Analysts at Ridgeline Capital estimated that a 50-day strike would cost Halbrook about $3.5 billion in lost revenue.", True, [("duration", 50, "day", None), ("money", 3500000000, "USD", "about")], None),
    ("en", "Halbrook shares fell 3.7% in premarket trading.", True, [("percent", 3.7, "%", None)], None),
    ("en", "\"We're fighting for our families and for the next generation on this shop floor,\" machinist Dale Ostrowski said on the picket line.", False, [], None),
    ("en", "SEATTLE, Oct 2 (Reuters) - Halbrook Aerospace made a new offer to striking machinists on Wednesday, lifting the proposed wage increase to 30% over four years.", True, [("date", "--10-02", None, None), ("percent", 30, "%", None), ("duration", 4, "year", None)], None),
    ("en", "The offer also includes a $6,000 ratification bonus and restores an annual incentive payment of at least 4% of pay.", True, [("money", 6000, "USD", None), ("percent", 4, "%", "at_least")], None),
    ("en", "The union said it would not put the offer to a vote because it had not been negotiated.", True, [], "the union"),
    ("en", "Halbrook said the average machinist's annual pay would rise to $119,000 from $75,000 by the end of the contract.", True, [("money", 119000, "USD", None), ("money", 75000, "USD", None)], "Halbrook"),
    ("en", "The union disputed that figure, saying it counted overtime that many members never work.", True, [], None),
    ("en", "SEATTLE, Nov 5 (Reuters) - Halbrook Aerospace machinists voted 59% to accept a four-year contract, ending a 53-day strike.", True, [("date", "--11-05", None, None), ("percent", 59, "%", None), ("duration", 4, "year", None), ("duration", 53, "day", None)], None),
    ("en", "The deal provides a 35% wage rise over four years and a $10,000 ratification bonus.", True, [("percent", 35, "%", None), ("duration", 4, "year", None), ("money", 10000, "USD", None)], None),
    ("en", "The strike cost the company about $5 billion, according to estimates by S&P Global.", True, [("money", 5000000000, "USD", "about")], None),
    ("en", "Workers will return to the factories from Nov. 12, the company said.", True, [("date", "--11-12", None, None)], "the company"),
    ("en", "\"It's been a long, hard road, and I'm proud of every one of you,\" union district president Jon Hale told members.", False, [], None),
    # --- Las Vegas hotel strike (AP) ---
    ("en", "LAS VEGAS (AP) — About 4,000 hotel workers at three casino resorts on the Las Vegas Strip walked off the job Thursday in a two-day strike over pay and workloads.", True, [("count", 4000, None, "about"), ("count", 3, None, None), ("duration", 2, "day", None)], None),
    ("en", "The Culinary Union is seeking raises of $5 an hour over five years for housekeepers, cooks and porters.", True, [("money", 5, "USD", None), ("duration", 5, "year", None)], None),
    ("en", "Housekeepers now earn about $24 an hour, according to the union.", True, [("money", 24, "USD", "about")], "the union"),
    ("en", "The resorts' owner, Desert Crown Resorts, said its offer of $3.50 an hour over four years was the richest in the company's history.", True, [("money", 3.5, "USD", None), ("duration", 4, "year", None)], None),
    ("en", "It was the first strike on the Strip in more than 20 years.", True, [("ordinal", 1, None, None), ("duration", 20, "year", "over")], None),
    ("en", "\"They make billions and we can't make rent,\" said housekeeper Marisol Vega, holding a sign outside one of the resorts.", False, [], None),
    ("en", "Picketers chanted \"No contract, no peace\" as tourists wheeled their luggage past.", False, [], None),
    ("en", "LAS VEGAS (AP) — Desert Crown Resorts and the Culinary Union reached a tentative five-year agreement early Sunday, ending the strike.", True, [("duration", 5, "year", None)], None),
    ("en", "Workers will receive raises totaling $4.25 an hour over the life of the contract, including $1.50 in the first year.", True, [("money", 4.25, "USD", None), ("money", 1.5, "USD", None), ("ordinal", 1, None, None)], None),
    ("en", "Members will vote on the deal next week.", True, [], None),
    # --- French air traffic controllers (Reuters) ---
    ("en", "PARIS, May 6 (Reuters) - France's civil aviation authority asked airlines to cancel half of their flights at Paris-Orly and a third at Marseille on Tuesday because of a strike by air traffic controllers.", True, [("date", "--05-06", None, None), ("fraction", 0.5, None, None), ("fraction", 0.3333, None, None)], None),
    ("en", "Ryanair said it had been forced to cancel more than 400 flights, affecting some 70,000 passengers.", True, [("count", 400, None, "over"), ("count", 70000, None, "about")], "Ryanair"),
    ("en", "Airlines for Europe, an industry group, said French strikes had disrupted 1.5 million passengers so far this year.", True, [("count", 1500000, None, None)], None),
    ("en", "The controllers' union called the two-day stoppage over staff shortages and outdated equipment.", True, [("duration", 2, "day", None)], None),
    ("en", "It is the 11th strike by French controllers since January.", True, [("ordinal", 11, None, None)], None),
    ("en", "\"Once again, Europe's passengers are being held hostage by a small group of French controllers,\" Ryanair chief executive Malachy Doran said.", False, [], None),
    ("en", "Transport Minister Philippe Varenne called the strike \"unacceptable\".", False, [], None),
    # --- Daesan Motor (Reuters) ---
    ("en", "SEOUL, July 11 (Reuters) - Unionised workers at Daesan Motor will stage partial strikes of four hours per shift on Friday and Monday, the union said, the first industrial action at South Korea's second-biggest automaker in six years.", True, [("date", "--07-11", None, None), ("duration", 4, "hour", None), ("ordinal", 1, None, None), ("ordinal", 2, None, None), ("duration", 6, "year", None)], "the union"),
    ("en", "The union is demanding a monthly base pay rise of 141,300 won and bonuses worth 30% of last year's net profit.", True, [("money", 141300, "KRW", None), ("percent", 30, "%", None)], None),
    ("en", "Management has offered 100,000 won and a performance bonus of 500% of monthly pay plus 15 million won.", True, [("money", 100000, "KRW", None), ("percent", 500, "%", None), ("money", 15000000, "KRW", None)], None),
    ("en", "Each four-hour stoppage would cost about 1,900 vehicles in lost output, the company said.", True, [("duration", 4, "hour", None), ("count", 1900, None, "about")], "the company"),
    ("en", "The union's 43,000 members voted 89.9% in favour of industrial action, with a turnout of 91.4%.", True, [("count", 43000, None, None), ("percent", 89.9, "%", None), ("percent", 91.4, "%", None)], None),
    # --- Scottish teachers (PA) ---
    ("en", "EDINBURGH (PA) - Teachers in Scotland have rejected a pay offer of 4% over 18 months, the Educational Institute of Scotland said.", True, [("percent", 4, "%", None), ("duration", 18, "month", None)], "the Educational Institute of Scotland"),
    ("en", "In a consultative ballot, 91% of members backed moving to a statutory strike ballot on a turnout of 62%.", True, [("percent", 91, "%", None), ("percent", 62, "%", None)], None),
    ("en", "The EIS wants a rise of 7.5% for the current year and a cut in class contact time to 21 hours a week.", True, [("percent", 7.5, "%", None), ("duration", 21, "hour", None)], None),
    ("en", "Cosla, which represents local authorities, said the offer was worth £270 million and was the most councils could afford.", True, [("money", 270000000, "GBP", None)], None),
    ("en", "\"Scotland's teachers are at breaking point,\" EIS general secretary Moira Lennox said.", False, [], None),
    ("en", "A statutory ballot would open on Feb. 3 and close on March 10, the union said.", True, [("date", "--02-03", None, None), ("date", "--03-10", None, None)], "the union"),
    # --- New York nurses (AP) ---
    ("en", "NEW YORK (AP) — Nearly 7,000 nurses at two private hospital systems in New York City went on strike Monday, the first walkout by the city's nurses in three years.", True, [("count", 7000, None, "nearly"), ("count", 2, None, None), ("ordinal", 1, None, None), ("duration", 3, "year", None)], None),
    ("en", "The New York State Nurses Association said nurses in some emergency rooms were caring for as many as 15 patients at a time.", True, [("count", 15, None, "up_to")], "the New York State Nurses Association"),
    ("en", "The union is seeking raises of 25% over three years; management has offered 18%.", True, [("percent", 25, "%", None), ("duration", 3, "year", None), ("percent", 18, "%", None)], None),
    ("en", "Bellmont Health said it had hired about 1,200 temporary nurses at a cost of $40 million a week to keep its hospitals open.", True, [("count", 1200, None, "about"), ("money", 40000000, "USD", None)], "Bellmont Health"),
    ("en", "\"We will stay out here as long as it takes,\" said union president Nancy Ortega.", False, [], None),
    ("en", "\"Three percent is a slap in the face to every nurse who worked through the pandemic,\" one nurse shouted through a megaphone.", False, [("percent", 3, "%", None)], None),
    # --- German airports (Reuters) ---
    ("en", "BERLIN, March 10 (Reuters) - A one-day strike by the Verdi union shut 13 German airports on Monday, grounding more than 3,400 flights and affecting some 510,000 passengers, airport association ADV said.", True, [("date", "--03-10", None, None), ("duration", 1, "day", None), ("count", 13, None, None), ("count", 3400, None, "over"), ("count", 510000, None, "about")], None),
    ("en", "Verdi is seeking a raise of 8%, or at least 350 euros a month, for federal and municipal employees, plus three extra days off.", True, [("percent", 8, "%", None), ("money", 350, "EUR", "at_least"), ("duration", 3, "day", None)], None),
    ("en", "Employers have yet to table an offer ahead of the third round of talks on March 14.", True, [("ordinal", 3, None, None), ("date", "--03-14", None, None)], None),
    ("en", "\"Strikes at airports hit uninvolved travellers hardest,\" the ADV said in a statement.", False, [], None),
    # --- Castlebridge bin strike (PA) ---
    ("en", "LONDON (PA) - Refuse collectors in Castlebridge have begun an all-out strike after talks over the council's restructuring plans collapsed, the Unite union said.", True, [], "the Unite union"),
    ("en", "The council plans to scrap a waste-collection role that it says is paid about £1,700 a year more than comparable jobs.", True, [("money", 1700, "GBP", "about")], None),
    ("en", "Unite said some of its 350 members would lose up to £8,000 a year under the plans.", True, [("count", 350, None, None), ("money", 8000, "GBP", "up_to")], "Unite"),
    ("en", "The council disputed that, saying only 17 workers faced any loss of pay and all had been offered other roles.", True, [("count", 17, None, None)], None),
    ("en", "An estimated 21,000 tonnes of rubbish have piled up on the city's streets, the council said.", True, [("count", 21000, None, "about")], "the council"),
    ("en", "\"Rats the size of cats are running round our bins,\" one resident told the PA news agency.", False, [], None),
    ("en", "The council has declared a major incident and hired 35 private vehicles to clear the backlog.", True, [("count", 35, None, None)], None),
    ("en", "\"We will not be held to ransom by anyone,\" council leader Jas Sandhu said.", False, [], None),
    ("en", "The strike is now in its sixth week.", True, [("ordinal", 6, None, None)], None),
    ("en", "The dispute shows little sign of ending before Christmas.", False, [], None),
    # --- Kestrel Electronics, Chennai (Reuters) ---
    ("en", "CHENNAI, Oct 8 (Reuters) - A strike by about 1,500 workers at Kestrel Electronics' appliance plant near Chennai entered its 29th day on Tuesday, with output down by more than half.", True, [("date", "--10-08", None, None), ("count", 1500, None, "about"), ("ordinal", 29, None, None), ("fraction", 0.5, None, "over")], None),
    ("en", "The workers want the company to recognise their newly formed union and to double average monthly wages of 25,000 rupees over three years.", True, [("money", 25000, "INR", None), ("duration", 3, "year", None)], None),
    ("en", "Police detained 104 protesting workers on Monday, a police official said.", True, [("count", 104, None, None)], None),
    ("en", "The company said it already paid 1.8 times the average wage for factory workers in the region.", True, [("count", 1.8, None, None)], "the company"),
    ("en", "\"We will not go back until our union is recognised,\" said one striker, who declined to be named.", False, [], None),
    # --- Lakeshore teachers (AP) ---
    ("en", "CHICAGO (AP) — Members of a suburban Chicago teachers union voted Wednesday to authorize a strike, with 97% of those voting in favor, union leaders said.", True, [("percent", 97, "%", None)], None),
    ("en", "The Lakeshore Education Association represents about 2,800 teachers and support staff in 41 schools.", True, [("count", 2800, None, "about"), ("count", 41, None, None)], None),
    ("en", "The district has proposed raises of 3% a year over three years, while the union wants 6% in the first year.", True, [("percent", 3, "%", None), ("duration", 3, "year", None), ("percent", 6, "%", None), ("ordinal", 1, None, None)], None),
    ("en", "District officials said meeting the union's demands would add $48 million to costs over three years.", True, [("money", 48000000, "USD", None), ("duration", 3, "year", None)], None),
    ("en", "Under state law, the union must give 10 days' notice before a walkout.", True, [("duration", 10, "day", None)], None),
    ("en", "\"Our kids deserve better than crumbling classrooms and burned-out teachers,\" union president Darnell Hayes told a rally.", False, [], None),
    ("en", "Parents are encouraged to make backup childcare plans.", False, [], None),
    # --- Cerro Alto copper mine (Reuters) ---
    ("en", "SANTIAGO, Aug 4 (Reuters) - Workers at the Cerro Alto copper mine in northern Chile went on strike on Monday after rejecting the company's final wage offer, the union said.", True, [("date", "--08-04", None, None)], "the union"),
    ("en", "The mine produced 312,000 tonnes of copper last year, about 6% of Chile's output.", True, [("count", 312000, None, None), ("percent", 6, "%", "about")], None),
    ("en", "The union's 1,150 members voted by 87% to strike.", True, [("count", 1150, None, None), ("percent", 87, "%", None)], None),
    ("en", "The company had offered a 3% real wage increase and a signing bonus of about $19,000 per worker.", True, [("percent", 3, "%", None), ("money", 19000, "USD", "about")], None),
    ("en", "Copper prices rose 1.2% on the London Metal Exchange after the strike was announced.", True, [("percent", 1.2, "%", None)], None),
    ("en", "Under Chilean labour law, the company may hire replacement workers after 15 days of strike action.", True, [("duration", 15, "day", None)], None),
    # --- University staff (PA) ---
    ("en", "LONDON (PA) - University staff at 42 institutions across the UK will strike for 10 days over February and March, the University and College Union said.", True, [("count", 42, None, None), ("duration", 10, "day", None)], "the University and College Union"),
    ("en", "The union rejected a pay offer worth between 1.4% and 3% depending on grade.", True, [("percent", 1.4, "%", None), ("percent", 3, "%", None)], None),
    ("en", "Employers said the offer was the most they could afford, with a third of universities running deficits.", True, [("fraction", 0.3333, None, None)], None),
    ("en", "About 70,000 members were balloted and the turnout was 53%, just above the legal threshold of 50%.", True, [("count", 70000, None, "about"), ("percent", 53, "%", None), ("percent", 50, "%", None)], None),
    ("en", "\"Staff have had enough of being taken for granted,\" said UCU general secretary Priya Mandal.", False, [], None),
    # --- Deutsche Bahn and the GDL (Reuters) ---
    ("en", "FRANKFURT, March 26 (Reuters) - Deutsche Bahn and the GDL train drivers' union agreed to cut the working week in stages to 36 hours by 2030, ending months of strikes.", True, [("date", "--03-26", None, None), ("duration", 36, "hour", None), ("year", 2030, None, None)], None),
    ("en", "The drivers will receive a raise of 420 euros a month in two steps and a one-off inflation payment of 2,850 euros, the union said.", True, [("money", 420, "EUR", None), ("count", 2, None, None), ("money", 2850, "EUR", None)], "the union"),
    ("en", "Six strikes since November had cost the railway an estimated 400 million euros, Deutsche Bahn said.", True, [("count", 6, None, None), ("money", 400000000, "EUR", "about")], "Deutsche Bahn"),
    ("en", "The longest walkout, in January, lasted five days and left about 80% of long-distance trains cancelled.", True, [("duration", 5, "day", None), ("percent", 80, "%", "about")], None),
    # --- Nurses' indicative vote (PA) ---
    ("en", "LONDON (PA) - Nurses in England have overwhelmingly rejected the Government's 3.6% pay award in an indicative vote, the Royal College of Nursing said.", True, [("percent", 3.6, "%", None)], "the Royal College of Nursing"),
    ("en", "Of more than 100,000 members who took part, 91% said the award was unacceptable.", True, [("count", 100000, None, "over"), ("percent", 91, "%", None)], None),
    ("en", "The RCN said a newly qualified nurse earns £30,520 a year, about £1,000 less in real terms than in 2010.", True, [("money", 30520, "GBP", None), ("money", 1000, "GBP", "about"), ("year", 2010, None, None)], "the RCN"),
    ("en", "Health Secretary Andrew Pollard said the award would cost £1.5bn and was above the rate of inflation.", True, [("money", 1500000000, "GBP", None)], "Andrew Pollard"),
    ("en", "\"Nursing is being driven into the ground,\" RCN general secretary Helen Carrick said.", False, [], None),
    ("en", "\"5% is not a pay rise\" read a placard held by a nurse outside St Thomas' Hospital.", False, [("percent", 5, "%", None)], None),
    ("en", "(Reporting by Laura Kemp in London; Editing by Peter Naylor)", False, [], None),
]
